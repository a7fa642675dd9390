"""Errors raised by philoxd, named like ``tf.errors``.

Every failed call raises a subclass of :class:`PhiloxdError`, chosen by the
gRPC status code the server (or the in-process servicer) answered with. It is
raised on its own, without gRPC's exception chained to it, so a traceback shows
the user's call and one message; the original ``grpc.RpcError``, when there is
one, is its ``rpc_error`` attribute (for a draw that failed on a ``DrawStream``,
a ``grpc.RpcError`` whose ``code()`` and ``details()`` are that draw's in-band
status):

=============================  ===================================
``grpc.StatusCode``            exception
=============================  ===================================
``INVALID_ARGUMENT``           :class:`InvalidArgumentError` (also a ``ValueError``)
``NOT_FOUND``                  :class:`NotFoundError`
``ALREADY_EXISTS``             :class:`AlreadyExistsError`
``PERMISSION_DENIED``          :class:`PermissionDeniedError`
``UNAUTHENTICATED``            :class:`UnauthenticatedError`
``RESOURCE_EXHAUSTED``         :class:`ResourceExhaustedError`
``FAILED_PRECONDITION``        :class:`FailedPreconditionError` (also a ``RuntimeError``)
``OUT_OF_RANGE``               :class:`OutOfRangeError`
``UNIMPLEMENTED``              :class:`UnimplementedError`
``UNAVAILABLE``                :class:`UnavailableError`
``DEADLINE_EXCEEDED``          :class:`DeadlineExceededError`
``CANCELLED``                  :class:`CancelledError`
``ABORTED``                    :class:`AbortedError`
``DATA_LOSS``                  :class:`DataLossError`
``INTERNAL``                   :class:`InternalError`
anything else                  :class:`UnknownError`
=============================  ===================================

Where TensorFlow raises a builtin ``ValueError`` or ``TypeError`` (its Python
wrappers' checks) rather than ``tf.errors.InvalidArgumentError`` (its kernels'),
the server says so and the client raises :class:`philoxd.errors.ValueError` or
:class:`philoxd.errors.TypeError`: ``INVALID_ARGUMENT`` errors that are also
instances of those builtins, with TF's class name and message.
"""

from __future__ import annotations

import builtins

import grpc

__all__ = [
    "AbortedError",
    "AlreadyExistsError",
    "CancelledError",
    "DataLossError",
    "DeadlineExceededError",
    "FailedPreconditionError",
    "InternalError",
    "InvalidArgumentError",
    "NotFoundError",
    "OutOfRangeError",
    "PermissionDeniedError",
    "PhiloxdError",
    "ResourceExhaustedError",
    "UnauthenticatedError",
    "UnavailableError",
    "UnimplementedError",
    "UnknownError",
    "PYTHON_CLASS_KEY",
    "from_status",
]

PYTHON_CLASS_KEY = "philoxd-python-class"  # trailing metadata: "ValueError" / "TypeError" (see from_status)


class PhiloxdError(Exception):
    """Base class of every philoxd error.

    Attributes:
      code: The ``grpc.StatusCode`` of the failed call.
      message: The server's message.
      rpc_error: The ``grpc.RpcError`` the call ended with; None in-process and for the client's own checks.
    """

    code: grpc.StatusCode = grpc.StatusCode.UNKNOWN
    rpc_error: grpc.RpcError | None = None

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidArgumentError(PhiloxdError, ValueError):
    """An argument is malformed or out of range (TF raises ValueError or InvalidArgumentError)."""

    code = grpc.StatusCode.INVALID_ARGUMENT


class NotFoundError(PhiloxdError, LookupError):
    """A session, generator or function scope does not exist (or expired)."""

    code = grpc.StatusCode.NOT_FOUND


class AlreadyExistsError(PhiloxdError):
    """What was to be created exists."""

    code = grpc.StatusCode.ALREADY_EXISTS


class PermissionDeniedError(PhiloxdError):
    """The caller may not do this."""

    code = grpc.StatusCode.PERMISSION_DENIED


class UnauthenticatedError(PhiloxdError):
    """Missing or wrong token."""

    code = grpc.StatusCode.UNAUTHENTICATED


class ResourceExhaustedError(PhiloxdError):
    """A server limit was hit (elements per request, sessions, rate)."""

    code = grpc.StatusCode.RESOURCE_EXHAUSTED


class FailedPreconditionError(PhiloxdError, RuntimeError):
    """The state does not allow the call (also a ``RuntimeError``, as TF raises for an
    unseeded random op under ``enable_op_determinism``)."""

    code = grpc.StatusCode.FAILED_PRECONDITION


class OutOfRangeError(PhiloxdError):
    """Out of range."""

    code = grpc.StatusCode.OUT_OF_RANGE


class UnimplementedError(PhiloxdError, NotImplementedError):
    """Not implemented by this server."""

    code = grpc.StatusCode.UNIMPLEMENTED


class UnavailableError(PhiloxdError):
    """The server (or its store) cannot be reached; retried calls may succeed."""

    code = grpc.StatusCode.UNAVAILABLE


class DeadlineExceededError(PhiloxdError):
    """The call's deadline passed."""

    code = grpc.StatusCode.DEADLINE_EXCEEDED


class CancelledError(PhiloxdError):
    """The call was cancelled."""

    code = grpc.StatusCode.CANCELLED


class AbortedError(PhiloxdError):
    """The call was aborted."""

    code = grpc.StatusCode.ABORTED


class DataLossError(PhiloxdError):
    """Unrecoverable data loss."""

    code = grpc.StatusCode.DATA_LOSS


class InternalError(PhiloxdError):
    """The server failed; a bug."""

    code = grpc.StatusCode.INTERNAL


class UnknownError(PhiloxdError):
    """Any other status."""

    code = grpc.StatusCode.UNKNOWN


_BY_CODE: dict[grpc.StatusCode, type[PhiloxdError]] = {
    cls.code: cls
    for cls in (
        InvalidArgumentError,
        NotFoundError,
        AlreadyExistsError,
        PermissionDeniedError,
        UnauthenticatedError,
        ResourceExhaustedError,
        FailedPreconditionError,
        OutOfRangeError,
        UnimplementedError,
        UnavailableError,
        DeadlineExceededError,
        CancelledError,
        AbortedError,
        DataLossError,
        InternalError,
    )
}


class ValueError(InvalidArgumentError, builtins.ValueError):  # noqa: A001 - TF's class name, on purpose
    """``INVALID_ARGUMENT`` where TensorFlow raises a builtin ``ValueError`` (a wrapper's check)."""


class TypeError(InvalidArgumentError, builtins.TypeError):  # noqa: A001 - TF's class name, on purpose
    """``INVALID_ARGUMENT`` where TensorFlow raises a builtin ``TypeError`` (a conversion)."""


_PYTHON_CLASSES: dict[str, type[InvalidArgumentError]] = {"ValueError": ValueError, "TypeError": TypeError}


def from_status(code: grpc.StatusCode | None, message: str, python_class: str = "") -> PhiloxdError:
    """The :class:`PhiloxdError` for a status code and message.

    ``python_class`` (the server's ``philoxd-python-class`` trailing metadata, or
    ``DrawError.python_class``) names TF's builtin class for an ``INVALID_ARGUMENT``.
    """
    if code == grpc.StatusCode.INVALID_ARGUMENT and python_class in _PYTHON_CLASSES:
        return _PYTHON_CLASSES[python_class](message)
    return _BY_CODE.get(code, UnknownError)(message)  # type: ignore[arg-type]


def python_class_of(metadata: object) -> str:
    """The ``philoxd-python-class`` value in gRPC (trailing) metadata, or ``""``."""
    for key, value in metadata or ():  # type: ignore[attr-defined]
        if key == PYTHON_CLASS_KEY:
            return value if isinstance(value, str) else value.decode()
    return ""
