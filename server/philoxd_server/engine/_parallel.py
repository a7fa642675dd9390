"""One definition per kernel: the ``prange`` driver of a serial kernel, made from its body.

Every parallel kernel of the engine splits its work ``[0, n)`` into ``nchunks`` contiguous
chunks and runs the serial kernel (the *body*) on each, on all threads: TF's kernels shard
their outputs the same way, and each output depends only on its own Philox counter, so the
values do not depend on the split. :func:`chunked` makes that driver from the body once:

    _uniform_f64_par = chunked(_uniform_f64_range, nogil=True)
    _uniform_f64_par(nblocks, nchunks, out, k0, k1, c0, c1, c2, c3)
    # == _uniform_f64_range(out, k0, k1, c0, c1, c2, c3, 0, nblocks), on all threads

The body takes its range last (``..., start, stop``). The driver is one Python function
compiled per body with ``parallel=True`` (the threadsafe layer, libgomp; no fastmath): the
body is a global of that copy, not a closure cell, so Numba inlines it and caches the driver
on disk (keyed to the body's source file, whose changes invalidate it).
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any

import numba
from numba import njit, prange

__all__ = ["CHUNKS_PER_THREAD", "chunked", "launch", "nchunks"]

# prange chunks per thread: a few, for load balance (outputs of unequal cost, busy threads).
CHUNKS_PER_THREAD = 8


def _driver(n, nchunks, *args):  # noqa: ANN001, ANN202 - compiled per body by chunked()
    for t in prange(nchunks):
        _body(*args, (n * t) // nchunks, (n * (t + 1)) // nchunks)  # noqa: F821 - set by chunked()


def chunked(body: Callable[..., Any], **options: Any) -> Callable[..., Any]:
    """The parallel driver of ``body``: ``driver(n, nchunks, *args)`` runs
    ``body(*args, start, stop)`` over ``nchunks`` chunks of ``[0, n)`` in ``prange``.

    Args:
      body: A Numba serial kernel whose last two arguments are its range.
      **options: More ``njit`` options (``nogil``, ``error_model``), as the body's.

    Returns:
      The compiled driver (``cache=True, parallel=True``).
    """
    py_body = body.py_func  # type: ignore[attr-defined]
    name = f"{py_body.__name__}__chunked"
    # The driver's code, attributed to the body's file and line: the on-disk cache lives and
    # is invalidated with the body's source.
    code = _driver.__code__.replace(
        co_filename=py_body.__code__.co_filename, co_firstlineno=py_body.__code__.co_firstlineno, co_name=name
    )
    fn = types.FunctionType(code, {**_driver.__globals__, "_body": body}, name)
    fn.__qualname__ = name
    fn.__module__ = py_body.__module__
    return njit(cache=True, parallel=True, **options)(fn)


def nchunks(n: int, per_thread: int = CHUNKS_PER_THREAD) -> int:
    """Number of ``prange`` chunks for ``n`` units of work: ``per_thread`` per thread, at most ``n``.

    Args:
      n: Units of work (blocks, outputs, rows), ``>= 0``.
      per_thread: Chunks per thread.

    Returns:
      ``max(1, min(n, per_thread * threads))``.
    """
    return max(1, min(n, per_thread * numba.get_num_threads()))


def launch(
    serial: Callable[..., Any],
    parallel: Callable[..., Any],
    n: int,
    parallel_from: int,
    *args: Any,
    per_thread: int = CHUNKS_PER_THREAD,
) -> None:
    """Run a kernel over ``[0, n)``: nothing for ``n == 0``, ``serial(*args, 0, n)`` below
    ``parallel_from``, else its driver ``parallel(n, nchunks(n), *args)`` (:func:`chunked`).

    Args:
      serial: The serial kernel (its range last).
      parallel: Its parallel driver.
      n: Units of work.
      parallel_from: The least ``n`` that runs on all threads (a launch costs tens of microseconds).
      *args: The kernel's arguments before its range.
      per_thread: Chunks per thread (:func:`nchunks`).
    """
    if n >= parallel_from:
        parallel(n, nchunks(n, per_thread), *args)
    elif n:
        serial(*args, 0, n)
