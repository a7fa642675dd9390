"""High-water marks of counter streams: a state store that went back in time is refused.

One class for both sides: the client marks where each draw it received started, the server
(``philoxd_server``'s core) where each reservation it handed out ended.
"""

from __future__ import annotations

import collections
import contextlib
import threading
from collections.abc import Hashable, Iterator

__all__ = ["Watermarks"]


class Watermarks:
    """Per counter stream, how far it was seen: a later reservation must not start below.

    Within a stream (a kernel's or Generator's counter in one epoch of one session of one
    store) the counter only moves forward, so a reservation below the mark comes from a store
    that went back in time (a backup restored, a Redis restarted from an older snapshot) and
    repeats numbers. Concurrent calls complete in any order, so each call compares only with
    the marks of calls that completed before it began (the store ordered those first): it
    takes a ticket at :meth:`begin`, and the marks keep their history back to the oldest open
    ticket. Bounded: an LRU of ``capacity`` streams (a dropped stream is checked again from its
    next mark on), each with history only as long as calls overlap.
    """

    def __init__(self, capacity: int) -> None:
        # stream -> [(ticket when recorded, position, strict)], position increasing
        self._marks: collections.OrderedDict[Hashable, list[tuple[int, int, bool]]] = collections.OrderedDict()
        self._capacity = capacity
        self._lock = threading.Lock()
        self._ticket = 0
        self._open: set[int] = set()  # tickets of calls under way

    def begin(self) -> int:
        """A ticket for a call about to ask for a reservation; give it back with :meth:`end`."""
        with self._lock:
            self._ticket += 1
            self._open.add(self._ticket)
            return self._ticket

    def end(self, ticket: int) -> None:
        """The call of ``ticket`` is over (whether or not it recorded a mark)."""
        with self._lock:
            self._open.discard(ticket)

    @contextlib.contextmanager
    def ticket(self) -> Iterator[int]:
        """:meth:`begin` and, however the call ends, :meth:`end`."""
        ticket = self.begin()
        try:
            yield ticket
        finally:
            self.end(ticket)

    def record(self, ticket: int, stream: Hashable, start: int, position: int, strict: bool) -> int | None:
        """Check a reservation that starts at ``start``, then mark the stream at ``position``.

        Args:
          ticket: From :meth:`begin`, taken before the reservation was asked for.
          stream: The stream's identity.
          start: Where the reservation starts (a 128-bit counter).
          position: The mark it leaves: a later reservation may start at ``position`` (not
            ``strict``) or only above it (``strict``).
          strict: See ``position``.

        Returns:
          None, or the position of an earlier mark that ``start`` lies below (the stream went
          back; nothing is recorded).
        """
        with self._lock:
            history = self._marks.get(stream)
            if history:
                before = [mark for mark in history if mark[0] < ticket]
                if before:
                    _, seen, seen_strict = before[-1]
                    if start < seen or (start == seen and seen_strict):
                        return seen
            else:
                history = self._marks[stream] = []
            last = history[-1] if history else None
            if last is None or (position, strict) > (last[1], last[2]):
                self._ticket += 1
                history.append((self._ticket, position, strict))
            oldest = min(self._open, default=self._ticket + 1)
            while len(history) > 1 and history[1][0] < oldest:  # no open call can need the first one
                history.pop(0)
            self._marks.move_to_end(stream)
            while len(self._marks) > self._capacity:
                self._marks.popitem(last=False)
            return None
