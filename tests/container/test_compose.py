"""docker-compose.yml as README's Docker section runs it, under docker-compose 1.29 and Compose v2."""

from __future__ import annotations

import ast
import threading
import time

import numpy as np

import philoxd
from tests.container.conftest import REPORT, Compose, docker_health, sh, wait_docker_health
from tests.integration.conftest import health_status
from tests.golden import replay

REPLICAS = 3  # docker-compose.yml's scale
LOAD_THREADS, LOAD_DRAWS = 3, 100  # = the golden case stream_uniform_1_seed_7 (300 draws)
LAST_DRAWS = 10  # each load thread's draws held back until the kill is done
PACE_S = 0.01  # between a thread's draws, so the kill lands mid-load


def _golden(name: str) -> list[bytes]:
    outputs = next(c for c in replay.load_cases() if c["name"] == name)["outputs"]
    return [replay.decode_array(out).tobytes() for out in outputs]


def test_the_single_durable_server(compose: Compose) -> None:
    """`docker compose up -d`: one server on $PHILOXD_PORT whose state survives `down` and `up`."""
    stream = _golden("stream_uniform_2_seed_1")
    target = f"127.0.0.1:{compose.env['PHILOXD_PORT']}"
    compose("up", "-d")
    (container,) = compose.containers("philoxd")
    wait_docker_health(container, "healthy")
    with philoxd.connect(target, session="compose") as rng:
        rng.random.set_seed(1)
        assert [rng.random.uniform([2], seed=1).tobytes() for _ in range(12)] == stream[:12]
    compose("down")  # containers go, the named volume stays
    compose("up", "-d")
    (container,) = compose.containers("philoxd")
    wait_docker_health(container, "healthy")
    with philoxd.connect(target, session="compose") as rng:
        assert [rng.random.uniform([2], seed=1).tobytes() for _ in range(12)] == stream[12:]


def test_the_cluster_acts_as_one_server(compose: Compose) -> None:
    """Redis + 3 replicas: one stream across their ports, the demo client prints TF's, a killed
    replica loses and repeats nothing, and a lost Redis turns the replicas unhealthy until it is back."""
    start = time.monotonic()
    compose("--profile", "cluster", "up", "-d", "replica")
    replicas = compose.containers("replica")
    assert len(replicas) == REPLICAS
    for container in replicas:
        wait_docker_health(container, "healthy")
    REPORT[f"cluster healthy ({compose.command[-1]})"] = f"{time.monotonic() - start:.1f} s"
    targets = [compose("port", "--index", str(i), "replica", "50051").stdout.strip() for i in range(1, REPLICAS + 1)]
    assert len(set(targets)) == REPLICAS and all(t.startswith("127.0.0.1:") for t in targets), targets

    # One session, draws rotated over the replicas' ports: TF's sequence, in order.
    clients = [philoxd.connect(target, session="rotate") for target in targets]
    clients[0].random.set_seed(1)
    got = [clients[i % REPLICAS].random.uniform([2], seed=1).tobytes() for i in range(24)]
    for client in clients:
        client.close()
    stream = _golden("stream_uniform_2_seed_1")
    assert got == stream

    # The demo client (dns:///replica:50051, round_robin) prints TF's first six draws.
    demo = compose("--profile", "cluster", "run", "--rm", "client")
    printed = [np.float32(ast.literal_eval(line)).tobytes() for line in demo.stdout.splitlines() if line.startswith("[")]
    assert printed == stream[:6], demo.stdout + demo.stderr
    assert len(compose.containers("replica")) == REPLICAS  # `run` did not rescale the replicas

    # docker kill of one replica under load: every draw is answered once, none lost or repeated.
    everyone = "ipv4:" + ",".join(targets)  # round_robin over the three published ports
    with philoxd.connect(everyone, session="load") as setup:
        setup.random.set_seed(1234)
    answers: list[bytes] = []
    failures: list[BaseException] = []
    lock = threading.Lock()
    killed = threading.Event()

    def load() -> None:
        try:
            with philoxd.connect(everyone, session="load", retry_timeout=60) as rng:
                for i in range(LOAD_DRAWS):
                    if i == LOAD_DRAWS - LAST_DRAWS:
                        killed.wait(60)  # some draws always come after the kill
                    value = rng.random.uniform([1], seed=7).tobytes()
                    with lock:
                        answers.append(value)
                    time.sleep(PACE_S)
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=load) for _ in range(LOAD_THREADS)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 60
    while len(answers) < LOAD_THREADS * LOAD_DRAWS // 4 and time.monotonic() < deadline:
        time.sleep(0.005)
    sh("docker", "kill", replicas[0])  # while the others draw
    killed.set()
    for thread in threads:
        thread.join(timeout=120)
    assert not failures, failures
    assert sorted(answers) == sorted(_golden("stream_uniform_1_seed_7"))

    # Redis gone: the live replicas say NOT_SERVING at once, docker marks them unhealthy; back when it returns.
    live = [t for t, c in zip(targets, replicas) if c != replicas[0]]
    compose("--profile", "cluster", "stop", "redis")
    deadline = time.monotonic() + 30
    while any(health_status(t) != "NOT_SERVING" for t in live):
        assert time.monotonic() < deadline, [health_status(t) for t in live]
        time.sleep(0.2)
    wait_docker_health(replicas[1], "unhealthy", timeout=60)
    compose("--profile", "cluster", "start", "redis")
    for container in replicas[1:]:
        wait_docker_health(container, "healthy", timeout=90)
    with philoxd.connect(live[0], session="load") as rng:  # Redis kept the stream (appendfsync always)
        assert rng.random.uniform([1], seed=7).tobytes() not in answers
    assert docker_health(replicas[2]) == "healthy"
