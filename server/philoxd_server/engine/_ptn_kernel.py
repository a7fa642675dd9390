"""``tf.random.stateless_parameterized_truncated_normal``: TF's
``TruncatedNormalFunctorV2<CPUDevice, T>`` with its three rejection samplers, as one Numba kernel.

Per broadcast batch (a combination of means/stddevs/minvals/maxvals) the
functor normalises the bounds and picks one of:

* normal rejection (``NormalDistribution``, Box-Muller) when the mean and at
  least 1.3 stddevs lie inside the bounds;
* uniform proposals on ``[normMin, normMax]`` accepted with ``exp((plus - z*z)/2)``
  when the interval is narrow (``diff < cutoff``);
* otherwise exponential proposals (rate ``alpha``) offset by ``normMin``.

Each ``dist(&gen)`` call consumes one Philox block (4 values for half/float, 2 for
double); a batch's leftover values are dropped. Arithmetic is in ``T``; half values
are carried in float32 and rounded to half after every operation (``Eigen::half``
computes in float and rounds), transcendental functions are glibc's ``expf``/``logf``/
``sqrtf`` (``exp``/``log``/``sqrt`` for double) through Numba's ``math``.

TF shards the outputs over its intra-op threads (``Shard``), each shard skipping its
generator to ``ceil(first_output * 2 * kMaxIterations / K)`` blocks, so the values depend on
TF's thread count: the kernel takes TF's shard starts (:mod:`._sharding`). The tests keep a plain-Python transcription of the
functor as an independent reference (``tests/unit/ptn_reference.py``).

Sources: ``tensorflow/core/kernels/parameterized_truncated_normal_op.cc``,
``xla/tsl/lib/random/random_distributions.h``.
"""
from __future__ import annotations

import math

import numpy as np
from llvmlite import ir
from numba import njit, types
from numba.extending import intrinsic

from philoxd_server._errors import PhiloxdServerError

from ._distributions import _box_muller_f32, _box_muller_f64, _exact_box_muller, _normal_f32_range, _normal_f64_range, _u32_to_f32, _u64_to_f64
from ._philox import _block, _kernel_args
from ._sharding import ptn_cost, shard_starts

__all__ = [
    "MAX_ITERATIONS",
    "STDDEVS_INSIDE_BOUNDS_TO_USE_RANDN",
    "TruncatedNormalInternal",
    "bcast_batches",
    "parameterized_truncated_normal",
]

MAX_ITERATIONS = 1000  # parameterized_truncated_normal_op.cc kMaxIterations
STDDEVS_INSIDE_BOUNDS_TO_USE_RANDN = 1.3  # kStdDevsInsideBoundsToUseRandnSampler


class TruncatedNormalInternal(PhiloxdServerError):
    """TF's ``errors::Internal`` when a rejection sampler gives up (never seen in practice)."""

    code = "INTERNAL"

_OK, _INVALID, _RANDN_FAILED, _UNIFORM_FAILED, _EXP_FAILED = range(5)
_MESSAGES = {
    _RANDN_FAILED: "TruncatedNormal randn rejection sampler failed to accept a sample.",
    _UNIFORM_FAILED: "TruncatedNormal uniform rejection sampler failed to  accept a sample.",
    _EXP_FAILED: "TruncatedNormal exponential distribution rejection sampler failed to accept a sample.",
}
_SH32 = np.uint64(32)
_MASK32 = np.uint64(0xFFFFFFFF)
_ONE = np.uint64(1)
_F16_MANT_MASK = np.uint64(0x3FF)
_F16_SCALE = np.float32(2.0**-10)


@intrinsic
def _round_half(typingctx, x):  # noqa: ARG001 - numba intrinsic signature
    """A float32 rounded to the nearest half (ties to even), as a float32: ``float(half(x))``."""
    sig = types.float32(types.float32)

    def codegen(context, builder, signature, args):  # noqa: ARG001
        return builder.fpext(builder.fptrunc(args[0], ir.HalfType()), ir.FloatType())

    return sig, codegen


@njit(cache=True, inline="always")
def _r(x, half):
    """``x`` in T: rounded to half when T is half (``x`` is then a float32)."""
    return _round_half(x) if half else x


@njit(cache=True)
def _draw(kind, half, wide, k0, k1, lo, hi, pos, buf):
    """One ``UniformDistribution<T>`` (kind 0) or ``NormalDistribution<T>`` (kind 1) call on
    block ``pos`` of the generator at ``(lo, hi)``: its ``K`` values into ``buf``; returns K."""
    c_lo = lo + np.uint64(pos)
    c_hi = hi + np.uint64(c_lo < lo)
    x0, x1, x2, x3 = _block(k0, k1, c_lo & _MASK32, c_lo >> _SH32, c_hi & _MASK32, c_hi >> _SH32)
    if wide:
        if kind == 0:
            buf[0] = _u64_to_f64(x0, x1)
            buf[1] = _u64_to_f64(x2, x3)
        else:
            buf[0], buf[1] = _box_muller_f64(x0, x1, x2, x3)
        return 2
    if kind == 0:
        if half:  # Uint16ToHalf: 10 random mantissa bits, exactly m / 1024
            buf[0] = np.float32(x0 & _F16_MANT_MASK) * _F16_SCALE
            buf[1] = np.float32(x1 & _F16_MANT_MASK) * _F16_SCALE
            buf[2] = np.float32(x2 & _F16_MANT_MASK) * _F16_SCALE
            buf[3] = np.float32(x3 & _F16_MANT_MASK) * _F16_SCALE
        else:
            buf[0] = _u32_to_f32(x0)
            buf[1] = _u32_to_f32(x1)
            buf[2] = _u32_to_f32(x2)
            buf[3] = _u32_to_f32(x3)
    else:
        f0, f1 = _box_muller_f32(x0, x1)
        f2, f3 = _box_muller_f32(x2, x3)
        buf[0] = _r(f0, half)
        buf[1] = _r(f1, half)
        buf[2] = _r(f2, half)
        buf[3] = _r(f3, half)
    return 4


_CHUNK_BLOCKS = 2048  # normals computed ahead at most (the randn sampler)


@njit(cache=True)
def _fill_normals(buf, nblk, half, wide, exact, k0, k1, lo, hi, pos):
    """``NormalDistribution<T>`` of blocks ``pos .. pos + nblk - 1`` into ``buf`` (K per block)."""
    c_lo = lo + np.uint64(pos)
    c_hi = hi + np.uint64(c_lo < lo)
    words = (c_lo & _MASK32, c_lo >> _SH32, c_hi & _MASK32, c_hi >> _SH32)
    if wide:
        _normal_f64_range(buf[: 2 * nblk], k0, k1, words[0], words[1], words[2], words[3], 0, nblk)
        return
    view = buf[: 4 * nblk]
    _normal_f32_range(view, k0, k1, words[0], words[1], words[2], words[3], False, exact, 0, nblk)
    if half:
        for i in range(4 * nblk):
            view[i] = _round_half(view[i])


@njit(cache=True)
def _ptn_kernel(out, means, stddevs, minvals, maxvals, spb, starts, half, wide, exact, k0, k1, c0, c1, c2, c3):
    """Fill ``out`` (flat ``[spb, nb]``, T or float32 for half) shard by shard (``starts``: the
    first output of each of TF's shards, outputs counted batch by batch); returns a status code."""
    nb = means.shape[0]
    total = spb * nb
    nbuf = np.empty(4 * _CHUNK_BLOCKS, dtype=out.dtype)
    lo = c0 | (c1 << _SH32)
    hi = c2 | (c3 << _SH32)
    buf = np.empty(4, dtype=out.dtype)
    zbuf = np.empty(4, dtype=out.dtype)
    gbuf = np.empty(4, dtype=out.dtype)
    ubuf = np.empty(4, dtype=out.dtype)
    accepted = np.empty(4, dtype=np.bool_)
    consts = np.empty(5, dtype=out.dtype)  # the constants in T (float32 for half)
    consts[0] = 0.0
    consts[1] = 2.0
    consts[2] = 4.0
    consts[3] = 0.5
    consts[4] = STDDEVS_INSIDE_BOUNDS_TO_USE_RANDN
    zero, two, four, halfv = consts[0], consts[1], consts[2], consts[3]
    k_randn = _r(consts[4], half)
    nshards = starts.shape[0]
    per_call = 2 if wide else 4  # Uniform::kResultElementCount
    for si in range(nshards):
        first = starts[si]
        last = starts[si + 1] if si + 1 < nshards else total
        # the shard's generator: Skip((first * 2 * kMaxIterations + K - 1) / K), then shared by
        # its batches in order (a batch may be split between two shards)
        pos = (first * 2 * MAX_ITERATIONS + per_call - 1) // per_call
        o = first
        while o < last:
            b = o // spb
            sample = o - b * spb
            stop = min(spb, last - b * spb)
            o = b * spb + stop
            mean = means[b]
            stddev = stddevs[b]
            minval = minvals[b]
            maxval = maxvals[b]
            if not (stddev > zero and minval < maxval and (math.isfinite(minval) or math.isfinite(maxval))):
                return _INVALID
            if (math.isinf(minval) and minval < zero) or maxval < mean:
                minval, maxval = maxval, minval
                stddev = -stddev
            norm_min = _r(_r(minval - mean, half) / stddev, half)
            norm_max = _r(_r(maxval - mean, half) / stddev, half)
            sqrt_factor = _r(math.sqrt(_r(_r(norm_min * norm_min, half) + four, half)), half)
            ex = _r(math.exp(_r(halfv + _r(_r(norm_min * _r(norm_min - sqrt_factor, half), half) / four, half), half)), half)
            cutoff = _r(_r(two * ex, half) / _r(norm_min + sqrt_factor, half), half)
            diff = _r(norm_max - norm_min, half)
            iters = 0
            if (norm_min < -k_randn and norm_max >= zero) or (norm_max > k_randn and norm_min <= zero):
                kk = 2 if wide else 4
                while sample < stop:
                    # normals of the next blocks, a chunk at a time (vectorized), then the
                    # sequential accept loop; blocks past the last one used are not consumed
                    nblk = min(max(1, (5 * (stop - sample)) // (2 * kk) + 1), _CHUNK_BLOCKS)
                    _fill_normals(nbuf, nblk, half, wide, exact, k0, k1, lo, hi, pos)
                    for bi in range(nblk):
                        pos += 1
                        for i in range(kk):
                            x = nbuf[bi * kk + i]
                            if norm_min <= x and x <= norm_max:
                                out[sample * nb + b] = _r(_r(x * stddev, half) + mean, half)
                                sample += 1
                                iters = 0  # (a full batch ends here: the next resets it anyway)
                                if sample >= stop:
                                    break
                            else:
                                iters += 1
                                if iters > MAX_ITERATIONS:
                                    return _RANDN_FAILED
                        if sample >= stop:
                            break
            else:
                # Uniform (diff < cutoff) or exponential rejection sampling: a block's candidates
                # and their verdicts (pure: all of them, though a group may stop short), then TF's
                # bookkeeping, one candidate at a time.
                uniform = diff < cutoff
                fail = _UNIFORM_FAILED if uniform else _EXP_FAILED
                plus = zero if norm_min < zero else _r(norm_min * norm_min, half)
                alpha = _r(_r(norm_min + _r(math.sqrt(_r(_r(norm_min * norm_min, half) + four, half)), half), half) / two, half)
                while sample < stop:
                    kk = _draw(0, half, wide, k0, k1, lo, hi, pos, buf)
                    pos += 1
                    if uniform:
                        for i in range(kk):  # z = r * diff + norm_min, g = (plus - z * z) / 2
                            z = _r(_r(buf[i] * diff, half) + norm_min, half)
                            zbuf[i] = z
                            gbuf[i] = _r(_r(plus - _r(z * z, half), half) / two, half)
                        _draw(0, half, wide, k0, k1, lo, hi, pos, ubuf)
                        pos += 1
                        ncand = kk
                        for i in range(ncand):
                            accepted[i] = ubuf[i] <= _r(math.exp(gbuf[i]), half)
                    else:
                        ncand = kk // 2  # a candidate from each pair of values
                        for i in range(ncand):
                            lg = _r(math.log(buf[2 * i]), half)
                            z = _r(_r(-lg / alpha, half) + norm_min, half)
                            x = _r(alpha - z, half) if norm_min < alpha else _r(norm_min - alpha, half)
                            g = _r(math.exp(_r(_r(-x * x, half) / two, half)), half)
                            zbuf[i] = z
                            accepted[i] = buf[2 * i + 1] <= g and z < norm_max
                    for i in range(ncand):
                        if not accepted[i] and iters + 1 < MAX_ITERATIONS:
                            iters += 1
                            continue
                        if not accepted[i]:  # the MAX_ITERATIONS-th rejection in a row
                            return fail
                        out[sample * nb + b] = _r(_r(zbuf[i] * stddev, half) + mean, half)
                        sample += 1
                        iters = 0
                        if sample >= stop:
                            break
    return _OK


def bcast_batches(shape: tuple[int, ...], params: list[np.ndarray]) -> tuple[tuple[int, ...], int, int]:
    """TF's ``BCastList<4>`` checks; returns (broadcast shape, samples_per_batch, num_batches).

    Raises:
      ValueError: TF's messages for incompatible parameters or a shape not ending
        with their broadcast shape.
    """
    try:
        bshape = np.broadcast_shapes(*(p.shape for p in params))
    except ValueError:
        shapes = " vs. ".join("[" + ",".join(str(d) for d in p.shape) + "]" for p in params)
        raise ValueError(f"means, stddevs, minvals, maxvals must have compatible batch dimensions: {shapes}") from None
    if len(bshape) > len(shape) or tuple(shape[len(shape) - len(bshape):]) != tuple(bshape):
        raise ValueError("Shape passed in must end with broadcasted shape.")
    nsample_dims = len(shape) - len(bshape)
    spb = int(np.prod(shape[:nsample_dims], dtype=np.int64))
    nb = int(np.prod(shape[nsample_dims:], dtype=np.int64))
    return tuple(bshape), spb, nb


def parameterized_truncated_normal(
    key: int,
    counter: int,
    shape: tuple[int, ...],
    means: np.ndarray,
    stddevs: np.ndarray,
    minvals: np.ndarray,
    maxvals: np.ndarray,
    threads: int = 1,
) -> np.ndarray:
    """``StatelessParameterizedTruncatedNormal`` from Philox (key, counter), as TF computes it on
    ``threads`` intra-op threads (its shards: :func:`._sharding.shard_starts`).

    Args:
      key: Philox key (from the seed, ``GenerateKey``).
      counter: Philox counter.
      shape: Output shape; it must end with the parameters' broadcast shape.
      means, stddevs, minvals, maxvals: Parameters of one float dtype ``T``.
      threads: TF's intra-op thread count (``>= 1``).

    Returns:
      An array of ``shape`` and ``T``.

    Raises:
      ValueError: TF's ``Invalid parameters`` and shape messages.
      TruncatedNormalInternal: a sampler hit ``kMaxIterations``.
    """
    dtype = means.dtype
    params = [means, stddevs, minvals, maxvals]
    bshape, spb, nb = bcast_batches(shape, params)
    n = spb * nb
    half = dtype == np.float16
    work = np.dtype(np.float32) if half else dtype
    out = np.zeros(n, dtype=work)
    if n == 0:
        return out.astype(dtype).reshape(shape)
    flat = [np.ascontiguousarray(np.broadcast_to(p, bshape).reshape(-1), dtype=work) for p in params]  # half -> float32: exact
    exact = _exact_box_muller(-(-n // 4))  # the vectorized Box-Muller, for large draws once proved
    starts = np.asarray(shard_starts(threads, n, ptn_cost(dtype.itemsize)), dtype=np.int64)
    status = _ptn_kernel(out, *flat, spb, starts, half, dtype == np.float64, exact, *_kernel_args(key, counter))
    if status == _INVALID:
        raise ValueError("Invalid parameters")
    if status != _OK:
        raise TruncatedNormalInternal(_MESSAGES[status])
    return (out.astype(dtype) if half else out).reshape(shape)
