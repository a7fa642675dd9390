"""The in-process client: the tf.random mirror's arguments, errors and shared state."""

from __future__ import annotations

import numpy as np
import pytest

import philoxd
import philoxd.random
from philoxd import errors


@pytest.fixture
def rng() -> philoxd.Client:
    return philoxd.connect()


def test_dtype_accepts_numpy_types_names_and_python_types(rng: philoxd.Client) -> None:
    a = rng.random.stateless_uniform([3], seed=[1, 2], dtype=np.float64)
    b = rng.random.stateless_uniform([3], seed=[1, 2], dtype="float64")
    c = rng.random.stateless_uniform([3], seed=[1, 2], dtype=float)
    assert a.dtype == np.float64 and np.array_equal(a, b)
    assert c.dtype == np.float32


def test_bad_arguments_raise_invalid_argument_naming_the_argument(rng: philoxd.Client) -> None:
    with pytest.raises(errors.InvalidArgumentError, match="Must specify maxval for integer dtype tf.int32"):
        rng.random.uniform([2], dtype="int32")
    with pytest.raises(errors.InvalidArgumentError, match="Need minval < maxval, got 3 >= 3"):
        rng.random.uniform([2], minval=3, maxval=3, dtype="int32", seed=1)
    with pytest.raises(errors.InvalidArgumentError, match="argument `shape`"):
        rng.random.uniform("abc")
    with pytest.raises(errors.InvalidArgumentError, match="argument `seed`"):
        rng.random.uniform([1], seed="x")
    with pytest.raises(errors.InvalidArgumentError, match="Dimension -1 must be >= 0"):
        rng.random.normal([-1, 2])
    with pytest.raises(errors.InvalidArgumentError, match="alg"):
        rng.random.stateless_normal([1], seed=[1, 2], alg="mersenne")
    with pytest.raises(ValueError):  # InvalidArgumentError is a ValueError too
        rng.random.uniform([2], dtype="bool")


def test_failed_call_leaves_kernel_counter_alone(rng: philoxd.Client) -> None:
    other = philoxd.connect()
    first = other.random.uniform([2], minval=0, maxval=10, dtype="int32", seed=4)
    with pytest.raises(errors.InvalidArgumentError):
        rng.random.uniform([2], minval=5, maxval=1, dtype="int32", seed=4)
    assert np.array_equal(rng.random.uniform([2], minval=0, maxval=10, dtype="int32", seed=4), first)


def test_too_many_elements_is_resource_exhausted(rng: philoxd.Client) -> None:
    with pytest.raises(errors.ResourceExhaustedError, match="limit of 134217728 elements"):
        rng.random.uniform([2**20, 2**20])
    with pytest.raises(errors.ResourceExhaustedError):
        rng.random.stateless_uniform([2**40, 2**40, 2**40], seed=[1, 2])


def test_named_session_is_shared_between_clients() -> None:
    solo = philoxd.connect()
    expected = [solo.random.uniform([1], seed=1) for _ in range(3)]
    a = philoxd.connect(session="unit-shared")
    b = philoxd.connect(session="unit-shared")
    got = [a.random.uniform([1], seed=1), b.random.uniform([1], seed=1), a.random.uniform([1], seed=1)]
    assert all(np.array_equal(x, y) for x, y in zip(got, expected))


def test_named_generator_hands_out_disjoint_slices() -> None:
    a = philoxd.connect(session="unit-gen")
    b = philoxd.connect(session="unit-gen")
    ga, gb = a.generator("shared", seed=42), b.generator("shared", seed=999)  # b attaches: seed ignored
    draws = [ga.normal([4]), gb.normal([4]), ga.normal([4])]
    reference = philoxd.connect().random.Generator.from_seed(42)
    assert all(np.array_equal(d, reference.normal([4])) for d in draws)
    assert np.array_equal(ga.state, gb.state)


def test_unknown_generator_is_not_found(rng: philoxd.Client) -> None:
    ghost = rng.random.Generator._attach("no-such-generator", 1)
    with pytest.raises(errors.NotFoundError, match="no-such-generator"):
        ghost.normal([1])


def test_function_scope_owns_kernels_per_position(rng: philoxd.Client) -> None:
    rng.random.set_seed(1234)
    foo = rng.function(lambda: (rng.random.uniform([1], seed=1), rng.random.uniform([1], seed=1)))
    (a1, a1b), (a2, a2b) = foo(), foo()
    assert np.array_equal(a1, a1b) and np.array_equal(a2, a2b) and not np.array_equal(a1, a2)
    rng.random.set_seed(1234)
    again, _ = foo()
    assert np.array_equal(again, a1)


def test_module_mirror_uses_default_client() -> None:
    x = philoxd.random.stateless_uniform([2], seed=[3, 4])
    assert np.array_equal(x, philoxd.connect().random.stateless_uniform([2], seed=[3, 4]))
    assert philoxd.random.default_client() is philoxd.random.default_client()


def test_unseeded_ops_without_global_seed_are_nondeterministic(rng: philoxd.Client) -> None:
    a, b = philoxd.connect().random.uniform([8]), philoxd.connect().random.uniform([8])
    assert a.shape == (8,) and not np.array_equal(a, b)


def _requests_sent(rng: philoxd.Client) -> list[philoxd.v1.random_pb2.DrawRequest]:
    """Record every DrawRequest the client hands its (real, in-process) transport."""
    sent = []
    draw = rng._transport.draw

    def recording(request):  # type: ignore[no-untyped-def]
        sent.append(type(request).FromString(request.SerializeToString()))
        return draw(request)

    rng._transport.draw = recording  # type: ignore[method-assign]
    return sent


def test_repeated_calls_reuse_their_checked_request(rng: philoxd.Client) -> None:
    sent = _requests_sent(rng)
    rng.random.set_seed(5)
    got = [rng.random.uniform([2], seed=1) for _ in range(3)] + [rng.random.normal([2]) for _ in range(2)]
    assert len(rng.random._plans) == 2
    ids = {r.request_id for r in sent}
    assert len(ids) == 5  # a fresh request id per call
    for r in sent:
        r.ClearField("request_id")
    assert sent[0] == sent[1] == sent[2] and sent[3] == sent[4]
    with philoxd.connect() as fresh:  # the same calls, each from scratch
        fresh.random.set_seed(5)
        fresh.random._plans = {}
        want = []
        for fn in [lambda: fresh.random.uniform([2], seed=1)] * 3 + [lambda: fresh.random.normal([2])] * 2:
            want.append(fn())
            fresh.random._plans.clear()
    assert all(np.array_equal(a, b) for a, b in zip(got, want))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ({"minval": 0}, {"minval": 0.0}),  # int vs float parameter
        ({"mean": 0.0}, {"mean": -0.0}),  # equal, but not the same parameter
        ({"seed": 1}, {"seed": 2}),
        ({"shape": [2]}, {"shape": (2, 1)}),
        ({"dtype": np.float32}, {"dtype": np.float64}),
    ],
)
def test_calls_that_differ_do_not_share_a_request(rng: philoxd.Client, first: dict, second: dict) -> None:
    fn = rng.random.normal if "mean" in first else rng.random.uniform
    sent = _requests_sent(rng)
    for kwargs in (first, second):
        fn(**{"shape": [2], **kwargs})
    assert len(rng.random._plans) == 2
    a, b = sent
    a.ClearField("request_id"), b.ClearField("request_id")
    assert a != b


def test_calls_that_cannot_be_planned_take_the_full_path(rng: philoxd.Client) -> None:
    rng.random.uniform(np.array([2]))  # array shape
    rng.random.uniform([2], seed=np.int64(3))  # numpy seed
    rng.random.uniform([np.int32(2)])  # numpy dim
    rng.random.uniform([2], maxval=np.float32(2))  # numpy scalar parameter
    with pytest.raises(errors.InvalidArgumentError):
        rng.random.uniform([-1])  # a failed call keeps no plan
    foo = rng.function(lambda: rng.random.uniform([2], seed=1))
    foo()  # inside a function scope: positions are per call
    assert rng.random._plans == {}


@pytest.mark.parametrize("session", ["s", "exp-1", "α" * 70, "x" * 300, "alice/" + "y" * 20000])
def test_prepared_wire_is_the_request_with_session_and_request_id(session: str) -> None:
    from philoxd._transport import _request_wire
    from philoxd.v1 import random_pb2 as pb

    template = pb.DrawRequest(distribution=pb.NORMAL, dtype=pb.FLOAT64, shape=[3, 4], kernel=pb.KernelSource(seed=7))
    template.mean.float_value, template.stddev.float_value = -0.0, 2.5
    request_id = philoxd._codec.new_request_id()
    wire = _request_wire(template.SerializeToString(), session, request_id)
    want = pb.DrawRequest()
    want.CopyFrom(template)
    want.session, want.request_id = session, request_id
    assert pb.DrawRequest.FromString(wire) == want
    assert pb.DrawRequest.DESCRIPTOR.fields_by_name["session"].number == 1
    assert pb.DrawRequest.DESCRIPTOR.fields_by_name["request_id"].number == 2
