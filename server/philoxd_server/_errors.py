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
    "OutOfRange",
    "PhiloxdServerError",
    "RequestIdReused",
    "SessionExpired",
    "SessionExpiredNotReopened",
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


def _expired(session: str, ttl: float) -> str:
    return (
        f"session {session!r} expired: it had no call for more than {ttl:g} s (the server's --session-ttl), "
        "and its global seed, op seeds, kernels and generators are gone. philoxd does not start it over by "
        "itself, since its streams would repeat numbers they already gave: start it afresh knowingly with "
        "philoxd.connect(..., reset_expired=True) (OpenSession with reset_expired), restore a snapshot of it, "
        "or use a new session name"
    )


class SessionExpired(NotFound):
    """A call on a named session that expired (its tombstone is kept: see ``Store.open_session``)."""

    def __init__(self, session: str, ttl: float) -> None:
        super().__init__(_expired(session, ttl))
        self.session = session


class AlreadyExists(PhiloxdServerError):
    """The object to create exists already."""

    code = "ALREADY_EXISTS"


class FailedPrecondition(PhiloxdServerError):
    """The state does not allow this call (e.g. op determinism without a seed)."""

    code = "FAILED_PRECONDITION"


class SessionExpiredNotReopened(FailedPrecondition):
    """``open_session`` of a named session that expired, without ``reset_expired``: the state
    (its tombstone) refuses it; the caller must ask for a fresh start explicitly."""

    def __init__(self, session: str, ttl: float) -> None:
        super().__init__(_expired(session, ttl))
        self.session = session


class RequestIdReused(FailedPrecondition):
    """A request id the store remembers for another request was sent with this one.

    ``FAILED_PRECONDITION``, not ``INVALID_ARGUMENT``: the request itself is valid (with a
    fresh id, or after the retention window, it is served); what refuses it is the store's
    memory of the id, i.e. state. Never retried as it is: the caller must send a new id.
    """

    def __init__(self, session: str, request_id: str) -> None:
        super().__init__(
            f"request_id {request_id!r} was already used in this session for a different request, "
            "so this one is refused, not answered: a request id names one request (a retry resends that "
            "same request); send a new request_id for a new request"
        )
        self.session, self.request_id = session, request_id


class OutOfRange(PhiloxdServerError):
    """A result too large for the call that asked for it (``DrawOne``: send it as ``Draw``)."""

    code = "OUT_OF_RANGE"


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
