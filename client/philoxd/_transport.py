"""How requests reach a servicer: in this process, or over a gRPC channel."""

from __future__ import annotations

import math
import os
import queue
import random
import re
import sys
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NamedTuple, NoReturn, Protocol

import grpc
import numpy as np

try:  # gRPC's Cython core: a call whose events only its caller polls (see _DirectDrawStream)
    from grpc._cython import cygrpc as _cygrpc
except ImportError:  # pragma: no cover - every grpcio wheel has it
    _cygrpc = None

from philoxd import _codec, errors
from philoxd.v1 import random_pb2 as pb
from philoxd.v1 import random_pb2_grpc as pb_grpc

__all__ = [
    "CLIENT_GENERATION_MIN_BYTES",
    "DEFAULT_CONNECT_TIMEOUT_S",
    "DEFAULT_RETRY_TIMEOUT_S",
    "GENERATE_MODES",
    "ClientGeneration",
    "GeneratingGrpcTransport",
    "GrpcTransport",
    "InProcessTransport",
    "Prepared",
    "Transport",
    "check_target",
    "estimated_bytes",
    "fits_one_message",
]

DEFAULT_RETRY_TIMEOUT_S = 15.0  # keep retrying UNAVAILABLE this long (same request_id: no double draw)
DEFAULT_CONNECT_TIMEOUT_S = 5.0  # connect(): the most it waits for a server that never answered
_RETRY_BASE_S = 0.05
_RETRY_MAX_S = 2.0
_LAST_TRY_S = 0.02  # a retry needs this long before the end of its budget
_MAX_REQUEST_BYTES = 64 << 20  # the server accepts requests (shuffle values, logits) up to 64 MiB
# After a DrawStream that could not be opened (no free stream slot, an older server, refused
# credentials), this thread's small draws use unary DrawOne calls this long before trying again.
STREAM_RETRY_AFTER_S = 10.0
_STATUS_BY_NUMBER = {code.value[0]: code for code in grpc.StatusCode}


def _status_code(number: int) -> grpc.StatusCode:
    """The ``grpc.StatusCode`` of a status number (google.rpc.Code); UNKNOWN for any other."""
    return _STATUS_BY_NUMBER.get(number, grpc.StatusCode.UNKNOWN)


def _read(path: str, argument: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise errors.InvalidArgumentError(f"connect: argument `{argument}`={path!r}: {exc.strerror or exc}") from None


# -- targets ---------------------------------------------------------------------------------
# gRPC accepts any string as a target and only fails at the first call, after its retries, with
# "errors resolving ...": a malformed one is refused here at once, naming what is wrong.

_TARGET_FORMS = "use host:port, e.g. 127.0.0.1:50051 (also [::1]:50051, dns:///host:port, unix:/path)"
# The name resolvers of grpcio (Python cannot register others); gRPC reads anything else as a host name.
_SCHEMES = frozenset({"dns", "ipv4", "ipv6", "unix", "unix-abstract", "vsock", "xds", "google-c2p"})
_URL_SCHEMES = frozenset({"http", "https", "grpc", "grpcs", "tcp"})
_HOST_PORT = re.compile(r"(?:\[(?P<v6>[0-9A-Za-z:.%]+)\]|(?P<host>[A-Za-z0-9_.-]+))(?::(?P<port>[^:]*))?")


def _bad_target(target: str, reason: str) -> errors.InvalidArgumentError:
    return errors.InvalidArgumentError(f"connect: target {target!r} is not a gRPC address ({reason}): {_TARGET_FORMS}")


def _check_host_port(target: str, endpoint: str) -> None:
    match = _HOST_PORT.fullmatch(endpoint)
    if match is None:
        if endpoint.count(":") > 1 and not endpoint.startswith("["):
            raise _bad_target(target, "an IPv6 address goes in brackets: [::1]:50051")
        raise _bad_target(target, "not host:port")
    port = match.group("port")
    if port is None:  # gRPC would dial 443 without a word; philoxd servers listen on 50051 by default
        raise _bad_target(target, "no port: gRPC would silently dial 443")
    if not (port.isdigit() and 0 < int(port) < 65536):
        raise _bad_target(target, f"port {port!r} is not a number from 1 to 65535" if port else "no port after ':'")


def check_target(target: object) -> str:
    """``target`` if it is a gRPC address philoxd can dial, else :class:`~philoxd.errors.InvalidArgumentError`
    (saying what is wrong and which forms work)."""
    if not isinstance(target, str):
        raise errors.InvalidArgumentError(f"connect: target must be a string like '127.0.0.1:50051', got {target!r}")
    if not target or any(c.isspace() for c in target):
        raise _bad_target(target, "empty" if not target else "it contains white space")
    scheme, colon, rest = target.partition(":")
    scheme_like = bool(colon) and re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*", scheme) is not None
    if scheme_like and rest.startswith("//"):  # scheme://authority/endpoint
        if scheme.lower() in _URL_SCHEMES:
            raise _bad_target(target, f"gRPC targets are not {scheme}:// URLs")
        if scheme not in _SCHEMES:
            raise _bad_target(target, f"unknown scheme {scheme!r}")
        if scheme == "dns":
            authority, _, endpoint = rest[2:].partition("/")
            if authority:
                raise _bad_target(target, "grpcio's resolver takes no DNS server authority: dns:///host:port")
            _check_host_port(target, endpoint)
        return target
    if scheme_like and scheme in _SCHEMES:  # unix:path, ipv4:addr:port,..., dns:host:port
        if scheme == "dns":
            _check_host_port(target, rest)
        return target
    _check_host_port(target, target)
    return target


# How gRPC's own messages begin when the channel failed (nothing answered, or the connection
# broke), as opposed to an UNAVAILABLE status a philoxd server sent (its store is down, it is
# draining), whose message may well say "Connection refused" about its store.
_CHANNEL_FAILURE = re.compile(
    r"(failed to connect to all addresses|connections to all backends failing|errors resolving|"
    r"DNS resolution failed|empty address list|Socket closed|Connection reset|recvmsg|Broken pipe|"
    r"GOAWAY|Handshake failed|ipv[46]:|unix:)",
    re.IGNORECASE,
)
# gRPC's resolver refusing the target itself (what check_target lets through and gRPC does not take).
_MALFORMED = re.compile(
    r"(errors resolving|Illegal status code from resolver).*(Misformatted domain name|Failed to parse port|"
    r"Cannot parse authority|unparseable)",
    re.IGNORECASE | re.DOTALL,
)
_NOT_RESOLVED = re.compile(r"Domain name not found|DNS resolution failed|not known|NXDOMAIN|Could not resolve", re.IGNORECASE)
# gRPC's own deadline messages ("Deadline Exceeded", "Stream removed (Deadline Exceeded)"), not a server's status.
_GRPC_DEADLINE = re.compile(r"(Stream removed \()?Deadline Exceeded\)?")
_SAME_LIMIT_S = 1e-3  # a call's budget within this of `timeout`: that timeout was the bound
_HANDSHAKE = re.compile(r"Handshake failed|ssl|tls|certificate", re.IGNORECASE)


def _grpc_reason(details: str) -> str:
    """The useful end of gRPC's message (``...; last error: UNKNOWN: ipv4:...: Connection refused``)."""
    reason = details.rsplit("last error: ", 1)[-1]
    return reason if len(reason) <= 200 else reason[:197] + "..."


class Transport(Protocol):
    """Sends one request of the ``philoxd.v1.Random`` service."""

    def unary(self, method: str, request: Any, within: float | None = None) -> Any:
        """Call a unary method (at most ``within`` seconds, retries included, where that
        applies); raise a :class:`philoxd.errors.PhiloxdError` on failure."""
        ...

    def draw(self, request: pb.DrawRequest) -> tuple[np.ndarray, pb.Provenance]:
        """Call ``Draw`` and assemble its chunks into one array."""
        ...

    def replay(self, request: pb.ReplayRequest) -> np.ndarray:
        """Call ``Replay`` and assemble its chunks."""
        ...

    def sample(self, request: pb.DrawRequest) -> tuple[tuple[np.ndarray, ...], pb.Provenance]:
        """Call ``Sample``: its outputs as arrays, and the provenance."""
        ...

    def prepare(self, template: pb.DrawRequest) -> Any:
        """``template`` made ready for :meth:`draw_prepared`, or None (then use :meth:`draw`)."""
        ...

    def draw_prepared(self, prepared: Any, session: str, request_id: str) -> tuple[np.ndarray, pb.Provenance]:
        """:meth:`draw` of a prepared template with this session and request id."""
        ...

    def close(self) -> None:
        """Release resources."""
        ...


_MAX_ITEMSIZE = 8  # bytes per element of the widest dtype


def fits_one_message(request: pb.DrawRequest) -> bool:
    """Whether the result surely fits one ``DrawOne`` answer (estimated from the request)."""
    return estimated_bytes(request) <= _codec.CHUNK_BYTES


def estimated_bytes(request: pb.DrawRequest) -> int:
    """An upper bound of a draw's result size in bytes, estimated from the request."""
    elements = 1
    for dim in request.shape:
        elements *= max(dim, 1)
    if request.HasField("input"):
        elements = max(elements, len(request.input.data), (request.input.shape[0] if request.input.shape else 1) * max(request.num_samples, 1))
    for tensor in request.tensors.values():  # parameters (alpha, lam, ...) may add dimensions
        elements *= max(1, len(tensor.data))
    return elements * _MAX_ITEMSIZE


class _Abort(Exception):
    def __init__(self, code: grpc.StatusCode, details: str, python_class: str = "") -> None:
        super().__init__(details)
        self.code, self.details, self.python_class = code, details, python_class

    def error(self) -> errors.PhiloxdError:
        return errors.from_status(self.code, self.details, self.python_class)


class _InProcessContext(threading.local):
    """The part of ``grpc.ServicerContext`` the servicer uses, without a socket (per thread)."""

    python_class = ""
    in_process = True  # the servicer skips request fingerprints: this client's ids are never reused

    def set_trailing_metadata(self, metadata: Sequence[tuple[str, str]]) -> None:
        self.python_class = errors.python_class_of(metadata)

    def abort(self, code: grpc.StatusCode, details: str) -> None:
        python_class, self.python_class = self.python_class, ""
        raise _Abort(code, details, python_class)

    def invocation_metadata(self) -> Sequence[tuple[str, str]]:
        return ()

    def peer(self) -> str:
        return "in-process"

    def time_remaining(self) -> float | None:
        return None

    def is_active(self) -> bool:
        return True


class InProcessTransport:
    """Calls a servicer object directly: same code path as the server, no network."""

    def __init__(self, servicer: Any) -> None:
        self._servicer = servicer
        self._context = _InProcessContext()

    def unary(self, method: str, request: Any, within: float | None = None) -> Any:
        try:
            return getattr(self._servicer, method)(request, self._context)
        except _Abort as exc:
            raise exc.error() from None

    def call(self, method: Any, *args: Any) -> Any:
        """``method(*args, context)``, a servicer method outside the RPCs; its errors as an RPC's."""
        try:
            return method(*args, self._context)
        except _Abort as exc:
            raise exc.error() from None

    def draw(self, request: pb.DrawRequest) -> tuple[np.ndarray, pb.Provenance]:
        try:
            values, provenance = self._servicer.draw_array(request, self._context)
            return values, provenance
        except _Abort as exc:
            raise exc.error() from None

    def sample(self, request: pb.DrawRequest) -> tuple[tuple[np.ndarray, ...], pb.Provenance]:
        try:
            outputs, provenance = self._servicer.sample_arrays(request, self._context)
            return outputs, provenance
        except _Abort as exc:
            raise exc.error() from None

    def prepare(self, template: pb.DrawRequest) -> None:
        return None  # in-process, draw() costs no more

    def draw_prepared(self, prepared: Any, session: str, request_id: str) -> tuple[np.ndarray, pb.Provenance]:
        raise NotImplementedError("prepare() returns None in-process")

    def replay(self, request: pb.ReplayRequest) -> np.ndarray:
        try:
            return self._servicer.replay_array(request, self._context)  # type: ignore[no-any-return]
        except _Abort as exc:
            raise exc.error() from None

    def close(self) -> None:
        pass


# Every GrpcTransport of this process: a forked child marks them, and each connects anew at
# its next call (see GrpcTransport._after_fork). What the child inherited stays referenced here.
_TRANSPORTS: weakref.WeakSet[GrpcTransport] = weakref.WeakSet()
_TRANSPORTS_LOCK = threading.Lock()
_INHERITED: list[Any] = []


def _mark_forked() -> None:
    for transport in list(_TRANSPORTS):
        transport._forked = True


os.register_at_fork(after_in_child=_mark_forked)


class Prepared(NamedTuple):
    """A draw request template made ready by :meth:`GrpcTransport.prepare`."""

    template: pb.DrawRequest  # without session and request id
    wire: bytes  # its serialization
    dtype: np.dtype  # of the answer (little-endian)
    shape: tuple[int, ...]  # of the answer
    nbytes: int  # of the answer's data


def _request_wire(template_wire: bytes, session: str, request_id: str) -> bytes:
    """A serialized ``DrawRequest``: ``template_wire`` (one without session and request id)
    behind those two fields (protobuf reads fields in any order)."""
    return _codec.wire_string(1, session) + _codec.wire_string(2, request_id) + template_wire


# Distributions whose answer has the request's dtype and shape (what prepare() relies on).
_SAME_SHAPE = frozenset({pb.UNIFORM, pb.UNIFORM_FULL_INT, pb.NORMAL, pb.TRUNCATED_NORMAL})


class _DrawStatus(grpc.RpcError):
    """A draw's failure on a ``DrawStream`` (in-band): the status a unary call would have ended with."""

    def __init__(self, code: grpc.StatusCode, details: str, python_class: str = "") -> None:
        super().__init__(f"{code.name}: {details}")
        self._code, self._details, self._python_class = code, details, python_class

    def code(self) -> grpc.StatusCode:
        return self._code

    def details(self) -> str:
        return self._details

    def trailing_metadata(self) -> tuple[tuple[str, str], ...]:
        return ((errors.PYTHON_CLASS_KEY, self._python_class),) if self._python_class else ()


_DRAW_STREAM_METHOD = "/philoxd.v1.Random/DrawStream"
# Tags of a direct stream's operation batches (see _DirectDrawStream).
_OPENED, _HEADERS, _STATUS, _DRAW = "opened", "headers", "status", "draw"


class _CallEvents:
    """A direct stream's gRPC call, and the tags of its batches that have not completed.

    ``lost`` is set when an exception (Ctrl-C) interrupted the bookkeeping of an event:
    ``pending`` may then name a batch whose event was taken, so the call is never polled
    again (waiting for that event would hang). It is only cancelled, and its completion
    queue stays allocated until the process ends: a few hundred bytes per interruption.
    """

    __slots__ = ("call", "code", "details", "lost", "pending")

    def __init__(self, call: Any, pending: set[str]) -> None:
        self.call, self.pending = call, pending
        self.code: grpc.StatusCode | None = None  # the call's status, once it arrived
        self.details = ""
        self.lost = False

    def next(self) -> Any:
        """The next completed batch (blocks; gRPC lets signals such as Ctrl-C through)."""
        try:
            event = self.call.next_event()
            self.pending.discard(event.tag)
            if event.tag == _STATUS:
                status = event.batch_operations[0]
                details = status.details()
                self.code = _status_code(int(status.code()))
                self.details = details.decode("utf-8", "replace") if isinstance(details, bytes) else str(details)
        except BaseException:
            self.lost = True
            raise
        return event

    def finish(self) -> None:
        """Wait until every batch completed: the call's queue is freed with the last one."""
        while self.pending and not self.lost:
            self.next()

    def cancel(self) -> None:
        """Cancel the call (thread-safe in gRPC); its pending batches then complete."""
        self.call.cancel(_cygrpc.StatusCode.cancelled, "DrawStream closed by the client")


def _cancel_call(events: _CallEvents) -> None:
    """End ``events``' call and collect its last events (nobody else polls them any more)."""
    if events.pending:
        events.cancel()
        events.finish()


class _DirectDrawStream:
    """One thread's ``DrawStream`` call, driven by that thread alone.

    gRPC's public stream API reads requests on a thread of its own and hands replies over
    from the channel's polling thread: three threads per message, which on a busy host
    cost more CPU than the draw. This call is a *segregated* one (its own completion
    queue, the way gRPC's single-threaded unary-stream calls work): ``send`` starts one
    batch that sends the request and receives the reply, and waits for it itself.

    Only the owning thread polls the call. ``close`` (or garbage collection, when the
    thread ended) cancels it and collects its last events; :meth:`cancel` only cancels
    (safe from any thread: the owner sees the end at its next draw).
    """

    def __init__(self, channel: grpc.Channel, metadata: Sequence[tuple[str, str]]) -> None:
        assert _cygrpc is not None
        metadata = tuple(metadata)
        batches = (
            ((_cygrpc.SendInitialMetadataOperation(metadata, 0),), _OPENED),
            ((_cygrpc.ReceiveStatusOnClientOperation(0),), _STATUS),
            ((_cygrpc.ReceiveInitialMetadataOperation(0),), _HEADERS),
        )
        call = channel._channel.segregated_call(  # type: ignore[attr-defined]
            _cygrpc.PropagationConstants.GRPC_PROPAGATE_DEFAULTS,
            _DRAW_STREAM_METHOD.encode(),
            None,  # host
            None,  # deadline: a stream has none (draws with a timeout go unary)
            metadata,
            None,  # call credentials
            batches,
            _cygrpc.build_census_context(),
            None,  # registered call handle
        )
        self._events = _CallEvents(call, {_OPENED, _STATUS, _HEADERS})
        self.answered = False  # has this stream answered a draw yet?
        self._ended = weakref.finalize(self, _cancel_call, self._events)
        self._ended.atexit = False  # at exit the connection just goes

    def send(self, request: bytes) -> pb.DrawReply:
        """The reply to a serialized ``DrawRequest``; ``grpc.RpcError`` or ``StopIteration`` if
        the stream ended."""
        events = self._events
        try:
            started = not events.lost and _STATUS in events.pending and events.call.operate(
                (_cygrpc.SendMessageOperation(request, 0), _cygrpc.ReceiveMessageOperation(0)), _DRAW
            )
        except ValueError:  # gRPC refused the batch (a call error): give the call up, unpolled
            events.lost = True
            events.cancel()
            raise StopIteration from None
        if not started:
            self._ended_stream()
        events.pending.add(_DRAW)
        while True:
            event = events.next()
            if event.tag == _DRAW:
                break
        reply = event.batch_operations[1].message() if event.success else None
        if reply is None:
            self._ended_stream()
        self.answered = True
        return pb.DrawReply.FromString(reply)

    def _ended_stream(self) -> NoReturn:
        """Raise the end of the stream: its status as ``grpc.RpcError``, or ``StopIteration`` (OK)."""
        self._events.finish()
        code = self._events.code
        if code is None or code == grpc.StatusCode.OK:
            raise StopIteration
        raise _DrawStatus(code, self._events.details)

    def cancel(self) -> None:
        """Cancel the call (from any thread); its owner collects the last events."""
        if self._ended.alive:
            self._events.cancel()

    def close(self) -> None:
        self._ended()

    def abandon(self) -> None:
        """Forget the call without cancelling it (a forked child must not touch it)."""
        self._ended.detach()


class _ThreadedDrawStream:
    """One thread's ``DrawStream`` call through gRPC's public stream API (when the direct one
    cannot be had): it sends a request and waits for its reply.

    gRPC reads the requests from a queue on a thread of its own; ``None`` ends them. The
    call is cancelled when this object is closed or garbage-collected (its thread ended).
    """

    def __init__(self, call: grpc.StreamStreamMultiCallable, metadata: Sequence[tuple[str, str]]) -> None:
        self._requests: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._replies = call(_until_none(self._requests), metadata=metadata)
        self.answered = False  # has this stream answered a draw yet?
        self._ended = weakref.finalize(self, _end_stream, self._requests, self._replies)

    def send(self, request: bytes) -> pb.DrawReply:
        """The reply to a serialized ``DrawRequest``; ``grpc.RpcError`` or ``StopIteration`` if
        the stream ended. Messages cross to gRPC's threads as bytes (see ``GrpcTransport.prepare``)."""
        self._requests.put(request)
        reply = pb.DrawReply.FromString(next(self._replies))
        self.answered = True
        return reply

    def cancel(self) -> None:
        self._ended()

    def close(self) -> None:
        self._ended()

    def abandon(self) -> None:
        """Forget the call without cancelling it (a forked child must not touch it)."""
        self._ended.detach()


_DrawStream = _DirectDrawStream | _ThreadedDrawStream


def _until_none(requests: queue.SimpleQueue[bytes | None]) -> Iterator[bytes]:
    while (request := requests.get()) is not None:
        yield request


def _end_stream(requests: queue.SimpleQueue[bytes | None], replies: Any) -> None:
    requests.put(None)  # ends gRPC's request thread
    replies.cancel()


class GrpcTransport:
    """A gRPC channel to ``philoxd serve``; retries UNAVAILABLE with backoff and the same request.

    Small draws (one message, no ``timeout``) travel on a ``DrawStream`` per calling
    thread, which costs the server about half of a unary call and, driven by that thread
    alone (:class:`_DirectDrawStream`), costs the client about half of one too; when no
    stream can be had they fall back to unary ``DrawOne`` calls, with the same request.
    ``streams=False`` sends every small draw unary; ``direct_streams=False`` keeps the
    streams on gRPC's public API (its helper threads), as when grpcio's internals differ
    (default: direct unless the environment sets ``PHILOXD_DIRECT_STREAMS=0``).
    """

    def __init__(
        self,
        target: str,
        *,
        token: str | None = None,
        tls: bool = False,
        ca_file: str | None = None,
        cert_file: str | None = None,
        key_file: str | None = None,
        timeout: float | None = None,
        retry_timeout: float = DEFAULT_RETRY_TIMEOUT_S,
        options: Sequence[tuple[str, Any]] = (),
        streams: bool = True,
        direct_streams: bool | None = None,
    ) -> None:
        opts = [
            ("grpc.enable_retries", 0),  # philoxd retries UNAVAILABLE itself, with the same request_id
            ("grpc.max_send_message_length", _MAX_REQUEST_BYTES),
            ("grpc.lb_policy_name", "round_robin"),  # dns:///name spreads calls over every replica
            *options,
        ]
        check_target(target)
        if timeout is not None and not timeout > 0:
            raise errors.InvalidArgumentError(f"connect: argument `timeout`={timeout!r} must be a number of seconds > 0, or None")
        if (cert_file is None) != (key_file is None):
            raise errors.InvalidArgumentError("connect: cert_file and key_file go together (mutual TLS)")
        credentials = None
        if tls or cert_file:
            root, key, chain = (
                _read(path, name) if path else None
                for path, name in ((ca_file, "ca_file"), (key_file, "key_file"), (cert_file, "cert_file"))
            )
            credentials = grpc.ssl_channel_credentials(root, private_key=key, certificate_chain=chain)
        self._target, self._options, self._credentials = target, opts, credentials
        self._answered = False  # has a server answered a call of this transport yet?
        self._metadata = (("authorization", f"Bearer {token}"),) if token else ()
        self._timeout = timeout
        self._retry_timeout = retry_timeout
        # Per-thread DrawStream calls (see _DrawStream); none with a timeout, which a stream cannot apply per draw.
        self._streams = streams and timeout is None
        self._open_streams_lock = threading.Lock()
        if direct_streams is None:
            direct_streams = os.environ.get("PHILOXD_DIRECT_STREAMS", "1") != "0"
        self._direct_streams = direct_streams
        self._connect()
        with _TRANSPORTS_LOCK:
            _TRANSPORTS.add(self)

    def _connect(self) -> None:
        """A new channel, its stubs and no streams."""
        if self._credentials is not None:
            self._channel = grpc.secure_channel(self._target, self._credentials, options=self._options)
        else:
            self._channel = grpc.insecure_channel(self._target, options=self._options)
        self._stub = pb_grpc.RandomStub(self._channel)
        # Draw/Replay streams arrive as wire bytes: join_chunks copies each chunk's data
        # once, straight from them, instead of a protobuf parse plus a bytes copy per chunk.
        self._draw_stream = self._channel.unary_stream(
            "/philoxd.v1.Random/Draw", request_serializer=pb.DrawRequest.SerializeToString, response_deserializer=None
        )
        self._replay_stream = self._channel.unary_stream(
            "/philoxd.v1.Random/Replay", request_serializer=pb.ReplayRequest.SerializeToString, response_deserializer=None
        )
        self._draw_stream_call = self._channel.stream_stream(  # bytes both ways: see _ThreadedDrawStream.send
            _DRAW_STREAM_METHOD, request_serializer=None, response_deserializer=None
        )
        self._direct = self._direct_streams and _cygrpc is not None and hasattr(self._channel, "_channel")
        self._local = threading.local()
        self._open_streams: weakref.WeakSet[_DrawStream] = weakref.WeakSet()
        self._forked = False

    def _after_fork(self) -> None:
        """In a forked child: never touch the parent's channel or streams again (their gRPC threads
        and locks stayed in the parent; even cancelling them can hang), and connect anew."""
        self._open_streams_lock = threading.Lock()  # a parent thread may have held the old one at fork()
        streams = list(self._open_streams)
        for stream in streams:
            stream.abandon()
        _INHERITED.append((self._channel, self._local, streams))  # kept: never closed, never collected here
        self._connect()

    def _deadline(self, within: float | None = None) -> float | None:
        """The monotonic time a call starting now must end by: its ``timeout``, and ``within`` (None: none)."""
        limits = [s for s in (self._timeout, within) if s is not None]
        return time.monotonic() + min(limits) if limits else None

    def _call(self, fn: Any, deadline: float | None = None, method: str = "call") -> Any:
        """``fn(left)``, with ``left`` the seconds until ``deadline`` (None: no deadline).

        UNAVAILABLE is retried with backoff (same request, so the server answers it once) for
        ``retry_timeout`` seconds, and never past ``deadline``: the call as a whole, retries
        included, ends by then. Failures raise :class:`~philoxd.errors.PhiloxdError`.
        """
        start = time.monotonic()
        retry_until = start + self._retry_timeout
        if deadline is not None:
            retry_until = min(retry_until, deadline)
        attempt = 0
        while True:
            left = None if deadline is None else deadline - time.monotonic()
            try:
                if left is not None and left <= 0:
                    raise _DrawStatus(grpc.StatusCode.DEADLINE_EXCEEDED, "Deadline Exceeded")
                result = fn(left)
                self._answered = True
                return result
            except grpc.RpcError as exc:
                code = exc.code() if hasattr(exc, "code") else None
                details = (exc.details() if hasattr(exc, "details") else None) or str(exc)
                delay = min(_RETRY_MAX_S, _RETRY_BASE_S * 2**attempt) * (0.5 + random.random() / 2)
                malformed = code in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.INTERNAL) and _MALFORMED.match(details)
                # the last try just before retry_until: a server that came up by then is found
                delay = min(delay, retry_until - time.monotonic() - _LAST_TRY_S)
                if code == grpc.StatusCode.UNAVAILABLE and not malformed and delay > 0:
                    attempt += 1
                    time.sleep(delay)  # same request, same request_id: the server answers it once
                    continue
                python_class = errors.python_class_of(exc.trailing_metadata()) if hasattr(exc, "trailing_metadata") else ""
                budget = None if deadline is None else deadline - start
                error = self._error(code, details, python_class, time.monotonic() - start, method, budget)
                error.rpc_error = exc  # the gRPC error, kept out of the traceback (no "During handling of ...")
                raise error from None

    def _error(
        self, code: grpc.StatusCode | None, details: str, python_class: str, waited: float, method: str, budget: float | None = None
    ) -> errors.PhiloxdError:
        """The error of a failed call: a server's own status as it is; a failure of the channel
        (nothing answered, or not in time) naming the target and what to check; a deadline naming
        the call and the limit (``budget``: the seconds the call had, retries included)."""
        target = self._target
        tried = f"tried for {waited:.1f} s" if waited >= 0.05 else "at once"
        if code in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.INTERNAL) and _MALFORMED.match(details):
            return _bad_target(target, f"gRPC: {_grpc_reason(details)}")
        if code == grpc.StatusCode.UNAVAILABLE and _CHANNEL_FAILURE.match(details):
            reason = _grpc_reason(details)
            if _NOT_RESOLVED.search(details):
                check = "is the host name right, and does this machine's DNS know it?"
            elif _HANDSHAKE.search(details):
                check = ("the TLS handshake failed: is the server a TLS one (connect(tls=True)) or a plaintext "
                         "one (tls=False), and do ca_file / cert_file / key_file match it?")
            elif self._answered:
                check = "is it still running? (A longer retry_timeout rides out restarts.)"
            else:
                check = "is `philoxd serve` running there, and is the port right?"
            if self._answered:
                return errors.UnavailableError(f"the philoxd server at {target} stopped answering ({tried}): {check} [gRPC: {reason}]")
            return errors.UnavailableError(f"no philoxd server answered at {target} ({tried}): {check} [gRPC: {reason}]")
        if code == grpc.StatusCode.DEADLINE_EXCEEDED and _GRPC_DEADLINE.fullmatch(details):  # gRPC's own, not a server's
            spent = waited if budget is None else budget
            if self._timeout is not None and spent <= self._timeout + _SAME_LIMIT_S:
                limit = f"timeout={self._timeout:g} s"  # connect(timeout=...): every call's bound
            elif method == "OpenSession":
                limit = f"connect_timeout={spent:g} s"
            else:
                limit = f"{spent:.1f} s"
            call = "connect() (its OpenSession call)" if method == "OpenSession" else f"the {method} call"
            if not self._answered:
                return errors.DeadlineExceededError(
                    f"no philoxd server answered at {target}: {call} did not finish within {limit}: is `philoxd serve` "
                    f"running there, is the port right, does a firewall let the connection through, and is {limit} enough?"
                )
            return errors.DeadlineExceededError(f"{call} to the philoxd server at {target} did not finish within {limit}")
        return errors.from_status(code, details or str(code), python_class)

    def unary(self, method: str, request: Any, within: float | None = None) -> Any:
        """Call ``method``; the whole call, retries included, takes at most ``timeout`` and ``within`` seconds."""
        if self._forked:
            self._after_fork()
        rpc = getattr(self._stub, method)
        return self._call(lambda left: rpc(request, timeout=left, metadata=self._metadata), self._deadline(within), method)

    def draw(self, request: pb.DrawRequest) -> tuple[np.ndarray, pb.Provenance]:
        if self._forked:
            self._after_fork()
        return self._draw(request, self._streams)

    def sample(self, request: pb.DrawRequest) -> tuple[tuple[np.ndarray, ...], pb.Provenance]:
        response = self.unary("Sample", request)
        return tuple(_codec.decode_tensor(t) for t in response.outputs), response.provenance

    def _draw(self, request: pb.DrawRequest, stream: bool) -> tuple[np.ndarray, pb.Provenance]:
        deadline = self._deadline()  # one for both tries below
        if fits_one_message(request):

            def one(left: float | None) -> pb.DrawChunk:  # on this thread's DrawStream, else one unary call
                chunk = self._streamed(request) if stream else None  # (streams only without a timeout)
                if chunk is None:
                    chunk = self._stub.DrawOne(request, timeout=left, metadata=self._metadata)
                return chunk

            try:  # retried like every call: an in-band UNAVAILABLE as an out-of-band one
                return _codec.decode_chunk(self._call(one, deadline, "Draw"))
            except errors.OutOfRangeError:
                pass  # larger than estimated: the same request_id on Draw returns the same draw

        def once(left: float | None) -> tuple[np.ndarray, pb.Provenance]:
            stream: Iterator[bytes] = self._draw_stream(request, timeout=left, metadata=self._metadata)
            return _codec.join_chunks(stream)

        return self._call(once, deadline, "Draw")  # type: ignore[no-any-return]

    def _streamed(self, request: pb.DrawRequest) -> pb.DrawChunk | None:
        """``DrawOne``'s answer over this thread's stream; None if there is no working stream."""
        return self._stream_reply(request.request_id, request.SerializeToString())

    def _stream_reply(self, request_id: str, wire: bytes) -> pb.DrawChunk | None:
        """The answer to the serialized request ``wire`` on this thread's stream; None if there is
        no working stream (the caller sends the request unary)."""
        local = self._local
        stream: _DrawStream | None = getattr(local, "stream", None)
        if stream is None:
            if time.monotonic() < getattr(local, "retry_at", 0.0):
                return None
            stream = local.stream = self._open_stream()
            with self._open_streams_lock:
                self._open_streams.add(stream)
        try:
            reply = stream.send(wire)
        except (grpc.RpcError, StopIteration):  # ended (server draining, gone, refused): the caller goes unary
            local.stream = None
            if not stream.answered:  # could not open one: not again for a while
                local.retry_at = time.monotonic() + STREAM_RETRY_AFTER_S
            stream.close()
            return None
        except BaseException:  # e.g. KeyboardInterrupt while waiting: its reply would answer the next draw
            local.stream = None
            stream.close()
            raise
        if reply.HasField("error"):  # the caller's _call() maps it (and retries UNAVAILABLE)
            raise _DrawStatus(_status_code(reply.error.code), reply.error.message, reply.error.python_class)
        chunk = reply.chunk
        if chunk.provenance.request_id != request_id:  # not this draw's answer: never use the stream again
            local.stream = None
            stream.close()
            return None
        return chunk

    def _open_stream(self) -> _DrawStream:
        """A new ``DrawStream`` for the calling thread: direct if this grpcio allows it."""
        if self._direct:
            try:
                return _DirectDrawStream(self._channel, self._metadata)
            except (AttributeError, TypeError):  # gRPC's internals moved: use its public stream API
                self._direct = False
        return _ThreadedDrawStream(self._draw_stream_call, self._metadata)

    def prepare(self, template: pb.DrawRequest) -> Prepared | None:
        """``template`` (a draw request without session and request id) made ready to be sent
        again and again by :meth:`draw_prepared`; None if it would not go on a stream."""
        if not self._streams or not fits_one_message(template) or template.distribution not in _SAME_SHAPE:
            return None
        dtype = _codec.dtype_from_proto(template.dtype)
        shape = tuple(template.shape)
        return Prepared(template, template.SerializeToString(), dtype, shape, math.prod(shape) * dtype.itemsize)

    def draw_prepared(self, prepared: Prepared, session: str, request_id: str) -> tuple[np.ndarray, pb.Provenance]:
        """:meth:`draw` of ``prepared``'s request with this session and request id.

        On this thread's stream the request is its template's wire bytes behind the two
        fields (:func:`_request_wire`), and the answer is decoded with the dtype and shape
        known ahead; anything else takes :meth:`draw`'s path.
        """
        if self._forked:
            self._after_fork()
        chunk = self._call(lambda _: self._stream_reply(request_id, _request_wire(prepared.wire, session, request_id)), None, "Draw")
        if chunk is not None:
            data = chunk.tensor.data
            if len(data) == prepared.nbytes:
                return _codec.from_le_bytes(data, prepared.dtype, prepared.shape), chunk.provenance
            return _codec.decode_chunk(chunk)  # not the expected shape: the full checks (and their error)
        request = pb.DrawRequest()
        request.CopyFrom(prepared.template)
        request.session, request.request_id = session, request_id
        return self._draw(request, stream=False)  # no working stream: the same request, unary

    def replay(self, request: pb.ReplayRequest) -> np.ndarray:
        if self._forked:
            self._after_fork()

        def once(left: float | None) -> np.ndarray:
            return _codec.join_chunks(self._replay_stream(request, timeout=left, metadata=self._metadata))[0]

        return self._call(once, self._deadline(), "Replay")  # type: ignore[no-any-return]

    def close(self) -> None:
        if self._forked:  # the parent's channel is the parent's to close
            self._after_fork()
        with self._open_streams_lock:
            streams = list(self._open_streams)
        for stream in streams:
            stream.cancel()  # its thread may be polling it: it collects the end itself
        self._channel.close()


# -- generating in the client ------------------------------------------------------------------
GENERATE_MODES = ("auto", "client", "server")  # philoxd.connect(generate=...)
# generate="auto": a draw on a session whose result fits one message (estimated: at most 3 MiB) is
# drawn by the server in one round trip on this thread's DrawStream (measured no slower than a Reserve
# call plus generating here, see docs/performance.md); a larger one, which the server would send as a
# chunked Draw stream, is reserved (Reserve) and generated here.
CLIENT_GENERATION_MIN_BYTES = _codec.CHUNK_BYTES
_OPENMP_INHERITED = False  # set in a forked child of a process whose engine started GNU OpenMP's threads


def _mark_openmp_forked() -> None:
    """In a forked child: GNU OpenMP cannot run there once the parent started its threads (Numba
    ends the process: "fork() called from a process already using GNU OpenMP"), so the engine's
    parallel kernels are out; the child's numbers come from the server."""
    global _OPENMP_INHERITED
    parallel = sys.modules.get("numba.np.ufunc.parallel")
    if parallel is not None and getattr(parallel, "_is_initialized", False):
        try:
            _OPENMP_INHERITED = _OPENMP_INHERITED or parallel.threading_layer() == "omp"
        except ValueError:  # no layer was loaded after all
            pass


os.register_at_fork(after_in_child=_mark_openmp_forked)


class ClientGeneration:
    """Mixed into a remote transport (before it: ``class X(ClientGeneration, GrpcTransport)``):
    its numbers are generated by this process's engine.

    The server keeps only keys and counters, and the numbers are a pure function of them: a
    draw on a session asks the server for its reservation only (``Reserve``: one small call,
    the same request id, checks and errors as ``Draw``) and generates the values here, from
    the provenance, with the engine the server runs; a stateless draw that reads nothing of
    its session (all but large categorical and parameterized truncated normal draws, which
    read the session's TF thread count) and ``replay`` need no call at all. Candidate
    samplers stay on the server (``Sample``: learned_unigram's weights live there). Until
    :meth:`generate_with` is called, the server generates everything.
    """

    _find_engine: Callable[[], Any] | None = None
    _engine: Any = None
    _here: InProcessTransport | None = None
    _always = False
    _store_id = ""  # the session's store (OpenSession): locally generated stateless draws name it

    def generate_with(self, engine: Callable[[], Any], *, always: bool) -> None:
        """Generate here from now on.

        Args:
          engine: Gives a ``philoxd_server`` servicer of this process (its engine; no store is
            read), or None if none is usable (then the server generates everything); called at
            the first draw, once.
          always: Reserve every draw on a session (``generate="client"``); else (``"auto"``)
            only those over :data:`CLIENT_GENERATION_MIN_BYTES`, the server drawing smaller ones.
        """
        self._find_engine, self._always, self._engine_lock = engine, always, threading.Lock()

    def _generator(self) -> InProcessTransport | None:
        """The engine's transport (found at the first call); None: the server generates (also in a
        child forked after the engine started OpenMP's threads)."""
        if _OPENMP_INHERITED:
            return None
        if self._find_engine is not None:
            with self._engine_lock:
                if self._find_engine is not None:
                    self._engine = self._find_engine()
                    self._here = None if self._engine is None else InProcessTransport(self._engine)
                    self._find_engine = None
        return self._here

    def unary(self, method: str, request: Any, within: float | None = None) -> Any:
        response = super().unary(method, request, within)  # type: ignore[misc]
        if method == "OpenSession":
            self._store_id = response.store_id
        return response

    def _reserves(self, request: pb.DrawRequest) -> bool:
        """Whether a draw that depends on server state is reserved and generated here."""
        if request.distribution == pb.CANDIDATES:
            return False
        return self._always or estimated_bytes(request) > CLIENT_GENERATION_MIN_BYTES

    def draw(self, request: pb.DrawRequest) -> tuple[np.ndarray, pb.Provenance]:
        here = self._generator()
        if here is None:
            return super().draw(request)  # type: ignore[misc, no-any-return]
        if not self._engine.reads_session(request):
            values, provenance = here.call(self._engine.draw_here, request)
            provenance.store_id = self._store_id
            return values, provenance
        if not self._reserves(request):
            return super().draw(request)  # type: ignore[misc, no-any-return]
        provenance = self.unary("Reserve", pb.ReserveRequest(draw=request)).provenance
        values = here.call(self._engine.generate_reserved, request, provenance)
        provenance.num_elements = values.size
        return values, provenance

    def replay(self, request: pb.ReplayRequest) -> np.ndarray:
        here = self._generator()
        return super().replay(request) if here is None else here.replay(request)  # type: ignore[misc, no-any-return]

    def prepare(self, template: pb.DrawRequest) -> Any:
        if self._generator() is not None and self._reserves(template):
            return None  # every draw of it takes draw(): a reservation
        return super().prepare(template)  # type: ignore[misc]


class GeneratingGrpcTransport(ClientGeneration, GrpcTransport):
    """A :class:`GrpcTransport` whose numbers this process generates (see :class:`ClientGeneration`)."""
