"""The servicer's ``_ahead``: a Draw stream's chunks are produced one ahead, on a worker thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from philoxd_server.service._servicer import _ahead


def test_items_arrive_in_order_each_made_off_the_calling_thread() -> None:
    made_on: list[str] = []

    def items() -> Iterator[int]:
        for i in range(5):
            made_on.append(threading.current_thread().name)
            yield i

    assert list(_ahead(items())) == [0, 1, 2, 3, 4]
    assert all(name.startswith("philoxd-gen") for name in made_on)


def test_the_first_item_is_started_before_iteration_and_the_next_while_one_is_used() -> None:
    started = [threading.Event() for _ in range(3)]

    def items() -> Iterator[int]:
        for i, event in enumerate(started):
            event.set()
            yield i

    chunks = _ahead(items())
    assert started[0].wait(5)  # begun before anyone asked (Draw sends the head meanwhile)
    assert next(chunks) == 0
    assert started[1].wait(5)  # begun while the caller holds item 0
    assert list(chunks) == [1, 2]


def test_an_error_while_producing_reaches_the_consumer() -> None:
    def items() -> Iterator[int]:
        yield 1
        raise ValueError("generation failed")

    chunks = _ahead(items())
    assert next(chunks) == 1
    with pytest.raises(ValueError, match="generation failed"):
        next(chunks)
