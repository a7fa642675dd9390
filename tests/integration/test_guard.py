"""Guard and operate, against REAL ``philoxd serve`` processes: tokens and private sessions,
SIGHUP re-read, TLS and mutual TLS (certificates made here with ``openssl``), limits,
Prometheus metrics scraped over HTTP and JSON logs."""

from __future__ import annotations

import json
import pathlib
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from typing import Any

import grpc
import numpy as np
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from prometheus_client.parser import text_string_to_metric_families

import philoxd
from philoxd.errors import (
    InvalidArgumentError,
    NotFoundError,
    ResourceExhaustedError,
    UnauthenticatedError,
    UnavailableError,
)
from philoxd.v1 import random_pb2 as pb
from philoxd.v1 import random_pb2_grpc as pb_grpc
from tests.conftest import free_port
from tests.integration.conftest import ServerProcess

Spawn = Callable[..., ServerProcess]
ALICE, BOB = "alice-token-0123456789", "bob-token-9876543210"
PLAINTEXT_FAILS_WITHIN_S = 8.0  # retry_timeout=1 plus connection set-up; a hang would be 15 s+


def _auth_file(tmp_path: pathlib.Path, text: str = f"# test principals\nalice:{ALICE}\n\nbob:{BOB}\n") -> pathlib.Path:
    path = tmp_path / "tokens.txt"
    path.write_text(text)
    return path


def _health(target: str, credentials: grpc.ChannelCredentials | None = None) -> int:
    channel = grpc.secure_channel(target, credentials) if credentials else grpc.insecure_channel(target)
    with channel:
        return health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(service=""), timeout=5).status


# -- authentication ------------------------------------------------------------------------


def test_tokens_required_and_never_logged(spawn_server: Spawn, tmp_path: pathlib.Path) -> None:
    server = spawn_server("--auth-file", str(_auth_file(tmp_path)), "--store", "memory")
    for token in (None, "wrong-token", ALICE + "x"):
        with pytest.raises(UnauthenticatedError, match="credentials"):
            philoxd.connect(server.target, token=token, retry_timeout=1)
    with philoxd.connect(server.target, token=ALICE, session="s") as rng:
        rng.random.set_seed(1)
        assert rng.random.uniform([3], seed=1).shape == (3,)
    # raw calls: no metadata, a non-Bearer scheme
    with grpc.insecure_channel(server.target) as channel:
        stub = pb_grpc.RandomStub(channel)
        for metadata in ((), (("authorization", f"Basic {ALICE}"),)):
            with pytest.raises(grpc.RpcError) as excinfo:
                stub.OpenSession(pb.OpenSessionRequest(session="s"), timeout=5, metadata=metadata)
            assert excinfo.value.code() == grpc.StatusCode.UNAUTHENTICATED
    assert _health(server.target) == health_pb2.HealthCheckResponse.SERVING  # health needs no token
    assert ALICE not in server.log() and BOB not in server.log()


def test_sessions_belong_to_their_principal(spawn_server: Spawn, tmp_path: pathlib.Path) -> None:
    server = spawn_server("--auth-file", str(_auth_file(tmp_path)), "--store", "memory")
    alice = philoxd.connect(server.target, token=ALICE, session="shared-name")
    alice2 = philoxd.connect(server.target, token=ALICE, session="shared-name")
    bob = philoxd.connect(server.target, token=BOB, session="shared-name")
    try:
        assert alice.session == bob.session == "shared-name"  # the client sees its own name
        alice.random.set_seed(7)
        a = alice.random.uniform([4], seed=1)
        # bob's "shared-name" is another session, with its own kernels
        bob.random.set_seed(7)
        assert np.array_equal(bob.random.uniform([4], seed=1), a)  # fresh kernel: same first draw
        assert not np.array_equal(alice2.random.uniform([4], seed=1), a)  # alice's kernel advanced
        # generators are per session, so per principal
        gen = alice.generator("loader", seed=3)
        gen.normal([2])
        with pytest.raises(NotFoundError):
            bob.random.Generator._attach(gen._id, 1).normal([2])
        assert bob.generator("loader", seed=3).state.tolist() != gen.state.tolist()
        # private sessions too
        with philoxd.connect(server.target, token=ALICE) as private:
            assert private.session.startswith("private-")
            private.random.set_seed(1)
            with grpc.insecure_channel(server.target) as channel:
                stub = pb_grpc.RandomStub(channel)
                with pytest.raises(grpc.RpcError) as excinfo:
                    stub.SetSeed(
                        pb.SetSeedRequest(session=private.session, seed="1"),
                        timeout=5,
                        metadata=(("authorization", f"Bearer {BOB}"),),
                    )
                assert excinfo.value.code() == grpc.StatusCode.NOT_FOUND
    finally:
        for client in (alice, alice2, bob):
            client.close()


def test_sighup_rereads_auth_file(spawn_server: Spawn, tmp_path: pathlib.Path) -> None:
    path = _auth_file(tmp_path)
    server = spawn_server("--auth-file", str(path), "--store", "memory")
    philoxd.connect(server.target, token=BOB, retry_timeout=1).close()
    path.write_text(f"alice:{ALICE}\ncarol:carol-token\n")  # bob revoked, carol added
    server.proc.send_signal(signal.SIGHUP)
    deadline = time.monotonic() + 10
    while "2 principal(s) loaded" not in server.log():
        assert time.monotonic() < deadline, server.log()
        time.sleep(0.05)
    with pytest.raises(UnauthenticatedError):
        philoxd.connect(server.target, token=BOB, retry_timeout=1)
    philoxd.connect(server.target, token="carol-token", retry_timeout=1).close()
    path.write_text("garbage without a colon\n")  # a bad file keeps the previous tokens
    server.proc.send_signal(signal.SIGHUP)
    while "keeping the previous tokens" not in server.log():
        assert time.monotonic() < deadline, server.log()
        time.sleep(0.05)
    philoxd.connect(server.target, token="carol-token", retry_timeout=1).close()
    assert "carol-token" not in server.log()


def test_bad_auth_file_refuses_to_start(tmp_path: pathlib.Path) -> None:
    bad = _auth_file(tmp_path, "alice/x:token\n")
    server = ServerProcess(tmp_path / "srv", "--auth-file", str(bad))
    assert server.proc.wait(timeout=60) == 1
    assert "must not contain '/'" in server.log()


# -- TLS -----------------------------------------------------------------------------------


def _openssl(*args: str, cwd: pathlib.Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    """A throwaway CA, a server certificate for 127.0.0.1 and a client certificate, all signed by it."""
    d = tmp_path_factory.mktemp("certs")
    ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
    _openssl("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=philoxd test CA", cwd=d)
    (d / "server.ext").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    (d / "client.ext").write_text("extendedKeyUsage=clientAuth\n")
    for name in ("server", "client"):
        _openssl("req", *ec, "-keyout", f"{name}.key", "-out", f"{name}.csr", "-subj", f"/CN=philoxd {name}", cwd=d)
        _openssl(
            "x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-out", f"{name}.pem", "-days", "2", "-extfile", f"{name}.ext", cwd=d,
        )
    return d


def test_tls(spawn_server: Spawn, certs: pathlib.Path) -> None:
    ca = (certs / "ca.pem").read_bytes()
    server = spawn_server(
        "--tls-cert", str(certs / "server.pem"), "--tls-key", str(certs / "server.key"), "--store", "memory",
        credentials=grpc.ssl_channel_credentials(ca),
    )
    with philoxd.connect(server.target, tls=True, ca_file=str(certs / "ca.pem"), session="t") as rng:
        rng.random.set_seed(5)
        values = rng.random.normal([8], seed=2)
    local = philoxd.connect(session="tls-compare")
    local.random.set_seed(5)
    assert np.array_equal(values, local.random.normal([8], seed=2))
    local.close()
    start = time.monotonic()
    with pytest.raises(UnavailableError):
        philoxd.connect(server.target, retry_timeout=1)  # plaintext client against a TLS server
    assert time.monotonic() - start < PLAINTEXT_FAILS_WITHIN_S
    health = [sys.executable, "-m", "philoxd_server", "health", "--target", server.target, "--timeout", "5"]
    ok = subprocess.run([*health, "--ca-file", str(certs / "ca.pem")], capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0 and "SERVING" in ok.stdout, ok.stderr
    plain = subprocess.run(health, capture_output=True, text=True, timeout=60)
    assert plain.returncode == 1


def test_mutual_tls(spawn_server: Spawn, certs: pathlib.Path) -> None:
    client_files = {"cert_file": str(certs / "client.pem"), "key_file": str(certs / "client.key")}
    ca = (certs / "ca.pem").read_bytes()
    health_credentials = grpc.ssl_channel_credentials(
        ca, private_key=(certs / "client.key").read_bytes(), certificate_chain=(certs / "client.pem").read_bytes()
    )
    server = spawn_server(
        "--tls-cert", str(certs / "server.pem"), "--tls-key", str(certs / "server.key"),
        "--tls-client-ca", str(certs / "ca.pem"), "--store", "memory",
        credentials=health_credentials,
    )
    with philoxd.connect(server.target, tls=True, ca_file=str(certs / "ca.pem"), **client_files) as rng:
        assert rng.random.uniform([2], seed=1).shape == (2,)
    start = time.monotonic()
    with pytest.raises(UnavailableError):  # no client certificate: the handshake fails
        philoxd.connect(server.target, tls=True, ca_file=str(certs / "ca.pem"), retry_timeout=1)
    assert time.monotonic() - start < PLAINTEXT_FAILS_WITHIN_S
    with pytest.raises(ValueError, match="together"):
        philoxd.connect(server.target, tls=True, cert_file=client_files["cert_file"])


# -- limits --------------------------------------------------------------------------------


def test_max_sessions(spawn_server: Spawn) -> None:
    server = spawn_server("--max-sessions", "2", "--store", "memory")
    a = philoxd.connect(server.target, session="a")
    b = philoxd.connect(server.target)
    try:
        with pytest.raises(ResourceExhaustedError, match="limit of 2 sessions"):
            philoxd.connect(server.target, session="c", retry_timeout=1)
        with pytest.raises(ResourceExhaustedError):
            philoxd.connect(server.target, retry_timeout=1)
        philoxd.connect(server.target, session="a").close()  # attaching to an existing one is fine
    finally:
        a.close()
        b.close()


def test_rate_limit_per_principal(spawn_server: Spawn, tmp_path: pathlib.Path) -> None:
    server = spawn_server("--auth-file", str(_auth_file(tmp_path)), "--rate-limit", "5", "--store", "memory")
    alice = philoxd.connect(server.target, token=ALICE, session="r")
    bob = philoxd.connect(server.target, token=BOB, session="r")
    try:
        with pytest.raises(ResourceExhaustedError, match="retry later"):
            for _ in range(20):
                alice.random.uniform([1], seed=1)
        bob.random.uniform([1], seed=1)  # bob's bucket is his own
        time.sleep(0.5)  # refills at 5/s
        alice.random.uniform([1], seed=1)
    finally:
        alice.close()
        bob.close()
    assert _health(server.target) == health_pb2.HealthCheckResponse.SERVING  # health is not rate limited


def test_max_elements_before_allocation(spawn_server: Spawn) -> None:
    server = spawn_server("--max-elements", "1000", "--store", "memory")
    with philoxd.connect(server.target, session="m") as rng:
        with pytest.raises(ResourceExhaustedError):
            rng.random.uniform([2**40, 2**40, 2**40], seed=1)  # product overflows int64: still a clean refusal
        with pytest.raises(InvalidArgumentError):
            rng.random.uniform([-1, 5], seed=1)
        assert rng.random.uniform([10, 100], seed=1).size == 1000


# -- operations ----------------------------------------------------------------------------


def _scrape(port: int) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        text = response.read().decode()
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def test_metrics_and_json_logs(spawn_server: Spawn, tmp_path: pathlib.Path) -> None:
    port = free_port()
    server = spawn_server(
        "--metrics-port", str(port), "--log-format", "json", "--auth-file", str(_auth_file(tmp_path)), "--store", "memory"
    )
    with philoxd.connect(server.target, token=ALICE, session="met") as rng:
        for _ in range(3):
            rng.random.uniform([10, 10], seed=1)
    with grpc.insecure_channel(server.target) as channel:
        bad = pb.DrawRequest(session="met", request_id="bad-1", distribution=99, dtype=pb.FLOAT32, kernel=pb.KernelSource())  # type: ignore[arg-type]
        with pytest.raises(grpc.RpcError) as excinfo:
            list(pb_grpc.RandomStub(channel).Draw(bad, timeout=5, metadata=(("authorization", f"Bearer {ALICE}"),)))
        assert excinfo.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    with pytest.raises(UnauthenticatedError):
        philoxd.connect(server.target, token="nope", retry_timeout=1)
    with philoxd.connect(server.target, token=BOB):
        pass
    metrics = _scrape(port)
    assert metrics[("philoxd_requests_total", (("code", "OK"), ("method", "DrawStream")))] == 3  # small: one stream, 3 draws
    assert metrics[("philoxd_requests_total", (("code", "INVALID_ARGUMENT"), ("method", "Draw")))] == 1
    assert metrics[("philoxd_requests_total", (("code", "UNAUTHENTICATED"), ("method", "OpenSession")))] == 1
    assert metrics[("philoxd_requests_total", (("code", "OK"), ("method", "OpenSession")))] == 2
    assert metrics[("philoxd_elements_total", ())] == 300
    assert metrics[("philoxd_request_seconds_count", (("method", "Draw"),))] == 1
    assert metrics[("philoxd_request_seconds_count", (("method", "DrawStream"),))] == 3
    assert metrics[("philoxd_sessions", ())] == 1  # "met": bob's private session ended with its client
    assert ("process_resident_memory_bytes", ()) in metrics

    deadline = time.monotonic() + 5  # the server writes its log lines in batches, every 20 ms
    while server.log().count('"method": "Draw') < 4 and time.monotonic() < deadline:
        time.sleep(0.02)
    lines = [json.loads(line) for line in server.log().splitlines() if line.startswith("{")]
    assert lines and len(lines) == len([line for line in server.log().splitlines() if line.strip()])  # every line is JSON
    for entry in lines:
        assert {"time", "level", "logger", "message"} <= entry.keys()
    draws = [e for e in lines if e["logger"] == "philoxd.access" and e.get("method") in ("Draw", "DrawStream")]
    assert [e["method"] for e in draws] == ["DrawStream"] * 3 + ["Draw"]
    ok = draws[0]
    assert (ok["session"], ok["elements"], ok["status"], ok["principal"]) == ("met", 100, "OK", "alice")
    assert ok["request_id"] and isinstance(ok["ms"], float)
    assert (draws[-1]["status"], draws[-1]["request_id"]) == ("INVALID_ARGUMENT", "bad-1")


def test_metrics_open_server_counts_guard_refusals(spawn_server: Spawn) -> None:
    port = free_port()
    server = spawn_server("--metrics-port", str(port), "--rate-limit", "0.01", "--store", "memory")  # burst 1
    with philoxd.connect(server.target, session="x") as rng, pytest.raises(ResourceExhaustedError):  # OpenSession took it
        rng.random.uniform([1], seed=1)
    metrics: dict[Any, float] = _scrape(port)
    assert metrics[("philoxd_requests_total", (("code", "RESOURCE_EXHAUSTED"), ("method", "DrawStream")))] == 1  # per draw, in-band


@pytest.mark.parametrize(("cert", "key", "says"), [
    ("server.pem", "client.key", "are not a PEM certificate chain and its private key"),  # a key of another certificate
    ("server.ext", "server.key", "not a PEM certificate"),
    ("missing.pem", "server.key", "No such file"),
])
def test_tls_files_that_do_not_fit_are_named(certs: pathlib.Path, tmp_path: pathlib.Path, cert: str, key: str, says: str) -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "philoxd_server", "serve", "--port", "0", "--state-dir", str(tmp_path),
         "--tls-cert", str(certs / cert), "--tls-key", str(certs / key)],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0] and "--tls-cert" in lines[0] and cert in lines[0], done.stderr


def test_metrics_host_binds_the_endpoint_apart_from_grpc(spawn_server: Spawn) -> None:
    """--metrics-host: the metrics endpoint on its own address (here 127.0.0.2, gRPC on 127.0.0.1)."""
    port = free_port()
    server = spawn_server("--metrics-port", str(port), "--metrics-host", "127.0.0.2")
    with urllib.request.urlopen(f"http://127.0.0.2:{port}/metrics", timeout=10) as response:
        assert b"philoxd_requests_total" in response.read()
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5)
    assert server.target.startswith("127.0.0.1:")
