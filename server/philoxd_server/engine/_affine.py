"""TF's wrapper arithmetic ``x * s + c`` in one pass, for float32/float64 arrays and scalar parameters.

TF runs ``rnd * stddev + mean`` (normal, truncated normal) and ``rnd * (maxval - minval) + minval``
(uniform) as two element-wise ops, each rounded in the output dtype, on a CPU that flushes
subnormal inputs and results to zero (FTZ/DAZ). :func:`._spec.add` and :func:`._spec.arith`
compute that with numpy, several passes over the array; :func:`multiply_add` computes the very
same per element (no FMA: Numba contracts nothing without ``fastmath``) in one pass. A NaN
result is written bit by bit as TF's (:mod:`._nan`): which operand's NaN, quieted, or x86's
default NaN, never whatever NaN the host's instructions return.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from . import _nan

__all__ = ["multiply_add"]


@njit(cache=True, inline="always")
def _pick(a, a_bits, b, b_bits, quiet, default):
    """The NaN x86 returns for an op on ``a`` and ``b`` (``a`` taken first), as bits."""
    if a != a:
        return a_bits | quiet
    if b != b:
        return b_bits | quiet
    return default


@njit(cache=True)
def _multiply_add(x, s, c, tiny, zero, out):
    """The arithmetic; returns whether any result is NaN (whose bits :func:`_nan_bits` then writes)."""
    nan = False
    for i in range(x.shape[0]):
        v = x[i]
        if abs(v) < tiny:  # DAZ (a NaN compares False and stays NaN); v * 0 keeps the sign
            v = v * zero
        t = v * s
        if abs(t) < tiny:  # FTZ
            t = t * zero
        r = t + c
        if abs(r) < tiny:
            r = r * zero
        out[i] = r
        nan |= r != r
    return nan


@njit(cache=True)
def _nan_bits(x, x_bits, s, s_bits, c, c_bits, tiny, zero, vector_end, quiet, default, out, out_bits):
    """Each NaN in ``out`` rewritten as TF's: in Eigen's packet loop (``i < vector_end``) add and
    mul take the scalar operand's NaN first, in its scalar loop the array's."""
    for i in range(x.shape[0]):
        if out[i] == out[i]:
            continue
        v = x[i]
        packet = i < vector_end
        if abs(v) < tiny:
            v = v * zero
        t = v * s
        t_bits = default
        if t != t:
            if packet:
                t_bits = _pick(s, s_bits, v, x_bits[i], quiet, default)
            else:
                t_bits = _pick(v, x_bits[i], s, s_bits, quiet, default)
        elif abs(t) < tiny:
            t = t * zero
        if packet:
            out_bits[i] = _pick(c, c_bits, t, t_bits, quiet, default)
        else:
            out_bits[i] = _pick(t, t_bits, c, c_bits, quiet, default)


def multiply_add(x: np.ndarray, s: np.generic, c: np.generic, tiny: np.generic, vector_end: int) -> np.ndarray:
    """``flush(flush(flush(x) * s) + c)`` element by element, in ``x``'s dtype, NaNs as TF's.

    Args:
      x: A float32 or float64 array.
      s: The multiplier, a scalar of ``x``'s dtype, already flushed.
      c: The addend, likewise.
      tiny: The dtype's smallest normal number (below it, values flush to a signed zero).
      vector_end: Where TF's packet loop ends (:func:`._nan.vector_end` of ``x.size``).

    Returns:
      A new array of ``x``'s shape and dtype.
    """
    flat = np.ascontiguousarray(x).reshape(-1)
    out = np.empty_like(flat)
    u = _nan.uint_view(x.dtype)
    width = x.dtype.itemsize
    zero = x.dtype.type(0)
    if _multiply_add(flat, s, c, tiny, zero, out):
        _nan_bits(flat, flat.view(u), s, np.asarray(s).view(u)[()], c, np.asarray(c).view(u)[()], tiny,
                  zero, vector_end, _nan.QUIET_BIT[width], _nan.DEFAULT_NAN[width], out, out.view(u))
    return out.reshape(x.shape)
