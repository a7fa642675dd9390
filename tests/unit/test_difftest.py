"""The differential tester itself (tests/golden/difftest.py), without TensorFlow."""

from __future__ import annotations

import numpy as np
import pytest

import philoxd
from tests.golden import difftest, replay


def test_generation_is_a_function_of_the_seed() -> None:
    programs = [difftest.generate_program(s) for s in range(30)]
    assert programs == [difftest.generate_program(s) for s in range(30)]
    assert len(set(programs)) == 30
    for code in programs:
        assert 10 <= len(code.splitlines()) <= 40
        compile(code, "<program>", "exec")
    assert len(difftest.generate_program(7, steps=5).splitlines()) == 5


def test_every_op_is_emitted_and_programs_follow_the_determinism_rules() -> None:
    seen: dict[str, int] = dict.fromkeys(difftest.OPS, 0)
    invalid = total = 0
    for s in range(200):
        lines = difftest.generate_program(s).splitlines()
        assert difftest.deterministic_in_tf(lines), s
        for line in lines:
            op, bad = difftest.line_op(line)
            assert op in seen, line
            seen[op] += 1
            invalid += bad
            total += 1
    assert [op for op, n in seen.items() if n == 0] == []
    assert 0.08 < invalid / total < 0.25


def test_programs_run_in_philoxd_without_crashing_outside_steps() -> None:
    for s in range(25):
        code = difftest.generate_program(s)
        rng = philoxd.connect()
        res = difftest.run_program(code, rng.random, rng.function)
        assert res["crash"] is None, (s, res["crash"])
        assert len(res["steps"]) == len(difftest.step_lines(code))


def test_the_comparison_is_strict() -> None:
    rec = lambda x: {"value": difftest.encode_value(x)}  # noqa: E731
    assert difftest.compare_records(rec(np.float32(0.0)), rec(np.float32(-0.0))) == ("value", "float32")
    nan1 = np.array([np.nan], np.float32)
    nan2 = nan1.view(np.uint32) | np.uint32(1)
    assert difftest.compare_records(rec(nan1), rec(nan2.view(np.float32))) == ("value", "float32")
    # 0-d stays 0-d (replay.encode_array would make it shape [1])
    assert difftest.compare_records(rec(np.int64(3)), rec(np.array([3], np.int64))) == ("shape", "int64")
    assert difftest.compare_records(rec(np.zeros(2, np.float32)), rec(np.zeros(2, np.float64)))[0] == "dtype"
    # error classes compare by name: philoxd's ValueError is TF's builtin ValueError ...
    tf_err = difftest.error_record(ValueError("bad alg"))
    assert difftest.compare_records(tf_err, difftest.error_record(philoxd.errors.ValueError("bad alg"))) is None
    # ... but an InvalidArgumentError (a ValueError subclass) is not
    got = difftest.compare_records(tf_err, difftest.error_record(philoxd.errors.InvalidArgumentError("bad alg")))
    assert got == ("error-class", "ValueError->InvalidArgumentError")
    # a message difference is reported as such (informational: see split_diffs)
    assert difftest.compare_records(tf_err, difftest.error_record(ValueError("bad"))) == ("error-message", "ValueError")
    assert difftest.compare_records(tf_err, rec(np.float32(1)))[0] == "missing-error"
    # only TF's graph-node annotations and its unordered kernel attrs are normalised
    a = "No OpKernel was registered with these attrs: [T=DT_INT32, S=DT_INT32]\n\t [[{{node f/RandomUniform}}]]"
    b = "No OpKernel was registered with these attrs: [S=DT_INT32, T=DT_INT32]"
    assert difftest.norm_message(a) == difftest.norm_message(b)


def test_message_differences_are_informational_unless_strict() -> None:
    code = "\n".join([
        "step(lambda: R.uniform([-1], seed=1))  # uniform !",
        "step(lambda: R.normal([2], seed=1))  # normal",
    ]) + "\n"
    err = lambda cls, msg: {"error": cls, "module": "m", "message": msg}  # noqa: E731
    val = {"value": difftest.encode_value(np.float32(1))}
    tf_res = {"steps": [err("InvalidArgumentError", "Dimension -1 must be >= 0"), val], "crash": None}
    px_res = {"steps": [err("InvalidArgumentError", "shape has a negative dimension"), val], "crash": None}
    diffs = difftest.compare_results(code, tf_res, px_res)
    mism, notes = difftest.split_diffs(diffs)
    assert mism == [] and [n["kind"] for n in notes] == ["error-message"]
    assert difftest.message_signature(notes[0]) == "uniform | InvalidArgumentError | Dimension # must be >= #"
    assert difftest.split_diffs(diffs, strict_messages=True) == (diffs, [])
    stats = difftest.Stats()
    stats.add(0, code, tf_res, px_res, mism, notes)
    assert (stats.mismatch_programs, stats.message_programs, stats.message_steps) == (0, 1, 1)
    # a different class is a mismatch whatever the message
    px_res["steps"][0] = err("ValueError", "Dimension -1 must be >= 0")
    mism, notes = difftest.split_diffs(difftest.compare_results(code, tf_res, px_res))
    assert [m["kind"] for m in mism] == ["error-class"] and notes == []


def test_tf_bugs_are_skipped_but_philoxd_must_raise_the_intended_class() -> None:
    tf_err = {"error": "AttributeError", "module": "builtins",
              "message": "module 'tensorflow.python.ops.stateless_random_ops' has no attribute 'unsupported_alg_error_msg'"}
    ours = difftest.error_record(philoxd.errors.ValueError("Argument `alg` got unsupported value 5. Supported values are ..."))
    assert difftest.compare_records(tf_err, ours) is None
    assert difftest.compare_records(tf_err, {"value": difftest.encode_value(np.int64(1))})[0] == "tf-bug"
    assert difftest.compare_records(tf_err, difftest.error_record(philoxd.errors.InvalidArgumentError("x")))[0] == "tf-bug"
    assert difftest.compare_records(tf_err, tf_err, tf_bugs=False) is None  # TF against TF (tf_flaky, selfcheck)
    other = {"error": "AttributeError", "module": "builtins", "message": "'NoneType' object has no attribute 'normal'"}
    assert difftest.compare_records(other, ours) == ("error-class", "AttributeError->ValueError")


def test_programs_never_hold_a_python_negative_zero() -> None:
    """TF's eager scalar cache makes 0.0 and -0.0 (Python floats, np.float64) one constant:
    every -0.0 a program holds is a numpy float32/float16 scalar or inside a numpy array."""
    assert difftest.python_neg_zeros("f(mean=-0.0, x=np.float64(-0.0), y=[1.0, -0.0])") == [7, 26, 41]
    assert difftest.python_neg_zeros("f(np.float32(-0.0), np.float16(-0.0), np.array(-0.0), np.array([[1.0, -0.0]], np.float32))") == []
    seen = 0
    for s in range(400):
        code = difftest.generate_program(s)
        assert difftest.python_neg_zeros(code) == [], (s, code)
        seen += "-0.0" in code
    assert seen > 50  # -0.0 is still exercised, as numpy values


def test_ddmin_finds_a_minimal_subset_in_batches() -> None:
    batches = []

    def test_batch(cands: list[list[int]]) -> list[bool]:
        batches.append(len(cands))
        return [3 in c and 17 in c for c in cands]

    assert difftest.ddmin(list(range(40)), test_batch) == [3, 17]
    assert max(batches) > 1  # candidates are evaluated in batches


class _FakeOracle:
    """'TF': every step gives 0.0."""

    def result(self, code: str) -> dict:
        return {"steps": [{"value": difftest.encode_value(np.float32(0))} for _ in difftest.step_lines(code)], "crash": None}


class _FakePhiloxd:
    """'philoxd': a normal() step is wrong after set_seed(5)."""

    def run(self, code: str) -> dict:
        steps, seeded = [], False
        for line in difftest.step_lines(code):
            seeded = seeded or "R.set_seed(5)" in line
            v = np.float32(1 if seeded and "R.normal(" in line else 0)
            steps.append({"value": difftest.encode_value(v)})
        return {"steps": steps, "crash": None}


def test_shrinking_keeps_the_set_seed_that_matters() -> None:
    code = "\n".join([
        "step(lambda: R.uniform([2], seed=1))  # uniform",
        "step(lambda: R.set_seed(5))  # set_seed",
        "step(lambda: R.stateless_uniform([2], seed=[1, 2]))  # stateless_uniform",
        "step(lambda: R.uniform([3]))  # uniform u",
        "step(lambda: R.normal([3], seed=4))  # normal",
        "step(lambda: R.normal([3]))  # normal u",
        "step(lambda: R.uniform([1], seed=2))  # uniform",
    ]) + "\n"
    ev = difftest.Evaluator(_FakeOracle(), _FakePhiloxd())  # type: ignore[arg-type]
    _, _, mism = ev.evaluate(code)
    target = difftest.signature(mism[0])
    assert target == "normal | value | float32"
    small = ev.shrink(code, target).splitlines()
    assert len(small) == 2
    assert small[0] == "step(lambda: R.set_seed(5))  # set_seed"
    assert "R.normal([3]" in small[1]


def test_shrinking_never_leaves_an_unseeded_op_without_a_global_seed() -> None:
    lines = ["step(lambda: R.set_seed(5))  # set_seed", "step(lambda: R.normal([3]))  # normal u"]
    assert difftest.deterministic_in_tf(lines)
    assert not difftest.deterministic_in_tf(lines[1:])
    assert not difftest.deterministic_in_tf(["step(lambda: R.set_seed(None))  # set_seed", lines[1]])
    fn = ["f0 = F(lambda: R.uniform([2]))  # function u", "step(lambda: f0())  # function_call"]
    assert not difftest.deterministic_in_tf(fn)
    assert difftest.deterministic_in_tf([lines[0], *fn])
    assert not difftest.deterministic_in_tf(["step(lambda: R.get_global_generator().normal([2]))  # Generator.normal"])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_program_becomes_an_out_err_golden_case(seed: int) -> None:
    """``record`` writes programs as out/err snippets; replayed, they give the same outputs."""
    code = difftest.generate_program(seed)
    res = difftest.run_program(code, *(lambda r: (r.random, r.function))(philoxd.connect()))
    golden = difftest.to_golden(code, res)
    assert "step(" not in golden
    rng = philoxd.connect()
    outputs = replay.run_case(golden, rng.random, rng.function)

    def flat(v: object) -> list[dict]:
        if v is None:
            return []
        if isinstance(v, list):
            return [x for e in v for x in flat(e)]
        return [v["generator"] if "generator" in v else v]  # type: ignore[index, operator]

    expected = []
    for r in res["steps"]:
        if "error" in r:
            expected.append(("error", r["error"]))
        else:
            expected += [("value", a["hex"]) for a in flat(r["value"])]
    got = [("error", o["error"]) if "error" in o else ("value", o["hex"]) for o in outputs]
    assert got == expected
