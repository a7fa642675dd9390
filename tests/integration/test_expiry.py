"""Session expiry is never silent, and a clock step does not expire a live session: against a
REAL ``philoxd serve`` on a real SQLite file and a real Redis. The server's wall clock is
stepped by libfaketime (preloaded, reading its offset from a file the test rewrites)."""

from __future__ import annotations

import glob
import os
import pathlib
import time
from collections.abc import Callable, Iterator

import pytest
import redis

import philoxd
from philoxd import errors
from philoxd.v1 import random_pb2 as pb
from philoxd.v1 import random_pb2_grpc as pb_grpc
from tests.integration.conftest import ServerProcess

REQUIRE_FAKETIME_ENV = "PHILOXD_REQUIRE_FAKETIME"  # set by .ci/run: CI must not skip these
TWO_HOURS = "+2h"  # the clock step (libfaketime offset syntax)
TWO_HOURS_S = 7200
POLL_S = 0.2


@pytest.fixture
def faketime(tmp_path: pathlib.Path) -> tuple[pathlib.Path, dict[str, str]]:
    """(the offset file, the environment that makes a process read its wall clock through it)."""
    found = sorted(glob.glob("/usr/lib/*/faketime/libfaketime.so.1"))
    if not found:
        if os.environ.get(REQUIRE_FAKETIME_ENV):
            pytest.fail(f"libfaketime is not installed but {REQUIRE_FAKETIME_ENV} is set")
        pytest.skip("libfaketime not found (apt-get install faketime)")
    offset = tmp_path / "faketime.rc"
    offset.write_text("+0\n")
    env = {"LD_PRELOAD": found[0], "FAKETIME_TIMESTAMP_FILE": str(offset), "FAKETIME_NO_CACHE": "1"}
    return offset, env


@pytest.fixture
def started(tmp_path: pathlib.Path) -> Iterator[Callable[..., ServerProcess]]:
    servers: list[ServerProcess] = []

    def start(*args: str, env: dict[str, str] | None = None) -> ServerProcess:
        server = ServerProcess(tmp_path / f"srv-{len(servers)}", *args, env=env)
        servers.append(server)
        server.wait_serving()
        return server

    yield start
    for server in servers:
        assert server.terminate() == 0, server.log()


def _last_used(target: str, session: str) -> float:
    import grpc

    with grpc.insecure_channel(target) as channel:
        listed = pb_grpc.RandomStub(channel).ListSessions(pb.ListSessionsRequest(prefix=session), timeout=30)
    (summary,) = [s for s in listed.sessions if s.session == session]
    return summary.last_used_time


def _step_two_hours(store_url: str, offset: pathlib.Path) -> None:
    """Step the store's clock source 2 h ahead: the SQLite server's wall clock (libfaketime), or
    Redis ``TIME`` as the store clock sees it. (redis-server does not start under libfaketime,
    whose clock_gettime recurses in jemalloc's start-up: the clock record's last observation of
    TIME is moved 2 h back instead, which is what the next script sees after a 2 h step.)"""
    if store_url.startswith(("sqlite", "postgresql")):  # both clocks are the server's wall clock
        offset.write_text(f"{TWO_HOURS}\n")
        return
    client = redis.Redis.from_url(store_url, decode_responses=True)
    client.hincrby("philoxd:clock", "wall", -TWO_HOURS_S * 1000)


def test_a_two_hour_clock_step_does_not_expire_a_live_session(
    store_url: str, faketime: tuple[pathlib.Path, dict[str, str]], started: Callable[..., ServerProcess]
) -> None:
    offset, env = faketime
    server = started("--store", store_url, "--session-ttl", "3600", env=env)
    rng = philoxd.connect(server.target, session="worker")
    rng.random.set_seed(3)
    got = [rng.random.uniform([2]), rng.generator("loader", seed=7).normal([2])]
    before = _last_used(server.target, "worker")
    _step_two_hours(store_url, offset)
    got += [rng.random.uniform([2]), rng.generator("loader", seed=7).normal([2])]
    if store_url.startswith(("sqlite", "postgresql")):  # the step took effect: the server reports times 2 h ahead
        assert _last_used(server.target, "worker") - before > TWO_HOURS_S - 60
    # The session lived on (a restarting worker attaches to it): one stream per kernel and
    # generator, nothing repeated, as in one TF program.
    with philoxd.connect(server.target, session="worker") as again:
        got.append(again.generator("loader", seed=7).normal([2]))
    ref = philoxd.connect()
    ref.random.set_seed(3)
    loader = ref.generator("loader", seed=7)
    want = [ref.random.uniform([2]), loader.normal([2]), ref.random.uniform([2]), loader.normal([2]), loader.normal([2])]
    assert [g.tobytes() for g in got] == [w.tobytes() for w in want]
    rng.close()


def test_a_restarting_worker_never_gets_an_expired_session_or_its_numbers_again(
    tmp_path: pathlib.Path, started: Callable[..., ServerProcess]
) -> None:
    ttl = 1.0
    server = started("--store", f"sqlite://{tmp_path / 'state.db'}", "--session-ttl", str(ttl))
    worker = philoxd.connect(server.target, session="train")
    first = worker.generator("loader", seed=7).normal([3]).tobytes()
    private = philoxd.connect(server.target)
    private.random.uniform([1])
    # Idle past the TTL (polled without touching it: listing does not count as a use).
    deadline = time.monotonic() + 60
    while any(s.session in ("train", private.session) for s in _list(server.target)):
        assert time.monotonic() < deadline, "the session never expired"
        time.sleep(POLL_S)
    # The live client: the session expired, said plainly, with what to do.
    with pytest.raises(errors.NotFoundError) as excinfo:
        worker.generator("loader", seed=7)
    message = excinfo.value.message
    assert "session 'train' expired" in message and "reset_expired=True" in message
    assert "call OpenSession first" not in message
    with pytest.raises(errors.NotFoundError, match="a private session that expired or was removed cannot come back") as excinfo:
        private.random.uniform([1])  # a private session expires for good (nobody else knows its name)
    assert "call OpenSession first" not in excinfo.value.message
    private.close()
    # A restarting worker: refused, not handed a fresh session whose generator repeats numbers.
    with pytest.raises(errors.FailedPreconditionError, match="session 'train' expired"):
        philoxd.connect(server.target, session="train")
    with pytest.raises(errors.FailedPreconditionError):
        philoxd.connect(server.target, session="train")  # still: until asked
    # Asked knowingly: a new session, its streams start over.
    fresh = philoxd.connect(server.target, session="train", reset_expired=True)
    assert fresh.generator("loader", seed=7).normal([3]).tobytes() == first
    worker.close()
    fresh.close()


def _list(target: str) -> list[pb.SessionSummary]:
    import grpc

    with grpc.insecure_channel(target) as channel:
        return list(pb_grpc.RandomStub(channel).ListSessions(pb.ListSessionsRequest(), timeout=30).sessions)
