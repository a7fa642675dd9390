"""Disk and store faults against a real ``philoxd serve``: a full filesystem, the state removed
while serving, Redis at ``maxmemory``.

Each shows: health NOT_SERVING while reservations fail, a deliberate status code whose message
names the cause, a bounded number of log lines naming it, recovery once the fault goes away,
and no number handed out twice.
"""

from __future__ import annotations

import errno
import os
import pathlib
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
import pytest

from philoxd_server.state import open_store
from tests.conftest import RedisServer
from tests.integration.conftest import ServerProcess, health_status

HEALTH_TIMEOUT_S = 30.0  # health is probed every 2 s; generous for a busy 2-core CI host
FAILING_CALLS = 200  # calls made against the fault: their cause must be logged a bounded number of times
# One line per cause every 10 s (philoxd_server._logging.log_limited), plus the health change.
MAX_CAUSE_LINES = 6
FS_BYTES = 2 << 20  # the small filesystem of the disk-full test
FILL_CHUNK = 4096
REQUIRE_MOUNT_ENV = "PHILOXD_REQUIRE_MOUNT"  # set by .ci/run (root there): the disk-full tests must run


def _wait_health(target: str, want: str, timeout: float = HEALTH_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout
    while (status := health_status(target)) != want:
        assert time.monotonic() < deadline, f"health stayed {status}, expected {want}"
        time.sleep(0.1)


def _wait_log(server: ServerProcess, text: str, timeout: float = HEALTH_TIMEOUT_S) -> str:
    """The server's log once it holds ``text`` (lines are written by a logging thread)."""
    deadline = time.monotonic() + timeout
    while text not in (log := server.log()):
        assert time.monotonic() < deadline, f"{text!r} never logged:\n{log[-3000:]}"
        time.sleep(0.1)
    return log


def _draw(rng: Any) -> np.ndarray:
    """An unseeded-op draw: a new op seed and a new kernel row each time (the store grows)."""
    return rng.random.uniform([4], dtype="float64")


def _draw_until_error(rng: Any, drawn: list[bytes], limit: int = 100_000) -> Exception:
    from philoxd.errors import PhiloxdError

    for _ in range(limit):
        try:
            drawn.append(_draw(rng).tobytes())
        except PhiloxdError as exc:
            return exc
    raise AssertionError(f"{limit} draws and no error")


def _fail_repeatedly(rng: Any, error: type[Exception], cause: str) -> None:
    for _ in range(FAILING_CALLS):
        with pytest.raises(error, match=cause):
            _draw(rng)


def _unique(drawn: list[bytes]) -> None:
    assert len(set(drawn)) == len(drawn), "a draw was handed out twice"


# -- a full disk (SQLite) ------------------------------------------------------------------
def _mount(*args: str) -> None:
    """``mount *args``; skip (fail under PHILOXD_REQUIRE_MOUNT) where mounting is not allowed."""
    made = subprocess.run(["mount", *args], capture_output=True, text=True)
    if made.returncode != 0:
        reason = f"cannot mount {args[-1]} (needs root / CAP_SYS_ADMIN): {made.stderr.strip()}"
        if os.environ.get(REQUIRE_MOUNT_ENV):
            pytest.fail(f"{reason}, but {REQUIRE_MOUNT_ENV} is set")
        pytest.skip(reason)


@pytest.fixture
def small_fs(tmp_path: pathlib.Path) -> Iterator[pathlib.Path]:
    """A real 2 MiB tmpfs (mounting needs root: CI runs as root and sets PHILOXD_REQUIRE_MOUNT)."""
    mount = tmp_path / "small-fs"
    mount.mkdir()
    _mount("-t", "tmpfs", "-o", f"size={FS_BYTES}", "tmpfs", str(mount))
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(directory: pathlib.Path) -> pathlib.Path:
    """Write a file until the filesystem is full (ENOSPC); return it."""
    filler = directory / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            try:
                os.write(fd, b"\0" * FILL_CHUNK)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc
                break
        for _ in range(3):  # page-sized writes leave less than a page: take that too
            try:
                os.write(fd, b"\0" * 512)
            except OSError:
                break
    finally:
        os.close(fd)
    return filler


def test_a_full_disk_is_resource_exhausted_not_serving_and_recovers(small_fs: pathlib.Path, tmp_path: pathlib.Path) -> None:
    import philoxd
    from philoxd.errors import ResourceExhaustedError

    state = small_fs / "state"
    server = ServerProcess(tmp_path / "server", "--state-dir", str(state))
    drawn: list[bytes] = []
    try:
        server.wait_serving()
        with philoxd.connect(server.target, session="full", retry_timeout=0) as rng:
            rng.random.set_seed(7)
            drawn += [_draw(rng).tobytes() for _ in range(20)]
            filler = _fill(small_fs)
            error = _draw_until_error(rng, drawn)
            assert isinstance(error, ResourceExhaustedError), error
            assert "the disk is full (ENOSPC" in str(error)
            _wait_health(server.target, "NOT_SERVING")
            _fail_repeatedly(rng, ResourceExhaustedError, "disk is full")
            assert health_status(server.target) == "NOT_SERVING"

            filler.unlink()  # space comes back: the store recovers by itself, no restart
            _wait_health(server.target, "SERVING")
            drawn += [_draw(rng).tobytes() for _ in range(20)]
        log = _wait_log(server, "store can reserve again: health SERVING")
        assert 1 <= log.count("the disk is full (ENOSPC") <= MAX_CAUSE_LINES, log[-3000:]
        assert "store cannot reserve: health NOT_SERVING until it can (sqlite store" in log
        assert server.terminate() == 0, server.log()

        # A restart on the same (once full) filesystem starts, and its streams go on.
        filler = _fill(small_fs)
        filler.unlink()
        server = ServerProcess(tmp_path / "restarted", "--state-dir", str(state))
        server.wait_serving()
        with philoxd.connect(server.target, session="full", retry_timeout=0) as rng:
            drawn += [_draw(rng).tobytes() for _ in range(20)]
        _unique(drawn)
    finally:
        assert server.terminate() == 0, server.log()


def test_a_server_fills_a_small_disk_and_recovers_without_a_restart(small_fs: pathlib.Path, tmp_path: pathlib.Path) -> None:
    """The store itself fills the filesystem: its write-ahead log must not keep the space for
    good. Once space is freed, writes go on in the same process, and a re-opened store too."""
    from philoxd_server._errors import ResourceExhausted
    from philoxd_server.state._sqlite import SqliteStore

    reserve = small_fs / "reserve"
    reserve.write_bytes(b"\0" * (FS_BYTES // 4))  # freed later: the operator's cleanup
    store = SqliteStore(small_fs / "state" / "state.db")
    try:
        store.open_session("s")
        counters = []
        with pytest.raises(ResourceExhausted, match="disk is full"):
            for i in range(1_000_000):
                counters.append(store.reserve_kernel("s", f"kernel-{i}", (1, 0), 8, request_id=f"r{i}"))
        assert len(counters) > 1000  # the log was checkpointed as space ran low, not left to fill it
        reserve.unlink()
        store.check_writable()
        assert store.reserve_kernel("s", "kernel-0", (1, 0), 8) == (1, 8)
    finally:
        store.close()
    reopened = SqliteStore(small_fs / "state" / "state.db")
    try:
        assert reopened.reserve_kernel("s", "kernel-0", (1, 0), 8) == (1, 16)
    finally:
        reopened.close()


def test_a_read_only_state_dir_says_so_at_start(tmp_path: pathlib.Path) -> None:
    """A state dir on a read-only mount: one line naming it, exit 1 (SQLite itself only says
    SQLITE_CANTOPEN, as it cannot make its -shm file)."""
    import sys

    from philoxd_server.state._sqlite import SqliteStore

    state = tmp_path / "state"
    SqliteStore(state / "state.db").close()
    _mount("--bind", str(state), str(state))
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(state)], check=True)
        done = subprocess.run(
            [sys.executable, "-m", "philoxd_server", "serve", "--port", "0", "--state-dir", str(state)],
            capture_output=True, text=True, timeout=120,
        )
    finally:
        subprocess.run(["umount", "-l", str(state)], check=False)
    assert done.returncode == 1, done.stderr
    errors = [line for line in done.stderr.splitlines() if " ERROR " in line]
    assert len(errors) == 1 and "cannot write, the file or its filesystem is read-only" in errors[0], done.stderr
    assert "Traceback" not in done.stderr


# -- the state removed while serving ---------------------------------------------------------
@pytest.mark.parametrize("how", ["rm -rf", "replaced", "moved away and back"])
def test_a_removed_state_dir_is_refused_not_served(tmp_path: pathlib.Path, how: str) -> None:
    import philoxd
    from philoxd.errors import UnavailableError

    state = tmp_path / "state"
    server = ServerProcess(tmp_path / "server", "--state-dir", str(state))
    try:
        server.wait_serving()
        with philoxd.connect(server.target, session="gone", retry_timeout=0) as rng:
            rng.random.set_seed(3)
            before = [_draw(rng).tobytes() for _ in range(5)]
            if how == "rm -rf":
                shutil.rmtree(state)
                cause = "was removed while serving"
            elif how == "replaced":  # another file where the database was (a restore gone wrong)
                (state / "state.db").rename(state / "old.db")
                (state / "state.db").write_bytes((state / "old.db").read_bytes())
                cause = "was replaced by another file while serving"
            else:
                (state / "state.db").rename(state / "away.db")
                cause = "was removed while serving"
            _fail_repeatedly(rng, UnavailableError, cause)
            _wait_health(server.target, "NOT_SERVING")
            if how == "moved away and back":  # the file it opened is back: it serves again, no restart
                (state / "away.db").rename(state / "state.db")
                _wait_health(server.target, "SERVING")
                before += [_draw(rng).tobytes() for _ in range(5)]
                _unique(before)
        log = _wait_log(server, f"health NOT_SERVING until it can (sqlite store {state / 'state.db'}: the database file {cause}")
        assert 1 <= log.count(cause) <= MAX_CAUSE_LINES, log[-3000:]
        assert server.terminate() == 0, log
        if how == "replaced":  # the copy holds everything reserved up to the swap: streams go on
            (state / "old.db").unlink()
            server = ServerProcess(tmp_path / "restarted", "--state-dir", str(state))
            server.wait_serving()
            with philoxd.connect(server.target, session="gone", retry_timeout=0) as rng:
                after = [_draw(rng).tobytes() for _ in range(5)]
            _unique(before + after)
    finally:
        assert server.terminate() == 0, server.log()


# -- Redis at maxmemory ------------------------------------------------------------------------
REDIS_MAXMEMORY = "4mb"
FILLER_VALUE = 10_000  # bytes per filler key
OVER_LIMIT = 0.9  # once full, maxmemory is set to this fraction of the memory used


@pytest.fixture
def small_redis() -> Iterator[RedisServer]:
    server = RedisServer("--save", "", "--appendonly", "no", "--maxmemory", REDIS_MAXMEMORY)
    yield server
    server.stop()


def _fill_redis(url: str) -> Callable[[], None]:
    """Add keys until Redis refuses (OOM), then lower maxmemory a little below what is used (right
    at the limit Redis takes or refuses a write by the bytes a connection's buffers come and go by);
    return a function that deletes the keys (and restores maxmemory)."""
    import redis

    client = redis.Redis.from_url(url)
    keys = []
    try:
        for i in range(100_000):
            client.set(f"filler:{i}", b"\0" * FILLER_VALUE)
            keys.append(f"filler:{i}")
    except redis.exceptions.OutOfMemoryError:
        pass
    limit = client.config_get("maxmemory")["maxmemory"]
    client.config_set("maxmemory", int(int(client.info("memory")["used_memory"]) * OVER_LIMIT))

    def free() -> None:
        for start in range(0, len(keys), 500):
            client.delete(*keys[start : start + 500])
        client.config_set("maxmemory", limit)
        client.close()

    return free


def test_redis_at_maxmemory_is_resource_exhausted_not_serving_and_recovers(small_redis: RedisServer, tmp_path: pathlib.Path) -> None:
    import philoxd
    from philoxd.errors import ResourceExhaustedError

    server = ServerProcess(tmp_path / "server", "--store", small_redis.url)
    drawn: list[bytes] = []
    try:
        server.wait_serving()
        with philoxd.connect(server.target, session="oom", retry_timeout=0) as rng:
            rng.random.set_seed(5)
            drawn += [_draw(rng).tobytes() for _ in range(20)]
            free = _fill_redis(small_redis.url)
            error = _draw_until_error(rng, drawn)
            assert isinstance(error, ResourceExhaustedError), error
            assert "is out of memory (OOM" in str(error)
            _wait_health(server.target, "NOT_SERVING")
            _fail_repeatedly(rng, ResourceExhaustedError, "out of memory")
            # Reads still answer while Redis refuses writes (the store clock's write is skipped).
            assert rng.snapshot()
            reader = open_store(small_redis.url)
            try:
                assert [summary.name for summary in reader.list_sessions()[0]] == ["oom"]
            finally:
                reader.close()
            free()
            _wait_health(server.target, "SERVING")
            drawn += [_draw(rng).tobytes() for _ in range(20)]
        _unique(drawn)
        log = _wait_log(server, "store can reserve again: health SERVING")
        assert 1 <= log.count("is out of memory (OOM") <= MAX_CAUSE_LINES, log[-3000:]
        assert "internal error" not in log
    finally:
        assert server.terminate() == 0, server.log()


def test_an_evicting_redis_is_warned_about_at_start(tmp_path: pathlib.Path) -> None:
    redis_server = RedisServer("--save", "", "--appendonly", "no", "--maxmemory", "64mb", "--maxmemory-policy", "allkeys-lru")
    try:
        server = ServerProcess(tmp_path / "server", "--store", redis_server.url)
        try:
            server.wait_serving()
            assert "maxmemory-policy allkeys-lru: evicted kernels or generators restart their streams" in server.log()
        finally:
            assert server.terminate() == 0, server.log()
    finally:
        redis_server.stop()


def test_request_records_memory_is_bounded_by_the_request_ttl(small_redis: RedisServer) -> None:
    """Each remembered request is one small key that expires after the request TTL: memory is at
    most (calls per second) x TTL x this size, and a store at maxmemory answers RESOURCE_EXHAUSTED."""
    import redis

    from philoxd_server.state._redis import RedisStore

    client = redis.Redis.from_url(small_redis.url)
    store = RedisStore(small_redis.url, request_ttl=1.0)
    try:
        store.open_session("s")
        store.set_seed("s", 1)
        before = int(client.info("memory")["used_memory"])
        calls = 2000
        for i in range(calls):
            store.reserve_kernel("s", "k", (1, 0), 8, request_id=f"{i:032x}")
        per_record = (int(client.info("memory")["used_memory"]) - before) / calls
        assert per_record < 400, per_record  # bytes per remembered request (measured: 248 with 32-digit ids)
        deadline = time.monotonic() + 30
        while client.keys("philoxd:*:req:*"):  # all expire after the TTL
            assert time.monotonic() < deadline, "request records outlived their TTL"
            time.sleep(0.2)
    finally:
        store.close()
        client.close()
