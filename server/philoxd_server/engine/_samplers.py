"""The candidate samplers (``tf.random.*_candidate_sampler``), bit-exact with TF's CPU kernels.

One call draws ``num_sampled`` candidates from a ``SimplePhilox`` over the kernel's
reservation (``ReserveSamples32(2048 * num_sampled)`` = ``512 * num_sampled``
blocks; rejection sampling may read on into later reservations, as TF does) and
returns ``(sampled_candidates int64, true_expected_count float32,
sampled_expected_count float32)``.

Sources: ``tensorflow/core/kernels/candidate_sampler_ops.cc``, ``range_sampler.cc``
(``ExpectedCountHelper``, Uniform/LogUniform/Unigram/FixedUnigram/All samplers),
``tensorflow/core/lib/random/weighted_picker.cc`` (``UnbiasedUniform``, ``PickAt``),
``xla/tsl/lib/random/distribution_sampler.{h,cc}`` (Walker alias tables).
"""

from __future__ import annotations

import dataclasses
import functools
import math

import numpy as np

from philoxd_server._errors import ResourceExhausted

from ._stream import WordStream, libm_f32

__all__ = [
    "MAX_FIXED_UNIGRAM_CLASSES",
    "MAX_LEARNED_RANGE",
    "SAMPLER_KINDS",
    "SAMPLES32_PER_CANDIDATE",
    "SamplerSpec",
    "check_sampler",
    "check_sizes",
    "fixed_sampler",
    "reservation_blocks",
    "sample_candidates",
]

SAMPLER_KINDS = ("uniform", "log_uniform", "learned_unigram", "fixed_unigram", "all")
SAMPLES32_PER_CANDIDATE = 2048  # candidate_sampler_ops.cc: samples32 = 2048 * num_sampled
_WORDS_PER_BLOCK = 4
_KINT32MAX = 2**31 - 1
_RAND_FLOAT_MAX = 1.0 - 2.0**-23  # SimplePhilox::RandFloat's largest value (23 mantissa bits)
# learned_unigram's weights: 8 bytes a class, kept per kernel (see the service's learned-weights budget).
MAX_LEARNED_RANGE = 2**24
# fixed_unigram's weights and alias tables are built in Python once per kernel (TF's construction,
# bit for bit): about 2.5 us and 16 bytes a class, so this many take a few seconds and 16 MiB.
MAX_FIXED_UNIGRAM_CLASSES = 2**20


@dataclasses.dataclass(frozen=True)
class SamplerSpec:
    """A candidate sampler kernel's attributes (all of them key TF's kernel cache)."""

    kind: str
    num_true: int
    num_sampled: int
    unique: bool
    range_max: int = 0
    distortion: float = 1.0
    num_reserved_ids: int = 0
    num_shards: int = 1
    shard: int = 0
    unigrams: tuple[float, ...] = ()

    @property
    def range(self) -> int:
        """The sampler's range (``AllSampler``: ``num_sampled``)."""
        return self.num_sampled if self.kind == "all" else self.range_max

    def kernel_name(self) -> str:
        """TF's op name plus the attrs that key its eager kernel cache."""
        op = {
            "uniform": "UniformCandidateSampler",
            "log_uniform": "LogUniformCandidateSampler",
            "learned_unigram": "LearnedUnigramCandidateSampler",
            "fixed_unigram": "FixedUnigramCandidateSampler",
            "all": "AllCandidateSampler",
        }[self.kind]
        attrs = f"{self.num_true}/{self.num_sampled}/{int(self.unique)}/{self.range_max}"
        if self.kind == "fixed_unigram":
            attrs += f"/{self.distortion!r}/{self.num_reserved_ids}/{self.num_shards}/{self.shard}/{hash(self.unigrams)}"
        return f"{op}/{attrs}"


def check_sizes(spec: SamplerSpec, true_classes: np.ndarray, max_elements: int, function: str) -> None:
    """Every size a sampler call names, before any work: outputs (``num_sampled``, the true
    classes' expected counts) and the sampler's own tables, each within ``max_elements`` and the
    tables within what philoxd builds.

    Raises:
      ResourceExhausted: A size is beyond its limit (the message names the argument and limit).
    """
    limit = "elements per request (philoxd serve --max-elements)"
    sizes = [("num_sampled", spec.num_sampled, max_elements, limit), ("true_classes", true_classes.size, max_elements, limit)]
    if spec.kind == "learned_unigram":
        sizes.append(("range_max", spec.range_max, max_elements, limit))
        sizes.append(("range_max", spec.range_max, MAX_LEARNED_RANGE, "classes whose weights philoxd learns"))
    elif spec.kind == "fixed_unigram":
        classes = max(spec.num_reserved_ids, 0) + len(spec.unigrams)
        sizes.append(("num_reserved_ids + len(unigrams)", classes, max_elements, limit))
        sizes.append(("num_reserved_ids + len(unigrams)", classes, MAX_FIXED_UNIGRAM_CLASSES, "classes philoxd builds a table of"))
    for name, size, most, what in sizes:
        if size > most:
            raise ResourceExhausted(f"{function}: argument `{name}`={size} is more than the limit of {most} {what}")


def reservation_blocks(spec: SamplerSpec) -> int:
    """Counter units one call reserves: ``ReserveSamples32(2048 * num_sampled)``."""
    return (SAMPLES32_PER_CANDIDATE * spec.num_sampled + _WORDS_PER_BLOCK - 1) // _WORDS_PER_BLOCK


def _fixed_weights(spec: SamplerSpec) -> tuple[list[np.float32], np.float32]:
    """``FixedUnigramSampler``: reserved ids (weight 0), then ``powf(w, distortion)`` of this shard's ids."""
    weights: list[np.float32] = []
    total = np.float32(0)
    for word_id in range(spec.num_reserved_ids):
        if word_id % spec.num_shards == spec.shard:
            weights.append(np.float32(0))
    word_id = len(weights)
    distortion = float(np.float32(spec.distortion))
    for w in spec.unigrams:
        if word_id % spec.num_shards == spec.shard:
            wd = np.float32(libm_f32.pow(float(np.float32(w)), distortion))
            total = np.float32(total + wd)
            weights.append(wd)
        word_id += 1
    return weights, total


def check_sampler(spec: SamplerSpec, true_classes: np.ndarray) -> None:
    """The kernel's construction and ``Compute`` checks, in TF's order and words.

    Raises:
      ValueError: TF's message.
    """
    if spec.kind not in SAMPLER_KINDS:
        raise ValueError(f"unknown candidate sampler {spec.kind!r}")
    for attr in ("num_true", "num_sampled"):  # TF's op def: int >= 1, checked before the kernel exists
        if getattr(spec, attr) < 1:
            raise ValueError(_attr_minimum_error(spec, attr))
    if spec.kind in ("uniform", "log_uniform", "learned_unigram"):
        if spec.range_max <= 0:
            raise ValueError("range_max must be positive")
        if spec.kind == "learned_unigram" and spec.range_max >= _KINT32MAX:
            raise ValueError(f"range_max must be less than {_KINT32MAX} for unigram samplers, got {spec.range_max}")
    if spec.kind == "fixed_unigram":
        if not spec.unigrams:
            raise ValueError("Must provide either vocab_file or unigrams.")
        weights = fixed_sampler(spec).fweights
        if spec.range_max != len(weights):
            raise ValueError(f"range is {spec.range_max} must be equal to weights size  {len(weights)}")
        reachable = _reachable_classes(spec) if spec.unique else spec.range
        if spec.num_sampled <= spec.range and spec.num_sampled > reachable:
            # TF 2.21 loops forever here (each try misses); a server must not spin a core forever.
            raise ValueError(
                f"fixed_unigram_candidate_sampler: unique=True asks for {spec.num_sampled} distinct candidates, but only "
                f"{reachable} of the {spec.range} classes can be sampled (the others have "
                "weight 0): TF 2.21 never returns from this call"
            )
    if true_classes.ndim != 2:
        raise ValueError("true_classes must be a matrix")
    if true_classes.shape[1] != spec.num_true:
        raise ValueError(f"true_classes must have num_true columns, expected: {true_classes.shape[1]} was: {spec.num_true}")
    if spec.unique and spec.num_sampled > spec.range:
        raise ValueError("Sampler's range is too small.")
    for c in true_classes.reshape(-1).tolist():
        if not 0 <= c < spec.range:
            raise ValueError(f"`true_candidate` out of range [0, {spec.range}), received {c}")


# TF's op defs (candidate_sampling_ops.cc) as its attr-check messages print them.
_SIGNATURE = "true_classes:int64 -> sampled_candidates:int64, true_expected_count:float, sampled_expected_count:float"
_RANGE_ATTRS = "attr=num_true:int,min=1; attr=num_sampled:int,min=1; attr=unique:bool; attr=range_max:int,min=1"
_SEED_ATTRS = "attr=seed:int,default=0; attr=seed2:int,default=0"
_OP_ATTRS = {
    "uniform": f"{_RANGE_ATTRS}; {_SEED_ATTRS}",
    "log_uniform": f"{_RANGE_ATTRS}; {_SEED_ATTRS}",
    "learned_unigram": f"{_RANGE_ATTRS}; {_SEED_ATTRS}",
    "fixed_unigram": f'{_RANGE_ATTRS}; attr=vocab_file:string,default=""; attr=distortion:float,default=1; '
    "attr=num_reserved_ids:int,default=0; attr=num_shards:int,default=1,min=1; attr=shard:int,default=0,min=0; "
    f"attr=unigrams:list(float),default=[]; {_SEED_ATTRS}",
    "all": f"attr=num_true:int,min=1; attr=num_sampled:int,min=1; attr=unique:bool; {_SEED_ATTRS}",
}


def _attr_minimum_error(spec: SamplerSpec, attr: str) -> str:
    """TF's message for an int attr below its op def's minimum of 1 (``ValidateAttrValue``)."""
    op = spec.kernel_name().split("/", 1)[0]
    return (
        f"Value for attr '{attr}' of {getattr(spec, attr)} must be at least minimum 1\n\t; NodeDef: {{{{node {op}}}}}; "
        f"Op<name={op}; signature={_SIGNATURE}; {_OP_ATTRS[spec.kind]}; is_stateful=true>"
    )


@functools.lru_cache(maxsize=8)
def fixed_sampler(spec: SamplerSpec) -> _Sampler:
    """A fixed unigram sampler's weights and alias tables: they depend on its attributes only,
    so they are built once per kernel (a big vocabulary takes seconds), as TF builds its
    sampler once per kernel object."""
    return _Sampler(spec, None)


@functools.lru_cache(maxsize=8)
def _reachable_classes(spec: SamplerSpec) -> int:
    """How many classes ``DistributionSampler::Sample`` can return: ``k`` itself when
    ``prob[k] > 0`` (some ``RandFloat()`` is below it), ``alt[k]`` when ``prob[k]`` is at
    most RandFloat's largest value."""
    sampler = fixed_sampler(spec)
    reachable = {k for k, p in enumerate(sampler.prob) if p > 0}
    reachable.update(a for p, a in zip(sampler.prob, sampler.alt) if p <= _RAND_FLOAT_MAX)
    return len(reachable)


def _expected_count(p: np.float32, batch_size: int, num_tries: int) -> np.float32:
    """``ExpectedCountHelper`` (float: ``log1pf``/``expm1f``)."""
    if num_tries == batch_size:
        return np.float32(p * np.float32(batch_size))
    x = np.float32(np.float32(num_tries) * np.float32(libm_f32.log1p(float(-p))))
    return np.float32(-libm_f32.expm1(float(x)))


class _Sampler:
    """``Sample`` and ``Probability`` of one RangeSampler."""

    def __init__(self, spec: SamplerSpec, learned: np.ndarray | None) -> None:
        self.spec = spec
        self.range = spec.range
        if spec.kind == "uniform":
            self.inv_range = np.float32(1.0 / spec.range_max)
        elif spec.kind == "log_uniform":
            self.log_range = math.log1p(spec.range_max)
        elif spec.kind == "learned_unigram":
            assert learned is not None
            self.weights = learned
            self.cum = np.cumsum(learned)
            self.total = int(self.cum[-1])
        elif spec.kind == "fixed_unigram":
            w, self.total_f = _fixed_weights(spec)
            self.fweights = np.array(w, dtype=np.float32)
            self._alias(w)

    def _alias(self, weights: list[np.float32]) -> None:
        """``DistributionSampler``: Walker alias tables (probabilities stored as float)."""
        n = len(weights)
        total = 0.0
        for w in weights:
            total += float(w)
        alt = [-1] * n
        pr = [0.0] * n
        high: list[int] = []
        low: list[int] = []
        for i, w in enumerate(weights):
            p = float(np.float32(w * np.float32(n))) / total  # (weights[i] * n) in float, / double sum
            pr[i] = p
            (low if p < 1.0 else high).append(i)
        while high and low:
            lo = low.pop()
            hi = high.pop()
            alt[lo] = hi
            remaining = pr[hi] - (1.0 - pr[lo])
            pr[hi] = remaining
            (low if remaining < 1.0 else high).append(hi)
        prob = np.array(pr, dtype=np.float32)  # kept per kernel: 12 bytes a class with alt
        for idx in high + low:
            prob[idx] = np.float32(1.0)
            alt[idx] = idx
        self.prob, self.alt = prob, np.array(alt, dtype=np.int64)

    def sample(self, rnd: WordStream) -> int:
        kind = self.spec.kind
        if kind == "uniform":
            return rnd.uniform64(self.range)
        if kind == "log_uniform":
            value = int(math.exp(rnd.rand_double() * self.log_range)) - 1
            return value % self.range
        if kind == "learned_unigram":
            return int(np.searchsorted(self.cum, _unbiased_uniform(rnd, self.total), side="right"))
        r = rnd.rand_float()  # fixed_unigram: DistributionSampler::Sample
        idx = rnd.uniform(len(self.prob))
        return idx if r < self.prob[idx] else int(self.alt[idx])

    def probability(self, value: int) -> np.float32:
        kind = self.spec.kind
        if kind == "uniform":
            return self.inv_range
        if kind == "log_uniform":
            return np.float32(math.log((value + 2.0) / (value + 1.0)) / self.log_range)
        if kind == "learned_unigram":
            return np.float32(np.float32(self.weights[value]) / np.float32(self.total))
        if value < 0 or value >= len(self.fweights):
            return np.float32(0.0)
        return np.float32(self.fweights[value] / self.total_f)


def _unbiased_uniform(rnd: WordStream, n: int) -> int:
    """weighted_picker.cc ``UnbiasedUniform`` (same as ``ExactUniformInt<uint32>``)."""
    return rnd.uniform(n)


def sample_candidates(
    spec: SamplerSpec, true_classes: np.ndarray, key: int, counter: int, learned: np.ndarray | None = None, max_tries: int = 2**63 - 1
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """One ``Compute`` of a candidate sampler kernel from its reserved (key, counter).

    Args:
      spec: The sampler (already checked with :func:`check_sampler`).
      true_classes: ``[batch, num_true]`` int64.
      key: Philox key of the reservation.
      counter: Philox counter of the reservation.
      learned: ``learned_unigram`` only: the kernel's current int weights (length
        ``range_max``; all ones for a fresh kernel). Updated in place afterwards
        with the true classes (``ThreadUnsafeUnigramSampler::Update``).
      max_tries: With ``unique``, the most samples drawn to find ``num_sampled`` distinct
        candidates (TF has no limit: near-complete unique draws from a skewed sampler can
        take hours).

    Returns:
      ``(sampled_candidates, true_expected_count, sampled_expected_count)``; None when
      ``unique`` sampling gave up after about ``max_tries`` samples (``learned`` unchanged).
    """
    num_sampled = spec.num_sampled
    true_flat = [int(c) for c in true_classes.reshape(-1).tolist()]
    sampled = np.zeros(num_sampled, dtype=np.int64)
    sampled_count = np.zeros(num_sampled, dtype=np.float32)
    true_count = np.zeros(len(true_flat), dtype=np.float32)
    if spec.kind == "all":
        sampled[:] = np.arange(num_sampled)
        sampled_count[:] = 1
        true_count[:] = 1
    else:
        sampler = fixed_sampler(spec) if spec.kind == "fixed_unigram" else _Sampler(spec, learned)
        rnd = WordStream(key, counter)
        if spec.unique:
            used: set[int] = set()
            picked = tries = 0
            while picked < num_sampled:
                if tries > max_tries:
                    return None
                tries += 1
                value = sampler.sample(rnd)
                if value not in used:
                    used.add(value)
                    sampled[picked] = value
                    picked += 1
        else:
            for i in range(num_sampled):
                sampled[i] = sampler.sample(rnd)
            tries = num_sampled
        for i in range(num_sampled):
            sampled_count[i] = _expected_count(sampler.probability(int(sampled[i])), num_sampled, tries)
        for i, c in enumerate(true_flat):
            true_count[i] = _expected_count(sampler.probability(c), num_sampled, tries)
        if spec.kind == "learned_unigram" and learned is not None:
            total = int(learned.sum())
            for value in true_flat[: max(0, min(len(true_flat), _KINT32MAX - total))]:
                learned[value] += 1
    return sampled, true_count.reshape(true_classes.shape), sampled_count
