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

from philoxd_server._errors import InvalidArgument, ResourceExhausted, Unimplemented

from .._distributions import _u64_to_f64
from .._philox import _block
from .._seeds import STATELESS_SCRAMBLE_KEY
from .._spec import DrawSpec, check_dims, dtype_name, shape_str
from ._base import Op

__all__ = ["SAMPLE_FROM_DATASETS", "tf_log"]

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


_PACKET_FLOATS = 8  # TF's CPU kernels are Eigen with AVX: 8 float32 per packet (cwise_ops' EvalRange)
_PACKET_DOUBLES = 4  # ... 4 float64
_F32 = np.float32
_SQRT_HALF = _F32(0.707106781186547524)  # Eigen plog_impl_float: cst_cephes_SQRTHF
# Eigen plog_impl_float's rational (3,3) approximation of log(1 + x) on [sqrt(0.5) - 1, sqrt(2) - 1]
_ALPHA = (_F32(0.18256296349849254), _F32(1.0000000190281063), _F32(1.0000000190281136))
_BETA = (_F32(0.049616247954120038), _F32(0.59923249590823520), _F32(1.4999999999999927), _F32(1.0))
_LN2 = _F32(0.693147180559945309)  # EIGEN_LN2
_TINY = np.finfo(_F32).tiny
# glibc logf of a positive subnormal on TF's CPU threads, which read subnormals as zero (DAZ): its
# `x * 0x1p23f` normalization gives 0, so every one gets log(2**-150) (recorded: tf_log_f32.npz)
_LOGF_SUBNORMAL_DAZ = _F32(float.fromhex("-0x1.9fe368p+6"))


@njit(cache=True)
def _libm_log(weights):  # noqa: ANN001, ANN202 - numba kernel
    """TF's ``Log`` on the values after the last whole Eigen packet: libm's ``logf``/``log`` per value."""
    out = np.empty_like(weights)
    for i in range(weights.shape[0]):
        out[i] = math.log(weights[i])
    return out


def _eigen_plog_f32(x: np.ndarray) -> np.ndarray:
    """Eigen's vectorized ``plog`` on float32 packets (``plog_impl_float``, compiled without FMA:
    each multiply and add rounded on its own, as numpy's float32 ufuncs round them)."""
    with np.errstate(all="ignore"):  # 0, inf, NaN and negatives: replaced by Eigen's results at the end
        return _plog_f32(x)


def _plog_f32(x: np.ndarray) -> np.ndarray:
    x = np.where(np.abs(x) < _TINY, _F32(0), x)  # TF's CPU threads read subnormals as zero (DAZ)
    mantissa, exponent = np.frexp(x)  # pfrexp: mantissa in [0.5, 1)
    m, e = mantissa.astype(_F32), exponent.astype(_F32)
    low = m < _SQRT_HALF  # [0.5, 1) -> [sqrt(1/2), sqrt(2)), minus 1
    e = e - np.where(low, _F32(1), _F32(0))
    m = (m - _F32(1)) + np.where(low, m, _F32(0))
    p = np.full_like(m, _ALPHA[0])
    for c in _ALPHA[1:]:
        p = p * m + c  # ppolevl: pmadd without FMA
    q = np.full_like(m, _BETA[0])
    for c in _BETA[1:]:
        q = q * m + c
    out = e * _LN2 + (m * p) / q
    out = np.where(x == np.inf, np.inf, out)
    out = np.where(np.isnan(x) | (x < 0), np.nan, out)
    return np.where(x == 0, -np.inf, out).astype(_F32)


def tf_log(weights: np.ndarray) -> np.ndarray:
    """TF's ``Log`` kernel on a vector (Eigen's ``EvalRange``): whole packets with Eigen's
    ``plog``, the rest with libm's (float32; float64 only below one packet).

    Raises:
      Unimplemented: float64 weights of a whole packet or more (Eigen's double ``plog``).
    """
    weights = np.ascontiguousarray(weights)
    if weights.dtype == np.float64:
        if weights.size >= _PACKET_DOUBLES:
            raise Unimplemented(
                f"tf.data.Dataset.sample_from_datasets: {weights.size} float64 weights: TF takes their log with Eigen's "
                f"vectorized double log from {_PACKET_DOUBLES} values on, which philoxd does not reproduce; pass float32 weights"
            )
        return _libm_log(weights)
    head = weights.size // _PACKET_FLOATS * _PACKET_FLOATS
    tail = weights[head:]
    tail_log = np.where((tail > 0) & (tail < _TINY), _LOGF_SUBNORMAL_DAZ, _libm_log(tail))
    return np.concatenate([_eigen_plog_f32(weights[:head]), tail_log.astype(_F32)])


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
        logits = spec.input if weights is None else tf_log(weights)[np.newaxis]
        out = np.empty(spec.shape, dtype=np.int64)
        seeds = np.ascontiguousarray(spec.tensors["seed"], dtype=np.int64).view(np.uint64)  # TF casts to uint64
        _choices(out, seeds, np.ascontiguousarray(logits[0]))
        return out


SAMPLE_FROM_DATASETS = SampleFromDatasets()
