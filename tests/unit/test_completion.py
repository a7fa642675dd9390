"""``philoxd completion bash|zsh`` (issue 30, item 8): the script completes the real commands,
actions, flags and flag values of the parser, in a real bash (and zsh where installed)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

_COMPLETE = """
. "$1"
shift
for line in "$@"; do
  read -ra COMP_WORDS <<< "$line"
  [[ $line == *" " ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  _philoxd
  echo "${COMPREPLY[*]}"
done
"""


def _script(shell: str) -> str:
    done = subprocess.run([sys.executable, "-m", "philoxd", "completion", shell], capture_output=True, text=True, timeout=60, check=True)
    assert done.stderr == ""
    return done.stdout


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash")
def test_bash_completes_commands_actions_flags_and_values(tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "philoxd.bash"
    path.write_text(_script("bash"))
    lines = ["philoxd ", "philoxd ses", "philoxd sessions ", "philoxd sessions list --pr", "philoxd serve --log-level ",
             "philoxd --debug health --ti", "philoxd completion ", "philoxd replay @p.json --out"]
    done = subprocess.run(["bash", "-c", _COMPLETE, "complete", str(path), *lines], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.splitlines() == [
        "serve health replay sessions store completion",
        "sessions",
        "list show rm export import",
        "--prefix --private",
        "debug info warning error critical",
        "--timeout",
        "bash zsh",
        "--output",
    ], done.stdout + done.stderr


def test_zsh_loads_the_same_completion_through_bashcompinit(tmp_path) -> None:  # noqa: ANN001
    script = _script("zsh")
    assert script.startswith("#compdef philoxd\n") and "bashcompinit" in script
    assert script.endswith(_script("bash"))
    if shutil.which("zsh") is None:
        return  # the bash half is tested above
    path = tmp_path / "_philoxd"
    path.write_text(script)
    zsh = f"autoload -U compinit && compinit -u && source {path} && complete -p philoxd"
    done = subprocess.run(["zsh", "-c", zsh], capture_output=True, text=True, timeout=60, check=False)
    assert "_philoxd" in done.stdout, done.stdout + done.stderr
