"""One writer per format: each lays out any :class:`~regienet.render.view.View` (issue 27).

A writer is a module with ``write(view, lang, out)``; :data:`WRITERS` names them by format. A new format
is one module here and its line in :data:`WRITERS`; no result kind needs to know about it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO

from regienet.render.view import View
from regienet.render.writers import csv_table, html_page, json_document, markdown, text

__all__ = ["WRITERS", "Writer", "formats_of"]

#: how a writer is called: the view, the language, the stream it writes to
Writer = Callable[[View, str, IO[str]], None]

#: format → writer
WRITERS: dict[str, Writer] = {
    "text": text.write,
    "markdown": markdown.write,
    "json": json_document.write,
    "csv": csv_table.write,
    "html": html_page.write,
}


def formats_of(view: View) -> tuple[str, ...]:
    """The formats *view* can be written in: those whose part it has (blocks, JSON, CSV)."""
    has = {"json": view.json is not None, "csv": view.csv is not None}
    return tuple(f for f in WRITERS if has.get(f, view.blocks is not None) and f not in view.without)
