"""Build hook: generate the gRPC/protobuf stubs from proto/ into client/philoxd/v1/.

The ``.proto`` files are the single source of the contract; the generated
``*_pb2.py`` / ``*_pb2_grpc.py`` files are build artifacts (git-ignored), made
here for wheels, sdists and editable installs alike, as grpc's own packages do.
"""

from __future__ import annotations

import pathlib
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def generate(root: pathlib.Path) -> None:
    """Run grpc_tools.protoc over every .proto under ``root/proto``."""
    import grpc_tools
    from grpc_tools import protoc

    proto_dir = root / "proto"
    out_dir = root / "client"
    protos = sorted(str(p.relative_to(proto_dir)) for p in proto_dir.rglob("*.proto"))
    include = pathlib.Path(grpc_tools.__file__).parent / "_proto"
    args = [
        "grpc_tools.protoc",
        f"-I{proto_dir}",
        f"-I{include}",
        f"--python_out={out_dir}",
        f"--pyi_out={out_dir}",
        f"--grpc_python_out={out_dir}",
        *protos,
    ]
    if protoc.main(args) != 0:
        raise RuntimeError(f"protoc failed: {' '.join(args)}")


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Hatch hook that regenerates the stubs before every build."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        generate(pathlib.Path(self.root))


if __name__ == "__main__":
    generate(pathlib.Path(__file__).resolve().parent)
