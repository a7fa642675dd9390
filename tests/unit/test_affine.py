"""TF's wrapper arithmetic ``x * s + c`` (the one-pass kernel and the numpy path) against a scalar
model written out here: IEEE per element with flush-to-zero, and every NaN chosen explicitly as
TF 2.21's x86-64 build chooses it (the rules the golden NaN cases, tests/golden/cases_nan.py,
record). Nothing is compared with the NaN bits of the host's arithmetic: a NaN result's bits come
from the model's rules, and only results that are not NaN (which IEEE fixes) are computed."""

from __future__ import annotations

import math
from collections.abc import Iterator

import ml_dtypes
import numpy as np
import pytest

from philoxd_server.engine import _spec

_QUIET = {4: 0x0040_0000, 8: 0x0008_0000_0000_0000}
_DEFAULT_NAN = {4: 0xFFC0_0000, 8: 0xFFF8_0000_0000_0000}  # x86's "real indefinite": negative
_PACKET = {4: 8, 8: 4}  # elements per AVX packet (TF's x86-64 wheel)


def _bits(v: np.generic) -> int:
    return int(np.asarray(v).view(f"u{v.dtype.itemsize}"))


def _from_bits(b: int, dtype: np.dtype) -> np.generic:
    return np.array([b], f"u{dtype.itemsize}").view(dtype)[0]


def _flush(v: np.generic) -> np.generic:
    """FTZ/DAZ: a subnormal is a zero of its sign."""
    return v * 0 if abs(v) < np.finfo(v.dtype).tiny else v


def _op(op: str, first: np.generic, second: np.generic) -> np.generic:
    """One op in the operands' dtype; a NaN result is ``first``'s NaN quieted, else ``second``'s,
    else x86's default NaN."""
    a, b = (first, second)
    with np.errstate(all="ignore"):
        r = a * b if op == "mul" else a + b
    if not math.isnan(r):
        return _flush(r)
    w = a.dtype.itemsize
    for v in (a, b):
        if math.isnan(v):
            return _from_bits(_bits(v) | _QUIET[w], a.dtype)
    return _from_bits(_DEFAULT_NAN[w], a.dtype)


def _model(x: np.ndarray, s: np.generic, c: np.generic) -> np.ndarray:
    """TF's ``x * s + c`` with scalar ``s`` and ``c``: in Eigen's packet loop (indices below
    ``n - n % P``) add and mul take the scalar operand's NaN first, in the scalar loop the array's;
    a function's constant ``c`` taken first (``c_first``) changes nothing: the array stays the array,
    also of one element (TF: ``[1] + []`` and ``[] + [1]`` both take the ``[1]``'s NaN)."""
    n = x.size
    end = n - n % _PACKET[x.dtype.itemsize]
    out = np.empty_like(x)
    for i, v in enumerate(x):
        packet = i < end
        v = _flush(v)
        t = _op("mul", s, v) if packet else _op("mul", v, s)
        out[i] = _op("add", c, t) if packet else _op("add", t, c)
    return out


def _values(dtype: np.dtype) -> np.ndarray:
    info = np.finfo(dtype)
    u = f"u{dtype.itemsize}"
    nans = np.array([0x7FC0_0001, 0xFFC1_2345, 0x7F80_0001] if dtype.itemsize == 4
                    else [0x7FF8_0000_0000_0001, 0xFFF8_1234_5678_9ABC, 0x7FF0_0000_0000_0001], u).view(dtype)
    special = np.array([0.0, -0.0, info.tiny, -info.tiny, info.tiny / 2, -info.tiny / 3, info.smallest_subnormal,
                        info.max, -info.max, np.inf, -np.inf, np.nan, -np.nan, 1.0, -1.0, 1e-30, 3.5]).astype(dtype)
    rng = np.random.default_rng(7)
    with np.errstate(over="ignore"):  # a few land on +-inf: kept
        random = np.concatenate([rng.standard_normal(12), rng.standard_normal(6) * float(info.tiny) * 4,
                                 rng.standard_normal(6) * (float(info.max) / 4)]).astype(dtype)
    return np.concatenate([special, nans, random])


def _params(dtype: np.dtype) -> list[np.generic]:
    info = np.finfo(dtype)
    u = f"u{dtype.itemsize}"
    nans = np.array([0xFFC1_2345, 0x7FC0_0001] if dtype.itemsize == 4 else [0xFFF8_1234_5678_9ABC, 0x7FF8_0000_0000_0001], u)
    values = [1.0, 2.5, -3.0, 0.0, -0.0, 1e-3, 7, float(info.tiny) / 2, float(info.tiny), 1e30, np.inf, -np.inf,
              np.nan, -np.nan, 0.1, -2.75]
    with np.errstate(over="ignore"):
        return [_flush(dtype.type(v)) for v in values] + list(nans.view(dtype))


@pytest.fixture(autouse=True)
def _quiet_numpy() -> Iterator[None]:
    with np.errstate(all="ignore"):  # the engine's callers run it so (inf * 0 is TF's NaN, not an error)
        yield


def _hex(a: np.ndarray) -> list[str]:
    return [hex(v) for v in np.asarray(a).reshape(-1).view(f"u{a.dtype.itemsize}")]


@pytest.mark.parametrize("dtype", [np.dtype(np.float32), np.dtype(np.float64)])
@pytest.mark.parametrize("c_first", [False, True])
def test_multiply_add_matches_the_scalar_model(dtype: np.dtype, c_first: bool) -> None:
    x = _values(dtype)
    for n in (x.size, 19, 7, 1):  # packet loop and scalar tail, tail only, a single element
        xs = x[:n]
        for s in _params(dtype):
            for c in _params(dtype):
                want = _model(xs, s, c)
                got = _spec.multiply_add(xs, s, c, dtype, graph=False, c_first=c_first)
                assert _hex(got) == _hex(want), (n, s, c)
                two_ops = _spec.add(_spec.arith(np.multiply, xs, s, dtype), c, dtype, graph=False, c_first=c_first)
                assert _hex(np.asarray(two_ops)) == _hex(want), (n, s, c)


@pytest.mark.parametrize("dtype", [np.dtype(np.float32), np.dtype(np.float64)])
def test_two_arrays_take_the_first_operands_nan(dtype: np.dtype) -> None:
    # Tensors of the same shape or broadcast: the first operand's NaN, in every element.
    x = _values(dtype)
    y = np.roll(x, 5)
    for op, name in ((np.add, "add"), (np.multiply, "mul")):
        want = np.array([_op(name, _flush(a), _flush(b)) for a, b in zip(x, y)], dtype)
        assert _hex(_spec.arith(op, x, y, dtype)) == _hex(want)
        want_swapped = np.array([_op(name, _flush(b), _flush(a)) for a, b in zip(x, y)], dtype)
        assert _hex(_spec.arith(op, x, y, dtype, y_first=True)) == _hex(want_swapped)
    rows = x[: 4 * 9].reshape(4, 9)
    col = np.roll(x, 3)[:9]
    want = np.array([[_op("add", _flush(a), _flush(b)) for a, b in zip(row, col)] for row in rows], dtype)
    assert _hex(_spec.arith(np.add, rows, col, dtype)) == _hex(want)


def test_zero_d_operands_take_the_first_operands_nan() -> None:
    dtype = np.dtype(np.float32)
    a, b = _from_bits(0x7FC0_0001, dtype), _from_bits(0xFFC1_2345, dtype)
    x = np.array(b)
    assert _hex(np.asarray(_spec.multiply_add(x, dtype.type(1), a, dtype, graph=False))) == ["0xffc12345"]
    assert _hex(np.asarray(_spec.multiply_add(x, dtype.type(1), a, dtype, graph=True, c_first=True))) == ["0x7fc00001"]


def test_subtract_takes_the_first_operands_nan() -> None:
    dtype = np.dtype(np.float32)
    hi, lo = _from_bits(0x7FC0_0001, dtype), _from_bits(0xFFC1_2345, dtype)
    assert _hex(np.asarray(_spec.arith(np.subtract, hi, lo, dtype))) == ["0x7fc00001"]
    assert _hex(np.asarray(_spec.arith(np.subtract, lo, hi, dtype))) == ["0xffc12345"]
    inf = dtype.type(np.inf)
    assert _hex(np.asarray(_spec.arith(np.subtract, inf, inf, dtype))) == ["0xffc00000"]


@pytest.mark.parametrize("n", [1, 7, 8, 19])
def test_half_types_round_nans_as_tf(n: int) -> None:
    """float16 keeps sign and top payload bits; bfloat16 only the sign, and Eigen's 8-wide packet
    conversion loses even that; the array operand's NaN first (no packet rule)."""
    f16 = np.dtype(np.float16)
    x = np.full(n, 0xFE55, np.uint16).view(f16)
    s = np.array(0x7E01, np.uint16).view(f16)[()]
    assert _hex(_spec.arith(np.add, x, s, f16)) == ["0xfe55"] * n
    assert _hex(_spec.arith(np.add, s, x, f16)) == ["0xfe55"] * n  # [] + [1]: the [1]'s NaN too
    assert _hex(_spec.arith(np.multiply, np.full(n, np.inf, f16), f16.type(0), f16)) == ["0xfe00"] * n
    bf16 = np.dtype(ml_dtypes.bfloat16)
    xb = np.full(n, 0xFFD2, np.uint16).view(bf16)
    sb = np.array(0x7FD2, np.uint16).view(bf16)[()]
    end = n - n % 8
    assert _hex(_spec.arith(np.add, xb, sb, bf16)) == ["0x7fc0"] * end + ["0xffc0"] * (n - end)
