"""Fixtures that run REAL ``philoxd serve`` subprocesses on 127.0.0.1.

``server_target`` is one server for the whole session; ``spawn_server`` starts
extra servers with their own flags (stopped, and checked to exit 0, at teardown).
"""

from __future__ import annotations

import dataclasses
import os
import pathlib
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from tests.integration._postgres import PostgresServer

__all__ = ["DrainRun", "ServerProcess", "draw_through_sigterm", "health_status"]

# A cold start imports numba and checks libm in a few seconds; the margin is for a heavily loaded
# 2-core host (seen: > 60 s at load average 30), and is only ever waited out on a failure.
START_TIMEOUT_S = 180.0
STOP_TIMEOUT_S = 30.0


def health_status(target: str, timeout: float = 3.0) -> str:
    """The plaintext server's ``grpc.health.v1`` status name, or the gRPC error code's name."""
    with grpc.insecure_channel(target) as channel:
        try:
            reply = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(service=""), timeout=timeout)
        except grpc.RpcError as exc:
            return exc.code().name  # type: ignore[attr-defined, no-any-return]
    return health_pb2.HealthCheckResponse.ServingStatus.Name(reply.status)


class ServerProcess:
    """A ``python -m philoxd_server serve --port 0`` subprocess.

    Attributes:
      proc: The subprocess.
      port: The bound port (after :meth:`wait_serving`).
      log_path: Where its stderr goes.
    """

    def __init__(
        self,
        workdir: pathlib.Path,
        *extra_args: str,
        credentials: grpc.ChannelCredentials | None = None,
        env: dict[str, str] | None = None,
    ) -> None:
        workdir.mkdir(parents=True, exist_ok=True)
        self.credentials = credentials  # for the health probe of a TLS server
        self.port_file = workdir / "port"
        self.log_path = workdir / "server.log"
        self.port = 0
        args = [sys.executable, "-m", "philoxd_server", "serve", "--host", "127.0.0.1", "--port", "0"]
        args += ["--port-file", str(self.port_file), "--log-level", "info", "--state-dir", str(workdir / "state")]
        args += list(extra_args)
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(
                args, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=None if env is None else {**os.environ, **env}
            )

    @property
    def target(self) -> str:
        """``127.0.0.1:PORT``."""
        return f"127.0.0.1:{self.port}"

    def log(self) -> str:
        """The server's output so far."""
        return self.log_path.read_text(errors="replace")

    def wait_serving(self, timeout: float = START_TIMEOUT_S) -> str:
        """Wait for the port file, then for the health service to say SERVING; return the target."""
        deadline = time.monotonic() + timeout
        while not self.port:
            if self.proc.poll() is not None:
                raise RuntimeError(f"philoxd serve exited with {self.proc.returncode}:\n{self.log()}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"philoxd serve wrote no port file in {timeout} s:\n{self.log()}")
            text = self.port_file.read_text() if self.port_file.exists() else ""
            if text.strip():
                self.port = int(text)
            else:
                time.sleep(0.02)
        channel = grpc.secure_channel(self.target, self.credentials) if self.credentials else grpc.insecure_channel(self.target)
        with channel:
            stub = health_pb2_grpc.HealthStub(channel)
            while True:
                try:
                    reply = stub.Check(health_pb2.HealthCheckRequest(service=""), timeout=2.0)
                    if reply.status == health_pb2.HealthCheckResponse.SERVING:
                        return self.target
                except grpc.RpcError:
                    pass
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"philoxd serve never became SERVING:\n{self.log()}")
                time.sleep(0.05)

    def terminate(self, timeout: float = STOP_TIMEOUT_S) -> int:
        """SIGTERM the server and return its exit code (kill it if it hangs)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise


@dataclasses.dataclass
class DrainRun:
    """What :func:`draw_through_sigterm` saw."""

    answers: list[list[Any]]  # each thread's answered draws, in order
    endings: list[BaseException | None]  # the error that ended each thread
    spans: list[tuple[float, float]]  # (start, end) of every answered draw
    signalled: float  # time.monotonic() of the SIGTERM
    exit_code: int
    stop_seconds: float  # from SIGTERM to the server's exit
    threads_alive: bool


def draw_through_sigterm(
    server: ServerProcess, n_threads: int, draw: Callable[[Any], Any], min_answers: int, **connect: Any
) -> DrainRun:
    """``n_threads`` clients call ``draw(client)`` (after ``set_seed(100 + i)``) until one fails;
    SIGTERM the server once each has ``min_answers`` answers."""
    import philoxd
    from philoxd.errors import PhiloxdError

    answers: list[list[Any]] = [[] for _ in range(n_threads)]
    endings: list[BaseException | None] = [None] * n_threads
    spans: list[tuple[float, float]] = []
    go = threading.Event()

    def work(i: int) -> None:
        with philoxd.connect(server.target, **connect) as client:
            client.random.set_seed(100 + i)
            go.wait()
            while True:
                start = time.monotonic()
                try:
                    answers[i].append(draw(client))
                    spans.append((start, time.monotonic()))
                except PhiloxdError as exc:  # the server is going away
                    endings[i] = exc
                    return

    threads = [threading.Thread(target=work, args=(i,), daemon=True) for i in range(n_threads)]
    for t in threads:
        t.start()
    go.set()
    deadline = time.monotonic() + 60
    while min(len(a) for a in answers) < min_answers and time.monotonic() < deadline:
        time.sleep(0.01)
    signalled = time.monotonic()
    code = server.terminate()
    stopped = time.monotonic() - signalled
    for t in threads:
        t.join(timeout=60)
    return DrainRun(answers, endings, spans, signalled, code, stopped, any(t.is_alive() for t in threads))


@pytest.fixture(scope="session")
def server_target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``"127.0.0.1:PORT"`` of a real ``philoxd serve`` running for the whole test session."""
    server = ServerProcess(tmp_path_factory.mktemp("philoxd-serve"))
    try:
        yield server.wait_serving()
    finally:
        code = server.terminate()
    assert code == 0, f"philoxd serve exited with {code} after SIGTERM:\n{server.log()}"


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A real PostgreSQL server for the whole test session (see tests/integration/_postgres.py);
    ``fsync=off``: it checks the stores' semantics (durability is test_postgresql_failover.py's)."""
    server = PostgresServer(settings={"fsync": "off"})
    yield server
    server.close()


@pytest.fixture(params=["sqlite", "redis", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: pathlib.Path) -> Iterator[str]:
    """A durable store URL, once per kind: a SQLite file in ``tmp_path``, the session's real Redis
    (emptied first), or a new database on the session's real PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite://{tmp_path / 'state.db'}"
    elif request.param == "postgresql":
        yield request.getfixturevalue("postgres_server").new_database()
    else:
        import redis  # the redis extra: needed only where a Redis store runs

        url = request.getfixturevalue("redis_server").url
        redis.Redis.from_url(url).flushdb()
        yield url


@pytest.fixture
def spawn_server(tmp_path: pathlib.Path) -> Iterator[Callable[..., ServerProcess]]:
    """Start extra servers: ``spawn_server("--max-elements", "10")`` -> a SERVING :class:`ServerProcess`.

    A TLS server needs ``credentials=grpc.ssl_channel_credentials(...)`` for the health probe.

    Servers still running at teardown are SIGTERMed and must exit 0.
    """
    servers: list[ServerProcess] = []

    def spawn(*extra_args: str, credentials: grpc.ChannelCredentials | None = None) -> ServerProcess:
        server = ServerProcess(tmp_path / f"server-{len(servers)}", *extra_args, credentials=credentials)
        servers.append(server)
        server.wait_serving()
        return server

    yield spawn
    failures = []
    for server in servers:
        code = server.terminate()
        if code != 0:
            failures.append(f"exit {code}:\n{server.log()}")
    assert not failures, "\n".join(failures)



@pytest.fixture(scope="session", autouse=True)
def _kernel_cache() -> None:
    """Fill Numba's on-disk kernel cache once, in this process, before any server starts: each
    ``philoxd serve`` warms every op's kernels before it says SERVING, which takes ~25 s on a
    fresh checkout (compiling) and well under a second with the cache (loading)."""
    from philoxd_server.service._server import warm_up

    warm_up()
