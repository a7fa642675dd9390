"""The ``tf.random`` mirror: same names, arguments and defaults, numpy arrays out."""

from __future__ import annotations

import collections
import dataclasses
import enum
import operator
import os
import struct
import threading
from philoxd._codec import new_request_id as _request_id
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import ml_dtypes  # noqa: F401 - registers numpy's "bfloat16" dtype name
import numpy as np

from philoxd import _codec, _trace, errors
from philoxd.v1 import random_pb2 as pb

if TYPE_CHECKING:
    from philoxd._client import Client

__all__ = ["Algorithm", "CandidateSamplerResult", "Config", "Experimental", "Function", "Generator", "RandomAPI"]

_INT32 = np.iinfo(np.int32)
_SEED_BITS = 64  # TF stateful_random_ops.py SEED_SIZE
_SEED_MASK = (1 << _SEED_BITS) - 1  # SEED_BIT_MASK
_STATE_SIZE = 3  # Philox state: [counter_lo, counter_hi, key] (TF PHILOX_STATE_SIZE)
_THREEFRY_STATE_SIZE = 2  # Threefry state: [counter, key] (TF THREEFRY_STATE_SIZE)
# The dtypes numpy's finfo knows, which tf.random.gamma asks for its `tiny` (TF random_ops.py)
# before RandomGamma runs: bfloat16 too with ml_dtypes 0.7 / numpy 2.4 (what TF 2.21 installs with
# today; the kernel then refuses it), so only integer dtypes fail there with numpy's ValueError.
_FINFO_DTYPES = frozenset({"float16", "float32", "float64", "bfloat16"})


class _TFDType:
    """A ``tf.DType`` stand-in, for the defaults where TF's choice of code path (and so of
    kernel) depends on whether ``dtype`` is a ``tf.DType`` or a numpy type or name."""

    def __init__(self, name: str) -> None:
        self.name, self.as_numpy_dtype = name, np.dtype(name).type

    def __repr__(self) -> str:
        return f"tf.{self.name}"


_TF_FLOAT32 = _TFDType("float32")


class Algorithm(enum.Enum):
    """``tf.random.Algorithm`` (TF rng_alg.h values)."""

    PHILOX = 1
    THREEFRY = 2
    AUTO_SELECT = 3


def _unsupported_alg(alg: Any) -> errors.ValueError:
    """TF ``random_ops_util.unsupported_alg_error_msg``: the supported values in the form ``alg`` has."""
    if isinstance(alg, int):
        names: tuple[Any, ...] = tuple(a.value for a in Algorithm)
    elif isinstance(alg, str):
        names = ("philox", "threefry", "auto_select")
    else:
        names = tuple(Algorithm)
    return errors.ValueError(
        f"Argument `alg` got unsupported value {alg}. Supported values are {names[0]} for the Philox algorithm, "
        f"{names[1]} for the ThreeFry algorithm, and {names[2]} for auto-selection."
    )


def _alg_to_int(alg: Any, function: str) -> int:
    """TF ``random_ops_util.convert_alg_to_int``, with the check TF makes when it uses the value:
    an :class:`Algorithm`, a Python int (bool included, as TF) or a name (any case, ``-``/``_``
    ignored); an unsupported value is TF's ValueError (``create_rng_state`` and the Generator
    constructors raise it too, where TF 2.21 has an AttributeError bug); anything else (numpy
    ints, floats) is TF's TypeError.  ``None`` is auto-select, as the stateless ops take it;
    callers where TF refuses ``None`` check it first (:func:`_alg_or_none_error`)."""
    if alg is None:
        return Algorithm.AUTO_SELECT.value
    if isinstance(alg, Algorithm):
        return alg.value
    if isinstance(alg, int):
        if alg not in (1, 2, 3):
            raise _unsupported_alg(alg)
        return int(alg)
    if isinstance(alg, str):
        canon = alg.strip().lower().replace("-", "").replace("_", "")
        for name in Algorithm:
            if canon == name.name.lower().replace("_", ""):
                return name.value
        raise _unsupported_alg(alg)
    raise errors.TypeError(f"Can't convert argument `alg` (of value {alg} and type {type(alg)}) to int.")


def _alg_or_none_error(alg: Any, function: str) -> int:
    """``_alg_to_int`` where TF's ``convert_alg_to_int`` sees ``None`` (its TypeError)."""
    if alg is None:
        raise errors.TypeError(f"Can't convert argument `alg` (of value {alg} and type {type(alg)}) to int.")
    return _alg_to_int(alg, function)


# dtype names TF's ``as_dtype`` takes that numpy reads differently (or not at all); strings
# have no numpy dtype of TF's kind: philoxd uses ``object`` for ``tf.string`` (never drawn).
_TF_DTYPE_ALIASES = {"float": np.dtype(np.float32), "half": np.dtype(np.float16), "double": np.dtype(np.float64),
                     "string": np.dtype(object)}


def _as_dtype(dtype: Any, function: str) -> np.dtype:
    """TF ``dtypes.as_dtype``: numpy dtypes, their names and TF's (``"float"`` is float32,
    ``"string"``), Python types and objects with ``as_numpy_dtype``; TF's TypeError otherwise."""
    if dtype is float:
        return np.dtype(np.float32)
    if dtype is int:
        return np.dtype(np.int32)
    if isinstance(dtype, str) and dtype in _TF_DTYPE_ALIASES:
        return _TF_DTYPE_ALIASES[dtype]
    dtype = getattr(dtype, "as_numpy_dtype", dtype)
    try:
        if dtype is None:
            raise TypeError
        return np.dtype(dtype)
    except TypeError:
        raise errors.TypeError(f"Cannot convert the argument `type_value`: {dtype!r} to a TensorFlow DType.") from None


# TF's accepted dtypes per wrapper (random_ops.py, stateless_random_ops.py, ...),
# in TF's order, for TF's error message.
UNIFORM_DTYPES = ("float16", "bfloat16", "float32", "float64", "int32", "int64")
STATELESS_UNIFORM_DTYPES = (*UNIFORM_DTYPES, "uint32", "uint64")
CATEGORICAL_DTYPES = ("int32", "int64")


_NAME_CACHE: dict[Any, str] = {}


def _dtype_name(dtype: Any) -> str:
    """The dtype's name as TF's ``DType.name`` has it (numpy's, ``"string"`` for strings)."""
    try:
        return _NAME_CACHE[dtype]
    except (KeyError, TypeError):
        pass
    try:
        name = _as_dtype(dtype, "").name
    except errors.InvalidArgumentError:
        return dtype if isinstance(dtype, str) else repr(dtype)
    if name == "object":
        name = "string"
    try:
        _NAME_CACHE[dtype] = name
    except TypeError:
        pass
    return name


def _check_dtype(dtype: Any, accepted: tuple[str, ...]) -> np.dtype:
    """TF's wrapper check: ``Argument `dtype` got invalid value ...``, in TF's words (after
    ``as_dtype``'s TypeError for what is no dtype at all)."""
    name = _dtype_name(dtype)
    if name not in accepted:
        _as_dtype(dtype, "")
        listed = ", ".join(f"tf.{n}" for n in accepted)
        raise errors.ValueError(f"Argument `dtype` got invalid value <dtype: '{name}'>. Accepted dtypes are ({listed}).")
    return _as_dtype(dtype, "")


def _dtype_proto(dtype: np.dtype, function: str) -> int:
    try:
        return _codec.dtype_to_proto(dtype)
    except ValueError:
        raise errors.InvalidArgumentError(
            f"{function}: Argument `dtype` got invalid value <dtype: '{dtype.name}'>; philoxd supports "
            "float16, bfloat16, float32, float64, int32, int64, uint32, uint64"
        ) from None


def _shape(shape: Any, function: str) -> list[int]:
    try:
        dims = [operator.index(d) for d in np.asarray(shape).reshape(-1).tolist()] if not isinstance(shape, (list, tuple)) else [operator.index(d) for d in shape]
    except TypeError:
        raise errors.InvalidArgumentError(f"{function}: argument `shape`={shape!r} must be a 1-D sequence of integers") from None
    if not isinstance(shape, (list, tuple)) and np.ndim(shape) != 1:
        raise errors.InvalidArgumentError(f"{function}: argument `shape`={shape!r} must be 1-D (Shape must be rank 1)")
    for dim in dims:
        if not -(2**63) <= dim < 2**63:
            raise errors.InvalidArgumentError(f"{function}: argument `shape`={dims} has a dimension outside int64")
    return dims


def _shape_dtype(shape: Any, dims: list[int]) -> int:
    """The dtype of TF's shape tensor for ``shape`` (``shape_util.shape_tensor``): a numpy
    array's own, int64 for numpy int64 elements or a dimension beyond int32, else int32."""
    if isinstance(shape, np.ndarray):
        wide = shape.dtype == np.int64
    else:
        wide = any(isinstance(d, np.int64) for d in shape) if isinstance(shape, (list, tuple)) else False
    wide = wide or any(not _INT32.min <= d <= _INT32.max for d in dims)
    return pb.INT64 if wide else pb.DTYPE_UNSPECIFIED


def _set_params(request: pb.DrawRequest, function: str, params: dict[str, Any], dtype: np.dtype | None = None) -> None:
    """Set the request's ``Scalar`` fields named by ``params`` (None values stay unset); an
    array-like value (TF broadcasts it with the output) goes to ``tensors``, converted to
    ``dtype`` as TF's wrapper converts it."""
    for name, value in params.items():
        if value is None:
            continue
        if dtype is not None and not isinstance(value, (int, float, np.generic)) and np.ndim(value) > 0:
            request.tensors[name].CopyFrom(_encode(_convert_to(value, dtype, name), name, function))
        else:
            _set_scalar(getattr(request, name), value, name, function)


def _set_scalar(field: pb.Scalar, value: Any, name: str, function: str) -> None:
    if isinstance(value, np.ndarray) and value.ndim == 0:
        value = value[()]
    if isinstance(value, (bool, np.bool_)):
        raise errors.InvalidArgumentError(f"{function}: argument `{name}`={value!r} must be a number")
    if isinstance(value, (int, np.integer)):
        v = int(value)
        if -(2**63) <= v < 2**63:
            field.int_value = v
        elif 0 <= v < 2**64:
            field.uint_value = v
        else:
            raise errors.ValueError("Can't convert Python sequence with out-of-range integer to Tensor.")
    elif isinstance(value, (float, np.floating)):
        field.float_value = float(value)
    else:
        raise errors.InvalidArgumentError(f"{function}: argument `{name}`={value!r} must be a Python or numpy scalar")


_MAXINT32 = 2**31 - 1  # TF random_seed.py _MAXINT32
_PLANS_MAX = 1024  # distinct stateful calls a client keeps checked requests for (cleared when full)
_PLAN_SCALARS = frozenset({int, float, type(None)})


def _plan_key(function: str, shape: Any, dtype: Any, seed: Any, params: dict[str, Any]) -> tuple[Any, ...] | None:
    """A key for a stateful call whose request depends on nothing but these arguments, or None.

    Only plain values qualify: a list or tuple of ``int`` dims, an ``int`` or no seed, and
    ``int``/``float``/None parameters, whose types are part of the key (``1`` and ``1.0``
    make different requests). Anything else (arrays, bools, numpy scalars) takes the
    full path every time.
    """
    if type(shape) not in (list, tuple) or (seed is not None and type(seed) is not int):
        return None
    dims = tuple(shape)
    for dim in dims:
        if type(dim) is not int:
            return None
    values = tuple(params.values())
    types = tuple(map(type, values))
    if not _PLAN_SCALARS.issuperset(types):
        return None
    if float in types and (0.0 in values or any(v != v for v in values)):
        # -0.0 == 0.0 and NaN != NaN, but a sign or a NaN payload is a different parameter
        values = tuple(_float_bits(v) if type(v) is float else v for v in values)
    return (function, dims, dtype, seed, values, types)


def _float_bits(value: float) -> tuple[str, int]:
    """A float's IEEE bits (sign and NaN payload included), tagged so no int equals them."""
    return ("bits", struct.unpack("<Q", struct.pack("<d", value))[0])


def _seed_int(seed: Any, function: str) -> int | None:
    if seed is None:
        return None
    try:
        return operator.index(seed)
    except TypeError:
        try:  # TF accepts anything int() takes, e.g. a 0-d numpy array
            return int(np.asarray(seed).item())
        except (TypeError, ValueError):
            raise errors.InvalidArgumentError(f"{function}: argument `seed`={seed!r} must be an integer or None") from None


def as_tf_array(value: Any) -> np.ndarray:
    """TF ``convert_to_tensor`` dtype rules: Python floats -> float32, ints -> int32 (int64 if too big)."""
    if isinstance(value, np.ndarray):
        return value
    if isinstance(value, np.generic):
        return np.asarray(value)
    arr = np.asarray(value)
    if arr.dtype == np.float64:
        return arr.astype(np.float32)
    if arr.dtype.kind == "i":
        if arr.size == 0 or (_INT32.min <= arr.min() and arr.max() <= _INT32.max):
            return arr.astype(np.int32)
        return arr.astype(np.int64)
    return arr


def _encode(value: np.ndarray, name: str, function: str) -> pb.Tensor:
    try:
        return _codec.encode_tensor(value)
    except ValueError as exc:
        raise errors.InvalidArgumentError(f"{function}: argument `{name}`: {exc}") from None


_TF_DTYPE_NAMES = {"float16": "half", "float32": "float", "float64": "double", "int32": "int32", "int64": "int64", "object": "string"}


def _tf_type_name(dtype: np.dtype) -> str:
    """TF's C++ name of a dtype (``DataTypeString``: ``float``, ``double``, ``half``, ...)."""
    return _TF_DTYPE_NAMES.get(dtype.name, dtype.name)


_BFLOAT16 = np.dtype("bfloat16")


def _is_floating(dtype: np.dtype) -> bool:
    """A floating-point dtype (bfloat16, numpy kind ``V``, too)."""
    return dtype.kind == "f" or dtype == _BFLOAT16

_RANGE_ERROR = "Can't convert Python sequence with out-of-range integer to Tensor."
_RAGGED_ERROR = "Can't convert non-rectangular Python sequence to Tensor."


def _numpy_type_repr(dtype: np.dtype) -> str:
    """``repr`` of the numpy scalar type, as TF's ``dtype.as_numpy_dtype`` is: ``<class 'numpy.int32'>``,
    ``<class 'ml_dtypes.bfloat16'>``."""
    return repr(dtype.type)


def _unsupported_type_error(value: Any) -> errors.ValueError:
    """TF's ValueError for converting ``value`` (e.g. None) to a tensor."""
    return errors.ValueError(f"Attempt to convert a value ({value!r}) with an unsupported type ({type(value)}) to a Tensor.")


def _python_ints(value: Any) -> list[int]:
    """The Python ints (not bools) in a nested list/tuple."""
    if isinstance(value, (list, tuple)):
        return [i for v in value for i in _python_ints(v)]
    return [value] if isinstance(value, int) and not isinstance(value, bool) else []


def _py_tensor(value: Any) -> np.ndarray:
    """TF ``convert_to_tensor(value)`` (no dtype) of a numpy or Python value: numpy keeps its
    dtype; Python ints are int32 (int64 if one needs it), floats float32, bools bool, strings
    ``object``; TF's errors for None, ragged sequences and ints outside int64."""
    if isinstance(value, (np.ndarray, np.generic)):
        return np.asarray(value)
    if value is None:
        raise _unsupported_type_error(value)
    ints = _python_ints(value)
    if any(not -(2**63) <= i < 2**63 for i in ints):
        raise errors.ValueError(_RANGE_ERROR)
    try:
        arr = np.asarray(value)
    except ValueError:
        raise errors.ValueError(_RAGGED_ERROR) from None
    if arr.dtype.kind in "US":
        return arr.astype(object)
    if arr.dtype.kind == "O":
        flat = arr.reshape(-1).tolist()
        bad = next((v for v in flat if v is None or isinstance(v, (list, tuple))), None)
        raise errors.ValueError(_RAGGED_ERROR) if isinstance(bad, (list, tuple)) else _unsupported_type_error(bad)
    return as_tf_array(value)


_INT64_MIN = -(2**63)


def _float_to_int64(f: np.ndarray) -> np.ndarray:
    """x86's float -> int64 conversion (what TF's Cast kernel does): truncation, and INT64_MIN
    for NaN and anything outside int64."""
    f = np.asarray(f, dtype=np.float64)
    bad = ~((f >= -(2.0**63)) & (f < 2.0**63))
    with np.errstate(all="ignore"):
        out = np.where(bad, 0.0, f).astype(np.int64)
    out[bad] = _INT64_MIN
    return out


def _cast_int64(arr: np.ndarray) -> np.ndarray:
    """TF ``cast(arr, int64)``: integers wrap, floats as x86 converts them, complex numbers by
    their real part; strings are TF's UnimplementedError."""
    if arr.dtype.kind == "c":
        arr = arr.real
    if arr.dtype.kind == "f":
        return _float_to_int64(arr)
    if arr.dtype.kind in "biu":
        return arr.astype(np.int64)
    raise errors.UnimplementedError("Cast string to int64 is not supported")


def _float_to_uint64(f: float) -> int:
    """x86-64's double -> uint64 conversion, as TF's Cast kernel makes it: below 2**63 the
    signed conversion (INT64_MIN for NaN and values below int64), else ``value - 2**63``
    converted and its top bit flipped (0 at and above 2**64)."""
    if not f >= 2.0**63:  # NaN too
        return int(_float_to_int64(np.float64(f))) & _SEED_MASK
    return 0 if f >= 2.0**64 else int(f)


def _convert_to(value: Any, dtype: np.dtype, name: str) -> np.ndarray:
    """TF ``ops.convert_to_tensor(value, dtype=dtype)`` (eager): numpy arrays are cast by
    numpy; Python numbers go through ``double`` (``Eigen::half(double)`` rounds via float),
    and a Python float never converts to an integer dtype (TF's TypeError)."""
    if isinstance(value, (np.ndarray, np.generic)):
        if dtype.kind == "O":  # tf.string
            item = np.asarray(value).reshape(-1)[:1].tolist()
            raise errors.ValueError(
                f"Failed to convert a NumPy array to a Tensor (Unsupported object type {type(item[0]).__name__ if item else 'float'})."
            )
        with np.errstate(all="ignore"):
            return np.asarray(value).astype(dtype)
    if value is None:
        raise _unsupported_type_error(value)
    arr = np.asarray(value)
    if arr.size == 0 and arr.dtype.kind == "f" and isinstance(value, (list, tuple)) and (dtype.kind in "biufc" or dtype == _BFLOAT16):
        return arr.astype(dtype)  # an empty sequence converts to any numeric dtype
    if (arr.dtype.kind not in "biuf" or not (dtype.kind in "biufc" or dtype == _BFLOAT16)
            or (dtype.kind in "iu" and arr.dtype.kind == "f") or (dtype.kind == "b" and arr.dtype.kind != "b")):
        raise errors.TypeError(f"Cannot convert {value!r} to EagerTensor of dtype {_tf_type_name(dtype)}")
    with np.errstate(all="ignore"):
        if dtype == np.float16 and arr.dtype.kind in "fiu":
            arr = arr.astype(np.float32)
        return arr.astype(dtype)


def _convert_hint(value: Any, hint: np.dtype, name: str) -> np.ndarray:
    """TF ``convert_to_tensor(value, dtype_hint=hint)``: the hint if the value converts to it
    (numpy values always do: TF casts them with numpy, as ``_convert_to``)."""
    try:
        return _convert_to(value, hint, name)
    except errors.InvalidArgumentError:
        return as_tf_array(value)


def _check_params_convert(dtype: np.dtype, params: dict[str, Any], tracing: bool = False) -> np.dtype:
    """TF's ``convert_to_tensor(param, dtype=dtype)`` of the parameters (``mean``/``stddev``,
    ``minval``/``maxval``; made before the op seed is drawn), for its TypeError: a Python
    float for an integer dtype, a number for ``bool`` or ``string``. ``tracing``: a graph's
    ``make_tensor_proto`` converts numpy numbers to strings (its TypeError) where eager
    conversion raises a ValueError."""
    if not _is_floating(dtype):
        for name, value in params.items():
            if value is None:
                continue
            if tracing and dtype.kind == "O" and isinstance(value, (np.ndarray, np.generic)):
                item = np.asarray(value).reshape(-1)[:1].tolist()
                raise errors.TypeError(f"Expected binary or unicode string, got {item[0] if item else value!r}")
            _convert_to(value, dtype, name)
    return dtype


def _no_kernel_error(op: str, attrs: str, registered: list[tuple[str, str]]) -> errors.InvalidArgumentError:
    """TF's eager "No OpKernel was registered" message (CPU only)."""
    lines = "".join(f"\n  device='CPU'; dtype in [{d}]; T in [{t}]" for d, t in registered)
    return errors.InvalidArgumentError(
        f"No OpKernel was registered to support Op '{op}' used by {{{{node {op}}}}} with these attrs: [{attrs}]\n"
        f"Registered devices: [CPU]\nRegistered kernels:{lines}\n\n\t [[{op}]]"
    )


def _no_multinomial_kernel(op: str, attrs: str) -> str:
    """TF's NotFoundError message for (Stateless)Multinomial with logits no CPU kernel takes
    (the stateful op's message also lists its seed attrs, which only the server knows)."""
    if op == "Multinomial":
        xla = ("output_dtype in [DT_INT32, DT_INT64]; T in [DT_FLOAT, DT_DOUBLE, DT_INT32, DT_UINT8, DT_INT16, DT_INT8, "
               "DT_INT64, DT_BFLOAT16, DT_UINT16, DT_HALF, DT_UINT32, DT_UINT64]")
    else:
        xla = "output_dtype in [DT_INT32, DT_INT64]; Tseed in [DT_INT32]; T in [DT_FLOAT, DT_DOUBLE, DT_BFLOAT16]"
    cpu = "".join(f"\n  device='CPU'; T in [{t}]; output_dtype in [{o}]"
                  for t in ("DT_DOUBLE", "DT_FLOAT", "DT_BFLOAT16", "DT_HALF") for o in ("DT_INT64", "DT_INT32"))
    return (f"Could not find device for node: {{{{node {op}}}}} = {op}[{attrs}]\n"
            f"All kernels registered for op {op}:\n  device='XLA_CPU_JIT'; {xla}{cpu}")


def _dt_enum(dtype: np.dtype) -> str:
    return {"float16": "DT_HALF", "float32": "DT_FLOAT", "float64": "DT_DOUBLE"}.get(dtype.name, f"DT_{dtype.name.upper()}")


# StatefulRandomBinomial's CPU kernels, in TF's registration order (random_binomial_op.cc).
_BINOMIAL_KERNELS = [
    (_dt_enum(np.dtype(d)), _dt_enum(np.dtype(t)))
    for d in ("int64", "int32", "float64", "float32", "float16")
    for t in ("float64", "float32", "float16")
]


def _tracing(client: Client) -> bool:
    """Whether the innermost function scope is being traced (a dry run: see ``_trace``)."""
    stack = client._scopes()
    return bool(stack) and stack[-1].tracing


def _unary(client: Client, method: str, request: Any) -> Any:
    """A call to the server that is not a draw; none while a function is traced."""
    if _tracing(client):
        raise _trace.TraceStop(method)
    return client._transport.unary(method, request)


def _graph_draw(client: Client, request: pb.DrawRequest) -> np.ndarray:
    """``client._draw(request)``, marked as drawn inside a function when it is. The result of
    a stateful op there is a placeholder to the ops that take it; a stateless op's of constant
    inputs is a constant (grappler folds it). While the function is traced: TF's trace-time
    checks and zeros, no request (:mod:`._trace`)."""
    stack = client._scopes()
    if not stack:
        return client._draw(request)
    if stack[-1].tracing:
        _trace.check_draw(request)
        return _computed(stack, _trace.placeholder_output(request))
    request.graph = True
    values = client._draw(request)
    if request.WhichOneof("source") != "stateless" or request.placeholders:
        _computed(stack, values)
    return values


def _computed(stack: list[_ScopeFrame], value: np.ndarray) -> np.ndarray:
    """Remember ``value`` as computed inside the current function (not a graph constant)."""
    stack[-1].placeholders.append(value)
    return value


def _mark_placeholders(client: Client, request: pb.DrawRequest, named: dict[str, Any]) -> None:
    """List in ``request.placeholders`` the inputs TF's graph would not see as constants:
    numpy values passed as the function's arguments, or computed inside it (views of them too)."""
    stack = client._scopes()
    if not stack:
        return
    ids = {id(_owner(v)) for frame in stack for v in frame.placeholders}
    for name, value in named.items():
        if value is not None and id(_owner(value)) in ids:
            request.placeholders.append(name)


def _owner(value: Any) -> Any:
    """What holds ``value``'s memory (numpy keeps a view's ``base`` at the owner itself)."""
    base = value.base if isinstance(value, np.ndarray) else None
    return value if base is None else base


class _ScopeFrame:
    def __init__(self, scope: str, placeholders: list[Any], tracing: bool = False) -> None:
        self.scope, self.position, self.unseeded = scope, 0, 0
        self.placeholders = placeholders  # objects that are graph placeholders, not constants
        self.tracing = tracing  # a dry run: TF's trace-time checks, no draws (see _trace)


class Function:
    """A ``tf.function``-like callable: per-position kernels, graph op seeds, seed captured at first call."""

    def __init__(self, client: Client, fn: Callable[..., Any]) -> None:
        self._client, self._fn = client, fn
        self._scope: str | None = None
        self._lock = threading.Lock()
        self._traced: set[Any] = set()  # input signatures traced without an error
        self.__wrapped__ = fn
        self.__doc__ = getattr(fn, "__doc__", None)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            if self._scope is None:
                request = pb.RegisterScopeRequest(session=self._client.session, request_id=_request_id())
                self._scope = self._client._transport.unary("RegisterScope", request).scope
        signature = _trace.signature(args, kwargs)
        if signature is None or signature not in self._traced:
            self._run(args, kwargs, tracing=True)
            if signature is not None:
                with self._lock:
                    self._traced.add(signature)
        return self._run(args, kwargs, tracing=False)

    def _run(self, args: tuple[Any, ...], kwargs: dict[str, Any], *, tracing: bool) -> Any:
        """Run the body; ``tracing``: as ``tf.function`` traces it, once per input signature
        (see :mod:`._trace`): raise what TF raises before anything runs, else return None."""
        stack = self._client._scopes()
        # numpy arguments are the traced function's placeholders (Python values are constants)
        placeholders = [v for v in (*args, *kwargs.values()) if isinstance(v, (np.ndarray, np.generic))]
        stack.append(_ScopeFrame(self._scope, placeholders, tracing=tracing))  # type: ignore[arg-type]
        try:
            if not tracing:
                return self._fn(*args, **kwargs)
            try:
                self._fn(*args, **kwargs)
            except (errors.ValueError, errors.TypeError):
                raise  # TF's Python-side checks, and its shape and type inference
            except Exception:  # noqa: BLE001 - found when the graph runs (or by the body itself): the real run raises it
                pass
            return None
        finally:
            stack.pop()


class _Namespace:
    def __init__(self, client: Client) -> None:
        self._client = client

    def _draw(self, request: pb.DrawRequest) -> np.ndarray:
        request.session = self._client.session
        request.request_id = _request_id()
        return _graph_draw(self._client, request)

    def _dims(self, shape: Any, function: str) -> list[int]:
        """:func:`_shape`; while a function is traced, a shape TF's graph refuses by its type or
        rank is TF's trace-time TypeError / ValueError (:func:`._trace.shape_error`)."""
        try:
            return _shape(shape, function)
        except errors.InvalidArgumentError:
            if _tracing(self._client):
                error = _trace.shape_error(shape)
                if error is not None:
                    raise error from None
            raise

    def _kernel(self, request: pb.DrawRequest, seed: Any, function: str) -> None:
        """Make ``request`` a stateful op's draw: its ``kernel`` source (op seed, scope position)."""
        op_seed = _seed_int(seed, function)
        source = request.kernel
        source.SetInParent()
        if op_seed is not None:
            source.seed = op_seed % _MAXINT32  # TF truncates op seeds % (2**31 - 1) before anything else sees them
        if self._client._op_determinism:
            source.deterministic = True
        stack = self._client._scopes()
        if stack:
            frame = stack[-1]
            source.scope, source.position, source.unseeded_index = frame.scope, frame.position, frame.unseeded
            frame.position += 1
            frame.unseeded += op_seed is None

    def _stateless(self, seed: Any, alg: Any, function: str) -> pb.StatelessSource:
        alg_int = _alg_to_int(alg, function)
        try:
            arr = _stateless_seed(seed, alg_int, function)
        except errors.InvalidArgumentError as exc:
            if _tracing(self._client) and isinstance(seed, (list, tuple)) and not seed:
                # a graph converts a Python list by the attr's default, int64: shape [0]
                raise errors.ValueError("Dimension must be 2 but is 0 with input shapes: [0].") from None
            if _tracing(self._client) and "attr 'Tseed'" in exc.message:  # the op's type constraint, while tracing
                dtype = np.asarray(seed).dtype.name if isinstance(seed, (np.ndarray, np.generic)) else as_tf_array(seed).dtype.name
                raise errors.TypeError(f"Value passed to parameter 'seed' has DataType {dtype} not in list of allowed values: int32, int64") from None
            raise
        return pb.StatelessSource(seed=_encode(arr, "seed", function), alg=alg_int)  # type: ignore[arg-type]


# TF's eager message when a seed tensor's dtype is not one of the op's Tseed types.
_TSEED_ERROR = (
    "Value for attr 'Tseed' of {dtype} is not in the list of allowed values: int32, int64\n\t; NodeDef: "
    "{{{{node StatelessRandomGetKeyCounter}}}}; Op<name=StatelessRandomGetKeyCounter; signature=seed:Tseed -> "
    "key:uint64, counter:uint64; attr=Tseed:type,default=DT_INT64,allowed=[DT_INT32, DT_INT64]>"
)
_NONE_ERROR = "Attempt to convert a value (None) with an unsupported type (<class 'NoneType'>) to a Tensor."
# TF's eager RandomGamma attr error carries the op's NodeDef (TF random_ops.cc REGISTER_OP("RandomGamma")).
_RANDOM_GAMMA_NODEDEF = (
    "\n\t; NodeDef: {{node RandomGamma}}; Op<name=RandomGamma; signature=shape:S, alpha:T -> output:T; "
    "attr=seed:int,default=0; attr=seed2:int,default=0; attr=S:type,allowed=[DT_INT32, DT_INT64]; "
    "attr=T:type,allowed=[DT_HALF, DT_FLOAT, DT_DOUBLE]; is_stateful=true>"
)


def _stateless_seed(seed: Any, alg: int, function: str) -> np.ndarray:
    """A stateless op's seed as TF converts it: numpy values are cast to ``Tseed``'s default
    int64 (floats truncated), as is anything under ``alg="philox"`` (TF's
    ``_philox_scramble_seed`` casts the seed to uint64); Python floats are refused."""
    if seed is None:
        raise _unsupported_type_error(seed)
    numpy_value = isinstance(seed, (np.ndarray, np.generic))
    arr = np.asarray(seed) if numpy_value else as_tf_array(seed)
    if arr.dtype.kind in "fb" and (numpy_value or alg == Algorithm.PHILOX.value):
        with np.errstate(all="ignore"):
            return arr.astype(np.int64)
    if arr.dtype.kind == "f":
        raise errors.InvalidArgumentError(_TSEED_ERROR.format(dtype=_TF_DTYPE_NAMES.get(arr.dtype.name, arr.dtype.name)))
    if arr.dtype.kind not in "iu":
        raise errors.InvalidArgumentError(f"{function}: argument `seed` must be integers, got {arr.dtype}")
    return arr


class Experimental(_Namespace):
    """``tf.random.experimental``."""

    Algorithm = Algorithm

    def stateless_split(self, seed: Any, num: int = 2, alg: Any = "auto_select") -> np.ndarray:
        """Split a stateless seed into ``num`` new seeds (shape ``[num, 2]``)."""
        seed_arr = _py_tensor(seed)  # TF converts the seed first: its dtype is the output's
        _check_dtype(seed_arr.dtype, STATELESS_UNIFORM_DTYPES)
        if np.ndim(num) > 0:  # the shape [num, 2]
            raise errors.ValueError(_RAGGED_ERROR)
        if seed_arr.dtype.kind == "f":
            raise errors.ValueError(_NONE_ERROR)  # stateless_uniform(minval=None) with a float dtype
        if seed_arr.dtype.kind == "u" and _alg_to_int(alg, "stateless_split") == Algorithm.AUTO_SELECT.value:
            # StatelessRandomGetKeyCounter's Tseed (Philox casts the seed to uint64, Threefry to uint32)
            raise errors.InvalidArgumentError(_TSEED_ERROR.format(dtype=seed_arr.dtype.name))
        return self._client.random.stateless_uniform([num, 2], seed=seed_arr, minval=None, maxval=None, dtype=seed_arr.dtype, alg=alg)

    def stateless_fold_in(self, seed: Any, data: Any, alg: Any = "auto_select") -> np.ndarray:
        """Fold ``data`` into a stateless seed: ``[uniform_full_int(seed), data]``."""
        data_arr = _py_tensor(data)
        seed1 = self._client.random.stateless_uniform([], seed=seed, minval=None, maxval=None, dtype=data_arr.dtype, alg=alg)
        if data_arr.ndim:  # TF's stack([seed1, data])
            raise errors.InvalidArgumentError(
                f"Shapes of all inputs must match: values[0].shape = [] != values[1].shape = [{','.join(map(str, data_arr.shape))}]"
            )
        return np.stack([seed1, data_arr])

    def stateless_shuffle(self, value: Any, seed: Any, alg: Any = "auto_select", name: str | None = None) -> np.ndarray:
        """``tf.random.experimental.stateless_shuffle`` (TF's ``StatelessShuffle``) along axis 0."""
        source = self._stateless(seed, alg, "stateless_shuffle")  # TF: key and counter first, then the value
        if value is None and source.alg == Algorithm.AUTO_SELECT.value:
            seed_shape = list(_codec.decode_tensor(source.seed).shape)
            if seed_shape != [2]:  # StatelessRandomGetKeyCounter ran before the value is converted
                raise errors.InvalidArgumentError(f"seed must have shape [2], not [{','.join(map(str, seed_shape))}]")
        arr = _py_tensor(value)
        request = pb.DrawRequest(
            distribution=pb.SHUFFLE, dtype=_dtype_proto(arr.dtype, "stateless_shuffle"), input=_encode(arr, "value", "stateless_shuffle")
        )
        request.stateless.CopyFrom(source)
        return self._draw(request)

    def index_shuffle(self, index: Any, seed: Any, max_index: Any) -> np.ndarray:
        """``tf.random.experimental.index_shuffle``: position of ``index`` in a permutation of ``[0, max_index]``."""
        idx = as_tf_array(index)
        # TF's op converts a non-tensor max_index to index's dtype (one type attr for both).
        mx = max_index if isinstance(max_index, (np.ndarray, np.generic)) else np.asarray(max_index, dtype=idx.dtype)
        mx = np.asarray(mx)
        request = pb.DrawRequest(
            distribution=pb.INDEX_SHUFFLE, dtype=_dtype_proto(idx.dtype, "index_shuffle"), input=_encode(idx, "index", "index_shuffle")
        )
        request.tensors["max_index"].CopyFrom(_encode(mx, "max_index", "index_shuffle"))
        seed_arr = as_tf_array(seed)
        if seed_arr.dtype.kind not in "iu":
            raise errors.InvalidArgumentError(f"index_shuffle: argument `seed` must be integers, got {seed_arr.dtype}")
        request.stateless.seed.CopyFrom(_encode(seed_arr, "seed", "index_shuffle"))
        request.stateless.alg = Algorithm.AUTO_SELECT.value  # type: ignore[assignment]
        return self._draw(request)

    def create_rng_state(self, seed: Any, alg: Any) -> np.ndarray:
        """``tf.random.experimental.create_rng_state`` (TF ``_make_state_from_seed``)."""
        return create_rng_state(seed, alg)

    @property
    def Generator(self) -> type[Generator]:  # noqa: N802 - mirrors tf.random.experimental.Generator
        """``tf.random.experimental.Generator``."""
        return self._client.random.Generator

    def get_global_generator(self) -> Generator:
        """``tf.random.experimental.get_global_generator``."""
        return self._client.random.get_global_generator()

    def set_global_generator(self, generator: Generator) -> None:
        """``tf.random.experimental.set_global_generator``."""
        self._client.random.set_global_generator(generator)


class RandomAPI(_Namespace):
    """``tf.random`` bound to one :class:`~philoxd.Client` (its ``.random``)."""

    Algorithm = Algorithm

    def __init__(self, client: Client) -> None:
        super().__init__(client)
        self.experimental = Experimental(client)
        self.Generator: type[Generator] = type("Generator", (Generator,), {"_client": client})
        self._global_generator: Generator | None = None
        self._plans: dict[tuple[Any, ...], tuple[pb.DrawRequest, Any]] = {}  # see _stateful

    def set_seed(self, seed: Any) -> None:
        """``tf.random.set_seed``: global seed; restarts the op-seed sequence and resets every kernel."""
        value = _seed_int(seed, "set_seed")
        request = pb.SetSeedRequest(session=self._client.session, request_id=_request_id())
        if value is not None:
            request.seed = str(value)
        _unary(self._client, "SetSeed", request)

    def uniform(self, shape: Any, minval: Any = 0, maxval: Any = None, dtype: Any = np.float32, seed: Any = None, name: str | None = None) -> np.ndarray:
        """``tf.random.uniform``."""
        return self._stateful(pb.UNIFORM, "uniform", shape, dtype, seed, minval=minval, maxval=maxval)

    def normal(self, shape: Any, mean: Any = 0.0, stddev: Any = 1.0, dtype: Any = np.float32, seed: Any = None, name: str | None = None) -> np.ndarray:
        """``tf.random.normal``."""
        return self._stateful(pb.NORMAL, "normal", shape, dtype, seed, mean=mean, stddev=stddev)

    def truncated_normal(self, shape: Any, mean: Any = 0.0, stddev: Any = 1.0, dtype: Any = np.float32, seed: Any = None, name: str | None = None) -> np.ndarray:
        """``tf.random.truncated_normal``."""
        return self._stateful(pb.TRUNCATED_NORMAL, "truncated_normal", shape, dtype, seed, mean=mean, stddev=stddev)

    def shuffle(self, value: Any, seed: Any = None, name: str | None = None) -> np.ndarray:
        """``tf.random.shuffle`` along the first dimension."""
        arr = as_tf_array(value)
        if arr.dtype.kind in "OUSMm":  # not a tensor's dtype (None, strings, objects)
            # TF converts the value after drawing the op seed.
            if seed is None:
                self._consume_op_seed("shuffle")
            raise errors.ValueError(f"Attempt to convert a value ({value!r}) with an unsupported type ({type(value)}) to a Tensor.")
        request = pb.DrawRequest(distribution=pb.SHUFFLE, dtype=_dtype_proto(arr.dtype, "shuffle"), input=_encode(arr, "value", "shuffle"))
        self._kernel(request, seed, "shuffle")
        return self._draw(request)

    def categorical(self, logits: Any, num_samples: int, dtype: Any = None, seed: Any = None, name: str | None = None) -> np.ndarray:
        """``tf.random.categorical`` (TF's ``Multinomial`` kernel)."""
        arr = as_tf_array(logits)
        out = np.dtype(np.int64) if dtype is None else _check_dtype(dtype, CATEGORICAL_DTYPES)
        request = pb.DrawRequest(
            distribution=pb.CATEGORICAL,
            dtype=_dtype_proto(out, "categorical"),
            input=_encode(arr, "logits", "categorical"),
            num_samples=operator.index(num_samples),
        )
        self._kernel(request, seed, "categorical")
        if arr.dtype.kind in "iu" and not self._client._scopes():
            # No CPU Multinomial kernel for integer logits: TF has drawn the op seed (the
            # server does too, then refuses the logits) and raises NotFoundError.
            try:
                self._draw(request)
            except errors.InvalidArgumentError:
                pass
            raise errors.NotFoundError(_no_multinomial_kernel("Multinomial", f"T={_dt_enum(arr.dtype)}, output_dtype={_dt_enum(out)}"))
        return self._draw(request)

    def stateless_uniform(self, shape: Any, seed: Any, minval: Any = 0, maxval: Any = None, dtype: Any = np.float32, name: str | None = None, alg: Any = "auto_select") -> np.ndarray:
        """``tf.random.stateless_uniform`` (``minval=None, maxval=None``: full-range integers)."""
        dt = _check_dtype(dtype, STATELESS_UNIFORM_DTYPES)
        if dt.kind not in "iu" and maxval is None:
            maxval = 1
        if dt.kind not in "iu" and minval is None:
            raise errors.ValueError(_NONE_ERROR)  # TF: convert_to_tensor(minval, dtype)
        # TF's wrapper checks, before it converts the seed (the server makes them too)
        if dt.kind in "iu" and (minval is None) != (maxval is None):
            raise errors.ValueError(
                f"For integer `dtype` argument <dtype: '{dt.name}'>, argument `minval` and `maxval` must be both None or "
                f"not None. Got `minval`={minval} and `maxval`={maxval}."
            )
        if dt.kind == "u" and minval is not None:
            raise errors.ValueError(
                f"Argument `dtype` got invalid value <dtype: '{dt.name}'> when argument `minval` is not None. "
                "Please don't use unsigned integers in this case."
            )
        return self._stateless_draw(pb.UNIFORM, "stateless_uniform", shape, seed, dt, alg, minval=minval, maxval=maxval)

    def stateless_normal(self, shape: Any, seed: Any, mean: Any = 0.0, stddev: Any = 1.0, dtype: Any = np.float32, name: str | None = None, alg: Any = "auto_select") -> np.ndarray:
        """``tf.random.stateless_normal``."""
        return self._stateless_draw(pb.NORMAL, "stateless_normal", shape, seed, dtype, alg, mean=mean, stddev=stddev)

    def stateless_truncated_normal(self, shape: Any, seed: Any, mean: Any = 0.0, stddev: Any = 1.0, dtype: Any = np.float32, name: str | None = None, alg: Any = "auto_select") -> np.ndarray:
        """``tf.random.stateless_truncated_normal``."""
        return self._stateless_draw(pb.TRUNCATED_NORMAL, "stateless_truncated_normal", shape, seed, dtype, alg, mean=mean, stddev=stddev)

    def stateless_categorical(self, logits: Any, num_samples: int, seed: Any, dtype: Any = np.int64, name: str | None = None) -> np.ndarray:
        """``tf.random.stateless_categorical`` (TF's ``StatelessMultinomial``)."""
        arr = as_tf_array(logits)
        out = np.dtype(np.int64) if dtype is None else _check_dtype(dtype, CATEGORICAL_DTYPES)
        request = pb.DrawRequest(
            distribution=pb.CATEGORICAL,
            dtype=_dtype_proto(out, "stateless_categorical"),
            input=_encode(arr, "logits", "stateless_categorical"),
            num_samples=operator.index(num_samples),
        )
        if arr.dtype.kind in "iu" and not self._client._scopes():
            # No CPU kernel for integer logits: TF's kernel lookup (after the attrs, before the
            # kernel's own checks) fails with NotFoundError.
            if isinstance(seed, (list, tuple)) and not seed:
                tseed = "DT_INT64"  # (TF's empty seed; philoxd's conversion refuses it)
            else:  # the seed's attr error (a float seed) comes first
                tseed = _dt_enum(_codec.decode_tensor(self._stateless(seed, "auto_select", "stateless_categorical").seed).dtype)
            raise errors.NotFoundError(
                _no_multinomial_kernel("StatelessMultinomial", f"T={_dt_enum(arr.dtype)}, Tseed={tseed}, output_dtype={_dt_enum(out)}")
            )
        request.stateless.CopyFrom(self._stateless(seed, "auto_select", "stateless_categorical"))
        return self._draw(request)

    def stateless_parameterized_truncated_normal(
        self, shape: Any, seed: Any, means: Any = 0.0, stddevs: Any = 1.0, minvals: Any = -2.0, maxvals: Any = 2.0, name: str | None = None
    ) -> np.ndarray:
        """``tf.random.stateless_parameterized_truncated_normal`` (dtype from the parameters)."""
        function = "stateless_parameterized_truncated_normal"
        params = {k: _py_tensor(v) for k, v in (("means", means), ("stddevs", stddevs), ("minvals", minvals), ("maxvals", maxvals))}
        request = pb.DrawRequest(
            distribution=pb.PARAMETERIZED_TRUNCATED_NORMAL,
            dtype=_dtype_proto(params["means"].dtype, function),
            shape=_shape(shape, function),
        )
        for key, value in params.items():
            request.tensors[key].CopyFrom(_encode(value, key, function))
        request.stateless.CopyFrom(self._stateless(seed, "auto_select", function))
        # One type attr for the four parameters, taken from `means` (inputs #2-#5 after shape
        # and seed): TF's eager kernel refuses the first that differs (an attr TF does not
        # allow, e.g. int32 means, is the op's attr error first: the server's).
        want = params["means"].dtype
        if want.kind == "f":
            for index, key in enumerate(("stddevs", "minvals", "maxvals"), start=3):
                got = params[key].dtype
                if got != want:
                    raise errors.InvalidArgumentError(
                        f"cannot compute StatelessParameterizedTruncatedNormal as input #{index}(zero-based) was expected "
                        f"to be a {_tf_type_name(want)} tensor but is a {_tf_type_name(got)} tensor"
                    )
        return self._draw(request)

    # -- gamma / Poisson / binomial (TF random_ops.py, stateless_random_ops.py) -----------
    def _tensor_draw(self, dist: int, function: str, shape: Any, dtype: np.dtype, tensors: dict[str, np.ndarray]) -> pb.DrawRequest:
        request = pb.DrawRequest(distribution=dist, dtype=_dtype_proto(dtype, function), shape=self._dims(shape, function))  # type: ignore[arg-type]
        for key, value in tensors.items():
            request.tensors[key].CopyFrom(_encode(value, key, function))
        return request

    def _gamma_params(self, alpha: Any, beta: Any, dtype: Any, function: str) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        dt = _as_dtype(dtype, function)
        alpha_arr = _convert_to(alpha, dt, "alpha")
        beta_arr = _convert_to(1 if beta is None else beta, dt, "beta")
        return dt, {"alpha": alpha_arr, "beta": beta_arr}  # type: ignore[return-value]

    @staticmethod
    def _int32_shape(shape: Any) -> Any:
        """TF's shape conversion in ``gamma``/``poisson`` (before the op seed is drawn): numpy
        floats are cast to int32 (numpy integers keep their dtype), Python ints wrap into
        int32, a Python float dimension is TF's TypeError; anything else is left to the shape
        check."""
        if isinstance(shape, (np.ndarray, np.generic)):
            arr = np.asarray(shape)
            if arr.dtype.kind in "fb":
                with np.errstate(all="ignore"):
                    return arr.astype(np.int32)
            return shape
        if shape is None:
            return shape
        try:
            arr = np.asarray(shape)
        except ValueError:
            return shape
        if arr.size == 0:
            return shape
        if arr.dtype.kind == "f":
            raise errors.TypeError(f"Cannot convert {shape!r} to EagerTensor of dtype int32")
        if arr.dtype.kind == "i" and all(-(2**63) <= d < 2**63 for d in _python_ints(shape)):
            return arr.astype(np.int64).astype(np.int32)
        return shape

    def gamma(self, shape: Any, alpha: Any, beta: Any = None, dtype: Any = np.float32, seed: Any = None, name: str | None = None) -> np.ndarray:
        """``tf.random.gamma`` (TF's ``RandomGamma``): output ``[*shape, *broadcast(alpha, beta).shape]``."""
        shape = self._int32_shape(shape)
        dt, tensors = self._gamma_params(alpha, beta, dtype, "gamma")
        try:
            request = self._tensor_draw(pb.GAMMA, "gamma", shape, dt, tensors)  # type: ignore[arg-type]
        except errors.InvalidArgumentError:  # a shape the op refuses: TF has drawn the op seed
            if seed is None:
                self._consume_op_seed("gamma")
            if dt.name not in _FINFO_DTYPES:
                raise errors.ValueError(f"data type {_numpy_type_repr(dt)} not inexact") from None
            raise
        _mark_placeholders(self._client, request, {"alpha": alpha, "beta": beta})
        self._kernel(request, seed, "gamma")
        if dt.name not in _FINFO_DTYPES:
            # TF: alpha and beta broadcast, the op seed is drawn, then np.finfo(dtype) fails
            # (integers are not numpy inexact types) before the op runs.
            try:
                np.broadcast_shapes(tensors["alpha"].shape, tensors["beta"].shape)
            except ValueError:
                return self._draw(request)  # TF's broadcast error, before the op seed
            try:
                self._draw(request)  # draws the op seed; the kernel refuses the dtype
            except errors.PhiloxdError:
                pass
            raise errors.ValueError(f"data type {_numpy_type_repr(dt)} not inexact")
        if dt.name == "bfloat16" and not request.graph:  # numpy knows bfloat16's tiny: the kernel refuses it
            try:
                return self._draw(request)
            except errors.InvalidArgumentError as exc:
                if str(exc).startswith("Value for attr 'T'") and "NodeDef" not in str(exc):
                    raise errors.InvalidArgumentError(str(exc) + _RANDOM_GAMMA_NODEDEF) from None
                raise
        return self._draw(request)

    def poisson(self, shape: Any, lam: Any, dtype: Any = _TF_FLOAT32, seed: Any = None, name: str | None = None) -> np.ndarray:
        """``tf.random.poisson`` (TF's ``RandomPoissonV2``): output ``[*shape, *lam.shape]``."""
        shape = self._int32_shape(shape)
        dt = _as_dtype(dtype, "poisson")
        # The rate's dtype R is part of the kernel's identity. TF 2.21's eager fast path (dtype a
        # tf.DType, the default; lam a Python number, np.float64 or a numpy array) converts lam
        # to R's default, double; otherwise (a numpy/str dtype, a list, other numpy scalars) lam
        # converts as any value does (Python float: float32) -- measured, TF 2.21.
        fast = dtype is _TF_FLOAT32 or hasattr(dtype, "as_numpy_dtype")
        number = isinstance(lam, (int, float)) and not isinstance(lam, bool)
        if fast and (number or isinstance(lam, np.ndarray) and lam.dtype.kind in "iuf"):
            lam_arr = _convert_to(lam, np.dtype(np.float64), "lam")
        elif number:
            lam_arr = _py_tensor(lam)
        else:
            lam_arr = as_tf_array(lam)
        try:
            self._dims(shape, "poisson")
        except errors.InvalidArgumentError:  # a shape the op refuses: TF has drawn the op seed
            if seed is None:
                self._consume_op_seed("poisson")
            raise
        if dt.kind == "O":
            # tf.string: the op seed is drawn, then the op's attr check refuses the dtype.  philoxd
            # sends bool (refused the same way, after the op seed) and names the string dtype.
            request = self._tensor_draw(pb.POISSON, "poisson", shape, np.dtype(bool), {"lam": lam_arr})
            self._kernel(request, seed, "poisson")
            try:
                return self._draw(request)
            except errors.InvalidArgumentError as exc:
                raise errors.InvalidArgumentError(exc.message.replace("'dtype' of bool", "'dtype' of string")) from None
        request = self._tensor_draw(pb.POISSON, "poisson", shape, dt, {"lam": lam_arr})
        self._kernel(request, seed, "poisson")
        return self._draw(request)

    def stateless_gamma(self, shape: Any, seed: Any, alpha: Any, beta: Any = None, dtype: Any = np.float32, name: str | None = None) -> np.ndarray:
        """``tf.random.stateless_gamma`` (``StatelessRandomGammaV3``); ``shape`` must end with broadcast(alpha, beta)."""
        dt, tensors = self._gamma_params(alpha, beta, dtype, "stateless_gamma")
        source = self._stateless(seed, "auto_select", "stateless_gamma")  # TF: key and counter before the op
        request = self._tensor_draw(pb.GAMMA, "stateless_gamma", shape, dt, tensors)  # type: ignore[arg-type]
        request.stateless.CopyFrom(source)
        _mark_placeholders(self._client, request, {"alpha": alpha, "beta": beta, "seed": seed})
        return self._draw(request)

    def stateless_poisson(self, shape: Any, seed: Any, lam: Any, dtype: Any = np.int32, name: str | None = None) -> np.ndarray:
        """``tf.random.stateless_poisson`` (``StatelessRandomPoisson``); ``shape`` must end with ``lam.shape``."""
        dt = _as_dtype(dtype, "stateless_poisson")
        source = self._stateless(seed, "auto_select", "stateless_poisson")  # the op converts its seed before checking the shape
        request = self._tensor_draw(pb.POISSON, "stateless_poisson", shape, dt, {"lam": as_tf_array(lam)})
        request.stateless.CopyFrom(source)
        return self._draw(request)

    def stateless_binomial(self, shape: Any, seed: Any, counts: Any, probs: Any, output_dtype: Any = np.int32, name: str | None = None) -> np.ndarray:
        """``tf.random.stateless_binomial`` (``StatelessRandomBinomial``); ``shape`` must end with broadcast(counts, probs)."""
        dt = _as_dtype(output_dtype, "stateless_binomial")
        probs_arr = _convert_hint(probs, np.dtype(np.float32), "probs")
        counts_arr = _convert_hint(counts, probs_arr.dtype, "counts")
        request = self._tensor_draw(pb.BINOMIAL, "stateless_binomial", shape, dt, {"counts": counts_arr, "probs": probs_arr})
        request.stateless.CopyFrom(self._stateless(seed, "auto_select", "stateless_binomial"))
        return self._draw(request)

    def split(self, seed: Any, num: int = 2, alg: Any = "auto_select") -> np.ndarray:
        """``tf.random.split`` (= ``experimental.stateless_split``)."""
        return self.experimental.stateless_split(seed, num, alg)

    def fold_in(self, seed: Any, data: Any, alg: Any = "auto_select") -> np.ndarray:
        """``tf.random.fold_in`` (= ``experimental.stateless_fold_in``)."""
        return self.experimental.stateless_fold_in(seed, data, alg)

    def create_rng_state(self, seed: Any, alg: Any) -> np.ndarray:
        """``tf.random.create_rng_state`` (TF ``_make_state_from_seed``)."""
        return create_rng_state(seed, alg)

    # -- candidate samplers (TF candidate_sampling_ops.py) -------------------------------
    def _candidates(self, kind: str, true_classes: Any, seed: Any, function: str, **attrs: Any) -> CandidateSamplerResult:
        classes = np.asarray(true_classes)
        if classes.dtype.kind not in "iu":
            raise errors.InvalidArgumentError(f"{function}: argument `true_classes` must be integers, got {classes.dtype}")
        sampler = pb.CandidateSampler(kind=kind, **attrs)
        request = pb.DrawRequest(
            session=self._client.session,
            request_id=_request_id(),
            distribution=pb.CANDIDATES,
            dtype=pb.INT64,
            input=_encode(classes.astype(np.int64), "true_classes", function),
            sampler=sampler,
        )
        self._kernel(request, seed, function)
        if _tracing(self._client):
            raise _trace.TraceStop("Sample")
        return CandidateSamplerResult(*self._client._sample(request))

    def uniform_candidate_sampler(
        self, true_classes: Any, num_true: int, num_sampled: int, unique: bool, range_max: int, seed: Any = None, name: str | None = None
    ) -> CandidateSamplerResult:
        """``tf.random.uniform_candidate_sampler``."""
        return self._candidates(
            "uniform", true_classes, seed, "uniform_candidate_sampler",
            num_true=num_true, num_sampled=num_sampled, unique=bool(unique), range_max=range_max,
        )

    def log_uniform_candidate_sampler(
        self, true_classes: Any, num_true: int, num_sampled: int, unique: bool, range_max: int, seed: Any = None, name: str | None = None
    ) -> CandidateSamplerResult:
        """``tf.random.log_uniform_candidate_sampler`` (Zipfian)."""
        return self._candidates(
            "log_uniform", true_classes, seed, "log_uniform_candidate_sampler",
            num_true=num_true, num_sampled=num_sampled, unique=bool(unique), range_max=range_max,
        )

    def learned_unigram_candidate_sampler(
        self, true_classes: Any, num_true: int, num_sampled: int, unique: bool, range_max: int, seed: Any = None, name: str | None = None
    ) -> CandidateSamplerResult:
        """``tf.random.learned_unigram_candidate_sampler``: the kernel learns the true classes of every call."""
        if range_max > _INT32.max:
            raise errors.ValueError(f"Value of range_max:{range_max} is too large to handle")
        return self._candidates(
            "learned_unigram", true_classes, seed, "learned_unigram_candidate_sampler",
            num_true=num_true, num_sampled=num_sampled, unique=bool(unique), range_max=range_max,
        )

    def fixed_unigram_candidate_sampler(
        self,
        true_classes: Any,
        num_true: int,
        num_sampled: int,
        unique: bool,
        range_max: int,
        vocab_file: str = "",
        distortion: float = 1.0,
        num_reserved_ids: int = 0,
        num_shards: int = 1,
        shard: int = 0,
        unigrams: Any = (),
        seed: Any = None,
        name: str | None = None,
    ) -> CandidateSamplerResult:
        """``tf.random.fixed_unigram_candidate_sampler`` with ``unigrams`` (``vocab_file``: not supported)."""
        if vocab_file:
            raise errors.UnimplementedError("fixed_unigram_candidate_sampler: `vocab_file` is not supported by philoxd; pass `unigrams`")
        return self._candidates(
            "fixed_unigram", true_classes, seed, "fixed_unigram_candidate_sampler",
            num_true=num_true, num_sampled=num_sampled, unique=bool(unique), range_max=range_max,
            distortion=float(distortion), num_reserved_ids=num_reserved_ids, num_shards=num_shards, shard=shard,
            unigrams=[float(u) for u in unigrams],
        )

    def all_candidate_sampler(
        self, true_classes: Any, num_true: int, num_sampled: int, unique: bool, seed: Any = None, name: str | None = None
    ) -> CandidateSamplerResult:
        """``tf.random.all_candidate_sampler``: every class in ``[0, num_sampled)``."""
        return self._candidates(
            "all", true_classes, seed, "all_candidate_sampler", num_true=num_true, num_sampled=num_sampled, unique=bool(unique)
        )

    def get_global_generator(self) -> Generator:
        """``tf.random.get_global_generator`` (created from OS entropy on first use)."""
        if self._global_generator is None:
            self._global_generator = self.Generator.from_non_deterministic_state()
        return self._global_generator

    def set_global_generator(self, generator: Generator) -> None:
        """``tf.random.set_global_generator``."""
        self._global_generator = generator

    def _stateful(self, dist: int, function: str, shape: Any, dtype: Any, seed: Any, **params: Any) -> np.ndarray:
        # A call outside function scopes is a pure function of its arguments up to the session
        # and request id: a repeat of a checked call reuses its request (see _plan_key).
        client = self._client
        key = None if client._op_determinism or client._scopes() else _plan_key(function, shape, dtype, seed, params)
        if key is not None:
            try:
                plan = self._plans.get(key)
            except TypeError:  # an unhashable dtype
                plan = key = None
            if plan is not None:
                template, prepared = plan
                if prepared is not None:  # the transport's own fast form of the request
                    return client._draw_prepared(prepared, _request_id())
                request = pb.DrawRequest()
                request.CopyFrom(template)
                return self._draw(request)
        op = _WRAPPERS[dist]
        dt = _check_dtype(dtype, op.dtypes) if op.dtypes else _check_params_convert(_as_dtype(dtype, function), params, _tracing(client))
        if op.bounded and params["maxval"] is None:
            if dt.kind in "iu":
                raise errors.ValueError(f"Must specify maxval for integer dtype tf.{dt.name}")
            params["maxval"] = 1
        try:
            dims = self._dims(shape, function)
        except errors.InvalidArgumentError:
            # TF makes a tensor of any numeric shape and draws the op seed before its kernel
            # refuses a float or 2-D one: the op seed is gone.
            if seed is None and np.asarray(shape).dtype.kind in "biuf":
                self._consume_op_seed(function)
            raise
        if op.floats_only and not _is_floating(dt) and dt.kind in "biu":
            # parameters that converted to an integer dtype: TF draws the op seed, then the
            # op's attr check refuses the dtype
            if seed is None:
                self._consume_op_seed(function)
            raise errors.InvalidArgumentError(
                f"Value for attr 'dtype' of {_TF_DTYPE_NAMES.get(dt.name, dt.name)} is not in the list of allowed values: "
                f"half, bfloat16, float, double\n\t; NodeDef: {{{{node {op.kernel}}}}}"
            )
        request = pb.DrawRequest(distribution=dist, dtype=_dtype_proto(dt, function), shape=dims)  # type: ignore[arg-type]
        request.shape_dtype = _shape_dtype(shape, request.shape)  # type: ignore[assignment]
        _set_params(request, function, params, dt)
        _mark_placeholders(client, request, params)
        self._kernel(request, seed, function)
        if key is None:
            return self._draw(request)
        template = pb.DrawRequest()
        template.CopyFrom(request)
        values = self._draw(request)  # raises on a bad request: no plan is kept
        if len(self._plans) >= _PLANS_MAX:
            self._plans.clear()
        self._plans[key] = (template, client._transport.prepare(template))
        return values

    def _consume_op_seed(self, function: str) -> None:
        """Draw (and drop) an unseeded op's seed: a draw the server refuses after drawing it."""
        request = pb.DrawRequest(distribution=pb.NORMAL, dtype=pb.FLOAT32, shape=[-1])
        self._kernel(request, None, function)
        try:
            self._draw(request)
        except errors.InvalidArgumentError:
            pass

    def _stateless_draw(self, dist: int, function: str, shape: Any, seed: Any, dtype: Any, alg: Any, **params: Any) -> np.ndarray:
        dt = _as_dtype(dtype, function)
        if not _WRAPPERS[dist].bounded:
            _check_params_convert(dt, params)
        request = pb.DrawRequest(distribution=dist, dtype=_dtype_proto(dt, function), shape=self._dims(shape, function))  # type: ignore[arg-type]
        _set_params(request, function, params, dt)
        _mark_placeholders(self._client, request, {**params, "seed": seed})
        request.stateless.CopyFrom(self._stateless(seed, alg, function))
        return self._draw(request)


@dataclasses.dataclass(frozen=True)
class _Wrapper:
    """What TF's Python wrapper of a uniform/normal-like op checks before the kernel.

    Attributes:
      kernel: The stateful op's kernel name (TF's attr errors name it).
      dtypes: The dtypes the wrapper accepts (its ValueError), or empty: the parameters'
        conversion to ``dtype`` decides (its TypeError).
      bounded: ``minval``/``maxval`` (``maxval`` None means 1 for floats).
      floats_only: The op's ``dtype`` attr takes floating types only (an integer dtype that
        the parameters converted to fails in the op, after the op seed).
    """

    kernel: str
    dtypes: tuple[str, ...] = ()
    bounded: bool = False
    floats_only: bool = True


# TF random_ops.py / stateless_random_ops.py wrappers, by the op's distribution.
_WRAPPERS = {
    pb.UNIFORM: _Wrapper("RandomUniform", UNIFORM_DTYPES, bounded=True, floats_only=False),
    pb.NORMAL: _Wrapper("RandomStandardNormal"),
    pb.TRUNCATED_NORMAL: _Wrapper("TruncatedNormal"),
}


CandidateSamplerResult = collections.namedtuple(
    "CandidateSamplerResult", ["sampled_candidates", "true_expected_count", "sampled_expected_count"]
)
CandidateSamplerResult.__doc__ = "The three outputs of a candidate sampler (TF returns a namedtuple of these fields)."


class _ConfigExperimental:
    """``tf.config.experimental``: op determinism."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def enable_op_determinism(self) -> None:
        """Unseeded stateful ops (no global, no op seed) then raise TF's error
        (:class:`~philoxd.errors.FailedPreconditionError`, a ``RuntimeError``)."""
        self._client._op_determinism = True  # type: ignore[attr-defined]

    def disable_op_determinism(self) -> None:
        """Undo :meth:`enable_op_determinism`."""
        self._client._op_determinism = False  # type: ignore[attr-defined]

    def is_op_determinism_enabled(self) -> bool:
        """Whether :meth:`enable_op_determinism` is in force for this client."""
        return bool(getattr(self._client, "_op_determinism", False))


_INT32_MAX = 2**31 - 1  # IntraOpThreads.threads is an int32 (the server takes up to 65536)


def machine_cores() -> int:
    """The CPUs this process may run on: TF's intra-op pool size by default (``port::MaxParallelism``
    counts the schedulable CPUs)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class _ConfigThreading:
    """``tf.config.threading``: the session's TF intra-op thread count."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def set_intra_op_parallelism_threads(self, num_threads: int) -> None:
        """The TF intra-op thread count whose values the session's later draws give, for every
        process on the session (large ``categorical``, ``stateless_categorical`` and
        ``stateless_parameterized_truncated_normal`` draws depend on it; a new session has 1).
        ``0`` is TF's default, this machine's cores, and stores that number.

        Raises:
          TypeError: ``num_threads`` is not an integer.
          InvalidArgumentError: ``num_threads`` is negative or above the server's bound.
        """
        if isinstance(num_threads, bool) or not isinstance(num_threads, (int, np.integer)):
            raise TypeError(f"set_intra_op_parallelism_threads: num_threads must be an int, got {num_threads!r}")
        threads = int(num_threads) or machine_cores()
        if not 0 < threads <= _INT32_MAX:
            raise errors.InvalidArgumentError(f"set_intra_op_parallelism_threads: num_threads={threads} must be >= 0")
        request = pb.SetIntraOpThreadsRequest(session=self._client.session, threads=threads, request_id=_request_id())
        _unary(self._client, "SetIntraOpThreads", request)

    def get_intra_op_parallelism_threads(self) -> int:
        """The session's TF intra-op thread count (as set, ``0`` resolved to a number)."""
        return int(_unary(self._client, "GetIntraOpThreads", pb.GetIntraOpThreadsRequest(session=self._client.session)).threads)


class Config:
    """``tf.config`` (the part philoxd needs): ``rng.config.experimental.enable_op_determinism()``,
    ``rng.config.threading.set_intra_op_parallelism_threads(n)``."""

    def __init__(self, client: Client) -> None:
        self.experimental = _ConfigExperimental(client)
        self.threading = _ConfigThreading(client)


def create_rng_state(seed: Any, alg: Any) -> np.ndarray:
    """TF ``create_rng_state``: ``_make_1d_state(state_size(alg), seed)`` as an int64 array."""
    alg_int = _alg_or_none_error(alg, "create_rng_state")
    return np.array(make_1d_state(seed, alg_int), dtype=np.int64)


def _uint_to_int(n: int) -> int:
    return n - (1 << 64) if n >= 1 << 63 else n  # TF _uint_to_int: SEED_MAX = 2**63 - 1


def state_size(alg: int) -> int:
    """TF ``_get_state_size``: Philox (and auto-select) 3 words, Threefry 2."""
    return _THREEFRY_STATE_SIZE if alg == Algorithm.THREEFRY.value else _STATE_SIZE


def _map_uint_to_int(value: Any) -> Any:
    """TF ``nest.map_structure(_uint_to_int, value)``: Python ints >= 2**63 in nested lists/tuples
    lose 2**64 (numpy values and other leaves are left alone)."""
    if isinstance(value, (list, tuple)):
        return type(value)(_map_uint_to_int(v) for v in value)
    if isinstance(value, int) and not isinstance(value, bool):
        return _uint_to_int(value)
    return value


def _state_tensor(value: Any) -> np.ndarray:
    """TF ``_convert_to_state_tensor`` (also ``_make_1d_state``'s conversion of a non-int seed):
    ``_uint_to_int`` on the Python ints, then ``cast(value, int64)`` of the converted tensor
    (Python floats are float32 first; floats truncate as x86 converts them)."""
    return _cast_int64(_py_tensor(_map_uint_to_int(value)))


def _incompatible(value: np.ndarray, expected: list[int]) -> errors.ValueError:
    """TF ``TensorShape.assert_is_compatible_with``'s ValueError."""
    return errors.ValueError(f"Shapes {tuple(value.shape)} and {expected} are incompatible")


def make_1d_state(seed: Any, alg: int = 1) -> list[int]:
    """TF ``_make_1d_state``: a Python int is chopped into 64-bit words; anything else is cast
    to int64 (``_state_tensor``), flattened, cut to the state size and left-padded with zeros."""
    size = state_size(alg)
    if isinstance(seed, int):
        value = seed
        words = []
        for _ in range(size):
            words.append(_uint_to_int(value & _SEED_MASK))
            value >>= _SEED_BITS
        return words
    words = _state_tensor(seed).reshape(-1)[:size].tolist()
    return [0] * (size - len(words)) + words


class Generator:
    """``tf.random.Generator``: a Philox state held by the server, shared by everyone who has its id.

    Construct with the class methods (``from_seed``, ``from_state``, ``from_key_counter``,
    ``from_non_deterministic_state``) of ``rng.random.Generator``.
    """

    _client: Client

    def __init__(self, copy_from: Generator | None = None, state: Any = None, alg: Any = None, *, _handle: str | None = None) -> None:
        if _handle is not None:
            self._id = _handle
            self._alg = _alg_to_int(alg, "Generator")
            return
        if copy_from is not None:
            state, alg = copy_from.state, copy_from.algorithm
        if state is None:
            raise errors.InvalidArgumentError("Generator: pass `state` (with `alg`) or `copy_from`, or use a from_* constructor")
        alg_int = _alg_to_int(1 if alg is None else alg, "Generator")
        info = _unary(self._client, 
            "CreateGenerator",
            pb.CreateGeneratorRequest(session=self._client.session, request_id=_request_id(), state=self._state_proto(state, alg_int), alg=alg_int),  # type: ignore[arg-type]
        )
        self._id, self._alg = info.generator, alg_int

    @staticmethod
    def _state_proto(state: Any, alg: int) -> pb.GeneratorState:
        """TF's state check (``_convert_to_state_tensor``, then ``assert_is_compatible_with``)."""
        arr = _state_tensor(state)
        size = state_size(alg)
        if arr.shape != (size,):
            raise _incompatible(arr, [size])
        words = arr.tolist()
        counter_hi = words[1] if size == _STATE_SIZE else 0
        return pb.GeneratorState(counter_lo=words[0], counter_hi=counter_hi, key=words[-1], alg=alg)  # type: ignore[arg-type]

    @classmethod
    def _attach(cls, generator: str, alg: int) -> Generator:
        return cls(alg=alg, _handle=generator)

    @classmethod
    def from_state(cls, state: Any, alg: Any) -> Generator:
        """A generator with TF's int64 state vector ``[counter_lo, counter_hi, key]``."""
        return cls(state=state, alg=alg)

    @classmethod
    def from_seed(cls, seed: Any, alg: Any = None) -> Generator:
        """A generator whose state is TF's ``create_rng_state(seed, alg)``."""
        alg_int = _alg_to_int(1 if alg is None else alg, "Generator.from_seed")
        return cls(state=make_1d_state(seed, alg_int), alg=alg_int)

    @staticmethod
    def _key_counter_state(key: Any, counter: Any, alg: Any, function: str) -> tuple[list[int], int]:
        """TF ``from_key_counter`` / ``reset_from_key_counter``: the state ``[*counter, key]``
        and the alg, with TF's checks in TF's order (conversions, alg, counter shape, key shape)."""
        counter_arr = _state_tensor(counter)
        key_arr = _state_tensor(key)
        alg_int = _alg_or_none_error(alg, function)
        size = state_size(alg_int) - 1
        if counter_arr.shape != (size,):
            raise _incompatible(counter_arr, [size])
        if key_arr.shape != ():
            raise _incompatible(key_arr, [])
        return [*counter_arr.tolist(), int(key_arr)], alg_int

    @classmethod
    def from_key_counter(cls, key: Any, counter: Any, alg: Any) -> Generator:
        """A generator from a key (scalar) and a counter (2 words; 1 for Threefry)."""
        state, alg_int = cls._key_counter_state(key, counter, alg, "Generator.from_key_counter")
        return cls(state=state, alg=alg_int)

    @classmethod
    def from_non_deterministic_state(cls, alg: Any = None) -> Generator:
        """A generator seeded from the server's OS entropy."""
        alg_int = _alg_to_int(1 if alg is None else alg, "Generator")
        info = _unary(cls._client, 
            "CreateGenerator",
            pb.CreateGeneratorRequest(session=cls._client.session, request_id=_request_id(), non_deterministic=True, alg=alg_int),  # type: ignore[arg-type]
        )
        return cls._attach(info.generator, alg_int)

    @property
    def id(self) -> str:
        """Server-side id: another process attached to the session can use it too."""
        return self._id

    @property
    def state(self) -> np.ndarray:
        """TF's int64 state ``[counter_lo, counter_hi, key]`` (a fresh copy)."""
        info = _unary(self._client, "GetGenerator", pb.GetGeneratorRequest(session=self._client.session, generator=self._id))
        return _state_array(info.state, self._alg)

    @property
    def algorithm(self) -> int:
        """The RNG algorithm id (1 = Philox)."""
        return self._alg

    @property
    def key(self) -> np.ndarray:
        """The key part of the state: an int64 scalar (0-d array), as TF returns it."""
        return np.asarray(self.state[-1])

    def reset(self, state: Any) -> None:
        """Replace the state."""
        _unary(self._client, 
            "ResetGenerator",
            pb.ResetGeneratorRequest(session=self._client.session, generator=self._id, state=self._state_proto(state, self._alg), request_id=_request_id()),
        )

    def reset_from_seed(self, seed: Any) -> None:
        """Replace the state with ``create_rng_state(seed)``."""
        self.reset(make_1d_state(seed, self._alg))

    def reset_from_key_counter(self, key: Any, counter: Any) -> None:
        """Replace the state with (key, counter)."""
        self.reset(self._key_counter_state(key, counter, self._alg, "reset_from_key_counter")[0])

    @staticmethod
    def _skip_delta(delta: Any) -> int:
        """TF ``cast(delta, uint64)`` (``rng_read_and_skip``'s ``delta``): Python ints as int32/int64
        (wrapping), Python floats as float32, floats as x86 converts them (0 or 2**63 outside
        uint64), complex numbers by their real part; TF's errors for None, strings and
        non-scalars (the kernel's, after the cast)."""
        arr = _py_tensor(delta)
        if arr.dtype.kind in "OUS":
            raise errors.UnimplementedError("Cast string to uint64 is not supported")
        if arr.ndim:
            raise errors.InvalidArgumentError(f"input 2 (0-based) must have shape [], not [{','.join(map(str, arr.shape))}]")
        value = arr[()]
        if arr.dtype.kind == "c":
            value = value.real
        if arr.dtype.kind in "fc":
            return _float_to_uint64(float(value))
        return int(value) & _SEED_MASK

    def _check_kernel_alg(self) -> None:
        """TF's ``rng_read_and_skip`` (the first op of every Generator draw): no CPU kernel for Threefry."""
        if self._alg == Algorithm.THREEFRY.value:
            raise errors.UnimplementedError("Non-XLA devices don't support the ThreeFry algorithm.")

    def skip(self, delta: Any) -> np.ndarray:
        """Advance the counter as ``normal([delta])`` would; returns the old state."""
        value = self._skip_delta(delta)
        self._check_kernel_alg()
        return self._skip_uint64(value)

    def _skip_uint64(self, value: int) -> np.ndarray:
        info = _unary(self._client, 
            "SkipGenerator", pb.SkipGeneratorRequest(session=self._client.session, generator=self._id, delta=value, request_id=_request_id())
        )
        return _state_array(info.state, self._alg)

    # TF's stateless V2 op of each Generator draw: its name, the dtypes it allows (TF names) and
    # its dtype attr's default, for the attr error raised after the state has been skipped.
    _V2_OPS = {
        "Generator.uniform": ("StatelessRandomUniformV2", ("half", "bfloat16", "float", "double"), "DT_FLOAT"),
        "Generator.normal": ("StatelessRandomNormalV2", ("half", "bfloat16", "float", "double"), "DT_FLOAT"),
        "Generator.truncated_normal": ("StatelessTruncatedNormalV2", ("half", "bfloat16", "float", "double"), "DT_FLOAT"),
        "Generator.uniform_full_int": ("StatelessRandomUniformFullIntV2", ("int32", "int64", "uint32", "uint64"), "DT_UINT64"),
    }

    def _check_draw_dtype(self, shape: Any, dtype: np.dtype, function: str) -> None:
        """TF skips the state (by the shape's element count) before the V2 op refuses a dtype:
        philoxd skips, then raises TF's attr error."""
        op, allowed, default = self._V2_OPS[function]
        name = _dtype_name(dtype)
        tf_name = _tf_type_name(dtype) if name != "string" else name
        if tf_name in allowed:
            return
        if not self._skip_for_bad_shape(shape, function, always=True):
            _shape(shape, function)  # the shape's own error (TF's conversion failed before the skip)
        listed = ", ".join(f"DT_{a.upper()}" for a in allowed)
        raise errors.InvalidArgumentError(
            f"Value for attr 'dtype' of {tf_name} is not in the list of allowed values: {', '.join(allowed)}\n\t; NodeDef: "
            f"{{{{node {op}}}}}; Op<name={op}; signature=shape:Tshape, key:uint64, counter:uint64, alg:int32 -> output:dtype; "
            f"attr=dtype:type,default={default},allowed=[{listed}]; attr=Tshape:type,default=DT_INT32,allowed=[DT_INT32, DT_INT64]>"
        )

    def _skip_for_bad_shape(self, shape: Any, function: str, always: bool = False) -> bool:
        """TF's Generator draws skip the state by ``cast(reduce_prod(shape), uint64)`` before the
        op checks the shape: for a shape the request cannot carry (float dims, not 1-D) philoxd
        makes that skip here, and ``_draw`` then raises the shape's error (``always``: any shape,
        for a draw that fails after the skip anyway).  Inside a function the graph fails to
        build first: nothing moves.  Returns whether it skipped."""
        if not always:
            try:
                _shape(shape, function)
                return False
            except errors.PhiloxdError:
                pass
        if self._client._scopes():
            if _tracing(self._client):
                error = _trace.shape_error(shape)
                if error is not None:
                    raise error
            return False
        try:
            arr = _py_tensor(shape)
        except errors.PhiloxdError:
            return False
        if arr.dtype.kind in "fc":
            with np.errstate(all="ignore"):
                delta = _float_to_uint64(float(np.prod(arr.real, dtype=arr.dtype if arr.dtype.kind == "f" else None)))
        elif arr.dtype.kind in "iu":
            with np.errstate(all="ignore"):
                delta = int(np.prod(arr, dtype=arr.dtype)) & _SEED_MASK  # in the shape's dtype, wrapping
        else:
            return False
        self._skip_uint64(delta)
        return True

    def _draw(self, dist: int, function: str, shape: Any, dtype: np.dtype, **params: Any) -> np.ndarray:
        request = pb.DrawRequest(
            session=self._client.session,
            request_id=_request_id(),
            distribution=dist,  # type: ignore[arg-type]
            dtype=_dtype_proto(dtype, function),  # type: ignore[arg-type]
            shape=_shape(shape, function),
        )
        request.shape_dtype = _shape_dtype(shape, request.shape)  # type: ignore[assignment]
        _set_params(request, function, params, dtype)
        _mark_placeholders(self._client, request, params)
        request.generator.generator = self._id
        return _graph_draw(self._client, request)

    def uniform(self, shape: Any, minval: Any = 0, maxval: Any = None, dtype: Any = np.float32, name: str | None = None) -> np.ndarray:
        """``Generator.uniform``: floats in [minval, maxval), ints in [minval, maxval) or full range."""
        dt = _as_dtype(dtype, "Generator.uniform")
        if dt.kind in "iu":
            if (minval is None) != (maxval is None):
                raise errors.ValueError(
                    f"For integer dtype <dtype: '{dt.name}'>, minval and maxval must be both `None` or both "
                    f"non-`None`; got minval={minval} and maxval={maxval}"
                )
            if minval is None:
                return self.uniform_full_int(shape, dtype=dt)
        elif maxval is None:
            maxval = 1
        _check_params_convert(dt, {"minval": minval, "maxval": maxval})
        self._check_kernel_alg()
        if dt.kind not in "iu":  # (integers: StatelessRandomUniformIntV2, checked by the server)
            self._check_draw_dtype(shape, dt, "Generator.uniform")
        self._skip_for_bad_shape(shape, "Generator.uniform")
        return self._draw(pb.UNIFORM, "Generator.uniform", shape, dt, minval=minval, maxval=maxval)

    def uniform_full_int(self, shape: Any, dtype: Any = np.uint64, name: str | None = None) -> np.ndarray:
        """``Generator.uniform_full_int``: every bit pattern of the integer dtype."""
        dt = _as_dtype(dtype, "Generator.uniform_full_int")
        self._check_kernel_alg()
        self._check_draw_dtype(shape, dt, "Generator.uniform_full_int")
        self._skip_for_bad_shape(shape, "Generator.uniform_full_int")
        return self._draw(pb.UNIFORM_FULL_INT, "Generator.uniform_full_int", shape, dt)

    def normal(self, shape: Any, mean: Any = 0.0, stddev: Any = 1.0, dtype: Any = np.float32, name: str | None = None) -> np.ndarray:
        """``Generator.normal``."""
        dt = _check_params_convert(_as_dtype(dtype, "Generator.normal"), {"mean": mean, "stddev": stddev}, _tracing(self._client))
        self._check_kernel_alg()
        self._check_draw_dtype(shape, dt, "Generator.normal")
        self._skip_for_bad_shape(shape, "Generator.normal")
        return self._draw(pb.NORMAL, "Generator.normal", shape, dt, mean=mean, stddev=stddev)

    def truncated_normal(self, shape: Any, mean: Any = 0.0, stddev: Any = 1.0, dtype: Any = np.float32, name: str | None = None) -> np.ndarray:
        """``Generator.truncated_normal``."""
        dt = _check_params_convert(_as_dtype(dtype, "Generator.truncated_normal"), {"mean": mean, "stddev": stddev}, _tracing(self._client))
        self._check_kernel_alg()
        self._check_draw_dtype(shape, dt, "Generator.truncated_normal")
        self._skip_for_bad_shape(shape, "Generator.truncated_normal")
        return self._draw(pb.TRUNCATED_NORMAL, "Generator.truncated_normal", shape, dt, mean=mean, stddev=stddev)

    def binomial(self, shape: Any, counts: Any, probs: Any, dtype: Any = np.int32, name: str | None = None) -> np.ndarray:
        """``Generator.binomial`` (TF's ``StatefulRandomBinomial``): samples at the current state,
        then advances it by ``num_batches * 200 * ceil4(samples_per_batch) / 4 * 256``."""
        function = "Generator.binomial"
        dt = _as_dtype(dtype, function)
        counts_arr, probs_arr = as_tf_array(counts), as_tf_array(probs)  # no dtype hint, as TF
        if probs_arr.dtype != counts_arr.dtype and self._client._scopes():
            # one type attr T for both, taken from counts: graph construction checks it first
            raise errors.TypeError(
                f"Input 'probs' of 'StatefulRandomBinomial' Op has type {probs_arr.dtype.name} that does not "
                f"match type {counts_arr.dtype.name} of argument 'counts'."
            )
        if counts_arr.dtype.kind in "iu":
            # TF takes T from the first tensor (counts); an integer T has no kernel, and the
            # op fails before the state moves.
            shape_dims = _shape(shape, function)
            s_dtype = "DT_INT32" if all(_INT32.min <= d <= _INT32.max for d in shape_dims) else "DT_INT64"
            t_dtype = _dt_enum(counts_arr.dtype)
            raise _no_kernel_error("StatefulRandomBinomial", f"T={t_dtype}, S={s_dtype}, dtype={_dt_enum(dt)}", _BINOMIAL_KERNELS)
        if probs_arr.dtype != counts_arr.dtype:  # one type attr T for both, taken from counts
            want, got = (_TF_DTYPE_NAMES.get(a.dtype.name, a.dtype.name) for a in (counts_arr, probs_arr))
            raise errors.InvalidArgumentError(
                f"cannot compute StatefulRandomBinomial as input #4(zero-based) was expected to be a {want} tensor but is a {got} tensor"
            )
        request = pb.DrawRequest(
            session=self._client.session,
            request_id=_request_id(),
            distribution=pb.BINOMIAL,
            dtype=_dtype_proto(dt, function),  # type: ignore[arg-type]
            shape=_shape(shape, function),
        )
        request.tensors["counts"].CopyFrom(_encode(counts_arr, "counts", function))
        request.tensors["probs"].CopyFrom(_encode(probs_arr, "probs", function))
        request.generator.generator = self._id
        return _graph_draw(self._client, request)

    def make_seeds(self, count: int = 1) -> np.ndarray:
        """``count`` seeds for stateless ops: int64 array of shape ``[2, count]``."""
        keys = self.uniform_full_int([count], dtype=np.int64)
        seeds = np.stack([keys, np.zeros_like(keys)])
        stack = self._client._scopes()
        return _computed(stack, seeds) if stack else seeds

    def split(self, count: int = 1) -> list[Generator]:
        """``count`` new independent generators with states ``[0, 0, key]``."""
        keys = self.uniform_full_int([count], dtype=np.int64)
        return [type(self)(state=[0, 0, int(k)], alg=self._alg) for k in keys]

    def __repr__(self) -> str:
        return f"<philoxd Generator id={self._id} alg={self._alg}>"


def _state_array(state: pb.GeneratorState, alg: int) -> np.ndarray:
    if state_size(alg) == _THREEFRY_STATE_SIZE:
        return np.array([state.counter_lo, state.key], dtype=np.int64)
    return np.array([state.counter_lo, state.counter_hi, state.key], dtype=np.int64)
