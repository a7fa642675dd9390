"""Poisson and binomial samplers, and what they share with the gamma sampler
(:mod:`.ops._gamma`), bit-exact with TensorFlow 2.21 CPU kernels.

Sources mirrored here (TensorFlow):

* ``tensorflow/core/kernels/random_gamma_op.cc`` (``RandomGamma``) and
  ``stateless_random_gamma_op.cc`` (``StatelessRandomGammaV2/V3``): the counter layout and
  buffers below (the Marsaglia-Tsang sampler itself: :mod:`.ops._gamma`).
* ``tensorflow/core/kernels/random_poisson_op.cc`` (``PoissonFunctor``, used by
  ``RandomPoissonV2`` and by ``StatelessRandomPoisson`` in ``stateless_random_ops.cc``):
  Knuth for ``rate < 10``, Hormann's transformed rejection (PTRS) otherwise.
* ``tensorflow/core/kernels/random_binomial_op.cc`` (``RandomBinomialFunctor``, used
  by ``StatefulRandomBinomial`` and ``StatelessRandomBinomial``): geometric-sum
  inversion for ``count * p < 10``, BTRS otherwise.
* ``tensorflow/core/kernels/stateful_random_ops_cpu_gpu.h`` (``SkipPhiloxRandom``:
  Generator state advance ``delta * 256``).

Counter layout.  Every kernel enumerates outputs in *parameter-major* order:
``output_idx = param_idx * samples_per_param + sample_idx``, and writes output
``output_idx`` to flat position ``sample_idx * num_params + param_idx`` (so the
result has shape ``[*sample_shape, *param_shape]``).  Output ``output_idx`` runs its
own generator starting at ``counter + skip * output_idx`` (``skip`` = 256 blocks, or
42 for binomial inversion) and then reads consecutive blocks.  Outputs are
therefore independent of TF's work sharding, and we parallelise over them.

Sample buffers.  Within one output TF draws through ``RandomSampleBuffer`` / the
``UNIFORM`` macro: a double ``NormalDistribution`` or ``UniformDistribution`` call
eats one 128-bit block and yields 2 doubles, which are handed out *last first*
(``result[1]`` then ``result[0]``).  Normal and uniform buffers are separate but
share the generator, so blocks are consumed in call order.  Uniform ``result[1]``
is ``Uint64ToDouble(x2, x3)``, ``result[0]`` is ``Uint64ToDouble(x0, x1)``; normal
``result[1]`` is ``cos(v1) * u2`` and ``result[0]`` is ``sin(v1) * u2`` of
``BoxMullerDouble(x0..x3)``.  We compute ``sin`` lazily (only if the first normal is
rejected), which is where we beat TF's throughput.

Float math: all three kernels compute in double (alpha, rate, count, prob widened
exactly), with glibc ``log``/``log1p``/``exp``/``pow``/``lgamma`` through Numba's
``math`` externs; no fastmath.  Results are narrowed with C casts: double ->
float32 round-to-nearest-even, double -> half *via float32* (``Eigen::half(double)``
converts through ``float``), double -> int truncation (NaN / out of range gives the
x86 "integer indefinite" value ``INT_MIN``).
"""

from __future__ import annotations

import math

import numba
import numpy as np
from numba import njit

from ._parallel import chunked
from ._philox import SOA_CHUNK, _block, _check_n, _counter_at, _kernel_args, _philox_soa_strided

__all__ = [
    "BINOMIAL_BTRS_SKIP",
    "BINOMIAL_INVERSION_SKIP",
    "POISSON_RESERVED_SAMPLES_PER_OUTPUT",
    "binomial_state_advance",
    "poisson_rate_error",
    "random_poisson",
    "random_poisson_reservation",
    "stateful_binomial",
    "stateless_binomial",
    "stateless_poisson",
]

# TF random_poisson_op.cc kReservedSamplesPerOutput.
POISSON_RESERVED_SAMPLES_PER_OUTPUT = 256
# TF random_binomial_op.cc: gen_copy.Skip(256 * output_idx) before btrs(),
# gen_copy.Skip(42 * output_idx) before binomial_inversion().
BINOMIAL_BTRS_SKIP = 256
BINOMIAL_INVERSION_SKIP = 42

_SH32 = np.uint64(32)
_MASK32 = np.uint64(0xFFFFFFFF)
_F64_HI_MASK = np.uint64(0xFFFFF)
_F64_MANT_SCALE = 2.0**-52
_TWO_PI = 2.0 * math.pi  # BoxMullerDouble: 2 * M_PI * Uint64ToDouble(x2, x3)
_EPS = 1.0e-7  # BoxMullerDouble epsilon
_DBL_MIN = float(np.finfo(np.float64).tiny)

# Below this many outputs the serial kernel runs (a parallel launch costs ~10s of us).
_PARALLEL_THRESHOLD = 1 << 11
# Blocks of each output's generator computed ahead, vectorized across outputs (_prefetch):
# gamma's first normal and uniform; Poisson's and binomial inversion's are set per call from
# the parameters (about the blocks an output uses); BTRS accepts on its first block ~85%.
_BTRS_PREFETCH = 1
_PREFETCH_MAX = 4

_FLOATS = (np.dtype(np.float16), np.dtype(np.float32), np.dtype(np.float64))
_INTS = (np.dtype(np.int32), np.dtype(np.int64))
_OUT_DTYPES = _FLOATS + _INTS

# Eigen::NumTraits<U>::highest() as double, per Poisson output dtype.
_HIGHEST = {
    np.dtype(np.float16): 65504.0,
    np.dtype(np.float32): float(np.finfo(np.float32).max),
    np.dtype(np.float64): float(np.finfo(np.float64).max),
    np.dtype(np.int32): float(2**31 - 1),
    np.dtype(np.int64): float(2**63),  # double(2**63 - 1) rounds up to 2**63
}


# --- Scalar helpers --------------------------------------------------------------
@njit(cache=True, inline="always", error_model="numpy")
def _u2d(a, b):
    """TF ``Uint64ToDouble(a, b)``: 20 bits of ``a`` over 32 bits of ``b``, in [0, 1)."""
    return np.float64(((a & _F64_HI_MASK) << _SH32) | b) * _F64_MANT_SCALE


@njit(cache=True, inline="always", error_model="numpy")
def _gen(k0, k1, lo, hi, j):
    """Block ``j`` of the generator based at 128-bit counter ``(lo, hi)``."""
    d0, d1, d2, d3 = _counter_at(lo, hi, np.uint64(j))
    return _block(k0, k1, d0, d1, d2, d3)


@njit(cache=True, inline="always", error_model="numpy")
def _output_base(lo, hi, skip, idx):
    """Counter ``base + skip * idx`` (``PhiloxRandom::Skip``; never hits its carry quirk)."""
    off = np.uint64(skip) * np.uint64(idx)
    new_lo = lo + off
    if new_lo < lo:
        hi = hi + np.uint64(1)
    return new_lo, hi


@njit(cache=True, inline="always", error_model="numpy")
def _blk(w, t, j, nb, k0, k1, lo, hi):
    """Block ``j`` of output ``t``'s generator (based at ``(lo, hi)``): from the words
    :func:`_prefetch` computed for its first ``nb`` blocks, else computed now."""
    if j < nb:
        q = 4 * j
        return np.uint64(w[q, t]), np.uint64(w[q + 1, t]), np.uint64(w[q + 2, t]), np.uint64(w[q + 3, t])
    return _gen(k0, k1, lo, hi, j)


@njit(cache=True, inline="always", error_model="numpy")
def _uniform_pair(w, t, j, nb, k0, k1, lo, hi):
    """TF ``UniformDistribution<double>`` of block ``j`` of output ``t``'s generator (see
    :func:`_blk`): ``(result[0], result[1]) = (Uint64ToDouble(x0, x1), Uint64ToDouble(x2, x3))``."""
    r0, r1, r2, r3 = _blk(w, t, j, nb, k0, k1, lo, hi)
    return _u2d(r0, r1), _u2d(r2, r3)


@njit(cache=True, inline="always", error_model="numpy")
def _buffered_uniform(ub0, u_rem, j, w, t, nb, k0, k1, lo, hi):
    """The next uniform of TF's buffered ``UNIFORM(X)`` macro (random_gamma_op.cc,
    random_poisson_op.cc, random_binomial_op.cc): with none left (``u_rem == 0``) block ``j``
    gives ``result[1]`` now and keeps ``result[0]`` (``ub0``) for the next call.

    Returns:
      ``(u, ub0, u_rem, j)``: the uniform and the buffer's new state.
    """
    if u_rem == 0:
        ub0, u = _uniform_pair(w, t, j, nb, k0, k1, lo, hi)
        return u, ub0, 1, j + 1
    return ub0, ub0, 0, j


@njit(cache=True, inline="always", error_model="numpy")
def _next_output(s, r, per_param):
    """The output after sample ``s`` of parameter ``r`` (at ``out[s * num_params + r]``) in TF's
    order, ``per_param`` samples of a parameter in a row: ``(s, r)`` of the next one."""
    s += 1
    if s == per_param:
        return 0, r + 1
    return s, r


@njit(cache=True, error_model="numpy")
def _prefetch(w, nb, k0, k1, lo, hi, skip, o0, m):
    """The first ``nb`` blocks of outputs ``o0 .. o0 + m - 1`` (generator ``j`` of output ``o``
    at ``base + skip * o + j``) into ``w[4j .. 4j + 3, o - o0]``: structure of arrays,
    vectorized across outputs, where one output at a time would run each block alone."""
    for j in range(nb):
        jlo = lo + np.uint64(j)
        jhi = hi + np.uint64(jlo < lo)
        q = 4 * j
        _philox_soa_strided(k0, k1, jlo, jhi, o0, m, np.uint64(skip), w[q], w[q + 1], w[q + 2], w[q + 3])


@njit(cache=True, inline="always", error_model="numpy")
def _new_prefetch(nb):
    return np.empty((4 * max(nb, 1), SOA_CHUNK), dtype=np.uint32)


# --- Poisson ---------------------------------------------------------------------
@njit(cache=True, error_model="numpy")
def _poisson_one(rate, highest, exp_neg_rate, log_rate, b, a, inv_alpha, v_r, w, t, nb, k0, k1, lo, hi):
    """One PoissonFunctor sample (double, integral or +-inf/NaN) for one output, from the
    rate's constants (``exp(-rate)`` for Knuth, PTRS's ``log(rate)``, ``b``, ``a``,
    ``inv_alpha``, ``v_r``: :func:`_poisson_constants`)."""
    j = 0
    if rate < 10.0:
        # Knuth: multiply uniforms until the product drops to exp(-rate).
        u_rem = 0
        ub0 = 0.0
        prod = 1.0
        x = 0.0
        while True:
            u, ub0, u_rem, j = _buffered_uniform(ub0, u_rem, j, w, t, nb, k0, k1, lo, hi)
            prod = prod * u
            if prod <= exp_neg_rate and x <= highest:
                return x
            x += 1.0
    # Transformed rejection (Hormann): UNIFORM(u); UNIFORM(v) with an empty buffer (Knuth has
    # not run) is one block, u = result[1], v = result[0], every iteration.
    while True:
        v, u = _uniform_pair(w, t, j, nb, k0, k1, lo, hi)
        j += 1
        u -= 0.5
        u_shifted = 0.5 - abs(u)
        k = np.floor((2.0 * a / u_shifted + b) * u + rate + 0.43)
        if k > highest:
            continue
        if u_shifted >= 0.07 and v <= v_r:
            return k
        if k < 0.0 or (u_shifted < 0.013 and v > u_shifted):
            continue
        s = math.log(v * inv_alpha / (a / (u_shifted * u_shifted) + b))
        tt = -rate + k * log_rate - math.lgamma(k + 1.0)
        if s <= tt:
            return k


@njit(cache=True, error_model="numpy")
def _poisson_constants(rate):
    """``(exp(-rate), log(rate), b, a, inv_alpha, v_r)`` as TF's PoissonFunctor computes them
    for each output (the same operations, once per rate here)."""
    if rate < 10.0:
        return math.exp(-rate), 0.0, 0.0, 0.0, 0.0, 0.0
    log_rate = math.log(rate)
    b = 0.931 + 2.53 * math.sqrt(rate)
    a = -0.059 + 0.02483 * b
    inv_alpha = 1.1239 + 1.1328 / (b - 3.4)
    v_r = 0.9277 - 3.6224 / (b - 2.0)
    return 0.0, log_rate, b, a, inv_alpha, v_r


@njit(cache=True, error_model="numpy")
def _poisson_range(out, rate, spr, highest, inf_value, nb, k0, k1, c0, c1, c2, c3, start, stop):
    num_rate = rate.shape[0]
    lo = c0 | (c1 << _SH32)
    hi = c2 | (c3 << _SH32)
    w = _new_prefetch(nb)
    r = start // spr
    s = start - r * spr
    cached = -1
    e = lr = b = a = ia = vr = 0.0
    for o0 in range(start, stop, SOA_CHUNK):
        m = min(SOA_CHUNK, stop - o0)
        _prefetch(w, nb, k0, k1, lo, hi, POISSON_RESERVED_SAMPLES_PER_OUTPUT, o0, m)
        for t in range(m):
            lam = rate[r]
            if math.isinf(lam) and lam > 0.0:
                res = inf_value  # TF 2.21: +inf rate -> numeric_limits<U>::infinity() (0 for ints)
            else:
                if r != cached:
                    e, lr, b, a, ia, vr = _poisson_constants(lam)
                    cached = r
                blo, bhi = _output_base(lo, hi, POISSON_RESERVED_SAMPLES_PER_OUTPUT, o0 + t)
                res = _poisson_one(lam, highest, e, lr, b, a, ia, vr, w, t, nb, k0, k1, blo, bhi)
            out[s * num_rate + r] = res
            s, r = _next_output(s, r, spr)


_poisson_par = chunked(_poisson_range, error_model="numpy")


def _poisson_prefetch(rate: np.ndarray) -> int:
    """Blocks to compute ahead per Poisson output: Knuth reads about ``(rate + 2) / 2``."""
    small = rate[rate < 10.0]
    if small.size == 0:
        return 1
    return int(min(_PREFETCH_MAX, max(1, math.ceil((float(np.max(small)) + 2.0) / 2.0))))


# --- Binomial --------------------------------------------------------------------
_STIRLING_TAIL = np.array(
    [
        0.0810614667953272,
        0.0413406959554092,
        0.0276779256849983,
        0.02079067210376509,
        0.0166446911898211,
        0.0138761288230707,
        0.0118967099458917,
        0.0104112652619720,
        0.00925546218271273,
        0.00833056343336287,
    ]
)


@njit(cache=True, error_model="numpy")
def _stirling_approx_tail(k):
    # TF random_binomial_op.cc stirling_approx_tail.
    if k <= 9.0:
        return _STIRLING_TAIL[int(k)]
    kp1sq = (k + 1.0) * (k + 1.0)
    return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / kp1sq) / kp1sq) / (k + 1.0)


@njit(cache=True, error_model="numpy")
def _binomial_inversion(count, prob, w, t, nb, k0, k1, lo, hi):
    # TF binomial_inversion: count geometric(prob) waiting times until they exceed count.
    geom_sum = 0.0
    num_geom = 0
    j = 0
    u_rem = 0
    ub0 = 0.0
    logq = math.log1p(-prob)
    while True:
        u, ub0, u_rem, j = _buffered_uniform(ub0, u_rem, j, w, t, nb, k0, k1, lo, hi)
        geom = np.ceil(math.log(u) / logq)
        geom_sum += geom
        if geom_sum > count:
            break
        num_geom += 1
    return np.float64(num_geom)


@njit(cache=True, error_model="numpy")
def _btrs_constants(count, prob):
    """TF btrs's set-up, ``(b, a, c, v_r, r, alpha, m)`` and the upper bound's terms in ``m``
    alone, once per parameter (the same operations TF runs per output)."""
    stddev = math.sqrt(count * prob * (1.0 - prob))
    b = 1.15 + 2.53 * stddev
    a = -0.0873 + 0.0248 * b + 0.01 * prob
    c = count * prob + 0.5
    v_r = 0.92 - 4.2 / b
    r = prob / (1.0 - prob)
    alpha = (2.83 + 5.1 / b) * stddev
    m = np.floor((count + 1.0) * prob)
    # the terms of btrs's upper bound that do not depend on k
    t_m = (m + 0.5) * math.log((m + 1.0) / (r * (count - m + 1.0)))
    return b, a, c, v_r, r, alpha, m, t_m, _stirling_approx_tail(m), _stirling_approx_tail(count - m)


@njit(cache=True, error_model="numpy")
def _btrs(count, b, a, c, v_r, r, alpha, m, t_m, st_m, st_cm, w, t, nb, k0, k1, lo, hi):
    # TF btrs (Hormann's BTRS), all double; the set-up from _btrs_constants.
    j = 0
    while True:
        # UNIFORM(u); UNIFORM(v): one block, u = result[1], v = result[0].
        v, u = _uniform_pair(w, t, j, nb, k0, k1, lo, hi)
        j += 1
        u = u - 0.5
        us = 0.5 - abs(u)
        k = np.floor((2.0 * a / us + b) * u + c)
        if us >= 0.07 and v <= v_r:
            return k
        if k < 0.0 or k > count:
            continue
        v = math.log(v * alpha / (a / (us * us) + b))
        upperbound = (
            t_m
            + (count + 1.0) * math.log((count - m + 1.0) / (count - k + 1.0))
            + (k + 0.5) * math.log(r * (count - k + 1.0) / (k + 1.0))
            + st_m
            + st_cm
            - _stirling_approx_tail(k)
            - _stirling_approx_tail(count - k)
        )
        if v <= upperbound:
            return k


# Per-parameter branch codes, decided on the host in the parameter dtype T (see
# _binomial_modes): which algorithm runs and on which probability.
_B_ZERO, _B_COUNT, _B_BTRS, _B_INV, _B_BTRS_Q, _B_INV_Q, _B_NAN = range(7)


@njit(cache=True, error_model="numpy")
def _binomial_range(out, mode, count, prob, spb, inv_nb, k0, k1, c0, c1, c2, c3, start, stop):
    nb_params = mode.shape[0]
    lo = c0 | (c1 << _SH32)
    hi = c2 | (c3 << _SH32)
    w = _new_prefetch(max(inv_nb, _BTRS_PREFETCH))
    quick_k = np.empty(SOA_CHUNK, dtype=np.float64)
    quick = np.empty(SOA_CHUNK, dtype=np.bool_)
    bi = start // spb
    s = start - bi * spb
    cached = -1
    b = a = c = v_r = r = alpha = m_ = t_m = st_m = st_cm = 0.0
    for o0 in range(start, stop, SOA_CHUNK):
        m = min(SOA_CHUNK, stop - o0)
        # prefetch for the chunk's first parameter's algorithm (its generator skip)
        md0 = mode[bi]
        if md0 == _B_BTRS or md0 == _B_BTRS_Q:
            pskip, pnb = BINOMIAL_BTRS_SKIP, _BTRS_PREFETCH
        elif md0 == _B_INV or md0 == _B_INV_Q:
            pskip, pnb = BINOMIAL_INVERSION_SKIP, inv_nb
        else:
            pskip, pnb = 0, 0
        _prefetch(w, pnb, k0, k1, lo, hi, pskip, o0, m)
        if pskip == BINOMIAL_BTRS_SKIP and s + m <= spb:
            # The whole chunk is one BTRS parameter: its first candidate and the quick
            # acceptance test (about half the outputs end there) over the chunk at once.
            if bi != cached:
                b, a, c, v_r, r, alpha, m_, t_m, st_m, st_cm = _btrs_constants(count[bi], prob[bi])
                cached = bi
            for t in range(m):
                u = _u2d(np.uint64(w[2, t]), np.uint64(w[3, t])) - 0.5
                v = _u2d(np.uint64(w[0, t]), np.uint64(w[1, t]))
                us = 0.5 - abs(u)
                quick_k[t] = np.floor((2.0 * a / us + b) * u + c)
                quick[t] = us >= 0.07 and v <= v_r
            n = count[bi]
            for t in range(m):
                if quick[t]:
                    res = quick_k[t]
                else:
                    blo, bhi = _output_base(lo, hi, BINOMIAL_BTRS_SKIP, o0 + t)
                    res = _btrs(n, b, a, c, v_r, r, alpha, m_, t_m, st_m, st_cm, w, t, pnb, k0, k1, blo, bhi)
                out[(s + t) * nb_params + bi] = n - res if md0 == _B_BTRS_Q else res
            s += m
            if s == spb:
                s = 0
                bi += 1
            continue
        for t in range(m):
            o = o0 + t
            md = mode[bi]
            n = count[bi]
            p = prob[bi]  # already q = 1 - p for the *_Q modes
            if md == _B_ZERO:
                res = 0.0
            elif md == _B_COUNT:
                res = n
            elif md == _B_BTRS or md == _B_BTRS_Q:
                if bi != cached:
                    b, a, c, v_r, r, alpha, m_, t_m, st_m, st_cm = _btrs_constants(n, p)
                    cached = bi
                blo, bhi = _output_base(lo, hi, BINOMIAL_BTRS_SKIP, o)
                res = _btrs(n, b, a, c, v_r, r, alpha, m_, t_m, st_m, st_cm, w, t, pnb if pskip == BINOMIAL_BTRS_SKIP else 0, k0, k1, blo, bhi)
                if md == _B_BTRS_Q:
                    res = n - res
            elif md == _B_INV or md == _B_INV_Q:
                blo, bhi = _output_base(lo, hi, BINOMIAL_INVERSION_SKIP, o)
                res = _binomial_inversion(n, p, w, t, pnb if pskip == BINOMIAL_INVERSION_SKIP else 0, k0, k1, blo, bhi)
                if md == _B_INV_Q:
                    res = n - res
            else:
                res = np.nan
            out[s * nb_params + bi] = res
            s, bi = _next_output(s, bi, spb)


_binomial_par = chunked(_binomial_range, error_model="numpy")


def _inversion_prefetch(mode: np.ndarray, count: np.ndarray, prob: np.ndarray) -> int:
    """Blocks to compute ahead per inversion output: about ``(count * p + 2) / 2``."""
    inv = (mode == _B_INV) | (mode == _B_INV_Q)
    if not inv.any():
        return 0
    with np.errstate(all="ignore"):
        mean = float(np.nanmax(count[inv] * prob[inv]))
    return int(min(_PREFETCH_MAX, max(1, math.ceil((mean + 2.0) / 2.0)))) if math.isfinite(mean) else 1


# --- Host helpers ----------------------------------------------------------------
def _nchunks(n: int) -> int:
    return max(1, min(n, 16 * numba.get_num_threads()))


def _shape(shape) -> tuple[int, ...]:
    dims = tuple(int(d) for d in shape)
    if any(d < 0 for d in dims):
        raise ValueError(f"shape dimensions must be >= 0, got {list(dims)}")
    return dims


def _stateless_shape(shape, param: np.ndarray) -> tuple[tuple[int, ...], int]:
    """The output shape of a stateless gamma / Poisson kernel and its size, checked as TF's
    kernels check it (for a non-empty output only): it must end with ``param``'s shape.

    Raises:
      ValueError: A negative dimension, or a shape that does not end with ``param.shape``.
    """
    shape = _shape(shape)
    nout = math.prod(shape)
    if nout and (param.ndim > len(shape) or (param.ndim and shape[len(shape) - param.ndim:] != param.shape)):
        raise ValueError("Shape passed in must end with broadcasted shape.")
    return shape, nout


_F32_TINY = np.float32(np.finfo(np.float32).tiny)


@njit(cache=True, error_model="numpy")
def _narrow_f32_range(res, out, start, stop):
    # static_cast<float>(double), then TF's flush-to-zero of a subnormal float result.
    for i in range(start, stop):
        f = np.float32(res[i])
        out[i] = f * np.float32(0.0) if abs(f) < _F32_TINY else f


@njit(cache=True, error_model="numpy")
def _narrow_int_range(res, out, lo, hi, start, stop):
    # cvttsd2si: truncation; NaN or out of range -> INT_MIN ("integer indefinite"); lo/hi are
    # the dtype's min - 1 and max + 1 as doubles, the same bounds the numpy version used.
    for i in range(start, stop):
        x = res[i]
        out[i] = np.int64(x) if (x > lo and x < hi) else np.int64(-(2**63))


_narrow_f32_par = chunked(_narrow_f32_range, error_model="numpy")


_narrow_int_par = chunked(_narrow_int_range, error_model="numpy")


def _narrow(res: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """C-style ``static_cast<U>(double)`` for TF's output dtypes."""
    if dtype == np.float64:
        return res
    n = res.shape[0]
    par = n >= _PARALLEL_THRESHOLD * 8
    if dtype in (np.float32, np.float16):
        # TF's threads run with flush-to-zero: a subnormal float32 result becomes 0.
        f = np.empty(n, dtype=np.float32)
        if par:
            _narrow_f32_par(n, _nchunks(n), res, f)
        else:
            _narrow_f32_range(res, f, 0, n)
        if dtype == np.float32:
            return f
        with np.errstate(over="ignore"):
            return f.astype(np.float16)  # Eigen::half(double) goes via float
    info = np.iinfo(dtype)
    # int64 holds every in-range value; INT64_MIN narrows to the dtype's INT_MIN (its low bits)
    wide = np.empty(n, dtype=np.int64)
    lo, hi = info.min - 1.0, info.max + 1.0
    if par:
        _narrow_int_par(n, _nchunks(n), res, wide, lo, hi)
    else:
        _narrow_int_range(res, wide, lo, hi, 0, n)
    if dtype == np.int64:
        return wide
    out = wide.astype(dtype)
    out[wide == np.iinfo(np.int64).min] = info.min
    return out


def _run(range_fn, par_fn, out, n, *args) -> None:
    if n == 0:
        return
    if n < _PARALLEL_THRESHOLD:
        range_fn(out, *args, 0, n)
    else:
        par_fn(n, _nchunks(n), out, *args)


def _float_dtype(dtype, what: str) -> np.dtype:
    dt = np.dtype(dtype)
    if dt not in _FLOATS:
        raise ValueError(f"{what} dtype must be float16, float32 or float64, got {dt}")
    return dt


# --- Public API: Poisson -----------------------------------------------------------
def random_poisson_reservation(num_samples: int, rate_size: int) -> int:
    """Counter units one ``RandomPoissonV2`` call reserves.

    TF: nothing when ``num_samples == 0`` (early return), else
    ``ReserveRandomOutputs(num_samples * rate_size, 256)`` (0 for an empty rate).
    """
    return int(num_samples) * int(rate_size) * POISSON_RESERVED_SAMPLES_PER_OUTPUT


def poisson_rate_error(rate: np.ndarray, out_dtype) -> str | None:
    """Why TF would never return for these rates, or None.

    TF's rejection sampler loops forever for a NaN rate, and for a finite rate
    above ``highest(out_dtype)`` (every candidate overflows); TF 2.21 hangs.  We
    refuse instead of hanging.
    """
    odt = np.dtype(out_dtype)
    r = np.asarray(rate).astype(np.float64).reshape(-1)
    if r.size == 0:
        return None
    if np.isnan(r).any():
        return "lam must not be NaN (TensorFlow's Poisson sampler never terminates for NaN rates)"
    hi = _HIGHEST[odt]
    big = np.isfinite(r) & (r > hi)
    if big.any():
        return (
            f"lam={float(r[big][0])!r} exceeds the largest {odt.name} value; TensorFlow's Poisson sampler "
            "never terminates for such rates"
        )
    return None


def _poisson_core(key, counter, rate: np.ndarray, num_samples: int, odt: np.dtype) -> np.ndarray:
    if odt not in _OUT_DTYPES:
        raise ValueError(f"poisson output dtype must be float16/32/64 or int32/64, got {odt}")
    if rate.dtype not in _OUT_DTYPES:
        raise ValueError(f"poisson rate dtype must be float16/32/64 or int32/64, got {rate.dtype}")
    kargs = _kernel_args(key, counter)
    r = np.ascontiguousarray(rate).reshape(-1).astype(np.float64)  # CT(rate): double
    msg = poisson_rate_error(r, odt)
    if msg:
        raise ValueError(msg)
    n = num_samples * r.size
    res = np.empty(n, dtype=np.float64)
    inf_value = 0.0 if odt.kind == "i" else np.inf  # numeric_limits<U>::infinity()
    _run(_poisson_range, _poisson_par, res, n, r, max(num_samples, 1), _HIGHEST[odt], inf_value, _poisson_prefetch(r), *kargs)
    return _narrow(res, odt)


def random_poisson(key: int, counter: int, num_samples: int, rate: np.ndarray, out_dtype) -> np.ndarray:
    """TF ``RandomPoissonV2`` kernel output.

    Args:
        key: Philox key.
        counter: Philox counter at the start of the reserved range.
        num_samples: ``prod(shape)``, samples per rate.
        rate: Rates (any shape) of dtype float16/32/64 or int32/64 (the op's ``R``).
        out_dtype: float16/32/64 or int32/64.

    Returns:
        Array of ``out_dtype`` and shape ``[num_samples, *rate.shape]``.

    Raises:
        ValueError: NaN rates, or rates above the output dtype's largest value
            (TF never returns for those).
    """
    odt = np.dtype(out_dtype)
    num_samples = _check_n(num_samples)
    rate = np.asarray(rate)
    if num_samples == 0 or rate.size == 0:
        return np.zeros((num_samples, *rate.shape), odt)
    return _poisson_core(key, counter, rate, num_samples, odt).reshape((num_samples, *rate.shape))


def stateless_poisson(key: int, counter: int, shape, lam: np.ndarray, out_dtype) -> np.ndarray:
    """TF ``StatelessRandomPoisson`` kernel output.

    Args:
        key, counter: From the seed (``stateless_key_counter``).
        shape: Output shape; must end with ``lam.shape`` (TF does not broadcast lam).
        lam: Rates of dtype float16/32/64 or int32/64 (the op's ``Rtype``).
        out_dtype: float16/32/64 or int32/64.

    Returns:
        Array of ``out_dtype`` and shape ``shape``.
    """
    odt = np.dtype(out_dtype)
    lam = np.asarray(lam)
    shape, nout = _stateless_shape(shape, lam)
    if nout == 0:
        return np.zeros(shape, odt)
    return _poisson_core(key, counter, lam, nout // lam.size, odt).reshape(shape)


# --- Public API: binomial ----------------------------------------------------------
def _binomial_modes(counts: np.ndarray, probs: np.ndarray):
    """TF's per-batch branch, decided in the parameter dtype ``T`` as TF does.

    Returns (mode int8, count double, prob-or-q double) arrays.
    """
    t = probs.dtype.type
    with np.errstate(all="ignore"):
        dcount = counts.astype(np.float64)
        q = (t(1) - probs).astype(probs.dtype)  # T q = T(1) - prob
        np_ = (counts * probs).astype(probs.dtype)  # count * prob in T
        nq = (counts * q).astype(probs.dtype)
        zero = (dcount <= 0.0) | (probs <= t(0))
        full = ~zero & (probs >= t(1))
        low = ~zero & ~full & (probs <= t(0.5))
        high = ~zero & ~full & ~low & (probs > t(0.5))
        mode = np.full(counts.shape, _B_NAN, dtype=np.int8)
        mode[high & ~(nq >= t(10))] = _B_INV_Q  # else-branch: NaN products land here
        mode[high & (nq >= t(10))] = _B_BTRS_Q
        mode[low & ~(np_ >= t(10))] = _B_INV
        mode[low & (np_ >= t(10))] = _B_BTRS
        mode[full] = _B_COUNT
        mode[zero] = _B_ZERO
        p = np.where(high, q.astype(np.float64), probs.astype(np.float64))
    return mode, dcount, p


def _binomial_batch(shape, counts, probs):
    """TF BCast of counts vs probs, and the (samples_per_batch, num_batches) split."""
    counts = np.asarray(counts)
    probs = np.asarray(probs)
    if counts.dtype != probs.dtype or counts.dtype not in _FLOATS:
        raise ValueError(
            f"counts and probs must have the same dtype, float16/32/64; got {counts.dtype} and {probs.dtype}"
        )
    try:
        bshape = np.broadcast_shapes(counts.shape, probs.shape)
    except ValueError:
        raise ValueError(
            "counts and probs must have compatible batch dimensions: "
            f"{list(counts.shape)} vs. {list(probs.shape)}"
        ) from None
    shape = _shape(shape)
    if len(bshape) > len(shape) or (bshape and shape[len(shape) - len(bshape):] != tuple(bshape)):
        raise ValueError("Shape passed in must end with broadcasted shape.")
    nsd = len(shape) - len(bshape)
    spb = math.prod(shape[:nsd])
    nb = math.prod(shape[nsd:])
    c = np.broadcast_to(counts, bshape).reshape(-1)
    p = np.broadcast_to(probs, bshape).reshape(-1)
    return shape, spb, nb, c, p


def stateless_binomial(key: int, counter: int, shape, counts: np.ndarray, probs: np.ndarray, out_dtype) -> np.ndarray:
    """TF ``StatelessRandomBinomial`` kernel output (also ``StatefulRandomBinomial``'s).

    Args:
        key, counter: From the seed (``stateless_key_counter``), or the Generator
            state before the call for :func:`stateful_binomial`.
        shape: Output shape; must end with ``broadcast(counts.shape, probs.shape)``.
        counts: Trial counts, float16/32/64 (same dtype as ``probs``).
        probs: Success probabilities.
        out_dtype: float16/32/64 or int32/64.

    Returns:
        Array of ``out_dtype`` and shape ``shape``.  NaN probabilities give NaN
        (float outputs); for integer outputs TF's value is undefined (garbage),
        ours is ``INT_MIN``.  A NaN count with ``0 < p < 1`` makes TF loop forever;
        rejected with ValueError.
    """
    odt = np.dtype(out_dtype)
    if odt not in _OUT_DTYPES:
        raise ValueError(f"binomial output dtype must be float16/32/64 or int32/64, got {odt}")
    shape, spb, nb, c, p = _binomial_batch(shape, counts, probs)
    n = spb * nb
    if n == 0:
        return np.zeros(shape, odt)
    mode, dcount, pp = _binomial_modes(c, p)
    if (((mode == _B_INV) | (mode == _B_INV_Q)) & np.isnan(dcount)).any():
        raise ValueError("counts must not be NaN (TensorFlow's binomial sampler never terminates for NaN counts)")
    kargs = _kernel_args(key, counter)
    res = np.empty(n, dtype=np.float64)
    _run(_binomial_range, _binomial_par, res, n, mode, dcount, pp, spb, _inversion_prefetch(mode, dcount, pp), *kargs)
    return _narrow(res, odt).reshape(shape)


def binomial_state_advance(shape, counts_shape, probs_shape) -> int:
    """Counter units ``StatefulRandomBinomial`` (``Generator.binomial``) advances the state.

    TF random_binomial_op.cc: ``UpdateMemWithPhiloxRandom(philox,
    num_batches * 2 * 100 * (samples_per_batch + 3) / 4, ...)`` and
    ``SkipPhiloxRandom`` multiplies by 256 (uint64 arithmetic).  Applied even for an
    empty output.
    """
    shape = _shape(shape)
    bshape = np.broadcast_shapes(tuple(counts_shape), tuple(probs_shape))
    nsd = len(shape) - len(bshape)
    spb = math.prod(shape[:nsd])
    nb = math.prod(shape[nsd:])
    return ((nb * 2 * 100 * (spb + 3)) // 4 * 256) % (1 << 64)


def stateful_binomial(key: int, counter: int, shape, counts: np.ndarray, probs: np.ndarray, out_dtype) -> np.ndarray:
    """``Generator.binomial`` output: the kernel samples at the state *before* the advance.

    Same sampler as :func:`stateless_binomial`; the caller advances the generator
    counter by :func:`binomial_state_advance` (``Skip`` semantics, see
    ``state._store.add_counter``).
    """
    return stateless_binomial(key, counter, shape, counts, probs, out_dtype)
