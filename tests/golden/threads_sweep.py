"""Sweep: which ``tf.random`` ops give different values at different TF intra-op thread counts.

Runs every op (stateful, stateless, Generator, samplers, inside ``tf.function`` too) over shapes
on both sides of TF's sharding thresholds, once per thread count ``n`` in a fresh TF process
(``tf.config.threading.set_intra_op_parallelism_threads(n)`` must come before TF initialises),
and prints the table op x n (a letter per distinct result: ``A A A ...`` = the same for every n).

Run inside the scratch TF venv (TensorFlow is never a project dependency):

    tools/tf-oracle python tests/golden/threads_sweep.py                # the table
    tools/tf-oracle python tests/golden/threads_sweep.py --json out.json  # also every result

The table is in docs/exactness.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from replay import run_case, strip_private  # noqa: E402

THREADS = (1, 2, 3, 4, 5, 8, 16, 32, 64)
FULL_MAX_ELEMENTS = 1 << 16  # outputs up to this many elements are kept whole, larger ones hashed

BIG = 1 << 20  # elements: far above every threshold (Eigen's cost model shards ~100k-cycle work)

SNIPPETS: list[tuple[str, str]] = [
    # ---- stateful ----
    ("uniform f32 1Mi", f"R.set_seed(5); out(R.uniform([{BIG}], seed=3))"),
    ("uniform f64/f16/bf16 1Mi", f"R.set_seed(5); [out(R.uniform([{BIG}], seed=3, dtype=d)) for d in ('float64', 'float16', 'bfloat16')]"),
    ("uniform int32/int64 1Mi", f"R.set_seed(5); out(R.uniform([{BIG}], 0, 7, 'int32', seed=3)); out(R.uniform([{BIG}], -9, 2**40, 'int64', seed=3))"),
    ("normal f32/f64/f16 1Mi", f"R.set_seed(5); [out(R.normal([{BIG}], seed=3, dtype=d)) for d in ('float32', 'float64', 'float16')]"),
    ("truncated_normal f32/f64 1Mi", f"R.set_seed(5); [out(R.truncated_normal([{BIG}], seed=3, dtype=d)) for d in ('float32', 'float64')]"),
    ("gamma 1Mi alphas", f"R.set_seed(5); out(R.gamma([{BIG // 4}], alpha=[0.5, 1.0, 3.0, 20.0], seed=3)); out(R.gamma([4], alpha=np.linspace(0.1, 9, 65536), seed=4, dtype='float64'))"),
    ("poisson 1Mi", f"R.set_seed(5); out(R.poisson([{BIG // 4}], lam=[0.5, 3.0, 50.0, 1000.0], seed=3)); out(R.poisson([4], lam=np.linspace(0.1, 90, 65536), seed=4, dtype='int64'))"),
    ("shuffle 1Mi / rows", f"R.set_seed(5); out(R.shuffle(np.arange({BIG}), seed=3)); out(R.shuffle(np.arange({BIG}, dtype=np.float32).reshape(-1, 16), seed=4))"),
    ("categorical [1024,16] x256", "R.set_seed(5); out(R.categorical(np.sin(np.arange(1024 * 16, dtype=np.float32)).reshape(1024, 16), 256, seed=3))"),
    ("categorical [64,1000] x100", "R.set_seed(5); out(R.categorical(np.cos(np.arange(64000, dtype=np.float64)).reshape(64, 1000), 100, seed=3))"),
    ("categorical [5000,3] x5", "R.set_seed(5); out(R.categorical(np.zeros((5000, 3), np.float32), 5, seed=3))"),
    ("categorical [50,4] x4 (small)", "R.set_seed(5); out(R.categorical(np.zeros((50, 4), np.float32), 4, seed=3))"),
    # ---- stateless ----
    ("stateless uniform/normal/tn 1Mi", f"[out(f([{BIG}], seed=[7, 8])) for f in (R.stateless_uniform, R.stateless_normal, R.stateless_truncated_normal)]"),
    ("stateless uniform int/full int", f"out(R.stateless_uniform([{BIG}], [7, 8], 0, 9, 'int32')); out(R.stateless_uniform([{BIG}], [7, 8], None, None, 'uint64'))"),
    ("stateless gamma/poisson", f"out(R.stateless_gamma([{BIG // 4}, 4], [7, 8], alpha=[0.5, 1.0, 3.0, 20.0])); out(R.stateless_poisson([{BIG // 4}, 4], [7, 8], lam=[0.5, 3.0, 50.0, 1000.0]))"),
    ("stateless binomial", f"out(R.stateless_binomial([{BIG // 4}, 4], [7, 8], counts=[1.0, 10.0, 100.0, 1e4], probs=0.3))"),
    ("stateless_categorical [4096,8] x64", "out(R.stateless_categorical(np.cos(np.arange(4096 * 8, dtype=np.float32)).reshape(4096, 8), 64, seed=[7, 8]))"),
    ("stateless_categorical [300,2] x1000", "out(R.stateless_categorical(np.zeros((300, 2), np.float32), 1000, seed=[7, 8]))"),
    ("stateless_shuffle 1Mi", f"out(R.experimental.stateless_shuffle(np.arange({BIG}), seed=[7, 8]))"),
    ("index_shuffle 64Ki", "out(R.experimental.index_shuffle(np.arange(65536, dtype=np.int64), seed=[7, 8], max_index=2**40))"),
    ("ptn [4096] f32", "out(R.stateless_parameterized_truncated_normal([4096], seed=[7, 8]))"),
    ("ptn [4096] f64 randn", "out(R.stateless_parameterized_truncated_normal([4096], seed=[7, 8], means=np.float64(0), stddevs=np.float64(1), minvals=np.float64(-3), maxvals=np.float64(3)))"),
    ("ptn [100,500] f16 exp", "out(R.stateless_parameterized_truncated_normal([100, 500], seed=[7, 8], means=np.float16(0), stddevs=np.float16(1), minvals=np.float16(2), maxvals=np.float16(9)))"),
    ("ptn [200] f32 (small)", "out(R.stateless_parameterized_truncated_normal([200], seed=[7, 8]))"),
    # ---- Generator ----
    ("Generator uniform/normal/tn 1Mi", f"g = R.Generator.from_seed(9); [out(f([{BIG}])) for f in (g.uniform, g.normal, g.truncated_normal)]; out(g.uniform_full_int([{BIG}], 'int64'))"),
    ("Generator binomial", f"g = R.Generator.from_seed(9); out(g.binomial([{BIG // 4}, 4], counts=[1.0, 10.0, 100.0, 1e4], probs=0.3))"),
    ("Generator uniform threefry-free philox 1Mi", f"g = R.Generator.from_seed(9, alg='philox'); out(g.uniform([{BIG}], dtype='float64'))"),
    # ---- samplers ----
    ("samplers", "R.set_seed(5); tc = np.arange(4000, dtype=np.int64).reshape(1000, 4) % 997;"
     " [emit(f(tc, 4, 5000, True, 100000, seed=3)) for f in (R.uniform_candidate_sampler, R.log_uniform_candidate_sampler, R.learned_unigram_candidate_sampler)];"
     " emit(R.fixed_unigram_candidate_sampler(tc, 4, 500, True, 1000, seed=3, unigrams=list(range(1, 1001))))"),
    # ---- inside tf.function ----
    ("F categorical [1024,16] x256", "R.set_seed(5); f = F(lambda l: R.categorical(l, 256, seed=3)); out(f(np.sin(np.arange(1024 * 16, dtype=np.float32)).reshape(1024, 16)))"),
    ("F stateless_categorical [4096,8] x64", "f = F(lambda l: R.stateless_categorical(l, 64, seed=[7, 8])); out(f(np.cos(np.arange(4096 * 8, dtype=np.float32)).reshape(4096, 8)))"),
    ("F ptn [4096] f32", "f = F(lambda: R.stateless_parameterized_truncated_normal([4096], seed=[7, 8])); out(f())"),
    ("F uniform/normal 1Mi", f"R.set_seed(5); f = F(lambda: (R.uniform([{BIG}], seed=3), R.stateless_normal([{BIG}], seed=[7, 8]))); emit(f())"),
]


def _digest(outputs: list[dict]) -> list[dict]:
    res = []
    for o in outputs:
        if "hex" in o and len(o["hex"]) > 2 * 8 * FULL_MAX_ELEMENTS:
            o = {**o, "hex": None, "sha256": hashlib.sha256(o["hex"].encode()).hexdigest()}
        res.append(o)
    return res


def run_at(threads: int) -> dict[str, list[dict]]:
    """Every snippet in this process, TF set to ``threads`` intra-op threads first."""
    import tensorflow as tf  # noqa: PLC0415 - only in the oracle venv

    tf.config.threading.set_intra_op_parallelism_threads(threads)
    results = {}
    for name, code in SNIPPETS:
        tf.random.set_seed(None)
        results[name] = _digest(strip_private(run_case(code, tf.random, lambda fn, **kw: tf.function(fn, autograph=False, **kw))))
    assert tf.config.threading.get_intra_op_parallelism_threads() == threads
    return results


def _key(outputs: list[dict]) -> str:
    return hashlib.sha256(json.dumps(outputs, sort_keys=True).encode()).hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--threads", type=int, nargs="*", default=list(THREADS))
    ap.add_argument("--json", type=Path, help="also write every result here")
    ap.add_argument("--emit", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.emit is not None:
        print(json.dumps(run_at(args.emit)))
        return
    by_n = {}
    for n in args.threads:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--emit", str(n)]
        res = subprocess.run(cmd, capture_output=True, text=True, check=True, env=os.environ)
        by_n[n] = json.loads(res.stdout.strip().splitlines()[-1])
        print(f"n={n} done", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps({str(n): r for n, r in by_n.items()}), encoding="utf-8")
    print("| op | " + " | ".join(f"n={n}" for n in args.threads) + " |")
    print("|---|" + "---|" * len(args.threads))
    for name, _ in SNIPPETS:
        letters: dict[str, str] = {}
        row = []
        for n in args.threads:
            k = _key(by_n[n][name])
            row.append(letters.setdefault(k, chr(ord("A") + len(letters))))
        print(f"| {name} | " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
