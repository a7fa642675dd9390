"""Golden cases for tf.random inside tf.function that philoxd's client does not take yet:
array mean/stddev/minval/maxval for normal/truncated_normal/uniform, and parameters that are
not graph constants (numpy values passed as tf.function arguments, seeds made inside the function).

Rules (TF 2.21 CPU, grappler constant_folding; see cases_graph.py for the scalar forms):

* ``x + c`` is dropped when ``c`` is an all-zero constant (any mix of +0.0/-0.0) and ``x``'s
  shape or ``c``'s shape equals the output shape (``x`` is forwarded or broadcast to it);
  when neither operand has the output's shape the add is kept. Here ``x = rnd * stddev``
  (shape broadcast(shape, stddev.shape)) or ``rnd * (maxval - minval)``.
* A parameter passed to the tf.function as a numpy scalar/array is a placeholder: nothing is
  folded or rewritten around it (eager's arithmetic). Python scalars, lists and tuples passed as
  arguments, and numpy values used inside the function body, are constants.
* A stateless op is folded only if all its inputs are constants: a numpy-array seed argument or
  a seed from Generator.make_seeds() inside the function is not, so its "+ 0" is dropped.

Recorded with ``tf-oracle python tests/golden/record.py --cases tests/golden/cases_graph_arrays.py``.
"""
# `case` and `FLOATS` are provided by record.py.
# ruff: noqa: F821

HALF_AND_FLOATS = ["float16", "bfloat16", "float32", "float64"]

for dt in HALF_AND_FLOATS:
    case(f"graph_arrays_normal_zero_mean_{dt}", f"""
        R.set_seed(1)
        out(R.normal([16, 3], mean=[0.0, 0.0, 0.0], stddev=0.0, seed=1, dtype="{dt}"))
        out(F(lambda: R.normal([16, 3], mean=[0.0, 0.0, 0.0], stddev=0.0, seed=1, dtype="{dt}"))())
        out(F(lambda: R.normal([16, 3], mean=[0.0, -0.0, 0.0], stddev=0.0, seed=2, dtype="{dt}"))())
        out(F(lambda: R.normal([16, 3], mean=[0.0, 1.0, 2.0], stddev=0.0, seed=3, dtype="{dt}"))())
        out(F(lambda: R.normal([16, 3], stddev=[0.0, 0.0, 0.0], seed=4, dtype="{dt}"))())
        out(F(lambda: R.normal([16, 3], stddev=[0.0, 1.0, -1.0], seed=5, dtype="{dt}"))())
        out(F(lambda: R.normal([16], mean=[0.0], stddev=0.0, seed=6, dtype="{dt}"))())
    """)
    case(f"graph_arrays_truncated_normal_zero_mean_{dt}", f"""
        R.set_seed(1)
        out(F(lambda: R.truncated_normal([16, 3], mean=[0.0, 0.0, 0.0], stddev=0.0, seed=1, dtype="{dt}"))())
        out(F(lambda: R.truncated_normal([16, 3], mean=[0.0, 1.0, 0.0], stddev=0.0, seed=2, dtype="{dt}"))())
        out(F(lambda: R.truncated_normal([16, 3], stddev=[0.0, -0.0, 2.0], seed=3, dtype="{dt}"))())
    """)

case("graph_arrays_normal_broadcast_shapes", """
    # Dropped when rnd * stddev or mean has the output's shape; kept when neither has.
    R.set_seed(2)
    out(F(lambda: R.normal([3], mean=[[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]], stddev=0.0, seed=1))())  # mean is [2, 3]: dropped
    out(F(lambda: R.normal([3], mean=[[0.0], [0.0]], stddev=0.0, seed=2))())  # [3] + [2, 1] -> [2, 3]: kept
    out(F(lambda: R.normal([1, 3], mean=[[0.0], [0.0]], stddev=0.0, seed=3))())  # [1, 3] + [2, 1]: kept
    out(F(lambda: R.normal([2, 1], mean=[0.0, 0.0, 0.0], stddev=0.0, seed=4))())  # [2, 1] + [3]: kept
    out(F(lambda: R.normal([3], mean=[[0.0, 0.0, 0.0]], stddev=0.0, seed=5))())  # mean is [1, 3] = output: dropped
    out(F(lambda: R.normal([4], mean=[[0.0]], stddev=0.0, seed=6))())  # [4] + [1, 1] -> [1, 4]: kept
    out(F(lambda: R.normal([2, 3], mean=[[0.0], [0.0]], stddev=[0.0, 2.0, 0.0], seed=7))())  # x is [2, 3]: dropped
    out(F(lambda: R.normal([3], mean=0.0, stddev=[[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]], seed=8))())  # x is [2, 3]: dropped
    out(F(lambda: R.truncated_normal([3], mean=[[0.0], [0.0]], stddev=0.0, seed=9))())  # kept
""")

for dt in HALF_AND_FLOATS:
    case(f"graph_arrays_uniform_zero_minval_{dt}", f"""
        R.set_seed(1)
        out(F(lambda: R.uniform([8, 3], minval=[0.0, 0.0, 0.0], maxval=[-0.0, 1.0, -1.0], seed=1, dtype="{dt}"))())
        out(F(lambda: R.uniform([8, 3], minval=[0.0, 0.0, 0.0], maxval=-0.0, seed=2, dtype="{dt}"))())
        out(F(lambda: R.uniform([8, 3], minval=0.0, maxval=[-0.0, -0.0, -0.0], seed=3, dtype="{dt}"))())
        out(F(lambda: R.uniform([8, 3], minval=[0, 0, 0], maxval=-0.0, seed=4, dtype="{dt}"))())
        out(F(lambda: R.uniform([8, 3], minval=[0.0, 1.0, 0.0], maxval=-0.0, seed=5, dtype="{dt}"))())
        # minval=0 (the Python int): only rnd * maxval, eager and graph alike.
        out(F(lambda: R.uniform([8, 3], minval=0, maxval=[-0.0, 2.0, 0.5], seed=6, dtype="{dt}"))())
        out(F(lambda: R.uniform([8, 3], minval=[0.0, 0.0, 0.0], maxval=[2.0, 3.0, 4.0], seed=7, dtype="{dt}"))())
    """)

case("graph_arrays_uniform_zero_draw_negative_span", """
    # Element 5 of the bfloat16 kernel output (set_seed(1), seed=1) is an exact 0.
    R.set_seed(1)
    out(R.uniform([64], minval=[0.0], maxval=[-1.0], seed=1, dtype="bfloat16"))
    out(F(lambda: R.uniform([64], minval=[0.0], maxval=[-1.0], seed=1, dtype="bfloat16"))())
    # x = rnd * (maxval - minval) is [1, 64], the output's shape: dropped.
    out(F(lambda: R.uniform([64], minval=[[0.0]], maxval=-1.0, seed=1, dtype="bfloat16"))())
    # x = rnd * stddev is [64], mean [1, 1], output [1, 64]: kept (eager's +0.0).
    out(F(lambda: R.normal([64], mean=[[0.0]], stddev=0.0, seed=1, dtype="bfloat16"))())
""")

case("graph_arrays_generator", """
    g = R.Generator.from_seed(7)
    out(F(lambda: g.normal([16, 3], mean=[0.0, 0.0, 0.0], stddev=0.0))())
    out(F(lambda: g.truncated_normal([16, 3], stddev=[0.0, 0.0, 0.0]))())
    out(F(lambda: g.uniform([8, 3], minval=[0.0, 0.0, 0.0], maxval=[-0.0, 1.0, -0.0]))())
    out(F(lambda: g.uniform([8, 3], maxval=[-0.0, 1.0, -0.0]))())
    out(F(lambda: g.normal([16, 3], mean=[0.0, 1.0, 0.0], stddev=0.0, dtype="float64"))())
    out(g.state)
""")

case("graph_arrays_stateless", """
    # Constant seeds: folded below 100 KiB (eager's +0.0), not from 102400 bytes on.
    out(F(lambda: R.stateless_normal([16, 3], seed=[1, 2], mean=[0.0, 0.0, 0.0], stddev=0.0))())
    out(F(lambda: R.stateless_uniform([8, 3], seed=[1, 2], minval=[0.0, 0.0, 0.0], maxval=-0.0))())
    x = F(lambda: R.stateless_normal([8533, 3], seed=[1, 2], mean=[0.0, 0.0, 0.0], stddev=0.0))()
    out(x[:4])
    x = F(lambda: R.stateless_normal([8534, 3], seed=[1, 2], mean=[0.0, 0.0, 0.0], stddev=0.0))()
    out(x[:4])
""")

# ---- parameters that are not graph constants ------------------------------------------------------
case("graph_numpy_arguments_are_placeholders", """
    R.set_seed(1)
    # Same bits as eager: no "+ 0" dropped, no reciprocal.
    out(F(lambda m, s: R.normal([16], mean=m, stddev=s, seed=1))(np.float32(0.0), np.float32(0.0)))
    out(F(lambda m: R.normal([16, 3], mean=m, stddev=0.0, seed=2))(np.zeros(3, np.float32)))
    out(F(lambda b: R.gamma([32], 2.0, beta=b, seed=3))(np.float32(3.0)))
    out(F(lambda b: R.gamma([16], [1.0, 2.0], beta=b, seed=4))(np.array([3.0, 7.0], np.float32)))
    out(F(lambda lo, hi: R.uniform([8], minval=lo, maxval=hi, seed=5))(np.float32(0.0), np.float32(-0.0)))
    # The function's own constants still count: mean=0.0 (a constant) with a placeholder stddev
    # is dropped, so rnd * s = -0.0 stays -0.0.
    out(F(lambda s: R.normal([16], stddev=s, seed=6))(np.float32(0.0)))
""")

case("graph_numpy_values_in_the_body_are_constants", """
    R.set_seed(1)
    b = np.float32(3.0)
    out(F(lambda: R.gamma([32], 2.0, beta=b, seed=1))())
    out(F(lambda: R.gamma([32], 2.0, beta=np.array([3.0], np.float32), seed=2))())
    z = np.zeros(3, np.float32)
    out(F(lambda: R.normal([16, 3], mean=z, stddev=0.0, seed=3))())
""")

case("graph_stateless_nonconstant_seed_not_folded", """
    # A numpy-array seed argument is a placeholder: the stateless op is not folded, "+ 0" dropped.
    out(F(lambda s: R.stateless_normal([16], seed=s, stddev=0.0))(np.array([1, 2], np.int32)))
    out(F(lambda s: R.stateless_gamma([32], seed=s, alpha=2.0, beta=3.0))(np.array([1, 2], np.int64)))
    # A seed made by a Generator in the same function is not a constant either.
    g = R.Generator.from_seed(5)
    out(F(lambda: R.stateless_normal([16], seed=g.make_seeds()[:, 0], stddev=0.0))())
    out(g.state)
""")
