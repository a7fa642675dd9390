"""Cheap attacks and ordinary faults against a real ``philoxd serve``: each is reproduced, and the
service must hold (bounded latency for everyone else, clear errors, bounded shutdown).

Every test measures the latency of a probe (a small unary call from a well-behaved client) under
its attack and asserts a bound; ``-s`` prints the p50/p99 figures.
"""

from __future__ import annotations

import pathlib
import signal
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import grpc
import pytest

import philoxd
from philoxd.v1 import random_pb2 as pb
from tests.integration.conftest import ServerProcess, health_status

Spawn = Callable[..., ServerProcess]
RANDOM = "/philoxd.v1.Random/"
PROBES = 40
PROBE_DEADLINE_S = 5.0
PROBE_P99_BOUND_S = 2.0  # generous for a busy 2-core CI machine; measured figures are in the issue note


def probe_latencies(target: str, count: int = PROBES) -> tuple[float, float]:
    """(p50, p99) seconds of ``count`` small draws by a well-behaved client (unary, with a deadline)."""
    times = []
    with philoxd.connect(target, session="probe", timeout=PROBE_DEADLINE_S, retry_timeout=0) as rng:
        for _ in range(count):
            start = time.perf_counter()
            rng.random.uniform([4], seed=1)
            times.append(time.perf_counter() - start)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))]


def report(attack: str, p50: float, p99: float) -> None:
    print(f"\nprobe under {attack}: p50 {p50 * 1e3:.1f} ms, p99 {p99 * 1e3:.1f} ms")
    assert p99 < PROBE_P99_BOUND_S, (attack, p50, p99)


def _raw(channel: grpc.Channel, method: str, streaming: str = "unary_unary") -> Any:
    """A multi-callable that sends raw bytes and returns raw bytes."""
    return getattr(channel, streaming)(RANDOM + method, request_serializer=None, response_deserializer=None)


def _draw_request(session: str, elements: int, request_id: str = "") -> pb.DrawRequest:
    request = pb.DrawRequest(
        session=session, request_id=request_id, distribution=pb.UNIFORM, dtype=pb.FLOAT32, shape=[elements],
        kernel=pb.KernelSource(seed=1),
    )
    return request


@pytest.fixture
def attacked(spawn_server: Spawn) -> ServerProcess:
    """A server with small budgets, so that the attacks below would take all of them; warmed up,
    so that the probes measure the attack, not the first draw's kernel loading (or, on a fresh
    clone, compiling: 2.5 s once)."""
    server = spawn_server("--max-workers", "2", "--max-bulk", "2", "--send-timeout", "2", "--store", "memory")
    probe_latencies(server.target, count=3)
    return server


def test_readers_that_never_read_cannot_starve_anyone(attacked: ServerProcess) -> None:
    """Eight large Draw calls whose clients read the first message and stop: small calls go on at
    once, further large draws are refused UNAVAILABLE (the client retries), and after --send-timeout
    the stuck calls are cancelled and their slots come back."""
    with philoxd.connect(attacked.target, session="slow"):
        pass
    channels = [grpc.insecure_channel(attacked.target) for _ in range(8)]
    stuck = []
    try:
        for i, channel in enumerate(channels):
            call = _raw(channel, "Draw", "unary_stream")(_draw_request("slow", 1 << 26).SerializeToString())
            try:
                next(call)  # the head (or the refusal of a third bulk call): then never read again
            except grpc.RpcError as exc:
                assert exc.code() == grpc.StatusCode.UNAVAILABLE and "--max-bulk" in exc.details(), exc
            stuck.append(call)
        report("8 non-reading Draw calls", *probe_latencies(attacked.target))
        # Once the watchdog cancelled the stuck calls, a legitimate large draw gets a bulk slot again.
        deadline = time.monotonic() + 30
        while "took no message for 2 s (--send-timeout)" not in attacked.log():
            assert time.monotonic() < deadline, attacked.log()
            time.sleep(0.1)
        with philoxd.connect(attacked.target, session="slow", retry_timeout=30, generate="server") as rng:  # a Draw stream
            assert rng.random.uniform([1 << 21], seed=2).size == 1 << 21
    finally:
        for call in stuck:
            call.cancel()
        for channel in channels:
            channel.close()


def test_legitimate_bulk_draws_never_delay_small_calls(attacked: ServerProcess) -> None:
    """Eight clients drawing 256 MiB each: every one gets its numbers (bulk calls beyond the
    budget are retried), and small calls keep their latency meanwhile."""
    done: list[int] = []
    failures: list[BaseException] = []

    def bulk(i: int) -> None:
        try:
            with philoxd.connect(attacked.target, session=f"bulk-{i}", retry_timeout=120, generate="server") as rng:  # bulk streams
                done.append(rng.random.uniform([1 << 26], seed=3).size)
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=bulk, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    time.sleep(0.5)
    report("8 concurrent 256 MiB draws", *probe_latencies(attacked.target))
    for thread in threads:
        thread.join(timeout=300)
    assert not failures, failures
    assert done == [1 << 26] * 8


def test_malformed_bodies_are_invalid_argument_and_logged_once(attacked: ServerProcess) -> None:
    garbage = b"\x0a\x01\x66\x18\x01\x02\x2a\x29\x03\x32\x08\x22"  # a truncated DrawRequest
    with grpc.insecure_channel(attacked.target) as channel:
        for method in ("OpenSession", "SetSeed", "DrawOne", "CreateGenerator"):
            for _ in range(50):
                with pytest.raises(grpc.RpcError) as excinfo:
                    _raw(channel, method)(garbage, timeout=5)
                assert excinfo.value.code() == grpc.StatusCode.INVALID_ARGUMENT, excinfo.value
                assert "not a valid protobuf message" in excinfo.value.details()
        with pytest.raises(grpc.RpcError) as excinfo:
            next(_raw(channel, "Draw", "unary_stream")(garbage, timeout=5))
        assert excinfo.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        # On a DrawStream, a malformed draw is an in-band error and the stream goes on.
        _raw(channel, "OpenSession")(pb.OpenSessionRequest(session="f").SerializeToString(), timeout=5)
        good = _draw_request("f", 2).SerializeToString()
        replies = list(_raw(channel, "DrawStream", "stream_stream")(iter([garbage, good, garbage]), timeout=10))
        codes = [pb.DrawReply.FromString(r).error.code for r in replies]
        assert codes == [grpc.StatusCode.INVALID_ARGUMENT.value[0], 0, grpc.StatusCode.INVALID_ARGUMENT.value[0]]
        report("a flood of malformed bodies", *probe_latencies(attacked.target))
    time.sleep(0.2)  # the log writer drains every 20 ms
    log = attacked.log()
    assert "Traceback" not in log and "Exception deserializing" not in log, log
    for method in ("OpenSession", "SetSeed", "DrawOne", "CreateGenerator", "Draw", "DrawStream"):
        assert log.count(f"{method}: refused a malformed request body") == 1, (method, log)


def test_sigterm_ends_within_the_grace_whatever_the_clients_did(spawn_server: Spawn) -> None:
    """A DrawStream that sent malformed bytes and then stays open, and a Draw whose client never
    reads: SIGTERM still ends the process, with 0, within --grace plus a few seconds."""
    server = spawn_server("--grace", "2", "--send-timeout", "600", "--store", "memory")
    garbage = bytes.fromhex("0a01661801022a2903320822")
    channel = grpc.insecure_channel(server.target)
    _raw(channel, "OpenSession")(pb.OpenSessionRequest(session="f").SerializeToString(), timeout=5)
    hold = threading.Event()

    def requests() -> Iterator[bytes]:
        yield garbage
        yield garbage
        hold.wait(60)  # then neither send nor close

    stream = _raw(channel, "DrawStream", "stream_stream")(requests())
    assert pb.DrawReply.FromString(next(stream)).error.code == grpc.StatusCode.INVALID_ARGUMENT.value[0]
    slow = _raw(channel, "Draw", "unary_stream")(_draw_request("f", 1 << 26).SerializeToString())
    next(slow)
    start = time.monotonic()
    server.proc.send_signal(signal.SIGTERM)
    code = server.proc.wait(timeout=30)
    took = time.monotonic() - start
    hold.set()
    channel.close()
    assert code == 0, server.log()
    assert took < 2 + 5, took


@pytest.mark.parametrize(
    ("field", "value"),
    [("session", "x" * 129), ("session", "a\nINFO philoxd.access: forged"), ("session", "two words"), ("request_id", "r" * 200)],
)
def test_identifiers_are_bounded_and_printable(attacked: ServerProcess, field: str, value: str) -> None:
    with grpc.insecure_channel(attacked.target) as channel:
        _raw(channel, "OpenSession")(pb.OpenSessionRequest(session="ok").SerializeToString(), timeout=5)
        request = pb.SetSeedRequest(session="ok", seed="1")
        setattr(request, field, value)
        with pytest.raises(grpc.RpcError) as excinfo:
            _raw(channel, "SetSeed")(request.SerializeToString(), timeout=5)
    assert excinfo.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert f"SetSeed: field `{field}` must be 1 to 128 printable characters" in excinfo.value.details()
    time.sleep(0.2)
    lines = attacked.log().splitlines()
    assert not any(line.startswith("INFO philoxd.access: forged") or " forged" in line.split("session=")[0] for line in lines)
    assert all("\n" not in line for line in lines)
    access = [line for line in lines if "SetSeed session=" in line and "INVALID_ARGUMENT" in line]
    assert len(access) == 1 and len(access[0]) < 400, access


def test_a_huge_session_name_is_refused_before_the_store(attacked: ServerProcess) -> None:
    with grpc.insecure_channel(attacked.target, options=[("grpc.max_send_message_length", 8 << 20)]) as channel:
        with pytest.raises(grpc.RpcError) as excinfo:
            _raw(channel, "OpenSession")(pb.OpenSessionRequest(session="s" * (4 << 20)).SerializeToString(), timeout=10)
    assert excinfo.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "4194304 characters" in excinfo.value.details()


def _serve_once(tmp_path: pathlib.Path, *args: str) -> Any:
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "philoxd_server", "serve", "--port", "0", "--state-dir", str(tmp_path), *args],
        capture_output=True, text=True, timeout=60, check=False,
    )


def test_a_lost_or_damaged_sqlite_state_refuses_to_start(spawn_server: Spawn, tmp_path: pathlib.Path) -> None:
    """state.db truncated to 0 bytes (its -wal left) while stopped, or overwritten: the server must not
    start and hand out the streams from their beginning again; --reset-state does so knowingly."""
    state = tmp_path / "state"
    first = ServerProcess(tmp_path / "first", "--state-dir", str(state))
    first.wait_serving()
    with philoxd.connect(first.target, session="kept") as rng:
        rng.random.set_seed(1)
        drawn = rng.random.uniform([2], seed=1)
        old_store = rng.store_id
    first.proc.send_signal(signal.SIGKILL)  # the -wal stays, as after a crash
    first.proc.wait()
    db = state / "state.db"
    assert (state / "state.db-wal").stat().st_size > 0
    db.write_bytes(b"")
    refused = _serve_once(state.parent, "--state-dir", str(state))
    assert refused.returncode == 1
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and "is damaged" in lines[0] and "--reset-state" in lines[0], refused.stderr
    assert "mark it restored (philoxd store mark-restored" in lines[0]  # a backup restored as a new store

    (state / "state.db-wal").unlink()
    db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)  # overwritten with garbage
    refused = _serve_once(state.parent, "--state-dir", str(state))
    assert refused.returncode == 1 and "is damaged" in refused.stderr, refused.stderr

    reset = spawn_server("--state-dir", str(state), "--reset-state")
    assert "--reset-state:" in reset.log() and list(state.glob("state.db.damaged-*"))
    with philoxd.connect(reset.target, session="kept") as rng:
        assert rng.store_id != old_store  # a client that remembers the old identity can tell
        rng.random.set_seed(1)
        assert rng.random.uniform([2], seed=1).tobytes() == drawn.tobytes()  # the stream starts again, knowingly


def test_a_session_served_from_another_store_is_refused(spawn_server: Spawn) -> None:
    """Two servers on two stores that both hold a session 'twin' behind one round-robin target: the
    client must not silently take numbers from the store its session was not opened on."""
    a, b = spawn_server("--store", "memory"), spawn_server("--store", "memory")
    for server in (a, b):
        with philoxd.connect(server.target, session="twin") as rng:
            rng.random.set_seed(1)
    both = f"ipv4:{a.target},{b.target}"
    with philoxd.connect(both, session="twin", timeout=5) as rng:  # unary calls: spread over both
        with pytest.raises(philoxd.errors.DataLossError, match="was opened on state store"):
            for _ in range(10):
                rng.random.uniform([1], seed=1)


def test_health_is_not_serving_while_the_sqlite_state_is_broken(spawn_server: Spawn, tmp_path: pathlib.Path) -> None:
    import sqlite3

    server = spawn_server("--state-dir", str(tmp_path / "state"))
    assert health_status(server.target) == "SERVING"
    with sqlite3.connect(tmp_path / "state" / "state.db") as db:  # as if the file had been replaced
        db.execute("DELETE FROM meta")
    deadline = time.monotonic() + 15
    while health_status(server.target) != "NOT_SERVING" or "identity is gone" not in server.log():
        assert time.monotonic() < deadline, server.log()  # (the log writer drains every 20 ms)
        time.sleep(0.1)

