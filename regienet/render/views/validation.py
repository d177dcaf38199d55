"""``regienet validate``: the data's verdict — its problems, or the actors it holds per kind."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from regienet.i18n import t
from regienet.outputs import envelope
from regienet.render.view import Block, Column, Lines, Paragraph, Phrase, Table, Term, View, phrase
from regienet.render.views import view_of

__all__ = ["PROBLEM_COLUMNS", "Validation", "validation_view"]

#: the columns of a problem in CSV and Markdown (:meth:`regienet.errors.Problem.to_dict`)
PROBLEM_COLUMNS = ["file", "line", "column", "value", "code", "message", "hint"]


@dataclass
class Validation:
    """What ``validate`` found: *problems* (:class:`regienet.errors.Problem`) when the data is not valid,
    else the *counts* of actors per kind in *source*."""

    source: str | None
    counts: dict[str, int] | None = None
    problems: list[Any] | None = None

    @property
    def valid(self) -> bool:
        return self.problems is None


def _counts_words(counts: dict[str, int]) -> Phrase:
    """``1 forum, 2 forums``: the counts in words."""
    return phrase(
        lambda lang: ", ".join(f"{n} {t(('kind.' if n == 1 else 'kinds.') + k, lang)}" for k, n in counts.items())
    )


def _problems_table(v: Validation) -> Table:
    """One row per problem; the message and the hint in the language asked."""
    rows = ([p.file, p.line, p.column, p.value, p.code, phrase(p.message), phrase(p.hint)] for p in v.problems or [])
    return Table([Column(h) for h in PROBLEM_COLUMNS], rows)


@view_of.register
def validation_view(v: Validation) -> View:
    """Valid: a sentence and the actors per kind; not valid: one line per problem, as a compiler writes them
    (``file:line:column: message``), and in CSV one row per problem. JSON as in DESIGN.md."""
    counts = v.counts or {}

    def blocks() -> Iterator[Block]:
        if not v.valid:
            yield Lines(phrase(p.render) for p in v.problems or [])
            return
        yield Paragraph(phrase("validate.ok", source=v.source, counts=_counts_words(counts)))
        yield Table(
            [Column("kind", phrase("col.kind")), Column("count", phrase("col.count"), justify="right")],
            [[Term(k, f"kinds.{k}"), n] for k, n in counts.items()],
        )

    def csv() -> Table:
        if not v.valid:
            return _problems_table(v)
        return Table([Column("kind"), Column("count")], ([k, n] for k, n in counts.items()))

    def json(lang: str) -> dict[str, Any]:
        if not v.valid:
            return envelope(valid=False, problems=[p.to_dict(lang) for p in v.problems or []])
        return envelope(valid=True, source=v.source, counts=v.counts)

    return View("validate", blocks=blocks, json=json, csv=csv, title=phrase("validate.title"))
