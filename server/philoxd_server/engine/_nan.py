"""The NaN an element-wise op returns in TF 2.21's x86-64 CPU build, written out so that
philoxd's bits never depend on the host's SIMD path (numpy's or LLVM's).

Measured with TF 2.21.0's CPU wheel (``tests/golden/cases_nan.py``; the wheel's Eigen packets
are AVX: 32 bytes):

* An op with one NaN operand returns that NaN quieted: the quiet bit set, sign and payload kept.
* An op on numbers with an invalid result (``inf * 0``, ``inf - inf``) returns x86's default
  NaN, which is negative: ``0xffc00000`` (float32), ``0xfff8000000000000`` (float64).
* An op with two NaN operands returns one of them, quieted:

  - ``sub`` and ``div``, and any op of two tensors (same shape or broadcast): the first.
  - ``add`` and ``mul`` with an operand of one element whose shape is not the output's (TF's
    BinaryOp "scalar" path; ``[1] + []`` takes it with ``[]`` the scalar): in float32/float64, elements
    that Eigen's packet loop computes (indices below ``n - n % P``, ``P`` elements per AVX
    packet) return the one-element operand's NaN, the rest (the scalar loop) the other's;
    float16/bfloat16 always the other's.

* float16 and bfloat16 compute in float32 and round: float16 keeps the sign and the payload's
  top 10 bits (``sign | 0x7e00 | payload >> 13``), bfloat16 only the sign (``sign | 0x7fc0``),
  except in Eigen's bfloat16 packet conversion (8 elements per packet, every op's elements below
  ``n - n % 8``), which writes ``0x7fc0`` for every NaN: the sign is lost there.
* In a function, grappler sorts a commutative op's inputs by node name: the wrappers' ``mean``
  (``minval``, gamma's ``1 / beta``) comes first (see :func:`._spec.add`).
"""

from __future__ import annotations

from typing import Any

import ml_dtypes
import numpy as np

__all__ = ["DEFAULT_NAN", "PACKET_BYTES", "QUIET_BIT", "fix", "uint_view", "vector_end"]

PACKET_BYTES = 32  # Eigen's AVX packet (TF's x86-64 wheel is built for AVX, not AVX-512)
_BFLOAT16 = np.dtype(ml_dtypes.bfloat16)
_HALF_TYPES = (np.dtype(np.float16), _BFLOAT16)
_UINT = {4: np.dtype(np.uint32), 8: np.dtype(np.uint64)}
# IEEE 754 quiet bit (the fraction's top bit) and x86's default NaN ("real indefinite", Intel SDM
# vol. 1, 4.8.3.7), by float width.
QUIET_BIT = {4: np.uint32(0x0040_0000), 8: np.uint64(0x0008_0000_0000_0000)}
DEFAULT_NAN = {4: np.uint32(0xFFC0_0000), 8: np.uint64(0xFFF8_0000_0000_0000)}
_F32_SIGN = np.uint32(0x8000_0000)
_F16_NAN = np.uint32(0x7C00)  # exponent all ones; the quiet bit comes with the float32 payload
_F16_PAYLOAD = np.uint32(0x3FF)
_BF16_NAN = np.uint32(0x7FC0)
_HALF_INF = {np.dtype(np.float16): np.uint16(0x7C00), _BFLOAT16: np.uint16(0x7F80)}  # +inf's bits
_BF16_PACKET = 8  # Eigen's Packet8bf (AVX): bfloat16 elements per packet conversion


def uint_view(dtype: np.dtype) -> np.dtype:
    """The unsigned integer dtype of float32/float64's width."""
    return _UINT[dtype.itemsize]


def vector_end(n: int, dtype: np.dtype) -> int:
    """Where Eigen's packet loop ends for ``n`` elements of ``dtype`` (0 for float16/bfloat16,
    whose scalar-path ops never take the one-element operand's NaN)."""
    if dtype in _HALF_TYPES:
        return 0
    return n - n % (PACKET_BYTES // dtype.itemsize)


def _first_second(x: np.ndarray, y: np.ndarray, shape: tuple[int, ...], dtype: np.dtype, commutative: bool) -> tuple[np.ndarray, np.ndarray]:
    """Per output element: the operand whose NaN TF returns first, and the other."""
    xb, yb = np.broadcast_to(x, shape), np.broadcast_to(y, shape)
    if y.size == 1 and y.shape != shape:
        scalar, tensor = yb, xb
    elif x.size == 1 and x.shape != shape:
        scalar, tensor = xb, yb
    else:  # same shapes, or both broadcast
        return xb, yb
    if not commutative:
        return xb, yb
    end = vector_end(int(np.prod(shape)), dtype)
    if end == 0:
        return tensor, scalar
    packet = (np.arange(int(np.prod(shape))) < end).reshape(shape)
    return np.where(packet, scalar, tensor), np.where(packet, tensor, scalar)


def fix(result: Any, x: Any, y: Any, dtype: np.dtype, *, commutative: bool) -> Any:
    """``result`` of a TF binary op on ``x`` and ``y`` (broadcast, rounded in ``dtype``) with every
    NaN replaced by the one TF returns (see above); the other elements untouched."""
    r = np.asarray(result)
    wide = np.dtype(np.float32) if dtype in _HALF_TYPES else dtype
    if dtype in _HALF_TYPES:  # exponent all ones, fraction not zero (no float32 copy of bfloat16)
        nan = (r.view(np.uint16) & np.uint16(0x7FFF)) > _HALF_INF[dtype]
    else:
        nan = np.isnan(r)
    if not nan.any():
        return result
    u = uint_view(wide)
    first, second = _first_second(np.asarray(x).astype(wide), np.asarray(y).astype(wide), r.shape, dtype, commutative)
    first, second = first[nan], second[nan]
    fb, sb = first.view(u), second.view(u)
    q = QUIET_BIT[wide.itemsize]
    bits = np.where(np.isnan(first), fb | q, np.where(np.isnan(second), sb | q, DEFAULT_NAN[wide.itemsize]))
    if dtype == np.float16:
        bits = ((bits & _F32_SIGN) >> np.uint32(16)) | _F16_NAN | ((bits >> np.uint32(13)) & _F16_PAYLOAD)
    elif dtype == _BFLOAT16:
        n = r.size
        packet = (np.arange(n) < n - n % _BF16_PACKET).reshape(r.shape)[nan]
        bits = np.where(packet, np.uint32(0), (bits & _F32_SIGN) >> np.uint32(16)) | _BF16_NAN
    out = r.copy()
    out.view(f"u{dtype.itemsize}")[nan] = bits.astype(f"u{dtype.itemsize}")
    return out if out.ndim else out[()]
