"""Real PostgreSQL servers for the tests: Debian's binaries, started by the tests themselves.

``initdb`` and ``postgres`` refuse to run as root: under root (CI) they run as the ``postgres``
system user that Debian's package makes, in a directory of their own under the system's temp
directory; otherwise as the test's own user. Each server listens on a free 127.0.0.1 port with
``trust`` authentication (loopback only). ``PHILOXD_REQUIRE_POSTGRESQL=1`` (set by .ci/run)
turns a missing PostgreSQL into a failure instead of a skip.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from typing import Any

import pytest

from tests.conftest import free_port

__all__ = ["REQUIRE_POSTGRESQL_ENV", "PostgresServer", "postgres_bin", "wait_until"]

REQUIRE_POSTGRESQL_ENV = "PHILOXD_REQUIRE_POSTGRESQL"
START_TIMEOUT_S = 60.0  # a (crash-recovering) server accepts connections within this on a busy host
_SYSTEM_USER = "postgres"  # Debian's postgresql-common makes it


def _missing(why: str) -> Any:
    if os.environ.get(REQUIRE_POSTGRESQL_ENV):
        pytest.fail(f"{why}, but {REQUIRE_POSTGRESQL_ENV} is set")
    pytest.skip(why)


def postgres_bin() -> str:
    """The newest ``/usr/lib/postgresql/<version>/bin`` with a server (skip, or fail in CI, if none)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"), key=lambda p: int(p.split("/")[4]))
    if not found:
        _missing("no PostgreSQL server (apt-get install postgresql)")
    try:
        import psycopg  # noqa: F401 - the postgresql extra
    except ModuleNotFoundError:
        _missing("psycopg is not installed (pip install 'philoxd[postgresql]')")
    return os.path.dirname(found[-1])


def wait_until(what: str, check: Any, timeout: float = START_TIMEOUT_S, interval: float = 0.05) -> Any:
    """Poll ``check()`` until it returns a true value (returned); fail after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what}: not within {timeout:g} s")
        time.sleep(interval)


class PostgresServer:
    """A throwaway PostgreSQL instance (its own data directory and port), or a streaming standby of one.

    Args:
      settings: ``postgres -c`` settings besides the defaults below.
      standby_of: Make this a streaming-replication standby of that server (``pg_basebackup -R``).
      name: Its ``cluster_name``: the ``application_name`` its WAL receiver uses (what
        ``synchronous_standby_names`` names).
    """

    def __init__(self, *, settings: dict[str, str] | None = None, standby_of: PostgresServer | None = None, name: str = "main") -> None:
        self.bin = postgres_bin()
        self.name = name
        self.port = free_port()
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
        self._as_root = os.geteuid() == 0
        self.root = tempfile.mkdtemp(prefix=f"philoxd-pg-{name}-")
        if self._as_root:
            user = pwd.getpwnam(_SYSTEM_USER)
            os.chown(self.root, user.pw_uid, user.pw_gid)
        self.data = os.path.join(self.root, "data")
        self.log_path = os.path.join(self.root, "server.log")
        self.settings = {
            "listen_addresses": "127.0.0.1",
            "port": str(self.port),
            "unix_socket_directories": self.root,
            "cluster_name": name,
            "wal_level": "replica",
            "max_wal_senders": "4",
            "hot_standby": "on",
            "shared_buffers": "16MB",
            "max_connections": "60",
            "wal_retrieve_retry_interval": "100ms",  # a standby reconnects to a restarted primary promptly
            "log_min_messages": "warning",
            **(settings or {}),
        }
        if standby_of is None:
            self._run([f"{self.bin}/initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions"])
        else:
            self._run([
                f"{self.bin}/pg_basebackup", "-h", "127.0.0.1", "-p", str(standby_of.port), "-U", "postgres",
                "-D", self.data, "-R", "-X", "stream", "--checkpoint=fast", "--no-sync",
            ])
        self.proc: subprocess.Popen[bytes] | None = None
        self._databases = 0
        self.start()

    def _run(self, args: list[str]) -> None:
        result = subprocess.run(self._as_user(args), capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} exited with {result.returncode}:\n{result.stdout}\n{result.stderr}")

    def _as_user(self, args: list[str]) -> list[str]:
        """``args`` run as the ``postgres`` user under root (through setpriv, not Popen's ``user=``:
        that forks without vfork, and gRPC's fork handlers crash a child forked while its threads run)."""
        if not self._as_root:
            return args
        return ["setpriv", f"--reuid={_SYSTEM_USER}", f"--regid={_SYSTEM_USER}", "--clear-groups", *args]

    def start(self) -> None:
        """Start the server (its own process group) and wait until it accepts connections."""
        args = [f"{self.bin}/postgres", "-D", self.data]
        for key, value in self.settings.items():
            args += ["-c", f"{key}={value}"]
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                self._as_user(args), stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        wait_until(f"postgres on port {self.port} accepting connections", self._answers)

    def _answers(self) -> bool:
        import psycopg

        assert self.proc is not None
        if self.proc.poll() is not None:
            raise RuntimeError(f"postgres exited with {self.proc.returncode}:\n{self.log()}")
        try:
            with psycopg.connect(self.url, connect_timeout=2, autocommit=True) as conn:
                conn.execute("SELECT 1")
            return True
        except psycopg.OperationalError:
            return False

    def log(self) -> str:
        """The server's log so far."""
        with open(self.log_path, errors="replace") as log:
            return log.read()

    def query(self, sql: str) -> list[tuple[Any, ...]]:
        """Run one statement (autocommit) and return its rows."""
        import psycopg

        with psycopg.connect(self.url, connect_timeout=5, autocommit=True) as conn:
            cur = conn.execute(sql)  # type: ignore[call-overload] - test text
            return cur.fetchall() if cur.description else []

    def new_database(self) -> str:
        """Create an empty database and return its URL (each test's store starts from nothing)."""
        self._databases += 1
        name = f"philoxd_{self._databases}"
        self.query(f"CREATE DATABASE {name}")
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def kill(self) -> None:
        """SIGKILL every process of the instance at once (a host lost): nothing is flushed or sent."""
        if self.proc is not None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)
            self.proc = None

    def stop(self) -> None:
        """Fast shutdown (SIGINT), waited for; SIGKILL if it hangs."""
        if self.proc is not None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.kill()
            self.proc = None

    def promote(self) -> None:
        """Promote a standby to primary (waits until it accepts writes)."""
        self.query("SELECT pg_promote(true, 60)")

    def close(self) -> None:
        """Kill the server (if running: it is thrown away) and remove its directory."""
        try:
            self.kill()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
