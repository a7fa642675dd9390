"""Golden cases for tf.random inside tf.function: grappler's rewrites of the wrappers' arithmetic
(TF 2.21 CPU, default optimizer options). Scalar parameters are Python ints/floats; arrays only
for gamma alpha/beta (array mean/stddev/minval/maxval: cases_graph_arrays.py).

The rules these cases pin down (all from the constant_folding pass; with it disabled the graph
computes exactly what eager does):

1. ``x / beta`` (gamma, beta a graph constant) becomes ``x * reciprocal(beta)``, the reciprocal
   rounded in dtype and, for float32/float64, flushed to zero when subnormal.
2. ``x + c`` with ``c`` an all-zero constant (+0.0 or -0.0; a float32/float64/bfloat16
   subnormal counts as zero) is dropped (normal, truncated_normal,
   uniform with a float/array minval, Generator.uniform even with minval=0): an ``x`` of -0.0
   stays -0.0 where eager's ``+ 0.0`` gives +0.0. (``x * 1`` is dropped too: no bit changes;
   ``x * 0`` is kept.)
3. A stateless op whose inputs are all graph constants (seed given as a Python value) is
   constant-folded with its arithmetic when its output is under 100 KiB (n * itemsize < 102400):
   eager's bits exactly; from 102400 bytes on, rules 1-2 apply as for stateful ops.

Recorded with ``tf-oracle python tests/golden/record.py --cases tests/golden/cases_graph.py``.
"""
# `case` and `FLOATS` are provided by record.py.
# ruff: noqa: F821

HALF_AND_FLOATS = ["float16", "bfloat16", "float32", "float64"]

# ---- rule 1: gamma's division by a constant beta is a multiplication by its reciprocal ----------
for dt in FLOATS:
    case(f"graph_gamma_beta_reciprocal_{dt}", f"""
        R.set_seed(1)
        out(R.gamma([64], 2.0, beta=3.0, seed=1, dtype="{dt}"))
        out(F(lambda: R.gamma([64], 2.0, beta=3.0, seed=1, dtype="{dt}"))())
        out(F(lambda: R.gamma([32], [0.5, 4.0], beta=7.0, seed=2, dtype="{dt}"))())
        out(F(lambda: R.gamma([16], [0.5, 2.0, 9.0], beta=[3.0, 0.1, 10.0], seed=3, dtype="{dt}"))())
        out(F(lambda: R.gamma([10], [[1.0], [2.0]], beta=[3.0, 5.0, 0.7], seed=4, dtype="{dt}"))())
        out(F(lambda: R.gamma([64], 0.3, beta=-3.0, seed=5, dtype="{dt}"))())
    """)

case("graph_gamma_beta_exact_reciprocal_or_special", """
    # Same bits as eager: 1/beta exact (powers of two, 1 -> x / 1 removed), or beta 0/inf/nan.
    R.set_seed(2)
    for b in (0.5, 2.0, 1.0, -4.0, 0.0, float("inf"), float("nan"), [1.0, 1.0], [0.25, 8.0]):
        out(F(lambda: R.gamma([8], [1.5, 3.0], beta=b, seed=1))())
    out(F(lambda: R.gamma([16], [1.5, 3.0], seed=1, dtype="float64"))())
""")

case("graph_gamma_beta_reciprocal_subnormal_flushed", """
    # 1/2e38 (float32) and 1/1e308 (float64) are subnormal: constant folding flushes them to 0,
    # so every output is max(tiny, x * 0) = tiny; eager's x / beta is not.
    R.set_seed(3)
    out(R.gamma([16], 30.0, beta=2e38, seed=1))
    out(F(lambda: R.gamma([16], 30.0, beta=2e38, seed=1))())
    out(R.gamma([16], 30.0, beta=1e308, seed=2, dtype="float64"))
    out(F(lambda: R.gamma([16], 30.0, beta=1e308, seed=2, dtype="float64"))())
""")

case("graph_gamma_beta_reciprocal_float16_edges", """
    R.set_seed(4)
    # 1/6e4 is subnormal in float16: kept (half arithmetic runs in float, nothing flushed).
    out(F(lambda: R.gamma([32], 2.0, beta=6e4, seed=1, dtype="float16"))())
    # beta = 1e-5 (a float16 subnormal): 1/beta overflows to inf, so graph gives inf where
    # eager's x / beta is finite (x < ~0.65).
    out(R.gamma([32], 0.2, beta=1e-5, seed=2, dtype="float16"))
    out(F(lambda: R.gamma([32], 0.2, beta=1e-5, seed=2, dtype="float16"))())
    # beta = 1e-30 rounds to 0 in float16: inf either way.
    out(F(lambda: R.gamma([8], 2.0, beta=1e-30, seed=3, dtype="float16"))())
""")

case("graph_gamma_beta_reciprocal_float32_extremes", """
    R.set_seed(5)
    out(F(lambda: R.gamma([32], 2.0, beta=1e-30, seed=1))())
    out(F(lambda: R.gamma([32], 2.0, beta=1e30, seed=2))())
    out(F(lambda: R.gamma([32], 2.0, beta=2e-38, seed=3))())
    out(F(lambda: R.gamma([8], 2.0, beta=1e-40, seed=4))())
""")

for dt in FLOATS:
    case(f"graph_stateless_gamma_folded_{dt}", f"""
        # A constant seed: the whole op is folded at optimization time -> eager's x / beta.
        out(R.stateless_gamma([64], seed=[1, 2], alpha=2.0, beta=3.0, dtype="{dt}"))
        out(F(lambda: R.stateless_gamma([64], seed=[1, 2], alpha=2.0, beta=3.0, dtype="{dt}"))())
        out(F(lambda: R.stateless_gamma([16, 3], seed=[3, 4], alpha=[0.5, 2.0, 9.0], beta=[3.0, 0.1, 10.0], dtype="{dt}"))())
    """)

case("graph_stateless_gamma_fold_size_limit", """
    # Folded only while the op's output is under 102400 bytes; from there on, x * (1/beta).
    x = F(lambda: R.stateless_gamma([25599], seed=[1, 2], alpha=2.0, beta=3.0))()
    out(x[:64])
    x = F(lambda: R.stateless_gamma([25600], seed=[1, 2], alpha=2.0, beta=3.0))()
    out(x[:64])
    x = F(lambda: R.stateless_gamma([12800], seed=[5, 6], alpha=2.0, beta=7.0, dtype="float64"))()
    out(x[:64])
""")

# ---- rule 2: "+ 0" dropped (normal / truncated_normal) --------------------------------------------
for dt in HALF_AND_FLOATS:
    case(f"graph_normal_zero_mean_dropped_{dt}", f"""
        R.set_seed(1)
        out(R.normal([16], stddev=0.0, seed=1, dtype="{dt}"))
        out(F(lambda: R.normal([16], stddev=0.0, seed=1, dtype="{dt}"))())
        out(F(lambda: R.normal([16], mean=0.0, stddev=-0.0, seed=2, dtype="{dt}"))())
        out(F(lambda: R.normal([16], mean=-0.0, stddev=0.0, seed=3, dtype="{dt}"))())
        out(F(lambda: R.normal([16], mean=0, stddev=0, seed=4, dtype="{dt}"))())
        out(F(lambda: R.normal([16], mean=2.0, stddev=0.0, seed=5, dtype="{dt}"))())
        out(F(lambda: R.normal([16], mean=0.0, stddev=3.0, seed=6, dtype="{dt}"))())
        out(F(lambda: R.normal([], stddev=0.0, seed=7, dtype="{dt}"))())
        out(F(lambda: R.normal([0], stddev=0.0, seed=8, dtype="{dt}"))())
    """)
    case(f"graph_truncated_normal_zero_mean_dropped_{dt}", f"""
        R.set_seed(1)
        out(R.truncated_normal([16], stddev=0.0, seed=1, dtype="{dt}"))
        out(F(lambda: R.truncated_normal([16], stddev=0.0, seed=1, dtype="{dt}"))())
        out(F(lambda: R.truncated_normal([16], mean=0.0, stddev=-0.0, seed=2, dtype="{dt}"))())
        out(F(lambda: R.truncated_normal([16], mean=2.0, stddev=0.0, seed=3, dtype="{dt}"))())
        out(F(lambda: R.truncated_normal([2, 3], mean=0, stddev=0.0, seed=4, dtype="{dt}"))())
    """)

case("graph_normal_stddev_rounds_to_zero_keeps_negative_zero", """
    # stddev=1e-30 rounds to 0 in float16: rnd * 0 = -0.0 for a negative rnd, kept in the graph.
    # bfloat16 represents 1e-30 (control).
    R.set_seed(2)
    out(F(lambda: R.normal([16], stddev=1e-30, seed=1, dtype="float16"))())
    out(F(lambda: R.truncated_normal([16], stddev=1e-30, seed=2, dtype="float16"))())
    out(F(lambda: R.normal([16], stddev=1e-30, seed=3, dtype="bfloat16"))())
""")

case("graph_normal_subnormal_mean_counts_as_zero", """
    # Grappler's all-zeros test runs with denormals-are-zero: a float32/float64/bfloat16 subnormal
    # mean is "zero" and its add is dropped (-0.0 kept). float16 subnormals are not (half values
    # are compared as normal floats): the add stays.
    R.set_seed(3)
    out(F(lambda: R.normal([16], mean=1e-40, stddev=0.0, seed=1))())
    out(F(lambda: R.normal([16], mean=1e-310, stddev=0.0, seed=2, dtype="float64"))())
    out(F(lambda: R.normal([16], mean=1e-39, stddev=0.0, seed=3, dtype="bfloat16"))())
    out(F(lambda: R.normal([16], mean=1e-7, stddev=0.0, seed=4, dtype="float16"))())
    out(F(lambda: R.normal([16], mean=1.2e-38, stddev=0.0, seed=5))())
""")

case("graph_normal_float16_default_params_negative_zero", """
    # The float16 kernel output holds a -0.0 (element 27 / 49); eager's "* 1 + 0" makes it +0.0,
    # the graph drops both ops and keeps -0.0.
    R.set_seed(1)
    out(R.normal([64], seed=1333226, dtype="float16"))
    out(F(lambda: R.normal([64], seed=1333226, dtype="float16"))())
    out(R.truncated_normal([64], seed=429473, dtype="float16"))
    out(F(lambda: R.truncated_normal([64], seed=429473, dtype="float16"))())
""")

case("graph_generator_float16_default_params_negative_zero", """
    # Element 3 of each kernel output is -0.0.
    g = R.Generator.from_state([9059065, 0, 12345], alg="philox")
    out(g.normal([4], dtype="float16"))
    g = R.Generator.from_state([9059065, 0, 12345], alg="philox")
    out(F(lambda: g.normal([4], dtype="float16"))())
    out(g.state)
    h = R.Generator.from_state([1885543424, 0, 12345], alg="philox")
    out(h.truncated_normal([4], dtype="float16"))
    h = R.Generator.from_state([1885543424, 0, 12345], alg="philox")
    out(F(lambda: h.truncated_normal([4], dtype="float16"))())
    out(h.state)
""")

for dt in HALF_AND_FLOATS:
    case(f"graph_generator_zero_mean_dropped_{dt}", f"""
        g = R.Generator.from_seed(7)
        out(F(lambda: g.normal([16], stddev=0.0, dtype="{dt}"))())
        out(F(lambda: g.truncated_normal([16], stddev=0.0, dtype="{dt}"))())
        out(F(lambda: g.normal([16], mean=2.5, stddev=0.0, dtype="{dt}"))())
        # Generator.uniform always computes rnd * (maxval - minval) + minval: with minval=0
        # (even the int default) the "+ 0" goes, and rnd * -0.0 stays -0.0.
        out(F(lambda: g.uniform([8], maxval=-0.0, dtype="{dt}"))())
        out(F(lambda: g.uniform([8], minval=0.0, maxval=-0.0, dtype="{dt}"))())
        out(F(lambda: g.uniform([8], minval=-0.0, maxval=-0.0, dtype="{dt}"))())
        out(g.state)
        out(g.normal([4], dtype="{dt}"))
    """)

case("graph_generator_uniform_bfloat16_zero_draw", """
    # Element 60 of the kernel output is 0: 0 * -1 = -0.0; eager adds 0.0, the graph does not.
    g = R.Generator.from_seed(66)
    out(g.uniform([64], maxval=-1.0, dtype="bfloat16"))
    g = R.Generator.from_seed(66)
    out(F(lambda: g.uniform([64], maxval=-1.0, dtype="bfloat16"))())
    g = R.Generator.from_seed(66)
    out(F(lambda: g.uniform([64], minval=0.0, maxval=-1.0, dtype="bfloat16"))())
""")

# ---- rule 2: "+ minval" dropped (tf.random.uniform with a float minval) ---------------------------
for dt in HALF_AND_FLOATS:
    case(f"graph_uniform_zero_minval_dropped_{dt}", f"""
        R.set_seed(1)
        # minval=0.0 (a float): rnd * (maxval - minval) + minval, the "+ 0.0" dropped.
        out(F(lambda: R.uniform([8], minval=0.0, maxval=-0.0, seed=1, dtype="{dt}"))())
        # minval=0 (the int): TF's wrapper only multiplies, eager and graph alike.
        out(F(lambda: R.uniform([8], minval=0, maxval=-0.0, seed=2, dtype="{dt}"))())
        # -0.0 - -0.0 = +0.0: rnd * 0 = +0.0, nothing to change.
        out(F(lambda: R.uniform([8], minval=-0.0, maxval=-0.0, seed=3, dtype="{dt}"))())
        out(F(lambda: R.uniform([8], minval=0.0, maxval=3.0, seed=4, dtype="{dt}"))())
        out(F(lambda: R.uniform([8], minval=-3.5, maxval=2.25, seed=5, dtype="{dt}"))())
        out(F(lambda: R.uniform([8], minval=1.0, maxval=2.0, seed=6, dtype="{dt}"))())
        out(F(lambda: R.uniform([8], minval=0, maxval=3, seed=7, dtype="{dt}"))())
    """)

case("graph_uniform_zero_draw_negative_span", """
    # Kernel outputs holding an exact 0 (bfloat16 seed 1: element 5; float16 seed 23: element 34).
    R.set_seed(1)
    out(R.uniform([64], minval=0.0, maxval=-1.0, seed=1, dtype="bfloat16"))
    out(F(lambda: R.uniform([64], minval=0.0, maxval=-1.0, seed=1, dtype="bfloat16"))())
    out(F(lambda: R.uniform([64], minval=0, maxval=-1.0, seed=1, dtype="bfloat16"))())
    out(R.uniform([64], minval=0.0, maxval=-2.0, seed=23, dtype="float16"))
    out(F(lambda: R.uniform([64], minval=0.0, maxval=-2.0, seed=23, dtype="float16"))())
""")

# ---- rule 3: stateless ops with constant seeds are folded (eager's bits) below 100 KiB ------------
for dt in HALF_AND_FLOATS:
    case(f"graph_stateless_folded_{dt}", f"""
        out(F(lambda: R.stateless_normal([16], seed=[1, 2], stddev=0.0, dtype="{dt}"))())
        out(F(lambda: R.stateless_truncated_normal([16], seed=[1, 2], stddev=0.0, dtype="{dt}"))())
        out(F(lambda: R.stateless_uniform([8], seed=[1, 2], minval=0.0, maxval=-0.0, dtype="{dt}"))())
        out(F(lambda: R.stateless_uniform([8], seed=[1, 2], minval=0, maxval=-0.0, dtype="{dt}"))())
        out(F(lambda: R.stateless_normal([8], seed=R.split([1, 2], 2)[1], stddev=0.0, dtype="{dt}"))())
        out(F(lambda: R.stateless_normal([8], seed=R.fold_in([1, 2], 3), stddev=0.0, dtype="{dt}"))())
    """)

case("graph_stateless_fold_size_limit_float32", """
    x = F(lambda: R.stateless_normal([25599], seed=[1, 2], stddev=0.0))()
    out(x[:16])
    x = F(lambda: R.stateless_normal([25600], seed=[1, 2], stddev=0.0))()
    out(x[:16])
    x = F(lambda: R.stateless_normal([160, 160], seed=[1, 2], stddev=0.0))()
    out(x[0, :16])
    x = F(lambda: R.stateless_truncated_normal([25601], seed=[3, 4], stddev=0.0))()
    out(x[:16])
    x = F(lambda: R.stateless_uniform([25599], seed=[5, 6], minval=0.0, maxval=-0.0))()
    out(x[:8])
    x = F(lambda: R.stateless_uniform([25600], seed=[5, 6], minval=0.0, maxval=-0.0))()
    out(x[:8])
""")

case("graph_stateless_fold_size_limit_other_dtypes", """
    x = F(lambda: R.stateless_normal([51199], seed=[1, 2], stddev=0.0, dtype="float16"))()
    out(x[:16])
    x = F(lambda: R.stateless_normal([51200], seed=[1, 2], stddev=0.0, dtype="float16"))()
    out(x[:16])
    x = F(lambda: R.stateless_normal([51200], seed=[1, 2], stddev=0.0, dtype="bfloat16"))()
    out(x[:16])
    x = F(lambda: R.stateless_normal([12799], seed=[1, 2], stddev=0.0, dtype="float64"))()
    out(x[:16])
    x = F(lambda: R.stateless_normal([12800], seed=[1, 2], stddev=0.0, dtype="float64"))()
    out(x[:16])
""")

# ---- Python values passed as tf.function arguments are constants too ------------------------------
case("graph_python_scalar_and_list_arguments_are_constants", """
    R.set_seed(1)
    out(F(lambda m, s: R.normal([16], mean=m, stddev=s, seed=1))(0.0, 0.0))
    out(F(lambda b: R.gamma([32], 2.0, beta=b, seed=2))(3.0))
    out(F(lambda lo, hi: R.uniform([8], minval=lo, maxval=hi, seed=3))(0.0, -0.0))
    # A list seed argument is a constant: the stateless op is folded (eager's +0.0).
    out(F(lambda s: R.stateless_normal([16], seed=s, stddev=0.0))([1, 2]))
    out(F(lambda s: R.stateless_gamma([32], seed=s, alpha=2.0, beta=3.0))((1, 2)))
""")

# ---- controls: no arithmetic, or none that grappler changes --------------------------------------
for dt in HALF_AND_FLOATS:
    case(f"graph_unchanged_arithmetic_{dt}", f"""
        R.set_seed(9)
        out(F(lambda: R.normal([32], mean=2.5, stddev=0.5, seed=1, dtype="{dt}"))())
        out(F(lambda: R.normal([32], mean=-1.0, stddev=3.0, seed=2, dtype="{dt}"))())
        out(F(lambda: R.truncated_normal([32], mean=2.0, stddev=1.0, seed=3, dtype="{dt}"))())
        out(F(lambda: R.normal([32], seed=4, dtype="{dt}"))())
        out(F(lambda: R.uniform([32], seed=5, dtype="{dt}"))())
        out(F(lambda: R.uniform([32], minval=0, maxval=2.5, seed=6, dtype="{dt}"))())
        out(F(lambda: R.uniform([32], minval=1e30, maxval=-1e30, seed=7, dtype="{dt}"))())
        out(F(lambda: R.normal([8], mean=float("nan"), stddev=0.0, seed=8, dtype="{dt}"))())
        out(F(lambda: R.normal([8], stddev=float("inf"), seed=9, dtype="{dt}"))())
    """)

case("graph_unchanged_integer_and_discrete_ops", """
    R.set_seed(3)
    out(F(lambda: R.uniform([16], minval=0, maxval=10, dtype="int32", seed=1))())
    out(F(lambda: R.uniform([16], minval=-5, maxval=5, dtype="int64", seed=2))())
    out(F(lambda: R.uniform([8], minval=0, maxval=1, dtype="int32", seed=3))())
    out(F(lambda: R.categorical([[0.0, 1.0, 2.0], [0.0, 0.0, 0.0]], 10, seed=4))())
    out(F(lambda: R.shuffle(np.arange(12, dtype=np.int32), seed=5))())
    out(F(lambda: R.shuffle(np.arange(5, dtype=np.float32).reshape(1, 5), seed=6))())
    out(F(lambda: R.poisson([8], [0.5, 3.0, 100.0], seed=7))())
    out(F(lambda: R.poisson([8], 0.0, dtype="int32", seed=8))())
    out(F(lambda: R.stateless_uniform([16], seed=[1, 2], minval=0, maxval=10, dtype="int32"))())
    out(F(lambda: R.stateless_uniform([4], seed=[1, 2], minval=None, maxval=None, dtype="uint64"))())
    out(F(lambda: R.stateless_categorical([[0.0, 1.0, 2.0]], 10, seed=[1, 2]))())
    out(F(lambda: R.stateless_poisson([8, 2], seed=[1, 2], lam=[0.5, 30.0]))())
    out(F(lambda: R.stateless_binomial([8, 2], seed=[1, 2], counts=[10.0, 100.0], probs=[0.3, 0.0]))())
    out(F(lambda: R.stateless_parameterized_truncated_normal([8], seed=[1, 2], means=0.0, stddevs=1.0, minvals=-0.5, maxvals=0.5))())
    out(F(lambda: R.stateless_parameterized_truncated_normal([3], seed=[1, 2], means=[0.0, 0.0, 0.0], stddevs=[0.5, 1.0, 2.0], minvals=-1.0, maxvals=1.0))())
    out(F(lambda: R.split([1, 2], 3))())
    out(F(lambda: R.fold_in([1, 2], 7))())
""")

case("graph_unchanged_generator_discrete", """
    g = R.Generator.from_seed(3)
    out(F(lambda: g.uniform([16], minval=0, maxval=10, dtype="int32"))())
    out(F(lambda: g.uniform_full_int([4]))())
    out(F(lambda: g.binomial([8], counts=10.0, probs=0.5))())
    out(F(lambda: g.binomial([8, 2], counts=[10.0, 0.0], probs=[0.5, 0.25]))())
    out(F(lambda: g.make_seeds(2))())
    out(g.state)
""")
