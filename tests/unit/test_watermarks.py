"""High-water marks (philoxd._watermarks): refuse a stream that went back, never concurrent calls
that complete out of order."""

from __future__ import annotations

from philoxd._watermarks import Watermarks

STREAM = ("store", "session", "epoch/kernel")


def test_a_reservation_below_an_earlier_mark_is_refused() -> None:
    marks = Watermarks(8)
    with marks.ticket() as t:
        assert marks.record(t, STREAM, 0, 4, strict=False) is None  # [0, 4) handed out
    with marks.ticket() as t:
        assert marks.record(t, STREAM, 4, 8, strict=False) is None
    with marks.ticket() as t:
        assert marks.record(t, STREAM, 4, 8, strict=False) == 8  # the store went back
    with marks.ticket() as t:
        assert marks.record(t, ("store", "session", "another epoch"), 0, 4, strict=False) is None


def test_strict_marks_refuse_the_same_start_after_a_draw_with_elements() -> None:
    marks = Watermarks(8)
    with marks.ticket() as t:
        assert marks.record(t, STREAM, 5, 5, strict=False) is None  # an empty draw at 5
    with marks.ticket() as t:
        assert marks.record(t, STREAM, 5, 5, strict=True) is None  # a draw with elements at 5: fine
    with marks.ticket() as t:
        assert marks.record(t, STREAM, 5, 5, strict=True) == 5  # at 5 again: a repeat


def test_concurrent_calls_may_complete_in_any_order() -> None:
    marks = Watermarks(8)
    first, second = marks.begin(), marks.begin()  # both asked the store; it answered 0 then 4
    assert marks.record(second, STREAM, 4, 8, strict=False) is None  # the later one completes first
    assert marks.record(first, STREAM, 0, 4, strict=False) is None  # not below any mark made before it began
    marks.end(first)
    marks.end(second)
    with marks.ticket() as t:
        assert marks.record(t, STREAM, 0, 4, strict=False) == 8  # a call that began after both: refused
    late = marks.begin()
    with marks.ticket() as t:
        assert marks.record(t, STREAM, 8, 12, strict=False) is None
    assert marks.record(late, STREAM, 6, 8, strict=False) == 8  # below what completed before it began
    marks.end(late)


def test_memory_is_bounded() -> None:
    marks = Watermarks(4)
    for i in range(100):
        with marks.ticket() as t:
            marks.record(t, ("s", i), 0, 1, strict=False)
            marks.record(t, ("s", 0), i, i + 1, strict=False)
    assert len(marks._marks) <= 4  # noqa: SLF001
    # History only as long as calls overlap: one open call needs the mark before it, and the newest.
    assert all(len(history) <= 2 for history in marks._marks.values())  # noqa: SLF001
    assert not marks._open  # noqa: SLF001
