"""``philoxd serve`` logging: access lines queued as fields and formatted by the writer thread."""

from __future__ import annotations

import io
import json
import logging
import pathlib
import queue
import re
import signal
import subprocess
import sys
import time

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
    return L._BatchWriter(handler), stream


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_writer_keeps_the_order_of_access_lines_and_records(fmt: str) -> None:
    writer, stream = _writer(L.JsonFormatter() if fmt == "json" else L.TextFormatter())
    try:
        writer.put(_entry())
        writer.put(logging.makeLogRecord({"name": "philoxd.server", "levelno": logging.WARNING, "levelname": "WARNING", "msg": "between"}))
        writer.put(_entry("bob"))
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


def test_enqueued_records_keep_message_and_traceback_unformatted() -> None:
    """The queue handler freezes the message but formats nothing: the writer's formatter
    alone adds the prefix (the cause of the doubled ``INFO philoxd.server: INFO:philoxd.server:``)."""
    records: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
    handler = L._Enqueue(records)  # type: ignore[arg-type]
    handler.setFormatter(logging.Formatter(logging.BASIC_FORMAT))  # as logging.basicConfig would set it
    try:
        raise KeyError("k")
    except KeyError:
        record = logging.getLogger("philoxd.server").makeRecord("philoxd.server", logging.ERROR, "", 0, "store: %s", ("memory",), sys.exc_info())
    handler.handle(record)
    queued = records.get_nowait()
    assert (queued.msg, queued.args, queued.getMessage()) == ("store: memory", None, "store: memory")
    assert queued.exc_info is not None and queued.exc_info[0] is KeyError
    line = json.loads(L.JsonFormatter().format(queued))
    assert line["message"] == "store: memory" and "KeyError" in line["exc"]


# -- the real command: `philoxd serve` in a subprocess ------------------------------------------

_PREFIX = re.compile(r"\b(DEBUG|INFO|WARNING|ERROR|CRITICAL):philoxd")
_TEXT_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (DEBUG|INFO|WARNING|ERROR|CRITICAL) [\w.]+: (?P<message>.*)$")


def _serve_and_draw(tmp_path: pathlib.Path, fmt: str) -> list[str]:
    """Run ``philoxd serve --log-format fmt``, call DrawOne, Draw and DrawStream once each, stop it
    with SIGTERM; its stderr lines."""
    import grpc
    import numpy as np

    from philoxd import _codec
    from philoxd.v1 import random_pb2 as pb
    from philoxd.v1 import random_pb2_grpc as pb_grpc

    port_file, err_path = tmp_path / "port", tmp_path / "stderr"
    args = [sys.executable, "-m", "philoxd_server", "serve", "--port", "0", "--store", "memory", "--port-file", str(port_file), "--log-format", fmt]
    with open(err_path, "wb") as err:
        proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
    try:
        deadline = time.monotonic() + 60
        while not (port_file.exists() and port_file.read_text().strip()):
            assert proc.poll() is None and time.monotonic() < deadline, err_path.read_text()
            time.sleep(0.05)
        request = pb.DrawRequest(
            distribution=pb.UNIFORM, dtype=pb.FLOAT32, shape=[4], request_id="rid-log",
            stateless=pb.StatelessSource(seed=_codec.encode_tensor(np.array([3, 4], np.int64)), alg=pb.PHILOX),
        )
        with grpc.insecure_channel(f"127.0.0.1:{port_file.read_text().strip()}") as channel:
            stub = pb_grpc.RandomStub(channel)
            stub.DrawOne(request, timeout=60)
            list(stub.Draw(request, timeout=60))
            list(stub.DrawStream(iter([request]), timeout=60))
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=30)
    assert code == 0, err_path.read_text()
    return err_path.read_text().splitlines()


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_serve_prefixes_each_line_once_and_names_each_draw_method(tmp_path: pathlib.Path, fmt: str) -> None:
    lines = _serve_and_draw(tmp_path, fmt)
    messages, methods = [], []
    for line in lines:
        if fmt == "json":
            entry = json.loads(line)  # every line is one JSON object (no gRPC C-core lines either)
            messages.append(entry["message"])
            if entry["logger"] == "philoxd.access":
                methods.append(entry["method"])
        else:
            match = _TEXT_LINE.match(line)
            assert match, f"not a log line: {line!r}"
            messages.append(match["message"])
            if " philoxd.access: " in line:
                methods.append(match["message"].split(" ", 1)[0])
    assert any(m.startswith("store: memory") for m in messages) and any("draining" in m for m in messages), lines
    for message in messages:
        assert not _PREFIX.search(message), f"prefixed twice: {message!r}"
    assert methods == ["DrawOne", "Draw", "DrawStream"], lines


def test_writer_drops_and_counts_and_never_blocks_on_a_full_pipe() -> None:
    """A pipe nobody reads: the queue stays at its bound, the excess is counted, and stop gives up
    at its deadline instead of waiting for the reader."""
    import os

    read_end, write_end = os.pipe()
    stream = os.fdopen(write_end, "w")
    handler = logging.StreamHandler(stream)
    handler.setFormatter(L.TextFormatter())
    writer = L._BatchWriter(handler, limit=100)
    try:
        for _ in range(20_000):  # ~1.5 MB of lines: the 64 KiB pipe takes a few hundred
            writer.put(_entry())
        assert len(writer.records) <= 100
        start = time.monotonic()
        writer.stop(0.2)
        assert time.monotonic() - start < 5 and not writer._thread.is_alive()
        assert writer.dropped >= 20_000 - 100 - 65536 // 60, writer.dropped
        assert "philoxd.access: Draw session=sess" in os.read(read_end, 4096).decode()  # what the pipe took
    finally:
        stream.close()
        os.close(read_end)


def test_writer_reports_dropped_lines_in_a_later_line() -> None:
    writer, stream = _writer(L.TextFormatter())
    writer.stop()  # the thread is done: drain by hand
    for _ in range(5):
        writer.put(_entry())
    writer._drop(3)
    writer._drain()
    lines = stream.getvalue().splitlines()
    assert "3 line(s) dropped because stderr did not keep up (3 in all)" in lines[0] and len(lines) == 6
