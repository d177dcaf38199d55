"""Small, dependency-free table renderers shared by every command.

:func:`markdown_table` lives in :mod:`regienet.outputs` (the analysis layer writes tables too and
may not import the render layer); it is re-exported here for the renderers.
"""

from __future__ import annotations

from regienet.outputs import markdown_table

__all__ = ["markdown_table"]
