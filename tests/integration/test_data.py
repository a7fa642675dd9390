"""rng.data through a real `philoxd serve`: clients of one session share its op seeds as one TF
process would, and the asyncio client iterates TF's elements (golden: tests/golden/tf_data.json)."""

from __future__ import annotations

import asyncio
from typing import Any

import numpy as np

import philoxd
import philoxd.aio
from tests.golden import replay

CASES = {c["name"]: c for c in replay.load_cases(replay.GOLDEN_PATH.with_name("tf_data.json"))}


def recorded(name: str) -> list[np.ndarray]:
    return [replay.decode_array(o) for o in CASES[name]["outputs"]]


def elements(ds: object) -> np.ndarray:
    return np.array(list(ds.as_numpy_iterator()))  # type: ignore[attr-defined]


def test_two_clients_of_a_session_take_its_op_seeds_in_turn(server_target: str) -> None:
    # TF, in one process: set_seed(42); a = shuffle(); uniform([2]); b = shuffle(); a, b, a; uniform([2])
    u1, a1, b1, a2, u2 = recorded("shuffle_unseeded_takes_op_seeds_of_the_global_seed")
    with philoxd.connect(server_target) as one, philoxd.connect(server_target, session=one.session) as two:
        one.random.set_seed(42)
        a = one.data.Dataset.range(10).shuffle(4)
        np.testing.assert_array_equal(two.random.uniform([2]), u1)
        b = two.data.Dataset.range(10).shuffle(4)
        np.testing.assert_array_equal(elements(a), a1)
        np.testing.assert_array_equal(elements(b), b1)
        np.testing.assert_array_equal(elements(a), a2)
        np.testing.assert_array_equal(one.random.uniform([2]), u2)


def test_aio_over_grpc_gives_tfs_elements(server_target: str) -> None:
    async def main() -> tuple[list[np.ndarray], np.ndarray]:
        async with await philoxd.aio.connect(server_target) as rng:
            ds = (await rng.data.Dataset.range(5000).shuffle(1000, seed=3))
            first = np.array([x async for x in ds])
            d = [rng.data.Dataset.range(0, 3).repeat(), rng.data.Dataset.range(100, 103).repeat()]
            mixed = (await rng.data.Dataset.sample_from_datasets(d, weights=[0.25, 0.75], seed=2)).take(3000)
            return [first], np.array([x async for x in mixed])

    (first,), mixed = asyncio.run(main())
    np.testing.assert_array_equal(first, recorded("shuffle_long_stream")[0])
    np.testing.assert_array_equal(mixed, recorded("sample_from_datasets_endless")[0])


def test_a_server_with_a_small_request_limit_gets_smaller_requests(spawn_server: Any) -> None:
    # --max-elements 1000: an epoch of 5000 words, and chunks of 256+ choices of 2 classes, are
    # refused (RESOURCE_EXHAUSTED) and asked again in halves; the elements are TF's all the same.
    server = spawn_server("--max-elements", "1000", "--store", "memory")
    with philoxd.connect(server.target) as rng:
        np.testing.assert_array_equal(elements(rng.data.Dataset.range(5000).shuffle(1000, seed=3)), recorded("shuffle_long_stream")[0])
        d = [rng.data.Dataset.range(0, 3).repeat(), rng.data.Dataset.range(100, 103).repeat()]
        mixed = rng.data.Dataset.sample_from_datasets(d, weights=[0.25, 0.75], seed=2).take(3000)
        np.testing.assert_array_equal(elements(mixed), recorded("sample_from_datasets_endless")[0])
