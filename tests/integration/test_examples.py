"""Every script in examples/ runs and checks its own claim against a real ``philoxd serve``,
with the dev install and with the light client install (what the examples ask of a user)."""

from __future__ import annotations

import importlib.util
import os
import pathlib
import subprocess
import sys

import pytest

from tests.integration.test_light_install import light_python  # noqa: F401 - a fixture

EXAMPLES = pathlib.Path(__file__).resolve().parents[2] / "examples"
LAST_LINES = {  # what each prints when its assertions held
    "shared_stream.py": "4 processes drew 20 slices of one stream: each slice exactly once",
    "data_pipeline.py": "6 batches: identical with 1 and 3 workers, different from one epoch to the next",
    "replay_provenance.py": "the replay left the session's streams where they were",
    "tf_drop_in.py": "served by <philoxd.Client target=",
    "checkpoint.py": "resumed from the checkpoint: steps 4-6 identical to an uninterrupted run",
    "tf_data_loader.py": "3 epochs of 13 batches from 3 workers: TensorFlow's order, batch for batch",
    "pytorch_dataloader.py": "8 batches from 2 DataLoader workers on one session: reproducible",
}
NEEDS_TORCH = {"pytorch_dataloader.py"}  # torch is no dependency of philoxd: .ci/run installs it for this example
REQUIRE_TORCH_ENV = "PHILOXD_REQUIRE_TORCH"  # set by .ci/run: CI must not skip it


def test_every_example_is_run_here() -> None:
    assert sorted(p.name for p in EXAMPLES.glob("*.py")) == sorted(LAST_LINES)


@pytest.mark.parametrize("install", ["dev", "light"])
@pytest.mark.parametrize("script", sorted(LAST_LINES))
def test_example(script: str, install: str, server_target: str, request: pytest.FixtureRequest) -> None:
    if script in NEEDS_TORCH:
        if install == "light":
            pytest.skip("the light install has no torch (the example's own dependency)")
        if importlib.util.find_spec("torch") is None:
            if os.environ.get(REQUIRE_TORCH_ENV):
                pytest.fail(f"torch is not installed but {REQUIRE_TORCH_ENV} is set")
            pytest.skip("torch is not installed (pip install torch==2.13.0)")
    python = sys.executable if install == "dev" else str(request.getfixturevalue("light_python"))
    done = subprocess.run(
        [python, str(EXAMPLES / script), server_target],
        capture_output=True, text=True, timeout=300, cwd=EXAMPLES.parent, stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, f"{script} failed:\n{done.stdout}\n{done.stderr}"
    assert done.stdout.splitlines()[-1].startswith(LAST_LINES[script]), done.stdout
