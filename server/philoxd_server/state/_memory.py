"""In-memory store: one lock, plain dicts. For tests and ``--store memory``."""

from __future__ import annotations

import dataclasses
import threading
import time
import uuid

from philoxd_server._errors import NotFound
from philoxd_server.state._store import GeneratorRecord, add_counter

__all__ = ["MemoryStore"]


@dataclasses.dataclass
class _Session:
    global_seed: int | None = None
    op_seed_index: int = 0
    kernels: dict[str, list[int]] = dataclasses.field(default_factory=dict)  # kernel -> [key, counter]
    scopes: dict[str, int | None] = dataclasses.field(default_factory=dict)
    generators: dict[str, GeneratorRecord] = dataclasses.field(default_factory=dict)
    names: dict[str, str] = dataclasses.field(default_factory=dict)  # generator name -> id
    last_used: float = 0.0


class MemoryStore:
    """A :class:`~philoxd_server.state.Store` in this process's memory.

    Args:
      session_ttl: Seconds after which an idle session is forgotten.
      clock: Monotonic clock (seconds).
    """

    def __init__(self, session_ttl: float = 24 * 3600.0, clock: object = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._sessions: dict[str, _Session] = {}
        self._ttl = session_ttl
        self._clock = clock

    def _get(self, session: str) -> _Session:
        now = self._clock()  # type: ignore[operator]
        state = self._sessions.get(session)
        if state is None or now - state.last_used > self._ttl:
            self._sessions.pop(session, None)
            raise NotFound(f"session {session!r} does not exist or has expired")
        state.last_used = now
        return state

    def open_session(self, name: str | None) -> tuple[str, bool]:
        with self._lock:
            self.expire()
            name = name or f"private-{uuid.uuid4().hex}"
            created = name not in self._sessions
            if created:
                self._sessions[name] = _Session()
            self._sessions[name].last_used = self._clock()  # type: ignore[operator]
            return name, created

    def expire(self) -> int:
        """Drop idle sessions; returns how many. Callers hold the lock or accept a race-free dict op."""
        now = self._clock()  # type: ignore[operator]
        dead = [k for k, s in self._sessions.items() if now - s.last_used > self._ttl]
        for k in dead:
            del self._sessions[k]
        return len(dead)

    def session_count(self) -> int:
        """Number of live sessions."""
        with self._lock:
            self.expire()
            return len(self._sessions)

    def set_seed(self, session: str, seed: int | None) -> None:
        with self._lock:
            state = self._get(session)
            state.global_seed = seed
            state.op_seed_index = 0
            state.kernels.clear()

    def next_op_seed(self, session: str, consume: bool = True) -> tuple[int | None, int]:
        with self._lock:
            state = self._get(session)
            index = state.op_seed_index
            if consume and state.global_seed is not None:
                state.op_seed_index += 1
            return state.global_seed, index

    def reserve_kernel(self, session: str, kernel: str, init: tuple[int, int], count: int) -> tuple[int, int]:
        with self._lock:
            state = self._get(session)
            entry = state.kernels.setdefault(kernel, list(init))
            key, counter = entry
            entry[1] = add_counter(counter, count)
            return key, counter

    def register_scope(self, session: str) -> str:
        with self._lock:
            state = self._get(session)
            scope = uuid.uuid4().hex
            state.scopes[scope] = state.global_seed
            return scope

    def scope_seed(self, session: str, scope: str) -> int | None:
        with self._lock:
            state = self._get(session)
            if scope not in state.scopes:
                raise NotFound(f"function scope {scope!r} does not exist in session {session!r}")
            return state.scopes[scope]

    def create_generator(self, session: str, record: GeneratorRecord, name: str = "") -> tuple[str, GeneratorRecord]:
        with self._lock:
            state = self._get(session)
            if name and name in state.names:
                gen = state.names[name]
                return gen, state.generators[gen]
            gen = uuid.uuid4().hex
            state.generators[gen] = record
            if name:
                state.names[name] = gen
            return gen, record

    def _generator(self, state: _Session, session: str, generator: str) -> GeneratorRecord:
        try:
            return state.generators[generator]
        except KeyError:
            raise NotFound(f"generator {generator!r} does not exist in session {session!r}") from None

    def get_generator(self, session: str, generator: str) -> GeneratorRecord:
        with self._lock:
            return self._generator(self._get(session), session, generator)

    def set_generator(self, session: str, generator: str, record: GeneratorRecord) -> None:
        with self._lock:
            state = self._get(session)
            self._generator(state, session, generator)
            state.generators[generator] = record

    def reserve_generator(self, session: str, generator: str, count: int) -> GeneratorRecord:
        with self._lock:
            state = self._get(session)
            record = self._generator(state, session, generator)
            state.generators[generator] = dataclasses.replace(record, counter=add_counter(record.counter, count))
            return record
