"""Which TensorFlow releases give exactly the golden outputs, per tf.random op.

A developer tool. TensorFlow is never a project dependency: this script
imports TensorFlow only in the worker process it starts inside each scratch venv.

    python tests/golden/versions.py 2.12 2.13 2.21     # those releases
    python tests/golden/versions.py --all              # 2.12 ... 2.21
    python tests/golden/versions.py --all --table-only # cached results only

For each release it makes (or reuses) ``/tmp/tf-versions/<ver>``, a venv with
``tensorflow-cpu==<ver>.*`` (the latest patch; pip picks a numpy that release
accepts). Then it runs every case of every ``tests/golden/tf_*.json`` there, in
one worker process per release and TF intra-op thread count (``TF_CPP_MIN_LOG_LEVEL=3``, one
intra-op thread or the case's ``threads``, one
inter-op thread). The results go to ``/tmp/tf-versions/<ver>.json``. A case is
run again only when its code changes, so redrawing the table is cheap.

The worker runs a snippet like ``record.run_one`` does: it calls
``record.reset_tf_state()`` and binds the same ``R``/``F``/``out``/``err``/``np``.
It also does three more things:

* every ``out``/``err`` call notes its call site (line and column);
* each statement runs in its own ``try``. If a statement raises outside
  ``err()`` (for example the API is missing in an old release), the worker notes
  which op raised and goes on with the next statement;
* every output is attributed to an op: the first ``tf.random`` call in the
  ``out(...)``/``err(...)`` expression. ``g.normal`` becomes ``Generator.normal``
  and ``g.state`` becomes ``Generator.state``. A name such as ``out(a)`` is
  followed back to its assignment. Calls inside ``F(...)`` get the suffix
  ``(tf.function)``.

Comparison is strict: arrays must have the same dtype, shape and bytes; errors
must have the same class name and the same core message. When only the message
text differs, that is shown separately. There is one exception. TF's "No
OpKernel was registered ... with these attrs: [...]" message lists the attrs in
an order that changes from process to process, in 2.21 too. That list is
compared with its attrs sorted, and the table notes it.

An op whose statement raised outside ``err()`` is marked "not available" for
that release. Outputs that the crash kept from running are "not reached". A
later output of the same case that differs is not held against its op either:
the failed statement may have left a seed or a kernel counter unadvanced.

The release the golden files were recorded with (``"tensorflow"`` in them,
2.21) is always run too. Its outputs must equal the golden files, and its call
sites say which op made each golden output. Results are cached per case, keyed
by the case's code and ``WORKER_REVISION``.

The Markdown table is printed. With ``--output FILE`` (default
``docs/tf-versions.md``) the tool writes it into that file, between the
``<!-- versions.py:begin -->`` and ``<!-- versions.py:end -->`` markers. Text
outside the markers is kept.
"""

from __future__ import annotations

import argparse
import ast
import copy
import datetime as _dt
import hashlib
import json
import os
import re
import platform
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
ALL_VERSIONS = [f"2.{m}" for m in range(12, 22)]
DEFAULT_ROOT = Path("/tmp/tf-versions")
FILENAME = "<golden case>"
ATTR_ORDER = "attr-order"
# The worker's TF intra-op thread count (a case's "threads"; default 1).
INTRA_OP_ENV = "PHILOXD_TF_INTRA_OP"
WORKER_REVISION = 2  # bump when the worker's records or op attribution change: cached cases are run again
BEGIN, END = "<!-- versions.py:begin -->", "<!-- versions.py:end -->"
# The recorded difftest programs (cases_programs.py) output through the harness's helper of
# this name (replay.make_emit): an output is attributed to the program line that called it.
EMIT = "emit"
RESERVED = {"R", "F", "np", "out", "err", "emit"}


# ======================================================================================
# Static analysis of a snippet (shared by driver and worker; no TensorFlow needed)
# ======================================================================================

def _span(node: ast.AST) -> tuple[int, int, int, int]:
    return (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)


def _code_span(code, lasti: int) -> tuple[int, int, int, int]:
    """The (line, col, end_line, end_col) of the instruction at ``lasti`` (Python 3.11+)."""
    line, end_line, col, end_col = list(code.co_positions())[lasti // 2]
    return (line, col, end_line, end_col)


def _r_chain(node: ast.AST) -> list[str] | None:
    """``R.a.b`` -> ["a", "b"]; None unless a pure attribute chain rooted at ``R``."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name) and node.id == "R" and parts:
        return parts[::-1]
    return None


def _op_from_chain(parts: list[str]) -> str:
    # R.Algorithm.PHILOX.value -> "Algorithm" (cut at an enum member)
    for i, p in enumerate(parts):
        if i and p.isupper():
            return ".".join(parts[:i])
    return ".".join(parts)


def _is_global_generator_call(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _r_chain(node.func) in (["get_global_generator"],
                                                                  ["experimental", "get_global_generator"])


class Snippet:
    """A parsed case: call sites, assignments and op attribution."""

    def __init__(self, code: str):
        self.code = code
        self.tree = ast.parse(code, FILENAME)
        self.by_span: dict[tuple, list[ast.AST]] = defaultdict(list)
        self.assigns: dict[str, list[tuple[tuple[int, int], str, ast.AST, int | None]]] = defaultdict(list)
        self.statements: dict[tuple, ast.stmt] = {}
        for node in ast.walk(self.tree):
            if hasattr(node, "lineno") and getattr(node, "end_lineno", None) is not None:
                self.by_span[_span(node)].append(node)
            if isinstance(node, ast.stmt):
                self.statements[_span(node)] = node
            if isinstance(node, ast.Assign):
                for tgt in node.targets:
                    self._add_target(tgt, node, node.value)
            elif isinstance(node, ast.For):
                if isinstance(node.target, ast.Name):
                    self.assigns[node.target.id].append(((node.lineno, node.col_offset), "for", node.iter, None))

    def _add_target(self, tgt: ast.AST, stmt: ast.stmt, value: ast.AST) -> None:
        pos = (stmt.lineno, stmt.col_offset)
        if isinstance(tgt, ast.Name):
            self.assigns[tgt.id].append((pos, "=", value, None))
        elif isinstance(tgt, (ast.Tuple, ast.List)):
            for i, el in enumerate(tgt.elts):
                if isinstance(el, ast.Name):
                    self.assigns[el.id].append((pos, "=", value, i))

    # ---- call sites ------------------------------------------------------------------
    def io_call_at(self, span: tuple) -> ast.Call | None:
        for node in self.by_span.get(tuple(span), []):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("out", "err", EMIT):
                return node
        return None

    def node_at(self, span: tuple) -> ast.AST | None:
        nodes = self.by_span.get(tuple(span), [])
        for kind in (ast.Call, ast.Attribute, ast.Subscript, ast.expr, ast.stmt):
            for n in nodes:
                if isinstance(n, kind):
                    return n
        return None

    # ---- attribution -----------------------------------------------------------------
    def op_of(self, node: ast.AST, at: tuple[int, int], is_gen: Callable[[str], bool],
              elem: int | None = None, depth: int = 0) -> str | None:
        """First tf.random op (pre-order) in ``node``; ``at`` = (line, col) of the use."""
        if depth > 8:
            return None
        fn_suffix = " (tf.function)"

        def gen_value(v: ast.AST) -> bool:
            return (isinstance(v, ast.Name) and v.id not in RESERVED and is_gen(v.id)) or _is_global_generator_call(v)

        def f_lambda(callee: ast.AST) -> ast.Lambda | None:
            """The lambda of ``F(lambda ...)`` when ``callee`` is that call or a name bound to it."""
            if isinstance(callee, ast.Name) and callee.id not in RESERVED:
                a = self._assignment(callee.id, at)
                callee = a[2] if a and a[1] == "=" and a[3] is None else None
            if isinstance(callee, ast.Call) and isinstance(callee.func, ast.Name) and callee.func.id == "F" \
                    and callee.args and isinstance(callee.args[0], ast.Lambda):
                return callee.args[0]
            return None

        def visit(n: ast.AST) -> str | None:
            if isinstance(n, ast.Call):
                f = n.func
                chain = _r_chain(f)
                if chain:
                    return _op_from_chain(chain)
                if isinstance(f, ast.Attribute) and gen_value(f.value):
                    return f"Generator.{f.attr}"
                if isinstance(f, (ast.Name, ast.Call)):
                    lam = f_lambda(f)
                    if lam is not None:
                        body = lam.body
                        if isinstance(body, ast.Tuple) and elem is not None and body.elts:
                            body = body.elts[elem % len(body.elts)]
                        inner = self.op_of(body, at, is_gen, None, depth + 1)
                        return inner + fn_suffix if inner else None
            elif isinstance(n, ast.Attribute):
                chain = _r_chain(n)
                if chain:
                    return _op_from_chain(chain)
                if gen_value(n.value):
                    return f"Generator.{n.attr}"
            elif isinstance(n, ast.Name) and n.id not in RESERVED:
                a = self._assignment(n.id, at)
                if a is not None:
                    _, kind, value, idx = a
                    sub = elem if kind == "for" else idx
                    return self.op_of(value, at, is_gen, sub, depth + 1)
                return None
            for child in ast.iter_child_nodes(n):
                r = visit(child)
                if r:
                    return r
            return None

        return visit(node)

    def _assignment(self, name: str, at: tuple[int, int]):
        cands = self.assigns.get(name, [])
        before = [c for c in cands if c[0] <= at]
        if before:
            return max(before, key=lambda c: c[0])
        return min(cands, key=lambda c: c[0]) if cands else None

    def output_op(self, call: ast.Call, is_gen: Callable[[str], bool], hit: int) -> str:
        at = (call.lineno, call.col_offset)
        arg = call.args[0] if call.args else call
        return self.op_of(arg, at, is_gen, hit) or "?"

    def static_is_gen(self, name: str, seen: frozenset = frozenset()) -> bool:
        """Driver-side guess (no runtime): a name assigned from a Generator-producing expression."""
        if name in seen:
            return False
        for _, _, value, _ in self.assigns.get(name, []):
            op = self.op_of(value, (10**9, 0), lambda n: self.static_is_gen(n, seen | {name}))
            if op and (op.startswith("Generator") or op == "get_global_generator"):
                return True
        return False


def wrap_statements(tree: ast.Module) -> ast.Module:
    """Run each statement (also inside loop/if/with bodies) in its own try, reporting crashes."""

    class Wrapper(ast.NodeTransformer):
        def _body(self, body: list[ast.stmt]) -> list[ast.stmt]:
            new = []
            for st in body:
                st = self.visit(st)
                sp = _span(st)
                handler = ast.ExceptHandler(
                    type=ast.Name("Exception", ast.Load()), name="_versions_exc",
                    body=[ast.Expr(ast.Call(ast.Name("__crash__", ast.Load()),
                                            [ast.Name("_versions_exc", ast.Load()),
                                             ast.Tuple([ast.Constant(x) for x in sp], ast.Load())], []))])
                start = ast.Expr(ast.Call(ast.Name("__stmt__", ast.Load()),
                                          [ast.Tuple([ast.Constant(x) for x in sp], ast.Load())], []))
                tr = ast.Try(body=[start, st], handlers=[handler], orelse=[], finalbody=[])
                for n in (tr, handler, start):
                    ast.copy_location(n, st)
                new.append(tr)
            return new

        def generic_visit(self, node):
            for field in ("body", "orelse", "finalbody"):
                if isinstance(node, (ast.For, ast.While, ast.If, ast.With, ast.Module)) and \
                        isinstance(getattr(node, field, None), list):
                    setattr(node, field, self._body(getattr(node, field)))
            return node

    out = Wrapper().visit(copy.deepcopy(tree))
    return ast.fix_missing_locations(out)


# ======================================================================================
# Worker: runs inside /tmp/tf-versions/<ver> (imports TensorFlow)
# ======================================================================================

def worker(cases_path: Path, results_path: Path) -> None:
    import numpy as np  # noqa: PLC0415

    sys.path.insert(0, str(HERE))
    import tensorflow as tf  # noqa: PLC0415

    tf.config.threading.set_intra_op_parallelism_threads(int(os.environ.get(INTRA_OP_ENV, "1")))
    tf.config.threading.set_inter_op_parallelism_threads(1)
    import record  # noqa: PLC0415  (reset_tf_state; record imports replay)
    from replay import _error_record, core_message, encode_array, make_emit, strip_private  # noqa: PLC0415

    cases = json.loads(cases_path.read_text())
    with open(results_path, "a", encoding="utf-8") as sink:
        def emit(obj: dict) -> None:
            sink.write(json.dumps(obj) + "\n")
            sink.flush()

        emit({"meta": {"tensorflow": tf.__version__, "numpy": np.__version__,
                       "python": platform.python_version()}})
        for c in cases:
            name, code = c["name"], c["code"]
            snip = Snippet(code)
            events: list[dict] = []  # also written to the sink at once, so a dying process keeps them
            hits: Counter = Counter()

            def add(ev: dict) -> None:
                events.append(ev)
                emit({"case": name, "ev": ev})

            state = {"crash_op": None}

            def is_gen(nm: str, ns: dict) -> bool:
                return isinstance(ns.get(nm), tf.random.Generator)

            def note(kind: str, rec: dict, frame) -> None:
                sp = _code_span(frame.f_code, frame.f_lasti)
                call = snip.io_call_at(sp)
                op = snip.output_op(call, lambda nm: is_gen(nm, frame.f_globals), hits[sp]) if call else "?"
                hits[sp] += 1
                add({"kind": kind, "site": list(sp), "op": op, "rec": rec})

            def out(x: Any) -> None:
                rec = encode_array(x)
                frame = sys._getframe(1)
                while frame.f_code.co_name == EMIT and frame.f_back is not None:  # a program's emit(...) helper
                    frame = frame.f_back
                note("out", rec, frame)

            def err(fn: Callable[[], Any]) -> None:
                frame = sys._getframe(1)
                try:
                    fn()
                except Exception as exc:  # noqa: BLE001
                    rec = strip_private([_error_record(exc)])[0]
                else:
                    rec = {"error": None, "message": None}
                note("err", rec, frame)

            def stmt_start(sp: tuple) -> None:
                emit({"case": name, "stmt": list(sp)})

            def crash(exc: BaseException, sp: tuple) -> None:
                ns = sys._getframe(1).f_globals
                tb, last = exc.__traceback__, None
                while tb is not None:
                    if tb.tb_frame.f_code.co_filename == FILENAME:
                        last = tb
                    tb = tb.tb_next
                op = None
                if last is not None:
                    pos = _code_span(last.tb_frame.f_code, last.tb_lasti)
                    node = snip.node_at(pos)
                    if node is not None:
                        op = snip.op_of(node, pos[:2], lambda nm: is_gen(nm, ns))
                stmt = snip.statements.get(tuple(sp))
                if op is None and stmt is not None:
                    op = snip.op_of(stmt, (sp[0], sp[1]), lambda nm: is_gen(nm, ns))
                cascade = isinstance(exc, NameError) and state["crash_op"] is not None
                if cascade:
                    op = state["crash_op"]
                elif state["crash_op"] is None:
                    state["crash_op"] = op
                add({"kind": "crash", "stmt": list(sp), "op": op or "?", "cascade": cascade,
                     "compound": isinstance(stmt, (ast.For, ast.While, ast.If, ast.With)),
                     "error": type(exc).__name__, "message": core_message(str(exc))[:400]})

            ns = {"R": tf.random, "F": lambda fn, **kw: tf.function(fn, autograph=False, **kw),
                  "out": out, "err": err, "emit": make_emit(out), "np": np, "__crash__": crash, "__stmt__": stmt_start}
            codeobj = compile(wrap_statements(snip.tree), FILENAME, "exec")
            t0 = time.perf_counter()
            record.reset_tf_state()
            try:
                exec(codeobj, ns)  # noqa: S102
            except Exception as exc:  # noqa: BLE001 - e.g. a crash inside the crash handler
                add({"kind": "crash", "stmt": None, "op": "?", "cascade": False,
                     "error": type(exc).__name__, "message": str(exc)[:400]})
            emit({"case": name, "end": round(time.perf_counter() - t0, 3)})
        emit({"done": True})


# ======================================================================================
# Driver (no TensorFlow)
# ======================================================================================

def sha(code: str) -> str:
    """Cache key of a case: its code and the revision of what the worker records."""
    return hashlib.sha256(f"{WORKER_REVISION}\n{code}".encode()).hexdigest()[:16]


def load_golden() -> tuple[list[dict], str]:
    cases, recorded = [], set()
    for p in sorted(HERE.glob("tf_*.json")):
        doc = json.loads(p.read_text(encoding="utf-8"))
        recorded.add(doc["tensorflow"])
        for c in doc["cases"]:
            cases.append({"file": p.name, "name": c["name"], "code": c["code"], "outputs": c["outputs"], "threads": c.get("threads", 1)})
    names = [c["name"] for c in cases]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        raise SystemExit(f"duplicate case names across golden files: {sorted(dup)}")
    if len(recorded) != 1:
        raise SystemExit(f"golden files come from several TF releases: {sorted(recorded)}")
    return cases, recorded.pop()


def venv_ok(venv: Path) -> bool:
    py = venv / "bin" / "python"
    return py.exists() and subprocess.run([str(py), "-c", "import tensorflow"], capture_output=True,
                                          env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}).returncode == 0


def ensure_venv(ver: str, root: Path, log) -> tuple[Path, float | None]:
    venv = root / ver
    if venv_ok(venv):
        return venv, None
    shutil.rmtree(venv, ignore_errors=True)
    t0 = time.time()
    log(f"[{ver}] creating {venv} with tensorflow-cpu=={ver}.*")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    logf = root / f"{ver}.install.log"
    with open(logf, "w") as fh:
        rc = subprocess.run([str(venv / "bin" / "pip"), "install", f"tensorflow-cpu=={ver}.*"],
                            stdout=fh, stderr=subprocess.STDOUT).returncode
    if rc != 0 or not venv_ok(venv):
        tail = logf.read_text(errors="replace").strip().splitlines()[-5:]
        raise RuntimeError(f"tensorflow-cpu=={ver}.* did not install (see {logf}): " + " | ".join(tail))
    return venv, time.time() - t0


def load_cache(path: Path) -> dict:
    if path.exists():
        return json.loads(path.read_text())
    return {"cases": {}, "runs": []}


def run_version(ver: str, golden: list[dict], root: Path, refresh: bool, delete_venv: bool, log) -> dict:
    cache_path = root / f"{ver}.json"
    cache = load_cache(cache_path)
    if refresh:
        cache["cases"] = {}
    todo = [c for c in golden if cache["cases"].get(c["name"], {}).get("sha") != sha(c["code"])]
    if not todo:
        log(f"[{ver}] all {len(golden)} cases cached in {cache_path}")
        return cache
    venv, install_s = ensure_venv(ver, root, log)
    if install_s is not None:
        cache["install_seconds"] = round(install_s, 1)
    log(f"[{ver}] running {len(todo)} cases")
    t0 = time.time()
    # one worker per TF intra-op thread count (TF takes it only before it initialises)
    for threads in sorted({c.get("threads", 1) for c in todo}):
        remaining = [c for c in todo if c.get("threads", 1) == threads]
        while remaining:
            cases_file = root / f"{ver}.todo.json"
            res_file = root / f"{ver}.partial.jsonl"
            cases_file.write_text(json.dumps([{"name": c["name"], "code": c["code"]} for c in remaining]))
            res_file.unlink(missing_ok=True)
            env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", "OMP_NUM_THREADS": "1", "PYTHONHASHSEED": "0",
                   INTRA_OP_ENV: str(threads)}
            proc = subprocess.run([str(venv / "bin" / "python"), str(Path(__file__).resolve()), "--worker",
                                   str(cases_file), str(res_file)], env=env, capture_output=True, text=True)
            done_names, last_stmt, finished = set(), {}, False
            got: dict[str, list[dict]] = defaultdict(list)
            for line in res_file.read_text().splitlines() if res_file.exists() else []:
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:  # a line cut short by a dying process
                    continue
                if "meta" in rec:
                    cache.update(rec["meta"])
                elif "ev" in rec:
                    got[rec["case"]].append(rec["ev"])
                elif "end" in rec:
                    c = next(c for c in remaining if c["name"] == rec["case"])
                    cache["cases"][rec["case"]] = {"sha": sha(c["code"]), "file": c["file"],
                                                   "events": got[rec["case"]], "seconds": rec["end"]}
                    done_names.add(rec["case"])
                elif "stmt" in rec:
                    last_stmt[rec["case"]] = rec["stmt"]
                elif rec.get("done"):
                    finished = True
            rest = [c for c in remaining if c["name"] not in done_names]
            if finished or not rest:
                break
            # The worker process died (e.g. a CHECK failure in TF's C++): charge the case it was in to the
            # statement it had started, then go on with the cases after it.
            dead = rest[0]
            sp = last_stmt.get(dead["name"])
            snip = Snippet(dead["code"])
            op = "?"
            if sp is not None and tuple(sp) in snip.statements:
                op = snip.op_of(snip.statements[tuple(sp)], (sp[0], sp[1]), snip.static_is_gen) or "?"
            msg = [ln for ln in (proc.stderr or "").splitlines()
                   if ln.strip() and not ln.startswith(("I0000", "W0000", "WARNING: All log messages"))][-1:] or [""]
            log(f"[{ver}] worker died (rc {proc.returncode}) in case {dead['name']} at {op}: {msg[0][:200]}")
            cache["cases"][dead["name"]] = {
                "sha": sha(dead["code"]), "file": dead["file"], "seconds": None,
                "events": got[dead["name"]] + [{"kind": "crash", "stmt": sp, "op": op, "cascade": False, "process": True,
                                                "error": f"process died (rc {proc.returncode})", "message": msg[0][:400]}]}
            remaining = rest[1:]
    for p in (root / f"{ver}.todo.json", root / f"{ver}.partial.jsonl"):
        p.unlink(missing_ok=True)
    cache["runs"].append({"date": _dt.datetime.now().isoformat(timespec="seconds"), "cases": len(todo),
                          "seconds": round(time.time() - t0, 1)})
    cache_path.write_text(json.dumps(cache))
    log(f"[{ver}] TF {cache.get('tensorflow')} numpy {cache.get('numpy')}: {len(todo)} cases in "
        f"{time.time() - t0:.0f} s -> {cache_path}")
    if delete_venv:
        shutil.rmtree(venv, ignore_errors=True)
        log(f"[{ver}] deleted {venv}")
    return cache


# ---- comparison ----------------------------------------------------------------------

_ATTRS_RE = re.compile(r"(with these attrs: \[)([^\]]*)(\])")


def attrs_sorted(message: str) -> str:
    """TF's "No OpKernel was registered ... with these attrs: [T=.., S=.., dtype=..]" lists the attrs
    in hash-map order, which changes from process to process (in 2.21 too): sort them."""
    return _ATTRS_RE.sub(lambda m: m.group(1) + ", ".join(sorted(m.group(2).split(", "))) + m.group(3), message)


def classify(exp: dict, act: dict) -> tuple[str, str]:
    """(kind, detail): kind 'exact' or one of the mismatch kinds.

    A message that equals the golden one only once its kernel attrs are sorted counts as exact,
    with detail ATTR_ORDER (that order is not reproducible even in the recording release).
    """
    if "error" in exp:
        if "error" not in act:
            return "no-raise", f"returns {act['dtype']} where 2.21 raises {exp['error']}"
        if act["error"] is None:
            return "no-raise", f"does not raise (2.21: {exp['error']})"
        if act["error"] != exp["error"]:
            return "error-class", f"raises {act['error']} instead of {exp['error']}"
        if act["message"] != exp["message"]:
            if attrs_sorted(act["message"]) == attrs_sorted(exp["message"]):
                return "exact", ATTR_ORDER
            return "error-text", f"{exp['error']} message text differs"
        return "exact", ""
    if "error" in act:
        return "raises", f"raises {act['error']} where 2.21 returns {exp['dtype']}"
    if act["dtype"] != exp["dtype"]:
        return "dtype", f"dtype {act['dtype']} instead of {exp['dtype']}"
    if list(act["shape"]) != list(exp["shape"]):
        return "shape", f"{exp['dtype']} shape {act['shape']} instead of {exp['shape']}"
    if act["hex"] != exp["hex"]:
        return "values", value_difference(exp, act)
    return "exact", ""


FLOAT_SIZES = {"bfloat16": 2, "float16": 2, "float32": 4, "float64": 8}
DTYPE_ORDER = ["bfloat16", "float16", "float32", "float64", "int32", "int64", "uint32", "uint64"]


def value_difference(exp: dict, act: dict) -> str:
    """'{dt} values differ', or, for floats that differ only in the sign of zeros, which way."""
    size = FLOAT_SIZES.get(exp["dtype"])
    if size:
        e, a = bytes.fromhex(exp["hex"]), bytes.fromhex(act["hex"])
        ways = set()
        for k in range(0, len(e), size):
            x, y = e[k:k + size], a[k:k + size]
            if x == y:
                continue
            # +-0: every byte zero except the sign bit (top bit of the last, little-endian, byte)
            if any(x[:-1]) or any(y[:-1]) or (x[-1] & 0x7F) or (y[-1] & 0x7F):
                return "{dt} values differ"
            ways.add("+0.0 where 2.21 gives -0.0" if x[-1] else "-0.0 where 2.21 gives +0.0")
        return "{dt} zeros have the other sign (" + " / ".join(sorted(ways)) + ")"
    return "{dt} values differ"


def crash_detail(ev: dict) -> str:
    e, m = ev["error"], ev["message"]
    if ev.get("process"):
        return f"the process dies ({e})"
    if e == "AttributeError" and "has no attribute" in m:
        return "does not exist"
    if e == "TypeError" and "unexpected keyword argument" in m:
        return "no argument " + m.split("unexpected keyword argument")[-1].strip()
    if "Could not find device for node" in m:
        t = re.search(r"\bT=DT_(\w+)", m)
        return f"no CPU kernel for {t.group(1).lower()} input ({e} outside err())" if t else f"no kernel ({e})"
    return f"raises {e} outside err(): {m[:80]}"


def align(golden_outs: list[dict], ref_events: list[dict], events: list[dict]) -> list[dict]:
    """Pair a release's events with the golden outputs (via the 2.21 call sites).

    Returns one result per golden output: {"op", "kind", "detail"}.
    """
    ref = [e for e in ref_events if e["kind"] in ("out", "err")]
    results: list[dict] = []
    i = j = 0
    stop_reason = None
    crashed = None  # op of the first statement that failed in this case: it may have left state behind
    while i < len(golden_outs):
        op = ref[i]["op"] if i < len(ref) else "?"
        if stop_reason is not None:
            results.append({"op": op, "kind": "untested", "detail": stop_reason})
            i += 1
            continue
        if j >= len(events):
            stop_reason = "the case produced fewer outputs"
            continue
        ev = events[j]
        if ev["kind"] == "crash":
            sp = ev["stmt"]
            seen = set()
            crashed = crashed or ev["op"]
            if sp is None:  # whole case failed
                stop_reason = f"the case failed: {ev['error']}"
                j += 1
                continue
            start, end = (sp[0], sp[1]), (sp[2], sp[3])
            # A simple statement crashed: it owes each of its out/err calls once (it may sit in a loop
            # whose next pass crashes again). A loop/if that crashed as a whole owes all of its outputs.
            compound = ev.get("compound", False)
            while i < len(golden_outs) and i < len(ref):
                site = tuple(ref[i]["site"])
                if not (start <= (site[0], site[1]) and (site[2], site[3]) <= end) or site in seen:
                    break
                if not compound:
                    seen.add(site)
                mine = ref[i]["op"]
                self_crash = ev["op"] == mine or ev["op"].split(" (")[0] == mine.split(" (")[0]
                if ev.get("process"):
                    self_crash = True
                results.append({"op": mine, "kind": "unavailable" if self_crash else "untested",
                                "detail": crash_detail(ev) if self_crash else f"not reached: {ev['op']} "
                                f"{crash_detail(ev)}", "crash_op": ev["op"]})
                i += 1
            if ev.get("process"):
                stop_reason = f"not reached: the process died in {ev['op']}"
            j += 1
            continue
        if i >= len(ref) or tuple(ev["site"]) != tuple(ref[i]["site"]):
            stop_reason = "the output sequence differs from 2.21"
            continue
        kind, detail = classify(golden_outs[i], ev["rec"])
        dtype = golden_outs[i].get("dtype")
        if kind != "exact" and crashed is not None:
            # A draw after a failed statement may differ only because that statement did not advance
            # a seed or a kernel counter: not held against this op.
            kind, detail = "untested", f"differs after {crashed} failed earlier in the case"
        results.append({"op": op, "kind": kind, "detail": detail, "dtype": dtype})
        i += 1
        j += 1
    return results


def ranges(selected: list[str], order: list[str]) -> str:
    out, run = [], []
    for v in order:
        if v in selected:
            run.append(v)
        elif run:
            out.append(run)
            run = []
    if run:
        out.append(run)
    return ", ".join(r[0] if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in out) or "none"


def op_sort_key(op: str) -> tuple:
    base = op.split(" (")[0]
    group = 2 if base.startswith("Generator") else 1 if "." in base else 0
    if base in ("Algorithm", "experimental.Algorithm", "create_rng_state", "experimental.create_rng_state"):
        group = 3
    return (group, base.lower(), op != base)


def summarize(golden: list[dict], caches: dict[str, dict], ref_ver: str, versions: list[str]):
    """Per op and version: counts of result kinds and detail strings."""
    ref = caches[ref_ver]["cases"]
    problems = []
    per = defaultdict(lambda: defaultdict(list))  # op -> ver -> [result]
    n_out = Counter()
    for c in golden:
        ref_events = ref[c["name"]]["events"]
        ref_io = [e for e in ref_events if e["kind"] in ("out", "err")]
        if len(ref_io) != len(c["outputs"]) or any(e["kind"] == "crash" for e in ref_events):
            problems.append(f"{c['name']}: the {ref_ver} run does not line up with the golden outputs")
        for o in ref_io[:len(c["outputs"])]:
            n_out[o["op"]] += 1
        for v in versions:
            for r in align(c["outputs"], ref_events, caches[v]["cases"][c["name"]]["events"]):
                r["case"] = c["name"]
                per[r["op"]][v].append(r)
    return per, n_out, problems


def status(results: list[dict], ignore_text: bool = False) -> str:
    kinds = {r["kind"] for r in results}
    tested = kinds - {"untested"}
    if not tested:
        return "untested"
    if "unavailable" in kinds:
        return "unavailable"
    bad = tested - {"exact"} - ({"error-text"} if ignore_text else set())
    return "exact" if not bad else "differs"


def describe(results: list[dict]) -> str:
    """Short text: what differs for one op in one release."""
    n = len(results)
    bad = [r for r in results if r["kind"] not in ("exact", "untested")]
    if not bad:
        unt = [r for r in results if r["kind"] == "untested"]
        return f"{len(unt)}/{n} outputs not reached" if unt else ""
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in bad:
        groups[r["detail"]].append(r)
    parts = []
    for d, rs in sorted(groups.items()):
        dts = sorted({r["dtype"] for r in rs if r.get("dtype")},
                     key=lambda t: (DTYPE_ORDER.index(t) if t in DTYPE_ORDER else 99, t))
        parts.append(d.replace("{dt}", ", ".join(dts)) + f" ({len(rs)}/{n} outputs)")
    return "; ".join(parts)


def build_table(golden, caches, ref_ver, versions, meta_line: str) -> tuple[str, list[str]]:
    per, n_out, problems = summarize(golden, caches, ref_ver, versions)
    lines = [
        "| tf.random op | outputs | bit-exact with philoxd (strict) | also exact if error text is ignored | what differs |",
        "|---|---:|---|---|---|",
    ]
    per_version = defaultdict(list)
    for op in sorted(per, key=op_sort_key):
        strict = [v for v in versions if status(per[op][v]) == "exact"]
        loose = [v for v in versions if status(per[op][v], ignore_text=True) == "exact"]
        descs: list[tuple[str, str]] = []
        for v in versions:
            d = describe(per[op][v])
            st = status(per[op][v])
            if st == "untested":
                d = "not tested (" + "; ".join(sorted({r["detail"] for r in per[op][v]})) + ")"
            if d:
                descs.append((v, d))
                if st != "exact":
                    per_version[v].append(f"`{op}`: {d}")
        # group consecutive versions with the same description
        grouped: list[tuple[list[str], str]] = []
        for v, d in descs:
            if grouped and grouped[-1][1] == d and versions.index(grouped[-1][0][-1]) == versions.index(v) - 1:
                grouped[-1][0].append(v)
            else:
                grouped.append(([v], d))
        what = "; ".join(f"{ranges(vs, versions)}: {d}" for vs, d in grouped)
        if any(r["detail"] == ATTR_ORDER for v in versions for r in per[op][v]):
            what += ("; " if what else "") + ("an error message lists kernel attrs in an order that changes "
                                              "from run to run in every release (compared with the attrs sorted)")
        what = what or "—"
        loose_txt = "same" if loose == strict else ranges(loose, versions)
        lines.append(f"| `{op}` | {n_out[op]} | {ranges(strict, versions)} | {loose_txt} | {what} |")
    table = "\n".join(lines)

    # Per release: which ops differ, grouped by what differs; consecutive releases that read the same merge.
    rel_rows = ["| release | tensorflow-cpu | numpy | outputs bit-exact |", "|---|---|---|---:|"]
    blocks: list[tuple[list[str], str]] = []
    for v in versions:
        c = caches[v]
        res = [r for op in per for r in per[op][v]]
        exact = sum(r["kind"] == "exact" for r in res)
        tested = sum(r["kind"] != "untested" for r in res)
        rel_rows.append(f"| {v} | {c.get('tensorflow')} | {c.get('numpy')} | {exact}/{tested} |")
        by_what: dict[str, set[str]] = defaultdict(set)
        for op in per:
            for r in per[op][v]:
                if r["kind"] not in ("exact", "untested"):
                    by_what[r["detail"].replace("{dt} ", "").replace("{dt}", "")].add(op)
        text = "; ".join(f"{w}: " + ", ".join(f"`{o}`" for o in sorted(ops, key=op_sort_key))
                         for w, ops in sorted(by_what.items())) or "everything bit-exact"
        if blocks and blocks[-1][1] == text:
            blocks[-1][0].append(v)
        else:
            blocks.append(([v], text))
    vlines = [f"- **{ranges(vs, versions)}**: {t}" for vs, t in blocks]
    text = "\n".join([meta_line, "", table, "", "Per release:", "", *rel_rows, "", *vlines])
    return text, problems


def write_doc(path: Path, block: str) -> None:
    block = f"{BEGIN}\n{block}\n{END}"
    if path.exists():
        old = path.read_text(encoding="utf-8")
        if BEGIN in old and END in old:
            pre, rest = old.split(BEGIN, 1)
            post = rest.split(END, 1)[1]
            path.write_text(pre + block + post, encoding="utf-8")
            return
        path.write_text(old.rstrip() + "\n\n" + block + "\n", encoding="utf-8")
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# TensorFlow releases and philoxd\n\n" + block + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("versions", nargs="*", help="releases such as 2.12 (latest patch of each is used)")
    ap.add_argument("--all", action="store_true", help=f"{ALL_VERSIONS[0]} ... {ALL_VERSIONS[-1]}")
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="venvs and result caches (default %(default)s)")
    ap.add_argument("--refresh", action="store_true", help="ignore cached results and run every case again")
    ap.add_argument("--table-only", action="store_true", help="use cached results only; install and run nothing")
    ap.add_argument("--delete-venvs", action="store_true", help="delete each venv once its results are cached")
    ap.add_argument("--output", type=Path, default=REPO / "docs" / "tf-versions.md",
                    help="Markdown file to write the table into (default %(default)s); '-' = print only")
    ap.add_argument("--worker", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(*args.worker)
        return

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    golden, recorded = load_golden()
    ref_ver = ".".join(recorded.split(".")[:2])
    versions = sorted(set(ALL_VERSIONS if args.all else args.versions) | {ref_ver},
                      key=lambda v: tuple(int(x) for x in v.split(".")))
    if not versions:
        ap.error("give releases or --all")
    args.root.mkdir(parents=True, exist_ok=True)
    caches, failed = {}, {}
    for v in versions:
        try:
            if args.table_only:
                c = load_cache(args.root / f"{v}.json")
                missing = [g["name"] for g in golden if c["cases"].get(g["name"], {}).get("sha") != sha(g["code"])]
                if missing:
                    raise RuntimeError(f"{len(missing)} cases not cached (first: {missing[0]})")
                caches[v] = c
            else:
                caches[v] = run_version(v, golden, args.root, args.refresh, args.delete_venvs, log)
        except (RuntimeError, subprocess.CalledProcessError) as exc:
            failed[v] = str(exc)
            log(f"[{v}] skipped: {exc}")
    if ref_ver in failed:
        raise SystemExit(f"the reference release {ref_ver} is needed to attribute outputs: {failed[ref_ver]}")
    tested = [v for v in versions if v in caches]
    meta = (f"Generated by `python tests/golden/versions.py {' '.join(versions) if not args.all else '--all'}` "
            f"on {_dt.date.today().isoformat()} (Linux x86_64, Python {platform.python_version()}, "
            f"tensorflow-cpu wheels from PyPI), comparing against the golden files recorded with "
            f"TF {recorded}: {len(golden)} cases, {sum(len(c['outputs']) for c in golden)} outputs.")
    if failed:
        meta += " Not tested: " + "; ".join(f"{v} ({m[:200]})" for v, m in failed.items()) + "."
    text, problems = build_table(golden, caches, ref_ver, tested, meta)
    print(text)
    for p in problems:
        log("WARNING: " + p)
    if str(args.output) != "-":
        write_doc(args.output, text)
        log(f"wrote {args.output}")


if __name__ == "__main__":
    main()
