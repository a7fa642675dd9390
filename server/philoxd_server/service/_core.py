"""The request flow, free of protobuf: resolve seeds -> reserve in the store -> generate.

``RandomCore`` is what the gRPC servicer calls after translating a message. The
store only hands out (key, counter) reservations; numbers are generated
afterwards, outside any lock, by the pure engine.
"""

from __future__ import annotations

import dataclasses
import hashlib
import secrets
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import numpy as np
from philoxd._watermarks import Watermarks

from philoxd_server._errors import (
    Aborted,
    AlreadyExists,
    DataLoss,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    ResourceExhausted,
    Unavailable,
    Unimplemented,
)
from philoxd_server.engine import _ops, _samplers, _seeds
from philoxd_server.state import (
    ANY_SEED,
    MAX_INTRA_OP_THREADS,
    MAX_SCOPES,
    GeneratorRecord,
    Reserved,
    SessionState,
    SessionSummary,
    StaleSeed,
    Store,
    StoreChanged,
    TooManyKernels,
    TooManyScopes,
    add_counter,
    decode_snapshot,
    encode_snapshot,
)

__all__ = [
    "ALG_AUTO_SELECT",
    "ALG_PHILOX",
    "ALG_THREEFRY",
    "DEFAULT_LIST_LIMIT",
    "DEFAULT_MAX_ELEMENTS",
    "DETERMINISM_ERROR",
    "Draw",
    "KernelSource",
    "RandomCore",
]

# TF rng_alg.h / random_ops_util.Algorithm
ALG_PHILOX, ALG_THREEFRY, ALG_AUTO_SELECT = 1, 2, 3
DEFAULT_MAX_ELEMENTS = 2**27  # per request; --max-elements
MAX_ELEMENTS_FLAG = "philoxd serve --max-elements"  # what sets max_elements, as size errors name it
DEFAULT_LIST_LIMIT = 1000  # sessions ListSessions returns when the request names no limit
# ListSessions' largest answer: a larger `limit` is lowered to it (Google AIP-158: coerce a page size above
# the maximum), so one call's work and reply stay bounded: 10,000 summaries of names of at most
# MAX_ID_CHARS (128) characters stay under gRPC's 4 MiB message limit.
MAX_LIST_LIMIT = 10_000
MAX_RANK = 64  # numpy arrays have at most 64 dimensions (NPY_MAXDIMS in numpy 2)
_U64 = (1 << 64) - 1

# TF's CPU kernels reject Threefry counters (StatelessRandom*V2 on CPU).
_THREEFRY_ERROR = (
    "counter must be a vector with length at least 2; got shape: [1]. "
    "(Note that batched counters are not supported yet.)"
)


# TF random_seed.get_seed when config.is_op_determinism_enabled() and no seed is set.
DETERMINISM_ERROR = (
    "Random ops require a seed to be set when determinism is enabled. Please set a seed before "
    "running the op, e.g. by calling tf.random.set_seed(1)."
)
# Reservations a stateful draw tries: the first may use a cached global seed; each later one
# follows a set_seed or a restore that happened during the previous one (ABORTED after the last).
_KERNEL_ATTEMPTS = 4
# Reservations a generator draw tries: the first with the store identity this process last saw;
# the second after StoreChanged made it read the identity again (ABORTED after the last).
_GENERATOR_ATTEMPTS = 2
_SEED_CACHE = 65536  # sessions / scopes whose global seed this process remembers (validated by the store)
# learned_unigram weights this process keeps, all kernels together (the least recently used are
# forgotten first: such a kernel starts anew); twice the largest one kernel may have.
_LEARNED_CACHE_BYTES = 2 * 8 * _samplers.MAX_LEARNED_RANGE
# Samples a unique=True candidate sampler may draw per element of --max-elements (a draw of that
# many elements costs about as much): collecting nearly every class of a skewed sampler is unbounded.
_UNIQUE_TRIES_PER_ELEMENT = 16
# Counter streams (kernels, generators) whose high-water mark this process keeps, least recently
# used dropped: a few hundred bytes each. A stream whose mark was dropped is checked again from its
# next reservation on.
_WATERMARK_STREAMS = 65536


# TF stateful_random_ops.cc on CPU for a Threefry generator.
_THREEFRY_GENERATOR_ERROR = "Non-XLA devices don't support the ThreeFry algorithm."


@dataclasses.dataclass(frozen=True)
class KernelSource:
    """A stateful op kernel: op seed, and (in a function scope) the op's position."""

    seed: int | None = None
    scope: str = ""
    position: int = 0
    unseeded_index: int = 0
    deterministic: bool = False  # op determinism enabled by the client


@dataclasses.dataclass(frozen=True)
class Draw:
    """A draw and where it came from: generated, or (``defer``) ready to generate piece by piece."""

    values: np.ndarray | None  # None when deferred: see pieces()
    alg: int = 0
    key: int = 0
    counter: int = 0
    outputs: tuple[np.ndarray, ...] = ()  # every output of a multi-output op (candidate samplers)
    spec: _ops.DrawSpec | None = None
    stateful: bool = False
    store_id: str = ""  # the store that reserved it (checked atomically with the reservation)
    stream: str = ""  # the reservation's counter stream ("<epoch hex>/<kernel or generator>"); "" for none

    def pieces(self, max_bytes: int) -> Iterator[np.ndarray]:
        """The values, flat in C order, in pieces of at most ``max_bytes`` (generated now if deferred)."""
        if self.values is not None:
            return _ops.split(self.values, max_bytes)
        assert self.spec is not None
        return _ops.pieces(self.spec, self.key, self.counter, stateful=self.stateful, max_bytes=max_bytes)


def _result(
    spec: _ops.DrawSpec, key: int, counter: int, *, stateful: bool, defer: bool, store_id: str = "", stream: str = "", reserve: bool = False
) -> Draw:
    """A Philox draw at (key, counter): generated now, deferred to ``Draw.pieces``, or (``reserve``)
    never: the caller (a client that generates itself) only wants the reservation."""
    if reserve:
        values = None
    else:
        values = None if defer and _ops.generates_in_pieces(spec) else _ops.generate(spec, key, counter, stateful=stateful)
    return Draw(values, ALG_PHILOX, key, counter, spec=spec, stateful=stateful, store_id=store_id, stream=stream)


class RandomCore:
    """Sessions, seeds and draws over a :class:`~philoxd_server.state.Store`.

    Args:
      store: Where all state lives.
      max_elements: Largest number of elements one request may ask for.
      max_sessions: Most live sessions the store may hold (None: unlimited); opening
        a new one beyond it is ``RESOURCE_EXHAUSTED``, attaching to an existing one is
        always allowed. A soft limit: concurrent opens may overshoot it slightly.
      max_sessions_per_principal: Most live sessions one authenticated principal may hold
        (None: unlimited), so that one cannot take all of ``max_sessions``; as soft.
      max_generators_per_session: Most generators one session may hold (None: unlimited).
      max_kernels_per_session: Most stateful op kernels one session may hold (None:
        unlimited); a draw that would create one more is ``RESOURCE_EXHAUSTED``. Exact: the
        store counts atomically with the reservation.
      max_elements_source: What sets ``max_elements``, as size errors name it (in-process:
        the environment variable).
    """

    def __init__(
        self,
        store: Store,
        *,
        max_elements: int = DEFAULT_MAX_ELEMENTS,
        max_sessions: int | None = None,
        max_sessions_per_principal: int | None = None,
        max_generators_per_session: int | None = None,
        max_kernels_per_session: int | None = None,
        max_elements_source: str = MAX_ELEMENTS_FLAG,
    ) -> None:
        self.store = store
        self.max_elements = max_elements
        self.max_elements_source = max_elements_source
        # learned_unigram_candidate_sampler weights per (session, kernel): TF keeps them in the
        # kernel object; here they live in this process (see docs/exactness.md, candidate samplers).
        self._learned: dict[tuple[str, str], np.ndarray] = {}  # least recently used first
        self._learned_bytes = 0
        self._learned_lock = threading.Lock()
        self.max_sessions = max_sessions
        self.max_sessions_per_principal = max_sessions_per_principal
        self.max_generators_per_session = max_generators_per_session
        self.max_kernels_per_session = max_kernels_per_session
        self._global_seeds: dict[str, int | None] = {}  # a hint: reserve_kernel validates it
        self._scope_seeds: dict[tuple[str, str], int | None] = {}  # immutable once registered
        self.store_id = ""  # the store's identity, as last seen (see check_store); "" = not yet
        self._watermarks = Watermarks(_WATERMARK_STREAMS)  # every reservation's end, per stream: a store that went back is refused
        try:
            self.check_store()
        except (Unavailable, ResourceExhausted):
            pass  # the store is down or full: health says so until it answers

    def check_store(self) -> str:
        """Ping the store and note its identity (a reset store has a new one); return it.

        Raises:
          Unavailable: The store does not answer.
        """
        self.store_id = self.store.ping()
        return self.store_id

    def probe_store(self) -> str:
        """:meth:`check_store`, and check that the store can commit a reservation (health probes).

        Raises:
          ResourceExhausted: The store is full (disk full, Redis at ``maxmemory``).
          Unavailable: The store does not answer, or cannot write (read-only, file removed).
        """
        store_id = self.check_store()
        self.store.check_writable()
        return store_id

    def _expected_store(self) -> str:
        """The store identity a reservation must find: the one last seen (read now if none yet)."""
        return self.store_id or self.check_store()

    def _check_reservation(
        self, ticket: int, store_id: str, session: str, stream: str, report: Reserved, start: int, count: int
    ) -> str:
        """Refuse a new reservation below one handed out before (see :class:`Watermarks`; ``ticket``
        taken before it was asked for; a remembered request's reservation, answered again, is not
        new); return the draw's stream name ("" for a reservation of no counters, e.g. a shuffle
        of one element: it hands out no numbers, and the next draw starts where it did).

        Raises:
          DataLoss: The store went back in time.
        """
        if count == 0:
            return ""
        if not report.fresh:
            return f"{report.epoch:x}/{stream}"
        seen = self._watermarks.record(ticket, (store_id, session, report.epoch, stream), start, add_counter(start, count), strict=False)
        if seen is not None:
            raise DataLoss(
                f"session {session!r}, {stream}: the state store answered counter {start:#x}, below {seen:#x} that "
                "this server already handed out: the store went back in time (restored from a backup or a Redis "
                "snapshot, or it lost writes), and these numbers would repeat. Mark a restored store restored "
                "(philoxd store mark-restored) so that clients start over knowingly"
            )
        return f"{report.epoch:x}/{stream}"

    # -- sessions and seeds ----------------------------------------------------------
    def open_session(self, name: str | None, principal: str = "", reset_expired: bool = False) -> tuple[str, bool]:
        """Create or attach a session (``name`` as the store names it); ``None``/empty makes a private one.

        ``principal`` (the caller, "" when anonymous) is counted for ``max_sessions_per_principal``.
        A named session that expired is refused (``SessionExpiredNotReopened``) unless
        ``reset_expired``: then it starts afresh (see ``Store.open_session``)."""
        limited = self.max_sessions is not None or (principal and self.max_sessions_per_principal is not None)
        if limited and not self._session_exists(name):
            self._check_session_limit("OpenSession", principal)
        opened = self.store.open_session(name or None, reset_expired)
        self.check_store()  # OpenSession answers the identity: read it fresh
        return opened

    def _session_exists(self, name: str | None) -> bool:
        if not name:
            return False
        try:
            self.store.next_op_seed(name, consume=False)  # reads (and refreshes) the session only
        except NotFound:
            return False
        return True

    def set_seed(self, session: str, seed: int | None, request_id: str = "", *, fingerprint: str = "") -> None:
        """``tf.random.set_seed`` for a session.

        Every method that takes a ``request_id`` also takes the request's ``fingerprint``
        (see :class:`~philoxd_server.state.Store`): a request id remembered for another
        request raises ``RequestIdReused``.
        """
        self.store.set_seed(session, seed, request_id, fingerprint=fingerprint)
        self._remember(self._global_seeds, session, seed)

    def set_intra_op_threads(self, session: str, threads: int, request_id: str = "", *, fingerprint: str = "") -> None:
        """``tf.config.threading.set_intra_op_parallelism_threads`` for a session: its later draws
        give TF's values at ``threads`` intra-op threads (categorical and parameterized truncated
        normal depend on it). ``threads`` is a count (``0``, TF's "this machine's cores", is
        resolved by the client: a session shared across machines needs one number)."""
        _check_threads("SetIntraOpThreads", "threads", threads)
        self.store.set_intra_op_threads(session, threads, request_id, fingerprint=fingerprint)

    def intra_op_threads(self, session: str) -> int:
        """The session's TF intra-op thread count."""
        return self.store.intra_op_threads(session)

    def _at_session_threads(self, session: str, spec: _ops.DrawSpec) -> _ops.DrawSpec:
        """``spec`` at the session's TF thread count; the store is read only when TF's values
        depend on it (large categorical and parameterized truncated normal draws)."""
        if not session or not _ops.depends_on_threads(spec):
            return spec
        return dataclasses.replace(spec, intra_op_threads=self.store.intra_op_threads(session))

    def register_scope(self, session: str, request_id: str = "", name: str = "", *, fingerprint: str = "") -> str:
        """Start a ``tf.function``-like scope; it captures the current global seed.

        A named scope is registered once per session: later calls (from any process, after
        a restore too) get the same scope, so the function's streams continue. A session holds
        at most a snapshot's MAX_SCOPES (RESOURCE_EXHAUSTED beyond), so it can always be restored."""
        try:
            return self.store.register_scope(session, request_id, name, fingerprint=fingerprint, max_scopes=MAX_SCOPES)
        except TooManyScopes:
            raise ResourceExhausted(
                f"RegisterScope: session {session.rpartition('/')[2]!r} holds its limit of {MAX_SCOPES} function scopes "
                "(as a snapshot may); name the function (rng.function(fn, name=...)) to register it once for all processes"
            ) from None

    # -- sessions as data: snapshot, restore, fork, list, show, delete ---------------------
    # Each takes the caller's principal ("" = anonymous: an open server, in-process) and the
    # session's name as the caller knows it; a principal's sessions are ``principal/name`` in
    # the store, so every call sees and touches only the caller's own.

    @staticmethod
    def store_name(principal: str, session: str) -> str:
        """The store's name of ``principal``'s ``session``."""
        return f"{principal}/{session}" if principal else session

    def _forget(self, session: str) -> None:
        """Drop what this process caches about a session whose state was replaced or removed."""
        self._global_seeds.pop(session, None)
        for key in [k for k in self._scope_seeds if k[0] == session]:
            self._scope_seeds.pop(key, None)
        with self._learned_lock:
            for key in [k for k in self._learned if k[0] == session]:
                self._learned_bytes -= self._learned.pop(key).nbytes

    def list_sessions(self, principal: str, prefix: str = "", limit: int | None = None) -> tuple[list[SessionSummary], bool]:
        """The caller's live sessions whose name starts with ``prefix`` (names as the caller knows them)."""
        if limit is not None and limit < 0:
            raise InvalidArgument(f"ListSessions: field `limit`={limit} must be >= 0 (0: {DEFAULT_LIST_LIMIT})")
        base = f"{principal}/" if principal else ""
        found, truncated = self.store.list_sessions(base + prefix, min(limit or DEFAULT_LIST_LIMIT, MAX_LIST_LIMIT))
        return [dataclasses.replace(s, name=s.name[len(base) :]) for s in found], truncated

    def show_session(self, principal: str, session: str) -> tuple[SessionState, float]:
        """The session's whole state and its last use (Unix time); it does not count as a use."""
        return self._export(principal, session)

    def _export(self, principal: str, session: str) -> tuple[SessionState, float]:
        try:
            return self.store.export_session(self.store_name(principal, session))
        except NotFound:
            raise NotFound(f"no session {session!r} (it does not exist or has expired)") from None

    def snapshot_session(self, principal: str, session: str) -> bytes:
        """The session's state as a snapshot (``philoxd_server.state._snapshot``), owned by ``principal``.

        Raises:
          SnapshotTooLarge: The session holds more than a snapshot may (RESOURCE_EXHAUSTED).
        """
        state, _ = self._export(principal, session)
        return encode_snapshot(state, owner=principal or None, session=session, store_id=self.store_id)

    def restore_session(
        self,
        principal: str,
        session: str,
        snapshot: bytes,
        request_id: str = "",
        *,
        create: bool = True,
        replace: bool = True,
        fingerprint: str = "",
    ) -> bool:
        """Make a snapshot's state the session's, atomically; return whether the session was created.

        Every stream of the session then continues where the snapshot was taken; draws in
        flight land wholly before or wholly after. Any snapshot may be restored, whoever took
        it (its ``owner`` is information): its bytes are its state, and a restore writes only
        the caller's own session.

        Raises:
          InvalidArgument: The bytes are not a snapshot this server reads (nothing changed).
          NotFound / AlreadyExists: The session is missing and not ``create`` / exists and not ``replace``.
          ResourceExhausted: Creating it would pass ``max_sessions``.
        """
        if not (create or replace):
            raise InvalidArgument("RestoreSession: set `create`, `replace` or both (else nothing may be restored)")
        _, state = decode_snapshot(snapshot)
        name = self.store_name(principal, session)
        self._check_generator_limit("RestoreSession", name, len(state.generators), present=0)
        if self.max_kernels_per_session is not None and len(state.kernels) > self.max_kernels_per_session:
            raise ResourceExhausted(
                f"RestoreSession: a session holds at most {self.max_kernels_per_session} op kernels "
                f"(--max-kernels-per-session); the snapshot has {len(state.kernels)}"
            )
        if create and not self._session_exists(name):
            self._check_session_limit("RestoreSession", principal)
        try:
            created = self.store.import_session(name, state, request_id, create=create, replace=replace, fingerprint=fingerprint)
        except AlreadyExists:
            raise AlreadyExists(f"RestoreSession: session {session!r} exists (restore with create_only unset to replace it)") from None
        except NotFound:
            raise NotFound(f"no session {session!r} (it does not exist or has expired)") from None
        self._forget(name)
        return created

    def fork_session(
        self, principal: str, session: str, new_session: str | None, request_id: str = "", *, fingerprint: str = ""
    ) -> str:
        """A new session with a copy of ``session``'s state (taken atomically); its name.

        ``new_session`` None or "" makes a private one (named from ``request_id``, so a
        retry finds the same one).

        Raises:
          NotFound: No such ``session``.
          AlreadyExists: ``new_session`` exists.
          ResourceExhausted: Creating it would pass ``max_sessions``.
        """
        if not new_session:
            tail = hashlib.sha256(f"{session}\0{request_id}".encode()).hexdigest()[:32] if request_id else uuid.uuid4().hex
            new_session = f"private-{tail}"
        state, _ = self._export(principal, session)
        if not self._session_exists(self.store_name(principal, new_session)):
            self._check_session_limit("ForkSession", principal)
        try:
            self.store.import_session(
                self.store_name(principal, new_session), state, request_id, create=True, replace=False, fingerprint=fingerprint
            )
        except AlreadyExists:
            raise AlreadyExists(f"ForkSession: session {new_session!r} exists; fork into a new name") from None
        return new_session

    def delete_session(self, principal: str, session: str) -> None:
        """Forget a session and everything in it (NotFound if there is none)."""
        name = self.store_name(principal, session)
        existed = self.store.delete_session(name)
        self._forget(name)
        if not existed:
            raise NotFound(f"no session {session!r} (it does not exist or has expired)")

    def _check_session_limit(self, method: str, principal: str = "") -> None:
        """Refuse a new session of ``principal`` when the server or the principal holds its limit."""
        if self.max_sessions is not None and self.store.session_count() >= self.max_sessions:
            raise ResourceExhausted(
                f"{method}: the server holds its limit of {self.max_sessions} sessions; remove one or retry later, when idle ones have expired"
            )
        quota = self.max_sessions_per_principal
        if principal and quota is not None and len(self.store.list_sessions(f"{principal}/", quota)[0]) >= quota:
            raise ResourceExhausted(
                f"{method}: principal {principal!r} holds its limit of {quota} sessions (--max-sessions-per-principal); "
                "remove one or retry later, when idle ones have expired"
            )

    def _check_generator_limit(self, method: str, session: str, adding: int = 1, present: int | None = None) -> None:
        """Refuse ``adding`` generators to ``session`` (``present``: its count, read here if None)."""
        limit = self.max_generators_per_session
        if limit is None:
            return
        if present is None:
            found, _ = self.store.list_sessions(session, 1)  # sorted: the session itself comes first
            present = found[0].generators if found and found[0].name == session else 0
        if present + adding > limit:
            raise ResourceExhausted(
                f"{method}: a session holds at most {limit} generators (--max-generators-per-session); "
                f"session {session.rpartition('/')[2]!r} would hold {present + adding}"
            )

    # -- draws -------------------------------------------------------------------------
    def _check_size(self, spec: _ops.DrawSpec, *, stateful: bool = False) -> None:
        if len(spec.shape) > MAX_RANK:
            raise Unimplemented(
                f"{spec.function}: shape has {len(spec.shape)} dimensions; philoxd arrays have at most "
                f"{MAX_RANK} (numpy's limit; TensorFlow allows 254)"
            )
        n = 1
        for dim in spec.shape:
            n *= max(dim, 0)
            if n > self.max_elements:
                break
        if n <= self.max_elements and spec.tensors:
            n = _ops.output_elements(spec, stateful=stateful)  # [*shape, *params.shape], broadcast parameters
        if n > self.max_elements:
            raise ResourceExhausted(
                f"{spec.function}: shape {list(spec.shape)} asks for more than the limit of "
                f"{self.max_elements} elements per request ({self.max_elements_source})"
            )
        try:
            _ops.check_sizes(spec, self.max_elements)
        except ResourceExhausted as exc:  # the engine's messages name the server's flag
            if self.max_elements_source == MAX_ELEMENTS_FLAG:
                raise
            raise ResourceExhausted(str(exc).replace(MAX_ELEMENTS_FLAG, self.max_elements_source)) from None

    def _kernel_seeds(
        self, session: str, source: KernelSource, spec: _ops.DrawSpec, request_id: str, cached: bool, fingerprint: str = ""
    ) -> tuple[str, int, int, object, int | None]:
        """Kernel id, (seed, seed2), the global seed and the epoch the reservation must still see.

        Consumes an eager op seed as TF's Python wrapper does (remembered under
        ``request_id``); the reservation must then see the same session epoch, so a restore
        between the two makes the draw start again, wholly after it. An explicit op seed
        needs only the session's global seed: a cached copy is used when ``cached``,
        and the store rejects the reservation (``StaleSeed``) if it has changed, so
        a seeded draw costs one store round trip. Scope seeds never change.
        """
        name = _ops.kernel_name(spec)
        if source.scope:
            key = (session, source.scope)
            if key not in self._scope_seeds:
                self._remember(self._scope_seeds, key, self.store.scope_seed(session, source.scope))
            global_seed = self._scope_seeds[key]
            op_seed = source.seed
            if op_seed is None and global_seed is not None:
                op_seed = source.unseeded_index  # TF graph mode: 0, 1, 2, ... per graph
            _check_determinism(source, global_seed, op_seed)
            seed, seed2 = _seeds.resolve_seeds(global_seed, op_seed)
            return f"scope/{source.scope}/{source.position}/{name}", seed, seed2, ANY_SEED, None
        op_seed = source.seed
        epoch = None
        if cached and session in self._global_seeds and (op_seed is not None or self._global_seeds[session] is None):
            # An explicit op seed needs only the global seed; an unseeded op under no global
            # seed consumes nothing (TF's get_seed gives (None, None)). The reservation checks
            # that the global seed is still the cached one.
            global_seed = expect = self._global_seeds[session]
        else:
            if op_seed is None:
                global_seed, index, epoch = self.store.draw_op_seed(
                    session, request_id=request_id, expect_store=self._expected_store(), fingerprint=fingerprint
                )
            else:
                global_seed, index = self.store.next_op_seed(session, consume=False)
            self._remember(self._global_seeds, session, global_seed)
            # An unseeded op has consumed its op seed (remembered under request_id): it
            # reserves on whatever kernel that seed names, as before a concurrent set_seed.
            expect = ANY_SEED if op_seed is None else global_seed
            if op_seed is None and global_seed is not None:
                if index >= _seeds.MAX_OP_SEED_INDEX:
                    raise ResourceExhausted(
                        f"{spec.function}: the session's global seed has given all its {_seeds.MAX_OP_SEED_INDEX} "
                        "eager op seeds (each unseeded op takes one); set the seed again, or give the op a seed"
                    )
                op_seed = _seeds.eager_op_seed(global_seed, index)
        _check_determinism(source, global_seed, source.seed)
        seed, seed2 = _seeds.resolve_seeds(global_seed, op_seed)
        return f"eager/{name}/{seed}/{seed2}", seed, seed2, expect, epoch

    @staticmethod
    def _remember(cache: dict[Any, Any], key: Any, value: Any) -> None:
        if len(cache) >= _SEED_CACHE:
            cache.pop(next(iter(cache)), None)
        cache[key] = value

    def draw_kernel(
        self,
        session: str,
        spec: _ops.DrawSpec,
        source: KernelSource,
        request_id: str = "",
        *,
        defer: bool = False,
        fingerprint: str = "",
        reserve: bool = False,
    ) -> Draw:
        """A stateful ``tf.random.*`` op: its kernel's counter advances.

        With ``defer``, the values are generated by the caller through ``Draw.pieces``; with
        ``reserve``, not at all (``Reserve``: the client generates them; ``Draw.spec`` is the
        spec to generate, at the session's thread count). A multi-output op (candidate sampler)
        cannot be reserved: the caller refuses it first."""
        _ops.validate(spec, stateful=True)
        self._check_size(spec, stateful=True)
        op_request_id = request_id  # the op seed's request id (another once a restore voided the first)
        report = Reserved()
        with self._watermarks.ticket() as ticket:  # taken before the reservation is asked for
            for attempt in range(_KERNEL_ATTEMPTS):
                try:
                    kernel_id, seed, seed2, expect, epoch = self._kernel_seeds(
                        session, source, spec, op_request_id, cached=attempt == 0, fingerprint=fingerprint
                    )
                    _ops.check_kernel_args(spec)  # after the op seed was drawn, before the counter moves
                    # TF GuardedPhiloxRandom::Init: (0, 0) means fresh random seeds for this kernel.
                    init_seeds = _seeds.nondeterministic_seeds() if (seed, seed2) == (0, 0) else (seed, seed2)
                    init = _seeds.kernel_key_counter(*init_seeds)
                    count = _ops.kernel_reservation(spec)
                    store_id = self._expected_store()
                    key, counter = self.store.reserve_kernel(
                        session, kernel_id, init, count, request_id, expect_seed=expect, expect_epoch=epoch,
                        expect_store=store_id, report=report, fingerprint=fingerprint, max_kernels=self.max_kernels_per_session,
                    )  # fmt: skip
                    break
                except TooManyKernels:
                    raise ResourceExhausted(
                        f"{spec.function}: session {session.rpartition('/')[2]!r} holds its limit of {self.max_kernels_per_session} "
                        "op kernels (--max-kernels-per-session; each new op seed makes one); tf.random.set_seed resets them"
                    ) from None
                except StoreChanged:
                    # The store was emptied, restored or marked restored since this process last read its
                    # identity: read it again. The draw's provenance names the new one, which a client that
                    # saw the old one refuses (DataLossError).
                    self.check_store()
                    continue
                except StaleSeed:
                    # Another process changed the global seed, or restored the session after this
                    # draw took its op seed: look it up again (a new op seed, in the restored state).
                    if epoch is not None and request_id:
                        op_request_id = f"{request_id}#restored-{attempt}"
                    continue
            else:  # the seed (or the store) changed again between a fresh look-up and the reservation
                raise Aborted(f"{spec.function}: the session's global seed or the state store changed during the call; retry")
            stream = self._check_reservation(ticket, store_id, session, kernel_id, report, counter, count)
        spec = self._at_session_threads(session, spec)
        op = _ops.op(spec)
        if op.kernel_outputs and not reserve:
            return dataclasses.replace(self._sample(session, kernel_id, op, spec, init, key, counter), store_id=store_id, stream=stream)
        return _result(spec, key, counter, stateful=True, defer=defer, store_id=store_id, stream=stream, reserve=reserve)

    def _sample(
        self, session: str, kernel_id: str, op: _ops.Op, spec: _ops.DrawSpec, init: tuple[int, int], key: int, counter: int
    ) -> Draw:
        """A stateful kernel with several outputs (a candidate sampler), and with the kernel's
        own memory if it has one (learned_unigram's weights)."""
        fresh = op.kernel_memory(spec)
        max_tries = _UNIQUE_TRIES_PER_ELEMENT * self.max_elements
        if fresh is None:
            outputs = op.sample(spec, key, counter, None, max_tries)
        else:
            # A reservation at the kernel's initial counter is a fresh TF kernel (first call,
            # or after set_seed cleared the kernel cache): its memory starts anew.
            with self._learned_lock:
                slot = (session, kernel_id)
                weights = self._learned.pop(slot, None)
                if weights is not None:
                    self._learned_bytes -= weights.nbytes
                if counter == init[1] or weights is None:
                    weights = fresh()
                while self._learned and self._learned_bytes + weights.nbytes > _LEARNED_CACHE_BYTES:
                    self._learned_bytes -= self._learned.pop(next(iter(self._learned))).nbytes
                self._learned[slot] = weights  # the most recently used
                self._learned_bytes += weights.nbytes
                outputs = op.sample(spec, key, counter, weights, max_tries)
        return Draw(outputs[0], ALG_PHILOX, key, counter, outputs)

    def draw_stateless(
        self, spec: _ops.DrawSpec, seed: np.ndarray, alg: int, *, defer: bool = False, session: str = "", reserve: bool = False
    ) -> Draw:
        """A ``tf.random.stateless_*`` op: a pure function of the seed (``defer``, ``reserve``: see
        draw_kernel), and of the ``session``'s TF thread count where TF's values depend on it."""
        _ops.validate(spec, stateful=False)
        self._check_size(spec)
        _check_alg(alg)
        _ops.check_kernel_args(spec)
        if spec.graph and _ops.graph_folds(spec):  # every input is a constant: folded with eager's arithmetic
            spec = dataclasses.replace(spec, graph=False)
        seeded = _ops.op(spec).with_seed(spec, seed)
        if seeded is not None:  # a pure function of the seed itself (index_shuffle)
            return Draw(None if reserve else _ops.generate(seeded, 0, 0, stateful=False), 0, 0, 0, spec=seeded)
        key, counter = _seeds.stateless_key_counter(seed, spec.function, alg)
        spec = self._at_session_threads(session, spec)
        return _result(spec, key, counter, stateful=False, defer=defer, reserve=reserve)

    def replay(self, spec: _ops.DrawSpec, alg: int, key: int, counter: int, *, stateful: bool, defer: bool = False) -> Draw:
        """Regenerate a draw from its provenance; touches no state (``defer``: see draw_kernel)."""
        _ops.validate(spec, stateful=stateful)
        self._check_size(spec, stateful=stateful)
        _check_alg(alg or ALG_PHILOX)
        _ops.check_kernel_args(spec)
        if not (0 <= key < 2**64 and 0 <= counter < 2**128):
            raise InvalidArgument(f"Replay: key {key} / counter {counter} out of range")
        _check_threads("Replay", "provenance.intra_op_threads", spec.intra_op_threads)
        return _result(spec, key, counter, stateful=stateful, defer=defer)

    @staticmethod
    def depends_on_threads(spec: _ops.DrawSpec) -> bool:
        """Whether a stateless draw of ``spec`` reads its session's TF thread count (False if
        ``spec`` is invalid: its draw raises the error)."""
        try:
            _ops.validate(spec, stateful=False)
            return _ops.depends_on_threads(spec)
        except Exception:  # noqa: BLE001 - the draw itself says what is wrong
            return False

    @staticmethod
    def generate(spec: _ops.DrawSpec, key: int, counter: int, *, stateful: bool) -> np.ndarray:
        """The values of a draw another server reserved (client-side generation): ``spec`` built
        from the same request, at the reservation's key, counter and thread count. The server
        checked the request and its size (its own ``--max-elements``) before reserving; the
        checks run again here, as a draw's, except the size."""
        _ops.validate(spec, stateful=stateful)
        _ops.check_kernel_args(spec)
        return _ops.generate(spec, key, counter, stateful=stateful)

    # -- generators --------------------------------------------------------------------
    def create_generator(
        self, session: str, record: GeneratorRecord | None, alg: int, name: str = "", request_id: str = "", *, fingerprint: str = ""
    ) -> tuple[str, GeneratorRecord]:
        """Create a generator from a state, or from OS entropy when ``record`` is None."""
        _check_alg_id(alg)
        self._check_generator_limit("CreateGenerator", session)
        if record is None:
            record = GeneratorRecord(secrets.randbits(64), secrets.randbits(128), alg)
        return self.store.create_generator(session, record, name, request_id, fingerprint=fingerprint)

    def get_generator(self, session: str, generator: str) -> GeneratorRecord:
        """A generator's state."""
        return self.store.get_generator(session, generator)

    def reset_generator(
        self, session: str, generator: str, record: GeneratorRecord, request_id: str = "", *, fingerprint: str = ""
    ) -> GeneratorRecord:
        """``Generator.reset``: overwrite the state."""
        _check_alg_id(record.alg)
        self.store.set_generator(session, generator, record, request_id, fingerprint=fingerprint)
        return record

    def skip_generator(self, session: str, generator: str, delta: int, request_id: str = "", *, fingerprint: str = "") -> GeneratorRecord:
        """``Generator.skip(delta)``: advance by ``delta * 256``; returns the state before."""
        if not 0 <= delta < 2**64:
            raise InvalidArgument(f"Generator.skip: argument `delta`={delta} must be in [0, 2**64)")
        _check_generator_alg(self.store.get_generator(session, generator).alg)
        # TF RngReadAndSkip: PhiloxRandom::Skip takes a uint64, so delta * 256 wraps at 2**64.
        count = (delta * _ops.RESERVED_SAMPLES_PER_OUTPUT) & _U64
        return self._reserve_generator(session, generator, count, request_id, fingerprint)[0]

    def _reserve_generator(
        self, session: str, generator: str, count: int, request_id: str, fingerprint: str = ""
    ) -> tuple[GeneratorRecord, str, str]:
        """``store.reserve_generator``, checked against the store identity and the high-water marks:
        the state before, the store's identity and the draw's stream name."""
        report = Reserved()
        with self._watermarks.ticket() as ticket:  # taken before the reservation is asked for
            for _ in range(_GENERATOR_ATTEMPTS):
                store_id = self._expected_store()
                try:
                    record = self.store.reserve_generator(
                        session, generator, count, request_id, expect_store=store_id, report=report, fingerprint=fingerprint
                    )
                    break
                except StoreChanged:  # see draw_kernel
                    self.check_store()
            else:
                raise Aborted(f"generator {generator!r}: the state store changed during the call; retry")
            stream = self._check_reservation(ticket, store_id, session, f"generator/{generator}", report, record.counter, count)
        return record, store_id, stream

    def draw_generator(
        self,
        session: str,
        generator: str,
        spec: _ops.DrawSpec,
        request_id: str = "",
        *,
        defer: bool = False,
        fingerprint: str = "",
        reserve: bool = False,
    ) -> Draw:
        """A ``Generator`` method: reads and skips the state, then runs the stateless kernel
        (``defer``, ``reserve``: see draw_kernel)."""
        op = _ops.op(spec)
        if not op.generator_method:  # TF's Generator has no gamma, no poisson
            raise InvalidArgument(f"{spec.function}: tf.random.Generator has no {op.name} method")
        _ops.validate(spec, stateful=False, dims=False)
        self._check_size(spec)
        alg = self.store.get_generator(session, generator).alg
        if op.generator_philox_only and alg != ALG_PHILOX:  # TF StatefulRandomBinomial's own check
            raise InvalidArgument(f"Unsupported algorithm id: {alg}")
        _check_generator_alg(alg)
        record, store_id, stream = self._reserve_generator(session, generator, _ops.generator_reservation(spec), request_id, fingerprint)
        _ops.check_kernel_args(spec)  # TF: the kernel fails after the state was skipped
        return _result(spec, record.key, record.counter, stateful=False, defer=defer, store_id=store_id, stream=stream, reserve=reserve)


def _check_threads(method: str, field: str, threads: int) -> None:
    """A TF intra-op thread count in ``[1, MAX_INTRA_OP_THREADS]``."""
    if not 1 <= threads <= MAX_INTRA_OP_THREADS:
        raise InvalidArgument(f"{method}: field `{field}`={threads} must be in [1, {MAX_INTRA_OP_THREADS}]")


def _check_determinism(source: KernelSource, global_seed: int | None, op_seed: int | None) -> None:
    """TF ``random_seed.get_seed``: with op determinism, (None, None) seeds are an error."""
    if source.deterministic and global_seed is None and op_seed is None:
        raise FailedPrecondition(DETERMINISM_ERROR)


def _check_alg_id(alg: int) -> None:
    if alg not in (ALG_PHILOX, ALG_THREEFRY, ALG_AUTO_SELECT):
        raise InvalidArgument(f"Argument `alg` got unsupported value {alg}. Supported values are 1 (philox), 2 (threefry), 3 (auto_select).")


def _check_generator_alg(alg: int) -> None:
    _check_alg_id(alg)
    if alg == ALG_THREEFRY:
        raise Unimplemented(_THREEFRY_GENERATOR_ERROR)


def _check_alg(alg: int) -> None:
    _check_alg_id(alg)
    if alg == ALG_THREEFRY:
        raise InvalidArgument(_THREEFRY_ERROR)
    if alg not in (ALG_PHILOX, ALG_AUTO_SELECT):  # pragma: no cover
        raise Unimplemented(f"algorithm {alg} is not implemented")
