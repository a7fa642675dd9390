"""Load test: many client processes drawing small tensors from one ``philoxd serve``.

Starts ``philoxd serve`` (memory store by default) on a free loopback port, then
``--clients`` OS processes, each with its own session, call ``rng.random.uniform``
(a stateful kernel: a store reservation per call) back to back for ``--seconds``.
Reports calls/s, latency p50/p99 and errors (must be 0; exit 1 otherwise), as a
table and as one JSON line.

    python benchmarks/bench_load.py                  # 16 clients x 30 s
    python benchmarks/bench_load.py --quick          # 16 clients x 3 s
    python benchmarks/bench_load.py --clients 4 --seconds 2 --store sqlite
    python benchmarks/bench_load.py --target host:50051 --token T   # an existing server
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import pathlib
import signal
import subprocess
import sys
import tempfile
import time
from typing import Any

import numpy as np

DEFAULT_CLIENTS = 16
DEFAULT_SECONDS = 30.0
QUICK_SECONDS = 3.0
DEFAULT_ELEMENTS = 16  # "small draws"
WARMUP_CALLS = 5
START_TIMEOUT_S = 60.0
RESULT_TIMEOUT_S = 120.0


def _start_server(store: str, workdir: pathlib.Path, extra: list[str]) -> tuple[subprocess.Popen[bytes], str]:
    port_file = workdir / "port"
    args = [sys.executable, "-m", "philoxd_server", "serve", "--host", "127.0.0.1", "--port", "0"]
    args += ["--port-file", str(port_file), "--store", store, "--state-dir", str(workdir / "state"), "--log-level", "warning"]
    log = open(workdir / "server.log", "wb")  # noqa: SIM115 - lives as long as the server
    proc = subprocess.Popen([*args, *extra], stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
    log.close()
    deadline = time.monotonic() + START_TIMEOUT_S
    while not (port_file.exists() and port_file.read_text().strip()):
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"philoxd serve did not start:\n{(workdir / 'server.log').read_text()}")
        time.sleep(0.05)
    return proc, f"127.0.0.1:{int(port_file.read_text())}"


def _client(
    index: int, target: str, token: str | None, seconds: float, elements: int, ready: Any, start: Any, results: Any
) -> None:
    """One client process: warm up, wait for the common start, draw until time is up."""
    import philoxd
    from philoxd.errors import PhiloxdError

    latencies: list[float] = []
    calls = errors = 0
    messages: list[str] = []
    try:
        rng = philoxd.connect(target, session=f"load-{os.getpid()}-{index}", token=token, timeout=30.0, generate="server")
    except PhiloxdError as exc:
        ready.put(index)
        results.put((index, 0, 1, np.zeros(0), [f"connect: {exc}"]))
        return
    with rng:
        rng.random.set_seed(index)
        for _ in range(WARMUP_CALLS):
            rng.random.uniform([elements], seed=1)
        ready.put(index)
        start.wait()
        end = time.perf_counter() + seconds
        while True:
            t0 = time.perf_counter()
            if t0 >= end:
                break
            try:
                rng.random.uniform([elements], seed=1)
            except PhiloxdError as exc:
                errors += 1
                if len(messages) < 3:
                    messages.append(f"{type(exc).__name__}: {exc}")
            latencies.append(time.perf_counter() - t0)
            calls += 1
    results.put((index, calls, errors, np.asarray(latencies), messages))


def run(clients: int, seconds: float, target: str, token: str | None, elements: int) -> dict[str, Any]:
    """Run the clients against ``target``; returns the figures."""
    ctx = mp.get_context("spawn")
    ready, start, results = ctx.Queue(), ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_client, args=(i, target, token, seconds, elements, ready, start, results)) for i in range(clients)]
    for proc in procs:
        proc.start()
    for _ in procs:  # every client connected and warmed up
        ready.get(timeout=START_TIMEOUT_S)
    start.set()
    began = time.perf_counter()
    collected = [results.get(timeout=RESULT_TIMEOUT_S + seconds) for _ in procs]
    wall = time.perf_counter() - began
    for proc in procs:
        proc.join(timeout=30)
    latencies = np.concatenate([r[3] for r in collected]) if collected else np.zeros(0)
    calls = int(sum(r[1] for r in collected))
    return {
        "clients": clients,
        "seconds": seconds,
        "elements_per_call": elements,
        "calls": calls,
        "calls_per_s": round(calls / max(wall, seconds), 1),
        "p50_ms": round(float(np.percentile(latencies, 50)) * 1e3, 3) if latencies.size else None,
        "p99_ms": round(float(np.percentile(latencies, 99)) * 1e3, 3) if latencies.size else None,
        "errors": int(sum(r[2] for r in collected)),
        "error_samples": [m for r in collected for m in r[4]][:5],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=DEFAULT_CLIENTS, help="concurrent client processes")
    parser.add_argument("--seconds", type=float, default=None, help=f"duration (default {DEFAULT_SECONDS:g}; --quick: {QUICK_SECONDS:g})")
    parser.add_argument("--quick", action="store_true", help=f"a {QUICK_SECONDS:g} s run")
    parser.add_argument("--store", default="memory", help="the spawned server's --store")
    parser.add_argument("--elements", type=int, default=DEFAULT_ELEMENTS, help="elements per draw")
    parser.add_argument("--target", help="use this running server instead of spawning one")
    parser.add_argument("--token", default=os.environ.get("PHILOXD_TOKEN"), help="bearer token (with --target)")
    parser.add_argument("--server-arg", action="append", default=[], help="extra flag for the spawned server (repeatable)")
    args = parser.parse_args(argv)
    seconds = args.seconds if args.seconds is not None else (QUICK_SECONDS if args.quick else DEFAULT_SECONDS)

    server = None
    with tempfile.TemporaryDirectory(prefix="philoxd-load-") as tmp:
        try:
            if args.target:
                target = args.target
            else:
                server, target = _start_server(args.store, pathlib.Path(tmp), args.server_arg)
            figures = run(args.clients, seconds, target, args.token, args.elements)
        finally:
            if server is not None:
                server.send_signal(signal.SIGTERM)
                try:
                    server.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    server.kill()
                    server.wait()
    figures["store"] = "(external)" if args.target else args.store
    print(f"philoxd load: {figures['clients']} clients x {seconds:g} s, store {figures['store']}, {args.elements} elements/call")
    print(f"  calls/s {figures['calls_per_s']:>10}   p50 {figures['p50_ms']} ms   p99 {figures['p99_ms']} ms   errors {figures['errors']}")
    for message in figures["error_samples"]:
        print(f"  error: {message}")
    print(json.dumps(figures))
    return 1 if figures["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
