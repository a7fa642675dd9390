"""Plans: plain draw requests share one checked spec and one DrawOne answer template.

Every answer built from a template must equal the answer the slow path builds for the
same draw (``single_chunk(values, _provenance(...))``), field for field.
"""

from __future__ import annotations

import numpy as np
import pytest

from philoxd import _codec
from philoxd._transport import _Abort, _InProcessContext
from philoxd.v1 import random_pb2 as pb
from philoxd_server.engine import DrawSpec, _ops
from philoxd_server.service import RandomCore
from philoxd_server.service._servicer import RandomServicer, _provenance
from philoxd_server.state import MemoryStore


def _servicer() -> tuple[RandomServicer, str]:
    servicer = RandomServicer(RandomCore(MemoryStore()))
    session = servicer.OpenSession(pb.OpenSessionRequest(session="plans"), _InProcessContext()).session
    return servicer, session


def _requests(session: str) -> list[pb.DrawRequest]:
    def request(**fields: object) -> pb.DrawRequest:
        return pb.DrawRequest(session=session, **fields)  # type: ignore[arg-type]

    uniform = request(distribution=pb.UNIFORM, dtype=pb.FLOAT32, shape=[3, 2], kernel=pb.KernelSource())
    uniform.maxval.int_value = 1
    ints = request(distribution=pb.UNIFORM, dtype=pb.INT64, shape=[5], kernel=pb.KernelSource(seed=7))
    ints.minval.int_value, ints.maxval.int_value = -9, 9
    normal = request(distribution=pb.NORMAL, dtype=pb.FLOAT16, shape=[4], kernel=pb.KernelSource())
    normal.mean.float_value, normal.stddev.float_value = 2.0, 0.5
    seed = _codec.encode_tensor(np.array([4, 5], np.int64))
    stateless = request(distribution=pb.UNIFORM_FULL_INT, dtype=pb.UINT64, shape=[3], stateless=pb.StatelessSource(seed=seed, alg=1))
    truncated = request(distribution=pb.TRUNCATED_NORMAL, dtype=pb.FLOAT64, shape=[0, 7], kernel=pb.KernelSource(seed=1))
    return [uniform, ints, normal, stateless, truncated]


def test_templated_answers_equal_the_slow_path() -> None:
    servicer, session = _servicer()
    context = _InProcessContext()
    for n, request in enumerate(_requests(session)):
        for i in range(3):  # the first answer makes the template, the others copy it
            request.request_id = f"{n}-{i}"  # one id per request (an id names one request)
            answer = servicer.DrawOne(request, context)
            values = _codec.decode_tensor(answer.tensor)
            p = answer.provenance
            draw = servicer.core.replay(servicer._spec(p, None, "Replay"), p.alg, p.key, (p.counter_hi << 64) | p.counter_lo, stateful=p.stateful)
            assert draw.values is not None and draw.values.tobytes() == values.tobytes()
            spec = servicer._plan(request).spec  # type: ignore[union-attr]
            expected = _codec.single_chunk(draw.values, _provenance(request, spec, draw, servicer.core.store_id))
            expected.provenance.stream = answer.provenance.stream  # a new reservation's; Replay reserves nothing
            assert answer == expected
            assert answer.provenance.store_id == servicer.core.store_id != ""
    assert len(servicer._plans) == 5


def test_requests_asking_for_the_same_draw_share_a_plan() -> None:
    servicer, session = _servicer()
    a, b, *_ = _requests(session)
    a2 = pb.DrawRequest()
    a2.CopyFrom(a)
    a2.request_id, a2.session, a2.kernel.seed = "other", "other-session", 3  # per-draw fields: same plan
    assert servicer._plan(a) is servicer._plan(a2)
    a3 = pb.DrawRequest()
    a3.CopyFrom(a)
    a3.maxval.float_value = 1.0  # 1.0 is not 1: TF's stateful wrapper treats them differently
    assert servicer._plan(a3) is not servicer._plan(a)
    assert servicer._plan(b) is not servicer._plan(a)


def test_requests_with_tensors_have_no_plan() -> None:
    servicer, session = _servicer()
    shuffle = pb.DrawRequest(session=session, distribution=pb.SHUFFLE, dtype=pb.INT64, kernel=pb.KernelSource())
    shuffle.input.CopyFrom(_codec.encode_tensor(np.arange(6)))
    assert servicer._plan(shuffle) is None
    gamma = pb.DrawRequest(session=session, distribution=pb.GAMMA, dtype=pb.FLOAT32, shape=[2], kernel=pb.KernelSource())
    gamma.tensors["alpha"].CopyFrom(_codec.encode_tensor(np.ones(2, np.float32)))
    assert servicer._plan(gamma) is None


def test_a_bad_request_gets_no_plan_and_the_same_error_each_time() -> None:
    servicer, session = _servicer()
    bad = pb.DrawRequest(session=session, distribution=pb.UNIFORM, dtype=pb.UINT32, shape=[2], kernel=pb.KernelSource())
    bad.maxval.int_value = 5
    for i in range(2):
        bad.request_id = f"bad-{i}"
        with pytest.raises(_Abort, match="Accepted dtypes"):
            servicer.DrawOne(bad, _InProcessContext())
    shapes = [pb.DrawRequest(session=session, distribution=pb.NORMAL, dtype=pb.FLOAT32, shape=[-1], kernel=pb.KernelSource())] * 2
    for request in shapes:
        with pytest.raises(_Abort, match="must be >= 0"):
            servicer.DrawOne(request, _InProcessContext())


def test_too_large_for_drawone_is_out_of_range_even_with_a_plan() -> None:
    servicer, session = _servicer()
    big = pb.DrawRequest(session=session, distribution=pb.UNIFORM, dtype=pb.FLOAT64, shape=[_codec.CHUNK_BYTES // 8 + 1], kernel=pb.KernelSource())
    big.maxval.int_value = 1
    for i in range(2):
        big.request_id = f"big-{i}"
        with pytest.raises(_Abort) as info:
            servicer.DrawOne(big, _InProcessContext())
        assert info.value.code.name == "OUT_OF_RANGE"


def test_too_large_for_drawone_is_refused_before_anything_is_reserved_or_generated() -> None:
    servicer, session = _servicer()
    servicer.core.set_seed(session, 1)
    big = pb.DrawRequest(session=session, distribution=pb.NORMAL, dtype=pb.FLOAT32, shape=[2**27], kernel=pb.KernelSource(), request_id="big")
    with pytest.raises(_Abort) as info:
        servicer.DrawOne(big, _InProcessContext())
    assert info.value.code.name == "OUT_OF_RANGE" and "use Draw" in info.value.details
    assert servicer.core.store.next_op_seed(session, consume=False) == (1, 0)  # the unseeded op took no op seed


def test_engine_checks_a_spec_object_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[DrawSpec] = []
    real = _ops._validate

    def counting(spec: DrawSpec, *, stateful: bool, dims: bool) -> None:
        calls.append(spec)
        real(spec, stateful=stateful, dims=dims)

    monkeypatch.setattr(_ops, "_validate", counting)
    monkeypatch.setattr(_ops, "_PASSED", {})
    plain = DrawSpec("uniform", np.dtype(np.float32), (2,), maxval=1)
    for _ in range(3):
        _ops.validate(plain, stateful=True)
    assert len(calls) == 1
    _ops.validate(plain, stateful=False)  # another check: run once more
    assert len(calls) == 2
    equal = DrawSpec("uniform", np.dtype(np.float32), (2,), maxval=1)  # an equal but other object: checked
    _ops.validate(equal, stateful=True)
    assert len(calls) == 3

    shuffle = DrawSpec("shuffle", np.dtype(np.int64), (4,), input=np.arange(4))
    for _ in range(2):
        _ops.validate(shuffle, stateful=True)  # arrays may change: checked every time, never held
    assert len(calls) == 5
    assert all(entry[0] is not shuffle for entry in _ops._PASSED.values())

    bad = DrawSpec("uniform", np.dtype(np.uint32), (2,), maxval=1)
    for _ in range(2):
        with pytest.raises(Exception, match="Accepted dtypes"):
            _ops.validate(bad, stateful=True)
    assert len(calls) == 7


def _spec(distribution: str, dtype: str, shape: tuple[int, ...], **params: object) -> DrawSpec:
    return DrawSpec(distribution=distribution, dtype=np.dtype(dtype), shape=shape, function=f"tf.random.{distribution}", **params)  # type: ignore[arg-type]


BIG = 1 << 16  # above the parallel kernels' threshold


@pytest.mark.parametrize(
    ("spec", "stateful", "prepared"),
    [
        (_spec("uniform", "float32", (3, 2)), True, True),
        (_spec("uniform", "float32", (BIG,), minval=0, maxval=1), True, True),
        (_spec("uniform", "float64", (5,)), True, True),
        (_spec("uniform", "float16", (5,)), True, True),
        (_spec("uniform", "bfloat16", (5,)), True, True),
        (_spec("uniform", "float32", (0,)), True, True),
        (_spec("uniform", "float32", (5,), minval=0, maxval=1), False, False),  # stateless: TF's arithmetic runs
        (_spec("uniform", "float32", (5,), minval=0.0, maxval=1), True, False),  # a float minval: arithmetic
        (_spec("uniform", "float32", (5,), maxval=2), True, False),
        (_spec("uniform", "int32", (5,), minval=0, maxval=1), True, False),
        (_spec("normal", "float32", (7,)), True, True),
        (_spec("normal", "float64", (BIG + 1,), mean=0, stddev=1.0), False, True),
        (_spec("normal", "float16", (7,)), True, False),  # float16 keeps "+ 0" (-0.0 -> +0.0)
        (_spec("normal", "float32", (7,), mean=-0.0), True, True),
        (_spec("normal", "float32", (7,), stddev=2.0), True, False),
        (_spec("truncated_normal", "float32", (7,)), True, False),
    ],
)
def test_prepared_kernels_give_what_the_full_path_gives(spec: DrawSpec, stateful: bool, prepared: bool) -> None:
    _ops.validate(spec, stateful=stateful)
    key, counter = 0x1234_5678_9ABC_DEF0, (1 << 127) + 12345
    got = _ops.generate(spec, key, counter, stateful=stateful)
    again = _ops.generate(spec, key, counter, stateful=stateful)
    assert (_ops._PREPARED[(id(spec), stateful)][1] is not None) == prepared
    with np.errstate(all="ignore"):
        want = _ops._generate(spec, key, counter, stateful=stateful)
    for value in (got, again):
        assert (value.dtype, value.shape) == (want.dtype, want.shape)
        assert value.tobytes() == want.tobytes()


def test_specs_with_arrays_are_never_prepared() -> None:
    spec = _spec("shuffle", "int64", (4,), input=np.arange(4))
    _ops.generate(spec, 1, 2, stateful=True)
    assert all(entry[0] is not spec for entry in _ops._PREPARED.values())


class _Call:
    """What _StreamSlots needs of a stream's context."""

    def __init__(self) -> None:
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


def test_stream_slots_limit_reap_idle_and_drain() -> None:
    from philoxd_server.service._servicer import _StreamSlots

    now = [100.0]
    slots = _StreamSlots(2, idle_timeout=10.0, clock=lambda: now[0])
    a, b, c = _Call(), _Call(), _Call()
    slot_a, slot_b = slots.open(a), slots.open(b)
    assert slot_a is not None and slot_b is not None and slots.open(c) is None  # full
    slot_b.busy = True
    now[0] += 11  # a idled past the timeout; b is busy
    slot_c = slots.open(c)
    assert slot_c is not None and a.cancelled and not b.cancelled and len(slots) == 2
    slots.close(slot_a)  # a's handler ends later: nothing left to remove
    assert len(slots) == 2
    assert slots.idle(slot_b)  # b answered its draw
    assert slots.drain() == 2 and b.cancelled and c.cancelled
    assert slots.open(_Call()) is None and not slots.idle(slot_c)  # draining: no new streams, busy ones end
