"""High-water marks of the draws a client received: a store that went back is refused."""

from __future__ import annotations

import collections
import threading

from philoxd import errors
from philoxd.v1 import random_pb2 as pb

__all__ = ["DEFAULT_STREAMS", "Watermarks"]

# Counter streams (kernels, generators) a client keeps a mark for, least recently used dropped:
# about 200 bytes each. A stream whose mark was dropped is checked again from its next draw on.
DEFAULT_STREAMS = 4096

_U64_BITS = 64


class Watermarks:
    """Per counter stream (``Provenance.stream`` of one store and session), the highest counter a
    draw started at, and whether that draw had elements; bounded (an LRU of ``capacity``).

    Within a stream the counter only moves forward, so a draw starting below the mark, or at it
    after a draw with elements, comes from a store that went back in time (restored from a backup
    or a Redis snapshot, or that lost writes): its numbers repeat ones handed out before.
    """

    def __init__(self, capacity: int = DEFAULT_STREAMS) -> None:
        self._marks: collections.OrderedDict[tuple[str, str, str], tuple[int, bool]] = collections.OrderedDict()
        self._capacity = capacity
        self._lock = threading.Lock()

    def check(self, provenance: pb.Provenance) -> None:
        """Record a draw's start; raise ``DataLossError`` if its stream went back.

        Draws without a stream (stateless, replayed, a retry's remembered answer) are not checked.
        """
        if not provenance.stream:
            return
        stream = (provenance.store_id, provenance.session, provenance.stream)
        start = (provenance.counter_hi << _U64_BITS) | provenance.counter_lo
        filled = provenance.num_elements > 0
        with self._lock:
            mark = self._marks.get(stream)
            if mark is not None:
                seen, seen_filled = mark
                if start < seen or (start == seen and seen_filled):
                    raise errors.DataLossError(
                        f"session {provenance.session!r}: a draw (request {provenance.request_id!r}) starts at counter "
                        f"{start:#x} of its stream, where this client already received numbers up to {seen:#x}: the "
                        "server's state store went back in time (restored from a backup or a Redis snapshot, or it "
                        "lost writes), so these numbers repeat; refused. See docs/operations.md, Backups"
                    )
                filled = filled or (start == seen and seen_filled)
            self._marks[stream] = (start, filled)
            self._marks.move_to_end(stream)
            while len(self._marks) > self._capacity:
                self._marks.popitem(last=False)
