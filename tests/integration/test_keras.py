"""``rng.keras`` through a real ``philoxd serve`` (blocking and asyncio clients).

The golden cases (tf_keras.json) are replayed over gRPC by test_golden_grpc.py; here: the
asyncio client's ``rng.keras`` gives the blocking client's numbers, and Keras' seeds act on the
shared session (``set_random_seed`` sets the session's TF global seed for every client of it).
"""

from __future__ import annotations

import asyncio
from typing import Any

import numpy as np

import philoxd
import philoxd.aio


def _run(coroutine: Any, timeout: float = 120) -> Any:
    async def bounded() -> Any:
        return await asyncio.wait_for(coroutine, timeout)

    return asyncio.run(bounded())


def test_async_keras_gives_the_blocking_numbers(server_target: str) -> None:
    with philoxd.connect(server_target) as rng:
        K = rng.keras
        g = K.random.SeedGenerator(11)
        expected = [
            K.random.uniform([3], seed=1),
            K.random.normal([2], seed=g),
            K.random.beta([2], 2.0, 3.0, seed=g),
            K.random.shuffle(np.arange(6), seed=2),
            K.random.dropout(np.ones(8, np.float32), 0.5, seed=3),
        ]

    async def main() -> list[np.ndarray]:
        async with await philoxd.aio.connect(server_target) as a:
            K = a.keras
            h = K.random.SeedGenerator(11)  # a local object: no await
            return [
                await K.random.uniform([3], seed=1),
                await K.random.normal([2], seed=h),
                await K.random.beta([2], 2.0, 3.0, seed=h),
                await K.random.shuffle(np.arange(6), seed=2),
                await K.random.dropout(np.ones(8, np.float32), 0.5, seed=3),
            ]

    for got, want in zip(_run(main()), expected):
        np.testing.assert_array_equal(got, want)


def test_set_random_seed_seeds_the_shared_session(server_target: str) -> None:
    with philoxd.connect(server_target) as rng, philoxd.connect(server_target, session=rng.session) as other:
        rng.keras.utils.set_random_seed(5)
        a = other.random.uniform([3])  # the session's TF global seed is 5 for every client
        other.random.set_seed(5)
        np.testing.assert_array_equal(other.random.uniform([3]), a)
        # each client's Keras stream is its own: the other client's unseeded draws are not seeded by it
        other.keras.utils.set_random_seed(5)
        np.testing.assert_array_equal(other.keras.random.normal([2]), rng.keras.random.normal([2]))
