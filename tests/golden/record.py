"""Record TensorFlow's tf.random outputs as golden vectors for philoxd.

Run (from the repo root) inside the scratch TF venv -- TensorFlow is never a
project dependency:

    tools/tf-oracle python tests/golden/record.py            # write tf_random.json
    tools/tf-oracle python tests/golden/record.py --check    # also verify isolation
    tools/tf-oracle python tests/golden/record.py --cases tests/golden/cases_gamma.py
        # a separate case file -> tests/golden/tf_gamma.json (every tf_*.json is replayed)

Each case is a snippet of Python source run unchanged against TensorFlow here
and against philoxd in tests (see replay.py): ``R`` = tf.random,
``F`` = tf.function, ``out(x)`` records an array, ``err(fn)`` records an
expected exception, ``np`` = numpy.  Every case starts from a fresh state.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import runpy
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from replay import GOLDEN_PATH, run_case, strip_private  # noqa: E402

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[tuple[str, str]] = []
# Cases recorded with TF at a given intra-op thread count (the case's "threads"): each count in a
# process of its own, since TF takes the setting only before it initialises.
THREADS: dict[str, int] = {}
_INTRA_OP: list[int] = []  # [n] in a process recording the cases of thread count n (--intra-op)


def case(name: str, code: str, threads: int | None = None) -> None:
    assert name not in {n for n, _ in CASES}, name
    CASES.append((name, textwrap.dedent(code).strip() + "\n"))
    if threads is not None:
        THREADS[name] = threads


FLOATS = ["float16", "float32", "float64"]

# ---- stateful uniform ----------------------------------------------------------------
case("uniform_float32_seeded", """
    R.set_seed(5)
    out(R.uniform([3], seed=1))
""")
for dt in FLOATS:
    case(f"uniform_{dt}", f"""
        R.set_seed(1234)
        out(R.uniform([5, 7], seed=7, dtype="{dt}"))
        out(R.uniform([5, 7], seed=7, dtype="{dt}"))
        out(R.uniform([3], minval=-3.5, maxval=2.25, seed=8, dtype="{dt}"))
        out(R.uniform([], minval=10.0, maxval=10.5, seed=9, dtype="{dt}"))
    """)
    case(f"uniform_{dt}_op_seed_only", f"""
        out(R.uniform([6], seed=3, dtype="{dt}"))
        out(R.uniform([6], seed=3, dtype="{dt}"))
    """)
case("uniform_int32_ranges", """
    R.set_seed(3)
    out(R.uniform([10], minval=-5, maxval=5, dtype="int32", seed=2))
    out(R.uniform([10], minval=-2**31, maxval=2**31 - 1, dtype="int32", seed=3))
    out(R.uniform([4], minval=0, maxval=1, dtype="int32", seed=4))
    out(R.uniform([7], minval=-100, maxval=-50, dtype="int32", seed=5))
    out(R.uniform([5], minval=0, maxval=7, dtype="int32", seed=6))
    out(R.uniform([], minval=1000, maxval=100000, dtype="int32", seed=6))
""")
case("uniform_int64_ranges", """
    R.set_seed(3)
    out(R.uniform([10], minval=-5, maxval=5, dtype="int64", seed=2))
    out(R.uniform([10], minval=-2**40, maxval=2**40, dtype="int64", seed=3))
    out(R.uniform([6], minval=0, maxval=2**33 + 1, dtype="int64", seed=4))
    out(R.uniform([6], minval=-2**63, maxval=2**63 - 1, dtype="int64", seed=5))
    out(R.uniform([7], minval=-100, maxval=-50, dtype="int64", seed=6))
    out(R.uniform([5], minval=2**31, maxval=2**32, dtype="int64", seed=7))
""")
case("uniform_int_op_seed_only", """
    out(R.uniform([5], minval=0, maxval=10, dtype="int32", seed=11))
    out(R.uniform([5], minval=0, maxval=10, dtype="int64", seed=11))
""")
case("uniform_int_same_kernel_different_range", """
    R.set_seed(17)
    out(R.uniform([4], minval=0, maxval=10, dtype="int32", seed=1))
    out(R.uniform([4], minval=-1000, maxval=1000, dtype="int32", seed=1))
    out(R.uniform([3], minval=5, maxval=6, dtype="int32", seed=1))
    out(R.uniform([4], minval=0, maxval=10, dtype="int32", seed=1))
""")
case("uniform_float_minval_maxval_types", """
    R.set_seed(2)
    out(R.uniform([4], minval=1, maxval=2, seed=1))
    out(R.uniform([4], minval=-1.5, seed=2))
    out(R.uniform([4], maxval=100.0, seed=3, dtype="float64"))
    out(R.uniform([4], minval=2.0, maxval=-2.0, seed=4))
""")

# ---- shapes --------------------------------------------------------------------------
case("uniform_shapes", """
    R.set_seed(99)
    out(R.uniform([3], seed=1))
    out(R.uniform([5, 7], seed=2))
    out(R.uniform([0], seed=3))
    out(R.uniform([], seed=4))
    out(R.uniform([2, 3, 4], seed=5))
    out(R.uniform([1, 1], seed=6))
    out(R.uniform([3, 0, 2], seed=7))
    out(R.uniform([1000], seed=8))
""")
case("uniform_empty_does_not_advance", """
    R.set_seed(99)
    out(R.uniform([0], seed=1))
    out(R.uniform([2], seed=1))
    out(R.uniform([0, 5], seed=1))
    out(R.uniform([2], seed=1))
""")
for dt in FLOATS:
    case(f"uniform_{dt}_counter_odd_sizes", f"""
        R.set_seed(21)
        out(R.uniform([1], seed=1, dtype="{dt}"))
        out(R.uniform([3], seed=1, dtype="{dt}"))
        out(R.uniform([5], seed=1, dtype="{dt}"))
        out(R.uniform([2], seed=1, dtype="{dt}"))
    """)
for dt in ["int32", "int64"]:
    case(f"uniform_{dt}_counter_odd_sizes", f"""
        R.set_seed(21)
        out(R.uniform([1], maxval=1000, seed=1, dtype="{dt}"))
        out(R.uniform([3], maxval=1000, seed=1, dtype="{dt}"))
        out(R.uniform([5], maxval=1000, seed=1, dtype="{dt}"))
        out(R.uniform([2], maxval=1000, seed=1, dtype="{dt}"))
    """)

# ---- seed rules ----------------------------------------------------------------------
case("seed_global0_op0", """
    R.set_seed(0)
    out(R.uniform([4], seed=0))
    out(R.uniform([4], seed=0))
""")
case("seed_global0_op0_equals_op_maxint", """
    R.set_seed(0)
    out(R.uniform([4], seed=2**31 - 1))
    R.set_seed(0)
    out(R.uniform([4], seed=0))
    out(R.uniform([4], seed=2**31 - 1))
""")
case("seed_global_maxint_op0", """
    R.set_seed(2**31 - 1)
    out(R.uniform([4], seed=0))
    out(R.uniform([4], seed=2**31 - 1))
""")
case("seed_op_seed_only_default_global", """
    out(R.uniform([4], seed=1))
    out(R.uniform([4], seed=0))
    out(R.normal([4], seed=1))
""")
case("seed_op_seed_only_equals_global_87654321", """
    out(R.uniform([4], seed=1))
    R.set_seed(87654321)
    out(R.uniform([4], seed=1))
""")
case("seed_negative", """
    R.set_seed(-5)
    out(R.uniform([4], seed=-7))
    out(R.uniform([4], seed=-1))
    out(R.normal([3], seed=-2**40))
""")
case("seed_negative_equals_truncated", """
    R.set_seed(-5)
    out(R.uniform([4], seed=-7))
    R.set_seed((-5) % (2**31 - 1))
    out(R.uniform([4], seed=(-7) % (2**31 - 1)))
""")
case("seed_large", """
    R.set_seed(2**31)
    out(R.uniform([4], seed=2**31))
    out(R.uniform([4], seed=2**31 - 1))
    out(R.uniform([4], seed=2**31 - 2))
    out(R.uniform([4], seed=2**40 + 3))
    out(R.uniform([4], seed=2**63 + 12345))
""")
case("seed_large_op_seed_only", """
    out(R.uniform([4], seed=2**31 + 5))
    out(R.uniform([4], seed=6))
    out(R.uniform([4], seed=2**31 - 1))
""")
case("seed_global_large_unseeded", """
    R.set_seed(2**33 + 7)
    out(R.uniform([4]))
    out(R.uniform([4]))
""")
case("set_seed_only_unseeded_ops", """
    R.set_seed(42)
    out(R.uniform([2]))
    out(R.uniform([2]))
    out(R.normal([3]))
    out(R.truncated_normal([3]))
    out(R.uniform([3], maxval=100, dtype="int32"))
    out(R.shuffle(np.arange(6, dtype=np.int32)))
    out(R.categorical([[0.0, 1.0, 2.0]], 5))
""")
case("unseeded_without_global_seed_dtype_shape_only", """
    # Nondeterministic values: only dtype/shape are recorded.
    out(np.zeros_like(np.asarray(R.uniform([2, 3]))))
    out(np.zeros_like(np.asarray(R.uniform([4], maxval=5, dtype="int64"))))
    out(np.zeros_like(np.asarray(R.normal([3], dtype="float64"))))
    out(np.zeros_like(np.asarray(R.truncated_normal([2, 2], dtype="float16"))))
    out(np.zeros_like(np.asarray(R.categorical([[0.0, 1.0]], 3, dtype="int32"))))
    out(np.sort(np.asarray(R.shuffle(np.arange(6, dtype=np.int32)))))
""")
case("unseeded_ops_do_not_disturb_later_seeding", """
    R.uniform([3])
    R.normal([3], seed=5)
    R.set_seed(1)
    out(R.uniform([2]))
    out(R.normal([3], seed=5))
""")
case("set_seed_only_unseeded_ops_global0", """
    R.set_seed(0)
    out(R.uniform([2]))
    out(R.uniform([2]))
    out(R.uniform([2], seed=0))
""")
case("set_seed_only_interleaved_with_seeded", """
    R.set_seed(42)
    out(R.uniform([2]))
    out(R.uniform([2], seed=5))
    out(R.uniform([2]))
""")
case("set_seed_twice_resets", """
    R.set_seed(1)
    out(R.uniform([2]))
    out(R.uniform([2]))
    out(R.uniform([2], seed=3))
    out(R.uniform([2], seed=3))
    R.set_seed(1)
    out(R.uniform([2]))
    out(R.uniform([2]))
    out(R.uniform([2], seed=3))
""")
case("set_seed_change_and_back", """
    R.set_seed(1)
    out(R.uniform([2], seed=3))
    R.set_seed(2)
    out(R.uniform([2], seed=3))
    out(R.uniform([2]))
    R.set_seed(1)
    out(R.uniform([2], seed=3))
    out(R.uniform([2]))
""")
case("set_seed_none_then_seeded_op", """
    R.set_seed(1)
    out(R.uniform([2], seed=3))
    R.set_seed(None)
    out(R.uniform([2], seed=3))
    out(R.uniform([2], seed=3))
""")
case("multi_call_counter", """
    out(R.uniform([1], seed=1))
    out(R.uniform([1], seed=1))
    out(R.uniform([1], seed=1))
    R.set_seed(1)
    out(R.uniform([1], seed=1))
    out(R.uniform([1], seed=1))
    out(R.uniform([1], seed=1))
""")
case("same_seed_shared_kernel_shapes_minval", """
    R.set_seed(7)
    out(R.uniform([3], seed=1))
    out(R.uniform([5], seed=1))
    out(R.uniform([2], minval=-1.0, maxval=1.0, seed=1))
    out(R.uniform([2, 2], minval=5.0, maxval=6.0, seed=1))
""")
case("same_seed_distinct_kernels", """
    R.set_seed(7)
    out(R.uniform([4], seed=1))
    out(R.normal([4], seed=1))
    out(R.truncated_normal([4], seed=1))
    out(R.uniform([4], maxval=2**30, dtype="int32", seed=1))
    out(R.uniform([4], maxval=2**30, dtype="int64", seed=1))
    out(R.uniform([4], dtype="float64", seed=1))
    out(R.uniform([4], dtype="float16", seed=1))
    out(R.uniform([4], seed=1))
    out(R.normal([4], seed=1))
""")
case("int32_vs_float32_same_seed", """
    R.set_seed(8)
    out(R.uniform([4], maxval=10, dtype="int32", seed=2))
    out(R.uniform([4], dtype="float32", seed=2))
    out(R.uniform([4], maxval=10, dtype="int32", seed=2))
""")

# ---- normal / truncated normal ---------------------------------------------------------
for dt in FLOATS:
    case(f"normal_{dt}", f"""
        R.set_seed(1234)
        out(R.normal([5, 7], seed=7, dtype="{dt}"))
        out(R.normal([3], mean=2.5, stddev=0.5, seed=8, dtype="{dt}"))
        out(R.normal([], mean=-1.0, stddev=3.0, seed=9, dtype="{dt}"))
        out(R.normal([3], seed=7, dtype="{dt}"))
        out(R.normal([1], seed=7, dtype="{dt}"))
        out(R.normal([2], seed=7, dtype="{dt}"))
    """)
    case(f"truncated_normal_{dt}", f"""
        R.set_seed(1234)
        out(R.truncated_normal([5, 7], seed=7, dtype="{dt}"))
        out(R.truncated_normal([3], mean=2.5, stddev=0.5, seed=8, dtype="{dt}"))
        out(R.truncated_normal([], mean=-1.0, stddev=3.0, seed=9, dtype="{dt}"))
        out(R.truncated_normal([3], seed=7, dtype="{dt}"))
        out(R.truncated_normal([1], seed=7, dtype="{dt}"))
        out(R.truncated_normal([2], seed=7, dtype="{dt}"))
    """)
case("normal_shapes", """
    R.set_seed(5)
    out(R.normal([0], seed=1))
    out(R.normal([1], seed=1))
    out(R.normal([5, 7], seed=2))
    out(R.normal([1000], seed=3))
""")
case("truncated_normal_large", """
    R.set_seed(5)
    out(R.truncated_normal([1000], seed=1))
    out(R.truncated_normal([1000], seed=1))
    out(R.truncated_normal([1001], mean=3.0, stddev=2.0, seed=2, dtype="float64"))
    out(R.truncated_normal([0], seed=1))
    out(R.truncated_normal([10], seed=1))
""")
case("truncated_normal_op_seed_only", """
    out(R.truncated_normal([7], seed=4))
    out(R.truncated_normal([7], seed=4))
""")
case("normal_op_seed_only", """
    out(R.normal([7], seed=4))
    out(R.normal([7], seed=4))
""")

# ---- shuffle -------------------------------------------------------------------------
case("shuffle_int_1d", """
    R.set_seed(3)
    out(R.shuffle(np.arange(5, dtype=np.int32), seed=1))
    out(R.shuffle(np.arange(5, dtype=np.int32), seed=1))
    out(R.shuffle(np.arange(5, dtype=np.int64), seed=1))
    out(R.shuffle([10, 20, 30, 40, 50], seed=2))
""")
case("shuffle_size1_and_empty", """
    R.set_seed(3)
    out(R.shuffle(np.array([7], dtype=np.int32), seed=1))
    out(R.shuffle(np.array([[1.5, 2.5]], dtype=np.float32), seed=1))
    out(R.shuffle(np.zeros([0], dtype=np.float32), seed=1))
    out(R.shuffle(np.arange(5, dtype=np.int32), seed=1))
""")
case("shuffle_float_1d", """
    R.set_seed(3)
    out(R.shuffle(np.linspace(0.0, 1.0, 5).astype(np.float32), seed=4))
    out(R.shuffle(np.linspace(-2.0, 2.0, 9), seed=4))
""")
case("shuffle_2d", """
    R.set_seed(3)
    out(R.shuffle(np.arange(12, dtype=np.float32).reshape(4, 3), seed=5))
    out(R.shuffle(np.arange(30, dtype=np.int64).reshape(10, 3), seed=5))
    out(R.shuffle(np.arange(24, dtype=np.int32).reshape(2, 3, 4), seed=6))
""")
case("shuffle_1000", """
    R.set_seed(3)
    out(R.shuffle(np.arange(1000, dtype=np.int64), seed=7))
    out(R.shuffle(np.arange(1000, dtype=np.int32), seed=7))
""")
case("shuffle_op_seed_only", """
    out(R.shuffle(np.arange(8, dtype=np.int32), seed=9))
    out(R.shuffle(np.arange(8, dtype=np.int32), seed=9))
""")

# ---- categorical ---------------------------------------------------------------------
case("categorical_int64_default", """
    R.set_seed(10)
    out(R.categorical([[0.0, 1.0, 2.0], [-1.0, 0.0, 1.0], [5.0, 5.0, 5.0]], 10, seed=1))
    out(R.categorical([[0.0, 1.0, 2.0], [-1.0, 0.0, 1.0], [5.0, 5.0, 5.0]], 10, seed=1))
""")
case("categorical_int32", """
    R.set_seed(10)
    out(R.categorical([[0.0, 1.0, 2.0], [-1.0, 0.0, 1.0]], 7, dtype="int32", seed=1))
    out(R.categorical([[0.0, 1.0, 2.0], [-1.0, 0.0, 1.0]], 7, dtype="int64", seed=1))
""")
case("categorical_neg_inf", """
    R.set_seed(10)
    out(R.categorical([[0.0, -np.inf, 0.0, -np.inf], [-np.inf, 3.0, -np.inf, -np.inf]], 12, seed=2))
""")
case("categorical_all_neg_inf_row", """
    R.set_seed(10)
    out(R.categorical([[-np.inf, -np.inf, -np.inf], [0.0, 0.0, 0.0]], 4, seed=2))
""")
case("categorical_float64_logits", """
    R.set_seed(10)
    out(R.categorical(np.log(np.array([[0.1, 0.2, 0.7], [0.5, 0.25, 0.25]])), 9, seed=3))
    out(R.categorical(np.array([[0.1, 0.2, 0.3, 0.4]], dtype=np.float64), 5, dtype="int32", seed=3))
""")
case("categorical_float16_logits", """
    R.set_seed(10)
    out(R.categorical(np.array([[0.0, 1.0], [2.0, -1.0]], dtype=np.float16), 6, seed=4))
""")
case("categorical_many_samples_and_classes", """
    R.set_seed(10)
    out(R.categorical([[float(i) / 10 for i in range(20)]], 1000, dtype="int32", seed=5))
    out(R.categorical([[0.0] * 5] * 4, 1, seed=6))
    out(R.categorical([[0.0, 1.0]], 0, seed=7))
""")
case("categorical_op_seed_only", """
    out(R.categorical([[1.0, 2.0, 3.0]], 8, seed=3))
    out(R.categorical([[1.0, 2.0, 3.0]], 8, seed=3))
""")

# ---- stateless -----------------------------------------------------------------------
for dt in FLOATS:
    case(f"stateless_uniform_{dt}", f"""
        out(R.stateless_uniform([5, 7], seed=[1, 2], dtype="{dt}"))
        out(R.stateless_uniform([3], seed=[1, 2], minval=-3.5, maxval=2.25, dtype="{dt}"))
        out(R.stateless_uniform([], seed=[3, 4], dtype="{dt}"))
    """)
    case(f"stateless_normal_{dt}", f"""
        out(R.stateless_normal([5, 7], seed=[1, 2], dtype="{dt}"))
        out(R.stateless_normal([3], seed=[1, 2], mean=2.5, stddev=0.5, dtype="{dt}"))
        out(R.stateless_normal([], seed=[3, 4], dtype="{dt}"))
    """)
    case(f"stateless_truncated_normal_{dt}", f"""
        out(R.stateless_truncated_normal([5, 7], seed=[1, 2], dtype="{dt}"))
        out(R.stateless_truncated_normal([3], seed=[1, 2], mean=2.5, stddev=0.5, dtype="{dt}"))
        out(R.stateless_truncated_normal([], seed=[3, 4], dtype="{dt}"))
    """)
case("stateless_uniform_int32_ranges", """
    out(R.stateless_uniform([10], seed=[1, 2], minval=-5, maxval=5, dtype="int32"))
    out(R.stateless_uniform([10], seed=[1, 2], minval=-2**31, maxval=2**31 - 1, dtype="int32"))
    out(R.stateless_uniform([7], seed=[1, 2], minval=-100, maxval=-50, dtype="int32"))
    out(R.stateless_uniform([5], seed=[1, 2], maxval=7, dtype="int32"))
    out(R.stateless_uniform([3], seed=[1, 2], minval=0, maxval=1, dtype="int32"))
""")
case("stateless_uniform_int64_ranges", """
    out(R.stateless_uniform([10], seed=[1, 2], minval=-5, maxval=5, dtype="int64"))
    out(R.stateless_uniform([10], seed=[1, 2], minval=-2**40, maxval=2**40, dtype="int64"))
    out(R.stateless_uniform([6], seed=[1, 2], minval=-2**63, maxval=2**63 - 1, dtype="int64"))
    out(R.stateless_uniform([7], seed=[1, 2], minval=-100, maxval=-50, dtype="int64"))
    out(R.stateless_uniform([5], seed=[1, 2], minval=2**31, maxval=2**32, dtype="int64"))
""")
for dt in ["int32", "int64", "uint32", "uint64"]:
    case(f"stateless_uniform_full_range_{dt}", f"""
        out(R.stateless_uniform([7], seed=[1, 2], minval=None, maxval=None, dtype="{dt}"))
        out(R.stateless_uniform([2, 3], seed=[-1, 2**31 - 1], minval=None, maxval=None, dtype="{dt}"))
        out(R.stateless_uniform([], seed=[5, 6], minval=None, maxval=None, dtype="{dt}"))
    """)
case("stateless_shapes", """
    out(R.stateless_uniform([0], seed=[1, 2]))
    out(R.stateless_uniform([1], seed=[1, 2]))
    out(R.stateless_uniform([3], seed=[1, 2]))
    out(R.stateless_uniform([5, 7], seed=[1, 2]))
    out(R.stateless_uniform([2, 3, 4], seed=[1, 2]))
    out(R.stateless_uniform([1000], seed=[1, 2]))
    out(R.stateless_normal([1000], seed=[1, 2]))
    out(R.stateless_truncated_normal([1000], seed=[1, 2]))
    out(R.stateless_truncated_normal([0], seed=[1, 2]))
""")
case("stateless_repeatable", """
    out(R.stateless_uniform([4], seed=[7, 8]))
    out(R.stateless_uniform([4], seed=[7, 8]))
    out(R.stateless_uniform([6], seed=[7, 8]))
""")
case("stateless_seed_dtypes", """
    out(R.stateless_uniform([4], seed=np.array([1, 2], dtype=np.int32)))
    out(R.stateless_uniform([4], seed=np.array([1, 2], dtype=np.int64)))
    out(R.stateless_uniform([4], seed=[1, 2]))
    out(R.stateless_normal([4], seed=np.array([1, 2], dtype=np.int64)))
    out(R.stateless_uniform([4], maxval=100, dtype="int64", seed=np.array([1, 2], dtype=np.int32)))
""")
case("stateless_seed_negative_words", """
    out(R.stateless_uniform([4], seed=[-1, -2]))
    out(R.stateless_uniform([4], seed=np.array([-1, -2], dtype=np.int32)))
    out(R.stateless_uniform([4], seed=np.array([-1, -2], dtype=np.int64)))
    out(R.stateless_uniform([4], seed=[-2**31, 2**31 - 1]))
    out(R.stateless_normal([4], seed=[0, -1]))
""")
case("stateless_seed_large_int64_words", """
    out(R.stateless_uniform([4], seed=[2**31, 0]))
    out(R.stateless_uniform([4], seed=[2**40, 1]))
    out(R.stateless_uniform([4], seed=np.array([2**40 + 7, -2**50], dtype=np.int64)))
    out(R.stateless_uniform([4], seed=np.array([2**63 - 1, -2**63], dtype=np.int64)))
    out(R.stateless_normal([4], seed=[2**32 + 1, 2**33 + 2]))
""")
case("stateless_seed_zero", """
    out(R.stateless_uniform([4], seed=[0, 0]))
    out(R.stateless_normal([4], seed=[0, 0]))
    out(R.stateless_uniform([4], maxval=10, dtype="int32", seed=[0, 0]))
""")
case("stateless_alg_philox_vs_auto_select", """
    out(R.stateless_uniform([5], seed=[1, 2], alg="philox"))
    out(R.stateless_uniform([5], seed=[1, 2], alg="auto_select"))
    out(R.stateless_normal([5], seed=[1, 2], alg="philox"))
    out(R.stateless_normal([5], seed=[1, 2], alg="auto_select"))
    out(R.stateless_truncated_normal([5], seed=[1, 2], alg="philox"))
    out(R.stateless_truncated_normal([5], seed=[1, 2], alg="auto_select"))
    out(R.stateless_uniform([5], seed=[1, 2], minval=-9, maxval=9, dtype="int32", alg="philox"))
    out(R.stateless_uniform([5], seed=[1, 2], minval=None, maxval=None, dtype="uint64", alg="philox"))
""")
case("stateless_threefry_cpu_errors", """
    err(lambda: R.stateless_uniform([2], seed=[1, 2], alg="threefry"))
    err(lambda: R.stateless_normal([2], seed=[1, 2], alg="threefry"))
    err(lambda: R.stateless_truncated_normal([2], seed=[1, 2], alg="threefry"))
    err(lambda: R.stateless_uniform([2], seed=[1, 2], minval=0, maxval=5, dtype="int32", alg="threefry"))
""")
case("stateless_split", """
    out(R.experimental.stateless_split([1, 2]))
    out(R.experimental.stateless_split([1, 2], num=3))
    out(R.experimental.stateless_split(np.array([1, 2], dtype=np.int64), num=2))
    out(R.experimental.stateless_split([-1, -2], num=1))
    out(R.experimental.stateless_split([2**40, 5], num=4))
""")
case("stateless_split_then_draw", """
    seeds = R.experimental.stateless_split([10, 20], num=2)
    out(R.stateless_uniform([3], seed=seeds[0]))
    out(R.stateless_normal([3], seed=seeds[1]))
""")
case("stateless_fold_in", """
    out(R.experimental.stateless_fold_in([1, 2], 5))
    out(R.experimental.stateless_fold_in([1, 2], 0))
    out(R.experimental.stateless_fold_in([1, 2], -3))
    out(R.experimental.stateless_fold_in(np.array([1, 2], dtype=np.int64), 5))
    out(R.experimental.stateless_fold_in(np.array([1, 2], dtype=np.int64), 2**40))
    out(R.experimental.stateless_fold_in([-7, 2**31 - 1], 1))
""")
case("stateless_fold_in_then_draw", """
    s = R.experimental.stateless_fold_in([3, 4], 17)
    out(R.stateless_uniform([3], seed=s))
""")

# ---- tf.function scopes ----------------------------------------------------------------
case("function_docs_foo", """
    R.set_seed(1234)
    foo = F(lambda: (R.uniform([1], seed=1), R.uniform([1], seed=1)))
    a, b = foo()
    out(a); out(b)
    a, b = foo()
    out(a); out(b)
""")
case("function_docs_bar", """
    R.set_seed(1234)
    bar = F(lambda: (R.uniform([1]), R.uniform([1])))
    a, b = bar()
    out(a); out(b)
    a, b = bar()
    out(a); out(b)
""")
case("function_foo_op_seed_only", """
    foo = F(lambda: (R.uniform([1], seed=1), R.uniform([1], seed=1)))
    a, b = foo()
    out(a); out(b)
    a, b = foo()
    out(a); out(b)
""")
case("function_bar_global0", """
    R.set_seed(0)
    bar = F(lambda: (R.uniform([2]), R.uniform([2]), R.normal([2])))
    for x in bar():
        out(x)
""")
case("function_set_seed_after_first_call_resets", """
    R.set_seed(1234)
    foo = F(lambda: (R.uniform([1], seed=1), R.uniform([1], seed=1)))
    bar = F(lambda: (R.uniform([1]), R.uniform([1])))
    a, b = foo(); out(a); out(b)
    c, d = bar(); out(c); out(d)
    R.set_seed(1234)
    a, b = foo(); out(a); out(b)
    c, d = bar(); out(c); out(d)
""")
case("function_set_seed_before_vs_after_first_call", """
    R.set_seed(1)
    f = F(lambda: R.uniform([2]))
    g = F(lambda: R.uniform([2]))
    out(f())
    R.set_seed(2)
    out(f())
    out(g())
    out(g())
""")
case("function_set_seed_different_global_after_trace", """
    R.set_seed(1)
    f = F(lambda: R.uniform([2], seed=5))
    out(f())
    R.set_seed(2)
    out(f())
    out(R.uniform([2], seed=5))
""")
case("function_vs_eager_same_seed", """
    R.set_seed(3)
    out(R.uniform([1], seed=1))
    f = F(lambda: R.uniform([1], seed=1))
    out(f())
    out(R.uniform([1], seed=1))
    out(f())
""")
case("function_two_functions_same_seed", """
    R.set_seed(3)
    f = F(lambda: R.uniform([1], seed=1))
    g = F(lambda: R.uniform([1], seed=1))
    out(f())
    out(g())
    out(f())
""")
case("function_unseeded_does_not_consume_eager_sequence", """
    R.set_seed(1)
    out(R.uniform([1]))
    f = F(lambda: R.uniform([1]))
    out(f())
    out(R.uniform([1]))
    R.set_seed(1)
    out(R.uniform([1]))
    out(R.uniform([1]))
""")
case("function_mixed_ops", """
    R.set_seed(77)
    f = F(lambda: (R.normal([3]), R.truncated_normal([3], seed=2), R.uniform([3], maxval=9, dtype="int64"),
                   R.shuffle(np.arange(6, dtype=np.int32)), R.categorical([[0.0, 1.0]], 4, seed=3),
                   R.normal([2], seed=2), R.uniform([3], seed=4, dtype="float64")))
    for x in f():
        out(x)
    for x in f():
        out(x)
""")
case("function_stateless", """
    f = F(lambda: (R.stateless_uniform([3], seed=[1, 2]), R.stateless_normal([3], seed=[1, 2])))
    a, b = f()
    out(a); out(b)
    a, b = f()
    out(a); out(b)
""")

# ---- Generator -----------------------------------------------------------------------
case("generator_from_seed_1234", """
    g = R.Generator.from_seed(1234)
    out(g.state)
    out(g.uniform([4]))
    out(g.state)
    out(g.uniform([4]))
    out(g.state)
    out(g.normal([3]))
    out(g.state)
    out(g.uniform([5], dtype="float64"))
    out(g.state)
    out(g.key)
    out(g.algorithm)
""")
for label, seed in [("0", "0"), ("neg1", "-1"), ("2pow63", "2**63"), ("2pow64_plus5", "2**64 + 5"),
                    ("list_1_2", "[1, 2]"), ("list_1_2_3", "[1, 2, 3]"), ("2pow32", "2**32"),
                    ("neg_2pow40", "-2**40"), ("np_int64", "np.int64(77)")]:
    case(f"generator_from_seed_{label}", f"""
        g = R.Generator.from_seed({seed})
        out(g.state)
        out(g.uniform([4]))
        out(g.state)
        out(g.key)
    """)
case("generator_from_seed_alg", """
    g = R.Generator.from_seed(5, alg="philox")
    out(g.state); out(g.algorithm); out(g.uniform([3]))
    h = R.Generator.from_seed(5, alg="auto_select")
    out(h.state); out(h.algorithm); out(h.uniform([3]))
""")
case("generator_from_state", """
    g = R.Generator.from_state([1, 2, 3], alg="philox")
    out(g.state)
    out(g.uniform([4]))
    out(g.state)
    h = R.Generator.from_state(np.array([-1, -1, 5], dtype=np.int64), alg="philox")
    out(h.uniform([4]))
    out(h.state)
    out(h.key)
""")
case("generator_from_key_counter", """
    g = R.Generator.from_key_counter(5, [6, 7], alg="philox")
    out(g.state)
    out(g.key)
    out(g.uniform([4]))
    out(g.state)
    h = R.Generator.from_key_counter(-1, [2**40, -3], alg="philox")
    out(h.state)
    out(h.normal([3]))
""")
case("generator_reset_from_seed", """
    g = R.Generator.from_seed(1)
    out(g.uniform([3]))
    g.reset_from_seed(1)
    out(g.state)
    out(g.uniform([3]))
    g.reset_from_seed(2)
    out(g.state)
    out(g.uniform([3]))
""")
case("generator_reset_state", """
    g = R.Generator.from_seed(1)
    out(g.uniform([3]))
    g.reset([10, 20, 30])
    out(g.state)
    out(g.uniform([3]))
    out(g.state)
""")
case("generator_skip", """
    g = R.Generator.from_seed(1)
    out(g.skip(5))
    out(g.state)
    out(g.uniform([3]))
    out(g.skip(0))
    out(g.state)
    out(g.skip(-3))
    out(g.state)
    out(g.skip(2**40))
    out(g.state)
    out(g.uniform([3]))
""")
case("generator_skip_equals_draw", """
    g = R.Generator.from_seed(9)
    h = R.Generator.from_seed(9)
    out(g.uniform([4]))
    h.skip(1)
    out(g.state)
    out(h.state)
    out(g.uniform([4]))
    out(h.uniform([4]))
""")
case("generator_state_counter_advance", """
    g = R.Generator.from_seed(3)
    for shape in ([1], [3], [4], [5], [255], [256], [257], [1024], [0], []):
        g.uniform(shape)
        out(g.state)
    for shape in ([1], [3], [300]):
        g.normal(shape)
        out(g.state)
    for shape in ([1], [100]):
        g.uniform(shape, dtype="float64")
        out(g.state)
    for shape in ([1], [100]):
        g.truncated_normal(shape)
        out(g.state)
    g.uniform_full_int([3], dtype="uint64")
    out(g.state)
    g.make_seeds(3)
    out(g.state)
""")
case("generator_counter_carry", """
    g = R.Generator.from_state([-2, -1, 9], alg="philox")
    out(g.uniform([10]))
    out(g.state)
    h = R.Generator.from_state([-1, 0, 9], alg="philox")
    out(h.uniform([6]))
    out(h.state)
""")
case("generator_uniform_int", """
    g = R.Generator.from_seed(42)
    out(g.uniform([10], minval=-5, maxval=5, dtype="int32"))
    out(g.uniform([10], minval=-2**40, maxval=2**40, dtype="int64"))
    out(g.uniform([6], minval=-2**31, maxval=2**31 - 1, dtype="int32"))
    out(g.uniform([6], minval=-2**63, maxval=2**63 - 1, dtype="int64"))
    out(g.uniform([5], maxval=7, dtype="int32"))
    out(g.state)
""")
case("generator_uniform_float_ranges", """
    g = R.Generator.from_seed(42)
    out(g.uniform([5], minval=-3.5, maxval=2.25))
    out(g.uniform([5], minval=-3.5, maxval=2.25, dtype="float64"))
    out(g.uniform([5], minval=-3.5, maxval=2.25, dtype="float16"))
    out(g.uniform([5], maxval=100.0))
    out(g.state)
""")
case("generator_uniform_full_int", """
    g = R.Generator.from_seed(42)
    out(g.uniform_full_int([5]))
    out(g.uniform_full_int([5], dtype="int32"))
    out(g.uniform_full_int([5], dtype="int64"))
    out(g.uniform_full_int([5], dtype="uint32"))
    out(g.uniform_full_int([2, 3], dtype="uint64"))
    out(g.state)
""")
for dt in FLOATS:
    case(f"generator_dists_{dt}", f"""
        g = R.Generator.from_seed(11)
        out(g.uniform([7], dtype="{dt}"))
        out(g.normal([7], dtype="{dt}"))
        out(g.normal([3], mean=2.5, stddev=0.5, dtype="{dt}"))
        out(g.truncated_normal([7], dtype="{dt}"))
        out(g.truncated_normal([3], mean=-1.0, stddev=3.0, dtype="{dt}"))
        out(g.state)
    """)
case("generator_large", """
    g = R.Generator.from_seed(12)
    out(g.truncated_normal([1000]))
    out(g.normal([1000]))
    out(g.uniform([5, 7]))
    out(g.state)
""")
case("generator_make_seeds", """
    g = R.Generator.from_seed(13)
    out(g.make_seeds(3))
    out(g.state)
    out(g.make_seeds())
    out(g.state)
    s = g.make_seeds(2)
    out(R.stateless_uniform([3], seed=s[:, 0]))
    out(R.stateless_uniform([3], seed=s[:, 1]))
""")
case("generator_split", """
    g = R.Generator.from_seed(14)
    children = g.split(2)
    out(g.state)
    for c in children:
        out(c.state)
    for c in children:
        out(c.uniform([3]))
        out(c.state)
    out(g.uniform([3]))
    more = g.split(3)
    for c in more:
        out(c.state)
        out(c.normal([2]))
""")
case("generator_split_default", """
    g = R.Generator.from_seed(15)
    (c,) = g.split()
    out(c.state)
    out(c.uniform([2]))
    out(g.state)
""")
case("generator_global", """
    R.set_global_generator(R.Generator.from_seed(7))
    g = R.get_global_generator()
    out(g.state)
    out(g.normal([3]))
    out(R.get_global_generator().uniform([3]))
    out(R.get_global_generator().state)
""")
case("generator_global_unaffected_by_set_seed", """
    R.set_global_generator(R.Generator.from_seed(7))
    R.set_seed(1)
    out(R.get_global_generator().state)
    out(R.get_global_generator().uniform([3]))
    R.set_seed(2)
    out(R.get_global_generator().uniform([3]))
""")
case("generator_in_function", """
    g = R.Generator.from_seed(16)
    f = F(lambda: (g.uniform([2]), g.normal([2])))
    a, b = f()
    out(a); out(b); out(g.state)
    a, b = f()
    out(a); out(b); out(g.state)
""")
case("generator_threefry_cpu", """
    g = R.Generator.from_seed(1, alg="threefry")
    out(g.state)
    out(g.algorithm)
    err(lambda: g.uniform([2]))
""")

# ---- errors --------------------------------------------------------------------------
case("error_int_uniform_without_maxval", """
    err(lambda: R.uniform([2], dtype="int32"))
    err(lambda: R.uniform([2], dtype="int64", seed=1))
    err(lambda: R.uniform([2], minval=3, dtype="int32", seed=1))
""")
case("error_int_minval_ge_maxval", """
    err(lambda: R.uniform([2], minval=3, maxval=3, dtype="int32", seed=1))
    err(lambda: R.uniform([2], minval=5, maxval=3, dtype="int64", seed=1))
    err(lambda: R.stateless_uniform([2], seed=[1, 2], minval=3, maxval=3, dtype="int32"))
    err(lambda: R.stateless_uniform([2], seed=[1, 2], minval=7, maxval=-7, dtype="int64"))
""")
case("error_bad_dtype", """
    err(lambda: R.uniform([2], dtype="string"))
    err(lambda: R.uniform([2], dtype="bool"))
    err(lambda: R.uniform([2], dtype="uint32", seed=1))
    err(lambda: R.stateless_uniform([2], seed=[1, 2], dtype="bool"))
    err(lambda: R.categorical([[0.0, 1.0]], 3, dtype="float32", seed=1))
""")
case("error_stateless_int_only_minval", """
    err(lambda: R.stateless_uniform([2], seed=[1, 2], minval=1, dtype="int32"))
    err(lambda: R.stateless_uniform([2], seed=[1, 2], minval=1, dtype="int64"))
    out(R.stateless_uniform([2], seed=[1, 2], maxval=1, dtype="int32"))
""")
case("error_stateless_unsigned_with_minval", """
    err(lambda: R.stateless_uniform([2], seed=[1, 2], minval=1, maxval=5, dtype="uint32"))
    err(lambda: R.stateless_uniform([2], seed=[1, 2], minval=0, maxval=5, dtype="uint64"))
    err(lambda: R.stateless_uniform([2], seed=[1, 2], minval=1, dtype="uint64"))
""")
case("error_stateless_bad_seed_shape", """
    err(lambda: R.stateless_uniform([2], seed=[1]))
    err(lambda: R.stateless_normal([2], seed=[1, 2, 3]))
""")
case("error_generator", """
    g = R.Generator.from_seed(1)
    err(lambda: g.uniform([2], dtype="int32"))
    err(lambda: g.uniform([2], minval=3, maxval=3, dtype="int32"))
    err(lambda: g.uniform([2], minval=4, maxval=-4, dtype="int64"))
    out(g.state)
""")
case("error_does_not_advance_kernel", """
    R.set_seed(1)
    err(lambda: R.uniform([2], minval=3, maxval=3, dtype="int32", seed=1))
    out(R.uniform([2], minval=0, maxval=100, dtype="int32", seed=1))
""")


# --------------------------------------------------------------------------------------
# Recording machinery
# --------------------------------------------------------------------------------------

def _tf():
    import tensorflow as tf  # noqa: PLC0415 - only in the oracle venv

    if _INTRA_OP and tf.config.threading.get_intra_op_parallelism_threads() != _INTRA_OP[0]:
        tf.config.threading.set_intra_op_parallelism_threads(_INTRA_OP[0])  # before TF initialises
    return tf


def reset_tf_state() -> None:
    """Bring TF back to a never-seeded state between cases.

    ``tf.random.set_seed(None)`` sets the eager global seed to None, replaces the
    op-seed ``random.Random`` and clears the eager kernel cache (so stateful
    kernels and their counters are dropped).  The global Generator is a module
    variable that set_seed does not touch, so it is cleared by hand.
    """
    tf = _tf()
    from tensorflow.python.ops import stateful_random_ops  # noqa: PLC0415

    tf.random.set_seed(None)
    stateful_random_ops.global_generator = None


def run_one(code: str) -> list[dict]:
    tf = _tf()
    reset_tf_state()
    # autograph=False: the lambdas come from exec'd source that autograph cannot
    # inspect (it would only warn); no case uses Python control flow inside F.
    extra = _NAMESPACE[0](tf) if _NAMESPACE else None  # a case file's own names (cases_image.py: I = tf.image)
    return strip_private(run_case(code, tf.random, lambda fn, **kw: tf.function(fn, autograph=False, **kw), extra))


def run_all(names: list[str] | None = None, reverse: bool = False) -> dict[str, list[dict]]:
    """Run the cases here; in a process of one thread count (``--intra-op``), only its cases; cases
    of other thread counts each in a process of their count."""
    cases = [(n, c) for n, c in CASES if (names is None or n in names) and THREADS.get(n) == (_INTRA_OP or [None])[0]]
    if reverse:
        cases = cases[::-1]
    results = {n: run_one(c) for n, c in cases}
    if not _INTRA_OP:
        for threads in sorted({t for n, t in THREADS.items() if names is None or n in names}):
            cmd = [sys.executable, str(Path(__file__).resolve()), *_EXTRA, "--intra-op", str(threads), "--emit-reverse" if reverse else "--emit-all"]
            res = subprocess.run(cmd, capture_output=True, text=True, check=True, env=os.environ)
            group = json.loads(res.stdout.strip().splitlines()[-1])
            results.update({n: o for n, o in group.items() if names is None or n in names})
    return results


_EXTRA: list[str] = []  # ["--cases", FILE] when recording a separate case file
_NAMESPACE: list = []  # [namespace(tf) -> dict] when the case file defines one


def load_case_file(path: Path) -> None:
    """Replace the built-in cases by those a case file declares with ``case(name, code)``."""
    CASES.clear()
    names = runpy.run_path(str(path), init_globals={"case": case, "FLOATS": FLOATS})
    _NAMESPACE[:] = [names["namespace"]] if "namespace" in names else []
    _EXTRA[:] = ["--cases", str(path)]


def _subprocess_case(name: str) -> tuple[str, list[dict]]:
    threads = ["--intra-op", str(THREADS[name])] if name in THREADS else []
    cmd = [sys.executable, str(Path(__file__).resolve()), *_EXTRA, *threads, "--emit", name]
    res = subprocess.run(cmd, capture_output=True, text=True, check=True, env=os.environ)
    return name, json.loads(res.stdout.strip().splitlines()[-1])


def check_isolation(results: dict[str, list[dict]], jobs: int) -> list[str]:
    """Re-run every case in reverse order in one process and alone in a fresh process."""
    problems = []
    cmd = [sys.executable, str(Path(__file__).resolve()), *_EXTRA, "--emit-reverse"]
    res = subprocess.run(cmd, capture_output=True, text=True, check=True, env=os.environ)
    rev = json.loads(res.stdout.strip().splitlines()[-1])
    for n, outs in results.items():
        if rev[n] != outs:
            problems.append(f"{n}: differs when cases run in reverse order")
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for n, outs in pool.map(_subprocess_case, list(results)):
            if outs != results[n]:
                problems.append(f"{n}: differs when run alone in a fresh process")
    return problems


def validate(name: str, outputs: list[dict]) -> None:
    if not outputs:
        raise SystemExit(f"case {name!r} recorded no outputs")
    for o in outputs:
        if "error" in o and o["error"] is None:
            raise SystemExit(f"case {name!r}: err(...) callable did not raise")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--output", type=Path, help="default: tf_random.json, or tf_<name>.json for --cases cases_<name>.py")
    ap.add_argument("--cases", type=Path, help="record the cases of this file instead of the built-in ones")
    ap.add_argument("--check", action="store_true",
                    help="verify every case gives identical outputs in reverse order and alone in a fresh process")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--emit", metavar="NAME", help=argparse.SUPPRESS)
    ap.add_argument("--emit-all", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--intra-op", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--emit-reverse", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.cases:
        load_case_file(args.cases)
    if args.output is None:
        stem = args.cases.stem.removeprefix("cases_") if args.cases else None
        args.output = GOLDEN_PATH if stem is None else GOLDEN_PATH.with_name(f"tf_{stem}.json")

    if args.intra_op is not None:
        _INTRA_OP[:] = [args.intra_op]
    if args.emit:
        print(json.dumps(run_all([args.emit])[args.emit]))
        return
    if args.emit_all:
        print(json.dumps(run_all()))
        return
    if args.emit_reverse:
        print(json.dumps(run_all(reverse=True)))
        return

    tf = _tf()
    results = run_all()
    for name, outs in results.items():
        validate(name, outs)

    if args.check:
        problems = check_isolation(results, args.jobs)
        if problems:
            raise SystemExit("isolation check failed:\n  " + "\n  ".join(problems))
        print(f"isolation check passed for {len(results)} cases", file=sys.stderr)

    doc = {
        "tensorflow": tf.__version__,
        "platform": platform.platform(),
        "cases": [{"name": n, "code": c, **({"threads": THREADS[n]} if n in THREADS else {}), "outputs": results[n]} for n, c in CASES],
    }
    text = json.dumps(doc, indent=1) + "\n"
    args.output.write_text(text, encoding="utf-8")
    n_out = sum(len(o) for o in results.values())
    n_err = sum(1 for o in results.values() for x in o if "error" in x)
    print(f"wrote {args.output}: {len(results)} cases, {n_out} outputs ({n_err} errors), "
          f"{len(text) / 1e6:.2f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
