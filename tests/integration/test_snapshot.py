"""Sessions as data: snapshot, restore and fork, on every store and between real servers.

* The store operations behind them (export, import, list, delete, the epoch that keeps an
  unseeded draw wholly before or after a restore) on memory, a real SQLite file and a real Redis.
* A snapshot taken on a server with one store restores on a server with another, and between
  in-process and remote: every stream (unseeded ops, seeded kernels, named functions, named and
  anonymous generators) continues exactly where the snapshot was taken.
* Fork copies, then goes its own way; bad snapshots (truncated, another version) are refused with
  a clear error and change nothing; a snapshot taken under --auth-file restores for another
  principal, in-process and on another server; draws in flight during a restore land wholly
  before or wholly after it.
"""

from __future__ import annotations

import pathlib
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
import pytest

import philoxd
from philoxd.errors import (
    AlreadyExistsError,
    InvalidArgumentError,
    NotFoundError,
    ResourceExhaustedError,
)
from philoxd.v1 import random_pb2 as pb
from philoxd_server._errors import AlreadyExists, NotFound
from philoxd_server.state import GeneratorRecord, GeneratorState, KernelState, ScopeState, SessionState, StaleSeed, Store
from tests.conftest import RedisServer
from tests.integration.conftest import ServerProcess
from tests.integration.test_store_contract import make_store  # noqa: F401 - the fixture: memory, sqlite, redis

StoreFactory = Callable[..., Store]
Spawn = Callable[..., ServerProcess]
ROUNDS = 3
ALICE, BOB = "alice-token-0123456789", "bob-token-9876543210"

STATE = SessionState.of(
    12,
    4,
    [KernelState("eager/RandomUniform/float/12/1", 7, (1 << 64) + 256), KernelState("k:with:colons", 2**64 - 1, 2**128 - 1)],
    [ScopeState("scope-a", "step", 12), ScopeState("scope-b", "", None)],
    [GeneratorState("gen-a", "loader", GeneratorRecord(1, 2, 1)), GeneratorState("gen-b", "", GeneratorRecord(3, 4, 3))],
)


# -- the store operations, on every store ---------------------------------------------------------


def test_export_import_round_trip(make_store: StoreFactory) -> None:  # noqa: F811
    store = make_store()
    assert store.import_session("s", STATE) is True
    assert store.export_session("s")[0] == STATE
    assert store.import_session("s", STATE) is False  # replaced
    with pytest.raises(AlreadyExists):
        store.import_session("s", STATE, replace=False)
    with pytest.raises(NotFound):
        store.import_session("nope", STATE, create=False)
    with pytest.raises(NotFound):
        store.export_session("nope")
    # the imported state works: kernels, named scopes, named generators continue
    assert store.reserve_kernel("s", "eager/RandomUniform/float/12/1", (0, 0), 256) == (7, (1 << 64) + 256)
    assert store.register_scope("s", name="step") == "scope-a" and store.scope_seed("s", "scope-a") == 12
    assert store.create_generator("s", GeneratorRecord(9, 9, 1), name="loader") == ("gen-a", GeneratorRecord(1, 2, 1))
    assert store.reserve_generator("s", "gen-b", 10) == GeneratorRecord(3, 4, 3)
    assert store.next_op_seed("s") == (12, 4)


def test_import_is_exactly_once_per_request_id(make_store: StoreFactory) -> None:  # noqa: F811
    store = make_store()
    assert store.import_session("t", STATE, "r1", replace=False) is True
    store.reserve_kernel("t", "eager/RandomUniform/float/12/1", (0, 0), 256)
    assert store.import_session("t", STATE, "r1", replace=False) is True  # the retry: remembered, nothing redone
    assert store.export_session("t")[0].kernels[0].counter == (1 << 64) + 512


def test_import_replaces_kernels_and_generators_and_keeps_later_scopes(make_store: StoreFactory) -> None:  # noqa: F811
    store = make_store()
    store.open_session("u")
    store.set_seed("u", 99)
    store.reserve_kernel("u", "other", (1, 1), 1)
    store.create_generator("u", GeneratorRecord(5, 5, 1), name="loader")
    later = store.register_scope("u", name="later")
    store.import_session("u", STATE)
    state, _ = store.export_session("u")
    assert state.kernels == STATE.kernels and state.generators == STATE.generators
    assert (state.global_seed, state.op_seed_index) == (12, 4)
    assert {s.scope for s in state.scopes} == {"scope-a", "scope-b", later}  # a scope only holds its seed
    assert store.register_scope("u", name="later") == later


def test_a_restore_voids_an_unseeded_draw_between_its_op_seed_and_its_reservation(make_store: StoreFactory) -> None:  # noqa: F811
    store = make_store()
    store.open_session("v")
    store.set_seed("v", 1)
    _, index, epoch = store.draw_op_seed("v", "d1")
    assert store.draw_op_seed("v", "d1") == (1, index, epoch)  # remembered
    store.reserve_kernel("v", "k", (0, 0), 1, "d1", expect_epoch=epoch)
    store.import_session("v", STATE)  # a restore: a new epoch
    assert store.reserve_kernel("v", "k", (0, 0), 1, "d1", expect_epoch=epoch) == (0, 0)  # a retry: remembered
    _, _, epoch2 = store.draw_op_seed("v", "d2")
    assert epoch2 != epoch
    store.import_session("v", STATE)
    with pytest.raises(StaleSeed):  # its op seed came from the state the restore replaced
        store.reserve_kernel("v", "k", (0, 0), 1, "d2", expect_epoch=epoch2)
    assert all(k.kernel != "k" for k in store.export_session("v")[0].kernels)


def test_list_and_delete(make_store: StoreFactory) -> None:  # noqa: F811
    store = make_store()
    for name in ("alice/b", "alice/a", "bob/a", "alicex"):
        store.open_session(name)
    store.set_seed("alice/a", 3)
    store.reserve_kernel("alice/a", "k", (1, 1), 1)
    found, truncated = store.list_sessions("alice/")
    assert [s.name for s in found] == ["alice/a", "alice/b"] and not truncated
    first = found[0]
    assert (first.global_seed, first.op_seed_index, first.kernels, first.scopes, first.generators) == (3, 0, 1, 0, 0)
    assert abs(first.last_used - time.time()) < 60
    found, truncated = store.list_sessions("", limit=2)
    assert len(found) == 2 and truncated
    assert store.delete_session("alice/a") is True and store.delete_session("alice/a") is False
    assert [s.name for s in store.list_sessions("alice/")[0]] == ["alice/b"]
    with pytest.raises(NotFound):
        store.next_op_seed("alice/a")
    assert store.open_session("alice/a") == ("alice/a", True)  # a new one, from the beginning
    assert store.export_session("alice/a")[0] == SessionState()


# -- real servers --------------------------------------------------------------------------------


def _streams(rng: philoxd.Client) -> Callable[[], list[np.ndarray]]:
    """One round of draws from every kind of stream a session keeps (names: portable)."""
    step = rng.function(lambda: [rng.random.uniform([2]), rng.random.normal([2], seed=3)], name="step")
    deck = np.arange(6)

    def one_round() -> list[np.ndarray]:
        loader = rng.generator("loader", seed=9)
        return [
            rng.random.uniform([3]),  # unseeded: the op-seed sequence
            rng.random.normal([2], seed=5),  # a seeded kernel
            *step(),  # a named function's kernels
            loader.uniform([2]),  # a named generator
            rng.random.shuffle(deck),
            rng.random.poisson([2], 3.0, seed=4),
        ]

    return one_round


def _rounds(rng: philoxd.Client, n: int = ROUNDS) -> list[np.ndarray]:
    draw = _streams(rng)
    return [a for _ in range(n) for a in draw()]


def _equal(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return len(a) == len(b) and all(x.dtype == y.dtype and np.array_equal(x, y) for x, y in zip(a, b))


@pytest.fixture
def redis_url(redis_server: RedisServer) -> Iterator[str]:
    import redis

    url = redis_server.url.rsplit("/", 1)[0] + "/7"  # a database of its own
    redis.Redis.from_url(url).flushdb()
    yield url


def _started(rng: philoxd.Client) -> bytes:
    """Set a seed, draw a few rounds, and return a snapshot of that state."""
    rng.random.set_seed(77)
    _rounds(rng, 2)
    return rng.snapshot()


def test_a_snapshot_moves_between_stores_servers_and_in_process(spawn_server: Spawn, redis_url: str, tmp_path: pathlib.Path) -> None:
    on_sqlite = spawn_server("--store", f"sqlite://{tmp_path / 'a.db'}")
    on_redis = spawn_server("--store", redis_url)
    with philoxd.connect(on_sqlite.target, session="exp") as rng:
        snapshot = _started(rng)
        expected = _rounds(rng)
    with philoxd.connect(on_redis.target, session="elsewhere") as rng:
        rng.restore(snapshot)
        back = rng.snapshot()  # redis's snapshot of the restored state
        assert _equal(_rounds(rng), expected)  # sqlite -> redis
    assert back[back.index(b"\n") :] != snapshot[snapshot.index(b"\n") :]  # made anew (another store, time, session)
    with philoxd.connect(None) as rng:
        rng.restore(back)  # redis -> in-process
        assert _equal(_rounds(rng), expected)
    with philoxd.connect(None) as rng:
        local = _started(rng)
    with philoxd.connect(on_sqlite.target) as rng:
        rng.restore(local)  # in-process -> sqlite
        assert _equal(_rounds(rng), expected)


def test_restore_in_place_rewinds_every_stream(server_target: str) -> None:
    with philoxd.connect(server_target) as rng:
        rng.random.set_seed(5)
        anonymous = rng.random.Generator.from_seed(3)
        step = rng.function(lambda: rng.random.uniform([2]))  # an anonymous function object
        snapshot = rng.snapshot()
        first = [anonymous.normal([3]), step(), rng.random.uniform([2]), *_rounds(rng)]
        rng.random.set_seed(6)  # anything: the restore replaces it
        rng.random.uniform([9])
        rng.restore(snapshot)
        again = [anonymous.normal([3]), step(), rng.random.uniform([2]), *_rounds(rng)]
        assert _equal(first, again)


def test_fork_copies_then_goes_its_own_way(server_target: str) -> None:
    with philoxd.connect(server_target) as rng:
        rng.random.set_seed(8)
        _rounds(rng, 1)
        with rng.fork("forked-run") as fork:
            assert fork.session == "forked-run" and fork.target == rng.target
            mine = _rounds(rng)
            assert _equal(_rounds(fork), mine)  # the fork continues where the session was
            rng.random.uniform([5])  # only the original moves on: they are two sessions
            assert not _equal(_rounds(rng), _rounds(fork))
            with pytest.raises(AlreadyExistsError, match="forked-run"):
                rng.fork("forked-run")
        with rng.fork() as private:  # a private name
            assert private.session.startswith("private-") and private.session != rng.session
    with philoxd.connect(None) as rng:  # in-process too
        rng.random.set_seed(8)
        with rng.fork() as fork:
            assert _equal(_rounds(fork), _rounds(rng))


def test_bad_snapshots_are_refused_and_change_nothing(spawn_server: Spawn, tmp_path: pathlib.Path) -> None:
    auth = tmp_path / "tokens.txt"
    auth.write_text(f"alice:{ALICE}\nbob:{BOB}\n")
    server = spawn_server("--auth-file", str(auth), "--store", "memory")
    with philoxd.connect(server.target, token=ALICE, session="a") as alice, philoxd.connect(server.target, token=BOB, session="b") as bob:
        alices = _started(alice)
        bob.random.set_seed(3)
        bob.random.uniform([4])
        before = bob.snapshot()
        cases: list[tuple[Any, type[Exception], str]] = [
            (alices[: len(alices) // 2], InvalidArgumentError, "snapshot: truncated"),
            (alices[:20], InvalidArgumentError, "snapshot: truncated"),
            (alices.replace(b"philoxd-snapshot/1", b"philoxd-snapshot/9", 1), InvalidArgumentError, "format version 9"),
            (b"garbage", InvalidArgumentError, "not a philoxd session snapshot"),
        ]
        for data, error, message in cases:
            with pytest.raises(error, match=message) as excinfo:
                bob.restore(data)
            assert "nothing was changed" in str(excinfo.value)
            assert _state(bob) == _state_of(before)
        with pytest.raises(InvalidArgumentError, match="must be bytes"):
            bob.restore("text")  # type: ignore[arg-type]
        # an anonymous snapshot (in-process, or a server without --auth-file) may be restored by anyone
        with philoxd.connect(None) as local:
            bob.restore(_started(local))
        alice.restore(alices)  # her own: fine


def test_a_snapshot_taken_under_auth_moves_to_other_principals_and_servers(spawn_server: Spawn, tmp_path: pathlib.Path) -> None:
    """A snapshot's bytes are its state: whoever holds them may restore them into their own session
    (``owner`` only says whose it was), here, in-process and on another server."""
    auth = tmp_path / "tokens.txt"
    auth.write_text(f"alice:{ALICE}\nbob:{BOB}\n")
    server = spawn_server("--auth-file", str(auth), "--store", "memory")
    elsewhere = spawn_server("--store", "memory")
    with philoxd.connect(server.target, token=ALICE, session="a") as alice:
        snapshot = _started(alice)
        expected = _rounds(alice)
        alices_now = alice.snapshot()
    assert b'"owner":"alice"' in zlib.decompress(snapshot[snapshot.index(b"\n") + 1 :])
    with philoxd.connect(server.target, token=BOB, session="b") as bob:
        bob.restore(snapshot)
        assert _equal(_rounds(bob), expected)
    with philoxd.connect(server.target, token=ALICE, session="a") as alice:
        assert _state(alice) == _state_of(alices_now)  # hers: untouched
    with philoxd.connect(None) as local:
        local.restore(snapshot)
        assert _equal(_rounds(local), expected)
    with philoxd.connect(elsewhere.target, session="moved") as moved:
        moved.restore(snapshot)
        assert _equal(_rounds(moved), expected)


def _state(rng: philoxd.Client) -> SessionState:
    return _state_of(rng.snapshot())


def _state_of(snapshot: bytes) -> SessionState:
    from philoxd_server.state import decode_snapshot

    return decode_snapshot(snapshot)[1]


@pytest.mark.parametrize("store", ["sqlite", "memory"])
def test_draws_in_flight_land_wholly_before_or_after_a_restore(spawn_server: Spawn, store: str, tmp_path: pathlib.Path) -> None:
    """Threads draw unseeded ops (op seed, then kernel: two store steps) while the session is
    restored. Once they stop, the session must be the snapshot plus whole draws: exactly the
    state of a reference session restored from it that drew as many unseeded ops, one by one."""
    server = spawn_server("--store", "memory" if store == "memory" else f"sqlite://{tmp_path / 's.db'}")
    with philoxd.connect(server.target, session="busy") as rng, philoxd.connect(server.target, session="reference") as ref:
        rng.random.set_seed(31)
        rng.random.uniform([1])
        snapshot = rng.snapshot()
        for _ in range(4):
            stop = threading.Event()
            failures: list[BaseException] = []

            def work() -> None:
                with philoxd.connect(server.target, session="busy") as worker:
                    try:
                        while not stop.is_set():
                            worker.random.uniform([1])
                    except BaseException as exc:  # noqa: BLE001
                        failures.append(exc)

            threads = [threading.Thread(target=work) for _ in range(3)]
            for t in threads:
                t.start()
            for _ in range(3):
                rng.restore(snapshot)
            stop.set()
            for t in threads:
                t.join(timeout=60)
            assert not failures, failures
            state = _state(rng)
            ref.restore(snapshot)
            for _ in range(state.op_seed_index - _state_of(snapshot).op_seed_index):
                ref.random.uniform([1])
            assert state.kernels == _state(ref).kernels


def test_fork_and_restore_respect_max_sessions(spawn_server: Spawn) -> None:
    server = spawn_server("--store", "memory", "--max-sessions", "2")
    with philoxd.connect(server.target, session="one") as rng:
        snapshot = _started(rng)
        with rng.fork("two"):
            pass
        with pytest.raises(ResourceExhaustedError, match="limit of 2 sessions"):
            rng.fork("three")
        rng.restore(snapshot)  # into an existing session: always allowed
        with pytest.raises(NotFoundError, match="no session 'gone'"):  # a fork of nothing
            rng._transport.unary("ForkSession", pb.ForkSessionRequest(session="gone", new_session="x"))
