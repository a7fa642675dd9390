"""Private sessions end with their client (issue 30, item 6): ``close()``, the end of a ``with``
block and the interpreter's exit delete the private session a client made; a forked child's exit
does not; named sessions stay."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import philoxd
from philoxd.v1 import random_pb2 as pb


def _sessions(target: str) -> set[str]:
    with philoxd.connect(target, session="lister") as admin:
        answer = admin._transport.unary("ListSessions", pb.ListSessionsRequest())
    return {s.session for s in answer.sessions} - {"lister"}


def test_close_with_and_exit_end_a_private_session_and_named_ones_stay(spawn_server: Callable[..., Any]) -> None:
    target = spawn_server("--store", "memory").target
    with philoxd.connect(target) as rng:
        rng.random.uniform([2])
        assert rng.session.startswith("private-") and rng.session in _sessions(target)
    client = philoxd.connect(target)
    fork = client.fork()
    assert {client.session, fork.session} <= _sessions(target)
    fork.close()
    client.close()
    client.close()  # twice: nothing more
    script = f"import philoxd; rng = philoxd.connect({target!r}); rng.random.normal([3]); print(rng.session)"
    made = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True).stdout.strip()
    assert made.startswith("private-")
    with philoxd.connect(target, session="exp-kept") as named:
        named.random.uniform([1])
    assert _sessions(target) == {"exp-kept"}


_FORK = """
import os, sys, philoxd
from philoxd.v1 import random_pb2 as pb
rng = philoxd.connect(sys.argv[1])
rng.random.uniform([2])
pid = os.fork()
if pid == 0:  # the child draws on the parent's session, then exits normally (atexit runs)
    rng.random.uniform([2])
    sys.exit(0)
_, status = os.waitpid(pid, 0)
listed = {s.session for s in rng._transport.unary("ListSessions", pb.ListSessionsRequest()).sessions}
rng.random.uniform([2])  # still there
print(os.waitstatus_to_exitcode(status), rng.session in listed)
"""


def test_a_forked_child_leaves_its_parents_private_session(spawn_server: Callable[..., Any]) -> None:
    target = spawn_server("--store", "memory").target
    done = subprocess.run([sys.executable, "-c", _FORK, target], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.split() == ["0", "True"], done.stdout + done.stderr
    assert _sessions(target) == set()  # the parent's exit ended it


def test_an_asyncio_client_ends_its_private_session_on_close(spawn_server: Callable[..., Any]) -> None:
    target = spawn_server("--store", "memory").target

    async def main() -> str:
        async with await philoxd.aio.connect(target) as rng:
            await rng.random.uniform([2])
            fork = await rng.fork()
            await fork.close()
            return rng.session

    session = asyncio.run(main())
    assert session.startswith("private-") and _sessions(target) == set()
