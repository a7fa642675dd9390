"""Record TensorFlow 2.21's ``tf.math.log`` on float32 vectors: the log ``sample_from_datasets``
takes of its weights (rng.data's ``SAMPLE_FROM_DATASETS`` op reproduces it: Eigen's vectorized
``plog`` on whole 8-value packets, glibc's ``logf`` on the rest).

    tools/tf-oracle python tests/golden/record_tf_log.py     # writes tests/golden/tf_log_f32.npz

Replayed by tests/unit/test_data.py (numpy only).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

OUT = Path(__file__).with_name("tf_log_f32.npz")


def inputs() -> list[np.ndarray]:
    """Vectors of every length from 1 to 20 (packets and tails), wide ranges, and special values."""
    rs = np.random.RandomState(27)
    wide = np.concatenate([rs.uniform(0, 10, 2048), rs.uniform(0, 1e-3, 512), 10 ** rs.uniform(-37, 38, 1024)])
    special = [0.0, np.inf, 1.0, 2.0, 0.5, 1.3, 1e-38, 3.4e38, np.finfo(np.float32).tiny, 0.25, 0.75, 4.0, 8.0, 0.125, 1e-45, 7.0]
    vectors = [wide.astype(np.float32), np.array(special, np.float32)]
    vectors += [rs.uniform(0.01, 3, n).astype(np.float32) for n in range(1, 21)]
    vectors += [np.array([1e-40, 1.0, 1e-45], np.float32)]  # subnormals in the tail (libm's part)
    return vectors


def main() -> None:
    import tensorflow as tf  # noqa: PLC0415 - only in the oracle venv

    xs = inputs()
    ys = [tf.math.log(x).numpy() for x in xs]
    np.savez_compressed(OUT, **{f"x{i}": x for i, x in enumerate(xs)}, **{f"y{i}": y for i, y in enumerate(ys)})
    print(f"wrote {OUT}: {len(xs)} vectors, {sum(x.size for x in xs)} values")


if __name__ == "__main__":
    main()
