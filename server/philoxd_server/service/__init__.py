"""The gRPC service: servicer (protobuf <-> core), the request flow core, and the server."""

from philoxd_server.service._core import DEFAULT_MAX_ELEMENTS, RandomCore
from philoxd_server.service._server import build_server, serve
from philoxd_server.service._servicer import RandomServicer

__all__ = ["DEFAULT_MAX_ELEMENTS", "RandomCore", "RandomServicer", "build_server", "serve"]
