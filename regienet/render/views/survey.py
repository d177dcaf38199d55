"""``regienet survey collect``: what merging the returned workbooks did — ties confirmed, one-sided,
contradicted, added and removed, governance answers changed, actors proposed, respondents missing — and
where the new data folder is. JSON: :meth:`regienet.analysis.survey.CollectResult.to_dict` as it is."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from regienet.i18n import t
from regienet.render.view import Block, Heading, Lines, Paragraph, Phrase, Say, Title, View, phrase
from regienet.render.views import view_of

__all__ = ["Collected", "collected_view"]


@dataclass
class Collected:
    """What ``survey collect`` shows: *result* is :meth:`regienet.analysis.survey.CollectResult.to_dict`, *data* the
    folder the answers were merged into."""

    result: dict[str, Any]
    data: str | None = None


def _tie(item: dict[str, Any]) -> str:
    return f"{item['source']} → {item['target']} ({item['kind']})"


def _by(item: dict[str, Any], key: str = "reported_by") -> Phrase:
    return phrase(lambda lang: f"{_tie(item)} — {t('survey.report.by', lang)} {', '.join(item[key])}")


def _contradiction(i: dict[str, Any]) -> Phrase:
    return phrase(
        lambda lang: (
            f"{_tie(i)} — {t('survey.report.says_yes', lang)}: {', '.join(i['yes'])}; "
            f"{t('survey.report.says_no', lang)}: {', '.join(i['no'])}"
        )
    )


def _proposed(i: dict[str, Any]) -> Phrase:
    where = f"{i['id']}: {i['name']} ({i['kind']}, {i['municipality'] or '—'})"
    return phrase(lambda lang: f"{where} — {t('survey.report.by', lang)} {', '.join(i['proposed_by'])}")


#: the sections of the merge report: its name (``survey.report.NAME``), its key in the result, one line per item
SECTIONS: tuple[tuple[str, str, Callable[[Any], Say]], ...] = (
    ("confirmed", "confirmed", _by),
    ("one_sided", "one_sided", _by),
    ("contradictions", "contradictions", _contradiction),
    ("added", "added", _by),
    ("removed", "removed", _by),
    ("governance", "governance", lambda i: f"{i['respondent']}: {i['column']} {i['old'] or '—'} → {i['new']}"),
    ("brokered", "brokered", lambda i: f"{_tie(i)} — via {i['via']}"),
    ("proposed", "proposed_actors", _proposed),
    ("missing", "missing_respondents", str),
)

#: more missing respondents than this are written on one line, the first of them and "…"
MISSING_SHOWN = 20


def _method(method: str) -> Phrase:
    return phrase(
        lambda lang: t(
            "survey.report.method", lang, method=t(f"survey.method.{method}", lang) if method != "mixed" else method
        )
    )


@view_of.register
def collected_view(c: Collected) -> View:
    """The title (respondents and year), the new folder, one section per kind of change with a line per item,
    then the open answers kept and the next step (validate, diff)."""
    result = c.result
    title = phrase("survey.report.title", n=len(result["respondents"]), year=result["year"])

    def blocks() -> Iterator[Block]:
        yield Title(title)
        if result.get("method"):
            yield Paragraph(_method(result["method"]))
        if result.get("written"):
            yield Paragraph(phrase("survey.report.written", path=result["written"]))
        for name, key, line in SECTIONS:
            items = result.get(key, [])
            yield Heading(phrase(f"survey.report.{name}", n=len(items)), level=3)
            if name == "missing" and len(items) > MISSING_SHOWN:
                yield Lines([", ".join(items[:MISSING_SHOWN]) + ", …"], indent=2)
            else:
                yield Lines([line(i) for i in items], indent=2)
        if result.get("answers"):
            yield Paragraph(phrase("survey.report.answers", n=result["answers"]))
        if result.get("written"):
            yield Paragraph(phrase("survey.report.next", path=result["written"], data=c.data or "DIR"), note=True)

    return View("survey.collect", blocks=blocks, json=lambda lang: result, title=title)
