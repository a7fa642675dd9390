"""Candidate samplers: what philoxd refuses where TensorFlow would never return."""

from __future__ import annotations

import numpy as np
import pytest

import philoxd
from philoxd import errors


@pytest.fixture(scope="module")
def rng() -> philoxd.Client:
    client = philoxd.connect()
    yield client
    client.close()


def test_unique_beyond_the_classes_with_weight_is_refused(rng: philoxd.Client) -> None:
    # TF 2.21 loops forever: every further try draws one of the two classes with weight.
    with pytest.raises(errors.InvalidArgumentError, match="only 2 of the 3 classes can be sampled"):
        rng.random.fixed_unigram_candidate_sampler(np.array([[0]]), 1, 3, True, 3, unigrams=[0.0, 1.0, 10.0], seed=1)


def test_reserved_ids_weigh_nothing(rng: philoxd.Client) -> None:
    # shard 1 of 2 with two reserved ids: id 1 (weight 0), then unigram ids 3 and 5
    kwargs = dict(unigrams=[1.0, 2.0, 3.0, 4.0], num_reserved_ids=2, num_shards=2, shard=1, seed=1)
    with pytest.raises(errors.InvalidArgumentError, match="only 2 of the 3 classes"):
        rng.random.fixed_unigram_candidate_sampler(np.array([[0]]), 1, 3, True, 3, **kwargs)
    got = rng.random.fixed_unigram_candidate_sampler(np.array([[0]]), 1, 2, True, 3, **kwargs)
    assert sorted(got.sampled_candidates.tolist()) == [1, 2]


def test_unique_with_every_class_weighted_still_samples_them_all(rng: philoxd.Client) -> None:
    got = rng.random.fixed_unigram_candidate_sampler(np.array([[0]]), 1, 3, True, 3, unigrams=[1.0, 1.0, 10.0], seed=1)
    assert sorted(got.sampled_candidates.tolist()) == [0, 1, 2]


@pytest.mark.parametrize(
    ("kind", "range_max"),
    [("uniform", 1 << 20), ("uniform", 1000003), ("uniform", 3 << 61), ("log_uniform", 1 << 20), ("log_uniform", 7)],
)
def test_two_word_candidates_match_the_word_stream(kind: str, range_max: int) -> None:
    # (3 << 61: a quarter of Uniform64's tries are rejected, so the two-word kernel hands
    # the call back to the general one); the counter's low half wraps inside the call
    from philoxd_server.engine import _samplers, _samplers_kernel

    n = _samplers_kernel.TWO_WORD_MIN_CANDIDATES + 513
    spec = _samplers.SamplerSpec(kind=kind, num_true=2, num_sampled=n, unique=False, range_max=range_max)
    true_classes = np.array([[0, 5], [6, 1]], np.int64)
    key, counter = 0x1234567890ABCDEF, (5 << 64) + 2**64 - 3
    got = _samplers_kernel.sample_candidates(spec, true_classes, key, counter)
    want = _samplers.sample_candidates(spec, true_classes, key, counter)
    for g, w in zip(got, want):
        assert g.dtype == w.dtype and np.array_equal(g, w)
