"""The generated stubs and pyproject's dependency floors agree.

The stubs are generated at build time by the pinned grpcio-tools; each names the oldest
runtime it accepts (protobuf's gencode version, grpcio's GRPC_GENERATED_VERSION) and
refuses to import on an older one. So the declared floors must be at least those, or a
machine that already has an older protobuf or grpcio installs philoxd and fails at import.
"""

from __future__ import annotations

import pathlib
import re
import tomllib

ROOT = pathlib.Path(__file__).resolve().parents[2]
STUBS = ROOT / "client" / "philoxd" / "v1"


def _version(text: str) -> tuple[int, int, int]:
    major, minor, micro = (text.split(".") + ["0", "0"])[:3]
    return int(major), int(minor), int(micro)


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]  # type: ignore[no-any-return]


def _names(requirements: list[str]) -> set[str]:
    return {re.match(r"[A-Za-z0-9_.-]+", r).group(0).lower().replace("_", "-") for r in requirements}  # type: ignore[union-attr]


def _floor(package: str) -> tuple[int, ...]:
    project = _project()
    dependencies = project["dependencies"] + [r for extra in project["optional-dependencies"].values() for r in extra]
    for requirement in dependencies:
        match = re.fullmatch(rf"{re.escape(package)}>=([0-9.]+)(,.*)?", requirement)
        if match:
            return _version(match.group(1))
    raise AssertionError(f"{package} has no >= floor in pyproject.toml")


def test_protobuf_floor_accepts_the_generated_code() -> None:
    match = re.search(r"# Protobuf Python Version: ([0-9.]+)", (STUBS / "random_pb2.py").read_text())
    assert match, "random_pb2.py names no protobuf version"
    assert _floor("protobuf") >= _version(match.group(1))


def test_grpcio_floors_accept_the_generated_code() -> None:
    match = re.search(r"GRPC_GENERATED_VERSION = '([0-9.]+)'", (STUBS / "random_pb2_grpc.py").read_text())
    assert match, "random_pb2_grpc.py names no grpcio version"
    for package in ("grpcio", "grpcio-health-checking", "grpcio-reflection"):
        assert _floor(package) >= _version(match.group(1)), package


def test_the_build_pins_grpcio_tools() -> None:
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"]["requires"]
    pins = [r for r in requires if r.startswith("grpcio-tools")]
    assert len(pins) == 1 and re.fullmatch(r"grpcio-tools==[0-9.]+", pins[0]), pins


# -- the plain install is the client; the engine and the server are the `server` extra -------

LIGHT = {"numpy", "grpcio", "grpcio-health-checking", "protobuf", "ml-dtypes"}
ENGINE = {"numba", "grpcio-reflection", "prometheus-client"}


def test_the_plain_install_is_the_light_client() -> None:
    assert _names(_project()["dependencies"]) == LIGHT  # numba + llvmlite alone are ~200 MB


def test_the_server_extra_holds_the_engine_and_dev_and_the_image_use_it() -> None:
    extras = _project()["optional-dependencies"]
    assert _names(extras["server"]) == ENGINE
    assert "philoxd[server,redis,postgresql]" in extras["dev"]
    assert _names(extras["postgresql"]) == {"psycopg"}  # with its [binary,pool] extras
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "p['dependencies'] + extras['server'] + extras['redis'] + extras['postgresql']" in dockerfile
    assert '-e ".[dev]"' in (ROOT / ".ci" / "run").read_text()


def test_the_client_names_every_module_of_the_server_extra() -> None:
    """``philoxd.connect()`` in-process names the extra when one of these is missing."""
    from importlib import metadata

    from philoxd._client import SERVER_MODULES

    imports = {m for m, dists in metadata.packages_distributions().items() for d in dists if d.lower().replace("_", "-") in ENGINE}
    assert imports - {"_numba"} <= SERVER_MODULES, imports  # numba's private C module comes with numba
