"""``rng.data`` for an :class:`~philoxd.aio.AsyncClient`: ``tf.data``'s random parts with coroutines.

The datasets are the blocking client's (:mod:`philoxd._data`); what talks to the server runs on
the client's worker threads: the constructors that take seeds from the session
(``await ds.shuffle(...)``, ``await Dataset.random(...)``, ``await Dataset.sample_from_datasets(...)``)
and the iteration (``async for x in ds``), which fetches elements a few at a time.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from philoxd import _data

if TYPE_CHECKING:
    from philoxd.aio._client import AsyncClient

__all__ = ["AsyncDataAPI", "AsyncDataset", "AsyncDatasetClass"]

_ELEMENTS_PER_CALL = 64  # elements a worker thread computes per await of an iteration


class AsyncDataset:
    """A :class:`philoxd.data.Dataset` of an :class:`~philoxd.aio.AsyncClient`.

    Transformations that take no seeds return a dataset at once; ``shuffle`` is a coroutine.
    Iterate with ``async for x in ds`` (or ``ds.as_numpy_iterator()``): each is a new
    iteration, with TF's elements in TF's order.
    """

    def __init__(self, client: AsyncClient, sync: _data.Dataset) -> None:
        self._client, self._sync = client, sync

    def _wrap(self, sync: _data.Dataset) -> AsyncDataset:
        return AsyncDataset(self._client, sync)

    async def shuffle(self, buffer_size: Any, seed: Any = None, reshuffle_each_iteration: bool | None = None, name: str | None = None) -> AsyncDataset:
        """``Dataset.shuffle`` (:meth:`philoxd.data.Dataset.shuffle`); its seeds come from the session."""
        return self._wrap(await self._client._call(self._sync.shuffle, buffer_size, seed, reshuffle_each_iteration, name))

    def repeat(self, count: Any = None, name: str | None = None) -> AsyncDataset:
        """``Dataset.repeat``."""
        return self._wrap(self._sync.repeat(count, name))

    def batch(self, batch_size: Any, drop_remainder: bool = False, **kwargs: Any) -> AsyncDataset:
        """``Dataset.batch``."""
        return self._wrap(self._sync.batch(batch_size, drop_remainder, **kwargs))

    def take(self, count: Any, name: str | None = None) -> AsyncDataset:
        """``Dataset.take``."""
        return self._wrap(self._sync.take(count, name))

    def skip(self, count: Any, name: str | None = None) -> AsyncDataset:
        """``Dataset.skip``."""
        return self._wrap(self._sync.skip(count, name))

    def shard(self, num_shards: Any, index: Any, name: str | None = None) -> AsyncDataset:
        """``Dataset.shard``."""
        return self._wrap(self._sync.shard(num_shards, index, name))

    def map(self, map_func: Callable[..., Any], **kwargs: Any) -> AsyncDataset:
        """``Dataset.map`` (``map_func`` runs on a worker thread, in order)."""
        return self._wrap(self._sync.map(map_func, **kwargs))

    def prefetch(self, buffer_size: Any, name: str | None = None) -> AsyncDataset:
        """``Dataset.prefetch``: the same elements."""
        return self._wrap(self._sync.prefetch(buffer_size, name))

    def enumerate(self, start: Any = 0, name: str | None = None) -> AsyncDataset:
        """``Dataset.enumerate``."""
        return self._wrap(self._sync.enumerate(start, name))

    def cardinality(self) -> int:
        """``Dataset.cardinality()``."""
        return self._sync.cardinality()

    def as_numpy_iterator(self) -> AsyncIterator[Any]:
        """A new iteration's elements, as numpy values: ``async for x in ds.as_numpy_iterator()``."""
        return self.__aiter__()

    async def __aiter__(self) -> AsyncIterator[Any]:  # type: ignore[override]
        iterator: Iterator[Any] = await self._client._call(iter, self._sync)
        while True:
            chunk = await self._client._call(lambda: list(itertools.islice(iterator, _ELEMENTS_PER_CALL)))
            for element in chunk:
                yield element
            if len(chunk) < _ELEMENTS_PER_CALL:
                return

    def __repr__(self) -> str:
        return f"<philoxd.aio {self._sync!r}>"


class AsyncDatasetClass:
    """``rng.data.Dataset`` of an :class:`~philoxd.aio.AsyncClient`: its constructors."""

    def __init__(self, client: AsyncClient, sync: type[_data.Dataset]) -> None:
        self._client, self._sync = client, sync

    def range(self, *args: Any, **kwargs: Any) -> AsyncDataset:
        """``Dataset.range``."""
        return AsyncDataset(self._client, self._sync.range(*args, **kwargs))

    def from_tensor_slices(self, tensors: Any, name: str | None = None) -> AsyncDataset:
        """``Dataset.from_tensor_slices``."""
        return AsyncDataset(self._client, self._sync.from_tensor_slices(tensors, name))

    async def random(self, seed: Any = None, rerandomize_each_iteration: bool | None = None, name: str | None = None) -> AsyncDataset:
        """``Dataset.random``; its seeds come from the session."""
        return AsyncDataset(self._client, await self._client._call(self._sync.random, seed, rerandomize_each_iteration, name))

    async def sample_from_datasets(self, datasets: Sequence[AsyncDataset], weights: Any = None, seed: Any = None,
                                   stop_on_empty_dataset: bool = False, rerandomize_each_iteration: bool | None = None) -> AsyncDataset:
        """``Dataset.sample_from_datasets``; its seeds come from the session."""
        syncs = [d._sync for d in datasets]
        made = await self._client._call(self._sync.sample_from_datasets, syncs, weights, seed, stop_on_empty_dataset, rerandomize_each_iteration)
        return AsyncDataset(self._client, made)

    def choose_from_datasets(self, datasets: Sequence[AsyncDataset], choice_dataset: AsyncDataset, stop_on_empty_dataset: bool = True) -> AsyncDataset:
        """``Dataset.choose_from_datasets``."""
        choice = choice_dataset._sync if isinstance(choice_dataset, AsyncDataset) else choice_dataset
        return AsyncDataset(self._client, self._sync.choose_from_datasets([d._sync for d in datasets], choice, stop_on_empty_dataset))


class AsyncDataAPI:
    """``tf.data`` (``rng.data``) of an :class:`~philoxd.aio.AsyncClient`."""

    INFINITE_CARDINALITY = _data.INFINITE_CARDINALITY
    UNKNOWN_CARDINALITY = _data.UNKNOWN_CARDINALITY

    def __init__(self, client: AsyncClient, sync: _data.DataAPI) -> None:
        self.Dataset = AsyncDatasetClass(client, sync.Dataset)
