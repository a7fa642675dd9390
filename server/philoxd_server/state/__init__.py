"""Session, kernel, scope and generator state; stores hand out (key, counter) reservations."""

from philoxd_server.state._memory import MemoryStore
from philoxd_server.state._open import STORE_SCHEMES, open_store, sqlite_path
from philoxd_server.state._store import (
    ANY_SEED,
    DEFAULT_REQUEST_TTL,
    DEFAULT_SESSION_TTL,
    GeneratorRecord,
    StaleSeed,
    Store,
    add_counter,
)

__all__ = [
    "ANY_SEED",
    "DEFAULT_REQUEST_TTL",
    "DEFAULT_SESSION_TTL",
    "STORE_SCHEMES",
    "GeneratorRecord",
    "MemoryStore",
    "StaleSeed",
    "Store",
    "add_counter",
    "open_store",
    "sqlite_path",
]
