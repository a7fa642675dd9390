"""``rng.keras`` in-process: the SeedGenerator's arithmetic, the Keras seed stream, where state
lives, and the boundary's errors. Values against Keras/TF are the golden cases (tf_keras.json)."""

from __future__ import annotations

import random

import numpy as np
import pytest

import philoxd
from philoxd import errors


@pytest.fixture
def rng() -> philoxd.Client:
    return philoxd.connect()


def test_seed_generator_moves_like_keras(rng: philoxd.Client) -> None:
    g = rng.keras.random.SeedGenerator(42)
    assert g.state.dtype == np.int64 and g.state.tolist() == [42, 0]
    assert g.next().tolist() == [42, 0]
    assert g.state.tolist() == [42, 1]
    assert g.next(ordered=False).tolist() == [42, 1]
    assert g.state.tolist() == [43 * 5387 % 933199, 2 * 5387 % 933199]
    g.state = [7, 3]
    assert rng.keras.random.draw_seed(g).tolist() == [7, 3] and g.state.tolist() == [7, 4]
    assert g.get_config() == {"seed": 42, "name": "seed_generator"}


def test_seed_generator_state_is_the_clients_and_independent(rng: philoxd.Client) -> None:
    g = rng.keras.random.SeedGenerator(5)
    a = rng.keras.random.uniform([3], seed=g)
    b = rng.keras.random.uniform([3], seed=g)
    other = philoxd.connect(session=rng.session)  # the same session, another client
    h = other.keras.random.SeedGenerator(5)
    np.testing.assert_array_equal(other.keras.random.uniform([3], seed=h), a)
    np.testing.assert_array_equal(other.keras.random.uniform([3], seed=h), b)


def test_int_seeds_are_floormod_2_31_minus_2(rng: philoxd.Client) -> None:
    draw = rng.keras.random.draw_seed
    assert draw(5).tolist() == [5, 0] and draw(5).dtype == np.int32
    assert draw(2**31 - 2).tolist() == [0, 0]
    assert draw(-1).tolist() == [2**31 - 3, 0]
    np.testing.assert_array_equal(
        rng.keras.random.normal([4], seed=2**31 + 3),
        rng.random.stateless_normal([4], seed=np.array([5, 0], np.int32)),
    )


def test_set_random_seed_uses_a_private_python_stream(rng: philoxd.Client) -> None:
    before = random.getstate()
    rng.keras.utils.set_random_seed(1234)
    assert random.getstate() == before  # the process's random is not touched
    assert rng.keras.utils.get_random_seed() == 1234
    first = random.Random(1234).randint(1, 10**9)  # Keras: random.seed(s); randint(1, int(1e9))
    np.testing.assert_array_equal(
        rng.keras.random.uniform([2]), rng.keras.random.uniform([2], seed=first)
    )


def test_set_random_seed_sets_the_sessions_tf_seed(rng: philoxd.Client) -> None:
    rng.keras.utils.set_random_seed(3)
    a = rng.random.uniform([3])
    rng.random.set_seed(3)
    np.testing.assert_array_equal(rng.random.uniform([3]), a)


def test_initializer_seeds(rng: philoxd.Client) -> None:
    init = rng.keras.initializers.GlorotUniform()  # None: a seed drawn once, the same values each call
    np.testing.assert_array_equal(init((3, 4)), init((3, 4)))
    g = rng.keras.random.SeedGenerator(1)
    moving = rng.keras.initializers.HeNormal(seed=g)
    assert not np.array_equal(moving((3, 4)), moving((3, 4)))
    assert g.state.tolist() == [1, 2]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda K: K.random.uniform([2], seed=np.int64(3)), "Argument `seed` must be either an integer"),
        (lambda K: K.random.uniform([2], seed=2**63), "must fit in int64"),
        (lambda K: K.random.SeedGenerator("a"), "Argument `seed` must be an integer"),
        (lambda K: K.random.dropout(np.ones(3, np.float32), 1.5, seed=1), "`rate` must be a scalar tensor or a float in the range [0, 1)"),
        (lambda K: K.random.dropout(np.ones(3, np.int32), 0.5, seed=1), "`x.dtype` must be a floating point tensor"),
        (lambda K: K.random.shuffle(np.arange(3), axis=1, seed=1), "argument `axis` must be in [-1, 1), got 1"),
        (lambda K: K.random.uniform([2], dtype="float", seed=1), "Invalid dtype: float"),
        (lambda K: K.layers.RandomBrightness(1.5), "in the range [-1, 1]. Received: factor=1.5"),
        (lambda K: K.layers.RandomZoom(-1.0), "in the range (-1.0, 1.0]"),
        (lambda K: K.layers.RandomFlip("diagonal"), "unknown mode argument diagonal"),
        (lambda K: K.layers.RandomFlip(data_format="nhwc"), "Received: data_format=nhwc"),
        (lambda K: K.layers.RandomFlip(seed=1).get_random_transformation(np.zeros((2, 2))), "rank 3 or 4"),
        (lambda K: K.random.SeedGenerator(1).__setattr__("state", [1, 2, 3]), "must be 2 integers"),
    ],
)
def test_bad_input_is_a_clear_error(rng: philoxd.Client, call, message: str) -> None:
    with pytest.raises(errors.InvalidArgumentError) as info:  # errors.ValueError is one
        call(rng.keras)
    assert message in str(info.value)


def test_layer_outputs_not_reproduced_say_so(rng: philoxd.Client) -> None:
    images = np.zeros((2, 4, 4, 3), np.float32)
    with pytest.raises(errors.UnimplementedError, match="RandomContrast: its output is not reproduced"):
        rng.keras.layers.RandomContrast(0.5, seed=1)(images)
    with pytest.raises(errors.UnimplementedError, match="RandomCrop"):
        rng.keras.layers.RandomCrop(5, 2, seed=1)(images)  # taller than the image: Keras resizes
    with pytest.raises(errors.UnimplementedError, match="integer images"):
        rng.keras.layers.RandomBrightness(0.5, seed=1)(images.astype(np.uint8))
    np.testing.assert_array_equal(rng.keras.layers.RandomZoom(0.2, seed=1)(images, training=False), images)


def test_layer_generators_are_their_own(rng: philoxd.Client) -> None:
    images = np.zeros((4, 2, 2, 1), np.float32)
    layer = rng.keras.layers.RandomFlip(seed=9)
    g = rng.keras.random.SeedGenerator(9)
    expected = rng.keras.random.uniform((4, 1, 1, 1), seed=g) <= 0.5
    np.testing.assert_array_equal(layer.get_random_transformation(images)["flips"], expected)
    assert layer.generator.state.tolist() == [9, 1]


def test_in_a_function_generators_move_once_per_call(rng: philoxd.Client) -> None:
    K = rng.keras
    g = K.random.SeedGenerator(1)
    f = rng.function(lambda: (K.random.shuffle(np.arange(5), seed=g), K.random.beta([2], 1.0, 2.0, seed=g)))
    first, second = f(), f()
    assert g.state.tolist() == [1, 4]  # two draws a call; the trace moved nothing
    h = K.random.SeedGenerator(1)
    for got in (*first, *second):
        want = K.random.shuffle(np.arange(5), seed=h) if got.dtype.kind == "i" else K.random.beta([2], 1.0, 2.0, seed=h)
        np.testing.assert_array_equal(got, want)
