"""The hard exit after a stop signal (``_server._arm_exit``), in real subprocesses: a thread that
never returns cannot hold the process, nor can one that holds the interpreter lock."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time

GRACE_S = 0.5
PROMISED_S = GRACE_S + 5  # --grace + 5 s (docs/operations.md, "Shutdown is bounded")
ALARM_S = GRACE_S + 7  # the SIGALRM backstop
SLACK_S = 15.0  # a busy CI machine: start-up (imports) and scheduling


def _run(body: str) -> tuple[int, float, str]:
    script = textwrap.dedent(
        f"""
        import threading, time
        from philoxd_server._logging import configure_logging
        from philoxd_server.service._server import _arm_exit
        configure_logging("info")
        {body}
        _arm_exit({GRACE_S})
        print("armed", flush=True)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline() == "armed\n"
    start = time.monotonic()
    _, err = proc.communicate(timeout=60)
    return proc.returncode, time.monotonic() - start, err


def test_a_thread_that_never_returns_cannot_hold_the_process() -> None:
    code, took, err = _run("threading.Thread(target=time.sleep, args=(3600,)).start()  # not a daemon: exit would wait")
    assert code == 0 and took < PROMISED_S + SLACK_S, (code, took, err)
    assert "still running" in err and "exiting now" in err


def test_a_thread_holding_the_interpreter_lock_is_ended_by_sigalrm() -> None:
    body = (
        "import ctypes\n"
        "        threading.Thread(target=lambda: (time.sleep(0.5), ctypes.PyDLL(None).sleep(3600))).start()"
        "  # holds the GIL"
    )
    code, took, err = _run(body)
    assert code == -signal.SIGALRM and took < ALARM_S + SLACK_S, (code, took, err)
