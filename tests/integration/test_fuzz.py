"""Fuzz every RPC of ``philoxd.v1.Random`` against a REAL server with hypothesis.

Messages are well-formed protobuf but arbitrary in content: extreme integers, unknown
enum values, long repeated fields (shapes with 10k dimensions), odd strings (unicode,
NUL), huge ``num_samples``, tensors whose dtype / shape / data disagree. Whatever
comes in, the server must answer with a deliberate status (never ``UNKNOWN`` or
``INTERNAL``), stay SERVING and stay within a memory bound.
"""

from __future__ import annotations

import os
import pathlib
from collections.abc import Iterator
from typing import Any

import grpc
import numpy as np
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from philoxd._transport import _status_code
from philoxd.v1 import random_pb2 as pb
from philoxd.v1 import random_pb2_grpc as pb_grpc
from tests.integration.conftest import ServerProcess

EXAMPLES = int(os.environ.get("PHILOXD_FUZZ_EXAMPLES", "300"))  # raise it for a longer campaign
MAX_ELEMENTS = 2**20  # the fuzzed server's --max-elements
MAX_RSS_BYTES = 1536 << 20  # numba + numpy + grpc idle at ~300 MiB; one 2**20 draw is 8 MiB
CALL_TIMEOUT_S = 30.0
FORBIDDEN = {grpc.StatusCode.UNKNOWN, grpc.StatusCode.INTERNAL}
SESSION, GENERATOR = "fuzz", "fuzz-gen"  # exist on the server, so fuzzed calls get past the lookups
KNOWN = {"generator_id": GENERATOR}  # the fixture stores the server's id of generator GENERATOR
LONG_DIMS = 10_000

I32 = (-(2**31), 2**31 - 1)  # field ranges
I64 = (-(2**63), 2**63 - 1)
U64 = (0, 2**64 - 1)
EXTREMES = (0, 1, -1, 2, 3, 4, 255, 256, 2**31 - 1, 2**31, 2**32, 2**62, 2**63 - 1, 2**63, 2**64 - 1, -(2**63), -(2**31))


def _ints(bounds: tuple[int, int]) -> st.SearchStrategy[int]:
    """Mostly small / boundary values, sometimes anything in the field's range."""
    low, high = bounds
    return st.one_of(
        st.integers(max(low, -3), 1100), st.sampled_from([v for v in EXTREMES if low <= v <= high]), st.integers(low, high)
    )


def _enum(values: list[int]) -> st.SearchStrategy[int]:
    """Mostly known values (to get past the first check), sometimes any int32."""
    known = st.sampled_from(values)
    return st.one_of(known, known, known, _ints(I32))


DTYPES = _enum(list(pb.DType.values()))
ALGS = _enum(list(pb.Algorithm.values()))
DISTRIBUTIONS = _enum(list(pb.Distribution.values()))
ODD_TEXT = st.one_of(
    st.sampled_from(["", "\x00", "a\x00b", "ü🎲", "../..", "/", SESSION, GENERATOR]),
    st.text(max_size=40),
    st.integers(1000, LONG_DIMS).map(lambda n: "x" * n),
)
SESSIONS = st.one_of(st.just(SESSION), ODD_TEXT)
GENERATOR_ID = st.builds(lambda: KNOWN["generator_id"])
GENERATORS = st.one_of(GENERATOR_ID, GENERATOR_ID, ODD_TEXT)

SHAPES = st.one_of(
    st.lists(st.integers(0, 32), max_size=3),
    st.lists(st.integers(0, 32), max_size=3),
    st.lists(st.one_of(st.integers(0, 64), _ints(I64)), max_size=5),
    st.builds(lambda d, n: [d] * n, st.sampled_from([0, 1, 2, -1, 2**62]), st.sampled_from([LONG_DIMS, 64])),
)


@st.composite
def tensors(draw: st.DrawFn) -> pb.Tensor:
    dtype = draw(DTYPES)
    shape = draw(st.one_of(st.lists(st.integers(0, 8), max_size=3), SHAPES))
    size = draw(st.one_of(st.integers(0, 64), st.sampled_from([4, 8, 16, 24, 32, 96, 4096])))
    return pb.Tensor(dtype=dtype, shape=shape, data=draw(st.binary(min_size=size, max_size=size)))  # type: ignore[arg-type]


@st.composite
def scalars(draw: st.DrawFn) -> pb.Scalar | None:
    kind = draw(st.sampled_from(["none", "float", "int", "uint"]))
    if kind == "none":
        return None
    if kind == "float":
        return pb.Scalar(float_value=draw(st.floats(allow_nan=True, allow_infinity=True)))
    if kind == "int":
        return pb.Scalar(int_value=draw(_ints(I64)))
    return pb.Scalar(uint_value=draw(_ints(U64)))


@st.composite
def generator_states(draw: st.DrawFn) -> pb.GeneratorState:
    return pb.GeneratorState(
        counter_lo=draw(_ints(I64)), counter_hi=draw(_ints(I64)), key=draw(_ints(I64)), alg=draw(ALGS)  # type: ignore[arg-type]
    )


def _set_scalars(draw: st.DrawFn, message: Any, fields: tuple[str, ...]) -> None:
    for field in fields:
        value = draw(scalars())
        if value is not None:
            getattr(message, field).CopyFrom(value)


@st.composite
def draw_requests(draw: st.DrawFn) -> pb.DrawRequest:
    request = pb.DrawRequest(
        session=draw(SESSIONS),
        request_id=draw(st.one_of(st.just(""), ODD_TEXT)),
        distribution=draw(DISTRIBUTIONS),  # type: ignore[arg-type]
        dtype=draw(DTYPES),  # type: ignore[arg-type]
        shape=draw(SHAPES),
        num_samples=draw(_ints(I64)),
    )
    source = draw(st.sampled_from(["kernel", "stateless", "generator", None]))
    if source == "kernel":
        kernel = pb.KernelSource(scope=draw(ODD_TEXT), position=draw(_ints(I32)), unseeded_index=draw(_ints(I32)))
        if draw(st.booleans()):
            kernel.seed = draw(_ints(I64))
        request.kernel.CopyFrom(kernel)
    elif source == "stateless":
        request.stateless.CopyFrom(pb.StatelessSource(seed=draw(tensors()), alg=draw(ALGS)))  # type: ignore[arg-type]
    elif source == "generator":
        request.generator.generator = draw(GENERATORS)
    _set_scalars(draw, request, ("minval", "maxval", "mean", "stddev"))
    if draw(st.booleans()):
        request.input.CopyFrom(draw(tensors()))
    _draw_newer_fields(draw, request)
    return request


TENSOR_NAMES = st.one_of(
    st.sampled_from(["means", "stddevs", "minvals", "maxvals", "alpha", "beta", "lam", "counts", "probs", "max_index"]), ODD_TEXT
)


def _draw_newer_fields(draw: st.DrawFn, request: Any) -> None:
    """Tensor parameters and candidate samplers, where the contract has them (DrawRequest, ReplayRequest)."""
    fields = type(request).DESCRIPTOR.fields_by_name
    if "tensors" in fields:
        for name, tensor in draw(st.dictionaries(TENSOR_NAMES, tensors(), max_size=4)).items():
            request.tensors[name].CopyFrom(tensor)
    if "sampler" in fields and draw(st.booleans()):
        sampler = request.sampler
        sampler.kind = draw(st.one_of(st.sampled_from(["uniform", "log_uniform", "learned_unigram", "fixed_unigram", "all"]), ODD_TEXT))
        for field in ("num_true", "num_sampled", "range_max", "num_reserved_ids", "num_shards", "shard"):
            setattr(sampler, field, draw(_ints(I64)))
        sampler.unique = draw(st.booleans())
        sampler.distortion = draw(st.floats(width=32))
        unigrams = draw(st.one_of(st.lists(st.floats(width=32), max_size=8), st.floats(width=32).map(lambda v: [v] * LONG_DIMS)))
        sampler.unigrams.extend(unigrams)


_ITEMSIZE = {pb.FLOAT16: 2, pb.FLOAT32: 4, pb.FLOAT64: 8, pb.INT32: 4, pb.INT64: 8, pb.UINT32: 4, pb.UINT64: 8}


@st.composite
def consistent_tensors(draw: st.DrawFn, max_dims: int = 2) -> pb.Tensor:
    """A tensor whose dtype, shape and data agree (any bit patterns: NaN, inf, extremes)."""
    dtype = draw(st.sampled_from(sorted(_ITEMSIZE)))
    shape = draw(st.lists(st.integers(0, 6), min_size=1, max_size=max_dims))
    size = _ITEMSIZE[dtype] * int(np.prod(shape))
    return pb.Tensor(dtype=dtype, shape=shape, data=draw(st.binary(min_size=size, max_size=size)))  # type: ignore[arg-type]


@st.composite
def plausible_draw_requests(draw: st.DrawFn) -> pb.DrawRequest:
    """Draws that get past the first checks, so generation itself is fuzzed."""
    distribution = draw(st.sampled_from([v for v in pb.Distribution.values() if v]))
    request = pb.DrawRequest(
        session=SESSION,
        request_id=draw(st.one_of(st.just(""), st.uuids().map(str))),
        distribution=distribution,  # type: ignore[arg-type]
        dtype=draw(st.sampled_from(sorted(_ITEMSIZE))),  # type: ignore[arg-type]
        shape=draw(st.lists(st.one_of(st.integers(0, 40), st.sampled_from([1024, 2**20, 2**21])), max_size=3)),
        num_samples=draw(st.one_of(st.integers(-2, 50), st.sampled_from([2**20, 2**31, 2**62]))),
    )
    source = draw(st.sampled_from(["kernel", "stateless", "generator"]))
    if source == "kernel":
        request.kernel.seed = draw(_ints(I64))
    elif source == "stateless":
        seed_dtype = draw(st.sampled_from([pb.INT32, pb.INT64]))
        seed = draw(st.binary(min_size=2 * _ITEMSIZE[seed_dtype], max_size=2 * _ITEMSIZE[seed_dtype]))
        request.stateless.CopyFrom(pb.StatelessSource(seed=pb.Tensor(dtype=seed_dtype, shape=[2], data=seed), alg=draw(ALGS)))  # type: ignore[arg-type]
    else:
        request.generator.generator = draw(GENERATOR_ID)
    _set_scalars(draw, request, ("minval", "maxval", "mean", "stddev"))
    if draw(st.booleans()):
        request.input.CopyFrom(draw(consistent_tensors()))
    if "tensors" in pb.DrawRequest.DESCRIPTOR.fields_by_name:
        for name, tensor in draw(st.dictionaries(TENSOR_NAMES, consistent_tensors(), max_size=4)).items():
            request.tensors[name].CopyFrom(tensor)
    return request


@st.composite
def replay_requests(draw: st.DrawFn) -> pb.ReplayRequest:
    provenance = pb.Provenance(
        alg=draw(ALGS),  # type: ignore[arg-type]
        key=draw(_ints(U64)),
        counter_lo=draw(_ints(U64)),
        counter_hi=draw(_ints(U64)),
        num_elements=draw(_ints(I64)),
        distribution=draw(DISTRIBUTIONS),  # type: ignore[arg-type]
        dtype=draw(DTYPES),  # type: ignore[arg-type]
        shape=draw(SHAPES),
        num_samples=draw(_ints(I64)),
        stateful=draw(st.booleans()),
        session=draw(ODD_TEXT),
        request_id=draw(ODD_TEXT),
    )
    _set_scalars(draw, provenance, ("minval", "maxval", "mean", "stddev"))
    request = pb.ReplayRequest(provenance=provenance)
    if draw(st.booleans()):
        request.input.CopyFrom(draw(tensors()))
    _draw_newer_fields(draw, request)
    return request


@st.composite
def set_seed_requests(draw: st.DrawFn) -> pb.SetSeedRequest:
    request = pb.SetSeedRequest(session=draw(SESSIONS), request_id=draw(ODD_TEXT))
    seed = draw(st.one_of(st.none(), st.integers().map(str), st.integers(-(2**300), 2**300).map(str), ODD_TEXT))
    if seed is not None:
        request.seed = seed
    return request


@st.composite
def create_generator_requests(draw: st.DrawFn) -> pb.CreateGeneratorRequest:
    request = pb.CreateGeneratorRequest(
        session=draw(SESSIONS), request_id=draw(ODD_TEXT), name=draw(GENERATORS), alg=draw(ALGS)  # type: ignore[arg-type]
    )
    init = draw(st.sampled_from(["state", "non_deterministic", None]))
    if init == "state":
        request.state.CopyFrom(draw(generator_states()))
    elif init == "non_deterministic":
        request.non_deterministic = draw(st.booleans())
    return request


# Admin calls must not remove or replace the fuzz session (the other examples need it to exist).
NOT_THE_SESSION = ODD_TEXT.filter(lambda name: name != SESSION)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)


def _snapshot_of(document: Any) -> bytes:
    """A snapshot whose header (length, digest) matches a fuzzed JSON body."""
    import hashlib
    import json
    import zlib

    body = zlib.compress(json.dumps(document).encode())
    return f"philoxd-snapshot/1 encoding=zlib+json length={len(body)} sha256={hashlib.sha256(body).hexdigest()}\n".encode() + body


def _entries(fields: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[list[dict[str, Any]]]:
    return st.lists(st.fixed_dictionaries(fields), max_size=3)


@st.composite
def snapshots(draw: st.DrawFn) -> bytes:
    """Anything; a well-formed header over a fuzzed document (or a nearly right one); cut or flipped bytes."""
    kind = draw(st.sampled_from(["bytes", "document", "state", "cut"]))
    if kind == "bytes":
        return draw(st.binary(max_size=300))
    if kind == "document":
        return _snapshot_of(draw(JSON))
    state = {
        "global_seed": draw(st.one_of(st.none(), st.integers().map(str), JSON)),
        "op_seed_index": draw(st.one_of(_ints(I64), JSON)),
        "kernels": draw(_entries({"kernel": ODD_TEXT, "key": JSON, "counter": st.integers().map(str)})),
        "scopes": draw(_entries({"scope": ODD_TEXT, "name": ODD_TEXT, "global_seed": JSON})),
        "generators": draw(_entries({"generator": ODD_TEXT, "alg": JSON, "key": JSON})),
        "intra_op_threads": draw(st.one_of(_ints(I32), JSON)),
    }
    document = {
        "format": "philoxd-session-snapshot",
        "version": draw(st.sampled_from([1, 1, 2, "1"])),
        "owner": draw(st.one_of(st.none(), ODD_TEXT)),
        "state": state,
    }
    data = _snapshot_of(document)
    if kind == "cut":
        data = data[: draw(st.integers(0, len(data)))]
    return data


REQUESTS: dict[str, st.SearchStrategy[Any]] = {
    "OpenSession": st.builds(pb.OpenSessionRequest, session=ODD_TEXT),
    "SetSeed": set_seed_requests(),
    "RegisterScope": st.builds(pb.RegisterScopeRequest, session=SESSIONS, request_id=ODD_TEXT),
    "Draw": st.one_of(draw_requests(), plausible_draw_requests(), plausible_draw_requests()),
    "DrawOne": st.one_of(draw_requests(), plausible_draw_requests()),
    "CreateGenerator": create_generator_requests(),
    "GetGenerator": st.builds(pb.GetGeneratorRequest, session=SESSIONS, generator=GENERATORS),
    "ResetGenerator": st.builds(
        pb.ResetGeneratorRequest, session=SESSIONS, generator=GENERATORS, state=generator_states(), request_id=ODD_TEXT
    ),
    "SkipGenerator": st.builds(
        pb.SkipGeneratorRequest, session=SESSIONS, generator=GENERATORS, delta=_ints(U64), request_id=ODD_TEXT
    ),
    "Replay": replay_requests(),
}
REQUESTS["Sample"] = st.one_of(draw_requests(), plausible_draw_requests())
REQUESTS["ListSessions"] = st.builds(pb.ListSessionsRequest, prefix=ODD_TEXT, limit=_ints(I32))
REQUESTS["GetSession"] = st.builds(pb.GetSessionRequest, session=SESSIONS)
REQUESTS["DeleteSession"] = st.builds(pb.DeleteSessionRequest, session=NOT_THE_SESSION)
REQUESTS["SnapshotSession"] = st.builds(pb.SnapshotSessionRequest, session=SESSIONS)
REQUESTS["RestoreSession"] = st.builds(
    pb.RestoreSessionRequest, session=NOT_THE_SESSION, request_id=ODD_TEXT, snapshot=snapshots(), create_only=st.booleans()
)
REQUESTS["SetIntraOpThreads"] = st.builds(
    pb.SetIntraOpThreadsRequest, session=SESSIONS, threads=_ints(I32), request_id=ODD_TEXT
)
REQUESTS["GetIntraOpThreads"] = st.builds(pb.GetIntraOpThreadsRequest, session=SESSIONS)
REQUESTS["ForkSession"] = st.builds(pb.ForkSessionRequest, session=SESSIONS, request_id=ODD_TEXT, new_session=ODD_TEXT)
# DrawStream: a few draws on one stream; each may fail in-band (DrawError) and the stream goes on.
REQUESTS["DrawStream"] = st.lists(st.one_of(draw_requests(), plausible_draw_requests()), min_size=1, max_size=3)
REQUESTS["Reserve"] = st.builds(pb.ReserveRequest, draw=st.one_of(draw_requests(), plausible_draw_requests()))
STREAMING = {"Draw", "Replay"}


def test_every_rpc_is_fuzzed() -> None:
    assert set(REQUESTS) == set(pb.DESCRIPTOR.services_by_name["Random"].methods_by_name)


def _rss_bytes(pid: int) -> int:
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")  # pragma: no cover


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerProcess, pb_grpc.RandomStub, grpc.Channel]]:
    server = ServerProcess(tmp_path_factory.mktemp("fuzz"), "--store", "memory", "--max-elements", str(MAX_ELEMENTS), "--log-level", "warning")
    try:
        server.wait_serving()
        with grpc.insecure_channel(server.target, options=[("grpc.max_send_message_length", 64 << 20)]) as channel:
            stub = pb_grpc.RandomStub(channel)
            stub.OpenSession(pb.OpenSessionRequest(session=SESSION), timeout=CALL_TIMEOUT_S)
            stub.SetSeed(pb.SetSeedRequest(session=SESSION, seed="1234"), timeout=CALL_TIMEOUT_S)
            KNOWN["generator_id"] = stub.CreateGenerator(
                pb.CreateGeneratorRequest(session=SESSION, name=GENERATOR, state=pb.GeneratorState(key=7, alg=pb.PHILOX), alg=pb.PHILOX),
                timeout=CALL_TIMEOUT_S,
            ).generator
            yield server, stub, channel
    finally:
        code = server.terminate()
    assert code == 0, server.log()


def _call(stub: pb_grpc.RandomStub, method: str, request: Any) -> grpc.StatusCode:
    if method == "DrawStream":
        return _call_stream(stub, request)
    try:
        reply = getattr(stub, method)(request, timeout=CALL_TIMEOUT_S)
        if method in STREAMING:
            for _ in reply:
                pass
    except grpc.RpcError as exc:
        return exc.code()  # type: ignore[no-any-return]
    return grpc.StatusCode.OK


def _call_stream(stub: pb_grpc.RandomStub, requests: list[pb.DrawRequest]) -> grpc.StatusCode:
    """The stream's status, or the first forbidden in-band code; one reply per request."""
    try:
        replies = list(stub.DrawStream(iter(requests), timeout=CALL_TIMEOUT_S))
    except grpc.RpcError as exc:
        return exc.code()  # type: ignore[no-any-return]
    assert len(replies) == len(requests)
    for reply in replies:
        if reply.HasField("error"):
            code = _status_code(reply.error.code)
            if code == grpc.StatusCode.OK:
                return grpc.StatusCode.UNKNOWN  # an error reply must carry an error code
            if code in FORBIDDEN:
                return code
    return grpc.StatusCode.OK


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(call=st.one_of(*(st.tuples(st.just(m), s) for m, s in REQUESTS.items())))
def test_fuzz_every_rpc(fuzz_server: tuple[ServerProcess, pb_grpc.RandomStub, grpc.Channel], call: tuple[str, Any]) -> None:
    server, stub, _ = fuzz_server
    method, request = call
    code = _call(stub, method, request)
    assert code not in FORBIDDEN, f"{method}({request}) -> {code}:\n{server.log()[-4000:]}"
    assert server.proc.poll() is None, server.log()
    assert _rss_bytes(server.proc.pid) < MAX_RSS_BYTES


def test_fuzzed_server_still_serving(fuzz_server: tuple[ServerProcess, pb_grpc.RandomStub, grpc.Channel]) -> None:
    server, stub, channel = fuzz_server
    status = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(), timeout=CALL_TIMEOUT_S).status
    assert status == health_pb2.HealthCheckResponse.SERVING
    assert _rss_bytes(server.proc.pid) < MAX_RSS_BYTES
    reply = stub.GetGenerator(pb.GetGeneratorRequest(session=SESSION, generator=KNOWN["generator_id"]), timeout=CALL_TIMEOUT_S)
    assert reply.generator == KNOWN["generator_id"]
