"""Small-draw throughput and latency of `philoxd serve` per store: memory, sqlite, redis, postgresql.

Usage: python benchmarks/bench_stores.py [--procs 4] [--seconds 5] [--quick]

Same client load for every store (``--procs`` processes, each its own channel,
each drawing ``uniform([1], seed=1)`` on its own private session for
``--seconds``), one store after the other in the same run; reports calls/s,
p50/p99 and the ratio to the memory store (target for the durable stores: ≥ 0.5x),
and the best of 3 one-reservation 64 MiB draws (``uniform([16 Mi], seed=1)`` float32) per store.
Starts a throwaway ``redis-server`` (no persistence) and a throwaway PostgreSQL (Debian's
binaries, as tests/integration/_postgres.py starts them: fsync on, one instance) on free loopback ports.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import bench_grpc as bg  # noqa: E402 - sibling benchmark module: Server, hammer, pct

TARGET_RATIO = 0.5
BIG_REPEAT = 3


def _big_draw_s(target: str) -> float:
    """Best of BIG_REPEAT seconds for one stateful 64 MiB draw (float32, one store reservation; after a warm-up draw)."""
    import philoxd

    with philoxd.connect(target) as rng:
        rng.random.uniform([bg.DRAW_ELEMENTS], seed=1)
        best = float("inf")
        for _ in range(BIG_REPEAT):
            start = time.perf_counter()
            rng.random.uniform([bg.DRAW_ELEMENTS], seed=1)
            best = min(best, time.perf_counter() - start)
    return best


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start_redis() -> tuple[subprocess.Popen[bytes], str]:
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("redis-server not found (apt-get install redis-server)")
    port = _free_port()
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc, f"redis://127.0.0.1:{port}/0"
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("redis-server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--procs", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--quick", action="store_true", help="2 processes, 2 s each")
    parser.add_argument("--sqlite-sync", default="full", choices=["full", "normal"])
    parser.add_argument("--postgres-setting", action="append", default=[], metavar="NAME=VALUE",
                        help="a setting of the throwaway PostgreSQL (postgres -c), e.g. synchronous_commit=off")
    args = parser.parse_args()
    if args.quick:
        args.procs, args.seconds = 2, 2.0
    redis_proc, redis_url = _start_redis()
    from tests.integration._postgres import PostgresServer  # the tests' throwaway server

    postgres = PostgresServer(name="bench", settings=dict(kv.split("=", 1) for kv in args.postgres_setting))
    rows = []
    with tempfile.TemporaryDirectory() as work:
        stores = {
            "memory": "memory",
            f"sqlite (synchronous={args.sqlite_sync})": f"sqlite://{work}/state.db?synchronous={args.sqlite_sync}",
            "redis": redis_url,
            "postgresql": postgres.url,
        }
        try:
            base = None
            for name, url in stores.items():
                argv = [sys.executable, "-m", "philoxd_server", "serve", "--port", "0", "--store", url,
                        "--grace", "1", "--log-level", "warning"]
                server = bg.Server(name.split()[0], argv, work)
                try:
                    target = server.wait_ready()
                    rate, lat = bg.hammer("philoxd-seeded", target, args.procs, args.seconds)
                    big = _big_draw_s(target)
                finally:
                    server.stop()
                base = base or (rate, big)
                rows.append((name, rate, bg.pct(lat, 0.5), bg.pct(lat, 0.99), rate / base[0], big, base[1] / big))
        finally:
            redis_proc.terminate()
            redis_proc.wait(timeout=10)
            postgres.close()
    print(f"{args.procs} client processes x {args.seconds:g} s of uniform([1], seed=1), {os.cpu_count()} cores\n")
    print("| store | calls/s | p50 µs | p99 µs | ratio vs memory | target (≥ 0.5x) | 64 MiB draw ms | vs memory |")
    print("|---|---:|---:|---:|---:|---|---:|---:|")
    for name, rate, p50, p99, ratio, big, big_ratio in rows:
        ok = "-" if name == "memory" else ("yes" if ratio >= TARGET_RATIO else "**no**")
        print(f"| {name} | {rate:,.0f} | {p50 * 1e6:,.0f} | {p99 * 1e6:,.0f} | {ratio:.2f}x | {ok} | {big * 1e3:,.0f} | {big_ratio:.2f}x |")


if __name__ == "__main__":
    main()
