"""Golden cases: random tf.random programs (tests/golden/difftest.py) on which philoxd matched TF.

Written by ``python tests/golden/difftest.py record --programs 300 --start-seed 0 --also-seeds 778,1716,2024,2500,2617,4037,2910,5943,3564,2657,5083,5495``;
recorded with ``tf-oracle python tests/golden/record.py --cases tests/golden/cases_programs.py``.
"""
# `case` is provided by record.py.
# ruff: noqa: F821

case("program_001716", """
    emit(R.poisson([5, 4], lam=0, seed=2**31))  # poisson
    emit(R.poisson([], lam=np.array([[5.0, np.inf], [-1.0, np.inf]], np.float16), seed=1))  # poisson
    emit(R.shuffle(np.arange(36, dtype=np.float32).reshape([6, 6]), seed=np.int64(2)))  # shuffle
    emit(R.stateless_normal([], seed=(-1, 12345), mean=0.5, stddev=1e20, dtype=np.float16))  # stateless_normal
    emit(R.uniform(np.array([], np.int64), minval=-3, maxval=13, dtype="int64", seed=2))  # uniform_int
    emit(R.stateless_truncated_normal(np.array([6, 5], np.int64), seed=np.array([-2**31, 3], np.int64), mean=[[3, 123.456, -1.0, 0.0, -2], [-1e10, -3.5, 1.0, -1e10, 0], [-1.0, 0.0, 1.0, 2.5, 1e3], [-3.5, 100.0, -1e10, -1.0, 100.0], [-1e10, 1.0, 100.0, -1e10, 1e3], [3, 0, 0.5, 10.0, 3]], stddev=3.0, dtype=np.float64))  # stateless_truncated_normal
    emit(R.stateless_gamma([5], seed=[1, 5], alpha=np.float32(1.0), dtype="float16"))  # stateless_gamma
    emit(R.truncated_normal(np.array([3], np.int64), stddev=np.array(-0.0), seed=-1))  # truncated_normal
    emit(R.truncated_normal(np.array([0, 5, 3], np.int64), seed=87654321))  # truncated_normal
    emit(R.stateless_parameterized_truncated_normal([1], seed=[5, 2**31 - 1], minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(R.learned_unigram_candidate_sampler([[1, 2, 2], [0, 1, 1]], 3, 3, True, 3, seed=2**40 + 3))  # learned_unigram_candidate_sampler
    emit(R.normal(np.array([1, 4], np.int64), mean=np.array([[10.0, 0, -1.0, 1e3]], np.float32), dtype="float64", seed=1))  # normal
    emit(R.stateless_normal([6, 2, 0], seed=[3, -2**31], stddev=-1.0))  # stateless_normal
    err(lambda: R.fixed_unigram_candidate_sampler([[4], [4], [1]], 2, 3, True, 6, unigrams=[2.0, 2.0, 1.0, 0.5, 1.0, 3.0], num_shards=2, shard=1, seed=2))  # fixed_unigram_candidate_sampler
    emit(R.experimental.stateless_shuffle(np.arange(3, dtype=np.int64).reshape([3]), seed=[12345, 3]))  # stateless_shuffle
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.truncated_normal([6, 2]))  # truncated_normal
    emit(R.stateless_parameterized_truncated_normal([4], seed=[-1, 3], stddevs=2.0, minvals=1.0, maxvals=np.inf))  # stateless_parameterized_truncated_normal
    emit(R.truncated_normal([5], mean=0.0, stddev=10, seed=2**40 + 3))  # truncated_normal
    emit(R.log_uniform_candidate_sampler([[3]], 1, 1, True, 5, seed=np.int64(1234)))  # log_uniform_candidate_sampler
    emit(R.stateless_binomial(np.array([3, 2, 2], np.int32), seed=[7, 1], counts=np.array([[-3.0, 1.0], [0.0, 0.0]], np.float64), probs=np.array([1.0, 0.9], np.float64), output_dtype="float16"))  # stateless_binomial
    emit(R.poisson([0, 1], lam=5.0, dtype="int32", seed=5))  # poisson
    emit(R.uniform([], minval=0, maxval=2**33 + 1, dtype=np.int64))  # uniform_int
    emit(R.uniform([5, 4], dtype=np.float32))  # uniform
    emit(R.gamma([3, 6], alpha=0.999, dtype="float16", seed=0))  # gamma
    emit(R.stateless_categorical(np.array([[-1.0, 0.25, 10.0, 2.0], [0.0, -3.0, -np.inf, 0.5]], np.float16), 6, seed=(2**31 - 1, 5)))  # stateless_categorical
""")

case("program_002024", """
    emit(R.poisson([], lam=[np.inf, 0.0, -1.0], seed=np.int64(-1)))  # poisson
    err(lambda: R.learned_unigram_candidate_sampler([[3], [2]], 2, 4, False, 8, seed=7))  # learned_unigram_candidate_sampler
    emit(R.stateless_gamma(np.array([1, 3], np.int32), seed=(-2**31, 5), alpha=[0.25, np.inf, 0.999]))  # stateless_gamma
    err(lambda: R.stateless_uniform([3], seed=(-1, -1), minval=7, maxval=-7, dtype="int64"))  # stateless_uniform_int
    s0 = emit(R.experimental.stateless_split([-2, -1], num=4))  # stateless_split
    emit(R.categorical([[1.0, 10.0, 0.5, -3.0], [0.5, 5.0, 5.0, 5.0]], 8, seed=1))  # categorical
    err(lambda: R.experimental.stateless_split(np.array([0.0, 2.0], np.float64), num=3))  # stateless_split
    s1 = None
    err(lambda: R.stateless_categorical([[2.0, -1.0, 0.25, 2.0], [0.25, 0.0, 0.25, 10.0], [-3.0, 0.0, -1.0, 2.0]], 8, seed=s1[0]))  # stateless_categorical
    emit(R.stateless_binomial([2, 4], seed=np.array([-2**31, 0], np.int32), counts=10.0, probs=0.999, output_dtype="float16"))  # stateless_binomial
    emit(R.poisson([5, 5], lam=[9.99], dtype=np.int64, seed=2))  # poisson
    emit(R.uniform([2], minval=-2**63, maxval=2**63 - 1, dtype="int64", seed=1))  # uniform_int
    emit(R.poisson([2], lam=0.0, dtype="float32", seed=2**31 - 1))  # poisson
    emit(R.experimental.index_shuffle(np.uint32(1), seed=[20, 20], max_index=np.uint32(9)))  # index_shuffle
    emit(R.gamma([3, 5], alpha=[0.1, 10.0, 2.0], dtype="float16", seed=87654321))  # gamma
    err(lambda: R.fold_in((7, 0), 0, alg="threefry"))  # random.fold_in
    fo0 = None
    emit(R.stateless_gamma([2, 2], seed=np.array([2**40, 3], np.int64), alpha=[0.999, 2.0], beta=2.0, dtype="float32"))  # stateless_gamma
    emit(R.stateless_truncated_normal([1, 6], seed=np.array([2, -2], np.int32)))  # stateless_truncated_normal
    emit(R.uniform([], maxval=[[1e3, -1e10, 1.0], [1e3, -1e10, 0]], seed=2**31))  # uniform
    emit(R.normal([6], stddev=np.array([0.5, -0.0, 0.1, -0.0, 0.1, 1.0]), dtype=np.float16, seed=7))  # normal
    err(lambda: R.stateless_binomial([-4], seed=np.array([2.0, 1.0], np.float32), counts=[10, 1, 1, 1], probs=[1.5, 0.05, 0.9, 0.999], output_dtype="float16"))  # stateless_binomial
    emit(R.experimental.index_shuffle(np.arange(1, dtype=np.uint32), seed=[2, -1], max_index=np.uint32(6)))  # index_shuffle
    emit(R.shuffle(np.array(3.0), seed=1234))  # shuffle
    emit(R.stateless_categorical(np.array([[0.5, 0.0], [-3.0, -3.0], [0.25, -np.inf]], np.float64), 7, seed=np.array([2**32 - 1, 2], np.uint32)))  # stateless_categorical
    g0 = emit(R.Generator.from_seed(2**32))  # Generator.from_seed
    emit(R.shuffle(np.int32(5), seed=1234))  # shuffle
    emit(R.stateless_uniform([6, 5], seed=[0, 0], minval=-2**63, maxval=2**63 - 1, dtype=np.int64))  # stateless_uniform_int
    emit(R.poisson([1], lam=15.0, seed=0))  # poisson
    emit(R.uniform([2, 1], seed=1))  # uniform
    emit(R.normal([3, 5], mean=1e30, stddev=1.0, dtype="bfloat16", seed=2**40 + 3))  # normal
    emit(R.stateless_gamma([4, 1, 3], seed=[-1, 12345], alpha=[[0.5, 3.5, 0.25]], dtype=np.float64))  # stateless_gamma
    emit(R.experimental.index_shuffle(np.arange(2, dtype=np.uint64), seed=[5, 9], max_index=np.uint64(1)))  # index_shuffle
    err(lambda: g0.uniform([-4], maxval=0))  # Generator.uniform
    emit(R.set_seed(2**31 - 1))  # set_seed
    emit(g0.normal([6], mean=100.0))  # Generator.normal
    err(lambda: R.stateless_parameterized_truncated_normal([4, 2], seed=np.array([2, 2**64 - 1], np.uint64), means=[0.0, 1.0, 2.0]))  # stateless_parameterized_truncated_normal
    g1 = emit(R.Generator.from_seed(2**32))  # Generator.from_seed
    gs0 = emit(g1.split(0))  # Generator.split
    g2 = emit(R.experimental.Generator.from_seed(42, alg=R.Algorithm.PHILOX))  # Generator.from_seed
    emit(R.stateless_categorical([[-np.inf, -np.inf, 0.0, 5.0], [5.0, -1.0, 5.0, 10.0]], 1, seed=np.array([1, 5], np.int32)))  # stateless_categorical
    emit(R.stateless_parameterized_truncated_normal(np.array([5], np.int64), seed=np.array([7, 0], np.int64), means=-2.0, minvals=0.9, maxvals=1.1))  # stateless_parameterized_truncated_normal
""")

case("program_002500", """
    fo0 = emit(R.experimental.stateless_fold_in([3, 5], -3))  # stateless_fold_in
    err(lambda: R.uniform_candidate_sampler([[0, 0, 2]], 3, 6, True, 4, seed=1234))  # uniform_candidate_sampler
    emit(R.poisson([6, 4], lam=-1.0, dtype="int64", seed=2**31))  # poisson
    emit(R.stateless_gamma([2, 3], seed=np.array([0, -2**31], np.int32), alpha=[0.1, 0.999, 0.5]))  # stateless_gamma
    err(lambda: R.uniform(np.array([5, 4, 2], np.int64), minval=-1.0, maxval=np.array([-1e10, 2.5, -0.0]), seed=1234))  # uniform
    emit(R.stateless_binomial([1, 3, 2], seed=[2, 1], counts=[20.0, 10.0], probs=[0.25]))  # stateless_binomial
    emit(R.experimental.index_shuffle(np.int32(1), seed=[5, 9], max_index=15))  # index_shuffle
    emit(R.poisson(np.array([5], np.int64), lam=np.array([33.3], np.float64), dtype=np.int64, seed=1))  # poisson
    emit(R.uniform((5,), minval=-5, maxval=21, dtype=np.int64, seed=-1))  # uniform_int
    emit(R.uniform([2, 1, 4], minval=-2**31, maxval=2**31 - 1, dtype="int32", seed=2**31))  # uniform_int
    emit(R.normal([3], seed=1))  # normal
    s0 = emit(R.split([-1, 2**40], num=1))  # random.split
    emit(R.stateless_truncated_normal((6,), seed=fo0, dtype=np.float32))  # stateless_truncated_normal
    fo1 = emit(R.fold_in([1, 7], 2**31 - 1))  # random.fold_in
    err(lambda: R.stateless_uniform([], seed=np.array([1, 3], np.int32), dtype="bfloat16", alg="bogus"))  # stateless_uniform
    emit(R.experimental.index_shuffle(np.arange(3, dtype=np.int32), seed=[5, 9], max_index=np.int32(2)))  # index_shuffle
""")

case("program_004037", """
    emit(R.set_seed(42))  # set_seed
    emit(R.uniform(np.array([4], np.int64), minval=-5, maxval=24, dtype=np.int32, seed=87654321))  # uniform_int
    emit(R.experimental.create_rng_state(1234, R.Algorithm.THREEFRY))  # create_rng_state
    emit(R.experimental.stateless_shuffle(np.array([[-0.0], [-0.0]], np.float32), seed=np.array([2**32 - 1, 2], np.uint32)))  # stateless_shuffle
    emit(R.stateless_gamma([2], seed=(0, 7), alpha=np.array([3.5, 3.5], np.float64), dtype="float16"))  # stateless_gamma
    fo0 = emit(R.fold_in([1, 12345], -3))  # random.fold_in
    emit(R.gamma([3, 3], alpha=1.0, beta=1e-3, seed=1234))  # gamma
    emit(R.gamma([1, 4], alpha=[np.nan, 1.0]))  # gamma
    emit(R.set_seed(2))  # set_seed
    emit(R.stateless_gamma([2], seed=np.array([3, 1], np.int32), alpha=2.0, dtype="float64"))  # stateless_gamma
    fo1 = emit(R.experimental.stateless_fold_in(np.array([2**40, 2**40], np.uint64), np.int32(-2)))  # stateless_fold_in
    emit(R.gamma([2], alpha=[1.0, 0.1, 0.5], seed=2**31 - 1))  # gamma
    err(lambda: R.normal([-2, 0], stddev=[0.1, 10, 1e-3, 1e20]))  # normal
    emit(R.uniform([6, 6], minval=-2**63, maxval=2**63 - 1, dtype=np.int64, seed=87654321))  # uniform_int
    emit(R.experimental.index_shuffle(np.arange(9, dtype=np.int64), seed=[6, 1], max_index=np.int64(1099511627776)))  # index_shuffle
    emit(R.stateless_binomial([2, 2], seed=fo1, counts=[10.0, 10.0], probs=[0.5, -0.1]))  # stateless_binomial
    emit(R.uniform([2], maxval=0.5, seed=2**31))  # uniform
    emit(R.gamma([2], alpha=[3.5], dtype=np.float64, seed=3))  # gamma
    emit(R.uniform(np.array([1], np.int32)))  # uniform
    emit(R.categorical([[-np.inf, 0.0, 0.0, -1.0, 0.25]], 7, seed=2**31))  # categorical
    emit(R.normal([], mean=123.456, seed=np.int64(2)))  # normal
    emit(R.gamma([3, 4], alpha=[1e-3, np.inf, 1.0], beta=1.0, seed=87654321))  # gamma
    emit(R.stateless_uniform([], seed=np.array([2**32 - 1, 3], np.uint32), maxval=1, dtype="int32"))  # stateless_uniform_int
    emit(R.normal([1, 5], dtype=np.float64))  # normal
    fo2 = emit(R.experimental.stateless_fold_in(fo1, 17))  # stateless_fold_in
    emit(R.stateless_categorical(np.array([[2.0, 1.0, 0.5, 5.0, 0.25], [-np.inf, 1.0, -np.inf, 0.5, 0.0]], np.float32), 0, seed=[1, 2**31 - 1]))  # stateless_categorical
    emit(R.poisson([6], lam=np.array([15.0], np.float32), seed=1))  # poisson
    emit(R.stateless_uniform(np.array([], np.int64), seed=[2**31 - 1, -1], maxval=np.float32(100.0), dtype="float32"))  # stateless_uniform
    emit(R.stateless_binomial([6, 2], seed=[7, 2], counts=20.0, probs=0.999, output_dtype="float32"))  # stateless_binomial
    emit(R.experimental.stateless_shuffle([-25, 49, 44], seed=[-1, 0], alg=3))  # stateless_shuffle
    emit(R.poisson(np.array([4], np.int64), lam=[[np.inf, 0.0, 1e4], [0.5, -1.0, 15.0]], seed=np.int64(2**31)))  # poisson
""")

case("program_002910", """
    err(lambda: R.split(np.array([-2, 7], np.int32), num=1, alg=R.Algorithm.THREEFRY))  # random.split
    s0 = None
    emit(R.gamma([5], alpha=[[0.999], [0.0]], dtype="float32", seed=2**31 - 1))  # gamma
    emit(R.shuffle(np.arange(2, dtype=np.float64).reshape([2]), seed=2**31))  # shuffle
    emit(R.normal([1], stddev=0.0, dtype=np.float64, seed=-1))  # normal
    g0 = emit(R.Generator.from_state(np.array([5, -1], np.int64), alg="threefry"))  # Generator.from_state
    emit(R.stateless_normal([1, 3, 6], seed=[7, -1]))  # stateless_normal
    err(lambda: g0.uniform_full_int((3,), dtype=np.uint64))  # Generator.uniform_full_int
    err(lambda: g0.uniform(np.array([6, 0], np.int64), minval=0, maxval=2**33 + 1, dtype=np.int64))  # Generator.uniform_int
    emit(R.stateless_categorical(np.array([[-3.0, -1.0]], np.float32), 0, seed=np.array([2**32 - 1, 0], np.uint32)))  # stateless_categorical
    emit(g0.reset_from_seed(-1))  # Generator.reset_from_seed
    err(lambda: R.stateless_uniform(np.array([], np.int64), seed=[-2, -1], minval=0.0, maxval=-1e10, alg=R.Algorithm.THREEFRY))  # stateless_uniform
    emit(R.categorical([[-np.inf, -np.inf]], 6, seed=1))  # categorical
    emit(R.experimental.stateless_shuffle(np.arange(6, dtype=np.int64).reshape([3, 2]), seed=[2**40, 0]))  # stateless_shuffle
    emit(R.stateless_categorical(np.array([[5.0, -1.0, 0.25, 0.5], [2.0, 0.25, 0.25, 0.25]], np.float16), 4, seed=np.array([2**64 - 1, 5], np.uint64)))  # stateless_categorical
    err(lambda: R.uniform_candidate_sampler([[1]], 2, 5, True, 5, seed=2))  # uniform_candidate_sampler
    emit(R.uniform([1], minval=1e30, seed=2))  # uniform
    emit(R.poisson([1], lam=np.float32(0.0), dtype=np.int64, seed=2**31))  # poisson
    g1 = emit(R.Generator.from_seed(np.int64(77)))  # Generator.from_seed
    emit(R.experimental.index_shuffle(np.arange(2, dtype=np.uint32), seed=[-2**31, 2**40], max_index=np.uint32(7)))  # index_shuffle
    emit(R.learned_unigram_candidate_sampler([[6, 11, 1], [5, 8, 9], [11, 3, 1]], 3, 8, True, 12, seed=3))  # learned_unigram_candidate_sampler
    err(lambda: g0.uniform([5], minval=0.0, dtype="string"))  # Generator.uniform
    err(lambda: R.stateless_uniform([5, 1], seed=[0.0, 1.0], minval=0, maxval=5, dtype="uint32"))  # stateless_uniform_int
    g2 = emit(R.Generator.from_seed(0))  # Generator.from_seed
    emit(g2.uniform(np.array([5], np.int32), minval=-2**63, maxval=2**63 - 1, dtype="int64"))  # Generator.uniform_int
    err(lambda: g0.normal([0, 2, 5], mean=np.float32(0.0), dtype="bfloat16"))  # Generator.normal
    err(lambda: R.uniform_candidate_sampler([[8, 0], [3, 0], [2, 4]], 2, 4, True, 5, seed=-7))  # uniform_candidate_sampler
""")

case("program_003564", """
    emit(R.stateless_poisson([0, 1, 1], seed=[2, -2**31], lam=[15.0], dtype="float64"))  # stateless_poisson
    emit(R.categorical([[-1.0, 10.0, 0.25, 5.0, 0.5], [2.0, 1.0, -3.0, 10.0, -1.0], [10.0, -1.0, 0.25, 10.0, 10.0]], 4, dtype=np.int32, seed=7))  # categorical
    f0 = F(lambda: R.normal([6], mean=np.array([0.5, 100.0, -1.0, -1.0, 10.0, 1e3], np.float32), stddev=3.0, dtype="string", seed=2**31))  # function !
    f1 = F(lambda: (R.normal((2, 5), stddev=1e-3, seed=np.int64(2**40 + 3)), R.normal([], dtype="float64", seed=np.int64(2**31 - 1))))  # function
    emit(R.stateless_uniform([5, 4, 2], seed=[-1, 5], minval=None, maxval=None, dtype="int32"))  # stateless_uniform_int
    err(lambda: R.stateless_poisson([], seed=[-2**31, 2**31 - 1], lam=[1.0, 2.0], dtype="float32"))  # stateless_poisson
    emit(R.set_seed(3))  # set_seed
    emit(R.stateless_uniform(np.array([5], np.int32), seed=[2, 3]))  # stateless_uniform
    emit(R.stateless_parameterized_truncated_normal((5,), seed=(2**40, 2**40), means=np.float64(0.0), stddevs=np.float64(1.0), minvals=np.float64(-1.0), maxvals=np.float64(1.0)))  # stateless_parameterized_truncated_normal
    err(lambda: f0())  # function_call
    emit(R.stateless_poisson([6, 2], seed=(5, 2), lam=np.array([1.0, -1.0], np.float32)))  # stateless_poisson
    fo0 = emit(R.experimental.stateless_fold_in(np.array([2**31 - 1, 5], np.int32), 2**40))  # stateless_fold_in
    emit(R.stateless_binomial([0, 1], seed=(2**31 - 1, -1), counts=7.0, probs=0.999, output_dtype="float64"))  # stateless_binomial
    err(lambda: R.stateless_binomial([3, 2], seed=fo0, counts=[1.0, 2.0, 3.0], probs=[0.5, 0.5]))  # stateless_binomial
    emit(R.experimental.stateless_shuffle(np.arange(6, dtype=np.int32).reshape([6]), seed=[1, 3], alg="philox"))  # stateless_shuffle
    g0 = emit(R.Generator.from_state(np.array([5, -1], np.int64), alg="threefry"))  # Generator.from_state
    emit(R.stateless_uniform([], seed=[2**31 - 1, 7], minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    emit(R.categorical([[2.0, -3.0, 0.5, 2.0]], 4, seed=2))  # categorical
    emit(R.stateless_binomial([6, 1, 2, 2], seed=[-2, 1], counts=[[5.0, 0.5], [100.0, -3.0]], probs=0.5, output_dtype="int32"))  # stateless_binomial
    g1 = emit(R.Generator.from_seed([1, 2, 3]))  # Generator.from_seed
    emit(R.experimental.index_shuffle(np.uint32(1), seed=[1, 2**31 - 1], max_index=np.uint32(8)))  # index_shuffle
    err(lambda: f0())  # function_call
    gs0 = emit(g1.split(1))  # Generator.split
    emit(R.gamma((1, 0), alpha=np.array([0.0, 0.25], np.float64), dtype="float32", seed=2))  # gamma
    err(lambda: gs0[0].binomial([4, 6], counts=np.float64(100.0), probs=0.3))  # Generator.binomial
    g2 = emit(R.Generator.from_seed(2**64 + 5, alg="threefry"))  # Generator.from_seed
    g3 = emit(R.Generator.from_state(np.array([1, 12345, 9], np.int64), alg=1))  # Generator.from_state
    emit(R.gamma([3], alpha=[np.inf, np.inf], seed=42))  # gamma
    emit(f1())  # function_call
    emit(R.stateless_binomial([6, 1], seed=np.array([2**40, 3], np.int64), counts=[1e4], probs=[0.0], output_dtype="float64"))  # stateless_binomial
    emit(gs0[0].state)  # Generator.state
    emit(R.stateless_truncated_normal([1], seed=np.array([-2**31, 2**40], np.int64), stddev=1.0, dtype="bfloat16"))  # stateless_truncated_normal
    emit(R.stateless_binomial([0], seed=np.array([3, 1], np.int64), counts=-3.0, probs=0.999, output_dtype="float16"))  # stateless_binomial
    emit(R.stateless_uniform([], seed=[3, 12345], minval=np.array(-0.0), dtype=np.float64, alg=R.Algorithm.AUTO_SELECT))  # stateless_uniform
    emit(R.uniform((), minval=1e3, dtype=np.float64, seed=2**31))  # uniform
""")

case("program_000001", """
    emit(R.normal([5], stddev=1.0, dtype="bfloat16", seed=0))  # normal
    emit(R.uniform([4, 4], minval=1, maxval=33, dtype=np.int64, seed=5))  # uniform_int
    f0 = F(lambda: R.stateless_uniform(np.array([], np.int64), seed=np.array([1, 5], np.int64), minval=1.0, maxval=0.0, dtype="float16"))  # function
    emit(R.normal([4], mean=[-1e10, -3.5, 3, -3.5], dtype=np.float16, seed=87654321))  # normal
    emit(f0())  # function_call
    f1 = F(lambda: R.normal([4, 4], mean=3, dtype=np.float32, seed=2))  # function
    emit(R.truncated_normal([0], seed=np.int64(2)))  # truncated_normal
    err(lambda: R.stateless_poisson(np.array([], np.int32), seed=5, lam=3, dtype="int64"))  # stateless_poisson
    emit(R.experimental.index_shuffle(np.uint64(6), seed=[5, 9], max_index=100))  # index_shuffle
    emit(R.stateless_gamma([3, 1], seed=[2**31 - 1, 1], alpha=[0.25]))  # stateless_gamma
    emit(R.stateless_truncated_normal([6], seed=np.array([2, -2], np.int32), mean=-3.5, dtype=np.float32))  # stateless_truncated_normal
    fo0 = emit(R.experimental.stateless_fold_in([-1, -2], np.int64(5)))  # stateless_fold_in
    err(lambda: R.stateless_normal([2, 3], seed=fo0, mean=np.array([123.456, 1e3, -3.5, -0.0])))  # stateless_normal
    emit(R.stateless_uniform([3, 4], seed=np.array([3.5, 2.0], np.float32), minval=None, maxval=None, dtype="int32", alg=1))  # stateless_uniform_int
    emit(f0())  # function_call
    emit(R.categorical([[0.5, -np.inf, -np.inf], [0.0, 0.5, -1.0], [2.0, 0.0, 0.25]], 1, seed=42))  # categorical
    emit(R.stateless_truncated_normal([1], seed=np.array([1, 3], np.int32), mean=0, dtype=np.float64))  # stateless_truncated_normal
    emit(R.uniform((2, 2), minval=-100, maxval=-50, dtype=np.int32, seed=42))  # uniform_int
    emit(f0())  # function_call
""")

case("program_000003", """
    emit(R.set_seed(42))  # set_seed
    emit(R.stateless_parameterized_truncated_normal(np.array([5, 3, 3], np.int64), seed=np.array([-2**31, -2], np.int32)))  # stateless_parameterized_truncated_normal
    err(lambda: R.truncated_normal([2, 1], mean=-3.5, dtype="bool", seed=0))  # truncated_normal
    err(lambda: R.uniform([2, -3], minval=0, maxval=1, dtype=np.int64))  # uniform_int
    emit(R.stateless_uniform([0], seed=np.array([3, 2**31 - 1], np.int32), dtype=np.float64))  # stateless_uniform
    fo0 = emit(R.experimental.stateless_fold_in(np.array([2.0, 1.0], np.float32), 0, alg="philox"))  # stateless_fold_in
    s0 = emit(R.experimental.stateless_split([1, 3, 7], num=2, alg="philox"))  # stateless_split
    emit(R.experimental.create_rng_state(1234, R.Algorithm.THREEFRY))  # create_rng_state
    emit(R.stateless_gamma(np.array([6, 3, 2], np.int64), seed=[-2, -2], alpha=[0.1, 2.0], dtype="float64"))  # stateless_gamma
    err(lambda: R.Generator.from_seed([1, 2, 3], alg="bogus"))  # Generator.from_seed
    g0 = None
    emit(R.stateless_uniform([0], seed=np.array([-2, 2], np.int32), minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    fo1 = emit(R.experimental.stateless_fold_in([-2, -2], np.int32(-2)))  # stateless_fold_in
    emit(R.learned_unigram_candidate_sampler([[2, 5, 4], [2, 4, 1], [5, 0, 4]], 3, 8, False, 8, seed=np.int64(2)))  # learned_unigram_candidate_sampler
    err(lambda: R.Generator.from_seed(-1, alg="bogus"))  # Generator.from_seed
    g1 = None
    emit(R.set_seed(42))  # set_seed
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.stateless_uniform([6, 5], seed=np.array([-2, 7], np.int64)))  # stateless_uniform
    err(lambda: R.stateless_truncated_normal(np.array([1], np.int64), seed=[1], dtype="bfloat16"))  # stateless_truncated_normal
    emit(R.shuffle(np.arange(3, dtype=np.float32).reshape([3]), seed=np.int64(-7)))  # shuffle
    s1 = emit(R.experimental.stateless_split(np.array([12345, 3], np.int64), num=3, alg="philox"))  # stateless_split
    emit(R.shuffle(np.array([[0.0, 1.5, -7.0], [-7.0, -7.0, -0.0]], np.float32), seed=2))  # shuffle
    emit(R.stateless_uniform(np.array([0, 0], np.int32), seed=s1[2], minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    emit(R.create_rng_state([12, 34], "threefry"))  # create_rng_state
""")

case("program_000005", """
    emit(R.set_seed(87654321))  # set_seed
    emit(R.create_rng_state([1, 2, 3], "auto_select"))  # create_rng_state
    err(lambda: R.stateless_normal((3,), seed=[0, 1, -1], stddev=np.float32(3.0), alg="auto_select"))  # stateless_normal
    emit(R.uniform((5,), dtype="float16", seed=3))  # uniform
    emit(R.uniform([3, 4], maxval=100, dtype="int64", seed=np.int64(2)))  # uniform_int
    emit(R.stateless_truncated_normal([4], seed=[-2**31, 2], mean=np.float64(100.0), stddev=[3.0, 0.1, 1.0, 0.1], dtype=np.float16))  # stateless_truncated_normal
    emit(R.stateless_truncated_normal([0], seed=np.array([1, 0], np.int32), dtype=np.float64))  # stateless_truncated_normal
    emit(R.normal([], mean=np.float32(1e3), stddev=1.0, dtype=np.float32))  # normal
    emit(R.stateless_uniform((), seed=[2**31 - 1, 1], dtype=np.float64, alg=R.Algorithm.PHILOX))  # stateless_uniform
    emit(R.poisson(np.array([2, 6], np.int64), lam=[33.3], dtype=np.int64))  # poisson
    emit(R.truncated_normal(np.array([6, 0], np.int64), mean=[], dtype="float32"))  # truncated_normal
    emit(R.shuffle(np.arange(10, dtype=np.int64).reshape([2, 5])))  # shuffle
    err(lambda: R.poisson([3, -1, 2], lam=40, dtype=np.int64))  # poisson
    emit(R.uniform([5], minval=-100, maxval=-50, dtype=np.int32, seed=2**40 + 3))  # uniform_int
    emit(R.stateless_categorical(np.array([[2.0, -np.inf, -np.inf]], np.float32), 3, seed=[5, 2**31 - 1]))  # stateless_categorical
    g0 = emit(R.experimental.Generator.from_state(np.array([9, 2**40, -1], np.int64), alg=1))  # Generator.from_state
    g1 = emit(R.experimental.Generator.from_state([3, -1, 2], alg=R.Algorithm.PHILOX))  # Generator.from_state
    emit(R.stateless_poisson([5, 5], seed=[0, 3], lam=np.array(40, np.int64), dtype="int32"))  # stateless_poisson
    emit(R.truncated_normal([2], mean=np.array([2.5, 123.456], np.float64), stddev=0.0, dtype="float64", seed=-1))  # truncated_normal
    err(lambda: R.stateless_gamma([-4], seed=np.array([2, 2**31 - 1], np.int64), alpha=[[1.0], [1e-3]]))  # stateless_gamma
    emit(R.stateless_uniform([4, 5], seed=[1, -2**31], minval=-100, maxval=-50, dtype="int64"))  # stateless_uniform_int
""")

case("program_000007", """
    emit(R.stateless_parameterized_truncated_normal([1, 3], seed=np.array([2**31 - 1, 1], np.int64), means=np.float64(0.0), stddevs=np.float64(1.0), minvals=np.float64(-1.0), maxvals=np.float64(1.0)))  # stateless_parameterized_truncated_normal
    g0 = emit(R.Generator.from_key_counter(5, [2**40, -3], alg="philox"))  # Generator.from_key_counter
    m0 = emit(g0.make_seeds())  # Generator.make_seeds
    emit(g0.reset_from_seed(1))  # Generator.reset_from_seed
    emit(R.stateless_parameterized_truncated_normal([], seed=np.array([7, 7], np.uint32), stddevs=0.1))  # stateless_parameterized_truncated_normal
    err(lambda: R.stateless_truncated_normal([5], seed=[-2, 5], stddev=np.array([0.5, 0.0, -0.0, 3.0, -1.0]), dtype="bool"))  # stateless_truncated_normal
    emit(R.stateless_truncated_normal(np.array([], np.int32), seed=[2**31 - 1, 2], alg=R.Algorithm.AUTO_SELECT))  # stateless_truncated_normal
    emit(g0.reset_from_seed(0))  # Generator.reset_from_seed
    emit(g0.uniform((1,), minval=None, maxval=None, dtype=np.int64))  # Generator.uniform_int
    emit(R.experimental.index_shuffle(np.int64(6), seed=[2**31 - 1, 5], max_index=np.int64(8)))  # index_shuffle
    emit(R.experimental.index_shuffle(np.arange(1, dtype=np.uint32), seed=[1, -2], max_index=1048576))  # index_shuffle
    emit(R.log_uniform_candidate_sampler([[3], [3]], 1, 5, False, 10, seed=42))  # log_uniform_candidate_sampler
    err(lambda: R.stateless_gamma([1], seed=[1], alpha=[1e-3], beta=2.0))  # stateless_gamma
    emit(g0.normal([1], mean=-3.5))  # Generator.normal
    emit(g0.normal([], dtype=np.float32))  # Generator.normal
    emit(g0.uniform((4,), minval=2.5, dtype=np.float64))  # Generator.uniform
    m1 = emit(g0.make_seeds(3))  # Generator.make_seeds
    emit(R.poisson([4], lam=[33.3, 9.99], dtype="float64", seed=-7))  # poisson
    emit(g0.uniform_full_int([2, 5], dtype="uint32"))  # Generator.uniform_full_int
    emit(R.stateless_parameterized_truncated_normal([6], seed=[2**31 - 1, 7], stddevs=0.1))  # stateless_parameterized_truncated_normal
    gs0 = emit(g0.split(1))  # Generator.split
    emit(g0.reset([-1, 20, 30]))  # Generator.reset
    emit(R.uniform_candidate_sampler([[41, 39], [27, 49]], 2, 4, True, 50, seed=2))  # uniform_candidate_sampler
    emit(R.stateless_uniform([5], seed=[7, 2**40], maxval=-1e10))  # stateless_uniform
    emit(R.fixed_unigram_candidate_sampler([[0, 4, 0], [2, 1, 1]], 3, 1, True, 5, unigrams=[2.0, 2.0, 3.0, 0.5, 2.0], seed=2))  # fixed_unigram_candidate_sampler
    gs1 = emit(g0.split(2))  # Generator.split
    emit(R.set_seed(1))  # set_seed
    emit(R.uniform([0], minval=0, maxval=1, dtype="int64"))  # uniform_int
    s0 = emit(R.split([5, -1], num=1, alg="philox"))  # random.split
    emit(R.gamma([5], alpha=np.array([3.5, 0.5], np.float32), beta=2.0, seed=2**40 + 3))  # gamma
    emit(R.stateless_truncated_normal([1], seed=[1, 5], dtype=np.float32))  # stateless_truncated_normal
    emit(R.categorical([[-np.inf, 5.0, 1.0], [0.0, 1.0, 2.0]], 0, seed=3))  # categorical
    g1 = emit(R.Generator.from_seed([1, 2, 3]))  # Generator.from_seed
    emit(gs1[0].normal([]))  # Generator.normal
    emit(R.truncated_normal([3], dtype="bfloat16", seed=42))  # truncated_normal
""")

case("program_000008", """
    emit(R.set_seed(5))  # set_seed
    emit(R.experimental.create_rng_state(2**63, R.Algorithm.PHILOX))  # create_rng_state
    emit(R.stateless_truncated_normal([4], seed=[0, 2**40], mean=-1.0, dtype=np.float64))  # stateless_truncated_normal
    f0 = F(lambda: R.normal(np.array([4, 2], np.int32), mean=0, stddev=1.0, dtype="float16", seed=3))  # function
    fo0 = emit(R.experimental.stateless_fold_in(np.array([7, 0], np.int32), 5))  # stateless_fold_in
    emit(R.set_seed(42))  # set_seed
    emit(R.shuffle(np.arange(48, dtype=np.int32).reshape([4, 6, 2]), seed=42))  # shuffle
    emit(R.stateless_normal([5, 3, 3], seed=fo0, dtype="float16"))  # stateless_normal
    emit(R.truncated_normal(np.array([1], np.int64), mean=0.0, dtype="bfloat16"))  # truncated_normal
    err(lambda: R.split([1], num=2))  # random.split
    s0 = None
    emit(R.stateless_normal([2], seed=[5, 3], mean=0, stddev=10))  # stateless_normal
""")

case("program_000014", """
    emit(R.all_candidate_sampler([[0, 0, 0], [0, 0, 0], [0, 0, 0]], 3, 1, False))  # all_candidate_sampler
    emit(R.stateless_categorical(np.log(np.array([[0.7, 1.0, 0.5, 1.0], [0.5, 0.5, 0.7, 0.1], [0.7, 0.25, 0.5, 0.25]])), 8, seed=(-2, 3), dtype="int64"))  # stateless_categorical
    err(lambda: R.stateless_uniform(np.array([4, 4], np.int64), seed=np.array([-2, 7], np.int64), minval=-3.5, maxval=[1e3, 10.0, -1e10, -1e10, 0.5]))  # stateless_uniform
    emit(R.normal([1, 5], mean=1e3, dtype=np.float16, seed=2**31))  # normal
    err(lambda: R.uniform([6], minval=0.5, maxval=10.5, dtype=np.int32, seed=2**40 + 3))  # uniform_int
    emit(R.stateless_gamma([4, 4, 3], seed=[-2**31, 2**31 - 1], alpha=[0.999, 123.0, 1.0], dtype="float64"))  # stateless_gamma
    emit(R.poisson([3], lam=[1e4, 0.5, 100.0], dtype="float16", seed=2))  # poisson
    emit(R.gamma([3], alpha=np.nan, beta=2.0, dtype="float32", seed=1234))  # gamma
    emit(R.stateless_categorical([[10.0, 10.0, -1.0, -3.0, -3.0], [-1.0, -3.0, -3.0, 10.0, 1.0]], 5, seed=(-1, 3)))  # stateless_categorical
    emit(R.experimental.stateless_shuffle(np.arange(4, dtype=np.int32).reshape([4]), seed=[7, 0], alg="philox"))  # stateless_shuffle
    s0 = emit(R.experimental.stateless_split(np.array([5, 7], np.int32), num=2, alg=1))  # stateless_split
    emit(R.uniform([5], minval=1e30, dtype=np.float32, seed=2**40 + 3))  # uniform
    emit(R.experimental.stateless_shuffle([-48, -20], seed=[-2, 2**40]))  # stateless_shuffle
    emit(R.experimental.stateless_shuffle(np.arange(1, dtype=np.float64).reshape([1]), seed=np.array([7, 3], np.uint32)))  # stateless_shuffle
""")

case("program_000015", """
    emit(R.set_seed(1))  # set_seed
    emit(R.stateless_truncated_normal([4, 2], seed=np.array([1.0, 1.0], np.float32), mean=10.0, stddev=np.float32(3.0), dtype=np.float32))  # stateless_truncated_normal
    emit(R.experimental.stateless_shuffle(np.arange(1, dtype=np.float16).reshape([1]), seed=(5, 1)))  # stateless_shuffle
    emit(R.gamma(np.array([4], np.int32), alpha=[[1e-3], [0.999]], seed=1))  # gamma
    emit(R.categorical([[-1.0, 1.0, 0.5]], 2, dtype="int32", seed=0))  # categorical
    emit(R.poisson((), lam=[-1.0, -1.0], seed=2))  # poisson
    emit(R.uniform([4], maxval=123.456, dtype="float32"))  # uniform
    fo0 = emit(R.experimental.stateless_fold_in([3, -1], np.int32(-2)))  # stateless_fold_in
    s0 = emit(R.split([-2**31, 0], num=1))  # random.split
    emit(R.normal([2, 2, 4], dtype=np.float32, seed=0))  # normal
    emit(R.stateless_categorical(np.array([[-1.0, -3.0, 0.5], [0.5, 0.25, 2.0], [0.0, 0.0, 10.0]], np.float16), 7, seed=s0[0]))  # stateless_categorical
    emit(R.stateless_normal([4, 2, 2], seed=[-2, 12345], mean=-1e10, stddev=[[[10, 1.0]], [[1e-3, 1e-3]], [[1e20, 1e-3]], [[1e-3, 2.0]]]))  # stateless_normal
    err(lambda: R.log_uniform_candidate_sampler([[0]], 2, 2, True, 10))  # log_uniform_candidate_sampler
    emit(R.stateless_poisson(np.array([3, 2, 1], np.int32), seed=[2**40, 0], lam=[15.0], dtype="float64"))  # stateless_poisson
    emit(R.stateless_categorical([[0.5], [5.0], [0.0]], 4, seed=[0, -2]))  # stateless_categorical
    emit(R.stateless_parameterized_truncated_normal([1, 0, 2], seed=[2**31 - 1, -1], stddevs=2.0))  # stateless_parameterized_truncated_normal
    err(lambda: R.uniform([2, -3], dtype=np.float32, seed=1))  # uniform
""")

case("program_000016", """
    emit(R.stateless_parameterized_truncated_normal(np.array([1, 3], np.int64), seed=np.array([-2, 2**40], np.int64), stddevs=3.0, minvals=0.9, maxvals=1.1))  # stateless_parameterized_truncated_normal
    err(lambda: R.stateless_parameterized_truncated_normal([5], seed=[-1, 2**31 - 1], means=np.float16(1.0)))  # stateless_parameterized_truncated_normal
    emit(R.log_uniform_candidate_sampler([[4, 3, 0], [4, 4, 1]], 3, 2, True, 5, seed=0))  # log_uniform_candidate_sampler
    emit(R.uniform([3], maxval=np.array(-0.0), dtype="float16", seed=2**40 + 3))  # uniform
    emit(R.stateless_uniform([1, 4, 4], seed=[2**31 - 1, 0], minval=None, maxval=None, dtype="int64", alg="philox"))  # stateless_uniform_int
    emit(R.stateless_poisson((2, 3), seed=[2, -2], lam=[9.99, 1.0, 0.0]))  # stateless_poisson
    emit(R.normal((3, 6, 2), stddev=1e20, dtype=np.float16, seed=3))  # normal
    emit(R.truncated_normal(np.array([1], np.int32), mean=0.5, stddev=1e20, seed=2**40 + 3))  # truncated_normal
    emit(R.categorical([[5.0, 1.0, 10.0, 0.5], [0.5, -np.inf, 1.0, -np.inf], [-np.inf, -np.inf, 0.5, 0.25]], 8, seed=3))  # categorical
    emit(R.categorical(np.array([[10.0, 0.5, 10.0, 2.0]], np.float64), 8, seed=2))  # categorical
    emit(R.stateless_truncated_normal([2, 0], seed=np.array([12345, 1], np.uint32), mean=np.array([], np.float32)))  # stateless_truncated_normal
    err(lambda: R.stateless_parameterized_truncated_normal((2, 6, 5), seed=(-2**31, 2**31 - 1), means=np.array([[[0.0, -0.0, -2.0, -0.0, 0.5], [-2.0, 5.0, -0.0, 0.0, 0.0], [-2.0, -0.0, 0.0, -2.0, 1.0], [5.0, 0.0, 0.0, 5.0, 0.0], [-0.0, -2.0, 1.0, 0.0, -0.0], [-2.0, 1.0, -2.0, 0.5, 0.5]]], np.float32), stddevs=2.0))  # stateless_parameterized_truncated_normal
    fo0 = emit(R.experimental.stateless_fold_in((3, 0), np.int64(5), alg=1))  # stateless_fold_in
    s0 = emit(R.experimental.stateless_split((-1, 5), num=4, alg=R.Algorithm.PHILOX))  # stateless_split
""")

case("program_000017", """
    emit(R.set_seed(1))  # set_seed
    emit(R.normal([0], mean=3, stddev=3.0))  # normal
    emit(R.truncated_normal(np.array([5, 3, 3], np.int64), mean=np.float32(-0.0), seed=np.int64(3)))  # truncated_normal
    emit(R.truncated_normal([6, 4], mean=[3], stddev=0.1, dtype=np.float64, seed=5))  # truncated_normal
    emit(R.stateless_poisson((1,), seed=[3, 7], lam=15.0, dtype="int64"))  # stateless_poisson
    emit(R.stateless_uniform([2, 3], seed=[2**40, 5], minval=-2, maxval=np.float32(3), dtype="bfloat16"))  # stateless_uniform
    g0 = emit(R.Generator.from_seed([1, 2]))  # Generator.from_seed
    emit(R.uniform([4, 3, 2], maxval=2**20, dtype="int64", seed=2))  # uniform_int
    err(lambda: g0.truncated_normal([2, -3]))  # Generator.truncated_normal
    emit(g0.truncated_normal([3], stddev=0.1))  # Generator.truncated_normal
    emit(R.set_seed(0))  # set_seed
""")

case("program_000018", """
    emit(R.set_seed(1))  # set_seed
    emit(R.log_uniform_candidate_sampler([[970], [340]], 1, 2, False, 1000000, seed=1234))  # log_uniform_candidate_sampler
    emit(R.truncated_normal([4], stddev=1e-3, dtype="float16", seed=87654321))  # truncated_normal
    emit(R.experimental.stateless_shuffle(np.arange(5, dtype=np.int64).reshape([5]), seed=[2, 5], alg=R.Algorithm.PHILOX))  # stateless_shuffle
    emit(R.stateless_uniform([3, 5, 3], seed=[-1, -1], minval=-2))  # stateless_uniform
    emit(R.gamma([5], alpha=[[np.nan, 3.5, 0.999]]))  # gamma
    emit(R.truncated_normal([6], stddev=np.float64(0.5), dtype="float64", seed=42))  # truncated_normal
    err(lambda: R.normal([-4], mean=1e3, stddev=1.0, dtype="float64", seed=2**40 + 3))  # normal
    emit(R.experimental.create_rng_state([1, 2, 3], 1))  # create_rng_state
    emit(R.uniform([1], minval=1e3, maxval=123.456, dtype=np.float16, seed=1234))  # uniform
    emit(R.set_seed(2**33 + 7))  # set_seed
""")

case("program_000019", """
    emit(R.set_seed(1))  # set_seed
    emit(R.create_rng_state(np.int64(77), "auto_select"))  # create_rng_state
    emit(R.categorical([[0.25, 0.5, 5.0, 2.0, -1.0]], 5, seed=np.int64(2**40 + 3)))  # categorical
    emit(R.stateless_normal([1], seed=[2**31 - 1, 3], mean=10.0, stddev=[0.5]))  # stateless_normal
    err(lambda: R.poisson([-4], lam=1.0, dtype="float16", seed=42))  # poisson
    emit(R.uniform(np.array([5, 3, 3], np.int64), minval=-10, maxval=-7, dtype=np.int32, seed=87654321))  # uniform_int
    fo0 = emit(R.experimental.stateless_fold_in((-2, -2**31), -3))  # stateless_fold_in
    fo1 = emit(R.fold_in((1, 2**31 - 1), -3, alg="philox"))  # random.fold_in
    emit(R.uniform((4, 5, 1), minval=5, maxval=23, dtype="int32", seed=42))  # uniform_int
    g0 = emit(R.Generator.from_state([12345, 1, 9], alg=1))  # Generator.from_state
    emit(R.set_seed(-5))  # set_seed
    g1 = emit(R.Generator.from_state([2**40, -2, 9], alg=R.Algorithm.PHILOX))  # Generator.from_state
    emit(R.fixed_unigram_candidate_sampler([[6], [0]], 1, 4, True, 10, unigrams=[3.0, 3.0, 10.0, 10.0, 4.0, 0.5, 0.5, 4.0, 0.5, 0.5]))  # fixed_unigram_candidate_sampler
    m0 = emit(g0.make_seeds(1))  # Generator.make_seeds
    emit(R.experimental.stateless_shuffle(np.float32(1.5), seed=np.array([-2, 12345], np.int64), alg="auto_select"))  # stateless_shuffle
    emit(g0.uniform((2,), maxval=np.array([-0.0, 2.5])))  # Generator.uniform
    emit(R.stateless_uniform([5, 1], seed=[2**31 - 1, 1], minval=123.456, dtype="float16"))  # stateless_uniform
    emit(R.uniform(np.array([], np.int32), minval=-2, maxval=2.5, seed=87654321))  # uniform
""")

case("program_000020", """
    emit(R.set_seed(1234))  # set_seed
    emit(R.stateless_parameterized_truncated_normal([6], seed=np.array([-2**31, -2**31], np.int64), means=np.float16(1.0), stddevs=np.float16(1.0), minvals=np.float16(-1.0), maxvals=np.float16(1.0)))  # stateless_parameterized_truncated_normal
    err(lambda: R.experimental.stateless_split([1, 1, 1], num=4))  # stateless_split
    s0 = None
    emit(R.set_seed(None))  # set_seed
    g0 = emit(R.Generator.from_state([2**40, -2, -1], alg=R.Algorithm.PHILOX))  # Generator.from_state
    emit(R.set_seed(-5))  # set_seed
    emit(g0.algorithm)  # Generator.state
    err(lambda: g0.truncated_normal(np.array([0], np.int32), mean=-2, stddev=0.5, dtype="bool"))  # Generator.truncated_normal
    err(lambda: R.categorical([[0.25, 0.0, 0.25], [10.0, 5.0, 0.25]], 0, dtype="uint8", seed=7))  # categorical
    emit(g0.skip(0))  # Generator.skip
    err(lambda: g0.uniform([2, -3], maxval=-3.5, dtype="string"))  # Generator.uniform
    gs0 = emit(g0.split(1))  # Generator.split
    emit(R.stateless_poisson(np.array([0, 5], np.int64), seed=np.array([2**40, 5], np.int64), lam=5.0, dtype="float64"))  # stateless_poisson
    gs1 = emit(g0.split())  # Generator.split
    emit(R.stateless_categorical([[0.5, 0.25, 10.0], [1.0, -3.0, 2.0]], 2, seed=np.array([2**64 - 1, 2], np.uint64), dtype=np.int32))  # stateless_categorical
    emit(R.uniform([3, 4], minval=0, maxval=10, dtype=np.int32, seed=3))  # uniform_int
""")

case("program_000021", """
    emit(R.set_seed(2))  # set_seed
    emit(R.gamma(np.array([5], np.int64), alpha=[-1.0]))  # gamma
    s0 = emit(R.experimental.stateless_split([2**31 - 1, 5], alg=R.Algorithm.AUTO_SELECT))  # stateless_split
    err(lambda: R.all_candidate_sampler([[1]], 2, 3, True, seed=3))  # all_candidate_sampler
    emit(R.normal([3, 5, 3], mean=np.float32(1.0), dtype="float64", seed=87654321))  # normal
    emit(R.normal([6], mean=-2, stddev=np.array([3.0, 1e20, 3.0, 0.5, -0.0, -1.0]), seed=2**40 + 3))  # normal
    emit(R.uniform([3, 4, 5], dtype=np.float32))  # uniform
    fo0 = emit(R.fold_in([2, 3], 1))  # random.fold_in
    err(lambda: R.learned_unigram_candidate_sampler([[3, 1], [1, 0]], 2, 6, True, 4, seed=3))  # learned_unigram_candidate_sampler
    emit(R.normal(np.array([], np.int64)))  # normal
    emit(R.uniform([2, 6], maxval=10.0, dtype="float32", seed=-1))  # uniform
    fo1 = emit(R.experimental.stateless_fold_in([2**40, 1], 2**40, alg=3))  # stateless_fold_in
    emit(R.poisson([6], lam=[15.0, 9.99], dtype="int64"))  # poisson
    emit(R.normal((2, 6), mean=0))  # normal
    emit(R.stateless_truncated_normal(np.array([4, 1], np.int32), seed=np.array([1, 3], np.uint32), mean=np.array([[100.0]], np.float32), dtype="float32"))  # stateless_truncated_normal
    g0 = emit(R.experimental.Generator.from_seed(np.int64(77)))  # Generator.from_seed
    emit(R.all_candidate_sampler([[0, 0, 0], [0, 0, 0]], 3, 1, True, seed=2))  # all_candidate_sampler
    emit(R.stateless_categorical([[2.0], [2.0]], 7, seed=np.array([2**31 - 1, 5], np.int64), dtype="int64"))  # stateless_categorical
    emit(R.uniform([5], minval=-2**31, maxval=2**31 - 1, dtype=np.int32))  # uniform_int
    g1 = emit(R.Generator.from_state(np.array([1, 3, 9], np.int64), alg=1))  # Generator.from_state
    emit(g1.uniform_full_int([0, 2], dtype="uint64"))  # Generator.uniform_full_int
    emit(R.stateless_categorical([[-3.0, 2.0, 2.0, 0.5]], 8, seed=[2, 7]))  # stateless_categorical
    emit(R.gamma(np.array([], np.int32), alpha=np.array([2.0, 0.0], np.float64), beta=0.1, dtype="float16", seed=2))  # gamma
    fo2 = emit(R.experimental.stateless_fold_in(np.array([7, -1], np.int32), 2**31 - 1))  # stateless_fold_in
    emit(R.stateless_categorical([[-np.inf, 10.0, 1.0, 0.0, 10.0], [10.0, 0.0, 0.25, 0.5, -1.0], [10.0, 0.0, 0.5, 0.25, 1.0]], 2, seed=np.array([3, 1], np.int32), dtype=np.int32))  # stateless_categorical
    emit(R.uniform_candidate_sampler([[1, 1], [2, 1], [2, 1]], 2, 1, False, 5))  # uniform_candidate_sampler
    emit(g0.key)  # Generator.state
    emit(R.set_seed(2))  # set_seed
    emit(g0.uniform_full_int([5, 6], dtype="uint32"))  # Generator.uniform_full_int
    err(lambda: R.stateless_normal([3, -1, 2], seed=s0[1], mean=0.0, dtype="float16"))  # stateless_normal
    emit(R.truncated_normal([3, 6]))  # truncated_normal
""")

case("program_000024", """
    emit(R.set_seed(0))  # set_seed
    emit(R.experimental.index_shuffle(np.arange(8, dtype=np.uint32), seed=np.array([1, 2], np.uint32), max_index=np.uint32(13)))  # index_shuffle
    emit(R.experimental.create_rng_state(2**64 - 1, 1))  # create_rng_state
    emit(R.stateless_normal([1, 2], seed=[-1, 2**31 - 1], mean=-1e10, stddev=0.0))  # stateless_normal
    s0 = emit(R.experimental.stateless_split(np.array([-1, 1], np.int64), num=1))  # stateless_split
    emit(R.stateless_truncated_normal((2,), seed=s0[0], stddev=1e20))  # stateless_truncated_normal
    emit(R.stateless_uniform(np.array([2, 6], np.int32), seed=[5, -1], minval=-5, maxval=13, dtype="int32"))  # stateless_uniform_int
    emit(R.uniform_candidate_sampler([[1, 0, 4], [1, 3, 1]], 3, 1, False, 5, seed=1234))  # uniform_candidate_sampler
    emit(R.poisson([1, 1], lam=np.float64(9.99), dtype="float32"))  # poisson
    err(lambda: R.create_rng_state([12, 34], "bogus"))  # create_rng_state
    emit(R.stateless_poisson([4, 0, 1], seed=s0[0], lam=[np.inf], dtype="int32"))  # stateless_poisson
""")

case("program_000026", """
    emit(R.set_seed(2))  # set_seed
    emit(R.stateless_binomial([4, 5, 1], seed=[1, 2**40], counts=np.array([0.5], np.float32), probs=np.array([0.5], np.float32), output_dtype="int64"))  # stateless_binomial
    emit(R.uniform([3, 6], minval=-3.5, maxval=-1.0, seed=1234))  # uniform
    emit(R.normal([3], stddev=3.0, dtype="float64", seed=-7))  # normal
    emit(R.fixed_unigram_candidate_sampler([[3, 7], [1, 0], [3, 7]], 2, 5, True, 8, unigrams=[0.5, 2.0, 4.0, 10.0, 0.5, 4.0, 3.0, 0.5], seed=np.int64(2)))  # fixed_unigram_candidate_sampler
    emit(R.stateless_gamma([2, 4, 2], seed=[7, 12345], alpha=[2.0, 0.0], beta=2.0, dtype=np.float64))  # stateless_gamma
    emit(R.normal([5, 3], seed=-7))  # normal
    emit(R.stateless_truncated_normal((4, 6), seed=(-1, 12345), mean=2.5, stddev=1e-3, dtype="float16"))  # stateless_truncated_normal
    emit(R.stateless_parameterized_truncated_normal(np.array([6], np.int64), seed=np.array([0, 3], np.int32), means=1.0, stddevs=3.0, minvals=3.0, maxvals=10.0))  # stateless_parameterized_truncated_normal
    emit(R.stateless_parameterized_truncated_normal(np.array([6, 4, 1], np.int32), seed=np.array([1, 12345], np.uint32), means=-2.0, stddevs=[[[0.1], [3.0], [1.0], [2.0]], [[1.0], [3.0], [2.0], [2.0]], [[2.0], [1.0], [0.1], [0.1]], [[2.0], [3.0], [3.0], [1.0]], [[0.1], [2.0], [0.1], [0.1]], [[2.0], [2.0], [0.1], [0.5]]], minvals=3.0, maxvals=10.0))  # stateless_parameterized_truncated_normal
    s0 = emit(R.split(np.array([0, 2**31 - 1], np.int32)))  # random.split
    err(lambda: R.experimental.stateless_fold_in([-1, 0, 2], 1))  # stateless_fold_in
    fo0 = None
    emit(R.log_uniform_candidate_sampler([[1, 2, 0], [3, 0, 2], [1, 3, 3]], 3, 3, True, 5, seed=7))  # log_uniform_candidate_sampler
    emit(R.stateless_poisson(np.array([5, 1], np.int32), seed=s0[0], lam=np.inf, dtype="float16"))  # stateless_poisson
    err(lambda: R.stateless_parameterized_truncated_normal([4, 2], seed=s0[0], means=[0.0, 1.0, 2.0]))  # stateless_parameterized_truncated_normal
""")

case("program_000028", """
    emit(R.set_seed(-5))  # set_seed
    g0 = emit(R.Generator.from_state([1, 2], alg="threefry"))  # Generator.from_state
    s0 = emit(R.split(np.array([2**40, 2**40], np.int64), num=4))  # random.split
    emit(R.shuffle(np.float32(1.5), seed=-1))  # shuffle
    err(lambda: R.experimental.index_shuffle(np.arange(3, dtype=np.uint32), seed=np.array([1, 2], np.uint32), max_index=np.array([1048576, 1048576, 1048576, 1048576], np.uint32)))  # index_shuffle
    emit(R.shuffle(np.arange(4, dtype=np.int32).reshape([4])))  # shuffle
    emit(R.log_uniform_candidate_sampler([[835, 29]], 2, 7, False, 2**40))  # log_uniform_candidate_sampler
    err(lambda: R.categorical([10.0, 0.25, 5.0, 5.0], 2, seed=2**40 + 3))  # categorical
    err(lambda: g0.uniform([4, 4], minval=1.0, maxval=0))  # Generator.uniform
    emit(R.uniform(np.array([4], np.int32), maxval=100, dtype="int64"))  # uniform_int
""")

case("program_000029", """
    emit(R.stateless_uniform((4,), seed=[1, 2**40]))  # stateless_uniform
    err(lambda: R.gamma((5, 0), alpha=[1.0, 2.0], beta=[1.0, 2.0, 3.0], seed=3))  # gamma
    emit(R.stateless_truncated_normal([6, 3], seed=np.array([2**64 - 1, 2**64 - 1], np.uint64), mean=0.5, stddev=np.float32(1.0)))  # stateless_truncated_normal
    emit(R.experimental.stateless_shuffle(np.array([[1.5], [-7.0], [-0.0], [0.0]], np.float32), seed=np.array([-2, 0], np.int32)))  # stateless_shuffle
    emit(R.set_seed(2))  # set_seed
    emit(R.uniform([6], maxval=1.0, dtype=np.float32))  # uniform
    emit(R.stateless_truncated_normal([5, 2], seed=(1, 7)))  # stateless_truncated_normal
    emit(R.experimental.create_rng_state(2**70 + 5, 1))  # create_rng_state
    emit(R.stateless_uniform(np.array([], np.int64), seed=[2, 0]))  # stateless_uniform
    g0 = emit(R.Generator.from_seed(-2**40, alg="philox"))  # Generator.from_seed
    emit(R.poisson([4], lam=[[9.99, 1.0], [9.99, np.inf]], dtype="float16", seed=42))  # poisson
    g1 = emit(R.Generator.from_seed(2**64 + 5))  # Generator.from_seed
    emit(R.shuffle(np.arange(5, dtype=np.float64).reshape([5])))  # shuffle
    emit(R.shuffle(np.array([[-7.0, 2.5], [-7.0, -0.0], [-0.0, 1.5], [3.25, 2.5]], np.float32), seed=-1))  # shuffle
    emit(R.normal([4, 5, 3], mean=np.array(-0.0), stddev=np.float32(-0.0), dtype=np.float32, seed=0))  # normal
    fo0 = emit(R.fold_in((0, -1), 0))  # random.fold_in
    emit(R.all_candidate_sampler([[0, 1], [3, 2]], 2, 6, True, seed=0))  # all_candidate_sampler
    err(lambda: R.truncated_normal([6], stddev=np.array([-0.0, 1e-3, 2.0, 1.0, 0.1, 1e20], np.float64), dtype="int32"))  # truncated_normal
    emit(g0.normal(np.array([], np.int32), mean=1.0, dtype=np.float16))  # Generator.normal
    emit(g1.truncated_normal([1]))  # Generator.truncated_normal
    fo1 = emit(R.experimental.stateless_fold_in([2, 2**40], 0, alg=1))  # stateless_fold_in
    fo2 = emit(R.fold_in([0, 1], 1, alg=1))  # random.fold_in
    emit(R.uniform([1], minval=0, maxval=1, dtype="int64", seed=2**31 - 1))  # uniform_int
    emit(R.stateless_uniform([], seed=[2**40, 3], maxval=np.float32(-2)))  # stateless_uniform
    m0 = emit(g1.make_seeds(3))  # Generator.make_seeds
    emit(R.uniform(np.array([5, 5], np.int32), minval=-2**31, maxval=2**31 - 1, dtype=np.int32, seed=-7))  # uniform_int
    emit(R.stateless_uniform([4], seed=[5, -1], maxval=[123.456, 0.5, 0.5, 3]))  # stateless_uniform
    emit(g1.uniform([0, 5, 2]))  # Generator.uniform
""")

case("program_000030", """
    emit(R.stateless_uniform([3], seed=np.array([2**31 - 1, 2**31 - 1], np.int64), minval=2.5, maxval=-1.0, dtype=np.float64))  # stateless_uniform
    emit(R.stateless_binomial([3], seed=np.array([3.5, 2.0], np.float32), counts=np.float64(0.0), probs=np.float64(0.3)))  # stateless_binomial
    emit(R.stateless_uniform([4, 0], seed=[12345, 2**31 - 1], minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    emit(R.stateless_truncated_normal([3, 6], seed=(-2**31, 7), mean=1e30))  # stateless_truncated_normal
    emit(R.normal((4,), seed=-1))  # normal
    g0 = emit(R.Generator.from_state([2**40, 1, -1], alg="philox"))  # Generator.from_state
    emit(g0.state)  # Generator.state
    emit(R.stateless_uniform([4, 4], seed=[0, -2**31], maxval=[2.5], dtype="float16"))  # stateless_uniform
    g1 = emit(R.Generator.from_state([3, 9, 0], alg="philox"))  # Generator.from_state
    emit(R.gamma((5, 2), alpha=0.0, seed=2**40 + 3))  # gamma
    emit(g1.normal([], mean=-1e10))  # Generator.normal
    emit(R.truncated_normal([5, 2, 1], mean=2.5, stddev=[[[0.0], [1e20]]], seed=42))  # truncated_normal
    err(lambda: R.normal([0, 6, 2], dtype="bool", seed=-1))  # normal
    emit(g0.normal(np.array([], np.int64), stddev=0.5))  # Generator.normal
    emit(R.gamma([1, 2], alpha=0.0, beta=0.0, dtype="float16", seed=7))  # gamma
    emit(R.stateless_categorical(np.array([[0.5, 0.25, 0.25, -np.inf]], np.float16), 6, seed=[0, -1]))  # stateless_categorical
    emit(R.stateless_parameterized_truncated_normal((), seed=np.array([0, 5], np.int64), stddevs=2.0, minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    s0 = emit(R.experimental.stateless_split([5, -2], num=2))  # stateless_split
    s1 = emit(R.split((2**31 - 1, -2**31), num=2))  # random.split
    fo0 = emit(R.experimental.stateless_fold_in(np.array([-1, 12345], np.int32), 2**31 - 1))  # stateless_fold_in
    emit(R.experimental.index_shuffle(np.arange(1, dtype=np.uint64), seed=[1, 2**31 - 1], max_index=1048576))  # index_shuffle
    emit(R.stateless_binomial(np.array([3], np.int64), seed=(0, 2**31 - 1), counts=1.0, probs=0.999, output_dtype="float32"))  # stateless_binomial
    emit(R.categorical(np.array([[0.0, 0.5, -np.inf, 0.5], [-np.inf, 0.0, 2.0, -1.0]], np.float64), 3, seed=-1))  # categorical
""")

case("program_000035", """
    err(lambda: R.stateless_gamma([-2, 0], seed=[1, 5], alpha=0.25, beta=2.0, dtype="float32"))  # stateless_gamma
    emit(R.poisson([3], lam=np.array([1e4, 0.0], np.float16), seed=7))  # poisson
    emit(R.shuffle(np.arange(3, dtype=np.int32).reshape([3]), seed=2**31))  # shuffle
    emit(R.uniform(np.array([], np.int32), minval=3, dtype=np.float16, seed=42))  # uniform
    emit(R.experimental.create_rng_state(2**70 + 5, "auto_select"))  # create_rng_state
    err(lambda: R.normal([2, -3], mean=-1.0, stddev=1.0, seed=2))  # normal
    emit(R.stateless_normal([3, 2, 1], seed=[2**31 - 1, 2**31 - 1], stddev=0.0, dtype="float64", alg=3))  # stateless_normal
    emit(R.stateless_uniform([], seed=(-2**31, 0), minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    emit(R.stateless_uniform([2, 0], seed=[2**31 - 1, -1], minval=-100, maxval=-50, dtype="int32"))  # stateless_uniform_int
    emit(R.truncated_normal(np.array([1], np.int32), mean=0.0, dtype="bfloat16", seed=42))  # truncated_normal
    emit(R.uniform([4], minval=np.float32(-2), seed=1))  # uniform
    emit(R.gamma((4, 3), alpha=[0.0], beta=2.0, seed=1))  # gamma
    emit(R.stateless_truncated_normal([5, 1, 0], seed=np.array([2**31, 3], np.uint32), stddev=0.1, alg=R.Algorithm.AUTO_SELECT))  # stateless_truncated_normal
    emit(R.uniform_candidate_sampler([[5], [4]], 1, 2, True, 10, seed=-1))  # uniform_candidate_sampler
    emit(R.truncated_normal((), dtype=np.float32, seed=-7))  # truncated_normal
    g0 = emit(R.Generator.from_seed([1, 2]))  # Generator.from_seed
    m0 = emit(g0.make_seeds(2))  # Generator.make_seeds
    emit(R.stateless_uniform([1, 5], seed=(-2**31, -1), minval=-3.5, dtype="float64"))  # stateless_uniform
    emit(g0.uniform([4], minval=-4, maxval=3, dtype="int32"))  # Generator.uniform_int
    emit(g0.uniform([6], minval=None, maxval=None, dtype="int64"))  # Generator.uniform_int
    fo0 = emit(R.fold_in(m0[:, 0], 17))  # random.fold_in
    emit(R.categorical([[-np.inf, 5.0, -1.0], [2.0, -np.inf, -1.0], [-np.inf, 0.25, -np.inf]], 5, dtype="int32", seed=87654321))  # categorical
    emit(R.shuffle(np.arange(1, dtype=np.float16).reshape([1]), seed=5))  # shuffle
    gs0 = emit(g0.split())  # Generator.split
    err(lambda: R.split([1, -1], alg=2))  # random.split
    s0 = None
    emit(gs0[0].uniform([1, 2, 1], minval=0.5, dtype="float32"))  # Generator.uniform
    emit(R.stateless_uniform([4, 1, 3], seed=m0[:, 0], minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    emit(g0.uniform(np.array([1, 5, 5], np.int32), minval=0, maxval=1, dtype="int32"))  # Generator.uniform_int
    emit(gs0[0].uniform([5], minval=None, maxval=None, dtype=np.int64))  # Generator.uniform_int
    emit(gs0[0].state)  # Generator.state
""")

case("program_000037", """
    emit(R.stateless_truncated_normal(np.array([3], np.int32), seed=[1, 3], alg="auto_select"))  # stateless_truncated_normal
    emit(R.fixed_unigram_candidate_sampler([[4]], 1, 6, False, 9, unigrams=[0.5, 1.0, 1.0, 4.0, 4.0, 3.0, 4.0, 4.0, 10.0], seed=7))  # fixed_unigram_candidate_sampler
    g0 = emit(R.Generator.from_key_counter(2**40, [2**40, -3], alg="philox"))  # Generator.from_key_counter
    emit(R.learned_unigram_candidate_sampler([[3, 2], [2, 2], [2, 3]], 2, 5, False, 5, seed=0))  # learned_unigram_candidate_sampler
    emit(g0.state)  # Generator.state
    emit(R.set_global_generator(g0))  # set_global_generator
    g1 = emit(R.Generator.from_seed(0))  # Generator.from_seed
    err(lambda: g1.truncated_normal([5, 5], dtype="int32"))  # Generator.truncated_normal
    m0 = emit(R.get_global_generator().make_seeds(3))  # Generator.make_seeds
    emit(R.stateless_gamma([2], seed=[1, 3], alpha=1.0, beta=1e-3, dtype=np.float64))  # stateless_gamma
    emit(R.stateless_uniform([4], seed=[2**31 - 1, -1], minval=np.float64(0.5), alg=R.Algorithm.PHILOX))  # stateless_uniform
""")

case("program_000039", """
    emit(R.stateless_uniform([1, 1, 6], seed=[1, 12345], minval=-5, maxval=23, dtype="int32"))  # stateless_uniform_int
    emit(R.stateless_categorical(np.array([[0.5], [-3.0]], np.float32), 5, seed=np.array([1, 1], np.int32), dtype=np.int32))  # stateless_categorical
    err(lambda: R.stateless_truncated_normal([], seed=[2, 3], dtype="float32", alg="threefry"))  # stateless_truncated_normal
    g0 = emit(R.Generator.from_key_counter(0, [2**40, -3], alg="philox"))  # Generator.from_key_counter
    emit(g0.reset(np.array([10, 20, 30], np.int64)))  # Generator.reset
    g1 = emit(R.Generator.from_seed(-1))  # Generator.from_seed
    err(lambda: R.stateless_binomial((), seed=5, counts=7.0, probs=-0.1, output_dtype="float64"))  # stateless_binomial
    emit(R.normal([4], mean=[10.0, -1.0, 0.0, 10.0], dtype="float16", seed=5))  # normal
    emit(R.stateless_uniform([6], seed=np.array([3, 0], np.int64), minval=8, maxval=27, dtype="int64"))  # stateless_uniform_int
    emit(g1.normal(np.array([3], np.int64), mean=10.0, stddev=3.0))  # Generator.normal
    emit(R.set_seed(2**31 - 1))  # set_seed
    emit(g1.uniform([1, 3], minval=0, maxval=2**33 + 1, dtype="int64"))  # Generator.uniform_int
    emit(R.stateless_poisson([5, 3, 3], seed=[-1, 5], lam=np.array([33.3, 1.0, np.inf], np.float64), dtype="float64"))  # stateless_poisson
    emit(R.categorical(np.array([[-1.0, 1.0]], np.float16), 1, dtype="int64", seed=2**31 - 1))  # categorical
    emit(g1.reset_from_seed(-1))  # Generator.reset_from_seed
    emit(R.poisson([2], lam=np.array([33.3, 100.0], np.float32), dtype=np.int64))  # poisson
    emit(R.stateless_gamma([6, 3], seed=[1, 1], alpha=[-1.0, np.inf, 0.1]))  # stateless_gamma
    emit(R.categorical([[5.0, 2.0, -3.0, 5.0, -3.0], [0.25, 0.0, 1.0, 1.0, -np.inf]], 1))  # categorical
    err(lambda: R.gamma((6,), alpha=[np.nan, np.inf, 1.0], beta=[0.5, -1.0, 1.0], dtype="bfloat16"))  # gamma
    emit(g0.binomial([1], counts=np.float32(0.5), probs=np.float32(0.5), dtype="int64"))  # Generator.binomial
    f0 = F(lambda: R.poisson(np.array([1], np.int32), lam=[[1e4, np.inf, 5.0], [100.0, -1.0, 1e4]], seed=2**31 - 1))  # function
    emit(R.gamma(np.array([4], np.int32), alpha=[3.5], seed=2**31 - 1))  # gamma
    emit(g0.algorithm)  # Generator.state
    g2 = emit(R.Generator.from_seed(2**32, alg="philox"))  # Generator.from_seed
    s0 = emit(R.split([0, -2**31], num=1))  # random.split
    g3 = emit(R.Generator.from_seed(2**32, alg="threefry"))  # Generator.from_seed
    emit(R.poisson([1], lam=[15.0, 5.0, 0.5], dtype="float64", seed=1))  # poisson
    emit(R.stateless_parameterized_truncated_normal(np.array([1, 0], np.int64), seed=[7, 2**40], means=np.float16(1.0), stddevs=np.float16(1.0), minvals=np.float16(-1.0), maxvals=np.float16(1.0)))  # stateless_parameterized_truncated_normal
    emit(g2.uniform(np.array([], np.int64)))  # Generator.uniform
    emit(R.stateless_binomial([6, 1], seed=np.array([1.0, 2.0], np.float32), counts=0.5, probs=0.3))  # stateless_binomial
    fo0 = emit(R.fold_in(s0[0], 2**40))  # random.fold_in
    emit(R.gamma((), alpha=np.array([0.5, 3.5, 0.0], np.float32), beta=0.0, seed=np.int64(7)))  # gamma
    emit(R.categorical([[-np.inf, -3.0], [5.0, 2.0]], 3))  # categorical
    m0 = emit(g2.make_seeds(3))  # Generator.make_seeds
    emit(R.learned_unigram_candidate_sampler([[8, 3], [0, 3]], 2, 3, True, 11, seed=-7))  # learned_unigram_candidate_sampler
    emit(R.stateless_truncated_normal((3,), seed=np.array([2**31 - 1, 12345], np.int64), mean=10.0, dtype=np.float32, alg="auto_select"))  # stateless_truncated_normal
    emit(g1.truncated_normal([5, 0, 4], mean=123.456))  # Generator.truncated_normal
    emit(R.uniform([5, 3], minval=-1e10, maxval=-2, dtype="float16"))  # uniform
    emit(R.stateless_gamma([0], seed=np.array([-1, 1], np.int64), alpha=2.0, beta=0.0, dtype="float16"))  # stateless_gamma
""")

case("program_000044", """
    emit(R.set_seed(1234))  # set_seed
    g0 = emit(R.Generator.from_seed(1234, alg=R.Algorithm.PHILOX))  # Generator.from_seed
    g1 = emit(R.Generator.from_seed(2**64 + 5))  # Generator.from_seed
    emit(g0.uniform([1, 4], minval=None, maxval=None, dtype="int64"))  # Generator.uniform_int
    emit(R.experimental.stateless_shuffle([[1.5], [3.25]], seed=np.array([3.5, 2.0], np.float64), alg=3))  # stateless_shuffle
    emit(g1.state)  # Generator.state
    emit(R.uniform([4, 4, 1], minval=2**31, maxval=2**32, dtype=np.int64, seed=5))  # uniform_int
    emit(g1.uniform_full_int([4], dtype="uint32"))  # Generator.uniform_full_int
    emit(R.poisson([4, 1], lam=np.float64(100.0), dtype=np.int64))  # poisson
    emit(R.learned_unigram_candidate_sampler([[6, 2, 0], [2, 4, 3], [1, 1, 3]], 3, 2, False, 7, seed=3))  # learned_unigram_candidate_sampler
    emit(g1.uniform([4], minval=-2**31, maxval=2**31 - 1, dtype="int32"))  # Generator.uniform_int
    emit(R.normal([2], mean=1e30, dtype="float32", seed=5))  # normal
    emit(R.poisson([2, 4], lam=np.array([33.3, 33.3], np.float16), dtype="float16", seed=3))  # poisson
    emit(R.shuffle(np.array(3.0), seed=87654321))  # shuffle
    emit(R.stateless_categorical([[0.5]], 5, seed=np.array([2**31 - 1, -1], np.int32)))  # stateless_categorical
    err(lambda: R.truncated_normal([3, 5], dtype="int32", seed=87654321))  # truncated_normal
    emit(R.normal([6], mean=np.float32(-0.0), stddev=2.0, dtype="float64", seed=2))  # normal
    emit(g0.uniform([], minval=-2))  # Generator.uniform
    emit(R.shuffle(np.arange(6, dtype=np.float32).reshape([6]), seed=2))  # shuffle
    err(lambda: g1.truncated_normal([-2, 0], dtype="float64"))  # Generator.truncated_normal
    emit(g0.key)  # Generator.state
    emit(g1.state)  # Generator.state
    emit(R.gamma([6], alpha=np.array([np.inf], np.float64), seed=2))  # gamma
    emit(g1.uniform([4], minval=None, maxval=None, dtype=np.int64))  # Generator.uniform_int
    emit(R.stateless_gamma([1], seed=[2**40, -2**31], alpha=[np.nan], beta=[1.0]))  # stateless_gamma
    emit(R.poisson([3], lam=1e4, seed=1))  # poisson
    emit(R.uniform([5], minval=3))  # uniform
    emit(R.categorical([[2.0, -1.0, -np.inf, 0.25, 0.5]], 4, seed=7))  # categorical
    g2 = emit(R.experimental.Generator.from_seed(np.int64(77)))  # Generator.from_seed
    emit(R.stateless_binomial(np.array([3], np.int32), seed=np.array([2, 2], np.uint64), counts=0.0, probs=-0.1, output_dtype="int64"))  # stateless_binomial
    err(lambda: R.uniform([4], minval=0.5, maxval=10.5, dtype=np.int64, seed=-1))  # uniform_int
    emit(g1.reset(np.array([10, 20, 30], np.int64)))  # Generator.reset
    m0 = emit(g0.make_seeds(3))  # Generator.make_seeds
    emit(g2.reset_from_seed(12345))  # Generator.reset_from_seed
    emit(g2.binomial([4, 4, 1], counts=[20.0], probs=[0.9]))  # Generator.binomial
    emit(R.stateless_gamma([5], seed=m0[:, 1], alpha=1e-3))  # stateless_gamma
    emit(R.truncated_normal([], stddev=np.float32(1.0), seed=2**31))  # truncated_normal
    emit(R.stateless_normal([6], seed=m0[:, 1], dtype="float32"))  # stateless_normal
""")

case("program_000047", """
    emit(R.set_seed(42))  # set_seed
    emit(R.normal([6], seed=2**31))  # normal
    emit(R.stateless_uniform([], seed=(3, 12345), minval=1.0, maxval=-1e10, alg=R.Algorithm.PHILOX))  # stateless_uniform
    err(lambda: R.stateless_uniform([2], seed=np.array([2, 12345], np.int32), maxval=[0.5, 1e3, 1e3], dtype="float16"))  # stateless_uniform
    emit(R.experimental.stateless_shuffle([-35], seed=[1, 2**40], alg="PHILOX"))  # stateless_shuffle
    s0 = emit(R.split(np.array([-2**31, -2**31], np.int64), alg=R.Algorithm.PHILOX))  # random.split
    emit(R.stateless_poisson((), seed=[-1, -2], lam=33.3, dtype="float64"))  # stateless_poisson
    s1 = emit(R.experimental.stateless_split([5, -2], num=2))  # stateless_split
    emit(R.uniform_candidate_sampler([[2, 0], [0, 3], [2, 2]], 2, 8, False, 5))  # uniform_candidate_sampler
    err(lambda: R.stateless_uniform((2,), seed=[0, 0, 1], dtype="bfloat16", alg="threefry"))  # stateless_uniform
    emit(R.stateless_binomial((1,), seed=np.array([2, -1], np.int64), counts=np.float64(7.0), probs=np.float64(0.9)))  # stateless_binomial
    emit(R.uniform(np.array([2, 1], np.int64), minval=-2**31, maxval=2**31 - 1, dtype=np.int32))  # uniform_int
    s2 = emit(R.split(s0[1]))  # random.split
    emit(R.poisson([], lam=np.array([40, 7, 3], np.int64), dtype="int32"))  # poisson
    g0 = emit(R.Generator.from_seed(2**32))  # Generator.from_seed
    emit(R.uniform([6], minval=10.0, maxval=1.0, dtype="float16", seed=2))  # uniform
    gs0 = emit(g0.split())  # Generator.split
    f0 = F(lambda: gs0[0].uniform([1], maxval=np.float32(-0.0)))  # function
    emit(R.stateless_normal([1], seed=[2**40, 12345], stddev=1e-3, dtype="float32", alg="auto_select"))  # stateless_normal
    emit(g0.reset([-1, 20, 30]))  # Generator.reset
    g1 = emit(R.experimental.Generator.from_seed(7, alg="philox"))  # Generator.from_seed
""")

case("program_000048", """
    emit(R.set_seed(2**31 - 1))  # set_seed
    emit(R.stateless_uniform([], seed=np.array([0, 2**32 - 1], np.uint32), minval=2**31, maxval=2**32, dtype="int64"))  # stateless_uniform_int
    emit(R.set_seed(0))  # set_seed
    err(lambda: R.fixed_unigram_candidate_sampler([[1, 0]], 2, 3, True, 4, unigrams=[1.0, 1.0, 3.0, 4.0], distortion=2.0, num_reserved_ids=1, seed=1))  # fixed_unigram_candidate_sampler
    f0 = F(lambda: (R.stateless_normal(np.array([2], np.int32), seed=np.array([-1, 2], np.int64), mean=10.0, dtype="float32", alg=R.Algorithm.AUTO_SELECT), R.categorical(np.array([[5.0, 10.0, 2.0]], np.float64), 7, seed=5)))  # function
    g0 = emit(R.Generator.from_key_counter(np.int64(3), [2**40, -3], alg="philox"))  # Generator.from_key_counter
    emit(g0.uniform(np.array([3], np.int64), minval=100.0, maxval=-3.5, dtype=np.float32))  # Generator.uniform
    emit(R.normal([4], mean=-3.5, dtype="float16", seed=1234))  # normal
    emit(R.set_seed(1))  # set_seed
    emit(R.experimental.stateless_shuffle(np.arange(4, dtype=np.uint8), seed=[3, -2], alg=1))  # stateless_shuffle
    emit(R.poisson([5], lam=[[1.0, -1.0, 15.0], [15.0, 5.0, 5.0]], dtype=np.int64, seed=np.int64(0)))  # poisson
    emit(g0.state)  # Generator.state
    emit(f0())  # function_call
    emit(R.experimental.index_shuffle(np.int64(4), seed=[2**40, 7], max_index=np.int64(7)))  # index_shuffle
    emit(R.stateless_categorical([[0.0, 0.25]], 1, seed=np.array([12345, 0], np.int64)))  # stateless_categorical
    gs0 = emit(g0.split(1))  # Generator.split
    fo0 = emit(R.fold_in(np.array([2**63 + 5, 2**63 + 5], np.uint64), 2**31 - 1))  # random.fold_in
    emit(R.log_uniform_candidate_sampler([[1, 8], [2, 3], [1, 3]], 2, 3, False, 10))  # log_uniform_candidate_sampler
    emit(R.stateless_truncated_normal([2], seed=np.array([-2, -2], np.int32), mean=0, stddev=np.float32(0.1), dtype=np.float64))  # stateless_truncated_normal
    emit(R.experimental.stateless_shuffle(np.arange(3, dtype=np.int32).reshape([3]), seed=np.array([1.0, 2.0], np.float64), alg=R.Algorithm.PHILOX))  # stateless_shuffle
    emit(R.stateless_uniform([4], seed=[7, -2], minval=0.5))  # stateless_uniform
""")

case("program_000050", """
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.truncated_normal([5], stddev=[3.0, 1.0, 0.5, 0.0, 0.5]))  # truncated_normal
    emit(R.set_seed(1))  # set_seed
    err(lambda: R.experimental.stateless_split(np.array([1.0, 7.0], np.float64), num=3))  # stateless_split
    s0 = None
    g0 = emit(R.Generator.from_seed(1, alg="threefry"))  # Generator.from_seed
    emit(R.experimental.stateless_shuffle(np.arange(8, dtype=np.float64).reshape([4, 2]), seed=[2**40, -2]))  # stateless_shuffle
    emit(R.categorical([[0.0], [2.0], [2.0]], 8, dtype="int32"))  # categorical
    fo0 = emit(R.fold_in([0, 0], 1))  # random.fold_in
    err(lambda: g0.uniform_full_int([3, 6]))  # Generator.uniform_full_int
    emit(R.stateless_poisson(np.array([3], np.int64), seed=[-1, 0], lam=1.0))  # stateless_poisson
""")

case("program_000051", """
    emit(R.set_seed(3))  # set_seed
    emit(R.poisson(np.array([2], np.int64), lam=15.0, dtype=np.int64, seed=87654321))  # poisson
    emit(R.stateless_uniform([], seed=(2**40, 2**31 - 1), minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    emit(R.uniform([2], minval=123.456, maxval=0.0, dtype="float64"))  # uniform
    emit(R.truncated_normal(np.array([6, 1], np.int64), mean=np.array([1e30], np.float64), stddev=[2.0], dtype=np.float64, seed=2**31 - 1))  # truncated_normal
    emit(R.normal([1], mean=-2, dtype="float64", seed=2))  # normal
    emit(R.set_seed(5))  # set_seed
    emit(R.truncated_normal([0, 1], mean=0.5, stddev=3.0))  # truncated_normal
    emit(R.categorical(np.array([[-3.0, 5.0, 0.0, 0.25]], np.float64), 6, dtype="int64", seed=-1))  # categorical
    s0 = emit(R.experimental.stateless_split(np.array([2, 7], np.int32), num=1))  # stateless_split
    emit(R.all_candidate_sampler([[0, 0, 0], [0, 0, 0]], 3, 1, False))  # all_candidate_sampler
    emit(R.create_rng_state(np.array([1, 2, 3, 4], np.int64), "threefry"))  # create_rng_state
    emit(R.stateless_uniform([6, 6], seed=[7, 2**40], maxval=np.float32(123.456), dtype="bfloat16", alg=R.Algorithm.PHILOX))  # stateless_uniform
    emit(R.gamma((2, 4), alpha=[10.0, 2.0], dtype="float16"))  # gamma
    emit(R.stateless_gamma([1, 2], seed=[1, -2**31], alpha=[123.0, 0.0], beta=[1e-3]))  # stateless_gamma
    g0 = emit(R.Generator.from_seed(2**64 + 5, alg="threefry"))  # Generator.from_seed
    g1 = emit(R.Generator.from_key_counter(-1, np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    emit(R.stateless_categorical([[0.0], [2.0]], 7, seed=[0, -2**31], dtype="int32"))  # stateless_categorical
    f0 = F(lambda: R.stateless_normal((5,), seed=[0, -2**31], mean=[-3.5, 1.0, 1e3, 2.5, 0.0], stddev=-1.0, dtype="bfloat16"))  # function
    emit(R.stateless_parameterized_truncated_normal(np.array([1, 5], np.int32), seed=np.array([2**31 - 1, -1], np.int64), means=np.float16(0.0), stddevs=np.float16(1.0), minvals=np.float16(-2.0), maxvals=np.float16(2.0)))  # stateless_parameterized_truncated_normal
    err(lambda: R.Generator.from_seed(42, alg="bogus"))  # Generator.from_seed
    g2 = None
    err(lambda: R.stateless_uniform([0, 5], seed=[1, 2, 3], minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    g3 = emit(R.Generator.from_state([9, 0, 1], alg=1))  # Generator.from_state
    emit(g1.normal([5, 5], stddev=0.5))  # Generator.normal
    err(lambda: R.stateless_uniform([6], seed=np.array([1, 2, 3], np.int64), minval=0, maxval=1, dtype="int64"))  # stateless_uniform_int
    emit(R.shuffle(np.arange(20, dtype=np.int32).reshape([4, 5])))  # shuffle
    err(lambda: g0.make_seeds(3))  # Generator.make_seeds
    m0 = None
    g4 = emit(R.Generator.from_seed(np.int64(77), alg="philox"))  # Generator.from_seed
    emit(R.set_seed(2**31 - 1))  # set_seed
    emit(f0())  # function_call
    err(lambda: g0.normal([5], dtype="bool"))  # Generator.normal
    emit(R.poisson(np.array([6], np.int32), lam=1e4, dtype=np.int64, seed=2**31 - 1))  # poisson
    emit(g1.uniform(np.array([2, 5, 1], np.int64), minval=0, maxval=2**20, dtype="int64"))  # Generator.uniform_int
    err(lambda: R.stateless_truncated_normal([4], seed=[-1, 3], stddev=np.float32(-0.0), alg="threefry"))  # stateless_truncated_normal
    emit(R.stateless_binomial([1], seed=s0[0], counts=[7.0], probs=0.0, output_dtype="int32"))  # stateless_binomial
    emit(R.shuffle(np.zeros([0, 2], np.int32), seed=2))  # shuffle
    emit(g3.state)  # Generator.state
    emit(g4.uniform([], minval=0.0, maxval=0.5))  # Generator.uniform
""")

case("program_000053", """
    err(lambda: R.stateless_uniform((1,), seed=[1, 1, 2], minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    emit(R.categorical([[10.0, 0.5, -3.0, 0.25, -3.0], [-np.inf, 0.0, 2.0, 2.0, -np.inf], [10.0, 0.5, 5.0, 0.25, -np.inf]], 4, dtype="int32", seed=7))  # categorical
    emit(R.shuffle(5, seed=3))  # shuffle
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.categorical([[0.0, 2.0], [-1.0, 0.5]], 6, seed=1))  # categorical
    fo0 = emit(R.experimental.stateless_fold_in(np.array([-1, 0], np.int64), 2**31 - 1))  # stateless_fold_in
    emit(R.truncated_normal([1]))  # truncated_normal
    emit(R.fixed_unigram_candidate_sampler([[4], [6], [1]], 1, 4, True, 7, unigrams=[3.0, 1.0, 3.0, 2.0, 10.0, 10.0, 1.0], distortion=2.0, seed=-1))  # fixed_unigram_candidate_sampler
    emit(R.stateless_parameterized_truncated_normal([3], seed=[2, -2], stddevs=[2.0, 2.0, 2.0], minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(R.stateless_normal([3, 5], seed=(0, -2**31), stddev=0.5, dtype="bfloat16"))  # stateless_normal
    err(lambda: R.create_rng_state(np.array([1, 2, 3, 4], np.int64), "bogus"))  # create_rng_state
    emit(R.poisson(np.array([0, 6], np.int32), lam=np.array([1, 7, 7], np.int32), dtype="float32"))  # poisson
    emit(R.set_seed(87654321))  # set_seed
    emit(R.categorical(np.log(np.array([[0.5, 0.25]])), 6, dtype="int32", seed=7))  # categorical
    emit(R.learned_unigram_candidate_sampler([[2], [1], [2]], 1, 7, False, 3, seed=1))  # learned_unigram_candidate_sampler
    fo1 = emit(R.fold_in([-1, 3], 1))  # random.fold_in
    emit(R.stateless_uniform([5, 3], seed=np.array([5, 3], np.int64), minval=None, maxval=None, dtype="uint32", alg=R.Algorithm.PHILOX))  # stateless_uniform_int
    emit(R.truncated_normal(np.array([3, 5], np.int32), dtype="bfloat16"))  # truncated_normal
    err(lambda: R.stateless_parameterized_truncated_normal([4, 2], seed=[1, 3], means=[0.0, 1.0, 2.0]))  # stateless_parameterized_truncated_normal
""")

case("program_000054", """
    emit(R.uniform((1, 3), dtype="float64", seed=2**31 - 1))  # uniform
    emit(R.stateless_gamma(np.array([2], np.int32), seed=[7, 2], alpha=np.inf))  # stateless_gamma
    g0 = emit(R.Generator.from_key_counter(0, [2**40, -3], alg="philox"))  # Generator.from_key_counter
    emit(R.stateless_binomial([2, 2, 4], seed=[7, 1], counts=[10.0, -3.0, 0.0, 1e4], probs=[0.25, 1.5, 0.3, 1.0]))  # stateless_binomial
    emit(R.experimental.index_shuffle(np.uint32(2), seed=[18, 0], max_index=1048576))  # index_shuffle
    emit(R.gamma((6,), alpha=1e-3, beta=10.0, dtype=np.float64, seed=42))  # gamma
    emit(g0.reset_from_key_counter(5, [6, 7]))  # Generator.reset_from_key_counter
    emit(g0.binomial([1, 1, 3], counts=[20.0, 1e4, 5.0], probs=0.25, dtype="float16"))  # Generator.binomial
    emit(R.log_uniform_candidate_sampler([[22, 12, 2], [29, 39, 49], [26, 47, 19]], 3, 2, True, 50, seed=np.int64(5)))  # log_uniform_candidate_sampler
    emit(R.stateless_uniform([1], seed=[2**40, 2**40], minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    emit(R.truncated_normal([2, 2], stddev=1e20, seed=-1))  # truncated_normal
    fo0 = emit(R.experimental.stateless_fold_in([-2, -1], 2**31 - 1))  # stateless_fold_in
    emit(R.experimental.create_rng_state([1, 2, 3], 2))  # create_rng_state
    emit(R.experimental.stateless_shuffle([-27, 6, 46, -41], seed=[0, -1]))  # stateless_shuffle
    emit(R.stateless_truncated_normal([2, 4], seed=[-1, -2**31]))  # stateless_truncated_normal
    emit(R.stateless_categorical([[5.0]], 5, seed=[2, 1], dtype=np.int32))  # stateless_categorical
    emit(R.stateless_gamma([2], seed=[2, 2], alpha=3.5))  # stateless_gamma
    emit(R.fixed_unigram_candidate_sampler([[1, 3]], 2, 7, False, 6, unigrams=[4.0, 3.0, 4.0, 0.5, 1.0, 0.5], distortion=0.0, seed=2**31 - 1))  # fixed_unigram_candidate_sampler
    emit(g0.reset(np.array([10, 20, 30], np.int64)))  # Generator.reset
    emit(g0.normal([], stddev=0.5))  # Generator.normal
""")

case("program_000055", """
    emit(R.set_seed(87654321))  # set_seed
    err(lambda: R.Generator.from_seed(-1, alg="bogus"))  # Generator.from_seed
    g0 = None
    emit(R.stateless_poisson([4, 3], seed=(0, 7), lam=[9.99, 1e4, 0.0]))  # stateless_poisson
    emit(R.normal([1, 4], stddev=np.float32(-0.0), seed=1234))  # normal
    emit(R.stateless_poisson(np.array([6, 2, 1], np.int32), seed=np.array([7, -2**31], np.int64), lam=np.array([40], np.int32), dtype="float32"))  # stateless_poisson
    emit(R.stateless_poisson([3], seed=[0, 3], lam=33.3, dtype="int64"))  # stateless_poisson
    emit(R.stateless_categorical([[-3.0, 0.25]], 2, seed=[5, -1]))  # stateless_categorical
    g1 = emit(R.experimental.Generator.from_seed(0))  # Generator.from_seed
    emit(R.shuffle(np.arange(5, dtype=np.float32).reshape([5])))  # shuffle
    err(lambda: R.experimental.stateless_fold_in((2**40, 2**31 - 1), np.int64(5), alg=7))  # stateless_fold_in
    fo0 = None
    emit(R.uniform_candidate_sampler([[354, 96, 353], [191, 936, 445], [733, 58, 256]], 3, 2, False, 2**40))  # uniform_candidate_sampler
    emit(R.stateless_uniform(np.array([4, 6], np.int32), seed=[12345, 2**40], minval=None, maxval=None, dtype="uint64", alg="auto_select"))  # stateless_uniform_int
    emit(R.categorical([[0.5, -1.0, -1.0, 2.0]], 3, dtype="int32", seed=2**31))  # categorical
    emit(R.experimental.stateless_shuffle(np.array([[-0.0]], np.float32), seed=[2, 2]))  # stateless_shuffle
    err(lambda: R.stateless_uniform([-4], seed=np.array([1, 1], np.int64), minval=-2**63, maxval=2**63 - 1, dtype=np.int64, alg=R.Algorithm.AUTO_SELECT))  # stateless_uniform_int
""")

case("program_000056", """
    emit(R.stateless_uniform([1, 4], seed=[3, -2**31], minval=-1.0, maxval=100.0, dtype=np.float32))  # stateless_uniform
    emit(R.uniform(np.array([0], np.int64), minval=-10, maxval=0, dtype="int32", seed=87654321))  # uniform_int
    emit(R.experimental.create_rng_state(1234, 1))  # create_rng_state
    emit(R.all_candidate_sampler([[2, 0, 4], [3, 4, 0], [1, 3, 0]], 3, 5, False))  # all_candidate_sampler
    emit(R.stateless_poisson((0, 2, 2), seed=np.array([-2, 2**40], np.int64), lam=np.array([[0, 40], [0, 3]], np.int64)))  # stateless_poisson
    err(lambda: R.uniform(np.array([1], np.int64), minval=-100, dtype="int64", seed=2**31 - 1))  # uniform_int
    emit(R.shuffle([10, -17, 32, 3, 4, 14, 25], seed=2**40 + 3))  # shuffle
    err(lambda: R.stateless_uniform([2, 4], seed=[1, 2, 3], minval=None, maxval=None, dtype=np.int64))  # stateless_uniform_int
    emit(R.uniform((5,), maxval=-3.5, seed=1234))  # uniform
    err(lambda: R.fold_in([2, -1], [1, 2]))  # random.fold_in
    fo0 = None
    emit(R.shuffle(np.zeros([0], np.float32), seed=7))  # shuffle
    err(lambda: R.uniform(np.array([], np.int32), dtype="bool", seed=-1))  # uniform
    emit(R.uniform([1], minval=-9, maxval=1, dtype="int32", seed=2**40 + 3))  # uniform_int
    emit(R.log_uniform_candidate_sampler([[6, 1, 4], [6, 5, 7], [6, 5, 9]], 3, 5, False, 10, seed=np.int64(-7)))  # log_uniform_candidate_sampler
    err(lambda: R.stateless_binomial([2, -3], seed=[-2**31, 2**40], counts=np.array([20.0, 5.0], np.float32), probs=np.array([0.5, 1.0], np.float32)))  # stateless_binomial
    g0 = emit(R.Generator.from_seed(0, alg="philox"))  # Generator.from_seed
    g1 = emit(R.Generator.from_state([12345, 0, 12345], alg=R.Algorithm.PHILOX))  # Generator.from_state
    emit(R.normal(np.array([4, 4], np.int32), seed=2**31))  # normal
    m0 = emit(g0.make_seeds(3))  # Generator.make_seeds
    emit(g0.uniform([6, 0, 4], minval=-1e10))  # Generator.uniform
    emit(R.normal(np.array([5, 6], np.int32), mean=np.float32(-0.0), seed=2))  # normal
    emit(g0.uniform([6, 1, 5], minval=-8, maxval=34, dtype="int32"))  # Generator.uniform_int
    emit(R.truncated_normal([6, 4], mean=1e30, dtype=np.float32, seed=2**31))  # truncated_normal
    emit(R.uniform_candidate_sampler([[102, 248, 816], [364, 586, 876], [62, 17, 987]], 3, 1, False, 1000000, seed=-1))  # uniform_candidate_sampler
    err(lambda: g0.reset([1, 2, 3, 4]))  # Generator.reset
""")

case("program_000058", """
    emit(R.learned_unigram_candidate_sampler([[6, 1, 0], [1, 2, 5], [5, 0, 3]], 3, 2, True, 7, seed=2**31 - 1))  # learned_unigram_candidate_sampler
    emit(R.normal([6, 5], dtype="float64", seed=2))  # normal
    emit(R.stateless_normal([6, 1], seed=[-2, -2], mean=-3.5, stddev=[[0.1], [0.0], [10], [3.0], [1e-3], [0.1]], alg=3))  # stateless_normal
    fo0 = emit(R.experimental.stateless_fold_in((1, 7), 17))  # stateless_fold_in
    emit(R.shuffle(np.arange(4, dtype=np.int32).reshape([4]), seed=2**31 - 1))  # shuffle
    g0 = emit(R.experimental.Generator.from_state([3, 3, 2], alg=R.Algorithm.PHILOX))  # Generator.from_state
    g1 = emit(R.Generator.from_seed([1, 2]))  # Generator.from_seed
    emit(R.set_seed(2**31 - 1))  # set_seed
    emit(R.stateless_uniform([1], seed=[12345, 2**40], minval=6, maxval=47, dtype="int64"))  # stateless_uniform_int
    emit(g0.truncated_normal([3, 1, 2], stddev=1e-3, dtype=np.float64))  # Generator.truncated_normal
    emit(R.uniform([3, 3], minval=2.5, maxval=123.456, dtype="float32"))  # uniform
    gs0 = emit(g0.split(2))  # Generator.split
    emit(g1.state)  # Generator.state
    f0 = F(lambda: (R.shuffle(np.arange(5, dtype=np.int32).reshape([5]), seed=1), gs0[0].binomial([3, 2, 1], counts=[[0.5], [1.0]], probs=[[0.5], [0.9]], dtype="float16"), gs0[1].uniform([5, 2], minval=9, maxval=15, dtype="int64")))  # function
    emit(R.stateless_categorical(np.array([[-1.0, 5.0, 0.5], [10.0, 2.0, 5.0], [0.25, 1.0, 2.0]], np.float16), 1, seed=np.array([12345, -1], np.int64)))  # stateless_categorical
    emit(gs0[1].uniform([4], minval=-3, maxval=14, dtype="int32"))  # Generator.uniform_int
    emit(R.uniform_candidate_sampler([[23, 33]], 2, 1, False, 50, seed=2))  # uniform_candidate_sampler
    emit(R.normal([2, 2, 4], dtype="float16"))  # normal
    emit(g1.binomial([5, 4], counts=np.array([10.0, 5.0, 1.0, 1e4], np.float16), probs=np.float16(0.25)))  # Generator.binomial
    emit(R.uniform([2], minval=-3.5, maxval=1e3, seed=2))  # uniform
    emit(R.uniform([2], minval=0, maxval=1, dtype=np.int32, seed=2))  # uniform_int
    g2 = emit(R.Generator.from_state([2**40, -2, 0], alg=R.Algorithm.PHILOX))  # Generator.from_state
    emit(R.shuffle(np.arange(6, dtype=np.float16).reshape([3, 2]), seed=-1))  # shuffle
""")

case("program_000061", """
    emit(R.set_seed(0))  # set_seed
    emit(R.stateless_truncated_normal((5, 5), seed=[3, -2], mean=0.5, dtype=np.float64))  # stateless_truncated_normal
    emit(R.uniform(np.array([4], np.int32), minval=0, maxval=1, dtype=np.int64, seed=2))  # uniform_int
    err(lambda: R.fixed_unigram_candidate_sampler([[5], [3], [7]], 1, 5, True, 8, unigrams=[4.0, 1.0, 10.0, 10.0, 2.0, 2.0, 0.5, 1.0], num_shards=2, shard=1, seed=7))  # fixed_unigram_candidate_sampler
    emit(R.gamma(np.array([2, 5], np.int64), alpha=[123.0, 3.5, 0.1]))  # gamma
    emit(R.normal([3], stddev=1.0))  # normal
    emit(R.all_candidate_sampler([[0], [1]], 1, 2, True))  # all_candidate_sampler
    emit(R.normal([1], stddev=2.0, dtype=np.float32))  # normal
    emit(R.stateless_uniform([4], seed=[5, 3], minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    err(lambda: R.uniform([-4], minval=0, maxval=10, dtype=np.int32, seed=2**31))  # uniform_int
    fo0 = emit(R.fold_in(np.array([7, 2**31], np.uint32), 17))  # random.fold_in
    err(lambda: R.stateless_uniform([4, 2], seed=[], alg="philox"))  # stateless_uniform
    g0 = emit(R.Generator.from_state([-1, 9, -1], alg=R.Algorithm.PHILOX))  # Generator.from_state
    err(lambda: R.stateless_categorical(np.array([[0.5, 0.0, 0.5, 0.0, 0.25]], np.float32), 3, seed=[-2**31, -2**31], dtype="uint8"))  # stateless_categorical
    gs0 = emit(g0.split(2))  # Generator.split
    emit(R.gamma(np.array([1, 4], np.int32), alpha=[1.0], dtype="float32", seed=1))  # gamma
    emit(R.uniform(np.array([3, 6], np.int64), maxval=2**20, dtype=np.int32, seed=1))  # uniform_int
""")

case("program_000064", """
    emit(R.set_seed(2))  # set_seed
    emit(R.set_seed(1234))  # set_seed
    emit(R.stateless_categorical(np.log(np.array([[0.25, 0.1], [0.1, 0.2]])), 2, seed=[-2**31, 0]))  # stateless_categorical
    f0 = F(lambda: (R.stateless_normal([0, 6], seed=(1, 2**31 - 1), mean=[0.5], dtype=np.float32), R.normal(np.array([3], np.int64), stddev=0.5, seed=2**40 + 3)))  # function
    emit(R.stateless_categorical(np.array([[1.0], [2.0], [2.0]], np.float32), 3, seed=(1, 3), dtype="int64"))  # stateless_categorical
    emit(R.categorical([[0.0, 0.25]], 6))  # categorical
    emit(R.experimental.stateless_shuffle([[2.5, 1.5]], seed=np.array([7, 1], np.int64), alg=R.Algorithm.PHILOX))  # stateless_shuffle
    err(lambda: R.uniform([6, 0], minval=0.5, maxval=10.5, dtype=np.int32))  # uniform_int
    emit(R.fixed_unigram_candidate_sampler([[1, 6]], 2, 1, True, 9, unigrams=[3.0, 4.0, 3.0, 1.0, 3.0, 3.0, 1.0, 4.0, 1.0]))  # fixed_unigram_candidate_sampler
    emit(R.stateless_uniform([6], seed=[-1, 2], minval=10.0, dtype="float16"))  # stateless_uniform
    emit(R.experimental.create_rng_state(2**63, R.Algorithm.PHILOX))  # create_rng_state
    emit(R.uniform([0], minval=0.5, dtype=np.float16, seed=1))  # uniform
    g0 = emit(R.Generator.from_seed(0, alg="philox"))  # Generator.from_seed
    emit(g0.state)  # Generator.state
    emit(g0.normal([2, 5, 4]))  # Generator.normal
""")

case("program_000066", """
    emit(R.set_seed(None))  # set_seed
    emit(R.categorical([[1.0, 0.5, -1.0, -np.inf], [-1.0, -1.0, 0.25, 0.25]], 5, seed=3))  # categorical
    emit(R.log_uniform_candidate_sampler([[478, 795]], 2, 7, True, 2**40, seed=2))  # log_uniform_candidate_sampler
    emit(R.stateless_uniform([3, 3], seed=np.array([2**40, 2**64 - 1], np.uint64), minval=0, maxval=1, dtype="int32"))  # stateless_uniform_int
    emit(R.uniform([6, 6], maxval=-2, dtype="float32", seed=-1))  # uniform
    emit(R.stateless_normal([5], seed=np.array([3, 2**31 - 1], np.int32), stddev=3.0, dtype="float64", alg=R.Algorithm.AUTO_SELECT))  # stateless_normal
    emit(R.set_seed(42))  # set_seed
    err(lambda: R.truncated_normal([5, 1], mean=np.array(-0.0), dtype="int32"))  # truncated_normal
    f0 = F(lambda: R.normal([1], mean=2.5, stddev=[3.0], dtype="float64", seed=-7))  # function
    emit(R.set_seed(3))  # set_seed
    emit(R.log_uniform_candidate_sampler([[5, 8, 6]], 3, 4, True, 10, seed=-1))  # log_uniform_candidate_sampler
    emit(R.learned_unigram_candidate_sampler([[1]], 1, 7, False, 6))  # learned_unigram_candidate_sampler
    emit(R.uniform_candidate_sampler([[20, 20, 22], [36, 46, 7]], 3, 7, True, 50, seed=1))  # uniform_candidate_sampler
    emit(R.uniform(np.array([5], np.int32), minval=0, maxval=49, dtype="int64", seed=np.int64(-1)))  # uniform_int
    emit(R.stateless_uniform([5, 2], seed=np.array([2**63 + 5, 2**40], np.uint64), minval=-1e10, maxval=0, dtype="bfloat16"))  # stateless_uniform
    emit(R.stateless_truncated_normal(np.array([4, 2, 4], np.int32), seed=np.array([3, -1], np.int32), mean=-2, stddev=1e20, dtype="float16"))  # stateless_truncated_normal
    emit(R.categorical([[10.0, 10.0, 2.0, 0.0], [0.5, 0.5, 0.5, 1.0]], 8, seed=87654321))  # categorical
""")

case("program_000068", """
    emit(R.set_seed(42))  # set_seed
    s0 = emit(R.experimental.stateless_split(np.array([3, 12345], np.int32), num=4))  # stateless_split
    g0 = emit(R.Generator.from_seed(2**64 + 5, alg=R.Algorithm.PHILOX))  # Generator.from_seed
    emit(g0.truncated_normal([1, 5]))  # Generator.truncated_normal
    fo0 = emit(R.experimental.stateless_fold_in([2**40, 0], -3, alg="philox"))  # stateless_fold_in
    err(lambda: R.stateless_binomial([1, 0, 3], seed=[[1, 2], [3, 4]], counts=[10.0, 0.5, 10.0], probs=[0.25, 0.05, 0.0]))  # stateless_binomial
    g1 = emit(R.Generator.from_seed(0))  # Generator.from_seed
    emit(R.uniform([3, 1], maxval=2**20, dtype=np.int32, seed=2))  # uniform_int
    err(lambda: R.Generator.from_state([[1, 2, 3]], alg=1))  # Generator.from_state
    g2 = None
    emit(R.stateless_parameterized_truncated_normal([5, 3], seed=s0[2], means=np.float16(0.0), stddevs=np.float16(3.0), minvals=np.float16(3.0), maxvals=np.float16(10.0)))  # stateless_parameterized_truncated_normal
    emit(g1.uniform([3], minval=None, maxval=None, dtype=np.int64))  # Generator.uniform_int
    emit(g0.uniform([0], minval=123.456, dtype="bfloat16"))  # Generator.uniform
    emit(R.shuffle(np.arange(16, dtype=np.int64).reshape([4, 4]), seed=5))  # shuffle
    emit(g1.binomial([1, 2, 1], counts=[[7.0], [10.0]], probs=[[0.9], [0.05]]))  # Generator.binomial
    emit(g0.reset([10, 20, 30]))  # Generator.reset
    emit(R.experimental.index_shuffle(np.arange(4, dtype=np.uint32), seed=[2, 0], max_index=1048576))  # index_shuffle
    emit(R.stateless_uniform([3, 6], seed=np.array([-2, -2**31], np.int64), dtype=np.float32))  # stateless_uniform
    emit(g0.algorithm)  # Generator.state
    err(lambda: R.stateless_gamma([-1], seed=np.array([-2**31, -2], np.int64), alpha=[3.5, 0.0, 3.5]))  # stateless_gamma
    emit(g1.uniform(np.array([1, 6], np.int32), minval=7, maxval=17, dtype="int64"))  # Generator.uniform_int
""")

case("program_000069", """
    emit(R.set_seed(2))  # set_seed
    emit(R.stateless_uniform([4], seed=np.array([2, 3], np.int64), maxval=-3.5))  # stateless_uniform
    s0 = emit(R.experimental.stateless_split((2, 1), num=2, alg=1))  # stateless_split
    err(lambda: R.create_rng_state(1234, "bogus"))  # create_rng_state
    emit(R.set_seed(2**33 + 7))  # set_seed
    f0 = F(lambda: (R.poisson([1, 1], lam=np.array([0.0, 5.0], np.float16), dtype="float32", seed=0), R.gamma([2, 3], alpha=123.0, beta=1.0, seed=2)))  # function
    emit(f0())  # function_call
    emit(R.stateless_truncated_normal([0], seed=s0[1], mean=1e30, dtype=np.float64, alg="philox"))  # stateless_truncated_normal
    s1 = emit(R.experimental.stateless_split((12345, 2**40), num=2))  # stateless_split
    emit(R.gamma([3], alpha=np.inf, dtype="float16"))  # gamma
    err(lambda: R.split(np.array([2, 3], np.int64), num=-1, alg="philox"))  # random.split
    s2 = None
    emit(R.stateless_truncated_normal(np.array([6, 1], np.int64), seed=np.array([5, -2**31], np.int64), dtype=np.float32))  # stateless_truncated_normal
    emit(R.shuffle(np.arange(4, dtype=np.float32).reshape([1, 4])))  # shuffle
""")

case("program_000071", """
    emit(R.fixed_unigram_candidate_sampler([[1, 7], [2, 8], [2, 4]], 2, 2, True, 9, unigrams=[1.0, 3.0, 2.0, 2.0, 2.0, 3.0, 2.0, 1.0, 3.0], distortion=0.5, seed=1))  # fixed_unigram_candidate_sampler
    f0 = F(lambda: (R.poisson([3, 1], lam=5.0, dtype="int64", seed=0), R.normal([1], mean=10.0, stddev=10, seed=7)))  # function
    err(lambda: R.gamma(np.array([6, 3], np.int64), alpha=[1.0, 2.0], beta=[1.0, 2.0, 3.0], seed=3))  # gamma
    emit(R.normal([], mean=1e30, dtype=np.float16, seed=5))  # normal
    emit(R.uniform([4, 2], dtype="bfloat16", seed=1234))  # uniform
    emit(R.shuffle(np.arange(36, dtype=np.float32).reshape([6, 6]), seed=1234))  # shuffle
    emit(R.stateless_gamma([6, 2], seed=np.array([-2**31, -1], np.int32), alpha=[0.999, np.inf], dtype="float64"))  # stateless_gamma
    f1 = F(lambda: (R.stateless_normal([], seed=[12345, 5], dtype="float32"), R.gamma([], alpha=[[2.0, 1.0], [1e-3, 2.0]], seed=7), R.uniform([1, 2], minval=-100, maxval=-50, dtype="int32", seed=0)))  # function
    emit(f0())  # function_call
    emit(R.set_seed(1234))  # set_seed
    fo0 = emit(R.experimental.stateless_fold_in((0, 2**31 - 1), 2**40))  # stateless_fold_in
    g0 = emit(R.Generator.from_state([0, 9, 2**40], alg="philox"))  # Generator.from_state
    emit(R.set_seed(3))  # set_seed
    emit(R.stateless_normal([5, 0], seed=[7, 2], stddev=1.0, dtype="bfloat16", alg=1))  # stateless_normal
    emit(g0.reset_from_key_counter(-1, [6, 7]))  # Generator.reset_from_key_counter
    emit(R.set_seed(42))  # set_seed
    emit(R.normal(np.array([1, 5], np.int32), dtype="float16", seed=1))  # normal
    emit(R.stateless_parameterized_truncated_normal(np.array([4], np.int32), seed=[5, 12345], means=5.0, stddevs=[3.0, 0.1, 1.0, 0.1], minvals=3.0, maxvals=10.0))  # stateless_parameterized_truncated_normal
    emit(g0.normal([], dtype="float16"))  # Generator.normal
""")

case("program_000074", """
    emit(R.set_seed(2))  # set_seed
    fo0 = emit(R.experimental.stateless_fold_in(np.array([1, -2], np.int32), 1))  # stateless_fold_in
    emit(R.uniform(np.array([2, 5], np.int32), minval=-10, maxval=19, dtype=np.int32, seed=42))  # uniform_int
    emit(R.stateless_uniform([2], seed=[2**31 - 1, 1], minval=4, maxval=21, dtype=np.int64))  # stateless_uniform_int
    g0 = emit(R.Generator.from_state(np.array([5, -1], np.int64), alg="threefry"))  # Generator.from_state
    emit(g0.state)  # Generator.state
    emit(R.shuffle(np.arange(4, dtype=np.int32).reshape([1, 4]), seed=1))  # shuffle
    err(lambda: g0.uniform(np.array([], np.int32), minval=None, maxval=None, dtype="int32"))  # Generator.uniform_int
    emit(R.stateless_parameterized_truncated_normal([5], seed=np.array([0.0, 2.0], np.float64), minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    g1 = emit(R.Generator.from_seed(0))  # Generator.from_seed
    emit(g1.normal([], dtype=np.float32))  # Generator.normal
    emit(g1.reset_from_key_counter(5, [6, 7]))  # Generator.reset_from_key_counter
    err(lambda: R.fixed_unigram_candidate_sampler([[7, 7], [2, 7], [3, 1]], 2, 1, False, 12, unigrams=[2.0, 3.0, 1.0, 4.0, 1.0, 3.0, 1.0, 0.5, 1.0, 1.0, 0.5, 1.0], num_shards=2, shard=1))  # fixed_unigram_candidate_sampler
    g2 = emit(R.Generator.from_state([12345, 2, 3], alg="philox"))  # Generator.from_state
    emit(R.uniform_candidate_sampler([[2, 4, 3]], 3, 8, False, 5, seed=2**31))  # uniform_candidate_sampler
    emit(R.experimental.stateless_shuffle(np.arange(12, dtype=np.float64).reshape([4, 3, 1]), seed=[-1, 7]))  # stateless_shuffle
    emit(g1.binomial(np.array([6, 2, 2], np.int32), counts=[[1e4, 7.0], [5.0, 7.0]], probs=[[0.5, 0.3], [0.25, 0.05]], dtype="float16"))  # Generator.binomial
    emit(R.experimental.stateless_shuffle(np.zeros([3, 0], np.float64), seed=fo0))  # stateless_shuffle
    emit(g1.state)  # Generator.state
    s0 = emit(R.experimental.stateless_split([2**31 - 1, 5], num=2))  # stateless_split
    g3 = emit(R.Generator.from_key_counter(2**40, [6, 7], alg="philox"))  # Generator.from_key_counter
    err(lambda: R.uniform([3, 1], minval=[0, 1], maxval=[5, 10], dtype="int64", seed=2**31))  # uniform_int
""")

case("program_000075", """
    emit(R.set_seed(42))  # set_seed
    emit(R.experimental.create_rng_state(2**70 + 5, 1))  # create_rng_state
    err(lambda: R.normal([5, 5], dtype="string"))  # normal
    emit(R.gamma([4, 1], alpha=[2.0, 0.1, 1e-3]))  # gamma
    emit(R.stateless_uniform([6, 2, 2], seed=[0, 1], minval=123.456))  # stateless_uniform
    emit(R.categorical([[1.0, -1.0, 5.0, 0.0, 5.0], [-3.0, 1.0, 5.0, 0.25, -np.inf]], 3, dtype=np.int32, seed=7))  # categorical
    emit(R.stateless_uniform(np.array([3, 2], np.int32), seed=np.array([-2, 2], np.int32), dtype=np.float32, alg=R.Algorithm.PHILOX))  # stateless_uniform
    emit(R.truncated_normal([0, 4], mean=np.array(-0.0), dtype="float16", seed=1))  # truncated_normal
    f0 = F(lambda: R.uniform([4], minval=-100, maxval=-50, dtype="int32"))  # function u
    emit(R.poisson([3], lam=[[1.0, 1.0], [-1.0, np.inf]]))  # poisson
    emit(R.poisson(np.array([2], np.int64), lam=np.array(40, np.int32), dtype="float16", seed=1))  # poisson
    g0 = emit(R.Generator.from_seed(np.int64(77)))  # Generator.from_seed
    emit(R.uniform((1, 2, 6), minval=-2**31, maxval=2**31 - 1, dtype="int32", seed=2))  # uniform_int
    emit(R.learned_unigram_candidate_sampler([[1], [7], [0]], 1, 2, False, 10))  # learned_unigram_candidate_sampler
    emit(R.uniform(np.array([4], np.int64), minval=-8, maxval=-6, dtype=np.int32, seed=5))  # uniform_int
    gs0 = emit(g0.split(1))  # Generator.split
    emit(R.experimental.index_shuffle(np.int32(3), seed=[5, 9], max_index=1048576))  # index_shuffle
    emit(R.categorical([[-3.0, -3.0], [2.0, -1.0], [-3.0, 5.0]], 5, dtype="int64", seed=2))  # categorical
    emit(g0.truncated_normal([2, 1], stddev=np.float64(10), dtype=np.float16))  # Generator.truncated_normal
    err(lambda: R.uniform([5], minval=-2**31, dtype="int32", seed=-1))  # uniform_int
    emit(R.poisson([1], lam=1e4, dtype=np.int64, seed=2))  # poisson
    emit(gs0[0].uniform_full_int([], dtype="uint64"))  # Generator.uniform_full_int
""")

case("program_000076", """
    emit(R.set_seed(5))  # set_seed
    emit(R.gamma(np.array([0, 5], np.int64), alpha=[0.5, 1e-3, 123.0], dtype=np.float64, seed=2**31 - 1))  # gamma
    emit(R.shuffle(np.arange(4, dtype=np.float16).reshape([4])))  # shuffle
    emit(R.stateless_poisson([4], seed=[2**40, 12345], lam=-1.0, dtype="int32"))  # stateless_poisson
    emit(R.categorical([[-3.0, -np.inf, -3.0, 10.0], [0.25, 0.5, 10.0, 1.0]], 1, dtype=np.int32, seed=87654321))  # categorical
    emit(R.stateless_normal([6], seed=[5, -2], dtype=np.float32, alg="PHILOX"))  # stateless_normal
    s0 = emit(R.experimental.stateless_split(np.array([2, 1], np.int64), num=3, alg="PHILOX"))  # stateless_split
    s1 = emit(R.experimental.stateless_split(s0[2], num=2))  # stateless_split
    emit(R.all_candidate_sampler([[0], [2]], 1, 3, False, seed=1234))  # all_candidate_sampler
    emit(R.stateless_normal([3, 1], seed=(2, 0), stddev=np.array(-0.0)))  # stateless_normal
    g0 = emit(R.Generator.from_seed(0))  # Generator.from_seed
    emit(R.stateless_categorical([[2.0], [0.0]], 8, seed=s0[2]))  # stateless_categorical
    emit(R.experimental.index_shuffle(np.uint32(1), seed=[5, 9], max_index=1))  # index_shuffle
    emit(R.stateless_gamma([2], seed=np.array([0, 2], np.uint64), alpha=[0.25, 2.0], beta=0.5))  # stateless_gamma
    emit(R.stateless_uniform([2], seed=np.array([7, 3], np.int64), dtype="bfloat16"))  # stateless_uniform
    emit(R.uniform([4, 0], minval=5, maxval=0, dtype=np.int64, seed=np.int64(5)))  # uniform_int
    emit(R.experimental.stateless_shuffle([35, 12, -7, -25], seed=np.array([-2**31, -2], np.int32)))  # stateless_shuffle
    emit(R.stateless_truncated_normal([], seed=s0[2], mean=100.0, dtype=np.float64))  # stateless_truncated_normal
""")

case("program_000079", """
    emit(R.set_seed(1))  # set_seed
    emit(R.uniform([4, 2], minval=-6, maxval=-5, dtype="int64"))  # uniform_int
    emit(R.stateless_uniform(np.array([5, 6], np.int64), seed=(7, 5), dtype="float64"))  # stateless_uniform
    emit(R.poisson(np.array([0, 2], np.int64), lam=5.0, dtype="int64", seed=0))  # poisson
    emit(R.poisson([3, 2], lam=np.array([np.inf, 15.0, 33.3], np.float32), seed=1))  # poisson
    g0 = emit(R.Generator.from_key_counter(2**40, np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    err(lambda: R.stateless_parameterized_truncated_normal([4, 2], seed=[3, -1], means=np.float64(1.0), minvals=np.float64(3.0), maxvals=np.float64(10.0)))  # stateless_parameterized_truncated_normal
    s0 = emit(R.split([7, 7], num=2, alg="philox"))  # random.split
    emit(R.stateless_uniform(np.array([1], np.int32), seed=[12345, 5], minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    err(lambda: g0.uniform([2], minval=4, maxval=-4, dtype="int32"))  # Generator.uniform_int
    emit(R.stateless_uniform([5, 2], seed=np.array([3, 2], np.int32), minval=0.0, maxval=10.0, dtype=np.float16))  # stateless_uniform
    emit(R.stateless_normal([3, 1], seed=s0[1], dtype=np.float32, alg="auto_select"))  # stateless_normal
    emit(R.fixed_unigram_candidate_sampler([[0, 0, 0]], 3, 8, False, 2, unigrams=[2.0, 10.0], seed=5))  # fixed_unigram_candidate_sampler
    emit(R.gamma(np.array([0], np.int32), alpha=1e-3, seed=2**40 + 3))  # gamma
    emit(R.truncated_normal([5, 2], mean=-3.5, stddev=2.0, dtype="float64"))  # truncated_normal
    g1 = emit(R.Generator.from_seed([1, 2, 3], alg="philox"))  # Generator.from_seed
    emit(R.uniform(np.array([0, 5], np.int64), minval=0, maxval=1, dtype=np.int32))  # uniform_int
    emit(g0.normal([3], mean=10.0, stddev=1.0, dtype="float16"))  # Generator.normal
    emit(R.stateless_uniform([2, 6], seed=[-2, -1], maxval=100.0))  # stateless_uniform
    err(lambda: R.stateless_parameterized_truncated_normal([6, 2], seed=[3, -1], stddevs=[3.0]))  # stateless_parameterized_truncated_normal
    emit(R.poisson([6, 6], lam=1.0, dtype=np.int64, seed=2**31))  # poisson
    emit(R.normal((0,), mean=1.0, dtype=np.float64))  # normal
    emit(R.stateless_binomial(np.array([4], np.int32), seed=(2**31 - 1, 0), counts=1.0, probs=-0.1, output_dtype="int64"))  # stateless_binomial
    emit(R.stateless_uniform(np.array([6], np.int32), seed=np.array([7, -1], np.int64), minval=0.0, maxval=np.array([3], np.float64), alg=R.Algorithm.PHILOX))  # stateless_uniform
    emit(g1.truncated_normal([], stddev=10, dtype=np.float32))  # Generator.truncated_normal
    emit(g1.normal(np.array([5, 1], np.int64), mean=1e3, stddev=0.1, dtype=np.float64))  # Generator.normal
    emit(g1.reset_from_seed([1, 2]))  # Generator.reset_from_seed
""")

case("program_000080", """
    emit(R.uniform_candidate_sampler([[800, 482, 652]], 3, 2, False, 2**40, seed=np.int64(2**31 - 1)))  # uniform_candidate_sampler
    emit(R.set_seed(1234))  # set_seed
    emit(R.stateless_truncated_normal(np.array([0, 3], np.int32), seed=[2**31 - 1, 5], stddev=1.0, dtype="bfloat16"))  # stateless_truncated_normal
    emit(R.stateless_uniform([], seed=np.array([0, 2**31 - 1], np.int32), minval=None, maxval=None, dtype=np.uint64, alg=3))  # stateless_uniform_int
    emit(R.stateless_normal([4, 3, 3], seed=np.array([0, 1], np.uint64), mean=123.456, stddev=1e-3, dtype=np.float64))  # stateless_normal
    err(lambda: R.stateless_binomial([4], seed=[1, 2, 3], counts=-3.0, probs=1.5, output_dtype="float16"))  # stateless_binomial
    emit(R.uniform([0, 6], seed=5))  # uniform
    emit(R.stateless_uniform([3], seed=[-2, -2**31], minval=None, maxval=None, dtype="uint64"))  # stateless_uniform_int
    s0 = emit(R.experimental.stateless_split([2, 2**31 - 1]))  # stateless_split
    emit(R.stateless_uniform([5, 4], seed=np.array([0, 2**31 - 1], np.int64), minval=0, maxval=10, dtype="int32", alg=R.Algorithm.PHILOX))  # stateless_uniform_int
    emit(R.gamma([4, 5], alpha=[np.nan], seed=7))  # gamma
    emit(R.experimental.create_rng_state(1234, R.Algorithm.THREEFRY))  # create_rng_state
    emit(R.stateless_uniform([6], seed=s0[1], dtype=np.float32))  # stateless_uniform
    emit(R.categorical([[0.0, 0.25], [-np.inf, 10.0], [0.0, 0.25]], 7, seed=2**31 - 1))  # categorical
""")

case("program_000081", """
    emit(R.learned_unigram_candidate_sampler([[8, 1], [10, 8]], 2, 6, True, 12, seed=1))  # learned_unigram_candidate_sampler
    g0 = emit(R.Generator.from_key_counter(np.int64(3), [6, 7], alg="philox"))  # Generator.from_key_counter
    emit(g0.normal([2], stddev=[1e20]))  # Generator.normal
    gs0 = emit(g0.split(2))  # Generator.split
    emit(gs0[1].binomial([4, 1, 2, 1], counts=[[100.0], [100.0]], probs=[[0.05], [0.9]], dtype="int32"))  # Generator.binomial
    emit(R.poisson([3, 4], lam=[0.0], dtype="float32", seed=-7))  # poisson
    emit(g0.reset_from_key_counter(-1, [6, 7]))  # Generator.reset_from_key_counter
    fo0 = emit(R.experimental.stateless_fold_in([2**31 - 1, 7], 5))  # stateless_fold_in
    emit(R.uniform([4, 4, 4], minval=1, maxval=17, dtype="int32", seed=-1))  # uniform_int
    emit(gs0[0].uniform((3,), minval=0, maxval=1, dtype=np.int64))  # Generator.uniform_int
    emit(R.stateless_categorical([[0.0]], 0, seed=[7, 2]))  # stateless_categorical
    emit(R.gamma([1], alpha=[123.0], seed=7))  # gamma
    err(lambda: R.Generator.from_key_counter(2**40, [1, 2, 3], alg="philox"))  # Generator.from_key_counter
    g1 = None
    err(lambda: R.experimental.index_shuffle(np.arange(4, dtype=np.uint32), seed=np.array([3, 4, 5], np.uint32), max_index=np.uint32(1048576)))  # index_shuffle
    err(lambda: R.poisson([2, -3], lam=33.3, dtype="float64", seed=-7))  # poisson
    err(lambda: R.experimental.stateless_split(fo0, num=[2]))  # stateless_split
    s0 = None
    emit(gs0[0].state)  # Generator.state
    emit(R.stateless_parameterized_truncated_normal([], seed=fo0, means=0.5, minvals=3.0, maxvals=10.0))  # stateless_parameterized_truncated_normal
    fo1 = emit(R.fold_in(fo0, 2**40))  # random.fold_in
    emit(gs0[1].binomial([2], counts=20.0, probs=0.25))  # Generator.binomial
    emit(R.gamma([1], alpha=[0.0, 10.0, np.nan], seed=0))  # gamma
    emit(R.stateless_binomial(np.array([6], np.int32), seed=fo1, counts=np.float16(1e4), probs=np.float16(0.3)))  # stateless_binomial
    emit(gs0[0].skip(np.int64(7)))  # Generator.skip
    emit(R.gamma([5], alpha=0.25, dtype="float32", seed=2))  # gamma
    emit(R.categorical(np.array([[0.0, 1.0, -3.0, 2.0, 0.5], [0.0, -3.0, -1.0, -1.0, 0.5], [-3.0, 0.5, 0.25, 0.5, -1.0]], np.float16), 2, seed=7))  # categorical
    emit(R.uniform(np.array([5], np.int64), seed=2**31 - 1))  # uniform
    emit(gs0[0].uniform((2,), minval=3, maxval=100.0))  # Generator.uniform
    emit(R.shuffle(np.arange(18, dtype=np.int64).reshape([3, 6]), seed=2))  # shuffle
    g2 = emit(R.Generator.from_state(np.array([-2, 2**40, 9], np.int64), alg=1))  # Generator.from_state
    emit(R.all_candidate_sampler([[3], [0], [1]], 1, 6, True))  # all_candidate_sampler
    emit(R.stateless_poisson(np.array([2, 4, 2], np.int64), seed=np.array([0, 12345], np.uint32), lam=[1e4, 5.0], dtype="int64"))  # stateless_poisson
    emit(R.poisson([0], lam=3, dtype="int64", seed=2))  # poisson
    emit(R.stateless_uniform([0, 3], seed=[2**40, 5], minval=2, maxval=9, dtype="int64", alg=R.Algorithm.AUTO_SELECT))  # stateless_uniform_int
""")

case("program_000083", """
    g0 = emit(R.Generator.from_seed(np.int64(77)))  # Generator.from_seed
    emit(R.stateless_parameterized_truncated_normal(np.array([], np.int32), seed=(-2**31, -1), means=np.float16(-0.0), stddevs=np.float16(0.5), minvals=np.float16(3.0), maxvals=np.float16(10.0)))  # stateless_parameterized_truncated_normal
    emit(R.shuffle(np.arange(12, dtype=np.float32).reshape([3, 4]), seed=5))  # shuffle
    emit(R.experimental.index_shuffle(np.int64(0), seed=np.array([1, 2], np.int64), max_index=10))  # index_shuffle
    emit(R.uniform(np.array([], np.int64), minval=6, maxval=49, dtype=np.int32, seed=2))  # uniform_int
    emit(R.stateless_categorical([[10.0, 2.0, 10.0, 0.0, -1.0]], 4, seed=[3, 7], dtype=np.int32))  # stateless_categorical
    emit(R.stateless_poisson([2, 5, 3], seed=np.array([0, 7], np.uint32), lam=[9.99, 9.99, 5.0], dtype="float64"))  # stateless_poisson
    emit(R.poisson([1, 4], lam=15.0, seed=87654321))  # poisson
    emit(g0.uniform((1,), minval=-10, maxval=19, dtype="int64"))  # Generator.uniform_int
    err(lambda: R.split([2**40, 0], num=-1))  # random.split
    s0 = None
    emit(R.stateless_uniform([3], seed=np.array([1, 1], np.int32), minval=[-2], maxval=2.5, dtype=np.float16))  # stateless_uniform
    emit(g0.uniform([1, 3], minval=8, maxval=50, dtype="int32"))  # Generator.uniform_int
    emit(R.stateless_poisson([6, 1], seed=np.array([1, 5], np.int32), lam=[-1.0], dtype="int32"))  # stateless_poisson
    emit(R.set_seed(42))  # set_seed
    emit(R.uniform([5, 2], minval=-2**63, maxval=2**63 - 1, dtype=np.int64, seed=87654321))  # uniform_int
    emit(g0.uniform(np.array([3], np.int32), minval=-100, maxval=-50, dtype="int64"))  # Generator.uniform_int
    emit(R.learned_unigram_candidate_sampler([[1, 1, 0], [2, 0, 0]], 3, 3, True, 3, seed=2**31 - 1))  # learned_unigram_candidate_sampler
    emit(R.truncated_normal([1, 2], mean=1e30, stddev=np.float32(1e-3), dtype=np.float32, seed=87654321))  # truncated_normal
    emit(g0.reset([-1, 20, 30]))  # Generator.reset
    emit(g0.reset_from_seed(2**63))  # Generator.reset_from_seed
    emit(g0.reset_from_seed(12345))  # Generator.reset_from_seed
    err(lambda: g0.binomial([5], counts=[10.0], probs=[0.3]))  # Generator.binomial
    emit(R.stateless_categorical(np.array([[2.0, 5.0], [10.0, -np.inf]], np.float16), 5, seed=[5, 7], dtype="int64"))  # stateless_categorical
    fo0 = emit(R.fold_in((2**31 - 1, 7), 2**31 - 1))  # random.fold_in
    emit(g0.truncated_normal([3, 4], mean=0.5))  # Generator.truncated_normal
    emit(g0.skip(1.5))  # Generator.skip
    emit(g0.state)  # Generator.state
    g1 = emit(R.Generator.from_seed(2**32, alg="threefry"))  # Generator.from_seed
    err(lambda: g1.uniform((6, 1), minval=1e30, maxval=0.5, dtype="float32"))  # Generator.uniform
    emit(R.learned_unigram_candidate_sampler([[3, 2], [0, 2], [3, 1]], 2, 8, False, 4, seed=2))  # learned_unigram_candidate_sampler
    emit(g1.state)  # Generator.state
    gs0 = emit(g0.split(2))  # Generator.split
    err(lambda: g1.uniform([5, 1], minval=-3.5))  # Generator.uniform
    s1 = emit(R.experimental.stateless_split([5, 12345], num=2))  # stateless_split
    emit(R.truncated_normal([3], dtype="float16", seed=5))  # truncated_normal
""")

case("program_000084", """
    emit(R.set_seed(None))  # set_seed
    emit(R.stateless_gamma([4, 2], seed=[-2, 2], alpha=[0.1, np.nan], dtype="float32"))  # stateless_gamma
    g0 = emit(R.Generator.from_seed(-1))  # Generator.from_seed
    emit(R.categorical([[1.0, 5.0, 0.25, 0.0], [-3.0, 5.0, 0.0, 10.0], [0.0, 0.0, 1.0, -3.0]], 6, seed=42))  # categorical
    emit(R.experimental.stateless_shuffle(np.zeros([0], np.float32), seed=(5, 2**31 - 1), alg=R.Algorithm.PHILOX))  # stateless_shuffle
    emit(R.experimental.stateless_shuffle(np.arange(24, dtype=np.float64).reshape([4, 6]), seed=np.array([1, 12345], np.int32)))  # stateless_shuffle
    emit(g0.normal([4]))  # Generator.normal
    emit(R.normal([4], stddev=0.0, dtype="float32", seed=-7))  # normal
    emit(R.gamma(np.array([2, 5], np.int64), alpha=0.25, beta=1e-3, seed=1))  # gamma
    emit(g0.reset_from_seed(1))  # Generator.reset_from_seed
""")

case("program_000085", """
    emit(R.set_seed(2))  # set_seed
    g0 = emit(R.Generator.from_seed([1, 2, 3]))  # Generator.from_seed
    s0 = emit(R.split((1, 1), num=3))  # random.split
    emit(g0.uniform([3], minval=10.0, dtype=np.float32))  # Generator.uniform
    emit(R.experimental.create_rng_state(0, R.Algorithm.THREEFRY))  # create_rng_state
    emit(R.gamma([0, 5], alpha=[1e-3, np.inf, np.inf], dtype="float16"))  # gamma
    emit(R.poisson([3], lam=np.array([15.0, 9.99, 9.99], np.float64), dtype="float64", seed=-7))  # poisson
    g1 = emit(R.Generator.from_key_counter(-1, [6, 7], alg="philox"))  # Generator.from_key_counter
    emit(R.normal([4], mean=1.0, stddev=0.1, dtype=np.float16, seed=5))  # normal
    emit(R.poisson(np.array([6, 3], np.int64), lam=9.99, dtype="float16", seed=1))  # poisson
    emit(g1.uniform([1], dtype="float64"))  # Generator.uniform
    emit(R.experimental.stateless_shuffle(np.array(3.0), seed=[-2, -1]))  # stateless_shuffle
    emit(R.stateless_parameterized_truncated_normal(np.array([3], np.int32), seed=(5, 2**31 - 1), means=1.0, minvals=-np.inf, maxvals=-1.0))  # stateless_parameterized_truncated_normal
    emit(R.uniform(np.array([2, 4], np.int32), minval=6, maxval=53, dtype=np.int32))  # uniform_int
    emit(R.gamma([6], alpha=[3.5, 0.1], dtype=np.float64))  # gamma
    emit(R.uniform([2, 5], maxval=1e30, seed=2**31))  # uniform
    emit(g1.uniform([5, 0], dtype=np.float16))  # Generator.uniform
    err(lambda: g1.binomial([5], counts=[10.0], probs=[0.3], dtype="float64"))  # Generator.binomial
    emit(g1.normal((6,), dtype="float16"))  # Generator.normal
    emit(R.all_candidate_sampler([[1, 2, 1], [1, 0, 2], [0, 0, 0]], 3, 3, False))  # all_candidate_sampler
    m0 = emit(g0.make_seeds(3))  # Generator.make_seeds
    emit(R.poisson((4,), lam=33.3))  # poisson
    emit(g0.state)  # Generator.state
    err(lambda: R.experimental.stateless_fold_in(np.array([1, 2, 3], np.int64), np.int32(-2)))  # stateless_fold_in
    fo0 = None
    emit(R.learned_unigram_candidate_sampler([[1]], 1, 3, False, 10))  # learned_unigram_candidate_sampler
    emit(R.stateless_uniform([], seed=s0[1]))  # stateless_uniform
    emit(R.poisson(np.array([3], np.int64), lam=0.0, dtype="int32", seed=-7))  # poisson
    emit(R.uniform([], minval=2.5, seed=5))  # uniform
    emit(R.uniform([3, 3, 5], maxval=10.0, dtype="float16", seed=2**40 + 3))  # uniform
    emit(R.gamma([], alpha=1.0, beta=0.5, seed=-1))  # gamma
    emit(g1.uniform_full_int([], dtype=np.uint64))  # Generator.uniform_full_int
    emit(g0.binomial([5, 4], counts=[20.0, 1e4, 10.0, 1e4], probs=0.5))  # Generator.binomial
    g2 = emit(R.Generator.from_state(np.array([-2, 2**40, 0], np.int64), alg=R.Algorithm.PHILOX))  # Generator.from_state
""")

case("program_000088", """
    err(lambda: R.truncated_normal([4, 3, 3], mean=[-2, 100.0, 1e30, 123.456], stddev=10, dtype=np.float64, seed=5))  # truncated_normal
    s0 = emit(R.split([2, 2], num=1))  # random.split
    emit(R.uniform(np.array([2, 4], np.int64), maxval=7, dtype="int32", seed=2**31))  # uniform_int
    emit(R.stateless_uniform((5, 6), seed=s0[0], minval=10.0))  # stateless_uniform
    emit(R.stateless_binomial([0], seed=[2, 5], counts=np.float64(20.0), probs=np.float64(0.5)))  # stateless_binomial
    emit(R.normal([2, 3, 5], mean=np.float16(-0.0), dtype=np.float16, seed=2**40 + 3))  # normal
    emit(R.normal([5, 6], dtype="float64", seed=np.int64(2**40 + 3)))  # normal
    err(lambda: R.stateless_normal([], seed=s0[0], mean=-1e10, dtype="int64"))  # stateless_normal
    emit(R.log_uniform_candidate_sampler([[0, 0, 1]], 3, 5, True, 5, seed=2))  # log_uniform_candidate_sampler
    emit(R.stateless_normal([3, 5, 2], seed=s0[0], mean=np.array([[10.0, -0.0]], np.float64), stddev=10))  # stateless_normal
    emit(R.stateless_parameterized_truncated_normal([3, 3], seed=(3, 2**40)))  # stateless_parameterized_truncated_normal
    err(lambda: R.categorical([[[-1.0, -1.0, 0.25, -1.0]]], 5, dtype="int32", seed=1))  # categorical
    emit(R.uniform([6, 2], minval=-2**63, maxval=2**63 - 1, dtype="int64", seed=2**31))  # uniform_int
    emit(R.all_candidate_sampler([[0], [1], [0]], 1, 2, True))  # all_candidate_sampler
    emit(R.fixed_unigram_candidate_sampler([[0], [1], [0]], 1, 3, True, 6, unigrams=[3.0, 10.0, 1.0, 4.0, 0.5, 4.0], distortion=2.0, seed=-7))  # fixed_unigram_candidate_sampler
    fo0 = emit(R.experimental.stateless_fold_in((-2, -2**31), 0))  # stateless_fold_in
    err(lambda: R.normal([1, 4], dtype="bool", seed=3))  # normal
    emit(R.uniform((5,), minval=-4, maxval=46, dtype=np.int32, seed=87654321))  # uniform_int
    emit(R.set_seed(0))  # set_seed
    emit(R.stateless_binomial([5, 1, 4], seed=fo0, counts=[5, 5, 20, 5], probs=1.5, output_dtype="float32"))  # stateless_binomial
    emit(R.categorical(np.array([[2.0, -3.0, 0.5, 5.0, 0.5]], np.float32), 7))  # categorical
    emit(R.set_seed(2**33 + 7))  # set_seed
    err(lambda: R.Generator.from_seed(-1, alg="bogus"))  # Generator.from_seed
    g0 = None
    fo1 = emit(R.experimental.stateless_fold_in(np.array([2**31 - 1, -2], np.int64), np.int32(-2)))  # stateless_fold_in
    emit(R.normal([4, 4], mean=0.5, stddev=1e-3, dtype=np.float32, seed=2**40 + 3))  # normal
    emit(R.poisson([5], lam=[[100.0], [0.5]], dtype="float64", seed=42))  # poisson
    s1 = emit(R.experimental.stateless_split((12345, -1), num=3))  # stateless_split
    fo2 = emit(R.experimental.stateless_fold_in([12345, 1], 0, alg=1))  # stateless_fold_in
    emit(R.experimental.stateless_shuffle(np.arange(6, dtype=np.float16).reshape([2, 3]), seed=[3, 2**31 - 1]))  # stateless_shuffle
""")

case("program_000090", """
    emit(R.set_seed(3))  # set_seed
    emit(R.truncated_normal([5], stddev=2.0, seed=7))  # truncated_normal
    g0 = emit(R.Generator.from_seed(7))  # Generator.from_seed
    emit(R.fixed_unigram_candidate_sampler([[3, 4, 2], [3, 2, 1]], 3, 7, False, 6, unigrams=[0.5, 0.5, 3.0, 4.0, 0.5, 3.0], seed=2))  # fixed_unigram_candidate_sampler
    emit(g0.uniform([4, 4, 4], maxval=[[-3.5, -2, 1e30, 1.0]], dtype="float16"))  # Generator.uniform
    emit(R.stateless_uniform([5, 1], seed=[5, 12345], minval=0, maxval=1, dtype="int64"))  # stateless_uniform_int
    err(lambda: g0.normal([1, 4], stddev=10, dtype="bool"))  # Generator.normal
    emit(R.stateless_normal([1, 2, 1], seed=np.array([2**64 - 1, 2], np.uint64), stddev=np.array([[[-0.0], [1.0]]]), alg="PHILOX"))  # stateless_normal
    emit(R.uniform([2], minval=0, maxval=1, dtype="int64"))  # uniform_int
    emit(R.stateless_truncated_normal((), seed=[2**31 - 1, 2], mean=100.0, stddev=np.array(-0.0), alg=R.Algorithm.AUTO_SELECT))  # stateless_truncated_normal
    emit(R.uniform([4], dtype="float64", seed=2))  # uniform
    emit(g0.uniform_full_int((), dtype="uint32"))  # Generator.uniform_full_int
""")

case("program_000091", """
    emit(R.uniform([], minval=-1.0, seed=1234))  # uniform
    err(lambda: R.stateless_parameterized_truncated_normal([6, 5], seed=(2**40, 1), means=np.float16(-0.0)))  # stateless_parameterized_truncated_normal
    err(lambda: R.create_rng_state(2**70 + 5, "bogus"))  # create_rng_state
    err(lambda: R.experimental.stateless_fold_in([2, 1, 7], 0, alg="auto_select"))  # stateless_fold_in
    fo0 = None
    emit(R.normal([1, 4], mean=np.float32(-1.0), dtype="bfloat16", seed=2**40 + 3))  # normal
    emit(R.uniform((2,), dtype="bfloat16", seed=87654321))  # uniform
    err(lambda: R.experimental.stateless_split(fo0, num=2))  # stateless_split
    s0 = None
    emit(R.stateless_categorical(np.array([[0.5, -3.0, 10.0, -3.0, 1.0]], np.float16), 7, seed=np.array([1, 2**63 + 5], np.uint64), dtype="int32"))  # stateless_categorical
    emit(R.truncated_normal((5, 0), dtype="float64", seed=5))  # truncated_normal
    emit(R.stateless_parameterized_truncated_normal([5], seed=(5, 7), means=5.0, minvals=0.9, maxvals=1.1))  # stateless_parameterized_truncated_normal
    emit(R.set_seed(None))  # set_seed
    emit(R.uniform((2, 5), dtype=np.float64, seed=2**31 - 1))  # uniform
    err(lambda: R.experimental.stateless_split(np.array([2.0, 7.0], np.float32), num=3, alg="PHILOX"))  # stateless_split
    s1 = None
    emit(R.shuffle(np.arange(36, dtype=np.float32).reshape([6, 6]), seed=42))  # shuffle
    emit(R.set_seed(87654321))  # set_seed
    emit(R.shuffle(np.arange(36, dtype=np.int32).reshape([3, 4, 3]), seed=2))  # shuffle
    err(lambda: R.uniform([5], minval=123.456, dtype=np.uint8, seed=3))  # uniform
    emit(R.log_uniform_candidate_sampler([[2], [2]], 1, 2, True, 5, seed=2))  # log_uniform_candidate_sampler
    s2 = emit(R.split((-1, 2**31 - 1), num=4))  # random.split
    err(lambda: R.stateless_parameterized_truncated_normal([6, 3], seed=s1[1], means=-2.0, stddevs=2.0, minvals=0.9, maxvals=1.1))  # stateless_parameterized_truncated_normal
    emit(R.stateless_binomial([0, 2], seed=[0, -2], counts=[20, 5], probs=[1.5, 1.0], output_dtype="float16"))  # stateless_binomial
    emit(R.normal([3]))  # normal
    emit(R.stateless_binomial(np.array([1], np.int32), seed=np.array([-1, 7], np.int32), counts=0.0, probs=0.25, output_dtype="int32"))  # stateless_binomial
    err(lambda: R.stateless_gamma([4, 1], seed=s0[0], alpha=[np.inf], dtype=np.float64))  # stateless_gamma
    emit(R.uniform([3, 5, 3], dtype=np.float64))  # uniform
    err(lambda: R.categorical([[[-np.inf, 2.0], [0.25, 10.0], [10.0, 10.0]]], 3, dtype="int32"))  # categorical
    emit(R.stateless_truncated_normal([1], seed=[2, 5]))  # stateless_truncated_normal
    emit(R.log_uniform_candidate_sampler([[8, 2, 5], [4, 5, 7], [3, 5, 2]], 3, 1, False, 10, seed=1))  # log_uniform_candidate_sampler
    emit(R.stateless_gamma([4, 0], seed=[2**40, 2**40], alpha=10.0, dtype="float64"))  # stateless_gamma
    emit(R.normal([2], dtype="float64"))  # normal
    emit(R.set_seed(42))  # set_seed
""")

case("program_000096", """
    emit(R.set_seed(1))  # set_seed
    emit(R.stateless_categorical(np.log(np.array([[0.2]])), 4, seed=[5, 2**40]))  # stateless_categorical
    emit(R.truncated_normal([1, 0], mean=np.array([[]], np.float32), stddev=[], seed=2))  # truncated_normal
    emit(R.stateless_uniform([2, 2, 5], seed=[-2**31, 2**31 - 1]))  # stateless_uniform
    emit(R.stateless_normal([2], seed=[3, 2, -1], mean=0, dtype="float64", alg="philox"))  # stateless_normal
    emit(R.shuffle(np.arange(4, dtype=np.float16).reshape([4]), seed=1))  # shuffle
    emit(R.uniform((6, 3), minval=-2**31, maxval=2**31 - 1, dtype="int32", seed=2**31))  # uniform_int
    emit(R.stateless_poisson([6], seed=np.array([-1, 3], np.int32), lam=np.array(40, np.int32)))  # stateless_poisson
    emit(R.log_uniform_candidate_sampler([[2], [9], [8]], 1, 8, False, 10))  # log_uniform_candidate_sampler
    emit(R.stateless_normal([4], seed=np.array([2**31 - 1, -2**31], np.int32)))  # stateless_normal
    emit(R.stateless_normal(np.array([6, 2, 1], np.int64), seed=[2, -2], dtype="float32", alg="PHILOX"))  # stateless_normal
    g0 = emit(R.Generator.from_seed(1234, alg="philox"))  # Generator.from_seed
    emit(R.stateless_normal([6, 1], seed=[5, -1], mean=1e30, stddev=np.float64(0.0), dtype=np.float64, alg="auto_select"))  # stateless_normal
    emit(R.fixed_unigram_candidate_sampler([[7], [6]], 1, 8, False, 12, unigrams=[0.5, 3.0, 3.0, 10.0, 0.5, 4.0, 10.0, 1.0, 1.0, 1.0, 10.0, 0.5], distortion=0.0, seed=2**31))  # fixed_unigram_candidate_sampler
    err(lambda: R.Generator.from_seed(0, alg="bogus"))  # Generator.from_seed
    g1 = None
    err(lambda: g0.uniform([2], minval=4, maxval=-4, dtype="int64"))  # Generator.uniform_int
    emit(R.create_rng_state([12, 34], "philox"))  # create_rng_state
    emit(R.stateless_categorical([[0.5, 0.5, 1.0], [5.0, 2.0, 0.5]], 0, seed=np.array([3, 2**31 - 1], np.int64)))  # stateless_categorical
    err(lambda: R.experimental.stateless_fold_in(np.array([1, 2], np.uint64), 2**31 - 1, alg=R.Algorithm.THREEFRY))  # stateless_fold_in
    fo0 = None
    emit(g0.uniform([4, 4], minval=-2**63, maxval=2**63 - 1, dtype=np.int64))  # Generator.uniform_int
    err(lambda: R.Generator.from_key_counter(5, [1, 2, 3], alg="philox"))  # Generator.from_key_counter
    g2 = None
    emit(R.stateless_normal((2,), seed=[5, 2**31 - 1], mean=[-2, 0.0], stddev=1.0))  # stateless_normal
""")

case("program_000097", """
    emit(R.set_seed(None))  # set_seed
    emit(R.stateless_gamma([2], seed=np.array([7, 2**31 - 1], np.int32), alpha=[0.5, 1e-3], beta=[0.0, 0.5], dtype="float64"))  # stateless_gamma
    emit(R.uniform([1], minval=1e3, maxval=[[-3.5, 123.456, 123.456], [3, -2, -1.0]], seed=87654321))  # uniform
    g0 = emit(R.Generator.from_seed(-1))  # Generator.from_seed
    emit(g0.uniform((5,), minval=-2**63, maxval=2**63 - 1, dtype="int64"))  # Generator.uniform_int
    err(lambda: R.uniform([6, 4, 0], dtype="int8", seed=3))  # uniform
    emit(g0.normal([3, 4], stddev=1.0, dtype="float32"))  # Generator.normal
    emit(R.set_seed(42))  # set_seed
    emit(R.stateless_categorical(np.array([[5.0, 0.25], [5.0, 0.25]], np.float32), 2, seed=[3, 2**31 - 1], dtype="int64"))  # stateless_categorical
    emit(R.all_candidate_sampler([[1, 0], [3, 2]], 2, 7, True))  # all_candidate_sampler
    emit(g0.reset_from_seed(2))  # Generator.reset_from_seed
    err(lambda: R.fixed_unigram_candidate_sampler([[3, 4, 7]], 4, 5, True, 8, unigrams=[0.5, 1.0, 10.0, 3.0, 2.0, 10.0, 2.0, 2.0]))  # fixed_unigram_candidate_sampler
    emit(R.uniform([4, 5], minval=0, maxval=1, dtype=np.int64))  # uniform_int
""")

case("program_000099", """
    emit(R.set_seed(-5))  # set_seed
    emit(R.shuffle([48, 3, -21, -33]))  # shuffle
    g0 = emit(R.Generator.from_state([2**40, 2**40, 12345], alg=1))  # Generator.from_state
    emit(R.stateless_normal([3], seed=np.array([12345, -2], np.int64), mean=-1.0, alg="auto_select"))  # stateless_normal
    emit(R.stateless_uniform(np.array([5, 4], np.int32), seed=[0, -1], maxval=-1.0, dtype=np.float64, alg=R.Algorithm.PHILOX))  # stateless_uniform
    emit(R.experimental.stateless_shuffle(np.arange(8, dtype=np.float16).reshape([4, 2]), seed=np.array([3, 2**31], np.uint32)))  # stateless_shuffle
    emit(R.stateless_normal([6], seed=[-1, 3], stddev=2.0, dtype=np.float32, alg=1))  # stateless_normal
    emit(g0.uniform([], minval=-5, maxval=2, dtype="int64"))  # Generator.uniform_int
    emit(g0.uniform_full_int(np.array([5, 4], np.int32)))  # Generator.uniform_full_int
    emit(R.stateless_categorical([[0.0, 2.0, -3.0]], 5, seed=np.array([7, 5], np.int32), dtype=np.int32))  # stateless_categorical
    emit(g0.binomial([3, 2, 1], counts=np.array([7.0], np.float64), probs=np.float64(0.25), dtype="float64"))  # Generator.binomial
    f0 = F(lambda: (g0.uniform([0]), R.categorical([[0.0]], 8), R.categorical([[-3.0, -np.inf, 0.25, -1.0, 10.0]], 6, dtype=np.int32, seed=87654321)))  # function u
    emit(f0())  # function_call
    g1 = emit(R.Generator.from_state(np.array([5, -1], np.int64), alg="threefry"))  # Generator.from_state
    err(lambda: g1.uniform_full_int(np.array([0], np.int64), dtype=np.uint64))  # Generator.uniform_full_int
    err(lambda: g1.binomial([1, 1], counts=[100.0], probs=[0.9], dtype="int32"))  # Generator.binomial
    err(lambda: g1.split(1))  # Generator.split
    gs0 = None
    err(lambda: g1.binomial([2], counts=20.0, probs=0.999))  # Generator.binomial
    emit(R.stateless_normal([5, 3], seed=[-1, -1], mean=[[1.0]], stddev=-1.0, dtype=np.float16))  # stateless_normal
    g2 = emit(R.Generator.from_seed(-2**40, alg=R.Algorithm.PHILOX))  # Generator.from_seed
    s0 = emit(R.experimental.stateless_split([2, -1], num=2))  # stateless_split
    emit(R.log_uniform_candidate_sampler([[9, 6], [4, 6]], 2, 8, False, 10, seed=5))  # log_uniform_candidate_sampler
    emit(f0())  # function_call
    emit(g2.binomial([6, 2, 3], counts=[[5.0, 1e4, 7.0], [10.0, 100.0, 20.0]], probs=[0.3, 0.05, 0.5], dtype="float16"))  # Generator.binomial
    emit(g2.uniform([3, 3], minval=0, maxval=2**20, dtype=np.int64))  # Generator.uniform_int
    emit(R.stateless_binomial(np.array([6, 1], np.int32), seed=[7, 7], counts=np.float16(0.0), probs=np.float16(0.05), output_dtype="float16"))  # stateless_binomial
    emit(R.stateless_parameterized_truncated_normal([], seed=[2**40, -2], means=np.float64(0.5), stddevs=np.float64(0.5), minvals=np.float64(-2.0), maxvals=np.float64(2.0)))  # stateless_parameterized_truncated_normal
""")

case("program_000102", """
    emit(R.uniform(np.array([2], np.int32), maxval=2**20, dtype="int64", seed=-1))  # uniform_int
    err(lambda: R.uniform(np.array([3], np.int64), minval=1e3, maxval=[1e3, -3.5, 2.5, -3.5], seed=2**31 - 1))  # uniform
    emit(R.experimental.stateless_shuffle(np.array(3.0), seed=[3, 12345]))  # stateless_shuffle
    emit(R.uniform_candidate_sampler([[2], [0], [4]], 1, 1, True, 5, seed=3))  # uniform_candidate_sampler
    err(lambda: R.Generator.from_state([1, 2], alg=1))  # Generator.from_state
    g0 = None
    emit(R.stateless_parameterized_truncated_normal([5, 1], seed=np.array([-2**31, 3], np.int32), stddevs=0.5, minvals=1.0, maxvals=np.inf))  # stateless_parameterized_truncated_normal
    emit(R.create_rng_state(2**70 + 5, 1))  # create_rng_state
    emit(R.normal([1], stddev=1e20, seed=1))  # normal
    emit(R.all_candidate_sampler([[2, 1, 5], [4, 5, 2], [1, 6, 6]], 3, 7, True, seed=3))  # all_candidate_sampler
    emit(R.truncated_normal([5, 5], mean=np.array(-0.0), stddev=0.5, dtype="bfloat16", seed=2))  # truncated_normal
    emit(R.stateless_categorical([[0.25, 0.5, 5.0, 0.5, 0.25], [2.0, 5.0, -np.inf, 0.5, -3.0]], 1, seed=[1, 2**31 - 1]))  # stateless_categorical
    s0 = emit(R.experimental.stateless_split([3, 0], num=3))  # stateless_split
    emit(R.stateless_uniform([4, 4], seed=(5, 2), minval=np.array([[-3.5, 0, 123.456, -0.0], [2.5, 3, 1.0, -1e10], [-3.5, 10.0, 100.0, -3.5], [1e30, 10.0, -0.0, 0.0]], np.float64), maxval=-1e10, dtype="float16"))  # stateless_uniform
    emit(R.stateless_categorical([[5.0, 5.0, 0.0, 0.25, -np.inf], [0.0, 2.0, 0.5, -np.inf, -3.0], [0.25, 0.0, 0.25, 10.0, 10.0]], 7, seed=[5, 2]))  # stateless_categorical
    g1 = emit(R.Generator.from_seed(-2**40))  # Generator.from_seed
    emit(g1.reset_from_seed(2**63))  # Generator.reset_from_seed
    emit(R.experimental.stateless_shuffle(np.arange(30, dtype=np.int64).reshape([6, 5]), seed=s0[2]))  # stateless_shuffle
    emit(g1.skip(-3))  # Generator.skip
    emit(R.stateless_gamma([4], seed=(2**40, 2**40), alpha=10.0, dtype="float64"))  # stateless_gamma
    emit(R.stateless_uniform((1, 3), seed=np.array([2**31 - 1, 5], np.int32), minval=2, maxval=28, dtype="int64"))  # stateless_uniform_int
    s1 = emit(R.split([-1, 5], num=3, alg=R.Algorithm.AUTO_SELECT))  # random.split
    emit(g1.normal([4], stddev=np.float16(-0.0)))  # Generator.normal
""")

case("program_000103", """
    emit(R.normal([3, 5], mean=np.float32(0.0), dtype=np.float32, seed=2))  # normal
    err(lambda: R.stateless_parameterized_truncated_normal([4, 2], seed=np.array([-2**31, 3], np.int32), means=[0.0, 1.0, 2.0]))  # stateless_parameterized_truncated_normal
    emit(R.uniform([4], minval=-2**31, maxval=2**31 - 1, dtype="int32", seed=2**31 - 1))  # uniform_int
    emit(R.stateless_parameterized_truncated_normal([2, 3], seed=np.array([2**64 - 1, 0], np.uint64), minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    err(lambda: R.stateless_uniform((4,), seed=5, minval=-100, maxval=-50, dtype="int32"))  # stateless_uniform_int
    emit(R.stateless_binomial(np.array([5], np.int64), seed=[-1, 1], counts=7.0, probs=0.05, output_dtype="float64"))  # stateless_binomial
    emit(R.stateless_truncated_normal([4, 6], seed=[-2**31, 5]))  # stateless_truncated_normal
    emit(R.log_uniform_candidate_sampler([[8, 3], [5, 6]], 2, 4, True, 10, seed=np.int64(1)))  # log_uniform_candidate_sampler
    emit(R.experimental.create_rng_state(-1, "philox"))  # create_rng_state
    emit(R.stateless_categorical([[-np.inf, 0.0], [10.0, 5.0]], 4, seed=np.array([1.0, 2.0], np.float64)))  # stateless_categorical
    emit(R.experimental.index_shuffle(np.arange(8, dtype=np.int64), seed=np.array([1, 2], np.int64), max_index=np.int64(1048576)))  # index_shuffle
    emit(R.shuffle(np.arange(15, dtype=np.float32).reshape([3, 5]), seed=2))  # shuffle
""")

case("program_000104", """
    emit(R.uniform([2], minval=-1.0, seed=2**40 + 3))  # uniform
    s0 = emit(R.experimental.stateless_split(np.array([7, 3], np.int32), num=2, alg=R.Algorithm.PHILOX))  # stateless_split
    emit(R.uniform_candidate_sampler([[2, 3, 2]], 3, 2, True, 5, seed=2**31 - 1))  # uniform_candidate_sampler
    err(lambda: R.Generator.from_state([1, 2, 3], alg="threefry"))  # Generator.from_state
    g0 = None
    emit(R.stateless_uniform([1, 1], seed=[1, -2]))  # stateless_uniform
    emit(R.fixed_unigram_candidate_sampler([[5, 4, 0], [4, 0, 6], [3, 7, 2]], 3, 6, True, 8, unigrams=[4.0, 0.5, 0.5, 4.0, 0.5, 0.5, 10.0, 10.0], seed=2**40 + 3))  # fixed_unigram_candidate_sampler
    emit(R.uniform(np.array([1, 3], np.int32), minval=[[1e3, 1.0, 0.0]], seed=7))  # uniform
    emit(R.poisson([6], lam=np.array([100.0], np.float64), seed=1))  # poisson
    emit(R.normal([4, 6], stddev=-1.0, dtype=np.float64, seed=7))  # normal
    emit(R.truncated_normal([2], seed=1))  # truncated_normal
    emit(R.stateless_parameterized_truncated_normal([3, 5], seed=np.array([2**40, -1], np.int64), stddevs=1.0))  # stateless_parameterized_truncated_normal
    emit(R.normal([1], dtype="float32", seed=2**31 - 1))  # normal
    emit(R.gamma([1], alpha=0.5, beta=10.0, dtype="float32", seed=2))  # gamma
    emit(R.poisson([6], lam=[5.0, 100.0, np.inf], dtype="float32", seed=0))  # poisson
    emit(R.categorical([[5.0, 10.0]], 1, seed=1234))  # categorical
    emit(R.stateless_categorical([[5.0]], 1, seed=s0[1], dtype="int32"))  # stateless_categorical
    g1 = emit(R.Generator.from_key_counter(np.int64(3), [0, 0], alg="philox"))  # Generator.from_key_counter
    err(lambda: R.stateless_uniform([3, 1], seed=s0[1], maxval=0, dtype="bool"))  # stateless_uniform
""")

case("program_000105", """
    err(lambda: R.categorical([[[0.25, -np.inf]]], 6, seed=-7))  # categorical
    emit(R.log_uniform_candidate_sampler([[0, 0, 2]], 3, 7, False, 5, seed=2**40 + 3))  # log_uniform_candidate_sampler
    g0 = emit(R.Generator.from_seed(2**64 + 5))  # Generator.from_seed
    m0 = emit(g0.make_seeds())  # Generator.make_seeds
    err(lambda: R.stateless_uniform(np.array([], np.int32), seed=[2, 1, 0], dtype="float64", alg="auto_select"))  # stateless_uniform
    emit(g0.uniform([0], minval=7, maxval=55, dtype=np.int64))  # Generator.uniform_int
    emit(g0.reset_from_key_counter(5, [0, 2**40]))  # Generator.reset_from_key_counter
    err(lambda: R.stateless_parameterized_truncated_normal([4, 6], seed=[-2, 12345], minvals=2.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(R.stateless_truncated_normal([3], seed=np.array([2**40, 0], np.uint64), mean=-1e10, dtype="float16"))  # stateless_truncated_normal
    g1 = emit(R.Generator.from_seed(0))  # Generator.from_seed
    emit(R.shuffle([37, 8], seed=3))  # shuffle
    emit(R.stateless_uniform([1], seed=m0[:, 0], minval=1e30, dtype=np.float64, alg="auto_select"))  # stateless_uniform
    emit(R.normal(np.array([3], np.int32), stddev=1e20, seed=7))  # normal
    emit(R.stateless_binomial(np.array([0], np.int32), seed=[-1, 2**31 - 1], counts=0.0, probs=0.9))  # stateless_binomial
    emit(R.poisson([1, 2], lam=[[9.99, 100.0, 1.0], [0.0, -1.0, 0.0]], seed=1234))  # poisson
    emit(R.create_rng_state(2**70 + 5, R.Algorithm.THREEFRY))  # create_rng_state
    err(lambda: R.uniform([2, -3], minval=2.5, dtype=np.float32, seed=7))  # uniform
    g2 = emit(R.Generator.from_seed(-1, alg="philox"))  # Generator.from_seed
    emit(R.stateless_uniform([1, 1], seed=[3, 3], maxval=[[-1.0, -2, -1e10], [-2, 10.0, 0.0]]))  # stateless_uniform
    emit(R.stateless_truncated_normal([3], seed=(-2, 2**40), stddev=0.0, dtype="float32"))  # stateless_truncated_normal
    emit(R.shuffle(np.arange(6, dtype=np.int64).reshape([6]), seed=-1))  # shuffle
    emit(R.shuffle(np.arange(30, dtype=np.int32).reshape([6, 1, 5]), seed=np.int64(2)))  # shuffle
    emit(R.experimental.stateless_shuffle(np.arange(3, dtype=np.float64).reshape([3]), seed=(-2, -2)))  # stateless_shuffle
    emit(R.uniform([5, 4, 0], minval=10, maxval=18, dtype="int32", seed=0))  # uniform_int
    g3 = emit(R.Generator.from_seed(-2**40))  # Generator.from_seed
    emit(R.set_seed(3))  # set_seed
    emit(R.set_seed(-5))  # set_seed
    g4 = emit(R.Generator.from_seed(0))  # Generator.from_seed
    emit(R.gamma([6], alpha=np.inf))  # gamma
    emit(R.uniform(np.array([], np.int64), maxval=0, dtype=np.float16, seed=3))  # uniform
    emit(g1.binomial([5, 4], counts=[1.0, 0.5, 5.0, 100.0], probs=[0.9, 0.25, 0.999, 0.999]))  # Generator.binomial
    fo0 = emit(R.fold_in([2**31 - 1, 7], 1))  # random.fold_in
    emit(R.stateless_truncated_normal([], seed=np.array([2**31, 2**31], np.uint32), stddev=-1.0, dtype=np.float32))  # stateless_truncated_normal
""")

case("program_000106", """
    g0 = emit(R.Generator.from_key_counter(-1, np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    emit(g0.normal([0, 4, 6], stddev=1.0))  # Generator.normal
    emit(R.uniform([3], minval=1, maxval=16, dtype=np.int64, seed=1))  # uniform_int
    g1 = emit(R.Generator.from_state([1, 12345, 2**40], alg=1))  # Generator.from_state
    emit(g1.uniform([4], dtype=np.float16))  # Generator.uniform
    g2 = emit(R.Generator.from_state(np.array([5, -1], np.int64), alg="threefry"))  # Generator.from_state
    emit(g0.uniform([5, 5], minval=None, maxval=None, dtype="int32"))  # Generator.uniform_int
    emit(R.uniform([3], minval=np.float64(0.5), dtype="bfloat16", seed=87654321))  # uniform
    err(lambda: g2.uniform([3], maxval=np.array(-0.0), dtype=np.float16))  # Generator.uniform
    emit(R.truncated_normal(np.array([5], np.int64), mean=[-3.5, -2, 2.5, 0.5, 1e30], seed=0))  # truncated_normal
    emit(R.gamma([], alpha=-1.0, dtype=np.float64, seed=-7))  # gamma
    emit(R.set_global_generator(g0))  # set_global_generator
    err(lambda: R.experimental.stateless_split([3, 7, 3], num=[2], alg="auto_select"))  # stateless_split
    s0 = None
    emit(R.stateless_categorical([[0.5, 0.25, 0.0]], 4, seed=[2**40, 1], dtype="int64"))  # stateless_categorical
""")

case("program_000107", """
    emit(R.experimental.stateless_shuffle(np.arange(1, dtype=np.int64).reshape([1]), seed=[0, 7]))  # stateless_shuffle
    emit(R.stateless_gamma([5, 2, 3], seed=[5, 3], alpha=[[123.0, 0.5, 0.25], [0.5, 1e-3, np.nan]], beta=10.0, dtype=np.float64))  # stateless_gamma
    emit(R.stateless_uniform([1, 6], seed=[2**40, 5], minval=5, maxval=16, dtype=np.int64))  # stateless_uniform_int
    emit(R.stateless_uniform([4, 1], seed=[-1, 2**40]))  # stateless_uniform
    emit(R.stateless_uniform([1], seed=np.array([0, -2**31], np.int64), alg="PHILOX"))  # stateless_uniform
    emit(R.set_seed(3))  # set_seed
    emit(R.stateless_uniform(np.array([5, 2], np.int32), seed=np.array([12345, 0], np.int32), minval=-2**40, maxval=2**40, dtype=np.int64, alg="auto_select"))  # stateless_uniform_int
    emit(R.stateless_categorical([[1.0, -3.0, 5.0, 0.5], [1.0, -1.0, 1.0, 1.0]], 5, seed=[2**31 - 1, 2**40]))  # stateless_categorical
    emit(R.set_seed(None))  # set_seed
    fo0 = emit(R.experimental.stateless_fold_in([1, 7], np.int32(-2), alg="PHILOX"))  # stateless_fold_in
    emit(R.create_rng_state(2**64 - 1, R.Algorithm.PHILOX))  # create_rng_state
""")

case("program_000109", """
    emit(R.set_seed(3))  # set_seed
    emit(R.truncated_normal((2, 0), mean=np.float16(-0.0), stddev=3.0, seed=np.int64(0)))  # truncated_normal
    emit(R.stateless_poisson([3], seed=[2, 2**40], lam=9.99))  # stateless_poisson
    emit(R.experimental.stateless_shuffle([20, 25, 9, -25, -45, -37, -36], seed=[2**31 - 1, 12345]))  # stateless_shuffle
    emit(R.stateless_parameterized_truncated_normal([2, 1], seed=[3, -2**31], means=np.array(-0.0), stddevs=np.float64(1.0), minvals=np.float64(-1.0), maxvals=np.float64(1.0)))  # stateless_parameterized_truncated_normal
    emit(R.gamma([2], alpha=[0.0, 0.5, 1e-3], beta=[1.0], dtype=np.float64))  # gamma
    err(lambda: R.Generator.from_state([1, 2, 3], alg="threefry"))  # Generator.from_state
    g0 = None
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.gamma(np.array([3], np.int64), alpha=2.0, beta=1e-3, dtype="float32", seed=2**40 + 3))  # gamma
    emit(R.uniform([5, 1], minval=7, maxval=51, dtype="int64", seed=2**40 + 3))  # uniform_int
    emit(R.truncated_normal(np.array([1, 5, 6], np.int64), dtype="bfloat16", seed=3))  # truncated_normal
    emit(R.log_uniform_candidate_sampler([[49, 38], [19, 42], [25, 27]], 2, 3, False, 50))  # log_uniform_candidate_sampler
    g1 = emit(R.Generator.from_seed([1, 2, 3], alg="threefry"))  # Generator.from_seed
    err(lambda: g1.uniform((1,), minval=-2**63, maxval=2**63 - 1, dtype=np.int64))  # Generator.uniform_int
    g2 = emit(R.Generator.from_seed([1, 2, 3], alg="philox"))  # Generator.from_seed
""")

case("program_000110", """
    emit(R.set_seed(2**33 + 7))  # set_seed
    s0 = emit(R.experimental.stateless_split([2, 5], num=1))  # stateless_split
    emit(R.create_rng_state([1, 2, 3], "philox"))  # create_rng_state
    emit(R.stateless_binomial([1, 2, 3], seed=s0[0], counts=[[1.0, 20.0, 20.0], [1e4, 20.0, 20.0]], probs=1.0, output_dtype="float64"))  # stateless_binomial
    emit(R.experimental.index_shuffle(np.int32(0), seed=[11, 16], max_index=np.int32(6)))  # index_shuffle
    emit(R.uniform([3], maxval=1, dtype="int32", seed=np.int64(3)))  # uniform_int
    emit(R.categorical([[1.0, 0.25], [-3.0, 0.25], [0.0, 2.0]], 7, seed=2**31 - 1))  # categorical
    s1 = emit(R.experimental.stateless_split(s0[0]))  # stateless_split
    s2 = emit(R.experimental.stateless_split([7, 12345], num=2))  # stateless_split
    emit(R.uniform(np.array([], np.int64), minval=10.0))  # uniform
    emit(R.stateless_uniform([4, 5], seed=s1[0], minval=None, maxval=None, dtype="uint64"))  # stateless_uniform_int
    emit(R.gamma([2], alpha=1e-3, dtype="float16"))  # gamma
    emit(R.stateless_gamma([5, 2, 3], seed=[5, 2**40], alpha=[-1.0, 1e-3, 3.5], beta=1e-3, dtype="float16"))  # stateless_gamma
    emit(R.truncated_normal((4, 6), dtype=np.float64, seed=0))  # truncated_normal
    f0 = F(lambda: (R.uniform([4], minval=3, maxval=44, dtype=np.int32), R.stateless_uniform((5, 3), seed=np.array([2, 2], np.uint64), dtype=np.float16)))  # function u
    emit(R.uniform([1, 1], minval=0, maxval=1, dtype=np.int64, seed=3))  # uniform_int
    emit(R.experimental.stateless_shuffle(np.arange(1, dtype=np.int32).reshape([1]), seed=np.array([1, 7], np.int32), alg="auto_select"))  # stateless_shuffle
    err(lambda: R.stateless_normal([2], seed=[2, 0, 0], dtype=np.float64, alg="threefry"))  # stateless_normal
    emit(R.poisson([4, 5], lam=[33.3], dtype="int32"))  # poisson
    g0 = emit(R.Generator.from_seed(np.int64(77), alg=R.Algorithm.PHILOX))  # Generator.from_seed
    emit(R.set_seed(2))  # set_seed
    emit(R.categorical([[5.0, 5.0], [-3.0, 0.25]], 5, dtype="int64"))  # categorical
    emit(g0.uniform([4], minval=0, maxval=1, dtype=np.int64))  # Generator.uniform_int
    emit(R.stateless_parameterized_truncated_normal(np.array([3, 6], np.int64), seed=s1[1], means=1.0, minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(R.uniform_candidate_sampler([[6, 8], [7, 8], [5, 2]], 2, 1, False, 10, seed=3))  # uniform_candidate_sampler
    err(lambda: R.categorical([[2.0], [10.0], [1.0]], -1, dtype="int32", seed=87654321))  # categorical
    emit(R.stateless_uniform([4], seed=[-2**31, 1], minval=0.5, maxval=np.array([2.5], np.float32)))  # stateless_uniform
    err(lambda: R.Generator.from_seed(1, alg="bogus"))  # Generator.from_seed
    g1 = None
""")

case("program_000111", """
    emit(R.set_seed(None))  # set_seed
    err(lambda: R.categorical([[1.0, 5.0, 0.25], [0.25, 0.5, -3.0]], 0, dtype="int16", seed=1))  # categorical
    emit(R.uniform([0, 6], minval=-100, maxval=-50, dtype="int64", seed=np.int64(2**40 + 3)))  # uniform_int
    emit(R.normal([0], dtype=np.float64, seed=2**31 - 1))  # normal
    emit(R.stateless_binomial([2], seed=[-2, 0], counts=np.float64(1.0), probs=0.5))  # stateless_binomial
    emit(R.fixed_unigram_candidate_sampler([[4], [4]], 1, 2, True, 5, unigrams=[0.5, 1.0, 1.0, 3.0, 4.0], distortion=0.75, seed=3))  # fixed_unigram_candidate_sampler
    emit(R.categorical([[0.0, -1.0], [10.0, -3.0]], 7, seed=2))  # categorical
    err(lambda: R.stateless_uniform([4], seed=[7, -1, -1], minval=None, maxval=None, dtype=np.int64))  # stateless_uniform_int
    s0 = emit(R.experimental.stateless_split(np.array([5, 0], np.int64), num=2, alg="philox"))  # stateless_split
    emit(R.uniform([5], maxval=3, seed=42))  # uniform
    emit(R.stateless_uniform((5,), seed=[1, 7], maxval=0.0, alg=R.Algorithm.AUTO_SELECT))  # stateless_uniform
    emit(R.experimental.create_rng_state([12, 34], "threefry"))  # create_rng_state
    err(lambda: R.uniform_candidate_sampler([[1, 1, 0]], 3, 6, True, 4, seed=7))  # uniform_candidate_sampler
    emit(R.experimental.stateless_shuffle(np.arange(3, dtype=np.int32).reshape([3]), seed=[5, 1]))  # stateless_shuffle
    emit(R.shuffle(np.arange(5, dtype=np.float16).reshape([5]), seed=0))  # shuffle
    g0 = emit(R.Generator.from_seed(2**63, alg="philox"))  # Generator.from_seed
    emit(R.set_seed(None))  # set_seed
    emit(R.categorical(np.log(np.array([[0.1, 0.7, 0.25, 0.25, 0.1], [1.0, 0.1, 0.1, 0.7, 1.0]])), 7, dtype="int32", seed=2**40 + 3))  # categorical
    err(lambda: R.uniform([-1], minval=3, maxval=30, dtype="int32", seed=np.int64(5)))  # uniform_int
""")

case("program_000114", """
    err(lambda: R.experimental.stateless_shuffle(np.arange(20, dtype=np.float32).reshape([4, 5]), seed=[1, -1, 2]))  # stateless_shuffle
    emit(R.gamma([3, 4], alpha=[3.5, 1e-3], dtype="float16", seed=1))  # gamma
    s0 = emit(R.experimental.stateless_split([-1, -2**31], num=2, alg="PHILOX"))  # stateless_split
    emit(R.all_candidate_sampler([[0, 0, 0], [0, 0, 0]], 3, 1, True, seed=1))  # all_candidate_sampler
    emit(R.stateless_poisson([3, 6], seed=[1, -1], lam=np.inf, dtype="float64"))  # stateless_poisson
    err(lambda: R.learned_unigram_candidate_sampler([[7, 0], [1, 1], [1, 1]], 2, 1, True, 2, seed=2))  # learned_unigram_candidate_sampler
    emit(R.poisson(np.array([1, 3], np.int64), lam=np.float64(np.inf), seed=2**31 - 1))  # poisson
    err(lambda: R.experimental.stateless_fold_in([7, 3, 7], 0, alg="threefry"))  # stateless_fold_in
    fo0 = None
    err(lambda: R.stateless_uniform([3], seed=[2, 12345], maxval=100, dtype="int64", alg=2))  # stateless_uniform_int
    emit(R.experimental.create_rng_state(0, "philox"))  # create_rng_state
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.uniform([0], maxval=-3.5, seed=-7))  # uniform
    emit(R.normal([2, 5], mean=-2, dtype="float16", seed=2))  # normal
    err(lambda: R.fold_in(fo0, 5, alg="auto_select"))  # random.fold_in
    fo1 = None
    emit(R.stateless_gamma([5], seed=np.array([2.0, 1.0], np.float32), alpha=0.25, beta=0.1, dtype=np.float64))  # stateless_gamma
""")

case("program_000115", """
    emit(R.set_seed(87654321))  # set_seed
    emit(R.stateless_uniform([2, 5], seed=np.array([2**63 + 5, 1], np.uint64), minval=-1.0, maxval=np.array([10.0, 1e3, 0, 100.0, -1e10], np.float64), dtype=np.float16))  # stateless_uniform
    emit(R.experimental.stateless_shuffle(np.zeros([0], np.float32), seed=np.array([0, -2**31], np.int32), alg=1))  # stateless_shuffle
    emit(R.learned_unigram_candidate_sampler([[2, 0, 1]], 3, 6, False, 3, seed=42))  # learned_unigram_candidate_sampler
    emit(R.stateless_uniform([1, 2, 6], seed=[0, 5], maxval=-3.5, dtype="bfloat16"))  # stateless_uniform
    emit(R.stateless_normal([5], seed=[0, 7], mean=0.5))  # stateless_normal
    emit(R.uniform((1, 1, 5), maxval=100.0, dtype="float16"))  # uniform
    emit(R.poisson(np.array([5, 2], np.int32), lam=[0.0, 15.0, 1e4]))  # poisson
    emit(R.stateless_gamma(np.array([0], np.int32), seed=[3, 2**40], alpha=1e-3))  # stateless_gamma
    err(lambda: R.fixed_unigram_candidate_sampler([[2], [6]], 1, 8, True, 8, unigrams=[3.0, 4.0, 4.0, 1.0, 4.0, 4.0, 2.0, 4.0], num_shards=2, shard=1))  # fixed_unigram_candidate_sampler
    emit(R.normal([], mean=-3.5, stddev=0.5, dtype="float32", seed=1))  # normal
    err(lambda: R.stateless_poisson([6, 3, 2], seed=np.array([1, 2, 3], np.int64), lam=np.array([1, 40], np.int32), dtype="float32"))  # stateless_poisson
    emit(R.set_seed(5))  # set_seed
    emit(R.normal([3], stddev=np.float64(1e-3), seed=-1))  # normal
    s0 = emit(R.split((12345, 2), num=2))  # random.split
    emit(R.normal(np.array([3, 1], np.int32)))  # normal
    emit(R.uniform([6], minval=-100, maxval=-50, dtype=np.int32, seed=5))  # uniform_int
    emit(R.uniform([1], seed=2**40 + 3))  # uniform
    emit(R.normal([0, 2], seed=1234))  # normal
    s1 = emit(R.experimental.stateless_split(s0[0], num=2))  # stateless_split
    emit(R.gamma([1, 4], alpha=0.0, beta=-1.0, seed=np.int64(1)))  # gamma
    emit(R.all_candidate_sampler([[1, 0], [0, 0], [1, 0]], 2, 2, False))  # all_candidate_sampler
    err(lambda: R.experimental.stateless_fold_in([-1, 1, 3], np.int64(5), alg="auto_select"))  # stateless_fold_in
    fo0 = None
    err(lambda: R.stateless_truncated_normal([2, 3], seed=fo0))  # stateless_truncated_normal
    emit(R.normal([4, 1]))  # normal
    emit(R.stateless_parameterized_truncated_normal([3], seed=np.array([1, 2], np.int32), stddevs=0.1, minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(R.uniform([1, 5], maxval=1, dtype="int64", seed=42))  # uniform_int
    emit(R.normal([1, 3], mean=-3.5))  # normal
    err(lambda: R.normal([2], mean=[0.0, -1e10, -2]))  # normal
    err(lambda: R.uniform([1, 0, 5], minval=0.5, maxval=10.5, dtype=np.int64, seed=2**40 + 3))  # uniform_int
""")

case("program_000116", """
    emit(R.stateless_parameterized_truncated_normal([4, 5], seed=[5, 1], means=np.float16(1.0), stddevs=np.float16(1.0), minvals=np.float16(-1.0), maxvals=np.float16(1.0)))  # stateless_parameterized_truncated_normal
    emit(R.set_seed(1))  # set_seed
    s0 = emit(R.experimental.stateless_split([-2**31, -2], num=3))  # stateless_split
    err(lambda: R.Generator.from_key_counter(5, [1], alg="philox"))  # Generator.from_key_counter
    g0 = None
    emit(R.stateless_truncated_normal(np.array([2], np.int32), seed=[1, -2**31]))  # stateless_truncated_normal
    emit(R.stateless_poisson([4, 5, 2, 1], seed=np.array([3, -1], np.int32), lam=[[0.5], [5.0]]))  # stateless_poisson
    emit(R.stateless_binomial([0, 1, 4], seed=[2, 2**31 - 1], counts=np.array([1.0, 20.0, 5.0, 7.0], np.float64), probs=np.float64(0.5), output_dtype="int32"))  # stateless_binomial
    err(lambda: R.split(np.array([2**40, -2**31], np.int64), num=[2]))  # random.split
    s1 = None
    emit(R.categorical([[0.0], [2.0]], 8, seed=np.int64(5)))  # categorical
    emit(R.set_seed(1234))  # set_seed
    emit(R.uniform([], seed=7))  # uniform
    emit(R.shuffle(np.arange(4, dtype=np.float64).reshape([4]), seed=3))  # shuffle
    emit(R.gamma([], alpha=[0.999, 123.0, 0.1], seed=-1))  # gamma
    emit(R.stateless_binomial([4, 2], seed=[2**40, 0], counts=[20.0, 7.0], probs=[0.999, 1.0]))  # stateless_binomial
    emit(R.shuffle(np.int32(5), seed=2**40 + 3))  # shuffle
    emit(R.uniform([5, 3, 4], maxval=1e3))  # uniform
    f0 = F(lambda: R.categorical([[2.0, 0.5, -np.inf, 0.5, 0.5], [5.0, -np.inf, 5.0, -np.inf, -3.0]], 0))  # function u
    err(lambda: R.uniform([6], minval=np.float32(1.0), maxval=np.float64(1e30), dtype="uint32", seed=87654321))  # uniform
    emit(R.learned_unigram_candidate_sampler([[2, 1, 2]], 3, 6, False, 7))  # learned_unigram_candidate_sampler
    emit(f0())  # function_call
    emit(f0())  # function_call
    g1 = emit(R.experimental.Generator.from_seed([1, 2], alg="threefry"))  # Generator.from_seed
    err(lambda: g1.uniform_full_int([3, 4, 4]))  # Generator.uniform_full_int
    g2 = emit(R.Generator.from_state([-2, 0, 3], alg="philox"))  # Generator.from_state
    emit(R.stateless_parameterized_truncated_normal((5, 5), seed=[3, 7], means=np.float64(0.5), stddevs=np.array([[2.0, 3.0, 0.1, 0.5, 0.5], [2.0, 0.1, 0.5, 2.0, 1.0], [2.0, 0.1, 3.0, 0.1, 3.0], [2.0, 2.0, 0.1, 0.1, 1.0], [0.5, 0.5, 0.1, 3.0, 3.0]], np.float64), minvals=np.float64(1.0), maxvals=np.float64(np.inf)))  # stateless_parameterized_truncated_normal
    emit(R.uniform([0, 5], maxval=2.5, dtype="float64"))  # uniform
    emit(R.stateless_categorical([[0.0, -3.0, 5.0, 0.0, 0.25], [10.0, 10.0, 0.25, -3.0, 0.0], [5.0, -3.0, 1.0, 10.0, 1.0]], 3, seed=[2**40, 12345]))  # stateless_categorical
    emit(R.experimental.stateless_shuffle(np.arange(25, dtype=np.int64).reshape([5, 5]), seed=np.array([2.0, 7.0], np.float32)))  # stateless_shuffle
""")

case("program_000119", """
    emit(R.set_seed(2))  # set_seed
    emit(R.categorical([[0.5, 0.0, 0.0, 10.0, -np.inf], [0.0, -np.inf, 0.25, 0.0, 1.0], [10.0, -3.0, 1.0, 1.0, 0.0]], 4, seed=1234))  # categorical
    emit(R.poisson([1], lam=[9.99, 0.5], dtype="float16", seed=2))  # poisson
    emit(R.shuffle([[-7.0, 3.25]], seed=5))  # shuffle
    emit(R.poisson([5], lam=100.0, seed=2))  # poisson
    emit(R.shuffle(np.arange(48, dtype=np.float16).reshape([4, 4, 3]), seed=2))  # shuffle
    emit(R.stateless_normal(np.array([6], np.int32), seed=[3, -2], stddev=2.0, alg="auto_select"))  # stateless_normal
    g0 = emit(R.Generator.from_seed([1, 2, 3]))  # Generator.from_seed
    err(lambda: R.fixed_unigram_candidate_sampler([[14, 1, 9], [8, 0, 3], [3, 3, 6]], 3, 2, False, 10, unigrams=[2.0, 1.0, 2.0, 4.0, 10.0, 0.5, 3.0, 1.0, 3.0, 2.0], distortion=2.0, seed=7))  # fixed_unigram_candidate_sampler
    emit(R.stateless_uniform([4], seed=np.array([-1, 0], np.int64), minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    emit(R.categorical([[-np.inf, -np.inf, 10.0, 0.25, 0.5], [5.0, 5.0, -1.0, 0.5, 1.0]], 0, seed=1))  # categorical
    emit(g0.state)  # Generator.state
    emit(R.stateless_uniform((), seed=(1, 2**31 - 1), minval=-1.0, dtype="bfloat16"))  # stateless_uniform
    emit(R.stateless_truncated_normal([0, 4], seed=np.array([12345, 0], np.int32), mean=1e3))  # stateless_truncated_normal
    emit(R.uniform(np.array([3], np.int32), minval=1, maxval=5, dtype="int32"))  # uniform_int
    gs0 = emit(g0.split(2))  # Generator.split
    emit(gs0[1].binomial([3, 5, 4], counts=np.array([7.0, 1e4, 20.0, 1.0], np.float64), probs=np.float64(0.3), dtype="float32"))  # Generator.binomial
    emit(R.uniform(np.array([4], np.int64), maxval=100, dtype="int32"))  # uniform_int
    err(lambda: R.stateless_uniform([2], seed=(2, 1), minval=1, maxval=5, dtype="uint64"))  # stateless_uniform_int
    s0 = emit(R.experimental.stateless_split([12345, 5], num=4, alg=1))  # stateless_split
    emit(gs0[1].uniform([3, 0], dtype="bfloat16"))  # Generator.uniform
    err(lambda: R.categorical([2.0], 5, dtype="int32", seed=2))  # categorical
    g1 = emit(R.Generator.from_seed(-2**40, alg="auto_select"))  # Generator.from_seed
    emit(R.uniform(np.array([2, 1], np.int32), minval=0, maxval=10, dtype=np.int32, seed=-1))  # uniform_int
    g2 = emit(R.Generator.from_seed(2**63, alg="threefry"))  # Generator.from_seed
    s1 = emit(R.experimental.stateless_split([-1, 5]))  # stateless_split
    emit(R.uniform([4, 3], minval=9, maxval=50, dtype=np.int64, seed=42))  # uniform_int
    err(lambda: R.log_uniform_candidate_sampler([[2], [3], [3]], 1, 6, True, 4, seed=-7))  # log_uniform_candidate_sampler
    emit(R.categorical(np.array([[10.0, 0.0, -3.0, 10.0, 1.0], [0.25, 5.0, 0.0, -1.0, 0.25], [10.0, 0.25, 2.0, -1.0, 2.0]], np.float32), 3, dtype=np.int32))  # categorical
    emit(R.stateless_categorical([[5.0], [0.5]], 2, seed=[-2, 12345]))  # stateless_categorical
    emit(R.truncated_normal([1, 1], mean=-1.0, dtype="float32"))  # truncated_normal
""")

case("program_000120", """
    emit(R.set_seed(-5))  # set_seed
    emit(R.categorical(np.array([[0.5]], np.float64), 4, seed=-1))  # categorical
    emit(R.uniform_candidate_sampler([[5, 0], [8, 8], [2, 3]], 2, 1, False, 10))  # uniform_candidate_sampler
    emit(R.experimental.create_rng_state(2**63, 2))  # create_rng_state
    g0 = emit(R.experimental.Generator.from_key_counter(2**40, [0, 0], alg="philox"))  # Generator.from_key_counter
    fo0 = emit(R.experimental.stateless_fold_in([-2, 2**40], 0))  # stateless_fold_in
    m0 = emit(g0.make_seeds(3))  # Generator.make_seeds
    emit(R.shuffle(np.arange(3, dtype=np.float64).reshape([3]), seed=5))  # shuffle
    err(lambda: R.truncated_normal(np.array([2, 3], np.int32), mean=[100.0, 0.5, 0.5], stddev=[0.5, 0.5, 10], dtype="int32", seed=1234))  # truncated_normal
    err(lambda: R.fixed_unigram_candidate_sampler([[11], [5], [8]], 1, 6, True, 12, unigrams=[2.0, 1.0, 2.0, 4.0, 0.5, 1.0, 0.5, 0.5, 10.0, 3.0, 1.0, 3.0], num_shards=2, shard=1))  # fixed_unigram_candidate_sampler
    emit(R.stateless_normal((4, 2), seed=[1, -1]))  # stateless_normal
    emit(g0.reset(np.array([10, 20, 30], np.int64)))  # Generator.reset
    emit(R.normal(np.array([1], np.int64)))  # normal
    emit(R.stateless_uniform([4, 6], seed=[5, 5], minval=1e30, maxval=np.float32(-0.0), dtype=np.float32))  # stateless_uniform
    emit(g0.uniform([4, 0], minval=-2**63, maxval=2**63 - 1, dtype=np.int64))  # Generator.uniform_int
    emit(g0.truncated_normal([5], mean=1.0))  # Generator.truncated_normal
    emit(g0.truncated_normal([], mean=3))  # Generator.truncated_normal
    f0 = F(lambda: (R.stateless_normal([5], seed=np.array([12345, 0], np.int32), mean=-1e10, stddev=-1.0, dtype="float16"), R.truncated_normal([3], mean=-3.5, dtype=np.float16)))  # function u
    emit(g0.uniform([4, 5], minval=-2**31, maxval=2**31 - 1, dtype="int32"))  # Generator.uniform_int
    emit(R.set_seed(5))  # set_seed
    emit(R.experimental.index_shuffle(np.arange(8, dtype=np.int32), seed=[5, 9], max_index=np.array([1048576, 1048577, 1048578, 1048579, 1048580, 1048581, 1048582, 1048583], np.int32)))  # index_shuffle
    emit(R.experimental.stateless_shuffle(np.arange(24, dtype=np.int64).reshape([4, 6]), seed=np.array([5, 2**31 - 1], np.int32)))  # stateless_shuffle
    emit(R.experimental.index_shuffle(np.arange(4, dtype=np.int32), seed=[5, 9], max_index=9))  # index_shuffle
    emit(R.gamma((2, 4), alpha=[[0.0]], seed=2))  # gamma
    emit(R.stateless_uniform([2, 3, 5], seed=[3, 12345], minval=None, maxval=None, dtype="uint64", alg="auto_select"))  # stateless_uniform_int
    err(lambda: R.fixed_unigram_candidate_sampler([[4, 1]], 2, 2, True, 12, unigrams=[0.5, 0.5, 0.5, 0.5, 0.5, 2.0, 3.0, 2.0, 2.0, 2.0, 0.5, 4.0], distortion=0.0, num_reserved_ids=2, seed=1234))  # fixed_unigram_candidate_sampler
    m1 = emit(g0.make_seeds(2))  # Generator.make_seeds
    emit(R.experimental.index_shuffle(np.arange(3, dtype=np.int32), seed=[0, 19], max_index=np.int32(100)))  # index_shuffle
    emit(R.stateless_binomial((0,), seed=np.array([1, 2], np.int32), counts=10.0, probs=0.25, output_dtype="int64"))  # stateless_binomial
    emit(R.set_seed(5))  # set_seed
    emit(R.poisson([6], lam=np.array([np.inf, 15.0, 100.0], np.float16), dtype="float32"))  # poisson
    emit(R.log_uniform_candidate_sampler([[2], [1], [0]], 1, 8, False, 5, seed=3))  # log_uniform_candidate_sampler
    err(lambda: R.gamma([2], alpha=[1.0, 2.0], beta=[1.0, 2.0, 3.0], dtype="float64"))  # gamma
""")

case("program_000121", """
    emit(R.set_seed(2))  # set_seed
    err(lambda: R.stateless_categorical([[0.0, 0.5, 0.25, -1.0, 0.5], [-3.0, -3.0, 10.0, 5.0, 5.0], [-1.0, 0.0, 0.5, 1.0, -3.0]], 6, seed=np.array([2**31 - 1, -1], np.int64), dtype="uint8"))  # stateless_categorical
    err(lambda: R.experimental.index_shuffle(np.arange(7, dtype=np.uint32), seed=np.array([3, 4, 5], np.uint32), max_index=np.uint32(1048576)))  # index_shuffle
    emit(R.experimental.index_shuffle(np.int32(0), seed=[5, 9], max_index=np.int32(7)))  # index_shuffle
    emit(R.shuffle(np.arange(6, dtype=np.int32).reshape([6])))  # shuffle
    emit(R.stateless_poisson([5, 2, 2], seed=[0, 5], lam=np.array([[5.0, 15.0], [9.99, 9.99]], np.float16), dtype="float16"))  # stateless_poisson
    emit(R.stateless_uniform(np.array([5, 3, 3], np.int32), seed=[-1, -2**31], minval=10, maxval=23, dtype="int64", alg=R.Algorithm.PHILOX))  # stateless_uniform_int
    err(lambda: R.categorical([[[-np.inf]]], 4))  # categorical
    emit(R.experimental.stateless_shuffle(np.arange(5, dtype=np.int64).reshape([5]), seed=[2, -2**31], alg="auto_select"))  # stateless_shuffle
    emit(R.stateless_uniform((1, 5), seed=np.array([2**31 - 1, 0], np.int64), minval=-2**63, maxval=2**63 - 1, dtype="int64", alg=R.Algorithm.PHILOX))  # stateless_uniform_int
    emit(R.stateless_poisson([5], seed=[2**31 - 1, 1], lam=np.array(3, np.int32), dtype="float32"))  # stateless_poisson
    err(lambda: R.categorical([[-1.0, 2.0], [0.25, 1.0]], 8, dtype="float32"))  # categorical
    g0 = emit(R.experimental.Generator.from_seed(42))  # Generator.from_seed
    g1 = emit(R.experimental.Generator.from_state(np.array([5, -1], np.int64), alg="threefry"))  # Generator.from_state
    emit(R.set_seed(42))  # set_seed
    emit(R.stateless_truncated_normal([], seed=[0, 2], stddev=1.0, dtype=np.float32))  # stateless_truncated_normal
    emit(g0.uniform([0, 3], dtype="float16"))  # Generator.uniform
    emit(g0.uniform([6, 6], minval=-7, maxval=7, dtype="int32"))  # Generator.uniform_int
    err(lambda: g1.make_seeds(1))  # Generator.make_seeds
    m0 = None
    emit(g0.uniform([2, 6], minval=None, maxval=None, dtype="int64"))  # Generator.uniform_int
    emit(R.stateless_uniform([4, 6], seed=[2, 3], minval=2.5, dtype="float64", alg="auto_select"))  # stateless_uniform
    emit(g0.key)  # Generator.state
    emit(R.stateless_truncated_normal([0, 4], seed=np.array([0.0, 2.0], np.float32), stddev=3.0))  # stateless_truncated_normal
    emit(g0.state)  # Generator.state
    emit(R.stateless_uniform(np.array([6], np.int32), seed=[-2**31, 5], maxval=0.0, dtype="float16"))  # stateless_uniform
    emit(R.stateless_uniform([2, 1], seed=np.array([0, 5], np.int32), minval=-2**63, maxval=2**63 - 1, dtype="int64"))  # stateless_uniform_int
    emit(R.categorical([[-3.0, 5.0], [1.0, 10.0]], 1, dtype="int64", seed=np.int64(-7)))  # categorical
    emit(R.stateless_truncated_normal([2], seed=[12345, 5], stddev=[1e20, 0.5], dtype=np.float16))  # stateless_truncated_normal
    emit(R.gamma([], alpha=-1.0, dtype="float64"))  # gamma
    emit(R.log_uniform_candidate_sampler([[0, 9, 44]], 3, 1, True, 50, seed=1))  # log_uniform_candidate_sampler
    emit(R.stateless_normal([3], seed=np.array([5, 5], np.int64), mean=np.float32(-0.0), stddev=np.float32(-0.0), dtype="bfloat16"))  # stateless_normal
    emit(R.experimental.create_rng_state([12, 34], R.Algorithm.THREEFRY))  # create_rng_state
    emit(g0.skip(5))  # Generator.skip
    err(lambda: R.experimental.stateless_split([3, 2], num=1, alg=2))  # stateless_split
    s0 = None
    emit(R.log_uniform_candidate_sampler([[5, 3, 1]], 3, 7, False, 10, seed=2**40 + 3))  # log_uniform_candidate_sampler
    emit(R.stateless_categorical([[-1.0, -np.inf, 1.0, 0.5], [-1.0, 1.0, -3.0, -1.0], [0.0, -1.0, -np.inf, 0.25]], 3, seed=np.array([1, 2], np.int64), dtype="int32"))  # stateless_categorical
    err(lambda: R.normal([6], mean=-2, dtype="bool"))  # normal
""")

case("program_000122", """
    emit(R.set_seed(1234))  # set_seed
    emit(R.truncated_normal([3], mean=[123.456, 1e30, -2], seed=5))  # truncated_normal
    fo0 = emit(R.experimental.stateless_fold_in(np.array([2**40, 1], np.uint64), 1, alg=R.Algorithm.AUTO_SELECT))  # stateless_fold_in
    emit(R.stateless_truncated_normal([0, 4, 3], seed=np.array([7, 2**31], np.uint32), mean=123.456, stddev=1e-3, dtype="float32"))  # stateless_truncated_normal
    fo1 = emit(R.fold_in([0, -2], np.int64(5)))  # random.fold_in
    emit(R.experimental.index_shuffle(np.uint32(2), seed=[4, 6], max_index=np.uint32(11)))  # index_shuffle
    emit(R.experimental.index_shuffle(np.uint64(0), seed=np.array([1, 2], np.uint64), max_index=np.uint64(7)))  # index_shuffle
    emit(R.poisson([2], lam=[15.0, 1.0, 1.0], seed=7))  # poisson
    emit(R.stateless_uniform([], seed=[2, -1], minval=None, maxval=None, dtype="uint64"))  # stateless_uniform_int
    emit(R.experimental.index_shuffle(np.int64(1), seed=[2**31 - 1, -1], max_index=np.int64(8)))  # index_shuffle
    emit(R.uniform(np.array([1, 2, 4], np.int32), minval=3, dtype=np.float32, seed=0))  # uniform
    emit(R.uniform([3], maxval=1e30, seed=np.int64(-7)))  # uniform
    g0 = emit(R.Generator.from_key_counter(0, [6, 7], alg="philox"))  # Generator.from_key_counter
    emit(g0.reset_from_seed(2))  # Generator.reset_from_seed
    emit(R.gamma([3], alpha=np.array([np.nan, np.nan], np.float32), seed=7))  # gamma
    f0 = F(lambda: (R.gamma([4], alpha=np.float32(0.1), dtype=np.float64), g0.normal([3], stddev=1e20, dtype=np.float32)))  # function u
    emit(g0.uniform([4], minval=0, maxval=1, dtype="int64"))  # Generator.uniform_int
    emit(R.uniform([4], minval=0, maxval=1, dtype=np.int64, seed=2))  # uniform_int
    emit(R.stateless_poisson([6], seed=np.array([5, -2**31], np.int32), lam=15.0))  # stateless_poisson
    emit(R.poisson([4, 6], lam=np.array([0], np.int32), seed=-1))  # poisson
    emit(R.stateless_poisson([3], seed=[-1, 12345], lam=100.0))  # stateless_poisson
    emit(R.set_seed(42))  # set_seed
    emit(R.uniform([0, 4], minval=[-2, 123.456, 0, 10.0], maxval=1e30))  # uniform
    err(lambda: R.poisson([-4], lam=[[100.0], [np.inf]], seed=2))  # poisson
    err(lambda: R.all_candidate_sampler([[5], [0]], 1, 3, False, seed=2))  # all_candidate_sampler
    fo2 = emit(R.experimental.stateless_fold_in(np.array([1.0, 2.0], np.float32), 2**40))  # stateless_fold_in
    emit(g0.reset_from_seed(-1))  # Generator.reset_from_seed
    emit(f0())  # function_call
    emit(g0.skip(5))  # Generator.skip
""")

case("program_000125", """
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.set_seed(1))  # set_seed
    fo0 = emit(R.experimental.stateless_fold_in(np.array([3, -2], np.int32), -3))  # stateless_fold_in
    emit(R.poisson((2, 3), lam=15.0, dtype="int64"))  # poisson
    emit(R.uniform([], dtype=np.float16, seed=7))  # uniform
    emit(R.set_seed(None))  # set_seed
    emit(R.uniform([1], dtype="float64", seed=87654321))  # uniform
    err(lambda: R.Generator.from_seed([1, 2], alg="bogus"))  # Generator.from_seed
    g0 = None
    g1 = emit(R.experimental.Generator.from_key_counter(-1, [2**40, -3], alg="philox"))  # Generator.from_key_counter
    emit(R.gamma(np.array([5], np.int32), alpha=[0.25], seed=87654321))  # gamma
    emit(R.uniform([5, 3, 3], seed=2))  # uniform
""")

case("program_000126", """
    emit(R.set_seed(-5))  # set_seed
    emit(R.poisson([1], lam=[1.0], seed=1234))  # poisson
    emit(R.gamma(np.array([5, 6], np.int32), alpha=0.5, seed=5))  # gamma
    emit(R.experimental.index_shuffle(np.arange(9, dtype=np.uint64), seed=[2**40, 3], max_index=np.uint64(8)))  # index_shuffle
    g0 = emit(R.experimental.Generator.from_seed(2**32))  # Generator.from_seed
    emit(R.uniform([6, 0, 3], maxval=1, dtype=np.int64, seed=3))  # uniform_int
    emit(g0.skip(1))  # Generator.skip
    g1 = emit(R.Generator.from_seed(2**63))  # Generator.from_seed
    emit(R.set_global_generator(g0))  # set_global_generator
    emit(R.uniform([2, 3, 4], minval=-1, maxval=14, dtype=np.int64, seed=3))  # uniform_int
    emit(R.poisson([5, 4], lam=1e4, seed=np.int64(5)))  # poisson
""")

case("program_000127", """
    emit(R.stateless_categorical([[-1.0, 1.0, 0.25, 10.0]], 3, seed=np.array([-2, 12345], np.int32)))  # stateless_categorical
    emit(R.uniform([1], minval=100.0, maxval=3, dtype="float32", seed=1))  # uniform
    emit(R.stateless_poisson([6, 4], seed=(-2, -2), lam=0.5, dtype="float16"))  # stateless_poisson
    emit(R.shuffle(np.arange(36, dtype=np.float32).reshape([6, 6]), seed=2))  # shuffle
    s0 = emit(R.experimental.stateless_split(np.array([-2, 1], np.int64), num=1, alg="philox"))  # stateless_split
    emit(R.shuffle(np.zeros([0], np.float32), seed=0))  # shuffle
    err(lambda: R.uniform([5], minval=0.5, maxval=[100.0, 0, 0.0, 100.0, 100.0, -1.0], dtype="float32", seed=-7))  # uniform
    emit(R.stateless_uniform(np.array([5], np.int64), seed=s0[0], dtype="float64"))  # stateless_uniform
    emit(R.stateless_parameterized_truncated_normal([0, 5, 0], seed=[12345, 5], means=0.5, stddevs=[]))  # stateless_parameterized_truncated_normal
    emit(R.normal([6], mean=1e30, stddev=1e20, dtype=np.float16, seed=0))  # normal
    s1 = emit(R.experimental.stateless_split([1, 12345], num=2, alg=R.Algorithm.AUTO_SELECT))  # stateless_split
    emit(R.stateless_truncated_normal(np.array([2], np.int64), seed=np.array([1, 2], np.uint64), dtype=np.float16))  # stateless_truncated_normal
    emit(R.uniform([1], minval=123.456, maxval=1e30, seed=0))  # uniform
    err(lambda: R.stateless_normal([-4], seed=[2**31 - 1, -2**31], mean=[]))  # stateless_normal
    emit(R.stateless_truncated_normal([4, 2], seed=[7, -2**31], stddev=10))  # stateless_truncated_normal
    emit(R.uniform([0], minval=1e30, maxval=3, dtype="bfloat16", seed=-1))  # uniform
    emit(R.set_seed(2**33 + 7))  # set_seed
""")

case("program_000128", """
    emit(R.log_uniform_candidate_sampler([[49], [35], [11]], 1, 3, True, 50, seed=1))  # log_uniform_candidate_sampler
    emit(R.stateless_binomial([4, 2], seed=[5, -2**31], counts=np.float64(20.0), probs=np.float64(-0.1), output_dtype="float32"))  # stateless_binomial
    emit(R.stateless_categorical([[5.0, 2.0, 0.5], [0.25, -3.0, -1.0], [1.0, -1.0, 5.0]], 0, seed=(0, 2**31 - 1)))  # stateless_categorical
    emit(R.set_seed(1234))  # set_seed
    emit(R.categorical([[10.0], [-1.0]], 3, dtype="int32", seed=1))  # categorical
    emit(R.stateless_normal([4], seed=[5, -1], stddev=10))  # stateless_normal
    emit(R.all_candidate_sampler([[1, 3]], 2, 4, False, seed=7))  # all_candidate_sampler
    emit(R.gamma([4, 2], alpha=123.0, dtype="float32"))  # gamma
    err(lambda: R.fixed_unigram_candidate_sampler([[0, 4, 0]], 3, 3, False, 6, unigrams=[3.0, 4.0, 3.0, 3.0, 4.0, 10.0], distortion=0.0, num_reserved_ids=2, seed=2**31 - 1))  # fixed_unigram_candidate_sampler
    emit(R.learned_unigram_candidate_sampler([[0, 3], [5, 5], [3, 1]], 2, 3, False, 6, seed=87654321))  # learned_unigram_candidate_sampler
    fo0 = emit(R.fold_in(np.array([7, 7], np.uint32), np.int32(-2)))  # random.fold_in
    err(lambda: R.normal(np.array([3, 4], np.int64), stddev=0.0, dtype="string", seed=0))  # normal
    f0 = F(lambda: (R.normal([3], stddev=0.0, seed=2), R.normal([4], mean=-1.0)))  # function u
""")

case("program_000133", """
    emit(R.uniform([2, 6], minval=-7, maxval=-3, dtype="int32", seed=1))  # uniform_int
    emit(R.uniform(np.array([], np.int32), maxval=7, dtype=np.int32, seed=np.int64(1)))  # uniform_int
    err(lambda: R.experimental.create_rng_state([1, 2, 3], None))  # create_rng_state
    emit(R.stateless_truncated_normal([3, 2], seed=np.array([0, 7], np.uint32), mean=0.5))  # stateless_truncated_normal
    err(lambda: R.stateless_parameterized_truncated_normal([4, 1, 3], seed=np.array([2**31 - 1, 3], np.int32), stddevs=-1.0))  # stateless_parameterized_truncated_normal
    err(lambda: R.stateless_parameterized_truncated_normal(np.array([1], np.int64), seed=[3, 0], means=np.float64(0.5)))  # stateless_parameterized_truncated_normal
    emit(R.truncated_normal(np.array([1], np.int32), seed=2**31))  # truncated_normal
    emit(R.stateless_normal([2], seed=[5, 2**31 - 1], stddev=1.0, dtype=np.float32, alg="auto_select"))  # stateless_normal
    err(lambda: R.experimental.index_shuffle(np.arange(4, dtype=np.int64), seed=[0, 6], max_index=np.array([9, 9, 9, 9, 9], np.int64)))  # index_shuffle
    emit(R.uniform_candidate_sampler([[4]], 1, 3, True, 5, seed=-7))  # uniform_candidate_sampler
    err(lambda: R.uniform(np.array([5, 3], np.int32), minval=np.array([-0.0, 1.0, -1e10], np.float64), maxval=[-3.5, 0.5, 2.5, 0], dtype=np.float32, seed=87654321))  # uniform
    emit(R.stateless_binomial([3, 2], seed=[5, -2], counts=[7.0, -3.0], probs=[0.25, 0.999], output_dtype="float64"))  # stateless_binomial
    err(lambda: R.categorical([[2.0, 2.0]], -1, seed=2))  # categorical
    emit(R.stateless_categorical([[0.0, 1.0, 0.5, -1.0, -1.0]], 4, seed=[-1, -2**31], dtype="int32"))  # stateless_categorical
    emit(R.experimental.index_shuffle(np.int32(2), seed=[1, 11], max_index=4))  # index_shuffle
    emit(R.all_candidate_sampler([[0, 1, 3]], 3, 4, True))  # all_candidate_sampler
    emit(R.stateless_uniform([2], seed=(2, -2), minval=0, maxval=1, dtype="int32"))  # stateless_uniform_int
    emit(R.categorical(np.array([[-3.0, 2.0, 0.0, -1.0, -np.inf]], np.float16), 3, dtype=np.int32, seed=5))  # categorical
    g0 = emit(R.Generator.from_seed(42))  # Generator.from_seed
    g1 = emit(R.Generator.from_key_counter(2**40, np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    emit(R.poisson([3, 5], lam=[1e4, 0.0], seed=2**40 + 3))  # poisson
    emit(R.uniform_candidate_sampler([[9, 8], [4, 8]], 2, 3, False, 10, seed=np.int64(1234)))  # uniform_candidate_sampler
    emit(R.uniform([2, 3], minval=-9, maxval=0, dtype="int64", seed=2))  # uniform_int
    emit(g0.uniform_full_int([1], dtype="int32"))  # Generator.uniform_full_int
    emit(R.uniform_candidate_sampler([[13, 11, 37], [21, 26, 9]], 3, 4, True, 50, seed=2**31))  # uniform_candidate_sampler
    emit(g1.skip(1))  # Generator.skip
    err(lambda: g0.split(-1))  # Generator.split
    gs0 = None
    emit(R.stateless_parameterized_truncated_normal(np.array([3, 1], np.int32), seed=[2**31 - 1, -1], means=-2.0, stddevs=3.0))  # stateless_parameterized_truncated_normal
    emit(R.stateless_uniform(np.array([4, 0, 6], np.int64), seed=[5, 5], minval=None, maxval=None, dtype="int64"))  # stateless_uniform_int
    emit(R.stateless_truncated_normal([4, 4], seed=np.array([-2**31, 0], np.int32), stddev=np.float16(-0.0)))  # stateless_truncated_normal
    emit(R.normal([6], dtype="float16", seed=2**31))  # normal
    emit(R.uniform([6], minval=-2**40, maxval=2**40, dtype="int64", seed=-1))  # uniform_int
    emit(g1.uniform((1, 6, 3), minval=-9, maxval=-7, dtype="int32"))  # Generator.uniform_int
    f0 = F(lambda: (g0.uniform(np.array([0, 6], np.int32), minval=3), R.uniform([4, 2, 4], minval=np.float32(-1e10), maxval=[-2, 0.0, 123.456, 1.0], seed=5), R.normal(np.array([1], np.int64), stddev=1e-3, dtype="float32", seed=2**40 + 3)))  # function
    emit(R.gamma([6], alpha=0.25, seed=2**40 + 3))  # gamma
    f1 = F(lambda: (R.normal(np.array([3, 3, 4], np.int64), stddev=1.0, seed=42), R.categorical([[-np.inf, -np.inf, 0.25, 2.0, 2.0], [-1.0, 0.5, -3.0, -3.0, 0.5]], 5, seed=87654321)))  # function
    err(lambda: R.stateless_uniform([3], seed=np.array([12345, -2**31], np.int64), minval=7, maxval=-7, dtype="int32", alg="PHILOX"))  # stateless_uniform_int
""")

case("program_000135", """
    emit(R.set_seed(2))  # set_seed
    emit(R.truncated_normal([5]))  # truncated_normal
    emit(R.uniform([1], minval=-3, maxval=30, dtype="int32", seed=np.int64(1234)))  # uniform_int
    emit(R.stateless_poisson([6, 0, 3], seed=np.array([3, 12345], np.int64), lam=np.array([3, 3, 0], np.int64), dtype="int32"))  # stateless_poisson
    g0 = emit(R.Generator.from_state([2, 3, -1], alg=1))  # Generator.from_state
    err(lambda: g0.normal(np.array([4], np.int32), mean=1e30, stddev=0.1, dtype="bool"))  # Generator.normal
    emit(R.uniform([], maxval=-1e10, dtype="bfloat16"))  # uniform
    emit(R.categorical([[2.0], [5.0]], 0, dtype="int64", seed=np.int64(1)))  # categorical
    emit(R.stateless_categorical([[-3.0, 1.0, 10.0, 2.0], [0.0, -1.0, -3.0, 0.0], [10.0, -3.0, 1.0, 0.0]], 8, seed=np.array([1.0, 1.0], np.float32), dtype="int64"))  # stateless_categorical
    err(lambda: R.uniform([1, 2], minval=0, maxval=2**31, dtype="int32"))  # uniform_int
    emit(g0.binomial([6, 5], counts=np.float16(7.0), probs=np.float16(0.25), dtype="float16"))  # Generator.binomial
    g1 = emit(R.Generator.from_seed(-2**40))  # Generator.from_seed
    fo0 = emit(R.experimental.stateless_fold_in([2, 1], 5))  # stateless_fold_in
    emit(R.fixed_unigram_candidate_sampler([[0, 4], [3, 3], [4, 3]], 2, 4, False, 5, unigrams=[1.0, 10.0, 10.0, 4.0, 4.0]))  # fixed_unigram_candidate_sampler
    err(lambda: g0.truncated_normal([-1], dtype=np.float32))  # Generator.truncated_normal
    emit(g1.uniform_full_int(np.array([5, 2, 5], np.int64), dtype=np.uint64))  # Generator.uniform_full_int
    emit(R.stateless_uniform((2, 3, 5), seed=fo0, minval=None, maxval=None, dtype="uint64"))  # stateless_uniform_int
    emit(R.categorical(np.array([[10.0, 10.0, -np.inf, 0.5], [-np.inf, 10.0, 0.0, 10.0]], np.float32), 7, dtype=np.int32))  # categorical
    emit(R.gamma([2], alpha=np.float64(np.nan), dtype=np.float64, seed=2))  # gamma
    err(lambda: R.stateless_uniform([2], seed=[2**31 - 1, 2], minval=-1.0, alg="threefry"))  # stateless_uniform
""")

case("program_000138", """
    emit(R.stateless_poisson((6, 1), seed=(0, 0), lam=[9.99]))  # stateless_poisson
    emit(R.set_seed(1))  # set_seed
    emit(R.set_seed(1))  # set_seed
    g0 = emit(R.Generator.from_key_counter(-1, [2**40, -3], alg="philox"))  # Generator.from_key_counter
    emit(R.shuffle([-1, -10, 21]))  # shuffle
    emit(R.shuffle(np.array([[3.25], [2.5], [-0.0]], np.float32), seed=1))  # shuffle
    emit(g0.normal(np.array([4], np.int64), stddev=3.0, dtype="float16"))  # Generator.normal
    emit(R.poisson([4, 4], lam=-1.0, dtype="float16", seed=87654321))  # poisson
    g1 = emit(R.Generator.from_seed(2**64 + 5))  # Generator.from_seed
    emit(g1.uniform([1], minval=-1, maxval=49, dtype="int32"))  # Generator.uniform_int
    emit(R.stateless_uniform([6], seed=[2**31 - 1, 0], minval=None, maxval=None, dtype=np.int64))  # stateless_uniform_int
""")

case("program_000140", """
    emit(R.uniform(np.array([], np.int64), maxval=100, dtype="int32", seed=-1))  # uniform_int
    emit(R.stateless_normal([], seed=np.array([-2**31, 12345], np.int32), dtype="bfloat16"))  # stateless_normal
    err(lambda: R.gamma([-4], alpha=[[-1.0], [0.1]], beta=0.5, seed=5))  # gamma
    emit(R.log_uniform_candidate_sampler([[2], [3], [0]], 1, 2, False, 5, seed=-7))  # log_uniform_candidate_sampler
    emit(R.stateless_uniform([0, 1, 0], seed=np.array([12345, 2**32 - 1], np.uint32), minval=np.array([], np.float64), dtype="float64"))  # stateless_uniform
    emit(R.stateless_gamma([0, 1, 2, 2], seed=[0, 2**31 - 1], alpha=[[10.0, 0.1], [0.999, 1.0]]))  # stateless_gamma
    emit(R.stateless_gamma([4, 3, 3], seed=[2**31 - 1, -1], alpha=np.array([np.nan, np.nan, np.nan], np.float64)))  # stateless_gamma
    emit(R.uniform([], minval=0, maxval=1, dtype=np.int32, seed=2**31 - 1))  # uniform_int
    emit(R.stateless_parameterized_truncated_normal([2], seed=[2**31 - 1, -2**31], means=-2.0, minvals=-np.inf, maxvals=-1.0))  # stateless_parameterized_truncated_normal
    err(lambda: R.stateless_parameterized_truncated_normal(np.array([0, 1], np.int32), seed=[5, 12345], means=np.float64(0.0), stddevs=np.array([], np.float64), minvals=np.float64(0.9), maxvals=np.float64(1.1)))  # stateless_parameterized_truncated_normal
    emit(R.stateless_truncated_normal([1], seed=[1, 7]))  # stateless_truncated_normal
    g0 = emit(R.Generator.from_state(np.array([2**40, -1, -2], np.int64), alg=1))  # Generator.from_state
    emit(R.shuffle(np.arange(6, dtype=np.int32).reshape([6]), seed=2**31))  # shuffle
    emit(R.stateless_uniform([3, 6], seed=np.array([2**31 - 1, 12345], np.int64), minval=-1, maxval=13, dtype="int32"))  # stateless_uniform_int
    g1 = emit(R.Generator.from_state([1, 2], alg="threefry"))  # Generator.from_state
    emit(R.stateless_gamma(np.array([1], np.int32), seed=[0, -1], alpha=np.array([np.inf], np.float64), beta=1.0, dtype=np.float64))  # stateless_gamma
    emit(g0.binomial([2, 4], counts=7.0, probs=0.05, dtype="float16"))  # Generator.binomial
    emit(R.uniform(np.array([6], np.int32), maxval=1, dtype="int32", seed=7))  # uniform_int
    err(lambda: R.gamma([3], alpha=[1.0, 2.0], beta=[1.0, 2.0, 3.0], seed=2))  # gamma
""")

case("program_000141", """
    emit(R.experimental.create_rng_state(np.int64(77), "threefry"))  # create_rng_state
    emit(R.set_seed(0))  # set_seed
    emit(R.uniform([4, 1, 1], minval=[0.5], seed=3))  # uniform
    err(lambda: R.uniform([], minval=[0, 1], maxval=[5, 10], dtype="int64", seed=1234))  # uniform_int
    fo0 = emit(R.experimental.stateless_fold_in([-1, -2], 5))  # stateless_fold_in
    g0 = emit(R.Generator.from_seed([1, 2, 3], alg="threefry"))  # Generator.from_seed
    err(lambda: g0.split())  # Generator.split
    gs0 = None
    err(lambda: g0.uniform_full_int([1, 1], dtype="uint64"))  # Generator.uniform_full_int
    emit(R.stateless_uniform(np.array([], np.int64), seed=[1, -2], minval=None, maxval=None, dtype="uint64"))  # stateless_uniform_int
    emit(R.experimental.index_shuffle(np.arange(5, dtype=np.int32), seed=[17, 17], max_index=np.int32(4)))  # index_shuffle
""")

case("program_000142", """
    emit(R.uniform([2], maxval=10.0, dtype="float16", seed=2))  # uniform
    emit(R.uniform([2], seed=1234))  # uniform
    emit(R.gamma([1], alpha=[-1.0, 0.25], seed=2**31 - 1))  # gamma
    emit(R.experimental.stateless_shuffle(np.arange(5, dtype=np.int32).reshape([1, 5]), seed=[7, 5]))  # stateless_shuffle
    emit(R.fixed_unigram_candidate_sampler([[6, 2]], 2, 1, False, 11, unigrams=[4.0, 3.0, 3.0, 3.0, 1.0, 0.5, 3.0, 3.0, 10.0, 10.0, 0.5], seed=87654321))  # fixed_unigram_candidate_sampler
    emit(R.stateless_binomial([6, 4], seed=[0, 2**40], counts=100.0, probs=1.5, output_dtype="float64"))  # stateless_binomial
    emit(R.normal([1, 4], mean=1e3, stddev=1e20, dtype="float32", seed=np.int64(5)))  # normal
    err(lambda: R.stateless_categorical([[-np.inf, 1.0], [5.0, 0.25], [-3.0, 0.5]], 2, seed=[1], dtype="uint8"))  # stateless_categorical
    emit(R.normal([1], mean=1e30, dtype=np.float16, seed=2))  # normal
    emit(R.stateless_parameterized_truncated_normal([2], seed=[3, 3], stddevs=0.1, minvals=-np.inf, maxvals=-1.0))  # stateless_parameterized_truncated_normal
    emit(R.uniform([6], minval=0, maxval=1, dtype=np.int32, seed=42))  # uniform_int
    f0 = F(lambda: R.normal([6], stddev=1.0, dtype="bfloat16", seed=2**31 - 1))  # function
    emit(R.stateless_truncated_normal(np.array([3, 2, 1], np.int64), seed=np.array([12345, 7], np.int64), mean=1.0, stddev=1.0, dtype="bfloat16"))  # stateless_truncated_normal
    f1 = F(lambda: R.gamma([2, 1], alpha=123.0, seed=-1))  # function
    emit(R.truncated_normal(np.array([3, 6], np.int64), mean=np.array([[-3.5, -1.0, 1e3, 1e3, 1e30, -1.0], [2.5, 100.0, -2, 0.5, 0.5, -0.0], [0, -0.0, -1.0, -1e10, -3.5, 2.5]], np.float32), stddev=0.0, seed=7))  # truncated_normal
    g0 = emit(R.Generator.from_seed(-1, alg="auto_select"))  # Generator.from_seed
    emit(g0.normal([3], mean=10.0, stddev=10))  # Generator.normal
    emit(R.experimental.stateless_shuffle(np.arange(64, dtype=np.int64).reshape([4, 4, 4]), seed=np.array([12345, 5], np.int64), alg=R.Algorithm.AUTO_SELECT))  # stateless_shuffle
    err(lambda: R.stateless_uniform([1], seed=(1, -2), minval=None, maxval=None, dtype=np.uint64, alg=R.Algorithm.THREEFRY))  # stateless_uniform_int
    emit(R.experimental.index_shuffle(np.int64(2), seed=[5, 9], max_index=np.int64(8)))  # index_shuffle
    emit(g0.uniform_full_int([], dtype="uint32"))  # Generator.uniform_full_int
    g1 = emit(R.Generator.from_seed(np.int64(77)))  # Generator.from_seed
    emit(f0())  # function_call
    emit(R.uniform([3], minval=2.5, maxval=0.0, dtype="float64", seed=5))  # uniform
    emit(R.experimental.index_shuffle(np.int32(1), seed=[0, 0], max_index=7))  # index_shuffle
    emit(R.experimental.index_shuffle(np.arange(3, dtype=np.uint32), seed=[5, 9], max_index=np.array([100, 101, 102], np.uint32)))  # index_shuffle
""")

case("program_000144", """
    err(lambda: R.experimental.index_shuffle(np.arange(5, dtype=np.int64), seed=np.array([3, 4, 5], np.int64), max_index=100))  # index_shuffle
    emit(R.normal([5, 4, 3], stddev=0.1, dtype="float32", seed=2**31))  # normal
    emit(R.stateless_binomial([3, 2, 2], seed=(0, 0), counts=[20.0, -3.0], probs=[0.3, 0.5], output_dtype="int32"))  # stateless_binomial
    emit(R.stateless_binomial([6], seed=np.array([12345, -2], np.int64), counts=-3.0, probs=1.0, output_dtype="float16"))  # stateless_binomial
    emit(R.normal([1, 1, 4], mean=0, dtype=np.float64, seed=np.int64(2)))  # normal
    emit(R.stateless_poisson([3, 2, 3], seed=[5, 2], lam=np.array([[3, 1, 3], [3, 3, 7]], np.int32), dtype="int32"))  # stateless_poisson
    s0 = emit(R.split(np.array([-2**31, 2**40], np.int64), num=2))  # random.split
    emit(R.stateless_binomial([5, 5], seed=(2**40, 1), counts=1.0, probs=1.0))  # stateless_binomial
    emit(R.stateless_gamma([2], seed=s0[0], alpha=[3.5, 123.0], dtype="float32"))  # stateless_gamma
    emit(R.gamma((2, 2), alpha=1.0, seed=-1))  # gamma
""")

case("program_000146", """
    emit(R.normal([1, 6], seed=1234))  # normal
    emit(R.stateless_parameterized_truncated_normal([3], seed=np.array([5, 2], np.int32), means=0.5, minvals=3.0, maxvals=10.0))  # stateless_parameterized_truncated_normal
    emit(R.shuffle(np.zeros([0], np.float32), seed=1))  # shuffle
    emit(R.stateless_categorical([[-np.inf, 10.0, 0.0]], 1, seed=np.array([-1, 2], np.int64), dtype="int32"))  # stateless_categorical
    emit(R.normal((3, 2), mean=1.0, dtype="float64", seed=np.int64(-7)))  # normal
    emit(R.uniform([2, 1], minval=-10, maxval=9, dtype="int64", seed=2))  # uniform_int
    emit(R.stateless_truncated_normal(np.array([2, 1], np.int32), seed=[2**31 - 1, 3], dtype="float64"))  # stateless_truncated_normal
    emit(R.stateless_uniform([2, 3], seed=np.array([1.0, 2.0], np.float64), minval=-9, maxval=37, dtype=np.int64))  # stateless_uniform_int
    emit(R.learned_unigram_candidate_sampler([[2, 1, 1], [1, 2, 0]], 3, 2, True, 3, seed=2))  # learned_unigram_candidate_sampler
    emit(R.learned_unigram_candidate_sampler([[7, 1], [5, 0]], 2, 4, False, 9, seed=2**31 - 1))  # learned_unigram_candidate_sampler
    emit(R.uniform([2, 3], minval=-2**31, maxval=2**31 - 1, dtype="int32", seed=2))  # uniform_int
    err(lambda: R.uniform_candidate_sampler([[3], [0]], 1, 6, True, 4, seed=1234))  # uniform_candidate_sampler
    emit(R.fixed_unigram_candidate_sampler([[0, 0], [0, 1], [1, 1]], 2, 5, False, 2, unigrams=[0.5, 2.0], distortion=2.0, seed=3))  # fixed_unigram_candidate_sampler
    emit(R.stateless_truncated_normal(np.array([2], np.int32), seed=np.array([1, 3], np.int64), alg="philox"))  # stateless_truncated_normal
    emit(R.categorical([[-np.inf], [-3.0]], 3, seed=1))  # categorical
    fo0 = emit(R.fold_in(np.array([-2, 12345], np.int32), np.int64(5)))  # random.fold_in
    emit(R.stateless_normal((6, 6), seed=fo0, dtype="float16"))  # stateless_normal
    err(lambda: R.stateless_truncated_normal([4], seed=[1], mean=-1.0))  # stateless_truncated_normal
    emit(R.experimental.stateless_shuffle([[2.5], [1.5], [1.5]], seed=(2**31 - 1, 0)))  # stateless_shuffle
    g0 = emit(R.Generator.from_seed(2**63))  # Generator.from_seed
    emit(g0.skip(5))  # Generator.skip
    emit(R.experimental.stateless_shuffle(np.arange(18, dtype=np.float32).reshape([6, 3]), seed=fo0))  # stateless_shuffle
    emit(R.shuffle(np.float32(1.5), seed=7))  # shuffle
    emit(g0.state)  # Generator.state
""")

case("program_000148", """
    emit(R.experimental.create_rng_state(np.array([1, 2, 3, 4], np.int64), 2))  # create_rng_state
    err(lambda: R.stateless_gamma([2], seed=np.array([7, 2**31 - 1], np.int32), alpha=0.0, dtype="int32"))  # stateless_gamma
    emit(R.stateless_poisson((3,), seed=[1, 2], lam=[9.99, 0.0, 15.0]))  # stateless_poisson
    err(lambda: R.split([0, 0, -1], num=2))  # random.split
    s0 = None
    emit(R.stateless_categorical([[2.0, -1.0, 10.0, 5.0], [1.0, 5.0, 0.0, 0.5]], 7, seed=np.array([2**31 - 1, 2], np.int64), dtype="int32"))  # stateless_categorical
    fo0 = emit(R.fold_in([0, 1], np.int32(-2), alg=R.Algorithm.PHILOX))  # random.fold_in
    err(lambda: R.stateless_uniform([0, 5], seed=s0[0], minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    emit(R.normal([4, 6], dtype="bfloat16", seed=2**31))  # normal
    emit(R.set_seed(None))  # set_seed
    emit(R.stateless_binomial([4, 3], seed=[-2, 5], counts=[1, 20, 1], probs=0.05, output_dtype="int32"))  # stateless_binomial
    emit(R.gamma(np.array([1], np.int32), alpha=[1e-3, 1.0, 2.0], seed=2))  # gamma
    err(lambda: R.gamma([6], alpha=0.999, beta=1e-3, dtype="bfloat16", seed=42))  # gamma
    emit(R.stateless_poisson([1, 3], seed=[3, 1], lam=np.array(3, np.int64)))  # stateless_poisson
    err(lambda: R.stateless_uniform([], seed=s0[1]))  # stateless_uniform
    emit(R.poisson([], lam=[9.99], seed=42))  # poisson
    emit(R.uniform([2, 2], dtype="float16", seed=2**31 - 1))  # uniform
    emit(R.stateless_parameterized_truncated_normal([6], seed=[3, 5], means=np.float16(5.0), stddevs=np.float16(2.0), minvals=np.float16(-2.0), maxvals=np.float16(2.0)))  # stateless_parameterized_truncated_normal
    emit(R.stateless_normal([], seed=np.array([1.0, 2.0], np.float32), mean=np.float32(2.5), alg=1))  # stateless_normal
    emit(R.gamma([], alpha=np.array([2.0], np.float64), beta=2.0, seed=2**40 + 3))  # gamma
    err(lambda: R.gamma([-2, 0], alpha=[0.999], beta=np.float32(2.0), dtype="float16", seed=5))  # gamma
    emit(R.stateless_poisson(np.array([], np.int32), seed=[7, 2**31 - 1], lam=1.0, dtype="float32"))  # stateless_poisson
    emit(R.stateless_poisson([0, 2, 1], seed=np.array([5, 12345], np.int32), lam=[[0.0], [33.3]], dtype="int32"))  # stateless_poisson
    emit(R.gamma(np.array([5], np.int64), alpha=0.0, seed=42))  # gamma
    emit(R.uniform([4], minval=-8, maxval=2, dtype=np.int32, seed=1234))  # uniform_int
    emit(R.stateless_binomial([0, 0, 4], seed=[3, 2], counts=[20.0, 10.0, 7.0, 7.0], probs=1.5, output_dtype="int64"))  # stateless_binomial
    emit(R.stateless_uniform([1], seed=fo0, minval=0, maxval=10, dtype="int32"))  # stateless_uniform_int
    err(lambda: R.truncated_normal(np.array([5, 5], np.int32), mean=[0, 2.5, -2, 0, 3, 2.5], stddev=1.0, seed=2))  # truncated_normal
    err(lambda: R.fold_in(s0[1], 2**40))  # random.fold_in
    fo1 = None
    err(lambda: R.normal((5,), mean=[2.5, 2.5, 0.5, -1e10, 1.0, 100.0], stddev=[3.0, 3.0, 1e-3, 1e20, 1.0], seed=5))  # normal
    err(lambda: R.Generator.from_seed(2**63, alg="bogus"))  # Generator.from_seed
    g0 = None
    err(lambda: R.stateless_truncated_normal((), seed=s0[1], mean=np.array([[0, -2, 0.5], [-0.0, 1.0, 100.0]]), stddev=2.0))  # stateless_truncated_normal
    err(lambda: R.stateless_poisson([6, 4], seed=[1, 2, 3], lam=100.0, dtype="float64"))  # stateless_poisson
    err(lambda: R.stateless_poisson([], seed=fo1, lam=100.0, dtype="int64"))  # stateless_poisson
    emit(R.uniform([1], dtype="bfloat16", seed=2**31 - 1))  # uniform
    err(lambda: R.Generator.from_seed(2**64 + 5, alg="bogus"))  # Generator.from_seed
    g1 = None
    err(lambda: R.Generator.from_state([[1, 2, 3]], alg=1))  # Generator.from_state
    g2 = None
    emit(R.stateless_truncated_normal(np.array([5], np.int64), seed=[12345, -2], mean=123.456, stddev=0.5, dtype=np.float64, alg="PHILOX"))  # stateless_truncated_normal
""")

case("program_000149", """
    emit(R.poisson([6, 5], lam=0.5, dtype="int32", seed=2**31 - 1))  # poisson
    emit(R.log_uniform_candidate_sampler([[4, 4]], 2, 1, True, 5, seed=2))  # log_uniform_candidate_sampler
    emit(R.create_rng_state(2**70 + 5, "threefry"))  # create_rng_state
    f0 = F(lambda: R.stateless_uniform([2], seed=[2**31 - 1, -1]))  # function
    emit(R.stateless_poisson(np.array([4, 2, 3], np.int32), seed=[5, 0], lam=[15.0, np.inf, -1.0]))  # stateless_poisson
    emit(R.uniform([4], minval=-5, maxval=9, dtype="int32", seed=7))  # uniform_int
    emit(R.gamma([2], alpha=np.array([2.0], np.float32), dtype=np.float64, seed=-1))  # gamma
    emit(R.stateless_uniform([6], seed=[7, 1], minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    fo0 = emit(R.fold_in(np.array([-2**31, 2**40], np.int64), 17))  # random.fold_in
    emit(R.stateless_binomial(np.array([1, 5, 4], np.int64), seed=np.array([0, 2**63 + 5], np.uint64), counts=[1.0, 5.0, 5.0, 100.0], probs=0.999))  # stateless_binomial
    fo1 = emit(R.fold_in(np.array([2, 2], np.int64), 17))  # random.fold_in
    err(lambda: R.normal([-1], dtype="float16", seed=-1))  # normal
    emit(R.stateless_categorical(np.array([[-np.inf, 1.0, 0.0, 0.5, 5.0], [-3.0, -np.inf, 2.0, -1.0, 0.0], [1.0, 0.5, 10.0, 2.0, 1.0]], np.float32), 2, seed=(-2, 0)))  # stateless_categorical
    emit(R.categorical([[2.0, 0.25], [2.0, -np.inf], [-np.inf, -np.inf]], 0, dtype=np.int32, seed=42))  # categorical
    emit(R.experimental.stateless_shuffle(np.array([[0.0, 3.25, -7.0], [3.25, 3.25, -0.0], [0.0, 1.5, 0.0], [0.0, 1.5, 3.25]], np.float32), seed=fo0, alg=R.Algorithm.AUTO_SELECT))  # stateless_shuffle
    g0 = emit(R.Generator.from_state(np.array([5, -1], np.int64), alg="threefry"))  # Generator.from_state
    emit(f0())  # function_call
    emit(R.stateless_uniform((0,), seed=[7, -2], minval=[], maxval=np.float64(1e3)))  # stateless_uniform
    emit(R.experimental.index_shuffle(np.arange(7, dtype=np.uint32), seed=np.array([1, 2], np.uint32), max_index=np.array([6, 7, 8, 9, 10, 11, 12], np.uint32)))  # index_shuffle
    emit(R.gamma([3], alpha=0.5, beta=0.0, dtype="float16", seed=2**31))  # gamma
    emit(R.gamma([2, 4], alpha=[[2.0], [0.999]], dtype=np.float64, seed=0))  # gamma
    emit(R.uniform([6], maxval=2**20, dtype=np.int32, seed=3))  # uniform_int
    emit(R.stateless_truncated_normal([2], seed=fo0, mean=-1.0, stddev=2.0, dtype=np.float64, alg="auto_select"))  # stateless_truncated_normal
""")

case("program_000150", """
    emit(R.set_seed(1234))  # set_seed
    emit(R.stateless_uniform([0, 1, 5], seed=[-1, -2], minval=-100, maxval=-50, dtype="int64"))  # stateless_uniform_int
    emit(R.shuffle(np.arange(60, dtype=np.float16).reshape([5, 6, 2]), seed=2**31 - 1))  # shuffle
    emit(R.stateless_normal((4, 2), seed=[7, -2], mean=100.0, dtype="float32"))  # stateless_normal
    emit(R.stateless_categorical([[0.25, 0.5, 10.0, -3.0]], 1, seed=[3, -2], dtype="int32"))  # stateless_categorical
    emit(R.normal([1, 4], dtype="float16", seed=87654321))  # normal
    emit(R.categorical([[0.25, 0.0, 0.0], [1.0, -np.inf, 0.25], [1.0, -np.inf, 2.0]], 7, seed=7))  # categorical
    emit(R.learned_unigram_candidate_sampler([[1, 5, 5], [4, 2, 1], [0, 3, 5]], 3, 1, True, 6, seed=5))  # learned_unigram_candidate_sampler
    emit(R.experimental.stateless_shuffle([[3.25], [1.5], [2.5], [3.25]], seed=[2**40, 3]))  # stateless_shuffle
    emit(R.stateless_uniform(np.array([3], np.int64), seed=np.array([5, 5], np.uint64), maxval=1e3, dtype=np.float16))  # stateless_uniform
    emit(R.normal((6, 4), dtype="float64", seed=2**31))  # normal
""")

case("program_000151", """
    emit(R.set_seed(2))  # set_seed
    emit(R.gamma([3, 3], alpha=np.array([10.0, 0.5], np.float64), beta=[0.0, 0.1], seed=-1))  # gamma
    err(lambda: R.fixed_unigram_candidate_sampler([[4, 6, 3]], 3, 8, False, 7, unigrams=[2.0, 1.0, 10.0, 2.0, 4.0, 1.0, 10.0], distortion=2.0, num_shards=2, shard=1))  # fixed_unigram_candidate_sampler
    err(lambda: R.experimental.index_shuffle(np.arange(6, dtype=np.uint32), seed=np.array([3, 4, 5], np.uint32), max_index=np.array([5, 6, 7, 8, 9, 10], np.uint32)))  # index_shuffle
    err(lambda: R.normal([4], mean=[-2, 1e3, 123.456, -1.0, 1e3], stddev=np.array(-0.0), dtype=np.float64, seed=7))  # normal
    err(lambda: R.categorical([[[2.0, 5.0, 2.0, 1.0], [10.0, 1.0, 0.25, 0.25], [-1.0, 0.25, 10.0, 0.0]]], 2, dtype="int32"))  # categorical
    g0 = emit(R.Generator.from_key_counter(2**40, np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    g1 = emit(R.Generator.from_seed(1234, alg="auto_select"))  # Generator.from_seed
    emit(g1.uniform([2, 4, 4], minval=10, maxval=39, dtype=np.int64))  # Generator.uniform_int
    emit(R.stateless_categorical([[-3.0, 5.0]], 4, seed=np.array([7, 2], np.uint32)))  # stateless_categorical
    emit(g0.skip(1.5))  # Generator.skip
    emit(R.uniform([1], maxval=-1.0))  # uniform
    emit(R.stateless_truncated_normal([5, 0, 0], seed=[0, 0], stddev=1.0, alg=3))  # stateless_truncated_normal
    emit(g0.state)  # Generator.state
    emit(R.stateless_parameterized_truncated_normal([6], seed=np.array([-1, 1], np.int64), means=0.5, minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    f0 = F(lambda: R.stateless_uniform([1], seed=[7, 0], minval=0.0, maxval=[0], dtype=np.float32, alg=R.Algorithm.AUTO_SELECT))  # function
    err(lambda: R.experimental.create_rng_state([1, 2, 3], None))  # create_rng_state
    emit(R.categorical(np.log(np.array([[0.7, 0.1, 0.1], [0.25, 0.1, 0.5], [1.0, 0.1, 0.7]])), 3, seed=2))  # categorical
    g2 = emit(R.Generator.from_seed(np.int64(77)))  # Generator.from_seed
    emit(g2.key)  # Generator.state
    emit(f0())  # function_call
    err(lambda: R.stateless_uniform([0, 3], seed=[2**31 - 1, 3], maxval=[-1.0, 10.0, 0.0, -2], dtype="float64", alg=1))  # stateless_uniform
""")

case("program_000152", """
    emit(R.fixed_unigram_candidate_sampler([[8, 1, 2], [3, 1, 1]], 3, 7, True, 11, unigrams=[2.0, 4.0, 1.0, 4.0, 2.0, 2.0, 10.0, 1.0, 10.0, 0.5, 0.5], distortion=0.75, seed=5))  # fixed_unigram_candidate_sampler
    emit(R.uniform(np.array([2], np.int64), maxval=123.456, dtype=np.float64, seed=2))  # uniform
    emit(R.categorical([[0.5], [1.0], [0.25]], 0, seed=5))  # categorical
    emit(R.stateless_normal([6, 5], seed=[3, 1], stddev=1.0))  # stateless_normal
    err(lambda: R.stateless_uniform([4], seed=[-2, 0], minval=1, maxval=5, dtype="uint64", alg=3))  # stateless_uniform_int
    fo0 = emit(R.experimental.stateless_fold_in([5, 3], 5))  # stateless_fold_in
    emit(R.stateless_uniform([4, 5], seed=fo0, dtype=np.float32))  # stateless_uniform
    emit(R.truncated_normal([1, 5, 0], dtype="float64", seed=0))  # truncated_normal
    g0 = emit(R.Generator.from_key_counter(0, [0, 0], alg="philox"))  # Generator.from_key_counter
    emit(R.poisson(np.array([5, 4], np.int64), lam=[5.0, -1.0, 5.0], dtype="float64", seed=0))  # poisson
    emit(g0.truncated_normal([2], dtype=np.float32))  # Generator.truncated_normal
    emit(R.stateless_categorical(np.log(np.array([[0.2, 0.25]])), 7, seed=fo0))  # stateless_categorical
    gs0 = emit(g0.split(2))  # Generator.split
    emit(gs0[1].normal([5, 6]))  # Generator.normal
    err(lambda: gs0[0].uniform(np.array([1, 4, 5], np.int64), maxval=10.0, dtype="bool"))  # Generator.uniform
    f0 = F(lambda: (R.poisson([1, 5], lam=np.array([7, 1, 40], np.int32), dtype="int64", seed=2**31 - 1), g0.uniform([2, 0], minval=-2**63, maxval=2**63 - 1, dtype=np.int64)))  # function
    fo1 = emit(R.fold_in(np.array([2**31 - 1, 1], np.int64), 17))  # random.fold_in
    emit(gs0[0].normal(np.array([6], np.int64)))  # Generator.normal
    emit(R.gamma([1, 6], alpha=np.inf, seed=1234))  # gamma
    emit(R.stateless_poisson((6, 1), seed=np.array([1, 2], np.uint64), lam=np.inf, dtype="float64"))  # stateless_poisson
    emit(R.experimental.index_shuffle(np.arange(8, dtype=np.int64), seed=[3, 14], max_index=np.int64(1099511627776)))  # index_shuffle
    emit(R.experimental.create_rng_state(np.array([1, 2, 3, 4], np.int64), R.Algorithm.PHILOX))  # create_rng_state
    emit(R.uniform([0], minval=3, dtype="float64", seed=-7))  # uniform
    err(lambda: R.experimental.create_rng_state(1234, "bogus"))  # create_rng_state
    gs1 = emit(gs0[0].split(0))  # Generator.split
    emit(R.uniform([6], minval=123.456, dtype=np.float64, seed=0))  # uniform
    emit(R.experimental.stateless_shuffle(np.arange(5, dtype=np.float64).reshape([1, 5]), seed=(2**31 - 1, 2**40), alg=R.Algorithm.PHILOX))  # stateless_shuffle
    emit(R.stateless_binomial(np.array([3], np.int32), seed=[12345, 12345], counts=5.0, probs=1.0))  # stateless_binomial
""")

case("program_000155", """
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.stateless_uniform([3], seed=[12345, 3], minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    emit(R.uniform([3], minval=2.5, maxval=0.5, dtype=np.float64))  # uniform
    emit(R.stateless_parameterized_truncated_normal([4, 3], seed=np.array([7, -1], np.int64), means=np.float64(0.0), stddevs=np.float64(2.0), minvals=np.float64(-1.0), maxvals=np.float64(1.0)))  # stateless_parameterized_truncated_normal
    emit(R.gamma(np.array([2], np.int32), alpha=[-1.0, 3.5], beta=1e-3, seed=7))  # gamma
    emit(R.normal([], mean=2.5, stddev=np.float32(1e20), seed=2**31))  # normal
    s0 = emit(R.split([3, -1], num=3))  # random.split
    emit(R.normal([5, 0], stddev=0.0, seed=-7))  # normal
    emit(R.stateless_truncated_normal(np.array([1], np.int32), seed=[0, 2**31 - 1], dtype=np.float16))  # stateless_truncated_normal
    emit(R.stateless_parameterized_truncated_normal([3, 3], seed=np.array([1, 2**32 - 1], np.uint32), means=-2.0, stddevs=1.0, minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(R.categorical(np.array([[5.0]], np.float32), 0, seed=1))  # categorical
    err(lambda: R.truncated_normal((6,), stddev=np.array([1.0, 10, -0.0, -0.0, 1.0, 2.0]), dtype="int64"))  # truncated_normal
    emit(R.stateless_gamma([6, 2], seed=[2**31 - 1, 12345], alpha=[3.5, 2.0]))  # stateless_gamma
    emit(R.uniform([2, 1], minval=1, maxval=33, dtype="int64", seed=-7))  # uniform_int
    emit(R.uniform(np.array([4, 3], np.int64), minval=-4, maxval=15, dtype="int64"))  # uniform_int
    emit(R.stateless_uniform([5, 4], seed=np.array([3, 1], np.int32), dtype=np.float16))  # stateless_uniform
    g0 = emit(R.Generator.from_seed(2**32))  # Generator.from_seed
    emit(g0.binomial([], counts=np.float32(20.0), probs=np.float32(0.3), dtype="float16"))  # Generator.binomial
    s1 = emit(R.split(np.array([1, 2], np.int32), num=1))  # random.split
    m0 = emit(g0.make_seeds(1))  # Generator.make_seeds
    emit(R.truncated_normal((4, 3), dtype=np.float64, seed=42))  # truncated_normal
    err(lambda: R.shuffle(None, seed=3))  # shuffle
    emit(R.stateless_gamma(np.array([2, 5, 1], np.int32), seed=[-1, 1], alpha=np.array([1.0], np.float64), dtype="float16"))  # stateless_gamma
    emit(g0.uniform_full_int((6,)))  # Generator.uniform_full_int
    emit(R.stateless_normal(np.array([1, 6, 2], np.int64), seed=s0[0], mean=-1.0, dtype=np.float16))  # stateless_normal
    gs0 = emit(g0.split(1))  # Generator.split
    g1 = emit(R.Generator.from_key_counter(0, np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    err(lambda: R.normal([2], mean=0.0, dtype=np.int32, seed=-1))  # normal
    emit(R.experimental.index_shuffle(np.arange(7, dtype=np.uint32), seed=[5, 9], max_index=np.array([6, 7, 8, 9, 10, 11, 12], np.uint32)))  # index_shuffle
    emit(R.truncated_normal([], mean=0, seed=2**31 - 1))  # truncated_normal
    err(lambda: g1.truncated_normal([-1], mean=1.0, stddev=1e-3, dtype=np.float64))  # Generator.truncated_normal
    g2 = emit(R.Generator.from_state(np.array([-1, 12345, 2**40], np.int64), alg=R.Algorithm.PHILOX))  # Generator.from_state
""")

case("program_000156", """
    emit(R.experimental.stateless_shuffle([10, 27, 0, -16, 41, 27, 47], seed=[2**31 - 1, -2**31]))  # stateless_shuffle
    g0 = emit(R.Generator.from_seed([1, 2]))  # Generator.from_seed
    emit(g0.state)  # Generator.state
    emit(R.stateless_gamma((5,), seed=[12345, 2**31 - 1], alpha=2.0, beta=0.1, dtype="float64"))  # stateless_gamma
    emit(R.all_candidate_sampler([[2, 1, 0]], 3, 3, True))  # all_candidate_sampler
    emit(R.stateless_normal((4,), seed=np.array([12345, 0], np.uint32), mean=np.float64(100.0), stddev=-1.0))  # stateless_normal
    err(lambda: R.normal(np.array([1, 6, 1], np.int32), mean=2.5, stddev=1.0, dtype="bool", seed=87654321))  # normal
    emit(R.stateless_parameterized_truncated_normal(np.array([2], np.int64), seed=np.array([2**31 - 1, 7], np.int64)))  # stateless_parameterized_truncated_normal
    gs0 = emit(g0.split(2))  # Generator.split
    emit(R.log_uniform_candidate_sampler([[20], [44], [28]], 1, 3, True, 50, seed=5))  # log_uniform_candidate_sampler
    g1 = emit(R.Generator.from_seed(np.int64(77)))  # Generator.from_seed
    s0 = emit(R.split(np.array([-1, 1], np.int64), num=2, alg=3))  # random.split
    emit(R.poisson([1], lam=[[1e4, 15.0, 5.0], [0.0, np.inf, 15.0]], dtype="float16", seed=1))  # poisson
    emit(R.stateless_uniform([], seed=np.array([7, 7], np.uint32), minval=-10, maxval=34, dtype="int64"))  # stateless_uniform_int
    emit(gs0[0].skip(np.int64(7)))  # Generator.skip
    emit(gs0[0].state)  # Generator.state
    err(lambda: R.stateless_parameterized_truncated_normal(np.array([3, 2], np.int64), seed=[2, 1], means=[[0.0], [0.0], [0.5]], minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    err(lambda: gs0[1].uniform([3, -1, 2], minval=2, maxval=49, dtype="int64"))  # Generator.uniform_int
""")

case("program_000157", """
    err(lambda: R.stateless_categorical([[[0.0, -3.0, 0.0, -np.inf, 0.0]]], 2, seed=np.array([2.0, 2.0], np.float64)))  # stateless_categorical
    emit(R.stateless_uniform(np.array([6], np.int64), seed=(1, 7), dtype=np.float32))  # stateless_uniform
    emit(R.normal([6, 1, 4], stddev=[[[10]]], dtype="float32", seed=2**31 - 1))  # normal
    fo0 = emit(R.fold_in([1, 3], 2**40))  # random.fold_in
    emit(R.set_seed(1234))  # set_seed
    emit(R.uniform([1], minval=0, maxval=10, dtype="int32", seed=42))  # uniform_int
    emit(R.stateless_binomial([3], seed=np.array([1, 1], np.uint32), counts=0.5, probs=1.5))  # stateless_binomial
    emit(R.stateless_gamma((5,), seed=[12345, 3], alpha=0.0, beta=10.0))  # stateless_gamma
    emit(R.poisson(np.array([2, 1], np.int64), lam=[-1.0], dtype=np.int64, seed=-1))  # poisson
    s0 = emit(R.experimental.stateless_split([2, 5], num=2, alg=3))  # stateless_split
    emit(R.stateless_gamma(np.array([1, 3], np.int32), seed=[-1, 2], alpha=[0.25, np.nan, 1.0], dtype="float16"))  # stateless_gamma
""")

case("program_000166", """
    emit(R.set_seed(2))  # set_seed
    emit(R.categorical([[-3.0, 0.0, 0.5, -1.0], [0.5, 0.5, 2.0, 1.0]], 4, dtype=np.int32, seed=2**40 + 3))  # categorical
    f0 = F(lambda: R.normal(np.array([0], np.int32), stddev=np.float64(10), dtype=np.float64, seed=7))  # function
    emit(f0())  # function_call
    emit(R.stateless_uniform([6], seed=[5, 2], minval=np.array([2.5, 123.456, 100.0, 2.5, -3.5, 3], np.float32), maxval=np.float32(-1.0)))  # stateless_uniform
    emit(R.uniform([5], minval=-6, maxval=3, dtype="int32", seed=2**31 - 1))  # uniform_int
    emit(R.set_seed(1234))  # set_seed
    emit(R.stateless_parameterized_truncated_normal([2, 2], seed=(-1, 12345)))  # stateless_parameterized_truncated_normal
    emit(R.poisson([1], lam=[-1.0, -1.0]))  # poisson
    emit(R.experimental.stateless_shuffle([13, -3, 31], seed=[2**31 - 1, 2**31 - 1], alg="auto_select"))  # stateless_shuffle
    emit(R.learned_unigram_candidate_sampler([[3, 2, 6], [2, 2, 6]], 3, 1, True, 8))  # learned_unigram_candidate_sampler
    emit(R.log_uniform_candidate_sampler([[0, 4], [2, 0], [3, 3]], 2, 6, False, 5))  # log_uniform_candidate_sampler
    emit(R.gamma([3, 3], alpha=0.1, beta=0.5, dtype="float32"))  # gamma
    emit(f0())  # function_call
    emit(R.stateless_binomial(np.array([3, 5, 4], np.int64), seed=np.array([2**40, 2**63 + 5], np.uint64), counts=[-3.0, 0.5, -3.0, 0.5], probs=0.25))  # stateless_binomial
    emit(f0())  # function_call
    emit(R.experimental.index_shuffle(np.arange(6, dtype=np.int32), seed=[1, 1], max_index=np.array([5, 6, 7, 8, 9, 10], np.int32)))  # index_shuffle
    err(lambda: R.experimental.stateless_shuffle(np.array([[-0.0, 1.5], [-7.0, -7.0], [1.5, 2.5], [2.5, 3.25]], np.float32), seed=np.array([-1, 7], np.int64), alg=7))  # stateless_shuffle
    emit(f0())  # function_call
    emit(R.uniform(np.array([], np.int64), minval=np.float16(-0.0), maxval=3, seed=2**31))  # uniform
    s0 = emit(R.experimental.stateless_split(np.array([-2, -2**31], np.int32), num=2))  # stateless_split
""")

case("program_000167", """
    g0 = emit(R.Generator.from_seed(1234, alg="threefry"))  # Generator.from_seed
    emit(R.stateless_truncated_normal([], seed=np.array([-2**31, -1], np.int32), mean=1e3, stddev=3.0, dtype=np.float32))  # stateless_truncated_normal
    emit(R.normal(np.array([2, 4], np.int64), dtype="float32", seed=5))  # normal
    emit(g0.reset_from_seed(0))  # Generator.reset_from_seed
    emit(R.experimental.stateless_shuffle(np.arange(3, dtype=np.uint32), seed=np.array([-2**31, -2**31], np.int64)))  # stateless_shuffle
    emit(R.categorical(np.log(np.array([[0.5], [0.1]])), 0, seed=-7))  # categorical
    err(lambda: R.stateless_uniform([6, 4], seed=np.array([0, 2**40], np.uint64), minval=3, maxval=[0.5, -1e10, 0.0, 1e3, -1e10]))  # stateless_uniform
    emit(R.shuffle(np.arange(3, dtype=np.int32).reshape([1, 3]), seed=2**31))  # shuffle
    emit(g0.state)  # Generator.state
    f0 = F(lambda: (R.truncated_normal([], mean=np.float64(1.0), stddev=0.0, dtype="float16", seed=1), R.normal([6], mean=1e3, stddev=np.float32(-0.0), seed=-7)))  # function
    emit(g0.reset_from_seed(-1))  # Generator.reset_from_seed
    emit(R.gamma(np.array([3, 4], np.int32), alpha=np.array([0.999, 0.0, np.nan], np.float64), seed=-1))  # gamma
    emit(R.uniform_candidate_sampler([[4, 5, 3], [5, 9, 8], [1, 6, 0]], 3, 4, True, 10, seed=2))  # uniform_candidate_sampler
    emit(R.stateless_uniform((3,), seed=np.array([1.0, 2.0], np.float32), minval=100.0, maxval=[1.0, 1e30, 3], dtype="float64"))  # stateless_uniform
    err(lambda: g0.binomial([2, 5, 2, 1], counts=[[7.0], [1.0]], probs=[0.3], dtype="int32"))  # Generator.binomial
    g1 = emit(R.Generator.from_seed(0))  # Generator.from_seed
    emit(R.gamma([1], alpha=10.0, dtype="float32", seed=np.int64(-1)))  # gamma
    fo0 = emit(R.experimental.stateless_fold_in([0, 5], np.int64(5)))  # stateless_fold_in
    emit(R.stateless_truncated_normal([1], seed=[0, 2**31 - 1], dtype=np.float32))  # stateless_truncated_normal
    err(lambda: g1.normal([1, 1, 3], stddev=10, dtype="int32"))  # Generator.normal
    emit(R.gamma([1, 6], alpha=1.0, seed=1))  # gamma
    emit(R.learned_unigram_candidate_sampler([[9], [11], [8]], 1, 4, False, 12, seed=1))  # learned_unigram_candidate_sampler
    emit(R.uniform([3, 2], minval=-7, maxval=5, dtype="int32", seed=5))  # uniform_int
    err(lambda: g0.make_seeds(2))  # Generator.make_seeds
    m0 = None
    emit(R.experimental.stateless_shuffle([[1.5, 1.5, 0.0]], seed=[12345, 3], alg="philox"))  # stateless_shuffle
    emit(R.experimental.create_rng_state(-1, 1))  # create_rng_state
    emit(R.poisson([4, 1], lam=np.array(0, np.int32), seed=np.int64(2)))  # poisson
    emit(R.stateless_poisson([3], seed=np.array([3, 7], np.uint32), lam=0.5, dtype="int32"))  # stateless_poisson
    emit(R.log_uniform_candidate_sampler([[48]], 1, 3, False, 50, seed=1))  # log_uniform_candidate_sampler
    err(lambda: g0.binomial([4, 2, 3], counts=[[1.0, 0.5, 0.5], [1.0, 1e4, 5.0]], probs=0.999))  # Generator.binomial
    emit(R.stateless_uniform([2], seed=[5, 1], minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    f1 = F(lambda: R.gamma(np.array([6, 1], np.int64), alpha=[0.5, np.inf, 3.5], dtype="float16", seed=0))  # function
    emit(R.stateless_gamma([1, 1], seed=(0, 3), alpha=[3.5], beta=[0.5]))  # stateless_gamma
    emit(R.shuffle(np.array([[-7.0], [-0.0], [-7.0], [2.5]], np.float32), seed=87654321))  # shuffle
    emit(R.stateless_poisson(np.array([4, 3, 2], np.int32), seed=[12345, 12345], lam=[1e4, 15.0]))  # stateless_poisson
    emit(R.uniform_candidate_sampler([[878], [954]], 1, 8, True, 2**40, seed=2))  # uniform_candidate_sampler
    emit(R.stateless_poisson((4, 6), seed=np.array([5, 2**40], np.uint64), lam=1e4))  # stateless_poisson
    emit(R.experimental.stateless_shuffle(np.arange(6, dtype=np.int64).reshape([6]), seed=np.array([7, 5], np.int64)))  # stateless_shuffle
""")

case("program_000168", """
    emit(R.set_seed(5))  # set_seed
    emit(R.stateless_gamma([5], seed=np.array([3, -1], np.int64), alpha=-1.0, beta=-1.0))  # stateless_gamma
    emit(R.experimental.stateless_shuffle(np.arange(3, dtype=np.float32).reshape([3]), seed=[12345, 2**31 - 1], alg=1))  # stateless_shuffle
    emit(R.normal((5, 2), mean=np.array([3, 0], np.float32), seed=7))  # normal
    emit(R.truncated_normal([1], stddev=1e-3, dtype="bfloat16", seed=np.int64(0)))  # truncated_normal
    emit(R.stateless_categorical([[-3.0, -3.0, 2.0, 5.0, -1.0], [0.0, 2.0, 0.5, 0.0, -np.inf], [-3.0, 1.0, -1.0, -np.inf, 5.0]], 6, seed=(12345, 2)))  # stateless_categorical
    emit(R.all_candidate_sampler([[3, 0], [0, 1], [1, 4]], 2, 8, True))  # all_candidate_sampler
    emit(R.poisson(np.array([0], np.int32), lam=[15.0, 0.5], seed=-7))  # poisson
    err(lambda: R.poisson([2.5], lam=[np.inf, 5.0, 100.0], seed=7))  # poisson
    g0 = emit(R.Generator.from_seed(0))  # Generator.from_seed
    emit(R.uniform(np.array([5, 4], np.int32)))  # uniform
    emit(R.experimental.stateless_shuffle(np.arange(1, dtype=np.int64).reshape([1]), seed=np.array([2**40, 0], np.int64), alg=1))  # stateless_shuffle
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.gamma(np.array([5], np.int32), alpha=[0.1, 3.5, np.nan], beta=[0.0, 2.0, 1e-3]))  # gamma
    emit(R.stateless_parameterized_truncated_normal([3, 1], seed=[2**40, -2], means=0.5, minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(g0.binomial([5, 1], counts=[100.0], probs=0.5))  # Generator.binomial
    emit(g0.normal((2, 2), mean=2.5))  # Generator.normal
    emit(R.uniform([2], minval=0, maxval=-1e10))  # uniform
    emit(g0.uniform([2], maxval=3))  # Generator.uniform
    emit(R.shuffle(np.arange(12, dtype=np.float16).reshape([4, 3])))  # shuffle
    fo0 = emit(R.fold_in(np.array([0, 3], np.uint32), np.int64(5)))  # random.fold_in
    emit(R.truncated_normal(np.array([], np.int32), stddev=1.0, dtype="float64", seed=42))  # truncated_normal
""")

case("program_000169", """
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.shuffle(np.float32(1.5), seed=2))  # shuffle
    s0 = emit(R.split([1, 7], num=1))  # random.split
    fo0 = emit(R.experimental.stateless_fold_in([2, 1], -3))  # stateless_fold_in
    emit(R.stateless_gamma(np.array([1], np.int32), seed=[2**40, 2**40], alpha=3.5, dtype="float32"))  # stateless_gamma
    err(lambda: R.uniform_candidate_sampler([[0], [0]], 1, 6, True, 4))  # uniform_candidate_sampler
    emit(R.truncated_normal([6]))  # truncated_normal
    emit(R.uniform([], maxval=1, dtype="int32", seed=-1))  # uniform_int
    emit(R.uniform([1, 6], minval=8, maxval=51, dtype="int64", seed=np.int64(1)))  # uniform_int
    emit(R.stateless_gamma([2, 2], seed=np.array([5, 5], np.uint64), alpha=[1.0, 3.5]))  # stateless_gamma
    emit(R.experimental.index_shuffle(np.arange(7, dtype=np.int32), seed=[8, 13], max_index=6))  # index_shuffle
    emit(R.stateless_uniform([0, 2], seed=np.array([2**40, 1], np.int64), minval=0, dtype=np.float64))  # stateless_uniform
    g0 = emit(R.experimental.Generator.from_seed(2**63))  # Generator.from_seed
    emit(g0.normal(np.array([2], np.int64), mean=np.float32(-0.0), stddev=3.0, dtype="float16"))  # Generator.normal
    emit(R.normal([3], mean=np.array(-0.0), stddev=[0.1, 0.1, 0.5], dtype="float16", seed=2))  # normal
    emit(g0.reset_from_key_counter(5, [6, 7]))  # Generator.reset_from_key_counter
    emit(R.stateless_uniform([6, 3], seed=[3, -1], minval=1e3, maxval=-1.0, dtype=np.float32))  # stateless_uniform
    emit(R.stateless_parameterized_truncated_normal((5,), seed=(3, 3), means=1.0))  # stateless_parameterized_truncated_normal
    emit(R.stateless_binomial([2, 3, 1], seed=s0[0], counts=np.array([1e4], np.float32), probs=np.float32(1.5), output_dtype="float64"))  # stateless_binomial
    emit(g0.normal([5], mean=np.float64(0.0), stddev=1.0))  # Generator.normal
    emit(R.stateless_poisson(np.array([5, 1, 1], np.int32), seed=np.array([1.0, 1.0], np.float64), lam=np.array([9.99], np.float16), dtype="int64"))  # stateless_poisson
    emit(R.set_global_generator(g0))  # set_global_generator
    emit(R.poisson([4], lam=np.array([15.0, np.inf], np.float16), dtype="float16", seed=1))  # poisson
    emit(R.set_seed(1))  # set_seed
    emit(R.stateless_poisson(np.array([3, 6, 2], np.int64), seed=s0[0], lam=np.array([40, 0], np.int64), dtype="int64"))  # stateless_poisson
    emit(R.experimental.create_rng_state(2**70 + 5, "philox"))  # create_rng_state
    emit(R.stateless_parameterized_truncated_normal([4], seed=s0[0], means=np.float16(0.0), stddevs=np.float16(1.0), minvals=np.float16(0.9), maxvals=np.float16(1.1)))  # stateless_parameterized_truncated_normal
    emit(R.learned_unigram_candidate_sampler([[3, 2], [2, 0], [3, 1]], 2, 4, True, 4))  # learned_unigram_candidate_sampler
    emit(R.normal([3, 0], mean=-1e10, stddev=[[], [], []], seed=2))  # normal
""")

case("program_000171", """
    emit(R.set_seed(2))  # set_seed
    emit(R.poisson([4, 1], lam=[np.inf, 9.99], seed=2))  # poisson
    s0 = emit(R.experimental.stateless_split([12345, 2**40], num=3, alg=R.Algorithm.PHILOX))  # stateless_split
    emit(R.stateless_truncated_normal(np.array([3], np.int32), seed=(-2**31, 2), mean=np.float32(3), dtype=np.float16))  # stateless_truncated_normal
    emit(R.stateless_poisson((0, 0, 1), seed=[0, -1], lam=[5.0], dtype="int32"))  # stateless_poisson
    err(lambda: R.experimental.stateless_split(s0[2], num=-1))  # stateless_split
    s1 = None
    emit(R.experimental.index_shuffle(np.int32(0), seed=[11, 20], max_index=1048576))  # index_shuffle
    emit(R.stateless_normal(np.array([2], np.int32), seed=[5, 7], mean=-3.5, stddev=np.float32(0.5)))  # stateless_normal
    emit(R.set_seed(2**31 - 1))  # set_seed
    emit(R.gamma([5], alpha=[np.inf, 1e-3, np.inf], dtype="float32"))  # gamma
    emit(R.stateless_truncated_normal([0], seed=[1, 3], stddev=3.0, dtype="float32", alg=3))  # stateless_truncated_normal
    emit(R.shuffle([8, 1, -36, -45], seed=42))  # shuffle
    emit(R.stateless_truncated_normal([6], seed=[5, 2**31 - 1], mean=np.array([10.0, -3.5, 0.5, -2, 1e30, 1e3], np.float32)))  # stateless_truncated_normal
    emit(R.gamma([3], alpha=[np.nan, -1.0], beta=np.array([-1.0, 0.5], np.float32), dtype="float16", seed=3))  # gamma
    emit(R.log_uniform_candidate_sampler([[2]], 1, 8, True, 10, seed=1234))  # log_uniform_candidate_sampler
    emit(R.uniform([3, 4], minval=2**31, maxval=2**32, dtype=np.int64, seed=3))  # uniform_int
    emit(R.stateless_binomial([5], seed=[-2**31, 2**40], counts=7.0, probs=0.05))  # stateless_binomial
    emit(R.learned_unigram_candidate_sampler([[0, 3], [2, 1]], 2, 4, False, 6))  # learned_unigram_candidate_sampler
    emit(R.experimental.create_rng_state(2**64 - 1, 1))  # create_rng_state
    emit(R.stateless_parameterized_truncated_normal([4], seed=s0[1], minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    err(lambda: R.gamma([1], alpha=np.array([1.0, -1.0], np.float64), dtype="bfloat16"))  # gamma
    emit(R.stateless_categorical(np.array([[1.0, 5.0, 10.0], [5.0, 0.25, 5.0], [0.25, 0.5, -np.inf]], np.float64), 1, seed=np.array([1.0, 7.0], np.float64), dtype="int32"))  # stateless_categorical
""")

case("program_000174", """
    emit(R.set_seed(2))  # set_seed
    emit(R.stateless_binomial([3], seed=np.array([1.0, 2.0], np.float32), counts=np.float32(0.5), probs=np.float32(0.25)))  # stateless_binomial
    emit(R.uniform([1], minval=1, maxval=49, dtype="int32"))  # uniform_int
    fo0 = emit(R.fold_in([1, -1], 2**31 - 1))  # random.fold_in
    g0 = emit(R.Generator.from_seed(1234))  # Generator.from_seed
    emit(R.poisson([6, 3], lam=np.array([1.0], np.float16), dtype="float64", seed=1))  # poisson
    err(lambda: R.log_uniform_candidate_sampler([[15]], 1, 8, False, 10, seed=2))  # log_uniform_candidate_sampler
    emit(g0.reset_from_seed(2**63))  # Generator.reset_from_seed
    emit(R.set_global_generator(g0))  # set_global_generator
    emit(R.gamma([1, 5], alpha=np.float32(1e-3), seed=87654321))  # gamma
    emit(R.uniform([3, 4], dtype=np.float64, seed=1))  # uniform
    emit(R.experimental.stateless_shuffle(np.arange(15, dtype=np.float32).reshape([5, 3]), seed=np.array([2**32 - 1, 1], np.uint32), alg="philox"))  # stateless_shuffle
    emit(R.set_seed(1))  # set_seed
    emit(R.stateless_categorical([[2.0, 5.0, 0.5], [5.0, -3.0, 0.5]], 8, seed=[3, 7]))  # stateless_categorical
    emit(R.learned_unigram_candidate_sampler([[1, 1]], 2, 8, False, 2, seed=0))  # learned_unigram_candidate_sampler
""")

case("program_000176", """
    emit(R.set_seed(None))  # set_seed
    err(lambda: R.gamma((3, 4), alpha=[1.0, 2.0], beta=[1.0, 2.0, 3.0], seed=-1))  # gamma
    emit(R.experimental.index_shuffle(np.uint32(3), seed=[14, 10], max_index=np.uint32(1048576)))  # index_shuffle
    emit(R.stateless_poisson((2, 5), seed=[0, -2], lam=np.array(0, np.int64), dtype="int64"))  # stateless_poisson
    emit(R.uniform([5, 2], maxval=1e30, dtype=np.float32, seed=7))  # uniform
    err(lambda: R.fold_in(np.array([-1, -2**31], np.int32), np.int32(-2), alg=R.Algorithm.THREEFRY))  # random.fold_in
    fo0 = None
    emit(R.stateless_normal([4, 3], seed=[0, 12345], dtype=np.float32))  # stateless_normal
    emit(R.normal(np.array([], np.int32), seed=3))  # normal
    emit(R.stateless_categorical(np.array([[-3.0, -1.0], [2.0, -np.inf]], np.float64), 8, seed=np.array([3, -1], np.int64)))  # stateless_categorical
    err(lambda: R.stateless_parameterized_truncated_normal([6, 2], seed=[-1, -2**31], stddevs=-1.0))  # stateless_parameterized_truncated_normal
    emit(R.poisson(np.array([4, 1], np.int64), lam=np.array([0, 40, 40], np.int64), dtype="float64", seed=-1))  # poisson
    emit(R.normal([2, 1, 2], stddev=1e20, seed=1))  # normal
    emit(R.categorical([[0.0, 2.0, 1.0, 10.0, -np.inf], [-1.0, 2.0, 2.0, -3.0, -np.inf], [10.0, 10.0, 2.0, 5.0, 2.0]], 8, dtype=np.int32, seed=2))  # categorical
    err(lambda: R.fixed_unigram_candidate_sampler([[16], [10]], 1, 8, True, 12, unigrams=[1.0, 3.0, 1.0, 3.0, 2.0, 0.5, 3.0, 3.0, 4.0, 3.0, 1.0, 3.0], distortion=0.75, num_shards=2, shard=1, seed=2**31 - 1))  # fixed_unigram_candidate_sampler
    f0 = F(lambda: R.normal((1, 6), stddev=[[10, 0.1, 1e-3, 2.0, 1.0, 0.0]], dtype="float16", seed=2**40 + 3))  # function
    emit(R.truncated_normal([3, 2], seed=42))  # truncated_normal
    g0 = emit(R.Generator.from_seed(0))  # Generator.from_seed
    err(lambda: R.stateless_gamma([], seed=[5, -2], alpha=[1.0, 2.0, 3.0]))  # stateless_gamma
    err(lambda: R.stateless_uniform([2, 1, 6], seed=[-1, 3], minval=None, maxval=None, dtype="uint32", alg=R.Algorithm.THREEFRY))  # stateless_uniform_int
""")

case("program_000177", """
    err(lambda: R.stateless_categorical([[[1.0, -np.inf], [0.5, 1.0]]], 1, seed=[2**40, 12345], dtype="int64"))  # stateless_categorical
    emit(R.categorical(np.array([[-1.0, 0.5, 0.25, -1.0], [0.5, -1.0, 5.0, 5.0], [5.0, 0.25, 2.0, 1.0]], np.float64), 7, dtype="int64", seed=-7))  # categorical
    fo0 = emit(R.fold_in(np.array([2**64 - 1, 0], np.uint64), np.int64(5)))  # random.fold_in
    s0 = emit(R.experimental.stateless_split(fo0, num=1))  # stateless_split
    emit(R.uniform_candidate_sampler([[4], [4]], 1, 8, False, 5, seed=1))  # uniform_candidate_sampler
    emit(R.gamma([3, 6], alpha=[0.1, -1.0, 1e-3], beta=[0.0, 1e-3, 0.0], seed=5))  # gamma
    emit(R.stateless_uniform((2, 5), seed=fo0, minval=-2**63, maxval=2**63 - 1, dtype="int64"))  # stateless_uniform_int
    g0 = emit(R.Generator.from_state([2, 2, 2], alg=1))  # Generator.from_state
    emit(R.set_seed(2**33 + 7))  # set_seed
    fo1 = emit(R.experimental.stateless_fold_in([1, 2**31 - 1], -3, alg=3))  # stateless_fold_in
    emit(g0.uniform_full_int((5,), dtype="int64"))  # Generator.uniform_full_int
    emit(g0.uniform([], dtype=np.float16))  # Generator.uniform
    emit(g0.state)  # Generator.state
    emit(g0.uniform((0, 6), minval=-2**62, maxval=2**62, dtype=np.int64))  # Generator.uniform_int
    emit(R.shuffle(np.arange(1, dtype=np.float32).reshape([1]), seed=-7))  # shuffle
    emit(g0.binomial([3, 4], counts=[10.0, 0.5, 0.5, 1e4], probs=0.5, dtype="int32"))  # Generator.binomial
""")

case("program_000179", """
    emit(R.set_seed(1))  # set_seed
    err(lambda: R.stateless_binomial([5, 0], seed=[1], counts=-3.0, probs=0.999))  # stateless_binomial
    emit(R.stateless_poisson([4, 2, 1], seed=[1, 12345], lam=np.array([[1], [40]], np.int64), dtype="int64"))  # stateless_poisson
    g0 = emit(R.experimental.Generator.from_seed([1, 2], alg="threefry"))  # Generator.from_seed
    emit(R.normal(np.array([2, 6], np.int32), dtype="bfloat16"))  # normal
    err(lambda: g0.uniform((3, 3), minval=-100, maxval=-50, dtype="int32"))  # Generator.uniform_int
    err(lambda: g0.uniform((3, 2), minval=-5, maxval=21, dtype=np.int64))  # Generator.uniform_int
    emit(R.set_seed(-5))  # set_seed
    emit(R.stateless_poisson([1], seed=np.array([-1, -1], np.int64), lam=[1.0]))  # stateless_poisson
    err(lambda: g0.skip(0))  # Generator.skip
    err(lambda: R.stateless_parameterized_truncated_normal(np.array([5, 2], np.int64), seed=[5, 0], stddevs=-1.0))  # stateless_parameterized_truncated_normal
    emit(R.categorical(np.log(np.array([[0.25, 1.0, 0.1, 1.0, 1.0]])), 6))  # categorical
    err(lambda: g0.truncated_normal([0], stddev=-1.0))  # Generator.truncated_normal
    emit(R.learned_unigram_candidate_sampler([[9, 3, 8]], 3, 4, True, 12, seed=1))  # learned_unigram_candidate_sampler
    emit(R.categorical([[-np.inf, 2.0, 2.0]], 5))  # categorical
    emit(R.uniform([5], dtype=np.float32))  # uniform
    g1 = emit(R.Generator.from_seed(7))  # Generator.from_seed
    s0 = emit(R.experimental.stateless_split(np.array([12345, -2], np.int64)))  # stateless_split
    emit(R.set_seed(None))  # set_seed
    emit(R.poisson(np.array([4, 6], np.int64), lam=np.array(3, np.int64), dtype="float16", seed=87654321))  # poisson
    err(lambda: g0.uniform([3, 5], minval=9, maxval=29, dtype="int64"))  # Generator.uniform_int
    emit(g1.uniform([], minval=-100, maxval=-50, dtype="int32"))  # Generator.uniform_int
    emit(R.normal(np.array([1, 6], np.int64), stddev=3.0, seed=2))  # normal
    err(lambda: R.truncated_normal([-4], stddev=[[[1e20]], [[3.0]], [[0.1]], [[0.5]], [[10]], [[10]]], seed=42))  # truncated_normal
    err(lambda: R.stateless_parameterized_truncated_normal([2], seed=np.array([-2**31, -1], np.int32), means=np.array([-0.0], np.float64), stddevs=np.float64(0.5), minvals=np.float64(0.9), maxvals=np.float64(1.1)))  # stateless_parameterized_truncated_normal
    emit(R.experimental.stateless_shuffle(np.arange(4, dtype=np.int64).reshape([4]), seed=[3, 1]))  # stateless_shuffle
    emit(R.experimental.index_shuffle(np.arange(6, dtype=np.int32), seed=[-2, 2], max_index=5))  # index_shuffle
    err(lambda: R.fixed_unigram_candidate_sampler([[16, 5, 3]], 3, 8, False, 12, unigrams=[0.5, 2.0, 4.0, 0.5, 10.0, 10.0, 10.0, 1.0, 3.0, 2.0, 3.0, 0.5], seed=2**31 - 1))  # fixed_unigram_candidate_sampler
    err(lambda: g0.uniform([5], dtype="float16"))  # Generator.uniform
    emit(R.truncated_normal([5], mean=0, stddev=[2.0, 2.0, 1.0, 2.0, 10], dtype="bfloat16", seed=-1))  # truncated_normal
    g2 = emit(R.Generator.from_seed(42, alg="auto_select"))  # Generator.from_seed
""")

case("program_000180", """
    emit(R.set_seed(2))  # set_seed
    emit(R.uniform([6], minval=7, maxval=13, dtype=np.int32))  # uniform_int
    emit(R.stateless_truncated_normal(np.array([1], np.int64), seed=[2**31 - 1, -2], mean=1.0, stddev=10, dtype="float64", alg=1))  # stateless_truncated_normal
    emit(R.stateless_categorical([[0.5]], 6, seed=[2**31 - 1, 2**31 - 1]))  # stateless_categorical
    emit(R.stateless_gamma([3, 3], seed=(5, 7), alpha=np.array([10.0, 2.0, np.inf], np.float64), beta=0.5, dtype="float64"))  # stateless_gamma
    emit(R.stateless_gamma([], seed=np.array([2**31 - 1, 1], np.int32), alpha=1.0, beta=1.0))  # stateless_gamma
    emit(R.uniform((3, 0), maxval=7, dtype=np.int64))  # uniform_int
    emit(R.experimental.stateless_shuffle(np.arange(0, dtype=np.int64).reshape([0, 1]), seed=[1, 3], alg=1))  # stateless_shuffle
    emit(R.shuffle(np.arange(6, dtype=np.int32).reshape([2, 3]), seed=1))  # shuffle
    emit(R.shuffle([-9, -7, -9, 9, 16, 34, -24], seed=1))  # shuffle
    emit(R.experimental.index_shuffle(np.uint64(2), seed=[6, 13], max_index=np.uint64(13)))  # index_shuffle
    s0 = emit(R.split((1, 2), num=1, alg=R.Algorithm.AUTO_SELECT))  # random.split
    emit(R.set_seed(2**31 - 1))  # set_seed
    fo0 = emit(R.experimental.stateless_fold_in([12345, 5], 17))  # stateless_fold_in
    emit(R.uniform(np.array([5], np.int64), minval=1e3, dtype=np.float16))  # uniform
    emit(R.experimental.index_shuffle(np.arange(2, dtype=np.uint32), seed=[5, 9], max_index=np.array([1, 2], np.uint32)))  # index_shuffle
    emit(R.log_uniform_candidate_sampler([[12], [0], [17]], 1, 6, True, 50, seed=2**31))  # log_uniform_candidate_sampler
    emit(R.experimental.create_rng_state(2**70 + 5, 2))  # create_rng_state
    emit(R.poisson([2], lam=[9.99, 1.0], dtype="float16", seed=2))  # poisson
    emit(R.stateless_gamma([4, 5, 1], seed=s0[0], alpha=[0.0], beta=0.0, dtype=np.float64))  # stateless_gamma
    emit(R.stateless_uniform(np.array([], np.int64), seed=(1, -2), minval=None, maxval=None, dtype="uint32", alg=3))  # stateless_uniform_int
    emit(R.categorical([[10.0, 2.0, 1.0, -3.0], [-1.0, 1.0, 5.0, 0.25]], 3, dtype="int32", seed=2))  # categorical
    emit(R.gamma([], alpha=np.array([2.0], np.float64), beta=0.5, seed=2))  # gamma
    g0 = emit(R.Generator.from_seed(42))  # Generator.from_seed
    emit(g0.uniform_full_int([1, 0, 6], dtype="int64"))  # Generator.uniform_full_int
    err(lambda: R.experimental.index_shuffle(np.arange(1, dtype=np.int32), seed=[5, 9], max_index=np.array([0, 0], np.int32)))  # index_shuffle
    emit(R.uniform([2], maxval=100, dtype="int64"))  # uniform_int
    emit(R.experimental.index_shuffle(np.arange(5, dtype=np.uint32), seed=[5, 9], max_index=np.uint32(100)))  # index_shuffle
""")

case("program_000183", """
    emit(R.stateless_parameterized_truncated_normal([5, 4], seed=[7, 2], stddevs=2.0))  # stateless_parameterized_truncated_normal
    emit(R.fixed_unigram_candidate_sampler([[2]], 1, 8, False, 9, unigrams=[10.0, 4.0, 10.0, 4.0, 10.0, 4.0, 0.5, 10.0, 2.0], seed=2))  # fixed_unigram_candidate_sampler
    s0 = emit(R.split(np.array([7, 1], np.int64), num=2))  # random.split
    fo0 = emit(R.experimental.stateless_fold_in([7, 0], -3))  # stateless_fold_in
    emit(R.stateless_truncated_normal([1, 3], seed=s0[1], mean=np.float32(0.5), stddev=np.float64(2.0), dtype=np.float32))  # stateless_truncated_normal
    emit(R.stateless_gamma((0, 1), seed=[-2, 2**31 - 1], alpha=[np.nan], dtype="float64"))  # stateless_gamma
    emit(R.shuffle(5, seed=0))  # shuffle
    g0 = emit(R.Generator.from_seed(2**63, alg="threefry"))  # Generator.from_seed
    emit(R.stateless_poisson([6], seed=[2**31 - 1, 2**40], lam=1.0, dtype="float16"))  # stateless_poisson
    emit(R.all_candidate_sampler([[1, 1]], 2, 4, True))  # all_candidate_sampler
    emit(g0.reset_from_seed(0))  # Generator.reset_from_seed
    emit(R.shuffle(np.float32(1.5), seed=2**40 + 3))  # shuffle
    emit(R.stateless_gamma((0, 1), seed=[-1, 12345], alpha=1.0, dtype="float32"))  # stateless_gamma
    err(lambda: R.fixed_unigram_candidate_sampler([[1, 1, 0]], 3, 6, True, 4, unigrams=[2.0, 1.0, 3.0, 4.0], distortion=0.5, seed=7))  # fixed_unigram_candidate_sampler
    emit(R.stateless_gamma([3, 2, 3], seed=[2**40, 2], alpha=[[0.5, 1e-3, 3.5], [np.inf, 0.0, 0.5]]))  # stateless_gamma
    emit(R.stateless_gamma([3], seed=np.array([12345, 0], np.int32), alpha=1.0, dtype=np.float64))  # stateless_gamma
    emit(R.stateless_uniform([3], seed=[-2, -2**31], minval=None, maxval=None, dtype=np.int64))  # stateless_uniform_int
    err(lambda: g0.binomial([4], counts=10.0, probs=0.5, dtype="int32"))  # Generator.binomial
    g1 = emit(R.Generator.from_state([2, 12345, 12345], alg="philox"))  # Generator.from_state
    err(lambda: R.stateless_normal([], seed=[1], stddev=2.0, dtype=np.float16))  # stateless_normal
    fo1 = emit(R.experimental.stateless_fold_in([-1, 12345], 0))  # stateless_fold_in
    err(lambda: R.stateless_binomial((), seed=[1, 2, 3], counts=7.0, probs=-0.1, output_dtype="float64"))  # stateless_binomial
    emit(R.shuffle([15], seed=2**31))  # shuffle
    emit(R.stateless_gamma([5, 1, 1, 3], seed=[3, 1], alpha=[[0.0, 0.1, 1e-3]]))  # stateless_gamma
    emit(R.uniform_candidate_sampler([[40, 11, 37], [11, 15, 23]], 3, 4, True, 50, seed=-7))  # uniform_candidate_sampler
    g2 = emit(R.Generator.from_seed([1, 2]))  # Generator.from_seed
    err(lambda: g0.uniform_full_int([-2, 0], dtype="int32"))  # Generator.uniform_full_int
    emit(R.stateless_categorical(np.array([[-3.0, -3.0, 2.0], [-np.inf, 0.0, -np.inf]], np.float32), 3, seed=[1, 2**40]))  # stateless_categorical
    s1 = emit(R.split([-1, -2**31], num=4))  # random.split
    emit(g2.uniform_full_int([6, 3, 1]))  # Generator.uniform_full_int
""")

case("program_000185", """
    emit(R.set_seed(87654321))  # set_seed
    emit(R.stateless_uniform(np.array([5, 2], np.int64), seed=[2**31 - 1, 2**31 - 1], minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    emit(R.uniform_candidate_sampler([[1, 1], [7, 1], [9, 3]], 2, 4, False, 10, seed=-7))  # uniform_candidate_sampler
    emit(R.normal([5], stddev=np.array([0.0, 1.0, 0.5, 2.0, 1e20], np.float64), dtype="float16", seed=2))  # normal
    emit(R.experimental.stateless_shuffle([33, 38, -5, -42, 32, -2], seed=np.array([1, 2], np.int64)))  # stateless_shuffle
    g0 = emit(R.Generator.from_seed([1, 2]))  # Generator.from_seed
    emit(R.stateless_truncated_normal([4], seed=(-2, 3), dtype=np.float64, alg=1))  # stateless_truncated_normal
    emit(R.stateless_uniform((6,), seed=np.array([3, 2**31], np.uint32), minval=2.5, maxval=0, alg="PHILOX"))  # stateless_uniform
    emit(R.shuffle(np.array([[-7.0, 2.5], [-0.0, 2.5]], np.float32)))  # shuffle
    emit(R.learned_unigram_candidate_sampler([[0, 0]], 2, 3, False, 3, seed=2))  # learned_unigram_candidate_sampler
    fo0 = emit(R.fold_in([7, 5], -3, alg=R.Algorithm.PHILOX))  # random.fold_in
    emit(R.all_candidate_sampler([[2, 0, 0], [2, 1, 0]], 3, 3, False, seed=7))  # all_candidate_sampler
    emit(R.set_seed(-5))  # set_seed
    emit(g0.reset_from_seed(0))  # Generator.reset_from_seed
    emit(R.gamma(np.array([6], np.int32), alpha=0.999, seed=np.int64(2**31 - 1)))  # gamma
    emit(R.log_uniform_candidate_sampler([[8, 4], [2, 2], [3, 8]], 2, 5, False, 10))  # log_uniform_candidate_sampler
    emit(R.stateless_poisson([3, 2], seed=fo0, lam=[0.5, 33.3], dtype="float64"))  # stateless_poisson
    g1 = emit(R.experimental.Generator.from_seed([1, 2]))  # Generator.from_seed
    emit(R.stateless_binomial([], seed=np.array([2**40, 2**63 + 5], np.uint64), counts=-3.0, probs=0.0, output_dtype="float64"))  # stateless_binomial
    emit(R.truncated_normal([6], mean=3, dtype=np.float64, seed=1))  # truncated_normal
    emit(R.stateless_binomial(np.array([3, 2], np.int64), seed=fo0, counts=[7.0, 20.0], probs=[1.0], output_dtype="int64"))  # stateless_binomial
    err(lambda: R.stateless_uniform([-4], seed=[2**40, 7], minval=1e3, dtype="bfloat16", alg="philox"))  # stateless_uniform
    emit(R.uniform((6,), minval=0, maxval=14, dtype="int64", seed=2**31))  # uniform_int
    f0 = F(lambda: R.truncated_normal([2, 4], stddev=[0.5, -1.0, 1e-3, 3.0], dtype=np.float32, seed=3))  # function
    emit(R.shuffle(np.zeros([0], np.float32)))  # shuffle
    emit(g0.uniform_full_int([3]))  # Generator.uniform_full_int
    emit(g0.state)  # Generator.state
    emit(g1.uniform((), minval=3, maxval=0))  # Generator.uniform
    err(lambda: g0.make_seeds(-1))  # Generator.make_seeds
    m0 = None
""")

case("program_000186", """
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.stateless_parameterized_truncated_normal((0,), seed=np.array([-2**31, 12345], np.int64)))  # stateless_parameterized_truncated_normal
    err(lambda: R.normal((6, 4), stddev=0.0, dtype="int64", seed=-7))  # normal
    emit(R.stateless_poisson([], seed=[1, 1], lam=np.array(40, np.int32)))  # stateless_poisson
    err(lambda: R.fixed_unigram_candidate_sampler([[0, 1, 1], [3, 3, 3], [3, 1, 2]], 3, 6, True, 4, unigrams=[4.0, 3.0, 0.5, 3.0], distortion=0.75, seed=3))  # fixed_unigram_candidate_sampler
    emit(R.categorical([[5.0, 0.5, 0.5], [-1.0, -np.inf, 0.5], [0.0, -np.inf, 1.0]], 5))  # categorical
    s0 = emit(R.experimental.stateless_split([0, -2**31], num=1))  # stateless_split
    emit(R.stateless_binomial([4, 1, 2], seed=[7, 5], counts=np.array([20.0, 10.0], np.float64), probs=np.array([0.5, 0.999], np.float64)))  # stateless_binomial
    emit(R.stateless_parameterized_truncated_normal(np.array([4, 5, 3], np.int64), seed=[1, -1], means=1.0, minvals=1.0, maxvals=np.inf))  # stateless_parameterized_truncated_normal
    emit(R.experimental.index_shuffle(np.uint64(1), seed=[12345, -1], max_index=np.uint64(1048576)))  # index_shuffle
    emit(R.uniform([0, 4], minval=-2**62, maxval=2**62, dtype="int64"))  # uniform_int
    emit(R.stateless_truncated_normal([3], seed=np.array([1, 2**40], np.int64), mean=0.0, dtype=np.float16))  # stateless_truncated_normal
    emit(R.stateless_truncated_normal([1, 1, 4], seed=s0[0], stddev=0.0, dtype="bfloat16", alg="auto_select"))  # stateless_truncated_normal
    emit(R.stateless_categorical(np.array([[0.0, 0.0, 2.0, 0.0, -np.inf], [2.0, 0.5, -1.0, -3.0, 10.0], [0.0, 5.0, 0.0, 1.0, 0.0]], np.float32), 0, seed=np.array([1, 1], np.uint32)))  # stateless_categorical
    emit(R.stateless_uniform([], seed=s0[0], minval=None, maxval=None, dtype=np.uint64, alg="auto_select"))  # stateless_uniform_int
    emit(R.stateless_uniform(np.array([3], np.int64), seed=s0[0], dtype="float16"))  # stateless_uniform
    emit(R.stateless_binomial(np.array([3], np.int64), seed=s0[0], counts=1e4, probs=0.3))  # stateless_binomial
    emit(R.learned_unigram_candidate_sampler([[0]], 1, 8, False, 3))  # learned_unigram_candidate_sampler
    emit(R.all_candidate_sampler([[0, 5], [1, 4]], 2, 6, False, seed=-1))  # all_candidate_sampler
    err(lambda: R.stateless_binomial([3, 2], seed=[12345, 3], counts=[1.0, 2.0, 3.0], probs=[0.5, 0.5]))  # stateless_binomial
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.set_seed(42))  # set_seed
    emit(R.truncated_normal([3], mean=10.0, stddev=np.array(-0.0)))  # truncated_normal
    emit(R.stateless_gamma(np.array([4, 1], np.int64), seed=[2**40, -2], alpha=[np.inf]))  # stateless_gamma
    emit(R.all_candidate_sampler([[1], [0]], 1, 2, False))  # all_candidate_sampler
    emit(R.uniform([2], maxval=1e3, seed=3))  # uniform
    err(lambda: R.stateless_parameterized_truncated_normal([1], seed=[-1, 2], stddevs=-1.0))  # stateless_parameterized_truncated_normal
    emit(R.truncated_normal([1, 3], mean=np.float32(1e3), stddev=1e-3, dtype="bfloat16"))  # truncated_normal
""")

case("program_000189", """
    emit(R.set_seed(3))  # set_seed
    emit(R.set_seed(2))  # set_seed
    emit(R.set_seed(1))  # set_seed
    emit(R.experimental.stateless_shuffle(np.arange(3, dtype=np.float32).reshape([3]), seed=[0, -2**31]))  # stateless_shuffle
    emit(R.stateless_truncated_normal((5, 4), seed=[12345, 7], dtype="bfloat16"))  # stateless_truncated_normal
    g0 = emit(R.Generator.from_seed(-1))  # Generator.from_seed
    emit(R.stateless_uniform(np.array([5], np.int64), seed=np.array([1, 12345], np.uint32), minval=np.float32(-0.0), dtype="float32", alg=R.Algorithm.PHILOX))  # stateless_uniform
    emit(R.stateless_normal([], seed=[2, 5], alg="philox"))  # stateless_normal
    emit(R.stateless_binomial([4, 2], seed=np.array([5, -1], np.int32), counts=[20, 1], probs=[0.5, -0.1], output_dtype="int64"))  # stateless_binomial
    emit(R.categorical([[0.0, 1.0], [-3.0, -3.0], [10.0, -np.inf]], 6, seed=5))  # categorical
    emit(R.learned_unigram_candidate_sampler([[4, 0, 0], [3, 1, 3]], 3, 5, True, 5, seed=42))  # learned_unigram_candidate_sampler
    fo0 = emit(R.experimental.stateless_fold_in([1, 5], 5, alg=R.Algorithm.AUTO_SELECT))  # stateless_fold_in
    emit(g0.uniform([6], dtype=np.float16))  # Generator.uniform
    emit(R.gamma([2], alpha=[[1e-3]], seed=1234))  # gamma
    emit(R.normal([6], mean=0, stddev=2.0, dtype="float32", seed=0))  # normal
    g1 = emit(R.Generator.from_key_counter(-1, [6, 7], alg="philox"))  # Generator.from_key_counter
    g2 = emit(R.experimental.Generator.from_key_counter(5, [0, 0], alg="philox"))  # Generator.from_key_counter
    emit(R.shuffle(np.float32(1.5), seed=2**40 + 3))  # shuffle
    emit(R.stateless_normal([3, 3], seed=[7, 0], mean=0, dtype="float16", alg=3))  # stateless_normal
    err(lambda: R.stateless_binomial([6, 5, 1], seed=[[1, 2], [3, 4]], counts=np.array([20.0], np.float32), probs=np.array([1.0], np.float32), output_dtype="float16"))  # stateless_binomial
    emit(R.uniform([0, 2], maxval=2**20, dtype="int64", seed=2**40 + 3))  # uniform_int
    emit(R.stateless_truncated_normal([0], seed=(5, 0), mean=0, dtype="float32"))  # stateless_truncated_normal
    s0 = emit(R.experimental.stateless_split(np.array([5, -2**31], np.int32), num=4, alg=1))  # stateless_split
    err(lambda: R.all_candidate_sampler([[13, 0, 0], [2, 2, 0], [3, 1, 1]], 3, 5, False, seed=1))  # all_candidate_sampler
    emit(R.uniform([1, 2], minval=1e30, maxval=3, dtype="float16"))  # uniform
    emit(R.log_uniform_candidate_sampler([[3, 3]], 2, 4, True, 5))  # log_uniform_candidate_sampler
    emit(R.stateless_binomial(np.array([0, 3], np.int64), seed=[1, -2**31], counts=[1, 5, 20], probs=0.3, output_dtype="int64"))  # stateless_binomial
    fo1 = emit(R.fold_in(np.array([2**40, 2**31 - 1], np.int64), np.int64(5), alg=R.Algorithm.AUTO_SELECT))  # random.fold_in
    s1 = emit(R.split(np.array([2**40, 2**31 - 1], np.int64), num=3, alg=1))  # random.split
    g3 = emit(R.Generator.from_state([-2, -2, 12345], alg="philox"))  # Generator.from_state
    emit(R.shuffle(np.array([[-0.0, -7.0]], np.float32), seed=1234))  # shuffle
    fo2 = emit(R.experimental.stateless_fold_in([1, 5], np.int32(-2)))  # stateless_fold_in
    err(lambda: g3.uniform([2], minval=3, maxval=3, dtype="int32"))  # Generator.uniform_int
""")

case("program_000190", """
    emit(R.stateless_uniform(np.array([5], np.int32), seed=(7, 7), minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    emit(R.shuffle(np.arange(1, dtype=np.float32).reshape([1]), seed=5))  # shuffle
    emit(R.stateless_normal([5], seed=(-2**31, 2), mean=0.0, stddev=10, dtype=np.float16))  # stateless_normal
    emit(R.fixed_unigram_candidate_sampler([[11, 2]], 2, 8, True, 12, unigrams=[4.0, 10.0, 4.0, 3.0, 1.0, 2.0, 1.0, 0.5, 10.0, 10.0, 2.0, 1.0], seed=1234))  # fixed_unigram_candidate_sampler
    emit(R.normal([6, 0], mean=np.float64(1e3), stddev=[[], [], [], [], [], []], seed=np.int64(2)))  # normal
    emit(R.stateless_poisson([6], seed=[1, 2**40], lam=5.0, dtype="float32"))  # stateless_poisson
    emit(R.stateless_binomial((5, 4), seed=[3, 3], counts=7.0, probs=0.5, output_dtype="int32"))  # stateless_binomial
    g0 = emit(R.Generator.from_seed(2**64 + 5, alg="threefry"))  # Generator.from_seed
    emit(R.stateless_parameterized_truncated_normal([1, 2], seed=np.array([1, 1], np.int64), means=np.float16(1.0), stddevs=np.float16(3.0), minvals=np.float16(-1.0), maxvals=np.float16(1.0)))  # stateless_parameterized_truncated_normal
    fo0 = emit(R.experimental.stateless_fold_in([12345, 5], 17, alg="philox"))  # stateless_fold_in
    err(lambda: g0.uniform([1, 5, 1], minval=None, maxval=None, dtype="int32"))  # Generator.uniform_int
    err(lambda: g0.skip(5))  # Generator.skip
    err(lambda: g0.skip(2**40))  # Generator.skip
    emit(R.categorical([[-1.0], [-np.inf], [0.0]], 7, seed=1))  # categorical
    err(lambda: g0.uniform([5, 5]))  # Generator.uniform
    err(lambda: g0.uniform_full_int([2.5], dtype="int32"))  # Generator.uniform_full_int
    emit(R.uniform(np.array([5, 2, 6], np.int64), minval=0, maxval=10, dtype="int32", seed=42))  # uniform_int
    emit(R.set_seed(1234))  # set_seed
    err(lambda: g0.uniform([5], minval=np.float32(-1e10), maxval=2.5))  # Generator.uniform
    err(lambda: R.log_uniform_candidate_sampler([[3, 0], [2, 2]], 3, 5, False, 5))  # log_uniform_candidate_sampler
    emit(g0.state)  # Generator.state
    err(lambda: R.uniform(np.array([], np.int32), minval=[0, 1], maxval=[5, 10], dtype="int32"))  # uniform_int
""")

case("program_000192", """
    emit(R.set_seed(2**31 - 1))  # set_seed
    emit(R.stateless_categorical([[5.0]], 8, seed=np.array([2**40, 1], np.uint64), dtype="int64"))  # stateless_categorical
    emit(R.uniform(np.array([], np.int64), minval=-2, maxval=46, dtype=np.int64, seed=1))  # uniform_int
    emit(R.stateless_normal([3], seed=np.array([2**40, 0], np.uint64), alg="philox"))  # stateless_normal
    err(lambda: R.stateless_uniform([], seed=[2**40, 2], maxval=-1.0, dtype=np.float64, alg=R.Algorithm.THREEFRY))  # stateless_uniform
    err(lambda: R.uniform([3], minval=2, dtype=np.int32))  # uniform_int
    err(lambda: R.fixed_unigram_candidate_sampler([[1, 1], [1, 1], [0, 1]], 2, 8, False, 2, unigrams=[10.0, 4.0], distortion=0.0, num_shards=2, shard=1, seed=5))  # fixed_unigram_candidate_sampler
    emit(R.uniform(np.array([6, 1], np.int64), minval=0, maxval=123.456, dtype=np.float64, seed=5))  # uniform
    emit(R.stateless_uniform([], seed=[0, -2], minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    f0 = F(lambda: R.stateless_normal(np.array([1, 3], np.int64), seed=[-1, 2, 7], mean=[[0.0, -3.5, 100.0]], stddev=10))  # function
    emit(R.uniform([2, 5], seed=87654321))  # uniform
    emit(R.uniform(np.array([2, 3, 3], np.int64), minval=-100, maxval=-50, dtype="int64"))  # uniform_int
""")

case("program_000194", """
    err(lambda: R.stateless_binomial([-1], seed=np.array([1, 2**64 - 1], np.uint64), counts=np.float64(0.0), probs=1.5))  # stateless_binomial
    err(lambda: R.Generator.from_state([1, 2, 3, 4], alg="philox"))  # Generator.from_state
    g0 = None
    emit(R.set_seed(87654321))  # set_seed
    err(lambda: R.stateless_uniform([6, 1, 5], seed=[7, -1, 1], minval=1e3, maxval=1.0))  # stateless_uniform
    emit(R.poisson(np.array([6], np.int64), lam=-1.0))  # poisson
    emit(R.set_seed(2**31 - 1))  # set_seed
    err(lambda: R.Generator.from_seed(-2**40, alg="bogus"))  # Generator.from_seed
    g1 = None
    emit(R.stateless_gamma([3], seed=np.array([-2, 1], np.int64), alpha=-1.0, beta=2.0))  # stateless_gamma
    emit(R.stateless_gamma([0, 2], seed=[-2**31, -1], alpha=[1.0, 3.5], beta=[1.0, 1e-3], dtype="float16"))  # stateless_gamma
    emit(R.set_seed(2**31 - 1))  # set_seed
    emit(R.poisson([0, 4], lam=np.inf, dtype=np.int64))  # poisson
    emit(R.uniform(np.array([6], np.int32), maxval=10.0, dtype="float64"))  # uniform
""")

case("program_000195", """
    emit(R.uniform([5, 5], dtype=np.float64, seed=87654321))  # uniform
    emit(R.stateless_binomial((2, 5), seed=[3, 2], counts=np.float32(-3.0), probs=np.float32(1.5), output_dtype="float32"))  # stateless_binomial
    err(lambda: R.stateless_truncated_normal([-1], seed=[5, 7], dtype="float16", alg="philox"))  # stateless_truncated_normal
    err(lambda: R.stateless_uniform(np.array([6, 3], np.int64), seed=[0, 0, 1], minval=None, maxval=None, dtype="int32", alg="auto_select"))  # stateless_uniform_int
    emit(R.uniform([2, 5], minval=-4, maxval=8, dtype=np.int32, seed=2**40 + 3))  # uniform_int
    fo0 = emit(R.experimental.stateless_fold_in([-1, 2**40], np.int64(5)))  # stateless_fold_in
    emit(R.uniform((0,), minval=-2**63, maxval=2**63 - 1, dtype="int64", seed=87654321))  # uniform_int
    err(lambda: R.experimental.stateless_shuffle(np.arange(4, dtype=np.float16).reshape([2, 2, 1]), seed=[0, 7, 0]))  # stateless_shuffle
    emit(R.stateless_gamma(np.array([2, 2], np.int32), seed=fo0, alpha=np.array([3.5, 2.0], np.float32)))  # stateless_gamma
    s0 = emit(R.split((0, -2**31), num=3, alg=3))  # random.split
    emit(R.stateless_poisson([5, 3], seed=s0[2], lam=[1e4, 5.0, -1.0]))  # stateless_poisson
    err(lambda: R.split([0, 1, 2]))  # random.split
    s1 = None
    emit(R.set_seed(5))  # set_seed
    emit(R.categorical([[5.0, -1.0, 2.0, 0.0]], 5, seed=1))  # categorical
    emit(R.truncated_normal([5, 4], mean=np.array([0.0, 1e30, -0.0, 3]), dtype="float32", seed=2**40 + 3))  # truncated_normal
    fo1 = emit(R.experimental.stateless_fold_in(np.array([2**32 - 1, 2**32 - 1], np.uint32), 17, alg=1))  # stateless_fold_in
    err(lambda: R.log_uniform_candidate_sampler([[1, 2], [3, 3]], 2, 6, True, 4, seed=0))  # log_uniform_candidate_sampler
    emit(R.stateless_uniform(np.array([3], np.int32), seed=np.array([3, 2], np.uint32), minval=-2**31, maxval=2**31 - 1, dtype="int32", alg=3))  # stateless_uniform_int
""")

case("program_000196", """
    emit(R.stateless_binomial([1, 0, 3], seed=[12345, 2**40], counts=[1, 5, 1], probs=-0.1))  # stateless_binomial
    err(lambda: R.categorical([[[1.0, 1.0, 2.0, 0.0]]], 7, seed=-1))  # categorical
    emit(R.stateless_uniform([6, 5], seed=np.array([0, 0], np.int32), minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    emit(R.stateless_binomial([6, 4], seed=np.array([-2**31, 5], np.int32), counts=np.array([5.0, 20.0, 100.0, 1.0], np.float32), probs=np.array([0.9, 1.5, 0.999, 0.05], np.float32), output_dtype="int32"))  # stateless_binomial
    g0 = emit(R.Generator.from_seed(2**63, alg=R.Algorithm.PHILOX))  # Generator.from_seed
    emit(g0.uniform([2, 5, 4]))  # Generator.uniform
    emit(R.stateless_binomial([0, 2], seed=[1, -2**31], counts=[20, 10], probs=1.5))  # stateless_binomial
    emit(R.poisson([3, 4], lam=[[33.3, 1e4], [100.0, 0.0]], seed=1234))  # poisson
    err(lambda: R.stateless_binomial([3, 2], seed=np.array([5, -2], np.int64), counts=[1.0, 2.0, 3.0], probs=[0.5, 0.5]))  # stateless_binomial
    emit(g0.normal(np.array([1], np.int32)))  # Generator.normal
    emit(g0.uniform((2, 6), minval=6, maxval=26, dtype="int32"))  # Generator.uniform_int
    emit(R.normal([0], mean=0.0, stddev=1.0, dtype="float64", seed=1))  # normal
    err(lambda: R.split(np.array([-2, 5], np.int64), num=[2]))  # random.split
    s0 = None
    emit(g0.uniform([0, 2], minval=-8, maxval=11, dtype="int64"))  # Generator.uniform_int
    g1 = emit(R.Generator.from_seed(7))  # Generator.from_seed
    emit(R.stateless_uniform((5, 4, 2), seed=np.array([-2, 2**31 - 1], np.int32), minval=np.float16(-0.0), maxval=[1e3, 10.0], dtype=np.float64))  # stateless_uniform
    emit(R.stateless_gamma(np.array([2], np.int64), seed=[-2**31, 7], alpha=np.nan))  # stateless_gamma
    emit(R.gamma([5], alpha=[np.inf, 0.0], seed=87654321))  # gamma
    emit(R.truncated_normal([5], stddev=1e-3, seed=2**40 + 3))  # truncated_normal
    emit(g0.uniform_full_int([1]))  # Generator.uniform_full_int
    g2 = emit(R.experimental.Generator.from_seed([1, 2, 3]))  # Generator.from_seed
    emit(R.set_seed(-5))  # set_seed
    err(lambda: R.fold_in([3, 2**40], 0, alg=7))  # random.fold_in
    fo0 = None
    emit(R.shuffle(np.float32(1.5)))  # shuffle
    err(lambda: R.fixed_unigram_candidate_sampler([[2], [2]], 1, 6, True, 4, unigrams=[10.0, 2.0, 10.0, 2.0], num_reserved_ids=2, seed=-1))  # fixed_unigram_candidate_sampler
    emit(R.stateless_uniform(np.array([4, 2], np.int64), seed=np.array([5, 2**40], np.uint64), minval=None, maxval=None, dtype="uint64"))  # stateless_uniform_int
""")

case("program_000197", """
    emit(R.stateless_parameterized_truncated_normal([6, 6], seed=[2**31 - 1, 2**40]))  # stateless_parameterized_truncated_normal
    emit(R.experimental.index_shuffle(np.int32(1), seed=[5, 9], max_index=np.int32(100)))  # index_shuffle
    emit(R.uniform([6], minval=1.0, maxval=np.float32(2.5), dtype="bfloat16", seed=-7))  # uniform
    emit(R.stateless_binomial([3, 6], seed=[12345, 2**40], counts=3, probs=0.9))  # stateless_binomial
    emit(R.shuffle(np.arange(15, dtype=np.float32).reshape([3, 5]), seed=np.int64(2**31)))  # shuffle
    emit(R.learned_unigram_candidate_sampler([[8], [0], [1]], 1, 6, False, 11, seed=np.int64(2**40 + 3)))  # learned_unigram_candidate_sampler
    g0 = emit(R.experimental.Generator.from_state([9, 2**40, 3], alg=R.Algorithm.PHILOX))  # Generator.from_state
    emit(g0.truncated_normal([4, 6]))  # Generator.truncated_normal
    emit(R.uniform([2], minval=0, maxval=1, dtype=np.int64, seed=5))  # uniform_int
    emit(R.experimental.index_shuffle(np.arange(8, dtype=np.int32), seed=[1, 1], max_index=np.array([7, 8, 9, 10, 11, 12, 13, 14], np.int32)))  # index_shuffle
    emit(R.stateless_categorical([[0.25, 1.0, -np.inf, 0.0, 10.0]], 7, seed=[-2, 3], dtype="int32"))  # stateless_categorical
    emit(R.truncated_normal((0, 3), seed=2**31))  # truncated_normal
    emit(R.experimental.index_shuffle(np.arange(8, dtype=np.uint64), seed=[0, 12345], max_index=np.uint64(1099511627776)))  # index_shuffle
    emit(R.learned_unigram_candidate_sampler([[0], [1], [1]], 1, 1, True, 2, seed=1234))  # learned_unigram_candidate_sampler
    emit(R.stateless_gamma([3], seed=[7, 2**40], alpha=0.25, dtype=np.float64))  # stateless_gamma
""")

case("program_000201", """
    emit(R.set_seed(0))  # set_seed
    emit(R.stateless_uniform([6, 0], seed=(-2, 2**40)))  # stateless_uniform
    err(lambda: R.truncated_normal([0], mean=[], dtype="int64", seed=2))  # truncated_normal
    emit(R.stateless_poisson(np.array([1], np.int32), seed=[3, 1], lam=3, dtype="int32"))  # stateless_poisson
    emit(R.stateless_normal([1], seed=np.array([-1, 2**31 - 1], np.int32), mean=10.0, dtype="float32"))  # stateless_normal
    emit(R.poisson([0], lam=-1.0, dtype="float16", seed=1))  # poisson
    emit(R.stateless_poisson(np.array([1, 0, 2, 2], np.int32), seed=(-1, 0), lam=[[0.0, np.inf], [0.5, 5.0]]))  # stateless_poisson
    emit(R.truncated_normal([4, 4], dtype="bfloat16", seed=2**40 + 3))  # truncated_normal
    g0 = emit(R.experimental.Generator.from_seed(2**63))  # Generator.from_seed
    g1 = emit(R.Generator.from_key_counter(np.int64(3), np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    emit(g0.binomial([1, 2, 1], counts=[[1.0], [20.0]], probs=0.9))  # Generator.binomial
    emit(R.poisson([1], lam=np.float64(100.0), dtype="int64"))  # poisson
    emit(R.normal([1], mean=-1.0, seed=87654321))  # normal
    m0 = emit(g0.make_seeds())  # Generator.make_seeds
    emit(R.categorical([[-1.0, 1.0]], 6, seed=1))  # categorical
    emit(g0.normal([4, 2]))  # Generator.normal
    emit(R.stateless_uniform([4], seed=[-2**31, 5], maxval=1e3, alg=R.Algorithm.PHILOX))  # stateless_uniform
    err(lambda: R.experimental.stateless_split([-2**31, 0], num=4, alg="bogus"))  # stateless_split
    s0 = None
    emit(g1.uniform([6, 1, 5], minval=None, maxval=None, dtype=np.int64))  # Generator.uniform_int
    emit(g1.binomial([1, 4], counts=np.float64(1e4), probs=np.float64(0.5)))  # Generator.binomial
    fo0 = emit(R.fold_in([5, -2], 2**40))  # random.fold_in
    emit(R.stateless_binomial([4, 0, 1], seed=[12345, 2], counts=[-3.0], probs=[0.25]))  # stateless_binomial
    emit(R.shuffle(np.arange(25, dtype=np.float32).reshape([5, 5]), seed=2**31 - 1))  # shuffle
    emit(R.poisson([4], lam=np.array([1, 1], np.int32), dtype="int32"))  # poisson
    emit(R.stateless_normal([3], seed=np.array([-1, 12345], np.int32), stddev=1.0))  # stateless_normal
    emit(R.stateless_binomial([0, 4], seed=np.array([3, 7], np.uint32), counts=[0.5, 7.0, -3.0, 1.0], probs=[0.5], output_dtype="float16"))  # stateless_binomial
    err(lambda: R.stateless_uniform(np.array([6, 4], np.int64), seed=np.array([1, 12345], np.int64), minval=1, dtype="int32", alg="philox"))  # stateless_uniform_int
    f0 = F(lambda: (R.uniform([6], dtype="bfloat16"), R.poisson([5, 1], lam=[0.5], dtype="float32", seed=2**31 - 1), R.poisson([], lam=[33.3, 1e4], dtype="int32", seed=1)))  # function u
    emit(R.gamma([5], alpha=[-1.0, 2.0], beta=1.0, seed=2))  # gamma
    emit(R.stateless_poisson([6, 1], seed=np.array([2, 2**31], np.uint32), lam=[33.3], dtype="float16"))  # stateless_poisson
    emit(R.uniform((1, 1), minval=4, maxval=13, dtype=np.int32))  # uniform_int
    emit(g0.uniform_full_int(np.array([2], np.int64)))  # Generator.uniform_full_int
    emit(R.uniform([2], minval=np.float32(1e3), maxval=2.5, dtype=np.float32, seed=5))  # uniform
    emit(R.stateless_uniform([2], seed=np.array([3, 7], np.uint32), minval=None, maxval=None, dtype="int32"))  # stateless_uniform_int
    err(lambda: g1.skip([1, 2]))  # Generator.skip
    emit(g1.reset_from_key_counter(-1, [6, 7]))  # Generator.reset_from_key_counter
    emit(g1.skip(2**40))  # Generator.skip
    emit(R.normal([1, 2], dtype="bfloat16", seed=87654321))  # normal
    emit(R.learned_unigram_candidate_sampler([[0]], 1, 1, True, 4))  # learned_unigram_candidate_sampler
""")

case("program_000202", """
    emit(R.set_seed(None))  # set_seed
    emit(R.uniform(np.array([3], np.int32), minval=0, maxval=10, dtype=np.int32, seed=1))  # uniform_int
    g0 = emit(R.Generator.from_seed(np.int64(77)))  # Generator.from_seed
    emit(R.poisson([5], lam=np.array(40, np.int32), seed=np.int64(0)))  # poisson
    emit(R.set_seed(2))  # set_seed
    emit(R.shuffle([[3.25], [2.5], [0.0]], seed=87654321))  # shuffle
    m0 = emit(g0.make_seeds(1))  # Generator.make_seeds
    g1 = emit(R.experimental.Generator.from_seed(2**32))  # Generator.from_seed
    emit(R.uniform_candidate_sampler([[14, 10], [46, 32]], 2, 3, True, 50))  # uniform_candidate_sampler
    err(lambda: R.stateless_binomial([3, 2], seed=[-2, 5], counts=[1.0, 2.0, 3.0], probs=[0.5, 0.5]))  # stateless_binomial
    emit(g0.truncated_normal([6, 1], mean=np.float64(0.0), stddev=np.array([[0.5], [3.0], [-0.0], [1e-3], [0.1], [0.5]]), dtype=np.float32))  # Generator.truncated_normal
    fo0 = emit(R.experimental.stateless_fold_in(np.array([3, 2**40], np.int64), np.int32(-2)))  # stateless_fold_in
    emit(g1.normal([], stddev=1e20))  # Generator.normal
    emit(R.experimental.stateless_shuffle(np.array([[0.0, -0.0, -7.0]], np.float32), seed=fo0))  # stateless_shuffle
    err(lambda: R.stateless_uniform([5, 4, 2], seed=[1], minval=-5, maxval=44, dtype=np.int64))  # stateless_uniform_int
    emit(R.stateless_uniform(np.array([3, 1], np.int32), seed=(0, 1), minval=2.5, maxval=[[2.5]], dtype="float64"))  # stateless_uniform
    emit(R.uniform_candidate_sampler([[7]], 1, 7, True, 10))  # uniform_candidate_sampler
    emit(R.normal([3, 4], stddev=[1e20], dtype=np.float64, seed=0))  # normal
    emit(R.uniform([], minval=0, maxval=10, dtype="int32", seed=0))  # uniform_int
    emit(g1.uniform_full_int((5,), dtype="int64"))  # Generator.uniform_full_int
    emit(g1.binomial([6, 4, 2], counts=[10.0, 100.0], probs=[0.5, 0.9], dtype="float64"))  # Generator.binomial
    gs0 = emit(g0.split(2))  # Generator.split
""")

case("program_000204", """
    err(lambda: R.stateless_uniform([3, 4], seed=np.array([2, 5], np.int32), minval=np.array([0, -1e10, -1.0, 1e30], np.float32), dtype=np.float64, alg="bogus"))  # stateless_uniform
    emit(R.create_rng_state(0, "threefry"))  # create_rng_state
    err(lambda: R.stateless_normal([5, 4], seed=[2**31 - 1, 5], stddev=0.1, alg=7))  # stateless_normal
    emit(R.stateless_normal(np.array([6], np.int32), seed=np.array([2**31 - 1, 1], np.int64), alg="PHILOX"))  # stateless_normal
    emit(R.set_seed(42))  # set_seed
    emit(R.experimental.stateless_shuffle(np.arange(40, dtype=np.int64).reshape([2, 5, 4]), seed=np.array([1, 1], np.int64)))  # stateless_shuffle
    emit(R.uniform_candidate_sampler([[1]], 1, 3, True, 5))  # uniform_candidate_sampler
    emit(R.stateless_poisson([5, 5], seed=[-2, 12345], lam=0.5, dtype="float64"))  # stateless_poisson
    emit(R.stateless_uniform([3], seed=[7, -2], minval=5, maxval=36, dtype="int32", alg=R.Algorithm.PHILOX))  # stateless_uniform_int
    emit(R.stateless_poisson([], seed=[12345, 7], lam=0.5, dtype="int64"))  # stateless_poisson
    emit(R.set_seed(1))  # set_seed
""")

case("program_000205", """
    emit(R.set_seed(1))  # set_seed
    emit(R.stateless_binomial([1, 2], seed=np.array([1, 2**63 + 5], np.uint64), counts=[-3.0, 10.0], probs=[0.05, 0.5]))  # stateless_binomial
    err(lambda: R.experimental.stateless_fold_in((5, -2), 1.5))  # stateless_fold_in
    fo0 = None
    err(lambda: R.experimental.stateless_split([-1, -1], num=[2]))  # stateless_split
    s0 = None
    err(lambda: R.fixed_unigram_candidate_sampler([[0], [0]], 1, 7, False, 5, unigrams=[4.0, 4.0, 10.0, 4.0, 10.0], num_reserved_ids=1))  # fixed_unigram_candidate_sampler
    emit(R.log_uniform_candidate_sampler([[25, 34, 1], [15, 30, 46]], 3, 2, False, 50, seed=2**31))  # log_uniform_candidate_sampler
    emit(R.stateless_binomial([2], seed=np.array([3, 2], np.int32), counts=np.array([0.5, 7.0], np.float16), probs=np.array([0.05], np.float16)))  # stateless_binomial
    emit(R.uniform(np.array([], np.int64), minval=3, maxval=np.float64(3), dtype=np.float64))  # uniform
    emit(R.log_uniform_candidate_sampler([[7, 6, 6]], 3, 5, False, 10))  # log_uniform_candidate_sampler
    emit(R.gamma((5,), alpha=[np.nan, 1e-3, 1.0], dtype="float64", seed=2))  # gamma
    emit(R.set_seed(2**31 - 1))  # set_seed
    err(lambda: R.normal([-4], dtype="bfloat16"))  # normal
    emit(R.uniform(np.array([5, 1, 5], np.int64), minval=-2**62, maxval=2**62, dtype="int64", seed=7))  # uniform_int
    err(lambda: R.Generator.from_key_counter(np.int64(3), [1, 2, 3], alg="philox"))  # Generator.from_key_counter
    g0 = None
    emit(R.stateless_gamma((4, 3, 2, 1), seed=np.array([0, 2], np.uint32), alpha=np.array([[1e-3], [-1.0]], np.float64)))  # stateless_gamma
    emit(R.normal([4], stddev=1e-3, dtype=np.float16, seed=2))  # normal
    g1 = emit(R.Generator.from_seed(2**32))  # Generator.from_seed
    emit(R.set_seed(1))  # set_seed
    emit(R.truncated_normal([3, 0, 5], mean=np.array([3], np.float64), dtype="float16"))  # truncated_normal
    err(lambda: R.uniform([3, 0, 2], dtype="bool", seed=2))  # uniform
    emit(R.experimental.index_shuffle(np.uint64(0), seed=np.array([1, 2], np.uint64), max_index=np.uint64(3)))  # index_shuffle
    emit(g1.state)  # Generator.state
    g2 = emit(R.Generator.from_seed([1, 2, 3], alg=R.Algorithm.PHILOX))  # Generator.from_seed
    emit(R.stateless_truncated_normal([6, 4], seed=np.array([5, -1], np.int32), mean=0.5, dtype="float16", alg=1))  # stateless_truncated_normal
    s1 = emit(R.split(np.array([2**31 - 1, 1], np.int64), num=2))  # random.split
    err(lambda: R.uniform(np.array([6, 5], np.int64), minval=0.5, maxval=10.5, dtype=np.int64, seed=2))  # uniform_int
    m0 = emit(g2.make_seeds(3))  # Generator.make_seeds
    emit(g2.uniform_full_int((), dtype="uint32"))  # Generator.uniform_full_int
    emit(R.experimental.stateless_shuffle(5, seed=[12345, 2**31 - 1], alg=R.Algorithm.PHILOX))  # stateless_shuffle
    emit(g1.normal([4, 1], stddev=0.1, dtype="float16"))  # Generator.normal
    emit(R.uniform([1], minval=-3.5, maxval=2.5, dtype="float64"))  # uniform
    emit(R.experimental.stateless_shuffle([-36, -45, -10, -28, -31, 0, -50], seed=[12345, 2**40]))  # stateless_shuffle
    emit(R.experimental.index_shuffle(np.uint64(1), seed=[5, 15], max_index=5))  # index_shuffle
    emit(R.gamma([3, 3], alpha=[2.0, 0.0], beta=2.0, dtype="float64", seed=1))  # gamma
""")

case("program_000206", """
    emit(R.uniform([3], minval=1, maxval=41, dtype="int64", seed=5))  # uniform_int
    emit(R.experimental.create_rng_state(2**64 - 1, "threefry"))  # create_rng_state
    emit(R.normal([3], mean=1e3, dtype=np.float32, seed=1234))  # normal
    emit(R.poisson([6, 4], lam=40, dtype="float64", seed=3))  # poisson
    f0 = F(lambda: R.normal((6,), dtype="float16", seed=87654321))  # function
    emit(R.all_candidate_sampler([[2]], 1, 6, True, seed=2))  # all_candidate_sampler
    emit(R.stateless_uniform([3, 2], seed=[2, 7], dtype=np.float32))  # stateless_uniform
    emit(f0())  # function_call
    emit(R.uniform([2], seed=2**31 - 1))  # uniform
    emit(R.poisson(np.array([4], np.int64), lam=3, dtype="float16", seed=2**31))  # poisson
    emit(R.experimental.index_shuffle(np.int32(1), seed=[-1, 7], max_index=1))  # index_shuffle
""")

case("program_000207", """
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.set_seed(2))  # set_seed
    emit(R.categorical([[0.5, 0.0, 0.5, -3.0], [0.5, -1.0, 2.0, -3.0]], 8, seed=2**31))  # categorical
    s0 = emit(R.split(np.array([3, -2**31], np.int64), num=3))  # random.split
    emit(R.stateless_truncated_normal(np.array([1], np.int32), seed=s0[1], stddev=0.0, dtype="float64"))  # stateless_truncated_normal
    emit(R.stateless_truncated_normal(np.array([1, 0], np.int64), seed=np.array([0.0, 1.0], np.float32), mean=-3.5, dtype=np.float16))  # stateless_truncated_normal
    err(lambda: R.normal(np.array([3], np.int32), stddev=0.5, dtype=np.int32, seed=2**31 - 1))  # normal
    fo0 = emit(R.experimental.stateless_fold_in(s0[2], np.int64(5)))  # stateless_fold_in
    s1 = emit(R.experimental.stateless_split([5, 2**31 - 1]))  # stateless_split
    err(lambda: R.stateless_normal((5, 6), seed=[7, 5], mean=[-2, 100.0, 1.0, 0.0, -2, -2, 0.0], stddev=[1e-3, 0.5, 1.0, 1.0, 0.5, 1e-3], dtype=np.float32))  # stateless_normal
    emit(R.stateless_binomial((0, 4), seed=(12345, 0), counts=[20.0, 5.0, 100.0, -3.0], probs=-0.1))  # stateless_binomial
""")

case("program_000208", """
    emit(R.categorical([[1.0, -3.0]], 7, seed=1))  # categorical
    err(lambda: R.fixed_unigram_candidate_sampler([[2], [4]], 1, 2, True, 6, unigrams=[0.5, 10.0, 0.5, 0.5, 1.0, 1.0], distortion=0.75, num_shards=2, shard=1, seed=1))  # fixed_unigram_candidate_sampler
    emit(R.normal([3, 3, 6], mean=1e30, stddev=-1.0, seed=np.int64(2)))  # normal
    g0 = emit(R.Generator.from_seed(np.int64(77)))  # Generator.from_seed
    emit(R.truncated_normal([4], mean=0.5, stddev=0.1, dtype="float32", seed=2**40 + 3))  # truncated_normal
    err(lambda: R.split([-2, 2**40], num=1, alg="bogus"))  # random.split
    s0 = None
    emit(g0.binomial([6], counts=1.0, probs=0.5, dtype="int32"))  # Generator.binomial
    err(lambda: R.stateless_categorical([[[-np.inf, -3.0, 0.0, -np.inf, 5.0], [-np.inf, 0.0, 10.0, 2.0, 5.0]]], 7, seed=np.array([2**32 - 1, 2], np.uint32)))  # stateless_categorical
    emit(g0.uniform([2], minval=np.float64(1e30), maxval=1e30))  # Generator.uniform
    g1 = emit(R.Generator.from_seed([1, 2, 3]))  # Generator.from_seed
    emit(R.set_seed(5))  # set_seed
    gs0 = emit(g0.split(2))  # Generator.split
    emit(gs0[1].uniform([6], minval=np.float64(3), maxval=-1e10, dtype="float32"))  # Generator.uniform
    emit(R.stateless_truncated_normal([], seed=np.array([5, 2**63 + 5], np.uint64), mean=2.5, stddev=0.1, alg=R.Algorithm.PHILOX))  # stateless_truncated_normal
    emit(R.uniform([1, 1], minval=0, maxval=1, dtype="int32"))  # uniform_int
""")

case("program_000209", """
    emit(R.set_seed(5))  # set_seed
    emit(R.stateless_binomial((1,), seed=[3, 2**31 - 1], counts=5.0, probs=0.9))  # stateless_binomial
    emit(R.stateless_poisson((2, 3, 2, 3), seed=np.array([0, 1], np.int64), lam=np.array([[0, 40, 3], [40, 7, 40]], np.int64)))  # stateless_poisson
    emit(R.shuffle(np.arange(6, dtype=np.float32).reshape([6])))  # shuffle
    emit(R.stateless_normal([3], seed=[2**40, 1], dtype="float64"))  # stateless_normal
    emit(R.experimental.index_shuffle(np.arange(8, dtype=np.uint32), seed=[10, 13], max_index=np.uint32(13)))  # index_shuffle
    emit(R.gamma([5, 2], alpha=[[1e-3, 0.0, 1e-3]], dtype=np.float64))  # gamma
    err(lambda: R.experimental.index_shuffle(np.arange(9, dtype=np.uint32), seed=np.array([3, 4, 5], np.uint32), max_index=np.uint32(100)))  # index_shuffle
    fo0 = emit(R.experimental.stateless_fold_in([5, 2**40], 17, alg="auto_select"))  # stateless_fold_in
    err(lambda: R.stateless_binomial([4, 4], seed=[[1, 2], [3, 4]], counts=[-3.0, 0.5, 100.0, 20.0], probs=[0.5, 0.05, 0.05, 1.0]))  # stateless_binomial
    emit(R.shuffle(np.array(3.0)))  # shuffle
    emit(R.truncated_normal([1], mean=[[3, 1.0, 0.5], [0, 2.5, 1e30]], stddev=1e-3, dtype=np.float16, seed=2))  # truncated_normal
    emit(R.all_candidate_sampler([[3, 4, 1], [4, 3, 2], [0, 5, 3]], 3, 6, True))  # all_candidate_sampler
    emit(R.shuffle(np.arange(20, dtype=np.int64).reshape([5, 4]), seed=-1))  # shuffle
    err(lambda: R.stateless_categorical(np.log(np.array([[0.1, 0.5, 0.7, 0.2, 0.5]])), 2, seed=np.array([1, 2, 3], np.int64), dtype="float32"))  # stateless_categorical
    fo1 = emit(R.experimental.stateless_fold_in([0, 0], 0))  # stateless_fold_in
    emit(R.experimental.stateless_shuffle([26, 28, 27, -44, 19], seed=[0, 7]))  # stateless_shuffle
    emit(R.stateless_normal([], seed=np.array([12345, 2**31], np.uint32), stddev=np.float32(3.0), dtype="bfloat16"))  # stateless_normal
    emit(R.learned_unigram_candidate_sampler([[5, 1]], 2, 3, True, 12))  # learned_unigram_candidate_sampler
    emit(R.learned_unigram_candidate_sampler([[0, 1], [1, 0], [0, 0]], 2, 2, True, 2, seed=-1))  # learned_unigram_candidate_sampler
    emit(R.log_uniform_candidate_sampler([[2], [2], [4]], 1, 2, True, 5))  # log_uniform_candidate_sampler
    emit(R.normal([2], dtype=np.float64))  # normal
    f0 = F(lambda: R.categorical([[-np.inf, 0.5, 0.5], [-3.0, 2.0, 10.0], [0.5, 0.5, 5.0]], 0, seed=2**40 + 3))  # function
    emit(R.stateless_binomial([4, 3, 2, 1], seed=[12345, 5], counts=[[10.0], [100.0]], probs=[[0.9]], output_dtype="float64"))  # stateless_binomial
    emit(R.set_seed(2**31 - 1))  # set_seed
    emit(R.uniform([3, 3], maxval=[100.0, -2, 1.0], dtype=np.float16))  # uniform
    fo2 = emit(R.experimental.stateless_fold_in(np.array([1, 0], np.uint32), 2**40, alg="philox"))  # stateless_fold_in
    emit(R.set_seed(None))  # set_seed
    emit(f0())  # function_call
    emit(f0())  # function_call
    emit(R.log_uniform_candidate_sampler([[27, 24, 35], [41, 2, 13], [9, 36, 10]], 3, 5, False, 50, seed=2**31 - 1))  # log_uniform_candidate_sampler
    emit(R.stateless_binomial([3, 3], seed=fo2, counts=[20.0, 1e4, 0.0], probs=[0.25, 1.5, 0.05], output_dtype="int64"))  # stateless_binomial
    s0 = emit(R.split(np.array([12345, -2], np.int64), num=1))  # random.split
    emit(R.shuffle(np.zeros([0], np.float32), seed=87654321))  # shuffle
    emit(R.gamma(np.array([0], np.int32), alpha=3.5, seed=1))  # gamma
    emit(R.normal([1, 1], mean=np.array(-0.0), stddev=10, dtype="float64", seed=3))  # normal
    emit(R.normal([5, 5], seed=1))  # normal
    emit(R.set_seed(5))  # set_seed
""")

case("program_000211", """
    emit(R.uniform(np.array([], np.int64), minval=10.0, maxval=[[0.5, 10.0, -1.0], [1e3, 3, 0.5]], dtype="bfloat16", seed=2**31 - 1))  # uniform
    emit(R.uniform([], minval=1e30, maxval=-1.0, seed=2**40 + 3))  # uniform
    err(lambda: R.experimental.create_rng_state(np.array([1, 2, 3, 4], np.int64), "bogus"))  # create_rng_state
    emit(R.poisson(np.array([4], np.int32), lam=[15.0], seed=2))  # poisson
    emit(R.stateless_gamma([1, 1, 3], seed=[2**31 - 1, 2**40], alpha=[[0.999, np.nan, 3.5]], beta=np.array([[-1.0]], np.float32), dtype="float64"))  # stateless_gamma
    fo0 = emit(R.experimental.stateless_fold_in(np.array([1.0, 2.0], np.float32), 17))  # stateless_fold_in
    err(lambda: R.fixed_unigram_candidate_sampler([[1, 5, 6], [4, 2, 2]], 3, 6, True, 8, unigrams=[0.5, 4.0, 0.5, 3.0, 2.0, 10.0, 10.0, 10.0], distortion=2.0, num_shards=2, shard=1, seed=-7))  # fixed_unigram_candidate_sampler
    emit(R.normal([3], seed=1))  # normal
    emit(R.experimental.stateless_shuffle(np.arange(4, dtype=np.float32).reshape([4, 1]), seed=np.array([0, 2], np.uint32)))  # stateless_shuffle
    emit(R.learned_unigram_candidate_sampler([[8, 0, 4], [0, 1, 0], [1, 9, 10]], 3, 2, True, 12, seed=2**40 + 3))  # learned_unigram_candidate_sampler
    fo1 = emit(R.fold_in((12345, 1), 2**31 - 1))  # random.fold_in
    g0 = emit(R.Generator.from_key_counter(-1, [0, 0], alg="philox"))  # Generator.from_key_counter
    emit(R.uniform([3, 4], minval=0.0, maxval=np.array([0.5], np.float64), dtype=np.float64, seed=2))  # uniform
    s0 = emit(R.split(fo1, num=1))  # random.split
    emit(R.gamma([1], alpha=[[3.5, np.nan]], dtype=np.float64, seed=1234))  # gamma
    emit(R.stateless_binomial([3, 1], seed=np.array([12345, -2**31], np.int64), counts=[10.0], probs=[0.3]))  # stateless_binomial
    gs0 = emit(g0.split(1))  # Generator.split
    emit(R.fixed_unigram_candidate_sampler([[0, 2, 2], [0, 0, 1], [0, 0, 0]], 3, 6, False, 4, unigrams=[10.0, 4.0, 0.5, 10.0], seed=2**31))  # fixed_unigram_candidate_sampler
    emit(R.stateless_uniform([4, 5], seed=np.array([2, 5], np.uint64), minval=0, maxval=10, dtype="int32", alg="auto_select"))  # stateless_uniform_int
    gs1 = emit(gs0[0].split(3))  # Generator.split
    emit(gs1[2].uniform([0, 5, 2], maxval=-1.0))  # Generator.uniform
    emit(R.stateless_uniform([2, 2], seed=np.array([12345, 1], np.uint32), dtype="float32"))  # stateless_uniform
    emit(R.shuffle(np.float32(1.5), seed=2))  # shuffle
    emit(R.stateless_uniform([3, 1], seed=[5, 7], minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    err(lambda: R.stateless_binomial([3, 2], seed=[12345, 2], counts=[1.0, 2.0, 3.0], probs=[0.5, 0.5], output_dtype="float16"))  # stateless_binomial
    emit(R.stateless_categorical([[0.25, 2.0, 0.25, 5.0], [-np.inf, 0.5, 2.0, 0.0], [10.0, 5.0, 2.0, 10.0]], 7, seed=[-1, -2**31]))  # stateless_categorical
    emit(gs1[0].uniform_full_int([1], dtype="uint32"))  # Generator.uniform_full_int
""")

case("program_000213", """
    g0 = emit(R.Generator.from_state([1, 2], alg="threefry"))  # Generator.from_state
    err(lambda: g0.reset_from_key_counter(5, [6, 7]))  # Generator.reset_from_key_counter
    err(lambda: R.stateless_truncated_normal([3, 1, 4], seed=[1, 12345], mean=10.0, stddev=np.array([[0.5, 1.0, 0.1, 2.0]], np.float32), dtype="int32"))  # stateless_truncated_normal
    emit(R.stateless_categorical([[-1.0, 10.0, 0.0, -np.inf, -3.0], [-3.0, 10.0, 2.0, 2.0, 5.0], [0.25, 0.0, 0.0, 10.0, 0.5]], 2, seed=np.array([-2**31, 2], np.int64)))  # stateless_categorical
    emit(R.shuffle(np.arange(4, dtype=np.uint8), seed=1))  # shuffle
    emit(R.stateless_gamma(np.array([6, 1], np.int32), seed=[5, 2**40], alpha=np.array([0.0], np.float32), beta=np.array([0.5], np.float64), dtype="float16"))  # stateless_gamma
    emit(R.stateless_parameterized_truncated_normal(np.array([], np.int32), seed=(7, 12345), means=np.float16(-0.0), stddevs=np.float16(1.0), minvals=np.float16(-2.0), maxvals=np.float16(2.0)))  # stateless_parameterized_truncated_normal
    err(lambda: g0.split(2))  # Generator.split
    gs0 = None
    emit(R.stateless_uniform([5], seed=[12345, 12345]))  # stateless_uniform
    s0 = emit(R.split([12345, 1], num=2))  # random.split
    emit(R.categorical(np.array([[10.0, 0.0, 1.0, 5.0, 0.25]], np.float16), 0, seed=-1))  # categorical
    emit(R.set_seed(2**31 - 1))  # set_seed
    emit(R.poisson([1, 0], lam=1e4))  # poisson
    emit(R.stateless_truncated_normal([6], seed=np.array([1, -2], np.int32), stddev=1e-3, dtype="bfloat16"))  # stateless_truncated_normal
    emit(R.normal([5], seed=-7))  # normal
    emit(R.uniform([1], minval=[2.5], maxval=[-3.5]))  # uniform
    emit(R.truncated_normal((2,), mean=100.0, stddev=0.1, dtype="bfloat16", seed=2**31 - 1))  # truncated_normal
    emit(R.truncated_normal([2, 4, 4], stddev=1e20, dtype="bfloat16"))  # truncated_normal
    emit(R.stateless_uniform([6], seed=np.array([2**31 - 1, -2], np.int32), minval=2, maxval=15, dtype="int32"))  # stateless_uniform_int
    err(lambda: g0.skip(5))  # Generator.skip
    emit(R.uniform([2], seed=np.int64(5)))  # uniform
    err(lambda: g0.uniform([4, 3], minval=-2, maxval=48, dtype="int64"))  # Generator.uniform_int
    err(lambda: R.experimental.index_shuffle(np.arange(2, dtype=np.int64), seed=[5, 9], max_index=np.array([100, 100, 100], np.int64)))  # index_shuffle
    err(lambda: g0.truncated_normal(np.array([2], np.int32)))  # Generator.truncated_normal
    fo0 = emit(R.experimental.stateless_fold_in([3, -1], np.int32(-2)))  # stateless_fold_in
    s1 = emit(R.experimental.stateless_split(fo0))  # stateless_split
    s2 = emit(R.experimental.stateless_split(s0[1], num=2, alg="philox"))  # stateless_split
    emit(R.stateless_poisson([0, 1], seed=[-1, -2**31], lam=np.array([40], np.int32), dtype="float32"))  # stateless_poisson
    err(lambda: g0.make_seeds(3))  # Generator.make_seeds
    m0 = None
    err(lambda: g0.binomial([4, 3], counts=[20.0, 10.0, 5.0], probs=0.9, dtype="float64"))  # Generator.binomial
    emit(R.set_seed(42))  # set_seed
    emit(R.learned_unigram_candidate_sampler([[8, 8]], 2, 8, True, 9, seed=1))  # learned_unigram_candidate_sampler
    emit(g0.state)  # Generator.state
    emit(R.uniform((3,), minval=4, maxval=16, dtype="int64", seed=3))  # uniform_int
    emit(R.all_candidate_sampler([[4]], 1, 5, False))  # all_candidate_sampler
    emit(R.poisson([2, 2], lam=[[1e4, 33.3], [np.inf, 1.0]]))  # poisson
    err(lambda: g0.truncated_normal([6]))  # Generator.truncated_normal
    emit(R.gamma([1], alpha=[[2.0]], dtype="float16"))  # gamma
    emit(R.uniform([5, 1], minval=0, maxval=1, dtype="int64", seed=0))  # uniform_int
    err(lambda: g0.truncated_normal([]))  # Generator.truncated_normal
""")

case("program_000214", """
    emit(R.stateless_binomial([0, 2, 3], seed=[7, 5], counts=[[5.0, -3.0, -3.0], [1e4, 1e4, 100.0]], probs=[0.999], output_dtype="float32"))  # stateless_binomial
    emit(R.uniform(np.array([5], np.int32), minval=-2, maxval=0, dtype=np.int32, seed=0))  # uniform_int
    emit(R.stateless_categorical([[10.0, -3.0, -3.0, 5.0, 5.0], [0.25, 2.0, -3.0, -1.0, 10.0]], 3, seed=[-1, 7], dtype="int32"))  # stateless_categorical
    emit(R.set_seed(5))  # set_seed
    fo0 = emit(R.experimental.stateless_fold_in([2, -2**31], 5))  # stateless_fold_in
    emit(R.normal(np.array([4, 6], np.int64), mean=1e3, stddev=3.0, dtype=np.float16, seed=5))  # normal
    err(lambda: R.uniform([6], maxval=[0.0, 0, -3.5, 0.5, -3.5, 123.456, 1.0], seed=7))  # uniform
    s0 = emit(R.experimental.stateless_split([1, 0, 7], num=4, alg="philox"))  # stateless_split
    emit(R.poisson(np.array([2], np.int64), lam=np.array([[0.5, 1e4], [1.0, 15.0]], np.float64), dtype="float16", seed=2**31 - 1))  # poisson
    emit(R.poisson([4, 6], lam=0, dtype="float16"))  # poisson
    emit(R.stateless_gamma([0, 3], seed=(12345, 0), alpha=0.999))  # stateless_gamma
    emit(R.create_rng_state([1, 2, 3], 2))  # create_rng_state
    emit(R.stateless_normal([4, 0], seed=[-2**31, 3], stddev=0.1, dtype="float64"))  # stateless_normal
    emit(R.stateless_categorical(np.array([[2.0], [5.0]], np.float64), 3, seed=np.array([5, 2**63 + 5], np.uint64)))  # stateless_categorical
    emit(R.stateless_uniform([1], seed=(2, -1), minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    g0 = emit(R.Generator.from_key_counter(2**40, [6, 7], alg="philox"))  # Generator.from_key_counter
    emit(R.truncated_normal(np.array([4, 2], np.int64), mean=123.456, stddev=3.0, dtype="bfloat16", seed=2**31))  # truncated_normal
    emit(R.stateless_uniform([1], seed=s0[0], minval=123.456, maxval=[[100.0, 0.0, 1e30], [2.5, -3.5, 123.456]]))  # stateless_uniform
    emit(R.set_seed(2**31 - 1))  # set_seed
    emit(g0.uniform_full_int(np.array([6, 1], np.int32), dtype="uint32"))  # Generator.uniform_full_int
    emit(R.poisson([], lam=np.array([np.inf], np.float16), dtype=np.int64, seed=np.int64(0)))  # poisson
    emit(g0.binomial([6], counts=1e4, probs=0.9))  # Generator.binomial
    f0 = F(lambda: (R.normal([5, 2], seed=5), g0.normal([4], stddev=0.5)))  # function
""")

case("program_000215", """
    emit(R.set_seed(None))  # set_seed
    emit(R.stateless_uniform([5], seed=[3, 2**40], dtype=np.float16))  # stateless_uniform
    emit(R.experimental.index_shuffle(np.int64(6), seed=np.array([1, 2], np.int64), max_index=7))  # index_shuffle
    emit(R.experimental.index_shuffle(np.arange(5, dtype=np.uint32), seed=[5, 9], max_index=np.uint32(100)))  # index_shuffle
    g0 = emit(R.experimental.Generator.from_seed([1, 2]))  # Generator.from_seed
    emit(R.uniform([1], minval=-8, maxval=34, dtype="int32", seed=np.int64(2)))  # uniform_int
    emit(g0.skip(100))  # Generator.skip
    emit(R.stateless_poisson([3, 2, 3], seed=np.array([-2, -1], np.int64), lam=[[-1.0, 9.99, 100.0], [15.0, 33.3, 15.0]], dtype="float64"))  # stateless_poisson
    err(lambda: R.experimental.index_shuffle(np.arange(8, dtype=np.uint64), seed=np.array([3, 4, 5], np.uint64), max_index=np.uint64(7)))  # index_shuffle
    emit(R.stateless_uniform([5, 4], seed=(1, 2**31 - 1), minval=None, maxval=None, dtype=np.uint64, alg="auto_select"))  # stateless_uniform_int
    emit(R.normal([], mean=100.0, dtype="float16", seed=1))  # normal
    emit(R.normal([2], mean=1.0, dtype="bfloat16", seed=1))  # normal
    emit(g0.truncated_normal([2], mean=np.float16(-0.0)))  # Generator.truncated_normal
    emit(R.stateless_gamma([6], seed=np.array([2, 7], np.int64), alpha=0.999))  # stateless_gamma
    emit(g0.skip(np.int64(7)))  # Generator.skip
    emit(g0.reset_from_seed(0))  # Generator.reset_from_seed
    emit(R.stateless_binomial([1, 2, 2], seed=[0, 5], counts=np.array([[-3.0, 7.0], [5.0, 0.5]], np.float16), probs=np.float16(1.0)))  # stateless_binomial
    err(lambda: g0.uniform([3, -1, 2], maxval=10.0))  # Generator.uniform
    emit(R.shuffle(np.arange(6, dtype=np.int64).reshape([3, 2]), seed=2**40 + 3))  # shuffle
""")

case("program_000216", """
    emit(R.set_seed(5))  # set_seed
    emit(R.stateless_poisson([5], seed=[-1, 5], lam=np.float32(15.0), dtype="int32"))  # stateless_poisson
    emit(R.uniform([6, 5], minval=0, maxval=1, dtype="int64", seed=2**40 + 3))  # uniform_int
    g0 = emit(R.experimental.Generator.from_seed(2**63))  # Generator.from_seed
    emit(R.gamma([2], alpha=np.nan))  # gamma
    emit(g0.skip(1))  # Generator.skip
    emit(R.set_seed(3))  # set_seed
    fo0 = emit(R.experimental.stateless_fold_in(np.array([-1, 3], np.int32), 2**40))  # stateless_fold_in
    emit(R.stateless_binomial([2, 2], seed=np.array([7, 0], np.int64), counts=[[0.0, 7.0], [20.0, 1e4]], probs=0.9))  # stateless_binomial
    emit(R.uniform([4, 3, 5], minval=0, maxval=10, dtype=np.int32, seed=2))  # uniform_int
    err(lambda: g0.binomial((3,), counts=np.float64(1e4), probs=0.3, dtype="int64"))  # Generator.binomial
    emit(g0.reset_from_key_counter(-1, [6, 7]))  # Generator.reset_from_key_counter
    fo1 = emit(R.fold_in((3, 3), -3))  # random.fold_in
    emit(R.stateless_parameterized_truncated_normal([4, 3], seed=fo0, means=np.float64(0.0), stddevs=np.float64(1.0), minvals=np.float64(-1.0), maxvals=np.float64(1.0)))  # stateless_parameterized_truncated_normal
    emit(g0.normal(np.array([1], np.int64), mean=1.0, dtype="bfloat16"))  # Generator.normal
    emit(R.stateless_truncated_normal((), seed=fo0, dtype="float64", alg="PHILOX"))  # stateless_truncated_normal
    emit(R.normal([3], dtype=np.float32))  # normal
    emit(R.stateless_uniform((1, 4), seed=[0, 7, 1], minval=None, maxval=None, dtype=np.uint64, alg="philox"))  # stateless_uniform_int
""")

case("program_000217", """
    emit(R.stateless_uniform(np.array([4], np.int32), seed=np.array([12345, 2**31 - 1], np.int64), minval=0, maxval=4, dtype="int32", alg="auto_select"))  # stateless_uniform_int
    emit(R.experimental.index_shuffle(np.arange(3, dtype=np.int32), seed=[5, 9], max_index=np.int32(8)))  # index_shuffle
    emit(R.log_uniform_candidate_sampler([[154], [98]], 1, 8, False, 1000000, seed=87654321))  # log_uniform_candidate_sampler
    emit(R.truncated_normal([3], mean=-1e10, stddev=3.0, dtype=np.float16, seed=87654321))  # truncated_normal
    s0 = emit(R.split([2**40, 2**31 - 1], alg="PHILOX"))  # random.split
    emit(R.stateless_uniform([5, 0], seed=s0[0], minval=0, maxval=-3.5, alg="philox"))  # stateless_uniform
    emit(R.stateless_parameterized_truncated_normal([2], seed=np.array([1.0, 2.0], np.float32), means=np.array([-0.0, -2.0], np.float32), stddevs=0.5, minvals=0.9, maxvals=1.1))  # stateless_parameterized_truncated_normal
    emit(R.stateless_uniform([0, 5], seed=np.array([2, 2**32 - 1], np.uint32), minval=-1e10, maxval=0.5, dtype="bfloat16"))  # stateless_uniform
    emit(R.stateless_binomial([6], seed=s0[0], counts=np.float16(7.0), probs=np.float16(0.9), output_dtype="int32"))  # stateless_binomial
    fo0 = emit(R.fold_in([7, 12345], np.int64(5)))  # random.fold_in
    fo1 = emit(R.experimental.stateless_fold_in(np.array([3, 7], np.uint32), 0))  # stateless_fold_in
    emit(R.set_seed(None))  # set_seed
    err(lambda: R.stateless_gamma([4, 2], seed=(5, 2**40), alpha=[1.0, 2.0, 3.0], dtype="float16"))  # stateless_gamma
    fo2 = emit(R.experimental.stateless_fold_in([2**31 - 1, 2**31 - 1], np.int64(5), alg=R.Algorithm.AUTO_SELECT))  # stateless_fold_in
    emit(R.categorical([[5.0, 5.0, -3.0, 10.0], [-1.0, 1.0, 2.0, 2.0]], 1, seed=2))  # categorical
    emit(R.truncated_normal([5, 5], seed=-7))  # truncated_normal
    emit(R.stateless_normal([], seed=[2**40, -2], mean=np.array(-0.0), dtype="float16", alg=1))  # stateless_normal
    err(lambda: R.uniform([2], minval=0.5, maxval=10.5, dtype=np.int32, seed=2))  # uniform_int
    emit(R.uniform((3,), minval=-100, maxval=-50, dtype="int32", seed=1))  # uniform_int
    emit(R.uniform([5, 1, 3], minval=0, maxval=10, dtype=np.int32, seed=2**31))  # uniform_int
    emit(R.experimental.stateless_shuffle(np.arange(6, dtype=np.float64).reshape([6]), seed=np.array([2, 7], np.int64)))  # stateless_shuffle
""")

case("program_000218", """
    fo0 = emit(R.fold_in([2, 12345], 0))  # random.fold_in
    s0 = emit(R.experimental.stateless_split((2**40, 1), num=2))  # stateless_split
    g0 = emit(R.Generator.from_seed([1, 2], alg="threefry"))  # Generator.from_seed
    emit(R.uniform([2], minval=10, maxval=40, dtype="int64", seed=5))  # uniform_int
    emit(R.log_uniform_candidate_sampler([[453, 667], [481, 417]], 2, 2, True, 1000000, seed=2**40 + 3))  # log_uniform_candidate_sampler
    emit(R.uniform(np.array([1], np.int32), maxval=np.float32(0), dtype=np.float16, seed=2**31))  # uniform
    emit(R.stateless_categorical([[-np.inf, 1.0], [2.0, -1.0]], 5, seed=np.array([2**32 - 1, 3], np.uint32)))  # stateless_categorical
    g1 = emit(R.Generator.from_seed(2**64 + 5))  # Generator.from_seed
    emit(R.uniform([2], minval=-2**63, maxval=2**63 - 1, dtype=np.int64, seed=7))  # uniform_int
    emit(g1.state)  # Generator.state
    err(lambda: g0.uniform_full_int([6], dtype="int64"))  # Generator.uniform_full_int
    emit(g1.truncated_normal([4]))  # Generator.truncated_normal
    emit(R.log_uniform_candidate_sampler([[26]], 1, 2, True, 50, seed=5))  # log_uniform_candidate_sampler
    emit(R.truncated_normal([4, 1], mean=-1e10, dtype="float16", seed=1))  # truncated_normal
    emit(R.uniform_candidate_sampler([[49, 28, 49], [28, 9, 37], [5, 12, 48]], 3, 3, True, 50, seed=1234))  # uniform_candidate_sampler
    err(lambda: R.fold_in([-2, 1], np.int64(5), alg=R.Algorithm.THREEFRY))  # random.fold_in
    fo1 = None
    emit(g1.normal((3, 2), stddev=-1.0))  # Generator.normal
    emit(R.categorical([[0.25, 1.0, 0.5, 0.0, 0.0]], 6, seed=0))  # categorical
    emit(R.set_global_generator(g1))  # set_global_generator
    emit(g1.normal((1,), stddev=-1.0, dtype="float32"))  # Generator.normal
    emit(R.get_global_generator().uniform([3, 6]))  # Generator.uniform
    emit(R.stateless_binomial([6], seed=np.array([0, 2**31 - 1], np.int32), counts=1.0, probs=0.9, output_dtype="int64"))  # stateless_binomial
    emit(R.truncated_normal([4], stddev=1e-3, seed=87654321))  # truncated_normal
    f0 = F(lambda: (g1.uniform(np.array([3, 3, 2], np.int64), minval=-5, maxval=1, dtype="int32"), R.truncated_normal([3], seed=2**31 - 1), R.stateless_uniform([0, 3], seed=[-1, 12345], alg=1)))  # function
    fo2 = emit(R.experimental.stateless_fold_in(s0[1], 17))  # stateless_fold_in
    emit(R.poisson([3], lam=[0.0, 33.3, 100.0], dtype="float16", seed=1))  # poisson
    emit(R.stateless_normal([1], seed=np.array([0, -1], np.int64), dtype="float32", alg=R.Algorithm.AUTO_SELECT))  # stateless_normal
    emit(R.get_global_generator().uniform([6, 4], minval=-6, maxval=36, dtype="int32"))  # Generator.uniform_int
    emit(R.stateless_categorical([[0.5, 2.0, 0.5, 10.0], [2.0, 1.0, 10.0, 0.0], [-np.inf, 5.0, 2.0, -1.0]], 1, seed=s0[1]))  # stateless_categorical
    emit(R.stateless_binomial(np.array([5], np.int64), seed=np.array([12345, -2], np.int32), counts=np.float32(0.5), probs=np.float32(0.25)))  # stateless_binomial
    g2 = emit(R.Generator.from_seed(np.int64(77), alg="threefry"))  # Generator.from_seed
    emit(R.poisson([2, 4], lam=np.array([np.inf], np.float16), dtype=np.int64, seed=2**40 + 3))  # poisson
    err(lambda: R.stateless_categorical([[[-np.inf, 0.25], [1.0, -3.0]]], 2, seed=[3, -2**31], dtype="int32"))  # stateless_categorical
    emit(f0())  # function_call
    emit(R.stateless_binomial(np.array([5], np.int64), seed=[0, 2], counts=np.float64(-3.0), probs=np.float64(0.0), output_dtype="float16"))  # stateless_binomial
    emit(R.categorical([[0.25], [10.0]], 0, dtype="int64", seed=2))  # categorical
    err(lambda: R.stateless_uniform([3, 4], seed=[3, -2], minval=0, dtype="complex64", alg=1))  # stateless_uniform
""")

case("program_000219", """
    emit(R.set_seed(None))  # set_seed
    g0 = emit(R.Generator.from_seed(np.int64(77)))  # Generator.from_seed
    emit(R.categorical([[-3.0, 0.5, 5.0, 0.5], [10.0, 1.0, 0.0, 0.25], [0.0, 10.0, 0.5, 0.0]], 7, seed=1))  # categorical
    emit(R.experimental.stateless_shuffle(np.array(3.0), seed=np.array([3, 2], np.int32)))  # stateless_shuffle
    emit(R.shuffle([30, -1, -23, -44, 27, 10], seed=-7))  # shuffle
    emit(R.uniform([4], maxval=10.0, dtype=np.float16, seed=87654321))  # uniform
    emit(R.set_seed(2))  # set_seed
    emit(g0.reset_from_key_counter(5, [6, 7]))  # Generator.reset_from_key_counter
    err(lambda: R.fold_in(np.array([0, 1], np.uint32), [1, 2]))  # random.fold_in
    fo0 = None
    emit(R.truncated_normal([3]))  # truncated_normal
    emit(R.stateless_truncated_normal((2,), seed=[0, -1]))  # stateless_truncated_normal
    emit(g0.binomial((3,), counts=[20.0, 1.0, 5.0], probs=0.5, dtype="float64"))  # Generator.binomial
    emit(g0.uniform_full_int([6], dtype=np.uint64))  # Generator.uniform_full_int
    emit(R.set_seed(5))  # set_seed
    emit(g0.normal([1, 5], dtype=np.float64))  # Generator.normal
    emit(g0.state)  # Generator.state
    gs0 = emit(g0.split())  # Generator.split
    emit(gs0[0].binomial([5, 2, 1], counts=[[1e4], [100.0]], probs=0.5))  # Generator.binomial
    emit(R.categorical(np.log(np.array([[0.7, 0.25], [0.1, 1.0], [0.7, 1.0]])), 6, seed=2))  # categorical
    s0 = emit(R.split((-2**31, -2**31), num=2, alg=1))  # random.split
    emit(R.stateless_gamma([4, 1, 2], seed=[1, 2**31 - 1], alpha=[[0.0, 10.0]]))  # stateless_gamma
    emit(R.experimental.stateless_shuffle(np.arange(24, dtype=np.float16).reshape([6, 4]), seed=np.array([2**31 - 1, 12345], np.int64)))  # stateless_shuffle
    emit(g0.uniform([3, 6, 2], minval=0, maxval=100, dtype=np.int64))  # Generator.uniform_int
    g1 = emit(R.Generator.from_seed(np.int64(77)))  # Generator.from_seed
    emit(R.stateless_gamma([4, 2], seed=np.array([-1, 12345], np.int64), alpha=[3.5, 2.0]))  # stateless_gamma
    f0 = F(lambda: (R.uniform([2, 1], minval=100.0, dtype=np.float16, seed=3), R.shuffle(np.arange(6, dtype=np.int16).reshape([3, 2]), seed=2**31 - 1), g1.binomial([6, 4], counts=[1, 20, 5, 1], probs=[0.05, 0.999, 0.5, 0.05], dtype="float32")))  # function
    emit(R.normal([5], mean=123.456, stddev=1e20, dtype="float32", seed=3))  # normal
    emit(R.uniform((), maxval=-2, dtype="float16"))  # uniform
    emit(R.uniform(np.array([3], np.int64), minval=-8, maxval=36, dtype="int32", seed=5))  # uniform_int
    emit(gs0[0].reset_from_seed([1, 2]))  # Generator.reset_from_seed
    emit(R.uniform([3, 5], minval=0.0, maxval=0, seed=1234))  # uniform
    emit(R.stateless_categorical([[-3.0]], 4, seed=[5, 2], dtype="int32"))  # stateless_categorical
    emit(g1.reset_from_seed(12345))  # Generator.reset_from_seed
    err(lambda: R.truncated_normal([3], mean=[2.5, 0.0, 2.5, 0.0]))  # truncated_normal
""")

case("program_000220", """
    emit(R.set_seed(42))  # set_seed
    err(lambda: R.uniform_candidate_sampler([[1], [0], [0]], 1, 6, True, 4, seed=2))  # uniform_candidate_sampler
    err(lambda: R.log_uniform_candidate_sampler([[0], [3]], 1, 6, True, 4))  # log_uniform_candidate_sampler
    err(lambda: R.create_rng_state(2**64 - 1, "bogus"))  # create_rng_state
    emit(R.poisson((6,), lam=np.array([np.inf, 1e4, 0.5], np.float32), dtype="int64", seed=-7))  # poisson
    emit(R.stateless_uniform([3, 2], seed=np.array([0, 0], np.uint32), maxval=123.456))  # stateless_uniform
    g0 = emit(R.experimental.Generator.from_key_counter(5, [6, 7], alg="philox"))  # Generator.from_key_counter
    emit(R.learned_unigram_candidate_sampler([[1, 0, 3], [2, 3, 0]], 3, 3, True, 4))  # learned_unigram_candidate_sampler
    emit(R.normal([4], mean=[1e30, -2, -2, 0.5], dtype=np.float32, seed=0))  # normal
    emit(R.truncated_normal((0,), mean=np.float32(-0.0), dtype="bfloat16", seed=2**31))  # truncated_normal
    gs0 = emit(g0.split(3))  # Generator.split
    emit(R.stateless_uniform([6], seed=[-2, 0], minval=[1e30], dtype=np.float16, alg=R.Algorithm.AUTO_SELECT))  # stateless_uniform
    emit(R.stateless_poisson((1,), seed=[-2**31, 3], lam=[np.inf]))  # stateless_poisson
    emit(gs0[2].binomial([3, 3, 1], counts=np.array([20.0], np.float64), probs=np.array([0.999], np.float64), dtype="float32"))  # Generator.binomial
    emit(gs0[2].skip(2**40))  # Generator.skip
    emit(R.categorical(np.array([[0.5, -np.inf, 0.25, 0.0]], np.float32), 1, seed=-1))  # categorical
    gs1 = emit(gs0[0].split())  # Generator.split
    emit(R.stateless_uniform((4, 6), seed=np.array([2, -1], np.int32), maxval=-1e10))  # stateless_uniform
    emit(R.uniform([6, 2], minval=-9, maxval=5, dtype="int64", seed=1))  # uniform_int
    emit(R.stateless_normal([], seed=[-2**31, -2**31], dtype="float64", alg=1))  # stateless_normal
    f0 = F(lambda: gs0[2].normal([3], mean=np.float32(3), dtype="float64"))  # function
    emit(R.stateless_normal([2, 4, 2], seed=[2, 2, 1], mean=np.array([[[-0.0, 0.5], [100.0, 10.0], [100.0, 3], [2.5, 0.5]], [[3, 2.5], [1e3, 2.5], [-1e10, -1e10], [-2, 0.5]]]), stddev=[-1.0], alg="philox"))  # stateless_normal
    emit(gs0[2].uniform([3], minval=0, maxval=1, dtype="int64"))  # Generator.uniform_int
    emit(R.stateless_normal([3, 4], seed=[-2, 1], dtype=np.float32))  # stateless_normal
    emit(g0.binomial([], counts=5.0, probs=0.25))  # Generator.binomial
    emit(R.all_candidate_sampler([[0, 0, 0], [0, 0, 0], [0, 0, 0]], 3, 6, True))  # all_candidate_sampler
    emit(g0.truncated_normal((6,), stddev=1e20, dtype="bfloat16"))  # Generator.truncated_normal
    emit(R.create_rng_state(np.array([1, 2, 3, 4], np.int64), 2))  # create_rng_state
    emit(f0())  # function_call
    emit(g0.uniform([1], minval=-3.5, maxval=np.array([-0.0]), dtype=np.float16))  # Generator.uniform
    emit(R.gamma(np.array([5], np.int64), alpha=-1.0, beta=10.0, dtype=np.float64))  # gamma
    fo0 = emit(R.experimental.stateless_fold_in(np.array([2**40, 1], np.int64), np.int32(-2)))  # stateless_fold_in
    emit(R.stateless_categorical(np.array([[0.5, -1.0], [-3.0, 2.0]], np.float64), 2, seed=fo0))  # stateless_categorical
    emit(R.set_seed(-5))  # set_seed
""")

case("program_000221", """
    emit(R.set_seed(None))  # set_seed
    emit(R.gamma(np.array([6], np.int32), alpha=[1e-3, 2.0], beta=[0.5, 0.0], seed=0))  # gamma
    g0 = emit(R.Generator.from_seed(np.int64(77)))  # Generator.from_seed
    emit(R.truncated_normal([3], mean=10.0, dtype="bfloat16", seed=2**40 + 3))  # truncated_normal
    emit(R.uniform([5], minval=3, maxval=7, dtype=np.int32, seed=0))  # uniform_int
    emit(R.poisson([5], lam=100.0, seed=42))  # poisson
    emit(g0.skip(0))  # Generator.skip
    emit(g0.skip(5))  # Generator.skip
    emit(R.truncated_normal([2], mean=0, stddev=np.array(-0.0), seed=0))  # truncated_normal
    err(lambda: R.uniform([3], dtype="complex64", seed=3))  # uniform
    emit(R.learned_unigram_candidate_sampler([[7, 6], [1, 7], [7, 6]], 2, 4, False, 8, seed=3))  # learned_unigram_candidate_sampler
    emit(R.stateless_normal([1], seed=[2**40, -1], mean=[0], stddev=[3.0], dtype=np.float64))  # stateless_normal
    emit(g0.truncated_normal([3, 3]))  # Generator.truncated_normal
    m0 = emit(g0.make_seeds())  # Generator.make_seeds
    fo0 = emit(R.experimental.stateless_fold_in([5, -2**31], 17))  # stateless_fold_in
""")

case("program_000224", """
    emit(R.set_seed(5))  # set_seed
    emit(R.normal([], mean=np.float32(0), dtype=np.float64))  # normal
    err(lambda: R.stateless_parameterized_truncated_normal([3], seed=np.array([2, 0], np.int64), minvals=2.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(R.stateless_binomial([6, 1], seed=np.array([2**40, 2**64 - 1], np.uint64), counts=[7.0], probs=[1.5]))  # stateless_binomial
    emit(R.stateless_gamma((4, 1), seed=[-2**31, -2**31], alpha=[0.5], dtype=np.float64))  # stateless_gamma
    err(lambda: R.experimental.stateless_split(np.array([7, 12345], np.int32), num=[2]))  # stateless_split
    s0 = None
    emit(R.gamma([4], alpha=[0.999], beta=[0.5], dtype=np.float64, seed=1))  # gamma
    emit(R.truncated_normal([4], mean=1.0, stddev=0.0, dtype="bfloat16", seed=-1))  # truncated_normal
    emit(R.stateless_uniform(np.array([6], np.int32), seed=[2**31 - 1, -1], maxval=100.0))  # stateless_uniform
    g0 = emit(R.Generator.from_seed(2**63, alg="philox"))  # Generator.from_seed
    emit(g0.uniform([5, 3], maxval=np.float32(-0.0)))  # Generator.uniform
    emit(R.fixed_unigram_candidate_sampler([[2, 3, 0]], 3, 5, True, 5, unigrams=[10.0, 0.5, 3.0, 1.0, 0.5]))  # fixed_unigram_candidate_sampler
    gs0 = emit(g0.split(0))  # Generator.split
    err(lambda: R.poisson([-4], lam=[-1.0, 0.5, 1e4], dtype=np.int64))  # poisson
    emit(R.set_seed(5))  # set_seed
    emit(R.stateless_truncated_normal([], seed=[2**40, 1], stddev=2.0, dtype="float32"))  # stateless_truncated_normal
    emit(R.stateless_uniform([3], seed=(2, -2), minval=3))  # stateless_uniform
    emit(g0.skip(np.int64(7)))  # Generator.skip
    emit(g0.uniform([4, 3], minval=3, dtype="float16"))  # Generator.uniform
    emit(R.uniform_candidate_sampler([[4]], 1, 4, True, 5))  # uniform_candidate_sampler
    emit(R.learned_unigram_candidate_sampler([[1], [1], [0]], 1, 8, False, 5))  # learned_unigram_candidate_sampler
    emit(R.set_seed(2))  # set_seed
    err(lambda: g0.uniform([[2, 3]], maxval=0.5, dtype="bool"))  # Generator.uniform
    emit(R.uniform(np.array([2, 4], np.int64), minval=1, maxval=14, dtype=np.int32, seed=2))  # uniform_int
    emit(g0.truncated_normal(np.array([4], np.int64)))  # Generator.truncated_normal
    emit(R.uniform([2], dtype="float64"))  # uniform
    emit(g0.normal((1, 5, 6), stddev=-1.0, dtype=np.float16))  # Generator.normal
    f0 = F(lambda: (g0.normal((), dtype=np.float32), R.stateless_normal([4, 6], seed=np.array([2, 5], np.uint64), mean=0.0, dtype="float32", alg=1), g0.uniform(np.array([4], np.int32), maxval=3)))  # function !
    err(lambda: g0.normal([-2, 0], stddev=-1.0, dtype=np.float64))  # Generator.normal
    emit(R.categorical([[0.0], [0.25]], 0, dtype="int32"))  # categorical
""")

case("program_000228", """
    err(lambda: R.split(np.array([0.0, 1.0], np.float32), num=3))  # random.split
    s0 = None
    err(lambda: R.stateless_parameterized_truncated_normal(np.array([5, 3], np.int32), seed=s0[1], means=0.5))  # stateless_parameterized_truncated_normal
    emit(R.uniform(np.array([2, 5], np.int32), minval=-2**63, maxval=2**63 - 1, dtype=np.int64, seed=3))  # uniform_int
    emit(R.stateless_truncated_normal([5, 2], seed=(1, 0), stddev=np.array([1.0, -0.0]), dtype=np.float16))  # stateless_truncated_normal
    emit(R.shuffle([[1.5]], seed=2**31))  # shuffle
    emit(R.set_seed(42))  # set_seed
    emit(R.uniform([], minval=1e30, maxval=-3.5, dtype="float32", seed=1))  # uniform
    emit(R.categorical(np.array([[-1.0, -np.inf, -1.0], [0.25, -np.inf, -1.0]], np.float64), 1, dtype="int32", seed=1234))  # categorical
    g0 = emit(R.Generator.from_key_counter(-1, [0, 0], alg="philox"))  # Generator.from_key_counter
    emit(R.set_seed(None))  # set_seed
    emit(R.normal(np.array([1], np.int32), mean=1.0, stddev=1e20, seed=2**31))  # normal
    emit(R.uniform_candidate_sampler([[7, 9, 7], [3, 3, 0], [5, 1, 4]], 3, 3, False, 10, seed=1))  # uniform_candidate_sampler
    emit(g0.truncated_normal([1], mean=-1.0))  # Generator.truncated_normal
""")

case("program_000229", """
    emit(R.set_seed(42))  # set_seed
    emit(R.uniform((2,), minval=-100, maxval=-50, dtype="int32", seed=3))  # uniform_int
    emit(R.stateless_categorical(np.array([[0.0, -np.inf, 1.0], [-np.inf, 0.5, 0.0], [-1.0, 1.0, -1.0]], np.float32), 0, seed=[-2, 7]))  # stateless_categorical
    emit(R.categorical([[-1.0, 1.0, 0.0, 2.0], [2.0, 0.5, 0.0, 10.0]], 5, dtype="int32"))  # categorical
    emit(R.poisson(np.array([1], np.int32), lam=np.array([40, 7, 3], np.int64), seed=1))  # poisson
    emit(R.stateless_parameterized_truncated_normal(np.array([3], np.int32), seed=np.array([1, 7], np.uint32), minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(R.uniform_candidate_sampler([[2, 3, 3], [2, 3, 3]], 3, 4, False, 5, seed=1234))  # uniform_candidate_sampler
    emit(R.truncated_normal([3], stddev=10, dtype="float64"))  # truncated_normal
    emit(R.all_candidate_sampler([[1, 1], [1, 1]], 2, 2, False, seed=7))  # all_candidate_sampler
    err(lambda: R.experimental.Generator.from_seed(2**63, alg="bogus"))  # Generator.from_seed
    g0 = None
""")

case("program_000231", """
    emit(R.set_seed(42))  # set_seed
    emit(R.stateless_truncated_normal([1], seed=[5, 7], mean=123.456, dtype=np.float64))  # stateless_truncated_normal
    err(lambda: R.fold_in([2**31 - 1, -2**31], 2**40, alg=2))  # random.fold_in
    fo0 = None
    err(lambda: R.stateless_normal([-2, 0], seed=np.array([2, 0], np.int32), mean=np.float16(-0.0), stddev=0.5, dtype="bfloat16"))  # stateless_normal
    emit(R.stateless_uniform([4], seed=np.array([2**31 - 1, -2**31], np.int64)))  # stateless_uniform
    g0 = emit(R.Generator.from_seed(-2**40))  # Generator.from_seed
    emit(R.set_global_generator(g0))  # set_global_generator
    emit(R.get_global_generator().truncated_normal([4, 2], mean=0.0, stddev=10))  # Generator.truncated_normal
    emit(R.stateless_binomial(np.array([5, 2, 2], np.int32), seed=[1, 5], counts=[[7.0, 0.5], [0.0, -3.0]], probs=1.5))  # stateless_binomial
    emit(R.stateless_categorical(np.array([[-3.0, 0.25]], np.float64), 7, seed=[-2**31, 2]))  # stateless_categorical
    emit(R.gamma(np.array([6], np.int32), alpha=np.array([[2.0, -1.0], [10.0, 2.0]], np.float32), dtype="float64"))  # gamma
    emit(R.stateless_normal([4, 5], seed=[-2**31, 3], mean=-1.0, dtype=np.float32, alg=1))  # stateless_normal
    emit(R.create_rng_state(np.int64(77), R.Algorithm.PHILOX))  # create_rng_state
    s0 = emit(R.split(np.array([12345, 1], np.int64), alg="PHILOX"))  # random.split
    emit(R.uniform([3, 3], minval=-100, maxval=-50, dtype="int32"))  # uniform_int
    emit(R.log_uniform_candidate_sampler([[9, 4]], 2, 3, True, 10))  # log_uniform_candidate_sampler
    emit(g0.binomial((5, 1), counts=[0.5], probs=0.3, dtype="float16"))  # Generator.binomial
    emit(R.stateless_parameterized_truncated_normal([3], seed=s0[0]))  # stateless_parameterized_truncated_normal
    emit(R.get_global_generator().uniform(np.array([], np.int32), minval=4, maxval=47, dtype=np.int64))  # Generator.uniform_int
    emit(R.poisson([6], lam=[np.inf], seed=1234))  # poisson
    emit(R.shuffle(np.arange(6, dtype=np.int32).reshape([6]), seed=1))  # shuffle
    err(lambda: R.fixed_unigram_candidate_sampler([[2], [7]], 1, 5, False, 10, unigrams=[2.0, 4.0, 10.0, 0.5, 2.0, 1.0, 0.5, 10.0, 3.0, 3.0], num_shards=2, shard=1, seed=2**31 - 1))  # fixed_unigram_candidate_sampler
    err(lambda: R.log_uniform_candidate_sampler([[0, 3], [3, 2], [0, 0]], 2, 6, True, 4, seed=2**31 - 1))  # log_uniform_candidate_sampler
    emit(R.experimental.stateless_shuffle(np.arange(4, dtype=np.float64).reshape([4]), seed=(-1, 12345), alg="auto_select"))  # stateless_shuffle
    f0 = F(lambda: (R.get_global_generator().binomial([2, 6, 4], counts=[7.0, 20.0, 1e4, 1.0], probs=0.25), R.get_global_generator().uniform((3, 3, 4), maxval=1.0)))  # function
    err(lambda: R.normal([3], mean=[-1.0, -1e10, -1.0, 100.0], seed=5))  # normal
    emit(R.shuffle(np.arange(6, dtype=np.float32).reshape([6]), seed=2))  # shuffle
    emit(R.truncated_normal(np.array([4, 5], np.int32), mean=3, stddev=[10, 10, 1e20, 0.5, 0.5], dtype=np.float32, seed=3))  # truncated_normal
    s1 = emit(R.experimental.stateless_split([0, 12345], num=2))  # stateless_split
    emit(R.stateless_truncated_normal(np.array([4, 6], np.int64), seed=[1, 12345], stddev=1e-3, alg=1))  # stateless_truncated_normal
    emit(R.normal([], stddev=3.0, dtype="float64", seed=0))  # normal
""")

case("program_000232", """
    emit(R.set_seed(1234))  # set_seed
    emit(R.shuffle(np.array([[-0.0, 2.5, 3.25], [-0.0, -7.0, 0.0], [3.25, 1.5, 2.5]], np.float32)))  # shuffle
    err(lambda: R.truncated_normal((1,), mean=np.array(-0.0), dtype="string", seed=np.int64(-7)))  # truncated_normal
    emit(R.learned_unigram_candidate_sampler([[1]], 1, 6, False, 7, seed=2**40 + 3))  # learned_unigram_candidate_sampler
    emit(R.categorical(np.array([[-3.0], [10.0]], np.float16), 3, dtype="int32", seed=2**31))  # categorical
    emit(R.uniform_candidate_sampler([[3, 0], [1, 4]], 2, 1, False, 5, seed=2))  # uniform_candidate_sampler
    emit(R.learned_unigram_candidate_sampler([[0, 1], [1, 0]], 2, 5, False, 2, seed=0))  # learned_unigram_candidate_sampler
    emit(R.stateless_parameterized_truncated_normal([3], seed=np.array([2**32 - 1, 2**31], np.uint32), means=0.0, minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(R.normal(np.array([2, 0], np.int32), mean=1e30))  # normal
    emit(R.uniform([3], minval=np.float64(0), maxval=np.array([-1e10], np.float32), dtype="float64", seed=3))  # uniform
    emit(R.uniform(np.array([5], np.int32), minval=-100, maxval=-50, dtype=np.int32, seed=0))  # uniform_int
    err(lambda: R.fixed_unigram_candidate_sampler([[11, 2]], 3, 1, False, 12, unigrams=[10.0, 4.0, 10.0, 4.0, 10.0, 10.0, 4.0, 4.0, 4.0, 3.0, 0.5, 10.0], distortion=0.0, seed=1))  # fixed_unigram_candidate_sampler
    err(lambda: R.stateless_normal((4, 3), seed=[5, 7], stddev=10, dtype="int32"))  # stateless_normal
    emit(R.normal([5], dtype="float64", seed=np.int64(7)))  # normal
    emit(R.uniform([1, 4], maxval=1, dtype=np.int32))  # uniform_int
    emit(R.stateless_parameterized_truncated_normal([0], seed=[2**31 - 1, 0], means=0.0, stddevs=3.0, minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    g0 = emit(R.Generator.from_state([0, -1, 1], alg=1))  # Generator.from_state
    emit(R.uniform([3, 4, 4], minval=6, maxval=42, dtype=np.int32, seed=0))  # uniform_int
    emit(R.learned_unigram_candidate_sampler([[6]], 1, 8, True, 9))  # learned_unigram_candidate_sampler
    err(lambda: R.stateless_normal([3, 5, 4], seed=[], mean=1.0, stddev=np.float32(-0.0), dtype=np.float16, alg=1))  # stateless_normal
    emit(R.log_uniform_candidate_sampler([[4, 0]], 2, 7, True, 10, seed=87654321))  # log_uniform_candidate_sampler
    emit(g0.normal(np.array([0, 1], np.int64), dtype=np.float32))  # Generator.normal
    emit(R.stateless_uniform([2, 5], seed=[2**31 - 1, 12345], dtype=np.float64))  # stateless_uniform
    emit(R.stateless_gamma([4, 2, 1], seed=[2, 3], alpha=[[np.nan], [10.0]], beta=0.5))  # stateless_gamma
    err(lambda: R.stateless_uniform([-2, 0], seed=np.array([2, 3], np.int32), dtype="float64"))  # stateless_uniform
    emit(R.categorical([[0.5, -3.0, 0.0, 0.25], [2.0, 0.25, 0.0, 5.0], [0.5, -1.0, 0.0, 2.0]], 2, dtype=np.int32))  # categorical
    emit(g0.skip(np.int64(7)))  # Generator.skip
    g1 = emit(R.experimental.Generator.from_key_counter(0, [6, 7], alg="philox"))  # Generator.from_key_counter
    emit(R.all_candidate_sampler([[0], [0]], 1, 1, False))  # all_candidate_sampler
    err(lambda: g0.uniform(np.array([6], np.int64), dtype=np.int64))  # Generator.uniform_int
    g2 = emit(R.Generator.from_seed(2**64 + 5))  # Generator.from_seed
    emit(R.normal(np.array([2], np.int64), mean=-2, stddev=0.1, dtype="bfloat16", seed=2))  # normal
""")

case("program_000233", """
    emit(R.stateless_uniform((2, 6), seed=[1, 3], dtype="float32"))  # stateless_uniform
    emit(R.uniform([6], minval=0, maxval=10, dtype="int32", seed=1))  # uniform_int
    fo0 = emit(R.experimental.stateless_fold_in(np.array([-1, -2], np.int32), 2**40, alg="philox"))  # stateless_fold_in
    err(lambda: R.Generator.from_key_counter(np.int64(3), [1], alg="philox"))  # Generator.from_key_counter
    g0 = None
    emit(R.stateless_uniform([6, 6], seed=[2**31 - 1, 3], minval=-2**63, maxval=2**63 - 1, dtype="int64"))  # stateless_uniform_int
    emit(R.stateless_uniform(np.array([], np.int32), seed=fo0, minval=0, alg="auto_select"))  # stateless_uniform
    emit(R.truncated_normal([1, 1], stddev=np.float64(1.0), seed=np.int64(1)))  # truncated_normal
    f0 = F(lambda: (R.stateless_normal([1], seed=[-2**31, 1], stddev=[2.0], dtype="float64", alg=3), R.stateless_normal((3,), seed=fo0, stddev=-1.0, dtype="float16")))  # function
    emit(R.set_seed(3))  # set_seed
    emit(R.truncated_normal([5], stddev=[-1.0, 1.0, 0.1, 0.0, 2.0], dtype="bfloat16"))  # truncated_normal
    emit(R.stateless_uniform([5], seed=fo0, minval=-2, alg="philox"))  # stateless_uniform
    emit(R.stateless_binomial([1, 1], seed=[7, 2], counts=np.array([1.0], np.float64), probs=np.array([0.05], np.float64)))  # stateless_binomial
""")

case("program_000234", """
    emit(R.set_seed(42))  # set_seed
    emit(R.truncated_normal([4], mean=np.float32(-2), stddev=np.array([0.1, 0.0, 1.0, 3.0], np.float64), dtype="bfloat16", seed=1))  # truncated_normal
    emit(R.stateless_truncated_normal([1], seed=[5, -2], dtype="float64"))  # stateless_truncated_normal
    emit(R.shuffle(np.arange(0, dtype=np.float32).reshape([0])))  # shuffle
    emit(R.uniform([5], minval=5, maxval=23, dtype=np.int64))  # uniform_int
    err(lambda: R.stateless_binomial([2, 4, 2], seed=[[1, 2], [3, 4]], counts=np.array([7.0, 7.0], np.float64), probs=np.array([0.25, -0.1], np.float64), output_dtype="int32"))  # stateless_binomial
    emit(R.stateless_uniform(np.array([6], np.int32), seed=[2**31 - 1, 1], minval=3, maxval=100.0, dtype="float16", alg="PHILOX"))  # stateless_uniform
    emit(R.stateless_poisson([6, 6], seed=np.array([-1, -1], np.int32), lam=0.0, dtype="float32"))  # stateless_poisson
    emit(R.gamma(np.array([], np.int64), alpha=0.0, beta=1.0, seed=1))  # gamma
    err(lambda: R.stateless_uniform(np.array([], np.int32), seed=np.array([1, 0], np.uint64), minval=-100, maxval=-50, dtype=np.int64, alg="bogus"))  # stateless_uniform_int
    emit(R.learned_unigram_candidate_sampler([[0, 3]], 2, 4, True, 7))  # learned_unigram_candidate_sampler
    g0 = emit(R.Generator.from_state([1, 2], alg="threefry"))  # Generator.from_state
    emit(R.log_uniform_candidate_sampler([[4, 6]], 2, 7, True, 10))  # log_uniform_candidate_sampler
    err(lambda: g0.uniform_full_int([1, 4], dtype="uint32"))  # Generator.uniform_full_int
    emit(R.set_seed(1234))  # set_seed
    err(lambda: g0.normal([1], mean=np.float32(2.5), stddev=1.0))  # Generator.normal
""")

case("program_000236", """
    emit(R.categorical([[0.25, 2.0, 5.0, 0.5, 5.0], [-3.0, -np.inf, 2.0, -3.0, -np.inf], [-np.inf, -np.inf, -3.0, -np.inf, -1.0]], 3, dtype="int64", seed=1234))  # categorical
    emit(R.set_seed(5))  # set_seed
    s0 = emit(R.split([5, 12345]))  # random.split
    emit(R.stateless_normal(np.array([], np.int32), seed=[3, 1], dtype=np.float16, alg=R.Algorithm.AUTO_SELECT))  # stateless_normal
    err(lambda: R.stateless_uniform([4, 6], seed=s0[0], dtype="float64", alg=R.Algorithm.THREEFRY))  # stateless_uniform
    f0 = F(lambda: R.normal([5, 2], dtype="float32"))  # function u
    g0 = emit(R.Generator.from_seed(0, alg="threefry"))  # Generator.from_seed
    err(lambda: R.experimental.index_shuffle(np.arange(9, dtype=np.int32), seed=np.array([3, 4, 5], np.int32), max_index=np.array([100, 100, 100, 100, 100, 100, 100, 100, 100, 100], np.int32)))  # index_shuffle
    emit(R.gamma([4, 0], alpha=[0.5], dtype="float32"))  # gamma
    emit(R.categorical([[10.0, 0.0, 2.0, -3.0, 0.25]], 6, seed=2**40 + 3))  # categorical
    s1 = emit(R.experimental.stateless_split([1, -2], num=1))  # stateless_split
    emit(R.stateless_truncated_normal(np.array([3], np.int64), seed=np.array([-2, -2], np.int32), mean=np.float32(1e30), stddev=0.5, dtype="float32"))  # stateless_truncated_normal
    emit(R.truncated_normal((1,), mean=-1e10, stddev=1.0, seed=1))  # truncated_normal
    emit(g0.reset([10, 20]))  # Generator.reset
    emit(R.stateless_gamma([3, 1, 1], seed=np.array([12345, -2], np.int32), alpha=[123.0]))  # stateless_gamma
    emit(R.stateless_binomial([3, 5, 1], seed=s0[1], counts=[-3.0], probs=[0.0], output_dtype="int64"))  # stateless_binomial
    err(lambda: g0.binomial([2, 2], counts=100.0, probs=0.25, dtype="int32"))  # Generator.binomial
    emit(f0())  # function_call
    emit(f0())  # function_call
    s2 = emit(R.experimental.stateless_split([12345, 5], num=2))  # stateless_split
    emit(R.stateless_binomial(np.array([4, 0, 3], np.int32), seed=(3, 12345), counts=[10.0, -3.0, -3.0], probs=[0.0, 0.9, 0.05], output_dtype="float16"))  # stateless_binomial
    emit(R.normal([4, 6], mean=0.0, stddev=0.0, dtype="float16", seed=2))  # normal
    emit(R.stateless_uniform(np.array([0], np.int32), seed=s2[0], minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    emit(R.stateless_uniform([1], seed=np.array([0, 2**40], np.uint64), minval=None, maxval=None, dtype="uint32", alg="auto_select"))  # stateless_uniform_int
    err(lambda: g0.binomial([4, 2, 3], counts=[[5.0, 1e4, 1e4], [1e4, 5.0, 20.0]], probs=[0.3], dtype="int64"))  # Generator.binomial
    err(lambda: g0.normal([], mean=0, dtype=np.float32))  # Generator.normal
    emit(g0.state)  # Generator.state
    g1 = emit(R.Generator.from_seed(-1, alg="philox"))  # Generator.from_seed
    g2 = emit(R.experimental.Generator.from_seed(42, alg="auto_select"))  # Generator.from_seed
    err(lambda: R.learned_unigram_candidate_sampler([[1], [1]], 1, 6, True, 4))  # learned_unigram_candidate_sampler
    emit(f0())  # function_call
    emit(f0())  # function_call
    err(lambda: R.stateless_truncated_normal(np.array([5, 0], np.int32), seed=[1, 2, 3], mean=1e3, dtype="float32"))  # stateless_truncated_normal
    emit(R.experimental.stateless_shuffle([42, 27, 34, 3, -5, 6, -16], seed=[0, 7], alg="PHILOX"))  # stateless_shuffle
    emit(R.gamma([4], alpha=np.float32(0.1), beta=-1.0, dtype=np.float64))  # gamma
    emit(R.shuffle(np.int32(5), seed=2**40 + 3))  # shuffle
""")

case("program_000237", """
    emit(R.set_seed(2**31 - 1))  # set_seed
    emit(R.uniform_candidate_sampler([[8, 8, 12], [13, 26, 14]], 3, 8, False, 50, seed=3))  # uniform_candidate_sampler
    emit(R.truncated_normal([1], mean=1e30, dtype=np.float32, seed=-7))  # truncated_normal
    emit(R.stateless_poisson(np.array([4, 5, 3], np.int64), seed=np.array([1, -2], np.int32), lam=np.array([5.0, 5.0, -1.0], np.float64)))  # stateless_poisson
    emit(R.gamma([1, 2], alpha=-1.0, seed=1))  # gamma
    g0 = emit(R.experimental.Generator.from_seed(np.int64(77), alg="threefry"))  # Generator.from_seed
    emit(R.stateless_gamma([], seed=np.array([3, 0], np.int32), alpha=-1.0, beta=0.5))  # stateless_gamma
    emit(R.create_rng_state(2**63, "philox"))  # create_rng_state
    emit(R.stateless_poisson([3, 2, 1], seed=[5, 2**40], lam=np.array([[1], [40]], np.int32), dtype="float64"))  # stateless_poisson
    err(lambda: g0.truncated_normal([1, 6, 4]))  # Generator.truncated_normal
    emit(R.stateless_uniform([0, 5], seed=(0, -1), maxval=np.array([-1e10, 0.0, -2, 0.5, 0.0], np.float64)))  # stateless_uniform
    emit(R.uniform([6], maxval=2**20, dtype=np.int32))  # uniform_int
    err(lambda: g0.reset_from_key_counter(0, [0, 2**40]))  # Generator.reset_from_key_counter
    emit(R.uniform([2], maxval=[1e30, 1.0], dtype="float16", seed=0))  # uniform
    emit(R.uniform_candidate_sampler([[1, 1]], 2, 1, False, 10))  # uniform_candidate_sampler
    err(lambda: g0.uniform_full_int([6, 4], dtype="uint32"))  # Generator.uniform_full_int
    emit(R.shuffle([-9, 0, 7, -45, -12, 24, 27]))  # shuffle
    err(lambda: g0.truncated_normal([3], stddev=1.0, dtype="bfloat16"))  # Generator.truncated_normal
    emit(R.stateless_truncated_normal([3, 4], seed=[7, 2], mean=1.0, dtype="bfloat16", alg=1))  # stateless_truncated_normal
    g1 = emit(R.Generator.from_seed(np.int64(77)))  # Generator.from_seed
    err(lambda: g0.truncated_normal([0]))  # Generator.truncated_normal
""")

case("program_000240", """
    emit(R.set_seed(87654321))  # set_seed
    emit(R.experimental.create_rng_state(-1, "auto_select"))  # create_rng_state
    emit(R.uniform([], minval=0.5, dtype="float32"))  # uniform
    fo0 = emit(R.experimental.stateless_fold_in(np.array([2**31 - 1, -2**31], np.int32), 5))  # stateless_fold_in
    emit(R.poisson([3], lam=np.array([[15.0, -1.0, -1.0], [0.5, np.inf, -1.0]], np.float64)))  # poisson
    emit(R.uniform_candidate_sampler([[1, 1, 3]], 3, 5, True, 5, seed=2))  # uniform_candidate_sampler
    emit(R.normal([4, 1], mean=-3.5, seed=1))  # normal
    emit(R.uniform([2, 6, 0], minval=3, maxval=4, dtype="int64"))  # uniform_int
    emit(R.stateless_categorical([[-3.0], [-np.inf], [0.5]], 3, seed=[12345, 1], dtype=np.int32))  # stateless_categorical
    emit(R.set_seed(1234))  # set_seed
    err(lambda: R.stateless_parameterized_truncated_normal([1], seed=np.array([12345, 0], np.uint32), stddevs=-1.0))  # stateless_parameterized_truncated_normal
    emit(R.stateless_categorical([[-1.0], [-3.0]], 7, seed=np.array([1, 12345], np.int64), dtype="int32"))  # stateless_categorical
    emit(R.stateless_truncated_normal(np.array([0], np.int64), seed=fo0, stddev=0.5, dtype=np.float32))  # stateless_truncated_normal
    g0 = emit(R.Generator.from_state(np.array([0, -2, 9], np.int64), alg=R.Algorithm.PHILOX))  # Generator.from_state
    err(lambda: R.stateless_truncated_normal([4], seed=np.array([2**31 - 1, 1], np.int64), mean=1.0, stddev=-1.0, dtype="int64", alg=R.Algorithm.PHILOX))  # stateless_truncated_normal
    emit(R.stateless_gamma([2], seed=np.array([3.5, 7.0], np.float64), alpha=np.nan, beta=1.0, dtype="float64"))  # stateless_gamma
    emit(R.stateless_normal(np.array([6], np.int32), seed=np.array([0.0, 2.0], np.float64)))  # stateless_normal
    emit(R.truncated_normal([4], dtype="float32", seed=7))  # truncated_normal
    emit(R.categorical([[1.0, -np.inf, 0.5], [-3.0, -1.0, -3.0]], 7, dtype="int64"))  # categorical
    emit(R.stateless_poisson([2, 5], seed=fo0, lam=np.array(40, np.int64), dtype="float64"))  # stateless_poisson
    emit(R.set_seed(None))  # set_seed
    err(lambda: R.experimental.index_shuffle(np.uint64(3), seed=np.array([3, 4, 5], np.uint64), max_index=np.uint64(100)))  # index_shuffle
    m0 = emit(g0.make_seeds(2))  # Generator.make_seeds
    emit(R.truncated_normal([1, 3], stddev=0.0, seed=42))  # truncated_normal
    emit(R.gamma(np.array([6], np.int32), alpha=np.array([0.25, 1.0], np.float64), dtype="float32", seed=87654321))  # gamma
    emit(g0.uniform([]))  # Generator.uniform
    emit(g0.skip(5))  # Generator.skip
    emit(g0.reset([10, 20, 30]))  # Generator.reset
    emit(R.normal(np.array([3, 4], np.int64), mean=1e3, dtype="float16", seed=1))  # normal
    emit(R.gamma([2], alpha=np.nan, beta=1e-3, dtype="float16", seed=0))  # gamma
    emit(R.truncated_normal([1], mean=0.5, stddev=np.array([0.0], np.float64), seed=1))  # truncated_normal
    g1 = emit(R.Generator.from_key_counter(np.int64(3), [0, 0], alg="philox"))  # Generator.from_key_counter
    emit(g1.state)  # Generator.state
    err(lambda: R.stateless_uniform([6, 6, 1], seed=np.array([1, 2, 3], np.int64), minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    emit(g0.skip(2**40))  # Generator.skip
""")

case("program_000241", """
    emit(R.set_seed(None))  # set_seed
    err(lambda: R.Generator.from_state([1, 2, 3], alg="threefry"))  # Generator.from_state
    g0 = None
    f0 = F(lambda: (R.normal(np.array([], np.int64), seed=2**40 + 3), R.uniform([2], minval=-2**31, maxval=2**31 - 1, dtype="int32", seed=42), R.uniform([5], maxval=1e30, seed=2)))  # function
    emit(R.uniform(np.array([3, 4], np.int64), minval=np.array([[1.0, 1e30, -3.5, 3], [123.456, -2, 100.0, -3.5], [1e30, -1e10, -2, 3]], np.float32), dtype="float16", seed=1234))  # uniform
    fo0 = emit(R.fold_in([0, 12345], 17))  # random.fold_in
    emit(f0())  # function_call
    emit(f0())  # function_call
    err(lambda: R.Generator.from_seed(1234, alg="bogus"))  # Generator.from_seed
    g1 = None
    emit(R.normal([6], mean=-3.5, seed=3))  # normal
    emit(R.stateless_parameterized_truncated_normal([6, 3], seed=[-1, 5], means=np.float64(0.0), stddevs=np.float64(0.5), minvals=np.float64(-2.0), maxvals=np.float64(2.0)))  # stateless_parameterized_truncated_normal
    emit(f0())  # function_call
    emit(R.learned_unigram_candidate_sampler([[1, 0, 2], [3, 0, 3], [3, 2, 2]], 3, 5, False, 5, seed=-1))  # learned_unigram_candidate_sampler
    emit(R.all_candidate_sampler([[0]], 1, 1, False, seed=2**31 - 1))  # all_candidate_sampler
    g2 = emit(R.Generator.from_state(np.array([2**40, 12345, -1], np.int64), alg=1))  # Generator.from_state
    emit(R.stateless_categorical([[2.0], [10.0]], 8, seed=[1, 3]))  # stateless_categorical
    emit(R.stateless_binomial([5], seed=(3, 3), counts=7.0, probs=-0.1))  # stateless_binomial
""")

case("program_000244", """
    emit(R.stateless_poisson([3, 4, 3], seed=np.array([2**31, 2**31], np.uint32), lam=np.array([15.0, 33.3, 15.0], np.float32)))  # stateless_poisson
    emit(R.stateless_truncated_normal([6, 0], seed=[12345, 5], mean=[[], [], [], [], [], []], dtype=np.float32, alg=R.Algorithm.PHILOX))  # stateless_truncated_normal
    emit(R.stateless_parameterized_truncated_normal([5], seed=np.array([1, 2], np.int64), means=np.float32(-0.0), minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    fo0 = emit(R.experimental.stateless_fold_in([2**40, -2**31], 17))  # stateless_fold_in
    emit(R.categorical([[-3.0, 1.0, 0.5], [0.0, -1.0, 0.5], [2.0, 0.0, -3.0]], 8, seed=2**31 - 1))  # categorical
    emit(R.stateless_normal([2, 4], seed=(1, -2)))  # stateless_normal
    f0 = F(lambda: (R.normal([6, 1, 1], mean=0, stddev=np.float16(-0.0), dtype="float16", seed=2), R.stateless_normal([5, 6], seed=[7, 12345], stddev=3.0, dtype=np.float16, alg=R.Algorithm.AUTO_SELECT)))  # function
    g0 = emit(R.experimental.Generator.from_state([1, -1, 0], alg=1))  # Generator.from_state
    err(lambda: R.poisson([-1], lam=[0.0], dtype="int64", seed=0))  # poisson
    emit(R.uniform((6, 1, 4), minval=np.array([[10.0, 3, 1e3, 10.0]], np.float64), maxval=1e30, seed=0))  # uniform
    emit(R.poisson([2, 0], lam=5.0, dtype=np.int64, seed=5))  # poisson
    emit(R.stateless_poisson([5], seed=np.array([-2, 2**31 - 1], np.int64), lam=0.5))  # stateless_poisson
    emit(f0())  # function_call
    s0 = emit(R.experimental.stateless_split(np.array([5, -2**31], np.int64), num=2))  # stateless_split
    emit(g0.uniform_full_int([2], dtype="uint64"))  # Generator.uniform_full_int
    fo1 = emit(R.experimental.stateless_fold_in((12345, 2**31 - 1), np.int64(5)))  # stateless_fold_in
    emit(R.categorical([[-1.0, -np.inf, 1.0], [0.25, -1.0, 0.5], [0.25, 1.0, -3.0]], 1, seed=42))  # categorical
    emit(R.fixed_unigram_candidate_sampler([[0, 8, 2]], 3, 8, False, 12, unigrams=[4.0, 4.0, 1.0, 4.0, 1.0, 0.5, 3.0, 3.0, 2.0, 2.0, 3.0, 4.0], distortion=0.5, seed=-7))  # fixed_unigram_candidate_sampler
    err(lambda: R.categorical([[[0.5, -1.0, 0.5, 0.0, 2.0]]], 7, seed=87654321))  # categorical
    emit(f0())  # function_call
    emit(R.stateless_uniform(np.array([6], np.int64), seed=[2**31 - 1, 5], minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    emit(R.shuffle(np.arange(9, dtype=np.float64).reshape([3, 3]), seed=2**40 + 3))  # shuffle
""")

case("program_000245", """
    emit(R.set_seed(None))  # set_seed
    err(lambda: R.stateless_binomial([3, 2], seed=np.array([0, 5], np.uint64), counts=[1.0, 2.0, 3.0], probs=[0.5, 0.5]))  # stateless_binomial
    emit(R.shuffle(np.arange(45, dtype=np.float16).reshape([5, 3, 3]), seed=1))  # shuffle
    emit(R.stateless_uniform(np.array([2], np.int64), seed=np.array([-2, 2**31 - 1], np.int64), minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    emit(R.stateless_binomial((5,), seed=[3, 2], counts=-3.0, probs=0.5, output_dtype="int64"))  # stateless_binomial
    emit(R.categorical([[0.0, -np.inf], [2.0, 2.0], [-np.inf, 0.5]], 4, seed=3))  # categorical
    emit(R.stateless_uniform(np.array([6], np.int32), seed=[3, -2**31], minval=None, maxval=None, dtype=np.uint64, alg=R.Algorithm.AUTO_SELECT))  # stateless_uniform_int
    s0 = emit(R.split([2**40, 0], num=4))  # random.split
    g0 = emit(R.Generator.from_seed([1, 2]))  # Generator.from_seed
    err(lambda: R.fixed_unigram_candidate_sampler([[5]], 1, 1, True, 6, unigrams=[3.0, 1.0, 2.0, 4.0, 4.0, 4.0], distortion=0.0, num_reserved_ids=1, num_shards=2, shard=1, seed=2**40 + 3))  # fixed_unigram_candidate_sampler
    emit(R.stateless_uniform(np.array([2], np.int64), seed=[2**40, 3], minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    emit(R.stateless_uniform([4, 2], seed=np.array([2, 5], np.uint64), minval=None, maxval=None, dtype="uint64"))  # stateless_uniform_int
    g1 = emit(R.Generator.from_seed(42))  # Generator.from_seed
    err(lambda: R.experimental.stateless_split(5, num=2))  # stateless_split
    s1 = None
    emit(g1.uniform_full_int(np.array([4, 1, 4], np.int32)))  # Generator.uniform_full_int
    fo0 = emit(R.experimental.stateless_fold_in(s0[1], 2**31 - 1))  # stateless_fold_in
    err(lambda: R.uniform_candidate_sampler([[0], [1]], 1, 6, True, 4, seed=2**31 - 1))  # uniform_candidate_sampler
    m0 = emit(g1.make_seeds(2))  # Generator.make_seeds
    err(lambda: g0.uniform([5, 0], dtype="string"))  # Generator.uniform
    emit(R.uniform([4], minval=100.0, dtype="bfloat16", seed=87654321))  # uniform
    emit(g0.binomial(np.array([5, 1, 1], np.int32), counts=np.array([10.0], np.float64), probs=np.array([0.05], np.float64), dtype="float32"))  # Generator.binomial
    emit(R.stateless_binomial([3, 3], seed=np.array([2, 12345], np.int32), counts=[0.0, 0.5, 10.0], probs=[0.25, 0.0, 0.25]))  # stateless_binomial
""")

case("program_000246", """
    emit(R.fixed_unigram_candidate_sampler([[1, 2], [0, 3]], 2, 5, False, 8, unigrams=[10.0, 4.0, 3.0, 2.0, 10.0, 2.0, 10.0, 0.5], seed=7))  # fixed_unigram_candidate_sampler
    emit(R.experimental.create_rng_state(np.int64(77), 2))  # create_rng_state
    emit(R.stateless_binomial([6, 1], seed=np.array([2**40, 0], np.uint64), counts=np.array([100.0], np.float16), probs=np.float16(1.0), output_dtype="float64"))  # stateless_binomial
    g0 = emit(R.Generator.from_seed(42))  # Generator.from_seed
    g1 = emit(R.Generator.from_key_counter(np.int64(3), [2**40, -3], alg="philox"))  # Generator.from_key_counter
    emit(R.categorical([[1.0, 0.5, -1.0], [0.5, 0.0, 5.0], [-3.0, 5.0, 0.5]], 5, seed=2))  # categorical
    fo0 = emit(R.experimental.stateless_fold_in(np.array([-2**31, -2], np.int64), 2**31 - 1))  # stateless_fold_in
    emit(g0.reset([10, 20, 30]))  # Generator.reset
    emit(g1.uniform(np.array([1], np.int32), minval=-5, maxval=29, dtype="int32"))  # Generator.uniform_int
    emit(R.learned_unigram_candidate_sampler([[2], [1], [2]], 1, 8, False, 3, seed=-7))  # learned_unigram_candidate_sampler
    emit(R.fixed_unigram_candidate_sampler([[2, 5, 5], [7, 8, 0]], 3, 4, True, 9, unigrams=[2.0, 1.0, 4.0, 2.0, 10.0, 2.0, 4.0, 2.0, 3.0], seed=2**31 - 1))  # fixed_unigram_candidate_sampler
    emit(R.experimental.create_rng_state(np.array([1, 2, 3, 4], np.int64), "threefry"))  # create_rng_state
    emit(R.stateless_uniform(np.array([], np.int32), seed=fo0, minval=2**31, maxval=2**32, dtype=np.int64))  # stateless_uniform_int
    emit(g1.reset(np.array([10, 20, 30], np.int64)))  # Generator.reset
    emit(g0.reset_from_seed(2))  # Generator.reset_from_seed
    emit(R.stateless_uniform([6], seed=fo0))  # stateless_uniform
    err(lambda: R.uniform_candidate_sampler([[932], [872], [388]], 2, 8, True, 2**40, seed=7))  # uniform_candidate_sampler
    emit(R.poisson([], lam=np.array([1, 7], np.int32), dtype="float32", seed=np.int64(3)))  # poisson
    emit(g0.uniform_full_int([], dtype="uint32"))  # Generator.uniform_full_int
    emit(R.stateless_uniform([5, 1], seed=[1, -1], dtype=np.float16, alg="auto_select"))  # stateless_uniform
    m0 = emit(g0.make_seeds(1))  # Generator.make_seeds
    emit(g1.normal(np.array([0, 4], np.int32), stddev=2.0, dtype="float32"))  # Generator.normal
    emit(g0.state)  # Generator.state
    err(lambda: R.gamma([3], alpha=[1.0, 2.0], beta=[1.0, 2.0, 3.0], dtype=np.float64, seed=2))  # gamma
    err(lambda: R.uniform([3, 1], dtype="uint64", seed=1))  # uniform
    err(lambda: R.stateless_poisson((4, 2, 1), seed=5, lam=[100.0], dtype="int32"))  # stateless_poisson
    emit(g1.key)  # Generator.state
    emit(R.experimental.stateless_shuffle(np.zeros([0, 2], np.int32), seed=[3, 12345]))  # stateless_shuffle
    emit(R.truncated_normal([6], mean=[-3.5], stddev=[1e20, 1.0, 0.5, 0.5, 1.0, 1e-3], dtype="float32", seed=1234))  # truncated_normal
    s0 = emit(R.split((12345, 12345), num=1))  # random.split
    emit(R.learned_unigram_candidate_sampler([[4, 0, 3], [2, 3, 0], [4, 0, 4]], 3, 5, False, 5, seed=0))  # learned_unigram_candidate_sampler
    emit(R.categorical([[-np.inf], [0.5], [0.0]], 2, seed=1))  # categorical
    emit(g1.uniform_full_int([4], dtype="uint64"))  # Generator.uniform_full_int
    emit(R.uniform_candidate_sampler([[671, 91, 897], [132, 634, 823], [543, 645, 423]], 3, 3, True, 2**40, seed=-7))  # uniform_candidate_sampler
    emit(g1.skip(100))  # Generator.skip
    emit(R.stateless_normal([5], seed=[2**40, 7], mean=100.0, stddev=-1.0))  # stateless_normal
    emit(g1.normal([3, 3], stddev=1e20, dtype=np.float16))  # Generator.normal
    emit(R.gamma([2, 3], alpha=np.nan, beta=2.0, dtype=np.float64, seed=1234))  # gamma
    emit(g0.uniform(()))  # Generator.uniform
""")

case("program_000248", """
    emit(R.set_seed(5))  # set_seed
    emit(R.uniform([5, 0, 3], seed=2))  # uniform
    emit(R.categorical([[1.0], [5.0], [10.0]], 4, seed=3))  # categorical
    emit(R.experimental.stateless_shuffle(np.arange(5, dtype=np.int64).reshape([1, 5]), seed=[2**31 - 1, -2**31], alg="auto_select"))  # stateless_shuffle
    emit(R.stateless_truncated_normal([0, 2], seed=np.array([2**40, 2**63 + 5], np.uint64), dtype=np.float64, alg=3))  # stateless_truncated_normal
    emit(R.shuffle(np.arange(8, dtype=np.int64).reshape([4, 2]), seed=1234))  # shuffle
    emit(R.stateless_truncated_normal(np.array([6], np.int32), seed=[-2, 1], mean=[2.5], stddev=2.0))  # stateless_truncated_normal
    emit(R.stateless_categorical(np.array([[10.0, 1.0, 5.0], [10.0, -np.inf, 2.0], [0.25, 0.25, -1.0]], np.float64), 8, seed=np.array([0, 5], np.int32)))  # stateless_categorical
    emit(R.gamma([3, 5], alpha=[1e-3], beta=0.0))  # gamma
    emit(R.gamma([6], alpha=[0.5, 0.5, 1.0]))  # gamma
    emit(R.stateless_uniform([2], seed=np.array([0, 2**64 - 1], np.uint64), minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    err(lambda: R.stateless_normal(np.array([0, 6], np.int64), seed=[3, 0, 3], mean=-1e10, dtype="float32"))  # stateless_normal
    err(lambda: R.create_rng_state(np.int64(77), "bogus"))  # create_rng_state
    emit(R.uniform([], maxval=1.0, seed=2**40 + 3))  # uniform
    emit(R.gamma([], alpha=2.0, dtype=np.float64))  # gamma
    g0 = emit(R.Generator.from_seed(-2**40))  # Generator.from_seed
    gs0 = emit(g0.split(1))  # Generator.split
    emit(g0.binomial(np.array([], np.int32), counts=5.0, probs=0.25, dtype="float16"))  # Generator.binomial
    emit(gs0[0].state)  # Generator.state
    gs1 = emit(g0.split())  # Generator.split
    emit(gs1[0].truncated_normal([2, 2], mean=np.float32(2.5), stddev=0.1, dtype="float32"))  # Generator.truncated_normal
    fo0 = emit(R.experimental.stateless_fold_in([12345, -2], 0))  # stateless_fold_in
    emit(R.stateless_parameterized_truncated_normal(np.array([3], np.int64), seed=[2**40, 1], stddevs=0.5, minvals=3.0, maxvals=10.0))  # stateless_parameterized_truncated_normal
    emit(gs1[0].uniform(np.array([6], np.int32), minval=8, maxval=27, dtype="int32"))  # Generator.uniform_int
    g1 = emit(R.Generator.from_seed(7))  # Generator.from_seed
    emit(R.normal(np.array([0], np.int64), stddev=[], dtype="float16", seed=2))  # normal
""")

case("program_000250", """
    emit(R.set_seed(3))  # set_seed
    g0 = emit(R.Generator.from_key_counter(0, np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    emit(g0.uniform_full_int(np.array([6], np.int64)))  # Generator.uniform_full_int
    f0 = F(lambda: (R.truncated_normal([2, 6], stddev=1.0), R.poisson([4], lam=[0.5, 9.99, 15.0], dtype="float64", seed=2**31)))  # function u
    emit(R.stateless_uniform([5, 4], seed=np.array([0, 12345], np.uint32), minval=-2, alg=R.Algorithm.PHILOX))  # stateless_uniform
    emit(R.stateless_gamma(np.array([], np.int64), seed=np.array([2, 1], np.uint32), alpha=np.float64(np.inf), beta=1.0, dtype="float32"))  # stateless_gamma
    emit(f0())  # function_call
    gs0 = emit(g0.split(3))  # Generator.split
    err(lambda: R.log_uniform_candidate_sampler([[2, 2]], 2, 6, True, 4, seed=1))  # log_uniform_candidate_sampler
    emit(R.poisson((1, 5), lam=np.array([40], np.int64), seed=-1))  # poisson
    err(lambda: R.stateless_normal([1, 2], seed=[1, 2, 3], stddev=3.0, dtype="float32"))  # stateless_normal
    emit(gs0[2].normal([4], dtype="float64"))  # Generator.normal
    emit(R.gamma(np.array([4, 0], np.int32), alpha=2.0, dtype="float64", seed=2))  # gamma
    gs1 = emit(g0.split(3))  # Generator.split
    emit(R.set_seed(2**33 + 7))  # set_seed
    err(lambda: gs0[1].binomial([6], counts=np.float16(1.0), probs=np.float64(0.05), dtype="float64"))  # Generator.binomial
    emit(gs1[2].reset_from_seed(1))  # Generator.reset_from_seed
    emit(gs1[2].uniform([5, 6]))  # Generator.uniform
    emit(R.uniform([], minval=-100, maxval=-50, dtype="int64", seed=5))  # uniform_int
    emit(R.experimental.index_shuffle(np.arange(4, dtype=np.int64), seed=[2**31 - 1, 2**40], max_index=np.int64(1099511627776)))  # index_shuffle
""")

case("program_000253", """
    emit(R.set_seed(1))  # set_seed
    emit(R.uniform([], minval=1, maxval=24, dtype=np.int32, seed=2**40 + 3))  # uniform_int
    emit(R.set_seed(5))  # set_seed
    err(lambda: R.fixed_unigram_candidate_sampler([[0, 0]], 2, 5, False, 4, unigrams=[1.0, 1.0, 3.0, 2.0], num_reserved_ids=1, seed=-1))  # fixed_unigram_candidate_sampler
    emit(R.stateless_uniform([2, 2], seed=[7, -2**31], minval=-4, maxval=40, dtype=np.int64))  # stateless_uniform_int
    emit(R.set_seed(-5))  # set_seed
    emit(R.poisson([6, 1], lam=15.0))  # poisson
    emit(R.stateless_normal([2, 6, 4], seed=[1, 1], mean=-1.0, dtype=np.float32, alg="philox"))  # stateless_normal
    emit(R.uniform([2, 2], minval=-1, maxval=30, dtype=np.int32, seed=2))  # uniform_int
    emit(R.set_seed(0))  # set_seed
    emit(R.experimental.index_shuffle(np.int32(3), seed=np.array([1, 2], np.int32), max_index=np.int32(5)))  # index_shuffle
    emit(R.stateless_uniform([5], seed=[5, 12345], dtype="float64"))  # stateless_uniform
    err(lambda: R.categorical([-np.inf, 0.0, -3.0], 8, dtype="int64", seed=2**31))  # categorical
    emit(R.stateless_truncated_normal([2], seed=(7, 3), stddev=np.array([-0.0]), dtype=np.float16, alg=3))  # stateless_truncated_normal
""")

case("program_000258", """
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.stateless_binomial([2, 2], seed=[3, 2**40], counts=[[0.5, 1.0], [1e4, 1e4]], probs=0.25))  # stateless_binomial
    emit(R.uniform((), minval=-100, maxval=-50, dtype="int64", seed=0))  # uniform_int
    emit(R.fixed_unigram_candidate_sampler([[4, 4, 4], [3, 3, 0], [3, 2, 0]], 3, 2, True, 5, unigrams=[4.0, 10.0, 0.5, 10.0, 4.0]))  # fixed_unigram_candidate_sampler
    g0 = emit(R.Generator.from_seed(42))  # Generator.from_seed
    emit(g0.uniform((1, 1), maxval=np.array(-0.0), dtype=np.float64))  # Generator.uniform
    emit(g0.uniform([3, 0]))  # Generator.uniform
    emit(R.stateless_truncated_normal([1], seed=np.array([12345, 7], np.int32), dtype=np.float64, alg="auto_select"))  # stateless_truncated_normal
    emit(R.experimental.stateless_shuffle([27, -31, 13, 29], seed=np.array([5, 2], np.int32), alg="philox"))  # stateless_shuffle
    emit(R.truncated_normal([1, 1], mean=1e30, stddev=[[1.0]], dtype=np.float64))  # truncated_normal
    emit(R.truncated_normal([6, 3]))  # truncated_normal
    emit(R.stateless_categorical([[2.0, 10.0, 10.0, -3.0, 0.25], [0.0, 0.5, 0.0, 0.25, -3.0]], 3, seed=[2**31 - 1, -2]))  # stateless_categorical
    emit(R.shuffle(np.int32(5), seed=1))  # shuffle
    s0 = emit(R.experimental.stateless_split(np.array([2, 2**63 + 5], np.uint64), num=4, alg=1))  # stateless_split
    emit(R.normal(np.array([3], np.int64), mean=2.5, stddev=10, seed=42))  # normal
    emit(R.uniform([3], dtype="bfloat16", seed=2))  # uniform
    emit(R.poisson([3, 2], lam=33.3, dtype="float16", seed=87654321))  # poisson
    emit(g0.skip(np.int64(7)))  # Generator.skip
    s1 = emit(R.split([2, 1], num=3))  # random.split
    s2 = emit(R.split((2**40, 12345), num=2, alg="PHILOX"))  # random.split
    emit(R.stateless_binomial([5, 1, 2, 3], seed=s2[0], counts=[[-3.0, 0.0, 0.0], [0.5, 1e4, -3.0]], probs=[[1.0], [0.3]], output_dtype="float64"))  # stateless_binomial
    emit(R.experimental.stateless_shuffle(np.arange(12, dtype=np.int32).reshape([4, 3]), seed=[-1, -2]))  # stateless_shuffle
    emit(R.set_seed(2))  # set_seed
    emit(R.shuffle(np.arange(10, dtype=np.float64).reshape([2, 5])))  # shuffle
    fo0 = emit(R.experimental.stateless_fold_in([7, 2**31 - 1], 2**40))  # stateless_fold_in
    s3 = emit(R.split(s2[1], num=1, alg=R.Algorithm.AUTO_SELECT))  # random.split
    emit(g0.uniform([4, 6], minval=-8, maxval=-4, dtype="int64"))  # Generator.uniform_int
    emit(R.uniform([6], minval=0, maxval=1e30))  # uniform
    emit(R.uniform([3, 5], dtype=np.float32))  # uniform
    emit(R.stateless_uniform(np.array([], np.int64), seed=np.array([7, -2**31], np.int32), minval=0, dtype=np.float64))  # stateless_uniform
    emit(R.normal((3, 3), stddev=np.array(-0.0), seed=0))  # normal
    emit(R.stateless_gamma([5, 4, 2], seed=np.array([2**64 - 1, 2], np.uint64), alpha=[10.0, 0.1], beta=2.0))  # stateless_gamma
    emit(R.fixed_unigram_candidate_sampler([[1], [0]], 1, 2, True, 3, unigrams=[2.0, 4.0, 10.0], seed=2))  # fixed_unigram_candidate_sampler
    g1 = emit(R.Generator.from_seed(42))  # Generator.from_seed
""")

case("program_000259", """
    emit(R.set_seed(2))  # set_seed
    err(lambda: R.stateless_categorical([[0.25, 1.0, -np.inf], [2.0, -np.inf, -np.inf]], 8, seed=np.array([1, 2, 3], np.int64), dtype="float32"))  # stateless_categorical
    emit(R.shuffle(5, seed=7))  # shuffle
    g0 = emit(R.Generator.from_seed(0, alg="auto_select"))  # Generator.from_seed
    emit(R.categorical([[5.0, 0.25, 0.5]], 6))  # categorical
    err(lambda: R.fixed_unigram_candidate_sampler([[0, 2], [2, 3], [1, 7]], 2, 8, False, 11, unigrams=[2.0, 3.0, 3.0, 4.0, 3.0, 2.0, 4.0, 10.0, 2.0, 0.5, 4.0], num_shards=2, shard=1))  # fixed_unigram_candidate_sampler
    emit(R.uniform([0, 5], maxval=10.0))  # uniform
    emit(g0.uniform(np.array([3, 3, 5], np.int32), minval=-4, maxval=14, dtype="int64"))  # Generator.uniform_int
    s0 = emit(R.experimental.stateless_split([-2**31, 3], num=3, alg=1))  # stateless_split
    err(lambda: g0.normal([-4], dtype="bfloat16"))  # Generator.normal
    err(lambda: R.experimental.index_shuffle(np.arange(8, dtype=np.uint32), seed=np.array([3, 4, 5], np.uint32), max_index=np.array([7, 7, 7, 7, 7, 7, 7, 7, 7], np.uint32)))  # index_shuffle
    g1 = emit(R.Generator.from_key_counter(2**40, [6, 7], alg="philox"))  # Generator.from_key_counter
    gs0 = emit(g0.split(0))  # Generator.split
    emit(R.stateless_categorical([[5.0, -3.0, -3.0, 0.5], [0.25, -1.0, 0.0, 0.5]], 5, seed=s0[0]))  # stateless_categorical
    emit(g1.reset_from_seed(0))  # Generator.reset_from_seed
    emit(R.uniform_candidate_sampler([[8, 3], [8, 4]], 2, 7, False, 10, seed=-7))  # uniform_candidate_sampler
    emit(g0.algorithm)  # Generator.state
    emit(R.stateless_gamma([1], seed=[-2**31, -2], alpha=[np.inf], dtype="float32"))  # stateless_gamma
    emit(R.uniform([5], maxval=-2, dtype="bfloat16"))  # uniform
    emit(g0.uniform([3, 5], minval=-7, maxval=33, dtype="int64"))  # Generator.uniform_int
    emit(R.stateless_gamma([3, 5], seed=np.array([5, 1], np.int64), alpha=1e-3, dtype=np.float64))  # stateless_gamma
    err(lambda: R.categorical([10.0], 8, dtype="int32", seed=3))  # categorical
    emit(g1.reset_from_seed(0))  # Generator.reset_from_seed
    err(lambda: R.normal([0], mean=[0.5, 10.0, 100.0], stddev=0.0))  # normal
    emit(g0.reset_from_seed(2**63))  # Generator.reset_from_seed
    emit(R.stateless_categorical([[5.0, 2.0, 2.0, 2.0, -3.0], [0.25, -3.0, -np.inf, 2.0, 2.0], [-np.inf, 2.0, -np.inf, 2.0, -np.inf]], 7, seed=np.array([12345, 2], np.uint32)))  # stateless_categorical
    emit(R.set_global_generator(g1))  # set_global_generator
    emit(g1.key)  # Generator.state
    emit(R.fixed_unigram_candidate_sampler([[2]], 1, 7, False, 11, unigrams=[3.0, 3.0, 1.0, 0.5, 3.0, 3.0, 0.5, 4.0, 0.5, 4.0, 3.0], seed=np.int64(87654321)))  # fixed_unigram_candidate_sampler
    err(lambda: R.fixed_unigram_candidate_sampler([[12, 0, 2]], 3, 6, False, 8, unigrams=[4.0, 10.0, 10.0, 3.0, 0.5, 4.0, 4.0, 10.0], distortion=0.75, num_shards=2, shard=1, seed=2))  # fixed_unigram_candidate_sampler
    emit(R.stateless_truncated_normal([5], seed=[3, 2]))  # stateless_truncated_normal
    emit(R.experimental.stateless_shuffle(np.arange(36, dtype=np.int32).reshape([3, 6, 2]), seed=[3, -2]))  # stateless_shuffle
    emit(R.stateless_binomial([6], seed=np.array([5, 0], np.uint64), counts=3, probs=0.999, output_dtype="float64"))  # stateless_binomial
    gs1 = emit(g0.split(2))  # Generator.split
    f0 = F(lambda: R.stateless_normal(np.array([], np.int32), seed=(3, 7), mean=2.5, dtype="float16"))  # function
    emit(R.stateless_parameterized_truncated_normal([5, 1, 3], seed=np.array([0, -1], np.int64), means=np.float64(0.0), stddevs=np.float64(1.0), minvals=np.float64(-1.0), maxvals=np.float64(1.0)))  # stateless_parameterized_truncated_normal
    fo0 = emit(R.fold_in(np.array([12345, 7], np.uint32), 0, alg="PHILOX"))  # random.fold_in
""")

case("program_000260", """
    emit(R.set_seed(2**33 + 7))  # set_seed
    err(lambda: R.uniform_candidate_sampler([[14], [9]], 2, 2, False, 50, seed=42))  # uniform_candidate_sampler
    emit(R.set_seed(87654321))  # set_seed
    fo0 = emit(R.fold_in([1, -1], 5))  # random.fold_in
    emit(R.stateless_truncated_normal([6, 3], seed=np.array([12345, 2**32 - 1], np.uint32), stddev=-1.0, dtype=np.float64))  # stateless_truncated_normal
    g0 = emit(R.Generator.from_state([9, 0, 2], alg=1))  # Generator.from_state
    s0 = emit(R.experimental.stateless_split(fo0, num=2, alg="auto_select"))  # stateless_split
    emit(R.uniform_candidate_sampler([[8, 2, 2], [4, 3, 5]], 3, 6, True, 10, seed=1234))  # uniform_candidate_sampler
    err(lambda: R.log_uniform_candidate_sampler([[14, 3]], 2, 3, True, 10, seed=2**31 - 1))  # log_uniform_candidate_sampler
    emit(R.set_seed(2**31 - 1))  # set_seed
    emit(R.stateless_gamma([1, 5, 2], seed=s0[1], alpha=[np.inf, 0.1], dtype=np.float64))  # stateless_gamma
    emit(g0.normal([1], dtype="float64"))  # Generator.normal
    emit(g0.normal([4, 6], stddev=np.float32(-0.0), dtype="float64"))  # Generator.normal
    emit(R.truncated_normal((5,), mean=123.456, seed=2**31 - 1))  # truncated_normal
    g1 = emit(R.Generator.from_seed(2**32, alg="philox"))  # Generator.from_seed
    emit(R.set_seed(87654321))  # set_seed
    emit(g0.uniform(np.array([2, 5, 5], np.int32), dtype=np.float32))  # Generator.uniform
    emit(R.stateless_truncated_normal([2, 4], seed=np.array([7, -2**31], np.int32), mean=-3.5, stddev=np.array([[-0.0, 2.0, 1e-3, -1.0]]), dtype=np.float16))  # stateless_truncated_normal
    emit(g0.skip(0))  # Generator.skip
    emit(R.stateless_normal(np.array([5], np.int32), seed=(-2**31, -1), mean=[1e3], stddev=10, dtype="bfloat16"))  # stateless_normal
    emit(R.learned_unigram_candidate_sampler([[6]], 1, 7, False, 8))  # learned_unigram_candidate_sampler
    emit(R.normal(np.array([3], np.int32), mean=-1e10, seed=87654321))  # normal
    emit(R.poisson((3,), lam=[15.0], dtype="float16", seed=-7))  # poisson
    emit(R.fixed_unigram_candidate_sampler([[0, 1], [1, 2]], 2, 2, True, 3, unigrams=[1.0, 1.0, 4.0], seed=5))  # fixed_unigram_candidate_sampler
    emit(g1.uniform([2, 1], maxval=0.0))  # Generator.uniform
    err(lambda: R.normal([3], mean=np.array([10.0, -0.0, -1e10], np.float64), dtype="string"))  # normal
    err(lambda: R.split([2, 0], num=-1))  # random.split
    s1 = None
    err(lambda: R.experimental.index_shuffle(np.arange(2, dtype=np.int64), seed=[1], max_index=1099511627776))  # index_shuffle
    emit(R.stateless_categorical([[1.0, 1.0, -3.0, -1.0, 1.0], [10.0, 2.0, 5.0, 5.0, 5.0]], 3, seed=[7, 5], dtype="int32"))  # stateless_categorical
""")

case("program_000262", """
    emit(R.shuffle([[3.25, 0.0, 2.5]], seed=-1))  # shuffle
    g0 = emit(R.Generator.from_seed(2**63))  # Generator.from_seed
    emit(g0.state)  # Generator.state
    fo0 = emit(R.experimental.stateless_fold_in([5, 2**40], 1))  # stateless_fold_in
    emit(g0.key)  # Generator.state
    emit(R.stateless_uniform(np.array([1], np.int32), seed=[5, -1], minval=1e30))  # stateless_uniform
    emit(R.uniform([], minval=-10, maxval=40, dtype="int64", seed=-1))  # uniform_int
    emit(R.uniform(np.array([4], np.int32), maxval=1, dtype=np.int64, seed=2**31 - 1))  # uniform_int
    emit(R.experimental.create_rng_state(2**63, "auto_select"))  # create_rng_state
    g1 = emit(R.Generator.from_state([-2, 2**40, 0], alg=R.Algorithm.PHILOX))  # Generator.from_state
    emit(R.truncated_normal(np.array([1], np.int64), stddev=np.float32(-0.0), dtype=np.float64, seed=42))  # truncated_normal
    emit(R.truncated_normal([1], mean=[10.0], seed=2))  # truncated_normal
    emit(R.set_global_generator(g1))  # set_global_generator
    emit(R.uniform(np.array([5, 4, 2], np.int32), minval=0, maxval=10, dtype=np.int32, seed=7))  # uniform_int
    emit(R.uniform_candidate_sampler([[2, 2, 3]], 3, 5, False, 5, seed=2))  # uniform_candidate_sampler
    emit(g1.uniform_full_int([], dtype="uint64"))  # Generator.uniform_full_int
    emit(R.stateless_truncated_normal(np.array([3], np.int64), seed=[2**40, 2], stddev=0.5))  # stateless_truncated_normal
    emit(R.stateless_truncated_normal(np.array([1, 2], np.int32), seed=[3, 1], dtype="float64", alg="PHILOX"))  # stateless_truncated_normal
""")

case("program_000265", """
    emit(R.set_seed(1))  # set_seed
    emit(R.truncated_normal(np.array([4], np.int64), mean=0, dtype="bfloat16"))  # truncated_normal
    emit(R.all_candidate_sampler([[1, 0], [2, 2], [2, 0]], 2, 4, True, seed=42))  # all_candidate_sampler
    g0 = emit(R.Generator.from_seed(2**63))  # Generator.from_seed
    emit(R.stateless_uniform([5], seed=[1, 12345], minval=0.5, maxval=100.0, dtype=np.float32))  # stateless_uniform
    err(lambda: R.uniform([], minval=-1.0, dtype=np.uint8))  # uniform
    emit(R.stateless_truncated_normal([5], seed=np.array([0, 0], np.uint32), stddev=1e20, dtype="bfloat16"))  # stateless_truncated_normal
    emit(R.truncated_normal(np.array([6, 6], np.int64), dtype="bfloat16", seed=3))  # truncated_normal
    emit(g0.skip(1))  # Generator.skip
    emit(R.all_candidate_sampler([[3, 2]], 2, 4, False, seed=5))  # all_candidate_sampler
    emit(R.stateless_parameterized_truncated_normal([5, 2], seed=np.array([12345, 12345], np.uint32), stddevs=0.1, minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(g0.truncated_normal(np.array([5, 1, 2], np.int32), mean=0.5))  # Generator.truncated_normal
    err(lambda: R.experimental.index_shuffle(np.arange(6, dtype=np.int32), seed=[[1, 2], [3, 4], [5, 6]], max_index=np.int32(5)))  # index_shuffle
    emit(g0.uniform([5], maxval=0.0, dtype="float16"))  # Generator.uniform
    emit(g0.binomial([5], counts=np.float32(0.5), probs=np.float32(0.3), dtype="float16"))  # Generator.binomial
    emit(R.poisson(np.array([5], np.int32), lam=[-1.0, 0.0, 1.0], dtype="float64", seed=2))  # poisson
    emit(R.normal([], mean=[[-3.5, 3, 123.456], [2.5, 3, 100.0]], stddev=0.1))  # normal
    emit(R.create_rng_state(2**70 + 5, "auto_select"))  # create_rng_state
    emit(g0.truncated_normal([6, 6], stddev=10))  # Generator.truncated_normal
    err(lambda: R.experimental.stateless_shuffle([[0.0], [2.5]], seed=[5, 0], alg="threefry"))  # stateless_shuffle
    err(lambda: R.uniform([3, 1], minval=0, maxval=0, dtype="int64"))  # uniform_int
    emit(g0.normal([3], mean=np.float16(-0.0), stddev=3.0))  # Generator.normal
    err(lambda: R.Generator.from_state([1, 2], alg=R.Algorithm.PHILOX))  # Generator.from_state
    g1 = None
    emit(R.uniform([1], minval=123.456, maxval=np.array([[-0.0, 0.5, -1.0], [1.0, 0.0, -0.0]])))  # uniform
    err(lambda: g0.uniform([-1], dtype="float64"))  # Generator.uniform
    emit(R.stateless_categorical(np.log(np.array([[0.1]])), 8, seed=[3, 2**40]))  # stateless_categorical
    emit(g0.uniform([2], maxval=0.5))  # Generator.uniform
    emit(R.fixed_unigram_candidate_sampler([[2]], 1, 2, False, 4, unigrams=[1.0, 0.5, 1.0, 2.0]))  # fixed_unigram_candidate_sampler
    emit(R.uniform(np.array([2, 6], np.int32), maxval=-1.0))  # uniform
""")

case("program_000266", """
    emit(R.stateless_uniform([], seed=np.array([-2, 12345], np.int32)))  # stateless_uniform
    emit(R.shuffle(np.arange(12, dtype=np.float32).reshape([3, 4]), seed=2**31))  # shuffle
    emit(R.experimental.stateless_shuffle(np.arange(12, dtype=np.float32).reshape([6, 2]), seed=np.array([7, 1], np.uint32), alg="philox"))  # stateless_shuffle
    err(lambda: R.gamma([6], alpha=[1.0, 2.0], beta=[1.0, 2.0, 3.0], dtype="float16", seed=5))  # gamma
    emit(R.stateless_parameterized_truncated_normal(np.array([4, 3, 5], np.int32), seed=[3, -2**31], means=-2.0, stddevs=0.1, minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(R.shuffle(np.arange(4, dtype=np.int32).reshape([4, 1]), seed=87654321))  # shuffle
    emit(R.set_seed(1234))  # set_seed
    emit(R.stateless_binomial(np.array([3, 4, 4], np.int64), seed=np.array([12345, 5], np.int64), counts=[10.0, 20.0, 100.0, -3.0], probs=0.3))  # stateless_binomial
    fo0 = emit(R.experimental.stateless_fold_in([12345, 1], 1))  # stateless_fold_in
    emit(R.stateless_uniform([5], seed=np.array([1, 0], np.uint64), minval=100.0, dtype=np.float32, alg="philox"))  # stateless_uniform
    emit(R.uniform([5, 3, 3], minval=0.0, maxval=10.0, seed=2))  # uniform
    emit(R.shuffle(np.arange(1, dtype=np.int64).reshape([1]), seed=5))  # shuffle
    err(lambda: R.truncated_normal((2,), mean=[100.0, 123.456, 1e3], stddev=np.float32(-0.0), dtype=np.float64))  # truncated_normal
    g0 = emit(R.Generator.from_key_counter(-1, np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    emit(R.stateless_normal((5, 6, 1), seed=[1, -2**31], stddev=1e-3, dtype="float32"))  # stateless_normal
    emit(R.poisson([2], lam=np.array([0.5, 5.0, 9.99], np.float32), seed=87654321))  # poisson
""")

case("program_000267", """
    emit(R.set_seed(2))  # set_seed
    emit(R.stateless_uniform(np.array([1, 3, 5], np.int32), seed=[2**31 - 1, 5], maxval=1, dtype="int32"))  # stateless_uniform_int
    emit(R.experimental.stateless_shuffle(np.arange(5, dtype=np.int32).reshape([5]), seed=np.array([2**64 - 1, 2], np.uint64)))  # stateless_shuffle
    err(lambda: R.stateless_uniform([4, 2], seed=np.array([-1, 2**40], np.int64), minval=None, maxval=None, dtype=np.uint64, alg=2))  # stateless_uniform_int
    err(lambda: R.Generator.from_key_counter(np.int64(3), [1, 2, 3], alg="philox"))  # Generator.from_key_counter
    g0 = None
    fo0 = emit(R.experimental.stateless_fold_in(np.array([-1, 5], np.int32), 2**40, alg=R.Algorithm.AUTO_SELECT))  # stateless_fold_in
    f0 = F(lambda: (R.normal(np.array([1], np.int32), mean=1e3, stddev=10, dtype="float32", seed=2**40 + 3), R.truncated_normal(np.array([6, 2, 3], np.int64), dtype="uint8")))  # function ! u
    emit(R.stateless_parameterized_truncated_normal([5, 4], seed=fo0, means=0.5, stddevs=0.5, minvals=1.0, maxvals=np.inf))  # stateless_parameterized_truncated_normal
    emit(R.stateless_uniform([5], seed=np.array([-2, 3], np.int32), minval=[123.456, -1.0, 1.0, -3.5, -1e10], maxval=0.5))  # stateless_uniform
    emit(R.all_candidate_sampler([[0, 0], [0, 1]], 2, 4, True, seed=-1))  # all_candidate_sampler
    emit(R.normal(np.array([4], np.int64), stddev=0.1, seed=7))  # normal
    emit(R.stateless_uniform([6, 1], seed=fo0, minval=None, maxval=None, dtype="uint32", alg="philox"))  # stateless_uniform_int
    err(lambda: R.stateless_gamma([2], seed=np.array([2**40, 1], np.uint64), alpha=[1.0, 2.0, 3.0], dtype="float32"))  # stateless_gamma
    err(lambda: R.stateless_parameterized_truncated_normal([4], seed=np.array([1, 0], np.uint64), means=np.float64(1.0), stddevs=np.array([1.0], np.float64), minvals=np.float64(-2.0), maxvals=np.float64(2.0)))  # stateless_parameterized_truncated_normal
    emit(R.stateless_normal([3, 6], seed=[2**40, -2], mean=100.0, stddev=1.0, dtype=np.float16))  # stateless_normal
    emit(R.truncated_normal([3, 6], stddev=1.0, dtype="float32", seed=2))  # truncated_normal
    emit(R.truncated_normal([4], mean=3, dtype="bfloat16", seed=2**31 - 1))  # truncated_normal
""")

case("program_000269", """
    emit(R.gamma((1, 2), alpha=0.25, beta=-1.0, dtype="float64", seed=2**31 - 1))  # gamma
    emit(R.truncated_normal((5, 2), mean=-1e10, dtype="float16", seed=5))  # truncated_normal
    emit(R.truncated_normal((1,), mean=1.0, dtype=np.float32, seed=-1))  # truncated_normal
    fo0 = emit(R.experimental.stateless_fold_in(np.array([12345, 7], np.int64), 2**40, alg="auto_select"))  # stateless_fold_in
    emit(R.uniform_candidate_sampler([[260, 867, 629]], 3, 7, False, 2**40, seed=42))  # uniform_candidate_sampler
    err(lambda: R.normal([3, -1, 2], stddev=[1e20, 1e-3, 1e20, 0.1], seed=2**31))  # normal
    emit(R.set_seed(2))  # set_seed
    emit(R.truncated_normal([0], mean=1e30, dtype="bfloat16"))  # truncated_normal
    emit(R.all_candidate_sampler([[0, 0], [0, 0], [0, 0]], 2, 1, True, seed=-1))  # all_candidate_sampler
    emit(R.log_uniform_candidate_sampler([[2, 1], [4, 4], [4, 2]], 2, 6, False, 5))  # log_uniform_candidate_sampler
    emit(R.stateless_parameterized_truncated_normal([1, 5], seed=[2**40, 7], means=np.float16(0.0), stddevs=np.float16(1.0), minvals=np.float16(-2.0), maxvals=np.float16(2.0)))  # stateless_parameterized_truncated_normal
    emit(R.set_seed(None))  # set_seed
    g0 = emit(R.experimental.Generator.from_seed(1, alg="auto_select"))  # Generator.from_seed
    emit(R.uniform(np.array([3, 2], np.int32), minval=-10, maxval=-2, dtype="int32", seed=2))  # uniform_int
    err(lambda: R.stateless_uniform([3, -1, 2], seed=np.array([0, 2**63 + 5], np.uint64), minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    emit(R.stateless_poisson([2, 0], seed=np.array([-1, -2**31], np.int64), lam=0.5, dtype="float16"))  # stateless_poisson
    emit(g0.normal([1, 3], stddev=2.0))  # Generator.normal
    g1 = emit(R.Generator.from_key_counter(5, np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    err(lambda: R.gamma([2, 1], alpha=[1.0, 2.0], beta=[1.0, 2.0, 3.0], dtype=np.float64, seed=2**31))  # gamma
    emit(R.stateless_categorical([[1.0, 0.5], [5.0, 0.25], [1.0, 2.0]], 5, seed=fo0))  # stateless_categorical
    emit(R.stateless_poisson([4, 3], seed=[-2**31, 2**31 - 1], lam=np.float64(0.5)))  # stateless_poisson
    emit(R.set_seed(5))  # set_seed
    err(lambda: R.experimental.index_shuffle(np.arange(6, dtype=np.int64), seed=np.array([3, 4, 5], np.int64), max_index=np.int64(11)))  # index_shuffle
    err(lambda: R.categorical(np.log(np.array([[0.2, 0.1, 0.7, 0.1]])), -1, dtype=np.int32))  # categorical
    err(lambda: R.log_uniform_candidate_sampler([[1], [4]], 2, 6, False, 10, seed=87654321))  # log_uniform_candidate_sampler
    g2 = emit(R.Generator.from_seed(42, alg="auto_select"))  # Generator.from_seed
    emit(R.stateless_categorical([[-np.inf, -3.0, 2.0, 2.0, 0.25], [0.25, 10.0, 10.0, -3.0, -np.inf], [2.0, -1.0, -1.0, 1.0, 10.0]], 3, seed=np.array([-2, -2**31], np.int32), dtype=np.int32))  # stateless_categorical
    m0 = emit(g2.make_seeds(2))  # Generator.make_seeds
    emit(R.log_uniform_candidate_sampler([[1, 0], [0, 8], [5, 2]], 2, 2, False, 10))  # log_uniform_candidate_sampler
    emit(R.experimental.create_rng_state(2**70 + 5, "philox"))  # create_rng_state
    emit(R.stateless_normal([4], seed=[2**31 - 1, -1], mean=0.5, dtype=np.float32, alg="auto_select"))  # stateless_normal
""")

case("program_000272", """
    emit(R.set_seed(2**31 - 1))  # set_seed
    s0 = emit(R.experimental.stateless_split(np.array([5, 2**31 - 1], np.int32), num=3, alg="PHILOX"))  # stateless_split
    emit(R.uniform([5, 0], minval=-1, maxval=13, dtype=np.int32, seed=2**31))  # uniform_int
    emit(R.stateless_categorical(np.log(np.array([[0.2, 0.5, 0.1]])), 4, seed=np.array([0, 2**31], np.uint32)))  # stateless_categorical
    g0 = emit(R.Generator.from_seed(0))  # Generator.from_seed
    emit(g0.uniform(np.array([], np.int32), minval=None, maxval=None, dtype=np.int64))  # Generator.uniform_int
    err(lambda: R.stateless_normal(np.array([4, 2, 6], np.int32), seed=s0[1], mean=np.array([[[0, 100.0, -1.0, 0.0, 1e30, 123.456], [1.0, -1.0, 100.0, 1.0, 3, -0.0]]], np.float32), dtype="bfloat16", alg=2))  # stateless_normal
    emit(R.gamma([1], alpha=123.0, seed=1))  # gamma
    s1 = emit(R.split([-2, 0], num=4))  # random.split
    emit(g0.truncated_normal([3, 6, 2], mean=0.0, stddev=2.0, dtype=np.float64))  # Generator.truncated_normal
    emit(R.stateless_categorical([[-3.0, 0.0, -3.0, 10.0, -3.0], [0.25, 0.0, 5.0, -1.0, 5.0]], 8, seed=[2**31 - 1, 2], dtype="int64"))  # stateless_categorical
    err(lambda: g0.uniform([], minval=None, maxval=5, dtype="int32"))  # Generator.uniform_int
    emit(R.stateless_uniform([5], seed=[3, -1], minval=-2**62, maxval=2**62, dtype=np.int64))  # stateless_uniform_int
    fo0 = emit(R.experimental.stateless_fold_in([-1, 7], 17))  # stateless_fold_in
    emit(R.stateless_categorical([[0.5, 10.0]], 3, seed=[1, 7]))  # stateless_categorical
    emit(R.poisson([2], lam=np.inf, dtype="int32", seed=87654321))  # poisson
    emit(R.shuffle(np.int32(5)))  # shuffle
    emit(R.stateless_normal([4], seed=[-2**31, -1], mean=-1e10))  # stateless_normal
    emit(g0.uniform([2, 3], maxval=100.0, dtype="float64"))  # Generator.uniform
    emit(g0.uniform([1], dtype=np.float32))  # Generator.uniform
    emit(R.stateless_categorical(np.log(np.array([[0.5, 0.5, 0.25, 1.0], [0.7, 0.25, 0.7, 0.5], [0.25, 1.0, 0.5, 1.0]])), 1, seed=[2, 5]))  # stateless_categorical
    emit(R.stateless_truncated_normal([], seed=np.array([7, 7], np.uint32), stddev=2.0))  # stateless_truncated_normal
    emit(g0.normal([5, 3, 3], stddev=0.0))  # Generator.normal
    emit(R.categorical(np.array([[10.0, -np.inf, -1.0, -3.0, 1.0], [1.0, 2.0, 5.0, 0.5, 0.25], [2.0, 10.0, -np.inf, 10.0, 2.0]], np.float16), 6, dtype="int64"))  # categorical
    m0 = emit(g0.make_seeds(1))  # Generator.make_seeds
    gs0 = emit(g0.split(3))  # Generator.split
    emit(R.learned_unigram_candidate_sampler([[2], [4]], 1, 2, False, 5, seed=0))  # learned_unigram_candidate_sampler
    s2 = emit(R.split(np.array([0, -1], np.int32), num=4))  # random.split
    emit(R.log_uniform_candidate_sampler([[9, 1, 0], [0, 0, 8], [6, 4, 4]], 3, 8, True, 10))  # log_uniform_candidate_sampler
    gs1 = emit(gs0[1].split(1))  # Generator.split
    emit(R.learned_unigram_candidate_sampler([[0, 0, 1]], 3, 5, True, 5))  # learned_unigram_candidate_sampler
    emit(R.fixed_unigram_candidate_sampler([[0], [1], [1]], 1, 1, True, 2, unigrams=[10.0, 4.0], seed=0))  # fixed_unigram_candidate_sampler
    err(lambda: R.stateless_uniform((5,), seed=s1[0], maxval=[2.5, 10.0, -3.5, 0.5, 1.0, 1e30], alg=1))  # stateless_uniform
    fo1 = emit(R.fold_in((2**31 - 1, 2**31 - 1), 1))  # random.fold_in
""")

case("program_000273", """
    g0 = emit(R.experimental.Generator.from_seed([1, 2], alg="auto_select"))  # Generator.from_seed
    emit(R.shuffle(np.zeros([0], np.float32), seed=2**40 + 3))  # shuffle
    emit(g0.truncated_normal(np.array([2, 1, 2], np.int64), mean=3, stddev=1.0))  # Generator.truncated_normal
    emit(R.uniform(np.array([5], np.int64), minval=2, maxval=27, dtype=np.int64, seed=-7))  # uniform_int
    emit(R.set_seed(42))  # set_seed
    emit(R.uniform([5], minval=0, maxval=1, dtype=np.int64, seed=3))  # uniform_int
    emit(R.set_seed(0))  # set_seed
    emit(R.stateless_normal((1, 1), seed=np.array([2**31 - 1, 5], np.int32), stddev=3.0, dtype=np.float64, alg="philox"))  # stateless_normal
    emit(g0.uniform(np.array([4], np.int64)))  # Generator.uniform
    g1 = emit(R.Generator.from_seed(1))  # Generator.from_seed
    err(lambda: R.fixed_unigram_candidate_sampler([[13], [2], [3]], 1, 8, True, 10, unigrams=[10.0, 2.0, 2.0, 1.0, 1.0, 10.0, 10.0, 3.0, 10.0, 1.0], seed=2**31))  # fixed_unigram_candidate_sampler
    emit(R.stateless_uniform([1], seed=[12345, 7], minval=np.array([-1e10], np.float32), maxval=123.456))  # stateless_uniform
    emit(g1.normal([2, 2], mean=-2, dtype="float32"))  # Generator.normal
    emit(R.gamma([4], alpha=[0.5, 123.0, np.nan], dtype="float16", seed=2))  # gamma
""")

case("program_000276", """
    emit(R.stateless_normal([5], seed=np.array([-2, 2**31 - 1], np.int64), stddev=0.1))  # stateless_normal
    emit(R.set_seed(42))  # set_seed
    emit(R.all_candidate_sampler([[0, 1], [1, 1], [0, 1]], 2, 2, True, seed=2**40 + 3))  # all_candidate_sampler
    emit(R.poisson(np.array([6], np.int32), lam=[[-1.0, 33.3, 5.0], [15.0, 9.99, np.inf]]))  # poisson
    emit(R.uniform([5], maxval=3, dtype=np.float32, seed=2**40 + 3))  # uniform
    g0 = emit(R.Generator.from_seed(1234))  # Generator.from_seed
    emit(R.gamma([1], alpha=[np.inf], beta=1.0, seed=0))  # gamma
    err(lambda: R.experimental.stateless_split([12345, 1], num=-1))  # stateless_split
    s0 = None
    emit(g0.uniform(np.array([3, 1, 5], np.int32)))  # Generator.uniform
    emit(g0.uniform(np.array([], np.int64), minval=-100, maxval=-50, dtype=np.int64))  # Generator.uniform_int
    emit(g0.truncated_normal([], dtype="float64"))  # Generator.truncated_normal
    emit(R.uniform([3, 2, 1], minval=0, maxval=1, dtype=np.int32, seed=-7))  # uniform_int
    emit(R.stateless_parameterized_truncated_normal([1], seed=np.array([0, 0], np.uint32), stddevs=0.5, minvals=3.0, maxvals=10.0))  # stateless_parameterized_truncated_normal
    emit(R.gamma([0], alpha=1.0, beta=np.float64(10.0), seed=5))  # gamma
    err(lambda: R.split([1.0, 1.0], num=4))  # random.split
    s1 = None
    emit(g0.reset_from_seed(1))  # Generator.reset_from_seed
    emit(R.shuffle([48, 17], seed=np.int64(1234)))  # shuffle
    emit(g0.reset_from_seed(2**63))  # Generator.reset_from_seed
    err(lambda: R.stateless_gamma([6, 3], seed=s1[2], alpha=np.array([-1.0, 0.0, 1.0], np.float32), dtype=np.float64))  # stateless_gamma
    g1 = emit(R.Generator.from_seed(7))  # Generator.from_seed
    emit(R.stateless_binomial(np.array([0, 4], np.int32), seed=np.array([3, 5], np.int32), counts=[0.0, 20.0, 5.0, 1.0], probs=1.0, output_dtype="int32"))  # stateless_binomial
    err(lambda: R.split(np.array([1.0, 2.0], np.float32), num=3))  # random.split
    s2 = None
    emit(R.uniform([], minval=-1e10, dtype="float64", seed=87654321))  # uniform
    err(lambda: R.stateless_uniform([5], seed=s1[2], minval=None, maxval=None, dtype="int64"))  # stateless_uniform_int
    emit(g0.state)  # Generator.state
    emit(R.stateless_gamma((), seed=[5, 7], alpha=0.1, beta=10.0))  # stateless_gamma
    emit(R.uniform(np.array([3], np.int64), minval=0, maxval=2**33 + 1, dtype=np.int64, seed=1))  # uniform_int
    emit(R.set_seed(87654321))  # set_seed
    emit(R.stateless_parameterized_truncated_normal([1, 1], seed=(7, 12345), means=np.float16(0.5), stddevs=np.float16(1.0), minvals=np.float16(0.9), maxvals=np.float16(1.1)))  # stateless_parameterized_truncated_normal
    emit(g1.truncated_normal([3, 4, 2]))  # Generator.truncated_normal
    err(lambda: R.Generator.from_seed(42, alg="bogus"))  # Generator.from_seed
    g2 = None
    emit(g0.uniform_full_int([6, 4], dtype="uint32"))  # Generator.uniform_full_int
    emit(R.normal(np.array([6], np.int64), stddev=0.1, dtype="float16"))  # normal
    emit(g0.skip(0))  # Generator.skip
    emit(g0.state)  # Generator.state
    emit(R.stateless_uniform([1], seed=np.array([-2**31, -2], np.int32), dtype=np.float32))  # stateless_uniform
    emit(R.shuffle(np.arange(3, dtype=np.int64).reshape([3, 1]), seed=87654321))  # shuffle
    emit(R.fixed_unigram_candidate_sampler([[2, 0, 1], [2, 2, 0]], 3, 4, True, 5, unigrams=[0.5, 0.5, 3.0, 1.0, 2.0]))  # fixed_unigram_candidate_sampler
    emit(R.uniform_candidate_sampler([[3, 2, 0], [1, 0, 0], [4, 1, 1]], 3, 3, False, 5, seed=-7))  # uniform_candidate_sampler
""")

case("program_000277", """
    g0 = emit(R.Generator.from_key_counter(5, [6, 7], alg="philox"))  # Generator.from_key_counter
    emit(R.set_seed(42))  # set_seed
    emit(R.uniform([1], minval=-6, maxval=30, dtype=np.int32))  # uniform_int
    g1 = emit(R.Generator.from_seed(-1))  # Generator.from_seed
    emit(g0.reset_from_seed(-1))  # Generator.reset_from_seed
    emit(R.stateless_uniform([3, 5], seed=[2, 2], minval=-3.5))  # stateless_uniform
    emit(R.truncated_normal([6], mean=1.0, stddev=1.0, dtype="float16"))  # truncated_normal
    emit(R.fixed_unigram_candidate_sampler([[10], [4], [10]], 1, 8, True, 12, unigrams=[4.0, 1.0, 3.0, 10.0, 3.0, 0.5, 4.0, 0.5, 1.0, 1.0, 2.0, 10.0], seed=42))  # fixed_unigram_candidate_sampler
    emit(R.stateless_gamma(np.array([4, 6], np.int32), seed=[-1, 5], alpha=np.float64(2.0), dtype="float16"))  # stateless_gamma
    emit(R.stateless_parameterized_truncated_normal([6], seed=[-1, 5], means=np.float64(-2.0), stddevs=np.float64(2.0), minvals=np.float64(-2.0), maxvals=np.float64(2.0)))  # stateless_parameterized_truncated_normal
    emit(g1.reset(np.array([10, 20, 30], np.int64)))  # Generator.reset
    emit(R.stateless_uniform([5, 3, 2], seed=(2**31 - 1, -2), minval=None, maxval=None, dtype="uint64"))  # stateless_uniform_int
    emit(R.normal([5], mean=1.0, stddev=np.float32(-0.0), dtype="float32", seed=0))  # normal
    emit(R.categorical([[10.0, 10.0, 5.0, -1.0]], 3, dtype=np.int32))  # categorical
    emit(g0.truncated_normal([0]))  # Generator.truncated_normal
""")

case("program_000278", """
    emit(R.set_seed(None))  # set_seed
    emit(R.truncated_normal([], dtype="float32", seed=1))  # truncated_normal
    emit(R.set_seed(87654321))  # set_seed
    emit(R.categorical(np.array([[5.0, -1.0, 10.0, 1.0]], np.float16), 7))  # categorical
    emit(R.stateless_gamma([6], seed=[7, 2**31 - 1], alpha=0.25, dtype="float64"))  # stateless_gamma
    err(lambda: R.log_uniform_candidate_sampler([[55, 10, 28]], 3, 8, True, 50))  # log_uniform_candidate_sampler
    emit(R.experimental.stateless_shuffle(np.zeros([0, 2], np.int32), seed=np.array([2, 0], np.uint64)))  # stateless_shuffle
    emit(R.truncated_normal([5], mean=123.456, stddev=0.5, dtype="float16", seed=1))  # truncated_normal
    emit(R.stateless_binomial((3, 5), seed=(2**40, 0), counts=np.float64(20.0), probs=np.float64(0.0)))  # stateless_binomial
    emit(R.normal([6], mean=[-2, 0.0, 100.0, -2, 10.0, 123.456], stddev=0.0, dtype=np.float64, seed=2**31 - 1))  # normal
    emit(R.gamma([2, 2], alpha=0.999, beta=0.1, dtype="float16", seed=np.int64(-7)))  # gamma
    emit(R.stateless_categorical([[5.0], [-3.0], [-3.0]], 4, seed=np.array([-2**31, 0], np.int64), dtype=np.int32))  # stateless_categorical
    emit(R.experimental.create_rng_state(2**64 - 1, "auto_select"))  # create_rng_state
""")

case("program_000279", """
    emit(R.set_seed(1))  # set_seed
    emit(R.stateless_normal(np.array([2, 2], np.int32), seed=np.array([5, 2**31 - 1], np.int64), mean=-1e10, stddev=1.0, dtype="float32"))  # stateless_normal
    f0 = F(lambda: R.normal(np.array([], np.int32), dtype="float64", seed=1))  # function
    emit(R.learned_unigram_candidate_sampler([[5, 5]], 2, 4, False, 6, seed=42))  # learned_unigram_candidate_sampler
    emit(f0())  # function_call
    emit(R.stateless_categorical([[-np.inf, 5.0, -3.0, 1.0], [-1.0, -3.0, 2.0, -np.inf], [5.0, 0.0, 5.0, 10.0]], 2, seed=np.array([2**31, 2**31], np.uint32)))  # stateless_categorical
    emit(R.stateless_gamma([0, 2, 2], seed=np.array([0, -2], np.int32), alpha=[1e-3, 10.0]))  # stateless_gamma
    emit(R.set_seed(1234))  # set_seed
    emit(R.stateless_normal(np.array([1, 5, 2], np.int64), seed=[-1, 2**40], mean=-3.5, stddev=np.float32(-0.0), dtype="float64"))  # stateless_normal
    emit(R.log_uniform_candidate_sampler([[80, 584]], 2, 8, False, 1000000))  # log_uniform_candidate_sampler
    emit(R.stateless_gamma([1, 5], seed=[2, 5], alpha=-1.0))  # stateless_gamma
    emit(R.stateless_binomial([2, 3], seed=[2**40, -1], counts=[5, 1, 10], probs=0.999, output_dtype="int64"))  # stateless_binomial
    emit(R.gamma([6, 1], alpha=[0.1, 2.0, 1e-3], beta=[-1.0], dtype="float64"))  # gamma
    emit(R.stateless_poisson([2, 5], seed=[0, 5], lam=15.0, dtype="float64"))  # stateless_poisson
    emit(R.experimental.stateless_shuffle(np.array([[-0.0], [-0.0], [1.5]], np.float32), seed=[12345, 7], alg="PHILOX"))  # stateless_shuffle
    emit(R.uniform((3, 4), minval=-6, maxval=41, dtype=np.int32, seed=2))  # uniform_int
    emit(f0())  # function_call
    emit(R.truncated_normal([5], stddev=3.0))  # truncated_normal
    g0 = emit(R.Generator.from_seed(0))  # Generator.from_seed
    s0 = emit(R.experimental.stateless_split([-2, -2], num=2, alg=3))  # stateless_split
    emit(R.gamma([3, 4], alpha=np.array([[np.inf, 0.1]], np.float32), dtype="float16", seed=3))  # gamma
    emit(g0.truncated_normal([5, 0], mean=3, stddev=10))  # Generator.truncated_normal
    emit(R.set_seed(5))  # set_seed
    err(lambda: R.stateless_normal(np.array([1, 2], np.int32), seed=np.array([1, 2, 3], np.int64)))  # stateless_normal
    emit(R.truncated_normal((6,), stddev=[1.0], dtype="float32", seed=87654321))  # truncated_normal
    emit(R.uniform_candidate_sampler([[1, 46, 10], [37, 49, 10]], 3, 2, False, 50, seed=1234))  # uniform_candidate_sampler
""")

case("program_000283", """
    emit(R.stateless_gamma([1, 1], seed=[0, 5], alpha=[[np.nan]], dtype="float64"))  # stateless_gamma
    emit(R.stateless_parameterized_truncated_normal(np.array([3], np.int32), seed=np.array([5, 5], np.int32), stddevs=2.0, minvals=-np.inf, maxvals=-1.0))  # stateless_parameterized_truncated_normal
    fo0 = emit(R.fold_in([2, 2**31 - 1], 2**31 - 1, alg="philox"))  # random.fold_in
    err(lambda: R.normal((2,), mean=0, stddev=np.array([10, -1.0], np.float64), dtype="string", seed=42))  # normal
    emit(R.experimental.stateless_shuffle(np.arange(1, dtype=np.float32).reshape([1]), seed=np.array([0, 2**31], np.uint32)))  # stateless_shuffle
    emit(R.uniform([0, 1, 1], minval=-1e10, maxval=1e3, dtype=np.float64, seed=2**40 + 3))  # uniform
    emit(R.truncated_normal(np.array([3, 4], np.int32), dtype=np.float16, seed=1))  # truncated_normal
    emit(R.stateless_poisson(np.array([4, 5, 2, 1], np.int32), seed=np.array([2**64 - 1, 0], np.uint64), lam=[[-1.0], [100.0]]))  # stateless_poisson
    emit(R.log_uniform_candidate_sampler([[4], [4]], 1, 3, True, 5, seed=2))  # log_uniform_candidate_sampler
    emit(R.poisson([5, 5], lam=np.array([[1e4], [1e4]], np.float32), dtype="float16", seed=-7))  # poisson
    emit(R.uniform([3], minval=-8, maxval=33, dtype="int64", seed=1234))  # uniform_int
    emit(R.uniform(np.array([4], np.int32), minval=-9, maxval=-2, dtype="int32", seed=2**31 - 1))  # uniform_int
    emit(R.poisson([4, 6], lam=[-1.0, 15.0], dtype="float16", seed=1))  # poisson
    emit(R.stateless_uniform(np.array([3, 2, 3], np.int32), seed=np.array([0, 1], np.int64), minval=-3.5, maxval=10.0, dtype="float32"))  # stateless_uniform
    fo1 = emit(R.experimental.stateless_fold_in([7, 7], np.int64(5), alg=R.Algorithm.PHILOX))  # stateless_fold_in
    emit(R.stateless_categorical(np.array([[0.25, 5.0, 0.5, 10.0], [0.5, 2.0, 0.5, 0.25]], np.float32), 8, seed=(0, 12345)))  # stateless_categorical
    g0 = emit(R.Generator.from_seed([1, 2, 3]))  # Generator.from_seed
    emit(R.create_rng_state(np.int64(77), 1))  # create_rng_state
    emit(R.poisson([5, 2], lam=1.0, seed=2**31 - 1))  # poisson
    f0 = F(lambda: (R.truncated_normal([4], mean=2.5, stddev=1.0, seed=1), R.uniform(np.array([0, 4, 6], np.int32), dtype="float16", seed=2**40 + 3)))  # function
    f1 = F(lambda: (g0.uniform([3, 3]), R.stateless_normal([1, 4], seed=np.array([2, 2**31], np.uint32), stddev=0.5, dtype="float32", alg="auto_select")))  # function
    emit(R.learned_unigram_candidate_sampler([[5, 3], [8, 9], [2, 9]], 2, 1, True, 12, seed=7))  # learned_unigram_candidate_sampler
    emit(R.stateless_gamma((1, 6), seed=fo0, alpha=np.float32(2.0), dtype="float64"))  # stateless_gamma
    emit(R.truncated_normal([3], mean=3, seed=2))  # truncated_normal
    emit(f0())  # function_call
    emit(R.poisson([5], lam=np.array([np.inf, 1e4, 15.0], np.float64), seed=87654321))  # poisson
    gs0 = emit(g0.split(2))  # Generator.split
    emit(R.stateless_binomial([], seed=np.array([2**31, 2**32 - 1], np.uint32), counts=10.0, probs=-0.1, output_dtype="int64"))  # stateless_binomial
    emit(f1())  # function_call
    emit(R.stateless_uniform(np.array([3, 6], np.int64), seed=[1, -1], minval=4, maxval=33, dtype="int32"))  # stateless_uniform_int
    s0 = emit(R.experimental.stateless_split([12345, 0], num=4))  # stateless_split
    g1 = emit(R.Generator.from_state([9, 0, 2], alg=R.Algorithm.PHILOX))  # Generator.from_state
    emit(R.truncated_normal([4], stddev=np.float64(1.0), dtype="bfloat16", seed=2))  # truncated_normal
    err(lambda: R.uniform(np.array([6, 3, 0], np.int32), maxval=-2, dtype="bool", seed=np.int64(7)))  # uniform
    emit(R.stateless_categorical([[0.5, -1.0], [-1.0, 2.0], [5.0, -3.0]], 5, seed=[-1, 5], dtype=np.int32))  # stateless_categorical
    emit(R.stateless_poisson([6, 3], seed=[-2, 2**31 - 1], lam=np.array([33.3, np.inf, 1e4], np.float16)))  # stateless_poisson
    err(lambda: R.log_uniform_candidate_sampler([[3], [3], [3]], 1, 6, True, 4, seed=2**31 - 1))  # log_uniform_candidate_sampler
    emit(g1.uniform([2], minval=np.float16(-0.0)))  # Generator.uniform
    emit(R.set_global_generator(gs0[0]))  # set_global_generator
    emit(R.stateless_poisson([2, 2, 2, 1], seed=[2**40, 7], lam=np.array([[3], [3]], np.int64)))  # stateless_poisson
""")

case("program_000284", """
    emit(R.stateless_truncated_normal(np.array([2], np.int64), seed=np.array([2.0, 2.0], np.float64), stddev=1.0, alg="auto_select"))  # stateless_truncated_normal
    emit(R.uniform([3], minval=-5, maxval=25, dtype="int32", seed=2))  # uniform_int
    emit(R.stateless_gamma([3], seed=[2**31 - 1, 3], alpha=np.nan))  # stateless_gamma
    emit(R.gamma([5, 5], alpha=3.5, beta=1e-3, seed=0))  # gamma
    emit(R.gamma((), alpha=[123.0, 2.0, 2.0], beta=np.array([0.0], np.float64), dtype="float64", seed=2**40 + 3))  # gamma
    emit(R.set_seed(None))  # set_seed
    emit(R.set_seed(1))  # set_seed
    err(lambda: R.uniform_candidate_sampler([[1]], 1, 6, True, 4))  # uniform_candidate_sampler
    emit(R.stateless_uniform((1, 4), seed=np.array([2.0, 7.0], np.float32), maxval=100, dtype="int64"))  # stateless_uniform_int
    emit(R.categorical([[2.0]], 2, seed=2))  # categorical
    err(lambda: R.stateless_gamma([2], seed=np.array([1, 2, 3], np.int64), alpha=2.0, beta=0.1))  # stateless_gamma
    err(lambda: R.stateless_uniform([3], seed=[2**31 - 1, -2**31], minval=7, maxval=-7, dtype="int64", alg=R.Algorithm.AUTO_SELECT))  # stateless_uniform_int
    emit(R.stateless_normal([2], seed=np.array([12345, -2**31], np.int64), alg="philox"))  # stateless_normal
    err(lambda: R.fold_in([3, 1, 1], [1, 2]))  # random.fold_in
    fo0 = None
    emit(R.log_uniform_candidate_sampler([[1, 7], [4, 0]], 2, 5, False, 10, seed=-1))  # log_uniform_candidate_sampler
    emit(R.stateless_binomial([0], seed=[12345, 5], counts=np.float32(-3.0), probs=np.float32(-0.1), output_dtype="float16"))  # stateless_binomial
    emit(R.create_rng_state(np.int64(77), 2))  # create_rng_state
""")

case("program_000288", """
    emit(R.set_seed(1234))  # set_seed
    emit(R.truncated_normal((1, 5), mean=100.0, dtype=np.float32))  # truncated_normal
    emit(R.learned_unigram_candidate_sampler([[7, 0]], 2, 5, False, 9, seed=0))  # learned_unigram_candidate_sampler
    s0 = emit(R.experimental.stateless_split(np.array([2, 12345], np.int32), num=2))  # stateless_split
    emit(R.uniform([5], minval=100.0))  # uniform
    f0 = F(lambda: (R.poisson(np.array([4], np.int32), lam=33.3, dtype="float64", seed=2**31 - 1), R.gamma((3,), alpha=[[np.inf, 0.25, np.nan], [10.0, np.nan, 0.999]], beta=10.0), R.normal([5], stddev=0.0, seed=2**31 - 1)))  # function u
    emit(R.set_seed(1234))  # set_seed
    emit(R.set_seed(0))  # set_seed
    emit(R.categorical([[0.5, 0.25], [0.0, -np.inf]], 1, seed=3))  # categorical
    emit(R.uniform_candidate_sampler([[3, 2, 0]], 3, 7, True, 10, seed=3))  # uniform_candidate_sampler
    emit(f0())  # function_call
    emit(f0())  # function_call
    err(lambda: R.stateless_truncated_normal((4, 4), seed=(2, 2), alg=R.Algorithm.THREEFRY))  # stateless_truncated_normal
    emit(R.set_seed(0))  # set_seed
    fo0 = emit(R.fold_in(np.array([2**64 - 1, 2], np.uint64), -3))  # random.fold_in
    emit(f0())  # function_call
    emit(R.truncated_normal([2], mean=np.array([-3.5, -0.0], np.float32), dtype=np.float64, seed=2))  # truncated_normal
    emit(R.stateless_binomial([1, 5], seed=[-2, -2], counts=20.0, probs=1.0))  # stateless_binomial
    emit(R.truncated_normal([2, 1], mean=0, seed=2**40 + 3))  # truncated_normal
    emit(R.set_seed(42))  # set_seed
    emit(R.stateless_gamma((2, 1, 2), seed=(5, 7), alpha=np.array([[np.nan, 0.0]], np.float32)))  # stateless_gamma
    emit(R.stateless_gamma(np.array([], np.int32), seed=[-2**31, 12345], alpha=np.inf, dtype="float16"))  # stateless_gamma
""")

case("program_000290", """
    emit(R.uniform([0], minval=2, maxval=10, dtype=np.int32, seed=0))  # uniform_int
    emit(R.normal(np.array([4, 6], np.int32), dtype="float64", seed=0))  # normal
    emit(R.stateless_categorical([[0.0, -np.inf, 10.0, 0.25, 5.0]], 1, seed=np.array([2**31, 2], np.uint32)))  # stateless_categorical
    emit(R.uniform(np.array([1, 3, 6], np.int32), minval=1e30, maxval=123.456, dtype=np.float16, seed=87654321))  # uniform
    emit(R.stateless_normal([], seed=[0, -2], dtype="bfloat16"))  # stateless_normal
    emit(R.uniform((2, 0), minval=-2**62, maxval=2**62, dtype="int64", seed=2**40 + 3))  # uniform_int
    f0 = F(lambda: R.stateless_uniform([], seed=np.array([2**31, 7], np.uint32), minval=10.0, maxval=0, dtype="float16"))  # function
    emit(f0())  # function_call
    emit(R.experimental.stateless_shuffle(np.arange(2, dtype=np.float16).reshape([2]), seed=[7, -2], alg=1))  # stateless_shuffle
    emit(R.experimental.stateless_shuffle([8, -24, -4, -30, 3, -24], seed=(2**31 - 1, 1)))  # stateless_shuffle
    emit(R.uniform([2, 6], minval=-100, maxval=-50, dtype="int32", seed=5))  # uniform_int
    emit(R.shuffle(np.arange(2, dtype=np.float32).reshape([2]), seed=2**40 + 3))  # shuffle
    emit(R.all_candidate_sampler([[0, 1], [1, 1], [1, 1]], 2, 2, False))  # all_candidate_sampler
    emit(R.experimental.index_shuffle(np.arange(8, dtype=np.int32), seed=[-2, 2**31 - 1], max_index=np.int32(7)))  # index_shuffle
    err(lambda: R.uniform([4, 3], minval=3, maxval=3, dtype=np.int64, seed=1234))  # uniform_int
    emit(f0())  # function_call
    emit(R.stateless_uniform([4, 3], seed=[2**31 - 1, 2], dtype=np.float64))  # stateless_uniform
    emit(R.normal(np.array([4], np.int32), mean=[2.5, -2, 2.5, 10.0], dtype="float16", seed=2))  # normal
    emit(f0())  # function_call
    emit(R.stateless_gamma([5, 2], seed=np.array([2, 3], np.uint32), alpha=[3.5, 0.5]))  # stateless_gamma
    emit(f0())  # function_call
    emit(R.stateless_poisson([1], seed=np.array([1.0, 2.0], np.float32), lam=np.array([-1.0], np.float16), dtype="int64"))  # stateless_poisson
    emit(R.stateless_uniform(np.array([2], np.int32), seed=np.array([2, 1], np.uint32), minval=-100, maxval=-50, dtype=np.int64, alg=R.Algorithm.AUTO_SELECT))  # stateless_uniform_int
    emit(R.normal([0, 1], seed=0))  # normal
    g0 = emit(R.Generator.from_state([-1, 9, 2], alg=1))  # Generator.from_state
    emit(R.stateless_gamma([3, 5], seed=[7, 2], alpha=123.0, dtype=np.float64))  # stateless_gamma
    emit(R.uniform([3], dtype="bfloat16", seed=2**40 + 3))  # uniform
    emit(g0.truncated_normal([2], mean=0.5))  # Generator.truncated_normal
    emit(g0.reset([-1, 20, 30]))  # Generator.reset
    f1 = F(lambda: R.categorical(np.array([[2.0, -np.inf, 5.0, 1.0]], np.float64), 6, dtype=np.int32, seed=3))  # function
""")

case("program_000291", """
    emit(R.stateless_gamma([5, 5], seed=np.array([0.0, 7.0], np.float64), alpha=2.0))  # stateless_gamma
    emit(R.stateless_binomial([5], seed=np.array([-1, 2**40], np.int64), counts=1.0, probs=-0.1, output_dtype="int32"))  # stateless_binomial
    emit(R.learned_unigram_candidate_sampler([[5]], 1, 5, True, 6, seed=2**31 - 1))  # learned_unigram_candidate_sampler
    emit(R.stateless_normal(np.array([1, 0], np.int32), seed=np.array([1, 7], np.int32), mean=123.456, dtype="float64"))  # stateless_normal
    emit(R.stateless_parameterized_truncated_normal([6], seed=[12345, -2**31], minvals=1.0, maxvals=np.inf))  # stateless_parameterized_truncated_normal
    emit(R.set_seed(2**31 - 1))  # set_seed
    s0 = emit(R.experimental.stateless_split([-2**31, 12345], num=3))  # stateless_split
    emit(R.experimental.index_shuffle(np.arange(6, dtype=np.uint64), seed=[3, 13], max_index=np.uint64(5)))  # index_shuffle
    emit(R.gamma([4, 0], alpha=[0.0], dtype=np.float64))  # gamma
    emit(R.uniform([5, 0], minval=np.float32(1e30), maxval=0, dtype="float32", seed=42))  # uniform
    g0 = emit(R.experimental.Generator.from_state(np.array([1, -1, 3], np.int64), alg=1))  # Generator.from_state
    emit(R.normal(np.array([], np.int64), mean=-2, seed=-1))  # normal
    emit(R.stateless_poisson([2, 1], seed=s0[2], lam=np.array([100.0], np.float16), dtype="int32"))  # stateless_poisson
    emit(R.uniform((2, 0), minval=5, maxval=0, dtype="int32"))  # uniform_int
    emit(g0.algorithm)  # Generator.state
    emit(R.uniform([2], maxval=np.array([10.0, 1e30], np.float32), seed=42))  # uniform
    g1 = emit(R.Generator.from_state(np.array([3, 2, -1], np.int64), alg=R.Algorithm.PHILOX))  # Generator.from_state
    emit(g1.uniform(np.array([2], np.int32)))  # Generator.uniform
    f0 = F(lambda: R.shuffle([-23, -46, -15, 29, -30, -8]))  # function u
    emit(g1.uniform([3, 4], minval=-100, maxval=-50, dtype=np.int64))  # Generator.uniform_int
    emit(R.uniform_candidate_sampler([[1, 0, 1], [1, 0, 4]], 3, 1, True, 5))  # uniform_candidate_sampler
    emit(R.stateless_binomial([6], seed=[-2, 2**40], counts=1.0, probs=-0.1, output_dtype="float64"))  # stateless_binomial
    emit(R.uniform([3, 2], dtype="float16"))  # uniform
    emit(R.log_uniform_candidate_sampler([[2, 0, 2]], 3, 2, False, 5))  # log_uniform_candidate_sampler
""")

case("program_000295", """
    emit(R.gamma([5], alpha=0.5, seed=1))  # gamma
    err(lambda: R.stateless_gamma([1, 1], seed=[1], alpha=0.25, dtype="float64"))  # stateless_gamma
    emit(R.experimental.stateless_shuffle(np.arange(5, dtype=np.int8), seed=[-2, 2**31 - 1]))  # stateless_shuffle
    emit(R.categorical(np.array([[-np.inf, 10.0], [-3.0, -3.0]], np.float16), 1, seed=2**31 - 1))  # categorical
    emit(R.stateless_parameterized_truncated_normal(np.array([1, 4], np.int64), seed=np.array([2**32 - 1, 7], np.uint32), means=0.5, minvals=0.9, maxvals=1.1))  # stateless_parameterized_truncated_normal
    emit(R.set_seed(1))  # set_seed
    emit(R.gamma(np.array([0], np.int64), alpha=np.array([[123.0, 0.0], [0.5, np.nan]], np.float32), dtype="float32"))  # gamma
    emit(R.normal([6, 0], stddev=[[], [], [], [], [], []]))  # normal
    emit(R.uniform_candidate_sampler([[8, 0, 6], [7, 0, 0]], 3, 2, True, 10, seed=2**31 - 1))  # uniform_candidate_sampler
    fo0 = emit(R.fold_in([-2**31, 5], 2**40))  # random.fold_in
    emit(R.poisson([4], lam=[0.5, 33.3]))  # poisson
    err(lambda: R.experimental.stateless_shuffle(np.arange(5, dtype=np.float64).reshape([5]), seed=[1]))  # stateless_shuffle
    emit(R.stateless_gamma([5], seed=(3, 2**40), alpha=10.0, beta=0.1))  # stateless_gamma
    emit(R.experimental.stateless_shuffle(np.array(3.0), seed=[2**40, 2]))  # stateless_shuffle
    g0 = emit(R.Generator.from_seed(42))  # Generator.from_seed
    emit(g0.state)  # Generator.state
""")

case("program_000298", """
    emit(R.set_seed(None))  # set_seed
    g0 = emit(R.Generator.from_state(np.array([2**40, 0, 3], np.int64), alg=1))  # Generator.from_state
    emit(R.normal([3], dtype="float16", seed=2**31))  # normal
    err(lambda: R.normal(np.array([], np.int64), mean=1.0, stddev=3.0, dtype="int32", seed=3))  # normal
    emit(g0.uniform(np.array([3], np.int32), minval=1.0))  # Generator.uniform
    g1 = emit(R.Generator.from_seed(2**32))  # Generator.from_seed
    emit(R.uniform([2, 1], minval=3, seed=0))  # uniform
    emit(R.normal([0, 5], stddev=2.0, dtype=np.float16, seed=-7))  # normal
    emit(R.stateless_poisson(np.array([4, 6], np.int32), seed=np.array([-2**31, 1], np.int32), lam=1.0))  # stateless_poisson
    emit(R.categorical([[1.0, 10.0, 10.0, 1.0]], 1, seed=-1))  # categorical
    emit(R.gamma([6, 3], alpha=0.0, dtype="float32", seed=3))  # gamma
    f0 = F(lambda: g0.uniform(np.array([], np.int32), minval=0, maxval=7, dtype=np.int64))  # function
    emit(R.stateless_normal((4,), seed=np.array([2**40, -2], np.int64), mean=1e3, dtype="float16"))  # stateless_normal
    emit(R.uniform([4, 3], minval=0, maxval=1, dtype="int64", seed=1234))  # uniform_int
    emit(R.uniform_candidate_sampler([[276, 686], [753, 232], [905, 410]], 2, 1, False, 1000000, seed=2**31))  # uniform_candidate_sampler
    emit(R.shuffle(np.arange(20, dtype=np.float64).reshape([4, 5]), seed=1))  # shuffle
    emit(g1.binomial([5, 1, 4], counts=[100.0, 7.0, 1e4, 1.0], probs=0.999))  # Generator.binomial
    emit(g0.uniform([], minval=9, maxval=32, dtype="int64"))  # Generator.uniform_int
    emit(R.fixed_unigram_candidate_sampler([[3], [1], [1]], 1, 2, False, 4, unigrams=[10.0, 1.0, 0.5, 10.0], seed=5))  # fixed_unigram_candidate_sampler
    emit(g1.uniform([1, 5], maxval=123.456))  # Generator.uniform
    emit(R.uniform([6], minval=-4, maxval=10, dtype="int32", seed=1234))  # uniform_int
    emit(R.stateless_categorical([[-1.0, -3.0, 0.25]], 3, seed=[-2**31, 3], dtype=np.int32))  # stateless_categorical
    s0 = emit(R.split([3, 2], num=2))  # random.split
    emit(g1.skip(100))  # Generator.skip
    emit(R.stateless_uniform([4, 3, 5], seed=[1, 0], maxval=1.0, dtype="float64"))  # stateless_uniform
""")

case("program_000299", """
    emit(R.categorical([[0.0, 0.25, 2.0, -1.0, -1.0], [10.0, -3.0, 0.0, 0.0, -1.0], [-np.inf, 5.0, -np.inf, 5.0, 0.25]], 4, seed=1))  # categorical
    err(lambda: R.categorical([[0.25, -3.0, 10.0], [0.0, 2.0, 0.25], [1.0, 0.25, -1.0]], 1, dtype="int16", seed=87654321))  # categorical
    emit(R.stateless_parameterized_truncated_normal([5], seed=np.array([-1, 5], np.int32), stddevs=2.0, minvals=3.0, maxvals=10.0))  # stateless_parameterized_truncated_normal
    emit(R.create_rng_state([12, 34], 2))  # create_rng_state
    fo0 = emit(R.experimental.stateless_fold_in([-2**31, 2**31 - 1], -3, alg=3))  # stateless_fold_in
    emit(R.uniform([5], minval=-1e10, dtype=np.float32, seed=-7))  # uniform
    emit(R.poisson([6], lam=np.array([1.0, 1.0], np.float64), dtype=np.int64, seed=5))  # poisson
    emit(R.stateless_normal((1,), seed=np.array([2**40, 2**63 + 5], np.uint64), mean=10.0, stddev=10))  # stateless_normal
    emit(R.set_seed(1))  # set_seed
    emit(R.log_uniform_candidate_sampler([[10, 29, 2]], 3, 1, False, 50, seed=2))  # log_uniform_candidate_sampler
""")

case("program_000301", """
    emit(R.set_seed(None))  # set_seed
    emit(R.uniform_candidate_sampler([[1, 1, 3]], 3, 1, True, 5, seed=2))  # uniform_candidate_sampler
    emit(R.stateless_truncated_normal([0], seed=[12345, 2**31 - 1], dtype="float64"))  # stateless_truncated_normal
    err(lambda: R.uniform([4, 3, 3], maxval=[-1e10, -3.5, 1.0, -2], seed=7))  # uniform
    f0 = F(lambda: R.uniform([5, 5], dtype="float16", seed=0))  # function
    emit(R.categorical(np.array([[-1.0, 0.25, 2.0, 1.0, 5.0], [0.5, 2.0, 0.25, -3.0, 1.0], [0.0, -np.inf, 1.0, -1.0, 2.0]], np.float16), 7, seed=7))  # categorical
    emit(R.poisson([4, 6], lam=[1.0], dtype="int64", seed=-1))  # poisson
    emit(R.poisson([4], lam=np.array([-1.0], np.float16), seed=2))  # poisson
    emit(R.all_candidate_sampler([[1], [5]], 1, 6, True, seed=2))  # all_candidate_sampler
    emit(R.categorical(np.array([[5.0], [2.0], [-1.0]], np.float64), 2, dtype="int32", seed=1))  # categorical
    emit(R.poisson([4], lam=-1.0, dtype="int32", seed=1234))  # poisson
    emit(R.create_rng_state(-1, "philox"))  # create_rng_state
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.uniform([], minval=0, maxval=10, dtype="int32", seed=2))  # uniform_int
    emit(R.stateless_binomial([5, 2], seed=[5, 2**40], counts=[1e4, 1e4], probs=1.5, output_dtype="float32"))  # stateless_binomial
    fo0 = emit(R.fold_in((7, 2**31 - 1), 1))  # random.fold_in
    emit(R.poisson(np.array([], np.int64), lam=9.99, dtype=np.int64))  # poisson
    emit(R.experimental.stateless_shuffle(np.arange(6, dtype=np.float32).reshape([6]), seed=[2**31 - 1, 5]))  # stateless_shuffle
    emit(R.experimental.stateless_shuffle(np.arange(10, dtype=np.float32).reshape([2, 5]), seed=fo0))  # stateless_shuffle
    emit(R.uniform_candidate_sampler([[881]], 1, 7, True, 1000000, seed=87654321))  # uniform_candidate_sampler
    emit(R.uniform([], minval=-100, maxval=-50, dtype=np.int64))  # uniform_int
    s0 = emit(R.experimental.stateless_split([1, -1], num=3, alg=R.Algorithm.PHILOX))  # stateless_split
    emit(f0())  # function_call
    emit(f0())  # function_call
    emit(R.gamma(np.array([4], np.int32), alpha=0.5))  # gamma
    err(lambda: R.gamma([2, -3], alpha=[[-1.0, 2.0], [123.0, np.inf]], beta=2.0, seed=87654321))  # gamma
    err(lambda: R.stateless_parameterized_truncated_normal([], seed=[2**40, 0], stddevs=np.float16(3.0)))  # stateless_parameterized_truncated_normal
    emit(R.stateless_poisson([1, 3], seed=[2**40, 3], lam=np.array([1e4, 15.0, 0.0], np.float32)))  # stateless_poisson
    s1 = emit(R.split([2, 3], num=2))  # random.split
    emit(R.stateless_normal((1, 5), seed=np.array([2.0, 2.0], np.float64), dtype="bfloat16"))  # stateless_normal
    s2 = emit(R.split((-1, 2**31 - 1), num=2))  # random.split
    emit(R.uniform([6], minval=10.0, seed=2**40 + 3))  # uniform
    emit(R.stateless_truncated_normal([], seed=[2, 1], stddev=1e20, alg="PHILOX"))  # stateless_truncated_normal
    emit(R.stateless_poisson([4, 1], seed=s2[0], lam=[100.0], dtype="int32"))  # stateless_poisson
""")

case("program_000302", """
    emit(R.uniform([2, 6], minval=0.5, maxval=0, seed=3))  # uniform
    emit(R.shuffle(5, seed=2**31))  # shuffle
    emit(R.stateless_uniform([1, 1], seed=np.array([0, 1], np.uint64), minval=None, maxval=None, dtype="uint32", alg=1))  # stateless_uniform_int
    emit(R.set_seed(None))  # set_seed
    emit(R.experimental.stateless_shuffle([-36, 4, 21, -40, 40, -37, 49], seed=[-2, 1]))  # stateless_shuffle
    emit(R.uniform_candidate_sampler([[4, 3]], 2, 1, True, 5, seed=-7))  # uniform_candidate_sampler
    emit(R.set_seed(3))  # set_seed
    emit(R.uniform([], minval=5, maxval=11, dtype="int64"))  # uniform_int
    emit(R.stateless_parameterized_truncated_normal([], seed=[2, 5], means=5.0, minvals=3.0, maxvals=10.0))  # stateless_parameterized_truncated_normal
    fo0 = emit(R.experimental.stateless_fold_in([12345, 12345], 2**40, alg="philox"))  # stateless_fold_in
    emit(R.categorical([[0.25]], 4))  # categorical
    g0 = emit(R.Generator.from_key_counter(np.int64(3), [0, 0], alg="philox"))  # Generator.from_key_counter
    emit(g0.uniform([1], minval=None, maxval=None, dtype="int32"))  # Generator.uniform_int
    err(lambda: g0.truncated_normal([2, 5, 4], dtype="bool"))  # Generator.truncated_normal
    emit(R.shuffle(np.arange(3, dtype=np.int64).reshape([3])))  # shuffle
    emit(g0.uniform_full_int([1, 5, 2], dtype="int64"))  # Generator.uniform_full_int
    emit(R.uniform([0], minval=0, maxval=6, dtype="int32"))  # uniform_int
    emit(g0.reset(np.array([10, 20, 30], np.int64)))  # Generator.reset
    emit(g0.truncated_normal([6], dtype="float16"))  # Generator.truncated_normal
    emit(R.experimental.create_rng_state(np.int64(77), "philox"))  # create_rng_state
    emit(R.stateless_normal((), seed=np.array([3.5, 7.0], np.float64), dtype=np.float64))  # stateless_normal
    emit(R.set_seed(2))  # set_seed
    emit(g0.truncated_normal([], stddev=3.0))  # Generator.truncated_normal
    err(lambda: R.stateless_binomial([-2, 0], seed=(-1, -2**31), counts=[-3.0, -3.0], probs=0.25))  # stateless_binomial
    emit(R.uniform([4], maxval=-1.0, dtype="float16", seed=1))  # uniform
    emit(R.set_seed(1))  # set_seed
    emit(R.stateless_truncated_normal([6], seed=[0, 1, -1], stddev=1e-3, dtype="float16", alg="philox"))  # stateless_truncated_normal
    emit(R.categorical([[-np.inf, 0.0], [0.5, 1.0], [-1.0, 1.0]], 4, dtype="int64", seed=87654321))  # categorical
    emit(R.learned_unigram_candidate_sampler([[0, 3], [3, 5], [2, 3]], 2, 5, False, 8, seed=1))  # learned_unigram_candidate_sampler
    err(lambda: R.fold_in([7, 3], [1, 2], alg="auto_select"))  # random.fold_in
    fo1 = None
""")

case("program_000303", """
    emit(R.set_seed(None))  # set_seed
    emit(R.uniform([6], minval=-6, maxval=22, dtype="int64", seed=2**31))  # uniform_int
    emit(R.categorical(np.array([[-1.0, 0.25]], np.float32), 7, seed=1))  # categorical
    s0 = emit(R.split([2**31 - 1, 12345], num=2))  # random.split
    err(lambda: R.stateless_uniform([3, -1, 2], seed=[-1, 3], maxval=2**20, dtype="int32"))  # stateless_uniform_int
    f0 = F(lambda: R.poisson([4], lam=9.99, dtype="float16", seed=2))  # function
    err(lambda: R.shuffle(None, seed=-7))  # shuffle
    emit(R.truncated_normal([2], mean=-3.5, stddev=0.5, seed=1))  # truncated_normal
    emit(R.stateless_normal([5], seed=[2, 3], mean=-2, dtype=np.float32))  # stateless_normal
    emit(R.experimental.index_shuffle(np.arange(2, dtype=np.uint32), seed=np.array([1, 2], np.uint32), max_index=np.uint32(1)))  # index_shuffle
    emit(R.truncated_normal([2], mean=np.float32(-0.0), dtype=np.float64, seed=np.int64(3)))  # truncated_normal
    emit(R.gamma([4, 4], alpha=1.0, dtype="float32", seed=2**40 + 3))  # gamma
    err(lambda: R.stateless_binomial([3, -1, 2], seed=s0[0], counts=[0.0, 20.0, 0.5, 0.5], probs=[0.3, 1.0, 0.5, 0.9]))  # stateless_binomial
    emit(R.stateless_uniform(np.array([6, 6], np.int32), seed=[1, 2**31 - 1], maxval=3, dtype="float32"))  # stateless_uniform
    emit(R.log_uniform_candidate_sampler([[1, 3], [0, 1]], 2, 6, True, 10, seed=3))  # log_uniform_candidate_sampler
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.set_seed(42))  # set_seed
    err(lambda: R.uniform([4], maxval=[-3.5, 3, 1e30, 123.456, 0], dtype="float32", seed=2))  # uniform
    emit(R.shuffle(np.arange(30, dtype=np.int32).reshape([6, 1, 5])))  # shuffle
    s1 = emit(R.split(np.array([-2**31, 12345], np.int32), num=2))  # random.split
    emit(R.uniform(np.array([3], np.int32), minval=0.5, maxval=1e3, dtype=np.float64))  # uniform
    emit(R.poisson((0, 1), lam=np.array([3, 40], np.int32), dtype="float16", seed=5))  # poisson
    emit(f0())  # function_call
    emit(R.stateless_normal(np.array([5, 3], np.int32), seed=[2, 7], stddev=1e20, dtype="bfloat16", alg="philox"))  # stateless_normal
    err(lambda: R.poisson([-2, 0], lam=[[1.0, 1.0], [9.99, 9.99]], dtype="int32", seed=1234))  # poisson
    emit(R.shuffle(5, seed=5))  # shuffle
    emit(R.create_rng_state([1, 2, 3], R.Algorithm.PHILOX))  # create_rng_state
    err(lambda: R.stateless_categorical([[[-1.0, 1.0]]], 1, seed=[2, -2**31]))  # stateless_categorical
    emit(R.experimental.stateless_shuffle(np.arange(3, dtype=np.int32).reshape([3]), seed=s0[1]))  # stateless_shuffle
    emit(R.set_seed(-5))  # set_seed
    emit(R.experimental.index_shuffle(np.arange(4, dtype=np.uint64), seed=np.array([1, 2], np.uint64), max_index=np.uint64(1048576)))  # index_shuffle
    emit(R.experimental.create_rng_state([12, 34], R.Algorithm.THREEFRY))  # create_rng_state
    err(lambda: R.experimental.create_rng_state(np.array([1, 2, 3, 4], np.int64), "bogus"))  # create_rng_state
    emit(R.stateless_truncated_normal((), seed=[5, 12345], stddev=1e20, dtype="float32"))  # stateless_truncated_normal
""")

case("program_000304", """
    emit(R.stateless_normal(np.array([2], np.int32), seed=[1, 2**40], stddev=1.0, dtype=np.float16))  # stateless_normal
    emit(R.normal([], mean=1e30, seed=1))  # normal
    fo0 = emit(R.fold_in([0, 1], np.int32(-2)))  # random.fold_in
    emit(R.shuffle(np.arange(3, dtype=np.float32).reshape([3]), seed=np.int64(0)))  # shuffle
    err(lambda: R.stateless_gamma([6, 0, 1], seed=[7, 2**40], alpha=[123.0], dtype="int32"))  # stateless_gamma
    emit(R.stateless_uniform([3, 5], seed=fo0, minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    emit(R.stateless_uniform(np.array([4], np.int32), seed=(-2**31, 3), dtype="float32", alg="philox"))  # stateless_uniform
    g0 = emit(R.experimental.Generator.from_seed(0))  # Generator.from_seed
    emit(R.normal([2], stddev=[3.0, 3.0], seed=2))  # normal
    emit(g0.uniform(np.array([4], np.int64), minval=-5, maxval=26, dtype="int64"))  # Generator.uniform_int
    emit(R.uniform_candidate_sampler([[2], [7]], 1, 1, True, 10, seed=np.int64(7)))  # uniform_candidate_sampler
    s0 = emit(R.experimental.stateless_split([-2**31, 0], num=1))  # stateless_split
    emit(g0.binomial([3], counts=[1e4, 1e4, 100.0], probs=0.3))  # Generator.binomial
    emit(R.set_global_generator(g0))  # set_global_generator
    emit(R.stateless_parameterized_truncated_normal([3], seed=[5, 2**31 - 1], means=np.float64(0.5), stddevs=np.float64(1.0), minvals=np.float64(-1.0), maxvals=np.float64(1.0)))  # stateless_parameterized_truncated_normal
    emit(g0.uniform((), dtype="float64"))  # Generator.uniform
    emit(R.get_global_generator().uniform(np.array([4, 2, 4], np.int32), minval=-2**63, maxval=2**63 - 1, dtype="int64"))  # Generator.uniform_int
    emit(R.learned_unigram_candidate_sampler([[2]], 1, 6, True, 11, seed=-1))  # learned_unigram_candidate_sampler
    err(lambda: g0.uniform([2, 4], minval=None, maxval=5, dtype=np.int64))  # Generator.uniform_int
    emit(R.stateless_binomial(np.array([3, 3, 4], np.int64), seed=[2, 0], counts=[20.0, 0.5, 5.0, 100.0], probs=1.0, output_dtype="float64"))  # stateless_binomial
    emit(R.poisson([1], lam=np.array([0.0, 5.0, 0.0], np.float16), dtype="float16", seed=2))  # poisson
    emit(R.get_global_generator().uniform(np.array([2], np.int64), minval=1e3, maxval=np.array([-2, -0.0]), dtype=np.float16))  # Generator.uniform
    emit(R.stateless_poisson((4,), seed=(12345, 12345), lam=9.99))  # stateless_poisson
    emit(g0.truncated_normal((6, 6)))  # Generator.truncated_normal
    emit(R.get_global_generator().uniform_full_int([5], dtype=np.uint64))  # Generator.uniform_full_int
    m0 = emit(g0.make_seeds(3))  # Generator.make_seeds
    emit(g0.binomial([3, 1, 3], counts=np.array([5.0, 0.5, 1.0], np.float32), probs=np.array([0.3], np.float32)))  # Generator.binomial
    emit(R.stateless_truncated_normal((1, 0), seed=[2**40, -2], mean=np.float64(-1e10), stddev=1e-3, dtype=np.float16))  # stateless_truncated_normal
""")

case("program_000305", """
    emit(R.set_seed(5))  # set_seed
    emit(R.normal(np.array([2], np.int32), mean=-3.5, stddev=0.1, dtype="float64", seed=-7))  # normal
    emit(R.uniform([5], maxval=100, dtype="int64"))  # uniform_int
    err(lambda: R.Generator.from_state([[1, 2, 3]], alg=R.Algorithm.PHILOX))  # Generator.from_state
    g0 = None
    emit(R.set_seed(2))  # set_seed
    emit(R.stateless_uniform([6], seed=np.array([5, 2**31 - 1], np.int32), alg=R.Algorithm.AUTO_SELECT))  # stateless_uniform
    emit(R.uniform([5, 2, 4], minval=-1, maxval=29, dtype=np.int32, seed=0))  # uniform_int
    emit(R.categorical(np.array([[5.0, 0.25, 0.25, -3.0], [1.0, 0.5, -1.0, 0.25]], np.float32), 2))  # categorical
    emit(R.experimental.index_shuffle(np.uint64(0), seed=[8, 20], max_index=np.uint64(1048576)))  # index_shuffle
    emit(R.stateless_binomial([4, 1, 2, 2], seed=(-2**31, -2), counts=np.array([[0.5, 0.0], [100.0, 100.0]], np.float16), probs=np.array([[1.0, 1.0]], np.float16), output_dtype="int64"))  # stateless_binomial
    emit(R.log_uniform_candidate_sampler([[3, 4], [0, 2], [9, 0]], 2, 3, False, 10, seed=5))  # log_uniform_candidate_sampler
    emit(R.uniform([2]))  # uniform
    emit(R.stateless_gamma((3, 0, 1), seed=np.array([-2, 2**40], np.int64), alpha=[0.0], dtype="float16"))  # stateless_gamma
    emit(R.normal([5, 3, 4], mean=123.456, dtype="float16"))  # normal
    fo0 = emit(R.experimental.stateless_fold_in([7, -2], 1))  # stateless_fold_in
    emit(R.shuffle([-1, -9], seed=-1))  # shuffle
    emit(R.set_seed(1234))  # set_seed
    err(lambda: R.poisson([2.5], lam=np.array([3, 0], np.int32)))  # poisson
    emit(R.stateless_parameterized_truncated_normal([2], seed=np.array([3.5, 7.0], np.float32), means=np.float16(0.0), stddevs=np.float16(1.0), minvals=np.float16(-2.0), maxvals=np.float16(2.0)))  # stateless_parameterized_truncated_normal
    emit(R.fixed_unigram_candidate_sampler([[2, 3, 4], [3, 2, 0]], 3, 2, True, 5, unigrams=[3.0, 4.0, 2.0, 2.0, 2.0]))  # fixed_unigram_candidate_sampler
    err(lambda: R.categorical([[-3.0, 0.5, -3.0, 0.0, 5.0], [-3.0, 1.0, 0.5, 0.25, 0.0]], 3, dtype="int16", seed=np.int64(2)))  # categorical
    emit(R.stateless_gamma((5, 1), seed=[1, 3], alpha=0.25, dtype="float32"))  # stateless_gamma
    emit(R.experimental.create_rng_state(2**70 + 5, 2))  # create_rng_state
""")

case("program_000307", """
    emit(R.set_seed(5))  # set_seed
    emit(R.stateless_normal(np.array([3, 2, 0], np.int32), seed=np.array([-2, 5], np.int64), mean=-2, dtype="float32"))  # stateless_normal
    emit(R.normal([4, 6], mean=1.0, stddev=1.0))  # normal
    s0 = emit(R.split((2, 2**40), alg="PHILOX"))  # random.split
    emit(R.uniform((3, 4), minval=-100, maxval=-50, dtype=np.int32))  # uniform_int
    emit(R.categorical(np.array([[5.0]], np.float64), 5))  # categorical
    emit(R.uniform((6, 4, 2), minval=-2**31, maxval=2**31 - 1, dtype=np.int32, seed=1))  # uniform_int
    emit(R.normal(np.array([1], np.int32)))  # normal
    s1 = emit(R.split([2**31 - 1, -2], num=3))  # random.split
    err(lambda: R.categorical([[0.25], [-3.0], [0.0]], -1))  # categorical
    emit(R.gamma([2], alpha=np.inf, beta=10.0, dtype="float64", seed=2**31 - 1))  # gamma
    emit(R.experimental.create_rng_state(np.array([1, 2, 3, 4], np.int64), "philox"))  # create_rng_state
    fo0 = emit(R.fold_in([2**31 - 1, 2**31 - 1], 17, alg="philox"))  # random.fold_in
    g0 = emit(R.Generator.from_seed(2**64 + 5))  # Generator.from_seed
    emit(R.set_global_generator(g0))  # set_global_generator
    emit(R.get_global_generator().uniform(np.array([1, 3], np.int64), dtype="float16"))  # Generator.uniform
    emit(g0.normal(np.array([4], np.int64)))  # Generator.normal
    err(lambda: R.uniform([3, 1], maxval=123.456, dtype=np.uint8, seed=1234))  # uniform
    g1 = emit(R.Generator.from_key_counter(-1, np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    emit(R.poisson((), lam=np.array([[40, 40], [40, 1]], np.int32), dtype="float32", seed=2))  # poisson
    g2 = emit(R.Generator.from_state([1, 2], alg="threefry"))  # Generator.from_state
    err(lambda: R.categorical([[[5.0, 5.0, 1.0]]], 1))  # categorical
    emit(R.gamma((1, 5), alpha=np.array([0.5], np.float64)))  # gamma
""")

case("program_000308", """
    emit(R.set_seed(87654321))  # set_seed
    emit(R.uniform((0,), minval=0, maxval=1e3, seed=2**31 - 1))  # uniform
    emit(R.gamma(np.array([2], np.int64), alpha=[123.0], dtype=np.float64))  # gamma
    emit(R.normal([1, 5], mean=np.array([[123.456, -0.0, 1e30, 1.0, 1.0]]), dtype=np.float32))  # normal
    emit(R.uniform([], minval=0, maxval=1, dtype=np.int32))  # uniform_int
    emit(R.stateless_parameterized_truncated_normal(np.array([5], np.int32), seed=np.array([1, 5], np.int64), means=np.float32(-0.0), stddevs=0.1, minvals=0.9, maxvals=1.1))  # stateless_parameterized_truncated_normal
    emit(R.truncated_normal([3], stddev=0.1, dtype="float32", seed=0))  # truncated_normal
    emit(R.gamma([5, 1], alpha=np.array([[10.0, np.inf]], np.float32), dtype=np.float64))  # gamma
    g0 = emit(R.Generator.from_state([-1, 2**40, -2], alg="philox"))  # Generator.from_state
    emit(R.poisson([2, 6], lam=np.inf, seed=0))  # poisson
    emit(R.learned_unigram_candidate_sampler([[9], [7], [4]], 1, 1, True, 12))  # learned_unigram_candidate_sampler
    emit(R.stateless_binomial([6], seed=np.array([-2**31, -2], np.int64), counts=5.0, probs=0.25))  # stateless_binomial
    emit(R.stateless_uniform([3, 3], seed=np.array([-1, 5], np.int64), minval=np.float64(-1e10), alg=R.Algorithm.AUTO_SELECT))  # stateless_uniform
    err(lambda: R.stateless_uniform((), seed=[7, 1, 7], minval=None, maxval=None, dtype="uint32", alg="auto_select"))  # stateless_uniform_int
    emit(R.stateless_binomial([4, 2, 3], seed=np.array([7, 2], np.int32), counts=[[7.0, 20.0, 5.0], [0.5, 5.0, 100.0]], probs=[1.0, 0.05, 0.9], output_dtype="float16"))  # stateless_binomial
    emit(R.shuffle(np.arange(1, dtype=np.float16).reshape([1]), seed=2**31))  # shuffle
    emit(g0.key)  # Generator.state
    emit(R.uniform([3], minval=-100, maxval=-50, dtype="int32"))  # uniform_int
    emit(R.uniform(np.array([0], np.int64), minval=1.0, dtype=np.float16, seed=1))  # uniform
    emit(g0.binomial([4, 3], counts=np.float16(20.0), probs=np.float16(0.999)))  # Generator.binomial
    emit(g0.uniform([4, 3], dtype=np.float16))  # Generator.uniform
    g1 = emit(R.Generator.from_seed(1))  # Generator.from_seed
    emit(R.gamma([5], alpha=[0.5], dtype="float16", seed=2**31))  # gamma
    emit(R.stateless_uniform([4, 4], seed=np.array([5, -1], np.int32), minval=None, maxval=None, dtype="int64"))  # stateless_uniform_int
""")

case("program_000310", """
    emit(R.set_seed(-5))  # set_seed
    emit(R.uniform([], minval=-9, maxval=23, dtype=np.int32, seed=3))  # uniform_int
    err(lambda: R.stateless_binomial([3, -1, 2], seed=[-2, 2**31 - 1], counts=np.float16(20.0), probs=np.float16(0.0), output_dtype="float32"))  # stateless_binomial
    emit(R.truncated_normal([1, 5, 5], stddev=10, seed=7))  # truncated_normal
    emit(R.stateless_normal((2, 4), seed=np.array([5, 5], np.uint64), alg=1))  # stateless_normal
    emit(R.normal([5], mean=np.float32(-0.0), stddev=-1.0, seed=2))  # normal
    emit(R.truncated_normal([3], mean=np.float64(3), seed=2**31))  # truncated_normal
    emit(R.learned_unigram_candidate_sampler([[0, 5, 2]], 3, 2, True, 7, seed=3))  # learned_unigram_candidate_sampler
    g0 = emit(R.experimental.Generator.from_seed(2**64 + 5))  # Generator.from_seed
    emit(R.set_seed(2))  # set_seed
    emit(g0.uniform([], maxval=0.5))  # Generator.uniform
""")

case("program_000312", """
    emit(R.set_seed(-5))  # set_seed
    emit(R.truncated_normal([1], stddev=[1e20], seed=5))  # truncated_normal
    emit(R.stateless_parameterized_truncated_normal((3,), seed=[12345, 5], means=5.0, stddevs=1.0, minvals=-np.inf, maxvals=-1.0))  # stateless_parameterized_truncated_normal
    emit(R.stateless_parameterized_truncated_normal([2], seed=[2**40, 1], means=0.5, stddevs=0.1))  # stateless_parameterized_truncated_normal
    emit(R.truncated_normal([0, 6], stddev=2.0, dtype="float32", seed=7))  # truncated_normal
    emit(R.poisson([2], lam=np.float64(0.5)))  # poisson
    emit(R.stateless_truncated_normal([4], seed=(1, 2), mean=-2, stddev=1e-3, dtype=np.float64))  # stateless_truncated_normal
    emit(R.learned_unigram_candidate_sampler([[0, 1]], 2, 3, True, 5, seed=5))  # learned_unigram_candidate_sampler
    emit(R.uniform([2, 3, 2], dtype="float64", seed=np.int64(1234)))  # uniform
    emit(R.log_uniform_candidate_sampler([[538, 254], [712, 975], [847, 198]], 2, 8, True, 1000000))  # log_uniform_candidate_sampler
    emit(R.stateless_truncated_normal([3, 6, 3], seed=[1, 3], stddev=1e-3, dtype="float16"))  # stateless_truncated_normal
    emit(R.all_candidate_sampler([[0], [0], [2]], 1, 3, False))  # all_candidate_sampler
    fo0 = emit(R.experimental.stateless_fold_in([-2, 2**31 - 1], -3))  # stateless_fold_in
    emit(R.stateless_normal([3, 1, 2], seed=np.array([7, 7], np.int32), mean=1e3, stddev=3.0, dtype="float32", alg=R.Algorithm.PHILOX))  # stateless_normal
    emit(R.experimental.stateless_shuffle(np.arange(4, dtype=np.int64).reshape([4]), seed=[2**31 - 1, 12345]))  # stateless_shuffle
""")

case("program_000314", """
    emit(R.fixed_unigram_candidate_sampler([[3, 1, 1]], 3, 5, False, 4, unigrams=[4.0, 1.0, 2.0, 3.0], distortion=2.0, seed=3))  # fixed_unigram_candidate_sampler
    emit(R.experimental.create_rng_state(2**70 + 5, 2))  # create_rng_state
    emit(R.normal([], seed=1234))  # normal
    emit(R.stateless_uniform([0], seed=np.array([3, 0], np.int64), minval=None, maxval=None, dtype="uint64", alg=1))  # stateless_uniform_int
    emit(R.stateless_gamma(np.array([5, 3, 2], np.int64), seed=[3, 2**40], alpha=[-1.0, 0.25], beta=[0.1, 0.5]))  # stateless_gamma
    emit(R.stateless_uniform([5], seed=[3, 2**40], minval=-3.5, alg="philox"))  # stateless_uniform
    emit(R.stateless_normal([2, 4], seed=(12345, -2**31), mean=0.0))  # stateless_normal
    emit(R.stateless_parameterized_truncated_normal([3], seed=[1, 1], means=np.float32(-0.0), minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(R.categorical([[0.0]], 2, seed=5))  # categorical
    emit(R.shuffle([41, 10, 9], seed=7))  # shuffle
    emit(R.set_seed(-5))  # set_seed
    emit(R.stateless_binomial([], seed=np.array([2**40, -1], np.int64), counts=1e4, probs=1.5, output_dtype="float32"))  # stateless_binomial
    s0 = emit(R.experimental.stateless_split(np.array([-2**31, 3], np.int32), num=2, alg=R.Algorithm.PHILOX))  # stateless_split
    emit(R.poisson(np.array([4], np.int32), lam=[[15.0], [np.inf]], seed=np.int64(5)))  # poisson
    emit(R.uniform(np.array([1, 1], np.int64), minval=-2, dtype="float32"))  # uniform
    err(lambda: R.stateless_uniform([1, 4], seed=[7, 7, -1], alg="auto_select"))  # stateless_uniform
    emit(R.uniform([0, 6], minval=-2**40, maxval=2**40, dtype="int64", seed=2))  # uniform_int
    emit(R.uniform(np.array([6], np.int64), minval=-2**31, maxval=2**31 - 1, dtype=np.int32))  # uniform_int
    emit(R.gamma(np.array([6, 3], np.int32), alpha=[3.5, np.nan], beta=[1.0, 1e-3], seed=2**31 - 1))  # gamma
    emit(R.truncated_normal([5, 0], stddev=np.array([], np.float32), dtype="float64"))  # truncated_normal
    err(lambda: R.fixed_unigram_candidate_sampler([[15, 4], [6, 10], [0, 1]], 2, 3, True, 11, unigrams=[10.0, 0.5, 3.0, 3.0, 1.0, 3.0, 2.0, 3.0, 1.0, 2.0, 1.0], num_reserved_ids=2, num_shards=2, shard=1, seed=-7))  # fixed_unigram_candidate_sampler
    err(lambda: R.uniform([2, -3], minval=3, maxval=31, dtype=np.int32, seed=2))  # uniform_int
    emit(R.stateless_parameterized_truncated_normal([0], seed=np.array([2**31, 3], np.uint32), means=np.float64(-2.0), stddevs=np.float64(1.0), minvals=np.float64(-1.0), maxvals=np.float64(1.0)))  # stateless_parameterized_truncated_normal
    emit(R.set_seed(1234))  # set_seed
    emit(R.uniform([2, 1, 0], minval=np.array(-0.0), maxval=-3.5, seed=2**31 - 1))  # uniform
    emit(R.normal([2], dtype=np.float16))  # normal
    emit(R.stateless_truncated_normal([6, 4], seed=[5, 0], mean=3, stddev=np.float32(1.0), dtype="float32"))  # stateless_truncated_normal
    emit(R.stateless_truncated_normal([6, 3], seed=[12345, 7], mean=0, dtype=np.float64))  # stateless_truncated_normal
""")

case("program_000315", """
    emit(R.set_seed(2**31 - 1))  # set_seed
    err(lambda: R.stateless_parameterized_truncated_normal([1, 3], seed=[-2**31, 3], minvals=-np.inf, maxvals=np.inf))  # stateless_parameterized_truncated_normal
    emit(R.gamma((1, 6), alpha=np.array([np.inf, 1e-3, -1.0], np.float64), dtype="float64", seed=1))  # gamma
    emit(R.stateless_gamma([3, 2], seed=(-2**31, 2**40), alpha=[3.5, np.nan], beta=-1.0, dtype="float32"))  # stateless_gamma
    err(lambda: R.uniform((6, 0), minval=123.456, maxval=np.float64(123.456), dtype="uint64", seed=np.int64(1234)))  # uniform
    emit(R.stateless_poisson([5, 1, 3], seed=np.array([1, 0], np.uint64), lam=[9.99, 1e4, 0.0], dtype="int32"))  # stateless_poisson
    err(lambda: R.uniform_candidate_sampler([[1000004], [123]], 1, 2, True, 1000000))  # uniform_candidate_sampler
    emit(R.categorical([[-3.0, 1.0, 1.0, 0.0, 5.0], [1.0, -3.0, -3.0, 0.5, 0.25]], 3, seed=2**40 + 3))  # categorical
    emit(R.set_seed(0))  # set_seed
    emit(R.uniform(np.array([2], np.int32), minval=-7, maxval=17, dtype="int64", seed=0))  # uniform_int
    g0 = emit(R.Generator.from_seed([1, 2, 3]))  # Generator.from_seed
    g1 = emit(R.Generator.from_seed(42))  # Generator.from_seed
    emit(R.stateless_truncated_normal([], seed=[-2**31, 3], stddev=1.0, dtype="bfloat16"))  # stateless_truncated_normal
    emit(R.set_seed(None))  # set_seed
    emit(R.stateless_poisson(np.array([0, 2, 2], np.int32), seed=np.array([2**31 - 1, 2**31 - 1], np.int64), lam=np.array([1, 40], np.int64)))  # stateless_poisson
    g2 = emit(R.Generator.from_seed([1, 2]))  # Generator.from_seed
    err(lambda: R.stateless_uniform([6], seed=(2**31 - 1, 3), dtype="float64", alg="bogus"))  # stateless_uniform
    emit(R.stateless_binomial([5], seed=[3, 2**31 - 1], counts=np.float16(7.0), probs=np.float64(-0.1), output_dtype="float16"))  # stateless_binomial
    fo0 = emit(R.fold_in(np.array([1, 2**32 - 1], np.uint32), 5, alg=3))  # random.fold_in
    emit(g0.uniform([2], maxval=0.0, dtype="float16"))  # Generator.uniform
    emit(R.stateless_gamma([4], seed=np.array([1, 7], np.uint32), alpha=np.float64(-1.0)))  # stateless_gamma
    emit(R.categorical([[2.0, 2.0, -np.inf], [0.0, 5.0, 2.0]], 3, seed=2))  # categorical
    emit(R.stateless_categorical(np.array([[5.0, 0.25, 2.0, 0.5], [0.25, 0.5, 0.5, -np.inf]], np.float32), 8, seed=[2, -2], dtype="int32"))  # stateless_categorical
    emit(R.stateless_uniform([6], seed=[7, 3], maxval=np.float64(0), dtype=np.float64, alg=R.Algorithm.PHILOX))  # stateless_uniform
    emit(R.shuffle(np.arange(5, dtype=np.float16).reshape([5]), seed=2))  # shuffle
    emit(R.poisson([4, 1], lam=np.array([9.99], np.float64), seed=-7))  # poisson
    emit(R.stateless_binomial(np.array([2], np.int32), seed=fo0, counts=5.0, probs=0.9, output_dtype="float32"))  # stateless_binomial
    err(lambda: R.stateless_parameterized_truncated_normal([4, 2], seed=[7, 2**31 - 1], means=[0.0, 1.0, 2.0]))  # stateless_parameterized_truncated_normal
    m0 = emit(g0.make_seeds(3))  # Generator.make_seeds
    emit(R.all_candidate_sampler([[4], [3], [1]], 1, 5, True))  # all_candidate_sampler
    emit(R.categorical([[10.0, 1.0, 0.0, -1.0, -3.0], [0.5, -np.inf, 1.0, 10.0, 0.0], [0.0, 10.0, 5.0, 10.0, 1.0]], 8, dtype="int32", seed=-1))  # categorical
""")

case("program_000320", """
    emit(R.shuffle(np.arange(6, dtype=np.float64).reshape([6]), seed=7))  # shuffle
    emit(R.stateless_binomial([2, 1, 2], seed=[2**40, 2], counts=[10.0, -3.0], probs=[1.0], output_dtype="float64"))  # stateless_binomial
    emit(R.normal([1], dtype=np.float32, seed=-7))  # normal
    emit(R.stateless_categorical([[5.0, 5.0, -3.0, 5.0], [0.0, 0.5, 2.0, 5.0]], 0, seed=[1, -1]))  # stateless_categorical
    emit(R.stateless_normal((4, 2), seed=np.array([1, -2], np.int64), mean=10.0))  # stateless_normal
    g0 = emit(R.Generator.from_key_counter(5, [0, 0], alg="philox"))  # Generator.from_key_counter
    emit(R.experimental.stateless_shuffle(np.arange(12, dtype=np.float64).reshape([1, 6, 2]), seed=[-2**31, -1]))  # stateless_shuffle
    emit(R.stateless_uniform([4], seed=[2, 2**40], minval=1, maxval=50, dtype="int64", alg=R.Algorithm.PHILOX))  # stateless_uniform_int
    emit(g0.uniform(np.array([3, 2], np.int64), minval=6, maxval=40, dtype="int64"))  # Generator.uniform_int
    emit(R.gamma([0], alpha=[0.1, 0.1], seed=0))  # gamma
    emit(R.shuffle(np.float32(1.5), seed=0))  # shuffle
    g1 = emit(R.Generator.from_state([12345, -1, 2**40], alg="philox"))  # Generator.from_state
    g2 = emit(R.experimental.Generator.from_key_counter(2**40, [2**40, -3], alg="philox"))  # Generator.from_key_counter
    emit(R.uniform([2, 3], maxval=2.5, seed=2**40 + 3))  # uniform
    emit(R.poisson((1, 2), lam=[9.99, 0.0, 1.0], dtype=np.int64, seed=2**31 - 1))  # poisson
    emit(g2.uniform([2, 3], dtype="float16"))  # Generator.uniform
    emit(R.stateless_parameterized_truncated_normal(np.array([4], np.int64), seed=[5, 2], stddevs=0.1))  # stateless_parameterized_truncated_normal
    err(lambda: R.stateless_normal([4, 6], seed=np.array([-2**31, 12345], np.int32), mean=np.array([[10.0, 0.0, -2, 10.0, 1e30, 2.5], [1e30, 0.5, 0.0, 0.0, 0, 1e30], [-1e10, 1e3, -2, 10.0, 0.0, 1.0], [0.5, 100.0, -0.0, 1e3, -1e10, 123.456]], np.float64), stddev=1.0, dtype="int32"))  # stateless_normal
    emit(R.shuffle(np.arange(4, dtype=np.float64).reshape([4]), seed=2**31 - 1))  # shuffle
    emit(R.stateless_uniform(np.array([2], np.int64), seed=(12345, -2), minval=5, maxval=47, dtype="int64"))  # stateless_uniform_int
    emit(R.stateless_uniform([5], seed=[7, -1], minval=-1e10, dtype="float32", alg=R.Algorithm.AUTO_SELECT))  # stateless_uniform
    err(lambda: R.experimental.index_shuffle(np.uint32(1), seed=np.array([3, 4, 5], np.uint32), max_index=np.uint32(1048576)))  # index_shuffle
    err(lambda: R.uniform_candidate_sampler([[3]], 2, 6, False, 10, seed=-7))  # uniform_candidate_sampler
    err(lambda: R.experimental.stateless_fold_in([[1, 2], [3, 4]], 2**40))  # stateless_fold_in
    fo0 = None
    emit(R.truncated_normal((6, 4), stddev=0.1, seed=2**31 - 1))  # truncated_normal
    emit(g2.truncated_normal([4]))  # Generator.truncated_normal
    emit(R.gamma((0, 1), alpha=1e-3, seed=7))  # gamma
    f0 = F(lambda: (g2.normal((3, 1)), R.stateless_uniform([2], seed=[5, 5], dtype=np.float32)))  # function
    g3 = emit(R.Generator.from_state(np.array([-1, 1, 3], np.int64), alg=R.Algorithm.PHILOX))  # Generator.from_state
    emit(g2.normal([2], stddev=-1.0, dtype=np.float64))  # Generator.normal
    err(lambda: R.stateless_gamma([], seed=[1, 7], alpha=[1.0, 2.0, 3.0]))  # stateless_gamma
    emit(R.poisson([4], lam=[1.0, 9.99], seed=42))  # poisson
    emit(g3.state)  # Generator.state
    emit(g0.truncated_normal(np.array([3, 1, 6], np.int64)))  # Generator.truncated_normal
""")

case("program_000322", """
    emit(R.log_uniform_candidate_sampler([[3], [13]], 1, 3, False, 50, seed=-7))  # log_uniform_candidate_sampler
    emit(R.stateless_uniform(np.array([0], np.int64), seed=[12345, 2**40], minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    emit(R.gamma([1, 2], alpha=[np.inf], dtype="float64", seed=3))  # gamma
    emit(R.stateless_gamma([2, 1], seed=np.array([2.0, 2.0], np.float64), alpha=np.array([1.0], np.float32)))  # stateless_gamma
    emit(R.stateless_uniform([2], seed=[1, 2**31 - 1], alg=R.Algorithm.PHILOX))  # stateless_uniform
    emit(R.all_candidate_sampler([[0], [0], [3]], 1, 7, True, seed=3))  # all_candidate_sampler
    emit(R.log_uniform_candidate_sampler([[727]], 1, 5, False, 1000000, seed=2))  # log_uniform_candidate_sampler
    emit(R.stateless_uniform([], seed=[12345, 3], minval=None, maxval=None, dtype="int64"))  # stateless_uniform_int
    emit(R.stateless_uniform([], seed=np.array([-2**31, 12345], np.int32), minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    emit(R.truncated_normal([2], mean=-2, stddev=0.0, dtype="bfloat16", seed=0))  # truncated_normal
    f0 = F(lambda: (R.poisson(np.array([5], np.int64), lam=[33.3, 100.0], dtype="int32", seed=7), R.shuffle(np.arange(1, dtype=np.float32).reshape([1]), seed=-1)))  # function
    emit(R.gamma([2], alpha=123.0, seed=7))  # gamma
    emit(R.stateless_normal([6], seed=np.array([12345, -2], np.int32), mean=10.0, dtype=np.float32))  # stateless_normal
    err(lambda: R.stateless_poisson([-1], seed=(-2, 2**40), lam=np.array([[5.0], [np.inf]], np.float32)))  # stateless_poisson
    g0 = emit(R.Generator.from_seed(2**32))  # Generator.from_seed
    emit(R.uniform(np.array([2, 3, 5], np.int32), minval=2**31, maxval=2**32, dtype="int64", seed=2**40 + 3))  # uniform_int
    emit(R.uniform([6], minval=-2**40, maxval=2**40, dtype=np.int64, seed=5))  # uniform_int
    emit(R.stateless_poisson([0, 2], seed=np.array([7, 1], np.int32), lam=[0.0, 5.0]))  # stateless_poisson
    emit(R.set_global_generator(g0))  # set_global_generator
    emit(R.uniform_candidate_sampler([[20, 41], [22, 11]], 2, 4, False, 50, seed=87654321))  # uniform_candidate_sampler
    emit(g0.uniform([5, 5], minval=np.float32(123.456), dtype="float32"))  # Generator.uniform
    emit(g0.reset_from_key_counter(5, [6, 7]))  # Generator.reset_from_key_counter
    err(lambda: R.stateless_normal([3, 5], seed=(-2, 7), dtype="bfloat16", alg=R.Algorithm.THREEFRY))  # stateless_normal
    emit(R.get_global_generator().uniform([], minval=np.float16(-0.0), maxval=0.0, dtype="float32"))  # Generator.uniform
    s0 = emit(R.split([-2, -2**31], num=1))  # random.split
    emit(R.stateless_parameterized_truncated_normal([6, 1], seed=s0[0], stddevs=[3.0], minvals=0.9, maxvals=1.1))  # stateless_parameterized_truncated_normal
    emit(R.uniform([3, 5], minval=-2**63, maxval=2**63 - 1, dtype=np.int64, seed=2**40 + 3))  # uniform_int
    emit(R.stateless_normal([], seed=s0[0], dtype="float32", alg=3))  # stateless_normal
    emit(R.set_global_generator(g0))  # set_global_generator
    err(lambda: R.get_global_generator().binomial([1, 3], counts=np.float32(1e4), probs=np.float64(0.05), dtype="float32"))  # Generator.binomial
""")

case("program_000323", """
    emit(R.set_seed(1))  # set_seed
    emit(R.poisson([3], lam=15.0, dtype="float64"))  # poisson
    emit(R.stateless_truncated_normal([3], seed=[1, 1], mean=0, stddev=0.5))  # stateless_truncated_normal
    emit(R.stateless_poisson(np.array([0, 2, 1], np.int32), seed=np.array([2, 1], np.int32), lam=[15.0], dtype="float32"))  # stateless_poisson
    s0 = emit(R.experimental.stateless_split(np.array([5, 0], np.int32)))  # stateless_split
    emit(R.gamma([5, 1], alpha=[1e-3, 0.0], beta=np.array([0.1, 10.0], np.float32), dtype="float16"))  # gamma
    emit(R.poisson([], lam=np.array(3, np.int64), dtype=np.int64))  # poisson
    emit(R.stateless_gamma([3, 1, 1], seed=(-2**31, 3), alpha=[[0.1]], dtype=np.float64))  # stateless_gamma
    emit(R.stateless_uniform([], seed=[-1, 2**31 - 1], minval=-3.5, maxval=0.5, dtype="bfloat16", alg="auto_select"))  # stateless_uniform
    emit(R.stateless_gamma([1, 1], seed=np.array([0, 2**31 - 1], np.int32), alpha=np.array([10.0], np.float64)))  # stateless_gamma
    emit(R.stateless_poisson(np.array([4], np.int32), seed=(0, -1), lam=np.array(0, np.int32), dtype="float64"))  # stateless_poisson
    g0 = emit(R.Generator.from_key_counter(np.int64(3), np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    f0 = F(lambda: g0.uniform([3, 4], minval=-9, maxval=32, dtype="int32"))  # function
    err(lambda: R.stateless_uniform([2], seed=[5, -2**31], minval=-100, maxval=-50, dtype="int32", alg="threefry"))  # stateless_uniform_int
    emit(R.all_candidate_sampler([[1], [1]], 1, 3, True))  # all_candidate_sampler
""")

case("program_000325", """
    emit(R.set_seed(2**31 - 1))  # set_seed
    emit(R.categorical([[2.0, 0.5], [1.0, -1.0], [10.0, -1.0]], 2, dtype=np.int32))  # categorical
    emit(R.normal([4], stddev=np.float16(-0.0), dtype=np.float64, seed=3))  # normal
    emit(R.stateless_parameterized_truncated_normal([1], seed=[-2, 0], means=1.0, minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    g0 = emit(R.Generator.from_state(np.array([1, -2, 12345], np.int64), alg=1))  # Generator.from_state
    emit(R.uniform([3], maxval=100, dtype="int32", seed=-1))  # uniform_int
    emit(g0.binomial([0, 3], counts=[20.0, 0.5, 0.5], probs=0.05, dtype="int64"))  # Generator.binomial
    g1 = emit(R.Generator.from_seed([1, 2, 3], alg="philox"))  # Generator.from_seed
    emit(R.normal((3, 5, 4), mean=10.0, stddev=-1.0, dtype="float64", seed=87654321))  # normal
    s0 = emit(R.split((12345, 5), num=2, alg="auto_select"))  # random.split
    emit(R.experimental.stateless_shuffle(np.arange(3, dtype=np.float16).reshape([3]), seed=[2**40, -2**31]))  # stateless_shuffle
    emit(R.poisson(np.array([2, 1], np.int64), lam=9.99, dtype="float32", seed=1))  # poisson
    emit(g1.reset([10, 20, 30]))  # Generator.reset
    emit(R.gamma(np.array([6, 5], np.int64), alpha=0.25, seed=2**31))  # gamma
    emit(R.poisson((1,), lam=40, dtype="float16", seed=1))  # poisson
    emit(R.uniform(np.array([1, 0], np.int32), minval=-3, maxval=42, dtype=np.int64, seed=1))  # uniform_int
""")

case("program_000327", """
    emit(R.fixed_unigram_candidate_sampler([[3, 0, 3], [2, 1, 3]], 3, 3, True, 4, unigrams=[3.0, 2.0, 4.0, 0.5], seed=1))  # fixed_unigram_candidate_sampler
    emit(R.stateless_uniform([1], seed=[1, 3], minval=None, maxval=None, dtype="int64"))  # stateless_uniform_int
    emit(R.stateless_categorical(np.array([[-1.0, 5.0, 5.0], [-1.0, 0.0, 2.0]], np.float16), 3, seed=[7, -2]))  # stateless_categorical
    emit(R.normal([5], mean=np.float32(-3.5), dtype="float32", seed=42))  # normal
    err(lambda: R.fixed_unigram_candidate_sampler([[2, 8, 4]], 3, 4, True, 11, unigrams=[0.5, 2.0, 2.0, 1.0, 4.0, 3.0, 1.0, 1.0, 2.0, 10.0, 4.0], distortion=0.75, num_reserved_ids=2, num_shards=2, shard=1, seed=-1))  # fixed_unigram_candidate_sampler
    emit(R.stateless_normal([], seed=[5, 12345], stddev=0.5, dtype="float32"))  # stateless_normal
    err(lambda: R.learned_unigram_candidate_sampler([[8, 4], [6, 0], [2, 5]], 2, 4, True, 7, seed=7))  # learned_unigram_candidate_sampler
    emit(R.experimental.index_shuffle(np.arange(7, dtype=np.uint32), seed=[5, 9], max_index=100))  # index_shuffle
    emit(R.gamma([5], alpha=10.0, dtype="float16", seed=0))  # gamma
    emit(R.stateless_gamma([6, 1, 2], seed=np.array([5, 0], np.uint64), alpha=[[-1.0, np.inf]], dtype="float16"))  # stateless_gamma
    emit(R.uniform(np.array([1], np.int64), maxval=10.0, dtype=np.float16, seed=7))  # uniform
    g0 = emit(R.Generator.from_state([-2, 1, 3], alg=1))  # Generator.from_state
    fo0 = emit(R.fold_in([2**31 - 1, -2], np.int64(5)))  # random.fold_in
    err(lambda: R.stateless_uniform(np.array([3, 6], np.int32), seed=(-1, 2), minval=2.5, dtype="int8"))  # stateless_uniform
    emit(R.stateless_categorical([[-1.0, 10.0, 0.25], [5.0, -np.inf, 5.0]], 8, seed=fo0, dtype=np.int32))  # stateless_categorical
    emit(g0.uniform([2], minval=10.0, maxval=-2))  # Generator.uniform
    emit(R.uniform([0, 5], dtype=np.float16, seed=-1))  # uniform
    emit(R.gamma([4], alpha=np.array([[-1.0, 0.0, 3.5]], np.float32), beta=np.array([1.0, 0.1, 2.0], np.float64), dtype="float32", seed=2**40 + 3))  # gamma
    emit(R.stateless_uniform([5], seed=[-2, 12345], dtype="float32", alg="PHILOX"))  # stateless_uniform
    err(lambda: R.truncated_normal(np.array([5], np.int64), mean=[0, 3, -1.0, 100.0, 0.0, -1e10], seed=2**40 + 3))  # truncated_normal
""")

case("program_000328", """
    emit(R.shuffle(np.arange(1, dtype=np.float32).reshape([1]), seed=np.int64(2)))  # shuffle
    emit(R.stateless_uniform(np.array([2, 4, 0], np.int64), seed=[7, 0], minval=np.float64(-3.5), maxval=0.5, dtype="float32"))  # stateless_uniform
    emit(R.learned_unigram_candidate_sampler([[2, 0], [0, 0], [0, 0]], 2, 2, False, 3, seed=3))  # learned_unigram_candidate_sampler
    emit(R.experimental.index_shuffle(np.arange(4, dtype=np.int64), seed=np.array([1, 2], np.int64), max_index=np.int64(3)))  # index_shuffle
    fo0 = emit(R.fold_in([-1, 2], 17))  # random.fold_in
    emit(R.stateless_truncated_normal([4, 5], seed=fo0, mean=np.float64(2.5)))  # stateless_truncated_normal
    emit(R.stateless_uniform([3], seed=np.array([2**63 + 5, 2**40], np.uint64), minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    g0 = emit(R.Generator.from_key_counter(np.int64(3), [0, 0], alg="philox"))  # Generator.from_key_counter
    err(lambda: g0.uniform([3], dtype=np.int64))  # Generator.uniform_int
    emit(g0.uniform(np.array([1], np.int64), minval=0, maxval=2**20, dtype="int64"))  # Generator.uniform_int
    emit(g0.uniform(np.array([5], np.int32), minval=np.float32(0), maxval=-1e10))  # Generator.uniform
    emit(g0.binomial([3], counts=np.float32(100.0), probs=np.float32(0.9), dtype="int32"))  # Generator.binomial
    emit(g0.uniform([3, 6], minval=-1.0, dtype=np.float16))  # Generator.uniform
    emit(g0.uniform(np.array([3], np.int32), minval=-1e10))  # Generator.uniform
    emit(R.fixed_unigram_candidate_sampler([[3, 6, 9], [5, 4, 4]], 3, 1, False, 10, unigrams=[1.0, 1.0, 4.0, 0.5, 0.5, 4.0, 4.0, 3.0, 10.0, 2.0], distortion=0.0, seed=0))  # fixed_unigram_candidate_sampler
    emit(g0.state)  # Generator.state
    emit(R.stateless_gamma([6, 4], seed=[12345, 1], alpha=1.0, beta=-1.0, dtype="float64"))  # stateless_gamma
    emit(R.shuffle([45, 37, -33, -32, -31], seed=2**31 - 1))  # shuffle
    emit(R.stateless_poisson([4, 2, 2], seed=(-2, 5), lam=np.array([33.3, 33.3], np.float64), dtype="float64"))  # stateless_poisson
    emit(R.stateless_uniform([0], seed=fo0, minval=-3, maxval=-5, dtype=np.int64))  # stateless_uniform_int
    emit(R.stateless_parameterized_truncated_normal([5, 6, 1], seed=[3, 0], means=-2.0, minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    fo1 = emit(R.fold_in([0, 2**40], np.int64(5)))  # random.fold_in
    emit(g0.reset_from_key_counter(5, [6, 7]))  # Generator.reset_from_key_counter
    fo2 = emit(R.experimental.stateless_fold_in([1, -1], 17, alg="philox"))  # stateless_fold_in
""")

case("program_000332", """
    g0 = emit(R.Generator.from_seed(2**32))  # Generator.from_seed
    emit(R.categorical(np.array([[0.0, 2.0, 0.0, 5.0], [-1.0, 2.0, 10.0, 2.0], [0.5, -np.inf, -1.0, 0.25]], np.float32), 7, dtype="int32", seed=2**31 - 1))  # categorical
    err(lambda: R.stateless_categorical([1.0, 1.0, -1.0, -np.inf, 0.5], 3, seed=np.array([-2**31, 2**31 - 1], np.int64)))  # stateless_categorical
    emit(R.stateless_truncated_normal((0, 6), seed=[0, -2], mean=-1e10, alg="auto_select"))  # stateless_truncated_normal
    gs0 = emit(g0.split(2))  # Generator.split
    emit(gs0[0].state)  # Generator.state
    emit(R.set_global_generator(gs0[0]))  # set_global_generator
    emit(R.stateless_poisson([1], seed=np.array([0.0, 1.0], np.float64), lam=np.array([7], np.int32)))  # stateless_poisson
    emit(R.uniform([5], dtype="bfloat16", seed=2))  # uniform
    fo0 = emit(R.experimental.stateless_fold_in(np.array([2, 0], np.uint64), np.int32(-2)))  # stateless_fold_in
""")

case("program_000333", """
    g0 = emit(R.Generator.from_key_counter(2**40, [2**40, -3], alg="philox"))  # Generator.from_key_counter
    emit(g0.binomial((4, 2, 3), counts=np.array([[1.0, 10.0, 10.0], [5.0, 7.0, 20.0]], np.float64), probs=np.array([0.3, 0.9, 0.5], np.float64)))  # Generator.binomial
    err(lambda: R.experimental.stateless_fold_in([1], 0))  # stateless_fold_in
    fo0 = None
    emit(g0.reset([10, 20, 30]))  # Generator.reset
    emit(R.normal(np.array([3], np.int64), dtype=np.float32, seed=2**31 - 1))  # normal
    emit(g0.key)  # Generator.state
    fo1 = emit(R.experimental.stateless_fold_in((7, 1), 2**40, alg="PHILOX"))  # stateless_fold_in
    emit(R.normal([1], stddev=1e-3, dtype="bfloat16", seed=3))  # normal
    emit(R.set_seed(None))  # set_seed
    emit(g0.uniform(np.array([1], np.int64), minval=None, maxval=None, dtype="int64"))  # Generator.uniform_int
    gs0 = emit(g0.split())  # Generator.split
    g1 = emit(R.Generator.from_key_counter(0, [6, 7], alg="philox"))  # Generator.from_key_counter
    emit(R.normal((3, 3), mean=0.0, stddev=np.float32(-0.0), dtype=np.float32, seed=np.int64(87654321)))  # normal
    emit(R.stateless_parameterized_truncated_normal([1, 3], seed=np.array([-2**31, 7], np.int32), stddevs=[0.5, 0.1, 2.0]))  # stateless_parameterized_truncated_normal
    err(lambda: gs0[0].normal((), stddev=3.0, dtype="int32"))  # Generator.normal
    emit(R.poisson([4, 1], lam=15.0, dtype="float32", seed=1234))  # poisson
    emit(gs0[0].uniform([0], maxval=1e3, dtype=np.float16))  # Generator.uniform
    emit(gs0[0].uniform((), minval=1e3, dtype="float64"))  # Generator.uniform
    emit(R.experimental.stateless_shuffle(np.arange(4, dtype=np.float32).reshape([4]), seed=np.array([1.0, 2.0], np.float32)))  # stateless_shuffle
    emit(g1.reset([-1, 20, 30]))  # Generator.reset
    gs1 = emit(g1.split(1))  # Generator.split
    err(lambda: R.uniform_candidate_sampler([[863], [118], [344]], 2, 1, False, 2**40, seed=2**31))  # uniform_candidate_sampler
    emit(g0.truncated_normal([5, 2], dtype=np.float64))  # Generator.truncated_normal
    emit(R.stateless_uniform((4,), seed=np.array([7, 2], np.int64), maxval=100.0, dtype=np.float64))  # stateless_uniform
    err(lambda: R.experimental.stateless_fold_in(np.array([1, 2, 3], np.int64), 5))  # stateless_fold_in
    fo2 = None
""")

case("program_000334", """
    emit(R.set_seed(None))  # set_seed
    emit(R.uniform([0, 4, 5], minval=-2**31 - 1, maxval=5, dtype="int32", seed=1234))  # uniform_int
    emit(R.truncated_normal([], stddev=-1.0, seed=2))  # truncated_normal
    emit(R.stateless_binomial([6, 2, 1], seed=np.array([2, 12345], np.int64), counts=np.array([[100.0], [100.0]], np.float32), probs=np.array([1.0], np.float32), output_dtype="float64"))  # stateless_binomial
    fo0 = emit(R.fold_in([2**40, 5], 1))  # random.fold_in
    emit(R.stateless_truncated_normal([0, 4], seed=fo0, mean=0.0, dtype="float16", alg="PHILOX"))  # stateless_truncated_normal
    emit(R.uniform_candidate_sampler([[16], [36], [10]], 1, 2, False, 50, seed=-1))  # uniform_candidate_sampler
    emit(R.stateless_poisson([5, 2], seed=np.array([1.0, 2.0], np.float32), lam=np.array([1, 40], np.int32), dtype="float32"))  # stateless_poisson
    emit(R.stateless_gamma([1], seed=fo0, alpha=np.array([123.0], np.float64)))  # stateless_gamma
    fo1 = emit(R.experimental.stateless_fold_in([3, 2], -3))  # stateless_fold_in
    g0 = emit(R.Generator.from_seed(-1))  # Generator.from_seed
    emit(R.stateless_uniform([6, 6], seed=[3, 0], minval=None, maxval=None, dtype="int64", alg=R.Algorithm.AUTO_SELECT))  # stateless_uniform_int
    emit(g0.reset_from_seed(2))  # Generator.reset_from_seed
    emit(R.experimental.create_rng_state(2**64 - 1, R.Algorithm.THREEFRY))  # create_rng_state
    emit(g0.truncated_normal([], mean=3, stddev=1.0, dtype="float16"))  # Generator.truncated_normal
    emit(R.normal([5], mean=np.float32(1e3), dtype="bfloat16", seed=1234))  # normal
    m0 = emit(g0.make_seeds(2))  # Generator.make_seeds
    emit(R.gamma([6], alpha=123.0, dtype="float64", seed=87654321))  # gamma
    emit(R.stateless_gamma([2, 5], seed=[12345, -2**31], alpha=123.0, beta=0.1))  # stateless_gamma
    emit(R.stateless_normal((6, 3), seed=(3, 2**40), mean=1e30))  # stateless_normal
    g1 = emit(R.Generator.from_seed([1, 2, 3]))  # Generator.from_seed
    emit(g1.binomial([4], counts=np.float16(1e4), probs=np.float16(0.25)))  # Generator.binomial
    emit(R.gamma([], alpha=0.1, beta=np.float64(-1.0), seed=2**40 + 3))  # gamma
    err(lambda: R.Generator.from_seed([1, 2], alg="bogus"))  # Generator.from_seed
    g2 = None
    g3 = emit(R.Generator.from_seed(42))  # Generator.from_seed
    emit(R.poisson(np.array([4, 1], np.int64), lam=15.0, seed=7))  # poisson
""")

case("program_000335", """
    emit(R.shuffle(np.arange(3, dtype=np.int64).reshape([3]), seed=-7))  # shuffle
    f0 = F(lambda: (R.uniform((6,), maxval=1e30, seed=2**31 - 1), R.normal((3, 1), dtype="float32", seed=7)))  # function
    emit(R.poisson((5, 1), lam=np.array([0, 40], np.int32), dtype=np.int64, seed=2))  # poisson
    emit(f0())  # function_call
    emit(R.set_seed(3))  # set_seed
    emit(R.stateless_uniform([1], seed=np.array([2**64 - 1, 2**64 - 1], np.uint64), minval=None, maxval=None, dtype="uint64"))  # stateless_uniform_int
    emit(R.gamma(np.array([], np.int32), alpha=[123.0, 2.0], seed=3))  # gamma
    emit(f0())  # function_call
    emit(R.stateless_normal((2, 6), seed=np.array([1.0, 2.0], np.float32), mean=np.array([[100.0, -1e10, -0.0, -3.5, -2, 1e3], [0, -2, 2.5, 0, 123.456, 100.0]], np.float64), stddev=0.0))  # stateless_normal
    emit(R.experimental.create_rng_state(0, "philox"))  # create_rng_state
    emit(R.experimental.index_shuffle(np.arange(9, dtype=np.int64), seed=np.array([1, 2], np.int64), max_index=np.array([100, 101, 102, 103, 104, 105, 106, 107, 108], np.int64)))  # index_shuffle
    fo0 = emit(R.experimental.stateless_fold_in([1, 1], np.int64(5)))  # stateless_fold_in
    emit(R.gamma([1, 3], alpha=np.nan, beta=np.float64(-1.0), dtype="float64", seed=3))  # gamma
    err(lambda: R.experimental.index_shuffle(np.int32(1), seed=np.array([3, 4, 5], np.int32), max_index=np.int32(11)))  # index_shuffle
    emit(R.truncated_normal([0], stddev=3.0, seed=5))  # truncated_normal
    emit(R.stateless_normal(np.array([6, 3, 2], np.int64), seed=np.array([12345, -2**31], np.int32), stddev=[0.0, 0.5]))  # stateless_normal
    g0 = emit(R.Generator.from_state([1, 1, 12345], alg=1))  # Generator.from_state
    emit(g0.binomial([5, 5], counts=np.float32(1.0), probs=np.float32(0.05), dtype="float16"))  # Generator.binomial
    emit(R.uniform([4, 6], minval=-1, maxval=22, dtype="int32", seed=7))  # uniform_int
    emit(R.set_global_generator(g0))  # set_global_generator
    emit(R.uniform([], minval=-6, maxval=42, dtype=np.int32, seed=-1))  # uniform_int
    emit(g0.binomial(np.array([3, 3, 2, 3], np.int32), counts=np.array([[5.0, 10.0, 1.0], [1e4, 7.0, 5.0]], np.float16), probs=np.float16(0.999), dtype="int64"))  # Generator.binomial
    emit(R.get_global_generator().binomial(np.array([6, 2, 1], np.int32), counts=np.array([[1.0], [7.0]], np.float64), probs=np.array([0.3], np.float64)))  # Generator.binomial
""")

case("program_000337", """
    emit(R.set_seed(2**31 - 1))  # set_seed
    emit(R.shuffle(np.array(3.0)))  # shuffle
    f0 = F(lambda: R.stateless_uniform([4], seed=[2**31 - 1, 0], minval=1.0, maxval=np.float32(3), dtype="float32"))  # function
    emit(R.gamma([4], alpha=[-1.0, 0.0, np.nan], beta=[0.5, 1.0, 0.5], seed=0))  # gamma
    emit(R.stateless_uniform([1], seed=np.array([1, -2**31], np.int32), minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    emit(R.fixed_unigram_candidate_sampler([[6, 4, 10]], 3, 6, True, 12, unigrams=[2.0, 2.0, 10.0, 1.0, 0.5, 0.5, 2.0, 3.0, 1.0, 4.0, 1.0, 4.0], seed=42))  # fixed_unigram_candidate_sampler
    g0 = emit(R.Generator.from_key_counter(2**40, [2**40, -3], alg="philox"))  # Generator.from_key_counter
    emit(R.shuffle(np.arange(6, dtype=np.float32).reshape([6]), seed=2**31))  # shuffle
    emit(R.stateless_normal([5], seed=[2**40, 2], dtype=np.float16))  # stateless_normal
    emit(R.stateless_truncated_normal([5], seed=[2**40, -2**31], mean=0.5, stddev=-1.0))  # stateless_truncated_normal
    emit(R.uniform(np.array([6, 5], np.int32), minval=10.0, maxval=np.array([123.456, -1.0, -0.0, 10.0, 1e3], np.float64), dtype="float32", seed=np.int64(5)))  # uniform
    emit(f0())  # function_call
    err(lambda: R.stateless_binomial([3, 2], seed=np.array([12345, -1], np.int64), counts=[1.0, 2.0, 3.0], probs=[0.5, 0.5], output_dtype="int64"))  # stateless_binomial
    emit(g0.reset([-1, 20, 30]))  # Generator.reset
    emit(R.stateless_uniform([4], seed=(1, 12345), minval=-100, maxval=-50, dtype=np.int64))  # stateless_uniform_int
    emit(R.fixed_unigram_candidate_sampler([[8], [1], [0]], 1, 1, True, 12, unigrams=[0.5, 4.0, 2.0, 1.0, 3.0, 10.0, 1.0, 10.0, 3.0, 0.5, 3.0, 1.0], seed=7))  # fixed_unigram_candidate_sampler
    emit(R.truncated_normal((5,), dtype=np.float32, seed=np.int64(1)))  # truncated_normal
    err(lambda: R.stateless_gamma([3, -1, 2], seed=[1, 5], alpha=np.array([123.0, 0.0], np.float32)))  # stateless_gamma
    emit(g0.binomial([1, 0, 4], counts=np.array([20.0, 100.0, 7.0, 7.0], np.float32), probs=np.array([0.9], np.float32)))  # Generator.binomial
    emit(R.stateless_uniform([6, 0, 2], seed=(5, 5), minval=None, maxval=None, dtype="uint32", alg="philox"))  # stateless_uniform_int
    emit(R.stateless_parameterized_truncated_normal((1,), seed=np.array([7, 12345], np.int32), stddevs=[0.1]))  # stateless_parameterized_truncated_normal
    emit(R.stateless_truncated_normal([1, 2], seed=[1, 0], dtype="float32", alg="auto_select"))  # stateless_truncated_normal
    emit(R.stateless_gamma(np.array([1, 3, 2], np.int32), seed=np.array([-2**31, 2**40], np.int64), alpha=np.array([-1.0, 1e-3], np.float64), beta=[0.1, 0.5]))  # stateless_gamma
    emit(R.stateless_uniform([4], seed=np.array([12345, -2**31], np.int64), minval=np.array([-3.5], np.float32), alg=1))  # stateless_uniform
    err(lambda: g0.normal([2, -3], dtype="float32"))  # Generator.normal
    err(lambda: R.stateless_gamma([5, 6], seed=[1, 2, 3], alpha=123.0))  # stateless_gamma
    emit(R.set_seed(None))  # set_seed
    emit(R.stateless_normal(np.array([1], np.int64), seed=[2**31 - 1, 2], dtype="float64", alg="PHILOX"))  # stateless_normal
    g1 = emit(R.Generator.from_seed(-2**40))  # Generator.from_seed
    emit(g1.skip(0))  # Generator.skip
    emit(R.log_uniform_candidate_sampler([[9]], 1, 5, False, 10, seed=-1))  # log_uniform_candidate_sampler
    emit(R.log_uniform_candidate_sampler([[3, 10, 229], [336, 319, 771]], 3, 1, False, 1000000, seed=0))  # log_uniform_candidate_sampler
    emit(R.log_uniform_candidate_sampler([[4, 4], [1, 0]], 2, 4, False, 5, seed=0))  # log_uniform_candidate_sampler
    g2 = emit(R.Generator.from_key_counter(np.int64(3), [6, 7], alg="philox"))  # Generator.from_key_counter
    err(lambda: R.experimental.stateless_shuffle(np.arange(4, dtype=np.int32).reshape([2, 2]), seed=np.array([-2**31, -1], np.int64), alg=R.Algorithm.THREEFRY))  # stateless_shuffle
    fo0 = emit(R.experimental.stateless_fold_in(np.array([12345, -1], np.int64), 2**31 - 1, alg=R.Algorithm.AUTO_SELECT))  # stateless_fold_in
""")

case("program_000339", """
    emit(R.set_seed(1))  # set_seed
    fo0 = emit(R.experimental.stateless_fold_in([-1, 12345], 17))  # stateless_fold_in
    f0 = F(lambda: (R.gamma(np.array([], np.int32), alpha=0.1, seed=7), R.uniform([3], minval=-100, maxval=-50, dtype="int32"), R.uniform([0], minval=0, maxval=[], dtype=np.float16, seed=2**40 + 3)))  # function u
    emit(R.stateless_truncated_normal([0], seed=np.array([3, -2], np.int64), stddev=2.0, alg=1))  # stateless_truncated_normal
    emit(R.learned_unigram_candidate_sampler([[3]], 1, 4, True, 9, seed=-1))  # learned_unigram_candidate_sampler
    emit(f0())  # function_call
    err(lambda: R.fixed_unigram_candidate_sampler([[0], [0]], 1, 4, False, 9, unigrams=[3.0, 2.0, 4.0, 4.0, 10.0, 10.0, 2.0, 10.0, 1.0], distortion=0.0, num_reserved_ids=2, seed=5))  # fixed_unigram_candidate_sampler
    emit(R.stateless_uniform([1], seed=np.array([2, 2], np.uint64), minval=None, maxval=None, dtype=np.uint64, alg=1))  # stateless_uniform_int
    emit(f0())  # function_call
    emit(f0())  # function_call
    emit(R.stateless_uniform([5, 4], seed=[3, 7], minval=np.float16(-0.0), dtype=np.float16))  # stateless_uniform
    g0 = emit(R.experimental.Generator.from_state([3, 2, 2], alg="philox"))  # Generator.from_state
    emit(R.stateless_uniform([4], seed=np.array([2**31 - 1, 7], np.int64), dtype="float32", alg=1))  # stateless_uniform
    emit(R.stateless_binomial([], seed=fo0, counts=0.0, probs=1.0, output_dtype="int64"))  # stateless_binomial
    emit(g0.state)  # Generator.state
""")

case("program_000342", """
    emit(R.set_seed(3))  # set_seed
    emit(R.stateless_uniform([0, 6], seed=np.array([1, 3], np.uint32), minval=None, maxval=None, dtype="uint32", alg=R.Algorithm.AUTO_SELECT))  # stateless_uniform_int
    emit(R.categorical([[0.25, 0.5, -1.0], [-np.inf, -np.inf, 0.0], [0.0, -np.inf, 1.0]], 3, seed=7))  # categorical
    emit(R.categorical([[1.0, 0.25, 2.0], [10.0, 0.25, 5.0]], 3))  # categorical
    emit(R.stateless_uniform(np.array([2, 5], np.int64), seed=[7, 2**31 - 1]))  # stateless_uniform
    err(lambda: R.truncated_normal([3], stddev=3.0, dtype="int32"))  # truncated_normal
    s0 = emit(R.split([7, 2**40], num=2))  # random.split
    emit(R.stateless_gamma((), seed=s0[0], alpha=10.0, beta=10.0, dtype="float16"))  # stateless_gamma
    emit(R.log_uniform_candidate_sampler([[5, 7, 8], [7, 9, 7]], 3, 1, True, 10))  # log_uniform_candidate_sampler
    g0 = emit(R.Generator.from_state(np.array([12345, 2, 12345], np.int64), alg="philox"))  # Generator.from_state
    emit(R.stateless_uniform([4, 3], seed=[2, -1], minval=None, maxval=None, dtype=np.uint64, alg="auto_select"))  # stateless_uniform_int
    emit(R.uniform((6,), minval=0, maxval=10, dtype=np.int32))  # uniform_int
    emit(R.stateless_parameterized_truncated_normal((1,), seed=[2**31 - 1, 2], means=-2.0, stddevs=2.0, minvals=-np.inf, maxvals=-1.0))  # stateless_parameterized_truncated_normal
    err(lambda: R.shuffle(None))  # shuffle
    g1 = emit(R.Generator.from_seed(1234, alg="philox"))  # Generator.from_seed
    fo0 = emit(R.experimental.stateless_fold_in(s0[1], 2**40, alg=3))  # stateless_fold_in
    g2 = emit(R.Generator.from_seed([1, 2]))  # Generator.from_seed
    emit(R.stateless_uniform((5, 3), seed=np.array([3, 2**32 - 1], np.uint32), minval=123.456, maxval=0.0, dtype=np.float32, alg=3))  # stateless_uniform
    err(lambda: g1.truncated_normal([2], dtype="int32"))  # Generator.truncated_normal
    emit(R.stateless_gamma(np.array([0], np.int64), seed=s0[1], alpha=123.0, dtype=np.float64))  # stateless_gamma
    err(lambda: R.experimental.stateless_fold_in([-2**31, 2**40], 1, alg="threefry"))  # stateless_fold_in
    fo1 = None
""")

case("program_000343", """
    emit(R.shuffle(np.array(3.0), seed=-7))  # shuffle
    emit(R.poisson(np.array([], np.int32), lam=np.array([1, 7], np.int32), seed=2))  # poisson
    emit(R.log_uniform_candidate_sampler([[0, 0], [4, 0], [2, 0]], 2, 6, False, 5, seed=2))  # log_uniform_candidate_sampler
    err(lambda: R.uniform([1], minval=[0, 1], maxval=[5, 10], dtype="int64", seed=5))  # uniform_int
    emit(R.truncated_normal(np.array([1], np.int32), stddev=0.0, seed=7))  # truncated_normal
    emit(R.normal([2, 4, 4], mean=0, dtype=np.float64, seed=42))  # normal
    emit(R.stateless_normal([1], seed=[7, -2**31], mean=[2.5], stddev=0.0, dtype=np.float64))  # stateless_normal
    emit(R.stateless_uniform([4], seed=[2**31 - 1, -2], minval=0, maxval=1, dtype="int32"))  # stateless_uniform_int
    emit(R.experimental.index_shuffle(np.arange(2, dtype=np.uint32), seed=np.array([1, 2], np.uint32), max_index=np.uint32(1048576)))  # index_shuffle
    g0 = emit(R.Generator.from_seed(2**32))  # Generator.from_seed
    err(lambda: R.Generator.from_seed(2**64 + 5, alg="bogus"))  # Generator.from_seed
    g1 = None
    emit(g0.binomial((3, 4), counts=[1e4, 100.0, 7.0, 10.0], probs=[0.05, 0.9, 0.999, 0.05], dtype="float64"))  # Generator.binomial
    emit(g0.uniform([5], minval=-1.0))  # Generator.uniform
    emit(R.learned_unigram_candidate_sampler([[3], [2], [0]], 1, 3, False, 4, seed=0))  # learned_unigram_candidate_sampler
    err(lambda: R.uniform([2, 5], maxval=-2, dtype="uint32", seed=0))  # uniform
    err(lambda: R.stateless_normal([1, 6], seed=[7, 2, 7], dtype=np.float64, alg="auto_select"))  # stateless_normal
    emit(R.normal([1], mean=np.array([[-3.5, 1e3, 10.0], [-0.0, 1e30, 1e3]]), dtype="bfloat16", seed=-1))  # normal
    g2 = emit(R.Generator.from_key_counter(0, [6, 7], alg="philox"))  # Generator.from_key_counter
    emit(g0.normal([], mean=-3.5, stddev=np.float32(-1.0), dtype="bfloat16"))  # Generator.normal
    emit(g0.reset_from_key_counter(-1, [6, 7]))  # Generator.reset_from_key_counter
    emit(R.stateless_parameterized_truncated_normal([], seed=[1, 7], means=0.0, stddevs=0.1, minvals=3.0, maxvals=10.0))  # stateless_parameterized_truncated_normal
    emit(R.stateless_gamma([2, 1, 1], seed=np.array([-1, 0], np.int32), alpha=[[3.5]]))  # stateless_gamma
    g3 = emit(R.Generator.from_seed(7, alg="threefry"))  # Generator.from_seed
    g4 = emit(R.Generator.from_seed(-1, alg="threefry"))  # Generator.from_seed
    emit(R.stateless_truncated_normal([5], seed=[3, 2], mean=np.array([0.5, 2.5, 1e3, 123.456, -0.0])))  # stateless_truncated_normal
    g5 = emit(R.Generator.from_seed(2**32, alg="auto_select"))  # Generator.from_seed
    emit(g0.uniform([6], minval=-2, maxval=1, dtype="int64"))  # Generator.uniform_int
    err(lambda: R.Generator.from_state([1, 2, 3], alg="threefry"))  # Generator.from_state
    g6 = None
    fo0 = emit(R.experimental.stateless_fold_in(np.array([3, 3], np.uint32), 5, alg="PHILOX"))  # stateless_fold_in
    emit(g0.uniform((3,), minval=10.0, dtype=np.float32))  # Generator.uniform
    emit(R.truncated_normal(np.array([3], np.int64), mean=3, stddev=2.0, dtype=np.float64, seed=7))  # truncated_normal
    f0 = F(lambda: (g5.uniform([3], dtype=np.float64), R.poisson([1], lam=[[5.0, 0.5], [5.0, 15.0]], dtype="float32", seed=5)))  # function
    emit(R.stateless_gamma([5, 3], seed=fo0, alpha=2.0))  # stateless_gamma
""")

case("program_000346", """
    g0 = emit(R.Generator.from_seed([1, 2, 3], alg=R.Algorithm.PHILOX))  # Generator.from_seed
    emit(g0.uniform_full_int([4, 1]))  # Generator.uniform_full_int
    emit(R.experimental.create_rng_state(0, "auto_select"))  # create_rng_state
    emit(R.stateless_binomial([2, 6, 2], seed=np.array([0, 2**31 - 1], np.int32), counts=np.array([1e4, 20.0], np.float32), probs=np.array([1.0, 0.0], np.float64), output_dtype="float32"))  # stateless_binomial
    emit(R.stateless_truncated_normal((1,), seed=np.array([-1, 2**31 - 1], np.int64), dtype=np.float16))  # stateless_truncated_normal
    emit(R.normal(np.array([3], np.int64), dtype=np.float64, seed=3))  # normal
    emit(R.stateless_poisson([5, 6, 1], seed=np.array([7, 2], np.uint32), lam=[9.99], dtype="int64"))  # stateless_poisson
    err(lambda: R.normal([3, 2, 2], mean=np.array([-0.0, -1.0, -2]), dtype="bfloat16", seed=2**40 + 3))  # normal
    emit(R.experimental.stateless_shuffle(np.arange(30, dtype=np.int32).reshape([5, 1, 6]), seed=np.array([3, 3], np.uint32)))  # stateless_shuffle
    err(lambda: R.experimental.index_shuffle(np.arange(7, dtype=np.uint32), seed=np.array([3, 4, 5], np.uint32), max_index=np.uint32(6)))  # index_shuffle
    emit(g0.reset_from_seed(2**63))  # Generator.reset_from_seed
    emit(R.poisson([6, 2], lam=np.array([[1e4, 0.5], [np.inf, 9.99]], np.float64), dtype="float64", seed=42))  # poisson
    emit(R.stateless_parameterized_truncated_normal([2, 2], seed=[2**40, 12345], stddevs=1.0, minvals=3.0, maxvals=10.0))  # stateless_parameterized_truncated_normal
    err(lambda: R.stateless_parameterized_truncated_normal([3, 5], seed=[3, -2], minvals=2.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(R.shuffle([[3.25, 2.5, 1.5], [-7.0, 1.5, 0.0], [0.0, 0.0, 3.25]], seed=np.int64(2)))  # shuffle
    emit(g0.algorithm)  # Generator.state
    emit(R.stateless_binomial([4, 1], seed=[-2**31, -2**31], counts=np.array([1.0], np.float64), probs=np.array([1.5], np.float64)))  # stateless_binomial
    emit(g0.uniform([4], dtype=np.float16))  # Generator.uniform
    emit(R.uniform([0], minval=2, maxval=25, dtype=np.int32, seed=2**31 - 1))  # uniform_int
    emit(g0.binomial([0, 1], counts=[1.0], probs=[0.5]))  # Generator.binomial
    emit(R.uniform([], minval=-1.0, maxval=100.0, dtype="float16", seed=-7))  # uniform
    emit(g0.uniform(np.array([6], np.int64), minval=-100, maxval=-50, dtype="int32"))  # Generator.uniform_int
    g1 = emit(R.Generator.from_seed(-2**40, alg="auto_select"))  # Generator.from_seed
    err(lambda: g1.uniform_full_int([3, -1, 2], dtype="int32"))  # Generator.uniform_full_int
    err(lambda: R.normal([1, 6, 4], dtype="uint8", seed=5))  # normal
    err(lambda: R.gamma([3], alpha=[1.0, 2.0], beta=[1.0, 2.0, 3.0], dtype="float64", seed=2))  # gamma
    emit(g0.uniform([1], minval=7, maxval=12, dtype=np.int64))  # Generator.uniform_int
""")

case("program_000348", """
    emit(R.truncated_normal([5], mean=-1.0, stddev=np.array([2.0, -0.0, 1e20, 2.0, -1.0]), dtype=np.float64, seed=0))  # truncated_normal
    g0 = emit(R.Generator.from_key_counter(2**40, [6, 7], alg="philox"))  # Generator.from_key_counter
    emit(R.experimental.index_shuffle(np.int32(1), seed=[5, 9], max_index=np.int32(1048576)))  # index_shuffle
    fo0 = emit(R.experimental.stateless_fold_in(np.array([2, 2**32 - 1], np.uint32), 17, alg=R.Algorithm.PHILOX))  # stateless_fold_in
    emit(R.stateless_poisson(np.array([6, 2], np.int64), seed=fo0, lam=np.inf))  # stateless_poisson
    emit(R.truncated_normal([4], mean=10.0, dtype=np.float16, seed=np.int64(1234)))  # truncated_normal
    emit(R.stateless_uniform(np.array([0], np.int64), seed=np.array([0, 2**32 - 1], np.uint32), dtype="bfloat16"))  # stateless_uniform
    emit(R.truncated_normal([6], stddev=1.0, dtype="float64", seed=1))  # truncated_normal
    emit(R.gamma([], alpha=1e-3, seed=np.int64(-7)))  # gamma
    emit(R.set_seed(5))  # set_seed
    emit(R.truncated_normal([2, 4], stddev=1.0, seed=2**40 + 3))  # truncated_normal
    emit(R.stateless_poisson(np.array([1, 2, 2], np.int32), seed=np.array([1, 0], np.int64), lam=np.array([1, 40], np.int64), dtype="int64"))  # stateless_poisson
    emit(R.normal([0], stddev=0.1, seed=1))  # normal
    emit(R.log_uniform_candidate_sampler([[9, 3, 2], [6, 5, 2], [5, 4, 9]], 3, 7, True, 10, seed=3))  # log_uniform_candidate_sampler
    emit(R.experimental.create_rng_state(2**63, R.Algorithm.PHILOX))  # create_rng_state
    g1 = emit(R.Generator.from_seed(7))  # Generator.from_seed
    emit(R.uniform([], minval=3, maxval=19, dtype="int32", seed=2))  # uniform_int
    m0 = emit(g1.make_seeds(3))  # Generator.make_seeds
    emit(g0.uniform([2, 3, 2], dtype=np.float64))  # Generator.uniform
    emit(g0.uniform_full_int((6, 2), dtype="int32"))  # Generator.uniform_full_int
    gs0 = emit(g0.split(1))  # Generator.split
    emit(g1.normal([6, 1, 3], dtype="bfloat16"))  # Generator.normal
""")

case("program_000349", """
    err(lambda: R.experimental.stateless_fold_in((2**40, 7), 1, alg=2))  # stateless_fold_in
    fo0 = None
    emit(R.create_rng_state(2**63, "philox"))  # create_rng_state
    emit(R.stateless_categorical([[5.0, 0.25, -np.inf, -1.0, 0.5]], 0, seed=np.array([12345, -2], np.int32), dtype=np.int32))  # stateless_categorical
    emit(R.log_uniform_candidate_sampler([[8, 7], [4, 0]], 2, 5, False, 10, seed=2**40 + 3))  # log_uniform_candidate_sampler
    err(lambda: R.uniform_candidate_sampler([[10, 3]], 2, 2, False, 5, seed=2**31))  # uniform_candidate_sampler
    emit(R.log_uniform_candidate_sampler([[5]], 1, 4, False, 10, seed=-7))  # log_uniform_candidate_sampler
    emit(R.experimental.index_shuffle(np.arange(9, dtype=np.int64), seed=[12345, -1], max_index=14))  # index_shuffle
    emit(R.stateless_uniform([4], seed=np.array([2, -2], np.int32), minval=0, maxval=10, dtype="int32", alg=R.Algorithm.PHILOX))  # stateless_uniform_int
    emit(R.categorical(np.array([[1.0, 0.25]], np.float16), 6, dtype="int64", seed=2))  # categorical
    emit(R.stateless_truncated_normal([1], seed=np.array([3, 0], np.int64), stddev=1e20, dtype="float64"))  # stateless_truncated_normal
    emit(R.experimental.index_shuffle(np.arange(1, dtype=np.uint32), seed=[2**31 - 1, 7], max_index=100))  # index_shuffle
    err(lambda: R.stateless_uniform([6], seed=[-1, 1], minval=None, maxval=None, dtype="uint64", alg="threefry"))  # stateless_uniform_int
    err(lambda: R.uniform([5], minval=[0.0], maxval=[123.456, 1e30, 1e30, 1e3, -1.0, 123.456], dtype="float16", seed=2**40 + 3))  # uniform
    s0 = emit(R.split([2, 5], num=2))  # random.split
    emit(R.uniform(np.array([6], np.int64), minval=[1e30, -1.0, -3.5, 1e3, -2, -2], maxval=np.array([1e3, 1e30, -3.5, -1e10, 0, 10.0], np.float32), dtype=np.float32, seed=-1))  # uniform
    emit(R.stateless_uniform(np.array([4], np.int32), seed=[3, 12345], maxval=1e3, dtype=np.float16, alg=3))  # stateless_uniform
    f0 = F(lambda: (R.categorical([[-1.0, 0.0], [0.5, -1.0]], 7, dtype="int32", seed=2), R.normal([4, 1], dtype=np.float64, seed=np.int64(5))))  # function
    g0 = emit(R.Generator.from_seed([1, 2]))  # Generator.from_seed
    f1 = F(lambda: (g0.uniform([1, 2], maxval=[[2.5, 2.5]], dtype="float32"), R.uniform([], maxval=2.5, dtype=np.uint8, seed=1)))  # function !
    err(lambda: R.uniform([-4], minval=-2, dtype=np.float64, seed=0))  # uniform
    emit(R.truncated_normal(np.array([], np.int64), stddev=0.1, dtype="bfloat16", seed=1))  # truncated_normal
    emit(R.stateless_truncated_normal(np.array([1], np.int64), seed=np.array([1.0, 7.0], np.float64), mean=10.0, stddev=[0.0], alg="PHILOX"))  # stateless_truncated_normal
    emit(R.stateless_parameterized_truncated_normal([4], seed=np.array([2**64 - 1, 2**40], np.uint64), means=0.5, minvals=1.0, maxvals=np.inf))  # stateless_parameterized_truncated_normal
    emit(R.stateless_parameterized_truncated_normal([], seed=np.array([12345, 2], np.int32), means=np.float32(-0.0), stddevs=3.0))  # stateless_parameterized_truncated_normal
""")

case("program_000350", """
    emit(R.set_seed(1))  # set_seed
    emit(R.uniform([4], minval=-3.5, seed=np.int64(2)))  # uniform
    emit(R.stateless_categorical([[0.5, 0.25, 5.0]], 8, seed=[2**40, 2]))  # stateless_categorical
    emit(R.experimental.index_shuffle(np.arange(10, dtype=np.int64), seed=np.array([1, 2], np.int64), max_index=np.int64(15)))  # index_shuffle
    emit(R.stateless_truncated_normal([0, 5, 0], seed=[-1, 7], mean=np.float32(-2), dtype="float64"))  # stateless_truncated_normal
    emit(R.uniform((4,), dtype="float16"))  # uniform
    emit(R.truncated_normal([1, 4, 0], dtype="float64"))  # truncated_normal
    emit(R.poisson(np.array([2, 1], np.int32), lam=np.array([15.0], np.float16)))  # poisson
    emit(R.uniform([], maxval=0, dtype="float16"))  # uniform
    emit(R.gamma([3, 6], alpha=0.5))  # gamma
    err(lambda: R.stateless_uniform([2, -3], seed=[2**40, 2**31 - 1], minval=0, maxval=0.0, dtype="float64"))  # stateless_uniform
    emit(R.log_uniform_candidate_sampler([[19, 10]], 2, 4, True, 50))  # log_uniform_candidate_sampler
    emit(R.stateless_truncated_normal([0, 3, 6], seed=np.array([12345, 5], np.int64), mean=1e3, stddev=0.1, dtype=np.float16))  # stateless_truncated_normal
    emit(R.uniform([5], minval=2**31, maxval=2**32, dtype=np.int64, seed=2**31))  # uniform_int
    emit(R.learned_unigram_candidate_sampler([[2, 9], [0, 1], [2, 1]], 2, 2, True, 10))  # learned_unigram_candidate_sampler
    g0 = emit(R.Generator.from_state([9, -2, 0], alg=R.Algorithm.PHILOX))  # Generator.from_state
    gs0 = emit(g0.split(2))  # Generator.split
    emit(R.stateless_uniform(np.array([1], np.int64), seed=[-2**31, 2**40], dtype="float16", alg="PHILOX"))  # stateless_uniform
    emit(R.log_uniform_candidate_sampler([[3, 2], [4, 3], [1, 2]], 2, 6, False, 5))  # log_uniform_candidate_sampler
    err(lambda: R.stateless_uniform([0, 4], seed=[3, 3, 0], minval=None, maxval=None, dtype="uint32", alg="auto_select"))  # stateless_uniform_int
    emit(R.stateless_binomial((1, 2, 3), seed=[2**31 - 1, 7], counts=[5.0, 10.0, 1e4], probs=[0.999, 1.0, 0.999]))  # stateless_binomial
    emit(R.uniform(np.array([4], np.int64), minval=0, maxval=1, dtype=np.int32, seed=7))  # uniform_int
    emit(gs0[0].normal([], dtype="float32"))  # Generator.normal
    gs1 = emit(gs0[0].split(2))  # Generator.split
    gs2 = emit(gs0[1].split(2))  # Generator.split
    g1 = emit(R.Generator.from_seed(2**63, alg="threefry"))  # Generator.from_seed
    emit(R.uniform(np.array([5, 2], np.int32), minval=2.5))  # uniform
    emit(R.stateless_gamma([6, 4], seed=(-1, -2), alpha=-1.0))  # stateless_gamma
    emit(R.stateless_poisson((2,), seed=[-2**31, 5], lam=9.99))  # stateless_poisson
    emit(R.stateless_parameterized_truncated_normal([1], seed=(-2**31, 12345), stddevs=2.0))  # stateless_parameterized_truncated_normal
    err(lambda: R.create_rng_state(2**70 + 5, "bogus"))  # create_rng_state
    emit(g0.truncated_normal([4, 1], dtype="float32"))  # Generator.truncated_normal
    emit(R.set_seed(2**31 - 1))  # set_seed
    s0 = emit(R.experimental.stateless_split([-2, -1], num=4))  # stateless_split
    m0 = emit(gs1[1].make_seeds(2))  # Generator.make_seeds
""")

case("program_000351", """
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.all_candidate_sampler([[0, 2], [4, 4]], 2, 5, False, seed=1234))  # all_candidate_sampler
    emit(R.stateless_normal([4, 5], seed=[5, -1], mean=np.array([100.0, -1e10, -0.0, 0, 2.5]), dtype=np.float16))  # stateless_normal
    emit(R.stateless_uniform([], seed=(12345, 12345), minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    emit(R.fixed_unigram_candidate_sampler([[7, 2, 8], [4, 7, 3], [10, 9, 6]], 3, 1, True, 12, unigrams=[1.0, 3.0, 4.0, 10.0, 4.0, 4.0, 10.0, 1.0, 3.0, 0.5, 1.0, 4.0], seed=1))  # fixed_unigram_candidate_sampler
    emit(R.shuffle(np.arange(3, dtype=np.int64).reshape([3, 1]), seed=-7))  # shuffle
    fo0 = emit(R.fold_in((-2**31, -2), 17))  # random.fold_in
    emit(R.stateless_poisson(np.array([2, 6, 1], np.int32), seed=[3, 5], lam=np.array([0.0], np.float32), dtype="float32"))  # stateless_poisson
    emit(R.uniform([0], minval=-100, maxval=-50, dtype=np.int32))  # uniform_int
    emit(R.stateless_uniform([2, 3], seed=[2, 2**31 - 1], minval=None, maxval=None, dtype=np.int64))  # stateless_uniform_int
    emit(R.set_seed(3))  # set_seed
    emit(R.uniform([5], minval=2, maxval=7, dtype=np.int64))  # uniform_int
    emit(R.stateless_normal([2], seed=[-2, 2], dtype=np.float16))  # stateless_normal
    fo1 = emit(R.fold_in([5, 1], 0))  # random.fold_in
    emit(R.gamma([2, 6], alpha=[[10.0, 0.5], [np.nan, 1e-3]], dtype="float16"))  # gamma
    emit(R.uniform(np.array([3, 3], np.int32), dtype="float32", seed=1234))  # uniform
    emit(R.experimental.index_shuffle(np.arange(8, dtype=np.int64), seed=[5, 9], max_index=1048576))  # index_shuffle
    s0 = emit(R.experimental.stateless_split((3, 2**31 - 1), num=2))  # stateless_split
    emit(R.set_seed(0))  # set_seed
    err(lambda: R.uniform([-2, 0], maxval=np.float16(-0.0), dtype=np.float32))  # uniform
    g0 = emit(R.Generator.from_state(np.array([2, 2**40, 12345], np.int64), alg=1))  # Generator.from_state
    emit(R.uniform_candidate_sampler([[764, 901, 307], [804, 202, 563]], 3, 6, False, 2**40))  # uniform_candidate_sampler
    emit(R.shuffle([49, -27, -7], seed=1234))  # shuffle
    emit(R.stateless_categorical([[-1.0, -1.0]], 2, seed=np.array([-1, 5], np.int64)))  # stateless_categorical
    emit(R.gamma([5, 3], alpha=[0.1, 0.0, 0.1], beta=1.0, dtype="float32", seed=87654321))  # gamma
""")

case("program_000352", """
    emit(R.normal(np.array([], np.int64), mean=np.float32(-0.0), seed=2))  # normal
    emit(R.stateless_parameterized_truncated_normal([1, 5], seed=(2**31 - 1, 5), means=np.float32(-0.0), minvals=-np.inf, maxvals=-1.0))  # stateless_parameterized_truncated_normal
    emit(R.categorical(np.array([[-np.inf, 1.0, 10.0, 0.25, 10.0], [2.0, -3.0, -3.0, 0.5, 0.0]], np.float32), 4, seed=2))  # categorical
    emit(R.stateless_categorical([[2.0, 5.0, 0.5]], 6, seed=np.array([-2, 5], np.int32)))  # stateless_categorical
    emit(R.categorical([[-3.0, 0.5], [0.25, 0.5], [-1.0, -1.0]], 6, dtype="int64", seed=2**40 + 3))  # categorical
    emit(R.uniform([3], minval=-7, maxval=-5, dtype=np.int32, seed=87654321))  # uniform_int
    emit(R.log_uniform_candidate_sampler([[2], [6]], 1, 8, True, 50, seed=-1))  # log_uniform_candidate_sampler
    emit(R.stateless_poisson((1, 1, 2), seed=[2, 2], lam=[0.5, 33.3]))  # stateless_poisson
    emit(R.normal([0, 3], mean=np.array([-0.0, 1e30, 10.0]), seed=np.int64(5)))  # normal
    emit(R.stateless_parameterized_truncated_normal(np.array([6, 5], np.int64), seed=np.array([7, -1], np.int32)))  # stateless_parameterized_truncated_normal
    emit(R.shuffle(np.arange(2, dtype=np.int32).reshape([2]), seed=-7))  # shuffle
    emit(R.stateless_poisson([1, 1], seed=np.array([-2**31, -2**31], np.int64), lam=np.array([33.3], np.float32)))  # stateless_poisson
    emit(R.categorical([[5.0], [-np.inf], [10.0]], 6, seed=7))  # categorical
    emit(R.stateless_binomial(np.array([4, 3], np.int64), seed=np.array([7, 2], np.int32), counts=np.float16(1.0), probs=np.float16(-0.1), output_dtype="float16"))  # stateless_binomial
    fo0 = emit(R.experimental.stateless_fold_in(np.array([-2, -2**31], np.int32), np.int64(5)))  # stateless_fold_in
    emit(R.stateless_parameterized_truncated_normal((5, 4), seed=[3, 12345], stddevs=0.5))  # stateless_parameterized_truncated_normal
    g0 = emit(R.Generator.from_state(np.array([2, -2, 2**40], np.int64), alg=1))  # Generator.from_state
    s0 = emit(R.experimental.stateless_split(np.array([0, -1], np.int32), num=2))  # stateless_split
    emit(R.poisson((2,), lam=33.3, dtype=np.int64, seed=87654321))  # poisson
    emit(R.gamma([], alpha=2.0, seed=2**40 + 3))  # gamma
    err(lambda: g0.normal([3, 4, 2], stddev=1.0, dtype="int32"))  # Generator.normal
    emit(g0.binomial([5, 2], counts=np.float32(7.0), probs=np.float32(0.3)))  # Generator.binomial
    f0 = F(lambda: R.shuffle(np.array(3.0), seed=1))  # function !
    emit(R.experimental.index_shuffle(np.arange(2, dtype=np.uint32), seed=[3, -1], max_index=1))  # index_shuffle
    emit(R.stateless_parameterized_truncated_normal([0], seed=[2**31 - 1, 2], means=-2.0, minvals=3.0, maxvals=10.0))  # stateless_parameterized_truncated_normal
    emit(g0.reset_from_seed(0))  # Generator.reset_from_seed
    emit(R.categorical(np.log(np.array([[0.7, 0.5, 0.25, 1.0], [1.0, 0.7, 0.1, 0.2], [0.7, 0.5, 1.0, 0.5]])), 2, dtype="int32", seed=0))  # categorical
    emit(R.shuffle(np.arange(48, dtype=np.int32).reshape([4, 6, 2]), seed=2))  # shuffle
""")

case("program_000353", """
    err(lambda: R.uniform_candidate_sampler([[5, 2], [1, 2], [1, 2]], 2, 2, False, 5, seed=7))  # uniform_candidate_sampler
    emit(R.categorical([[0.5, 0.25, 10.0]], 1, seed=87654321))  # categorical
    emit(R.create_rng_state(2**70 + 5, "threefry"))  # create_rng_state
    err(lambda: R.uniform((), dtype="bool", seed=1))  # uniform
    emit(R.stateless_categorical([[0.0, 2.0], [-np.inf, 5.0]], 7, seed=[5, -1]))  # stateless_categorical
    emit(R.stateless_parameterized_truncated_normal((2,), seed=[1, -2], means=np.float64(0.5), stddevs=np.float64(1.0), minvals=np.float64(-2.0), maxvals=np.float64(2.0)))  # stateless_parameterized_truncated_normal
    err(lambda: R.stateless_truncated_normal([1, 5], seed=[-1, -1, -1], stddev=1.0, alg="threefry"))  # stateless_truncated_normal
    emit(R.set_seed(None))  # set_seed
    err(lambda: R.learned_unigram_candidate_sampler([[0], [1]], 1, 6, True, 4, seed=np.int64(2**40 + 3)))  # learned_unigram_candidate_sampler
    emit(R.normal([1, 2], dtype="float16", seed=3))  # normal
    fo0 = emit(R.fold_in((5, -1), np.int32(-2)))  # random.fold_in
    emit(R.categorical(np.log(np.array([[0.25, 0.1, 0.25, 0.7], [0.1, 0.1, 0.25, 0.25]])), 3, seed=7))  # categorical
    fo1 = emit(R.experimental.stateless_fold_in([0, -2**31], np.int64(5)))  # stateless_fold_in
    emit(R.stateless_uniform([4], seed=np.array([-1, -2], np.int32), minval=None, maxval=None, dtype="int32"))  # stateless_uniform_int
    s0 = emit(R.split([2, 1], num=2))  # random.split
    s1 = emit(R.experimental.stateless_split([2**31 - 1, -2**31], num=2))  # stateless_split
    emit(R.create_rng_state(2**64 - 1, "philox"))  # create_rng_state
    emit(R.stateless_poisson([4, 1], seed=np.array([2, 5], np.uint64), lam=[5.0], dtype="float16"))  # stateless_poisson
    emit(R.uniform(np.array([2], np.int32), minval=-1, maxval=39, dtype=np.int32, seed=7))  # uniform_int
    emit(R.set_seed(5))  # set_seed
    err(lambda: R.fixed_unigram_candidate_sampler([[6, 0, 3], [7, 1, 4]], 3, 1, True, 8, unigrams=[1.0, 2.0, 3.0, 10.0, 10.0, 2.0, 2.0, 1.0], num_reserved_ids=1, seed=-7))  # fixed_unigram_candidate_sampler
    emit(R.stateless_poisson([5, 1], seed=[7, 1], lam=[-1.0]))  # stateless_poisson
    emit(R.truncated_normal([5, 1]))  # truncated_normal
    emit(R.gamma([5, 2], alpha=1e-3, dtype="float32", seed=2**40 + 3))  # gamma
    emit(R.poisson([4], lam=-1.0, seed=0))  # poisson
    emit(R.uniform_candidate_sampler([[3, 3, 0]], 3, 5, False, 5, seed=2))  # uniform_candidate_sampler
    emit(R.shuffle(np.arange(3, dtype=np.float16).reshape([3]), seed=87654321))  # shuffle
    emit(R.learned_unigram_candidate_sampler([[5]], 1, 6, True, 12, seed=42))  # learned_unigram_candidate_sampler
    emit(R.shuffle(np.arange(1, dtype=np.float32).reshape([1]), seed=1))  # shuffle
    emit(R.normal((6, 2), mean=123.456, stddev=np.array([1e-3, 0.1], np.float32), dtype="float32", seed=2))  # normal
    emit(R.set_seed(5))  # set_seed
    g0 = emit(R.Generator.from_seed([1, 2]))  # Generator.from_seed
    emit(R.learned_unigram_candidate_sampler([[7, 2, 1], [8, 7, 1]], 3, 3, False, 10))  # learned_unigram_candidate_sampler
    emit(R.experimental.stateless_shuffle(np.arange(4, dtype=np.float16).reshape([1, 4]), seed=np.array([0.0, 7.0], np.float32), alg=R.Algorithm.PHILOX))  # stateless_shuffle
    err(lambda: R.stateless_categorical([2.0], 2, seed=[0, 2**31 - 1], dtype="int32"))  # stateless_categorical
    emit(R.truncated_normal([6, 6], mean=0, stddev=1.0))  # truncated_normal
    emit(R.stateless_truncated_normal([4, 2], seed=(2**31 - 1, 0), mean=0.0, stddev=1.0, dtype="float16", alg="auto_select"))  # stateless_truncated_normal
    emit(g0.normal([3, 3, 5]))  # Generator.normal
    emit(R.stateless_uniform(np.array([1], np.int32), seed=s0[0], dtype="float32", alg=R.Algorithm.PHILOX))  # stateless_uniform
""")

case("program_000354", """
    emit(R.experimental.index_shuffle(np.arange(10, dtype=np.int32), seed=np.array([1, 2], np.int32), max_index=np.int32(15)))  # index_shuffle
    emit(R.normal(np.array([5], np.int64), stddev=3.0, seed=3))  # normal
    emit(R.stateless_binomial([], seed=[-2, 0], counts=0.0, probs=1.5))  # stateless_binomial
    emit(R.poisson([5], lam=0.0, seed=42))  # poisson
    emit(R.stateless_binomial([1, 2], seed=[3, 0], counts=[10.0, 100.0], probs=[0.25, 0.999]))  # stateless_binomial
    emit(R.stateless_binomial([1], seed=[-2, -2**31], counts=20.0, probs=0.3))  # stateless_binomial
    emit(R.truncated_normal([5], stddev=1e-3, seed=-7))  # truncated_normal
    emit(R.set_seed(1234))  # set_seed
    emit(R.set_seed(None))  # set_seed
    emit(R.shuffle(np.arange(2, dtype=np.float16).reshape([2]), seed=1))  # shuffle
    err(lambda: R.uniform([2, 6], minval=np.float16(-0.0), dtype="uint64", seed=np.int64(-1)))  # uniform
    emit(R.truncated_normal([5], mean=123.456, dtype="float32", seed=-1))  # truncated_normal
    emit(R.fixed_unigram_candidate_sampler([[0, 2], [1, 1]], 2, 7, False, 3, unigrams=[1.0, 4.0, 10.0], seed=2))  # fixed_unigram_candidate_sampler
    emit(R.stateless_binomial([], seed=np.array([5, 5], np.int32), counts=100.0, probs=0.0))  # stateless_binomial
    emit(R.stateless_parameterized_truncated_normal((3, 3, 2), seed=np.array([1.0, 1.0], np.float32), means=0.0, stddevs=0.1, minvals=3.0, maxvals=10.0))  # stateless_parameterized_truncated_normal
    emit(R.stateless_truncated_normal([2], seed=np.array([1, -2**31], np.int32), mean=np.float16(-0.0), stddev=[-1.0, 2.0]))  # stateless_truncated_normal
    emit(R.set_seed(0))  # set_seed
    emit(R.normal([1, 3], mean=1.0))  # normal
    emit(R.uniform_candidate_sampler([[935], [819]], 1, 7, False, 1000000, seed=5))  # uniform_candidate_sampler
    emit(R.stateless_uniform([3], seed=np.array([-1, 7], np.int64), minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    err(lambda: R.stateless_uniform(np.array([4, 6], np.int64), seed=np.array([3, 1], np.int32), minval=1, dtype="int32"))  # stateless_uniform_int
    err(lambda: R.experimental.Generator.from_seed(np.int64(77), alg="bogus"))  # Generator.from_seed
    g0 = None
    emit(R.log_uniform_candidate_sampler([[4]], 1, 4, False, 5, seed=2**31 - 1))  # log_uniform_candidate_sampler
    emit(R.gamma([], alpha=[np.nan, 1.0], beta=[0.0, -1.0]))  # gamma
    emit(R.stateless_uniform([5, 1], seed=[1, 12345], maxval=1.0, dtype="float16", alg=1))  # stateless_uniform
    err(lambda: R.stateless_uniform([3], seed=[2**40, 7], minval=3, maxval=3, dtype="int64", alg=3))  # stateless_uniform_int
    emit(R.shuffle(np.arange(15, dtype=np.int64).reshape([5, 3])))  # shuffle
    emit(R.uniform([2, 6], minval=4, maxval=43, dtype=np.int32, seed=-7))  # uniform_int
    emit(R.create_rng_state(np.array([1, 2, 3, 4], np.int64), R.Algorithm.THREEFRY))  # create_rng_state
    f0 = F(lambda: R.uniform(np.array([1, 5, 5], np.int64), minval=0, maxval=2**33 + 1, dtype=np.int64, seed=7))  # function
    emit(f0())  # function_call
    err(lambda: R.stateless_parameterized_truncated_normal([3, 3], seed=[1, 2**31 - 1], means=np.array([0.0], np.float16), stddevs=np.float16(2.0)))  # stateless_parameterized_truncated_normal
    emit(R.normal([3], mean=-1.0, seed=0))  # normal
    g1 = emit(R.Generator.from_key_counter(5, [6, 7], alg="philox"))  # Generator.from_key_counter
    emit(R.stateless_uniform([6, 1], seed=np.array([-2, 5], np.int32), minval=-3.5, maxval=0.0, dtype=np.float64))  # stateless_uniform
    emit(R.experimental.index_shuffle(np.arange(10, dtype=np.int32), seed=[-2, 1], max_index=9))  # index_shuffle
    emit(f0())  # function_call
    emit(R.shuffle(np.arange(6, dtype=np.float16).reshape([6])))  # shuffle
""")

case("program_000355", """
    emit(R.set_seed(3))  # set_seed
    emit(R.stateless_normal([4, 2], seed=[3, 1], mean=0, alg=R.Algorithm.PHILOX))  # stateless_normal
    emit(R.uniform([1], minval=1e3, maxval=3, seed=1234))  # uniform
    emit(R.uniform_candidate_sampler([[28, 25, 14]], 3, 4, False, 50, seed=2**40 + 3))  # uniform_candidate_sampler
    emit(R.stateless_poisson([3, 6, 1], seed=np.array([2, -2], np.int64), lam=[5.0], dtype="int64"))  # stateless_poisson
    f0 = F(lambda: R.normal([5, 6], seed=1))  # function
    emit(R.uniform([4, 1], minval=4, maxval=54, dtype=np.int64))  # uniform_int
    g0 = emit(R.Generator.from_key_counter(5, [6, 7], alg="philox"))  # Generator.from_key_counter
    err(lambda: R.learned_unigram_candidate_sampler([[2, 2], [3, 2], [2, 3]], 3, 1, True, 4))  # learned_unigram_candidate_sampler
    fo0 = emit(R.fold_in([5, 3], 0, alg=1))  # random.fold_in
    fo1 = emit(R.experimental.stateless_fold_in((0, 7), 17))  # stateless_fold_in
""")

case("program_000356", """
    emit(R.categorical(np.array([[1.0, 0.25], [1.0, -np.inf]], np.float64), 6, seed=2**40 + 3))  # categorical
    emit(R.gamma([3], alpha=[3.5, 0.1, 2.0], dtype="float32", seed=2))  # gamma
    g0 = emit(R.Generator.from_seed([1, 2]))  # Generator.from_seed
    emit(g0.normal(np.array([6], np.int32), dtype=np.float32))  # Generator.normal
    err(lambda: R.categorical(np.array([[-np.inf]], np.float32), -1, dtype="int32", seed=7))  # categorical
    emit(R.experimental.create_rng_state(0, "auto_select"))  # create_rng_state
    fo0 = emit(R.experimental.stateless_fold_in(np.array([7, 12345], np.int32), 5, alg="auto_select"))  # stateless_fold_in
    emit(R.set_global_generator(g0))  # set_global_generator
    emit(g0.reset([-1, 20, 30]))  # Generator.reset
    emit(R.get_global_generator().truncated_normal(np.array([5, 5], np.int64), mean=np.float64(-2), dtype="float32"))  # Generator.truncated_normal
    emit(g0.uniform([4, 2], minval=-2))  # Generator.uniform
    err(lambda: R.fixed_unigram_candidate_sampler([[2, 0, 2], [1, 3, 1]], 3, 7, False, 4, unigrams=[10.0, 1.0, 0.5, 0.5], num_shards=2, shard=1, seed=2))  # fixed_unigram_candidate_sampler
    emit(R.get_global_generator().uniform([4], minval=None, maxval=None, dtype=np.int64))  # Generator.uniform_int
    emit(R.stateless_truncated_normal([4, 1], seed=[-1, 1], stddev=0.0, dtype="bfloat16", alg=1))  # stateless_truncated_normal
    emit(g0.uniform([2], minval=0.0))  # Generator.uniform
    emit(R.stateless_uniform([6, 4, 2], seed=[2**31 - 1, 0], minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    emit(R.poisson([4], lam=5.0, dtype="float16", seed=2))  # poisson
    emit(R.set_seed(42))  # set_seed
    emit(R.stateless_categorical([[10.0, 0.5, 0.25], [0.5, 1.0, 0.5], [-np.inf, 10.0, 1.0]], 3, seed=np.array([5, 1], np.uint64)))  # stateless_categorical
    emit(R.truncated_normal([1], stddev=np.array([0.1], np.float32), dtype="float64", seed=2**31 - 1))  # truncated_normal
    emit(R.experimental.stateless_shuffle(np.arange(3, dtype=np.float16).reshape([3]), seed=np.array([12345, 12345], np.int32)))  # stateless_shuffle
    emit(R.set_seed(5))  # set_seed
    emit(R.normal(np.array([6, 2], np.int32), mean=1e3, stddev=0.0, dtype=np.float32, seed=42))  # normal
    err(lambda: R.uniform([6], minval=-1.0, maxval=100.0, dtype=np.uint8))  # uniform
    emit(R.stateless_categorical(np.array([[0.5, 0.5, 5.0], [10.0, -3.0, 1.0], [0.0, 10.0, -1.0]], np.float16), 2, seed=(2, 12345), dtype="int32"))  # stateless_categorical
    g1 = emit(R.Generator.from_key_counter(-1, np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
""")

case("program_000358", """
    emit(R.uniform_candidate_sampler([[295, 998]], 2, 7, False, 2**40, seed=1))  # uniform_candidate_sampler
    emit(R.stateless_uniform([2], seed=(0, 2**40), minval=-3.5, maxval=2.5, dtype="float16"))  # stateless_uniform
    err(lambda: R.Generator.from_state([1, 2, 3, 4], alg="philox"))  # Generator.from_state
    g0 = None
    err(lambda: R.Generator.from_seed(-1, alg="bogus"))  # Generator.from_seed
    g1 = None
    emit(R.poisson([2], lam=np.array([1e4, 9.99], np.float32), dtype="float64", seed=2))  # poisson
    emit(R.experimental.stateless_shuffle(np.arange(24, dtype=np.int64).reshape([6, 4]), seed=np.array([1, 12345], np.int32)))  # stateless_shuffle
    emit(R.experimental.create_rng_state([1, 2, 3], 1))  # create_rng_state
    emit(R.shuffle(np.arange(6, dtype=np.float64).reshape([2, 3]), seed=42))  # shuffle
    err(lambda: R.experimental.index_shuffle(np.arange(8, dtype=np.int32), seed=np.array([3, 4, 5], np.int32), max_index=np.int32(13)))  # index_shuffle
    emit(R.stateless_parameterized_truncated_normal([5], seed=[7, -2**31], means=np.float32(-0.0), minvals=1.0, maxvals=np.inf))  # stateless_parameterized_truncated_normal
    s0 = emit(R.split((2**40, 2), num=2))  # random.split
""")

case("program_000359", """
    emit(R.set_seed(0))  # set_seed
    emit(R.shuffle(np.array(3.0), seed=1234))  # shuffle
    emit(R.categorical(np.array([[5.0, 0.25, 0.0, 2.0], [-1.0, -3.0, 0.0, 5.0]], np.float32), 1, dtype="int64", seed=np.int64(-7)))  # categorical
    emit(R.gamma(np.array([5], np.int64), alpha=123.0, beta=-1.0, dtype=np.float64, seed=1))  # gamma
    emit(R.uniform([2], minval=7, maxval=27, dtype="int32", seed=1))  # uniform_int
    emit(R.create_rng_state(np.int64(77), 1))  # create_rng_state
    emit(R.stateless_categorical([[-np.inf, 0.5, 10.0, 10.0], [0.25, 0.0, 2.0, 1.0]], 2, seed=(5, 2**31 - 1)))  # stateless_categorical
    emit(R.categorical(np.array([[-3.0, 1.0], [0.25, -3.0]], np.float16), 4))  # categorical
    emit(R.uniform([3], minval=np.float64(0), maxval=1e3, dtype="float64"))  # uniform
    emit(R.stateless_uniform(np.array([4, 4, 2], np.int64), seed=np.array([0, 2**31 - 1], np.int64), dtype="float16"))  # stateless_uniform
""")

case("program_000360", """
    g0 = emit(R.Generator.from_seed(1))  # Generator.from_seed
    emit(g0.normal([6]))  # Generator.normal
    emit(R.set_seed(1234))  # set_seed
    g1 = emit(R.Generator.from_seed(-2**40))  # Generator.from_seed
    emit(R.stateless_normal([], seed=(2, 0), mean=np.float64(3), stddev=-1.0, dtype=np.float64))  # stateless_normal
    emit(R.stateless_truncated_normal((6, 1), seed=np.array([1, -2], np.int32), mean=np.float32(0.0)))  # stateless_truncated_normal
    emit(R.categorical([[0.0, 0.25], [0.5, 5.0], [0.25, 1.0]], 0, seed=1))  # categorical
    emit(R.uniform([3], minval=-9, maxval=41, dtype=np.int64, seed=1))  # uniform_int
    emit(R.poisson([0, 5], lam=np.array([0, 40], np.int64), dtype=np.int64))  # poisson
    emit(R.stateless_normal((4, 5), seed=np.array([2**40, 2**40], np.int64), mean=np.float32(-0.0), stddev=np.array([-0.0, 1e20, 0.0, 10, 1.0]), alg=R.Algorithm.PHILOX))  # stateless_normal
    emit(R.stateless_categorical([[0.5], [0.25], [0.0]], 6, seed=[2**31 - 1, 5]))  # stateless_categorical
    emit(g0.uniform((4, 1), minval=np.float16(-0.0), dtype="float32"))  # Generator.uniform
    emit(R.uniform([5], seed=2))  # uniform
    emit(R.uniform_candidate_sampler([[0, 0, 2], [3, 0, 3]], 3, 3, False, 5, seed=1))  # uniform_candidate_sampler
    emit(R.stateless_categorical([[0.0, 0.0, 1.0, 2.0], [0.0, -1.0, 0.5, 10.0]], 3, seed=np.array([1, 7], np.int32)))  # stateless_categorical
    g2 = emit(R.Generator.from_seed(2**32, alg="philox"))  # Generator.from_seed
    emit(R.uniform([5, 3], dtype=np.float16))  # uniform
    emit(R.stateless_truncated_normal((1, 0), seed=np.array([0, 2**31 - 1], np.int64), stddev=-1.0))  # stateless_truncated_normal
""")

case("program_000361", """
    err(lambda: R.normal([-4], dtype="bfloat16", seed=-1))  # normal
    emit(R.truncated_normal([3], stddev=1e20, dtype=np.float16, seed=1))  # truncated_normal
    err(lambda: R.fixed_unigram_candidate_sampler([[0, 2]], 2, 1, True, 3, unigrams=[2.0, 4.0, 0.5], distortion=0.75, num_reserved_ids=2, seed=2**31))  # fixed_unigram_candidate_sampler
    emit(R.shuffle([30], seed=2**31 - 1))  # shuffle
    g0 = emit(R.experimental.Generator.from_state([3, 1, 12345], alg=1))  # Generator.from_state
    emit(R.experimental.create_rng_state([1, 2, 3], "philox"))  # create_rng_state
    err(lambda: R.learned_unigram_candidate_sampler([[1, 5]], 3, 4, False, 6, seed=2))  # learned_unigram_candidate_sampler
    emit(R.stateless_uniform([4, 2], seed=np.array([1, 3], np.int64), minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    g1 = emit(R.Generator.from_state([2**40, 2, 2], alg="philox"))  # Generator.from_state
    emit(g1.skip(1))  # Generator.skip
    f0 = F(lambda: g1.binomial([3, 1], counts=np.array([1.0], np.float32), probs=np.array([0.05], np.float32), dtype="int32"))  # function
    emit(f0())  # function_call
    err(lambda: g1.make_seeds(-1))  # Generator.make_seeds
    m0 = None
    emit(R.normal([5, 0], mean=0.5, seed=5))  # normal
    emit(g0.reset([-1, 20, 30]))  # Generator.reset
    emit(R.log_uniform_candidate_sampler([[1, 4, 3]], 3, 1, False, 5, seed=-1))  # log_uniform_candidate_sampler
    emit(f0())  # function_call
    err(lambda: R.normal([4, 0, 6], mean=-1e10, stddev=np.array([[]], np.float32), seed=2))  # normal
    err(lambda: g0.skip([1, 2]))  # Generator.skip
    err(lambda: R.fixed_unigram_candidate_sampler([[3, 5, 3], [1, 2, 7]], 3, 7, True, 8, unigrams=[1.0, 1.0, 1.0, 10.0, 4.0, 4.0, 0.5, 3.0, 3.0], num_reserved_ids=1, seed=87654321))  # fixed_unigram_candidate_sampler
    emit(R.uniform_candidate_sampler([[611], [179]], 1, 6, False, 1000000, seed=-7))  # uniform_candidate_sampler
    emit(R.stateless_truncated_normal([], seed=[2, 3, 7], mean=3, stddev=2.0, dtype="bfloat16", alg="philox"))  # stateless_truncated_normal
    m1 = emit(g0.make_seeds(3))  # Generator.make_seeds
    emit(g1.normal([3, 3, 6], mean=1e3))  # Generator.normal
    emit(R.uniform(np.array([5], np.int32), minval=-2**63, maxval=2**63 - 1, dtype=np.int64, seed=-1))  # uniform_int
    emit(R.poisson(np.array([3, 2], np.int64), lam=np.array([[5.0, 9.99], [33.3, 33.3]], np.float32), seed=-7))  # poisson
    f1 = F(lambda: R.uniform(np.array([5], np.int64), minval=np.float32(-0.0), maxval=2.5, seed=2**31 - 1))  # function
    m2 = emit(g1.make_seeds())  # Generator.make_seeds
    emit(f0())  # function_call
    emit(g0.reset_from_seed(-1))  # Generator.reset_from_seed
    s0 = emit(R.experimental.stateless_split(m1[:, 0], num=2))  # stateless_split
    emit(R.normal([6], mean=0.5, stddev=10, seed=1))  # normal
""")

case("program_000362", """
    emit(R.set_seed(3))  # set_seed
    fo0 = emit(R.experimental.stateless_fold_in([-1, 0], 5, alg="auto_select"))  # stateless_fold_in
    f0 = F(lambda: R.uniform((2,), minval=1e30, maxval=0.5, dtype="float64"))  # function u
    emit(R.stateless_truncated_normal([0, 6], seed=[12345, 7], stddev=0.1, dtype="float32"))  # stateless_truncated_normal
    emit(R.experimental.index_shuffle(np.arange(9, dtype=np.uint32), seed=np.array([1, 2], np.uint32), max_index=np.uint32(8)))  # index_shuffle
    emit(R.learned_unigram_candidate_sampler([[5, 8], [6, 3]], 2, 1, True, 11, seed=1))  # learned_unigram_candidate_sampler
    g0 = emit(R.Generator.from_state(np.array([2**40, -1, -2], np.int64), alg=R.Algorithm.PHILOX))  # Generator.from_state
    err(lambda: R.uniform([-4], dtype="float16", seed=2))  # uniform
    err(lambda: R.experimental.index_shuffle(np.arange(7, dtype=np.int32), seed=np.array([3, 4, 5], np.int32), max_index=np.int32(6)))  # index_shuffle
    emit(g0.binomial([6], counts=10.0, probs=0.5, dtype="int64"))  # Generator.binomial
    emit(R.set_seed(5))  # set_seed
    emit(R.uniform((1,), maxval=-2))  # uniform
    err(lambda: g0.uniform_full_int([-4], dtype="int64"))  # Generator.uniform_full_int
    emit(R.fixed_unigram_candidate_sampler([[1, 2, 1]], 3, 5, False, 3, unigrams=[3.0, 10.0, 1.0], distortion=0.0, seed=2**40 + 3))  # fixed_unigram_candidate_sampler
    emit(R.stateless_poisson([3, 2], seed=[1, 0], lam=[1e4, -1.0]))  # stateless_poisson
    emit(R.shuffle(np.array(3.0), seed=3))  # shuffle
    g1 = emit(R.Generator.from_seed(7, alg=R.Algorithm.PHILOX))  # Generator.from_seed
    emit(R.shuffle(np.array([[-0.0, 1.5], [0.0, -7.0]], np.float32), seed=2**31 - 1))  # shuffle
    err(lambda: R.categorical([[[-3.0, 0.25, 5.0]]], 3, seed=87654321))  # categorical
    emit(R.stateless_categorical([[2.0]], 1, seed=[5, 3]))  # stateless_categorical
    emit(R.normal([6, 0], dtype="float32", seed=5))  # normal
    emit(R.stateless_uniform([6, 6], seed=fo0, minval=None, maxval=None, dtype="int32"))  # stateless_uniform_int
    emit(R.all_candidate_sampler([[0, 0], [0, 0], [0, 0]], 2, 1, True, seed=-1))  # all_candidate_sampler
    emit(R.stateless_normal([6], seed=np.array([2, 5], np.uint64), stddev=1.0, dtype="float64", alg=3))  # stateless_normal
    emit(R.experimental.stateless_shuffle([-32, -29, 40], seed=fo0))  # stateless_shuffle
    emit(g1.uniform([5], minval=100.0, dtype=np.float32))  # Generator.uniform
    emit(R.experimental.stateless_shuffle([-45, -47, -8, -45, 0, 39], seed=np.array([2.0, 7.0], np.float64), alg=R.Algorithm.PHILOX))  # stateless_shuffle
    err(lambda: R.uniform([2], minval=[0, 1], maxval=[5, 10], dtype="int64", seed=1234))  # uniform_int
    g2 = emit(R.Generator.from_state(np.array([5, -1], np.int64), alg="threefry"))  # Generator.from_state
    emit(R.normal((0, 1, 3), seed=-7))  # normal
""")

case("program_000363", """
    emit(R.set_seed(None))  # set_seed
    emit(R.stateless_uniform([6], seed=[7, 2**31 - 1], minval=None, maxval=None, dtype="int32"))  # stateless_uniform_int
    emit(R.categorical([[1.0, -1.0, 5.0, 10.0]], 1, seed=87654321))  # categorical
    emit(R.stateless_gamma((6, 2), seed=[2, 12345], alpha=[0.0, 0.5], beta=-1.0))  # stateless_gamma
    s0 = emit(R.experimental.stateless_split([2**31 - 1, 7], num=2))  # stateless_split
    emit(R.stateless_categorical([[2.0, 0.5, 0.0, -3.0], [0.0, 0.0, -np.inf, -3.0], [2.0, 0.0, 0.5, 2.0]], 1, seed=s0[1], dtype="int32"))  # stateless_categorical
    g0 = emit(R.Generator.from_state(np.array([3, 2**40, 2**40], np.int64), alg="philox"))  # Generator.from_state
    emit(R.stateless_gamma([3], seed=np.array([1.0, 2.0], np.float32), alpha=1.0, dtype=np.float64))  # stateless_gamma
    g1 = emit(R.Generator.from_seed(-2**40))  # Generator.from_seed
    err(lambda: g0.split(-1))  # Generator.split
    gs0 = None
    emit(R.set_seed(None))  # set_seed
    emit(R.log_uniform_candidate_sampler([[1]], 1, 2, True, 5, seed=1))  # log_uniform_candidate_sampler
    err(lambda: g1.uniform([2], minval=3, maxval=3, dtype="int64"))  # Generator.uniform_int
    emit(R.experimental.stateless_shuffle(np.arange(5, dtype=np.int64).reshape([5]), seed=s0[1], alg="philox"))  # stateless_shuffle
    s1 = emit(R.experimental.stateless_split([-2, -2**31], num=2))  # stateless_split
    emit(g0.state)  # Generator.state
    f0 = F(lambda: R.uniform([2], minval=-1.0, maxval=[2.5, 123.456], seed=7))  # function
    emit(R.set_seed(1))  # set_seed
    emit(R.log_uniform_candidate_sampler([[0, 4, 5]], 3, 8, False, 10))  # log_uniform_candidate_sampler
    emit(R.normal([3, 5], mean=-2, stddev=3.0, seed=np.int64(2**31)))  # normal
    err(lambda: R.stateless_uniform([-1], seed=[2**40, -2**31], maxval=-2, dtype="bfloat16"))  # stateless_uniform
    emit(R.set_seed(3))  # set_seed
    emit(R.normal(np.array([0, 5, 6], np.int64), mean=2.5, stddev=-1.0, dtype=np.float32))  # normal
    g2 = emit(R.Generator.from_state([0, 3, 3], alg=R.Algorithm.PHILOX))  # Generator.from_state
    emit(g1.skip(100))  # Generator.skip
    emit(R.gamma([4], alpha=[[1e-3, 3.5, np.nan]]))  # gamma
""")

case("program_000364", """
    err(lambda: R.truncated_normal([3], mean=0, dtype="string", seed=1))  # truncated_normal
    emit(R.set_seed(42))  # set_seed
    emit(R.stateless_categorical([[2.0, -1.0, 2.0, 1.0, -3.0], [2.0, 5.0, -np.inf, -1.0, 0.25]], 2, seed=[3, 7]))  # stateless_categorical
    emit(R.poisson(np.array([4], np.int32), lam=np.float32(1e4), dtype="float32"))  # poisson
    emit(R.stateless_uniform(np.array([3], np.int32), seed=[2**40, 12345], maxval=[-1.0, -2, 100.0], dtype="float32"))  # stateless_uniform
    emit(R.set_seed(1234))  # set_seed
    emit(R.uniform_candidate_sampler([[1, 4, 1]], 3, 4, True, 5))  # uniform_candidate_sampler
    g0 = emit(R.Generator.from_key_counter(5, [6, 7], alg="philox"))  # Generator.from_key_counter
    g1 = emit(R.Generator.from_seed(1234, alg="threefry"))  # Generator.from_seed
    emit(R.categorical([[1.0, 0.25]], 7, seed=0))  # categorical
    emit(R.categorical([[-np.inf, 5.0, 10.0, 1.0], [0.0, 0.5, 5.0, 5.0]], 8))  # categorical
    g2 = emit(R.Generator.from_seed(2**64 + 5))  # Generator.from_seed
    g3 = emit(R.Generator.from_seed([1, 2, 3]))  # Generator.from_seed
    emit(g2.binomial([6, 2, 2], counts=[[20.0, 20.0], [100.0, 7.0]], probs=[0.3, 0.999]))  # Generator.binomial
    err(lambda: R.fixed_unigram_candidate_sampler([[3], [2], [5]], 1, 5, False, 7, unigrams=[10.0, 0.5, 10.0, 0.5, 4.0, 2.0, 0.5], distortion=2.0, num_shards=2, shard=1))  # fixed_unigram_candidate_sampler
    err(lambda: R.truncated_normal([-4], mean=-1.0))  # truncated_normal
    emit(g0.skip(np.int64(7)))  # Generator.skip
    err(lambda: R.experimental.index_shuffle(np.int32(1), seed=np.array([3, 4, 5], np.int32), max_index=np.int32(4)))  # index_shuffle
    emit(R.fixed_unigram_candidate_sampler([[0], [9]], 1, 6, False, 11, unigrams=[1.0, 10.0, 3.0, 0.5, 3.0, 2.0, 4.0, 2.0, 0.5, 0.5, 2.0]))  # fixed_unigram_candidate_sampler
    err(lambda: g2.uniform([3, -1, 2], dtype="string"))  # Generator.uniform
    emit(R.uniform(np.array([5], np.int32), minval=0, maxval=38, dtype="int64"))  # uniform_int
    g4 = emit(R.Generator.from_seed(1234))  # Generator.from_seed
    emit(R.stateless_categorical(np.array([[1.0]], np.float16), 6, seed=[7, 7]))  # stateless_categorical
""")

case("program_000365", """
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.poisson([6], lam=15.0))  # poisson
    emit(R.poisson([4], lam=np.float64(15.0)))  # poisson
    g0 = emit(R.Generator.from_key_counter(np.int64(3), np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    emit(R.stateless_categorical([[2.0]], 1, seed=np.array([1, 2], np.uint32), dtype="int32"))  # stateless_categorical
    err(lambda: R.stateless_truncated_normal([4], seed=(1, 1), alg="bogus"))  # stateless_truncated_normal
    g1 = emit(R.Generator.from_seed(1234, alg="auto_select"))  # Generator.from_seed
    emit(R.uniform_candidate_sampler([[49, 30, 3]], 3, 6, True, 50, seed=np.int64(2)))  # uniform_candidate_sampler
    emit(R.normal([1, 6], stddev=-1.0, dtype="bfloat16"))  # normal
    emit(R.stateless_categorical([[0.25, -np.inf, 0.5, 2.0], [-np.inf, 10.0, 1.0, -3.0]], 7, seed=(7, 2)))  # stateless_categorical
    emit(g1.normal(np.array([1], np.int32), mean=[1e30]))  # Generator.normal
    emit(R.uniform((1, 3), minval=-2**62, maxval=2**62, dtype="int64", seed=2**31))  # uniform_int
    emit(R.stateless_truncated_normal(np.array([0, 4], np.int32), seed=(-2, -2**31), stddev=np.array(-0.0), alg="PHILOX"))  # stateless_truncated_normal
""")

case("program_000367", """
    emit(R.set_seed(87654321))  # set_seed
    emit(R.stateless_poisson([3, 3], seed=np.array([5, 3], np.int32), lam=np.array([3, 40, 40], np.int32), dtype="float16"))  # stateless_poisson
    err(lambda: R.experimental.index_shuffle(np.int32(1), seed=np.array([3, 4, 5], np.int32), max_index=12))  # index_shuffle
    emit(R.normal([1], mean=np.float32(2.5), seed=-7))  # normal
    err(lambda: R.fixed_unigram_candidate_sampler([[0, 1, 5]], 3, 3, True, 11, unigrams=[4.0, 0.5, 10.0, 0.5, 3.0, 10.0, 0.5, 10.0, 0.5, 4.0, 10.0, 3.0], seed=1234))  # fixed_unigram_candidate_sampler
    g0 = emit(R.Generator.from_seed(1234))  # Generator.from_seed
    emit(R.normal(np.array([6], np.int64), mean=1e3, stddev=1.0, dtype=np.float32, seed=5))  # normal
    emit(R.shuffle(np.arange(5, dtype=np.float32).reshape([5])))  # shuffle
    emit(R.experimental.create_rng_state([12, 34], R.Algorithm.PHILOX))  # create_rng_state
    emit(R.truncated_normal([5, 5], mean=10.0, dtype=np.float16))  # truncated_normal
    err(lambda: R.normal([1], mean=np.float16(-0.0), dtype="int32"))  # normal
    err(lambda: R.learned_unigram_candidate_sampler([[9], [5]], 1, 5, True, 6, seed=1))  # learned_unigram_candidate_sampler
    emit(R.stateless_binomial(np.array([2], np.int32), seed=np.array([5, 5], np.uint64), counts=1e4, probs=0.3, output_dtype="float32"))  # stateless_binomial
    emit(R.experimental.stateless_shuffle([-13, 6, 47, -46, -20, 50, -26], seed=np.array([2**40, 2**40], np.uint64)))  # stateless_shuffle
    emit(R.stateless_normal([4], seed=[2, 7], mean=2.5, dtype=np.float16))  # stateless_normal
    g1 = emit(R.Generator.from_seed([1, 2], alg="philox"))  # Generator.from_seed
    g2 = emit(R.experimental.Generator.from_key_counter(5, [2**40, -3], alg="philox"))  # Generator.from_key_counter
    emit(R.shuffle(np.arange(4, dtype=np.int32).reshape([4]), seed=5))  # shuffle
    emit(g0.truncated_normal(np.array([4, 5], np.int64), stddev=0.0, dtype="float16"))  # Generator.truncated_normal
    emit(R.stateless_binomial([2, 2], seed=np.array([1, 0], np.int64), counts=10.0, probs=0.9, output_dtype="int32"))  # stateless_binomial
    err(lambda: R.stateless_uniform([2, -3], seed=[2**31 - 1, -2], minval=0, maxval=1, dtype="int32"))  # stateless_uniform_int
    emit(R.experimental.index_shuffle(np.arange(4, dtype=np.int32), seed=[11, 5], max_index=np.int32(100)))  # index_shuffle
    emit(g0.uniform([0], minval=0, maxval=2**33 + 1, dtype=np.int64))  # Generator.uniform_int
    emit(R.shuffle(np.arange(3, dtype=np.int32).reshape([3]), seed=87654321))  # shuffle
    emit(R.stateless_truncated_normal([5], seed=[3, 5], mean=10.0, dtype="float16"))  # stateless_truncated_normal
    emit(R.stateless_uniform([1, 2], seed=[2, 2**31 - 1], minval=-2, maxval=-1e10, dtype="float64", alg="PHILOX"))  # stateless_uniform
    emit(R.stateless_categorical(np.array([[0.5, -np.inf, 10.0, 0.0], [0.25, 5.0, -3.0, 2.0], [-1.0, 5.0, -np.inf, 10.0]], np.float32), 5, seed=[-2, 5]))  # stateless_categorical
    g3 = emit(R.Generator.from_key_counter(0, [0, 0], alg="philox"))  # Generator.from_key_counter
    emit(R.stateless_uniform(np.array([], np.int64), seed=[-2, 12345], minval=0.0, alg="PHILOX"))  # stateless_uniform
    emit(g2.uniform_full_int([], dtype="int64"))  # Generator.uniform_full_int
    emit(R.set_seed(2))  # set_seed
    emit(R.stateless_normal(np.array([6], np.int32), seed=np.array([3, 7], np.int64), stddev=np.float64(0.5), dtype="float64"))  # stateless_normal
""")

case("program_000368", """
    emit(R.stateless_normal((4,), seed=np.array([12345, 3], np.int64), dtype="bfloat16", alg="auto_select"))  # stateless_normal
    err(lambda: R.normal([-1], seed=7))  # normal
    emit(R.truncated_normal([0, 6, 0], mean=2.5, stddev=1.0, dtype=np.float32, seed=3))  # truncated_normal
    emit(R.uniform([2], minval=0, maxval=1, dtype="int32", seed=7))  # uniform_int
    g0 = emit(R.Generator.from_seed(2**64 + 5))  # Generator.from_seed
    m0 = emit(g0.make_seeds(2))  # Generator.make_seeds
    emit(R.uniform([1, 4], minval=1, maxval=22, dtype="int64", seed=2**40 + 3))  # uniform_int
    emit(g0.reset([10, 20, 30]))  # Generator.reset
    emit(R.experimental.index_shuffle(np.arange(3, dtype=np.int64), seed=[13, 14], max_index=2))  # index_shuffle
    emit(R.stateless_gamma([5, 6, 2, 1], seed=np.array([2**32 - 1, 12345], np.uint32), alpha=[[0.5], [0.999]], beta=np.array([[2.0]], np.float32), dtype="float64"))  # stateless_gamma
    emit(g0.reset_from_seed(2))  # Generator.reset_from_seed
    emit(R.stateless_categorical(np.array([[1.0, 2.0, 1.0, -1.0, 0.5]], np.float16), 2, seed=np.array([-1, -2], np.int32)))  # stateless_categorical
    emit(R.stateless_uniform([6], seed=np.array([-2, -1], np.int64), minval=None, maxval=None, dtype="uint64"))  # stateless_uniform_int
    fo0 = emit(R.fold_in(m0[:, 0], 17))  # random.fold_in
    emit(R.stateless_uniform([0, 4], seed=[7, 12345], minval=None, maxval=None, dtype=np.uint64, alg=1))  # stateless_uniform_int
    emit(R.stateless_binomial(np.array([1], np.int32), seed=[-1, 3], counts=np.float64(5.0), probs=np.float64(0.9), output_dtype="float64"))  # stateless_binomial
    err(lambda: g0.uniform([2], minval=3, maxval=3, dtype="int64"))  # Generator.uniform_int
    m1 = emit(g0.make_seeds(3))  # Generator.make_seeds
    emit(R.normal(np.array([1], np.int32), mean=1e30, seed=-7))  # normal
    emit(g0.binomial((4, 1), counts=[1.0], probs=[0.999]))  # Generator.binomial
""")

case("program_000370", """
    emit(R.poisson([3, 4], lam=np.array([40, 3, 0], np.int32), dtype=np.int64, seed=2))  # poisson
    emit(R.log_uniform_candidate_sampler([[2, 4]], 2, 2, False, 5, seed=7))  # log_uniform_candidate_sampler
    emit(R.stateless_categorical(np.array([[-np.inf], [-1.0], [1.0]], np.float64), 7, seed=[0, -2**31]))  # stateless_categorical
    emit(R.categorical(np.array([[-np.inf, 1.0, 10.0, 0.25, 0.25], [2.0, -1.0, 0.0, -3.0, -3.0], [-1.0, 1.0, 5.0, 5.0, 5.0]], np.float32), 0, seed=7))  # categorical
    emit(R.shuffle(np.array([[-0.0], [3.25]], np.float32), seed=2))  # shuffle
    emit(R.truncated_normal([6, 5], seed=87654321))  # truncated_normal
    err(lambda: R.stateless_parameterized_truncated_normal([5], seed=np.array([-1, -2], np.int64), stddevs=-1.0))  # stateless_parameterized_truncated_normal
    emit(R.shuffle(np.arange(2, dtype=np.float64).reshape([2]), seed=2))  # shuffle
    fo0 = emit(R.fold_in([-2, 2**40], np.int64(5), alg="auto_select"))  # random.fold_in
    g0 = emit(R.Generator.from_seed(7, alg="philox"))  # Generator.from_seed
    emit(R.stateless_binomial(np.array([4], np.int32), seed=np.array([1, 0], np.int32), counts=1.0, probs=0.5))  # stateless_binomial
    emit(g0.truncated_normal([5, 0]))  # Generator.truncated_normal
    emit(R.poisson([0], lam=1e4, dtype="int64", seed=2**31))  # poisson
    emit(R.poisson([], lam=[-1.0], seed=1))  # poisson
    emit(R.create_rng_state(2**70 + 5, R.Algorithm.PHILOX))  # create_rng_state
    emit(g0.reset([-1, 20, 30]))  # Generator.reset
    gs0 = emit(g0.split(2))  # Generator.split
    emit(R.stateless_binomial([5, 1], seed=np.array([3.5, 2.0], np.float64), counts=[5.0], probs=[0.05]))  # stateless_binomial
    emit(R.uniform_candidate_sampler([[9, 2, 6], [7, 6, 4]], 3, 6, False, 10, seed=-1))  # uniform_candidate_sampler
    emit(R.truncated_normal([6, 2], mean=np.array([3], np.float64), seed=0))  # truncated_normal
""")

case("program_000371", """
    emit(R.set_seed(2**31 - 1))  # set_seed
    g0 = emit(R.Generator.from_seed(0))  # Generator.from_seed
    emit(R.categorical(np.array([[0.5, 2.0, 2.0, 0.5, -np.inf]], np.float64), 6, dtype=np.int32))  # categorical
    emit(R.categorical([[1.0, 0.0, 2.0], [2.0, 0.25, 0.5]], 7, seed=2))  # categorical
    emit(R.stateless_uniform([6], seed=[7, -2**31], minval=np.array([-3.5, -1.0, 123.456, -0.0, -0.0, 0.5]), alg=R.Algorithm.AUTO_SELECT))  # stateless_uniform
    err(lambda: R.experimental.index_shuffle(np.arange(2, dtype=np.int64), seed=[5, 9], max_index=np.array([1099511627776, 1099511627776, 1099511627776], np.int64)))  # index_shuffle
    emit(g0.state)  # Generator.state
    g1 = emit(R.experimental.Generator.from_seed(7))  # Generator.from_seed
    emit(g0.normal(np.array([2, 2], np.int32), mean=-3.5, dtype="bfloat16"))  # Generator.normal
    f0 = F(lambda: (R.shuffle([[-7.0], [3.25]], seed=0), R.stateless_uniform([3, 5, 0], seed=[3, -1], minval=0, dtype=np.float64)))  # function
    emit(R.normal(np.array([5, 1], np.int64), stddev=np.float16(-0.0)))  # normal
    emit(R.shuffle(5, seed=0))  # shuffle
    emit(g0.normal([4], mean=-1e10, stddev=1e-3))  # Generator.normal
    err(lambda: g1.normal([1, 6], mean=-1.0, dtype="int32"))  # Generator.normal
    err(lambda: R.stateless_parameterized_truncated_normal([6, 4], seed=[3, 2**40], stddevs=-1.0))  # stateless_parameterized_truncated_normal
    emit(g1.uniform([2, 4, 3], minval=None, maxval=None, dtype=np.int64))  # Generator.uniform_int
    err(lambda: R.uniform([4, 6], minval=0.5, maxval=10.5, dtype=np.int64))  # uniform_int
    emit(R.stateless_binomial((6, 0), seed=np.array([0, 0], np.uint64), counts=np.float32(1.0), probs=np.float32(0.0)))  # stateless_binomial
    emit(R.stateless_gamma((6, 6, 1, 1), seed=[-2**31, 0], alpha=np.array([[0.1]], np.float64)))  # stateless_gamma
    emit(g0.reset([-1, 20, 30]))  # Generator.reset
    emit(g1.normal([3], dtype=np.float64))  # Generator.normal
    emit(R.shuffle(np.arange(1, dtype=np.float64).reshape([1]), seed=1234))  # shuffle
    m0 = emit(g0.make_seeds(1))  # Generator.make_seeds
    emit(R.log_uniform_candidate_sampler([[7, 1], [6, 0]], 2, 4, False, 10, seed=2))  # log_uniform_candidate_sampler
    emit(R.set_seed(42))  # set_seed
    err(lambda: R.Generator.from_state([1, 2], alg=1))  # Generator.from_state
    g2 = None
    emit(R.set_global_generator(g0))  # set_global_generator
    emit(R.stateless_poisson([2, 3], seed=np.array([-2, -1], np.int32), lam=[1.0, 1e4, 100.0]))  # stateless_poisson
""")

case("program_000373", """
    emit(R.stateless_binomial([2, 3, 2, 3], seed=[-2, 0], counts=[[0.0, 7.0, 7.0], [1e4, 100.0, 5.0]], probs=0.3, output_dtype="float64"))  # stateless_binomial
    emit(R.stateless_poisson([4, 2, 3], seed=np.array([0, 2**64 - 1], np.uint64), lam=[[15.0, 1.0, -1.0], [100.0, 5.0, 100.0]]))  # stateless_poisson
    err(lambda: R.all_candidate_sampler([[17, 1, 1]], 3, 3, False))  # all_candidate_sampler
    emit(R.uniform([3, 3], minval=-1e10, dtype=np.float32, seed=2))  # uniform
    emit(R.stateless_gamma([6], seed=np.array([2**31, 2**31], np.uint32), alpha=1e-3, beta=1e-3, dtype="float32"))  # stateless_gamma
    emit(R.fixed_unigram_candidate_sampler([[4, 5], [0, 0], [1, 0]], 2, 2, True, 6, unigrams=[2.0, 10.0, 0.5, 10.0, 3.0, 4.0], seed=np.int64(3)))  # fixed_unigram_candidate_sampler
    emit(R.uniform([3], minval=7, maxval=48, dtype=np.int32, seed=2**40 + 3))  # uniform_int
    emit(R.truncated_normal([6], mean=np.array([0.0, -0.0, 1e30, 123.456, 2.5, -2]), stddev=3.0, dtype="float16", seed=87654321))  # truncated_normal
    emit(R.stateless_binomial(np.array([1, 4], np.int64), seed=np.array([0.0, 2.0], np.float64), counts=[10.0, 10.0, 0.0, 0.5], probs=[0.3, 0.5, 0.9, 0.3]))  # stateless_binomial
    g0 = emit(R.Generator.from_key_counter(0, [0, 0], alg="philox"))  # Generator.from_key_counter
    emit(g0.uniform(np.array([1], np.int64), dtype="bfloat16"))  # Generator.uniform
    emit(g0.uniform_full_int([4, 2], dtype=np.uint64))  # Generator.uniform_full_int
    emit(g0.reset_from_seed(0))  # Generator.reset_from_seed
    emit(g0.skip(2**40))  # Generator.skip
    emit(R.stateless_binomial([1, 2], seed=(3, 3), counts=-3.0, probs=0.05, output_dtype="float64"))  # stateless_binomial
    emit(g0.reset_from_seed(-1))  # Generator.reset_from_seed
    emit(g0.binomial([6, 5], counts=7.0, probs=0.999))  # Generator.binomial
    s0 = emit(R.split((2**40, -2), num=4, alg="PHILOX"))  # random.split
    emit(g0.uniform([2], minval=-100, maxval=-50, dtype="int32"))  # Generator.uniform_int
    emit(g0.key)  # Generator.state
    emit(R.normal([4], mean=np.float16(-0.0), dtype="float32", seed=2**40 + 3))  # normal
    emit(R.uniform(np.array([2, 2], np.int64), maxval=np.float32(0.5), dtype="float64", seed=0))  # uniform
    g1 = emit(R.experimental.Generator.from_seed(1))  # Generator.from_seed
    emit(R.gamma([5], alpha=[[np.nan], [0.0]], seed=1))  # gamma
    emit(R.stateless_parameterized_truncated_normal([1, 4], seed=np.array([2**40, 0], np.uint64), stddevs=3.0, minvals=-np.inf, maxvals=-1.0))  # stateless_parameterized_truncated_normal
    emit(R.set_seed(1))  # set_seed
    g2 = emit(R.Generator.from_seed(7))  # Generator.from_seed
    emit(g1.binomial([3, 5], counts=np.float16(1e4), probs=np.float16(0.05)))  # Generator.binomial
    emit(g1.uniform_full_int([4], dtype="int64"))  # Generator.uniform_full_int
    emit(R.stateless_gamma([3], seed=s0[1], alpha=[0.999, 2.0, 10.0], beta=2.0))  # stateless_gamma
    emit(g0.reset_from_key_counter(5, [6, 7]))  # Generator.reset_from_key_counter
    emit(R.stateless_gamma([1, 2, 3], seed=np.array([2**31 - 1, 1], np.int32), alpha=[0.0, 10.0, 3.5]))  # stateless_gamma
    emit(R.normal([6, 3], mean=3, seed=42))  # normal
    emit(g2.uniform_full_int([5, 3]))  # Generator.uniform_full_int
    emit(g0.uniform(np.array([2], np.int64), minval=None, maxval=None, dtype="int32"))  # Generator.uniform_int
""")

case("program_000374", """
    emit(R.set_seed(0))  # set_seed
    err(lambda: R.stateless_uniform([], seed=[7, 0, 1], dtype=np.float32, alg="threefry"))  # stateless_uniform
    s0 = emit(R.experimental.stateless_split([12345, -2]))  # stateless_split
    err(lambda: R.poisson([2.5], lam=np.array([100.0], np.float16)))  # poisson
    emit(R.stateless_truncated_normal((4,), seed=[2, 12345], mean=0.0, stddev=np.float64(0.5), alg=R.Algorithm.AUTO_SELECT))  # stateless_truncated_normal
    g0 = emit(R.Generator.from_seed(-2**40))  # Generator.from_seed
    emit(g0.uniform(np.array([3, 0], np.int64), dtype=np.float16))  # Generator.uniform
    emit(g0.normal([3, 3, 6], dtype=np.float16))  # Generator.normal
    f0 = F(lambda: R.stateless_normal([6, 3], seed=s0[1], stddev=[[-1.0, 10, 10], [2.0, 0.1, 1.0], [1.0, 1.0, 1e-3], [3.0, 10, 1.0], [0.0, 1e20, 1.0], [-1.0, -1.0, 0.1]], alg="philox"))  # function
    emit(f0())  # function_call
    emit(R.log_uniform_candidate_sampler([[8, 4]], 2, 5, True, 10))  # log_uniform_candidate_sampler
    emit(g0.binomial(np.array([0, 4], np.int32), counts=[0.5, 5.0, 5.0, 5.0], probs=0.3))  # Generator.binomial
    emit(R.stateless_poisson([4, 2], seed=s0[0], lam=[9.99, 0.5], dtype="float64"))  # stateless_poisson
    err(lambda: R.stateless_uniform([5, 6], seed=s0[1], maxval=[-2, 100.0, -2, 0, 123.456, -1.0, -1.0], alg=R.Algorithm.PHILOX))  # stateless_uniform
    err(lambda: R.stateless_uniform((), seed=[3, 1, 3], maxval=10.0, alg="threefry"))  # stateless_uniform
    emit(R.stateless_truncated_normal(np.array([3, 5, 2], np.int64), seed=np.array([0, 2**32 - 1], np.uint32), mean=np.array([[[1e30, 3], [-0.0, 123.456], [1.0, 100.0], [1.0, 0.0], [3, 1e30]], [[0, 1.0], [1.0, 123.456], [10.0, 1e3], [100.0, 0.5], [0.5, 100.0]], [[3, 100.0], [-1.0, -0.0], [-2, 3], [1.0, 1.0], [0.5, 3]]], np.float64)))  # stateless_truncated_normal
    emit(g0.reset_from_seed([1, 2]))  # Generator.reset_from_seed
    fo0 = emit(R.fold_in(np.array([12345, 0], np.int32), np.int64(5)))  # random.fold_in
    emit(R.fixed_unigram_candidate_sampler([[4]], 1, 2, True, 5, unigrams=[1.0, 0.5, 10.0, 10.0, 0.5], distortion=0.75))  # fixed_unigram_candidate_sampler
    err(lambda: g0.truncated_normal([2, -3]))  # Generator.truncated_normal
    emit(R.stateless_uniform([5], seed=s0[0], minval=[123.456, 100.0, 0.0, 0, 1.0], maxval=1e30))  # stateless_uniform
    emit(R.stateless_truncated_normal((3,), seed=[2**31 - 1, -2**31], mean=-1e10))  # stateless_truncated_normal
    emit(R.stateless_categorical([[0.5, 0.0]], 7, seed=[5, -2**31]))  # stateless_categorical
    emit(R.stateless_uniform([6, 5, 0], seed=[2**31 - 1, 2**31 - 1], maxval=10.0))  # stateless_uniform
    gs0 = emit(g0.split(2))  # Generator.split
    g1 = emit(R.Generator.from_key_counter(np.int64(3), np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    emit(gs0[0].normal([2, 4], stddev=2.0))  # Generator.normal
    err(lambda: R.stateless_truncated_normal([4, 0, 0], seed=np.array([2**32 - 1, 2**32 - 1], np.uint32), mean=np.array([0, -0.0, 1e3]), stddev=[[]], dtype="bfloat16", alg="PHILOX"))  # stateless_truncated_normal
""")

case("program_000376", """
    emit(R.poisson([2, 3], lam=np.array([[-1.0, -1.0], [1e4, 100.0]], np.float32), dtype="float32", seed=0))  # poisson
    emit(R.experimental.index_shuffle(np.int32(3), seed=np.array([1, 2], np.int32), max_index=4))  # index_shuffle
    emit(R.gamma([4, 6], alpha=123.0, beta=0.1, seed=-7))  # gamma
    emit(R.gamma(np.array([5, 0], np.int32), alpha=[2.0, 10.0], seed=2**40 + 3))  # gamma
    emit(R.stateless_poisson(np.array([1, 5, 2], np.int32), seed=np.array([2**31, 0], np.uint32), lam=np.array([0.5, 9.99], np.float64)))  # stateless_poisson
    emit(R.uniform_candidate_sampler([[4]], 1, 4, False, 5, seed=42))  # uniform_candidate_sampler
    err(lambda: R.stateless_uniform([], seed=np.array([0, 2], np.uint32), minval=-2, maxval=np.array(-0.0), dtype="complex64", alg="philox"))  # stateless_uniform
    emit(R.normal([], mean=-1.0, seed=5))  # normal
    emit(R.uniform([], maxval=10.0, dtype=np.float32, seed=2**31))  # uniform
    emit(R.stateless_uniform([2, 5], seed=[7, -2**31], minval=-9, maxval=2, dtype="int64"))  # stateless_uniform_int
    g0 = emit(R.Generator.from_seed([1, 2, 3]))  # Generator.from_seed
    fo0 = emit(R.experimental.stateless_fold_in([-1, 5], 17))  # stateless_fold_in
    emit(R.stateless_gamma([4, 2], seed=fo0, alpha=[np.inf, -1.0], beta=[0.0, 2.0]))  # stateless_gamma
    emit(R.uniform([1, 5], dtype=np.float16, seed=42))  # uniform
    g1 = emit(R.Generator.from_state(np.array([5, -1], np.int64), alg="threefry"))  # Generator.from_state
    emit(g0.binomial((2, 5, 3), counts=[1e4, 20.0, 100.0], probs=[0.25, 0.5, 0.5]))  # Generator.binomial
    g2 = emit(R.Generator.from_state([9, 12345, 12345], alg="philox"))  # Generator.from_state
    emit(g2.uniform([1, 2, 3], minval=1e3, maxval=np.float32(-2), dtype="float64"))  # Generator.uniform
""")

case("program_000377", """
    emit(R.truncated_normal([2], mean=123.456, dtype=np.float64, seed=-7))  # truncated_normal
    emit(R.categorical([[0.25, 0.0, 1.0, 0.0]], 6, dtype="int64", seed=1))  # categorical
    emit(R.stateless_truncated_normal([6, 5], seed=[2**31 - 1, 2], stddev=1e-3))  # stateless_truncated_normal
    fo0 = emit(R.experimental.stateless_fold_in(np.array([0, 2**63 + 5], np.uint64), -3))  # stateless_fold_in
    emit(R.stateless_uniform(np.array([1, 5, 4], np.int64), seed=[0, 1]))  # stateless_uniform
    emit(R.stateless_binomial([3, 1], seed=np.array([2, 7], np.uint32), counts=[-3.0], probs=0.9, output_dtype="float16"))  # stateless_binomial
    emit(R.stateless_uniform([4, 2, 5], seed=np.array([7, -1], np.int64), minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    f0 = F(lambda: (R.truncated_normal([2, 2], dtype=np.float64, seed=2), R.normal([5], mean=np.array([-1.0], np.float64), stddev=-1.0, seed=3)))  # function
    emit(R.set_seed(-5))  # set_seed
    emit(R.poisson([6], lam=[np.inf, 0.0, 1e4], dtype="float32", seed=3))  # poisson
    err(lambda: R.gamma([-2, 0], alpha=np.inf, beta=1e-3, dtype=np.float64))  # gamma
    emit(f0())  # function_call
    emit(R.shuffle([-9, -42], seed=2**31 - 1))  # shuffle
    emit(R.set_seed(None))  # set_seed
    g0 = emit(R.Generator.from_state([1, 2], alg="threefry"))  # Generator.from_state
    s0 = emit(R.experimental.stateless_split(fo0, num=2))  # stateless_split
    emit(R.create_rng_state(2**63, "auto_select"))  # create_rng_state
    emit(R.stateless_uniform((3, 6), seed=[2**40, 2**40], minval=None, maxval=None, dtype=np.int64))  # stateless_uniform_int
    emit(R.create_rng_state(0, "threefry"))  # create_rng_state
    err(lambda: g0.reset_from_key_counter(5, [0, 2**40]))  # Generator.reset_from_key_counter
    err(lambda: g0.skip(1))  # Generator.skip
    emit(R.poisson(np.array([6, 5], np.int32), lam=0.0, dtype="float64", seed=2**31))  # poisson
    emit(g0.reset_from_seed(12345))  # Generator.reset_from_seed
    emit(R.uniform([0], minval=np.array([], np.float32), dtype="float32", seed=-1))  # uniform
    fo1 = emit(R.fold_in([2, -2**31], 1))  # random.fold_in
    emit(R.set_global_generator(g0))  # set_global_generator
    emit(R.normal([2], stddev=np.array([-0.0, 3.0], np.float64), dtype="bfloat16", seed=0))  # normal
    emit(R.stateless_binomial(np.array([2, 4], np.int32), seed=np.array([0, 5], np.int64), counts=[7.0, 7.0, 7.0, 7.0], probs=[1.5]))  # stateless_binomial
""")

case("program_000378", """
    emit(R.stateless_uniform((4, 4, 1), seed=[12345, -1], minval=-2**63, maxval=2**63 - 1, dtype=np.int64))  # stateless_uniform_int
    err(lambda: R.log_uniform_candidate_sampler([[1], [1]], 1, 6, True, 4, seed=2**31))  # log_uniform_candidate_sampler
    emit(R.uniform_candidate_sampler([[297, 20, 123]], 3, 3, True, 1000000, seed=2))  # uniform_candidate_sampler
    emit(R.normal(np.array([4], np.int64), mean=123.456, stddev=1.0, seed=2**31 - 1))  # normal
    emit(R.stateless_truncated_normal((6, 5), seed=np.array([12345, 1], np.int32), mean=0, stddev=0.5, dtype=np.float16, alg="philox"))  # stateless_truncated_normal
    g0 = emit(R.Generator.from_state([9, 2**40, -2], alg=1))  # Generator.from_state
    g1 = emit(R.Generator.from_state(np.array([-2, 9, -1], np.int64), alg=R.Algorithm.PHILOX))  # Generator.from_state
    emit(R.uniform([], maxval=2.5, dtype=np.float64, seed=1234))  # uniform
    err(lambda: R.experimental.stateless_fold_in([2**31 - 1, 2], 1.5))  # stateless_fold_in
    fo0 = None
    emit(g0.uniform_full_int([1, 5], dtype=np.uint64))  # Generator.uniform_full_int
    emit(R.stateless_parameterized_truncated_normal([], seed=(3, 5), means=np.float32(-0.0), minvals=-np.inf, maxvals=-1.0))  # stateless_parameterized_truncated_normal
    emit(g0.reset_from_key_counter(-1, [0, 2**40]))  # Generator.reset_from_key_counter
    emit(R.uniform(np.array([5, 6], np.int32), minval=-2**63, maxval=2**63 - 1, dtype=np.int64, seed=-7))  # uniform_int
    emit(R.shuffle(np.arange(4, dtype=np.int32).reshape([4]), seed=87654321))  # shuffle
    emit(R.uniform([], minval=0, maxval=[[1.0, 1.0, 10.0], [10.0, 1.0, 0]], dtype="float32", seed=2**31 - 1))  # uniform
    emit(R.stateless_poisson([4], seed=[3, 0], lam=5.0))  # stateless_poisson
    emit(R.truncated_normal([2, 5], mean=0.0, dtype=np.float32, seed=3))  # truncated_normal
    emit(g1.uniform([4, 6], minval=100.0, dtype="bfloat16"))  # Generator.uniform
    err(lambda: g0.uniform_full_int([3, -1, 2], dtype="uint32"))  # Generator.uniform_full_int
    emit(R.shuffle(np.arange(3, dtype=np.int32).reshape([3]), seed=42))  # shuffle
    emit(R.shuffle([[2.5]], seed=3))  # shuffle
    err(lambda: R.stateless_truncated_normal([], seed=[2, -2], mean=100.0, stddev=np.float16(-0.0), alg=R.Algorithm.THREEFRY))  # stateless_truncated_normal
    emit(g1.truncated_normal([4, 4]))  # Generator.truncated_normal
    emit(g1.normal(np.array([], np.int64), dtype="bfloat16"))  # Generator.normal
    emit(R.uniform([], minval=np.float32(-0.0), dtype=np.float64, seed=3))  # uniform
    emit(g0.binomial([6, 3], counts=100.0, probs=0.3))  # Generator.binomial
    emit(R.uniform(np.array([3], np.int64), minval=-2**40, maxval=2**40, dtype=np.int64, seed=1234))  # uniform_int
    err(lambda: R.Generator.from_state([[1, 2, 3]], alg="philox"))  # Generator.from_state
    g2 = None
    err(lambda: R.fixed_unigram_candidate_sampler([[3, 3, 0], [2, 0, 2], [0, 3, 2]], 3, 6, True, 4, unigrams=[1.0, 3.0, 2.0, 4.0], seed=42))  # fixed_unigram_candidate_sampler
    fo1 = emit(R.fold_in(np.array([5, 5], np.uint64), 1))  # random.fold_in
    emit(R.stateless_categorical(np.array([[1.0, -np.inf, -1.0, 0.5], [-3.0, 2.0, -np.inf, 1.0]], np.float16), 0, seed=fo1, dtype="int64"))  # stateless_categorical
    emit(R.categorical([[0.5, 0.25], [1.0, 10.0], [-3.0, -np.inf]], 1, seed=1))  # categorical
    emit(R.all_candidate_sampler([[0, 0]], 2, 1, True, seed=2**40 + 3))  # all_candidate_sampler
    emit(R.stateless_binomial((6, 6), seed=[3, 12345], counts=10, probs=0.0))  # stateless_binomial
    emit(g0.uniform(np.array([2], np.int64), minval=0, maxval=21, dtype="int64"))  # Generator.uniform_int
    fo2 = emit(R.fold_in([0, -2], 2**40))  # random.fold_in
    emit(R.uniform([0], minval=[], maxval=np.array([], np.float32), dtype="float32", seed=2**40 + 3))  # uniform
    emit(g1.binomial(np.array([5, 4], np.int32), counts=[20.0, 0.5, 0.5, 20.0], probs=[0.5, 0.5, 0.5, 0.9], dtype="int32"))  # Generator.binomial
    err(lambda: R.gamma([], alpha=[1.0, 2.0], beta=[1.0, 2.0, 3.0], seed=5))  # gamma
""")

case("program_000380", """
    emit(R.set_seed(0))  # set_seed
    emit(R.categorical([[-np.inf, -3.0, 1.0, 1.0, 1.0]], 7))  # categorical
    emit(R.experimental.create_rng_state(2**70 + 5, "philox"))  # create_rng_state
    emit(R.uniform(np.array([1, 6], np.int32), maxval=1e3, seed=5))  # uniform
    emit(R.stateless_poisson([1], seed=np.array([-1, -2], np.int64), lam=[1e4], dtype="int32"))  # stateless_poisson
    emit(R.poisson([3, 1], lam=33.3, seed=2))  # poisson
    g0 = emit(R.Generator.from_key_counter(5, np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    err(lambda: g0.binomial([0], counts=np.float64(7.0), probs=0.3))  # Generator.binomial
    emit(R.set_seed(2**33 + 7))  # set_seed
    err(lambda: R.uniform_candidate_sampler([[0, 1]], 2, 6, True, 4))  # uniform_candidate_sampler
    err(lambda: R.Generator.from_seed(2**64 + 5, alg="bogus"))  # Generator.from_seed
    g1 = None
    emit(R.create_rng_state(-1, "threefry"))  # create_rng_state
    emit(R.stateless_normal([3, 1, 1], seed=[-1, 7], dtype="float16"))  # stateless_normal
    emit(g0.reset_from_seed(-1))  # Generator.reset_from_seed
    emit(R.stateless_uniform([5, 1], seed=np.array([2, -2**31], np.int64), minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    emit(g0.skip(2**40))  # Generator.skip
    g2 = emit(R.Generator.from_seed(-2**40))  # Generator.from_seed
    emit(R.shuffle(np.arange(5, dtype=np.int32).reshape([1, 5, 1]), seed=-1))  # shuffle
    emit(R.stateless_categorical([[5.0, 10.0, -3.0, 0.25], [0.0, 2.0, 1.0, 0.25]], 4, seed=np.array([3, 12345], np.uint32)))  # stateless_categorical
    err(lambda: R.normal([1, 4], stddev=1.0, dtype=np.int32, seed=3))  # normal
    emit(R.experimental.stateless_shuffle(np.arange(3, dtype=np.uint32), seed=np.array([2**64 - 1, 5], np.uint64)))  # stateless_shuffle
    emit(R.create_rng_state(-1, 2))  # create_rng_state
    emit(R.uniform([4], dtype="bfloat16", seed=-1))  # uniform
    emit(R.stateless_binomial([2, 4], seed=[2**31 - 1, 3], counts=[0.5, 5.0, 7.0, 0.0], probs=[0.3], output_dtype="float32"))  # stateless_binomial
    emit(g2.uniform([], minval=-9, maxval=39, dtype=np.int64))  # Generator.uniform_int
    emit(R.stateless_normal(np.array([], np.int32), seed=np.array([2**40, 0], np.uint64), stddev=-1.0))  # stateless_normal
    err(lambda: R.normal([6], mean=0.5, dtype="int32", seed=2**40 + 3))  # normal
    emit(R.stateless_binomial((0, 0), seed=[2**31 - 1, 7], counts=np.float64(5.0), probs=np.float64(0.25)))  # stateless_binomial
""")

case("program_000383", """
    emit(R.set_seed(0))  # set_seed
    err(lambda: R.truncated_normal((4, 0, 4), mean=[100.0, 1.0, -1e10, 10.0, 0.5], dtype="float32", seed=2))  # truncated_normal
    fo0 = emit(R.fold_in([-2, 3], 17))  # random.fold_in
    emit(R.categorical([[2.0, 0.25, -np.inf, -3.0, 10.0]], 3, seed=5))  # categorical
    emit(R.stateless_binomial((6, 2, 2), seed=[-2, 2**31 - 1], counts=np.array([[1e4, 10.0], [5.0, 100.0]], np.float32), probs=np.array([0.999, 1.0], np.float32)))  # stateless_binomial
    err(lambda: R.Generator.from_state([[1, 2, 3]], alg=R.Algorithm.PHILOX))  # Generator.from_state
    g0 = None
    emit(R.stateless_poisson([2], seed=[0, 2**31 - 1], lam=[1e4, 100.0]))  # stateless_poisson
    emit(R.stateless_categorical(np.array([[10.0]], np.float32), 1, seed=fo0))  # stateless_categorical
    emit(R.shuffle(np.arange(2, dtype=np.float64).reshape([2, 1])))  # shuffle
    emit(R.normal(np.array([4], np.int32), stddev=0.0, dtype=np.float64))  # normal
    emit(R.normal((4, 1), mean=-1e10, dtype="bfloat16", seed=1))  # normal
""")

case("program_000385", """
    emit(R.set_seed(2**33 + 7))  # set_seed
    g0 = emit(R.Generator.from_seed(7))  # Generator.from_seed
    gs0 = emit(g0.split(2))  # Generator.split
    emit(g0.normal([3], stddev=-1.0, dtype=np.float64))  # Generator.normal
    emit(R.stateless_binomial([3], seed=[1, 0], counts=1e4, probs=0.25))  # stateless_binomial
    emit(R.shuffle(np.arange(2, dtype=np.float32).reshape([2]), seed=2))  # shuffle
    emit(R.stateless_poisson(np.array([3, 2, 2], np.int32), seed=np.array([-2, -1], np.int32), lam=[[np.inf, 1.0], [0.5, -1.0]], dtype="float16"))  # stateless_poisson
    emit(R.log_uniform_candidate_sampler([[3, 2], [1, 6]], 2, 7, False, 10, seed=1))  # log_uniform_candidate_sampler
    emit(R.stateless_binomial((3, 2, 1), seed=np.array([5, 5], np.uint64), counts=[[1], [10]], probs=0.999))  # stateless_binomial
    g1 = emit(R.Generator.from_state([-2, 9, 3], alg=1))  # Generator.from_state
    f0 = F(lambda: g0.normal([3, 6], stddev=0.0))  # function
    emit(R.poisson(np.array([], np.int32), lam=5.0, dtype=np.int64))  # poisson
    fo0 = emit(R.experimental.stateless_fold_in(np.array([12345, 2], np.uint32), 1, alg=1))  # stateless_fold_in
    emit(gs0[1].reset_from_key_counter(-1, [6, 7]))  # Generator.reset_from_key_counter
    emit(R.normal([], mean=0.0, seed=np.int64(87654321)))  # normal
    emit(R.uniform((0,), maxval=np.float16(-0.0), seed=7))  # uniform
    emit(g0.uniform([0], maxval=0.5))  # Generator.uniform
    emit(R.stateless_poisson([1, 6, 2], seed=[2**31 - 1, 12345], lam=np.array([1, 7], np.int64), dtype="int64"))  # stateless_poisson
    fo1 = emit(R.experimental.stateless_fold_in([0, 7], 5))  # stateless_fold_in
    emit(R.stateless_truncated_normal([3, 1], seed=(-2, 2), dtype=np.float64, alg="PHILOX"))  # stateless_truncated_normal
    emit(R.set_global_generator(gs0[1]))  # set_global_generator
    emit(R.experimental.stateless_shuffle([-28], seed=(12345, 7)))  # stateless_shuffle
    err(lambda: R.Generator.from_key_counter(0, [1], alg="philox"))  # Generator.from_key_counter
    g2 = None
    emit(R.normal([5, 5], stddev=0.0, seed=3))  # normal
    err(lambda: R.stateless_uniform([3], seed=[-1, 2**40], minval=7, maxval=-7, dtype="int64"))  # stateless_uniform_int
    emit(R.set_seed(None))  # set_seed
    emit(f0())  # function_call
    emit(R.experimental.stateless_shuffle(np.arange(1, dtype=np.int64).reshape([1]), seed=[2, -2**31]))  # stateless_shuffle
""")

case("program_000386", """
    g0 = emit(R.Generator.from_seed([1, 2]))  # Generator.from_seed
    emit(R.truncated_normal([1], mean=np.float32(123.456), seed=1))  # truncated_normal
    emit(g0.uniform_full_int([5, 6]))  # Generator.uniform_full_int
    emit(R.uniform(np.array([2], np.int64), seed=1234))  # uniform
    fo0 = emit(R.fold_in(np.array([2, 7], np.int32), np.int64(5)))  # random.fold_in
    emit(R.set_global_generator(g0))  # set_global_generator
    emit(R.shuffle(np.arange(3, dtype=np.float32).reshape([3]), seed=2**40 + 3))  # shuffle
    emit(R.stateless_uniform([1, 0], seed=[2, 12345], minval=1.0, maxval=-1e10, dtype="float32"))  # stateless_uniform
    m0 = emit(g0.make_seeds(1))  # Generator.make_seeds
    emit(g0.state)  # Generator.state
    g1 = emit(R.Generator.from_seed(0))  # Generator.from_seed
    emit(g0.uniform([1, 2], minval=0, maxval=7, dtype=np.int64))  # Generator.uniform_int
    emit(R.uniform((6,), minval=np.float32(0.0), dtype=np.float64, seed=1))  # uniform
    emit(R.experimental.index_shuffle(np.int64(0), seed=[18, 14], max_index=np.int64(7)))  # index_shuffle
    emit(g1.reset(np.array([10, 20, 30], np.int64)))  # Generator.reset
    emit(R.stateless_truncated_normal([4, 1], seed=(2**40, 2), dtype="float16"))  # stateless_truncated_normal
    g2 = emit(R.Generator.from_seed(2**63, alg="philox"))  # Generator.from_seed
    emit(R.stateless_poisson([1, 0, 3], seed=[-2, -1], lam=[15.0, 1e4, 1.0], dtype="float16"))  # stateless_poisson
    emit(g0.uniform([3], minval=None, maxval=None, dtype="int64"))  # Generator.uniform_int
    err(lambda: R.all_candidate_sampler([[8, 0, 0]], 3, 3, True, seed=-7))  # all_candidate_sampler
    emit(R.stateless_gamma([0, 3], seed=np.array([-2, 0], np.int32), alpha=[2.0, -1.0, 3.5]))  # stateless_gamma
    emit(R.uniform([6], maxval=-3.5, dtype="float32", seed=2**31 - 1))  # uniform
    g3 = emit(R.experimental.Generator.from_seed(np.int64(77), alg=R.Algorithm.PHILOX))  # Generator.from_seed
    emit(R.experimental.create_rng_state(2**63, "threefry"))  # create_rng_state
    emit(R.stateless_truncated_normal([4], seed=[-1, 12345], mean=-1e10))  # stateless_truncated_normal
    emit(R.categorical(np.log(np.array([[1.0], [0.7]])), 3, seed=2**31))  # categorical
""")

case("program_000390", """
    emit(R.stateless_uniform([6, 5, 0], seed=[2**40, -2], minval=0.0, dtype=np.float16))  # stateless_uniform
    emit(R.gamma([4, 4], alpha=np.array([123.0, np.inf, np.nan], np.float32), beta=np.float32(-1.0), seed=-1))  # gamma
    emit(R.stateless_poisson([5, 5], seed=np.array([5, 2**63 + 5], np.uint64), lam=-1.0))  # stateless_poisson
    emit(R.stateless_binomial([1, 3, 3], seed=np.array([0.0, 1.0], np.float64), counts=[-3.0, 0.0, 7.0], probs=[0.5, 0.9, 0.9], output_dtype="float32"))  # stateless_binomial
    emit(R.stateless_uniform([5, 0], seed=[12345, 1], maxval=0, dtype=np.float32, alg="PHILOX"))  # stateless_uniform
    emit(R.uniform_candidate_sampler([[3, 7], [9, 0], [2, 3]], 2, 2, False, 10, seed=2))  # uniform_candidate_sampler
    emit(R.gamma([4], alpha=np.array([np.nan, 10.0], np.float32), dtype="float16", seed=1234))  # gamma
    err(lambda: R.Generator.from_state([1, 2], alg=1))  # Generator.from_state
    g0 = None
    f0 = F(lambda: (R.stateless_normal((1,), seed=[2**40, 2**31 - 1], mean=-1.0, dtype="float64"), R.normal([5, 6], mean=np.float64(2.5), seed=2**31 - 1)))  # function
    err(lambda: R.stateless_uniform((2, 6), seed=[3, 2, 0], minval=0, maxval=1, dtype="int64"))  # stateless_uniform_int
""")

case("program_000393", """
    emit(R.set_seed(1234))  # set_seed
    emit(R.stateless_normal(np.array([2, 6], np.int64), seed=[7, 0], alg=R.Algorithm.PHILOX))  # stateless_normal
    emit(R.stateless_uniform([5], seed=np.array([12345, 2], np.int64)))  # stateless_uniform
    fo0 = emit(R.experimental.stateless_fold_in(np.array([0, 2], np.int64), 5))  # stateless_fold_in
    emit(R.set_seed(-5))  # set_seed
    emit(R.stateless_poisson([1, 0], seed=[2, 2**40], lam=0.0))  # stateless_poisson
    emit(R.set_seed(87654321))  # set_seed
    emit(R.uniform([3, 6], minval=0, maxval=1, dtype=np.int32))  # uniform_int
    emit(R.truncated_normal([5], stddev=np.array([1.0, 2.0, -0.0, 0.0, -1.0]), dtype="float32"))  # truncated_normal
    emit(R.experimental.stateless_shuffle(np.array([[1.5, -7.0], [0.0, 2.5], [1.5, 1.5], [-0.0, 3.25]], np.float32), seed=[-2, 2**31 - 1]))  # stateless_shuffle
    emit(R.uniform((4, 3), minval=-2**63, maxval=2**63 - 1, dtype="int64", seed=3))  # uniform_int
    emit(R.stateless_uniform(np.array([2], np.int64), seed=np.array([12345, 7], np.int32), minval=None, maxval=None, dtype="int32"))  # stateless_uniform_int
    emit(R.stateless_normal([5], seed=fo0, mean=np.float16(-0.0), stddev=np.array(-0.0), alg="auto_select"))  # stateless_normal
    emit(R.poisson([1], lam=[0.5], dtype="float64"))  # poisson
    emit(R.stateless_gamma((1, 1), seed=np.array([2**63 + 5, 2], np.uint64), alpha=[123.0], beta=0.1, dtype="float64"))  # stateless_gamma
    emit(R.stateless_categorical(np.log(np.array([[0.2, 1.0, 0.1, 0.1, 0.7], [1.0, 0.25, 0.5, 0.5, 0.1], [0.5, 0.1, 0.25, 0.2, 0.1]])), 5, seed=(-2, 2**40), dtype="int64"))  # stateless_categorical
    emit(R.uniform(np.array([0, 5, 5], np.int32), dtype=np.float16, seed=2))  # uniform
    emit(R.stateless_categorical([[-1.0, 1.0]], 5, seed=fo0, dtype=np.int32))  # stateless_categorical
    g0 = emit(R.experimental.Generator.from_state([-2, 9, 9], alg="philox"))  # Generator.from_state
    emit(g0.binomial([0, 1, 2, 1], counts=[[5.0], [1e4]], probs=[[0.05]], dtype="float64"))  # Generator.binomial
    emit(g0.uniform([0, 5], minval=3, maxval=3, dtype="int32"))  # Generator.uniform_int
    s0 = emit(R.experimental.stateless_split(np.array([2, 1], np.int32)))  # stateless_split
    emit(R.uniform(np.array([4, 3, 2], np.int64), maxval=2**20, dtype=np.int64))  # uniform_int
    emit(R.create_rng_state(np.array([1, 2, 3, 4], np.int64), "threefry"))  # create_rng_state
    emit(g0.skip(5))  # Generator.skip
""")

case("program_000396", """
    emit(R.truncated_normal([0, 3, 5], mean=-3.5, stddev=0.0, dtype="float64", seed=np.int64(2**31)))  # truncated_normal
    err(lambda: R.normal([2, -3], mean=-1e10, dtype=np.float64, seed=42))  # normal
    emit(R.poisson([4], lam=1e4, seed=7))  # poisson
    emit(R.learned_unigram_candidate_sampler([[2], [0], [2]], 1, 2, True, 3, seed=5))  # learned_unigram_candidate_sampler
    g0 = emit(R.Generator.from_seed(-1, alg="philox"))  # Generator.from_seed
    emit(g0.algorithm)  # Generator.state
    f0 = F(lambda: (g0.normal([2], dtype="float32"), g0.uniform((1, 4, 0), dtype=np.float32)))  # function
    emit(R.fixed_unigram_candidate_sampler([[6, 5], [1, 0]], 2, 5, False, 8, unigrams=[2.0, 1.0, 2.0, 3.0, 10.0, 10.0, 4.0, 0.5], seed=42))  # fixed_unigram_candidate_sampler
    emit(g0.reset_from_seed(2**63))  # Generator.reset_from_seed
    emit(R.poisson(np.array([1, 1], np.int32), lam=np.inf, dtype="float64", seed=1))  # poisson
    emit(R.set_seed(0))  # set_seed
    emit(R.truncated_normal(np.array([], np.int64), mean=0.0, dtype="bfloat16", seed=-1))  # truncated_normal
    emit(R.stateless_categorical([[-3.0, 5.0, 1.0, -1.0, 5.0], [10.0, 0.5, 5.0, -3.0, -np.inf], [0.0, -np.inf, -np.inf, 0.5, 0.0]], 8, seed=[2**40, -1]))  # stateless_categorical
    emit(R.gamma(np.array([5], np.int32), alpha=[1.0], beta=[0.5], seed=2))  # gamma
""")

case("program_000397", """
    emit(R.stateless_poisson([3, 0], seed=np.array([2**64 - 1, 0], np.uint64), lam=np.array(40, np.int64), dtype="float64"))  # stateless_poisson
    emit(R.truncated_normal(np.array([0], np.int32), stddev=10, seed=5))  # truncated_normal
    emit(R.uniform([2, 5], minval=-3.5, maxval=-3.5, dtype="bfloat16", seed=2))  # uniform
    emit(R.experimental.index_shuffle(np.int32(6), seed=[5, 2], max_index=np.int32(13)))  # index_shuffle
    emit(R.uniform([3, 4, 2], minval=6, maxval=15, dtype="int64", seed=2))  # uniform_int
    emit(R.experimental.index_shuffle(np.arange(6, dtype=np.int32), seed=[5, 9], max_index=np.int32(5)))  # index_shuffle
    err(lambda: R.stateless_normal([6], seed=5, stddev=np.float16(-0.0)))  # stateless_normal
    emit(R.stateless_parameterized_truncated_normal(np.array([1, 4], np.int32), seed=np.array([2**40, 5], np.int64), means=1.0, stddevs=2.0, minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(R.gamma([4], alpha=np.array([np.nan, 123.0, 0.999], np.float32), dtype=np.float64, seed=1234))  # gamma
    g0 = emit(R.Generator.from_seed(0))  # Generator.from_seed
    f0 = F(lambda: g0.uniform([5], minval=0, maxval=7, dtype="int32"))  # function
    f1 = F(lambda: (R.stateless_uniform(np.array([5], np.int64), seed=[1, 2**31 - 1], minval=1.0, dtype="bfloat16"), g0.uniform([6, 0, 2], dtype="float32")))  # function
    fo0 = emit(R.fold_in([-2**31, 2], 2**40))  # random.fold_in
    emit(R.stateless_uniform([1], seed=[12345, -1], minval=-3, maxval=9, dtype="int64"))  # stateless_uniform_int
    emit(f1())  # function_call
    emit(R.shuffle(np.arange(20, dtype=np.float64).reshape([4, 5]), seed=87654321))  # shuffle
    emit(R.normal((5,), mean=10.0, dtype=np.float16, seed=5))  # normal
    emit(R.learned_unigram_candidate_sampler([[0, 5], [4, 2], [6, 2]], 2, 6, True, 7, seed=2))  # learned_unigram_candidate_sampler
    emit(R.normal(np.array([4, 1], np.int32), mean=-2, stddev=1.0, dtype="float16", seed=np.int64(42)))  # normal
    f2 = F(lambda: R.stateless_uniform([4], seed=[-1, 0], minval=1e30, dtype="float16"))  # function
    emit(g0.normal([4, 3]))  # Generator.normal
    emit(R.set_seed(1))  # set_seed
    emit(f1())  # function_call
    emit(g0.normal([4, 3, 4], dtype="float32"))  # Generator.normal
""")

case("program_000400", """
    emit(R.set_seed(1))  # set_seed
    emit(R.stateless_gamma([1], seed=[-1, -2**31], alpha=np.nan, dtype=np.float64))  # stateless_gamma
    f0 = F(lambda: (R.categorical(np.array([[2.0, 1.0, 2.0]], np.float64), 3, seed=2), R.poisson([0], lam=np.array([-1.0, 1.0], np.float16), seed=2**40 + 3)))  # function
    emit(f0())  # function_call
    emit(f0())  # function_call
    emit(R.stateless_gamma(np.array([4], np.int32), seed=[1, 2**31 - 1], alpha=np.nan, dtype="float32"))  # stateless_gamma
    emit(R.stateless_categorical([[0.5, 10.0, 2.0, 10.0]], 5, seed=[2, 5], dtype=np.int32))  # stateless_categorical
    emit(R.shuffle(np.arange(15, dtype=np.int64).reshape([5, 3])))  # shuffle
    emit(R.uniform([4, 4], maxval=2**20, dtype=np.int64, seed=2))  # uniform_int
    emit(R.stateless_parameterized_truncated_normal(np.array([3, 1], np.int32), seed=[12345, -2**31], minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(f0())  # function_call
    emit(R.stateless_binomial([], seed=[5, 1], counts=20.0, probs=0.9))  # stateless_binomial
    err(lambda: R.experimental.index_shuffle(np.arange(2, dtype=np.uint64), seed=np.array([3, 4, 5], np.uint64), max_index=np.uint64(1048576)))  # index_shuffle
    emit(R.stateless_uniform([4], seed=np.array([5, 2], np.int32), minval=None, maxval=None, dtype="uint32", alg=R.Algorithm.AUTO_SELECT))  # stateless_uniform_int
    emit(R.experimental.index_shuffle(np.arange(2, dtype=np.uint64), seed=[5, 9], max_index=np.uint64(7)))  # index_shuffle
    emit(R.stateless_binomial([5], seed=np.array([2**64 - 1, 1], np.uint64), counts=np.float16(1e4), probs=np.float16(1.5), output_dtype="float64"))  # stateless_binomial
    emit(R.stateless_normal(np.array([6], np.int64), seed=[0, 1], mean=np.float32(-0.0), alg="auto_select"))  # stateless_normal
    emit(R.all_candidate_sampler([[0], [2], [2]], 1, 3, True))  # all_candidate_sampler
    emit(R.uniform([6], minval=0, maxval=1, dtype=np.int64))  # uniform_int
    f1 = F(lambda: (R.shuffle(np.arange(5, dtype=np.float16).reshape([5])), R.shuffle(np.zeros([0], np.float32), seed=87654321)))  # function u
    emit(R.set_seed(5))  # set_seed
    emit(R.gamma(np.array([6], np.int32), alpha=0.999))  # gamma
    g0 = emit(R.Generator.from_key_counter(0, np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    err(lambda: g0.normal([2, 6, 3], dtype="bool"))  # Generator.normal
    err(lambda: R.stateless_truncated_normal([3], seed=5))  # stateless_truncated_normal
""")

case("program_000403", """
    emit(R.set_seed(-5))  # set_seed
    f0 = F(lambda: R.poisson([3], lam=np.array([-1.0], np.float32), seed=1234))  # function
    emit(R.normal([1, 5], stddev=1e20))  # normal
    emit(R.truncated_normal([3, 2], dtype="float64"))  # truncated_normal
    emit(R.stateless_binomial([2], seed=[-2**31, 2**31 - 1], counts=3, probs=0.05, output_dtype="float16"))  # stateless_binomial
    emit(R.stateless_parameterized_truncated_normal([5, 4], seed=np.array([3, -1], np.int64), stddevs=1.0, minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(R.stateless_binomial([1, 3], seed=np.array([3, 12345], np.int64), counts=np.array([7.0, 1e4, 100.0], np.float64), probs=np.float64(0.25), output_dtype="int32"))  # stateless_binomial
    emit(R.shuffle(np.arange(6, dtype=np.int64).reshape([6]), seed=2**31 - 1))  # shuffle
    emit(R.fixed_unigram_candidate_sampler([[3], [8], [1]], 1, 4, False, 12, unigrams=[10.0, 4.0, 10.0, 3.0, 10.0, 4.0, 2.0, 3.0, 0.5, 0.5, 1.0, 4.0]))  # fixed_unigram_candidate_sampler
    emit(R.normal([0], stddev=-1.0, dtype="float64"))  # normal
    g0 = emit(R.Generator.from_seed(2**63))  # Generator.from_seed
    f1 = F(lambda: R.stateless_uniform([2, 6], seed=np.array([1, 7], np.uint32), minval=-2, dtype="bfloat16"))  # function
""")

case("program_000404", """
    g0 = emit(R.Generator.from_state([3, 3, 3], alg=1))  # Generator.from_state
    emit(R.gamma([3, 4], alpha=[1.0], beta=1.0, seed=2**40 + 3))  # gamma
    emit(g0.reset_from_key_counter(5, [0, 2**40]))  # Generator.reset_from_key_counter
    emit(R.gamma([1, 6], alpha=np.float64(1.0), dtype="float64", seed=-1))  # gamma
    emit(g0.skip(100))  # Generator.skip
    emit(R.stateless_normal([6], seed=[-2, -1], stddev=np.float32(-0.0)))  # stateless_normal
    g1 = emit(R.Generator.from_state(np.array([5, -1], np.int64), alg="threefry"))  # Generator.from_state
    emit(R.stateless_truncated_normal(np.array([1, 4, 3], np.int32), seed=np.array([0, -1], np.int32), alg=R.Algorithm.AUTO_SELECT))  # stateless_truncated_normal
    emit(g0.uniform((6, 4), minval=1, maxval=4, dtype=np.int64))  # Generator.uniform_int
    emit(g1.reset_from_seed(0))  # Generator.reset_from_seed
    err(lambda: R.truncated_normal([5], dtype=np.int32, seed=2**40 + 3))  # truncated_normal
    emit(R.poisson([4], lam=np.float64(1e4), seed=2**40 + 3))  # poisson
    err(lambda: R.normal([2, -3], stddev=1e-3, dtype=np.float64, seed=2**40 + 3))  # normal
    emit(R.stateless_categorical([[-1.0, -3.0, 0.0]], 7, seed=np.array([3.5, 2.0], np.float32)))  # stateless_categorical
    emit(R.stateless_poisson([1], seed=np.array([2**32 - 1, 2**31], np.uint32), lam=0))  # stateless_poisson
    emit(g0.uniform([1], minval=0, maxval=2**20, dtype="int64"))  # Generator.uniform_int
    emit(R.shuffle(np.arange(6, dtype=np.int64).reshape([6]), seed=87654321))  # shuffle
    emit(R.stateless_truncated_normal(np.array([6], np.int32), seed=[-2**31, 3], stddev=np.float64(0.5)))  # stateless_truncated_normal
""")

case("program_000405", """
    emit(R.set_seed(42))  # set_seed
    fo0 = emit(R.experimental.stateless_fold_in(np.array([2**40, 2], np.uint64), -3))  # stateless_fold_in
    err(lambda: R.experimental.index_shuffle(np.uint32(1), seed=np.array([3, 4, 5], np.uint32), max_index=np.uint32(1048576)))  # index_shuffle
    fo1 = emit(R.experimental.stateless_fold_in(np.array([2, -2], np.int64), np.int64(5)))  # stateless_fold_in
    emit(R.fixed_unigram_candidate_sampler([[0, 0, 0], [1, 1, 1]], 3, 8, False, 2, unigrams=[2.0, 2.0], seed=2))  # fixed_unigram_candidate_sampler
    err(lambda: R.experimental.stateless_shuffle(np.arange(2, dtype=np.float64).reshape([2]), seed=[7, -2**31], alg=2))  # stateless_shuffle
    err(lambda: R.normal([3, 0], mean=[3, -1.0, 1.0], seed=5))  # normal
    emit(R.categorical([[-np.inf, 0.0, -1.0, -1.0]], 5))  # categorical
    emit(R.stateless_gamma(np.array([2, 3], np.int32), seed=(7, 2**40), alpha=[[123.0, 3.5, 0.1], [0.25, np.nan, 1.0]], dtype="float32"))  # stateless_gamma
    emit(R.gamma([], alpha=[123.0, 1e-3], dtype="float64", seed=2**31 - 1))  # gamma
    emit(R.learned_unigram_candidate_sampler([[1]], 1, 3, False, 3, seed=5))  # learned_unigram_candidate_sampler
    emit(R.stateless_binomial((3, 2), seed=[3, 2**40], counts=np.float16(1e4), probs=np.float16(0.3)))  # stateless_binomial
    s0 = emit(R.experimental.stateless_split(np.array([12345, 0], np.int64)))  # stateless_split
    emit(R.normal([5, 4], mean=0.5, stddev=np.float64(0.5), dtype="float32", seed=-7))  # normal
    emit(R.experimental.stateless_shuffle(np.arange(3, dtype=np.int64).reshape([3]), seed=np.array([3, 12345], np.int64)))  # stateless_shuffle
    f0 = F(lambda: (R.gamma([3], alpha=123.0, beta=1e-3, dtype="float16"), R.uniform([5, 2, 4], maxval=1, dtype=np.int64)))  # function u
    fo2 = emit(R.fold_in([2**40, 12345], 5))  # random.fold_in
    emit(R.experimental.index_shuffle(np.arange(7, dtype=np.int64), seed=np.array([1, 2], np.int64), max_index=np.int64(100)))  # index_shuffle
    g0 = emit(R.Generator.from_key_counter(5, [2**40, -3], alg="philox"))  # Generator.from_key_counter
    err(lambda: R.stateless_poisson([], seed=[0, 1], lam=[1.0, 2.0]))  # stateless_poisson
    emit(R.stateless_poisson([], seed=[-2, -1], lam=5.0, dtype="float64"))  # stateless_poisson
    fo3 = emit(R.experimental.stateless_fold_in([1, 2**40], 5))  # stateless_fold_in
    err(lambda: R.Generator.from_seed([1, 2, 3], alg="bogus"))  # Generator.from_seed
    g1 = None
    s1 = emit(R.experimental.stateless_split([2**40, 1], num=2, alg="philox"))  # stateless_split
    emit(R.stateless_normal([1, 5, 6], seed=[7, -2], alg="philox"))  # stateless_normal
    emit(g0.normal((4,), mean=1e30, dtype="float64"))  # Generator.normal
    emit(R.set_global_generator(g0))  # set_global_generator
    emit(R.get_global_generator().binomial([0], counts=1.0, probs=0.3, dtype="float32"))  # Generator.binomial
    emit(R.stateless_categorical(np.log(np.array([[0.5, 0.25, 0.1, 0.2], [0.5, 0.7, 0.7, 0.2], [0.7, 0.1, 0.1, 1.0]])), 6, seed=[5, 3]))  # stateless_categorical
    err(lambda: R.experimental.index_shuffle(np.arange(1, dtype=np.uint64), seed=np.array([3, 4, 5], np.uint64), max_index=np.uint64(100)))  # index_shuffle
    emit(f0())  # function_call
    emit(R.categorical([[0.0]], 6, dtype="int64", seed=87654321))  # categorical
    emit(R.get_global_generator().reset_from_seed([1, 2]))  # Generator.reset_from_seed
    emit(f0())  # function_call
    emit(f0())  # function_call
    emit(R.stateless_uniform([0], seed=s0[0], minval=None, maxval=None, dtype="uint64"))  # stateless_uniform_int
""")

case("program_000406", """
    emit(R.stateless_truncated_normal(np.array([4], np.int64), seed=np.array([2.0, 1.0], np.float64), mean=np.array([10.0, -2, -0.0, -1.0], np.float64), dtype="float16"))  # stateless_truncated_normal
    g0 = emit(R.Generator.from_seed(2**64 + 5))  # Generator.from_seed
    emit(R.normal([], mean=123.456, stddev=np.float32(-0.0), seed=3))  # normal
    emit(R.stateless_uniform([0, 0], seed=np.array([2**32 - 1, 7], np.uint32), minval=0, maxval=np.array(-0.0), dtype=np.float16))  # stateless_uniform
    err(lambda: R.Generator.from_state([[1, 2, 3]], alg=1))  # Generator.from_state
    g1 = None
    err(lambda: R.gamma([3, -1, 2], alpha=0.1, beta=-1.0, dtype="float32", seed=3))  # gamma
    err(lambda: g0.uniform([-2, 0], minval=2.5))  # Generator.uniform
    emit(R.categorical(np.log(np.array([[0.1, 1.0, 0.7, 0.1, 0.25]])), 5, seed=2))  # categorical
    g2 = emit(R.Generator.from_seed(2**32, alg=R.Algorithm.PHILOX))  # Generator.from_seed
    emit(R.stateless_uniform([5], seed=[2, 2**31 - 1], minval=0.5, dtype="bfloat16"))  # stateless_uniform
    emit(g2.binomial((1, 6), counts=1e4, probs=0.9))  # Generator.binomial
    emit(g2.normal(np.array([], np.int32), mean=1e30, dtype="bfloat16"))  # Generator.normal
    emit(g2.state)  # Generator.state
    emit(R.stateless_uniform([0], seed=[2**31 - 1, 12345], dtype=np.float16, alg="PHILOX"))  # stateless_uniform
    err(lambda: R.Generator.from_seed(-1, alg="bogus"))  # Generator.from_seed
    g3 = None
    emit(R.uniform([6], maxval=0.5, seed=1))  # uniform
    emit(R.stateless_binomial([2], seed=[3, 2**31 - 1], counts=100.0, probs=0.3, output_dtype="float16"))  # stateless_binomial
""")

case("program_000408", """
    emit(R.truncated_normal(np.array([5], np.int64), mean=np.array([1.0], np.float64), dtype=np.float32, seed=-1))  # truncated_normal
    s0 = emit(R.experimental.stateless_split([5, -2**31], num=1))  # stateless_split
    s1 = emit(R.experimental.stateless_split(s0[0], num=2))  # stateless_split
    emit(R.categorical([[-3.0, 5.0, -1.0, -1.0], [0.25, 0.0, 2.0, -1.0], [0.25, 5.0, 0.25, -1.0]], 0, seed=np.int64(2)))  # categorical
    emit(R.stateless_normal(np.array([2], np.int64), seed=np.array([2**31 - 1, 1], np.int32), stddev=[1e-3, -1.0], dtype="float32"))  # stateless_normal
    emit(R.categorical([[1.0, 1.0], [2.0, -np.inf]], 4, dtype=np.int32, seed=87654321))  # categorical
    emit(R.fixed_unigram_candidate_sampler([[2, 1, 0], [0, 2, 1]], 3, 7, False, 3, unigrams=[1.0, 3.0, 1.0], seed=5))  # fixed_unigram_candidate_sampler
    s2 = emit(R.split(np.array([12345, 5], np.int64), num=2, alg="PHILOX"))  # random.split
    emit(R.stateless_uniform([3, 2], seed=np.array([-2, 2**31 - 1], np.int64), minval=None, maxval=None, dtype=np.int64))  # stateless_uniform_int
    emit(R.learned_unigram_candidate_sampler([[8], [1]], 1, 3, True, 10, seed=1))  # learned_unigram_candidate_sampler
    fo0 = emit(R.fold_in([2**31 - 1, 7], 1))  # random.fold_in
    emit(R.stateless_gamma(np.array([4, 1], np.int64), seed=np.array([3, 2], np.int64), alpha=np.array([10.0], np.float32), beta=[10.0], dtype=np.float64))  # stateless_gamma
    err(lambda: R.stateless_uniform(np.array([], np.int64), seed=np.array([1, 12345], np.int64), dtype="float64", alg=2))  # stateless_uniform
    emit(R.stateless_categorical([[0.25]], 4, seed=[1, 0], dtype=np.int32))  # stateless_categorical
    emit(R.fixed_unigram_candidate_sampler([[4, 5, 2]], 3, 8, False, 7, unigrams=[3.0, 1.0, 2.0, 2.0, 1.0, 1.0, 10.0], seed=np.int64(-1)))  # fixed_unigram_candidate_sampler
    emit(R.normal([3, 2, 1], stddev=-1.0, dtype=np.float64, seed=1))  # normal
""")

case("program_000412", """
    emit(R.stateless_parameterized_truncated_normal([1, 5], seed=np.array([3, 3], np.uint32), means=np.float64(0.0), stddevs=np.float64(1.0), minvals=np.float64(-2.0), maxvals=np.float64(2.0)))  # stateless_parameterized_truncated_normal
    emit(R.stateless_gamma([2, 3], seed=np.array([1.0, 2.0], np.float32), alpha=0.25, beta=1e-3))  # stateless_gamma
    emit(R.experimental.index_shuffle(np.arange(8, dtype=np.uint32), seed=[9, 13], max_index=np.uint32(7)))  # index_shuffle
    emit(R.categorical([[2.0, 0.0, -1.0, 10.0], [-3.0, -1.0, 5.0, -1.0], [1.0, 0.0, 0.5, 0.25]], 8, seed=2**31))  # categorical
    emit(R.stateless_gamma([1, 4, 2, 3], seed=[2**40, 2], alpha=[[1e-3, 2.0, 1e-3], [0.0, 3.5, 2.0]], beta=10.0))  # stateless_gamma
    emit(R.set_seed(3))  # set_seed
    err(lambda: R.stateless_parameterized_truncated_normal([3, 6], seed=[0, 0], minvals=-np.inf, maxvals=np.inf))  # stateless_parameterized_truncated_normal
    emit(R.stateless_truncated_normal([3], seed=np.array([0, 2], np.uint64), alg="philox"))  # stateless_truncated_normal
    fo0 = emit(R.fold_in(np.array([2**31, 2**32 - 1], np.uint32), 0))  # random.fold_in
    emit(R.stateless_gamma(np.array([4, 1], np.int64), seed=np.array([0, 2], np.uint64), alpha=[123.0]))  # stateless_gamma
    emit(R.poisson(np.array([0], np.int64), lam=[np.inf, 33.3, 1e4], dtype="int64", seed=1))  # poisson
    err(lambda: R.experimental.stateless_split(5, num=4))  # stateless_split
    s0 = None
    err(lambda: R.Generator.from_seed(2**64 + 5, alg="bogus"))  # Generator.from_seed
    g0 = None
    emit(R.stateless_gamma([6, 3], seed=[-2, 12345], alpha=-1.0))  # stateless_gamma
    emit(R.stateless_normal([3], seed=np.array([1, 2**40], np.int64), mean=-1.0, stddev=[0.0], dtype="float16"))  # stateless_normal
    emit(R.normal([5, 1], mean=123.456, stddev=np.array([[1e20], [3.0], [1e20], [-0.0], [-0.0]]), dtype=np.float32))  # normal
    err(lambda: R.experimental.stateless_shuffle(np.arange(15, dtype=np.float64).reshape([5, 3]), seed=[2, -1, 3]))  # stateless_shuffle
    emit(R.stateless_uniform([6, 5], seed=[2**31 - 1, -1], minval=-100, maxval=-50, dtype="int32"))  # stateless_uniform_int
    emit(R.truncated_normal([], dtype="float16", seed=2**31 - 1))  # truncated_normal
    emit(R.experimental.create_rng_state(2**64 - 1, "threefry"))  # create_rng_state
    emit(R.set_seed(1234))  # set_seed
    g1 = emit(R.Generator.from_seed(np.int64(77)))  # Generator.from_seed
    emit(g1.state)  # Generator.state
    emit(g1.normal(np.array([5], np.int64)))  # Generator.normal
    emit(R.stateless_uniform([2, 2], seed=(2**31 - 1, 1), minval=None, maxval=None, dtype="int64"))  # stateless_uniform_int
    emit(R.stateless_truncated_normal((2,), seed=[-2, 1]))  # stateless_truncated_normal
    m0 = emit(g1.make_seeds(1))  # Generator.make_seeds
    emit(R.gamma(np.array([4, 6], np.int64), alpha=[1e-3]))  # gamma
    emit(g1.key)  # Generator.state
    emit(R.stateless_uniform((4, 5), seed=np.array([7, 2**31], np.uint32), minval=np.float64(0.0), dtype=np.float64, alg="auto_select"))  # stateless_uniform
    emit(R.experimental.stateless_shuffle(np.arange(12, dtype=np.float64).reshape([6, 2]), seed=(5, 1)))  # stateless_shuffle
    emit(R.stateless_uniform([], seed=np.array([3, 7], np.int64), minval=123.456, maxval=1e3, dtype="bfloat16"))  # stateless_uniform
    emit(g1.skip(1))  # Generator.skip
    emit(R.stateless_normal([3, 3], seed=[0, 3], mean=0.5, dtype="float16", alg="philox"))  # stateless_normal
    emit(R.normal([4], mean=0.0, stddev=1.0))  # normal
    emit(R.uniform_candidate_sampler([[2], [12]], 1, 6, True, 50))  # uniform_candidate_sampler
""")

case("program_000415", """
    emit(R.set_seed(2))  # set_seed
    emit(R.set_seed(1234))  # set_seed
    emit(R.stateless_normal(np.array([6], np.int32), seed=[2**40, 2**40], mean=2.5, dtype=np.float16))  # stateless_normal
    emit(R.poisson(np.array([6], np.int64), lam=np.array([1, 3, 1], np.int64), dtype="int64"))  # poisson
    emit(R.stateless_binomial((2,), seed=np.array([0, 2**40], np.uint64), counts=np.float32(5.0), probs=np.float32(0.3)))  # stateless_binomial
    emit(R.gamma([2], alpha=[2.0, 1e-3]))  # gamma
    emit(R.stateless_normal([1], seed=[0, 2], stddev=np.float64(0.5), alg=3))  # stateless_normal
    emit(R.gamma(np.array([1], np.int32), alpha=0.25, beta=np.float64(0.5), dtype="float16", seed=np.int64(2**31 - 1)))  # gamma
    emit(R.set_seed(3))  # set_seed
    err(lambda: R.stateless_categorical([[0.0, -1.0]], 7, seed=np.array([1.0, 2.0], np.float32), dtype="int16"))  # stateless_categorical
    emit(R.stateless_gamma(np.array([], np.int32), seed=[2**31 - 1, 3], alpha=10.0, dtype="float16"))  # stateless_gamma
    fo0 = emit(R.experimental.stateless_fold_in([7, 1], 0))  # stateless_fold_in
    emit(R.stateless_categorical(np.array([[-3.0], [0.25]], np.float32), 4, seed=(2**31 - 1, -2**31), dtype=np.int32))  # stateless_categorical
    err(lambda: R.stateless_uniform([2, 1], seed=fo0, maxval=0.5, alg="bogus"))  # stateless_uniform
    emit(R.stateless_poisson((0, 2), seed=np.array([1, 0], np.int32), lam=[-1.0, 1.0], dtype="float32"))  # stateless_poisson
""")

case("program_000416", """
    emit(R.set_seed(5))  # set_seed
    err(lambda: R.gamma([1], alpha=[1.0, 2.0], beta=[1.0, 2.0, 3.0], dtype=np.float64, seed=5))  # gamma
    emit(R.stateless_gamma([3, 3], seed=[12345, 2**31 - 1], alpha=np.array([1.0, 10.0, 123.0], np.float64), beta=1.0))  # stateless_gamma
    emit(R.uniform(np.array([3, 1], np.int64), minval=9, maxval=10, dtype="int64", seed=5))  # uniform_int
    g0 = emit(R.Generator.from_state([3, 9, 3], alg=1))  # Generator.from_state
    g1 = emit(R.Generator.from_state(np.array([5, -1], np.int64), alg="threefry"))  # Generator.from_state
    emit(R.poisson([5, 2], lam=np.array([5.0], np.float64), dtype=np.int64))  # poisson
    emit(R.all_candidate_sampler([[0, 0], [0, 0]], 2, 1, True))  # all_candidate_sampler
    emit(g0.state)  # Generator.state
    emit(R.stateless_uniform([6], seed=np.array([1, 7], np.int32), minval=-1e10, dtype="float16"))  # stateless_uniform
    emit(R.stateless_categorical([[-1.0, 5.0, 5.0], [-np.inf, -3.0, 0.0], [-1.0, -3.0, -1.0]], 0, seed=[-2**31, 5]))  # stateless_categorical
    err(lambda: g1.uniform([4], minval=-3, maxval=9, dtype=np.int64))  # Generator.uniform_int
    emit(R.stateless_gamma(np.array([1], np.int64), seed=np.array([1, 2**64 - 1], np.uint64), alpha=0.0, beta=0.5, dtype=np.float64))  # stateless_gamma
    emit(R.gamma([3, 6], alpha=[-1.0, 0.0], dtype="float32"))  # gamma
    emit(R.stateless_truncated_normal(np.array([3], np.int32), seed=[-1, -2], stddev=1.0, dtype="float64"))  # stateless_truncated_normal
    emit(R.poisson([], lam=[1.0]))  # poisson
""")

case("program_000417", """
    emit(R.set_seed(0))  # set_seed
    emit(R.stateless_truncated_normal((0,), seed=np.array([2, 1], np.uint32), dtype=np.float64, alg="philox"))  # stateless_truncated_normal
    f0 = F(lambda: (R.normal([], mean=3, stddev=-1.0, seed=1), R.normal([6, 5], dtype=np.float32)))  # function u
    emit(R.gamma(np.array([4, 0], np.int64), alpha=[0.0]))  # gamma
    emit(f0())  # function_call
    err(lambda: R.categorical([[[0.0, 5.0, 5.0], [2.0, 0.5, 0.5], [0.0, 5.0, 2.0]]], 0, seed=2**40 + 3))  # categorical
    emit(R.set_seed(5))  # set_seed
    err(lambda: R.log_uniform_candidate_sampler([[50, 25], [32, 15]], 2, 8, True, 50, seed=5))  # log_uniform_candidate_sampler
    emit(f0())  # function_call
    g0 = emit(R.experimental.Generator.from_seed(np.int64(77)))  # Generator.from_seed
    emit(f0())  # function_call
    emit(R.stateless_binomial([2, 3], seed=np.array([2, 2**32 - 1], np.uint32), counts=[100.0, 100.0, 0.5], probs=0.0))  # stateless_binomial
    emit(R.categorical([[1.0, 10.0], [-3.0, -3.0], [1.0, 1.0]], 1))  # categorical
""")

case("program_000418", """
    emit(R.set_seed(1))  # set_seed
    emit(R.stateless_categorical([[1.0, -np.inf], [1.0, -np.inf]], 0, seed=np.array([-2**31, 1], np.int32), dtype=np.int32))  # stateless_categorical
    err(lambda: R.stateless_normal([3], seed=(3, -2), dtype="float64", alg=2))  # stateless_normal
    emit(R.create_rng_state(0, 2))  # create_rng_state
    s0 = emit(R.experimental.stateless_split([7, 1, 7], num=2, alg="philox"))  # stateless_split
    emit(R.stateless_uniform([2, 3, 3], seed=[0, 2**40], minval=7, maxval=57, dtype="int64"))  # stateless_uniform_int
    emit(R.experimental.stateless_shuffle(np.arange(4, dtype=np.int32).reshape([4]), seed=s0[0]))  # stateless_shuffle
    emit(R.stateless_gamma([1], seed=s0[0], alpha=1.0))  # stateless_gamma
    emit(R.normal([1], stddev=0.1))  # normal
    emit(R.shuffle(np.arange(36, dtype=np.int64).reshape([6, 6]), seed=-7))  # shuffle
    s1 = emit(R.experimental.stateless_split(np.array([-2, 2], np.int64), num=1))  # stateless_split
    emit(R.truncated_normal([], dtype="bfloat16", seed=-1))  # truncated_normal
    emit(R.stateless_uniform(np.array([], np.int64), seed=[-1, 2**40], minval=10.0, maxval=-1e10, dtype="float32"))  # stateless_uniform
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.gamma(np.array([2], np.int64), alpha=[1e-3, 0.1, 123.0], dtype=np.float64))  # gamma
    emit(R.uniform([], minval=-3.5, maxval=1.0, dtype=np.float32))  # uniform
    emit(R.uniform_candidate_sampler([[49, 42, 0], [33, 28, 49]], 3, 4, False, 50))  # uniform_candidate_sampler
    emit(R.experimental.create_rng_state(1234, "philox"))  # create_rng_state
    emit(R.stateless_gamma((6, 2, 3), seed=[2**40, -1], alpha=np.array([[123.0, 2.0, 0.0], [2.0, 0.1, 123.0]], np.float64), beta=[10.0, 0.5, 10.0]))  # stateless_gamma
    emit(R.experimental.stateless_shuffle(np.arange(6, dtype=np.int32).reshape([6]), seed=[3, -2], alg="philox"))  # stateless_shuffle
    emit(R.stateless_truncated_normal([1], seed=[2**40, 7], dtype="float32"))  # stateless_truncated_normal
    emit(R.normal(np.array([6], np.int32), stddev=np.array([-1.0, -0.0, 10, 2.0, 1.0, 0.0]), dtype="float32", seed=2))  # normal
""")

case("program_000420", """
    g0 = emit(R.Generator.from_seed(2**63, alg=R.Algorithm.PHILOX))  # Generator.from_seed
    emit(R.uniform(np.array([3], np.int32), minval=-100, maxval=-50, dtype="int32", seed=-7))  # uniform_int
    err(lambda: R.uniform((), minval=7, dtype=np.int32, seed=87654321))  # uniform_int
    emit(g0.normal([3, 3]))  # Generator.normal
    emit(R.shuffle(np.float32(1.5), seed=1))  # shuffle
    emit(g0.reset([10, 20, 30]))  # Generator.reset
    emit(R.set_seed(1234))  # set_seed
    gs0 = emit(g0.split())  # Generator.split
    emit(R.stateless_uniform(np.array([], np.int32), seed=[12345, 0], minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    emit(R.stateless_categorical(np.array([[2.0], [1.0], [10.0]], np.float64), 8, seed=np.array([2**31 - 1, 7], np.int64), dtype="int32"))  # stateless_categorical
    emit(g0.uniform([], maxval=0, dtype=np.float32))  # Generator.uniform
    err(lambda: R.gamma((0, 6), alpha=np.float64(0.999), beta=0.1, dtype="int32"))  # gamma
    err(lambda: R.stateless_normal([4], seed=(2**40, 3), mean=[100.0, 10.0, 3, -1.0, 0], dtype=np.float16))  # stateless_normal
    emit(R.fixed_unigram_candidate_sampler([[1, 3], [1, 2]], 2, 1, False, 4, unigrams=[4.0, 0.5, 0.5, 0.5]))  # fixed_unigram_candidate_sampler
    emit(R.normal((2,), seed=7))  # normal
    gs1 = emit(g0.split(2))  # Generator.split
""")

case("program_000421", """
    emit(R.truncated_normal([1, 2], stddev=1e-3, seed=87654321))  # truncated_normal
    emit(R.log_uniform_candidate_sampler([[12]], 1, 4, True, 50, seed=87654321))  # log_uniform_candidate_sampler
    err(lambda: R.stateless_uniform([3], seed=(2**40, 1), minval=3, maxval=3, dtype="int32"))  # stateless_uniform_int
    emit(R.stateless_gamma([1], seed=[-1, 5], alpha=1e-3, beta=0.1, dtype=np.float64))  # stateless_gamma
    g0 = emit(R.experimental.Generator.from_key_counter(0, np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    emit(R.normal(np.array([4, 2, 3], np.int32), mean=0, stddev=2.0, dtype="float16", seed=5))  # normal
    emit(R.set_seed(-5))  # set_seed
    s0 = emit(R.experimental.stateless_split([0, -2], num=2))  # stateless_split
    emit(R.uniform([5], maxval=100, dtype=np.int64))  # uniform_int
    emit(R.truncated_normal([6], dtype="float64"))  # truncated_normal
    emit(R.stateless_poisson([3, 3], seed=np.array([2**31, 7], np.uint32), lam=[-1.0, 15.0, 9.99], dtype="int32"))  # stateless_poisson
    emit(R.stateless_categorical(np.array([[-3.0, 2.0, 0.0, 10.0, 1.0]], np.float16), 3, seed=np.array([3.5, 2.0], np.float64)))  # stateless_categorical
    emit(R.set_global_generator(g0))  # set_global_generator
""")

case("program_000424", """
    emit(R.shuffle(np.array([[-0.0, 2.5], [1.5, 3.25]], np.float32), seed=1))  # shuffle
    fo0 = emit(R.experimental.stateless_fold_in([3, 2**40], 5))  # stateless_fold_in
    emit(R.log_uniform_candidate_sampler([[1], [3], [4]], 1, 3, False, 5, seed=-1))  # log_uniform_candidate_sampler
    emit(R.normal([1], seed=2**31))  # normal
    g0 = emit(R.Generator.from_seed(0, alg="auto_select"))  # Generator.from_seed
    emit(g0.uniform(np.array([4], np.int64), minval=0, maxval=2**20, dtype="int32"))  # Generator.uniform_int
    m0 = emit(g0.make_seeds(1))  # Generator.make_seeds
    emit(R.poisson((), lam=100.0, dtype=np.int64, seed=2))  # poisson
    err(lambda: g0.binomial([2, 3, 2, 3], counts=[[7.0, 1e4, 0.5], [1e4, 100.0, 100.0]], probs=[[0.3, 0.5, 0.9], [0.05, 0.3, 0.999]]))  # Generator.binomial
    emit(R.learned_unigram_candidate_sampler([[3, 2, 2], [0, 2, 4], [4, 3, 3]], 3, 2, True, 5, seed=0))  # learned_unigram_candidate_sampler
    err(lambda: g0.binomial([5, 3], counts=[1e4, 0.5, 100.0], probs=[0.3, 0.5, 0.25], dtype="int64"))  # Generator.binomial
    emit(g0.state)  # Generator.state
    emit(R.stateless_truncated_normal([0], seed=[2**40, 5], stddev=np.float32(3.0), alg=3))  # stateless_truncated_normal
    emit(g0.uniform([1, 1]))  # Generator.uniform
    emit(R.stateless_truncated_normal([2, 5, 3], seed=np.array([2**32 - 1, 0], np.uint32), stddev=10, dtype="bfloat16"))  # stateless_truncated_normal
    emit(R.uniform_candidate_sampler([[4, 3, 7], [9, 2, 4]], 3, 6, True, 10, seed=2**31))  # uniform_candidate_sampler
    emit(R.normal((1, 6), mean=[[-2]], dtype=np.float32, seed=5))  # normal
    emit(R.normal((5, 4), stddev=2.0, dtype=np.float32, seed=3))  # normal
""")

case("program_000425", """
    emit(R.set_seed(1234))  # set_seed
    emit(R.poisson(np.array([0], np.int64), lam=[9.99, np.inf], dtype="int64", seed=1234))  # poisson
    emit(R.poisson((3,), lam=9.99, seed=2))  # poisson
    emit(R.set_seed(3))  # set_seed
    emit(R.experimental.create_rng_state(np.int64(77), R.Algorithm.THREEFRY))  # create_rng_state
    emit(R.experimental.create_rng_state([12, 34], 1))  # create_rng_state
    emit(R.experimental.create_rng_state([12, 34], 2))  # create_rng_state
    err(lambda: R.experimental.index_shuffle(np.arange(4, dtype=np.int32), seed=np.array([3, 4, 5], np.int32), max_index=np.int32(1048576)))  # index_shuffle
    emit(R.set_seed(-5))  # set_seed
    emit(R.truncated_normal(np.array([], np.int64), dtype=np.float16, seed=42))  # truncated_normal
    emit(R.gamma([1, 1], alpha=[2.0, 10.0], beta=[1e-3], seed=87654321))  # gamma
    emit(R.categorical([[-3.0, 1.0, 5.0, 5.0], [0.0, 0.0, -3.0, 2.0], [0.5, -np.inf, -np.inf, 0.5]], 7))  # categorical
    err(lambda: R.stateless_normal(np.array([3, 2], np.int64), seed=[[1, 2], [3, 4]], mean=-1e10))  # stateless_normal
    emit(R.stateless_uniform([5, 4, 3], seed=[-2**31, 3], maxval=100.0))  # stateless_uniform
    emit(R.normal(np.array([2, 6], np.int32), mean=1e3, seed=1))  # normal
    emit(R.learned_unigram_candidate_sampler([[5, 3], [0, 2], [5, 5]], 2, 8, False, 6, seed=0))  # learned_unigram_candidate_sampler
    g0 = emit(R.Generator.from_state([1, 2], alg="threefry"))  # Generator.from_state
    err(lambda: g0.uniform((4, 6), minval=1, maxval=49, dtype="int64"))  # Generator.uniform_int
    err(lambda: R.stateless_binomial([3, 2], seed=[-1, 5], counts=[1.0, 2.0, 3.0], probs=[0.5, 0.5]))  # stateless_binomial
    err(lambda: R.stateless_uniform([4], seed=[2, 0, 2], minval=None, maxval=None, dtype=np.uint64, alg="threefry"))  # stateless_uniform_int
    emit(R.uniform_candidate_sampler([[2, 3, 1]], 3, 5, False, 5))  # uniform_candidate_sampler
    g1 = emit(R.Generator.from_key_counter(-1, [6, 7], alg="philox"))  # Generator.from_key_counter
    emit(g1.uniform([6], minval=3))  # Generator.uniform
""")

case("program_000427", """
    g0 = emit(R.Generator.from_state([0, -1, 3], alg="philox"))  # Generator.from_state
    err(lambda: R.categorical([-3.0, 0.0], 1, dtype="int64", seed=42))  # categorical
    g1 = emit(R.Generator.from_seed(2**63))  # Generator.from_seed
    emit(g0.normal([0, 1], mean=1.0, stddev=3.0, dtype="float64"))  # Generator.normal
    emit(g0.uniform([2], dtype=np.float32))  # Generator.uniform
    err(lambda: R.stateless_uniform([0, 4], seed=5, minval=1e3, dtype="bfloat16"))  # stateless_uniform
    emit(g0.uniform(np.array([1, 3, 3], np.int32), minval=-2**63, maxval=2**63 - 1, dtype="int64"))  # Generator.uniform_int
    g2 = emit(R.Generator.from_seed(42))  # Generator.from_seed
    fo0 = emit(R.experimental.stateless_fold_in([2, 2**31 - 1], 1, alg=1))  # stateless_fold_in
    emit(R.gamma(np.array([2], np.int64), alpha=[10.0, 1e-3], dtype="float64", seed=2**40 + 3))  # gamma
    err(lambda: g2.uniform([-2, 0], minval=3, dtype=np.float32))  # Generator.uniform
    emit(R.stateless_normal([6], seed=np.array([0.0, 7.0], np.float64), dtype="float16"))  # stateless_normal
    emit(R.set_seed(None))  # set_seed
    emit(R.gamma([1], alpha=[3.5], dtype="float32", seed=2**31))  # gamma
    emit(R.categorical([[2.0], [0.25]], 6, dtype=np.int32, seed=42))  # categorical
    emit(R.poisson([], lam=[100.0, 15.0, 0.5], dtype="float32", seed=2**40 + 3))  # poisson
    emit(R.shuffle(np.zeros([3, 0], np.float64), seed=1))  # shuffle
    emit(g1.reset([10, 20, 30]))  # Generator.reset
    fo1 = emit(R.fold_in(np.array([7, 2**31], np.uint32), -3, alg="auto_select"))  # random.fold_in
    emit(R.stateless_uniform((3,), seed=np.array([5, 2], np.int32), minval=10.0, maxval=2.5, dtype=np.float64))  # stateless_uniform
    emit(R.set_global_generator(g1))  # set_global_generator
    emit(g0.skip(100))  # Generator.skip
    emit(g1.binomial([4, 1], counts=np.array([20.0], np.float32), probs=np.array([0.25], np.float32)))  # Generator.binomial
    emit(g2.uniform_full_int([4], dtype="uint32"))  # Generator.uniform_full_int
    emit(R.truncated_normal([5], mean=0.5, seed=np.int64(2**40 + 3)))  # truncated_normal
""")

case("program_000428", """
    emit(R.set_seed(None))  # set_seed
    emit(R.uniform(np.array([6, 2], np.int64), dtype="float16", seed=5))  # uniform
    fo0 = emit(R.experimental.stateless_fold_in([12345, 2**40], 0))  # stateless_fold_in
    emit(R.poisson(np.array([1, 0], np.int32), lam=0.0, dtype="float32", seed=np.int64(-1)))  # poisson
    emit(R.set_seed(5))  # set_seed
    g0 = emit(R.Generator.from_state(np.array([-1, -1, 2**40], np.int64), alg=R.Algorithm.PHILOX))  # Generator.from_state
    fo1 = emit(R.fold_in(np.array([12345, 7], np.uint32), 1))  # random.fold_in
    emit(g0.normal([], mean=10.0, dtype="float16"))  # Generator.normal
    err(lambda: R.experimental.stateless_shuffle(np.arange(4, dtype=np.float64).reshape([4]), seed=np.array([2, -2**31], np.int32), alg=2))  # stateless_shuffle
    emit(R.categorical(np.array([[0.25, -3.0, -1.0], [0.0, 0.25, 0.25]], np.float16), 1, seed=7))  # categorical
    emit(R.learned_unigram_candidate_sampler([[9, 1, 3], [2, 1, 5]], 3, 4, False, 12, seed=2**31))  # learned_unigram_candidate_sampler
    emit(R.uniform([3], maxval=3, dtype="float32"))  # uniform
    emit(R.uniform([5], minval=0.0, maxval=2.5, dtype="bfloat16"))  # uniform
    emit(g0.reset_from_key_counter(5, [6, 7]))  # Generator.reset_from_key_counter
    emit(R.truncated_normal([], mean=np.float64(-3.5), dtype="float32"))  # truncated_normal
    emit(R.truncated_normal([3], stddev=np.array([-0.0], np.float32), dtype=np.float32, seed=2**31))  # truncated_normal
    emit(R.stateless_binomial(np.array([6, 2], np.int64), seed=[0, 5], counts=[10.0, 0.0], probs=[0.3, 0.3], output_dtype="int64"))  # stateless_binomial
    emit(R.learned_unigram_candidate_sampler([[0, 1], [6, 5], [4, 0]], 2, 3, False, 7, seed=0))  # learned_unigram_candidate_sampler
    emit(g0.normal([], mean=np.float64(-1.0)))  # Generator.normal
    emit(g0.truncated_normal(np.array([2], np.int64), dtype="bfloat16"))  # Generator.truncated_normal
    err(lambda: R.uniform(np.array([3], np.int64), dtype="complex64"))  # uniform
    emit(R.learned_unigram_candidate_sampler([[2, 1]], 2, 6, True, 10, seed=2**31 - 1))  # learned_unigram_candidate_sampler
    emit(R.stateless_truncated_normal([2], seed=[12345, 12345], mean=0.5))  # stateless_truncated_normal
    emit(R.learned_unigram_candidate_sampler([[2], [2], [1]], 1, 3, True, 3, seed=0))  # learned_unigram_candidate_sampler
    emit(g0.uniform([3]))  # Generator.uniform
    emit(g0.reset_from_key_counter(5, [6, 7]))  # Generator.reset_from_key_counter
    emit(R.uniform(np.array([3, 1], np.int64), maxval=np.float64(100.0), dtype="float16", seed=2**31))  # uniform
""")

case("program_000430", """
    g0 = emit(R.Generator.from_state(np.array([2**40, -2, 1], np.int64), alg=R.Algorithm.PHILOX))  # Generator.from_state
    emit(R.shuffle(np.arange(2, dtype=np.int32).reshape([2]), seed=-1))  # shuffle
    emit(g0.algorithm)  # Generator.state
    emit(g0.uniform(np.array([0], np.int64), minval=-100, maxval=-50, dtype="int64"))  # Generator.uniform_int
    emit(R.gamma([4, 1], alpha=1e-3, dtype="float64", seed=2**31))  # gamma
    emit(R.stateless_uniform([5, 5], seed=[2.0, 2.0], maxval=10.0, alg="PHILOX"))  # stateless_uniform
    emit(R.experimental.create_rng_state(0, 2))  # create_rng_state
    emit(R.poisson(np.array([4, 2], np.int32), lam=-1.0, dtype="int32", seed=2**31))  # poisson
    s0 = emit(R.experimental.stateless_split([12345, -2**31], num=4, alg=R.Algorithm.PHILOX))  # stateless_split
    g1 = emit(R.Generator.from_seed(2**63))  # Generator.from_seed
    emit(R.stateless_gamma([3, 3, 2, 2], seed=np.array([2**31 - 1, -1], np.int64), alpha=[[0.999, 0.0], [0.5, 123.0]]))  # stateless_gamma
    emit(R.set_seed(-5))  # set_seed
    emit(R.learned_unigram_candidate_sampler([[3, 7], [1, 2], [5, 3]], 2, 1, False, 9, seed=87654321))  # learned_unigram_candidate_sampler
    emit(g0.binomial([4, 4], counts=[1.0, 7.0, 5.0, 100.0], probs=[0.999, 0.05, 0.3, 0.3], dtype="float16"))  # Generator.binomial
    emit(R.stateless_binomial([1, 3, 4], seed=s0[0], counts=[-3.0, -3.0, 100.0, 1.0], probs=0.3, output_dtype="float32"))  # stateless_binomial
    emit(R.stateless_truncated_normal(np.array([4], np.int32), seed=[7, 3]))  # stateless_truncated_normal
    emit(R.stateless_categorical([[10.0, -1.0, 5.0, 5.0], [2.0, 0.25, -3.0, -1.0], [10.0, 0.25, -1.0, 2.0]], 0, seed=[2**31 - 1, 12345]))  # stateless_categorical
    emit(R.experimental.stateless_shuffle(np.arange(3, dtype=np.int64).reshape([3]), seed=[0, -2]))  # stateless_shuffle
    emit(R.log_uniform_candidate_sampler([[979, 826, 827], [23, 803, 298]], 3, 5, False, 2**40, seed=87654321))  # log_uniform_candidate_sampler
    emit(g0.algorithm)  # Generator.state
    emit(g1.normal(np.array([], np.int32), stddev=3.0, dtype=np.float16))  # Generator.normal
    emit(R.poisson([4], lam=np.float32(33.3), seed=-1))  # poisson
    emit(R.normal([2], stddev=1.0, dtype=np.float32, seed=2))  # normal
    emit(R.stateless_categorical(np.log(np.array([[0.2, 1.0], [0.7, 0.1], [0.2, 0.1]])), 7, seed=[2, 3]))  # stateless_categorical
    emit(R.stateless_poisson([3, 5], seed=np.array([1, 2**63 + 5], np.uint64), lam=np.inf))  # stateless_poisson
    err(lambda: R.normal([-2, 0], dtype="float16", seed=3))  # normal
    f0 = F(lambda: (g0.binomial([], counts=20.0, probs=0.999, dtype="float64"), R.truncated_normal((0, 5, 2), dtype="float32")))  # function u
    emit(R.stateless_truncated_normal([3, 2], seed=np.array([1, 5], np.uint64), mean=np.array([[-0.0], [10.0], [-0.0]]), stddev=0.0, alg="philox"))  # stateless_truncated_normal
    err(lambda: R.stateless_uniform([-2, 0], seed=(0, -1), minval=None, maxval=None, dtype="uint32", alg="PHILOX"))  # stateless_uniform_int
    fo0 = emit(R.experimental.stateless_fold_in(s0[1], np.int64(5)))  # stateless_fold_in
    emit(R.truncated_normal([6], mean=[1.0, 1e3, 0.5, 1e3, -3.5, -1.0], dtype=np.float32, seed=0))  # truncated_normal
    emit(R.shuffle(np.arange(6, dtype=np.float64).reshape([1, 2, 3])))  # shuffle
    err(lambda: R.learned_unigram_candidate_sampler([[2], [9]], 2, 3, False, 11, seed=0))  # learned_unigram_candidate_sampler
    emit(R.stateless_normal(np.array([3, 4, 3], np.int32), seed=np.array([3, 0], np.int32), stddev=np.float32(1.0), dtype=np.float16))  # stateless_normal
    emit(R.poisson([], lam=[0.5], dtype="int32", seed=2**40 + 3))  # poisson
    err(lambda: R.stateless_uniform([1], seed=np.array([-2, -1], np.int64), minval=-5, maxval=44, dtype="int64", alg=2))  # stateless_uniform_int
    g2 = emit(R.Generator.from_seed(2**32, alg="philox"))  # Generator.from_seed
    emit(R.poisson((6,), lam=1.0, dtype=np.int64, seed=np.int64(-7)))  # poisson
""")

case("program_000432", """
    emit(R.set_seed(5))  # set_seed
    f0 = F(lambda: (R.normal((1,), mean=100.0, dtype="float16"), R.stateless_uniform([4], seed=np.array([5, -1], np.int32)), R.poisson([0], lam=-1.0, dtype="int32", seed=5)))  # function u
    emit(R.stateless_gamma([5, 4], seed=[2**31 - 1, 7], alpha=3.5, beta=np.float64(10.0), dtype="float16"))  # stateless_gamma
    err(lambda: R.split([0.0, 1.0], num=4))  # random.split
    s0 = None
    emit(R.all_candidate_sampler([[1, 2, 1], [0, 2, 1]], 3, 3, False))  # all_candidate_sampler
    emit(R.stateless_binomial([0, 3], seed=np.array([-2, 12345], np.int32), counts=3, probs=1.5, output_dtype="float32"))  # stateless_binomial
    emit(f0())  # function_call
    emit(R.uniform((), maxval=2.5, dtype=np.float32, seed=87654321))  # uniform
    emit(f0())  # function_call
    emit(R.stateless_normal((6,), seed=[-1, 2**40], mean=0, stddev=0.1, dtype=np.float64))  # stateless_normal
    emit(R.truncated_normal([3], mean=0.5, dtype="float16"))  # truncated_normal
    emit(f0())  # function_call
    emit(f0())  # function_call
    emit(R.stateless_parameterized_truncated_normal([1, 5], seed=np.array([1, 3], np.uint32), means=-2.0))  # stateless_parameterized_truncated_normal
    emit(R.uniform(np.array([5], np.int32), minval=-8, maxval=1, dtype=np.int32, seed=3))  # uniform_int
    emit(R.set_seed(-5))  # set_seed
    emit(R.stateless_normal([0], seed=[-1, -1]))  # stateless_normal
    f1 = F(lambda: (R.normal([6, 1], mean=100.0, dtype="bfloat16", seed=-7), R.normal(np.array([6], np.int32), mean=-1.0)))  # function u
    g0 = emit(R.Generator.from_seed(7))  # Generator.from_seed
    emit(g0.uniform([1], minval=123.456))  # Generator.uniform
    emit(R.all_candidate_sampler([[2, 2], [0, 2]], 2, 3, False))  # all_candidate_sampler
    emit(g0.reset([10, 20, 30]))  # Generator.reset
    emit(R.stateless_parameterized_truncated_normal(np.array([6], np.int32), seed=np.array([2**64 - 1, 0], np.uint64), means=-2.0, minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(R.stateless_normal([6], seed=[2**40, -2**31], dtype="float32"))  # stateless_normal
    emit(f0())  # function_call
    emit(R.uniform(np.array([5, 3, 4], np.int32), minval=8, maxval=39, dtype=np.int32, seed=2))  # uniform_int
    emit(R.normal([], stddev=-1.0, dtype=np.float32, seed=1))  # normal
    emit(g0.reset_from_seed(-1))  # Generator.reset_from_seed
    err(lambda: R.fixed_unigram_candidate_sampler([[2], [4]], 1, 6, False, 7, unigrams=[10.0, 0.5, 2.0, 3.0, 4.0, 0.5, 4.0], num_shards=2, shard=1, seed=1))  # fixed_unigram_candidate_sampler
    g1 = emit(R.Generator.from_seed(2**64 + 5))  # Generator.from_seed
    emit(R.experimental.index_shuffle(np.arange(3, dtype=np.uint64), seed=[10, 6], max_index=np.uint64(2)))  # index_shuffle
""")

case("program_000433", """
    emit(R.truncated_normal([4], mean=0, stddev=3.0, dtype=np.float32, seed=2**31))  # truncated_normal
    emit(R.truncated_normal((2,), mean=123.456, stddev=np.array(-0.0), dtype="float16", seed=1))  # truncated_normal
    emit(R.shuffle(np.arange(3, dtype=np.float64).reshape([3]), seed=1))  # shuffle
    emit(R.shuffle(np.arange(1, dtype=np.int64).reshape([1]), seed=3))  # shuffle
    emit(R.gamma([4], alpha=[2.0], dtype=np.float64, seed=1))  # gamma
    g0 = emit(R.Generator.from_state([1, 2], alg="threefry"))  # Generator.from_state
    emit(R.categorical([[0.5, -1.0, 0.5, 0.25, -3.0], [1.0, 5.0, 0.5, 0.5, 5.0], [10.0, 0.0, 2.0, 0.25, -1.0]], 2, seed=3))  # categorical
    emit(R.learned_unigram_candidate_sampler([[2, 0, 2], [1, 2, 2]], 3, 3, True, 3, seed=2))  # learned_unigram_candidate_sampler
    emit(R.gamma(np.array([5], np.int64), alpha=[[-1.0, 2.0, 1e-3]], beta=[[10.0, 0.0, 0.1]], dtype="float64", seed=np.int64(2)))  # gamma
    err(lambda: g0.normal(np.array([1, 6], np.int32), dtype="float16"))  # Generator.normal
    err(lambda: g0.reset_from_key_counter(0, [6, 7]))  # Generator.reset_from_key_counter
    emit(R.shuffle(np.arange(5, dtype=np.int32).reshape([5]), seed=7))  # shuffle
    emit(g0.state)  # Generator.state
    emit(R.poisson(np.array([2], np.int32), lam=[[9.99], [33.3]], dtype=np.int64, seed=87654321))  # poisson
    emit(R.experimental.index_shuffle(np.arange(9, dtype=np.int64), seed=np.array([1, 2], np.int64), max_index=1099511627776))  # index_shuffle
    emit(R.poisson(np.array([3, 4], np.int32), lam=[33.3, 5.0, 1.0], seed=42))  # poisson
    emit(g0.algorithm)  # Generator.state
    err(lambda: g0.make_seeds())  # Generator.make_seeds
    m0 = None
    err(lambda: g0.split(1))  # Generator.split
    gs0 = None
    emit(R.gamma(np.array([6], np.int32), alpha=np.array([0.25, 123.0], np.float32), beta=-1.0, dtype=np.float64, seed=2**31 - 1))  # gamma
    err(lambda: R.experimental.index_shuffle(np.int64(3), seed=np.array([3, 4, 5], np.int64), max_index=np.int64(100)))  # index_shuffle
    err(lambda: R.stateless_uniform([1, 3], seed=np.array([1, -2**31], np.int32), minval=1, dtype="int32"))  # stateless_uniform_int
    err(lambda: R.Generator.from_state([[1, 2, 3]], alg=R.Algorithm.PHILOX))  # Generator.from_state
    g1 = None
    emit(R.stateless_binomial((0, 4), seed=np.array([2, 12345], np.int32), counts=[20, 20, 20, 20], probs=0.0, output_dtype="float32"))  # stateless_binomial
    err(lambda: g0.uniform(np.array([4], np.int64), minval=3))  # Generator.uniform
    emit(R.stateless_normal((5,), seed=[-1, 2**31 - 1], stddev=np.array([1e20, 10, 0.1, 10, 10], np.float64), dtype="float32"))  # stateless_normal
    err(lambda: g0.uniform([6, 1], minval=1e30, dtype=np.float32))  # Generator.uniform
    err(lambda: R.uniform_candidate_sampler([[2], [1], [0]], 1, 6, True, 4, seed=5))  # uniform_candidate_sampler
""")

case("program_000436", """
    emit(R.set_seed(-5))  # set_seed
    emit(R.normal([3, 6, 2], mean=1e3, dtype="float64"))  # normal
    g0 = emit(R.Generator.from_state(np.array([-1, -1, 0], np.int64), alg=1))  # Generator.from_state
    g1 = emit(R.Generator.from_seed(-2**40))  # Generator.from_seed
    emit(g0.skip(100))  # Generator.skip
    g2 = emit(R.experimental.Generator.from_seed(2**64 + 5))  # Generator.from_seed
    emit(R.uniform([4], maxval=0.0, dtype=np.float64, seed=np.int64(2)))  # uniform
    emit(R.normal(np.array([1], np.int64), stddev=10))  # normal
    fo0 = emit(R.fold_in([12345, 2], 2**40))  # random.fold_in
    g3 = emit(R.Generator.from_seed(2**63))  # Generator.from_seed
    emit(R.set_seed(3))  # set_seed
    emit(R.poisson(np.array([2, 2], np.int32), lam=np.array([15.0, 5.0, 5.0], np.float64), seed=3))  # poisson
    s0 = emit(R.experimental.stateless_split(fo0, num=1))  # stateless_split
    emit(R.stateless_truncated_normal([0, 4], seed=[7, 7], mean=123.456))  # stateless_truncated_normal
    m0 = emit(g0.make_seeds(2))  # Generator.make_seeds
""")

case("program_000437", """
    s0 = emit(R.split(np.array([3, 2**31 - 1], np.int32), num=3))  # random.split
    g0 = emit(R.Generator.from_key_counter(np.int64(3), [0, 0], alg="philox"))  # Generator.from_key_counter
    f0 = F(lambda: R.stateless_uniform([5], seed=(12345, 3), maxval=2.5, dtype="float32"))  # function
    emit(R.uniform([3, 1], maxval=0.0, dtype="bfloat16", seed=87654321))  # uniform
    f1 = F(lambda: (R.stateless_normal(np.array([3, 6], np.int64), seed=np.array([-2**31, 2], np.int64), dtype="float16"), R.poisson([1], lam=np.inf, dtype="float16", seed=np.int64(87654321))))  # function
    err(lambda: R.stateless_uniform(np.array([5, 4], np.int32), seed=[-1, 2**31 - 1], minval=1e3, maxval=[-3.5, 1e3, 0, 2.5, 1e30], dtype="float16"))  # stateless_uniform
    emit(g0.uniform([5], minval=3, maxval=52, dtype="int64"))  # Generator.uniform_int
    emit(R.normal([], stddev=-1.0, seed=7))  # normal
    emit(g0.key)  # Generator.state
    emit(R.truncated_normal([3], mean=-2, stddev=2.0, seed=2**40 + 3))  # truncated_normal
""")

case("program_000440", """
    emit(R.learned_unigram_candidate_sampler([[1, 0], [1, 0], [0, 1]], 2, 3, False, 2, seed=1234))  # learned_unigram_candidate_sampler
    f0 = F(lambda: (R.uniform([5], minval=3, maxval=7, dtype=np.int64, seed=42), R.normal([2.5], stddev=np.array(-0.0), seed=0)))  # function !
    emit(R.normal((6, 5), mean=100.0, seed=5))  # normal
    emit(R.shuffle(np.arange(18, dtype=np.float32).reshape([3, 6]), seed=42))  # shuffle
    fo0 = emit(R.fold_in([-1, 5], 2**31 - 1))  # random.fold_in
    emit(R.all_candidate_sampler([[0, 0, 0], [0, 0, 0]], 3, 1, False, seed=2**40 + 3))  # all_candidate_sampler
    err(lambda: R.uniform([2, 5, 3], minval=0, maxval=0, dtype="int32", seed=87654321))  # uniform_int
    emit(R.uniform(np.array([2], np.int32), minval=0, maxval=1, dtype="int64", seed=1))  # uniform_int
    err(lambda: f0())  # function_call
    emit(R.shuffle(np.arange(3, dtype=np.int64).reshape([3]), seed=2**31 - 1))  # shuffle
""")

case("program_000441", """
    emit(R.poisson([2, 4], lam=np.array([[3, 0, 7], [0, 40, 40]], np.int32), dtype="int32", seed=2))  # poisson
    g0 = emit(R.Generator.from_seed(42))  # Generator.from_seed
    emit(R.stateless_normal([1, 5], seed=[0, 3], stddev=np.float64(-1.0), dtype="float64"))  # stateless_normal
    emit(R.stateless_uniform([], seed=[3, 3], minval=None, maxval=None, dtype="uint64"))  # stateless_uniform_int
    g1 = emit(R.Generator.from_seed(2**32, alg="philox"))  # Generator.from_seed
    emit(g1.normal([]))  # Generator.normal
    gs0 = emit(g0.split())  # Generator.split
    err(lambda: R.categorical([0.5, -1.0, 0.25], 1, seed=87654321))  # categorical
    fo0 = emit(R.fold_in((7, 12345), 5))  # random.fold_in
    emit(R.experimental.create_rng_state(0, "auto_select"))  # create_rng_state
    emit(g1.binomial([6, 2], counts=1.0, probs=0.05))  # Generator.binomial
    emit(gs0[0].uniform_full_int([5], dtype=np.uint64))  # Generator.uniform_full_int
    emit(R.uniform((4,), minval=-100, maxval=-50, dtype="int64", seed=2**40 + 3))  # uniform_int
    emit(gs0[0].normal([1, 0], mean=np.float32(-0.0), dtype="float16"))  # Generator.normal
    emit(R.log_uniform_candidate_sampler([[700, 105], [774, 111], [488, 463]], 2, 8, True, 1000000, seed=2**40 + 3))  # log_uniform_candidate_sampler
    emit(g0.uniform_full_int(np.array([2], np.int64)))  # Generator.uniform_full_int
    emit(g0.binomial([3, 1], counts=[7.0], probs=[0.25]))  # Generator.binomial
    emit(R.poisson([2], lam=100.0, dtype="int32", seed=-7))  # poisson
    emit(R.stateless_uniform(np.array([1, 4], np.int32), seed=[1, -1], minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    emit(g1.binomial([2, 1], counts=np.array([100.0], np.float16), probs=np.array([0.3], np.float16)))  # Generator.binomial
    emit(R.all_candidate_sampler([[1, 0, 2], [1, 2, 0]], 3, 3, False))  # all_candidate_sampler
    emit(R.learned_unigram_candidate_sampler([[1], [0]], 1, 8, False, 8, seed=1))  # learned_unigram_candidate_sampler
    emit(g0.normal((1,), stddev=0.1))  # Generator.normal
    err(lambda: R.uniform([2], minval=-2, maxval=[1e30, -3.5, 0.0], seed=42))  # uniform
    emit(g0.key)  # Generator.state
    f0 = F(lambda: (R.uniform([], minval=4, maxval=32, dtype=np.int64, seed=-7), R.poisson([2], lam=np.array([[0.5], [0.0]], np.float16), seed=2**31), R.normal([3], mean=1e30, dtype=np.float64, seed=5)))  # function
    fo1 = emit(R.experimental.stateless_fold_in(np.array([-1, 2**31 - 1], np.int32), 17))  # stateless_fold_in
""")

case("program_000445", """
    emit(R.set_seed(1234))  # set_seed
    fo0 = emit(R.experimental.stateless_fold_in(np.array([7, 2], np.uint32), 5))  # stateless_fold_in
    emit(R.normal([6, 6], stddev=2.0))  # normal
    emit(R.experimental.stateless_shuffle(np.arange(24, dtype=np.int32).reshape([4, 6]), seed=[-2**31, 2], alg=R.Algorithm.AUTO_SELECT))  # stateless_shuffle
    g0 = emit(R.Generator.from_seed([1, 2]))  # Generator.from_seed
    emit(R.normal(np.array([4, 5], np.int64), mean=1e3, stddev=np.float64(0.1), dtype=np.float64, seed=2))  # normal
    emit(R.stateless_normal([2, 3], seed=fo0, mean=0.0))  # stateless_normal
    emit(g0.reset([10, 20, 30]))  # Generator.reset
    emit(g0.binomial([4, 2, 2], counts=[[0.5, 1.0], [100.0, 10.0]], probs=0.9))  # Generator.binomial
    emit(R.experimental.stateless_shuffle(np.array([[-0.0, -7.0, -0.0], [3.25, 0.0, -7.0]], np.float32), seed=np.array([2, -2], np.int64), alg="auto_select"))  # stateless_shuffle
    emit(g0.uniform((), minval=0, maxval=1, dtype="int64"))  # Generator.uniform_int
    emit(R.stateless_parameterized_truncated_normal(np.array([3, 5], np.int64), seed=[2**31 - 1, 2**31 - 1], means=np.float16(0.0), stddevs=np.float16(0.1), minvals=np.float16(-1.0), maxvals=np.float16(1.0)))  # stateless_parameterized_truncated_normal
    g1 = emit(R.Generator.from_seed(np.int64(77), alg="auto_select"))  # Generator.from_seed
    emit(R.stateless_gamma([1, 4, 3], seed=np.array([2**31, 2**32 - 1], np.uint32), alpha=[np.inf, 3.5, 0.1]))  # stateless_gamma
    emit(g1.truncated_normal([3, 3], dtype=np.float32))  # Generator.truncated_normal
    g2 = emit(R.Generator.from_seed(0))  # Generator.from_seed
    emit(R.stateless_uniform([1], seed=fo0, minval=None, maxval=None, dtype="int32"))  # stateless_uniform_int
    emit(g2.key)  # Generator.state
    fo1 = emit(R.experimental.stateless_fold_in([-1, -1], 1))  # stateless_fold_in
    emit(R.stateless_binomial((6,), seed=[7, -1], counts=np.float64(20.0), probs=0.25, output_dtype="int32"))  # stateless_binomial
    emit(g2.uniform([4], minval=0, maxval=7, dtype="int32"))  # Generator.uniform_int
    emit(R.truncated_normal(np.array([3, 6], np.int64), seed=5))  # truncated_normal
    emit(R.normal([4, 3], mean=1.0))  # normal
    err(lambda: R.stateless_normal([4], seed=[5, -1], mean=[2.5, 1e30, 1e3, 100.0, 0.5], dtype=np.float16))  # stateless_normal
    emit(g0.uniform([4, 5], maxval=2.5, dtype="float32"))  # Generator.uniform
    err(lambda: R.stateless_uniform([0, 6], seed=[0, 3], minval=[], maxval=100.0, dtype="float32"))  # stateless_uniform
    emit(R.set_seed(87654321))  # set_seed
    emit(R.categorical([[2.0], [-3.0], [0.0]], 7, dtype="int32"))  # categorical
    err(lambda: R.Generator.from_key_counter(2**40, [1], alg="philox"))  # Generator.from_key_counter
    g3 = None
    f0 = F(lambda: (R.gamma([1, 2], alpha=0.5, seed=2**31), R.gamma([3], alpha=1e-3, dtype="float16")))  # function u
    fo2 = emit(R.fold_in(fo0, 0))  # random.fold_in
    emit(R.gamma([5, 0], alpha=123.0, dtype="float16", seed=87654321))  # gamma
    emit(R.all_candidate_sampler([[0, 1]], 2, 3, False))  # all_candidate_sampler
""")

case("program_000446", """
    emit(R.normal(np.array([1], np.int32), dtype="float64", seed=2))  # normal
    err(lambda: R.poisson([-1], lam=[5.0, 33.3, 0.5], dtype="int64", seed=1))  # poisson
    emit(R.truncated_normal([], mean=1.0, stddev=1e-3, dtype="float64", seed=87654321))  # truncated_normal
    emit(R.set_seed(1234))  # set_seed
    emit(R.shuffle(np.arange(12, dtype=np.int64).reshape([2, 6]), seed=1234))  # shuffle
    emit(R.gamma([1, 2], alpha=np.nan, seed=2))  # gamma
    err(lambda: R.Generator.from_key_counter(np.int64(3), [1], alg="philox"))  # Generator.from_key_counter
    g0 = None
    emit(R.stateless_uniform([3], seed=np.array([2, 7], np.int32), minval=None, maxval=None, dtype=np.uint64, alg="philox"))  # stateless_uniform_int
    emit(R.uniform([6, 1, 3], minval=100.0, maxval=3, seed=7))  # uniform
    emit(R.stateless_poisson(np.array([2, 1], np.int32), seed=[-2**31, 2**40], lam=-1.0, dtype="int64"))  # stateless_poisson
    emit(R.stateless_categorical([[2.0]], 4, seed=[5, -1], dtype="int64"))  # stateless_categorical
    emit(R.stateless_truncated_normal([3], seed=[-2**31, 12345], stddev=1e20, dtype="float64"))  # stateless_truncated_normal
    emit(R.stateless_gamma([1], seed=(1, 0), alpha=[np.nan]))  # stateless_gamma
    emit(R.stateless_uniform([5], seed=[2**40, 1], dtype=np.float64))  # stateless_uniform
    emit(R.stateless_uniform((0,), seed=[5, 2**40], minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    g1 = emit(R.experimental.Generator.from_seed(1))  # Generator.from_seed
    emit(R.normal(np.array([5], np.int64), mean=np.array(-0.0), stddev=np.float32(1e-3), dtype="float16", seed=-1))  # normal
    err(lambda: R.stateless_normal(np.array([0], np.int32), seed=[5, 7], mean=123.456, stddev=np.float32(3.0), dtype="bool"))  # stateless_normal
    emit(R.stateless_categorical([[0.25, 2.0, 2.0, 0.5]], 2, seed=[5, 2**40]))  # stateless_categorical
    emit(R.stateless_truncated_normal([4], seed=(-1, 0), mean=1e3, stddev=np.array(-0.0), alg="PHILOX"))  # stateless_truncated_normal
    emit(R.normal([], mean=1e30, stddev=0.0, seed=2**31 - 1))  # normal
    emit(R.set_seed(1))  # set_seed
    emit(R.experimental.index_shuffle(np.arange(7, dtype=np.uint64), seed=[5, 9], max_index=6))  # index_shuffle
    emit(R.uniform([], minval=100.0, maxval=2.5))  # uniform
    emit(R.experimental.index_shuffle(np.arange(3, dtype=np.uint32), seed=[5, 9], max_index=100))  # index_shuffle
    err(lambda: R.uniform([4], minval=0, maxval=2**40, dtype="int32"))  # uniform_int
""")

case("program_000448", """
    emit(R.set_seed(None))  # set_seed
    emit(R.set_seed(5))  # set_seed
    s0 = emit(R.experimental.stateless_split(np.array([2**40, 5], np.uint64), num=2, alg=R.Algorithm.PHILOX))  # stateless_split
    emit(R.stateless_parameterized_truncated_normal([6], seed=(5, 2), stddevs=2.0, minvals=0.9, maxvals=1.1))  # stateless_parameterized_truncated_normal
    emit(R.shuffle(5))  # shuffle
    emit(R.stateless_categorical([[-3.0], [10.0]], 1, seed=[2**31 - 1, -1], dtype="int64"))  # stateless_categorical
    emit(R.stateless_poisson([1, 6, 1], seed=[5, -1], lam=np.array([40], np.int64), dtype="float64"))  # stateless_poisson
    emit(R.normal([4], mean=0.5))  # normal
    emit(R.gamma([], alpha=3.5, beta=0.0, dtype=np.float64, seed=np.int64(-1)))  # gamma
    emit(R.create_rng_state(np.int64(77), "auto_select"))  # create_rng_state
    emit(R.set_seed(5))  # set_seed
    emit(R.uniform([1], maxval=100, dtype="int64", seed=2**31 - 1))  # uniform_int
    emit(R.normal([6], stddev=[1e20, 1.0, 0.5, 0.1, -1.0, 0.1], dtype="float64"))  # normal
    emit(R.stateless_normal(np.array([4], np.int32), seed=[-1, -1], stddev=[10, -1.0, 10, 0.0], dtype="float64"))  # stateless_normal
    emit(R.uniform([1, 1], dtype=np.float64, seed=2**31))  # uniform
    fo0 = emit(R.experimental.stateless_fold_in((2**40, 7), 2**31 - 1))  # stateless_fold_in
    s1 = emit(R.experimental.stateless_split([3, -2**31], num=2, alg="auto_select"))  # stateless_split
    emit(R.uniform([5], minval=0.0, maxval=0.5, seed=1))  # uniform
    emit(R.stateless_truncated_normal(np.array([4, 0], np.int64), seed=np.array([0, -2], np.int32), mean=np.float32(1.0), stddev=np.float32(2.0), dtype="float32"))  # stateless_truncated_normal
    emit(R.fixed_unigram_candidate_sampler([[3], [1], [3]], 1, 7, False, 7, unigrams=[1.0, 10.0, 10.0, 4.0, 0.5, 1.0, 2.0], distortion=0.0, seed=0))  # fixed_unigram_candidate_sampler
    emit(R.stateless_truncated_normal([5], seed=s1[0], stddev=0.1, dtype=np.float32))  # stateless_truncated_normal
    emit(R.truncated_normal([3], mean=1e3, dtype="bfloat16", seed=0))  # truncated_normal
    emit(R.stateless_binomial((6,), seed=np.array([2**32 - 1, 0], np.uint32), counts=0.0, probs=0.3))  # stateless_binomial
    err(lambda: R.experimental.index_shuffle(np.int64(0), seed=[1], max_index=2))  # index_shuffle
    emit(R.stateless_parameterized_truncated_normal([3, 2, 6], seed=s1[0], means=np.float32(-0.0), stddevs=[[[1.0, 0.5, 0.5, 2.0, 0.1, 1.0], [2.0, 0.1, 1.0, 3.0, 1.0, 1.0]], [[2.0, 0.1, 0.5, 0.5, 3.0, 0.1], [0.5, 2.0, 2.0, 1.0, 3.0, 0.1]], [[1.0, 0.5, 0.1, 0.5, 1.0, 0.1], [3.0, 3.0, 1.0, 2.0, 1.0, 0.1]]], minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(R.shuffle(np.arange(12, dtype=np.float16).reshape([2, 6]), seed=7))  # shuffle
    emit(R.experimental.stateless_shuffle(np.arange(5, dtype=np.int64).reshape([5]), seed=[1, 0, 2], alg="philox"))  # stateless_shuffle
    emit(R.shuffle(np.arange(3, dtype=np.float64).reshape([3, 1])))  # shuffle
    emit(R.set_seed(-5))  # set_seed
    fo1 = emit(R.fold_in([7, -1], 5))  # random.fold_in
    f0 = F(lambda: (R.normal([1, 6], stddev=np.array([[2.0, 1e-3, 1e-3, -0.0, -1.0, -1.0]])), R.normal([2], mean=0, stddev=3.0, seed=-7), R.categorical([[1.0, -3.0, 0.0, 0.0, -3.0]], 7, dtype="int32", seed=87654321)))  # function u
""")

case("program_000450", """
    emit(R.set_seed(None))  # set_seed
    emit(R.uniform((6,), minval=-100, maxval=-50, dtype="int64", seed=2**31))  # uniform_int
    err(lambda: R.stateless_poisson([3, -1, 2], seed=[-2**31, 1], lam=0.0))  # stateless_poisson
    err(lambda: R.stateless_poisson([2, 3], seed=[2, 12345], lam=[1.0, 2.0], dtype="float32"))  # stateless_poisson
    emit(R.stateless_gamma(np.array([2, 3], np.int64), seed=[2, -2**31], alpha=[2.0, 1.0, 10.0], beta=0.0, dtype="float32"))  # stateless_gamma
    emit(R.uniform([5, 4], maxval=np.array([-1.0, -0.0, 10.0, 2.5], np.float64), dtype=np.float32, seed=2**40 + 3))  # uniform
    emit(R.learned_unigram_candidate_sampler([[5, 1], [0, 4]], 2, 8, False, 9, seed=1))  # learned_unigram_candidate_sampler
    emit(R.stateless_parameterized_truncated_normal([5, 1], seed=[12345, -1], means=-2.0))  # stateless_parameterized_truncated_normal
    emit(R.stateless_poisson((0, 3), seed=[-2, 3], lam=[1e4, 15.0, 1.0], dtype="float16"))  # stateless_poisson
    emit(R.experimental.stateless_shuffle(np.arange(6, dtype=np.float16).reshape([6]), seed=[-1, 2**40]))  # stateless_shuffle
    s0 = emit(R.experimental.stateless_split(np.array([2**40, -2], np.int64), num=1))  # stateless_split
""")

case("program_000454", """
    g0 = emit(R.Generator.from_state(np.array([0, 2, 1], np.int64), alg="philox"))  # Generator.from_state
    emit(R.stateless_poisson((1, 6, 2), seed=[3, 7], lam=[0.0, np.inf]))  # stateless_poisson
    emit(R.categorical(np.array([[1.0, 5.0], [-3.0, 5.0], [0.25, 2.0]], np.float32), 2, dtype="int32", seed=0))  # categorical
    emit(R.truncated_normal([3, 0], stddev=1.0, seed=1234))  # truncated_normal
    err(lambda: R.experimental.index_shuffle(np.arange(8, dtype=np.uint64), seed=np.array([3, 4, 5], np.uint64), max_index=np.uint64(1099511627776)))  # index_shuffle
    err(lambda: R.stateless_poisson([3, -1, 2], seed=[2**40, 2], lam=np.array([40, 1], np.int32), dtype="float16"))  # stateless_poisson
    emit(R.truncated_normal([1, 6], stddev=10, seed=np.int64(42)))  # truncated_normal
    err(lambda: R.experimental.create_rng_state(2**64 - 1, None))  # create_rng_state
    emit(R.stateless_uniform([], seed=[0, 12345], minval=0.0, maxval=-1e10, dtype=np.float32))  # stateless_uniform
    emit(R.learned_unigram_candidate_sampler([[5], [0], [7]], 1, 6, False, 8, seed=-1))  # learned_unigram_candidate_sampler
    emit(R.uniform([], minval=-2, maxval=14, dtype="int32", seed=7))  # uniform_int
    g1 = emit(R.Generator.from_seed(1234))  # Generator.from_seed
    emit(R.uniform((3, 6), maxval=3, dtype="float32", seed=7))  # uniform
    err(lambda: g1.truncated_normal([6], mean=np.array(-0.0), stddev=-1.0, dtype="int32"))  # Generator.truncated_normal
""")

case("program_000455", """
    emit(R.shuffle(np.arange(3, dtype=np.float32).reshape([3]), seed=2))  # shuffle
    emit(R.set_seed(5))  # set_seed
    emit(R.experimental.index_shuffle(np.arange(8, dtype=np.int32), seed=np.array([1, 2], np.int32), max_index=np.int32(7)))  # index_shuffle
    emit(R.normal([3], mean=123.456, dtype=np.float64))  # normal
    emit(R.stateless_uniform(np.array([3], np.int64), seed=np.array([2, 3], np.int32), minval=0, maxval=2**33 + 1, dtype="int64"))  # stateless_uniform_int
    s0 = emit(R.split(np.array([1, 2], np.int32), num=2, alg="philox"))  # random.split
    err(lambda: R.normal([-4], mean=-2, stddev=-1.0, dtype="float16"))  # normal
    emit(R.uniform([1, 1], minval=0, maxval=1, dtype="int32", seed=2**31))  # uniform_int
    emit(R.normal([1, 1], stddev=[1e-3], dtype="bfloat16"))  # normal
    emit(R.uniform([], dtype=np.float32))  # uniform
    err(lambda: R.all_candidate_sampler([[6, 1], [3, 2]], 2, 4, False))  # all_candidate_sampler
    g0 = emit(R.Generator.from_key_counter(0, [0, 0], alg="philox"))  # Generator.from_key_counter
    emit(g0.normal([6, 5], stddev=2.0, dtype="float16"))  # Generator.normal
    emit(R.experimental.index_shuffle(np.arange(6, dtype=np.uint32), seed=[12, 3], max_index=np.uint32(100)))  # index_shuffle
    emit(R.truncated_normal([1, 1], mean=1e30, stddev=0.5, dtype="float64", seed=3))  # truncated_normal
""")

case("program_000458", """
    emit(R.set_seed(2**31 - 1))  # set_seed
    emit(R.log_uniform_candidate_sampler([[4, 2], [3, 2]], 2, 5, False, 5, seed=5))  # log_uniform_candidate_sampler
    emit(R.stateless_uniform(np.array([2, 2], np.int64), seed=[-2**31, 2], dtype="float32", alg=R.Algorithm.PHILOX))  # stateless_uniform
    emit(R.shuffle(np.zeros([0, 2], np.int32)))  # shuffle
    err(lambda: R.truncated_normal(np.array([3, 4], np.int64), stddev=1.0, dtype="string"))  # truncated_normal
    emit(R.stateless_gamma([1, 6, 1, 3], seed=[2**31 - 1, -1], alpha=[[-1.0, 123.0, 0.0]]))  # stateless_gamma
    err(lambda: R.stateless_truncated_normal([5, 0], seed=[7, 3, 1], mean=np.float16(-0.0), stddev=[[], [], [], [], []], dtype="bfloat16", alg="threefry"))  # stateless_truncated_normal
    emit(R.stateless_uniform([2, 1], seed=[2, 5], minval=-2**63, maxval=2**63 - 1, dtype=np.int64))  # stateless_uniform_int
    emit(R.gamma([6], alpha=[0.999, 1.0]))  # gamma
    err(lambda: R.stateless_gamma((), seed=[[1, 2], [3, 4]], alpha=0.999, beta=0.5))  # stateless_gamma
    err(lambda: R.normal([4, 1, 3], dtype="string"))  # normal
    emit(R.stateless_parameterized_truncated_normal((), seed=[2**31 - 1, -2**31], stddevs=0.1, minvals=-np.inf, maxvals=-1.0))  # stateless_parameterized_truncated_normal
    g0 = emit(R.Generator.from_seed(0))  # Generator.from_seed
    emit(R.set_seed(-5))  # set_seed
    emit(R.normal([1], stddev=np.float32(-0.0), dtype=np.float64, seed=2**40 + 3))  # normal
    emit(R.stateless_parameterized_truncated_normal(np.array([1, 2, 4], np.int32), seed=np.array([-2, 1], np.int64)))  # stateless_parameterized_truncated_normal
    emit(R.stateless_gamma([1], seed=np.array([-2**31, -1], np.int32), alpha=[10.0], beta=[0.0], dtype="float64"))  # stateless_gamma
    err(lambda: R.Generator.from_seed(-2**40, alg="bogus"))  # Generator.from_seed
    g1 = None
    emit(R.shuffle([45, 14], seed=2))  # shuffle
    emit(g0.skip(1))  # Generator.skip
    g2 = emit(R.Generator.from_key_counter(0, [2**40, -3], alg="philox"))  # Generator.from_key_counter
    emit(R.stateless_poisson(np.array([2, 2], np.int64), seed=np.array([0.0, 2.0], np.float64), lam=[100.0, 9.99]))  # stateless_poisson
    emit(R.uniform([1], minval=[100.0], seed=-1))  # uniform
    emit(R.shuffle(np.arange(60, dtype=np.float32).reshape([6, 2, 5]), seed=2))  # shuffle
    emit(R.uniform([6, 4], minval=-2**31, maxval=2**31 - 1, dtype="int32"))  # uniform_int
""")

case("program_000461", """
    emit(R.stateless_binomial([6], seed=np.array([-2, -2], np.int64), counts=np.float32(20.0), probs=np.float32(1.0), output_dtype="float32"))  # stateless_binomial
    emit(R.experimental.stateless_shuffle(np.arange(1, dtype=np.int32).reshape([1]), seed=np.array([5, 12345], np.int64), alg="PHILOX"))  # stateless_shuffle
    f0 = F(lambda: (R.stateless_normal([0], seed=[5, 2**40], mean=-3.5, alg="PHILOX"), R.stateless_normal([3], seed=(3, 2), mean=np.array([1e3], np.float32), stddev=np.float16(-0.0), dtype="float64"), R.normal([2, 0], mean=0.0, dtype=np.float64, seed=2)))  # function
    emit(R.poisson([4], lam=np.array([1, 0, 3], np.int32), dtype="float16", seed=2**31 - 1))  # poisson
    emit(R.stateless_uniform([3], seed=np.array([7, -2], np.int64)))  # stateless_uniform
    emit(f0())  # function_call
    emit(R.stateless_parameterized_truncated_normal([4], seed=[5, 2**40], means=np.float16(0.0), stddevs=np.float16(1.0), minvals=np.float16(-1.0), maxvals=np.float16(1.0)))  # stateless_parameterized_truncated_normal
    emit(R.stateless_uniform(np.array([6], np.int32), seed=(12345, 5), minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    emit(R.uniform_candidate_sampler([[75, 474], [509, 590]], 2, 3, False, 2**40, seed=-7))  # uniform_candidate_sampler
    emit(R.uniform([], minval=-1, maxval=49, dtype="int64", seed=87654321))  # uniform_int
    err(lambda: R.experimental.stateless_shuffle(None, seed=np.array([2**31 - 1, 12345], np.int32)))  # stateless_shuffle
    emit(R.all_candidate_sampler([[3, 3], [2, 5], [5, 6]], 2, 7, False))  # all_candidate_sampler
    emit(f0())  # function_call
    emit(R.stateless_truncated_normal([6, 4], seed=[-2**31, 2], mean=0))  # stateless_truncated_normal
    emit(R.stateless_binomial([2], seed=[7, 2**31 - 1], counts=[10, 5], probs=[0.05, 1.5], output_dtype="float32"))  # stateless_binomial
    fo0 = emit(R.experimental.stateless_fold_in(np.array([5, 7], np.int32), np.int32(-2)))  # stateless_fold_in
    emit(R.stateless_binomial(np.array([5], np.int32), seed=[5, 2**31 - 1], counts=1e4, probs=0.3, output_dtype="int32"))  # stateless_binomial
    emit(R.stateless_parameterized_truncated_normal([3], seed=[-1, -1], minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(f0())  # function_call
    err(lambda: R.stateless_uniform([3], seed=fo0, alg="threefry"))  # stateless_uniform
    emit(R.stateless_gamma([4, 1], seed=np.array([12345, 7], np.int64), alpha=[np.inf], beta=-1.0))  # stateless_gamma
    err(lambda: R.categorical([[1.0, -3.0]], -1, dtype=np.int32, seed=87654321))  # categorical
    s0 = emit(R.experimental.stateless_split([2, -1], num=3, alg=3))  # stateless_split
    emit(R.normal([5], dtype="float16", seed=1))  # normal
    err(lambda: R.uniform([4, 1, 2], minval=0.5, maxval=10.5, dtype="int64", seed=7))  # uniform_int
    s1 = emit(R.split(np.array([12345, 7], np.int64), num=2))  # random.split
    emit(R.stateless_gamma([5], seed=[12345, -2**31], alpha=0.0))  # stateless_gamma
    emit(R.experimental.stateless_shuffle(np.arange(4, dtype=np.float64).reshape([4]), seed=(-2, 1), alg="PHILOX"))  # stateless_shuffle
    emit(R.log_uniform_candidate_sampler([[114]], 1, 4, True, 1000000, seed=2))  # log_uniform_candidate_sampler
    err(lambda: R.experimental.stateless_fold_in(s1[1], [1, 2]))  # stateless_fold_in
    fo1 = None
    emit(R.stateless_normal(np.array([4], np.int32), seed=[12345, 1], dtype=np.float64))  # stateless_normal
    emit(R.stateless_uniform([], seed=np.array([12345, 0], np.int64), minval=None, maxval=None, dtype="int64"))  # stateless_uniform_int
    emit(R.uniform([2], minval=1, maxval=47, dtype="int64", seed=1234))  # uniform_int
""")

case("program_000463", """
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.poisson([2, 0], lam=[33.3, 0.5], seed=-1))  # poisson
    emit(R.normal([1], mean=1.0, stddev=1.0, seed=2))  # normal
    err(lambda: R.truncated_normal([-4], stddev=1.0, dtype="bfloat16", seed=2**31))  # truncated_normal
    emit(R.stateless_binomial([3], seed=[-2**31, 2**31 - 1], counts=10, probs=-0.1, output_dtype="int64"))  # stateless_binomial
    emit(R.stateless_uniform([4, 4], seed=np.array([2**64 - 1, 2**63 + 5], np.uint64), minval=0, maxval=1, dtype="int64"))  # stateless_uniform_int
    emit(R.stateless_categorical([[0.0, 10.0, -1.0]], 0, seed=[12345, 5], dtype=np.int32))  # stateless_categorical
    f0 = F(lambda: R.shuffle(np.arange(4, dtype=np.int32).reshape([4]), seed=1))  # function
    emit(R.truncated_normal([0], mean=123.456, dtype="float64", seed=0))  # truncated_normal
    emit(f0())  # function_call
    err(lambda: R.uniform_candidate_sampler([[4, 3, 8], [4, 7, 5]], 4, 2, False, 10))  # uniform_candidate_sampler
    fo0 = emit(R.fold_in([2**31 - 1, -2], 0))  # random.fold_in
    emit(R.truncated_normal((0,), mean=np.float32(-0.0), stddev=1.0))  # truncated_normal
    g0 = emit(R.Generator.from_seed(1, alg=R.Algorithm.PHILOX))  # Generator.from_seed
    emit(R.categorical(np.array([[0.25, 10.0, -1.0, 1.0], [5.0, -1.0, -1.0, 0.25]], np.float64), 2, dtype="int32", seed=87654321))  # categorical
    emit(f0())  # function_call
    m0 = emit(g0.make_seeds())  # Generator.make_seeds
    emit(g0.uniform([3], minval=7, maxval=56, dtype="int64"))  # Generator.uniform_int
    emit(g0.truncated_normal([3], mean=np.float64(123.456), stddev=0.5, dtype="float16"))  # Generator.truncated_normal
    emit(R.stateless_poisson([5, 2], seed=np.array([0, 5], np.uint64), lam=np.array([0.0, 5.0], np.float16)))  # stateless_poisson
    emit(R.categorical(np.array([[-3.0, 5.0], [10.0, 10.0], [5.0, 10.0]], np.float64), 8, dtype=np.int32, seed=2))  # categorical
    emit(R.uniform_candidate_sampler([[199], [991]], 1, 3, False, 2**40, seed=-1))  # uniform_candidate_sampler
    emit(f0())  # function_call
    emit(R.poisson(np.array([6], np.int32), lam=np.array([[9.99], [1e4]], np.float64), dtype="int32"))  # poisson
    err(lambda: R.uniform_candidate_sampler([[11, 3, 9], [0, 5, 5]], 3, 1, False, 10, seed=2))  # uniform_candidate_sampler
    emit(f0())  # function_call
""")

case("program_000464", """
    emit(R.set_seed(1234))  # set_seed
    fo0 = emit(R.experimental.stateless_fold_in(np.array([1.0, 2.0], np.float32), -3, alg=3))  # stateless_fold_in
    emit(R.truncated_normal([3], dtype="bfloat16"))  # truncated_normal
    emit(R.set_seed(2**31 - 1))  # set_seed
    emit(R.gamma([5], alpha=np.array([0.25, 1.0], np.float32), beta=0.1, dtype="float64", seed=87654321))  # gamma
    emit(R.stateless_normal(np.array([5, 3], np.int32), seed=[-2**31, 2**31 - 1], mean=0.0, dtype=np.float32))  # stateless_normal
    emit(R.stateless_gamma([4, 2], seed=[7, 3], alpha=[1.0, np.inf], dtype="float16"))  # stateless_gamma
    emit(R.poisson([3], lam=33.3, seed=87654321))  # poisson
    emit(R.create_rng_state(2**70 + 5, 2))  # create_rng_state
    emit(R.shuffle(np.arange(6, dtype=np.float32).reshape([3, 2])))  # shuffle
    emit(R.truncated_normal([5], dtype="bfloat16", seed=3))  # truncated_normal
    emit(R.stateless_uniform([4], seed=np.array([5, 2], np.int64), minval=None, maxval=None, dtype="uint32", alg="PHILOX"))  # stateless_uniform_int
    emit(R.stateless_truncated_normal((2,), seed=[12345, 5], dtype=np.float64))  # stateless_truncated_normal
    emit(R.poisson([5, 4], lam=[np.inf, 100.0, 1.0], dtype="int64", seed=3))  # poisson
    emit(R.all_candidate_sampler([[2], [0]], 1, 5, False))  # all_candidate_sampler
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.poisson(np.array([6], np.int32), lam=[[9.99], [0.5]], dtype=np.int64, seed=1234))  # poisson
    emit(R.stateless_categorical([[10.0, 10.0, -3.0, 2.0], [-3.0, 5.0, 2.0, 1.0], [2.0, 10.0, 1.0, -np.inf]], 8, seed=[5, 2]))  # stateless_categorical
    emit(R.experimental.index_shuffle(np.arange(2, dtype=np.uint32), seed=[5, 9], max_index=1048576))  # index_shuffle
    emit(R.categorical([[0.5, -1.0, 5.0], [1.0, -3.0, 5.0], [10.0, 5.0, 5.0]], 6, dtype="int32", seed=1))  # categorical
    emit(R.shuffle(np.arange(5, dtype=np.float32).reshape([5])))  # shuffle
    emit(R.gamma([0], alpha=[np.nan, 3.5], seed=2))  # gamma
    emit(R.uniform([6], minval=2, maxval=18, dtype="int32", seed=2**31))  # uniform_int
    emit(R.categorical([[-3.0, 10.0, 0.5, -np.inf]], 8))  # categorical
    emit(R.poisson([6], lam=np.array([[0.5], [5.0]], np.float32), dtype="float32", seed=1234))  # poisson
    emit(R.stateless_binomial(np.array([4, 3], np.int32), seed=np.array([5, 2**31 - 1], np.int64), counts=[0.5, 0.5, 20.0], probs=[0.3]))  # stateless_binomial
    emit(R.uniform([6], minval=0, maxval=1, dtype="int32", seed=7))  # uniform_int
    fo1 = emit(R.fold_in(np.array([2**32 - 1, 12345], np.uint32), -3, alg="PHILOX"))  # random.fold_in
    emit(R.stateless_parameterized_truncated_normal(np.array([2, 2], np.int32), seed=fo1, means=5.0, stddevs=3.0, minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    g0 = emit(R.Generator.from_seed(2**32))  # Generator.from_seed
    emit(g0.normal([], mean=1e3))  # Generator.normal
    emit(R.stateless_normal(np.array([0], np.int64), seed=np.array([-2**31, 1], np.int64), dtype="float16", alg="philox"))  # stateless_normal
    g1 = emit(R.Generator.from_key_counter(0, [2**40, -3], alg="philox"))  # Generator.from_key_counter
    fo2 = emit(R.experimental.stateless_fold_in((1, 5), -3))  # stateless_fold_in
    emit(g1.state)  # Generator.state
    emit(R.truncated_normal(np.array([4, 1], np.int64), mean=[[-2], [3], [100.0], [3]], stddev=3.0, seed=2**31))  # truncated_normal
    emit(R.shuffle(np.arange(4, dtype=np.int32).reshape([1, 4])))  # shuffle
    emit(R.shuffle(np.arange(8, dtype=np.float16).reshape([4, 2]), seed=2))  # shuffle
    emit(R.all_candidate_sampler([[0], [0]], 1, 6, True, seed=-1))  # all_candidate_sampler
    emit(R.stateless_uniform([6, 5], seed=np.array([-1, 2], np.int32), minval=6, maxval=18, dtype="int32"))  # stateless_uniform_int
""")

case("program_000466", """
    emit(R.set_seed(5))  # set_seed
    emit(R.set_seed(42))  # set_seed
    err(lambda: R.stateless_uniform([4, 3], seed=np.array([-2**31, -1], np.int64), minval=10, maxval=39, dtype="int32", alg=R.Algorithm.THREEFRY))  # stateless_uniform_int
    emit(R.poisson([6, 3], lam=np.array([[1], [0]], np.int32), dtype="int32", seed=5))  # poisson
    emit(R.log_uniform_candidate_sampler([[285, 253, 388]], 3, 8, False, 1000000, seed=np.int64(7)))  # log_uniform_candidate_sampler
    s0 = emit(R.split(np.array([5, -1], np.int64)))  # random.split
    emit(R.uniform_candidate_sampler([[3, 6]], 2, 2, False, 10, seed=5))  # uniform_candidate_sampler
    emit(R.uniform([], minval=1.0, maxval=2.5))  # uniform
    emit(R.log_uniform_candidate_sampler([[9, 8], [1, 4], [8, 1]], 2, 7, False, 10, seed=2**31 - 1))  # log_uniform_candidate_sampler
    emit(R.stateless_uniform([3, 1, 5], seed=s0[1]))  # stateless_uniform
""")

case("program_000467", """
    emit(R.set_seed(1234))  # set_seed
    emit(R.stateless_poisson([5, 6], seed=(-2, 1), lam=100.0, dtype="float32"))  # stateless_poisson
    emit(R.shuffle(np.arange(5, dtype=np.float64).reshape([5]), seed=87654321))  # shuffle
    emit(R.stateless_uniform([3], seed=np.array([3, 12345], np.uint32), dtype="float16"))  # stateless_uniform
    emit(R.stateless_normal(np.array([2, 5, 2], np.int32), seed=np.array([5, 2], np.uint64), mean=np.array([[-1e10, 2.5], [0.0, 1e3], [0.0, 3], [123.456, -1e10], [-0.0, 0]]), stddev=np.array([[2.0, 1e-3], [1e20, 1e-3], [-0.0, 10], [1e20, 1.0], [-0.0, 3.0]]), dtype="float16"))  # stateless_normal
    err(lambda: R.stateless_uniform([5], seed=(0, 7), minval=1, maxval=5, dtype="uint64", alg=R.Algorithm.PHILOX))  # stateless_uniform_int
    emit(R.uniform([6], minval=[123.456, 0, -2, -1e10, 1.0, 0], maxval=1.0, dtype="bfloat16"))  # uniform
    emit(R.normal([1, 3], stddev=0.1, seed=2**31))  # normal
    emit(R.experimental.index_shuffle(np.arange(8, dtype=np.uint64), seed=[3, 2**31 - 1], max_index=np.uint64(13)))  # index_shuffle
    emit(R.stateless_normal(np.array([5, 2], np.int32), seed=[2**40, -1], dtype=np.float16, alg="philox"))  # stateless_normal
    emit(R.stateless_normal(np.array([], np.int64), seed=[-2**31, 0], alg=3))  # stateless_normal
    emit(R.stateless_truncated_normal([1, 0], seed=[1, 7]))  # stateless_truncated_normal
    g0 = emit(R.Generator.from_state([1, 2**40, -1], alg=R.Algorithm.PHILOX))  # Generator.from_state
""")

case("program_000469", """
    emit(R.set_seed(1))  # set_seed
    emit(R.stateless_binomial([4], seed=np.array([2, 0], np.uint64), counts=[20.0, 0.0, -3.0, 7.0], probs=[0.25, 0.05, 0.05, 0.999], output_dtype="float16"))  # stateless_binomial
    emit(R.stateless_normal([], seed=[12345, -2**31], stddev=2.0))  # stateless_normal
    err(lambda: R.uniform([0], maxval=0.0, dtype="uint64"))  # uniform
    emit(R.stateless_normal([1], seed=[-1, -1], dtype=np.float64))  # stateless_normal
    emit(R.learned_unigram_candidate_sampler([[1, 9], [7, 9]], 2, 3, False, 11, seed=np.int64(42)))  # learned_unigram_candidate_sampler
    emit(R.stateless_uniform(np.array([6, 4], np.int32), seed=[12345, -2], maxval=1e30, alg=3))  # stateless_uniform
    emit(R.stateless_uniform([6, 3], seed=[5, 2], minval=np.array(-0.0), maxval=0.0, dtype=np.float64, alg=3))  # stateless_uniform
    emit(R.stateless_normal([4, 3], seed=[5, 2], mean=[[1e30], [3], [-3.5], [1e30]], stddev=1.0))  # stateless_normal
    emit(R.uniform([1, 4], minval=0.5, maxval=np.float32(10.0), dtype=np.float16, seed=2))  # uniform
    err(lambda: R.experimental.index_shuffle(np.arange(1, dtype=np.int32), seed=[[1, 2], [3, 4], [5, 6]], max_index=np.int32(0)))  # index_shuffle
    g0 = emit(R.Generator.from_seed(2**63))  # Generator.from_seed
    emit(R.gamma((6, 2), alpha=[1e-3, 0.25, 123.0], dtype=np.float64, seed=np.int64(3)))  # gamma
    emit(R.categorical([[0.0, 0.0], [2.0, 0.5]], 4, dtype=np.int32, seed=2**31))  # categorical
    emit(R.shuffle(np.array([[-0.0, -0.0], [1.5, 1.5], [0.0, -7.0]], np.float32), seed=5))  # shuffle
    emit(R.truncated_normal([4, 0], mean=[[], [], [], []], stddev=10))  # truncated_normal
    emit(g0.skip(0))  # Generator.skip
    emit(R.shuffle(np.zeros([3, 0], np.float64), seed=1234))  # shuffle
    emit(R.stateless_poisson((2,), seed=[1, 2], lam=[0.5, 0.0]))  # stateless_poisson
    emit(R.categorical([[-1.0], [2.0], [0.5]], 8, dtype="int32"))  # categorical
    emit(R.set_seed(0))  # set_seed
    emit(R.set_seed(2**33 + 7))  # set_seed
    err(lambda: R.stateless_categorical([-np.inf, 0.5, 10.0, -3.0], 3, seed=[-1, -2]))  # stateless_categorical
    emit(R.uniform([2, 5, 3], maxval=7, dtype="int32", seed=2**31))  # uniform_int
    s0 = emit(R.experimental.stateless_split(np.array([-2, 0], np.int32), num=3, alg=R.Algorithm.PHILOX))  # stateless_split
    g1 = emit(R.Generator.from_seed(2**63))  # Generator.from_seed
    emit(g1.uniform([5, 3], minval=-2**62, maxval=2**62, dtype=np.int64))  # Generator.uniform_int
    emit(g0.reset_from_seed([1, 2]))  # Generator.reset_from_seed
    emit(R.stateless_normal([6], seed=s0[1], mean=1e3, dtype="bfloat16", alg="auto_select"))  # stateless_normal
    emit(R.categorical([[0.25], [-1.0]], 6, dtype="int32", seed=2**31))  # categorical
    emit(R.stateless_uniform([1, 4], seed=[0, 2], minval=-7, maxval=28, dtype="int64"))  # stateless_uniform_int
    emit(R.set_global_generator(g0))  # set_global_generator
    emit(R.stateless_normal([], seed=[2**40, 2**40], mean=-1.0, dtype="float16", alg="PHILOX"))  # stateless_normal
    emit(R.uniform(np.array([], np.int64), minval=-2, maxval=21, dtype="int32", seed=2))  # uniform_int
    emit(R.gamma([2, 5], alpha=0.0, seed=3))  # gamma
""")

case("program_000472", """
    emit(R.stateless_parameterized_truncated_normal([3], seed=np.array([-2**31, 0], np.int64), means=np.float16(-2.0), stddevs=np.float16(1.0), minvals=np.float16(-1.0), maxvals=np.float16(1.0)))  # stateless_parameterized_truncated_normal
    emit(R.categorical([[-1.0, 0.0, -np.inf], [-np.inf, 0.25, -3.0]], 2, dtype="int32", seed=1))  # categorical
    emit(R.uniform(np.array([5, 5], np.int64), minval=-2**63, maxval=2**63 - 1, dtype=np.int64, seed=5))  # uniform_int
    emit(R.stateless_categorical([[5.0, -np.inf, -1.0, 10.0]], 3, seed=[2**40, 7], dtype=np.int32))  # stateless_categorical
    g0 = emit(R.Generator.from_seed(2**64 + 5, alg=R.Algorithm.PHILOX))  # Generator.from_seed
    err(lambda: R.Generator.from_seed(1, alg="bogus"))  # Generator.from_seed
    g1 = None
    emit(R.normal([3, 5], mean=-1.0, seed=2))  # normal
    emit(R.stateless_truncated_normal([4, 0], seed=(7, 2**40), stddev=1e20))  # stateless_truncated_normal
    emit(R.truncated_normal(np.array([4], np.int64), mean=2.5, stddev=0.5, dtype=np.float32, seed=1))  # truncated_normal
    emit(R.normal([1, 1], dtype=np.float32, seed=0))  # normal
    emit(g0.truncated_normal([6], mean=np.float32(-2), dtype=np.float64))  # Generator.truncated_normal
    fo0 = emit(R.experimental.stateless_fold_in([-2**31, 1], 1))  # stateless_fold_in
    gs0 = emit(g0.split(1))  # Generator.split
    s0 = emit(R.experimental.stateless_split(fo0, num=2))  # stateless_split
    emit(g0.normal([3], dtype="float16"))  # Generator.normal
    emit(gs0[0].state)  # Generator.state
""")

case("program_000473", """
    emit(R.set_seed(2**31 - 1))  # set_seed
    err(lambda: R.stateless_categorical([[0.5]], 7, seed=np.array([1.0, 2.0], np.float32), dtype="float32"))  # stateless_categorical
    emit(R.stateless_gamma([6], seed=[1, 1], alpha=2.0, beta=1e-3))  # stateless_gamma
    emit(R.log_uniform_candidate_sampler([[5, 6], [6, 6], [2, 1]], 2, 1, True, 10, seed=3))  # log_uniform_candidate_sampler
    emit(R.gamma((1, 0), alpha=[0.0, np.nan, 1.0], dtype="float64", seed=2))  # gamma
    emit(R.set_seed(1))  # set_seed
    s0 = emit(R.split((2**40, 7), num=4))  # random.split
    emit(R.stateless_binomial([2, 3], seed=np.array([1, 12345], np.int32), counts=np.array([7.0, 7.0, 0.5], np.float16), probs=np.float32(0.9), output_dtype="float64"))  # stateless_binomial
    emit(R.normal([1, 4, 1], mean=-1e10, seed=2**40 + 3))  # normal
    emit(R.poisson([1, 4], lam=5.0))  # poisson
    emit(R.gamma([6, 5], alpha=0.999))  # gamma
    emit(R.set_seed(3))  # set_seed
    emit(R.stateless_binomial([6], seed=[0, -2**31], counts=20.0, probs=1.0, output_dtype="float32"))  # stateless_binomial
    g0 = emit(R.Generator.from_key_counter(np.int64(3), np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    err(lambda: g0.uniform([5], minval=None, maxval=5, dtype="int32"))  # Generator.uniform_int
    err(lambda: R.uniform(np.array([], np.int32), dtype="uint64"))  # uniform
""")

case("program_000476", """
    emit(R.set_seed(-5))  # set_seed
    err(lambda: R.stateless_parameterized_truncated_normal([4, 2], seed=[0, 1], means=[0.0, 1.0, 2.0]))  # stateless_parameterized_truncated_normal
    g0 = emit(R.Generator.from_seed(1))  # Generator.from_seed
    emit(R.stateless_truncated_normal([6], seed=np.array([2, 7], np.uint32), mean=2.5, stddev=np.array([-0.0, 3.0, 10, 1.0, 0.1, 0.5])))  # stateless_truncated_normal
    emit(R.poisson((2,), lam=np.array([15.0, np.inf, 100.0], np.float32)))  # poisson
    emit(g0.reset([10, 20, 30]))  # Generator.reset
    emit(g0.skip(5))  # Generator.skip
    emit(R.categorical([[-3.0]], 2))  # categorical
    emit(R.uniform(np.array([4], np.int64), maxval=1, dtype="int64"))  # uniform_int
    emit(R.stateless_uniform([], seed=[1, -2**31]))  # stateless_uniform
    emit(R.gamma([4, 0], alpha=[[0.0, 0.25]], dtype=np.float64, seed=1))  # gamma
    emit(R.categorical([[0.5, 1.0, 5.0, 10.0], [-3.0, 2.0, 0.25, 0.0]], 8))  # categorical
    emit(R.stateless_truncated_normal([0, 0], seed=[2, 12345], mean=0, dtype="float16"))  # stateless_truncated_normal
    emit(R.shuffle(np.int32(5), seed=42))  # shuffle
    emit(g0.uniform([5]))  # Generator.uniform
""")

case("program_000479", """
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.stateless_poisson([2, 1], seed=[7, -2], lam=15.0))  # stateless_poisson
    emit(R.stateless_normal([1], seed=[12345, 12345], stddev=3.0, dtype="float32", alg="philox"))  # stateless_normal
    emit(R.uniform([5, 0], minval=123.456, dtype=np.float64, seed=-1))  # uniform
    emit(R.stateless_parameterized_truncated_normal([], seed=[-2, 5]))  # stateless_parameterized_truncated_normal
    err(lambda: R.stateless_uniform(np.array([4, 5, 0], np.int32), seed=[0, 1, -1], minval=None, maxval=None, dtype=np.uint64, alg="auto_select"))  # stateless_uniform_int
    emit(R.uniform([4], dtype="float32", seed=-1))  # uniform
    emit(R.gamma([2], alpha=np.array([0.25], np.float32), beta=[1e-3], seed=-7))  # gamma
    emit(R.gamma([5, 5], alpha=[[10.0], [10.0]], beta=np.float64(0.5), seed=42))  # gamma
    s0 = emit(R.experimental.stateless_split([0, -1], num=3, alg=1))  # stateless_split
    emit(R.uniform([], minval=-2, maxval=34, dtype="int64", seed=7))  # uniform_int
    s1 = emit(R.split(np.array([2**31 - 1, 0], np.int32), num=4))  # random.split
    g0 = emit(R.Generator.from_seed(2**63))  # Generator.from_seed
    g1 = emit(R.Generator.from_seed(-2**40))  # Generator.from_seed
    emit(R.normal([2, 4], stddev=np.array([0.0, 0.0, 1.0, 1e20], np.float32), dtype=np.float16, seed=0))  # normal
    emit(R.fixed_unigram_candidate_sampler([[5]], 1, 5, False, 10, unigrams=[2.0, 1.0, 10.0, 3.0, 3.0, 0.5, 3.0, 10.0, 2.0, 3.0], seed=1234))  # fixed_unigram_candidate_sampler
    emit(R.stateless_uniform([5], seed=np.array([2**40, 1], np.uint64), minval=None, maxval=None, dtype="uint64", alg=1))  # stateless_uniform_int
    emit(R.shuffle(np.arange(12, dtype=np.float32).reshape([4, 3]), seed=1))  # shuffle
    g2 = emit(R.Generator.from_state(np.array([2**40, 2, -1], np.int64), alg=R.Algorithm.PHILOX))  # Generator.from_state
    emit(g0.reset_from_seed(2**63))  # Generator.reset_from_seed
    emit(R.truncated_normal([], stddev=2.0, seed=1))  # truncated_normal
    emit(R.log_uniform_candidate_sampler([[5]], 1, 1, True, 10, seed=42))  # log_uniform_candidate_sampler
    emit(R.stateless_binomial((1,), seed=[0, -2**31], counts=10.0, probs=1.5))  # stateless_binomial
""")

case("program_000480", """
    emit(R.set_seed(1234))  # set_seed
    emit(R.set_seed(1234))  # set_seed
    emit(R.uniform([5, 5], minval=1e3, seed=42))  # uniform
    emit(R.shuffle(np.arange(5, dtype=np.float64).reshape([5, 1]), seed=7))  # shuffle
    g0 = emit(R.Generator.from_seed(42))  # Generator.from_seed
    emit(R.stateless_truncated_normal([1, 2, 4], seed=[-1, 1], mean=10.0, stddev=[[[1e-3, 3.0, 2.0, 1e20]]], dtype=np.float16))  # stateless_truncated_normal
    m0 = emit(g0.make_seeds(3))  # Generator.make_seeds
    gs0 = emit(g0.split())  # Generator.split
    m1 = emit(gs0[0].make_seeds(1))  # Generator.make_seeds
    m2 = emit(g0.make_seeds())  # Generator.make_seeds
    emit(R.uniform([6], minval=1e3, maxval=np.array([-3.5], np.float64), dtype="float16", seed=1))  # uniform
    emit(R.stateless_binomial([1, 2, 3], seed=[-2, 2], counts=[[100.0, 20.0, 0.0], [0.5, -3.0, -3.0]], probs=0.3))  # stateless_binomial
    err(lambda: g0.uniform((1,), dtype="int64"))  # Generator.uniform_int
    emit(gs0[0].normal([0, 3, 5]))  # Generator.normal
    emit(R.uniform_candidate_sampler([[7, 5, 2]], 3, 2, True, 10, seed=-7))  # uniform_candidate_sampler
    emit(g0.uniform([3, 1], minval=None, maxval=None, dtype="int64"))  # Generator.uniform_int
    gs1 = emit(g0.split(3))  # Generator.split
    g1 = emit(R.Generator.from_seed(2**32))  # Generator.from_seed
    emit(R.stateless_uniform([6], seed=np.array([2**31 - 1, -2], np.int32), dtype="float32"))  # stateless_uniform
""")

case("program_000482", """
    emit(R.set_seed(None))  # set_seed
    err(lambda: R.experimental.stateless_split([2**40, 1], num=2, alg=R.Algorithm.THREEFRY))  # stateless_split
    s0 = None
    emit(R.shuffle(np.arange(2, dtype=np.float16).reshape([2]), seed=2))  # shuffle
    g0 = emit(R.Generator.from_seed(np.int64(77)))  # Generator.from_seed
    emit(R.stateless_truncated_normal((2,), seed=np.array([-2**31, -1], np.int64), mean=100.0, dtype="float32"))  # stateless_truncated_normal
    emit(R.learned_unigram_candidate_sampler([[0, 3]], 2, 3, False, 10, seed=7))  # learned_unigram_candidate_sampler
    err(lambda: R.Generator.from_seed(2**32, alg="bogus"))  # Generator.from_seed
    g1 = None
    emit(R.stateless_poisson([2, 2], seed=[-2**31, 2], lam=np.array([1, 1], np.int64), dtype="float32"))  # stateless_poisson
    emit(g0.binomial([5, 6], counts=1.0, probs=0.5))  # Generator.binomial
    emit(R.categorical([[10.0, 2.0], [2.0, -3.0], [1.0, -np.inf]], 0, dtype="int32", seed=3))  # categorical
    emit(g0.reset([10, 20, 30]))  # Generator.reset
    emit(R.stateless_poisson([2], seed=[3, 7], lam=15.0))  # stateless_poisson
    emit(R.truncated_normal(np.array([1, 5], np.int32), seed=2**31))  # truncated_normal
    emit(R.log_uniform_candidate_sampler([[15, 31, 9]], 3, 7, False, 50, seed=2))  # log_uniform_candidate_sampler
    emit(g0.uniform([5], maxval=2.5))  # Generator.uniform
    emit(R.stateless_binomial(np.array([], np.int64), seed=(7, 2**31 - 1), counts=-3.0, probs=0.9, output_dtype="float64"))  # stateless_binomial
    emit(R.all_candidate_sampler([[1]], 1, 4, True, seed=2**31))  # all_candidate_sampler
""")

case("program_000483", """
    emit(R.stateless_truncated_normal([3], seed=[-2, 0], mean=np.float16(-0.0), stddev=1.0, dtype="float64", alg="philox"))  # stateless_truncated_normal
    emit(R.categorical([[0.25, -np.inf, 5.0, 1.0, -1.0], [-1.0, -np.inf, -3.0, 5.0, 1.0]], 7, seed=87654321))  # categorical
    emit(R.experimental.stateless_shuffle(np.arange(3, dtype=np.int64).reshape([3]), seed=[-2, 0]))  # stateless_shuffle
    emit(R.uniform([6, 1], minval=-100, maxval=-50, dtype=np.int32, seed=np.int64(3)))  # uniform_int
    emit(R.experimental.index_shuffle(np.arange(8, dtype=np.uint32), seed=np.array([1, 2], np.uint32), max_index=np.uint32(100)))  # index_shuffle
    emit(R.uniform([0], minval=5, maxval=35, dtype="int32", seed=2))  # uniform_int
    emit(R.stateless_categorical(np.array([[5.0, 0.0]], np.float64), 1, seed=np.array([1.0, 1.0], np.float32), dtype=np.int32))  # stateless_categorical
    emit(R.stateless_binomial(np.array([1], np.int64), seed=[0, -2], counts=np.float64(100.0), probs=np.float64(0.3), output_dtype="int64"))  # stateless_binomial
    emit(R.shuffle(np.int32(5), seed=2**40 + 3))  # shuffle
    emit(R.stateless_binomial([6, 3], seed=[0, -2**31], counts=3, probs=0.999, output_dtype="float32"))  # stateless_binomial
    err(lambda: R.experimental.index_shuffle(np.arange(9, dtype=np.uint64), seed=np.array([3, 4, 5], np.uint64), max_index=100))  # index_shuffle
    emit(R.shuffle(np.zeros([0, 2], np.int32), seed=1234))  # shuffle
""")

case("program_000485", """
    g0 = emit(R.Generator.from_seed(7))  # Generator.from_seed
    emit(R.stateless_poisson(np.array([3, 1, 1], np.int32), seed=[3, 3], lam=[100.0], dtype="float32"))  # stateless_poisson
    emit(R.shuffle(np.zeros([3, 0], np.float64), seed=2))  # shuffle
    emit(R.uniform((), minval=-9, maxval=32, dtype="int32", seed=-1))  # uniform_int
    emit(g0.algorithm)  # Generator.state
    emit(g0.normal(np.array([3], np.int64), mean=-2, stddev=-1.0))  # Generator.normal
    emit(g0.normal([0], dtype="float32"))  # Generator.normal
    g1 = emit(R.experimental.Generator.from_seed(2**32))  # Generator.from_seed
    emit(R.stateless_uniform(np.array([5], np.int32), seed=np.array([12345, 1], np.int32), minval=None, maxval=None, dtype="uint64"))  # stateless_uniform_int
    emit(g1.uniform(np.array([5], np.int64), minval=0, maxval=100, dtype="int32"))  # Generator.uniform_int
    gs0 = emit(g0.split(3))  # Generator.split
""")

case("program_000487", """
    emit(R.poisson([2], lam=np.array([[5.0, np.inf], [0.5, 33.3]], np.float64), seed=2**31 - 1))  # poisson
    emit(R.gamma([4, 2], alpha=np.array([-1.0], np.float64), dtype="float32", seed=1))  # gamma
    emit(R.stateless_truncated_normal([2], seed=[2**40, 1], mean=np.float32(100.0), alg=1))  # stateless_truncated_normal
    emit(R.uniform_candidate_sampler([[4], [6]], 1, 5, True, 10, seed=42))  # uniform_candidate_sampler
    emit(R.uniform([3, 5], maxval=7, dtype="int64", seed=42))  # uniform_int
    emit(R.poisson([4, 6], lam=[np.inf, 0.0], dtype=np.int64, seed=87654321))  # poisson
    g0 = emit(R.Generator.from_seed(2**64 + 5, alg="threefry"))  # Generator.from_seed
    emit(R.stateless_categorical([[-3.0, -np.inf], [-3.0, 1.0], [5.0, 10.0]], 0, seed=np.array([-1, 0], np.int64), dtype="int32"))  # stateless_categorical
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.set_seed(0))  # set_seed
    emit(R.set_seed(None))  # set_seed
    emit(R.categorical([[2.0], [10.0], [0.25]], 2, dtype=np.int32, seed=3))  # categorical
    err(lambda: g0.reset_from_key_counter(-1, [0, 2**40]))  # Generator.reset_from_key_counter
    err(lambda: R.uniform([1, 4, 1], dtype="int8", seed=5))  # uniform
    err(lambda: g0.uniform_full_int(np.array([6, 1, 2], np.int64), dtype=np.uint64))  # Generator.uniform_full_int
    emit(R.uniform([2, 2], minval=-100, maxval=-50, dtype=np.int32, seed=2))  # uniform_int
    emit(R.all_candidate_sampler([[1, 3], [0, 1]], 2, 4, False, seed=0))  # all_candidate_sampler
    emit(g0.key)  # Generator.state
    err(lambda: g0.make_seeds(3))  # Generator.make_seeds
    m0 = None
    err(lambda: g0.skip(0))  # Generator.skip
    emit(R.log_uniform_candidate_sampler([[4], [1]], 1, 2, True, 5, seed=2**31))  # log_uniform_candidate_sampler
    err(lambda: g0.uniform([3, 1], maxval=123.456))  # Generator.uniform
    err(lambda: R.uniform_candidate_sampler([[834, 630, 778], [848, 310, 716], [612, 610, 679]], 4, 4, False, 2**40, seed=2))  # uniform_candidate_sampler
    emit(R.stateless_binomial(np.array([3, 4], np.int32), seed=[1, 0], counts=[10, 20, 10, 1], probs=1.5))  # stateless_binomial
    emit(R.stateless_truncated_normal([], seed=[1, 2**31 - 1], alg=1))  # stateless_truncated_normal
    emit(R.stateless_uniform((4,), seed=[2, 5], dtype=np.float64))  # stateless_uniform
    err(lambda: g0.make_seeds(3))  # Generator.make_seeds
    m1 = None
""")

case("program_000488", """
    emit(R.stateless_categorical([[2.0, 1.0, 0.5, 1.0, -np.inf], [0.0, 0.25, 5.0, 0.5, 0.5]], 7, seed=[-2**31, 3]))  # stateless_categorical
    emit(R.stateless_binomial((3, 1), seed=[12345, 2**40], counts=100.0, probs=0.5, output_dtype="int32"))  # stateless_binomial
    emit(R.fixed_unigram_candidate_sampler([[0, 1, 1], [4, 2, 2], [3, 3, 4]], 3, 3, True, 5, unigrams=[3.0, 0.5, 10.0, 0.5, 0.5], distortion=0.75, seed=0))  # fixed_unigram_candidate_sampler
    emit(R.uniform_candidate_sampler([[8], [3]], 1, 6, False, 10, seed=2**31))  # uniform_candidate_sampler
    err(lambda: R.experimental.stateless_fold_in((0, 0), 17, alg=2))  # stateless_fold_in
    fo0 = None
    emit(R.stateless_gamma([4, 3], seed=np.array([2, -1], np.int64), alpha=[2.0, 0.999, np.nan], dtype="float32"))  # stateless_gamma
    emit(R.experimental.index_shuffle(np.int64(2), seed=[16, 12], max_index=1048576))  # index_shuffle
    emit(R.stateless_gamma(np.array([0, 1], np.int32), seed=[5, 5], alpha=[0.0]))  # stateless_gamma
    err(lambda: R.split(np.array([0.0, 7.0], np.float64), num=4, alg=1))  # random.split
    s0 = None
    emit(R.stateless_uniform(np.array([5, 4], np.int64), seed=[5, -2**31]))  # stateless_uniform
    emit(R.stateless_poisson([3, 3, 3], seed=np.array([-2, 7], np.int64), lam=[33.3, 9.99, np.inf]))  # stateless_poisson
    emit(R.gamma([1, 6], alpha=[-1.0], beta=0.0, dtype="float32", seed=np.int64(-7)))  # gamma
    emit(R.normal([4], mean=10.0, dtype="float64", seed=3))  # normal
    emit(R.stateless_uniform([6, 0, 4], seed=[12345, 2**31 - 1], maxval=np.array(-0.0), alg=3))  # stateless_uniform
    emit(R.stateless_poisson([3, 6, 2], seed=np.array([0, 2], np.uint64), lam=[33.3, 9.99], dtype="float16"))  # stateless_poisson
    err(lambda: R.experimental.stateless_split(s0[1], num=4, alg="bogus"))  # stateless_split
    s1 = None
    emit(R.uniform_candidate_sampler([[5, 863, 930], [703, 350, 272], [424, 403, 347]], 3, 8, False, 1000000, seed=42))  # uniform_candidate_sampler
    emit(R.truncated_normal([6], mean=np.array([1e3, -2, 0.5, 1e30, -2, 10.0], np.float64), dtype=np.float32, seed=2**31 - 1))  # truncated_normal
    emit(R.gamma((1,), alpha=[2.0, 0.25, 0.25], beta=1e-3, seed=2**40 + 3))  # gamma
""")

case("program_000489", """
    emit(R.set_seed(2))  # set_seed
    emit(R.stateless_binomial([3], seed=[-2, 7], counts=np.float64(5.0), probs=np.float64(0.05)))  # stateless_binomial
    emit(R.stateless_uniform([1, 0], seed=[2**40, 1], maxval=2.5, dtype=np.float64))  # stateless_uniform
    emit(R.truncated_normal(np.array([], np.int32), mean=-2, dtype=np.float64, seed=2))  # truncated_normal
    emit(R.experimental.stateless_shuffle(np.float32(1.5), seed=[-2**31, -1]))  # stateless_shuffle
    emit(R.stateless_poisson([3], seed=[-1, 2**31 - 1], lam=1e4))  # stateless_poisson
    s0 = emit(R.experimental.stateless_split([3, 1], num=2))  # stateless_split
    emit(R.create_rng_state(np.array([1, 2, 3, 4], np.int64), "threefry"))  # create_rng_state
    err(lambda: R.stateless_truncated_normal([5], seed=[1, 2, 3]))  # stateless_truncated_normal
    emit(R.categorical(np.array([[-3.0, 5.0, -1.0]], np.float64), 8))  # categorical
    emit(R.gamma((5,), alpha=0.25, beta=1.0, dtype="float16", seed=2**31))  # gamma
    err(lambda: R.Generator.from_seed(2**32, alg="bogus"))  # Generator.from_seed
    g0 = None
    err(lambda: R.stateless_gamma([4, 2], seed=[2**31 - 1, 2**40], alpha=[1.0, 2.0, 3.0], dtype=np.float64))  # stateless_gamma
""")

case("program_000491", """
    err(lambda: R.fixed_unigram_candidate_sampler([[2, 3, 2], [2, 1, 1]], 3, 6, True, 4, unigrams=[0.5, 10.0, 4.0, 4.0], num_reserved_ids=1, seed=-7))  # fixed_unigram_candidate_sampler
    err(lambda: R.experimental.stateless_split([]))  # stateless_split
    s0 = None
    emit(R.categorical(np.array([[0.5, 0.5, 5.0]], np.float32), 5, seed=2**31))  # categorical
    emit(R.experimental.create_rng_state(np.array([1, 2, 3, 4], np.int64), 1))  # create_rng_state
    emit(R.truncated_normal([3, 6], mean=3, dtype="bfloat16", seed=1234))  # truncated_normal
    emit(R.set_seed(None))  # set_seed
    g0 = emit(R.Generator.from_key_counter(2**40, [6, 7], alg="philox"))  # Generator.from_key_counter
    emit(g0.normal([5, 3], mean=0.0, dtype="float64"))  # Generator.normal
    emit(R.stateless_uniform(np.array([1, 1], np.int64), seed=[7, 2**40], minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    s1 = emit(R.split((5, 3)))  # random.split
    s2 = emit(R.split([3, 2**40]))  # random.split
    emit(g0.binomial([2], counts=7.0, probs=0.05))  # Generator.binomial
    emit(g0.uniform((3,), maxval=np.array(-0.0)))  # Generator.uniform
    emit(R.poisson(np.array([5], np.int64), lam=[-1.0], dtype="int32", seed=2))  # poisson
    g1 = emit(R.Generator.from_key_counter(np.int64(3), np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    emit(g1.binomial([1], counts=20.0, probs=0.25, dtype="float16"))  # Generator.binomial
    emit(R.experimental.stateless_shuffle(np.arange(4, dtype=np.float64).reshape([4, 1]), seed=s1[1]))  # stateless_shuffle
    fo0 = emit(R.experimental.stateless_fold_in(s2[0], 1))  # stateless_fold_in
    g2 = emit(R.Generator.from_key_counter(2**40, [6, 7], alg="philox"))  # Generator.from_key_counter
    err(lambda: g1.uniform([1, 6, 5], dtype="int64"))  # Generator.uniform_int
    emit(R.stateless_parameterized_truncated_normal([0, 1], seed=[-1, -2**31], means=np.array([0.0], np.float16), stddevs=np.float16(1.0), minvals=np.float16(0.9), maxvals=np.float16(1.1)))  # stateless_parameterized_truncated_normal
    err(lambda: R.experimental.stateless_split(np.array([12345, 0], np.int64), num=[2]))  # stateless_split
    s3 = None
    emit(R.stateless_uniform([6, 6], seed=s2[0], minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    emit(g1.uniform_full_int([5]))  # Generator.uniform_full_int
    emit(R.uniform([0, 3], minval=-2**31, maxval=2**31 - 1, dtype=np.int32, seed=3))  # uniform_int
    emit(R.uniform_candidate_sampler([[19, 10]], 2, 3, True, 50, seed=2**31))  # uniform_candidate_sampler
    emit(R.stateless_poisson((4,), seed=[2, 2**40], lam=9.99))  # stateless_poisson
    emit(R.uniform([2, 1], minval=-2, maxval=24, dtype="int64", seed=2))  # uniform_int
    emit(R.stateless_binomial(np.array([2, 5, 3], np.int32), seed=np.array([5, 0], np.int64), counts=[5, 10, 1], probs=0.3, output_dtype="float16"))  # stateless_binomial
    emit(g2.truncated_normal(np.array([3], np.int64), stddev=1.0))  # Generator.truncated_normal
    emit(g2.binomial([5, 4], counts=1e4, probs=0.25))  # Generator.binomial
    emit(R.stateless_poisson([2, 5, 3], seed=np.array([12345, 0], np.int64), lam=[np.inf, 15.0, 5.0]))  # stateless_poisson
""")

case("program_000494", """
    emit(R.poisson([3], lam=np.array([9.99], np.float64), dtype="float64", seed=3))  # poisson
    err(lambda: R.stateless_binomial([-1], seed=np.array([2**32 - 1, 12345], np.uint32), counts=[7.0, 0.5], probs=[1.0, 0.0]))  # stateless_binomial
    fo0 = emit(R.experimental.stateless_fold_in([2**40, 12345], 17))  # stateless_fold_in
    emit(R.stateless_uniform([4], seed=[2**31 - 1, -2**31], minval=np.float32(-0.0), maxval=1e3))  # stateless_uniform
    err(lambda: R.stateless_uniform([-2, 0], seed=fo0, minval=None, maxval=None, dtype="int64"))  # stateless_uniform_int
    emit(R.normal([5], mean=100.0, stddev=np.array([0.1, 2.0, 0.1, 3.0, -0.0]), dtype="float16", seed=87654321))  # normal
    emit(R.poisson((6,), lam=9.99, dtype="int64", seed=1234))  # poisson
    g0 = emit(R.Generator.from_state(np.array([2**40, 3, -2], np.int64), alg="philox"))  # Generator.from_state
    emit(R.log_uniform_candidate_sampler([[0]], 1, 2, False, 5, seed=5))  # log_uniform_candidate_sampler
    g1 = emit(R.Generator.from_seed(7))  # Generator.from_seed
    err(lambda: R.experimental.stateless_fold_in([1, -1, 2], 17))  # stateless_fold_in
    fo1 = None
    emit(g0.uniform(np.array([0], np.int64), maxval=np.float64(100.0)))  # Generator.uniform
    emit(g1.skip(np.int64(7)))  # Generator.skip
    emit(g0.algorithm)  # Generator.state
    emit(R.stateless_parameterized_truncated_normal([4, 5, 3], seed=(-1, 2**40), means=0.0, minvals=-np.inf, maxvals=-1.0))  # stateless_parameterized_truncated_normal
    emit(g0.normal([3], stddev=1e20, dtype=np.float16))  # Generator.normal
""")

case("program_000497", """
    emit(R.stateless_uniform([], seed=[5, 12345]))  # stateless_uniform
    emit(R.uniform((2,), minval=0, maxval=10, dtype=np.int32, seed=2**40 + 3))  # uniform_int
    emit(R.truncated_normal([3, 5, 0], dtype="float64", seed=2))  # truncated_normal
    emit(R.shuffle(np.arange(4, dtype=np.int32).reshape([4]), seed=1))  # shuffle
    err(lambda: R.Generator.from_seed(2**64 + 5, alg="bogus"))  # Generator.from_seed
    g0 = None
    fo0 = emit(R.fold_in(np.array([0, 2**31 - 1], np.int32), 1, alg="auto_select"))  # random.fold_in
    emit(R.stateless_truncated_normal((1, 2), seed=[-1, 5], mean=-2, dtype=np.float16))  # stateless_truncated_normal
    emit(R.categorical([[0.5, 0.5], [2.0, 10.0]], 6, seed=42))  # categorical
    emit(R.stateless_binomial([6], seed=np.array([2**63 + 5, 2**63 + 5], np.uint64), counts=10.0, probs=0.999, output_dtype="float64"))  # stateless_binomial
    emit(R.normal([3], mean=[10.0, -3.5, 100.0], stddev=0.5, seed=2**31 - 1))  # normal
    emit(R.fixed_unigram_candidate_sampler([[3, 0, 3], [3, 3, 2]], 3, 2, True, 4, unigrams=[10.0, 4.0, 4.0, 2.0], seed=1234))  # fixed_unigram_candidate_sampler
    emit(R.uniform([5], minval=-5, maxval=44, dtype=np.int32, seed=2**31 - 1))  # uniform_int
    emit(R.stateless_uniform([2, 4], seed=np.array([2, -2], np.int32), minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    err(lambda: R.truncated_normal([1], mean=-1.0, stddev=np.float32(-0.0), dtype="string", seed=-1))  # truncated_normal
    emit(R.stateless_truncated_normal((4,), seed=[-2**31, -2**31], mean=1.0, dtype="float32", alg=1))  # stateless_truncated_normal
    emit(R.poisson(np.array([0, 4], np.int64), lam=5.0, dtype="float64", seed=1))  # poisson
    emit(R.categorical([[0.0, 2.0], [-3.0, 10.0], [0.5, 5.0]], 8, dtype="int64", seed=2**31 - 1))  # categorical
    g1 = emit(R.Generator.from_seed(1234, alg="auto_select"))  # Generator.from_seed
    emit(R.set_seed(0))  # set_seed
""")

case("program_000501", """
    emit(R.stateless_uniform([4, 3], seed=[-2**31, 12345]))  # stateless_uniform
    err(lambda: R.categorical([10.0, 10.0, 1.0], 2, seed=1))  # categorical
    err(lambda: R.uniform([4], minval=-2**31, dtype=np.int32, seed=7))  # uniform_int
    err(lambda: R.categorical([[1.0], [-1.0], [0.5]], 6, dtype="int16", seed=2))  # categorical
    emit(R.stateless_categorical([[10.0, 10.0, 5.0]], 1, seed=[1, 2**31 - 1], dtype="int32"))  # stateless_categorical
    err(lambda: R.Generator.from_key_counter(-1, [1, 2, 3], alg="philox"))  # Generator.from_key_counter
    g0 = None
    err(lambda: R.poisson([-1], lam=[0.5, 1.0], dtype="float32", seed=2**40 + 3))  # poisson
    err(lambda: R.normal([3], mean=[123.456, -3.5, 0, 0.5], dtype="float32", seed=np.int64(3)))  # normal
    fo0 = emit(R.experimental.stateless_fold_in([0, 2], 5))  # stateless_fold_in
    err(lambda: R.truncated_normal([4, 0, 3], mean=100.0, stddev=[], dtype="bfloat16", seed=3))  # truncated_normal
""")

case("program_000502", """
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.normal([5, 4], mean=1.0, dtype="float32"))  # normal
    emit(R.fixed_unigram_candidate_sampler([[1, 2], [1, 3], [1, 2]], 2, 7, False, 5, unigrams=[2.0, 1.0, 1.0, 4.0, 2.0], seed=1234))  # fixed_unigram_candidate_sampler
    emit(R.normal([0, 3]))  # normal
    emit(R.stateless_parameterized_truncated_normal([6], seed=[2, 1], means=0.0, stddevs=0.5, minvals=0.9, maxvals=1.1))  # stateless_parameterized_truncated_normal
    emit(R.gamma([3, 6], alpha=np.array([1.0, 10.0], np.float64), beta=[0.5, -1.0], seed=2))  # gamma
    emit(R.stateless_truncated_normal([], seed=[2, 12345], mean=1e30, alg=R.Algorithm.PHILOX))  # stateless_truncated_normal
    g0 = emit(R.Generator.from_seed(2**32))  # Generator.from_seed
    emit(R.uniform([6], minval=-2, maxval=33, dtype="int32", seed=2))  # uniform_int
    emit(R.experimental.stateless_shuffle(np.arange(4, dtype=np.float16).reshape([4]), seed=[-2, 5], alg=1))  # stateless_shuffle
    g1 = emit(R.Generator.from_seed(42))  # Generator.from_seed
    emit(R.experimental.stateless_shuffle(np.array([[1.5], [1.5], [-0.0], [1.5]], np.float32), seed=[2**40, 7]))  # stateless_shuffle
    emit(g0.normal((3, 6), stddev=np.array([0.0, 0.1, -1.0, -0.0, -0.0, 0.5], np.float64), dtype=np.float64))  # Generator.normal
    emit(R.categorical(np.log(np.array([[1.0], [0.5]])), 6, dtype="int32", seed=0))  # categorical
    emit(R.categorical([[5.0, 0.25, 2.0]], 7, dtype="int32"))  # categorical
    err(lambda: R.stateless_truncated_normal(np.array([1, 6], np.int64), seed=[[1, 2], [3, 4]], stddev=10, dtype="float64", alg=3))  # stateless_truncated_normal
    emit(R.uniform(np.array([2, 5], np.int64), minval=2, maxval=50, dtype="int32", seed=2**31))  # uniform_int
    err(lambda: R.learned_unigram_candidate_sampler([[6, 1, 0]], 3, 2, False, 4))  # learned_unigram_candidate_sampler
    err(lambda: R.stateless_truncated_normal([-2, 0], seed=(0, 2), stddev=np.float32(3.0)))  # stateless_truncated_normal
    emit(g1.binomial([2, 6, 1], counts=[20.0], probs=[0.25]))  # Generator.binomial
    emit(R.poisson([6], lam=33.3, dtype=np.int64))  # poisson
    emit(g1.state)  # Generator.state
    emit(R.gamma((5,), alpha=10.0))  # gamma
    g2 = emit(R.Generator.from_seed(-2**40))  # Generator.from_seed
    emit(g0.uniform([1]))  # Generator.uniform
    emit(R.uniform([2, 0], minval=np.float32(-0.0), dtype=np.float64))  # uniform
    emit(R.learned_unigram_candidate_sampler([[4, 6, 1]], 3, 3, False, 11))  # learned_unigram_candidate_sampler
    emit(R.stateless_gamma([0, 3], seed=(-1, 2**31 - 1), alpha=np.array([np.nan, 2.0, 0.5], np.float64), dtype="float32"))  # stateless_gamma
    emit(R.stateless_binomial([2], seed=[0, 0], counts=0.0, probs=0.25, output_dtype="float16"))  # stateless_binomial
    emit(R.gamma(np.array([2, 5], np.int64), alpha=1.0, seed=0))  # gamma
    emit(g2.reset_from_seed(0))  # Generator.reset_from_seed
    m0 = emit(g1.make_seeds(1))  # Generator.make_seeds
    emit(R.uniform_candidate_sampler([[14, 47, 39], [7, 8, 49]], 3, 4, True, 50))  # uniform_candidate_sampler
""")

case("program_000503", """
    emit(R.set_seed(2))  # set_seed
    s0 = emit(R.experimental.stateless_split((2, 2), num=4, alg="PHILOX"))  # stateless_split
    emit(R.poisson([6], lam=[15.0, 15.0], dtype="int64"))  # poisson
    emit(R.stateless_gamma([3], seed=[1, -1], alpha=0.25))  # stateless_gamma
    emit(R.poisson([2], lam=5.0, dtype=np.int64))  # poisson
    emit(R.create_rng_state(2**70 + 5, R.Algorithm.THREEFRY))  # create_rng_state
    emit(R.normal([6, 0], stddev=[[], [], [], [], [], []], dtype=np.float64, seed=1234))  # normal
    emit(R.uniform((5,), minval=1e30, dtype="bfloat16", seed=1))  # uniform
    emit(R.poisson([5, 2], lam=np.array([-1.0, np.inf], np.float64), dtype="float16", seed=7))  # poisson
    g0 = emit(R.Generator.from_seed(2**32))  # Generator.from_seed
    emit(R.log_uniform_candidate_sampler([[4, 1, 4], [1, 1, 3]], 3, 7, False, 5, seed=2**31 - 1))  # log_uniform_candidate_sampler
    emit(g0.uniform_full_int([2]))  # Generator.uniform_full_int
""")

case("program_000504", """
    emit(R.stateless_uniform(np.array([5], np.int32), seed=[-2**31, 1], minval=None, maxval=None, dtype="uint64"))  # stateless_uniform_int
    emit(R.stateless_categorical(np.log(np.array([[1.0, 0.25, 0.7]])), 1, seed=np.array([0, 2], np.int32)))  # stateless_categorical
    emit(R.experimental.stateless_shuffle(np.arange(2, dtype=np.int32).reshape([2]), seed=np.array([5, 0], np.int64)))  # stateless_shuffle
    emit(R.experimental.index_shuffle(np.arange(8, dtype=np.uint32), seed=[20, 12], max_index=np.uint32(100)))  # index_shuffle
    emit(R.stateless_binomial([4, 1, 1], seed=[-1, -2**31], counts=[10.0], probs=0.5, output_dtype="float64"))  # stateless_binomial
    emit(R.truncated_normal([3, 4, 2], mean=-1e10, dtype=np.float32, seed=3))  # truncated_normal
    fo0 = emit(R.fold_in([-2**31, -1], -3))  # random.fold_in
    emit(R.stateless_uniform([4, 2], seed=np.array([-2, 12345], np.int32), minval=None, maxval=None, dtype=np.uint64))  # stateless_uniform_int
    err(lambda: R.stateless_normal([6], seed=np.array([12345, -1], np.int64), mean=[123.456, -1.0, -2, 0.5, 2.5, 0.0, 0.5], dtype="float64"))  # stateless_normal
    err(lambda: R.experimental.Generator.from_seed(2**64 + 5, alg="bogus"))  # Generator.from_seed
    g0 = None
    err(lambda: R.gamma([3, 4], alpha=[1.0, 2.0], beta=[1.0, 2.0, 3.0], seed=-1))  # gamma
    emit(R.uniform([5], minval=1e30, maxval=123.456, seed=7))  # uniform
""")

case("program_000507", """
    emit(R.set_seed(5))  # set_seed
    g0 = emit(R.experimental.Generator.from_state([1, 2], alg="threefry"))  # Generator.from_state
    emit(R.all_candidate_sampler([[0, 2, 3], [1, 2, 1]], 3, 4, False, seed=2))  # all_candidate_sampler
    emit(R.set_seed(2))  # set_seed
    emit(R.set_global_generator(g0))  # set_global_generator
    emit(R.stateless_uniform(np.array([2, 3], np.int64), seed=np.array([7, 0], np.uint32), maxval=123.456, dtype="float16", alg=R.Algorithm.AUTO_SELECT))  # stateless_uniform
    emit(R.truncated_normal([2]))  # truncated_normal
    err(lambda: g0.normal([3, 1], mean=123.456, stddev=10, dtype=np.float64))  # Generator.normal
    err(lambda: R.get_global_generator().truncated_normal(np.array([1], np.int32), stddev=2.0))  # Generator.truncated_normal
    err(lambda: g0.normal([5, 2], mean=-2, dtype=np.float64))  # Generator.normal
    emit(R.uniform([5], maxval=100.0, dtype="bfloat16", seed=87654321))  # uniform
    err(lambda: R.get_global_generator().normal([2, 0, 6], mean=-2, stddev=3.0))  # Generator.normal
""")

case("program_000510", """
    emit(R.set_seed(3))  # set_seed
    emit(R.uniform(np.array([6], np.int32), minval=-2**31, maxval=2**31 - 1, dtype="int32", seed=42))  # uniform_int
    emit(R.log_uniform_candidate_sampler([[2, 4, 3]], 3, 2, True, 10, seed=-1))  # log_uniform_candidate_sampler
    emit(R.uniform([1], maxval=1.0))  # uniform
    emit(R.poisson(np.array([6], np.int64), lam=np.array(0, np.int32), dtype="int32", seed=2**40 + 3))  # poisson
    emit(R.stateless_binomial([4, 2, 3], seed=np.array([1, 2], np.uint32), counts=[[0.0, 20.0, 100.0], [1e4, 20.0, -3.0]], probs=0.3, output_dtype="int32"))  # stateless_binomial
    emit(R.stateless_binomial([6, 4, 2], seed=np.array([12345, 2**32 - 1], np.uint32), counts=[-3.0, 10.0], probs=[0.5]))  # stateless_binomial
    emit(R.uniform([3, 4]))  # uniform
    emit(R.uniform([2, 6, 5], maxval=100, dtype=np.int32, seed=2))  # uniform_int
    emit(R.normal([4, 6], stddev=[[10, -1.0, 1.0, 1e-3, 1.0, 0.1], [-1.0, 3.0, 1.0, 1.0, 1.0, 1.0], [1.0, 1e20, 2.0, 3.0, -1.0, 1.0], [1.0, 3.0, 2.0, 0.5, 1.0, 1e20]], dtype=np.float16))  # normal
""")

case("program_000516", """
    emit(R.set_seed(3))  # set_seed
    err(lambda: R.Generator.from_state([1, 2], alg="philox"))  # Generator.from_state
    g0 = None
    err(lambda: R.stateless_normal([0, 5], seed=np.array([0, 7], np.uint32), mean=[], stddev=1e20, dtype="bfloat16"))  # stateless_normal
    emit(R.normal(np.array([1, 0], np.int64), dtype=np.float16))  # normal
    emit(R.stateless_uniform([2], seed=[1, 2**31 - 1], dtype="float32"))  # stateless_uniform
    g1 = emit(R.Generator.from_seed(2**64 + 5))  # Generator.from_seed
    emit(R.stateless_uniform(np.array([6], np.int32), seed=np.array([3, 5], np.int64)))  # stateless_uniform
    gs0 = emit(g1.split(1))  # Generator.split
    emit(R.set_seed(87654321))  # set_seed
    emit(g1.uniform_full_int([4], dtype="int32"))  # Generator.uniform_full_int
    emit(R.categorical([[0.5], [0.0], [0.25]], 8, seed=2**31))  # categorical
    emit(R.gamma(np.array([3, 6], np.int64), alpha=np.float32(0.1), beta=np.float32(-1.0), dtype=np.float64))  # gamma
    s0 = emit(R.experimental.stateless_split(np.array([2**31 - 1, 1], np.int64), num=2))  # stateless_split
    emit(R.gamma([6], alpha=[[0.5, 10.0], [0.25, 123.0]], dtype=np.float64))  # gamma
    emit(R.create_rng_state(0, 2))  # create_rng_state
""")

case("program_000521", """
    emit(R.set_seed(None))  # set_seed
    emit(R.truncated_normal([5, 3, 3], mean=3, dtype="float32", seed=1234))  # truncated_normal
    emit(R.gamma(np.array([5], np.int64), alpha=[0.999], seed=np.int64(7)))  # gamma
    emit(R.shuffle([[3.25], [-7.0], [1.5], [1.5]], seed=2**40 + 3))  # shuffle
    fo0 = emit(R.fold_in([1, -2], 1))  # random.fold_in
    emit(R.experimental.create_rng_state([12, 34], "threefry"))  # create_rng_state
    emit(R.shuffle(np.arange(3, dtype=np.float64).reshape([1, 3]), seed=-1))  # shuffle
    emit(R.stateless_binomial([0, 2, 3], seed=fo0, counts=[[5, 5, 10], [1, 10, 20]], probs=0.9, output_dtype="int32"))  # stateless_binomial
    emit(R.poisson((4,), lam=[1e4], dtype="int32", seed=2))  # poisson
    err(lambda: R.normal((2, 4), mean=np.array([1e30, 100.0, -0.0, -2, -2]), seed=2))  # normal
    emit(R.stateless_categorical([[5.0, 0.0, -3.0, 2.0, 1.0], [10.0, 0.25, 2.0, 0.0, 1.0], [-1.0, 0.0, 0.25, 0.5, 0.0]], 1, seed=[0, 12345]))  # stateless_categorical
    emit(R.stateless_categorical(np.array([[-1.0, -1.0, 0.25, 10.0, 2.0], [0.25, 5.0, 2.0, 2.0, 2.0]], np.float32), 7, seed=np.array([3, 2**40], np.int64), dtype="int64"))  # stateless_categorical
    fo1 = emit(R.fold_in(fo0, 17, alg="auto_select"))  # random.fold_in
    emit(R.fixed_unigram_candidate_sampler([[0, 1, 3], [0, 3, 2]], 3, 5, False, 5, unigrams=[1.0, 3.0, 3.0, 3.0, 3.0], distortion=2.0, seed=1))  # fixed_unigram_candidate_sampler
    emit(R.create_rng_state([1, 2, 3], 2))  # create_rng_state
    emit(R.stateless_poisson([3], seed=np.array([2**40, 2**40], np.int64), lam=5.0))  # stateless_poisson
    err(lambda: R.uniform([4, 6], maxval=[0.5, -1e10, 2.5, 3, 10.0, 3, 10.0], seed=87654321))  # uniform
    err(lambda: R.categorical([0.25], 6, dtype="int32", seed=1))  # categorical
    emit(R.normal([4, 0], mean=0.5, dtype=np.float64, seed=-7))  # normal
    emit(R.stateless_binomial([3, 2, 1], seed=[1, 12345], counts=np.array([1e4], np.float16), probs=[1.5], output_dtype="float64"))  # stateless_binomial
    emit(R.categorical([[5.0]], 2, seed=1))  # categorical
    emit(R.uniform([2, 0], dtype=np.float32, seed=0))  # uniform
    emit(R.learned_unigram_candidate_sampler([[8]], 1, 1, True, 10, seed=np.int64(2)))  # learned_unigram_candidate_sampler
    emit(R.poisson([], lam=[100.0, 100.0], dtype="float32", seed=1))  # poisson
    emit(R.stateless_binomial([4], seed=np.array([0.0, 1.0], np.float64), counts=np.float64(-3.0), probs=0.999, output_dtype="float32"))  # stateless_binomial
""")

case("program_000526", """
    emit(R.set_seed(42))  # set_seed
    emit(R.truncated_normal([], mean=np.float32(100.0)))  # truncated_normal
    emit(R.stateless_truncated_normal(np.array([2, 4], np.int64), seed=(-2, 1), mean=3, stddev=-1.0))  # stateless_truncated_normal
    err(lambda: R.fixed_unigram_candidate_sampler([[2, 0, 1], [0, 2, 2]], 3, 5, False, 3, unigrams=[10.0, 1.0, 2.0], num_shards=2, shard=1, seed=3))  # fixed_unigram_candidate_sampler
    emit(R.stateless_uniform([4], seed=np.array([2**40, 2**40], np.uint64), dtype=np.float16, alg=1))  # stateless_uniform
    emit(R.stateless_uniform([6], seed=np.array([5, 2**40], np.uint64), minval=1.0, maxval=[0.0, -2, 10.0, -3.5, -1.0, -3.5], dtype="float64"))  # stateless_uniform
    fo0 = emit(R.experimental.stateless_fold_in([0, 0], 2**40, alg="auto_select"))  # stateless_fold_in
    emit(R.categorical([[0.0, 0.5, 1.0], [-3.0, 5.0, 1.0]], 0, dtype=np.int32, seed=2))  # categorical
    emit(R.uniform([5, 4, 1], minval=-2, dtype="float64", seed=5))  # uniform
    emit(R.stateless_poisson([4, 2], seed=fo0, lam=[0.5, 1.0], dtype="int32"))  # stateless_poisson
    emit(R.shuffle([-5, -41, 37, 7, 11, 30], seed=1234))  # shuffle
    emit(R.truncated_normal(np.array([], np.int32), mean=-1.0, stddev=2.0, seed=2**31))  # truncated_normal
    emit(R.stateless_binomial([2, 0, 2, 2], seed=np.array([12345, 0], np.int32), counts=[[100.0, 7.0], [1e4, 1e4]], probs=[[0.25, 0.05], [0.3, 0.9]]))  # stateless_binomial
    err(lambda: R.shuffle(None))  # shuffle
    emit(R.experimental.index_shuffle(np.arange(6, dtype=np.int64), seed=np.array([1, 2], np.int64), max_index=np.int64(100)))  # index_shuffle
    g0 = emit(R.Generator.from_key_counter(5, [0, 0], alg="philox"))  # Generator.from_key_counter
    emit(R.stateless_truncated_normal([6], seed=fo0, stddev=1e20, alg=R.Algorithm.PHILOX))  # stateless_truncated_normal
    fo1 = emit(R.fold_in(fo0, np.int64(5)))  # random.fold_in
    err(lambda: R.fixed_unigram_candidate_sampler([[10], [5]], 1, 4, True, 12, unigrams=[0.5, 1.0, 3.0, 10.0, 2.0, 0.5, 2.0, 1.0, 10.0, 1.0, 2.0, 3.0], num_shards=2, shard=1))  # fixed_unigram_candidate_sampler
    emit(R.stateless_binomial((3, 1, 4), seed=(1, 5), counts=[1e4, 1.0, 20.0, 10.0], probs=[1.5, -0.1, 0.25, 0.5]))  # stateless_binomial
    emit(g0.normal([2], dtype=np.float16))  # Generator.normal
    emit(R.experimental.index_shuffle(np.uint64(1), seed=[5, 9], max_index=np.uint64(8)))  # index_shuffle
    emit(R.create_rng_state([1, 2, 3], 2))  # create_rng_state
    emit(g0.normal([4, 5], mean=0.0, dtype=np.float16))  # Generator.normal
    err(lambda: g0.truncated_normal([1, 1, 6], stddev=1e20, dtype="bool"))  # Generator.truncated_normal
    emit(R.uniform([2], minval=[0, -2]))  # uniform
    emit(R.normal([], stddev=2.0, dtype="bfloat16"))  # normal
""")

case("program_000527", """
    emit(R.set_seed(2))  # set_seed
    fo0 = emit(R.experimental.stateless_fold_in([0, 5], -3, alg=R.Algorithm.AUTO_SELECT))  # stateless_fold_in
    emit(R.stateless_poisson([6, 1, 1], seed=[2**40, 2**40], lam=[9.99], dtype="float64"))  # stateless_poisson
    emit(R.uniform([6], minval=2**31, maxval=2**32, dtype="int64", seed=np.int64(2)))  # uniform_int
    emit(R.set_seed(0))  # set_seed
    emit(R.truncated_normal(np.array([4], np.int64), mean=np.array([-1e10, 100.0, 2.5, -1.0], np.float32), stddev=np.float64(0.1), dtype=np.float64))  # truncated_normal
    fo1 = emit(R.experimental.stateless_fold_in(np.array([3, -2**31], np.int32), np.int64(5), alg="PHILOX"))  # stateless_fold_in
    emit(R.categorical([[2.0, 2.0, 10.0, 0.0], [10.0, 0.5, 10.0, 0.25]], 6, seed=7))  # categorical
    err(lambda: R.stateless_binomial([], seed=[1, 2, 3], counts=np.float32(-3.0), probs=np.float16(-0.1)))  # stateless_binomial
    emit(R.experimental.stateless_shuffle(np.arange(4, dtype=np.float16).reshape([4]), seed=[3, 0]))  # stateless_shuffle
    emit(R.all_candidate_sampler([[3, 3]], 2, 7, True, seed=2**40 + 3))  # all_candidate_sampler
    emit(R.normal((6,), dtype="float32"))  # normal
    emit(R.create_rng_state(0, R.Algorithm.THREEFRY))  # create_rng_state
    emit(R.truncated_normal([3], seed=0))  # truncated_normal
    emit(R.set_seed(1234))  # set_seed
""")

case("program_000529", """
    emit(R.uniform([5, 1, 1], minval=0, maxval=1, dtype=np.int32, seed=2**31 - 1))  # uniform_int
    emit(R.fixed_unigram_candidate_sampler([[2, 6, 8]], 3, 4, False, 10, unigrams=[2.0, 1.0, 3.0, 1.0, 0.5, 1.0, 0.5, 10.0, 1.0, 10.0], seed=-1))  # fixed_unigram_candidate_sampler
    emit(R.uniform_candidate_sampler([[35, 29], [27, 15], [41, 27]], 2, 1, False, 50, seed=0))  # uniform_candidate_sampler
    emit(R.stateless_poisson([2, 1], seed=[2**40, 3], lam=[[15.0], [1e4]]))  # stateless_poisson
    emit(R.shuffle(np.float32(1.5), seed=0))  # shuffle
    fo0 = emit(R.experimental.stateless_fold_in([-2**31, -2**31], 5))  # stateless_fold_in
    emit(R.stateless_gamma([3, 2], seed=[5, 1], alpha=np.array([0.1, 0.0], np.float64), dtype="float16"))  # stateless_gamma
    emit(R.stateless_uniform([5], seed=np.array([2**31, 3], np.uint32), minval=0.5, maxval=np.float64(0), dtype="float16", alg=3))  # stateless_uniform
    emit(R.log_uniform_candidate_sampler([[7, 0, 1], [5, 6, 6]], 3, 8, False, 10, seed=-7))  # log_uniform_candidate_sampler
    emit(R.poisson((2, 2), lam=[1e4], dtype="int64", seed=2))  # poisson
    emit(R.normal([2], stddev=1.0, dtype=np.float32, seed=1))  # normal
    emit(R.truncated_normal([5, 4], mean=1.0, dtype=np.float16, seed=0))  # truncated_normal
    err(lambda: R.experimental.stateless_split(np.array([3, 2**31 - 1], np.int32), num=[2]))  # stateless_split
    s0 = None
    emit(R.shuffle(np.zeros([0, 2], np.int32), seed=1234))  # shuffle
    emit(R.set_seed(2**33 + 7))  # set_seed
    err(lambda: R.fixed_unigram_candidate_sampler([[3, 2, 1], [3, 0, 0], [1, 0, 0]], 3, 6, False, 4, unigrams=[0.5, 3.0, 2.0, 10.0], num_reserved_ids=1))  # fixed_unigram_candidate_sampler
    emit(R.uniform([2, 2], minval=0, dtype="float64", seed=1))  # uniform
    emit(R.shuffle(np.int32(5), seed=np.int64(2**40 + 3)))  # shuffle
    emit(R.normal(np.array([5, 4], np.int64), mean=np.array([[0.0, 3, -1.0, -0.0], [123.456, 0.5, 100.0, 0.5], [10.0, 0.0, -2, -3.5], [123.456, 0.0, 0.5, 1e3], [2.5, -1e10, -1.0, -2]]), dtype=np.float64, seed=1))  # normal
    emit(R.experimental.stateless_shuffle(np.arange(3, dtype=np.float32).reshape([3]), seed=(2**40, 3)))  # stateless_shuffle
    err(lambda: R.log_uniform_candidate_sampler([[0, 1]], 2, 6, True, 4))  # log_uniform_candidate_sampler
    g0 = emit(R.Generator.from_state([2, 9, 9], alg=1))  # Generator.from_state
    emit(g0.normal([3, 3], mean=-2))  # Generator.normal
    emit(R.fixed_unigram_candidate_sampler([[5]], 1, 3, False, 8, unigrams=[10.0, 2.0, 10.0, 3.0, 4.0, 3.0, 0.5, 3.0], distortion=0.0))  # fixed_unigram_candidate_sampler
    emit(R.poisson([0], lam=np.float32(1.0), seed=2))  # poisson
""")

case("program_000530", """
    emit(R.shuffle(np.arange(15, dtype=np.float16).reshape([3, 5]), seed=3))  # shuffle
    g0 = emit(R.Generator.from_seed(0))  # Generator.from_seed
    emit(R.shuffle([-25, -21, 28], seed=-7))  # shuffle
    emit(R.stateless_poisson([2, 2], seed=[7, 2**31 - 1], lam=[9.99, 33.3], dtype="float64"))  # stateless_poisson
    err(lambda: R.uniform_candidate_sampler([[0, 0, 1], [2, 1, 0]], 3, 6, True, 4, seed=2**40 + 3))  # uniform_candidate_sampler
    emit(R.uniform_candidate_sampler([[4, 1]], 2, 1, True, 5, seed=-1))  # uniform_candidate_sampler
    emit(R.set_seed(1))  # set_seed
    emit(R.normal([6, 3], mean=100.0, stddev=0.1, seed=2**31))  # normal
    emit(R.stateless_parameterized_truncated_normal([6], seed=np.array([2**40, -2], np.int64), stddevs=3.0, minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(g0.reset([10, 20, 30]))  # Generator.reset
    m0 = emit(g0.make_seeds(1))  # Generator.make_seeds
    err(lambda: R.stateless_uniform([3], seed=np.array([-2**31, 2], np.int64), minval=7, maxval=-7, dtype="int32"))  # stateless_uniform_int
    m1 = emit(g0.make_seeds(3))  # Generator.make_seeds
    emit(R.set_seed(5))  # set_seed
""")

case("program_000532", """
    emit(R.uniform([5, 2, 5], dtype=np.float64, seed=2))  # uniform
    emit(R.stateless_uniform([6], seed=[-2, 2], minval=[10.0, 123.456, 0, 1.0, 1e30, -1e10], maxval=0.5, alg="philox"))  # stateless_uniform
    err(lambda: R.experimental.index_shuffle(np.arange(5, dtype=np.int64), seed=np.array([3, 4, 5], np.int64), max_index=np.array([100, 101, 102, 103, 104], np.int64)))  # index_shuffle
    emit(R.normal((0, 2, 6), mean=np.array([[1e30, -0.0, 1.0, 10.0, 1e30, 10.0], [1e30, -0.0, 1.0, 100.0, 123.456, -1.0]], np.float64), dtype="bfloat16", seed=1))  # normal
    emit(R.stateless_categorical([[-np.inf, 1.0, 1.0, -3.0], [5.0, -np.inf, 1.0, 10.0], [5.0, 0.25, 2.0, -np.inf]], 5, seed=np.array([5, 2], np.uint64)))  # stateless_categorical
    emit(R.experimental.stateless_shuffle([-6, 36, -27, -8, -11], seed=np.array([2, 2**31 - 1], np.int32)))  # stateless_shuffle
    emit(R.all_candidate_sampler([[1]], 1, 2, False, seed=5))  # all_candidate_sampler
    emit(R.stateless_truncated_normal([3, 1], seed=np.array([2.0, 2.0], np.float32), dtype=np.float16))  # stateless_truncated_normal
    emit(R.experimental.stateless_shuffle(np.arange(6, dtype=np.float64).reshape([6]), seed=[0, 5]))  # stateless_shuffle
    emit(R.stateless_parameterized_truncated_normal([2, 6], seed=(2**40, 12345), minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    err(lambda: R.normal([2], mean=-1e10, stddev=3.0, dtype="int32", seed=42))  # normal
    emit(R.poisson(np.array([2], np.int32), lam=np.array([100.0, 0.0], np.float64), dtype="int64", seed=3))  # poisson
    emit(R.shuffle(np.arange(4, dtype=np.float16).reshape([2, 2]), seed=3))  # shuffle
    fo0 = emit(R.experimental.stateless_fold_in((2**31 - 1, 2), np.int32(-2), alg="auto_select"))  # stateless_fold_in
""")

case("program_000533", """
    emit(R.stateless_parameterized_truncated_normal(np.array([5, 6, 2], np.int32), seed=[7, -1], stddevs=2.0, minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(R.stateless_gamma([1, 0, 3], seed=np.array([2, 2**64 - 1], np.uint64), alpha=[0.0, 0.0, 0.5], beta=[0.5]))  # stateless_gamma
    emit(R.normal([], stddev=2.0, seed=42))  # normal
    emit(R.stateless_binomial((3, 4, 4), seed=[0, -1], counts=[-3.0, -3.0, 1e4, 20.0], probs=[0.25, 0.5, 0.9, 0.9], output_dtype="float32"))  # stateless_binomial
    s0 = emit(R.experimental.stateless_split([1, 12345], num=3))  # stateless_split
    f0 = F(lambda: R.normal(np.array([], np.int32), stddev=2.0, dtype="float64", seed=1))  # function
    emit(R.stateless_truncated_normal([4], seed=[-2**31, -1], mean=1e30, stddev=np.float64(2.0), dtype=np.float16))  # stateless_truncated_normal
    emit(R.uniform([], minval=-7, maxval=0, dtype="int32", seed=-1))  # uniform_int
    emit(R.truncated_normal((1, 5), mean=np.float32(100.0), dtype="float32", seed=2**31))  # truncated_normal
    emit(f0())  # function_call
    emit(R.poisson([1], lam=9.99, dtype="float16", seed=-7))  # poisson
    err(lambda: R.fixed_unigram_candidate_sampler([[2, 0]], 2, 5, True, 5, unigrams=[3.0, 0.5, 2.0, 0.5, 4.0], num_shards=2, shard=1, seed=2))  # fixed_unigram_candidate_sampler
    g0 = emit(R.Generator.from_state([1, 2], alg="threefry"))  # Generator.from_state
    g1 = emit(R.Generator.from_seed(-2**40))  # Generator.from_seed
    emit(R.fixed_unigram_candidate_sampler([[6, 4]], 2, 6, False, 11, unigrams=[1.0, 4.0, 1.0, 1.0, 3.0, 4.0, 2.0, 4.0, 3.0, 10.0, 0.5], distortion=0.5, seed=2**31))  # fixed_unigram_candidate_sampler
    emit(R.learned_unigram_candidate_sampler([[1, 1, 2], [0, 1, 1]], 3, 3, False, 3, seed=2**31 - 1))  # learned_unigram_candidate_sampler
    emit(g1.uniform([5, 2]))  # Generator.uniform
""")

case("program_000535", """
    emit(R.categorical(np.array([[2.0, 2.0], [1.0, 5.0]], np.float64), 3, seed=1))  # categorical
    emit(R.fixed_unigram_candidate_sampler([[5, 0], [2, 4]], 2, 3, True, 6, unigrams=[1.0, 10.0, 1.0, 1.0, 10.0, 4.0], seed=1234))  # fixed_unigram_candidate_sampler
    err(lambda: R.Generator.from_seed(2**63, alg="bogus"))  # Generator.from_seed
    g0 = None
    emit(R.uniform(np.array([1, 3], np.int32), minval=1, maxval=39, dtype="int32", seed=2))  # uniform_int
    emit(R.learned_unigram_candidate_sampler([[0, 3, 1], [1, 0, 2]], 3, 4, True, 4, seed=87654321))  # learned_unigram_candidate_sampler
    err(lambda: R.categorical([[[5.0, 0.25, 10.0, -1.0, 0.5], [0.0, 5.0, -3.0, 0.25, 5.0], [-1.0, 0.5, 1.0, -1.0, 5.0]]], 3, dtype="int64", seed=1234))  # categorical
    err(lambda: R.stateless_parameterized_truncated_normal([1, 4], seed=np.array([7, 3], np.uint32), minvals=2.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(R.experimental.index_shuffle(np.arange(8, dtype=np.int32), seed=[17, 19], max_index=7))  # index_shuffle
    emit(R.uniform_candidate_sampler([[0], [3], [2]], 1, 3, False, 5, seed=3))  # uniform_candidate_sampler
    emit(R.create_rng_state([12, 34], "auto_select"))  # create_rng_state
    emit(R.categorical([[-1.0, 5.0]], 6, dtype=np.int32, seed=87654321))  # categorical
    emit(R.stateless_uniform([6, 3], seed=np.array([5, 2**63 + 5], np.uint64), minval=0, dtype="float32"))  # stateless_uniform
    g1 = emit(R.Generator.from_seed(-1))  # Generator.from_seed
    emit(g1.normal([], stddev=1e-3, dtype="float16"))  # Generator.normal
    emit(R.uniform((4,), minval=-7, maxval=27, dtype=np.int32, seed=2**31 - 1))  # uniform_int
    emit(R.all_candidate_sampler([[0, 0, 1], [1, 1, 0]], 3, 2, True))  # all_candidate_sampler
""")

case("program_000538", """
    err(lambda: R.experimental.index_shuffle(np.arange(3, dtype=np.uint32), seed=np.array([3, 4, 5], np.uint32), max_index=2))  # index_shuffle
    emit(R.uniform([3, 3], minval=0, maxval=10, dtype="int32", seed=1))  # uniform_int
    fo0 = emit(R.experimental.stateless_fold_in((3, 0), 5))  # stateless_fold_in
    emit(R.poisson((2,), lam=np.array([3], np.int32), dtype=np.int64, seed=-1))  # poisson
    emit(R.gamma([6], alpha=[2.0], dtype="float32", seed=2**31))  # gamma
    emit(R.stateless_uniform([5], seed=fo0, maxval=-1e10, dtype=np.float32))  # stateless_uniform
    emit(R.normal((1, 4), mean=1e30, stddev=-1.0, dtype="bfloat16", seed=2))  # normal
    emit(R.experimental.index_shuffle(np.uint32(1), seed=[7, 3], max_index=np.uint32(100)))  # index_shuffle
    emit(R.experimental.create_rng_state(-1, 2))  # create_rng_state
    emit(R.normal([3], seed=-1))  # normal
    emit(R.poisson(np.array([4, 2], np.int32), lam=1.0, dtype="float32", seed=1))  # poisson
    emit(R.normal([4, 4], mean=0.5, dtype="float64", seed=5))  # normal
    emit(R.stateless_uniform([], seed=np.array([2**32 - 1, 7], np.uint32), minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    err(lambda: R.stateless_gamma([2], seed=[5, -1], alpha=[1.0, 2.0, 3.0]))  # stateless_gamma
    emit(R.stateless_binomial([3, 3], seed=[2**40, 1], counts=[1.0, 10.0, 1e4], probs=[1.0, 0.5, 0.999]))  # stateless_binomial
    emit(R.categorical([[5.0, 2.0, 0.25, 0.5]], 2, dtype="int64", seed=7))  # categorical
    emit(R.poisson([], lam=[15.0, 33.3, 1e4], dtype="float16", seed=2**31 - 1))  # poisson
    emit(R.poisson(np.array([5, 3], np.int64), lam=[1.0, -1.0], seed=3))  # poisson
    emit(R.stateless_binomial([5, 1], seed=fo0, counts=[1e4], probs=[0.9], output_dtype="int32"))  # stateless_binomial
""")

case("program_000541", """
    emit(R.stateless_categorical([[5.0, 1.0], [5.0, 1.0]], 3, seed=np.array([12345, 2], np.uint32)))  # stateless_categorical
    emit(R.stateless_binomial([0, 1], seed=np.array([2**40, 12345], np.int64), counts=1.0, probs=0.999, output_dtype="float64"))  # stateless_binomial
    emit(R.stateless_gamma([5], seed=np.array([2**31 - 1, 0], np.int64), alpha=0.25))  # stateless_gamma
    err(lambda: R.normal([], mean=0.5, stddev=0.1, dtype="uint8", seed=-1))  # normal
    emit(R.stateless_poisson([], seed=[0, 2**40], lam=np.float32(100.0)))  # stateless_poisson
    err(lambda: R.experimental.index_shuffle(np.uint32(0), seed=np.array([3, 4, 5], np.uint32), max_index=np.uint32(6)))  # index_shuffle
    err(lambda: R.poisson([3, -1, 2], lam=np.array([7], np.int64), dtype="float64", seed=np.int64(1234)))  # poisson
    emit(R.normal((5,), mean=1e30, seed=-7))  # normal
    emit(R.categorical([[10.0, -1.0, 0.25, 1.0], [0.25, 10.0, -np.inf, -3.0]], 8, dtype="int32", seed=7))  # categorical
    emit(R.stateless_uniform(np.array([5, 0, 2], np.int32), seed=[2**40, 7], maxval=0.0, dtype=np.float64))  # stateless_uniform
    emit(R.shuffle(np.array([[3.25, -0.0], [1.5, -7.0], [-7.0, 1.5]], np.float32), seed=5))  # shuffle
    emit(R.uniform((), maxval=1e3, dtype="float32", seed=2))  # uniform
    emit(R.stateless_categorical([[0.0], [-1.0]], 0, seed=[5, -2]))  # stateless_categorical
    err(lambda: R.experimental.stateless_fold_in(np.array([2**64 - 1, 2], np.uint64), None))  # stateless_fold_in
    fo0 = None
    emit(R.shuffle(np.arange(48, dtype=np.int64).reshape([4, 4, 3]), seed=-1))  # shuffle
    emit(R.experimental.create_rng_state(0, R.Algorithm.THREEFRY))  # create_rng_state
    emit(R.shuffle([3, 18, -3, 33, 10, -27], seed=2))  # shuffle
    f0 = F(lambda: R.shuffle(np.arange(5, dtype=np.int64).reshape([5]), seed=42))  # function
    emit(R.poisson([2], lam=[0.5], dtype="float64", seed=1234))  # poisson
    g0 = emit(R.Generator.from_key_counter(-1, [0, 0], alg="philox"))  # Generator.from_key_counter
    emit(g0.uniform([3, 5, 3], minval=-10, maxval=34, dtype="int64"))  # Generator.uniform_int
    emit(g0.uniform([1], dtype="float64"))  # Generator.uniform
    emit(R.uniform([0], minval=-2**63, maxval=2**63 - 1, dtype=np.int64, seed=1))  # uniform_int
    emit(R.log_uniform_candidate_sampler([[3, 1]], 2, 1, False, 5, seed=7))  # log_uniform_candidate_sampler
    g1 = emit(R.Generator.from_key_counter(np.int64(3), np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    err(lambda: R.learned_unigram_candidate_sampler([[0, 0, 1]], 3, 6, True, 4, seed=2**40 + 3))  # learned_unigram_candidate_sampler
    emit(R.uniform([3], minval=0, maxval=10, dtype=np.int32, seed=7))  # uniform_int
    emit(R.set_seed(42))  # set_seed
    emit(g0.normal(np.array([0], np.int64), dtype="float32"))  # Generator.normal
    emit(R.set_global_generator(g0))  # set_global_generator
    emit(R.normal([1], dtype="bfloat16", seed=1))  # normal
    emit(R.set_seed(2**31 - 1))  # set_seed
    emit(R.stateless_categorical([[1.0, -1.0, 2.0, -1.0], [1.0, 5.0, 5.0, 0.0], [2.0, -1.0, 10.0, 10.0]], 4, seed=np.array([2**31, 2**32 - 1], np.uint32), dtype=np.int32))  # stateless_categorical
    emit(R.experimental.stateless_shuffle(np.int32(5), seed=np.array([-1, -2**31], np.int32)))  # stateless_shuffle
    emit(R.stateless_uniform(np.array([2, 2], np.int32), seed=[3, 1], maxval=3))  # stateless_uniform
    g2 = emit(R.Generator.from_key_counter(-1, [2**40, -3], alg="philox"))  # Generator.from_key_counter
    emit(g1.uniform_full_int((5, 2), dtype=np.uint64))  # Generator.uniform_full_int
    emit(g2.uniform_full_int(np.array([1, 3, 6], np.int64)))  # Generator.uniform_full_int
    g3 = emit(R.experimental.Generator.from_key_counter(2**40, np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    emit(g3.normal([3, 2], mean=2.5))  # Generator.normal
""")

case("program_000542", """
    emit(R.set_seed(-5))  # set_seed
    emit(R.stateless_binomial([5, 0, 2, 1], seed=np.array([1, -2**31], np.int32), counts=[[1e4], [5.0]], probs=[1.5], output_dtype="int64"))  # stateless_binomial
    emit(R.shuffle(np.int32(5), seed=2**31))  # shuffle
    err(lambda: R.normal([4], dtype=np.int32))  # normal
    err(lambda: R.stateless_uniform([6], seed=np.array([1, 2, 3], np.int64), maxval=1e3))  # stateless_uniform
    s0 = emit(R.experimental.stateless_split(np.array([2**31 - 1, 12345], np.int32), num=2))  # stateless_split
    emit(R.stateless_binomial(np.array([4, 2, 3], np.int64), seed=[-2**31, 2**40], counts=np.array([[10.0, 100.0, 100.0], [0.0, -3.0, 5.0]], np.float16), probs=np.array([[0.5, 0.25, 1.5], [0.999, 0.5, 0.5]], np.float16), output_dtype="int64"))  # stateless_binomial
    g0 = emit(R.Generator.from_key_counter(np.int64(3), np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    emit(R.normal(np.array([1], np.int64), mean=[[0.5, -2, 0.5], [1e3, 0.5, -1e10]], dtype="float64", seed=1234))  # normal
    emit(g0.reset([10, 20, 30]))  # Generator.reset
    emit(R.shuffle(np.arange(2, dtype=np.float64).reshape([2]), seed=2))  # shuffle
    emit(R.categorical([[0.25, 0.5, 0.5, 5.0], [10.0, 0.0, 0.25, 10.0], [-3.0, -3.0, 2.0, 0.25]], 6, dtype=np.int32, seed=87654321))  # categorical
    emit(R.set_global_generator(g0))  # set_global_generator
    emit(R.get_global_generator().truncated_normal([6, 1, 5], mean=0, dtype="bfloat16"))  # Generator.truncated_normal
    emit(R.set_global_generator(g0))  # set_global_generator
    emit(R.stateless_uniform([6], seed=[-2, 2**31 - 1], minval=100.0, dtype="float64", alg=1))  # stateless_uniform
    emit(R.set_seed(2**33 + 7))  # set_seed
    emit(R.stateless_normal(np.array([2, 5], np.int32), seed=[1, -1], mean=1e30, stddev=1.0, alg=3))  # stateless_normal
    emit(g0.state)  # Generator.state
    emit(g0.normal([2], mean=100.0))  # Generator.normal
    emit(R.get_global_generator().truncated_normal([4]))  # Generator.truncated_normal
    emit(R.set_seed(2**31 - 1))  # set_seed
    emit(R.stateless_truncated_normal([3, 5], seed=[-2**31, -2**31], stddev=[1.0, 3.0, 0.0, 3.0, 2.0]))  # stateless_truncated_normal
    emit(R.stateless_poisson(np.array([5, 2], np.int32), seed=np.array([2**40, -1], np.int64), lam=[15.0, -1.0]))  # stateless_poisson
""")

case("program_000543", """
    emit(R.shuffle(5, seed=5))  # shuffle
    emit(R.truncated_normal(np.array([5, 6], np.int32), mean=123.456, stddev=0.5, dtype=np.float32, seed=0))  # truncated_normal
    emit(R.shuffle(np.arange(8, dtype=np.float64).reshape([4, 2]), seed=0))  # shuffle
    err(lambda: R.split([0, 12345], num=[2], alg=1))  # random.split
    s0 = None
    emit(R.uniform([6, 6], minval=-10, maxval=18, dtype="int32", seed=1))  # uniform_int
    fo0 = emit(R.fold_in(np.array([2**63 + 5, 2**64 - 1], np.uint64), 0))  # random.fold_in
    emit(R.stateless_uniform([6], seed=np.array([1, 2**40], np.int64), minval=np.float16(-0.0), alg="philox"))  # stateless_uniform
    emit(R.categorical([[0.0, 1.0, 0.5, 0.5, 0.0]], 2, dtype=np.int32, seed=2))  # categorical
    emit(R.stateless_gamma([2], seed=np.array([2**64 - 1, 2**64 - 1], np.uint64), alpha=0.5, beta=-1.0, dtype=np.float64))  # stateless_gamma
    emit(R.stateless_binomial(np.array([1, 2, 2], np.int64), seed=np.array([12345, 2], np.int64), counts=[[100.0, 1.0], [10.0, 100.0]], probs=[[0.3, 1.0], [1.0, 0.0]], output_dtype="int64"))  # stateless_binomial
    emit(R.stateless_gamma([1, 4, 3], seed=(-2**31, 2), alpha=np.array([2.0, 0.25, 0.999], np.float32), beta=1.0, dtype="float16"))  # stateless_gamma
    emit(R.stateless_parameterized_truncated_normal([1], seed=(-2, 3), means=np.array([5.0], np.float16), stddevs=np.array([0.5], np.float16), minvals=np.float16(-1.0), maxvals=np.float16(1.0)))  # stateless_parameterized_truncated_normal
    err(lambda: R.uniform([5, 1], minval=-2**63, dtype="int64", seed=1))  # uniform_int
    err(lambda: R.stateless_binomial([3, 2], seed=np.array([5, -2**31], np.int64), counts=[1.0, 2.0, 3.0], probs=[0.5, 0.5]))  # stateless_binomial
    emit(R.shuffle(np.arange(25, dtype=np.float32).reshape([5, 5]), seed=87654321))  # shuffle
    g0 = emit(R.Generator.from_state([1, -1, -1], alg=R.Algorithm.PHILOX))  # Generator.from_state
    emit(R.log_uniform_candidate_sampler([[49]], 1, 2, False, 50, seed=2**40 + 3))  # log_uniform_candidate_sampler
    emit(R.stateless_poisson([2, 3], seed=[2, 12345], lam=5.0, dtype="float16"))  # stateless_poisson
    emit(g0.truncated_normal(np.array([4], np.int32), stddev=0.5))  # Generator.truncated_normal
    emit(R.stateless_uniform([2, 6, 3], seed=[-2**31, 3], minval=-100, maxval=-50, dtype=np.int64))  # stateless_uniform_int
""")

case("program_000544", """
    emit(R.poisson([1], lam=np.array([[np.inf, 33.3], [0.0, np.inf]], np.float16), seed=-1))  # poisson
    emit(R.normal((6,), mean=np.float64(2.5), dtype=np.float16, seed=5))  # normal
    emit(R.truncated_normal([2, 5], stddev=1e-3, seed=0))  # truncated_normal
    err(lambda: R.uniform_candidate_sampler([[7, 1, 4], [3, 3, 4]], 3, 8, False, 5, seed=42))  # uniform_candidate_sampler
    emit(R.stateless_gamma([1, 5, 2], seed=[2, -2], alpha=[1e-3, np.nan], beta=1.0, dtype="float64"))  # stateless_gamma
    err(lambda: R.uniform(np.array([4, 3, 3], np.int32), minval=0, maxval=2**31, dtype="int32", seed=0))  # uniform_int
    emit(R.uniform([], maxval=123.456, dtype=np.float32, seed=2))  # uniform
    emit(R.experimental.stateless_shuffle(np.arange(10, dtype=np.float32).reshape([5, 2]), seed=np.array([0, 2], np.int64)))  # stateless_shuffle
    emit(R.truncated_normal([1, 1], stddev=-1.0, dtype="float32", seed=7))  # truncated_normal
    fo0 = emit(R.fold_in([0, -1], 2**40))  # random.fold_in
    s0 = emit(R.experimental.stateless_split(fo0, num=3, alg=R.Algorithm.PHILOX))  # stateless_split
    emit(R.stateless_categorical(np.array([[-3.0, -np.inf, 0.0]], np.float16), 5, seed=s0[2]))  # stateless_categorical
    err(lambda: R.truncated_normal([2], mean=[-1.0, 0.5, -2], dtype="float32", seed=2))  # truncated_normal
    emit(R.uniform([], minval=-1.0, seed=42))  # uniform
    emit(R.stateless_gamma((4, 3, 2), seed=np.array([2**31 - 1, -1], np.int64), alpha=[0.1, 2.0], dtype="float16"))  # stateless_gamma
    emit(R.create_rng_state(0, R.Algorithm.THREEFRY))  # create_rng_state
    g0 = emit(R.experimental.Generator.from_seed(2**32, alg="philox"))  # Generator.from_seed
    emit(R.stateless_categorical([[10.0, 0.0]], 8, seed=np.array([-2, 5], np.int32)))  # stateless_categorical
    emit(R.experimental.stateless_shuffle(np.float32(1.5), seed=(-1, 3)))  # stateless_shuffle
""")

case("program_000545", """
    g0 = emit(R.Generator.from_key_counter(5, np.array([1, 2], np.int64), alg="philox"))  # Generator.from_key_counter
    err(lambda: R.stateless_normal([3, 3], seed=[2**31 - 1, -1], stddev=10, dtype=np.float32, alg="bogus"))  # stateless_normal
    emit(R.uniform(np.array([4], np.int64), minval=-2**31, maxval=2**31 - 1, dtype="int32", seed=2))  # uniform_int
    emit(g0.truncated_normal([]))  # Generator.truncated_normal
    emit(R.stateless_poisson(np.array([2, 2, 2, 2], np.int64), seed=np.array([2**40, 0], np.uint64), lam=np.array([[np.inf, 1e4], [1.0, -1.0]], np.float64), dtype="int64"))  # stateless_poisson
    m0 = emit(g0.make_seeds(2))  # Generator.make_seeds
    err(lambda: R.uniform([2, 1], dtype="int8", seed=2))  # uniform
    emit(R.uniform([1, 2], maxval=10.0, seed=1234))  # uniform
    emit(R.gamma([1], alpha=np.array([123.0], np.float32), beta=[2.0], seed=1234))  # gamma
    emit(R.shuffle(np.float32(1.5), seed=1234))  # shuffle
    emit(R.shuffle(np.arange(12, dtype=np.float16).reshape([4, 1, 3]), seed=1))  # shuffle
    emit(g0.state)  # Generator.state
    emit(R.stateless_binomial([3, 2, 3], seed=m0[:, 0], counts=np.array([[7.0, 100.0, 5.0], [1.0, 10.0, 100.0]], np.float64), probs=np.array([-0.1, 1.5, 0.3], np.float64), output_dtype="float16"))  # stateless_binomial
    emit(g0.normal(np.array([2], np.int32), dtype="float32"))  # Generator.normal
    err(lambda: R.experimental.index_shuffle(np.arange(9, dtype=np.uint64), seed=np.array([1, 2], np.uint64), max_index=np.array([1048576, 1048576, 1048576, 1048576, 1048576, 1048576, 1048576, 1048576, 1048576, 1048576], np.uint64)))  # index_shuffle
""")

case("program_000546", """
    emit(R.set_seed(5))  # set_seed
    emit(R.uniform([1], minval=0, maxval=1, dtype="int64", seed=2**31))  # uniform_int
    emit(R.stateless_gamma([4, 1, 1, 3], seed=np.array([1, 12345], np.int32), alpha=np.array([[10.0, 1.0, 0.5]], np.float32), beta=1.0))  # stateless_gamma
    emit(R.stateless_parameterized_truncated_normal([4, 6], seed=(-2**31, 12345), stddevs=1.0, minvals=-1.0, maxvals=1.0))  # stateless_parameterized_truncated_normal
    emit(R.gamma([3, 2], alpha=np.array([3.5], np.float64), dtype="float32"))  # gamma
    g0 = emit(R.experimental.Generator.from_key_counter(np.int64(3), [6, 7], alg="philox"))  # Generator.from_key_counter
    err(lambda: R.poisson([2.5], lam=[33.3, 15.0], dtype="float16", seed=np.int64(2)))  # poisson
    emit(R.stateless_truncated_normal((), seed=np.array([2, -1], np.int32), stddev=-1.0, dtype="float64", alg="auto_select"))  # stateless_truncated_normal
    emit(R.create_rng_state(np.array([1, 2, 3, 4], np.int64), 2))  # create_rng_state
    emit(R.stateless_parameterized_truncated_normal([6], seed=[-2**31, -1], means=np.float64(0.0), stddevs=np.float64(1.0), minvals=np.float64(-1.0), maxvals=np.float64(1.0)))  # stateless_parameterized_truncated_normal
    emit(R.normal([1, 0], seed=np.int64(2**31 - 1)))  # normal
    emit(R.set_seed(2**31 - 1))  # set_seed
    emit(R.stateless_poisson([3, 1, 1], seed=np.array([-2, -2**31], np.int64), lam=[0.0], dtype="int64"))  # stateless_poisson
    err(lambda: R.categorical([[0.0], [-1.0]], 7, dtype="float32", seed=42))  # categorical
    emit(R.experimental.stateless_shuffle(np.arange(4, dtype=np.int64).reshape([1, 4]), seed=np.array([2, -1], np.int32)))  # stateless_shuffle
    emit(g0.skip(1))  # Generator.skip
    emit(R.uniform_candidate_sampler([[47, 97, 570], [458, 356, 129]], 3, 7, True, 1000000))  # uniform_candidate_sampler
""")

case("program_000547", """
    err(lambda: R.fixed_unigram_candidate_sampler([[1, 3, 2], [2, 3, 2], [3, 3, 2]], 4, 8, False, 4, unigrams=[1.0, 10.0, 2.0, 1.0], seed=0))  # fixed_unigram_candidate_sampler
    s0 = emit(R.experimental.stateless_split((-2**31, 2**40), alg="philox"))  # stateless_split
    g0 = emit(R.Generator.from_key_counter(0, [6, 7], alg="philox"))  # Generator.from_key_counter
    err(lambda: R.stateless_binomial([3, 2], seed=s0[1], counts=[1.0, 2.0, 3.0], probs=[0.5, 0.5], output_dtype="float64"))  # stateless_binomial
    emit(R.categorical([[0.5, -np.inf, 2.0, -1.0, 0.5]], 8, dtype=np.int32, seed=1234))  # categorical
    fo0 = emit(R.fold_in([5, -2], 2**31 - 1, alg=R.Algorithm.AUTO_SELECT))  # random.fold_in
    emit(g0.uniform(np.array([4], np.int64), minval=None, maxval=None, dtype="int32"))  # Generator.uniform_int
    emit(R.uniform(np.array([2], np.int64), minval=-2**62, maxval=2**62, dtype=np.int64, seed=2))  # uniform_int
    emit(R.stateless_normal([], seed=[-1, -1], mean=3, alg="PHILOX"))  # stateless_normal
    emit(g0.uniform([6, 2]))  # Generator.uniform
    emit(g0.uniform([5], minval=2.5, dtype="bfloat16"))  # Generator.uniform
    emit(R.stateless_normal([0], seed=[2**31 - 1, 0], mean=1e30, dtype=np.float32, alg="philox"))  # stateless_normal
    emit(g0.state)  # Generator.state
    emit(R.stateless_normal((2, 2), seed=[-2, 1], stddev=0.1, alg=R.Algorithm.AUTO_SELECT))  # stateless_normal
    emit(R.stateless_binomial((3, 3, 4), seed=s0[1], counts=[0.5, -3.0, 0.0, 10.0], probs=0.25, output_dtype="float32"))  # stateless_binomial
    err(lambda: R.poisson([2.5], lam=1e4, dtype="int64", seed=2**31 - 1))  # poisson
    emit(R.gamma(np.array([], np.int64), alpha=[3.5, 2.0, -1.0], seed=-1))  # gamma
    emit(R.learned_unigram_candidate_sampler([[1, 2], [1, 0]], 2, 1, True, 3, seed=2))  # learned_unigram_candidate_sampler
    emit(R.stateless_parameterized_truncated_normal(np.array([1, 5, 4], np.int32), seed=[1, -2**31], means=np.float16(0.0), stddevs=np.float16(1.0), minvals=np.float16(-2.0), maxvals=np.float16(2.0)))  # stateless_parameterized_truncated_normal
    err(lambda: g0.uniform([-2, 0]))  # Generator.uniform
    s1 = emit(R.experimental.stateless_split([2**40, 1], num=3))  # stateless_split
    emit(R.poisson([3], lam=np.array([40, 40], np.int64), seed=np.int64(-7)))  # poisson
    f0 = F(lambda: R.categorical([[-3.0, 0.25, -np.inf, 0.25, 0.0], [0.25, -3.0, 0.25, 0.25, 0.0]], 5, dtype="int32", seed=-1))  # function
""")

case("program_000548", """
    emit(R.set_seed(2))  # set_seed
    emit(R.shuffle(np.array([True, False, True])))  # shuffle
    emit(R.stateless_uniform(np.array([4], np.int32), seed=[1, 2**31 - 1], minval=None, maxval=None, dtype="uint64"))  # stateless_uniform_int
    emit(R.uniform([0, 5], dtype=np.float16, seed=-1))  # uniform
    emit(R.truncated_normal([4], stddev=1.0))  # truncated_normal
    emit(R.stateless_gamma([3, 2, 1], seed=[5, 2**40], alpha=[[1e-3], [0.5]]))  # stateless_gamma
    s0 = emit(R.split([-1, -1], num=1))  # random.split
    emit(R.categorical([[1.0, 2.0, 10.0, 2.0]], 6, seed=87654321))  # categorical
    emit(R.experimental.stateless_shuffle(np.arange(3, dtype=np.float16).reshape([3]), seed=[1, 0]))  # stateless_shuffle
    emit(R.stateless_uniform((0, 6), seed=np.array([3, 12345], np.uint32), minval=None, maxval=None, dtype="int64"))  # stateless_uniform_int
    err(lambda: R.stateless_uniform(np.array([4], np.int32), seed=np.array([0.0, 7.0], np.float64), maxval=1e3, dtype="string"))  # stateless_uniform
    emit(R.all_candidate_sampler([[2, 0, 3], [1, 1, 1], [1, 3, 0]], 3, 4, False, seed=42))  # all_candidate_sampler
    emit(R.stateless_categorical(np.array([[2.0, 2.0, -3.0, 0.5, -3.0], [-1.0, 0.5, 5.0, 0.0, -3.0]], np.float64), 3, seed=s0[0], dtype="int32"))  # stateless_categorical
    emit(R.learned_unigram_candidate_sampler([[8]], 1, 1, True, 12))  # learned_unigram_candidate_sampler
    emit(R.stateless_gamma([6, 1, 2, 3], seed=s0[0], alpha=[[np.inf, 0.25, 123.0], [1e-3, 0.5, 2.0]]))  # stateless_gamma
    emit(R.categorical(np.array([[1.0, 0.5]], np.float64), 3))  # categorical
    err(lambda: R.stateless_poisson([5], seed=s0[0], lam=[1.0, 2.0], dtype="int64"))  # stateless_poisson
    emit(R.normal([6], mean=0.0, seed=2**40 + 3))  # normal
    fo0 = emit(R.experimental.stateless_fold_in(np.array([2**32 - 1, 12345], np.uint32), 2**40))  # stateless_fold_in
    emit(R.stateless_gamma((2, 1, 3), seed=np.array([2, 0], np.int32), alpha=[[0.5, 2.0, 3.5]]))  # stateless_gamma
""")

case("program_000550", """
    emit(R.set_seed(1234))  # set_seed
    emit(R.stateless_categorical([[0.5, 0.0, 0.0, 0.0, 0.25], [0.5, 1.0, 0.5, 0.0, 2.0]], 0, seed=(1, 3)))  # stateless_categorical
    emit(R.log_uniform_candidate_sampler([[4], [2]], 1, 5, True, 5, seed=3))  # log_uniform_candidate_sampler
    emit(R.stateless_gamma([2, 2], seed=[12345, 2], alpha=[1.0, np.inf]))  # stateless_gamma
    emit(R.stateless_normal([], seed=[5, 5], mean=0.0, dtype="float64"))  # stateless_normal
    s0 = emit(R.experimental.stateless_split(np.array([2**40, 2**40], np.int64), num=1))  # stateless_split
    emit(R.all_candidate_sampler([[1, 1], [3, 0], [4, 1]], 2, 5, False))  # all_candidate_sampler
    emit(R.uniform([3, 2, 5], minval=-2**31, maxval=2**31 - 1, dtype="int32", seed=42))  # uniform_int
    fo0 = emit(R.fold_in(np.array([12345, -2], np.int64), 1))  # random.fold_in
    emit(R.stateless_truncated_normal([5, 6], seed=np.array([1, -2**31], np.int64), mean=1e30))  # stateless_truncated_normal
    emit(R.stateless_normal([1], seed=fo0, dtype=np.float16))  # stateless_normal
    emit(R.stateless_gamma(np.array([0, 5], np.int32), seed=fo0, alpha=0.5, beta=1e-3, dtype=np.float64))  # stateless_gamma
    s1 = emit(R.split((-2**31, 2**40)))  # random.split
    emit(R.uniform((2,), minval=0, maxval=1, dtype="int64", seed=3))  # uniform_int
    emit(R.stateless_binomial([3, 2], seed=fo0, counts=[10, 1], probs=[0.3], output_dtype="float64"))  # stateless_binomial
    emit(R.stateless_parameterized_truncated_normal([4, 0], seed=np.array([-2, 12345], np.int32), means=0.0, minvals=3.0, maxvals=10.0))  # stateless_parameterized_truncated_normal
    emit(R.shuffle(np.array([[-0.0], [-0.0], [2.5], [2.5]], np.float32), seed=-1))  # shuffle
    emit(R.stateless_uniform(np.array([1, 4], np.int32), seed=np.array([1, 0], np.uint64), minval=None, maxval=None, dtype="uint32"))  # stateless_uniform_int
    emit(R.uniform_candidate_sampler([[3]], 1, 6, True, 10, seed=2**31 - 1))  # uniform_candidate_sampler
    err(lambda: R.stateless_truncated_normal([1, 2], seed=[7, 3, 3], mean=[0.5, 1e30], dtype="bfloat16", alg="auto_select"))  # stateless_truncated_normal
    emit(R.set_seed(2))  # set_seed
    emit(R.truncated_normal((5, 5), mean=np.array([-1.0], np.float32), dtype="bfloat16", seed=3))  # truncated_normal
    emit(R.experimental.create_rng_state(-1, 1))  # create_rng_state
    emit(R.stateless_truncated_normal((0, 4, 5), seed=s1[0], dtype="float64", alg=1))  # stateless_truncated_normal
    emit(R.categorical([[2.0, 0.0, -3.0], [-3.0, 0.25, 0.0], [-3.0, -np.inf, 5.0]], 1))  # categorical
    emit(R.set_seed(-5))  # set_seed
    err(lambda: R.uniform([2, -3], maxval=1, dtype="int64", seed=-7))  # uniform_int
    emit(R.experimental.index_shuffle(np.arange(1, dtype=np.int64), seed=[11, 16], max_index=np.array([100], np.int64)))  # index_shuffle
    emit(R.all_candidate_sampler([[0]], 1, 1, True, seed=2))  # all_candidate_sampler
    emit(R.stateless_uniform([6], seed=s1[0], dtype="float32"))  # stateless_uniform
    err(lambda: R.experimental.index_shuffle(np.arange(3, dtype=np.uint64), seed=np.array([3, 4, 5], np.uint64), max_index=np.array([2, 3, 4], np.uint64)))  # index_shuffle
    err(lambda: R.normal(np.array([1], np.int32), dtype=np.int32, seed=42))  # normal
    emit(R.shuffle([42, 41, -16, 42, -39], seed=7))  # shuffle
""")

case("program_000553", """
    emit(R.set_seed(0))  # set_seed
    err(lambda: R.gamma([2, -3], alpha=[0.5, 1.0, 3.5], beta=[10.0, 0.0, 10.0], dtype="float64", seed=0))  # gamma
    fo0 = emit(R.fold_in(np.array([1, 7], np.uint32), 2**40))  # random.fold_in
    emit(R.stateless_poisson([3, 6, 3], seed=[5, 0], lam=np.array([7, 40, 1], np.int64)))  # stateless_poisson
    emit(R.poisson([2], lam=[0.0, 1e4], seed=1))  # poisson
    emit(R.stateless_binomial([0], seed=(3, 12345), counts=1e4, probs=1.0, output_dtype="float32"))  # stateless_binomial
    g0 = emit(R.Generator.from_seed(0, alg="philox"))  # Generator.from_seed
    emit(g0.uniform_full_int([5], dtype="uint64"))  # Generator.uniform_full_int
    err(lambda: R.poisson([-1], lam=np.array([np.inf], np.float32), seed=np.int64(3)))  # poisson
    emit(g0.binomial([2, 4, 3], counts=[1e4, 10.0, 10.0], probs=0.9))  # Generator.binomial
""")

case("program_000554", """
    emit(R.set_seed(42))  # set_seed
    emit(R.stateless_uniform(np.array([5, 3], np.int64), seed=np.array([1, 3], np.int32), maxval=2.5, dtype=np.float32))  # stateless_uniform
    emit(R.stateless_normal(np.array([1], np.int32), seed=[7, 5], dtype="bfloat16", alg="auto_select"))  # stateless_normal
    emit(R.experimental.stateless_shuffle(np.array([[-7.0], [-0.0]], np.float32), seed=[2**40, 5]))  # stateless_shuffle
    emit(R.learned_unigram_candidate_sampler([[3, 3, 8], [5, 0, 6]], 3, 8, True, 10, seed=2**40 + 3))  # learned_unigram_candidate_sampler
    emit(R.fixed_unigram_candidate_sampler([[2], [1]], 1, 4, True, 5, unigrams=[10.0, 0.5, 10.0, 0.5, 2.0], seed=-7))  # fixed_unigram_candidate_sampler
    emit(R.truncated_normal([4], mean=3, stddev=np.array([10], np.float32), seed=7))  # truncated_normal
    emit(R.uniform([1], minval=4, maxval=17, dtype="int64"))  # uniform_int
    emit(R.stateless_normal([1], seed=np.array([3, 3], np.int32), stddev=np.array([-0.0])))  # stateless_normal
    emit(R.gamma(np.array([4, 3], np.int64), alpha=np.array([0.25, 10.0, 0.5], np.float32)))  # gamma
    emit(R.set_seed(None))  # set_seed
    emit(R.stateless_uniform([6], seed=[-2**31, 5], dtype=np.float16, alg="auto_select"))  # stateless_uniform
    emit(R.stateless_uniform([2], seed=[-2, -1], minval=-1.0, maxval=100.0, dtype=np.float16))  # stateless_uniform
    emit(R.gamma((2,), alpha=[-1.0, 1e-3], dtype=np.float64, seed=3))  # gamma
    emit(R.poisson([], lam=[-1.0, 100.0], dtype="float16", seed=3))  # poisson
    emit(R.stateless_gamma([6, 1], seed=(12345, 7), alpha=np.array([3.5], np.float64), beta=0.1))  # stateless_gamma
""")

case("program_000556", """
    emit(R.set_seed(2**31 - 1))  # set_seed
    emit(R.uniform([3], minval=-2**63, maxval=2**63 - 1, dtype="int64"))  # uniform_int
    emit(R.categorical(np.array([[10.0, -1.0, 0.5, 0.5], [-np.inf, 0.25, 0.25, 0.25], [0.25, 5.0, -np.inf, 5.0]], np.float64), 6))  # categorical
    emit(R.experimental.create_rng_state([1, 2, 3], R.Algorithm.PHILOX))  # create_rng_state
    emit(R.normal((1, 4), mean=np.float64(10.0), stddev=np.array(-0.0), seed=87654321))  # normal
    g0 = emit(R.Generator.from_seed(1234))  # Generator.from_seed
    emit(R.set_seed(87654321))  # set_seed
    emit(R.uniform(np.array([4], np.int64), maxval=-1e10))  # uniform
    err(lambda: R.normal([-1], mean=np.array([-3.5, 0, -1.0], np.float64), dtype="float32", seed=1234))  # normal
    emit(R.log_uniform_candidate_sampler([[13, 5, 37], [24, 46, 38]], 3, 2, True, 50, seed=2**31 - 1))  # log_uniform_candidate_sampler
    emit(R.set_seed(42))  # set_seed
    emit(g0.skip(-3))  # Generator.skip
    emit(R.uniform((0, 0), minval=0, maxval=2**40, dtype="int32", seed=2**31))  # uniform_int
    err(lambda: g0.truncated_normal([3, -1, 2], dtype="float32"))  # Generator.truncated_normal
    emit(R.stateless_uniform([2], seed=[2**31 - 1, -2], dtype=np.float16))  # stateless_uniform
    g1 = emit(R.Generator.from_state(np.array([5, -1], np.int64), alg="threefry"))  # Generator.from_state
    err(lambda: R.uniform([5, 2], minval=-100, dtype=np.int64, seed=2**31 - 1))  # uniform_int
""")

case("program_000558", """
    emit(R.set_seed(5))  # set_seed
    err(lambda: R.truncated_normal([0, 3], stddev=1.0, dtype="uint8", seed=1234))  # truncated_normal
    emit(R.all_candidate_sampler([[0], [1], [1]], 1, 2, False, seed=2**40 + 3))  # all_candidate_sampler
    s0 = emit(R.split(np.array([-2, 2**40], np.int64), num=2))  # random.split
    emit(R.stateless_categorical([[5.0, 0.0]], 2, seed=s0[1], dtype="int64"))  # stateless_categorical
    emit(R.poisson(np.array([3, 1], np.int64), lam=0.0, seed=1234))  # poisson
    emit(R.normal([6, 6], mean=0.5, stddev=3.0, dtype=np.float16, seed=2**31))  # normal
    emit(R.categorical([[-np.inf, -1.0, 10.0], [1.0, -3.0, 10.0], [10.0, 0.0, 0.25]], 2, dtype="int32", seed=7))  # categorical
    emit(R.categorical([[-np.inf, 2.0, 2.0], [0.0, 1.0, 0.5]], 5, seed=1234))  # categorical
    emit(R.truncated_normal([0], stddev=np.float32(-0.0), dtype="float32", seed=2**40 + 3))  # truncated_normal
""")

case("program_000559", """
    emit(R.set_seed(-5))  # set_seed
    emit(R.stateless_truncated_normal([5], seed=np.array([12345, 7], np.uint32), dtype=np.float64))  # stateless_truncated_normal
    emit(R.uniform([1], minval=-2**63, maxval=2**63 - 1, dtype="int64", seed=-7))  # uniform_int
    emit(R.uniform([4], minval=-100, maxval=-50, dtype=np.int32, seed=5))  # uniform_int
    emit(R.set_seed(87654321))  # set_seed
    emit(R.shuffle(np.arange(8, dtype=np.float32).reshape([4, 2])))  # shuffle
    err(lambda: R.normal([3], mean=[1e30, 1.0, -1e10, 0], stddev=np.array([1e-3, -1.0, 10], np.float32), seed=87654321))  # normal
    g0 = emit(R.Generator.from_key_counter(2**40, [0, 0], alg="philox"))  # Generator.from_key_counter
    emit(R.set_seed(2))  # set_seed
    emit(R.log_uniform_candidate_sampler([[877], [488]], 1, 1, False, 2**40, seed=2**31))  # log_uniform_candidate_sampler
    emit(R.truncated_normal([4, 6], dtype=np.float16, seed=2**31))  # truncated_normal
    emit(R.truncated_normal([6], mean=-2, stddev=1e-3, seed=5))  # truncated_normal
    fo0 = emit(R.experimental.stateless_fold_in(np.array([12345, -2**31], np.int32), 17))  # stateless_fold_in
    emit(R.experimental.index_shuffle(np.arange(7, dtype=np.uint64), seed=[0, 7], max_index=np.uint64(6)))  # index_shuffle
    err(lambda: g0.uniform([3, -1, 2], minval=2**31, maxval=2**32, dtype="int64"))  # Generator.uniform_int
""")
