"""tf.random ops as pure functions of (key, counter): the generic flow over the op registry.

A draw is described by a :class:`DrawSpec`; what it means is its op's (:data:`.ops.OPS`,
looked up by ``spec.distribution``). Stateful kernels (``tf.random.uniform`` & co) reserve
``kernel_reservation(spec)`` counter units per call; stateless ops and Generator draws use
the ``*_v2`` kernels, whose (key, counter) come from the seed or the generator state.
Generation itself is ``generate(spec, key, counter, stateful=...)`` and touches no state.
This module adds what every op shares: per-spec memos of checks and prepared kernels, TF's
graph-mode error for shapes that do not broadcast, and piecewise generation.

Sources: ``tensorflow/python/ops/random_ops.py``, ``stateless_random_ops.py``,
``stateful_random_ops.py``, ``tensorflow/core/kernels/random_op.cc``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

from philoxd_server._errors import InvalidArgument
from philoxd_server.engine import _distributions as dist
from philoxd_server.engine._samplers import SamplerSpec
from philoxd_server.engine._sharding import may_shard
from philoxd_server.engine._spec import (
    DTYPES,
    GRAPH_FOLD_MAX_BYTES,
    PHILOX_WORDS_PER_BLOCK,
    RESERVED_SAMPLES_PER_OUTPUT,
    DrawSpec,
    ShapeMismatch,
    add,
    arith,
    check_dims,
)
from philoxd_server.engine.ops import OPS, Op

__all__ = [
    "DISTRIBUTIONS",
    "DTYPES",
    "GRAPH_FOLD_MAX_BYTES",
    "OPS",
    "PHILOX_WORDS_PER_BLOCK",
    "RESERVED_SAMPLES_PER_OUTPUT",
    "TENSOR_PARAMS",
    "DrawSpec",
    "Op",
    "SamplerSpec",
    "check_kernel_args",
    "depends_on_threads",
    "generate",
    "generates_in_pieces",
    "generator_reservation",
    "graph_folds",
    "kernel_name",
    "kernel_reservation",
    "op",
    "output_elements",
    "pieces",
    "split",
    "validate",
]

DISTRIBUTIONS = tuple(OPS)
# Ops whose parameters may be tensors (DrawSpec.tensors), by TF argument name.
TENSOR_PARAMS: dict[str, tuple[str, ...]] = {name: o.tensor_params for name, o in OPS.items() if o.tensor_params}

# TF's wrapper arithmetic, under the names tests use.
_arith, _add = arith, add


def op(spec: DrawSpec) -> Op:
    """The op a draw runs (:class:`InvalidArgument` for a name the registry does not hold)."""
    found = OPS.get(spec.distribution)
    if found is None:
        raise InvalidArgument(f"{spec.function}: unknown distribution {spec.distribution!r}")
    return found


# Per-spec-object memos: (id(spec), tag) -> (spec, result). Each entry holds its spec, so
# its id stays its own. A caller that reuses spec objects (the servicer's plan cache) pays
# for a check or a preparation once; specs with arrays are never held (see _memo).
_Memo = dict[tuple[int, object], tuple[DrawSpec, Any]]
_PASSED: _Memo = {}  # checks that passed: validate (tag: stateful) and check_kernel_args ("kernel")
_MEMO_MAX = 4096  # entries per memo (cleared when full)


def _memo(table: _Memo, spec: DrawSpec, tag: object, make: Callable[[], Any]) -> Any:
    """``make()``, once per (spec object, tag) in ``table`` (not kept if it raises). A spec
    with arrays (which its owner may change) gets ``make()`` every time and is never held."""
    if spec.input is not None or spec.tensors or spec.sampler is not None:
        return make()
    key = (id(spec), tag)
    entry = table.get(key)
    if entry is None or entry[0] is not spec:
        if len(table) >= _MEMO_MAX:
            table.clear()
        entry = table[key] = (spec, make())
    return entry[1]


def validate(spec: DrawSpec, *, stateful: bool, dims: bool | None = None) -> None:
    """Check a spec with TF's wrapper rules and messages; raise :class:`InvalidArgument`.

    The checks are pure: checking the same spec object again costs a dict look-up.

    Args:
      spec: The draw.
      stateful: True for ``tf.random.*`` kernels (stricter dtype lists).
      dims: Check the shape's dimensions now (default: for stateless ops only). A
        stateful op's kernel checks them after the wrapper drew the op seed, and a
        Generator's after its state was skipped: :func:`check_kernel_args`.
    """
    check_dims_now = not stateful if dims is None else dims
    _memo(_PASSED, spec, (stateful, check_dims_now), lambda: _validate(spec, stateful=stateful, dims=check_dims_now))


def _validate(spec: DrawSpec, *, stateful: bool, dims: bool) -> None:
    found = op(spec)
    if dims:
        check_dims(spec)
    found.validate(spec, stateful=stateful)


def check_kernel_args(spec: DrawSpec) -> None:
    """The checks TF's C++ kernels make (after the Python wrapper's, which drew a stateful
    op's seed, and after a Generator has already skipped its counter): dimensions >= 0,
    integer ``minval < maxval`` and each op's own (:meth:`Op.check_kernel`).

    Checking the same spec object again costs a dict look-up.
    """
    _memo(_PASSED, spec, "kernel", lambda: op(spec).check_kernel(spec))


def kernel_name(spec: DrawSpec) -> str:
    """The TF kernel a stateful draw runs on, with the attrs that key TF's kernel cache.

    Shape, minval/maxval, mean/stddev and the input values are op *inputs*, not
    attrs, so draws that differ only in them share one kernel and its counter.
    """
    return op(spec).kernel_name(spec)


def kernel_reservation(spec: DrawSpec) -> int:
    """Counter units (128-bit Philox blocks) one call of a stateful kernel reserves."""
    return op(spec).kernel_reservation(spec)


def generator_reservation(spec: DrawSpec) -> int:
    """Counter units a Generator draw skips: ``reduce_prod(shape) * 256`` (RngReadAndSkip),
    or the op's own advance (``binomial``: StatefulRandomBinomial's, even for an empty output)."""
    return op(spec).generator_reservation(spec)


def depends_on_threads(spec: DrawSpec) -> bool:
    """Whether TF's values of ``spec`` differ at some intra-op thread count (``spec.intra_op_threads``
    then matters); call after :func:`validate`."""
    work = op(spec).shard_work(spec)
    return work is not None and may_shard(*work)


def output_elements(spec: DrawSpec, *, stateful: bool) -> int:
    """Elements of the output: ``prod(shape)``, broadcast with the parameters by the wrapper
    arithmetic, times the parameters' size for the stateful gamma / Poisson kernels."""
    return op(spec).output_elements(spec, stateful=stateful)


def check_sizes(spec: DrawSpec, max_elements: int) -> None:
    """Every size the request names besides its output's, against ``max_elements`` (ResourceExhausted)."""
    op(spec).check_sizes(spec, max_elements)


def generate(spec: DrawSpec, key: int, counter: int, *, stateful: bool) -> np.ndarray:
    """Generate a draw from Philox (key, counter); pure and thread-safe.

    Args:
      spec: A validated draw.
      key: 64-bit Philox key.
      counter: 128-bit Philox counter where the draw starts.
      stateful: True for ``tf.random.*`` kernels (TF's stateful wrapper skips the
        arithmetic for ``minval=0, maxval=1`` given as Python ints); False for
        stateless ops and Generator draws.

    Returns:
      An array of ``spec.dtype`` and ``spec.shape``.
    """
    kernel = _memo(_PREPARED, spec, stateful, lambda: _prepare(spec, stateful=stateful))
    if kernel is not None:
        return kernel(key, counter).reshape(spec.shape)  # type: ignore[no-any-return]
    with np.errstate(all="ignore"):  # TF wraps silently; so does numpy here
        try:
            return _generate(spec, key, counter, stateful=stateful)
        except ShapeMismatch as exc:
            if spec.graph:  # found by shape inference while tracing: TF's ValueError
                raise InvalidArgument(str(exc), python_class="ValueError") from None
            raise


def _generate(spec: DrawSpec, key: int, counter: int, *, stateful: bool) -> np.ndarray:
    """The op's values, without a prepared kernel."""
    return op(spec).generate(spec, key, counter, stateful=stateful)


# generate()'s kernels prepared per spec object (a _memo, tag: stateful): a draw that is the
# kernel's output as it is — uniform floats with TF's default bounds in a stateful op,
# standard normals in float32/float64 — calls the prepared kernel directly, with no dispatch
# and no numpy arithmetic (so no errstate); other specs map to None.
_PREPARED: _Memo = {}


def _prepare(spec: DrawSpec, *, stateful: bool) -> Callable[[int, int], np.ndarray] | None:
    """The kernel that alone makes ``_generate(spec, ., ., stateful)``'s values, or None."""
    with np.errstate(all="ignore"):  # the scalar casts, as in _generate
        return op(spec).prepare(spec, stateful=stateful)


_U128 = (1 << 128) - 1


def generates_in_pieces(spec: DrawSpec) -> bool:
    """Whether :func:`pieces` generates ``spec`` piece by piece (else whole, then sliced)."""
    found = OPS.get(spec.distribution)
    return found is not None and found.fixed_rate and not spec.tensors


def pieces(spec: DrawSpec, key: int, counter: int, *, stateful: bool, max_bytes: int) -> Iterator[np.ndarray]:
    """``generate(...)``'s values, flat in C order, as consecutive pieces of at most ``max_bytes``.

    Fixed-rate ops (uniform, uniform_full_int, normal: :attr:`Op.fixed_rate`) generate each
    piece on its own, as a draw of that many elements from the block where the piece starts:
    the whole result never exists at once, and a consumer can send one piece while the
    next is generated. Other ops are generated whole, then sliced.

    Args:
      spec: A validated draw.
      key: 64-bit Philox key.
      counter: 128-bit Philox counter where the draw starts.
      stateful: As for :func:`generate`.
      max_bytes: Largest piece, in bytes (at least one Philox block's worth of values).

    Yields:
      1-D arrays of ``spec.dtype`` whose concatenation is ``generate(...).reshape(-1)``.
    """
    if generates_in_pieces(spec):
        n, per_block = spec.num_elements, dist.values_per_block(spec.dtype)
        step = max(per_block, max_bytes // spec.dtype.itemsize // per_block * per_block)
        for start in range(0, n, step):
            part = dataclasses.replace(spec, shape=(min(step, n - start),))
            yield generate(part, key, (counter + start // per_block) & _U128, stateful=stateful)
        return
    yield from split(generate(spec, key, counter, stateful=stateful), max_bytes)


def split(values: np.ndarray, max_bytes: int) -> Iterator[np.ndarray]:
    """``values`` flat in C order, as consecutive views of at most ``max_bytes`` (at least one element)."""
    flat = values.reshape(-1)
    step = max(1, max_bytes // flat.itemsize)
    for start in range(0, flat.size, step):
        yield flat[start : start + step]


def graph_folds(spec: DrawSpec) -> bool:
    """Whether a stateless op in a graph is constant-folded (computed as in eager mode): all
    its inputs are constants and its output is small."""
    return not spec.placeholders and spec.num_elements * spec.dtype.itemsize < GRAPH_FOLD_MAX_BYTES
