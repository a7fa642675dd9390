"""Against a REAL ``philoxd serve``: request fields the server looks up by name or value are
checked at the boundary, so a typo is ``INVALID_ARGUMENT`` naming the field, the value and
the valid choices, never ``INTERNAL`` with a traceback in the server's log."""

from __future__ import annotations

import grpc
import numpy as np
import pytest

from philoxd import _codec
from philoxd.v1 import random_pb2 as pb
from philoxd.v1 import random_pb2_grpc as pb_grpc


def _sample_request(source: str, kind: str) -> pb.DrawRequest:
    request = pb.DrawRequest(session="validation", distribution=pb.CANDIDATES, dtype=pb.INT64)
    request.sampler.kind, request.sampler.num_true, request.sampler.num_sampled = kind, 1, 2
    request.sampler.range_max = 5
    request.input.CopyFrom(_codec.encode_tensor(np.array([[1]], dtype=np.int64)))
    if source == "kernel":
        request.kernel.seed = 1
    elif source == "stateless":
        request.stateless.seed.CopyFrom(_codec.encode_tensor(np.array([1, 2], dtype=np.int64)))
    else:
        request.generator.generator = "g"
    return request


@pytest.mark.parametrize("source", ["kernel", "stateless", "generator"])
def test_unknown_sampler_kind_is_invalid_argument_listing_the_kinds(server_target: str, source: str) -> None:
    with grpc.insecure_channel(server_target) as channel:
        stub = pb_grpc.RandomStub(channel)
        stub.OpenSession(pb.OpenSessionRequest(session="validation"), timeout=10)
        for rpc in (stub.Sample, stub.DrawOne):
            with pytest.raises(grpc.RpcError) as excinfo:
                rpc(_sample_request(source, "log_unifor "), timeout=10)
            assert excinfo.value.code() == grpc.StatusCode.INVALID_ARGUMENT
            message = excinfo.value.details()
            assert "field `sampler.kind`='log_unifor\\\\x20'" in message
            assert "uniform, log_uniform, learned_unigram, fixed_unigram, all" in message
        assert len(stub.Sample(_sample_request("kernel", "log_uniform"), timeout=10).outputs) == 3


def test_unknown_tensor_name_and_shape_dtype_are_invalid_argument(server_target: str) -> None:
    with grpc.insecure_channel(server_target) as channel:
        stub = pb_grpc.RandomStub(channel)
        stub.OpenSession(pb.OpenSessionRequest(session="validation"), timeout=10)
        typo = pb.DrawRequest(session="validation", distribution=pb.NORMAL, dtype=pb.FLOAT32, shape=[2])
        typo.kernel.seed = 1
        typo.tensors["stdev"].CopyFrom(_codec.encode_tensor(np.array([2.0], dtype=np.float32)))
        with pytest.raises(grpc.RpcError) as excinfo:
            stub.DrawOne(typo, timeout=10)
        assert excinfo.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert excinfo.value.details() == "DrawOne: field `tensors` has 'stdev', which normal does not take (it takes: mean, stddev)"
        odd = pb.DrawRequest(session="validation", distribution=pb.NORMAL, dtype=pb.FLOAT32, shape=[2], shape_dtype=pb.FLOAT32)
        odd.kernel.seed = 1
        with pytest.raises(grpc.RpcError) as excinfo:
            stub.DrawOne(odd, timeout=10)
        assert excinfo.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert "field `shape_dtype`=2 must be INT32 (or unset) or INT64" in excinfo.value.details()
