"""Domain errors of the philoxd server, each tied to one gRPC status code name.

The engine and the stores raise these; the servicer turns them into a status
with :attr:`PhiloxdServerError.code` and the message unchanged. The client maps
that status back to ``philoxd.errors``.
"""

from __future__ import annotations

__all__ = [
    "Aborted",
    "AlreadyExists",
    "DataLoss",
    "FailedPrecondition",
    "InvalidArgument",
    "NotFound",
    "PhiloxdServerError",
    "ResourceExhausted",
    "Unavailable",
    "Unimplemented",
]


class PhiloxdServerError(Exception):
    """Base class; ``code`` is the name of a ``grpc.StatusCode`` member."""

    code = "INTERNAL"


class InvalidArgument(PhiloxdServerError, ValueError):
    """A request argument is malformed or out of range.

    Args:
      message: The error message (TF's, where TF has one).
      python_class: ``"ValueError"`` or ``"TypeError"`` where TensorFlow raises that
        Python builtin (its wrappers' checks); empty where it raises
        ``tf.errors.InvalidArgumentError`` (its kernels').
    """

    code = "INVALID_ARGUMENT"

    def __init__(self, message: str, python_class: str = "") -> None:
        super().__init__(message)
        self.python_class = python_class


class NotFound(PhiloxdServerError, LookupError):
    """A session, generator or scope does not exist (or has expired)."""

    code = "NOT_FOUND"


class AlreadyExists(PhiloxdServerError):
    """The object to create exists already."""

    code = "ALREADY_EXISTS"


class FailedPrecondition(PhiloxdServerError):
    """The state does not allow this call (e.g. op determinism without a seed)."""

    code = "FAILED_PRECONDITION"


class ResourceExhausted(PhiloxdServerError):
    """A limit was hit (elements per request, sessions, rate)."""

    code = "RESOURCE_EXHAUSTED"


class Unimplemented(PhiloxdServerError, NotImplementedError):
    """The operation is not available here."""

    code = "UNIMPLEMENTED"


class Aborted(PhiloxdServerError):
    """A concurrent change made the call give up before it changed anything; retry it."""

    code = "ABORTED"


class Unavailable(PhiloxdServerError):
    """A backing service (e.g. the state store) cannot be reached; retry later."""

    code = "UNAVAILABLE"


class DataLoss(PhiloxdServerError):
    """The state store went back: it answered a counter below one already handed out."""

    code = "DATA_LOSS"
