"""The TF intra-op thread count as session state, through a real `philoxd serve`: every client of a
shared session draws with it, later draws only, in each draw's provenance (Replay and `philoxd
replay` reproduce it), in snapshots, and the aio client's coroutines. The values themselves are
TF's: tests/golden/tf_threads.json (recorded at 1, 2, 3, 8, 16 and 64 threads)."""

from __future__ import annotations

import asyncio
import json
import pathlib
import subprocess
import sys
import uuid

import numpy as np
import pytest

import philoxd
import philoxd.aio
from philoxd import errors
from tests.golden import replay

CASES = {c["name"]: c for c in replay.load_cases()}
LOGITS = np.sin(np.arange(6400, dtype=np.float32)).reshape(64, 100) * 3  # sharded by TF at 2+ threads


def _golden(name: str, index: int) -> np.ndarray:
    return replay.decode_array(CASES[name]["outputs"][index])


def test_a_shared_session_draws_at_its_thread_count(server_target: str) -> None:
    name = f"threads-{uuid.uuid4().hex}"
    with philoxd.connect(server_target, session=name) as a, philoxd.connect(server_target, session=name) as b:
        assert b.config.threading.get_intra_op_parallelism_threads() == 1  # a new session: TF's one-thread values
        one = b.random.stateless_parameterized_truncated_normal([2048], seed=[7, 8])
        assert np.array_equal(one, _golden("threads_1_parameterized_truncated_normal", 0))
        a.config.threading.set_intra_op_parallelism_threads(8)  # one client sets it: every client draws with it
        assert b.config.threading.get_intra_op_parallelism_threads() == 8
        eight = b.random.stateless_parameterized_truncated_normal([2048], seed=[7, 8])
        assert np.array_equal(eight, _golden("threads_8_parameterized_truncated_normal", 0))
        provenance = b.last_provenance
        assert provenance is not None and provenance.intra_op_threads == 8
        b.random.set_seed(5)
        first = b.random.categorical(LOGITS, 32, seed=3, dtype="int32")
        assert np.array_equal(first, _golden("threads_8_categorical", 0))
        drawn = b.last_provenance
        a.config.threading.set_intra_op_parallelism_threads(16)  # later draws only
        assert np.array_equal(b.replay(drawn, input=LOGITS), first)
        assert np.array_equal(b.random.categorical(LOGITS, 32, seed=3, dtype="int32"), _golden("threads_16_categorical", 1))
        small = b.random.stateless_parameterized_truncated_normal([100], seed=[7, 8])  # one shard at any count
        assert b.last_provenance.intra_op_threads == 0 and small.shape == (100,)


def test_snapshots_carry_the_thread_count(server_target: str) -> None:
    with philoxd.connect(server_target) as rng:
        rng.config.threading.set_intra_op_parallelism_threads(3)
        snapshot = rng.snapshot()
        rng.config.threading.set_intra_op_parallelism_threads(64)
        rng.restore(snapshot)
        assert rng.config.threading.get_intra_op_parallelism_threads() == 3
        fork = rng.fork()
        assert fork.config.threading.get_intra_op_parallelism_threads() == 3
        fork.close()


def test_bad_thread_counts_are_refused(server_target: str) -> None:
    with philoxd.connect(server_target) as rng:
        with pytest.raises(errors.InvalidArgumentError, match=r"SetIntraOpThreads: field `threads`=65537 must be in \[1, 65536\]"):
            rng.config.threading.set_intra_op_parallelism_threads(65537)
        with pytest.raises(errors.InvalidArgumentError, match="num_threads=-1 must be >= 0"):
            rng.config.threading.set_intra_op_parallelism_threads(-1)
        with pytest.raises(TypeError, match="num_threads must be an int"):
            rng.config.threading.set_intra_op_parallelism_threads(2.0)  # type: ignore[arg-type]
        rng.config.threading.set_intra_op_parallelism_threads(0)  # TF's default: this machine's cores
        assert rng.config.threading.get_intra_op_parallelism_threads() == philoxd._random.machine_cores()


def test_cli_replay_reproduces_the_thread_count(tmp_path: pathlib.Path) -> None:
    rng = philoxd.connect()
    rng.config.threading.set_intra_op_parallelism_threads(2)
    values = rng.random.stateless_categorical(LOGITS, 32, seed=[1, 2])
    (tmp_path / "p.json").write_text(philoxd.provenance_to_json(rng.last_provenance), encoding="utf-8")
    assert json.loads((tmp_path / "p.json").read_text())["intra_op_threads"] == 2
    np.save(tmp_path / "logits.npy", LOGITS)
    code = "import sys\nfrom philoxd_server.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    args = ["replay", f"@{tmp_path / 'p.json'}", "--input", str(tmp_path / "logits.npy"), "--output", str(tmp_path / "out.npy")]
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert np.array_equal(np.load(tmp_path / "out.npy"), values)


def test_the_aio_client_sets_and_gets_it(server_target: str) -> None:
    async def main() -> tuple[int, np.ndarray]:
        async with await philoxd.aio.connect(server_target) as rng:
            await rng.config.threading.set_intra_op_parallelism_threads(64)
            values = await rng.random.stateless_parameterized_truncated_normal([2048], seed=[7, 8])
            return await rng.config.threading.get_intra_op_parallelism_threads(), values

    threads, values = asyncio.run(main())
    assert threads == 64 and np.array_equal(values, _golden("threads_64_parameterized_truncated_normal", 0))
