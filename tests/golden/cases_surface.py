"""Golden cases for corners of the tf.random surface that random programs found (issue 15): a
failed stateful op has drawn its op seed, an empty integer draw is empty whatever its range.

Recorded with ``tf-oracle python tests/golden/record.py --cases tests/golden/cases_surface.py``.
"""
# `case` is provided by record.py.

# A failed unseeded op has consumed its op seed (TF draws it in the Python wrapper, before the kernel fails).
case("failed_unseeded_op_consumes_an_op_seed", """
    R.set_seed(0)
    err(lambda: R.normal([-1]))
    out(R.normal([1]))
    err(lambda: R.uniform([2, -3]))
    out(R.uniform([1]))
    err(lambda: R.truncated_normal([-2]))
    out(R.truncated_normal([1]))
""")

case("integer_uniform_empty_shape_minval_not_below_maxval", """
    out(R.uniform([0], minval=-3, maxval=-5, dtype="int32", seed=1))
    out(R.uniform([2, 0], minval=3, maxval=3, dtype="int64", seed=2))
    out(R.stateless_uniform([0], seed=[1, 2], minval=-3, maxval=-5, dtype="int32"))
    g = R.Generator.from_seed(7)
    out(g.uniform([0], minval=-3, maxval=-5, dtype="int64"))
    out(g.uniform([1]))
""")

# More failed ops that drew their op seed: categorical's kernel checks, shuffle's conversion.
case("failed_categorical_and_shuffle_consume_an_op_seed", """
    R.set_seed(0)
    err(lambda: R.categorical([1.0, 2.0], 3))
    out(R.normal([1]))
    R.set_seed(0)
    err(lambda: R.categorical([[1.0, 2.0]], -1))
    out(R.normal([1]))
    R.set_seed(0)
    err(lambda: R.shuffle(None))
    out(R.normal([1]))
    R.set_seed(0)
    err(lambda: R.categorical([[1.0, 2.0]], 2, dtype="float32"))
    out(R.normal([1]))
""")

# A Generator skips reduce_prod(shape) * 256 (uint64) before its kernel fails.
case("failed_generator_draw_moves_the_state", """
    g = R.Generator.from_seed(86)
    err(lambda: g.truncated_normal([-1]))
    out(g.state)
    out(g.uniform([1]))
    err(lambda: g.normal([-2, -3]))
    out(g.state)
    err(lambda: g.normal([2, 3], mean=[1., 2.]))
    out(g.state)
    out(g.normal([2]))
""")

# Tensor parameters broadcast with the kernel's output (TF's wrapper arithmetic).
case("tensor_parameters_broadcast", """
    R.set_seed(0)
    out(R.normal([2, 3], mean=[0., 10., 20.], seed=1))
    out(R.normal([2, 3], stddev=[[1.], [100.]], seed=2, dtype="float64"))
    out(R.truncated_normal([3], mean=[1., 2., 3.], stddev=[0.5, 1., 2.], seed=3, dtype="float16"))
    out(R.uniform([2, 2], minval=[0., 10.], maxval=[1., 20.], seed=4))
    out(R.uniform([2], maxval=[[1.], [5.], [9.]], seed=5, dtype="bfloat16"))
    err(lambda: R.normal([2, 3], mean=[0., 10.], seed=1))
    out(R.normal([2, 3], mean=[0., 10., 20.], seed=1))
    err(lambda: R.uniform([2], minval=[0, 1], maxval=3, dtype="int32", seed=6))
    out(R.stateless_normal([2, 2], seed=[1, 2], mean=[5., 6.]))
    out(R.stateless_uniform([3], seed=[3, 4], minval=[-1., 0., 1.], maxval=2., dtype="float64"))
    out(R.stateless_truncated_normal([1, 2], seed=[5, 6], stddev=[[1.], [3.]]))
    err(lambda: R.stateless_uniform([2], seed=[1, 2], minval=[0, 1], maxval=3, dtype="int32"))
    g = R.Generator.from_seed(7)
    out(g.uniform([2], minval=[[0.], [1.]], maxval=3.))
    out(g.normal([3], mean=[1., 2., 3.], dtype="float16"))
    out(g.truncated_normal([2], stddev=[2., 4.]))
    out(g.state)
""")

# Numpy parameters take the dtype hint (stateless_binomial's probs: float32, counts: probs').
case("stateless_binomial_numpy_params_take_the_hint", """
    S = [1, 2]
    out(R.stateless_binomial([4], seed=S, counts=np.float16([3, 4, 5, 6]), probs=np.float32([0.5, 0.2, 0.7, 0.1])))
    out(R.stateless_binomial([4], seed=S, counts=np.float64([3001.] * 4), probs=np.float16([0.5] * 4)))
    out(R.stateless_binomial([4], seed=S, counts=np.int32([10, 20, 30, 40]), probs=np.float64([0.25] * 4)))
    out(R.stateless_binomial([4], seed=S, counts=[3, 4, 5, 6], probs=np.float16([0.5] * 4)))
""")

# Seeds as TF converts them.
case("stateless_seed_conversions", """
    out(R.stateless_uniform([2], seed=np.float32([1.7, 2.2])))
    out(R.stateless_uniform([2], seed=np.float64([-1.7, 2.2])))
    out(R.stateless_uniform([2], seed=np.uint32([1, 2])))
    out(R.stateless_uniform([2], seed=np.uint64([2**64 - 1, 2])))
    err(lambda: R.stateless_uniform([2], seed=[1.0, 2.0]))
    out(R.stateless_uniform([2], seed=[1, 2, 3], alg="philox"))
    out(R.stateless_uniform([2], seed=np.float32([-1.0, 2.2]), alg="philox"))
    err(lambda: R.stateless_uniform([2], seed=1, alg="philox"))
    err(lambda: R.stateless_uniform([2], seed=[1, 2, 3]))
    out(R.stateless_normal([2], seed=np.float32([1, 2])))
    out(R.stateless_categorical([[1.0, 2.0]], 3, seed=np.float32([1, 2])))
    out(R.stateless_gamma([2], seed=np.uint32([1, 2]), alpha=1.0))
    out(R.stateless_poisson([2], seed=np.float32([1, 2]), lam=1.0))
    err(lambda: R.experimental.stateless_split(np.uint32([1, 2])))
    err(lambda: R.experimental.stateless_split(np.float32([1, 2])))
    out(R.experimental.stateless_fold_in(np.uint32([1, 2]), 3))
    out(R.experimental.stateless_split([1, 2, 3], alg="philox"))
""")

# Error classes: TF's builtin TypeError / ValueError, and its kernels' InvalidArgumentError.
case("error_classes_as_tf", """
    err(lambda: R.normal([2], dtype="int32"))
    err(lambda: R.uniform([2], dtype="int32"))
    err(lambda: R.uniform([2], dtype="uint8"))
    err(lambda: R.Generator.from_seed(3, alg="threefry").binomial([2], counts=[1.0, 2.0], probs=[0.5, 0.5]))
    g = R.Generator.from_seed(5)
    err(lambda: g.binomial([2], counts=np.float16([10, 20]), probs=np.float32([0.5, 0.5])))
    err(lambda: F(lambda: g.binomial([2], counts=np.float16([10, 20]), probs=np.float32([0.5, 0.5])))())
    out(g.state)
""")
