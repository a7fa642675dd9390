"""Real containers: the image built from the Dockerfile, and the compose file under both Compose implementations.

Needs a Docker engine (``docker info`` answers) and the base images ``python:3.11-slim-bookworm`` and
``redis:7-bookworm`` (``docker pull`` them, or build them locally under those names where no image
registry is reachable). Without one the tests skip with the reason; with ``CI=true`` (or
``PHILOXD_REQUIRE_DOCKER=1``) they fail instead. Everything a test starts carries the label
``philoxd.test`` or a compose project named ``philoxdtest...`` and is removed at teardown, also
on failure, and at the start of the next run.
"""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
IMAGE = "philoxd:0.1.0"  # = docker-compose.yml's image
LABEL = "philoxd.test"
PROJECT_PREFIX = "philoxdtest"
COMMAND_TIMEOUT_S = 600.0  # a cold image build downloads the dependencies
HEALTHY_TIMEOUT_S = 90.0  # start period 30 s + checks every 5 s, on a busy 2-core machine
REPORT: dict[str, str] = {}  # measurements printed at the end of the run


def required() -> bool:
    """CI must run these tests, never skip them."""
    return os.environ.get("CI") == "true" or bool(os.environ.get("PHILOXD_REQUIRE_DOCKER"))


def skip_or_fail(reason: str) -> None:
    if required():
        pytest.fail(f"{reason} (CI=true: the container tests must run; start a Docker engine, e.g. `dockerd &` as root, or unset CI)")
    pytest.skip(reason)


def sh(*args: str, check: bool = True, timeout: float = 120.0, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run a command in the repo root; on failure the error shows its output."""
    done = subprocess.run(
        list(args), cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False,
        env=None if env is None else {**os.environ, **env},
    )
    if check and done.returncode != 0:
        raise AssertionError(f"{' '.join(args)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done


def free_port_range(count: int) -> tuple[int, int]:
    """``count`` consecutive loopback ports that are free now."""
    for _ in range(200):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            first = int(probe.getsockname()[1])
        if first + count > 65535:
            continue
        socks = []
        try:
            for port in range(first, first + count):
                sock = socket.socket()
                socks.append(sock)
                sock.bind(("127.0.0.1", port))
            return first, first + count - 1
        except OSError:
            continue
        finally:
            for sock in socks:
                sock.close()
    raise RuntimeError(f"no {count} consecutive free ports")


def docker_health(container: str) -> str:
    """Docker's health status of a container (starting, healthy, unhealthy)."""
    return sh("docker", "inspect", "-f", "{{.State.Health.Status}}", container).stdout.strip()


def wait_docker_health(container: str, want: str, timeout: float = HEALTHY_TIMEOUT_S) -> float:
    """Wait until docker reports ``want`` for the container; return the seconds it took."""
    start = time.monotonic()
    while (status := docker_health(container)) != want:
        if time.monotonic() - start > timeout:
            logs = sh("docker", "logs", "--tail", "30", container, check=False)
            raise AssertionError(f"{container} stayed {status}, not {want}, for {timeout} s:\n{logs.stdout}{logs.stderr}")
        time.sleep(0.25)
    return time.monotonic() - start


def published(container: str, port: int = 50051) -> str:
    """``127.0.0.1:PORT`` where the container's ``port`` is published."""
    lines = sh("docker", "port", container, f"{port}/tcp").stdout.split()
    return next(line for line in lines if line.startswith("127.0.0.1:"))


def _remove_leftovers() -> None:
    """Containers and volumes of earlier runs (a killed run cannot tear down)."""
    ids = sh("docker", "ps", "-aq", "--filter", f"label={LABEL}").stdout.split()
    ids += [
        line.split()[0]
        for line in sh("docker", "ps", "-a", "--format", '{{.ID}} {{.Label "com.docker.compose.project"}}').stdout.splitlines()
        if len(line.split()) == 2 and line.split()[1].startswith(PROJECT_PREFIX)
    ]
    if ids:
        sh("docker", "rm", "-f", "-v", *ids, check=False)
    volumes = sh("docker", "volume", "ls", "-q").stdout.split()
    stale = [v for v in volumes if v.startswith(PROJECT_PREFIX)]
    if stale:
        sh("docker", "volume", "rm", "-f", *stale, check=False)


@pytest.fixture(scope="session")
def docker_engine() -> Iterator[None]:
    if shutil.which("docker") is None:
        skip_or_fail("no docker CLI")
    info = sh("docker", "info", "--format", "{{.ServerVersion}}", check=False, timeout=30)
    if info.returncode != 0:
        skip_or_fail(f"no Docker engine answers: {info.stderr.strip().splitlines()[-1:]}")
    for base in ("python:3.11-slim-bookworm", "redis:7-bookworm"):
        if sh("docker", "image", "inspect", base, check=False).returncode != 0:
            skip_or_fail(f"base image {base} is missing (`docker pull {base}`, or build an image with that name)")
    REPORT["engine"] = f"Docker {info.stdout.strip()}"
    _remove_leftovers()
    yield
    _remove_leftovers()


@pytest.fixture(scope="session")
def image(docker_engine: None) -> str:
    """The image built from the repo's Dockerfile, tagged as docker-compose.yml names it."""
    start = time.monotonic()
    sh("docker", "build", "-t", IMAGE, ".", timeout=COMMAND_TIMEOUT_S)
    REPORT["build"] = f"{time.monotonic() - start:.1f} s"
    size = int(sh("docker", "image", "inspect", "-f", "{{.Size}}", IMAGE).stdout)
    REPORT["image size"] = f"{size / 1e6:.0f} MB"
    return IMAGE


class Containers:
    """``docker run`` with the test label; every container and volume is removed at teardown."""

    def __init__(self) -> None:
        self.run_id = uuid.uuid4().hex[:8]
        self.names: list[str] = []
        self.volumes: list[str] = []

    def volume(self, stem: str) -> str:
        name = f"{PROJECT_PREFIX}-{stem}-{self.run_id}"
        self.volumes.append(name)
        return name

    def run(self, stem: str, *args: str) -> str:
        """Start ``docker run -d`` (port 50051 published on a free loopback port); return its name."""
        name = f"{PROJECT_PREFIX}-{stem}-{self.run_id}-{len(self.names)}"
        self.names.append(name)
        sh("docker", "run", "-d", "--name", name, "--label", LABEL, "-p", "127.0.0.1::50051", *args)
        return name

    def close(self) -> None:
        if self.names:
            sh("docker", "rm", "-f", "-v", *self.names, check=False)
        if self.volumes:
            sh("docker", "volume", "rm", "-f", *self.volumes, check=False)


@pytest.fixture
def containers(image: str) -> Iterator[Containers]:
    made = Containers()
    yield made
    made.close()


class Compose:
    """One Compose implementation (``docker-compose`` 1.29 or ``docker compose`` v2) on the repo's file."""

    def __init__(self, command: list[str], project: str, env: dict[str, str]) -> None:
        self.command = command
        self.project = project
        self.env = env

    def __call__(self, *args: str, check: bool = True, timeout: float = 300.0) -> subprocess.CompletedProcess[str]:
        base = [*self.command, "-f", str(ROOT / "docker-compose.yml"), "-p", self.project]
        return sh(*base, *args, check=check, timeout=timeout, env=self.env)

    def containers(self, service: str) -> list[str]:
        """The service's container ids, by replica index (1, 2, ...)."""
        ids = self("--profile", "cluster", "ps", "-q", service).stdout.split()
        indexed = []
        for cid in ids:
            labels = json.loads(sh("docker", "inspect", "-f", "{{json .Config.Labels}}", cid).stdout)
            indexed.append((int(labels["com.docker.compose.container-number"]), cid))
        return [cid for _, cid in sorted(indexed)]

    def down(self) -> None:
        self("--profile", "cluster", "down", "-v", "--remove-orphans", "-t", "5", check=False)


def compose_implementations() -> list[Any]:
    return [pytest.param(["docker-compose"], id="compose-v1"), pytest.param(["docker", "compose"], id="compose-v2")]


@pytest.fixture(params=compose_implementations())
def compose(request: pytest.FixtureRequest, image: str) -> Iterator[Compose]:
    command: list[str] = request.param
    version = sh(*command, "version", "--short", check=False)
    if version.returncode != 0:
        skip_or_fail(f"{' '.join(command)} is not installed")
    major = version.stdout.strip().lstrip("v").split(".")[0]
    assert major == ("1" if command == ["docker-compose"] else "2"), version.stdout
    REPORT[" ".join(command)] = version.stdout.strip()
    first, last = free_port_range(10)
    env = {"PHILOXD_PORT": str(first), "PHILOXD_REPLICA_PORTS": f"{first + 1}-{last}"}
    project = Compose(command, f"{PROJECT_PREFIX}{uuid.uuid4().hex[:8]}", env)
    yield project
    project.down()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if REPORT:
        terminalreporter.write_line("container tests: " + "; ".join(f"{k}: {v}" for k, v in REPORT.items()))
