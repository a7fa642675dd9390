"""The image from the Dockerfile, run as README's Docker section says: TF-exact, healthy, drains, durable."""

from __future__ import annotations

import json
import threading
import time

import philoxd
from tests.container.conftest import IMAGE, REPORT, Containers, docker_health, published, sh, wait_docker_health
from tests.integration.conftest import health_status
from tests.golden import replay

STATE_DIR = "/var/lib/philoxd"
GRACE_S = 8.0  # the image's default --grace
STREAM = next(c for c in replay.load_cases() if c["name"] == "stream_uniform_2_seed_1")["outputs"]


def tf_stream(start: int, stop: int) -> list[bytes]:
    """TF 2.21's ``set_seed(1); uniform([2], seed=1)`` draws ``start..stop-1`` (golden, tf_streams.json)."""
    return [replay.decode_array(out).tobytes() for out in STREAM[start:stop]]


def test_the_image_is_lean_and_runs_as_non_root(image: str) -> None:
    config = json.loads(sh("docker", "image", "inspect", "-f", "{{json .Config}}", image).stdout)
    assert config["User"] and not config["User"].startswith(("root", "0")), config["User"]
    assert config["Healthcheck"]["Test"][:2] == ["CMD", "philoxd"], config["Healthcheck"]
    assert STATE_DIR in config["Volumes"]
    # Nothing of the repo's tests or benchmarks, nor the dependencies' test suites or pip.
    listing = sh("docker", "run", "--rm", "--entrypoint", "sh", image, "-c",
                 "ls /opt/philoxd/lib/python3.11/site-packages; ls -d /opt/philoxd/lib/python3.11/site-packages/*/tests 2>/dev/null; id -u").stdout
    packages = set(listing.split())
    assert {"philoxd", "philoxd_server", "redis", "psycopg", "psycopg_pool", "numba"} <= packages, packages
    assert not {"tests", "benchmarks", "pip", "setuptools"} & packages, packages
    assert "/tests" not in listing
    assert listing.split()[-1] != "0"
    size = int(sh("docker", "image", "inspect", "-f", "{{.Size}}", image).stdout)
    assert size < 600e6, f"image grew to {size / 1e6:.0f} MB"


def test_a_container_is_tf_exact_healthy_and_drains_on_docker_stop(containers: Containers) -> None:
    start = time.monotonic()
    name = containers.run("single", IMAGE)
    target = published(name)
    wait_docker_health(name, "healthy")
    REPORT["healthy"] = f"{time.monotonic() - start:.1f} s after docker run"
    assert health_status(target) == "SERVING"
    mismatches = []
    for case in replay.load_cases():  # every golden case, each in a fresh session, over the published port
        with philoxd.connect(target) as rng:
            replay.configure(rng, case)  # a case recorded at a TF thread count runs on a session set to it
            got = replay.run_case(case["code"], rng.random, rng.function)
        mismatches += [f"{case['name']}: {m}" for m in replay.compare(case["outputs"], got)]
    assert mismatches == []

    # docker stop while draws are in flight: they finish (or are refused cleanly), exit 0 within the grace.
    stop = threading.Event()
    failures: list[BaseException] = []

    def load() -> None:
        with philoxd.connect(target, session="load", retry_timeout=0) as rng:
            try:
                while not stop.is_set():
                    rng.random.uniform([1 << 20], seed=3)
            except philoxd.errors.UnavailableError:
                pass  # the server is going away: refused, never half-answered
            except BaseException as exc:  # noqa: BLE001 - reported below
                failures.append(exc)

    thread = threading.Thread(target=load)
    thread.start()
    time.sleep(1.0)
    began = time.monotonic()
    sh("docker", "stop", name, timeout=60)
    stopped_after = time.monotonic() - began
    stop.set()
    thread.join(timeout=60)
    assert not failures, failures
    state = json.loads(sh("docker", "inspect", "-f", "{{json .State}}", name).stdout)
    assert (state["ExitCode"], state["OOMKilled"]) == (0, False), state
    assert stopped_after < GRACE_S + 5, stopped_after
    REPORT["docker stop"] = f"{stopped_after:.1f} s under load"
    logs = sh("docker", "logs", name)
    assert "received SIGTERM: draining" in logs.stderr + logs.stdout


def test_a_new_container_on_the_same_volume_continues_the_stream(containers: Containers) -> None:
    volume = containers.volume("state")
    first = containers.run("durable", "-v", f"{volume}:{STATE_DIR}", IMAGE)
    wait_docker_health(first, "healthy")
    with philoxd.connect(published(first), session="durable") as rng:
        rng.random.set_seed(1)
        before = [rng.random.uniform([2], seed=1).tobytes() for _ in range(12)]
    assert before == tf_stream(0, 12)
    sh("docker", "stop", first, timeout=60)
    sh("docker", "rm", first)

    second = containers.run("durable", "-v", f"{volume}:{STATE_DIR}", IMAGE)
    wait_docker_health(second, "healthy")
    with philoxd.connect(published(second), session="durable") as rng:  # no set_seed: the stored state goes on
        after = [rng.random.uniform([2], seed=1).tobytes() for _ in range(12)]
    assert after == tf_stream(12, 24)
    assert docker_health(second) == "healthy"
