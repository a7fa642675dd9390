"""Golden cases for NaN (and inf) parameters: the sign and payload TF 2.21 (CPU, x86-64) gives.

The wrapper arithmetic ``rnd * stddev + mean`` and ``rnd * (maxval - minval) + minval`` runs as
separate element-wise ops; on x86-64 an op with a NaN operand returns that NaN quieted (sign and
payload kept), with two NaN operands the first one, and a NaN made from numbers (``inf * 0``,
``inf - inf``) is x86's default NaN, which is negative (``0xffc00000`` / ``0xfff8000000000000``).
Half types compute in float32 and round back. The cases cover every op whose wrapper does
float arithmetic on its parameters, stateful, stateless, Generator and inside a function, with
scalar and array parameters, both signs and non-default payloads.

Recorded with ``tf-oracle python tests/golden/record.py --cases tests/golden/cases_nan.py``.
"""
# `case` and `FLOATS` are provided by record.py.
# ruff: noqa: F821

import textwrap

HALF_AND_FLOATS = ["float16", "bfloat16", "float32", "float64"]

# NaNs by bit pattern, as numpy scalars of the output dtype (float16/32/64); Python floats
# (double NaNs) for every dtype. `q` quiet, `s` signalling, `n` negative.
_BITS = {
    "float16": ("uint16", ["0x7e01", "0xfe55", "0x7c01"]),
    "float32": ("uint32", ["0x7fc00001", "0xffc12345", "0x7f800001", "0xff80abcd"]),
    "float64": ("uint64", ["0x7ff8000000000001", "0xfff8123456789abc", "0x7ff0000000000001", "0xfff00000deadbeef"]),
}
PRELUDE = """
def bits(dt, b):
    return np.array([b], {"float16": np.uint16, "float32": np.uint32, "float64": np.uint64}[dt]).view(dt)[0]
def dnan(b):
    return float(np.array([b], np.uint64).view(np.float64)[0])
NAN, NNAN, INF = float("nan"), -float("nan"), float("inf")
"""


def _case(name: str, body: str) -> None:
    case(name, PRELUDE + "\n" + textwrap.dedent(body).strip() + "\n")


def _scalar_pairs(dt: str) -> list[tuple[str, str]]:
    """(a, b) parameter pairs: a NaN in either place, both, inf combinations, payload NaNs."""
    pairs = [("NAN", "1.0"), ("NNAN", "1.0"), ("0.0", "NAN"), ("0.0", "NNAN"), ("NNAN", "0.0"), ("NAN", "0.0"),
             ("NAN", "NNAN"), ("NNAN", "NAN"), ("INF", "INF"), ("-INF", "INF"), ("INF", "0.0"), ("0.0", "INF"),
             ("-INF", "-INF"), ("NNAN", "INF"), ("INF", "NNAN"),
             ("dnan(0x7ff8000012345678)", "1.5"), ("2.0", "dnan(0xfff8000480000000)"),
             ("dnan(0xfff0000020000000)", "dnan(0x7ff8000060000000)")]
    if dt in _BITS:
        b = _BITS[dt][1]
        pairs += [(f'bits("{dt}", {b[0]})', "1.0"), ("0.5", f'bits("{dt}", {b[1]})'),
                  (f'bits("{dt}", {b[1]})', f'bits("{dt}", {b[0]})'), (f'bits("{dt}", {b[0]})', f'bits("{dt}", {b[1]})'),
                  (f'bits("{dt}", {b[2]})', "-2.0"), (f'bits("{dt}", {b[2]})', f'bits("{dt}", {b[1]})')]
    return pairs


# ---- normal / truncated_normal / uniform (float): scalar parameters -------------------------------
for dt in HALF_AND_FLOATS:
    pairs = _scalar_pairs(dt)
    for op, (p, q) in (("normal", ("mean", "stddev")), ("truncated_normal", ("mean", "stddev")),
                       ("uniform", ("minval", "maxval"))):
        lines = ["R.set_seed(1)"]
        for i, (a, b) in enumerate(pairs):
            lines.append(f'out(R.{op}([19], {p}={a}, {q}={b}, seed={i + 1}, dtype="{dt}"))')
        _case(f"nan_{op}_scalars_{dt}", "\n".join(lines))
        lines = []
        for i, (a, b) in enumerate(pairs):
            lines.append(f'out(R.stateless_{op}([19], seed=[{i}, 7], {p}={a}, {q}={b}, dtype="{dt}"))')
        _case(f"nan_stateless_{op}_scalars_{dt}", "\n".join(lines))
        lines = ["g = R.Generator.from_seed(5)"]
        for a, b in pairs:
            lines.append(f'out(g.{op}([19], {p}={a}, {q}={b}, dtype="{dt}"))')
        _case(f"nan_generator_{op}_scalars_{dt}", "\n".join(lines))
        # In a function: constants (folded where TF folds) and placeholders (numpy arguments).
        lines = ["R.set_seed(1)"]
        for i, (a, b) in enumerate(pairs[:15]):
            lines.append(f'out(F(lambda: R.{op}([19], {p}={a}, {q}={b}, seed={i + 1}, dtype="{dt}"))())')
            lines.append(f'out(F(lambda: R.stateless_{op}([19], seed=[{i}, 7], {p}={a}, {q}={b}, dtype="{dt}"))())')
        _case(f"nan_graph_{op}_scalars_{dt}", "\n".join(lines))

# ---- array parameters (broadcast against the output) ------------------------------------------------
for dt in HALF_AND_FLOATS:
    arr = lambda *v: f'np.array([{", ".join(v)}], dtype="{dt}")' if dt != "bfloat16" else f'[{", ".join(v)}]'  # noqa: E731
    b = _BITS.get(dt, (None, []))[1]
    nan_a = f'bits("{dt}", {b[0]})' if b else "NAN"
    nan_b = f'bits("{dt}", {b[1]})' if b else "NNAN"
    m = arr("NAN", "NNAN", "1.0", nan_a, "NNAN", nan_b, "INF", "-INF", "0.0")
    s = arr("1.0", "2.0", "NAN", nan_b, "NAN", nan_a, "-INF", "INF", "INF")
    for op, (p, q) in (("normal", ("mean", "stddev")), ("truncated_normal", ("mean", "stddev")),
                       ("uniform", ("minval", "maxval"))):
        _case(f"nan_{op}_arrays_{dt}", f"""
            R.set_seed(1)
            out(R.{op}([5, 9], {p}={m}, {q}={s}, seed=1, dtype="{dt}"))
            out(R.{op}([5, 9], {p}={m}, {q}=0.0, seed=2, dtype="{dt}"))
            out(R.{op}([5, 9], {p}=NNAN, {q}={s}, seed=3, dtype="{dt}"))
            out(R.{op}([5, 9], {p}={s}, {q}={m}, seed=4, dtype="{dt}"))
            out(R.stateless_{op}([5, 9], seed=[1, 2], {p}={m}, {q}={s}, dtype="{dt}"))
            g = R.Generator.from_seed(3)
            out(g.{op}([5, 9], {p}={m}, {q}={s}, dtype="{dt}"))
            out(F(lambda: R.{op}([5, 9], {p}={m}, {q}={s}, seed=5, dtype="{dt}"))())
            out(F(lambda: R.stateless_{op}([5, 9], seed=[1, 2], {p}={m}, {q}={s}, dtype="{dt}"))())
        """)

# ---- parameters that are function arguments (placeholders: eager's arithmetic in a graph) -----------
for dt in ["float16", "float32", "float64"]:
    b = _BITS[dt][1]
    _case(f"nan_graph_placeholders_{dt}", f"""
        R.set_seed(1)
        f = F(lambda m, s: R.normal([19], mean=m, stddev=s, seed=1, dtype="{dt}"))
        out(f(bits("{dt}", {b[0]}), bits("{dt}", {b[1]})))
        out(f(np.array(NNAN, "{dt}"), np.array(0.0, "{dt}")))
        u = F(lambda lo, hi: R.uniform([19], minval=lo, maxval=hi, seed=2, dtype="{dt}"))
        out(u(bits("{dt}", {b[1]}), bits("{dt}", {b[0]})))
        out(u(np.array(NNAN, "{dt}"), np.array(0.0, "{dt}")))
        out(u(np.array(-0.0, "{dt}"), np.array(NNAN, "{dt}")))
    """)

# ---- other ops with float arithmetic on their parameters --------------------------------------------
for dt in FLOATS:
    b = _BITS[dt][1]
    _case(f"nan_gamma_beta_{dt}", f"""
        R.set_seed(1)
        out(R.gamma([7], alpha=2.0, beta=NNAN, seed=1, dtype="{dt}"))
        out(R.gamma([7], alpha=2.0, beta=bits("{dt}", {b[0]}), seed=2, dtype="{dt}"))
        out(R.gamma([7], alpha=[NNAN, NAN, 1.0], beta=[NAN, NNAN, NNAN], seed=3, dtype="{dt}"))
        out(R.gamma([7], alpha=[bits("{dt}", {b[1]}), 1.0], beta=[bits("{dt}", {b[0]}), INF], seed=4, dtype="{dt}"))
        out(R.gamma([7], alpha=NNAN, seed=5, dtype="{dt}"))
        out(R.stateless_gamma([7, 2], seed=[1, 2], alpha=[NNAN, 2.0], beta=[NAN, bits("{dt}", {b[1]})], dtype="{dt}"))
        out(F(lambda: R.gamma([7], alpha=2.0, beta=NNAN, seed=6, dtype="{dt}"))())
        out(F(lambda: R.gamma([7], alpha=[NNAN, 1.0], beta=[NAN, bits("{dt}", {b[0]})], seed=7, dtype="{dt}"))())
    """)
    # TF's binomial kernel answers a NaN probability with its own quiet NaN (+, no payload).
    _case(f"nan_binomial_probs_{dt}", f"""
        out(R.stateless_binomial([4, 3], seed=[1, 2], counts=[4.0, 5.0, 5.0], probs=[0.5, NNAN, bits("{dt}", {b[1]})], output_dtype="{dt}"))
    """)

# ---- one element, 0-d, and long outputs (Eigen's packet loop split between threads) -----------------
for dt in HALF_AND_FLOATS:
    _case(f"nan_shapes_{dt}", f"""
        R.set_seed(1)
        for i, shape in enumerate(([1], [], [2], [9], [67], [5000])):
            out(R.normal(shape, mean=NAN, stddev=NNAN, seed=i, dtype="{dt}"))
            out(R.uniform(shape, minval=NNAN, maxval=NAN, seed=i, dtype="{dt}"))
            out(F(lambda: R.normal(shape, mean=NNAN, stddev=NAN, seed=i, dtype="{dt}"))())
            out(F(lambda: R.stateless_uniform(shape, seed=[i, 1], minval=NAN, maxval=NNAN, dtype="{dt}"))())
        out(R.normal([1], mean=[NAN], stddev=NNAN, seed=7, dtype="{dt}"))
        out(F(lambda: R.normal([1], mean=[NAN], stddev=NNAN, seed=8, dtype="{dt}"))())
        out(F(lambda: R.normal([3], mean=[NNAN], stddev=NAN, seed=9, dtype="{dt}"))())
        out(F(lambda: R.uniform([2, 1], minval=[[NNAN], [NAN]], maxval=NAN, seed=10, dtype="{dt}"))())
    """)

# ---- the same call with NaNs of other signs or payloads: each its own parameters ----------------------
_case("nan_same_call_other_nan", """
    for mean, stddev in ((NNAN, 0.0), (0.0, NNAN), (NAN, 0.0), (0.0, NAN), (dnan(0x7ff8000020000000), 0.0), (NNAN, 0.0)):
        R.set_seed(1)
        out(R.normal([4], mean=mean, stddev=stddev, seed=2))
        out(R.uniform([4], minval=mean, maxval=stddev, seed=2))
        out(R.truncated_normal([4], mean=mean, stddev=stddev))
""")

# ---- gamma: a NaN sample (NaN alpha) divided by a NaN beta; in a function times 1 / beta ------------
for dt in FLOATS:
    _case(f"nan_gamma_both_{dt}", f"""
        R.set_seed(1)
        out(R.gamma([19], alpha=NNAN, beta=NAN, seed=1, dtype="{dt}"))
        out(R.gamma([19], alpha=[NNAN, NAN], beta=NNAN, seed=2, dtype="{dt}"))
        out(F(lambda: R.gamma([19], alpha=NNAN, beta=NAN, seed=3, dtype="{dt}"))())
        out(F(lambda: R.gamma([19], alpha=[NNAN, NAN], beta=NNAN, seed=4, dtype="{dt}"))())
        out(F(lambda: R.gamma([1], alpha=NNAN, beta=NAN, seed=5, dtype="{dt}"))())
        out(F(lambda: R.stateless_gamma([19, 2], seed=[1, 2], alpha=[NNAN, NAN], beta=NNAN, dtype="{dt}"))())
    """)
