"""A draw's description (:class:`DrawSpec`) and what every TF op shares: dtype names, TF's
Python-scalar conversion, argument checks and TF's wrapper arithmetic.

The ops themselves (:mod:`.ops`) and the generic flow (:mod:`._ops`) build on these.

Sources: ``tensorflow/python/ops/random_ops.py``, ``stateless_random_ops.py`` (argument checks
and the ``rnd * (maxval - minval) + minval`` arithmetic), ``tensorflow/core/kernels/random_op.cc``.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Sequence
from typing import Any

import ml_dtypes
import numpy as np

from philoxd_server._errors import InvalidArgument

from . import _affine, _nan
from ._samplers import SamplerSpec

__all__ = [
    "ALL_INTS",
    "DTYPES",
    "FLOATS",
    "GRAPH_FOLD_MAX_BYTES",
    "HALF_TYPES",
    "PHILOX_WORDS_PER_BLOCK",
    "RESERVED_SAMPLES_PER_OUTPUT",
    "SIGNED_INTS",
    "DrawSpec",
    "ShapeMismatch",
    "add",
    "arith",
    "multiply_add",
    "check_dims",
    "check_params",
    "dtype_name",
    "flush",
    "given",
    "is_int",
    "kernel_errors",
    "param",
    "scalar",
    "shape_str",
    "tf_name",
    "tf_tuple",
    "value_error",
]

DTYPES: dict[str, np.dtype] = {
    name: np.dtype(name)
    for name in ("float16", "float32", "float64", "int32", "int64", "uint32", "uint64")
}
DTYPES["bfloat16"] = np.dtype(ml_dtypes.bfloat16)

# TF random_op.cc: every stateful op calls ReserveRandomOutputs(num_elements, 256),
# and stateful_random_ops.cc's RngReadAndSkip advances by delta * 256.
RESERVED_SAMPLES_PER_OUTPUT = 256
PHILOX_WORDS_PER_BLOCK = 4  # TF philox_random.h kResultElementCount

FLOATS = ("float16", "bfloat16", "float32", "float64")  # TF's order (bfloat16 after half)
SIGNED_INTS = ("int32", "int64")
ALL_INTS = ("int32", "int64", "uint32", "uint64")

_NAMES = {dt: name for name, dt in DTYPES.items()}
HALF_TYPES = (np.dtype(np.float16), DTYPES["bfloat16"])  # can round to -0.0: keep "* 1 + 0"


def dtype_name(dtype: np.dtype) -> str:
    """``dtype.name`` without numpy's slow property on the hot path."""
    return _NAMES.get(dtype) or dtype.name


def tf_name(dtype: np.dtype) -> str:
    """``tf.float32`` and so on."""
    return f"tf.{dtype_name(dtype)}"


def tf_tuple(names: Sequence[str]) -> str:
    """Dtype names as TF's messages list them: ``(tf.int32, tf.int64)``."""
    return "(" + ", ".join(f"tf.{n}" for n in names) + ")"


@dataclasses.dataclass(frozen=True)
class DrawSpec:
    """One draw: what to turn the Philox bits into.

    Attributes:
      distribution: The op's name in the registry (:data:`.ops.OPS`).
      dtype: Output dtype.
      shape: Output shape (for ``shuffle`` the input's shape, for
        ``categorical`` ``[batch, num_samples]``).
      minval: ``uniform`` lower bound (Python int or float; None = default).
      maxval: ``uniform`` upper bound (None = default).
      mean: ``normal`` / ``truncated_normal`` mean (None = 0.0).
      stddev: ``normal`` / ``truncated_normal`` stddev (None = 1.0).
      input: ``shuffle`` value or ``categorical`` logits.
      num_samples: ``categorical`` samples per row.
      function: Name of the public function, for error messages.
      tensors: Tensor parameters by TF argument name (the op's ``tensor_params``).
      sampler: ``candidates``: the candidate sampler's attributes.
      graph: Drawn inside a function: the wrapper arithmetic as TF's graph optimizer
        rewrites it (:func:`._ops.generate`).
      placeholders: With ``graph``, the inputs that are not graph constants (by TF
        argument name): constant folding leaves them alone.
      shape_int64: TF's shape tensor is int64 (a stateful kernel's attr T).
      traced: Drawn inside a function; unlike ``graph`` kept when a constant-folded stateless
        op computes with eager's arithmetic (None: as ``graph``). Grappler sorts a commutative
        op's inputs by node name: a constant parameter comes first (:func:`add`).
      intra_op_threads: TF's intra-op thread count the draw reproduces (TF's
        ``intra_op_parallelism_threads``): where TF's shards begin, which moves the values of
        categorical and parameterized truncated normal (:mod:`._sharding`).
    """

    distribution: str
    dtype: np.dtype
    shape: tuple[int, ...]
    minval: int | float | None = None
    maxval: int | float | None = None
    mean: int | float | None = None
    stddev: int | float | None = None
    input: np.ndarray | None = None
    num_samples: int = 0
    function: str = "tf.random"
    tensors: dict[str, np.ndarray] = dataclasses.field(default_factory=dict)
    sampler: SamplerSpec | None = None
    graph: bool = False
    placeholders: frozenset[str] = frozenset()
    shape_int64: bool = False
    traced: bool | None = None
    intra_op_threads: int = 1

    def __post_init__(self) -> None:
        if self.traced is None:
            object.__setattr__(self, "traced", self.graph)

    def folds(self, name: str) -> bool:
        """Whether graph constant folding rewrites arithmetic with input ``name``."""
        return self.graph and name not in self.placeholders

    def constant_first(self, name: str) -> bool:
        """Whether a commutative op takes input ``name`` (a graph constant) first."""
        return bool(self.traced) and name not in self.placeholders

    @property
    def num_elements(self) -> int:
        """Number of output elements."""
        return math.prod(self.shape)


def scalar(spec: DrawSpec, name: str, value: int | float, dtype: np.dtype) -> np.generic:
    """TF ``ops.convert_to_tensor(value, dtype=dtype)`` for a Python scalar."""
    if dtype.kind in "iu":
        if isinstance(value, float) or not isinstance(value, (int, np.integer)):
            raise InvalidArgument(f"Cannot convert {value!r} to EagerTensor of dtype {dtype_name(dtype)}", python_class="TypeError")
        if not -(2**63) <= int(value) < 2**64:
            raise InvalidArgument("Can't convert Python sequence with out-of-range integer to Tensor.", python_class="ValueError")
        # TF converts a Python int through int64 and casts it: out-of-range values wrap.
        bits = dtype.itemsize * 8
        wrapped = int(value) & ((1 << bits) - 1)
        return dtype.type(wrapped - (1 << bits) if dtype.kind == "i" and wrapped >> (bits - 1) else wrapped)
    with np.errstate(over="ignore"):  # 1e30 -> float16 is inf, as in TF
        return dtype.type(value)  # double -> dtype rounds to nearest, as numpy (and TF) do


def param(spec: DrawSpec, name: str, default: int | float) -> Any:
    """A parameter in the output dtype: its tensor, or its scalar (``default`` if not given)."""
    value = spec.tensors.get(name)
    if value is not None:
        return value
    given_scalar = getattr(spec, name)
    return scalar(spec, name, default if given_scalar is None else given_scalar, spec.dtype)


def given(spec: DrawSpec, name: str) -> Any:
    """A parameter as given: its tensor, else its scalar field (None: not given)."""
    value = spec.tensors.get(name)
    return getattr(spec, name) if value is None else value


def is_int(value: object, target: int) -> bool:
    """``value`` is the Python int ``target`` (not a bool, not a float)."""
    return isinstance(value, int) and not isinstance(value, bool) and value == target


def shape_str(shape: Sequence[int]) -> str:
    """A shape as TF's messages print it: ``[2,3]``."""
    return "[" + ",".join(map(str, shape)) + "]"


class ShapeMismatch(InvalidArgument):
    """Operands that do not broadcast: TF's kernel error in eager mode; in a graph, shape
    inference finds it while tracing and TF raises a ``ValueError`` (see :func:`._ops.generate`)."""


def value_error(message: str) -> InvalidArgument:
    """A check TF's Python wrapper makes: TF raises a builtin ``ValueError``."""
    return InvalidArgument(message, python_class="ValueError")


class _KernelErrors:
    """The context manager :func:`kernel_errors` returns (a class: cheaper than contextlib's
    generator on the per-call path)."""

    __slots__ = ()

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> bool:
        if isinstance(exc, ValueError) and not isinstance(exc, InvalidArgument):
            raise InvalidArgument(str(exc)) from None
        return False


_KERNEL_ERRORS = _KernelErrors()


def kernel_errors() -> _KernelErrors:
    """A context in which a kernel's ``ValueError`` (TF's message) becomes :class:`InvalidArgument`."""
    return _KERNEL_ERRORS


def check_params(spec: DrawSpec, names: tuple[str, ...]) -> None:
    """Scalars convert to the output dtype (TF's ``convert_to_tensor(value, dtype)``);
    tensors must have the output dtype (the client converts them)."""
    for name in names:
        value = spec.tensors.get(name)
        if value is not None:
            if value.dtype != spec.dtype:
                raise InvalidArgument(
                    f"{spec.function}: `{name}` must have the output dtype {dtype_name(spec.dtype)}, got {dtype_name(value.dtype)}"
                )
        elif getattr(spec, name) is not None:
            scalar(spec, name, getattr(spec, name), spec.dtype)


def check_dims(spec: DrawSpec) -> None:
    """TF's kernels: ``TensorShape`` refuses negative dimensions."""
    for dim in spec.shape:
        if dim < 0:
            raise InvalidArgument(f"Dimension {dim} must be >= 0")  # TF tensor_shape.cc


# ---- TF's wrapper arithmetic ------------------------------------------------------------
# Each op is rounded in the dtype as numpy does it (float16 and bfloat16 through float32, as
# Eigen), broadcast as TF does, and with TF's CPU denormal mode: ThreadPoolDevice::Compute runs
# every kernel under ScopedFlushDenormal (FTZ + DAZ), so float32/float64 subnormals read as
# zero and subnormal results become zero; bfloat16 arithmetic is float32's, flushed the same;
# float16's subnormals are normal float32 numbers, untouched.
_FLUSH_TINY = {
    np.dtype(np.float32): np.float32(np.finfo(np.float32).tiny),
    np.dtype(np.float64): np.float64(np.finfo(np.float64).tiny),
    DTYPES["bfloat16"]: np.float32(np.finfo(np.float32).tiny),
}
# Grappler's constant folding evaluates a stateless op whose inputs are all constants at graph
# optimization time (with eager's arithmetic) when its output is under this size
# (measured with TF 2.21: 25599 float32 elements fold, 25600 do not).
GRAPH_FOLD_MAX_BYTES = 102400


def _broadcasting(op: Callable[..., Any], x: Any, y: Any, dtype: np.dtype) -> Any:
    """``op(x, y)`` rounded in ``dtype``, with TF's message for shapes that do not broadcast."""
    try:
        return op(x, y, dtype=dtype)
    except ValueError:
        raise ShapeMismatch(f"Incompatible shapes: {shape_str(np.shape(x))} vs. {shape_str(np.shape(y))}") from None


def flush(x: Any, dtype: np.dtype) -> Any:
    """``x`` with subnormals replaced by zeros of their sign (float32/float64/bfloat16)."""
    tiny = _FLUSH_TINY.get(dtype)
    if tiny is None:
        return x
    a = np.asarray(x)
    small = np.abs(a.astype(np.float32) if dtype == DTYPES["bfloat16"] else a) < tiny
    if not small.any():
        return x
    a = a.copy()
    a[small] *= 0
    return a if a.ndim else a[()]


_COMMUTATIVE = (np.add, np.multiply)


def arith(op: Callable[..., Any], x: Any, y: Any, dtype: np.dtype, *, y_first: bool = False) -> Any:
    """One TF binary op in ``dtype`` (see above), its NaNs TF's (:func:`._nan.fix`); ``y_first``:
    a commutative op whose inputs TF's graph takes in the order ``y, x``."""
    x, y = flush(x, dtype), flush(y, dtype)
    result = _broadcasting(op, x, y, dtype)
    result = _nan.fix(result, y, x, dtype, commutative=True) if y_first else _nan.fix(result, x, y, dtype, commutative=op in _COMMUTATIVE)
    return flush(result, dtype)


def multiply_add(x: Any, s: Any, c: Any, dtype: np.dtype, *, graph: bool, c_first: bool = False) -> Any:
    """TF's ``x * s + c`` (two ops, :func:`arith` then :func:`add`): in one pass
    (:func:`._affine.multiply_add`) for a float32/float64 array with scalar ``s`` and ``c`` (with
    ``c_first``, not 0-d: two 0-d operands take the other order's NaN)."""
    tiny = _FLUSH_TINY.get(dtype)
    if (
        tiny is not None and dtype != DTYPES["bfloat16"] and isinstance(x, np.ndarray) and x.dtype == dtype
        and np.ndim(s) == 0 and np.ndim(c) == 0 and not (c_first and x.ndim == 0) and not (graph and not np.any(flush(c, dtype)))
        and all(not isinstance(v, int) or abs(v) < 2**24 for v in (s, c))  # ints numpy converts exactly
    ):
        with np.errstate(all="ignore"):  # numpy's cast of a scalar operand to the ufunc's dtype
            sc, cc = (flush(np.asarray(v).astype(dtype), dtype) for v in (s, c))
        return _affine.multiply_add(x, dtype.type(sc), dtype.type(cc), dtype.type(tiny), _nan.vector_end(x.size, dtype))
    return add(arith(np.multiply, x, s, dtype), c, dtype, graph=graph, c_first=c_first)


def add(x: Any, c: Any, dtype: np.dtype, *, graph: bool, c_first: bool = False) -> Any:
    """TF's ``x + c`` (c a parameter). In a graph, constant folding drops the add when ``c`` is
    all zeros (either sign; subnormals read as zero where flushed) and ``x`` or ``c`` already
    has the output's shape (``x`` is then broadcast to it): a -0.0 in ``x`` stays -0.0."""
    if graph and not np.any(flush(c, dtype)):
        try:
            shape = np.broadcast_shapes(np.shape(x), np.shape(c))
        except ValueError:
            shape = None  # arith raises TF's error
        if shape is not None and np.shape(x) == shape:
            return x
        if shape is not None and np.shape(c) == shape:
            return np.broadcast_to(x, shape).copy()
    # c_first: in a function grappler sorts a commutative op's inputs by node name, and the
    # wrappers' constant "<scope>/mean" ("<scope>/min") sorts before "<scope>/mul".
    return arith(np.add, x, c, dtype, y_first=c_first)
