"""``import philoxd.data as data``: ``tf.data``'s random parts on the default client.

The client is :func:`philoxd.random.default_client` (from ``$PHILOXD_TARGET``,
``$PHILOXD_SESSION`` and ``$PHILOXD_TOKEN``; in-process when no target is set), shared with
``philoxd.random`` as ``tf.data`` shares TF's global seed and op seeds with ``tf.random``:
``data.Dataset.range(10).shuffle(4)`` works like ``tf.data.Dataset.range(10).shuffle(4)``.
"""

from __future__ import annotations

from typing import Any

from philoxd.random import default_client

__all__ = ["default_client"]


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    return getattr(default_client().data, name)
