"""TF's shard starts (engine/_sharding.py): the rule's corner cases. The values it gives are
checked against TF at 1-64 intra-op threads by the golden cases (tests/golden/tf_threads.json)."""

from __future__ import annotations

import numpy as np
import pytest

from philoxd_server.engine import _distributions as D
from philoxd_server.engine import _ptn_kernel
from philoxd_server.engine._sharding import multinomial_cost, ptn_cost, shard_starts


def test_costs_are_tfs() -> None:
    assert [ptn_cost(2), ptn_cost(4), ptn_cost(8)] == [214, 187, 258]
    assert multinomial_cost(256, 16) == 50 * (256 * 4 + 16)
    assert multinomial_cost(1, 1) == 50


@pytest.mark.parametrize(
    ("threads", "total", "cost", "starts"),
    [
        (1, 10**6, 10**6, [0]),  # one thread: TF runs the work inline
        (8, 0, 187, []),  # no work
        (8, 1, 10**9, [0]),  # one unit
        (4, 1122, 187, [0]),  # the cost model wants one thread: 1122 * 187 < 210000 cycles
        (4, 1123, 187, [0, 281, 562, 843]),  # ... two or more: ceil(1123 / 4) per block
        (2, 4096, 187, list(range(0, 4096, 512))),  # 213-unit blocks grown to 512 (efficiency 1)
        (3, 4096, 187, list(range(0, 4096, 342))),
        (64, 4096, 187, list(range(0, 4096, 213))),  # int(40000 / 187) per block
    ],
)
def test_shard_starts(threads: int, total: int, cost: int, starts: list[int]) -> None:
    assert shard_starts(threads, total, cost) == starts


def test_every_count_is_a_partition() -> None:
    for threads in (2, 3, 5, 7, 16, 64, 1000):
        for total in (2, 17, 1000, 4096, 99991):
            for cost in (1, 50, 187, 5000, 10**6):
                s = shard_starts(threads, total, cost)
                assert s[0] == 0 and all(a < b for a, b in zip(s, s[1:])) and s[-1] < total
                assert len(s) == 1 or len({b - a for a, b in zip(s, s[1:])}) == 1  # equal blocks, a shorter last


def test_kernels_take_the_starts() -> None:
    logits = np.sin(np.arange(64 * 100, dtype=np.float32)).reshape(64, 100)
    one = D.multinomial(3, 4, logits, 32, np.int64)
    starts = shard_starts(8, 64, multinomial_cost(32, 100))
    assert len(starts) > 1
    eight = D.multinomial(3, 4, logits, 32, np.int64, row_starts=starts)
    assert np.array_equal(one[: starts[1]], eight[: starts[1]]) and not np.array_equal(one, eight)
    params = [np.array(v, np.float32) for v in (0.0, 1.0, -2.0, 2.0)]
    a = _ptn_kernel.parameterized_truncated_normal(3, 4, (2048,), *params)
    b = _ptn_kernel.parameterized_truncated_normal(3, 4, (2048,), *params, threads=2)
    assert shard_starts(2, 2048, ptn_cost(4))[:3] == [0, 256, 512]
    assert np.array_equal(a[:256], b[:256]) and not np.array_equal(a, b)
    # a shard's generator starts at ceil(first * 2 * kMaxIterations / 4) blocks
    c = _ptn_kernel.parameterized_truncated_normal(3, 4 + 256 * 2000 // 4, (256,), *params)
    assert np.array_equal(b[256:512], c)
