"""Sessions as data in the core (RandomCore over a memory store): a restore between an unseeded
draw's op seed and its reservation makes the draw land wholly after it; retries stay exactly-once;
principals see only their own sessions; the client's snapshot / restore / fork in-process."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

import philoxd
from philoxd_server._errors import AlreadyExists, InvalidArgument, NotFound, ResourceExhausted
from philoxd_server.engine import DrawSpec
from philoxd_server.service import RandomCore
from philoxd_server.service._core import KernelSource
from philoxd_server.engine import _seeds
from philoxd_server.state import MemoryStore, SessionState, encode_snapshot

SPEC = DrawSpec("uniform", np.dtype(np.float32), (2,), minval=0, maxval=1)


class _RestoreBetween(MemoryStore):
    """Restores ``state`` into the session right after the next ``draw_op_seed`` (once)."""

    def __init__(self) -> None:
        super().__init__()
        self.pending: SessionState | None = None
        self.op_seeds = 0

    def draw_op_seed(self, session: str, request_id: str = "", expect_store: str = "", *, fingerprint: str = "") -> tuple[int | None, int, int]:
        out = super().draw_op_seed(session, request_id, expect_store, fingerprint=fingerprint)
        self.op_seeds += 1
        if self.pending is not None:
            state, self.pending = self.pending, None
            self.import_session(session, state)
        return out


def test_a_restore_between_op_seed_and_reservation_moves_the_draw_wholly_after_it() -> None:
    store = _RestoreBetween()
    core = RandomCore(store)
    session, _ = core.open_session("s")
    core.set_seed(session, 3)
    snapshot = core.snapshot_session("", "s")
    expected = [core.draw_kernel(session, SPEC, KernelSource()).values for _ in range(3)]  # indices 0, 1, 2
    core.draw_kernel(session, SPEC, KernelSource())  # index 3
    store.pending = core.show_session("", "s")[0]  # the state after index 3 ...
    core.restore_session("", "s", snapshot)  # ... but first back to index 0
    # the draw takes op seed 0, the session is restored to "after index 3" before it reserves:
    # it takes a new op seed there (index 4's), and leaves index 0's kernel alone
    late = core.draw_kernel(session, SPEC, KernelSource(), request_id="r1").values
    assert store.op_seeds >= 2
    state, _ = core.show_session("", "s")
    assert state.op_seed_index == 5
    core.restore_session("", "s", snapshot)
    assert all(np.array_equal(core.draw_kernel(session, SPEC, KernelSource()).values, e) for e in expected)
    core.draw_kernel(session, SPEC, KernelSource())  # index 3
    assert np.array_equal(core.draw_kernel(session, SPEC, KernelSource()).values, late)  # index 4's numbers
    # a retry of r1 (a lost answer) gets its numbers again and reserves nothing more
    before = core.show_session("", "s")[0]
    assert np.array_equal(core.draw_kernel(session, SPEC, KernelSource(), request_id="r1").values, late)
    assert core.show_session("", "s")[0] == before


def test_principals_see_and_touch_only_their_sessions() -> None:
    core = RandomCore(MemoryStore(), max_sessions=4)
    for name in ("alice/a", "alice/b", "bob/a"):
        core.open_session(name)
    assert [s.name for s in core.list_sessions("alice")[0]] == ["a", "b"]
    assert [s.name for s in core.list_sessions("")[0]] == ["alice/a", "alice/b", "bob/a"]  # anonymous: all
    with pytest.raises(NotFound, match="no session 'b'"):
        core.snapshot_session("bob", "b")
    core.set_seed("alice/a", 9)
    alices = core.snapshot_session("alice", "a")
    # A snapshot is its bytes: anyone who holds them may restore them, into their own session.
    assert core.restore_session("bob", "a", alices) is False  # replaced bob's a
    assert core.show_session("bob", "a")[0] == core.show_session("alice", "a")[0]
    assert core.restore_session("alice", "c", alices) is True
    with pytest.raises(ResourceExhausted):
        core.fork_session("alice", "a", "d")
    core.delete_session("bob", "a")
    assert core.fork_session("alice", "a", None, request_id="q") == core.fork_session("alice", "a", None, request_id="q")
    with pytest.raises(AlreadyExists):
        core.fork_session("alice", "a", "b")
    with pytest.raises(AlreadyExists, match="exists"):
        core.restore_session("alice", "b", alices, create=True, replace=False)
    with pytest.raises(InvalidArgument, match="limit"):
        core.list_sessions("alice", limit=-1)
    with pytest.raises(NotFound):
        core.delete_session("bob", "a")


def test_an_op_seed_position_beyond_the_bound_is_refused_not_computed() -> None:
    core = RandomCore(MemoryStore())
    core.open_session("s")
    last = SessionState(global_seed=5, op_seed_index=_seeds.MAX_OP_SEED_INDEX - 1)
    core.restore_session("", "s", encode_snapshot(last, owner=None, session="s"))
    assert core.draw_kernel("s", SPEC, KernelSource()).values.shape == (2,)  # the last op seed: computed, bounded
    with pytest.raises(ResourceExhausted, match=f"global seed has given all its {_seeds.MAX_OP_SEED_INDEX} eager op seeds"):
        core.draw_kernel("s", SPEC, KernelSource())
    core.restore_session("", "s", encode_snapshot(dataclasses.replace(last, op_seed_index=2**62), owner=None, session="s"))
    with pytest.raises(ResourceExhausted, match="set the seed again"):
        core.draw_kernel("s", SPEC, KernelSource())
    core.set_seed("s", 5)  # a new sequence
    assert core.draw_kernel("s", SPEC, KernelSource()).values.shape == (2,)


def test_the_client_in_process() -> None:
    with philoxd.connect(None) as rng:
        rng.random.set_seed(4)
        g = rng.random.Generator.from_seed(1)
        step = rng.function(lambda: rng.random.normal([2]), name="f")
        snapshot = rng.snapshot()
        first = [rng.random.uniform([2]), g.normal([2]), step(), rng.random.uniform([2], seed=2)]
        rng.restore(snapshot)
        again = [rng.random.uniform([2]), g.normal([2]), step(), rng.random.uniform([2], seed=2)]
        assert all(np.array_equal(a, b) for a, b in zip(first, again))
        rng.restore(snapshot)
        with rng.fork() as fork:
            other = fork.function(lambda: fork.random.normal([2]), name="f")  # the named scope: continued
            forked = [fork.random.uniform([2]), fork.random.Generator._attach(g.id, 1).normal([2]), other()]
            assert all(np.array_equal(a, b) for a, b in zip(first, forked))
        with pytest.raises(philoxd.errors.InvalidArgumentError, match="snapshot: truncated"):
            rng.restore(snapshot[:-5])
