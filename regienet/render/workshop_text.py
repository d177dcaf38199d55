"""``gaps`` suggestions and ``diff`` results in text, Markdown, JSON and CSV, for :func:`regienet.render.emit.emit`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from regienet.analysis.diff import Diff
from regienet.analysis.gaps import Gaps, Suggestion
from regienet.i18n import number, t
from regienet.outputs import envelope, write_csv
from regienet.render.emit import emit_text
from regienet.render.jsonstream import Stream, StreamDict, materialize, write_json
from regienet.render.tables import markdown_table
from regienet.render.views.check import finding_json, string_list_json
from regienet.rules import Finding

__all__ = [
    "DIFF_HEADER",
    "GAPS_CSV_HEADER",
    "diff_document",
    "diff_json",
    "diff_markdown",
    "diff_text",
    "gaps_markdown",
    "render_diff",
    "render_gaps",
    "write_diff_csv",
    "write_diff_json",
    "write_gaps_csv",
    "write_gaps_json",
    "write_gaps_text",
]


def render_gaps(region, items: list[Suggestion], fmt: str, lang: str) -> str:
    """``gaps``'s output as a string (what :func:`~regienet.render.emit.emit` writes, without the last newline)."""
    return emit_text(Gaps(region, items), fmt, lang)


def write_gaps_json(gaps: Gaps, lang: str, out: TextIO) -> None:
    """``{"version": 1, "data": …, "suggestions": […]}``, one suggestion at a time."""
    region = gaps.region
    doc = envelope(data=region.dataset.source, suggestions=Stream(s.to_dict(region, lang) for s in gaps.items))
    write_json(out, StreamDict(doc.items()))


GAPS_CSV_HEADER = ["municipality", "rank", "type", "rule", "score", "actors", "suggestion", "level_gain"]


def _gap_rows(gaps: Gaps, lang: str) -> Iterator[list[object]]:
    """One row per suggestion, numbered within its municipality (the CSV columns)."""
    rank, prev = 0, None
    for s in gaps.items:
        rank = rank + 1 if s.municipality == prev else 1
        prev = s.municipality
        gain = " ".join(f"{c}+{g}" for c, g in (s.level_gain or {}).items() if g > 0)
        text = f"{s.message(lang)} {s.effect(lang)}".rstrip()
        yield [s.municipality, rank, s.type, s.rule, round(s.score, 3), "|".join(s.actors), text, gain]


def write_gaps_csv(gaps: Gaps, lang: str, out: TextIO) -> None:
    write_csv(out, GAPS_CSV_HEADER, _gap_rows(gaps, lang))


def gaps_markdown(gaps: Gaps, lang: str) -> str:
    name = gaps.region.name
    return markdown_table(
        [t("col.municipality", lang), "#", t("col.rule", lang), t("gaps.col_suggestion", lang)],
        [[name[r[0]], r[1], r[3], r[6]] for r in _gap_rows(gaps, lang)],
    )


def write_gaps_text(gaps: Gaps, lang: str, out: TextIO) -> None:
    """Per municipality a heading and its numbered suggestions, then the legend: written line by line (17 MB of
    text for a dense region of 3,000 municipalities was held three times over as rows, lines and one string)."""
    if not gaps.items:
        out.write(t("gaps.none", lang))
        return
    write, prev = out.write, None
    for r in _gap_rows(gaps, lang):
        if r[0] != prev:
            if prev is not None:
                write("\n")
            write(t("gaps.heading", lang, name=gaps.region.name[r[0]]) + "\n")
            prev = r[0]
        write(f"  {r[1]:>2}. [{r[3]}] {r[6]}\n")
    write("\n" + t("gaps.legend", lang))


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
    """``diff``'s output as a string (what :func:`~regienet.render.emit.emit` writes, without the last newline)."""
    return emit_text(d, fmt, lang)


def diff_document(d: Diff, lang: str) -> StreamDict:
    """The ``diff --format json`` object (version 1; ``findings.changed`` is additive), its long lists
    (relations and findings: ~100 MB between two waves of all of Flanders) written item by item."""

    def findings(items: Iterable[Finding]) -> Stream:
        return Stream((f.to_dict(lang) for f in items), finding_json)

    methods = _methods(d)  # issue 25: only when a survey wave is compared (additive)
    doc = envelope(
        old={"data": d.old.region.dataset.source, "year": d.old.region.year, **_method(methods, 0)},
        new={"data": d.new.region.dataset.source, "year": d.new.region.year, **_method(methods, 1)},
        actors=StreamDict([("added", Stream(d.actors_added)), ("removed", Stream(d.actors_removed))]),
        relations=StreamDict(
            [
                ("added", Stream((list(r) for r in d.relations_added), string_list_json)),
                ("removed", Stream((list(r) for r in d.relations_removed), string_list_json)),
            ]
        ),
        findings=StreamDict(
            [
                ("new", findings(d.findings_new)),
                ("resolved", findings(d.findings_resolved)),
                (
                    "changed",
                    Stream(({"old": o.to_dict(lang), "new": n.to_dict(lang)} for o, n in d.findings_changed), _changed),
                ),
            ]
        ),
        levels=Stream({"municipality": m, "component": c, "old": o, "new": n} for m, c, o, n in d.level_changes),
    )
    return StreamDict(doc.items())


def _methods(d: Diff) -> tuple[str, str] | None:
    from regienet.analysis.survey import methods_note

    return methods_note(d.old.region.dataset, d.new.region.dataset)


def _method(methods: tuple[str, str] | None, i: int) -> dict[str, str]:
    return {"method": methods[i]} if methods else {}


def method_line(d: Diff, lang: str) -> list[str]:
    """A note when a self-report wave is compared with an interview (2010) or unknown method (issue 25.2)."""
    methods = _methods(d)
    if methods is None:
        return []
    old, new = (t(f"survey.method.{m}", lang) if m in ("self", "interview") else m for m in methods)
    return [t("diff.method_note", lang, old=old, new=new), ""]


def _changed(item: dict[str, Any], depth: int) -> str:
    """One ``{"old": finding, "new": finding}`` of ``findings.changed`` at nesting *depth* (as json.dumps)."""
    if list(item) != ["old", "new"]:
        raise KeyError("shape")
    pad = "\n" + "  " * (depth + 1)
    old, new = finding_json(item["old"], depth + 1), finding_json(item["new"], depth + 1)
    return f'{{{pad}"old": {old},{pad}"new": {new}\n{"  " * depth}}}'


def diff_json(d: Diff, lang: str) -> dict[str, Any]:
    """:func:`diff_document` as plain Python data."""
    return materialize(diff_document(d, lang))


def write_diff_json(d: Diff, lang: str, out: TextIO) -> None:
    write_json(out, diff_document(d, lang))


def _diff_names(d: Diff, lang: str) -> Callable[[str | None], str]:
    old, new = d.old.region, d.new.region

    def name(a: str | None) -> str:
        if a is None:  # a regional finding
            return t("diff.region", lang)
        return new.name.get(a) or old.name.get(a, a)

    return name


def _moved(o, n, lang: str) -> str:
    return f"{o.message(lang)} → {n.message(lang)}"


DIFF_HEADER = ["what", "change", "id", "kind", "detail"]


def _diff_rows(d: Diff, lang: str) -> list[list[object]]:
    """One row per change: actors, relations, findings, levels (the CSV and Markdown table)."""
    old, new = d.old.region, d.new.region
    name = _diff_names(d, lang)

    def moved(o, n) -> str:
        return _moved(o, n, lang)

    rows: list[list[object]] = []
    rows += [["actor", "added", a, new.kind[a], name(a)] for a in d.actors_added]
    rows += [["actor", "removed", a, old.kind[a], name(a)] for a in d.actors_removed]
    rows += [["relation", "added", f"{s}>{tg}", k, f"{name(s)} → {name(tg)}"] for s, tg, k in d.relations_added]
    rows += [["relation", "removed", f"{s}>{tg}", k, f"{name(s)} → {name(tg)}"] for s, tg, k in d.relations_removed]
    rows += [["finding", "new", f.municipality, f.rule, f.message(lang)] for f in d.findings_new]
    rows += [["finding", "resolved", f.municipality, f.rule, f.message(lang)] for f in d.findings_resolved]
    rows += [["finding", "changed", n.municipality, n.rule, moved(o, n)] for o, n in d.findings_changed]
    rows += [["level", "changed", m, c, _change(o, n, lang)] for m, c, o, n in d.level_changes]
    return rows


def write_diff_csv(d: Diff, lang: str, out: TextIO) -> None:
    write_csv(out, DIFF_HEADER, _diff_rows(d, lang))


def diff_markdown(d: Diff, lang: str) -> str:
    def num(n: int) -> str:
        return number(n, lang)

    rows = _diff_rows(d, lang)
    if not rows:
        return t("diff.nothing", lang)
    summary = [
        t("diff.resolved", lang, n=num(len(d.findings_resolved))),
        t("diff.new", lang, n=num(len(d.findings_new))),
        t("diff.changed", lang, n=num(len(d.findings_changed))),
        t("diff.levels", lang, n=num(len(d.level_changes))),
    ]
    note = "".join(f"{line}\n" for line in method_line(d, lang))
    return note + " · ".join(summary) + "\n\n" + markdown_table(DIFF_HEADER, rows)


def diff_text(d: Diff, lang: str) -> str:
    old, new = d.old.region, d.new.region
    name = _diff_names(d, lang)

    def num(n: int) -> str:
        return number(n, lang)

    def moved(o, n) -> str:
        return _moved(o, n, lang)

    if d.empty:
        return t("diff.nothing", lang)
    lines = [t("diff.title", lang, old=_label(old), new=_label(new)), "", *method_line(d, lang)]

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
