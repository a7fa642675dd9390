"""What a TF op is to the engine: :class:`Op`, the unit the registry (:data:`.OPS`) holds.

An op owns everything about itself: its TF kernel name and the attrs that key TF's kernel
cache, its counter reservation, its output size, its argument checks (the Python wrapper's
and the kernel's), its generation and the names TF's messages give it. The generic flow
(:mod:`.._ops`: validate -> reservation -> generate / pieces) and the service ask an op;
they never switch on its name. The defaults here are those of most ``tf.random`` ops.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import ClassVar

import numpy as np

from philoxd_server._errors import InvalidArgument

from .._samplers import SamplerSpec
from .._spec import RESERVED_SAMPLES_PER_OUTPUT, DrawSpec, check_dims

__all__ = ["Op", "Prepared", "broadcast_elements", "generator_skip"]

Prepared = Callable[[int, int], np.ndarray]  # (key, counter) -> flat values

_INT32_MIN, _INT32_MAX = -(2**31), 2**31 - 1
_U64 = (1 << 64) - 1


def _wrap_signed(value: int, bits: int) -> int:
    """``value`` in a two's-complement integer of ``bits`` bits."""
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


def generator_skip(spec: DrawSpec) -> int:
    """Counter units a ``Generator`` draw skips: ``reduce_prod(shape) * 256`` (RngReadAndSkip).

    TF ``Generator._prepare_key_counter``: skip(reduce_prod(shape)), the product in the shape
    tensor's dtype (int32 unless a dimension needs int64, wrapping), cast to uint64; then
    RngReadAndSkip's delta * 256 wraps at 2**64. So a negative shape moves the state too.
    """
    bits = 64 if spec.shape_int64 or not all(_INT32_MIN <= dim <= _INT32_MAX for dim in spec.shape) else 32
    product = 1
    for dim in spec.shape:
        product = _wrap_signed(product * dim, bits)
    return (product * RESERVED_SAMPLES_PER_OUTPUT) & _U64


class Op:
    """One TF op family (its stateful kernel, its stateless op and its ``Generator`` method).

    Subclasses set :attr:`name` and override what differs from the defaults; each module of
    :mod:`philoxd_server.engine.ops` holds one such class and its instance, and
    :data:`philoxd_server.engine.ops.OPS` lists the instances once.

    Attributes:
      name: The registry key: ``DrawSpec.distribution`` and, upper-cased, the proto
        ``Distribution`` value's name.
      tensor_params: The parameters that may come as tensors (``DrawSpec.tensors``), by TF
        argument name.
      function_names: The public TF function of each request source (``"kernel"``,
        ``"stateless"``), for messages; a missing source is ``tf.random.<name>``.
      fixed_rate: Output ``i`` comes from Philox block ``counter + i // values_per_block``,
        whatever the draw's length (TF ``FillPhiloxRandom`` with a fixed-rate distribution):
        without tensor parameters, such a draw is generated piece by piece.
      generator_method: ``tf.random.Generator`` has this method.
      generator_philox_only: A ``Generator`` draw needs the Philox algorithm (the op's
        kernel checks it before anything else).
      kernel_outputs: A stateful call returns several tensors (:meth:`sample`).
    """

    name: ClassVar[str] = ""
    tensor_params: ClassVar[tuple[str, ...]] = ()
    function_names: ClassVar[Mapping[str, str]] = {}
    fixed_rate: ClassVar[bool] = False
    generator_method: ClassVar[bool] = True
    generator_philox_only: ClassVar[bool] = False
    kernel_outputs: ClassVar[bool] = False

    # -- requests ---------------------------------------------------------------------
    def function_name(self, source: str, sampler: SamplerSpec | None) -> str:  # noqa: ARG002 - candidates use it
        """The public TF function a request from ``source`` runs (messages start with it)."""
        if source == "generator":
            return f"Generator.{self.name}"
        return self.function_names.get(source, f"tf.random.{self.name}")

    def request_shape(self, shape: tuple[int, ...], value: np.ndarray | None, num_samples: int) -> tuple[int, ...]:  # noqa: ARG002
        """The draw's output shape from a request's ``shape``, ``input`` and ``num_samples``."""
        return shape

    # -- checks ---------------------------------------------------------------------------
    def validate(self, spec: DrawSpec, *, stateful: bool) -> None:
        """TF's Python wrapper checks (before a stateful op draws its seed); raise InvalidArgument."""

    def check_kernel(self, spec: DrawSpec) -> None:
        """The checks TF's C++ kernel makes (after the op seed was drawn, or a Generator's state
        skipped); the default: dimensions >= 0."""
        check_dims(spec)

    # -- counters ---------------------------------------------------------------------------
    def kernel_name(self, spec: DrawSpec) -> str:
        """The stateful TF kernel, with the attrs that key TF's kernel cache."""
        raise InvalidArgument(f"{spec.function}: {self.name} has no stateful kernel")

    def shard_work(self, spec: DrawSpec) -> tuple[int, int] | None:
        """(units, cost per unit) of the work TF shards over its intra-op threads when where the
        shards begin moves the values (:mod:`.._sharding`); None when it does not."""
        return None

    def kernel_reservation(self, spec: DrawSpec) -> int:
        """Counter units (128-bit Philox blocks) one call of the stateful kernel reserves
        (TF random_op.cc: ReserveRandomOutputs(num_elements, 256))."""
        return spec.num_elements * RESERVED_SAMPLES_PER_OUTPUT

    def generator_reservation(self, spec: DrawSpec) -> int:
        """Counter units a ``Generator`` draw skips."""
        return generator_skip(spec)

    def output_elements(self, spec: DrawSpec, *, stateful: bool) -> int:  # noqa: ARG002
        """Elements of the output (for the size limit)."""
        return spec.num_elements

    def check_sizes(self, spec: DrawSpec, max_elements: int) -> None:
        """Check the sizes a request names besides its output's (a sampler's range and tables)
        against the per-request limit, before any work; raise ResourceExhausted. Default: none."""

    # -- generation ---------------------------------------------------------------------------
    def prepare(self, spec: DrawSpec, *, stateful: bool) -> Prepared | None:  # noqa: ARG002
        """A kernel that alone makes :meth:`generate`'s values for ``spec`` (no wrapper
        arithmetic), settled once per spec; None if there is none."""
        return None

    def generate(self, spec: DrawSpec, key: int, counter: int, *, stateful: bool) -> np.ndarray:
        """The draw's values from Philox (key, counter): pure; ``spec`` validated."""
        raise NotImplementedError

    def with_seed(self, spec: DrawSpec, seed: np.ndarray) -> DrawSpec | None:  # noqa: ARG002
        """For an op whose stateless form is a function of the seed itself rather than of a
        Philox stream: the spec to generate at (0, 0); else None."""
        return None

    def kernel_memory(self, spec: DrawSpec) -> Callable[[], np.ndarray] | None:  # noqa: ARG002
        """What makes a fresh stateful kernel's own state, which its calls update (None: the
        kernel has none)."""
        return None

    def sample(self, spec: DrawSpec, key: int, counter: int, memory: np.ndarray | None, max_tries: int) -> tuple[np.ndarray, ...]:
        """A stateful call's outputs (:attr:`kernel_outputs`), updating ``memory``; rejection
        sampling gives up (ResourceExhausted) after ``max_tries`` samples."""
        return (self.generate(spec, key, counter, stateful=True),)


def broadcast_elements(spec: DrawSpec, names: tuple[str, ...]) -> int:
    """Elements of a draw whose wrapper arithmetic broadcasts the kernel's output with the
    tensor parameters ``names`` (``prod(shape)`` if they do not broadcast: generation raises
    TF's error after the kernel ran)."""
    n = spec.num_elements
    params = [spec.tensors[k].shape for k in names if k in spec.tensors]
    if params:
        try:
            n = max(n, math.prod(np.broadcast_shapes(tuple(max(d, 0) for d in spec.shape), *params)))
        except ValueError:
            pass
    return n
