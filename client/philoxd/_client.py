"""``philoxd.connect()`` and the :class:`Client` it returns."""

from __future__ import annotations

import atexit
import os
import threading
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

import numpy as np
from google.protobuf import json_format

from philoxd import _data, _image, _keras, _random, errors
from philoxd._codec import new_request_id
from philoxd._transport import (
    DEFAULT_CONNECT_TIMEOUT_S,
    DEFAULT_RETRY_TIMEOUT_S,
    GENERATE_MODES,
    GeneratingGrpcTransport,
    GrpcTransport,
    InProcessTransport,
    Transport,
)
from philoxd._watermarks import Watermarks
from philoxd.v1 import random_pb2 as pb

__all__ = ["Client", "connect", "provenance_from_json", "provenance_to_json"]

_T = TypeVar("_T")
# Counter streams (kernels, generators) a client keeps a high-water mark for, least recently used
# dropped: a few hundred bytes each. A stream whose mark was dropped is checked again from its next draw.
_WATERMARK_STREAMS = 4096
_U64_BITS = 64


def provenance_to_json(provenance: pb.Provenance) -> str:
    """A provenance as JSON (protobuf's canonical mapping), for logs and ``philoxd replay``."""
    return json_format.MessageToJson(provenance, indent=None, preserving_proto_field_name=True)


def provenance_from_json(text: str) -> pb.Provenance:
    """Parse :func:`provenance_to_json` output; ``InvalidArgumentError`` if malformed."""
    try:
        return json_format.Parse(text, pb.Provenance())
    except json_format.ParseError as exc:
        raise errors.InvalidArgumentError(f"provenance JSON: {exc}") from exc

TARGET_ENV = "PHILOXD_TARGET"
SESSION_ENV = "PHILOXD_SESSION"
TOKEN_ENV = "PHILOXD_TOKEN"

# Snapshots (SnapshotSession answers) may be larger than gRPC's default 4 MiB for a received
# message; a server takes RestoreSession requests of up to 64 MiB.
MAX_RECEIVE_BYTES = 64 << 20
CHANNEL_OPTIONS = (("grpc.max_receive_message_length", MAX_RECEIVE_BYTES),)

SERVER_EXTRA = "pip install '.[server]' in a philoxd checkout (or its wheel with [server])"
# What the `server` extra adds (pyproject.toml): the engine's modules need them.
SERVER_MODULES = frozenset({"numba", "llvmlite", "prometheus_client", "grpc_reflection"})

_local_lock = threading.Lock()
_local_servicer: Any = None


END_PRIVATE_TIMEOUT_S = 1.0  # close() / interpreter exit: the most spent deleting a private session
_PRIVATE_CLIENTS: weakref.WeakSet[Client] = weakref.WeakSet()  # open clients with a private session of theirs
_PRIVATE_LOCK = threading.Lock()


def _register_private(client: Client) -> None:
    with _PRIVATE_LOCK:
        _PRIVATE_CLIENTS.add(client)


@atexit.register
def _end_private_sessions() -> None:
    """At interpreter exit, delete the private sessions of the clients still open."""
    with _PRIVATE_LOCK:
        clients = list(_PRIVATE_CLIENTS)
    for client in clients:
        client._end_private()


MAX_ELEMENTS_ENV = "PHILOXD_MAX_ELEMENTS"  # in-process: the largest draw (elements), as `philoxd serve --max-elements`
_MAX_ELEMENTS_SOURCE = f"in-process: set ${MAX_ELEMENTS_ENV} before the first philoxd.connect() without a target"


def _in_process_max_elements() -> int:
    """``$PHILOXD_MAX_ELEMENTS``, or the server's default limit."""
    from philoxd_server.service._core import DEFAULT_MAX_ELEMENTS

    text = os.environ.get(MAX_ELEMENTS_ENV, "")
    if not text:
        return DEFAULT_MAX_ELEMENTS
    if not text.strip().isdigit() or int(text) < 1:
        raise errors.InvalidArgumentError(f"${MAX_ELEMENTS_ENV}={text!r}: must be a number of elements >= 1")
    return int(text)


def _in_process_servicer() -> Any:
    """One engine per process for in-process clients, so named sessions are shared within it.

    Raises :class:`~philoxd.errors.FailedPreconditionError` naming the extra when the engine's
    dependencies are not installed (a plain install is the client only).
    """
    global _local_servicer
    with _local_lock:
        if _local_servicer is None:
            try:
                from philoxd_server.service import RandomCore, RandomServicer
                from philoxd_server.state import MemoryStore
            except ImportError as exc:
                missing = (exc.name or "").partition(".")[0]
                if missing not in SERVER_MODULES:
                    raise
                raise errors.FailedPreconditionError(
                    f"in-process mode needs the server engine ({missing} is not installed): {SERVER_EXTRA}; "
                    f"or connect to a running server: philoxd.connect('host:port') or ${TARGET_ENV}"
                ) from None
            from philoxd_server._errors import FailedPrecondition
            from philoxd_server.service._server import check_parallel_layer

            try:  # a missing libgomp: one clear error now, not a wrong hint at the first large draw
                check_parallel_layer()
            except FailedPrecondition as exc:
                raise errors.FailedPreconditionError(str(exc)) from None
            _local_servicer = RandomServicer(
                RandomCore(MemoryStore(), max_elements=_in_process_max_elements(), max_elements_source=_MAX_ELEMENTS_SOURCE)
            )
        return _local_servicer


def client_engine(generate: str, *, remote: bool = True) -> Callable[[], Any] | None:
    """What finds the engine that generates a remote client's numbers here, for
    ``connect(generate=...)``: None when the server generates them (``"server"``, or
    in-process); else a function giving the engine (a servicer of this process) or None.
    ``"client"`` looks for it now; ``"auto"`` at the first draw (it costs about a second), once
    per process, and gives None without a usable engine.

    The engine is usable when the ``server`` extra is installed, its parallel layer loads, and this
    machine's libm computes the Box-Muller functions as TF's reference glibc does (the engine's own
    check of every input, ``philoxd_server.engine._libm.exact``), so its numbers are the server's.

    Raises:
      InvalidArgumentError: ``generate`` is not one of :data:`GENERATE_MODES`.
      FailedPreconditionError: ``"client"`` without a usable engine (the message says why).
    """
    if generate not in GENERATE_MODES:
        raise errors.InvalidArgumentError(f"connect: argument `generate`={generate!r} must be one of {', '.join(map(repr, GENERATE_MODES))}")
    if generate == "server" or not remote:  # in-process: the engine generates everything anyway
        return None
    if generate == "auto":
        return _auto_engine
    engine = _usable_engine(strict=True)
    return lambda: engine


_auto_lock = threading.Lock()
_auto: list[Any] = []  # [the engine or None], once looked for


def _auto_engine() -> Any:
    """:func:`_usable_engine` for ``generate="auto"``: looked for once per process."""
    with _auto_lock:
        if not _auto:
            _auto.append(_usable_engine(strict=False))
        return _auto[0]


def _usable_engine(*, strict: bool) -> Any:
    """This process's engine if it is usable, else None (``strict``: ``FailedPreconditionError`` saying why)."""
    try:
        servicer = _in_process_servicer()
    except errors.FailedPreconditionError as exc:
        if strict:
            raise errors.FailedPreconditionError(f"connect(generate='client'): {exc.message}") from None
        return None
    except ImportError as exc:  # no philoxd_server at all (a client-only wheel)
        if strict:
            raise errors.FailedPreconditionError(f"connect(generate='client') needs the server engine ({exc.name}): {SERVER_EXTRA}") from None
        return None
    from philoxd_server.engine import _libm

    if not _libm.exact():
        if strict:
            raise errors.FailedPreconditionError(
                "connect(generate='client'): this machine's libm does not compute logf/sinf/cosf as glibc >= 2.28 on x86-64 "
                "with FMA does (TF's reference; or PHILOXD_EXACT_LIBM=0 is set): its numbers could differ from the server's; "
                "use generate='server' (or 'auto')"
            )
        return None
    return servicer


class Client:
    """A connection to one philoxd session.

    Attributes:
      random: The ``tf.random`` mirror bound to this session.
      data: The ``tf.data`` mirror (``rng.data.Dataset``) bound to this session.
      image: The ``tf.image`` random ops (:class:`~philoxd.ImageAPI`), drawn from this session.
      session: The session name.
      target: The server address, or None in-process.
    """

    def __init__(
        self,
        transport: Transport,
        session: str | None,
        target: str | None = None,
        connect_timeout: float | None = None,
        transport_factory: Callable[[], Transport] | None = None,
        reset_expired: bool = False,
    ) -> None:
        self._transport = transport
        self._transport_factory = transport_factory  # another connection like this one (fork)
        self.target = target
        request = pb.OpenSessionRequest(session=session or "", reset_expired=reset_expired)
        opened = transport.unary("OpenSession", request, within=connect_timeout)
        self.session: str = opened.session
        # A private session (session=None) ends with the client that made it: close(), the end of
        # its `with` block, or this interpreter's exit (not a forked child's) deletes it.
        self._private_owner = os.getpid() if not session else None
        if self._private_owner is not None and self._END_AT_EXIT:
            _register_private(self)
        self.store_id: str = opened.store_id  # the server's store; every draw must come from it
        self._watermarks = Watermarks(_WATERMARK_STREAMS)  # per counter stream, where this client's draws started
        # In-process, the engine's core in this process checks every reservation against its own marks
        # before the values leave it: the client's would check the same store twice.
        self._check_marks = not isinstance(transport, InProcessTransport)
        self._local = threading.local()
        self.random = _random.RandomAPI(self)
        self.data = _data.DataAPI(self)  # the tf.data mirror: rng.data.Dataset
        self.image = _image.ImageAPI(self)  # tf.image's random ops, drawn through self.random
        self.keras = _keras.KerasAPI(self)  # Keras 3's keras.random (TF backend) on this session
        self._op_determinism = False
        self.config = _random.Config(self)  # rng.config.experimental.enable_op_determinism()

    def _draw(self, request: pb.DrawRequest) -> np.ndarray:
        return self._checked(self._transport.draw, request)

    def _draw_prepared(self, prepared: Any, request_id: str) -> np.ndarray:
        """:meth:`_draw` of a template the transport prepared (``Transport.prepare``)."""
        return self._checked(self._transport.draw_prepared, prepared, self.session, request_id)

    def _sample(self, request: pb.DrawRequest) -> tuple[np.ndarray, ...]:
        """``Sample``'s outputs, checked like :meth:`_draw`'s."""
        return self._checked(self._transport.sample, request)

    def _checked(self, call: Callable[..., tuple[_T, pb.Provenance]], *args: Any) -> _T:
        """``call(*args)``, a draw: its values, unless they may repeat numbers (``DataLossError``:
        from another or a reset store, or from one that went back in time below what this client
        received); its provenance becomes this thread's last."""
        if not self._check_marks:
            values, provenance = call(*args)
            self._local.provenance = provenance
            return values
        with self._watermarks.ticket() as ticket:
            values, provenance = call(*args)
            if provenance.store_id != self.store_id:
                self._another_store(provenance.store_id)
            if provenance.stream:  # a reservation (not a stateless draw); this call's retries share its ticket
                start = (provenance.counter_hi << _U64_BITS) | provenance.counter_lo
                stream = (provenance.store_id, provenance.session, provenance.stream)
                seen = self._watermarks.record(ticket, stream, start, start, strict=provenance.num_elements > 0)
                if seen is not None:
                    raise errors.DataLossError(
                        f"session {self.session!r}: a draw (request {provenance.request_id!r}) starts at counter "
                        f"{start:#x} of its stream, where this client already received numbers from {seen:#x}: the "
                        "server's state store went back in time (restored from a backup or a Redis snapshot, or it "
                        "lost writes), so these numbers repeat; refused (docs/operations.md, Rollbacks and backups)"
                    )
        self._local.provenance = provenance
        return values

    def _another_store(self, store_id: str) -> None:
        """A draw came from a store other than the session's: refuse its numbers (they may repeat)."""
        if store_id and self.store_id:  # "" = a server from before store identities: nothing to compare
            raise errors.DataLossError(
                f"session {self.session!r} was opened on state store {self.store_id}, but this draw was served "
                f"from store {store_id}: the server's state was reset or replaced, or a replica uses another "
                "store, so its streams may repeat numbers; connect again to start on the new store knowingly"
            )

    @property
    def last_provenance(self) -> pb.Provenance | None:
        """Coordinates of this thread's last draw (algorithm, key, counter, shape, parameters).

        Keep it (``provenance_to_json``) to regenerate those exact numbers later with
        :meth:`replay` or ``philoxd replay``, without touching any state.
        """
        return getattr(self._local, "provenance", None)

    def replay(self, provenance: pb.Provenance | str, input: Any = None, tensors: dict[str, Any] | None = None) -> np.ndarray:  # noqa: A002 - tf name
        """Regenerate a draw bit-exactly from its provenance (a message or its JSON).

        Args:
          provenance: From :attr:`last_provenance` or :func:`provenance_from_json`.
          input: For shuffle and categorical draws, the value / logits that were drawn from.
          tensors: The draw's tensor parameters by TF argument name, as the op received
            them (gamma ``alpha``/``beta`` in the output dtype, Poisson ``lam``, binomial
            ``counts``/``probs``, parameterized truncated normal ``means``/...).
        """
        if isinstance(provenance, str):
            provenance = provenance_from_json(provenance)
        _check_replay_arguments(provenance, input, tensors or {})
        request = pb.ReplayRequest(provenance=provenance)
        if input is not None:
            request.input.CopyFrom(_random._encode(_random.as_tf_array(input), "input", "replay"))
        for key, value in (tensors or {}).items():
            request.tensors[key].CopyFrom(_random._encode(_random.as_tf_array(value), key, "replay"))
        return self._transport.replay(request)

    def _scopes(self) -> list[Any]:
        stack = getattr(self._local, "scopes", None)
        if stack is None:
            stack = self._local.scopes = []
        return stack

    def enable_op_determinism(self) -> None:
        """``tf.config.experimental.enable_op_determinism`` for this client: unseeded random ops
        raise :class:`~philoxd.errors.FailedPreconditionError` (a ``RuntimeError``) with TF's message."""
        self.config.experimental.enable_op_determinism()

    def function(self, fn: Callable[..., Any], name: str | None = None) -> _random.Function:
        """Wrap ``fn`` like ``tf.function``: each op position owns its kernel across calls.

        Inside, unseeded ops get op seeds 0, 1, 2, ... by position, and the
        global seed is the one in force at the first call. Like ``tf.function``, the
        function is traced at its first call with each input signature (numpy arguments'
        dtypes and shapes, other arguments' values): its Python body runs once more then,
        drawing nothing, and raises the ``ValueError``/``TypeError`` TF raises while tracing
        before anything of the function runs.

        Args:
          fn: The function.
          name: Name the function's scope in the session: every ``function(..., name=...)``
            with that name (in any process, and after :meth:`restore`) shares its kernels, so
            its streams continue where they were. None: a new scope of its own, like a new
            ``tf.function``.
        """
        if name is None:
            return _random.Function(self, fn)
        return _NamedFunction(self, fn, name)

    # -- the session as data -------------------------------------------------------------
    def snapshot(self) -> bytes:
        """The whole state of this client's session, as bytes: keep them beside a model checkpoint.

        The snapshot (global seed, op-seed position, every kernel and its counter, function
        scopes, generators) is taken atomically, and is versioned and self-describing
        (docs/api.md#snapshots-restore-and-fork): :meth:`restore` takes it on any server and store, and in-process.
        It predicts the session's future numbers: keep it as private as they are.
        """
        return bytes(self._transport.unary("SnapshotSession", pb.SnapshotSessionRequest(session=self.session)).snapshot)

    def restore(self, snapshot: bytes) -> None:
        """Replace the state of this client's session with a :meth:`snapshot`, atomically.

        Every stream (kernels, the unseeded-op sequence, named functions, generators) then
        continues exactly where the snapshot was taken; draws in flight land wholly before
        or wholly after. Function scopes the session has beyond the snapshot's stay. A
        snapshot from any server or principal may be restored (its bytes are its state).

        Raises:
          InvalidArgumentError: Not a snapshot (truncated, damaged, another format version,
            beyond a snapshot's limits); nothing changed.
        """
        if not isinstance(snapshot, (bytes, bytearray, memoryview)):
            raise errors.InvalidArgumentError(f"restore: argument `snapshot` must be bytes, got {type(snapshot).__name__}")
        request = pb.RestoreSessionRequest(session=self.session, request_id=new_request_id(), snapshot=bytes(snapshot))
        self._transport.unary("RestoreSession", request)

    def fork(self, name: str | None = None) -> Client:
        """A new session holding a copy of this one's state, and a client of it.

        The copy is taken atomically; from there the two sessions go their own ways (each
        stream of the fork continues where this session's was).

        Args:
          name: The new session's name (it must not exist); None: a private one.

        Returns:
          A :class:`Client` of the new session, on a connection of its own (close it too).
        """
        request = pb.ForkSessionRequest(session=self.session, new_session=name or "", request_id=new_request_id())
        forked = self._transport.unary("ForkSession", request).session
        transport = self._transport_factory() if self._transport_factory is not None else _Borrowed(self._transport)
        try:
            client = Client(transport, forked, self.target, transport_factory=self._transport_factory)
        except BaseException:
            transport.close()
            raise
        if not name:  # a private fork ends with its client, as a private session
            client._private_owner = os.getpid()
            _register_private(client)
        return client

    def generator(self, name: str, seed: Any = None, alg: Any = None) -> _random.Generator:
        """The session's Generator called ``name``: created on first use (from ``seed``,
        or OS entropy), shared by every process attached to the session."""
        alg_int = _random._alg_to_int(1 if alg is None else alg, "Client.generator")
        request = pb.CreateGeneratorRequest(session=self.session, name=name, alg=alg_int)  # type: ignore[arg-type]
        if seed is None:
            request.non_deterministic = True
        else:
            request.state.CopyFrom(_random.Generator._state_proto(_random.make_1d_state(seed, alg_int), alg_int))
        info = self._transport.unary("CreateGenerator", request)
        return self.random.Generator._attach(info.generator, alg_int)

    _END_AT_EXIT = True  # the asyncio client's mirror ends its private session in its own close()

    def _end_private(self) -> None:
        """Delete this client's private session, once, in the process that made it (best effort:
        a server that does not answer within :data:`END_PRIVATE_TIMEOUT_S` forgets it after its
        ``--session-ttl``)."""
        if self._private_owner != os.getpid():
            return
        self._private_owner = None
        try:
            request = pb.DeleteSessionRequest(session=self.session)
            self._transport.unary("DeleteSession", request, within=END_PRIVATE_TIMEOUT_S)
        except errors.PhiloxdError:
            pass

    def close(self) -> None:
        """Close the channel; a private session (``connect(session=None)``) this client made is deleted."""
        self._end_private()
        self._transport.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<philoxd.Client target={self.target or 'in-process'} session={self.session}>"


# What a replay needs beyond the provenance (which holds no tensors): by distribution, the draw's
# `input` (its TF argument's name) and its tensor parameters without defaults (TF argument names).
_REPLAY_INPUT = {pb.SHUFFLE: "value", pb.CATEGORICAL: "logits"}
_REPLAY_TENSORS = {
    pb.GAMMA: ("alpha",),
    pb.POISSON: ("lam",),
    pb.BINOMIAL: ("counts", "probs"),
    pb.PARAMETERIZED_TRUNCATED_NORMAL: ("means", "stddevs", "minvals", "maxvals"),
}


def _check_replay_arguments(provenance: pb.Provenance, input: Any, tensors: dict[str, Any]) -> None:  # noqa: A002 - tf name
    """Refuse a replay that lacks what its provenance cannot hold, naming the argument that supplies it."""
    what = pb.Distribution.Name(provenance.distribution).lower()
    name = _REPLAY_INPUT.get(provenance.distribution)
    if name is not None and input is None:
        raise errors.InvalidArgumentError(
            f"replay: a {what} draw's provenance does not hold its `{name}`: pass it as replay(provenance, input={name}) "
            f"(philoxd replay: --input {name}.npy)"
        )
    missing = [t for t in _REPLAY_TENSORS.get(provenance.distribution, ()) if t not in tensors]
    if missing:
        given = ", ".join(f"'{t}': {t}" for t in missing)
        flags = " ".join(f"--tensor {t}={t}.npy" for t in missing)
        raise errors.InvalidArgumentError(
            f"replay: a {what} draw's provenance does not hold its {', '.join(f'`{t}`' for t in missing)}: pass "
            f"replay(provenance, tensors={{{given}}}), as the draw received them (philoxd replay: {flags})"
        )


class _NamedFunction(_random.Function):
    """A :class:`~philoxd.Function` whose scope is registered under a name (``Client.function(fn, name=...)``)."""

    def __init__(self, client: Client, fn: Callable[..., Any], name: str) -> None:
        super().__init__(client, fn)
        self.name = name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            if self._scope is None:
                request = pb.RegisterScopeRequest(session=self._client.session, request_id=new_request_id(), name=self.name)
                self._scope = self._client._transport.unary("RegisterScope", request).scope
        return super().__call__(*args, **kwargs)


class _Borrowed:
    """Another client's transport, shared: closing this one leaves it open."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)

    def close(self) -> None:
        pass


def connect(
    target: str | None = None,
    *,
    session: str | None = None,
    token: str | None = None,
    tls: bool = False,
    ca_file: str | None = None,
    cert_file: str | None = None,
    key_file: str | None = None,
    timeout: float | None = None,
    retry_timeout: float = DEFAULT_RETRY_TIMEOUT_S,
    connect_timeout: float | None = DEFAULT_CONNECT_TIMEOUT_S,
    reset_expired: bool = False,
    generate: str = "auto",
) -> Client:
    """Connect to a philoxd server, or run the engine in this process.

    Args:
      target: ``host:port`` (any gRPC target, e.g. ``dns:///philoxd:50051``); defaults
        to ``$PHILOXD_TARGET``; if that is unset too, the engine runs in-process.
      session: Session to create or attach (default ``$PHILOXD_SESSION``); None
        makes a private session.
      token: Bearer token (default ``$PHILOXD_TOKEN``).
      tls: Use TLS.
      ca_file: PEM roots to verify the server with (TLS only; default: the system's).
      cert_file: PEM client certificate chain, for servers that require mutual TLS
        (``--tls-client-ca``); implies ``tls``. Needs ``key_file``.
      key_file: PEM private key of ``cert_file``.
      timeout: Per-call deadline in seconds: no call (this one included) takes longer,
        retries included; None: no deadline.
      retry_timeout: How long calls answered ``UNAVAILABLE`` (server restarting, store
        unreachable) are retried, with backoff and the same request id, before
        :class:`~philoxd.errors.UnavailableError` is raised (never past ``timeout``).
      connect_timeout: The most this call waits for the server to answer (retries
        included; default 5 s, and never more than ``timeout``); None: ``retry_timeout``.
        Raise it to wait for a server that is still starting.
      reset_expired: If the named ``session`` expired on the server (idle past its
        ``--session-ttl``), start it afresh: new global seed state, kernels and generators,
        so its numbers start over. Without it, connecting to an expired session raises
        :class:`~philoxd.errors.FailedPreconditionError` saying so (the server never starts
        an expired session over by itself: its streams would repeat numbers).
      generate: Where a remote client's numbers are generated (the values are the same):
        ``"client"``: by this process's engine: a draw on the session asks the server for its
        reservation only (``Reserve``), stateless draws and :meth:`Client.replay` call nothing
        (but large categorical / parameterized truncated normal ones, which read the session's
        thread count), candidate samplers are the server's; needs the ``server`` extra and an
        exact libm here. ``"server"``: by the server, every number sent. ``"auto"`` (default):
        ``"client"`` where this process has a usable engine, but draws on the session whose
        result fits one message (3 MiB) stay on the server (one round trip); else ``"server"``. In-process clients generate here whatever it says. See docs/api.md.

    Returns:
      A :class:`Client`; ``client.random`` mirrors ``tf.random``.

    Raises:
      InvalidArgumentError: ``target`` is not a gRPC address (say ``host:port``).
      UnavailableError: No server answered at ``target`` (the message says what to check).
      DeadlineExceededError: None answered within ``timeout`` / ``connect_timeout``.
      FailedPreconditionError: In-process, without the engine (the ``server`` extra);
        or ``session`` expired (see ``reset_expired``); or ``generate="client"`` without a
        usable engine.
    """
    target = target or os.environ.get(TARGET_ENV) or None
    engine = client_engine(generate, remote=target is not None)
    session = session or os.environ.get(SESSION_ENV) or None
    token = token or os.environ.get(TOKEN_ENV) or None

    def make() -> Transport:
        if target is None:
            return InProcessTransport(_in_process_servicer())
        remote = (GrpcTransport if engine is None else GeneratingGrpcTransport)(
            target, token=token, tls=tls, ca_file=ca_file, cert_file=cert_file, key_file=key_file,
            timeout=timeout, retry_timeout=retry_timeout, options=CHANNEL_OPTIONS,
        )
        if engine is not None:
            remote.generate_with(engine, always=generate == "client")
        return remote

    transport = make()
    try:
        return Client(
            transport, session, target, connect_timeout=None if target is None else connect_timeout, transport_factory=make,
            reset_expired=reset_expired,
        )  # fmt: skip
    except BaseException:
        transport.close()  # e.g. UNAUTHENTICATED on OpenSession: don't leak the channel
        raise
