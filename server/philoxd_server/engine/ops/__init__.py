"""The TF ops, one module each, registered once: :data:`OPS`.

Each op module defines one :class:`~._base.Op` subclass (kernel name, reservation, output
size, argument checks, generation, the names TF's messages use) and its instance. To add an
op: write its module (see ``_gamma.py``) and add one line to :data:`OPS`; the engine's flow
(:mod:`.._ops`), the service and the wire format find it by name.
"""

from __future__ import annotations

from ._base import Op
from ._binomial import BINOMIAL
from ._bounding_box import BOUNDING_BOX
from ._candidates import CANDIDATES
from ._categorical import CATEGORICAL
from ._gamma import GAMMA
from ._index_shuffle import INDEX_SHUFFLE
from ._normal import NORMAL, TRUNCATED_NORMAL
from ._parameterized_truncated_normal import PARAMETERIZED_TRUNCATED_NORMAL
from ._poisson import POISSON
from ._shuffle import SHUFFLE
from ._uniform import UNIFORM, UNIFORM_FULL_INT

__all__ = ["OPS", "Op"]

# The registry, by name (DrawSpec.distribution; upper-cased, the proto Distribution value's
# name). One line per op, in the proto's order.
OPS: dict[str, Op] = {
    op.name: op
    for op in (
        UNIFORM,
        UNIFORM_FULL_INT,
        NORMAL,
        TRUNCATED_NORMAL,
        SHUFFLE,
        CATEGORICAL,
        INDEX_SHUFFLE,
        PARAMETERIZED_TRUNCATED_NORMAL,
        GAMMA,
        POISSON,
        BINOMIAL,
        CANDIDATES,
        BOUNDING_BOX,
    )
}
