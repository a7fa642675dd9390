"""RandomCore: replicas sharing one store never use a stale cached global seed."""

from __future__ import annotations

import numpy as np

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
