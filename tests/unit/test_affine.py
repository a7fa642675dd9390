"""The one-pass ``x * s + c`` equals TF's two flushed ops computed with numpy, bit for bit."""

from __future__ import annotations

import numpy as np
import pytest

from philoxd_server.engine import _spec


def _values(dtype: np.dtype) -> np.ndarray:
    info = np.finfo(dtype)
    special = [0.0, -0.0, info.tiny, -info.tiny, info.tiny / 2, -info.tiny / 3, info.smallest_subnormal,
               info.max, -info.max, np.inf, -np.inf, np.nan, 1.0, -1.0, 1e-30, 3.5]
    rng = np.random.default_rng(7)
    with np.errstate(over="ignore"):  # a few land on +-inf: kept
        random = np.concatenate([rng.standard_normal(5000), rng.standard_normal(2000) * float(info.tiny) * 4,
                                 rng.standard_normal(1000) * (float(info.max) / 4)])
    return np.concatenate([np.array(special, dtype=np.float64), random]).astype(dtype)


@pytest.mark.parametrize("dtype", [np.dtype(np.float32), np.dtype(np.float64)])
@pytest.mark.parametrize("graph", [False, True])
def test_multiply_add_matches_the_two_numpy_ops(dtype: np.dtype, graph: bool) -> None:
    x = _values(dtype).reshape(-1, 2)
    info = np.finfo(dtype)
    params = [1.0, 2.5, -3.0, 0.0, -0.0, 1e-3, 7, float(info.tiny) / 2, float(info.tiny), 1e30, np.inf, np.nan,
              np.float64(0.1), np.float32(-2.75)]
    with np.errstate(all="ignore"):
        for s in params:
            for c in params:
                got = _spec.multiply_add(x, s, c, dtype, graph=graph)
                want = _spec.add(_spec.arith(np.multiply, x, s, dtype), c, dtype, graph=graph)
                assert got.dtype == want.dtype and got.shape == want.shape
                assert got.tobytes() == np.asarray(want).tobytes(), (s, c)
