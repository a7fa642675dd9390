"""The session snapshot format (philoxd_server.state._snapshot): round trips, and every kind of
bad bytes refused with a message that says what is wrong."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import tracemalloc
import zlib

import pytest

from philoxd_server._errors import InvalidArgument
from philoxd_server.state import DEFAULT_INTRA_OP_THREADS, GeneratorRecord, GeneratorState, KernelState, ScopeState, SessionState
from philoxd_server.state._snapshot import (
    FORMAT,
    MAX_KERNELS,
    MAX_SNAPSHOT_BYTES,
    BadSnapshot,
    SnapshotTooLarge,
    _json_shape,
    decode_snapshot,
    encode_snapshot,
)

STATE = SessionState.of(
    global_seed=-(2**70) + 3,  # any Python int
    op_seed_index=7,
    kernels=[
        KernelState("eager/RandomUniform/float/1/2", 2**64 - 1, 2**128 - 1),
        KernelState("scope/abc/0/RandomStandardNormal/float", 0, 0),
    ],
    scopes=[ScopeState("abc", "train_step", 1234), ScopeState("def", "", None)],
    generators=[GeneratorState("g1", "loader", GeneratorRecord(5, 2**100, 1)), GeneratorState("g2", "", GeneratorRecord(1, 2, 2))],
    intra_op_threads=32,
)


def _snapshot(**overrides: object) -> bytes:
    return encode_snapshot(STATE, owner="alice", session="exp-1", store_id="s1", **overrides)  # type: ignore[arg-type]


def _rebuilt(document: dict[str, object]) -> bytes:
    """A snapshot of ``document`` with a header that matches it (only the JSON is wrong)."""
    body = zlib.compress(json.dumps(document).encode())
    return f"philoxd-snapshot/1 encoding=zlib+json length={len(body)} sha256={hashlib.sha256(body).hexdigest()}\n".encode() + body


def _document() -> dict[str, object]:
    data = _snapshot()
    return json.loads(zlib.decompress(data[data.index(b"\n") + 1 :]))  # type: ignore[no-any-return]


def test_round_trip_keeps_every_bit_of_the_state() -> None:
    info, state = decode_snapshot(_snapshot())
    assert state == STATE
    assert (info.owner, info.session, info.store_id, info.version) == ("alice", "exp-1", "s1", 1)
    assert info.created.endswith("Z") and info.philoxd
    _, anonymous = decode_snapshot(encode_snapshot(SessionState(), owner=None, session="s"))
    assert anonymous == SessionState()


def test_the_format_is_self_describing() -> None:
    data = _snapshot(created=0.0)
    header, _, body = data.partition(b"\n")
    words = header.decode("ascii").split(" ")
    assert words[0] == "philoxd-snapshot/1" and "encoding=zlib+json" in words
    assert f"length={len(body)}" in words and f"sha256={hashlib.sha256(body).hexdigest()}" in words
    document = json.loads(zlib.decompress(body))
    assert document["format"] == FORMAT and document["version"] == 1 and document["created"] == "1970-01-01T00:00:00Z"
    state = document["state"]
    assert state["global_seed"] == str(-(2**70) + 3)  # big integers are decimal strings
    assert state["kernels"][0] == {"kernel": "eager/RandomUniform/float/1/2", "key": str(2**64 - 1), "counter": str(2**128 - 1)}
    assert state["generators"][0] == {"generator": "g1", "name": "loader", "key": "5", "counter": str(2**100), "alg": 1}
    assert state["scopes"][1] == {"scope": "def", "name": "", "global_seed": None}


@pytest.mark.parametrize(
    ("mangle", "message"),
    [
        (lambda d: b"", "empty"),
        (lambda d: d[:10], "truncated: 10 bytes, not even a header"),
        (lambda d: d[:40], "truncated: 40 bytes end inside the header line"),
        (lambda d: d[:-1], "truncated: the body has"),
        (lambda d: d[: d.index(b"\n") + 1], "truncated: the body has 0 of its"),
        (lambda d: d + b"x", "1 bytes after the end of the body"),
        (lambda d: d[:-3] + bytes([d[-3] ^ 1]) + d[-2:], "damaged: the body's SHA-256"),
        (lambda d: b"PK\x03\x04" + d, "not a philoxd session snapshot"),
        (lambda d: d.replace(b"philoxd-snapshot/1 ", b"philoxd-snapshot/2 ", 1), "format version 2: this server reads version 1"),
        (lambda d: d.replace(b"philoxd-snapshot/1 ", b"philoxd-snapshot/x ", 1), "no format version"),
        (lambda d: d.replace(b"zlib+json", b"zstd+json", 1), "unknown encoding"),
        (lambda d: d.replace(b" sha256=", b" sha512=", 1), "needs length=<bytes> and sha256="),
    ],
)
def test_bad_bytes_are_refused_with_the_reason(mangle: object, message: str) -> None:
    with pytest.raises(BadSnapshot, match="^snapshot: ") as excinfo:
        decode_snapshot(mangle(_snapshot()))  # type: ignore[operator]
    assert message in str(excinfo.value) and str(excinfo.value).endswith("nothing was changed")
    assert isinstance(excinfo.value, InvalidArgument)  # INVALID_ARGUMENT over gRPC


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("format",), "other", "is not a 'philoxd-session-snapshot' document"),
        (("version",), 3, "the body says format version 3"),
        (("state", "op_seed_index"), -1, "op_seed_index=-1 must be an integer in [0, 2**63)"),
        (("state", "op_seed_index"), 1.5, "op_seed_index=1.5"),
        (("state", "global_seed"), 12, "global_seed=12 must be null or a decimal integer string"),
        (("state", "kernels", 0, "key"), str(2**64), "state.kernels[0].key"),
        (("state", "kernels", 0, "counter"), "-1", "state.kernels[0].counter"),
        (("state", "kernels", 1, "kernel"), "eager/RandomUniform/float/1/2", "kernel 'eager/RandomUniform/float/1/2' appears twice"),
        (("state", "kernels", 0, "kernel"), "a\nb", "state.kernels[0].kernel"),
        (("state", "generators", 0, "alg"), 4, "state.generators[0].alg=4"),
        (("state", "generators", 0, "generator"), "a:b", "state.generators[0].generator='a:b'"),
        (("state", "generators", 1, "name"), "loader", "generator name 'loader' appears twice"),
        (("state", "scopes", 0, "name"), "has space", "state.scopes[0].name"),
        (("state", "scopes"), {}, "state.scopes must be a list of objects"),
        (("owner",), 5, "field `owner` must be a string or null"),
        (("state", "intra_op_threads"), 0, "state.intra_op_threads=0 must be an integer in [1, 65536]"),
        (("state", "intra_op_threads"), 2**16 + 1, "state.intra_op_threads=65537"),
        (("state", "intra_op_threads"), "8", "state.intra_op_threads='8'"),
    ],
)
def test_malformed_fields_are_named(path: tuple[object, ...], value: object, message: str) -> None:
    document = _document()
    target: object = document
    for key in path[:-1]:
        target = target[key]  # type: ignore[index]
    target[path[-1]] = value  # type: ignore[index]
    with pytest.raises(BadSnapshot) as excinfo:
        decode_snapshot(_rebuilt(document))
    assert message in str(excinfo.value)


def test_a_snapshot_without_a_thread_count_has_the_default() -> None:
    document = _document()
    del document["state"]["intra_op_threads"]  # type: ignore[attr-defined]
    _, state = decode_snapshot(_rebuilt(document))
    assert state == dataclasses.replace(STATE, intra_op_threads=DEFAULT_INTRA_OP_THREADS) and DEFAULT_INTRA_OP_THREADS == 1


def test_a_body_that_is_not_json_or_not_zlib() -> None:
    body = zlib.compress(b"{not json")
    header = f"philoxd-snapshot/1 encoding=zlib+json length={len(body)} sha256={hashlib.sha256(body).hexdigest()}\n"
    with pytest.raises(BadSnapshot, match="the body is not JSON"):
        decode_snapshot(header.encode() + body)
    body = b"plain"
    header = f"philoxd-snapshot/1 encoding=zlib+json length={len(body)} sha256={hashlib.sha256(body).hexdigest()}\n"
    with pytest.raises(BadSnapshot, match="does not decompress"):
        decode_snapshot(header.encode() + body)


def test_not_bytes() -> None:
    with pytest.raises(BadSnapshot, match="expected bytes, got str"):
        decode_snapshot("philoxd-snapshot/1")  # type: ignore[arg-type]


def _wrapped(body: bytes) -> bytes:
    """A snapshot whose body is ``body`` (already compressed), with a header that matches it."""
    return f"philoxd-snapshot/1 encoding=zlib+json length={len(body)} sha256={hashlib.sha256(body).hexdigest()}\n".encode() + body


def test_a_zlib_bomb_stops_at_the_cap_with_bounded_memory() -> None:
    inflate = zlib.compressobj(9)
    zero = bytes(1 << 20)
    body = b"".join(inflate.compress(zero) for _ in range(MAX_SNAPSHOT_BYTES // len(zero) * 4)) + inflate.flush()
    assert len(body) < MAX_SNAPSHOT_BYTES // 100  # a few hundred KB that would inflate to 4x the cap
    tracemalloc.start()
    try:
        with pytest.raises(BadSnapshot, match=f"decompresses to more than {MAX_SNAPSHOT_BYTES} bytes"):
            decode_snapshot(_wrapped(body))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < (4 << 20), peak  # measured piece by piece: nothing of it is kept
    with pytest.raises(BadSnapshot, match="more than a snapshot's"):
        decode_snapshot(b"philoxd-snapshot/1 " + bytes(MAX_SNAPSHOT_BYTES + 300))


def test_a_truncated_zlib_stream_is_named() -> None:
    body = zlib.compress(json.dumps(_document()).encode())
    with pytest.raises(BadSnapshot, match="zlib stream ends early"):
        decode_snapshot(_wrapped(body[:-8]))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (b"[" * 200_000 + b"]" * 200_000, "nests 200000 deep"),
        (b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "nests 50000 deep"),
        (b"[" + b"{}," * 1_000_000 + b"{}]", "more than"),  # a million small objects: refused before parsing
        (b"[" + b'"ab",' * 2_000_000 + b"0]", "more than"),
        ("[\"\u00e9\"]".encode(), "not ASCII JSON"),
    ],
)
def test_json_is_measured_before_it_is_parsed(text: bytes, message: str) -> None:
    tracemalloc.start()
    try:
        with pytest.raises(BadSnapshot, match=message):
            decode_snapshot(_wrapped(zlib.compress(text)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * len(text) + (16 << 20), peak  # the text and a few MB of scratch: nothing was built from it


def test_the_scan_counts_outside_strings_only() -> None:
    tricky = ['a"b', "a\\", '\\"', "[[{{,,::", '\\\\"[', "}]", ""]
    document = {"k": tricky, "n": [1, {"x": [None, True, "]]]"]}]}
    text = json.dumps(document, separators=(",", ":")).encode()
    plain = json.dumps({"k": ["a"] * len(tricky), "n": [1, {"x": [None, True, ""]}]}, separators=(",", ":")).encode()
    assert _json_shape(text) == _json_shape(plain) == (plain.count(b",") + plain.count(b":") + 5, 4)


def test_parts_are_counted() -> None:
    many = SessionState.of(None, 0, [KernelState(f"k{i}", 0, 0) for i in range(MAX_KERNELS + 1)])
    with pytest.raises(SnapshotTooLarge, match=f"holds {MAX_KERNELS + 1} kernels .*more than the {MAX_KERNELS}"):
        encode_snapshot(many, owner=None, session="s")
    document = _document()
    document["state"]["kernels"] = [{"kernel": f"k{i}", "key": "0", "counter": "0"} for i in range(MAX_KERNELS + 1)]  # type: ignore[index]
    with pytest.raises(BadSnapshot, match=f"state.kernels has {MAX_KERNELS + 1} entries; a snapshot holds at most {MAX_KERNELS}"):
        decode_snapshot(_rebuilt(document))
    document["state"]["kernels"] = document["state"]["kernels"][:MAX_KERNELS]  # type: ignore[index]
    assert len(decode_snapshot(_rebuilt(document))[1].kernels) == MAX_KERNELS


def test_names_with_quotes_backslashes_and_brackets_round_trip() -> None:
    state = SessionState.of(1, 2, scopes=[ScopeState("s1", 'a"b\\[{', 3)], generators=[GeneratorState("g", "\\\\\"]", GeneratorRecord(1, 2, 1))])
    assert decode_snapshot(encode_snapshot(state, owner='x"\\', session="s"))[1] == state
