"""Failover without a repeat, on real PostgreSQL servers (Debian's binaries) and real ``philoxd serve`` replicas.

A primary and a synchronous standby (streaming replication, ``synchronous_standby_names``) on
loopback; two philoxd replicas on the multi-host URL with ``target_session_attrs=read-write``;
three client threads drawing from one session. The primary is SIGKILLed mid-run (every process
of it: a host lost) and the standby promoted, with the client's default retry budget (15 s); or
the primary is down for 10 s and restarted, with a budget of 30 s (longer than the outage plus
crash recovery on a busy host: the default's 5 s beyond the outage is too little there). Either way every value handed out is exactly the
stream's prefix (the in-process engine's, which tests/golden holds to TF's recorded bits):
no duplicate, no gap, no client error; and health is NOT_SERVING while no primary answers.
"""

from __future__ import annotations

import collections
import pathlib
import threading
import time
from collections.abc import Callable, Iterator

import pytest

import philoxd
from tests.integration._postgres import PostgresServer, wait_until
from tests.integration.conftest import ServerProcess, health_status

SESSION = "failover"
GLOBAL_SEED, OP_SEED = 1, 7
SHAPE = [4]  # four float32 per draw: a repeated draw cannot pass for a coincidence
BEFORE, AFTER = 60, 60  # draws answered before the fault, and after the store is back
PHASE_TIMEOUT_S = 120.0  # generous on a busy 2-core host; the test stops by itself
OUTAGE_S = 10.0  # the restart test's downtime (the fault itself, not a wait)
OUTAGE_RETRY_S = 30.0  # the restart test's client retry budget: past the outage and crash recovery


@pytest.fixture
def pair() -> Iterator[tuple[PostgresServer, PostgresServer]]:
    """A primary whose commits wait for its synchronous standby, and that standby, streaming."""
    primary = PostgresServer(name="primary", settings={"synchronous_standby_names": "standby", "synchronous_commit": "on"})
    standby: PostgresServer | None = None
    try:
        standby = PostgresServer(name="standby", standby_of=primary)
        wait_until(
            "the standby streaming as the primary's synchronous standby",
            lambda: primary.query("SELECT sync_state FROM pg_stat_replication WHERE application_name = 'standby'") == [("sync",)],
        )
        yield primary, standby
    finally:
        for server in (standby, primary):
            if server is not None:
                server.close()


class _Load:
    """Three client threads drawing ``uniform(SHAPE, seed=OP_SEED)`` from one session, spread over the replicas."""

    def __init__(self, targets: list[str], retry_timeout: float | None = None) -> None:
        self._connect = {} if retry_timeout is None else {"retry_timeout": retry_timeout}
        self.got: list[bytes] = []
        self.errors: list[BaseException] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        with philoxd.connect(targets[0], session=SESSION) as setup:
            setup.random.set_seed(GLOBAL_SEED)
        self._threads = [threading.Thread(target=self._work, args=(targets[i % len(targets)],), daemon=True) for i in range(3)]
        for thread in self._threads:
            thread.start()

    def _work(self, target: str) -> None:
        try:
            with philoxd.connect(target, session=SESSION, **self._connect) as rng:
                while not self._stop.is_set():
                    value = rng.random.uniform(SHAPE, seed=OP_SEED).tobytes()
                    with self._lock:
                        self.got.append(value)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            with self._lock:
                self.errors.append(exc)

    def count(self) -> int:
        with self._lock:
            return len(self.got)

    def wait_for(self, total: int) -> None:
        wait_until(f"{total} draws answered (errors: {self.errors})", lambda: self.count() >= total or self.errors, PHASE_TIMEOUT_S)

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=PHASE_TIMEOUT_S)
        assert not any(thread.is_alive() for thread in self._threads), "a client thread hung"


def _stream(total: int) -> list[bytes]:
    ref = philoxd.connect()
    ref.random.set_seed(GLOBAL_SEED)
    return [ref.random.uniform(SHAPE, seed=OP_SEED).tobytes() for _ in range(total)]


def _assert_exact_prefix(load: _Load) -> None:
    assert not load.errors, f"client errors: {load.errors!r}"
    got = collections.Counter(load.got)
    duplicates = sum(n - 1 for n in got.values() if n > 1)
    want = collections.Counter(_stream(len(load.got)))
    gaps = sum((want - got).values())
    assert (duplicates, gaps) == (0, 0), f"{duplicates} duplicates, {gaps} gaps in {len(load.got)} draws"


def _replicas(tmp_path: pathlib.Path, primary: PostgresServer, standby: PostgresServer) -> list[ServerProcess]:
    url = (
        f"postgresql://postgres@127.0.0.1:{primary.port},127.0.0.1:{standby.port}/postgres"
        "?target_session_attrs=read-write&connect_timeout=2"
    )
    replicas = [ServerProcess(tmp_path / name, "--store", url) for name in ("a", "b")]
    for replica in replicas:
        replica.wait_serving()
    return replicas


def _wait_health(replicas: list[ServerProcess], status: str) -> None:
    for replica in replicas:
        wait_until(f"{replica.target} health {status}", lambda: health_status(replica.target) == status, PHASE_TIMEOUT_S, 0.1)


def _run_through(
    tmp_path: pathlib.Path,
    primary: PostgresServer,
    standby: PostgresServer,
    fault: Callable[[list[ServerProcess]], None],
    retry_timeout: float | None = None,
) -> None:
    replicas = _replicas(tmp_path, primary, standby)
    try:
        load = _Load([r.target for r in replicas], retry_timeout)
        try:
            load.wait_for(BEFORE)
            fault(replicas)
            _wait_health(replicas, "SERVING")
            load.wait_for(load.count() + AFTER)
        finally:
            load.stop()
        _assert_exact_prefix(load)
    finally:
        codes = [replica.terminate() for replica in replicas]
    assert codes == [0, 0], [replica.log() for replica in replicas]


def test_sigkill_the_primary_and_promote_the_standby_repeats_and_loses_nothing(
    tmp_path: pathlib.Path, pair: tuple[PostgresServer, PostgresServer]
) -> None:
    primary, standby = pair

    def failover(replicas: list[ServerProcess]) -> None:
        primary.kill()
        _wait_health(replicas, "NOT_SERVING")  # no primary answers: the standby is read-only
        standby.promote()

    _run_through(tmp_path, primary, standby, failover)


def test_the_primary_down_for_10_s_then_restarted_repeats_and_loses_nothing(
    tmp_path: pathlib.Path, pair: tuple[PostgresServer, PostgresServer]
) -> None:
    primary, standby = pair

    def outage(replicas: list[ServerProcess]) -> None:
        primary.kill()
        down = time.monotonic()
        _wait_health(replicas, "NOT_SERVING")
        time.sleep(max(0.0, OUTAGE_S - (time.monotonic() - down)))
        primary.start()  # crash recovery; the standby reconnects, commits wait for it again

    _run_through(tmp_path, primary, standby, outage, OUTAGE_RETRY_S)
