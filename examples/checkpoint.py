"""Checkpoint the random state beside a model checkpoint, and resume both elsewhere.

TensorFlow loses its random state with the process (tensorflow/tensorflow#28302): a training
run resumed from a checkpoint draws other dropout masks, other noise, other batches than the
uninterrupted run would have. With philoxd the state is data: ``rng.snapshot()`` is the whole
state of a session (global seed, op-seed position, every kernel and its counter, named
functions, generators) as bytes. Save them next to the weights; ``rng.restore(snapshot)``
in any process, on any server and store, continues every stream exactly where it was.

    philoxd serve --port 50051                    # in another shell (it blocks)
    python examples/checkpoint.py 127.0.0.1:50051

The target comes from the first argument, else $PHILOXD_TARGET, else 127.0.0.1:50051.
"""

from __future__ import annotations

import os
import pathlib
import sys
import tempfile

import numpy as np

import philoxd

STEPS, CHECKPOINT_AT = 6, 3


def trainer(rng: philoxd.Client) -> tuple[philoxd.Function, philoxd.Generator]:
    """A toy training step whose randomness comes from every kind of stream philoxd keeps."""
    loader = rng.generator("batches", seed=11)  # a named Generator: the batch order

    def step(weights: np.ndarray) -> np.ndarray:
        batch = loader.uniform([4], maxval=100, dtype="int64")  # Generator stream
        noise = rng.random.normal(weights.shape)  # unseeded: op seed by position in the function
        keep = rng.random.uniform(weights.shape, seed=1) >= 0.25  # a seeded kernel: dropout
        return weights * keep + 0.01 * noise + 1e-3 * batch.sum()

    # A named function: a resumed process that names it again continues its kernels.
    return rng.function(step, name="train_step"), loader


def save(folder: pathlib.Path, weights: np.ndarray, rng: philoxd.Client) -> None:
    """A checkpoint: the model's weights and, beside them, the random state."""
    np.save(folder / "weights.npy", weights)
    (folder / "random.snapshot").write_bytes(rng.snapshot())


def main() -> None:
    target = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("PHILOXD_TARGET", "127.0.0.1:50051")
    with tempfile.TemporaryDirectory() as folder:
        run(target, pathlib.Path(folder))


def run(target: str, folder: pathlib.Path) -> None:
    start = np.ones([2, 3], dtype=np.float32)

    # --- the run we want to reproduce: no interruption (its own private session)
    with philoxd.connect(target) as rng:
        rng.random.set_seed(2024)
        step, _ = trainer(rng)
        weights, uninterrupted = start, []
        for _ in range(STEPS):
            weights = step(weights)
            uninterrupted.append(weights)

    # --- the same run, checkpointed after CHECKPOINT_AT steps; the process then "dies"
    with philoxd.connect(target) as rng:
        rng.random.set_seed(2024)
        step, _ = trainer(rng)
        weights = start
        for _ in range(CHECKPOINT_AT):
            weights = step(weights)
        save(folder, weights, rng)
        print(f"checkpoint after step {CHECKPOINT_AT}: {len((folder / 'random.snapshot').read_bytes())} bytes of random state")
        step(weights)  # work after the checkpoint, lost with the process

    # --- elsewhere, later: a new process and session restore the weights and the random state
    with philoxd.connect(target) as rng:
        rng.restore((folder / "random.snapshot").read_bytes())
        step, _ = trainer(rng)  # the same names: the named function and Generator continue
        weights = np.load(folder / "weights.npy")
        for i in range(CHECKPOINT_AT, STEPS):
            weights = step(weights)
            assert np.array_equal(weights, uninterrupted[i]), f"step {i + 1} differs from the uninterrupted run"
        print(f"steps {CHECKPOINT_AT + 1}-{STEPS} after the restore: bit for bit the uninterrupted run's")

        # --- branch the experiment: a fork is a new session with a copy of the state
        rng.restore((folder / "random.snapshot").read_bytes())  # back to the checkpoint
        with rng.fork() as branch:
            a = trainer(rng)[0](np.load(folder / "weights.npy"))
            b = trainer(branch)[0](np.load(folder / "weights.npy"))
            assert np.array_equal(a, b) and np.array_equal(a, uninterrupted[CHECKPOINT_AT])
    print(f"resumed from the checkpoint: steps {CHECKPOINT_AT + 1}-{STEPS} identical to an uninterrupted run; a fork continues alike")


if __name__ == "__main__":
    main()
