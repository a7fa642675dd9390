"""SQLite store: durable state in one file (WAL), the default of ``philoxd serve``.

Every write runs in a ``BEGIN IMMEDIATE`` transaction (in its own savepoint, as
concurrent writes are group-committed: one fsync for all of them), so it is
atomic across threads and across processes sharing the file; with
``synchronous=FULL`` a reservation is on disk before its numbers leave the server. Big integers (128-bit
counters, arbitrary Python seeds) are stored as decimal text.

Faults: a full disk is ``ResourceExhausted`` (the write-ahead log is kept small when space runs
low, and checkpointed and truncated after a failed write, so writes resume once space is freed);
a read-only file or filesystem, and a database file removed or replaced while serving (checked
before every commit), are ``Unavailable``; each cause is logged once every 10 s at most.
"""

from __future__ import annotations

import concurrent.futures
import json
import logging
import os
import pathlib
import queue
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

from philoxd_server._errors import (
    AlreadyExists,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    PhiloxdServerError,
    RequestIdReused,
    ResourceExhausted,
    SessionExpired,
    SessionExpiredNotReopened,
    Unavailable,
)
from philoxd_server._logging import log_limited
from philoxd_server.state._store import (
    ANY_SEED,
    CLOCK_TICK_S,
    DEFAULT_INTRA_OP_THREADS,
    DEFAULT_REQUEST_TTL,
    DEFAULT_SESSION_TTL,
    MAX_TOMBSTONES,
    GeneratorRecord,
    GeneratorState,
    KernelState,
    Reserved,
    ScopeState,
    SessionState,
    SessionSummary,
    StaleSeed,
    StoreChanged,
    TooManyKernels,
    TooManyScopes,
    add_counter,
    advance_clock,
    is_private,
    new_epoch,
)

__all__ = ["SqliteStore", "set_aside"]

_T = TypeVar("_T")
_BUSY_TIMEOUT_S = 30.0
_WRITE_TIMEOUT_S = 2 * _BUSY_TIMEOUT_S  # a write waits at most this long for its commit
_MAX_BATCH = 256  # writes committed together (one fsync) at most  # wait this long for another process's write transaction
_SYNCHRONOUS = ("FULL", "NORMAL", "EXTRA")
_LOG = logging.getLogger("philoxd.server")
# sqlite3.h primary result codes (an extended code's low byte is its primary code).
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 8, 10, 13, 14
_PRIMARY_CODE_MASK = 0xFF
# An I/O error on a filesystem with less free space than this is a full disk: SQLite reports
# ENOSPC as SQLITE_FULL when writing pages, but as SQLITE_IOERR_* when growing its -shm file.
_LOW_SPACE_BYTES = 64 << 10
# A commit this recent vouches for the store's writability (check_writable writes no probe).
_FRESH_WRITE_S = 1.0
# After a checkpoint the write-ahead log is cut back to this size: SQLite's default auto-
# checkpoint runs at 1000 pages (4 MiB at 4 KiB pages); a burst (a large import) leaves no
# bigger file behind. SQLite's own default keeps the WAL at its largest size for ever.
_JOURNAL_SIZE_LIMIT = 4 << 20
_CHECKPOINT_BUSY_MS = 1000  # an opening or recovering checkpoint waits this long for other processes
# With less free space than this on its filesystem, the write-ahead log is checkpointed after each
# commit (so it restarts from its beginning instead of growing): SQLite's auto-checkpoint comes
# only at 4 MiB of log (see _JOURNAL_SIZE_LIMIT), by which time a small disk is full with a log
# that cannot be copied back for want of space.
_LOW_SPACE_CHECKPOINT_BYTES = 2 * _JOURNAL_SIZE_LIMIT
_SPACE_CHECK_S = 0.1  # free space is looked up this often at most (the log grows far less meanwhile)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
  name TEXT PRIMARY KEY, global_seed TEXT, op_seed_index INTEGER NOT NULL, last_used REAL NOT NULL);
CREATE TABLE IF NOT EXISTS kernels (
  session TEXT NOT NULL, kernel TEXT NOT NULL, key TEXT NOT NULL, counter TEXT NOT NULL,
  PRIMARY KEY (session, kernel));
CREATE TABLE IF NOT EXISTS scopes (
  session TEXT NOT NULL, scope TEXT NOT NULL, global_seed TEXT, PRIMARY KEY (session, scope));
CREATE TABLE IF NOT EXISTS generators (
  session TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, key TEXT NOT NULL, counter TEXT NOT NULL,
  alg INTEGER NOT NULL, PRIMARY KEY (session, id));
CREATE UNIQUE INDEX IF NOT EXISTS generator_names ON generators (session, name) WHERE name != '';
CREATE TABLE IF NOT EXISTS requests (
  session TEXT NOT NULL, request_id TEXT NOT NULL, method TEXT NOT NULL, value TEXT NOT NULL,
  created REAL NOT NULL, PRIMARY KEY (session, request_id, method));
CREATE INDEX IF NOT EXISTS requests_created ON requests (created);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tombstones (name TEXT PRIMARY KEY, expired REAL NOT NULL);
CREATE INDEX IF NOT EXISTS tombstones_expired ON tombstones (expired);
"""
# Times in `sessions.last_used`, `requests.created` and `tombstones.expired` are on the store
# clock (meta 'clock': "<store clock> <wall time it was last advanced at>"): see
# state._store.MAX_CLOCK_STEP_S. It starts at the wall clock, so files from before it agree.
# Columns added after the first release: (table, column, definition). Added to older files on open.
_ADDED_COLUMNS = (
    ("sessions", "epoch", "INTEGER NOT NULL DEFAULT 0"),  # changes with every rewind (see Reserved)
    ("scopes", "name", "TEXT NOT NULL DEFAULT ''"),  # a named function scope ('' = anonymous)
    ("requests", "fingerprint", "TEXT NOT NULL DEFAULT ''"),  # the remembered request's digest ('' = any)
    ("sessions", "intra_op_threads", f"INTEGER NOT NULL DEFAULT {DEFAULT_INTRA_OP_THREADS}"),  # TF's thread count
)
_ADDED_INDEXES = "CREATE UNIQUE INDEX IF NOT EXISTS scope_names ON scopes (session, name) WHERE name != '';"


def _size(path: pathlib.Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


_FILE_SUFFIXES = ("", "-wal", "-shm")  # a WAL database is these three files


def set_aside(path: str | pathlib.Path) -> pathlib.Path:
    """Rename a (damaged) database and its -wal/-shm to ``<name>.damaged-<UTC time>...``; return the new name."""
    path = pathlib.Path(path)
    aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}")
    for suffix in _FILE_SUFFIXES:
        part = path.with_name(path.name + suffix)
        if part.exists():
            part.rename(aside.with_name(aside.name + suffix))
    return aside


def _damaged(path: pathlib.Path, why: str) -> str:
    return (
        f"sqlite store {path} is damaged ({why}): not starting, since its streams would start again and "
        f"repeat numbers. Restore the file from a backup and mark it restored (philoxd store mark-restored; "
        f"docs/operations.md, Backups), or start once with --reset-state to set it aside and begin anew "
        f"(every stream restarts)"
    )


def _file_id(path: str) -> tuple[int, int] | None:
    """The (device, inode) that ``path`` names; None if it names no file."""
    try:
        named = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return named.st_dev, named.st_ino


def _file_moved(path: str, opened: tuple[int, int]) -> str:
    """Why ``path`` no longer names the file ``opened`` (its device and inode; "" while it does).

    The inode of a file SQLite holds open is not reused, even once unlinked, so the same
    (device, inode) means the same file, still linked. (No descriptor of our own is kept open
    on the database: closing one would drop SQLite's POSIX locks on it in this process.)
    """
    try:
        named = _file_id(path)
    except OSError:
        return ""  # cannot look (permissions): SQLite's own errors will tell
    if named is None:
        return "was removed"
    return "" if named == opened else "was replaced by another file"


def _int(text: str | None) -> int | None:
    return None if text is None else int(text)


def _str(value: int | None) -> str | None:
    return None if value is None else str(value)


def _record_json(record: GeneratorRecord) -> list[Any]:
    return [str(record.key), str(record.counter), record.alg]


def _record_from(value: list[Any]) -> GeneratorRecord:
    return GeneratorRecord(int(value[0]), int(value[1]), int(value[2]))


class SqliteStore:
    """A :class:`~philoxd_server.state.Store` in a SQLite database file.

    Args:
      path: Database file (created with its parent directory if missing).
      session_ttl: Seconds after which an idle session is deleted.
      request_ttl: Seconds a request_id's result is remembered.
      synchronous: SQLite ``synchronous`` level: ``FULL`` (default: every commit is
        fsynced, so a reservation survives power loss) or ``NORMAL`` (survives a
        process crash, not power loss; faster).
    """

    def __init__(
        self,
        path: str | pathlib.Path,
        *,
        session_ttl: float = DEFAULT_SESSION_TTL,
        request_ttl: float = DEFAULT_REQUEST_TTL,
        synchronous: str = "FULL",
    ) -> None:
        if synchronous.upper() not in _SYNCHRONOUS:
            raise InvalidArgument(f"sqlite store: synchronous={synchronous!r} must be one of {_SYNCHRONOUS}")
        self.path = pathlib.Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._session_ttl = session_ttl
        self._request_ttl = request_ttl
        self._lock = threading.Lock()
        wal = self.path.with_name(self.path.name + "-wal")
        if _size(self.path) == 0 and _size(wal) > 0:
            raise FailedPrecondition(_damaged(self.path, f"it is empty or missing but its write-ahead log {wal.name} is not"))
        try:
            self._db = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(f"PRAGMA synchronous={synchronous.upper()}")
            self._db.execute(f"PRAGMA journal_size_limit={_JOURNAL_SIZE_LIMIT}")
            if _size(wal) > _JOURNAL_SIZE_LIMIT:  # left big by a full disk: give the space back first
                self._checkpoint("TRUNCATE")
            check = self._db.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {check}")
            self._db.executescript(_SCHEMA)
            self._add_columns()
            # The store's identity, made with its state (INSERT OR IGNORE: many processes may open it at once).
            self._db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('store_id', ?)", (uuid.uuid4().hex,))
        except sqlite3.OperationalError as exc:  # cannot open, locked, read-only, disk full...
            raise self._fault(exc) from exc
        except sqlite3.DatabaseError as exc:  # not a database, or damaged
            raise FailedPrecondition(_damaged(self.path, str(exc))) from exc
        # The file as opened: a path that names another file (or none) later means the state
        # was removed or replaced while serving (see _moved).
        self._file_path = os.fspath(self.path)  # a str: os.stat converts no Path per commit
        opened = _file_id(self._file_path)
        if opened is None:
            raise Unavailable(f"sqlite store {self.path}: the database file was removed while opening it")
        self._file = opened
        self._space_checked = (-_SPACE_CHECK_S, False)  # (when, whether space was low)
        # The last commit: (when, its failure). None yet: the first check_writable writes a probe.
        self._last_write: tuple[float, PhiloxdServerError | None] = (-_FRESH_WRITE_S, None)
        self._writes: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._writer = threading.Thread(target=self._write_loop, name="philoxd-sqlite-writer", daemon=True)
        self._writer.start()
        self._last_commit = time.monotonic()
        self._closing = threading.Event()
        self._ticker = threading.Thread(target=self._tick_loop, name="philoxd-sqlite-clock", daemon=True)
        self._ticker.start()

    def _tick_loop(self) -> None:
        """Observe the store clock at least every CLOCK_TICK_S, so idle time counts while this process runs."""
        while not self._closing.wait(CLOCK_TICK_S):
            if time.monotonic() - self._last_commit >= CLOCK_TICK_S:
                try:
                    self._tx(lambda db, now: None)
                except PhiloxdServerError:  # unavailable, or the disk is full: the calls say so
                    pass  # the clock catches up (by at most a step) at the next commit

    @staticmethod
    def _clock(db: sqlite3.Connection, *, advance: bool) -> float:
        """The store clock now (in a transaction); ``advance``: store it (a write transaction)."""
        wall = time.time()
        row = db.execute("SELECT value FROM meta WHERE key = 'clock'").fetchone()
        now = wall
        if row is not None:
            stored, wall_before = (float(part) for part in row[0].split())
            now = advance_clock(stored, wall_before, wall)
        if advance:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('clock', ?)", (f"{now!r} {wall!r}",))
        return now

    @staticmethod
    def _unix(now: float, stamp: float) -> float:
        """A store-clock ``stamp`` as Unix time (``now``: the store clock now)."""
        return time.time() - (now - stamp)

    def _add_columns(self) -> None:
        """Bring a file made by an older philoxd up to the schema (other processes may race)."""
        for table, column, definition in _ADDED_COLUMNS:
            columns = {row[1] for row in self._db.execute(f"PRAGMA table_info({table})")}
            if column not in columns:
                try:
                    self._db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")
                except sqlite3.OperationalError as exc:
                    if "duplicate column" not in str(exc):
                        raise
        self._db.executescript(_ADDED_INDEXES)

    # -- faults ----------------------------------------------------------------------
    def _fault(self, exc: sqlite3.Error) -> PhiloxdServerError:
        """The domain error for a SQLite failure, naming its cause; logs one line per cause every 10 s."""
        code = getattr(exc, "sqlite_errorcode", 0) & _PRIMARY_CODE_MASK
        name = getattr(exc, "sqlite_errorname", "") or type(exc).__name__
        error: PhiloxdServerError
        if self._full(exc):
            cause = "disk-full"
            error = ResourceExhausted(
                f"sqlite store {self.path}: the disk is full (ENOSPC, {name}: {exc}): nothing was reserved; "
                f"writes resume by themselves once space is freed on its filesystem"
            )
        elif code == _SQLITE_READONLY or (code in (_SQLITE_IOERR, _SQLITE_CANTOPEN) and self._read_only()):
            cause = "read-only"
            error = Unavailable(f"sqlite store {self.path}: cannot write, the file or its filesystem is read-only ({name}: {exc})")
        else:
            cause = name
            error = Unavailable(f"sqlite store {self.path}: {name}: {exc}")
        log_limited(_LOG, f"sqlite:{cause}:{self.path}", str(error))
        return error

    def _full(self, exc: sqlite3.Error) -> bool:
        """Whether ``exc`` means the disk is full: SQLITE_FULL, or an I/O error on a full filesystem."""
        code = getattr(exc, "sqlite_errorcode", 0) & _PRIMARY_CODE_MASK
        if code == _SQLITE_FULL:
            return True
        return code in (_SQLITE_IOERR, _SQLITE_CANTOPEN) and self._free_bytes() < _LOW_SPACE_BYTES

    def _low_space(self) -> bool:
        """Whether the filesystem has less than :data:`_LOW_SPACE_CHECKPOINT_BYTES` free (looked up
        every :data:`_SPACE_CHECK_S` at most: statvfs costs as much as the rest of a commit's checks)."""
        at, low = self._space_checked
        now = time.monotonic()
        if now - at >= _SPACE_CHECK_S:
            low = self._free_bytes() < _LOW_SPACE_CHECKPOINT_BYTES
            self._space_checked = (now, low)
        return low

    def _read_only(self) -> bool:
        """Whether the database's directory cannot be written (a read-only mount, or permissions):
        SQLite then fails to make its -wal/-shm files (SQLITE_CANTOPEN), not SQLITE_READONLY."""
        try:
            return bool(os.statvfs(self.path.parent).f_flag & os.ST_RDONLY) or not os.access(self.path.parent, os.W_OK)
        except OSError:
            return False

    def _free_bytes(self) -> int:
        """Free space on the database's filesystem (for unprivileged users); large if unknown."""
        try:
            fs = os.statvfs(self.path.parent)
        except OSError:
            return 1 << 62
        return fs.f_bavail * fs.f_frsize

    def _moved(self) -> PhiloxdServerError | None:
        """``Unavailable`` if the database file was removed or replaced since it was opened."""
        why = _file_moved(self._file_path, self._file)
        if not why:
            return None
        error = Unavailable(
            f"sqlite store {self.path}: the database file {why} while serving: refusing every reservation "
            f"(numbers reserved in a file nobody can open again would repeat after a restart); restore the "
            f"file, or restart the server to begin with a new store"
        )
        log_limited(_LOG, f"sqlite:moved:{self.path}", str(error))
        return error

    def _checkpoint(self, mode: str) -> None:
        """Copy the write-ahead log into the database (best effort); ``TRUNCATE`` also cuts the log
        to nothing, giving a full disk its space back once the database file can grow. Call with
        the lock held (or in ``__init__``)."""
        db = self._db
        try:
            db.execute(f"PRAGMA busy_timeout={_CHECKPOINT_BUSY_MS}")
            try:
                db.execute(f"PRAGMA wal_checkpoint({mode})").fetchall()
            finally:
                db.execute(f"PRAGMA busy_timeout={int(_BUSY_TIMEOUT_S * 1000)}")
        except sqlite3.Error:
            pass  # still no space, or another process reads: the next probe tries again

    def check_writable(self) -> None:
        """Raise why a reservation would fail now (see ``Store.check_writable``); after a failed
        write, checkpoint and truncate the write-ahead log first, then write a probe."""
        moved = self._moved()
        if moved is not None:
            raise moved
        at, failure = self._last_write
        if failure is None and time.monotonic() - at < _FRESH_WRITE_S:
            return
        if failure is not None:
            with self._lock:
                self._checkpoint("TRUNCATE")
        self._tx(lambda db, now: db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('probe', ?)", (repr(now),)))

    # -- plumbing --------------------------------------------------------------------
    def _tx(self, fn: Callable[[sqlite3.Connection, float], _T], *, write: bool = True) -> _T:
        """Run ``fn(db, now)`` atomically and return its result.

        Reads run in a deferred transaction (a consistent snapshot, no fsync) on the
        calling thread. Writes go to the group-commit writer: concurrent writes share
        one ``BEGIN IMMEDIATE`` transaction (atomic across processes), each inside its
        own savepoint, and one fsync; a write's result is returned only after that
        COMMIT, so a reservation is on disk before its numbers leave the server.
        """
        if write:
            future: concurrent.futures.Future[_T] = concurrent.futures.Future()
            self._writes.put((fn, future))
            try:
                return future.result(timeout=_WRITE_TIMEOUT_S)
            except concurrent.futures.TimeoutError:
                raise Unavailable(f"sqlite store {self.path}: no commit within {_WRITE_TIMEOUT_S:g} s") from None
        with self._lock:
            db = self._db
            try:
                db.execute("BEGIN")
                try:
                    return fn(db, self._clock(db, advance=False))
                finally:
                    db.execute("COMMIT")
            except sqlite3.Error as exc:
                raise self._fault(exc) from exc

    def _write_loop(self) -> None:
        """The group-commit writer thread (see :meth:`_tx`)."""
        while True:
            item = self._writes.get()
            if item is None:
                return
            batch = [item]
            stop = False
            while len(batch) < _MAX_BATCH:
                try:
                    more = self._writes.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    stop = True
                    break
                batch.append(more)
            try:
                self._commit(batch)
            except BaseException as exc:  # noqa: BLE001 - the writer must outlive any batch
                for _, future in batch:
                    if not future.done():
                        future.set_exception(Unavailable(f"sqlite store {self.path}: {type(exc).__name__}: {exc}"))
            if stop:
                return

    def _commit(self, batch: list[tuple[Callable[[sqlite3.Connection, float], Any], concurrent.futures.Future[Any]]]) -> None:
        with self._lock:
            outcomes, error = self._attempt(batch)
            if isinstance(error, sqlite3.Error) and self._full(error):
                # A write-ahead log that took the last free space is given back once copied into
                # the database (which needs less: only each page's last version); then try again.
                self._checkpoint("TRUNCATE")
                outcomes, error = self._attempt(batch)
            elif error is None and self._low_space():
                self._checkpoint("PASSIVE")  # never blocks: the log restarts at the next write
            failure = self._fault(error) if isinstance(error, sqlite3.Error) else error
            self._last_write = (time.monotonic(), failure)
        if failure is not None:
            for _, future in batch:
                future.set_exception(failure)
            return
        for (_, future), (ok, value) in zip(batch, outcomes):
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)

    def _attempt(
        self, batch: list[tuple[Callable[[sqlite3.Connection, float], Any], concurrent.futures.Future[Any]]]
    ) -> tuple[list[tuple[bool, Any]], sqlite3.Error | PhiloxdServerError | None]:
        """Run ``batch`` in one transaction (lock held): (each write's outcome, why none committed)."""
        outcomes: list[tuple[bool, Any]] = []
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
            now = self._clock(db, advance=True)
            for fn, _ in batch:
                db.execute("SAVEPOINT op")
                try:
                    outcomes.append((True, fn(db, now)))
                    db.execute("RELEASE op")
                except sqlite3.Error:
                    raise
                except Exception as exc:  # noqa: BLE001 - handed to that caller
                    db.execute("ROLLBACK TO op")
                    db.execute("RELEASE op")
                    outcomes.append((False, exc))
            moved = self._moved()  # checked before each commit: never reserve in an unlinked file
            db.execute("ROLLBACK" if moved else "COMMIT")
            if moved is None:
                self._last_commit = time.monotonic()
            return outcomes, moved
        except sqlite3.Error as exc:
            if db.in_transaction:
                try:
                    db.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # SQLite rolled it back itself (e.g. after SQLITE_FULL)
            return outcomes, exc

    def _session(self, db: sqlite3.Connection, now: float, session: str, *, touch: bool = True) -> tuple[int | None, int]:
        """The session's (global seed, op-seed index); refreshes its idle clock if ``touch``."""
        row = db.execute("SELECT global_seed, op_seed_index, last_used FROM sessions WHERE name = ?", (session,)).fetchone()
        if row is None or now - row[2] > self._session_ttl:
            self._missing(db, session, expired=row is not None)
        if touch:
            db.execute("UPDATE sessions SET last_used = ? WHERE name = ?", (now, session))
        return _int(row[0]), int(row[1])

    def _missing(self, db: sqlite3.Connection, session: str, *, expired: bool) -> NoReturn:
        """Raise for a session that is not live: ``SessionExpired`` for a named one that expired
        (its row is stale, or its tombstone is kept), else ``NotFound``. (A stale row is left to
        :meth:`_expire`: this transaction step is rolled back by the raise.)"""
        if (expired and not is_private(session)) or db.execute("SELECT 1 FROM tombstones WHERE name = ?", (session,)).fetchone():
            raise SessionExpired(session, self._session_ttl)
        raise NotFound(f"session {session!r} does not exist or has expired")

    @staticmethod
    def _bury(db: sqlite3.Connection, now: float, session: str) -> None:
        """Delete an expired session; a named one leaves a tombstone."""
        SqliteStore._delete_session(db, session)
        if not is_private(session):
            db.execute("INSERT OR REPLACE INTO tombstones (name, expired) VALUES (?, ?)", (session, now))

    def _remembered(self, db: sqlite3.Connection, now: float, session: str, request_id: str, method: str) -> bool:
        if not request_id:
            return False
        row = db.execute(
            "SELECT created FROM requests WHERE session = ? AND request_id = ? AND method = ?", (session, request_id, method)
        ).fetchone()
        return row is not None and now - row[0] <= self._request_ttl

    @staticmethod
    def _delete_session(db: sqlite3.Connection, session: str) -> None:
        for table, column in (("sessions", "name"), ("kernels", "session"), ("scopes", "session"), ("generators", "session"), ("requests", "session")):
            db.execute(f"DELETE FROM {table} WHERE {column} = ?", (session,))  # noqa: S608 - fixed names

    def _once(
        self,
        db: sqlite3.Connection,
        now: float,
        session: str,
        request_id: str,
        method: str,
        action: Callable[[], Any],
        fingerprint: str = "",
    ) -> Any:
        """Run ``action`` unless this (session, request_id, method) already ran; returns its JSON value.

        Raises :class:`RequestIdReused` if the id is remembered (by any method) for another fingerprint.
        """
        if not request_id:
            return action()
        remembered = None
        for row_method, value, created, row_fingerprint in db.execute(
            "SELECT method, value, created, fingerprint FROM requests WHERE session = ? AND request_id = ? AND created >= ?",
            (session, request_id, now - self._request_ttl),
        ):  # every method's memory of the id (one index range)
            if fingerprint and row_fingerprint and row_fingerprint != fingerprint:
                raise RequestIdReused(session, request_id)
            if row_method == method:
                remembered = value
        if remembered is not None:
            return json.loads(remembered)
        value = action()
        db.execute(
            "INSERT OR REPLACE INTO requests (session, request_id, method, value, created, fingerprint) VALUES (?, ?, ?, ?, ?, ?)",
            (session, request_id, method, json.dumps(value), now, fingerprint),
        )
        return value

    def _generator(self, db: sqlite3.Connection, session: str, generator: str) -> GeneratorRecord:
        row = db.execute("SELECT key, counter, alg FROM generators WHERE session = ? AND id = ?", (session, generator)).fetchone()
        if row is None:
            raise NotFound(f"generator {generator!r} does not exist in session {session!r}")
        return GeneratorRecord(int(row[0]), int(row[1]), int(row[2]))

    def _expire(self, db: sqlite3.Connection, now: float) -> None:
        dead = db.execute("SELECT name FROM sessions WHERE last_used < ?", (now - self._session_ttl,)).fetchall()
        for (name,) in dead:
            self._bury(db, now, name)
        if dead:
            db.execute(
                "DELETE FROM tombstones WHERE name IN (SELECT name FROM tombstones ORDER BY expired DESC LIMIT -1 OFFSET ?)",
                (MAX_TOMBSTONES,),
            )
        db.execute("DELETE FROM requests WHERE created < ?", (now - self._request_ttl,))

    # -- Store -----------------------------------------------------------------------
    def open_session(self, name: str | None, reset_expired: bool = False) -> tuple[str, bool]:
        def tx(db: sqlite3.Connection, now: float) -> tuple[str, bool]:
            self._expire(db, now)
            session = name or f"private-{uuid.uuid4().hex}"
            if db.execute("DELETE FROM tombstones WHERE name = ?", (session,)).rowcount and not reset_expired:
                raise SessionExpiredNotReopened(session, self._session_ttl)  # (rolled back: the tombstone stays)
            created = db.execute(
                "INSERT OR IGNORE INTO sessions (name, global_seed, op_seed_index, last_used, epoch) VALUES (?, NULL, 0, ?, ?)",
                (session, now, new_epoch()),
            ).rowcount == 1
            db.execute("UPDATE sessions SET last_used = ? WHERE name = ?", (now, session))
            return session, created

        return self._tx(tx)

    def ping(self) -> str:
        """Read the store's identity: fails (``Unavailable``) when the file is unreadable or damaged."""
        row = self._tx(lambda db, now: db.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone(), write=False)
        if row is None:
            raise Unavailable(f"sqlite store {self.path}: its identity is gone (the file was replaced or damaged)")
        return str(row[0])

    def mark_restored(self) -> str:
        identity = uuid.uuid4().hex
        self._tx(lambda db, now: db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('store_id', ?)", (identity,)))
        return identity

    @staticmethod
    def _check_store(db: sqlite3.Connection, expect_store: str) -> None:
        """Raise :class:`StoreChanged` if ``expect_store`` is given and is not the identity (in the transaction)."""
        if expect_store:
            row = db.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()
            if row is None or row[0] != expect_store:
                raise StoreChanged("" if row is None else str(row[0]))

    def session_count(self) -> int:
        def tx(db: sqlite3.Connection, now: float) -> int:
            self._expire(db, now)
            return int(db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])

        return self._tx(tx)

    def set_seed(self, session: str, seed: int | None, request_id: str = "", *, fingerprint: str = "") -> None:
        def tx(db: sqlite3.Connection, now: float) -> None:
            self._session(db, now, session)

            def action() -> None:
                db.execute(
                    "UPDATE sessions SET global_seed = ?, op_seed_index = 0, epoch = ? WHERE name = ?", (_str(seed), new_epoch(), session)
                )
                db.execute("DELETE FROM kernels WHERE session = ?", (session,))

            self._once(db, now, session, request_id, "set_seed", action, fingerprint)

        self._tx(tx)

    def set_intra_op_threads(self, session: str, threads: int, request_id: str = "", *, fingerprint: str = "") -> None:
        def tx(db: sqlite3.Connection, now: float) -> None:
            self._session(db, now, session)

            def action() -> None:
                db.execute("UPDATE sessions SET intra_op_threads = ? WHERE name = ?", (threads, session))

            self._once(db, now, session, request_id, "set_intra_op_threads", action, fingerprint)

        self._tx(tx)

    def intra_op_threads(self, session: str) -> int:
        def tx(db: sqlite3.Connection, now: float) -> int:
            self._session(db, now, session, touch=False)
            return int(db.execute("SELECT intra_op_threads FROM sessions WHERE name = ?", (session,)).fetchone()[0])

        return self._tx(tx, write=False)

    def next_op_seed(
        self, session: str, consume: bool = True, request_id: str = "", *, fingerprint: str = ""
    ) -> tuple[int | None, int]:
        def read(db: sqlite3.Connection, now: float) -> tuple[int | None, int]:
            return self._session(db, now, session, touch=False)

        seen = self._tx(read, write=False)
        if not consume or seen[0] is None:  # nothing to consume: no write, no fsync
            return seen

        def tx(db: sqlite3.Connection, now: float) -> tuple[int | None, int]:
            global_seed, index = self._session(db, now, session)

            def action() -> list[Any]:
                if consume and global_seed is not None:
                    db.execute("UPDATE sessions SET op_seed_index = op_seed_index + 1 WHERE name = ?", (session,))
                return [_str(global_seed), index]

            value = self._once(db, now, session, request_id, "next_op_seed", action, fingerprint)
            return _int(value[0]), int(value[1])

        return self._tx(tx)

    def draw_op_seed(self, session: str, request_id: str = "", expect_store: str = "", *, fingerprint: str = "") -> tuple[int | None, int, int]:
        def read(db: sqlite3.Connection, now: float) -> tuple[int | None, int, int]:
            self._check_store(db, expect_store)
            seed, index = self._session(db, now, session, touch=False)
            return seed, index, self._epoch(db, session)

        seen = self._tx(read, write=False)
        if seen[0] is None:  # nothing to consume: no write, no fsync
            return seen

        def tx(db: sqlite3.Connection, now: float) -> tuple[int | None, int, int]:
            self._check_store(db, expect_store)
            global_seed, index = self._session(db, now, session)
            epoch = self._epoch(db, session)

            def action() -> list[Any]:
                if global_seed is not None:
                    db.execute("UPDATE sessions SET op_seed_index = op_seed_index + 1 WHERE name = ?", (session,))
                return [_str(global_seed), index, epoch]

            value = self._once(db, now, session, request_id, "draw_op_seed", action, fingerprint)
            return _int(value[0]), int(value[1]), int(value[2])

        return self._tx(tx)

    @staticmethod
    def _epoch(db: sqlite3.Connection, session: str) -> int:
        row = db.execute("SELECT epoch FROM sessions WHERE name = ?", (session,)).fetchone()
        return int(row[0]) if row else 0

    def reserve_kernel(
        self,
        session: str,
        kernel: str,
        init: tuple[int, int],
        count: int,
        request_id: str = "",
        expect_seed: object = ANY_SEED,
        expect_epoch: int | None = None,
        expect_store: str = "",
        report: Reserved | None = None,
        *,
        fingerprint: str = "",
        max_kernels: int | None = None,
    ) -> tuple[int, int]:
        def tx(db: sqlite3.Connection, now: float) -> tuple[int, int]:
            self._check_store(db, expect_store)
            global_seed, _ = self._session(db, now, session)
            if expect_seed is not ANY_SEED and global_seed != expect_seed:
                raise StaleSeed(session)
            if (
                expect_epoch is not None
                and self._epoch(db, session) != expect_epoch
                and not self._remembered(db, now, session, request_id, "reserve_kernel")
            ):
                raise StaleSeed(session)

            if report is not None:
                report.fresh = False

            def action() -> list[Any]:  # the epoch is remembered with the reservation
                row = db.execute("SELECT key, counter FROM kernels WHERE session = ? AND kernel = ?", (session, kernel)).fetchone()
                if row is None and max_kernels is not None:
                    (held,) = db.execute("SELECT COUNT(*) FROM kernels WHERE session = ?", (session,)).fetchone()
                    if held >= max_kernels:
                        raise TooManyKernels(session)
                if report is not None:
                    report.fresh = True
                key, counter = (int(row[0]), int(row[1])) if row else init
                db.execute(
                    "INSERT OR REPLACE INTO kernels (session, kernel, key, counter) VALUES (?, ?, ?, ?)",
                    (session, kernel, str(key), str(add_counter(counter, count))),
                )
                return [str(key), str(counter), self._epoch(db, session)]

            value = self._once(db, now, session, request_id, "reserve_kernel", action, fingerprint)
            if report is not None:  # (a reservation remembered by an older philoxd has no epoch: now's)
                report.epoch = int(value[2]) if len(value) > 2 else self._epoch(db, session)
            return int(value[0]), int(value[1])

        return self._tx(tx)

    def register_scope(
        self, session: str, request_id: str = "", name: str = "", *, fingerprint: str = "", max_scopes: int | None = None
    ) -> str:
        def tx(db: sqlite3.Connection, now: float) -> str:
            global_seed, _ = self._session(db, now, session)

            def action() -> str:
                if name:
                    row = db.execute("SELECT scope FROM scopes WHERE session = ? AND name = ?", (session, name)).fetchone()
                    if row is not None:
                        return str(row[0])
                if max_scopes is not None:
                    (held,) = db.execute("SELECT COUNT(*) FROM scopes WHERE session = ?", (session,)).fetchone()
                    if held >= max_scopes:
                        raise TooManyScopes(session)
                scope = uuid.uuid4().hex
                db.execute(
                    "INSERT INTO scopes (session, scope, global_seed, name) VALUES (?, ?, ?, ?)",
                    (session, scope, _str(global_seed), name),
                )
                return scope

            return str(self._once(db, now, session, request_id, "register_scope", action, fingerprint))

        return self._tx(tx)

    def scope_seed(self, session: str, scope: str) -> int | None:
        def tx(db: sqlite3.Connection, now: float) -> int | None:
            self._session(db, now, session, touch=False)
            row = db.execute("SELECT global_seed FROM scopes WHERE session = ? AND scope = ?", (session, scope)).fetchone()
            if row is None:
                raise NotFound(f"function scope {scope!r} does not exist in session {session!r}")
            return _int(row[0])

        return self._tx(tx, write=False)

    def create_generator(
        self, session: str, record: GeneratorRecord, name: str = "", request_id: str = "", *, fingerprint: str = ""
    ) -> tuple[str, GeneratorRecord]:
        def tx(db: sqlite3.Connection, now: float) -> tuple[str, GeneratorRecord]:
            self._session(db, now, session)

            def action() -> list[Any]:
                if name:
                    row = db.execute("SELECT id FROM generators WHERE session = ? AND name = ?", (session, name)).fetchone()
                    if row is not None:
                        return [row[0], _record_json(self._generator(db, session, row[0]))]
                gen = uuid.uuid4().hex
                db.execute(
                    "INSERT INTO generators (session, id, name, key, counter, alg) VALUES (?, ?, ?, ?, ?, ?)",
                    (session, gen, name, str(record.key), str(record.counter), record.alg),
                )
                return [gen, _record_json(record)]

            value = self._once(db, now, session, request_id, "create_generator", action, fingerprint)
            return str(value[0]), _record_from(value[1])

        return self._tx(tx)

    def get_generator(self, session: str, generator: str) -> GeneratorRecord:
        def tx(db: sqlite3.Connection, now: float) -> GeneratorRecord:
            self._session(db, now, session, touch=False)
            return self._generator(db, session, generator)

        return self._tx(tx, write=False)

    def set_generator(
        self, session: str, generator: str, record: GeneratorRecord, request_id: str = "", *, fingerprint: str = ""
    ) -> None:
        def tx(db: sqlite3.Connection, now: float) -> None:
            self._session(db, now, session)
            self._generator(db, session, generator)

            def action() -> None:
                db.execute(
                    "UPDATE generators SET key = ?, counter = ?, alg = ? WHERE session = ? AND id = ?",
                    (str(record.key), str(record.counter), record.alg, session, generator),
                )
                db.execute("UPDATE sessions SET epoch = ? WHERE name = ?", (new_epoch(), session))

            self._once(db, now, session, request_id, "set_generator", action, fingerprint)

        self._tx(tx)

    def reserve_generator(
        self,
        session: str,
        generator: str,
        count: int,
        request_id: str = "",
        expect_store: str = "",
        report: Reserved | None = None,
        *,
        fingerprint: str = "",
    ) -> GeneratorRecord:
        def tx(db: sqlite3.Connection, now: float) -> GeneratorRecord:
            self._check_store(db, expect_store)
            self._session(db, now, session)
            record = self._generator(db, session, generator)
            if report is not None:
                report.fresh = False

            def action() -> list[Any]:  # the epoch is remembered with the reservation
                if report is not None:
                    report.fresh = True
                epoch = self._epoch(db, session)
                counter = add_counter(record.counter, count)
                db.execute("UPDATE generators SET counter = ? WHERE session = ? AND id = ?", (str(counter), session, generator))
                if counter < record.counter:  # a skip that wraps moves the state back: a rewind
                    db.execute("UPDATE sessions SET epoch = ? WHERE name = ?", (new_epoch(), session))
                return [*_record_json(record), epoch]

            value = self._once(db, now, session, request_id, "reserve_generator", action, fingerprint)
            if report is not None:  # (a reservation remembered by an older philoxd has no epoch: now's)
                report.epoch = int(value[3]) if len(value) > 3 else self._epoch(db, session)
            return _record_from(value)

        return self._tx(tx)

    def list_sessions(self, prefix: str = "", limit: int | None = None) -> tuple[list[SessionSummary], bool]:
        def tx(db: sqlite3.Connection, now: float) -> tuple[list[SessionSummary], bool]:
            rows = db.execute(
                "SELECT s.name, s.global_seed, s.op_seed_index, s.last_used, "
                "(SELECT COUNT(*) FROM kernels k WHERE k.session = s.name), "
                "(SELECT COUNT(*) FROM scopes c WHERE c.session = s.name), "
                "(SELECT COUNT(*) FROM generators g WHERE g.session = s.name) "
                "FROM sessions s WHERE substr(s.name, 1, ?) = ? AND s.last_used >= ? ORDER BY s.name LIMIT ?",
                (len(prefix), prefix, now - self._session_ttl, -1 if limit is None else limit + 1),
            ).fetchall()
            shown = rows if limit is None else rows[:limit]
            summaries = [
                SessionSummary(name, _int(seed), int(index), int(k), int(sc), int(g), self._unix(now, float(last)))
                for name, seed, index, last, k, sc, g in shown
            ]
            return summaries, len(shown) < len(rows)

        return self._tx(tx, write=False)

    def export_session(self, session: str) -> tuple[SessionState, float]:
        def tx(db: sqlite3.Connection, now: float) -> tuple[SessionState, float]:
            global_seed, index = self._session(db, now, session, touch=False)
            last_used, threads = db.execute("SELECT last_used, intra_op_threads FROM sessions WHERE name = ?", (session,)).fetchone()
            kernels = db.execute("SELECT kernel, key, counter FROM kernels WHERE session = ?", (session,)).fetchall()
            scopes = db.execute("SELECT scope, name, global_seed FROM scopes WHERE session = ?", (session,)).fetchall()
            gens = db.execute("SELECT id, name, key, counter, alg FROM generators WHERE session = ?", (session,)).fetchall()
            state = SessionState.of(
                global_seed,
                index,
                (KernelState(k, int(key), int(counter)) for k, key, counter in kernels),
                (ScopeState(scope, name, _int(seed)) for scope, name, seed in scopes),
                (GeneratorState(gen, name, GeneratorRecord(int(key), int(counter), int(alg))) for gen, name, key, counter, alg in gens),
                int(threads),
            )
            return state, self._unix(now, last_used)

        return self._tx(tx, write=False)

    def import_session(
        self,
        session: str,
        state: SessionState,
        request_id: str = "",
        *,
        create: bool = True,
        replace: bool = True,
        fingerprint: str = "",
    ) -> bool:
        def tx(db: sqlite3.Connection, now: float) -> bool:
            def action() -> bool:
                row = db.execute("SELECT last_used FROM sessions WHERE name = ?", (session,)).fetchone()
                live = row is not None and now - row[0] <= self._session_ttl
                if not live and not create:
                    self._missing(db, session, expired=row is not None)
                if live and not replace:
                    raise AlreadyExists(f"session {session!r} exists")
                if row is not None and not live:
                    self._delete_session(db, session)  # expired: nothing of it survives
                db.execute("DELETE FROM tombstones WHERE name = ?", (session,))  # a restore brings it back
                db.execute(
                    "INSERT OR REPLACE INTO sessions (name, global_seed, op_seed_index, last_used, epoch, intra_op_threads) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (session, _str(state.global_seed), state.op_seed_index, now, new_epoch(), state.intra_op_threads),
                )
                db.execute("DELETE FROM kernels WHERE session = ?", (session,))
                db.execute("DELETE FROM generators WHERE session = ?", (session,))
                db.executemany(
                    "INSERT INTO kernels (session, kernel, key, counter) VALUES (?, ?, ?, ?)",
                    ((session, k.kernel, str(k.key), str(k.counter)) for k in state.kernels),
                )
                for scope in state.scopes:  # added to the session's scopes (a name moves to the snapshot's scope)
                    if scope.name:
                        db.execute("UPDATE scopes SET name = '' WHERE session = ? AND name = ? AND scope != ?", (session, scope.name, scope.scope))
                    db.execute(
                        "INSERT OR REPLACE INTO scopes (session, scope, global_seed, name) VALUES (?, ?, ?, ?)",
                        (session, scope.scope, _str(scope.global_seed), scope.name),
                    )
                db.executemany(
                    "INSERT INTO generators (session, id, name, key, counter, alg) VALUES (?, ?, ?, ?, ?, ?)",
                    ((session, g.generator, g.name, str(g.record.key), str(g.record.counter), g.record.alg) for g in state.generators),
                )
                return not live

            return bool(self._once(db, now, session, request_id, "import_session", action, fingerprint))

        return self._tx(tx)

    def delete_session(self, session: str) -> bool:
        def tx(db: sqlite3.Connection, now: float) -> bool:
            row = db.execute("SELECT last_used FROM sessions WHERE name = ?", (session,)).fetchone()
            self._delete_session(db, session)
            buried = db.execute("DELETE FROM tombstones WHERE name = ?", (session,)).rowcount > 0
            stale_named = row is not None and now - row[0] > self._session_ttl and not is_private(session)
            return buried or stale_named or (row is not None and now - row[0] <= self._session_ttl)

        return self._tx(tx)

    def close(self) -> None:
        self._closing.set()
        self._ticker.join()
        self._writes.put(None)
        self._writer.join()
        with self._lock:
            self._db.close()
