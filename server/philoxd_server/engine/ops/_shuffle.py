"""``tf.random.shuffle``: TF ``RandomShuffle`` (stateful), ``StatelessShuffle`` and the shuffle
of ``Generator``-less code paths (``tf.random.experimental.stateless_shuffle``).

Sources: ``tensorflow/core/kernels/random_shuffle_op.cc`` (reservation), ``shuffle_common.h``.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from philoxd_server._errors import InvalidArgument

from .. import _distributions as dist
from .._spec import PHILOX_WORDS_PER_BLOCK, DrawSpec, check_dims, dtype_name
from ._base import Op

__all__ = ["SHUFFLE"]


def _check_value(spec: DrawSpec) -> None:
    if spec.input is None or spec.input.ndim < 1 and spec.input.size > 1:
        raise InvalidArgument(f"{spec.function}: argument `value` must be a tensor")


def _needs_shuffling(value: np.ndarray) -> bool:
    return not (value.size <= 1 or value.shape[0] <= 1)


class Shuffle(Op):
    """``shuffle``: Fisher-Yates along axis 0 of ``input``."""

    name = "shuffle"
    function_names: ClassVar = {"kernel": "tf.random.shuffle", "stateless": "tf.random.experimental.stateless_shuffle"}

    def request_shape(self, shape: tuple[int, ...], value: np.ndarray | None, num_samples: int) -> tuple[int, ...]:
        return shape if value is None else value.shape

    def validate(self, spec: DrawSpec, *, stateful: bool) -> None:
        if not stateful:  # a stateful op's kernel: check_kernel
            _check_value(spec)

    def check_kernel(self, spec: DrawSpec) -> None:
        _check_value(spec)
        check_dims(spec)

    def kernel_name(self, spec: DrawSpec) -> str:
        return f"RandomShuffle/{dtype_name(spec.dtype)}"

    def kernel_reservation(self, spec: DrawSpec) -> int:
        assert spec.input is not None
        # TF random_shuffle_op.cc: nothing reserved when no shuffling is needed, else
        # ReserveSamples32(size - 1) = ReserveSamples128(ceil((size - 1) / 4)).
        if not _needs_shuffling(spec.input):
            return 0
        return (spec.input.shape[0] - 1 + PHILOX_WORDS_PER_BLOCK - 1) // PHILOX_WORDS_PER_BLOCK

    def generate(self, spec: DrawSpec, key: int, counter: int, *, stateful: bool) -> np.ndarray:
        value = spec.input
        assert value is not None
        if not _needs_shuffling(value):
            return value.copy()
        return dist.shuffle(key, counter, value)


SHUFFLE = Shuffle()
