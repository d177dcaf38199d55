"""Check results → text, Markdown, JSON (the DESIGN §5 contract) or CSV, for :func:`regienet.render.emit.emit`."""

from __future__ import annotations

from collections.abc import Sequence
from json.encoder import encode_basestring
from typing import Any, TextIO

from regienet.i18n import t
from regienet.outputs import JSON_VERSION, envelope, write_csv
from regienet.render.jsonstream import Repeated, Stream, StreamDict, json_text, materialize, write_json
from regienet.render.tables import markdown_table
from regienet.rules import LEVEL_COMPONENTS, SEVERITIES_WORST_FIRST, Finding, LevelDetail, Results
from regienet.rules.activities import Activity

__all__ = ["JSON_VERSION", "check_document", "check_json", "check_json_text"]


def level_word(level: int | None, lang: str) -> str:
    """``2`` → ``partial`` / ``gedeeltelijk``; ``None`` → unknown."""
    return t("word.unknown", lang) if level is None else t(f"level.{level}", lang)


def level_number(d: LevelDetail, lang: str) -> str:
    """A level in a table cell: ``2``, ``1–2`` where blank answers matter, ``n/a``/``n.v.t.``, ``?``."""
    if not d.applicable:
        return t("level.na_short", lang)
    if d.low is not None and d.low != d.high:
        return f"{d.low}–{d.high}"
    return "?" if d.level is None else str(d.level)


def level_words(d: LevelDetail, lang: str) -> str:
    """The words of a level: ``partial``, ``weak–partial`` (blank answers decide), ``not applicable``, ``unknown``."""
    if not d.applicable:
        return t("level.na", lang)
    if d.low is not None and d.low != d.high:
        return f"{level_word(d.low, lang)}–{level_word(d.high, lang)}"
    return level_word(d.level, lang)


def level_label(d: LevelDetail, lang: str) -> str:
    """A level in words: ``2 partial``, ``1–2 weak–partial`` (blank answers decide), ``not applicable``
    (no rule of the component applies: never shown as a pass), ``? unknown``."""
    if not d.applicable:
        return t("level.na", lang)
    return f"{level_number(d, lang)} {level_words(d, lang)}"


def reach_words(a: Activity, lang: str) -> str:
    """An activity's reach in words: in the field for one built on ties, how far for one read from answers."""
    return t(f"reach.{a.reach}" if a.ties else f"reach.answer.{a.reach}", lang)


def earned_line(d: LevelDetail, lang: str, short: bool = False) -> str:
    """Which regie activities earned a level, with their reach (issue 23): ``earned by: …; …``. *short*: the
    activities' names without their explanation (``environment analysis (most of the field)``), for a page."""
    if not d.applicable:
        return t("levels.na_reason", lang)
    earned = d.earned_by
    if not earned:
        return t("levels.earned_by_nothing", lang)
    if short:
        parts = [f"{t(a.key, lang).split(':')[0]} ({reach_words(a, lang)}){mandate_words(a, lang)}" for a in earned]
        return f"{t('levels.earned_by', lang)}: " + ", ".join(parts)
    parts = [
        t("levels.activity_line", lang, activity=t(a.key, lang), reach=reach_words(a, lang)) + mandate_words(a, lang)
        for a in earned
    ]
    return f"{t('levels.earned_by', lang)}: " + "; ".join(parts)


def mandate_words(a: Activity, lang: str) -> str:
    """Where an activity comes from beyond the municipality's own ties and answers (issue 24): `` via
    Regieverband X (mandate)`` and `` — from plans.csv: WSE-LR1, WSE-LR2``; empty otherwise."""
    out = ""
    if a.source == "plans":
        codes = next((v for k, v in a.answers if k == "plans.csv"), None)
        listed = ", ".join(map(str, codes)) if isinstance(codes, list) else ""
        out += " " + t("levels.from_plans", lang, codes=listed or "–")
    if a.via:
        out += " " + t("levels.via_mandate", lang, names=", ".join(name for _, name in a.via))
    return out


def earned_summary(details: dict[str, LevelDetail], lang: str) -> str:
    """One line: per component the activities that earned its level (short names and reach), issue 23."""
    parts = []
    for c in LEVEL_COMPONENTS:
        d = details[c]
        if not d.applicable:
            continue
        acts = ", ".join(
            f"{t(a.key, lang).split(':')[0]} ({reach_words(a, lang)}){mandate_words(a, lang)}" for a in d.earned_by
        )
        parts.append(f"{c} {acts or '–'}")
    return f"{t('levels.earned_by', lang)}: " + " · ".join(parts) if parts else t("levels.na_reason", lang)


def levels_line(details: dict[str, LevelDetail], lang: str) -> str:
    return " · ".join(f"{c} {level_label(details[c], lang)}" for c in LEVEL_COMPONENTS)


def finding_text(f: Finding, lang: str) -> str:
    """A finding's message, with the waiver's reason when it is waived."""
    text = f.message(lang)
    return text if f.waived is None else f"{text} {t('check.waived', lang, reason=f.waived)}"


def relation_text(rel: tuple[str, str, str]) -> str:
    return f"{rel[0]}>{rel[1]}:{rel[2]}"


def check_document(results: Results, lang: str) -> StreamDict:
    """The public JSON shape (DESIGN §5, version 1): version, data, findings, levels, level_details.

    The findings are a :class:`~regienet.render.emit.Stream`: written one by one, never all held as dicts.
    """
    doc = envelope(
        data=results.region.dataset.source,
        findings=Stream((f.to_dict(lang) for f in results.findings), finding_json),
        # a few hundred distinct small objects, thousands of times: each written once (emit.Repeated)
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


def write_check_json(results: Results, lang: str, out: TextIO) -> None:
    write_json(out, check_document(results, lang))


CHECK_CSV_HEADER = ["rule", "component", "severity", "municipality", "message", "actors", "relations", "waived"]


def write_check_csv(results: Results, lang: str, out: TextIO) -> None:
    """One row per finding, written as it is made; a regional finding has an empty municipality cell."""
    rows = (
        [
            f.rule,
            f.component,
            f.severity,
            f.municipality,
            f.message(lang),
            "|".join(f.actors),
            "|".join(relation_text(r) for r in f.relations),
            f.waived or "",
        ]
        for f in results.findings
    )
    write_csv(out, CHECK_CSV_HEADER, rows)


def check_markdown(results: Results, lang: str) -> str:
    region = results.region
    header = [t("col.municipality", lang), t("col.rule", lang), t("col.severity", lang), t("col.message", lang)]
    rows = [
        [where(region, f.municipality, lang), f.rule, t(f"severity.{f.severity}", lang), finding_text(f, lang)]
        for f in results.findings
    ]
    levels = [
        [
            region.name[m],
            *(level_label(results.level_details[m][c], lang) for c in LEVEL_COMPONENTS),
            earned_summary(results.level_details[m], lang),
        ]
        for m in results.levels
    ]
    return "\n\n".join(
        [
            f"## {t('check.findings', lang)}",
            markdown_table(header, rows) if rows else t("check.none", lang),
            f"## {t('check.levels', lang)}",
            markdown_table([t("col.municipality", lang), *LEVEL_COMPONENTS, t("levels.earned_by", lang)], levels),
            summary_line(results, lang),
        ]
    )


def write_check_text(results: Results, lang: str, out: TextIO) -> None:
    """Per municipality its levels and findings, then the region's, then the summary: written line by line."""
    region = results.region
    write = out.write
    # the severity column as wide as its widest word in *lang* ("waarschuwing" is wider than "warning")
    width = max(len(t(f"severity.{s}", lang)) for s in SEVERITIES_WORST_FIRST)
    for m in results.levels:
        write(f"{region.name[m]} ({m}) — {levels_line(results.level_details[m], lang)}\n")
        write(f"  {earned_summary(results.level_details[m], lang)}\n")
        for f in results.findings_for(m):
            write(f"  {f.rule} {t(f'severity.{f.severity}', lang):<{width}} {finding_text(f, lang)}\n")
        unknown = [c for c in results.codes if results.status(m, c) == "unknown"]
        if unknown:
            write(f"  {t('check.unknown', lang, codes=', '.join(unknown))}\n")
        write("\n")
    if results.region_outcomes:
        write(t("check.region", lang, n=len(region.municipalities)) + "\n")
        for f in results.findings_for(None):
            write(f"  {f.rule} {t(f'severity.{f.severity}', lang):<{width}} {finding_text(f, lang)}\n")
        if not results.findings_for(None):
            write("  " + t("check.region_none", lang) + "\n")
        write("\n")
    write(summary_line(results, lang))


def where(region, m: str | None, lang: str) -> str:
    """A finding's place in a table: the municipality's name, or "Region"/"Regio" for a regional finding."""
    return t("check.region_label", lang) if m is None else region.name[m]


def summary_line(results: Results, lang: str) -> str:
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
