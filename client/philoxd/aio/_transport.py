"""The asyncio client's transport: gRPC's ``grpc.aio`` channel, driven from worker threads.

The ``tf.random`` mirror (argument checks, request building, array decoding) is the same
code as the blocking client's and runs on a small thread pool; every network call runs on
the event loop, on a ``grpc.aio`` channel. :class:`AioBridge` is what that code sees: a
blocking transport whose calls hand a coroutine to the loop and wait for it (on the worker
thread, never on the loop). Retries, deadlines and error messages are the blocking
transport's own (``GrpcTransport._call``): UNAVAILABLE is retried with backoff and the same
request, so the server answers it once.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import queue
import threading
from collections.abc import AsyncIterator, Coroutine, Iterator, Sequence
from typing import Any, TypeVar

import grpc
import grpc.aio
import numpy as np

from philoxd import _codec, errors
from philoxd._transport import (
    _MAX_REQUEST_BYTES,
    DEFAULT_RETRY_TIMEOUT_S,
    ClientGeneration,
    GrpcTransport,
    _read,
    check_target,
    fits_one_message,
)
from philoxd.v1 import random_pb2 as pb
from philoxd.v1 import random_pb2_grpc as pb_grpc

__all__ = ["AioBridge", "CallState", "GeneratingAioBridge", "current_call"]

_T = TypeVar("_T")
_END = object()  # the end of a streamed draw, in its chunk queue
_POLL_S = 0.5  # a worker waiting for the loop checks this often that the loop still runs
_MAX_RECEIVE_BYTES = 64 << 20  # SnapshotSession answers may be larger than gRPC's default 4 MiB


class CallState:
    """One awaited API call, as its worker thread runs it: cancelled when the awaiting task is.

    The loop-side futures of the call's RPCs are kept so that cancelling the call cancels
    them (gRPC then cancels the RPCs).
    """

    def __init__(self) -> None:
        self.cancelled = False
        self._pending: set[concurrent.futures.Future[Any]] = set()
        self._lock = threading.Lock()

    def add(self, future: concurrent.futures.Future[Any]) -> None:
        """Track an RPC's future; cancelled at once if the call already is."""
        with self._lock:
            self._pending.add(future)
            cancelled = self.cancelled
        if cancelled:
            future.cancel()

    def discard(self, future: concurrent.futures.Future[Any]) -> None:
        """Forget a finished RPC's future."""
        with self._lock:
            self._pending.discard(future)

    def cancel(self) -> None:
        """Cancel the call: its RPCs now, and every later one before it starts."""
        with self._lock:
            self.cancelled = True
            pending = list(self._pending)
        for future in pending:
            future.cancel()


_current = threading.local()


def current_call() -> CallState | None:
    """The call the calling worker thread runs (None outside one)."""
    return getattr(_current, "call", None)


def set_current_call(call: CallState | None) -> None:
    """Mark the calling worker thread as running ``call`` (None: no call)."""
    _current.call = call


class AioBridge:
    """A blocking :class:`~philoxd._transport.Transport` whose RPCs run on an event loop.

    Create it on the loop's thread (the ``grpc.aio`` channel belongs to that loop); call
    its methods from other threads only.

    Args:
      loop: The event loop the channel lives on.
      target: ``host:port`` or any gRPC target.
      token: Bearer token.
      tls, ca_file, cert_file, key_file: As :func:`philoxd.connect`.
      timeout: Per-call deadline (seconds, retries included); None: none.
      retry_timeout: How long UNAVAILABLE is retried, with the same request.
    """

    # The blocking transport's retry loop, deadline and error messages, verbatim: they read only
    # _target, _timeout, _retry_timeout and _answered, which this class has as well.
    _call = GrpcTransport._call
    _error = GrpcTransport._error
    _deadline = GrpcTransport._deadline

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        target: str,
        *,
        token: str | None = None,
        tls: bool = False,
        ca_file: str | None = None,
        cert_file: str | None = None,
        key_file: str | None = None,
        timeout: float | None = None,
        retry_timeout: float = DEFAULT_RETRY_TIMEOUT_S,
    ) -> None:
        check_target(target)
        if timeout is not None and not timeout > 0:
            raise errors.InvalidArgumentError(f"connect: argument `timeout`={timeout!r} must be a number of seconds > 0, or None")
        if (cert_file is None) != (key_file is None):
            raise errors.InvalidArgumentError("connect: cert_file and key_file go together (mutual TLS)")
        options: Sequence[tuple[str, Any]] = (
            ("grpc.enable_retries", 0),  # philoxd retries UNAVAILABLE itself, with the same request_id
            ("grpc.max_send_message_length", _MAX_REQUEST_BYTES),
            ("grpc.max_receive_message_length", _MAX_RECEIVE_BYTES),
            ("grpc.lb_policy_name", "round_robin"),
        )
        if tls or cert_file:
            root, key, chain = (
                _read(path, name) if path else None
                for path, name in ((ca_file, "ca_file"), (key_file, "key_file"), (cert_file, "cert_file"))
            )
            credentials = grpc.ssl_channel_credentials(root, private_key=key, certificate_chain=chain)
            self.channel = grpc.aio.secure_channel(target, credentials, options=options)
        else:
            self.channel = grpc.aio.insecure_channel(target, options=options)
        self._loop = loop
        self._target = target
        self._timeout = timeout
        self._retry_timeout = retry_timeout
        self._answered = False
        self._metadata = (("authorization", f"Bearer {token}"),) if token else ()
        self._stub = pb_grpc.RandomStub(self.channel)
        self._draw_stream = self.channel.unary_stream(
            "/philoxd.v1.Random/Draw", request_serializer=pb.DrawRequest.SerializeToString, response_deserializer=None
        )
        self._replay_stream = self.channel.unary_stream(
            "/philoxd.v1.Random/Replay", request_serializer=pb.ReplayRequest.SerializeToString, response_deserializer=None
        )

    # -- running a coroutine on the loop, from a worker thread ---------------------------------
    def _run(self, coroutine: Coroutine[Any, Any, _T]) -> _T:
        """Run ``coroutine`` on the loop and wait for it here (a worker thread).

        Raises ``concurrent.futures.CancelledError`` when the awaiting call was cancelled,
        or the loop stopped while waiting.
        """
        call = current_call()
        if call is not None and call.cancelled:
            coroutine.close()
            raise concurrent.futures.CancelledError
        if self._loop.is_closed():
            coroutine.close()
            raise errors.CancelledError("the event loop of this philoxd.aio client is closed")
        future = asyncio.run_coroutine_threadsafe(coroutine, self._loop)
        if call is not None:
            call.add(future)
        try:
            while True:
                try:
                    return future.result(timeout=_POLL_S)
                except concurrent.futures.TimeoutError:
                    if self._loop.is_closed() or not self._loop.is_running():
                        future.cancel()
                        raise concurrent.futures.CancelledError from None
                except grpc.aio.UsageError as exc:  # the channel was closed (client.close())
                    raise errors.CancelledError(f"the philoxd.aio client is closed ({exc})") from None
        finally:
            if call is not None:
                call.discard(future)

    async def _unary(self, method: str, request: Any, left: float | None) -> Any:
        return await getattr(self._stub, method)(request, timeout=left, metadata=self._metadata)

    # -- Transport --------------------------------------------------------------------------
    def unary(self, method: str, request: Any, within: float | None = None) -> Any:
        """Call a unary method (at most ``timeout`` and ``within`` seconds, retries included)."""
        return self._call(lambda left: self._run(self._unary(method, request, left)), self._deadline(within), method)

    def draw(self, request: pb.DrawRequest) -> tuple[np.ndarray, pb.Provenance]:
        """Call ``DrawOne`` (a result that fits one message) or ``Draw``, and assemble the array.

        A ``Draw`` stream's chunks are received on the loop and written into the array
        here, as they come: the loop never copies an array.
        """
        deadline = self._deadline()
        if fits_one_message(request):
            try:
                chunk = self._call(lambda left: self._run(self._unary("DrawOne", request, left)), deadline, "Draw")
                return _codec.decode_chunk(chunk)
            except errors.OutOfRangeError:
                pass  # larger than estimated: the same request_id on Draw returns the same draw
        return self._call(lambda left: self._streamed(self._draw_stream, request, left), deadline, "Draw")  # type: ignore[no-any-return]

    def sample(self, request: pb.DrawRequest) -> tuple[tuple[np.ndarray, ...], pb.Provenance]:
        """Call ``Sample``: its outputs as arrays, and the provenance."""
        response = self.unary("Sample", request)
        return tuple(_codec.decode_tensor(t) for t in response.outputs), response.provenance

    def replay(self, request: pb.ReplayRequest) -> np.ndarray:
        """Call ``Replay`` and assemble its chunks."""
        values, _ = self._call(lambda left: self._streamed(self._replay_stream, request, left), self._deadline(), "Replay")
        return values  # type: ignore[no-any-return]

    def _streamed(self, multicallable: Any, request: Any, left: float | None) -> tuple[np.ndarray, pb.Provenance]:
        chunks: queue.SimpleQueue[Any] = queue.SimpleQueue()
        call = current_call()
        future = asyncio.run_coroutine_threadsafe(_pump(multicallable, request, left, self._metadata, chunks), self._loop)
        if call is not None:
            call.add(future)
        try:
            return _codec.join_chunks(_received(chunks, future, self._loop))
        finally:
            future.cancel()  # a no-op once the stream ended; else (an error here) the RPC ends too
            if call is not None:
                call.discard(future)

    def prepare(self, template: pb.DrawRequest) -> None:
        """None: every draw takes :meth:`draw`."""
        return None

    def draw_prepared(self, prepared: Any, session: str, request_id: str) -> tuple[np.ndarray, pb.Provenance]:
        """Never called (:meth:`prepare` returns None)."""
        raise NotImplementedError("prepare() returns None")

    def close(self) -> None:
        """Nothing: the asyncio client closes the channel on the loop (``await client.close()``)."""

    async def aclose(self) -> None:
        """Close the channel (cancels its calls in flight)."""
        await self.channel.close()


async def _pump(
    multicallable: Any, request: Any, left: float | None, metadata: Sequence[tuple[str, str]], chunks: queue.SimpleQueue[Any]
) -> None:
    """Call a response-streaming method (on the loop, which owns the call) and put its messages
    into ``chunks``, then ``_END`` (or the error that ended the stream)."""
    try:
        call: AsyncIterator[bytes] = multicallable(request, timeout=left, metadata=metadata)
        async for chunk in call:
            chunks.put(chunk)
    except BaseException as exc:  # noqa: BLE001 - handed to the thread that assembles the draw
        chunks.put(exc)
        if isinstance(exc, asyncio.CancelledError):
            raise
        return
    chunks.put(_END)


def _received(chunks: queue.SimpleQueue[Any], future: concurrent.futures.Future[None], loop: asyncio.AbstractEventLoop) -> Iterator[bytes]:
    """The messages :func:`_pump` receives, as they come; raises the error that ended the stream."""
    while True:
        try:
            item = chunks.get(timeout=_POLL_S)
        except queue.Empty:
            # the pump ends by queueing its last item: done with an empty queue means it never ran
            if loop.is_closed() or not loop.is_running() or (future.done() and chunks.empty()):
                raise concurrent.futures.CancelledError from None
            continue
        if item is _END:
            return
        if isinstance(item, asyncio.CancelledError):
            raise concurrent.futures.CancelledError
        if isinstance(item, grpc.aio.UsageError):  # the channel was closed (client.close())
            raise errors.CancelledError(f"the philoxd.aio client is closed ({item})")
        if isinstance(item, BaseException):
            raise item
        yield item


def default_workers() -> int:
    """Worker threads of an asyncio client: draws awaited at once before they queue."""
    return max(8, 4 * (os.cpu_count() or 2))


class GeneratingAioBridge(ClientGeneration, AioBridge):
    """An :class:`AioBridge` whose numbers this process generates, on the worker threads (see
    :class:`~philoxd._transport.ClientGeneration`)."""
