"""``tf.random.categorical``: TF ``Multinomial`` (stateful), ``StatelessMultinomial`` and
``Generator``-free ``tf.random.stateless_categorical``.

Sources: ``tensorflow/python/ops/random_ops.py`` (``multinomial_categorical_impl``),
``tensorflow/core/kernels/multinomial_op.cc`` (checks, reservation, ``MultinomialFunctor``).
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from philoxd_server._errors import InvalidArgument

from .. import _distributions as dist
from .._spec import (
    DTYPES,
    FLOATS,
    RESERVED_SAMPLES_PER_OUTPUT,
    SIGNED_INTS,
    DrawSpec,
    check_dims,
    dtype_name,
    shape_str,
    tf_tuple,
    value_error,
)
from .._sharding import multinomial_cost, shard_starts
from ._base import Op

__all__ = ["CATEGORICAL"]

_SAMPLES_PER_GROUP = 4  # multinomial_op.cc: num_samples rounded up to a multiple of 4
_WORDS_PER_SAMPLE = 2  # multinomial_op.cc on CPU: 2 words per double


def _check_logits(spec: DrawSpec) -> None:
    """Multinomial's kernel checks (multinomial_op.cc)."""
    logits = spec.input
    if logits is None or logits.ndim != 2:
        raise InvalidArgument(f"logits should be a matrix, got shape {None if logits is None else shape_str(logits.shape)}")
    if dtype_name(logits.dtype) not in FLOATS:
        raise InvalidArgument(f"{spec.function}: argument `logits` must be floating point, got {logits.dtype}")
    if spec.num_samples < 0:
        raise InvalidArgument(f"num_samples should be non-negative, got {spec.num_samples}")
    if logits.shape[1] <= 0:
        raise InvalidArgument(f"num_classes should be positive, got {logits.shape[1]}")


class Categorical(Op):
    """``categorical``: ``[batch, num_samples]`` class indices from ``[batch, classes]`` logits."""

    name = "categorical"
    function_names: ClassVar = {"stateless": "tf.random.stateless_categorical"}

    def request_shape(self, shape: tuple[int, ...], value: np.ndarray | None, num_samples: int) -> tuple[int, ...]:
        return (value.shape[0], num_samples) if value is not None and value.ndim == 2 else shape

    def validate(self, spec: DrawSpec, *, stateful: bool) -> None:
        name = dtype_name(spec.dtype)
        if name not in SIGNED_INTS:
            raise value_error(f"Argument `dtype` got invalid value <dtype: '{name}'>. Accepted dtypes are {tf_tuple(SIGNED_INTS)}.")
        if spec.input is None:  # TF converts the logits before it draws the op seed
            raise InvalidArgument(f"{spec.function}: argument `logits` is required")
        if not stateful:  # a stateful op's kernel: check_kernel
            _check_logits(spec)

    def check_kernel(self, spec: DrawSpec) -> None:
        _check_logits(spec)  # its shape is [batch, num_samples]: num_samples' own message first
        check_dims(spec)

    def kernel_name(self, spec: DrawSpec) -> str:
        assert spec.input is not None
        return f"Multinomial/{dtype_name(spec.input.dtype)}/{dtype_name(spec.dtype)}"

    def kernel_reservation(self, spec: DrawSpec) -> int:
        assert spec.input is not None
        if spec.num_elements == 0:  # TF multinomial_op.cc: kernel runs only for nonempty output
            return 0
        # TF multinomial_op.cc: ceil4(num_samples), doubled on CPU (2 words per double).
        per_row = -(-spec.num_samples // _SAMPLES_PER_GROUP) * _SAMPLES_PER_GROUP * _WORDS_PER_SAMPLE
        return spec.input.shape[0] * per_row * RESERVED_SAMPLES_PER_OUTPUT

    def generate(self, spec: DrawSpec, key: int, counter: int, *, stateful: bool) -> np.ndarray:
        assert spec.input is not None
        if spec.num_elements == 0:
            return np.zeros(spec.shape, spec.dtype)
        logits = spec.input
        if logits.dtype == DTYPES["bfloat16"]:
            logits = logits.astype(np.float32)  # exact; the functor works in double
        starts = shard_starts(spec.intra_op_threads, *self.shard_work(spec))
        return dist.multinomial(key, counter, logits, spec.num_samples, spec.dtype, row_starts=starts)

    def shard_work(self, spec: DrawSpec) -> tuple[int, int]:
        """Rows, at ``MultinomialFunctor``'s cost per row."""
        assert spec.input is not None
        batch, classes = spec.input.shape
        return batch, multinomial_cost(spec.num_samples, max(classes, 1))


CATEGORICAL = Categorical()
