"""Provenance: every draw's coordinates regenerate it bit-exactly, without touching state."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import numpy as np
import pytest

import philoxd


def _draws(rng: philoxd.Client) -> list[tuple[np.ndarray, object, object]]:
    r = rng.random
    out = []
    for fn, value in [
        (lambda: r.uniform([3, 2], minval=-2, maxval=7.5, seed=3), None),
        (lambda: r.uniform([4], minval=-9, maxval=9, dtype="int64"), None),
        (lambda: r.normal([5], mean=2.0, stddev=0.5, dtype="float16"), None),
        (lambda: r.truncated_normal([7], dtype="float64", seed=1), None),
        (lambda: r.stateless_uniform([3], seed=[4, 5], minval=None, maxval=None, dtype="uint64"), None),
        (lambda: r.shuffle(np.arange(12).reshape(6, 2), seed=2), np.arange(12).reshape(6, 2)),
        (lambda: r.categorical([[0.0, 1.0, -1.0]], 6, seed=8), [[0.0, 1.0, -1.0]]),
        (lambda: r.Generator.from_seed(11).normal([4]), None),
    ]:
        values = fn()
        out.append((values, rng.last_provenance, value))
    return out


def test_replay_reproduces_every_kind_of_draw_and_changes_nothing() -> None:
    rng = philoxd.connect()
    rng.random.set_seed(99)
    for values, provenance, value in _draws(rng):
        assert provenance is not None and provenance.num_elements == values.size
        text = philoxd.provenance_to_json(provenance)  # type: ignore[arg-type]
        again = rng.replay(text, input=value)
        assert again.dtype == values.dtype and again.shape == values.shape
        assert again.tobytes() == values.tobytes()
    # replays touched no kernel: the next seeded draw continues the stream
    fresh = philoxd.connect()
    fresh.random.set_seed(99)
    expected = [fresh.random.uniform([3, 2], minval=-2, maxval=7.5, seed=3) for _ in range(2)][1]
    assert np.array_equal(rng.random.uniform([3, 2], minval=-2, maxval=7.5, seed=3), expected)


def test_cli_replay_writes_the_same_numbers(tmp_path: pathlib.Path) -> None:
    rng = philoxd.connect()
    values = rng.random.normal([6], seed=5)
    (tmp_path / "p.json").write_text(philoxd.provenance_to_json(rng.last_provenance), encoding="utf-8")  # type: ignore[arg-type]
    out = tmp_path / "out.npy"
    cmd = [sys.executable, "-m", "philoxd_server", "replay", f"@{tmp_path / 'p.json'}", "--output", str(out)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    assert np.load(out).tobytes() == values.tobytes()


def test_bad_provenance_is_invalid_argument() -> None:
    rng = philoxd.connect()
    with pytest.raises(philoxd.errors.InvalidArgumentError, match="provenance JSON"):
        rng.replay("{not json")
    with pytest.raises(philoxd.errors.InvalidArgumentError):
        rng.replay(json.dumps({"distribution": "NORMAL", "dtype": "INT32", "shape": ["2"]}))
    done = subprocess.run([sys.executable, "-m", "philoxd_server", "replay", "{bad"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "provenance JSON" in done.stderr
