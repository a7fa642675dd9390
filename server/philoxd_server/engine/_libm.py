"""glibc's ``logf`` and ``sinf``/``cosf`` rewritten so that LLVM vectorizes them, bit for bit.

TF's ``BoxMullerFloat`` calls glibc's scalar ``logf`` and ``sincosf`` on float32 inputs that
come from small finite sets: ``u1`` is ``k * 2**-23`` (``k`` in ``[1, 2**23)``) or the
clamp ``1e-7f``; ``v1 = float(2 * M_PI * (k * 2**-23))``. 2**23 + 1 and 2**23 inputs: few enough
to check every one of them. This module re-implements the algorithms of glibc >= 2.28
(``sysdeps/ieee754/flt-32/e_logf.c``, ``s_sinf.c``, ``s_cosf.c``, ``s_sincosf.c``,
``sincosf.h``; from ARM's optimized-routines) with the operation order and the FMA
contractions of the variant glibc's ifunc picks on x86-64 CPUs with FMA and AVX2
(``__logf_fma``, ``__sinf_fma``, ``__cosf_fma``, ``__sincosf_fma``: GCC contracts every
``a * b + c`` of the C source; read off the disassembly of Debian's glibc 2.36). Written
branch-free over arrays, the loops vectorize (AVX-512: 8 doubles per instruction) where the
libm calls ran one value at a time.

Exactness is not assumed: :func:`verify` compares these functions with the process's own
libm (the functions Numba's ``math.log``/``math.sin``/``math.cos`` call, which TF's kernels
call too) on *every* input of the Box-Muller domain, and the kernels use them only when all
of them agree (:func:`exact`); otherwise they keep calling libm. A different libm (another
glibc version, a CPU without FMA, where glibc picks its SSE2 variant) is therefore caught at
run time, not by a test on the build machine.
"""

from __future__ import annotations

import math
import os
import threading

import numpy as np
from llvmlite import ir
from numba import njit, prange, types
from numba.extending import intrinsic

__all__ = ["DOMAIN_SIZE", "exact", "logf", "proved", "sincosf", "verify", "verify_logf", "verify_sincosf"]

DOMAIN_SIZE = 1 << 23  # Uint32ToFloat's 23 random mantissa bits

# --- Intrinsics ----------------------------------------------------------------------


@intrinsic
def fma(typingctx, a, b, c):  # noqa: ARG001 - numba intrinsic signature
    """``a * b + c`` with one rounding (``llvm.fma.f64``: ``vfmadd`` on x86-64)."""
    sig = types.float64(types.float64, types.float64, types.float64)

    def codegen(context, builder, signature, args):  # noqa: ARG001
        d = ir.DoubleType()
        fn = builder.module.declare_intrinsic("llvm.fma", [d], ir.FunctionType(d, [d, d, d]))
        return builder.call(fn, args)

    return sig, codegen


@intrinsic
def f32_bits(typingctx, x):  # noqa: ARG001
    """The bits of a float32 as a uint32 (``asuint``)."""
    sig = types.uint32(types.float32)

    def codegen(context, builder, signature, args):  # noqa: ARG001
        return builder.bitcast(args[0], ir.IntType(32))

    return sig, codegen


@intrinsic
def bits_f32(typingctx, x):  # noqa: ARG001
    """A uint32's bits as a float32 (``asfloat``)."""
    sig = types.float32(types.uint32)

    def codegen(context, builder, signature, args):  # noqa: ARG001
        return builder.bitcast(args[0], ir.FloatType())

    return sig, codegen


# --- logf (e_logf.c, e_logf_data.c: LOGF_TABLE_BITS = 4, LOGF_POLY_ORDER = 4) ------------
# {invc, logc} for the 16 subintervals of [OFF, 2*OFF), then ln2 and the polynomial A.
_LOGF_INVC = np.array([float.fromhex(h) for h in (
    "0x1.661ec79f8f3bep+0", "0x1.571ed4aaf883dp+0", "0x1.49539f0f010bp+0", "0x1.3c995b0b80385p+0",
    "0x1.30d190c8864a5p+0", "0x1.25e227b0b8eap+0", "0x1.1bb4a4a1a343fp+0", "0x1.12358f08ae5bap+0",
    "0x1.0953f419900a7p+0", "0x1p+0", "0x1.e608cfd9a47acp-1", "0x1.ca4b31f026aap-1",
    "0x1.b2036576afce6p-1", "0x1.9c2d163a1aa2dp-1", "0x1.886e6037841edp-1", "0x1.767dcf5534862p-1",
)])
_LOGF_LOGC = np.array([float.fromhex(h) for h in (
    "-0x1.57bf7808caadep-2", "-0x1.2bef0a7c06ddbp-2", "-0x1.01eae7f513a67p-2", "-0x1.b31d8a68224e9p-3",
    "-0x1.6574f0ac07758p-3", "-0x1.1aa2bc79c81p-3", "-0x1.a4e76ce8c0e5ep-4", "-0x1.1973c5a611cccp-4",
    "-0x1.252f438e10c1ep-5", "0x0p+0", "0x1.aa5aa5df25984p-5", "0x1.c5e53aa362eb4p-4",
    "0x1.526e57720db08p-3", "0x1.bc2860d224770p-3", "0x1.1058bc8a07ee1p-2", "0x1.4043057b6ee09p-2",
)])
_LN2 = float.fromhex("0x1.62e42fefa39efp-1")
_A0 = float.fromhex("-0x1.00ea348b88334p-2")
_A1 = float.fromhex("0x1.5575b0be00b6ap-2")
_A2 = float.fromhex("-0x1.ffffef20a4123p-2")
_OFF = np.uint32(0x3F330000)
_EXP_MASK = np.uint32(0xFF800000)  # 0x1ff << 23


@njit(cache=True, inline="always")
def logf(x):
    """glibc ``logf`` for a normal positive float32 below 1 (``x != 1``): the Box-Muller ``u1``.

    ``__logf_fma``: ``r = fma(z, invc, -1)``, ``y0 = fma(k, ln2, logc)``,
    ``y = fma(r2, fma(r, A1, A2) + ..., ...)`` exactly as GCC contracted ``e_logf.c``.
    """
    ix = f32_bits(x)
    tmp = ix - _OFF
    i = (tmp >> np.uint32(19)) & np.uint32(15)
    k = np.int32(tmp) >> np.int32(23)  # arithmetic shift
    iz = ix - (tmp & _EXP_MASK)
    invc = _LOGF_INVC[i]
    logc = _LOGF_LOGC[i]
    z = np.float64(bits_f32(iz))
    r = fma(z, invc, -1.0)
    y0 = fma(np.float64(k), _LN2, logc)
    r2 = r * r
    y = fma(r, _A1, _A2)
    y = fma(r2, _A0, y)
    y = fma(y, r2, y0 + r)
    return np.float32(y)


# --- sinf / cosf / sincosf (sincosf.h, sincosf_data.c) ----------------------------------
# __sincosf_table[0]: hpi_inv (2/pi * 2**24: !TOINT_INTRINSICS on x86-64), hpi, the cosine
# polynomial c0..c4 and the sine polynomial s1..s3. __sincosf_table[1] is the same with the
# cosine coefficients negated, which negates the cosine polynomial's value exactly (round to
# nearest is symmetric): we use table 0 and flip the sign.
_HPI_INV = float.fromhex("0x1.45f306dc9c883p+23")
_HPI = float.fromhex("0x1.921fb54442d18p+0")
_C0 = 1.0
_C1 = float.fromhex("-0x1.ffffffd0c621cp-2")
_C2 = float.fromhex("0x1.55553e1068f19p-5")
_C3 = float.fromhex("-0x1.6c087e89a359dp-10")
_C4 = float.fromhex("0x1.99343027bf8c3p-16")
_S1 = float.fromhex("-0x1.555545995a603p-3")
_S2 = float.fromhex("0x1.1107605230bc4p-7")
_S3 = float.fromhex("-0x1.994eb3774cf24p-13")
_TOP12_TINY = np.uint32(0x398)  # abstop12(0x1p-12f): sin(x) = x, cos(x) = 1


@njit(cache=True, inline="always")
def sincosf(v):
    """glibc ``(sinf(v), cosf(v))`` for a float32 ``0 <= v < 120`` (the Box-Muller ``v1``).

    Below ``pi/4`` glibc skips the range reduction; with ``n = 0`` the reduction is exact
    (``fma(-0, hpi, x) = x``, sign 1), so one path serves both. ``|v| < 2**-12`` returns
    ``(v, 1)``.
    """
    x = np.float64(v)
    # reduce_fast: n = ((int32)(x * hpi_inv) + 0x800000) >> 24; r = x - n * hpi (an FMA)
    n = (np.int32(x * _HPI_INV) + np.int32(0x800000)) >> np.int32(24)
    r = fma(-np.float64(n), _HPI, x)
    # sign[n & 3] = {1, -1, -1, 1}; table[1] (n & 2) negates the cosine polynomial
    s = 1.0 - 2.0 * np.float64((n ^ (n >> np.int32(1))) & np.int32(1))
    cs = 1.0 - 2.0 * np.float64((n >> np.int32(1)) & np.int32(1))
    xs = r * s
    x2 = r * r
    # sine polynomial (sinf_poly, n even)
    x3 = x2 * xs
    s1 = fma(x2, _S3, _S2)
    x5 = x3 * x2
    sp = fma(x3, _S1, xs)
    sp = fma(x5, s1, sp)
    # cosine polynomial (sinf_poly, n odd)
    x4 = x2 * x2
    c1 = fma(x2, _C1, _C0)
    c2 = fma(x2, _C4, _C3)
    x6 = x4 * x2
    cp = fma(x4, _C2, c1)
    cp = fma(x6, c2, cp) * cs
    odd = (n & np.int32(1)) != 0
    sin = np.float32(cp if odd else sp)
    cos = np.float32(sp if odd else cp)
    if ((f32_bits(v) >> np.uint32(20)) & np.uint32(0x7FF)) < _TOP12_TINY:
        sin = v
        cos = np.float32(1.0)
    return sin, cos


# --- Exhaustive verification -------------------------------------------------------------
_MANT_SCALE = np.float32(2.0**-23)
_EPS_F32 = np.float32(1.0e-7)
_TWO_PI = 2.0 * np.pi


@njit(cache=True, inline="always")
def _u1(k):
    """BoxMullerFloat's u1 for mantissa bits ``k``: ``k * 2**-23`` clamped at 1e-7f."""
    u = np.float32(k) * _MANT_SCALE
    return _EPS_F32 if u < _EPS_F32 else u


@njit(cache=True, inline="always")
def _v1(k):
    """BoxMullerFloat's v1 for mantissa bits ``k``: ``float(2 * M_PI * (k * 2**-23))``."""
    return np.float32(_TWO_PI * (np.float32(k) * _MANT_SCALE))


# Chunks of the domain that the proof runs in parallel (each with its own output arrays).
_PROOF_CHUNKS = 64


@njit(cache=True, parallel=True, nogil=True)
def _mismatches(lo, hi, sincos):
    """Count of ``k`` in ``[lo, hi)`` where :func:`logf` of ``u1(k)`` and libm's ``logf`` differ
    (bits), or with ``sincos`` :func:`sincosf` of ``v1(k)`` and libm's ``sinf``/``cosf``. This
    module's functions run in a loop of their own first, vectorized as in the kernels."""
    bad = 0
    for t in prange(_PROOF_CHUNKS):
        a = lo + (hi - lo) * t // _PROOF_CHUNKS
        b = lo + (hi - lo) * (t + 1) // _PROOF_CHUNKS
        m0 = np.empty(b - a, np.float32)
        m1 = np.empty(b - a, np.float32)
        if sincos:
            for j in range(b - a):
                m0[j], m1[j] = sincosf(_v1(a + j))
            for j in range(b - a):
                v = _v1(a + j)
                bad += f32_bits(math.sin(v)) != f32_bits(m0[j]) or f32_bits(math.cos(v)) != f32_bits(m1[j])
        else:
            for j in range(b - a):
                m0[j] = logf(_u1(a + j))
            for j in range(b - a):
                bad += f32_bits(math.log(_u1(a + j))) != f32_bits(m0[j])
    return bad


def verify_logf() -> int:
    """Mismatches of :func:`logf` against libm over every Box-Muller ``u1`` (0 = exact)."""
    return int(_mismatches(0, DOMAIN_SIZE, False))


def verify_sincosf() -> int:
    """Mismatches of :func:`sincosf` against libm over every Box-Muller ``v1`` (0 = exact)."""
    return int(_mismatches(0, DOMAIN_SIZE, True))


def verify() -> bool:
    """Whether :func:`logf` and :func:`sincosf` equal this process's libm on every input."""
    return verify_logf() == 0 and verify_sincosf() == 0


_lock = threading.Lock()
_exact: bool | None = None


def exact() -> bool:
    """:func:`verify`, run once per process (thread-safe); ``PHILOXD_EXACT_LIBM=0`` answers False."""
    global _exact
    if _exact is None:
        with _lock:
            if _exact is None:
                _exact = os.environ.get("PHILOXD_EXACT_LIBM", "1") != "0" and verify()
    return _exact


def proved() -> bool:
    """Whether :func:`exact` has run and found these functions exact (never runs it)."""
    return _exact is True
