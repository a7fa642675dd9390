"""The Node.js example client (examples/node/client.js: grpc-js + proto-loader over proto/ alone)
against a REAL ``philoxd serve``: its numbers are TensorFlow's bits from the golden files.

Needs ``node`` and ``npm ci`` in examples/node (.ci/run does both). Without them the tests skip
with the reason; with ``CI=true`` (or ``PHILOXD_REQUIRE_NODE=1``) they fail instead.
"""

from __future__ import annotations

import hashlib
import json
import os
import pathlib
import shutil
import subprocess
import time

import numpy as np
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
NODE_DIR = ROOT / "examples" / "node"
GOLDEN = ROOT / "tests" / "golden" / "tf_random.json"
M = 2**21  # the example's stream: 4*M + 4 float32, starting M Philox blocks before the golden state


def required() -> bool:
    """CI must run these tests, never skip them."""
    return os.environ.get("CI") == "true" or bool(os.environ.get("PHILOXD_REQUIRE_NODE"))


def node_or_skip() -> str:
    """The ``node`` executable, with examples/node's dependencies installed; else skip (fail in CI)."""
    node = shutil.which("node")
    reason = ""
    if node is None:
        reason = "node is not installed (apt-get install nodejs npm)"
    elif not (NODE_DIR / "node_modules" / "@grpc" / "grpc-js").is_dir():
        reason = "examples/node has no node_modules (run `npm ci` in examples/node)"
    if reason:
        if required():
            pytest.fail(f"{reason} (CI=true: the Node interop test must run; .ci/run installs both)")
        pytest.skip(reason)
    assert node is not None
    return node


def golden(name: str) -> list[dict]:
    cases = {c["name"]: c for c in json.loads(GOLDEN.read_text())["cases"]}
    return cases[name]["outputs"]  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def node_run(server_target: str) -> dict[str, dict]:
    """The example's output lines, by name."""
    node = node_or_skip()
    start = time.monotonic()
    done = subprocess.run([node, "client.js", server_target], cwd=NODE_DIR, capture_output=True, text=True, timeout=120)
    seconds = time.monotonic() - start
    assert done.returncode == 0, f"node client.js failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    lines = {line["name"]: line for line in map(json.loads, done.stdout.splitlines())}
    lines["_run"] = {"seconds": seconds}
    return lines


def test_small_draw_is_tensorflows(node_run: dict[str, dict]) -> None:
    # R.set_seed(5); out(R.uniform([3], seed=1))
    (expected,) = golden("uniform_float32_seeded")
    got = node_run["uniform_seeded"]
    assert (got["dtype"], got["shape"], got["hex"]) == ("FLOAT32", expected["shape"], expected["hex"])
    values = np.frombuffer(bytes.fromhex(expected["hex"]), "<f4")
    assert [float(v) for v in got["values"]] == values.tolist()  # decoded as numpy decodes them
    assert node_run["session"]["created"] is True


def test_retry_with_the_same_request_id_answers_the_same_numbers(node_run: dict[str, dict]) -> None:
    assert node_run["uniform_seeded_retry"]["hex"] == node_run["uniform_seeded"]["hex"]


def test_streamed_draw_is_tensorflows_and_whole(node_run: dict[str, dict], server_target: str) -> None:
    got = node_run["generator_uniform_streamed"]
    assert got["shape"] == [4 * M + 4] and got["bytes"] == 4 * (4 * M + 4) and got["bytes"] > 32 << 20
    assert got["chunks"] > 2  # a head and several data chunks
    # Generator.from_state([1, 2, 3], alg="philox").uniform([4]): the stream's last 4 elements.
    expected = golden("generator_from_state")[1]
    assert got["tail_hex"] == expected["hex"]
    assert (int(got["counter_hi"]) << 64) + int(got["counter_lo"]) == (2 << 64) + 1 - M
    # Every byte: the Python client's draw of the same stream (its own reassembly).
    import philoxd

    with philoxd.connect(server_target) as client:
        generator = client.random.Generator.from_state([1 - M, 1, 3], alg="philox")
        values = generator.uniform([4 * M + 4])
    data = values.astype("<f4").tobytes()
    assert got["head_hex"] == data[:16].hex()
    assert got["sha256"] == hashlib.sha256(data).hexdigest()


def test_node_run_time(node_run: dict[str, dict]) -> None:
    # Node start-up, proto loading, 4 small calls and a 32 MiB stream: well under the timeout.
    assert node_run["_run"]["seconds"] < 60
