"""CSV: the view's one table (:attr:`~regienet.render.view.View.csv`), its column keys as the header, a row
at a time. Numbers are written as they are (no thousands separator, ``.`` decimals); texts in the
language asked; every cell neutralised against formulas (:func:`regienet.outputs.write_csv`)."""

from __future__ import annotations

from typing import IO, Any, TextIO, cast

from regienet.outputs import write_csv
from regienet.render.view import Number, Phrase, Term, View

__all__ = ["SUFFIX", "cell", "write"]

#: the file name suffix of this format (``-o`` without a name: ``regienet.csv``)
SUFFIX = "csv"


def cell(value: Any, lang: str) -> Any:
    """A CSV cell: a phrase in *lang*, a number as it is, ``None`` empty."""
    if isinstance(value, Phrase):
        return value.render(lang)
    if isinstance(value, (Number, Term)):
        return value.value
    return value


def write(view: View, lang: str, out: IO[str]) -> None:
    if view.csv is None:
        raise ValueError(f"{view.kind} has no CSV output")
    table = view.csv()
    rows = ([cell(v, lang) for v in row] for row in table.rows)
    write_csv(cast(TextIO, out), [c.key for c in table.columns], rows)
