"""One view per kind of result: what a reader sees of it, in no language and no format (issue 27).

:func:`view_of` turns a result into its :class:`~regienet.render.view.View`; each module of this package
registers the view of one kind of result with ``@view_of.register``. A new kind of result is one module
here (and its line in the imports below, which register it); any writer of
:mod:`regienet.render.writers` then writes it in every format the view has.
"""

from __future__ import annotations

from functools import singledispatch
from typing import Any

from regienet.render.view import View

__all__ = ["view_of"]


@singledispatch
def view_of(data: Any) -> View:
    """The :class:`~regienet.render.view.View` of *data* (``TypeError`` for data no view knows)."""
    raise TypeError(f"no view for {type(data).__name__}")


# the views, registered on import (each module: ``@view_of.register`` on its result's type)
from regienet.render.views import check, diff, gaps, report, survey, validation  # noqa: E402, F401

# views2
# isort: split
from regienet.render.views import catalogue, region, sensitivity, whatif  # noqa: E402, F401
