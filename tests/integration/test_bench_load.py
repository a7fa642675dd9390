"""The load benchmark in short form: real server, real client processes, zero errors (no timing assertion)."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
RUN_TIMEOUT_S = 180


def test_bench_load_quick_has_no_errors() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_load.py"), "--quick", "--clients", "4", "--seconds", "2"],
        check=False,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["errors"] == 0 and figures["clients"] == 4
    assert figures["calls"] > 0 and figures["p50_ms"] is not None and figures["p99_ms"] >= figures["p50_ms"]
