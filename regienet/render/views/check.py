"""``regienet check``: per municipality its levels, the activities that earned them and its findings; then the
region's own findings and a summary. JSON as DESIGN §5 (version 1), CSV one row per finding."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from json.encoder import encode_basestring
from typing import Any

from regienet.i18n import t
from regienet.outputs import envelope
from regienet.render.findings import earned_summary, finding_text, levels_line, relation_text
from regienet.render.jsonstream import Repeated, Stream, StreamDict, json_text, materialize
from regienet.render.view import Block, Column, Heading, Paragraph, Table, Term, View, phrase
from regienet.render.views import view_of
from regienet.rules import SEVERITIES_WORST_FIRST, Finding, Results

__all__ = [
    "CHECK_CSV_HEADER",
    "check_document",
    "check_json",
    "check_json_text",
    "check_view",
    "finding_json",
    "string_list_json",
    "summary_line",
]

#: the CSV columns of ``check`` (DESIGN §5): one row per finding, a regional finding without municipality
CHECK_CSV_HEADER = ["rule", "component", "severity", "municipality", "message", "actors", "relations", "waived"]

#: a findings table for people: rule, severity (the catalogue's word), the message with a waiver's reason
FINDING_COLUMNS = (
    Column("rule", phrase("col.rule")),
    Column("severity", phrase("col.severity")),
    Column("message", phrase("col.message")),
)


def finding_row(f: Finding) -> list[Any]:
    """A finding as a row of :data:`FINDING_COLUMNS`."""
    return [f.rule, Term(f.severity, f"severity.{f.severity}"), phrase(lambda lang: finding_text(f, lang))]


def summary_line(results: Results, lang: str) -> str:
    """``162 findings (3 errors, 141 warnings, 18 info) in 13 municipalities; …``, waived findings apart."""
    counts = {s: sum(f.severity == s and f.waived is None for f in results.findings) for s in SEVERITIES_WORST_FIRST}
    unknown = sum(o.status == "unknown" for o in results.outcomes.values())
    waived = sum(f.waived is not None for f in results.findings)
    line = t(
        "check.summary",
        lang,
        n=len(results.findings) - waived,
        munis=len(results.levels),
        unknown=unknown,
        **counts,
    )
    return line + (" " + t("check.waived_count", lang, n=waived) if waived else "")


def _municipality(results: Results, m: str) -> Iterator[Block]:
    details = results.level_details[m]
    name = results.region.name[m]
    yield Heading(phrase(lambda lang: f"{name} ({m}) — {levels_line(details, lang)}"))
    yield Paragraph(phrase(lambda lang: earned_summary(details, lang)), indent=2)
    found = results.findings_for(m)
    if found:
        yield Table(FINDING_COLUMNS, [finding_row(f) for f in found], headers=False, indent=2)
    unknown = [c for c in results.codes if results.status(m, c) == "unknown"]
    if unknown:
        yield Paragraph(phrase("check.unknown", codes=", ".join(unknown)), indent=2)


@view_of.register
def check_view(results: Results) -> View:
    """Blocks written municipality by municipality as they come (3,000 municipalities never held as text);
    the findings of each as an aligned table (text: no header; Markdown and HTML: one table per municipality)."""

    def blocks() -> Iterator[Block]:
        for m in results.levels:
            yield from _municipality(results, m)
        if results.region_outcomes:
            yield Heading(phrase("check.region", n=len(results.region.municipalities)))
            yield Table(
                FINDING_COLUMNS,
                [finding_row(f) for f in results.findings_for(None)],
                empty=phrase("check.region_none"),
                headers=False,
                indent=2,
            )
        yield Paragraph(phrase(lambda lang: summary_line(results, lang)))

    def csv() -> Table:
        rows = (
            [
                f.rule,
                f.component,
                f.severity,
                f.municipality,
                phrase(f.message),
                "|".join(f.actors),
                "|".join(relation_text(r) for r in f.relations),
                f.waived or "",
            ]
            for f in results.findings
        )
        return Table([Column(k) for k in CHECK_CSV_HEADER], rows)

    return View(
        "check",
        blocks=blocks,
        json=lambda lang: check_document(results, lang),
        csv=csv,
        title=phrase("check.title", n=len(results.levels)),
    )


# ------------------------------------------------------------------------------------------ JSON


def check_document(results: Results, lang: str) -> StreamDict:
    """The public JSON shape (DESIGN §5, version 1): version, data, findings, levels, level_details.

    The findings are a :class:`~regienet.render.jsonstream.Stream`: written one by one, never all held as dicts.
    """
    doc = envelope(
        data=results.region.dataset.source,
        findings=Stream((f.to_dict(lang) for f in results.findings), finding_json),
        # a few hundred distinct small objects, thousands of times: each written once (jsonstream.Repeated)
        levels=StreamDict((m, _repeated(results.levels[m])) for m in results.levels),
        level_details=StreamDict(
            (m, StreamDict((c, Repeated(d.to_dict(), d)) for c, d in details.items()))
            for m, details in results.level_details.items()
        ),
    )
    return StreamDict(doc.items())


def _repeated(levels: dict[str, int | None]) -> Repeated:
    return Repeated(dict(levels), tuple(levels.items()))


def check_json(results: Results, lang: str) -> dict[str, Any]:
    """:func:`check_document` as plain Python data (every finding a dict)."""
    return materialize(check_document(results, lang))


def check_json_text(results: Results, lang: str) -> str:
    """``json.dumps(check_json(...), ensure_ascii=False, indent=2)``, written as ``check --format json`` does."""
    return json_text(check_document(results, lang))


_FINDING_KEYS = ["rule", "component", "severity", "municipality", "message", "evidence"]
#: a regional finding (RG): ``"municipality": null, "scope": "region"``
_REGION_KEYS = ["rule", "component", "severity", "municipality", "scope", "message", "evidence"]
_EVIDENCE_KEYS = ["actors", "relations"]


def finding_json(f: dict[str, Any], depth: int) -> str:
    """One finding (:meth:`Finding.to_dict`) as ``json.dumps(indent=2)`` writes it at nesting *depth*.

    Findings are the bulk of a big region's output (100k+ on all of Flanders) and json's indenting encoder
    is pure Python; their fixed shape is written here with the string encoder json itself uses. Raises
    ``KeyError`` for any other shape (the caller then uses json; equality with json.dumps is tested).
    """
    enc = encode_basestring

    def pad(k: int) -> str:
        return "\n" + "  " * (depth + k)

    p1, p2, p3 = pad(1), pad(2), pad(3)
    ev = f["evidence"]
    keys = list(f)
    if keys == _FINDING_KEYS:
        where = enc(f["municipality"])
    elif keys == _REGION_KEYS and f["municipality"] is None:
        where = f'null,{p1}"scope": {enc(f["scope"])}'
    else:
        raise KeyError("shape")
    if list(ev) != _EVIDENCE_KEYS:
        raise KeyError("shape")
    actors = string_list_json(ev["actors"], depth + 2)
    rels = ("," + p3).join(string_list_json(r, depth + 3) for r in ev["relations"])
    rels = f"[{p3}{rels}{p2}]" if rels else "[]"
    return (
        f'{{{p1}"rule": {enc(f["rule"])},{p1}"component": {enc(f["component"])},'
        f'{p1}"severity": {enc(f["severity"])},{p1}"municipality": {where},'
        f'{p1}"message": {enc(f["message"])},{p1}"evidence": {{{p2}"actors": {actors},'
        f'{p2}"relations": {rels}{p1}}}{pad(0)}}}'
    )


def string_list_json(items: Sequence[str], depth: int) -> str:
    """A list of strings (a relation triple) as ``json.dumps(indent=2)`` writes it at nesting *depth*."""
    if not items:
        return "[]"
    pad = "\n" + "  " * (depth + 1)
    return "[" + pad + ("," + pad).join(map(encode_basestring, items)) + "\n" + "  " * depth + "]"
