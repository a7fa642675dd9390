"""philoxd.Function's tracing: TF's trace-time errors, raised before anything of the function runs."""

from __future__ import annotations

import numpy as np
import pytest

import philoxd
from philoxd import errors


@pytest.fixture()
def rng() -> philoxd.Client:
    client = philoxd.connect()
    client.random.set_seed(5)
    yield client
    client.close()


@pytest.mark.parametrize(
    ("body", "cls", "text"),
    [
        (lambda R: R.categorical([[0.0, 1.0]], -1, seed=1), errors.ValueError, "must be non-negative but is -1"),
        (lambda R: R.categorical([0.0, 1.0], 2, seed=1), errors.ValueError, "Shape must be rank 2 but is rank 1"),
        (lambda R: R.normal([2, -3], seed=1), errors.ValueError, "Invalid value in tensor used for shape: -3"),
        (lambda R: R.normal([[2, 3]], seed=1), errors.ValueError, "Shape must be rank 1 but is rank 2"),
        (lambda R: R.normal([2.5], seed=1), errors.TypeError, "has DataType float32"),
        (lambda R: R.stateless_normal([2], seed=[1, 2, 3]), errors.ValueError, "Dimension must be 2 but is 3"),
        (lambda R: R.stateless_normal([2], seed=[1.0, 2.0]), errors.TypeError, "parameter 'seed' has DataType float32"),
        (lambda R: R.uniform([2], minval=[0, 1], maxval=5, dtype="int32", seed=1), errors.ValueError, "minval must be a scalar"),
        (lambda R: R.normal([3, -1, 2], mean=[[1.0, 2.0, 3.0]] * 3, seed=1), errors.ValueError, "Dimensions must be equal, but are 2 and 3"),
        (lambda R: R.poisson([2], lam=1.0, dtype="bool", seed=1), errors.TypeError, "parameter 'dtype' has DataType bool"),
    ],
)
def test_trace_time_errors_are_tf_python_errors(rng: philoxd.Client, body, cls, text) -> None:
    R = rng.random
    f = rng.function(lambda: (R.normal([2]), body(R)))
    with pytest.raises(cls, match=text):
        f()
    with pytest.raises(cls, match=text):  # a failed trace is traced again
        f()
    # eager: the kernel's error
    with pytest.raises(errors.PhiloxdError) as eager:
        body(R)
    assert type(eager.value) is errors.InvalidArgumentError


def test_a_failed_trace_runs_nothing(rng: philoxd.Client) -> None:
    R = rng.random
    g = R.Generator.from_seed(7)
    before = g.state.copy()
    f = rng.function(lambda: (g.normal([3]), R.categorical([[0.0]], -1)))
    with pytest.raises(errors.ValueError):
        f()
    assert np.array_equal(g.state, before)  # the Generator draw before the bad op never ran


def test_a_kernel_error_is_found_when_the_function_runs(rng: philoxd.Client) -> None:
    # -1 is an unknown dimension to TF's shape inference: the kernel refuses it
    R = rng.random
    f = rng.function(lambda: R.normal([2, -1], seed=1))
    with pytest.raises(errors.InvalidArgumentError) as info:
        f()
    assert type(info.value) is errors.InvalidArgumentError


def test_a_good_function_is_traced_once_per_signature(rng: philoxd.Client) -> None:
    R = rng.random
    calls = []
    f = rng.function(lambda x: calls.append(1) or R.normal([2], mean=x, seed=1))
    f(np.float32(1.0))
    f(np.float32(2.0))
    assert len(calls) == 3  # one dry run, two real runs
    f(np.float64(2.0))  # another dtype: traced again
    assert len(calls) == 5
