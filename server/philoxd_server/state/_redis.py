"""Redis store: shared state for many stateless ``philoxd serve`` replicas.

Every operation is one Lua script, so it is atomic on the Redis server no matter
how many threads, processes or replicas share it. Layout (``<s>`` is the session
name percent-encoded, so it holds no ``{``, ``}`` or ``:`` and every key of a
session shares one hash tag, i.e. one cluster slot)::

    philoxd:sessions                      ZSET  session name -> expiry (ms, store clock)
    philoxd:clock                         HASH  now (the store clock, ms), wall (Redis TIME when it last advanced)
    philoxd:expired                       ZSET  expired named session -> when (ms, store clock): tombstones
    philoxd:store-id                      STRING the store's identity (random; made on first use)
    philoxd:{<s>}:meta                    HASH  seed (decimal; absent = None), op (next op-seed index)
    philoxd:{<s>}:kernels                 HASH  kernel -> "<key>:<counter hex32>"
    philoxd:{<s>}:scopes                  HASH  scope id -> seed (decimal; "" = None)
    philoxd:{<s>}:gens                    HASH  generator id -> "<key>:<counter hex32>:<alg>"
    philoxd:{<s>}:names                   HASH  generator name -> generator id
    philoxd:{<s>}:scope-names             HASH  function scope name -> scope id (named scopes only)
    philoxd:{<s>}:req:<method>:<rid>      STRING the remembered result, PX request_ttl
    philoxd:{<s>}:rid:<rid>               STRING the fingerprint of the request <rid> names, PX request_ttl

``meta`` also holds ``epoch`` (random, made with the session; absent = 0), which every rewind
changes (``set_seed``, ``set_generator``, ``import_session``, a generator skip that moves its
counter back): an unseeded draw's reservation checks it, so it lands wholly before or after a
restore, and high-water marks are kept per epoch (see ``Reserved``). Reservations check
``philoxd:store-id`` in the same script (``expect_store``).

Each script advances the store clock (``state._store.MAX_CLOCK_STEP_S``: Redis ``TIME``
is a wall clock, whose steps must not expire a live session), checks the session
(``meta`` exists and its expiry in ``philoxd:sessions`` has not passed), does its work,
then sets the session's expiry there to now + session_ttl. Session keys have no Redis
expiry: an expired session is deleted by the first script that finds it so, or by the
sweep every store instance runs each ``CLOCK_TICK_S``; a named one leaves a tombstone. The 128-bit ``add_counter`` (TF ``Skip``, with its
dropped carry) runs in Lua on four 32-bit words, exact in Lua's doubles.

Deployment: a single primary (or Sentinel); Redis Cluster is not supported,
because the session index is one key outside the sessions' slots. Run with
``maxmemory-policy noeviction`` (evicting a kernel would repeat numbers) and
``appendonly yes`` + ``appendfsync always`` if reservations must survive a Redis
crash (with ``everysec`` up to a second of reservations can be handed out again).
"""

from __future__ import annotations

import json
import logging
import math
import threading
import urllib.parse
import uuid
from typing import Any

import redis
import redis.exceptions
from redis.backoff import NoBackoff
from redis.retry import Retry

from philoxd_server._errors import (
    AlreadyExists,
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
    MAX_CLOCK_STEP_S,
    MAX_TOMBSTONES,
    PRIVATE_PREFIX,
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
    new_epoch,
)

__all__ = ["RedisStore"]

_LOG = logging.getLogger("philoxd.server")

_SOCKET_TIMEOUT_S = 2.0  # a command (script) reply must arrive within this
_SOCKET_CONNECT_TIMEOUT_S = 2.0  # connecting to Redis must succeed within this
_HEALTH_CHECK_INTERVAL_S = 30  # PING a pooled connection idle longer than this before use
_RECONNECT_RETRIES = 1  # immediate reconnects after a dropped connection (stale socket after a restart)
_MS_PER_S = 1000
_MAX_TTL_MS = 100 * 365 * 24 * 3600 * _MS_PER_S  # "forever" (float('inf') ttls are capped here)
_COUNT_LIMIT = 1 << 64  # add_counter's count is a 64-bit word
_COUNTER_LIMIT = 1 << 128  # Philox counters are 128-bit
_COUNT_HEX_DIGITS = 16
_COUNTER_HEX_DIGITS = 32
_INDEX_KEY = "philoxd:sessions"
_STORE_CHANGED = "!store:"  # a reservation's expect_store is not the identity: "!store:<identity>"
_CLOCK_KEY = "philoxd:clock"
_TOMBSTONES_KEY = "philoxd:expired"
_SWEEP_BATCH = 100  # expired sessions one clock tick deletes at most
_IDENTITY_KEY = "philoxd:store-id"
# Reads the identity, and writes it only when missing: at maxmemory a script's first write is
# refused (OOM), and ping must still answer while the store is full (check_writable tells that).
_IDENTITY = """
local id = redis.call('GET', KEYS[1])
if id then return id end
redis.call('SET', KEYS[1], ARGV[1], 'NX')
return redis.call('GET', KEYS[1])
"""
_PROBE_KEY = "philoxd:write-probe"  # check_writable sets it (one small key, expiring)
_PROBE_TTL_MS = 60 * _MS_PER_S
# check_writable reports the store full from this fraction of maxmemory on: right at the limit,
# Redis refuses or takes a write by the few bytes a connection's buffers come and go by, and
# health would flap while most reservations fail.
_FULL_FRACTION = 0.98
_KEY_PREFIX = "philoxd:"
_SEP = ":"  # between fields of a stored value (decimal ints, hex counters, ids: never contain it)
_MISSING = "!"  # first character of a script result that means "not found"
_REUSED = "!reused"  # a script's result when the request id names another request
_EXPIRED = "!expired"  # a script's result for a named session that expired
_UNAVAILABLE_ERRORS = (
    redis.exceptions.ConnectionError,  # includes BusyLoadingError (LOADING after a restart)
    redis.exceptions.TimeoutError,
    redis.exceptions.ReadOnlyError,  # talking to a replica during a failover
    TimeoutError,
)
# Redis refuses writes: at maxmemory under noeviction (OOM), or after a failed background save
# with stop-writes-on-bgsave-error (MISCONF). Both are replies, not connection failures.
_FAULT_ERRORS = (*_UNAVAILABLE_ERRORS, redis.exceptions.ResponseError)
_MISCONF = "MISCONF"

# KEYS: 1 index, 2 meta, 3 kernels, 4 scopes, 5 gens, 6 names, 7 request memo, 8 scope names,
# 9 request claim (the fingerprint of the request the id names in this session, any method),
# 10 the store clock, 11 tombstones (expired named sessions), 12 the store's identity.
# ARGV: 1 session name, 2 session ttl (ms), 3 request ttl (ms; 0 = do not remember), 4... per
# method, and last (ARGV[#ARGV]) the request's fingerprint ("" = matches any).
_PRELUDE = r"""
local TWO32 = 4294967296
local PRIVATE_PREFIX = '@PRIVATE_PREFIX@'
-- The store clock (ms): advanced by Redis TIME's step since the last observation, clamped to
-- [0, @MAX_STEP_MS@] (state._store.MAX_CLOCK_STEP_S); it starts at Redis TIME.
local clock = redis.call('TIME')
local wall = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local stored = redis.call('HMGET', KEYS[10], 'now', 'wall')
local now = wall
if stored[1] and stored[2] then
  local step = wall - tonumber(stored[2])
  if step < 0 then step = 0 elseif step > @MAX_STEP_MS@ then step = @MAX_STEP_MS@ end
  now = tonumber(stored[1]) + step
end
-- pcall: at maxmemory Redis refuses a script's first write (OOM); a read must still answer (the
-- clock then catches up, by at most a step, at the next observation that can write).
redis.pcall('HSET', KEYS[10], 'now', string.format('%.0f', now), 'wall', string.format('%.0f', wall))

-- TF PhiloxRandom::Skip on a 128-bit counter (32 hex digits) by a 64-bit count (16 hex digits).
local function add_counter(counter, count)
  local c3 = tonumber(string.sub(counter, 1, 8), 16)
  local c2 = tonumber(string.sub(counter, 9, 16), 16)
  local c1 = tonumber(string.sub(counter, 17, 24), 16)
  local c0 = tonumber(string.sub(counter, 25, 32), 16)
  local hi = tonumber(string.sub(count, 1, 8), 16)
  local lo = tonumber(string.sub(count, 9, 16), 16)
  c0 = (c0 + lo) % TWO32
  if c0 < lo then hi = (hi + 1) % TWO32 end  -- hi 0xffffffff wraps to 0: the carry is dropped
  c1 = (c1 + hi) % TWO32
  if c1 < hi then
    c2 = (c2 + 1) % TWO32
    if c2 == 0 then c3 = (c3 + 1) % TWO32 end
  end
  return string.format('%08x%08x%08x%08x', c3, c2, c1, c0)
end

local function split(value)
  local parts = {}
  for part in string.gmatch(value, '[^:]+') do parts[#parts + 1] = part end
  return parts
end

-- Refresh the session: its expiry (store clock) in the index. Its keys never expire by Redis's
-- own (wall) clock: PERSIST clears the expiries older versions set.
local function touch()
  if redis.call('PTTL', KEYS[2]) >= 0 then
    for i = 2, 6 do redis.call('PERSIST', KEYS[i]) end
    redis.call('PERSIST', KEYS[8])
  end
  redis.call('ZADD', KEYS[1], string.format('%.0f', now + tonumber(ARGV[2])), ARGV[1])
end

local function private()
  local tail = string.match(ARGV[1], '([^/]*)$')
  return string.sub(tail, 1, #PRIVATE_PREFIX) == PRIVATE_PREFIX
end

-- Delete the (expired) session; a named one leaves a tombstone (at most @MAX_TOMBSTONES@).
local function bury()
  redis.call('DEL', KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6], KEYS[8])
  redis.call('ZREM', KEYS[1], ARGV[1])
  if private() then return end
  redis.call('ZADD', KEYS[11], string.format('%.0f', now), ARGV[1])
  local extra = redis.call('ZCARD', KEYS[11]) - @MAX_TOMBSTONES@
  if extra > 0 then redis.call('ZREMRANGEBYRANK', KEYS[11], 0, extra - 1) end
end

-- false if the session is live; else '!session' or (a named one that expired) '!expired',
-- after burying it if it expired just now.
local function absent()
  if redis.call('EXISTS', KEYS[2]) == 1 then
    local expiry = redis.call('ZSCORE', KEYS[1], ARGV[1])
    if not expiry or tonumber(expiry) >= now then return false end
    bury()
    if private() then return '!session' end
    return '!expired'
  end
  if redis.call('ZSCORE', KEYS[11], ARGV[1]) then return '!expired' end
  return '!session'
end

-- '!reused' if the request id names another request (KEYS[9] holds another fingerprint).
local function reused()
  local fingerprint = ARGV[#ARGV]
  if tonumber(ARGV[3]) == 0 or fingerprint == '' then return false end
  local claimed = redis.call('GET', KEYS[9])
  return claimed and claimed ~= '' and claimed ~= fingerprint
end

-- Remember a result (and the request's fingerprint) under the request id.
local function remember(out)
  redis.call('SET', KEYS[7], out, 'PX', ARGV[3])
  if ARGV[#ARGV] ~= '' then redis.call('SET', KEYS[9], ARGV[#ARGV], 'PX', ARGV[3]) end
end

-- A reservation's expect_store ("" = no check): "!store:<identity>" if the store has another.
local function store_changed(expect)
  if expect == '' then return false end
  local identity = redis.call('GET', KEYS[12]) or ''
  if identity ~= expect then return '!store:' .. identity end
  return false
end

-- Session check, then (memo or action), then refresh the session. check() runs before the memo.
local function once(action, check)
  local missing = absent()
  if missing then return missing end
  local out = check and check() or false
  if not out then
    if reused() then return '!reused' end
    local memo = tonumber(ARGV[3]) > 0
    if memo then out = redis.call('GET', KEYS[7]) end
    if not out then
      out = action()
      if memo then remember(out) end
    end
  end
  touch()
  return out
end
"""

_PRELUDE = (
    _PRELUDE.replace("@PRIVATE_PREFIX@", PRIVATE_PREFIX)
    .replace("@MAX_STEP_MS@", str(round(MAX_CLOCK_STEP_S * _MS_PER_S)))
    .replace("@MAX_TOMBSTONES@", str(MAX_TOMBSTONES))
)

# ARGV[4]: "1" = reset_expired, 5: the new session's epoch. Returns 1 (created), 0 (attached) or "!expired".
_OPEN_SESSION = r"""
local created = 0
if absent() then
  if redis.call('ZSCORE', KEYS[11], ARGV[1]) then
    if ARGV[4] ~= '1' then return '!expired' end
    redis.call('ZREM', KEYS[11], ARGV[1])
  end
  redis.call('HSET', KEYS[2], 'op', 0, 'epoch', ARGV[5])
  created = 1
end
touch()
return created
"""

_SESSION_COUNT = r"""
return redis.call('ZCOUNT', KEYS[1], string.format('%.0f', now), '+inf')
"""

# ARGV[4]: at most this many. The store clock (advanced), Redis TIME and the names of expired
# sessions still in the index (for the sweep): {now, wall, {name, ...}}.
_CLOCK = r"""
local names = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. string.format('%.0f', now), 'LIMIT', 0, tonumber(ARGV[4]))
return {string.format('%.0f', now), string.format('%.0f', wall), names}
"""

# Bury the session if it has expired. Returns "ok" or absent()'s answer.
_EXPIRE = r"""
return absent() or 'ok'
"""

# ARGV[4]: the session's TF intra-op thread count (the hash's 'threads'; absent: the default).
_SET_INTRA_OP_THREADS = r"""
return once(function()
  redis.call('HSET', KEYS[2], 'threads', ARGV[4])
  return 'ok'
end)
"""

_INTRA_OP_THREADS = r"""
return once(function() return redis.call('HGET', KEYS[2], 'threads') or '' end)
"""

# ARGV[4]: seed (decimal) or "" for None, 5: a new epoch.
_SET_SEED = r"""
return once(function()
  redis.call('HSET', KEYS[2], 'op', 0, 'epoch', ARGV[5])
  if ARGV[4] == '' then redis.call('HDEL', KEYS[2], 'seed') else redis.call('HSET', KEYS[2], 'seed', ARGV[4]) end
  redis.call('DEL', KEYS[3])
  return 'ok'
end)
"""

# ARGV[4]: "1" to consume. Returns "<index>:<seed or empty>".
_NEXT_OP_SEED = r"""
return once(function()
  local seed = redis.call('HGET', KEYS[2], 'seed')
  local index = redis.call('HGET', KEYS[2], 'op')
  if seed and ARGV[4] == '1' then redis.call('HINCRBY', KEYS[2], 'op', 1) end
  return index .. ':' .. (seed or '')
end)
"""

# ARGV[4]: expect_store. Returns "<index>:<seed or empty>:<epoch>".
_DRAW_OP_SEED = r"""
local changed = store_changed(ARGV[4])
if changed then return changed end
return once(function()
  local seed = redis.call('HGET', KEYS[2], 'seed')
  local index = redis.call('HGET', KEYS[2], 'op')
  local epoch = redis.call('HGET', KEYS[2], 'epoch') or '0'
  if seed then redis.call('HINCRBY', KEYS[2], 'op', 1) end
  return index .. ':' .. (seed or '') .. ':' .. epoch
end)
"""

# ARGV[4]: kernel, 5: init "<key>:<counter hex32>", 6: count hex16, 7: "1" to check the global
# seed, 8: the expected seed (decimal, "" = None), 9: the expected epoch ("" = no check; a
# remembered reservation is answered whatever the epoch), 10: expect_store, 11: max_kernels ("" =
# no limit). Returns the start and the Reserved report "<key>:<counter>:<epoch>:<fresh 1/0>" (the
# epoch remembered with the start), or "!stale" / "!kernels" / "!store:<identity>".
_RESERVE_KERNEL = r"""
local changed = store_changed(ARGV[10])
if changed then return changed end
local function stale()
  if ARGV[7] == '1' then
    local seed = redis.call('HGET', KEYS[2], 'seed') or ''
    if seed ~= ARGV[8] then return '!stale' end
  end
  if ARGV[9] ~= '' and (redis.call('HGET', KEYS[2], 'epoch') or '0') ~= ARGV[9] then
    if tonumber(ARGV[3]) > 0 and redis.call('EXISTS', KEYS[7]) == 1 then return false end
    return '!stale'
  end
  if ARGV[11] ~= '' and redis.call('HEXISTS', KEYS[3], ARGV[4]) == 0
      and redis.call('HLEN', KEYS[3]) >= tonumber(ARGV[11]) then
    if tonumber(ARGV[3]) > 0 and redis.call('EXISTS', KEYS[7]) == 1 then return false end
    return '!kernels'
  end
  return false
end
local fresh = '0'
local out = once(function()
  fresh = '1'
  local start = redis.call('HGET', KEYS[3], ARGV[4]) or ARGV[5]
  local parts = split(start)
  redis.call('HSET', KEYS[3], ARGV[4], parts[1] .. ':' .. add_counter(parts[2], ARGV[6]))
  return start .. ':' .. (redis.call('HGET', KEYS[2], 'epoch') or '0')
end, stale)
if string.sub(out, 1, 1) == '!' then return out end
return out .. ':' .. fresh
"""

# ARGV[4]: a fresh scope id, 5: name ("" = anonymous), 6: max_scopes ("" = no limit). Returns the
# scope id (a named one's if it exists), or "!scopes" if a new one would pass max_scopes.
_REGISTER_SCOPE = r"""
local function full()
  if ARGV[6] == '' or redis.call('HLEN', KEYS[4]) < tonumber(ARGV[6]) then return false end
  if ARGV[5] ~= '' and redis.call('HEXISTS', KEYS[8], ARGV[5]) == 1 then return false end
  if tonumber(ARGV[3]) > 0 and redis.call('EXISTS', KEYS[7]) == 1 then return false end
  return '!scopes'
end
return once(function()
  if ARGV[5] ~= '' then
    local scope = redis.call('HGET', KEYS[8], ARGV[5])
    if scope then return scope end
    redis.call('HSET', KEYS[8], ARGV[5], ARGV[4])
  end
  redis.call('HSET', KEYS[4], ARGV[4], redis.call('HGET', KEYS[2], 'seed') or '')
  return ARGV[4]
end, full)
"""

# Every hash of the session, and its expiry score (no touch). Returns "!session" or
# {meta, kernels, scopes, gens, names, scope names, expiry}, each hash flat (field, value, ...).
_EXPORT_SESSION = r"""
local missing = absent()
if missing then return missing end
return {
  redis.call('HGETALL', KEYS[2]), redis.call('HGETALL', KEYS[3]), redis.call('HGETALL', KEYS[4]),
  redis.call('HGETALL', KEYS[5]), redis.call('HGETALL', KEYS[6]), redis.call('HGETALL', KEYS[8]),
  redis.call('ZSCORE', KEYS[1], ARGV[1]) or '0', string.format('%.0f', now), string.format('%.0f', wall),
}
"""

# ARGV[4]: "1" = may create, 5: "1" = may replace, 6: seed ("" = None), 7: op index, 8: epoch,
# 9: JSON [kernel, "<key>:<counter hex32>", ...], 10: JSON [scope, seed, ...], 11: JSON [name,
# scope, ...], 12: JSON [generator, record, ...], 13: JSON [name, generator, ...], 14: intra-op threads.
# Returns "created" / "replaced" (remembered under the request id), "!session" or "!exists".
_IMPORT_SESSION = r"""
local memo = tonumber(ARGV[3]) > 0
if reused() then return '!reused' end
if memo then
  local out = redis.call('GET', KEYS[7])
  if out then return out end
end
local missing = absent()
local live = not missing
if not live and ARGV[4] ~= '1' then return missing end
redis.call('ZREM', KEYS[11], ARGV[1])  -- a restore brings an expired session back
if live and ARGV[5] ~= '1' then return '!exists' end
if not live then redis.call('DEL', KEYS[4], KEYS[8]) end
redis.call('DEL', KEYS[2], KEYS[3], KEYS[5], KEYS[6])
redis.call('HSET', KEYS[2], 'op', ARGV[7], 'epoch', ARGV[8], 'threads', ARGV[14])
if ARGV[6] ~= '' then redis.call('HSET', KEYS[2], 'seed', ARGV[6]) end
local function fill(key, flat)
  local items = cjson.decode(flat)
  for i = 1, #items, 2 do redis.call('HSET', key, items[i], items[i + 1]) end
end
fill(KEYS[3], ARGV[9])
fill(KEYS[4], ARGV[10])
local names = cjson.decode(ARGV[11])
for i = 1, #names, 2 do
  redis.call('HSET', KEYS[8], names[i], names[i + 1])
end
fill(KEYS[5], ARGV[12])
fill(KEYS[6], ARGV[13])
local out = live and 'replaced' or 'created'
if memo then remember(out) end
touch()
return out
"""

_DELETE_SESSION = r"""
local existed = redis.call('EXISTS', KEYS[2]) + redis.call('ZREM', KEYS[11], ARGV[1])
redis.call('DEL', KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6], KEYS[8])
redis.call('ZREM', KEYS[1], ARGV[1])
return existed
"""

# ARGV[4]: scope id. Returns ":<seed or empty>" or "!scope".
_SCOPE_SEED = r"""
return once(function()
  local seed = redis.call('HGET', KEYS[4], ARGV[4])
  if not seed then return '!scope' end
  return ':' .. seed
end)
"""

# ARGV[4]: a fresh generator id, 5: record "<key>:<counter hex32>:<alg>", 6: name ("" = anonymous).
# Returns "<id>:<record>".
_CREATE_GENERATOR = r"""
return once(function()
  if ARGV[6] ~= '' then
    local gen = redis.call('HGET', KEYS[6], ARGV[6])
    if gen then return gen .. ':' .. redis.call('HGET', KEYS[5], gen) end
  end
  redis.call('HSET', KEYS[5], ARGV[4], ARGV[5])
  if ARGV[6] ~= '' then redis.call('HSET', KEYS[6], ARGV[6], ARGV[4]) end
  return ARGV[4] .. ':' .. ARGV[5]
end)
"""

_GENERATOR_CHECK = r"""
local function generator_missing()
  if redis.call('HEXISTS', KEYS[5], ARGV[4]) == 0 then return '!generator' end
  return false
end
"""

# ARGV[4]: generator id. Returns the record or "!generator".
_GET_GENERATOR = (
    _GENERATOR_CHECK
    + r"""
return once(function() return redis.call('HGET', KEYS[5], ARGV[4]) end, generator_missing)
"""
)

# ARGV[4]: generator id, 5: record, 6: a new epoch.
_SET_GENERATOR = (
    _GENERATOR_CHECK
    + r"""
return once(function()
  redis.call('HSET', KEYS[5], ARGV[4], ARGV[5])
  redis.call('HSET', KEYS[2], 'epoch', ARGV[6])
  return 'ok'
end, generator_missing)
"""
)

# ARGV[4]: generator id, 5: count hex16, 6: expect_store, 7: a new epoch (used if the skip
# moves the counter back). Returns the record before the skip and the Reserved report
# "<record>:<epoch>:<fresh 1/0>" (the epoch remembered with the record), or "!generator" /
# "!session" / "!store:<identity>".
_RESERVE_GENERATOR = (
    _GENERATOR_CHECK
    + r"""
local changed = store_changed(ARGV[6])
if changed then return changed end
local fresh = '0'
local out = once(function()
  fresh = '1'
  local epoch = redis.call('HGET', KEYS[2], 'epoch') or '0'
  local record = redis.call('HGET', KEYS[5], ARGV[4])
  local parts = split(record)
  local counter = add_counter(parts[2], ARGV[5])
  redis.call('HSET', KEYS[5], ARGV[4], parts[1] .. ':' .. counter .. ':' .. parts[3])
  if counter < parts[2] then redis.call('HSET', KEYS[2], 'epoch', ARGV[7]) end  -- a rewind (fixed-width hex)
  return record .. ':' .. epoch
end, generator_missing)
if string.sub(out, 1, 1) == '!' then return out end
return out .. ':' .. fresh
"""
)


def _ttl_ms(seconds: float) -> int:
    """Seconds to whole milliseconds, rounded up (0 stays 0) and capped at :data:`_MAX_TTL_MS`."""
    if seconds <= 0:
        return 0
    return math.ceil(min(seconds * _MS_PER_S, _MAX_TTL_MS))


def _count_hex(count: int) -> str:
    if not 0 <= count < _COUNT_LIMIT:
        raise ValueError(f"count {count} must be in [0, 2**64)")
    return format(count, f"0{_COUNT_HEX_DIGITS}x")


def _counter_hex(counter: int) -> str:
    if not 0 <= counter < _COUNTER_LIMIT:
        raise ValueError(f"counter {counter} must be in [0, 2**128)")
    return format(counter, f"0{_COUNTER_HEX_DIGITS}x")


def _record_text(record: GeneratorRecord) -> str:
    return f"{record.key}{_SEP}{_counter_hex(record.counter)}{_SEP}{record.alg}"


def _record_from(parts: list[str]) -> GeneratorRecord:
    return GeneratorRecord(int(parts[0]), int(parts[1], 16), int(parts[2]))


class RedisStore:
    """A :class:`~philoxd_server.state.Store` in Redis 7 (one primary), shared by replicas.

    One instance is safe to share across threads (redis-py's connection pool);
    any number of instances, processes and hosts may share one Redis.

    Args:
      url: ``redis://[user:password@]host:port/db``, ``rediss://...`` or ``unix:///path``.
      session_ttl: Seconds after which an idle session is forgotten.
      request_ttl: Seconds a request_id's result is remembered (0: not at all).

    Raises (from every method):
      Unavailable: Redis cannot be reached (or is loading, or is a read-only replica).
    """

    def __init__(
        self, url: str, *, session_ttl: float = DEFAULT_SESSION_TTL, request_ttl: float = DEFAULT_REQUEST_TTL
    ) -> None:
        parsed = urllib.parse.urlsplit(url)
        self._where = parsed.path if parsed.scheme == "unix" else f"{parsed.hostname}:{parsed.port or 6379}{parsed.path}"
        self._client = redis.Redis.from_url(
            url,
            decode_responses=True,
            socket_timeout=_SOCKET_TIMEOUT_S,
            socket_connect_timeout=_SOCKET_CONNECT_TIMEOUT_S,
            health_check_interval=_HEALTH_CHECK_INTERVAL_S,
            # Reconnect once on a dropped connection; never re-send after a timeout (bounded latency).
            retry=Retry(NoBackoff(), _RECONNECT_RETRIES, supported_errors=(redis.exceptions.ConnectionError,)),
        )
        self._session_ttl = session_ttl
        self._session_ttl_ms = _ttl_ms(session_ttl)
        self._request_ttl_ms = _ttl_ms(request_ttl)
        register = self._client.register_script
        self._open_session = register(_PRELUDE + _OPEN_SESSION)
        self._session_count = register(_PRELUDE + _SESSION_COUNT)
        self._clock = register(_PRELUDE + _CLOCK)
        self._expire = register(_PRELUDE + _EXPIRE)
        self._set_seed = register(_PRELUDE + _SET_SEED)
        self._set_intra_op_threads = register(_PRELUDE + _SET_INTRA_OP_THREADS)
        self._intra_op_threads = register(_PRELUDE + _INTRA_OP_THREADS)
        self._next_op_seed = register(_PRELUDE + _NEXT_OP_SEED)
        self._reserve_kernel = register(_PRELUDE + _RESERVE_KERNEL)
        self._register_scope = register(_PRELUDE + _REGISTER_SCOPE)
        self._draw_op_seed = register(_PRELUDE + _DRAW_OP_SEED)
        self._export_session = register(_PRELUDE + _EXPORT_SESSION)
        self._import_session = register(_PRELUDE + _IMPORT_SESSION)
        self._delete_session = register(_DELETE_SESSION)
        self._scope_seed = register(_PRELUDE + _SCOPE_SEED)
        self._create_generator = register(_PRELUDE + _CREATE_GENERATOR)
        self._get_generator = register(_PRELUDE + _GET_GENERATOR)
        self._set_generator = register(_PRELUDE + _SET_GENERATOR)
        self._reserve_generator = register(_PRELUDE + _RESERVE_GENERATOR)
        self._identity = register(_IDENTITY)
        self._warn_on_eviction()
        self._warn_on_persistence()
        self._closing = threading.Event()
        self._ticker = threading.Thread(target=self._tick_loop, name="philoxd-redis-clock", daemon=True)
        self._ticker.start()

    def _tick_loop(self) -> None:
        """Every CLOCK_TICK_S: advance the store clock (idle time counts while this process runs)
        and delete sessions that expired (named ones leave their tombstone)."""
        while not self._closing.wait(CLOCK_TICK_S):
            try:
                self._now()
            except (PhiloxdServerError, redis.exceptions.RedisError):  # down, or full (OOM): the calls say so
                pass  # the clock catches up (by at most a step) at the next one

    def _now(self) -> tuple[int, int]:
        """Advance the store clock; sweep expired sessions. Returns (store clock, Redis TIME), ms."""
        now, wall, expired = self._call(self._clock, "", "clock", "", str(_SWEEP_BATCH))
        for name in expired:
            self._call(self._expire, name, "expire", "")
        return int(now), int(wall)

    # -- helpers ---------------------------------------------------------------------
    def _warn_on_eviction(self) -> None:
        """Best effort: evicting a session's keys would hand out numbers again."""
        try:
            policy = self._client.config_get("maxmemory-policy").get("maxmemory-policy")
        except redis.exceptions.RedisError:
            return  # unreachable now, or CONFIG disabled (managed Redis): the calls will tell
        if policy not in (None, "noeviction"):
            _LOG.warning(
                "redis at %s has maxmemory-policy %s: evicted kernels or generators restart their "
                "streams (repeated numbers); use noeviction",
                self._where,
                policy,
            )

    def _warn_on_persistence(self) -> None:
        """Best effort, at start: say when a Redis restart can lose reservations (repeated numbers)."""
        try:
            config = self._client.config_get("append*")
        except redis.exceptions.ResponseError as exc:  # CONFIG renamed or disabled (managed Redis)
            _LOG.warning(
                "redis at %s does not answer CONFIG GET (%s): cannot check that it keeps reservations across a "
                "restart; it must run with appendonly yes and appendfsync always, or lose and repeat numbers "
                "(docs/operations.md, Redis persistence)",
                self._where,
                exc,
            )
            return
        except redis.exceptions.RedisError:
            return  # unreachable now: the calls will tell
        appendonly, appendfsync = config.get("appendonly"), config.get("appendfsync")
        if appendonly != "yes" or appendfsync != "always":
            _LOG.warning(
                "redis at %s has appendonly %s, appendfsync %s: a Redis restart loses the reservations since its "
                "last save, and reservations made again repeat numbers; run it with appendonly yes and appendfsync "
                "always (docs/operations.md, Redis persistence)",
                self._where,
                appendonly,
                appendfsync,
            )

    def _call(
        self, script: Any, session: str, method: str, request_id: str, *args: str, remember: bool = True, fingerprint: str = ""
    ) -> Any:
        """Run a session script; map its failures by :meth:`_fault`, and a request id remembered
        for another request (``fingerprint``, passed as the last ARGV) to :class:`RequestIdReused`."""
        tag = self._tag(session)
        keys = [
            _INDEX_KEY,
            tag + "meta",
            tag + "kernels",
            tag + "scopes",
            tag + "gens",
            tag + "names",
            f"{tag}req:{method}:{request_id}",
            tag + "scope-names",
            f"{tag}rid:{request_id}",
            _CLOCK_KEY,
            _TOMBSTONES_KEY,
            _IDENTITY_KEY,
        ]
        memo_ms = self._request_ttl_ms if request_id and remember else 0
        try:
            result = script(keys=keys, args=[session, self._session_ttl_ms, memo_ms, *args, fingerprint])
        except _FAULT_ERRORS as exc:
            raise self._fault(method, exc) from exc
        if result == _REUSED:
            raise RequestIdReused(session, request_id)
        return result

    def _checked(self, result: str, session: str, what: str = "") -> str:
        """Raise :class:`NotFound` (same messages as the memory store) or :class:`StoreChanged`
        for a ``!...`` result."""
        if result.startswith(_STORE_CHANGED):
            raise StoreChanged(result[len(_STORE_CHANGED) :])
        if result.startswith(_MISSING):
            if result == "!session":
                raise NotFound(f"session {session!r} does not exist or has expired")
            if result == _EXPIRED:
                raise SessionExpired(session, self._session_ttl)
            if result == "!scope":
                raise NotFound(f"function scope {what!r} does not exist in session {session!r}")
            raise NotFound(f"generator {what!r} does not exist in session {session!r}")
        return result

    # -- Store -----------------------------------------------------------------------
    def open_session(self, name: str | None, reset_expired: bool = False) -> tuple[str, bool]:
        name = name or f"private-{uuid.uuid4().hex}"
        created = self._call(
            self._open_session, name, "open_session", "", "1" if reset_expired else "0", str(new_epoch())
        )
        if created == _EXPIRED:
            raise SessionExpiredNotReopened(name, self._session_ttl)
        return name, bool(created)

    def ping(self) -> str:
        """The store's identity (``philoxd:store-id``, made on first use: a Redis that lost its
        data gets a new one), bounded by the socket timeouts."""
        return str(self._guard("ping", self._identity, keys=[_IDENTITY_KEY], args=[uuid.uuid4().hex]))

    def check_writable(self) -> None:
        """``ResourceExhausted`` from 98% of ``maxmemory`` on; then write a small expiring key,
        which a replica or a failed save refuse (``Unavailable``)."""
        try:
            memory = self._guard("check_writable", self._client.info, "memory")
        except redis.exceptions.ResponseError:
            memory = {}  # INFO disabled (some managed Redis): the write below still tells
        limit, used = int(memory.get("maxmemory", 0)), int(memory.get("used_memory", 0))
        if limit and used > limit * _FULL_FRACTION:
            raise self._out_of_memory("check_writable", f"{used} bytes used of maxmemory {limit}")
        self._guard("check_writable", self._client.set, _PROBE_KEY, uuid.uuid4().hex, px=_PROBE_TTL_MS)

    def mark_restored(self) -> str:
        identity = uuid.uuid4().hex
        self._guard("mark_restored", self._client.set, _IDENTITY_KEY, identity)
        return identity

    def session_count(self) -> int:
        return int(self._call(self._session_count, "", "session_count", ""))

    def set_seed(self, session: str, seed: int | None, request_id: str = "", *, fingerprint: str = "") -> None:
        arg = "" if seed is None else str(seed)
        self._checked(self._call(self._set_seed, session, "set_seed", request_id, arg, str(new_epoch()), fingerprint=fingerprint), session)

    def set_intra_op_threads(self, session: str, threads: int, request_id: str = "", *, fingerprint: str = "") -> None:
        result = self._call(self._set_intra_op_threads, session, "set_intra_op_threads", request_id, str(threads), fingerprint=fingerprint)
        self._checked(result, session)

    def intra_op_threads(self, session: str) -> int:
        threads = self._checked(self._call(self._intra_op_threads, session, "intra_op_threads", "", remember=False), session)
        return int(threads) if threads else DEFAULT_INTRA_OP_THREADS

    def next_op_seed(
        self, session: str, consume: bool = True, request_id: str = "", *, fingerprint: str = ""
    ) -> tuple[int | None, int]:
        result = self._call(
            self._next_op_seed, session, "next_op_seed", request_id, "1" if consume else "0", remember=consume, fingerprint=fingerprint
        )
        index, seed = self._checked(result, session).split(_SEP)
        return (int(seed) if seed else None), int(index)

    def draw_op_seed(self, session: str, request_id: str = "", expect_store: str = "", *, fingerprint: str = "") -> tuple[int | None, int, int]:
        result = self._call(self._draw_op_seed, session, "draw_op_seed", request_id, expect_store, fingerprint=fingerprint)
        index, seed, epoch = self._checked(result, session).split(_SEP)
        return (int(seed) if seed else None), int(index), int(epoch)

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
        start = f"{init[0]}{_SEP}{_counter_hex(init[1])}"
        check = "0" if expect_seed is ANY_SEED else "1"
        expected = "" if expect_seed is ANY_SEED or expect_seed is None else str(expect_seed)
        epoch = "" if expect_epoch is None else str(expect_epoch)
        result = self._call(
            self._reserve_kernel, session, "reserve_kernel", request_id,
            kernel, start, _count_hex(count), check, expected, epoch, expect_store,
            "" if max_kernels is None else str(max_kernels), fingerprint=fingerprint,
        )  # fmt: skip
        if result == "!stale":
            raise StaleSeed(session)
        if result == "!kernels":
            raise TooManyKernels(session)
        key, counter, *made_in, fresh = self._checked(result, session).split(_SEP)  # (no epoch: remembered by an older philoxd)
        if report is not None:
            report.epoch, report.fresh = int(made_in[0]) if made_in else 0, fresh == "1"
        return int(key), int(counter, 16)

    def register_scope(
        self, session: str, request_id: str = "", name: str = "", *, fingerprint: str = "", max_scopes: int | None = None
    ) -> str:
        limit = "" if max_scopes is None else str(max_scopes)
        result = self._call(
            self._register_scope, session, "register_scope", request_id, uuid.uuid4().hex, name, limit, fingerprint=fingerprint
        )
        if result == "!scopes":
            raise TooManyScopes(session)
        return self._checked(result, session)

    def scope_seed(self, session: str, scope: str) -> int | None:
        seed = self._checked(self._call(self._scope_seed, session, "scope_seed", "", scope), session, scope)[1:]
        return int(seed) if seed else None

    def create_generator(
        self, session: str, record: GeneratorRecord, name: str = "", request_id: str = "", *, fingerprint: str = ""
    ) -> tuple[str, GeneratorRecord]:
        result = self._call(
            self._create_generator, session, "create_generator", request_id, uuid.uuid4().hex, _record_text(record), name,
            fingerprint=fingerprint,
        )
        gen, *parts = self._checked(result, session).split(_SEP)
        return gen, _record_from(parts)

    def get_generator(self, session: str, generator: str) -> GeneratorRecord:
        result = self._call(self._get_generator, session, "get_generator", "", generator)
        return _record_from(self._checked(result, session, generator).split(_SEP))

    def set_generator(
        self, session: str, generator: str, record: GeneratorRecord, request_id: str = "", *, fingerprint: str = ""
    ) -> None:
        result = self._call(
            self._set_generator, session, "set_generator", request_id, generator, _record_text(record), str(new_epoch()),
            fingerprint=fingerprint,
        )
        self._checked(result, session, generator)

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
        result = self._call(
            self._reserve_generator, session, "reserve_generator", request_id,
            generator, _count_hex(count), expect_store, str(new_epoch()), fingerprint=fingerprint,
        )  # fmt: skip
        *record, fresh = self._checked(result, session, generator).split(_SEP)
        made_in = record[3:]  # (none: remembered by an older philoxd)
        if report is not None:
            report.epoch, report.fresh = int(made_in[0]) if made_in else 0, fresh == "1"
        return _record_from(record)

    def list_sessions(self, prefix: str = "", limit: int | None = None) -> tuple[list[SessionSummary], bool]:
        now_ms, wall_ms = self._now()
        entries = self._guard("list_sessions", self._client.zrangebyscore, _INDEX_KEY, now_ms, "+inf", withscores=True)
        names = sorted((name, score) for name, score in entries if name.startswith(prefix))
        shown = names if limit is None else names[:limit]
        pipe = self._client.pipeline(transaction=False)
        for name, _ in shown:
            tag = self._tag(name)
            pipe.hmget(tag + "meta", "seed", "op")
            pipe.hlen(tag + "kernels")
            pipe.hlen(tag + "scopes")
            pipe.hlen(tag + "gens")
        replies = self._guard("list_sessions", pipe.execute) if shown else []
        summaries = []
        for i, (name, expiry) in enumerate(shown):
            (seed, op), kernels, scopes, gens = replies[4 * i : 4 * i + 4]
            if op is None:  # expired or deleted since the index was read
                continue
            last_used = (wall_ms - (now_ms - (expiry - self._session_ttl_ms))) / _MS_PER_S
            summaries.append(SessionSummary(name, int(seed) if seed else None, int(op), kernels, scopes, gens, last_used))
        return summaries, len(shown) < len(names)

    def export_session(self, session: str) -> tuple[SessionState, float]:
        result = self._call(self._export_session, session, "export_session", "")
        if isinstance(result, str):
            self._checked(result, session)
        meta, kernels, scopes, gens, names, scope_names, expiry, now, wall = (
            dict(zip(part[::2], part[1::2])) if isinstance(part, list) else part for part in result
        )
        gen_names = {gen: name for name, gen in names.items()}
        named_scopes = {scope: name for name, scope in scope_names.items()}
        state = SessionState.of(
            int(meta["seed"]) if meta.get("seed") else None,
            int(meta.get("op", 0)),
            (KernelState(k, int(v.split(_SEP)[0]), int(v.split(_SEP)[1], 16)) for k, v in kernels.items()),
            (ScopeState(scope, named_scopes.get(scope, ""), int(seed) if seed else None) for scope, seed in scopes.items()),
            (GeneratorState(gen, gen_names.get(gen, ""), _record_from(v.split(_SEP))) for gen, v in gens.items()),
            int(meta["threads"]) if meta.get("threads") else DEFAULT_INTRA_OP_THREADS,
        )
        return state, (float(wall) - (float(now) - (float(expiry) - self._session_ttl_ms))) / _MS_PER_S

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
        kernels: list[str] = []
        for k in state.kernels:
            kernels += [k.kernel, f"{k.key}{_SEP}{_counter_hex(k.counter)}"]
        scopes: list[str] = []
        scope_names: list[str] = []
        for scope in state.scopes:
            scopes += [scope.scope, "" if scope.global_seed is None else str(scope.global_seed)]
            if scope.name:
                scope_names += [scope.name, scope.scope]
        gens: list[str] = []
        gen_names: list[str] = []
        for g in state.generators:
            gens += [g.generator, _record_text(g.record)]
            if g.name:
                gen_names += [g.name, g.generator]
        result = self._call(
            self._import_session, session, "import_session", request_id,
            "1" if create else "0", "1" if replace else "0",
            "" if state.global_seed is None else str(state.global_seed), str(state.op_seed_index), str(new_epoch()),
            *(json.dumps(flat) for flat in (kernels, scopes, scope_names, gens, gen_names)),
            str(state.intra_op_threads),
            fingerprint=fingerprint,
        )  # fmt: skip
        if result == "!exists":
            raise AlreadyExists(f"session {session!r} exists")
        return self._checked(result, session) == "created"

    def delete_session(self, session: str) -> bool:
        return bool(self._call(self._delete_session, session, "delete_session", ""))

    def _tag(self, session: str) -> str:
        return f"{_KEY_PREFIX}{{{urllib.parse.quote(session, safe='')}}}:"

    def _guard(self, method: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """``fn(*args, **kwargs)``, a Redis command; its failures mapped by :meth:`_fault`."""
        try:
            return fn(*args, **kwargs)
        except _FAULT_ERRORS as exc:
            raise self._fault(method, exc) from exc

    def _fault(self, method: str, exc: Exception) -> PhiloxdServerError:
        """The domain error for a failed Redis call, naming its cause; logs one line per cause every
        10 s. Re-raises a reply error that is no fault of the store's (a bug: INTERNAL)."""
        error: PhiloxdServerError
        if isinstance(exc, redis.exceptions.OutOfMemoryError):
            return self._out_of_memory(method, "used memory > maxmemory")
        if isinstance(exc, redis.exceptions.ResponseError) and not isinstance(exc, redis.exceptions.ReadOnlyError):
            if _MISCONF not in str(exc):
                raise exc
            cause = "misconf"
            error = Unavailable(f"state store redis at {self._where} refuses writes ({method}): {exc}")
        else:
            cause = "unavailable"
            error = Unavailable(f"state store redis at {self._where} is unavailable ({method}): {exc}")
        log_limited(_LOG, f"redis:{cause}:{self._where}", str(error))
        return error

    def _out_of_memory(self, method: str, detail: str) -> ResourceExhausted:
        error = ResourceExhausted(
            f"state store redis at {self._where} is out of memory (OOM: {detail}; {method}): it refuses "
            f"writes, nothing was reserved; free memory in Redis or raise its maxmemory"
        )
        log_limited(_LOG, f"redis:out-of-memory:{self._where}", str(error))
        return error

    def close(self) -> None:
        self._closing.set()
        self._ticker.join()
        self._client.close()
