"""The server's guard: bearer-token authentication, a per-principal rate limit and deadlines.

:class:`GuardInterceptor` wraps every ``philoxd.v1.Random`` handler (health and
reflection stay open). Before the servicer runs it

1. authenticates ``authorization: Bearer <token>`` against an :class:`AuthTable`
   (``UNAUTHENTICATED`` when missing or wrong; tokens compared in constant time,
   never logged). Failed attempts are counted per client address
   (:class:`FailureThrottle`): beyond a burst, that address's calls are
   ``RESOURCE_EXHAUSTED`` without a token check, except on connections that have
   authenticated before; refusals are logged, one line per cause every 10 s,
2. takes one token from the principal's :class:`RateLimiter` bucket
   (``RESOURCE_EXHAUSTED`` when empty),
3. refuses a call whose deadline has already passed (``DEADLINE_EXCEEDED``; on an open
   server without a rate limit the guard steps aside and gRPC alone enforces deadlines),

and hands the servicer a context whose ``philoxd_principal`` attribute names the
caller ("" on an open server), so sessions can be namespaced per principal. Each draw
on a ``DrawStream`` re-checks the stream's token once the auth file has been re-read
(SIGHUP), so a revoked token stops drawing at its next draw.
"""

from __future__ import annotations

import hmac
import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import grpc

from philoxd_server._errors import InvalidArgument
from philoxd_server._logging import log_limited, printable

__all__ = [
    "ADMIT_DRAW_ATTR",
    "PRINCIPAL_ATTR",
    "RANDOM_METHOD_PREFIX",
    "AUTH_FAILURE_BURST",
    "AUTH_FAILURE_RATE",
    "AuthTable",
    "FailureThrottle",
    "GuardInterceptor",
    "GuardedContext",
    "MethodWrapper",
    "RateLimiter",
    "WrappingInterceptor",
    "load_auth_file",
    "wrap_handler",
]

log = logging.getLogger("philoxd.server")

PRINCIPAL_ATTR = "philoxd_principal"  # the servicer reads getattr(context, PRINCIPAL_ATTR, "")
RANDOM_METHOD_PREFIX = "/philoxd.v1.Random/"  # only these methods are guarded
# On a guarded DrawStream the servicer calls getattr(context, ADMIT_DRAW_ATTR)(draw_context) before
# each draw: the rate limit applies per draw, and a refusal fails only that draw.
ADMIT_DRAW_ATTR = "philoxd_admit_draw"
_BEARER = "bearer "
_AUTH_HEADER = "authorization"
_FORBIDDEN_PRINCIPAL_CHARS = "/"  # "/" separates principal and session in store names
# Failed authentications a client address may make: a burst of 10 (a misconfigured client sees
# its error several times over), then one per second, so guessing tokens of the auth file's
# length is hopeless and a flood of wrong tokens costs one compare per second per address.
AUTH_FAILURE_BURST = 10.0
AUTH_FAILURE_RATE = 1.0
_TRACKED_PEERS = 4096  # client addresses / authenticated connections remembered at most


def load_auth_file(path: str | os.PathLike[str]) -> dict[str, str]:
    """Parse an auth file: one ``principal:token`` per line, ``#`` comments, blank lines ignored.

    Args:
      path: The file.

    Returns:
      ``{token: principal}``.

    Raises:
      InvalidArgument: A line is malformed, a principal contains ``/``, or a token repeats.
      OSError: The file cannot be read.
    """
    tokens: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for number, raw in enumerate(fh, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            principal, sep, token = line.partition(":")
            principal, token = principal.strip(), token.strip()
            if not sep or not principal or not token:
                raise InvalidArgument(f"{path}:{number}: expected `principal:token`")  # the line may hold a token: not shown
            if any(c in principal for c in _FORBIDDEN_PRINCIPAL_CHARS):
                raise InvalidArgument(f"{path}:{number}: principal {principal!r} must not contain '/'")
            if token in tokens:
                raise InvalidArgument(f"{path}:{number}: token repeated (principals must have distinct tokens)")
            tokens[token] = principal
    if not tokens:
        raise InvalidArgument(f"{path}: no `principal:token` lines")
    return tokens


class AuthTable:
    """The tokens of an auth file, re-readable (SIGHUP) without dropping calls.

    Args:
      path: The auth file (see :func:`load_auth_file`).
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = path
        self._entries: tuple[tuple[bytes, str], ...] = ()
        self.generation = 0  # +1 per reload: a stream re-checks its token when it changes
        self.reload()

    def reload(self) -> None:
        """Re-read the file; on error keep the current tokens and raise.

        Raises:
          InvalidArgument, OSError: As :func:`load_auth_file`.
        """
        tokens = load_auth_file(self.path)
        self._entries = tuple((token.encode(), principal) for token, principal in tokens.items())  # atomic swap
        self.generation += 1
        log.info("auth: %d principal(s) loaded from %s", len({p for _, p in self._entries}), self.path)

    def principal(self, token: str) -> str | None:
        """The principal owning ``token``, or None; compares against every token in constant time."""
        offered = token.encode()
        found = None
        for known, principal in self._entries:  # no early exit: time does not depend on which matched
            if hmac.compare_digest(known, offered):
                found = principal
        return found


class RateLimiter:
    """Per-principal token buckets: ``rate`` calls per second, bursts up to ``rate`` (at least 1).

    Args:
      rate: Calls per second per principal; 0 disables the limit.
      clock: Monotonic clock (tests inject one).
    """

    def __init__(self, rate: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.burst = max(rate, 1.0)
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # principal -> (tokens, last refill)
        self._lock = threading.Lock()

    def allow(self, principal: str) -> bool:
        """Take one call from ``principal``'s bucket; False if it is empty."""
        if self.rate <= 0:
            return True
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.get(principal, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            allowed = tokens >= 1.0
            self._buckets[principal] = (tokens - 1.0 if allowed else tokens, now)
            return allowed


class FailureThrottle:
    """Failed authentications per client address: token buckets of ``burst``, refilled at ``rate``/s.

    Only failures take from a bucket; an address whose bucket is empty is refused without a
    token check until it refills. At most ``_TRACKED_PEERS`` addresses are remembered (full
    buckets are forgotten first, then the oldest).

    Args:
      burst: Failures an address may make at once.
      rate: Failures per second after the burst.
      clock: Monotonic clock (tests inject one).
    """

    def __init__(self, burst: float = AUTH_FAILURE_BURST, rate: float = AUTH_FAILURE_RATE,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.burst, self.rate = burst, rate
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # address -> (failures left, last refill)
        self._lock = threading.Lock()

    def _left(self, address: str, now: float) -> float:
        tokens, last = self._buckets.get(address, (self.burst, now))
        return min(self.burst, tokens + (now - last) * self.rate)

    def blocked(self, address: str) -> float:
        """Seconds until ``address`` may try again (0: it may now)."""
        if address not in self._buckets:
            return 0.0
        with self._lock:
            left = self._left(address, self._clock())
        return 0.0 if left >= 1.0 else (1.0 - left) / self.rate

    def failed(self, address: str) -> None:
        """Count one failed authentication from ``address``."""
        now = self._clock()
        with self._lock:
            left = max(0.0, self._left(address, now) - 1.0)
            self._buckets.pop(address, None)  # re-inserted last: the dict is in order of last failure
            if len(self._buckets) >= _TRACKED_PEERS:
                full = [a for a in self._buckets if self._left(a, now) >= self.burst]
                for forgotten in full or [next(iter(self._buckets))]:
                    del self._buckets[forgotten]
            self._buckets[address] = (left, now)


def _peer_address(peer: str) -> str:
    """The address part of a gRPC peer (``ipv4:127.0.0.1:5000`` -> ``ipv4:127.0.0.1``)."""
    if peer.startswith(("ipv4:", "ipv6:")):
        return peer.rpartition(":")[0]
    return peer  # unix sockets and the like: the whole name


class GuardedContext:
    """A ``grpc.ServicerContext`` that also names the authenticated principal.

    Every other attribute is the wrapped context's.
    """

    def __init__(self, context: grpc.ServicerContext, principal: str) -> None:
        self._context = context
        self.philoxd_principal = principal

    def __getattr__(self, name: str) -> Any:
        return getattr(self._context, name)


def wrap_handler(
    handler: grpc.RpcMethodHandler,
    wrap: Callable[[Callable[..., Any], bool], Callable[..., Any]],
    wrap_stream: Callable[[Callable[..., Any]], Callable[..., Any]] | None = None,
) -> grpc.RpcMethodHandler:
    """``handler`` with its behaviour replaced by ``wrap(behaviour, response_streaming)``.

    A bidirectional handler (``DrawStream``) is wrapped by ``wrap_stream(behaviour)``
    instead, or returned unchanged without one; ``philoxd.v1.Random`` has no other
    client streaming.
    """
    if handler.request_streaming:
        if wrap_stream is None or not handler.response_streaming:
            return handler
        return handler._replace(stream_stream=wrap_stream(handler.stream_stream))  # type: ignore[attr-defined]
    if handler.response_streaming:
        return handler._replace(unary_stream=wrap(handler.unary_stream, True))  # type: ignore[attr-defined]
    return handler._replace(unary_unary=wrap(handler.unary_unary, False))  # type: ignore[attr-defined]


def _bearer_token(metadata: Sequence[tuple[str, str | bytes]] | None) -> str | None:
    for key, value in metadata or ():
        if key == _AUTH_HEADER and isinstance(value, str) and value[: len(_BEARER)].lower() == _BEARER:
            return value[len(_BEARER):].strip()
    return None


class WrappingInterceptor(grpc.ServerInterceptor):
    """A ``grpc.ServerInterceptor`` that is also a :class:`MethodWrapper`: per call, it serves
    what ``wrap`` makes of the continuation's handler (subclasses define ``wrap``)."""

    def intercept_service(
        self, continuation: Callable[[grpc.HandlerCallDetails], grpc.RpcMethodHandler | None], handler_call_details: grpc.HandlerCallDetails
    ) -> grpc.RpcMethodHandler | None:
        handler = continuation(handler_call_details)
        return handler if handler is None else self.wrap(handler_call_details.method, handler)

    def wrap(self, method: str, handler: grpc.RpcMethodHandler) -> grpc.RpcMethodHandler:
        """The handler of ``method`` (``/package.Service/Method``) to serve instead of ``handler``."""
        raise NotImplementedError


class GuardInterceptor(WrappingInterceptor):
    """Authentication, rate limit and deadline check for ``philoxd.v1.Random`` calls.

    Args:
      auth: Tokens to accept; None = open server (every caller is principal "").
      rate_limit: Calls per second per principal (0 = unlimited).
    """

    def __init__(self, auth: AuthTable | None = None, rate_limit: float = 0.0) -> None:
        self.auth = auth
        self.limiter = RateLimiter(rate_limit)
        self.failures = FailureThrottle()
        self._connections: dict[str, None] = {}  # peers (address and port) that authenticated
        self._connections_lock = threading.Lock()

    def _authenticate(self, context: grpc.ServicerContext) -> tuple[str, str]:
        """The caller's principal ("" on an open server) and token; aborts the call (raises) when refused."""
        if self.auth is None:
            return "", ""
        peer = context.peer()
        address = _peer_address(peer)
        if peer not in self._connections:
            wait = self.failures.blocked(address)
            if wait:
                log_limited(log, "auth-throttled", f"auth: refused calls from {printable(address)} without checking "
                            f"their token: too many failed authentications (retry in {wait:.0f} s)")
                context.abort(
                    grpc.StatusCode.RESOURCE_EXHAUSTED,
                    f"too many failed authentications from {address}; retry in {wait:.0f} s",
                )
        token = _bearer_token(context.invocation_metadata())
        found = None if token is None else self.auth.principal(token)
        if found is None:
            what = "missing" if token is None else "invalid"
            self._connections.pop(peer, None)  # a reused address and port gets no free guesses
            self.failures.failed(address)
            log_limited(log, f"auth-{what}", f"auth: refused a call with {what} credentials from {printable(address)}")
            context.abort(
                grpc.StatusCode.UNAUTHENTICATED,
                f"{what} credentials: send `authorization: Bearer <token>` (philoxd.connect(token=...) or $PHILOXD_TOKEN)",
            )
        if peer not in self._connections:
            with self._connections_lock:
                if len(self._connections) >= _TRACKED_PEERS:
                    self._connections.pop(next(iter(self._connections), ""), None)
                self._connections[peer] = None
        return found, token  # type: ignore[return-value]

    def _limit(self, principal: str, context: grpc.ServicerContext) -> None:
        """Take one call from ``principal``'s bucket; aborts (raises) when it is empty."""
        if not self.limiter.allow(principal):
            context.abort(
                grpc.StatusCode.RESOURCE_EXHAUSTED,
                f"rate limit of {self.limiter.rate:g} calls/s exceeded for principal {principal!r}; retry later",
            )

    def _admit(self, context: grpc.ServicerContext) -> grpc.ServicerContext:
        """Check one call; aborts it (raises) when refused."""
        principal, _ = self._authenticate(context)
        self._limit(principal, context)
        remaining = context.time_remaining()
        if remaining is not None and remaining <= 0:
            context.abort(grpc.StatusCode.DEADLINE_EXCEEDED, "deadline exceeded before the call was served")
        # On an open server the principal is "", which is what the servicer reads from a plain context.
        return GuardedContext(context, principal) if principal else context

    def _admit_stream(self, context: grpc.ServicerContext) -> grpc.ServicerContext:
        """Authenticate a ``DrawStream``; each of its draws is then rate-limited (``ADMIT_DRAW_ATTR``),
        and its token checked again whenever the auth file has been re-read since."""
        principal, token = self._authenticate(context)
        guarded = GuardedContext(context, principal)
        auth = self.auth
        checked = [auth.generation if auth is not None else 0]

        def admit_draw(draw_context: grpc.ServicerContext) -> None:
            if auth is not None and auth.generation != checked[0]:
                if auth.principal(token) != principal:
                    log_limited(log, "auth-revoked", f"auth: refused a draw on a stream of principal {principal!r}: "
                                "its token is no longer in the auth file")
                    draw_context.abort(grpc.StatusCode.UNAUTHENTICATED, "invalid credentials: the stream's token was revoked")
                checked[0] = auth.generation
            self._limit(principal, draw_context)

        setattr(guarded, ADMIT_DRAW_ATTR, admit_draw)
        return guarded

    def wrap(self, method: str, handler: grpc.RpcMethodHandler) -> grpc.RpcMethodHandler:
        """``handler`` of ``method`` (full name), guarded if it is a ``philoxd.v1.Random`` method.

        An open server without a rate limit has nothing to check but the deadline, which
        gRPC enforces itself: its handlers are left as they are.
        """
        if not method.startswith(RANDOM_METHOD_PREFIX) or (self.auth is None and self.limiter.rate <= 0):
            return handler

        def wrap(behaviour: Callable[..., Any], streaming: bool) -> Callable[..., Any]:
            def guarded(request: Any, context: grpc.ServicerContext) -> Any:
                return behaviour(request, self._admit(context))  # a stream's iterator is returned as is

            return guarded

        def wrap_stream(behaviour: Callable[..., Any]) -> Callable[..., Any]:
            def guarded(requests: Any, context: grpc.ServicerContext) -> Any:
                return behaviour(requests, self._admit_stream(context))

            return guarded

        return wrap_handler(handler, wrap, wrap_stream)


class MethodWrapper(Protocol):
    """Wraps a method's handler once, when the server is built (``GuardInterceptor``, ``MetricsInterceptor``).

    Both are also ``grpc.ServerInterceptor``s; ``build_server`` applies them to the
    ``philoxd.v1.Random`` handlers up front instead, so gRPC's per-call interceptor
    pipeline never runs on its (single) polling thread.
    """

    def wrap(self, method: str, handler: grpc.RpcMethodHandler) -> grpc.RpcMethodHandler:
        """The handler of ``method`` (``/package.Service/Method``) to serve instead of ``handler``."""
        ...
