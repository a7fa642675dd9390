"""philoxd for asyncio: ``await philoxd.aio.connect(target, session=...)``.

>>> import asyncio, philoxd.aio
>>> async def main():
...     async with philoxd.aio.connect("127.0.0.1:50051", session="exp-1") as rng:
...         await rng.random.set_seed(1234)
...         return await rng.random.uniform([2, 3], seed=1)   # == tf.random.uniform(...)

The client is :class:`philoxd.Client` with coroutines: the same ``random`` API, retries
(UNAVAILABLE, with the same request id) and errors. Draws awaited concurrently are each
served exactly once; large draws stream in without blocking the event loop.
"""

from philoxd.aio._client import (
    AsyncClient,
    AsyncConfig,
    AsyncFunction,
    AsyncGenerator,
    AsyncGeneratorClass,
    AsyncNamespace,
    Connecting,
    connect,
)

__all__ = ["AsyncClient", "AsyncConfig", "AsyncFunction", "AsyncGenerator", "AsyncGeneratorClass", "AsyncNamespace", "Connecting", "connect"]
