"""``open_store(url)``: a store from its URL (the ``--store`` flag of ``philoxd serve``)."""

from __future__ import annotations

import urllib.parse
from typing import Any

from philoxd_server._errors import FailedPrecondition, InvalidArgument
from philoxd_server.state._memory import MemoryStore
from philoxd_server.state._store import Store

__all__ = ["STORE_SCHEMES", "open_store", "sqlite_path"]

STORE_SCHEMES = ("memory", "sqlite", "redis", "postgresql")


def sqlite_path(url: str) -> str:
    """The file path of a ``sqlite://`` store URL ("" if it names none)."""
    return url[len("sqlite://") :].split("?", 1)[0]


def open_store(url: str, **options: Any) -> Store:
    """Open a store.

    Args:
      url: ``memory``; ``sqlite:///abs/path/state.db`` (``sqlite://`` followed by the
        file path; ``?synchronous=normal`` trades power-loss durability for speed);
        ``redis://host:port/db`` (also ``rediss://`` and ``unix://``); or any libpq URL
        ``postgresql://user@host1,host2/db?target_session_attrs=read-write`` (also ``postgres://``).
      **options: ``session_ttl`` and ``request_ttl`` seconds.

    Returns:
      The store.

    Raises:
      InvalidArgument: Unknown scheme or malformed URL.
      FailedPrecondition: The store's client library is not installed (``philoxd[redis]``,
        ``philoxd[postgresql]``), or a PostgreSQL schema is newer than this philoxd's.
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
    if parsed.scheme in ("postgresql", "postgres"):
        try:
            from philoxd_server.state._postgresql import PostgresStore
        except ModuleNotFoundError as exc:
            if exc.name not in ("psycopg", "psycopg_pool"):
                raise
            raise FailedPrecondition(
                f"store URL {parsed.scheme}://...: the PostgreSQL store needs psycopg: pip install 'philoxd[postgresql]'"
            ) from None

        return PostgresStore(url, **options)
    raise InvalidArgument(f"store URL {url!r}: scheme must be one of {', '.join(STORE_SCHEMES)}")
