"""``tf.random.experimental.index_shuffle``: TF ``RandomIndexShuffle``, a pure bijection of the
seed itself (no Philox stream: no stateful kernel, no Generator method).

Sources: ``tensorflow/python/ops/stateless_random_ops.py`` (``index_shuffle``: the seed padded
with 498247692), ``tensorflow/core/kernels/random_index_shuffle_op.cc``.
"""

from __future__ import annotations

import dataclasses
from typing import ClassVar

import numpy as np

from philoxd_server._errors import InvalidArgument

from .. import _index_shuffle
from .._spec import DrawSpec, dtype_name, kernel_errors
from ._base import Op

__all__ = ["INDEX_SHUFFLE"]

_INDEX_DTYPES = ("int32", "int64", "uint32", "uint64")  # RandomIndexShuffle attr dtype


class IndexShuffle(Op):
    """``index_shuffle``: ``input`` (the index) permuted within ``[0, max_index]``."""

    name = "index_shuffle"
    tensor_params = ("max_index",)
    function_names: ClassVar = {"stateless": "tf.random.experimental.index_shuffle"}

    def validate(self, spec: DrawSpec, *, stateful: bool) -> None:
        index, max_index = spec.input, spec.tensors.get("max_index")
        if index is None or max_index is None:
            raise InvalidArgument(f"{spec.function}: needs `input` (index) and tensors['max_index']")
        if dtype_name(index.dtype) not in _INDEX_DTYPES:
            raise InvalidArgument(
                f"Value for attr 'dtype' of {dtype_name(index.dtype)} is not in the list of allowed values: int32, uint32, int64, uint64"
            )
        if max_index.dtype != index.dtype:
            raise InvalidArgument(
                f"{spec.function}: `max_index` must have the dtype of `index` ({dtype_name(index.dtype)}), got {dtype_name(max_index.dtype)}"
            )

    def with_seed(self, spec: DrawSpec, seed: np.ndarray) -> DrawSpec | None:
        return dataclasses.replace(spec, tensors={**spec.tensors, "seed": np.asarray(seed)})

    def generate(self, spec: DrawSpec, key: int, counter: int, *, stateful: bool) -> np.ndarray:
        assert spec.input is not None
        seed = np.asarray(spec.tensors["seed"])
        padded = np.pad(seed, [(1, 0)] + [(0, 0)] * (seed.ndim - 1), constant_values=_index_shuffle.SEED_PAD)
        with kernel_errors():
            return _index_shuffle.index_shuffle(spec.input, padded, spec.tensors["max_index"])


INDEX_SHUFFLE = IndexShuffle()
