"""High-water marks: the counters this process handed out, so a store that went back is refused."""

from __future__ import annotations

import collections
import threading
from collections.abc import Hashable

from philoxd_server._errors import DataLoss

__all__ = ["DEFAULT_STREAMS", "Watermarks"]

# Kernels / generators whose high-water mark a process keeps (least recently used dropped):
# about 100 bytes each, so some MB; a stream whose mark was dropped is checked again from its
# next reservation on.
DEFAULT_STREAMS = 65536


class Watermarks:
    """Per stream (a kernel's or generator's counter in one session epoch of one store), the end
    of the highest reservation handed out; bounded (an LRU of ``capacity`` streams).

    Within one epoch a counter only moves forward (every legitimate rewind gives the session a
    new epoch: see ``philoxd_server.state.Reserved``), so a new reservation that starts below
    the mark means the store went back (restored from a backup or a snapshot of Redis, or lost
    writes) and would hand out numbers again.
    """

    def __init__(self, capacity: int = DEFAULT_STREAMS) -> None:
        self._marks: collections.OrderedDict[Hashable, int] = collections.OrderedDict()
        self._capacity = capacity
        self._lock = threading.Lock()

    def advance(self, stream: Hashable, start: int, end: int, what: str) -> None:
        """Record a new reservation ``[start, end)`` on ``stream``.

        Args:
          stream: The stream's identity (store id, session, epoch, kernel or generator).
          start: Where the reservation starts (128-bit counter).
          end: Where it ends (a skip that moves the counter back ends below ``start``).
          what: The stream as the error message names it.

        Raises:
          DataLoss: ``start`` is below the end of a reservation handed out before.
        """
        with self._lock:
            mark = self._marks.get(stream)
            if mark is not None and start < mark:
                raise DataLoss(
                    f"{what}: the state store answered counter {start:#x}, below {mark:#x} that this server "
                    "already handed out: the store went back in time (restored from a backup or a Redis "
                    "snapshot, or it lost writes), and these numbers would repeat. Mark a restored store "
                    "restored (philoxd store mark-restored) so that clients start over knowingly"
                )
            self._marks[stream] = max(mark or 0, end, start)
            self._marks.move_to_end(stream)
            while len(self._marks) > self._capacity:
                self._marks.popitem(last=False)
