"""The gRPC servicer: protobuf <-> :class:`RandomCore` calls, and deliberate status codes.

Nothing here computes random numbers or holds state. Every domain error becomes
``context.abort(<its code>, <its message>)``; anything unexpected becomes
``INTERNAL`` (logged with its traceback) — never ``UNKNOWN``.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import functools
import hashlib
import logging
import math
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import grpc
import numpy as np
from google.protobuf.message import DecodeError

from philoxd import _codec
from philoxd.v1 import random_pb2 as pb
from philoxd.v1 import random_pb2_grpc as pb_grpc
from philoxd_server._errors import InvalidArgument, NotFound, OutOfRange, PhiloxdServerError, RequestIdReused, SessionExpired
from philoxd_server._logging import access, log_limited, printable
from philoxd_server.engine import DrawSpec
from philoxd_server.engine._ops import output_elements
from philoxd_server.engine._samplers import SAMPLER_KINDS, SamplerSpec
from philoxd_server.engine.ops import OPS, Op
from philoxd_server.service._core import Draw, KernelSource, RandomCore
from philoxd_server.service._guard import ADMIT_DRAW_ATTR, PRINCIPAL_ATTR, GuardedContext
from philoxd_server.state import DEFAULT_INTRA_OP_THREADS, PRIVATE_PREFIX, GeneratorRecord, SessionSummary

__all__ = [
    "DEFAULT_MAX_STREAMS",
    "DEFAULT_STREAM_IDLE_TIMEOUT_S",
    "MAX_ID_CHARS",
    "MalformedRequest",
    "RandomServicer",
    "fingerprint",
    "request_parser",
]

log = logging.getLogger("philoxd.access")
_F = TypeVar("_F", bound=Callable[..., Any])
_U64 = (1 << 64) - 1
# Open DrawStream calls per server; each holds a worker thread of its own while open.
DEFAULT_MAX_STREAMS = 64
# A stream with no draw for this long is ended when another stream opens, so idle clients do
# not keep the slots from busy ones (the client opens a new one at its next draw).
DEFAULT_STREAM_IDLE_TIMEOUT_S = 60.0

# Session names, request ids, generator names and ids: they go into the store's keys and every
# access line, so they are bounded and printable (no control characters, no spaces).
MAX_ID_CHARS = 128
_ID_FIELDS = ("session", "request_id", "name", "generator")  # the (top-level string) fields that carry them

_PARAMS = ("minval", "maxval", "mean", "stddev")
# Proto Distribution value -> the engine's op (the registry's key is the value's name, lower-cased).
_OPS = {pb.Distribution.Value(name.upper()): op for name, op in OPS.items()}


def _op_name(request: pb.DrawRequest | pb.Provenance, op: Op, sampler: SamplerSpec | None) -> str:
    """The TF op a request runs, as error messages name it (DrawSpec.function, which starts
    the engine's own messages): ``tf.random.uniform`` (a stateful kernel),
    ``tf.random.stateless_uniform``, ``Generator.uniform``, ``tf.random.
    log_uniform_candidate_sampler``; ``Replay`` for a provenance."""
    if isinstance(request, pb.Provenance):
        return "Replay"
    return op.function_name(request.WhichOneof("source") or "", sampler)


class MalformedRequest:
    """What :func:`request_parser` gives for bytes that do not parse as the method's request:
    the handler answers ``INVALID_ARGUMENT`` (gRPC itself would answer ``INTERNAL`` and log a
    traceback per call)."""

    __slots__ = ("error", "method")

    def __init__(self, method: str, error: str) -> None:
        self.method, self.error = method, error

    def reject(self) -> InvalidArgument:
        """The error to answer with; logs one line (at most one per 10 s per method)."""
        log_limited(log, f"malformed:{self.method}", f"{self.method}: refused a malformed request body ({self.error})")
        return InvalidArgument(f"{self.method}: the request is not a valid protobuf message ({self.error})")


def request_parser(method: str, message_type: Any) -> Callable[[bytes], Any]:
    """``message_type.FromString`` for ``method``'s requests, giving a :class:`MalformedRequest`
    instead of raising on bytes that do not parse."""
    parse = message_type.FromString

    def parse_or_flag(data: bytes) -> Any:
        try:
            return parse(data)
        except DecodeError as exc:
            return MalformedRequest(method, printable(str(exc) or "cannot decode"))

    return parse_or_flag


def check_ids(method: str, request: Any) -> None:
    """Raise ``InvalidArgument`` unless every identifier ``request`` carries is at most
    :data:`MAX_ID_CHARS` printable characters without spaces."""
    for field in _id_fields(request.__class__):
        value = getattr(request, field)
        if value and (len(value) > MAX_ID_CHARS or not value.isprintable() or " " in value):
            _check_id(method, field, value)
    # A draw's generator id and function scope are only looked up (an unknown one is NOT_FOUND),
    # never stored or logged: not checked here, which keeps this at ~0.4 us per draw.


_id_fields_of: dict[type, tuple[str, ...]] = {}


def _id_fields(message_class: type) -> tuple[str, ...]:
    """The identifier fields (:data:`_ID_FIELDS`) a request type has as strings (found once per type:
    a ``getattr`` of a field a message lacks costs an exception, on the per-draw path)."""
    fields = _id_fields_of.get(message_class)
    if fields is None:
        strings = {f.name for f in message_class.DESCRIPTOR.fields if f.type == f.TYPE_STRING}  # type: ignore[attr-defined]
        fields = _id_fields_of[message_class] = tuple(name for name in _ID_FIELDS if name in strings)
    return fields


def _check_id(method: str, field: str, value: str) -> None:
    if len(value) > MAX_ID_CHARS or not value.isprintable() or " " in value:
        raise InvalidArgument(
            f"{method}: field `{field}` must be 1 to {MAX_ID_CHARS} printable characters without spaces, "
            f"got {len(value)} characters: {printable(value)!r}"
        )


PYTHON_CLASS_KEY = "philoxd-python-class"  # trailing metadata naming TF's builtin error class
# After "session 'x' does not exist or has expired" (an unknown name, or a private session's).
_NO_SESSION = " (a private session that expired or was removed cannot come back: connect again for a new one)"
_FINGERPRINT_HEX = 32  # hex digits of a request's fingerprint kept (128 bits of its SHA-256)


def fingerprint(request: Any) -> str:
    """The digest a request's ``request_id`` is bound to in the store ("" without an id).

    Every field counts, via protobuf's deterministic encoding of the parsed message (so a
    retry sent with its map entries or fields in another order is the same request), and
    the message type: the four draw RPCs take one ``DrawRequest``, so the same draw retried
    on another of them is the same request, while a ``SetSeed`` and a draw are not.
    """
    if not request.request_id:
        return ""
    digest = hashlib.sha256(request.DESCRIPTOR.full_name.encode())
    digest.update(b"\0")
    digest.update(request.SerializeToString(deterministic=True))
    return digest.hexdigest()[:_FINGERPRINT_HEX]


def _draw_fingerprint(request: Any, context: Any) -> str:
    """:func:`fingerprint` of a draw, but "" for an in-process caller (``context.in_process``): that
    is philoxd's own client in this process, whose request ids are fresh and never retried, so
    there is nothing to bind, and hashing a large input (a 4 MiB shuffle: 4 ms) is saved."""
    return "" if getattr(context, "in_process", False) else fingerprint(request)


def _abort(context: grpc.ServicerContext, exc: BaseException, method: str = "") -> None:
    """End the call with ``exc``'s status code and message. ``method`` (the RPC) prefixes the
    messages that name no op of their own: a store's NOT_FOUND and INTERNAL."""
    prefix = f"{method}: " if method else ""
    if isinstance(exc, PhiloxdServerError):
        python_class = getattr(exc, "python_class", "")
        if python_class:
            context.set_trailing_metadata(((PYTHON_CLASS_KEY, python_class),))
        message = str(exc)
        if isinstance(exc, (SessionExpired, RequestIdReused)):  # the stores' own, saying what to do
            message = prefix + message
        elif isinstance(exc, NotFound):  # the stores' "session 'x' does not exist or has expired", ...
            message = prefix + message + (_NO_SESSION if message.startswith("session ") else "")
        context.abort(grpc.StatusCode[exc.code], message)
    log.exception("internal error")
    context.abort(grpc.StatusCode.INTERNAL, f"{prefix}internal error: {type(exc).__name__}: {exc}")


def _log_call(
    method: str, session: str, elements: int, code: str, start: float, request_id: str = "", principal: str = ""
) -> None:
    access(method, session, request_id, elements, code, (time.perf_counter() - start) * 1e3, principal)


def _principal(context: grpc.ServicerContext) -> str:
    """The caller the guard authenticated ("" on an open server or in-process)."""
    return getattr(context, "philoxd_principal", "")


def _session(context: grpc.ServicerContext, session: str, method: str) -> str:
    """The store's name of the caller's ``session`` (required): ``principal/session`` under auth."""
    principal = _principal(context)
    _require(session, "session", method)
    return f"{principal}/{session}" if principal else session


def _unary(method: _F, name: str | None = None) -> _F:
    """Run a unary handler, map errors to status codes, log one line (as RPC ``name``,
    default: the method's)."""
    rpc = name or method.__name__

    @functools.wraps(method)
    def wrapper(self: RandomServicer, request: Any, context: grpc.ServicerContext) -> Any:
        start = time.perf_counter()
        code = "OK"
        try:
            if request.__class__ is MalformedRequest:
                raise request.reject()
            check_ids(rpc, request)
            return method(self, request, context)
        except Exception as exc:  # noqa: BLE001 - every error gets a deliberate code
            code = getattr(exc, "code", "INTERNAL")
            _abort(context, exc, rpc)
        finally:
            if request.__class__ is not MalformedRequest:
                _log_call(rpc, getattr(request, "session", ""), 0, code, start, getattr(request, "request_id", ""), _principal(context))

    return wrapper  # type: ignore[return-value]


_ONE_MESSAGE_RPCS = frozenset({"DrawOne", "DrawStream"})  # answer a draw in one message


def _fits_one_message(spec: DrawSpec, request: pb.DrawRequest, method: str, max_elements: int) -> None:
    """``OutOfRange`` for a ``DrawOne``/``DrawStream`` result larger than one message, before
    anything is reserved or generated (the client sends it again as ``Draw``, which streams it).
    A draw over ``max_elements`` or malformed is left to the draw's own checks."""
    try:
        elements = output_elements(spec, stateful=request.WhichOneof("source") == "kernel")
    except Exception:  # noqa: BLE001 - a malformed draw: its own checks say what is wrong
        return
    size = elements * spec.dtype.itemsize
    if elements <= max_elements and size > _codec.CHUNK_BYTES:
        raise OutOfRange(f"{method}: a result of {size} bytes does not fit one message ({_codec.CHUNK_BYTES} bytes); use Draw")


def _scalar(value: pb.Scalar) -> int | float | None:
    kind = value.WhichOneof("value")
    return None if kind is None else getattr(value, kind)


def _record(state: pb.GeneratorState) -> GeneratorRecord:
    counter = (state.counter_lo & _U64) | ((state.counter_hi & _U64) << 64)
    return GeneratorRecord(key=state.key & _U64, counter=counter, alg=state.alg or 1)


def _signed(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


def _info(generator: str, record: GeneratorRecord) -> pb.GeneratorInfo:
    state = pb.GeneratorState(
        counter_lo=_signed(record.counter & _U64),
        counter_hi=_signed(record.counter >> 64),
        key=_signed(record.key),
        alg=record.alg,  # type: ignore[arg-type]
    )
    return pb.GeneratorInfo(generator=generator, state=state)


def _decimal(value: int | None) -> str | None:
    return None if value is None else str(value)


def _summary(summary: SessionSummary) -> pb.SessionSummary:
    return pb.SessionSummary(
        session=summary.name,
        seed=_decimal(summary.global_seed),
        op_seed_index=summary.op_seed_index,
        kernel_count=summary.kernels,
        scope_count=summary.scopes,
        generator_count=summary.generators,
        last_used_time=summary.last_used,
    )


def _provenance(request: pb.DrawRequest, spec: DrawSpec, draw: Draw, store_id: str) -> pb.Provenance:
    """Everything needed to regenerate ``draw`` (see ``Replay``), and the store that reserved it
    (``store_id``: the server's, for a draw that reserved nothing)."""
    provenance = pb.Provenance(
        store_id=draw.store_id or store_id,
        stream=draw.stream,
        alg=draw.alg,  # type: ignore[arg-type]
        key=draw.key,
        counter_lo=draw.counter & _U64,
        counter_hi=draw.counter >> 64,
        num_elements=spec.num_elements if draw.values is None else draw.values.size,
        distribution=request.distribution,
        dtype=request.dtype,
        shape=spec.shape,
        num_samples=request.num_samples,
        stateful=request.WhichOneof("source") == "kernel",
        graph=spec.graph if draw.spec is None else draw.spec.graph,  # a folded stateless op: eager's
        placeholders=request.placeholders,
        shape_dtype=request.shape_dtype,
        session=request.session,
        request_id=request.request_id,
    )
    if draw.spec is not None and draw.spec.intra_op_threads != DEFAULT_INTRA_OP_THREADS:
        provenance.intra_op_threads = draw.spec.intra_op_threads  # the session's, where it mattered
    for field in _PARAMS:
        if request.HasField(field):
            getattr(provenance, field).CopyFrom(getattr(request, field))
    return provenance


# Provenance fields that differ between draws of one plan (see _Plan.answer).
_PER_DRAW = ("alg", "key", "counter_lo", "counter_hi", "session", "request_id", "store_id", "stream")
_PLANS_MAX = 4096  # distinct plain draws a servicer keeps plans for (cleared when full)


class _Plan:
    """A plain draw request's spec, and its ``DrawOne`` answer without the per-draw fields.

    Requests that ask for the same draw (source kind, distribution, dtype, shape and
    scalar parameters; no tensors) share one plan: their spec is built and checked
    once (the engine skips checks of a spec object it has passed), and their answers
    are copies of one template. The values, the Philox position, the session and the
    request id are filled in per draw.
    """

    __slots__ = ("_template", "spec")

    def __init__(self, spec: DrawSpec) -> None:
        self.spec = spec
        self._template: pb.DrawChunk | None = None

    def answer(self, request: pb.DrawRequest, draw: Draw, chunk: pb.DrawChunk, store_id: str) -> pb.DrawChunk:
        """Fill ``chunk`` with ``DrawOne``'s answer; ``ValueError`` if it does not fit one message."""
        values = draw.values
        assert values is not None
        if self._template is None:  # the first draw: the slow path (which checks the size), kept as the template
            chunk.CopyFrom(_codec.single_chunk(values, _provenance(request, self.spec, draw, store_id)))
            template = pb.DrawChunk()
            template.CopyFrom(chunk)
            template.tensor.ClearField("data")
            for field in _PER_DRAW:
                template.provenance.ClearField(field)
            self._template = template
            return chunk
        _codec.check_one_message(values)
        chunk.CopyFrom(self._template)
        chunk.tensor.data = _codec.le_bytes(values)
        p = chunk.provenance
        p.alg, p.key, p.counter_lo, p.counter_hi = draw.alg, draw.key, draw.counter & _U64, draw.counter >> 64  # type: ignore[assignment]
        p.session, p.request_id, p.store_id, p.stream = request.session, request.request_id, draw.store_id or store_id, draw.stream
        return chunk


_T = TypeVar("_T")
_prefetcher: concurrent.futures.ThreadPoolExecutor | None = None
_prefetcher_lock = threading.Lock()


def _ahead(items: Iterator[_T]) -> Iterator[_T]:
    """``items``, each produced on a worker thread while the caller uses the one before.

    The first item is started at once. ``Draw`` sends a chunk (gRPC waits for the
    write without the GIL) while the next chunk is generated.
    """
    global _prefetcher
    with _prefetcher_lock:
        if _prefetcher is None:
            _prefetcher = concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2, thread_name_prefix="philoxd-gen")
        pool = _prefetcher
    return _in_turn(pool, items, pool.submit(next, items, None))


def _in_turn(pool: concurrent.futures.ThreadPoolExecutor, items: Iterator[_T], future: concurrent.futures.Future[_T | None]) -> Iterator[_T]:
    try:
        while (item := future.result()) is not None:
            future = pool.submit(next, items, None)
            yield item
    finally:
        future.cancel()


class _StreamSlot:
    __slots__ = ("busy", "context", "idle_since")

    def __init__(self, context: grpc.ServicerContext, now: float) -> None:
        self.context = context
        self.busy = False
        self.idle_since = now


class _StreamSlots:
    """The open ``DrawStream`` calls: at most ``limit``; idle ones are ended after ``idle_timeout``
    seconds (when a new stream opens) and all are ended when the server drains."""

    def __init__(self, limit: int, idle_timeout: float = DEFAULT_STREAM_IDLE_TIMEOUT_S, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.idle_timeout = idle_timeout
        self._clock = clock
        self._open: set[_StreamSlot] = set()
        self._lock = threading.Lock()
        self.draining = False

    def open(self, context: grpc.ServicerContext) -> _StreamSlot | None:
        """A slot for a new stream; None if all are taken or the server is draining."""
        now = self._clock()
        with self._lock:
            if self.draining:
                return None
            expired = [s for s in self._open if not s.busy and now - s.idle_since > self.idle_timeout]
            self._open.difference_update(expired)  # their handlers end once cancelled
            slot = None
            if len(self._open) < self.limit:
                slot = _StreamSlot(context, now)
                self._open.add(slot)
        for stale in expired:
            stale.context.cancel()
        return slot

    def idle(self, slot: _StreamSlot) -> bool:
        """Mark ``slot`` idle (its draw answered); False if the stream must end (draining)."""
        now = self._clock()
        with self._lock:
            slot.busy = False
            slot.idle_since = now
            return not self.draining

    def close(self, slot: _StreamSlot | None) -> None:
        with self._lock:
            self._open.discard(slot)  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(self._open)

    def drain(self) -> int:
        with self._lock:
            self.draining = True
            slots = list(self._open)
        for slot in slots:
            if not slot.busy:  # waiting for a request: cancel it (a busy one returns after its draw)
                slot.context.cancel()
        return len(slots)


class _DrawAborted(Exception):
    """One draw of a ``DrawStream`` failed with ``code``; the stream goes on."""

    def __init__(self, code: grpc.StatusCode, details: str, python_class: str = "") -> None:
        super().__init__(details)
        self.code, self.details, self.python_class = code, details, python_class


class _DrawContext(GuardedContext):
    """A ``DrawStream`` context as one draw's handler sees it: ``abort`` fails only that draw."""

    def __init__(self, context: grpc.ServicerContext) -> None:
        super().__init__(context, getattr(context, PRINCIPAL_ATTR, ""))
        self.python_class = ""

    def set_trailing_metadata(self, metadata: Any) -> None:
        """Kept for this draw's ``DrawError`` (not the stream's own trailing metadata)."""
        self.python_class = dict(metadata).get(PYTHON_CLASS_KEY, "")

    def abort(self, code: grpc.StatusCode, details: str) -> None:
        python_class, self.python_class = self.python_class, ""
        raise _DrawAborted(code, details, python_class)


def _require(value: str, field: str, method: str) -> str:
    if not value:
        raise InvalidArgument(f"{method}: field `{field}` is required")
    return value


class RandomServicer(pb_grpc.RandomServicer):
    """``philoxd.v1.Random`` over a :class:`RandomCore`."""

    def __init__(
        self, core: RandomCore, max_streams: int = DEFAULT_MAX_STREAMS, stream_idle_timeout: float = DEFAULT_STREAM_IDLE_TIMEOUT_S
    ) -> None:
        self.core = core
        self._plans: dict[tuple[Any, ...], _Plan] = {}
        self._streams = _StreamSlots(max_streams, stream_idle_timeout)

    @property
    def open_streams(self) -> int:
        """``DrawStream`` calls open now."""
        return len(self._streams)

    @_unary
    def OpenSession(self, request: pb.OpenSessionRequest, context: grpc.ServicerContext) -> pb.OpenSessionResponse:
        principal = _principal(context)
        if not principal:
            name, created = self.core.open_session(request.session or None, reset_expired=request.reset_expired)
            return pb.OpenSessionResponse(session=name, created=created, store_id=self.core.store_id)
        session = _session(context, request.session or f"{PRIVATE_PREFIX}{uuid.uuid4().hex}", "OpenSession")
        name, created = self.core.open_session(session, principal, reset_expired=request.reset_expired)
        return pb.OpenSessionResponse(session=name[len(principal) + 1 :], created=created, store_id=self.core.store_id)

    @_unary
    def SetSeed(self, request: pb.SetSeedRequest, context: grpc.ServicerContext) -> pb.SetSeedResponse:
        seed = None
        if request.HasField("seed"):
            try:
                seed = int(request.seed, 10)
            except ValueError:
                raise InvalidArgument(f"SetSeed: field `seed`={request.seed!r} is not a decimal integer") from None
        self.core.set_seed(_session(context, request.session, "SetSeed"), seed, request.request_id, fingerprint=fingerprint(request))
        return pb.SetSeedResponse()

    @_unary
    def SetIntraOpThreads(self, request: pb.SetIntraOpThreadsRequest, context: grpc.ServicerContext) -> pb.SetIntraOpThreadsResponse:
        session = _session(context, request.session, "SetIntraOpThreads")
        self.core.set_intra_op_threads(session, request.threads, request.request_id, fingerprint=fingerprint(request))
        return pb.SetIntraOpThreadsResponse(threads=request.threads)

    @_unary
    def GetIntraOpThreads(self, request: pb.GetIntraOpThreadsRequest, context: grpc.ServicerContext) -> pb.GetIntraOpThreadsResponse:
        return pb.GetIntraOpThreadsResponse(threads=self.core.intra_op_threads(_session(context, request.session, "GetIntraOpThreads")))

    @_unary
    def RegisterScope(self, request: pb.RegisterScopeRequest, context: grpc.ServicerContext) -> pb.RegisterScopeResponse:
        session = _session(context, request.session, "RegisterScope")
        return pb.RegisterScopeResponse(
            scope=self.core.register_scope(session, request.request_id, request.name, fingerprint=fingerprint(request))
        )

    @_unary
    def CreateGenerator(self, request: pb.CreateGeneratorRequest, context: grpc.ServicerContext) -> pb.GeneratorInfo:
        init = request.WhichOneof("init")
        record = _record(request.state) if init == "state" else None
        if init is None:
            raise InvalidArgument("CreateGenerator: one of `state` or `non_deterministic` is required")
        alg = request.alg or (record.alg if record else 1)
        if record is not None:
            record = GeneratorRecord(record.key, record.counter, alg)
        gen, rec = self.core.create_generator(
            _session(context, request.session, "CreateGenerator"), record, alg, request.name, request.request_id, fingerprint=fingerprint(request)
        )
        return _info(gen, rec)

    @_unary
    def GetGenerator(self, request: pb.GetGeneratorRequest, context: grpc.ServicerContext) -> pb.GeneratorInfo:
        gen = _require(request.generator, "generator", "GetGenerator")
        return _info(gen, self.core.get_generator(_session(context, request.session, "GetGenerator"), gen))

    @_unary
    def ResetGenerator(self, request: pb.ResetGeneratorRequest, context: grpc.ServicerContext) -> pb.GeneratorInfo:
        gen = _require(request.generator, "generator", "ResetGenerator")
        session = _session(context, request.session, "ResetGenerator")
        record = self.core.reset_generator(session, gen, _record(request.state), request.request_id, fingerprint=fingerprint(request))
        return _info(gen, record)

    @_unary
    def SkipGenerator(self, request: pb.SkipGeneratorRequest, context: grpc.ServicerContext) -> pb.GeneratorInfo:
        gen = _require(request.generator, "generator", "SkipGenerator")
        session = _session(context, request.session, "SkipGenerator")
        before = self.core.skip_generator(session, gen, request.delta, request.request_id, fingerprint=fingerprint(request))
        return _info(gen, before)

    # -- sessions as data (each call sees and touches only the caller principal's sessions) --

    @_unary
    def ListSessions(self, request: pb.ListSessionsRequest, context: grpc.ServicerContext) -> pb.ListSessionsResponse:
        if request.prefix:
            _check_id("ListSessions", "prefix", request.prefix)
        found, truncated = self.core.list_sessions(_principal(context), request.prefix, request.limit or None)
        return pb.ListSessionsResponse(sessions=[_summary(s) for s in found], truncated=truncated)

    @_unary
    def GetSession(self, request: pb.GetSessionRequest, context: grpc.ServicerContext) -> pb.GetSessionResponse:
        session = _require(request.session, "session", "GetSession")
        state, last_used = self.core.show_session(_principal(context), session)
        summary = SessionSummary(
            session, state.global_seed, state.op_seed_index, len(state.kernels), len(state.scopes), len(state.generators), last_used
        )
        return pb.GetSessionResponse(
            summary=_summary(summary),
            kernels=[
                pb.SessionKernel(kernel=k.kernel, key=k.key, counter_lo=k.counter & _U64, counter_hi=k.counter >> 64) for k in state.kernels
            ],
            scopes=[pb.SessionScope(scope=c.scope, name=c.name, seed=_decimal(c.global_seed)) for c in state.scopes],
            generators=[
                pb.SessionGenerator(generator=g.generator, name=g.name, state=_info(g.generator, g.record).state) for g in state.generators
            ],
            intra_op_threads=state.intra_op_threads,
        )

    @_unary
    def DeleteSession(self, request: pb.DeleteSessionRequest, context: grpc.ServicerContext) -> pb.DeleteSessionResponse:
        self.core.delete_session(_principal(context), _require(request.session, "session", "DeleteSession"))
        return pb.DeleteSessionResponse()

    @_unary
    def SnapshotSession(self, request: pb.SnapshotSessionRequest, context: grpc.ServicerContext) -> pb.SnapshotSessionResponse:
        session = _require(request.session, "session", "SnapshotSession")
        return pb.SnapshotSessionResponse(snapshot=self.core.snapshot_session(_principal(context), session))

    @_unary
    def RestoreSession(self, request: pb.RestoreSessionRequest, context: grpc.ServicerContext) -> pb.RestoreSessionResponse:
        session = _require(request.session, "session", "RestoreSession")
        if not request.snapshot:
            raise InvalidArgument("RestoreSession: field `snapshot` is required (the bytes SnapshotSession answered)")
        created = self.core.restore_session(
            _principal(context), session, request.snapshot, request.request_id, create=True, replace=not request.create_only,
            fingerprint=fingerprint(request),
        )  # fmt: skip
        return pb.RestoreSessionResponse(created=created)

    @_unary
    def ForkSession(self, request: pb.ForkSessionRequest, context: grpc.ServicerContext) -> pb.ForkSessionResponse:
        session = _require(request.session, "session", "ForkSession")
        if request.new_session:
            _check_id("ForkSession", "new_session", request.new_session)
        name = self.core.fork_session(
            _principal(context), session, request.new_session or None, request.request_id, fingerprint=fingerprint(request)
        )
        return pb.ForkSessionResponse(session=name)

    def draw_array(self, request: pb.DrawRequest, context: grpc.ServicerContext) -> tuple[np.ndarray, pb.Provenance]:
        """``Draw`` up to the encoding: the array and its provenance.

        The in-process transport calls this directly (no byte copies).
        """
        draw, spec, _ = self._draw_whole(request, context, "Draw")
        assert draw.values is not None
        return draw.values, _provenance(request, spec, draw, self.core.store_id)

    def DrawOne(self, request: pb.DrawRequest, context: grpc.ServicerContext) -> pb.DrawChunk:
        """``Draw`` as one unary answer, for results that fit one message."""
        if request.__class__ is MalformedRequest:
            _abort(context, request.reject())
        return self._draw_into(request, context, pb.DrawChunk(), "DrawOne")

    def _draw_into(self, request: pb.DrawRequest, context: grpc.ServicerContext, chunk: pb.DrawChunk, method: str) -> pb.DrawChunk:
        """``DrawOne``'s answer, written into ``chunk`` (a ``DrawReply``'s, on a stream: no copy);
        ``method`` (``DrawOne`` or ``DrawStream``) names the call in the access log."""
        draw, spec, plan = self._draw_whole(request, context, method)
        assert draw.values is not None
        try:
            if plan is not None:
                return plan.answer(request, draw, chunk, self.core.store_id)
            chunk.CopyFrom(_codec.single_chunk(draw.values, _provenance(request, spec, draw, self.core.store_id)))
            return chunk
        except ValueError as exc:  # too big for one message
            context.abort(grpc.StatusCode.OUT_OF_RANGE, f"{method}: {exc}")
            raise  # pragma: no cover - abort raises

    def DrawStream(self, requests: Iterator[pb.DrawRequest], context: grpc.ServicerContext) -> Iterator[pb.DrawReply]:
        """``DrawOne`` for each request of the stream, in order; a failed draw is an in-band ``DrawError``.

        The stream holds a worker thread while open: at most ``max_streams`` are open
        at once (``RESOURCE_EXHAUSTED`` beyond; clients then call ``DrawOne``), and one
        idle for ``stream_idle_timeout`` is ended when another opens. When the server
        drains, a stream ends after its current draw, and an idle one at once.
        """
        slot = self._streams.open(context)
        if slot is None and self._streams.draining:
            context.abort(grpc.StatusCode.UNAVAILABLE, "DrawStream: the server is shutting down")
        if slot is None:
            context.abort(
                grpc.StatusCode.RESOURCE_EXHAUSTED,
                f"DrawStream: all {self._streams.limit} stream slots are taken (--max-streams); call DrawOne",
            )
        try:
            each = _DrawContext(context)
            admit = getattr(context, ADMIT_DRAW_ATTR, None)  # the guard's per-draw rate limit
            for request in requests:
                slot.busy = True
                reply = pb.DrawReply()
                try:
                    if admit is not None:
                        admit(each)
                    if request.__class__ is MalformedRequest:
                        _abort(each, request.reject())
                    self._draw_into(request, each, reply.chunk, "DrawStream")
                except _DrawAborted as exc:
                    reply = pb.DrawReply(error=pb.DrawError(code=exc.code.value[0], message=exc.details, python_class=exc.python_class))
                yield reply
                if not self._streams.idle(slot):
                    return  # draining: end the stream after its answered draw
        finally:
            self._streams.close(slot)

    def drain_streams(self) -> int:
        """Stop serving ``DrawStream``: end idle streams now, busy ones after their draw.

        Returns the number of streams that were open (``serve`` calls this on SIGTERM).
        """
        return self._streams.drain()

    def _draw_whole(
        self, request: pb.DrawRequest, context: grpc.ServicerContext, method: str
    ) -> tuple[Draw, DrawSpec, _Plan | None]:
        """Check, reserve and generate a whole draw, and log it as ``method`` (the RPC's name); its
        plan if the request is plain."""
        start = time.perf_counter()
        code, elements = "OK", 0
        try:
            check_ids(method, request)
            plan, spec = self._draw_spec(request, method)
            if method in _ONE_MESSAGE_RPCS:
                _fits_one_message(spec, request, method, self.core.max_elements)
            draw = self._draw(request, spec, context, method)
            assert draw.values is not None
            elements = draw.values.size
            return draw, spec, plan
        except Exception as exc:  # noqa: BLE001 - every error gets a deliberate code
            code = getattr(exc, "code", "INTERNAL")
            _abort(context, exc, method)
            raise  # pragma: no cover - abort raises
        finally:
            _log_call(method, request.session, elements, code, start, request.request_id, _principal(context))

    def _plan(self, request: pb.DrawRequest, method: str = "Draw") -> _Plan | None:
        """The shared plan of a plain request (no tensors, no sampler), made on first use; else None."""
        if request.HasField("input") or request.tensors or request.HasField("sampler"):
            return None
        key = (
            request.WhichOneof("source"),
            request.distribution,
            request.dtype,
            tuple(request.shape),
            request.minval.SerializeToString(),
            request.maxval.SerializeToString(),
            request.mean.SerializeToString(),
            request.stddev.SerializeToString(),
            request.num_samples,
            request.graph,
            tuple(request.placeholders),
            request.shape_dtype,
        )
        plan = self._plans.get(key)
        if plan is None:
            plan = _Plan(self._spec(request, None, method))  # raises on a bad request: no plan is kept
            if len(self._plans) >= _PLANS_MAX:
                self._plans.clear()
            self._plans[key] = plan
        return plan

    def _draw_spec(self, request: pb.DrawRequest, method: str) -> tuple[_Plan | None, DrawSpec]:
        """A ``Draw`` request's plan (None unless plain) and spec; ``method`` names the RPC in errors."""
        plan = self._plan(request, method)
        return plan, plan.spec if plan is not None else self._request_spec(request, method)

    def _request_spec(self, request: pb.DrawRequest, method: str) -> DrawSpec:
        return self._spec(request, request.input if request.HasField("input") else None, method, request.tensors, _sampler(request, method))

    def Draw(self, request: pb.DrawRequest, context: grpc.ServicerContext) -> Iterator[bytes]:
        """Stream the draw as serialized ``DrawChunk`` messages: a head, then data chunks (see ``_stream``)."""

        if request.__class__ is MalformedRequest:
            _abort(context, request.reject())

        def begin() -> tuple[Draw, DrawSpec, pb.Provenance | None]:
            check_ids("Draw", request)
            _, spec = self._draw_spec(request, "Draw")
            draw = self._draw(request, spec, context, "Draw", defer=True)
            return draw, spec, _provenance(request, spec, draw, self.core.store_id)

        return self._stream("Draw", request.session, request.request_id, context, begin)

    @staticmethod
    def _stream(
        method: str,
        session: str,
        request_id: str,
        context: grpc.ServicerContext,
        begin: Callable[[], tuple[Draw, DrawSpec, pb.Provenance | None]],
    ) -> Iterator[bytes]:
        """Run ``begin`` (reserve, or look up), then stream its draw: a head, then data chunks.

        Fixed-rate distributions are generated chunk by chunk, the next chunk while
        the current one is sent (see ``_ahead``); the access line is logged when the
        stream ends.
        """
        start = time.perf_counter()
        code, elements = "OK", 0
        try:
            draw, spec, provenance = begin()
            dtype, shape = (spec.dtype, spec.shape) if draw.values is None else (draw.values.dtype, draw.values.shape)
            elements = math.prod(shape)
            # Generated and encoded on a worker thread, a chunk ahead of the one being sent
            # (the first while the head goes out). Validation is over: generating cannot fail.
            chunks = _ahead(_codec.wire_data(piece) for piece in draw.pieces(_codec.CHUNK_BYTES))
            yield _codec.wire_head(dtype, shape, provenance)
            yield from chunks
        except GeneratorExit:  # the client went away mid-stream
            code = "CANCELLED"
            raise
        except Exception as exc:  # noqa: BLE001 - every error gets a deliberate code
            code = getattr(exc, "code", "INTERNAL")
            _abort(context, exc, method)
        finally:
            _log_call(method, session, elements, code, start, request_id, _principal(context))

    def replay_array(self, request: pb.ReplayRequest, context: grpc.ServicerContext) -> np.ndarray:
        """``Replay`` up to the encoding."""
        start = time.perf_counter()
        code, elements = "OK", 0
        try:
            values = self._replay(request)[0].values
            assert values is not None
            elements = values.size
            return values
        except Exception as exc:  # noqa: BLE001
            code = getattr(exc, "code", "INTERNAL")
            _abort(context, exc, "Replay")
            raise  # pragma: no cover - abort raises
        finally:
            _log_call("Replay", request.provenance.session, elements, code, start, request.provenance.request_id, _principal(context))

    def Replay(self, request: pb.ReplayRequest, context: grpc.ServicerContext) -> Iterator[bytes]:
        """Stream a regenerated draw like ``Draw`` (the head carries no provenance)."""
        if request.__class__ is MalformedRequest:
            _abort(context, request.reject())

        def begin() -> tuple[Draw, DrawSpec, pb.Provenance | None]:
            return *self._replay(request, defer=True), None

        return self._stream("Replay", request.provenance.session, request.provenance.request_id, context, begin)

    def _replay(self, request: pb.ReplayRequest, *, defer: bool = False) -> tuple[Draw, DrawSpec]:
        """The regenerated draw of a ``Replay`` request (``defer``: see ``RandomCore.draw_kernel``) and its spec."""
        p = request.provenance
        spec = self._spec(p, request.input if request.HasField("input") else None, "Replay", request.tensors)
        spec = dataclasses.replace(spec, intra_op_threads=p.intra_op_threads or DEFAULT_INTRA_OP_THREADS)
        counter = (p.counter_hi << 64) | p.counter_lo
        return self.core.replay(spec, p.alg, p.key, counter, stateful=p.stateful, defer=defer), spec

    def Sample(self, request: pb.DrawRequest, context: grpc.ServicerContext) -> pb.SampleResponse:
        """A draw with several outputs (the candidate samplers), all in one message."""
        outputs, provenance = self.sample_arrays(request, context)
        return pb.SampleResponse(outputs=[_codec.encode_tensor(o) for o in outputs], provenance=provenance)

    def _sample_arrays(self, request: pb.DrawRequest, context: grpc.ServicerContext) -> tuple[tuple[np.ndarray, ...], pb.Provenance]:
        """``Sample`` up to the encoding: the outputs and their provenance.

        The in-process transport calls this directly (``sample_arrays``: no byte copies).
        """
        spec = self._request_spec(request, "Sample")
        draw = self._draw(request, spec, context, "Sample")
        return draw.outputs or (draw.values,), _provenance(request, spec, draw, self.core.store_id)

    sample_arrays = _unary(_sample_arrays, "Sample")

    def Reserve(self, request: pb.ReserveRequest, context: grpc.ServicerContext) -> pb.ReserveResponse:
        """Everything ``Draw`` does with ``request.draw`` but generating the numbers: the reservation's
        provenance, for a client that generates them itself. Its request id is the draw's (one
        fingerprint: a ``Reserve`` and a ``Draw`` of one request are one draw)."""
        if request.__class__ is MalformedRequest:
            _abort(context, request.reject())
        draw_request = request.draw
        start = time.perf_counter()
        code, elements = "OK", 0
        try:
            check_ids("Reserve", draw_request)
            if draw_request.distribution == pb.CANDIDATES:  # several outputs, and learned_unigram's server memory
                raise InvalidArgument("Reserve: CANDIDATES draws are generated by the server: call Sample")
            _, spec = self._draw_spec(draw_request, "Reserve")
            draw = self._draw(draw_request, spec, context, "Reserve", reserve=True)
            assert draw.spec is not None
            provenance = _provenance(draw_request, spec, draw, self.core.store_id)
            provenance.num_elements = elements = output_elements(draw.spec, stateful=draw.stateful)
            return pb.ReserveResponse(provenance=provenance)
        except Exception as exc:  # noqa: BLE001 - every error gets a deliberate code
            code = getattr(exc, "code", "INTERNAL")
            _abort(context, exc, "Reserve")
            raise  # pragma: no cover - abort raises
        finally:
            _log_call("Reserve", draw_request.session, elements, code, start, draw_request.request_id, _principal(context))

    # -- client-side generation: a client's own engine (philoxd.connect(generate=...)) -------------
    def reads_session(self, request: pb.DrawRequest) -> bool:
        """Whether ``request``'s numbers depend on server state: a kernel or generator draw, a
        candidate sampler, or a stateless draw of a session whose TF values depend on its thread
        count (large categorical and parameterized truncated normal draws). False for a request
        that is malformed: its own draw raises its error."""
        if request.WhichOneof("source") != "stateless" or request.distribution == pb.CANDIDATES:
            return True
        if not request.session:
            return False
        try:
            _, spec = self._draw_spec(request, "Draw")
        except Exception:  # noqa: BLE001 - the draw itself says what is wrong
            return False
        return self.core.depends_on_threads(spec)

    def draw_here(self, request: pb.DrawRequest, context: grpc.ServicerContext) -> tuple[np.ndarray, pb.Provenance]:
        """A stateless draw that reads no session (see :meth:`reads_session`), generated by this
        servicer's engine alone: :meth:`draw_array` without the session (kept in the provenance)."""
        alone = pb.DrawRequest()
        alone.CopyFrom(request)
        alone.ClearField("session")
        values, provenance = self.draw_array(alone, context)
        provenance.session = request.session
        return values, provenance

    def generate_reserved(self, request: pb.DrawRequest, provenance: pb.Provenance, context: grpc.ServicerContext) -> np.ndarray:
        """The values a ``Draw`` of ``request`` answers, at the reservation ``provenance`` another
        server's ``Reserve`` of it answered (client-side generation)."""
        try:
            _, spec = self._draw_spec(request, "Draw")
            threads = provenance.intra_op_threads or DEFAULT_INTRA_OP_THREADS
            spec = dataclasses.replace(spec, graph=provenance.graph, intra_op_threads=threads)
            counter = (provenance.counter_hi << 64) | provenance.counter_lo
            return self.core.generate(spec, provenance.key, counter, stateful=provenance.stateful)
        except Exception as exc:  # noqa: BLE001 - every error gets a deliberate code
            _abort(context, exc, "Draw")
            raise  # pragma: no cover - abort raises

    def _draw(
        self, request: pb.DrawRequest, spec: DrawSpec, context: grpc.ServicerContext, method: str, *, defer: bool = False, reserve: bool = False
    ) -> Draw:
        source = request.WhichOneof("source")
        if source == "stateless":
            try:
                seed = _codec.decode_tensor(request.stateless.seed)
            except ValueError as exc:
                raise InvalidArgument(f"{method}: field `stateless.seed`: {exc}") from None
            session = _session(context, request.session, method) if request.session else ""
            return self.core.draw_stateless(spec, seed, request.stateless.alg or 3, defer=defer, session=session, reserve=reserve)
        if source not in ("generator", "kernel"):
            raise InvalidArgument(f"{method}: one of `kernel`, `stateless` or `generator` is required")
        session = _session(context, request.session, method)
        if source == "generator":
            generator = _require(request.generator.generator, "generator.generator", method)
            return self.core.draw_generator(
                session, generator, spec, request.request_id, defer=defer, fingerprint=_draw_fingerprint(request, context), reserve=reserve
            )
        k = request.kernel
        kernel = KernelSource(k.seed if k.HasField("seed") else None, k.scope, k.position, k.unseeded_index, k.deterministic)
        return self.core.draw_kernel(
            session, spec, kernel, request.request_id, defer=defer, fingerprint=_draw_fingerprint(request, context), reserve=reserve
        )

    @staticmethod
    def _spec(
        request: pb.DrawRequest | pb.Provenance,
        input_tensor: pb.Tensor | None,
        method: str,
        tensor_params: Any = None,
        sampler: SamplerSpec | None = None,
    ) -> DrawSpec:
        """A :class:`DrawSpec` from the fields ``DrawRequest`` and ``Provenance`` share
        (plus the request's tensor parameters and candidate sampler)."""
        if not request.distribution:
            raise InvalidArgument(f"{method}: field `distribution` is required")
        try:
            op = _OPS[request.distribution]
        except KeyError:
            raise InvalidArgument(f"{method}: field `distribution`: unknown value {request.distribution}") from None
        if not request.dtype:
            raise InvalidArgument(f"{method}: field `dtype` is required")
        try:
            dtype = _codec.dtype_from_proto(request.dtype)
        except ValueError as exc:
            raise InvalidArgument(f"{method}: field `dtype`: {exc}") from None
        value: np.ndarray | None = None
        if input_tensor is not None:
            try:
                value = _codec.decode_tensor(input_tensor)
            except ValueError as exc:
                raise InvalidArgument(f"{method}: field `input`: {exc}") from None
        tensors: dict[str, np.ndarray] = {}
        for name, tensor in (tensor_params or {}).items():
            if name not in op.tensor_params:
                takes = ", ".join(op.tensor_params) or "none"
                raise InvalidArgument(f"{method}: field `tensors` has {printable(name)!r}, which {op.name} does not take (it takes: {takes})")
            try:
                tensors[name] = _codec.decode_tensor(tensor)
            except ValueError as exc:
                raise InvalidArgument(f"{method}: field `tensors[{name!r}]`: {exc}") from None
        return DrawSpec(
            distribution=op.name,
            dtype=dtype,
            shape=op.request_shape(tuple(request.shape), value, request.num_samples),
            minval=_scalar(request.minval),
            maxval=_scalar(request.maxval),
            mean=_scalar(request.mean),
            stddev=_scalar(request.stddev),
            input=value,
            num_samples=request.num_samples,
            function=_op_name(request, op, sampler),
            tensors=tensors,
            sampler=sampler,
            graph=request.graph,
            placeholders=frozenset(request.placeholders),
            shape_int64=_shape_int64(request.shape_dtype, method),
        )


_SHAPE_DTYPES = {pb.DTYPE_UNSPECIFIED: False, pb.INT32: False, pb.INT64: True}  # shape_dtype -> int64?


def _shape_int64(shape_dtype: int, method: str) -> bool:
    """Whether a request's ``shape_dtype`` is INT64 (unset and INT32 are int32; TF's shape tensors are no other)."""
    try:
        return _SHAPE_DTYPES[shape_dtype]
    except KeyError:
        raise InvalidArgument(f"{method}: field `shape_dtype`={shape_dtype} must be INT32 (or unset) or INT64") from None


def _sampler(request: pb.DrawRequest, method: str) -> SamplerSpec | None:
    """The request's candidate sampler attributes, if any; ``InvalidArgument`` for an unknown kind."""
    if not request.HasField("sampler"):
        return None
    s = request.sampler
    if s.kind not in SAMPLER_KINDS:
        raise InvalidArgument(
            f"{method}: field `sampler.kind`={printable(s.kind)!r} is not a candidate sampler; it must be one of {', '.join(SAMPLER_KINDS)}"
        )
    return SamplerSpec(
        kind=s.kind,
        num_true=s.num_true,
        num_sampled=s.num_sampled,
        unique=s.unique,
        range_max=s.range_max,
        distortion=s.distortion,
        num_reserved_ids=s.num_reserved_ids,
        num_shards=s.num_shards or 1,
        shard=s.shard,
        unigrams=tuple(s.unigrams),
    )
