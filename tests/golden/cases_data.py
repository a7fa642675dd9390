"""Golden cases for ``tf.data``'s random parts (``rng.data``, issue 27): ``Dataset.shuffle``
(buffer, seeds, reshuffling, with repeat, shard, batch, take, skip, map),
``Dataset.random``, ``sample_from_datasets`` and ``choose_from_datasets``, and how they take
their seeds (an unseeded op takes an op seed of the global seed, like a ``tf.random`` op).

``D`` is ``tf.data`` / ``rng.data``; ``L(ds)`` one iteration's elements as one array.
Recorded with ``tf-oracle python tests/golden/record.py --cases tests/golden/cases_data.py``.
"""
# `case` is provided by record.py.

import textwrap

def namespace(tf: object) -> dict[str, object]:
    """The snippets' ``D``: TF's ``tf.data`` in the recorder (philoxd's ``rng.data`` in replay.run_case)."""
    return {"D": tf.data}  # type: ignore[attr-defined]


_L = "def L(ds):\n    return np.array(list(ds.as_numpy_iterator()))\n"


def data_case(name: str, code: str) -> None:
    case(name, _L + textwrap.dedent(code))  # noqa: F821 - record.py's


# ---- shuffle: seeds and iterations ---------------------------------------------------------
data_case("shuffle_reshuffles_each_iteration", """
    ds = D.Dataset.range(10).shuffle(4, seed=7)
    out(L(ds)); out(L(ds)); out(L(ds))
""")
data_case("shuffle_same_order_each_iteration", """
    ds = D.Dataset.range(10).shuffle(4, seed=7, reshuffle_each_iteration=False)
    out(L(ds)); out(L(ds))
""")
data_case("shuffle_buffer_sizes", """
    for size in (1, 2, 3, 9, 10, 11, 100):
        out(L(D.Dataset.range(10).shuffle(size, seed=5)))
""")
data_case("shuffle_buffer_of_unknown_cardinality_holds_everything", """
    out(L(D.Dataset.range(10).shuffle(-2, seed=7)))
    out(L(D.Dataset.range(10).repeat(2).shuffle(D.UNKNOWN_CARDINALITY, seed=7)))
""")
data_case("shuffle_long_stream", """
    out(L(D.Dataset.range(5000).shuffle(1000, seed=3)))
    out(L(D.Dataset.range(3000).shuffle(5000, seed=3)))
""")
data_case("shuffle_then_repeat", """
    out(L(D.Dataset.range(10).shuffle(4, seed=7).repeat(3)))
    out(L(D.Dataset.range(10).shuffle(4, seed=7, reshuffle_each_iteration=False).repeat(3)))
    out(L(D.Dataset.range(10).shuffle(100, seed=7).repeat(2)))
""")
data_case("repeat_then_shuffle", """
    out(L(D.Dataset.range(10).repeat(3).shuffle(4, seed=7)))
    out(L(D.Dataset.range(10).repeat(3).shuffle(100, seed=7)))
    out(L(D.Dataset.range(5).repeat().shuffle(3, seed=4).take(40)))
""")
data_case("shuffle_unseeded_takes_op_seeds_of_the_global_seed", """
    R.set_seed(42)
    a = D.Dataset.range(10).shuffle(4)
    out(R.uniform([2]))
    b = D.Dataset.range(10).shuffle(4)
    out(L(a)); out(L(b)); out(L(a))
    out(R.uniform([2]))
""")
data_case("shuffle_seeded_takes_no_op_seed", """
    R.set_seed(42)
    a = D.Dataset.range(10).shuffle(4, seed=1)
    out(R.uniform([2]))
    out(L(a))
""")
data_case("shuffle_op_seed_without_global_seed", """
    out(L(D.Dataset.range(10).shuffle(4, seed=3)))
    out(L(D.Dataset.range(10).shuffle(4, seed=0)))
""")
data_case("shuffle_global_seed_0_op_seed_0", """
    R.set_seed(0)
    out(L(D.Dataset.range(10).shuffle(4, seed=0)))
    out(L(D.Dataset.range(10).shuffle(4, seed=2**31 - 1)))
""")
data_case("shuffle_large_and_negative_seeds", """
    R.set_seed(2**40 + 3)
    out(L(D.Dataset.range(12).shuffle(5, seed=-7)))
    out(L(D.Dataset.range(12).shuffle(5, seed=2**33 + 1)))
    R.set_seed(-5)
    out(L(D.Dataset.range(12).shuffle(5)))
""")
data_case("shuffle_set_seed_again_restarts_op_seeds", """
    R.set_seed(11)
    out(L(D.Dataset.range(10).shuffle(10)))
    out(L(D.Dataset.range(10).shuffle(10)))
    R.set_seed(11)
    out(L(D.Dataset.range(10).shuffle(10)))
""")

# ---- shuffle in a pipeline ---------------------------------------------------------------
data_case("shuffle_then_shard", """
    for i in range(3):
        out(L(D.Dataset.range(20).shuffle(20, seed=1).shard(3, i)))
""")
data_case("shard_then_shuffle", """
    for i in range(3):
        out(L(D.Dataset.range(20).shard(3, i).shuffle(20, seed=1)))
""")
data_case("shuffle_batch_take_skip_map", """
    for x in D.Dataset.range(10).shuffle(5, seed=2).batch(3).as_numpy_iterator():
        out(x)
    out(L(D.Dataset.range(10).shuffle(5, seed=2).batch(3, drop_remainder=True)))
    out(L(D.Dataset.range(100).take(10).shuffle(5, seed=2)))
    out(L(D.Dataset.range(20).skip(10).shuffle(5, seed=2)))
    out(L(D.Dataset.range(100).shuffle(5, seed=2).take(10)))
    out(L(D.Dataset.range(10).map(lambda x: x * 2).shuffle(5, seed=2)))
    out(L(D.Dataset.range(3, 30, 4).shuffle(3, seed=2)))
""")
data_case("shuffle_tensor_slices", """
    for x in D.Dataset.from_tensor_slices(np.arange(12, dtype=np.float32).reshape(6, 2)).shuffle(3, seed=4).as_numpy_iterator():
        out(x)
    for a, b in D.Dataset.from_tensor_slices((np.arange(6), np.arange(6) * 10)).shuffle(3, seed=4).as_numpy_iterator():
        out(a); out(b)
    for x in D.Dataset.from_tensor_slices({"i": np.arange(5, dtype=np.int32)}).shuffle(5, seed=4).batch(2).as_numpy_iterator():
        out(x["i"])
""")
data_case("loader_epochs", """
    R.set_seed(1234)
    ds = D.Dataset.range(100).shuffle(100, seed=7).batch(8)
    for epoch in range(3):
        for x in ds.as_numpy_iterator():
            out(x)
""")

# ---- Dataset.random ------------------------------------------------------------------------
data_case("random_values", """
    r = D.Dataset.random(seed=5).take(6)
    out(L(r)); out(L(r))
    out(L(D.Dataset.random(seed=5).take(3).repeat(2)))
    out(L(D.Dataset.random(seed=2**40).take(1000)))
""")
data_case("random_rerandomize_each_iteration", """
    r = D.Dataset.random(seed=5, rerandomize_each_iteration=True).take(6)
    out(L(r)); out(L(r))
    out(L(D.Dataset.random(seed=5, rerandomize_each_iteration=True).take(3).repeat(3)))
""")
data_case("random_unseeded_takes_an_op_seed", """
    R.set_seed(3)
    r = D.Dataset.random().take(4)
    out(R.normal([2]))
    out(L(r))
""")

# ---- sample_from_datasets / choose_from_datasets --------------------------------------------
data_case("sample_from_datasets_uniform", """
    d = [D.Dataset.range(0, 5), D.Dataset.range(100, 110)]
    s = D.Dataset.sample_from_datasets(d, seed=9)
    out(L(s)); out(L(s))
    d3 = [D.Dataset.range(0, 50), D.Dataset.range(100, 150), D.Dataset.range(200, 250)]
    out(L(D.Dataset.sample_from_datasets(d3, seed=1)))
""")
data_case("sample_from_datasets_weights", """
    d = [D.Dataset.range(0, 5), D.Dataset.range(100, 110)]
    out(L(D.Dataset.sample_from_datasets(d, weights=[0.2, 0.8], seed=9)))
    out(L(D.Dataset.sample_from_datasets(d, weights=[0.2, 0.8], seed=9, stop_on_empty_dataset=True)))
    out(L(D.Dataset.sample_from_datasets(d, weights=np.array([0.7, 0.3]), seed=9)))
    d7 = [D.Dataset.range(100 * i, 100 * i + 40) for i in range(7)]
    w7 = [0.1, 1.3, 0.3, 0.7, 2.5, 0.05, 0.33]
    out(L(D.Dataset.sample_from_datasets(d7, weights=w7, seed=4)))
""")
data_case("sample_from_datasets_zero_weights_and_one_dataset", """
    d = [D.Dataset.range(0, 5), D.Dataset.range(100, 110), D.Dataset.range(200, 210)]
    out(L(D.Dataset.sample_from_datasets(d, weights=[0.0, 0.5, 0.5], seed=9)))
    out(L(D.Dataset.sample_from_datasets(d, weights=[0.0, 1.0, 0.0], seed=9)))
    out(L(D.Dataset.sample_from_datasets(d, weights=[0.0, 0.0, 0.0], seed=9)))
    out(L(D.Dataset.sample_from_datasets(d[:1], seed=9)))
""")
data_case("sample_from_datasets_rerandomize_and_unseeded", """
    d = [D.Dataset.range(0, 8), D.Dataset.range(100, 108)]
    s = D.Dataset.sample_from_datasets(d, seed=9, rerandomize_each_iteration=True)
    out(L(s)); out(L(s))
    R.set_seed(77)
    u = D.Dataset.sample_from_datasets(d)
    out(R.uniform([1]))
    out(L(u))
""")
data_case("sample_from_datasets_endless", """
    d = [D.Dataset.range(0, 3).repeat(), D.Dataset.range(100, 103).repeat()]
    out(L(D.Dataset.sample_from_datasets(d, weights=[0.25, 0.75], seed=2).take(3000)))
""")
data_case("choose_from_datasets", """
    d = [D.Dataset.range(0, 5), D.Dataset.range(100, 110)]
    out(L(D.Dataset.choose_from_datasets(d, D.Dataset.range(2).repeat(4))))
    out(L(D.Dataset.choose_from_datasets(d, D.Dataset.from_tensor_slices(np.array([0, 0, 0, 0, 0, 0, 1, 1], np.int64)))))
    out(L(D.Dataset.choose_from_datasets(d, D.Dataset.from_tensor_slices(np.array([0, 0, 0, 0, 0, 0, 1, 1], np.int64)), stop_on_empty_dataset=False)))
    choice = D.Dataset.random(seed=3).map(lambda x: x % 2).take(12)
    out(L(D.Dataset.choose_from_datasets(d, choice, stop_on_empty_dataset=False)))
""")

# ---- errors ------------------------------------------------------------------------------------
data_case("data_errors", """
    err(lambda: D.Dataset.range(3).shuffle(0, seed=1))
    err(lambda: D.Dataset.range(3).shuffle(-1, seed=1))
    err(lambda: D.Dataset.range(3).shuffle(-3, seed=1))
    err(lambda: D.Dataset.range(3).batch(0))
    err(lambda: D.Dataset.range(3).shard(0, 0))
    err(lambda: D.Dataset.range(3).shard(2, 2))
    err(lambda: D.Dataset.range(3).shard(2, -1))
    err(lambda: D.Dataset.range(0, 10, 0))
    err(lambda: D.Dataset.sample_from_datasets([]))
    err(lambda: D.Dataset.sample_from_datasets([D.Dataset.range(2), D.Dataset.range(2)], weights=[1.0]))
    err(lambda: D.Dataset.sample_from_datasets([D.Dataset.range(2), D.Dataset.range(2)], weights=[1, 2]))
    err(lambda: D.Dataset.choose_from_datasets([], D.Dataset.range(2)))
    err(lambda: list(D.Dataset.choose_from_datasets([D.Dataset.range(2)], D.Dataset.range(2, 3)).as_numpy_iterator()))
""")
data_case("failed_shuffle_took_its_op_seed", """
    R.set_seed(5)
    err(lambda: D.Dataset.range(3).shuffle(0))
    out(R.uniform([2]))
""")

# ---- when iterators take their seeds --------------------------------------------------------
# TF's iterator takes its seeds when it is made (Initialize); a shuffle makes its input's iterator
# at its first element; a repeat its first repetition's at once.
data_case("iterators_take_their_seeds_when_made", """
    ds = D.Dataset.range(10).shuffle(4, seed=7)
    it1 = ds.as_numpy_iterator(); it2 = ds.as_numpy_iterator()
    out(np.array(list(it2))); out(np.array(list(it1)))
    inner = D.Dataset.range(10).shuffle(3, seed=1)
    outer = inner.shuffle(5, seed=2)
    a = outer.as_numpy_iterator(); b = inner.as_numpy_iterator()
    out(np.array(list(b))); out(np.array(list(a)))
    r = D.Dataset.random(seed=1, rerandomize_each_iteration=True).take(3)
    r1 = r.as_numpy_iterator(); r2 = r.as_numpy_iterator()
    out(np.array(list(r2))); out(np.array(list(r1)))
    rep = D.Dataset.range(3).shuffle(3, seed=5).repeat(2)
    x1 = rep.as_numpy_iterator(); x2 = rep.as_numpy_iterator()
    out(np.array(list(x2))); out(np.array(list(x1)))
""")
data_case("data_argument_types", """
    err(lambda: D.Dataset.range(3).shuffle(1.5, seed=1))
    err(lambda: D.Dataset.range(3).batch(2.0))
    err(lambda: D.Dataset.range(3).take("2"))
    out(L(D.Dataset.range(np.int32(5)).shuffle(np.int64(3), seed=np.int64(2)).batch(np.int32(2), drop_remainder=True)))
""")
data_case("sample_from_datasets_many_weights", """
    d = [D.Dataset.range(1000 * i, 1000 * i + 30) for i in range(11)]
    w = [0.1, 1.3, 0.3, 0.7, 2.5, 0.05, 0.33, 0.9, 1.3, 0.2, 1.7]
    out(L(D.Dataset.sample_from_datasets(d, weights=w, seed=6)))
    d20 = [D.Dataset.range(100 * i, 100 * i + 10).repeat() for i in range(20)]
    out(L(D.Dataset.sample_from_datasets(d20, weights=np.linspace(0.05, 1.0, 20, dtype=np.float32), seed=8).take(2000)))
""")
