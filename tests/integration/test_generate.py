"""Client-side generation (``philoxd.connect(generate=...)``) and the ``Reserve`` RPC, against real
``philoxd serve`` processes: the same numbers and provenances in every mode, one request-id space
for ``Reserve`` and ``Draw``, and stateless draws that need no server."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import grpc
import numpy as np
import pytest

import philoxd
import philoxd.aio
from philoxd import errors
from philoxd.v1 import random_pb2 as pb
from philoxd.v1 import random_pb2_grpc as pb_grpc
from tests.integration.conftest import ServerProcess

MODES = ("server", "client", "auto")
_PER_CALL = ("session", "request_id", "stream")  # provenance fields that differ between two sessions' draws
BIG = 1 << 20  # elements: 4 MiB of float32, above auto's threshold (one message, 3 MiB: auto reserves it)


def _program(rng: philoxd.Client) -> list[tuple[np.ndarray, pb.Provenance]]:
    """Draws of every kind, each with its provenance."""
    R = rng.random
    R.set_seed(7)
    g = R.Generator.from_seed(11)
    calls: list[Callable[[], Any]] = [
        lambda: R.uniform([3], seed=1),
        lambda: R.normal([BIG]),
        lambda: R.uniform([5], dtype="int64", maxval=10),
        lambda: R.truncated_normal([BIG], seed=2, dtype="float64"),
        lambda: R.shuffle(np.arange(1000)),
        lambda: R.categorical(np.log([[0.2, 0.3, 0.5]] * 4), 7),
        lambda: R.gamma([100], alpha=[0.5, 2.0], seed=3),
        lambda: R.stateless_uniform([BIG], seed=[1, 2]),
        lambda: R.stateless_normal([4], seed=[3, 4]),
        lambda: R.stateless_categorical(np.log([[0.5, 0.5]]), 3, seed=[5, 6]),
        lambda: R.experimental.index_shuffle(np.arange(5), [1, 2], 9),
        lambda: g.normal([BIG]),
        lambda: g.uniform([2]),
        lambda: R.uniform([BIG], seed=1),
    ]
    out = []
    for call in calls:
        values = call()
        out.append((values, rng.last_provenance))
    return out


def _same_provenance(a: pb.Provenance, b: pb.Provenance) -> None:
    a, b = pb.Provenance.FromString(a.SerializeToString()), pb.Provenance.FromString(b.SerializeToString())
    for field in _PER_CALL:
        a.ClearField(field)
        b.ClearField(field)
    assert a == b


def test_every_mode_gives_the_same_numbers_and_provenance(server_target: str) -> None:
    results = {}
    for mode in MODES:
        with philoxd.connect(server_target, generate=mode) as rng:
            results[mode] = _program(rng)
    for mode in ("client", "auto"):
        for (want, want_p), (got, got_p) in zip(results["server"], results[mode], strict=True):
            assert got.dtype == want.dtype and got.shape == want.shape
            assert got.tobytes() == want.tobytes()
            _same_provenance(want_p, got_p)


def test_asyncio_client_generates_too(server_target: str) -> None:
    async def main() -> tuple[np.ndarray, np.ndarray]:
        async with philoxd.aio.connect(server_target, generate="client") as rng:
            await rng.random.set_seed(3)
            return await rng.random.normal([BIG]), await rng.random.stateless_uniform([10], seed=[1, 2])

    stateful, stateless = asyncio.run(main())
    with philoxd.connect(server_target, generate="server") as rng:
        rng.random.set_seed(3)
        assert rng.random.normal([BIG]).tobytes() == stateful.tobytes()
        assert rng.random.stateless_uniform([10], seed=[1, 2]).tobytes() == stateless.tobytes()


def test_client_mode_reserves_on_the_server_and_needs_it_for_nothing_else(spawn_server: Callable[..., ServerProcess]) -> None:
    server = spawn_server("--store", "memory")
    rng = philoxd.connect(server.target, generate="client", retry_timeout=0.5)
    try:
        rng.random.set_seed(1)
        stateful = rng.random.uniform([BIG], seed=4)
        kept = rng.last_provenance
        assert kept is not None and kept.stream  # a reservation of the session's kernel
        assert server.terminate() == 0
        log = server.log()
        assert f"Reserve session={rng.session} elements={BIG} status=OK" in log
        assert "Draw" not in log  # nor Draw, DrawOne, DrawStream: no numbers were sent
        # stateless ops, split / fold_in and replay are pure functions: no server needed
        assert rng.random.stateless_normal([3], seed=[1, 2]).shape == (3,)
        assert rng.random.split([1, 2]).shape == (2, 2)
        assert rng.replay(kept).tobytes() == stateful.tobytes()
        with pytest.raises(errors.UnavailableError):
            rng.random.uniform([2], seed=4)  # a reservation needs the server
    finally:
        rng.close()


def _stub(target: str) -> tuple[grpc.Channel, pb_grpc.RandomStub]:
    channel = grpc.insecure_channel(target)
    return channel, pb_grpc.RandomStub(channel)


def test_reserve_and_draw_share_one_request_id_space(server_target: str) -> None:
    channel, stub = _stub(server_target)
    with channel:
        session = stub.OpenSession(pb.OpenSessionRequest()).session
        stub.SetSeed(pb.SetSeedRequest(session=session, seed="5"))
        request = pb.DrawRequest(
            session=session, request_id="r-1", distribution=pb.NORMAL, dtype=pb.FLOAT32, shape=[6], kernel=pb.KernelSource()
        )
        reserved = stub.Reserve(pb.ReserveRequest(draw=request)).provenance
        again = stub.Reserve(pb.ReserveRequest(draw=request)).provenance  # a retry: the same reservation
        drawn = stub.DrawOne(request)  # the same draw: its numbers are the reservation's, nothing reserved twice
        assert again == reserved
        assert drawn.provenance == reserved and reserved.num_elements == 6 and reserved.stream
        with philoxd.connect() as local:
            assert local.replay(reserved).tobytes() == np.frombuffer(drawn.tensor.data, "<f4").tobytes()
        after = pb.DrawRequest()
        after.CopyFrom(request)
        after.request_id = "r-2"
        nxt = stub.Reserve(pb.ReserveRequest(draw=after)).provenance
        start = (reserved.counter_hi << 64) | reserved.counter_lo
        assert (nxt.counter_hi << 64) | nxt.counter_lo > start  # the kernel moved once, not twice
        other = pb.DrawRequest()
        other.CopyFrom(request)
        other.shape[:] = [7]
        with pytest.raises(grpc.RpcError) as info:  # the id names one request, whatever the RPC
            stub.Reserve(pb.ReserveRequest(draw=other))
        assert info.value.code() == grpc.StatusCode.FAILED_PRECONDITION
        assert "r-1" in info.value.details()


def test_reserve_refuses_candidate_samplers_and_bad_requests(server_target: str) -> None:
    channel, stub = _stub(server_target)
    with channel:
        session = stub.OpenSession(pb.OpenSessionRequest()).session
        sampler = pb.CandidateSampler(kind="uniform", num_true=1, num_sampled=2, range_max=5)
        candidates = pb.DrawRequest(
            session=session, distribution=pb.CANDIDATES, dtype=pb.INT64, kernel=pb.KernelSource(seed=1), sampler=sampler,
            input=pb.Tensor(dtype=pb.INT64, shape=[1, 1], data=np.zeros(1, "<i8").tobytes()),
        )  # fmt: skip
        with pytest.raises(grpc.RpcError) as info:
            stub.Reserve(pb.ReserveRequest(draw=candidates))
        assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert info.value.details() == "Reserve: CANDIDATES draws are generated by the server: call Sample"
        with pytest.raises(grpc.RpcError) as info:
            stub.Reserve(pb.ReserveRequest(draw=pb.DrawRequest(session=session, distribution=pb.UNIFORM, kernel=pb.KernelSource())))
        assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert info.value.details() == "Reserve: field `dtype` is required"


def test_a_stateless_draw_that_reads_the_session_thread_count_is_reserved(server_target: str) -> None:
    logits = np.log(np.full((64, 4096), 1 / 4096))
    values = {}
    for mode in ("server", "client"):
        with philoxd.connect(server_target, generate=mode) as rng:
            rng.config.threading.set_intra_op_parallelism_threads(8)
            values[mode] = rng.random.stateless_categorical(logits, 64, seed=[1, 2])
            assert rng.last_provenance.intra_op_threads == 8
    assert values["client"].tobytes() == values["server"].tobytes()


def test_generate_is_checked() -> None:
    with pytest.raises(errors.InvalidArgumentError, match="generate"):
        philoxd.connect("127.0.0.1:1", generate="gpu")
    with pytest.raises(errors.InvalidArgumentError, match="generate"):
        philoxd.connect(generate="everywhere")  # in-process too


_FORK_SCRIPT = """
import os, sys
import philoxd
rng = philoxd.connect(sys.argv[1], generate="client")
a = rng.random.stateless_uniform([1 << 22], seed=[1, 2])  # generated here: the engine's OpenMP threads start
pid = os.fork()
if pid == 0:  # GNU OpenMP cannot run in this child: its numbers come from the server
    b = rng.random.stateless_uniform([1 << 22], seed=[1, 2])
    os._exit(0 if b.tobytes() == a.tobytes() and rng._transport._generator() is None else 3)
_, status = os.waitpid(pid, 0)
print(os.waitstatus_to_exitcode(status))
"""


def test_a_forked_child_draws_from_the_server(server_target: str) -> None:
    run = subprocess.run([sys.executable, "-c", _FORK_SCRIPT, server_target], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["0"], run.stderr
