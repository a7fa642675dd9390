"""TensorFlow's seed rules, as pure functions.

Sources: ``tensorflow/python/framework/random_seed.py`` (``get_seed``),
``tensorflow/python/eager/context.py`` (the eager op-seed sequence),
``tensorflow/core/kernels/stateless_random_ops.cc`` (``GenerateKey``) and
``tensorflow/python/ops/stateless_random_ops.py`` (``_philox_scramble_seed``).
"""

from __future__ import annotations

import collections
import os
import random
import secrets
import threading

import numpy as np

from philoxd_server._errors import InvalidArgument, Unimplemented
from philoxd_server.engine._philox import philox

__all__ = [
    "DEFAULT_GRAPH_SEED",
    "MAXINT32",
    "MAX_OP_SEED_INDEX",
    "STATELESS_SCRAMBLE_KEY",
    "eager_op_seed",
    "kernel_key_counter",
    "nondeterministic_seeds",
    "resolve_seeds",
    "stateless_key_counter",
    "truncate_seed",
]

DEFAULT_GRAPH_SEED = 87654321  # TF random_seed.py DEFAULT_GRAPH_SEED
MAXINT32 = 2**31 - 1  # TF random_seed.py _MAXINT32
STATELESS_SCRAMBLE_KEY = 0x02461E293EC8F720  # TF stateless_random_ops.cc GenerateKey
_U64 = (1 << 64) - 1
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
# Eager op seeds one global seed hands out: the last comes from about 2**25 Mersenne Twister words
# (0.1 s from the sequence's start, once per global seed and process; later ones continue from a
# checkpoint). Every unseeded op makes a kernel, so a session reaches it only with 16 million
# kernels; set_seed starts a new sequence.
MAX_OP_SEED_INDEX = 2**24
_OP_SEED_BLOCK = 1024  # op seeds computed at a time
_OP_SEED_CHECKPOINTS = 256  # (global seed, block)s kept: the block's op seeds and the generator after it
_MT_CHUNK = 1 << 16  # Mersenne Twister words drawn at a time while skipping ahead (512 KiB)
_TOP_BIT = 1 << 31


def truncate_seed(seed: int) -> int:
    """TF ``_truncate_seed``: ``seed % (2**31 - 1)`` (Python modulo)."""
    return seed % MAXINT32


class _OpSeeds:
    """The eager op-seed sequences, computed fast and remembered at checkpoints.

    TF's ``context.internal_operation_seed()`` is ``random.Random(global_seed).randint(0,
    2**31 - 1)``, and CPython's ``randint(0, 2**31 - 1)`` takes 32-bit Mersenne Twister words
    (``getrandbits(32)``) until one is below ``2**31``: the sequence is the generator's words with
    the top bit clear. They are drawn in bulk with numpy's MT19937 (the same generator, started
    from ``random.Random(global_seed)``'s state; it releases the GIL while it draws). Each
    computed block of op seeds is kept with the generator's state after it, so the next block
    starts there, and a block is computed from the nearest earlier checkpoint of its global seed:
    a session's sequential op seeds cost O(1) each.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._blocks: collections.OrderedDict[tuple[int, int], tuple[np.ndarray, dict[str, object]]] = collections.OrderedDict()
        self._local = threading.local()  # one MT19937 per thread (its constructor reads OS entropy)

    def get(self, global_seed: int, index: int) -> int:
        block, offset = divmod(index, _OP_SEED_BLOCK)
        with self._lock:
            hit = self._blocks.get((global_seed, block))
            if hit is not None:
                self._blocks.move_to_end((global_seed, block))
                return int(hit[0][offset])
            start = max((b for g, b in self._blocks if g == global_seed and b < block), default=-1)
            state = self._blocks[(global_seed, start)][1] if start >= 0 else None
        bitgen = self._bitgen()
        if state is None:
            internal = random.Random(global_seed).getstate()[1]  # (624 key words, position)
            state = {"bit_generator": "MT19937", "state": {"key": np.array(internal[:624], dtype=np.uint32), "pos": internal[624]}}
        bitgen.state = state
        _skip(bitgen, (block - start - 1) * _OP_SEED_BLOCK)
        seeds = _take(bitgen, _OP_SEED_BLOCK)
        with self._lock:
            self._blocks[(global_seed, block)] = (seeds, bitgen.state)
            while len(self._blocks) > _OP_SEED_CHECKPOINTS:
                self._blocks.popitem(last=False)
        return int(seeds[offset])

    def _bitgen(self) -> np.random.MT19937:
        bitgen: np.random.MT19937 | None = getattr(self._local, "bitgen", None)
        if bitgen is None:
            bitgen = self._local.bitgen = np.random.MT19937()
        return bitgen


def _skip(bitgen: np.random.MT19937, count: int) -> None:
    """Advance past ``count`` op seeds (never further: k words hold at most k of them)."""
    while count > 0:
        count -= int(np.count_nonzero(bitgen.random_raw(min(count, _MT_CHUNK)) < _TOP_BIT))


def _take(bitgen: np.random.MT19937, count: int) -> np.ndarray:
    """The next ``count`` op seeds."""
    parts = []
    while count > 0:
        words = bitgen.random_raw(count)
        parts.append(words[words < _TOP_BIT])
        count -= parts[-1].size
    return np.concatenate(parts)


_OP_SEEDS = _OpSeeds()


def eager_op_seed(global_seed: int, index: int) -> int:
    """The ``index``-th (0-based) op seed of an eager context seeded with ``global_seed``.

    TF's ``context.internal_operation_seed()`` returns successive values of
    ``random.Random(global_seed).randint(0, 2**31 - 1)``. The first call for a global seed
    costs O(``index``) (about 6 ns per op seed), later ones O(1) while they move forward.

    Raises:
      ValueError: ``index`` is not in ``[0, MAX_OP_SEED_INDEX)`` (the caller bounds it).
    """
    if not 0 <= index < MAX_OP_SEED_INDEX:
        raise ValueError(f"eager_op_seed: index {index} is not in [0, {MAX_OP_SEED_INDEX})")
    return _OP_SEEDS.get(global_seed, index)


def resolve_seeds(global_seed: int | None, op_seed: int | None) -> tuple[int, int]:
    """TF ``random_seed.get_seed`` once the op seed is known.

    Args:
      global_seed: The (eager context or graph) global seed, or None.
      op_seed: The op seed, already drawn from the op-seed sequence when the
        caller gave none but a global seed is set; None otherwise.

    Returns:
      ``(seed, seed2)`` for the kernel; ``(0, 0)`` means "nondeterministic",
      exactly as TF's kernels read it.
    """
    if global_seed is not None:
        if op_seed is None:
            raise ValueError("op_seed must be resolved when a global seed is set")
        seeds = truncate_seed(global_seed), truncate_seed(op_seed)
    elif op_seed is not None:
        seeds = DEFAULT_GRAPH_SEED, truncate_seed(op_seed)
    else:
        return 0, 0
    if seeds == (0, 0):  # TF: avoid (0, 0), which kernels read as nondeterminism
        return 0, MAXINT32
    return seeds


_ENTROPY_BYTES = 32  # OS entropy that seeds the process-wide generator behind New64()
_new64 = random.Random(secrets.token_bytes(_ENTROPY_BYTES))
os.register_at_fork(after_in_child=lambda: _new64.seed(secrets.token_bytes(_ENTROPY_BYTES)))


def nondeterministic_seeds() -> tuple[int, int]:
    """Fresh nondeterministic seeds, as TF's ``GuardedPhiloxRandom::Init`` takes ``New64()``.

    TF's ``random::New64()`` draws from one process-wide ``std::mt19937_64`` seeded
    from the OS once; so does this (a Mersenne Twister seeded from OS entropy at
    import and again in every forked child), which keeps an unseeded call free of
    ``getrandom`` syscalls — they released the GIL on every call, a measurable
    latency cost in the threaded server.
    """
    return _new64.getrandbits(64), _new64.getrandbits(64)


def kernel_key_counter(seed: int, seed2: int) -> tuple[int, int]:
    """Philox (key, counter) of a stateful kernel created with ``(seed, seed2)``.

    TF philox_random.h ``PhiloxRandom(seed_lo, seed_hi)``: the key is ``seed``,
    counter words 2-3 are ``seed2``, words 0-1 start at zero.
    """
    return seed & _U64, (seed2 & _U64) << 64


def _seed_words(seed: object, function: str) -> tuple[int, int]:
    arr = np.asarray(seed)
    if arr.dtype.kind not in "iu":
        raise InvalidArgument(f"{function}: argument `seed` must be integers, got dtype {arr.dtype}")
    if arr.shape != (2,):
        dims = ",".join(str(d) for d in arr.shape)
        raise InvalidArgument(f"seed must have shape [2], not [{dims}]")  # TF stateless_random_ops.cc
    # TF casts int32/int64 seeds to uint64 (sign extension), stateless_random_ops.cc.
    return int(arr[0]) & _U64, int(arr[1]) & _U64


ALG_PHILOX = 1  # TF rng_alg.h RNG_ALG_PHILOX


def stateless_key_counter(seed: object, function: str = "stateless", alg: int = 0) -> tuple[int, int]:
    """Philox (key, counter) for a stateless op's shape-[2] seed.

    TF ``GenerateKey`` / ``_philox_scramble_seed``: one Philox block keyed by
    ``STATELESS_SCRAMBLE_KEY`` at counter ``(seed0, seed1)`` gives the key
    (words 0-1) and counter words 2-3 (words 2-3 of the block); counter words
    0-1 are zero. With ``alg`` Philox, TF scrambles in Python instead, with the
    seed as the counter of a V2 op: any vector of at least 2 words, of which
    it reads the first two.
    """
    if alg == ALG_PHILOX:
        arr = np.asarray(seed)
        if arr.ndim != 1 or arr.size < 1:
            dims = ",".join(str(d) for d in arr.shape)
            raise InvalidArgument(
                f"counter must be a vector with length at least 1; got shape: [{dims}]. "
                "(Note that batched counters are not supported yet.)"
            )  # TF stateless_random_ops_v2.cc
        if arr.size == 1:  # TF's kernel then reads a second word past the seed's buffer
            raise Unimplemented(f"{function}: a 1-element seed with alg='philox' is undefined in TF; pass 2 elements")
        seed = arr[:2]
    s0, s1 = _seed_words(seed, function)
    mix = philox(STATELESS_SCRAMBLE_KEY, s0 | (s1 << 64), 1)[0]
    key = int(mix[0]) | (int(mix[1]) << 32)
    counter = (int(mix[2]) | (int(mix[3]) << 32)) << 64
    return key, counter
