"""Replay helper for the TensorFlow golden vectors in ``tf_random.json``.

Importable without TensorFlow (numpy only).  The same ``run_case`` executes a
case's snippet both in the recorder (``record.py``, against ``tf.random`` /
``tf.function``) and in philoxd's tests (against ``rng.random`` /
``rng.function``), so both runtimes see exactly the same code.

Output records (one per ``out``/``err`` call, in call order):

* array:  ``{"dtype": "float32", "shape": [3], "hex": "<little-endian bytes>"}``
* error:  ``{"error": "InvalidArgumentError", "message": "<core message>"}``
  (``"error": None`` if the callable passed to ``err`` did not raise).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Callable

import numpy as np

GOLDEN_PATH = Path(__file__).with_name("tf_random.json")

# TF eager errors look like
#   "{{function_node __wrapped__Op_device_/job:...}} Need minval < maxval, got 3 >= 3 [Op:RandomUniformInt] name: "
_PREFIX_RE = re.compile(r"^\s*\{\{function_node [^}]*\}\}\s*")
_SUFFIX_RE = re.compile(r"\s*\[Op:[^\]]*\](?: name: .*)?\s*$", re.DOTALL)


def core_message(message: str) -> str:
    """Strip TF's ``{{function_node ...}}`` prefix and ``[Op:...] name: ...`` suffix."""
    return _SUFFIX_RE.sub("", _PREFIX_RE.sub("", message))


def load_cases(path: str | Path | None = None) -> list[dict]:
    """Return the recorded cases (dicts with ``name``, ``code`` and ``outputs``) of one
    file, or of every ``tf_*.json`` beside this module."""
    paths = [Path(path)] if path else sorted(GOLDEN_PATH.parent.glob("tf_*.json"))
    cases: list[dict] = []
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            cases.extend(json.load(fh)["cases"])
    return cases


def encode_array(x: Any) -> dict:
    arr = np.asarray(x.numpy() if hasattr(x, "numpy") else x)
    if arr.dtype.byteorder == ">" or (arr.dtype.byteorder == "=" and np.little_endian is False):
        arr = arr.astype(arr.dtype.newbyteorder("<"))
    arr = np.ascontiguousarray(arr)
    return {"dtype": arr.dtype.name, "shape": list(arr.shape), "hex": arr.tobytes().hex()}


def decode_array(rec: dict) -> np.ndarray:
    dt = np.dtype(rec["dtype"]).newbyteorder("<")
    return np.frombuffer(bytes.fromhex(rec["hex"]), dtype=dt).reshape(rec["shape"])


def _error_record(exc: BaseException) -> dict:
    cls = type(exc)
    return {
        "error": cls.__name__,
        "message": core_message(str(exc)),
        # Not stored in the golden file; lets compare() accept subclasses.
        "bases": [c.__name__ for c in cls.__mro__],
    }


def make_emit(out: Callable[[Any], None]) -> Callable[[Any], Any]:
    """The snippets' ``emit(v)``: ``out`` of each array in ``v`` (tuples and lists element by
    element, a Generator by its state; None: nothing), returning ``v`` (the recorded differential
    tester programs keep their results in names)."""

    def emit(v: Any) -> Any:
        if isinstance(v, (tuple, list)):
            for x in v:
                emit(x)
        elif hasattr(v, "algorithm") and hasattr(v, "state") and not hasattr(v, "dtype"):
            out(v.state)
        elif v is not None:
            out(v)
        return v

    return emit


def configure(rng: Any, case: dict) -> None:
    """Set a fresh session up as TF was when ``case`` was recorded: its intra-op thread count,
    for a case recorded at one (``"threads"``; record.py ``case(..., threads=n)``)."""
    if "threads" in case:
        rng.config.threading.set_intra_op_parallelism_threads(case["threads"])


def run_case(code: str, R: Any, F: Callable, extra: dict | None = None) -> list[dict]:
    """Execute one case snippet with ``R``/``F`` bound and return its outputs.

    Exceptions raised outside ``err(...)`` propagate: they mean the case (or
    the implementation) is broken, not that an error was expected.
    """
    outputs: list[dict] = []

    def out(x: Any) -> None:
        outputs.append(encode_array(x))

    def err(fn: Callable[[], Any]) -> None:
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - recording any exception is the point
            outputs.append(_error_record(exc))
        else:
            outputs.append({"error": None, "message": None})

    # K: Keras 3 (keras.random, ...); philoxd's is the session's rng.keras beside R = rng.random
    # (the recorder passes Keras itself, record_keras.py).
    keras = getattr(getattr(R, "_client", None), "keras", None)
    namespace = {"R": R, "F": F, "K": keras, "out": out, "err": err, "emit": make_emit(out), "np": np}
    if extra:
        namespace.update(extra)
    exec(compile(code, "<golden case>", "exec"), namespace)  # noqa: S102
    return outputs


def strip_private(outputs: list[dict]) -> list[dict]:
    """Drop fields that are not part of the stored format (e.g. ``bases``)."""
    return [{k: v for k, v in o.items() if k != "bases"} for o in outputs]


def _fmt(arr: np.ndarray, idx: tuple) -> str:
    v = arr[idx]
    return repr(v.item()) if hasattr(v, "item") else repr(v)


def _compare_arrays(i: int, exp: dict, act: dict) -> list[str]:
    if exp["dtype"] != act["dtype"]:
        return [f"output {i}: dtype {act['dtype']} != expected {exp['dtype']}"]
    if list(exp["shape"]) != list(act["shape"]):
        return [f"output {i}: shape {act['shape']} != expected {exp['shape']}"]
    if exp["hex"] == act["hex"]:
        return []
    e, a = decode_array(exp), decode_array(act)
    # Compare bit patterns (so NaNs / -0.0 are compared exactly).
    ui = np.dtype(f"<u{e.dtype.itemsize}") if e.dtype.itemsize in (1, 2, 4, 8) else None
    if ui is not None and e.size:
        diff = e.view(ui) != a.view(ui)
    else:
        diff = e != a
    flat = np.flatnonzero(np.asarray(diff).reshape(-1))
    if flat.size == 0:
        return [f"output {i}: bytes differ but values compare equal"]
    idx = np.unravel_index(int(flat[0]), e.shape) if e.shape else ()
    return [
        f"output {i}: {flat.size} of {e.size} {exp['dtype']} elements differ; first at index "
        f"{list(map(int, idx))}: actual {_fmt(a, idx)} != expected {_fmt(e, idx)}"
    ]


def _error_class_ok(expected_name: str, act: dict) -> bool:
    """The same class name as TF's (philoxd names its classes like TF's, builtins included)."""
    return act["error"].rsplit(".", 1)[-1] == expected_name


def compare(expected_outputs: list[dict], actual_outputs: list[dict]) -> list[str]:
    """Human-readable mismatch descriptions (empty list = exact match)."""
    problems: list[str] = []
    if len(expected_outputs) != len(actual_outputs):
        problems.append(f"{len(actual_outputs)} outputs != expected {len(expected_outputs)}")
    for i, (exp, act) in enumerate(zip(expected_outputs, actual_outputs)):
        if "error" in exp:
            if "error" not in act:
                problems.append(
                    f"output {i}: expected {exp['error']}({exp['message']!r}) but got an array "
                    f"{act.get('dtype')}{act.get('shape')}"
                )
            elif act["error"] is None:
                problems.append(f"output {i}: expected {exp['error']}({exp['message']!r}) but nothing was raised")
            else:
                if not _error_class_ok(exp["error"], act):
                    problems.append(f"output {i}: raised {act['error']}, expected {exp['error']}")
                if exp["message"] not in act["message"]:
                    problems.append(
                        f"output {i}: message {act['message']!r} does not contain expected {exp['message']!r}"
                    )
        elif "error" in act:
            problems.append(f"output {i}: raised {act['error']}({act['message']!r}), expected an array")
        else:
            problems.extend(_compare_arrays(i, exp, act))
    return problems
