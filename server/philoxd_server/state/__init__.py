"""Session, kernel, scope and generator state; stores hand out (key, counter) reservations."""

from philoxd_server.state._memory import MemoryStore
from philoxd_server.state._open import STORE_SCHEMES, open_store, sqlite_path
from philoxd_server.state._snapshot import BadSnapshot, SnapshotInfo, SnapshotTooLarge, decode_snapshot, encode_snapshot
from philoxd_server.state._store import (
    ANY_SEED,
    DEFAULT_INTRA_OP_THREADS,
    PRIVATE_PREFIX,
    DEFAULT_REQUEST_TTL,
    DEFAULT_SESSION_TTL,
    MAX_INTRA_OP_THREADS,
    GeneratorRecord,
    GeneratorState,
    KernelState,
    Reserved,
    ScopeState,
    SessionState,
    SessionSummary,
    StaleSeed,
    Store,
    StoreChanged,
    add_counter,
)

__all__ = [
    "ANY_SEED",
    "DEFAULT_INTRA_OP_THREADS",
    "DEFAULT_REQUEST_TTL",
    "DEFAULT_SESSION_TTL",
    "MAX_INTRA_OP_THREADS",
    "PRIVATE_PREFIX",
    "STORE_SCHEMES",
    "BadSnapshot",
    "GeneratorRecord",
    "GeneratorState",
    "KernelState",
    "MemoryStore",
    "Reserved",
    "ScopeState",
    "SessionState",
    "SessionSummary",
    "SnapshotInfo",
    "SnapshotTooLarge",
    "StaleSeed",
    "Store",
    "StoreChanged",
    "add_counter",
    "decode_snapshot",
    "encode_snapshot",
    "open_store",
    "sqlite_path",
]
