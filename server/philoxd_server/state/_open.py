"""``open_store(url)``: a store from its URL (the ``--store`` flag of ``philoxd serve``)."""

from __future__ import annotations

import urllib.parse
from typing import Any

from philoxd_server._errors import FailedPrecondition, InvalidArgument
from philoxd_server.state._memory import MemoryStore
from philoxd_server.state._store import Store

__all__ = ["STORE_SCHEMES", "open_store", "sqlite_path"]

STORE_SCHEMES = ("memory", "sqlite", "redis")


def sqlite_path(url: str) -> str:
    """The file path of a ``sqlite://`` store URL ("" if it names none)."""
    return url[len("sqlite://") :].split("?", 1)[0]


def open_store(url: str, **options: Any) -> Store:
    """Open a store.

    Args:
      url: ``memory``; ``sqlite:///abs/path/state.db`` (``sqlite://`` followed by the
        file path; ``?synchronous=normal`` trades power-loss durability for speed);
        or ``redis://host:port/db`` (also ``rediss://`` and ``unix://``).
      **options: ``session_ttl`` and ``request_ttl`` seconds.

    Returns:
      The store.

    Raises:
      InvalidArgument: Unknown scheme or malformed URL.
      FailedPrecondition: The store's client library is not installed (``philoxd[redis]``).
    """
    if url in ("memory", "memory://"):
        return MemoryStore(**options)
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme == "sqlite":
        from philoxd_server.state._sqlite import SqliteStore

        path = sqlite_path(url)
        if not path:
            raise InvalidArgument(f"store URL {url!r}: sqlite needs a file path, e.g. sqlite:///var/lib/philoxd/state.db")
        query = dict(urllib.parse.parse_qsl(parsed.query))
        if "synchronous" in query:
            options["synchronous"] = query["synchronous"]
        return SqliteStore(path, **options)
    if parsed.scheme in ("redis", "rediss", "unix"):
        try:
            from philoxd_server.state._redis import RedisStore
        except ModuleNotFoundError as exc:
            if exc.name != "redis":
                raise
            raise FailedPrecondition(
                f"store URL {url!r}: the Redis store needs the redis client: pip install 'philoxd[redis]'"
            ) from None

        return RedisStore(url, **options)
    raise InvalidArgument(f"store URL {url!r}: scheme must be one of {', '.join(STORE_SCHEMES)}")
