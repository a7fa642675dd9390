"""Log formats of ``philoxd serve``: ``text`` (human) and ``json`` (one object per line).

A JSON line always has ``time`` (UTC, ISO 8601), ``level``, ``logger`` and
``message``; access lines (logger ``philoxd.access``) add ``method``,
``session``, ``request_id``, ``elements``, ``status``, ``ms`` and, under
authentication, ``principal``; errors add ``exc`` (the traceback).
"""

from __future__ import annotations

import atexit
import copy
import datetime
import json
import logging
import logging.handlers
import queue
import sys
import threading
import time
from typing import Any

__all__ = [
    "ACCESS_FIELDS",
    "ACCESS_MESSAGE",
    "LOG_FORMATS",
    "TEXT_FORMAT",
    "JsonFormatter",
    "TextFormatter",
    "access",
    "configure_logging",
    "log_limited",
    "printable",
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


def access(method: str, session: str, request_id: str, elements: int, status: str, ms: float, principal: str = "") -> None:
    """Log one access line: logger ``philoxd.access``, INFO, fields :data:`ACCESS_FIELDS`.

    ``session`` and ``request_id`` come from the client: they are passed through
    :func:`printable`.

    Under :func:`configure_logging` (``philoxd serve``) the calling thread only queues
    the fields; the log writer thread builds and formats the line. Otherwise this is
    an ordinary ``logging`` call.
    """
    if not _access_log.isEnabledFor(logging.INFO):
        return
    session, request_id = printable(session), printable(request_id)
    writer = _writer
    if writer is not None:
        writer.records.put((time.time(), method, session, request_id, elements, status, ms, principal))
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


class _BatchWriter:
    """Writes queued records from one thread that wakes on a timer and drains the queue.

    A ``QueueListener`` blocks on the queue, so every access line wakes its thread,
    which then competes for the GIL with the call being answered (measured: +20%
    latency per small call). Draining on a timer keeps the serving threads free of
    formatting and I/O without a wake-up per call; lines appear within 20 ms.
    """

    def __init__(self, records: queue.SimpleQueue[logging.LogRecord | _Access], handler: logging.StreamHandler[Any]) -> None:
        self.records, self._handler = records, handler
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="philoxd-log", daemon=True)
        self._thread.start()

    def _drain(self) -> None:
        handler = self._handler
        formatter = handler.formatter
        fast = isinstance(formatter, TextFormatter) and not handler.filters and handler.level <= logging.INFO
        lines: list[str] = []
        drained = False
        while True:
            try:
                item = self.records.get_nowait()
            except queue.Empty:
                break
            drained = True
            if isinstance(item, tuple):  # an access line (see access())
                if fast:
                    lines.append(formatter.format_access(item))  # type: ignore[union-attr]
                    continue
                item = _access_record(item)
            if lines:  # keep the order of lines
                self._write(lines)
            if item.levelno >= handler.level:
                handler.handle(item)
        if lines:
            self._write(lines)
        if drained:  # an idle wake-up (50 a second) writes and flushes nothing
            handler.flush()

    def _write(self, lines: list[str]) -> None:
        """Write formatted lines in one call, as ``StreamHandler.emit`` would one by one."""
        terminator = self._handler.terminator
        try:
            self._handler.stream.write(terminator.join(lines) + terminator)
        except Exception:  # noqa: BLE001 - logging never raises into the server (Handler.handleError)
            self._handler.handleError(_access_record((time.time(), "", "", "", 0, "", 0.0, "")))
        lines.clear()

    def _run(self) -> None:
        while not self._stop.wait(_DRAIN_INTERVAL_S):
            self._drain()
        self._drain()

    def stop(self) -> None:
        """Write what is queued, then end the thread."""
        self._stop.set()
        self._thread.join()


_writer: _BatchWriter | None = None


def configure_logging(level: str, fmt: str = "text") -> None:
    """Send every log record at ``level`` or above to stderr, as ``fmt`` (``text`` or ``json``).

    Request threads only put records on a queue (see :class:`_BatchWriter`).
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
    records: queue.SimpleQueue[logging.LogRecord | _Access] = queue.SimpleQueue()
    _writer = _BatchWriter(records, handler)
    atexit.register(_writer.stop)
    root = logging.getLogger()
    for previous in root.handlers[:]:
        root.removeHandler(previous)
        previous.close()
    root.addHandler(_Enqueue(records))
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
