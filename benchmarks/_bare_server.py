"""A bare gRPC peer for ``bench_grpc.py``: the least work gRPC Python can do per call.

Usage: python benchmarks/_bare_server.py {sync,aio} --port-file F [--host 127.0.0.1] [--max-workers 16]

Service ``bare.Bench`` (generic handlers, raw-bytes "serializers", so no .proto):
  - ``Echo``   unary:            returns the request bytes (the benchmark sends b"").
  - ``Small``  server-streaming: one small message (what a philoxd ``uniform([1])`` Draw is shaped like).
  - ``Stream`` server-streaming: a 64 MiB payload, preallocated at start-up, in philoxd's 3 MiB chunks.
  - ``Chat``   bidirectional:    echoes each request message (what philoxd's ``DrawStream`` is shaped like;
                                 sync only: each open one holds a pool thread, so give it ``--max-workers``
                                 of at least the number of clients).

``sync`` is ``grpc.server`` with philoxd's thread-pool size and server options
(imported from ``philoxd_server.service._server`` so they cannot drift);
``aio`` is ``grpc.aio.server`` with the same options. Runs until SIGTERM/SIGINT.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import pathlib
import signal
import threading
from concurrent.futures import ThreadPoolExecutor

import grpc
from philoxd._codec import CHUNK_BYTES
from philoxd_server.service._server import DEFAULT_MAX_WORKERS, MAX_REQUEST_BYTES

SERVICE = "bare.Bench"
STREAM_BYTES = 64 << 20
SERVER_OPTIONS = [("grpc.so_reuseport", 0), ("grpc.max_receive_message_length", MAX_REQUEST_BYTES)]  # = build_server's

# Preallocated once: the streamed chunks are bytes objects made here, never per call.
_PAYLOAD = os.urandom(STREAM_BYTES)
_CHUNKS = [_PAYLOAD[i : i + CHUNK_BYTES] for i in range(0, STREAM_BYTES, CHUNK_BYTES)]
_SMALL = b"\0" * 16


def _write_port_file(path: str, port: int) -> None:
    tmp = pathlib.Path(path + ".tmp")
    tmp.write_text(f"{port}\n")
    os.replace(tmp, path)


# -- sync -------------------------------------------------------------------------------------
def _echo(request: bytes, context: grpc.ServicerContext) -> bytes:
    return request


def _small(request: bytes, context: grpc.ServicerContext):  # type: ignore[no-untyped-def]
    yield _SMALL


def _stream(request: bytes, context: grpc.ServicerContext):  # type: ignore[no-untyped-def]
    yield from _CHUNKS


def _chat(requests, context: grpc.ServicerContext):  # type: ignore[no-untyped-def]
    yield from requests


def run_sync(host: str, port_file: str, max_workers: int) -> None:
    handler = grpc.method_handlers_generic_handler(
        SERVICE,
        {
            "Echo": grpc.unary_unary_rpc_method_handler(_echo),
            "Small": grpc.unary_stream_rpc_method_handler(_small),
            "Stream": grpc.unary_stream_rpc_method_handler(_stream),
            "Chat": grpc.stream_stream_rpc_method_handler(_chat),
        },
    )
    executor = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="bare-rpc")
    server = grpc.server(executor, options=SERVER_OPTIONS)
    server.add_generic_rpc_handlers((handler,))
    port = server.add_insecure_port(f"{host}:0")
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    server.start()
    _write_port_file(port_file, port)
    while not stop.wait(0.5):
        pass
    server.stop(0).wait()


# -- asyncio ----------------------------------------------------------------------------------
async def _aecho(request: bytes, context: grpc.aio.ServicerContext) -> bytes:
    return request


async def _asmall(request: bytes, context: grpc.aio.ServicerContext):  # type: ignore[no-untyped-def]
    yield _SMALL


async def _astream(request: bytes, context: grpc.aio.ServicerContext):  # type: ignore[no-untyped-def]
    for chunk in _CHUNKS:
        yield chunk


async def _run_aio(host: str, port_file: str) -> None:
    handler = grpc.method_handlers_generic_handler(
        SERVICE,
        {
            "Echo": grpc.unary_unary_rpc_method_handler(_aecho),
            "Small": grpc.unary_stream_rpc_method_handler(_asmall),
            "Stream": grpc.unary_stream_rpc_method_handler(_astream),
        },
    )
    server = grpc.aio.server(options=SERVER_OPTIONS)
    server.add_generic_rpc_handlers((handler,))
    port = server.add_insecure_port(f"{host}:0")
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await server.start()
    _write_port_file(port_file, port)
    await stop.wait()
    await server.stop(0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("flavor", choices=("sync", "aio"))
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--max-workers", type=int, default=DEFAULT_MAX_WORKERS)
    args = parser.parse_args()
    if args.flavor == "sync":
        run_sync(args.host, args.port_file, args.max_workers)
    else:
        asyncio.run(_run_aio(args.host, args.port_file))


if __name__ == "__main__":
    main()
