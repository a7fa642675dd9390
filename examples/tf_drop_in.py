"""Code written against ``tf.random``, run without TensorFlow: change one import.

``philoxd.random`` has the names, arguments and defaults of ``tf.random`` and returns numpy
arrays with TensorFlow's values, bit for bit (TF 2.21, CPU). Its client comes from the
environment: $PHILOXD_TARGET (a server; unset: the engine in this process, which needs
``pip install 'philoxd[server]'``), $PHILOXD_SESSION, $PHILOXD_TOKEN.

    philoxd serve --port 50051                    # in another shell (it blocks)
    PHILOXD_TARGET=127.0.0.1:50051 python examples/tf_drop_in.py
    python examples/tf_drop_in.py 127.0.0.1:50051 # the same: the argument sets $PHILOXD_TARGET
"""

from __future__ import annotations

import os
import sys

import numpy as np

if len(sys.argv) > 1:  # before the first call: that is when philoxd.random makes its client
    os.environ["PHILOXD_TARGET"] = sys.argv[1]

# Before:  import tensorflow as tf; random = tf.random
import philoxd.random as random  # noqa: E402


def model_code() -> dict[str, np.ndarray]:
    """Unchanged code from a TensorFlow project: only the import above differs."""
    random.set_seed(5)
    noise = random.uniform([3], seed=1)
    g = random.Generator.from_seed(1)
    weights = g.uniform([3])
    seed = random.experimental.stateless_fold_in([3, 4], 17)
    jitter = random.stateless_uniform([3], seed=seed)
    return {"uniform": noise, "generator": weights, "stateless": jitter}


# What TensorFlow 2.21 returns for the same calls (tests/golden/tf_*.json hold thousands of such outputs; README says how many).
TENSORFLOW = {
    "uniform": np.array([0.3875184, 0.7485455, 0.54871905], np.float32),
    "generator": np.array([0.78749514, 0.3906511, 0.29263055], np.float32),
    "stateless": np.array([0.72346437, 0.03595364, 0.073501945], np.float32),
}

if __name__ == "__main__":
    got = model_code()
    for name, want in TENSORFLOW.items():
        assert got[name].dtype == want.dtype and np.array_equal(got[name], want), (name, got[name], want)
        print(f"{name:>9}: {got[name]}  == TensorFlow's")
    print(f"served by {random.default_client()!r}")
