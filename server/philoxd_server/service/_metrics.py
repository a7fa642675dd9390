"""Prometheus metrics of ``philoxd serve`` (``--metrics-port``).

=================================  =========================================================
``philoxd_requests_total``         counter, labels ``method``, ``code`` (every status code,
                                   including the guard's UNAUTHENTICATED / RESOURCE_EXHAUSTED;
                                   each draw on a ``DrawStream`` counts as one call)
``philoxd_elements_total``         counter: elements returned by Draw, DrawOne, DrawStream, Replay and Sample
``philoxd_request_seconds``        histogram, label ``method``: handler time
``philoxd_sessions``               gauge: live sessions (``store.session_count()`` at scrape)
``philoxd_log_dropped_lines_total`` counter: log lines dropped because stderr did not keep up
=================================  =========================================================

plus the ``process_*`` / ``python_*`` collectors of ``prometheus_client``.

A scrape is cheap whatever the scraper does: the text is rendered at most once per
:data:`METRICS_CACHE_S` (scrapes in between get the same text), and the endpoint answers
one scrape at a time, at most one per :data:`MIN_SCRAPE_INTERVAL_S`.
"""

from __future__ import annotations

import http.server
import logging
import math
import socket
import socketserver
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import grpc
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.platform_collector import PlatformCollector
from prometheus_client.process_collector import ProcessCollector
from prometheus_client.registry import Collector

from philoxd.v1 import random_pb2 as pb

from philoxd_server._logging import dropped_lines
from philoxd_server.service._guard import RANDOM_METHOD_PREFIX, WrappingInterceptor, wrap_handler
from philoxd_server.state import Store

__all__ = ["LATENCY_BUCKETS_S", "METRICS_CACHE_S", "MIN_SCRAPE_INTERVAL_S", "Metrics", "MetricsInterceptor"]

log = logging.getLogger("philoxd.server")

# Rendering every metric takes ~1 ms of the interpreter lock that draws need too (measured: 622
# scrapes/s raised the draw p50 from 0.98 to 5.78 ms). Prometheus scrapes every 15 s by default
# (its scrape_interval): a text up to 1 s old costs it nothing.
METRICS_CACHE_S = 1.0
MIN_SCRAPE_INTERVAL_S = 0.02  # the endpoint answers at most 50 scrapes a second, one at a time
_SCRAPE_SOCKET_TIMEOUT_S = 5.0  # a scraper that sends no request for this long is dropped
LATENCY_BUCKETS_S = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, math.inf)


class _SessionsCollector(Collector):
    """``philoxd_sessions``, read from the store on every scrape."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def collect(self) -> Iterable[Metric]:
        try:
            count = self._store.session_count()
        except Exception as exc:  # noqa: BLE001 - a scrape must not fail because the store is down
            log.warning("metrics: cannot count sessions: %s", exc)
            return []
        return [GaugeMetricFamily("philoxd_sessions", "Live (unexpired) sessions in the store.", value=count)]


class _LogCollector(Collector):
    """``philoxd_log_dropped_lines_total``, read from the log writer at scrape."""

    def collect(self) -> Iterable[Metric]:
        return [CounterMetricFamily("philoxd_log_dropped_lines", "Log lines dropped because stderr did not keep up.",
                                    value=dropped_lines())]


class _Exposition:
    """The registry's text, rendered at most once per ``METRICS_CACHE_S``."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self._registry = registry
        self._lock = threading.Lock()
        self._text = b""
        self._rendered = -math.inf

    def text(self) -> bytes:
        with self._lock:  # concurrent scrapers wait for one rendering
            now = time.monotonic()
            if now - self._rendered >= METRICS_CACHE_S:
                self._text, self._rendered = generate_latest(self._registry), now
            return self._text


class _ScrapeHandler(http.server.BaseHTTPRequestHandler):
    """``GET /metrics`` (or ``/``): the cached text; then a pause, so scrapes are paced."""

    timeout = _SCRAPE_SOCKET_TIMEOUT_S
    server: _MetricsServer

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        if urllib.parse.urlsplit(self.path).path not in ("/metrics", "/"):
            self.send_error(404, "only /metrics is served here")
        else:
            body = self.server.exposition.text()
            self.send_response(200)
            self.send_header("Content-Type", CONTENT_TYPE_LATEST)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        time.sleep(MIN_SCRAPE_INTERVAL_S)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server API
        """No line per scrape."""


class _MetricsServer(http.server.HTTPServer):
    """One thread answering scrapes one at a time (``serve_forever``)."""

    def __init__(self, host: str, port: int, exposition: _Exposition) -> None:
        family = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0][0]
        self.address_family = family
        self.exposition = exposition
        super().__init__((host, port), _ScrapeHandler)

    def server_bind(self) -> None:
        """Bind without ``HTTPServer``'s reverse look-up of the host name (slow without DNS)."""
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), int(self.server_address[1])


class Metrics:
    """The server's metrics, in a registry of their own.

    Args:
      store: Counted for ``philoxd_sessions``.
    """

    def __init__(self, store: Store) -> None:
        self.registry = CollectorRegistry()
        ProcessCollector(registry=self.registry)
        PlatformCollector(registry=self.registry)
        self.requests = Counter(
            "philoxd_requests", "philoxd.v1.Random calls by method and status code.", ("method", "code"), registry=self.registry
        )
        self.elements = Counter("philoxd_elements", "Elements returned by Draw and Replay.", registry=self.registry)
        self.latency = Histogram(
            "philoxd_request_seconds",
            "Time spent serving philoxd.v1.Random calls, by method.",
            ("method",),
            buckets=LATENCY_BUCKETS_S,
            registry=self.registry,
        )
        self.registry.register(_SessionsCollector(store))
        self.registry.register(_LogCollector())
        self._http: _MetricsServer | None = None

    def observe(self, method: str, code: str, seconds: float, elements: int = 0) -> None:
        """Record one finished call."""
        self.requests.labels(method, code).inc()
        self.latency.labels(method).observe(seconds)
        if elements:
            self.elements.inc(elements)

    def start_http(self, port: int, host: str = "127.0.0.1") -> None:
        """Serve ``/metrics`` on ``host:port`` from a daemon thread (one scrape at a time, cached text)."""
        self._http = _MetricsServer(host.strip("[]"), port, _Exposition(self.registry))
        threading.Thread(target=self._http.serve_forever, name="philoxd-metrics", daemon=True).start()
        log.info("metrics on http://%s:%d/metrics", host, port)

    def stop_http(self) -> None:
        """Stop the ``/metrics`` server, if running."""
        if self._http is not None:
            self._http.shutdown()
            self._http.server_close()
            self._http = None


_STATUS_NAMES = {code.value[0]: code.name for code in grpc.StatusCode}


def _code(context: grpc.ServicerContext, exc: BaseException | None) -> str:
    code = context.code() if hasattr(context, "code") else None
    if isinstance(code, grpc.StatusCode):
        return code.name
    if isinstance(exc, GeneratorExit):
        return "CANCELLED"  # the stream was abandoned (client went away)
    return "UNKNOWN" if exc is not None else "OK"


def _elements(message: Any) -> int:
    """Elements of a draw from its (first) ``DrawChunk``, or of a ``SampleResponse``'s outputs."""
    if isinstance(message, bytes):  # a pre-serialized Draw/Replay chunk
        message = pb.DrawChunk.FromString(message)
    if isinstance(message, pb.SampleResponse):
        return sum(math.prod(t.shape) for t in message.outputs)
    tensor = getattr(message, "tensor", None)
    if tensor is None:
        return 0
    return math.prod(tensor.shape)


class MetricsInterceptor(WrappingInterceptor):
    """Counts and times every ``philoxd.v1.Random`` call (outermost, so it sees the guard's refusals)."""

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    def wrap(self, method: str, handler: grpc.RpcMethodHandler) -> grpc.RpcMethodHandler:
        """``handler`` of ``method`` (full name), counted and timed if it is a ``philoxd.v1.Random`` method."""
        if not method.startswith(RANDOM_METHOD_PREFIX):
            return handler
        name = method[len(RANDOM_METHOD_PREFIX):]
        metrics = self.metrics

        def wrap(behaviour: Callable[..., Any], streaming: bool) -> Callable[..., Any]:
            if streaming:

                def stream(request: Any, context: grpc.ServicerContext) -> Iterator[Any]:
                    start, elements, error = time.perf_counter(), 0, None
                    try:
                        for index, message in enumerate(behaviour(request, context)):
                            if index == 0:
                                elements = _elements(message)
                            yield message
                    except BaseException as exc:
                        error = exc
                        raise
                    finally:
                        metrics.observe(name, _code(context, error), time.perf_counter() - start, elements)

                return stream

            def unary(request: Any, context: grpc.ServicerContext) -> Any:
                start, error, elements = time.perf_counter(), None, 0
                try:
                    response = behaviour(request, context)
                    elements = _elements(response)
                    return response
                except BaseException as exc:
                    error = exc
                    raise
                finally:
                    metrics.observe(name, _code(context, error), time.perf_counter() - start, elements)

            return unary

        def wrap_stream(behaviour: Callable[..., Any]) -> Callable[..., Any]:
            def draws(requests: Iterator[Any], context: grpc.ServicerContext) -> Iterator[Any]:
                """Each draw of a ``DrawStream`` counts as one call (with its in-band status)."""
                started = time.perf_counter()
                answered = False

                def timed() -> Iterator[Any]:
                    nonlocal started
                    for request in requests:
                        started = time.perf_counter()
                        yield request

                try:
                    for reply in behaviour(timed(), context):
                        answered = True
                        if reply.HasField("error"):
                            metrics.observe(name, _STATUS_NAMES.get(reply.error.code, "UNKNOWN"), time.perf_counter() - started)
                        else:
                            metrics.observe(name, "OK", time.perf_counter() - started, _elements(reply.chunk))
                        yield reply
                except BaseException as exc:
                    if not answered:  # refused as a whole (credentials, no free stream slot)
                        metrics.observe(name, _code(context, exc), time.perf_counter() - started)
                    raise

            return draws

        return wrap_handler(handler, wrap, wrap_stream)

