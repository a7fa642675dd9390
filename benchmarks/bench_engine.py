"""Engine and in-process client speed, against NumPy (and TensorFlow when importable), in one run.

Usage: python benchmarks/bench_engine.py [--n 16777216] [--repeat 5]

Prints a Markdown table: best-of-`repeat` seconds, elements/s, ratio to the peer.
Also: in-process ``uniform([1])`` latency percentiles and first-call JIT cost
(cold: an empty Numba cache dir; warm: the same dir again), each in a fresh process.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

import numpy as np


def best(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm-up (JIT, page faults)
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def first_call_seconds(cache_dir: str) -> float:
    code = (
        "import time; t=time.perf_counter(); import philoxd; rng=philoxd.connect(); "
        "rng.random.uniform([1], seed=1); rng.random.normal([1], seed=1); print(time.perf_counter()-t)"
    )
    env = dict(os.environ, NUMBA_CACHE_DIR=cache_dir)
    out = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True)
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=16 * 2**20)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    n = args.n

    import philoxd
    from philoxd_server.engine import _distributions as dist

    rng = philoxd.connect()
    npg = np.random.Generator(np.random.Philox(1))
    rows: list[tuple[str, float, str, float]] = []

    peer_u = best(lambda: npg.random(n, dtype=np.float32), args.repeat)
    peer_n = best(lambda: npg.standard_normal(n, dtype=np.float32), args.repeat)
    rows.append(("numpy Generator(Philox).random float32", peer_u, "-", 1.0))
    rows.append(("numpy Generator(Philox).standard_normal float32", peer_n, "-", 1.0))
    eng_u = best(lambda: dist.uniform(1, 2, n, np.dtype(np.float32)), args.repeat)
    eng_n = best(lambda: dist.normal(1, 2, n, np.dtype(np.float32)), args.repeat)
    cli_u = best(lambda: rng.random.stateless_uniform([n], seed=[1, 2]), args.repeat)
    cli_n = best(lambda: rng.random.stateless_normal([n], seed=[1, 2]), args.repeat)
    rows.append(("philoxd engine uniform float32", eng_u, "numpy random", peer_u / eng_u))
    rows.append(("philoxd engine normal float32", eng_n, "numpy standard_normal", peer_n / eng_n))
    rows.append(("philoxd in-process stateless_uniform float32", cli_u, "numpy random", peer_u / cli_u))
    rows.append(("philoxd in-process stateless_normal float32", cli_n, "numpy standard_normal", peer_n / cli_n))
    try:
        import tensorflow as tf  # optional peer, never a dependency

        tf_u = best(lambda: tf.random.stateless_uniform([n], seed=[1, 2]).numpy(), args.repeat)
        tf_n = best(lambda: tf.random.stateless_normal([n], seed=[1, 2]).numpy(), args.repeat)
        rows.append((f"tensorflow {tf.__version__} stateless_uniform", tf_u, "numpy random", peer_u / tf_u))
        rows.append((f"tensorflow {tf.__version__} stateless_normal", tf_n, "numpy standard_normal", peer_n / tf_n))
    except ImportError:
        pass

    print(f"n = {n:,} elements, best of {args.repeat}, {os.cpu_count()} cores\n")
    print("| what | seconds | Melem/s | ratio vs |")
    print("|---|---:|---:|---|")
    for name, sec, peer, ratio in rows:
        rel = "" if peer == "-" else f"{ratio:.2f}x {peer}"
        print(f"| {name} | {sec:.4f} | {n / sec / 1e6:,.0f} | {rel} |")

    lat = []
    for _ in range(2000):
        t = time.perf_counter()
        rng.random.uniform([1])
        lat.append(time.perf_counter() - t)
    lat.sort()
    print(f"\nin-process uniform([1]): p50 {statistics.median(lat) * 1e6:.1f} us, p99 {lat[int(len(lat) * 0.99)] * 1e6:.1f} us")
    with tempfile.TemporaryDirectory() as cache:
        cold = first_call_seconds(cache)
        warm = first_call_seconds(cache)
    print(f"first call (import + connect + uniform + normal): cold JIT {cold:.2f} s, warm Numba cache {warm:.2f} s")


if __name__ == "__main__":
    main()
