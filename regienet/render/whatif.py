"""Rendering of ``regienet whatif`` results: text, Markdown, JSON (formats data, computes nothing)."""

from __future__ import annotations

import shlex
from collections.abc import Iterator
from typing import TextIO

from regienet.analysis.whatif import Change, Evaluation, whatif_json
from regienet.i18n import number, t
from regienet.outputs import write_csv
from regienet.render.emit import dumps_at, emit_text
from regienet.render.findings import level_label
from regienet.render.tables import markdown_table
from regienet.rules import LEVEL_COMPONENTS

__all__ = [
    "WHATIF_HEADER",
    "tie_words",
    "try_command",
    "whatif_json_text",
    "whatif_markdown",
    "whatif_text",
    "write_whatif_csv",
]


def tie_words(region, change: Change, lang: str) -> str:
    """A tie in words: "Gemeente Zwevegem informs Waak"; a removed one "no longer: …"."""

    def name(x: str) -> str:
        return str(region.name.get(x, x))

    key = "whatif.tie.cooperation_via" if change.kind == "cooperation" and change.via else f"whatif.tie.{change.kind}"
    text = t(key, lang, source=name(change.source), target=name(change.target), via=name(change.via or ""))
    return t("whatif.removed", lang, tie=text) if change.op == "remove" else text


def try_command(ev: Evaluation) -> str:
    """The ``regienet whatif`` invocation that applies the changes and the plan with ``--add``/``--remove``."""
    region = ev.before.region
    parts = ["regienet", "whatif", "-m", ev.municipality]
    if not region.dataset.bundled:
        parts += ["--data", region.dataset.source]
    if region.year is not None:
        parts += ["--year", str(region.year)]
    every = list(ev.changes) + (ev.plan.changes() if ev.plan else [])
    for c in every:
        parts += [f"--{c.op}", c.source, c.target, c.kind_text()]
    return " ".join(shlex.quote(p) for p in parts)


def _targets(targets: dict[str, int]) -> str:
    return ", ".join(f"{c} ≥ {n}" for c, n in targets.items())


def _plan_lines(ev: Evaluation, lang: str, markdown: bool) -> list[str]:
    p = ev.plan
    if p is None:
        return []
    region, m = ev.after.region, ev.municipality
    lines = [("## " if markdown else "") + t("whatif.plan_title", lang, targets=_targets(p.targets), k=p.max_ties), ""]
    if not p.ties:
        lines.append(t("whatif.plan_empty", lang) if p.reached else t("whatif.plan_none", lang))
    for i, x in enumerate(p.ties, 1):
        rule = f"[{x.rule}] " if x.rule and x.suggestion is not None else ""  # else the why names the rule
        lines.append(
            f"{i}. {tie_words(region, x.change, lang)} — {rule}{x.why(lang)}"
            if markdown
            else f"  {i}. {tie_words(region, x.change, lang)}\n     {rule}{x.why(lang)}"
        )
    lines.append("")
    if p.reached:
        lines.append(("**" if markdown else "") + t("whatif.reached", lang, n=len(p.ties)) + ("**" if markdown else ""))
    else:
        best = ", ".join(f"{c} {level_label(ev.after.level_details[m][c], lang)}" for c in p.targets)
        lines.append(t("whatif.not_reached", lang, k=p.max_ties, levels=best))
    if p.method in ("exact", "greedy"):
        key = "whatif.search_greedy_only" if p.method == "greedy" and not p.exact_up_to else f"whatif.search_{p.method}"
        lines.append(t(key, lang, n=number(p.candidates, lang), runs=number(p.evaluations, lang), d=p.exact_up_to))
    if p.ties:
        lines += ["", t("whatif.try", lang), ""]
        lines.append(f"```sh\n{try_command(ev)}\n```" if markdown else f"  {try_command(ev)}")
    return lines


def render_whatif(ev: Evaluation, fmt: str, lang: str) -> str:
    """``whatif``'s output as a string (what :func:`~regienet.render.emit.emit` writes, without the last newline)."""
    return emit_text(ev, fmt, lang)


def whatif_json_text(ev: Evaluation, lang: str) -> str:
    return dumps_at(whatif_json(ev, lang), 0)


#: The columns of ``whatif --format csv``: those of ``diff --format csv``, so that one sheet reads both.
WHATIF_HEADER = ["what", "change", "id", "kind", "detail"]


def _whatif_rows(ev: Evaluation, lang: str) -> Iterator[list[object]]:
    """One row per change, per tie of the plan (after a row saying whether it reaches the targets), per level
    component (``changed``/``unchanged``, before → after) and per finding resolved, new or changed."""
    m, region = ev.municipality, ev.after.region

    def op(change: Change) -> str:
        return "added" if change.op == "add" else "removed"

    for change in ev.changes:
        words = tie_words(ev.before.region if change.op == "remove" else region, change, lang)
        yield ["relation", op(change), f"{change.source}>{change.target}", change.kind_text(), words]
    p = ev.plan
    if p is not None:
        if p.reached:
            outcome = t("whatif.reached", lang, n=len(p.ties))
        else:
            best = ", ".join(f"{c} {level_label(ev.after.level_details[m][c], lang)}" for c in p.targets)
            outcome = t("whatif.not_reached", lang, k=p.max_ties, levels=best)
        yield ["plan", "reached" if p.reached else "not_reached", m, _targets(p.targets), outcome]
        for x in p.ties:
            rule = f"[{x.rule}] " if x.rule and x.suggestion is not None else ""  # else the why names the rule
            words = f"{tie_words(region, x.change, lang)} — {rule}{x.why(lang)}"
            yield ["plan", op(x.change), f"{x.change.source}>{x.change.target}", x.change.kind_text(), words]
    before, after = ev.before.level_details[m], ev.after.level_details[m]
    for c in LEVEL_COMPONENTS:
        b, a = level_label(before[c], lang), level_label(after[c], lang)
        yield ["level", "unchanged" if b == a else "changed", m, c, f"{b} → {a}"]
    for f in ev.resolved:
        yield ["finding", "resolved", m, f.rule, f.message(lang)]
    for f in ev.new:
        yield ["finding", "new", m, f.rule, f.message(lang)]
    for o, n in ev.changed:
        yield ["finding", "changed", m, n.rule, f"{o.message(lang)} → {n.message(lang)}"]


def write_whatif_csv(ev: Evaluation, lang: str, out: TextIO) -> None:
    write_csv(out, WHATIF_HEADER, _whatif_rows(ev, lang))


def _finding_name(f, lang: str) -> str:
    return f"[{f.rule}] {f.message(lang)}"


def whatif_markdown(ev: Evaluation, lang: str) -> str:
    region, m = ev.after.region, ev.municipality
    before, after = ev.before.level_details[m], ev.after.level_details[m]
    rname = ev.before.region.name[m]

    def finding_name(f) -> str:
        return _finding_name(f, lang)

    out = [f"# {t('whatif.title', lang, name=rname)}", "", f"## {t('whatif.changes', lang)}", ""]
    if ev.changes:
        out += [
            f"- {'+' if c.op == 'add' else '−'} {tie_words(ev.before.region if c.op == 'remove' else region, c, lang)}"
            for c in ev.changes
        ]
    else:
        out.append(t("whatif.no_changes", lang))
    out += ["", f"## {t('whatif.levels', lang)}", ""]
    rows = [
        [f"{c} {t('component.' + c, lang)}", level_label(before[c], lang), level_label(after[c], lang)]
        for c in LEVEL_COMPONENTS
    ]
    out.append(markdown_table([t("col.component", lang), t("whatif.before", lang), t("whatif.after", lang)], rows))
    for key, items in (("diff.resolved", ev.resolved), ("diff.new", ev.new)):
        out += ["", f"## {t(key, lang, n=number(len(items), lang))}", ""]
        out += [f"- {finding_name(f)}" for f in items]
    out += ["", f"## {t('diff.changed', lang, n=number(len(ev.changed), lang))}", ""]
    out += [f"- [{n.rule}] {o.message(lang)} → {n.message(lang)}" for o, n in ev.changed]
    plan = _plan_lines(ev, lang, markdown=True)
    return "\n".join(out + (["", *plan] if plan else [])).rstrip() + "\n"


def whatif_text(ev: Evaluation, lang: str) -> str:
    region, m = ev.after.region, ev.municipality
    before, after = ev.before.level_details[m], ev.after.level_details[m]
    rname = ev.before.region.name[m]

    def finding_name(f) -> str:
        return _finding_name(f, lang)

    out = [t("whatif.title", lang, name=rname), "", t("whatif.changes", lang)]
    if ev.changes:
        out += [
            f"  {'+' if c.op == 'add' else '−'} {tie_words(ev.before.region if c.op == 'remove' else region, c, lang)}"
            for c in ev.changes
        ]
    else:
        out.append(f"  {t('whatif.no_changes', lang)}")
    out += ["", t("whatif.levels", lang)]
    labels = {c: f"{c} {t('component.' + c, lang)}" for c in LEVEL_COMPONENTS}
    width = max(len(x) for x in labels.values())
    cells = {c: (level_label(before[c], lang), level_label(after[c], lang)) for c in LEVEL_COMPONENTS}
    bw = max(len(t("whatif.before", lang)), *(len(b) for b, _ in cells.values()))
    out.append(f"  {'':<{width}}  {t('whatif.before', lang):<{bw}}    {t('whatif.after', lang)}")
    for c in LEVEL_COMPONENTS:
        b, a = cells[c]
        mark = "" if b == a else "  *"
        out.append(f"  {labels[c]:<{width}}  {b:<{bw}} →  {a}{mark}")
    out += ["", t("diff.resolved", lang, n=number(len(ev.resolved), lang))]
    out += [f"  ✓ {finding_name(f)}" for f in ev.resolved]
    out += [t("diff.new", lang, n=number(len(ev.new), lang))]
    out += [f"  ! {finding_name(f)}" for f in ev.new]
    out += [t("diff.changed", lang, n=number(len(ev.changed), lang))]
    out += [f"  ~ [{n.rule}] {o.message(lang)} → {n.message(lang)}" for o, n in ev.changed]
    plan = _plan_lines(ev, lang, markdown=False)
    return "\n".join(out + (["", *plan] if plan else []))
