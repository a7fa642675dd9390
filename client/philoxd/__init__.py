"""philoxd: TensorFlow-exact ``tf.random`` streams, in-process or from a shared gRPC server.

>>> import philoxd
>>> rng = philoxd.connect()            # no target: the engine runs in this process
>>> rng.random.set_seed(1234)
>>> x = rng.random.uniform([2, 3], seed=1)

``philoxd.aio`` is the asyncio client (``await philoxd.aio.connect(...)``).

``pip install .`` (in a checkout) is the client (``philoxd.connect("host:port")``); the engine, which
in-process mode and ``philoxd serve`` run, is the ``server`` extra (``pip install '.[server]'``).
"""

import importlib
from typing import Any

from philoxd import errors
from philoxd._client import Client, connect, provenance_from_json, provenance_to_json
from philoxd._keras import KerasAPI, SeedGenerator
from philoxd._random import Algorithm, Function, Generator, RandomAPI

__all__ = [
    "Algorithm",
    "Client",
    "Function",
    "Generator",
    "KerasAPI",
    "RandomAPI",
    "SeedGenerator",
    "connect",
    "errors",
    "provenance_from_json",
    "provenance_to_json",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """``philoxd.aio``, imported on first use (``grpc.aio`` is not needed otherwise)."""
    if name == "aio":
        return importlib.import_module("philoxd.aio")
    raise AttributeError(f"module 'philoxd' has no attribute {name!r}")
