"""Session, kernel, scope and generator state; stores hand out (key, counter) reservations."""

from philoxd_server.state._memory import MemoryStore
from philoxd_server.state._open import STORE_SCHEMES, open_store
from philoxd_server.state._store import DEFAULT_REQUEST_TTL, DEFAULT_SESSION_TTL, GeneratorRecord, Store, add_counter

__all__ = [
    "DEFAULT_REQUEST_TTL",
    "DEFAULT_SESSION_TTL",
    "STORE_SCHEMES",
    "GeneratorRecord",
    "MemoryStore",
    "Store",
    "add_counter",
    "open_store",
]
