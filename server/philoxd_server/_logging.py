"""Log formats of ``philoxd serve``: ``text`` (human) and ``json`` (one object per line).

A JSON line always has ``time`` (UTC, ISO 8601), ``level``, ``logger`` and
``message``; access lines (logger ``philoxd.access``) add ``method``,
``session``, ``request_id``, ``elements``, ``status``, ``ms`` and, under
authentication, ``principal``; errors add ``exc`` (the traceback).
"""

from __future__ import annotations

import datetime
import json
import logging
import sys

__all__ = ["ACCESS_FIELDS", "LOG_FORMATS", "TEXT_FORMAT", "JsonFormatter", "configure_logging"]

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_FORMATS = ("text", "json")
ACCESS_FIELDS = ("method", "session", "request_id", "elements", "status", "ms", "principal")


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


def configure_logging(level: str, fmt: str = "text") -> None:
    """Send every log record at ``level`` or above to stderr, as ``fmt`` (``text`` or ``json``)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else logging.Formatter(TEXT_FORMAT))
    logging.basicConfig(level=level.upper(), handlers=[handler], force=True)
    logging.captureWarnings(True)
