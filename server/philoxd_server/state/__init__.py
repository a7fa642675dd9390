"""Session, kernel, scope and generator state; stores hand out (key, counter) reservations."""

from philoxd_server.state._memory import MemoryStore
from philoxd_server.state._store import GeneratorRecord, Store, add_counter

__all__ = ["GeneratorRecord", "MemoryStore", "Store", "add_counter"]
