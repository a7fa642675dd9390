"""``stateless_binomial`` / ``Generator.binomial``: TF ``StatelessRandomBinomial`` and
``StatefulRandomBinomial`` (one sampler; the Generator samples at its state *before* its own
advance, ``num_batches * 2 * 100 * (samples_per_batch + 3) / 4 * 256``, and needs Philox).
No ``tf.random.binomial`` kernel.

Sources: ``tensorflow/python/ops/stateless_random_ops.py``, ``stateful_random_ops.py``,
``tensorflow/core/kernels/random_binomial_op.cc``. The sampler: :mod:`.._gpb`.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from philoxd_server._errors import InvalidArgument

from .. import _gpb
from .._spec import DrawSpec, dtype_name, kernel_errors
from ._base import Op
from ._gpb_attrs import GPB_ALL, GPB_FLOATS, attr_error

__all__ = ["BINOMIAL"]


class Binomial(Op):
    """``binomial``: inversion / BTRS samples of ``counts`` trials with ``probs``."""

    name = "binomial"
    tensor_params = ("counts", "probs")
    function_names: ClassVar = {"stateless": "tf.random.stateless_binomial"}
    generator_philox_only = True  # TF StatefulRandomBinomial's own check

    def validate(self, spec: DrawSpec, *, stateful: bool) -> None:
        """StatefulRandomBinomial / StatelessRandomBinomial checks, all made before a
        Generator's state moves."""
        counts, probs = spec.tensors.get("counts"), spec.tensors.get("probs")
        if counts is None or probs is None:
            raise InvalidArgument(f"{spec.function}: needs tensors['counts'] and tensors['probs']")
        for value in (counts, probs):
            if dtype_name(value.dtype) not in GPB_FLOATS:
                raise attr_error("T", value.dtype, GPB_FLOATS)
        if counts.dtype != probs.dtype:
            raise InvalidArgument(
                f"{spec.function}: `counts` and `probs` must have one dtype, got {dtype_name(counts.dtype)} and {dtype_name(probs.dtype)}"
            )
        if dtype_name(spec.dtype) not in GPB_ALL:
            raise attr_error("dtype", spec.dtype, GPB_ALL)
        with kernel_errors():
            _, spb, nb, c, p = _gpb._binomial_batch(spec.shape, counts, probs)
            if spb * nb:
                mode, dcount, _ = _gpb._binomial_modes(c, p)
                if (((mode == _gpb._B_INV) | (mode == _gpb._B_INV_Q)) & np.isnan(dcount)).any():
                    raise ValueError("counts must not be NaN (TensorFlow's binomial sampler never terminates for NaN counts)")

    def generator_reservation(self, spec: DrawSpec) -> int:
        t = spec.tensors
        return _gpb.binomial_state_advance(spec.shape, t["counts"].shape, t["probs"].shape)

    def generate(self, spec: DrawSpec, key: int, counter: int, *, stateful: bool) -> np.ndarray:
        t = spec.tensors
        with kernel_errors():
            return _gpb.stateless_binomial(key, counter, spec.shape, t["counts"], t["probs"], spec.dtype)


BINOMIAL = Binomial()
