"""Crafted session state and sampler sizes against a real ``philoxd serve``: every computation and
allocation a request can drive is bounded before it starts, while well-behaved clients keep their
latency.

Each test measures the server's peak RSS (``VmHWM``) and a probe client's latency while it is
attacked, and asserts generous bounds; ``-s`` prints the figures.
"""

from __future__ import annotations

import hashlib
import pathlib
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
import pytest

import philoxd
from philoxd.errors import InvalidArgumentError, PhiloxdError, ResourceExhaustedError
from philoxd_server.engine._seeds import MAX_OP_SEED_INDEX
from philoxd_server.state import KernelState, SessionState, encode_snapshot
from philoxd_server.state._snapshot import MAX_KERNELS
from tests.integration.conftest import ServerProcess
from tests.integration.test_attacks import probe_latencies, report
from tests.integration.test_snapshot import redis_url  # noqa: F401 - the fixture: a database of the test Redis

Spawn = Callable[..., ServerProcess]
ATTACK_MB = 400  # the most an attack may add to the server's peak RSS (generous: measured in the report)
ATTACK_DEADLINE_S = 60.0  # the most one attacking call may take on a busy 2-core machine


def peak_rss_mb(server: ServerProcess) -> float:
    """The server process's peak resident set (``VmHWM``), in MB."""
    for line in pathlib.Path(f"/proc/{server.proc.pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM in /proc/PID/status")


def under_attack(server: ServerProcess, attack: Callable[[], None], threads: int = 3) -> tuple[float, float, list[BaseException]]:
    """Run ``attack`` in ``threads`` threads until each has run it at least twice and the probes
    are done; return the probes' (p50, p99) and the attack's unexpected errors. The default leaves
    one of the server's 4 workers to others: a client that takes every worker is for
    --rate-limit and per-principal quotas to stop, not for these bounds."""
    failures: list[BaseException] = []
    runs = [0] * threads
    stop = threading.Event()

    def loop(i: int) -> None:
        while not stop.is_set() or runs[i] < 2:
            try:
                attack()
            except BaseException as exc:  # noqa: BLE001 - reported by the test
                failures.append(exc)
                return
            runs[i] += 1

    workers = [threading.Thread(target=loop, args=(i,), daemon=True) for i in range(threads)]
    for worker in workers:
        worker.start()
    time.sleep(0.2)
    p50, p99 = probe_latencies(server.target)
    stop.set()
    for worker in workers:
        worker.join(timeout=300)
    assert not any(worker.is_alive() for worker in workers), "an attacking call never returned"
    return p50, p99, failures


@pytest.fixture
def attacked(spawn_server: Spawn) -> Iterator[ServerProcess]:
    """A server with the element limit of the reported attacks; warmed up (kernels loaded)."""
    server = spawn_server("--store", "memory", "--max-elements", "1000000", "--max-workers", "4")
    probe_latencies(server.target, count=3)
    with philoxd.connect(server.target, session="warm") as rng:
        rng.random.set_seed(1)
        rng.random.uniform([2])
        rng.random.learned_unigram_candidate_sampler(np.zeros((1, 1), np.int64), 1, 2, False, 10, seed=1)
    yield server


def _snapshot(state: SessionState) -> bytes:
    return encode_snapshot(state, owner=None, session="crafted")


def _raw_snapshot(text: bytes) -> bytes:
    """A snapshot whose body is ``text`` compressed (any JSON, valid or not), with a matching header."""
    return _with_header(zlib.compress(text, 9))


def _with_header(body: bytes) -> bytes:
    """A snapshot of a compressed ``body``, with a header that matches it."""
    return f"philoxd-snapshot/1 encoding=zlib+json length={len(body)} sha256={hashlib.sha256(body).hexdigest()}\n".encode() + body


def _timed(call: Callable[[], Any]) -> float:
    start = time.monotonic()
    call()
    elapsed = time.monotonic() - start
    assert elapsed < ATTACK_DEADLINE_S, elapsed
    return elapsed


def test_an_op_seed_position_far_ahead_costs_no_computation(attacked: ServerProcess) -> None:
    """A 277-byte snapshot at op-seed position 2**62, restored into the caller's own session, then
    an unseeded draw: RESOURCE_EXHAUSTED at once (it used to recompute the sequence from its start,
    forever); the last position the server serves costs a bounded computation; SIGTERM still ends
    the server in time (the fixture checks its exit)."""
    before = peak_rss_mb(attacked)
    far = _snapshot(SessionState(global_seed=1, op_seed_index=2**62))
    seeds = iter(range(10**6))

    def attack() -> None:
        with philoxd.connect(attacked.target, timeout=ATTACK_DEADLINE_S, retry_timeout=0) as rng:
            rng.restore(far)
            with pytest.raises(ResourceExhaustedError, match="has given all its"):
                rng.random.uniform([2])
            # the last op seed of a fresh global seed: computed from the sequence's start, bounded
            rng.restore(_snapshot(SessionState(global_seed=next(seeds), op_seed_index=MAX_OP_SEED_INDEX - 1)))
            _timed(lambda: rng.random.uniform([2]))

    p50, p99, failures = under_attack(attacked, attack)
    assert not failures, failures
    report("op-seed positions far ahead", p50, p99)
    grown = peak_rss_mb(attacked) - before
    print(f"peak RSS +{grown:.0f} MB")
    assert grown < ATTACK_MB


def _zlib_bomb() -> bytes:
    """About 1 MiB of zlib that inflates to 1 GiB of zeros."""
    deflate = zlib.compressobj(9)
    zeros = bytes(1 << 20)
    return b"".join(deflate.compress(zeros) for _ in range(1024)) + deflate.flush()


@pytest.mark.parametrize(
    ("name", "body", "message"),
    [
        ("a zlib bomb", _zlib_bomb, "decompresses to more than"),
        ("200,000-deep JSON", lambda: zlib.compress(b"[" * 200_000 + b"]" * 200_000, 9), "nests 200000 deep"),
    ],
)
def test_hostile_snapshot_bodies_are_refused_in_bounded_memory(
    attacked: ServerProcess, name: str, body: Callable[[], bytes], message: str
) -> None:
    data = _with_header(body())
    before = peak_rss_mb(attacked)

    def attack() -> None:
        with philoxd.connect(attacked.target, timeout=ATTACK_DEADLINE_S, retry_timeout=0) as rng:
            for _ in range(5):
                with pytest.raises(InvalidArgumentError, match=message):
                    _timed(lambda: rng.restore(data))

    p50, p99, failures = under_attack(attacked, attack)
    assert not failures, failures
    report(f"{name} ({len(data)} bytes) restored in a loop", p50, p99)
    grown = peak_rss_mb(attacked) - before
    print(f"peak RSS +{grown:.0f} MB")
    assert grown < ATTACK_MB
    log = attacked.log()
    assert "Traceback" not in log and "RecursionError" not in log and "INTERNAL" not in log, log[-3000:]


@pytest.fixture(params=["memory", "redis"])
def restored_on(request: pytest.FixtureRequest, spawn_server: Spawn) -> ServerProcess:
    """A server on the memory store, or on a real Redis (whose restore script runs alone)."""
    store = "memory" if request.param == "memory" else request.getfixturevalue("redis_url")
    server = spawn_server("--store", store, "--max-elements", "1000000", "--max-workers", "4")
    probe_latencies(server.target, count=3)
    return server


def test_snapshots_beyond_the_kernel_limit_are_refused_and_the_limit_is_cheap(restored_on: ServerProcess) -> None:
    """Two million kernels (a few MiB compressed) are refused before they are parsed; a snapshot at
    the limit restores in bounded time and memory, and other sessions keep their latency (on Redis
    too, where the restore's one script holds the store)."""
    attacked = restored_on
    kernel = b'{"kernel":"eager/RandomUniform/float/1/%d","key":"1","counter":"0"}'
    many = b'{"format":"philoxd-session-snapshot","version":1,"state":{"op_seed_index":0,"kernels":[' + b",".join(
        kernel % i for i in range(2_000_000)
    ) + b"]}}"
    too_many = _raw_snapshot(many)
    del many
    at_limit = _snapshot(
        SessionState.of(3, 0, [KernelState(f"eager/RandomUniform/float/3/{i}", i, i << 64) for i in range(MAX_KERNELS)])
    )
    before = peak_rss_mb(attacked)
    times: list[float] = []

    def attack() -> None:
        with philoxd.connect(attacked.target, timeout=ATTACK_DEADLINE_S, retry_timeout=0) as rng:
            with pytest.raises(InvalidArgumentError, match="more than"):
                _timed(lambda: rng.restore(too_many))
            times.append(_timed(lambda: rng.restore(at_limit)))

    p50, p99, failures = under_attack(attacked, attack, threads=2)
    assert not failures, failures
    report(f"2M-kernel snapshots ({len(too_many) >> 20} MiB) and {MAX_KERNELS}-kernel restores", p50, p99)
    grown = peak_rss_mb(attacked) - before
    print(f"peak RSS +{grown:.0f} MB; a {MAX_KERNELS}-kernel restore took {max(times):.2f} s at most")
    assert grown < ATTACK_MB


def test_sampler_sizes_are_bounded_by_max_elements(attacked: ServerProcess) -> None:
    """learned_unigram with range_max=2**27 (1 GiB of weights) under --max-elements 1000000, a fixed
    unigram table of 2**40 reserved ids, unique sampling of every class of a skewed sampler, and a
    million-class learned sampler on many kernels: refused before any work, stopped after a bounded
    number of tries, or served within a byte-bounded cache."""
    classes = np.zeros((1, 1), np.int64)
    seeds = iter(range(10**6))
    before = peak_rss_mb(attacked)

    def attack() -> None:
        with philoxd.connect(attacked.target, timeout=ATTACK_DEADLINE_S, retry_timeout=0) as rng:
            for _ in range(2):
                with pytest.raises(ResourceExhaustedError, match="range_max`=134217728 is more than the limit of 1000000"):
                    rng.random.learned_unigram_candidate_sampler(classes, 1, 4, False, 2**27, seed=1)
            with pytest.raises(ResourceExhaustedError, match="num_reserved_ids"):
                _timed(lambda: rng.random.fixed_unigram_candidate_sampler(classes, 1, 4, False, 10, num_reserved_ids=2**40, unigrams=[1.0] * 10))
            with pytest.raises(ResourceExhaustedError, match="num_sampled"):
                rng.random.uniform_candidate_sampler(classes, 1, 2**40, True, 2**41, seed=1)
            # every one of a million Zipfian classes: hundreds of millions of tries, stopped at 16 per element
            with pytest.raises(ResourceExhaustedError, match="unique=True drew 16000000 samples"):
                _timed(lambda: rng.random.log_uniform_candidate_sampler(classes, 1, 1_000_000, True, 1_000_000, seed=1))
            # allowed: 8 MB of learned weights per kernel, a new kernel each call (the cache is bounded in bytes)
            seed = next(seeds)
            _timed(lambda: rng.random.learned_unigram_candidate_sampler(classes, 1, 4, False, 1_000_000, seed=seed))

    p50, p99, failures = under_attack(attacked, attack, threads=2)  # its unique draws take about a second each
    assert not failures, failures
    report("oversized candidate samplers", p50, p99)
    grown = peak_rss_mb(attacked) - before
    print(f"peak RSS +{grown:.0f} MB")
    assert grown < ATTACK_MB


def test_a_refused_attack_leaves_the_server_answering(attacked: ServerProcess) -> None:
    with philoxd.connect(attacked.target) as rng:
        rng.random.set_seed(5)
        assert rng.random.uniform([3]).shape == (3,)
        with pytest.raises(PhiloxdError):
            rng.restore(_raw_snapshot(b"[" * 5000 + b"]" * 5000))
        assert rng.random.uniform([3]).shape == (3,)
