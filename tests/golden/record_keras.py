"""Record Keras 3's ``keras.random`` (TensorFlow backend) outputs: ``tf_keras.json``.

    tools/tf-oracle python tests/golden/record_keras.py            # cases_keras.py -> tf_keras.json
    tools/tf-oracle python tests/golden/record_keras.py --check    # also proves case isolation

record.py with ``K`` = the ``keras`` module in each snippet (philoxd replays it with ``K`` =
``rng.keras``, see replay.run_case), and each case started with Keras' global state cleared
too (the global SeedGenerator and the seed ``keras.utils.set_random_seed`` stored).  Keras is
the release that installs with TF 2.21 in tools/tf-oracle (pinned there and checked here).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import record  # noqa: E402
from replay import run_case, strip_private  # noqa: E402

KERAS_VERSION = "3.15.1"  # the Keras 3 release tools/tf-oracle installs beside TF 2.21
CASES_FILE = HERE / "cases_keras.py"


def run_one(code: str) -> list[dict]:
    """record.run_one with ``K`` bound and Keras' global random state cleared."""
    tf = record._tf()
    import keras  # noqa: PLC0415
    from keras.src.backend.common import global_state  # noqa: PLC0415
    from keras.src.random import seed_generator  # noqa: PLC0415
    from keras.src.utils import rng_utils  # noqa: PLC0415

    if keras.__version__ != KERAS_VERSION or keras.backend.backend() != "tensorflow":
        raise SystemExit(f"need Keras {KERAS_VERSION} on TensorFlow, got {keras.__version__} on {keras.backend.backend()}")
    record.reset_tf_state()
    global_state.set_global_attribute(seed_generator.GLOBAL_SEED_GENERATOR, None)
    global_state.set_global_attribute(rng_utils.GLOBAL_RANDOM_SEED, None)
    F = lambda fn, **kw: tf.function(fn, autograph=False, **kw)  # noqa: E731
    return strip_private(run_case(code, tf.random, F, extra={"K": keras}))


if __name__ == "__main__":
    record.run_one = run_one
    record.__file__ = __file__  # record.py's subprocesses (--check) run this file again
    if "--cases" not in sys.argv:
        sys.argv[1:1] = ["--cases", str(CASES_FILE)]
    record.main()
