"""``await philoxd.aio.connect()`` and the :class:`AsyncClient` it returns.

The client mirrors :class:`philoxd.Client` with coroutines: ``await rng.random.uniform([2])``.
Its ``tf.random`` code is the blocking client's, run on a small thread pool (argument checks,
request building, array assembly: nothing of it runs on the event loop); its network calls
run on the loop, on a ``grpc.aio`` channel (see :mod:`philoxd.aio._transport`).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import contextvars
import functools
import inspect
import os
import threading
import types
import weakref
from collections.abc import Awaitable, Callable, Coroutine, Generator
from typing import Any, TypeVar

import numpy as np

from philoxd import _client, _random, errors
from philoxd._codec import new_request_id
from philoxd._transport import DEFAULT_CONNECT_TIMEOUT_S, DEFAULT_RETRY_TIMEOUT_S, InProcessTransport, Transport
from philoxd.aio._data import AsyncDataAPI
from philoxd.aio._transport import AioBridge, CallState, GeneratingAioBridge, default_workers, set_current_call
from philoxd.v1 import random_pb2 as pb

__all__ = ["AsyncClient", "AsyncFunction", "AsyncGenerator", "AsyncGeneratorClass", "AsyncNamespace", "Connecting", "connect"]

_T = TypeVar("_T")
_Frames = tuple[Any, ...]  # the function-scope frames (philoxd._random._ScopeFrame) in force

# Generator properties that read the server (awaitable here); its others are local values.
_REMOTE_PROPERTIES = frozenset({"state", "key"})


class _Bound(threading.local):
    """What a worker thread runs for: the calling task's function scopes and per-task values."""

    scopes: list[Any] | None = None
    values: types.SimpleNamespace | None = None


class _TaskLocal:
    """The mirror client's ``_local``: per task instead of per thread.

    ``scopes`` (the function-scope stack) comes from the calling task's context, so tasks a
    function starts (``asyncio.gather``) draw inside it too; every other attribute (the last
    provenance) belongs to the calling task.
    """

    def __init__(self) -> None:
        object.__setattr__(self, "_bound", _Bound())

    def __getattr__(self, name: str) -> Any:
        bound: _Bound = object.__getattribute__(self, "_bound")
        if name == "scopes":
            if bound.scopes is None:
                raise AttributeError(name)
            return bound.scopes
        if bound.values is None:
            raise AttributeError(name)
        return getattr(bound.values, name)

    def __setattr__(self, name: str, value: Any) -> None:
        bound: _Bound = object.__getattribute__(self, "_bound")
        if name == "scopes":
            bound.scopes = value
        elif bound.values is not None:
            setattr(bound.values, name, value)

    def bind(self, scopes: list[Any] | None, values: types.SimpleNamespace | None) -> None:
        """Bind the calling thread to a task's scopes and values (None, None: unbind)."""
        bound: _Bound = object.__getattribute__(self, "_bound")
        bound.scopes, bound.values = scopes, values


class _Mirror(_client.Client):
    """The blocking client the asyncio client runs on worker threads (per-task ``_local``)."""

    def __init__(
        self, transport: Transport, session: str | None, target: str | None, connect_timeout: float | None, reset_expired: bool = False
    ) -> None:
        super().__init__(transport, session, target, connect_timeout=connect_timeout, reset_expired=reset_expired)
        self._local = _TaskLocal()  # type: ignore[assignment]

    _END_AT_EXIT = False  # its event loop is gone by then: AsyncClient.close() ends a private session


class AsyncClient:
    """An asyncio connection to one philoxd session; made by :func:`connect`.

    Every method that talks to the server is a coroutine; ``random`` mirrors ``tf.random``
    with coroutines (``await rng.random.normal([3])``). Draws awaited concurrently on one
    client (or one session) are each served exactly once: N concurrent draws of a stream
    get its first N results, in some order.

    Attributes:
      random: The ``tf.random`` mirror (:class:`AsyncNamespace`).
      data: The ``tf.data`` mirror (:class:`~philoxd.aio._data.AsyncDataAPI`).
      image: ``tf.image``'s random ops with coroutines (:class:`AsyncNamespace`).
      session: The session name.
      target: The server address, or None in-process.
      store_id: The identity of the server's state store.
      config: ``tf.config``: ``config.experimental.enable_op_determinism()`` (local, not awaited),
        ``await config.threading.set_intra_op_parallelism_threads(n)`` (:class:`AsyncConfig`).
    """

    def __init__(
        self,
        mirror: _Mirror,
        bridge: AioBridge | None,
        executor: concurrent.futures.ThreadPoolExecutor,
        reopen: Callable[[str], Awaitable[AsyncClient]],
    ) -> None:
        self._mirror = mirror
        self._bridge = bridge
        self._executor = executor
        self._reopen = reopen
        self._values: weakref.WeakKeyDictionary[asyncio.Task[Any], types.SimpleNamespace] = weakref.WeakKeyDictionary()
        self._outside_tasks = types.SimpleNamespace()
        self._scope_frames: contextvars.ContextVar[_Frames] = contextvars.ContextVar(f"philoxd_scopes_{id(self)}", default=())
        self._calls: set[CallState] = set()
        self._closed = False
        self.session: str = mirror.session
        self.target: str | None = mirror.target
        self.store_id: str = mirror.store_id
        self.config = AsyncConfig(self, mirror.config)
        self.random = AsyncNamespace(self, mirror.random)
        self.data = AsyncDataAPI(self, mirror.data)  # tf.data: await ds.shuffle(...), async for x in ds
        self.image = AsyncNamespace(self, mirror.image)  # tf.image's random ops, awaited
        self.keras = AsyncNamespace(self, mirror.keras)  # keras.random / keras.utils as coroutines

    # -- running the blocking mirror on a worker thread ---------------------------------------
    def _task_values(self) -> types.SimpleNamespace:
        task = asyncio.current_task()
        if task is None:
            return self._outside_tasks
        values = self._values.get(task)
        if values is None:
            values = self._values[task] = types.SimpleNamespace()
        return values

    async def _call(self, fn: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
        """``fn(*args, **kwargs)`` on a worker thread, for the calling task; cancelling the
        awaiting task cancels the call's RPCs (numbers it reserved may be lost, never repeated)."""
        if self._closed:
            raise errors.CancelledError(f"{self!r} is closed")
        frames = self._scope_frames.get()
        scopes = list(frames) if frames else None
        values = self._task_values()
        call = CallState()
        mirror_local: _TaskLocal = self._mirror._local  # type: ignore[assignment]

        def run() -> _T:
            set_current_call(call)
            mirror_local.bind(scopes, values)
            try:
                return fn(*args, **kwargs)
            except concurrent.futures.CancelledError:  # (asyncio would make it the task's own cancellation)
                raise errors.CancelledError("the call was cancelled (its client closed, or its event loop stopped)") from None
            finally:
                mirror_local.bind(None, None)
                set_current_call(None)

        loop = asyncio.get_running_loop()
        self._calls.add(call)
        future = loop.run_in_executor(self._executor, run)
        try:
            return await future
        except asyncio.CancelledError:  # the awaiting task was cancelled: so is the call
            call.cancel()
            raise
        finally:
            self._calls.discard(call)

    # -- the Client API, as coroutines ----------------------------------------------------------
    @property
    def last_provenance(self) -> pb.Provenance | None:
        """Coordinates of this task's last draw (see :attr:`philoxd.Client.last_provenance`)."""
        return getattr(self._task_values(), "provenance", None)

    async def replay(self, provenance: pb.Provenance | str, input: Any = None, tensors: dict[str, Any] | None = None) -> np.ndarray:  # noqa: A002 - tf name
        """Regenerate a draw bit-exactly from its provenance (:meth:`philoxd.Client.replay`)."""
        return await self._call(self._mirror.replay, provenance, input, tensors)

    def enable_op_determinism(self) -> None:
        """``tf.config.experimental.enable_op_determinism`` for this client (local: not awaited)."""
        self._mirror.enable_op_determinism()

    def function(self, fn: Callable[..., Any], name: str | None = None) -> AsyncFunction:
        """Wrap an ``async def`` like ``tf.function`` (:meth:`philoxd.Client.function`).

        Args:
          fn: A coroutine function (or any callable; an awaitable result is awaited) whose
            draws are awaited inside it (in its task, or in tasks it starts).
          name: Name the function's scope in the session, so its streams continue across
            processes and restores; None: a scope of its own.
        """
        return AsyncFunction(self, fn, name)

    async def generator(self, name: str, seed: Any = None, alg: Any = None) -> AsyncGenerator:
        """The session's Generator called ``name`` (:meth:`philoxd.Client.generator`)."""
        return AsyncGenerator(self, await self._call(self._mirror.generator, name, seed, alg))

    async def snapshot(self) -> bytes:
        """The whole state of this client's session, as bytes (:meth:`philoxd.Client.snapshot`)."""
        return await self._call(self._mirror.snapshot)

    async def restore(self, snapshot: bytes) -> None:
        """Replace this session's state with a snapshot, atomically (:meth:`philoxd.Client.restore`)."""
        await self._call(self._mirror.restore, snapshot)

    async def fork(self, name: str | None = None) -> AsyncClient:
        """A new session with a copy of this one's state, and an asyncio client of it on a
        connection of its own (:meth:`philoxd.Client.fork`)."""
        request = pb.ForkSessionRequest(session=self.session, new_session=name or "", request_id=new_request_id())
        forked = await self._call(lambda: self._mirror._transport.unary("ForkSession", request).session)
        client = await self._reopen(forked)
        if not name:  # a private fork ends with its client, as a private session
            client._mirror._private_owner = os.getpid()
        return client

    async def close(self) -> None:
        """Cancel the calls in flight, delete a private session this client made (``connect(session=None)``),
        and close the channel and the worker threads."""
        if self._closed:
            return
        if self._mirror._private_owner is not None:
            with contextlib.suppress(errors.PhiloxdError):
                await self._call(self._mirror._end_private)
        self._closed = True
        for call in list(self._calls):
            call.cancel()
        if self._bridge is not None:
            await self._bridge.aclose()
        self._executor.shutdown(wait=False, cancel_futures=True)

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"<philoxd.aio.AsyncClient target={self.target or 'in-process'} session={self.session}>"


def _unwrap(value: Any) -> Any:
    """The blocking object behind an asyncio wrapper (an argument such as ``copy_from=g``)."""
    return value._sync if isinstance(value, AsyncGenerator) else value


def _wrap(client: AsyncClient, value: Any) -> Any:
    """A result for the asyncio caller: generators become :class:`AsyncGenerator`\\ s."""
    if isinstance(value, _random.Generator):
        return AsyncGenerator(client, value)
    if isinstance(value, list) and value and all(isinstance(v, _random.Generator) for v in value):
        return [AsyncGenerator(client, v) for v in value]
    return value


def _coroutine_function(client: AsyncClient, method: Callable[..., Any]) -> Callable[..., Coroutine[Any, Any, Any]]:
    """``method`` (blocking) as a coroutine function run by ``client``, with its name and docstring."""

    @functools.wraps(method)
    async def call(*args: Any, **kwargs: Any) -> Any:
        args = tuple(_unwrap(a) for a in args)
        kwargs = {k: _unwrap(v) for k, v in kwargs.items()}
        return _wrap(client, await client._call(method, *args, **kwargs))

    return call


class AsyncConfig:
    """``tf.config`` for an :class:`AsyncClient`: ``experimental`` as the blocking client's (local
    calls), ``threading``'s session calls as coroutines."""

    def __init__(self, client: AsyncClient, config: _random.Config) -> None:
        self.experimental = config.experimental
        self.threading = AsyncThreading(client, config.threading)


class AsyncThreading:
    """``tf.config.threading`` for an :class:`AsyncClient` (see ``philoxd.Client.config.threading``)."""

    def __init__(self, client: AsyncClient, threading_: Any) -> None:
        self._client = client
        self._threading = threading_

    async def set_intra_op_parallelism_threads(self, num_threads: int) -> None:
        """The session's TF intra-op thread count for its later draws (``0``: this machine's cores)."""
        await self._client._call(self._threading.set_intra_op_parallelism_threads, num_threads)

    async def get_intra_op_parallelism_threads(self) -> int:
        """The session's TF intra-op thread count."""
        return await self._client._call(self._threading.get_intra_op_parallelism_threads)


class AsyncNamespace:
    """``tf.random`` (``rng.random``) or ``tf.random.experimental`` with coroutines.

    Every function of :class:`philoxd.RandomAPI` is here under its name and takes the same
    arguments; ``await`` it. ``Generator`` is :class:`AsyncGeneratorClass`, and
    ``Algorithm`` is the enum itself.
    """

    def __init__(self, client: AsyncClient, sync: Any) -> None:
        self._client = client
        self._sync = sync
        self._cache: dict[str, Any] = {}

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        cache = self._cache
        if name in cache:
            return cache[name]
        value = getattr(self._sync, name)
        if name == "Generator":
            wrapped: Any = AsyncGeneratorClass(self._client, value)
        elif isinstance(value, _random._Namespace):
            wrapped = AsyncNamespace(self._client, value)
        elif isinstance(value, type) or not callable(value):
            wrapped = value
        else:
            wrapped = _coroutine_function(self._client, value)
        cache[name] = wrapped
        return wrapped

    def __dir__(self) -> list[str]:
        return sorted({n for n in dir(self._sync) if not n.startswith("_")} | set(super().__dir__()))


class AsyncGeneratorClass:
    """``rng.random.Generator`` with coroutines: ``await rng.random.Generator.from_seed(7)``,
    ``await rng.random.Generator(state=..., alg=...)``; each gives an :class:`AsyncGenerator`."""

    def __init__(self, client: AsyncClient, sync_class: type[_random.Generator]) -> None:
        self._client = client
        self._sync_class = sync_class

    def __call__(self, *args: Any, **kwargs: Any) -> Coroutine[Any, Any, AsyncGenerator]:
        return _coroutine_function(self._client, self._sync_class)(*args, **kwargs)  # type: ignore[no-any-return]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(self._sync_class, name)
        return _coroutine_function(self._client, value) if callable(value) else value


class AsyncGenerator:
    """``tf.random.Generator`` with coroutines: ``await g.normal([3])``, ``await g.state``.

    ``id`` and ``algorithm`` are plain attributes; ``state`` and ``key`` read the server, so
    they are awaitables; every method is a coroutine function.
    """

    def __init__(self, client: AsyncClient, sync: _random.Generator) -> None:
        self._client = client
        self._sync = sync

    @property
    def id(self) -> str:
        """The generator's id in its session."""
        return self._sync.id

    @property
    def algorithm(self) -> int:
        """The algorithm (1 = Philox, 2 = ThreeFry)."""
        return self._sync.algorithm

    @property
    def state(self) -> Coroutine[Any, Any, np.ndarray]:
        """Awaitable: TF's int64 state vector, read from the server."""
        return self._client._call(lambda: self._sync.state)

    @property
    def key(self) -> Coroutine[Any, Any, np.ndarray]:
        """Awaitable: the Philox key, read from the server."""
        return self._client._call(lambda: self._sync.key)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name in _REMOTE_PROPERTIES:
            raise AttributeError(name)
        value = getattr(self._sync, name)
        return _coroutine_function(self._client, value) if callable(value) else value

    def __repr__(self) -> str:
        return f"<philoxd.aio.AsyncGenerator {self._sync!r}>"


class AsyncFunction:
    """An ``async def`` wrapped like ``tf.function`` (see :meth:`AsyncClient.function`).

    The first call registers the function's scope (capturing the session's global seed);
    each call then runs ``fn`` with that scope in force: its draws, awaited in its task or
    in tasks it starts, run on the function's kernels by position.
    """

    def __init__(self, client: AsyncClient, fn: Callable[..., Any], name: str | None = None) -> None:
        self._client, self._fn, self.name = client, fn, name
        self._scope: str | None = None
        self._lock = asyncio.Lock()
        self.__wrapped__ = fn
        self.__doc__ = getattr(fn, "__doc__", None)

    async def _register(self) -> str:
        mirror = self._client._mirror
        request = pb.RegisterScopeRequest(session=mirror.session, request_id=new_request_id(), name=self.name or "")
        response = await self._client._call(mirror._transport.unary, "RegisterScope", request)
        return str(response.scope)

    async def __call__(self, *args: Any, **kwargs: Any) -> Any:
        async with self._lock:
            if self._scope is None:
                self._scope = await self._register()
        placeholders = [v for v in (*args, *kwargs.values()) if isinstance(v, (np.ndarray, np.generic))]
        frame = _random._ScopeFrame(self._scope, placeholders)
        frames = self._client._scope_frames
        token = frames.set((*frames.get(), frame))
        try:
            result = self._fn(*args, **kwargs)
            return await result if inspect.isawaitable(result) else result
        finally:
            frames.reset(token)


class Connecting:
    """What :func:`connect` returns: await it for the client, or enter it with ``async with``
    (which closes the client on exit)."""

    def __init__(self, opening: Callable[[], Coroutine[Any, Any, AsyncClient]]) -> None:
        self._opening = opening
        self._client: AsyncClient | None = None

    def __await__(self) -> Generator[Any, None, AsyncClient]:
        return self._opening().__await__()

    async def __aenter__(self) -> AsyncClient:
        self._client = await self._opening()
        return self._client

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.close()


def connect(
    target: str | None = None,
    *,
    session: str | None = None,
    token: str | None = None,
    tls: bool = False,
    ca_file: str | None = None,
    cert_file: str | None = None,
    key_file: str | None = None,
    timeout: float | None = None,
    retry_timeout: float = DEFAULT_RETRY_TIMEOUT_S,
    connect_timeout: float | None = DEFAULT_CONNECT_TIMEOUT_S,
    max_workers: int | None = None,
    reset_expired: bool = False,
    generate: str = "auto",
) -> Connecting:
    """Connect to a philoxd server with asyncio, or run the engine in this process.

    ``rng = await philoxd.aio.connect(...)``, or ``async with philoxd.aio.connect(...) as rng:``
    (closed on exit).

    Takes :func:`philoxd.connect`'s arguments, with the same meaning and defaults
    (``$PHILOXD_TARGET``, ``$PHILOXD_SESSION``, ``$PHILOXD_TOKEN``; retries of UNAVAILABLE
    with the same request id for ``retry_timeout`` seconds; ``timeout`` per call).

    Args:
      target: ``host:port``; None (and no ``$PHILOXD_TARGET``): the engine in-process.
      session: Session to create or attach; None makes a private one.
      token: Bearer token.
      tls: Use TLS.
      ca_file: PEM roots to verify the server with.
      cert_file: PEM client certificate (mutual TLS), with ``key_file``.
      key_file: PEM private key of ``cert_file``.
      timeout: Per-call deadline in seconds, retries included; None: none.
      retry_timeout: How long UNAVAILABLE answers are retried.
      connect_timeout: The most this call waits for the server (default 5 s).
      max_workers: Worker threads, i.e. calls in progress at once (the rest queue); default
        ``max(8, 4 * cores)``.
      reset_expired: Start an expired named session afresh (see :func:`philoxd.connect`).
      generate: ``"auto"``, ``"client"`` or ``"server"``: where the numbers are generated
        (see :func:`philoxd.connect`; the client's generation runs on the worker threads).

    Returns:
      An awaitable of an :class:`AsyncClient` (``async with`` on either closes it).

    Raises:
      InvalidArgumentError, UnavailableError, DeadlineExceededError, FailedPreconditionError:
        As :func:`philoxd.connect`, when awaited.
    """
    return Connecting(
        functools.partial(
            _open, target, session=session, token=token, tls=tls, ca_file=ca_file, cert_file=cert_file, key_file=key_file,
            timeout=timeout, retry_timeout=retry_timeout, connect_timeout=connect_timeout, max_workers=max_workers,
            reset_expired=reset_expired, generate=generate,
        )
    )  # fmt: skip


async def _open(
    target: str | None,
    *,
    session: str | None,
    token: str | None,
    tls: bool,
    ca_file: str | None,
    cert_file: str | None,
    key_file: str | None,
    timeout: float | None,
    retry_timeout: float,
    connect_timeout: float | None,
    max_workers: int | None,
    reset_expired: bool = False,
    generate: str = "auto",
) -> AsyncClient:
    """:func:`connect`'s work."""
    target = target or os.environ.get(_client.TARGET_ENV) or None
    session = session or os.environ.get(_client.SESSION_ENV) or None
    token = token or os.environ.get(_client.TOKEN_ENV) or None
    loop = asyncio.get_running_loop()
    executor = concurrent.futures.ThreadPoolExecutor(max_workers=max_workers or default_workers(), thread_name_prefix="philoxd-aio")
    bridge: AioBridge | None = None
    try:
        engine = await loop.run_in_executor(executor, lambda: _client.client_engine(generate, remote=target is not None))
        if engine is not None:  # looked for now, off the loop: loading it holds the GIL for about a second
            found = await loop.run_in_executor(executor, engine)
            engine = lambda: found  # noqa: E731
        if target is None:
            transport: Transport = InProcessTransport(await loop.run_in_executor(executor, _client._in_process_servicer))
        else:
            transport = bridge = (AioBridge if engine is None else GeneratingAioBridge)(
                loop, target, token=token, tls=tls, ca_file=ca_file, cert_file=cert_file, key_file=key_file,
                timeout=timeout, retry_timeout=retry_timeout,
            )
            if engine is not None:
                bridge.generate_with(engine, always=generate == "client")  # type: ignore[attr-defined]

        async def reopen(name: str) -> AsyncClient:
            return await connect(
                target, session=name, token=token, tls=tls, ca_file=ca_file, cert_file=cert_file, key_file=key_file,
                timeout=timeout, retry_timeout=retry_timeout, connect_timeout=connect_timeout, max_workers=max_workers,
                generate=generate,
            )

        opening = None if target is None else connect_timeout
        mirror = await loop.run_in_executor(executor, lambda: _Mirror(transport, session, target, opening, reset_expired))
        return AsyncClient(mirror, bridge, executor, reopen)
    except BaseException:
        if bridge is not None:
            await bridge.aclose()
        executor.shutdown(wait=False, cancel_futures=True)
        raise
