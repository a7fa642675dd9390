"""philoxd over gRPC against a bare gRPC server (sync and asyncio), in one run.

Usage: python benchmarks/bench_grpc.py [--quick] [--calls 3000] [--repeat 5] [--procs 8] [--seconds 2] [--rounds 8]
                                       [--profile OUT] [--log-level info]

Starts, on 127.0.0.1 and each in its own process: ``philoxd serve --port 0`` (memory store,
default workers and stream slots, ``--log-level`` as given: info is philoxd's default, one
access line per draw, written to a temp file), and ``benchmarks/_bare_server.py`` three
times: a sync ``grpc.server`` with philoxd's pool size and options, a ``grpc.aio`` server,
and a sync server whose pool also has philoxd's stream threads (for its bidi ``Chat``).
Every client channel has philoxd's channel options. Then:

1. latency: ``rng.random.uniform([1])`` vs the bare unary empty echo (p50/p99; rounds
   interleaved across servers so machine noise hits all of them alike);
2. throughput: ``stateless_uniform([16 * 2**20], seed=[1, 2])`` (64 MiB float32) vs the bare
   server streaming 64 MiB in philoxd's 3 MiB chunks into one preallocated buffer (best of ``repeat``);
3. concurrency: ``procs`` client processes, each with a channel to every server, take turns on
   philoxd (one shared named session, then private sessions), the bare echo and the others in
   synchronized ``seconds`` windows, ``rounds`` times (see ``alternate``). A ratio is the median
   over rounds of the two loads' calls/s in the same round: this 2-core VM's throughput drifts by
   ±20% within a minute, which fresh process groups run one after the other turned into noise.
   Each window also yields the CPU one call costs the server (``/proc/<pid>/stat``) and the
   clients (``os.times``): with every core busy, calls/s ≈ cores / (server + client CPU per call);
4. sync vs asyncio: the bare aio server on the same latency, concurrency and stream tests.

philoxd's client sends a thread's small draws on one ``DrawStream`` (bidi) that the thread
drives itself; the peer of the targets is the bare *unary* echo, as the issue sets it. For the
full picture the concurrency test also runs philoxd with streams off (one unary ``DrawOne`` per
draw, as before streams), philoxd's streams through gRPC's public stream API (its helper
threads, as before direct streams) and a bare bidi ``Chat`` (one small message each way per call: the shape of ``DrawStream``),
and the bare ``Small`` method (server-streaming, one 16-byte message: the shape of ``Draw``).
Prints Markdown tables; every server is terminated at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import multiprocessing as mp
import os
import pathlib
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
STREAM_BYTES = 64 << 20
DRAW_ELEMENTS = 16 * 2**20  # float32: 64 MiB
# = philoxd._transport.GrpcTransport's channel options, so the bare peers see the same channel.
CHANNEL_OPTIONS = [("grpc.enable_retries", 0), ("grpc.max_send_message_length", 64 << 20), ("grpc.lb_policy_name", "round_robin")]


# -- servers ----------------------------------------------------------------------------------
class Server:
    def __init__(self, name: str, argv: list[str], workdir: str, profiled: bool = False) -> None:
        self.name, self.profiled = name, profiled
        self.port_file = os.path.join(workdir, f"{name}.port")
        self.log_path = os.path.join(workdir, f"{name}.log")
        pathlib.Path(self.port_file).unlink(missing_ok=True)  # never read a previous run's port
        self._log = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [*argv, "--port-file", self.port_file],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # a Ctrl-C in the terminal reaches us, not the servers twice
        )
        self.target = ""

    def wait_ready(self, timeout: float = 120.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}; log: {self.log_path}")
            with contextlib.suppress(FileNotFoundError, ValueError):
                port = int(pathlib.Path(self.port_file).read_text())
                self.target = f"127.0.0.1:{port}"
                return self.target
            time.sleep(0.05)
        raise TimeoutError(f"{self.name} not ready after {timeout} s; log: {self.log_path}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            # Under py-spy, stop the profiled child: py-spy then writes its output and exits.
            children = pathlib.Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
            pids = [int(p) for p in children.read_text().split()] if self.profiled and children.exists() else []
            for pid in pids or [self.proc.pid]:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        self._log.close()


def start_servers(workdir: str, log_level: str, profile: str | None) -> dict[str, Server]:
    philoxd_argv = [sys.executable, "-m", "philoxd_server", "serve", "--port", "0", "--store", "memory", "--grace", "1", "--log-level", log_level]
    if profile:  # py-spy over the whole philoxd process (all threads); .svg, .json (speedscope), else collapsed text
        fmt = {".svg": "flamegraph", ".json": "speedscope"}.get(pathlib.Path(profile).suffix, "raw")
        philoxd_argv = ["py-spy", "record", "-r", "250", "-f", fmt, "-o", profile, "--", *philoxd_argv]
    bare = [sys.executable, str(HERE / "_bare_server.py")]
    from philoxd_server.service._server import DEFAULT_MAX_STREAMS, DEFAULT_MAX_WORKERS

    servers = {
        "philoxd": Server("philoxd", philoxd_argv, workdir, profiled=bool(profile)),
        "sync": Server("bare-sync", [*bare, "sync"], workdir),
        "aio": Server("bare-aio", [*bare, "aio"], workdir),
        # Chat streams hold a pool thread each: philoxd's pool with its stream threads.
        "chat": Server("bare-chat", [*bare, "sync", "--max-workers", str(DEFAULT_MAX_WORKERS + DEFAULT_MAX_STREAMS)], workdir),
    }
    for server in servers.values():
        server.wait_ready()
    return servers


# -- callables (built inside whichever process calls them) -----------------------------------
_TRANSPORT_VARIANTS: dict[str, dict[str, bool]] = {
    "philoxd-unary": {"streams": False},  # DrawStream off: one unary DrawOne per draw
    "philoxd-threaded": {"direct_streams": False},  # DrawStream through gRPC's public stream API (its helper threads)
}


def make_call(kind: str, target: str, session: str | None = None) -> tuple[Callable[[], object], Callable[[], None]]:
    """``(call, close)`` for one kind of request over a fresh channel."""
    if kind == "philoxd":
        import philoxd

        rng = philoxd.connect(target, session=session, generate="server")  # the gRPC path (bench_local.py: generate="client")
        return (lambda: rng.random.uniform([1])), rng.close
    if kind in _TRANSPORT_VARIANTS:  # the same library with another transport setting
        import philoxd
        from philoxd._transport import GrpcTransport

        rng = philoxd.Client(GrpcTransport(target, **_TRANSPORT_VARIANTS[kind]), session, target)
        return (lambda: rng.random.uniform([1])), rng.close
    if kind == "philoxd-seeded":  # one shared kernel per session: a counter reservation per call
        import philoxd

        rng = philoxd.connect(target, session=session, generate="server")  # the gRPC path (bench_local.py: generate="client")
        return (lambda: rng.random.uniform([1], seed=1)), rng.close
    if kind == "philoxd-draw64":
        import philoxd

        rng = philoxd.connect(target, session=session, generate="server")  # the gRPC path (bench_local.py: generate="client")
        return (lambda: rng.random.stateless_uniform([DRAW_ELEMENTS], seed=[1, 2])), rng.close
    import grpc

    channel = grpc.insecure_channel(target, options=CHANNEL_OPTIONS)
    if kind == "echo":
        echo = channel.unary_unary("/bare.Bench/Echo")
        return (lambda: echo(b"")), channel.close
    if kind == "small":
        small = channel.unary_stream("/bare.Bench/Small")
        return (lambda: list(small(b""))), channel.close
    if kind == "chat":  # one bidi stream, one message each way per call: what philoxd's DrawStream is shaped like
        import queue

        requests: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()

        def until_none() -> Any:
            while (message := requests.get()) is not None:
                yield message

        replies = channel.stream_stream("/bare.Bench/Chat")(until_none())

        def chat() -> object:
            requests.put(b"")
            return next(replies)

        def close_chat() -> None:
            requests.put(None)
            channel.close()

        return chat, close_chat
    if kind == "stream64":
        stream = channel.unary_stream("/bare.Bench/Stream")

        def receive() -> np.ndarray:  # what join_chunks does: copy into one preallocated array
            out = np.empty(STREAM_BYTES, np.uint8)
            pos = 0
            for chunk in stream(b""):
                out[pos : pos + len(chunk)] = np.frombuffer(chunk, np.uint8)
                pos += len(chunk)
            assert pos == STREAM_BYTES
            return out

        return receive, channel.close
    raise ValueError(kind)


# -- 1. latency -------------------------------------------------------------------------------
def latencies(calls: dict[str, Callable[[], object]], total: int, rounds: int = 10) -> dict[str, list[float]]:
    """``total`` timed calls per callable, in ``rounds`` interleaved blocks (after a warm-up)."""
    out: dict[str, list[float]] = {name: [] for name in calls}
    for fn in calls.values():
        for _ in range(100):
            fn()
    per_round = max(1, total // rounds)
    for _ in range(rounds):
        for name, fn in calls.items():
            lat = out[name]
            for _ in range(per_round):
                t = time.perf_counter()
                fn()
                lat.append(time.perf_counter() - t)
    return out


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(len(s) * q))]


# -- 2. throughput ----------------------------------------------------------------------------
def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()  # warm-up (JIT, page faults, channel)
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return times


# -- 3. concurrency ---------------------------------------------------------------------------
def _run_for(call: Callable[[], object], seconds: float) -> tuple[int, float, list[float]]:
    """Call back to back for ``seconds``: (calls, elapsed seconds, latency of each call)."""
    lat: list[float] = []
    start = now = time.perf_counter()
    deadline = start + seconds
    while now < deadline:
        call()
        t = time.perf_counter()
        lat.append(t - now)
        now = t
    return len(lat), now - start, lat


def _worker(kind: str, target: str, session: str | None, seconds: float, barrier: Any, results: Any) -> None:
    call, close = make_call(kind, target, session)
    try:
        for _ in range(50):
            call()
        barrier.wait(timeout=120)
        results.put(_run_for(call, seconds))
    finally:
        close()


def _reap(workers: list[Any]) -> None:
    """Join the worker processes; terminate those that do not end within 10 s."""
    for w in workers:
        w.join(timeout=10)
        if w.is_alive():
            w.terminate()
            w.join()


def hammer(kind: str, target: str, procs: int, seconds: float, session: str | None = None) -> tuple[float, list[float]]:
    """Total calls/s of ``procs`` processes (own channel each) and all their latencies."""
    ctx = mp.get_context("spawn")  # no fork after gRPC started threads
    barrier = ctx.Barrier(procs)
    results = ctx.Queue()
    workers = [ctx.Process(target=_worker, args=(kind, target, session, seconds, barrier, results)) for _ in range(procs)]
    for w in workers:
        w.start()
    try:
        got = [results.get(timeout=seconds + 180) for _ in workers]
    finally:
        _reap(workers)
    rate = sum(n / elapsed for n, elapsed, _ in got)
    return rate, [x for _, _, lat in got for x in lat]


Load = tuple[str, str, str | None]  # (kind, target, session) of make_call


def _alternating_worker(loads: list[Load], windows: int, seconds: float, barrier: Any, results: Any) -> None:
    made = [make_call(kind, target, session) for kind, target, session in loads]
    try:
        for call, _ in made:
            for _ in range(50):
                call()
        out: list[tuple[int, float, list[float], float]] = []
        for window in range(windows):
            barrier.wait(timeout=120)  # every process starts the window together
            before = os.times()
            n, elapsed, lat = _run_for(made[window % len(made)][0], seconds)
            after = os.times()
            out.append((n, elapsed, lat, after.user - before.user + after.system - before.system))
        results.put(out)
    finally:
        for _, close in made:
            close()


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system, all threads) used so far by process ``pid`` (Linux ``/proc``)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime in clock ticks


@dataclasses.dataclass
class Windows:
    """One load's windows in :func:`alternate`."""

    rates: list[float] = dataclasses.field(default_factory=list)  # total calls/s of each window
    latencies: list[float] = dataclasses.field(default_factory=list)  # every call of every window, s
    server_cpu: list[float] = dataclasses.field(default_factory=list)  # server CPU per call of each window, s
    client_cpu: list[float] = dataclasses.field(default_factory=list)  # all clients' CPU per call of each window, s


def alternate(loads: dict[str, Load], procs: int, seconds: float, rounds: int, pids: dict[str, int] | None = None) -> dict[str, Windows]:
    """``procs`` processes (own channels) run each load for ``seconds``, one after the other, ``rounds`` times.

    The same processes take turns on every load in short windows, so a drift of the
    machine's speed hits all loads alike and each window can be compared with its
    neighbours. This process joins each window's start and reads the CPU time of the
    load's server (``pids``: load name -> server pid), so each window also yields the
    CPU that one call costs the server and the clients.
    """
    names = list(loads)
    pids = pids or {}
    windows = rounds * len(names)
    ctx = mp.get_context("spawn")  # no fork after gRPC started threads
    barrier = ctx.Barrier(procs + 1)
    results = ctx.Queue()
    args = ([loads[n] for n in names], windows, seconds, barrier, results)
    workers = [ctx.Process(target=_alternating_worker, args=args) for _ in range(procs)]
    for w in workers:
        w.start()
    snapshots: list[dict[str, float]] = []  # every server's CPU seconds at each window's start, and at the end
    try:
        for _ in range(windows):
            barrier.wait(timeout=300)
            snapshots.append({name: process_cpu(pid) for name, pid in pids.items()})
        got = [results.get(timeout=windows * (seconds + 30) + 180) for _ in workers]
        snapshots.append({name: process_cpu(pid) for name, pid in pids.items()})
    finally:
        _reap(workers)
    out = {n: Windows() for n in names}
    for window in range(windows):
        load = out[names[window % len(names)]]
        calls = sum(w[window][0] for w in got)
        load.rates.append(sum(w[window][0] / w[window][1] for w in got))
        load.client_cpu.append(sum(w[window][3] for w in got) / calls)
        name = names[window % len(names)]
        if name in pids:  # the server's CPU from this window's start to the next one's (it idles in between)
            load.server_cpu.append((snapshots[window + 1][name] - snapshots[window][name]) / calls)
        for w in got:
            load.latencies.extend(w[window][2])
    return out


def paired_ratio(rates: list[float], peer: list[float]) -> float:
    """Median over rounds of (this load's calls/s / the peer's calls/s in the same round)."""
    return statistics.median(a / b for a, b in zip(rates, peer))


# -- report -----------------------------------------------------------------------------------
Row = tuple[str, str, str, str, str, str]


def us(seconds: float) -> str:
    return f"{seconds * 1e6:,.0f}"


def verdict(ratio: float, target: float, higher_is_better: bool) -> str:
    ok = ratio >= target if higher_is_better else ratio <= target
    return f"{'yes' if ok else '**no**'} ({'≥' if higher_is_better else '≤'} {target:g}x)"


def print_table(title: str, rows: list[Row]) -> None:
    print(f"\n### {title}\n")
    print("| what | p50 µs | p99 µs | calls/s or MB/s | ratio vs peer | target met? |")
    print("|---|---:|---:|---:|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="short run: 600 calls, 2 repeats, 1.5 s concurrency")
    parser.add_argument("--calls", type=int, default=3000, help="timed latency calls per server")
    parser.add_argument("--repeat", type=int, default=5, help="64 MiB transfers per server")
    parser.add_argument("--procs", type=int, default=8, help="client processes in the concurrency test")
    parser.add_argument("--seconds", type=float, default=2.0, help="duration of each concurrency window")
    parser.add_argument("--rounds", type=int, default=8, help="windows per load in the concurrency test (loads take turns)")
    parser.add_argument("--log-level", default="info", help="philoxd serve --log-level (info = its default)")
    parser.add_argument("--profile", metavar="OUT", help="run philoxd under py-spy record; OUT.svg, OUT.json (speedscope) or collapsed stacks")
    args = parser.parse_args()
    if args.quick:
        args.calls, args.repeat, args.seconds, args.rounds = 600, 2, 1.0, 2

    with tempfile.TemporaryDirectory(prefix="bench-grpc-") as workdir:
        servers: dict[str, Server] = {}
        try:
            started = time.perf_counter()
            servers = start_servers(workdir, args.log_level, args.profile)
            print(f"servers up in {time.perf_counter() - started:.1f} s: "
                  + ", ".join(f"{s.name} {s.target}" for s in servers.values()))
            run(args, {k: s.target for k, s in servers.items()}, {k: s.proc.pid for k, s in servers.items()})
        finally:
            for server in servers.values():
                server.stop()


def run(args: argparse.Namespace, target: dict[str, str], pid: dict[str, int]) -> None:
    # 1 + 4. latency ----------------------------------------------------------------------
    closers: list[Callable[[], None]] = []
    calls: dict[str, Callable[[], object]] = {}
    for name, kind, tgt in [
        ("philoxd", "philoxd", target["philoxd"]),
        ("sync echo", "echo", target["sync"]),
        ("sync small", "small", target["sync"]),
        ("aio echo", "echo", target["aio"]),
        ("aio small", "small", target["aio"]),
    ]:
        fn, close = make_call(kind, tgt)
        calls[name] = fn
        closers.append(close)
    lat = latencies(calls, args.calls)
    p50 = {k: statistics.median(v) for k, v in lat.items()}
    p99 = {k: pct(v, 0.99) for k, v in lat.items()}
    cps = {k: len(v) / sum(v) for k, v in lat.items()}

    # 2 + 4. throughput -----------------------------------------------------------------------
    draw, close = make_call("philoxd-draw64", target["philoxd"])
    closers.append(close)
    sync_stream, close = make_call("stream64", target["sync"])
    closers.append(close)
    aio_stream, close = make_call("stream64", target["aio"])
    closers.append(close)
    tput: dict[str, list[float]] = {"philoxd": [], "sync": [], "aio": []}
    draw(), sync_stream(), aio_stream()  # warm-up
    for _ in range(args.repeat):  # interleaved, like the latency rounds
        for name, fn in (("philoxd", draw), ("sync", sync_stream), ("aio", aio_stream)):
            t = time.perf_counter()
            fn()
            tput[name].append(time.perf_counter() - t)
    for c in closers:
        c()
    mbs = {k: STREAM_BYTES / min(v) / 1e6 for k, v in tput.items()}

    # 3 + 4. concurrency ------------------------------------------------------------------------
    runs = alternate(
        {
            "philoxd shared": ("philoxd", target["philoxd"], "bench-shared"),
            "sync echo": ("echo", target["sync"], None),
            "philoxd private": ("philoxd", target["philoxd"], None),
            "sync small": ("small", target["sync"], None),
            "aio echo": ("echo", target["aio"], None),
            "philoxd unary": ("philoxd-unary", target["philoxd"], "bench-unary"),
            "philoxd threaded": ("philoxd-threaded", target["philoxd"], "bench-threaded"),
            "sync chat": ("chat", target["chat"], None),
        },
        args.procs,
        args.seconds,
        args.rounds,
        {
            "philoxd shared": pid["philoxd"], "sync echo": pid["sync"], "philoxd private": pid["philoxd"], "sync small": pid["sync"],
            "aio echo": pid["aio"], "philoxd unary": pid["philoxd"], "philoxd threaded": pid["philoxd"], "sync chat": pid["chat"],
        },
    )
    conc = {name: (statistics.median(w.rates), w.latencies) for name, w in runs.items()}
    ratio = {name: paired_ratio(w.rates, runs["sync echo"].rates) for name, w in runs.items()}
    spread = {name: (min(w.rates), max(w.rates)) for name, w in runs.items()}

    # report --------------------------------------------------------------------------------------
    print(f"\npython {sys.version.split()[0]}, grpcio {__import__('grpc').__version__}, {os.cpu_count()} cores; "
          f"latency: {args.calls} calls/server in 10 interleaved rounds; 64 MiB: best of {args.repeat}; "
          f"concurrency: {args.procs} processes taking turns on every load in {args.seconds:g} s windows, {args.rounds} rounds; "
          f"philoxd --log-level {args.log_level}")
    print("calls/s of the windows: " + "; ".join(f"{name} {lo:,.0f}–{hi:,.0f}" for name, (lo, hi) in spread.items()))
    rows: list[Row] = []
    r = p50["philoxd"] / p50["sync echo"]
    rows.append(("philoxd `uniform([1])`", us(p50["philoxd"]), us(p99["philoxd"]), f"{cps['philoxd']:,.0f} calls/s",
                 f"{r:.2f}x sync echo p50", verdict(r, 1.5, False)))
    rows.append(("bare sync unary echo (peer)", us(p50["sync echo"]), us(p99["sync echo"]), f"{cps['sync echo']:,.0f} calls/s", "1.00x", ""))
    r2 = p50["sync small"] / p50["sync echo"]
    rows.append(("bare sync server-stream, 1 small msg", us(p50["sync small"]), us(p99["sync small"]), f"{cps['sync small']:,.0f} calls/s",
                 f"{r2:.2f}x sync echo p50 (philoxd {p50['philoxd'] / p50['sync small']:.2f}x this)", "info"))
    rm = mbs["philoxd"] / mbs["sync"]
    rows.append(("philoxd `stateless_uniform([16Mi])` 64 MiB", us(min(tput["philoxd"])), "", f"{mbs['philoxd']:,.0f} MB/s",
                 f"{rm:.2f}x sync stream", verdict(rm, 0.7, True)))
    rows.append(("bare sync stream 64 MiB / 3 MiB chunks (peer)", us(min(tput["sync"])), "", f"{mbs['sync']:,.0f} MB/s", "1.00x", ""))
    for name in ("philoxd shared", "philoxd private"):
        rate, l = conc[name]
        rc = ratio[name]
        label = f"{args.procs} procs `uniform([1])`, {'one shared session' if name.endswith('shared') else 'private sessions'}"
        rows.append((label, us(statistics.median(l)), us(pct(l, 0.99)), f"{rate:,.0f} calls/s", f"{rc:.2f}x sync echo", verdict(rc, 0.8, True)))
    rate, l = conc["sync echo"]
    rows.append((f"{args.procs} procs bare sync echo (peer)", us(statistics.median(l)), us(pct(l, 0.99)), f"{rate:,.0f} calls/s", "1.00x", ""))
    rate_s, l = conc["sync small"]
    rows.append((f"{args.procs} procs bare sync server-stream, 1 small msg", us(statistics.median(l)), us(pct(l, 0.99)), f"{rate_s:,.0f} calls/s",
                 f"{ratio['sync small']:.2f}x sync echo (philoxd shared {paired_ratio(runs['philoxd shared'].rates, runs['sync small'].rates):.2f}x this)", "info"))
    rate_u, l = conc["philoxd unary"]
    rows.append((f"{args.procs} procs `uniform([1])`, DrawStream off (one unary DrawOne per draw)", us(statistics.median(l)), us(pct(l, 0.99)),
                 f"{rate_u:,.0f} calls/s", f"{ratio['philoxd unary']:.2f}x sync echo", "info"))
    rate_t, l = conc["philoxd threaded"]
    rows.append((f"{args.procs} procs `uniform([1])`, DrawStream through gRPC's public stream API (helper threads)", us(statistics.median(l)),
                 us(pct(l, 0.99)), f"{rate_t:,.0f} calls/s", f"{ratio['philoxd threaded']:.2f}x sync echo", "info"))
    rate_c, l = conc["sync chat"]
    rows.append((f"{args.procs} procs bare sync bidi stream, 1 small msg each way", us(statistics.median(l)), us(pct(l, 0.99)), f"{rate_c:,.0f} msgs/s",
                 f"{ratio['sync chat']:.2f}x sync echo (philoxd shared {paired_ratio(runs['philoxd shared'].rates, runs['sync chat'].rates):.2f}x this)", "info"))
    print_table("philoxd vs bare sync gRPC", rows)

    # Where the concurrency test's CPU goes: the 2 cores are shared by the clients and the
    # server, so calls/s is about 2 cores / (server + client CPU per call).
    print("\n### CPU per call in the concurrency test (median over windows)\n")
    print("| load | server µs/call | clients µs/call | total µs/call | calls/s |")
    print("|---|---:|---:|---:|---:|")
    for name, w in runs.items():
        server, client = statistics.median(w.server_cpu), statistics.median(w.client_cpu)
        print(f"| {name} | {us(server)} | {us(client)} | {us(server + client)} | {statistics.median(w.rates):,.0f} |")

    rows = []
    ra = p50["aio echo"] / p50["sync echo"]
    rows.append(("bare aio unary echo", us(p50["aio echo"]), us(p99["aio echo"]), f"{cps['aio echo']:,.0f} calls/s", f"{ra:.2f}x sync p50", ""))
    rows.append(("bare sync unary echo", us(p50["sync echo"]), us(p99["sync echo"]), f"{cps['sync echo']:,.0f} calls/s", "1.00x", ""))
    ra = p50["aio small"] / p50["sync small"]
    rows.append(("bare aio server-stream, 1 small msg", us(p50["aio small"]), us(p99["aio small"]), f"{cps['aio small']:,.0f} calls/s", f"{ra:.2f}x sync p50", ""))
    rows.append(("bare sync server-stream, 1 small msg", us(p50["sync small"]), us(p99["sync small"]), f"{cps['sync small']:,.0f} calls/s", "1.00x", ""))
    rate_a, la = conc["aio echo"]
    rate_s, ls = conc["sync echo"]
    rows.append((f"{args.procs} procs bare aio echo", us(statistics.median(la)), us(pct(la, 0.99)), f"{rate_a:,.0f} calls/s", f"{ratio['aio echo']:.2f}x sync calls/s", ""))
    rows.append((f"{args.procs} procs bare sync echo", us(statistics.median(ls)), us(pct(ls, 0.99)), f"{rate_s:,.0f} calls/s", "1.00x", ""))
    rows.append(("bare aio stream 64 MiB", us(min(tput["aio"])), "", f"{mbs['aio']:,.0f} MB/s", f"{mbs['aio'] / mbs['sync']:.2f}x sync MB/s", ""))
    rows.append(("bare sync stream 64 MiB", us(min(tput["sync"])), "", f"{mbs['sync']:,.0f} MB/s", "1.00x", ""))
    print_table("bare grpc.aio vs bare sync grpc.server (same client, same options)", rows)
    print("\n64 MiB rows: the p50 column is the best time of the repeats; all times are wall clock on a shared 2-core box.")


if __name__ == "__main__":
    main()
