"""The candidate samplers: TF ``UniformCandidateSampler``, ``LogUniformCandidateSampler``,
``LearnedUnigramCandidateSampler``, ``FixedUnigramCandidateSampler`` and ``AllCandidateSampler``
(``tf.random.*_candidate_sampler``): stateful kernels only, three outputs per call, and the
learned sampler's counts as the kernel's own state.

Sources: ``tensorflow/core/kernels/candidate_sampler_ops.cc`` (attrs, checks, reservation
``ReserveSamples32(2048 * num_sampled)``), ``range_sampler.cc``. The sampler set-up and checks:
:mod:`.._samplers`; the draws: :mod:`.._samplers_kernel`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import numpy as np

from philoxd_server._errors import InvalidArgument, ResourceExhausted

from .. import _samplers, _samplers_kernel
from .._samplers import SAMPLER_KINDS, SamplerSpec
from .._spec import DrawSpec, check_dims, kernel_errors
from ._base import Op

__all__ = ["CANDIDATES"]

_LEARNED = "learned_unigram"  # the sampler whose kernel learns from the true classes it sees


class Candidates(Op):
    """``candidates``: ``(sampled_candidates, true_expected_count, sampled_expected_count)``."""

    name = "candidates"
    kernel_outputs = True

    def function_name(self, source: str, sampler: SamplerSpec | None) -> str:
        if source != "generator" and sampler is not None and sampler.kind in SAMPLER_KINDS:
            return f"tf.random.{sampler.kind}_candidate_sampler"
        return super().function_name(source, sampler)

    def validate(self, spec: DrawSpec, *, stateful: bool) -> None:
        if spec.sampler is None or spec.input is None:
            raise InvalidArgument(f"{spec.function}: a candidate sampler needs `sampler` and `input` (true_classes)")
        if spec.input.dtype != np.int64:
            raise InvalidArgument(f"{spec.function}: true_classes must be int64, got {spec.input.dtype}")
        # The sampler's own checks are its kernel's (the op seed is drawn): check_kernel.

    def check_kernel(self, spec: DrawSpec) -> None:
        if spec.sampler is not None and spec.input is not None:
            with kernel_errors():
                _samplers.check_sampler(spec.sampler, spec.input)
        check_dims(spec)

    def kernel_name(self, spec: DrawSpec) -> str:
        assert spec.sampler is not None
        return spec.sampler.kernel_name()

    def check_sizes(self, spec: DrawSpec, max_elements: int) -> None:
        if spec.sampler is not None and spec.input is not None:
            _samplers.check_sizes(spec.sampler, spec.input, max_elements, spec.function)

    def kernel_reservation(self, spec: DrawSpec) -> int:
        assert spec.sampler is not None
        return _samplers.reservation_blocks(spec.sampler)

    def kernel_memory(self, spec: DrawSpec) -> Callable[[], np.ndarray] | None:
        assert spec.sampler is not None
        if spec.sampler.kind != _LEARNED:
            return None
        # A fresh TF kernel's sampler starts from all ones.
        return functools.partial(np.ones, spec.sampler.range_max, dtype=np.int64)

    def sample(self, spec: DrawSpec, key: int, counter: int, memory: np.ndarray | None, max_tries: int) -> tuple[np.ndarray, ...]:
        assert spec.sampler is not None and spec.input is not None
        outputs = _samplers_kernel.sample_candidates(spec.sampler, spec.input, key, counter, memory, max_tries)
        if outputs is None:
            raise ResourceExhausted(
                f"{spec.function}: unique=True drew {max_tries} samples without finding {spec.sampler.num_sampled} distinct "
                f"candidates of {spec.sampler.range} (the limit grows with philoxd serve --max-elements)"
            )
        return outputs

    def generate(self, spec: DrawSpec, key: int, counter: int, *, stateful: bool) -> np.ndarray:
        # Only a stateful kernel samples candidates (sample); no other request source has them.
        raise InvalidArgument(f"{spec.function}: unknown distribution {self.name!r}")


CANDIDATES = Candidates()
