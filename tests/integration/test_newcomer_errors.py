"""What a newcomer sees when something goes wrong (issue 30, items 2 and 3).

Every command that calls a server says the same line, at once, when none answers; Python errors
are short tracebacks without gRPC's exception chained; deadlines name the call and the timeout;
limits and replays name the option that changes them.
"""

from __future__ import annotations

import pathlib
import socket
import subprocess
import sys
import time

import numpy as np
import pytest

import philoxd
from philoxd import errors

MAX_TRACEBACK_LINES = 40  # the user's line and the client's frames: no second, chained traceback


def _free_port() -> int:
    with socket.socket() as sock:  # free, then closed: nothing listens there
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize(
    "command",
    [["health"], ["sessions", "list"], ["sessions", "show", "exp-1"], ["sessions", "rm", "exp-1"],
     ["sessions", "export", "exp-1", "-o", "-"]],
)
def test_every_client_command_says_the_same_line_at_once_when_no_server_answers(command: list[str]) -> None:
    target = f"127.0.0.1:{_free_port()}"
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "philoxd", *command, "--target", target, "--timeout", "20"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    took = time.monotonic() - started
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1 and len(lines) == 1, done.stderr
    assert lines[0].startswith(f"philoxd {command[0]}: no philoxd server answered at {target}: UNAVAILABLE: "), lines[0]
    assert lines[0].endswith("(is `philoxd serve` running there, and is the port right?)"), lines[0]
    assert "Connection refused" in lines[0]
    assert took < 20, f"{command} waited {took:.1f} s: it should try once, not until --timeout"


_TRACEBACK = """
import socket, sys, traceback
import numpy as np, philoxd
target = sys.argv[1]
silent = socket.socket()  # accepts connections, never answers: a deadline for sure
silent.bind(("127.0.0.1", 0))
silent.listen(8)
cases = {
    "refused": lambda: philoxd.connect("127.0.0.1:%d", session="x", connect_timeout=1),
    "limit": lambda: philoxd.connect(target).random.uniform([2**28]),
    "invalid": lambda: philoxd.connect(target).random.uniform([2], minval=3, maxval=3, dtype="int32", seed=1),
    "timeout": lambda: philoxd.connect("127.0.0.1:%d" % silent.getsockname()[1], session="x", timeout=0.2),
}
for name, case in cases.items():
    try:
        case()
    except Exception:
        print("=== " + name)
        traceback.print_exc(file=sys.stdout)
"""


def test_tracebacks_are_short_and_show_no_internal_chained_exception(server_target: str) -> None:
    script = _TRACEBACK.replace("127.0.0.1:%d\", session", f"127.0.0.1:{_free_port()}\", session", 1)
    done = subprocess.run([sys.executable, "-c", script, server_target], capture_output=True, text=True, timeout=120, check=True)
    traces = dict(part.split("\n", 1) for part in done.stdout.split("=== ")[1:])
    assert set(traces) == {"refused", "limit", "invalid", "timeout"}, done.stdout
    for name, trace in traces.items():
        lines = trace.strip().splitlines()
        assert len(lines) <= MAX_TRACEBACK_LINES, f"{name}: {len(lines)} lines\n{trace}"
        assert trace.count("Traceback (most recent call last)") == 1, trace
        for internal in ("During handling of the above exception", "direct cause of the following", "grpc.", "_DrawStatus", "_InactiveRpcError"):
            assert internal not in trace, f"{name}: {internal!r} in\n{trace}"
        assert lines[-1].startswith("philoxd.errors."), lines[-1]


def test_a_timeout_names_the_call_and_the_timeout() -> None:
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        with pytest.raises(errors.DeadlineExceededError) as caught:
            philoxd.connect(f"127.0.0.1:{silent.getsockname()[1]}", session="x", timeout=0.2)
    message = str(caught.value)
    assert "connect() (its OpenSession call)" in message and "timeout=0.2 s" in message, message
    assert caught.value.rpc_error is not None and caught.value.__cause__ is None and caught.value.__suppress_context__


def test_a_deadline_after_the_server_answered_names_the_call_and_the_timeout() -> None:
    import grpc

    from philoxd._transport import GrpcTransport

    transport = GrpcTransport("127.0.0.1:1", timeout=2.5)
    transport._answered = True  # as after a first answer
    error = transport._error(grpc.StatusCode.DEADLINE_EXCEEDED, "Stream removed (Deadline Exceeded)", "", 2.5, "Draw", 2.5)
    transport.close()
    assert isinstance(error, errors.DeadlineExceededError)
    assert str(error) == "the Draw call to the philoxd server at 127.0.0.1:1 did not finish within timeout=2.5 s"


def test_the_in_process_limit_names_the_in_process_option(tmp_path: pathlib.Path) -> None:
    script = (
        "import philoxd\n"
        "try:\n    philoxd.connect().random.uniform([11])\nexcept philoxd.errors.ResourceExhaustedError as e:\n    print(e)\n"
    )
    env = {"PHILOXD_MAX_ELEMENTS": "10", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True, env=env)
    assert "limit of 10 elements" in done.stdout and "$PHILOXD_MAX_ELEMENTS" in done.stdout, done.stdout + done.stderr
    assert "philoxd serve" not in done.stdout
    with pytest.raises(errors.ResourceExhaustedError, match=r"\$PHILOXD_MAX_ELEMENTS"):
        philoxd.connect().random.uniform([2**20, 2**20])


@pytest.mark.parametrize(
    ("draw", "argument", "flag"),
    [
        (lambda r: r.gamma([3], alpha=2.0, seed=1), "tensors={'alpha': alpha}", "--tensor alpha=alpha.npy"),
        (lambda r: r.poisson([3], lam=2.0, seed=1), "tensors={'lam': lam}", "--tensor lam=lam.npy"),
        (lambda r: r.shuffle(np.arange(5), seed=1), "input=value", "--input value.npy"),
        (lambda r: r.categorical(np.zeros((1, 3), np.float32), 2, seed=1), "input=logits", "--input logits.npy"),
        (lambda r: r.stateless_binomial([3], seed=[1, 2], counts=5.0, probs=0.5), "'probs': probs", "--tensor probs=probs.npy"),
    ],
)
def test_a_replay_without_its_tensors_names_the_argument_and_the_flag(draw, argument: str, flag: str) -> None:  # noqa: ANN001
    rng = philoxd.connect()
    draw(rng.random)
    provenance = rng.last_provenance
    with pytest.raises(errors.InvalidArgumentError) as caught:
        rng.replay(provenance)
    assert argument in str(caught.value) and flag in str(caught.value), caught.value
    done = subprocess.run(
        [sys.executable, "-m", "philoxd", "replay", philoxd.provenance_to_json(provenance)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 1 and flag in done.stderr, done.stderr
