"""``tf.random.experimental.index_shuffle``: TF's ``RandomIndexShuffle``, a pure bijection.

A Simon-like Feistel cipher of an even block size ``B`` (at least 16 bits, enough
for ``max_index``) with cycle walking: encrypt until the value is ``<= max_index``.

Sources: ``tensorflow/core/kernels/random_index_shuffle.cc`` (cipher, key
schedule, block size), ``random_index_shuffle_ops.cc`` (seed casts, shapes,
messages), ``tensorflow/python/ops/stateless_random_ops.py`` (``index_shuffle``
pads the seed with ``498247692`` in front and passes ``rounds=4``).
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["INDEX_SHUFFLE_ROUNDS", "SEED_PAD", "index_shuffle", "index_shuffle_one"]

SEED_PAD = 498247692  # stateless_random_ops.index_shuffle: pad value of the seed
INDEX_SHUFFLE_ROUNDS = 4  # stateless_random_ops.index_shuffle: rounds=4
MIN_BLOCK_SIZE = 16  # random_index_shuffle.cc kMinBlockSize
_KEY_CONST_C = 0xFFFFFFFC  # simon_key_schedule: c
_KEY_CONST_Z = 0x7369F885192C0EF5  # simon_key_schedule: z
_MAX_BLOCK_SIZE = 64


def _rotl(x: int, r: int, w: int, mask: int) -> int:
    return ((x << r) | (x >> (w - r))) & mask


def _rotr(x: int, r: int, w: int, mask: int) -> int:
    return ((x >> r) | (x << (w - r))) & mask


def _simon_f(x: int, w: int, mask: int) -> int:
    return (_rotl(x, 1, w, mask) & _rotl(x, 8, w, mask)) ^ _rotl(x, 2, w, mask)


def _key_schedule(key: tuple[int, int, int], rounds: int, w: int) -> list[int]:
    """``simon_key_schedule<W>``: std::bitset<W> arithmetic (every constant truncated to W bits)."""
    mask = (1 << w) - 1
    c = _KEY_CONST_C & mask
    z = _KEY_CONST_Z & mask
    rk = [k & mask for k in key]
    for i in range(3, rounds):
        rk.append(c ^ (z & 1) ^ rk[i - 3] ^ _rotr(rk[i - 1], 3, w, mask) ^ _rotr(rk[i - 1], 4, w, mask))
        z >>= 1
    return rk


def _encrypt(value: int, round_keys: list[int], w: int) -> int:
    mask = (1 << w) - 1
    left = (value >> w) & mask
    right = value & mask
    for i in range(0, len(round_keys) - 1, 2):  # SIMON_Rx2(right, left, k[i], k[i+1])
        left ^= _simon_f(right, w, mask) ^ round_keys[i]
        right ^= _simon_f(left, w, mask) ^ round_keys[i + 1]
    return ((left << w) | right) & ((1 << (2 * w)) - 1)


def _block_size(max_index: int) -> int:
    # static_cast<int>(std::ceil(std::log2(max_index))): max_index converted to double.
    bits = int(math.ceil(math.log2(float(max_index))))
    return min(max(bits + bits % 2, MIN_BLOCK_SIZE), _MAX_BLOCK_SIZE)


def index_shuffle_one(index: int, key: tuple[int, int, int], max_index: int, rounds: int = INDEX_SHUFFLE_ROUNDS) -> int:
    """TF ``random::index_shuffle`` for one uint64 index."""
    if max_index == 0:
        return 0
    w = _block_size(max_index) // 2
    round_keys = _key_schedule(key, rounds, w)
    new_index = index
    while True:
        new_index = _encrypt(new_index, round_keys, w)
        if new_index <= max_index:
            return new_index


def index_shuffle(index: np.ndarray, seed: np.ndarray, max_index: np.ndarray) -> np.ndarray:
    """The ``RandomIndexShuffle`` kernel on already-padded inputs (seed ``[3]`` or ``[n, 3]``).

    Args:
      index: Scalar or vector of int32/int64/uint32/uint64.
      seed: ``[3]`` or ``[n, 3]`` integers (each element cast to uint32).
      max_index: Scalar or vector, the dtype of ``index``.

    Returns:
      The new indices, of ``index``'s dtype: its shape when every input is scalar
      (seed ``[3]``), else ``[num_outputs]``.

    Raises:
      ValueError: TF's shape messages.
    """
    num_outputs = max(index.size, max_index.size, seed.size // 3)
    if not (index.ndim == 0 or (index.ndim == 1 and index.shape[0] == num_outputs)):
        raise ValueError("Index bust be a scalar or vector.")
    if not ((seed.ndim == 1 and seed.shape[0] == 3) or (seed.ndim == 2 and seed.shape[0] == num_outputs and seed.shape[1] == 3)):
        dims = ",".join(str(d) for d in seed.shape)
        raise ValueError(f"Seed must be a vector of size [3] or a matrix of size [{num_outputs}, 3] but got [{dims}].")
    if not (max_index.ndim == 0 or (max_index.ndim == 1 and max_index.shape[0] == num_outputs)):
        dims = ",".join(str(d) for d in max_index.shape)
        raise ValueError(f"Maxval must be a scalar or a vector of the same size as index but got [{dims}]")
    all_scalar = index.ndim == 0 and seed.ndim == 1 and max_index.ndim == 0
    bits = 8 * index.dtype.itemsize
    idx = [int(v) % (1 << 64) for v in index.reshape(-1).tolist()]  # static_cast<uint64_t>
    mx = [int(v) % (1 << 64) for v in max_index.reshape(-1).tolist()]
    seeds = [tuple(int(v) & 0xFFFFFFFF for v in row) for row in seed.reshape(-1, 3).tolist()]
    out = []
    for i in range(num_outputs):
        new = index_shuffle_one(idx[i if index.ndim else 0], seeds[0 if seed.ndim == 1 else i], mx[i if max_index.ndim else 0])  # type: ignore[arg-type]
        out.append(new % (1 << bits))  # static_cast<IntType>
    arr = np.array(out, dtype=np.uint64).astype(np.dtype(f"u{index.dtype.itemsize}")).view(index.dtype)
    return arr.reshape(index.shape) if all_scalar else arr
