"""The store clock shared stores measure idle time on: a wall-clock step moves it by at most a bound."""

from __future__ import annotations

from philoxd_server.state._store import MAX_CLOCK_STEP_S, advance_clock, is_private


def test_the_store_clock_follows_the_wall_clock_but_never_jumps_or_goes_back() -> None:
    assert advance_clock(100.0, 1000.0, 1002.5) == 102.5  # ordinary time passes as it does
    assert advance_clock(100.0, 1000.0, 1000.0 + 7200) == 100.0 + MAX_CLOCK_STEP_S  # a 2 h step: at most the bound
    assert advance_clock(100.0, 1000.0, 1000.0 - 3600) == 100.0  # a step back: it stands still


def test_private_sessions_are_known_by_their_server_made_names() -> None:
    assert is_private("private-0123") and is_private("alice/private-0123")
    assert not is_private("exp-1") and not is_private("private/exp-1") and not is_private("alice/exp-private-1")
