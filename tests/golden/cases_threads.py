"""Golden cases for the ops whose TF values depend on TF's intra-op thread count (categorical,
stateless_categorical, stateless_parameterized_truncated_normal: where TF's shards begin), each
recorded with TF at several thread counts (the case's ``threads``, set in a TF process of its
own) and replayed with the session's ``set_intra_op_parallelism_threads`` at that count. The
shapes are large enough for TF to shard them at every count above 1 (``_sharding.shard_starts``).

Recorded with ``tf-oracle python tests/golden/record.py --cases tests/golden/cases_threads.py``;
``tests/golden/threads_sweep.py`` is the sweep over every op behind docs/exactness.md's table.
"""
# `case` is provided by record.py.

for n in (1, 2, 3, 8, 16, 64):
    case(f"threads_{n}_categorical", """
        R.set_seed(5)
        out(R.categorical(np.sin(np.arange(6400, dtype=np.float32)).reshape(64, 100) * 3, 32, seed=3, dtype="int32"))
        out(R.categorical(np.sin(np.arange(6400, dtype=np.float32)).reshape(64, 100) * 3, 32, seed=3, dtype="int32"))
        out(R.categorical(np.cos(np.arange(4096)).reshape(256, 16).astype(np.float16), 16, seed=4, dtype="int32"))
    """, threads=n)
    case(f"threads_{n}_stateless_categorical", """
        out(R.stateless_categorical(np.sin(np.arange(16000) * 0.1).reshape(16, 1000), 128, seed=[7, 8], dtype="int32"))
        out(R.stateless_categorical(np.zeros((2000, 2), np.float32), 1, seed=[7, 9], dtype="int32"))
    """, threads=n)
    case(f"threads_{n}_parameterized_truncated_normal", """
        out(R.stateless_parameterized_truncated_normal([2048], seed=[7, 8]))
        out(R.stateless_parameterized_truncated_normal([1024], seed=[7, 8], means=np.float64(0), stddevs=np.float64(1),
                                                       minvals=np.float64(-3), maxvals=np.float64(3)))
        out(R.stateless_parameterized_truncated_normal([40, 50], seed=[7, 9], means=np.float16(0), stddevs=np.float16(1),
                                                       minvals=np.linspace(1, 3, 50).astype(np.float16), maxvals=np.float16(9)))
        out(R.stateless_parameterized_truncated_normal([100, 30], seed=[7, 10], means=np.linspace(-1, 1, 30, dtype=np.float32),
                                                       stddevs=np.float32(1), minvals=np.float32(-0.5), maxvals=np.float32(0.6)))
    """, threads=n)
    case(f"threads_{n}_in_function", """
        R.set_seed(5)
        f = F(lambda l: (R.categorical(l, 32, seed=3, dtype="int32"), R.stateless_parameterized_truncated_normal([2048], seed=[7, 8])))
        emit(f(np.sin(np.arange(6400, dtype=np.float32)).reshape(64, 100) * 3))
    """, threads=n)
