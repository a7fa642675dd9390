"""Prometheus metrics of ``philoxd serve`` (``--metrics-port``).

=================================  =========================================================
``philoxd_requests_total``         counter, labels ``method``, ``code`` (every status code,
                                   including the guard's UNAUTHENTICATED / RESOURCE_EXHAUSTED;
                                   each draw on a ``DrawStream`` counts as one call)
``philoxd_elements_total``         counter: elements returned by Draw, DrawOne, DrawStream, Replay and Sample
``philoxd_request_seconds``        histogram, label ``method``: handler time
``philoxd_sessions``               gauge: live sessions (``store.session_count()`` at scrape)
=================================  =========================================================

plus the ``process_*`` / ``python_*`` collectors of ``prometheus_client``.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import grpc
from prometheus_client import CollectorRegistry, Counter, Histogram, start_http_server
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.platform_collector import PlatformCollector
from prometheus_client.process_collector import ProcessCollector
from prometheus_client.registry import Collector

from philoxd.v1 import random_pb2 as pb

from philoxd_server.service._guard import RANDOM_METHOD_PREFIX, WrappingInterceptor, wrap_handler
from philoxd_server.state import Store

__all__ = ["LATENCY_BUCKETS_S", "Metrics", "MetricsInterceptor"]

log = logging.getLogger("philoxd.server")

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
        self._http: Any = None

    def observe(self, method: str, code: str, seconds: float, elements: int = 0) -> None:
        """Record one finished call."""
        self.requests.labels(method, code).inc()
        self.latency.labels(method).observe(seconds)
        if elements:
            self.elements.inc(elements)

    def start_http(self, port: int, host: str = "127.0.0.1") -> None:
        """Serve ``/metrics`` on ``host:port`` from a daemon thread."""
        started = start_http_server(port, addr=host.strip("[]"), registry=self.registry)
        self._http = started[0] if isinstance(started, tuple) else None
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

