"""``engine._ops.pieces``: a draw generated piece by piece equals the draw generated whole."""

from __future__ import annotations

import numpy as np
import pytest

from philoxd_server.engine import _ops
from philoxd_server.engine._ops import DTYPES, DrawSpec

# (distribution, dtype, minval, maxval): the fixed-rate kernels and one that is not (truncated normal).
CASES = [
    ("uniform", "float32", None, None),
    ("uniform", "float64", -2.5, 3.0),
    ("uniform", "float16", None, None),
    ("uniform", "bfloat16", 0, 1),
    ("uniform", "int32", -5, 100),
    ("uniform", "int64", -5, 2**40),
    ("uniform_full_int", "uint32", None, None),
    ("uniform_full_int", "int64", None, None),
    ("normal", "float32", None, None),
    ("normal", "float64", None, None),
    ("normal", "float16", None, None),
    ("truncated_normal", "float32", None, None),
]
# Counters next to the 64- and 128-bit carries: a piece's start block must carry like the kernel.
COUNTERS = [0, 2**64 - 3, 2**96 - 1, 2**128 - 2]


@pytest.mark.parametrize(("distribution", "dtype", "minval", "maxval"), CASES)
@pytest.mark.parametrize("stateful", [True, False])
def test_pieces_concatenate_to_the_whole_draw(distribution: str, dtype: str, minval: object, maxval: object, stateful: bool) -> None:
    for n in (0, 1, 3, 5, 1000, 4099):
        spec = DrawSpec(distribution=distribution, dtype=DTYPES[dtype], shape=(n,), minval=minval, maxval=maxval)  # type: ignore[arg-type]
        for counter in COUNTERS:
            whole = _ops.generate(spec, 0x0123456789ABCDEF, counter, stateful=stateful).reshape(-1)
            for max_bytes in (16, 24, 1000):
                parts = list(_ops.pieces(spec, 0x0123456789ABCDEF, counter, stateful=stateful, max_bytes=max_bytes))
                joined = np.concatenate(parts) if parts else np.empty(0, whole.dtype)
                assert joined.dtype == whole.dtype and joined.tobytes() == whole.tobytes(), (n, counter, max_bytes)
                per_block = 2 if whole.itemsize == 8 else 4
                assert all(p.nbytes <= max(max_bytes, per_block * p.itemsize) for p in parts)


def test_only_fixed_rate_distributions_generate_in_pieces() -> None:
    def spec(distribution: str) -> DrawSpec:
        return DrawSpec(distribution=distribution, dtype=DTYPES["float32"], shape=(8,))

    assert all(_ops.generates_in_pieces(spec(d)) for d in ("uniform", "uniform_full_int", "normal"))
    assert not any(_ops.generates_in_pieces(spec(d)) for d in ("truncated_normal", "gamma", "shuffle"))
