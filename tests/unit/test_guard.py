"""The guard's parts without a server: auth file parsing, constant-time lookup, token buckets,
deadline refusal, session namespacing in the servicer, max-sessions, and the JSON log format."""

from __future__ import annotations

import json
import logging
import pathlib
from collections.abc import Sequence

import grpc
import pytest

from philoxd.v1 import random_pb2 as pb
from philoxd_server._errors import InvalidArgument, ResourceExhausted
from philoxd_server._logging import JsonFormatter
from philoxd_server.service import RandomCore, RandomServicer
from philoxd_server.service._guard import AuthTable, FailureThrottle, GuardedContext, GuardInterceptor, RateLimiter, load_auth_file
from philoxd_server.state import MemoryStore


class _Aborted(Exception):
    pass


class FakeContext:
    """The parts of ``grpc.ServicerContext`` the guard and servicer use."""

    def __init__(self, metadata: Sequence[tuple[str, str]] = (), remaining: float | None = None, peer: str = "ipv4:127.0.0.1:5000") -> None:
        self.metadata, self.remaining, self._peer = tuple(metadata), remaining, peer
        self.code: grpc.StatusCode | None = None
        self.details = ""

    def invocation_metadata(self) -> Sequence[tuple[str, str]]:
        return self.metadata

    def time_remaining(self) -> float | None:
        return self.remaining

    def peer(self) -> str:
        return self._peer

    def abort(self, code: grpc.StatusCode, details: str) -> None:
        self.code, self.details = code, details
        raise _Aborted(details)


def _write(tmp_path: pathlib.Path, text: str) -> pathlib.Path:
    path = tmp_path / "auth"
    path.write_text(text)
    return path


def test_load_auth_file(tmp_path: pathlib.Path) -> None:
    path = _write(tmp_path, "# comment\n\nalice : tok-a\nbob:tok:with:colons\n")
    assert load_auth_file(path) == {"tok-a": "alice", "tok:with:colons": "bob"}


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("aliceS3CRET\n", "principal:token"),
        (":S3CRET\n", "principal:token"),
        ("alice:\n", "principal:token"),
        ("a/b:S3CRET\n", "must not contain"),
        ("a:S3CRET\nb:S3CRET\n", "repeated"),
        ("# nothing\n", "no `principal:token`"),
    ],
    ids=["no-colon", "no-principal", "no-token", "slash", "repeated", "empty"],
)
def test_bad_auth_file(tmp_path: pathlib.Path, text: str, match: str) -> None:
    with pytest.raises(InvalidArgument, match=match) as excinfo:
        load_auth_file(_write(tmp_path, text))
    assert "S3CRET" not in str(excinfo.value)  # messages never quote a line (it may hold a token)


def test_auth_table_lookup_and_reload(tmp_path: pathlib.Path) -> None:
    path = _write(tmp_path, "alice:tok-a\n")
    table = AuthTable(path)
    assert table.principal("tok-a") == "alice"
    assert table.principal("tok-") is None and table.principal("") is None and table.principal("tok-ab") is None
    path.write_text("alice:tok-new\n")
    table.reload()
    assert table.principal("tok-a") is None and table.principal("tok-new") == "alice"
    path.write_text("broken\n")
    with pytest.raises(InvalidArgument):
        table.reload()
    assert table.principal("tok-new") == "alice"  # a bad file keeps the previous tokens


def test_rate_limiter_token_bucket() -> None:
    now = [0.0]
    limiter = RateLimiter(2.0, clock=lambda: now[0])
    assert [limiter.allow("a") for _ in range(3)] == [True, True, False]  # burst = rate
    assert limiter.allow("b")  # per principal
    now[0] = 0.5  # +1 token
    assert limiter.allow("a") and not limiter.allow("a")
    now[0] = 100.0  # refill caps at the burst
    assert [limiter.allow("a") for _ in range(3)] == [True, True, False]
    assert all(RateLimiter(0).allow("x") for _ in range(1000))  # 0 = off
    slow = RateLimiter(0.5, clock=lambda: now[0])  # burst at least one call
    assert slow.allow("a") and not slow.allow("a")


def test_failure_throttle_per_address() -> None:
    now = [0.0]
    throttle = FailureThrottle(burst=3, rate=0.5, clock=lambda: now[0])
    assert throttle.blocked("a") == 0
    for _ in range(3):
        throttle.failed("a")
    assert throttle.blocked("a") == pytest.approx(2.0)  # one failure back in 1 / 0.5 s
    assert throttle.blocked("b") == 0  # per address
    now[0] = 2.0
    assert throttle.blocked("a") == 0
    throttle.failed("a")
    assert throttle.blocked("a") > 0


def test_guard_throttles_failed_authentication_per_address(tmp_path: pathlib.Path) -> None:
    guard = GuardInterceptor(AuthTable(_write(tmp_path, "alice:tok-a\n")))
    known = FakeContext([("authorization", "Bearer tok-a")], peer="ipv4:10.0.0.1:1")
    guard._admit(known)  # type: ignore[arg-type] # a connection that authenticated
    codes = []
    for port in range(20):  # new connections from one address, wrong tokens
        fake = FakeContext([("authorization", "Bearer nope")], peer=f"ipv4:10.0.0.1:{100 + port}")
        with pytest.raises(_Aborted):
            guard._admit(fake)  # type: ignore[arg-type]
        codes.append(fake.code)
    assert codes.count(grpc.StatusCode.UNAUTHENTICATED) == 10 and codes[-1] == grpc.StatusCode.RESOURCE_EXHAUSTED
    right = FakeContext([("authorization", "Bearer tok-a")], peer="ipv4:10.0.0.1:999")
    with pytest.raises(_Aborted):
        guard._admit(right)  # type: ignore[arg-type] # a new connection of a throttled address: no token check
    assert right.code == grpc.StatusCode.RESOURCE_EXHAUSTED and "failed authentications" in right.details
    assert guard._admit(FakeContext([("authorization", "Bearer tok-a")], peer="ipv4:10.0.0.1:1"))  # type: ignore[arg-type]
    assert guard._admit(FakeContext([("authorization", "Bearer tok-a")], peer="ipv4:10.0.0.2:1"))  # type: ignore[arg-type]


def test_guard_admits_and_refuses(tmp_path: pathlib.Path) -> None:
    guard = GuardInterceptor(AuthTable(_write(tmp_path, "alice:tok-a\n")))
    context = guard._admit(FakeContext([("authorization", "Bearer tok-a")], remaining=5.0))  # type: ignore[arg-type]
    assert isinstance(context, GuardedContext) and context.philoxd_principal == "alice"
    assert context.time_remaining() == 5.0  # everything else is the wrapped context's
    for metadata in ([], [("authorization", "Bearer nope")], [("authorization", "tok-a")]):
        fake = FakeContext(metadata)
        with pytest.raises(_Aborted):
            guard._admit(fake)  # type: ignore[arg-type]
        assert fake.code == grpc.StatusCode.UNAUTHENTICATED and "tok-a" not in fake.details
    late = FakeContext([("authorization", "bearer tok-a")], remaining=0.0)
    with pytest.raises(_Aborted):
        guard._admit(late)  # type: ignore[arg-type]
    assert late.code == grpc.StatusCode.DEADLINE_EXCEEDED
    open_guard = GuardInterceptor(None, rate_limit=1)
    plain = FakeContext()
    assert open_guard._admit(plain) is plain  # type: ignore[arg-type] # open server: principal "", the context as is
    limited = FakeContext()
    with pytest.raises(_Aborted):
        open_guard._admit(limited)  # type: ignore[arg-type]
    assert limited.code == grpc.StatusCode.RESOURCE_EXHAUSTED and "retry later" in limited.details


def test_servicer_namespaces_sessions_by_principal() -> None:
    store = MemoryStore()
    servicer = RandomServicer(RandomCore(store))
    alice, bob = GuardedContext(FakeContext(), "alice"), GuardedContext(FakeContext(), "bob")  # type: ignore[arg-type]
    reply = servicer.OpenSession(pb.OpenSessionRequest(session="s"), alice)
    assert (reply.session, reply.created) == ("s", True)
    assert servicer.OpenSession(pb.OpenSessionRequest(session="s"), bob).created  # bob's own "s"
    assert not servicer.OpenSession(pb.OpenSessionRequest(session="s"), alice).created
    private = servicer.OpenSession(pb.OpenSessionRequest(), alice).session
    assert private.startswith("private-") and "/" not in private
    assert store.session_count() == 3
    store.next_op_seed(f"alice/{private}", consume=False)  # stored under the principal
    servicer.SetSeed(pb.SetSeedRequest(session="s", seed="3"), alice)
    assert store.next_op_seed("alice/s", consume=False)[0] == 3 and store.next_op_seed("bob/s", consume=False)[0] is None
    fake = FakeContext()
    with pytest.raises(_Aborted):
        servicer.SetSeed(pb.SetSeedRequest(session=private, seed="1"), GuardedContext(fake, "bob"))  # type: ignore[arg-type]
    assert fake.code == grpc.StatusCode.NOT_FOUND
    open_reply = servicer.OpenSession(pb.OpenSessionRequest(session="s"), FakeContext())  # type: ignore[arg-type]
    assert (open_reply.session, open_reply.created) == ("s", True)  # open server: names unchanged


def test_max_sessions() -> None:
    core = RandomCore(MemoryStore(), max_sessions=2)
    core.open_session("a")
    core.open_session(None)
    with pytest.raises(ResourceExhausted, match="limit of 2 sessions"):
        core.open_session("b")
    with pytest.raises(ResourceExhausted):
        core.open_session(None)
    assert core.open_session("a") == ("a", False)


def test_sessions_and_generators_per_principal() -> None:
    core = RandomCore(MemoryStore(), max_sessions=10, max_sessions_per_principal=2, max_generators_per_session=2)
    core.open_session("alice/a", "alice")
    core.open_session("alice/b", "alice")
    with pytest.raises(ResourceExhausted, match="principal 'alice' holds its limit of 2 sessions"):
        core.open_session("alice/c", "alice")
    assert core.open_session("alice/a", "alice") == ("alice/a", False)  # attaching is free
    core.open_session("alice-2/a", "alice-2")  # another principal, though its name starts alike
    core.open_session("bob/a", "bob")
    with pytest.raises(ResourceExhausted, match="--max-sessions-per-principal"):
        core.fork_session("alice", "a", "fork")
    for name in ("g1", "g2"):
        core.create_generator("bob/a", None, 1, name)
    with pytest.raises(ResourceExhausted, match="at most 2 generators"):
        core.create_generator("bob/a", None, 1, "g3")
    snapshot = core.snapshot_session("bob", "a")
    core.delete_session("bob", "a")
    assert core.restore_session("bob", "a", snapshot)  # its 2 generators fit


def test_json_formatter() -> None:
    record = logging.LogRecord("philoxd.access", logging.INFO, __file__, 1, "Draw %s", ("x",), None)
    record.__dict__.update(method="Draw", session="s", request_id="r", elements=4, status="OK", ms=1.5)
    entry = json.loads(JsonFormatter().format(record))
    assert entry["message"] == "Draw x" and entry["level"] == "info" and entry["logger"] == "philoxd.access"
    assert (entry["method"], entry["session"], entry["request_id"], entry["elements"], entry["status"], entry["ms"]) == (
        "Draw", "s", "r", 4, "OK", 1.5
    )
    assert entry["time"].endswith("+00:00")
