"""``tf.random.gamma``: TF ``RandomGamma`` (stateful, output ``[*shape, *alpha.shape]``) and
``StatelessRandomGammaV3`` (``tf.random.stateless_gamma``, output ``shape``), with the wrappers'
``maximum(tiny, kernel(alpha) / beta)``. ``tf.random.Generator`` has no gamma method.

Everything about the op is here: the kernel's name and attr ``T``, its reservation
(``ReserveRandomOutputs(num_samples * alpha_size, 256)``, nothing for an empty output), the
output size, the attr and broadcast checks, the wrapper arithmetic and the sampler itself:
Marsaglia-Tsang in double, one generator per output at ``counter + 256 * output_idx`` (the
Philox prefetch, the buffers' "last first" order and the narrowing casts it shares with
Poisson and binomial are :mod:`.._gpb`'s; see there).

Sources: ``tensorflow/python/ops/random_ops.py`` (``random_gamma``),
``stateless_random_ops.py`` (``stateless_random_gamma``), ``tensorflow/core/kernels/
random_gamma_op.cc``, ``stateless_random_gamma_op.cc``.
"""
from __future__ import annotations

import math
from typing import ClassVar

import numpy as np
from numba import njit

from philoxd_server._errors import InvalidArgument

from .._gpb import _DBL_MIN, _EPS, _SH32, _TWO_PI, _buffered_uniform, _float_dtype, _narrow, _new_prefetch, _next_output, _output_base, _prefetch, _run, _stateless_shape, _uniform_pair
from .._parallel import chunked
from .._philox import SOA_CHUNK, _check_n, _kernel_args
from .._spec import DrawSpec, ShapeMismatch, arith, dtype_name, flush, kernel_errors, shape_str
from ._gpb_attrs import GPB_FLOATS, AttrCheckedOp, attr_error

__all__ = ["GAMMA", "GAMMA_RESERVED_SAMPLES_PER_OUTPUT", "random_gamma", "random_gamma_reservation", "stateless_gamma"]

# TF random_gamma_op.cc / stateless_random_gamma_op.cc kReservedSamplesPerOutput.
GAMMA_RESERVED_SAMPLES_PER_OUTPUT = 256
# Blocks of each output's generator computed ahead, vectorized across outputs (_prefetch):
# the first normal and uniform.
_GAMMA_PREFETCH = 2


# --- The sampler (random_gamma_op.cc) ---------------------------------------------------
@njit(cache=True, inline="always", error_model="numpy")
def _ftz(x):
    """Flush a double subnormal to (signed) zero: TF kernels run with FTZ/DAZ set."""
    if abs(x) < _DBL_MIN:
        return x * 0.0
    return x


@njit(cache=True, error_model="numpy")
def _gamma_one(alpha, d, c, w, t, nb, k0, k1, lo, hi):
    """One RandomGamma sample (double) for an output whose generator starts at (lo, hi)
    (its first ``nb`` blocks in ``w[:, t]``)."""
    if alpha == 1.0:
        # Exponential: uniform(&gen)[1] = Uint64ToDouble(x2, x3); -log1p(-u).
        return -math.log1p(-_uniform_pair(w, t, 0, nb, k0, k1, lo, hi)[1])
    less_than_one = alpha < 1.0
    j = 0  # next block
    n_rem = 0
    u_rem = 0
    nu2 = 0.0  # Box-Muller radius of the buffered normal pair
    nv1 = 0.0  # Box-Muller angle
    ub0 = 0.0  # buffered uniform result[0]
    while True:
        # x = normal_buffer(&gen): result[1] = cos(v1)*u2 first, then result[0] = sin(v1)*u2.
        if n_rem == 0:
            u1, u2 = _uniform_pair(w, t, j, nb, k0, k1, lo, hi)
            j += 1
            u1 = max(u1, _EPS)
            nv1 = _TWO_PI * u2
            nu2 = math.sqrt(-2.0 * math.log(u1))
            n_rem = 1
            x = math.cos(nv1) * nu2
        else:
            n_rem = 0
            x = math.sin(nv1) * nu2
        v = 1.0 + c * x
        if v <= 0.0:
            continue
        v = v * v * v
        # u = uniform_buffer(&gen)
        u, ub0, u_rem, j = _buffered_uniform(ub0, u_rem, j, w, t, nb, k0, k1, lo, hi)
        if (u < 1.0 - 0.0331 * (x * x) * (x * x)) or (
            math.log(u) < 0.5 * x * x + d * (1.0 - v + math.log(v))
        ):
            res = d * v
            if less_than_one:
                b, ub0, u_rem, j = _buffered_uniform(ub0, u_rem, j, w, t, nb, k0, k1, lo, hi)
                res *= _ftz(math.pow(b, 1.0 / alpha))
            return _ftz(res)


@njit(cache=True, error_model="numpy")
def _gamma_range(out, alpha, dd, cc, spa, k0, k1, c0, c1, c2, c3, start, stop):
    num_alphas = alpha.shape[0]
    lo = c0 | (c1 << _SH32)
    hi = c2 | (c3 << _SH32)
    nb = _GAMMA_PREFETCH
    w = _new_prefetch(nb)
    a = start // spa
    s = start - a * spa
    for o0 in range(start, stop, SOA_CHUNK):
        m = min(SOA_CHUNK, stop - o0)
        _prefetch(w, nb, k0, k1, lo, hi, GAMMA_RESERVED_SAMPLES_PER_OUTPUT, o0, m)
        for t in range(m):
            blo, bhi = _output_base(lo, hi, GAMMA_RESERVED_SAMPLES_PER_OUTPUT, o0 + t)
            out[s * num_alphas + a] = _gamma_one(alpha[a], dd[a], cc[a], w, t, nb, k0, k1, blo, bhi)
            s, a = _next_output(s, a, spa)


_gamma_par = chunked(_gamma_range, error_model="numpy")


def _gamma_core(key: int, counter: int, alpha: np.ndarray, num_samples: int, dtype: np.dtype) -> np.ndarray:
    """Flat double samples, ``num_samples`` per alpha (alpha flattened, in dtype)."""
    kargs = _kernel_args(key, counter)
    a = np.ascontiguousarray(alpha, dtype=dtype).reshape(-1).astype(np.float64)  # exact
    with np.errstate(all="ignore"):
        less = a < 1.0
        dd = a + np.where(less, 2.0 / 3, -1.0 / 3)
        cc = 1.0 / 3 / np.sqrt(dd)  # IEEE sqrt and division: exact same as C
    n = num_samples * a.size
    res = np.empty(n, dtype=np.float64)
    _run(_gamma_range, _gamma_par, res, n, a, dd, cc, max(num_samples, 1), *kargs)
    return res


def random_gamma_reservation(num_samples: int, alpha_size: int) -> int:
    """Counter units (128-bit blocks) one ``RandomGamma`` call reserves.

    TF: nothing when the output is empty (early return), else
    ``ReserveRandomOutputs(num_samples * alpha_size, 256)``.
    """
    return int(num_samples) * int(alpha_size) * GAMMA_RESERVED_SAMPLES_PER_OUTPUT


def random_gamma(key: int, counter: int, num_samples: int, alpha: np.ndarray, dtype) -> np.ndarray:
    """TF ``RandomGamma`` kernel output (before the wrapper's ``/ beta`` and ``maximum``).

    Args:
        key: Philox key, ``[0, 2**64)``.
        counter: Philox counter at the start of the reserved range.
        num_samples: ``prod(shape)``, samples per alpha.
        alpha: Alpha values (any shape); converted to ``dtype`` first.
        dtype: float16, float32 or float64 (the op's ``T``).

    Returns:
        Array of ``dtype`` and shape ``[num_samples, *alpha.shape]``.
    """
    dt = _float_dtype(dtype, "gamma")
    num_samples = _check_n(num_samples)
    alpha = np.asarray(alpha)
    res = _gamma_core(key, counter, alpha, num_samples, dt)
    return _narrow(res, dt).reshape((num_samples, *alpha.shape))


def stateless_gamma(key: int, counter: int, shape, alpha_broadcast: np.ndarray, dtype) -> np.ndarray:
    """TF ``StatelessRandomGammaV3`` (Philox) kernel output, before ``/ beta``/``maximum``.

    Args:
        key, counter: From the seed (``stateless_key_counter``) or the V3 key/counter.
        shape: Output shape; must end with ``alpha_broadcast.shape``.
        alpha_broadcast: Alpha broadcast against beta (``T``), at least one element
            unless the output is empty.
        dtype: float16, float32 or float64.

    Returns:
        Array of ``dtype`` and shape ``shape``.
    """
    dt = _float_dtype(dtype, "gamma")
    alpha = np.asarray(alpha_broadcast)
    shape, nout = _stateless_shape(shape, alpha)
    if nout == 0:
        return np.zeros(shape, dt)
    if alpha.size == 0:  # unreachable when nout > 0, kept for TF parity
        raise ValueError(f"Input alpha should have non-zero element count, got: {alpha.size}")
    res = _gamma_core(key, counter, alpha, nout // alpha.size, dt)
    return _narrow(res, dt).reshape(shape)


# --- The op ------------------------------------------------------------------------------


def _gamma_shapes(spec: DrawSpec) -> tuple[np.ndarray, np.ndarray, tuple[int, ...]]:
    """(alpha, beta, broadcast shape): TF's ``broadcast_dynamic_shape(shape(alpha), shape(beta))``."""
    alpha = spec.tensors["alpha"]
    beta = spec.tensors.get("beta")
    if beta is None:
        beta = np.ones((), dtype=alpha.dtype)
    try:
        bshape = np.broadcast_shapes(alpha.shape, beta.shape)
    except ValueError:
        raise ShapeMismatch(f"Incompatible shapes: {shape_str(alpha.shape)} vs. {shape_str(beta.shape)}") from None
    return alpha, beta, tuple(bshape)


def _check_attrs(spec: DrawSpec) -> None:
    """RandomGamma / StatelessRandomGammaV3's attr checks (TF raises them from the op, after
    the Python wrapper has drawn the op seeds)."""
    if dtype_name(spec.dtype) not in GPB_FLOATS:
        raise attr_error("T", spec.dtype, GPB_FLOATS)
    for param in ("alpha", "beta"):
        value = spec.tensors.get(param)
        if value is not None and value.dtype != spec.dtype:
            raise InvalidArgument(
                f"{spec.function}: `{param}` must have the output dtype {dtype_name(spec.dtype)}, got {dtype_name(value.dtype)}"
            )
    _gamma_shapes(spec)


class Gamma(AttrCheckedOp):
    """``gamma``: Marsaglia-Tsang gamma samples of shape ``alpha``, divided by ``beta``."""

    name = "gamma"
    tensor_params = ("alpha", "beta")
    function_names: ClassVar = {"stateless": "tf.random.stateless_gamma"}
    generator_method = False

    def check_attrs(self, spec: DrawSpec) -> None:
        _check_attrs(spec)

    def kernel_name(self, spec: DrawSpec) -> str:
        # TF kernel cache: RandomGamma by T (alpha's dtype = the output dtype)
        return f"RandomGamma/{dtype_name(spec.dtype)}"

    def kernel_reservation(self, spec: DrawSpec) -> int:
        # random_gamma_op.cc: nothing for an empty output
        return random_gamma_reservation(spec.num_elements, math.prod(_gamma_shapes(spec)[2]))

    def output_elements(self, spec: DrawSpec, *, stateful: bool) -> int:
        n = spec.num_elements
        if stateful and "alpha" in spec.tensors:  # RandomGamma: [*shape, *bshape]
            n *= math.prod(_gamma_shapes(spec)[2])
        return n

    def generate(self, spec: DrawSpec, key: int, counter: int, *, stateful: bool) -> np.ndarray:
        # random_ops.random_gamma / stateless_random_ops.stateless_random_gamma:
        # maximum(finfo(dtype).tiny, kernel(shape, broadcast_to(alpha, bshape)) / beta), in dtype.
        dtype = spec.dtype
        with kernel_errors():
            alpha, beta, bshape = _gamma_shapes(spec)
            alpha_b = np.broadcast_to(alpha, bshape)
            if stateful:
                raw = random_gamma(key, counter, spec.num_elements, alpha_b, dtype).reshape(spec.shape + bshape)
            else:
                raw = stateless_gamma(key, counter, spec.shape, alpha_b, dtype)
            if spec.folds("beta"):  # constant folding: x / beta -> x * (1 / beta), the reciprocal folded (and flushed)
                scaled = arith(np.multiply, raw, flush(np.reciprocal(flush(beta, dtype), dtype=dtype), dtype), dtype, y_first=spec.constant_first("beta"))
            else:
                scaled = arith(np.divide, raw, beta, dtype)
            return np.maximum(dtype.type(np.finfo(dtype).tiny), scaled)


GAMMA = Gamma()
