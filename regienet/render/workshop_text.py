"""Rendering of ``gaps`` suggestions and ``diff`` results in text, Markdown, JSON and CSV."""

from __future__ import annotations

import json

from regienet.diff import Diff, diff_json
from regienet.gaps import Suggestion
from regienet.i18n import number, t
from regienet.outputs import csv_text
from regienet.render.tables import markdown_table


def render_gaps(region, items: list[Suggestion], fmt: str, lang: str) -> str:
    if fmt == "json":
        return json.dumps(
            {"version": 1, "data": region.dataset.source, "suggestions": [s.to_dict(region, lang) for s in items]},
            ensure_ascii=False,
            indent=2,
        )
    header = ["municipality", "rank", "type", "rule", "score", "actors", "suggestion", "level_gain"]
    rows, rank, prev = [], 0, None
    for s in items:
        rank = rank + 1 if s.municipality == prev else 1
        prev = s.municipality
        gain = " ".join(f"{c}+{g}" for c, g in (s.level_gain or {}).items() if g > 0)
        text = f"{s.message(lang)} {s.effect(lang)}".rstrip()
        rows.append([s.municipality, rank, s.type, s.rule, round(s.score, 3), "|".join(s.actors), text, gain])
    if fmt == "csv":
        return csv_text(header, rows)
    if fmt == "markdown":
        return markdown_table(
            [t("col.municipality", lang), "#", t("col.rule", lang), t("gaps.col_suggestion", lang)],
            [[region.name[r[0]], r[1], r[3], r[6]] for r in rows],
        )
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


def _level(level: int | None, lang: str) -> str:
    """A level in words; ``None`` is "not applicable" / "n.v.t." (no applicable rule)."""
    return t("diff.level_na", lang) if level is None else t(f"level.{level}", lang)


def _change(old: int | None, new: int | None, lang: str) -> str:
    return f"{_level(old, lang)} → {_level(new, lang)}"


def _direction(old: int | None, new: int | None, lang: str) -> str:
    """better/worse when both levels are numbers; a level that became (in)applicable is "changed"."""
    if isinstance(old, int) and isinstance(new, int):
        return t("diff.up", lang) if new > old else t("diff.down", lang)
    return t("diff.level_changed", lang)


def render_diff(d: Diff, fmt: str, lang: str) -> str:
    if fmt == "json":
        return json.dumps(diff_json(d, lang), ensure_ascii=False, indent=2)
    old, new = d.old.region, d.new.region

    def name(a: str | None) -> str:
        if a is None:  # a regional finding
            return t("diff.region", lang)
        return new.name.get(a) or old.name.get(a, a)

    def moved(o, n) -> str:
        return f"{o.message(lang)} → {n.message(lang)}"

    rows: list[list[object]] = []
    rows += [["actor", "added", a, new.kind[a], name(a)] for a in d.actors_added]
    rows += [["actor", "removed", a, old.kind[a], name(a)] for a in d.actors_removed]
    rows += [["relation", "added", f"{s}>{tg}", k, f"{name(s)} → {name(tg)}"] for s, tg, k in d.relations_added]
    rows += [["relation", "removed", f"{s}>{tg}", k, f"{name(s)} → {name(tg)}"] for s, tg, k in d.relations_removed]
    rows += [["finding", "new", f.municipality, f.rule, f.message(lang)] for f in d.findings_new]
    rows += [["finding", "resolved", f.municipality, f.rule, f.message(lang)] for f in d.findings_resolved]
    rows += [["finding", "changed", n.municipality, n.rule, moved(o, n)] for o, n in d.findings_changed]
    rows += [["level", "changed", m, c, _change(o, n, lang)] for m, c, o, n in d.level_changes]
    if fmt == "csv":
        return csv_text(["what", "change", "id", "kind", "detail"], rows)

    def num(n: int) -> str:
        return number(n, lang)

    if fmt == "markdown":
        if not rows:
            return t("diff.nothing", lang)
        summary = [
            t("diff.resolved", lang, n=num(len(d.findings_resolved))),
            t("diff.new", lang, n=num(len(d.findings_new))),
            t("diff.changed", lang, n=num(len(d.findings_changed))),
            t("diff.levels", lang, n=num(len(d.level_changes))),
        ]
        return " · ".join(summary) + "\n\n" + markdown_table(["what", "change", "id", "kind", "detail"], rows)
    if d.empty:
        return t("diff.nothing", lang)
    lines = [t("diff.title", lang, old=_label(old), new=_label(new)), ""]

    def counts(which: str) -> str:
        prefix = "kind." if which.startswith("actors") else "relation."
        c = d.by_kind(which)
        return ", ".join(f"{t(prefix + k, lang)}: {num(n)}" for k, n in c.items()) or num(0)

    lines.append(
        t(
            "diff.actors",
            lang,
            added=num(len(d.actors_added)),
            removed=num(len(d.actors_removed)),
            added_kinds=counts("actors_added"),
            removed_kinds=counts("actors_removed"),
        )
    )
    for a in d.actors_added:
        lines.append(f"  + {name(a)} ({t('kind.' + new.kind[a], lang)})")
    for a in d.actors_removed:
        lines.append(f"  − {name(a)} ({t('kind.' + old.kind[a], lang)})")
    lines.append(
        t(
            "diff.relations",
            lang,
            added=num(len(d.relations_added)),
            removed=num(len(d.relations_removed)),
            added_kinds=counts("relations_added"),
            removed_kinds=counts("relations_removed"),
        )
    )
    for s, tg, k in d.relations_added:
        lines.append(f"  + {name(s)} → {name(tg)}: {t('relation.' + k, lang)}")
    for s, tg, k in d.relations_removed:
        lines.append(f"  − {name(s)} → {name(tg)}: {t('relation.' + k, lang)}")
    lines += ["", t("diff.resolved", lang, n=num(len(d.findings_resolved)))]
    lines += [f"  ✓ {name(f.municipality)} [{f.rule}] {f.message(lang)}" for f in d.findings_resolved]
    lines += [t("diff.new", lang, n=num(len(d.findings_new)))]
    lines += [f"  ! {name(f.municipality)} [{f.rule}] {f.message(lang)}" for f in d.findings_new]
    lines += [t("diff.changed", lang, n=num(len(d.findings_changed)))]
    lines += [f"  ~ {name(n.municipality)} [{n.rule}] {moved(o, n)}" for o, n in d.findings_changed]
    lines += ["", t("diff.levels", lang, n=num(len(d.level_changes)))]
    for m, c, o, n in d.level_changes:
        lines.append(f"  {name(m)}: {c} {t('component.' + c, lang)} — {_change(o, n, lang)} ({_direction(o, n, lang)})")
    return "\n".join(lines)


def _label(region) -> str:
    return region.dataset.source + (f" @ {region.year}" if region.year is not None else "")
