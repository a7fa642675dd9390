"""The candidate samplers' draws as Numba kernels: :func:`._samplers.sample_candidates`, compiled.

The samplers' set-up (weights, Walker alias tables, ``log(range + 1)``) is
:class:`._samplers._Sampler`'s, in Python once per call; the per-candidate work — TF's
``SimplePhilox`` word stream, ``ExactUniformInt``, each sampler's ``Sample``, the
``unique`` rejection, ``Probability`` and ``ExpectedCountHelper`` — runs here, operation for
operation as in :mod:`._samplers` (float math through the same glibc symbols, by ctypes:
``log1pf``/``expm1f``, and ``log``/``exp`` in double).
"""

from __future__ import annotations

import functools
import math

import numpy as np
from numba import njit

from ._philox import SOA_CHUNK, _kernel_args, _philox_soa
from ._samplers import SamplerSpec, _Sampler, fixed_sampler
from ._samplers import sample_candidates as _sample_candidates_python

__all__ = ["sample_candidates"]

_SH32 = np.uint64(32)
_MASK32 = np.uint64(0xFFFFFFFF)
_U32_MAX = np.uint64(0xFFFFFFFF)
_U64_MAX = np.uint64(0xFFFFFFFFFFFFFFFF)
_ONE = np.uint64(1)
_F32_MANT_MASK = np.uint64(0x7FFFFF)
_F32_SCALE = np.float32(2.0**-23)
_F64_HI_MASK = np.uint64(0xFFFFF)
_F64_MANT_SCALE = 2.0**-52  # Uint64ToDouble: 52 mantissa bits, exactly man * 2**-52
_KINDS = {"uniform": 0, "log_uniform": 1, "learned_unigram": 2, "fixed_unigram": 3}
_UNBOUNDED = 2**63 - 1  # max_tries: no limit


# --- SimplePhilox over a SingleSampleAdapter ------------------------------------------------
# st = [lo, hi, next word, words in buf]: the stream's words are computed SOA_CHUNK blocks at a
# time (vectorized) into buf, in stream order, and handed out one by one.
@njit(cache=True)
def _refill(st, buf, soa, k0, k1):
    lo = st[0]
    hi = st[1]
    _philox_soa(k0, k1, lo, hi, 0, SOA_CHUNK, soa[0], soa[1], soa[2], soa[3])
    for j in range(SOA_CHUNK):
        buf[4 * j] = soa[0, j]
        buf[4 * j + 1] = soa[1, j]
        buf[4 * j + 2] = soa[2, j]
        buf[4 * j + 3] = soa[3, j]
    new_lo = lo + np.uint64(SOA_CHUNK)
    st[0] = new_lo
    st[1] = hi + np.uint64(new_lo < lo)
    st[2] = np.uint64(0)
    st[3] = np.uint64(4 * SOA_CHUNK)
    return 0, 4 * SOA_CHUNK  # the stream's position in buf: (next word, words in buf)


@njit(cache=True, inline="always")
def _exact_uniform_int(rnd, n, pow2, rem):
    """One draw of TF's ``ExactUniformInt`` (random_distributions.h) in ``[0, n)``: accepted when
    ``n`` is 0 or a power of two (``pow2``), else when ``rnd >= rem`` (``rem`` = ``2**bits % n``,
    the rejected low values).

    Returns:
      ``(accepted, value)``.
    """
    if n == 0:
        return True, np.uint64(0)
    if pow2:
        return True, rnd & (n - _ONE)
    if rnd >= rem:
        return True, rnd % n
    return False, np.uint64(0)


@njit(cache=True, inline="always")
def _log_uniform(x0, x1, log_range, rng):
    """TF ``LogUniformSampler::Sample`` from ``RandDouble()`` = ``Uint64ToDouble(x0, x1)``:
    ``int64(exp(d * log(range + 1))) - 1``, ``% range``."""
    d = np.float64(((x0 & _F64_HI_MASK) << _SH32) | x1) * _F64_MANT_SCALE
    value = np.int64(math.exp(d * log_range)) - 1
    return value if value < rng else value % rng  # value >= 0: the same, mostly without a division


@njit(cache=True)
def _sample_batch(kind, vals, st, buf, soa, k0, k1, rng, log_range, cum, total, prob, alt):
    """The next ``len(vals)`` ``RangeSampler::Sample`` values of the stream into ``vals``.

    The word stream's position lives in locals here (``st`` holds it between batches): a
    call per word, with its arrays' reference counting, cost more than the sampling."""
    idx = np.int64(st[2])
    lim = np.int64(st[3])
    n = np.uint64(rng)
    pow2 = n & (n - _ONE) == 0
    rem64 = (_U64_MAX % n) + _ONE if n != 0 else _ONE
    ntot = np.uint64(total)
    pow2t = ntot & (ntot - _ONE) == 0
    rem32t = (_U32_MAX % ntot) + _ONE if ntot != 0 else _ONE
    nprob = np.uint64(prob.shape[0])
    pow2p = nprob & (nprob - _ONE) == 0
    rem32p = (_U32_MAX % nprob) + _ONE if nprob != 0 else _ONE
    r = np.float32(0)
    for i in range(vals.shape[0]):
        if kind <= 1:
            # two words: Rand64 for Uniform64(range) (ExactUniformInt<uint64>, retried), or
            # RandDouble for the log-uniform int64(exp(d * log(range + 1))) - 1, % range
            while True:
                if idx == lim:
                    idx, lim = _refill(st, buf, soa, k0, k1)
                x0 = np.uint64(buf[idx])
                idx += 1
                if idx == lim:
                    idx, lim = _refill(st, buf, soa, k0, k1)
                x1 = np.uint64(buf[idx])
                idx += 1
                if kind == 1:
                    vals[i] = _log_uniform(x0, x1, log_range, rng)
                    break
                ok, x = _exact_uniform_int(x0 | (x1 << _SH32), n, pow2, rem64)
                if ok:
                    vals[i] = np.int64(x)
                    break
            continue
        # one ExactUniformInt<uint32>: the learned unigram's upper_bound(cum, Uniform(total)),
        # or the fixed unigram's DistributionSampler (RandFloat first, then Uniform over the
        # alias table)
        if kind == 3:
            if idx == lim:
                idx, lim = _refill(st, buf, soa, k0, k1)
            r = np.float32(np.uint64(buf[idx]) & _F32_MANT_MASK) * _F32_SCALE
            idx += 1
        m, m_pow2, m_rem = (ntot, pow2t, rem32t) if kind == 2 else (nprob, pow2p, rem32p)
        while True:
            if idx == lim:
                idx, lim = _refill(st, buf, soa, k0, k1)
            ok, x = _exact_uniform_int(np.uint64(buf[idx]), m, m_pow2, m_rem)
            idx += 1
            if ok:
                break
        if kind == 2:
            vals[i] = np.searchsorted(cum, np.int64(x), side="right")
        else:
            k = np.int64(x)
            vals[i] = k if r < prob[k] else alt[k]
    st[2] = np.uint64(idx)
    st[3] = np.uint64(lim)


@njit(cache=True)
def _probability(kind, value, inv_range, log_range, weights, total, fweights, total_f):
    if kind == 0:
        return inv_range
    if kind == 1:
        return np.float32(math.log((value + 2.0) / (value + 1.0)) / log_range)
    if kind == 2:
        return np.float32(np.float32(weights[value]) / np.float32(total))
    if value < 0 or value >= fweights.shape[0]:
        return np.float32(0.0)
    return np.float32(fweights[value] / total_f)


@njit(cache=True)
def _expected_count(p, batch_size, num_tries):
    """``ExpectedCountHelper`` (float: log1pf / expm1f)."""
    if num_tries == batch_size:
        return np.float32(p * np.float32(batch_size))
    x = np.float32(np.float32(num_tries) * math.log1p(-p))  # log1pf
    return -math.expm1(x)  # expm1f


@njit(cache=True, nogil=True)  # long unique draws must not stall other requests
def _candidates(kind, unique, true_flat, sampled, sampled_count, true_count, k0, k1, c0, c1, c2, c3,
                rng, inv_range, log_range, weights, cum, total, fweights, total_f, prob, alt, max_tries):
    st = np.zeros(4, dtype=np.uint64)
    st[0] = c0 | (c1 << _SH32)
    st[1] = c2 | (c3 << _SH32)
    buf = np.empty(4 * SOA_CHUNK, dtype=np.uint32)
    soa = np.empty((4, SOA_CHUNK), dtype=np.uint32)
    num_sampled = sampled.shape[0]
    if unique:
        used = set()
        used.add(np.int64(0))
        used.discard(np.int64(0))  # an empty set of int64
        picked = 0
        tries = 0
        vals = np.empty(max(64, min(num_sampled, 1 << 16)), dtype=np.int64)
        while picked < num_sampled:
            # Sample() does not depend on what was picked: draw a batch, take it in order
            _sample_batch(kind, vals, st, buf, soa, k0, k1, rng, log_range, cum, total, prob, alt)
            if tries > max_tries:
                return False
            for v in range(vals.shape[0]):
                tries += 1
                value = vals[v]
                if value not in used:
                    used.add(value)
                    sampled[picked] = value
                    picked += 1
                    if picked == num_sampled:
                        break
    else:
        _sample_batch(kind, sampled, st, buf, soa, k0, k1, rng, log_range, cum, total, prob, alt)
        tries = num_sampled
    for i in range(num_sampled):
        p = _probability(kind, sampled[i], inv_range, log_range, weights, total, fweights, total_f)
        sampled_count[i] = _expected_count(p, num_sampled, tries)
    for i in range(true_flat.shape[0]):
        p = _probability(kind, true_flat[i], inv_range, log_range, weights, total, fweights, total_f)
        true_count[i] = _expected_count(p, num_sampled, tries)
    return True


@functools.lru_cache(maxsize=8)
def _fixed_tables(spec: SamplerSpec) -> tuple[np.ndarray, np.float32, np.ndarray, np.ndarray]:
    """A fixed unigram sampler's ``(weights, total, prob, alt)``: they depend on its attributes
    only, so they are built once per kernel, as TF's kernel builds its sampler once (a big
    vocabulary takes seconds)."""
    sampler = fixed_sampler(spec)
    return (
        np.asarray(sampler.fweights, dtype=np.float32),
        np.float32(sampler.total_f),
        np.asarray(sampler.prob, dtype=np.float32),
        np.asarray(sampler.alt, dtype=np.int64),
    )


def sample_candidates(
    spec: SamplerSpec, true_classes: np.ndarray, key: int, counter: int, learned: np.ndarray | None = None, max_tries: int = _UNBOUNDED
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """:func:`._samplers.sample_candidates` (same arguments, values, ``learned`` update and ``max_tries``)."""
    if spec.kind not in _KINDS:
        return _sample_candidates_python(spec, true_classes, key, counter, learned, max_tries)
    kind = _KINDS[spec.kind]
    sampler = None if kind == 3 else _Sampler(spec, learned)
    num_sampled = spec.num_sampled
    true_flat = np.ascontiguousarray(true_classes.reshape(-1), dtype=np.int64)
    sampled = np.zeros(num_sampled, dtype=np.int64)
    sampled_count = np.zeros(num_sampled, dtype=np.float32)
    true_count = np.zeros(true_flat.shape[0], dtype=np.float32)
    empty_i, empty_f = np.zeros(0, np.int64), np.zeros(0, np.float32)
    weights = cum = alt = empty_i
    fweights = prob = empty_f
    total, total_f = 0, np.float32(1)
    if kind == 2:
        weights = np.ascontiguousarray(learned, dtype=np.int64)
        cum = np.ascontiguousarray(sampler.cum, dtype=np.int64)
        total = int(sampler.total)
    elif kind == 3:
        fweights, total_f, prob, alt = _fixed_tables(spec)
    args = _kernel_args(key, counter)
    if not _candidates(
        kind, spec.unique, true_flat, sampled, sampled_count, true_count, *args,
        np.int64(spec.range), np.float32(getattr(sampler, "inv_range", 0.0)), float(getattr(sampler, "log_range", 1.0)),  # noqa: B009
        weights, cum, np.int64(total), fweights, total_f, prob, alt, np.int64(max_tries),
    ):
        return None
    if kind == 2 and learned is not None:
        total_learned = int(learned.sum())
        flat = true_flat.tolist()
        for value in flat[: max(0, min(len(flat), 2**31 - 1 - total_learned))]:
            learned[value] += 1
    return sampled, true_count.reshape(true_classes.shape), sampled_count
