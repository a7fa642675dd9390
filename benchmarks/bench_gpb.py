"""Gamma, Poisson and binomial throughput: philoxd vs TensorFlow (if available) and NumPy, in one run.

Usage: python benchmarks/bench_gpb.py [--n 4000000] [--repeat 5] [--tf-python PATH]

Each row draws ``n`` samples through the in-process client (``rng.random.*``:
request, store reservation, kernel and TF's wrapper arithmetic). Peers, measured
in the same run: TensorFlow's CPU kernels — imported here if importable, or run
by ``--tf-python`` (a Python with TensorFlow, e.g. ``$(tools/tf-oracle)``),
never a dependency — and ``numpy.random.Generator(Philox)``. Target: ≥ 1x TensorFlow.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Callable

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_engine import best  # noqa: E402 - sibling benchmark module

CASES = (
    "gamma alpha=[0.5, 2] float32",
    "stateless_gamma alpha=2 float32",
    "poisson lam=[3, 50] float32",
    "stateless_poisson lam=3 int32",
    "stateless_binomial counts=100 probs=0.3",
)


def calls(r: object, n: int, eager: Callable[[object], object] = lambda x: x) -> dict[str, Callable[[], object]]:
    """The benchmark calls on a ``tf.random``-like namespace ``r`` (philoxd's or TensorFlow's)."""
    half = n // 2
    return dict(
        zip(
            CASES,
            (
                lambda: eager(r.gamma([half], alpha=[0.5, 2.0], seed=1)),  # type: ignore[attr-defined]
                lambda: eager(r.stateless_gamma([n], seed=[1, 2], alpha=2.0)),  # type: ignore[attr-defined]
                lambda: eager(r.poisson([half], lam=[3.0, 50.0], seed=1)),  # type: ignore[attr-defined]
                lambda: eager(r.stateless_poisson([n], seed=[1, 2], lam=3.0)),  # type: ignore[attr-defined]
                lambda: eager(r.stateless_binomial([n], seed=[1, 2], counts=100.0, probs=0.3)),  # type: ignore[attr-defined]
            ),
        )
    )


def tensorflow_seconds(n: int, repeat: int, tf_python: str | None) -> tuple[str, dict[str, float]] | None:
    try:
        import tensorflow as tf  # optional peer, never a dependency
    except ImportError:
        if not tf_python:
            return None
        out = subprocess.run(
            [tf_python, __file__, "--tf-only", "--n", str(n), "--repeat", str(repeat)],
            capture_output=True, text=True, check=True, env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"},
        )
        doc = json.loads(out.stdout.strip().splitlines()[-1])
        return doc["version"], doc["seconds"]
    fns = calls(tf.random, n, eager=lambda x: x.numpy())  # type: ignore[attr-defined]
    return tf.__version__, {name: best(fn, repeat) for name, fn in fns.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=4_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--tf-python", help="a Python interpreter with TensorFlow, for the TF peer")
    parser.add_argument("--tf-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    n, half = args.n, args.n // 2
    if args.tf_only:
        version, seconds = tensorflow_seconds(n, args.repeat, None) or ("", {})
        print(json.dumps({"version": version, "seconds": seconds}))
        return

    import philoxd

    ours = {name: best(fn, args.repeat) for name, fn in calls(philoxd.connect().random, n).items()}
    g = np.random.Generator(np.random.Philox(1))
    numpy_fns = dict(
        zip(
            CASES,
            (
                lambda: g.standard_gamma([0.5, 2.0], size=(half, 2), dtype=np.float32),
                lambda: g.standard_gamma(2.0, size=n, dtype=np.float32),
                lambda: g.poisson([3.0, 50.0], size=(half, 2)).astype(np.float32),
                lambda: g.poisson(3.0, size=n).astype(np.int32),
                lambda: g.binomial(100, 0.3, size=n).astype(np.int32),
            ),
        )
    )
    numpy_s = {name: best(fn, args.repeat) for name, fn in numpy_fns.items()}
    tf_result = tensorflow_seconds(n, args.repeat, args.tf_python)
    tf_name = f"tensorflow {tf_result[0]}" if tf_result else "tensorflow (not importable)"
    print(f"n = {n:,} samples per call, best of {args.repeat}, {os.cpu_count()} cores\n")
    print(f"| what | philoxd Msamples/s | {tf_name} Msamples/s | ratio vs TF (target ≥ 1x) | numpy Msamples/s | ratio vs numpy |")
    print("|---|---:|---:|---:|---:|---:|")
    for name in CASES:
        mine = ours[name]
        tf_s = tf_result[1].get(name) if tf_result else None
        tf_cols = f"{n / tf_s / 1e6:.1f} | {tf_s / mine:.2f}x {'yes' if tf_s >= mine else '**no**'}" if tf_s else "- | -"
        print(f"| {name} | {n / mine / 1e6:.1f} | {tf_cols} | {n / numpy_s[name] / 1e6:.1f} | {numpy_s[name] / mine:.2f}x |")


if __name__ == "__main__":
    sys.exit(main())
