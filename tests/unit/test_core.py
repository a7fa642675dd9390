"""RandomCore: replicas sharing one store never use a stale cached global seed."""

from __future__ import annotations

import numpy as np
import pytest

import philoxd
from philoxd_server.engine import DrawSpec
from philoxd_server.service import RandomCore
from philoxd_server.service._core import KernelSource
from philoxd_server.state import MemoryStore


def test_a_replica_sees_another_replicas_set_seed() -> None:
    store = MemoryStore()
    a, b = RandomCore(store), RandomCore(store)
    session, _ = a.open_session("replicas")
    spec = DrawSpec("uniform", np.dtype(np.float32), (3,), minval=0, maxval=1)
    seeded = KernelSource(seed=4)
    a.set_seed(session, 1)
    a.draw_kernel(session, spec, seeded)  # replica a now caches global seed 1
    b.set_seed(session, 2)  # replica b changes it
    got = a.draw_kernel(session, spec, seeded).values
    ref = philoxd.connect()
    ref.random.set_seed(2)
    assert np.array_equal(got, ref.random.uniform([3], seed=4))


class _CountingStore(MemoryStore):
    def __init__(self) -> None:
        super().__init__()
        self.op_seed_lookups = 0

    def next_op_seed(self, session: str, consume: bool = True, request_id: str = "", *, fingerprint: str = "") -> tuple[int | None, int]:
        self.op_seed_lookups += 1
        return super().next_op_seed(session, consume, request_id, fingerprint=fingerprint)

    def draw_op_seed(self, session: str, request_id: str = "", expect_store: str = "", *, fingerprint: str = "") -> tuple[int | None, int, int]:
        self.op_seed_lookups += 1
        return super().draw_op_seed(session, request_id, expect_store, fingerprint=fingerprint)


def test_unseeded_ops_without_a_global_seed_skip_the_op_seed_lookup_until_one_is_set() -> None:
    store = _CountingStore()
    a, b = RandomCore(store), RandomCore(store)
    session, _ = a.open_session("unseeded")
    spec = DrawSpec("uniform", np.dtype(np.float32), (3,), minval=0, maxval=1)
    a.draw_kernel(session, spec, KernelSource())  # learns: no global seed
    lookups = store.op_seed_lookups
    a.draw_kernel(session, spec, KernelSource())
    assert store.op_seed_lookups == lookups  # one store call per draw: the reservation
    b.set_seed(session, 7)  # another replica sets a global seed: a's next unseeded op must use it
    got = [a.draw_kernel(session, spec, KernelSource()).values for _ in range(2)]
    ref = philoxd.connect()
    ref.random.set_seed(7)
    want = [ref.random.uniform([3]) for _ in range(2)]
    assert all(np.array_equal(g, w) for g, w in zip(got, want))


def test_shapes_beyond_64_dimensions_are_a_clear_error() -> None:
    import philoxd

    with philoxd.connect() as rng:
        with pytest.raises(philoxd.errors.UnimplementedError, match="shape has 65 dimensions; philoxd arrays have at most 64"):
            rng.random.uniform([1] * 65, seed=1)
        with pytest.raises(philoxd.errors.UnimplementedError, match="at most 64"):
            rng.random.stateless_normal([1] * 65, seed=[1, 2])
        assert rng.random.uniform([1] * 64, seed=1).ndim == 64
