"""The README's tour works pasted line by line into ``python``'s prompt against a real server, and
``python -m philoxd`` is the ``philoxd`` command."""

from __future__ import annotations

import code
import contextlib
import io
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
README_TARGET = "127.0.0.1:50051"


def _tour() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## A 5-minute tour") :]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match, "README's tour has no python block"
    return match.group(1)


def test_the_tour_runs_line_by_line_at_the_interactive_prompt(server_target: str) -> None:
    tour = _tour().replace(README_TARGET, server_target)
    console = code.InteractiveConsole()
    out, err = io.StringIO(), io.StringIO()
    more = False
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        for line in tour.splitlines():
            more = console.push(line)  # as typed at ">>> " / "... "
        if more:
            console.push("")  # the blank line that ends a last compound statement
    assert "Traceback" not in err.getvalue() and "Error" not in err.getvalue(), err.getvalue()
    printed = out.getvalue()
    assert "Must specify maxval for integer dtype tf.int32" in printed, printed
    assert "Need minval < maxval, got 3 >= 3" in printed, printed


def test_python_m_philoxd_is_the_cli() -> None:
    done = subprocess.run([sys.executable, "-m", "philoxd", "--version"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("philoxd "), done.stdout
