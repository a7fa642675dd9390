"""``enable_op_determinism``: unseeded stateful ops raise TF's error, seeded ones are unaffected."""

from __future__ import annotations

import pytest

import philoxd
from philoxd import errors

# TF 2.21 random_seed.get_seed, verbatim.
TF_MESSAGE = (
    "Random ops require a seed to be set when determinism is enabled. Please set a seed before "
    "running the op, e.g. by calling tf.random.set_seed(1)."
)


def test_unseeded_op_raises_tf_error_as_runtime_error() -> None:
    rng = philoxd.connect()
    rng.config.experimental.enable_op_determinism()
    assert rng.config.experimental.is_op_determinism_enabled()
    with pytest.raises(RuntimeError, match="Random ops require a seed") as info:
        rng.random.uniform([2])
    assert isinstance(info.value, errors.FailedPreconditionError)
    assert info.value.message == TF_MESSAGE
    with pytest.raises(errors.FailedPreconditionError):
        rng.random.uniform_candidate_sampler([[1]], 1, 2, False, 5)
    with pytest.raises(errors.FailedPreconditionError):
        rng.function(lambda: rng.random.normal([1]))()


def test_seeded_ops_still_work_and_match_without_determinism() -> None:
    det, ref = philoxd.connect(), philoxd.connect()
    det.enable_op_determinism()
    assert (det.random.uniform([3], seed=1) == ref.random.uniform([3], seed=1)).all()
    det.random.set_seed(5)
    ref.random.set_seed(5)
    assert (det.random.normal([3]) == ref.random.normal([3])).all()  # global seed only: allowed
    assert (det.random.stateless_normal([2], seed=[1, 2]) == ref.random.stateless_normal([2], seed=[1, 2])).all()
    det.config.experimental.disable_op_determinism()
    det.random.set_seed(None)
    det.random.uniform([1])  # allowed again
