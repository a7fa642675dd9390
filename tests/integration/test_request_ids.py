"""A request id names one request: against a REAL ``philoxd serve`` on a real SQLite file and a
real Redis. A retry (the same request, on any of the four draw RPCs) gets the same numbers; the
same id with anything else is ``FAILED_PRECONDITION`` naming the id, and reserves nothing."""

from __future__ import annotations

from collections.abc import Callable

import grpc
import numpy as np
import pytest

import philoxd
from philoxd import _codec, errors
from philoxd.v1 import random_pb2 as pb
from philoxd.v1 import random_pb2_grpc as pb_grpc
from tests.integration.conftest import ServerProcess
from tests.integration.test_exactly_once import servers  # noqa: F401 - the fixture

REUSED = "request_id 'X' was already used in this session for a different request"


def _draw_request(shape: list[int], request_id: str = "X") -> pb.DrawRequest:
    request = pb.DrawRequest(session="ids", request_id=request_id, distribution=pb.NORMAL, dtype=pb.FLOAT32, shape=shape)
    request.kernel.seed = 5
    return request


def _refused(call: Callable[[], object]) -> str:
    with pytest.raises(grpc.RpcError) as excinfo:
        call()
    assert excinfo.value.code() == grpc.StatusCode.FAILED_PRECONDITION, excinfo.value.details()
    return str(excinfo.value.details())


def test_a_reused_request_id_is_refused_and_a_retry_on_any_draw_rpc_is_the_same_draw(
    store_url: str,
    servers: Callable[..., ServerProcess],  # noqa: F811
) -> None:
    server = servers("--store", store_url)
    with grpc.insecure_channel(server.target) as channel:
        stub = pb_grpc.RandomStub(channel)
        stub.OpenSession(pb.OpenSessionRequest(session="ids"), timeout=30)
        first = stub.DrawOne(_draw_request([4]), timeout=30).tensor.data
        assert stub.DrawOne(_draw_request([4]), timeout=30).tensor.data == first
        assert b"".join(c.tensor.data + c.data for c in stub.Draw(_draw_request([4]), timeout=30)) == first
        (reply,) = stub.DrawStream(iter([_draw_request([4])]), timeout=30)
        assert reply.chunk.tensor.data == first
        assert stub.Sample(_draw_request([4]), timeout=30).outputs[0].data == first
        # The id with another request: refused on every RPC, naming the id, never numbers.
        for call in (
            lambda: stub.DrawOne(_draw_request([5]), timeout=30),
            lambda: list(stub.Draw(_draw_request([5]), timeout=30)),
            lambda: stub.Sample(_draw_request([5]), timeout=30),
            lambda: stub.SetSeed(pb.SetSeedRequest(session="ids", request_id="X", seed="3"), timeout=30),
        ):
            assert REUSED in _refused(call)
        (reply,) = stub.DrawStream(iter([_draw_request([5])]), timeout=30)
        assert reply.error.code == grpc.StatusCode.FAILED_PRECONDITION.value[0] and REUSED in reply.error.message
        # The refused draws reserved nothing: the next draw is the kernel's second.
        second = stub.DrawOne(_draw_request([5], request_id="Y"), timeout=30).tensor.data
    ref = philoxd.connect()
    assert first == ref.random.normal([4], seed=5).tobytes()
    assert second == ref.random.normal([5], seed=5).tobytes()
    # The client raises it as FailedPreconditionError (a RuntimeError), with the message.
    error = errors.from_status(grpc.StatusCode.FAILED_PRECONDITION, REUSED)
    assert isinstance(error, errors.FailedPreconditionError)


def test_a_skip_and_a_generator_draw_never_share_a_request_id(
    store_url: str,
    servers: Callable[..., ServerProcess],  # noqa: F811
) -> None:
    server = servers("--store", store_url)
    with grpc.insecure_channel(server.target) as channel:
        stub = pb_grpc.RandomStub(channel)
        stub.OpenSession(pb.OpenSessionRequest(session="ids"), timeout=30)
        created = stub.CreateGenerator(
            pb.CreateGeneratorRequest(session="ids", request_id="G", state=pb.GeneratorState(counter_lo=0, key=7)), timeout=30
        )
        skip = pb.SkipGeneratorRequest(session="ids", generator=created.generator, delta=1, request_id="X")
        before = stub.SkipGenerator(skip, timeout=30)
        assert stub.SkipGenerator(skip, timeout=30) == before  # a retry
        draw = pb.DrawRequest(session="ids", request_id="X", distribution=pb.NORMAL, dtype=pb.FLOAT32, shape=[2])
        draw.generator.generator = created.generator
        assert REUSED in _refused(lambda: stub.DrawOne(draw, timeout=30))
        other = pb.CreateGeneratorRequest(session="ids", request_id="G", state=pb.GeneratorState(counter_lo=9, key=7))
        assert "request_id 'G'" in _refused(lambda: stub.CreateGenerator(other, timeout=30))
        draw.request_id = "Z"
        got = _codec.decode_chunk(stub.DrawOne(draw, timeout=30))[0]
    ref = philoxd.connect()
    gen = ref.random.Generator.from_state(np.array([0, 0, 7], dtype=np.uint64), alg="philox")
    gen.skip(1)
    assert got.tobytes() == gen.normal([2]).tobytes()  # one skip, then this draw: nothing else moved the state
