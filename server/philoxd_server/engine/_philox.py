"""Philox-4x32-10 counter-based generator, bit-exact with TensorFlow's ``PhiloxRandom``.

This is the pure numeric core: no TensorFlow import, no state.  A generator
position is a 64-bit *key* and a 128-bit *counter*; block ``i`` of the stream is
``Philox4x32-10(key, counter + i)`` (128-bit wrap-around addition), exactly as
TF's ``PhiloxRandom::operator()`` followed by ``SkipOne()``.

Word conventions (TF ``philox_random.h``, ``GetPhiloxRandomFromCounterKeyMem``):

* ``key``  (Python int in ``[0, 2**64)``)  -> ``k0 = key & 0xffffffff``, ``k1 = key >> 32``.
* ``counter`` (Python int in ``[0, 2**128)``) -> ``c0`` = bits 0..31, ``c1`` = 32..63,
  ``c2`` = 64..95, ``c3`` = 96..127.

Inside Numba kernels every 32-bit word is carried as a ``uint64`` holding a value
below ``2**32``; this keeps Numba's integer typing unambiguous (uint32 arithmetic
would be promoted) and lets the 32x32->64 multiply be a plain ``uint64`` product.
"""

from __future__ import annotations

import numba

# The server calls kernels from several Python threads at once; numba's default
# "workqueue" layer aborts on concurrent parallel launches.  "threadsafe" picks
# TBB or OpenMP (libgomp is installed).  Must be set before the first parallel
# kernel launch, hence at import of the lowest-level kernel module.
numba.config.THREADING_LAYER = "threadsafe"

import types  # noqa: E402
from collections.abc import Callable  # noqa: E402
from typing import Any  # noqa: E402

import numpy as np  # noqa: E402
from numba import njit  # noqa: E402

from ._parallel import chunked, launch  # noqa: E402

__all__ = [
    "PHILOX_M0",
    "PHILOX_M1",
    "PHILOX_W0",
    "PHILOX_W1",
    "PHILOX_ROUNDS",
    "PARALLEL_THRESHOLD_BLOCKS",
    "SOA_CHUNK",
    "split_key",
    "split_counter",
    "join_counter",
    "philox",
    "_block",
    "_skip",
    "_counter_at",
    "_new_soa",
    "_philox_soa",
    "_philox_soa_strided",
    "fixed_rate",
]

# --- Constants -------------------------------------------------------------
# Multipliers: TF philox_random.h kPhiloxM4x32A / kPhiloxM4x32B
# (= Random123 philox.h PHILOX_M4x32_0 / PHILOX_M4x32_1).
PHILOX_M0 = 0xD2511F53
PHILOX_M1 = 0xCD9E8D57
# Weyl key increments: TF philox_random.h kPhiloxW32A / kPhiloxW32B
# (= Random123 philox.h PHILOX_W32_0 / PHILOX_W32_1; golden ratio / sqrt(3)-1).
PHILOX_W0 = 0x9E3779B9
PHILOX_W1 = 0xBB67AE85
# Number of rounds: TF philox_random.h (philox_4x32_10, ten ComputeSingleRound).
PHILOX_ROUNDS = 10

# Below this many 4-word blocks the serial kernels are used: a parallel launch
# costs tens of microseconds, which dominates small requests.  (Tuned on a
# 2-core box; 2**12 blocks = 2**14 uint32 words.)
PARALLEL_THRESHOLD_BLOCKS = 1 << 12
# Blocks per structure-of-arrays chunk in the vectorized generator (4 x 1 KiB of
# output words, in L1 until the caller converts them; 1024 and 4096 measured the same).
SOA_CHUNK = 256

_MASK32_INT = 0xFFFFFFFF  # low 32 bits
_MASK64_INT = (1 << 64) - 1  # low 64 bits
_MASK128_INT = (1 << 128) - 1  # low 128 bits

# Typed copies frozen into the Numba kernels (uint64 everywhere, see module doc).
_M0 = np.uint64(PHILOX_M0)
_M1 = np.uint64(PHILOX_M1)
_W0 = np.uint64(PHILOX_W0)
_W1 = np.uint64(PHILOX_W1)
_MASK32 = np.uint64(_MASK32_INT)
_SH32 = np.uint64(32)
_ONE = np.uint64(1)
_ZERO = np.uint64(0)
_PHILOX_WORDS = 4  # TF philox_random.h PhiloxRandom::kResultElementCount


# --- Python-side helpers ---------------------------------------------------
def _check_uint(name: str, value: int, bits: int) -> int:
    """Validate that ``value`` is a Python int in ``[0, 2**bits)``."""
    if type(value) is int and 0 <= value and not value >> bits:  # the common case, checked cheaply
        return value
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    value = int(value)
    if not 0 <= value < (1 << bits):
        raise ValueError(f"{name} must be in [0, 2**{bits}), got {value}")
    return value


def _check_n(n: int) -> int:
    """Validate an output length."""
    if isinstance(n, (bool, np.bool_)) or not isinstance(n, (int, np.integer)):
        raise TypeError(f"n must be an int, got {type(n).__name__}")
    n = int(n)
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    return n


def split_key(key: int) -> tuple[int, int]:
    """Split a 64-bit key into Philox key words.

    Args:
        key: Key in ``[0, 2**64)``.

    Returns:
        ``(k0, k1)`` with ``k0 = key & 0xffffffff`` and ``k1 = key >> 32``
        (TF ``PhiloxRandom(uint64_t seed)``).
    """
    key = _check_uint("key", key, 64)
    return key & _MASK32_INT, key >> 32


def split_counter(counter: int) -> tuple[int, int, int, int]:
    """Split a 128-bit counter into its four 32-bit words, least significant first.

    Args:
        counter: Counter in ``[0, 2**128)``.

    Returns:
        ``(c0, c1, c2, c3)``.
    """
    counter = _check_uint("counter", counter, 128)
    return (
        counter & _MASK32_INT,
        (counter >> 32) & _MASK32_INT,
        (counter >> 64) & _MASK32_INT,
        counter >> 96,
    )


def join_counter(c0: int, c1: int, c2: int, c3: int) -> int:
    """Inverse of :func:`split_counter`."""
    return int(c0) | (int(c1) << 32) | (int(c2) << 64) | (int(c3) << 96)


def _kernel_args(key: int, counter: int) -> tuple[np.uint64, ...]:
    """Key and counter words, ``(k0, k1, c0, c1, c2, c3)``, as the ``uint64`` scalars the kernels take."""
    k0, k1 = split_key(key)
    c0, c1, c2, c3 = split_counter(counter)
    u64 = np.uint64
    return (u64(k0), u64(k1), u64(c0), u64(c1), u64(c2), u64(c3))


# --- Numba kernels -----------------------------------------------------------
@njit(cache=True, inline="always")
def _round(x0, x1, x2, x3, k0, k1):
    """One Philox round on ``uint64`` words below ``2**32`` (TF philox_random.h ComputeSingleRound:
    MultiplyHighLow(M0, x0) and (M1, x2))."""
    p0 = _M0 * x0
    p1 = _M1 * x2
    return ((p1 >> _SH32) ^ x1 ^ k0) & _MASK32, p1 & _MASK32, ((p0 >> _SH32) ^ x3 ^ k1) & _MASK32, p0 & _MASK32


@njit(cache=True)
def _block(k0, k1, c0, c1, c2, c3):
    """One Philox-4x32-10 block (TF ``PhiloxRandom::operator()`` without SkipOne).

    All arguments and results are ``uint64`` values below ``2**32``.

    Returns:
        Tuple ``(r0, r1, r2, r3)``.
    """
    for _ in range(PHILOX_ROUNDS - 1):
        c0, c1, c2, c3 = _round(c0, c1, c2, c3, k0, k1)
        # TF philox_random.h RaiseKey (between rounds: 9 bumps for 10 rounds)
        k0 = (k0 + _W0) & _MASK32
        k1 = (k1 + _W1) & _MASK32
    return _round(c0, c1, c2, c3, k0, k1)


@njit(cache=True)
def _skip(c0, c1, c2, c3, count):
    """Advance a counter by ``count`` (``uint64``) blocks, 128-bit wrap-around.

    Same result as TF ``PhiloxRandom::Skip`` (carry through all four words).

    Returns:
        The new counter words ``(c0, c1, c2, c3)``.
    """
    lo = c0 | (c1 << _SH32)
    new_lo = lo + count  # uint64 wrap-around
    if new_lo < lo:
        hi = (c2 | (c3 << _SH32)) + _ONE  # carry into the upper 64 bits
        c2 = hi & _MASK32
        c3 = hi >> _SH32
    return new_lo & _MASK32, new_lo >> _SH32, c2, c3


@njit(cache=True)
def _counter_at(lo, hi, i):
    """Counter ``(lo | hi << 64) + i`` as four words; ``lo``, ``hi``, ``i`` are ``uint64``.

    Convenience for parallel loops, where each iteration derives its own counter
    from the base without serial dependence.
    """
    new_lo = lo + i  # uint64 wrap-around
    hi = hi + np.uint64(new_lo < lo)  # branchless carry (keeps loops vectorizable)
    return new_lo & _MASK32, new_lo >> _SH32, hi & _MASK32, hi >> _SH32


@njit(cache=True)
def _new_soa(dtype=np.uint32):
    """Scratch for :func:`_philox_soa` (four uint32 arrays of ``SOA_CHUNK`` words), or of
    ``SOA_CHUNK`` values of another ``dtype``."""
    return (
        np.empty(SOA_CHUNK, dtype),
        np.empty(SOA_CHUNK, dtype),
        np.empty(SOA_CHUNK, dtype),
        np.empty(SOA_CHUNK, dtype),
    )


@njit(cache=True, inline="always")
def _round_keys(k0, k1):
    """The ten rounds' keys: TF philox_random.h RaiseKey between rounds."""
    a0, b0 = k0, k1
    a1, b1 = (a0 + _W0) & _MASK32, (b0 + _W1) & _MASK32
    a2, b2 = (a1 + _W0) & _MASK32, (b1 + _W1) & _MASK32
    a3, b3 = (a2 + _W0) & _MASK32, (b2 + _W1) & _MASK32
    a4, b4 = (a3 + _W0) & _MASK32, (b3 + _W1) & _MASK32
    a5, b5 = (a4 + _W0) & _MASK32, (b4 + _W1) & _MASK32
    a6, b6 = (a5 + _W0) & _MASK32, (b5 + _W1) & _MASK32
    a7, b7 = (a6 + _W0) & _MASK32, (b6 + _W1) & _MASK32
    a8, b8 = (a7 + _W0) & _MASK32, (b7 + _W1) & _MASK32
    a9, b9 = (a8 + _W0) & _MASK32, (b8 + _W1) & _MASK32
    return (a0, b0, a1, b1, a2, b2, a3, b3, a4, b4, a5, b5, a6, b6, a7, b7, a8, b8, a9, b9)


@njit(cache=True, inline="always")
def _ten_rounds(c_lo, c_hi, ks):
    """Philox-4x32-10 of the counter ``c_lo | c_hi << 64`` with round keys ``ks`` (:func:`_round_keys`)."""
    x0, x1, x2, x3 = c_lo & _MASK32, c_lo >> _SH32, c_hi & _MASK32, c_hi >> _SH32
    x0, x1, x2, x3 = _round(x0, x1, x2, x3, ks[0], ks[1])
    x0, x1, x2, x3 = _round(x0, x1, x2, x3, ks[2], ks[3])
    x0, x1, x2, x3 = _round(x0, x1, x2, x3, ks[4], ks[5])
    x0, x1, x2, x3 = _round(x0, x1, x2, x3, ks[6], ks[7])
    x0, x1, x2, x3 = _round(x0, x1, x2, x3, ks[8], ks[9])
    x0, x1, x2, x3 = _round(x0, x1, x2, x3, ks[10], ks[11])
    x0, x1, x2, x3 = _round(x0, x1, x2, x3, ks[12], ks[13])
    x0, x1, x2, x3 = _round(x0, x1, x2, x3, ks[14], ks[15])
    x0, x1, x2, x3 = _round(x0, x1, x2, x3, ks[16], ks[17])
    return _round(x0, x1, x2, x3, ks[18], ks[19])


@njit(cache=True, inline="always")
def _soa_put(j, c_lo, lo, hi, ks, r0, r1, r2, r3):
    """Block of counter ``c_lo | (hi + carry) << 64`` into ``(r0[j], r1[j], r2[j], r3[j])``, where
    ``c_lo = lo + offset`` (wrapped) and the carry is ``c_lo < lo``, branch-free (vectorizes)."""
    c_hi = hi + np.uint64(c_lo < lo)
    x0, x1, x2, x3 = _ten_rounds(c_lo, c_hi, ks)
    r0[j] = x0
    r1[j] = x1
    r2[j] = x2
    r3[j] = x3


@njit(cache=True)
def _philox_soa(k0, k1, lo, hi, start, m, r0, r1, r2, r3):
    """Compute ``m`` consecutive blocks in structure-of-arrays form.

    Block ``start + j`` (counter ``(lo | hi << 64) + start + j``) lands in
    ``(r0[j], r1[j], r2[j], r3[j])``. The ten rounds are written out, with their keys
    computed once, so each block's rounds run in registers and the loop over blocks is
    the innermost one: LLVM vectorizes it across blocks (``vpmuludq`` on 8 blocks per
    AVX-512 instruction). One thread, 16 Mi float32 uniforms into a fresh array: 24.3 ->
    20.2 ms against running each round over the whole chunk in memory. Same arithmetic
    as :func:`_block`.

    Args:
        k0, k1: Key words (``uint64`` < 2**32).
        lo, hi: Base counter as two ``uint64`` halves.
        start: Index of the first block relative to the base counter.
        m: Number of blocks, ``<= SOA_CHUNK``.
        r0, r1, r2, r3: ``uint32`` output arrays of length ``>= m``.
    """
    ks = _round_keys(k0, k1)
    for j in range(m):
        _soa_put(j, lo + np.uint64(start + j), lo, hi, ks, r0, r1, r2, r3)


@njit(cache=True)
def _philox_soa_strided(k0, k1, lo, hi, start, m, stride, r0, r1, r2, r3):
    """:func:`_philox_soa` for the blocks at ``(lo | hi << 64) + (start + j) * stride``.

    For TF's ``FillPhiloxRandomTask<D, true>`` (truncated normal), whose output group ``g``
    starts a generator at ``counter + g * kGeneratorSkipPerOutputGroup``: the first block of
    every group of a chunk, vectorized like :func:`_philox_soa`. ``(start + m) * stride``
    must stay below ``2**64``.
    """
    ks = _round_keys(k0, k1)
    for j in range(m):
        _soa_put(j, lo + np.uint64(start + j) * stride, lo, hi, ks, r0, r1, r2, r3)


# --- Fixed-rate kernels: block b -> outputs [b*k, b*k + k) -----------------------------------
# TF random_op_cpu.h FillPhiloxRandomTask<D, false>: every block of the stream makes the same
# number k of outputs (D::kResultElementCount), a partial last group copies a prefix. One loop,
# made per distribution by fixed_rate() from the distribution's per-block body.


def _fixed_rate_driver(out, k0, k1, c0, c1, c2, c3, *rest):  # noqa: ANN001, ANN002, ANN202 - compiled per body by fixed_rate()
    # rest = (*params, start, stop): blocks [start, stop) of the stream at (c0..c3) into
    # out[k * start : k * stop], clipped at n; the body's params, a tuple. One call site of
    # _philox_soa and of _prepare (each is large once LLVM inlines it: compile time).
    params = rest[:-2]
    start = rest[-2]
    stop = rest[-1]
    n = out.shape[0]
    lo = c0 | (c1 << _SH32)
    hi = c2 | (c3 << _SH32)
    r0, r1, r2, r3 = _new_soa()
    scratch = _scratch()  # noqa: F821 - set by fixed_rate()
    full = n // _K  # noqa: F821 - blocks whose k outputs all fit
    end = min(stop, -(-n // _K))  # noqa: F821 - and the partial last block
    for s in range(start, end, SOA_CHUNK):
        m = min(SOA_CHUNK, end - s)
        _philox_soa(k0, k1, lo, hi, s, m, r0, r1, r2, r3)
        a0, a1, a2, a3 = _prepare(r0, r1, r2, r3, m, scratch, params)  # noqa: F821
        whole = min(m, full - s)
        for j in range(whole):
            _body(out, _K * (s + j), a0[j], a1[j], a2[j], a3[j], params)  # noqa: F821
        if whole < m:  # partial last block: its k outputs, then a prefix copied
            last = np.empty(_K, out.dtype)  # noqa: F821
            _body(last, 0, a0[whole], a1[whole], a2[whole], a3[whole], params)  # noqa: F821
            for j in range(n - _K * full):  # noqa: F821
                out[_K * full + j] = last[j]  # noqa: F821


@njit(cache=True, inline="always")
def _no_scratch():
    """No scratch (the :func:`fixed_rate` default)."""
    return 0


@njit(cache=True, inline="always")
def _words(r0, r1, r2, r3, m, scratch, params):  # noqa: ARG001 - a fixed_rate() prepare
    """The block words as they are (the :func:`fixed_rate` default ``prepare``)."""
    return r0, r1, r2, r3


def fixed_rate(
    body: Callable[..., Any],
    k: int,
    prepare: Callable[..., Any] = _words,
    scratch: Callable[..., Any] = _no_scratch,
    **options: Any,
) -> Callable[..., Any]:
    """The serial kernel of a fixed-rate distribution, ``kernel(out, k0, k1, c0, c1, c2, c3,
    *params, start, stop)``: blocks ``[start, stop)`` of the stream at counter ``c0..c3`` make outputs
    ``out[k * start : k * stop]``, clipped at ``len(out)`` (a partial last block copies a prefix).

    Per chunk of ``SOA_CHUNK`` blocks the words come from :func:`_philox_soa` (vectorized),
    ``prepare(r0, r1, r2, r3, m, scratch, params)`` may turn the four word arrays into four
    arrays of values over the chunk (Box-Muller, vectorized), and ``body(out, i, a0, a1, a2, a3,
    params)`` writes one block's ``k`` outputs at ``out[i : i + k]`` from its four values.

    Args:
      body: A Numba function (``inline="always"``): one block's outputs.
      k: Outputs per block (TF ``kResultElementCount``: 4, or 2 for 64-bit values).
      prepare: A Numba function: the chunk's values from its words (default: the words).
      scratch: A Numba function of no arguments: ``prepare``'s scratch, made once per call.
      **options: More ``njit`` options, as the body's.

    Returns:
      The compiled kernel (``cache=True``), whose parallel driver :func:`._parallel.chunked` makes.
    """
    py_body = body.py_func  # type: ignore[attr-defined]
    name = f"{py_body.__name__}__fixed_rate"
    # Attributed to the body's file and line, like chunked(): the on-disk cache lives with it.
    code = _fixed_rate_driver.__code__.replace(
        co_filename=py_body.__code__.co_filename, co_firstlineno=py_body.__code__.co_firstlineno, co_name=name
    )
    env = {**_fixed_rate_driver.__globals__, "_body": body, "_K": k, "_prepare": prepare, "_scratch": scratch}
    fn = types.FunctionType(code, env, name)
    fn.__qualname__ = name
    fn.__module__ = py_body.__module__
    return njit(cache=True, **options)(fn)


@njit(cache=True, inline="always")
def _words_block(out, i, x0, x1, x2, x3, params):  # noqa: ARG001 - a fixed_rate() body
    """The four words of a block as they are (raw Philox output)."""
    out[i] = x0
    out[i + 1] = x1
    out[i + 2] = x2
    out[i + 3] = x3


_philox_range = fixed_rate(_words_block, _PHILOX_WORDS)
_philox_par = chunked(_philox_range)


# --- Public API --------------------------------------------------------------
def philox(key: int, counter: int, n: int) -> np.ndarray:
    """Raw Philox-4x32-10 blocks.

    Args:
        key: 64-bit key, ``[0, 2**64)``.
        counter: 128-bit starting counter, ``[0, 2**128)``.
        n: Number of blocks.

    Returns:
        ``uint32`` array of shape ``(n, 4)``; row ``i`` is
        ``Philox4x32-10(key, (counter + i) mod 2**128)``.
    """
    args = _kernel_args(key, counter)
    n = _check_n(n)
    out = np.empty(4 * n, dtype=np.uint32)
    launch(_philox_range, _philox_par, n, PARALLEL_THRESHOLD_BLOCKS, out, *args)
    return out.reshape(n, 4)
