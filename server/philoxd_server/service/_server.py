"""The gRPC server process: ``philoxd.v1.Random`` + health + reflection, with graceful drain.

:func:`build_server` wires a :class:`RandomCore` into a synchronous ``grpc.server``;
:func:`serve` runs it until SIGTERM/SIGINT, then reports NOT_SERVING, drains
in-flight calls for ``grace`` seconds and returns 0.
"""

from __future__ import annotations

import ctypes
import ipaddress
import logging
import math
import os
import pathlib
import signal
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Iterator, Sequence
from types import FrameType
from typing import Any

import grpc
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection
from grpc_reflection.v1alpha import reflection_pb2 as reflection_v1alpha_pb2

from philoxd.v1 import random_pb2 as pb
from philoxd_server._errors import FailedPrecondition, PhiloxdServerError
from philoxd_server._logging import STOP_FLUSH_S, dropped_lines, flush_logs, log_limited, unlogged
from philoxd_server.service._core import RandomCore
from philoxd_server.service._guard import AuthTable, MethodWrapper
from philoxd_server.service._metrics import Metrics
from philoxd_server.service._servicer import DEFAULT_MAX_STREAMS, DEFAULT_STREAM_IDLE_TIMEOUT_S, RandomServicer, request_parser

__all__ = [
    "CHUNK_HEAP_BYTES",
    "DEFAULT_GRACE_S",
    "DEFAULT_HOST",
    "DEFAULT_MAX_STREAMS",
    "DEFAULT_MAX_WORKERS",
    "DEFAULT_PORT",
    "DEFAULT_STREAM_IDLE_TIMEOUT_S",
    "LIBGOMP_MESSAGE",
    "SERVICE_NAME",
    "STATUS_SIGNALS",
    "STORE_PROBE_INTERVAL_S",
    "StoreHealth",
    "build_server",
    "check_parallel_layer",
    "serve",
    "tune_process",
    "warm_up",
]

log = logging.getLogger("philoxd.server")

SERVICE_NAME: str = pb.DESCRIPTOR.services_by_name["Random"].full_name  # "philoxd.v1.Random"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 50051
# Handler threads share one GIL: more threads than about two per core only add GIL hand-offs
# (measured with 8 client processes on 2 cores: 4 threads 2,868 calls/s, 16 threads 2,182).
DEFAULT_MAX_WORKERS = 2 * (os.cpu_count() or 2)
DEFAULT_GRACE_S = 8.0  # under Docker's default 10 s stop timeout
# Bulk streams (Draw, Replay) at once: a budget apart from the unary calls', so large draws
# never take the threads that small calls need.
DEFAULT_MAX_BULK = max(2, (os.cpu_count() or 2))
DEFAULT_SEND_TIMEOUT_S = 30.0  # a client that takes no response message for this long is cancelled
_POOL_SPARE_THREADS = 4  # health, reflection and refused calls never wait behind the budgets
_STOP_MARGIN_S = 3.0  # after the grace, calls are cancelled; the process exits this much later at most
# Should the process still be there after the margin (a handler thread stuck in a computation, a
# log pipe nobody reads), a watchdog thread flushes what it can (STOP_FLUSH_S) and ends it: exit
# at most grace + _STOP_MARGIN_S + 2 * STOP_FLUSH_S after the stop request. Should even that thread
# not run (a kernel holding the interpreter lock), SIGALRM's default action ends it this much later.
_ALARM_MARGIN_S = 2.0
_MAX_ALARM_S = 2**31 - 1 - 10  # alarm(2) takes an unsigned int; Python's signal.alarm a C int
# Signals whose default action would end the process without a drain: handled (USR1, USR2 log a
# status line) or ignored (PIPE: a closed socket or log pipe is an error of that write, not the end).
STATUS_SIGNALS = (signal.SIGUSR1, signal.SIGUSR2)
STORE_PROBE_INTERVAL_S = 2.0  # health re-checks the store this often (the image's HEALTHCHECK asks every 5 s)


def _address(host: str, port: int) -> str:
    if ":" in host and not host.startswith("["):
        return f"[{host}]:{port}"  # bare IPv6 literal
    return f"{host}:{port}"


def _is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    name = host.strip("[]")
    if name.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False  # a host name: assume reachable from elsewhere


# Requests carry shuffle values / categorical logits inline: allow 64 MiB (responses
# stream in 3 MiB chunks, so only requests need this).
MAX_REQUEST_BYTES = 64 << 20


def _serialize(message: Any) -> bytes:
    """Response serializer: messages are serialized, pre-serialized chunks pass through."""
    return message if isinstance(message, bytes) else message.SerializeToString()


_HANDLER_KINDS = {  # (client streaming, server streaming) -> handler factory
    (False, False): grpc.unary_unary_rpc_method_handler,
    (False, True): grpc.unary_stream_rpc_method_handler,
    (True, True): grpc.stream_stream_rpc_method_handler,
}


class SendWatchdog:
    """Cancels a call whose client has not taken a response message for ``timeout`` seconds.

    gRPC's synchronous server sends one message at a time and waits, holding the handler's
    thread, until the client's flow-control window takes it: a client that stops reading
    would hold that thread (and its slot) for ever. Each watched stream notes when its
    pending send began (two attribute writes per message); a thread scans them every
    ``timeout / 4`` seconds and cancels the overdue ones, which ends their sends.
    """

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._sending: dict[int, list[Any]] = {}  # id -> [send start or None, context, method]
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def watch(self, method: str, responses: Iterator[Any], context: grpc.ServicerContext) -> Iterator[Any]:
        """``responses``, each one's send watched."""
        entry: list[Any] = [None, context, method]
        with self._lock:
            self._sending[id(entry)] = entry
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="philoxd-send-watchdog", daemon=True)
                self._thread.start()
        clock = time.monotonic
        try:
            for response in responses:
                entry[0] = clock()
                yield response  # resumed once gRPC has handed the message to the client's window
                entry[0] = None
        finally:
            with self._lock:
                del self._sending[id(entry)]
            close = getattr(responses, "close", None)
            if close is not None:
                close()  # ends the handler's generator now (its slot, its access line), not at collection

    def _run(self) -> None:
        while True:
            time.sleep(self.timeout / 4)
            now = time.monotonic()
            with self._lock:
                overdue = [e for e in self._sending.values() if e[0] is not None and now - e[0] > self.timeout]
            for entry in overdue:
                entry[0] = None
                log_limited(log, "send-timeout", f"{entry[2]}: cancelled a call whose client took no message for "
                            f"{self.timeout:g} s (--send-timeout)")
                entry[1].cancel()


def _limited(method: str, behaviour: Any, kind: tuple[bool, bool], slots: threading.BoundedSemaphore,
             bulk: threading.BoundedSemaphore, max_bulk: int, watchdog: SendWatchdog) -> Any:
    """``behaviour`` under its budget: a unary call holds one of ``slots`` (waiting for one);
    a bulk stream (``Draw``, ``Replay``) one of ``bulk`` (UNAVAILABLE at once when all are
    busy: the client retries with backoff), so bulk work never takes the unary calls' threads;
    streamed responses are watched by ``watchdog``."""
    client_streaming, server_streaming = kind
    if client_streaming:  # DrawStream: a slot of its own (--max-streams), taken by the servicer

        def stream_stream(requests: Any, context: grpc.ServicerContext) -> Iterator[Any]:
            return watchdog.watch(method, behaviour(requests, context), context)

        return stream_stream
    if server_streaming:

        def unary_stream(request: Any, context: grpc.ServicerContext) -> Iterator[Any]:
            if not bulk.acquire(blocking=False):
                context.abort(
                    grpc.StatusCode.UNAVAILABLE,
                    f"{method}: all {max_bulk} bulk-draw slots are busy (--max-bulk); retry with backoff",
                )
            try:
                yield from watchdog.watch(method, behaviour(request, context), context)
            finally:
                bulk.release()

        return unary_stream

    def unary(request: Any, context: grpc.ServicerContext) -> Any:
        with slots:
            return behaviour(request, context)

    return unary


def random_service_handler(
    servicer: RandomServicer,
    wrappers: Sequence[MethodWrapper] = (),
    max_calls: int = DEFAULT_MAX_WORKERS,
    max_bulk: int = DEFAULT_MAX_BULK,
    send_timeout: float = DEFAULT_SEND_TIMEOUT_S,
) -> grpc.GenericRpcHandler:
    """``philoxd.v1.Random``'s handlers, built from the service descriptor.

    Same as the generated ``add_RandomServicer_to_server``, except that streamed
    responses may be pre-serialized bytes (``Draw``/``Replay`` chunks are encoded
    straight from the array, without a protobuf pass per chunk), that requests that do
    not parse are ``INVALID_ARGUMENT``, that calls run under budgets (at most ``max_calls``
    unary calls and ``max_bulk`` bulk streams at once, see :func:`_limited`), that a
    client which takes no response for ``send_timeout`` seconds is cancelled, and that
    each handler is wrapped by ``wrappers`` (outermost first) here, once.
    """
    service = pb.DESCRIPTOR.services_by_name["Random"]
    slots, bulk = threading.BoundedSemaphore(max_calls), threading.BoundedSemaphore(max_bulk)
    watchdog = SendWatchdog(send_timeout)
    handlers = {}
    for method in service.methods:
        request_type = message_factory.GetMessageClass(method.input_type)
        kind = method.client_streaming, method.server_streaming
        behaviour = _limited(method.name, getattr(servicer, method.name), kind, slots, bulk, max_bulk, watchdog)
        parse = request_parser(method.name, request_type)  # malformed bytes: INVALID_ARGUMENT, not INTERNAL
        handler = _HANDLER_KINDS[kind](behaviour, request_deserializer=parse, response_serializer=_serialize)
        for wrapper in reversed(wrappers):
            handler = wrapper.wrap(f"/{service.full_name}/{method.name}", handler)
        handlers[method.name] = handler
    return grpc.method_handlers_generic_handler(service.full_name, handlers)


def build_server(
    core: RandomCore,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    max_workers: int = DEFAULT_MAX_WORKERS,
    *,
    interceptors: Sequence[MethodWrapper] = (),
    credentials: grpc.ServerCredentials | None = None,
    max_streams: int = DEFAULT_MAX_STREAMS,
    stream_idle_timeout: float = DEFAULT_STREAM_IDLE_TIMEOUT_S,
    max_bulk: int = DEFAULT_MAX_BULK,
    send_timeout: float = DEFAULT_SEND_TIMEOUT_S,
) -> tuple[grpc.Server, int, health.HealthServicer, RandomServicer]:
    """Create (but do not start) the gRPC server for ``core``.

    The server carries ``philoxd.v1.Random``, the standard health service (every
    service NOT_SERVING until :func:`serve` marks it SERVING) and server reflection.
    Message size limits are gRPC's defaults (4 MiB); draws stream in smaller chunks.

    Args:
      core: The request flow the servicer calls.
      host: Address to listen on (IPv4, IPv6 literal or host name).
      port: TCP port; 0 picks a free one.
      max_workers: Unary calls handled at once.
      interceptors: Metrics and guard, outermost first: wrapped around the
        ``philoxd.v1.Random`` handlers once, here (see ``MethodWrapper``), not run by
        gRPC per call.
      credentials: TLS credentials (``grpc.ssl_server_credentials``); None = plaintext.
      max_streams: ``DrawStream`` calls open at once; each holds a thread of the pool
        (which has ``max_workers + max_bulk + max_streams`` threads and a few spare) while open.
      stream_idle_timeout: Seconds without a draw after which a stream is ended (when
        another stream opens).
      max_bulk: ``Draw``/``Replay`` streams at once (``UNAVAILABLE`` beyond).
      send_timeout: Seconds a client may take no response message before its call is cancelled.

    Returns:
      ``(server, bound_port, health_servicer, servicer)``.

    Raises:
      OSError: The address cannot be bound.
    """
    threads = max_workers + max_bulk + max_streams + _POOL_SPARE_THREADS
    executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="philoxd-rpc")
    options = [("grpc.so_reuseport", 0), ("grpc.max_receive_message_length", MAX_REQUEST_BYTES)]
    server = grpc.server(executor, options=options)
    servicer = RandomServicer(core, max_streams, stream_idle_timeout)
    server.add_generic_rpc_handlers((random_service_handler(servicer, interceptors, max_workers, max_bulk, send_timeout),))
    health_servicer = health.HealthServicer()
    for name in ("", SERVICE_NAME):
        health_servicer.set(name, health_pb2.HealthCheckResponse.NOT_SERVING)
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    _add_reflection(server)
    address = _address(host, port)
    try:
        bound = server.add_secure_port(address, credentials) if credentials else server.add_insecure_port(address)
    except RuntimeError:  # grpc >= 1.5x raises instead of returning 0
        bound = 0
    if not bound:
        executor.shutdown(wait=False)
        raise OSError(f"cannot listen on {address} (--host/--port): {_bind_failure(host, port)}")
    return server, bound, health_servicer, servicer


REFLECTION_V1_SERVICE = "grpc.reflection.v1.ServerReflection"
_REFLECTION_V1_FILE = "grpc/reflection/v1/reflection.proto"


def _add_reflection(server: grpc.Server) -> None:
    """Serve server reflection as ``grpc.reflection.v1`` and ``v1alpha``.

    grpcio-reflection implements only v1alpha. The v1 protocol is the same messages (same
    fields and numbers) in another package, so v1alpha's servicer answers v1 calls too: its
    handler is registered under the v1 service name, and v1's file descriptor (v1alpha's,
    renamed) is added to the descriptor pool so that reflection can describe v1 as well.
    """
    _register_reflection_v1_file()
    names = (
        SERVICE_NAME,
        health_pb2.DESCRIPTOR.services_by_name["Health"].full_name,
        REFLECTION_V1_SERVICE,
        reflection.SERVICE_NAME,
    )
    servicer = reflection.ReflectionServicer(service_names=names)
    handler = grpc.stream_stream_rpc_method_handler(
        servicer.ServerReflectionInfo,
        request_deserializer=reflection_v1alpha_pb2.ServerReflectionRequest.FromString,
        response_serializer=reflection_v1alpha_pb2.ServerReflectionResponse.SerializeToString,
    )
    server.add_generic_rpc_handlers(
        tuple(
            grpc.method_handlers_generic_handler(service, {"ServerReflectionInfo": handler})
            for service in (REFLECTION_V1_SERVICE, reflection.SERVICE_NAME)
        )
    )


def _register_reflection_v1_file() -> None:
    """Add ``grpc/reflection/v1/reflection.proto`` to the default descriptor pool, made from
    v1alpha's descriptor (once per process; kept if something else registered it)."""
    pool = descriptor_pool.Default()
    try:
        pool.FindFileByName(_REFLECTION_V1_FILE)
        return
    except KeyError:
        pass
    proto = descriptor_pb2.FileDescriptorProto()
    reflection_v1alpha_pb2.DESCRIPTOR.CopyToProto(proto)
    old, new = f".{proto.package}.", ".grpc.reflection.v1."
    proto.name, proto.package = _REFLECTION_V1_FILE, "grpc.reflection.v1"
    proto.ClearField("options")  # v1alpha's language options name v1alpha packages

    def rename(messages: Any) -> None:
        for message in messages:
            for field in message.field:
                if field.type_name.startswith(old):
                    field.type_name = new + field.type_name[len(old) :]
            rename(message.nested_type)

    rename(proto.message_type)
    for service in proto.service:
        for method in service.method:
            method.input_type = new + method.input_type[len(old) :]
            method.output_type = new + method.output_type[len(old) :]
    pool.AddSerializedFile(proto.SerializeToString())


def _bind_failure(host: str, port: int) -> str:
    """Why ``host:port`` cannot be bound, in the OS's words (gRPC only says "Failed to bind")."""
    import socket

    try:
        found = socket.getaddrinfo(host.strip("[]") or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except OSError as exc:
        return f"cannot resolve {host!r} ({exc.strerror or exc})"
    for family, kind, proto, _, sockaddr in found:
        with socket.socket(family, kind, proto) as sock:
            try:
                sock.bind(sockaddr)
            except OSError as exc:
                return exc.strerror or str(exc)
    return "gRPC could not bind it (GRPC_VERBOSITY=debug shows why)"


LIBGOMP_MESSAGE = (
    "philoxd needs the OpenMP runtime libgomp (Debian/Ubuntu: apt install libgomp1; Fedora: dnf install libgomp)"
)


def check_parallel_layer() -> None:
    """Load Numba's parallel threading layer now, so a missing OpenMP runtime stops the start-up.

    The engine asks for Numba's ``threadsafe`` layer (see ``engine._philox``): TBB if
    installed, else OpenMP, whose runtime is the system's ``libgomp``. Without either,
    Numba only fails at the first large (parallel) draw, with a hint to install TBB.
    Call after :func:`tune_process` (libgomp reads ``OMP_WAIT_POLICY`` when it loads).

    Raises:
      FailedPrecondition: No parallel layer loads; the message is :data:`LIBGOMP_MESSAGE`.
    """
    import philoxd_server.engine._philox  # noqa: F401 - sets numba.config.THREADING_LAYER first
    from numba.np.ufunc import parallel

    try:
        parallel._launch_threads()  # what the first parallel kernel launch does; a no-op once loaded
    except (ImportError, OSError, ValueError) as exc:  # ValueError: "No threading layer could be loaded"
        raise FailedPrecondition(LIBGOMP_MESSAGE) from exc


# glibc malloc serves blocks from this size up with a fresh mmap and unmaps them on free, so
# every 3 MiB chunk buffer of a large draw would start as page faults (measured: encoding
# 64 MiB took 19 ms, 2.3 ms with chunk buffers kept in the heap). Above this, big arrays are
# still mapped and returned to the OS when freed.
CHUNK_HEAP_BYTES = 32 << 20
_HEAP_KEEP_BYTES = 128 << 20  # free heap memory kept for reuse before trimming it back to the OS
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # <malloc.h> mallopt parameters


def tune_process() -> None:
    """Process-wide settings for ``philoxd serve`` (each left alone if its variable is set).

    * ``OMP_WAIT_POLICY=PASSIVE``: libgomp's default spins idle worker threads after
      each parallel region, taking a core from gRPC's I/O threads while a large draw
      is generated chunk by chunk (measured on 2 cores: a 64 MiB draw at 0.62x the
      bare server's byte rate spinning, 0.79x passive). Must be set before the first
      parallel kernel loads libgomp.
    * glibc ``mallopt``: draw-chunk-sized buffers stay in the heap (see
      :data:`CHUNK_HEAP_BYTES`); skipped when ``MALLOC_MMAP_THRESHOLD_`` is set or
      the C library is not glibc.
    """
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    if os.environ.get("MALLOC_MMAP_THRESHOLD_") is not None:
        return
    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return
    mallopt(_M_MMAP_THRESHOLD, CHUNK_HEAP_BYTES)
    mallopt(_M_TRIM_THRESHOLD, _HEAP_KEEP_BYTES)


def _write_port_file(path: str | os.PathLike[str], port: int) -> None:
    """Write ``port`` atomically, so a poller never reads a partial file."""
    target = pathlib.Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".port-", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "w") as fh:
            fh.write(f"{port}\n")
        os.replace(tmp, target)
    except BaseException:
        pathlib.Path(tmp).unlink(missing_ok=True)
        raise


class StoreHealth:
    """Keeps the health service's status in step with the store: SERVING only while it can reserve.

    A thread probes the store every ``interval`` seconds until ``stop`` is set
    (:meth:`RandomCore.probe_store`: it answers, and a write commits: not full, not read-only,
    its file not removed); each change is logged once, naming the cause. After
    ``enter_graceful_shutdown`` the health servicer ignores new statuses, so a draining server
    stays NOT_SERVING whatever the store does.
    """

    def __init__(self, core: RandomCore, health_servicer: health.HealthServicer, stop: threading.Event,
                 interval: float = STORE_PROBE_INTERVAL_S) -> None:
        self._core = core
        self._health = health_servicer
        self._stop = stop
        self._interval = interval
        self._serving: bool | None = None
        self._thread = threading.Thread(target=self._loop, name="philoxd-store-health", daemon=True)

    def check(self) -> bool:
        """Probe the store once and set the health status from the answer; return it."""
        try:
            self._core.probe_store()
            ok, reason = True, ""
        except PhiloxdServerError as exc:
            ok, reason = False, str(exc)
        except Exception as exc:  # noqa: BLE001 - a bug, but health must not stay SERVING
            log.exception("store health probe failed")
            ok, reason = False, f"{type(exc).__name__}: {exc}"
        if ok != self._serving:
            status = health_pb2.HealthCheckResponse.SERVING if ok else health_pb2.HealthCheckResponse.NOT_SERVING
            for name in ("", SERVICE_NAME):
                self._health.set(name, status)
            if ok and self._serving is not None:
                log.warning("store can reserve again: health SERVING")
            elif not ok:
                log.error("store cannot reserve: health NOT_SERVING until it can (%s)", reason)
            self._serving = ok
        return ok

    def start(self) -> None:
        """Check once now, then every ``interval`` seconds in the background."""
        self.check()
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.wait(self._interval):
            self.check()


def _warm_up_calls(r: Any) -> list[tuple[str, Any]]:
    """The first call of every op, as a client makes it with TF's defaults (see :func:`warm_up`)."""
    import numpy as np

    seed = [1, 2]
    logits = np.zeros((2, 3), np.float32)
    ids = np.array([[1, 2]], np.int64)
    return [
        ("uniform", lambda: r.uniform([4])),
        ("uniform int32", lambda: r.uniform([4], maxval=9, dtype=np.int32)),
        ("uniform int64", lambda: r.uniform([4], maxval=9, dtype=np.int64)),
        ("normal", lambda: r.normal([4])),
        ("truncated_normal", lambda: r.truncated_normal([4])),
        ("shuffle", lambda: r.shuffle(np.arange(4))),
        ("categorical", lambda: r.categorical(logits, 4)),
        ("gamma", lambda: r.gamma([4], alpha=2.0)),
        ("poisson", lambda: r.poisson([4], lam=2.0)),
        ("stateless_uniform", lambda: r.stateless_uniform([4], seed=seed)),
        ("stateless_uniform int32", lambda: r.stateless_uniform([4], seed=seed, minval=0, maxval=9, dtype=np.int32)),
        ("stateless_normal", lambda: r.stateless_normal([4], seed=seed)),
        ("stateless_truncated_normal", lambda: r.stateless_truncated_normal([4], seed=seed)),
        ("stateless_categorical", lambda: r.stateless_categorical(logits, 4, seed=seed)),
        ("stateless_gamma", lambda: r.stateless_gamma([4], seed=seed, alpha=2.0)),
        ("stateless_poisson", lambda: r.stateless_poisson([4], seed=seed, lam=2.0)),
        ("stateless_binomial", lambda: r.stateless_binomial([4], seed=seed, counts=5.0, probs=0.5)),
        ("stateless_parameterized_truncated_normal", lambda: r.stateless_parameterized_truncated_normal([4], seed=seed)),
        ("stateless_shuffle", lambda: r.experimental.stateless_shuffle(np.arange(4), seed=seed)),
        ("index_shuffle", lambda: r.experimental.index_shuffle(np.arange(4), seed=seed, max_index=9)),
        ("Generator", lambda: [r.Generator.from_seed(1).uniform([4]), r.Generator.from_seed(1).normal([4]),
                              r.Generator.from_seed(1).binomial([4], counts=5.0, probs=0.5)]),
        ("uniform_candidate_sampler", lambda: r.uniform_candidate_sampler(ids, 2, 3, True, 10)),
        ("log_uniform_candidate_sampler", lambda: r.log_uniform_candidate_sampler(ids, 2, 3, True, 10)),
        ("learned_unigram_candidate_sampler", lambda: r.learned_unigram_candidate_sampler(ids, 2, 3, True, 10)),
        ("fixed_unigram_candidate_sampler", lambda: r.fixed_unigram_candidate_sampler(ids, 2, 3, True, 10, unigrams=[1.0] * 10)),
        ("all_candidate_sampler", lambda: r.all_candidate_sampler(ids, 2, 3, True)),
    ]


def warm_up(stop: threading.Event | None = None) -> float:
    """Compile (or load from Numba's on-disk cache) the kernel of every op's first call; return the seconds taken.

    A kernel compiles at its first use, 1-5 s each on a fresh machine (about 30 s for all of them, once:
    Numba caches them on disk, ``NUMBA_CACHE_DIR`` or the package's ``__pycache__``; loading them from
    there takes well under a second). :func:`serve` calls this before it says SERVING, so no client's
    first call pays for it. The calls run in-process on a throwaway memory store; a set ``stop``
    (a stop request while warming) ends the warm-up at the next call.
    """
    import philoxd  # in-process mode: the engine of this process, the servicer path a client's call takes

    started = time.perf_counter()
    with unlogged():  # clients' calls during the warm-up are logged as usual
        with philoxd.connect(None) as client:
            r = client.random
            r.set_seed(1)
            for name, call in _warm_up_calls(r):
                if stop is not None and stop.is_set():
                    break
                try:
                    call()
                except Exception:  # noqa: BLE001 - a kernel that did not compile here compiles at its first call
                    log.warning("warm-up: the first %s call failed; it compiles at its first real call", name, exc_info=True)
    return time.perf_counter() - started


def _arm_exit(grace: float) -> None:
    """End the process ``grace`` + a few seconds from now, whatever its threads are doing.

    A daemon thread waits out the drain (``grace`` + ``_STOP_MARGIN_S``) and the normal exit
    (``STOP_FLUSH_S``: interpreter exit joins gRPC's worker threads, which a computation in
    flight can hold), then logs, flushes the log for ``STOP_FLUSH_S`` at most and exits 0.
    ``SIGALRM`` (default action: end the process) backs it up, should the thread never get the
    interpreter lock.
    """
    limit = grace + _STOP_MARGIN_S + STOP_FLUSH_S
    if not limit < _MAX_ALARM_S:  # an endless (or NaN) --grace: wait as told
        return
    started = time.monotonic()

    def watchdog() -> None:
        time.sleep(limit)
        log.error("still running %.1f s after the stop request (grace %.1f s): exiting now",
                  time.monotonic() - started, grace)
        flush_logs()
        os._exit(0)

    threading.Thread(target=watchdog, name="philoxd-exit", daemon=True).start()
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    signal.alarm(math.ceil(limit + STOP_FLUSH_S + _ALARM_MARGIN_S))


def serve(
    core: RandomCore,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    max_workers: int = DEFAULT_MAX_WORKERS,
    *,
    grace: float = DEFAULT_GRACE_S,
    port_file: str | os.PathLike[str] | None = None,
    stop_event: threading.Event | None = None,
    interceptors: Sequence[MethodWrapper] = (),
    credentials: grpc.ServerCredentials | None = None,
    auth: AuthTable | None = None,
    metrics: Metrics | None = None,
    metrics_port: int | None = None,
    max_streams: int = DEFAULT_MAX_STREAMS,
    stream_idle_timeout: float = DEFAULT_STREAM_IDLE_TIMEOUT_S,
    max_bulk: int = DEFAULT_MAX_BULK,
    send_timeout: float = DEFAULT_SEND_TIMEOUT_S,
    metrics_host: str | None = None,
) -> int:
    """Run the server until SIGTERM/SIGINT (or ``stop_event``), then drain and stop.

    The health service says SERVING while the store answers (:class:`StoreHealth`),
    NOT_SERVING while it does not. On a stop request it turns NOT_SERVING for good, new calls are
    refused and in-flight calls get ``grace`` seconds to finish, then are cancelled; a
    process whose calls still have not ended a few seconds later exits all the same. After
    a stop signal the process ends (status 0) within ``grace`` + 5 s, whatever its threads
    do, also if the caller goes on after this returns. A second signal cancels the calls
    and exits the process at once with status ``128 + signal``. SIGUSR1 and SIGUSR2 log a
    status line; SIGPIPE is ignored.

    Args:
      core: The request flow the servicer calls.
      host: Address to listen on.
      port: TCP port; 0 picks a free one.
      max_workers: Size of the thread pool handling calls.
      grace: Seconds in-flight calls may take to finish once stopping.
      port_file: If given, the bound port is written there once SERVING.
      stop_event: Set it to stop the server (signal handlers are only installed
        when running in the main thread).
      interceptors: Passed to :func:`build_server` (the guard, metrics).
      credentials: TLS credentials; None = plaintext.
      auth: The guard's token table: re-read on SIGHUP. None = open server.
      metrics: Exported over HTTP on ``metrics_port`` (same host) when both are given.
      metrics_port: Port of the ``/metrics`` endpoint.
      max_streams: ``DrawStream`` calls open at once (see :func:`build_server`).
      stream_idle_timeout: See :func:`build_server`.
      max_bulk: See :func:`build_server`.
      send_timeout: See :func:`build_server`.
      metrics_host: Address of the ``/metrics`` endpoint (default: ``host``).

    Returns:
      The process exit code: 0 after a clean drain.

    Raises:
      OSError: The address (or the metrics endpoint's) cannot be bound; the message names the flags.
    """
    stop = stop_event or threading.Event()
    server, bound, health_servicer, servicer = build_server(
        core, host, port, max_workers, interceptors=interceptors, credentials=credentials, max_streams=max_streams,
        stream_idle_timeout=stream_idle_timeout, max_bulk=max_bulk, send_timeout=send_timeout,
    )
    signals_seen = 0

    def on_signal(signum: int, frame: FrameType | None) -> None:
        nonlocal signals_seen
        signals_seen += 1
        if signals_seen == 1:
            log.info("received %s: draining (grace %.1f s)", signal.Signals(signum).name, grace)
            stop.set()
        else:
            log.warning("received %s again: cancelling in-flight calls and exiting now", signal.Signals(signum).name)
            server.stop(0)
            flush_logs()
            os._exit(128 + signum)  # don't wait for handler threads still computing

    def on_hangup(signum: int, frame: FrameType | None) -> None:
        if auth is None:
            log.info("received SIGHUP: no --auth-file to re-read")
            return
        try:
            auth.reload()
        except (OSError, ValueError) as exc:
            log.error("received SIGHUP: cannot re-read %s, keeping the previous tokens: %s", auth.path, exc)

    def on_status(signum: int, frame: FrameType | None) -> None:
        log_limited(log, "status-signal", f"received {signal.Signals(signum).name}: serving on {_address(host, bound)}, "
                    f"{servicer.open_streams} draw stream(s) open, {dropped_lines()} log line(s) dropped "
                    "(SIGTERM/SIGINT stop the server, SIGHUP re-reads --auth-file)")

    previous: dict[int, object] = {}
    signal_handlers = threading.current_thread() is threading.main_thread()
    if signal_handlers:
        for signum in (signal.SIGTERM, signal.SIGINT):
            previous[signum] = signal.signal(signum, on_signal)
        previous[signal.SIGHUP] = signal.signal(signal.SIGHUP, on_hangup)
        for signum in STATUS_SIGNALS:
            previous[signum] = signal.signal(signum, on_status)
        previous[signal.SIGPIPE] = signal.signal(signal.SIGPIPE, signal.SIG_IGN)  # Python's default too
    try:
        started = time.perf_counter()
        if metrics is not None and metrics_port is not None:
            where = host if metrics_host is None else metrics_host
            try:
                metrics.start_http(metrics_port, where)
            except OSError as exc:
                raise OSError(
                    f"cannot serve metrics on {_address(where, metrics_port)} (--metrics-port/--metrics-host): "
                    f"{exc.strerror or exc}"
                ) from exc
        server.start()  # NOT_SERVING (and no port file) until the kernels are warm: no first call waits for them
        log.info("warmed the kernels of every op in %.0f ms", warm_up(stop) * 1e3)
        StoreHealth(core, health_servicer, stop).start()
        if not _is_loopback(host) and auth is None:
            log.warning(
                "listening on %s beyond loopback WITHOUT authentication (--auth-file)%s: anyone who can "
                "reach this port can read and advance every session",
                _address(host, bound),
                "" if credentials else " or TLS",
            )
        if port_file is not None:
            _write_port_file(port_file, bound)
        log.info(
            "philoxd serving %s on %s (workers=%d, max_streams=%d, max_elements=%d, max_sessions=%s, tls=%s, auth=%s) in %.0f ms",
            SERVICE_NAME,
            _address(host, bound),
            max_workers,
            max_streams,
            core.max_elements,
            core.max_sessions or "unlimited",
            "on" if credentials else "off",
            "on" if auth else "off",
            (time.perf_counter() - started) * 1e3,
        )
        while not stop.wait(1.0):
            pass
        if signal_handlers and signals_seen:  # stopped by a signal to the process: make sure it ends
            _arm_exit(grace)
        health_servicer.enter_graceful_shutdown()
        started = time.perf_counter()
        # Streams wait for their next request: end the idle ones now, the busy ones after their draw.
        streams = servicer.drain_streams()
        if not server.stop(grace).wait(grace + _STOP_MARGIN_S):
            # gRPC cancelled the calls at the end of the grace, but some handler has not returned.
            log.error("calls still running %.0f s after the stop request (grace %.1f s): exiting anyway",
                      time.perf_counter() - started, grace)
            if signal_handlers:  # the whole process is ours: its worker threads would block exit
                flush_logs()
                os._exit(0)
            return 0
        log.info("stopped after draining for %.0f ms (%d draw stream(s) ended)", (time.perf_counter() - started) * 1e3, streams)
        return 0
    finally:
        server.stop(0)
        if metrics is not None:
            metrics.stop_http()
        for signum, handler in previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]
