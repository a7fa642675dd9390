"""``rng.image`` in-process: what the TF 2.21 golden cases (tests/golden/tf_image.json) do not
show: session state left alone, purity, replay, bounds and clear errors.

The values themselves are proven against TensorFlow by the golden cases (test_golden.py).
"""

from __future__ import annotations

import numpy as np
import pytest

import philoxd
from philoxd import errors
from philoxd._image import convert_image_dtype

BOXES = [[[0.1, 0.2, 0.5, 0.9]]]
IMAGE = (np.arange(4 * 5 * 3, dtype=np.float32).reshape(4, 5, 3) % 11) / 10


@pytest.fixture
def rng() -> philoxd.Client:
    return philoxd.connect()


def _next_unseeded(rng: philoxd.Client) -> np.ndarray:
    return rng.random.uniform([3])


def test_an_unseeded_image_op_takes_the_next_op_seed_like_a_random_op(rng: philoxd.Client) -> None:
    other = philoxd.connect()
    for client in (rng, other):
        client.random.set_seed(21)
    rng.image.random_brightness(IMAGE, 0.2)  # the first op seed of global seed 21
    other.random.uniform([])  # the same op seed, taken by a tf.random op
    np.testing.assert_array_equal(_next_unseeded(rng), _next_unseeded(other))


@pytest.mark.parametrize(
    "call",
    [
        lambda r: r.image.stateless_random_flip_left_right(IMAGE, seed=[1, 2]),
        lambda r: r.image.stateless_random_contrast(IMAGE, 0.5, 1.5, seed=[1, 2]),
        lambda r: r.image.stateless_random_hue(IMAGE, 0.3, seed=[1, 2]),
        lambda r: r.image.stateless_random_crop(IMAGE, [2, 2, 3], seed=[1, 2]),
        lambda r: r.image.stateless_sample_distorted_bounding_box([40, 50, 3], BOXES, seed=[1, 2]),
        lambda r: r.image.sample_distorted_bounding_box([40, 50, 3], BOXES),  # seed 0: TF's (0, 0) kernel seeds
    ],
)
def test_stateless_and_seed_zero_calls_leave_the_op_seed_sequence_alone(rng: philoxd.Client, call: object) -> None:
    other = philoxd.connect()
    for client in (rng, other):
        client.random.set_seed(5)
    call(rng)  # type: ignore[operator]
    np.testing.assert_array_equal(_next_unseeded(rng), _next_unseeded(other))


def test_stateless_ops_are_pure_functions_of_the_seed(rng: philoxd.Client) -> None:
    a = rng.image.stateless_random_saturation(IMAGE, 0.2, 1.8, seed=[3, 4])
    b = philoxd.connect().image.stateless_random_saturation(IMAGE, 0.2, 1.8, seed=[3, 4])
    np.testing.assert_array_equal(a, b)


def test_jpeg_quality_is_the_draw_an_int32_scalar_in_range(rng: philoxd.Client) -> None:
    rng.random.set_seed(1)
    qualities = [int(rng.image.random_jpeg_quality(IMAGE, 40, 45)) for _ in range(20)]
    assert all(40 <= q < 45 for q in qualities) and len(set(qualities)) > 1
    q = rng.image.stateless_random_jpeg_quality(IMAGE, 40, 45, seed=[1, 2])
    assert q.dtype == np.int32 and q.shape == ()


def test_bounding_box_outputs_follow_the_image_size_dtype(rng: philoxd.Client) -> None:
    begin, size, boxes = rng.image.stateless_sample_distorted_bounding_box(np.array([40, 50, 3], np.uint8), BOXES, seed=[1, 2])
    assert begin.dtype == size.dtype == np.uint8 and size[2] == 255  # T(-1)
    assert boxes.dtype == np.float32 and boxes.shape == (1, 1, 4)
    assert 0 <= begin[0] and begin[0] + size[0] <= 40 and begin[1] + size[1] <= 50


def test_a_bounding_box_draw_replays_from_its_provenance(rng: philoxd.Client) -> None:
    rng.random.set_seed(3)
    rng.image.sample_distorted_bounding_box([40, 50, 3], BOXES, seed=7)
    begin, size, _ = rng.image.sample_distorted_bounding_box([40, 50, 3], BOXES, seed=7)
    provenance = rng.last_provenance
    tensors = {
        "image_size": np.array([40, 50, 3], np.int32),
        "bounding_boxes": np.array(BOXES, np.float32),
        "min_object_covered": np.float32(0.1),
        "aspect_ratio_range": np.array([0.75, 1.33], np.float32),
        "area_range": np.array([0.05, 1.0], np.float32),
        "max_attempts": np.int32(100),
        "use_image_if_no_bounding_boxes": np.bool_(False),
    }
    crop = rng.replay(philoxd.provenance_to_json(provenance), tensors=tensors)
    np.testing.assert_array_equal(crop, [begin[0], begin[1], begin[0] + size[0], begin[1] + size[1]])


def test_seed_zero_bounding_box_under_op_determinism_is_tf_value_error(rng: philoxd.Client) -> None:
    rng.enable_op_determinism()
    with pytest.raises(errors.ValueError, match="requires a non-zero seed"):
        rng.image.sample_distorted_bounding_box([40, 50, 3], BOXES)


def test_bounding_box_work_is_bounded_before_it_starts(rng: philoxd.Client) -> None:
    with pytest.raises(errors.ResourceExhaustedError, match="max_attempts"):
        rng.image.stateless_sample_distorted_bounding_box([40, 50, 3], BOXES, seed=[1, 2], max_attempts=10**8)


def test_half_precision_adjustments_are_refused_clearly(rng: philoxd.Client) -> None:
    with pytest.raises(errors.UnimplementedError, match="adjust_contrast: float16"):
        rng.image.adjust_contrast(IMAGE.astype(np.float16), 1.5)


def test_non_numeric_images_and_bad_crop_sizes_name_the_argument(rng: philoxd.Client) -> None:
    with pytest.raises(errors.InvalidArgumentError, match="argument `image`"):
        rng.image.adjust_brightness(np.array([["a"]]), 0.1)
    with pytest.raises(errors.InvalidArgumentError, match="argument `size` has 2 dimensions"):
        rng.image.random_crop(IMAGE, [2, 2], seed=1)


def test_convert_image_dtype_round_trips_uint8() -> None:
    pixels = np.arange(256, dtype=np.uint8).reshape(16, 16, 1)
    as_float = convert_image_dtype(pixels, np.dtype(np.float32))
    assert as_float.dtype == np.float32 and as_float.max() == np.float32(1.0)
    np.testing.assert_array_equal(convert_image_dtype(as_float, np.dtype(np.uint8), saturate=True), pixels)
    # saturate: out-of-range floats clip instead of wrapping
    np.testing.assert_array_equal(convert_image_dtype(np.array([-0.5, 1.5], np.float32), np.dtype(np.uint8), saturate=True), [0, 255])


def test_float32_arithmetic_flushes_subnormals_as_tf_cpu_does(rng: philoxd.Client) -> None:
    image = np.full((1, 1, 3), 1e-39, dtype=np.float32)  # subnormal: TF reads it as zero
    out = rng.image.adjust_brightness(image, 0.0)
    assert np.all(out == 0) and not np.signbit(out).any()
