"""The vectorized Box-Muller (engine._libm) and the other issue-18 kernels are TF's bits.

``_libm.logf`` / ``_libm.sincosf`` re-implement glibc's algorithms so that LLVM vectorizes
them; they are only used when they equal this process's libm on *every* input TF's
``BoxMullerFloat`` can give them (2**23 values each). These tests run that proof (about
0.1 s once compiled), check it against libm's own symbols through ctypes (``logf`` and
``sincosf``, which TF calls), replay the golden vectors with the vectorized path forced on
for every draw, and compare the fast kernels with the scalar libm ones.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import math

import ml_dtypes
import numpy as np
import pytest
from numba import njit

import philoxd
from philoxd_server.engine import _distributions as D
from philoxd_server.engine import _index_shuffle as IS
from philoxd_server.engine import _libm as L
from philoxd_server.engine._philox import _kernel_args
from tests.golden import replay

_LIBM = ctypes.CDLL(ctypes.util.find_library("m") or "libm.so.6")
_logf = _LIBM.logf
_logf.restype = ctypes.c_float
_logf.argtypes = [ctypes.c_float]
_sincosf = _LIBM.sincosf
_sincosf.restype = None
_sincosf.argtypes = [ctypes.c_float, ctypes.c_void_p, ctypes.c_void_p]


@njit
def _mismatches_vs_ctypes(n):
    """Inputs k < n where _libm differs from libm's ``logf`` / ``sincosf`` symbols (bits)."""
    s = np.empty(1, np.float32)
    c = np.empty(1, np.float32)
    bad_log = 0
    bad_sincos = 0
    for k in range(n):
        u = L._u1(k)
        if L.f32_bits(_logf(u)) != L.f32_bits(L.logf(u)):
            bad_log += 1
        v = L._v1(k)
        _sincosf(v, s.ctypes.data, c.ctypes.data)
        ms, mc = L.sincosf(v)
        if L.f32_bits(s[0]) != L.f32_bits(ms) or L.f32_bits(c[0]) != L.f32_bits(mc):
            bad_sincos += 1
    return bad_log, bad_sincos


def test_logf_equals_libm_on_every_box_muller_input() -> None:
    assert L.verify_logf() == 0


def test_sincosf_equals_libm_on_every_box_muller_input() -> None:
    assert L.verify_sincosf() == 0


def test_proof_against_the_libm_symbols_tf_calls() -> None:
    # TF's BoxMullerFloat calls logf and, on Linux, sincosf (the kernels called sinf/cosf).
    assert _mismatches_vs_ctypes(L.DOMAIN_SIZE) == (0, 0)


def test_exact_is_memoized_and_can_be_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    assert L.exact() is True and L.proved() is True
    monkeypatch.setattr(L, "_exact", None)
    monkeypatch.setenv("PHILOXD_EXACT_LIBM", "0")
    assert L.exact() is False and L.proved() is False
    assert L.exact() is False  # memoized


def test_domain_edges() -> None:
    # k = 0: u1 clamps to 1e-7f, v1 = 0; below k ~ 325 the angle takes sincosf's tiny branch.
    assert L._u1(0) == np.float32(1e-7) and L._u1(1) == np.float32(2.0**-23)
    assert L._v1(0) == 0 and L.sincosf(L._v1(0)) == (0.0, 1.0)
    assert L.sincosf(L._v1(300)) == (L._v1(300), 1.0)
    assert L._v1((1 << 23) - 1) < np.float32(2 * np.pi)


@pytest.mark.parametrize("n", [1, 3, 4, 7, 1000, 16384, 16387, 70001])
def test_fast_kernels_equal_libm_kernels(n: int) -> None:
    assert L.exact()
    rng = np.random.default_rng(n)
    for _ in range(3):
        args = _kernel_args(int(rng.integers(0, 2**63)), int.from_bytes(rng.bytes(16), "little"))
        nblocks = -(-n // 4)
        a, b = np.empty(n, np.float32), np.empty(n, np.float32)
        D._normal_f32_range(a, *args, False, True, 0, nblocks)
        D._normal_f32_range(b, *args, False, False, 0, nblocks)
        assert np.array_equal(a.view(np.uint32), b.view(np.uint32))
        D._normal_f32_par(nblocks, 7, a, *args, False, True)
        assert np.array_equal(a.view(np.uint32), b.view(np.uint32))
        skip = np.uint64(256)
        D._trunc_f32_range(a, skip, *args, True, 0, nblocks)
        D._trunc_f32_range(b, skip, *args, False, 0, nblocks)
        assert np.array_equal(a.view(np.uint32), b.view(np.uint32))
        assert np.all(np.abs(a) < 2)


def test_counter_wraps_in_fast_kernels() -> None:
    key, counter = 0x0123456789ABCDEF, (1 << 128) - 5
    n = 1 << 16
    fast = D.normal(key, counter, n, "float32")  # a large draw: proves and uses _libm
    slow = np.empty(n, np.float32)
    D._normal_f32_range(slow, *_kernel_args(key, counter), False, False, 0, n // 4)
    assert np.array_equal(fast.view(np.uint32), slow.view(np.uint32))
    t_fast = D.truncated_normal(key, counter, n, "float32")
    D._trunc_f32_range(slow, np.uint64(256), *_kernel_args(key, counter), False, 0, n // 4)
    assert np.array_equal(t_fast.view(np.uint32), slow.view(np.uint32))


GOLDEN = [c for c in replay.load_cases() if "normal" in c["code"]]


@pytest.mark.parametrize("case", GOLDEN, ids=[c["name"] for c in GOLDEN])
def test_golden_normals_with_the_vectorized_path_forced(case: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    """The golden cases that draw normals, with every draw (small ones too) on _libm."""
    assert L.exact()
    monkeypatch.setattr(D, "_exact_box_muller", lambda nblocks: True)
    rng = philoxd.connect()
    replay.configure(rng, case)
    actual = replay.run_case(case["code"], rng.random, rng.function)
    assert replay.compare(case["outputs"], actual) == []


def test_half_narrowing_equals_numpy_on_structured_inputs() -> None:
    # Exhaustive over all finite float32 was run once (0 mismatches, 2**32 - 2**24 inputs,
    # ~7 min with numpy's slow astype); here every exponent with mantissas around the
    # rounding boundaries of float16 (13 dropped bits) and bfloat16 (16 dropped bits).
    mant = np.array(
        [0, 1, 2, 0x0FFF, 0x1000, 0x1001, 0x1FFF, 0x2000, 0x3000, 0x7FFF, 0x8000, 0x8001, 0xFFFF, 0x10000, 0x18000, 0x7FFFFF, 0x7FE000, 0x7FF000, 0x7FEFFF]
        + list(np.random.default_rng(0).integers(0, 1 << 23, size=200)),
        dtype=np.uint32,
    )
    exps = np.arange(0, 255, dtype=np.uint32) << np.uint32(23)
    bits = (exps[:, None] | mant[None, :]).reshape(-1)
    bits = np.concatenate([bits, bits | np.uint32(0x80000000)])
    x = bits.view(np.float32)
    with np.errstate(over="ignore"):
        assert np.array_equal(D._narrow(x, np.dtype(np.float16)).view(np.uint16), x.astype(np.float16).view(np.uint16))
    assert np.array_equal(D._narrow(x, np.dtype(ml_dtypes.bfloat16)).view(np.uint16), x.astype(ml_dtypes.bfloat16).view(np.uint16))


def _old_perm(key: int, counter: int, size: int) -> np.ndarray:
    """TF's ShuffleRange written out plainly (one scalar word at a time, 64-bit modulo)."""
    words = D.philox(key, counter, max(1, -(-(size - 1) // 4))).reshape(-1)
    perm = np.arange(size, dtype=np.int64)
    for i in range(size - 1):
        j = i + int(words[i]) % (size - i)
        perm[i], perm[j] = perm[j], perm[i]
    return perm


@pytest.mark.parametrize("size", [2, 3, 4, 5, 8, 1023, 1025, 4099])
def test_shuffle_equals_plain_fisher_yates(size: int) -> None:
    key, counter = 99, (1 << 128) - 3
    perm = _old_perm(key, counter, size)
    assert np.array_equal(D.shuffle_permutation(key, counter, size), perm)
    for value in (
        np.arange(size, dtype=np.float32),
        np.arange(size, dtype=np.int8),
        np.arange(size * 4, dtype=np.float32).reshape(size, 4),
        np.arange(size * 2, dtype=np.complex128).reshape(size, 2),
        np.arange(size * 3, dtype=np.uint16).reshape(size, 3),
        np.arange(size * 40, dtype=np.float64).reshape(size, 40),
    ):
        assert np.array_equal(D.shuffle(key, counter, value), value[perm])


def test_mod_u32_is_exact_at_the_edges() -> None:
    @njit
    def mods(xs, ns):
        out = np.empty((xs.shape[0], ns.shape[0]), np.int64)
        for i in range(xs.shape[0]):
            for j in range(ns.shape[0]):
                out[i, j] = D._mod_u32(xs[i], ns[j])
        return out

    edge = [0, 1, 2, 3, 2**16, 2**31 - 1, 2**31, 2**31 + 1, 2**32 - 3, 2**32 - 2, 2**32 - 1]
    xs = np.array(edge + list(np.random.default_rng(1).integers(0, 2**32, 300)), dtype=np.int64)
    ns = np.array([1, 2, 3, 7, 2**16 + 1, 2**31 - 1, 2**31, 2**32 - 2, 2**32 - 1] + list(np.random.default_rng(2).integers(1, 2**32, 50)), dtype=np.int64)
    assert np.array_equal(mods(xs, ns), xs[:, None] % ns[None, :])


def test_categorical_search_paths_agree() -> None:
    # few classes (counting) and many (guide table), with ties (-inf logits) and all-inf rows
    rng = np.random.default_rng(4)
    for ncls in (1, 2, 16, 64, 65, 1000):
        logits = rng.standard_normal((50, ncls)) * 5
        logits[rng.random(logits.shape) < 0.3] = -np.inf
        logits[3] = -np.inf
        out = D.multinomial(7, 8, logits, 300, "int64")
        u = D.uniform(7, 8, 50 * 300, "float64").reshape(50, 300)
        finite = np.isfinite(logits)
        for b in (0, 3, 17, 49):
            mx = np.max(logits[b][finite[b]]) if finite[b].any() else np.finfo(np.float64).min
            cdf, running = [], 0.0
            for j in range(ncls):
                if finite[b, j]:
                    running += math.exp(logits[b, j] - mx)  # libm, as the kernel
                cdf.append(running)
            expect = np.searchsorted(np.array(cdf), u[b] * running, side="right")
            assert np.array_equal(out[b], expect), (ncls, b)


def test_index_shuffle_kernel_matches_the_cipher_in_python() -> None:
    rng = np.random.default_rng(6)
    for max_index in (0, 1, 5, 255, 65535, 65536, 10**6, 2**40 + 3, 2**63 - 1):
        idx = rng.integers(0, max_index + 1, size=20, dtype=np.int64)
        seed = np.array([IS.SEED_PAD, 17, 23])
        got = IS.index_shuffle(idx, seed, np.array(max_index, dtype=np.int64))
        key = tuple(int(s) & 0xFFFFFFFF for s in seed)
        assert [int(g) for g in got] == [IS.index_shuffle_one(int(i), key, max_index) for i in idx]  # type: ignore[arg-type]


def test_plus_zero_is_the_wrappers_times_one_plus_zero_on_every_half() -> None:
    from philoxd_server.engine import _ops

    for dt in (np.dtype(np.float16), np.dtype(ml_dtypes.bfloat16)):
        x = np.arange(1 << 16, dtype=np.uint32).astype(np.uint16).view(dt)
        x = x[np.isfinite(x.astype(np.float32))]
        with np.errstate(all="ignore"):
            ref = _ops._add(_ops._arith(np.multiply, x, dt.type(1), dt), dt.type(0), dt, graph=False)
        assert np.array_equal(D.plus_zero(x).view(np.uint16), ref.view(np.uint16))


def test_ptn_kernel_equals_the_python_sampler() -> None:
    from philoxd_server.engine import _ptn_kernel
    from tests.unit import ptn_reference as _ptn

    bounds = [(0.0, 1.0, -2.0, 2.0), (0.0, 1.0, -np.inf, 0.5), (1.0, 2.0, 3.0, np.inf), (0.0, 1.0, 5.0, 5.5),
              (0.0, 1.0, -0.1, 0.1), (3.0, 0.5, -np.inf, -1.0), (-5.0, 3.0, -6.0, 100.0), (2.0, 1.0, 0.0, 1.0)]
    rng = np.random.default_rng(8)
    for dt in (np.float16, np.float32, np.float64):
        for spb in (1, 7, 300):
            sel = [bounds[int(i)] for i in rng.integers(0, len(bounds), 3)]
            params = [np.array([c[j] for c in sel], dtype=dt) for j in range(4)]
            key, counter = int(rng.integers(0, 2**63)), (1 << 128) - 2
            a = _ptn.parameterized_truncated_normal(key, counter, (spb, 3), *params)
            b = _ptn_kernel.parameterized_truncated_normal(key, counter, (spb, 3), *params)
            assert a.dtype == b.dtype and np.array_equal(a.view(np.uint8), b.view(np.uint8))
    bad = [np.array(v, dtype=np.float32) for v in (0.0, -1.0, -2.0, 2.0)]
    with pytest.raises(ValueError, match="Invalid parameters"):
        _ptn_kernel.parameterized_truncated_normal(1, 2, (3,), *bad)


def test_ptn_kernel_large_draw_uses_the_vectorized_normals() -> None:
    from philoxd_server.engine import _ptn_kernel
    from tests.unit import ptn_reference as _ptn

    assert L.exact()
    params = [np.array(v, dtype=np.float32) for v in (0.5, 1.5, -2.0, 3.0)]
    a = _ptn.parameterized_truncated_normal(3, 4, (40000,), *params)
    b = _ptn_kernel.parameterized_truncated_normal(3, 4, (40000,), *params)
    assert np.array_equal(a.view(np.uint32), b.view(np.uint32))


def test_sampler_kernels_equal_the_python_samplers() -> None:
    from philoxd_server.engine import _samplers, _samplers_kernel

    rng = np.random.default_rng(9)
    for kind in ("uniform", "log_uniform", "learned_unigram", "fixed_unigram", "all"):
        for unique in (False, True):
            rmax = 300 if kind == "fixed_unigram" else 5000
            ns = 200 if kind != "all" else 50
            unigrams = tuple(float(x) for x in rng.random(rmax) * 3) if kind == "fixed_unigram" else ()
            spec = _samplers.SamplerSpec(kind, 2, ns, unique, ns if kind == "all" else rmax, distortion=0.75, unigrams=unigrams)
            true_classes = rng.integers(0, min(rmax, ns) if kind == "all" else rmax, size=(3, 2)).astype(np.int64)
            learned = [np.ones(rmax, np.int64) + rng.integers(0, 3, rmax) if kind == "learned_unigram" else None for _ in range(2)]
            if learned[0] is not None:
                learned[1] = learned[0].copy()
            key, counter = int(rng.integers(0, 2**63)), (1 << 128) - 100
            a = _samplers.sample_candidates(spec, true_classes, key, counter, learned[0])
            b = _samplers_kernel.sample_candidates(spec, true_classes, key, counter, learned[1])
            for x, y in zip(a, b):
                assert x.dtype == y.dtype and np.array_equal(x.view(np.uint8), y.view(np.uint8)), (kind, unique)
            if learned[0] is not None:
                assert np.array_equal(learned[0], learned[1])


def test_gpb_prefetched_blocks_equal_blocks_computed_one_by_one() -> None:
    from philoxd_server.engine import _gpb as G
    from philoxd_server.engine.ops import _gamma as GA

    key, counter = 0x1234, (1 << 128) - 300  # the counters wrap inside the draw
    k0, k1, c0, c1, c2, c3 = _kernel_args(key, counter)
    lo, hi = c0 | (c1 << np.uint64(32)), c2 | (c3 << np.uint64(32))
    w = np.zeros((4, 1), np.uint32)
    n = 600
    for rate in (3.0, 30.0):
        out = G.random_poisson(key, counter, n, np.array([rate]), np.float64).reshape(-1)
        consts = G._poisson_constants(rate)
        for o in (0, 1, 255, 256, 599):
            blo, bhi = (np.uint64(x) for x in G._output_base(lo, hi, G.POISSON_RESERVED_SAMPLES_PER_OUTPUT, o))
            assert out[o] == G._poisson_one(rate, 1e300, *consts, w, 0, 0, k0, k1, blo, bhi)
    alpha = np.array([2.0])
    out = GA.random_gamma(key, counter, n, alpha, np.float64).reshape(-1)
    d = 2.0 - 1.0 / 3
    c = 1.0 / 3 / np.sqrt(d)
    for o in (0, 1, 255, 256, 599):
        blo, bhi = (np.uint64(x) for x in G._output_base(lo, hi, GA.GAMMA_RESERVED_SAMPLES_PER_OUTPUT, o))
        assert out[o] == GA._gamma_one(2.0, d, c, w, 0, 0, k0, k1, blo, bhi)
    for count, prob in ((100.0, 0.3), (100.0, 0.9), (10.0, 0.3)):
        out = G.stateless_binomial(key, counter, (n,), np.array(count), np.array(prob), np.float64)
        mode, dcount, pp = G._binomial_modes(np.array([count]), np.array([prob]))
        for o in (0, 1, 255, 256, 599):
            if mode[0] in (G._B_BTRS, G._B_BTRS_Q):
                blo, bhi = (np.uint64(x) for x in G._output_base(lo, hi, G.BINOMIAL_BTRS_SKIP, o))
                res = G._btrs(dcount[0], *G._btrs_constants(dcount[0], pp[0]), w, 0, 0, k0, k1, blo, bhi)
            else:
                blo, bhi = (np.uint64(x) for x in G._output_base(lo, hi, G.BINOMIAL_INVERSION_SKIP, o))
                res = G._binomial_inversion(dcount[0], pp[0], w, 0, 0, k0, k1, blo, bhi)
            if mode[0] in (G._B_BTRS_Q, G._B_INV_Q):
                res = dcount[0] - res
            assert out[o] == res, (count, prob, o)
