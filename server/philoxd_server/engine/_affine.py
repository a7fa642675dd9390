"""TF's wrapper arithmetic ``x * s + c`` in one pass, for float32/float64 arrays and scalar parameters.

TF runs ``rnd * stddev + mean`` (normal, truncated normal) and ``rnd * (maxval - minval) + minval``
(uniform) as two element-wise ops, each rounded in the output dtype, on a CPU that flushes
subnormal inputs and results to zero (FTZ/DAZ). :func:`._spec.add` and :func:`._spec.arith`
compute that with numpy, several passes over the array; :func:`multiply_add` computes the very
same per element (no FMA: Numba contracts nothing without ``fastmath``) in one pass.
"""

from __future__ import annotations

import numpy as np
from numba import njit

__all__ = ["multiply_add"]


@njit(cache=True)
def _multiply_add(x, s, c, tiny, zero, out):
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


def multiply_add(x: np.ndarray, s: np.generic, c: np.generic, tiny: np.generic) -> np.ndarray:
    """``flush(flush(flush(x) * s) + c)`` element by element, in ``x``'s dtype.

    Args:
      x: A float32 or float64 array.
      s: The multiplier, a scalar of ``x``'s dtype, already flushed.
      c: The addend, likewise.
      tiny: The dtype's smallest normal number (below it, values flush to a signed zero).

    Returns:
      A new array of ``x``'s shape and dtype.
    """
    flat = np.ascontiguousarray(x).reshape(-1)
    out = np.empty_like(flat)
    _multiply_add(flat, s, c, tiny, x.dtype.type(0), out)
    return out.reshape(x.shape)
