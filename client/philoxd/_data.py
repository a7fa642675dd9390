"""The ``tf.data`` mirror (``rng.data``): the random parts of ``tf.data`` and enough of the
structure around them to express a loader's index pipeline, element for element TF's.

A :class:`Dataset` is a pipeline of numpy values built like TF's (``range``,
``from_tensor_slices``, ``shuffle``, ``repeat``, ``batch``, ``take``, ``skip``, ``shard``,
``map``, ``Dataset.random``, ``sample_from_datasets``, ``choose_from_datasets``); iterating it
yields exactly TF 2.21's elements in TF's order. The structure runs here, in plain Python; the
random bits come from the engine's Philox:

* A random op resolves its seeds through the session when it is built, as TF's
  ``tf.data`` ``random_seed.get_seed`` does (an unseeded op takes the session's next op seed
  when a global seed is set): a zero-element draw of a stateful kernel, whose provenance carries
  the resolved ``(seed, seed2)`` (TF ``random_seed.get_seed``; ``(0, 0)`` becomes
  ``(0, 2**31 - 1)``; no seeds at all are fresh random seeds, TF's ``RandomSeeds``).
* Each iteration of a dataset takes its seeds from the dataset's seed generator (TF
  ``random_seed_ops.cc``: ``RandomSeedGenerator`` gives words ``2k, 2k + 1`` of
  ``Philox(seed, seed2)`` to iteration ``k``; ``FixedSeedGenerator`` the seeds themselves).
* The words of a Philox stream come as ``Replay`` draws of raw ``uint32`` words (TF's
  ``SingleSampleAdapter<PhiloxRandom>``), fetched in chunks: one request per epoch or per
  chunk of an endless stream, never one per element.
* ``sample_from_datasets``' choices (``StatelessMultinomial`` of ``log(weights)`` seeded by
  pairs of ``Dataset.random`` values) are one ``SAMPLE_FROM_DATASETS`` draw per chunk.

Sources: ``tensorflow/python/data/ops/{dataset_ops,shuffle_op,random_op,
sample_from_datasets_op,choose_from_datasets_op}.py``, ``python/data/util/random_seed.py``,
``core/kernels/data/{shuffle_dataset_op,random_seed_ops,directed_interleave_dataset_op}.cc``,
``core/kernels/data/experimental/random_dataset_op.cc``.
"""

from __future__ import annotations

import itertools
import operator
import secrets
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from philoxd import _random, errors
from philoxd.v1 import random_pb2 as pb

if TYPE_CHECKING:
    from philoxd._client import Client

__all__ = ["INFINITE_CARDINALITY", "UNKNOWN_CARDINALITY", "DataAPI", "Dataset"]

INFINITE_CARDINALITY = -1  # tf.data.INFINITE_CARDINALITY
UNKNOWN_CARDINALITY = -2  # tf.data.UNKNOWN_CARDINALITY
_U64 = (1 << 64) - 1
_INT64 = np.dtype(np.int64)  # the dtype TF converts counts, sizes and seeds to
_WORDS_PER_BLOCK = 4  # uint32 words per Philox-4x32 block (TF SingleSampleAdapter)
_SEED_WORDS = 2  # TF RandomSeedGenerator::GenerateSeeds: two samples per iteration
# A resolved TF seed is below 2**31 (random_seed.py _truncate_seed, DEFAULT_GRAPH_SEED, _MAXINT32);
# a kernel made with seeds (0, 0) has random 64-bit ones (TF GuardedPhiloxRandom: New64()).
_RESOLVED_SEED_LIMIT = 1 << 31
_FIRST_CHUNK = 1024  # words fetched first for a stream of unknown length
_MAX_CHUNK = 1 << 20  # the most words (4 MiB) or choices one request asks for
_SELECTOR_CHUNK = 256  # sample_from_datasets choices per request (each costs two Dataset.random words)
_PACKET_DOUBLES = 4  # TF's Log on float64: Eigen's AVX packets of 4 (not reproduced), glibc's log below


# ---------------------------------------------------------------------------------------------
# Random bits
# ---------------------------------------------------------------------------------------------


def _philox_words(client: Client, seed: int, seed2: int, start: int, n: int) -> np.ndarray:
    """Words ``[start, start + n)`` of TF's ``SingleSampleAdapter<PhiloxRandom(seed, seed2)>``:
    key ``seed``, counter words 2-3 ``seed2``, one block per 4 words (a ``Replay`` of raw
    ``uint32`` words: a pure function of its coordinates, no session state)."""
    block, offset = divmod(start, _WORDS_PER_BLOCK)
    count = -(-(offset + n) // _WORDS_PER_BLOCK) * _WORDS_PER_BLOCK
    provenance = pb.Provenance(
        alg=pb.PHILOX, key=seed & _U64, counter_lo=block & _U64, counter_hi=seed2 & _U64, num_elements=count,
        distribution=pb.UNIFORM_FULL_INT, dtype=pb.UINT32, shape=[count],
    )  # fmt: skip
    words = client._transport.replay(pb.ReplayRequest(provenance=provenance))
    return np.asarray(words, dtype=np.uint32).reshape(-1)[offset : offset + n]


def _chunked(fetch: Callable[[int], np.ndarray], n: int) -> tuple[np.ndarray, int]:
    """``fetch(n)``, or of fewer values (halved until the server takes them) where it answers
    RESOURCE_EXHAUSTED for the request's size (``philoxd serve --max-elements`` below ours):
    the values and how many there are."""
    while True:
        try:
            return fetch(n), n
        except errors.ResourceExhaustedError:
            if n <= _WORDS_PER_BLOCK:
                raise
            n = max(_WORDS_PER_BLOCK, n // 2)


class _Words:
    """One Philox stream's words in order, fetched ``hint`` at first, then in growing chunks."""

    def __init__(self, client: Client, seed: int, seed2: int, hint: int = _FIRST_CHUNK) -> None:
        self._client, self._seed, self._seed2 = client, seed, seed2
        self._chunk = min(max(hint, 1), _MAX_CHUNK)
        self._cap = _MAX_CHUNK  # lowered to what the server took, if it refused a larger request
        self._buffer: list[int] = []
        self._position = 0  # words fetched so far
        self._index = 0  # next word of _buffer

    def next(self) -> int:
        if self._index == len(self._buffer):
            asked = self._chunk
            words, self._chunk = _chunked(lambda n: _philox_words(self._client, self._seed, self._seed2, self._position, n), asked)
            if self._chunk < asked:
                self._cap = self._chunk
            self._buffer = words.tolist()
            self._position += self._chunk
            self._index = 0
            self._chunk = min(2 * self._chunk, self._cap)
        word = self._buffer[self._index]
        self._index += 1
        return word


class _SeedGenerator:
    """TF ``RandomSeedGenerator`` (``reshuffle``: new seeds for every iteration) or
    ``FixedSeedGenerator`` (the same seeds each time), shared by a dataset's iterations."""

    def __init__(self, client: Client, seeds: tuple[int, int], reshuffle: bool) -> None:
        self._client, self._seeds, self._reshuffle = client, seeds, reshuffle
        self._lock = threading.Lock()
        self._iterations = 0

    def next(self) -> tuple[int, int]:
        if not self._reshuffle:
            return self._seeds
        with self._lock:
            start = self._iterations * _SEED_WORDS
            self._iterations += 1
        seed, seed2 = _philox_words(self._client, *self._seeds, start, _SEED_WORDS).tolist()
        return int(seed), int(seed2)


def _outside_functions(client: Client, function: str) -> None:
    """Datasets are eager: TF builds and iterates one inside a ``tf.function`` in its graph (graph
    op seeds, a traced iterator), which ``rng.data`` does not reproduce."""
    if client._scopes():
        raise errors.UnimplementedError(
            f"{function} inside rng.function (TF: in the function's graph) is not supported; build and iterate datasets outside"
        )


def _resolve_seeds(client: Client, seed: Any, function: str) -> tuple[int, int]:
    """TF ``tf.data`` ``random_seed.get_seed(seed)`` through the session, then ``RandomSeeds``.

    A zero-element stateful draw makes the session resolve the op seed as for any
    ``tf.random`` op (the global seed, the next eager op seed if ``seed`` is None, op
    determinism); its provenance has the kernel's Philox key ``seed`` and counter words 2-3
    ``seed2`` (TF ``PhiloxRandom(seed, seed2)``).
    """
    if seed is not None:
        seed = _int_arg(seed, "seed", function)
    _outside_functions(client, function)
    request = pb.DrawRequest(distribution=pb.UNIFORM, dtype=pb.FLOAT32, shape=[0])
    api = client.random
    api._kernel(request, seed, function)
    api._draw(request)
    provenance = client.last_provenance
    assert provenance is not None
    seeds = int(provenance.key), int(provenance.counter_hi)
    if max(seeds) >= _RESOLVED_SEED_LIMIT:
        # No global and no op seed: tf.data's get_seed gives (0, 0), which RandomSeeds replaces
        # by two New64() values for this dataset (the kernel's random seeds serve every such draw).
        return secrets.randbits(64), secrets.randbits(64)
    return seeds


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------


def _int_arg(value: Any, name: str, function: str) -> int:
    """A scalar integer argument (TF converts it to an int64 tensor)."""
    if isinstance(value, np.ndarray) and value.ndim == 0:
        value = value[()]
    if isinstance(value, (bool, np.bool_)):
        return int(value)
    try:
        result = operator.index(value)
    except TypeError:
        converted = _random._convert_to(value, _INT64, name)  # TF's convert_to_tensor(value, int64): its errors
        if converted.ndim != 0:
            raise errors.InvalidArgumentError(f"{function}: argument `{name}`={value!r} must be a scalar") from None
        return int(converted)
    if not -(2**63) <= result < 2**63:
        raise errors.ValueError("Can't convert Python sequence with out-of-range integer to Tensor.")
    return result


def _to_value(value: Any) -> Any:
    """An element's structure with numpy leaves (TF ``convert_to_tensor`` dtypes for Python values)."""
    if isinstance(value, tuple):
        return tuple(_to_value(v) for v in value)
    if isinstance(value, dict):
        return {k: _to_value(v) for k, v in value.items()}
    if isinstance(value, (np.ndarray, np.generic)):
        return value
    return _random._py_tensor(value)


def _scalar(value: np.ndarray) -> Any:
    """A 0-d array as the numpy scalar TF's ``as_numpy_iterator`` gives."""
    return value[()] if isinstance(value, np.ndarray) and value.ndim == 0 else value


def _numpy(element: Any) -> Any:
    """An element as ``as_numpy_iterator`` gives it (0-d arrays as numpy scalars)."""
    if isinstance(element, np.generic):
        return element
    return _map_structure(_scalar, element)


def _map_structure(fn: Callable[..., Any], *values: Any) -> Any:
    first = values[0]
    if isinstance(first, tuple):
        return tuple(_map_structure(fn, *parts) for parts in zip(*values))
    if isinstance(first, dict):
        return {k: _map_structure(fn, *(v[k] for v in values)) for k in first}
    return fn(*values)


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, tuple):
        return [leaf for v in value for leaf in _leaves(v)]
    if isinstance(value, dict):
        return [leaf for v in value.values() for leaf in _leaves(v)]
    return [value]


def _structure(value: Any) -> Any:
    """The nesting of an element, for ``choose_from_datasets``' compatibility check."""
    if isinstance(value, tuple):
        return tuple(_structure(v) for v in value)
    if isinstance(value, dict):
        return {k: _structure(v) for k, v in value.items()}
    return None


# ---------------------------------------------------------------------------------------------
# Datasets
# ---------------------------------------------------------------------------------------------


class Dataset:
    """``tf.data.Dataset``: a pipeline of numpy elements, iterated as TF iterates it.

    Build one from :meth:`range`, :meth:`from_tensor_slices`, :meth:`random`,
    :meth:`sample_from_datasets` or :meth:`choose_from_datasets` of ``rng.data.Dataset``, then
    chain ``shuffle``, ``repeat``, ``batch``, ``take``, ``skip``, ``shard``, ``map``. Each
    ``iter(ds)`` (``for x in ds``, :meth:`as_numpy_iterator`) is a new iteration, as in TF:
    a shuffle with ``reshuffle_each_iteration=True`` takes the next seeds of its generator.
    Elements are numpy arrays and scalars (tuples and dicts of them for structured elements),
    as TF's ``as_numpy_iterator`` gives them. A dataset may be iterated by several threads at
    once; its seed generators are shared, as in TF.
    """

    _client: Client

    def __init__(self, client: Client) -> None:
        self._client = client

    # -- what each dataset defines ----------------------------------------------------------
    def _elements(self) -> Iterator[Any]:
        """A new iterator's elements (numpy leaves). What TF's iterator does when it is made
        (``Initialize``: take its seeds, make its inputs' iterators) happens in this call; the
        rest as the elements are asked for."""
        raise NotImplementedError

    def cardinality(self) -> int:
        """``Dataset.cardinality()``: the number of elements, ``INFINITE_CARDINALITY`` (-1) or
        ``UNKNOWN_CARDINALITY`` (-2), as TF computes it."""
        return UNKNOWN_CARDINALITY

    # -- iteration ----------------------------------------------------------------------------
    def __iter__(self) -> Iterator[Any]:
        _outside_functions(self._client, "Dataset iteration")
        return map(_numpy, self._elements())

    def as_numpy_iterator(self) -> Iterator[Any]:
        """``Dataset.as_numpy_iterator()``: a new iteration's elements as numpy values."""
        return iter(self)

    def __len__(self) -> int:
        n = self.cardinality()
        if n == INFINITE_CARDINALITY:
            raise errors.TypeError("The dataset is infinite.")
        if n == UNKNOWN_CARDINALITY:
            raise errors.TypeError("The dataset length is unknown.")
        return n

    # -- sources ----------------------------------------------------------------------------
    @classmethod
    def range(cls, *args: Any, output_type: Any = np.int64, name: str | None = None) -> Dataset:  # noqa: ARG003
        """``Dataset.range(stop)``, ``range(start, stop[, step])``: int64 values (``output_type``)."""
        if not 1 <= len(args) <= 3:
            raise errors.ValueError(f"Invalid `args`. The length of `args` should be between 1 and 3 but was {len(args)}.")
        values = [_int_arg(a, "args", "Dataset.range") for a in args]
        start, stop, step = (0, values[0], 1) if len(values) == 1 else (*values, 1)[:3]
        if step == 0:
            raise errors.InvalidArgumentError("step must be a non-zero integer.")
        return _Range(cls._client, start, stop, step, _random._as_dtype(output_type, "Dataset.range"))

    @classmethod
    def from_tensor_slices(cls, tensors: Any, name: str | None = None) -> Dataset:  # noqa: ARG003
        """``Dataset.from_tensor_slices``: the rows of numpy arrays (tuples and dicts of them)."""
        return _Slices(cls._client, tensors)

    @classmethod
    def random(cls, seed: Any = None, rerandomize_each_iteration: bool | None = None, name: str | None = None) -> Dataset:  # noqa: ARG003
        """``Dataset.random``: endless int64 values in ``[0, 2**32)``, TF's for the seed.

        ``rerandomize_each_iteration``: new values for each iteration (and each repetition);
        by default every iteration gives the same.
        """
        seeds = _resolve_seeds(cls._client, seed, "Dataset.random")
        return _Random(cls._client, _SeedGenerator(cls._client, seeds, bool(rerandomize_each_iteration)))

    @classmethod
    def sample_from_datasets(
        cls,
        datasets: Sequence[Dataset],
        weights: Any = None,
        seed: Any = None,
        stop_on_empty_dataset: bool = False,
        rerandomize_each_iteration: bool | None = None,
    ) -> Dataset:
        """``Dataset.sample_from_datasets``: each element from a dataset picked at random with
        probabilities ``weights`` (a list or numpy array; default uniform), TF's picks for ``seed``.

        A dataset that runs out is skipped from then on, or (``stop_on_empty_dataset``) ends
        the iteration.
        """
        return _sample_from_datasets(cls._client, list(datasets), weights, seed, stop_on_empty_dataset, rerandomize_each_iteration)

    @classmethod
    def choose_from_datasets(cls, datasets: Sequence[Dataset], choice_dataset: Dataset, stop_on_empty_dataset: bool = True) -> Dataset:
        """``Dataset.choose_from_datasets``: element ``i`` from ``datasets[choice_i]``, the
        choices being the int64 scalars of ``choice_dataset``."""
        datasets = list(datasets)
        if not datasets:
            raise errors.ValueError("Invalid `datasets`. `datasets` should not be empty.")
        if not isinstance(choice_dataset, Dataset):
            raise errors.TypeError(
                f"Invalid `choice_dataset`. `choice_dataset` should be a `tf.data.Dataset` but is {type(choice_dataset)}."
            )
        return _DirectedInterleave(cls._client, choice_dataset, datasets, bool(stop_on_empty_dataset))

    # -- transformations ----------------------------------------------------------------------
    def shuffle(self, buffer_size: Any, seed: Any = None, reshuffle_each_iteration: bool | None = None, name: str | None = None) -> Dataset:  # noqa: ARG002
        """``Dataset.shuffle``: TF's buffer shuffle (``ShuffleDatasetV3``), TF's order for the seed.

        Args:
          buffer_size: Elements held in the buffer (> 0), or ``UNKNOWN_CARDINALITY`` (-2):
            all of them (the whole input is read before the first element comes out).
          seed: The op seed; None takes the session's next op seed when a global seed is set,
            as a ``tf.random`` op does (no seed at all: a random order).
          reshuffle_each_iteration: A new order for each iteration (default True); False: the
            same order every time.
        """
        size = _int_arg(buffer_size, "buffer_size", "Dataset.shuffle")
        seeds = _resolve_seeds(self._client, seed, "Dataset.shuffle")  # TF: get_seed before the kernel's check
        if size <= 0 and size != UNKNOWN_CARDINALITY:
            raise errors.InvalidArgumentError("buffer_size must be greater than zero or UNKNOWN_CARDINALITY")
        reshuffle = True if reshuffle_each_iteration is None else bool(reshuffle_each_iteration)
        return _Shuffle(self, size, _SeedGenerator(self._client, seeds, reshuffle))

    def repeat(self, count: Any = None, name: str | None = None) -> Dataset:  # noqa: ARG002
        """``Dataset.repeat``: ``count`` times (None or -1: forever); each repetition is a new
        iteration of this dataset."""
        n = -1 if count is None else _int_arg(count, "count", "Dataset.repeat")
        return _Repeat(self, n)

    def batch(self, batch_size: Any, drop_remainder: bool = False, num_parallel_calls: Any = None,  # noqa: ARG002
              deterministic: Any = None, name: str | None = None) -> Dataset:  # noqa: ARG002
        """``Dataset.batch``: consecutive elements stacked (the last batch may be smaller
        unless ``drop_remainder``)."""
        size = _int_arg(batch_size, "batch_size", "Dataset.batch")
        if size <= 0:
            raise errors.InvalidArgumentError("Batch size must be greater than zero.")
        return _Batch(self, size, bool(drop_remainder))

    def take(self, count: Any, name: str | None = None) -> Dataset:  # noqa: ARG002
        """``Dataset.take``: the first ``count`` elements (-1: all)."""
        return _Take(self, _int_arg(count, "count", "Dataset.take"))

    def skip(self, count: Any, name: str | None = None) -> Dataset:  # noqa: ARG002
        """``Dataset.skip``: all but the first ``count`` elements (-1: none)."""
        return _Skip(self, _int_arg(count, "count", "Dataset.skip"))

    def shard(self, num_shards: Any, index: Any, name: str | None = None) -> Dataset:  # noqa: ARG002
        """``Dataset.shard``: every ``num_shards``-th element, from element ``index``."""
        n = _int_arg(num_shards, "num_shards", "Dataset.shard")
        i = _int_arg(index, "index", "Dataset.shard")
        if n <= 0:
            raise errors.InvalidArgumentError(f"Number of shards must be greater than zero (currently num_shards = {n}).")
        if not 0 <= i < n:
            raise errors.InvalidArgumentError(f"Index must be between 0 and {n - 1} (currently index = {i}).")
        return _Shard(self, n, i)

    def map(self, map_func: Callable[..., Any], num_parallel_calls: Any = None, deterministic: Any = None,  # noqa: ARG002
            name: str | None = None) -> Dataset:  # noqa: ARG002
        """``Dataset.map`` over numpy values (a tuple element is passed as arguments), in order."""
        if not callable(map_func):
            raise errors.TypeError(f"Dataset.map: argument `map_func`={map_func!r} must be callable")
        return _Map(self, map_func)

    def prefetch(self, buffer_size: Any, name: str | None = None) -> Dataset:  # noqa: ARG002
        """``Dataset.prefetch``: the same elements (the pipeline runs in the caller's thread)."""
        return self

    def enumerate(self, start: Any = 0, name: str | None = None) -> Dataset:  # noqa: ARG002
        """``Dataset.enumerate``: ``(index, element)`` pairs, the index int64 from ``start``."""
        return _Enumerate(self, _int_arg(start, "start", "Dataset.enumerate"))

    def __repr__(self) -> str:
        return f"<philoxd.data.{type(self).__name__.lstrip('_')}Dataset cardinality={self.cardinality()}>"


class _Unary(Dataset):
    """A dataset made from one input."""

    def __init__(self, source: Dataset) -> None:
        super().__init__(source._client)
        self._input = source

    def cardinality(self) -> int:
        return self._input.cardinality()


class _Range(Dataset):
    def __init__(self, client: Client, start: int, stop: int, step: int, dtype: np.dtype) -> None:
        super().__init__(client)
        self._range, self._dtype = range(start, stop, step), dtype

    def _elements(self) -> Iterator[Any]:
        return map(self._dtype.type, self._range)

    def cardinality(self) -> int:
        return len(self._range)


class _Slices(Dataset):
    def __init__(self, client: Client, tensors: Any) -> None:
        super().__init__(client)
        self._value = _to_value(tensors)
        leaves = _leaves(self._value)
        for leaf in leaves:
            if leaf.ndim == 0:
                raise errors.ValueError(f"Unbatching a tensor is only supported for rank >= 1, got {leaf!r}")
        sizes = {leaf.shape[0] for leaf in leaves}
        if len(sizes) > 1:
            raise errors.ValueError(
                "Dimensions " + " and ".join(str(leaf.shape[0]) for leaf in leaves[:2]) + " are not compatible"
            )
        self._n = leaves[0].shape[0] if leaves else 0

    def _elements(self) -> Iterator[Any]:
        return (_map_structure(lambda leaf, i=i: leaf[i], self._value) for i in range(self._n))

    def cardinality(self) -> int:
        return self._n


class _Random(Dataset):
    def __init__(self, client: Client, seeds: _SeedGenerator) -> None:
        super().__init__(client)
        self._seeds = seeds

    def _elements(self) -> Iterator[Any]:
        words = _Words(self._client, *self._seeds.next())  # RandomDatasetOp: Initialize() takes the seeds
        return (np.int64(words.next()) for _ in itertools.count())

    def cardinality(self) -> int:
        return INFINITE_CARDINALITY


class _Shuffle(_Unary):
    def __init__(self, source: Dataset, buffer_size: int, seeds: _SeedGenerator) -> None:
        super().__init__(source)
        self._buffer_size, self._seeds = buffer_size, seeds

    def _elements(self) -> Iterator[Any]:
        return self._shuffled(self._seeds.next())  # Initialize() takes the seeds; the input's iterator comes later

    def _shuffled(self, seeds: tuple[int, int]) -> Iterator[Any]:
        # TF shuffle_dataset_op.cc: a ring buffer of buffer_size; fill it, then each output takes
        # one Random() word: offset = word % (elements held), out = buffer[(start + offset) % size],
        # whose slot gets the oldest element's (start's). The ring grows by appending until it
        # holds buffer_size elements (until then no position wraps); UNKNOWN_CARDINALITY: it never wraps.
        n = self.cardinality()
        words = _Words(self._client, *seeds, hint=n if n >= 0 else _FIRST_CHUNK)
        size = self._buffer_size if self._buffer_size > 0 else _UNBOUNDED
        source = self._input._elements()
        ring: list[Any] = []
        start = end = 0
        exhausted = False
        while True:
            while not exhausted and end - start < size:
                element = next(source, _END)
                if element is _END:
                    exhausted = True
                elif end < size:
                    ring.append(element)
                    end += 1
                else:
                    ring[end % size] = element
                    end += 1
            if end == start:
                return
            index = start + words.next() % (end - start)
            oldest = start
            if index >= size:  # start <= index: both wrap alike
                index %= size
                oldest %= size
            element = ring[index]
            ring[index] = ring[oldest]
            ring[oldest] = None
            start += 1
            yield element


_END = object()
_UNBOUNDED = sys.maxsize  # a ring larger than any input: TF's growing buffer never wraps


class _Repeat(_Unary):
    def __init__(self, source: Dataset, count: int) -> None:
        super().__init__(source)
        self._count = count

    def _elements(self) -> Iterator[Any]:
        if self._count == 0:
            return iter(())
        return self._repeated(self._input._elements())  # the first repetition's iterator, at once

    def _repeated(self, source: Iterator[Any]) -> Iterator[Any]:
        for repetition in itertools.count(1):
            produced = False
            for element in source:
                produced = True
                yield element
            if 0 <= self._count <= repetition or (not produced and self._count < 0):
                return  # TF RepeatDataset: an empty input ends a forever repeat
            source = self._input._elements()

    def cardinality(self) -> int:
        n = self._input.cardinality()
        if self._count < 0:
            return 0 if n == 0 else (UNKNOWN_CARDINALITY if n == UNKNOWN_CARDINALITY else INFINITE_CARDINALITY)
        if n < 0:
            return n if self._count else 0
        return n * self._count


class _Batch(_Unary):
    def __init__(self, source: Dataset, size: int, drop_remainder: bool) -> None:
        super().__init__(source)
        self._size, self._drop = size, drop_remainder

    def _elements(self) -> Iterator[Any]:
        return self._batches(self._input._elements())

    def _batches(self, source: Iterator[Any]) -> Iterator[Any]:
        while True:
            rows = list(itertools.islice(source, self._size))
            if not rows or (self._drop and len(rows) < self._size):
                return
            yield _map_structure(lambda *leaves: np.stack(leaves), *rows)

    def cardinality(self) -> int:
        n = self._input.cardinality()
        if n < 0:
            return n
        return n // self._size if self._drop else -(-n // self._size)


class _Counted(_Unary):
    """``take`` / ``skip``: ``count`` elements of the input (-1: all of them)."""

    def __init__(self, source: Dataset, count: int) -> None:
        super().__init__(source)
        self._count = count


class _Take(_Counted):
    def _elements(self) -> Iterator[Any]:
        if self._count == 0:
            return iter(())  # TF TakeDataset: an empty iterator, no input iterator
        source = self._input._elements()
        return source if self._count < 0 else itertools.islice(source, self._count)

    def cardinality(self) -> int:
        n = self._input.cardinality()
        if self._count < 0:
            return n
        if n == INFINITE_CARDINALITY:
            return self._count
        return n if n == UNKNOWN_CARDINALITY else min(n, self._count)


class _Skip(_Counted):
    def _elements(self) -> Iterator[Any]:
        source = self._input._elements()
        if self._count < 0:
            return (e for e in source if False)  # consumes the input when asked for its first element
        return itertools.islice(source, self._count, None)

    def cardinality(self) -> int:
        n = self._input.cardinality()
        if n < 0:
            return n
        return 0 if self._count < 0 else max(0, n - self._count)


class _Shard(_Unary):
    def __init__(self, source: Dataset, num_shards: int, index: int) -> None:
        super().__init__(source)
        self._num_shards, self._index = num_shards, index

    def _elements(self) -> Iterator[Any]:
        return itertools.islice(self._input._elements(), self._index, None, self._num_shards)

    def cardinality(self) -> int:
        n = self._input.cardinality()
        if n < 0:
            return n
        return n // self._num_shards + (self._index < n % self._num_shards)


class _Map(_Unary):
    def __init__(self, source: Dataset, fn: Callable[..., Any]) -> None:
        super().__init__(source)
        self._fn = fn

    def _elements(self) -> Iterator[Any]:
        return self._mapped(self._input._elements())

    def _mapped(self, source: Iterator[Any]) -> Iterator[Any]:
        fn = self._fn
        for element in source:
            args = element if isinstance(element, tuple) else (element,)
            yield _to_value(fn(*(_map_structure(_scalar, a) for a in args)))


class _Enumerate(_Unary):
    def __init__(self, source: Dataset, start: int) -> None:
        super().__init__(source)
        self._start = start

    def _elements(self) -> Iterator[Any]:
        return ((np.int64(i), e) for i, e in enumerate(self._input._elements(), self._start))


class _DirectedInterleave(Dataset):
    """TF ``DirectedInterleaveDataset``: the selector's value picks the input of each element."""

    def __init__(self, client: Client, selector: Dataset, inputs: list[Dataset], stop_on_empty_dataset: bool) -> None:
        super().__init__(client)
        self._selector, self._inputs, self._stop = selector, inputs, stop_on_empty_dataset

    def _elements(self) -> Iterator[Any]:
        selector = self._selector._elements()  # Initialize(): the selector's iterator, then each input's
        return self._interleaved(selector, [d._elements() for d in self._inputs])

    def _interleaved(self, selector: Iterator[Any], inputs: list[Iterator[Any] | None]) -> Iterator[Any]:
        # TF directed_interleave_dataset_op.cc GetNextInternal.
        active = len(inputs)
        for choice in selector:
            selected = int(np.asarray(choice))
            if not 0 <= selected < len(inputs):
                raise errors.InvalidArgumentError(f"Selector index out of range: {selected} >= {len(inputs)}")
            source = inputs[selected]
            if source is None:
                continue
            element = next(source, _END)
            if element is not _END:
                yield element
                continue
            if self._stop:
                return
            inputs[selected] = None
            active -= 1
            if active == 0:
                return


class _Selector(Dataset):
    """``sample_from_datasets``' choices: ``Dataset.random(seed).batch(2)`` mapped through
    ``StatelessMultinomial(logits, 1, seed=pair)``, a ``SAMPLE_FROM_DATASETS`` draw per chunk."""

    def __init__(self, client: Client, seeds: _SeedGenerator, logits: np.ndarray | None, weights: np.ndarray | None) -> None:
        super().__init__(client)
        self._seeds, self._logits, self._weights = seeds, logits, weights

    def _elements(self) -> Iterator[Any]:
        return self._selected(_Words(self._client, *self._seeds.next(), hint=_SEED_WORDS * _SELECTOR_CHUNK))

    def _selected(self, words: _Words) -> Iterator[Any]:
        chunk, cap = _SELECTOR_CHUNK, _MAX_CHUNK // _SEED_WORDS
        pending: list[int] = []  # words of Dataset.random not yet made choices of
        while True:
            pending += [words.next() for _ in range(_SEED_WORDS * chunk - len(pending))]
            pairs = np.array(pending, dtype=np.int64).reshape(chunk, _SEED_WORDS)
            asked = chunk
            choices, chunk = _chunked(lambda n: self._choices(pairs[:n]), asked)
            if chunk < asked:
                cap = chunk
            del pending[: _SEED_WORDS * chunk]
            yield from choices
            chunk = min(2 * chunk, cap)

    def _choices(self, pairs: np.ndarray) -> np.ndarray:
        request = pb.DrawRequest(distribution=pb.SAMPLE_FROM_DATASETS, dtype=pb.INT64, shape=[pairs.shape[0]])
        if self._logits is not None:
            request.input.CopyFrom(_random._encode(self._logits, "logits", "Dataset.sample_from_datasets"))
        else:
            assert self._weights is not None
            request.tensors["weights"].CopyFrom(_random._encode(self._weights, "weights", "Dataset.sample_from_datasets"))
        request.stateless.seed.CopyFrom(_random._encode(pairs, "seed", "Dataset.sample_from_datasets"))
        request.stateless.alg = pb.AUTO_SELECT
        return self._client.random._draw(request)

    def cardinality(self) -> int:
        return INFINITE_CARDINALITY


def _sample_from_datasets(
    client: Client, datasets: list[Dataset], weights: Any, seed: Any, stop_on_empty_dataset: bool, rerandomize: bool | None
) -> Dataset:
    """TF ``sample_from_datasets_op._sample_from_datasets`` (weights as a list or an array)."""
    function = "Dataset.sample_from_datasets"
    if not datasets:
        raise errors.ValueError("Invalid `datasets`. `datasets` should not be empty.")
    if isinstance(weights, Dataset):
        raise errors.UnimplementedError(f"{function}: `weights` as a Dataset is not supported; pass a list or an array")
    logits = weights_arr = None
    if weights is None:
        logits = np.ones((1, len(datasets)), dtype=np.float32)  # TF: [[1.0] * len(datasets)]
    else:
        weights = list(weights) if not isinstance(weights, np.ndarray) else weights
        if len(datasets) != len(weights):
            raise errors.ValueError(
                f"Invalid `weights`. `weights` should have the same length as `datasets` but got "
                f"`len(weights)={len(weights)}` vs. `len(datasets)={len(datasets)}`."
            )
        kept = [(d, w) for d, w in zip(datasets, weights) if w > 0]  # TF _skip_datasets_with_zero_weight
        datasets, kept_weights = ([d for d, _ in kept], [w for _, w in kept]) if kept else ([datasets[0].take(0)], [1.0])
        weights_arr = _random._py_tensor(np.stack(kept_weights) if isinstance(weights, np.ndarray) else kept_weights)
        if weights_arr.dtype not in (np.float32, np.float64):
            raise errors.TypeError(
                f"Invalid `weights`. `weights` type must be either `tf.float32` or `tf.float64` but is <dtype: '{_random._dtype_name(weights_arr.dtype)}'>."
            )
        if weights_arr.dtype == np.float64 and weights_arr.size >= _PACKET_DOUBLES:
            raise errors.UnimplementedError(
                f"{function}: {weights_arr.size} float64 weights: TF takes their log with Eigen's vectorized double log "
                f"from {_PACKET_DOUBLES} values on, which philoxd does not reproduce; pass float32 weights"
            )
    if len(datasets) == 1:
        return datasets[0]
    seeds = _resolve_seeds(client, seed, "Dataset.random")
    selector = _Selector(client, _SeedGenerator(client, seeds, bool(rerandomize)), logits, weights_arr)
    return _DirectedInterleave(client, selector, datasets, bool(stop_on_empty_dataset))


class DataAPI:
    """``tf.data`` bound to one :class:`~philoxd.Client` (its ``.data``).

    Attributes:
      Dataset: :class:`Dataset` whose constructors draw through this client's session.
      INFINITE_CARDINALITY: -1, as ``tf.data.INFINITE_CARDINALITY``.
      UNKNOWN_CARDINALITY: -2, as ``tf.data.UNKNOWN_CARDINALITY``.
    """

    INFINITE_CARDINALITY = INFINITE_CARDINALITY
    UNKNOWN_CARDINALITY = UNKNOWN_CARDINALITY

    def __init__(self, client: Client) -> None:
        self._client = client
        self.Dataset: type[Dataset] = type("Dataset", (Dataset,), {"_client": client})
