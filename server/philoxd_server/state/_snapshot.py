"""The session snapshot format: a session's whole state as bytes, portable across stores and servers.

A snapshot is one ASCII header line, then the body::

    philoxd-snapshot/1 encoding=zlib+json length=<body bytes> sha256=<hex digest of the body>\\n
    <body: zlib-compressed UTF-8 JSON>

The header says what the bytes are, which format version wrote them, how long the body
is (a truncated file is named as such) and its SHA-256 (a damaged one too). The JSON is
self-describing::

    {"format": "philoxd-session-snapshot", "version": 1,
     "created": "2026-11-29T09:40:00Z",      # UTC, when the snapshot was taken
     "philoxd": "0.1.0",                     # the version of the server that took it
     "owner": "alice",                       # the principal whose session it is (null: anonymous)
     "session": "exp-1",                     # the session's name (without the principal)
     "store_id": "9f0c...",                  # the identity of the store it came from
     "state": {
       "global_seed": "1234",                # decimal (any Python int), or null: none set
       "op_seed_index": 3,                   # index of the next unseeded eager op's seed
       "kernels": [{"kernel": "eager/RandomUniform/float/1234/1", "key": "<decimal uint64>",
                    "counter": "<decimal uint128>"}, ...],
       "scopes": [{"scope": "<id>", "name": "", "global_seed": "1234"}, ...],
       "generators": [{"generator": "<id>", "name": "loader", "key": "<decimal uint64>",
                       "counter": "<decimal uint128>", "alg": 1}, ...],
       "intra_op_threads": 8}}                # TF's intra-op thread count; absent: 1

64- and 128-bit integers are decimal strings (JSON numbers are doubles in most parsers).
A reader refuses a header it does not know, another version, a short or long body, a digest
that does not match, and any field out of range, each with a message that says which.

Reading is bounded before anything grows with the input: a snapshot and its JSON are each at
most ``MAX_SNAPSHOT_BYTES`` (the body is inflated with that as its limit), the JSON's tokens
and nesting are counted before it is parsed (so the parsed objects are bounded by
``MAX_KERNELS``, ``MAX_SCOPES`` and ``MAX_GENERATORS``), and then each part is counted.
``owner`` is information only: a snapshot's bytes are its state, so anyone who holds them may
restore them (into their own session).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import time
import zlib
from collections.abc import Iterator
from typing import Any

import numpy as np

from philoxd_server._errors import InvalidArgument, PhiloxdServerError, ResourceExhausted
from philoxd_server.state._store import (
    DEFAULT_INTRA_OP_THREADS,
    MAX_INTRA_OP_THREADS,
    GeneratorRecord,
    GeneratorState,
    KernelState,
    ScopeState,
    SessionState,
)

__all__ = [
    "FORMAT",
    "MAX_GENERATORS",
    "MAX_KERNELS",
    "MAX_SCOPES",
    "MAX_SNAPSHOT_BYTES",
    "VERSION",
    "BadSnapshot",
    "SnapshotInfo",
    "SnapshotTooLarge",
    "decode_snapshot",
    "encode_snapshot",
]

FORMAT = "philoxd-session-snapshot"
VERSION = 1
_MAGIC = b"philoxd-snapshot/"
_ENCODING = "zlib+json"
_MAX_HEADER_BYTES = 256
# The most a snapshot may be, and its JSON once inflated (a zlib bomb stops here): about four times
# what the most kernels, scopes and generators below take (150 to 300 bytes each), and well inside
# the server's 64 MiB request limit.
MAX_SNAPSHOT_BYTES = 16 << 20
# The most of each a snapshot holds. They bound a restore's time and memory: parsing and checking
# them, and writing them to the store in one transaction, which on Redis is one script that holds
# the server alone (about 12 us an entry on a busy 2-core machine: a quarter second at the limits,
# well inside the store's 2 s reply timeout).
MAX_KERNELS = 16384  # each unseeded eager op makes one
MAX_SCOPES = 4096
MAX_GENERATORS = 4096
# JSON tokens ('{', '[', ',' and ':' outside strings: one per key, value and container, at
# least) a snapshot at those limits has: 11 per generator (5 fields), 7 per kernel or scope (3),
# and the document's own fields.
_TOKENS_PER_ENTRY = 12
_MAX_TOKENS = _TOKENS_PER_ENTRY * (MAX_KERNELS + MAX_SCOPES + MAX_GENERATORS) + 1024
_MAX_DEPTH = 8  # nesting: the format has 4 (document, state, a list, an entry)
_SCAN_CHUNK = 1 << 18  # bytes of JSON scanned at a time (a few MB of scratch)
_INFLATE_PIECE = 1 << 20  # bytes inflated at a time
_ID = re.compile(r"[0-9A-Za-z_.-]{1,128}")  # scope and generator ids (the server makes uuid hex)
_MAX_NAME = 128  # generator and scope names: printable, no spaces (as the RPCs check them)
_MAX_KERNEL = 4096  # kernel ids: printable
_MAX_SEED_DIGITS = 4000  # under Python's int-from-string limit
_DECIMAL = re.compile(r"[0-9]{1,40}")  # keys and counters (64 and 128 bits)
_SEED = re.compile(r"-?[0-9]{1,%d}" % _MAX_SEED_DIGITS)


class BadSnapshot(InvalidArgument):
    """The bytes are not a snapshot this server can restore (the message says why)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"snapshot: {reason}; nothing was changed")


class SnapshotTooLarge(ResourceExhausted):
    """The session holds more than a snapshot may (the message says what)."""

    def __init__(self, session: str, reason: str) -> None:
        super().__init__(f"snapshot: session {session!r} {reason}; no snapshot was taken")


@dataclasses.dataclass(frozen=True)
class SnapshotInfo:
    """What a snapshot says about itself besides the state."""

    owner: str | None  # the principal; None = anonymous (an open server, in-process)
    session: str
    created: str  # ISO 8601, UTC
    philoxd: str
    store_id: str
    version: int = VERSION


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("philoxd")
    except metadata.PackageNotFoundError:  # pragma: no cover - a source tree never installed
        return "unknown"


def encode_snapshot(
    state: SessionState, *, owner: str | None, session: str, store_id: str = "", created: float | None = None
) -> bytes:
    """The snapshot of ``state`` (see the module docstring for the format).

    Args:
      state: The session's state (``Store.export_session``).
      owner: The principal whose session it is; None or "" for anonymous.
      session: The session's name as its owner knows it.
      store_id: The identity of the store it was read from.
      created: Unix time it was taken (default: now).

    Returns:
      The snapshot's bytes.

    Raises:
      SnapshotTooLarge: The state has more kernels, scopes or generators than a snapshot holds,
        or makes more than ``MAX_SNAPSHOT_BYTES`` of JSON.
    """
    for parts, limit, what in ((state.kernels, MAX_KERNELS, "kernels (each unseeded op makes one)"),
                               (state.scopes, MAX_SCOPES, "function scopes"), (state.generators, MAX_GENERATORS, "generators")):
        if len(parts) > limit:
            raise SnapshotTooLarge(session, f"holds {len(parts)} {what}, more than the {limit} a snapshot holds")
    document = {
        "format": FORMAT,
        "version": VERSION,
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() if created is None else created)),
        "philoxd": _version(),
        "owner": owner or None,
        "session": session,
        "store_id": store_id,
        "state": {
            "global_seed": _decimal(state.global_seed),
            "op_seed_index": state.op_seed_index,
            "kernels": [{"kernel": k.kernel, "key": str(k.key), "counter": str(k.counter)} for k in state.kernels],
            "scopes": [{"scope": s.scope, "name": s.name, "global_seed": _decimal(s.global_seed)} for s in state.scopes],
            "generators": [
                {"generator": g.generator, "name": g.name, "key": str(g.record.key), "counter": str(g.record.counter), "alg": g.record.alg}
                for g in state.generators
            ],
            "intra_op_threads": state.intra_op_threads,
        },
    }
    text = json.dumps(document, separators=(",", ":"), ensure_ascii=True).encode("ascii")
    if len(text) > MAX_SNAPSHOT_BYTES:
        raise SnapshotTooLarge(session, f"makes {len(text)} bytes of JSON, more than the {MAX_SNAPSHOT_BYTES} a snapshot holds")
    body = zlib.compress(text, 6)
    header = f"{_MAGIC.decode()}{VERSION} encoding={_ENCODING} length={len(body)} sha256={hashlib.sha256(body).hexdigest()}\n"
    return header.encode("ascii") + body


def _decimal(value: int | None) -> str | None:
    return None if value is None else str(value)


def decode_snapshot(data: bytes) -> tuple[SnapshotInfo, SessionState]:
    """Read and check a snapshot.

    Args:
      data: The snapshot's bytes.

    Returns:
      What it says about itself, and the state.

    Raises:
      BadSnapshot: Not a snapshot, another format version, truncated, damaged or malformed.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise BadSnapshot(f"expected bytes, got {type(data).__name__}")
    data = bytes(data)
    if not data:
        raise BadSnapshot("empty (0 bytes)")
    if len(data) > MAX_SNAPSHOT_BYTES + _MAX_HEADER_BYTES:
        raise BadSnapshot(f"{len(data)} bytes, more than a snapshot's {MAX_SNAPSHOT_BYTES} (and its header line)")
    if not data.startswith(_MAGIC):
        if _MAGIC.startswith(data):
            raise BadSnapshot(f"truncated: {len(data)} bytes, not even a header")
        raise BadSnapshot(f"not a philoxd session snapshot (it starts with {data[:16]!r}, not {_MAGIC.decode()!r})")
    end = data.find(b"\n", 0, _MAX_HEADER_BYTES)
    if end < 0:
        if len(data) < _MAX_HEADER_BYTES:
            raise BadSnapshot(f"truncated: {len(data)} bytes end inside the header line")
        raise BadSnapshot("malformed header line (no newline in its first 256 bytes)")
    header = data[:end].decode("ascii", "replace")
    magic_version, *fields = header.split(" ")
    version_text = magic_version[len(_MAGIC) :]
    if not re.fullmatch(r"[0-9]{1,6}", version_text):
        raise BadSnapshot(f"malformed header {header!r}: no format version after {_MAGIC.decode()!r}")
    version = int(version_text)
    if version != VERSION:
        newer = " (written by a newer philoxd? upgrade this server)" if version > VERSION else ""
        raise BadSnapshot(f"format version {version}: this server reads version {VERSION}{newer}")
    attrs = dict(field.partition("=")[::2] for field in fields)
    if attrs.get("encoding") != _ENCODING:
        raise BadSnapshot(f"unknown encoding {attrs.get('encoding')!r} in the header (expected {_ENCODING!r})")
    length_text, digest = attrs.get("length", ""), attrs.get("sha256", "")
    if not re.fullmatch(r"[0-9]{1,12}", length_text) or not re.fullmatch(r"[0-9a-f]{64}", digest):
        raise BadSnapshot(f"malformed header {header!r}: needs length=<bytes> and sha256=<64 hex digits>")
    body = data[end + 1 :]
    length = int(length_text)
    if len(body) < length:
        raise BadSnapshot(f"truncated: the body has {len(body)} of its {length} bytes")
    if len(body) > length:
        raise BadSnapshot(f"{len(body) - length} bytes after the end of the body (two files joined?)")
    if hashlib.sha256(body).hexdigest() != digest:
        raise BadSnapshot("damaged: the body's SHA-256 is not the header's")
    return _document(_parse(_inflate(body)))


def _inflate(body: bytes) -> bytearray:
    """The body's JSON bytes. A first pass only measures them (a zlib bomb costs a few
    milliseconds and one piece of memory); the second fills a buffer of exactly that size."""
    size = 0
    for piece in _pieces(body):
        size += len(piece)
        if size > MAX_SNAPSHOT_BYTES:
            raise BadSnapshot(f"the body decompresses to more than {MAX_SNAPSHOT_BYTES} bytes")
    text = bytearray(size)
    at = 0
    for piece in _pieces(body):
        text[at : at + len(piece)] = piece
        at += len(piece)
    return text


def _pieces(body: bytes) -> Iterator[bytes]:
    """The inflated body, ``_INFLATE_PIECE`` bytes at a time."""
    inflate = zlib.decompressobj()
    pending = body
    try:
        while not inflate.eof:
            piece = inflate.decompress(pending, _INFLATE_PIECE)
            if not piece and len(inflate.unconsumed_tail) == len(pending):
                break  # no progress: the stream ends before its end
            pending = inflate.unconsumed_tail
            yield piece
    except zlib.error as exc:
        raise BadSnapshot(f"the body does not decompress ({exc})") from None
    if not inflate.eof:
        raise BadSnapshot("the body's zlib stream ends early")


def _parse(text: bytearray) -> Any:
    """``json.loads``, once the JSON's size in tokens and nesting are known to be in bounds."""
    if not text.isascii():
        raise BadSnapshot("the body is not ASCII JSON")
    tokens, depth = _json_shape(text)
    if depth > _MAX_DEPTH:
        raise BadSnapshot(f"the body's JSON nests {depth} deep; a snapshot nests at most {_MAX_DEPTH}")
    if tokens > _MAX_TOKENS:
        raise BadSnapshot(
            f"the body's JSON has more than {_MAX_TOKENS} tokens; a snapshot holds at most {MAX_KERNELS} kernels, "
            f"{MAX_SCOPES} scopes and {MAX_GENERATORS} generators"
        )
    try:
        return json.loads(text)
    except ValueError as exc:
        raise BadSnapshot(f"the body is not JSON ({exc})") from None


_QUOTE = ord('"')
_TOKEN = np.zeros(256, dtype=np.bool_)
_TOKEN[list(b"{[,:")] = True
_NESTING = np.zeros(256, dtype=np.int8)
_NESTING[list(b"{[")] = 1
_NESTING[list(b"}]")] = -1


def _json_shape(text: bytes | bytearray) -> tuple[int, int]:
    """``(tokens, depth)`` of JSON text without parsing it: how many ``{``, ``[``, ``,`` and
    ``:`` lie outside strings (at least one per key, value and container: a bound on what
    parsing builds) and how deep its brackets nest. Vectorised over chunks, so it takes a few
    MB of scratch whatever the text (malformed text gets some count; the parser refuses it)."""
    if b"\\" in text:  # escapes: no escaped quote or backslash may open or close a string
        text = text.replace(b"\\\\", b"__").replace(b'\\"', b"__")
    data = np.frombuffer(text, dtype=np.uint8)
    tokens = depth = deepest = 0
    inside = 0  # 1 while the scan is inside a string
    for start in range(0, data.size, _SCAN_CHUNK):
        chunk = data[start : start + _SCAN_CHUNK]
        quotes = np.cumsum(chunk == _QUOTE, dtype=np.int32)
        outside = ((quotes + inside) & 1) == 0  # the quotes themselves are never tokens
        inside = int(quotes[-1] + inside) & 1
        tokens += int(np.count_nonzero(_TOKEN[chunk] & outside))
        levels = np.cumsum(np.where(outside, _NESTING[chunk], 0), dtype=np.int32) + depth
        deepest = max(deepest, int(levels.max()))
        depth = int(levels[-1])
    return tokens, deepest


def _document(document: Any) -> tuple[SnapshotInfo, SessionState]:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BadSnapshot(f"the body is not a {FORMAT!r} document")
    if document.get("version") != VERSION:
        raise BadSnapshot(f"the body says format version {document.get('version')!r}, the header {VERSION}")
    owner = document.get("owner")
    if owner is not None and not isinstance(owner, str):
        raise BadSnapshot("field `owner` must be a string or null")
    info = SnapshotInfo(
        owner=owner or None,
        session=_string(document, "session", "", _MAX_NAME * 2),
        created=_string(document, "created", "", 64),
        philoxd=_string(document, "philoxd", "", 64),
        store_id=_string(document, "store_id", "", 128),
    )
    state = document.get("state")
    if not isinstance(state, dict):
        raise BadSnapshot("field `state` must be an object")
    index = state.get("op_seed_index")
    if type(index) is not int or not 0 <= index < 1 << 63:
        raise BadSnapshot(f"state.op_seed_index={index!r} must be an integer in [0, 2**63)")
    kernels = []
    for i, k in enumerate(_list(state, "kernels", MAX_KERNELS)):
        where = f"state.kernels[{i}]"
        kernels.append(KernelState(_string(k, "kernel", where, _MAX_KERNEL, required=True), _uint(k, "key", where, 64), _uint(k, "counter", where, 128)))
    scopes = [
        ScopeState(_id(s, "scope", f"state.scopes[{i}]"), _name(s, f"state.scopes[{i}]"), _seed(s, f"state.scopes[{i}]"))
        for i, s in enumerate(_list(state, "scopes", MAX_SCOPES))
    ]
    generators = []
    for i, g in enumerate(_list(state, "generators", MAX_GENERATORS)):
        where = f"state.generators[{i}]"
        alg = g.get("alg")
        if alg not in (1, 2, 3) or type(alg) is not int:
            raise BadSnapshot(f"{where}.alg={alg!r} must be 1 (philox), 2 (threefry) or 3 (auto_select)")
        record = GeneratorRecord(_uint(g, "key", where, 64), _uint(g, "counter", where, 128), alg)
        generators.append(GeneratorState(_id(g, "generator", where), _name(g, where), record))
    _unique([k.kernel for k in kernels], "kernel")
    _unique([s.scope for s in scopes], "scope id")
    _unique([s.name for s in scopes if s.name], "scope name")
    _unique([g.generator for g in generators], "generator id")
    _unique([g.name for g in generators if g.name], "generator name")
    threads = state.get("intra_op_threads", DEFAULT_INTRA_OP_THREADS)
    if type(threads) is not int or not 1 <= threads <= MAX_INTRA_OP_THREADS:
        raise BadSnapshot(f"state.intra_op_threads={threads!r} must be an integer in [1, {MAX_INTRA_OP_THREADS}]")
    return info, SessionState.of(_seed(state, "state"), index, kernels, scopes, generators, threads)


def _list(state: dict[str, Any], field: str, limit: int) -> list[dict[str, Any]]:
    items = state.get(field, [])
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise BadSnapshot(f"state.{field} must be a list of objects")
    if len(items) > limit:
        raise BadSnapshot(f"state.{field} has {len(items)} entries; a snapshot holds at most {limit}")
    return items


def _string(obj: dict[str, Any], field: str, where: str, limit: int, *, required: bool = False) -> str:
    value = obj.get(field, "")
    name = f"{where}.{field}" if where else field
    if not isinstance(value, str) or len(value) > limit or not value.isprintable() or (required and not value):
        raise BadSnapshot(f"{name}={_short(value)} must be a printable string of at most {limit} characters")
    return value


def _id(obj: dict[str, Any], field: str, where: str) -> str:
    value = obj.get(field)
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise BadSnapshot(f"{where}.{field}={_short(value)} must be 1 to 128 letters, digits, '_', '.' or '-'")
    return value


def _name(obj: dict[str, Any], where: str) -> str:
    value = obj.get("name", "")
    if not isinstance(value, str) or len(value) > _MAX_NAME or not value.isprintable() or " " in value:
        raise BadSnapshot(f"{where}.name={_short(value)} must be at most {_MAX_NAME} printable characters without spaces")
    return value


def _uint(obj: dict[str, Any], field: str, where: str, bits: int) -> int:
    value = obj.get(field)
    number = int(value) if isinstance(value, str) and _DECIMAL.fullmatch(value) else -1
    if not 0 <= number < 1 << bits:
        raise BadSnapshot(f"{where}.{field}={_short(value)} must be a decimal string of an integer in [0, 2**{bits})")
    return number


def _seed(obj: dict[str, Any], where: str) -> int | None:
    value = obj.get("global_seed")
    if value is None:
        return None
    if not isinstance(value, str) or not _SEED.fullmatch(value):
        raise BadSnapshot(f"{where}.global_seed={_short(value)} must be null or a decimal integer string")
    return int(value)


def _unique(values: list[str], what: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise BadSnapshot(f"{what} {value!r} appears twice")
        seen.add(value)


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
