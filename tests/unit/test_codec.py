"""Tensors on the wire: raw little-endian bytes, chunked streams reassembled exactly."""

from __future__ import annotations

import numpy as np
import pytest

from philoxd import _codec
from philoxd.v1 import random_pb2 as pb


def _chunks(arr: np.ndarray, provenance: pb.Provenance | None = None) -> list[pb.DrawChunk]:
    """The chunks the server sends, parsed as a client receives them."""
    return [pb.DrawChunk.FromString(raw) for raw in _codec.iter_wire_chunks(arr, provenance)]


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64", "int32", "int64", "uint32", "uint64"])
def test_tensor_roundtrip(dtype: str) -> None:
    arr = np.arange(24).astype(dtype).reshape(2, 3, 4)
    out = _codec.decode_tensor(_codec.encode_tensor(arr))
    assert out.dtype == arr.dtype and out.shape == arr.shape and out.tobytes() == arr.tobytes()
    assert out.flags.writeable


def test_chunks_reassemble_large_array() -> None:
    arr = np.random.default_rng(0).random(_codec.CHUNK_BYTES // 4 * 3 + 5, dtype=np.float32)
    chunks = _chunks(arr, pb.Provenance(num_elements=arr.size))
    assert len(chunks) == 4
    assert all(c.ByteSize() < 4 << 20 for c in chunks)
    out, provenance = _codec.join_chunks(chunks)
    assert np.array_equal(out, arr) and provenance.num_elements == arr.size


def test_empty_and_scalar_arrays() -> None:
    for arr in (np.zeros((0, 3), np.float32), np.array(7, np.int64)):
        out, _ = _codec.join_chunks(_chunks(arr))
        assert out.shape == arr.shape and out.dtype == arr.dtype and out.tobytes() == arr.tobytes()


def test_truncated_or_oversized_streams_are_rejected() -> None:
    arr = np.arange(10, dtype=np.int32)
    head = _chunks(arr)[0]
    short = pb.DrawChunk(tensor=pb.Tensor(dtype=head.tensor.dtype, shape=[10], data=head.tensor.data[:8]))
    with pytest.raises(ValueError, match="ended after 8 of 40 bytes"):
        _codec.join_chunks([short])
    with pytest.raises(ValueError, match="more bytes"):
        _codec.join_chunks([head, pb.DrawChunk(data=b"x")])


def test_decode_rejects_wrong_byte_count_and_unknown_dtype() -> None:
    with pytest.raises(ValueError, match="needs 8 bytes"):
        _codec.decode_tensor(pb.Tensor(dtype=pb.INT32, shape=[2], data=b"123"))
    with pytest.raises(ValueError, match="unknown dtype"):
        _codec.decode_tensor(pb.Tensor(dtype=99, shape=[1], data=b"1234"))
    with pytest.raises(ValueError, match="not supported"):
        _codec.dtype_to_proto(np.dtype(bool))
