"""Session admin over gRPC and ``philoxd sessions list|show|rm|export|import``, against REAL
servers: every call sees and touches only the caller principal's sessions (two principals with
a session of the same name each), a server without tokens has one anonymous principal, and
errors are one line."""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys
from collections.abc import Callable

import grpc
import numpy as np
import pytest

import philoxd
from philoxd.v1 import random_pb2 as pb
from philoxd.v1 import random_pb2_grpc as pb_grpc
from tests.integration.conftest import ServerProcess
from tests.integration.test_light_install import light_python  # noqa: F401 - a fixture

Spawn = Callable[..., ServerProcess]
ALICE, BOB = "alice-token-0123456789", "bob-token-9876543210"


def _cli(*args: str, token: str | None = None, stdin: bytes | None = None, cwd: pathlib.Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PHILOXD_TOKEN", "PHILOXD_TARGET", "PHILOXD_DEBUG")}
    if token:
        env["PHILOXD_TOKEN"] = token
    done = subprocess.run(
        [sys.executable, "-m", "philoxd_server", "sessions", *args],
        capture_output=True, env=env, timeout=120, cwd=cwd, input=stdin,
    )  # fmt: skip
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(errors="replace"), done.stderr.decode(errors="replace"))


def _one_error_line(done: subprocess.CompletedProcess[str], *says: str) -> None:
    assert done.returncode == 1, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("philoxd sessions: "), done.stderr
    for text in says:
        assert text in lines[0], lines[0]
    assert "Traceback" not in done.stderr


def _listed(done: subprocess.CompletedProcess[str]) -> list[str]:
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[0].split()[:2] == ["SESSION", "SEED"]
    return [line.split()[0] for line in lines[1:]]


@pytest.fixture
def guarded(spawn_server: Spawn, tmp_path: pathlib.Path) -> ServerProcess:
    auth = tmp_path / "tokens.txt"
    auth.write_text(f"alice:{ALICE}\nbob:{BOB}\n")
    return spawn_server("--auth-file", str(auth), "--store", "memory")


def test_admin_sees_and_touches_only_the_callers_sessions(guarded: ServerProcess, tmp_path: pathlib.Path) -> None:
    target = guarded.target
    for token, names in ((ALICE, ["a1", "a2"]), (BOB, ["a1", "b1"])):
        for name in names:
            with philoxd.connect(target, token=token, session=name) as rng:
                rng.random.set_seed(11 if token == ALICE else 22)
                rng.random.uniform([3], seed=1)
                rng.generator("loader", seed=5).normal([2])
                rng.function(lambda: rng.random.uniform([1]), name="step")()  # noqa: B023
                rng.config.threading.set_intra_op_parallelism_threads(16 if name == "a1" else 1)
    assert _listed(_cli("list", "--target", target, token=ALICE)) == ["a1", "a2"]
    assert _listed(_cli("list", "--target", target, token=BOB)) == ["a1", "b1"]
    assert _listed(_cli("list", "--target", target, "--prefix", "b", token=BOB)) == ["b1"]
    limited = _cli("list", "--target", target, "--limit", "1", token=ALICE)
    assert _listed(limited) == ["a1"] and "more sessions match than the 1 listed" in limited.stderr

    shown = _cli("show", "a1", "--target", target, token=ALICE)
    assert shown.returncode == 0, shown.stderr
    assert "seed        11" in shown.stdout and "last used   20" in shown.stdout
    assert "kernels     2" in shown.stdout and "counter " in shown.stdout and "eager/" in shown.stdout
    assert "generators  1" in shown.stdout and "loader (" in shown.stdout and "philox" in shown.stdout
    assert "scopes      1" in shown.stdout and "step (" in shown.stdout
    assert "threads     16 (TF intra-op)" in shown.stdout
    assert '"op_seed_index"' in _cli("show", "a1", "--json", "--target", target, token=ALICE).stdout
    _one_error_line(_cli("show", "a2", "--target", target, token=BOB), "GetSession", "no session 'a2'")  # alice's

    # export / import: a snapshot file imports into the caller's own sessions, whoever exported it
    snapshot = tmp_path / "a1.snapshot"
    exported = _cli("export", "a1", "--target", target, "--output", str(snapshot), token=ALICE)
    assert exported.returncode == 0 and f"-> {snapshot}" in exported.stdout, exported.stderr
    assert snapshot.read_bytes().startswith(b"philoxd-snapshot/1 ")
    copied = _cli("import", str(snapshot), "--session", "copied", "--target", target, token=BOB)
    assert copied.returncode == 0 and "-> copied (created)" in copied.stdout, copied.stderr
    assert _listed(_cli("list", "--target", target, token=BOB)) == ["a1", "b1", "copied"]  # bob's own
    assert _listed(_cli("list", "--target", target, token=ALICE)) == ["a1", "a2"]
    created = _cli("import", str(snapshot), "--session", "a3", "--target", target, token=ALICE)
    assert created.returncode == 0 and "-> a3 (created)" in created.stdout, created.stderr
    _one_error_line(_cli("import", str(snapshot), "--session", "a3", "--target", target, token=ALICE), "exists")
    replaced = _cli("import", str(snapshot), "--session", "a3", "--replace", "--target", target, token=ALICE)
    assert "-> a3 (replaced)" in replaced.stdout, replaced.stderr
    restored_by_name = _cli("import", str(snapshot), "--replace", "--target", target, token=ALICE)  # the name inside: a1
    assert "-> a1 (replaced)" in restored_by_name.stdout, restored_by_name.stderr
    with philoxd.connect(target, token=ALICE, session="a1") as a1, philoxd.connect(target, token=ALICE, session="a3") as a3:
        assert np.array_equal(a1.random.uniform([3], seed=1), a3.random.uniform([3], seed=1))  # the same continuation

    # rm: bob's a1 goes, alice's stays
    removed = _cli("rm", "a1", "b1", "copied", "--target", target, token=BOB)
    assert removed.stdout.split() == ["removed", "a1", "removed", "b1", "removed", "copied"], removed.stderr
    assert _listed(_cli("list", "--target", target, token=BOB)) == []
    assert _listed(_cli("list", "--target", target, token=ALICE)) == ["a1", "a2", "a3"]
    _one_error_line(_cli("rm", "a1", "--target", target, token=BOB), "DeleteSession", "no session 'a1'")
    _one_error_line(_cli("list", "--target", target), "credentials")  # no $PHILOXD_TOKEN

    # the same isolation on the wire
    with grpc.insecure_channel(target) as channel:
        stub = pb_grpc.RandomStub(channel)
        bob = (("authorization", f"Bearer {BOB}"),)
        assert [s.session for s in stub.ListSessions(pb.ListSessionsRequest(), metadata=bob, timeout=10).sessions] == []
        for call, request in (
            (stub.GetSession, pb.GetSessionRequest(session="a2")),
            (stub.SnapshotSession, pb.SnapshotSessionRequest(session="a2")),
            (stub.DeleteSession, pb.DeleteSessionRequest(session="a2")),
            (stub.ForkSession, pb.ForkSessionRequest(session="a2", new_session="mine")),
        ):
            with pytest.raises(grpc.RpcError) as excinfo:
                call(request, metadata=bob, timeout=10)
            assert excinfo.value.code() == grpc.StatusCode.NOT_FOUND
        # alice's snapshot restores into bob's own session: the bytes are the state; hers are untouched
        restored = stub.RestoreSession(pb.RestoreSessionRequest(session="x", snapshot=snapshot.read_bytes()), metadata=bob, timeout=10)
        assert restored.created
        assert [s.session for s in stub.ListSessions(pb.ListSessionsRequest(), metadata=bob, timeout=10).sessions] == ["x"]
    assert _listed(_cli("list", "--target", target, token=ALICE)) == ["a1", "a2", "a3"]


def test_an_open_server_has_one_anonymous_principal(spawn_server: Spawn, tmp_path: pathlib.Path) -> None:
    server = spawn_server("--store", "memory")
    with philoxd.connect(server.target, session="x") as x, philoxd.connect(server.target) as private:
        x.random.set_seed(1)
        private.random.uniform([2])
        shown = _cli("list", "--target", server.target)
        assert _listed(shown) == ["x"] and "1 private sessions not shown (--private)" in shown.stderr  # scripts' ones
        assert _listed(_cli("list", "--private", "--target", server.target)) == sorted(["x", private.session])
        with x.fork("y"):
            pass
        exported = _cli("export", "x", "--target", server.target, "--output", "-")
        assert exported.returncode == 0
        # standard output carries the bytes; standard input takes them back
        raw = subprocess.run(
            [sys.executable, "-m", "philoxd_server", "sessions", "export", "x", "--target", server.target, "-o", "-"],
            capture_output=True, timeout=120, check=True,
        ).stdout  # fmt: skip
        assert raw.startswith(b"philoxd-snapshot/1 ")
        imported = _cli("import", "-", "--session", "z", "--target", server.target, stdin=raw)
        assert "-> z (created)" in imported.stdout, imported.stderr
        default_name = _cli("export", "y", "--target", server.target, cwd=tmp_path)
        assert (tmp_path / "y.snapshot").exists(), default_name.stderr
    assert _listed(_cli("list", "--private", "--target", server.target)) == ["x", "y", "z"]  # the private one ended with its client


def test_cli_errors_are_one_line(spawn_server: Spawn, tmp_path: pathlib.Path) -> None:
    server = spawn_server("--store", "memory")
    _one_error_line(_cli("import", str(tmp_path / "missing.snapshot"), "--target", server.target), "missing.snapshot")
    bad = tmp_path / "bad.snapshot"
    bad.write_bytes(b"philoxd-snapshot/1 encoding=zlib+json length=99 sha256=" + b"0" * 64 + b"\nxx")
    _one_error_line(_cli("import", str(bad), "--session", "s", "--target", server.target), "snapshot: truncated")
    _one_error_line(_cli("import", str(bad), "--target", server.target), "snapshot: truncated")  # read here, for its name
    _one_error_line(_cli("show", "nope", "--target", server.target), "no session 'nope'")
    _one_error_line(_cli("list", "--target", "http://x:1"), "not a gRPC address")
    _one_error_line(_cli("export", "nope", "--target", server.target, "-o", str(tmp_path / "no" / "dir" / "f")), "no session")
    usage = subprocess.run(
        [sys.executable, "-m", "philoxd_server", "sessions", "frobnicate"], capture_output=True, text=True, timeout=60
    )
    assert usage.returncode == 2 and "invalid choice" in usage.stderr


def test_sessions_and_aio_work_in_the_light_install(light_python: pathlib.Path, server_target: str, tmp_path: pathlib.Path) -> None:  # noqa: F811
    """The plain install (no engine) administers sessions and runs the asyncio client."""
    script = (
        "import asyncio, sys, philoxd.aio\n"
        "async def main():\n"
        "    async with philoxd.aio.connect(sys.argv[1], session='light-aio') as rng:\n"
        "        await rng.random.set_seed(5)\n"
        "        print((await rng.random.uniform([2], seed=1)).tobytes().hex())\n"
        "asyncio.run(main())\n"
    )
    done = subprocess.run([str(light_python), "-c", script, server_target], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    with philoxd.connect(None) as local:
        local.random.set_seed(5)
        assert done.stdout.strip() == local.random.uniform([2], seed=1).tobytes().hex()
    env = {k: v for k, v in os.environ.items() if k not in ("PHILOXD_TOKEN", "PHILOXD_TARGET")}
    for argv in (["export", "light-aio", "-o", str(tmp_path / "l.snapshot")], ["import", str(tmp_path / "l.snapshot"), "--session", "light-2"]):
        run = subprocess.run(
            [str(light_python), "-m", "philoxd_server", "sessions", *argv, "--target", server_target],
            capture_output=True, text=True, timeout=120, env=env,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
    assert "light-2" in _listed(_cli("list", "--target", server_target, "--prefix", "light"))
