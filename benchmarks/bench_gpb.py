"""Gamma, Poisson and binomial throughput: philoxd vs TensorFlow (when importable) or NumPy, one run.

Usage: python benchmarks/bench_gpb.py [--n 4000000] [--repeat 5]
       ../shared/tools/tf-oracle python benchmarks/bench_gpb.py   # also measures TensorFlow 2.21

Each row draws ``n`` samples through the in-process client (``rng.random.*``, i.e.
request, store reservation, kernel and the TF wrapper arithmetic) and, as the peer,
the same distribution from TensorFlow's CPU kernels when TF is importable, else
from ``numpy.random.Generator(Philox)``. Target: ≥ 1x the peer.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable

import numpy as np


def best(fn: Callable[[], object], repeat: int) -> float:
    fn()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=4_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    n, half = args.n, args.n // 2

    import philoxd

    r = philoxd.connect().random
    ours: dict[str, Callable[[], object]] = {
        "gamma alpha=[0.5, 2] float32": lambda: r.gamma([half], alpha=[0.5, 2.0], seed=1),
        "stateless_gamma alpha=2 float32": lambda: r.stateless_gamma([n], seed=[1, 2], alpha=2.0),
        "poisson lam=[3, 50] float32": lambda: r.poisson([half], lam=[3.0, 50.0], seed=1),
        "stateless_poisson lam=3 int32": lambda: r.stateless_poisson([n], seed=[1, 2], lam=3.0),
        "stateless_binomial counts=100 probs=0.3": lambda: r.stateless_binomial([n], seed=[1, 2], counts=100.0, probs=0.3),
    }
    try:
        import tensorflow as tf  # optional peer, never a dependency

        peer_name = f"tensorflow {tf.__version__}"
        peers: dict[str, Callable[[], object]] = {
            "gamma alpha=[0.5, 2] float32": lambda: tf.random.gamma([half], alpha=[0.5, 2.0], seed=1).numpy(),
            "stateless_gamma alpha=2 float32": lambda: tf.random.stateless_gamma([n], seed=[1, 2], alpha=2.0).numpy(),
            "poisson lam=[3, 50] float32": lambda: tf.random.poisson([half], lam=[3.0, 50.0], seed=1).numpy(),
            "stateless_poisson lam=3 int32": lambda: tf.random.stateless_poisson([n], seed=[1, 2], lam=3.0).numpy(),
            "stateless_binomial counts=100 probs=0.3": lambda: tf.random.stateless_binomial(
                [n], seed=[1, 2], counts=100.0, probs=0.3
            ).numpy(),
        }
    except ImportError:
        g = np.random.Generator(np.random.Philox(1))
        peer_name = "numpy Generator(Philox)"
        peers = {
            "gamma alpha=[0.5, 2] float32": lambda: g.standard_gamma([0.5, 2.0], size=(half, 2), dtype=np.float32),
            "stateless_gamma alpha=2 float32": lambda: g.standard_gamma(2.0, size=n, dtype=np.float32),
            "poisson lam=[3, 50] float32": lambda: g.poisson([3.0, 50.0], size=(half, 2)).astype(np.float32),
            "stateless_poisson lam=3 int32": lambda: g.poisson(3.0, size=n).astype(np.int32),
            "stateless_binomial counts=100 probs=0.3": lambda: g.binomial(100, 0.3, size=n).astype(np.int32),
        }
    print(f"n = {n:,} samples per call, best of {args.repeat}, {os.cpu_count()} cores, peer: {peer_name}\n")
    print("| what | philoxd Msamples/s | peer Msamples/s | ratio | target ≥ 1x |")
    print("|---|---:|---:|---:|---|")
    for name, fn in ours.items():
        mine, theirs = best(fn, args.repeat), best(peers[name], args.repeat)
        ratio = theirs / mine
        print(f"| {name} | {n / mine / 1e6:.1f} | {n / theirs / 1e6:.1f} | {ratio:.2f}x | {'yes' if ratio >= 1 else '**no**'} |")


if __name__ == "__main__":
    main()
