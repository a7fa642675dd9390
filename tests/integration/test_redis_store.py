"""RedisStore beyond the store contract: outages, Lua 128-bit arithmetic, replicas, key layout.

Runs against real ``redis-server`` processes: the shared session one (flushed per
test) and, for outage tests, a private persistent one that is stopped and restarted.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import itertools
import pathlib
import random
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import redis as redis_lib
from redis.crc import key_slot

from philoxd_server._errors import NotFound, Unavailable
from philoxd_server.state import GeneratorRecord, add_counter
from philoxd_server.state._redis import RedisStore
from tests.conftest import RedisServer
from tests.integration.conftest import health_status

RANDOM_CASES = 300
THREADS = 8
CALLS_PER_STORE = 300
U32 = (1 << 32) - 1
U64 = (1 << 64) - 1
U128 = (1 << 128) - 1


class PersistentRedisServer(RedisServer):
    """A private ``redis-server`` with an fsync-always append-only file, so a restart keeps the data."""

    def __init__(self, directory: pathlib.Path) -> None:
        self.directory = directory
        super().__init__("--save", "", "--dir", str(directory), "--appendonly", "yes", "--appendfsync", "always")


@pytest.fixture
def private_redis(tmp_path: pathlib.Path) -> Iterator[PersistentRedisServer]:
    server = PersistentRedisServer(tmp_path)
    yield server
    server.stop()


@pytest.fixture
def make_store(redis_server: RedisServer) -> Iterator[Callable[..., RedisStore]]:
    redis_lib.Redis.from_url(redis_server.url).flushdb()
    made: list[RedisStore] = []

    def factory(**kwargs: float) -> RedisStore:
        store = RedisStore(redis_server.url, **kwargs)
        made.append(store)
        return store

    yield factory
    for store in made:
        store.close()


def _every_method(store: RedisStore, session: str, gen: str, scope: str) -> list[Callable[[], Any]]:
    return [
        lambda: store.open_session(session),
        lambda: store.open_session(None),
        store.session_count,
        lambda: store.set_seed(session, 3, "seed-again"),
        lambda: store.next_op_seed(session),
        lambda: store.next_op_seed(session, consume=False),
        lambda: store.reserve_kernel(session, "k", (1, 0), 256, "down"),
        lambda: store.register_scope(session),
        lambda: store.scope_seed(session, scope),
        lambda: store.create_generator(session, GeneratorRecord(1, 2, 1)),
        lambda: store.get_generator(session, gen),
        lambda: store.set_generator(session, gen, GeneratorRecord(1, 2, 1)),
        lambda: store.reserve_generator(session, gen, 10),
    ]


def test_outage_raises_unavailable_then_the_stream_continues(private_redis: PersistentRedisServer) -> None:
    store = RedisStore(private_redis.url)
    try:
        s, _ = store.open_session("outage")
        store.set_seed(s, 7)
        scope = store.register_scope(s)
        gen, _ = store.create_generator(s, GeneratorRecord(5, 100, 1))
        assert store.reserve_kernel(s, "k", (1, 0), 256, request_id="before") == (1, 0)
        assert store.reserve_generator(s, gen, 10).counter == 100

        private_redis.stop()
        for call in _every_method(store, s, gen, scope):
            with pytest.raises(Unavailable, match="redis at 127.0.0.1:.* is unavailable"):
                call()

        private_redis.start()
        # The same RedisStore recovers by itself; nothing was reserved during the outage.
        assert store.reserve_kernel(s, "k", (1, 0), 256, request_id="before") == (1, 0)  # replay kept
        assert store.reserve_kernel(s, "k", (1, 0), 256, request_id="down") == (1, 256)
        assert store.reserve_kernel(s, "k", (1, 0), 256) == (1, 512)
        assert store.reserve_generator(s, gen, 10).counter == 110
        assert store.scope_seed(s, scope) == 7
        assert store.next_op_seed(s) == (7, 0)
        assert store.session_count() == 1

        private_redis.stop()
        private_redis.start()  # no call in between: the pooled connection is stale, redis-py reconnects
        assert store.reserve_kernel(s, "k", (1, 0), 256) == (1, 768)
    finally:
        store.close()


def test_a_restarted_redis_without_data_reports_not_found_never_old_ranges(private_redis: PersistentRedisServer) -> None:
    store = RedisStore(private_redis.url)
    try:
        s, _ = store.open_session("lost")
        store.reserve_kernel(s, "k", (1, 0), 256)
        redis_lib.Redis.from_url(private_redis.url).flushall()  # as if Redis lost its data
        with pytest.raises(NotFound, match="does not exist or has expired"):
            store.reserve_kernel(s, "k", (1, 0), 256)
    finally:
        store.close()


def _edge_cases() -> list[tuple[int, int]]:
    counters = [0, 1, U32, 1 << 32, U64, 1 << 64, U128, U128 - 1, (U64 << 64) | U32, U32 << 64, 2049]
    counts = [0, 1, 255, U32, 1 << 32, U64, (1 << 64) - 768, U64 - U32, (U32 << 32)]
    cases = [(c, n) for c in counters for n in counts]
    rng = random.Random(20240601)
    cases += [(rng.getrandbits(128), rng.getrandbits(64)) for _ in range(RANDOM_CASES)]
    cases += [((rng.getrandbits(96) << 32) | U32, (rng.getrandbits(32) << 32) | rng.getrandbits(32)) for _ in range(50)]
    return cases


def test_lua_add_counter_equals_python_on_edge_and_random_values(make_store: Callable[..., RedisStore]) -> None:
    assert add_counter(2049, (1 << 64) - 768) == 1281  # TF's dropped carry, the case Generator.skip(-3) hits
    store = make_store()
    s, _ = store.open_session("lua")
    for i, (counter, count) in enumerate(_edge_cases()):
        kernel = f"k{i}"
        assert store.reserve_kernel(s, kernel, (U64, counter), count) == (U64, counter)
        assert store.reserve_kernel(s, kernel, (0, 0), 0) == (U64, add_counter(counter, count)), (counter, count)


def test_lua_add_counter_on_generators(make_store: Callable[..., RedisStore]) -> None:
    store = make_store()
    s, _ = store.open_session("lua-gen")
    for counter, count in _edge_cases()[:: len(_edge_cases()) // 40]:
        gen, _ = store.create_generator(s, GeneratorRecord(3, counter, 1))
        assert store.reserve_generator(s, gen, count) == GeneratorRecord(3, counter, 1)
        assert store.get_generator(s, gen) == GeneratorRecord(3, add_counter(counter, count), 1)


def test_two_replicas_on_one_redis_never_overlap(make_store: Callable[..., RedisStore]) -> None:
    replicas = [make_store(), make_store()]
    s, _ = replicas[0].open_session("shared")
    assert replicas[1].open_session("shared") == (s, False)
    gen, _ = replicas[1].create_generator(s, GeneratorRecord(1, (1 << 64) - 1000, 1))

    def work(i: int) -> tuple[tuple[int, int], tuple[int, int]]:
        store = replicas[i % 2]
        count = 1 + i % 7
        kernel = store.reserve_kernel(s, "k", (9, U32 - 500), count, request_id=f"r{i}")
        generator = store.reserve_generator(s, gen, count)
        return (kernel[1], count), (generator.counter, count)

    with concurrent.futures.ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(work, range(2 * CALLS_PER_STORE)))
    for ranges, start in (([k for k, _ in results], U32 - 500), ([g for _, g in results], (1 << 64) - 1000)):
        ranges.sort()
        assert ranges[0][0] == start
        for (first, count), (second, _) in itertools.pairwise(ranges):
            assert second == first + count  # contiguous: no overlap, no gap
    total = sum(1 + i % 7 for i in range(2 * CALLS_PER_STORE))
    assert replicas[0].reserve_kernel(s, "k", (0, 0), 0) == (9, U32 - 500 + total)


def test_session_keys_share_one_slot_and_all_expire(make_store: Callable[..., RedisStore], redis_server: RedisServer) -> None:
    store = make_store(session_ttl=0.5)
    s, _ = store.open_session("slot")
    store.set_seed(s, 1, request_id="a", fingerprint="fa")
    store.register_scope(s)
    gen, _ = store.create_generator(s, GeneratorRecord(1, 2, 1), name="n", request_id="b")
    store.reserve_kernel(s, "k", (1, 0), 1, request_id="c")
    store.reserve_generator(s, gen, 1)
    client = redis_lib.Redis.from_url(redis_server.url, decode_responses=True)
    keys = [k for k in client.scan_iter("philoxd:{*") if "{slot}" in k]
    assert len(keys) == 9  # meta kernels scopes gens names + 3 request memos + 1 request claim
    assert len({key_slot(k.encode()) for k in keys}) == 1
    # Request memories expire by Redis's clock; the session's keys only by the store clock.
    assert {k for k in keys if client.pttl(k) > 0} == {k for k in keys if ":req:" in k or ":rid:" in k}
    deadline = time.monotonic() + 30
    while client.exists("philoxd:{slot}:meta") and time.monotonic() < deadline:
        time.sleep(1.0)  # longer than the TTL: a call refreshes a live session
        with contextlib.suppress(NotFound):  # the first call that finds it expired deletes it
            store.next_op_seed(s, consume=False)
    assert not [k for k in client.scan_iter("philoxd:{*") if "{slot}" in k and ":req:" not in k and ":rid:" not in k]
    assert client.zscore("philoxd:expired", "slot") is not None  # its tombstone


def test_session_names_cannot_collide_through_key_syntax(make_store: Callable[..., RedisStore]) -> None:
    store = make_store()
    a, _ = store.open_session("a")
    tricky, created = store.open_session("a}:req:reserve_kernel:r")
    assert created
    store.reserve_kernel(a, "k", (1, 0), 5, request_id="r}:meta")
    assert store.next_op_seed(tricky) == (None, 0)  # its meta is not session a's request memo
    for name in ("{x}", "x%7D", "x}", "", "ünï:cødé"):
        assert store.open_session(name)[1] or name == ""
    assert store.open_session("x%7D") == ("x%7D", False) and store.open_session("x}") == ("x}", False)


def test_unbounded_ttls_and_zero_request_ttl(make_store: Callable[..., RedisStore]) -> None:
    store = make_store(session_ttl=float("inf"), request_ttl=0.0)
    s, _ = store.open_session("forever")
    assert store.reserve_kernel(s, "k", (1, 0), 1, request_id="x") == (1, 0)
    assert store.reserve_kernel(s, "k", (1, 0), 1, request_id="x") == (1, 1)  # not remembered


def test_out_of_range_arguments_are_rejected_before_redis(make_store: Callable[..., RedisStore]) -> None:
    store = make_store()
    s, _ = store.open_session("range")
    with pytest.raises(ValueError, match="2\\*\\*64"):
        store.reserve_kernel(s, "k", (1, 0), 1 << 64)
    with pytest.raises(ValueError, match="2\\*\\*128"):
        store.reserve_kernel(s, "k", (1, 1 << 128), 1)
    assert store.reserve_kernel(s, "k", (1, 0), 1) == (1, 0)  # nothing was created by the rejected calls


def _wait_health(target: str, want: str, timeout: float = 30.0) -> float:
    """Poll the health service until it says ``want``; return the seconds it took."""
    import time

    start = time.monotonic()
    while (status := health_status(target)) != want:
        assert time.monotonic() - start < timeout, f"health stayed {status}, expected {want}"
        time.sleep(0.1)
    return time.monotonic() - start


def test_health_follows_the_store(private_redis: PersistentRedisServer, tmp_path: pathlib.Path) -> None:
    """NOT_SERVING while Redis is down (the image's HEALTHCHECK turns unhealthy), SERVING again after."""
    import philoxd
    from tests.integration.conftest import ServerProcess

    server = ServerProcess(tmp_path / "server", "--store", private_redis.url)
    try:
        server.wait_serving()
        with philoxd.connect(server.target, session="health", retry_timeout=0) as rng:
            rng.random.set_seed(1)
            first = rng.random.uniform([2], seed=1)
            private_redis.stop()
            assert _wait_health(server.target, "NOT_SERVING") < 10  # probed every 2 s
            private_redis.start()
            assert _wait_health(server.target, "SERVING") < 10
            rng.random.set_seed(1)
            assert rng.random.uniform([2], seed=1).tobytes() == first.tobytes()
        assert "store cannot reserve: health NOT_SERVING" in server.log()
        assert "store can reserve again: health SERVING" in server.log()
    finally:
        assert server.terminate() == 0, server.log()


def test_a_server_whose_redis_is_down_at_start_is_not_serving(tmp_path: pathlib.Path) -> None:
    import philoxd
    from philoxd.errors import UnavailableError
    from tests.conftest import free_port
    from tests.integration.conftest import ServerProcess

    server = ServerProcess(tmp_path / "server", "--store", f"redis://127.0.0.1:{free_port()}/0")
    try:
        with pytest.raises(RuntimeError, match="never became SERVING"):
            server.wait_serving(timeout=5)
        assert server.proc.poll() is None, server.log()
        assert health_status(server.target) == "NOT_SERVING"
        with pytest.raises(UnavailableError, match="redis"):
            philoxd.connect(server.target, session="down", retry_timeout=0)
    finally:
        assert server.terminate() == 0, server.log()


@pytest.mark.parametrize("streams", ["1", "0"], ids=["stream", "unary"])
def test_unavailable_is_retried_on_every_path(private_redis: PersistentRedisServer, tmp_path: pathlib.Path, streams: str) -> None:
    """Redis down for 3 s: a small draw waits and succeeds, whether its UNAVAILABLE came in-band on the
    thread's DrawStream or as a unary call's status (same request_id: answered once)."""
    import threading
    import time

    import philoxd
    from tests.integration.conftest import ServerProcess

    server = ServerProcess(tmp_path / "server", "--store", private_redis.url)
    try:
        server.wait_serving()
        with philoxd.connect(server.target, session="outage", retry_timeout=30) as rng, philoxd.connect() as local:
            rng._transport._streams = streams == "1"  # type: ignore[attr-defined]
            rng.random.set_seed(1), local.random.set_seed(1)
            first = rng.random.uniform([2], seed=1)
            private_redis.stop()
            restart = threading.Timer(3.0, private_redis.start)
            restart.start()
            start = time.monotonic()
            second = rng.random.uniform([2], seed=1)
            waited = time.monotonic() - start
            restart.join()
            assert waited > 2.0, waited
            want = [local.random.uniform([2], seed=1) for _ in range(2)]
            assert [first.tobytes(), second.tobytes()] == [w.tobytes() for w in want]
    finally:
        assert server.terminate() == 0, server.log()
