"""``philoxd serve`` logging: access lines queued as fields and formatted by the writer thread."""

from __future__ import annotations

import io
import json
import logging
import queue

import pytest

from philoxd_server import _logging as L


def _entry(principal: str = "") -> tuple[float, str, str, str, int, str, float, str]:
    return (1764000000.123456, "Draw", "sess", "rid-1", 4, "OK", 1.23456, principal)


def test_fast_text_line_equals_the_formatter_on_the_record() -> None:
    formatter = L.TextFormatter()
    for entry in (_entry(), _entry("alice")):
        assert formatter.format_access(entry) == formatter.format(L._access_record(entry))


def _writer(formatter: logging.Formatter) -> tuple[L._BatchWriter, io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    return L._BatchWriter(queue.SimpleQueue(), handler), stream


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_writer_keeps_the_order_of_access_lines_and_records(fmt: str) -> None:
    writer, stream = _writer(L.JsonFormatter() if fmt == "json" else L.TextFormatter())
    try:
        writer.records.put(_entry())
        writer.records.put(logging.makeLogRecord({"name": "philoxd.server", "levelno": logging.WARNING, "levelname": "WARNING", "msg": "between"}))
        writer.records.put(_entry("bob"))
    finally:
        writer.stop()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 3 and "between" in lines[1]
    if fmt == "json":
        first, last = json.loads(lines[0]), json.loads(lines[2])
        assert (first["method"], first["session"], first["request_id"], first["elements"], first["status"]) == ("Draw", "sess", "rid-1", 4, "OK")
        assert first["ms"] == 1.235 and "principal" not in first and last["principal"] == "bob"
        assert first["message"] == "Draw session=sess elements=4 status=OK ms=1.235"
    else:
        assert lines[0].endswith("INFO philoxd.access: Draw session=sess elements=4 status=OK ms=1.235")


def test_access_without_serve_logging_is_an_ordinary_record(caplog: pytest.LogCaptureFixture) -> None:
    assert L._writer is None  # configure_logging is philoxd serve's, not the test process's
    with caplog.at_level(logging.INFO, logger="philoxd.access"):
        L.access("DrawOne", "s", "rid", 1, "OK", 0.5, "carol")
    (record,) = caplog.records
    assert record.getMessage() == "DrawOne session=s elements=1 status=OK ms=0.500"
    assert (record.request_id, record.principal, record.ms) == ("rid", "carol", 0.5)  # type: ignore[attr-defined]


def test_access_is_skipped_below_info(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="philoxd.access"):
        L.access("DrawOne", "s", "rid", 1, "OK", 0.5)
    assert not caplog.records
