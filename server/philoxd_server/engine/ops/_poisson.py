"""``tf.random.poisson``: TF ``RandomPoissonV2`` (stateful, output ``[*shape, *lam.shape]``)
and ``StatelessRandomPoisson`` (``tf.random.stateless_poisson``, output ``shape``).
``tf.random.Generator`` has no Poisson method.

Sources: ``tensorflow/python/ops/random_ops.py`` (``random_poisson_v2``),
``stateless_random_ops.py``, ``tensorflow/core/kernels/random_poisson_op.cc`` (attrs ``R`` and
``dtype``; reservation ``num_samples * rate_size * 256``, nothing when ``num_samples == 0``).
The sampler: :mod:`.._gpb`.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from philoxd_server._errors import InvalidArgument

from .. import _gpb
from .._spec import DrawSpec, dtype_name, kernel_errors
from ._gpb_attrs import GPB_ALL, AttrCheckedOp, attr_error

__all__ = ["POISSON"]


def _check_attrs(spec: DrawSpec) -> None:
    """RandomPoissonV2 / StatelessRandomPoisson's attr checks (raised by the op, after the
    Python wrapper has drawn the op seeds)."""
    lam = spec.tensors["lam"]
    if dtype_name(lam.dtype) not in GPB_ALL:
        raise attr_error("R", lam.dtype, GPB_ALL)
    if dtype_name(spec.dtype) not in GPB_ALL:
        raise attr_error("dtype", spec.dtype, GPB_ALL)


class Poisson(AttrCheckedOp):
    """``poisson``: Knuth / PTRS samples of rate ``lam``."""

    name = "poisson"
    tensor_params = ("lam",)
    function_names: ClassVar = {"stateless": "tf.random.stateless_poisson"}
    generator_method = False

    def check_attrs(self, spec: DrawSpec) -> None:
        _check_attrs(spec)

    def check_kernel(self, spec: DrawSpec) -> None:
        super().check_kernel(spec)
        if spec.num_elements > 0:
            # TF never returns for these rates (stateless: the kernel raises the same).
            message = _gpb.poisson_rate_error(spec.tensors["lam"], spec.dtype)
            if message:
                raise InvalidArgument(message)

    def kernel_name(self, spec: DrawSpec) -> str:
        # RandomPoissonV2 by the rate dtype R and the output dtype
        return f"RandomPoissonV2/{dtype_name(spec.tensors['lam'].dtype)}/{dtype_name(spec.dtype)}"

    def kernel_reservation(self, spec: DrawSpec) -> int:
        # random_poisson_op.cc: nothing when num_samples == 0
        return _gpb.random_poisson_reservation(spec.num_elements, spec.tensors["lam"].size)

    def output_elements(self, spec: DrawSpec, *, stateful: bool) -> int:
        n = spec.num_elements
        if stateful and "lam" in spec.tensors:  # RandomPoissonV2: [*shape, *lam.shape]
            n *= spec.tensors["lam"].size
        return n

    def generate(self, spec: DrawSpec, key: int, counter: int, *, stateful: bool) -> np.ndarray:
        lam = spec.tensors["lam"]
        with kernel_errors():
            if stateful:
                raw = _gpb.random_poisson(key, counter, spec.num_elements, lam, spec.dtype)
                return raw.reshape(spec.shape + lam.shape)
            return _gpb.stateless_poisson(key, counter, spec.shape, lam, spec.dtype)


POISSON = Poisson()
