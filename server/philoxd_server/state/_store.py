"""The store interface: every operation is atomic and hands out coordinates, never numbers."""

from __future__ import annotations

import dataclasses
import secrets
from collections.abc import Iterable
from typing import Final, NamedTuple, Protocol

__all__ = [
    "ANY_SEED",
    "DEFAULT_INTRA_OP_THREADS",
    "DEFAULT_REQUEST_TTL",
    "DEFAULT_SESSION_TTL",
    "MAX_INTRA_OP_THREADS",
    "GeneratorRecord",
    "GeneratorState",
    "KernelState",
    "ScopeState",
    "SessionState",
    "SessionSummary",
    "StaleSeed",
    "Store",
    "add_counter",
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


DEFAULT_REQUEST_TTL = 3600.0  # seconds a request_id's result is remembered for retries
DEFAULT_SESSION_TTL = 24 * 3600.0  # idle sessions expire (--session-ttl)


class Store(Protocol):
    """Session, kernel, scope and generator state. Implementations: memory, sqlite, redis.

    Every method is atomic with respect to every other call on the same store,
    from any thread, process or replica sharing it. Methods that change state
    take a ``request_id``: the first call with a given (session, request_id,
    method) does the work and remembers its result for the retention window; a
    repeat returns that result and changes nothing (exactly-once retries).
    Unknown or expired sessions, generators and scopes raise ``NotFound``.
    """

    def open_session(self, name: str | None) -> tuple[str, bool]:
        """Create or attach a session; ``None`` makes a private one. Returns (name, created)."""
        ...

    def session_count(self) -> int:
        """Number of live (unexpired) sessions."""
        ...

    def set_seed(self, session: str, seed: int | None, request_id: str = "") -> None:
        """``tf.random.set_seed``: new global seed, op-seed sequence restarts, every kernel resets."""
        ...

    def set_intra_op_threads(self, session: str, threads: int, request_id: str = "") -> None:
        """``tf.config.threading.set_intra_op_parallelism_threads`` for the session (``threads >= 1``):
        the TF thread count its later draws reproduce."""
        ...

    def intra_op_threads(self, session: str) -> int:
        """The session's TF intra-op thread count (:data:`DEFAULT_INTRA_OP_THREADS` until set)."""
        ...

    def next_op_seed(self, session: str, consume: bool = True, request_id: str = "") -> tuple[int | None, int]:
        """Return (global seed, index of the next eager op seed); advance the index if ``consume``.

        With no global seed the index is never advanced (TF draws no op seed then).
        """
        ...

    def draw_op_seed(self, session: str, request_id: str = "") -> tuple[int | None, int, int]:
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
    ) -> tuple[int, int]:
        """Reserve ``count`` counter units on a kernel; create it at ``init`` (key, counter) if new.

        Returns the (key, counter) where the reservation starts. The counter
        advances with :func:`add_counter` (TF's ``Skip``). If ``expect_seed`` is
        given (an int or None) and the session's global seed is not that value,
        nothing happens and :class:`StaleSeed` is raised: the caller derived the
        kernel from a global seed it had cached, and must look it up again.
        Likewise if ``expect_epoch`` is given and the session's epoch is another,
        unless this request_id's reservation is remembered (then that is returned).
        """
        ...

    def register_scope(self, session: str, request_id: str = "", name: str = "") -> str:
        """Register a function scope, capturing the session's current global seed.

        A ``name`` that exists in the session returns that scope (with the seed it captured).
        """
        ...

    def scope_seed(self, session: str, scope: str) -> int | None:
        """The global seed a scope captured."""
        ...

    def create_generator(
        self, session: str, record: GeneratorRecord, name: str = "", request_id: str = ""
    ) -> tuple[str, GeneratorRecord]:
        """Create a generator (or, for a ``name`` that exists, attach to it and return its state)."""
        ...

    def get_generator(self, session: str, generator: str) -> GeneratorRecord:
        """Read a generator's state."""
        ...

    def set_generator(self, session: str, generator: str, record: GeneratorRecord, request_id: str = "") -> None:
        """Overwrite a generator's state (``Generator.reset``)."""
        ...

    def reserve_generator(self, session: str, generator: str, count: int, request_id: str = "") -> GeneratorRecord:
        """Return the state, then advance its counter by ``count`` (TF ``RngReadAndSkip``)."""
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
        self, session: str, state: SessionState, request_id: str = "", *, create: bool = True, replace: bool = True
    ) -> bool:
        """Atomically make ``state`` the session's state; return whether the session was created.

        Kernels and generators are replaced; scopes are added (scopes only capture a seed; a
        scope registered after the snapshot stays, its kernels restart); the session gets a
        new epoch. Raises ``NotFound`` for a missing session unless ``create``, and
        ``AlreadyExists`` for a live one unless ``replace``.
        """
        ...

    def delete_session(self, session: str) -> bool:
        """Forget a session and everything in it; False if it did not exist."""
        ...

    def ping(self) -> str:
        """Check that the store answers (health probes); return its identity.

        The identity is random, made with the store's state and lost with it (a new or
        emptied store has a new one). Raises ``Unavailable`` if the store does not answer.
        """
        ...

    def close(self) -> None:
        """Release connections."""
        ...
