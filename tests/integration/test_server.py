"""Against a REAL ``philoxd serve`` subprocess: health, reflection, exactness over the wire,
error codes, large streamed draws, shared sessions across OS processes, request ids and
graceful SIGTERM."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Callable
from typing import Any

import grpc
import numpy as np
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

import philoxd
from philoxd import _codec
from philoxd.errors import InvalidArgumentError, PhiloxdError, ResourceExhaustedError
from philoxd.v1 import random_pb2 as pb
from philoxd.v1 import random_pb2_grpc as pb_grpc
from tests.integration.conftest import draw_through_sigterm


def _bits(array: np.ndarray) -> tuple[str, tuple[int, ...], bytes]:
    """Compare arrays bit for bit (NaN-safe, -0.0-safe)."""
    return array.dtype.str, array.shape, np.ascontiguousarray(array).tobytes()


def _health(target: str, service: str) -> int:
    with grpc.insecure_channel(target) as channel:
        return health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(service=service), timeout=5).status


@pytest.mark.parametrize("service", ["", "philoxd.v1.Random"])
def test_health_serving(server_target: str, service: str) -> None:
    assert _health(server_target, service) == health_pb2.HealthCheckResponse.SERVING


def test_health_cli(server_target: str) -> None:
    from philoxd_server.cli import main

    assert main(["health", "--target", server_target]) == 0
    assert main(["health", "--target", server_target, "--service", "philoxd.v1.Random"]) == 0
    assert main(["health", "--target", server_target, "--service", "no.such.Service"]) == 1


def test_reflection_lists_random_service(server_target: str) -> None:
    with grpc.insecure_channel(server_target) as channel:
        stub = reflection_pb2_grpc.ServerReflectionStub(channel)
        requests = [
            reflection_pb2.ServerReflectionRequest(list_services=""),
            reflection_pb2.ServerReflectionRequest(file_containing_symbol="philoxd.v1.Random"),
        ]
        listed, described = list(stub.ServerReflectionInfo(iter(requests), timeout=5))
    names = {s.name for s in listed.list_services_response.service}
    assert {"philoxd.v1.Random", "grpc.health.v1.Health"} <= names
    assert described.file_descriptor_response.file_descriptor_proto  # the .proto is served too


def test_draws_equal_in_process(server_target: str) -> None:
    with philoxd.connect(server_target) as remote, philoxd.connect() as local:
        for client in (remote, local):
            client.random.set_seed(5)
        got = [remote.random.uniform([3], seed=1) for _ in range(2)]
        want = [local.random.uniform([3], seed=1) for _ in range(2)]
        assert [_bits(g) for g in got] == [_bits(w) for w in want]
        assert not np.array_equal(got[0], got[1])  # the kernel advanced
        for client in (remote, local):
            client.random.set_seed(11)
        got = [remote.random.normal([2, 5], seed=3), remote.random.uniform([4], maxval=10, dtype=np.int64)]
        want = [local.random.normal([2, 5], seed=3), local.random.uniform([4], maxval=10, dtype=np.int64)]
        assert [_bits(g) for g in got] == [_bits(w) for w in want]


def test_invalid_argument_maps(server_target: str) -> None:
    with philoxd.connect(server_target) as remote:
        with pytest.raises(InvalidArgumentError) as excinfo:
            remote.random.uniform([2], minval=5, maxval=5, dtype=np.int32, seed=1)
    assert isinstance(excinfo.value.rpc_error, grpc.RpcError)  # raised by the server, not the client
    assert excinfo.value.rpc_error.code() == grpc.StatusCode.INVALID_ARGUMENT


def test_resource_exhausted_maps(server_target: str) -> None:
    with philoxd.connect(server_target) as remote:
        with pytest.raises(ResourceExhaustedError) as excinfo:
            remote.random.uniform([2**20, 2**20], seed=1)
    assert isinstance(excinfo.value.rpc_error, grpc.RpcError)
    assert "limit" in excinfo.value.message


def test_max_elements_flag(spawn_server: Callable[..., Any]) -> None:
    server = spawn_server("--max-elements", "100")
    with philoxd.connect(server.target, generate="server") as remote:  # the server generates: its limit
        assert remote.random.stateless_uniform([100], seed=[1, 2]).shape == (100,)
        with pytest.raises(ResourceExhaustedError):
            remote.random.stateless_uniform([101], seed=[1, 2])
    with philoxd.connect(server.target, generate="client") as remote:  # a reservation is bounded too
        assert remote.random.uniform([100], seed=1).shape == (100,)
        with pytest.raises(ResourceExhaustedError):
            remote.random.uniform([101], seed=1)


def test_large_draw_arrives_whole(server_target: str) -> None:
    shape = [16 << 20]  # 64 MiB of float32: ~22 chunks of 3 MiB
    with philoxd.connect(server_target, generate="server") as remote, philoxd.connect() as local:  # a Draw stream
        got = remote.random.stateless_uniform(shape, seed=[7, 8])
        want = local.random.stateless_uniform(shape, seed=[7, 8])
    assert got.shape == (16 << 20,) and got.dtype == np.float32
    assert _bits(got) == _bits(want)


def test_streamed_draws_of_every_source_match_in_process(server_target: str) -> None:
    """Chunk-by-chunk generation (kernel, generator, stateless) and a whole-then-sliced one."""
    with philoxd.connect(server_target, generate="server") as remote, philoxd.connect() as local:
        for rng in (remote, local):
            rng.random.set_seed(11)
        generators = {id(rng): rng.random.Generator.from_seed(5) for rng in (remote, local)}
        draws = [
            lambda rng: rng.random.normal([3, 700_001], mean=2.0, stddev=0.5, seed=4),  # kernel, float32: 3 chunks
            lambda rng: rng.random.uniform([1_100_001], minval=-3, maxval=9, dtype=np.int64),  # unseeded op seed
            lambda rng: generators[id(rng)].uniform([500_001], minval=-1.0, maxval=2.0, dtype=np.float64),
            lambda rng: rng.random.stateless_normal([2_000_003], seed=[1, 2], dtype=np.float16),
            lambda rng: rng.random.truncated_normal([1_000_001], seed=9),  # not fixed-rate: generated whole
        ]
        for draw in draws:
            got, want = draw(remote), draw(local)
            assert got.shape == want.shape and got.dtype == want.dtype and _bits(got) == _bits(want)
            assert remote.last_provenance.num_elements == got.size  # type: ignore[union-attr]


def test_large_replays_stream_the_same_numbers(server_target: str) -> None:
    with philoxd.connect(server_target) as remote:
        for draw in (
            lambda: remote.random.normal([1_000_003], seed=6),  # fixed-rate: replayed chunk by chunk
            lambda: remote.random.truncated_normal([900_001], seed=6),  # generated whole, then sliced
        ):
            values = draw()
            assert _bits(remote.replay(remote.last_provenance)) == _bits(values)  # type: ignore[arg-type]


def test_cancelled_stream_leaves_the_server_serving(server_target: str) -> None:
    with grpc.insecure_channel(server_target) as channel:
        stub = pb_grpc.RandomStub(channel)
        request = pb.DrawRequest(
            distribution=pb.UNIFORM, dtype=pb.FLOAT32, shape=[16 << 20], maxval=pb.Scalar(int_value=1),
            stateless=pb.StatelessSource(seed=_codec.encode_tensor(np.array([3, 4], np.int64)), alg=pb.PHILOX),
        )
        stream = stub.Draw(request, timeout=30)
        head = next(stream)
        assert list(head.tensor.shape) == [16 << 20] and not head.tensor.data
        next(stream)
        stream.cancel()
    with philoxd.connect(server_target) as remote, philoxd.connect() as local:
        assert _bits(remote.random.stateless_uniform([5], seed=[3, 4])) == _bits(local.random.stateless_uniform([5], seed=[3, 4]))


_SHARED_SCRIPT = textwrap.dedent(
    """
    import sys, philoxd
    with philoxd.connect(sys.argv[1], session=sys.argv[2]) as client:
        sys.stdout.write(client.random.uniform([1], seed=1).tobytes().hex())
    """
)


def test_shared_session_across_processes(server_target: str) -> None:
    session = "shared-x"
    outputs = []
    for _ in range(2):  # one OS process after the other
        done = subprocess.run(
            [sys.executable, "-c", _SHARED_SCRIPT, server_target, session],
            capture_output=True, text=True, timeout=120, check=False,
        )
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout.strip())
    with philoxd.connect() as local:  # a private session, two consecutive calls
        want = [local.random.uniform([1], seed=1).tobytes().hex() for _ in range(2)]
    assert outputs == want
    assert outputs[0] != outputs[1]


def _uniform_request(session: str, request_id: str) -> pb.DrawRequest:
    return pb.DrawRequest(
        session=session,
        request_id=request_id,
        distribution=pb.UNIFORM,
        dtype=pb.FLOAT32,
        shape=[4],
        kernel=pb.KernelSource(seed=1),
        minval=pb.Scalar(float_value=0.0),
        maxval=pb.Scalar(float_value=1.0),
    )


def test_repeated_request_id_is_idempotent(server_target: str) -> None:
    with grpc.insecure_channel(server_target) as channel:
        stub = pb_grpc.RandomStub(channel)
        session = stub.OpenSession(pb.OpenSessionRequest(), timeout=10).session
        first = _codec.join_chunks(stub.Draw(_uniform_request(session, "rid-1"), timeout=30))
        again = _codec.join_chunks(stub.Draw(_uniform_request(session, "rid-1"), timeout=30))
        after = _codec.join_chunks(stub.Draw(_uniform_request(session, "rid-2"), timeout=30))
    with philoxd.connect() as local:
        want = [local.random.uniform([4], minval=0.0, maxval=1.0, seed=1) for _ in range(2)]
    assert _bits(first[0]) == _bits(again[0]) == _bits(want[0])
    assert first[1] == again[1]  # same provenance: the retry reserved nothing
    assert _bits(after[0]) == _bits(want[1])  # the next new request gets A2, not A3


def test_sigterm_drains_and_answers_are_correct(spawn_server: Callable[..., Any]) -> None:
    server = spawn_server("--grace", "10")
    shape = [1 << 21]  # 8 MiB per call: some are in flight at SIGTERM
    run = draw_through_sigterm(server, 4, lambda client: client.random.uniform(shape, seed=1), 3, timeout=60)
    assert run.exit_code == 0, server.log()
    assert "received SIGTERM: draining" in server.log()
    assert any(start < run.signalled < end for start, end in run.spans)  # calls in flight at SIGTERM were answered
    assert not run.threads_alive
    assert all(isinstance(e, PhiloxdError) for e in run.endings), run.endings
    with philoxd.connect() as local:
        for i, got in enumerate(run.answers):
            assert len(got) >= 3
            local.random.set_seed(100 + i)
            for value in got:
                assert _bits(value) == _bits(local.random.uniform(shape, seed=1))


# -- timeouts bound every call, retries included (issue 16) ---------------------------------


def test_calls_with_a_timeout_match_in_process_on_every_path(server_target: str) -> None:
    """With ``timeout`` the client draws unary (DrawOne, Draw's stream for large draws, Replay):
    each gets the time left as its deadline."""
    with philoxd.connect(server_target, timeout=30.0) as rng, philoxd.connect() as local:
        for client in (rng, local):
            client.random.set_seed(7)
        small = rng.random.uniform([3], seed=1)
        large = rng.random.normal([1 << 20], seed=2)  # several chunks
        replayed = rng.replay(rng.last_provenance)
        assert _bits(small) == _bits(local.random.uniform([3], seed=1))
        assert _bits(large) == _bits(replayed) == _bits(local.random.normal([1 << 20], seed=2))


def test_a_call_never_outlasts_its_timeout_when_the_server_goes(spawn_server: Callable[..., Any]) -> None:
    import time

    from philoxd.errors import DeadlineExceededError, UnavailableError

    server = spawn_server("--store", "memory")
    with philoxd.connect(server.target, timeout=1.0, retry_timeout=60.0) as rng:
        rng.random.uniform([2], seed=1)
        assert server.terminate() == 0
        start = time.monotonic()
        with pytest.raises((UnavailableError, DeadlineExceededError)) as caught:
            rng.random.uniform([2], seed=1)  # retried (retry_timeout=60), but only within timeout=1
        elapsed = time.monotonic() - start
    assert elapsed <= 1.5, elapsed
    assert f"the philoxd server at {server.target}" in str(caught.value), caught.value
