"""``rng.image`` against a REAL ``philoxd serve``: the blocking and the asyncio client give the
in-process engine's numbers (which the golden cases prove are TF's), one session shares its
op seeds between processes' image ops, and the bounding box's errors arrive as TF's classes.
"""

from __future__ import annotations

import asyncio
from typing import Any

import numpy as np
import pytest

import philoxd
import philoxd.aio
from philoxd import errors

IMAGE = (np.arange(6 * 7 * 3, dtype=np.float32).reshape(6, 7, 3) % 13) / 12
BATCH = (np.arange(3 * 4 * 5 * 3) % 256).astype(np.uint8).reshape(3, 4, 5, 3)
BOXES = [[[0.1, 0.2, 0.5, 0.9], [0.3, 0.05, 0.95, 0.4]]]


def _program(image: Any) -> list[tuple[str, tuple[Any, ...], dict[str, Any]]]:
    """(function, args, kwargs) of one session's image calls, seeded and unseeded."""
    return [
        ("random_flip_left_right", (BATCH,), {}),
        ("random_brightness", (image, 0.3), {"seed": 2}),
        ("random_contrast", (BATCH, 0.2, 1.8), {}),
        ("random_saturation", (image, 0.5, 1.5), {"seed": 3}),
        ("random_hue", (image, 0.4), {}),
        ("random_crop", (image, [3, 4, 3]), {}),
        ("random_jpeg_quality", (BATCH[0], 20, 80), {}),
        ("stateless_random_flip_up_down", (image,), {"seed": [1, 2]}),
        ("sample_distorted_bounding_box", ([60, 80, 3], BOXES), {"seed": 4}),
        ("stateless_sample_distorted_bounding_box", ([60, 80, 3], BOXES), {"seed": [5, 6]}),
    ]


def _flat(value: Any) -> list[np.ndarray]:
    return list(value) if isinstance(value, tuple) else [value]


def _run_sync(rng: philoxd.Client) -> list[np.ndarray]:
    rng.random.set_seed(99)
    results: list[np.ndarray] = []
    for name, args, kwargs in _program(IMAGE):
        results.extend(_flat(getattr(rng.image, name)(*args, **kwargs)))
    return results


def _assert_same(a: list[np.ndarray], b: list[np.ndarray]) -> None:
    assert len(a) == len(b)
    for x, y in zip(a, b):
        assert x.dtype == y.dtype and x.shape == y.shape
        assert x.tobytes() == y.tobytes()


def test_over_grpc_the_image_ops_give_the_in_process_numbers(server_target: str) -> None:
    with philoxd.connect(server_target) as remote:
        _assert_same(_run_sync(remote), _run_sync(philoxd.connect()))


def test_asyncio_image_ops_give_the_blocking_clients_numbers(server_target: str) -> None:
    async def run() -> list[np.ndarray]:
        async with await philoxd.aio.connect(server_target) as rng:
            await rng.random.set_seed(99)
            results: list[np.ndarray] = []
            for name, args, kwargs in _program(IMAGE):
                results.extend(_flat(await getattr(rng.image, name)(*args, **kwargs)))
            return results

    _assert_same(asyncio.run(asyncio.wait_for(run(), 120)), _run_sync(philoxd.connect()))


def test_two_clients_of_one_session_share_its_op_seeds(server_target: str) -> None:
    with philoxd.connect(server_target, session="image-shared") as a, philoxd.connect(server_target, session="image-shared") as b:
        a.random.set_seed(7)
        first = a.image.random_brightness(IMAGE, 0.5)
        second = b.image.random_brightness(IMAGE, 0.5)  # the session's second op seed
    alone = philoxd.connect()
    alone.random.set_seed(7)
    _assert_same([first, second], [alone.image.random_brightness(IMAGE, 0.5), alone.image.random_brightness(IMAGE, 0.5)])


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"area_range": [0.5, 1.5]}, errors.InvalidArgumentError, "Area range must be less then or equal to 1.0: [0.5, 1.5]"),
        ({"max_attempts": 10**8}, errors.ResourceExhaustedError, "max_attempts"),
        ({"min_object_covered": -1.0}, errors.InvalidArgumentError, "Min object covered must be non-negative: -1"),
    ],
)
def test_bounding_box_errors_over_grpc_are_tf_classes(server_target: str, kwargs: dict[str, Any], error: type, message: str) -> None:
    with philoxd.connect(server_target) as rng, pytest.raises(error) as raised:
        rng.image.sample_distorted_bounding_box([60, 80, 3], BOXES, seed=1, **kwargs)
    assert message in str(raised.value)
