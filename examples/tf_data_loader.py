"""A TensorFlow loader's epoch order, reproduced by plain Python workers without TensorFlow.

The TensorFlow program this replaces (recorded from TF 2.21 in tests/golden/tf_data.json, case
``loader_epochs``)::

    tf.random.set_seed(1234)
    ds = tf.data.Dataset.range(100).shuffle(100, seed=7).batch(8)
    for epoch in range(3):
        for batch in ds:              # each epoch reshuffles, as TF does
            train_step(batch)

Here a coordinator sets the global seed once, in a named session; each of several worker
processes builds the same pipeline with ``rng.data`` and takes its ``shard`` of the batches.
The seeds come from the session (the global seed is the coordinator's), so every worker iterates
TF's epoch orders; together they load exactly TF's batches, epoch after epoch — which TF's own
workers in separate processes cannot do without sharing a dataset service.

    philoxd serve --port 50051                    # in another shell (it blocks)
    python examples/tf_data_loader.py 127.0.0.1:50051

The target comes from the first argument, else $PHILOXD_TARGET, else 127.0.0.1:50051.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import pathlib
import sys
import uuid

import numpy as np

import philoxd

WORKERS, EPOCHS, BATCH = 3, 3, 8
RECORDED = pathlib.Path(__file__).resolve().parents[1] / "tests" / "golden" / "tf_data.json"


def load_shard(job: tuple[str, str, int]) -> list[list[np.ndarray]]:
    """Worker ``index``'s batches of every epoch (a process of its own: it connects itself)."""
    target, session, index = job
    with philoxd.connect(target, session=session) as rng:
        ds = rng.data.Dataset.range(100).shuffle(100, seed=7).batch(BATCH).shard(WORKERS, index)
        return [list(ds.as_numpy_iterator()) for _ in range(EPOCHS)]


def tensorflow_batches() -> list[np.ndarray]:
    """The batches TensorFlow gave, in order (3 epochs of 13)."""
    cases = json.loads(RECORDED.read_text(encoding="utf-8"))["cases"]
    outputs = next(c for c in cases if c["name"] == "loader_epochs")["outputs"]
    return [np.frombuffer(bytes.fromhex(o["hex"]), dtype=o["dtype"]).reshape(o["shape"]) for o in outputs]


def main() -> None:
    target = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("PHILOXD_TARGET", "127.0.0.1:50051")
    session = f"loader-{uuid.uuid4().hex[:8]}"
    with philoxd.connect(target, session=session) as coordinator:
        coordinator.random.set_seed(1234)  # as the TF program did; the workers never see the seed
    with multiprocessing.get_context("spawn").Pool(WORKERS) as pool:
        shards = pool.map(load_shard, [(target, session, i) for i in range(WORKERS)])
    loaded = []
    for epoch in range(EPOCHS):
        batches = [shards[i][epoch] for i in range(WORKERS)]
        # batch j of the epoch is batch j // WORKERS of worker j % WORKERS
        loaded += [batches[j % WORKERS][j // WORKERS] for j in range(sum(map(len, batches)))]
    expected = tensorflow_batches()
    assert len(loaded) == len(expected) == EPOCHS * 13, (len(loaded), len(expected))
    for got, want in zip(loaded, expected):
        assert got.dtype == want.dtype and np.array_equal(got, want), "a batch differs from TensorFlow's"
    assert not np.array_equal(np.concatenate(loaded[:13]), np.concatenate(loaded[13:26])), "two epochs alike"
    print(f"{EPOCHS} epochs of 13 batches from {WORKERS} workers: TensorFlow's order, batch for batch")


if __name__ == "__main__":
    main()
