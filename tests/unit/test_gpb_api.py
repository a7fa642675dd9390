"""gamma / poisson / binomial through the public API: kernel identity, counters, errors, replay.

Bit-exactness against TF is the golden file's job (tests/golden/tf_gpb.json); these
tests pin the stateful semantics around it.
"""

from __future__ import annotations

import pathlib
import subprocess
import sys

import numpy as np
import pytest

import philoxd
from philoxd.v1 import random_pb2 as pb


def _fresh(seed: int = 5) -> philoxd.Client:
    rng = philoxd.connect()
    rng.random.set_seed(seed)
    return rng


def test_poisson_kernels_are_keyed_by_rate_and_output_dtype() -> None:
    rng = _fresh()
    r = rng.random
    f32, f64 = np.array([3.0, 30.0], np.float32), np.array([3.0, 30.0], np.float64)
    first = r.poisson([4], lam=f32, seed=1, dtype="float32")
    # another rate dtype, another output dtype: fresh kernels starting at the same counter
    other_rate = r.poisson([4], lam=f64, seed=1, dtype="float32")
    other_out = r.poisson([4], lam=f32, seed=1, dtype="float64")
    again = r.poisson([4], lam=f32, seed=1, dtype="float32")  # same kernel: advanced
    ref = _fresh().random
    assert np.array_equal(other_rate, ref.poisson([4], lam=f64, seed=1, dtype="float32"))
    assert np.array_equal(other_out, ref.poisson([4], lam=f32, seed=1, dtype="float64"))
    assert not np.array_equal(first, again)


def test_poisson_default_dtype_takes_tf_fast_path_rates_as_double() -> None:
    # TF 2.21 eager: with dtype left a tf.DType, numpy rates of any dtype and Python numbers
    # become double (one kernel); a Python list or an np.float32 scalar keeps its own dtype
    r = _fresh().random
    r.poisson([4], lam=np.array([3.0], np.float32), seed=1)
    shared = r.poisson([4], lam=np.array([3], np.int64), seed=1)
    own = r.poisson([4], lam=[3.0], seed=1)
    ref = _fresh().random
    assert np.array_equal(own, ref.poisson([4], lam=[3.0], seed=1))
    ref.poisson([4], lam=3.0, seed=1)
    assert np.array_equal(shared.ravel(), ref.poisson([4], lam=3.0, seed=1))


def test_gamma_kernels_are_keyed_by_dtype_and_share_a_counter_across_shapes() -> None:
    r = _fresh().random
    a = r.gamma([2], alpha=[1.0, 2.0], seed=1)
    b64 = r.gamma([2], alpha=[1.0, 2.0], seed=1, dtype="float64")
    ref = _fresh().random
    assert np.array_equal(b64, ref.gamma([2], alpha=[1.0, 2.0], seed=1, dtype="float64"))
    # reservation = prod(shape) * alpha.size * 256: a [2] x [2] draw skips like a [4] x [1] one
    ref.gamma([4], alpha=[5.0], seed=1)
    assert np.array_equal(r.gamma([3], alpha=[0.5], seed=1), ref.gamma([3], alpha=[0.5], seed=1))
    assert a.shape == (2, 2) and b64.dtype == np.float64


def test_poisson_hang_rates_are_refused_without_moving_the_kernel() -> None:
    r = _fresh().random
    with pytest.raises(philoxd.errors.InvalidArgumentError, match="NaN"):
        r.poisson([2], lam=[np.nan], seed=1)
    with pytest.raises(philoxd.errors.InvalidArgumentError, match="largest int32"):
        r.poisson([2], lam=[1e10], seed=1, dtype="int32")
    assert r.poisson([2], lam=[3.0], seed=1).shape == (2, 1)
    assert np.array_equal(r.poisson([0], lam=[np.nan], seed=1), np.zeros((0, 1), np.float32))  # TF: no samples, no loop
    with pytest.raises(philoxd.errors.InvalidArgumentError, match="NaN"):
        r.stateless_poisson([2], seed=[1, 2], lam=np.float32(np.nan))


def test_generator_binomial_failed_checks_leave_the_state() -> None:
    rng = philoxd.connect()
    g = rng.random.Generator.from_seed(1)
    before = g.state
    with pytest.raises(philoxd.errors.InvalidArgumentError, match="must end with broadcasted shape"):
        g.binomial([5], counts=[10.0], probs=[0.3])
    with pytest.raises(philoxd.errors.InvalidArgumentError, match="compatible batch dimensions"):
        g.binomial([3, 2], counts=[1.0, 2.0, 3.0], probs=[0.5, 0.5])
    with pytest.raises(philoxd.errors.InvalidArgumentError, match="No OpKernel was registered"):
        g.binomial([5], counts=10, probs=0.3)
    assert np.array_equal(g.state, before)
    g.binomial([], counts=5.0, probs=0.5)  # the advance applies to empty shapes too
    assert g.state[0] == before[0] + 200 * (1 + 3) // 4 * 256  # 1 batch, 1 sample


def test_generator_has_no_gamma_or_poisson() -> None:
    rng = philoxd.connect()
    g = rng.random.Generator.from_seed(1)
    request = pb.DrawRequest(session=rng.session, distribution=pb.GAMMA, dtype=pb.FLOAT32, shape=[2])
    request.tensors["alpha"].CopyFrom(pb.Tensor(dtype=pb.FLOAT32, shape=[], data=np.float32(1).tobytes()))
    request.generator.generator = g.id
    with pytest.raises(philoxd.errors.InvalidArgumentError, match="no gamma"):
        rng._draw(request)


def _gpb_draws(rng: philoxd.Client) -> list[tuple[np.ndarray, pb.Provenance, dict[str, np.ndarray]]]:
    r = rng.random
    f32 = np.float32
    calls = [
        (lambda: r.gamma([4], alpha=[0.5, 2.0], beta=2.0, seed=1), {"alpha": np.array([0.5, 2.0], f32), "beta": f32(2.0)}),
        (lambda: r.gamma([3], alpha=[1.5], dtype="float16"), {"alpha": np.array([1.5], np.float16), "beta": np.float16(1)}),
        (lambda: r.poisson([3], lam=[1.0, 20.0], seed=2, dtype="int64"), {"lam": np.array([1.0, 20.0], f32)}),
        (lambda: r.stateless_gamma([3, 2], seed=[1, 2], alpha=[1.0, 3.0]), {"alpha": np.array([1.0, 3.0], f32), "beta": np.int32(1).astype(f32)}),
        (lambda: r.stateless_poisson([5], seed=[1, 2], lam=3.0), {"lam": f32(3.0)}),
        (lambda: r.stateless_binomial([4], seed=[3, 4], counts=20.0, probs=0.25), {"counts": f32(20.0), "probs": f32(0.25)}),
        (lambda: r.Generator.from_seed(7).binomial([4, 2], counts=[10.0, 100.0], probs=0.4), {"counts": np.array([10.0, 100.0], f32), "probs": f32(0.4)}),
    ]
    out = []
    for fn, tensors in calls:
        values = fn()
        out.append((values, rng.last_provenance, tensors))
    return out


def test_replay_regenerates_gamma_poisson_binomial() -> None:
    rng = _fresh(42)
    for values, provenance, tensors in _gpb_draws(rng):
        again = rng.replay(philoxd.provenance_to_json(provenance), tensors=tensors)
        assert again.dtype == values.dtype and again.shape == values.shape
        assert again.tobytes() == values.tobytes()


def test_cli_replay_takes_tensor_parameters(tmp_path: pathlib.Path) -> None:
    rng = philoxd.connect()
    values = rng.random.stateless_binomial([3, 2], seed=[1, 2], counts=[10.0, 50.0], probs=0.5, output_dtype="float32")
    (tmp_path / "p.json").write_text(philoxd.provenance_to_json(rng.last_provenance), encoding="utf-8")  # type: ignore[arg-type]
    np.save(tmp_path / "counts.npy", np.array([10.0, 50.0], np.float32))
    np.save(tmp_path / "probs.npy", np.float32(0.5))
    out = tmp_path / "out.npy"
    cmd = [
        sys.executable, "-m", "philoxd_server", "replay", f"@{tmp_path / 'p.json'}", "--output", str(out),
        "--tensor", f"counts={tmp_path / 'counts.npy'}", "--tensor", f"probs={tmp_path / 'probs.npy'}",
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    assert np.load(out).tobytes() == values.tobytes()
