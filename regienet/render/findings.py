"""Check results → text, Markdown, JSON (the DESIGN §5 contract) or CSV."""

from __future__ import annotations

import json
import re
from json.encoder import encode_basestring
from typing import Any

from regienet.i18n import t
from regienet.outputs import csv_text
from regienet.render.tables import markdown_table
from regienet.rules import LEVEL_COMPONENTS, Finding, LevelDetail, Results

JSON_VERSION = 1


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


def levels_line(details: dict[str, LevelDetail], lang: str) -> str:
    return " · ".join(f"{c} {level_label(details[c], lang)}" for c in LEVEL_COMPONENTS)


def finding_text(f: Finding, lang: str) -> str:
    """A finding's message, with the waiver's reason when it is waived."""
    text = f.message(lang)
    return text if f.waived is None else f"{text} {t('check.waived', lang, reason=f.waived)}"


def relation_text(rel: tuple[str, str, str]) -> str:
    return f"{rel[0]}>{rel[1]}:{rel[2]}"


def check_json(results: Results, lang: str) -> dict[str, Any]:
    """The public JSON shape (version 1): version, data, findings, levels."""
    return {
        "version": JSON_VERSION,
        "data": results.region.dataset.source,
        "findings": [f.to_dict(lang) for f in results.findings],
        "levels": {m: dict(results.levels[m]) for m in results.levels},
        "level_details": {
            m: {c: d.to_dict() for c, d in results.level_details[m].items()} for m in results.level_details
        },
    }


_FINDING_KEYS = ["rule", "component", "severity", "municipality", "message", "evidence"]
#: a regional finding (RG): ``"municipality": null, "scope": "region"``
_REGION_KEYS = ["rule", "component", "severity", "municipality", "scope", "message", "evidence"]
_EVIDENCE_KEYS = ["actors", "relations"]


def check_json_text(results: Results, lang: str) -> str:
    """``json.dumps(check_json(...), ensure_ascii=False, indent=2)``: the same text, faster.

    The findings are the bulk (100k+ on all of Flanders) and json's indenting
    encoder is pure Python (2 s on all of Flanders); their fixed shape is
    written with the string encoder json itself uses, the rest by json
    (equality tested; any other shape falls back to json.dumps).
    """
    data = check_json(results, lang)
    findings = data["findings"]
    text = dumps_with_findings({**data, "findings": placeholder(0)}, [findings], level=2)
    return text if text is not None else json.dumps(data, ensure_ascii=False, indent=2)


def _findings_text(findings: list[dict[str, Any]], level: int = 2) -> str:
    """A findings list as json.dumps(indent=2) writes it; TypeError/KeyError if not the usual shape.

    *level* is the nesting depth of the findings themselves: 2 in ``check``'s
    JSON (``{"findings": [{…}]}``), 4 in ``report``'s (one list per
    municipality).
    """
    enc = encode_basestring

    def pad(k: int) -> str:
        return "\n" + "  " * (level + k)

    p0, p1, p2, p3, p4 = pad(0), pad(1), pad(2), pad(3), pad(4)
    parts = []
    for f in findings:
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
        actors = ("," + p3).join(map(enc, ev["actors"]))
        actors = f"[{p3}{actors}{p2}]" if actors else "[]"
        rels = ("," + p3).join(
            "[" + p4 + ("," + p4).join(map(enc, r)) + p3 + "]" if r else "[]" for r in ev["relations"]
        )
        rels = f"[{p3}{rels}{p2}]" if rels else "[]"
        parts.append(
            f'{{{p1}"rule": {enc(f["rule"])},{p1}"component": {enc(f["component"])},'
            f'{p1}"severity": {enc(f["severity"])},{p1}"municipality": {where},'
            f'{p1}"message": {enc(f["message"])},{p1}"evidence": {{{p2}"actors": {actors},'
            f'{p2}"relations": {rels}{p1}}}{p0}}}'
        )
    if not parts:
        return "[]"
    return "[" + p0 + ("," + p0).join(parts) + pad(-1) + "]"


def dumps_with_findings(data: dict[str, Any], lists: list[list[dict[str, Any]]], level: int) -> str | None:
    """``json.dumps(data, ensure_ascii=False, indent=2)`` where *data* holds *lists* of findings, faster.

    Each findings list inside *data* must already be replaced by the string
    ``placeholder(i)`` (``i`` its position in *lists*); they are written by
    :func:`_findings_text` at nesting *level* and put back in one pass.
    Returns None when a finding is not of the usual shape (the caller then
    uses json.dumps on the real data).
    """
    try:
        bodies = [_findings_text(found, level) for found in lists]
    except (TypeError, KeyError):
        return None
    head = json.dumps(data, ensure_ascii=False, indent=2)
    return _PLACEHOLDER.sub(lambda m: bodies[int(m.group(1))], head)


def placeholder(i: int) -> str:
    """Stands in for findings list *i* in :func:`dumps_with_findings` (a NUL never reaches output unescaped)."""
    return f"\x00findings:{i}\x00"


_PLACEHOLDER = re.compile(r'"\\u0000findings:(\d+)\\u0000"')


def render_check(results: Results, fmt: str, lang: str) -> str:
    region = results.region
    if fmt == "json":
        return check_json_text(results, lang)
    if fmt == "csv":  # a regional finding has an empty municipality cell
        header = ["rule", "component", "severity", "municipality", "message", "actors", "relations", "waived"]
        rows = [
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
        ]
        return csv_text(header, rows)
    if fmt == "markdown":
        header = [t("col.municipality", lang), t("col.rule", lang), t("col.severity", lang), t("col.message", lang)]
        rows = [
            [where(region, f.municipality, lang), f.rule, t(f"severity.{f.severity}", lang), finding_text(f, lang)]
            for f in results.findings
        ]
        levels = [
            [region.name[m], *(level_label(results.level_details[m][c], lang) for c in LEVEL_COMPONENTS)]
            for m in results.levels
        ]
        return "\n\n".join(
            [
                f"## {t('check.findings', lang)}",
                markdown_table(header, rows) if rows else t("check.none", lang),
                f"## {t('check.levels', lang)}",
                markdown_table([t("col.municipality", lang), *LEVEL_COMPONENTS], levels),
                summary_line(results, lang),
            ]
        )
    lines: list[str] = []
    # the severity column as wide as its widest word in *lang* ("waarschuwing" is wider than "warning")
    width = max(len(t(f"severity.{s}", lang)) for s in ("error", "warning", "info"))
    for m in results.levels:
        lines.append(f"{region.name[m]} ({m}) — {levels_line(results.level_details[m], lang)}")
        for f in results.findings_for(m):
            lines.append(f"  {f.rule} {t(f'severity.{f.severity}', lang):<{width}} {finding_text(f, lang)}")
        unknown = [c for c in results.codes if results.status(m, c) == "unknown"]
        if unknown:
            lines.append(f"  {t('check.unknown', lang, codes=', '.join(unknown))}")
        lines.append("")
    if results.region_outcomes:
        lines.append(t("check.region", lang, n=len(region.municipalities)))
        for f in results.findings_for(None):
            lines.append(f"  {f.rule} {t(f'severity.{f.severity}', lang):<{width}} {finding_text(f, lang)}")
        if not results.findings_for(None):
            lines.append("  " + t("check.region_none", lang))
        lines.append("")
    lines.append(summary_line(results, lang))
    return "\n".join(lines)


def where(region, m: str | None, lang: str) -> str:
    """A finding's place in a table: the municipality's name, or "Region"/"Regio" for a regional finding."""
    return t("check.region_label", lang) if m is None else region.name[m]


def summary_line(results: Results, lang: str) -> str:
    counts = {
        s: sum(f.severity == s and f.waived is None for f in results.findings) for s in ("error", "warning", "info")
    }
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
