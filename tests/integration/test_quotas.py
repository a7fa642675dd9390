"""Per-session kernel quota and the bounded session listing, against a real ``philoxd serve``.

A session's kernels grow with every new op seed (an unseeded op, or an explicit ``seed=i`` per
call): ``--max-kernels-per-session`` bounds them, counted by the store atomically with the
reservation, so one client cannot grow the store (and, with the other per-principal quotas, the
bytes one principal stores) without bound.
"""

from __future__ import annotations

from collections.abc import Callable

import grpc
import pytest

import philoxd
from philoxd.errors import ResourceExhaustedError
from philoxd.v1 import random_pb2 as pb
from philoxd.v1 import random_pb2_grpc as pb_grpc
from philoxd_server.service._core import MAX_LIST_LIMIT, RandomCore
from philoxd_server.state import MemoryStore
from tests.integration.conftest import ServerProcess


def test_kernel_quota_refuses_new_kernels_only(spawn_server: Callable[..., ServerProcess], store_url: str) -> None:
    server = spawn_server("--store", store_url, "--max-kernels-per-session", "3")
    with philoxd.connect(server.target, session="q", retry_timeout=2) as rng:
        R = rng.random
        R.set_seed(1)
        first = [R.uniform([2], seed=i) for i in range(3)]  # three kernels
        with pytest.raises(ResourceExhaustedError, match=r"session 'q' holds its limit of 3 op kernels \(--max-kernels-per-session"):
            R.uniform([2], seed=3)
        with pytest.raises(ResourceExhaustedError, match="--max-kernels-per-session"):
            R.normal([2])  # unseeded: a new op seed, a new kernel
        again = R.uniform([2], seed=0)  # an existing kernel goes on
        assert again.tobytes() != first[0].tobytes()
        with philoxd.connect(server.target, session="other", retry_timeout=2) as other:  # other sessions are not affected
            other.random.set_seed(1)
            assert other.random.uniform([2], seed=0).tobytes() == first[0].tobytes()
        R.set_seed(1)  # resets every kernel: room again, and the same stream as before
        assert [R.uniform([2], seed=i).tobytes() for i in range(3)] == [a.tobytes() for a in first]
        assert R.Generator.from_seed(5).uniform([2]).shape == (2,)  # generators are not kernels


def test_restore_beyond_the_kernel_quota_is_refused(spawn_server: Callable[..., ServerProcess]) -> None:
    roomy = spawn_server("--store", "memory")
    with philoxd.connect(roomy.target, session="big", retry_timeout=2) as rng:
        rng.random.set_seed(1)
        for i in range(5):
            rng.random.uniform([1], seed=i)
    with grpc.insecure_channel(roomy.target) as channel:
        snapshot = pb_grpc.RandomStub(channel).SnapshotSession(pb.SnapshotSessionRequest(session="big"), timeout=10).snapshot
    strict = spawn_server("--store", "memory", "--max-kernels-per-session", "4")
    with grpc.insecure_channel(strict.target) as channel:
        stub = pb_grpc.RandomStub(channel)
        with pytest.raises(grpc.RpcError) as excinfo:
            stub.RestoreSession(pb.RestoreSessionRequest(session="big", snapshot=snapshot), timeout=10)
        assert excinfo.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        assert "at most 4 op kernels (--max-kernels-per-session); the snapshot has 5" in (excinfo.value.details() or "")
        assert not stub.ListSessions(pb.ListSessionsRequest(), timeout=10).sessions  # nothing was made


def test_list_sessions_answers_at_most_max_list_limit() -> None:
    """A huge ``limit`` is lowered to MAX_LIST_LIMIT (AIP-158), with ``truncated`` set."""
    core = RandomCore(MemoryStore())
    for i in range(MAX_LIST_LIMIT + 1):
        core.open_session(f"s{i:05d}")
    found, truncated = core.list_sessions("", limit=2**31 - 1)
    assert (len(found), truncated) == (MAX_LIST_LIMIT, True)
    found, truncated = core.list_sessions("", prefix="s0000", limit=2**31 - 1)
    assert (len(found), truncated) == (10, False)


def test_function_scopes_are_bounded_by_the_snapshot_limit(server_target: str) -> None:
    """RegisterScope beyond MAX_SCOPES is RESOURCE_EXHAUSTED, so every session stays restorable."""
    from philoxd_server.state import MAX_SCOPES

    with grpc.insecure_channel(server_target) as channel:
        stub = pb_grpc.RandomStub(channel)
        session = stub.OpenSession(pb.OpenSessionRequest(), timeout=10).session
        for i in range(MAX_SCOPES):
            stub.RegisterScope(pb.RegisterScopeRequest(session=session, request_id=f"r{i}"), timeout=10)
        with pytest.raises(grpc.RpcError) as excinfo:
            stub.RegisterScope(pb.RegisterScopeRequest(session=session, request_id="one-more"), timeout=10)
        assert excinfo.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        assert f"holds its limit of {MAX_SCOPES} function scopes" in (excinfo.value.details() or "")
        snapshot = stub.SnapshotSession(pb.SnapshotSessionRequest(session=session), timeout=10).snapshot
        stub.RestoreSession(pb.RestoreSessionRequest(session=session + "-copy", snapshot=snapshot), timeout=10)
        stub.DeleteSession(pb.DeleteSessionRequest(session=session + "-copy"), timeout=10)
        stub.DeleteSession(pb.DeleteSessionRequest(session=session), timeout=10)
