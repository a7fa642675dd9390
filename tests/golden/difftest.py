"""Differential tester: random ``tf.random`` programs, run in TensorFlow 2.21 and in philoxd.

A *program* is a golden-case snippet (see ``README.md``, ``replay.py``): Python source
run with ``R`` (``tf.random`` / ``rng.random``), ``F`` (``tf.function`` / ``rng.function``)
and ``np`` bound.  Every statement is one line, and every call is wrapped in this tool's
``step`` helper (added to the namespace through ``replay.run_case(..., extra=...)``)::

    R.set_seed(42)  ->  step(lambda: R.set_seed(42))  # set_seed
    g0 = step(lambda: R.Generator.from_seed(7))  # Generator.from_seed
    step(lambda: g0.normal([2, 3], dtype="float64"))  # Generator.normal
    step(lambda: R.uniform([2], minval=3, maxval=3, dtype="int32", seed=1))  # uniform_int !
    f0 = F(lambda: (R.uniform([2]), g0.normal([2])))  # function
    step(lambda: f0())  # function_call

``step(fn)`` calls ``fn`` once and records either its value or the exception it raised
(class name + ``replay.core_message``), then returns the value (None after an error).
So a step that TF happens to accept although the generator meant it to be invalid (marked
`` !`` after the op name) is simply recorded, and the comparison then wants philoxd to
accept it too; and no step can abort a program (a program-level crash is a bug of this
tool or a philoxd failure outside any step, e.g. in ``F(...)``).  The trailing ``# op``
comment names the op, for coverage and mismatch grouping; `` u`` marks a line holding an
unseeded stateful op (the shrinker keeps such lines under a global seed).  Values are recorded with
their true shape (``replay.encode_array`` turns 0-d arrays into shape [1]; this tool does
not), tuples/lists element by element, a Generator as its ``state``.

Comparison is STRICT for values and error classes: dtype, shape and bytes (NaN payloads,
-0.0) for values; for errors the same class *name* (TF's ``InvalidArgumentError`` <->
``philoxd.errors.InvalidArgumentError``, builtin ``ValueError`` <-> a class named
``ValueError``; no "or a ValueError" leniency).  Those differences are *mismatches*.  Error
MESSAGES are compared too, but a step whose only difference is the message (same class) is
reported separately, as informational (a count and groups by op | class | TF's message
template in the report); ``--strict-messages`` counts them as mismatches.  The only
message normalisation: TF's graph-node annotations (``\\n\\t [[{{node random_uniform}}]]``),
which name nodes of a traced tf.function, are removed, and the attrs of a "No OpKernel was
registered" message are sorted (TF lists them in hash-map order).

TF bugs philoxd does not copy (``TF_BUGS``): TF 2.21 raises ``AttributeError: module
'...stateless_random_ops' has no attribute 'unsupported_alg_error_msg'`` for an int ``alg``
outside 1..3 in ``create_rng_state`` and the Generator constructors; such a step is not
compared, except that philoxd must raise ``ValueError`` there (the error TF means to raise).

Known TF quirk philoxd does not reproduce: TF's eager scalar cache keys Python float
scalars by value, so ``0.0`` and ``-0.0`` are one cache entry (whichever a process converted
first, per dtype, is what every later conversion of either gets: ``normal(..., mean=-0.0)``
may add +0.0).  ``np.float64`` is a ``float`` subclass and is cached too; numpy float32/float16
scalars, numpy arrays and Python lists are not.  So the generator never emits a Python
``-0.0`` (nor ``np.float64(-0.0)``): every -0.0 it emits is inside ``np.float32(...)``,
``np.float16(...)`` or ``np.array(...)`` (``python_neg_zeros`` checks this).

Values a step returns are TF tensors in TF and numpy arrays in philoxd (philoxd's API), and
TF converts the two differently when a later step takes them back: a numpy uint64 seed is
cast, a uint64 tensor is refused (``Tseed``).  So the outputs of a split of unsigned seeds
are never reused as seeds.

Programs are deterministic in TF: unseeded stateful ops (and functions holding them) are
only generated (first called) while a global seed is set; the global Generator is only
used after ``set_global_generator``.  Inputs on which TF itself is not deterministic are
not generated (NaN binomial probabilities, 1-element seeds with an explicit Philox alg) or
would abort it (an int64 shape array for Generator.binomial).  The TF worker still clears
TF's eager scalar cache before each program (it outlives ``set_seed(None)``), and a program
that mismatches is run in TF up to three more times: if TF disagrees with itself the program is
dropped as TF-flaky (``selfcheck`` re-runs programs in a fresh TF process to look for such
nondeterminism).

CLI (from the repo root, in the dev venv)::

    python tests/golden/difftest.py run --programs 1000 --start-seed 0 [--grpc] [--jobs 1] [--strict-messages]
    python tests/golden/difftest.py check --seed 17          # one program, step by step
    python tests/golden/difftest.py check --file prog.py     # a (shrunk) program, fresh TF process
    python tests/golden/difftest.py selfcheck --programs 500 # TF twice: is the generator deterministic?
    python tests/golden/difftest.py record --programs 50     # -> tests/golden/cases_programs.py

Each program runs at a TF intra-op thread count drawn from its seed (``program_threads``:
1, 2, 3, 4, 8, 16 or 64; a first line ``# intra_op_threads: n`` unless 1), and some of its
categorical and parameterized truncated normal steps are large enough for TF to shard, so
the values depend on the count: philoxd runs it on a session set to that count.

TF runs in ``tools/tf-oracle python tests/golden/difftest.py tf-worker --threads N``
(one process, N intra-op threads, restarted when a program of another count comes: ``run``
takes the programs grouped by count; programs as JSON lines on stdin or ``--input``, results
as JSON lines on stdout or ``--output``).  TF results are cached by program hash in
``/tmp/philoxd-difftest/tf-cache.jsonl``, so re-running philoxd after a fix does not re-run
TF.  ``--jobs 1`` runs TF and philoxd one after the other; ``--jobs 2`` overlaps them
(two busy cores); TF is never more than one process.

This module needs only numpy (and philoxd for the philoxd side); it never imports TF
except inside ``tf-worker``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import queue
import random
import re
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import replay  # noqa: E402

PROTOCOL = "difftest-v2"  # part of the TF cache key: bump when the recording changes
WORK_DIR = Path(os.environ.get("PHILOXD_DIFFTEST_DIR", "/tmp/philoxd-difftest"))
TF_ORACLE = REPO / "tools" / "tf-oracle"  # makes (once) and runs the TF 2.21 reference venv
CASES_PATH = HERE / "cases_programs.py"

# --------------------------------------------------------------------------------------
# Program generation
# --------------------------------------------------------------------------------------

# Every op name the generator can put in a ``# op`` comment.
OPS: list[str] = [
    "set_seed",
    "uniform", "uniform_int", "normal", "truncated_normal", "shuffle", "categorical", "gamma", "poisson",
    "uniform_candidate_sampler", "log_uniform_candidate_sampler", "learned_unigram_candidate_sampler",
    "fixed_unigram_candidate_sampler", "all_candidate_sampler",
    "stateless_uniform", "stateless_uniform_int", "stateless_normal", "stateless_truncated_normal",
    "stateless_categorical", "stateless_gamma", "stateless_poisson", "stateless_binomial",
    "stateless_parameterized_truncated_normal",
    "stateless_split", "stateless_fold_in", "random.split", "random.fold_in",
    "index_shuffle", "stateless_shuffle", "create_rng_state",
    "Generator.from_seed", "Generator.from_state", "Generator.from_key_counter",
    "Generator.uniform", "Generator.uniform_int", "Generator.uniform_full_int", "Generator.normal",
    "Generator.truncated_normal", "Generator.binomial", "Generator.make_seeds", "Generator.split",
    "Generator.skip", "Generator.reset_from_seed", "Generator.reset", "Generator.reset_from_key_counter",
    "Generator.state", "set_global_generator",
    "function", "function_call",
]

# Seeds from here on make pipeline programs: tf.random steps and tf.data / tf.image / Keras 3 ones
# (``D``, ``I``, ``K``: TF's in the TF worker, the session's rng.data / rng.image / rng.keras in philoxd).
PIPELINE_SEEDS = 1_000_000
PIPELINE_OPS = ["data.shuffle", "data.random", "data.sample", "image.random", "image.crop", "image.stateless",
                "keras.random", "keras.SeedGenerator", "keras.set_random_seed"]
PIPELINE_WEIGHTS = {"data.shuffle": 6, "data.random": 2, "data.sample": 3, "image.random": 5, "image.crop": 2,
                    "image.stateless": 3, "keras.random": 5, "keras.SeedGenerator": 1.5, "keras.set_random_seed": 1}
PIPELINE_PRELUDE = "L = lambda ds: np.array(list(ds.as_numpy_iterator()))"

_WEIGHTS: dict[str, float] = {
    "set_seed": 2.5,
    "uniform": 3, "uniform_int": 3, "normal": 3, "truncated_normal": 2.5, "shuffle": 2.5, "categorical": 2.5,
    "gamma": 2.5, "poisson": 2.5,
    "uniform_candidate_sampler": 1.2, "log_uniform_candidate_sampler": 1.2, "learned_unigram_candidate_sampler": 1.2,
    "fixed_unigram_candidate_sampler": 1.2, "all_candidate_sampler": 0.8,
    "stateless_uniform": 2.5, "stateless_uniform_int": 2.5, "stateless_normal": 2, "stateless_truncated_normal": 2,
    "stateless_categorical": 2, "stateless_gamma": 2, "stateless_poisson": 2, "stateless_binomial": 2.5,
    "stateless_parameterized_truncated_normal": 2,
    "stateless_split": 1.5, "stateless_fold_in": 1.5, "random.split": 1, "random.fold_in": 1,
    "index_shuffle": 2, "stateless_shuffle": 1.5, "create_rng_state": 1.2,
    "Generator.from_seed": 3, "Generator.from_state": 1.2, "Generator.from_key_counter": 1,
    "Generator.uniform": 3, "Generator.uniform_int": 3, "Generator.uniform_full_int": 2, "Generator.normal": 3,
    "Generator.truncated_normal": 2, "Generator.binomial": 3, "Generator.make_seeds": 1.5, "Generator.split": 1.5,
    "Generator.skip": 1.5, "Generator.reset_from_seed": 1, "Generator.reset": 0.8, "Generator.reset_from_key_counter": 0.6,
    "Generator.state": 2.5, "set_global_generator": 0.8,
    "function": 1.3, "function_call": 7,
}
assert set(_WEIGHTS) == set(OPS)

INVALID_P = 0.14  # chance that a step is built to be invalid (where the op has invalid forms)
# TF intra-op thread counts a program runs at (program_threads: one per program, from its seed).
THREAD_COUNTS = (1, 2, 3, 4, 8, 16, 64)
LARGE_P = 0.1  # chance that a categorical / parameterized truncated normal step is large enough for TF to shard
_THREADS_RE = re.compile(r"# intra_op_threads: (\d+)")  # a program's first line when its count is not 1

FLOAT_DTYPES = ['"float16"', '"bfloat16"', '"float32"', '"float64"', "np.float16", "np.float32", "np.float64"]
GAMMA_DTYPES = ['"float16"', '"float32"', '"float64"', "np.float64"]
NEG_ZERO = "-0.0"  # never emitted as a Python float: see _Builder.neg_zero and py_list
MEANS = ["0.0", NEG_ZERO, "1.0", "-1.0", "0.5", "2.5", "-3.5", "10.0", "100.0", "1e3", "-1e10", "1e30", "3", "-2", "0", "123.456"]
SCALES = ["1.0", "1.0", "0.5", "2.0", "0.0", NEG_ZERO, "-1.0", "3.0", "1e-3", "1e20", "10", "0.1"]
OP_SEEDS = ["1", "1", "2", "2", "3", "0", "5", "7", "42", "-1", "-7", "2**31 - 1", "2**31", "2**40 + 3", "87654321", "1234"]
GLOBAL_SEEDS = ["0", "1", "2", "3", "5", "42", "1234", "-5", "2**31 - 1", "2**33 + 7", "87654321"]
SEED_WORDS = ["0", "1", "2", "3", "5", "7", "-1", "-2", "2**31 - 1", "-2**31", "12345", "2**40"]
LOGITS = ["0.0", "1.0", "2.0", "-1.0", "0.5", "-np.inf", "5.0", "-3.0", "10.0", "0.25"]
ALPHAS = ["0.5", "1.0", "2.0", "0.1", "3.5", "10.0", "0.25", "1e-3", "0.0", "-1.0", "np.inf", "np.nan", "123.0", "0.999"]
BETAS = ["1.0", "2.0", "0.5", "0.1", "10.0", "-1.0", "0.0", "1e-3"]
LAMS = ["0.5", "1.0", "5.0", "15.0", "0.0", "100.0", "-1.0", "np.inf", "1e4", "9.99", "33.3"]
COUNTS = ["1.0", "5.0", "10.0", "100.0", "0.0", "-3.0", "0.5", "1e4", "20.0", "7.0"]
# No NaN probabilities: TF's binomial kernels leave those outputs uninitialised (garbage that
# differs from run to run), so nothing could match them.
PROBS = ["0.3", "0.5", "0.05", "0.9", "0.0", "1.0", "0.999", "-0.1", "1.5", "0.25"]


def py_list(lit: str, dtype: str | None = None) -> str:
    """A nested-list literal as a program passes it: a numpy array if it holds -0.0 (TF's eager
    scalar cache makes a Python -0.0 unreliable; the generator keeps every -0.0 in numpy)."""
    if NEG_ZERO not in lit:
        return lit
    return f"np.array({lit}, {dtype})" if dtype else f"np.array({lit})"


def python_neg_zeros(code: str) -> list[int]:
    """Offsets of ``-0.0`` literals in ``code`` that are not inside ``np.array(...)``,
    ``np.float32(...)`` or ``np.float16(...)`` (the generator must produce none)."""
    bad = []
    for m in re.finditer(r"(?<![\w.])-0\.0(?![\d.e])", code):
        depth_ok = False
        # walk back over unclosed parentheses: is one of them a numpy constructor's?
        depth = 0
        for j in range(m.start() - 1, -1, -1):
            c = code[j]
            if c == ")":
                depth += 1
            elif c == "(":
                if depth == 0:
                    head = code[max(0, j - 10):j]
                    if head.endswith(("np.array", "np.float32", "np.float16")):
                        depth_ok = True
                        break
                else:
                    depth -= 1
            elif c == "\n":
                break
        if not depth_ok:
            bad.append(m.start())
    return bad


def _prod(dims: Sequence[int]) -> int:
    return math.prod(dims) if dims else 1


class _Builder:
    """Builds one program; keeps what the program has defined so far."""

    def __init__(self, seed: int, steps: int | None, pipelines: bool = False) -> None:
        self.r = random.Random(f"difftest:{seed}")
        self.pipelines = pipelines
        self.keras_seeded = False  # keras.utils.set_random_seed ran: seed=None is deterministic
        self.n_steps = steps if steps is not None else self.r.randint(10, 40)
        self.lines: list[str] = []
        self.seeded = False  # a global int seed is in force
        self.gens: list[dict] = []  # {"ref", "alg"}
        self.funcs: list[dict] = []  # {"name", "unseeded", "called"}
        self.seedvars: list[str] = []  # expressions that are [2] integer seeds
        self.counter: Counter[str] = Counter()
        self.used_unseeded = False

    # ---- small random helpers ---------------------------------------------------------
    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def pick(self, seq: Sequence[Any]) -> Any:
        return self.r.choice(list(seq))

    def wpick(self, pairs: Sequence[tuple[float, Any]]) -> Any:
        total = sum(w for w, _ in pairs)
        x = self.r.random() * total
        for w, v in pairs:
            x -= w
            if x < 0:
                return v
        return pairs[-1][1]

    def name(self, prefix: str) -> str:
        n = self.counter[prefix]
        self.counter[prefix] += 1
        return f"{prefix}{n}"

    # ---- shapes --------------------------------------------------------------------------
    def dims(self, max_elems: int = 64, max_rank: int = 3, min_rank: int = 0, zero_p: float = 0.07) -> list[int]:
        rank = self.wpick([(w, k) for w, k in ((1, 0), (4, 1), (3, 2), (1, 3)) if min_rank <= k <= max_rank])
        d = [0 if self.chance(zero_p) else self.r.randint(1, 6) for _ in range(rank)]
        while _prod(d) > max_elems:
            i = d.index(max(d))
            d[i] = max(1, d[i] // 2)
        return d

    def shape_code(self, d: Sequence[int], i64: bool = True) -> str:
        form = self.wpick([(7, "list"), (1, "tuple"), (1, "i32"), (1 if i64 else 0, "i64")])
        if form == "tuple":
            return "(" + "".join(f"{x}, " for x in d).rstrip(" ") + ")" if len(d) == 1 else "(" + ", ".join(map(str, d)) + ")"
        if form == "i32":
            return f"np.array({list(d)}, np.int32)"
        if form == "i64":
            return f"np.array({list(d)}, np.int64)"
        return str(list(d))

    def bad_shape(self) -> str:
        return self.pick(["[-1]", "[2, -3]", "[-2, 0]", "[3, -1, 2]", "[2.5]", "[[2, 3]]", "[-4]"])

    def bcast_dims(self, d: Sequence[int]) -> list[int]:
        """A shape broadcastable against ``d`` (a suffix of it, some dims replaced by 1)."""
        if not d:
            return []
        k = self.r.randint(1, len(d))
        suffix = list(d[-k:])
        return [1 if (x != 0 and self.chance(0.25)) else x for x in suffix]

    # ---- values ----------------------------------------------------------------------------
    def nested(self, d: Sequence[int], pool: Sequence[str]) -> str:
        if not d:
            return self.pick(pool)
        return "[" + ", ".join(self.nested(d[1:], pool) for _ in range(d[0])) + "]"

    def farray(self, d: Sequence[int], pool: Sequence[str], np_p: float = 0.3, np_dtypes: Sequence[str] = ("np.float32", "np.float64")) -> str:
        lit = self.nested(d, pool)
        if self.chance(np_p):
            return f"np.array({lit}, {self.pick(np_dtypes)})"
        return py_list(lit)

    def fscalar(self, pool: Sequence[str]) -> str:
        v = self.pick(pool)
        if v == NEG_ZERO:
            return self.neg_zero()
        if self.chance(0.08):
            return f"{self.pick(['np.float32', 'np.float64'])}({v})"
        return v

    def neg_zero(self, dtype: str | None = None) -> str:
        """A -0.0 scalar TF does not take from its eager scalar cache (see the module doc):
        numpy float32/float16 scalars or a 0-d float64 array, never a Python float
        (``np.float64`` is a Python float subclass: TF caches it too)."""
        if dtype == "np.float64":
            return "np.array(-0.0)"
        if dtype is not None:
            return f"{dtype}(-0.0)"
        return self.pick(["np.float32(-0.0)", "np.float16(-0.0)", "np.array(-0.0)"])

    def param(self, d: Sequence[int], pool: Sequence[str], arr_p: float) -> str:
        if d and self.chance(arr_p):
            return self.farray(self.bcast_dims(d), pool)
        return self.fscalar(pool)

    def bad_bcast(self, d: Sequence[int], pool: Sequence[str]) -> str:
        """An array that does not broadcast against ``d`` (when ``d`` ends with a dim > 1)."""
        n = d[-1] + 1 if d and d[-1] > 1 else 3
        return py_list(self.nested([n] if d and d[-1] != 1 else [2, n], pool))

    def kwargs(self, **kw: str | None) -> str:
        return "".join(f", {k}={v}" for k, v in kw.items() if v is not None)

    # ---- seeds -----------------------------------------------------------------------------
    def op_seed(self, allow_unseeded: bool) -> str | None:
        if allow_unseeded and self.chance(0.4):
            self.used_unseeded = True
            return None
        s = self.pick(OP_SEEDS)
        if self.chance(0.05):
            return f"np.int64({s})"
        return s

    def sseed(self, invalid: bool = False) -> str:
        """A seed for the stateless ops."""
        if invalid:
            return self.pick(["[1]", "[1, 2, 3]", "[[1, 2], [3, 4]]", "[1.5, 2.0]", "np.array([1.0, 2.0], np.float32)",
                              "5", "np.array([1, 2, 3], np.int64)", "[]"])
        if self.seedvars and self.chance(0.2):
            return self.pick(self.seedvars)
        form = self.wpick([(5, "list"), (1, "tuple"), (1.2, "i32"), (1.2, "i64"), (0.6, "u32"), (0.6, "u64"), (0.3, "float")])
        if form in ("list", "tuple", "i64"):
            a, b = self.pick(SEED_WORDS), self.pick(SEED_WORDS)
        elif form == "i32":
            words = [w for w in SEED_WORDS if w != "2**40"]
            a, b = self.pick(words), self.pick(words)
        elif form == "u32":
            words = ["0", "1", "2", "3", "7", "2**31", "2**32 - 1", "12345"]
            a, b = self.pick(words), self.pick(words)
        elif form == "u64":
            words = ["0", "1", "2", "5", "2**63 + 5", "2**64 - 1", "2**40"]
            a, b = self.pick(words), self.pick(words)
        else:
            a, b = self.pick(["1.0", "2.0", "0.0", "3.5"]), self.pick(["1.0", "2.0", "7.0"])
        if form == "list":
            return f"[{a}, {b}]"
        if form == "tuple":
            return f"({a}, {b})"
        if form == "float":
            return self.pick([f"[{a}, {b}]", f"np.array([{a}, {b}], np.float32)", f"np.array([{a}, {b}], np.float64)"])
        dt = {"i32": "np.int32", "i64": "np.int64", "u32": "np.uint32", "u64": "np.uint64"}[form]
        return f"np.array([{a}, {b}], {dt})"

    def alg(self, invalid: bool = False) -> str | None:
        if invalid:
            return self.wpick([(1, '"threefry"'), (1, '"bogus"'), (1, "2"), (1, "R.Algorithm.THREEFRY"), (0.3, "7")])
        if self.chance(0.7):
            return None
        return self.pick(['"philox"', '"auto_select"', "1", "3", "R.Algorithm.PHILOX", '"PHILOX"', "R.Algorithm.AUTO_SELECT"])

    def seed3(self) -> str:
        """A length-3 seed with some alg (TF may or may not accept it)."""
        a, b, c = (self.pick(["1", "2", "3", "0", "-1", "7"]) for _ in range(3))
        return f"[{a}, {b}, {c}]"

    # ---- emitting --------------------------------------------------------------------------
    def emit(self, op: str, expr: str, invalid: bool = False, assign: str | None = None) -> None:
        prefix = f"{assign} = " if assign else ""
        flags = (" !" if invalid else "") + (" u" if self.used_unseeded else "")
        self.lines.append(f"{prefix}step(lambda: {expr})  # {op}{flags}")
        self.used_unseeded = False

    # ---- stateful ops: expressions (also used in function bodies) ---------------------------
    def e_uniform(self, invalid: bool, unseeded: bool) -> tuple[str, bool]:
        d = self.dims()
        bad = self.pick(["shape", "dtype", "bcast"]) if invalid else None
        shape = self.bad_shape() if bad == "shape" else self.shape_code(d)
        minval = self.param(d, MEANS, 0.15) if self.chance(0.5) else None
        maxval = self.param(d, MEANS, 0.15) if self.chance(0.5) else None
        if bad == "bcast":
            maxval = self.bad_bcast(d, MEANS)
        dtype = self.pick(FLOAT_DTYPES) if self.chance(0.6) else None
        if bad == "dtype":
            dtype = self.pick(['"bool"', '"string"', '"uint32"', '"int8"', '"complex64"', "np.uint8", '"uint64"'])
        seed = self.op_seed(unseeded)
        return f"R.uniform({shape}{self.kwargs(minval=minval, maxval=maxval, dtype=dtype, seed=seed)})", bad is not None

    def int_range(self, dt: str, d: Sequence[int]) -> tuple[str | None, str | None]:
        is64 = "64" in dt
        kind = self.wpick([(4, "small"), (1, "maxonly"), (1, "full"), (1, "big"), (1, "neg"), (0.7, "unit"), (0.8 if _prod(d) == 0 else 0, "bad")])
        if kind == "small":
            a = self.r.randint(-10, 10)
            return str(a), str(a + self.r.randint(1, 50))
        if kind == "maxonly":
            return None, self.pick(["7", "1", "100", "2**20"])
        if kind == "full":
            return ("-2**63", "2**63 - 1") if is64 else ("-2**31", "2**31 - 1")
        if kind == "big" and is64:
            return self.pick([("-2**40", "2**40"), ("2**31", "2**32"), ("0", "2**33 + 1"), ("-2**62", "2**62")])
        if kind == "neg":
            return "-100", "-50"
        if kind == "unit":
            return "0", "1"
        if kind == "bad":  # empty shape: minval >= maxval is fine
            return self.pick([("3", "3"), ("-3", "-5"), ("5", "0")])
        return "0", "10"

    def e_uniform_int(self, invalid: bool, unseeded: bool) -> tuple[str, bool]:
        d = self.dims()
        dt = self.pick(['"int32"', '"int64"', "np.int32", "np.int64"])
        minval, maxval = self.int_range(dt, d)
        shape = self.shape_code(d)
        bad = self.pick(["nomax", "ge", "overflow", "array", "shape", "float"]) if invalid else None
        if bad == "nomax":
            maxval = None
        elif bad == "ge":
            if _prod(d) == 0:
                d = [2]
                shape = "[2]"
            minval, maxval = self.pick([("3", "3"), ("5", "-5"), ("0", "0"), ("10", "2")])
        elif bad == "overflow":
            dt = '"int32"'
            minval, maxval = self.pick([("0", "2**31"), ("-2**31 - 1", "5"), ("0", "2**40")])
        elif bad == "array":
            minval, maxval = "[0, 1]", "[5, 10]"
        elif bad == "shape":
            shape = self.bad_shape()
        elif bad == "float":
            minval, maxval = "0.5", "10.5"
        seed = self.op_seed(unseeded)
        return f"R.uniform({shape}{self.kwargs(minval=minval, maxval=maxval, dtype=dt, seed=seed)})", bad is not None

    def e_normal(self, fn: str, invalid: bool, unseeded: bool) -> tuple[str, bool]:
        d = self.dims()
        bad = self.pick(["shape", "dtype", "bcast", "dtype"]) if invalid else None
        shape = self.bad_shape() if bad == "shape" else self.shape_code(d)
        mean = self.param(d, MEANS, 0.18) if self.chance(0.5) else None
        stddev = self.param(d, SCALES, 0.18) if self.chance(0.5) else None
        if bad == "bcast":
            mean = self.bad_bcast(d, MEANS)
        dtype = self.pick(FLOAT_DTYPES) if self.chance(0.6) else None
        if bad == "dtype":
            dtype = self.pick(['"int32"', '"int64"', '"bool"', '"string"', "np.int32", '"uint8"'])
        seed = self.op_seed(unseeded)
        return f"R.{fn}({shape}{self.kwargs(mean=mean, stddev=stddev, dtype=dtype, seed=seed)})", bad is not None

    def value_code(self, invalid: bool = False) -> str:
        if invalid:
            return self.pick(["np.int32(5)", "5", "None", "np.float32(1.5)", "[[[]]]" if False else "np.array(3.0)"])
        kind = self.wpick([(6, "arange"), (1, "ilist"), (1, "flist"), (0.6, "empty"), (0.3, "odd")])
        if kind == "arange":
            d = self.dims(min_rank=1, zero_p=0.03)
            dt = self.pick(["np.int32", "np.int64", "np.float32", "np.float64", "np.float16"])
            return f"np.arange({_prod(d)}, dtype={dt}).reshape({d})"
        if kind == "ilist":
            n = self.r.randint(1, 7)
            return str([self.r.randint(-50, 50) for _ in range(n)])
        if kind == "flist":
            rows, cols = self.r.randint(1, 4), self.r.randint(1, 3)
            return py_list(self.nested([rows, cols], ["1.5", "2.5", NEG_ZERO, "0.0", "3.25", "-7.0"]), "np.float32")
        if kind == "empty":
            return self.pick(["np.zeros([0], np.float32)", "np.zeros([0, 2], np.int32)", "np.zeros([3, 0], np.float64)"])
        return self.pick(["np.array([True, False, True])", "np.arange(5, dtype=np.int8)", "np.arange(4, dtype=np.uint8)",
                          "np.arange(6, dtype=np.int16).reshape([3, 2])", "np.arange(3, dtype=np.uint32)"])

    def e_shuffle(self, invalid: bool, unseeded: bool) -> tuple[str, bool]:
        value = self.value_code(invalid)
        seed = self.op_seed(unseeded)
        return f"R.shuffle({value}{self.kwargs(seed=seed)})", invalid

    def logits_code(self, b: int, c: int) -> str:
        form = self.wpick([(5, "list"), (2, "np"), (0.5, "log")])
        if form == "log":
            probs = [[self.pick(["0.1", "0.2", "0.7", "0.5", "0.25", "1.0"]) for _ in range(c)] for _ in range(b)]
            return f"np.log(np.array({str(probs).replace(chr(39), '')}))"
        lit = self.nested([b, c], LOGITS)
        if form == "np":
            return f"np.array({lit}, {self.pick(['np.float32', 'np.float64', 'np.float16'])})"
        return lit

    def e_categorical(self, invalid: bool, unseeded: bool, stateless: bool = False) -> tuple[str, bool]:
        b, c = self.r.randint(1, 3), self.r.randint(1, 5)
        logits = self.logits_code(b, c)
        ns = str(self.r.randint(0, min(8, 64 // b)))
        if not invalid and self.chance(LARGE_P):  # rows enough for TF to shard them (at 2+ threads)
            b, c = self.r.randint(40, 400), self.r.randint(2, 120)
            logits = f"np.sin(np.arange({b * c}, dtype=np.float32)).reshape({b}, {c}) * 3"
            ns = str(self.r.randint(8, 48))
        dtype = self.pick(['"int32"', '"int64"', "np.int32"]) if self.chance(0.4) else None
        bad = self.pick(["1d", "neg", "dtype", "3d", "int"]) if invalid else None
        if bad == "1d":
            logits = self.nested([c], LOGITS)
        elif bad == "neg":
            ns = "-1"
        elif bad == "dtype":
            dtype = self.pick(['"float32"', '"int16"', '"uint8"'])
        elif bad == "3d":
            logits = self.nested([1, b, c], LOGITS)
        elif bad == "int":
            logits = self.nested([b, c], ["1", "2", "0"])
        if stateless:
            seed = self.sseed(invalid and self.chance(0.3))
            return f"R.stateless_categorical({logits}, {ns}, seed={seed}{self.kwargs(dtype=dtype)})", bad is not None
        seed = self.op_seed(unseeded)
        return f"R.categorical({logits}, {ns}{self.kwargs(dtype=dtype, seed=seed)})", bad is not None

    def alpha_beta(self, max_elems: int) -> tuple[str, str | None, list[int]]:
        """alpha, beta (or None) and their broadcast shape."""
        ad = self.wpick([(3, []), (4, [self.r.randint(1, 3)]), (1, [self.r.randint(1, 2), self.r.randint(1, 3)])])
        alpha = self.fscalar(ALPHAS) if not ad else self.farray(ad, ALPHAS, np_p=0.2)
        beta, bd = None, []
        if self.chance(0.4):
            bd = self.bcast_dims(ad) if ad and self.chance(0.5) else []
            beta = self.fscalar(BETAS) if not bd else self.farray(bd, BETAS, np_p=0.2)
        shape = list(ad) if len(ad) >= len(bd) else list(bd)
        # broadcast of ad and bd (bd is a suffix-with-ones of ad)
        return alpha, beta, shape

    def e_gamma(self, invalid: bool, unseeded: bool) -> tuple[str, bool]:
        alpha, beta, bshape = self.alpha_beta(16)
        d = self.dims(max_elems=max(1, 64 // max(1, _prod(bshape))), max_rank=2)
        shape = self.shape_code(d)
        dtype = self.pick(GAMMA_DTYPES) if self.chance(0.5) else None
        bad = self.pick(["dtype", "shape", "bcast"]) if invalid else None
        if bad == "dtype":
            dtype = self.pick(['"int32"', '"int64"', '"bfloat16"'])
        elif bad == "shape":
            shape = self.bad_shape()
        elif bad == "bcast":
            alpha, beta = "[1.0, 2.0]", "[1.0, 2.0, 3.0]"
        seed = self.op_seed(unseeded)
        return f"R.gamma({shape}, alpha={alpha}{self.kwargs(beta=beta, dtype=dtype, seed=seed)})", bad is not None

    def lam_code(self) -> tuple[str, list[int]]:
        ld = self.wpick([(3, []), (4, [self.r.randint(1, 3)]), (1, [2, self.r.randint(1, 3)])])
        form = self.wpick([(5, "float"), (1, "int")])
        if form == "int":
            lit = self.nested(ld, ["0", "3", "40", "1", "7"]) if ld else self.pick(["3", "40", "0"])
            dt = self.pick(["np.int32", "np.int64"])
            return (f"np.array({lit}, {dt})" if ld or self.chance(0.5) else lit), ld
        if not ld:
            return self.fscalar(LAMS), ld
        return self.farray(ld, LAMS, np_p=0.3, np_dtypes=("np.float16", "np.float32", "np.float64")), ld

    def e_poisson(self, invalid: bool, unseeded: bool) -> tuple[str, bool]:
        lam, ld = self.lam_code()
        d = self.dims(max_elems=max(1, 64 // max(1, _prod(ld))), max_rank=2)
        shape = self.shape_code(d)
        dtype = self.pick(['"float16"', '"float32"', '"float64"', '"int32"', '"int64"', "np.int64"]) if self.chance(0.6) else None
        bad = self.pick(["dtype", "shape"]) if invalid else None
        if bad == "dtype":
            dtype = self.pick(['"bool"', '"uint8"', '"bfloat16"', '"string"'])
        elif bad == "shape":
            shape = self.bad_shape()
        seed = self.op_seed(unseeded)
        return f"R.poisson({shape}, lam={lam}{self.kwargs(dtype=dtype, seed=seed)})", bad is not None

    def e_candidates(self, kind: str, invalid: bool, unseeded: bool) -> tuple[str, bool]:
        batch, num_true = self.r.randint(1, 3), self.r.randint(1, 3)
        if kind in ("uniform", "log_uniform"):
            range_max = self.wpick([(3, 5), (3, 10), (2, 50), (1, 1000000), (0.5, 2**40)])
        else:
            range_max = self.r.randint(2, 12)
        unique = self.chance(0.5)
        num_sampled = self.r.randint(1, min(8, range_max) if unique else 8)
        limit = num_sampled if kind == "all" else min(range_max, 1000)  # all: classes index [0, num_sampled)
        classes = [[self.r.randrange(limit) for _ in range(num_true)] for _ in range(batch)]
        extra = ""
        bad = self.pick(["unique", "num_true", "range", "unigrams" if kind == "fixed_unigram" else "unique"]) if invalid else None
        if bad == "unique":
            unique, range_max = True, 4
            num_sampled = 6
            classes = [[c % 4 for c in row] for row in classes]
        elif bad == "num_true":
            num_true += 1
        elif bad == "range":
            classes[0][0] = range_max + self.r.randint(0, 5)
        rm = "2**40" if range_max == 2**40 else str(range_max)
        if kind == "fixed_unigram":
            n = range_max + (1 if bad == "unigrams" else 0)
            unigrams = [self.pick(["1.0", "2.0", "3.0", "0.5", "10.0", "4.0"]) for _ in range(n)]
            extra += f", unigrams=[{', '.join(unigrams)}]"
            if self.chance(0.3):
                extra += f", distortion={self.pick(['0.75', '0.5', '0.0', '2.0'])}"
            reserved = self.r.randint(1, 2) if self.chance(0.2) else 0
            if reserved:
                extra += f", num_reserved_ids={reserved}"
            if self.chance(0.2):
                extra += ", num_shards=2, shard=1"
                reserved = int(reserved == 2)  # shard 1 of 2 holds the odd ids
            if unique and bad is None and num_sampled > range_max - reserved:
                # reserved ids weigh 0: more unique candidates than classes with weight makes
                # TF loop forever (philoxd refuses: tests/unit/test_samplers.py)
                num_sampled = max(1, range_max - reserved)
        seed = self.op_seed(unseeded) if kind != "all" else (self.pick(OP_SEEDS) if self.chance(0.5) else None)
        if kind == "all":
            return f"R.all_candidate_sampler({classes}, {num_true}, {num_sampled}, {unique}{self.kwargs(seed=seed)})", bad is not None
        return (f"R.{kind}_candidate_sampler({classes}, {num_true}, {num_sampled}, {unique}, {rm}{extra}{self.kwargs(seed=seed)})",
                bad is not None)

    # ---- stateless ops -----------------------------------------------------------------------
    def stateless_seed_alg(self, invalid: bool) -> tuple[str, str | None, bool]:
        """seed, alg, whether they make the step invalid."""
        r = self.r.random()
        if invalid and r < 0.5:
            seed = self.sseed(True)
            # A 1-element seed with an explicit Philox alg makes TF read past the seed
            # (different numbers in every run): never generated.
            return seed, (self.alg() if seed != "[1]" else None), True
        if invalid:
            return self.sseed(), self.alg(True), True
        if self.chance(0.04):  # length-3 seed with some alg: TF decides
            return self.seed3(), self.pick([None, '"philox"', '"threefry"', '"auto_select"']), False
        return self.sseed(), self.alg(), False

    def e_stateless_uniform(self, invalid: bool) -> tuple[str, bool]:
        d = self.dims()
        seed, alg, bad_seed = self.stateless_seed_alg(invalid and self.chance(0.5))
        bad = (self.pick(["shape", "dtype", "bcast"]) if invalid and not bad_seed else None)
        shape = self.bad_shape() if bad == "shape" else self.shape_code(d)
        minval = self.param(d, MEANS, 0.15) if self.chance(0.5) else None
        maxval = self.param(d, MEANS, 0.15) if self.chance(0.5) else None
        if bad == "bcast":
            maxval = self.bad_bcast(d, MEANS)
        dtype = self.pick(FLOAT_DTYPES) if self.chance(0.6) else None
        if bad == "dtype":
            dtype = self.pick(['"bool"', '"string"', '"int8"', '"complex64"'])
        return f"R.stateless_uniform({shape}, seed={seed}{self.kwargs(minval=minval, maxval=maxval, dtype=dtype, alg=alg)})", invalid

    def e_stateless_uniform_int(self, invalid: bool) -> tuple[str, bool]:
        d = self.dims()
        shape = self.shape_code(d)
        seed, alg, bad_seed = self.stateless_seed_alg(invalid and self.chance(0.4))
        dt = self.pick(['"int32"', '"int64"', '"uint32"', '"uint64"', "np.uint64", "np.int64"])
        if "uint" in dt or self.chance(0.3):
            minval, maxval = "None", "None"
        else:
            minval, maxval = self.int_range(dt, d)
        bad = self.pick(["uint_min", "only_min", "ge", "shape"]) if invalid and not bad_seed else None
        if bad == "uint_min":
            dt = self.pick(['"uint32"', '"uint64"'])
            minval, maxval = self.pick([("1", "5"), ("0", "5"), ("1", None)])
        elif bad == "only_min":
            dt = self.pick(['"int32"', '"int64"'])
            minval, maxval = "1", None
        elif bad == "ge":
            dt = self.pick(['"int32"', '"int64"'])
            shape = "[3]"
            minval, maxval = self.pick([("3", "3"), ("7", "-7")])
        elif bad == "shape":
            shape = self.bad_shape()
        return f"R.stateless_uniform({shape}, seed={seed}{self.kwargs(minval=minval, maxval=maxval, dtype=dt, alg=alg)})", invalid

    def e_stateless_normal(self, fn: str, invalid: bool) -> tuple[str, bool]:
        d = self.dims()
        seed, alg, bad_seed = self.stateless_seed_alg(invalid and self.chance(0.5))
        bad = self.pick(["shape", "dtype", "bcast"]) if invalid and not bad_seed else None
        shape = self.bad_shape() if bad == "shape" else self.shape_code(d)
        mean = self.param(d, MEANS, 0.18) if self.chance(0.5) else None
        stddev = self.param(d, SCALES, 0.18) if self.chance(0.5) else None
        if bad == "bcast":
            mean = self.bad_bcast(d, MEANS)
        dtype = self.pick(FLOAT_DTYPES) if self.chance(0.6) else None
        if bad == "dtype":
            dtype = self.pick(['"int32"', '"int64"', '"bool"'])
        return f"R.{fn}({shape}, seed={seed}{self.kwargs(mean=mean, stddev=stddev, dtype=dtype, alg=alg)})", invalid

    def e_stateless_gamma(self, invalid: bool) -> tuple[str, bool]:
        alpha, beta, bshape = self.alpha_beta(16)
        extra = self.dims(max_elems=max(1, 64 // max(1, _prod(bshape))), max_rank=2)
        d = extra + bshape
        shape = self.shape_code(d)
        dtype = self.pick(GAMMA_DTYPES) if self.chance(0.5) else None
        seed = self.sseed()
        bad = self.pick(["shape", "dtype", "seed", "mismatch"]) if invalid else None
        if bad == "shape":
            shape = self.bad_shape()
        elif bad == "dtype":
            dtype = self.pick(['"int32"', '"bfloat16"'])
        elif bad == "seed":
            seed = self.sseed(True)
        elif bad == "mismatch":
            alpha, beta, shape = "[1.0, 2.0, 3.0]", None, self.pick(["[4, 2]", "[2]", "[]"])
        return f"R.stateless_gamma({shape}, seed={seed}, alpha={alpha}{self.kwargs(beta=beta, dtype=dtype)})", invalid

    def e_stateless_poisson(self, invalid: bool) -> tuple[str, bool]:
        lam, ld = self.lam_code()
        extra = self.dims(max_elems=max(1, 64 // max(1, _prod(ld))), max_rank=2)
        shape = self.shape_code(extra + ld)
        dtype = self.pick(['"float16"', '"float32"', '"float64"', '"int32"', '"int64"']) if self.chance(0.6) else None
        seed = self.sseed()
        bad = self.pick(["shape", "dtype", "seed", "mismatch"]) if invalid else None
        if bad == "shape":
            shape = self.bad_shape()
        elif bad == "dtype":
            dtype = self.pick(['"bool"', '"uint8"', '"bfloat16"'])
        elif bad == "seed":
            seed = self.sseed(True)
        elif bad == "mismatch":
            lam, shape = "[1.0, 2.0]", self.pick(["[5]", "[2, 3]", "[]"])
        return f"R.stateless_poisson({shape}, seed={seed}, lam={lam}{self.kwargs(dtype=dtype)})", invalid

    def counts_probs(self, bad_dtype: bool, positive: bool = False) -> tuple[str, str, list[int]]:
        COUNTS = [c for c in globals()["COUNTS"] if not positive or float(c) > 0]  # noqa: N806
        PROBS = [p for p in globals()["PROBS"] if not positive or 0 < float(p) < 1]  # noqa: N806
        cd = self.wpick([(3, []), (3, [self.r.randint(1, 4)]), (1, [2, self.r.randint(1, 3)])])
        pd = self.bcast_dims(cd) if cd and self.chance(0.6) else []
        form = self.wpick([(5, "py"), (2, "np_same"), (1.2 if bad_dtype else 0.3, "mixed"), (0.5, "int")])
        if form == "py":
            counts = self.nested(cd, COUNTS) if cd else self.fscalar(COUNTS)
            probs = self.nested(pd, PROBS) if pd else self.pick(PROBS)
        elif form == "np_same":
            dt = self.pick(["np.float16", "np.float32", "np.float64"])
            counts = f"np.array({self.nested(cd, COUNTS)}, {dt})" if cd else f"{dt}({self.pick(COUNTS)})"
            probs = f"np.array({self.nested(pd, PROBS)}, {dt})" if pd else f"{dt}({self.pick(PROBS)})"
        elif form == "mixed":
            dt1, dt2 = self.r.sample(["np.float16", "np.float32", "np.float64"], 2)
            counts = f"np.array({self.nested(cd, COUNTS)}, {dt1})" if cd else f"{dt1}({self.pick(COUNTS)})"
            probs = (f"np.array({self.nested(pd, PROBS)}, {dt2})" if pd else f"{dt2}({self.pick(PROBS)})") if self.chance(0.7) else (
                self.nested(pd, PROBS) if pd else self.pick(PROBS))
        else:
            counts = self.nested(cd, ["1", "5", "10", "20"]) if cd else self.pick(["10", "3"])
            probs = self.nested(pd, PROBS) if pd else self.pick(PROBS)
        return counts, probs, (cd if len(cd) >= len(pd) else pd)

    def e_stateless_binomial(self, invalid: bool) -> tuple[str, bool]:
        bad = self.pick(["shape", "mismatch", "seed", "mixed"]) if invalid else None
        counts, probs, bshape = self.counts_probs(bad == "mixed")
        extra = self.dims(max_elems=max(1, 64 // max(1, _prod(bshape))), max_rank=2)
        shape = self.shape_code(extra + bshape)
        dtype = self.pick(['"float16"', '"float32"', '"float64"', '"int32"', '"int64"']) if self.chance(0.6) else None
        seed = self.sseed()
        if bad == "shape":
            shape = self.bad_shape()
        elif bad == "mismatch":
            counts, probs, shape = "[1.0, 2.0, 3.0]", "[0.5, 0.5]", "[3, 2]"
        elif bad == "seed":
            seed = self.sseed(True)
        return f"R.stateless_binomial({shape}, seed={seed}, counts={counts}, probs={probs}{self.kwargs(output_dtype=dtype)})", invalid

    def e_ptn(self, invalid: bool) -> tuple[str, bool]:
        d = self.dims()
        large = not invalid and self.chance(LARGE_P)  # outputs enough for TF to shard them (at 2+ threads)
        if large:
            d = [self.r.randint(1100, 4000)]
        shape = self.shape_code(d)
        seed = self.sseed()
        form = self.wpick([(5, "py"), (1, "np64"), (1, "np16")])

        def val(pool: Sequence[str]) -> str:
            if d and not large and self.chance(0.2):
                bd = self.bcast_dims(d)
                lit = self.nested(bd, pool)
                return {"py": py_list(lit, "np.float32"), "np64": f"np.array({lit}, np.float64)", "np16": f"np.array({lit}, np.float16)"}[form]
            v = self.pick(pool)
            if v == NEG_ZERO:
                return self.neg_zero({"py": "np.float32", "np64": "np.float64", "np16": "np.float16"}[form])
            return {"py": v, "np64": f"np.float64({v})", "np16": f"np.float16({v})"}[form]

        kw: dict[str, str | None] = {}
        if self.chance(0.5):
            kw["means"] = val(["0.0", "1.0", "-2.0", "5.0", "0.5", NEG_ZERO])
        if self.chance(0.5):
            kw["stddevs"] = val(["1.0", "0.5", "2.0", "0.1", "3.0"])
        regime = self.wpick([(3, "plain"), (1, "left"), (1, "right"), (1, "tail"), (1, "narrow")])
        lo, hi = {"plain": ("-1.0", "1.0"), "left": ("-np.inf", "-1.0"), "right": ("1.0", "np.inf"),
                  "tail": ("3.0", "10.0"), "narrow": ("0.9", "1.1")}[regime]
        if self.chance(0.7):
            kw["minvals"] = (lambda v: {"py": v, "np64": f"np.float64({v})", "np16": f"np.float16({v})"}[form])(lo)
            kw["maxvals"] = (lambda v: {"py": v, "np64": f"np.float64({v})", "np16": f"np.float16({v})"}[form])(hi)
        if form != "py" and self.chance(0.85):  # one dtype for all four (a mixed set is an error)
            defaults = {"means": "0.0", "stddevs": "1.0", "minvals": "-2.0", "maxvals": "2.0"}
            kw = {k: kw.get(k) or {"np64": f"np.float64({v})", "np16": f"np.float16({v})"}[form] for k, v in defaults.items()}
        bad = self.pick(["stddev", "minmax", "inf", "bcast", "seed"]) if invalid else None
        if bad == "stddev":
            kw["stddevs"] = "-1.0"
            kw.pop("minvals", None), kw.pop("maxvals", None)
            for k in ("means",):
                kw.pop(k, None)
        elif bad == "minmax":
            kw = {"minvals": "2.0", "maxvals": "1.0"}
        elif bad == "inf":
            kw = {"minvals": "-np.inf", "maxvals": "np.inf"}
        elif bad == "bcast":
            shape, kw = "[4, 2]", {"means": "[0.0, 1.0, 2.0]"}
        elif bad == "seed":
            seed = self.sseed(True)
        return f"R.stateless_parameterized_truncated_normal({shape}, seed={seed}{self.kwargs(**kw)})", invalid

    # ---- generator helpers -------------------------------------------------------------------
    def gen(self, philox_only: bool = False) -> dict | None:
        cands = [g for g in self.gens if g["alg"] == "philox" or not philox_only]
        return self.pick(cands) if cands else None

    def g_draw(self, g: dict, op: str, invalid: bool) -> tuple[str, bool]:
        ref = g["ref"]
        d = self.dims()
        shape = self.shape_code(d)
        bad = invalid
        if op == "Generator.uniform":
            minval = self.fscalar(MEANS) if self.chance(0.4) else None
            maxval = self.fscalar(MEANS) if self.chance(0.4) else None
            if d and self.chance(0.05):
                maxval = self.farray(self.bcast_dims(d), MEANS)
            dtype = self.pick(FLOAT_DTYPES) if self.chance(0.5) else None
            if invalid:
                shape = self.bad_shape() if self.chance(0.6) else shape
                if shape == self.shape_code(d) or self.chance(0.4):
                    dtype = self.pick(['"bool"', '"string"'])
            expr = f"{ref}.uniform({shape}{self.kwargs(minval=minval, maxval=maxval, dtype=dtype)})"
        elif op == "Generator.uniform_int":
            dt = self.pick(['"int32"', '"int64"', "np.int64"])
            if self.chance(0.2):
                minval, maxval = "None", "None"
            else:
                minval, maxval = self.int_range(dt, d)
                minval = minval or "0"
            if invalid:
                kind = self.pick(["nomax", "ge", "shape", "one_none"])
                if kind == "nomax":
                    minval, maxval = None, None
                elif kind == "ge":
                    shape, (minval, maxval) = "[2]", self.pick([("3", "3"), ("4", "-4")])
                elif kind == "shape":
                    shape = self.bad_shape()
                else:
                    minval, maxval = "None", "5"
            expr = f"{ref}.uniform({shape}{self.kwargs(minval=minval, maxval=maxval, dtype=dt)})"
        elif op == "Generator.uniform_full_int":
            dtype = self.pick(['"int32"', '"int64"', '"uint32"', '"uint64"', "np.uint64"]) if self.chance(0.7) else None
            if invalid:
                dtype = self.pick(['"float32"', '"int8"']) if self.chance(0.5) else dtype
                shape = self.bad_shape() if dtype not in ('"float32"', '"int8"') else shape
            expr = f"{ref}.uniform_full_int({shape}{self.kwargs(dtype=dtype)})"
        elif op in ("Generator.normal", "Generator.truncated_normal"):
            fn = op.split(".")[1]
            mean = self.param(d, MEANS, 0.06) if self.chance(0.4) else None
            stddev = self.param(d, SCALES, 0.06) if self.chance(0.4) else None
            dtype = self.pick(FLOAT_DTYPES) if self.chance(0.5) else None
            if invalid:
                if self.chance(0.5):
                    shape = self.bad_shape()
                else:
                    dtype = self.pick(['"int32"', '"bool"'])
            expr = f"{ref}.{fn}({shape}{self.kwargs(mean=mean, stddev=stddev, dtype=dtype)})"
        elif op == "Generator.binomial":
            # TF's Generator.binomial sometimes advances the state by a different amount from run
            # to run when a count is <= 0 or a probability is outside (0, 1) (seen in `selfcheck`):
            # only counts > 0 and probabilities in (0, 1) here.
            counts, probs, bshape = self.counts_probs(False, positive=True)
            dd = self.dims(max_elems=max(1, 64 // max(1, _prod(bshape))), max_rank=2)
            # An int64 shape array aborts TF 2.21 (tensor.cc CHECK "int32 expected, got int64" in
            # StatefulRandomBinomial): a TF bug no implementation can mirror, so never generated.
            shape = self.shape_code(dd + bshape, i64=False)
            dtype = self.pick(['"int32"', '"int64"', '"float32"', '"float64"', '"float16"']) if self.chance(0.5) else None
            if invalid:
                kind = self.pick(["intcounts", "shape", "mismatch"])
                if kind == "intcounts":
                    counts = self.pick(["10", "[1, 2]", "np.int32(5)"])
                elif kind == "shape":
                    shape = self.bad_shape()
                else:
                    shape, counts, probs = "[5]", "[10.0]", "[0.3]"
            expr = f"{ref}.binomial({shape}, counts={counts}, probs={probs}{self.kwargs(dtype=dtype)})"
        else:
            raise AssertionError(op)
        return expr, bad or g["alg"] != "philox"

    # ---- op emitters --------------------------------------------------------------------------
    def op_set_seed(self, invalid: bool) -> None:
        if self.chance(0.15):
            self.emit("set_seed", "R.set_seed(None)")
            self.seeded = False
        else:
            self.emit("set_seed", f"R.set_seed({self.pick(GLOBAL_SEEDS)})")
            self.seeded = True

    def _stateful(self, op: str, invalid: bool) -> None:
        unseeded = self.seeded
        if op == "uniform":
            expr, bad = self.e_uniform(invalid, unseeded)
        elif op == "uniform_int":
            expr, bad = self.e_uniform_int(invalid, unseeded)
        elif op in ("normal", "truncated_normal"):
            expr, bad = self.e_normal(op, invalid, unseeded)
        elif op == "shuffle":
            expr, bad = self.e_shuffle(invalid, unseeded)
        elif op == "categorical":
            expr, bad = self.e_categorical(invalid, unseeded)
        elif op == "gamma":
            expr, bad = self.e_gamma(invalid, unseeded)
        elif op == "poisson":
            expr, bad = self.e_poisson(invalid, unseeded)
        elif op.endswith("_candidate_sampler"):
            expr, bad = self.e_candidates(op.removesuffix("_candidate_sampler"), invalid, unseeded)
        elif op == "stateless_uniform":
            expr, bad = self.e_stateless_uniform(invalid)
        elif op == "stateless_uniform_int":
            expr, bad = self.e_stateless_uniform_int(invalid)
        elif op in ("stateless_normal", "stateless_truncated_normal"):
            expr, bad = self.e_stateless_normal(op, invalid)
        elif op == "stateless_categorical":
            expr, bad = self.e_categorical(invalid, False, stateless=True)
        elif op == "stateless_gamma":
            expr, bad = self.e_stateless_gamma(invalid)
        elif op == "stateless_poisson":
            expr, bad = self.e_stateless_poisson(invalid)
        elif op == "stateless_binomial":
            expr, bad = self.e_stateless_binomial(invalid)
        elif op == "stateless_parameterized_truncated_normal":
            expr, bad = self.e_ptn(invalid)
        else:
            raise AssertionError(op)
        self.emit(op, expr, bad)

    def op_split(self, op: str, invalid: bool) -> None:
        seed, alg, bad = self.stateless_seed_alg(invalid and self.chance(0.5))
        num = self.pick([None, "1", "2", "3", "4", "2"])
        if invalid and not bad:
            num, bad = self.pick(["-1", "2.5", "[2]"]), True
        fn = "R.experimental.stateless_split" if op == "stateless_split" else "R.split"
        name = self.name("s")
        self.emit(op, f"{fn}({seed}{self.kwargs(num=num, alg=alg)})", bad, assign=name)
        # A split of unsigned seeds (alg philox/threefry) is a uint tensor in TF, which a later
        # auto-select op refuses as its seed (Tseed), while philoxd returns numpy, which TF would
        # cast: an output of one step is a tensor in TF and numpy in philoxd, so such a split is
        # not reused as a seed (see the module doc).
        if not bad and "np.uint" not in seed:
            k = 2 if num is None else int(num) if num.isdigit() else 0
            self.seedvars.extend(f"{name}[{i}]" for i in range(k))

    def op_fold_in(self, op: str, invalid: bool) -> None:
        seed, alg, bad = self.stateless_seed_alg(invalid and self.chance(0.6))
        data = self.pick(["0", "1", "5", "-3", "17", "2**31 - 1", "2**40", "np.int64(5)", "np.int32(-2)"])
        if invalid and not bad:
            data, bad = self.pick(["1.5", "[1, 2]", "None"]), True
        fn = "R.experimental.stateless_fold_in" if op == "stateless_fold_in" else "R.fold_in"
        name = self.name("fo")
        self.emit(op, f"{fn}({seed}, {data}{self.kwargs(alg=alg)})", bad, assign=name)
        if not bad:
            self.seedvars.append(name)

    def op_index_shuffle(self, invalid: bool) -> None:
        dt = self.pick(["np.int32", "np.int64", "np.uint32", "np.uint64"])
        n = self.r.randint(1, 10)
        mx = self.pick([n - 1, n - 1, n + 5, 100, 2**20] + ([2**40] if "64" in dt else []))
        if self.chance(0.3):
            index = f"{dt}({self.r.randint(0, n - 1)})"
            n_idx = 0
        else:
            index = f"np.arange({n}, dtype={dt})"
            n_idx = n
        mx_code = self.pick([f"{dt}({mx})", f"{dt}({mx})", str(mx)])
        if n_idx and self.chance(0.15):
            mx_code = f"np.array({[mx + i for i in range(n_idx)]}, {dt})"
        seed = self.pick([f"[{self.r.randint(0, 20)}, {self.r.randint(0, 20)}]", f"np.array([1, 2], {dt})",
                          f"[{self.pick(SEED_WORDS)}, {self.pick(SEED_WORDS)}]", "[5, 9]", f"np.array([3, 4, 5], {dt})"])
        bad = False
        if invalid:
            kind = self.pick(["seed", "mx", "float"])
            bad = True
            if kind == "seed":
                seed = self.pick(["[[1, 2], [3, 4], [5, 6]]", "[1]", "[1.5, 2.5]"])
            elif kind == "mx" and n_idx:
                mx_code = f"np.array({[mx] * (n_idx + 1)}, {dt})"
            else:
                index = f"np.arange({n}, dtype=np.float32)"
        self.emit("index_shuffle", f"R.experimental.index_shuffle({index}, seed={seed}, max_index={mx_code})", bad)

    def op_stateless_shuffle(self, invalid: bool) -> None:
        seed, alg, bad = self.stateless_seed_alg(invalid and self.chance(0.5))
        value = self.value_code(invalid and not bad)
        self.emit("stateless_shuffle", f"R.experimental.stateless_shuffle({value}, seed={seed}{self.kwargs(alg=alg)})", invalid)

    def op_create_rng_state(self, invalid: bool) -> None:
        seed = self.pick(["1234", "-1", "2**70 + 5", "0", "2**64 - 1", "[12, 34]", "np.array([1, 2, 3, 4], np.int64)",
                          "np.int64(77)", "[1, 2, 3]", "2**63"])
        alg = self.pick(['"philox"', '"threefry"', "R.Algorithm.PHILOX", "1", "2", '"auto_select"', "R.Algorithm.THREEFRY"])
        if invalid:
            alg = self.wpick([(3, '"bogus"'), (1, "7"), (2, "None")])
        fn = self.pick(["R.create_rng_state", "R.experimental.create_rng_state"])
        self.emit("create_rng_state", f"{fn}({seed}, {alg})", invalid)

    def op_generator_new(self, op: str, invalid: bool) -> None:
        name = self.name("g")
        alg = "philox"
        cls = "R.Generator" if self.chance(0.9) else "R.experimental.Generator"
        if op == "Generator.from_seed":
            seed = self.pick(["1234", "0", "-1", "2**63", "2**64 + 5", "[1, 2]", "[1, 2, 3]", "2**32", "-2**40", "np.int64(77)",
                              "1", "7", "42"])
            a = self.wpick([(7, None), (1, '"philox"'), (1, '"threefry"'), (0.5, '"auto_select"'), (0.5, "R.Algorithm.PHILOX")])
            if invalid:
                a = self.wpick([(3, '"bogus"'), (1, "5")])
            alg = "threefry" if a == '"threefry"' else "philox"
            expr = f"{cls}.from_seed({seed}{self.kwargs(alg=a)})"
        elif op == "Generator.from_state":
            if self.chance(0.15):
                alg, a = "threefry", '"threefry"'
                state = self.pick(["[1, 2]", "np.array([5, -1], np.int64)"])
            else:
                a = self.pick(['"philox"', "R.Algorithm.PHILOX", "1"])
                w = ["0", "1", "2", "3", "-1", "-2", "2**40", "9", "12345"]
                state = f"[{self.pick(w)}, {self.pick(w)}, {self.pick(w)}]"
                if self.chance(0.3):
                    state = f"np.array({state}, np.int64)"
            if invalid:
                state = self.pick(["[1, 2]", "[1, 2, 3, 4]", "[[1, 2, 3]]"]) if alg == "philox" else "[1, 2, 3]"
            expr = f"{cls}.from_state({state}, alg={a})"
        else:
            key = self.pick(["5", "-1", "0", "2**40", "np.int64(3)"])
            counter = self.pick(["[6, 7]", "[2**40, -3]", "[0, 0]", "np.array([1, 2], np.int64)"])
            if invalid:
                counter = self.pick(["[1, 2, 3]", "[1]"])
            expr = f"{cls}.from_key_counter({key}, {counter}, alg=\"philox\")"
        self.emit(op, expr, invalid, assign=name)
        if not invalid:
            self.gens.append({"ref": name, "alg": alg})

    def op_generator(self, op: str, invalid: bool) -> None:
        g = self.gen()
        assert g is not None
        ref = g["ref"]
        if op in ("Generator.uniform", "Generator.uniform_int", "Generator.uniform_full_int", "Generator.normal",
                  "Generator.truncated_normal", "Generator.binomial"):
            expr, bad = self.g_draw(g, op, invalid)
            self.emit(op, expr, bad)
        elif op == "Generator.make_seeds":
            count = self.pick([None, "1", "2", "3"])
            if invalid:
                count = self.pick(["-1", "2.5"])
            name = self.name("m")
            self.emit(op, f"{ref}.make_seeds({count or ''})", invalid or g["alg"] != "philox", assign=name)
            if not invalid and g["alg"] == "philox":
                self.seedvars.extend(f"{name}[:, {i}]" for i in range(int(count or 1)))
        elif op == "Generator.split":
            count = self.pick([None, "1", "2", "3"])
            if invalid:
                count = self.pick(["-1", "0"])
            name = self.name("gs")
            self.emit(op, f"{ref}.split({count or ''})", invalid or g["alg"] != "philox", assign=name)
            if not invalid and g["alg"] == "philox":
                self.gens.extend({"ref": f"{name}[{i}]", "alg": "philox"} for i in range(int(count or 1)))
        elif op == "Generator.skip":
            delta = self.pick(["0", "1", "5", "-3", "2**40", "100", "np.int64(7)"])
            if invalid:
                delta = self.pick(["1.5", "[1, 2]"])
            self.emit(op, f"{ref}.skip({delta})", invalid)
        elif op == "Generator.reset_from_seed":
            seed = self.pick(["1", "2", "0", "-1", "2**63", "[1, 2]", "12345"])
            self.emit(op, f"{ref}.reset_from_seed({seed})")
        elif op == "Generator.reset":
            state = "[10, 20, 30]" if g["alg"] == "philox" else "[10, 20]"
            state = self.pick([state, state.replace("10", "-1"), f"np.array({state}, np.int64)"])
            if invalid:
                state = "[1, 2, 3, 4]"
            self.emit(op, f"{ref}.reset({state})", invalid)
        elif op == "Generator.reset_from_key_counter":
            self.emit(op, f"{ref}.reset_from_key_counter({self.pick(['5', '-1', '0'])}, {self.pick(['[6, 7]', '[0, 2**40]'])})")
        elif op == "Generator.state":
            attr = self.wpick([(4, "state"), (1, "key"), (1, "algorithm")])
            self.emit(op, f"{ref}.{attr}")
        else:
            raise AssertionError(op)

    def op_set_global_generator(self, invalid: bool) -> None:
        g = self.pick([h for h in self.gens if h["ref"] != "R.get_global_generator()"])
        self.emit("set_global_generator", f"R.set_global_generator({g['ref']})")
        for h in self.gens:
            if h["ref"] == "R.get_global_generator()":
                h["alg"] = g["alg"]
                break
        else:
            self.gens.append({"ref": "R.get_global_generator()", "alg": g["alg"]})

    def op_function(self, invalid: bool) -> None:
        self.used_unseeded = False
        n = self.wpick([(4, 1), (3, 2), (1, 3)])
        body_ops = ["uniform", "uniform_int", "normal", "truncated_normal", "shuffle", "categorical", "gamma", "poisson",
                    "stateless_uniform", "stateless_normal", "Generator.normal", "Generator.uniform", "Generator.uniform_int",
                    "Generator.binomial"]
        exprs = []
        unseeded = self.seeded
        for i in range(n):
            op = self.pick(body_ops)
            bad = invalid and i == n - 1
            if op.startswith("Generator."):
                g = self.gen(philox_only=True)
                if g is None:
                    op = "normal"
                else:
                    exprs.append(self.g_draw(g, op, bad)[0])
                    continue
            if op in ("uniform",):
                exprs.append(self.e_uniform(bad, unseeded)[0])
            elif op == "uniform_int":
                exprs.append(self.e_uniform_int(bad, unseeded)[0])
            elif op in ("normal", "truncated_normal"):
                exprs.append(self.e_normal(op, bad, unseeded)[0])
            elif op == "shuffle":
                exprs.append(self.e_shuffle(bad, unseeded)[0])
            elif op == "categorical":
                exprs.append(self.e_categorical(bad, unseeded)[0])
            elif op == "gamma":
                exprs.append(self.e_gamma(bad, unseeded)[0])
            elif op == "poisson":
                exprs.append(self.e_poisson(bad, unseeded)[0])
            elif op == "stateless_uniform":
                exprs.append(self.e_stateless_uniform(bad)[0])
            else:
                exprs.append(self.e_stateless_normal("stateless_normal", bad)[0])
        body = exprs[0] if n == 1 else "(" + ", ".join(exprs) + ")"
        name = self.name("f")
        flags = (" !" if invalid else "") + (" u" if self.used_unseeded else "")
        self.lines.append(f"{name} = F(lambda: {body})  # function{flags}")
        self.funcs.append({"name": name, "unseeded": self.used_unseeded, "called": False, "invalid": invalid})
        self.used_unseeded = False

    def callable_funcs(self) -> list[dict]:
        return [f for f in self.funcs if f["called"] or not f["unseeded"] or self.seeded]

    def op_function_call(self, invalid: bool) -> None:
        f = self.pick(self.callable_funcs())
        f["called"] = True
        self.emit("function_call", f"{f['name']}()", f["invalid"])

    # ---- pipelines: tf.data (D), tf.image (I), Keras 3 (K) ----------------------------------
    def image_code(self) -> tuple[str, list[int]]:
        """A constant image (uint8 or float32 in [0, 1], 3-D or a 4-D batch): its code and shape."""
        h, w = self.r.randint(1, 6), self.r.randint(1, 6)
        batch = [self.r.randint(1, 3)] if self.chance(0.25) else []
        shape = batch + [h, w, 3]
        n = _prod(shape)
        if self.chance(0.3):
            return f"(np.arange({n}) * {self.r.randint(1, 97)} % 256).astype(np.uint8).reshape({shape})", shape
        return f"(np.sin(np.arange({n}, dtype=np.float32) * {self.r.randint(1, 9)}) * 0.5 + 0.5).reshape({shape})", shape

    def op_pipeline(self, op: str) -> None:
        unseeded = self.seeded
        if op == "data.shuffle":
            n, b = self.r.randint(0, 12), self.pick([1, 2, 3, 5, 8, 16])
            seed = self.op_seed(unseeded)
            ds = f"D.Dataset.range({n})"
            if self.chance(0.3):
                ds += f".shard({self.r.randint(1, 3)}, 0)"
            ds += f".shuffle({b}{self.kwargs(seed=seed)}, reshuffle_each_iteration={self.pick(['True', 'False'])})"
            if self.chance(0.4):
                ds += f".repeat({self.r.randint(1, 3)})"
            if self.chance(0.3):
                ds += f".take({self.r.randint(0, 10)})"
            name = self.name("ds")
            self.lines.append(f"{name} = {ds}  # data.dataset{' u' if self.used_unseeded else ''}")
            self.used_unseeded = False
            for _ in range(self.r.randint(1, 2)):
                self.emit(op, f"L({name})")
        elif op == "data.random":
            seed = self.op_seed(unseeded)
            self.emit(op, f"L(D.Dataset.random({'' if seed is None else 'seed=' + seed}).take({self.r.randint(0, 6)}))")
        elif op == "data.sample":
            k = self.r.randint(1, 3)
            parts = ", ".join(f"D.Dataset.range({100 * i}, {100 * i + self.r.randint(1, 5)})" for i in range(k))
            weights = ", weights=[" + ", ".join(self.pick(["0.5", "1.0", "0.25", "2.0", "0.0"]) for _ in range(k)) + "]" if self.chance(0.6) else ""
            seed = self.op_seed(unseeded)
            self.emit(op, f"L(D.Dataset.sample_from_datasets([{parts}]{weights}{self.kwargs(seed=seed)}, "
                          f"stop_on_empty_dataset={self.pick(['True', 'False'])}))")
        elif op == "image.random":
            img, _ = self.image_code()
            seed = self.op_seed(unseeded)
            fn, args = self.pick([("random_flip_left_right", ""), ("random_flip_up_down", ""),
                                  ("random_brightness", f", {self.pick(['0.1', '0.5', '0.05'])}"),
                                  ("random_contrast", f", {self.pick(['0.2', '0.5'])}, {self.pick(['1.0', '1.8'])}"),
                                  ("random_saturation", f", {self.pick(['0.2', '0.5'])}, {self.pick(['1.0', '1.8'])}"),
                                  ("random_hue", f", {self.pick(['0.1', '0.5', '0.05'])}")])
            self.emit(op, f"I.{fn}({img}{args}{self.kwargs(seed=seed)})")
        elif op == "image.crop":
            img, dims = self.image_code()
            seed = self.op_seed(unseeded)
            size = [self.r.randint(1, d) for d in dims[:-1]] + [3]
            self.emit(op, f"I.random_crop({img}, {size}{self.kwargs(seed=seed)})")
        elif op == "image.stateless":
            img, _ = self.image_code()
            fn, args = self.pick([("stateless_random_flip_left_right", ""), ("stateless_random_flip_up_down", ""),
                                  ("stateless_random_brightness", ", 0.3"), ("stateless_random_contrast", ", 0.3, 1.7"),
                                  ("stateless_random_hue", ", 0.2"), ("stateless_random_saturation", ", 0.4, 1.6")])
            self.emit(op, f"I.{fn}({img}{args}, seed=[{self.pick(SEED_WORDS[:6])}, {self.pick(SEED_WORDS[:6])}])")
        elif op == "keras.random":
            fn, args = self.pick([("uniform", ""), ("normal", ""), ("truncated_normal", ""),
                                  ("randint", ", 0, 7"), ("dropout", None), ("shuffle", None)])
            d = self.dims(max_elems=24, min_rank=1)
            sgs = [ln.split(" = ")[0] for ln in self.lines if ln.endswith("# keras.SeedGenerator")]
            choices = [(3, str(self.r.randint(0, 2**20))), (2 if sgs else 0, self.pick(sgs) if sgs else "0"), (1 if self.keras_seeded else 0, "None")]
            seed = self.wpick(choices)
            if fn == "dropout":
                self.emit(op, f"K.random.dropout(np.ones({d}, np.float32), {self.pick(['0.5', '0.25'])}, seed={seed})")
            elif fn == "shuffle":
                self.emit(op, f"K.random.shuffle(np.arange({_prod(d)}), seed={seed})")
            else:
                self.emit(op, f"K.random.{fn}({d}{args}, seed={seed})")
        elif op == "keras.SeedGenerator":
            self.lines.append(f"{self.name('sg')} = K.random.SeedGenerator({self.r.randint(0, 2**20)})  # keras.SeedGenerator")
        else:  # keras.set_random_seed: Keras' and TF's global seeds
            self.keras_seeded = self.seeded = True
            self.emit(op, f"K.utils.set_random_seed({self.r.randint(0, 2**31 - 1)})")

    # ---- driver ------------------------------------------------------------------------------
    def applicable(self, op: str) -> bool:
        if op.startswith("Generator.") and not op.startswith("Generator.from_"):
            return bool(self.gens)
        if op == "set_global_generator":
            return any(g["ref"] != "R.get_global_generator()" for g in self.gens)
        if op == "function_call":
            return bool(self.callable_funcs())
        return True

    def build(self) -> str:
        if self.pipelines:
            self.lines.append(PIPELINE_PRELUDE)
        if self.chance(0.55):
            self.op_set_seed(False)
        while len(self.lines) < self.n_steps:
            ops = [op for op in OPS + (PIPELINE_OPS if self.pipelines else []) if self.applicable(op)]
            op = self.wpick([(_WEIGHTS.get(o) or PIPELINE_WEIGHTS[o], o) for o in ops])
            if op in PIPELINE_OPS:
                self.op_pipeline(op)
                continue
            invalid = self.chance(INVALID_P) and op not in ("set_seed", "Generator.state", "Generator.reset_from_seed",
                                                            "Generator.reset_from_key_counter", "set_global_generator",
                                                            "function_call")
            if op == "set_seed":
                self.op_set_seed(invalid)
            elif op in ("stateless_split", "random.split"):
                self.op_split(op, invalid)
            elif op in ("stateless_fold_in", "random.fold_in"):
                self.op_fold_in(op, invalid)
            elif op == "index_shuffle":
                self.op_index_shuffle(invalid)
            elif op == "stateless_shuffle":
                self.op_stateless_shuffle(invalid)
            elif op == "create_rng_state":
                self.op_create_rng_state(invalid)
            elif op.startswith("Generator.from_"):
                self.op_generator_new(op, invalid)
            elif op.startswith("Generator."):
                self.op_generator(op, invalid)
            elif op == "set_global_generator":
                self.op_set_global_generator(invalid)
            elif op == "function":
                self.op_function(invalid and self.chance(0.5))
            elif op == "function_call":
                self.op_function_call(invalid)
            else:
                self._stateful(op, invalid)
        return "\n".join(self.lines) + "\n"


def generate_program(seed: int, steps: int | None = None) -> str:
    """A random program (10-40 steps unless ``steps`` is given), a pure function of ``seed``;
    from PIPELINE_SEEDS on, with pipeline steps (``D``/``I``/``K``) among the ``tf.random`` ones."""
    return _Builder(seed, steps, pipelines=seed >= PIPELINE_SEEDS).build()


def program_threads(seed: int) -> int:
    """The TF intra-op thread count the program of ``seed`` runs at (a pure function of it)."""
    return random.Random(f"intra-op-{seed}").choice(THREAD_COUNTS)


def with_threads(code: str, threads: int) -> str:
    """``code`` run at TF's ``threads`` intra-op threads: a first line ``# intra_op_threads: n``
    (none for 1). TF's worker of that count runs it; philoxd sets the session to it."""
    return code if threads == 1 else f"# intra_op_threads: {threads}\n{code}"


def threads_of(code: str) -> int:
    """The thread count of a program (:func:`with_threads`; 1 without the line)."""
    m = _THREADS_RE.fullmatch(code.split("\n", 1)[0])
    return int(m.group(1)) if m else 1


def program(seed: int) -> str:
    """The program of ``seed`` at its thread count (what run, check, record and selfcheck use)."""
    return with_threads(generate_program(seed), program_threads(seed))


# Each line ends with "  # op" and flags: " !" built to be invalid, " u" holds an unseeded
# stateful op (so it needs a global seed: at its step, or at a function's first call).
_OP_RE = re.compile(r"  # (\S+)( !)?( u)?$")
_STEP_RE = re.compile(r"^(?:(\w+) = )?step\(lambda: (.*)\)  # (\S+)( !)?( u)?$")
_SET_SEED_RE = re.compile(r"step\(lambda: (?:R\.set_seed|K\.utils\.set_random_seed)\((.*)\)\)")
_ASSIGN_RE = re.compile(r"^(\w+) = ")
_CALL_RE = re.compile(r"step\(lambda: (f\d+)\(\)\)")
_SETGLOBAL_RE = re.compile(r"R\.set_global_generator\((\w+)")


def line_op(line: str) -> tuple[str | None, bool]:
    """The ``# op`` of a program line, and whether it was built to be invalid."""
    m = _OP_RE.search(line)
    return (m.group(1), bool(m.group(2))) if m else (None, False)


def deterministic_in_tf(lines: Sequence[str]) -> bool:
    """Whether a (shrunk) program still obeys the generator's determinism rules: unseeded
    ops (and first calls of functions holding them) only under a global int seed, the
    global Generator only after ``set_global_generator`` of a defined generator."""
    seeded = False
    defined: set[str] = set()
    unseeded_fns: set[str] = set()
    called: set[str] = set()
    global_set = False
    for line in lines:
        m = _SET_SEED_RE.search(line)
        if m:
            seeded = m.group(1).strip() != "None"
        unseeded = bool(_OP_RE.search(line) and _OP_RE.search(line).group(3))
        op = line_op(line)[0]
        if op == "function":
            if unseeded:
                unseeded_fns.add(line.split(" = ", 1)[0])
        elif unseeded and not seeded:
            return False
        c = _CALL_RE.search(line)
        if c and c.group(1) in unseeded_fns and c.group(1) not in called and not seeded:
            return False
        if c:
            called.add(c.group(1))
        if "R.get_global_generator()" in line and not global_set:
            return False
        g = _SETGLOBAL_RE.search(line)
        if g:
            if g.group(1) not in defined:
                return False
            global_set = True
        a = _ASSIGN_RE.match(line)
        if a:
            defined.add(a.group(1))
    return True


def step_lines(code: str) -> list[str]:
    """The lines that record a step, in execution order (record i <-> line i)."""
    return [ln for ln in code.splitlines() if _STEP_RE.match(ln)]


# --------------------------------------------------------------------------------------
# Running a program (the same code in TF and in philoxd)
# --------------------------------------------------------------------------------------

def encode_strict(x: Any) -> dict:
    """Like ``replay.encode_array`` but keeps 0-d shapes (``np.ascontiguousarray`` makes them [1])."""
    arr = np.asarray(x.numpy() if hasattr(x, "numpy") else x)
    shape = list(arr.shape)
    if arr.dtype.byteorder == ">":
        arr = arr.astype(arr.dtype.newbyteorder("<"))
    return {"dtype": arr.dtype.name, "shape": shape, "hex": np.ascontiguousarray(arr).tobytes().hex()}


def encode_value(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, (list, tuple)):
        return [encode_value(x) for x in v]
    if hasattr(v, "algorithm") and hasattr(v, "state") and not hasattr(v, "dtype"):
        return {"generator": encode_strict(v.state)}
    return encode_strict(v)


def error_record(exc: BaseException) -> dict:
    cls = type(exc)
    return {"error": cls.__name__, "module": cls.__module__, "message": replay.core_message(str(exc))}


def run_program(code: str, R: Any, F: Callable, timeout: float | None = None, extra: dict | None = None) -> dict:
    """Run one program; ``{"steps": [record...], "crash": error record or None, "seconds"}``.

    A record is ``{"value": encoded}`` or an error record.  ``timeout`` (main thread only)
    turns a hang into a crash record.
    """
    records: list[dict] = []

    def step(fn: Callable[[], Any]) -> Any:
        try:
            v = fn()
        except Exception as exc:  # noqa: BLE001 - recording it is the point
            records.append(error_record(exc))
            return None
        try:
            records.append({"value": encode_value(v)})
        except Exception as exc:  # noqa: BLE001
            records.append({"encode_error": f"{type(exc).__name__}: {exc}"})
        return v

    crash = None
    t0 = time.perf_counter()
    use_alarm = timeout is not None and threading.current_thread() is threading.main_thread()
    if use_alarm:
        def _on_alarm(signum: int, frame: Any) -> None:
            raise TimeoutError(f"program did not finish in {timeout} s")
        old = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        replay.run_case(code, R, F, extra={"step": step, **(extra or {})})
    except Exception as exc:  # noqa: BLE001
        crash = error_record(exc)
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
    return {"steps": records, "crash": crash, "seconds": round(time.perf_counter() - t0, 4)}


# --------------------------------------------------------------------------------------
# Comparison
# --------------------------------------------------------------------------------------

_NODE_RE = re.compile(r"\s*\[\[\{\{node [^}]*\}\}\]\]")
_ATTRS_RE = re.compile(r"(with these attrs: \[)([^\]]*)(\])")


def norm_message(message: str | None) -> str | None:
    """The core message without TF's graph-node annotations (``[[{{node random_uniform}}]]``),
    and with the attrs of a "No OpKernel was registered ... with these attrs: [...]" message
    sorted (TF lists them in hash-map order, which changes from run to run)."""
    if message is None:
        return None
    message = _ATTRS_RE.sub(lambda m: m.group(1) + ", ".join(sorted(m.group(2).split(", "))) + m.group(3), message)
    return _NODE_RE.sub("", message).strip()


def _cmp_value(t: Any, p: Any) -> tuple[str, str] | None:
    """(kind, detail) of the first difference between two encoded values, or None."""
    if t is None or p is None:
        return None if t is None and p is None else ("structure", f"{_brief(t)} vs {_brief(p)}")
    if isinstance(t, list) or isinstance(p, list):
        if not (isinstance(t, list) and isinstance(p, list)) or len(t) != len(p):
            return ("structure", f"{_brief(t)} vs {_brief(p)}")
        for a, b in zip(t, p):
            d = _cmp_value(a, b)
            if d:
                return d
        return None
    if "generator" in t or "generator" in p:
        if "generator" not in t or "generator" not in p:
            return ("structure", f"{_brief(t)} vs {_brief(p)}")
        d = _cmp_value(t["generator"], p["generator"])
        return (f"generator-{d[0]}", d[1]) if d else None
    if t["dtype"] != p["dtype"]:
        return ("dtype", f"{t['dtype']}->{p['dtype']}")
    if t["shape"] != p["shape"]:
        return ("shape", t["dtype"])
    if t["hex"] != p["hex"]:
        return ("value", t["dtype"])
    return None


def _brief(v: Any) -> str:
    if v is None:
        return "None"
    if isinstance(v, list):
        return "[" + ", ".join(_brief(x) for x in v) + "]"
    if "generator" in v:
        return "Generator"
    return f"{v['dtype']}{v['shape']}"


# TF 2.21 bugs philoxd does not copy: the error TF raises, and the class philoxd raises instead.
# ``Generator.from_seed(1, alg=5)``, ``create_rng_state(1234, 7)``, ``from_state``/``from_key_counter``
# with an int alg outside 1..3: TF's ``_get_state_size`` calls ``stateless_random_ops.unsupported_alg_error_msg``,
# which moved to ``random_ops_util`` (AttributeError); philoxd raises the ValueError TF means to.
TF_BUGS = [("AttributeError", "has no attribute 'unsupported_alg_error_msg'", "ValueError")]


def tf_bug(t: dict) -> str | None:
    """The class philoxd raises where TF's record ``t`` is one of ``TF_BUGS``, else None."""
    if "error" not in t:
        return None
    return next((want for cls, text, want in TF_BUGS if t["error"] == cls and text in (t.get("message") or "")), None)


def compare_records(t: dict, p: dict, tf_bugs: bool = True) -> tuple[str, str] | None:
    """(kind, detail) for one step, or None if TF and philoxd agree exactly.

    Kinds: ``error-message`` (same class, different message; informational unless
    ``--strict-messages``), ``error-class``, ``missing-error``, ``unexpected-error``,
    ``dtype``/``shape``/``value``/``structure`` (and ``generator-*``), ``encode``,
    ``tf-bug`` (philoxd did not raise the class ``TF_BUGS`` names for one of TF's bugs;
    ``tf_bugs=False`` compares such records as any other: TF against TF)."""
    t_err, p_err = "error" in t, "error" in p
    if "encode_error" in t or "encode_error" in p:
        return None if t == p else ("encode", str(t.get("encode_error") or p.get("encode_error")))
    want = tf_bug(t) if tf_bugs else None
    if want is not None:  # TF's bug is skipped; philoxd must raise the class TF meant
        return None if p.get("error") == want else ("tf-bug", f"{t['error']}: expected {want}, got {p.get('error') or 'a value'}")
    if t_err and p_err:
        if t["error"] != p["error"]:
            return ("error-class", f"{t['error']}->{p['error']}")
        if norm_message(t["message"]) != norm_message(p["message"]):
            return ("error-message", t["error"])
        return None
    if t_err:
        return ("missing-error", t["error"])
    if p_err:
        return ("unexpected-error", p["error"])
    return _cmp_value(t["value"], p["value"])


INFORMATIONAL_KINDS = frozenset({"error-message"})


def split_diffs(diffs: list[dict], strict_messages: bool = False) -> tuple[list[dict], list[dict]]:
    """(mismatches, message-only differences) of ``compare_results``'s list: a differing
    error message with the same class is informational unless ``strict_messages``."""
    if strict_messages:
        return diffs, []
    return [d for d in diffs if d["kind"] not in INFORMATIONAL_KINDS], [d for d in diffs if d["kind"] in INFORMATIONAL_KINDS]


def compare_results(code: str, tf_res: dict, px_res: dict) -> list[dict]:
    """Every difference of one program (empty: exact match), message-only ones included
    (``split_diffs`` separates them)."""
    lines = step_lines(code)
    out: list[dict] = []
    if tf_res.get("crash"):
        out.append({"index": None, "op": "(program)", "kind": "tf-crash", "detail": tf_res["crash"]["error"], "line": None,
                    "tf": tf_res["crash"], "px": px_res.get("crash")})
        return out
    for i, (t, p) in enumerate(zip(tf_res["steps"], px_res["steps"])):
        d = compare_records(t, p)
        if d:
            line = lines[i] if i < len(lines) else None
            op = line_op(line)[0] if line else None
            out.append({"index": i, "op": op, "kind": d[0], "detail": d[1], "line": line, "tf": t, "px": p})
    if px_res.get("crash"):
        i = len(px_res["steps"])
        line = lines[i] if i < len(lines) else None
        out.append({"index": i, "op": line_op(line)[0] if line else "(program)", "kind": "px-crash",
                    "detail": px_res["crash"]["error"], "line": line, "tf": tf_res["steps"][i] if i < len(tf_res["steps"]) else None,
                    "px": px_res["crash"]})
    elif len(tf_res["steps"]) != len(px_res["steps"]):
        out.append({"index": None, "op": "(program)", "kind": "step-count",
                    "detail": f"{len(tf_res['steps'])}->{len(px_res['steps'])}", "line": None, "tf": None, "px": None})
    return out


def tf_flaky(oracle: Any, code: str, tf_res: dict) -> bool:
    """Re-run a mismatching program in TF (a trailing comment makes a new cache key): True if
    TF gives anything different, i.e. the mismatch may be TF's own nondeterminism."""
    for attempt in range(TF_RERUNS):
        again = oracle.result(code + "# again\n" * (attempt + 1))
        if bool(tf_res.get("crash")) != bool(again.get("crash")) or len(tf_res["steps"]) != len(again["steps"]):
            return True
        if any(compare_records(a, b, tf_bugs=False) for a, b in zip(tf_res["steps"], again["steps"])):
            return True
    return False


# TF 2.21's Generator.binomial leaves the generator's state unmoved in about one run in three
# (the same program, fresh processes): a single re-run misses such flakiness too often.
TF_RERUNS = 3


def signature(m: dict) -> str:
    return f"{m['op']} | {m['kind']} | {m['detail']}"


def message_template(message: str | None, limit: int = 110) -> str:
    """A message's first line with numbers and quoted values blanked: message-difference groups."""
    text = (norm_message(message) or "").split("\n", 1)[0]
    text = re.sub(r"'[^']*'", "'_'", text)
    text = re.sub(r"-?\d+(\.\d+)?(e[+-]?\d+)?", "#", text)
    return text[:limit]


def message_signature(m: dict) -> str:
    """Group of a message-only difference: op | class | TF's message template."""
    return f"{m['op']} | {m['detail']} | {message_template(m['tf'].get('message'))}"


# --------------------------------------------------------------------------------------
# TF side: the worker (runs in the oracle venv) and its client
# --------------------------------------------------------------------------------------

def tf_worker_main(args: argparse.Namespace) -> None:
    """Read programs (JSON lines ``{"id", "code"}``), run each from a fresh TF state, write results."""
    out_fd = os.dup(1)
    os.dup2(2, 1)  # anything TF prints goes to stderr; results use the saved stdout
    out = os.fdopen(out_fd, "w", buffering=1)
    try:
        os.nice(5)
    except OSError:
        pass
    import tensorflow as tf  # noqa: PLC0415 - only in the oracle venv

    tf.config.threading.set_intra_op_parallelism_threads(args.threads)
    tf.config.threading.set_inter_op_parallelism_threads(1)
    from record import reset_tf_state  # noqa: PLC0415
    from tensorflow.python import pywrap_tfe  # noqa: PLC0415

    def F(fn: Callable, **kw: Any) -> Any:  # noqa: N802 - as record.run_one
        return tf.function(fn, autograph=False, **kw)

    dst = open(args.output, "w", encoding="utf-8") if args.output else out  # noqa: SIM115
    src = open(args.input, encoding="utf-8") if args.input else sys.stdin  # noqa: SIM115
    if not args.input:
        out.write(json.dumps({"ready": True, "tensorflow": tf.__version__}) + "\n")
    assert tf.config.threading.get_intra_op_parallelism_threads() == args.threads
    for line in src:
        if not line.strip():
            continue
        req = json.loads(line)
        if threads_of(req["code"]) != args.threads:
            raise SystemExit(f"tf-worker at {args.threads} threads got a program of {threads_of(req['code'])}")
        reset_tf_state()
        # TF's eager scalar cache outlives set_seed(None) and keys Python scalars by value, so
        # 0.0 and -0.0 collide: whichever a process converted first (per dtype) is what later
        # programs get for both.  Clearing it makes every program start like a fresh process.
        pywrap_tfe.TFE_ClearScalarCache()
        res = run_program(req["code"], tf.random, F, extra=pipeline_namespace(tf) if PIPELINE_PRELUDE in req["code"] else None)
        dst.write(json.dumps({"id": req.get("id"), "result": res}) + "\n")
        dst.flush()


def pipeline_namespace(tf: Any) -> dict:
    """``D``, ``I``, ``K`` for a pipeline program in the TF worker (as the golden recorders bind
    them), with Keras' global random state cleared as record_keras.run_one does."""
    import keras  # noqa: PLC0415
    from keras.src.backend.common import global_state  # noqa: PLC0415
    from keras.src.random import seed_generator  # noqa: PLC0415
    from keras.src.utils import rng_utils  # noqa: PLC0415

    global_state.set_global_attribute(seed_generator.GLOBAL_SEED_GENERATOR, None)
    global_state.set_global_attribute(rng_utils.GLOBAL_RANDOM_SEED, None)
    return {"D": tf.data, "K": keras, "I": tf.image}  # (no JPEG op is generated: see cases_image.namespace)


def program_key(code: str) -> str:
    return hashlib.sha256(f"{PROTOCOL}\n{code}".encode()).hexdigest()[:32]


class TFCache:
    """TF results by program hash, in a JSON-lines file under /tmp."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.data: dict[str, dict] = {}
        if path and path.exists():
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    try:
                        rec = json.loads(line)
                    except json.JSONDecodeError:
                        continue  # a torn last line
                    self.data[rec["key"]] = rec["result"]
        self._fh = open(path, "a", encoding="utf-8") if path else None  # noqa: SIM115
        self._lock = threading.Lock()

    def get(self, code: str) -> dict | None:
        return self.data.get(program_key(code))

    def put(self, code: str, result: dict) -> None:
        key = program_key(code)
        with self._lock:
            self.data[key] = result
            if self._fh:
                self._fh.write(json.dumps({"key": key, "result": result}) + "\n")
                self._fh.flush()


class TFWorker:
    """One persistent ``tf-worker`` process (restarted after ``restart_every`` programs or a failure)."""

    def __init__(self, log_path: Path, restart_every: int = 800, timeout: float = 300.0, threads: int = 1) -> None:
        self.log_path = log_path
        self.threads = threads  # TF's intra-op thread count in this worker
        self.restart_every = restart_every
        self.timeout = timeout
        self.proc: subprocess.Popen | None = None
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.served = 0
        self.version = None
        self.busy_seconds = 0.0  # wall time spent waiting for TF results

    def _start(self) -> None:
        log = open(self.log_path, "ab")  # noqa: SIM115
        cmd = [str(TF_ORACLE), "python", str(Path(__file__).resolve()), "tf-worker", "--threads", str(self.threads)]
        env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", PYTHONHASHSEED="0")
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, text=True,
                                     cwd=str(REPO), env=env, bufsize=1)
        log.close()
        self.lines = queue.Queue()
        stdout = self.proc.stdout

        def reader() -> None:
            assert stdout is not None
            for line in stdout:
                self.lines.put(line)
            self.lines.put(None)

        threading.Thread(target=reader, daemon=True).start()
        first = self.lines.get(timeout=300)
        if first is None:
            raise RuntimeError(f"tf-worker failed to start; see {self.log_path}")
        self.version = json.loads(first)["tensorflow"]
        self.served = 0

    def stop(self) -> None:
        if self.proc is not None:
            try:
                assert self.proc.stdin is not None
                self.proc.stdin.close()
                self.proc.wait(timeout=30)
            except Exception:  # noqa: BLE001
                self.proc.kill()
                self.proc.wait()
            self.proc = None

    def _kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None

    def run(self, code: str) -> dict:
        if self.proc is None or self.served >= self.restart_every:
            self.stop()
            self._start()
        assert self.proc is not None and self.proc.stdin is not None
        t0 = time.perf_counter()
        try:
            self.proc.stdin.write(json.dumps({"id": self.served, "code": code}) + "\n")
            self.proc.stdin.flush()
            line = self.lines.get(timeout=self.timeout)
        except (BrokenPipeError, queue.Empty) as exc:
            self._kill()
            return {"steps": [], "crash": {"error": "TFWorkerFailure", "module": "difftest", "message": repr(exc)}, "seconds": 0}
        finally:
            self.busy_seconds += time.perf_counter() - t0
        if line is None:
            self._kill()
            return {"steps": [], "crash": {"error": "TFWorkerDied", "module": "difftest", "message": f"see {self.log_path}"},
                    "seconds": 0}
        self.served += 1
        return json.loads(line)["result"]


class TFOracle:
    """TF results through the cache, else the worker."""

    def __init__(self, cache: TFCache, worker: TFWorker | None) -> None:
        self.cache, self.worker = cache, worker
        self.ran = 0
        self.cached = 0
        self.seconds = 0.0  # TF's own time for the programs it ran (sum of per-program times)
        self._lock = threading.Lock()

    def result(self, code: str) -> dict:
        with self._lock:
            res = self.cache.get(code)
            if res is not None:
                self.cached += 1
                return res
            threads = threads_of(code)
            if self.worker is not None and self.worker.threads != threads:  # TF takes the count only at start
                self.worker.stop()
                self.worker = None
            if self.worker is None:
                self.worker = TFWorker(WORK_DIR / "tf-worker.log", threads=threads)
            res = self.worker.run(code)
            self.ran += 1
            self.seconds += res.get("seconds", 0)
            if res.get("crash") is None or res["crash"]["error"] not in ("TFWorkerFailure", "TFWorkerDied"):
                self.cache.put(code, res)
            return res

    def results(self, codes: Sequence[str]) -> list[dict]:
        return [self.result(c) for c in codes]


# --------------------------------------------------------------------------------------
# philoxd side
# --------------------------------------------------------------------------------------

class PhiloxdRunner:
    """Runs programs in philoxd: in-process, or over gRPC against a ``philoxd serve`` it starts."""

    def __init__(self, grpc_mode: bool = False, timeout: float = 120.0) -> None:
        self.grpc_mode = grpc_mode
        self.timeout = timeout
        self.server: Any = None
        self.target: str | None = None
        self.seconds = 0.0
        self.ran = 0
        if not grpc_mode:
            os.environ.pop("PHILOXD_TARGET", None)  # connect() would otherwise go remote

    def canary(self, wait: float = 300.0) -> None:
        """Wait (up to ``wait`` s) until a trivial program runs cleanly: the working tree may be
        mid-edit, and an in-process engine imported broken stays broken."""
        code = "step(lambda: R.uniform([2], seed=1))  # uniform\n"
        deadline = time.time() + wait
        while True:
            res = self.run(code)
            rec = res["steps"][0] if res["steps"] else res["crash"]
            if rec and "value" in rec:
                return
            if time.time() > deadline:
                raise SystemExit(f"philoxd is broken (a canary draw gave {rec}); not running")
            print(f"philoxd canary failed ({rec}); retrying in 15 s", file=sys.stderr, flush=True)
            time.sleep(15)
            if not self.grpc_mode:
                raise SystemExit(f"philoxd (in-process) is broken: {rec}; re-run when the tree is fixed")

    def start(self) -> None:
        if self.grpc_mode and self.server is None:
            if str(REPO) not in sys.path:
                sys.path.insert(0, str(REPO))
            from tests.integration.conftest import ServerProcess  # noqa: PLC0415

            workdir = WORK_DIR / f"server-{os.getpid()}-{int(time.time())}"
            self.server = ServerProcess(workdir, "--store", "memory")
            self.target = self.server.wait_serving()

    def stop(self) -> int | None:
        if self.server is not None:
            code = self.server.terminate()
            self.server = None
            return code
        return None

    def run(self, code: str) -> dict:
        import philoxd  # noqa: PLC0415

        self.start()
        t0 = time.perf_counter()
        try:
            with philoxd.connect(self.target) as rng:
                if threads_of(code) != 1:
                    rng.config.threading.set_intra_op_parallelism_threads(threads_of(code))
                return run_program(code, rng.random, rng.function, timeout=self.timeout)
        except Exception as exc:  # noqa: BLE001 - connect() itself failed
            return {"steps": [], "crash": error_record(exc), "seconds": 0}
        finally:
            self.seconds += time.perf_counter() - t0
            self.ran += 1


# --------------------------------------------------------------------------------------
# Shrinking (delta debugging over program lines)
# --------------------------------------------------------------------------------------

def ddmin(items: Sequence[Any], test_batch: Callable[[list[list[Any]]], list[bool]], max_rounds: int = 200) -> list[Any]:
    """Smallest sublist (1-minimal) of ``items`` that ``test_batch`` still finds interesting.

    ``test_batch`` gets a batch of candidate sublists and says for each whether it is
    interesting; one batch per round (halves and quarters..., then single items), so one
    TF worker round trip evaluates many candidates.  ``items`` itself is assumed interesting.
    """
    items = list(items)
    n = 2
    rounds = 0
    while len(items) >= 2 and rounds < max_rounds:
        rounds += 1
        n = min(n, len(items))
        size = len(items) / n
        chunks = [items[int(i * size):int((i + 1) * size)] for i in range(n)]
        subsets = [c for c in chunks if c] if n <= 4 else []
        complements = [[x for j, c in enumerate(chunks) if j != i for x in c] for i in range(n)]
        candidates = subsets + complements
        verdicts = test_batch(candidates)
        chosen = next((c for c, ok in zip(candidates, verdicts) if ok), None)
        if chosen is not None:
            if chosen in subsets:
                n = 2
            else:
                n = max(n - 1, 2)
            items = chosen
        elif n >= len(items):
            break
        else:
            n = min(2 * n, len(items))
    return items


class Evaluator:
    """TF + philoxd on a batch of programs, with comparison."""

    def __init__(self, oracle: TFOracle, px: PhiloxdRunner, strict_messages: bool = False) -> None:
        self.oracle, self.px = oracle, px
        self.strict_messages = strict_messages

    def evaluate(self, code: str) -> tuple[dict, dict, list[dict]]:
        """TF and philoxd results and the mismatches (message-only differences left out
        unless ``strict_messages``)."""
        tf_res = self.oracle.result(code)
        px_res = self.px.run(code)
        return tf_res, px_res, split_diffs(compare_results(code, tf_res, px_res), self.strict_messages)[0]

    def shrink(self, code: str, target: str) -> str:
        """Remove lines while the program's first mismatch keeps the signature ``target``
        (a thread-count line stays)."""
        header = with_threads("", threads_of(code))
        lines = code[len(header):].splitlines()

        def test_batch(cands: list[list[str]]) -> list[bool]:
            verdicts = []
            for cand in cands:
                if not deterministic_in_tf(cand):
                    verdicts.append(False)
                    continue
                c = header + "\n".join(cand) + "\n"
                _, _, mism = self.evaluate(c)
                verdicts.append(bool(mism) and signature(mism[0]) == target)
            return verdicts

        return header + "\n".join(ddmin(lines, test_batch)) + "\n"


# --------------------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------------------

def describe_record(r: Any, limit: int = 400) -> str:
    if r is None:
        return "(nothing)"
    if "error" in r:
        return f"{r['error']} ({r.get('module', '')}): {r['message']!r}"[:limit * 3]
    if "encode_error" in r:
        return f"encode error: {r['encode_error']}"
    return describe_value(r.get("value"), limit)


def describe_value(v: Any, limit: int = 400) -> str:
    if v is None:
        return "None"
    if isinstance(v, list):
        return "(" + ", ".join(describe_value(x, limit) for x in v) + ")"
    if "generator" in v:
        return f"Generator(state={describe_value(v['generator'], limit)})"
    if v["dtype"] == "bfloat16":
        import ml_dtypes  # noqa: F401, PLC0415 - registers the dtype name
    arr = np.frombuffer(bytes.fromhex(v["hex"]), dtype=np.dtype(v["dtype"]).newbyteorder("<")).reshape(v["shape"])
    with np.printoptions(threshold=40, precision=9, floatmode="maxprec"):
        text = np.array2string(arr, separator=", ") if arr.ndim else repr(arr.item())
    text = text.replace("\n", " ")
    if len(text) > limit:
        text = text[:limit] + "..."
    return f"{v['dtype']}{v['shape']} {text}"


class Stats:
    def __init__(self) -> None:
        self.programs = 0
        self.steps = 0
        self.outputs = 0
        self.tf_errors = 0
        self.mismatch_programs = 0
        self.mismatch_steps = 0
        self.message_programs = 0  # programs with message-only differences (and no mismatch)
        self.message_steps = 0  # message-only differing steps, in every program
        self.tf_bug_steps = 0  # steps where TF hit one of TF_BUGS (not compared; see compare_records)
        self.crashes = 0
        self.flaky: list[int | None] = []  # seeds whose TF results changed when re-run (dropped)
        self.op_steps: Counter[str] = Counter()
        self.op_errors: Counter[str] = Counter()
        self.op_intended_invalid: Counter[str] = Counter()
        self.op_mismatches: Counter[str] = Counter()
        self.groups: dict[str, list[dict]] = defaultdict(list)  # signature -> [{"seed", "code", "n_lines", "mismatch"}]
        self.op_messages: Counter[str] = Counter()
        self.message_groups: dict[str, list[dict]] = defaultdict(list)  # message_signature -> [{"seed", "line", "tf", "px"}]

    def add(self, seed: int | None, code: str, tf_res: dict, px_res: dict, mism: list[dict], notes: Sequence[dict] = ()) -> None:
        """One compared program: ``mism`` its mismatches, ``notes`` its message-only differences."""
        self.programs += 1
        lines = code.splitlines()
        for ln in lines:
            op, inv = line_op(ln)
            if op == "function":
                self.op_steps[op] += 1
                self.op_intended_invalid[op] += inv
        slines = step_lines(code)
        for i, rec in enumerate(tf_res["steps"]):
            op, inv = line_op(slines[i]) if i < len(slines) else ("?", False)
            self.steps += 1
            self.op_steps[op or "?"] += 1
            self.op_intended_invalid[op or "?"] += inv
            if "error" in rec:
                self.tf_errors += 1
                self.op_errors[op or "?"] += 1
                self.tf_bug_steps += tf_bug(rec) is not None
            else:
                self.outputs += 1
        if tf_res.get("crash"):
            self.crashes += 1
        if mism:
            self.mismatch_programs += 1
            self.mismatch_steps += len(mism)
            for m in mism:
                self.op_mismatches[m["op"]] += 1
            hang = any(m["kind"] == "px-crash" and m["detail"] == "TimeoutError" for m in mism)
            self.groups[signature(mism[0])].append({"seed": seed, "code": code, "n_lines": len(lines), "mismatch": mism[0], "hang": hang})
        if notes:
            self.message_steps += len(notes)
            self.message_programs += not mism
            for m in notes:
                self.op_messages[m["op"]] += 1
                self.message_groups[message_signature(m)].append(
                    {"seed": seed, "line": m["line"], "tf": m["tf"].get("message"), "px": m["px"].get("message")})


def coverage_table(stats: Stats) -> str:
    rows = ["| op | steps | TF errors | built invalid | mismatching steps | message-only differences |",
            "|---|---:|---:|---:|---:|---:|"]
    for op in OPS + [op for op in PIPELINE_OPS if stats.op_steps[op]]:
        rows.append(f"| {op} | {stats.op_steps[op]} | {stats.op_errors[op]} | {stats.op_intended_invalid[op]} | "
                    f"{stats.op_mismatches[op]} | {stats.op_messages[op]} |")
    return "\n".join(rows)


SUMMARY_KEYS = ("programs", "steps", "outputs", "tf_errors", "mismatch_programs", "mismatch_steps", "message_programs",
                "message_steps", "tf_bug_steps", "crashes", "flaky")


def message_groups_md(stats: Stats, top: int | None = None) -> list[str]:
    items = sorted(stats.message_groups.items(), key=lambda kv: -len(kv[1]))
    md = []
    for sig, items_ in items[:top]:
        ex = items_[0]
        md += [f"- **{len(items_)}** step(s): `{sig}` (seeds {sorted({i['seed'] for i in items_})[:8]})",
               f"  - step: `{ex['line']}`", f"  - TF: {ex['tf']!r}"[:700], f"  - philoxd: {ex['px']!r}"[:700]]
    return md


def write_report(path_stem: Path, stats: Stats, shrunk: dict[str, dict], meta: dict) -> None:
    groups = []
    for sig, items in sorted(stats.groups.items(), key=lambda kv: -len(kv[1])):
        g = {"signature": sig, "programs": len(items), "seeds": [i["seed"] for i in items][:50]}
        g.update(shrunk.get(sig, {}))
        groups.append(g)
    message_groups = [{"signature": sig, "steps": len(items), "seeds": sorted({i["seed"] for i in items})[:50], "example": items[0]}
                      for sig, items in sorted(stats.message_groups.items(), key=lambda kv: -len(kv[1]))]
    doc = {"meta": meta, "summary": {k: getattr(stats, k) for k in SUMMARY_KEYS},
           "coverage": {op: {"steps": stats.op_steps[op], "tf_errors": stats.op_errors[op],
                             "built_invalid": stats.op_intended_invalid[op], "mismatches": stats.op_mismatches[op],
                             "message_differences": stats.op_messages[op]} for op in OPS},
           "groups": groups, "message_groups": message_groups}
    path_stem.with_suffix(".json").write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    md = [f"# philoxd differential test report", "", "```", json.dumps(meta, indent=1), "```", "",
          "## Summary", "", "```", json.dumps(doc["summary"], indent=1), "```", "",
          f"## Mismatch groups ({len(groups)}; grouped by the first mismatching step: op | kind | detail)", ""]
    for g in groups:
        md += [f"### {g['signature']}", "", f"{g['programs']} program(s); seeds {g['seeds'][:12]}", ""]
        if "shrunk_code" in g:
            md += ["Minimal program:", "", "```python", g["shrunk_code"].rstrip(), "```", "",
                   f"- step: `{g.get('line')}`", f"- TF: {g.get('tf')}", f"- philoxd: {g.get('px')}", ""]
    md += [f"## Message-only differences ({len(message_groups)} groups, {stats.message_steps} steps; informational: "
           "same error class, different message; grouped by op | class | TF's message template)", ""]
    md += message_groups_md(stats)
    md += ["", "## Coverage", "", coverage_table(stats), ""]
    path_stem.with_suffix(".md").write_text("\n".join(md), encoding="utf-8")


# --------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------

def _open_oracle(no_cache: bool = False) -> TFOracle:
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    return TFOracle(TFCache(None if no_cache else WORK_DIR / "tf-cache.jsonl"), None)


def cmd_run(args: argparse.Namespace) -> int:
    oracle = _open_oracle(args.no_cache)
    px = PhiloxdRunner(grpc_mode=args.grpc)
    px.canary()
    px.seconds, px.ran = 0.0, 0
    ev = Evaluator(oracle, px, strict_messages=args.strict_messages)
    stats = Stats()
    # grouped by thread count: TF's worker restarts only when the count changes
    seeds = sorted(range(args.start_seed, args.start_seed + args.programs), key=lambda s: (program_threads(s), s))
    codes = {s: program(s) for s in seeds}
    t_start = time.time()
    batch = 25
    pool = ThreadPoolExecutor(max_workers=1) if args.jobs > 1 else None
    pending = None
    last_print = 0.0
    try:
        for bstart in range(0, len(seeds), batch):
            bseeds = seeds[bstart:bstart + batch]
            if pool is None:
                tf_results = oracle.results([codes[s] for s in bseeds])
            else:
                if pending is None:
                    pending = pool.submit(oracle.results, [codes[s] for s in bseeds])
                tf_results = pending.result()
                nxt = seeds[bstart + batch:bstart + 2 * batch]
                pending = pool.submit(oracle.results, [codes[s] for s in nxt]) if nxt else None
            for s, tf_res in zip(bseeds, tf_results):
                px_res = px.run(codes[s])
                mism, notes = split_diffs(compare_results(codes[s], tf_res, px_res), args.strict_messages)
                if mism and tf_flaky(oracle, codes[s], tf_res):
                    stats.flaky.append(s)
                    continue
                stats.add(s, codes[s], tf_res, px_res, mism, notes)
            if time.time() - last_print > 20 or bstart + batch >= len(seeds):
                last_print = time.time()
                print(f"[{time.time() - t_start:6.0f}s] {stats.programs} programs, {stats.steps} steps, "
                      f"{stats.mismatch_programs} mismatching programs, {len(stats.groups)} groups; "
                      f"{stats.message_steps} message-only differences "
                      f"(TF ran {oracle.ran}, cached {oracle.cached})", file=sys.stderr, flush=True)
        run_seconds = time.time() - t_start

        # shrink one program per mismatch group (the shortest); a candidate that hangs (a
        # philoxd bug of its own group) should not cost the run's full per-program timeout
        px.timeout = min(px.timeout, 15.0)
        shrunk: dict[str, dict] = {}
        t_shrink = time.time()
        for sig, items in sorted(stats.groups.items(), key=lambda kv: -len(kv[1]))[: args.max_shrink]:
            item = min(items, key=lambda i: (i.get("hang", False), i["n_lines"]))
            # a program where philoxd hangs is not shrunk: every candidate that still hangs costs the timeout
            small = ev.shrink(item["code"], sig) if not (args.no_shrink or item.get("hang")) else item["code"]
            tf_res, px_res, mism = ev.evaluate(small)
            m = next((x for x in mism if signature(x) == sig), mism[0] if mism else None)
            shrunk[sig] = {"example_seed": item["seed"], "original_lines": item["n_lines"], "shrunk_code": small,
                           "line": m and m["line"], "tf": m and describe_record(m["tf"]), "px": m and describe_record(m["px"]),
                           "tf_record": m and m["tf"], "px_record": m and m["px"]}
            print(f"shrunk {sig}: {item['n_lines']} -> {len(small.splitlines())} lines", file=sys.stderr, flush=True)
        shrink_seconds = time.time() - t_shrink
    finally:
        if pool is not None:
            pool.shutdown()
        if oracle.worker is not None:
            oracle.worker.stop()
        exit_code = px.stop()
    meta = {"programs": args.programs, "start_seed": args.start_seed, "grpc": args.grpc, "jobs": args.jobs,
            "strict_messages": args.strict_messages,
            "tensorflow": oracle.worker.version if oracle.worker else None, "run_seconds": round(run_seconds, 1),
            "shrink_seconds": round(shrink_seconds, 1), "tf_programs_run": oracle.ran, "tf_cached": oracle.cached,
            "tf_seconds_in_programs": round(oracle.seconds, 1),
            "tf_programs_per_minute": round(oracle.ran / (oracle.seconds / 60), 1) if oracle.seconds else None,
            "philoxd_seconds": round(px.seconds, 1),
            "philoxd_programs_per_minute": round(px.ran / (px.seconds / 60), 1) if px.seconds else None,
            "server_exit_code": exit_code}
    stem = Path(args.report) if args.report else WORK_DIR / f"report-{'grpc-' if args.grpc else ''}{args.start_seed}-{args.programs}"
    write_report(stem, stats, shrunk, meta)
    print(json.dumps(meta, indent=1))
    print(f"programs {stats.programs}, steps {stats.steps}, outputs {stats.outputs}, TF errors {stats.tf_errors}, "
          f"TF crashes {stats.crashes}, mismatching programs {stats.mismatch_programs} ({stats.mismatch_steps} steps), "
          f"groups {len(stats.groups)}, dropped as TF-flaky {len(stats.flaky)} {stats.flaky[:20]}, "
          f"TF-bug steps skipped {stats.tf_bug_steps}")
    print(f"message-only differences (informational{'; counted as mismatches' if args.strict_messages else ''}): "
          f"{stats.message_steps} steps in {len(stats.message_groups)} groups; programs whose only differences are "
          f"messages: {stats.message_programs}")
    print(coverage_table(stats))
    for sig, items in sorted(stats.groups.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(items):5d}  {sig}")
    if stats.message_groups:
        print("message-only difference groups (top 15):")
        for sig, items in sorted(stats.message_groups.items(), key=lambda kv: -len(kv[1]))[:15]:
            print(f"  {len(items):5d}  {sig}")
    print(f"report: {stem.with_suffix('.md')} / .json")
    return 1 if stats.mismatch_programs else 0


def cmd_selfcheck(args: argparse.Namespace) -> int:
    """Run programs in TF again (fresh worker, reverse order) and compare with the cache:
    proves the generated programs are deterministic in TF and isolated from each other."""
    cache = TFCache(WORK_DIR / "tf-cache.jsonl")
    fresh = TFOracle(TFCache(None), None)
    seeds = sorted(range(args.start_seed, args.start_seed + args.programs), key=lambda s: (program_threads(s), -s))
    bad = 0
    try:
        for s in seeds:
            code = program(s)
            first = cache.get(code)
            if first is None:
                first = fresh.result(code)
                cache.put(code, first)
                fresh.cache.data.clear()
            again = fresh.result(code + "\n")  # a different cache key: really re-run
            diffs = [i for i, (a, b) in enumerate(zip(first["steps"], again["steps"])) if compare_records(a, b, tf_bugs=False)]
            if diffs or len(first["steps"]) != len(again["steps"]) or bool(first["crash"]) != bool(again["crash"]):
                bad += 1
                lines = step_lines(code)
                for i in diffs[:3]:
                    print(f"seed {s} step {i}: {lines[i]}\n   1st: {describe_record(first['steps'][i])}\n   2nd: {describe_record(again['steps'][i])}")
                if not diffs:
                    print(f"seed {s}: {len(first['steps'])} vs {len(again['steps'])} steps, crash {first['crash']} vs {again['crash']}")
    finally:
        if fresh.worker is not None:
            fresh.worker.stop()
    print(f"{bad} of {len(seeds)} programs differ between two TF runs")
    return 1 if bad else 0


def _program_from_args(args: argparse.Namespace) -> str:
    if args.file:
        return Path(args.file).read_text(encoding="utf-8")
    return program(args.seed)


def cmd_check(args: argparse.Namespace) -> int:
    """One program, step by step, TF (fresh worker, no cache unless --cache) vs philoxd."""
    code = _program_from_args(args)
    oracle = _open_oracle(no_cache=not args.cache)
    px = PhiloxdRunner(grpc_mode=args.grpc)
    try:
        tf_res = oracle.result(code)
        px_res = px.run(code)
    finally:
        if oracle.worker is not None:
            oracle.worker.stop()
        px.stop()
    lines = step_lines(code)
    print(code)
    for i, line in enumerate(lines):
        t = tf_res["steps"][i] if i < len(tf_res["steps"]) else None
        p = px_res["steps"][i] if i < len(px_res["steps"]) else None
        d = compare_records(t, p) if t is not None and p is not None else ("missing", "")
        mark = "OK " if d is None else "MSG" if d[0] in INFORMATIONAL_KINDS and not args.strict_messages else "XX "
        print(f"{mark}{i:3d} {line}")
        if d is not None or args.verbose:
            print(f"       TF:      {describe_record(t)}")
            print(f"       philoxd: {describe_record(p)}")
            if d:
                print(f"       -> {d[0]} {d[1]}")
    for who, res in (("TF", tf_res), ("philoxd", px_res)):
        if res.get("crash"):
            print(f"{who} crashed: {res['crash']}")
    mism, notes = split_diffs(compare_results(code, tf_res, px_res), args.strict_messages)
    print(f"{len(mism)} mismatching step(s), {len(notes)} message-only difference(s)")
    return 1 if mism else 0


def to_golden(code: str, tf_res: dict) -> str:
    """The program as an out/err golden snippet, using which steps raised in TF."""
    body: list[str] = []  # emit(...) (tests/golden/replay.make_emit): out() of each result
    i = 0
    for line in code.splitlines():
        m = _STEP_RE.match(line)
        if not m:
            if not _THREADS_RE.fullmatch(line):  # the case's thread count is its `threads`
                body.append(line)
            continue
        assign, expr, op = m.group(1), m.group(2), m.group(3)
        rec = tf_res["steps"][i]
        i += 1
        if "error" in rec:
            body.append(f"err(lambda: {expr})  # {op}")
            if assign:
                body.append(f"{assign} = None")
        else:
            body.append(f"{assign + ' = ' if assign else ''}emit({expr})  # {op}")
    return "\n".join(body) + "\n"


def recordable(code: str, tf_res: dict, px_res: dict, max_result_chars: int = 9000) -> bool:
    """Whether a program can be a golden case: it has an output, philoxd matched TF exactly
    (messages too, and literally: the golden replay wants TF's message inside philoxd's, with
    no normalisation), no TF bug was skipped, no message depends on TF's hash-map order or
    graph node names, and its TF results are small (``max_result_chars`` of JSON)."""
    if not any("value" in r and r["value"] is not None for r in tf_res["steps"]):
        return False
    if tf_res.get("crash") or px_res.get("crash") or compare_results(code, tf_res, px_res):
        return False
    for t, p in zip(tf_res["steps"], px_res["steps"]):
        if "error" in t:
            if tf_bug(t) is not None or "with these attrs" in t["message"] or "{{node" in t["message"]:
                return False
            if t["message"] not in p["message"]:
                return False
    return len(json.dumps(tf_res["steps"])) <= max_result_chars


def cmd_record(args: argparse.Namespace) -> int:
    oracle = _open_oracle()
    px = PhiloxdRunner(grpc_mode=False)
    chosen: list[tuple[int, str, int]] = []
    also = [int(x) for x in args.also_seeds.split(",") if x.strip()] if args.also_seeds else []
    seed = args.start_seed
    try:
        for extra in also:  # programs that once mismatched: they pin the fixes
            code = program(extra)
            tf_res = oracle.result(code)
            if recordable(code, tf_res, px.run(code), args.max_result_chars):
                chosen.append((extra, to_golden(code, tf_res), threads_of(code)))
        while len(chosen) < args.programs + len(also) and seed < args.start_seed + args.max_tries:
            code = program(seed)
            tf_res = oracle.result(code)
            px_res = px.run(code)
            if seed not in also and recordable(code, tf_res, px_res, args.max_result_chars):
                chosen.append((seed, to_golden(code, tf_res), threads_of(code)))
            seed += 1
    finally:
        if oracle.worker is not None:
            oracle.worker.stop()
    out = Path(args.output)
    parts = ['"""Golden cases: random tf.random programs (tests/golden/difftest.py) on which philoxd matched TF.',
             "",
             f"Written by ``python tests/golden/difftest.py record --programs {args.programs} --start-seed {args.start_seed}"
             + (f" --also-seeds {args.also_seeds}" if args.also_seeds else "") + "``;",
             "recorded with ``tf-oracle python tests/golden/record.py --cases tests/golden/cases_programs.py``.",
             '"""',
             "# `case` is provided by record.py.",
             "# ruff: noqa: F821",
             ""]
    for s, golden, threads in chosen:
        at = "" if threads == 1 else f", threads={threads}"
        parts.append(f'case("program_{s:06d}", """\n{textwrap.indent(golden, "    ")}"""{at})\n')
    out.write_text("\n".join(parts), encoding="utf-8")
    print(f"wrote {out}: {len(chosen)} programs (seeds {args.start_seed}..{seed - 1})")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="generate, run in TF and philoxd, compare, shrink, report")
    r.add_argument("--programs", type=int, default=200)
    r.add_argument("--start-seed", type=int, default=0)
    r.add_argument("--grpc", action="store_true", help="philoxd over gRPC against a real `philoxd serve` (memory store)")
    r.add_argument("--jobs", type=int, default=1, help="1: TF and philoxd alternate; 2: they overlap")
    r.add_argument("--report", help="report path without suffix (default /tmp/philoxd-difftest/report-...)")
    r.add_argument("--max-shrink", type=int, default=40, help="mismatch groups to shrink")
    r.add_argument("--no-shrink", action="store_true")
    r.add_argument("--no-cache", action="store_true")
    r.add_argument("--strict-messages", action="store_true",
                   help="count error-message differences (same class) as mismatches (default: reported separately)")
    c = sub.add_parser("check", help="run one program (--seed or --file) and show every step")
    c.add_argument("--seed", type=int, default=0)
    c.add_argument("--file")
    c.add_argument("--grpc", action="store_true")
    c.add_argument("--cache", action="store_true", help="use the TF cache (default: a fresh TF process)")
    c.add_argument("-v", "--verbose", action="store_true")
    c.add_argument("--strict-messages", action="store_true", help="a message difference is a mismatch")
    g = sub.add_parser("show", help="print the program of a seed")
    g.add_argument("--seed", type=int, default=0)
    rec = sub.add_parser("record", help="write matching programs as golden cases")
    rec.add_argument("--programs", type=int, default=50)
    rec.add_argument("--start-seed", type=int, default=0)
    rec.add_argument("--max-tries", type=int, default=100000)
    rec.add_argument("--also-seeds", default="", help="comma-separated seeds recorded first (e.g. programs that once mismatched)")
    rec.add_argument("--output", default=str(CASES_PATH))
    rec.add_argument("--max-result-chars", type=int, default=9000, help="skip programs whose TF results are larger (JSON)")
    sc = sub.add_parser("selfcheck", help="run programs in TF twice (reverse order, fresh process): determinism")
    sc.add_argument("--programs", type=int, default=100)
    sc.add_argument("--start-seed", type=int, default=0)
    w = sub.add_parser("tf-worker", help="(internal) run programs in TF; JSON lines in and out")
    w.add_argument("--input")
    w.add_argument("--output")
    w.add_argument("--threads", type=int, default=1, help="TF's intra-op thread count")
    args = ap.parse_args(argv)
    if args.cmd == "tf-worker":
        tf_worker_main(args)
        return 0
    if args.cmd == "show":
        print(program(args.seed), end="")
        return 0
    return {"run": cmd_run, "check": cmd_check, "record": cmd_record, "selfcheck": cmd_selfcheck}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
