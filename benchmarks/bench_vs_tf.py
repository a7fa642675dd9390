"""Every tf.random op: in-process philoxd against TensorFlow's CPU kernels, alternating, in one run.

Usage: python benchmarks/bench_vs_tf.py [--tf-python PATH] [--n 4194304] [--repeat 5] [--only SUBSTR] [--json OUT]

TensorFlow is never imported here unless it is importable; give ``--tf-python`` (a Python with
TensorFlow, e.g. ``$(tools/tf-oracle)``) to run it in a worker process. Each round runs
every case once in TensorFlow (in the worker, timed there) and once in philoxd (in this
process), one after the other, so both see the same load; a case's figure is its best of
``--repeat`` rounds. Throughput rows are output elements per second; the ratio is philoxd's
speed over TensorFlow's (above 1: philoxd is faster). Latency rows are the median of a round's
calls, best round. Without TensorFlow the TF column is left out (and said so).

The philoxd side is ``philoxd.connect()`` in-process (request checks, seeds, counter
reservation, kernel, TF's wrapper arithmetic): what a user of the in-process client gets.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import numpy as np

MI = 1 << 20
LATENCY_CALLS = 300


def cases(r: Any, n: int, const: Callable[[np.ndarray], Any], gen: Callable[[], Any]) -> dict[str, tuple[int, Callable[[], Any]]]:
    """``{name: (output elements, call)}`` on a ``tf.random``-like namespace ``r``.

    ``const`` turns a numpy input into the backend's constant (``tf.constant`` for TF: the
    conversion is not part of the op); ``gen`` makes a ``tf.random.Generator`` from seed 1.
    """
    m = n // 4  # the 1 Mi rows (gamma, Poisson, binomial, shuffle) at the default n
    f64, i32 = np.float64, np.int32
    logits = const(np.log(np.random.default_rng(1).dirichlet(np.ones(16), size=1024)).astype(np.float32))
    logits_big = const(np.random.default_rng(2).standard_normal((256, 1000)).astype(np.float32))
    values = const(np.arange(m, dtype=np.float32))
    rows = const(np.arange(m * 4, dtype=np.float32).reshape(m, 4))
    indices = const(np.arange(m, dtype=np.int64))
    true_classes = const(np.zeros((1, 1), dtype=np.int64))
    g = gen()
    s = [1, 2]
    c: dict[str, tuple[int, Callable[[], Any]]] = {
        "uniform float32": (n, lambda: r.uniform([n], seed=1)),
        "uniform float64": (n, lambda: r.uniform([n], dtype=f64, seed=1)),
        "uniform int32 [0,100)": (n, lambda: r.uniform([n], maxval=100, dtype=i32, seed=1)),
        "normal float32": (n, lambda: r.normal([n], seed=1)),
        "truncated_normal float32": (n, lambda: r.truncated_normal([n], seed=1)),
        "stateless_normal float32": (n, lambda: r.stateless_normal([n], seed=s)),
        "gamma α=2 float32 (1 Mi)": (m, lambda: r.gamma([m], alpha=2.0, seed=1)),
        "poisson λ=3 float32 (1 Mi)": (m, lambda: r.poisson([m], lam=3.0, seed=1)),
        "categorical 1024×16 logits, 256 samples": (1024 * 256, lambda: r.categorical(logits, 256, seed=1)),
        "shuffle 1 Mi float32": (m, lambda: r.shuffle(values, seed=1)),
        # the rest of tf.random
        "uniform float16": (n, lambda: r.uniform([n], dtype=np.float16, seed=1)),
        "uniform int64 [0,100)": (n, lambda: r.uniform([n], maxval=100, dtype=np.int64, seed=1)),
        "normal float64": (n, lambda: r.normal([n], dtype=f64, seed=1)),
        "normal float16": (n, lambda: r.normal([n], dtype=np.float16, seed=1)),
        "normal float32, mean=1 stddev=2": (n, lambda: r.normal([n], mean=1.0, stddev=2.0, seed=1)),
        "truncated_normal float64": (n, lambda: r.truncated_normal([n], dtype=f64, seed=1)),
        "stateless_uniform float32": (n, lambda: r.stateless_uniform([n], seed=s)),
        "stateless_uniform int32 [0,100)": (n, lambda: r.stateless_uniform([n], seed=s, minval=0, maxval=100, dtype=i32)),
        "stateless_uniform uint32 full range": (n, lambda: r.stateless_uniform([n], seed=s, minval=None, maxval=None, dtype=np.uint32)),
        "stateless_normal float64": (n, lambda: r.stateless_normal([n], seed=s, dtype=f64)),
        "stateless_truncated_normal float32": (n, lambda: r.stateless_truncated_normal([n], seed=s)),
        "stateless_categorical 1024×16, 256 samples": (1024 * 256, lambda: r.stateless_categorical(logits, 256, seed=s)),
        "categorical 256×1000 logits, 1024 samples": (256 * 1024, lambda: r.categorical(logits_big, 1024, seed=1)),
        "stateless_gamma α=2 float32 (1 Mi)": (m, lambda: r.stateless_gamma([m], seed=s, alpha=2.0)),
        "stateless_poisson λ=3 int32 (1 Mi)": (m, lambda: r.stateless_poisson([m], seed=s, lam=3.0)),
        "stateless_binomial n=100 p=0.3 (1 Mi)": (m, lambda: r.stateless_binomial([m], seed=s, counts=100.0, probs=0.3)),
        "stateless_parameterized_truncated_normal (1 Mi)": (m, lambda: r.stateless_parameterized_truncated_normal([m], seed=s)),
        "shuffle 1 Mi×4 float32 rows": (m, lambda: r.shuffle(rows, seed=1)),
        "experimental.stateless_shuffle 1 Mi float32": (m, lambda: r.experimental.stateless_shuffle(values, seed=s)),
        "experimental.index_shuffle 1 Mi int64": (m, lambda: r.experimental.index_shuffle(indices, seed=[1, 2], max_index=m - 1)),
        "Generator.normal float32": (n, lambda: g.normal([n])),
        "Generator.uniform float32": (n, lambda: g.uniform([n])),
        "Generator.truncated_normal float32": (n, lambda: g.truncated_normal([n])),
        "uniform_candidate_sampler 64 Ki sampled": (
            1 << 16,
            lambda: r.uniform_candidate_sampler(true_classes, 1, 1 << 16, False, 1 << 20, seed=1),
        ),
        "log_uniform_candidate_sampler 64 Ki sampled": (
            1 << 16,
            lambda: r.log_uniform_candidate_sampler(true_classes, 1, 1 << 16, False, 1 << 20, seed=1),
        ),
    }
    return c


_TRUE = np.zeros((1, 1), dtype=np.int64)
LATENCY = {
    "uniform([1]) latency p50": lambda r: r.uniform([1]),
    "stateless_normal([1]) latency p50": lambda r: r.stateless_normal([1], seed=[1, 2]),
    "log_uniform_candidate_sampler(64 sampled) latency p50": lambda r: r.log_uniform_candidate_sampler(_TRUE, 1, 64, True, 1 << 20, seed=1),
}


def _materialize(x: Any) -> Any:
    """A TF result as numpy (tuples: each part); philoxd results are numpy already."""
    if isinstance(x, tuple):
        return tuple(_materialize(v) for v in x)
    return x.numpy() if hasattr(x, "numpy") else x


def _time_once(fn: Callable[[], Any]) -> float:
    t = time.perf_counter()
    _materialize(fn())
    return time.perf_counter() - t


def _latency(fn: Callable[[], Any]) -> float:
    times = []
    for _ in range(LATENCY_CALLS):
        t = time.perf_counter()
        _materialize(fn())
        times.append(time.perf_counter() - t)
    return statistics.median(times)


class Side:
    """One backend: runs a named case once and returns its seconds."""

    def __init__(self, r: Any, n: int, const: Callable[[np.ndarray], Any], gen: Callable[[], Any], only: str | None) -> None:
        self.cases = {k: v for k, v in cases(r, n, const, gen).items() if not only or only in k}
        self.latency = {k: (lambda f=f: f(r)) for k, f in LATENCY.items() if not only or only in k}

    def run(self, name: str) -> float:
        if name in self.latency:
            return _latency(self.latency[name])
        return _time_once(self.cases[name][1])

    def names(self) -> list[str]:
        return [*self.cases, *self.latency]


def _tf_side(n: int, only: str | None) -> Side:
    import tensorflow as tf  # optional peer, never a dependency

    return Side(tf.random, n, tf.constant, lambda: tf.random.Generator.from_seed(1), only)


def tf_worker(n: int, only: str | None) -> None:
    """Worker loop: one case name per stdin line, one JSON line of seconds back."""
    import tensorflow as tf

    side = _tf_side(n, only)
    print(json.dumps({"version": tf.__version__, "names": side.names()}), flush=True)
    for line in sys.stdin:
        name = line.rstrip("\n")
        if not name:
            break
        try:
            print(json.dumps({"seconds": side.run(name)}), flush=True)
        except Exception as exc:  # a case TF does not have: reported, not fatal
            print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}), flush=True)


class TFWorker:
    """TensorFlow in a worker process (``--tf-python``), driven case by case."""

    def __init__(self, python: str, n: int, only: str | None) -> None:
        argv = [python, os.path.abspath(__file__), "--tf-worker", "--n", str(n)] + (["--only", only] if only else [])
        env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        hello = self._read()
        self.version, self.names = hello["version"], set(hello["names"])

    def _read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("TensorFlow worker exited")
        return json.loads(line)  # type: ignore[no-any-return]

    def run(self, name: str) -> float | None:
        if name not in self.names:
            return None
        assert self.proc.stdin is not None
        self.proc.stdin.write(name + "\n")
        self.proc.stdin.flush()
        doc = self._read()
        if "error" in doc:
            print(f"TensorFlow: {name}: {doc['error']}", file=sys.stderr)
            self.names.discard(name)
            return None
        return float(doc["seconds"])

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("\n")
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


class InProcessTF:
    """TensorFlow importable here: the same interface as :class:`TFWorker`."""

    def __init__(self, n: int, only: str | None) -> None:
        import tensorflow as tf

        self.side = _tf_side(n, only)
        self.version, self.names = tf.__version__, set(self.side.names())

    def run(self, name: str) -> float | None:
        return self.side.run(name) if name in self.names else None

    def close(self) -> None:
        pass


def _tf_peer(python: str | None, n: int, only: str | None) -> TFWorker | InProcessTF | None:
    if python:
        return TFWorker(python, n, only)
    try:
        return InProcessTF(n, only)
    except ImportError:
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=4 * MI, help="elements of the large draws (default 4 Mi)")
    parser.add_argument("--repeat", type=int, default=5, help="rounds; each figure is the best round")
    parser.add_argument("--tf-python", help="a Python interpreter with TensorFlow, for the TF peer")
    parser.add_argument("--only", help="only the cases whose name contains this")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--tf-worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.tf_worker:
        tf_worker(args.n, args.only)
        return 0

    import philoxd

    rng = philoxd.connect()
    ours = Side(rng.random, args.n, lambda a: a, lambda: rng.random.Generator.from_seed(1), args.only)
    tf = _tf_peer(args.tf_python, args.n, args.only)
    if tf is None:
        print("TensorFlow is not importable and no --tf-python was given: the TF column is left out.\n", file=sys.stderr)
    names = ours.names()
    best_ours: dict[str, float] = {}
    best_tf: dict[str, float] = {}
    try:
        for name in names:  # warm-up: JIT, first allocations, TF kernel caches
            ours.run(name)
            if tf is not None:
                tf.run(name)
        for _ in range(args.repeat):
            for name in names:
                if tf is not None:
                    t = tf.run(name)
                    if t is not None:
                        best_tf[name] = min(best_tf.get(name, t), t)
                t = ours.run(name)
                best_ours[name] = min(best_ours.get(name, t), t)
    finally:
        if tf is not None:
            tf.close()

    with_tf = tf is not None
    print(f"n = {args.n:,} elements unless the row says otherwise; best of {args.repeat} alternating rounds; {os.cpu_count()} cores\n")
    if with_tf:
        print(f"| op | TF {tf.version} | philoxd | philoxd ÷ TF |")
        print("|---|---:|---:|---:|")
    else:
        print("| op | philoxd |")
        print("|---|---:|")
    for name in names:
        mine, theirs = best_ours[name], best_tf.get(name)
        if name in ours.latency:
            label, mine_col = f"`{name.replace(' latency p50', '')}` latency p50", f"{mine * 1e6:.1f} µs"
            tf_col = f"{theirs * 1e6:.1f} µs" if theirs else "-"
        else:
            elems = ours.cases[name][0]
            label, mine_col = name, f"{elems / mine / 1e6:,.1f}"
            tf_col = f"{elems / theirs / 1e6:,.1f}" if theirs else "-"
        ratio = f"{theirs / mine:.2f}×" if theirs else "-"
        print(f"| {label} | {tf_col} | {mine_col} | {ratio} |" if with_tf else f"| {label} | {mine_col} |")
    print("\nthroughput in Melem/s (output elements), latency as the median call" + ("; ratio = philoxd's speed ÷ TF's (TF's time ÷ philoxd's)" if with_tf else ""))
    if not with_tf:
        print("TensorFlow was not run (not importable here, no --tf-python): no TF column.")
    if args.json:
        with open(args.json, "w") as fh:
            json.dump({"n": args.n, "repeat": args.repeat, "tf": best_tf, "philoxd": best_ours}, fh, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
