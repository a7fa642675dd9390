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
as TF's compiled kernels do.  No fastmath, and never NumPy ufuncs for those
(NumPy's SIMD ``np.log``/``np.sin`` differ in the last bit).  Half-precision
outputs are computed in float32 (as TF does) and rounded with NumPy's
round-to-nearest-even ``float32 -> float16`` conversion, equal to
``Eigen::half(float)``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import ml_dtypes
import numba
import numpy as np
from numba import njit, prange

from ._philox import (
    PARALLEL_THRESHOLD_BLOCKS,
    SOA_CHUNK,
    _block,
    _check_n,
    _counter_at,
    _kernel_args,
    _new_soa,
    _philox_soa,
    philox,
)

__all__ = [
    "TRUNCATE_VALUE",
    "RESERVED_SAMPLES_PER_OUTPUT",
    "BOX_MULLER_EPSILON",
    "prepare_normal",
    "prepare_uniform",
    "uniform",
    "uniform_int",
    "uniform_full_int",
    "normal",
    "truncated_normal",
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


def _nchunks(nblocks: int) -> int:
    """Number of prange chunks (a few per thread, for load balance)."""
    return max(1, min(nblocks, 8 * numba.get_num_threads()))


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


# --- Fixed-rate kernels: block b -> outputs [b*k, b*k + k) -----------------------
# Each *_range kernel fills blocks [start, stop) and clips the last block at n
# (TF FillPhiloxRandomTask<D, false>: a partial last group copies a prefix).
# Each *_par kernel splits [0, nblocks) into chunks over prange.


@njit(cache=True)
def _uniform_f32_range(out, mask, scale, k0, k1, c0, c1, c2, c3, start, stop):
    # TF UniformDistribution<float> (mask 0x7fffff, scale 2**-23) and <half>
    # (mask 0x3ff, scale 2**-10, rounded to half by the caller): one word per value.
    n = out.shape[0]
    lo = c0 | (c1 << _SH32)
    hi = c2 | (c3 << _SH32)
    r0, r1, r2, r3 = _new_soa()
    full = min(stop, n // 4)
    for s in range(start, full, SOA_CHUNK):
        m = min(SOA_CHUNK, full - s)
        _philox_soa(k0, k1, lo, hi, s, m, r0, r1, r2, r3)
        for j in range(m):
            i = 4 * (s + j)
            out[i] = np.float32(np.int32(r0[j] & mask)) * scale
            out[i + 1] = np.float32(np.int32(r1[j] & mask)) * scale
            out[i + 2] = np.float32(np.int32(r2[j] & mask)) * scale
            out[i + 3] = np.float32(np.int32(r3[j] & mask)) * scale
    if start <= full < stop:  # partial last block: copy a prefix
        d0, d1, d2, d3 = _counter_at(lo, hi, np.uint64(full))
        r = _block(k0, k1, d0, d1, d2, d3)
        for j in range(n - 4 * full):
            out[4 * full + j] = np.float32(np.int32(r[j] & mask)) * scale


@njit(cache=True, parallel=True, nogil=True)
def _uniform_f32_par(out, mask, scale, k0, k1, c0, c1, c2, c3, nblocks, nchunks):
    for t in prange(nchunks):
        _uniform_f32_range(
            out, mask, scale, k0, k1, c0, c1, c2, c3,
            (nblocks * t) // nchunks, (nblocks * (t + 1)) // nchunks,
        )


@njit(cache=True)
def _uniform_f64_range(out, k0, k1, c0, c1, c2, c3, start, stop):
    # TF UniformDistribution<double>: Uint64ToDouble(x0, x1), Uint64ToDouble(x2, x3).
    n = out.shape[0]
    lo = c0 | (c1 << _SH32)
    hi = c2 | (c3 << _SH32)
    r0, r1, r2, r3 = _new_soa()
    full = min(stop, n // 2)
    for s in range(start, full, SOA_CHUNK):
        m = min(SOA_CHUNK, full - s)
        _philox_soa(k0, k1, lo, hi, s, m, r0, r1, r2, r3)
        for j in range(m):
            i = 2 * (s + j)
            out[i] = _u64_to_f64(np.uint64(r0[j]), np.uint64(r1[j]))
            out[i + 1] = _u64_to_f64(np.uint64(r2[j]), np.uint64(r3[j]))
    if start <= full < stop:  # partial last block
        d0, d1, d2, d3 = _counter_at(lo, hi, np.uint64(full))
        x0, x1, x2, x3 = _block(k0, k1, d0, d1, d2, d3)
        out[2 * full] = _u64_to_f64(x0, x1)


@njit(cache=True, parallel=True, nogil=True)
def _uniform_f64_par(out, k0, k1, c0, c1, c2, c3, nblocks, nchunks):
    for t in prange(nchunks):
        _uniform_f64_range(
            out, k0, k1, c0, c1, c2, c3,
            (nblocks * t) // nchunks, (nblocks * (t + 1)) // nchunks,
        )


@njit(cache=True)
def _uniform_i32_range(out, lo_u, rng, k0, k1, c0, c1, c2, c3, start, stop):
    # TF UniformDistribution<int32>: SignedAdd(lo, x % range), i.e. wrap-around
    # lo + (x % range) with range = uint32(hi) - uint32(lo).  out is uint32.
    n = out.shape[0]
    lo = c0 | (c1 << _SH32)
    hi = c2 | (c3 << _SH32)
    r0, r1, r2, r3 = _new_soa()
    full = min(stop, n // 4)
    for s in range(start, full, SOA_CHUNK):
        m = min(SOA_CHUNK, full - s)
        _philox_soa(k0, k1, lo, hi, s, m, r0, r1, r2, r3)
        for j in range(m):
            i = 4 * (s + j)
            out[i] = (lo_u + np.uint64(r0[j]) % rng) & _MASK32
            out[i + 1] = (lo_u + np.uint64(r1[j]) % rng) & _MASK32
            out[i + 2] = (lo_u + np.uint64(r2[j]) % rng) & _MASK32
            out[i + 3] = (lo_u + np.uint64(r3[j]) % rng) & _MASK32
    if start <= full < stop:  # partial last block
        d0, d1, d2, d3 = _counter_at(lo, hi, np.uint64(full))
        r = _block(k0, k1, d0, d1, d2, d3)
        for j in range(n - 4 * full):
            out[4 * full + j] = (lo_u + r[j] % rng) & _MASK32


@njit(cache=True, parallel=True, nogil=True)
def _uniform_i32_par(out, lo_u, rng, k0, k1, c0, c1, c2, c3, nblocks, nchunks):
    for t in prange(nchunks):
        _uniform_i32_range(
            out, lo_u, rng, k0, k1, c0, c1, c2, c3,
            (nblocks * t) // nchunks, (nblocks * (t + 1)) // nchunks,
        )


@njit(cache=True)
def _bits_to_i64(x0, x1, lo_u, rng):
    # TF UniformDistribution<int64>: bits = x0 | x1 << 32; SignedAdd(lo, bits % range).
    # rng == 0 means "no modulo" (UniformFullIntDistribution64, lo_u == 0).
    bits = x0 | (x1 << _SH32)
    if rng != 0:
        bits = bits % rng
    return lo_u + bits  # uint64 wrap-around == two's-complement SignedAdd


@njit(cache=True)
def _uniform_i64_range(out, lo_u, rng, k0, k1, c0, c1, c2, c3, start, stop):
    # out is uint64 (viewed as int64/uint64 by the caller); 2 values per block.
    n = out.shape[0]
    lo = c0 | (c1 << _SH32)
    hi = c2 | (c3 << _SH32)
    r0, r1, r2, r3 = _new_soa()
    full = min(stop, n // 2)
    for s in range(start, full, SOA_CHUNK):
        m = min(SOA_CHUNK, full - s)
        _philox_soa(k0, k1, lo, hi, s, m, r0, r1, r2, r3)
        for j in range(m):
            i = 2 * (s + j)
            out[i] = _bits_to_i64(np.uint64(r0[j]), np.uint64(r1[j]), lo_u, rng)
            out[i + 1] = _bits_to_i64(np.uint64(r2[j]), np.uint64(r3[j]), lo_u, rng)
    if start <= full < stop:  # partial last block
        d0, d1, d2, d3 = _counter_at(lo, hi, np.uint64(full))
        x0, x1, x2, x3 = _block(k0, k1, d0, d1, d2, d3)
        out[2 * full] = _bits_to_i64(x0, x1, lo_u, rng)


@njit(cache=True, parallel=True, nogil=True)
def _uniform_i64_par(out, lo_u, rng, k0, k1, c0, c1, c2, c3, nblocks, nchunks):
    for t in prange(nchunks):
        _uniform_i64_range(
            out, lo_u, rng, k0, k1, c0, c1, c2, c3,
            (nblocks * t) // nchunks, (nblocks * (t + 1)) // nchunks,
        )


@njit(cache=True)
def _normal_f32_range(out, k0, k1, c0, c1, c2, c3, start, stop):
    # TF NormalDistribution<float>: BoxMullerFloat(x0, x1), BoxMullerFloat(x2, x3).
    n = out.shape[0]
    lo = c0 | (c1 << _SH32)
    hi = c2 | (c3 << _SH32)
    r0, r1, r2, r3 = _new_soa()
    full = min(stop, n // 4)
    for s in range(start, full, SOA_CHUNK):
        m = min(SOA_CHUNK, full - s)
        _philox_soa(k0, k1, lo, hi, s, m, r0, r1, r2, r3)
        for j in range(m):
            i = 4 * (s + j)
            out[i], out[i + 1] = _box_muller_f32(np.uint64(r0[j]), np.uint64(r1[j]))
            out[i + 2], out[i + 3] = _box_muller_f32(np.uint64(r2[j]), np.uint64(r3[j]))
    if start <= full < stop:  # partial last block: copy a prefix
        d0, d1, d2, d3 = _counter_at(lo, hi, np.uint64(full))
        x0, x1, x2, x3 = _block(k0, k1, d0, d1, d2, d3)
        f0, f1 = _box_muller_f32(x0, x1)
        f2, f3 = _box_muller_f32(x2, x3)
        f = (f0, f1, f2, f3)
        for j in range(n - 4 * full):
            out[4 * full + j] = f[j]


@njit(cache=True, parallel=True, nogil=True)
def _normal_f32_par(out, k0, k1, c0, c1, c2, c3, nblocks, nchunks):
    for t in prange(nchunks):
        _normal_f32_range(
            out, k0, k1, c0, c1, c2, c3,
            (nblocks * t) // nchunks, (nblocks * (t + 1)) // nchunks,
        )


@njit(cache=True)
def _normal_f64_range(out, k0, k1, c0, c1, c2, c3, start, stop):
    # TF NormalDistribution<double>: BoxMullerDouble(x0, x1, x2, x3) -> 2 doubles.
    n = out.shape[0]
    lo = c0 | (c1 << _SH32)
    hi = c2 | (c3 << _SH32)
    r0, r1, r2, r3 = _new_soa()
    full = min(stop, n // 2)
    for s in range(start, full, SOA_CHUNK):
        m = min(SOA_CHUNK, full - s)
        _philox_soa(k0, k1, lo, hi, s, m, r0, r1, r2, r3)
        for j in range(m):
            i = 2 * (s + j)
            out[i], out[i + 1] = _box_muller_f64(
                np.uint64(r0[j]), np.uint64(r1[j]), np.uint64(r2[j]), np.uint64(r3[j])
            )
    if start <= full < stop:  # partial last block
        d0, d1, d2, d3 = _counter_at(lo, hi, np.uint64(full))
        x0, x1, x2, x3 = _block(k0, k1, d0, d1, d2, d3)
        g0, g1 = _box_muller_f64(x0, x1, x2, x3)
        out[2 * full] = g0


@njit(cache=True, parallel=True, nogil=True)
def _normal_f64_par(out, k0, k1, c0, c1, c2, c3, nblocks, nchunks):
    for t in prange(nchunks):
        _normal_f64_range(
            out, k0, k1, c0, c1, c2, c3,
            (nblocks * t) // nchunks, (nblocks * (t + 1)) // nchunks,
        )


# --- Truncated normal: variable samples per output group ------------------------
# TF random_op_cpu.h FillPhiloxRandomTask<D, true>: output group g (kGroupSize
# values) draws from a fresh generator at counter + g * kGeneratorSkipPerOutputGroup
# through a SingleSampleAdapter.  BoxMuller pairs (float) and quads (double) are
# always aligned with 4-word blocks, so the adapter reduces to consecutive blocks.


@njit(cache=True)
def _trunc_f32_range(out, skip, k0, k1, c0, c1, c2, c3, start, stop):
    n = out.shape[0]
    base_lo = c0 | (c1 << _SH32)
    base_hi = c2 | (c3 << _SH32)
    for g in range(start, stop):
        i = 4 * g
        want = min(4, n - i)
        got = 0
        # Group start: base + g * skip (128-bit).
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
            f0, f1 = _box_muller_f32(r0, r1)
            f2, f3 = _box_muller_f32(r2, r3)
            if abs(f0) < _TRUNC_F32:
                out[i + got] = f0
                got += 1
                if got >= want:
                    break
            if abs(f1) < _TRUNC_F32:
                out[i + got] = f1
                got += 1
                if got >= want:
                    break
            if abs(f2) < _TRUNC_F32:
                out[i + got] = f2
                got += 1
                if got >= want:
                    break
            if abs(f3) < _TRUNC_F32:
                out[i + got] = f3
                got += 1


@njit(cache=True, parallel=True, nogil=True)
def _trunc_f32_par(out, skip, k0, k1, c0, c1, c2, c3, ngroups, nchunks):
    for t in prange(nchunks):
        _trunc_f32_range(
            out, skip, k0, k1, c0, c1, c2, c3,
            (ngroups * t) // nchunks, (ngroups * (t + 1)) // nchunks,
        )


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


@njit(cache=True, parallel=True, nogil=True)
def _trunc_f64_par(out, skip, k0, k1, c0, c1, c2, c3, ngroups, nchunks):
    for t in prange(nchunks):
        _trunc_f64_range(
            out, skip, k0, k1, c0, c1, c2, c3,
            (ngroups * t) // nchunks, (ngroups * (t + 1)) // nchunks,
        )


# --- Single-sample consumers: shuffle and multinomial ---------------------------
@njit(cache=True)
def _shuffle_kernel(perm, k0, k1, c0, c1, c2, c3):
    # TF shuffle_common.h ShuffleRange with uniform(n) = single() % n (uint32),
    # where single() is a SingleSampleAdapter<PhiloxRandom>: step i consumes word
    # i % 4 of block i // 4.
    size = perm.shape[0]
    lo = c0 | (c1 << _SH32)
    hi = c2 | (c3 << _SH32)
    r0 = r1 = r2 = r3 = np.uint64(0)
    for i in range(size - 1):
        w = i & 3
        if w == 0:
            d0, d1, d2, d3 = _counter_at(lo, hi, np.uint64(i >> 2))
            r0, r1, r2, r3 = _block(k0, k1, d0, d1, d2, d3)
            x = r0
        elif w == 1:
            x = r1
        elif w == 2:
            x = r2
        else:
            x = r3
        j = i + np.int64(x % np.uint64(size - i))
        tmp = perm[i]
        perm[i] = perm[j]
        perm[j] = tmp


@njit(cache=True)
def _multinomial_kernel(out, logits, finite, max_logit, row_starts, skip_num, k0, k1, c0, c1, c2, c3):
    # TF multinomial_op.cc MultinomialFunctor<CPUDevice>::DoWork, one call per
    # shard [row_starts[s], row_starts[s+1]); each shard copies the generator,
    # skips start_row * (num_samples + 3) / 4 blocks and reads it through a
    # SimplePhilox (SingleSampleAdapter).
    batch = logits.shape[0]
    ncls = logits.shape[1]
    nsamp = out.shape[1]
    base_lo = c0 | (c1 << _SH32)
    base_hi = c2 | (c3 << _SH32)
    cdf = np.empty(ncls, dtype=np.float64)
    nshards = row_starts.shape[0]
    for s in range(nshards):
        row0 = row_starts[s]
        row1 = row_starts[s + 1] if s + 1 < nshards else batch
        # gen_copy.Skip(start_row * (num_samples + 3) / 4)
        skip = np.uint64((row0 * skip_num) // 4)
        lo = base_lo + skip
        hi = base_hi
        if lo < base_lo:
            hi += _ONE
        used = 4  # SingleSampleAdapter starts with nothing buffered
        r0 = r1 = r2 = r3 = np.uint64(0)
        for b in range(row0, row1):
            running = 0.0
            for j in range(ncls):
                if finite[b, j]:
                    # cdf = exp(double(logit) - double(max)), Eigen tensor exp.
                    running += math.exp(logits[b, j] - max_logit[b])
                cdf[j] = running
            for k in range(nsamp):
                # SimplePhilox::RandDouble: two single() words -> Uint64ToDouble.
                xs0 = np.uint64(0)
                xs1 = np.uint64(0)
                for q in range(2):
                    if used == 4:
                        r0, r1, r2, r3 = _block(
                            k0, k1, lo & _MASK32, lo >> _SH32, hi & _MASK32, hi >> _SH32
                        )
                        lo += _ONE
                        if lo == 0:
                            hi += _ONE
                        used = 0
                    if used == 0:
                        x = r0
                    elif used == 1:
                        x = r1
                    elif used == 2:
                        x = r2
                    else:
                        x = r3
                    used += 1
                    if q == 0:
                        xs0 = x
                    else:
                        xs1 = x
                to_find = _u64_to_f64(xs0, xs1) * running
                # std::upper_bound: first index with cdf[idx] > to_find.
                a = 0
                z = ncls
                while a < z:
                    m = (a + z) >> 1
                    if cdf[m] > to_find:
                        z = m
                    else:
                        a = m + 1
                out[b, k] = a


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
    # float16 / bfloat16 from the float32 kernel: exact (k / 1024, k / 128)
    return _prepare_fixed_rate(n, dt, (_uniform_f64_par, _uniform_f64_range), (_uniform_f32_par, _uniform_f32_range), (mask, scale))


def _prepare_fixed_rate(n: int, dt: np.dtype, f64_kernels: tuple, f32_kernels: tuple, f32_args: tuple = ()) -> Callable[[int, int], np.ndarray]:
    """``(key, counter) -> n values of dt`` from a (parallel, serial) kernel pair: float64
    kernels for float64, else float32 kernels (given ``f32_args`` first), cast to ``dt``."""
    n = _check_n(n)
    nblocks = -(-n // values_per_block(dt))
    par = nblocks >= PARALLEL_THRESHOLD_BLOCKS
    wide = dt == np.float64
    par_kernel, range_kernel = f64_kernels if wide else f32_kernels
    extra = () if wide else f32_args
    out_dtype = np.dtype(np.float64 if wide else np.float32)

    def draw(key: int, counter: int) -> np.ndarray:
        args = _kernel_args(key, counter)
        out = np.empty(n, dtype=out_dtype)
        if par:
            par_kernel(out, *extra, *args, nblocks, _nchunks(nblocks))
        elif n:
            range_kernel(out, *extra, *args, 0, nblocks)
        return out if dt == out_dtype else out.astype(dt)

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
    par = nblocks >= PARALLEL_THRESHOLD_BLOCKS
    bits = 8 * dt.itemsize
    lo_u = np.uint64(lo % (1 << bits))
    rng = np.uint64((hi - lo) % (1 << bits))  # uint(hi) - uint(lo), never 0 here
    if dt == np.int32:
        out = np.empty(n, dtype=np.uint32)
        if par:
            _uniform_i32_par(out, lo_u, rng, *args, nblocks, _nchunks(nblocks))
        elif n:
            _uniform_i32_range(out, lo_u, rng, *args, 0, nblocks)
        return out.view(np.int32)
    out = np.empty(n, dtype=np.uint64)
    if par:
        _uniform_i64_par(out, lo_u, rng, *args, nblocks, _nchunks(nblocks))
    elif n:
        _uniform_i64_range(out, lo_u, rng, *args, 0, nblocks)
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
    if nblocks >= PARALLEL_THRESHOLD_BLOCKS:
        _uniform_i64_par(out, zero, zero, *args, nblocks, _nchunks(nblocks))
    elif n:
        _uniform_i64_range(out, zero, zero, *args, 0, nblocks)
    return out.view(dt)


def normal(key: int, counter: int, n: int, dtype) -> np.ndarray:
    """Standard normal values: TF ``NormalDistribution`` (Box-Muller).

    float32: 4 per block via ``BoxMullerFloat``; float16: the same float32 values
    rounded to half; float64: 2 per block via ``BoxMullerDouble``.

    Args:
        key: Philox key, ``[0, 2**64)``.
        counter: Philox counter, ``[0, 2**128)``.
        n: Number of values.
        dtype: ``float16``, ``float32`` or ``float64``.

    Returns:
        1-D array of ``n`` values of ``dtype``.
    """
    return prepare_normal(n, dtype)(key, counter)


def prepare_normal(n: int, dtype) -> Callable[[int, int], np.ndarray]:
    """:func:`normal` for ``n`` values of ``dtype``, as a function of ``(key, counter)`` (see :func:`prepare_uniform`)."""
    # float16 / bfloat16: the float32 values rounded to nearest even
    return _prepare_fixed_rate(n, _float_dtype(dtype), (_normal_f64_par, _normal_f64_range), (_normal_f32_par, _normal_f32_range))


def truncated_normal(key: int, counter: int, n: int, dtype) -> np.ndarray:
    """Standard normal truncated to ``(-2, 2)``: TF ``TruncatedNormalDistribution``.

    Output groups of 4 (float16/float32) or 2 (float64) values; group ``g`` reads
    a fresh generator at ``counter + g * 256`` (resp. ``g * 128``) block by block,
    accepting Box-Muller outputs with ``|x| < 2`` until the group is full (TF
    ``FillPhiloxRandomTask<D, true>``).  float16 accepts in float32 and then rounds.

    Args:
        key: Philox key, ``[0, 2**64)``.
        counter: Philox counter, ``[0, 2**128)``.
        n: Number of values.
        dtype: ``float16``, ``float32`` or ``float64``.

    Returns:
        1-D array of ``n`` values of ``dtype``.
    """
    dt = _float_dtype(dtype)
    args = _kernel_args(key, counter)
    n = _check_n(n)
    k = values_per_block(dt)
    # kGeneratorSkipPerOutputGroup = kGroupSize * kReservedSamplesPerOutput / 4
    skip = np.uint64(k * RESERVED_SAMPLES_PER_OUTPUT // _PHILOX_WORDS)
    ngroups = -(-n // k)
    par = ngroups >= PARALLEL_THRESHOLD_BLOCKS
    if dt == np.float64:
        out = np.empty(n, dtype=np.float64)
        if par:
            _trunc_f64_par(out, skip, *args, ngroups, _nchunks(ngroups))
        elif n:
            _trunc_f64_range(out, skip, *args, 0, ngroups)
        return out
    out = np.empty(n, dtype=np.float32)
    if par:
        _trunc_f32_par(out, skip, *args, ngroups, _nchunks(ngroups))
    elif n:
        _trunc_f32_range(out, skip, *args, 0, ngroups)
    return out if dt == np.float32 else out.astype(dt)  # half / bfloat16: float rounded to nearest even


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
        _shuffle_kernel(perm, *args)
    return perm


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
        row_starts: Start rows of TF's work shards (``Shard`` over the batch).
            Default ``[0]``: a single shard, which is what TF does unless the
            estimated cost (``batch * 50 * (num_samples * log2(num_classes) +
            num_classes)`` cycles) is large enough to split across threads.

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
    args = _kernel_args(key, counter)
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
    _multinomial_kernel(
        out, lg, finite, max_logit, starts, np.int64(num_samples + 3), *args
    )
    return out
