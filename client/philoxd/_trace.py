"""Tracing a :class:`~philoxd.Function`: the errors ``tf.function`` raises before anything runs.

``tf.function`` builds a graph first. While it does, every op's *shape function* and its
op definition's type constraints run on what is known without running anything (dtypes,
shapes, the values of constants), and a failure there is a Python ``ValueError`` (shapes)
or ``TypeError`` (types) raised before any op of the function ran: no op seed, no kernel
counter, no Generator state moves. The same input in eager mode fails in the kernel, with
``InvalidArgumentError``, after earlier ops ran.

philoxd mirrors that with a dry run: the function's body runs once per input signature
with draws that check what TF's shape functions check (:func:`check_draw`) and return
zeros of the output's shape (:func:`placeholder_output`), and no request leaves the client.
A dry run that reaches an error TF finds only when the graph runs (a kernel's check) stops
there; the real run then raises it.

Sources: ``tensorflow/core/ops/random_ops.cc``, ``stateless_random_ops_v2.cc``,
``stateless_random_ops.cc`` (shape functions), ``core/framework/shape_inference.cc``
(``MakeShapeFromShapeTensor``: ``-1`` is an unknown dimension, below it an error),
``python/framework/op_def_library.py`` (type constraints: ``TypeError``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from philoxd import _codec, errors
from philoxd.v1 import random_pb2 as pb

__all__ = ["TraceStop", "check_draw", "placeholder_output", "signature"]

_UNKNOWN = -1  # shape_inference.cc: a shape tensor's -1 is an unknown dimension
_POISSON_TYPES = (pb.FLOAT16, pb.FLOAT32, pb.FLOAT64, pb.INT32, pb.INT64)  # random_ops.cc RandomPoissonV2


class TraceStop(Exception):
    """The dry run cannot go on without the server (a call that is not a draw): what TF
    would find while tracing is found by the real run."""


def signature(args: Sequence[Any], kwargs: dict[str, Any]) -> Any:
    """What makes ``tf.function`` trace again: numpy arguments by dtype and shape, other
    values by value (None: not hashable, trace every call)."""
    parts: list[Any] = []
    for value in (*args, *sorted(kwargs.items())):
        if isinstance(value, (np.ndarray, np.generic)):
            parts.append(("array", value.dtype.str, np.shape(value)))
        else:
            parts.append(("value", value))
    try:
        hash(tuple(parts))
    except TypeError:
        return None
    return tuple(parts)


def _shape_str(shape: Sequence[int]) -> str:
    return "[" + ",".join("?" if d == _UNKNOWN else str(d) for d in shape) + "]"


def _broadcast(a: Sequence[int], b: Sequence[int]) -> list[int]:
    """TF's ``BroadcastBinaryOpOutputShapeFn`` with unknown dimensions (``-1``)."""
    out: list[int] = []
    for i in range(1, max(len(a), len(b)) + 1):
        x = a[-i] if i <= len(a) else 1
        y = b[-i] if i <= len(b) else 1
        if x == 1 or x == y:
            out.append(y)
        elif y == 1:
            out.append(x)
        elif _UNKNOWN in (x, y):
            out.append(max(x, y))
        else:
            raise errors.ValueError(
                f"Dimensions must be equal, but are {x} and {y} with input shapes: {_shape_str(a)}, {_shape_str(b)}."
            )
    return out[::-1]


def _param_shapes(request: pb.DrawRequest, names: Sequence[str]) -> list[list[int]]:
    return [list(request.tensors[n].shape) if n in request.tensors else [] for n in names]


def check_draw(request: pb.DrawRequest) -> None:
    """Raise what TF raises while tracing this draw (``ValueError``/``TypeError``).

    Checks the shape tensor, a stateless seed's shape, ``Multinomial``'s logits and
    ``num_samples``, ``RandomUniformInt``'s scalar bounds and the broadcasting of TF's
    wrapper arithmetic.
    """
    dist = request.distribution
    if request.HasField("stateless"):
        seed = request.stateless.seed
        if len(seed.shape) != 1:
            raise errors.ValueError(f"Shape must be rank 1 but is rank {len(seed.shape)} with input shapes: {_shape_str(seed.shape)}.")
        if seed.shape[0] != 2:
            raise errors.ValueError(f"Dimension must be 2 but is {seed.shape[0]} with input shapes: {_shape_str(seed.shape)}.")
    if dist == pb.CATEGORICAL:
        logits = request.input
        if len(logits.shape) != 2:
            raise errors.ValueError(f"Shape must be rank 2 but is rank {len(logits.shape)} with input shapes: {_shape_str(logits.shape)}, [].")
        if request.num_samples < 0:
            raise errors.ValueError(
                f"Dimension size, given by scalar input 1, must be non-negative but is {request.num_samples}"
            )
        return
    if dist in (pb.SHUFFLE, pb.CANDIDATES):
        return
    if dist == pb.POISSON:  # RandomPoissonV2's attrs R (the rate's dtype) and dtype
        for param, dtype in (("lam", request.tensors["lam"].dtype), ("dtype", request.dtype)):
            if dtype not in _POISSON_TYPES:
                name = _codec.dtype_from_proto(dtype).name
                raise errors.TypeError(
                    f"Value passed to parameter '{param}' has DataType {name} not in list of allowed values: "
                    "float16, float32, float64, int32, int64"
                )
    for dim in request.shape:
        if dim < _UNKNOWN:
            raise errors.ValueError(f"Invalid value in tensor used for shape: {dim}")
    shape = list(request.shape)
    if dist == pb.UNIFORM and _codec.dtype_from_proto(request.dtype).kind in "iu":
        for name in ("minval", "maxval"):
            if name in request.tensors and len(request.tensors[name].shape) > 0:
                raise errors.ValueError(f"{name} must be a scalar; got a tensor of shape {_shape_str(request.tensors[name].shape)}")
        return
    if dist == pb.UNIFORM:  # rnd * (maxval - minval) + minval
        lo, hi = _param_shapes(request, ("minval", "maxval"))
        _broadcast(shape, _broadcast(_broadcast(hi, lo), lo))
    elif dist in (pb.NORMAL, pb.TRUNCATED_NORMAL):  # rnd * stddev + mean
        mean, stddev = _param_shapes(request, ("mean", "stddev"))
        _broadcast(_broadcast(shape, stddev), mean)
    elif dist == pb.GAMMA:  # RandomGamma(shape, alpha) / beta: [*shape, *alpha] with beta
        alpha, beta = _param_shapes(request, ("alpha", "beta"))
        _broadcast([*shape, *_broadcast(alpha, beta)], beta)


def placeholder_output(request: pb.DrawRequest) -> np.ndarray:
    """Zeros standing for the draw's output while tracing (unknown dimensions as 0)."""
    dtype = _codec.dtype_from_proto(request.dtype) if request.dtype else np.dtype(np.float32)
    dist = request.distribution
    if dist == pb.SHUFFLE:
        shape = list(request.input.shape)
    elif dist == pb.CATEGORICAL:
        shape = [request.input.shape[0] if request.input.shape else 0, request.num_samples]
    else:
        shape = list(request.shape)
        if dist in (pb.GAMMA, pb.POISSON):
            names = ("alpha", "beta") if dist == pb.GAMMA else ("lam",)
            extra: list[int] = []
            for param in _param_shapes(request, names):
                extra = _broadcast(extra, param)
            shape += extra
    return np.zeros([max(d, 0) for d in shape], dtype=dtype)
