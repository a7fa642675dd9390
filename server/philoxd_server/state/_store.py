"""The store interface: every operation is atomic and hands out coordinates, never numbers."""

from __future__ import annotations

import dataclasses
import secrets
from collections.abc import Iterable
from typing import Final, NamedTuple, Protocol

__all__ = [
    "ANY_SEED",
    "CLOCK_TICK_S",
    "DEFAULT_INTRA_OP_THREADS",
    "DEFAULT_REQUEST_TTL",
    "DEFAULT_SESSION_TTL",
    "MAX_CLOCK_STEP_S",
    "MAX_INTRA_OP_THREADS",
    "MAX_TOMBSTONES",
    "PRIVATE_PREFIX",
    "GeneratorRecord",
    "GeneratorState",
    "KernelState",
    "Reserved",
    "ScopeState",
    "SessionState",
    "SessionSummary",
    "StaleSeed",
    "Store",
    "StoreChanged",
    "TooManyKernels",
    "TooManyScopes",
    "add_counter",
    "advance_clock",
    "is_private",
    "new_epoch",
]



_U32 = 0xFFFFFFFF
# A session's TF intra-op thread count until set_intra_op_threads: 1, the values of TF with one
# intra-op thread (what every draw gave before the setting existed; old snapshots read as it).
DEFAULT_INTRA_OP_THREADS = 1
# The largest thread count a session takes: far above any CPU TF runs on (TF takes any int).
MAX_INTRA_OP_THREADS = 1 << 16


def add_counter(counter: int, count: int) -> int:
    """Advance a 128-bit Philox counter by a 64-bit ``count`` exactly as TF's ``PhiloxRandom::Skip``.

    TF philox_random.h adds the count's low and high 32-bit words with carries,
    and drops the carry out of the low word when the high word is 0xffffffff
    (``++count_hi`` wraps to 0): ``Skip(2**64 - k)`` does not carry into word 2.
    Reproduced here because ``Generator.skip(-k)`` reaches it.
    """
    if not 0 <= count < 1 << 64:
        raise ValueError(f"count {count} must be in [0, 2**64)")
    c0, c1 = counter & _U32, (counter >> 32) & _U32
    upper = counter >> 64
    count_lo, count_hi = count & _U32, count >> 32
    c0 = (c0 + count_lo) & _U32
    if c0 < count_lo:
        count_hi = (count_hi + 1) & _U32
    c1 = (c1 + count_hi) & _U32
    if c1 < count_hi:
        upper = (upper + 1) % (1 << 64)
    return (upper << 64) | (c1 << 32) | c0


@dataclasses.dataclass(frozen=True)
class GeneratorRecord:
    """A Generator's state: Philox key (64-bit), counter (128-bit) and algorithm id."""

    key: int
    counter: int
    alg: int


class KernelState(NamedTuple):
    """A stateful op kernel of a session: its id, Philox key (64-bit) and next counter (128-bit)."""

    kernel: str
    key: int
    counter: int


class ScopeState(NamedTuple):
    """A function scope: its id, its name ("" = anonymous) and the global seed it captured."""

    scope: str
    name: str
    global_seed: int | None


class GeneratorState(NamedTuple):
    """A generator of a session: its id, its name ("" = anonymous) and its state."""

    generator: str
    name: str
    record: GeneratorRecord


@dataclasses.dataclass(frozen=True)
class SessionState:
    """Everything a session's streams depend on: what a snapshot holds.

    Kernels, scopes and generators are sorted by id (two states of equal content compare equal).
    ``intra_op_threads`` is the TF intra-op thread count the session's draws reproduce.
    """

    global_seed: int | None = None
    op_seed_index: int = 0
    kernels: tuple[KernelState, ...] = ()
    scopes: tuple[ScopeState, ...] = ()
    generators: tuple[GeneratorState, ...] = ()
    intra_op_threads: int = DEFAULT_INTRA_OP_THREADS

    @classmethod
    def of(
        cls,
        global_seed: int | None,
        op_seed_index: int,
        kernels: Iterable[KernelState] = (),
        scopes: Iterable[ScopeState] = (),
        generators: Iterable[GeneratorState] = (),
        intra_op_threads: int = DEFAULT_INTRA_OP_THREADS,
    ) -> SessionState:
        """A state with its parts sorted."""
        return cls(
            global_seed, op_seed_index, tuple(sorted(kernels)), tuple(sorted(scopes)), tuple(sorted(generators)), intra_op_threads
        )


@dataclasses.dataclass(frozen=True)
class SessionSummary:
    """A session as ``list_sessions`` lists it (``last_used``: Unix time, seconds)."""

    name: str
    global_seed: int | None
    op_seed_index: int
    kernels: int
    scopes: int
    generators: int
    last_used: float


def new_epoch() -> int:
    """A fresh session epoch for ``import_session`` (random, nonzero, exact in Lua's doubles)."""
    return secrets.randbits(_EPOCH_BITS) + 1


_EPOCH_BITS = 48

ANY_SEED: Final = object()  # reserve_kernel(expect_seed=...) default: no check


class StaleSeed(Exception):
    """``reserve_kernel``'s ``expect_seed`` is not the session's global seed (any more)."""


class TooManyKernels(Exception):
    """``reserve_kernel`` would create a kernel in a session that holds ``max_kernels`` already.
    Nothing was reserved."""


class TooManyScopes(Exception):
    """``register_scope`` would add a scope to a session that holds ``max_scopes`` already."""


class StoreChanged(Exception):
    """A reservation's ``expect_store`` is not the store's identity: it was emptied, restored or
    marked restored since the caller last read it. Nothing was reserved; ``args[0]`` is the
    identity now ("" if the store has none yet)."""


@dataclasses.dataclass
class Reserved:
    """What a reservation reports besides its coordinates, filled in by the store when passed
    as ``report``: read atomically with the reservation.

    Attributes:
      epoch: The session's epoch the reservation was made in (remembered with it). Every legitimate rewind of a
        counter (``set_seed``, ``set_generator``, ``import_session``, a ``reserve_generator``
        that moves the counter back) gives the session a new epoch, so within one epoch a
        kernel's or generator's counter only moves forward.
      fresh: True if the reservation was made by this call; False if it is a remembered
        request's reservation answered again (a retry), which may lie below later ones.
    """

    epoch: int = 0
    fresh: bool = False


# Seconds a request_id's result is remembered for retries: 40 times the client's 15 s retry
# window (philoxd's DEFAULT_RETRY_TIMEOUT_S). The records are the store's only state that grows
# with the call rate (about 250 bytes each in Redis), so this bounds them: rate x TTL.
DEFAULT_REQUEST_TTL = 600.0
DEFAULT_SESSION_TTL = 24 * 3600.0  # idle sessions expire (--session-ttl)

# The store clock of shared stores (SQLite, Redis): idle times are measured on it, not on the
# wall clock, whose steps (NTP, a VM resumed, an operator's `date -s`) would otherwise expire a
# session used a moment ago. It advances with the wall clock, but by at most MAX_CLOCK_STEP_S
# per observation, never backwards; every process with the store open observes it at least
# every CLOCK_TICK_S (well under the step, so real time is never lost on a busy host). A step
# forward thus ages sessions by at most MAX_CLOCK_STEP_S; time when no process has the store
# open does not count.
MAX_CLOCK_STEP_S = 60.0
CLOCK_TICK_S = 10.0
# Expired named sessions remembered (tombstones) at most; the oldest are forgotten first.
MAX_TOMBSTONES = 100_000
PRIVATE_PREFIX = "private-"  # server-made names of private sessions (OpenSession with no name)


def advance_clock(store_now: float, wall_before: float, wall: float) -> float:
    """The store clock after ``wall`` is observed: it moved by the wall clock's step since
    ``wall_before``, clamped to [0, :data:`MAX_CLOCK_STEP_S`]."""
    return store_now + min(max(wall - wall_before, 0.0), MAX_CLOCK_STEP_S)


def is_private(session: str) -> bool:
    """Whether a store's session name is a private session's (``[principal/]private-...``):
    nobody can reattach one by a name of their choosing, so it expires without a tombstone."""
    return session.rpartition("/")[2].startswith(PRIVATE_PREFIX)


class Store(Protocol):
    """Session, kernel, scope and generator state. Implementations: memory, sqlite, redis.

    Every method is atomic with respect to every other call on the same store,
    from any thread, process or replica sharing it. Methods that change state
    take a ``request_id``: the first call with a given (session, request_id,
    method) does the work and remembers its result for the retention window; a
    repeat returns that result and changes nothing (exactly-once retries).

    They also take the request's ``fingerprint`` (the caller's digest of the whole
    request it serves), stored with the result in the same atomic step. A request id
    names one request per session, whatever the method: a call whose id is remembered
    (by any method) with another fingerprint raises :class:`RequestIdReused` and changes
    nothing. An empty fingerprint matches any.
    Unknown or expired sessions, generators and scopes raise ``NotFound``.

    Reservations (``draw_op_seed``, ``reserve_kernel``, ``reserve_generator``) take
    ``expect_store``: if given ("" = no check) and the store's identity (see :meth:`ping`)
    is another, nothing happens and :class:`StoreChanged` is raised, checked atomically
    with the reservation. A session's epoch is random, set when the session is created
    and changed by every legitimate rewind (see :class:`Reserved`).
    """

    def open_session(self, name: str | None, reset_expired: bool = False) -> tuple[str, bool]:
        """Create or attach a session; ``None`` makes a private one. Returns (name, created).

        A named (not private) session that expired leaves a tombstone (at most
        :data:`MAX_TOMBSTONES` are kept, oldest forgotten first): opening that name raises
        ``SessionExpiredNotReopened`` unless ``reset_expired``, which forgets the tombstone
        and creates the session afresh. ``import_session`` and ``delete_session`` of the name
        forget it too. Calls on an expired named session raise ``SessionExpired`` (a ``NotFound``).
        """
        ...

    def session_count(self) -> int:
        """Number of live (unexpired) sessions."""
        ...

    def set_seed(self, session: str, seed: int | None, request_id: str = "", *, fingerprint: str = "") -> None:
        """``tf.random.set_seed``: new global seed, op-seed sequence restarts, every kernel resets."""
        ...

    def set_intra_op_threads(self, session: str, threads: int, request_id: str = "", *, fingerprint: str = "") -> None:
        """``tf.config.threading.set_intra_op_parallelism_threads`` for the session (``threads >= 1``):
        the TF thread count its later draws reproduce."""
        ...

    def intra_op_threads(self, session: str) -> int:
        """The session's TF intra-op thread count (:data:`DEFAULT_INTRA_OP_THREADS` until set)."""
        ...

    def next_op_seed(
        self, session: str, consume: bool = True, request_id: str = "", *, fingerprint: str = ""
    ) -> tuple[int | None, int]:
        """Return (global seed, index of the next eager op seed); advance the index if ``consume``.

        With no global seed the index is never advanced (TF draws no op seed then).
        """
        ...

    def draw_op_seed(self, session: str, request_id: str = "", expect_store: str = "", *, fingerprint: str = "") -> tuple[int | None, int, int]:
        """``next_op_seed(session, consume=True)``, and the session's epoch: (seed, index, epoch).

        The epoch changes when ``import_session`` replaces the session's state; a reservation
        made with ``expect_epoch`` fails (:class:`StaleSeed`) once it has, so an unseeded draw
        (op seed, then kernel) lands wholly before or wholly after a restore.
        """
        ...

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
        """Reserve ``count`` counter units on a kernel; create it at ``init`` (key, counter) if new.

        Returns the (key, counter) where the reservation starts. The counter
        advances with :func:`add_counter` (TF's ``Skip``). If ``expect_seed`` is
        given (an int or None) and the session's global seed is not that value,
        nothing happens and :class:`StaleSeed` is raised: the caller derived the
        kernel from a global seed it had cached, and must look it up again.
        Likewise if ``expect_epoch`` is given and the session's epoch is another,
        unless this request_id's reservation is remembered (then that is returned).
        ``report``, if given, is filled in (see :class:`Reserved`). Creating a kernel in a
        session that holds ``max_kernels`` (None: no limit) raises :class:`TooManyKernels`
        and reserves nothing; a remembered request is answered again whatever the count.
        """
        ...

    def register_scope(
        self, session: str, request_id: str = "", name: str = "", *, fingerprint: str = "", max_scopes: int | None = None
    ) -> str:
        """Register a function scope, capturing the session's current global seed.

        A ``name`` that exists in the session returns that scope (with the seed it captured).
        """
        ...

    def scope_seed(self, session: str, scope: str) -> int | None:
        """The global seed a scope captured."""
        ...

    def create_generator(
        self, session: str, record: GeneratorRecord, name: str = "", request_id: str = "", *, fingerprint: str = ""
    ) -> tuple[str, GeneratorRecord]:
        """Create a generator (or, for a ``name`` that exists, attach to it and return its state)."""
        ...

    def get_generator(self, session: str, generator: str) -> GeneratorRecord:
        """Read a generator's state."""
        ...

    def set_generator(
        self, session: str, generator: str, record: GeneratorRecord, request_id: str = "", *, fingerprint: str = ""
    ) -> None:
        """Overwrite a generator's state (``Generator.reset``)."""
        ...

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
        """Return the state, then advance its counter by ``count`` (TF ``RngReadAndSkip``).

        ``report``, if given, is filled in (see :class:`Reserved`)."""
        ...

    def list_sessions(self, prefix: str = "", limit: int | None = None) -> tuple[list[SessionSummary], bool]:
        """Live sessions whose name starts with ``prefix``, by name; at most ``limit``.

        Returns (sessions, truncated): ``truncated`` if more matched. Touches none of them.
        """
        ...

    def export_session(self, session: str) -> tuple[SessionState, float]:
        """The session's whole state, read atomically, and its last use (Unix time, seconds).

        Does not count as a use of the session.
        """
        ...

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
        """Atomically make ``state`` the session's state; return whether the session was created.

        Kernels and generators are replaced; scopes are added (scopes only capture a seed; a
        scope registered after the snapshot stays, its kernels restart); the session gets a
        new epoch. Raises ``NotFound`` for a missing session unless ``create``, and
        ``AlreadyExists`` for a live one unless ``replace``.
        """
        ...

    def delete_session(self, session: str) -> bool:
        """Forget a session and everything in it, or its tombstone; False if neither existed."""
        ...

    def ping(self) -> str:
        """Check that the store answers (health probes); return its identity.

        The identity is random, made with the store's state and lost with it (a new or
        emptied store has a new one). Raises ``Unavailable`` if the store does not answer.
        """
        ...

    def check_writable(self) -> None:
        """Check that the store can commit a reservation now (health probes).

        Answers from a write that succeeded a moment ago, or else writes a probe. Raises
        ``ResourceExhausted`` when the store is full (disk full, Redis ``maxmemory``) and
        ``Unavailable`` when it cannot write for another reason (read-only, database file
        removed or replaced, unreachable); the message names the cause. A store that failed
        tries to recover here (e.g. SQLite shrinks its write-ahead log once space is free).
        """
        ...

    def mark_restored(self) -> str:
        """Give the store a new identity and return it: for a store put back from a backup
        (or a snapshot of Redis), whose identity came back with its old state.

        Every reservation then fails for a caller that expects the old identity
        (:class:`StoreChanged`), and every client that saw the old one refuses the new one.
        """
        ...

    def close(self) -> None:
        """Release connections."""
        ...
