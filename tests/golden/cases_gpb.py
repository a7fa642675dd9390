# Golden cases for gamma / poisson / binomial (issue 6).  Loaded by record.py --cases;
# `case` and `FLOATS` are injected by the loader.
# ruff: noqa: F821

# ---- stateful gamma --------------------------------------------------------------------
case("gamma_basic", """
    R.set_seed(3)
    out(R.gamma([4], alpha=[0.5, 2.0], seed=1))
    out(R.gamma([4], alpha=[0.5, 2.0], seed=1))
""")
for dt in FLOATS:
    case(f"gamma_{dt}", f"""
        R.set_seed(1234)
        out(R.gamma([5], alpha=[[0.25, 1.0, 3.5], [0.999, 10.0, 123.0]], seed=7, dtype="{dt}"))
        out(R.gamma([3, 2], alpha=1.5, beta=[2.0, 0.5], seed=8, dtype="{dt}"))
        out(R.gamma([], alpha=[0.1, 5.0], seed=9, dtype="{dt}"))
        out(R.gamma([7], alpha=[0.0, 1e-3, 1.0], seed=7, dtype="{dt}"))
    """)
case("gamma_counter_advance_shared_kernel", """
    R.set_seed(5)
    out(R.gamma([1], alpha=[2.0], seed=1))
    out(R.gamma([3], alpha=[2.0, 3.0], seed=1))
    out(R.gamma([0], alpha=[2.0], seed=1))
    out(R.gamma([2], alpha=0.5, seed=1))
""")
case("gamma_op_seed_only", """
    out(R.gamma([3], alpha=[0.7, 4.0], seed=11))
    out(R.gamma([3], alpha=[0.7, 4.0], seed=11))
""")
case("gamma_edge_alphas", """
    R.set_seed(2)
    out(R.gamma([4], alpha=[np.inf, np.nan, -0.5, -1.0, 1e-30, 1e30], seed=3))
    out(R.gamma([4], alpha=[np.inf, np.nan, -0.5, 0.0], seed=3, dtype="float64"))
""")
case("gamma_large", """
    R.set_seed(6)
    out(R.gamma([1500], alpha=[0.3, 1.0, 2.5], seed=2))
""")

# ---- stateless gamma -------------------------------------------------------------------
for dt in FLOATS:
    case(f"stateless_gamma_{dt}", f"""
        out(R.stateless_gamma([5, 3], seed=[1, 2], alpha=[0.5, 1.0, 7.5], dtype="{dt}"))
        out(R.stateless_gamma([2, 3], seed=[-7, 2**40], alpha=[[0.2], [3.0]], beta=[1.0, 2.0, 4.0], dtype="{dt}"))
        out(R.stateless_gamma([7], seed=[3, 4], alpha=0.0, dtype="{dt}"))
    """)
case("stateless_gamma_large", """
    out(R.stateless_gamma([700, 3], seed=[5, 6], alpha=[0.3, 1.0, 2.5]))
""")
case("stateless_gamma_edges", """
    out(R.stateless_gamma([3, 5], seed=[1, 1], alpha=[np.inf, np.nan, -0.5, -1.0, 1e-30]))
""")

# ---- stateful poisson ------------------------------------------------------------------
case("poisson_basic", """
    R.set_seed(3)
    out(R.poisson([4], lam=[0.5, 15.0], seed=1))
    out(R.poisson([4], lam=[0.5, 15.0], seed=1))
""")
for dt in ["float16", "float32", "float64", "int32", "int64"]:
    case(f"poisson_{dt}", f"""
        R.set_seed(99)
        out(R.poisson([5], lam=[[0.0, 1.0, 9.99], [10.0, 33.3, 1000.0]], seed=2, dtype="{dt}"))
        out(R.poisson([3, 2], lam=np.array([4, 40], dtype=np.int32), seed=3, dtype="{dt}"))
        out(R.poisson([], lam=[2.5, 250.0], seed=4, dtype="{dt}"))
        out(R.poisson([4], lam=[-1.0, np.inf, -np.inf], seed=5, dtype="{dt}"))
    """)
case("poisson_rate_dtypes", """
    R.set_seed(7)
    out(R.poisson([4], lam=np.array([3.0, 30.0], dtype=np.float16), seed=1))
    out(R.poisson([4], lam=np.array([3.0, 30.0], dtype=np.float64), seed=1, dtype="int64"))
    out(R.poisson([4], lam=np.array([3, 30], dtype=np.int64), seed=1, dtype="float64"))
""")
case("poisson_large_rates", """
    R.set_seed(8)
    out(R.poisson([6], lam=[1e6, 1e9, 65000.0], seed=1, dtype="int64"))
    out(R.poisson([6], lam=[60000.0], seed=1, dtype="float16"))
""")
case("poisson_large", """
    R.set_seed(8)
    out(R.poisson([1500], lam=[0.5, 12.0, 200.0], seed=2, dtype="int32"))
""")

# ---- stateless poisson -----------------------------------------------------------------
for dt in ["float16", "float32", "float64", "int32", "int64"]:
    case(f"stateless_poisson_{dt}", f"""
        out(R.stateless_poisson([5, 3], seed=[1, 2], lam=[0.5, 9.9, 123.0], dtype="{dt}"))
        out(R.stateless_poisson([4], seed=[3, -4], lam=7.0, dtype="{dt}"))
        out(R.stateless_poisson([2, 4], seed=[5, 6], lam=[-2.0, 0.0, np.inf, 10.0], dtype="{dt}"))
    """)
case("stateless_poisson_int_rates", """
    out(R.stateless_poisson([3, 2], seed=[1, 2], lam=np.array([3, 300], dtype=np.int32)))
    out(R.stateless_poisson([3, 2], seed=[1, 2], lam=np.array([3, 300], dtype=np.int64), dtype="float32"))
""")
case("stateless_poisson_large", """
    out(R.stateless_poisson([2000], seed=[9, 9], lam=15.5))
""")

# ---- stateless binomial ----------------------------------------------------------------
for dt in ["float16", "float32", "float64", "int32", "int64"]:
    case(f"stateless_binomial_{dt}", f"""
        out(R.stateless_binomial([5, 4], seed=[1, 2], counts=[1.0, 10.0, 100.0, 1e4], probs=[0.3, 0.05, 0.5, 0.9], output_dtype="{dt}"))
        out(R.stateless_binomial([3, 2, 3], seed=[3, 4], counts=[[5.0], [50.0]], probs=[0.0, 0.7, 1.0], output_dtype="{dt}"))
        out(R.stateless_binomial([6], seed=[5, 6], counts=20.0, probs=0.999, output_dtype="{dt}"))
    """)
case("stateless_binomial_param_dtypes", """
    out(R.stateless_binomial([4, 2], seed=[1, 2], counts=np.array([10.0, 80.0], np.float16), probs=np.array([0.25, 0.6], np.float16)))
    out(R.stateless_binomial([4, 2], seed=[1, 2], counts=np.array([10.0, 80.0]), probs=np.array([0.25, 0.6])))
""")
case("stateless_binomial_edges", """
    out(R.stateless_binomial([3, 5], seed=[7, 8], counts=[0.0, -3.0, 7.0, 0.5, 4.0], probs=[0.5, 0.5, -0.1, 0.5, 1.5], output_dtype="float32"))
    out(R.stateless_binomial([2, 2], seed=[7, 8], counts=[4.0, 9.0], probs=[np.nan, 0.5], output_dtype="float64"))
""")
case("stateless_binomial_large", """
    out(R.stateless_binomial([1000, 3], seed=[1, 1], counts=[5.0, 50.0, 500.0], probs=[0.3, 0.4, 0.95]))
""")

# ---- Generator.binomial ----------------------------------------------------------------
case("generator_binomial", """
    g = R.Generator.from_seed(1)
    out(g.binomial([5], counts=10.0, probs=0.3))
    out(g.state)
    out(g.binomial([5, 2], counts=[10.0, 200.0], probs=0.3))
    out(g.state)
    out(g.binomial([3], counts=np.float64(40.0), probs=np.float64(0.75), dtype="int64"))
    out(g.state)
    out(g.binomial([2, 3], counts=np.float16(12.0), probs=np.array([0.1, 0.5, 0.9], np.float16), dtype="float32"))
    out(g.state)
""")
case("generator_binomial_state_advance", """
    g = R.Generator.from_seed(4)
    for shape in ([1], [3], [4], [5], [100], [2, 3]):
        g.binomial(shape, counts=5.0, probs=0.5)
        out(g.state)
    g.binomial([], counts=5.0, probs=0.5)
    out(g.state)
    g.binomial([0], counts=5.0, probs=0.5)
    out(g.state)
""")
case("generator_binomial_then_uniform", """
    g = R.Generator.from_seed(2)
    out(g.binomial([3], counts=100.0, probs=0.5))
    out(g.uniform([3]))
    out(g.state)
""")

# ---- errors ----------------------------------------------------------------------------
case("error_gpb_shapes", """
    err(lambda: R.stateless_poisson([5], seed=[1, 2], lam=[1.0, 2.0]))
    err(lambda: R.stateless_binomial([5], seed=[1, 2], counts=[10.0], probs=[0.5]))
    err(lambda: R.stateless_binomial([3, 2], seed=[1, 2], counts=[1.0, 2.0, 3.0], probs=[0.5, 0.5]))
    g = R.Generator.from_seed(1)
    err(lambda: g.binomial([5], counts=[10.0], probs=[0.3]))
""")
case("error_gpb_dtypes", """
    err(lambda: R.gamma([2], alpha=1.0, dtype="int32", seed=1))
    err(lambda: R.stateless_gamma([2], seed=[1, 2], alpha=1.0, dtype="int32"))
    g = R.Generator.from_seed(1)
    err(lambda: g.binomial([5], counts=10, probs=0.3))
    out(g.state)
""")
