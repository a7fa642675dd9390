"""The repository carries its own contributor tools: nothing outside ``.ci/run`` (which may use what its
CI machine provides) points at files outside the checkout."""

from __future__ import annotations

import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUTSIDE = "../" + "shared/"  # the development machine's tool folder, which a clone does not have (split: this file may name it)


def test_no_file_but_ci_run_refers_outside_the_repository() -> None:
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    offenders = [
        name
        for name in files
        if name != ".ci/run" and (ROOT / name).is_file() and OUTSIDE in (ROOT / name).read_text(encoding="utf-8", errors="replace")
    ]
    assert not offenders, f"these files refer to {OUTSIDE}, which a clone does not have: {offenders}"


def test_the_tf_reference_tool_is_in_the_repository() -> None:
    tool = ROOT / "tools" / "tf-oracle"
    assert tool.is_file() and tool.stat().st_mode & 0o111, "tools/tf-oracle (makes the TF 2.21 reference venv) is missing"
    assert "tensorflow-cpu==2.21.0" in tool.read_text()
