"""The server's per-call Python: the ``DrawOne`` handler in-process, hot and from cold caches.

Usage: python benchmarks/bench_handler.py [--calls 5000] [--gap-us 300]

Calls ``RandomServicer.DrawOne`` directly (no gRPC) with what ``uniform([1])`` sends, a
fresh request id per call, in two ways: back to back (hot caches), and each call after a
``gap-us`` sleep, so the other processes of a loaded 2-core box (or here, the idle kernel)
evict the handler from the caches first — as under ``bench_grpc.py``'s concurrency test,
where 8 clients and the server take turns on the cores. Access lines are logged as by
``philoxd serve`` (into /dev/null). The peer is the same harness around a handler
returning a prepared answer. Prints a Markdown table of p50 µs.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import time
from collections.abc import Callable

from philoxd._transport import _InProcessContext
from philoxd.v1 import random_pb2 as pb
from philoxd_server._logging import configure_logging
from philoxd_server.service import RandomCore
from philoxd_server.service._servicer import RandomServicer
from philoxd_server.state import MemoryStore


def timed(call: Callable[[int], object], calls: int, gap_s: float) -> list[float]:
    """Seconds of each of ``calls`` calls, each after sleeping ``gap_s`` (0: back to back)."""
    for i in range(200):  # warm-up: JIT, plans, first allocations
        call(-1 - i)
    out = []
    for i in range(calls):
        if gap_s:
            time.sleep(gap_s)
        t = time.perf_counter()
        call(i)
        out.append(time.perf_counter() - t)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=5000)
    parser.add_argument("--gap-us", type=float, default=300.0, help="sleep before each cold call")
    args = parser.parse_args()

    # Access lines as `philoxd serve` writes them (--log-level info), into /dev/null.
    devnull = open(os.devnull, "w")  # noqa: SIM115 - the log writer thread writes here until exit
    with contextlib.redirect_stderr(devnull):
        configure_logging("info")
    servicer = RandomServicer(RandomCore(MemoryStore()))
    context = _InProcessContext()
    session = servicer.OpenSession(pb.OpenSessionRequest(session="bench"), context).session
    request = pb.DrawRequest(session=session, distribution=pb.UNIFORM, dtype=pb.FLOAT32, shape=[1], kernel=pb.KernelSource())
    request.minval.int_value, request.maxval.int_value = 0, 1  # as the client sends uniform([1])
    prepared = servicer.DrawOne(request, context)

    def draw(i: int) -> object:
        request.request_id = f"bench-{i}"
        return servicer.DrawOne(request, context)

    def canned(i: int) -> object:
        request.request_id = f"bench-{i}"
        return prepared

    print("| handler | hot p50 µs | cold p50 µs | cold / hot |")
    print("|---|---:|---:|---:|")
    for name, call in (("`DrawOne`, `uniform([1])`", draw), ("prepared answer (peer)", canned)):
        hot = statistics.median(timed(call, args.calls, 0.0)) * 1e6
        cold = statistics.median(timed(call, args.calls, args.gap_us * 1e-6)) * 1e6
        print(f"| {name} | {hot:.1f} | {cold:.1f} | {cold / hot:.1f}x |")
    print(f"\ncold: each call after a {args.gap_us:g} µs sleep; {args.calls} calls per row")


if __name__ == "__main__":
    main()
