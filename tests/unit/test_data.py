"""rng.data beyond the golden cases (tests/golden/cases_data.py, recorded from TF 2.21): what
TF leaves random (no seeds at all), op determinism, how the random words are fetched (one request
per epoch, not per element), several workers of one session, threads, aio, and the argument
checks of the data API and its engine op."""

from __future__ import annotations

import asyncio
import concurrent.futures
from typing import Any

import numpy as np
import pytest

import philoxd
import philoxd.aio
from philoxd import errors
from philoxd.v1 import random_pb2 as pb
from tests.golden import replay

DATA_CASES = {c["name"]: c for c in replay.load_cases(replay.GOLDEN_PATH.with_name("tf_data.json"))}


def elements(ds: Any) -> list[Any]:
    return [np.asarray(x).tolist() for x in ds.as_numpy_iterator()]


def recorded(name: str) -> list[np.ndarray]:
    return [replay.decode_array(o) for o in DATA_CASES[name]["outputs"]]


class CountingReplays:
    """The client's transport with its Replay calls counted (the real engine answers them)."""

    def __init__(self, rng: philoxd.Client) -> None:
        self.calls = 0
        self._replay = rng._transport.replay
        rng._transport.replay = self  # type: ignore[method-assign]

    def __call__(self, request: pb.ReplayRequest) -> np.ndarray:
        self.calls += 1
        return self._replay(request)


def test_no_seed_at_all_gives_each_dataset_its_own_random_order() -> None:
    rng = philoxd.connect()
    a = rng.data.Dataset.range(100).shuffle(100)
    b = rng.data.Dataset.range(100).shuffle(100)
    first = elements(a)
    assert sorted(first) == list(range(100))
    assert first != elements(b)
    assert first != elements(a)  # and reshuffles each iteration


def test_op_determinism_refuses_an_unseeded_shuffle_with_tfs_message() -> None:
    rng = philoxd.connect()
    rng.enable_op_determinism()
    with pytest.raises(errors.FailedPreconditionError, match="Random ops require a seed to be set when determinism is enabled"):
        rng.data.Dataset.range(3).shuffle(3)
    with pytest.raises(RuntimeError):
        rng.data.Dataset.random()
    assert sorted(elements(rng.data.Dataset.range(3).shuffle(3, seed=1))) == [0, 1, 2]


def test_an_epoch_of_known_length_is_one_request_of_random_words() -> None:
    rng = philoxd.connect()
    ds = rng.data.Dataset.range(5000).shuffle(1000, seed=3)
    counter = CountingReplays(rng)
    first = elements(ds)
    assert counter.calls == 2  # the iteration's seeds (RandomSeedGenerator), then 5000 words at once
    assert first == recorded("shuffle_long_stream")[0].tolist()
    counter.calls = 0
    ds = rng.data.Dataset.range(5).repeat().shuffle(3, seed=4).take(5000)
    assert len(elements(ds)) == 5000
    assert counter.calls <= 5  # an endless stream: seeds, then chunks of 1024, 2048, 4096 words


def test_workers_of_one_session_each_iterate_their_shard_of_the_same_epochs() -> None:
    coordinator = philoxd.connect(session="data-workers")
    coordinator.random.set_seed(1234)
    workers = [philoxd.connect(session="data-workers") for _ in range(4)]
    shards = [w.data.Dataset.range(100).shuffle(100, seed=7).batch(8).shard(4, i) for i, w in enumerate(workers)]
    expected = recorded("loader_epochs")  # TF: 13 batches per epoch, 3 epochs
    for epoch in range(3):
        got: list[Any] = [None] * 13
        for i, shard in enumerate(shards):
            for j, batch in enumerate(shard.as_numpy_iterator()):
                got[i + 4 * j] = batch
        for a, b in zip(got, expected[13 * epoch : 13 * (epoch + 1)]):
            np.testing.assert_array_equal(a, b)


def test_threads_iterating_one_dataset_each_get_a_whole_iteration() -> None:
    rng = philoxd.connect()
    ds = rng.data.Dataset.range(10).shuffle(4, seed=7)
    with concurrent.futures.ThreadPoolExecutor(3) as pool:
        results = list(pool.map(lambda _: elements(ds), range(3)))
    assert sorted(results) == sorted(x.tolist() for x in recorded("shuffle_reshuffles_each_iteration"))


def test_aio_gives_the_blocking_clients_elements() -> None:
    async def main() -> tuple[list[int], list[int], list[int]]:
        async with await philoxd.aio.connect() as rng:
            D = rng.data.Dataset
            ds = await D.range(10).shuffle(4, seed=7)
            first = [int(x) async for x in ds]
            second = [int(x) async for x in ds.as_numpy_iterator()]
            d = [D.range(0, 5), D.range(100, 110)]
            picked = [int(x) async for x in await D.sample_from_datasets(d, weights=[0.2, 0.8], seed=9)]
            return first, second, picked

    first, second, picked = asyncio.run(main())
    epochs = recorded("shuffle_reshuffles_each_iteration")
    assert first == epochs[0].tolist() and second == epochs[1].tolist()
    assert picked == recorded("sample_from_datasets_weights")[0].tolist()


def test_structures_cardinality_and_map() -> None:
    rng = philoxd.connect()
    D = rng.data.Dataset
    ds = D.from_tensor_slices((np.arange(4), {"y": np.arange(4.0)})).map(lambda a, b: (a * 2, b["y"] + 1))
    assert [(int(a), float(b)) for a, b in ds] == [(0, 1.0), (2, 2.0), (4, 3.0), (6, 4.0)]
    assert D.range(10).batch(3).cardinality() == 4
    assert D.range(10).batch(3, drop_remainder=True).cardinality() == 3
    assert D.range(10).shard(3, 0).cardinality() == 4 and D.range(10).shard(3, 2).cardinality() == 3
    assert D.range(10).repeat().cardinality() == rng.data.INFINITE_CARDINALITY
    assert D.range(10).repeat().take(7).cardinality() == 7
    assert len(D.range(2, 10, 3)) == 3
    with pytest.raises(TypeError, match="infinite"):
        len(D.random(seed=1))
    assert [int(x) for x in D.range(3).enumerate(5).map(lambda i, x: i + x)] == [5, 7, 9]
    assert D.range(3).prefetch(2).cardinality() == 3


def test_the_data_module_shares_the_random_modules_default_client() -> None:
    import philoxd.data
    import philoxd.random

    client = philoxd.random.default_client()
    assert philoxd.data.Dataset._client is client
    assert isinstance(philoxd.data.Dataset.range(3), philoxd.Dataset)
    assert philoxd.data.INFINITE_CARDINALITY == -1


def test_bad_arguments_are_clear_errors() -> None:
    rng = philoxd.connect()
    D = rng.data.Dataset
    with pytest.raises(errors.InvalidArgumentError, match="Dataset.shuffle: argument `buffer_size`=.* must be a scalar"):
        D.range(3).shuffle(np.array([2, 3]))
    with pytest.raises(errors.ValueError, match="between 1 and 3"):
        D.range()
    with pytest.raises(errors.ValueError, match="not compatible"):
        D.from_tensor_slices((np.arange(3), np.arange(4)))
    with pytest.raises(errors.TypeError, match="`map_func`"):
        D.range(3).map(3)
    with pytest.raises(errors.TypeError, match="choice_dataset"):
        D.choose_from_datasets([D.range(3)], [0, 0])
    many = [D.range(3) for _ in range(4)]
    with pytest.raises(errors.UnimplementedError, match="4 float64 weights"):
        D.sample_from_datasets(many, weights=np.full(4, 0.25), seed=1)
    with pytest.raises(errors.UnimplementedError, match="`weights` as a Dataset"):
        D.sample_from_datasets(many[:2], weights=D.range(2), seed=1)


def test_a_dataset_built_or_iterated_inside_a_function_is_refused() -> None:
    rng = philoxd.connect()
    step = rng.function(lambda: rng.data.Dataset.range(3).shuffle(3, seed=1))
    with pytest.raises(errors.UnimplementedError, match="Dataset.shuffle inside rng.function"):
        step()
    ds = rng.data.Dataset.range(3).shuffle(3, seed=1)
    with pytest.raises(errors.UnimplementedError, match="Dataset iteration inside rng.function"):
        rng.function(lambda: list(ds))()
    assert sorted(int(x) for x in ds) == [0, 1, 2]


def test_the_engine_op_checks_its_request() -> None:
    rng = philoxd.connect()

    def draw(seed: np.ndarray, shape: list[int], **fields: Any) -> np.ndarray:
        request = pb.DrawRequest(distribution=pb.SAMPLE_FROM_DATASETS, dtype=pb.INT64, shape=shape)
        for name, value in fields.items():
            target = request.tensors[name] if name == "weights" else request.input
            target.CopyFrom(philoxd._random._encode(value, name, "test"))
        request.stateless.seed.CopyFrom(philoxd._random._encode(seed, "seed", "test"))
        return rng.random._draw(request)

    seeds = np.array([[1, 2], [3, 4]], dtype=np.int64)
    logits = np.ones((1, 3), np.float32)
    assert draw(seeds, [2], input=logits).shape == (2,)
    last = rng.last_provenance
    with pytest.raises(errors.InvalidArgumentError, match=r"must be integers of shape \[3, 2\]"):
        draw(seeds, [3], input=logits)
    with pytest.raises(errors.InvalidArgumentError, match="either `input`"):
        draw(seeds, [2])
    with pytest.raises(errors.InvalidArgumentError, match="float32 or float64"):
        draw(seeds, [2], input=np.ones((1, 3), np.int32))
    with pytest.raises(errors.InvalidArgumentError, match=r"shape \[1, k\]"):
        draw(seeds, [2], weights=np.ones((2, 2), np.float32))
    with pytest.raises(errors.InvalidArgumentError, match="cannot be replayed"):
        rng.replay(last, input=logits)
    request = pb.DrawRequest(distribution=pb.SAMPLE_FROM_DATASETS, dtype=pb.INT64, shape=[2])
    request.input.CopyFrom(philoxd._random._encode(logits, "input", "test"))
    request.kernel.SetInParent()
    with pytest.raises(errors.InvalidArgumentError, match="stateless only"):
        rng.random._draw(request)


def test_the_log_of_the_weights_is_tfs() -> None:
    # tests/golden/record_tf_log.py: tf.math.log of float32 vectors (Eigen packets, then glibc logf)
    from philoxd_server.engine.ops._sample_from_datasets import tf_log

    recorded_logs = np.load(replay.GOLDEN_PATH.with_name("tf_log_f32.npz"))
    for i in range(len(recorded_logs.files) // 2):
        x, y = recorded_logs[f"x{i}"], recorded_logs[f"y{i}"]
        got = tf_log(x)
        assert got.dtype == np.float32
        assert np.array_equal(got.view(np.uint32), y.view(np.uint32)) or np.array_equal(got, y, equal_nan=True), i
