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

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from philoxd import _codec, errors
from philoxd.v1 import random_pb2 as pb

__all__ = ["TraceStop", "check_draw", "placeholder_output", "shape_error", "signature"]

_UNKNOWN = -1  # shape_inference.cc: a shape tensor's -1 is an unknown dimension
_AUTO_SELECT = 3  # TF rng_alg.h RNG_ALG_AUTO_SELECT: key and counter from StatelessRandomGetKeyCounter
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
    return "[" + ",".join("?" if dim == _UNKNOWN else str(dim) for dim in shape) + "]"


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


def shape_error(shape: Any) -> errors.PhiloxdError | None:
    """What a graph raises for a shape argument the op refuses by its type (the shape tensor
    must be int32 or int64: TypeError) or rank (``MakeShapeFromShapeTensor``: rank 1,
    ValueError); None for the rest (the kernel's errors)."""
    try:
        arr = np.asarray(shape)
    except ValueError:
        return None
    if arr.dtype.kind == "f":
        dtype = "float32" if not isinstance(shape, (np.ndarray, np.generic)) else arr.dtype.name
        return errors.TypeError(f"Value passed to parameter 'shape' has DataType {dtype} not in list of allowed values: int32, int64")
    if arr.dtype.kind in "iu" and arr.ndim != 1:
        return errors.ValueError(f"Shape must be rank 1 but is rank {arr.ndim} with input shapes: {_shape_str(arr.shape)}.")
    return None


def _shape_tensor(request: pb.DrawRequest) -> None:
    """``MakeShapeFromShapeTensor``: ``-1`` is unknown, below it an error."""
    for dim in request.shape:
        if dim < _UNKNOWN:
            raise errors.ValueError(f"Invalid value in tensor used for shape: {dim}")


def _check_nothing(request: pb.DrawRequest) -> None:
    """Ops whose shape functions find nothing the client can know (RandomShuffle, the
    candidate samplers)."""


def _check_categorical(request: pb.DrawRequest) -> None:
    """Multinomial: logits of rank 2, a non-negative ``num_samples``."""
    logits = request.input
    if len(logits.shape) != 2:
        raise errors.ValueError(f"Shape must be rank 2 but is rank {len(logits.shape)} with input shapes: {_shape_str(logits.shape)}, [].")
    if request.num_samples < 0:
        raise errors.ValueError(
            f"Dimension size, given by scalar input 1, must be non-negative but is {request.num_samples}"
        )


def _check_poisson(request: pb.DrawRequest) -> None:
    """RandomPoissonV2's attrs R (the rate's dtype) and dtype, then its shape tensor."""
    for param, dtype in (("lam", request.tensors["lam"].dtype), ("dtype", request.dtype)):
        if dtype not in _POISSON_TYPES:
            name = _codec.dtype_from_proto(dtype).name
            raise errors.TypeError(
                f"Value passed to parameter '{param}' has DataType {name} not in list of allowed values: "
                "float16, float32, float64, int32, int64"
            )
    _shape_tensor(request)


def _check_uniform(request: pb.DrawRequest) -> None:
    """RandomUniformInt's scalar bounds; for floats, ``rnd * (maxval - minval) + minval``."""
    _shape_tensor(request)
    if _codec.dtype_from_proto(request.dtype).kind in "iu":
        for name in ("minval", "maxval"):
            if name in request.tensors and len(request.tensors[name].shape) > 0:
                raise errors.ValueError(f"{name} must be a scalar; got a tensor of shape {_shape_str(request.tensors[name].shape)}")
        return
    lo, hi = _param_shapes(request, ("minval", "maxval"))
    _broadcast(list(request.shape), _broadcast(_broadcast(hi, lo), lo))


def _check_normal(request: pb.DrawRequest) -> None:
    """``rnd * stddev + mean`` (normal, truncated normal)."""
    _shape_tensor(request)
    mean, stddev = _param_shapes(request, ("mean", "stddev"))
    _broadcast(_broadcast(list(request.shape), stddev), mean)


def _check_gamma(request: pb.DrawRequest) -> None:
    """``RandomGamma(shape, alpha) / beta``: ``[*shape, *alpha]`` with beta."""
    _shape_tensor(request)
    alpha, beta = _param_shapes(request, ("alpha", "beta"))
    _broadcast([*request.shape, *_broadcast(alpha, beta)], beta)


# Each op's shape function, by proto Distribution (the others: their shape tensor only).
_CHECKS = {
    pb.CATEGORICAL: _check_categorical,
    pb.SHUFFLE: _check_nothing,
    pb.CANDIDATES: _check_nothing,
    pb.POISSON: _check_poisson,
    pb.UNIFORM: _check_uniform,
    pb.NORMAL: _check_normal,
    pb.TRUNCATED_NORMAL: _check_normal,
    pb.GAMMA: _check_gamma,
}


def check_draw(request: pb.DrawRequest) -> None:
    """Raise what TF raises while tracing this draw (``ValueError``/``TypeError``).

    Checks the shape tensor, a stateless seed's shape, ``Multinomial``'s logits and
    ``num_samples``, ``RandomUniformInt``'s scalar bounds and the broadcasting of TF's
    wrapper arithmetic.
    """
    if request.HasField("stateless"):
        seed = request.stateless.seed
        if len(seed.shape) != 1:
            raise errors.ValueError(f"Shape must be rank 1 but is rank {len(seed.shape)} with input shapes: {_shape_str(seed.shape)}.")
        if seed.shape[0] != 2 and request.stateless.alg == _AUTO_SELECT:  # StatelessRandomGetKeyCounter's seed: [2]
            raise errors.ValueError(f"Dimension must be 2 but is {seed.shape[0]} with input shapes: {_shape_str(seed.shape)}.")
    _CHECKS.get(request.distribution, _shape_tensor)(request)


def _with_params(*names: str) -> Callable[[pb.DrawRequest], list[int]]:
    """A stateful kernel's output ``[*shape, *broadcast(params)]`` (RandomGamma, RandomPoissonV2)."""

    def output(request: pb.DrawRequest) -> list[int]:
        extra: list[int] = []
        for param in _param_shapes(request, names):
            extra = _broadcast(extra, param)
        return [*request.shape, *extra]

    return output


# Each op's output shape, by proto Distribution (the others: the shape tensor's).
_OUTPUT_SHAPES: dict[int, Callable[[pb.DrawRequest], list[int]]] = {
    pb.SHUFFLE: lambda request: list(request.input.shape),
    pb.CATEGORICAL: lambda request: [request.input.shape[0] if request.input.shape else 0, request.num_samples],
    pb.GAMMA: _with_params("alpha", "beta"),
    pb.POISSON: _with_params("lam"),
}


def placeholder_output(request: pb.DrawRequest) -> np.ndarray:
    """Zeros standing for the draw's output while tracing (unknown dimensions as 0)."""
    dtype = _codec.dtype_from_proto(request.dtype) if request.dtype else np.dtype(np.float32)
    shape = _OUTPUT_SHAPES.get(request.distribution, lambda request: list(request.shape))(request)
    return np.zeros([max(d, 0) for d in shape], dtype=dtype)
