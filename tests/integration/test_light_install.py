"""The plain install is the client alone: a venv with only pyproject's ``dependencies`` (no
``server`` extra: no numba, llvmlite, prometheus_client, grpcio-reflection) imports philoxd,
draws from a real ``philoxd serve`` bit-exactly, runs ``philoxd health``, and says which extra
to install for what needs the engine.

The venv is made without pip (fast, offline): the light distributions are linked in from this
interpreter's site-packages, file by file as their RECORDs list them (closed over their own
requirements), and philoxd's sources are on its path as in an editable install. So the test
sees what a ``pip install philoxd`` would give, without a build or an index.
"""

from __future__ import annotations

import importlib.metadata
import pathlib
import subprocess
import sys
import textwrap
import tomllib
import venv

import pytest
from packaging.requirements import Requirement

import philoxd

ROOT = pathlib.Path(__file__).resolve().parents[2]
SERVER_ONLY = {"numba", "llvmlite", "prometheus_client", "grpc_reflection", "redis"}  # import names


def light_distributions() -> dict[str, importlib.metadata.Distribution]:
    """pyproject's ``dependencies`` and everything they require, as installed here."""
    found: dict[str, importlib.metadata.Distribution] = {}
    todo = [Requirement(r) for r in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]]
    while todo:
        requirement = todo.pop()
        key = requirement.name.lower().replace("_", "-")
        if key in found:
            continue
        found[key] = dist = importlib.metadata.distribution(requirement.name)
        for text in dist.requires or ():
            sub = Requirement(text)
            if sub.marker is None or sub.marker.evaluate({"extra": ""}):
                todo.append(sub)
    return found


@pytest.fixture(scope="module")
def light_python(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    """The python of a fresh venv holding the light client only."""
    home = tmp_path_factory.mktemp("light-venv")
    venv.EnvBuilder(with_pip=False, symlinks=True).create(home)
    python = home / "bin" / "python"
    site = pathlib.Path(
        subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                       capture_output=True, text=True, check=True).stdout.strip()
    )
    for dist in light_distributions().values():
        base = pathlib.Path(dist.locate_file(""))
        for file in dist.files or ():
            if file.parts[0] == ".." or "__pycache__" in file.parts:
                continue  # scripts (bin/), byte code
            source, link = base / file, site / file
            if source.exists() and not link.exists():
                link.parent.mkdir(parents=True, exist_ok=True)
                link.symlink_to(source)
    (site / "philoxd-sources.pth").write_text(f"{ROOT / 'client'}\n{ROOT / 'server'}\n")
    return python


def _run(python: pathlib.Path, code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([python, "-c", textwrap.dedent(code), *args], capture_output=True, text=True, timeout=120)


def test_the_light_install_leaves_the_engine_out() -> None:
    names = set(light_distributions())
    assert {"numpy", "grpcio", "protobuf", "ml-dtypes"} <= names, names
    assert not {"numba", "llvmlite", "prometheus-client", "grpcio-reflection", "redis"} & names, names
    megabytes = sum(f.size or 0 for d in light_distributions().values() for f in d.files or ()) / 1e6
    assert megabytes < 100, megabytes  # as RECORD lists them (no byte code); numba + llvmlite alone are ~200


def test_the_light_client_draws_from_a_real_server(light_python: pathlib.Path, server_target: str) -> None:
    done = _run(
        light_python,
        """
        import importlib.util, sys
        import philoxd
        rng = philoxd.connect(sys.argv[1], timeout=30)
        rng.random.set_seed(1234)
        values = rng.random.uniform([3], seed=1)
        big = rng.random.normal([1 << 18], seed=2)
        assert not any(importlib.util.find_spec(m) for m in ("numba", "llvmlite", "prometheus_client", "grpc_reflection"))
        print(values.tobytes().hex(), big.tobytes().hex()[:64], sep="\\n")
        """,
        server_target,
    )
    assert done.returncode == 0, done.stderr
    with philoxd.connect() as local:
        local.random.set_seed(1234)
        want = [local.random.uniform([3], seed=1).tobytes().hex(), local.random.normal([1 << 18], seed=2).tobytes().hex()[:64]]
    assert done.stdout.split() == want


def test_in_process_without_the_engine_names_the_extra(light_python: pathlib.Path) -> None:
    done = _run(
        light_python,
        """
        import philoxd, philoxd.random
        for attempt in (philoxd.connect, lambda: philoxd.random.uniform([1])):
            try:
                attempt()
            except philoxd.errors.FailedPreconditionError as exc:
                print(exc)
        """,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 2, lines
    for line in lines:
        assert line.startswith("in-process mode needs the server engine (numba is not installed): pip install '.[server]' in a philoxd checkout (or its wheel with [server])")


def test_philoxd_health_works_in_the_light_install(light_python: pathlib.Path, server_target: str) -> None:
    done = subprocess.run([light_python, "-m", "philoxd_server", "health", "--target", server_target, "--timeout", "10"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "SERVING" in done.stdout, done.stderr


def _a_provenance() -> str:
    with philoxd.connect() as local:
        local.random.uniform([2], seed=1)
        return philoxd.provenance_to_json(local.last_provenance)


@pytest.mark.parametrize("command", ["serve", "replay"])
def test_commands_that_need_the_engine_name_the_extra(light_python: pathlib.Path, command: str) -> None:
    argv = ["serve", "--port", "0"] if command == "serve" else ["replay", _a_provenance()]
    done = subprocess.run([light_python, "-m", "philoxd_server", *argv], capture_output=True, text=True, timeout=120)
    lines = done.stderr.splitlines()
    assert done.returncode == 1 and len(lines) == 1, done.stderr
    assert "the server engine is not installed" in lines[0] and "pip install '.[server]' in a philoxd checkout (or its wheel with [server])" in lines[0], lines


def test_the_light_client_leaves_generation_to_the_server(light_python: pathlib.Path, server_target: str) -> None:
    """generate="auto" without the engine: every number from the server (large and stateless draws
    included); generate="client" names the extra."""
    done = _run(
        light_python,
        """
        import sys
        import philoxd
        rng = philoxd.connect(sys.argv[1], timeout=30)
        print(rng.random.normal([1 << 20], seed=2).tobytes().hex()[:64], rng.random.stateless_uniform([3], seed=[1, 2]).tobytes().hex())
        try:
            philoxd.connect(sys.argv[1], generate="client")
        except philoxd.errors.FailedPreconditionError as exc:
            print(exc)
        """,
        server_target,
    )
    assert done.returncode == 0, done.stderr
    with philoxd.connect() as local:
        want = [local.random.normal([1 << 20], seed=2).tobytes().hex()[:64], local.random.stateless_uniform([3], seed=[1, 2]).tobytes().hex()]
    lines = done.stdout.splitlines()
    assert lines[0].split() == want
    assert lines[1].startswith("connect(generate='client'): in-process mode needs the server engine (numba is not installed)")
