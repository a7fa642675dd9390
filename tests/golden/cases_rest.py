"""Golden cases for the rest of tf.random (issue 6): stateless categorical/shuffle, index_shuffle,
parameterized truncated normal, create_rng_state, bfloat16, candidate samplers.

Recorded with ``tf-oracle python tests/golden/record.py --cases tests/golden/cases_rest.py``.
"""
# `case` and `FLOATS` are provided by record.py.

# ---- stateless_categorical ----------------------------------------------------------------
case("stateless_categorical", """
    out(R.stateless_categorical([[0.0, 1.0, 2.0], [-1.0, 0.0, 1.0]], 9, seed=[7, 17]))
    out(R.stateless_categorical([[0.0, 1.0, 2.0]], 5, seed=[7, 17], dtype="int32"))
    out(R.stateless_categorical(np.log(np.array([[0.1, 0.2, 0.7]])), 12, seed=np.array([1, 2], np.int64)))
    out(R.stateless_categorical([[0.0, -np.inf, 0.0]], 6, seed=[3, 4]))
    out(R.stateless_categorical(np.array([[0.0, 1.0]], np.float16), 4, seed=[3, 4]))
    out(R.stateless_categorical([[0.0, 1.0]], 0, seed=[3, 4]))
    err(lambda: R.stateless_categorical([[0.0, 1.0]], 3, seed=[3, 4], dtype="float32"))
    err(lambda: R.stateless_categorical([0.0, 1.0], 3, seed=[3, 4]))
    err(lambda: R.stateless_categorical([[0.0, 1.0]], 3, seed=[3, 4, 5]))
""")

# ---- experimental.stateless_shuffle ---------------------------------------------------------
case("stateless_shuffle", """
    out(R.experimental.stateless_shuffle(np.arange(10, dtype=np.int32), seed=[8, 9]))
    out(R.experimental.stateless_shuffle(np.arange(12, dtype=np.float32).reshape(4, 3), seed=[8, 9]))
    out(R.experimental.stateless_shuffle(np.arange(1000, dtype=np.int64), seed=np.array([1, 2], np.int64)))
    out(R.experimental.stateless_shuffle(np.array([5], np.int32), seed=[1, 2]))
    out(R.experimental.stateless_shuffle(np.linspace(0.0, 1.0, 7), seed=[-1, 2**31 - 1]))
""")

# ---- experimental.index_shuffle ---------------------------------------------------------------
case("index_shuffle", """
    out(R.experimental.index_shuffle(np.arange(10, dtype=np.int32), seed=[5, 9], max_index=9))
    out(R.experimental.index_shuffle(np.arange(10, dtype=np.int64), seed=[5, 8], max_index=np.int64(9)))
    out(R.experimental.index_shuffle(np.int32(3), seed=[5, 9], max_index=np.int32(3)))
    out(R.experimental.index_shuffle(np.arange(6, dtype=np.uint32), seed=np.array([1, 2], np.uint32), max_index=np.uint32(5)))
    out(R.experimental.index_shuffle(np.uint64(3), seed=np.array([5, 9], np.uint64), max_index=np.uint64(2**40)))
    out(R.experimental.index_shuffle(np.array([0, 1, 2**33, 2**62], np.int64), seed=[-3, 2**31 - 1], max_index=np.int64(2**62)))
    out(R.experimental.index_shuffle(np.arange(5, dtype=np.int32), seed=[5, 9], max_index=np.array([4, 5, 6, 7, 100000], np.int32)))
    out(R.experimental.index_shuffle(np.int64(0), seed=[5, 9], max_index=np.int64(0)))
    out(R.experimental.index_shuffle(np.arange(70000, 70010, dtype=np.int32), seed=[11, 12], max_index=np.int32(2**20)))
    err(lambda: R.experimental.index_shuffle(np.arange(3, dtype=np.int32), seed=[[1, 2], [3, 4], [5, 6]], max_index=np.int32(5)))
    err(lambda: R.experimental.index_shuffle(np.arange(3, dtype=np.int32), seed=[5, 9], max_index=np.array([4, 5], np.int32)))
""")

# ---- stateless_parameterized_truncated_normal -----------------------------------------------------
case("ptn_regimes_float32", """
    out(R.stateless_parameterized_truncated_normal([20], seed=[1, 2]))
    out(R.stateless_parameterized_truncated_normal([20], seed=[1, 2], means=1.0, stddevs=0.5, minvals=0.9, maxvals=1.1))
    out(R.stateless_parameterized_truncated_normal([20], seed=[1, 2], means=0.0, stddevs=1.0, minvals=3.0, maxvals=10.0))
    out(R.stateless_parameterized_truncated_normal([20], seed=[1, 2], minvals=-np.inf, maxvals=-4.0))
    out(R.stateless_parameterized_truncated_normal([20], seed=[1, 2], minvals=1.0, maxvals=np.inf))
    out(R.stateless_parameterized_truncated_normal([20], seed=[1, 2], means=5.0, stddevs=2.0, minvals=-1.0, maxvals=3.0))
    out(R.stateless_parameterized_truncated_normal([7], seed=[3, 4], minvals=-0.5, maxvals=0.6))
""")
case("ptn_broadcast", """
    out(R.stateless_parameterized_truncated_normal([10, 2, 3], seed=[7, 17], means=0.0,
        stddevs=np.exp(np.array([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], np.float32)),
        minvals=[-1.0, -2.0, -1000.0], maxvals=[[10000.0], [1.0]]))
    out(R.stateless_parameterized_truncated_normal([4, 3], seed=[7, 17], means=[0.0, 10.0, -3.0], stddevs=[1.0, 2.0, 0.5],
        minvals=[-1.0, 11.0, -2.5], maxvals=[1.0, 30.0, 0.0]))
    out(R.stateless_parameterized_truncated_normal([0, 3], seed=[7, 17], means=[0.0, 1.0, 2.0]))
    out(R.stateless_parameterized_truncated_normal([], seed=[7, 17]))
""")
case("ptn_dtypes", """
    out(R.stateless_parameterized_truncated_normal([9], seed=[1, 2], means=np.float64(0.0), stddevs=np.float64(1.0),
        minvals=np.float64(-2.0), maxvals=np.float64(2.0)))
    out(R.stateless_parameterized_truncated_normal([9], seed=[1, 2], means=np.float64(1.0), stddevs=np.float64(0.5),
        minvals=np.float64(0.9), maxvals=np.float64(1.1)))
    out(R.stateless_parameterized_truncated_normal([9], seed=[1, 2], means=np.float64(0.0), stddevs=np.float64(1.0),
        minvals=np.float64(3.0), maxvals=np.float64(10.0)))
    out(R.stateless_parameterized_truncated_normal([9], seed=[1, 2], means=np.float16(0.0), stddevs=np.float16(1.0),
        minvals=np.float16(-2.0), maxvals=np.float16(2.0)))
    out(R.stateless_parameterized_truncated_normal([9], seed=[1, 2], means=np.float16(1.0), stddevs=np.float16(0.5),
        minvals=np.float16(0.9), maxvals=np.float16(1.1)))
    out(R.stateless_parameterized_truncated_normal([9], seed=[1, 2], means=np.float16(0.0), stddevs=np.float16(1.0),
        minvals=np.float16(3.0), maxvals=np.float16(10.0)))
""")
case("ptn_errors", """
    err(lambda: R.stateless_parameterized_truncated_normal([4], seed=[1, 2], stddevs=-1.0))
    err(lambda: R.stateless_parameterized_truncated_normal([4], seed=[1, 2], minvals=2.0, maxvals=1.0))
    err(lambda: R.stateless_parameterized_truncated_normal([4], seed=[1, 2], minvals=-np.inf, maxvals=np.inf))
    err(lambda: R.stateless_parameterized_truncated_normal([4, 2], seed=[1, 2], means=[0.0, 1.0, 2.0]))
    err(lambda: R.stateless_parameterized_truncated_normal([4, 3], seed=[1, 2], means=[0.0, 1.0, 2.0], stddevs=[1.0, 2.0]))
    err(lambda: R.stateless_parameterized_truncated_normal([4], seed=[1, 2, 3]))
""")

# ---- create_rng_state / Algorithm -------------------------------------------------------------
case("create_rng_state", """
    out(R.create_rng_state(1234, "philox"))
    out(R.create_rng_state([12, 34], "threefry"))
    out(R.create_rng_state(2**70 + 5, R.Algorithm.PHILOX))
    out(R.experimental.create_rng_state(-1, 1))
    out(R.create_rng_state(np.array([1, 2, 3, 4], np.int64), "philox"))
    out(np.array([R.Algorithm.PHILOX.value, R.Algorithm.THREEFRY.value, R.Algorithm.AUTO_SELECT.value], np.int32))
    out(np.array([R.experimental.Algorithm.PHILOX.value], np.int32))
    g = R.Generator.from_state(R.create_rng_state(77, "philox"), "philox")
    out(g.normal([3]))
""")

# ---- bfloat16 ------------------------------------------------------------------------------------
case("bfloat16_stateful", """
    R.set_seed(3)
    out(R.uniform([9], seed=1, dtype="bfloat16"))
    out(R.uniform([9], seed=1, dtype="bfloat16"))
    out(R.uniform([5], minval=-2.0, maxval=3.0, seed=2, dtype="bfloat16"))
    out(R.normal([9], seed=3, dtype="bfloat16"))
    out(R.normal([6], mean=1.5, stddev=0.25, seed=3, dtype="bfloat16"))
    out(R.truncated_normal([9], seed=4, dtype="bfloat16"))
    out(R.truncated_normal([5], mean=-1.0, stddev=3.0, seed=4, dtype="bfloat16"))
""")
case("bfloat16_stateless_and_generator", """
    out(R.stateless_uniform([9], seed=[1, 2], dtype="bfloat16"))
    out(R.stateless_uniform([5], seed=[1, 2], minval=-1.0, maxval=7.0, dtype="bfloat16"))
    out(R.stateless_normal([9], seed=[1, 2], dtype="bfloat16"))
    out(R.stateless_normal([5], seed=[1, 2], mean=2.0, stddev=0.1, dtype="bfloat16"))
    out(R.stateless_truncated_normal([9], seed=[1, 2], dtype="bfloat16"))
    g = R.Generator.from_seed(1)
    out(g.uniform([6], dtype="bfloat16"))
    out(g.uniform([6], minval=10.0, maxval=12.0, dtype="bfloat16"))
    out(g.normal([6], dtype="bfloat16"))
    out(g.truncated_normal([6], stddev=2.0, dtype="bfloat16"))
    out(g.state)
""")
case("bfloat16_shuffle_categorical", """
    out(R.shuffle(np.arange(6, dtype=np.float32).astype(np.asarray(R.uniform([1], seed=1, dtype="bfloat16")).dtype), seed=5))
    out(R.categorical(np.array([[0.0, 1.0, 2.0]], np.float32).astype(np.asarray(R.uniform([1], seed=1, dtype="bfloat16")).dtype), 7, seed=6))
""")

# ---- candidate samplers ---------------------------------------------------------------------------
case("uniform_candidate_sampler", """
    R.set_seed(1)
    for unique in (True, False):
        for _ in range(2):
            s, t, e = R.uniform_candidate_sampler([[1, 2], [3, 4]], 2, 5, unique, 10, seed=3)
            out(s); out(t); out(e)
    s, t, e = R.uniform_candidate_sampler([[0]], 1, 7, True, 2**40, seed=4)
    out(s); out(t); out(e)
    s, t, e = R.uniform_candidate_sampler([[0]], 1, 8, True, 8, seed=4)
    out(s); out(t); out(e)
""")
case("log_uniform_candidate_sampler", """
    R.set_seed(2)
    for unique in (True, False, True):
        s, t, e = R.log_uniform_candidate_sampler([[1, 2, 3]], 3, 6, unique, 50, seed=5)
        out(s); out(t); out(e)
    s, t, e = R.log_uniform_candidate_sampler([[0], [999999]], 1, 20, False, 1000000, seed=6)
    out(s); out(t); out(e)
""")
case("learned_unigram_candidate_sampler", """
    R.set_seed(3)
    for classes in ([[1, 1]], [[1, 2]], [[1, 1]], [[4, 4]]):
        s, t, e = R.learned_unigram_candidate_sampler(classes, 2, 4, False, 6, seed=7)
        out(s); out(t); out(e)
    s, t, e = R.learned_unigram_candidate_sampler([[0, 5]], 2, 5, True, 6, seed=7)
    out(s); out(t); out(e)
    R.set_seed(3)
    s, t, e = R.learned_unigram_candidate_sampler([[1, 1]], 2, 4, False, 6, seed=7)
    out(s); out(t); out(e)
""")
case("fixed_unigram_candidate_sampler", """
    R.set_seed(4)
    u = [1.0, 2.0, 3.0, 4.0, 10.0, 0.5]
    for _ in range(2):
        s, t, e = R.fixed_unigram_candidate_sampler([[1, 4]], 2, 5, False, 6, unigrams=u, seed=8)
        out(s); out(t); out(e)
    s, t, e = R.fixed_unigram_candidate_sampler([[1, 4]], 2, 4, True, 6, unigrams=u, distortion=0.75, seed=8)
    out(s); out(t); out(e)
    s, t, e = R.fixed_unigram_candidate_sampler([[2]], 1, 6, False, 4, unigrams=u, num_reserved_ids=2, num_shards=2, shard=1, seed=9)
    out(s); out(t); out(e)
    err(lambda: R.fixed_unigram_candidate_sampler([[1]], 1, 2, False, 7, unigrams=u, seed=8))
""")
case("all_candidate_sampler", """
    s, t, e = R.all_candidate_sampler([[1, 2], [0, 3]], 2, 5, True, seed=1)
    out(s); out(t); out(e)
    s, t, e = R.all_candidate_sampler([[0]], 1, 3, False)
    out(s); out(t); out(e)
""")
case("candidate_sampler_errors_keep_counter", """
    R.set_seed(5)
    err(lambda: R.uniform_candidate_sampler([[1, 2]], 2, 6, True, 5, seed=1))
    err(lambda: R.uniform_candidate_sampler([[1, 7]], 2, 3, False, 5, seed=1))
    err(lambda: R.uniform_candidate_sampler([[1, 2]], 3, 3, False, 5, seed=1))
    err(lambda: R.learned_unigram_candidate_sampler([[1]], 1, 3, False, 2**31, seed=1))
    s, t, e = R.uniform_candidate_sampler([[1, 2]], 2, 3, False, 5, seed=1)
    out(s); out(t); out(e)
""")
case("candidate_sampler_global_seed_only", """
    R.set_seed(6)
    s, t, e = R.uniform_candidate_sampler([[1]], 1, 4, False, 100)
    out(s)
    s, t, e = R.log_uniform_candidate_sampler([[1]], 1, 4, False, 100)
    out(s)
    out(R.uniform([2]))
""")
