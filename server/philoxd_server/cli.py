"""The ``philoxd`` command line: ``philoxd serve`` runs the server, ``philoxd health`` probes one.

Examples::

    philoxd serve --host 127.0.0.1 --port 50051
    philoxd serve --port 0 --port-file /tmp/philoxd.port --log-level debug
    philoxd serve --host 0.0.0.0 --auth-file tokens.txt --tls-cert cert.pem --tls-key key.pem --metrics-port 9090
    philoxd health --target 127.0.0.1:50051     # exit 0 iff SERVING
    philoxd replay @provenance.json --output draw.npy
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import pathlib
import sys
from collections.abc import Callable, Sequence

__all__ = ["STORES", "build_parser", "main"]

STORES: tuple[str, ...] = ("memory", "sqlite", "redis")  # = philoxd_server.state.STORE_SCHEMES
_STATE_DB = "state.db"
_LOG_LEVELS = ("debug", "info", "warning", "error", "critical")
_DEFAULT_SESSION_TTL_S = 86400.0
_DEFAULT_MAX_ELEMENTS = 2**27  # = philoxd_server.service.DEFAULT_MAX_ELEMENTS (not imported: keeps --help fast)
_DEFAULT_MAX_STREAMS = 64  # = philoxd_server.service.DEFAULT_MAX_STREAMS (likewise)
_DEFAULT_STREAM_IDLE_TIMEOUT_S = 60.0  # = philoxd_server.service.DEFAULT_STREAM_IDLE_TIMEOUT_S (likewise)
_DEFAULT_MAX_BULK = max(2, os.cpu_count() or 2)  # = philoxd_server.service._server.DEFAULT_MAX_BULK (likewise)
_DEFAULT_SEND_TIMEOUT_S = 30.0  # = philoxd_server.service._server.DEFAULT_SEND_TIMEOUT_S (likewise)
_LOG_FORMATS = ("text", "json")  # = philoxd_server._logging.LOG_FORMATS


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


def _store(text: str) -> str:
    scheme = text.split(":", 1)[0]
    if text != "memory" and not (scheme in ("sqlite", "redis", "rediss", "unix") and "://" in text) and text != "sqlite":
        raise argparse.ArgumentTypeError(
            f"unknown store {text!r}; use memory, sqlite (under --state-dir), sqlite:///path/state.db "
            "or redis://host:port/db"
        )
    return text


def default_state_dir() -> pathlib.Path:
    """Per-user data directory: ``$XDG_DATA_HOME/philoxd`` or ``~/.local/share/philoxd``."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return pathlib.Path(base) / "philoxd"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``philoxd`` command (``serve`` and ``health``)."""
    parser = argparse.ArgumentParser(
        prog="philoxd",
        description="philoxd: TensorFlow-exact tf.random streams served over gRPC.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser(
        "serve",
        help="run the gRPC server",
        description=(
            "Run the philoxd gRPC server (philoxd.v1.Random, grpc.health.v1.Health and server "
            "reflection) until SIGTERM/SIGINT, then drain in-flight calls and exit 0; SIGHUP re-reads "
            "--auth-file. Without --auth-file anyone who reaches the port can use every session."
        ),
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (0.0.0.0 or :: for every interface)")
    serve.add_argument(
        "--port", type=_bounded(int, 0, 65535, "--port"), default=50051, help="TCP port to listen on; 0 picks a free port"
    )
    serve.add_argument(
        "--store", type=_store, default="sqlite", metavar="URL",
        help="where sessions, kernels and generators live: sqlite (a durable file under --state-dir), "
        "sqlite:///path/state.db, redis://host:port/db (replicas share it), or memory (lost on restart)",
    )
    serve.add_argument(
        "--state-dir", type=pathlib.Path, default=default_state_dir(), metavar="DIR",
        help=f"directory of the default sqlite store ({_STATE_DB})",
    )
    serve.add_argument(
        "--reset-state", action="store_true",
        help="sqlite stores: if the state file is damaged, move it aside (state.db.damaged-TIME) and start anew, "
        "every stream from its beginning (without this flag a damaged state refuses to start)",
    )
    serve.add_argument(
        "--request-ttl", type=_bounded(float, 0, None, "--request-ttl"), default=3600.0, metavar="SECONDS",
        help="how long a request_id's answer is remembered, so a retried call gets the same numbers",
    )
    serve.add_argument(
        "--session-ttl", type=_bounded(float, 1e-3, None, "--session-ttl"), default=_DEFAULT_SESSION_TTL_S,
        metavar="SECONDS", help="idle seconds after which a session is forgotten",
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
        "process exits at most 3 s later whatever they do)",
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
        "Health and reflection stay open. Default: no authentication",
    )
    guard.add_argument("--tls-cert", metavar="PEM", help="serve TLS with this certificate chain (needs --tls-key)")
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
        "--rate-limit", type=_bounded(float, 0, None, "--rate-limit"), default=0.0, metavar="CALLS_PER_S",
        help="per-principal token bucket (burst = rate); excess calls are RESOURCE_EXHAUSTED; 0 = off",
    )
    serve.add_argument(
        "--metrics-port", type=_bounded(int, 1, 65535, "--metrics-port"), default=None, metavar="PORT",
        help="serve Prometheus metrics at http://HOST:PORT/metrics (HOST: --metrics-host); default: off",
    )
    serve.add_argument(
        "--metrics-host", default=None, metavar="HOST",
        help="address of the metrics endpoint, e.g. 127.0.0.1 to keep it on loopback (default: --host)",
    )

    health = sub.add_parser(
        "health",
        help="check a server's health service (exit 0 iff SERVING)",
        description="Ask a philoxd server's grpc.health.v1 service; exit 0 if SERVING, 1 otherwise.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    health.add_argument("--target", default="127.0.0.1:50051", help="server address host:port")
    health.add_argument("--service", default="", help='service name to check ("" = the whole server)')
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
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
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
    return parser


def _read(path: str) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


def _tls_credentials(args: argparse.Namespace) -> object | None:
    """``grpc.ssl_server_credentials`` from the --tls-* flags, or None for plaintext."""
    if not args.tls_cert:
        return None
    import ssl

    import grpc

    from philoxd_server._errors import InvalidArgument

    # gRPC only says "Failed to bind" for a key that does not match its certificate: check first.
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(args.tls_cert, args.tls_key)
    except ssl.SSLError as exc:
        raise InvalidArgument(
            f"--tls-cert {args.tls_cert} and --tls-key {args.tls_key} are not a PEM certificate chain and its "
            f"private key ({exc.reason or exc})"
        ) from None
    except OSError as exc:
        raise InvalidArgument(f"--tls-cert {args.tls_cert} / --tls-key {args.tls_key}: {exc.strerror or exc}") from None

    root = _read(args.tls_client_ca) if args.tls_client_ca else None
    return grpc.ssl_server_credentials(
        [(_read(args.tls_key), _read(args.tls_cert))], root_certificates=root, require_client_auth=root is not None
    )


def _serve(args: argparse.Namespace) -> int:
    from philoxd_server._logging import configure_logging

    configure_logging(args.log_level, args.log_format)
    from philoxd_server.service import RandomCore
    from philoxd_server.service._guard import AuthTable, GuardInterceptor
    from philoxd_server.service._metrics import Metrics, MetricsInterceptor
    from philoxd_server.service._server import serve, tune_process
    from philoxd_server.state import open_store, sqlite_path

    from philoxd_server._errors import FailedPrecondition, PhiloxdServerError

    log = logging.getLogger("philoxd.server")
    tune_process()
    try:
        auth = AuthTable(args.auth_file) if args.auth_file else None
        credentials = _tls_credentials(args)
    except (OSError, PhiloxdServerError) as exc:
        log.error("%s", exc)
        return 1

    url = f"sqlite://{(args.state_dir / _STATE_DB).resolve()}" if args.store == "sqlite" else args.store
    try:
        store = open_store(url, session_ttl=args.session_ttl, request_ttl=args.request_ttl)
    except FailedPrecondition as exc:
        if not (args.reset_state and url.startswith("sqlite://")):
            log.error("cannot open store %s: %s", url, exc)
            return 1
        from philoxd_server.state._sqlite import set_aside

        aside = set_aside(sqlite_path(url))
        log.warning("--reset-state: %s; moved the damaged state to %s, starting anew", exc, aside)
        try:
            store = open_store(url, session_ttl=args.session_ttl, request_ttl=args.request_ttl)
        except PhiloxdServerError as again:
            log.error("cannot open store %s: %s", url, again)
            return 1
    except PhiloxdServerError as exc:
        log.error("cannot open store %s: %s", url, exc)
        return 1
    logging.getLogger("philoxd.server").info("store: %s", url)
    core = RandomCore(store, max_elements=args.max_elements, max_sessions=args.max_sessions)
    metrics = Metrics(store) if args.metrics_port else None
    interceptors = [MetricsInterceptor(metrics)] if metrics else []
    interceptors.append(GuardInterceptor(auth, args.rate_limit))
    # The ~130k objects of the imports (numba, numpy, grpc) never die: keep them out of every
    # later garbage collection (a full collection took 36 ms with them, ~0 ms without).
    gc.collect()
    gc.freeze()
    try:
        return serve(
            core, args.host, args.port, args.max_workers, grace=args.grace, port_file=args.port_file,
            interceptors=interceptors, credentials=credentials, auth=auth,  # type: ignore[arg-type]
            metrics=metrics, metrics_port=args.metrics_port, max_streams=args.max_streams,
            max_bulk=args.max_bulk, send_timeout=args.send_timeout, metrics_host=args.metrics_host,
            stream_idle_timeout=args.stream_idle_timeout,
        )
    except OSError as exc:
        logging.getLogger("philoxd.server").error("%s", exc)
        return 1


def _health(args: argparse.Namespace) -> int:
    import grpc
    from grpc_health.v1 import health_pb2, health_pb2_grpc

    if (args.cert_file is None) != (args.key_file is None):
        print("philoxd health: --cert-file and --key-file go together", file=sys.stderr)
        return 2
    if args.tls or args.ca_file or args.cert_file:
        def read(path: str | None) -> bytes | None:
            return None if path is None else pathlib.Path(path).read_bytes()

        credentials = grpc.ssl_channel_credentials(read(args.ca_file), read(args.key_file), read(args.cert_file))
        channel = grpc.secure_channel(args.target, credentials)
    else:
        channel = grpc.insecure_channel(args.target)
    with channel:
        stub = health_pb2_grpc.HealthStub(channel)
        try:
            response = stub.Check(health_pb2.HealthCheckRequest(service=args.service), timeout=args.timeout)
        except grpc.RpcError as exc:
            print(f"{args.target}: {exc.code().name}: {exc.details()}", file=sys.stderr)  # type: ignore[attr-defined]
            return 1
    status = health_pb2.HealthCheckResponse.ServingStatus.Name(response.status)
    print(f"{args.target} {args.service or '(server)'}: {status}")
    return 0 if response.status == health_pb2.HealthCheckResponse.SERVING else 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``philoxd`` command.

    Args:
      argv: Arguments without the program name; default ``sys.argv[1:]``.

    Returns:
      The exit code (argparse exits 2 itself on bad usage).
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "serve":
        if bool(args.tls_cert) != bool(args.tls_key):
            parser.error("--tls-cert and --tls-key go together")
        if args.tls_client_ca and not args.tls_cert:
            parser.error("--tls-client-ca needs --tls-cert and --tls-key")
        if args.reset_state and not args.store.startswith("sqlite"):
            parser.error(f"--reset-state applies to sqlite stores only, not --store {args.store}")
        return _serve(args)
    if args.command == "replay":
        return _replay(args)
    return _health(args)


def _replay(args: argparse.Namespace) -> int:
    import numpy as np

    import philoxd

    text = args.provenance
    if text.startswith("@"):
        text = pathlib.Path(text[1:]).read_text(encoding="utf-8")
    value = None if args.input is None else np.load(args.input)
    try:
        tensors = {}
        for item in args.tensor:
            name, sep, path = item.partition("=")
            if not sep or not name:
                raise ValueError(f"--tensor {item!r}: expected NAME=NPY")
            tensors[name] = np.load(path)
        provenance = philoxd.provenance_from_json(text)
        values = philoxd.connect(None).replay(provenance, input=value, tensors=tensors)
    except (philoxd.errors.PhiloxdError, ValueError, OSError) as exc:  # json_format.ParseError is a ValueError
        print(f"philoxd replay: {exc}", file=sys.stderr)
        return 1
    if args.output:
        np.save(args.output, values)
    else:
        with np.printoptions(threshold=sys.maxsize, floatmode="unique"):
            print(f"{values.dtype} {list(values.shape)}\n{values}")
    return 0
