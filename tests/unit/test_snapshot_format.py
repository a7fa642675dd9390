"""The session snapshot format (philoxd_server.state._snapshot): round trips, and every kind of
bad bytes refused with a message that says what is wrong."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import zlib

import pytest

from philoxd_server._errors import InvalidArgument
from philoxd_server.state import DEFAULT_INTRA_OP_THREADS, GeneratorRecord, GeneratorState, KernelState, ScopeState, SessionState
from philoxd_server.state._snapshot import FORMAT, BadSnapshot, decode_snapshot, encode_snapshot

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
