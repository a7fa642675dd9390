"""``tf.random.uniform`` & co: TF ``RandomUniform`` / ``RandomUniformInt`` (stateful),
``StatelessRandomUniformV2`` / ``StatelessRandomUniformIntV2`` / ``StatelessRandomUniformFullIntV2``
and ``Generator.uniform`` / ``Generator.uniform_full_int``.

Sources: ``tensorflow/python/ops/random_ops.py`` (``random_uniform``),
``stateless_random_ops.py`` (``stateless_random_uniform``), ``tensorflow/core/kernels/random_op.cc``
(``RandomUniformIntOp``: empty output before the range check, ``minval < maxval``).
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from philoxd_server._errors import InvalidArgument

from .. import _distributions as dist
from .._spec import (
    ALL_INTS,
    FLOATS,
    SIGNED_INTS,
    DrawSpec,
    arith,
    check_dims,
    check_params,
    dtype_name,
    given,
    is_int,
    multiply_add,
    param,
    shape_str,
    tf_name,
    tf_tuple,
    value_error,
)
from ._base import Op, Prepared, broadcast_elements

__all__ = ["UNIFORM", "UNIFORM_FULL_INT"]


class Uniform(Op):
    """``uniform``: floats in ``[minval, maxval)`` or integers in ``[minval, maxval)``."""

    name = "uniform"
    tensor_params = ("minval", "maxval")
    function_names: ClassVar = {"stateless": "tf.random.stateless_uniform"}
    fixed_rate = True

    def validate(self, spec: DrawSpec, *, stateful: bool) -> None:
        name = dtype_name(spec.dtype)
        accepted = (*FLOATS, *SIGNED_INTS) if stateful else (*FLOATS, *ALL_INTS)
        if name not in accepted:
            raise value_error(f"Argument `dtype` got invalid value <dtype: '{name}'>. Accepted dtypes are {tf_tuple(accepted)}.")
        minval, maxval = (given(spec, arg) for arg in ("minval", "maxval"))
        if spec.dtype.kind in "iu":
            if stateful and maxval is None:
                raise value_error(f"Must specify maxval for integer dtype {tf_name(spec.dtype)}")
            if not stateful and (minval is None) != (maxval is None):
                raise value_error(
                    f"For integer `dtype` argument <dtype: '{name}'>, argument `minval` and `maxval` must be both "
                    f"None or not None. Got `minval`={minval} and `maxval`={maxval}."
                )
            if minval is not None and spec.dtype.kind == "u":
                raise value_error(
                    f"Argument `dtype` got invalid value <dtype: '{name}'> when argument `minval` is not None. "
                    "Please don't use unsigned integers in this case."
                )
        check_params(spec, self.tensor_params)

    def check_kernel(self, spec: DrawSpec) -> None:
        check_dims(spec)
        if spec.dtype.kind not in "iu":
            return
        for name in self.tensor_params:  # RandomUniformInt / StatelessRandomUniformIntV2
            value = spec.tensors.get(name)
            if value is not None and value.ndim != 0:
                raise InvalidArgument(f"{name} must be 0-D, got shape {shape_str(value.shape)}")
        if given(spec, "minval") is not None and spec.num_elements > 0:
            lo, hi = param(spec, "minval", 0), param(spec, "maxval", 1)
            if not lo < hi:
                raise InvalidArgument(f"Need minval < maxval, got {lo} >= {hi}")  # TF random_op.cc

    def kernel_name(self, spec: DrawSpec) -> str:
        shape_t = "/T=int64" if spec.shape_int64 else ""  # the shape tensor's dtype is an attr too
        kernel = "RandomUniformInt" if spec.dtype.kind in "iu" else "RandomUniform"
        return f"{kernel}/{dtype_name(spec.dtype)}{shape_t}"

    def output_elements(self, spec: DrawSpec, *, stateful: bool) -> int:
        return broadcast_elements(spec, self.tensor_params)

    def prepare(self, spec: DrawSpec, *, stateful: bool) -> Prepared | None:
        if spec.tensors or spec.dtype.kind in "iu":
            return None
        minval = 0 if spec.minval is None else spec.minval
        maxval = 1 if spec.maxval is None else spec.maxval
        if stateful and is_int(minval, 0) and is_int(maxval, 1):  # _uniform_float returns the kernel's output
            return dist.prepare_uniform(spec.num_elements, spec.dtype)
        return None

    def generate(self, spec: DrawSpec, key: int, counter: int, *, stateful: bool) -> np.ndarray:
        n, dtype = spec.num_elements, spec.dtype
        if dtype.kind in "iu":
            if given(spec, "minval") is None:
                out = dist.uniform_full_int(key, counter, n, dtype)
            else:
                out = dist.uniform_int(key, counter, n, dtype, int(param(spec, "minval", 0)), int(param(spec, "maxval", 1)))
        else:
            out = _uniform_float(spec, key, counter, stateful=stateful)
        return out if spec.tensors else out.reshape(spec.shape)


def _uniform_float(spec: DrawSpec, key: int, counter: int, *, stateful: bool) -> np.ndarray:
    dtype = spec.dtype
    rnd = dist.uniform(key, counter, spec.num_elements, dtype).reshape(spec.shape)
    hi = param(spec, "maxval", 1)
    if stateful and "minval" not in spec.tensors and (spec.minval is None or is_int(spec.minval, 0)):
        # TF random_ops.random_uniform: minval is a Python int 0 -> multiply only (or nothing).
        return rnd if is_int(spec.maxval, 1) or spec.maxval is None and not spec.tensors else arith(np.multiply, rnd, hi, dtype)
    lo = param(spec, "minval", 0)
    if not spec.tensors and lo == 0 and hi == 1:  # rnd * 1 + 0 is the identity: rnd is never -0.0
        return rnd
    # TF: math_ops.add(rnd * (maxval - minval), minval).
    return multiply_add(rnd, arith(np.subtract, hi, lo, dtype), lo, dtype, graph=spec.folds("minval"), c_first=spec.constant_first("minval"))


class UniformFullInt(Op):
    """``uniform_full_int``: integers over the dtype's whole range (no stateful kernel)."""

    name = "uniform_full_int"
    function_names: ClassVar = {"stateless": "tf.random.stateless_uniform"}  # ints with minval=maxval=None
    fixed_rate = True

    def validate(self, spec: DrawSpec, *, stateful: bool) -> None:
        name = dtype_name(spec.dtype)
        if name not in ALL_INTS:
            raise InvalidArgument(f"{spec.function}: argument `dtype`=<dtype: '{name}'> must be one of {tf_tuple(ALL_INTS)}")

    def generate(self, spec: DrawSpec, key: int, counter: int, *, stateful: bool) -> np.ndarray:
        out = dist.uniform_full_int(key, counter, spec.num_elements, spec.dtype)
        return out if spec.tensors else out.reshape(spec.shape)


UNIFORM = Uniform()
UNIFORM_FULL_INT = UniformFullInt()
