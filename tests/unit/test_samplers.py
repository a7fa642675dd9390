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

