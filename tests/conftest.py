"""Shared fixtures: a real redis-server on a free loopback port."""

from __future__ import annotations

import os
import pathlib
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator

import pytest

REQUIRE_REDIS_ENV = "PHILOXD_REQUIRE_REDIS"  # set by .ci/run: CI must not skip Redis tests


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RedisServer:
    """A throwaway ``redis-server`` process on 127.0.0.1 (no persistence unless ``extra_args`` say so)."""

    def __init__(self, *extra_args: str) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            if os.environ.get(REQUIRE_REDIS_ENV):
                pytest.fail("redis-server is not installed but PHILOXD_REQUIRE_REDIS is set")
            pytest.skip("redis-server binary not found (apt-get install redis-server)")
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._binary = binary
        self._extra_args = extra_args or ("--save", "", "--appendonly", "no")
        self.proc: subprocess.Popen[bytes] | None = None
        self.start()

    def start(self) -> None:
        args = [self._binary, "--port", str(self.port), "--bind", "127.0.0.1", *self._extra_args]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            self.proc = None


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer()
    yield server
    server.stop()


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    """The container tests (tests/container: image builds, compose clusters) run after the rest."""
    container = pathlib.Path(__file__).parent / "container"
    items.sort(key=lambda item: container in item.path.parents)
