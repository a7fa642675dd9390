"""The gRPC service: servicer (protobuf <-> core) and the request flow core."""

from philoxd_server.service._core import DEFAULT_MAX_ELEMENTS, RandomCore
from philoxd_server.service._servicer import RandomServicer

__all__ = ["DEFAULT_MAX_ELEMENTS", "RandomCore", "RandomServicer"]
