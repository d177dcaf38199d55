"""Rendering of ``gaps`` suggestions and ``diff`` results in text, Markdown, JSON and CSV."""

from __future__ import annotations

import json

from regienet.diff import Diff, diff_json
from regienet.gaps import Suggestion
from regienet.i18n import t
from regienet.outputs import csv_text
from regienet.render.findings import level_word
from regienet.render.tables import markdown_table


def render_gaps(region, items: list[Suggestion], fmt: str, lang: str) -> str:
    if fmt == "json":
        return json.dumps({"version": 1, "data": region.dataset.source, "suggestions": [s.to_dict(region, lang) for s in items]}, ensure_ascii=False, indent=2)
    header = ["municipality", "rank", "type", "rule", "score", "actors", "suggestion"]
    rows, rank, prev = [], 0, None
    for s in items:
        rank = rank + 1 if s.municipality == prev else 1
        prev = s.municipality
        rows.append([s.municipality, rank, s.type, s.rule, round(s.score, 3), "|".join(s.actors), s.message(lang)])
    if fmt == "csv":
        return csv_text(header, rows)
    if fmt == "markdown":
        return markdown_table([t("col.municipality", lang), "#", t("col.rule", lang), t("gaps.col_suggestion", lang)], [[region.name[r[0]], r[1], r[3], r[6]] for r in rows])
    if not items:
        return t("gaps.none", lang)
    lines, prev = [], None
    for r in rows:
        if r[0] != prev:
            if prev is not None:
                lines.append("")
            lines.append(t("gaps.heading", lang, name=region.name[r[0]]))
            prev = r[0]
        lines.append(f"  {r[1]:>2}. [{r[3]}] {r[6]}")
    lines += ["", t("gaps.legend", lang)]
    return "\n".join(lines)


def _change(old: int | None, new: int | None, lang: str) -> str:
    return f"{level_word(old, lang)} → {level_word(new, lang)}"


def render_diff(d: Diff, fmt: str, lang: str) -> str:
    if fmt == "json":
        return json.dumps(diff_json(d, lang), ensure_ascii=False, indent=2)
    old, new = d.old.region, d.new.region

    def name(a: str) -> str:
        return new.name.get(a) or old.name.get(a, a)

    rows: list[list[object]] = []
    rows += [["actor", "added", a, new.kind[a], name(a)] for a in d.actors_added]
    rows += [["actor", "removed", a, old.kind[a], name(a)] for a in d.actors_removed]
    rows += [["relation", "added", f"{s}>{tg}", k, f"{name(s)} → {name(tg)}"] for s, tg, k in d.relations_added]
    rows += [["relation", "removed", f"{s}>{tg}", k, f"{name(s)} → {name(tg)}"] for s, tg, k in d.relations_removed]
    rows += [["finding", "new", f.municipality, f.rule, f.message(lang)] for f in d.findings_new]
    rows += [["finding", "resolved", f.municipality, f.rule, f.message(lang)] for f in d.findings_resolved]
    rows += [["level", "changed", m, c, _change(o, n, lang)] for m, c, o, n in d.level_changes]
    if fmt == "csv":
        return csv_text(["what", "change", "id", "kind", "detail"], rows)
    if fmt == "markdown":
        return markdown_table(["what", "change", "id", "kind", "detail"], rows) if rows else t("diff.nothing", lang)
    if d.empty:
        return t("diff.nothing", lang)
    lines = [t("diff.title", lang, old=_label(old), new=_label(new)), ""]

    def counts(which: str) -> str:
        c = d.by_kind(which)
        return ", ".join(f"{n} {k}" for k, n in c.items()) or "0"

    lines.append(t("diff.actors", lang, added=len(d.actors_added), removed=len(d.actors_removed), added_kinds=counts("actors_added"), removed_kinds=counts("actors_removed")))
    for a in d.actors_added:
        lines.append(f"  + {name(a)} ({t('kind.' + new.kind[a], lang)})")
    for a in d.actors_removed:
        lines.append(f"  − {name(a)} ({t('kind.' + old.kind[a], lang)})")
    lines.append(t("diff.relations", lang, added=len(d.relations_added), removed=len(d.relations_removed), added_kinds=counts("relations_added"), removed_kinds=counts("relations_removed")))
    for s, tg, k in d.relations_added:
        lines.append(f"  + {name(s)} → {name(tg)}: {t('relation.' + k, lang)}")
    for s, tg, k in d.relations_removed:
        lines.append(f"  − {name(s)} → {name(tg)}: {t('relation.' + k, lang)}")
    lines += ["", t("diff.resolved", lang, n=len(d.findings_resolved))]
    lines += [f"  ✓ {name(f.municipality)} [{f.rule}] {f.message(lang)}" for f in d.findings_resolved]
    lines += [t("diff.new", lang, n=len(d.findings_new))]
    lines += [f"  ! {name(f.municipality)} [{f.rule}] {f.message(lang)}" for f in d.findings_new]
    lines += ["", t("diff.levels", lang, n=len(d.level_changes))]
    for m, c, o, n in d.level_changes:
        arrow = t("diff.up", lang) if (n or 0) > (o or 0) else t("diff.down", lang)
        lines.append(f"  {name(m)}: {c} {t('component.' + c, lang)} — {_change(o, n, lang)} ({arrow})")
    return "\n".join(lines)


def _label(region) -> str:
    return region.dataset.source + (f" @ {region.year}" if region.year is not None else "")
