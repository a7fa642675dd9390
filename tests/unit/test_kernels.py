"""Unit tests for the numeric core: Philox-4x32-10 and TF distribution kernels.

Known values marked "TF" were recorded from TensorFlow 2.21 CPU
(``gen_stateless_random_ops_v2.*_v2(..., alg=1)`` with explicit key/counter,
``gen_random_ops.random_shuffle`` / ``multinomial`` with explicit seeds).
No TensorFlow import here.
"""

from __future__ import annotations

import threading

import numpy as np
import pytest

from philoxd_server.engine import _distributions as D
from philoxd_server.engine import _philox as P

# Random123 philox.h known-answer tests (kat_vectors: philox4x32 10 rounds).
KATS = [
    ((0, 0), (0, 0, 0, 0), (0x6627E8D5, 0xE169C58D, 0xBC57AC4C, 0x9B00DBD8)),
    (
        (0xFFFFFFFF, 0xFFFFFFFF),
        (0xFFFFFFFF,) * 4,
        (0x408F276D, 0x41C83B0E, 0xA20BC7C6, 0x6D5451FD),
    ),
    (
        (0xA4093822, 0x299F31D0),
        (0x243F6A88, 0x85A308D3, 0x13198A2E, 0x03707344),
        (0xD16CFE09, 0x94FDCCEB, 0x5001E420, 0x24126EA1),
    ),
]

# Generator position used for the recorded TF values below.
K = 0x0123456789ABCDEF
C = 0x1B873593CC9E2D5185EBCA6BC2B2AE35
BIG = 1 << 16  # large enough for the parallel path (> PARALLEL_THRESHOLD_BLOCKS)


def _hex(a: np.ndarray) -> list[str]:
    u = {2: np.uint16, 4: np.uint32, 8: np.uint64}[a.dtype.itemsize]
    return [hex(int(x)) for x in a.view(u)]


# --- Philox ------------------------------------------------------------------
@pytest.mark.parametrize(("key_words", "ctr_words", "expected"), KATS)
def test_random123_kat(key_words, ctr_words, expected):
    key = key_words[0] | (key_words[1] << 32)
    counter = P.join_counter(*ctr_words)
    out = P.philox(key, counter, 1)
    assert out.dtype == np.uint32 and out.shape == (1, 4)
    assert tuple(int(x) for x in out[0]) == expected


@pytest.mark.parametrize(("key_words", "ctr_words", "expected"), KATS)
def test_random123_kat_jitted_block(key_words, ctr_words, expected):
    words = [np.uint64(w) for w in (*key_words, *ctr_words)]
    assert tuple(int(x) for x in P._block(*words)) == expected


def test_constants():
    assert (P.PHILOX_M0, P.PHILOX_M1) == (0xD2511F53, 0xCD9E8D57)
    assert (P.PHILOX_W0, P.PHILOX_W1) == (0x9E3779B9, 0xBB67AE85)
    assert P.PHILOX_ROUNDS == 10


def test_split_join_counter():
    c = 0x0123456789ABCDEF_FEDCBA9876543210
    words = P.split_counter(c)
    assert words == (0x76543210, 0xFEDCBA98, 0x89ABCDEF, 0x01234567)
    assert P.join_counter(*words) == c
    assert P.split_key(0x0123456789ABCDEF) == (0x89ABCDEF, 0x01234567)


def _one_by_one(key: int, counter: int, n: int) -> np.ndarray:
    return np.concatenate(
        [P.philox(key, (counter + i) % (1 << 128), 1) for i in range(n)]
    )


@pytest.mark.parametrize(
    "counter",
    [
        (1 << 32) - 2,  # carry word 0 -> 1
        (1 << 64) - 2,  # carry word 1 -> 2
        (1 << 96) - 2,  # carry word 2 -> 3
        (1 << 128) - 2,  # 128-bit wrap to 0
    ],
)
def test_counter_carry(counter):
    key = 0xDEADBEEF12345678
    assert np.array_equal(P.philox(key, counter, 5), _one_by_one(key, counter, 5))


def test_counter_wrap_matches_kat_and_zero():
    # Block 1 from 2**128 - 2 is counter 2**128 - 1 (KAT 2); block 2 wraps to 0.
    out = P.philox((1 << 64) - 1, (1 << 128) - 2, 3)
    assert tuple(int(x) for x in out[1]) == KATS[1][2]
    assert np.array_equal(out[2], P.philox((1 << 64) - 1, 0, 1)[0])


def test_jitted_skip():
    ones = np.uint64(0xFFFFFFFF)
    res = P._skip(ones, ones, ones, ones, np.uint64(1))
    assert tuple(int(x) for x in res) == (0, 0, 0, 0)
    res = P._skip(ones, ones, np.uint64(0), np.uint64(7), np.uint64(3))
    assert tuple(int(x) for x in res) == (2, 0, 1, 7)


def test_parallel_path_matches_serial():
    key, counter = 99, (1 << 64) - 1000
    big = P.philox(key, counter, BIG)
    assert big.shape == (BIG, 4)
    idx = [0, 999, 1000, 1001, BIG // 2, BIG - 1]
    for i in idx:
        assert np.array_equal(big[i], P.philox(key, counter + i, 1)[0])


@pytest.mark.parametrize(
    ("key", "counter", "n"),
    [(-1, 0, 1), (1 << 64, 0, 1), (0, -1, 1), (0, 1 << 128, 1), (0, 0, -1)],
)
def test_rejects_out_of_range(key, counter, n):
    with pytest.raises(ValueError):
        P.philox(key, counter, n)


def test_rejects_non_int():
    with pytest.raises(TypeError):
        P.philox(1.0, 0, 1)
    with pytest.raises(TypeError):
        P.philox(0, 0, True)


# --- Shapes / dtypes / n = 0 --------------------------------------------------
FLOATS = ["float16", "float32", "float64"]
CASES = (
    [("uniform", dt, ()) for dt in FLOATS]
    + [("normal", dt, ()) for dt in FLOATS]
    + [("truncated_normal", dt, ()) for dt in FLOATS]
    + [("uniform_full_int", dt, ()) for dt in ["int32", "uint32", "int64", "uint64"]]
    + [("uniform_int", dt, (-3, 1000)) for dt in ["int32", "int64"]]
)


@pytest.mark.parametrize(("fn", "dtype", "extra"), CASES)
@pytest.mark.parametrize("n", [0, 1, 3, 4, 5, 7, 1001])
def test_dtype_shape(fn, dtype, extra, n):
    out = getattr(D, fn)(K, C, n, dtype, *extra)
    assert out.dtype == np.dtype(dtype)
    assert out.shape == (n,)
    assert out.flags.c_contiguous


@pytest.mark.parametrize(("fn", "dtype", "extra"), CASES)
def test_prefix_property(fn, dtype, extra):
    # Fixed-rate and grouped kernels: a shorter request is a prefix of a longer one.
    a = getattr(D, fn)(K, C, 1001, dtype, *extra)
    for n in (1, 2, 3, 5, 6, 7, 9):
        assert np.array_equal(getattr(D, fn)(K, C, n, dtype, *extra), a[:n])


@pytest.mark.parametrize("dtype", FLOATS)
def test_parallel_prefix(dtype):
    for fn in ("uniform", "normal", "truncated_normal"):
        big = getattr(D, fn)(K, C, BIG + 3, dtype)
        small = getattr(D, fn)(K, C, 1001, dtype)
        assert np.array_equal(big[:1001], small)


def test_full_int_is_raw_philox():
    words = P.philox(K, C, 3).reshape(-1)
    assert np.array_equal(D.uniform_full_int(K, C, 12, "uint32"), words)
    w64 = words[0::2].astype(np.uint64) | (words[1::2].astype(np.uint64) << np.uint64(32))
    assert np.array_equal(D.uniform_full_int(K, C, 6, "uint64"), w64)


# --- Ranges -------------------------------------------------------------------
@pytest.mark.parametrize("dtype", FLOATS)
def test_uniform_range(dtype):
    x = D.uniform(7, 11, BIG, dtype)
    assert x.min() >= 0 and x.max() < 1
    assert 0.45 < float(x.astype(np.float64).mean()) < 0.55


def test_uniform_float16_grid():
    x = D.uniform(7, 11, 4096, "float16").astype(np.float64)
    assert np.all(x * 1024 == np.round(x * 1024))  # 10 random mantissa bits


@pytest.mark.parametrize("dtype", FLOATS)
def test_truncated_normal_range(dtype):
    x = D.truncated_normal(3, 5, BIG, dtype).astype(np.float64)
    assert np.all(np.abs(x) <= 2.0)
    assert abs(x.mean()) < 0.05


@pytest.mark.parametrize("dtype", FLOATS)
def test_normal_moments(dtype):
    x = D.normal(3, 5, BIG, dtype).astype(np.float64)
    assert np.all(np.isfinite(x))
    assert abs(x.mean()) < 0.05 and 0.95 < x.std() < 1.05


@pytest.mark.parametrize(
    ("dtype", "lo", "hi"),
    [("int32", -5, 7), ("int32", -(2**31), 2**31 - 1), ("int64", 3, 2**40 + 3), ("int64", -(2**63), 2**63 - 1)],
)
def test_uniform_int_range(dtype, lo, hi):
    x = D.uniform_int(1, 2, 4099, dtype, lo, hi)
    assert int(x.min()) >= lo and int(x.max()) < hi


def test_uniform_int_rejects():
    with pytest.raises(ValueError):
        D.uniform_int(0, 0, 4, "int32", 5, 5)
    with pytest.raises(ValueError):
        D.uniform_int(0, 0, 4, "uint32", 0, 5)  # TF registers no CPU kernel
    with pytest.raises(ValueError):
        D.uniform_int(0, 0, 4, "int32", 0, 2**31)
    with pytest.raises(ValueError):
        D.uniform(0, 0, 4, "int32")


# --- Values recorded from TensorFlow 2.21 ------------------------------------
TF_FLOATS = {
    ("uniform", "float16"): ["0x3944", "0x30b0", "0x3b16", "0x3648", "0x3992"],
    ("uniform", "float32"): ["0x3f1d0544", "0x3f23392c", "0x3e357c58", "0x3ec22648", "0x3f1ced92"],
    ("uniform", "float64"): [
        "0x3fed054499a3392c", "0x3fdabe2db8c22648", "0x3feced92814005da",
        "0x3fe761eef4e874b6", "0x3fd4e60a0d37ad3c",
    ],
    ("normal", "float16"): ["0xba05", "0xb922", "0x3d1f", "0xbd66", "0x3bea"],
    ("normal", "float32"): ["0xbf4090c7", "0xbf2446a6", "0x3fa3df5e", "0xbfacc123", "0x3f7d44f1"],
    ("normal", "float64"): [
        "0x3fcbed73eda5704d", "0xbfd89c0277d9b279", "0xbfdc8af0b3fc101c",
        "0xbfabd1d046a23945", "0xbfec03c8626ca8d2",
    ],
    ("truncated_normal", "float16"): ["0xba05", "0xb922", "0x3d1f", "0xbd66", "0xb810"],
    ("truncated_normal", "float32"): ["0xbf4090c7", "0xbf2446a6", "0x3fa3df5e", "0xbfacc123", "0xbf020609"],
    ("truncated_normal", "float64"): [
        "0x3fcbed73eda5704d", "0xbfd89c0277d9b279", "0x3fcd8e81e9b12ff7",
        "0x3fe23f5862c19dfd", "0xbfe2cb21db2ccaf1",
    ],
}


@pytest.mark.parametrize(("fn", "dtype"), sorted(TF_FLOATS))
def test_tf_float_values(fn, dtype):
    assert _hex(getattr(D, fn)(K, C, 5, dtype)) == TF_FLOATS[(fn, dtype)]


def test_tf_normal_across_counter_carry():
    # TF: key 0, counter 2**32 - 3, n = 7 (crosses the word-0 carry).
    expected = ["0xbf32b950", "0x3fcd60ee", "0x3e078e8a", "0xc00929d9", "0x3da480ec", "0xbf8f3ca5", "0xbf7c79f3"]
    assert _hex(D.normal(0, (1 << 32) - 3, 7, "float32")) == expected


def test_tf_int_values():
    assert D.uniform_full_int(K, C, 5, "int32").tolist() == [
        1708032674, 1288805526, 2090250123, 1848674706, -783386935,
    ]
    assert D.uniform_full_int(K, C, 5, "uint64").tolist() == [
        5535377586782110370, 7939997405302665099, 4656725235143177929,
        8823741733255491831, 9461477119822739842,
    ]
    assert D.uniform_int(K, C, 5, "int32", -5, 7).tolist() == [-3, 1, -2, 1, 4]
    assert D.uniform_int(K, C, 5, "int32", -(2**31), 2**31 - 1).tolist() == [
        -439450974, -858678122, -57233525, -298808942, 1364096713,
    ]
    assert D.uniform_int(K, C, 5, "int64", -5, 7).tolist() == [-3, -2, -4, -2, 5]
    assert D.uniform_int(K, C, 5, "int64", -(2**63), 2**63 - 1).tolist() == [
        -3687994450072665438, -1283374631552110709, -4566646801711597879,
        -399630303599283977, 238105082967964034,
    ]


def test_tf_full_int_wraps_counter():
    # TF: key 2**64-1, counter 2**128-2: blocks at 2**128-2, 2**128-1 (KAT), 0, ...
    got = [hex(int(x)) for x in D.uniform_full_int((1 << 64) - 1, (1 << 128) - 2, 13, "uint32")]
    assert got == [
        "0x1840c58", "0xe3bb7da9", "0xb9965937", "0xa1c18b72", "0x408f276d", "0x41c83b0e",
        "0xa20bc7c6", "0x6d5451fd", "0x72a47709", "0x15474739", "0x9f41b01f", "0x22799a5a",
        "0x19fed511",
    ]


# --- Shuffle -----------------------------------------------------------------
def test_shuffle_tf_values():
    # TF random_shuffle(range(10), seed=1009, seed2=1009*7919+3): key=seed, counter=seed2<<64.
    perm = D.shuffle_permutation(1009, (1009 * 7919 + 3) << 64, 10)
    assert perm.tolist() == [7, 4, 9, 3, 2, 0, 8, 5, 6, 1]
    # TF StatelessShuffle(range(100), key=0, counter=0): first 20 outputs.
    perm = D.shuffle_permutation(0, 0, 100)
    assert perm[:20].tolist() == [41, 9, 36, 62, 8, 29, 79, 35, 21, 42, 19, 33, 13, 55, 57, 85, 16, 91, 24, 4]


@pytest.mark.parametrize("size", [0, 1, 2, 3, 17, 1000])
def test_shuffle_is_permutation(size):
    perm = D.shuffle_permutation(5, 6, size)
    assert perm.dtype == np.int64 and perm.shape == (size,)
    assert sorted(perm.tolist()) == list(range(size))


def test_shuffle_rejects_huge():
    with pytest.raises(ValueError):
        D.shuffle_permutation(0, 0, 1 << 32)


# --- Multinomial -------------------------------------------------------------
def test_multinomial_tf_values():
    nan, inf = float("nan"), float("inf")
    logits = np.array(
        [
            [-1.4556867003249072, 0.20459576646890704, 0.23629756579607422, -inf, -0.8186010086781196,
             -0.27206544647653147, -0.5458545150969967, -1.2913903140323828, 1.2412921434032849],
            [-inf] * 9,
            [nan, -1.7654695539820346, -0.8131557377781068, -0.22667215251062883, -0.24331645292329118,
             -0.95866183461804, -0.3598257296360893, -0.1786702085435437, -1.8549595862159667],
            [0.48282021956679255, -0.2374148170584595, -0.22348495095111606, -0.7928117951661668,
             -0.008800357099601258, inf, -inf, 0.5579746366050922, -1.1964149802902049],
        ]
    )
    # TF multinomial(logits, 7, seed=5039, seed2=156210, output_dtype=int64)
    out = D.multinomial(5039, 156210 << 64, logits, 7, "int64")
    assert out.dtype == np.int64
    assert out.tolist() == [
        [8, 1, 2, 6, 1, 8, 8],
        [9, 9, 9, 9, 9, 9, 9],
        [7, 7, 3, 6, 6, 7, 2],
        [3, 1, 2, 3, 4, 7, 2],
    ]


def test_multinomial_shapes_and_shards():
    logits = np.log(np.array([[0.2, 0.3, 0.5]] * 4, dtype=np.float32))
    out = D.multinomial(1, 2, logits, 9, "int32")
    assert out.dtype == np.int32 and out.shape == (4, 9)
    assert out.min() >= 0 and out.max() <= 2
    assert D.multinomial(1, 2, logits, 0, "int64").shape == (4, 0)
    # A shard restarts the stream at start_row * (num_samples + 3) // 4 blocks.
    sharded = D.multinomial(1, 2, logits, 9, "int32", row_starts=[0, 2])
    assert np.array_equal(sharded[:2], out[:2])
    assert np.array_equal(sharded[2:], D.multinomial(1, 2 + (2 * 12) // 4, logits[2:], 9, "int32"))


# --- Threads -------------------------------------------------------------------
def test_concurrent_parallel_calls():
    expected_u = D.uniform(1, 2, BIG, "float32")
    expected_n = D.normal(1, 2, BIG, "float32")
    errors: list[BaseException] = []

    def work():
        try:
            for _ in range(10):
                assert np.array_equal(D.uniform(1, 2, BIG, "float32"), expected_u)
                assert np.array_equal(D.normal(1, 2, BIG, "float32"), expected_n)
        except BaseException as e:  # noqa: BLE001 - re-raised in the main thread
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
