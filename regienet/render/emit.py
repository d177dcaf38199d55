"""One output layer: every command's text, Markdown, JSON, CSV and HTML goes through :func:`emit`.

An analysis function returns data (:class:`regienet.rules.Results`,
:class:`regienet.analysis.report.Report`, :class:`regienet.analysis.gaps.Gaps`, …);
``emit(data, fmt, lang, out)`` asks :func:`regienet.render.views.view_of` for its
:class:`~regienet.render.view.View` — what a reader sees of it, in no language and no format — and the
writer of *fmt* (:data:`regienet.render.writers.WRITERS`) writes that view to *out*: standard output,
or a file opened by :func:`regienet.outputs.atomic_stream` (whole or not at all). No function is looked
up by name: a view is registered on its result's type, a writer on its format.

* **One JSON envelope.** Every versioned JSON document is built by
  :func:`regienet.outputs.envelope` (``{"version": 1, …}``), so the version lives in one place.
* **Streaming.** JSON goes through :mod:`regienet.render.jsonstream` (big lists item by item, the bytes of
  ``json.dumps``), CSV row by row through :func:`regienet.outputs.write_csv`, and text block by block.
* **A trailing newline** after every document except CSV (whose last row ends
  with one), as ``click.echo`` wrote it before.
* **Nothing from the data runs.** Control characters in text and Markdown are shown escaped
  (:func:`regienet.outputs.visible`), Markdown holds no raw HTML or image from the data
  (:func:`regienet.outputs.markdown_safe`), and HTML escapes every text it writes.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import IO, Any, cast

from regienet.outputs import markdown_safe, visible
from regienet.render.views import view_of
from regienet.render.writers import WRITERS, formats_of

__all__ = ["FORMATS", "emit", "emit_text"]

#: the formats of :func:`emit`: one per writer
FORMATS = tuple(WRITERS)


class _Shown(io.TextIOBase):
    """*out* with every write passed through *clean* (:func:`visible`, :func:`markdown_safe`)."""

    def __init__(self, out: IO[str], clean: Callable[[str], str]) -> None:
        self.out, self.clean = out, clean

    def write(self, text: str) -> int:
        self.out.write(self.clean(text))
        return len(text)


def emit(data: Any, fmt: str, lang: str, out: IO[str]) -> None:
    """Write *data* in format *fmt* and language *lang* to *out*, with a closing newline except for CSV.

    ``TypeError`` for data no view knows, ``ValueError`` for a format its view does not have. Text and
    Markdown are for people: control characters in them are shown escaped (:func:`regienet.outputs.visible`),
    and Markdown holds no raw HTML or image from the data (:func:`regienet.outputs.markdown_safe`), like the
    HTML outputs (issue 26).
    """
    view = view_of(data)
    if fmt not in formats_of(view):
        raise ValueError(f"{view.kind} has no {fmt} output (only {', '.join(formats_of(view))})")
    if fmt in ("text", "markdown"):
        out = cast(IO[str], _Shown(out, markdown_safe if fmt == "markdown" else visible))
    WRITERS[fmt](view, lang, out)
    if fmt != "csv":
        out.write("\n")


def emit_text(data: Any, fmt: str, lang: str) -> str:
    """What :func:`emit` writes, as a string without the closing newline (for tests and the library)."""
    buf = io.StringIO()
    emit(data, fmt, lang, buf)
    text = buf.getvalue()
    return text if fmt == "csv" else text[:-1]
