"""Philox bits -> distribution values, bit-exact with TensorFlow 2.21 CPU kernels.

Sources mirrored here (TensorFlow / XLA TSL):

* ``xla/tsl/lib/random/random_distributions_utils.h``: ``Uint32ToFloat``,
  ``Uint64ToDouble``, ``BoxMullerFloat``.
* ``xla/tsl/lib/random/random_distributions.h``: ``UniformDistribution``,
  ``UniformFullIntDistribution``, ``NormalDistribution``,
  ``TruncatedNormalDistribution``, ``SingleSampleAdapter``, ``BoxMullerDouble``,
  ``Uint16ToHalf``.
* ``tensorflow/core/kernels/random_op_cpu.h``: ``FillPhiloxRandomTask`` (how output
  groups map onto generator blocks).
* ``tensorflow/core/kernels/shuffle_common.h`` (``RandomShuffle``) and
  ``tensorflow/core/kernels/multinomial_op.cc`` (``MultinomialFunctor<CPUDevice>``).

Every function takes the generator position as ``key`` (``[0, 2**64)``) and
``counter`` (``[0, 2**128)``), i.e. the state of a TF ``PhiloxRandom`` *before*
the op runs; see :mod:`._philox` for the word layout.

Floating point: transcendental functions are Numba ``math.log/sin/cos/exp`` on
scalars, which call glibc libm (``logf``, ``sinf``, ``cosf``, ``log``, ...) just
as TF's compiled kernels do, or, for float32 Box-Muller, :mod:`._libm`'s
re-implementation of glibc's ``logf``/``sincosf``, which vectorizes and is used only
once proved equal to libm on every input (:func:`_exact_box_muller`).  No fastmath,
and never NumPy ufuncs for those (NumPy's SIMD ``np.log``/``np.sin`` differ in the
last bit).  Half-precision outputs are computed in float32 (as TF does) and rounded
to nearest even in the kernels (``fptrunc``; bfloat16 by its bits), equal to NumPy's
``astype`` and ``Eigen::half(float)`` on every finite float32.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import ml_dtypes
import numba
import numpy as np
from llvmlite import ir
from numba import njit, types
from numba.extending import intrinsic, overload

from . import _libm
from ._parallel import chunked, launch, nchunks
from ._philox import (
    PARALLEL_THRESHOLD_BLOCKS,
    SOA_CHUNK,
    _block,
    _check_n,
    _kernel_args,
    _new_soa,
    _philox_soa,
    _philox_soa_strided,
    fixed_rate,
    philox,
)

__all__ = [
    "TRUNCATE_VALUE",
    "RESERVED_SAMPLES_PER_OUTPUT",
    "BOX_MULLER_EPSILON",
    "plus_zero",
    "prepare_normal",
    "prepare_uniform",
    "uniform",
    "uniform_int",
    "uniform_full_int",
    "normal",
    "truncated_normal",
    "shuffle",
    "shuffle_permutation",
    "multinomial",
    "values_per_block",
]

# --- Constants -------------------------------------------------------------
# TF random_distributions.h TruncatedNormalDistribution::kTruncateValue.
TRUNCATE_VALUE = 2.0
# TF random_op_cpu.h FillPhiloxRandomTask<Distribution, true>::kReservedSamplesPerOutput.
RESERVED_SAMPLES_PER_OUTPUT = 256
# TF random_distributions_utils.h BoxMullerFloat / BoxMullerDouble "epsilon".
BOX_MULLER_EPSILON = 1.0e-7

_PHILOX_WORDS = 4  # TF philox_random.h PhiloxRandom::kResultElementCount

# Uint32ToFloat: 23 random mantissa bits under exponent 127, minus 1.0f
# (TF random_distributions_utils.h).  (x & mask) * 2**-23 is the same value exactly.
_F32_MANT_MASK = np.uint32(0x7FFFFF)
_F32_MANT_SCALE = np.float32(2.0**-23)
# Uint16ToHalf: 10 random mantissa bits under exponent 15, minus 1.0 (TF
# random_distributions.h); exactly (x & 0x3ff) * 2**-10.
_F16_MANT_MASK = np.uint32(0x3FF)
_F16_MANT_SCALE = np.float32(2.0**-10)
# Uint16ToGfloat16: 7 random mantissa bits under exponent 127, minus 1.0 (TF
# random_distributions.h, bfloat16); exactly (x & 0x7f) * 2**-7.
_BF16_MANT_MASK = np.uint32(0x7F)
_BF16_MANT_SCALE = np.float32(2.0**-7)
# Uint64ToDouble: upper 20 mantissa bits from x0, lower 32 from x1, exponent
# 1023, minus 1.0 (TF random_distributions_utils.h); exactly man * 2**-52.
_F64_HI_MASK = np.uint64(0xFFFFF)
_F64_MANT_SCALE = 2.0**-52

# BoxMullerFloat: `2.0f * M_PI * u` -- M_PI is a double, so the product is a
# double rounded to float (TF random_distributions_utils.h).
_TWO_PI = 2.0 * math.pi
_EPS_F32 = np.float32(BOX_MULLER_EPSILON)
_EPS_F64 = BOX_MULLER_EPSILON
_NEG_TWO_F32 = np.float32(-2.0)
_TRUNC_F32 = np.float32(TRUNCATE_VALUE)
_TRUNC_F64 = TRUNCATE_VALUE

_SH32 = np.uint64(32)
_MASK32 = np.uint64(0xFFFFFFFF)
_ONE = np.uint64(1)

_BFLOAT16 = np.dtype(ml_dtypes.bfloat16)
_FLOAT_DTYPES = (np.dtype(np.float16), _BFLOAT16, np.dtype(np.float32), np.dtype(np.float64))
_INT_DTYPES = (np.dtype(np.int32), np.dtype(np.int64))
_FULL_INT_DTYPES = (
    np.dtype(np.int32),
    np.dtype(np.uint32),
    np.dtype(np.int64),
    np.dtype(np.uint64),
)


def values_per_block(dtype) -> int:
    """Outputs produced per 128-bit Philox block for the fixed-rate distributions.

    Args:
        dtype: Output dtype.

    Returns:
        4 for 16/32-bit dtypes, 2 for 64-bit ones (TF ``kResultElementCount``).
    """
    return 2 if np.dtype(dtype).itemsize == 8 else 4


def _float_dtype(dtype) -> np.dtype:
    dt = np.dtype(dtype)
    if dt not in _FLOAT_DTYPES:
        raise ValueError(f"dtype must be float16, float32 or float64, got {dt}")
    return dt


# --- Scalar helpers (inlined into the kernels) ---------------------------------
@njit(cache=True)
def _u32_to_f32(x):
    """TF ``Uint32ToFloat``: uniform float32 in [0, 1) from a uint32 word."""
    return np.float32(x & _F32_MANT_MASK) * _F32_MANT_SCALE


@njit(cache=True)
def _u64_to_f64(x0, x1):
    """TF ``Uint64ToDouble``: uniform float64 in [0, 1) from two uint32 words."""
    return np.float64(((x0 & _F64_HI_MASK) << _SH32) | x1) * _F64_MANT_SCALE


@njit(cache=True)
def _box_muller_f32(x0, x1):
    """TF ``BoxMullerFloat`` (float32 throughout, glibc logf/sqrtf/sinf/cosf)."""
    u1 = _u32_to_f32(x0)
    if u1 < _EPS_F32:
        u1 = _EPS_F32
    v1 = np.float32(_TWO_PI * _u32_to_f32(x1))  # double product rounded to float
    u2 = math.sqrt(_NEG_TWO_F32 * math.log(u1))
    return math.sin(v1) * u2, math.cos(v1) * u2


@njit(cache=True)
def _box_muller_f64(x0, x1, x2, x3):
    """TF ``BoxMullerDouble`` (glibc log/sqrt/sin/cos)."""
    u1 = _u64_to_f64(x0, x1)
    if u1 < _EPS_F64:
        u1 = _EPS_F64
    v1 = _TWO_PI * _u64_to_f64(x2, x3)
    u2 = math.sqrt(-2.0 * math.log(u1))
    return math.sin(v1) * u2, math.cos(v1) * u2


@njit(cache=True)
def _box_muller_f32_soa(ra, rb, sa, sb, m, exact):
    """``BoxMullerFloat(ra[j], rb[j]) -> (sa[j], sb[j])`` for ``j < m`` (uint32 words in, float32 out).

    ``exact``: with :mod:`._libm`'s branch-free ``logf``/``sincosf``, which LLVM vectorizes
    (only when :func:`._libm.exact` proved them equal to libm on every input); else libm.
    """
    if exact:
        for j in range(m):
            u1 = np.float32(np.int32(ra[j] & _F32_MANT_MASK)) * _F32_MANT_SCALE
            u1 = _EPS_F32 if u1 < _EPS_F32 else u1
            v1 = np.float32(_TWO_PI * (np.float32(np.int32(rb[j] & _F32_MANT_MASK)) * _F32_MANT_SCALE))
            u2 = math.sqrt(_NEG_TWO_F32 * _libm.logf(u1))
            sin, cos = _libm.sincosf(v1)
            sa[j] = sin * u2
            sb[j] = cos * u2
    else:
        for j in range(m):
            sa[j], sb[j] = _box_muller_f32(np.uint64(ra[j]), np.uint64(rb[j]))


def _exact_box_muller(nblocks: int) -> bool:
    """Whether a draw of ``nblocks`` blocks takes the vectorized Box-Muller: a large draw
    proves :mod:`._libm` once per process (a few tens of ms) and uses it if it is exact; a
    small one uses it only once it has been proved (the libm calls cost it little)."""
    if nblocks >= PARALLEL_THRESHOLD_BLOCKS:
        return _libm.exact()
    return _libm.proved()


# --- float32 -> float16 / bfloat16, round to nearest even ---------------------------------
@intrinsic
def _f32_to_f16_bits(typingctx, x):  # noqa: ARG001 - numba intrinsic signature
    """IEEE binary16 bits of a float32 rounded to nearest even (``fptrunc``: ``vcvtps2ph``
    with F16C, else compiler-rt's ``__truncsfhf2``), numpy's ``astype(float16)``."""
    sig = types.uint16(types.float32)

    def codegen(context, builder, signature, args):  # noqa: ARG001
        return builder.bitcast(builder.fptrunc(args[0], ir.HalfType()), ir.IntType(16))

    return sig, codegen


@njit(cache=True, inline="always")
def _f32_to_bf16_bits(x):
    """bfloat16 bits of a finite float32, rounded to nearest even (Eigen / ml_dtypes)."""
    bits = _libm.f32_bits(x)
    return np.uint16((bits + np.uint32(0x7FFF) + ((bits >> np.uint32(16)) & np.uint32(1))) >> np.uint32(16))


def _put(out, i, v, bf16):
    """``out[i] = v`` for a float32 ``v``: stored as is in a float32 ``out``; in a uint16 ``out``
    as the bits of ``v`` rounded to float16 (or bfloat16 when ``bf16``), to nearest even."""
    raise NotImplementedError  # compiled only (overload below)


@overload(_put)
def _put_impl(out, i, v, bf16):
    if out.dtype == types.uint16:

        def put_half(out, i, v, bf16):
            out[i] = _f32_to_bf16_bits(v) if bf16 else _f32_to_f16_bits(v)

        return put_half

    def put(out, i, v, bf16):
        out[i] = v

    return put


# --- Fixed-rate kernels: block b -> outputs [b*k, b*k + k) -----------------------
# TF FillPhiloxRandomTask<D, false> (a partial last group copies a prefix): each kernel is its
# distribution's per-block body, made into a serial kernel over blocks [start, stop) by
# _philox.fixed_rate (arguments: out, k0, k1, c0, c1, c2, c3, *params, start, stop) and into a
# prange driver over chunks of [0, nblocks) by _parallel.chunked.


@njit(cache=True, inline="always")
def _uniform_f32_block(out, i, x0, x1, x2, x3, params):
    # TF UniformDistribution<float> (mask 0x7fffff, scale 2**-23), <half> (mask 0x3ff, scale
    # 2**-10) and <bfloat16> (mask 0x7f, scale 2**-7): one word per value; a uint16 `out` takes
    # the half / bfloat16 bits (exact: k / 1024, k / 128).
    mask, scale, bf16 = params
    _put(out, i, np.float32(np.int32(x0 & mask)) * scale, bf16)
    _put(out, i + 1, np.float32(np.int32(x1 & mask)) * scale, bf16)
    _put(out, i + 2, np.float32(np.int32(x2 & mask)) * scale, bf16)
    _put(out, i + 3, np.float32(np.int32(x3 & mask)) * scale, bf16)


_uniform_f32_range = fixed_rate(_uniform_f32_block, 4, nogil=True)
_uniform_f32_par = chunked(_uniform_f32_range, nogil=True)


@njit(cache=True, inline="always")
def _uniform_f64_block(out, i, x0, x1, x2, x3, params):  # noqa: ARG001 - no params
    # TF UniformDistribution<double>: Uint64ToDouble(x0, x1), Uint64ToDouble(x2, x3).
    out[i] = _u64_to_f64(np.uint64(x0), np.uint64(x1))
    out[i + 1] = _u64_to_f64(np.uint64(x2), np.uint64(x3))


_uniform_f64_range = fixed_rate(_uniform_f64_block, 2, nogil=True)
_uniform_f64_par = chunked(_uniform_f64_range, nogil=True)


@njit(cache=True, inline="always")
def _uniform_i32_block(out, i, x0, x1, x2, x3, params):
    # TF UniformDistribution<int32>: SignedAdd(lo, x % range), i.e. wrap-around
    # lo + (x % range) with range = uint32(hi) - uint32(lo).  out is uint32.
    lo_u, rng = params
    out[i] = (lo_u + np.uint64(x0) % rng) & _MASK32
    out[i + 1] = (lo_u + np.uint64(x1) % rng) & _MASK32
    out[i + 2] = (lo_u + np.uint64(x2) % rng) & _MASK32
    out[i + 3] = (lo_u + np.uint64(x3) % rng) & _MASK32


_uniform_i32_range = fixed_rate(_uniform_i32_block, 4, nogil=True)
_uniform_i32_par = chunked(_uniform_i32_range, nogil=True)


@njit(cache=True)
def _bits_to_i64(x0, x1, lo_u, rng):
    # TF UniformDistribution<int64>: bits = x0 | x1 << 32; SignedAdd(lo, bits % range).
    # rng == 0 means "no modulo" (UniformFullIntDistribution64, lo_u == 0).
    bits = x0 | (x1 << _SH32)
    if rng != 0:
        bits = bits % rng
    return lo_u + bits  # uint64 wrap-around == two's-complement SignedAdd


@njit(cache=True, inline="always")
def _uniform_i64_block(out, i, x0, x1, x2, x3, params):
    # out is uint64 (viewed as int64/uint64 by the caller); 2 values per block.
    lo_u, rng = params
    out[i] = _bits_to_i64(np.uint64(x0), np.uint64(x1), lo_u, rng)
    out[i + 1] = _bits_to_i64(np.uint64(x2), np.uint64(x3), lo_u, rng)


_uniform_i64_range = fixed_rate(_uniform_i64_block, 2, nogil=True)
_uniform_i64_par = chunked(_uniform_i64_range, nogil=True)


@njit(cache=True)
def _new_f32_soa():
    """Four float32 scratch arrays of ``SOA_CHUNK`` values."""
    return _new_soa(np.float32)


@njit(cache=True)
def _box_muller_f32_chunk(r0, r1, r2, r3, m, scratch, params):
    """The chunk's ``BoxMullerFloat(x0, x1), BoxMullerFloat(x2, x3)`` into ``scratch`` (vectorized
    when ``exact``, the last param): a :func:`._philox.fixed_rate` prepare."""
    exact = params[-1]
    f0, f1, f2, f3 = scratch
    _box_muller_f32_soa(r0, r1, f0, f1, m, exact)
    _box_muller_f32_soa(r2, r3, f2, f3, m, exact)
    return scratch


@njit(cache=True, inline="always")
def _normal_f32_block(out, i, g0, g1, g2, g3, params):
    # TF NormalDistribution<float>: BoxMullerFloat(x0, x1), BoxMullerFloat(x2, x3), computed over
    # the chunk by _box_muller_f32_chunk; a uint16 `out` takes the values rounded to half /
    # bfloat16 (TF's <half>, <bfloat16>).  params: (bf16, exact).
    bf16 = params[0]
    _put(out, i, g0, bf16)
    _put(out, i + 1, g1, bf16)
    _put(out, i + 2, g2, bf16)
    _put(out, i + 3, g3, bf16)


_normal_f32_range = fixed_rate(_normal_f32_block, 4, _box_muller_f32_chunk, _new_f32_soa, nogil=True)
_normal_f32_par = chunked(_normal_f32_range, nogil=True)


@njit(cache=True, inline="always")
def _normal_f64_block(out, i, x0, x1, x2, x3, params):  # noqa: ARG001 - no params
    # TF NormalDistribution<double>: BoxMullerDouble(x0, x1, x2, x3) -> 2 doubles.
    out[i], out[i + 1] = _box_muller_f64(np.uint64(x0), np.uint64(x1), np.uint64(x2), np.uint64(x3))


_normal_f64_range = fixed_rate(_normal_f64_block, 2, nogil=True)
_normal_f64_par = chunked(_normal_f64_range, nogil=True)


# --- Truncated normal: variable samples per output group ------------------------
# TF random_op_cpu.h FillPhiloxRandomTask<D, true>: output group g (kGroupSize
# values) draws from a fresh generator at counter + g * kGeneratorSkipPerOutputGroup
# through a SingleSampleAdapter.  BoxMuller pairs (float) and quads (double) are
# always aligned with 4-word blocks, so the adapter reduces to consecutive blocks.


@njit(cache=True)
def _trunc_f32_group_rest(out, i, want, f0, f1, f2, f3, lo, hi, k0, k1):
    """Group at ``out[i:i + want]`` whose first block (Box-Muller ``f0..f3``) was not
    all accepted: accept from it in order, then from the blocks after ``lo | hi << 64``."""
    got = 0
    first = (f0, f1, f2, f3)
    for t in range(4):
        if got < want and abs(first[t]) < _TRUNC_F32:
            out[i + got] = first[t]
            got += 1
    while got < want:
        lo += _ONE
        if lo == 0:
            hi += _ONE
        r0, r1, r2, r3 = _block(k0, k1, lo & _MASK32, lo >> _SH32, hi & _MASK32, hi >> _SH32)
        g0, g1 = _box_muller_f32(r0, r1)
        g2, g3 = _box_muller_f32(r2, r3)
        for g in (g0, g1, g2, g3):
            if got < want and abs(g) < _TRUNC_F32:
                out[i + got] = g
                got += 1


@njit(cache=True)
def _trunc_f32_range(out, skip, k0, k1, c0, c1, c2, c3, exact, start, stop):
    # Groups [start, stop): the first block of every group of a chunk in SoA form, Box-Muller
    # over the chunk (vectorized when exact); a group whose 4 values are all inside (-2, 2)
    # (about 83% of them) is done, the others read on (_trunc_f32_group_rest).
    n = out.shape[0]
    base_lo = c0 | (c1 << _SH32)
    base_hi = c2 | (c3 << _SH32)
    r0, r1, r2, r3 = _new_soa()
    f0, f1, f2, f3 = _new_f32_soa()
    for s in range(start, stop, SOA_CHUNK):
        m = min(SOA_CHUNK, stop - s)
        _philox_soa_strided(k0, k1, base_lo, base_hi, s, m, skip, r0, r1, r2, r3)
        _box_muller_f32_soa(r0, r1, f0, f1, m, exact)
        _box_muller_f32_soa(r2, r3, f2, f3, m, exact)
        for j in range(m):
            g = s + j
            i = 4 * g
            want = min(4, n - i)
            a0, a1, a2, a3 = f0[j], f1[j], f2[j], f3[j]
            if want == 4 and abs(a0) < _TRUNC_F32 and abs(a1) < _TRUNC_F32 and abs(a2) < _TRUNC_F32 and abs(a3) < _TRUNC_F32:
                out[i] = a0
                out[i + 1] = a1
                out[i + 2] = a2
                out[i + 3] = a3
            else:
                # group start: base + g * skip (128-bit)
                lo = base_lo + np.uint64(g) * skip
                hi = base_hi + np.uint64(lo < base_lo)
                _trunc_f32_group_rest(out, i, want, a0, a1, a2, a3, lo, hi, k0, k1)


_trunc_f32_par = chunked(_trunc_f32_range, nogil=True)


@njit(cache=True)
def _trunc_f64_range(out, skip, k0, k1, c0, c1, c2, c3, start, stop):
    n = out.shape[0]
    base_lo = c0 | (c1 << _SH32)
    base_hi = c2 | (c3 << _SH32)
    for g in range(start, stop):
        i = 2 * g
        want = min(2, n - i)
        got = 0
        lo = base_lo + np.uint64(g) * skip
        hi = base_hi
        if lo < base_lo:
            hi += _ONE
        while got < want:
            r0, r1, r2, r3 = _block(
                k0, k1, lo & _MASK32, lo >> _SH32, hi & _MASK32, hi >> _SH32
            )
            lo += _ONE
            if lo == 0:
                hi += _ONE
            g0, g1 = _box_muller_f64(r0, r1, r2, r3)
            if abs(g0) < _TRUNC_F64:
                out[i + got] = g0
                got += 1
                if got >= want:
                    break
            if abs(g1) < _TRUNC_F64:
                out[i + got] = g1
                got += 1


_trunc_f64_par = chunked(_trunc_f64_range, nogil=True)


# --- Single-sample consumers: shuffle and multinomial ---------------------------
@njit(cache=True, inline="always")
def _mod_u32(x, n):
    """``x % n`` for ``0 <= x, n < 2**32`` (``n >= 1``) through a double division, which
    vectorizes: ``|fl(x / n) - x / n| < 2**32 / n * 2**-53 < 1 / n``, less than the distance of
    a non-integer ``x / n`` to the integers, so ``floor(fl(x / n))`` is the integer quotient."""
    q = np.int64(math.floor(np.float64(x) / np.float64(n)))
    return x - q * n


@njit(cache=True)
def _shuffle_partners(k0, k1, lo, hi, s, m, size, r0, r1, r2, r3, partner):
    """Swap partners of steps ``4 * s .. 4 * (s + m) - 1`` into ``partner[0 : 4 * m]``:
    ``i + word_i % (size - i)``, word ``i % 4`` of block ``i // 4`` (vectorized)."""
    _philox_soa(k0, k1, lo, hi, s, m, r0, r1, r2, r3)
    for j in range(m):
        i = 4 * (s + j)
        # bounds size - i .. size - i - 3 (at least 1: steps past the last are unused)
        partner[4 * j] = i + _mod_u32(np.int64(r0[j]), max(size - i, 1))
        partner[4 * j + 1] = i + 1 + _mod_u32(np.int64(r1[j]), max(size - i - 1, 1))
        partner[4 * j + 2] = i + 2 + _mod_u32(np.int64(r2[j]), max(size - i - 2, 1))
        partner[4 * j + 3] = i + 3 + _mod_u32(np.int64(r3[j]), max(size - i - 3, 1))


def _swap(a, i, j):
    """Swap ``a[i]`` and ``a[j]``: elements of a 1-D ``a``, rows of a 2-D one."""
    raise NotImplementedError  # compiled only (overload below)


@overload(_swap)
def _swap_impl(a, i, j):
    if a.ndim == 1:

        def swap(a, i, j):
            tmp = a[i]
            a[i] = a[j]
            a[j] = tmp

        return swap

    def swap_rows(a, i, j):  # narrow rows: swapped in place, word by word
        for w in range(a.shape[1]):
            tmp = a[i, w]
            a[i, w] = a[j, w]
            a[j, w] = tmp

    return swap_rows


@njit(cache=True)
def _shuffle_inplace(a, k0, k1, c0, c1, c2, c3):
    # TF shuffle_common.h ShuffleRange on the elements of the 1-D array `a` (or the rows of the
    # 2-D one: narrow rows, whose swaps in place move less than a permutation and a gather) in
    # place, with uniform(n) = single() % n (uint32), single() a SingleSampleAdapter<PhiloxRandom>:
    # step i consumes word i % 4 of block i // 4. Per chunk: every step's swap partner, then the swaps.
    size = a.shape[0]
    steps = size - 1
    lo = c0 | (c1 << _SH32)
    hi = c2 | (c3 << _SH32)
    r0, r1, r2, r3 = _new_soa()
    partner = np.empty(4 * SOA_CHUNK, dtype=np.int64)
    nblocks = (steps + 3) // 4
    for s in range(0, nblocks, SOA_CHUNK):
        m = min(SOA_CHUNK, nblocks - s)
        _shuffle_partners(k0, k1, lo, hi, s, m, size, r0, r1, r2, r3, partner)
        first = 4 * s
        for t in range(min(4 * m, steps - first)):
            _swap(a, first + t, partner[t])


# Classes up to which a sample's class is found by counting cdf values <= x over the row's
# samples (vectorized across samples), above which by a branch-free binary search.
_COUNT_CLASSES_MAX = 64
_GUIDE_BUCKETS_PER_CLASS = 4  # guide-table buckets per class (above _COUNT_CLASSES_MAX)
# Work (samples x search cost + classes, summed over rows) from which rows run on all threads.
_CATEGORICAL_PARALLEL_WORK = 1 << 16


@njit(cache=True)
def _categorical_rows(out, logits, finite, max_logit, u, fused, k0, k1, c_lo, c_hi, row0, row1):
    # TF multinomial_op.cc MultinomialFunctor<CPUDevice>::DoWork for rows [row0, row1):
    # cdf = running sum of exp(double(logit) - double(max)) over finite logits; sample k
    # of row b is upper_bound(cdf, RandDouble() * total), RandDouble() = u[b * nsamp + k]:
    # given, or (fused, one shard) value i = b * nsamp + k of the UniformDistribution<double>
    # stream at (c_lo, c_hi), i.e. of block i // 2, computed here row by row.
    # upper_bound on a non-decreasing cdf (NaN-free: exp of a finite value <= 0) is the
    # number of cdf values <= x.
    ncls = logits.shape[1]
    nsamp = out.shape[1]
    r0, r1, r2, r3 = _new_soa()
    ubuf = np.empty(2 * SOA_CHUNK, dtype=np.float64)
    cdf = np.empty(ncls, dtype=np.float64)
    x = np.empty(nsamp, dtype=np.float64)
    cnt = np.empty(nsamp, dtype=np.int64)
    nbuckets = _GUIDE_BUCKETS_PER_CLASS * ncls
    guide = np.empty(nbuckets + 2, dtype=np.int64)
    for b in range(row0, row1):
        running = 0.0
        for j in range(ncls):
            if finite[b, j]:
                running += math.exp(logits[b, j] - max_logit[b])
            cdf[j] = running
        base = b * nsamp
        if fused:
            blk0 = base // 2
            nblk = (base + nsamp - 1) // 2 - blk0 + 1
            for sb in range(0, nblk, SOA_CHUNK):
                m = min(SOA_CHUNK, nblk - sb)
                _philox_soa(k0, k1, c_lo, c_hi, blk0 + sb, m, r0, r1, r2, r3)
                for j in range(m):
                    ubuf[2 * j] = _u64_to_f64(np.uint64(r0[j]), np.uint64(r1[j]))
                    ubuf[2 * j + 1] = _u64_to_f64(np.uint64(r2[j]), np.uint64(r3[j]))
                first = 2 * (blk0 + sb)  # stream index of ubuf[0]
                k_lo = max(first - base, 0)
                k_hi = min(first + 2 * m - base, nsamp)
                for k in range(k_lo, k_hi):
                    x[k] = ubuf[k + base - first] * running
        else:
            for k in range(nsamp):
                x[k] = u[base + k] * running
        if ncls <= _COUNT_CLASSES_MAX:
            cnt[:] = 0
            for j in range(ncls):
                c = cdf[j]
                for k in range(nsamp):
                    cnt[k] += c <= x[k]
            for k in range(nsamp):
                out[b, k] = cnt[k]
        else:
            # Guide table: bucket(v) = int(v * scale) is non-decreasing in v, so the cdf
            # values with bucket(c) < bucket(x) are all <= x (a prefix of cdf, guide[b]
            # long) and those <= x all have bucket(c) <= bucket(x) (at most guide[b + 1]):
            # upper_bound searches cdf[guide[b]:guide[b + 1]], about one class.
            scale = nbuckets / running if running > 0.0 else 0.0
            guide[:] = 0
            for j in range(ncls):
                guide[min(np.int64(cdf[j] * scale), nbuckets) + 1] += 1
            for q in range(1, nbuckets + 2):
                guide[q] += guide[q - 1]
            for k in range(nsamp):
                v = x[k]
                q = min(np.int64(v * scale), nbuckets)
                lo = guide[q]
                hi = guide[q + 1]
                if hi - lo == 1:  # the common case, without a branch on the data
                    lo += cdf[lo] <= v
                else:
                    while lo < hi:  # std::upper_bound in [lo, hi)
                        mid = (lo + hi) >> 1
                        if cdf[mid] <= v:
                            lo = mid + 1
                        else:
                            hi = mid
                out[b, k] = lo


_categorical_par = chunked(_categorical_rows, nogil=True)


@njit(cache=True)
def _narrow_range(src, dst, bf16, start, stop):
    if bf16:
        for i in range(start, stop):
            dst[i] = _f32_to_bf16_bits(src[i])
    else:
        for i in range(start, stop):
            dst[i] = _f32_to_f16_bits(src[i])


_narrow_par = chunked(_narrow_range, nogil=True)


def _narrow(values: np.ndarray, dt: np.dtype) -> np.ndarray:
    """Finite float32 ``values`` (1-D) as float16 / bfloat16, rounded to nearest even: numpy's
    (ml_dtypes') ``astype``, which is TF's ``Eigen::half(float)`` / ``bfloat16(float)``."""
    out = np.empty(values.shape[0], dtype=np.uint16)
    n = values.shape[0]
    bf16 = dt == _BFLOAT16
    if n >= 4 * PARALLEL_THRESHOLD_BLOCKS:
        _narrow_par(n, nchunks(n // 4), values, out, bf16)
    else:
        _narrow_range(values, out, bf16, 0, n)
    return out.view(dt)


@njit(cache=True)
def _plus_zero_u16(bits, zero_mask):
    # bits with (bits & zero_mask) == 0 (a zero, or with bfloat16 a subnormal) become +0
    out = np.empty_like(bits)
    for i in range(bits.shape[0]):
        b = bits[i]
        out[i] = 0 if (b & zero_mask) == 0 else b
    return out


def plus_zero(values: np.ndarray) -> np.ndarray:
    """TF's ``x * 1 + 0`` in float16 / bfloat16 for finite ``x`` (flat), without numpy's slow
    half arithmetic: ``-0.0`` becomes ``+0.0``; in bfloat16 subnormals, which TF's flush-to-zero
    reads as zeros, too. Every other value is unchanged (``* 1`` and ``+ 0`` are exact)."""
    dt = values.dtype
    if dt not in (np.dtype(np.float16), _BFLOAT16):
        raise ValueError(f"plus_zero takes float16 or bfloat16, got {dt}")
    mask = np.uint16(0x7FFF) if dt == np.float16 else np.uint16(0x7F80)
    return _plus_zero_u16(np.ascontiguousarray(values).reshape(-1).view(np.uint16), mask).view(dt).reshape(values.shape)


# --- Public API --------------------------------------------------------------
def uniform(key: int, counter: int, n: int, dtype) -> np.ndarray:
    """Uniform floats in ``[0, 1)``: TF ``UniformDistribution`` for half/float/double.

    float16/float32 use one uint32 word per value (4 per block); float64 uses two
    (2 per block).

    Args:
        key: Philox key, ``[0, 2**64)``.
        counter: Philox counter, ``[0, 2**128)``.
        n: Number of values.
        dtype: ``float16``, ``float32`` or ``float64``.

    Returns:
        1-D array of ``n`` values of ``dtype``.
    """
    return prepare_uniform(n, dtype)(key, counter)


def prepare_uniform(n: int, dtype) -> Callable[[int, int], np.ndarray]:
    """:func:`uniform` for ``n`` values of ``dtype``, as a function of ``(key, counter)``.

    The dtype, length and kernel are settled once: a caller drawing the same shape
    again and again (the servicer's plans) pays only for the kernel call.
    """
    dt = _float_dtype(dtype)
    if dt == np.float32:
        mask, scale = _F32_MANT_MASK, _F32_MANT_SCALE
    elif dt == _BFLOAT16:
        mask, scale = _BF16_MANT_MASK, _BF16_MANT_SCALE
    else:
        mask, scale = _F16_MANT_MASK, _F16_MANT_SCALE
    return _prepare_fixed_rate(
        n, dt, (_uniform_f64_par, _uniform_f64_range), (_uniform_f32_par, _uniform_f32_range), (mask, scale, dt == _BFLOAT16)
    )


def _prepare_fixed_rate(
    n: int, dt: np.dtype, f64_kernels: tuple, f32_kernels: tuple, f32_args: tuple = (), box_muller: bool = False
) -> Callable[[int, int], np.ndarray]:
    """``(key, counter) -> n values of dt`` from a (parallel, serial) kernel pair: float64
    kernels for float64, else float32 kernels (given ``f32_args`` first, and with
    ``box_muller`` the :func:`_exact_box_muller` flag last), which write float16 / bfloat16
    values as their uint16 bits."""
    n = _check_n(n)
    nblocks = -(-n // values_per_block(dt))
    par = nblocks >= PARALLEL_THRESHOLD_BLOCKS
    wide = dt == np.float64
    par_kernel, range_kernel = f64_kernels if wide else f32_kernels
    extra = () if wide else f32_args
    out_dtype = np.dtype(np.float64 if wide else np.float32 if dt == np.float32 else np.uint16)

    flag = box_muller and not wide

    def draw(key: int, counter: int) -> np.ndarray:
        args = _kernel_args(key, counter)
        out = np.empty(n, dtype=out_dtype)
        tail = (_exact_box_muller(nblocks),) if flag else ()
        if par:
            par_kernel(nblocks, nchunks(nblocks), out, *args, *extra, *tail)
        elif n:
            range_kernel(out, *args, *extra, *tail, 0, nblocks)
        return out if dt == out_dtype else out.view(dt)

    return draw


def uniform_int(key: int, counter: int, n: int, dtype, lo: int, hi: int) -> np.ndarray:
    """Uniform integers in ``[lo, hi)``: TF ``UniformDistribution<int32|int64>``.

    ``lo + (x % (hi - lo))`` with two's-complement wrap-around, where ``x`` is one
    uint32 word (int32, 4 per block) or ``x0 | x1 << 32`` (int64, 2 per block).
    The result is slightly biased for ranges that are not powers of two, exactly
    like TF.  TF 2.21 registers no CPU kernel for unsigned dtypes, so neither do we.

    Args:
        key: Philox key, ``[0, 2**64)``.
        counter: Philox counter, ``[0, 2**128)``.
        n: Number of values.
        dtype: ``int32`` or ``int64``.
        lo: Inclusive lower bound (representable in ``dtype``).
        hi: Exclusive upper bound (representable in ``dtype``), ``lo < hi``.

    Returns:
        1-D array of ``n`` values of ``dtype``.
    """
    dt = np.dtype(dtype)
    if dt not in _INT_DTYPES:
        raise ValueError(f"uniform_int dtype must be int32 or int64, got {dt}")
    info = np.iinfo(dt)
    for name, v in (("lo", lo), ("hi", hi)):
        if isinstance(v, (bool, np.bool_)) or not isinstance(v, (int, np.integer)):
            raise TypeError(f"{name} must be an int")
        if not info.min <= int(v) <= info.max:
            raise ValueError(f"{name}={v} not representable in {dt}")
    lo, hi = int(lo), int(hi)
    n = _check_n(n)
    if n == 0:
        return np.empty(0, dtype=dt)  # TF random_op.cc returns an empty output before checking lo < hi
    if not lo < hi:
        raise ValueError(f"Need lo < hi, got lo={lo}, hi={hi}")  # TF: minval < maxval
    args = _kernel_args(key, counter)
    k = values_per_block(dt)
    nblocks = -(-n // k)
    bits = 8 * dt.itemsize
    lo_u = np.uint64(lo % (1 << bits))
    rng = np.uint64((hi - lo) % (1 << bits))  # uint(hi) - uint(lo), never 0 here
    if dt == np.int32:
        out = np.empty(n, dtype=np.uint32)
        launch(_uniform_i32_range, _uniform_i32_par, nblocks, PARALLEL_THRESHOLD_BLOCKS, out, *args, lo_u, rng)
        return out.view(np.int32)
    out = np.empty(n, dtype=np.uint64)
    launch(_uniform_i64_range, _uniform_i64_par, nblocks, PARALLEL_THRESHOLD_BLOCKS, out, *args, lo_u, rng)
    return out.view(np.int64)


def uniform_full_int(key: int, counter: int, n: int, dtype) -> np.ndarray:
    """Integers over the whole range of ``dtype``: TF ``UniformFullIntDistribution``.

    32-bit dtypes: the raw words, 4 per block; 64-bit: ``x0 | x1 << 32``, 2 per block.

    Args:
        key: Philox key, ``[0, 2**64)``.
        counter: Philox counter, ``[0, 2**128)``.
        n: Number of values.
        dtype: ``int32``, ``uint32``, ``int64`` or ``uint64``.

    Returns:
        1-D array of ``n`` values of ``dtype``.
    """
    dt = np.dtype(dtype)
    if dt not in _FULL_INT_DTYPES:
        raise ValueError(f"uniform_full_int dtype must be (u)int32/(u)int64, got {dt}")
    n = _check_n(n)
    if dt.itemsize == 4:
        words = philox(key, counter, -(-n // 4)).reshape(-1)
        out = words[:n] if words.shape[0] == n else words[:n].copy()
        return out.view(dt)
    args = _kernel_args(key, counter)
    nblocks = -(-n // 2)
    out = np.empty(n, dtype=np.uint64)
    zero = np.uint64(0)  # range 0 = no modulo, lo 0
    launch(_uniform_i64_range, _uniform_i64_par, nblocks, PARALLEL_THRESHOLD_BLOCKS, out, *args, zero, zero)
    return out.view(dt)


def normal(key: int, counter: int, n: int, dtype) -> np.ndarray:
    """Standard normal values: TF ``NormalDistribution`` (Box-Muller); arguments and result
    as :func:`uniform`'s.

    float32: 4 per block via ``BoxMullerFloat``; float16: the same float32 values
    rounded to half; float64: 2 per block via ``BoxMullerDouble``.
    """
    return prepare_normal(n, dtype)(key, counter)


def prepare_normal(n: int, dtype) -> Callable[[int, int], np.ndarray]:
    """:func:`normal` for ``n`` values of ``dtype``, as a function of ``(key, counter)`` (see :func:`prepare_uniform`)."""
    # float16 / bfloat16: the float32 values rounded to nearest even (in the kernel)
    dt = _float_dtype(dtype)
    return _prepare_fixed_rate(
        n, dt, (_normal_f64_par, _normal_f64_range), (_normal_f32_par, _normal_f32_range), (dt == _BFLOAT16,), box_muller=True
    )


def truncated_normal(key: int, counter: int, n: int, dtype) -> np.ndarray:
    """Standard normal truncated to ``(-2, 2)``: TF ``TruncatedNormalDistribution``.

    Output groups of 4 (float16/float32) or 2 (float64) values; group ``g`` reads
    a fresh generator at ``counter + g * 256`` (resp. ``g * 128``) block by block,
    accepting Box-Muller outputs with ``|x| < 2`` until the group is full (TF
    ``FillPhiloxRandomTask<D, true>``).  float16 accepts in float32 and then rounds.
    Arguments and result as :func:`uniform`'s.
    """
    dt = _float_dtype(dtype)
    args = _kernel_args(key, counter)
    n = _check_n(n)
    k = values_per_block(dt)
    # kGeneratorSkipPerOutputGroup = kGroupSize * kReservedSamplesPerOutput / 4
    skip = np.uint64(k * RESERVED_SAMPLES_PER_OUTPUT // _PHILOX_WORDS)
    ngroups = -(-n // k)
    if dt == np.float64:
        out = np.empty(n, dtype=np.float64)
        launch(_trunc_f64_range, _trunc_f64_par, ngroups, PARALLEL_THRESHOLD_BLOCKS, out, skip, *args)
        return out
    out = np.empty(n, dtype=np.float32)
    exact = _exact_box_muller(ngroups)
    launch(_trunc_f32_range, _trunc_f32_par, ngroups, PARALLEL_THRESHOLD_BLOCKS, out, skip, *args, exact)
    return out if dt == np.float32 else _narrow(out, dt)  # half / bfloat16: float rounded to nearest even


def shuffle_permutation(key: int, counter: int, size: int) -> np.ndarray:
    """Permutation applied by TF's ``RandomShuffle`` along axis 0.

    Fisher-Yates as TF ``ShuffleRange``: for ``i`` in ``0 .. size-2``, swap
    ``a[i]`` with ``a[i + single() % (size - i)]``, where ``single()`` hands out the
    Philox words one at a time.  Shuffling data ``x`` gives ``x[perm]``.

    TF's ``uniform`` takes a ``uint32`` bound, so for ``size >= 2**32`` the bound
    ``size - i`` is truncated and reaches ``0`` (integer division by zero in TF);
    such sizes are rejected.

    Args:
        key: Philox key, ``[0, 2**64)``.
        counter: Philox counter, ``[0, 2**128)``.
        size: Length of axis 0, ``0 <= size < 2**32``.

    Returns:
        ``int64`` array of length ``size``.
    """
    args = _kernel_args(key, counter)
    size = _check_n(size)
    if size >= 1 << 32:
        raise ValueError(
            "shuffle size must be < 2**32: TF's RandomShuffle truncates the bound to "
            "uint32 and divides by zero at size - i == 2**32"
        )
    perm = np.arange(size, dtype=np.int64)
    if size >= 2:
        _shuffle_inplace(perm, *args)
    return perm


_UINT_BY_SIZE = {1: np.uint8, 2: np.uint16, 4: np.uint32, 8: np.uint64}
_SWAP_ROW_BYTES_MAX = 64  # wider rows: a permutation, then one gather (each row moved once)


def shuffle(key: int, counter: int, value: np.ndarray) -> np.ndarray:
    """TF's ``RandomShuffle`` of ``value`` along axis 0 (a new array; ``value`` is not changed).

    The same swaps as :func:`shuffle_permutation`, applied to a copy of the data itself (TF's
    1-D path), or, for rows wider than 64 bytes, a permutation and one gather (TF's
    ``IndexedShuffle``): ``shuffle(k, c, x)`` equals ``x[shuffle_permutation(k, c, len(x))]``.

    Args:
        key: Philox key, ``[0, 2**64)``.
        counter: Philox counter, ``[0, 2**128)``.
        value: Array with at least one dimension, ``len(value) < 2**32``.

    Returns:
        The shuffled copy, of ``value``'s dtype and shape.
    """
    value = np.asarray(value)
    if value.ndim == 0:
        raise ValueError("shuffle needs an array with at least one dimension")
    size = value.shape[0]
    if value.size <= 1 or size <= 1:
        return value.copy()
    row_bytes = value.itemsize * (value.size // size)
    if row_bytes > _SWAP_ROW_BYTES_MAX or size >= 1 << 32:
        return np.ascontiguousarray(value)[shuffle_permutation(key, counter, size)]
    args = _kernel_args(key, counter)
    out = np.array(value, order="C", copy=True)
    if row_bytes == 16:  # 16-byte rows as complex128 elements: moves that never change bits
        _shuffle_inplace(out.reshape(-1).view(np.complex128), *args)
        return out
    word = next(w for w in (8, 4, 2, 1) if row_bytes % w == 0)  # rows as whole uint words
    flat = out.reshape(-1).view(_UINT_BY_SIZE[word])
    _shuffle_inplace(flat if row_bytes == word else flat.reshape(size, row_bytes // word), *args)
    return out


def multinomial(
    key: int,
    counter: int,
    logits: np.ndarray,
    num_samples: int,
    out_dtype,
    row_starts: Sequence[int] | None = None,
) -> np.ndarray:
    """Categorical samples: TF ``MultinomialFunctor<CPUDevice>`` (``tf.random.categorical``).

    Per row: ``max`` over finite logits; ``cdf[j]`` = running sum of
    ``exp(logit_j - max)`` over finite logits; each sample is
    ``upper_bound(cdf, RandDouble() * total)``, ``RandDouble`` consuming two
    single words (``Uint64ToDouble``).  All rows of a shard share one
    ``SimplePhilox``.

    Args:
        key: Philox key, ``[0, 2**64)``.
        counter: Philox counter, ``[0, 2**128)``.
        logits: 2-D ``[batch, num_classes]`` float16/float32/float64 array,
            ``num_classes >= 1``.
        num_samples: Samples per row, ``>= 0``.
        out_dtype: ``int32`` or ``int64``.
        row_starts: Start rows of TF's work shards (``Shard`` over the batch at
            TF's intra-op thread count: :func:`._sharding.shard_starts`).
            Default ``[0]``: a single shard (TF with one thread, or a batch too
            cheap to split).

    Returns:
        ``[batch, num_samples]`` array of ``out_dtype`` class indices
        (``num_classes`` if a row has no finite logit).
    """
    logits = np.asarray(logits)
    if logits.ndim != 2:
        raise ValueError(f"logits must be 2-D, got shape {logits.shape}")
    if logits.dtype not in _FLOAT_DTYPES:
        raise ValueError(f"logits dtype must be float16/32/64, got {logits.dtype}")
    batch, ncls = logits.shape
    if ncls < 1:
        raise ValueError("num_classes must be positive")
    odt = np.dtype(out_dtype)
    if odt not in _INT_DTYPES:
        raise ValueError(f"out_dtype must be int32 or int64, got {odt}")
    num_samples = _check_n(num_samples)
    _kernel_args(key, counter)  # checks key and counter
    out = np.zeros((batch, num_samples), dtype=odt)
    if batch == 0 or num_samples == 0:
        return out
    if row_starts is None:
        starts = np.zeros(1, dtype=np.int64)
    else:
        starts = np.asarray(list(row_starts), dtype=np.int64)
        if (
            starts.ndim != 1
            or starts.size == 0
            or starts[0] != 0
            or np.any(np.diff(starts) <= 0)
            or starts[-1] >= batch
        ):
            raise ValueError("row_starts must be strictly increasing, start at 0, < batch")
    finite = np.isfinite(logits)
    # max over finite logits in the logits dtype (exact in double).
    masked = np.where(finite, logits, np.finfo(logits.dtype).min)
    max_logit = masked.max(axis=1).astype(np.float64)
    lg = np.ascontiguousarray(logits, dtype=np.float64)  # exact widening
    # Each shard copies the generator, skips row0 * (num_samples + 3) / 4 blocks and reads it
    # through a SimplePhilox: RandDouble() takes two words, so sample k of row b (in the
    # shard's order) reads words 2i, 2i + 1 with i = (b - row0) * num_samples + k: the
    # UniformDistribution<double> stream from the shard's counter. One shard (TF's usual
    # case): the kernel computes that stream row by row; several: computed here first.
    fused = starts.shape[0] == 1
    k0, k1, c0, c1, c2, c3 = _kernel_args(key, counter)
    lo, hi = c0 | (c1 << _SH32), c2 | (c3 << _SH32)
    u = np.empty(0 if fused else batch * num_samples, dtype=np.float64)
    bounds = [*starts.tolist(), batch]
    for row0, row1 in zip(bounds[:-1], bounds[1:]) if not fused else ():
        skip = row0 * (num_samples + 3) // 4
        part = u[row0 * num_samples : row1 * num_samples]
        nblocks = -(-part.shape[0] // 2)
        shard_args = _kernel_args(key, (counter + skip) % (1 << 128))
        launch(_uniform_f64_range, _uniform_f64_par, nblocks, PARALLEL_THRESHOLD_BLOCKS, part, *shard_args)
    work = batch * (num_samples * (1 if ncls <= _COUNT_CLASSES_MAX else max(1, ncls.bit_length())) + ncls)
    if work >= _CATEGORICAL_PARALLEL_WORK:
        _categorical_par(batch, min(batch, 8 * numba.get_num_threads()), out, lg, finite, max_logit, u, fused, k0, k1, lo, hi)
    else:
        _categorical_rows(out, lg, finite, max_logit, u, fused, k0, k1, lo, hi, 0, batch)
    return out
