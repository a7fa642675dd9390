"""tf.random ops as pure functions of (key, counter): validation, kernels and wrapper arithmetic.

A draw is described by a :class:`DrawSpec`. Stateful kernels (``tf.random.uniform``
& co) reserve ``kernel_reservation(spec)`` counter units per call; stateless
ops and Generator draws use the ``*_v2`` kernels, whose (key, counter) come
from the seed or the generator state. Generation itself is
``generate(spec, key, counter, stateful=...)`` and touches no state.

Sources: ``tensorflow/python/ops/random_ops.py``, ``stateless_random_ops.py``,
``stateful_random_ops.py`` (argument checks and the ``rnd * (maxval - minval) +
minval`` arithmetic), ``tensorflow/core/kernels/random_op.cc``,
``random_shuffle_op.cc``, ``multinomial_op.cc`` (counter reservations).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import ml_dtypes
import numpy as np

from philoxd_server._errors import InvalidArgument
from philoxd_server.engine import _distributions as dist
from philoxd_server.engine import _gpb, _index_shuffle, _ptn, _ptn_kernel, _samplers
from philoxd_server.engine._samplers import SamplerSpec

__all__ = [
    "DISTRIBUTIONS",
    "DTYPES",
    "DrawSpec",
    "SamplerSpec",
    "check_kernel_args",
    "generate",
    "generates_in_pieces",
    "generator_reservation",
    "graph_folds",
    "kernel_name",
    "kernel_reservation",
    "pieces",
    "split",
    "validate",
]

DTYPES: dict[str, np.dtype] = {
    name: np.dtype(name)
    for name in ("float16", "float32", "float64", "int32", "int64", "uint32", "uint64")
}
DTYPES["bfloat16"] = np.dtype(ml_dtypes.bfloat16)
DISTRIBUTIONS = (
    "uniform",
    "uniform_full_int",
    "normal",
    "truncated_normal",
    "shuffle",
    "categorical",
    "index_shuffle",
    "parameterized_truncated_normal",
    "gamma",
    "poisson",
    "binomial",
    "candidates",
)
# Distributions whose parameters are tensors (DrawSpec.tensors), by TF argument name.
# uniform / normal / truncated_normal take either: a scalar field, or a tensor of the
# output dtype that broadcasts with the kernel's output (TF's wrapper arithmetic).
TENSOR_PARAMS: dict[str, tuple[str, ...]] = {
    "uniform": ("minval", "maxval"),
    "normal": ("mean", "stddev"),
    "truncated_normal": ("mean", "stddev"),
    "parameterized_truncated_normal": ("means", "stddevs", "minvals", "maxvals"),
    "index_shuffle": ("max_index",),
    "gamma": ("alpha", "beta"),
    "poisson": ("lam",),
    "binomial": ("counts", "probs"),
}

# TF random_op.cc: every stateful op calls ReserveRandomOutputs(num_elements, 256),
# and stateful_random_ops.cc's RngReadAndSkip advances by delta * 256.
RESERVED_SAMPLES_PER_OUTPUT = 256
PHILOX_WORDS_PER_BLOCK = 4  # TF philox_random.h kResultElementCount

_FLOATS = ("float16", "bfloat16", "float32", "float64")  # TF's order (bfloat16 after half)
_PTN_FLOATS = ("float16", "float32", "float64")  # StatelessParameterizedTruncatedNormal: half, float, double
_INDEX_DTYPES = ("int32", "int64", "uint32", "uint64")  # RandomIndexShuffle
_SIGNED_INTS = ("int32", "int64")
_ALL_INTS = ("int32", "int64", "uint32", "uint64")
_GPB_FLOATS = ("float16", "float32", "float64")  # RandomGamma T, binomial T: half, float, double
_GPB_ALL = ("float16", "float32", "float64", "int32", "int64")  # Poisson R/dtype, binomial dtype
_GPB_TF_NAMES = {"float16": "half", "float32": "float", "float64": "double", "int32": "int32", "int64": "int64"}


_NAMES = {dt: name for name, dt in DTYPES.items()}
_HALF_TYPES = (np.dtype(np.float16), DTYPES["bfloat16"])  # can round to -0.0: keep "* 1 + 0"


def _name(dtype: np.dtype) -> str:
    """``dtype.name`` without numpy's slow property on the hot path."""
    return _NAMES.get(dtype) or dtype.name


def _tf(dtype: np.dtype) -> str:
    return f"tf.{_name(dtype)}"


def _tf_tuple(names: Sequence[str]) -> str:
    return "(" + ", ".join(f"tf.{n}" for n in names) + ")"


@dataclasses.dataclass(frozen=True)
class DrawSpec:
    """One draw: what to turn the Philox bits into.

    Attributes:
      distribution: One of :data:`DISTRIBUTIONS`.
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
      tensors: Tensor parameters by TF argument name (:data:`TENSOR_PARAMS`).
      sampler: ``candidates``: the candidate sampler's attributes.
      graph: Drawn inside a function: the wrapper arithmetic as TF's graph optimizer
        rewrites it (:func:`generate`).
      placeholders: With ``graph``, the inputs that are not graph constants (by TF
        argument name): constant folding leaves them alone.
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
    shape_int64: bool = False  # TF's shape tensor is int64 (a stateful kernel's attr T)

    def folds(self, name: str) -> bool:
        """Whether graph constant folding rewrites arithmetic with input ``name``."""
        return self.graph and name not in self.placeholders

    @property
    def num_elements(self) -> int:
        """Number of output elements."""
        return math.prod(self.shape)


def _scalar(spec: DrawSpec, name: str, value: int | float, dtype: np.dtype) -> np.generic:
    """TF ``ops.convert_to_tensor(value, dtype=dtype)`` for a Python scalar."""
    if dtype.kind in "iu":
        if isinstance(value, float) or not isinstance(value, (int, np.integer)):
            raise InvalidArgument(f"Cannot convert {value!r} to EagerTensor of dtype {_name(dtype)}", python_class="TypeError")
        if not -(2**63) <= int(value) < 2**64:
            raise InvalidArgument("Can't convert Python sequence with out-of-range integer to Tensor.", python_class="ValueError")
        # TF converts a Python int through int64 and casts it: out-of-range values wrap.
        bits = dtype.itemsize * 8
        wrapped = int(value) & ((1 << bits) - 1)
        return dtype.type(wrapped - (1 << bits) if dtype.kind == "i" and wrapped >> (bits - 1) else wrapped)
    with np.errstate(over="ignore"):  # 1e30 -> float16 is inf, as in TF
        return dtype.type(value)  # double -> dtype rounds to nearest, as numpy (and TF) do


def _param(spec: DrawSpec, name: str, default: int | float) -> Any:
    """A parameter in the output dtype: its tensor, or its scalar (``default`` if not given)."""
    value = spec.tensors.get(name)
    if value is not None:
        return value
    scalar = getattr(spec, name)
    return _scalar(spec, name, default if scalar is None else scalar, spec.dtype)


def _shape_str(shape: Sequence[int]) -> str:
    """A shape as TF's messages print it: ``[2,3]``."""
    return "[" + ",".join(map(str, shape)) + "]"


class _ShapeMismatch(InvalidArgument):
    """Operands that do not broadcast: TF's kernel error in eager mode; in a graph, shape
    inference finds it while tracing and TF raises a ``ValueError`` (see :func:`generate`)."""


def _broadcasting(op: Callable[..., Any], x: Any, y: Any, dtype: np.dtype) -> Any:
    """``op(x, y)`` rounded in ``dtype``, with TF's message for shapes that do not broadcast."""
    try:
        return op(x, y, dtype=dtype)
    except ValueError:
        raise _ShapeMismatch(f"Incompatible shapes: {_shape_str(np.shape(x))} vs. {_shape_str(np.shape(y))}") from None


# Per-spec-object memos: (id(spec), tag) -> (spec, result). Each entry holds its spec, so
# its id stays its own. A caller that reuses spec objects (the servicer's plan cache) pays
# for a check or a preparation once; specs with arrays are never held (see _memo).
_Memo = dict[tuple[int, object], tuple[DrawSpec, Any]]
_PASSED: _Memo = {}  # checks that passed: validate (tag: stateful) and check_kernel_args ("kernel")
_MEMO_MAX = 4096  # entries per memo (cleared when full)


def _memo(table: _Memo, spec: DrawSpec, tag: object, make: Callable[[], Any]) -> Any:
    """``make()``, once per (spec object, tag) in ``table`` (not kept if it raises). A spec
    with arrays (which its owner may change) gets ``make()`` every time and is never held."""
    if spec.input is not None or spec.tensors or spec.sampler is not None:
        return make()
    key = (id(spec), tag)
    entry = table.get(key)
    if entry is None or entry[0] is not spec:
        if len(table) >= _MEMO_MAX:
            table.clear()
        entry = table[key] = (spec, make())
    return entry[1]


def validate(spec: DrawSpec, *, stateful: bool, dims: bool | None = None) -> None:
    """Check a spec with TF's wrapper rules and messages; raise :class:`InvalidArgument`.

    The checks are pure: checking the same spec object again costs a dict look-up.

    Args:
      spec: The draw.
      stateful: True for ``tf.random.*`` kernels (stricter dtype lists).
      dims: Check the shape's dimensions now (default: for stateless ops only). A
        stateful op's kernel checks them after the wrapper drew the op seed, and a
        Generator's after its state was skipped: :func:`check_kernel_args`.
    """
    check_dims = not stateful if dims is None else dims
    _memo(_PASSED, spec, (stateful, check_dims), lambda: _validate(spec, stateful=stateful, dims=check_dims))


def _value_error(message: str) -> InvalidArgument:
    """A check TF's Python wrapper makes: TF raises a builtin ``ValueError``."""
    return InvalidArgument(message, python_class="ValueError")


def _validate(spec: DrawSpec, *, stateful: bool, dims: bool) -> None:
    fn, d = spec.function, spec.distribution
    if d not in DISTRIBUTIONS:
        raise InvalidArgument(f"{fn}: unknown distribution {d!r}")
    if dims:
        _check_dims(spec)
    name = _name(spec.dtype)
    if d == "uniform":
        accepted = (*_FLOATS, *_SIGNED_INTS) if stateful else (*_FLOATS, *_ALL_INTS)
        if name not in accepted:
            raise _value_error(f"Argument `dtype` got invalid value <dtype: '{name}'>. Accepted dtypes are {_tf_tuple(accepted)}.")
        minval, maxval = (_given(spec, arg) for arg in ("minval", "maxval"))
        if spec.dtype.kind in "iu":
            if stateful and maxval is None:
                raise _value_error(f"Must specify maxval for integer dtype {_tf(spec.dtype)}")
            if not stateful and (minval is None) != (maxval is None):
                raise _value_error(
                    f"For integer `dtype` argument <dtype: '{name}'>, argument `minval` and `maxval` must be both "
                    f"None or not None. Got `minval`={minval} and `maxval`={maxval}."
                )
            if minval is not None and spec.dtype.kind == "u":
                raise _value_error(
                    f"Argument `dtype` got invalid value <dtype: '{name}'> when argument `minval` is not None. "
                    "Please don't use unsigned integers in this case."
                )
        _check_params(spec, ("minval", "maxval"))
    elif d == "uniform_full_int":
        if name not in _ALL_INTS:
            raise InvalidArgument(f"{fn}: argument `dtype`=<dtype: '{name}'> must be one of {_tf_tuple(_ALL_INTS)}")
    elif d in ("normal", "truncated_normal"):
        if name not in _FLOATS:
            raise InvalidArgument(
                f"{fn}: argument `dtype`=<dtype: '{name}'> must be a floating point type {_tf_tuple(_FLOATS)}"
            )
        _check_params(spec, ("mean", "stddev"))
    elif d == "shuffle":
        if not stateful:  # a stateful op's kernel: check_kernel_args
            _check_shuffle(spec)
    elif d == "categorical":
        if name not in _SIGNED_INTS:
            raise _value_error(f"Argument `dtype` got invalid value <dtype: '{name}'>. Accepted dtypes are {_tf_tuple(_SIGNED_INTS)}.")
        if spec.input is None:  # TF converts the logits before it draws the op seed
            raise InvalidArgument(f"{fn}: argument `logits` is required")
        if not stateful:  # a stateful op's kernel: check_kernel_args
            _check_categorical(spec)
    elif d == "index_shuffle":
        _validate_index_shuffle(spec)
    elif d == "parameterized_truncated_normal":
        _validate_ptn(spec)
    elif d == "candidates":
        if spec.sampler is None or spec.input is None:
            raise InvalidArgument(f"{fn}: a candidate sampler needs `sampler` and `input` (true_classes)")
        if spec.input.dtype != np.int64:
            raise InvalidArgument(f"{fn}: true_classes must be int64, got {spec.input.dtype}")
        # The sampler's own checks are its kernel's (the op seed is drawn): check_kernel_args.
    elif d in ("gamma", "poisson"):
        for param in TENSOR_PARAMS[d][:1]:
            if param not in spec.tensors:
                raise InvalidArgument(f"{fn}: needs tensors[{param!r}]")
        if not stateful:  # stateless kernels: no state to protect, check everything now
            _check_gpb_attrs(spec)
    elif d == "binomial":
        _validate_binomial(spec)


def _attr_error(attr: str, dtype: np.dtype, allowed: Sequence[str]) -> InvalidArgument:
    listed = ", ".join(_GPB_TF_NAMES[a] for a in allowed)
    return InvalidArgument(f"Value for attr '{attr}' of {_name(dtype)} is not in the list of allowed values: {listed}")


def _gamma_shapes(spec: DrawSpec) -> tuple[np.ndarray, np.ndarray, tuple[int, ...]]:
    """(alpha, beta, broadcast shape): TF's ``broadcast_dynamic_shape(shape(alpha), shape(beta))``."""
    alpha = spec.tensors["alpha"]
    beta = spec.tensors.get("beta")
    if beta is None:
        beta = np.ones((), dtype=alpha.dtype)
    try:
        bshape = np.broadcast_shapes(alpha.shape, beta.shape)
    except ValueError:
        raise _ShapeMismatch(f"Incompatible shapes: {_shape_str(alpha.shape)} vs. {_shape_str(beta.shape)}") from None
    return alpha, beta, tuple(bshape)


def _check_gpb_attrs(spec: DrawSpec) -> None:
    """The op-attr checks of RandomGamma / RandomPoissonV2 / their stateless ops (TF raises
    them from the op, after the Python wrapper has drawn the op seeds)."""
    if spec.distribution == "gamma":
        if _name(spec.dtype) not in _GPB_FLOATS:
            raise _attr_error("T", spec.dtype, _GPB_FLOATS)
        for param in ("alpha", "beta"):
            value = spec.tensors.get(param)
            if value is not None and value.dtype != spec.dtype:
                raise InvalidArgument(
                    f"{spec.function}: `{param}` must have the output dtype {_name(spec.dtype)}, got {_name(value.dtype)}"
                )
        _gamma_shapes(spec)
    elif spec.distribution == "poisson":
        lam = spec.tensors["lam"]
        if _name(lam.dtype) not in _GPB_ALL:
            raise _attr_error("R", lam.dtype, _GPB_ALL)
        if _name(spec.dtype) not in _GPB_ALL:
            raise _attr_error("dtype", spec.dtype, _GPB_ALL)


def _validate_binomial(spec: DrawSpec) -> None:
    """StatefulRandomBinomial / StatelessRandomBinomial checks, all made before a
    Generator's state moves."""
    counts, probs = spec.tensors.get("counts"), spec.tensors.get("probs")
    if counts is None or probs is None:
        raise InvalidArgument(f"{spec.function}: needs tensors['counts'] and tensors['probs']")
    for value in (counts, probs):
        if _name(value.dtype) not in _GPB_FLOATS:
            raise _attr_error("T", value.dtype, _GPB_FLOATS)
    if counts.dtype != probs.dtype:
        raise InvalidArgument(
            f"{spec.function}: `counts` and `probs` must have one dtype, got {_name(counts.dtype)} and {_name(probs.dtype)}"
        )
    if _name(spec.dtype) not in _GPB_ALL:
        raise _attr_error("dtype", spec.dtype, _GPB_ALL)
    try:
        _, spb, nb, c, p = _gpb._binomial_batch(spec.shape, counts, probs)
        if spb * nb:
            mode, dcount, _ = _gpb._binomial_modes(c, p)
            if (((mode == _gpb._B_INV) | (mode == _gpb._B_INV_Q)) & np.isnan(dcount)).any():
                raise ValueError("counts must not be NaN (TensorFlow's binomial sampler never terminates for NaN counts)")
    except ValueError as exc:
        raise InvalidArgument(str(exc)) from None


def _validate_index_shuffle(spec: DrawSpec) -> None:
    index, max_index = spec.input, spec.tensors.get("max_index")
    if index is None or max_index is None:
        raise InvalidArgument(f"{spec.function}: needs `input` (index) and tensors['max_index']")
    if _name(index.dtype) not in _INDEX_DTYPES:
        raise InvalidArgument(
            f"Value for attr 'dtype' of {_name(index.dtype)} is not in the list of allowed values: int32, uint32, int64, uint64"
        )
    if max_index.dtype != index.dtype:
        raise InvalidArgument(
            f"{spec.function}: `max_index` must have the dtype of `index` ({_name(index.dtype)}), got {_name(max_index.dtype)}"
        )


def _validate_ptn(spec: DrawSpec) -> None:
    params = [spec.tensors.get(k) for k in TENSOR_PARAMS["parameterized_truncated_normal"]]
    if any(p is None for p in params):
        raise InvalidArgument(f"{spec.function}: needs tensors means, stddevs, minvals and maxvals")
    dtypes = {_name(p.dtype) for p in params}  # type: ignore[union-attr]
    if len(dtypes) != 1:
        raise InvalidArgument(f"{spec.function}: means, stddevs, minvals and maxvals must have one dtype, got {sorted(dtypes)}")
    (name,) = dtypes
    if name not in _PTN_FLOATS:
        raise InvalidArgument(f"Value for attr 'dtype' of {name} is not in the list of allowed values: half, float, double")
    try:
        _ptn.bcast_batches(spec.shape, params)  # type: ignore[arg-type]
    except ValueError as exc:
        raise InvalidArgument(str(exc)) from None


def check_kernel_args(spec: DrawSpec) -> None:
    """The checks TF's C++ kernels make (after the Python wrapper's, which drew a stateful
    op's seed, and after a Generator has already skipped its counter): dimensions >= 0,
    integer ``minval < maxval``.

    TF's RandomUniformInt returns an empty output before checking the range.
    Checking the same spec object again costs a dict look-up.
    """
    _memo(_PASSED, spec, "kernel", lambda: _check_kernel_args(spec))


def _given(spec: DrawSpec, name: str) -> Any:
    """A parameter as given: its tensor, else its scalar field (None: not given)."""
    value = spec.tensors.get(name)
    return getattr(spec, name) if value is None else value


def _check_params(spec: DrawSpec, names: tuple[str, ...]) -> None:
    """Scalars convert to the output dtype (TF's ``convert_to_tensor(value, dtype)``);
    tensors must have the output dtype (the client converts them)."""
    for name in names:
        value = spec.tensors.get(name)
        if value is not None:
            if value.dtype != spec.dtype:
                raise InvalidArgument(f"{spec.function}: `{name}` must have the output dtype {_name(spec.dtype)}, got {_name(value.dtype)}")
        elif getattr(spec, name) is not None:
            _scalar(spec, name, getattr(spec, name), spec.dtype)


def _check_shuffle(spec: DrawSpec) -> None:
    if spec.input is None or spec.input.ndim < 1 and spec.input.size > 1:
        raise InvalidArgument(f"{spec.function}: argument `value` must be a tensor")


def _check_categorical(spec: DrawSpec) -> None:
    """Multinomial's kernel checks (multinomial_op.cc)."""
    logits = spec.input
    if logits is None or logits.ndim != 2:
        raise InvalidArgument(f"logits should be a matrix, got shape {None if logits is None else _shape_str(logits.shape)}")
    if _name(logits.dtype) not in _FLOATS:
        raise InvalidArgument(f"{spec.function}: argument `logits` must be floating point, got {logits.dtype}")
    if spec.num_samples < 0:
        raise InvalidArgument(f"num_samples should be non-negative, got {spec.num_samples}")
    if logits.shape[1] <= 0:
        raise InvalidArgument(f"num_classes should be positive, got {logits.shape[1]}")


def _check_dims(spec: DrawSpec) -> None:
    for dim in spec.shape:
        if dim < 0:
            raise InvalidArgument(f"Dimension {dim} must be >= 0")  # TF tensor_shape.cc


def _check_kernel_args(spec: DrawSpec) -> None:
    if spec.distribution == "shuffle":
        _check_shuffle(spec)
    elif spec.distribution == "candidates" and spec.sampler is not None and spec.input is not None:
        try:
            _samplers.check_sampler(spec.sampler, spec.input)
        except ValueError as exc:
            raise InvalidArgument(str(exc)) from None
    elif spec.distribution == "categorical":
        _check_categorical(spec)  # its shape is [batch, num_samples]: num_samples' own message first
    _check_dims(spec)  # TF's kernels: TensorShape refuses negative dimensions
    if spec.distribution == "uniform" and spec.dtype.kind in "iu":
        for name in ("minval", "maxval"):  # RandomUniformInt / StatelessRandomUniformIntV2
            value = spec.tensors.get(name)
            if value is not None and value.ndim != 0:
                raise InvalidArgument(f"{name} must be 0-D, got shape {_shape_str(value.shape)}")
    if spec.distribution in ("gamma", "poisson"):
        _check_gpb_attrs(spec)
        if spec.distribution == "poisson" and spec.num_elements > 0:
            # TF never returns for these rates (stateless: the kernel raises the same).
            message = _gpb.poisson_rate_error(spec.tensors["lam"], spec.dtype)
            if message:
                raise InvalidArgument(message)
    if spec.distribution == "uniform" and spec.dtype.kind in "iu" and _given(spec, "minval") is not None and spec.num_elements > 0:
        lo, hi = _param(spec, "minval", 0), _param(spec, "maxval", 1)
        if not lo < hi:
            raise InvalidArgument(f"Need minval < maxval, got {lo} >= {hi}")  # TF random_op.cc


def kernel_name(spec: DrawSpec) -> str:
    """The TF kernel a stateful draw runs on, with the attrs that key TF's kernel cache.

    Shape, minval/maxval, mean/stddev and the input values are op *inputs*, not
    attrs, so draws that differ only in them share one kernel and its counter.
    """
    d, name = spec.distribution, _name(spec.dtype)
    shape_t = "/T=int64" if spec.shape_int64 else ""  # the shape tensor's dtype is an attr too
    if d == "uniform":
        return (f"RandomUniformInt/{name}" if spec.dtype.kind in "iu" else f"RandomUniform/{name}") + shape_t
    if d == "normal":
        return f"RandomStandardNormal/{name}{shape_t}"
    if d == "truncated_normal":
        return f"TruncatedNormal/{name}{shape_t}"
    if d == "shuffle":
        return f"RandomShuffle/{name}"
    if d == "categorical":
        assert spec.input is not None
        return f"Multinomial/{_name(spec.input.dtype)}/{name}"
    if d == "candidates":
        assert spec.sampler is not None
        return spec.sampler.kernel_name()
    if d == "gamma":  # TF kernel cache: RandomGamma by T (alpha's dtype = the output dtype)
        return f"RandomGamma/{name}"
    if d == "poisson":  # RandomPoissonV2 by the rate dtype R and the output dtype
        return f"RandomPoissonV2/{_name(spec.tensors['lam'].dtype)}/{name}"
    raise InvalidArgument(f"{spec.function}: {d} has no stateful kernel")


def kernel_reservation(spec: DrawSpec) -> int:
    """Counter units (128-bit Philox blocks) one call of a stateful kernel reserves."""
    if spec.distribution == "shuffle":
        assert spec.input is not None
        # TF random_shuffle_op.cc: nothing reserved when no shuffling is needed, else
        # ReserveSamples32(size - 1) = ReserveSamples128(ceil((size - 1) / 4)).
        if spec.input.size <= 1 or spec.input.shape[0] <= 1:
            return 0
        return (spec.input.shape[0] - 1 + PHILOX_WORDS_PER_BLOCK - 1) // PHILOX_WORDS_PER_BLOCK
    if spec.distribution == "categorical":
        assert spec.input is not None
        if spec.num_elements == 0:  # TF multinomial_op.cc: kernel runs only for nonempty output
            return 0
        # TF multinomial_op.cc: ceil4(num_samples), doubled on CPU (2 words per double).
        per_row = (spec.num_samples + 3) // 4 * 4 * 2
        return spec.input.shape[0] * per_row * RESERVED_SAMPLES_PER_OUTPUT
    if spec.distribution == "candidates":
        assert spec.sampler is not None
        return _samplers.reservation_blocks(spec.sampler)
    if spec.distribution == "gamma":  # random_gamma_op.cc: nothing for an empty output
        return _gpb.random_gamma_reservation(spec.num_elements, math.prod(_gamma_shapes(spec)[2]))
    if spec.distribution == "poisson":  # random_poisson_op.cc: nothing when num_samples == 0
        return _gpb.random_poisson_reservation(spec.num_elements, spec.tensors["lam"].size)
    return spec.num_elements * RESERVED_SAMPLES_PER_OUTPUT


def generator_reservation(spec: DrawSpec) -> int:
    """Counter units a Generator draw skips: ``reduce_prod(shape) * 256`` (RngReadAndSkip);
    ``binomial``: StatefulRandomBinomial's own advance (even for an empty output)."""
    if spec.distribution == "binomial":
        t = spec.tensors
        return _gpb.binomial_state_advance(spec.shape, t["counts"].shape, t["probs"].shape)
    # TF Generator._prepare_key_counter: skip(reduce_prod(shape)), the product in the shape
    # tensor's dtype (int32 unless a dimension needs int64, wrapping), cast to uint64; then
    # RngReadAndSkip's delta * 256 wraps at 2**64. So a negative shape moves the state too.
    bits = 64 if spec.shape_int64 or not all(_INT32_MIN <= dim <= _INT32_MAX for dim in spec.shape) else 32
    product = 1
    for dim in spec.shape:
        product = _wrap_signed(product * dim, bits)
    return (product * RESERVED_SAMPLES_PER_OUTPUT) & _U64


_INT32_MIN, _INT32_MAX = -(2**31), 2**31 - 1
_U64 = (1 << 64) - 1


def _wrap_signed(value: int, bits: int) -> int:
    """``value`` in a two's-complement integer of ``bits`` bits."""
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


def output_elements(spec: DrawSpec, *, stateful: bool) -> int:
    """Elements of the output: ``prod(shape)``, times the parameters' size for the stateful
    gamma / Poisson kernels (output ``[*shape, *params.shape]``)."""
    n = spec.num_elements
    params = [spec.tensors[k].shape for k in TENSOR_PARAMS.get(spec.distribution, ()) if k in spec.tensors]
    if params and spec.distribution in _FIXED_RATE + ("truncated_normal",):
        try:  # the wrapper arithmetic broadcasts the kernel's output with the parameters
            n = max(n, math.prod(np.broadcast_shapes(tuple(max(d, 0) for d in spec.shape), *params)))
        except ValueError:
            pass  # generate() raises TF's error after the kernel ran
    if stateful and spec.distribution == "gamma" and "alpha" in spec.tensors:
        n *= math.prod(_gamma_shapes(spec)[2])
    elif stateful and spec.distribution == "poisson" and "lam" in spec.tensors:
        n *= spec.tensors["lam"].size
    return n


def _is_int(value: object, target: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value == target


def generate(spec: DrawSpec, key: int, counter: int, *, stateful: bool) -> np.ndarray:
    """Generate a draw from Philox (key, counter); pure and thread-safe.

    Args:
      spec: A validated draw.
      key: 64-bit Philox key.
      counter: 128-bit Philox counter where the draw starts.
      stateful: True for ``tf.random.*`` kernels (TF's stateful wrapper skips the
        arithmetic for ``minval=0, maxval=1`` given as Python ints); False for
        stateless ops and Generator draws.

    Returns:
      An array of ``spec.dtype`` and ``spec.shape``.
    """
    kernel = _memo(_PREPARED, spec, stateful, lambda: _prepare(spec, stateful=stateful))
    if kernel is not None:
        return kernel(key, counter).reshape(spec.shape)  # type: ignore[no-any-return]
    with np.errstate(all="ignore"):  # TF wraps silently; so does numpy here
        try:
            return _generate(spec, key, counter, stateful=stateful)
        except _ShapeMismatch as exc:
            if spec.graph:  # found by shape inference while tracing: TF's ValueError
                raise InvalidArgument(str(exc), python_class="ValueError") from None
            raise


# generate()'s kernels prepared per spec object (a _memo, tag: stateful): a draw that is the
# kernel's output as it is — uniform floats with TF's default bounds in a stateful op,
# standard normals in float32/float64 — calls the prepared kernel directly, with no dispatch
# and no numpy arithmetic (so no errstate); other specs map to None.
_PREPARED: _Memo = {}


def _prepare(spec: DrawSpec, *, stateful: bool) -> Callable[[int, int], np.ndarray] | None:
    """The kernel that alone makes ``_generate(spec, ., ., stateful)``'s values, or None."""
    with np.errstate(all="ignore"):  # _scalar's casts, as in _generate
        return _prepare_kernel(spec, stateful=stateful)


def _prepare_kernel(spec: DrawSpec, *, stateful: bool) -> Callable[[int, int], np.ndarray] | None:
    d, dtype = spec.distribution, spec.dtype
    if spec.tensors:
        return None
    if d == "uniform" and dtype.kind not in "iu":
        minval = 0 if spec.minval is None else spec.minval
        maxval = 1 if spec.maxval is None else spec.maxval
        if stateful and _is_int(minval, 0) and _is_int(maxval, 1):  # _uniform_float returns the kernel's output
            return dist.prepare_uniform(spec.num_elements, dtype)
    elif d == "normal" and dtype in (np.float32, np.float64):
        stddev = _scalar(spec, "stddev", 1.0 if spec.stddev is None else spec.stddev, dtype)
        mean = _scalar(spec, "mean", 0.0 if spec.mean is None else spec.mean, dtype)
        if stddev == 1 and mean == 0:  # _generate skips the arithmetic (the identity) for these
            return dist.prepare_normal(spec.num_elements, dtype)
    return None


# Output i of these comes from Philox block counter + i // values_per_block, whatever the
# length of the draw (TF FillPhiloxRandom with a fixed-rate distribution).
_FIXED_RATE = ("uniform", "uniform_full_int", "normal")
_U128 = (1 << 128) - 1


def generates_in_pieces(spec: DrawSpec) -> bool:
    """Whether :func:`pieces` generates ``spec`` piece by piece (else whole, then sliced)."""
    return spec.distribution in _FIXED_RATE and not spec.tensors


def pieces(spec: DrawSpec, key: int, counter: int, *, stateful: bool, max_bytes: int) -> Iterator[np.ndarray]:
    """``generate(...)``'s values, flat in C order, as consecutive pieces of at most ``max_bytes``.

    Fixed-rate distributions (uniform, uniform_full_int, normal) generate each piece
    on its own, as a draw of that many elements from the block where the piece starts:
    the whole result never exists at once, and a consumer can send one piece while the
    next is generated. Other distributions are generated whole, then sliced.

    Args:
      spec: A validated draw.
      key: 64-bit Philox key.
      counter: 128-bit Philox counter where the draw starts.
      stateful: As for :func:`generate`.
      max_bytes: Largest piece, in bytes (at least one Philox block's worth of values).

    Yields:
      1-D arrays of ``spec.dtype`` whose concatenation is ``generate(...).reshape(-1)``.
    """
    if generates_in_pieces(spec):
        n, per_block = spec.num_elements, dist.values_per_block(spec.dtype)
        step = max(per_block, max_bytes // spec.dtype.itemsize // per_block * per_block)
        for start in range(0, n, step):
            part = dataclasses.replace(spec, shape=(min(step, n - start),))
            yield generate(part, key, (counter + start // per_block) & _U128, stateful=stateful)
        return
    yield from split(generate(spec, key, counter, stateful=stateful), max_bytes)


def split(values: np.ndarray, max_bytes: int) -> Iterator[np.ndarray]:
    """``values`` flat in C order, as consecutive views of at most ``max_bytes`` (at least one element)."""
    flat = values.reshape(-1)
    step = max(1, max_bytes // flat.itemsize)
    for start in range(0, flat.size, step):
        yield flat[start : start + step]


def _generate(spec: DrawSpec, key: int, counter: int, *, stateful: bool) -> np.ndarray:
    n, dtype, d = spec.num_elements, spec.dtype, spec.distribution
    if d == "uniform":
        if dtype.kind in "iu":
            if _given(spec, "minval") is None:
                out = dist.uniform_full_int(key, counter, n, dtype)
            else:
                out = dist.uniform_int(key, counter, n, dtype, int(_param(spec, "minval", 0)), int(_param(spec, "maxval", 1)))
        else:
            out = _uniform_float(spec, key, counter, stateful=stateful)
    elif d == "uniform_full_int":
        out = dist.uniform_full_int(key, counter, n, dtype)
    elif d in ("normal", "truncated_normal"):
        kernel = dist.normal if d == "normal" else dist.truncated_normal
        out = kernel(key, counter, n, dtype).reshape(spec.shape)
        stddev, mean = _param(spec, "stddev", 1.0), _param(spec, "mean", 0.0)
        # TF: math_ops.add(rnd * stddev, mean). With scalar stddev 1 and mean 0 that is
        # the identity for float32/64, whose Box-Muller outputs are never -0.0 (u2 > 0
        # and sin/cos of a float never return an exact zero); a float16 output can round
        # to -0.0, which "+ 0" turns into +0.0 (not in a graph: _add drops it).
        if dtype in _HALF_TYPES and not spec.tensors and stddev == 1 and mean == 0 and not spec.folds("mean"):
            out = dist.plus_zero(out)  # == _add(_arith(np.multiply, out, 1), 0), without numpy's half arithmetic
        elif spec.tensors or not (stddev == 1 and mean == 0 and dtype not in _HALF_TYPES):
            out = _add(_arith(np.multiply, out, stddev, dtype), mean, dtype, graph=spec.folds("mean"))
    elif d == "shuffle":
        value = spec.input
        assert value is not None
        if value.size <= 1 or value.shape[0] <= 1:
            return value.copy()
        return dist.shuffle(key, counter, value)
    elif d == "categorical":
        assert spec.input is not None
        if n == 0:
            return np.zeros(spec.shape, dtype)
        logits = spec.input
        if logits.dtype == DTYPES["bfloat16"]:
            logits = logits.astype(np.float32)  # exact; the functor works in double
        return dist.multinomial(key, counter, logits, spec.num_samples, dtype)
    elif d == "index_shuffle":
        assert spec.input is not None
        seed = np.asarray(spec.tensors["seed"])
        padded = np.pad(seed, [(1, 0)] + [(0, 0)] * (seed.ndim - 1), constant_values=_index_shuffle.SEED_PAD)
        try:
            return _index_shuffle.index_shuffle(spec.input, padded, spec.tensors["max_index"])
        except ValueError as exc:
            raise InvalidArgument(str(exc)) from None
    elif d == "parameterized_truncated_normal":
        t = spec.tensors
        try:
            return _ptn_kernel.parameterized_truncated_normal(key, counter, spec.shape, t["means"], t["stddevs"], t["minvals"], t["maxvals"])
        except ValueError as exc:
            raise InvalidArgument(str(exc)) from None
    elif d in ("gamma", "poisson", "binomial"):
        try:
            return _gamma_poisson_binomial(spec, key, counter, stateful=stateful)
        except ValueError as exc:
            if isinstance(exc, InvalidArgument):
                raise
            raise InvalidArgument(str(exc)) from None
    else:  # pragma: no cover - validate() rejects these
        raise InvalidArgument(f"{spec.function}: unknown distribution {d!r}")
    return out if spec.tensors else out.reshape(spec.shape)


def _gamma_poisson_binomial(spec: DrawSpec, key: int, counter: int, *, stateful: bool) -> np.ndarray:
    """The ``_gpb`` kernels and the Python wrappers' arithmetic around them.

    ``stateful``: RandomGamma / RandomPoissonV2 (output ``[*shape, *params.shape]``);
    else the stateless ops, whose output is ``shape``. Binomial is the same kernel for
    ``stateless_binomial`` and ``Generator.binomial`` (which samples at the state before
    its advance).
    """
    d, dtype, t = spec.distribution, spec.dtype, spec.tensors
    if d == "binomial":
        return _gpb.stateless_binomial(key, counter, spec.shape, t["counts"], t["probs"], dtype)
    if d == "poisson":
        lam = t["lam"]
        if stateful:
            raw = _gpb.random_poisson(key, counter, spec.num_elements, lam, dtype)
            return raw.reshape(spec.shape + lam.shape)
        return _gpb.stateless_poisson(key, counter, spec.shape, lam, dtype)
    # gamma: random_ops.random_gamma / stateless_random_ops.stateless_random_gamma:
    # maximum(finfo(dtype).tiny, kernel(shape, broadcast_to(alpha, bshape)) / beta), in dtype.
    alpha, beta, bshape = _gamma_shapes(spec)
    alpha_b = np.broadcast_to(alpha, bshape)
    if stateful:
        raw = _gpb.random_gamma(key, counter, spec.num_elements, alpha_b, dtype).reshape(spec.shape + bshape)
    else:
        raw = _gpb.stateless_gamma(key, counter, spec.shape, alpha_b, dtype)
    if spec.folds("beta"):  # constant folding: x / beta -> x * (1 / beta), the reciprocal folded (and flushed)
        scaled = _arith(np.multiply, raw, _flush(np.reciprocal(_flush(beta, dtype), dtype=dtype), dtype), dtype)
    else:
        scaled = _arith(np.divide, raw, beta, dtype)
    return np.maximum(dtype.type(np.finfo(dtype).tiny), scaled)


def _uniform_float(spec: DrawSpec, key: int, counter: int, *, stateful: bool) -> np.ndarray:
    dtype = spec.dtype
    rnd = dist.uniform(key, counter, spec.num_elements, dtype).reshape(spec.shape)
    hi = _param(spec, "maxval", 1)
    if stateful and "minval" not in spec.tensors and (spec.minval is None or _is_int(spec.minval, 0)):
        # TF random_ops.random_uniform: minval is a Python int 0 -> multiply only (or nothing).
        return rnd if _is_int(spec.maxval, 1) or spec.maxval is None and not spec.tensors else _arith(np.multiply, rnd, hi, dtype)
    lo = _param(spec, "minval", 0)
    if not spec.tensors and lo == 0 and hi == 1:  # rnd * 1 + 0 is the identity: rnd is never -0.0
        return rnd
    # TF: math_ops.add(rnd * (maxval - minval), minval).
    return _add(_arith(np.multiply, rnd, _arith(np.subtract, hi, lo, dtype), dtype), lo, dtype, graph=spec.folds("minval"))


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


def _flush(x: Any, dtype: np.dtype) -> Any:
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


def _arith(op: Callable[..., Any], x: Any, y: Any, dtype: np.dtype) -> Any:
    """One TF binary op in ``dtype`` (see above)."""
    return _flush(_broadcasting(op, _flush(x, dtype), _flush(y, dtype), dtype), dtype)


def _add(x: Any, c: Any, dtype: np.dtype, *, graph: bool) -> Any:
    """TF's ``x + c`` (c a parameter). In a graph, constant folding drops the add when ``c`` is
    all zeros (either sign; subnormals read as zero where flushed) and ``x`` or ``c`` already
    has the output's shape (``x`` is then broadcast to it): a -0.0 in ``x`` stays -0.0."""
    if graph and not np.any(_flush(c, dtype)):
        try:
            shape = np.broadcast_shapes(np.shape(x), np.shape(c))
        except ValueError:
            shape = None  # _arith raises TF's error
        if shape is not None and np.shape(x) == shape:
            return x
        if shape is not None and np.shape(c) == shape:
            return np.broadcast_to(x, shape).copy()
    return _arith(np.add, x, c, dtype)


def graph_folds(spec: DrawSpec) -> bool:
    """Whether a stateless op in a graph is constant-folded (computed as in eager mode): all
    its inputs are constants and its output is small."""
    return not spec.placeholders and spec.num_elements * spec.dtype.itemsize < GRAPH_FOLD_MAX_BYTES
