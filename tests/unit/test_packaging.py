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


def _floor(package: str) -> tuple[int, ...]:
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
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
