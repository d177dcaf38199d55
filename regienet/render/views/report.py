"""``regienet report``: the region in sentences that speak like the 2010 report, with a table per municipality;
or, with ``--municipality``, one municipality's account (scorecard, what to look at first, its network in
numbers, governance, open answers, all findings). JSON (version 1) and CSV as in DESIGN.md.

The sentences are written by :mod:`regienet.render.report` in one language at a time; here each is a
:class:`~regienet.render.view.Phrase` that asks for them once per language (:class:`ByLanguage`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

from regienet.analysis.report import Report, first_findings
from regienet.glossary import REGION_COLUMNS, glossary, meaning
from regienet.i18n import fmt_percent, t
from regienet.outputs import envelope
from regienet.render.findings import level_label, level_number
from regienet.render.jsonstream import Stream, StreamDict, json_text, materialize
from regienet.render.report import (
    answers,
    confirmation_json,
    governance_items,
    numbers_explained,
    region_summary,
    regional_json,
    regional_summary,
)
from regienet.render.view import (
    Block,
    Column,
    Heading,
    Items,
    Paragraph,
    Phrase,
    Say,
    Table,
    Term,
    Title,
    View,
    phrase,
)
from regienet.render.views import view_of
from regienet.render.views.check import FINDING_COLUMNS, finding_json, finding_row
from regienet.rules import COMPONENTS, LEVEL_COMPONENTS, REGISTRY

__all__ = [
    "CSV_HEADER",
    "ByLanguage",
    "report_document",
    "report_json",
    "report_json_text",
    "report_view",
]


class ByLanguage:
    """*fn(lang)* — a list of texts, or of lists of texts — computed once per language, and its items as
    phrases: :meth:`items` has the shape of the list (the same in every language: only the words change)."""

    def __init__(self, fn: Callable[[str], Any]) -> None:
        self.fn = fn
        self.memo: dict[str, Any] = {}

    def __call__(self, lang: str) -> Any:
        if lang not in self.memo:
            self.memo[lang] = self.fn(lang)
        return self.memo[lang]

    def at(self, *index: int) -> Phrase:
        """The text at *index* (``at(2)``, ``at(2, 1)``), as a phrase."""
        return phrase(partial(self._get, index))

    def _get(self, index: tuple[int, ...], lang: str) -> str:
        value = self(lang)
        for i in index:
            value = value[i]
        return value

    def items(self, shape_lang: str = "en") -> list[Any]:
        """One phrase per item; an item that is a list (a line and its continuation lines) a list of phrases."""
        out: list[Any] = []
        for i, item in enumerate(self(shape_lang)):
            out.append([self.at(i, k) for k in range(len(item))] if isinstance(item, (list, tuple)) else self.at(i))
        return out


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# ------------------------------------------------------------------------------------------ the region


def _legend_line(col: str, keys: tuple[str, ...], lang: str) -> str:
    """``Actors: <the glossary's meaning>``; a column of two values (``Groups``) says which is which first."""
    if len(keys) == 2:
        return f"{t(col, lang)}: {t('report.legend.groups', lang)} {meaning(keys[1], lang)}"
    return f"{t(col, lang)}: {meaning(keys[0], lang)}"


def _legend() -> list[Say]:
    """Under the region table: one line per column from the glossary (one definition)."""
    return [phrase(partial(_legend_line, col, tuple(keys))) for col, keys in REGION_COLUMNS]


def _percent(memo: dict[float | None, Phrase], x: float | None) -> Phrase:
    """A share as a percentage (``?`` unknown), one phrase per distinct share: the region table repeats a few
    hundred shares over thousands of rows, and Babel takes ~60 µs a number."""
    if x not in memo:
        memo[x] = phrase(ByLanguage(lambda lang: "?" if x is None else fmt_percent(x, lang)))
    return memo[x]


def _region_table(rep: Report) -> Table:
    columns = [
        Column("municipality", phrase("col.municipality")),
        *(Column(c, c, justify="right") for c in LEVEL_COMPONENTS),
        Column("actors", phrase("col.actors"), justify="right"),
        Column("tied", phrase("col.tied"), justify="right"),
        Column("own_share", phrase("col.own_share"), justify="right"),
        Column("parts", phrase("col.parts"), justify="right"),
        Column("reach", phrase("col.reach"), justify="right"),
        Column("governance", phrase("col.governance"), justify="right"),
        Column("findings", phrase("col.findings"), justify="right"),
    ]
    pct: dict[float | None, Phrase] = {}
    level = {}  # a level cell per distinct level (n/a, 1–2, 3): a few phrases for thousands of cells

    def level_cell(d: Any) -> Phrase:
        key = (d.applicable, d.level, d.low, d.high)
        if key not in level:
            level[key] = phrase(ByLanguage(partial(level_number, d)))
        return level[key]

    rows = (
        [
            rep.region.name[m],
            *(level_cell(lv[x]) for x in LEVEL_COMPONENTS),
            str(c["actors"]),
            str(c["tied_actors"]),
            _percent(pct, c["own_tie_share"]),
            f"{c['components_actors']}→{c['components_with_governments']}",
            _percent(pct, c["regional_reach"]),
            Term(rep.governance[m].mode, f"governance.short.{rep.governance[m].mode}"),
            str(len(rep.results.findings_for(m))),
        ]
        for m in rep.municipalities
        for c, lv in ((rep.connectivity[m], rep.results.level_details[m]),)
    )
    return Table(columns, rows, title=phrase("report.per_municipality"))


def _region_blocks(rep: Report) -> Iterator[Block]:
    yield Title(phrase("report.title_region", n=rep.total))
    yield Paragraph(phrase("report.source", source=rep.region.dataset.source))
    if rep.region.dataset.bundled:
        yield Paragraph(phrase("report.bundled"))
    summary = ByLanguage(partial(region_summary, rep))
    for i, (_, sentences) in enumerate(summary("en")):
        yield Heading(summary.at(i, 0), level=3)
        yield Items([summary.at(i, 1, k) for k in range(len(sentences))])
    if rep.regional is not None:
        yield Heading(phrase("report.regional_title"), level=3)
        yield Items(ByLanguage(partial(regional_summary, rep)).items())
    yield _region_table(rep)
    yield Paragraph(phrase("report.legend"))
    yield Items(_legend())
    yield Paragraph(phrase("report.hint"))


# ------------------------------------------------------------------------------------------ one municipality


def _bar(level: int | None) -> str:
    return "····" if level is None else "■" * level + "□" * (3 - level)


def _scorecard(rep: Report, m: str) -> Table:
    details = rep.results.level_details[m]
    rows = [
        [
            phrase(partial(lambda c, lang: f"{c} — {t(f'component.{c}', lang)}", c)),
            phrase(partial(lambda d, lang: f"{_bar(d.level)} {level_label(d, lang)}", details[c])),
        ]
        for c in LEVEL_COMPONENTS
    ]
    return Table(
        [Column("component", phrase("col.component")), Column("level", phrase("col.level"))],
        rows,
        headers=False,
        indent=2,
    )


def _first_item(f: Any) -> list[Say]:
    rule = REGISTRY[f.rule]
    return [
        phrase(lambda lang: f"[{f.rule}] {rule.title_in(lang)} — {f.message(lang)}"),
        phrase(lambda lang: f"{t('report.why', lang)}: {rule.rationale_in(lang)}"),
        phrase("report.more", code=f.rule),
    ]


def _unknown_rule(code: str, cols: tuple[str, ...]) -> Phrase:
    return phrase(
        lambda lang: t(
            "report.unknown_rule",
            lang,
            code=code,
            title=REGISTRY[code].title_in(lang),
            columns=", ".join(cols),
            n=len(cols),
        )
    )


def _municipality_blocks(rep: Report, m: str) -> Iterator[Block]:
    region, res = rep.region, rep.results
    yield Title(phrase("report.title_m", name=region.name[m]))
    yield Paragraph(phrase("report.governments", govs=", ".join(region.name[g] for g in region.governments(m))))
    if region.dataset.bundled:
        yield Paragraph(phrase("report.bundled"))
    yield Heading(phrase("report.scorecard"))
    yield _scorecard(rep, m)
    yield Heading(phrase("report.first"))
    yield Items([_first_item(f) for f in first_findings(rep, m)], numbered=True, empty=phrase("report.nothing"))
    yield Heading(phrase("report.numbers"))
    explained = ByLanguage(partial(lambda m, lang: [[s, f"→ {means}"] if means else [s] for s, means in
                                                    numbers_explained(rep, m, lang)], m))  # fmt: skip
    yield Items(explained.items())
    yield Heading(phrase("governance.title"))
    yield Items(ByLanguage(partial(governance_items, rep, m)).items())
    found = answers(rep, m)
    if found:
        said = ByLanguage(partial(answers, rep, m))
        yield Heading(said.at(0))
        if said("en")[1]:
            yield Paragraph(said.at(1), indent=2)
        yield Items([said.at(2, k) for k in range(len(found[2]))])
    yield Heading(phrase("report.all_findings"))
    for comp in COMPONENTS:
        fs = [f for f in res.findings_for(m) if f.component == comp]
        if fs:
            yield Heading(phrase(partial(lambda c, lang: f"{c} — {_cap(t(f'component.{c}', lang))}", comp)), level=3)
            yield Table(FINDING_COLUMNS, [finding_row(f) for f in fs], headers=False, indent=2)
    unknown = [(c, res.outcomes[(m, c)].missing) for c in res.codes if res.status(m, c) == "unknown"]
    if unknown:
        yield Heading(phrase("report.unknown_title"))
        yield Items([_unknown_rule(code, tuple(cols)) for code, cols in unknown])


@view_of.register
def report_view(rep: Report) -> View:
    """The region's report, or with a focus (``--municipality``) that municipality's account; one block
    sequence for text, Markdown and HTML. JSON: :func:`report_document`; CSV: one row per municipality."""
    if rep.focus:
        blocks = partial(_municipality_blocks, rep, rep.focus)
        title = phrase("report.title_m", name=rep.region.name[rep.focus])
    else:
        blocks = partial(_region_blocks, rep)
        title = phrase("report.title_region", n=rep.total)
    return View(
        "report",
        blocks=blocks,
        json=lambda lang: report_document(rep, lang),
        csv=lambda: Table([Column(k) for k in CSV_HEADER], _csv_rows(rep)),
        title=title,
    )


# ------------------------------------------------------------------------------------------ JSON and CSV


def report_document(rep: Report, lang: str) -> StreamDict:
    """The ``report --format json`` document (version 1); municipalities and their findings are streamed."""
    res = rep.results
    region = {
        "municipalities": rep.total,
        "summary": [{"headline": h, "sentences": s} for h, s in region_summary(rep, lang)],
        "rules": {
            code: {"fired": res.fired_in(code), "unknown": res.unknown_in(code)}
            for code in res.codes
            if REGISTRY[code].scope != "region"
        },
    }
    regional = regional_json(rep, lang)
    if regional is not None:
        region["regional"] = regional
    doc = envelope(
        glossary=glossary(lang),
        data=rep.region.dataset.source,
        year=rep.region.year,
        region=region,
        municipalities=StreamDict((m, _municipality_json(rep, m, lang)) for m in rep.municipalities),
    )
    return StreamDict(doc.items())


def _municipality_json(rep: Report, m: str, lang: str) -> StreamDict:
    res = rep.results
    entry = {
        "name": rep.region.name[m],
        "governments": rep.region.governments(m),
        "levels": res.levels[m],
        "level_details": {c: d.to_dict() for c, d in res.level_details[m].items()},
        "connectivity": rep.connectivity[m],
        **({"confirmation": conf} if (conf := confirmation_json(rep, m)) else {}),
        **({"survey_answers": found} if (found := rep.answers_of(m)) else {}),
        "governance": rep.governance[m].to_dict(),
        "brokerage_policy": rep.brokerage_policy[m],
        "look_first": [f.rule for f in first_findings(rep, m)],
        "findings": Stream((f.to_dict(lang) for f in res.findings_for(m)), finding_json),
        "unknown": {c: list(res.outcomes[(m, c)].missing) for c in res.codes if res.status(m, c) == "unknown"},
    }
    return StreamDict(entry.items())


def report_json(rep: Report, lang: str) -> dict[str, Any]:
    """:func:`report_document` as plain Python data."""
    return materialize(report_document(rep, lang))


def report_json_text(rep: Report, lang: str) -> str:
    """``json.dumps(report_json(...), ensure_ascii=False, indent=2)``, written as ``report --format json`` does."""
    return json_text(report_document(rep, lang))


CSV_METRICS = (
    "actors",
    "own_actors",
    "regional_actors",
    "local_actors",
    "tied_actors",
    "blind_spots",
    "ties",
    "ties_governance",
    "ties_economic",
    "ties_policy",
    "ties_cooperation",
    "ties_forum",
    "attention_pairs",
    "own_pairs",
    "own_tie_share",
    "own_funding_share",
    "density_actors",
    "components_actors",
    "density_with_governments",
    "components_with_governments",
    "constraint",
    "effective_size",
    "regional_reach",
)

#: the range of each level where blank answers decide (the text's "0–1"): low and high, after the columns that
#: were there before (issue 28: the CSV dropped the ranges the text shows)
LEVEL_RANGE_COLUMNS = tuple(f"{c}_{end}" for c in LEVEL_COMPONENTS for end in ("low", "high"))
CSV_HEADER = [
    "municipality",
    "name",
    *LEVEL_COMPONENTS,
    *CSV_METRICS,
    "brokerage",
    "findings",
    "governance_mode",
    *LEVEL_RANGE_COLUMNS,
]


def _level_range(d: Any) -> tuple[int | None, int | None]:
    """``(low, high)`` of a level detail: both the level when nothing is unknown, blank when not applicable."""
    if not d.applicable:
        return (None, None)
    return (d.level if d.low is None else d.low, d.level if d.high is None else d.high)


def _csv_rows(rep: Report) -> Iterator[list[Any]]:
    """One row per municipality, made as it is written."""
    for m in rep.municipalities:
        c = rep.connectivity[m]
        yield [
            m,
            rep.region.name[m],
            *(rep.results.levels[m][x] for x in LEVEL_COMPONENTS),
            *(round(c[k], 4) if isinstance(c[k], float) else c[k] for k in CSV_METRICS),
            sum(c["brokerage"].values()),
            len(rep.results.findings_for(m)),
            rep.governance[m].mode,
            *(v for x in LEVEL_COMPONENTS for v in _level_range(rep.results.level_details[m][x])),
        ]
