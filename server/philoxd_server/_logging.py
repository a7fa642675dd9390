"""Log formats of ``philoxd serve``: ``text`` (human) and ``json`` (one object per line).

A JSON line always has ``time`` (UTC, ISO 8601), ``level``, ``logger`` and
``message``; access lines (logger ``philoxd.access``) add ``method``,
``session``, ``request_id``, ``elements``, ``status``, ``ms`` and, under
authentication, ``principal``; errors add ``exc`` (the traceback).
"""

from __future__ import annotations

import atexit
import collections
import contextlib
import copy
import datetime
import json
import logging
import logging.handlers
import os
import select
import stat
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

__all__ = [
    "ACCESS_FIELDS",
    "ACCESS_MESSAGE",
    "LOG_FORMATS",
    "MAX_QUEUED_RECORDS",
    "STOP_FLUSH_S",
    "TEXT_FORMAT",
    "JsonFormatter",
    "TextFormatter",
    "access",
    "configure_logging",
    "dropped_lines",
    "flush_logs",
    "log_limited",
    "printable",
    "unlogged",
]

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_FORMATS = ("text", "json")
ACCESS_FIELDS = ("method", "session", "request_id", "elements", "status", "ms", "principal")
ACCESS_MESSAGE = "%s session=%s elements=%d status=%s ms=%.3f"  # args: method, session, elements, status, ms
_ACCESS_LOGGER = "philoxd.access"
_access_log = logging.getLogger(_ACCESS_LOGGER)

_PRINTABLE_MAX = 128  # characters of a client-supplied value that a log line carries
_LIMITED_INTERVAL_S = 10.0  # log_limited: one line per key this often, at most

# One access line, as queued by a serving thread: (created, method, session, request_id,
# elements, status, ms, principal).
_Access = tuple[float, str, str, str, int, str, float, str]


def printable(value: str) -> str:
    """``value`` as a log line may carry it: control characters, spaces and non-ASCII escaped
    (``\\n``, ``\\x20``, ``\\xe9``), cut to 128 characters, so a client cannot forge or flood lines."""
    if len(value) <= _PRINTABLE_MAX and value.isascii() and value.isprintable() and " " not in value:
        return value  # the common case: a validated name or id
    text = value[:_PRINTABLE_MAX].encode("unicode_escape").decode("ascii").replace(" ", "\\x20")
    return text if len(value) <= _PRINTABLE_MAX else f"{text}...(+{len(value) - _PRINTABLE_MAX} chars)"


_limited: dict[str, tuple[float, int]] = {}  # key -> (time of its last line, lines suppressed since)
_limited_lock = threading.Lock()


def log_limited(logger: logging.Logger, key: str, message: str, *, clock: Any = time.monotonic) -> None:
    """``logger.warning(message)``, but one line per ``key`` every 10 s at most (a client must
    not flood the log): the next line says how many were left out."""
    now = clock()
    with _limited_lock:
        last, suppressed = _limited.get(key, (-_LIMITED_INTERVAL_S, 0))
        if now - last < _LIMITED_INTERVAL_S:
            _limited[key] = (last, suppressed + 1)
            return
        _limited[key] = (now, 0)
    logger.warning("%s%s", message, f" ({suppressed} more like it in the last {now - last:.0f} s not logged)" if suppressed else "")


_quiet = threading.local()  # .on: this thread's calls are not access-logged (the server's own warm-up)


@contextlib.contextmanager
def unlogged() -> Iterator[None]:
    """Within it, the calling thread's calls write no access lines (the server's own warm-up calls)."""
    _quiet.on = True
    try:
        yield
    finally:
        _quiet.on = False


def access(method: str, session: str, request_id: str, elements: int, status: str, ms: float, principal: str = "") -> None:
    """Log one access line: logger ``philoxd.access``, INFO, fields :data:`ACCESS_FIELDS`.

    ``session`` and ``request_id`` come from the client: they are passed through
    :func:`printable`.

    Under :func:`configure_logging` (``philoxd serve``) the calling thread only queues
    the fields; the log writer thread builds and formats the line. Otherwise this is
    an ordinary ``logging`` call.
    """
    if not _access_log.isEnabledFor(logging.INFO) or getattr(_quiet, "on", False):
        return
    session, request_id = printable(session), printable(request_id)
    writer = _writer
    if writer is not None:
        writer.put((time.time(), method, session, request_id, elements, status, ms, principal))
        return
    _access_log.info(ACCESS_MESSAGE, method, session, elements, status, ms, extra=_access_fields(method, session, request_id, elements, status, ms, principal))


def _access_fields(method: str, session: str, request_id: str, elements: int, status: str, ms: float, principal: str) -> dict[str, object]:
    fields: dict[str, object] = {"method": method, "session": session, "request_id": request_id, "elements": elements, "status": status, "ms": round(ms, 3)}
    if principal:
        fields["principal"] = principal
    return fields


def _access_record(entry: _Access) -> logging.LogRecord:
    """The ``LogRecord`` that ``logging`` would have made for a queued access line."""
    created, method, session, request_id, elements, status, ms, principal = entry
    record = logging.LogRecord(_ACCESS_LOGGER, logging.INFO, "", 0, ACCESS_MESSAGE, (method, session, elements, status, ms), None)
    record.created, record.msecs = created, (created - int(created)) * 1000
    record.__dict__.update(_access_fields(method, session, request_id, elements, status, ms, principal))
    return record


class TextFormatter(logging.Formatter):
    """``TEXT_FORMAT`` with the date part of the time formatted once per second, not per line."""

    def __init__(self) -> None:
        super().__init__(TEXT_FORMAT)
        self._second = -1
        self._prefix = ""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802 - logging API
        return self._time(record.created, record.msecs)

    def _time(self, created: float, msecs: float) -> str:
        second = int(created)
        if second != self._second:  # only the writer thread formats: no lock needed
            self._second, self._prefix = second, time.strftime("%Y-%m-%d %H:%M:%S", self.converter(second))
        return f"{self._prefix},{int(msecs):03d}"

    def format_access(self, entry: _Access) -> str:
        """``format(<the access record>)`` without building the record (the writer's fast path)."""
        created, method, session, _, elements, status, ms, _ = entry
        when = self._time(created, (created - int(created)) * 1000)
        return f"{when} INFO {_ACCESS_LOGGER}: " + ACCESS_MESSAGE % (method, session, elements, status, ms)


class JsonFormatter(logging.Formatter):
    """One JSON object per record, fields as listed in the module docstring."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for field in ACCESS_FIELDS:
            if field in record.__dict__:
                entry[field] = record.__dict__[field]
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


_DRAIN_INTERVAL_S = 0.02  # the log writer wakes 50 times a second, not once per record
# Records queued for the writer at most: about 3 s of access lines at the busiest measured rate
# (~3,000 calls/s on 2 cores), some 3 MB. Beyond it the oldest are dropped and counted.
MAX_QUEUED_RECORDS = 8192
# On stop, the writer writes what is queued for this long at most, then gives up (a stderr
# pipe that nobody reads must not hold the process: ``philoxd serve`` exits within --grace + 3 s).
STOP_FLUSH_S = 1.0
_POLL_S = 0.1  # a writer waiting for a full pipe re-checks its deadline this often


class _Output:
    """Writes bytes to a file descriptor without ever blocking for long.

    A pipe or socket is written in pieces of ``PIPE_BUF`` bytes, each once ``poll`` says the
    descriptor takes data (a pipe that is not full takes ``PIPE_BUF`` bytes without blocking),
    so a reader that stops reading holds the writer only until its deadline; the descriptor
    itself stays blocking (its open file description may be shared with other processes).
    A regular file or terminal is written in one call.

    Args:
      fd: The descriptor (stderr's).
    """

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.deadline: float | None = None  # set by the writer's stop
        try:
            mode = os.fstat(fd).st_mode
        except OSError:
            mode = 0
        self._piece = select.PIPE_BUF if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) else 0
        self._poll = select.poll()
        self._poll.register(fd, select.POLLOUT)

    def write(self, data: bytes) -> int:
        """Write ``data``; give up once :attr:`deadline` (``time.monotonic``; None: none) has
        passed; return the bytes written."""
        view, done = memoryview(data), 0
        while done < len(view):
            if self._piece:
                deadline = self.deadline
                wait = _POLL_S if deadline is None else min(_POLL_S, deadline - time.monotonic())
                if wait <= 0:
                    return done
                if not self._poll.poll(wait * 1000):
                    continue
                end = done + self._piece
            else:
                end = len(view)
            try:
                done += os.write(self.fd, view[done:end])
            except InterruptedError:
                continue
            except OSError:  # stderr closed: nothing more can be written
                return done
        return done


class _BatchWriter:
    """Writes queued records from one thread that wakes on a timer and drains the queue.

    A ``QueueListener`` blocks on the queue, so every access line wakes its thread,
    which then competes for the GIL with the call being answered (measured: +20%
    latency per small call). Draining on a timer keeps the serving threads free of
    formatting and I/O without a wake-up per call; lines appear within 20 ms.

    Logging never blocks a serving thread nor grows without bound: the queue holds
    ``limit`` records, and a record put on a full queue pushes out the oldest, which is
    counted (:attr:`dropped`); the next line written says how many were lost. When
    ``handler``'s stream has a file descriptor, lines are written to it directly
    (:class:`_Output`), so that a stderr pipe nobody reads holds only the writer thread,
    which is a daemon and, on :meth:`stop`, given a deadline.

    Args:
      handler: Formats records (its formatter and level); its stream is where lines go.
      limit: Records queued at most.
    """

    def __init__(self, handler: logging.StreamHandler[Any], limit: int = MAX_QUEUED_RECORDS) -> None:
        self.records: collections.deque[logging.LogRecord | _Access] = collections.deque(maxlen=limit)
        self.dropped = 0  # records pushed out of the full queue, or abandoned at stop
        self._reported = 0
        self._drop_lock = threading.Lock()
        self._handler = handler
        try:
            self._output: _Output | None = _Output(handler.stream.fileno())
            handler.stream.flush()  # what was written through the stream comes first
        except (AttributeError, OSError, ValueError):  # no descriptor (a test's StringIO)
            self._output = None
        self._stop = threading.Event()
        self._until = 0.0  # time.monotonic() by which stop gives up
        self._thread = threading.Thread(target=self._run, name="philoxd-log", daemon=True)
        self._thread.start()

    def put(self, item: logging.LogRecord | _Access) -> None:
        """Queue one record or access line; never blocks (a full queue drops its oldest)."""
        records = self.records
        if len(records) >= records.maxlen:  # type: ignore[operator]
            self._drop(1)
        records.append(item)

    put_nowait = put  # what logging.handlers.QueueHandler calls

    def _drop(self, count: int) -> None:
        with self._drop_lock:  # only taken when records are lost
            self.dropped += count

    def _drain(self) -> None:
        handler = self._handler
        formatter = handler.formatter
        fast = isinstance(formatter, TextFormatter) and not handler.filters and handler.level <= logging.INFO
        lines: list[str] = []
        if self.dropped != self._reported:
            lost, self._reported = self.dropped - self._reported, self.dropped
            lines.append(handler.format(logging.makeLogRecord({
                "name": "philoxd.server", "levelno": logging.WARNING, "levelname": "WARNING",
                "msg": f"log: {lost} line(s) dropped because stderr did not keep up ({self._reported} in all)",
            })))
        records = self.records
        while records:
            try:
                item = records.popleft()
            except IndexError:
                break
            if isinstance(item, tuple):  # an access line (see access())
                if fast:
                    lines.append(formatter.format_access(item))  # type: ignore[union-attr]
                    continue
                item = _access_record(item)
            if item.levelno >= handler.level:
                try:
                    lines.append(handler.format(item))
                except Exception:  # noqa: BLE001 - logging never raises into the server
                    lines.append(f"(a log record of {item.name} could not be formatted: {item.msg!r})")
        if lines:
            self._write(lines)

    def _write(self, lines: list[str]) -> None:
        """Write formatted lines in one call, as ``StreamHandler.emit`` would one by one."""
        terminator = self._handler.terminator
        text = terminator.join(lines) + terminator
        if self._output is None:
            try:
                self._handler.stream.write(text)
                self._handler.flush()
            except Exception:  # noqa: BLE001 - logging never raises into the server (Handler.handleError)
                pass
            return
        data = text.encode("utf-8", "backslashreplace")
        written = self._output.write(data)
        if written < len(data):  # abandoned at the stop deadline
            self._drop(data.count(b"\n", written))

    def _run(self) -> None:
        while not self._stop.wait(_DRAIN_INTERVAL_S):
            self._drain()
        self._drain()

    def stop(self, timeout: float = STOP_FLUSH_S) -> None:
        """Write what is queued, for ``timeout`` seconds at most, then end the thread (or leave it:
        it is a daemon)."""
        if not self._stop.is_set():  # a second stop (atexit) keeps the first one's deadline
            self._until = time.monotonic() + timeout
            if self._output is not None:
                self._output.deadline = self._until
            self._stop.set()
        self._thread.join(max(0.0, self._until - time.monotonic()) + _POLL_S)


_writer: _BatchWriter | None = None


def dropped_lines() -> int:
    """Log lines ``philoxd serve`` has dropped so far (its stderr did not keep up)."""
    writer = _writer
    return 0 if writer is None else writer.dropped


def flush_logs(timeout: float = STOP_FLUSH_S) -> None:
    """Write what ``philoxd serve`` has queued, for ``timeout`` seconds at most, and stop its writer."""
    writer = _writer
    if writer is not None:
        writer.stop(timeout)


def configure_logging(level: str, fmt: str = "text") -> None:
    """Send every log record at ``level`` or above to stderr, as ``fmt`` (``text`` or ``json``).

    Request threads only put records on a bounded queue (see :class:`_BatchWriter`).
    """
    global _writer
    # The formats use neither caller, thread nor process fields: skip collecting them
    # for every record (findCaller walks the stack; measurable on the per-call path).
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
    logging._srcfile = None  # type: ignore[attr-defined]
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    if _writer is not None:
        _writer.stop()
    _writer = _BatchWriter(handler)
    atexit.register(_writer.stop)
    root = logging.getLogger()
    for previous in root.handlers[:]:
        root.removeHandler(previous)
        previous.close()
    root.addHandler(_Enqueue(_writer))
    root.setLevel(level.upper())
    logging.captureWarnings(True)


class _Enqueue(logging.handlers.QueueHandler):
    """Puts records on the writer's queue unformatted: the writer's handler formats each once.

    ``QueueHandler.prepare`` formats the record with the queue handler's own formatter
    and stores the result as the message; under ``logging.basicConfig`` that formatter is
    ``BASIC_FORMAT`` (``INFO:philoxd.server:...``), which the writer's formatter then
    prefixed again. Here only the message is frozen (its arguments may change once the
    caller returns); ``exc_info`` stays, so the JSON format can put the traceback in ``exc``.
    """

    def prepare(self, record: logging.LogRecord) -> logging.LogRecord:
        record = copy.copy(record)
        record.msg, record.args = record.getMessage(), None
        return record
