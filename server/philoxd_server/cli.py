"""The ``philoxd`` command line: ``philoxd serve`` runs the server, ``philoxd health`` probes one,
``philoxd sessions`` administers its sessions.

Examples::

    philoxd serve --host 127.0.0.1 --port 50051
    philoxd serve --port 0 --port-file /tmp/philoxd.port --log-level debug
    philoxd serve --host 0.0.0.0 --auth-file tokens.txt --tls-cert cert.pem --tls-key key.pem --metrics-port 9090
    philoxd health --target 127.0.0.1:50051     # exit 0 iff SERVING
    philoxd replay @provenance.json --output draw.npy
    philoxd sessions list --target 127.0.0.1:50051      # $PHILOXD_TOKEN on a server with --auth-file
    philoxd sessions show exp-1
    philoxd sessions export exp-1 --output exp-1.snapshot
    philoxd sessions import exp-1.snapshot --session exp-1-copy
    philoxd sessions rm exp-1-copy

A user error (a missing file, a busy port, a malformed URL...) is one line naming the
flag and its value, exit status 1 (bad usage: argparse's usage line and one error line,
exit status 2). ``philoxd --debug ...`` or ``PHILOXD_DEBUG=1`` shows the traceback
instead, and gRPC's own log lines, which the command silences otherwise
(``GRPC_VERBOSITY=NONE`` unless the environment sets it).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import os
import pathlib
import re
import sys
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from typing import NoReturn

__all__ = ["DEBUG_ENV", "STORES", "CliError", "build_parser", "main"]

STORES: tuple[str, ...] = ("memory", "sqlite", "redis", "postgresql")  # = philoxd_server.state.STORE_SCHEMES
DEBUG_ENV = "PHILOXD_DEBUG"  # set (not "" or "0"): tracebacks and gRPC's log lines, as --debug
_STATE_DB = "state.db"
_PRIVATE_PREFIX = "private-"  # = philoxd_server.state.PRIVATE_PREFIX (not imported: keeps --help fast)
_LOG_LEVELS = ("debug", "info", "warning", "error", "critical")
_DEFAULT_SESSION_TTL_S = 86400.0
_DEFAULT_REQUEST_TTL_S = 600.0  # = philoxd_server.state.DEFAULT_REQUEST_TTL (likewise)
_DEFAULT_MAX_ELEMENTS = 2**27  # = philoxd_server.service.DEFAULT_MAX_ELEMENTS (not imported: keeps --help fast)
_DEFAULT_MAX_STREAMS = 64  # = philoxd_server.service.DEFAULT_MAX_STREAMS (likewise)
_DEFAULT_STREAM_IDLE_TIMEOUT_S = 60.0  # = philoxd_server.service.DEFAULT_STREAM_IDLE_TIMEOUT_S (likewise)
_DEFAULT_MAX_BULK = max(2, os.cpu_count() or 2)  # = philoxd_server.service._server.DEFAULT_MAX_BULK (likewise)
_DEFAULT_SEND_TIMEOUT_S = 30.0  # = philoxd_server.service._server.DEFAULT_SEND_TIMEOUT_S (likewise)
_LOG_FORMATS = ("text", "json")  # = philoxd_server._logging.LOG_FORMATS
_ERRORS_EPILOG = (
    "Errors are one line (exit status 1); `philoxd --debug COMMAND ...` or PHILOXD_DEBUG=1 shows tracebacks "
    "and gRPC's own log lines (silenced otherwise: GRPC_VERBOSITY=NONE unless set)."
)


class CliError(Exception):
    """A user error of the command line; its message, one line, names the flag and its value."""


def _os_reason(exc: OSError, value: object = None) -> str:
    """``exc`` in a few words: the OS's reason, and the file if it is not ``value`` itself."""
    reason = exc.strerror or str(exc)
    filename = exc.filename
    if filename is not None and str(filename) != str(value):
        reason += f": {filename}"
    return reason


@contextlib.contextmanager
def _flag(flag: str, value: object, catch: tuple[type[Exception], ...] = (OSError, ValueError)) -> Iterator[None]:
    """Re-raise an error of ``catch`` inside as a :class:`CliError` naming ``flag`` and ``value``."""
    try:
        yield
    except catch as exc:
        reason = _os_reason(exc, value) if isinstance(exc, OSError) else _one_line(str(exc)) or type(exc).__name__
        where = flag if str(value) in reason else f"{flag} {value}"  # the message may name the file already
        raise CliError(f"{where}: {reason}") from exc


def _one_line(text: str) -> str:
    return "; ".join(line.strip() for line in text.splitlines() if line.strip())


class _HelpFormatter(argparse.ArgumentDefaultsHelpFormatter):
    """Shows each default once, as ``(default: X)``: appended unless the help says it already
    (``(default: unlimited)``), and left out for unset values (None, False, "", [])."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        default = action.default
        if "(default:" in text or default is None or default is False or default in ("", [], argparse.SUPPRESS):
            return text
        return f"{text} (default: %(default)s)"


def _bounded(kind: Callable[[str], int | float], low: float, high: float | None, what: str) -> Callable[[str], int | float]:
    def parse(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{what} must be a{'n integer' if kind is int else ' number'}, got {text!r}") from None
        if value < low or (high is not None and value > high):
            bound = f">= {low:g}" if high is None else f"in [{low:g}, {high:g}]"
            raise argparse.ArgumentTypeError(f"{what} must be {bound}, got {text}")
        return value

    parse.__name__ = what  # argparse names the type in some messages
    return parse


class _Parser(argparse.ArgumentParser):
    """argparse, but a subcommand's bad flag or value is one line and exit 1 (as every other user
    error of the CLI), not the usage block and exit 2; a mistyped subcommand keeps argparse's two lines."""

    def error(self, message: str) -> NoReturn:  # argparse's hook for bad usage
        if self.prog == "philoxd" or re.match(r"argument [A-Za-z_]+: invalid choice", message):  # a (sub)command name
            super().error(message)
        message = re.sub(r"^argument (\S+): (?=\1\b)", "", message)  # "argument --port: --port must be ..."
        self.exit(1, f"{self.prog}: error: {message}\n")


def _store(text: str) -> str:
    scheme = text.split(":", 1)[0]
    if scheme in ("redis", "rediss") and not urllib.parse.urlsplit(text).hostname:
        raise argparse.ArgumentTypeError(f"--store {text!r} names no host; use redis://host:port/db")
    if text != "memory" and not (scheme in ("sqlite", "redis", "rediss", "unix", "postgresql", "postgres") and "://" in text) and text != "sqlite":
        raise argparse.ArgumentTypeError(
            f"unknown store {text!r}; use memory, sqlite (under --state-dir), sqlite:///path/state.db "
            "redis://host:port/db or postgresql://host1,host2/db?target_session_attrs=read-write"
        )
    return text


def default_state_dir() -> pathlib.Path:
    """Per-user data directory: ``$XDG_DATA_HOME/philoxd`` or ``~/.local/share/philoxd``."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return pathlib.Path(base) / "philoxd"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``philoxd`` command (``serve``, ``health``, ``replay``, ``sessions`` and ``store``)."""
    parser = _Parser(
        prog="philoxd",
        description="philoxd: TensorFlow-exact tf.random streams served over gRPC.",
        epilog=_ERRORS_EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"philoxd {_version()}")
    parser.add_argument(
        "--debug", action="store_true",
        help=f"on an error show the traceback, and let gRPC log (also: {DEBUG_ENV}=1); goes before COMMAND",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser(
        "serve",
        help="run the gRPC server",
        description=(
            "Run the philoxd gRPC server (philoxd.v1.Random, grpc.health.v1.Health and server "
            "reflection) until SIGTERM/SIGINT, then drain in-flight calls and exit 0. Health says SERVING once "
            "every op's kernels are warm (compiled once per machine, then loaded from Numba's cache). SIGHUP re-reads "
            "--auth-file; SIGUSR1/SIGUSR2 log a status line. Without --auth-file anyone who reaches the port "
            "can use every session."
        ),
        formatter_class=_HelpFormatter,
        epilog=_ERRORS_EPILOG,
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (0.0.0.0 or :: for every interface)")
    serve.add_argument(
        "--port", type=_bounded(int, 0, 65535, "--port"), default=50051, help="TCP port to listen on; 0 picks a free port"
    )
    _store_flags(serve)
    serve.add_argument(
        "--reset-state", action="store_true",
        help="sqlite stores: if the state file is damaged, move it aside (state.db.damaged-TIME) and start anew, "
        "every stream from its beginning (without this flag a damaged state refuses to start)",
    )
    serve.add_argument(
        "--request-ttl", type=_bounded(float, 0, None, "--request-ttl"), default=_DEFAULT_REQUEST_TTL_S, metavar="SECONDS",
        help="how long a request_id's answer is remembered, so a retried call gets the same numbers",
    )
    serve.add_argument(
        "--session-ttl", type=_bounded(float, 1e-3, None, "--session-ttl"), default=_DEFAULT_SESSION_TTL_S,
        metavar="SECONDS",
        help="idle seconds after which a session is forgotten (an expired named session is remembered: reopening it "
        "needs reset_expired); measured on the store's clock, which a wall-clock step moves by at most 60 s",
    )
    serve.add_argument(
        "--max-elements", type=_bounded(int, 1, None, "--max-elements"), default=_DEFAULT_MAX_ELEMENTS,
        metavar="N", help="largest number of elements one request may ask for (RESOURCE_EXHAUSTED above)",
    )
    serve.add_argument(
        "--max-workers", type=_bounded(int, 1, None, "--max-workers"), default=2 * (os.cpu_count() or 2), metavar="N",
        help="unary calls handled concurrently (large draws: --max-bulk, small draws on streams: --max-streams; "
        "2 per core: more only adds GIL contention)",
    )
    serve.add_argument(
        "--max-streams", type=_bounded(int, 0, None, "--max-streams"), default=_DEFAULT_MAX_STREAMS, metavar="N",
        help="DrawStream calls open at once (each client thread drawing small results keeps one, on a thread of "
        "its own; beyond N clients fall back to unary DrawOne calls; 0 disables streams)",
    )
    serve.add_argument(
        "--stream-idle-timeout", type=_bounded(float, 0, None, "--stream-idle-timeout"), default=_DEFAULT_STREAM_IDLE_TIMEOUT_S,
        metavar="SECONDS", help="a DrawStream without a draw for this long is ended when another stream opens "
        "(its client opens a new one at its next draw)",
    )
    serve.add_argument(
        "--max-bulk", type=_bounded(int, 1, None, "--max-bulk"), default=_DEFAULT_MAX_BULK, metavar="N",
        help="large draws (Draw, Replay streams) served at once, apart from the --max-workers calls, so bulk work "
        "never delays small calls; beyond N a large draw is UNAVAILABLE and the client retries it (1 per core, at least 2)",
    )
    serve.add_argument(
        "--send-timeout", type=_bounded(float, 0.1, None, "--send-timeout"), default=_DEFAULT_SEND_TIMEOUT_S,
        metavar="SECONDS", help="a client that takes no response message for this long is cancelled (slow or stuck readers)",
    )
    serve.add_argument(
        "--grace", type=_bounded(float, 0, None, "--grace"), default=8.0, metavar="SECONDS",
        help="on SIGTERM/SIGINT, seconds in-flight calls may take to finish (then they are cancelled, and the "
        "process exits at most 5 s later whatever they do)",
    )
    serve.add_argument(
        "--log-level", type=str.lower, choices=_LOG_LEVELS, default="info",
        help="log threshold (info: one access line per call on logger philoxd.access); logs go to stderr",
    )
    serve.add_argument("--port-file", metavar="PATH", help="write the bound port to PATH once serving (useful with --port 0)")
    serve.add_argument(
        "--log-format", choices=_LOG_FORMATS, default="text",
        help="text, or json: one JSON object per line (time, level, logger, message; access lines add "
        "method, session, request_id, elements, status, ms)",
    )
    guard = serve.add_argument_group("security and limits")
    guard.add_argument(
        "--auth-file", metavar="FILE",
        help="require `authorization: Bearer <token>` on philoxd.v1.Random calls; FILE has one `principal:token` "
        "per line (# comments), re-read on SIGHUP; each principal sees only its own sessions. "
        "Health and reflection stay open (default: no authentication)",
    )
    guard.add_argument(
        "--tls-cert", metavar="PEM", help="serve TLS with this certificate chain (needs --tls-key) (default: plaintext)"
    )
    guard.add_argument("--tls-key", metavar="PEM", help="private key of --tls-cert")
    guard.add_argument(
        "--tls-client-ca", metavar="PEM",
        help="mutual TLS: require client certificates signed by these CAs (needs --tls-cert)",
    )
    guard.add_argument(
        "--max-sessions", type=_bounded(int, 1, None, "--max-sessions"), default=None, metavar="N",
        help="most live sessions; opening another is RESOURCE_EXHAUSTED (default: unlimited)",
    )
    guard.add_argument(
        "--max-sessions-per-principal", type=_bounded(int, 1, None, "--max-sessions-per-principal"), default=None,
        metavar="N", help="most live sessions each --auth-file principal may hold, so that one principal cannot take "
        "all of --max-sessions; opening another is RESOURCE_EXHAUSTED (default: unlimited)",
    )
    guard.add_argument(
        "--max-generators-per-session", type=_bounded(int, 1, None, "--max-generators-per-session"), default=None,
        metavar="N", help="most tf.random.Generator states one session may hold; creating (or restoring) more is "
        "RESOURCE_EXHAUSTED (default: unlimited)",
    )
    guard.add_argument(
        "--max-kernels-per-session", type=_bounded(int, 1, None, "--max-kernels-per-session"), default=None,
        metavar="N", help="most stateful op kernels one session may hold (one per op seed a tf.random op used; "
        "tf.random.set_seed resets them); a draw that would make another is RESOURCE_EXHAUSTED (default: unlimited)",
    )
    guard.add_argument(
        "--rate-limit", type=_bounded(float, 0, None, "--rate-limit"), default=0.0, metavar="CALLS_PER_S",
        help="per-principal token bucket (burst = rate); excess calls are RESOURCE_EXHAUSTED; 0 = off. Failed "
        "authentications are limited apart from it, whatever this is: 10 per client address, then 1 per second",
    )
    serve.add_argument(
        "--metrics-port", type=_bounded(int, 1, 65535, "--metrics-port"), default=None, metavar="PORT",
        help="serve Prometheus metrics at http://HOST:PORT/metrics (HOST: --metrics-host) (default: off)",
    )
    serve.add_argument(
        "--metrics-host", default=None, metavar="HOST",
        help="address of the metrics endpoint, e.g. 127.0.0.1 to keep it on loopback (default: --host)",
    )

    health = sub.add_parser(
        "health",
        help="check a server's health service (exit 0 iff SERVING)",
        description="Ask a philoxd server's grpc.health.v1 service; exit 0 if SERVING, 1 otherwise.",
        formatter_class=_HelpFormatter,
        epilog=_ERRORS_EPILOG,
    )
    health.add_argument("--target", default="127.0.0.1:50051", help="server address host:port")
    health.add_argument("--service", default="", help='service name to check (default: "", the whole server)')
    health.add_argument("--timeout", type=_bounded(float, 0, None, "--timeout"), default=3.0, metavar="SECONDS", help="deadline")
    health.add_argument("--tls", action="store_true", help="connect with TLS (for a server started with --tls-cert)")
    health.add_argument("--ca-file", metavar="PEM", help="CA certificates to verify the server with (implies --tls)")
    health.add_argument("--cert-file", metavar="PEM", help="client certificate, for a mutual-TLS server (with --key-file)")
    health.add_argument("--key-file", metavar="PEM", help="client private key, for a mutual-TLS server (with --cert-file)")

    replay = sub.add_parser(
        "replay",
        help="regenerate a draw bit-exactly from its provenance (no server, no state)",
        description=(
            "Regenerate the numbers of a past draw from its provenance JSON "
            "(philoxd.provenance_to_json(rng.last_provenance)), with the local engine."
        ),
        formatter_class=_HelpFormatter,
        epilog=_ERRORS_EPILOG,
    )
    replay.add_argument("provenance", help="provenance JSON, or @FILE to read it from a file")
    replay.add_argument("--input", metavar="NPY", help="shuffle value / categorical logits as a .npy file")
    replay.add_argument(
        "--tensor",
        action="append",
        default=[],
        metavar="NAME=NPY",
        help="a tensor parameter of the draw as a .npy file (gamma alpha/beta, poisson lam, binomial counts/probs, ...); repeatable",
    )
    replay.add_argument("--output", metavar="NPY", help="write the array to this .npy file instead of printing it")
    _sessions_parser(sub)
    _store_parser(sub)
    completion = sub.add_parser(
        "completion",
        help="print a shell completion script (bash or zsh)",
        description=(
            "Print the completion script of the philoxd command for a shell. Load it in the shell's start-up "
            "file: bash: eval \"$(philoxd completion bash)\" in ~/.bashrc; zsh: eval \"$(philoxd completion zsh)\" "
            "in ~/.zshrc (after compinit)."
        ),
        epilog=_ERRORS_EPILOG,
    )
    completion.add_argument("shell", choices=_SHELLS, help="the shell")
    return parser


def _store_flags(parser: argparse.ArgumentParser) -> None:
    """--store and --state-dir: which state store (``serve`` and ``store``)."""
    parser.add_argument(
        "--store", type=_store, default="sqlite", metavar="URL",
        help="where sessions, kernels and generators live: sqlite (a durable file under --state-dir), "
        "sqlite:///path/state.db, redis://host:port/db or postgresql://... (replicas share it), or memory (lost on restart)",
    )
    parser.add_argument(
        "--state-dir", type=pathlib.Path, default=default_state_dir(), metavar="DIR",
        help=f"directory of the default sqlite store ({_STATE_DB})",
    )


_MARK_RESTORED_DESCRIPTION = (
    "Give a state store put back from a backup (a copy of state.db, a Redis RDB or AOF file) a new "
    "identity. Its counters are behind numbers already handed out; with a new identity every client "
    "and server that saw the old one refuses its draws (DATA_LOSS) instead of getting those numbers "
    "again. Run it on the restored store before the servers use it (running servers follow at their "
    "next draw). Every session's streams continue from the backup for clients that connect anew."
)


def _store_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    store = sub.add_parser(
        "store",
        help="administer a state store directly (no server): mark-restored",
        description="Administer a state store directly, without a server.",
        formatter_class=_HelpFormatter,
        epilog=_ERRORS_EPILOG,
    )
    actions = store.add_subparsers(dest="action", required=True, metavar="ACTION")
    mark = actions.add_parser(
        "mark-restored", help="give a store restored from a backup a new identity",
        description=_MARK_RESTORED_DESCRIPTION, formatter_class=_HelpFormatter, epilog=_ERRORS_EPILOG,
    )  # fmt: skip
    _store_flags(mark)


def _connection_flags(parser: argparse.ArgumentParser) -> None:
    """--target, TLS and --timeout of a command that calls a server (the token comes from $PHILOXD_TOKEN)."""
    parser.add_argument(
        "--target", default=os.environ.get("PHILOXD_TARGET") or "127.0.0.1:50051",
        help="server address host:port (default: $PHILOXD_TARGET, else 127.0.0.1:50051); "
        "the bearer token of a server with --auth-file comes from $PHILOXD_TOKEN",
    )
    parser.add_argument("--tls", action="store_true", help="connect with TLS (for a server started with --tls-cert)")
    parser.add_argument("--ca-file", metavar="PEM", help="CA certificates to verify the server with (implies --tls)")
    parser.add_argument("--cert-file", metavar="PEM", help="client certificate, for a mutual-TLS server (with --key-file)")
    parser.add_argument("--key-file", metavar="PEM", help="client private key, for a mutual-TLS server (with --cert-file)")
    parser.add_argument(
        "--timeout", type=_bounded(float, 0.001, None, "--timeout"), default=30.0, metavar="SECONDS",
        help="deadline of each call, retries of an unavailable server included",
    )


_SESSIONS_DESCRIPTION = (
    "Administer the sessions of a running server: list them, show one (seed, kernels with their counters, "
    "generators, last use), remove them, export one as a snapshot file and import a snapshot into a session. "
    "Every call sees and touches only the sessions of the caller's principal (on a server without "
    "--auth-file: every session)."
)


def _sessions_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sessions = sub.add_parser(
        "sessions",
        help="list, show, remove, export and import a server's sessions",
        description=_SESSIONS_DESCRIPTION,
        formatter_class=_HelpFormatter,
        epilog=_ERRORS_EPILOG,
    )
    actions = sessions.add_subparsers(dest="action", required=True, metavar="ACTION")

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        parser = actions.add_parser(name, help=help_text, description=help_text, formatter_class=_HelpFormatter, epilog=_ERRORS_EPILOG)
        _connection_flags(parser)
        return parser

    listing = action("list", "list the sessions, by name: seed, op seeds drawn, kernels, scopes, generators, last use")
    listing.add_argument("--prefix", default="", help="only sessions whose name starts with this")
    listing.add_argument(
        "--limit", type=_bounded(int, 1, None, "--limit"), default=1000, metavar="N", help="list at most N sessions"
    )
    listing.add_argument("--json", action="store_true", help="print the ListSessions answer as JSON")
    listing.add_argument(
        "--private", action="store_true",
        help="also list private sessions (server-named private-..., made by connect(session=None); hidden by default)",
    )  # fmt: skip
    show = action("show", "show one session: its seed, op-seed position, kernels with counters, generators, scopes, last use")
    show.add_argument("session", help="the session's name")
    show.add_argument("--json", action="store_true", help="print the GetSession answer as JSON")
    remove = action("rm", "remove sessions and everything in them (their streams start again if they are reopened)")
    remove.add_argument("session", nargs="+", help="the sessions' names")
    export = action("export", "write a session's snapshot (its whole state, versioned) to a file")
    export.add_argument("session", help="the session's name")
    export.add_argument(
        "--output", "-o", metavar="FILE", help="the file to write ('-': standard output) (default: SESSION.snapshot)"
    )
    import_ = action("import", "restore a snapshot file into a session (created; --replace overwrites an existing one)")
    import_.add_argument("file", help="the snapshot file ('-': standard input)")
    import_.add_argument("--session", help="the session to restore it into (default: the name in the snapshot)")
    import_.add_argument("--replace", action="store_true", help="replace the session's state if it exists (default: refuse)")


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("philoxd")
    except metadata.PackageNotFoundError:  # a source tree that was never installed
        return "unknown"


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The subcommands' parsers, by name."""
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))  # noqa: SLF001
    return dict(action.choices)


_PEM_CERTIFICATE = re.compile(rb"-----BEGIN (?:TRUSTED |X509 )?CERTIFICATE-----")
_PEM_KEY = re.compile(rb"-----BEGIN (?:[A-Z0-9]+ )?PRIVATE KEY-----")


def _read_file(flag: str, path: str) -> bytes:
    with _flag(flag, path):
        return pathlib.Path(path).read_bytes()


def _certificates(flag: str, path: str) -> bytes:
    """The PEM certificates of ``path``, checked (gRPC would only fail to bind or to connect)."""
    import ssl

    data = _read_file(flag, path)
    if not _PEM_CERTIFICATE.search(data):
        raise CliError(f"{flag} {path}: not a PEM certificate file (no -----BEGIN CERTIFICATE----- line)")
    try:
        ssl.create_default_context().load_verify_locations(cadata=data.decode("ascii", "replace"))
    except ssl.SSLError as exc:
        raise CliError(f"{flag} {path}: not a valid PEM certificate ({exc.reason or exc})") from None
    return data


def _private_key(cert_flag: str, cert_path: str, key_flag: str, key_path: str) -> tuple[bytes, bytes]:
    """The PEM certificate chain and private key of the flags, checked to belong together."""
    import ssl

    cert = _certificates(cert_flag, cert_path)
    key = _read_file(key_flag, key_path)
    if not _PEM_KEY.search(key):
        raise CliError(f"{key_flag} {key_path}: not a PEM private key (no -----BEGIN ... PRIVATE KEY----- line)")
    if b"ENCRYPTED" in key:  # "BEGIN ENCRYPTED PRIVATE KEY" or "Proc-Type: 4,ENCRYPTED"
        raise CliError(f"{key_flag} {key_path}: an encrypted private key (gRPC needs it without a passphrase)")
    try:  # password: should a key be encrypted after all, fail here instead of prompting on the terminal
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(cert_path, key_path, password=lambda: b"")
    except ssl.SSLError as exc:
        raise CliError(
            f"{cert_flag} {cert_path} and {key_flag} {key_path} are not a PEM certificate chain and its private key "
            f"({exc.reason or exc})"
        ) from None
    except OSError as exc:  # the files changed since they were read
        raise CliError(f"{cert_flag} {cert_path} / {key_flag} {key_path}: {_os_reason(exc)}") from None
    return cert, key


def _tls_credentials(args: argparse.Namespace) -> object | None:
    """``grpc.ssl_server_credentials`` from the --tls-* flags, or None for plaintext."""
    if not args.tls_cert:
        return None
    cert, key = _private_key("--tls-cert", args.tls_cert, "--tls-key", args.tls_key)
    root = _certificates("--tls-client-ca", args.tls_client_ca) if args.tls_client_ca else None
    import grpc

    return grpc.ssl_server_credentials([(key, cert)], root_certificates=root, require_client_auth=root is not None)


def _directory(flag: str, value: object, path: pathlib.Path) -> None:
    """Create ``path``, the directory of a sqlite store, or say in one line why it cannot be."""
    where = f"{flag} {value}" if str(value) == str(path) else f"{flag} {value}: {path}"
    if path.exists() and not path.is_dir():
        raise CliError(f"{where}: not a directory")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliError(f"{where}: cannot create the directory: {_os_reason(exc, path)}") from None


_SERVER_EXTRA = "pip install '.[server]' in a philoxd checkout (or its wheel with [server])"
_ENGINE_MODULES = ("numba", "prometheus_client", "grpc_reflection")  # = pyproject.toml's `server` extra


def _need_engine() -> None:
    """``philoxd serve`` and ``philoxd replay`` run the engine, which the plain install (the client) lacks."""
    import importlib.util

    missing = [name for name in _ENGINE_MODULES if importlib.util.find_spec(name) is None]
    if missing:
        raise CliError(f"the server engine is not installed (no {', '.join(missing)}): {_SERVER_EXTRA}")


def _serve(args: argparse.Namespace) -> int:
    _need_engine()
    from philoxd_server._logging import configure_logging

    configure_logging(args.log_level, args.log_format)  # from here on, errors are log lines (see _report)
    from philoxd_server.service import RandomCore
    from philoxd_server.service._guard import AuthTable, GuardInterceptor
    from philoxd_server.service._metrics import Metrics, MetricsInterceptor
    from philoxd_server.service._server import check_parallel_layer, serve, tune_process
    from philoxd_server.state import open_store, sqlite_path

    from philoxd_server._errors import FailedPrecondition, PhiloxdServerError

    log = logging.getLogger("philoxd.server")
    tune_process()
    check_parallel_layer()
    auth = None
    if args.auth_file:
        with _flag("--auth-file", args.auth_file):
            auth = AuthTable(args.auth_file)
    credentials = _tls_credentials(args)

    url, flag, value = _store_url(args)

    def open_it() -> object:
        with _flag(flag, value):
            try:
                return open_store(url, session_ttl=args.session_ttl, request_ttl=args.request_ttl)
            except PhiloxdServerError as exc:
                store = "" if url == str(value) else f" {url}"
                raise CliError(f"{flag} {value}: cannot open the store{store}: {_one_line(str(exc))}") from exc

    try:
        store = open_it()
    except CliError as exc:
        damaged = isinstance(exc.__cause__, FailedPrecondition)
        if not (damaged and args.reset_state and url.startswith("sqlite://")):
            raise
        from philoxd_server.state._sqlite import set_aside

        aside = set_aside(sqlite_path(url))
        log.warning("--reset-state: %s; moved the damaged state to %s, starting anew", exc.__cause__, aside)
        store = open_it()
    log.info("store: %s", url)
    core = RandomCore(
        store, max_elements=args.max_elements, max_sessions=args.max_sessions,  # type: ignore[arg-type]
        max_sessions_per_principal=args.max_sessions_per_principal, max_generators_per_session=args.max_generators_per_session,
        max_kernels_per_session=args.max_kernels_per_session,
    )
    if auth is not None and args.max_sessions is not None and args.max_sessions_per_principal is None:
        log.warning("--max-sessions without --max-sessions-per-principal: one principal can open all %d sessions "
                    "and lock the others out", args.max_sessions)
    metrics = Metrics(store) if args.metrics_port else None  # type: ignore[arg-type]
    interceptors = [MetricsInterceptor(metrics)] if metrics else []
    interceptors.append(GuardInterceptor(auth, args.rate_limit))
    # The ~130k objects of the imports (numba, numpy, grpc) never die: keep them out of every
    # later garbage collection (a full collection took 36 ms with them, ~0 ms without).
    gc.collect()
    gc.freeze()
    return serve(  # OSError: --host/--port or --metrics-port cannot be bound (the message names them)
        core, args.host, args.port, args.max_workers, grace=args.grace, port_file=args.port_file,
        interceptors=interceptors, credentials=credentials, auth=auth,  # type: ignore[arg-type]
        metrics=metrics, metrics_port=args.metrics_port, max_streams=args.max_streams,
        max_bulk=args.max_bulk, send_timeout=args.send_timeout, metrics_host=args.metrics_host,
        stream_idle_timeout=args.stream_idle_timeout,
    )


def _store_url(args: argparse.Namespace) -> tuple[str, str, object]:
    """The store's URL from --store / --state-dir, and the flag (and its value) that named it."""
    from philoxd_server.state import sqlite_path

    if args.store == "sqlite":
        url = f"sqlite://{(args.state_dir / _STATE_DB).resolve()}"
        flag, value = "--state-dir", args.state_dir
    else:
        url = args.store
        flag, value = "--store", args.store
    if url.startswith("sqlite://") and sqlite_path(url):
        _directory(flag, value, args.state_dir if args.store == "sqlite" else pathlib.Path(sqlite_path(url)).parent)
    return url, flag, value


def _store_command(args: argparse.Namespace) -> int:
    """``philoxd store mark-restored``."""
    from philoxd_server._errors import PhiloxdServerError
    from philoxd_server.state import open_store, sqlite_path

    url, flag, value = _store_url(args)
    if url == "memory":
        raise CliError("--store memory: a memory store lives in its server's process; there is nothing to mark")
    if url.startswith("sqlite://") and not pathlib.Path(sqlite_path(url)).exists():
        raise CliError(f"{flag} {value}: no state file {sqlite_path(url)} to mark restored")
    try:
        store = open_store(url)
    except PhiloxdServerError as exc:
        raise CliError(f"{flag} {value}: cannot open the store: {_one_line(str(exc))}") from exc
    try:
        identity = store.mark_restored()
    finally:
        store.close()
    print(f"{url}: marked restored; its new identity is {identity} (clients and servers that saw the old one refuse it)")
    return 0


def _health(args: argparse.Namespace) -> int:
    tls = bool(args.tls or args.ca_file or args.cert_file)
    root = _certificates("--ca-file", args.ca_file) if args.ca_file else None
    cert, key = _private_key("--cert-file", args.cert_file, "--key-file", args.key_file) if args.cert_file else (None, None)
    import grpc
    from grpc_health.v1 import health_pb2, health_pb2_grpc

    if tls:
        channel = grpc.secure_channel(args.target, grpc.ssl_channel_credentials(root, key, cert))
    else:
        channel = grpc.insecure_channel(args.target)
    with channel:
        stub = health_pb2_grpc.HealthStub(channel)
        try:
            response = stub.Check(health_pb2.HealthCheckRequest(service=args.service), timeout=args.timeout)
        except grpc.RpcError as exc:
            code, details = exc.code().name, exc.details() or ""  # type: ignore[attr-defined]
            unreachable = _unreachable(args, code, details)
            raise unreachable or CliError(f"{args.target}: {code}: {_one_line(details)}") from None
    status = health_pb2.HealthCheckResponse.ServingStatus.Name(response.status)
    print(f"{args.target} {args.service or '(server)'}: {status}")
    return 0 if response.status == health_pb2.HealthCheckResponse.SERVING else 1


def _unreachable(args: argparse.Namespace, code: str, details: str) -> CliError | None:
    """The one line of every command that calls a server when none answered at ``--target``
    (nothing listens, the connection broke, TLS on one side only, no answer within ``--timeout``);
    None for an answer the server gave. Each command tries once: it does not wait for a server."""
    from philoxd._transport import _CHANNEL_FAILURE, _GRPC_DEADLINE, _HANDSHAKE, _NOT_RESOLVED, _grpc_reason

    tls = bool(args.tls or args.ca_file or args.cert_file)
    if code == "DEADLINE_EXCEEDED" and _GRPC_DEADLINE.fullmatch(details):
        reason = f"no answer within --timeout {args.timeout:g} s"
    elif code == "UNAVAILABLE" and _CHANNEL_FAILURE.match(details):
        reason = _one_line(_grpc_reason(details))
    else:
        return None
    if not tls and "Socket closed" in details:
        hint = "a TLS server? add --tls, or --ca-file for a self-signed certificate"
    elif tls and "CERTIFICATE_VERIFY_FAILED" in details:
        hint = "a self-signed or private CA? give its certificate with --ca-file"
    elif tls and ("WRONG_VERSION_NUMBER" in details or _HANDSHAKE.search(details)):
        hint = "a plaintext server? leave out --tls"
    elif _NOT_RESOLVED.search(details):
        hint = "is the host name right, and does this machine's DNS know it?"
    else:
        hint = "is `philoxd serve` running there, and is the port right?"
    return CliError(f"no philoxd server answered at {args.target}: {code}: {reason} ({hint})")


def _load_npy(flag: str, value: str) -> object:
    """``np.load`` of the file that ``flag value`` names (``--tensor NAME=NPY``: after the ``=``)."""
    import numpy as np

    with _flag(flag, value, (OSError, ValueError, EOFError)):
        return np.load(value.partition("=")[2] if flag == "--tensor" else value)


def _replay(args: argparse.Namespace) -> int:
    _need_engine()
    import numpy as np

    import philoxd

    text = args.provenance
    if text.startswith("@"):
        with _flag("provenance", text):
            text = pathlib.Path(text[1:]).read_text(encoding="utf-8")
    value = None if args.input is None else _load_npy("--input", args.input)
    tensors = {}
    for item in args.tensor:
        name, sep, path = item.partition("=")
        if not sep or not name:
            raise CliError(f"--tensor {item}: expected NAME=NPY")
        tensors[name] = _load_npy("--tensor", item)
    shown = args.provenance if len(args.provenance) <= 60 else args.provenance[:57] + "..."
    with _flag("provenance", shown):  # json_format.ParseError is a ValueError
        provenance = philoxd.provenance_from_json(text)
    from philoxd_server.service._server import check_parallel_layer

    check_parallel_layer()
    values = philoxd.connect(None).replay(provenance, input=value, tensors=tensors)
    if args.output:
        with _flag("--output", args.output):
            np.save(args.output, values)
    else:
        with np.printoptions(threshold=sys.maxsize, floatmode="unique"):
            print(f"{values.dtype} {list(values.shape)}\n{values}")
    return 0


def _admin_transport(args: argparse.Namespace) -> object:
    """A transport to ``--target`` for the admin calls (no session is opened)."""
    tls = bool(args.tls or args.ca_file or args.cert_file)
    if (args.cert_file is None) != (args.key_file is None):
        raise CliError("--cert-file and --key-file go together")
    for flag, path in (("--ca-file", args.ca_file), ("--cert-file", args.cert_file), ("--key-file", args.key_file)):
        if path:
            _read_file(flag, path)  # one line naming the flag if it cannot be read
    from philoxd._client import CHANNEL_OPTIONS, TOKEN_ENV
    from philoxd._transport import GrpcTransport

    with _flag("--target", args.target, (ValueError,)):
        return GrpcTransport(
            args.target, token=os.environ.get(TOKEN_ENV) or None, tls=tls, ca_file=args.ca_file, cert_file=args.cert_file,
            key_file=args.key_file, timeout=args.timeout, retry_timeout=0.0, options=CHANNEL_OPTIONS,  # once, as `health`
            streams=False,
        )


def _when(unix: float) -> str:
    import time

    ago = max(0.0, time.time() - unix)
    span = f"{ago:.0f} s" if ago < 120 else f"{ago / 60:.0f} min" if ago < 7200 else f"{ago / 3600:.1f} h"
    return f"{time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(unix))} UTC ({span} ago)"


def _seed_text(message: object, field: str = "seed") -> str:
    return getattr(message, field) if message.HasField(field) else "none"  # type: ignore[attr-defined]


def _sessions(args: argparse.Namespace) -> int:
    from philoxd.errors import PhiloxdError

    transport = _admin_transport(args)
    try:
        return _session_action(args, transport)
    except PhiloxdError as exc:
        rpc = exc.rpc_error
        unreachable = None if rpc is None else _unreachable(args, rpc.code().name, rpc.details() or "")  # type: ignore[attr-defined]
        if unreachable is None:
            raise
        raise unreachable from None
    finally:
        transport.close()  # type: ignore[attr-defined]


def _session_action(args: argparse.Namespace, transport: object) -> int:
    """One ``philoxd sessions`` action on ``transport``."""
    from google.protobuf import json_format

    from philoxd.v1 import random_pb2 as pb

    if args.action == "list":
        answer = transport.unary("ListSessions", pb.ListSessionsRequest(prefix=args.prefix, limit=args.limit))  # type: ignore[attr-defined]
        hidden = 0
        if not args.private:  # scripts' private sessions would fill the list: shown on request
            named = [s for s in answer.sessions if not s.session.startswith(_PRIVATE_PREFIX)]
            hidden = len(answer.sessions) - len(named)
            del answer.sessions[:]
            answer.sessions.extend(named)
        if hidden:
            print(f"philoxd sessions list: {hidden} private sessions not shown (--private)", file=sys.stderr)
        if args.json:
            print(json_format.MessageToJson(answer, preserving_proto_field_name=True, always_print_fields_with_no_presence=True))
            return 0
        rows = [("SESSION", "SEED", "OP SEEDS", "KERNELS", "SCOPES", "GENERATORS", "LAST USED")]
        rows += [
            (s.session, _seed_text(s), str(s.op_seed_index), str(s.kernel_count), str(s.scope_count),
             str(s.generator_count), _when(s.last_used_time))
            for s in answer.sessions
        ]  # fmt: skip
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
        for row in rows:
            print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
        if answer.truncated:
            print(f"philoxd sessions list: more sessions match than the {args.limit} listed (--limit, --prefix)", file=sys.stderr)
        return 0
    if args.action == "show":
        answer = transport.unary("GetSession", pb.GetSessionRequest(session=args.session))  # type: ignore[attr-defined]
        if args.json:
            print(json_format.MessageToJson(answer, preserving_proto_field_name=True, always_print_fields_with_no_presence=True))
            return 0
        _print_session(answer)
        return 0
    if args.action == "rm":
        for name in args.session:
            transport.unary("DeleteSession", pb.DeleteSessionRequest(session=name))  # type: ignore[attr-defined]
            print(f"removed {name}")
        return 0
    if args.action == "export":
        data = transport.unary("SnapshotSession", pb.SnapshotSessionRequest(session=args.session)).snapshot  # type: ignore[attr-defined]
        output = args.output or f"{args.session.replace('/', '_')}.snapshot"
        if output == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            _write_atomically("--output", output, data)
            print(f"{args.session}: {len(data)} bytes -> {output}")
        return 0
    return _import(args, transport)


def _import(args: argparse.Namespace, transport: object) -> int:
    from philoxd._codec import new_request_id
    from philoxd.v1 import random_pb2 as pb

    if args.file == "-":
        data = sys.stdin.buffer.read()
    else:
        data = _read_file("FILE", args.file)
    session = args.session
    if session is None:
        from philoxd_server.state._snapshot import decode_snapshot

        with _flag("FILE", args.file, (ValueError,)):
            info, _ = decode_snapshot(data)
        if not info.session:
            raise CliError(f"FILE {args.file}: the snapshot names no session: give --session")
        session = info.session
    request = pb.RestoreSessionRequest(session=session, snapshot=data, request_id=new_request_id(), create_only=not args.replace)
    answer = transport.unary("RestoreSession", request)  # type: ignore[attr-defined]
    print(f"{args.file} -> {session} ({'created' if answer.created else 'replaced'})")
    return 0


def _write_atomically(flag: str, path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename (never a partial file)."""
    target = pathlib.Path(path)
    temporary = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    with _flag(flag, path):
        try:
            with open(temporary, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)


def _print_session(answer: object) -> None:
    s = answer.summary  # type: ignore[attr-defined]
    algs = {1: "philox", 2: "threefry", 3: "auto_select"}
    print(f"session     {s.session}")
    print(f"seed        {_seed_text(s)}")
    print(f"op seeds    {s.op_seed_index} drawn by unseeded ops")
    print(f"threads     {answer.intra_op_threads or 1} (TF intra-op)")  # type: ignore[attr-defined]
    print(f"last used   {_when(s.last_used_time)}")
    print(f"kernels     {len(answer.kernels)}")  # type: ignore[attr-defined]
    for k in answer.kernels:  # type: ignore[attr-defined]
        print(f"  {k.kernel}  key {k.key}  counter {(k.counter_hi << 64) | k.counter_lo}")
    print(f"generators  {len(answer.generators)}")  # type: ignore[attr-defined]
    for g in answer.generators:  # type: ignore[attr-defined]
        st = g.state
        counter = ((st.counter_hi & 0xFFFFFFFFFFFFFFFF) << 64) | (st.counter_lo & 0xFFFFFFFFFFFFFFFF)
        label = f"{g.name} ({g.generator})" if g.name else g.generator
        print(f"  {label}  {algs.get(st.alg or 1, st.alg)}  key {st.key & 0xFFFFFFFFFFFFFFFF}  counter {counter}")
    print(f"scopes      {len(answer.scopes)}")  # type: ignore[attr-defined]
    for c in answer.scopes:  # type: ignore[attr-defined]
        label = f"{c.name} ({c.scope})" if c.name else c.scope
        print(f"  {label}  seed {_seed_text(c)}")


_SHELLS = ("bash", "zsh")
_BASH_COMPLETION = """\
# philoxd completion for bash (and zsh through bashcompinit): made by `philoxd completion`
_philoxd_subs() {
  case "$1" in
%(subs)s
  esac
}
_philoxd_opts() {
  case "$1" in
%(opts)s
  esac
}
_philoxd_choices() {
  case "$1" in
%(choices)s
  esac
}
_philoxd() {
  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" node="" i w words
  for ((i = 1; i < COMP_CWORD; i++)); do  # the (sub)commands typed so far
    w="${COMP_WORDS[i]}"
    case " $(_philoxd_subs "$node") " in *" $w "*) node="${node:+$node }$w" ;; esac
  done
  words="$(_philoxd_choices "$node $prev")"
  if [[ -z $words && $cur == -* ]]; then words="$(_philoxd_opts "$node")"; fi
  if [[ -z $words && $cur != -* ]]; then words="$(_philoxd_subs "$node")"; fi
  if [[ -n $words ]]; then
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
  else
    COMPREPLY=()  # file names (complete -o default)
  fi
}
complete -o default -F _philoxd philoxd
"""


def _completion_table(parser: argparse.ArgumentParser, node: str = "") -> Iterator[tuple[str, list[str], list[str], dict[str, list[str]]]]:
    """(node, subcommands, options, choices by option) of ``parser`` and of each subcommand's parser, depth first."""
    subs: dict[str, argparse.ArgumentParser] = {}
    words: list[str] = []  # positional choices (`completion bash`)
    options: list[str] = []
    choices: dict[str, list[str]] = {}
    for action in parser._actions:  # noqa: SLF001 - argparse keeps them only there
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            subs.update(action.choices)
        elif not action.option_strings and action.choices:
            words += [str(c) for c in action.choices]
        for flag in action.option_strings:
            options.append(flag)
            if action.choices:
                choices[flag] = [str(c) for c in action.choices]
    yield node, [*subs, *words], options, choices
    for name, sub in subs.items():
        yield from _completion_table(sub, f"{node} {name}".strip())


def completion_script(shell: str) -> str:
    """The completion script of ``philoxd`` for ``shell`` (bash, or zsh through its bashcompinit)."""
    subs, opts, choices = [], [], []
    for node, commands, options, by_flag in _completion_table(build_parser()):
        if commands:
            subs.append(f'    "{node}") echo "{" ".join(commands)}" ;;')
        opts.append(f'    "{node}") echo "{" ".join(options)}" ;;')
        choices += [f'    "{node} {flag}") echo "{" ".join(values)}" ;;' for flag, values in by_flag.items()]
    script = _BASH_COMPLETION % {"subs": "\n".join(subs), "opts": "\n".join(opts), "choices": "\n".join(choices)}
    if shell == "zsh":
        script = "#compdef philoxd\nautoload -U +X bashcompinit && bashcompinit\n" + script
    return script


def _completion(args: argparse.Namespace) -> int:
    sys.stdout.write(completion_script(args.shell))
    return 0


def _describe(exc: BaseException) -> str | None:
    """The one line of a user error (CLI, OS, value, server, client or gRPC error); None for a bug."""
    if isinstance(exc, CliError):
        return str(exc)
    if isinstance(exc, OSError):
        return _os_reason(exc)
    known: list[type[BaseException]] = [ValueError]
    for module, name in (("philoxd_server._errors", "PhiloxdServerError"), ("philoxd.errors", "PhiloxdError")):
        if module in sys.modules:  # an error of a module never imported cannot have been raised
            known.append(getattr(sys.modules[module], name))
    grpc = sys.modules.get("grpc")
    if grpc is not None and isinstance(exc, grpc.RpcError) and hasattr(exc, "code"):
        return f"{exc.code().name}: {_one_line(exc.details() or '')}"
    if isinstance(exc, tuple(known)):
        return _one_line(str(exc)) or type(exc).__name__
    return None


def _report(command: str, exc: Exception) -> None:
    """Print ``exc`` as one line (``philoxd serve``: one log line, in the --log-format)."""
    message = _describe(exc)
    if message is None:
        message = (
            f"internal error: {type(exc).__name__}: {_one_line(str(exc))} "
            f"(a bug: `philoxd --debug {command} ...` or {DEBUG_ENV}=1 shows the traceback)"
        )
    if command == "serve":
        logging.getLogger("philoxd.server").error("%s", message)
    else:
        print(f"philoxd {command}: {message}", file=sys.stderr)


def _quiet_grpc() -> None:
    """Keep gRPC's C-core log lines (``E1129 ... Handshake failed``) off the terminal: philoxd
    reports what matters itself. Read when grpc is imported; the user's setting wins."""
    if "grpc" not in sys.modules:
        os.environ.setdefault("GRPC_VERBOSITY", "NONE")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``philoxd`` command.

    Args:
      argv: Arguments without the program name; default ``sys.argv[1:]``.

    Returns:
      The exit code: 0, or 1 after a one-line error (argparse exits 2 itself on bad usage).
      With ``--debug`` or ``PHILOXD_DEBUG=1`` errors propagate with their traceback.
    """
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    commands = _commands(parser)
    if unknown:  # the subcommand's usage, not the top-level one
        commands[args.command].error(f"unrecognized arguments: {' '.join(unknown)}")
    if args.command == "serve":
        if bool(args.tls_cert) != bool(args.tls_key):
            commands["serve"].error("--tls-cert and --tls-key go together")
        if args.tls_client_ca and not args.tls_cert:
            commands["serve"].error("--tls-client-ca needs --tls-cert and --tls-key")
        if args.reset_state and not args.store.startswith("sqlite"):
            commands["serve"].error(f"--reset-state applies to sqlite stores only, not --store {args.store}")
    if args.command == "health" and (args.cert_file is None) != (args.key_file is None):
        commands["health"].error("--cert-file and --key-file go together")
    debug = args.debug or os.environ.get(DEBUG_ENV, "") not in ("", "0")
    if not debug:
        _quiet_grpc()
    if getattr(args, "target", None) is not None:  # checked after _quiet_grpc: the check imports grpc
        from philoxd._transport import check_target  # the client's own rule, one place

        try:
            check_target(args.target)
        except ValueError as exc:  # InvalidArgumentError is a ValueError
            commands[args.command].error(f"--target: {str(exc).removeprefix('connect: ')}")
    run: Callable[[argparse.Namespace], int] = {
        "serve": _serve, "health": _health, "replay": _replay, "sessions": _sessions, "store": _store_command,
        "completion": _completion,
    }[args.command]
    try:
        return run(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the single place errors become one line
        if debug:
            raise
        _report(args.command, exc)
        return 1
