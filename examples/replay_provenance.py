"""Reproduce a past draw from its provenance, bit for bit, without touching any state.

Every draw comes back with its coordinates (algorithm, key, counter, shape, dtype,
distribution, parameters): ``rng.last_provenance``. Log them as JSON next to what the numbers
were used for; months later, ``rng.replay(json)`` (or ``philoxd replay @file.json`` where
the server extra is installed) gives those exact numbers again. Replaying moves no stream:
the session goes on as if it never happened.

    philoxd serve --port 50051                    # in another shell (it blocks)
    python examples/replay_provenance.py 127.0.0.1:50051

The target comes from the first argument, else $PHILOXD_TARGET, else 127.0.0.1:50051.
"""

from __future__ import annotations

import json
import os
import pathlib
import sys
import tempfile
from collections.abc import Callable

import numpy as np

import philoxd


def experiment(rng: philoxd.Client, deck: np.ndarray) -> list[tuple[str, Callable[[], np.ndarray]]]:
    """Some draws of a training run (the callables make them; run them in order)."""
    return [
        ("dropout_mask", lambda: rng.random.uniform([4, 4], seed=1)),
        ("init_weights", lambda: rng.random.Generator.from_seed(7).normal([3, 3])),
        ("shuffled", lambda: rng.random.shuffle(deck, seed=2)),
    ]


def main() -> None:
    target = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("PHILOXD_TARGET", "127.0.0.1:50051")
    with tempfile.TemporaryDirectory() as folder:
        run(target, log=pathlib.Path(folder) / "draws.jsonl")  # in real life: your experiment's log


def run(target: str, log: pathlib.Path) -> None:
    deck = np.arange(10)

    # --- the experiment: draw, and log each draw's provenance as it comes
    drawn, provenances = {}, {}
    with philoxd.connect(target) as rng:
        rng.random.set_seed(42)
        for name, draw in experiment(rng, deck):
            drawn[name] = draw()
            provenances[name] = philoxd.provenance_to_json(rng.last_provenance)  # this thread's last draw
        with log.open("w") as out:
            for name, provenance in provenances.items():
                out.write(json.dumps({"what": name, "provenance": json.loads(provenance)}) + "\n")
        # a replay in the middle of the run moves no stream: the next draw is what it would have been
        rng.replay(provenances["dropout_mask"])
        next_mask = rng.random.uniform([4, 4], seed=1)

    # --- later, anywhere: read the log and regenerate (a new connection; no seeds needed)
    with philoxd.connect(target) as rng:
        for line in log.read_text().splitlines():
            entry = json.loads(line)
            # shuffle and categorical draws need their input again: it is not in the provenance
            extra = {"input": deck} if entry["what"] == "shuffled" else {}
            again = rng.replay(json.dumps(entry["provenance"]), **extra)
            assert again.dtype == drawn[entry["what"]].dtype and np.array_equal(again, drawn[entry["what"]])
            print(f"{entry['what']}: {again.dtype}{list(again.shape)} replayed bit for bit")

    # --- the same run without the replay: its next draw is the one we got after replaying
    with philoxd.connect(target) as rng:
        rng.random.set_seed(42)
        for _, draw in experiment(rng, deck):
            draw()
        assert np.array_equal(rng.random.uniform([4, 4], seed=1), next_mask)
    print("the replay left the session's streams where they were")


if __name__ == "__main__":
    main()
