"""The TF 2.21 golden vectors again, through a real `philoxd serve` process over gRPC."""

from __future__ import annotations

import pytest

import philoxd
from tests.golden import replay

CASES = replay.load_cases()


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden_over_grpc(case: dict, server_target: str) -> None:
    with philoxd.connect(server_target) as rng:  # a fresh private session per case
        replay.configure(rng, case)
        actual = replay.run_case(case["code"], rng.random, rng.function)
    assert replay.compare(case["outputs"], actual) == []
