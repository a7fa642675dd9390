"""One contract, every store: memory, a real SQLite file, a real redis-server.

Each test gets a fresh store (a new SQLite file; a flushed Redis database).
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import pathlib
import time
from collections.abc import Callable, Iterator

import pytest

from philoxd_server._errors import NotFound, RequestIdReused, SessionExpired, SessionExpiredNotReopened
from philoxd_server.state import (
    DEFAULT_INTRA_OP_THREADS,
    GeneratorRecord,
    MemoryStore,
    Reserved,
    SessionState,
    Store,
    StoreChanged,
    TooManyKernels,
    TooManyScopes,
    add_counter,
    open_store,
)
from tests.conftest import RedisServer

StoreFactory = Callable[..., Store]


@pytest.fixture(params=["memory", "sqlite", "redis"])
def make_store(request: pytest.FixtureRequest, tmp_path: pathlib.Path) -> Iterator[StoreFactory]:
    made: list[Store] = []

    def factory(**kwargs: float) -> Store:
        if request.param == "memory":
            store: Store = MemoryStore(**kwargs)
        elif request.param == "sqlite":
            store = open_store(f"sqlite:///{tmp_path / 'state.db'}", **kwargs)
        else:
            redis: RedisServer = request.getfixturevalue("redis_server")
            store = open_store(redis.url, **kwargs)
        made.append(store)
        return store

    if request.param == "redis":
        import redis as redis_lib

        redis_lib.Redis.from_url(request.getfixturevalue("redis_server").url).flushdb()
    yield factory
    for store in made:
        store.close()


def test_sessions_create_attach_and_private(make_store: StoreFactory) -> None:
    store = make_store()
    assert store.open_session("a") == ("a", True)
    assert store.open_session("a") == ("a", False)
    private, created = store.open_session(None)
    assert created and private != "a"
    assert store.session_count() == 2
    with pytest.raises(NotFound):
        store.set_seed("nope", 1)


def test_set_seed_resets_kernels_and_op_seeds(make_store: StoreFactory) -> None:
    store = make_store()
    s, _ = store.open_session("s")
    assert store.next_op_seed(s) == (None, 0)  # no global seed: nothing consumed
    store.set_seed(s, 2**70 + 3)  # any Python int
    assert store.next_op_seed(s) == (2**70 + 3, 0)
    assert store.next_op_seed(s) == (2**70 + 3, 1)
    assert store.next_op_seed(s, consume=False) == (2**70 + 3, 2)
    assert store.reserve_kernel(s, "k", (5, 7 << 64), 256) == (5, 7 << 64)
    assert store.reserve_kernel(s, "k", (9, 9), 256) == (5, (7 << 64) + 256)
    store.set_seed(s, -4)
    assert store.next_op_seed(s) == (-4, 0)
    assert store.reserve_kernel(s, "k", (9, 9), 1) == (9, 9)
    store.set_seed(s, None)
    assert store.next_op_seed(s) == (None, 0)


def test_the_intra_op_thread_count_is_session_state(make_store: StoreFactory) -> None:
    store = make_store()
    s, _ = store.open_session("s")
    assert store.intra_op_threads(s) == DEFAULT_INTRA_OP_THREADS
    store.set_intra_op_threads(s, 8, "r1")
    store.set_intra_op_threads(s, 3)
    store.set_intra_op_threads(s, 8, "r1")  # a retry: changes nothing
    assert store.intra_op_threads(s) == 3
    store.set_seed(s, 5)  # not part of the seed state
    exported, _ = store.export_session(s)
    assert exported.intra_op_threads == 3
    store.import_session("t", dataclasses.replace(exported, intra_op_threads=64))
    assert (store.intra_op_threads("t"), store.intra_op_threads(s)) == (64, 3)
    with pytest.raises(NotFound):
        store.intra_op_threads("nope")
    with pytest.raises(NotFound):
        store.set_intra_op_threads("nope", 2)


def test_counters_are_128_bit_with_tf_skip_carry(make_store: StoreFactory) -> None:
    store = make_store()
    s, _ = store.open_session("c")
    start = (1 << 128) - 3
    assert store.reserve_kernel(s, "k", (2**64 - 1, start), 2) == (2**64 - 1, start)
    assert store.reserve_kernel(s, "k", (0, 0), 5) == (2**64 - 1, start + 2)
    assert store.reserve_kernel(s, "k", (0, 0), 1) == (2**64 - 1, add_counter(start + 2, 5))


def test_request_ids_make_retries_exactly_once(make_store: StoreFactory) -> None:
    store = make_store()
    s, _ = store.open_session("r")
    store.set_seed(s, 1)
    assert store.next_op_seed(s, request_id="q1") == (1, 0)
    assert store.next_op_seed(s, request_id="q1") == (1, 0)
    first = store.reserve_kernel(s, "k", (1, 0), 256, request_id="q1")
    assert store.reserve_kernel(s, "k", (1, 0), 256, request_id="q1") == first
    assert store.reserve_kernel(s, "k", (1, 0), 256, request_id="q2") == (1, 256)
    gen, rec = store.create_generator(s, GeneratorRecord(3, 4, 1), request_id="g")
    assert store.create_generator(s, GeneratorRecord(3, 4, 1), request_id="g") == (gen, rec)
    before = store.reserve_generator(s, gen, 10, request_id="d")
    assert store.reserve_generator(s, gen, 10, request_id="d") == before
    assert store.get_generator(s, gen).counter == 14
    store.set_seed(s, 9, request_id="seed")
    store.next_op_seed(s)
    store.set_seed(s, 9, request_id="seed")  # replayed: does not reset again
    assert store.next_op_seed(s) == (9, 1)


def test_request_ids_expire_after_the_retention_window(make_store: StoreFactory) -> None:
    store = make_store(request_ttl=0.0)
    s, _ = store.open_session("w")
    assert store.reserve_kernel(s, "k", (1, 0), 1, request_id="x") == (1, 0)
    import time

    time.sleep(0.01)
    assert store.reserve_kernel(s, "k", (1, 0), 1, request_id="x") == (1, 1)


def test_a_request_id_names_one_request_per_session_whatever_the_method(make_store: StoreFactory) -> None:
    store = make_store()
    s, _ = store.open_session("fp")
    store.set_seed(s, 1)
    first = store.reserve_kernel(s, "k", (1, 0), 4, "rid", fingerprint="A")
    assert store.reserve_kernel(s, "k", (1, 0), 4, "rid", fingerprint="A") == first  # a retry: the same answer
    assert store.draw_op_seed(s, "rid", fingerprint="A")[:2] == (1, 0)  # the same request's other step
    gen, _ = store.create_generator(s, GeneratorRecord(3, 4, 1), request_id="gen")
    refused: list[Callable[[], object]] = [
        lambda: store.reserve_kernel(s, "k", (1, 0), 5, "rid", fingerprint="B"),  # another draw under the id
        lambda: store.draw_op_seed(s, "rid", fingerprint="B"),
        lambda: store.next_op_seed(s, request_id="rid", fingerprint="B"),
        lambda: store.set_seed(s, 3, "rid", fingerprint="B"),
        lambda: store.register_scope(s, "rid", fingerprint="B"),
        lambda: store.create_generator(s, GeneratorRecord(0, 0, 1), "", "rid", fingerprint="B"),
        lambda: store.set_generator(s, gen, GeneratorRecord(0, 0, 1), "rid", fingerprint="B"),
        lambda: store.reserve_generator(s, gen, 7, "rid", fingerprint="B"),
        lambda: store.import_session(s, SessionState(), "rid", fingerprint="B"),
    ]
    for call in refused:
        with pytest.raises(RequestIdReused, match="request_id 'rid' was already used in this session for a different request"):
            call()
    # Nothing the refused calls asked for happened.
    assert store.next_op_seed(s, consume=False) == (1, 1)
    assert store.reserve_kernel(s, "k", (1, 0), 1) == (1, 4)
    assert store.get_generator(s, gen) == GeneratorRecord(3, 4, 1)
    assert store.list_sessions("fp")[0][0].scopes == 0
    # An empty fingerprint matches any; another session has its own ids.
    assert store.reserve_kernel(s, "k", (1, 0), 4, "rid") == first
    other, _ = store.open_session("fp-other")
    assert store.reserve_kernel(other, "k", (1, 0), 5, "rid", fingerprint="B") == (1, 0)


def test_a_request_id_is_free_again_after_the_retention_window(make_store: StoreFactory) -> None:
    store = make_store(request_ttl=0.0)
    s, _ = store.open_session("fpw")
    assert store.reserve_kernel(s, "k", (1, 0), 1, "x", fingerprint="A") == (1, 0)
    time.sleep(0.01)  # past the (zero) window on every clock
    assert store.reserve_kernel(s, "k", (1, 0), 1, "x", fingerprint="B") == (1, 1)


def test_scopes_capture_the_global_seed(make_store: StoreFactory) -> None:
    store = make_store()
    s, _ = store.open_session("f")
    store.set_seed(s, 11)
    scope = store.register_scope(s)
    store.set_seed(s, 12)
    assert store.scope_seed(s, scope) == 11
    with pytest.raises(NotFound):
        store.scope_seed(s, "nope")


def test_generators_named_and_anonymous(make_store: StoreFactory) -> None:
    store = make_store()
    s, _ = store.open_session("g")
    gen, rec = store.create_generator(s, GeneratorRecord(2**64 - 1, 2**128 - 1, 1), name="shared")
    again, rec2 = store.create_generator(s, GeneratorRecord(0, 0, 1), name="shared")
    assert again == gen and rec2 == rec
    assert store.reserve_generator(s, gen, 1) == rec
    assert store.get_generator(s, gen) == GeneratorRecord(2**64 - 1, 0, 1)
    store.set_generator(s, gen, GeneratorRecord(1, 2, 3))
    assert store.get_generator(s, gen) == GeneratorRecord(1, 2, 3)
    with pytest.raises(NotFound):
        store.get_generator(s, "missing")
    other, _ = store.open_session("other")
    with pytest.raises(NotFound):
        store.get_generator(other, gen)  # generators belong to their session


def test_idle_sessions_expire(make_store: StoreFactory) -> None:
    store = make_store(session_ttl=0.05)
    s, _ = store.open_session("idle")
    import time

    time.sleep(0.15)
    with pytest.raises(NotFound, match="expired|does not exist"):
        store.next_op_seed(s)
    assert store.session_count() == 0


def _expire(store: Store, *sessions: str, ttl: float) -> None:
    """Wait until each session has expired (polling: no call touches them meanwhile)."""
    deadline = time.monotonic() + 30
    time.sleep(ttl)
    while {s.name for s in store.list_sessions()[0]} & set(sessions):
        assert time.monotonic() < deadline, "sessions never expired"
        time.sleep(ttl)


def test_an_expired_named_session_is_never_started_over_silently(make_store: StoreFactory) -> None:
    ttl = 0.3
    store = make_store(session_ttl=ttl)
    s, _ = store.open_session("worker")
    store.set_seed(s, 7)
    gen, _ = store.create_generator(s, GeneratorRecord(1, 0, 1), name="loader")
    assert store.reserve_generator(s, gen, 5).counter == 0
    private, _ = store.open_session(None)
    _expire(store, s, private, ttl=ttl)
    # Calls say it expired (a NotFound), and how to go on; nothing recreates it.
    for call in (lambda: store.next_op_seed(s), lambda: store.reserve_generator(s, gen, 5)):
        with pytest.raises(SessionExpired, match="session 'worker' expired.*reset_expired"):
            call()
    with pytest.raises(SessionExpiredNotReopened, match="session 'worker' expired"):
        store.open_session("worker")
    with pytest.raises(SessionExpiredNotReopened):
        store.open_session("worker")  # the tombstone stays until asked
    with pytest.raises(SessionExpired):
        store.import_session("worker", SessionState(), create=False)
    assert store.session_count() == 0
    # A private session leaves no tombstone: nobody reattaches one by name.
    with pytest.raises(NotFound) as excinfo:
        store.next_op_seed(private)
    assert not isinstance(excinfo.value, SessionExpired)
    # An explicit reset starts it afresh: a new, empty session (its numbers start over, knowingly).
    assert store.open_session("worker", reset_expired=True) == ("worker", True)
    assert store.next_op_seed(s) == (None, 0)
    assert store.create_generator(s, GeneratorRecord(1, 0, 1), name="loader")[1] == GeneratorRecord(1, 0, 1)
    assert store.open_session("worker") == ("worker", False)  # live: attaches as ever


def test_removing_or_restoring_an_expired_session_forgets_its_tombstone(make_store: StoreFactory) -> None:
    ttl = 0.3
    store = make_store(session_ttl=ttl)
    store.open_session("gone")
    store.open_session("back")
    _expire(store, "gone", "back", ttl=ttl)
    assert store.delete_session("gone") is True  # `philoxd sessions rm gone`: its tombstone
    assert store.delete_session("gone") is False
    assert store.open_session("gone") == ("gone", True)
    assert store.import_session("back", SessionState.of(5, 3)) is True  # a snapshot brings it back
    assert store.next_op_seed("back", consume=False) == (5, 3)


def test_concurrent_reservations_never_overlap(make_store: StoreFactory) -> None:
    store = make_store()
    s, _ = store.open_session("many")
    gen, _ = store.create_generator(s, GeneratorRecord(1, 0, 1))

    def work(i: int) -> tuple[int, int]:
        return store.reserve_kernel(s, "k", (1, 0), 3)[1], store.reserve_generator(s, gen, 5).counter

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        results = list(pool.map(work, range(200)))
    assert sorted(k for k, _ in results) == [3 * i for i in range(200)]
    assert sorted(g for _, g in results) == [5 * i for i in range(200)]


def test_reserve_kernel_rejects_a_stale_expected_seed(make_store: StoreFactory) -> None:
    from philoxd_server.state import StaleSeed

    store = make_store()
    s, _ = store.open_session("stale")
    assert store.reserve_kernel(s, "k", (1, 0), 1, expect_seed=None) == (1, 0)
    store.set_seed(s, 2**65)
    with pytest.raises(StaleSeed):
        store.reserve_kernel(s, "k", (1, 0), 1, expect_seed=None)
    with pytest.raises(StaleSeed):
        store.reserve_kernel(s, "k", (1, 0), 1, expect_seed=7)
    assert store.reserve_kernel(s, "k", (1, 0), 1, expect_seed=2**65) == (1, 0)  # set_seed reset the kernel
    assert store.reserve_kernel(s, "k", (1, 0), 1) == (1, 1)  # no expectation: no check


def test_reservations_check_the_store_identity_atomically(make_store: StoreFactory) -> None:
    store = make_store()
    s, _ = store.open_session("s")
    store.set_seed(s, 1)
    gen, _ = store.create_generator(s, GeneratorRecord(5, 100, 1))
    old = store.ping()
    assert store.reserve_kernel(s, "k", (1, 0), 256, expect_store=old) == (1, 0)
    assert store.reserve_generator(s, gen, 10, expect_store=old).counter == 100
    assert store.draw_op_seed(s, expect_store=old)[:2] == (1, 0)
    new = store.mark_restored()
    assert new != old and store.ping() == new
    refused: list[Callable[[], object]] = [
        lambda: store.reserve_kernel(s, "k", (1, 0), 256, "r1", expect_store=old),
        lambda: store.reserve_generator(s, gen, 10, "r2", expect_store=old),
        lambda: store.draw_op_seed(s, "r3", expect_store=old),
    ]
    for call in refused:
        with pytest.raises(StoreChanged) as caught:
            call()
        assert caught.value.args[0] == new
    # Nothing moved, and the same request ids are free to be answered now.
    assert store.reserve_kernel(s, "k", (1, 0), 256, "r1", expect_store=new) == (1, 256)
    assert store.reserve_generator(s, gen, 10, "r2", expect_store=new).counter == 110
    assert store.draw_op_seed(s, "r3", expect_store=new)[:2] == (1, 1)
    assert store.reserve_kernel(s, "k", (1, 0), 256) == (1, 512)  # "" = no check


def test_a_reservation_reports_its_epoch_and_whether_it_is_new(make_store: StoreFactory) -> None:
    store = make_store()
    s, _ = store.open_session("s")
    gen, _ = store.create_generator(s, GeneratorRecord(5, 100, 1))
    first, again, later = Reserved(), Reserved(), Reserved()
    assert store.reserve_kernel(s, "k", (1, 0), 4, "once", report=first) == (1, 0)
    assert store.reserve_kernel(s, "k", (1, 0), 4, "once", report=again) == (1, 0)  # a retry: remembered
    store.reserve_kernel(s, "k", (1, 0), 4, report=later)
    assert (first.fresh, again.fresh, later.fresh) == (True, False, True)
    assert first.epoch == again.epoch == later.epoch != 0  # a new session's epoch is random

    def epoch() -> int:
        report = Reserved()
        store.reserve_generator(s, gen, 0, report=report)
        assert report.fresh
        return report.epoch

    # Every rewind of a counter gives the session a new epoch; forward moves keep it.
    seen = [epoch()]
    store.reserve_generator(s, gen, 10)
    assert epoch() == seen[-1]
    store.set_seed(s, 3)  # kernels restart
    seen.append(epoch())
    store.set_generator(s, gen, GeneratorRecord(5, 100, 1))  # Generator.reset
    seen.append(epoch())
    store.reserve_generator(s, gen, 2**64 - 4)  # Generator.skip(-k): the counter goes back
    seen.append(epoch())
    state, _ = store.export_session(s)
    store.import_session(s, state)  # a snapshot restored
    seen.append(epoch())
    assert len(set(seen)) == len(seen)
    retried = Reserved()
    assert store.reserve_kernel(s, "k", (1, 0), 4, "once", report=retried) == (1, 0)  # remembered across rewinds
    assert (retried.fresh, retried.epoch) == (False, first.epoch)  # with the epoch it was made in
    other, _ = store.open_session("other")
    store.reserve_kernel(other, "k", (1, 0), 4, report=later)
    assert later.epoch not in seen


def test_kernel_quota_counts_atomically_and_spares_known_kernels_and_retries(make_store: StoreFactory) -> None:
    """``max_kernels`` refuses a new kernel beyond the count (nothing reserved), never an existing
    kernel nor a remembered request, and set_seed's reset frees the room again."""
    store = make_store()
    store.open_session("s")
    store.set_seed("s", 7)
    for i in range(3):
        assert store.reserve_kernel("s", f"k{i}", (i, 0), 4, request_id=f"r{i}", max_kernels=3) == (i, 0)
    with pytest.raises(TooManyKernels):
        store.reserve_kernel("s", "k3", (3, 0), 4, request_id="r3", max_kernels=3)
    assert store.reserve_kernel("s", "k0", (0, 0), 4, max_kernels=3) == (0, 4)  # an existing kernel
    assert store.reserve_kernel("s", "k2", (2, 0), 4, request_id="r2", max_kernels=2) == (2, 0)  # a retry
    state, _ = store.export_session("s")
    assert sorted(k.kernel for k in state.kernels) == ["k0", "k1", "k2"]  # k3 was not made
    store.set_seed("s", 8)  # every kernel resets
    assert store.reserve_kernel("s", "k3", (3, 0), 4, request_id="r4", max_kernels=3) == (3, 0)
    assert store.reserve_kernel("s", "k4", (4, 0), 4, max_kernels=None) == (4, 0)  # no limit


def test_scope_quota_spares_named_scopes_and_retries(make_store: StoreFactory) -> None:
    store = make_store()
    store.open_session("s")
    named = store.register_scope("s", "r0", "step", max_scopes=2)
    anonymous = store.register_scope("s", "r1", max_scopes=2)
    with pytest.raises(TooManyScopes):
        store.register_scope("s", "r2", max_scopes=2)
    with pytest.raises(TooManyScopes):
        store.register_scope("s", "r3", "other", max_scopes=2)
    assert store.register_scope("s", "r4", "step", max_scopes=2) == named  # a named scope is found again
    assert store.register_scope("s", "r1", max_scopes=2) == anonymous  # a retry is answered again
    state, _ = store.export_session("s")
    assert len(state.scopes) == 2
