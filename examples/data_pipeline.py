"""A data-loading pipeline whose augmentation randomness does not depend on the workers.

Forked worker processes augment samples (random crop offset, flip, noise). Which worker
gets which sample, and in which order they finish, changes from run to run; the batches
must not. The recipe:

* per-sample randomness comes from ``stateless_*`` ops, seeded by folding the epoch and the
  sample's index into one base seed (``stateless_fold_in``): a pure function of (seed,
  epoch, index), so any worker computes the same numbers for a sample;
* what needs a stream (the epoch seeds, the shuffling order) is drawn in ONE place, the
  main process, from a named Generator that lives on the server: another process (a
  restarted trainer, an evaluator) can attach to it by name and continue it.

Never draw per-sample randomness from a shared stream inside the workers: its slices are
handed out in arrival order, so they would follow the scheduling.

    philoxd serve --port 50051                    # in another shell (it blocks)
    python examples/data_pipeline.py 127.0.0.1:50051

The target comes from the first argument, else $PHILOXD_TARGET, else 127.0.0.1:50051.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import uuid

import numpy as np

import philoxd

N_SAMPLES, BATCH, EPOCHS, SIZE, CROP = 24, 8, 2, 8, 6
DATASET = np.arange(N_SAMPLES * SIZE * SIZE, dtype=np.float32).reshape(N_SAMPLES, SIZE, SIZE)

rng: philoxd.Client  # set in the parent before the pool forks; each child reconnects on its own


def augment(job: tuple[np.ndarray, int]) -> tuple[int, np.ndarray]:
    """Augment sample ``index`` with randomness from ``epoch_seed`` and ``index`` alone."""
    epoch_seed, index = job
    r = rng.random
    seed = r.experimental.stateless_fold_in(epoch_seed, index)  # this sample's own seed
    top, left = r.stateless_uniform([2], seed=seed, minval=0, maxval=SIZE - CROP + 1, dtype="int32")
    flip_seed, noise_seed = r.experimental.stateless_split(seed, num=2)  # independent streams
    image = DATASET[index, top : top + CROP, left : left + CROP]
    if r.stateless_uniform([], seed=flip_seed) < 0.5:
        image = image[:, ::-1]
    image = image + 0.1 * r.stateless_normal([CROP, CROP], seed=noise_seed)
    return index, image


def run_pipeline(target: str, workers: int) -> list[np.ndarray]:
    """Every batch of every epoch, loaded by ``workers`` forked processes."""
    global rng
    # A session of its own per run: the named Generator starts from its seed in each.
    rng = philoxd.connect(target, session=f"pipeline-{uuid.uuid4().hex[:8]}")
    epochs = rng.generator("epochs", seed=2024)  # created here; any process on the session may attach
    batches = []
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for _ in range(EPOCHS):
            epoch_seed = epochs.make_seeds(1)[:, 0]  # int64 [2]: this epoch's base seed
            order = np.argsort(epochs.uniform([N_SAMPLES]))  # this epoch's shuffling
            jobs = [(epoch_seed, int(i)) for i in order]
            done = dict(pool.imap_unordered(augment, jobs))  # finishing order varies: key by index
            batches += [np.stack([done[int(i)] for i in order[b : b + BATCH]]) for b in range(0, N_SAMPLES, BATCH)]
    rng.close()
    return batches


def main() -> None:
    target = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("PHILOXD_TARGET", "127.0.0.1:50051")
    one = run_pipeline(target, workers=1)
    three = run_pipeline(target, workers=3)
    assert len(one) == len(three) == EPOCHS * N_SAMPLES // BATCH
    assert all(np.array_equal(a, b) for a, b in zip(one, three)), "the batches depend on the workers"
    assert not np.array_equal(one[0], one[N_SAMPLES // BATCH]), "two epochs augmented alike"
    print(f"{len(one)} batches: identical with 1 and 3 workers, different from one epoch to the next")


if __name__ == "__main__":
    main()
