"""TF seed rules (random_seed.get_seed, the eager op-seed sequence) and counter arithmetic."""

from __future__ import annotations

import random

import pytest

from philoxd_server.engine import _seeds
from philoxd_server.state import add_counter


def test_truncate_is_python_modulo() -> None:
    assert _seeds.truncate_seed(2**31 - 1) == 0
    assert _seeds.truncate_seed(-1) == 2**31 - 2
    assert _seeds.truncate_seed(2**64 + 5) == (2**64 + 5) % (2**31 - 1)


@pytest.mark.parametrize(
    ("global_seed", "op_seed", "expected"),
    [
        (None, None, (0, 0)),  # nondeterministic
        (None, 7, (_seeds.DEFAULT_GRAPH_SEED, 7)),
        (5, 7, (5, 7)),
        (0, 0, (0, 2**31 - 1)),  # (0, 0) is avoided
        (2**31 - 1, 2**31 - 1, (0, 2**31 - 1)),  # truncates to (0, 0) first
    ],
)
def test_resolve_seeds(global_seed: int | None, op_seed: int | None, expected: tuple[int, int]) -> None:
    assert _seeds.resolve_seeds(global_seed, op_seed) == expected


@pytest.mark.parametrize("global_seed", [1234, 0, -5, 2**100 + 7, _seeds.DEFAULT_GRAPH_SEED])
def test_eager_op_seed_is_pythons_random_sequence(global_seed: int) -> None:
    rng = random.Random(global_seed)
    expected = [rng.randint(0, 2**31 - 1) for _ in range(5000)]
    assert [_seeds.eager_op_seed(global_seed, k) for k in range(5000)] == expected
    for k in (4999, 3, 2048, 1023, 1024, 0):  # any order: backwards from a checkpoint, or from the start
        assert _seeds.eager_op_seed(global_seed, k) == expected[k]


def test_eager_op_seeds_far_ahead_and_in_any_order() -> None:
    rng = random.Random(99)
    expected = [rng.randint(0, 2**31 - 1) for _ in range(300_000)]
    for k in (299_999, 150_000, 102_400, 5, 299_998, 150_001):
        assert _seeds.eager_op_seed(99, k) == expected[k], k


def test_eager_op_seed_index_is_bounded() -> None:
    last = _seeds.MAX_OP_SEED_INDEX - 1
    assert 0 <= _seeds.eager_op_seed(7, last) <= _seeds.MAXINT32  # computed from the start: O(index), bounded
    with pytest.raises(ValueError, match="not in"):
        _seeds.eager_op_seed(7, last + 1)
    with pytest.raises(ValueError, match="not in"):
        _seeds.eager_op_seed(7, -1)


def test_kernel_key_counter() -> None:
    assert _seeds.kernel_key_counter(5, 7) == (5, 7 << 64)


@pytest.mark.parametrize(
    ("counter", "count", "expected"),
    [
        (0, 256, 256),
        (2**32 - 1, 1, 2**32),  # carry into word 1
        (2**64 - 1, 1, 2**64),  # carry into word 2
        (2**128 - 1, 1, 0),  # wraps
        # TF philox_random.h Skip drops the low carry when count_hi == 0xffffffff.
        (2049, 2**64 - 768, 1281),
    ],
)
def test_add_counter_matches_tf_skip(counter: int, count: int, expected: int) -> None:
    assert add_counter(counter, count) == expected


def test_add_counter_rejects_counts_beyond_64_bits() -> None:
    with pytest.raises(ValueError, match="2\\*\\*64"):
        add_counter(0, 2**64)
