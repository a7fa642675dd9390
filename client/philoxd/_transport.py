"""How requests reach a servicer: in this process, or over a gRPC channel."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator, Sequence
from typing import Any, Protocol

import grpc
import numpy as np

from philoxd import _codec, errors
from philoxd.v1 import random_pb2 as pb
from philoxd.v1 import random_pb2_grpc as pb_grpc

__all__ = ["DEFAULT_RETRY_TIMEOUT_S", "GrpcTransport", "InProcessTransport", "Transport"]

DEFAULT_RETRY_TIMEOUT_S = 15.0  # keep retrying UNAVAILABLE this long (same request_id: no double draw)
_RETRY_BASE_S = 0.05
_RETRY_MAX_S = 2.0
_MAX_REQUEST_BYTES = 64 << 20  # the server accepts requests (shuffle values, logits) up to 64 MiB


def _read(path: str) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


class Transport(Protocol):
    """Sends one request of the ``philoxd.v1.Random`` service."""

    def unary(self, method: str, request: Any) -> Any:
        """Call a unary method; raise a :class:`philoxd.errors.PhiloxdError` on failure."""
        ...

    def draw(self, request: pb.DrawRequest) -> tuple[np.ndarray, pb.Provenance]:
        """Call ``Draw`` and assemble its chunks into one array."""
        ...

    def replay(self, request: pb.ReplayRequest) -> np.ndarray:
        """Call ``Replay`` and assemble its chunks."""
        ...

    def close(self) -> None:
        """Release resources."""
        ...


_MAX_ITEMSIZE = 8  # bytes per element of the widest dtype


def _fits_one_message(request: pb.DrawRequest) -> bool:
    """Whether the result surely fits one ``DrawOne`` answer (estimated from the request)."""
    elements = 1
    for dim in request.shape:
        elements *= max(dim, 1)
    if request.HasField("input"):
        elements = max(elements, len(request.input.data), (request.input.shape[0] if request.input.shape else 1) * max(request.num_samples, 1))
    for tensor in request.tensors.values():  # parameters (alpha, lam, ...) may add dimensions
        elements *= max(1, len(tensor.data))
    return elements * _MAX_ITEMSIZE <= _codec.CHUNK_BYTES


class _Abort(Exception):
    def __init__(self, code: grpc.StatusCode, details: str) -> None:
        super().__init__(details)
        self.code, self.details = code, details


class _InProcessContext:
    """The part of ``grpc.ServicerContext`` the servicer uses, without a socket."""

    def abort(self, code: grpc.StatusCode, details: str) -> None:
        raise _Abort(code, details)

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

    def unary(self, method: str, request: Any) -> Any:
        try:
            return getattr(self._servicer, method)(request, self._context)
        except _Abort as exc:
            raise errors.from_status(exc.code, exc.details) from None

    def draw(self, request: pb.DrawRequest) -> tuple[np.ndarray, pb.Provenance]:
        try:
            values, provenance = self._servicer.draw_array(request, self._context)
            return values, provenance
        except _Abort as exc:
            raise errors.from_status(exc.code, exc.details) from None

    def replay(self, request: pb.ReplayRequest) -> np.ndarray:
        try:
            return self._servicer.replay_array(request, self._context)  # type: ignore[no-any-return]
        except _Abort as exc:
            raise errors.from_status(exc.code, exc.details) from None

    def close(self) -> None:
        pass


class GrpcTransport:
    """A gRPC channel to ``philoxd serve``; retries UNAVAILABLE with backoff and the same request."""

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
    ) -> None:
        opts = [
            ("grpc.enable_retries", 0),  # philoxd retries UNAVAILABLE itself, with the same request_id
            ("grpc.max_send_message_length", _MAX_REQUEST_BYTES),
            ("grpc.lb_policy_name", "round_robin"),  # dns:///name spreads calls over every replica
            *options,
        ]
        if (cert_file is None) != (key_file is None):
            raise ValueError("cert_file and key_file go together (mutual TLS)")
        if tls or cert_file:
            root, key, chain = (_read(path) if path else None for path in (ca_file, key_file, cert_file))
            credentials = grpc.ssl_channel_credentials(root, private_key=key, certificate_chain=chain)
            self._channel = grpc.secure_channel(target, credentials, options=opts)
        else:
            self._channel = grpc.insecure_channel(target, options=opts)
        self._stub = pb_grpc.RandomStub(self._channel)
        # Draw/Replay streams arrive as wire bytes: join_chunks copies each chunk's data
        # once, straight from them, instead of a protobuf parse plus a bytes copy per chunk.
        self._draw_stream = self._channel.unary_stream(
            "/philoxd.v1.Random/Draw", request_serializer=pb.DrawRequest.SerializeToString, response_deserializer=None
        )
        self._replay_stream = self._channel.unary_stream(
            "/philoxd.v1.Random/Replay", request_serializer=pb.ReplayRequest.SerializeToString, response_deserializer=None
        )
        self._metadata = (("authorization", f"Bearer {token}"),) if token else ()
        self._timeout = timeout
        self._retry_timeout = retry_timeout

    def _call(self, fn: Any) -> Any:
        deadline = time.monotonic() + self._retry_timeout
        attempt = 0
        while True:
            try:
                return fn()
            except grpc.RpcError as exc:
                code = exc.code() if hasattr(exc, "code") else None
                delay = min(_RETRY_MAX_S, _RETRY_BASE_S * 2**attempt) * (0.5 + random.random() / 2)
                if code == grpc.StatusCode.UNAVAILABLE and time.monotonic() + delay < deadline:
                    attempt += 1
                    time.sleep(delay)  # same request, same request_id: the server answers it once
                    continue
                details = exc.details() if hasattr(exc, "details") else str(exc)
                raise errors.from_status(code, details or str(code)) from exc

    def unary(self, method: str, request: Any) -> Any:
        rpc = getattr(self._stub, method)
        return self._call(lambda: rpc(request, timeout=self._timeout, metadata=self._metadata))

    def draw(self, request: pb.DrawRequest) -> tuple[np.ndarray, pb.Provenance]:
        if _fits_one_message(request):
            try:  # one unary call: cheaper than a stream for small results
                chunk = self._call(lambda: self._stub.DrawOne(request, timeout=self._timeout, metadata=self._metadata))
                return _codec.decode_chunk(chunk)
            except errors.OutOfRangeError:
                pass  # larger than estimated: the same request_id on Draw returns the same draw

        def once() -> tuple[np.ndarray, pb.Provenance]:
            stream: Iterator[bytes] = self._draw_stream(request, timeout=self._timeout, metadata=self._metadata)
            return _codec.join_chunks(stream)

        return self._call(once)  # type: ignore[no-any-return]

    def replay(self, request: pb.ReplayRequest) -> np.ndarray:
        def once() -> np.ndarray:
            return _codec.join_chunks(self._replay_stream(request, timeout=self._timeout, metadata=self._metadata))[0]

        return self._call(once)  # type: ignore[no-any-return]

    def close(self) -> None:
        self._channel.close()
