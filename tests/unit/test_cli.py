"""The ``philoxd`` command line: help text, usage errors, and the commands the container files run."""

from __future__ import annotations

import json
import os
import pathlib
import re
import subprocess
import sys

import pytest
import yaml

from philoxd_server.cli import STORES, _commands, build_parser, main

ROOT = pathlib.Path(__file__).resolve().parents[2]
SERVE_FLAGS = [
    "--host",
    "--port",
    "--store",
    "--state-dir",
    "--request-ttl",
    "--session-ttl",
    "--max-elements",
    "--max-workers",
    "--max-streams",
    "--stream-idle-timeout",
    "--grace",
    "--log-level",
    "--port-file",
    "--log-format",
    "--auth-file",
    "--tls-cert",
    "--tls-key",
    "--tls-client-ca",
    "--max-sessions",
    "--rate-limit",
    "--metrics-port",
    "--metrics-host",
    "--max-bulk",
    "--send-timeout",
    "--reset-state",
    "--max-sessions-per-principal",
    "--max-generators-per-session",
    "--max-kernels-per-session",
]


def _serve_help(capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as excinfo:
        main(["serve", "--help"])
    assert excinfo.value.code == 0
    return capsys.readouterr().out


def test_help_mentions_every_flag(capsys: pytest.CaptureFixture[str]) -> None:
    text = _serve_help(capsys)
    for flag in SERVE_FLAGS:
        assert flag in text
    serve = next(a for a in build_parser()._actions if a.dest == "command").choices["serve"]  # type: ignore[union-attr]
    declared = {opt for action in serve._actions for opt in action.option_strings if opt.startswith("--")}
    assert declared == {*SERVE_FLAGS, "--help"}  # a new flag must be added here (and to the docs)
    for action in serve._actions:
        assert action.help, f"{action.option_strings} has no help text"


def test_defaults() -> None:
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.store, args.session_ttl) == ("127.0.0.1", 50051, "sqlite", 86400.0)
    assert (args.max_elements, args.log_level, args.port_file) == (2**27, "info", None)
    from philoxd_server.service import DEFAULT_MAX_ELEMENTS
    from philoxd_server.service._server import DEFAULT_MAX_STREAMS, DEFAULT_MAX_WORKERS, DEFAULT_STREAM_IDLE_TIMEOUT_S

    assert args.max_elements == DEFAULT_MAX_ELEMENTS
    assert args.max_streams == DEFAULT_MAX_STREAMS == 64
    assert args.stream_idle_timeout == DEFAULT_STREAM_IDLE_TIMEOUT_S == 60.0
    assert args.max_workers == DEFAULT_MAX_WORKERS == 2 * (os.cpu_count() or 2)
    from philoxd_server.state import DEFAULT_REQUEST_TTL

    assert args.request_ttl == DEFAULT_REQUEST_TTL == 600.0


@pytest.mark.parametrize(
    "argv",
    [
        ["serve", "--bogus"],
        ["serve", "--port", "http"],
        ["serve", "--port", "65536"],
        ["serve", "--port", "-1"],
        ["serve", "--max-elements", "0"],
        ["serve", "--max-workers", "0"],
        ["serve", "--session-ttl", "0"],
        ["serve", "--log-level", "loud"],
        ["serve", "--log-format", "xml"],
        ["serve", "--max-sessions", "0"],
        ["serve", "--rate-limit", "-1"],
        ["serve", "--metrics-port", "0"],
        ["serve", "--tls-cert", "cert.pem"],
        ["serve", "--tls-key", "key.pem"],
        ["serve", "--tls-client-ca", "ca.pem"],
        ["launch"],
        [],
    ],
)
def test_bad_usage_is_one_line_and_exit_1(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as excinfo:
        main(argv)
    err = capsys.readouterr().err
    assert "error:" in err
    if argv[:1] in (["launch"], []):  # no or a mistyped subcommand: argparse's usage line and its error
        assert excinfo.value.code == 2
    else:  # a subcommand's flag or value: one line naming it, exit 1 (as every CLI user error)
        assert excinfo.value.code == 1 and len(err.strip().splitlines()) == 1, err


def test_unknown_store_exits_1_with_message(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as excinfo:
        main(["serve", "--store", "bogus"])
    assert excinfo.value.code == 1
    err = capsys.readouterr().err
    assert "--store" in err and "'bogus'" in err
    for store in STORES:
        assert store in err


def test_log_level_is_case_insensitive() -> None:
    assert build_parser().parse_args(["serve", "--log-level", "DEBUG"]).log_level == "debug"


def _parse_philoxd_command(command: list[str]) -> object:
    assert command[0] == "philoxd", command
    return build_parser().parse_args(command[1:])


def test_docker_compose_commands_parse() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    single = _parse_philoxd_command(services["philoxd"]["command"])
    assert (single.command, single.host, single.port, single.store) == ("serve", "0.0.0.0", 50051, "sqlite")  # type: ignore[attr-defined]
    assert services["philoxd"]["volumes"] == ["philoxd-state:/var/lib/philoxd"]
    replica = _parse_philoxd_command(services["replica"]["command"])
    assert (replica.command, replica.port, replica.store) == ("serve", 50051, "redis://redis:6379/0")  # type: ignore[attr-defined]
    cluster = {name for name, svc in services.items() if "cluster" in svc.get("profiles", [])}
    assert cluster == {"redis", "replica", "client"}
    assert "dns:///replica:50051" in " ".join(services["client"]["command"])
    for service in services.values():  # loopback only: the servers run without --auth-file or TLS
        assert all(str(port).startswith("127.0.0.1:") for port in service.get("ports", []))
        assert "required" not in str(service.get("depends_on", ""))  # Compose >= 2.20 only


def test_dockerfile_commands_parse() -> None:
    text = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11-slim-bookworm|^ARG PYTHON_IMAGE=python:3\.11-slim-bookworm$", text, re.M)
    cmd = json.loads(re.search(r"^CMD (\[.*\])$", text, re.M).group(1))  # type: ignore[union-attr]
    assert cmd == ["philoxd", "serve", "--host", "0.0.0.0", "--port", "50051", "--state-dir", "/var/lib/philoxd"]
    _parse_philoxd_command(cmd)
    health = json.loads(re.search(r"^\s*CMD (\[.*\])$", text.split("HEALTHCHECK", 1)[1], re.M).group(1))  # type: ignore[union-attr]
    assert _parse_philoxd_command(health).command == "health"  # type: ignore[attr-defined]
    assert re.search(r"^USER (?!root)", text, re.M)
    assert "EXPOSE 50051" in text and "libgomp1" in text


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "philoxd_server", "serve", "--help"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "--port-file" in done.stdout


def test_health_exits_1_when_nothing_listens(capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as sock:  # a port that is free, then closed: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert main(["health", "--target", f"127.0.0.1:{port}", "--timeout", "2"]) == 1
    assert "UNAVAILABLE" in capsys.readouterr().err


def test_serve_reports_a_busy_port() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "philoxd_server", "serve", "--port", str(port)],
            capture_output=True, text=True, timeout=60, check=False,
        )
    assert done.returncode == 1
    assert "cannot listen" in done.stderr


def test_store_urls_are_accepted_and_sqlite_is_the_default(tmp_path: pathlib.Path) -> None:
    parser = build_parser()
    for url in ("memory", "sqlite", "sqlite:///var/lib/philoxd/state.db", "redis://127.0.0.1:6379/0"):
        assert parser.parse_args(["serve", "--store", url]).store == url
    args = parser.parse_args(["serve", "--state-dir", str(tmp_path)])
    assert args.store == "sqlite" and args.state_dir == tmp_path


def test_tune_process_defaults_passive_openmp_and_respects_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from philoxd_server.service._server import tune_process

    monkeypatch.delenv("OMP_WAIT_POLICY", raising=False)
    monkeypatch.setenv("MALLOC_MMAP_THRESHOLD_", "131072")  # the operator's choice: mallopt is skipped
    tune_process()
    assert os.environ["OMP_WAIT_POLICY"] == "PASSIVE"
    monkeypatch.setenv("OMP_WAIT_POLICY", "ACTIVE")
    tune_process()
    assert os.environ["OMP_WAIT_POLICY"] == "ACTIVE"


def test_importing_the_server_does_not_load_libgomp_before_tune_process() -> None:
    """OMP_WAIT_POLICY only works if libgomp is loaded after tune_process() sets it."""
    code = (
        "import philoxd_server.cli, philoxd_server.service._server, philoxd_server.state\n"
        "assert 'libgomp' not in open('/proc/self/maps').read()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr


def test_redis_store_without_the_redis_client_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)  # as if `pip install philoxd` without [redis]
    monkeypatch.delitem(sys.modules, "philoxd_server.state._redis", raising=False)
    from philoxd_server._errors import FailedPrecondition
    from philoxd_server.state import open_store

    with pytest.raises(FailedPrecondition, match=r"pip install 'philoxd\[redis\]'"):
        open_store("redis://127.0.0.1:6379/0")
    serve = "import sys; sys.modules['redis'] = None; from philoxd_server.cli import main; sys.exit(main())"
    done = subprocess.run(
        [sys.executable, "-c", serve, "serve", "--port", "0", "--store", "redis://127.0.0.1:6379/0"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "pip install 'philoxd[redis]'" in lines[0], done.stderr


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib import metadata

    with pytest.raises(SystemExit) as excinfo:
        main(["--version"])
    assert excinfo.value.code == 0
    assert capsys.readouterr().out.strip() == f"philoxd {metadata.version('philoxd')}"


@pytest.mark.parametrize(
    ("argv", "usage", "says"),
    [
        (["serve", "--bogus"], "usage: philoxd serve ", "philoxd serve: error: unrecognized arguments: --bogus"),
        (["health", "--bogus", "x"], "usage: philoxd health ", "philoxd health: error: unrecognized arguments: --bogus x"),
        (["replay", "{}", "extra"], "usage: philoxd replay ", "philoxd replay: error: unrecognized arguments: extra"),
        (["serve", "--tls-cert", "c.pem"], "usage: philoxd serve ", "philoxd serve: error: --tls-cert and --tls-key go together"),
        (["health", "--cert-file", "c.pem"], "usage: philoxd health ", "philoxd health: error: --cert-file and --key-file go together"),
    ],
)
def test_usage_errors_are_one_line_naming_the_subcommand(
    argv: list[str], usage: str, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as excinfo:
        main(argv)
    assert excinfo.value.code == 1
    err = capsys.readouterr().err
    assert usage not in err, err
    assert err.rstrip().splitlines() == [says]
    assert "Traceback" not in err


def test_help_shows_each_default_once(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    for name, sub in {"philoxd": parser, **_commands(parser)}.items():
        formatter = sub._get_formatter()
        for action in sub._actions:
            text = formatter._get_help_string(action) or ""  # type: ignore[attr-defined]
            assert text.count("(default:") <= 1, (name, action.option_strings, text)
            assert "default: None" not in text and "Default:" not in text, (name, action.option_strings, text)
        rendered = " ".join(sub.format_help().split())
        assert "(default: None)" not in rendered and not re.search(r"\(default: [^)]*\) \(default:", rendered), name
    serve = " ".join(_commands(parser)["serve"].format_help().split())
    assert "(default: unlimited)" in serve and "(default: unlimited) (default" not in serve
    assert "--port PORT TCP port to listen on; 0 picks a free port (default: 50051)" in serve
    assert "(default: off)" in serve and "(default: no authentication)" in serve
    assert "PHILOXD_DEBUG=1" in serve  # the epilog says how to get a traceback


def test_grpc_logging_is_silenced_unless_the_user_set_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from philoxd_server import cli

    monkeypatch.delitem(sys.modules, "grpc")  # as in a fresh `philoxd` process (put back at teardown)
    monkeypatch.delenv("GRPC_VERBOSITY", raising=False)
    cli._quiet_grpc()
    assert os.environ["GRPC_VERBOSITY"] == "NONE"
    monkeypatch.setenv("GRPC_VERBOSITY", "debug")
    cli._quiet_grpc()
    assert os.environ["GRPC_VERBOSITY"] == "debug"


def test_the_cli_sets_grpc_verbosity_before_importing_grpc() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("GRPC_VERBOSITY", "PHILOXD_DEBUG")}
    code = "import os, sys\nfrom philoxd_server import cli\nprint('grpc' in sys.modules, os.environ.get('GRPC_VERBOSITY'))\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False, env=env)
    assert done.stdout.strip() == "False None", done.stderr  # importing the CLI neither imports grpc nor sets it
    watch = (
        "import os, sys, builtins\n"
        "from philoxd_server import cli\n"
        "real = builtins.__import__\n"
        "def spy(name, *a, **k):\n"
        "    if name == 'grpc' and 'grpc' not in sys.modules:\n"
        "        print('grpc imported with GRPC_VERBOSITY=%s' % os.environ.get('GRPC_VERBOSITY'))\n"
        "    return real(name, *a, **k)\n"
        "builtins.__import__ = spy\n"
        "sys.exit(cli.main(['health', '--target', '127.0.0.1:1', '--timeout', '0.5']))\n"
    )
    done = subprocess.run([sys.executable, "-c", watch], capture_output=True, text=True, timeout=60, check=False, env=env)
    assert done.returncode == 1 and "grpc imported with GRPC_VERBOSITY=NONE" in done.stdout, done.stdout + done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_parallel_layer_check_passes_here() -> None:
    code = (
        "from philoxd_server.service._server import check_parallel_layer, tune_process\n"
        "tune_process(); check_parallel_layer()\n"
        "import numba; print(numba.threading_layer())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() in ("omp", "tbb")
