"""The pure engine: Philox-4x32-10 kernels, TF distributions and TF seed rules.

Imports neither gRPC nor any store. Every function is a pure function of its
arguments (Philox key and counter included).
"""

from philoxd_server.engine._ops import DTYPES, DrawSpec, check_kernel_args, generate, generator_reservation, kernel_name, kernel_reservation, validate
from philoxd_server.engine._philox import philox
from philoxd_server.engine._seeds import (
    DEFAULT_GRAPH_SEED,
    MAXINT32,
    eager_op_seed,
    kernel_key_counter,
    resolve_seeds,
    stateless_key_counter,
    truncate_seed,
)

__all__ = [
    "DEFAULT_GRAPH_SEED",
    "DTYPES",
    "MAXINT32",
    "DrawSpec",
    "check_kernel_args",
    "eager_op_seed",
    "generate",
    "generator_reservation",
    "kernel_key_counter",
    "kernel_name",
    "kernel_reservation",
    "philox",
    "resolve_seeds",
    "stateless_key_counter",
    "truncate_seed",
    "validate",
]
