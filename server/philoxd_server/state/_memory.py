"""In-memory store: one lock, plain dicts. For tests, in-process clients and ``--store memory``."""

from __future__ import annotations

import collections
import dataclasses
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from philoxd_server._errors import AlreadyExists, NotFound, RequestIdReused, SessionExpired, SessionExpiredNotReopened
from philoxd_server.state._store import (
    ANY_SEED,
    DEFAULT_INTRA_OP_THREADS,
    DEFAULT_REQUEST_TTL,
    DEFAULT_SESSION_TTL,
    MAX_TOMBSTONES,
    GeneratorRecord,
    GeneratorState,
    KernelState,
    Reserved,
    ScopeState,
    SessionState,
    SessionSummary,
    StaleSeed,
    StoreChanged,
    TooManyKernels,
    TooManyScopes,
    add_counter,
    is_private,
    new_epoch,
)

__all__ = ["MemoryStore"]

_T = TypeVar("_T")
_MAX_REMEMBERED = 100_000  # request results kept at most (besides the retention window)


@dataclasses.dataclass
class _Session:
    global_seed: int | None = None
    op_seed_index: int = 0
    kernels: dict[str, list[int]] = dataclasses.field(default_factory=dict)  # kernel -> [key, counter]
    scopes: dict[str, int | None] = dataclasses.field(default_factory=dict)
    generators: dict[str, GeneratorRecord] = dataclasses.field(default_factory=dict)
    names: dict[str, str] = dataclasses.field(default_factory=dict)  # generator name -> id
    scope_names: dict[str, str] = dataclasses.field(default_factory=dict)  # scope name -> id
    last_used: float = 0.0
    epoch: int = 0  # changes with every rewind: set_seed, set_generator, import_session (see Reserved)
    intra_op_threads: int = DEFAULT_INTRA_OP_THREADS


class MemoryStore:
    """A :class:`~philoxd_server.state.Store` in this process's memory.

    Args:
      session_ttl: Seconds after which an idle session is forgotten.
      request_ttl: Seconds a request_id's result is remembered.
      clock: Monotonic clock (seconds).
    """

    def __init__(
        self,
        session_ttl: float = DEFAULT_SESSION_TTL,
        request_ttl: float = DEFAULT_REQUEST_TTL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._lock = threading.Lock()
        self._sessions: dict[str, _Session] = {}
        self._requests: collections.OrderedDict[tuple[str, str, str], tuple[float, Any]] = collections.OrderedDict()
        # (session, request_id) -> (first use, the request's fingerprint): one request per id and session
        self._claims: collections.OrderedDict[tuple[str, str], tuple[float, str]] = collections.OrderedDict()
        self._tombstones: collections.OrderedDict[str, None] = collections.OrderedDict()  # expired named sessions
        self._session_ttl = session_ttl
        self._request_ttl = request_ttl
        self._clock = clock
        self._identity = uuid.uuid4().hex

    # -- helpers (call with the lock held) ------------------------------------------
    def _get(self, session: str) -> _Session:
        now = self._clock()
        state = self._sessions.get(session)
        if state is None or now - state.last_used > self._session_ttl:
            if state is not None:
                self._bury(session)
            if session in self._tombstones:
                raise SessionExpired(session, self._session_ttl)
            raise NotFound(f"session {session!r} does not exist or has expired")
        state.last_used = now
        return state

    def _bury(self, session: str) -> None:
        """Forget an expired session; a named one leaves a tombstone."""
        del self._sessions[session]
        if not is_private(session):
            self._tombstones[session] = None
            while len(self._tombstones) > MAX_TOMBSTONES:
                self._tombstones.popitem(last=False)

    def _once(self, session: str, request_id: str, method: str, action: Callable[[], _T], fingerprint: str = "") -> _T:
        if not request_id:
            return action()
        key = (session, request_id, method)
        now = self._clock()
        for table in (self._requests, self._claims):
            while table:
                oldest_key, (stamp, _) = next(iter(table.items()))
                if now - stamp <= self._request_ttl and len(table) < _MAX_REMEMBERED:
                    break
                del table[oldest_key]
        claim = self._claims.get((session, request_id))
        if claim is not None and fingerprint and claim[1] and claim[1] != fingerprint:
            raise RequestIdReused(session, request_id)
        hit = self._requests.get(key)
        if hit is not None:
            return hit[1]  # type: ignore[no-any-return]
        value = action()
        self._requests[key] = (now, value)
        if claim is None or not claim[1]:
            self._claims[(session, request_id)] = (now, fingerprint)
        return value

    def _remembered(self, session: str, request_id: str, method: str) -> bool:
        hit = self._requests.get((session, request_id, method)) if request_id else None
        return hit is not None and self._clock() - hit[0] <= self._request_ttl

    def _live(self, session: str) -> _Session | None:
        """The session if it exists and has not expired (not touched)."""
        state = self._sessions.get(session)
        if state is None or self._clock() - state.last_used > self._session_ttl:
            return None
        return state

    def _wall(self, last_used: float) -> float:
        """A ``last_used`` of this store's clock as Unix time."""
        return time.time() - (self._clock() - last_used)

    def _expire(self) -> None:
        now = self._clock()
        for name in [k for k, s in self._sessions.items() if now - s.last_used > self._session_ttl]:
            self._bury(name)

    def _generator(self, state: _Session, session: str, generator: str) -> GeneratorRecord:
        try:
            return state.generators[generator]
        except KeyError:
            raise NotFound(f"generator {generator!r} does not exist in session {session!r}") from None

    # -- Store -----------------------------------------------------------------------
    def open_session(self, name: str | None, reset_expired: bool = False) -> tuple[str, bool]:
        with self._lock:
            self._expire()
            name = name or f"private-{uuid.uuid4().hex}"
            if name in self._tombstones:
                if not reset_expired:
                    raise SessionExpiredNotReopened(name, self._session_ttl)
                del self._tombstones[name]
            created = name not in self._sessions
            if created:
                self._sessions[name] = _Session(epoch=new_epoch())
            self._sessions[name].last_used = self._clock()
            return name, created

    def ping(self) -> str:
        """Always answers: the state is in this process (and its identity with it)."""
        return self._identity

    def check_writable(self) -> None:
        """Always writable: the state is in this process's memory (its limits are the process's)."""

    def mark_restored(self) -> str:
        with self._lock:
            self._identity = uuid.uuid4().hex
            return self._identity

    def _check_store(self, expect_store: str) -> None:
        """Raise :class:`StoreChanged` if ``expect_store`` is given and is not the identity (lock held)."""
        if expect_store and expect_store != self._identity:
            raise StoreChanged(self._identity)

    def session_count(self) -> int:
        with self._lock:
            self._expire()
            return len(self._sessions)

    def set_seed(self, session: str, seed: int | None, request_id: str = "", *, fingerprint: str = "") -> None:
        with self._lock:
            state = self._get(session)

            def action() -> None:
                state.global_seed = seed
                state.op_seed_index = 0
                state.kernels.clear()
                state.epoch = new_epoch()

            self._once(session, request_id, "set_seed", action, fingerprint)

    def set_intra_op_threads(self, session: str, threads: int, request_id: str = "", *, fingerprint: str = "") -> None:
        with self._lock:
            state = self._get(session)

            def action() -> None:
                state.intra_op_threads = threads

            self._once(session, request_id, "set_intra_op_threads", action, fingerprint)

    def intra_op_threads(self, session: str) -> int:
        with self._lock:
            return self._get(session).intra_op_threads

    def next_op_seed(
        self, session: str, consume: bool = True, request_id: str = "", *, fingerprint: str = ""
    ) -> tuple[int | None, int]:
        with self._lock:
            state = self._get(session)

            def action() -> tuple[int | None, int]:
                index = state.op_seed_index
                if consume and state.global_seed is not None:
                    state.op_seed_index += 1
                return state.global_seed, index

            return self._once(session, request_id if consume else "", "next_op_seed", action, fingerprint)

    def draw_op_seed(self, session: str, request_id: str = "", expect_store: str = "", *, fingerprint: str = "") -> tuple[int | None, int, int]:
        with self._lock:
            self._check_store(expect_store)
            state = self._get(session)

            def action() -> tuple[int | None, int, int]:
                index = state.op_seed_index
                if state.global_seed is not None:
                    state.op_seed_index += 1
                return state.global_seed, index, state.epoch

            return self._once(session, request_id, "draw_op_seed", action, fingerprint)

    def reserve_kernel(
        self,
        session: str,
        kernel: str,
        init: tuple[int, int],
        count: int,
        request_id: str = "",
        expect_seed: object = ANY_SEED,
        expect_epoch: int | None = None,
        expect_store: str = "",
        report: Reserved | None = None,
        *,
        fingerprint: str = "",
        max_kernels: int | None = None,
    ) -> tuple[int, int]:
        with self._lock:
            self._check_store(expect_store)
            state = self._get(session)
            if expect_seed is not ANY_SEED and state.global_seed != expect_seed:
                raise StaleSeed(session)
            if expect_epoch is not None and state.epoch != expect_epoch and not self._remembered(session, request_id, "reserve_kernel"):
                raise StaleSeed(session)

            if report is not None:
                report.fresh = False

            def action() -> tuple[int, int, int]:  # the epoch is remembered with the reservation
                if max_kernels is not None and kernel not in state.kernels and len(state.kernels) >= max_kernels:
                    raise TooManyKernels(session)
                if report is not None:
                    report.fresh = True
                entry = state.kernels.setdefault(kernel, list(init))
                key, counter = entry
                entry[1] = add_counter(counter, count)
                return key, counter, state.epoch

            key, counter, epoch = self._once(session, request_id, "reserve_kernel", action, fingerprint)
            if report is not None:
                report.epoch = epoch
            return key, counter

    def register_scope(
        self, session: str, request_id: str = "", name: str = "", *, fingerprint: str = "", max_scopes: int | None = None
    ) -> str:
        with self._lock:
            state = self._get(session)

            def action() -> str:
                if name and name in state.scope_names:
                    return state.scope_names[name]
                if max_scopes is not None and len(state.scopes) >= max_scopes:
                    raise TooManyScopes(session)
                scope = uuid.uuid4().hex
                state.scopes[scope] = state.global_seed
                if name:
                    state.scope_names[name] = scope
                return scope

            return self._once(session, request_id, "register_scope", action, fingerprint)

    def scope_seed(self, session: str, scope: str) -> int | None:
        with self._lock:
            state = self._get(session)
            if scope not in state.scopes:
                raise NotFound(f"function scope {scope!r} does not exist in session {session!r}")
            return state.scopes[scope]

    def create_generator(
        self, session: str, record: GeneratorRecord, name: str = "", request_id: str = "", *, fingerprint: str = ""
    ) -> tuple[str, GeneratorRecord]:
        with self._lock:
            state = self._get(session)

            def action() -> tuple[str, GeneratorRecord]:
                if name and name in state.names:
                    gen = state.names[name]
                    return gen, state.generators[gen]
                gen = uuid.uuid4().hex
                state.generators[gen] = record
                if name:
                    state.names[name] = gen
                return gen, record

            return self._once(session, request_id, "create_generator", action, fingerprint)

    def get_generator(self, session: str, generator: str) -> GeneratorRecord:
        with self._lock:
            return self._generator(self._get(session), session, generator)

    def set_generator(
        self, session: str, generator: str, record: GeneratorRecord, request_id: str = "", *, fingerprint: str = ""
    ) -> None:
        with self._lock:
            state = self._get(session)
            self._generator(state, session, generator)

            def action() -> None:
                state.generators[generator] = record
                state.epoch = new_epoch()

            self._once(session, request_id, "set_generator", action, fingerprint)

    def reserve_generator(
        self,
        session: str,
        generator: str,
        count: int,
        request_id: str = "",
        expect_store: str = "",
        report: Reserved | None = None,
        *,
        fingerprint: str = "",
    ) -> GeneratorRecord:
        with self._lock:
            self._check_store(expect_store)
            state = self._get(session)
            record = self._generator(state, session, generator)
            if report is not None:
                report.fresh = False

            def action() -> tuple[GeneratorRecord, int]:  # the epoch is remembered with the reservation
                if report is not None:
                    report.fresh = True
                epoch = state.epoch
                counter = add_counter(record.counter, count)
                state.generators[generator] = dataclasses.replace(record, counter=counter)
                if counter < record.counter:  # a skip that wraps moves the state back: a rewind
                    state.epoch = new_epoch()
                return record, epoch

            before, epoch = self._once(session, request_id, "reserve_generator", action, fingerprint)
            if report is not None:
                report.epoch = epoch
            return before

    def list_sessions(self, prefix: str = "", limit: int | None = None) -> tuple[list[SessionSummary], bool]:
        with self._lock:
            self._expire()
            names = sorted(name for name in self._sessions if name.startswith(prefix))
            shown = names if limit is None else names[:limit]
            return [self._summary(name, self._sessions[name]) for name in shown], len(shown) < len(names)

    def _summary(self, name: str, state: _Session) -> SessionSummary:
        return SessionSummary(
            name, state.global_seed, state.op_seed_index, len(state.kernels), len(state.scopes), len(state.generators),
            self._wall(state.last_used),
        )

    def export_session(self, session: str) -> tuple[SessionState, float]:
        with self._lock:
            state = self._live(session)
            if state is None:
                raise NotFound(f"session {session!r} does not exist or has expired")
            names = {gen: name for name, gen in state.names.items()}
            scope_names = {scope: name for name, scope in state.scope_names.items()}
            exported = SessionState.of(
                state.global_seed,
                state.op_seed_index,
                (KernelState(k, key, counter) for k, (key, counter) in state.kernels.items()),
                (ScopeState(scope, scope_names.get(scope, ""), seed) for scope, seed in state.scopes.items()),
                (GeneratorState(gen, names.get(gen, ""), record) for gen, record in state.generators.items()),
                state.intra_op_threads,
            )
            return exported, self._wall(state.last_used)

    def import_session(
        self,
        session: str,
        state: SessionState,
        request_id: str = "",
        *,
        create: bool = True,
        replace: bool = True,
        fingerprint: str = "",
    ) -> bool:
        with self._lock:
            self._expire()

            def action() -> bool:
                old = self._live(session)
                if old is None and not create:
                    if session in self._tombstones:
                        raise SessionExpired(session, self._session_ttl)
                    raise NotFound(f"session {session!r} does not exist or has expired")
                if old is not None and not replace:
                    raise AlreadyExists(f"session {session!r} exists")
                new = _Session(
                    global_seed=state.global_seed,
                    op_seed_index=state.op_seed_index,
                    kernels={k.kernel: [k.key, k.counter] for k in state.kernels},
                    scopes=dict(old.scopes) if old is not None else {},
                    scope_names=dict(old.scope_names) if old is not None else {},
                    generators={g.generator: g.record for g in state.generators},
                    names={g.name: g.generator for g in state.generators if g.name},
                    last_used=self._clock(),
                    epoch=new_epoch(),
                    intra_op_threads=state.intra_op_threads,
                )
                for scope in state.scopes:
                    new.scopes[scope.scope] = scope.global_seed
                    if scope.name:
                        new.scope_names[scope.name] = scope.scope
                self._sessions[session] = new
                self._tombstones.pop(session, None)  # a restore brings an expired session back
                return old is None

            return self._once(session, request_id, "import_session", action, fingerprint)

    def delete_session(self, session: str) -> bool:
        with self._lock:
            self._expire()
            existed = self._live(session) is not None or session in self._tombstones
            self._sessions.pop(session, None)
            self._tombstones.pop(session, None)
            return existed

    def close(self) -> None:
        pass
