"""A 64 MiB draw through ``philoxd serve`` against the same draw in-process, in one run: the
service-vs-in-process ratio of each ``connect(generate=...)`` mode, and the server CPU a draw costs.

Usage: python benchmarks/bench_local.py [--repeat 9] [--elements 16777216] [--quick]

Starts ``philoxd serve --store memory --log-level warning`` on 127.0.0.1 (its own process), then
takes turns, round by round (each variant first in turn) so that the machine's drift hits every
variant alike: the draw
in-process (``philoxd.connect()``), and through the server with ``generate="server"`` (every
number sent, on a ``Draw`` stream) and ``generate="client"`` (``Reserve``, then generated here;
``"auto"`` does the same for a draw this large). Draws: stateful ``uniform`` (a kernel of a
session) and ``stateless_uniform``, float32, ``--elements`` (64 MiB). Every variant's values are
checked bit-identical to in-process first.

Reported per variant: the median wall time of ``repeat`` draws and its ratio to in-process (the
target: at most 1.25x), and the server's CPU per draw (``/proc/<pid>/stat``, user + system, all
threads, in clock ticks of 10 ms: the mean over the rounds) as a share of the in-process generation time (target: under 10%). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_grpc import Server, process_cpu  # noqa: E402 - benchmarks/ is not a package

import philoxd  # noqa: E402

DRAW_ELEMENTS = 16 * 2**20  # float32: 64 MiB
ROUNDS = 9
TARGET_RATIO = 1.25  # issue 29: within 1.25x of in-process
TARGET_SERVER_CPU = 0.10  # issue 29: server CPU under 10% of the generation time


def draws(rng: philoxd.Client, elements: int) -> dict[str, Callable[[], np.ndarray]]:
    """The measured draws on ``rng`` (a fresh op seed each time: a stateful kernel advances)."""
    R = rng.random
    return {
        "uniform (stateful)": lambda: R.uniform([elements], seed=1),
        "stateless_uniform": lambda: R.stateless_uniform([elements], seed=[1, 2]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=ROUNDS, help="draws per variant (interleaved rounds)")
    parser.add_argument("--elements", type=int, default=DRAW_ELEMENTS, help="float32 elements per draw")
    parser.add_argument("--quick", action="store_true", help="3 rounds")
    args = parser.parse_args()
    rounds = 3 if args.quick else args.repeat
    with tempfile.TemporaryDirectory() as workdir:
        argv = [sys.executable, "-m", "philoxd_server", "serve", "--port", "0", "--store", "memory", "--grace", "1", "--log-level", "warning"]
        server = Server("philoxd", argv, workdir)
        try:
            target = server.wait_ready()
            run(target, server.proc.pid, args.elements, rounds)
        finally:
            server.stop()


def run(target: str, pid: int, elements: int, rounds: int) -> None:
    clients = {
        "in-process": philoxd.connect(session="bench-local"),
        'gRPC, generate="server"': philoxd.connect(target, session="bench-server", generate="server"),
        'gRPC, generate="client"': philoxd.connect(target, session="bench-client", generate="client"),
    }
    for rng in clients.values():
        rng.random.set_seed(5)
    calls = {name: draws(rng, elements) for name, rng in clients.items()}
    for draw in calls["in-process"]:  # warm up (JIT, allocator) and check the values are the same
        want = calls["in-process"][draw]()
        for name in clients:
            if name != "in-process":
                got = calls[name][draw]()
                assert got.tobytes() == want.tobytes(), f"{name} {draw}: not the in-process values"
    times: dict[tuple[str, str], list[float]] = {(n, d): [] for n in clients for d in calls["in-process"]}
    cpu: dict[tuple[str, str], list[float]] = {(n, d): [] for n in clients for d in calls["in-process"]}
    names = list(clients)
    for round_ in range(rounds):
        order = names[round_ % len(names) :] + names[: round_ % len(names)]  # each variant first in turn
        for draw in calls["in-process"]:
            for name in order:
                before_cpu = process_cpu(pid)
                start = time.perf_counter()
                calls[name][draw]()
                times[name, draw].append(time.perf_counter() - start)
                cpu[name, draw].append(process_cpu(pid) - before_cpu)
    load = os.getloadavg()
    print(f"{elements * 4 >> 20} MiB float32 draws, median of {rounds} interleaved rounds; {os.cpu_count()} cores, "
          f"load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}\n")
    print("| draw | path | ms | vs in-process | server CPU per draw | share of in-process time |")
    print("|---|---|---:|---:|---:|---:|")
    for draw in calls["in-process"]:
        local = statistics.median(times["in-process", draw])
        for name in clients:
            wall = statistics.median(times[name, draw])
            server_cpu = statistics.fmean(cpu[name, draw]) if name != "in-process" else 0.0  # clock ticks: a mean, not a median
            ratio = wall / local
            mark = "" if name == "in-process" else (" ✓" if ratio <= TARGET_RATIO else " ✗")
            share = "" if name == "in-process" else f"{server_cpu / local:.0%}" + (" ✓" if server_cpu / local < TARGET_SERVER_CPU else " ✗")
            server_ms = "" if name == "in-process" else f"{server_cpu * 1e3:.1f} ms"
            print(f"| {draw} | {name} | {wall * 1e3:.1f} | {ratio:.2f}x{mark} | {server_ms} | {share} |")
    crossover(clients, max(3, rounds))
    for rng in clients.values():
        rng.close()


CROSSOVER_BYTES = (4, 64 << 10, 512 << 10, 1 << 20, 3 << 20)  # float32 draws up to one message (3 MiB)
CROSSOVER_CALLS = 60  # per size and mode, in rounds


def crossover(clients: dict[str, philoxd.Client], rounds: int) -> None:
    """Stateful draws up to one message: the server sending them (one round trip on the thread's
    DrawStream) against ``Reserve`` + generating here; ``generate="auto"`` takes the former."""
    modes = [name for name in clients if name != "in-process"]
    print("\nStateful `uniform` up to one message, median µs per draw:\n")
    print("| bytes | " + " | ".join(modes) + " | client / server |")
    print("|---:|" + "---:|" * (len(modes) + 1))
    for size in CROSSOVER_BYTES:
        n = max(1, size // 4)
        calls = {name: (lambda rng=clients[name]: rng.random.uniform([n], seed=3)) for name in modes}
        samples: dict[str, list[float]] = {name: [] for name in modes}
        for name in modes:
            calls[name]()  # warm up: plans, the thread's stream
        for _ in range(rounds):
            for name in modes:
                for _ in range(CROSSOVER_CALLS // rounds):
                    start = time.perf_counter()
                    calls[name]()
                    samples[name].append(time.perf_counter() - start)
        medians = [statistics.median(samples[name]) for name in modes]
        cells = " | ".join(f"{m * 1e6:,.0f}" for m in medians)
        print(f"| {size:,} | {cells} | {medians[-1] / medians[0]:.2f}x |")


if __name__ == "__main__":
    main()
