"""Several processes draw from ONE TensorFlow random stream, each number handed out once.

Processes attached to the same named session share its global seed and its kernels: when
four workers each call ``uniform([2], seed=1)`` five times, together they get TensorFlow's
first twenty draws of that op, whatever order they arrive in, and no two get the same one.

    philoxd serve --port 50051                    # in another shell (it blocks)
    python examples/shared_stream.py 127.0.0.1:50051

The target comes from the first argument, else $PHILOXD_TARGET, else 127.0.0.1:50051.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import uuid

import philoxd

WORKERS, DRAWS = 4, 5


def worker(target: str, session: str) -> list[bytes]:
    """One process: attach to the shared session and draw from its ``uniform(seed=1)`` kernel."""
    with philoxd.connect(target, session=session) as rng:  # attaches: the session exists
        return [rng.random.uniform([2], seed=1).tobytes() for _ in range(DRAWS)]


def main() -> None:
    target = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("PHILOXD_TARGET", "127.0.0.1:50051")
    session = f"shared-example-{uuid.uuid4().hex[:8]}"  # a name every worker uses; any string will do

    # The coordinator opens the session and seeds it once: tf.random.set_seed(1234) for everyone.
    # (A worker calling set_seed too would restart the stream for all of them.)
    with philoxd.connect(target, session=session) as rng:
        rng.random.set_seed(1234)

        # "spawn": fresh interpreters, as separate programs or machines would be.
        with multiprocessing.get_context("spawn").Pool(WORKERS) as pool:
            per_worker = pool.starmap(worker, [(target, session)] * WORKERS)

    # The same op in one process, on a private session: TF's stream in order.
    with philoxd.connect(target) as alone:
        alone.random.set_seed(1234)
        stream = [alone.random.uniform([2], seed=1).tobytes() for _ in range(WORKERS * DRAWS)]

    drawn = [value for values in per_worker for value in values]
    assert len(set(drawn)) == len(drawn), "a draw was handed out twice"
    assert sorted(drawn) == sorted(stream), "the workers' draws are not the stream's first draws"
    for values in per_worker:  # each worker's own draws come in stream order
        positions = [stream.index(v) for v in values]
        assert positions == sorted(positions)
    print(f"{WORKERS} processes drew {len(drawn)} slices of one stream: each slice exactly once")


if __name__ == "__main__":  # required by the "spawn" start method
    main()
