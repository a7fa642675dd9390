"""``tf.data.Dataset.sample_from_datasets``' choices: TF ``StatelessMultinomial(logits, 1,
seed)`` once per seed pair of ``Dataset.random(seed).batch(2)`` (a stateless op of its seeds,
like ``index_shuffle``: no Philox stream of its own, no stateful kernel, no Generator method).

Sources: ``tensorflow/python/data/ops/sample_from_datasets_op.py`` (``logits =
expand_dims(log(weights), 0)``, or ``[[1.0] * len(datasets)]`` without weights;
``select_dataset_constant_logits``), ``tensorflow/core/kernels/stateless_random_ops.cc``
(``GenerateKey``: the seed scrambled into a key and counter), ``multinomial_op.cc``.
"""

from __future__ import annotations

import dataclasses
import math
from typing import ClassVar

import numpy as np
from numba import njit

from philoxd_server._errors import InvalidArgument, ResourceExhausted

from .._distributions import _u64_to_f64
from .._philox import _block
from .._seeds import STATELESS_SCRAMBLE_KEY
from .._spec import DrawSpec, check_dims, dtype_name, shape_str
from ._base import Op

__all__ = ["SAMPLE_FROM_DATASETS"]

_LOGIT_DTYPES = ("float32", "float64")  # sample_from_datasets: weights must be tf.float32 or tf.float64
_SEED_PAIR = 2  # Dataset.random(seed).batch(2): one StatelessMultinomial seed per two values
_MASK32 = np.uint64(0xFFFFFFFF)
_SH32 = np.uint64(32)
_ZERO = np.uint64(0)
_SCRAMBLE_K0 = np.uint64(STATELESS_SCRAMBLE_KEY & 0xFFFFFFFF)  # TF GenerateKey's key words
_SCRAMBLE_K1 = np.uint64(STATELESS_SCRAMBLE_KEY >> 32)


@njit(cache=True)
def _choices(out, seeds, logits):  # noqa: ANN001, ANN202 - numba kernel
    """``out[i]`` = ``StatelessMultinomial(logits, 1, seed=seeds[i])[0, 0]``.

    TF multinomial_op.cc, one row: ``cdf`` = running sum of ``exp(double(logit) - double(max))``
    over finite logits (max over the finite ones); the sample is ``upper_bound(cdf, RandDouble() *
    total)``, ``RandDouble`` = ``Uint64ToDouble`` of the first two words of ``Philox(key, counter)``,
    where (stateless_random_ops.cc ``GenerateKey``) one block keyed by the scramble key at counter
    ``(seed0, seed1)`` gives the key (words 0-1) and counter words 2-3 (words 2-3).
    """
    k = logits.shape[0]
    top = -np.inf
    for j in range(k):
        if np.isfinite(logits[j]) and logits[j] > top:
            top = logits[j]
    cdf = np.empty(k, dtype=np.float64)
    total = 0.0
    for j in range(k):
        if np.isfinite(logits[j]):
            total += math.exp(np.float64(logits[j]) - np.float64(top))
        cdf[j] = total
    for i in range(seeds.shape[0]):
        s0, s1 = seeds[i, 0], seeds[i, 1]
        m0, m1, m2, m3 = _block(_SCRAMBLE_K0, _SCRAMBLE_K1, s0 & _MASK32, s0 >> _SH32, s1 & _MASK32, s1 >> _SH32)
        r0, r1, _, _ = _block(m0, m1, _ZERO, _ZERO, m2, m3)
        x = _u64_to_f64(r0, r1) * total
        count = 0
        for j in range(k):
            count += cdf[j] <= x
        out[i] = count


@njit(cache=True)
def _log(weights):  # noqa: ANN001, ANN202 - numba kernel
    """TF's ``Log`` on fewer values than one Eigen packet: libm's ``log``/``logf`` per value."""
    out = np.empty_like(weights)
    for i in range(weights.shape[0]):
        out[i] = math.log(weights[i])
    return out


class SampleFromDatasets(Op):
    """``sample_from_datasets``: ``shape`` = ``[n]`` int64 choices for ``n`` seed pairs."""

    name = "sample_from_datasets"
    tensor_params = ("weights",)
    function_names: ClassVar = {"stateless": "tf.data.Dataset.sample_from_datasets"}
    generator_method = False

    def validate(self, spec: DrawSpec, *, stateful: bool) -> None:
        if stateful:
            raise InvalidArgument(f"{spec.function}: sample_from_datasets is stateless only (its seeds are `stateless.seed`)")
        if dtype_name(spec.dtype) != "int64" or len(spec.shape) != 1:
            raise InvalidArgument(f"{spec.function}: the output is int64 of shape [n], got {dtype_name(spec.dtype)} {list(spec.shape)}")
        weights = spec.tensors.get("weights")
        logits = spec.input if weights is None else weights[np.newaxis]
        if (spec.input is None) == (weights is None):
            raise InvalidArgument(f"{spec.function}: give either `input` (logits [1, k]) or tensors['weights'] ([k])")
        if logits.ndim != 2 or logits.shape[0] != 1 or logits.shape[1] < 1:
            raise InvalidArgument(f"{spec.function}: logits must have shape [1, k] with k >= 1, got {shape_str(logits.shape)}")
        if dtype_name(logits.dtype) not in _LOGIT_DTYPES:
            raise InvalidArgument(f"{spec.function}: logits/weights must be float32 or float64, got {dtype_name(logits.dtype)}")

    def check_kernel(self, spec: DrawSpec) -> None:
        check_dims(spec)

    def check_sizes(self, spec: DrawSpec, max_elements: int) -> None:
        classes = (spec.input if spec.input is not None else spec.tensors["weights"]).size
        if spec.num_elements * classes > max_elements:
            raise ResourceExhausted(
                f"{spec.function}: {spec.num_elements} choices of {classes} classes exceed the limit of "
                f"{max_elements} elements per request (philoxd serve --max-elements)"
            )

    def with_seed(self, spec: DrawSpec, seed: np.ndarray) -> DrawSpec | None:
        seeds = np.asarray(seed)
        if seeds.dtype.kind not in "iu" or seeds.shape != (spec.shape[0], _SEED_PAIR):
            raise InvalidArgument(
                f"{spec.function}: `stateless.seed` must be integers of shape [{spec.shape[0]}, 2], "
                f"got {seeds.dtype} {shape_str(seeds.shape)}"
            )
        return dataclasses.replace(spec, tensors={**spec.tensors, "seed": seeds})

    def generate(self, spec: DrawSpec, key: int, counter: int, *, stateful: bool) -> np.ndarray:
        if "seed" not in spec.tensors:  # a Replay: the seeds are not part of a provenance
            raise InvalidArgument(f"{spec.function}: sample_from_datasets draws cannot be replayed (their seeds are not in the provenance)")
        weights = spec.tensors.get("weights")
        logits = spec.input if weights is None else _log(np.ascontiguousarray(weights))[np.newaxis]
        out = np.empty(spec.shape, dtype=np.int64)
        seeds = np.ascontiguousarray(spec.tensors["seed"], dtype=np.int64).view(np.uint64)  # TF casts to uint64
        _choices(out, seeds, np.ascontiguousarray(logits[0]))
        return out


SAMPLE_FROM_DATASETS = SampleFromDatasets()
