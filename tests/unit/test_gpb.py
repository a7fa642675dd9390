"""Unit tests for the gamma / Poisson / binomial kernels (engine._gpb).

TF_CASES were recorded from TensorFlow 2.21 CPU raw ops (StatelessRandomGammaV2/V3,
RandomGamma x2 consecutive calls, StatelessRandomPoisson, RandomPoissonV2 x2,
StatelessRandomBinomial, Generator.binomial x2 with the state before/after);
arrays are little-endian hex.
"""

from __future__ import annotations

import numpy as np
import pytest
from philoxd_server.engine import _gpb as G
from philoxd_server.engine.ops import _gamma as GA
from philoxd_server.engine._seeds import kernel_key_counter, stateless_key_counter
from philoxd_server.state._store import add_counter

TF_CASES = [{'op': 'sgamma',
  'seed': [-1009409895779, 161576974],
  'shape': [1, 1],
  'alpha': {'dtype': 'float16', 'shape': [1], 'hex': 'e270'},
  'dtype': 'float16',
  'res': {'dtype': 'float16', 'shape': [1, 1], 'hex': 'cf70'}},
 {'op': 'gamma',
  'seed': 376383645,
  'seed2': 1746484540,
  'shape': [1],
  'alpha': {'dtype': 'float16', 'shape': [1], 'hex': 'e270'},
  'dtype': 'float16',
  'res': [{'dtype': 'float16', 'shape': [1, 1], 'hex': 'ee70'},
          {'dtype': 'float16', 'shape': [1, 1], 'hex': 'd770'}]},
 {'op': 'spoisson',
  'seed': [-1009409895779, 161576974],
  'shape': [1, 1],
  'lam': {'dtype': 'float16', 'shape': [1], 'hex': '2a50'},
  'dtype': 'float16',
  'res': {'dtype': 'float16', 'shape': [1, 1], 'hex': '8050'}},
 {'op': 'poisson',
  'seed': 376383645,
  'seed2': 1746484540,
  'shape': [1],
  'lam': {'dtype': 'float16', 'shape': [1], 'hex': '2a50'},
  'dtype': 'float16',
  'res': [{'dtype': 'float16', 'shape': [1, 1], 'hex': '804d'},
          {'dtype': 'float16', 'shape': [1, 1], 'hex': '0050'}]},
 {'op': 'sbinom',
  'seed': [-1009409895779, 161576974],
  'shape': [1, 1],
  'counts': {'dtype': 'float16', 'shape': [1], 'hex': '00c2'},
  'probs': {'dtype': 'float16', 'shape': [1], 'hex': '7b3b'},
  'dtype': 'float16',
  'res': {'dtype': 'float16', 'shape': [1, 1], 'hex': '0000'}},
 {'op': 'gbinom',
  'state0': [376383645, 0, 0],
  'state1': [376486045, 0, 0],
  'shape': [1, 1],
  'counts': {'dtype': 'float16', 'shape': [1], 'hex': '00c2'},
  'probs': {'dtype': 'float16', 'shape': [1], 'hex': '7b3b'},
  'dtype': 'float16',
  'res': [{'dtype': 'float16', 'shape': [1, 1], 'hex': '0000'},
          {'dtype': 'float16', 'shape': [1, 1], 'hex': '0000'}]},
 {'op': 'sgamma',
  'seed': [-440438210519, 1162779116],
  'shape': [1, 3],
  'alpha': {'dtype': 'float32', 'shape': [3], 'hex': 'ab79143e1ce20840d9389140'},
  'dtype': 'float32',
  'res': {'dtype': 'float32', 'shape': [1, 3], 'hex': '9d583f3d627c0e3fba2d9b40'}},
 {'op': 'gamma',
  'seed': 907713895,
  'seed2': 865948038,
  'shape': [1],
  'alpha': {'dtype': 'float32', 'shape': [3], 'hex': 'ab79143e1ce20840d9389140'},
  'dtype': 'float32',
  'res': [{'dtype': 'float32', 'shape': [1, 3], 'hex': 'f8d69b39441d03408becbd3f'},
          {'dtype': 'float32', 'shape': [1, 3], 'hex': 'f618b53c73cef73f1713bd3f'}]},
 {'op': 'sgamma',
  'seed': [-360382395049, 125773897],
  'shape': [1, 2, 3],
  'alpha': {'dtype': 'float64',
            'shape': [2, 3],
            'hex': 'c39cc47de0fc0140bd0059f6edfeed3fa0c2ebfe4b48b4391ec87037f12af33f5ea0d0daef7307400000000000002440'},
  'dtype': 'float64',
  'res': {'dtype': 'float64',
          'shape': [1, 2, 3],
          'hex': 'c12fb94e2796f93f5256ee2b48c8fe3f0000000000000000420fa41ceb17cd3ff473097f4a18fc3ff69794ed98e82340'}},
 {'op': 'gamma',
  'seed': 322722697,
  'seed2': 1846923787,
  'shape': [1],
  'alpha': {'dtype': 'float64',
            'shape': [2, 3],
            'hex': 'c39cc47de0fc0140bd0059f6edfeed3fa0c2ebfe4b48b4391ec87037f12af33f5ea0d0daef7307400000000000002440'},
  'dtype': 'float64',
  'res': [{'dtype': 'float64',
           'shape': [1, 2, 3],
           'hex': '693d901b5d3c0e408fcc09d3b465ff3f0000000000000000907bd64ac613e13f09ac87ec8df6f83ff9f3566643742240'},
          {'dtype': 'float64',
           'shape': [1, 2, 3],
           'hex': '49e2b5cbed86064001bb23ac9eb5de3f0000000000000000a0f76cdd7b0ef63ff15e45a1fa94ff3fb88621e500b92440'}]},
 {'op': 'spoisson',
  'seed': [798509773573, 579470084],
  'shape': [5, 1],
  'lam': {'dtype': 'float16', 'shape': [1], 'hex': 'e045'},
  'dtype': 'float32',
  'res': {'dtype': 'float32', 'shape': [5, 1], 'hex': '000000410000a040000000410000c0400000e040'}},
 {'op': 'poisson',
  'seed': 1892592742,
  'seed2': 353044762,
  'shape': [5],
  'lam': {'dtype': 'float16', 'shape': [1], 'hex': 'e045'},
  'dtype': 'float32',
  'res': [{'dtype': 'float32', 'shape': [5, 1], 'hex': '0000a0400000a0400000e0400000404000004040'},
          {'dtype': 'float32', 'shape': [5, 1], 'hex': '0000a0400000404000000041000080400000a040'}]},
 {'op': 'sbinom',
  'seed': [798509773573, 579470084],
  'shape': [5, 1],
  'counts': {'dtype': 'float32', 'shape': [1], 'hex': '000040c0'},
  'probs': {'dtype': 'float32', 'shape': [1], 'hex': '00000000'},
  'dtype': 'float32',
  'res': {'dtype': 'float32', 'shape': [5, 1], 'hex': '0000000000000000000000000000000000000000'}},
 {'op': 'gbinom',
  'state0': [1892592742, 0, 0],
  'state1': [1892797542, 0, 0],
  'shape': [5, 1],
  'counts': {'dtype': 'float32', 'shape': [1], 'hex': '000040c0'},
  'probs': {'dtype': 'float32', 'shape': [1], 'hex': '00000000'},
  'dtype': 'float32',
  'res': [{'dtype': 'float32', 'shape': [5, 1], 'hex': '0000000000000000000000000000000000000000'},
          {'dtype': 'float32', 'shape': [5, 1], 'hex': '0000000000000000000000000000000000000000'}]},
 {'op': 'spoisson',
  'seed': [975657723710, 708445905],
  'shape': [2, 3, 1],
  'lam': {'dtype': 'float16', 'shape': [1], 'hex': 'd333'},
  'dtype': 'float64',
  'res': {'dtype': 'float64',
          'shape': [2, 3, 1],
          'hex': '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'}},
 {'op': 'poisson',
  'seed': 427989927,
  'seed2': 613679013,
  'shape': [2, 3],
  'lam': {'dtype': 'float16', 'shape': [1], 'hex': 'd333'},
  'dtype': 'float64',
  'res': [{'dtype': 'float64',
           'shape': [2, 3, 1],
           'hex': '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'},
          {'dtype': 'float64',
           'shape': [2, 3, 1],
           'hex': '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000f03f'}]},
 {'op': 'sbinom',
  'seed': [975657723710, 708445905],
  'shape': [2, 3, 1],
  'counts': {'dtype': 'float16', 'shape': [1], 'hex': '003c'},
  'probs': {'dtype': 'float16', 'shape': [1], 'hex': '7438'},
  'dtype': 'float64',
  'res': {'dtype': 'float64',
          'shape': [2, 3, 1],
          'hex': '000000000000f03f000000000000f03f000000000000f03f000000000000f03f00000000000000000000000000000000'}},
 {'op': 'gbinom',
  'state0': [427989927, 0, 0],
  'state1': [428220327, 0, 0],
  'shape': [2, 3, 1],
  'counts': {'dtype': 'float16', 'shape': [1], 'hex': '003c'},
  'probs': {'dtype': 'float16', 'shape': [1], 'hex': '7438'},
  'dtype': 'float64',
  'res': [{'dtype': 'float64',
           'shape': [2, 3, 1],
           'hex': '000000000000f03f000000000000f03f000000000000f03f000000000000f03f000000000000f03f0000000000000000'},
          {'dtype': 'float64',
           'shape': [2, 3, 1],
           'hex': '000000000000f03f00000000000000000000000000000000000000000000f03f000000000000f03f0000000000000000'}]},
 {'op': 'spoisson',
  'seed': [100602848878, 2123252828],
  'shape': [13, 1],
  'lam': {'dtype': 'float16', 'shape': [1], 'hex': '00bc'},
  'dtype': 'int32',
  'res': {'dtype': 'int32',
          'shape': [13, 1],
          'hex': '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'}},
 {'op': 'poisson',
  'seed': 1325045125,
  'seed2': 1311679659,
  'shape': [13],
  'lam': {'dtype': 'float16', 'shape': [1], 'hex': '00bc'},
  'dtype': 'int32',
  'res': [{'dtype': 'int32',
           'shape': [13, 1],
           'hex': '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'},
          {'dtype': 'int32',
           'shape': [13, 1],
           'hex': '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'}]},
 {'op': 'sbinom',
  'seed': [100602848878, 2123252828],
  'shape': [13, 1],
  'counts': {'dtype': 'float64', 'shape': [1], 'hex': '0000000000005940'},
  'probs': {'dtype': 'float64', 'shape': [1], 'hex': '9a9999999999b9bf'},
  'dtype': 'int32',
  'res': {'dtype': 'int32',
          'shape': [13, 1],
          'hex': '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'}},
 {'op': 'gbinom',
  'state0': [1325045125, 0, 0],
  'state1': [1325454725, 0, 0],
  'shape': [13, 1],
  'counts': {'dtype': 'float64', 'shape': [1], 'hex': '0000000000005940'},
  'probs': {'dtype': 'float64', 'shape': [1], 'hex': '9a9999999999b9bf'},
  'dtype': 'int32',
  'res': [{'dtype': 'int32',
           'shape': [13, 1],
           'hex': '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'},
          {'dtype': 'int32',
           'shape': [13, 1],
           'hex': '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'}]},
 {'op': 'spoisson',
  'seed': [216907889336, 1960834087],
  'shape': [13, 1],
  'lam': {'dtype': 'float16', 'shape': [1], 'hex': '5e55'},
  'dtype': 'int64',
  'res': {'dtype': 'int64',
          'shape': [13, 1],
          'hex': '5c000000000000007c00000000000000570000000000000065000000000000005e0000000000000062000000000000004f0000000000000048000000000000005b000000000000005400000000000000550000000000000055000000000000005300000000000000'}},
 {'op': 'poisson',
  'seed': 210844007,
  'seed2': 2092244367,
  'shape': [13],
  'lam': {'dtype': 'float16', 'shape': [1], 'hex': '5e55'},
  'dtype': 'int64',
  'res': [{'dtype': 'int64',
           'shape': [13, 1],
           'hex': '51000000000000005f000000000000005700000000000000520000000000000057000000000000005a000000000000005600000000000000520000000000000052000000000000005100000000000000660000000000000056000000000000006400000000000000'},
          {'dtype': 'int64',
           'shape': [13, 1],
           'hex': '570000000000000054000000000000005a0000000000000056000000000000005c0000000000000055000000000000005800000000000000550000000000000064000000000000004e000000000000005f0000000000000050000000000000004300000000000000'}]},
 {'op': 'sbinom',
  'seed': [216907889336, 1960834087],
  'shape': [13, 1],
  'counts': {'dtype': 'float16', 'shape': [1], 'hex': '537b'},
  'probs': {'dtype': 'float16', 'shape': [1], 'hex': 'c23b'},
  'dtype': 'int64',
  'res': {'dtype': 'int64',
          'shape': [13, 1],
          'hex': '2ce3000000000000cee200000000000041e300000000000002e300000000000022e300000000000011e300000000000065e300000000000084e300000000000032e30000000000000ce30000000000004ae30000000000004ae300000000000054e3000000000000'}},
 {'op': 'gbinom',
  'state0': [210844007, 0, 0],
  'state1': [211253607, 0, 0],
  'shape': [13, 1],
  'counts': {'dtype': 'float16', 'shape': [1], 'hex': '537b'},
  'probs': {'dtype': 'float16', 'shape': [1], 'hex': 'c23b'},
  'dtype': 'int64',
  'res': [{'dtype': 'int64',
           'shape': [13, 1],
           'hex': '53e300000000000027e300000000000047e300000000000052e30000000000004de30000000000005ae300000000000062e30000000000007be30000000000005de300000000000012e30000000000003ee30000000000007de300000000000072e3000000000000'},
          {'dtype': 'int64',
           'shape': [13, 1],
           'hex': '77e300000000000007e300000000000055e300000000000076e30000000000005be30000000000006ce30000000000005de300000000000001e300000000000034e300000000000062e30000000000009de20000000000004ce300000000000049e3000000000000'}]},
 {'op': 'v3gamma',
  'key': 12345,
  'counter': 340282366920938463463374607431768211455,
  'shape': [4, 3],
  'alpha': {'dtype': 'float32', 'shape': [3], 'hex': '0000003f000000400000803f'},
  'dtype': 'float32',
  'res': {'dtype': 'float32',
          'shape': [4, 3],
          'hex': '85c2f73e446803400a57413f9c45de3e990889406c85d3406acdca3e1bfe0540cd42db3d95de383e03b02b405c692640'}}]


def _dec(rec):
    return np.frombuffer(bytes.fromhex(rec["hex"]), dtype=np.dtype(rec["dtype"])).reshape(rec["shape"])


def _bits(a):
    a = np.ascontiguousarray(a)
    return a.dtype.name, a.shape, a.tobytes().hex()


def _check(actual, rec):
    assert _bits(actual) == _bits(_dec(rec))


@pytest.mark.parametrize("case", TF_CASES, ids=[f"{c['op']}-{c.get('dtype')}-{i}" for i, c in enumerate(TF_CASES)])
def test_matches_tensorflow(case):
    op = case["op"]
    if op in ("sgamma", "spoisson", "sbinom"):
        key, ctr = stateless_key_counter(case["seed"])
    if op == "sgamma":
        _check(GA.stateless_gamma(key, ctr, case["shape"], _dec(case["alpha"]), case["dtype"]), case["res"])
    elif op == "v3gamma":
        _check(GA.stateless_gamma(case["key"], case["counter"], case["shape"], _dec(case["alpha"]), case["dtype"]), case["res"])
    elif op == "gamma":
        key, ctr = kernel_key_counter(case["seed"], case["seed2"])
        alpha = _dec(case["alpha"])
        ns = int(np.prod(case["shape"]))
        for rec in case["res"]:
            _check(GA.random_gamma(key, ctr, ns, alpha, case["dtype"]).reshape(rec["shape"]), rec)
            ctr = add_counter(ctr, GA.random_gamma_reservation(ns, alpha.size))
    elif op == "spoisson":
        _check(G.stateless_poisson(key, ctr, case["shape"], _dec(case["lam"]), case["dtype"]), case["res"])
    elif op == "poisson":
        key, ctr = kernel_key_counter(case["seed"], case["seed2"])
        lam = _dec(case["lam"])
        ns = int(np.prod(case["shape"]))
        for rec in case["res"]:
            _check(G.random_poisson(key, ctr, ns, lam, case["dtype"]).reshape(rec["shape"]), rec)
            ctr = add_counter(ctr, G.random_poisson_reservation(ns, lam.size))
    elif op == "sbinom":
        _check(G.stateless_binomial(key, ctr, case["shape"], _dec(case["counts"]), _dec(case["probs"]), case["dtype"]), case["res"])
    elif op == "gbinom":
        s = [x % 2**64 for x in case["state0"]]
        ctr, key = s[0] | (s[1] << 64), s[2]
        counts, probs = _dec(case["counts"]), _dec(case["probs"])
        for rec in case["res"]:
            _check(G.stateful_binomial(key, ctr, case["shape"], counts, probs, case["dtype"]), rec)
            ctr = add_counter(ctr, G.binomial_state_advance(case["shape"], counts.shape, probs.shape))
        s1 = [x % 2**64 for x in case["state1"]]
        assert ctr == s1[0] | (s1[1] << 64)
    else:  # pragma: no cover
        raise AssertionError(op)


def test_reservations():
    assert GA.random_gamma_reservation(5, 3) == 5 * 3 * 256
    assert GA.random_gamma_reservation(0, 3) == 0
    assert G.random_poisson_reservation(4, 2) == 4 * 2 * 256
    assert G.random_poisson_reservation(4, 0) == 0
    # Generator.binomial: num_batches * 200 * (samples_per_batch + 3) // 4 * 256 (TF-observed).
    assert G.binomial_state_advance([5], (), ()) == 102400
    assert G.binomial_state_advance([5, 2], (2,), ()) == 204800
    assert G.binomial_state_advance([0], (), ()) == 150 * 256
    assert G.binomial_state_advance([], (), ()) == 200 * 1 * 4 // 4 * 256


def test_shapes_and_dtypes():
    k, c = 7, 9 << 64
    g = GA.random_gamma(k, c, 3, np.array([[0.5, 2.0]], np.float16), "float16")
    assert g.dtype == np.float16 and g.shape == (3, 1, 2)
    p = G.random_poisson(k, c, 0, np.array([1.0, 2.0]), "int64")
    assert p.dtype == np.int64 and p.shape == (0, 2)
    b = G.stateless_binomial(k, c, [4, 3], np.float32(10), np.array([0.1, 0.5, 0.9], np.float32), "int32")
    assert b.dtype == np.int32 and b.shape == (4, 3)
    assert GA.stateless_gamma(k, c, [0, 2], np.array([1.0, 2.0]), "float32").shape == (0, 2)


def test_sharding_independence():
    """Parallel and serial kernels agree; each output depends only on its own index."""
    k, c = 123, (2**64 - 5) | (4 << 64)
    alpha = np.array([0.3, 1.0, 4.0], np.float64)
    big = GA.random_gamma(k, c, 1500, alpha, "float64")  # 4500 outputs: parallel path
    small = GA.random_gamma(k, c, 10, alpha, "float64")  # serial path, same first outputs
    # output (a, s) uses counter c + 256 * (a * S + s): only s < 10 with S=10 vs 1500 differ
    # in index, so compare alpha 0 (same base) only.
    assert np.array_equal(big[:10, 0], small[:, 0])
    lam = np.full(3000, 25.0)
    assert np.array_equal(G.stateless_poisson(k, c, [3000], lam.astype(np.float32), "int32")[:50],
                          G.stateless_poisson(k, c, [50], np.float32(25.0), "int32"))


def test_edge_values():
    k, c = 1, 2 << 64
    g = GA.stateless_gamma(k, c, [4, 3], np.array([0.0, np.inf, np.nan]), "float64")
    assert (g[:, 0] == 0).all() and np.isinf(g[:, 1]).all() and np.isnan(g[:, 2]).all()
    p = G.stateless_poisson(k, c, [3, 4], np.array([-1.0, 0.0, np.inf, -np.inf], np.float32), "int32")
    assert (p == 0).all()  # +inf rate -> numeric_limits<int>::infinity() == 0
    pf = G.stateless_poisson(k, c, [3, 2], np.array([np.inf, 0.0], np.float32), "float32")
    assert np.isinf(pf[:, 0]).all() and (pf[:, 1] == 0).all()
    b = G.stateless_binomial(k, c, [2, 4], np.float64(7), np.array([0.0, 1.0, -1.0, np.nan]), "float64")
    assert (b[:, 0] == 0).all() and (b[:, 1] == 7).all() and (b[:, 2] == 0).all() and np.isnan(b[:, 3]).all()


def test_float32_results_flush_to_zero():
    """TF runs kernels with FTZ: a subnormal float32 gamma sample is 0."""
    k, c = 1, 0
    raw64 = GA.stateless_gamma(k, c, [400], np.float64(1e-3), "float64")
    raw32 = GA.stateless_gamma(k, c, [400], np.float32(1e-3), "float32")
    assert not (np.abs(raw32[raw32 != 0]) < np.finfo(np.float32).tiny).any()
    sub = (raw64 > 0) & (raw64 < np.finfo(np.float32).tiny)
    assert (raw32[sub] == 0).all()


@pytest.mark.parametrize(
    "rate, dtype",
    [(np.float32(np.nan), "int32"), (np.float64(3e9), "int32"), (np.float32(70000.0), "float16")],
)
def test_poisson_rejects_rates_tf_never_finishes(rate, dtype):
    with pytest.raises(ValueError):
        G.stateless_poisson(1, 0, [2], rate, dtype)


def test_binomial_errors():
    with pytest.raises(ValueError, match="compatible batch dimensions"):
        G.stateless_binomial(1, 0, [3, 2], np.ones(3, np.float32), np.ones(2, np.float32), "int32")
    with pytest.raises(ValueError, match="must end with broadcasted shape"):
        G.stateless_binomial(1, 0, [5], np.ones(1, np.float32), np.ones(1, np.float32), "int32")
    with pytest.raises(ValueError, match="NaN"):
        G.stateless_binomial(1, 0, [2], np.float32(np.nan), np.float32(0.3), "int32")
