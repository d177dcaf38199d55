"""``regienet validate``: the data's verdict (problems, or counts per kind) in every format, for
:func:`regienet.render.emit.emit`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from regienet.i18n import t
from regienet.outputs import csv_text, envelope
from regienet.render.emit import dumps_at
from regienet.render.tables import markdown_table

__all__ = [
    "PROBLEM_COLUMNS",
    "Validation",
    "validation_csv",
    "validation_json",
    "validation_markdown",
    "validation_text",
]

#: the columns of a problem in CSV and Markdown (:meth:`regienet.errors.Problem.to_dict`)
PROBLEM_COLUMNS = ["file", "line", "column", "value", "code", "message", "hint"]


@dataclass
class Validation:
    """What ``validate`` found: *problems* (:class:`regienet.errors.Problem`) when the data is not valid,
    else the *counts* of actors per kind in *source*."""

    source: str | None
    counts: dict[str, int] | None = None
    problems: list[Any] | None = None
    kind = "validate"

    @property
    def valid(self) -> bool:
        return self.problems is None


def _problem_rows(v: Validation, lang: str) -> list[list[Any]]:
    return [[d[h] for h in PROBLEM_COLUMNS] for d in (p.to_dict(lang) for p in v.problems or [])]


def _words(v: Validation, lang: str) -> str:
    """``1 forum, 2 forums``: the counts in words."""
    counts = v.counts or {}
    return ", ".join(f"{n} {t(('kind.' if n == 1 else 'kinds.') + k, lang)}" for k, n in counts.items())


def validation_json(v: Validation, lang: str) -> str:
    if not v.valid:
        return dumps_at(envelope(valid=False, problems=[p.to_dict(lang) for p in v.problems or []]), 0)
    return dumps_at(envelope(valid=True, source=v.source, counts=v.counts), 0)


def validation_csv(v: Validation, lang: str) -> str:
    if not v.valid:
        return csv_text(PROBLEM_COLUMNS, _problem_rows(v, lang))
    return csv_text(["kind", "count"], (v.counts or {}).items())


def validation_markdown(v: Validation, lang: str) -> str:
    if not v.valid:
        return markdown_table(PROBLEM_COLUMNS, _problem_rows(v, lang))
    ok = t("validate.ok", lang, source=v.source, counts=_words(v, lang))
    return ok + "\n\n" + markdown_table(["kind", "count"], (v.counts or {}).items())


def validation_text(v: Validation, lang: str) -> str:
    if not v.valid:
        return "\n".join(p.render(lang) for p in v.problems or [])
    return t("validate.ok", lang, source=v.source, counts=_words(v, lang))
