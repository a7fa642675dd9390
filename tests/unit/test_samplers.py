"""Candidate samplers: what philoxd refuses where TensorFlow would never return, and the sizes a
call may name (checked before any work; learned weights kept within a byte budget)."""

from __future__ import annotations

import dataclasses
import re

import numpy as np
import pytest

import philoxd
from philoxd import errors
from philoxd_server._errors import InvalidArgument, ResourceExhausted
from philoxd_server.engine import DrawSpec
from philoxd_server.engine._samplers import SamplerSpec
from philoxd_server.service import RandomCore, _core
from philoxd_server.service._core import KernelSource
from philoxd_server.state import MemoryStore


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



def test_sizes_are_checked_before_any_work() -> None:
    core = RandomCore(MemoryStore(), max_elements=1000)
    core.open_session("s")
    classes = np.zeros((1, 1), np.int64)
    cases = [
        (SamplerSpec("learned_unigram", 1, 4, False, range_max=1001), "`range_max`=1001 is more than the limit of 1000 elements"),
        (SamplerSpec("uniform", 1, 1001, False, range_max=2000), "`num_sampled`=1001"),
        (SamplerSpec("fixed_unigram", 1, 4, False, range_max=10, num_reserved_ids=2**40, unigrams=(1.0,)), "num_reserved_ids + len(unigrams)"),
    ]
    for sampler, message in cases:
        spec = DrawSpec("candidates", np.dtype(np.int64), (), input=classes, sampler=sampler, function="f")
        with pytest.raises(ResourceExhausted, match=re.escape(message)):
            core.draw_kernel("s", spec, KernelSource(seed=1))
    big = RandomCore(MemoryStore(), max_elements=2**40)
    big.open_session("s")
    spec = DrawSpec("candidates", np.dtype(np.int64), (), input=classes, sampler=SamplerSpec("learned_unigram", 1, 4, False, range_max=2**25), function="f")
    with pytest.raises(ResourceExhausted, match="classes whose weights philoxd learns"):
        big.draw_kernel("s", spec, KernelSource(seed=1))
    with pytest.raises(InvalidArgument, match="Value for attr 'num_sampled' of -1 must be at least minimum 1"):
        spec = DrawSpec("candidates", np.dtype(np.int64), (), input=classes, sampler=SamplerSpec("uniform", 1, -1, False, range_max=5), function="f")
        core.draw_kernel("s", spec, KernelSource(seed=1))


def test_learned_weights_are_kept_within_a_byte_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_core, "_LEARNED_CACHE_BYTES", 3 * 8 * 1000)
    core = RandomCore(MemoryStore())
    core.open_session("s")
    classes = np.zeros((1, 1), np.int64)
    spec = DrawSpec("candidates", np.dtype(np.int64), (), input=classes, sampler=SamplerSpec("learned_unigram", 1, 4, False, range_max=1000), function="f")
    for seed in range(5):  # five kernels of 8,000 bytes: the two least recently used are forgotten
        core.draw_kernel("s", spec, KernelSource(seed=seed))
    assert core._learned_bytes == 3 * 8000 and len(core._learned) == 3
    assert [kernel.split("/")[-1] for _, kernel in core._learned] == ["2", "3", "4"]


def test_unique_sampling_gives_up_after_a_bounded_number_of_tries() -> None:
    """Collecting all 1,000 classes of a log-uniform sampler takes about 50,000 tries: beyond the
    16 per element of a 1,000-element limit. A few distinct candidates are as before."""
    core = RandomCore(MemoryStore(), max_elements=1000)
    core.open_session("s")
    classes = np.zeros((1, 1), np.int64)
    spec = DrawSpec("candidates", np.dtype(np.int64), (), input=classes, sampler=SamplerSpec("log_uniform", 1, 1000, True, range_max=1000), function="f")
    with pytest.raises(ResourceExhausted, match="unique=True drew 16000 samples without finding 1000 distinct candidates of 1000"):
        core.draw_kernel("s", spec, KernelSource(seed=1))
    uniform = dataclasses.replace(spec, sampler=SamplerSpec("uniform", 1, 1000, True, range_max=1000))
    assert sorted(core.draw_kernel("s", uniform, KernelSource(seed=1)).values.tolist()) == list(range(1000))  # ~7,500 tries
    few = DrawSpec("candidates", np.dtype(np.int64), (), input=classes, sampler=SamplerSpec("log_uniform", 1, 10, True, range_max=1000), function="f")
    assert len(set(core.draw_kernel("s", few, KernelSource(seed=1)).values.tolist())) == 10


# Recorded from TensorFlow 2.21 (eager; the text before " [Op:...]").
_TF_ATTR_ERRORS = {
    ("uniform", "num_sampled", 0): (
        "Value for attr 'num_sampled' of 0 must be at least minimum 1\n\t; NodeDef: {{node UniformCandidateSampler}}; "
        "Op<name=UniformCandidateSampler; signature=true_classes:int64 -> sampled_candidates:int64, "
        "true_expected_count:float, sampled_expected_count:float; attr=num_true:int,min=1; attr=num_sampled:int,min=1; "
        "attr=unique:bool; attr=range_max:int,min=1; attr=seed:int,default=0; attr=seed2:int,default=0; is_stateful=true>"
    ),
    ("uniform", "num_true", 0): (
        "Value for attr 'num_true' of 0 must be at least minimum 1\n\t; NodeDef: {{node UniformCandidateSampler}}; "
        "Op<name=UniformCandidateSampler; signature=true_classes:int64 -> sampled_candidates:int64, "
        "true_expected_count:float, sampled_expected_count:float; attr=num_true:int,min=1; attr=num_sampled:int,min=1; "
        "attr=unique:bool; attr=range_max:int,min=1; attr=seed:int,default=0; attr=seed2:int,default=0; is_stateful=true>"
    ),
    ("fixed_unigram", "num_sampled", 0): (
        "Value for attr 'num_sampled' of 0 must be at least minimum 1\n\t; NodeDef: {{node FixedUnigramCandidateSampler}}; "
        "Op<name=FixedUnigramCandidateSampler; signature=true_classes:int64 -> sampled_candidates:int64, "
        "true_expected_count:float, sampled_expected_count:float; attr=num_true:int,min=1; attr=num_sampled:int,min=1; "
        'attr=unique:bool; attr=range_max:int,min=1; attr=vocab_file:string,default=""; attr=distortion:float,default=1; '
        "attr=num_reserved_ids:int,default=0; attr=num_shards:int,default=1,min=1; attr=shard:int,default=0,min=0; "
        "attr=unigrams:list(float),default=[]; attr=seed:int,default=0; attr=seed2:int,default=0; is_stateful=true>"
    ),
    ("all", "num_sampled", 0): (
        "Value for attr 'num_sampled' of 0 must be at least minimum 1\n\t; NodeDef: {{node AllCandidateSampler}}; "
        "Op<name=AllCandidateSampler; signature=true_classes:int64 -> sampled_candidates:int64, "
        "true_expected_count:float, sampled_expected_count:float; attr=num_true:int,min=1; attr=num_sampled:int,min=1; "
        "attr=unique:bool; attr=seed:int,default=0; attr=seed2:int,default=0; is_stateful=true>"
    ),
}


@pytest.mark.parametrize(("kind", "attr", "value"), list(_TF_ATTR_ERRORS))
def test_attrs_below_their_minimum_are_tfs_error(rng: philoxd.Client, kind: str, attr: str, value: int) -> None:
    args: dict[str, object] = {"true_classes": np.zeros((2, 1), np.int64), "num_true": 1, "num_sampled": 3, "unique": False, "seed": 1}
    if kind != "all":
        args["range_max"] = 10
    if kind == "fixed_unigram":
        args["unigrams"] = [1.0] * 10
    args[attr] = value
    with pytest.raises(errors.InvalidArgumentError) as excinfo:
        getattr(rng.random, f"{kind}_candidate_sampler")(**args)
    assert str(excinfo.value) == _TF_ATTR_ERRORS[(kind, attr, value)]
