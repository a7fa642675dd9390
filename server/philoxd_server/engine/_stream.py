"""Sequential views of a Philox stream, as TF's ``SingleSampleAdapter``/``SimplePhilox`` and
``dist(&gen)`` calls read it, plus exact glibc libm scalars.

Used by the rejection samplers (parameterized truncated normal, candidate samplers)
whose consumption of blocks depends on the values drawn, so they cannot be laid
out as fixed-rate kernels.

Sources: ``xla/tsl/lib/random/simple_philox.h`` (``Rand32``, ``Rand64``,
``RandFloat``, ``RandDouble``, ``Uniform``, ``Uniform64``),
``tensorflow/core/lib/random/exact_uniform_int.h`` (``ExactUniformInt``).
"""

from __future__ import annotations

import ctypes
import ctypes.util

import numpy as np

from ._philox import philox

__all__ = ["BlockStream", "WordStream", "libm_f32", "libm_f64"]

_U128 = (1 << 128) - 1
_U32_MAX = 0xFFFFFFFF
_U64_MAX = (1 << 64) - 1
_FETCH_BLOCKS = 256  # blocks generated per Philox call
_F32_MANT_MASK = 0x7FFFFF  # Uint32ToFloat (random_distributions_utils.h)
_F64_HI_MASK = 0xFFFFF  # Uint64ToDouble: upper 20 mantissa bits from x0

_LIBM = ctypes.CDLL(ctypes.util.find_library("m") or "libm.so.6")


def _fn(name: str, ctype: type) -> ctypes._CFuncPtr:
    f = getattr(_LIBM, name)
    f.restype = ctype
    f.argtypes = [ctype]
    return f


def _fn2(name: str, ctype: type) -> ctypes._CFuncPtr:
    f = getattr(_LIBM, name)
    f.restype = ctype
    f.argtypes = [ctype, ctype]
    return f


class _Libm:
    """glibc scalar functions of one precision (what TF's compiled scalar code calls)."""

    def __init__(self, suffix: str, ctype: type) -> None:
        self.exp = _fn("exp" + suffix, ctype)
        self.log = _fn("log" + suffix, ctype)
        self.sqrt = _fn("sqrt" + suffix, ctype)
        self.log1p = _fn("log1p" + suffix, ctype)
        self.expm1 = _fn("expm1" + suffix, ctype)
        self.pow = _fn2("pow" + suffix, ctype)


libm_f32 = _Libm("f", ctypes.c_float)
libm_f64 = _Libm("", ctypes.c_double)


def u32_to_f32(x: int) -> np.float32:
    """TF ``Uint32ToFloat``."""
    return np.float32(x & _F32_MANT_MASK) * np.float32(2.0**-23)


def u64_to_f64(x0: int, x1: int) -> float:
    """TF ``Uint64ToDouble``."""
    return float(((x0 & _F64_HI_MASK) << 32) | x1) * 2.0**-52


class BlockStream:
    """Consecutive 128-bit Philox blocks from (key, counter): ``next_block()`` is one
    ``gen()`` call (``PhiloxRandom::operator()`` then ``SkipOne``)."""

    def __init__(self, key: int, counter: int) -> None:
        self._key = key
        self._next = counter  # counter of the first block not yet fetched
        self._buf = np.empty((0, 4), dtype=np.uint32)
        self._pos = 0

    def next_block(self) -> np.ndarray:
        """The next block as 4 uint32 words."""
        if self._pos == self._buf.shape[0]:
            self._buf = philox(self._key, self._next, _FETCH_BLOCKS)
            self._next = (self._next + _FETCH_BLOCKS) & _U128
            self._pos = 0
        block = self._buf[self._pos]
        self._pos += 1
        return block


class WordStream:
    """TF ``SimplePhilox`` over a ``SingleSampleAdapter``: 32-bit words one at a time."""

    def __init__(self, key: int, counter: int) -> None:
        self._blocks = BlockStream(key, counter)
        self._words: list[int] = []
        self._used = 4

    def rand32(self) -> int:
        """``Rand32``: the next word."""
        if self._used == 4:
            self._words = [int(w) for w in self._blocks.next_block()]
            self._used = 0
        w = self._words[self._used]
        self._used += 1
        return w

    def rand64(self) -> int:
        """``Rand64``: ``lo | hi << 32`` from two words."""
        lo = self.rand32()
        hi = self.rand32()
        return lo | (hi << 32)

    def rand_float(self) -> np.float32:
        """``RandFloat``: ``Uint32ToFloat`` of one word."""
        return u32_to_f32(self.rand32())

    def rand_double(self) -> float:
        """``RandDouble``: ``Uint64ToDouble`` of two words."""
        x0 = self.rand32()
        x1 = self.rand32()
        return u64_to_f64(x0, x1)

    def uniform(self, n: int) -> int:
        """``Uniform(n)``: ``ExactUniformInt<uint32>`` over ``Rand32``."""
        return _exact_uniform_int(n, self.rand32, _U32_MAX)

    def uniform64(self, n: int) -> int:
        """``Uniform64(n)``: ``ExactUniformInt<uint64>`` over ``Rand64``."""
        return _exact_uniform_int(n, self.rand64, _U64_MAX)


def _exact_uniform_int(n: int, random: object, range_: int) -> int:
    """TF ``ExactUniformInt``: mask for powers of two, else reject ``[0, rem)`` then ``% n``."""
    if n == 0:
        random()  # type: ignore[operator]  # consumes a value anyway
        return 0
    if n & (n - 1) == 0:
        return random() & (n - 1)  # type: ignore[operator,no-any-return]
    rem = (range_ % n) + 1
    while True:
        rnd = random()  # type: ignore[operator]
        if rnd >= rem:
            return rnd % n  # type: ignore[no-any-return]
