"""``philoxd.aio`` against REAL ``philoxd serve`` processes (and in-process).

* The asyncio API gives the blocking client's numbers, call for call (stateful, stateless,
  Generators, named functions, provenance and replay, snapshot / restore / fork).
* Concurrent coroutines on one session are exactly-once: N concurrent draws get the first N
  results of the stream, as a set, whether they are seeded (one kernel) or unseeded (the
  op-seed sequence), from one client or several.
* A large draw streams in while the event loop keeps running; a server restart in the middle
  of concurrent draws is ridden out by retries with the same request ids: no number twice.
"""

from __future__ import annotations

import asyncio
import pathlib
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

import philoxd
import philoxd.aio
from philoxd import errors
from tests.conftest import free_port
from tests.integration.conftest import ServerProcess

Spawn = Callable[..., ServerProcess]


def _run(coroutine: Any, timeout: float = 120) -> Any:
    async def bounded() -> Any:
        return await asyncio.wait_for(coroutine, timeout)

    return asyncio.run(bounded())


def _rows(arrays: list[np.ndarray]) -> list[tuple[Any, ...]]:
    return sorted(tuple(a.reshape(-1).tolist()) for a in arrays)


def _blocking_program(rng: philoxd.Client) -> list[Any]:
    R = rng.random
    R.set_seed(1234)
    g = R.Generator.from_seed(7)
    named = rng.generator("loader", seed=3)
    step = rng.function(lambda: [R.uniform([2]), R.normal([2], seed=1)], name="step")
    out = [
        R.uniform([2, 3], seed=1),
        R.normal([2]),
        R.uniform([3], minval=0, maxval=10, dtype="int64"),
        R.stateless_normal([3], seed=[1, 2]),
        R.experimental.stateless_split([5, 6], num=3),
        R.shuffle(np.arange(8), seed=2),
        R.categorical(np.log([[0.2, 0.8]]), 5, seed=3),
        g.normal([3]),
        g.state,
        named.uniform([2]),
        *step(),
        *step(),
        *g.split(2)[1].normal([2])[None],
        R.uniform_candidate_sampler(np.array([[1, 2]]), 2, 3, True, 10, seed=4).sampled_candidates,
    ]
    return out


async def _async_program(rng: philoxd.aio.AsyncClient) -> list[Any]:
    R = rng.random
    await R.set_seed(1234)
    g = await R.Generator.from_seed(7)
    named = await rng.generator("loader", seed=3)

    async def body() -> list[np.ndarray]:
        return [await R.uniform([2]), await R.normal([2], seed=1)]

    step = rng.function(body, name="step")
    out = [
        await R.uniform([2, 3], seed=1),
        await R.normal([2]),
        await R.uniform([3], minval=0, maxval=10, dtype="int64"),
        await R.stateless_normal([3], seed=[1, 2]),
        await R.experimental.stateless_split([5, 6], num=3),
        await R.shuffle(np.arange(8), seed=2),
        await R.categorical(np.log([[0.2, 0.8]]), 5, seed=3),
        await g.normal([3]),
        await g.state,
        await named.uniform([2]),
        *await step(),
        *await step(),
        *(await (await g.split(2))[1].normal([2]))[None],
        (await R.uniform_candidate_sampler(np.array([[1, 2]]), 2, 3, True, 10, seed=4)).sampled_candidates,
    ]
    return out


def _same(a: list[Any], b: list[Any]) -> None:
    assert len(a) == len(b)
    for i, (x, y) in enumerate(zip(a, b)):
        assert x.dtype == y.dtype and np.array_equal(x, y), i


@pytest.mark.parametrize("where", ["remote", "in-process"])
def test_the_async_api_gives_the_blocking_clients_numbers(where: str, server_target: str) -> None:
    target = server_target if where == "remote" else None
    with philoxd.connect(target) as rng:
        expected = _blocking_program(rng)

    async def main() -> list[Any]:
        async with await philoxd.aio.connect(target) as rng:
            assert repr(rng).startswith("<philoxd.aio.AsyncClient")
            got = await _async_program(rng)
            # errors: TF's classes and messages, as the blocking client raises them
            with pytest.raises(errors.ValueError, match="Must specify maxval for integer dtype"):
                await rng.random.uniform([2], dtype="int32")
            # provenance is per task, and replays bit for bit
            drawn = await rng.random.uniform([4], seed=9)
            provenance = rng.last_provenance
            assert provenance is not None and provenance.request_id
            other = asyncio.create_task(rng.random.normal([2]))
            await other
            assert rng.last_provenance is provenance  # another task's draw is that task's
            assert np.array_equal(await rng.replay(philoxd.provenance_to_json(provenance)), drawn)
            return got

    _same(_run(main()), expected)


def test_concurrent_draws_are_exactly_once(server_target: str) -> None:
    n = 48
    with philoxd.connect(server_target) as rng:
        rng.random.set_seed(5)
        seeded = [rng.random.uniform([2], seed=7) for _ in range(n)]
        rng.random.set_seed(5)
        unseeded = [rng.random.normal([2]) for _ in range(n)]
        gen = rng.random.Generator.from_seed(11)
        generated = [gen.uniform([2]) for _ in range(n)]

    async def main() -> None:
        async with await philoxd.aio.connect(server_target, max_workers=16) as a:
            async with await philoxd.aio.connect(server_target, session=a.session) as b:  # another client, same session
                await a.random.set_seed(5)
                got = await asyncio.gather(*(c.random.uniform([2], seed=7) for c in [a, b] * (n // 2)))
                assert _rows(got) == _rows(seeded)
                await a.random.set_seed(5)
                got = await asyncio.gather(*(c.random.normal([2]) for c in [a, b] * (n // 2)))
                assert _rows(got) == _rows(unseeded)
                g = await a.random.Generator.from_seed(11)
                got = await asyncio.gather(*(g.uniform([2]) for _ in range(n)))
                assert _rows(got) == _rows(generated)

    _run(main())


def test_a_large_draw_streams_without_blocking_the_event_loop(server_target: str) -> None:
    shape = [3, 1 << 21]  # 24 MiB of float32: a Draw stream of 8 chunks
    with philoxd.connect(server_target) as rng:
        rng.random.set_seed(3)
        expected = rng.random.uniform(shape, seed=1)

    async def main() -> None:
        async with await philoxd.aio.connect(server_target, generate="server") as rng:  # streamed by the server
            await rng.random.set_seed(3)
            gaps: list[float] = []
            done = asyncio.Event()

            async def ticker() -> None:
                last = time.perf_counter()
                while not done.is_set():
                    await asyncio.sleep(0.005)
                    now = time.perf_counter()
                    gaps.append(now - last)
                    last = now

            ticks = asyncio.create_task(ticker())
            values = await rng.random.uniform(shape, seed=1)
            done.set()
            await ticks
            assert np.array_equal(values, expected) and rng.last_provenance.num_elements == expected.size
            assert len(gaps) >= 3 and max(gaps) < 0.5, (len(gaps), max(gaps))  # the loop ran throughout

    _run(main())


def test_a_restart_mid_flight_is_ridden_out_exactly_once(tmp_path: pathlib.Path) -> None:
    port = free_port()
    server = ServerProcess(tmp_path / "srv", "--port", str(port))
    server.wait_serving()
    target = server.target
    batches, per_batch = 12, 6
    with philoxd.connect(None) as rng:  # the stream, sequentially
        rng.random.set_seed(9)
        expected = [rng.random.uniform([2], seed=4) for _ in range(batches * per_batch)]

    async def main() -> list[np.ndarray]:
        nonlocal server
        got: list[np.ndarray] = []
        async with await philoxd.aio.connect(target, session="restarted", retry_timeout=90) as rng:
            await rng.random.set_seed(9)

            async def draw() -> None:
                for _ in range(batches):
                    got.extend(await asyncio.gather(*(rng.random.uniform([2], seed=4) for _ in range(per_batch))))
                    await asyncio.sleep(0.2)

            def restart() -> ServerProcess:
                time.sleep(0.5)
                assert server.terminate() == 0
                marks.append(len(got))
                again = ServerProcess(tmp_path / "srv", "--port", str(port))  # the same state directory
                again.wait_serving()
                return again

            marks: list[int] = []
            drawing = asyncio.create_task(draw())
            server = await asyncio.to_thread(restart)
            await drawing
            assert 0 < marks[0] < len(got), (marks, len(got))  # draws before the stop and after it
        return got

    try:
        got = _run(main(), timeout=180)
    finally:
        server.terminate()
    assert _rows(got) == _rows(expected)  # every number once, none skipped


def test_snapshot_restore_fork_and_cancellation() -> None:
    async def main() -> None:
        async with philoxd.aio.connect(None) as rng:  # without await: the client is closed on exit
            await rng.random.set_seed(21)
            snapshot = await rng.snapshot()
            first = [await rng.random.normal([3]) for _ in range(3)]
            await rng.restore(snapshot)
            assert _rows([await rng.random.normal([3]) for _ in range(3)]) == _rows(first)
            await rng.restore(snapshot)
            async with await rng.fork() as fork:
                assert fork.session != rng.session
                assert _rows([await fork.random.normal([3]) for _ in range(3)]) == _rows(first)
            # a cancelled draw raises CancelledError in its task and leaves the client usable
            task = asyncio.create_task(rng.random.uniform([1 << 22]))
            await asyncio.sleep(0)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert (await rng.random.uniform([2])).shape == (2,)
        with pytest.raises(errors.CancelledError, match="closed"):
            await rng.random.uniform([2])
        with pytest.raises(errors.InvalidArgumentError, match="not a gRPC address"):
            await philoxd.aio.connect("http://nowhere:1")
        with pytest.raises(errors.UnavailableError, match="no philoxd server answered"):
            await philoxd.aio.connect(f"127.0.0.1:{free_port()}", retry_timeout=0.5, connect_timeout=2)

    _run(main())


def test_a_functions_scope_follows_its_tasks(server_target: str) -> None:
    with philoxd.connect(server_target) as rng:
        rng.random.set_seed(13)
        step = rng.function(lambda: [rng.random.uniform([2]), rng.random.uniform([2])])
        expected = step() + step()

    async def main() -> list[np.ndarray]:
        async with philoxd.aio.connect(server_target) as rng:
            await rng.random.set_seed(13)

            async def body() -> list[np.ndarray]:  # two draws in tasks of their own: inside the scope
                return list(await asyncio.gather(rng.random.uniform([2]), rng.random.uniform([2])))

            step = rng.function(body)
            plain = rng.function(lambda: rng.random.uniform([2]))  # a callable returning an awaitable
            got = await step() + await step()
            assert (await plain()).shape == (2,)
            return got

    got = _run(main())
    assert _rows(got[:2]) == _rows(expected[:2]) and _rows(got[2:]) == _rows(expected[2:])


def test_closing_the_client_ends_its_calls_in_flight(server_target: str) -> None:
    async def main() -> None:
        rng = await philoxd.aio.connect(server_target)
        draws = [asyncio.create_task(rng.random.uniform([1 << 22])) for _ in range(3)]
        await asyncio.sleep(0.05)
        await rng.close()
        for task in draws:  # each either finished before the close or fails with a philoxd error
            try:
                assert (await task).shape == (1 << 22,)
            except errors.PhiloxdError as exc:
                assert isinstance(exc, (errors.CancelledError, errors.UnavailableError)), repr(exc)

    _run(main())
