"""The store interface: every operation is atomic and hands out coordinates, never numbers."""

from __future__ import annotations

import dataclasses
from typing import Final, Protocol

__all__ = ["ANY_SEED", "DEFAULT_REQUEST_TTL", "StaleSeed", "DEFAULT_SESSION_TTL", "GeneratorRecord", "Store", "add_counter"]



_U32 = 0xFFFFFFFF


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

    def next_op_seed(self, session: str, consume: bool = True, request_id: str = "") -> tuple[int | None, int]:
        """Return (global seed, index of the next eager op seed); advance the index if ``consume``.

        With no global seed the index is never advanced (TF draws no op seed then).
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
    ) -> tuple[int, int]:
        """Reserve ``count`` counter units on a kernel; create it at ``init`` (key, counter) if new.

        Returns the (key, counter) where the reservation starts. The counter
        advances with :func:`add_counter` (TF's ``Skip``). If ``expect_seed`` is
        given (an int or None) and the session's global seed is not that value,
        nothing happens and :class:`StaleSeed` is raised: the caller derived the
        kernel from a global seed it had cached, and must look it up again.
        """
        ...

    def register_scope(self, session: str, request_id: str = "") -> str:
        """Register a function scope, capturing the session's current global seed."""
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

    def ping(self) -> str:
        """Check that the store answers (health probes); return its identity.

        The identity is random, made with the store's state and lost with it (a new or
        emptied store has a new one). Raises ``Unavailable`` if the store does not answer.
        """
        ...

    def close(self) -> None:
        """Release connections."""
        ...
