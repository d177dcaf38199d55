"""One writer per format: each lays out any :class:`~regienet.render.view.View` (issue 27).

A writer is a module with ``write(view, lang, out)`` and its file name ``SUFFIX``; :data:`WRITERS` names
them by format. A new format is one module here and its line in :data:`WRITERS`: the commands' ``--format``
choices and default file names (:mod:`regienet.cli.common`) are read from this table, and no result kind
needs to know about it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO

from regienet.render.view import View
from regienet.render.writers import csv_table, html_page, json_document, markdown, text

__all__ = ["SUFFIXES", "WRITERS", "Writer", "formats_of"]

#: how a writer is called: the view, the language, the stream it writes to
Writer = Callable[[View, str, IO[str]], None]

_MODULES = {
    "text": text,
    "markdown": markdown,
    "json": json_document,
    "csv": csv_table,
    "html": html_page,
}

#: format → writer
WRITERS: dict[str, Writer] = {fmt: module.write for fmt, module in _MODULES.items()}

#: format → file name suffix
SUFFIXES: dict[str, str] = {fmt: module.SUFFIX for fmt, module in _MODULES.items()}


def formats_of(view: View) -> tuple[str, ...]:
    """The formats *view* can be written in: those whose part it has (blocks, JSON, CSV)."""
    has = {"json": view.json is not None, "csv": view.csv is not None}
    return tuple(f for f in WRITERS if has.get(f, view.blocks is not None) and f not in view.without)
