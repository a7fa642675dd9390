"""``tf.random.stateless_parameterized_truncated_normal``: TF
``StatelessParameterizedTruncatedNormal`` (no stateful kernel here, no Generator method).

Sources: ``tensorflow/python/ops/stateless_random_ops.py``,
``tensorflow/core/kernels/parameterized_truncated_normal_op.cc`` (attr ``dtype``: half, float,
double; ``BCastList<4>`` checks). The kernel: :mod:`.._ptn_kernel`.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from philoxd_server._errors import InvalidArgument

from .. import _ptn_kernel
from .._sharding import ptn_cost
from .._spec import DrawSpec, dtype_name, kernel_errors
from ._base import Op

__all__ = ["PARAMETERIZED_TRUNCATED_NORMAL"]

_PTN_FLOATS = ("float16", "float32", "float64")  # StatelessParameterizedTruncatedNormal: half, float, double


class ParameterizedTruncatedNormal(Op):
    """``parameterized_truncated_normal``: per-batch means, stddevs and bounds."""

    name = "parameterized_truncated_normal"
    tensor_params = ("means", "stddevs", "minvals", "maxvals")
    function_names: ClassVar = {"stateless": "tf.random.stateless_parameterized_truncated_normal"}

    def _params(self, spec: DrawSpec) -> list[np.ndarray]:
        return [spec.tensors[k] for k in self.tensor_params]

    def validate(self, spec: DrawSpec, *, stateful: bool) -> None:
        if any(spec.tensors.get(k) is None for k in self.tensor_params):
            raise InvalidArgument(f"{spec.function}: needs tensors means, stddevs, minvals and maxvals")
        params = self._params(spec)
        dtypes = {dtype_name(p.dtype) for p in params}
        if len(dtypes) != 1:
            raise InvalidArgument(f"{spec.function}: means, stddevs, minvals and maxvals must have one dtype, got {sorted(dtypes)}")
        (name,) = dtypes
        if name not in _PTN_FLOATS:
            raise InvalidArgument(f"Value for attr 'dtype' of {name} is not in the list of allowed values: half, float, double")
        with kernel_errors():
            _ptn_kernel.bcast_batches(spec.shape, params)

    def shard_work(self, spec: DrawSpec) -> tuple[int, int]:
        """Outputs, at ``TruncatedNormalFunctorV2``'s cost per output."""
        return spec.num_elements, ptn_cost(spec.tensors["means"].dtype.itemsize)

    def generate(self, spec: DrawSpec, key: int, counter: int, *, stateful: bool) -> np.ndarray:
        with kernel_errors():
            return _ptn_kernel.parameterized_truncated_normal(
                key, counter, spec.shape, *self._params(spec), threads=spec.intra_op_threads
            )


PARAMETERIZED_TRUNCATED_NORMAL = ParameterizedTruncatedNormal()
