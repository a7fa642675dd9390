"""``rng.keras``: Keras 3's ``keras.random`` with the TensorFlow backend, bit for bit.

Keras' TF backend (``keras/src/backend/tensorflow/random.py``) draws every value from a
``tf.random.stateless_*`` op whose seed comes from ``draw_seed``: an int seed ``s`` is
``[s, 0]``, a :class:`SeedGenerator` gives its state and then moves it, ``None`` uses the
global SeedGenerator (made from Python's ``random`` on first use). The seed is then cast by
``floormod(seed, 2**31 - 2)`` to int32. This module does the same seed arithmetic on the
client and calls the session's ``rng.random.stateless_*`` ops, so no new engine op is needed.

State: a SeedGenerator's state lives in the client object (as Keras' ``tf.Variable`` lives
in its process), not in the session; the "Python ``random``" stream that Keras draws default
seeds from (``make_default_seed``) is a private ``random.Random`` of each ``rng.keras``,
seeded by ``rng.keras.utils.set_random_seed`` exactly as Keras seeds the process's.
"""

from __future__ import annotations

import math
import random as _py_random
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from philoxd import errors
from philoxd._random import _Namespace, _tracing, as_tf_array

if TYPE_CHECKING:
    from philoxd._client import Client

__all__ = ["KerasAPI", "SeedGenerator"]

_SEED_MODULUS = 2**31 - 2  # keras backend/tensorflow/random.py _cast_seed: floormod(seed, tf.int32.max - 1)
_DEFAULT_SEED_MAX = 10**9  # keras random/seed_generator.py make_default_seed: randint(1, int(1e9))
_UNORDERED_MULTIPLIER = 5387  # keras SeedGenerator.next(ordered=False): (state + 1) * 5387 % 933199
_UNORDERED_MODULUS = 933199
_BETA_SEED_OFFSET = 12  # keras backend/tensorflow/random.py beta: seed_2 = seed_1 + 12
_TRUNCATED_NORMAL_STDDEV = 0.87962566103423978  # keras VarianceScaling: stddev of a unit normal truncated at 2
_FLOATX = "float32"  # keras backend config floatx() default
# keras backend/common/dtypes.py ALLOWED_DTYPES and PYTHON_DTYPES_MAP (TF backend: int -> int64)
_ALLOWED_DTYPES = frozenset({
    "float16", "float32", "float64", "uint8", "uint16", "uint32", "uint64", "int8", "int16", "int32", "int64",
    "bfloat16", "bool", "string", "float8_e4m3fn", "float8_e5m2", "complex64", "complex128",
})
_PYTHON_DTYPES: dict[Any, str] = {bool: "bool", int: "int64", float: "float32", str: "string", "int": "int64", complex: "complex128"}
_INT64 = np.iinfo(np.int64)


def _dtype_name(dtype: Any) -> str:
    """Keras ``standardize_dtype``: None -> floatx, Python types and numpy/TF dtypes -> their names."""
    if dtype is None:
        return _FLOATX
    try:
        dtype = _PYTHON_DTYPES.get(dtype, dtype)
    except TypeError:  # unhashable
        pass
    if hasattr(dtype, "name"):
        dtype = dtype.name
    elif hasattr(dtype, "__name__"):
        dtype = dtype.__name__
    if dtype not in _ALLOWED_DTYPES:
        raise errors.ValueError(f"Invalid dtype: {dtype}")
    return str(dtype)


def _is_float(name: str) -> bool:
    return name.startswith(("float", "bfloat"))


def _intermediate(name: str) -> str:
    """The TF backend's dtype for gamma/binomial/beta: float32 for bfloat16 (TF's stateless_gamma has no bfloat16)."""
    return "float32" if name == "bfloat16" else name


class SeedGenerator:
    """``keras.random.SeedGenerator``: a ``[seed, counter]`` int64 state moved by each draw.

    Args:
      seed: An int, or None for a seed drawn from the Keras stream (``random.randint(1, 10**9)``).
      name: The generator's name (Keras' ``auto_name`` default: ``"seed_generator"``).
    """

    _keras: KerasAPI | None = None  # the rng.keras that draws default seeds (a bound subclass sets it)

    def __init__(self, seed: int | None = None, name: str | None = None) -> None:
        self.name = name or "seed_generator"
        self._initial_seed = seed
        if seed is None:
            seed = _make_default_seed(self._keras)
        if not isinstance(seed, int):
            raise errors.ValueError(f"Argument `seed` must be an integer. Received: seed={seed}")
        self._state = _int64_pair(seed, "SeedGenerator")

    @property
    def state(self) -> np.ndarray:
        """The int64 ``[seed, counter]`` state (a copy; assign to set it)."""
        return self._state.copy()

    @state.setter
    def state(self, value: Any) -> None:
        arr = np.asarray(value)
        if arr.shape != (2,) or arr.dtype.kind not in "iu":
            raise errors.ValueError(f"SeedGenerator.state: argument `value` must be 2 integers, got {value!r}")
        self._state = arr.astype(np.int64)

    def next(self, ordered: bool = True) -> np.ndarray:
        """Return the state, then move it: ``+[0, 1]``, or (``ordered=False``) ``(state + 1) * 5387 % 933199``."""
        current = self._state.copy()
        with np.errstate(over="ignore"):  # TF's int64 arithmetic wraps
            if ordered:
                self._state = current + np.array([0, 1], dtype=np.int64)
            else:
                self._state = (current + 1) * np.int64(_UNORDERED_MULTIPLIER) % np.int64(_UNORDERED_MODULUS)
        return current

    def get_config(self) -> dict[str, Any]:
        """Keras' config: the seed it was made with and its name."""
        return {"seed": self._initial_seed, "name": self.name}

    def __repr__(self) -> str:
        return f"<philoxd SeedGenerator {self.name!r} state={self._state.tolist()}>"


def _int64_pair(seed: int, function: str) -> np.ndarray:
    if not _INT64.min <= seed <= _INT64.max:
        raise errors.ValueError(f"{function}: argument `seed` must fit in int64, got {seed}")
    return np.array([seed, 0], dtype=np.int64)


def _make_default_seed(keras: KerasAPI | None) -> int:
    stream = keras._python if keras is not None else _py_random
    return stream.randint(1, _DEFAULT_SEED_MAX)


class KerasRandom(_Namespace):
    """``keras.random`` (TF backend) on one session: ``rng.keras.random``."""

    def __init__(self, client: Client, keras: KerasAPI) -> None:
        super().__init__(client)
        self._keras = keras
        self.SeedGenerator: type[SeedGenerator] = type("SeedGenerator", (SeedGenerator,), {"_keras": keras})
        self._global: SeedGenerator | None = None

    # -- seeds ------------------------------------------------------------------------------
    def _global_generator(self) -> SeedGenerator:
        if self._global is None:
            self._global = self.SeedGenerator()
        return self._global

    def draw_seed(self, seed: Any) -> np.ndarray:
        """Keras ``draw_seed`` then the TF backend's ``_cast_seed``: the int32 seed pair a draw uses."""
        # While rng.function traces its body, a generator is read, not moved: TF's trace builds the
        # state's assign op, which runs only when the function runs.
        tracing = _tracing(self._client)
        if isinstance(seed, SeedGenerator):
            raw = seed.state if tracing else seed.next()
        elif isinstance(seed, int):
            raw = _int64_pair(seed, "draw_seed")
        elif seed is None:
            generator = self._global_generator()
            raw = generator.state if tracing else generator.next(ordered=False)
        else:
            raise errors.ValueError(
                "Argument `seed` must be either an integer or an instance of `SeedGenerator`. "
                f"Received: seed={seed} (of type {type(seed)})"
            )
        return (raw % np.int64(_SEED_MODULUS)).astype(np.int32)

    # -- distributions ----------------------------------------------------------------------
    def uniform(self, shape: Any, minval: Any = 0.0, maxval: Any = 1.0, dtype: Any = None, seed: Any = None) -> np.ndarray:
        """``keras.random.uniform``: ``tf.random.stateless_uniform`` with ``minval``/``maxval`` cast to ``dtype``."""
        if dtype and not _is_float(_dtype_name(dtype)):
            raise errors.ValueError(f"`keras.random.uniform` requires a floating point `dtype`. Received: dtype={dtype} ")
        dt = _dtype_name(dtype)
        pair = self.draw_seed(seed)
        # tf.cast(minval, dtype): the value is converted first (a Python float: float32), then cast
        lo, hi = _tf_cast(minval, dt), _tf_cast(maxval, dt)
        return self._client.random.stateless_uniform(shape, seed=pair, minval=lo, maxval=hi, dtype=dt)

    def normal(self, shape: Any, mean: Any = 0.0, stddev: Any = 1.0, dtype: Any = None, seed: Any = None) -> np.ndarray:
        """``keras.random.normal``: ``tf.random.stateless_normal``."""
        dt = _dtype_name(dtype)
        return self._client.random.stateless_normal(shape, seed=self.draw_seed(seed), mean=mean, stddev=stddev, dtype=dt)

    def truncated_normal(self, shape: Any, mean: Any = 0.0, stddev: Any = 1.0, dtype: Any = None, seed: Any = None) -> np.ndarray:
        """``keras.random.truncated_normal``: ``tf.random.stateless_truncated_normal``."""
        dt = _dtype_name(dtype)
        return self._client.random.stateless_truncated_normal(shape, seed=self.draw_seed(seed), mean=mean, stddev=stddev, dtype=dt)

    def randint(self, shape: Any, minval: Any, maxval: Any, dtype: Any = "int32", seed: Any = None) -> np.ndarray:
        """``keras.random.randint``: ``stateless_uniform`` in int32/int64 (int64 for other integer dtypes), cast."""
        dt = _dtype_name(dtype) if dtype else "int32"
        if not dt.startswith(("int", "uint")):
            raise errors.ValueError(f"`keras.random.randint` requires an integer `dtype`. Received: dtype={dtype} ")
        inter = dt if dt in ("int32", "int64") else "int64"
        out = self._client.random.stateless_uniform(shape, seed=self.draw_seed(seed), minval=minval, maxval=maxval, dtype=inter)
        return out.astype(dt)  # tf.cast: integer casts wrap

    def categorical(self, logits: Any, num_samples: int, dtype: Any = "int32", seed: Any = None) -> np.ndarray:
        """``keras.random.categorical``: ``tf.random.stateless_categorical`` (2-D logits), cast to ``dtype``."""
        if np.ndim(as_tf_array(logits)) != 2:
            raise errors.ValueError(f"`logits` should be a 2-D tensor with shape [batch_size, num_classes]. Received: logits={logits}")
        out = self._client.random.stateless_categorical(logits, num_samples, seed=self.draw_seed(seed))
        return out.astype(_dtype_name(dtype))

    def dropout(self, inputs: Any, rate: float, noise_shape: Sequence[int | None] | None = None, seed: Any = None) -> np.ndarray:
        """``keras.random.dropout``: ``tf.nn.experimental.stateless_dropout`` (kept values scaled by ``1 / (1 - rate)``)."""
        x = as_tf_array(inputs)
        if rate == 1.0:
            return np.zeros_like(x)
        if rate == 0.0:
            return x
        if not 0 < rate < 1:  # TF nn_ops._dropout
            raise errors.ValueError(f"`rate` must be a scalar tensor or a float in the range [0, 1). Received: rate={rate}")
        pair = self.draw_seed(seed)
        if x.dtype.kind != "f":
            raise errors.ValueError(f"`x.dtype` must be a floating point tensor as `x` will be scaled. Received: x_dtype={x.dtype.name}")
        shape = list(x.shape) if noise_shape is None else [x.shape[i] if d is None else int(d) for i, d in enumerate(noise_shape)]
        with np.errstate(over="ignore", invalid="ignore"):  # TF: x * convert_to_tensor(1 / keep_prob, x.dtype)
            scaled = x * x.dtype.type(1 / (1 - rate))
        noise = self._client.random.stateless_uniform(shape, seed=pair, dtype=x.dtype)
        keep = noise >= x.dtype.type(rate)
        return np.where(keep, scaled, x.dtype.type(0))

    def shuffle(self, x: Any, axis: int = 0, seed: Any = None) -> np.ndarray:
        """``keras.random.shuffle``: ``gather(x, argsort(stateless_uniform([x.shape[axis]])), axis)``."""
        arr = as_tf_array(x)
        if not -arr.ndim <= axis < arr.ndim:
            raise errors.InvalidArgumentError(f"shuffle: argument `axis` must be in [-{arr.ndim}, {arr.ndim}), got {axis}")
        keys = self._client.random.stateless_uniform([arr.shape[axis]], seed=self.draw_seed(seed))
        # tf.argsort is top_k of the negated keys: ties keep their order, as a stable sort does
        return np.take(arr, np.argsort(keys, kind="stable"), axis=axis)

    def gamma(self, shape: Any, alpha: Any, dtype: Any = None, seed: Any = None) -> np.ndarray:
        """``keras.random.gamma``: ``tf.random.stateless_gamma``."""
        dt = _dtype_name(dtype)
        out = self._client.random.stateless_gamma(shape, seed=self.draw_seed(seed), alpha=alpha, dtype=_intermediate(dt))
        return out.astype(dt)

    def binomial(self, shape: Any, counts: Any, probabilities: Any, dtype: Any = None, seed: Any = None) -> np.ndarray:
        """``keras.random.binomial``: ``tf.random.stateless_binomial`` (output in ``dtype``, default float32)."""
        dt = _dtype_name(dtype)
        out = self._client.random.stateless_binomial(
            shape, seed=self.draw_seed(seed), counts=counts, probs=probabilities, output_dtype=_intermediate(dt)
        )
        return out.astype(dt)

    def beta(self, shape: Any, alpha: Any, beta: Any, dtype: Any = None, seed: Any = None) -> np.ndarray:
        """``keras.random.beta``: ``X / (X + Y)``, X and Y stateless gammas of seeds ``s`` and ``s + 12``."""
        dt = _dtype_name(dtype)
        seed_1 = self.draw_seed(seed)
        with np.errstate(over="ignore"):  # int32 addition wraps in TF
            seed_2 = seed_1 + np.int32(_BETA_SEED_OFFSET)
        inter = _intermediate(dt)
        dims = [int(d) for d in np.asarray(shape, dtype=np.int64).reshape(-1)]
        a = np.broadcast_to(_tf_convert(alpha, inter), dims)  # tf.convert_to_tensor(alpha, dtype), broadcast_to(shape)
        b = np.broadcast_to(_tf_convert(beta, inter), dims)
        gamma_a = self._client.random.stateless_gamma(dims, seed=seed_1, alpha=a, dtype=inter).astype(dt)
        gamma_b = self._client.random.stateless_gamma(dims, seed=seed_2, alpha=b, dtype=inter).astype(dt)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):  # TF's float division: inf/NaN, no warning
            return gamma_a / (gamma_a + gamma_b)


def _tf_convert(value: Any, dtype: str) -> np.ndarray:
    """``tf.convert_to_tensor(value, dtype)``: a Python number straight to ``dtype``; an array must have it."""
    arr = np.asarray(value)
    if isinstance(value, np.ndarray) and arr.dtype != np.dtype(dtype):
        raise errors.ValueError(f"Tensor conversion requested dtype {dtype} for Tensor with dtype {arr.dtype.name}")
    return arr.astype(dtype)


def _tf_cast(value: Any, dtype: str) -> np.ndarray:
    """``tf.cast(value, dtype)`` of a Python value: ``convert_to_tensor`` first, then the cast."""
    return float(np.asarray(as_tf_array(value)).astype(dtype))


# -- keras.utils ----------------------------------------------------------------------------
class KerasUtils(_Namespace):
    """``keras.utils``'s random-seed functions: ``rng.keras.utils``."""

    def __init__(self, client: Client, keras: KerasAPI) -> None:
        super().__init__(client)
        self._keras = keras

    def set_random_seed(self, seed: int) -> None:
        """``keras.utils.set_random_seed``: the session's TF global seed, the Keras stream's seed
        (Python ``random.seed(seed)``) and a fresh global SeedGenerator on the next unseeded draw.

        The process's own ``random`` and ``numpy.random`` are not touched (Keras seeds them too).
        """
        if not isinstance(seed, int):
            raise errors.ValueError(f"Expected `seed` argument to be an integer. Received: seed={seed} (of type {type(seed)})")
        self._keras._random_seed = seed
        self._keras.random._global = None
        self._keras._python.seed(seed)
        self._client.random.set_seed(seed)

    def get_random_seed(self) -> int | None:
        """``keras.utils.get_random_seed``: the seed last set, or None."""
        return self._keras._random_seed


# -- keras.initializers ---------------------------------------------------------------------
class RandomInitializer:
    """A Keras random initializer bound to ``rng.keras``: ``init(shape, dtype=None)`` draws."""

    _keras: KerasAPI

    def __init__(self, seed: Any = None) -> None:
        if seed is None:
            seed = _make_default_seed(self._keras)  # drawn once: every call gives the same values
        elif not isinstance(seed, (int, SeedGenerator)):
            raise errors.ValueError(
                f"`seed` argument should be an instance of `keras.random.SeedGenerator()` or an integer. Received: seed={seed}"
            )
        self.seed = seed


class RandomNormal(RandomInitializer):
    """``keras.initializers.RandomNormal``."""

    def __init__(self, mean: float = 0.0, stddev: float = 0.05, seed: Any = None) -> None:
        self.mean, self.stddev = mean, stddev
        super().__init__(seed)

    def __call__(self, shape: Any, dtype: Any = None) -> np.ndarray:
        return self._keras.random.normal(shape, mean=self.mean, stddev=self.stddev, dtype=dtype, seed=self.seed)


class TruncatedNormal(RandomNormal):
    """``keras.initializers.TruncatedNormal``."""

    def __call__(self, shape: Any, dtype: Any = None) -> np.ndarray:
        return self._keras.random.truncated_normal(shape, mean=self.mean, stddev=self.stddev, dtype=dtype, seed=self.seed)


class RandomUniform(RandomInitializer):
    """``keras.initializers.RandomUniform``."""

    def __init__(self, minval: float = -0.05, maxval: float = 0.05, seed: Any = None) -> None:
        self.minval, self.maxval = minval, maxval
        super().__init__(seed)

    def __call__(self, shape: Any, dtype: Any = None) -> np.ndarray:
        return self._keras.random.uniform(shape, minval=self.minval, maxval=self.maxval, dtype=dtype, seed=self.seed)


def compute_fans(shape: Sequence[int], input_axes: Sequence[int] | None = None, output_axes: Sequence[int] | None = None) -> tuple[int, int]:
    """Keras ``compute_fans``: (fan_in, fan_out) of a weight shape (convolution kernels: ``(..., in, out)``)."""
    shape = tuple(int(d) for d in shape)
    if input_axes is not None and output_axes is not None:
        return math.prod(shape[a] for a in input_axes), math.prod(shape[a] for a in output_axes)
    if not shape:
        return 1, 1
    if len(shape) == 1:
        return shape[0], shape[0]
    receptive = math.prod(shape[:-2])
    return shape[-2] * receptive, shape[-1] * receptive


class VarianceScaling(RandomInitializer):
    """``keras.initializers.VarianceScaling``."""

    _MODES = ("fan_in", "fan_out", "fan_avg")
    _DISTRIBUTIONS = ("uniform", "truncated_normal", "untruncated_normal")

    def __init__(
        self,
        scale: float = 1.0,
        mode: str = "fan_in",
        distribution: str = "truncated_normal",
        seed: Any = None,
        input_axes: Sequence[int] | None = None,
        output_axes: Sequence[int] | None = None,
    ) -> None:
        if scale <= 0.0:
            raise errors.ValueError(f"Argument `scale` must be positive float. Received: scale={scale}")
        if mode not in self._MODES:
            raise errors.ValueError(f"Invalid `mode` argument: {mode}. Please use one of {set(self._MODES)}")
        distribution = distribution.lower()
        distribution = "truncated_normal" if distribution == "normal" else distribution
        if distribution not in self._DISTRIBUTIONS:
            raise errors.ValueError(f"Invalid `distribution` argument: {distribution}.Please use one of {set(self._DISTRIBUTIONS)}")
        self.scale, self.mode, self.distribution = scale, mode, distribution
        self.input_axes, self.output_axes = input_axes, output_axes
        super().__init__(seed)

    def __call__(self, shape: Any, dtype: Any = None) -> np.ndarray:
        fan_in, fan_out = compute_fans(shape, self.input_axes, self.output_axes)
        fan = {"fan_in": fan_in, "fan_out": fan_out}.get(self.mode, (fan_in + fan_out) / 2.0)
        scale = self.scale / max(1.0, fan)
        R = self._keras.random
        if self.distribution == "truncated_normal":
            return R.truncated_normal(shape, mean=0.0, stddev=math.sqrt(scale) / _TRUNCATED_NORMAL_STDDEV, dtype=dtype, seed=self.seed)
        if self.distribution == "untruncated_normal":
            return R.normal(shape, mean=0.0, stddev=math.sqrt(scale), dtype=dtype, seed=self.seed)
        limit = math.sqrt(3.0 * scale)
        return R.uniform(shape, minval=-limit, maxval=limit, dtype=dtype, seed=self.seed)


def _scaling(name: str, scale: float, mode: str, distribution: str) -> type[VarianceScaling]:
    def __init__(self: VarianceScaling, seed: Any = None, input_axes: Sequence[int] | None = None, output_axes: Sequence[int] | None = None) -> None:
        VarianceScaling.__init__(self, scale, mode, distribution, seed, input_axes, output_axes)

    doc = f"``keras.initializers.{name}``: VarianceScaling(scale={scale}, mode={mode!r}, distribution={distribution!r})."
    return type(name, (VarianceScaling,), {"__init__": __init__, "__doc__": doc})


GlorotUniform = _scaling("GlorotUniform", 1.0, "fan_avg", "uniform")
GlorotNormal = _scaling("GlorotNormal", 1.0, "fan_avg", "truncated_normal")
LecunUniform = _scaling("LecunUniform", 1.0, "fan_in", "uniform")
LecunNormal = _scaling("LecunNormal", 1.0, "fan_in", "truncated_normal")
HeUniform = _scaling("HeUniform", 2.0, "fan_in", "uniform")
HeNormal = _scaling("HeNormal", 2.0, "fan_in", "truncated_normal")

_INITIALIZERS: tuple[type[RandomInitializer], ...] = (
    RandomNormal, TruncatedNormal, RandomUniform, VarianceScaling,
    GlorotUniform, GlorotNormal, LecunUniform, LecunNormal, HeUniform, HeNormal,
)


# -- keras.layers (image preprocessing) -----------------------------------------------------
def _bound(cls: type, keras: KerasAPI) -> type:
    return type(cls.__name__, (cls,), {"_keras": keras, "__doc__": cls.__doc__})


def _namespace(classes: Sequence[type], keras: KerasAPI, doc: str) -> Any:
    ns = type("Namespace", (), {"__doc__": doc})()
    for cls in classes:
        setattr(ns, cls.__name__, _bound(cls, keras))
    return ns


def _image_shape(data: Any) -> tuple[int, ...]:
    images = data["images"] if isinstance(data, dict) else data
    shape = tuple(int(d) for d in np.shape(images))
    if len(shape) not in (3, 4):
        raise errors.ValueError(f"Expected the input image to be rank 3 or 4. Received inputs.shape={shape}")
    return shape


def _factor(factor: Any, bounds: tuple[float, float], name: str = "factor") -> tuple[float, float]:
    """BaseImagePreprocessingLayer._set_factor: a number f is ``(max(-|f|, low), |f|)``; a pair is sorted."""
    message = (f"The `{name}` argument should be a number (or a list of two numbers) in the range "
               f"[{bounds[0]}, {bounds[1]}]. Received: {name}={factor}")
    if isinstance(factor, (tuple, list)):
        if len(factor) != 2 or factor[0] > bounds[1] or factor[1] < bounds[0]:
            raise errors.ValueError(message)
        lower, upper = sorted(factor)
        return lower, upper
    if isinstance(factor, (int, float)):
        if not bounds[0] <= factor <= bounds[1]:
            raise errors.ValueError(message)
        return max(-abs(factor), bounds[0]), abs(factor)
    raise errors.ValueError(message)


def _symmetric(factor: Any, name: str, open_low: bool) -> tuple[float, float]:
    """RandomTranslation/RandomZoom ``_set_factor``: each number in [-1, 1] ((-1, 1] for zoom); f is ``(-|f|, |f|)``."""
    def check(x: float) -> None:
        if x > 1.0 or x < -1.0 or (open_low and x == -1.0):
            raise errors.ValueError(f"The `{name}` argument should be a number (or a list of two numbers) in the range "
                                    f"{'(' if open_low else '['}-1.0, 1.0]. Received: input_number={x}")
    if isinstance(factor, (tuple, list)) and len(factor) == 2:
        check(factor[0])
        check(factor[1])
        lower, upper = sorted(factor)
        return lower, upper
    if isinstance(factor, (int, float)):
        check(factor)
        return -abs(factor), abs(factor)
    raise errors.ValueError(f"The `{name}` argument should be a number (or a list of two numbers). Received: {name}={factor}")


class _RandomLayer:
    """An image preprocessing layer's random part: ``get_random_transformation`` gives Keras'
    random parameters (numpy arrays) from the layer's SeedGenerator; calling the layer applies
    them where the arithmetic is exactly TF's (flip, crop by slicing, brightness)."""

    _keras: KerasAPI

    def __init__(self, seed: int | None = None, data_format: str | None = None) -> None:
        self.seed = seed
        self.generator = self._keras.random.SeedGenerator(seed)
        self.data_format = data_format or "channels_last"
        if self.data_format not in ("channels_last", "channels_first"):
            raise errors.ValueError(f"The `data_format` argument must be one of {{'channels_first', 'channels_last'}}. Received: data_format={data_format}")

    def _hw(self, shape: tuple[int, ...]) -> tuple[int, int]:
        return (shape[-2], shape[-1]) if self.data_format == "channels_first" else (shape[-3], shape[-2])

    def _uniform(self, shape: Any, minval: float, maxval: float, seed: Any, dtype: Any = None) -> np.ndarray:
        return self._keras.random.uniform(shape, minval=minval, maxval=maxval, dtype=dtype, seed=self.generator if seed is None else seed)

    def get_random_transformation(self, data: Any, training: bool = True, seed: Any = None) -> Any:
        raise NotImplementedError

    def _apply(self, images: np.ndarray, transformation: Any) -> np.ndarray:
        raise errors.UnimplementedError(
            f"{type(self).__name__}: its output is not reproduced bit for bit (TF's interpolation and reductions); "
            "use get_random_transformation for its random parameters"
        )

    def __call__(self, data: Any, training: bool = True) -> np.ndarray:
        transformation = self.get_random_transformation(data, training=training)
        images = np.asarray(data, dtype=np.float32)  # the layer's compute dtype
        if not training:
            return images
        return self._apply(images, transformation)


class RandomFlip(_RandomLayer):
    """``keras.layers.RandomFlip``: ``{"flips": uniform(batch, 1, 1, 1) <= 0.5, "input_shape"}``."""

    _MODES = ("horizontal", "vertical", "horizontal_and_vertical")

    def __init__(self, mode: str = "horizontal_and_vertical", seed: int | None = None, data_format: str | None = None) -> None:
        if mode not in self._MODES:
            raise errors.ValueError(f"RandomFlip layer {{name}} received an unknown mode argument {mode}")
        super().__init__(seed, data_format)
        self.mode = mode

    def get_random_transformation(self, data: Any, training: bool = True, seed: Any = None) -> Any:
        if not training:
            return None
        shape = _image_shape(data)
        flips_shape = (1, 1, 1) if len(shape) == 3 else (shape[0], 1, 1, 1)
        return {"flips": self._uniform(flips_shape, 0.0, 1.0, seed) <= np.float32(0.5), "input_shape": shape}

    def _apply(self, images: np.ndarray, transformation: Any) -> np.ndarray:
        flips = transformation["flips"]
        x = images[None] if images.ndim == 3 else images
        horizontal, vertical = (-1, -2) if self.data_format == "channels_first" else (-2, -3)
        if self.mode in ("horizontal", "horizontal_and_vertical"):
            x = np.where(flips, np.flip(x, axis=horizontal), x)
        if self.mode in ("vertical", "horizontal_and_vertical"):
            x = np.where(flips, np.flip(x, axis=vertical), x)
        return x[0] if images.ndim == 3 else x


class RandomCrop(_RandomLayer):
    """``keras.layers.RandomCrop``: ``(h_start, w_start)`` int32 (random only when training on a larger image)."""

    def __init__(self, height: int, width: int, seed: int | None = None, data_format: str | None = None) -> None:
        self.height, self.width = int(height), int(width)
        default = _make_default_seed(self._keras) if seed is None else seed  # Keras draws this one first
        super().__init__(seed, data_format)
        self.seed = default

    def get_random_transformation(self, data: Any, training: bool = True, seed: Any = None) -> Any:
        seed = self.generator if seed is None else seed
        h, w = self._hw(_image_shape(data))
        if training and h > self.height and w > self.width:
            R = self._keras.random
            h_start = R.uniform((), 0, maxval=float(h - self.height + 1), seed=seed).astype(np.int32)
            w_start = R.uniform((), 0, maxval=float(w - self.width + 1), seed=seed).astype(np.int32)
            return h_start, w_start
        crop_h = max(min(h, int(float(w * self.height) / self.width)), 1)
        crop_w = max(min(w, int(float(h * self.width) / self.height)), 1)
        return int(float(h - crop_h) / 2), int(float(w - crop_w) / 2)

    def __call__(self, data: Any, training: bool = True) -> np.ndarray:
        h_start, w_start = (int(v) for v in self.get_random_transformation(data, training=training))
        if not training:  # Keras crops only while training, and leaves the images as they are
            return as_tf_array(data)
        images = np.asarray(data, dtype=np.float32)
        rows, cols = slice(h_start, h_start + self.height), slice(w_start, w_start + self.width)
        out = images[..., rows, cols] if self.data_format == "channels_first" else images[..., rows, cols, :]
        if self._hw(out.shape) != (self.height, self.width):
            return self._apply(out, None)  # Keras resizes: not reproduced
        return out


class RandomBrightness(_RandomLayer):
    """``keras.layers.RandomBrightness``: ``{"rgb_delta": uniform(factor) * (value_range span)}``, added and clipped."""

    def __init__(self, factor: Any, value_range: Sequence[float] = (0, 255), seed: int | None = None) -> None:
        self.factor = _factor(factor, (-1, 1))
        if not isinstance(value_range, (tuple, list)) or len(value_range) != 2:
            raise errors.ValueError(f"The `value_range` argument should be a list of two numbers. Received: value_range={value_range}")
        super().__init__(seed)
        self.value_range = sorted(value_range)

    def get_random_transformation(self, data: Any, training: bool = True, seed: Any = None) -> Any:
        shape = _image_shape(data)
        delta_shape = (1, 1, 1) if len(shape) == 3 else (shape[0], 1, 1, 1)
        if not training:
            return {"rgb_delta": np.zeros(delta_shape, dtype=np.float32)}
        delta = self._uniform(delta_shape, self.factor[0], self.factor[1], seed)
        return {"rgb_delta": delta * np.float32(self.value_range[1] - self.value_range[0])}

    def __call__(self, data: Any, training: bool = True) -> np.ndarray:
        if as_tf_array(data).dtype.kind != "f":
            if not training:
                self.get_random_transformation(data, training=False)
                return as_tf_array(data)
            # Keras casts the float delta to the images' integer dtype (negative deltas wrap): not reproduced
            raise errors.UnimplementedError("RandomBrightness: the output for integer images is not reproduced; give float images")
        return super().__call__(data, training)

    def _apply(self, images: np.ndarray, transformation: Any) -> np.ndarray:
        out = images + transformation["rgb_delta"].astype(images.dtype)
        return np.clip(out, images.dtype.type(self.value_range[0]), images.dtype.type(self.value_range[1]))


class RandomContrast(_RandomLayer):
    """``keras.layers.RandomContrast``: ``{"contrast_factor": uniform(1 - lower, 1 + upper)}`` (factor in [0, 1])."""

    def __init__(self, factor: Any, value_range: Sequence[float] = (0, 255), seed: int | None = None) -> None:
        self.factor = _factor(factor, (0, 1))
        self.value_range = value_range
        super().__init__(seed)

    def get_random_transformation(self, data: Any, training: bool = True, seed: Any = None) -> Any:
        shape = _image_shape(data)
        factor_shape = (1, 1, 1) if len(shape) == 3 else (shape[0], 1, 1, 1)
        if not training:
            return {"contrast_factor": np.zeros(factor_shape, dtype=np.float32)}
        return {"contrast_factor": self._uniform(factor_shape, 1.0 - self.factor[0], 1.0 + self.factor[1], seed, "float32")}


class _GeometricLayer(_RandomLayer):
    """Translation/rotation/zoom: their fill and interpolation settings (kept, not used: the output is not reproduced)."""

    def _geometry(self, fill_mode: str, interpolation: str, fill_value: float, seed: int | None, data_format: str | None) -> None:
        self.fill_mode, self.interpolation, self.fill_value = fill_mode, interpolation, fill_value
        _RandomLayer.__init__(self, seed, data_format)

    def get_random_transformation(self, data: Any, training: bool = True, seed: Any = None) -> Any:
        if not training:
            return None
        shape = _image_shape(data)
        return self._draw(shape, 1 if len(shape) == 3 else shape[0], seed)

    def _draw(self, shape: tuple[int, ...], batch: int, seed: Any) -> dict[str, Any]:
        raise NotImplementedError


class RandomTranslation(_GeometricLayer):
    """``keras.layers.RandomTranslation``: ``{"translations": [[dx, dy]] in pixels (float32), "input_shape"}``."""

    def __init__(self, height_factor: Any, width_factor: Any, fill_mode: str = "reflect", interpolation: str = "bilinear",
                 seed: int | None = None, fill_value: float = 0.0, data_format: str | None = None) -> None:
        self.height_lower, self.height_upper = _symmetric(height_factor, "factor", open_low=False)
        self.width_lower, self.width_upper = _symmetric(width_factor, "factor", open_low=False)
        self._geometry(fill_mode, interpolation, fill_value, seed, data_format)

    def _draw(self, shape: tuple[int, ...], batch: int, seed: Any) -> dict[str, Any]:
        h, w = self._hw(shape)
        dy = self._uniform([batch, 1], self.height_lower, self.height_upper, seed) * np.float32(h)
        dx = self._uniform([batch, 1], self.width_lower, self.width_upper, seed) * np.float32(w)
        return {"translations": np.concatenate([dx, dy], axis=1).astype(np.float32), "input_shape": shape}


class RandomRotation(_GeometricLayer):
    """``keras.layers.RandomRotation``: ``{"angle": uniform(factor * 360)}`` per image (degrees), with the image
    size; the rotation matrix (TF's float32 sin/cos) is not reproduced."""

    def __init__(self, factor: Any, fill_mode: str = "reflect", interpolation: str = "bilinear", seed: int | None = None,
                 fill_value: float = 0.0, data_format: str | None = None) -> None:
        self.factor = _factor(factor, (-1, 1))
        self._geometry(fill_mode, interpolation, fill_value, seed, data_format)

    def _draw(self, shape: tuple[int, ...], batch: int, seed: Any) -> dict[str, Any]:
        h, w = self._hw(shape)
        angle = self._uniform((batch,), self.factor[0] * 360.0, self.factor[1] * 360.0, seed)
        return {"angle": angle, "image_height": h, "image_width": w, "batch_size": batch}


class RandomZoom(_GeometricLayer):
    """``keras.layers.RandomZoom``: ``{"height_zoom", "width_zoom"}`` (``1 + factor``; width = height without a width factor)."""

    def __init__(self, height_factor: Any, width_factor: Any = None, fill_mode: str = "reflect", interpolation: str = "bilinear",
                 seed: int | None = None, fill_value: float = 0.0, data_format: str | None = None) -> None:
        self.height_factor, self.width_factor = height_factor, width_factor
        self.height_lower, self.height_upper = _symmetric(height_factor, "height_factor", open_low=True)
        if width_factor is not None:
            self.width_lower, self.width_upper = _symmetric(width_factor, "width_factor", open_low=True)
        self._geometry(fill_mode, interpolation, fill_value, seed, data_format)

    def _draw(self, shape: tuple[int, ...], batch: int, seed: Any) -> dict[str, Any]:
        zoom_shape = (batch, 1)
        height_zoom = self._uniform(zoom_shape, 1.0 + self.height_lower, 1.0 + self.height_upper, seed)
        if self.width_factor is None:
            return {"height_zoom": height_zoom, "width_zoom": height_zoom, "input_shape": shape}
        width_zoom = self._uniform(zoom_shape, 1.0 + self.width_lower, 1.0 + self.width_upper, seed)
        return {"height_zoom": height_zoom, "width_zoom": width_zoom, "input_shape": shape}


_LAYERS: tuple[type[_RandomLayer], ...] = (
    RandomFlip, RandomCrop, RandomBrightness, RandomContrast, RandomTranslation, RandomRotation, RandomZoom,
)


class KerasAPI(_Namespace):
    """Keras 3 (TensorFlow backend) randomness on one session: ``rng.keras``.

    Attributes:
      random: ``keras.random`` (:class:`KerasRandom`), with ``SeedGenerator``.
      utils: ``keras.utils.set_random_seed`` / ``get_random_seed``.
      initializers: the random ``keras.initializers`` (RandomNormal, ..., HeNormal).
      layers: the random image preprocessing layers' random parameters (RandomFlip, ..., RandomZoom).
    """

    def __init__(self, client: Client) -> None:
        super().__init__(client)
        self._python = _py_random.Random()  # Keras' draws from Python's `random` (make_default_seed)
        self._random_seed: int | None = None
        self.random = KerasRandom(client, self)
        self.utils = KerasUtils(client, self)
        self.initializers = _namespace(_INITIALIZERS, self, "``keras.initializers`` (random ones) on this session.")
        self.layers = _namespace(_LAYERS, self, "``keras.layers`` random image preprocessing layers on this session.")
