"""``rng.image``: TensorFlow 2.21's ``tf.image`` random ops, bit for bit.

Every random parameter is drawn through the session with the ``rng.random`` call TF's
``python/ops/image_ops_impl.py`` (and ``random_crop_ops.py``) makes, with the same shape,
bounds, dtype and seed, so op seeds, kernels and counters move exactly as in TF. The image
arithmetic that follows is TF's CPU kernels' own, written out element by element in float32
(numpy's element-wise operations are correctly rounded on every host; no reduction is left to
numpy's summation order), with TF's flush-to-zero denormal mode:

- ``adjust_brightness``: ``convert_image_dtype`` + one float32 ``Add``;
- ``adjust_contrast``: ``AdjustContrastv2`` (kernels/image/adjust_contrast_op.cc): per-channel
  means by its halving fold of the image plane, ``* (1.0f / (h * w))``, then
  ``mean + factor * (x - mean)``;
- ``adjust_saturation`` / ``adjust_hue``: kernels/image/adjust_saturation_op.cc and
  adjust_hue_op.cc, RGB <-> HSV per pixel, branches and mixed float/double constants included;
- flips: ``ReverseV2`` (3-D) and, for 4-D batches, ``flips * flipped + (1 - flips) * image``;
- inside ``rng.function``, ``random_brightness`` of a constant image as TF's graph optimizer
  rewrites it: ``u * range + (minval + image)``.

``sample_distorted_bounding_box`` has its own kernel: the engine draws the crop
(``engine/ops/_bounding_box.py``); the client makes TF's three outputs from it.

JPEG encoding is not reproduced: ``random_jpeg_quality`` and its stateless twin return the
quality TF draws (what TF passes to ``EncodeJpegVariableQuality``), not an image.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Any

import numpy as np

from philoxd import _random, errors
from philoxd._random import as_tf_array
from philoxd.v1 import random_pb2 as pb

if TYPE_CHECKING:
    from philoxd._client import Client

__all__ = ["ImageAPI"]

_F32 = np.dtype(np.float32)
# TF's CPU kernels run under ScopedFlushDenormal (FTZ + DAZ): float32 subnormals read and are
# written as zeros of their sign (tensorflow/core/platform/denormal.h).
_F32_TINY = np.float32(np.finfo(np.float32).tiny)
# image_ops_impl.py adjust_*: float16 and float32 images are adjusted as they are, others are
# converted to float32 first.
_ADJUSTED_AS_IS = ("float16", "float32")
_INT32_MAX = np.iinfo(np.int32).max  # random_crop_ops.py: maxval=size.dtype.max (int32)
_CHANNELS_RGB = 3  # adjust_saturation_op.cc / adjust_hue_op.cc: kChannelSize
_HUE_RANGE = np.float32(6)  # adjust_hue_op.cc kChannelRange; adjust_saturation_op.cc: dh = h * 6
_FLIP_THRESHOLD = 0.5  # image_ops_impl.py _random_flip: math_ops.less(uniform_random, .5)
_MAX_HUE_DELTA = 0.5  # image_ops_impl.py random_hue: max_delta must be <= 0.5
_JPEG_QUALITY_MAX = 100  # image_ops_impl.py random_jpeg_quality: range [0, 100]
_BATCHED_RANK = 4
# gen_image_ops.sample_distorted_bounding_box_v2's attr defaults (ops/image_ops.cc)
_BBOX_ASPECT_RATIO_RANGE = (0.75, 1.33)
_BBOX_AREA_RANGE = (0.05, 1.0)
_BBOX_MAX_ATTEMPTS = 100
_BBOX_CROP = 4  # the engine's draw: [min_y, min_x, max_y, max_x]
_SEED_WORD_BITS = 63  # a fresh stateless seed word: a non-negative int64


def _flush(x: np.ndarray) -> np.ndarray:
    """``x`` (float32) with subnormals replaced by zeros of their sign (TF's FTZ/DAZ)."""
    x = np.asarray(x, dtype=_F32)
    tiny = (np.abs(x) < _F32_TINY) & (x != 0)
    if not tiny.any():
        return x
    return np.where(tiny, np.copysign(np.float32(0), x), x).astype(_F32)


def _std_max(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """C++ ``std::max(a, b)``: ``(a < b) ? b : a``."""
    return np.where(a < b, b, a)


def _std_min(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """C++ ``std::min(a, b)``: ``(b < a) ? b : a``."""
    return np.where(b < a, b, a)


def _tf_shape(shape: tuple[int, ...]) -> str:
    """A ``TensorShape``'s ``str`` (``(2, 3)``, ``(5,)``, ``()``): a Python tuple's."""
    return str(tuple(int(d) for d in shape))


def _debug_shape(shape: tuple[int, ...]) -> str:
    """A ``TensorShape::DebugString`` (``[2,3]``)."""
    return "[" + ",".join(str(int(d)) for d in shape) + "]"


def _image(image: Any, function: str, name: str = "image") -> np.ndarray:
    """``ops.convert_to_tensor(image)``: TF's dtype rules; a numeric (real) array."""
    arr = as_tf_array(image)
    if arr.dtype.kind not in "biuf":
        raise errors.InvalidArgumentError(f"{function}: argument `{name}` must be a numeric image, got dtype {arr.dtype}")
    return arr


def _check_at_least_3d(arr: np.ndarray) -> None:
    """image_ops_impl.py ``_CheckAtLeast3DImage`` (a static shape): TF's ValueErrors."""
    if arr.ndim < 3:
        raise errors.ValueError(f"'image' (shape {_tf_shape(arr.shape)}) must be at least three-dimensional.")
    if any(d == 0 for d in arr.shape[-3:]):
        raise errors.ValueError(f"inner 3 dims of 'image.shape' must be > 0: {_tf_shape(arr.shape)}")


def _is_integer(dtype: np.dtype) -> bool:
    return dtype.kind in "iu"


def _saturate_cast(value: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """math_ops.saturate_cast of a real ``value``: clip to the limits TF computes (in the
    input's dtype, nudged towards 0 where they round outside the output's range), then cast."""
    in_dtype, out = value.dtype, np.dtype(dtype)
    in_info = np.finfo(in_dtype) if in_dtype.kind == "f" else np.iinfo(in_dtype)
    out_info = np.finfo(out) if out.kind == "f" else np.iinfo(out)
    promoted = np.promote_types(in_dtype, out)
    with np.errstate(over="ignore", invalid="ignore"):
        low = in_dtype.type(np.maximum(in_info.min, out_info.min))
        if np.array([low, out_info.min], dtype=promoted)[0] < np.array([low, out_info.min], dtype=promoted)[1]:
            low = np.nextafter(low, in_dtype.type(0), dtype=in_dtype)
        high = in_dtype.type(np.minimum(float(in_info.max), float(out_info.max)))
        if np.array([high, out_info.max], dtype=promoted)[0] > np.array([high, out_info.max], dtype=promoted)[1]:
            high = np.nextafter(high, in_dtype.type(0), dtype=in_dtype)
        # ClipByValue: Eigen's cwiseMin(high).cwiseMax(low)
        clipped = np.where(value < low, low, np.where(high < value, high, value)).astype(in_dtype)
        return clipped.astype(out)


def convert_image_dtype(image: np.ndarray, dtype: np.dtype, saturate: bool = False) -> np.ndarray:
    """image_ops_impl.py ``convert_image_dtype`` for real dtypes (float32 arithmetic flushed)."""
    dtype = np.dtype(dtype)
    if image.dtype == dtype:
        return image
    src_int, dst_int = _is_integer(image.dtype), _is_integer(dtype)
    with np.errstate(all="ignore"):
        if src_int and dst_int:
            scale_in, scale_out = int(np.iinfo(image.dtype).max), int(np.iinfo(dtype).max)
            if scale_in > scale_out:
                scaled = np.floor_divide(image, image.dtype.type((scale_in + 1) // (scale_out + 1)))
                return _saturate_cast(scaled, dtype) if saturate else scaled.astype(dtype)
            cast = _saturate_cast(image, dtype) if saturate else image.astype(dtype)
            return (cast * dtype.type((scale_out + 1) // (scale_in + 1))).astype(dtype)
        if not src_int and not dst_int:
            return image.astype(dtype)
        if src_int:  # cast, then multiply by 1 / max in the float dtype
            cast = image.astype(dtype)
            scale = dtype.type(1.0 / int(np.iinfo(image.dtype).max))
            product = cast * scale
            return _flush(product) if dtype == _F32 else product.astype(dtype)
        scale = image.dtype.type(int(np.iinfo(dtype).max) + 0.5)  # "avoid rounding problems in the cast"
        scaled = image * scale
        if image.dtype == _F32:
            scaled = _flush(scaled)
        return _saturate_cast(scaled, dtype) if saturate else scaled.astype(dtype)


def _to_float(image: np.ndarray) -> np.ndarray:
    """The image the adjust_* kernels see: float16/float32 as is, others in float32."""
    if image.dtype.name in _ADJUSTED_AS_IS:
        return image
    return convert_image_dtype(image, _F32)


def _require_float32(image: np.ndarray, function: str) -> None:
    if image.dtype != _F32:
        raise errors.UnimplementedError(
            f"{function}: float16 images are not reproduced by philoxd (TF adjusts them in half precision); "
            "convert the image to float32 first"
        )


def _adjust_brightness(image: np.ndarray, delta: Any, function: str) -> np.ndarray:
    flt = _to_float(image)
    _require_float32(flt, function)
    adjusted = _flush(_flush(flt) + _flush(np.float32(delta)))
    return convert_image_dtype(adjusted, image.dtype, saturate=True)


def _contrast_kernel(images: np.ndarray, factor: np.float32) -> np.ndarray:
    """``AdjustContrastv2`` on CPU (adjust_contrast_op.cc), float32, FTZ."""
    if images.ndim < 3:
        raise errors.InvalidArgumentError(f"input must be at least 3-D, got shape{_debug_shape(images.shape)}")
    if images.size == 0:
        return images.copy()
    height, width, channels = images.shape[-3:]
    image_size = height * width
    planes = _flush(images).reshape(-1, image_size, channels)
    # ReduceMeanAcrossImage: fold each plane in half (right half onto left) until one row remains.
    scratch = np.empty_like(planes)
    remaining, first = image_size, True
    while True:
        right = remaining // 2
        left = remaining - right
        if first:
            scratch[:, :right] = _flush(planes[:, left : left + right] + planes[:, :right])
            if left > right:
                scratch[:, right] = planes[:, right]
        else:
            scratch[:, :right] = _flush(scratch[:, :right] + scratch[:, left : left + right])
        remaining, first = left, False
        if remaining <= 1:
            break
    mean_scaling = np.float32(1.0) / np.float32(image_size)  # const float mean_scaling = 1.0f / image_size
    means = _flush(scratch[:, 0] * mean_scaling)[:, None, :]
    # IncrementWithScaling: p[n] += factor * (q[n] - p[n]), p the broadcast mean
    out = _flush(means + _flush(np.float32(factor) * _flush(planes - means)))
    return out.reshape(images.shape)


def _check_rgb(images: np.ndarray) -> None:
    """AdjustSaturation / AdjustHue's shape checks (after the draw, in the kernel)."""
    if images.ndim < 3:
        raise errors.InvalidArgumentError(f"input must be at least 3-D, got shape{_debug_shape(images.shape)}")
    channels = images.shape[-1]
    if channels != _CHANNELS_RGB:
        raise errors.InvalidArgumentError(f"input must have 3 channels but instead has {channels} channels.")


def _saturation_kernel(images: np.ndarray, scale: np.float32) -> np.ndarray:
    """``AdjustSaturation`` on CPU (adjust_saturation_op.cc): per pixel, float32, FTZ."""
    _check_rgb(images)
    px = _flush(images).reshape(-1, _CHANNELS_RGB)
    r, g, b = px[:, 0], px[:, 1], px[:, 2]
    f32 = np.float32
    # internal::rgb_to_hsv
    vv = _std_max(r, _std_max(g, b))
    value_range = _flush(vv - _std_min(r, _std_min(g, b)))
    s = np.where(vv > 0, _flush(value_range / np.where(vv > 0, vv, f32(1))), f32(0)).astype(_F32)
    norm = _flush(f32(1) / _flush(f32(6) * value_range))  # inf where the range is 0 (then unused)
    # 2.0 / 6.0 and 4.0 / 6.0 are doubles: norm * (...) is rounded to float, added in double, rounded back.
    h_r = _flush(norm * _flush(g - b))
    h_g = (_flush(norm * _flush(b - r)).astype(np.float64) + 2.0 / 6.0).astype(_F32)
    h_b = (_flush(norm * _flush(r - g)).astype(np.float64) + 4.0 / 6.0).astype(_F32)
    hh = np.where(r == vv, h_r, np.where(g == vv, h_g, h_b))
    hh = np.where(value_range <= 0, f32(0), hh)
    hh = np.where(hh < 0, _flush(hh + f32(1)), hh).astype(_F32)
    # s = std::min(1.0f, std::max(0.0f, s * scale_h))
    s = _std_min(f32(1), _std_max(f32(0), _flush(s * np.float32(scale)))).astype(_F32)
    # internal::hsv_to_rgb
    c = _flush(s * vv)
    m = _flush(vv - c)
    dh = _flush(hh * _HUE_RANGE)
    category = np.trunc(dh).astype(np.int64)  # static_cast<int>(dh)
    fmodu = dh.copy()
    while True:
        low = fmodu <= 0
        if not low.any():
            break
        fmodu[low] = _flush(fmodu[low] + f32(2))
    while True:
        high = fmodu >= 2
        if not high.any():
            break
        fmodu[high] = _flush(fmodu[high] - f32(2))
    x = _flush(c * _flush(f32(1) - np.abs(_flush(fmodu - f32(1)))))
    zero = np.zeros_like(c)
    # cases 0..5: (rr, gg, bb); any other category (dh == 6): all 0
    table = [(c, x, zero), (x, c, zero), (zero, c, x), (zero, x, c), (x, zero, c), (c, zero, x)]
    out = np.empty_like(px)
    for channel in range(_CHANNELS_RGB):
        picked = np.select([category == k for k in range(6)], [t[channel] for t in table], default=zero)
        out[:, channel] = _flush(picked + m)
    return out.reshape(images.shape)


def _hue_kernel(images: np.ndarray, delta: np.float32) -> np.ndarray:
    """``AdjustHue`` on CPU (adjust_hue_op.cc): per pixel, float32, FTZ."""
    _check_rgb(images)
    px = _flush(images).reshape(-1, _CHANNELS_RGB)
    r, g, b = px[:, 0], px[:, 1], px[:, 2]
    f32 = np.float32
    # internal::rgb_to_hv_range: its branches, in order
    r_lt_g = r < g
    conditions = [r_lt_g & (b < r), r_lt_g & (b > g), r_lt_g, b < g, b > r]
    v_max = np.select(conditions, [g, b, g, r, b], default=r)
    v_mid = np.select(conditions, [r, g, b, g, r], default=b)
    v_min = np.select(conditions, [b, r, r, b, g], default=g)
    h_category = np.select(conditions, [1, 3, 2, 0, 4], default=5)
    span = _flush(v_max - v_min)
    ratio = _flush(_flush(v_mid - v_min) / np.where(span == 0, f32(1), span))
    increase = (h_category & 1) == 0
    h = _flush(h_category.astype(_F32) + np.where(increase, ratio, _flush(f32(1) - ratio)))
    h = np.where(v_max == v_min, f32(0), h).astype(_F32)
    # h += delta_h * kChannelRange, then back into [0, 6)
    h = _flush(h + _flush(np.float32(delta) * _HUE_RANGE))
    while True:
        low = h < 0
        if not low.any():
            break
        h[low] = _flush(h[low] + _HUE_RANGE)
    while True:
        high = h >= _HUE_RANGE
        if not high.any():
            break
        h[high] = _flush(h[high] - _HUE_RANGE)
    # internal::hv_range_to_rgb
    category = np.trunc(h).astype(np.int64)
    ratio = _flush(h - category.astype(_F32))
    ratio = np.where((category & 1) == 0, ratio, _flush(f32(1) - ratio)).astype(_F32)
    mid = _flush(v_min + _flush(ratio * _flush(v_max - v_min)))
    # cases 0..4: (r, g, b); 5 and default: (v_max, v_min, mid)
    table = [(v_max, mid, v_min), (mid, v_max, v_min), (v_min, v_max, mid), (v_min, mid, v_max), (mid, v_min, v_max)]
    out = np.empty_like(px)
    last = (v_max, v_min, mid)
    for channel in range(_CHANNELS_RGB):
        out[:, channel] = np.select([category == k for k in range(5)], [t[channel] for t in table], default=last[channel])
    return out.reshape(images.shape)


def _adjust_rgb(image: Any, kernel: Any, parameter: Any, function: str) -> np.ndarray:
    """image_ops_impl.py adjust_saturation / adjust_hue: the kernel on the float32 image, then
    ``convert_image_dtype`` back (not saturating)."""
    arr = _image(image, function)
    flt = _to_float(arr)
    _require_float32(flt, function)
    with np.errstate(all="ignore"):
        return convert_image_dtype(kernel(flt, np.float32(parameter)), arr.dtype)


class ImageAPI:
    """``tf.image``'s random ops bound to one :class:`~philoxd.Client` (its ``.image``).

    Each function takes TF's arguments and returns TF's result as a numpy array. Stateful ops
    (``seed=None`` or an op seed) draw through the session like ``rng.random`` ops (an unseeded
    op takes the next op seed of the global seed); ``stateless_*`` ops are pure functions of
    their ``seed`` (shape [2], int32 or int64).
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def _random(self) -> Any:
        return self._client.random

    # -- flips -----------------------------------------------------------------------------
    def _random_flip(self, image: Any, axis: int, draw: Any) -> np.ndarray:
        """image_ops_impl.py ``_random_flip``: ``axis`` 0 (up-down) or 1 (left-right)."""
        arr = _image(image, "random_flip")
        _check_at_least_3d(arr)
        if arr.ndim == _BATCHED_RANK:
            uniform = np.asarray(draw([arr.shape[0]])).reshape(-1, 1, 1, 1)
            flips = np.round(uniform).astype(arr.dtype)  # math_ops.round: half to even, then cast
            flipped = np.flip(arr, axis + 1)
            with np.errstate(all="ignore"):
                if arr.dtype == _F32:
                    # flips are 0 or 1: with the subnormals of the image read as zeros (DAZ), no
                    # product or sum is subnormal, so one flush of the input is TF's FTZ arithmetic.
                    flushed = _flush(arr)
                    return flips * np.flip(flushed, axis + 1) + (np.float32(1) - flips) * flushed
                one = arr.dtype.type(1)
                return (flips * flipped + (one - flips) * arr).astype(arr.dtype)
        if arr.ndim != 3:
            raise errors.ValueError(f"'image' (shape {_tf_shape(arr.shape)}) must have either 3 or 4 dimensions.")
        uniform = np.asarray(draw([]))
        if uniform < _FLIP_THRESHOLD:
            return np.flip(arr, axis).copy()
        return arr.copy()

    def random_flip_left_right(self, image: Any, seed: Any = None) -> np.ndarray:
        """``tf.image.random_flip_left_right``: each image mirrored along its width with chance 1/2."""
        return self._random_flip(image, 1, lambda shape: self._random.uniform(shape, minval=0, maxval=1.0, seed=seed))

    def random_flip_up_down(self, image: Any, seed: Any = None) -> np.ndarray:
        """``tf.image.random_flip_up_down``: each image flipped along its height with chance 1/2."""
        return self._random_flip(image, 0, lambda shape: self._random.uniform(shape, minval=0, maxval=1.0, seed=seed))

    def stateless_random_flip_left_right(self, image: Any, seed: Any) -> np.ndarray:
        """``tf.image.stateless_random_flip_left_right``."""
        return self._random_flip(image, 1, lambda shape: self._random.stateless_uniform(shape, seed=seed, minval=0, maxval=1.0))

    def stateless_random_flip_up_down(self, image: Any, seed: Any) -> np.ndarray:
        """``tf.image.stateless_random_flip_up_down``."""
        return self._random_flip(image, 0, lambda shape: self._random.stateless_uniform(shape, seed=seed, minval=0, maxval=1.0))

    # -- brightness / contrast -------------------------------------------------------------
    def adjust_brightness(self, image: Any, delta: Any) -> np.ndarray:
        """``tf.image.adjust_brightness``: ``delta`` added in float32, converted back saturating."""
        return _adjust_brightness(_image(image, "adjust_brightness"), delta, "adjust_brightness")

    def random_brightness(self, image: Any, max_delta: float, seed: Any = None) -> np.ndarray:
        """``tf.image.random_brightness``: ``delta`` uniform in ``[-max_delta, max_delta)``."""
        if max_delta < 0:
            raise errors.ValueError("max_delta must be non-negative.")
        if not self._graph_constant(image):
            delta = self._random.uniform([], -max_delta, max_delta, seed=seed)
            return self.adjust_brightness(image, delta)
        # In a function, TF's graph optimizer pushes the constants of (u * range + minval) + image
        # together: u * range + (minval + image) (grappler ConstantPushDown), u the kernel's [0, 1).
        arr = _image(image, "adjust_brightness")
        flt = _to_float(arr)
        _require_float32(flt, "adjust_brightness")
        unit = self._random.uniform([], seed=seed)  # the same RandomUniform kernel, without the wrapper arithmetic
        low, high = as_tf_array(-max_delta).astype(_F32), as_tf_array(max_delta).astype(_F32)
        scaled = _flush(np.float32(unit) * _flush(high - low))
        return convert_image_dtype(_flush(_flush(_flush(flt) + low) + scaled), arr.dtype, saturate=True)

    def _graph_constant(self, value: Any) -> bool:
        """Whether ``value`` is a constant of the graph of the function being run (not an
        argument of it, nor computed inside it); False outside functions."""
        stack = self._client._scopes()
        if not stack:
            return False
        computed = {id(_random._owner(v)) for frame in stack for v in frame.placeholders}
        return id(_random._owner(value)) not in computed

    def stateless_random_brightness(self, image: Any, max_delta: float, seed: Any) -> np.ndarray:
        """``tf.image.stateless_random_brightness``."""
        if max_delta < 0:
            raise errors.ValueError("max_delta must be non-negative.")
        delta = self._random.stateless_uniform([], seed=seed, minval=-max_delta, maxval=max_delta)
        return self.adjust_brightness(image, delta)

    def adjust_contrast(self, images: Any, contrast_factor: Any) -> np.ndarray:
        """``tf.image.adjust_contrast``: per image and channel, ``(x - mean) * factor + mean``."""
        arr = _image(images, "adjust_contrast", "images")
        flt = _to_float(arr)
        _require_float32(flt, "adjust_contrast")
        adjusted = _contrast_kernel(flt, np.float32(contrast_factor))
        return convert_image_dtype(adjusted, arr.dtype, saturate=True)

    @staticmethod
    def _check_range(lower: float, upper: float) -> None:
        if upper <= lower:
            raise errors.ValueError("upper must be > lower.")
        if lower < 0:
            raise errors.ValueError("lower must be non-negative.")

    def random_contrast(self, image: Any, lower: float, upper: float, seed: Any = None) -> np.ndarray:
        """``tf.image.random_contrast``: ``contrast_factor`` uniform in ``[lower, upper)``."""
        self._check_range(lower, upper)
        factor = self._random.uniform([], lower, upper, seed=seed)
        return self.adjust_contrast(image, factor)

    def stateless_random_contrast(self, image: Any, lower: float, upper: float, seed: Any) -> np.ndarray:
        """``tf.image.stateless_random_contrast``."""
        self._check_range(lower, upper)
        factor = self._random.stateless_uniform([], seed=seed, minval=lower, maxval=upper)
        return self.adjust_contrast(image, factor)

    # -- saturation / hue ------------------------------------------------------------------
    def adjust_saturation(self, image: Any, saturation_factor: Any) -> np.ndarray:
        """``tf.image.adjust_saturation`` (RGB images: the last dimension is 3)."""
        return _adjust_rgb(image, _saturation_kernel, saturation_factor, "adjust_saturation")

    def random_saturation(self, image: Any, lower: float, upper: float, seed: Any = None) -> np.ndarray:
        """``tf.image.random_saturation``: ``saturation_factor`` uniform in ``[lower, upper)``."""
        self._check_range(lower, upper)
        factor = self._random.uniform([], lower, upper, seed=seed)
        return self.adjust_saturation(image, factor)

    def stateless_random_saturation(self, image: Any, lower: float, upper: float, seed: Any = None) -> np.ndarray:
        """``tf.image.stateless_random_saturation``."""
        self._check_range(lower, upper)
        factor = self._random.stateless_uniform([], seed=seed, minval=lower, maxval=upper)
        return self.adjust_saturation(image, factor)

    def adjust_hue(self, image: Any, delta: Any) -> np.ndarray:
        """``tf.image.adjust_hue`` (RGB images; ``delta`` in ``[-1, 1]``)."""
        if delta < -1 or delta > 1:
            raise errors.ValueError("delta must be in the interval [-1, 1]")
        return _adjust_rgb(image, _hue_kernel, delta, "adjust_hue")

    @staticmethod
    def _check_hue_delta(max_delta: float) -> None:
        if max_delta > _MAX_HUE_DELTA:
            raise errors.ValueError("max_delta must be <= 0.5.")
        if max_delta < 0:
            raise errors.ValueError("max_delta must be non-negative.")

    def random_hue(self, image: Any, max_delta: float, seed: Any = None) -> np.ndarray:
        """``tf.image.random_hue``: ``delta`` uniform in ``[-max_delta, max_delta)``, ``max_delta <= 0.5``."""
        self._check_hue_delta(max_delta)
        delta = self._random.uniform([], -max_delta, max_delta, seed=seed)
        return self.adjust_hue(image, delta)

    def stateless_random_hue(self, image: Any, max_delta: float, seed: Any) -> np.ndarray:
        """``tf.image.stateless_random_hue``."""
        self._check_hue_delta(max_delta)
        delta = self._random.stateless_uniform([], seed=seed, minval=-max_delta, maxval=max_delta)
        return self.adjust_hue(image, delta)

    # -- crop ------------------------------------------------------------------------------
    def _random_crop(self, value: Any, size: Any, draw: Any, function: str) -> np.ndarray:
        """random_crop_ops.py: offsets ``uniform([rank], int32, maxval=2**31 - 1) % (shape - size + 1)``."""
        arr = as_tf_array(value)
        try:
            dims = np.asarray(size).astype(np.int64).reshape(-1)
        except (TypeError, ValueError):
            raise errors.InvalidArgumentError(f"{function}: argument `size`={size!r} must be integers") from None
        shape = np.asarray(arr.shape, dtype=np.int64)
        if dims.shape != shape.shape:
            raise errors.InvalidArgumentError(
                f"{function}: argument `size` has {dims.size} dimensions, the value has rank {arr.ndim}"
            )
        if not np.all(shape >= dims):
            # control_flow_assert.Assert's eager message (before the draw)
            raise errors.InvalidArgumentError(
                "Expected 'tf.Tensor(False, shape=(), dtype=bool)' to be true. Summarized data: "
                f"b'Need value.shape >= size, got '\n{', '.join(map(str, shape))}\n{', '.join(map(str, dims))}"
            )
        limit = shape - dims + 1
        offset = np.asarray(draw([arr.ndim]), dtype=np.int64) % limit
        index = tuple(slice(int(o), int(o + d)) for o, d in zip(offset, dims))
        return arr[index].copy()

    def random_crop(self, value: Any, size: Any, seed: Any = None, name: str | None = None) -> np.ndarray:
        """``tf.image.random_crop``: a ``size`` slice of ``value`` at a uniformly random offset."""
        return self._random_crop(
            value, size, lambda shape: self._random.uniform(shape, maxval=_INT32_MAX, dtype="int32", seed=seed), "random_crop"
        )

    def stateless_random_crop(self, value: Any, size: Any, seed: Any, name: str | None = None) -> np.ndarray:
        """``tf.image.stateless_random_crop``."""
        return self._random_crop(
            value, size, lambda shape: self._random.stateless_uniform(shape, seed=seed, maxval=_INT32_MAX, dtype="int32"),
            "stateless_random_crop",
        )  # fmt: skip

    # -- JPEG quality ----------------------------------------------------------------------
    @staticmethod
    def _check_jpeg_range(min_jpeg_quality: int, max_jpeg_quality: int) -> None:
        bounds = (min_jpeg_quality, max_jpeg_quality)
        if any(q < 0 or q > _JPEG_QUALITY_MAX for q in bounds):
            raise errors.ValueError("jpeg encoding range must be between 0 and 100.")
        if min_jpeg_quality >= max_jpeg_quality:
            raise errors.ValueError("`min_jpeg_quality` must be less than `max_jpeg_quality`.")

    def random_jpeg_quality(self, image: Any, min_jpeg_quality: int, max_jpeg_quality: int, seed: Any = None) -> np.ndarray:
        """``tf.image.random_jpeg_quality``'s draw: the JPEG quality TF encodes ``image`` with.

        philoxd does not encode JPEG (libjpeg's arithmetic is not reproduced): this returns
        TF's quality, an int32 scalar in ``[min_jpeg_quality, max_jpeg_quality)``; pass it to
        your encoder (``tf.image.adjust_jpeg_quality(image, quality)`` gives TF's image).
        """
        self._check_jpeg_range(min_jpeg_quality, max_jpeg_quality)
        return self._random.uniform([], min_jpeg_quality, max_jpeg_quality, seed=seed, dtype="int32")

    def stateless_random_jpeg_quality(self, image: Any, min_jpeg_quality: int, max_jpeg_quality: int, seed: Any) -> np.ndarray:
        """``tf.image.stateless_random_jpeg_quality``'s draw (see :meth:`random_jpeg_quality`)."""
        self._check_jpeg_range(min_jpeg_quality, max_jpeg_quality)
        return self._random.stateless_uniform([], seed=seed, minval=min_jpeg_quality, maxval=max_jpeg_quality, dtype="int32")

    # -- bounding boxes --------------------------------------------------------------------
    @staticmethod
    def _bbox_request(
        image_size: Any, bounding_boxes: Any, min_object_covered: Any, attrs: tuple[Any, ...], function: str
    ) -> tuple[pb.DrawRequest, np.ndarray]:
        """The engine's draw (the crop rectangle) of a sample_distorted_bounding_box call."""
        size = as_tf_array(image_size)
        aspect_ratio_range, area_range, max_attempts, use_image_if_no_bounding_boxes = attrs
        tensors = {
            "image_size": size,
            "bounding_boxes": np.asarray(bounding_boxes, dtype=_F32),
            "min_object_covered": np.asarray(min_object_covered, dtype=_F32),
            "aspect_ratio_range": np.asarray(_BBOX_ASPECT_RATIO_RANGE if aspect_ratio_range is None else aspect_ratio_range, dtype=_F32),
            "area_range": np.asarray(_BBOX_AREA_RANGE if area_range is None else area_range, dtype=_F32),
            "max_attempts": np.asarray(_BBOX_MAX_ATTEMPTS if max_attempts is None else max_attempts, dtype=np.int32),
            "use_image_if_no_bounding_boxes": np.asarray(bool(use_image_if_no_bounding_boxes)),
        }
        request = pb.DrawRequest(distribution=pb.SAMPLE_DISTORTED_BOUNDING_BOX, dtype=pb.INT64, shape=[_BBOX_CROP])
        for key, value in tensors.items():
            request.tensors[key].CopyFrom(_random._encode(value, key, function))
        return request, size

    @staticmethod
    def _bbox_outputs(crop: np.ndarray, size: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """TF's (begin, size, bboxes) from the crop: begin/size in ``image_size``'s dtype, bboxes
        ``static_cast<float>(min_y) / static_cast<float>(height)`` & co."""
        min_y, min_x, max_y, max_x = (int(v) for v in crop)
        height, width = np.float32(int(size[0])), np.float32(int(size[1]))
        begin = np.array([min_y, min_x, 0], dtype=np.int64).astype(size.dtype)
        extent = np.array([max_y - min_y, max_x - min_x, -1], dtype=np.int64).astype(size.dtype)
        with np.errstate(all="ignore"):
            f = np.float32
            bboxes = np.array([f(min_y) / height, f(min_x) / width, f(max_y) / height, f(max_x) / width], dtype=_F32)
        return begin, extent, bboxes.reshape(1, 1, _BBOX_CROP)

    def sample_distorted_bounding_box(  # noqa: PLR0913 - TF's arguments
        self, image_size: Any, bounding_boxes: Any, seed: Any = 0, min_object_covered: Any = 0.1, aspect_ratio_range: Any = None,
        area_range: Any = None, max_attempts: Any = None, use_image_if_no_bounding_boxes: Any = None, name: str | None = None,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``tf.image.sample_distorted_bounding_box`` (TF's ``SampleDistortedBoundingBoxV2`` kernel).

        ``aspect_ratio_range`` None is TF's ``[0.75, 1.33]``, ``area_range`` ``[0.05, 1.0]``,
        ``max_attempts`` 100, ``use_image_if_no_bounding_boxes`` False. ``seed`` (an op seed, with the session's global seed) keys the kernel; a falsy
        ``seed`` is TF's kernel seeds (0, 0): fresh OS-entropy numbers, and no op seed is taken.

        Returns:
          ``(begin, size, bboxes)`` as TF's: ``[offset_height, offset_width, 0]``,
          ``[target_height, target_width, -1]`` (``image_size``'s dtype) and the float32 box
          ``[1, 1, 4]``.
        """
        function = "sample_distorted_bounding_box"
        attrs = (aspect_ratio_range, area_range, max_attempts, use_image_if_no_bounding_boxes)
        request, size = self._bbox_request(image_size, bounding_boxes, min_object_covered, attrs, function)
        if seed:
            self._random._kernel(request, seed, function)
        else:
            if self._client._op_determinism:
                raise errors.ValueError(
                    f"tf.image.sample_distorted_bounding_box requires a non-zero seed to be passed in when determinism is "
                    f'enabled, but got seed={seed}. Please pass in a non-zero seed, e.g. by passing "seed=1".'
                )
            # TF's kernel seeds (0, 0): GuardedPhiloxRandom takes fresh random seeds; nothing of the session moves.
            fresh = np.array([secrets.randbits(_SEED_WORD_BITS), secrets.randbits(_SEED_WORD_BITS)], dtype=np.int64)
            request.stateless.CopyFrom(self._random._stateless(fresh, "auto_select", function))
        return self._bbox_outputs(self._random._draw(request), size)

    def stateless_sample_distorted_bounding_box(  # noqa: PLR0913 - TF's arguments
        self, image_size: Any, bounding_boxes: Any, seed: Any, min_object_covered: Any = 0.1, aspect_ratio_range: Any = None,
        area_range: Any = None, max_attempts: Any = None, use_image_if_no_bounding_boxes: Any = None, name: str | None = None,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``tf.image.stateless_sample_distorted_bounding_box``: a pure function of ``seed``
        (shape [2]); arguments and results as :meth:`sample_distorted_bounding_box`'s."""
        function = "stateless_sample_distorted_bounding_box"
        attrs = (aspect_ratio_range, area_range, max_attempts, use_image_if_no_bounding_boxes)
        request, size = self._bbox_request(image_size, bounding_boxes, min_object_covered, attrs, function)
        request.stateless.CopyFrom(self._random._stateless(seed, "auto_select", function))
        return self._bbox_outputs(self._random._draw(request), size)

    def convert_image_dtype(self, image: Any, dtype: Any, saturate: bool = False, name: str | None = None) -> np.ndarray:
        """``tf.image.convert_image_dtype`` for real dtypes."""
        arr = _image(image, "convert_image_dtype")
        try:
            target = np.dtype(dtype)
        except TypeError:
            raise errors.InvalidArgumentError(f"convert_image_dtype: argument `dtype`={dtype!r} is not a dtype") from None
        if target.kind not in "iuf":
            raise errors.InvalidArgumentError(f"convert_image_dtype: argument `dtype`={dtype!r} must be a real dtype")
        return convert_image_dtype(arr, target, saturate)
