"""TensorFlow's seed rules, as pure functions.

Sources: ``tensorflow/python/framework/random_seed.py`` (``get_seed``),
``tensorflow/python/eager/context.py`` (the eager op-seed sequence),
``tensorflow/core/kernels/stateless_random_ops.cc`` (``GenerateKey``) and
``tensorflow/python/ops/stateless_random_ops.py`` (``_philox_scramble_seed``).
"""

from __future__ import annotations

import functools
import os
import random
import secrets

import numpy as np

from philoxd_server._errors import InvalidArgument, Unimplemented
from philoxd_server.engine._philox import philox

__all__ = [
    "DEFAULT_GRAPH_SEED",
    "MAXINT32",
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
_OP_SEED_CACHE = 64  # global seeds whose eager op-seed sequences are memoised
_OP_SEED_BLOCK = 1024  # how many op seeds are generated at a time


def truncate_seed(seed: int) -> int:
    """TF ``_truncate_seed``: ``seed % (2**31 - 1)`` (Python modulo)."""
    return seed % MAXINT32


@functools.lru_cache(maxsize=_OP_SEED_CACHE)
def _op_seed_block(global_seed: int, block: int) -> tuple[int, ...]:
    rng = random.Random(global_seed)
    for _ in range(block * _OP_SEED_BLOCK):
        rng.randint(0, MAXINT32)
    return tuple(rng.randint(0, MAXINT32) for _ in range(_OP_SEED_BLOCK))


def eager_op_seed(global_seed: int, index: int) -> int:
    """The ``index``-th (0-based) op seed of an eager context seeded with ``global_seed``.

    TF's ``context.internal_operation_seed()`` returns successive values of
    ``random.Random(global_seed).randint(0, 2**31 - 1)``.
    """
    block, offset = divmod(index, _OP_SEED_BLOCK)
    return _op_seed_block(global_seed, block)[offset]


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
