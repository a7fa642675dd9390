"""``tf.random.normal`` / ``truncated_normal``: TF ``RandomStandardNormal`` / ``TruncatedNormal``
(stateful), ``StatelessRandomNormalV2`` / ``StatelessTruncatedNormalV2`` and the ``Generator``
methods, with the wrapper's ``rnd * stddev + mean``.

Sources: ``tensorflow/python/ops/random_ops.py`` (``random_normal``, ``truncated_normal``),
``stateless_random_ops.py``, ``tensorflow/core/kernels/random_op.cc``.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from philoxd_server._errors import InvalidArgument

from .. import _distributions as dist
from .._spec import HALF_TYPES, FLOATS, DrawSpec, check_params, dtype_name, multiply_add, param, scalar, tf_tuple
from ._base import Op, Prepared, broadcast_elements

__all__ = ["NORMAL", "TRUNCATED_NORMAL"]

_PREPARED_DTYPES = (np.float32, np.float64)  # Box-Muller outputs never -0.0: "* 1 + 0" is the identity


class Normal(Op):
    """``normal``: Box-Muller standard normals, times ``stddev``, plus ``mean``."""

    name = "normal"
    tensor_params = ("mean", "stddev")
    function_names: ClassVar = {"stateless": "tf.random.stateless_normal"}
    fixed_rate = True
    _tf_kernel: ClassVar[str] = "RandomStandardNormal"

    @staticmethod
    def _kernel(key: int, counter: int, n: int, dtype: np.dtype) -> np.ndarray:
        return dist.normal(key, counter, n, dtype)

    def validate(self, spec: DrawSpec, *, stateful: bool) -> None:
        name = dtype_name(spec.dtype)
        if name not in FLOATS:
            raise InvalidArgument(f"{spec.function}: argument `dtype`=<dtype: '{name}'> must be a floating point type {tf_tuple(FLOATS)}")
        check_params(spec, self.tensor_params)

    def kernel_name(self, spec: DrawSpec) -> str:
        shape_t = "/T=int64" if spec.shape_int64 else ""  # the shape tensor's dtype is an attr too
        return f"{self._tf_kernel}/{dtype_name(spec.dtype)}{shape_t}"

    def output_elements(self, spec: DrawSpec, *, stateful: bool) -> int:
        return broadcast_elements(spec, self.tensor_params)

    def prepare(self, spec: DrawSpec, *, stateful: bool) -> Prepared | None:
        dtype = spec.dtype
        if spec.tensors or dtype not in _PREPARED_DTYPES:
            return None
        stddev = scalar(spec, "stddev", 1.0 if spec.stddev is None else spec.stddev, dtype)
        mean = scalar(spec, "mean", 0.0 if spec.mean is None else spec.mean, dtype)
        if stddev == 1 and mean == 0:  # generate skips the arithmetic (the identity) for these
            return dist.prepare_normal(spec.num_elements, dtype)
        return None

    def generate(self, spec: DrawSpec, key: int, counter: int, *, stateful: bool) -> np.ndarray:
        dtype = spec.dtype
        out = self._kernel(key, counter, spec.num_elements, dtype).reshape(spec.shape)
        stddev, mean = param(spec, "stddev", 1.0), param(spec, "mean", 0.0)
        # TF: math_ops.add(rnd * stddev, mean). With scalar stddev 1 and mean 0 that is
        # the identity for float32/64, whose Box-Muller outputs are never -0.0 (u2 > 0
        # and sin/cos of a float never return an exact zero); a float16 output can round
        # to -0.0, which "+ 0" turns into +0.0 (not in a graph: add drops it).
        if dtype in HALF_TYPES and not spec.tensors and stddev == 1 and mean == 0 and not spec.folds("mean"):
            out = dist.plus_zero(out)  # == add(arith(np.multiply, out, 1), 0), without numpy's half arithmetic
        elif spec.tensors or not (stddev == 1 and mean == 0 and dtype not in HALF_TYPES):
            out = multiply_add(out, stddev, mean, dtype, graph=spec.folds("mean"), c_first=spec.constant_first("mean"))
        return out if spec.tensors else out.reshape(spec.shape)


class TruncatedNormal(Normal):
    """``truncated_normal``: normals in ``(-2, 2)`` (rejection per output group), then the
    same arithmetic; not fixed-rate (a group reads on until it is full)."""

    name = "truncated_normal"
    function_names: ClassVar = {"stateless": "tf.random.stateless_truncated_normal"}
    fixed_rate = False
    _tf_kernel = "TruncatedNormal"

    @staticmethod
    def _kernel(key: int, counter: int, n: int, dtype: np.dtype) -> np.ndarray:
        return dist.truncated_normal(key, counter, n, dtype)

    def prepare(self, spec: DrawSpec, *, stateful: bool) -> Prepared | None:
        return None


NORMAL = Normal()
TRUNCATED_NORMAL = TruncatedNormal()
