"""``tf.random.gamma``: TF ``RandomGamma`` (stateful, output ``[*shape, *alpha.shape]``) and
``StatelessRandomGammaV3`` (``tf.random.stateless_gamma``, output ``shape``), with the wrappers'
``maximum(tiny, kernel(alpha) / beta)``. ``tf.random.Generator`` has no gamma method.

Everything about the op is here: the kernel's name and attr ``T``, its reservation
(``ReserveRandomOutputs(num_samples * alpha_size, 256)``, nothing for an empty output), the
output size, the attr and broadcast checks and the wrapper arithmetic. The Marsaglia-Tsang
sampler itself (shared Philox prefetch with Poisson and binomial) is :mod:`.._gpb`'s
``random_gamma`` / ``stateless_gamma``.

Sources: ``tensorflow/python/ops/random_ops.py`` (``random_gamma``),
``stateless_random_ops.py`` (``stateless_random_gamma``), ``tensorflow/core/kernels/
random_gamma_op.cc``, ``stateless_random_gamma_op.cc``.
"""

from __future__ import annotations

import math
from typing import ClassVar

import numpy as np

from philoxd_server._errors import InvalidArgument

from .. import _gpb
from .._spec import DrawSpec, ShapeMismatch, arith, check_dims, dtype_name, flush, kernel_errors, shape_str
from ._gpb_attrs import GPB_FLOATS, attr_error, needs
from ._base import Op

__all__ = ["GAMMA"]


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


class Gamma(Op):
    """``gamma``: Marsaglia-Tsang gamma samples of shape ``alpha``, divided by ``beta``."""

    name = "gamma"
    tensor_params = ("alpha", "beta")
    function_names: ClassVar = {"stateless": "tf.random.stateless_gamma"}
    generator_method = False

    def validate(self, spec: DrawSpec, *, stateful: bool) -> None:
        needs(spec, "alpha")
        if not stateful:  # stateless kernels: no state to protect, check everything now
            _check_attrs(spec)

    def check_kernel(self, spec: DrawSpec) -> None:
        check_dims(spec)
        _check_attrs(spec)

    def kernel_name(self, spec: DrawSpec) -> str:
        # TF kernel cache: RandomGamma by T (alpha's dtype = the output dtype)
        return f"RandomGamma/{dtype_name(spec.dtype)}"

    def kernel_reservation(self, spec: DrawSpec) -> int:
        # random_gamma_op.cc: nothing for an empty output
        return _gpb.random_gamma_reservation(spec.num_elements, math.prod(_gamma_shapes(spec)[2]))

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
                raw = _gpb.random_gamma(key, counter, spec.num_elements, alpha_b, dtype).reshape(spec.shape + bshape)
            else:
                raw = _gpb.stateless_gamma(key, counter, spec.shape, alpha_b, dtype)
            if spec.folds("beta"):  # constant folding: x / beta -> x * (1 / beta), the reciprocal folded (and flushed)
                scaled = arith(np.multiply, raw, flush(np.reciprocal(flush(beta, dtype), dtype=dtype), dtype), dtype)
            else:
                scaled = arith(np.divide, raw, beta, dtype)
            return np.maximum(dtype.type(np.finfo(dtype).tiny), scaled)


GAMMA = Gamma()
