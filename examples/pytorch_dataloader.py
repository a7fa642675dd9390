"""A PyTorch ``DataLoader`` whose workers draw TensorFlow's numbers from one philoxd session.

The recipe, for loaders moved from ``tf.data`` to PyTorch:

* one session per training run, opened in the main process before the ``DataLoader`` forks
  its workers (each worker reconnects by itself at its first call, on the same session);
* per-sample augmentation from ``stateless_*`` ops, seeded by folding the epoch and the
  sample's index into the run's seed: the same for any ``num_workers`` and any scheduling;
* per-worker streams (here: label-smoothing noise) from a named Generator per worker,
  ``worker-<id>``, created in ``worker_init_fn``: each worker its own TensorFlow stream, kept by
  the server, so another process (a resumed run) can attach to it by name and continue it.
  A map-style ``DataLoader`` hands batch ``b`` to worker ``b % num_workers``, so with a fixed
  ``num_workers`` these batches are reproducible too.

    philoxd serve --port 50051                    # in another shell (it blocks)
    pip install torch                             # any recent version: the example uses DataLoader only
    python examples/pytorch_dataloader.py 127.0.0.1:50051

The target comes from the first argument, else $PHILOXD_TARGET, else 127.0.0.1:50051.
"""

from __future__ import annotations

import os
import sys
import uuid

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info

import philoxd

N_SAMPLES, BATCH, SIZE, CROP, RUN_SEED = 16, 4, 8, 6, 2024
IMAGES = np.arange(N_SAMPLES * SIZE * SIZE, dtype=np.float32).reshape(N_SAMPLES, SIZE, SIZE)


class AugmentedImages(Dataset):
    """Random crops and flips (per sample, stateless) plus label noise (per worker, a stream)."""

    def __init__(self, rng: philoxd.Client, epoch: int) -> None:
        self.rng = rng
        self.seed = rng.random.experimental.stateless_fold_in([RUN_SEED, 0], epoch)  # this epoch's seed
        self.noise: philoxd.random.Generator | None = None  # this worker's stream (worker_init_fn)

    def __len__(self) -> int:
        return N_SAMPLES

    def __getitem__(self, index: int) -> tuple[torch.Tensor, torch.Tensor]:
        r = self.rng.random
        seed = r.experimental.stateless_fold_in(self.seed, index)  # this sample's own seed
        top, left = r.stateless_uniform([2], seed=seed, minval=0, maxval=SIZE - CROP + 1, dtype="int32")
        image = IMAGES[index, top : top + CROP, left : left + CROP]
        if r.stateless_uniform([], seed=r.experimental.stateless_fold_in(seed, 1)) < 0.5:
            image = image[:, ::-1]
        stream = self.noise if self.noise is not None else self.rng.generator("worker-main", seed=[RUN_SEED, -1])
        label = 1.0 - 0.1 * stream.uniform([])  # label smoothing drawn from this worker's stream
        return torch.from_numpy(image.copy()), torch.tensor(label)


def attach_worker_stream(worker_id: int) -> None:
    """``worker_init_fn``: this worker's named Generator in the run's session."""
    dataset = get_worker_info().dataset
    dataset.noise = dataset.rng.generator(f"worker-{worker_id}", seed=[RUN_SEED, worker_id])


def load(target: str, workers: int) -> list[tuple[torch.Tensor, torch.Tensor]]:
    """Two epochs of batches, with ``workers`` DataLoader worker processes."""
    with philoxd.connect(target, session=f"torch-run-{uuid.uuid4().hex[:8]}") as rng:  # a new run each time
        batches = []
        for epoch in range(2):
            loader = DataLoader(
                AugmentedImages(rng, epoch), batch_size=BATCH, num_workers=workers,
                worker_init_fn=attach_worker_stream, multiprocessing_context="fork" if workers else None,
            )
            batches += list(loader)
        return batches


def main() -> None:
    target = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("PHILOXD_TARGET", "127.0.0.1:50051")
    first, again, inline = load(target, workers=2), load(target, workers=2), load(target, workers=0)
    assert len(first) == 2 * N_SAMPLES // BATCH
    assert all(torch.equal(a[0], b[0]) and torch.equal(a[1], b[1]) for a, b in zip(first, again)), "runs differ"
    assert all(torch.equal(a[0], b[0]) for a, b in zip(first, inline)), "the augmentation depends on the workers"
    labels = torch.cat([b[1] for b in first])
    assert len(set(labels.tolist())) == len(labels), "two samples drew the same label noise"
    assert not torch.equal(first[0][0], first[N_SAMPLES // BATCH][0]), "two epochs augmented alike"
    print(f"{len(first)} batches from 2 DataLoader workers on one session: reproducible, "
          "augmentation identical with 0 workers, each worker its own stream")


if __name__ == "__main__":
    main()
