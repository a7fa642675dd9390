"""The in-process client: the tf.random mirror's arguments, errors and shared state."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap
import time

import numpy as np
import pytest

import philoxd
import philoxd.random
from philoxd import errors


@pytest.fixture
def rng() -> philoxd.Client:
    return philoxd.connect()


def test_dtype_accepts_numpy_types_names_and_python_types(rng: philoxd.Client) -> None:
    a = rng.random.stateless_uniform([3], seed=[1, 2], dtype=np.float64)
    b = rng.random.stateless_uniform([3], seed=[1, 2], dtype="float64")
    c = rng.random.stateless_uniform([3], seed=[1, 2], dtype=float)
    assert a.dtype == np.float64 and np.array_equal(a, b)
    assert c.dtype == np.float32


def test_bad_arguments_raise_invalid_argument_naming_the_argument(rng: philoxd.Client) -> None:
    with pytest.raises(errors.InvalidArgumentError, match="Must specify maxval for integer dtype tf.int32"):
        rng.random.uniform([2], dtype="int32")
    with pytest.raises(errors.InvalidArgumentError, match="Need minval < maxval, got 3 >= 3"):
        rng.random.uniform([2], minval=3, maxval=3, dtype="int32", seed=1)
    with pytest.raises(errors.InvalidArgumentError, match="argument `shape`"):
        rng.random.uniform("abc")
    with pytest.raises(errors.InvalidArgumentError, match="argument `seed`"):
        rng.random.uniform([1], seed="x")
    with pytest.raises(errors.InvalidArgumentError, match="Dimension -1 must be >= 0"):
        rng.random.normal([-1, 2])
    with pytest.raises(errors.InvalidArgumentError, match="alg"):
        rng.random.stateless_normal([1], seed=[1, 2], alg="mersenne")
    with pytest.raises(ValueError):  # InvalidArgumentError is a ValueError too
        rng.random.uniform([2], dtype="bool")


def test_failed_call_leaves_kernel_counter_alone(rng: philoxd.Client) -> None:
    other = philoxd.connect()
    first = other.random.uniform([2], minval=0, maxval=10, dtype="int32", seed=4)
    with pytest.raises(errors.InvalidArgumentError):
        rng.random.uniform([2], minval=5, maxval=1, dtype="int32", seed=4)
    assert np.array_equal(rng.random.uniform([2], minval=0, maxval=10, dtype="int32", seed=4), first)


def test_too_many_elements_is_resource_exhausted(rng: philoxd.Client) -> None:
    with pytest.raises(errors.ResourceExhaustedError, match="limit of 134217728 elements"):
        rng.random.uniform([2**20, 2**20])
    with pytest.raises(errors.ResourceExhaustedError):
        rng.random.stateless_uniform([2**40, 2**40, 2**40], seed=[1, 2])


def test_named_session_is_shared_between_clients() -> None:
    solo = philoxd.connect()
    expected = [solo.random.uniform([1], seed=1) for _ in range(3)]
    a = philoxd.connect(session="unit-shared")
    b = philoxd.connect(session="unit-shared")
    got = [a.random.uniform([1], seed=1), b.random.uniform([1], seed=1), a.random.uniform([1], seed=1)]
    assert all(np.array_equal(x, y) for x, y in zip(got, expected))


def test_named_generator_hands_out_disjoint_slices() -> None:
    a = philoxd.connect(session="unit-gen")
    b = philoxd.connect(session="unit-gen")
    ga, gb = a.generator("shared", seed=42), b.generator("shared", seed=999)  # b attaches: seed ignored
    draws = [ga.normal([4]), gb.normal([4]), ga.normal([4])]
    reference = philoxd.connect().random.Generator.from_seed(42)
    assert all(np.array_equal(d, reference.normal([4])) for d in draws)
    assert np.array_equal(ga.state, gb.state)


def test_unknown_generator_is_not_found(rng: philoxd.Client) -> None:
    ghost = rng.random.Generator._attach("no-such-generator", 1)
    with pytest.raises(errors.NotFoundError, match="no-such-generator"):
        ghost.normal([1])


def test_function_scope_owns_kernels_per_position(rng: philoxd.Client) -> None:
    rng.random.set_seed(1234)
    foo = rng.function(lambda: (rng.random.uniform([1], seed=1), rng.random.uniform([1], seed=1)))
    (a1, a1b), (a2, a2b) = foo(), foo()
    assert np.array_equal(a1, a1b) and np.array_equal(a2, a2b) and not np.array_equal(a1, a2)
    rng.random.set_seed(1234)
    again, _ = foo()
    assert np.array_equal(again, a1)


def test_module_mirror_uses_default_client() -> None:
    x = philoxd.random.stateless_uniform([2], seed=[3, 4])
    assert np.array_equal(x, philoxd.connect().random.stateless_uniform([2], seed=[3, 4]))
    assert philoxd.random.default_client() is philoxd.random.default_client()


def test_unseeded_ops_without_global_seed_are_nondeterministic(rng: philoxd.Client) -> None:
    a, b = philoxd.connect().random.uniform([8]), philoxd.connect().random.uniform([8])
    assert a.shape == (8,) and not np.array_equal(a, b)


def _requests_sent(rng: philoxd.Client) -> list[philoxd.v1.random_pb2.DrawRequest]:
    """Record every DrawRequest the client hands its (real, in-process) transport."""
    sent = []
    draw = rng._transport.draw

    def recording(request):  # type: ignore[no-untyped-def]
        sent.append(type(request).FromString(request.SerializeToString()))
        return draw(request)

    rng._transport.draw = recording  # type: ignore[method-assign]
    return sent


def test_repeated_calls_reuse_their_checked_request(rng: philoxd.Client) -> None:
    sent = _requests_sent(rng)
    rng.random.set_seed(5)
    got = [rng.random.uniform([2], seed=1) for _ in range(3)] + [rng.random.normal([2]) for _ in range(2)]
    assert len(rng.random._plans) == 2
    ids = {r.request_id for r in sent}
    assert len(ids) == 5  # a fresh request id per call
    for r in sent:
        r.ClearField("request_id")
    assert sent[0] == sent[1] == sent[2] and sent[3] == sent[4]
    with philoxd.connect() as fresh:  # the same calls, each from scratch
        fresh.random.set_seed(5)
        fresh.random._plans = {}
        want = []
        for fn in [lambda: fresh.random.uniform([2], seed=1)] * 3 + [lambda: fresh.random.normal([2])] * 2:
            want.append(fn())
            fresh.random._plans.clear()
    assert all(np.array_equal(a, b) for a, b in zip(got, want))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ({"minval": 0}, {"minval": 0.0}),  # int vs float parameter
        ({"mean": 0.0}, {"mean": -0.0}),  # equal, but not the same parameter
        ({"seed": 1}, {"seed": 2}),
        ({"shape": [2]}, {"shape": (2, 1)}),
        ({"dtype": np.float32}, {"dtype": np.float64}),
    ],
)
def test_calls_that_differ_do_not_share_a_request(rng: philoxd.Client, first: dict, second: dict) -> None:
    fn = rng.random.normal if "mean" in first else rng.random.uniform
    sent = _requests_sent(rng)
    for kwargs in (first, second):
        fn(**{"shape": [2], **kwargs})
    assert len(rng.random._plans) == 2
    a, b = sent
    a.ClearField("request_id"), b.ClearField("request_id")
    assert a != b


def test_calls_that_cannot_be_planned_take_the_full_path(rng: philoxd.Client) -> None:
    rng.random.uniform(np.array([2]))  # array shape
    rng.random.uniform([2], seed=np.int64(3))  # numpy seed
    rng.random.uniform([np.int32(2)])  # numpy dim
    rng.random.uniform([2], maxval=np.float32(2))  # numpy scalar parameter
    with pytest.raises(errors.InvalidArgumentError):
        rng.random.uniform([-1])  # a failed call keeps no plan
    foo = rng.function(lambda: rng.random.uniform([2], seed=1))
    foo()  # inside a function scope: positions are per call
    assert rng.random._plans == {}


@pytest.mark.parametrize("session", ["s", "exp-1", "α" * 70, "x" * 300, "alice/" + "y" * 20000])
def test_prepared_wire_is_the_request_with_session_and_request_id(session: str) -> None:
    from philoxd._transport import _request_wire
    from philoxd.v1 import random_pb2 as pb

    template = pb.DrawRequest(distribution=pb.NORMAL, dtype=pb.FLOAT64, shape=[3, 4], kernel=pb.KernelSource(seed=7))
    template.mean.float_value, template.stddev.float_value = -0.0, 2.5
    request_id = philoxd._codec.new_request_id()
    wire = _request_wire(template.SerializeToString(), session, request_id)
    want = pb.DrawRequest()
    want.CopyFrom(template)
    want.session, want.request_id = session, request_id
    assert pb.DrawRequest.FromString(wire) == want
    assert pb.DrawRequest.DESCRIPTOR.fields_by_name["session"].number == 1
    assert pb.DrawRequest.DESCRIPTOR.fields_by_name["request_id"].number == 2


# -- connect(): fails fast, within its timeout, saying what to check (issue 16) ----------------

SLACK_S = 0.5  # time.monotonic() around a call also counts channel set-up and thread hand-offs


def _closed_port() -> int:
    """A port nothing listens on: bound, then closed."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _timed_connect(target: str, **kwargs: object) -> tuple[BaseException, float]:
    start = time.monotonic()
    with pytest.raises(errors.PhiloxdError) as caught:
        philoxd.connect(target, **kwargs)  # type: ignore[arg-type]
    return caught.value, time.monotonic() - start


@pytest.mark.parametrize("kwargs", [{"timeout": 1.0}, {"timeout": 1.0, "retry_timeout": 60.0}, {"connect_timeout": 1.0}])
def test_connect_to_a_closed_port_ends_within_its_timeout(kwargs: dict) -> None:
    target = f"127.0.0.1:{_closed_port()}"
    error, elapsed = _timed_connect(target, **kwargs)
    assert elapsed <= 1.0 + SLACK_S, elapsed
    assert isinstance(error, errors.UnavailableError), error
    assert str(error).startswith(f"no philoxd server answered at {target} ("), error
    assert "is `philoxd serve` running there, and is the port right?" in str(error)


def test_connect_without_a_timeout_gives_up_after_connect_timeout() -> None:
    from philoxd._transport import DEFAULT_CONNECT_TIMEOUT_S

    error, elapsed = _timed_connect(f"127.0.0.1:{_closed_port()}")
    assert isinstance(error, errors.UnavailableError)
    assert DEFAULT_CONNECT_TIMEOUT_S - 1 <= elapsed <= DEFAULT_CONNECT_TIMEOUT_S + SLACK_S, elapsed  # retried, then gave up


def test_connect_to_a_silent_listener_ends_within_its_timeout() -> None:
    """A port that accepts TCP but never speaks gRPC: each try would wait forever without a deadline."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        target = f"127.0.0.1:{sock.getsockname()[1]}"
        error, elapsed = _timed_connect(target, timeout=1.0)
    assert elapsed <= 1.0 + SLACK_S, elapsed
    assert isinstance(error, errors.DeadlineExceededError), error
    assert f"no philoxd server answered at {target}: connect() (its OpenSession call) did not finish within timeout=1 s" in str(error)


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("::::", "an IPv6 address goes in brackets"),
        ("127.0.0.1:99999", "port '99999' is not a number from 1 to 65535"),
        ("localhost:port", "port 'port'"),
        ("localhost:", "no port"),
        ("localhost", "no port: gRPC would silently dial 443"),
        ("dns:///philoxd", "no port"),
        ("http://127.0.0.1:50051", "not http:// URLs"),
        ("foo bar:1", "white space"),
        ("bogus:///x:1", "unknown scheme 'bogus'"),
        ("dns://8.8.8.8/philoxd:50051", "no DNS server authority"),
        ("host/path:1", "not host:port"),
    ],
)
def test_a_malformed_target_is_invalid_argument_at_once(target: str, reason: str) -> None:
    error, elapsed = _timed_connect(target, timeout=5.0)
    assert elapsed < SLACK_S, elapsed
    assert isinstance(error, errors.InvalidArgumentError), error
    assert f"target {target!r} is not a gRPC address (" in str(error) and reason in str(error), error
    assert "use host:port, e.g. 127.0.0.1:50051" in str(error)


@pytest.mark.parametrize("target", ["127.0.0.1:50051", "[::1]:50051", "localhost:443", "dns:///philoxd:50051", "dns:philoxd:1",
                                    "ipv4:127.0.0.1:1,127.0.0.2:2", "unix:/run/philoxd.sock", "unix-abstract:philoxd", "my_host.local:8080"])
def test_well_formed_targets_pass_the_check(target: str) -> None:
    from philoxd._transport import check_target

    assert check_target(target) == target


def test_an_unknown_host_is_unavailable_within_the_timeout_naming_the_host() -> None:
    target = "dns:///nonexistent.invalid:1"
    error, elapsed = _timed_connect(target, timeout=1.0)
    assert elapsed <= 1.0 + SLACK_S, elapsed
    assert isinstance(error, (errors.UnavailableError, errors.DeadlineExceededError)), error
    assert f"no philoxd server answered at {target}" in str(error)
    if isinstance(error, errors.UnavailableError):  # the resolver answered (no network: it may not)
        assert "is the host name right" in str(error), error


def test_connect_refuses_a_timeout_that_is_no_duration() -> None:
    for timeout in (0, -1.0):
        with pytest.raises(errors.InvalidArgumentError, match="`timeout`"):
            philoxd.connect("127.0.0.1:1", timeout=timeout)
    with pytest.raises(errors.InvalidArgumentError, match="`ca_file`='/nonexistent.pem': No such file"):
        philoxd.connect("127.0.0.1:1", tls=True, ca_file="/nonexistent.pem")


# -- without the server extra (issue 16) ----------------------------------------------------


def test_in_process_connect_without_the_engine_names_the_extra() -> None:
    """As after a plain ``pip install philoxd`` (numba absent; tests/integration/test_light_install.py
    does it with the real light install)."""
    code = textwrap.dedent(
        """
        import sys
        sys.modules["numba"] = None  # import numba -> ImportError, as when it is not installed
        import philoxd, philoxd.random
        from philoxd import errors
        for attempt in (philoxd.connect, lambda: philoxd.random.uniform([1])):
            try:
                attempt()
            except errors.FailedPreconditionError as exc:
                print(exc)
            else:
                raise SystemExit("no error")
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 2 and lines[0] == lines[1], lines
    assert lines[0].startswith("in-process mode needs the server engine (numba is not installed): pip install '.[server]' in a philoxd checkout (or its wheel with [server])")


# -- argument values protobuf cannot carry (issue 16) ---------------------------------------


@pytest.mark.parametrize("call", ["uniform", "normal", "Generator.normal"])
def test_a_dimension_beyond_int64_is_invalid_argument(rng: philoxd.Client, call: str) -> None:
    fn = rng.random.Generator.from_seed(1).normal if call == "Generator.normal" else getattr(rng.random, call)
    with pytest.raises(errors.InvalidArgumentError, match=r"argument `shape`=\[18446744073709551616\]"):
        fn([2**64])


def test_the_size_limit_message_names_the_flag_not_a_server(rng: philoxd.Client) -> None:
    with pytest.raises(errors.ResourceExhaustedError) as caught:
        rng.random.uniform([2**20, 2**20])
    option = "philoxd serve --max-elements" if rng.target else "in-process: set $PHILOXD_MAX_ELEMENTS"
    assert "server's limit" not in str(caught.value) and option in str(caught.value)


@pytest.mark.parametrize(
    ("code", "details", "want_class", "want"),
    [  # a philoxd server's own UNAVAILABLE stays as it is, even when it speaks of a refused connection
        ("UNAVAILABLE", "state store redis at 127.0.0.1:5 is unavailable (ping): Error 111. Connection refused.",
         errors.UnavailableError, "state store redis at 127.0.0.1:5 is unavailable (ping): Error 111. Connection refused."),
        ("UNAVAILABLE", "failed to connect to all addresses; last error: UNKNOWN: ipv4:127.0.0.1:1: Ssl handshake failed: X",
         errors.UnavailableError, "no philoxd server answered at 127.0.0.1:1 (tried for 1.2 s): the TLS handshake failed"),
        ("UNAVAILABLE", "Socket closed", errors.UnavailableError, "no philoxd server answered at 127.0.0.1:1 (tried for 1.2 s): is"),
        ("INTERNAL", "Illegal status code from resolver; original status: INVALID_ARGUMENT: Cannot parse authority: 8.8.8.8",
         errors.InvalidArgumentError, "connect: target '127.0.0.1:1' is not a gRPC address (gRPC: Illegal status code"),
        ("DEADLINE_EXCEEDED", "Deadline Exceeded", errors.DeadlineExceededError, "no philoxd server answered at 127.0.0.1:1: the Draw call did not finish within 1.2 s"),
        ("DEADLINE_EXCEEDED", "the server's own deadline", errors.DeadlineExceededError, "the server's own deadline"),
    ],
)
def test_channel_failures_name_the_target_and_server_statuses_stay(code: str, details: str, want_class: type, want: str) -> None:
    import grpc

    from philoxd._transport import GrpcTransport

    transport = GrpcTransport("127.0.0.1:1")
    error = transport._error(getattr(grpc.StatusCode, code), details, "", 1.23, "Draw")
    transport.close()
    assert type(error) is want_class and str(error).startswith(want), error
