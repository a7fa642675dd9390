"""The ``philoxd`` command's user errors, run as a user would (a subprocess): exit status != 0,
no traceback, at most 3 lines on stderr, naming the flag and its value; gRPC's C-core log
lines stay off the terminal; a missing OpenMP runtime stops ``serve`` with the right hint."""

from __future__ import annotations

import os
import pathlib
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable

import grpc
import pytest

from philoxd_server.service._server import LIBGOMP_MESSAGE
from tests.integration.conftest import ServerProcess

Run = Callable[..., subprocess.CompletedProcess[str]]
# A gRPC C-core (absl) log line: "E1129 08:45:57.018129    5597 file.cc:123] ..."
GRPC_LINE = re.compile(r"^[DIWEF]\d{4} \d\d:\d\d:\d\d\.\d+ +\d+ [\w./-]+:\d+\]", re.M)
# Lines run before the command's main(): stand-ins for a broken system.
_WITHOUT_LIBGOMP = (
    "import sys\n"
    "sys.modules['numba.np.ufunc.omppool'] = None  # its import fails, as when libgomp.so.1 is missing\n"
    "sys.modules['numba.np.ufunc.tbbpool'] = None  # and no TBB either (not installed here anyway)\n"
)
_A_BUG = (
    "import philoxd_server.cli as cli\n"
    "def broken(args):\n"
    "    return {}['a genuine bug']\n"
    "cli._health = broken\n"
)


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GRPC_VERBOSITY", "GRPC_TRACE", "PHILOXD_DEBUG")}
    env.update(extra)
    return env


@pytest.fixture
def run(tmp_path: pathlib.Path) -> Run:
    """``run(*argv, prelude="", **env)``: ``philoxd ARGV`` in ``tmp_path``, as a subprocess."""

    def run_it(*argv: str, prelude: str = "", **env: str) -> subprocess.CompletedProcess[str]:
        code = prelude + "import sys\nfrom philoxd_server.cli import main\nsys.exit(main(sys.argv[1:]))\n"
        return subprocess.run(
            [sys.executable, "-c", code, *argv], capture_output=True, text=True, timeout=120, check=False,
            cwd=tmp_path, env=_env(**env), stdin=subprocess.DEVNULL,
        )

    return run_it


def _one_line_error(done: subprocess.CompletedProcess[str], *names: str) -> str:
    """The error line, after checking the issue's rules: exit != 0, no traceback, <= 3 lines, names given."""
    assert done.returncode not in (0, None), done
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert 1 <= len(lines) <= 3, done.stderr
    assert not GRPC_LINE.search(done.stderr), done.stderr
    for name in names:
        assert name in lines[-1], (name, done.stderr)
    return lines[-1]


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    """A self-signed certificate for 127.0.0.1 (cert.pem, key.pem), another key (other.key), and
    files that are not PEM."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    d = tmp_path_factory.mktemp("certs")
    ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
    for name in ("cert", "other"):
        subprocess.run(
            ["openssl", "req", "-x509", *ec, "-keyout", f"{name}.key", "-out", f"{name}.pem", "-days", "2",
             "-subj", "/CN=philoxd test", "-addext", "subjectAltName=IP:127.0.0.1"],
            cwd=d, check=True, capture_output=True,
        )
    (d / "key.pem").write_bytes((d / "cert.key").read_bytes())
    subprocess.run(["openssl", "pkey", "-in", "cert.key", "-aes256", "-passout", "pass:x", "-out", "encrypted.key"], cwd=d, check=True, capture_output=True)
    (d / "notpem.txt").write_text("hello, not a certificate\n")
    (d / "broken.pem").write_text("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    return d


# -- serve -------------------------------------------------------------------------------------


def test_state_dir_that_cannot_be_created(run: Run) -> None:
    line = _one_line_error(run("serve", "--port", "0", "--state-dir", "/proc/nope"), "--state-dir", "/proc/nope")
    assert "cannot create" in line


def test_state_dir_that_is_a_file(run: Run, tmp_path: pathlib.Path) -> None:
    (tmp_path / "afile").write_text("x")
    line = _one_line_error(run("serve", "--port", "0", "--state-dir", str(tmp_path / "afile")), "--state-dir", "afile")
    assert "not a directory" in line


def test_sqlite_store_under_a_file(run: Run, tmp_path: pathlib.Path) -> None:
    (tmp_path / "afile").write_text("x")
    url = f"sqlite://{tmp_path}/afile/state.db"
    assert "not a directory" in _one_line_error(run("serve", "--port", "0", "--store", url), "--store", url)


def test_redis_url_with_a_bad_port(run: Run) -> None:
    url = "redis://127.0.0.1:notaport/0"
    _one_line_error(run("serve", "--port", "0", "--store", url), "--store", url)


def test_missing_auth_file(run: Run) -> None:
    _one_line_error(run("serve", "--port", "0", "--store", "memory", "--auth-file", "/nope/tokens.txt"), "--auth-file", "/nope/tokens.txt")


def test_busy_port(run: Run) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = str(sock.getsockname()[1])
        line = _one_line_error(run("serve", "--port", port, "--store", "memory"), "--port", port)
    assert "Address already in use" in line


def test_busy_metrics_port(run: Run) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = str(sock.getsockname()[1])
        line = _one_line_error(run("serve", "--port", "0", "--store", "memory", "--metrics-port", port), "--metrics-port", port)
    assert "Address already in use" in line


@pytest.mark.parametrize(
    ("flags", "named", "says"),
    [
        (("--tls-cert", "notpem.txt", "--tls-key", "key.pem"), ("--tls-cert", "notpem.txt"), "not a PEM certificate"),
        (("--tls-cert", "broken.pem", "--tls-key", "key.pem"), ("--tls-cert", "broken.pem"), "not a valid PEM certificate"),
        (("--tls-cert", "cert.pem", "--tls-key", "notpem.txt"), ("--tls-key", "notpem.txt"), "not a PEM private key"),
        (("--tls-cert", "cert.pem", "--tls-key", "other.key"), ("--tls-cert", "cert.pem", "--tls-key", "other.key"), "are not a PEM certificate chain and its"),
        (("--tls-cert", "cert.pem", "--tls-key", "encrypted.key"), ("--tls-key", "encrypted.key"), "an encrypted private key"),
        (("--tls-cert", "missing.pem", "--tls-key", "key.pem"), ("--tls-cert", "missing.pem"), "No such file"),
        (("--tls-cert", "cert.pem", "--tls-key", "missing.key"), ("--tls-key", "missing.key"), "No such file"),
        (("--tls-cert", "cert.pem", "--tls-key", "key.pem", "--tls-client-ca", "missing.pem"), ("--tls-client-ca", "missing.pem"), "No such file"),
        (("--tls-cert", "cert.pem", "--tls-key", "key.pem", "--tls-client-ca", "notpem.txt"), ("--tls-client-ca", "notpem.txt"), "not a PEM certificate"),
    ],
)
def test_tls_files(run: Run, certs: pathlib.Path, flags: tuple[str, ...], named: tuple[str, ...], says: str) -> None:
    argv = [str(certs / f) if i % 2 else f for i, f in enumerate(flags)]
    line = _one_line_error(run("serve", "--port", "0", "--store", "memory", *argv), *named)
    assert says in line and "Failed to bind" not in line


def test_serve_without_the_openmp_runtime(run: Run) -> None:
    """Simulated: the modules of Numba's OpenMP and TBB layers fail to import, which is what a
    missing libgomp.so.1 does to ``numba.np.ufunc.omppool`` (the dynamic loader refuses it)."""
    done = run("serve", "--port", "0", "--store", "memory", prelude=_WITHOUT_LIBGOMP)
    line = _one_line_error(done)
    assert line.endswith(LIBGOMP_MESSAGE) and "TBB" not in done.stderr
    assert "apt install libgomp1" in line and "dnf install libgomp" in line


def test_serve_with_libgomp_hidden_from_the_dynamic_loader(tmp_path: pathlib.Path) -> None:
    """The real thing, where a private mount namespace is allowed (root, ``unshare``): libgomp's
    file replaced by an empty one for the server process only."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare(1) to hide libgomp in a private mount namespace")
    find = "import numba.np.ufunc.omppool\nprint(next(l.split()[-1] for l in open('/proc/self/maps') if 'libgomp' in l))"
    found = subprocess.run([sys.executable, "-c", find], capture_output=True, text=True, timeout=60, check=False)
    if found.returncode != 0:
        pytest.skip(f"libgomp is not loadable here to begin with: {found.stderr.strip()[-200:]}")
    script = 'mount --bind /dev/null "$1" || exit 99; exec "$2" -m philoxd_server serve --port 0 --store memory'
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", script, "sh", found.stdout.strip(), sys.executable],
        capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path, env=_env(), stdin=subprocess.DEVNULL,
    )
    if done.returncode == 99 or "unshare failed" in done.stderr:
        pytest.skip(f"no private mount namespace here: {done.stderr.strip()[-200:]}")
    assert _one_line_error(done).endswith(LIBGOMP_MESSAGE)
    assert "TBB" not in done.stderr


def test_replay_without_the_openmp_runtime(run: Run) -> None:
    done = run("replay", "{}", prelude=_WITHOUT_LIBGOMP)
    assert _one_line_error(done) == f"philoxd replay: {LIBGOMP_MESSAGE}"


# -- health ------------------------------------------------------------------------------------


def test_health_missing_ca_file(run: Run) -> None:
    _one_line_error(run("health", "--tls", "--ca-file", "/nope.pem", "--timeout", "1"), "--ca-file", "/nope.pem")


def test_health_ca_file_not_pem(run: Run, certs: pathlib.Path) -> None:
    path = str(certs / "notpem.txt")
    assert "not a PEM certificate" in _one_line_error(run("health", "--ca-file", path, "--timeout", "1"), "--ca-file", path)


def test_health_missing_client_key(run: Run, certs: pathlib.Path) -> None:
    done = run("health", "--cert-file", str(certs / "cert.pem"), "--key-file", "/nope.key", "--timeout", "1")
    _one_line_error(done, "--key-file", "/nope.key")


# -- replay ------------------------------------------------------------------------------------


def test_replay_missing_provenance_file(run: Run) -> None:
    _one_line_error(run("replay", "@/nope.json"), "@/nope.json", "No such file")


def test_replay_bad_provenance(run: Run) -> None:
    _one_line_error(run("replay", "{not json"), "provenance", "{not json")


def test_replay_missing_input(run: Run) -> None:
    _one_line_error(run("replay", "{}", "--input", "/nope.npy"), "--input", "/nope.npy")


def test_replay_bad_tensor_flag(run: Run) -> None:
    _one_line_error(run("replay", "{}", "--tensor", "alpha"), "--tensor", "alpha", "NAME=NPY")


# -- a genuine bug: one line, unless --debug / PHILOXD_DEBUG --------------------------------------


def test_a_bug_is_one_line_and_says_how_to_see_the_traceback(run: Run) -> None:
    line = _one_line_error(run("health", prelude=_A_BUG), "internal error", "KeyError", "--debug", "PHILOXD_DEBUG=1")
    assert line.startswith("philoxd health: ")
    for debug in (run("--debug", "health", prelude=_A_BUG), run("health", prelude=_A_BUG, PHILOXD_DEBUG="1")):
        assert debug.returncode == 1 and "Traceback" in debug.stderr and "a genuine bug" in debug.stderr


# -- gRPC's C-core log lines ---------------------------------------------------------------------


def test_grpc_core_lines_stay_off_the_terminal(certs: pathlib.Path, tmp_path: pathlib.Path, run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    """A plaintext ``philoxd health`` against a TLS server: gRPC logs a failed handshake
    (``I1129 ... Handshake failed``) in both processes unless told not to."""
    for name in ("GRPC_VERBOSITY", "GRPC_TRACE", "PHILOXD_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    tls = ("--tls-cert", str(certs / "cert.pem"), "--tls-key", str(certs / "key.pem"), "--store", "memory")
    credentials = grpc.ssl_channel_credentials((certs / "cert.pem").read_bytes())
    quiet = ServerProcess(tmp_path / "quiet", *tls, credentials=credentials)
    monkeypatch.setenv("PHILOXD_DEBUG", "1")  # the control: a server that lets gRPC log
    loud = ServerProcess(tmp_path / "loud", *tls, credentials=credentials)
    monkeypatch.delenv("PHILOXD_DEBUG")
    try:
        for server in (quiet, loud):
            server.wait_serving()
            done = run("health", "--target", server.target, "--timeout", "2")
            line = _one_line_error(done, server.target, "UNAVAILABLE")
            assert "--tls" in line  # the hint: a TLS server
            ok = run("health", "--target", server.target, "--ca-file", str(certs / "cert.pem"), "--timeout", "5")
            assert ok.returncode == 0 and ok.stderr == "", ok.stderr
    finally:
        codes = [server.terminate() for server in (quiet, loud)]
    assert codes == [0, 0], quiet.log() + loud.log()
    assert GRPC_LINE.search(loud.log()), "the control server should have logged the failed handshake: " + loud.log()
    assert not GRPC_LINE.search(quiet.log()), quiet.log()


# -- bad flag values: one line naming the flag and the value, exit 1 (never argparse's usage block) --


def _every_bounded_flag() -> list[tuple[str, ...]]:
    """(subcommand, flag, bad value) for every numeric and choice flag the parser has."""
    from philoxd_server.cli import _commands, build_parser

    cases: list[tuple[str, ...]] = []
    for name, sub in _commands(build_parser()).items():
        for action in sub._actions:
            flag = next((o for o in action.option_strings if o.startswith("--")), None)
            if flag is None or action.nargs == 0:
                continue
            if action.choices:
                cases.append((name, flag, "no-such-choice"))
            elif action.type is not None and getattr(action.type, "__name__", "") == flag:  # a _bounded number
                cases += [(name, flag, "abc"), (name, flag, "-1e99")]
    return cases


FLAG_CASES = [
    ("serve", "--port", "70000"), ("serve", "--port", "abc"), ("serve", "--port", "-1"),
    ("serve", "--store", "foo://bar"), ("serve", "--store", "redis://"), ("serve", "--max-workers", "0"),
    ("serve", "--grace", "-3"), ("serve", "--rate-limit", "abc"), ("serve", "--log-level", "verbose"),
    ("health", "--target", "127.0.0.1:99999"), ("health", "--target", "127.0.0.1"),
    ("sessions", "--target", "host:"),
    *_every_bounded_flag(),
]


@pytest.mark.parametrize(("command", "flag", "value"), FLAG_CASES, ids=[" ".join(c) for c in FLAG_CASES])
def test_a_bad_flag_value_is_one_line_and_exit_1(run: Run, command: str, flag: str, value: str) -> None:
    argv = [command, "list", f"{flag}={value}"] if command == "sessions" else [command, f"{flag}={value}"]
    done = run(*argv)
    assert done.returncode == 1, done
    assert "usage:" not in done.stderr, done.stderr
    line = _one_line_error(done, flag)
    assert len(done.stderr.strip().splitlines()) == 1 and line.startswith(f"philoxd {command}"), done.stderr


def test_tls_cert_without_key_is_one_line(run: Run) -> None:
    done = run("serve", "--tls-cert", "x.pem")
    assert done.returncode == 1 and "usage:" not in done.stderr
    _one_line_error(done, "--tls-cert", "--tls-key")


def test_a_mistyped_subcommand_keeps_argparses_two_lines(run: Run) -> None:
    done = run("srve")
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 2, done.stderr
    assert "invalid choice: 'srve'" in done.stderr
