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
