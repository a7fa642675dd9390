"""``import philoxd.random as random``: ``tf.random`` on a default client.

The default client is built on first use from ``$PHILOXD_TARGET``,
``$PHILOXD_SESSION`` and ``$PHILOXD_TOKEN`` (in-process when no target is set),
so ``random.uniform([2], seed=1)`` works like ``tf.random.uniform([2], seed=1)``.
"""

from __future__ import annotations

import threading
from typing import Any

from philoxd._client import Client, connect

__all__ = ["default_client"]

_lock = threading.Lock()
_client: Client | None = None


def default_client() -> Client:
    """The process-wide client this module's functions use."""
    global _client
    with _lock:
        if _client is None:
            _client = connect()
        return _client


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    return getattr(default_client().random, name)
