"""Tensors on the wire: raw little-endian bytes, chunked streams reassembled exactly."""

from __future__ import annotations

import numpy as np
import pytest

from philoxd import _codec
from philoxd.v1 import random_pb2 as pb


def _wire(arr: np.ndarray, provenance: pb.Provenance | None = None) -> list[bytes]:
    """A Draw stream as the server writes it: a head, then data chunks of at most CHUNK_BYTES."""
    flat = arr.reshape(-1)
    step = _codec.CHUNK_BYTES // arr.itemsize
    return [_codec.wire_head(arr.dtype, arr.shape, provenance)] + [_codec.wire_data(flat[i : i + step]) for i in range(0, flat.size, step)]


def _chunks(arr: np.ndarray, provenance: pb.Provenance | None = None) -> list[pb.DrawChunk]:
    """The same stream, parsed as messages."""
    return [pb.DrawChunk.FromString(raw) for raw in _wire(arr, provenance)]


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64", "int32", "int64", "uint32", "uint64"])
def test_tensor_roundtrip(dtype: str) -> None:
    arr = np.arange(24).astype(dtype).reshape(2, 3, 4)
    out = _codec.decode_tensor(_codec.encode_tensor(arr))
    assert out.dtype == arr.dtype and out.shape == arr.shape and out.tobytes() == arr.tobytes()
    assert out.flags.writeable


def test_chunks_reassemble_large_array() -> None:
    arr = np.random.default_rng(0).random(_codec.CHUNK_BYTES // 4 * 3 + 5, dtype=np.float32)
    chunks = _chunks(arr, pb.Provenance(num_elements=arr.size))
    assert len(chunks) == 5  # a head without data, then 4 data chunks
    assert not chunks[0].tensor.data and list(chunks[0].tensor.shape) == [arr.size]
    assert all(c.ByteSize() < 4 << 20 for c in chunks)
    out, provenance = _codec.join_chunks(chunks)
    assert np.array_equal(out, arr) and provenance.num_elements == arr.size


def test_wire_bytes_join_like_messages() -> None:
    """The client joins the raw wire bytes (data copied straight from them) exactly as parsed messages."""
    arr = np.random.default_rng(1).integers(0, 2**63, _codec.CHUNK_BYTES // 8 * 2 + 3, dtype=np.int64).reshape(-1, 1)
    wire = _wire(arr, pb.Provenance(key=9))
    out, provenance = _codec.join_chunks(wire)
    assert np.array_equal(out, arr) and out.flags.writeable and provenance.key == 9


def test_wire_join_accepts_other_encodings_of_a_chunk() -> None:
    """A data chunk another encoder wrote differently (extra fields, data not last) is parsed by protobuf."""
    arr = np.arange(6, dtype=np.int32)
    head = pb.DrawChunk(tensor=pb.Tensor(dtype=pb.INT32, shape=[6], data=arr[:2].tobytes())).SerializeToString()
    odd = pb.DrawChunk(data=arr[2:].tobytes(), provenance=pb.Provenance(key=1)).SerializeToString()
    odd = odd[-(len(odd) - 2 - len(arr[2:].tobytes())) :] + odd[: 2 + len(arr[2:].tobytes())]  # provenance first
    out, _ = _codec.join_chunks([head, odd])
    assert np.array_equal(out, arr)


def test_empty_and_scalar_arrays() -> None:
    for arr in (np.zeros((0, 3), np.float32), np.array(7, np.int64)):
        out, _ = _codec.join_chunks(_chunks(arr))
        assert out.shape == arr.shape and out.dtype == arr.dtype and out.tobytes() == arr.tobytes()


def test_truncated_or_oversized_streams_are_rejected() -> None:
    arr = np.arange(10, dtype=np.int32)
    head, data = _chunks(arr)
    short = pb.DrawChunk(tensor=pb.Tensor(dtype=head.tensor.dtype, shape=[10], data=data.data[:8]))
    with pytest.raises(ValueError, match="ended after 8 of 40 bytes"):
        _codec.join_chunks([short])
    with pytest.raises(ValueError, match="ended after 0 of 40 bytes"):
        _codec.join_chunks([head.SerializeToString()])
    with pytest.raises(ValueError, match="more bytes"):
        _codec.join_chunks([head, data, pb.DrawChunk(data=b"x")])
    with pytest.raises(ValueError, match="more bytes"):
        _codec.join_chunks([head.SerializeToString(), _codec.wire_data(b"x" * 41)])


def test_decode_rejects_wrong_byte_count_and_unknown_dtype() -> None:
    with pytest.raises(ValueError, match="needs 8 bytes"):
        _codec.decode_tensor(pb.Tensor(dtype=pb.INT32, shape=[2], data=b"123"))
    with pytest.raises(ValueError, match="unknown dtype"):
        _codec.decode_tensor(pb.Tensor(dtype=99, shape=[1], data=b"1234"))
    with pytest.raises(ValueError, match="not supported"):
        _codec.dtype_to_proto(np.dtype("float128") if hasattr(np, "float128") else np.dtype("U1"))
