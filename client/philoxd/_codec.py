"""Tensors on the wire: dtype enum <-> numpy, raw little-endian bytes, chunking.

Shared by the client and the server (the server imports it with the stubs).
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable

import ml_dtypes
import numpy as np

from philoxd.v1 import random_pb2 as pb

__all__ = [
    "CHUNK_BYTES",
    "check_one_message",
    "decode_chunk",
    "decode_tensor",
    "dtype_from_proto",
    "dtype_to_proto",
    "encode_tensor",
    "from_le_bytes",
    "join_chunks",
    "le_bytes",
    "new_request_id",
    "single_chunk",
    "wire_data",
    "wire_head",
    "wire_string",
]

CHUNK_BYTES = 3 << 20  # payload per message, under gRPC's default 4 MiB message limit

_TO_PROTO = {
    "float16": pb.FLOAT16,
    "float32": pb.FLOAT32,
    "float64": pb.FLOAT64,
    "int32": pb.INT32,
    "int64": pb.INT64,
    "uint32": pb.UINT32,
    "uint64": pb.UINT64,
}
_TO_PROTO["bfloat16"] = pb.BFLOAT16  # ml_dtypes.bfloat16 (TF's numpy type for tf.bfloat16)
# Shuffle values only (TF's RandomShuffle / StatelessShuffle take any dtype).
_TO_PROTO.update(
    bool=pb.BOOL, int8=pb.INT8, uint8=pb.UINT8, int16=pb.INT16, uint16=pb.UINT16, complex64=pb.COMPLEX64, complex128=pb.COMPLEX128
)
_NP = {k: np.dtype(ml_dtypes.bfloat16) if k == "bfloat16" else np.dtype(k) for k in _TO_PROTO}
_FROM_PROTO = {v: _NP[k].newbyteorder("<") for k, v in _TO_PROTO.items()}
_BY_DTYPE = {_NP[k]: v for k, v in _TO_PROTO.items()}  # dtype.name is slow; dtypes hash fast


def new_request_id() -> str:
    """A fresh client-made request id (128 random bits, hex)."""
    return os.urandom(16).hex()


def dtype_to_proto(dtype: np.dtype) -> int:
    """The ``philoxd.v1.DType`` of a numpy dtype; ``ValueError`` if it has none."""
    try:
        return _BY_DTYPE[dtype]
    except (KeyError, TypeError):
        pass
    try:
        return _TO_PROTO[np.dtype(dtype).name]
    except KeyError:
        raise ValueError(f"dtype {np.dtype(dtype).name!r} is not supported; use one of {sorted(_TO_PROTO)}") from None


def dtype_from_proto(value: int) -> np.dtype:
    """The little-endian numpy dtype of a ``philoxd.v1.DType``; ``ValueError`` if unknown."""
    try:
        return _FROM_PROTO[value]
    except KeyError:
        raise ValueError(f"unknown dtype enum value {value}") from None


def encode_tensor(array: np.ndarray) -> pb.Tensor:
    """A whole array as one ``Tensor`` message."""
    return pb.Tensor(dtype=dtype_to_proto(array.dtype), shape=array.shape, data=le_bytes(array))


def decode_tensor(tensor: pb.Tensor) -> np.ndarray:
    """A ``Tensor`` message as a writable numpy array (native byte order, its own memory)."""
    dtype = dtype_from_proto(tensor.dtype)
    shape = tuple(tensor.shape)
    data = tensor.data
    if shape and min(shape) < 0:
        raise ValueError(f"tensor shape {list(shape)} has a negative dimension")
    count = math.prod(shape)
    if len(data) != count * dtype.itemsize:
        raise ValueError(f"tensor of shape {list(shape)} and dtype {dtype.name} needs {count * dtype.itemsize} bytes, got {len(data)}")
    return from_le_bytes(data, dtype, shape)


def from_le_bytes(data: bytes, dtype: np.dtype, shape: tuple[int, ...]) -> np.ndarray:
    """``Tensor.data`` of a little-endian ``dtype`` as a writable array of ``shape``
    (native byte order, its own memory); the size must already be right."""
    values = np.frombuffer(data, dtype=dtype).reshape(shape)
    return values.copy() if dtype.isnative else values.astype(dtype.newbyteorder("="))


def _raw_bytes(array: np.ndarray) -> np.ndarray:
    """The array's little-endian bytes as a flat uint8 view (a copy only if not contiguous LE)."""
    le = np.ascontiguousarray(array, dtype=array.dtype.newbyteorder("<"))
    return le.reshape(-1).view(np.uint8)


_DATA_TAG = b"\x12"  # DrawChunk field 2 (data), wire type 2 (length-delimited)


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def wire_string(number: int, value: str) -> bytes:
    """A protobuf ``string`` field on the wire: key (wire type 2), varint length, UTF-8."""
    data = value.encode()
    return bytes([number << 3 | 2]) + _varint(len(data)) + data


def wire_head(dtype: np.dtype, shape: tuple[int, ...], provenance: pb.Provenance | None = None) -> bytes:
    """The first message of a ``Draw`` stream: ``DrawChunk{tensor{dtype, shape}, provenance}``, no data."""
    return pb.DrawChunk(tensor=pb.Tensor(dtype=dtype_to_proto(dtype), shape=shape), provenance=provenance).SerializeToString()


def wire_data(part: np.ndarray | memoryview | bytes) -> bytes:
    """A later message of a ``Draw`` stream, ``DrawChunk{data: part}``, as wire bytes in one copy.

    An array is sent as its little-endian bytes (C order)."""
    view = memoryview(_raw_bytes(part) if isinstance(part, np.ndarray) else part).cast("B")
    return b"".join((_DATA_TAG, _varint(view.nbytes), view))


def le_bytes(array: np.ndarray) -> bytes:
    """The array's little-endian bytes in C order (``Tensor.data``)."""
    # tobytes() is C order: only a big-endian array needs a little-endian copy first.
    return (array if array.dtype.byteorder != ">" else _raw_bytes(array)).tobytes()


def single_chunk(array: np.ndarray, provenance: pb.Provenance | None = None) -> pb.DrawChunk:
    """The whole array as one ``DrawChunk`` (``DrawOne``); ``ValueError`` above :data:`CHUNK_BYTES`."""
    check_one_message(array)
    return pb.DrawChunk(tensor=encode_tensor(array), provenance=provenance)


def check_one_message(array: np.ndarray) -> None:
    """``ValueError`` if the array does not fit one ``DrawChunk`` (:data:`CHUNK_BYTES`)."""
    if array.nbytes > CHUNK_BYTES:
        raise ValueError(f"a result of {array.nbytes} bytes does not fit one message ({CHUNK_BYTES} bytes); use Draw")


def decode_chunk(chunk: pb.DrawChunk) -> tuple[np.ndarray, pb.Provenance]:
    """A whole result in one ``DrawChunk`` (``DrawOne``'s answer): the array and its provenance."""
    return decode_tensor(chunk.tensor), chunk.provenance


def _payload(chunk: bytes | pb.DrawChunk) -> memoryview | bytes:
    """The ``data`` of a later chunk: a view into the wire bytes when it is a plain
    ``DrawChunk{data}`` (as philoxd sends it), else whatever protobuf parses."""
    if isinstance(chunk, pb.DrawChunk):
        return chunk.data
    if chunk[:1] == _DATA_TAG:
        size, shift, pos = 0, 0, 1
        while pos < len(chunk) and pos <= 10:
            byte = chunk[pos]
            size |= (byte & 0x7F) << shift
            shift += 7
            pos += 1
            if not byte & 0x80:
                if pos + size == len(chunk):
                    return memoryview(chunk)[pos:]
                break
    return pb.DrawChunk.FromString(chunk).data


def join_chunks(chunks: Iterable[bytes | pb.DrawChunk]) -> tuple[np.ndarray, pb.Provenance]:
    """Write a ``Draw`` stream into one preallocated array; returns it and the provenance.

    Chunks may be ``DrawChunk`` messages or their wire bytes (then the data of later
    chunks is copied once, straight from the received bytes)."""
    it = iter(chunks)
    head = next(it)
    if not isinstance(head, pb.DrawChunk):
        head = pb.DrawChunk.FromString(head)
    dtype = dtype_from_proto(head.tensor.dtype)
    shape = tuple(head.tensor.shape)
    out = np.empty(shape, dtype=dtype.newbyteorder("="))
    flat = out.reshape(-1).view(np.uint8)
    size = flat.size
    pos = 0
    data: memoryview | bytes = head.tensor.data
    while True:
        n = len(data)
        if pos + n > size:
            raise ValueError("draw stream carries more bytes than its shape holds")
        if n:
            flat[pos : pos + n] = np.frombuffer(data, np.uint8)
            pos += n
        try:
            data = _payload(next(it))
        except StopIteration:
            break
    if pos != size:
        raise ValueError(f"draw stream ended after {pos} of {size} bytes")
    return out, head.provenance
