"""A plain-Python transcription of TF's ``TruncatedNormalFunctorV2<CPUDevice, T>``: the
independent reference :mod:`philoxd_server.engine._ptn_kernel` is checked against (one
shard, value by value; see that module for the algorithm and its sources)."""

from __future__ import annotations

import numpy as np

from philoxd_server.engine import _distributions as dist
from philoxd_server.engine._ptn_kernel import MAX_ITERATIONS, STDDEVS_INSIDE_BOUNDS_TO_USE_RANDN, TruncatedNormalInternal, bcast_batches
from philoxd_server.engine._stream import libm_f32, libm_f64

__all__ = ["parameterized_truncated_normal"]


class _Math:
    """``Eigen::numext`` exp/log/sqrt in ``T``: half goes through float (``half(expf(float(x)))``)."""

    def __init__(self, dtype: np.dtype) -> None:
        self.t = dtype.type
        self.libm = libm_f64 if dtype == np.float64 else libm_f32

    def exp(self, x: np.floating) -> np.floating:
        return self.t(self.libm.exp(float(x)))

    def log(self, x: np.floating) -> np.floating:
        return self.t(self.libm.log(float(x)))

    def sqrt(self, x: np.floating) -> np.floating:
        return self.t(self.libm.sqrt(float(x)))


_FETCH_BLOCKS = 64  # blocks converted per fixed-rate kernel call
_U128 = (1 << 128) - 1


class _Dists:
    """``UniformDistribution<T>`` / ``NormalDistribution<T>`` calls on one generator copy.

    Each call takes the next Philox block; the values are those of the fixed-rate
    kernels of :mod:`._distributions` for that block (block ``b`` -> outputs
    ``[b*K, b*K + K)``), computed a few blocks at a time.
    """

    def __init__(self, key: int, counter: int, dtype: np.dtype) -> None:
        self._key, self._counter, self._dtype = key, counter, dtype
        self._k = dist.values_per_block(dtype)
        self._pos = 0  # blocks consumed
        self._cache: dict[str, tuple[int, np.ndarray]] = {}

    def _next(self, kind: str) -> np.ndarray:
        start, rows = self._cache.get(kind, (-1, np.empty((0, self._k))))
        if not 0 <= self._pos - start < rows.shape[0]:
            fn = dist.uniform if kind == "uniform" else dist.normal
            counter = (self._counter + self._pos) & _U128
            rows = fn(self._key, counter, _FETCH_BLOCKS * self._k, self._dtype).reshape(_FETCH_BLOCKS, self._k)
            start = self._pos
            self._cache[kind] = (start, rows)
        row = rows[self._pos - start]
        self._pos += 1
        return row

    def uniform(self) -> np.ndarray:
        """One ``UniformDistribution<T>`` call."""
        return self._next("uniform")

    def normal(self) -> np.ndarray:
        """One ``NormalDistribution<T>`` call."""
        return self._next("normal")


def parameterized_truncated_normal(
    key: int,
    counter: int,
    shape: tuple[int, ...],
    means: np.ndarray,
    stddevs: np.ndarray,
    minvals: np.ndarray,
    maxvals: np.ndarray,
) -> np.ndarray:
    """``StatelessParameterizedTruncatedNormal`` from Philox (key, counter), one shard.

    Args:
      key: Philox key (from the seed, ``GenerateKey``).
      counter: Philox counter.
      shape: Output shape; it must end with the parameters' broadcast shape.
      means, stddevs, minvals, maxvals: Parameters of one float dtype ``T``.

    Returns:
      An array of ``shape`` and ``T``.

    Raises:
      ValueError: TF's ``Invalid parameters`` and shape messages.
      TruncatedNormalInternal: a sampler hit ``kMaxIterations``.
    """
    dtype = means.dtype
    t = dtype.type
    params = [means, stddevs, minvals, maxvals]
    bshape, spb, nb = bcast_batches(shape, params)
    n = spb * nb
    out = np.zeros(n, dtype=dtype)
    if n == 0:
        return out.reshape(shape)
    flat = [np.broadcast_to(p, bshape).reshape(-1) for p in params]
    m = _Math(dtype)
    gen = _Dists(key, counter, dtype)
    k_randn = t(STDDEVS_INSIDE_BOUNDS_TO_USE_RANDN)
    zero, two, four, half = t(0), t(2), t(4), t(0.5)
    for b in range(nb):
        mean, stddev, minval, maxval = (f[b] for f in flat)
        if not (stddev > zero and minval < maxval and (np.isfinite(minval) or np.isfinite(maxval))):
            raise ValueError("Invalid parameters")
        if (np.isinf(minval) and minval < zero) or maxval < mean:
            minval, maxval = maxval, minval
            stddev = -stddev
        norm_min = (minval - mean) / stddev
        norm_max = (maxval - mean) / stddev
        sqrt_factor = m.sqrt(norm_min * norm_min + four)
        cutoff = two * m.exp(half + (norm_min * (norm_min - sqrt_factor)) / four) / (norm_min + sqrt_factor)
        diff = norm_max - norm_min
        sample = 0
        iters = 0
        if (norm_min < -k_randn and norm_max >= zero) or (norm_max > k_randn and norm_min <= zero):
            while sample < spb:
                for x in gen.normal():
                    if norm_min <= x <= norm_max:
                        out[sample * nb + b] = x * stddev + mean
                        sample += 1
                        if sample >= spb:
                            break
                        iters = 0
                    else:
                        iters += 1
                        if iters > MAX_ITERATIONS:
                            raise TruncatedNormalInternal("TruncatedNormal randn rejection sampler failed to accept a sample.")
        elif diff < cutoff:
            plus = zero if norm_min < zero else norm_min * norm_min
            while sample < spb:
                z = [r * diff + norm_min for r in gen.uniform()]
                g = [(plus - zi * zi) / two for zi in z]
                u = gen.uniform()
                for i in range(len(z)):
                    accept = u[i] <= m.exp(g[i])
                    if accept or iters + 1 >= MAX_ITERATIONS:
                        if not accept:
                            raise TruncatedNormalInternal("TruncatedNormal uniform rejection sampler failed to  accept a sample.")
                        out[sample * nb + b] = z[i] * stddev + mean
                        sample += 1
                        if sample >= spb:
                            break
                        iters = 0
                    else:
                        iters += 1
        else:
            alpha = (norm_min + m.sqrt(norm_min * norm_min + four)) / two
            while sample < spb:
                rand = gen.uniform()
                i = 0
                while i < len(rand):
                    z = -m.log(rand[i]) / alpha + norm_min
                    i += 1
                    x = alpha - z if norm_min < alpha else norm_min - alpha
                    g = m.exp(-x * x / two)
                    u = rand[i]
                    i += 1
                    accept = u <= g and z < norm_max
                    if accept or iters + 1 >= MAX_ITERATIONS:
                        if not accept:
                            raise TruncatedNormalInternal(
                                "TruncatedNormal exponential distribution rejection sampler failed to accept a sample."
                            )
                        out[sample * nb + b] = z * stddev + mean
                        sample += 1
                        if sample >= spb:
                            break
                        iters = 0
                    else:
                        iters += 1
    return out.reshape(shape)
