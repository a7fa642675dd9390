"""Golden vectors recorded from TensorFlow 2.21 (tests/golden/record.py), replayed in-process.

Every case's snippet runs unchanged against ``rng.random`` / ``rng.function`` in a
fresh private session; outputs must match TF bit for bit (dtype, shape, bytes).
"""

from __future__ import annotations

import pytest

import philoxd
from tests.golden import replay

CASES = replay.load_cases()


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden_in_process(case: dict) -> None:
    rng = philoxd.connect()
    replay.configure(rng, case)
    actual = replay.run_case(case["code"], rng.random, rng.function)
    assert replay.compare(case["outputs"], actual) == []
