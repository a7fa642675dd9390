"""The attr lists and messages the gamma, Poisson and binomial ops share (TF's op
registrations: ``random_ops.cc``, ``stateless_random_ops.cc``, ``stateful_random_ops.cc``)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from philoxd_server._errors import InvalidArgument

from .._spec import DrawSpec, check_dims, dtype_name
from ._base import Op

__all__ = ["GPB_ALL", "GPB_FLOATS", "AttrCheckedOp", "attr_error", "needs"]

GPB_FLOATS = ("float16", "float32", "float64")  # RandomGamma T, binomial T: half, float, double
GPB_ALL = ("float16", "float32", "float64", "int32", "int64")  # Poisson R/dtype, binomial dtype
_TF_NAMES = {"float16": "half", "float32": "float", "float64": "double", "int32": "int32", "int64": "int64"}


def attr_error(attr: str, dtype: np.dtype, allowed: Sequence[str]) -> InvalidArgument:
    """TF's message for an attr whose dtype the op does not register."""
    listed = ", ".join(_TF_NAMES[a] for a in allowed)
    return InvalidArgument(f"Value for attr '{attr}' of {dtype_name(dtype)} is not in the list of allowed values: {listed}")


def needs(spec: DrawSpec, param: str) -> None:
    """The tensor parameter ``param`` must be given."""
    if param not in spec.tensors:
        raise InvalidArgument(f"{spec.function}: needs tensors[{param!r}]")


class AttrCheckedOp(Op):
    """An op whose dtype attrs TF checks in the op itself, after the Python wrapper has drawn
    the op seed (RandomGamma, RandomPoissonV2): a stateful call checks them in its kernel
    (:meth:`check_kernel`), a stateless one at once (no state to protect)."""

    def check_attrs(self, spec: DrawSpec) -> None:
        """The op's attr checks (TF's messages)."""
        raise NotImplementedError

    def validate(self, spec: DrawSpec, *, stateful: bool) -> None:
        needs(spec, self.tensor_params[0])
        if not stateful:
            self.check_attrs(spec)

    def check_kernel(self, spec: DrawSpec) -> None:
        check_dims(spec)
        self.check_attrs(spec)
