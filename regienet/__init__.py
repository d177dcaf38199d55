"""regienet — model a region's social-economy actor network and check its regie.

Library first: :func:`regienet.load.load_dataset` reads and validates the
data, :class:`regienet.model.Region` holds the graph and the derived notions,
:mod:`regienet.metrics` measures, :mod:`regienet.rules` checks, and
:mod:`regienet.render` prints. The CLI in :mod:`regienet.cli` is a thin layer.

Heavy modules (pandas, networkx, pyvis) are imported lazily, so that
``import regienet`` and ``regienet --help`` stay fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["DataError", "Dataset", "Region", "__version__", "check", "load_dataset"]

if TYPE_CHECKING:  # pragma: no cover
    from regienet.errors import DataError
    from regienet.load import Dataset, load_dataset
    from regienet.model import Region
    from regienet.rules import check

_LAZY = {
    "DataError": "regienet.errors",
    "Dataset": "regienet.load",
    "load_dataset": "regienet.load",
    "Region": "regienet.model",
    "check": "regienet.rules",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'regienet' has no attribute {name!r}")
