"""The attr lists and messages the gamma, Poisson and binomial ops share (TF's op
registrations: ``random_ops.cc``, ``stateless_random_ops.cc``, ``stateful_random_ops.cc``)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from philoxd_server._errors import InvalidArgument

from .._spec import DrawSpec, dtype_name

__all__ = ["GPB_ALL", "GPB_FLOATS", "attr_error", "needs"]

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
