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

import numba
import numpy as np
from numba import njit

from ._parallel import chunked

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


# --- Numba kernels (the same cipher on uint64 words below 2**w) ---------------------------
_U1 = np.uint64(1)


@njit(cache=True, inline="always")
def _nb_rotl(x, r, w, mask):
    return ((x << r) | (x >> (w - r))) & mask


@njit(cache=True, inline="always")
def _nb_rotr(x, r, w, mask):
    return ((x >> r) | (x << (w - r))) & mask


@njit(cache=True, inline="always")
def _nb_simon_f(x, w, mask):
    return (_nb_rotl(x, np.uint64(1), w, mask) & _nb_rotl(x, np.uint64(8), w, mask)) ^ _nb_rotl(x, np.uint64(2), w, mask)


@njit(cache=True)
def _nb_block_half(max_index):
    """Half the block size, ``w`` (:func:`_block_size` // 2), for ``max_index > 0``."""
    bits = np.int64(math.ceil(math.log2(np.float64(max_index))))
    return np.uint64(min(max(bits + bits % 2, MIN_BLOCK_SIZE), _MAX_BLOCK_SIZE) // 2)


@njit(cache=True)
def _nb_key_schedule(k0, k1, k2, w, rk):
    """``simon_key_schedule<W>`` into ``rk`` (length ``rounds``)."""
    mask = (_U1 << w) - _U1
    c = np.uint64(_KEY_CONST_C) & mask
    z = np.uint64(_KEY_CONST_Z) & mask
    rk[0] = k0 & mask
    rk[1] = k1 & mask
    rk[2] = k2 & mask
    for i in range(3, rk.shape[0]):
        rk[i] = c ^ (z & _U1) ^ rk[i - 3] ^ _nb_rotr(rk[i - 1], np.uint64(3), w, mask) ^ _nb_rotr(rk[i - 1], np.uint64(4), w, mask)
        z >>= _U1


@njit(cache=True)
def _nb_index_shuffle_one(index, rk, w, max_index):
    if max_index == 0:
        return np.uint64(0)
    mask = (_U1 << w) - _U1
    block_mask = (mask << w) | mask
    value = index
    while True:
        left = (value >> w) & mask
        right = value & mask
        for i in range(0, rk.shape[0] - 1, 2):  # SIMON_Rx2(right, left, k[i], k[i+1])
            left ^= _nb_simon_f(right, w, mask) ^ rk[i]
            right ^= _nb_simon_f(left, w, mask) ^ rk[i + 1]
        value = ((left << w) | right) & block_mask
        if value <= max_index:
            return value


@njit(cache=True)
def _nb_index_shuffle_range(index, seeds, max_index, rounds, out, start, stop):
    # index, max_index: uint64, length 1 (broadcast) or n; seeds: uint64 [1 or n, 3].
    rk = np.empty(rounds, dtype=np.uint64)
    last_seed = -1
    last_w = np.uint64(0)
    for i in range(start, stop):
        mx = max_index[i if max_index.shape[0] > 1 else 0]
        srow = i if seeds.shape[0] > 1 else 0
        w = _nb_block_half(mx) if mx != 0 else np.uint64(8)
        if srow != last_seed or w != last_w:
            _nb_key_schedule(seeds[srow, 0], seeds[srow, 1], seeds[srow, 2], w, rk)
            last_seed = srow
            last_w = w
        out[i] = _nb_index_shuffle_one(index[i if index.shape[0] > 1 else 0], rk, w, mx)


_nb_index_shuffle_par = chunked(_nb_index_shuffle_range, nogil=True)


_PARALLEL_MIN = 1 << 14  # outputs from which the kernel runs on all threads


def _as_u64(a: np.ndarray) -> np.ndarray:
    """``static_cast<uint64_t>`` of integers (two's complement for signed ones), contiguous."""
    return np.ascontiguousarray(a.astype(np.uint64) if a.dtype.kind == "u" else a.astype(np.int64).view(np.uint64))


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
    # static_cast<uint64_t> of the index and max_index dtype; each seed element cast to uint32
    idx = _as_u64(index.reshape(-1))
    mx = _as_u64(max_index.reshape(-1))
    seeds = _as_u64(seed.reshape(-1, 3)) & np.uint64(0xFFFFFFFF)
    out = np.empty(num_outputs, dtype=np.uint64)
    if num_outputs >= _PARALLEL_MIN:
        _nb_index_shuffle_par(num_outputs, max(1, min(num_outputs, 8 * numba.get_num_threads())), idx, seeds, mx, INDEX_SHUFFLE_ROUNDS, out)
    elif num_outputs:
        _nb_index_shuffle_range(idx, seeds, mx, INDEX_SHUFFLE_ROUNDS, out, 0, num_outputs)
    arr = out.astype(np.dtype(f"u{index.dtype.itemsize}")).view(index.dtype)  # static_cast<IntType>
    return arr.reshape(index.shape) if all_scalar else arr
