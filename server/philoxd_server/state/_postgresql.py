"""PostgreSQL store: shared, durable state for many ``philoxd serve`` replicas, with failover.

``--store postgresql://...`` takes any libpq URL, including several hosts with
``target_session_attrs=read-write``: libpq then connects to whichever of them is the primary,
so after a failover (a standby promoted) new connections find the new primary. Run the
primary with a synchronous standby (``synchronous_standby_names``, ``synchronous_commit=on``):
a reservation is acknowledged only once the standby has it, so a promoted standby hands out
nothing twice.

Every Store operation is one short transaction (READ COMMITTED with explicit locks): it first
locks its session's row (``SELECT ... FOR UPDATE``), so two replicas' reservations on one
session run one after the other, and every later statement of the transaction reads what the
previous holder committed. (No pipeline mode: with psycopg 3.3 a pipelined statement's fetch
can return an earlier statement's row, a void ``SELECT``'s; a wrong counter would repeat numbers.)
``mark_restored`` takes the sessions table in EXCLUSIVE mode: no reservation straddles it.
Big integers (128-bit counters, any Python seed) are stored as decimal text.

Failover without a repeat: a failure before COMMIT is sent changed nothing, and the operation is
run again on another connection (up to :data:`_ATTEMPTS` times); a failure while committing may
or may not have committed, so it is ``Unavailable``: the client retries with the same request_id
and gets the committed answer, or the work done once. A connection that failed, or reached a
read-only server (a demoted primary, a standby), empties the pool of its idle connections.

The schema is versioned (``philoxd_schema``): migrations run at start, under an advisory lock
(replicas may start together), and a database whose schema is newer than this philoxd's is refused.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

import psycopg
import psycopg.errors
import psycopg_pool
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from philoxd_server._errors import (
    AlreadyExists,
    FailedPrecondition,
    NotFound,
    PhiloxdServerError,
    RequestIdReused,
    ResourceExhausted,
    SessionExpired,
    SessionExpiredNotReopened,
    Unavailable,
)
from philoxd_server._logging import log_limited
from philoxd_server.state._sqlite import _int, _record_from, _record_json, _str  # decimal text <-> ints, as there
from philoxd_server.state._store import (
    ANY_SEED,
    CLOCK_TICK_S,
    DEFAULT_REQUEST_TTL,
    DEFAULT_SESSION_TTL,
    MAX_CLOCK_STEP_S,
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
    is_private,
    new_epoch,
)

__all__ = ["SCHEMA_VERSION", "PostgresStore"]

_T = TypeVar("_T")
_LOG = logging.getLogger("philoxd.server")
# libpq options the URL gets unless it sets them: connecting gives up on a host after
# connect_timeout; a connection whose peer went silent (host lost, network cut) fails within
# tcp_user_timeout (unacknowledged data) or keepalives_* (idle) instead of hanging for minutes.
# (No statement_timeout: cancelling a COMMIT that waits for the synchronous standby would leave it
# committed on the primary alone, acknowledged: numbers a promoted standby would hand out again.)
_DEFAULT_OPTIONS = {
    "connect_timeout": "3",
    "tcp_user_timeout": "10000",
    "keepalives_idle": "5",
    "keepalives_interval": "2",
    "keepalives_count": "3",
}
_GETCONN_TIMEOUT_S = 3.0  # an operation waits this long for a pooled connection (none: Unavailable)
_OPEN_TIMEOUT_S = 10.0  # at start, the first connection must be made within this
# A pool's background reconnection gives up after this, and the next operation connects afresh:
# psycopg_pool's own back-off doubles from 1 s, which after a 10 s outage would wait up to 8 s
# more, past a client's retry budget (philoxd.DEFAULT_RETRY_TIMEOUT_S, 15 s).
_RECONNECT_TIMEOUT_S = 1.0
_POOL_MIN, _POOL_MAX = 1, 16  # connections per process (--max-workers calls + streams + probes)
_ATTEMPTS = 3  # runs of an operation whose connection failed before its COMMIT was sent
_FRESH_WRITE_S = 1.0  # a commit this recent vouches for the store's writability
_MIGRATION_LOCK = 0x7068696C6F7864  # pg_advisory_xact_lock key for migrations ("philoxd")
# SQLSTATEs of a transaction that lost a race and changed nothing: run it again.
_RETRY_SQLSTATES = ("40001", "40P01")  # serialization_failure, deadlock_detected
_READ_ONLY_SQLSTATE = "25006"  # read_only_sql_transaction: a standby, or a demoted primary
_DISK_FULL_SQLSTATE = "53100"
_UNSEEN: Any = object()  # _memo: no result remembered (a remembered result may be None)

# Refusals raised by the server-side functions (SQLSTATE P0001, message "philoxd:<what>[:<detail>]"):
# the statement is rolled back, and the store raises the domain error.
_REFUSED = "philoxd:"
# TF philox_random.h Skip on a 128-bit counter held as numeric (see state._store.add_counter: the
# count's words are added with carries, and the carry out of the low word is dropped when the
# high word is 0xffffffff).
_ADD_COUNTER_SQL = """
CREATE OR REPLACE FUNCTION philoxd_add_counter(counter numeric, count numeric) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  w numeric := 4294967296;
  c0 numeric := mod(counter, w);
  c1 numeric := mod(div(counter, w), w);
  up numeric := div(counter, w * w);
  lo numeric := mod(count, w);
  hi numeric := div(count, w);
BEGIN
  c0 := mod(c0 + lo, w);
  IF c0 < lo THEN hi := mod(hi + 1, w); END IF;
  c1 := mod(c1 + hi, w);
  IF c1 < hi THEN up := mod(up + 1, w * w); END IF;
  RETURN (up * w + c1) * w + c0;
END $$"""
# reserve_kernel in one statement (one round trip, its own transaction): what PostgresStore's
# other methods do in several, in the same order. Returns (fresh, the JSON result, its epoch);
# no row: the session is not live (the caller finds out why).
_RESERVE_KERNEL_SQL = """
CREATE OR REPLACE FUNCTION philoxd_reserve_kernel(
  p_session text, p_kernel text, p_init_key text, p_init_counter text, p_count numeric,
  p_request_id text, p_fingerprint text, p_check_seed boolean, p_expect_seed text, p_expect_epoch bigint,
  p_expect_store text, p_now double precision, p_session_ttl double precision, p_request_ttl double precision,
  p_max_kernels integer)
RETURNS TABLE (fresh boolean, result text) LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  s record;
  r record;
  store text;
  memo text;
  k_key text;
  k_counter text;
BEGIN
  UPDATE philoxd_sessions SET last_used = p_now WHERE name = p_session AND last_used >= p_now - p_session_ttl
    RETURNING global_seed, epoch INTO s;  -- locks the session's row until the commit
  IF NOT FOUND THEN RETURN; END IF;
  SELECT value INTO store FROM philoxd_meta WHERE key = 'store_id';
  IF p_expect_store <> '' AND store IS DISTINCT FROM p_expect_store THEN
    RAISE EXCEPTION 'philoxd:store:%', coalesce(store, '');
  END IF;
  IF p_check_seed AND s.global_seed IS DISTINCT FROM p_expect_seed THEN RAISE EXCEPTION 'philoxd:stale'; END IF;
  IF p_request_id <> '' THEN
    FOR r IN SELECT q.method, q.value, q.fingerprint FROM philoxd_requests q
             WHERE q.session = p_session AND q.request_id = p_request_id AND q.created >= p_now - p_request_ttl LOOP
      IF p_fingerprint <> '' AND r.fingerprint <> '' AND r.fingerprint <> p_fingerprint THEN
        RAISE EXCEPTION 'philoxd:reused';
      END IF;
      IF r.method = 'reserve_kernel' THEN memo := r.value; END IF;
    END LOOP;
  END IF;
  IF memo IS NOT NULL THEN
    RETURN QUERY SELECT false, memo;
    RETURN;
  END IF;
  IF p_expect_epoch IS NOT NULL AND s.epoch <> p_expect_epoch THEN RAISE EXCEPTION 'philoxd:stale'; END IF;
  SELECT k.key, k.counter INTO k_key, k_counter FROM philoxd_kernels k WHERE k.session = p_session AND k.kernel = p_kernel;
  IF NOT FOUND THEN
    IF p_max_kernels IS NOT NULL AND (SELECT count(*) FROM philoxd_kernels k WHERE k.session = p_session) >= p_max_kernels THEN
      RAISE EXCEPTION 'philoxd:kernels';
    END IF;
    k_key := p_init_key;
    k_counter := p_init_counter;
  END IF;
  INSERT INTO philoxd_kernels AS k (session, kernel, key, counter)
    VALUES (p_session, p_kernel, k_key, philoxd_add_counter(k_counter::numeric, p_count)::text)
    ON CONFLICT (session, kernel) DO UPDATE SET counter = EXCLUDED.counter;
  memo := json_build_array(k_key, k_counter, s.epoch)::text;
  IF p_request_id <> '' THEN
    INSERT INTO philoxd_requests AS q (session, request_id, method, value, created, fingerprint)
      VALUES (p_session, p_request_id, 'reserve_kernel', memo, p_now, p_fingerprint)
      ON CONFLICT (session, request_id, method) DO UPDATE
      SET value = EXCLUDED.value, created = EXCLUDED.created, fingerprint = EXCLUDED.fingerprint;
  END IF;
  RETURN QUERY SELECT true, memo;
END $$"""

# Versioned migrations: _MIGRATIONS[v] brings schema version v to v + 1. Append only.
_MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE TABLE philoxd_meta (key text PRIMARY KEY, value text NOT NULL)",
        # The store clock (state._store.MAX_CLOCK_STEP_S): now, and the wall time it was advanced at.
        "CREATE TABLE philoxd_clock (id integer PRIMARY KEY CHECK (id = 1), now double precision NOT NULL, "
        "wall double precision NOT NULL)",
        "CREATE TABLE philoxd_sessions (name text PRIMARY KEY, global_seed text, op_seed_index bigint NOT NULL, "
        "last_used double precision NOT NULL, epoch bigint NOT NULL, intra_op_threads integer NOT NULL DEFAULT 1)",
        "CREATE TABLE philoxd_kernels (session text NOT NULL, kernel text NOT NULL, key text NOT NULL, "
        "counter text NOT NULL, PRIMARY KEY (session, kernel))",
        "CREATE TABLE philoxd_scopes (session text NOT NULL, scope text NOT NULL, name text NOT NULL, "
        "global_seed text, PRIMARY KEY (session, scope))",
        "CREATE UNIQUE INDEX philoxd_scope_names ON philoxd_scopes (session, name) WHERE name <> ''",
        "CREATE TABLE philoxd_generators (session text NOT NULL, id text NOT NULL, name text NOT NULL, "
        "key text NOT NULL, counter text NOT NULL, alg integer NOT NULL, PRIMARY KEY (session, id))",
        "CREATE UNIQUE INDEX philoxd_generator_names ON philoxd_generators (session, name) WHERE name <> ''",
        "CREATE TABLE philoxd_requests (session text NOT NULL, request_id text NOT NULL, method text NOT NULL, "
        "value text NOT NULL, created double precision NOT NULL, fingerprint text NOT NULL, "
        "PRIMARY KEY (session, request_id, method))",
        "CREATE INDEX philoxd_requests_created ON philoxd_requests (created)",
        "CREATE TABLE philoxd_tombstones (name text PRIMARY KEY, expired double precision NOT NULL)",
        "CREATE INDEX philoxd_tombstones_expired ON philoxd_tombstones (expired)",
    ),
    (_ADD_COUNTER_SQL, _RESERVE_KERNEL_SQL),
)
SCHEMA_VERSION = len(_MIGRATIONS)
_SESSION_TABLES = (
    ("philoxd_sessions", "name"),
    ("philoxd_kernels", "session"),
    ("philoxd_scopes", "session"),
    ("philoxd_generators", "session"),
    ("philoxd_requests", "session"),
)


def _redacted(url: str) -> str:
    """The URL without its password (for messages and logs)."""
    url = re.sub(r"(://[^:/@?]*:)[^@/?]*@", r"\1***@", url)
    return re.sub(r"(password=)[^&\s]*", r"\1***", url)


class _Reused(Exception):
    """A server-side function found the request id remembered for another request."""


class _Session:
    """A session's row as locked by :meth:`PostgresStore._lock`."""

    __slots__ = ("epoch", "global_seed", "index", "threads")

    def __init__(self, global_seed: int | None, index: int, epoch: int, threads: int) -> None:
        self.global_seed, self.index, self.epoch, self.threads = global_seed, index, epoch, threads


class PostgresStore:
    """A :class:`~philoxd_server.state.Store` in a PostgreSQL database.

    Args:
      url: A libpq URL (``postgresql://user@host1:5432,host2:5432/db?target_session_attrs=read-write``).
      session_ttl: Seconds after which an idle session is deleted.
      request_ttl: Seconds a request_id's result is remembered.
    """

    def __init__(self, url: str, *, session_ttl: float = DEFAULT_SESSION_TTL, request_ttl: float = DEFAULT_REQUEST_TTL) -> None:
        self._where = _redacted(url)
        self._session_ttl = session_ttl
        self._request_ttl = request_ttl
        options = conninfo_to_dict(url)
        extra = {key: value for key, value in {"application_name": "philoxd", **_DEFAULT_OPTIONS}.items() if key not in options}
        self._pool = psycopg_pool.ConnectionPool(
            make_conninfo(url, **extra),
            min_size=_POOL_MIN,
            max_size=_POOL_MAX,
            timeout=_GETCONN_TIMEOUT_S,
            reconnect_timeout=_RECONNECT_TIMEOUT_S,
            name="philoxd",
            open=False,
        )
        try:
            self._pool.open(wait=True, timeout=_OPEN_TIMEOUT_S)
        except psycopg_pool.PoolTimeout:
            self._pool.close()
            raise Unavailable(f"postgresql store {self._where}: no connection to a primary within {_OPEN_TIMEOUT_S:g} s") from None
        self._clock_row = (time.time(), time.time())  # (store clock, wall time) as last advanced here
        try:
            self._tx(self._migrate, clocked=False)
            self._tick()
        except BaseException:
            self._pool.close()
            raise
        self._last_write: tuple[float, PhiloxdServerError | None] = (-_FRESH_WRITE_S, None)
        self._closing = threading.Event()
        self._ticker = threading.Thread(target=self._tick_loop, name="philoxd-postgresql-clock", daemon=True)
        self._ticker.start()

    # -- schema and clock ------------------------------------------------------------
    def _migrate(self, cur: psycopg.Cursor[Any], now: float) -> None:
        """Bring the schema to :data:`SCHEMA_VERSION` (refusing a newer one); make the identity and clock."""
        cur.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
        cur.execute("CREATE TABLE IF NOT EXISTS philoxd_schema (id integer PRIMARY KEY CHECK (id = 1), version integer NOT NULL)")
        row = cur.execute("SELECT version FROM philoxd_schema").fetchone()
        version = 0 if row is None else int(row[0])
        if version > SCHEMA_VERSION:
            raise FailedPrecondition(
                f"postgresql store {self._where}: its schema is version {version}, newer than this philoxd's "
                f"({SCHEMA_VERSION}): upgrade philoxd (an older one could hand out numbers again)"
            )
        for migration in _MIGRATIONS[version:]:
            for statement in migration:
                cur.execute(statement)  # type: ignore[call-overload] - fixed text
        if version < SCHEMA_VERSION:
            _LOG.info("postgresql store %s: schema migrated from version %d to %d", self._where, version, SCHEMA_VERSION)
        cur.execute(
            "INSERT INTO philoxd_schema (id, version) VALUES (1, %s) ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version",
            (SCHEMA_VERSION,),
        )
        cur.execute("INSERT INTO philoxd_meta (key, value) VALUES ('store_id', %s) ON CONFLICT DO NOTHING", (uuid.uuid4().hex,))
        wall = time.time()
        cur.execute("INSERT INTO philoxd_clock (id, now, wall) VALUES (1, %s, %s) ON CONFLICT DO NOTHING", (wall, wall))

    def _tick(self) -> None:
        """Advance the store clock by the wall clock's step since it last moved (clamped to
        [0, MAX_CLOCK_STEP_S]) and remember it: every operation's ``now`` is read from it."""

        def tick(cur: psycopg.Cursor[Any], now: float) -> tuple[float, float]:
            row = cur.execute(
                "UPDATE philoxd_clock SET now = now + LEAST(GREATEST(%(wall)s - wall, 0), %(step)s), wall = %(wall)s "
                "WHERE id = 1 RETURNING now, wall",
                {"wall": time.time(), "step": MAX_CLOCK_STEP_S},
            ).fetchone()
            assert row is not None
            return float(row[0]), float(row[1])

        self._clock_row = self._tx(tick, clocked=False)

    def _tick_loop(self) -> None:
        """Every CLOCK_TICK_S: advance the store clock (idle time counts while this process runs)."""
        while not self._closing.wait(CLOCK_TICK_S):
            try:
                self._tick()
            except PhiloxdServerError:  # no primary, or the disk is full: the calls say so
                pass  # the clock catches up (by at most a step) at the next tick

    def _now(self) -> float:
        """The store clock now: as last advanced, plus the wall clock's step since (clamped)."""
        stored, wall_before = self._clock_row
        return stored + min(max(time.time() - wall_before, 0.0), MAX_CLOCK_STEP_S)

    def _unix(self, now: float, stamp: float) -> float:
        """A store-clock ``stamp`` as Unix time (``now``: the store clock now)."""
        return time.time() - (now - stamp)

    # -- plumbing --------------------------------------------------------------------
    def _tx(
        self,
        fn: Callable[[psycopg.Cursor[Any], float], _T],
        *,
        clocked: bool = True,
        timeout: float = _GETCONN_TIMEOUT_S,
        write: bool = True,
        single: bool = False,
    ) -> _T:
        """Run ``fn(cursor, now)`` in one transaction and commit it; return its result.

        A connection failure before the COMMIT is sent, a serialization
        failure or a deadlock run ``fn`` again (on another connection); one during the COMMIT
        is ``Unavailable`` (it may have committed: the caller's retry, same request_id, tells).
        ``single``: ``fn`` runs one statement, in autocommit mode (its own transaction, one round
        trip); a connection failure then may have committed it.
        """
        failure: BaseException | None = None
        for _ in range(_ATTEMPTS):
            try:
                conn = self._pool.getconn(timeout=timeout)
            except psycopg_pool.PoolTimeout as exc:
                raise self._unavailable(f"no connection to a primary within {timeout:g} s", exc) from None
            committing = single
            try:
                conn.autocommit = single
                with conn.cursor() as cur:
                    result = fn(cur, self._now() if clocked else 0.0)
                    committing = True
                    conn.commit()
                if write:
                    self._last_write = (time.monotonic(), None)
                return result
            except psycopg.errors.RaiseException as exc:  # a server-side function refused: rolled back
                self._rollback(conn)
                raise self._refused(str(exc.diag.message_primary or "")) from None
            except psycopg.Error as exc:
                self._rollback(conn)
                sqlstate = getattr(exc, "sqlstate", None) or ""
                if sqlstate in _RETRY_SQLSTATES:
                    failure = exc
                    continue
                error = self._fault(exc)
                if write:
                    self._last_write = (time.monotonic(), error)
                if self._lost(conn, sqlstate):
                    self._pool.drain()  # the others went to the same dead or demoted server
                    if not committing:
                        failure = error
                        continue
                raise error from exc
            except BaseException:
                self._rollback(conn)
                raise
            finally:
                if single and not conn.closed and not conn.broken:
                    try:
                        conn.autocommit = False
                    except psycopg.Error:
                        pass  # the pool drops a connection it cannot reset
                self._pool.putconn(conn)
        assert failure is not None
        if isinstance(failure, PhiloxdServerError):
            raise failure
        raise self._unavailable(f"{type(failure).__name__} {_ATTEMPTS} times in a row: {failure}", failure)

    @staticmethod
    def _refused(message: str) -> Exception:
        """The domain error for a server-side function's refusal (``philoxd:<what>[:<detail>]``)."""
        what, _, detail = message.removeprefix(_REFUSED).partition(":")
        if what == "store":
            return StoreChanged(detail)
        if what == "stale":
            return StaleSeed(detail)
        if what == "reused":
            return _Reused()
        if what == "kernels":
            return TooManyKernels(detail)
        return Unavailable(f"postgresql store: unexpected refusal {message!r}")

    @staticmethod
    def _rollback(conn: psycopg.Connection[Any]) -> None:
        if not conn.closed and not conn.broken:
            try:
                conn.rollback()
            except psycopg.Error:
                pass  # the connection went away: the pool drops it

    @staticmethod
    def _lost(conn: psycopg.Connection[Any], sqlstate: str) -> bool:
        """Whether the connection is no good for writes any more (closed, or to a read-only server)."""
        return conn.closed or conn.broken or sqlstate == _READ_ONLY_SQLSTATE or sqlstate.startswith("57P")

    def _unavailable(self, why: str, exc: BaseException) -> Unavailable:
        error = Unavailable(f"postgresql store {self._where}: {why}")
        log_limited(_LOG, f"postgresql:{type(exc).__name__}:{self._where}", str(error))
        return error

    def _fault(self, exc: psycopg.Error) -> PhiloxdServerError:
        """The domain error for a PostgreSQL failure, naming its cause; logged once per cause every 10 s."""
        sqlstate = getattr(exc, "sqlstate", None) or ""
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if sqlstate == _DISK_FULL_SQLSTATE:
            error: PhiloxdServerError = ResourceExhausted(
                f"postgresql store {self._where}: the database's disk is full ({message}): nothing was reserved"
            )
            log_limited(_LOG, f"postgresql:disk-full:{self._where}", str(error))
            return error
        if sqlstate == _READ_ONLY_SQLSTATE:
            return self._unavailable(f"the server is read-only (a standby, or a demoted primary): {message}", exc)
        return self._unavailable(f"{type(exc).__name__}: {message}", exc)

    def _lock(self, cur: psycopg.Cursor[Any], now: float, session: str) -> _Session:
        """Lock the session's row (until the transaction ends), mark it used and return it; raise if it is not live."""
        row = self._read(cur, now, session, lock=True)
        cur.execute("UPDATE philoxd_sessions SET last_used = %s WHERE name = %s", (now, session))
        return row

    def _read(self, cur: psycopg.Cursor[Any], now: float, session: str, *, lock: bool = False) -> _Session:
        """The session's row (``lock``: locked until the transaction ends); raise if it is not live."""
        row = cur.execute(
            "SELECT global_seed, op_seed_index, last_used, epoch, intra_op_threads FROM philoxd_sessions WHERE name = %s"
            + (" FOR UPDATE" if lock else ""),
            (session,),
        ).fetchone()
        if row is None or now - row[2] > self._session_ttl:
            self._missing(cur, session, expired=row is not None)
        return _Session(_int(row[0]), int(row[1]), int(row[3]), int(row[4]))

    def _missing(self, cur: psycopg.Cursor[Any], session: str, *, expired: bool) -> NoReturn:
        """``SessionExpired`` for a named session that expired (stale row or tombstone), else ``NotFound``."""
        if (expired and not is_private(session)) or cur.execute(
            "SELECT 1 FROM philoxd_tombstones WHERE name = %s", (session,)
        ).fetchone():
            raise SessionExpired(session, self._session_ttl)
        raise NotFound(f"session {session!r} does not exist or has expired")

    @staticmethod
    def _check_store(cur: psycopg.Cursor[Any], expect_store: str) -> None:
        """Raise :class:`StoreChanged` if ``expect_store`` is given and is not the identity."""
        if expect_store:
            row = cur.execute("SELECT value FROM philoxd_meta WHERE key = 'store_id'").fetchone()
            if row is None or row[0] != expect_store:
                raise StoreChanged("" if row is None else str(row[0]))

    def _memo(self, cur: psycopg.Cursor[Any], now: float, session: str, request_id: str, method: str, fingerprint: str) -> Any:
        """The remembered result of (session, request_id, method), or :data:`_UNSEEN`; raise
        :class:`RequestIdReused` if the id is remembered (by any method) for another fingerprint."""
        if not request_id:
            return _UNSEEN
        remembered = _UNSEEN
        for row_method, value, row_fingerprint in cur.execute(
            "SELECT method, value, fingerprint FROM philoxd_requests WHERE session = %s AND request_id = %s AND created >= %s",
            (session, request_id, now - self._request_ttl),
        ).fetchall():
            if fingerprint and row_fingerprint and row_fingerprint != fingerprint:
                raise RequestIdReused(session, request_id)
            if row_method == method:
                remembered = json.loads(value)
        return remembered

    def _once(
        self,
        cur: psycopg.Cursor[Any],
        now: float,
        session: str,
        request_id: str,
        method: str,
        action: Callable[[], Any],
        fingerprint: str = "",
    ) -> Any:
        """Run ``action`` unless this (session, request_id, method) already ran; return its JSON value."""
        remembered = self._memo(cur, now, session, request_id, method, fingerprint)
        if remembered is not _UNSEEN:
            return remembered
        value = action()
        if request_id:
            cur.execute(
                "INSERT INTO philoxd_requests (session, request_id, method, value, created, fingerprint) "
                "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (session, request_id, method) DO UPDATE SET "
                "value = EXCLUDED.value, created = EXCLUDED.created, fingerprint = EXCLUDED.fingerprint",
                (session, request_id, method, json.dumps(value), now, fingerprint),
            )
        return value

    @staticmethod
    def _delete_session(cur: psycopg.Cursor[Any], session: str) -> None:
        for table, column in _SESSION_TABLES:
            cur.execute(f"DELETE FROM {table} WHERE {column} = %s", (session,))  # type: ignore[call-overload]  # noqa: S608 - fixed names

    def _expire(self, cur: psycopg.Cursor[Any], now: float) -> None:
        """Delete expired sessions (named ones leave a tombstone) and forgotten request records."""
        dead = cur.execute(
            "SELECT name FROM philoxd_sessions WHERE last_used < %s ORDER BY name FOR UPDATE SKIP LOCKED", (now - self._session_ttl,)
        ).fetchall()
        for (name,) in dead:
            self._delete_session(cur, name)
            if not is_private(name):
                cur.execute(
                    "INSERT INTO philoxd_tombstones (name, expired) VALUES (%s, %s) ON CONFLICT (name) DO UPDATE SET expired = EXCLUDED.expired",
                    (name, now),
                )
        if dead:
            cur.execute(
                "DELETE FROM philoxd_tombstones WHERE name IN (SELECT name FROM philoxd_tombstones ORDER BY expired DESC OFFSET %s)",
                (MAX_TOMBSTONES,),
            )
        cur.execute("DELETE FROM philoxd_requests WHERE created < %s", (now - self._request_ttl,))

    @staticmethod
    def _generator(cur: psycopg.Cursor[Any], session: str, generator: str) -> GeneratorRecord:
        row = cur.execute("SELECT key, counter, alg FROM philoxd_generators WHERE session = %s AND id = %s", (session, generator)).fetchone()
        if row is None:
            raise NotFound(f"generator {generator!r} does not exist in session {session!r}")
        return GeneratorRecord(int(row[0]), int(row[1]), int(row[2]))

    # -- health ----------------------------------------------------------------------
    def ping(self) -> str:
        """Read the store's identity from the primary (``Unavailable`` while none answers)."""
        row = self._tx(lambda cur, now: cur.execute("SELECT value FROM philoxd_meta WHERE key = 'store_id'").fetchone(), write=False)
        if row is None:
            raise Unavailable(f"postgresql store {self._where}: its identity is gone (philoxd_meta was emptied)")
        return str(row[0])

    def check_writable(self) -> None:
        """Raise why a reservation would fail now: answers from a commit under a second old, else
        commits a probe (on the primary: ``Unavailable`` while none answers, ``ResourceExhausted``
        when its disk is full)."""
        at, failure = self._last_write
        if failure is None and time.monotonic() - at < _FRESH_WRITE_S:
            return
        self._tx(
            lambda cur, now: cur.execute(
                "INSERT INTO philoxd_meta (key, value) VALUES ('probe', %s) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (repr(now),),
            )
        )

    def mark_restored(self) -> str:
        identity = uuid.uuid4().hex

        def tx(cur: psycopg.Cursor[Any], now: float) -> None:
            # Waits for every reservation in flight; later ones read the new identity.
            cur.execute("LOCK TABLE philoxd_sessions IN EXCLUSIVE MODE")
            cur.execute("UPDATE philoxd_meta SET value = %s WHERE key = 'store_id'", (identity,))

        self._tx(tx)
        return identity

    # -- Store -----------------------------------------------------------------------
    def open_session(self, name: str | None, reset_expired: bool = False) -> tuple[str, bool]:
        def tx(cur: psycopg.Cursor[Any], now: float) -> tuple[str, bool]:
            self._expire(cur, now)
            session = name or f"private-{uuid.uuid4().hex}"
            buried = cur.execute("DELETE FROM philoxd_tombstones WHERE name = %s RETURNING 1", (session,)).fetchone()
            if buried and not reset_expired:
                raise SessionExpiredNotReopened(session, self._session_ttl)  # (rolled back: the tombstone stays)
            created = cur.execute(
                "INSERT INTO philoxd_sessions (name, global_seed, op_seed_index, last_used, epoch) VALUES (%s, NULL, 0, %s, %s) "
                "ON CONFLICT (name) DO UPDATE SET last_used = EXCLUDED.last_used RETURNING (xmax = 0)",
                (session, now, new_epoch()),
            ).fetchone()
            return session, bool(created and created[0])

        return self._tx(tx)

    def session_count(self) -> int:
        def tx(cur: psycopg.Cursor[Any], now: float) -> int:
            self._expire(cur, now)
            row = cur.execute("SELECT COUNT(*) FROM philoxd_sessions WHERE last_used >= %s", (now - self._session_ttl,)).fetchone()
            return int(row[0]) if row else 0

        return self._tx(tx)

    def set_seed(self, session: str, seed: int | None, request_id: str = "", *, fingerprint: str = "") -> None:
        def tx(cur: psycopg.Cursor[Any], now: float) -> None:
            self._lock(cur, now, session)

            def action() -> None:
                cur.execute(
                    "UPDATE philoxd_sessions SET global_seed = %s, op_seed_index = 0, epoch = %s WHERE name = %s",
                    (_str(seed), new_epoch(), session),
                )
                cur.execute("DELETE FROM philoxd_kernels WHERE session = %s", (session,))

            self._once(cur, now, session, request_id, "set_seed", action, fingerprint)

        self._tx(tx)

    def set_intra_op_threads(self, session: str, threads: int, request_id: str = "", *, fingerprint: str = "") -> None:
        def tx(cur: psycopg.Cursor[Any], now: float) -> None:
            self._lock(cur, now, session)

            def action() -> None:
                cur.execute("UPDATE philoxd_sessions SET intra_op_threads = %s WHERE name = %s", (threads, session))

            self._once(cur, now, session, request_id, "set_intra_op_threads", action, fingerprint)

        self._tx(tx)

    def intra_op_threads(self, session: str) -> int:
        return self._tx(lambda cur, now: self._read(cur, now, session).threads, write=False)

    def _op_seed(
        self, session: str, method: str, request_id: str, expect_store: str, fingerprint: str, *, consume: bool
    ) -> tuple[int | None, int, int]:
        """(global seed, op-seed index, epoch); the index advances if ``consume`` and a seed is set."""
        seen = self._tx(lambda cur, now: (self._check_store(cur, expect_store), self._read(cur, now, session))[1], write=False)
        if not consume or seen.global_seed is None:  # nothing to consume: no write
            return seen.global_seed, seen.index, seen.epoch

        def tx(cur: psycopg.Cursor[Any], now: float) -> tuple[int | None, int, int]:
            self._check_store(cur, expect_store)
            row = self._lock(cur, now, session)

            def action() -> list[Any]:
                if row.global_seed is not None:
                    cur.execute("UPDATE philoxd_sessions SET op_seed_index = op_seed_index + 1 WHERE name = %s", (session,))
                return [_str(row.global_seed), row.index, row.epoch]

            value = self._once(cur, now, session, request_id, method, action, fingerprint)
            return _int(value[0]), int(value[1]), int(value[2]) if len(value) > 2 else row.epoch

        return self._tx(tx)

    def next_op_seed(
        self, session: str, consume: bool = True, request_id: str = "", *, fingerprint: str = ""
    ) -> tuple[int | None, int]:
        return self._op_seed(session, "next_op_seed", request_id, "", fingerprint, consume=consume)[:2]

    def draw_op_seed(self, session: str, request_id: str = "", expect_store: str = "", *, fingerprint: str = "") -> tuple[int | None, int, int]:
        return self._op_seed(session, "draw_op_seed", request_id, expect_store, fingerprint, consume=True)

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
        check_seed = expect_seed is not ANY_SEED
        seed = None if not check_seed or expect_seed is None else str(expect_seed)
        call = (
            "SELECT fresh, result FROM philoxd_reserve_kernel(%s, %s, %s, %s, %s::numeric, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
        )

        def tx(cur: psycopg.Cursor[Any], now: float) -> tuple[bool, str] | None:
            args = (session, kernel, str(init[0]), str(init[1]), count, request_id, fingerprint, check_seed, seed,
                    expect_epoch, expect_store, now, self._session_ttl, self._request_ttl, max_kernels)  # fmt: skip
            return cur.execute(call, args).fetchone()  # type: ignore[return-value]

        try:
            row = self._tx(tx, single=True)
        except _Reused:
            raise RequestIdReused(session, request_id) from None
        except StaleSeed:
            raise StaleSeed(session) from None
        except TooManyKernels:
            raise TooManyKernels(session) from None
        if row is None:  # the session is not live: say why (the store's identity first, as a reservation does)
            self._tx(lambda cur, now: (self._check_store(cur, expect_store), self._read(cur, now, session)), write=False)
            raise NotFound(f"session {session!r} does not exist or has expired")  # (it came back meanwhile: retry)
        fresh, result = row
        value = json.loads(result)
        if report is not None:
            report.fresh = bool(fresh)
            report.epoch = int(value[2])
        return int(value[0]), int(value[1])

    def register_scope(
        self, session: str, request_id: str = "", name: str = "", *, fingerprint: str = "", max_scopes: int | None = None
    ) -> str:
        def tx(cur: psycopg.Cursor[Any], now: float) -> str:
            row = self._lock(cur, now, session)

            def action() -> str:
                if name:
                    found = cur.execute("SELECT scope FROM philoxd_scopes WHERE session = %s AND name = %s", (session, name)).fetchone()
                    if found is not None:
                        return str(found[0])
                if max_scopes is not None:
                    held = cur.execute("SELECT count(*) FROM philoxd_scopes WHERE session = %s", (session,)).fetchone()
                    if held is not None and held[0] >= max_scopes:
                        raise TooManyScopes(session)
                scope = uuid.uuid4().hex
                cur.execute(
                    "INSERT INTO philoxd_scopes (session, scope, global_seed, name) VALUES (%s, %s, %s, %s)",
                    (session, scope, _str(row.global_seed), name),
                )
                return scope

            return str(self._once(cur, now, session, request_id, "register_scope", action, fingerprint))

        return self._tx(tx)

    def scope_seed(self, session: str, scope: str) -> int | None:
        def tx(cur: psycopg.Cursor[Any], now: float) -> int | None:
            self._read(cur, now, session)
            row = cur.execute("SELECT global_seed FROM philoxd_scopes WHERE session = %s AND scope = %s", (session, scope)).fetchone()
            if row is None:
                raise NotFound(f"function scope {scope!r} does not exist in session {session!r}")
            return _int(row[0])

        return self._tx(tx, write=False)

    def create_generator(
        self, session: str, record: GeneratorRecord, name: str = "", request_id: str = "", *, fingerprint: str = ""
    ) -> tuple[str, GeneratorRecord]:
        def tx(cur: psycopg.Cursor[Any], now: float) -> tuple[str, GeneratorRecord]:
            self._lock(cur, now, session)

            def action() -> list[Any]:
                if name:
                    found = cur.execute("SELECT id FROM philoxd_generators WHERE session = %s AND name = %s", (session, name)).fetchone()
                    if found is not None:
                        return [found[0], _record_json(self._generator(cur, session, found[0]))]
                gen = uuid.uuid4().hex
                cur.execute(
                    "INSERT INTO philoxd_generators (session, id, name, key, counter, alg) VALUES (%s, %s, %s, %s, %s, %s)",
                    (session, gen, name, str(record.key), str(record.counter), record.alg),
                )
                return [gen, _record_json(record)]

            value = self._once(cur, now, session, request_id, "create_generator", action, fingerprint)
            return str(value[0]), _record_from(value[1])

        return self._tx(tx)

    def get_generator(self, session: str, generator: str) -> GeneratorRecord:
        def tx(cur: psycopg.Cursor[Any], now: float) -> GeneratorRecord:
            self._read(cur, now, session)
            return self._generator(cur, session, generator)

        return self._tx(tx, write=False)

    def set_generator(
        self, session: str, generator: str, record: GeneratorRecord, request_id: str = "", *, fingerprint: str = ""
    ) -> None:
        def tx(cur: psycopg.Cursor[Any], now: float) -> None:
            self._lock(cur, now, session)
            self._generator(cur, session, generator)

            def action() -> None:
                cur.execute(
                    "UPDATE philoxd_generators SET key = %s, counter = %s, alg = %s WHERE session = %s AND id = %s",
                    (str(record.key), str(record.counter), record.alg, session, generator),
                )
                cur.execute("UPDATE philoxd_sessions SET epoch = %s WHERE name = %s", (new_epoch(), session))

            self._once(cur, now, session, request_id, "set_generator", action, fingerprint)

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
        def tx(cur: psycopg.Cursor[Any], now: float) -> GeneratorRecord:
            self._check_store(cur, expect_store)
            row = self._lock(cur, now, session)
            record = self._generator(cur, session, generator)
            if report is not None:
                report.fresh = False

            def action() -> list[Any]:  # the epoch is remembered with the reservation
                if report is not None:
                    report.fresh = True
                counter = add_counter(record.counter, count)
                cur.execute(
                    "UPDATE philoxd_generators SET counter = %s WHERE session = %s AND id = %s", (str(counter), session, generator)
                )
                if counter < record.counter:  # a skip that wraps moves the state back: a rewind
                    cur.execute("UPDATE philoxd_sessions SET epoch = %s WHERE name = %s", (new_epoch(), session))
                return [*_record_json(record), row.epoch]

            value = self._once(cur, now, session, request_id, "reserve_generator", action, fingerprint)
            if report is not None:
                report.epoch = int(value[3]) if len(value) > 3 else row.epoch
            return _record_from(value)

        return self._tx(tx)

    def list_sessions(self, prefix: str = "", limit: int | None = None) -> tuple[list[SessionSummary], bool]:
        def tx(cur: psycopg.Cursor[Any], now: float) -> tuple[list[SessionSummary], bool]:
            rows = cur.execute(
                "SELECT s.name, s.global_seed, s.op_seed_index, s.last_used, "
                "(SELECT COUNT(*) FROM philoxd_kernels k WHERE k.session = s.name), "
                "(SELECT COUNT(*) FROM philoxd_scopes c WHERE c.session = s.name), "
                "(SELECT COUNT(*) FROM philoxd_generators g WHERE g.session = s.name) "
                "FROM philoxd_sessions s WHERE starts_with(s.name, %s) AND s.last_used >= %s ORDER BY s.name COLLATE \"C\" LIMIT %s",
                (prefix, now - self._session_ttl, None if limit is None else limit + 1),
            ).fetchall()
            shown = rows if limit is None else rows[:limit]
            summaries = [
                SessionSummary(name, _int(seed), int(index), int(k), int(sc), int(g), self._unix(now, float(last)))
                for name, seed, index, last, k, sc, g in shown
            ]
            return summaries, len(shown) < len(rows)

        return self._tx(tx, write=False)

    def export_session(self, session: str) -> tuple[SessionState, float]:
        def tx(cur: psycopg.Cursor[Any], now: float) -> tuple[SessionState, float]:
            # REPEATABLE READ: every table is read from one snapshot (one consistent state).
            cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            row = self._read(cur, now, session)
            found = cur.execute("SELECT last_used FROM philoxd_sessions WHERE name = %s", (session,)).fetchone()
            assert found is not None
            kernels = cur.execute("SELECT kernel, key, counter FROM philoxd_kernels WHERE session = %s", (session,)).fetchall()
            scopes = cur.execute("SELECT scope, name, global_seed FROM philoxd_scopes WHERE session = %s", (session,)).fetchall()
            gens = cur.execute("SELECT id, name, key, counter, alg FROM philoxd_generators WHERE session = %s", (session,)).fetchall()
            state = SessionState.of(
                row.global_seed,
                row.index,
                (KernelState(k, int(key), int(counter)) for k, key, counter in kernels),
                (ScopeState(scope, name, _int(seed)) for scope, name, seed in scopes),
                (GeneratorState(gen, name, GeneratorRecord(int(key), int(counter), int(alg))) for gen, name, key, counter, alg in gens),
                row.threads,
            )
            return state, self._unix(now, float(found[0]))

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
        def tx(cur: psycopg.Cursor[Any], now: float) -> bool:
            row = cur.execute("SELECT last_used FROM philoxd_sessions WHERE name = %s FOR UPDATE", (session,)).fetchone()
            live = row is not None and now - row[0] <= self._session_ttl

            def action() -> bool:
                if not live and not create:
                    self._missing(cur, session, expired=row is not None)
                if live and not replace:
                    raise AlreadyExists(f"session {session!r} exists")
                if row is not None and not live:
                    self._delete_session(cur, session)  # expired: nothing of it survives
                cur.execute("DELETE FROM philoxd_tombstones WHERE name = %s", (session,))  # a restore brings it back
                cur.execute(
                    "INSERT INTO philoxd_sessions (name, global_seed, op_seed_index, last_used, epoch, intra_op_threads) "
                    "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (name) DO UPDATE SET global_seed = EXCLUDED.global_seed, "
                    "op_seed_index = EXCLUDED.op_seed_index, last_used = EXCLUDED.last_used, epoch = EXCLUDED.epoch, "
                    "intra_op_threads = EXCLUDED.intra_op_threads",
                    (session, _str(state.global_seed), state.op_seed_index, now, new_epoch(), state.intra_op_threads),
                )
                cur.execute("DELETE FROM philoxd_kernels WHERE session = %s", (session,))
                cur.execute("DELETE FROM philoxd_generators WHERE session = %s", (session,))
                if state.kernels:
                    cur.executemany(
                        "INSERT INTO philoxd_kernels (session, kernel, key, counter) VALUES (%s, %s, %s, %s)",
                        [(session, k.kernel, str(k.key), str(k.counter)) for k in state.kernels],
                    )
                for scope in state.scopes:  # added to the session's scopes (a name moves to the snapshot's scope)
                    if scope.name:
                        cur.execute(
                            "UPDATE philoxd_scopes SET name = '' WHERE session = %s AND name = %s AND scope <> %s",
                            (session, scope.name, scope.scope),
                        )
                    cur.execute(
                        "INSERT INTO philoxd_scopes (session, scope, global_seed, name) VALUES (%s, %s, %s, %s) "
                        "ON CONFLICT (session, scope) DO UPDATE SET global_seed = EXCLUDED.global_seed, name = EXCLUDED.name",
                        (session, scope.scope, _str(scope.global_seed), scope.name),
                    )
                if state.generators:
                    cur.executemany(
                        "INSERT INTO philoxd_generators (session, id, name, key, counter, alg) VALUES (%s, %s, %s, %s, %s, %s)",
                        [(session, g.generator, g.name, str(g.record.key), str(g.record.counter), g.record.alg) for g in state.generators],
                    )
                return not live

            return bool(self._once(cur, now, session, request_id, "import_session", action, fingerprint))

        return self._tx(tx)

    def delete_session(self, session: str) -> bool:
        def tx(cur: psycopg.Cursor[Any], now: float) -> bool:
            row = cur.execute("SELECT last_used FROM philoxd_sessions WHERE name = %s FOR UPDATE", (session,)).fetchone()
            self._delete_session(cur, session)
            buried = cur.execute("DELETE FROM philoxd_tombstones WHERE name = %s RETURNING 1", (session,)).fetchone() is not None
            live = row is not None and now - row[0] <= self._session_ttl
            stale_named = row is not None and not live and not is_private(session)
            return buried or stale_named or live

        return self._tx(tx)

    def close(self) -> None:
        self._closing.set()
        self._ticker.join()
        self._pool.close()
