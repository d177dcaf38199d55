"""``regienet gaps``: per municipality its suggestions, most promising first, then the codes' legend. JSON
``{"version": 1, "data": …, "suggestions": […]}``; CSV one row per suggestion, numbered within its municipality."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from typing import Any

from regienet.analysis.gaps import Gaps, Suggestion
from regienet.outputs import envelope
from regienet.render.jsonstream import Stream, StreamDict
from regienet.render.view import Block, Column, Heading, Items, Paragraph, Phrase, Table, View, phrase
from regienet.render.views import view_of

__all__ = ["GAPS_CSV_HEADER", "gaps_document", "gaps_view"]

#: the CSV columns of ``gaps`` (DESIGN §5)
GAPS_CSV_HEADER = ["municipality", "rank", "type", "rule", "score", "actors", "suggestion", "level_gain"]


def _text(s: Suggestion) -> Phrase:
    """The suggestion and what it would raise: ``Consult X on the next policy plan: … Raises BL from absent to weak.``"""
    return phrase(lambda lang: f"{s.message(lang)} {s.effect(lang)}".rstrip())


def _ranked(gaps: Gaps) -> Iterator[tuple[str, list[Suggestion]]]:
    """The suggestions per municipality, in their ranked order (one municipality's suggestions are adjacent)."""
    for m, items in groupby(gaps.items, key=lambda s: s.municipality):
        yield m, list(items)


@view_of.register
def gaps_view(gaps: Gaps) -> View:
    """Blocks municipality by municipality as they come: a heading and the numbered suggestions, each with its
    rule's code; text, Markdown and HTML from the one sequence (Markdown was a table of the CSV's columns)."""

    def blocks() -> Iterator[Block]:
        if not gaps.items:
            yield Paragraph(phrase("gaps.none"))
            return
        for m, items in _ranked(gaps):
            yield Heading(phrase("gaps.heading", name=gaps.region.name[m]))
            yield Items([_item(s) for s in items], numbered=True)
        yield Paragraph(phrase("gaps.legend"))

    def csv() -> Table:
        def rows() -> Iterator[list[Any]]:
            for m, items in _ranked(gaps):
                for rank, s in enumerate(items, 1):
                    gain = " ".join(f"{c}+{g}" for c, g in (s.level_gain or {}).items() if g > 0)
                    yield [m, rank, s.type, s.rule, round(s.score, 3), "|".join(s.actors), _text(s), gain]

        return Table([Column(k) for k in GAPS_CSV_HEADER], rows())

    return View("gaps", blocks=blocks, json=lambda lang: gaps_document(gaps, lang), csv=csv, title=phrase("gaps.title"))


def _item(s: Suggestion) -> Phrase:
    text = _text(s)
    return phrase(lambda lang: f"[{s.rule}] {text.render(lang)}")


def gaps_document(gaps: Gaps, lang: str) -> StreamDict:
    """``{"version": 1, "data": …, "suggestions": […]}``, one suggestion at a time."""
    region = gaps.region
    doc = envelope(data=region.dataset.source, suggestions=Stream(s.to_dict(region, lang) for s in gaps.items))
    return StreamDict(doc.items())
