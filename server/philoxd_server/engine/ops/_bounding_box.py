"""``tf.image.sample_distorted_bounding_box`` (TF ``SampleDistortedBoundingBoxV2``) and
``tf.image.stateless_sample_distorted_bounding_box`` (``StatelessSampleDistortedBoundingBox``).

The draw is the crop rectangle ``[min_y, min_x, max_y, max_x]`` (int64, shape [4]); the client
makes TF's three outputs from it (``begin``, ``size`` in the image size's dtype, ``bboxes`` =
``float(min) / float(height or width)``). Parameters come as tensors: ``image_size`` (TF's
dtype ``T``), ``bounding_boxes`` (float32 ``[batch, n, 4]``), ``min_object_covered`` (float32),
and the kernel's attrs ``aspect_ratio_range``, ``area_range`` (float32 [2]), ``max_attempts``
(int32) and ``use_image_if_no_bounding_boxes`` (bool).

Source: ``tensorflow/core/kernels/image/sample_distorted_bounding_box_op.cc``: the attrs are
checked when the kernel is made (before a stateful call reserves), the inputs in ``Compute``
(after ``ReserveSamples32(4 * max_attempts)``, i.e. ``max_attempts`` Philox blocks); a
``SimplePhilox`` over the kernel's generator (or, stateless, over ``GenerateKey(seed)``'s
key and counter) draws ``RandFloat`` aspect ratios and ``Uniform`` sizes and offsets in float32
arithmetic with ``lrintf``; the stateless op's attrs are the same.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from philoxd_server._errors import InvalidArgument, ResourceExhausted

from .._spec import DrawSpec, dtype_name
from .._stream import WordStream
from ._base import Op

__all__ = ["BOUNDING_BOX", "MAX_ATTEMPT_WORK"]

_F = np.float32
_INT32_MAX = 2**31 - 1
_U64 = (1 << 64) - 1
_MIN_AREA = _F(1.0)  # SatisfiesOverlapConstraints: const float kMinArea = 1.0
_KEPS = float(_F(0.0000001))  # GenerateRandomCrop: const float kEps (promoted to double there)
_IMAGE_SIZE_DTYPES = ("int8", "uint8", "int16", "uint16", "int32", "int64", "uint32", "uint64")  # TF_CALL_INTEGRAL_TYPES
_REQUIRED = ("image_size", "bounding_boxes", "min_object_covered", "aspect_ratio_range", "area_range", "max_attempts",
             "use_image_if_no_bounding_boxes")  # fmt: skip
_BOX_COORDS = 4
# The most (attempts x (boxes + 1)) one call may test: each attempt is interpreted Python, so
# this bounds a call to a few seconds of work (TF's default is 100 attempts).
MAX_ATTEMPT_WORK = 2_000_000
_IMAGE_SIZE_ELEMENTS = 3


def _g(x: float) -> str:
    """A float as TF's ``StrCat`` writes it (six significant digits)."""
    return f"{float(x):g}"


def _debug(shape: tuple[int, ...]) -> str:
    return "[" + ",".join(str(d) for d in shape) + "]"


_LONG_INDEFINITE = -(2**63)  # x86-64 lrintf of NaN, inf or a value beyond long's range


def _lrintf(x: np.float32) -> int:
    """C ``lrintf`` (a ``long``): to the nearest integer, ties to even (the default rounding mode)."""
    if not np.isfinite(x) or abs(float(x)) >= 2.0**63:
        return _LONG_INDEFINITE
    return int(np.rint(x))


def _wrap32(x: int) -> int:
    """An ``int`` product as the kernel's 32-bit arithmetic leaves it."""
    x &= 0xFFFFFFFF
    return x - (1 << 32) if x >> 31 else x


class _Rect:
    __slots__ = ("max_x", "max_y", "min_x", "min_y")

    def __init__(self, min_x: int = 0, min_y: int = 0, max_x: int = 0, max_y: int = 0) -> None:
        self.min_x, self.min_y, self.max_x, self.max_y = min_x, min_y, max_x, max_y

    def area(self) -> np.float32:
        return _F(_wrap32((self.max_x - self.min_x) * (self.max_y - self.min_y)))

    def intersect(self, r: _Rect) -> _Rect:
        pmin_x, pmin_y = max(self.min_x, r.min_x), max(self.min_y, r.min_y)
        pmax_x, pmax_y = min(self.max_x, r.max_x), min(self.max_y, r.max_y)
        if pmin_x > pmax_x or pmin_y > pmax_y:
            return _Rect()
        return _Rect(pmin_x, pmin_y, pmax_x, pmax_y)


def _satisfies_overlap(crop: _Rect, minimum_object_covered: np.float32, boxes: list[_Rect]) -> bool:
    if crop.area() < _MIN_AREA:
        return False
    for box in boxes:
        object_area = box.area()
        if object_area < _MIN_AREA:
            continue
        with np.errstate(all="ignore"):
            covered = _F(crop.intersect(box).area() / object_area)
        if covered >= minimum_object_covered:
            return True
    return False


def _random_crop(width: int, height: int, min_rel: np.float32, max_rel: np.float32, aspect: np.float32, rnd: WordStream) -> _Rect | None:
    """TF ``GenerateRandomCrop``: float32 arithmetic, ``lrintf`` rounding; None when it fails."""
    if max_rel <= 0.0 or aspect <= 0.0 or width <= 0 or height <= 0 or min_rel > max_rel:
        return None
    with np.errstate(all="ignore"):
        min_area = _F(_F(min_rel * _F(width)) * _F(height))
        max_area = _F(_F(max_rel * _F(width)) * _F(height))
        crop_h = _wrap32(_lrintf(np.sqrt(_F(min_area / aspect))))  # static_cast<int>(lrintf(...))
        max_h = _wrap32(_lrintf(np.sqrt(_F(max_area / aspect))))
        if _lrintf(_F(_F(max_h) * aspect)) > width:
            max_h = int((width + 0.5 - _KEPS) / float(aspect))
            if _lrintf(_F(_F(max_h) * aspect)) > width:
                max_h -= 1
        max_h = min(max_h, height)
        crop_h = min(crop_h, max_h)
        if crop_h < max_h:
            crop_h += rnd.uniform(max_h - crop_h + 1)
        crop_w = _wrap32(_lrintf(_F(_F(crop_h) * aspect)))
        area = _F(_wrap32(crop_w * crop_h))
        if area < min_area:
            crop_h += 1
            crop_w = _wrap32(_lrintf(_F(_F(crop_h) * aspect)))
            area = _F(_wrap32(crop_w * crop_h))
        if area > max_area:
            crop_h -= 1
            crop_w = _wrap32(_lrintf(_F(_F(crop_h) * aspect)))
            area = _F(_wrap32(crop_w * crop_h))
    if area < min_area or area > max_area or crop_w > width or crop_h > height or crop_w <= 0 or crop_h <= 0:
        return None
    y = rnd.uniform(height - crop_h) if crop_h < height else 0
    x = rnd.uniform(width - crop_w) if crop_w < width else 0
    return _Rect(x, y, x + crop_w, y + crop_h)


class BoundingBox(Op):
    """``sample_distorted_bounding_box``: the crop rectangle (see the module)."""

    name = "sample_distorted_bounding_box"
    tensor_params = _REQUIRED
    function_names: ClassVar = {
        "kernel": "tf.image.sample_distorted_bounding_box",
        "stateless": "tf.image.stateless_sample_distorted_bounding_box",
    }
    generator_method = False

    @staticmethod
    def _attrs(spec: DrawSpec) -> tuple[np.ndarray, np.ndarray, int, bool]:
        t = spec.tensors
        return (
            np.asarray(t["aspect_ratio_range"], _F).reshape(-1),
            np.asarray(t["area_range"], _F).reshape(-1),
            int(np.asarray(t["max_attempts"]).reshape(())),
            bool(np.asarray(t["use_image_if_no_bounding_boxes"]).reshape(())),
        )

    def validate(self, spec: DrawSpec, *, stateful: bool) -> None:
        missing = [k for k in _REQUIRED if k not in spec.tensors]
        if missing:
            raise InvalidArgument(f"{spec.function}: needs tensors {', '.join(missing)}")
        if spec.shape != (_BOX_COORDS,) or spec.dtype != np.int64:
            raise InvalidArgument(f"{spec.function}: the draw is the crop [min_y, min_x, max_y, max_x]: dtype INT64, shape [4]")
        t = spec.tensors
        if dtype_name(t["image_size"].dtype) not in _IMAGE_SIZE_DTYPES:
            raise InvalidArgument(f"{spec.function}: `image_size` must be integers, got {dtype_name(t['image_size'].dtype)}")
        for name, dtype in (("bounding_boxes", "float32"), ("min_object_covered", "float32"), ("aspect_ratio_range", "float32"),
                            ("area_range", "float32"), ("max_attempts", "int32"), ("use_image_if_no_bounding_boxes", "bool")):  # fmt: skip
            if dtype_name(t[name].dtype) != dtype:
                raise InvalidArgument(f"{spec.function}: `{name}` must be {dtype}, got {dtype_name(t[name].dtype)}")
        for name in ("max_attempts", "use_image_if_no_bounding_boxes"):
            if t[name].size != 1:
                raise InvalidArgument(f"{spec.function}: `{name}` must be a scalar, got shape {_debug(t[name].shape)}")

    def check_kernel(self, spec: DrawSpec) -> None:
        """The kernel's constructor (its attrs), before a stateful call reserves."""
        aspect, area, max_attempts, _ = self._attrs(spec)
        if aspect.size != 2:
            raise InvalidArgument("Aspect ratio range field must specify 2 dimensions")
        if not (aspect[0] > 0 and aspect[1] > 0):
            raise InvalidArgument(f"Aspect ratio range must be non-negative: [{_g(aspect[0])}, {_g(aspect[1])}]")
        if area.size != 2:
            raise InvalidArgument("Area range field must specify 2 dimensions")
        if not (area[0] > 0 and area[1] > 0):
            raise InvalidArgument(f"Area range must be non-negative: [{_g(area[0])}, {_g(area[1])}]")
        if not (area[0] <= 1 and area[1] <= 1):
            raise InvalidArgument(f"Area range must be less then or equal to 1.0: [{_g(area[0])}, {_g(area[1])}]")
        if max_attempts <= 0:
            raise InvalidArgument(f"Max attempts must be non-negative: {max_attempts}")

    def check_sizes(self, spec: DrawSpec, max_elements: int) -> None:
        attempts = int(np.asarray(spec.tensors.get("max_attempts", 0)).reshape(-1)[:1].sum())
        boxes = spec.tensors.get("bounding_boxes")
        n_boxes = 0 if boxes is None else boxes.size // _BOX_COORDS
        for what, size in (("max_attempts", attempts), ("the bounding boxes", n_boxes)):
            if size > max_elements:
                raise ResourceExhausted(
                    f"{spec.function}: {what} ({size}) is beyond the server's limit of {max_elements} elements per request "
                    "(philoxd serve --max-elements)"
                )
        work = max(attempts, 0) * (n_boxes + 1)
        if work > MAX_ATTEMPT_WORK:
            raise ResourceExhausted(
                f"{spec.function}: max_attempts ({attempts}) times the bounding boxes and the image ({n_boxes + 1}) is "
                f"{work}, beyond philoxd's limit of {MAX_ATTEMPT_WORK} box tests per call"
            )

    def kernel_name(self, spec: DrawSpec) -> str:
        aspect, area, max_attempts, use_image = self._attrs(spec)
        bits = ",".join(f"{int(v.view(np.uint32)):08x}" for v in (*aspect, *area))
        return (
            f"SampleDistortedBoundingBoxV2/T={dtype_name(spec.tensors['image_size'].dtype)}/ranges={bits}"
            f"/max_attempts={max_attempts}/use_image={int(use_image)}"
        )

    def kernel_reservation(self, spec: DrawSpec) -> int:
        # ReserveSamples32(4 * max_attempts) = ReserveSamples128(max_attempts)
        return self._attrs(spec)[2]

    def output_elements(self, spec: DrawSpec, *, stateful: bool) -> int:
        return _BOX_COORDS

    def generate(self, spec: DrawSpec, key: int, counter: int, *, stateful: bool) -> np.ndarray:
        """``DoCompute``: its input checks (after a stateful call reserved), then the attempts."""
        t = spec.tensors
        aspect, area, max_attempts, use_image = self._attrs(spec)
        image_size, boxes_t, covered_t = t["image_size"], t["bounding_boxes"], t["min_object_covered"]
        if image_size.ndim != 1:
            raise InvalidArgument(f"image_size must be 1-dimensional{_debug(image_size.shape)}")
        if image_size.shape[0] != _IMAGE_SIZE_ELEMENTS:
            raise InvalidArgument(f"image_size must contain 3 elements{_debug(image_size.shape)}")
        height_raw, width_raw = int(image_size[0]) & _U64, int(image_size[1]) & _U64  # uint64_t copies
        if height_raw >= _INT32_MAX:  # FastBoundsCheck(height_raw, int32 max)
            raise InvalidArgument("image height cannot be >= int32 max")
        if width_raw >= _INT32_MAX:
            raise InvalidArgument("image width cannot be >= int32 max")
        height, width = height_raw, width_raw
        if boxes_t.ndim != 3:  # noqa: PLR2004 - [batch, num_boxes, coords]
            raise InvalidArgument(f"input boxes must be 3-dimensional [batch, num_boxes, coords]: {_debug(boxes_t.shape)}")
        if boxes_t.shape[-1] != _BOX_COORDS:
            raise InvalidArgument(f"bounding boxes must have shape [4] or [*, 4], got {_debug(boxes_t.shape)}")
        if covered_t.ndim != 0:
            raise InvalidArgument(f"min_object_covered must be 0-D, got shape {_debug(covered_t.shape)}")
        min_covered = _F(covered_t)
        if not min_covered >= 0:
            raise InvalidArgument(f"Min object covered must be non-negative: {_g(min_covered)}")
        rects: list[_Rect] = []
        with np.errstate(all="ignore"):
            for row in boxes_t.reshape(-1, _BOX_COORDS).astype(_F):
                for v in row:
                    if not (v >= 0.0 and v <= 1.0):
                        raise InvalidArgument(f"All bounding box coordinates must be in [0.0, 1.0]: {_g(v)}")
                # static_cast<int32_t>(coord * width): float32 product, truncated
                y_min, x_min, y_max, x_max = (int(_F(row[i] * _F(n))) for i, n in ((0, height), (1, width), (2, height), (3, width)))
                rects.append(_Rect(x_min, y_min, x_max, y_max))
        image_rect = _Rect(0, 0, width, height)
        if not rects:
            if not use_image:
                raise InvalidArgument(
                    "No bounding boxes provided as input. One must enable use_image_if_no_bounding_boxes if you wish "
                    "to not provide any bounding boxes."
                )
            rects.append(image_rect)
        rnd = WordStream(key, counter)
        crop = image_rect
        with np.errstate(all="ignore"):
            span = _F(aspect[1] - aspect[0])
            for _ in range(max_attempts):
                sample_aspect = _F(_F(rnd.rand_float() * span) + aspect[0])
                found = _random_crop(width, height, area[0], area[1], sample_aspect, rnd)
                if found is not None and _satisfies_overlap(found, min_covered, rects):
                    crop = found
                    break
        return np.array([crop.min_y, crop.min_x, crop.max_y, crop.max_x], dtype=np.int64)


BOUNDING_BOX = BoundingBox()
