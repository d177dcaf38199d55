"""``regienet whatif``: an :class:`~regienet.analysis.whatif.Evaluation` as a view — the changes, the levels
before → after, the findings resolved, new and changed, and with ``--reach`` the plan of ties and how to try it.

:func:`tie_words` (a tie in words) is shared with the handouts (:mod:`regienet.render.handout`).
"""

from __future__ import annotations

import shlex
from collections.abc import Iterator
from functools import partial
from typing import Any

from regienet.analysis.whatif import Change, Evaluation, whatif_json
from regienet.i18n import number, t
from regienet.render.findings import level_label
from regienet.render.view import Block, Column, Heading, Items, Paragraph, Phrase, Table, Title, View, phrase
from regienet.render.views import view_of
from regienet.rules import LEVEL_COMPONENTS

__all__ = ["WHATIF_HEADER", "tie_words", "try_command", "whatif_view"]

#: The columns of ``whatif --format csv``: those of ``diff --format csv``, so that one sheet reads both.
WHATIF_HEADER = ["what", "change", "id", "kind", "detail"]


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


def _change_words(ev: Evaluation, change: Change, lang: str) -> str:
    return tie_words(ev.before.region if change.op == "remove" else ev.after.region, change, lang)


def _outcome(ev: Evaluation, lang: str) -> str:
    """Whether the plan reaches its targets, and if not the levels the best plan reaches."""
    p = ev.plan
    assert p is not None
    if p.reached:
        return t("whatif.reached", lang, n=len(p.ties))
    details = ev.after.level_details[ev.municipality]
    best = ", ".join(f"{c} {level_label(details[c], lang)}" for c in p.targets)
    return t("whatif.not_reached", lang, k=p.max_ties, levels=best)


def _why(x: Any, lang: str) -> str:
    rule = f"[{x.rule}] " if x.rule and x.suggestion is not None else ""  # else the why names the rule
    return f"{rule}{x.why(lang)}"


def _plan_tie(ev: Evaluation, x: Any, lang: str) -> str:
    return f"{tie_words(ev.after.region, x.change, lang)} — {_why(x, lang)}"


def _level_change(ev: Evaluation, c: str, lang: str) -> str:
    m = ev.municipality
    return f"{level_label(ev.before.level_details[m][c], lang)} → {level_label(ev.after.level_details[m][c], lang)}"


def _component(c: str, lang: str) -> str:
    return f"{c} {t('component.' + c, lang)}"


def _count(key: str, n: int, lang: str) -> str:
    return t(key, lang, n=number(n, lang))


def _old_new(old: Any, new: Any, lang: str) -> str:
    return f"{old.message(lang)} → {new.message(lang)}"


def _finding(f: Any) -> Phrase:
    return phrase(lambda lang: f"[{f.rule}] {f.message(lang)}")


def _finding_change(old: Any, new: Any) -> Phrase:
    return phrase(lambda lang: f"[{new.rule}] {_old_new(old, new, lang)}")


def _plan_blocks(ev: Evaluation) -> Iterator[Block]:
    p = ev.plan
    if p is None:
        return
    yield Heading(phrase("whatif.plan_title", targets=_targets(p.targets), k=p.max_ties))
    yield Items(
        [[phrase(partial(tie_words, ev.after.region, x.change)), phrase(partial(_why, x))] for x in p.ties],
        numbered=True,
        empty=phrase("whatif.plan_empty" if p.reached else "whatif.plan_none"),
    )
    yield Paragraph(phrase(partial(_outcome, ev)))
    if p.method in ("exact", "greedy"):
        key = "whatif.search_greedy_only" if p.method == "greedy" and not p.exact_up_to else f"whatif.search_{p.method}"
        yield Paragraph(
            phrase(
                lambda lang: t(
                    key, lang, n=number(p.candidates, lang), runs=number(p.evaluations, lang), d=p.exact_up_to
                )
            )
        )
    if p.ties:
        yield Heading(phrase(lambda lang: t("whatif.try", lang).rstrip(":")))
        yield Paragraph(try_command(ev), indent=2)


def _csv_rows(ev: Evaluation) -> Iterator[list[Any]]:
    """One row per change, per tie of the plan (after a row saying whether it reaches the targets), per level
    component (``changed``/``unchanged``, before → after) and per finding resolved, new or changed."""
    m = ev.municipality

    def op(change: Change) -> str:
        return "added" if change.op == "add" else "removed"

    for change in ev.changes:
        words = phrase(partial(_change_words, ev, change))
        yield ["relation", op(change), f"{change.source}>{change.target}", change.kind_text(), words]
    p = ev.plan
    if p is not None:
        yield ["plan", "reached" if p.reached else "not_reached", m, _targets(p.targets), phrase(partial(_outcome, ev))]
        for x in p.ties:
            words = phrase(partial(_plan_tie, ev, x))
            yield ["plan", op(x.change), f"{x.change.source}>{x.change.target}", x.change.kind_text(), words]
    before, after = ev.before.level_details[m], ev.after.level_details[m]
    for c in LEVEL_COMPONENTS:
        same = level_label(before[c], "en") == level_label(after[c], "en")
        yield ["level", "unchanged" if same else "changed", m, c, phrase(partial(_level_change, ev, c))]
    for f in ev.resolved:
        yield ["finding", "resolved", m, f.rule, phrase(f.message)]
    for f in ev.new:
        yield ["finding", "new", m, f.rule, phrase(f.message)]
    for o, n in ev.changed:
        yield ["finding", "changed", m, n.rule, phrase(partial(_old_new, o, n))]


@view_of.register
def whatif_view(ev: Evaluation) -> View:
    """The changes tried (a list), the levels before and after (a table), the findings resolved, new and changed
    (a heading with their number, a list), then the plan: its ties with why, whether it reaches the target, how
    it was searched, and the command that tries it. CSV: the columns of ``diff``."""
    m = ev.municipality
    name = ev.before.region.name[m]

    def blocks() -> Iterator[Block]:
        yield Title(phrase("whatif.title", name=name))
        yield Heading(phrase("whatif.changes"))
        yield Items([phrase(partial(_change_words, ev, c)) for c in ev.changes], empty=phrase("whatif.no_changes"))
        yield Heading(phrase("whatif.levels"))
        yield Table(
            [
                Column("component", phrase("col.component")),
                Column("before", phrase("whatif.before")),
                Column("after", phrase("whatif.after")),
            ],
            [
                [
                    phrase(partial(_component, c)),
                    phrase(partial(level_label, ev.before.level_details[m][c])),
                    phrase(partial(level_label, ev.after.level_details[m][c])),
                ]
                for c in LEVEL_COMPONENTS
            ],
        )
        for key, items in (("diff.resolved", ev.resolved), ("diff.new", ev.new)):
            yield Heading(phrase(partial(_count, key, len(items))))
            yield Items([_finding(f) for f in items])
        yield Heading(phrase(partial(_count, "diff.changed", len(ev.changed))))
        yield Items([_finding_change(o, n) for o, n in ev.changed])
        yield from _plan_blocks(ev)

    return View(
        "whatif",
        blocks=blocks,
        json=partial(whatif_json, ev),
        csv=lambda: Table([Column(h) for h in WHATIF_HEADER], _csv_rows(ev)),
        title=phrase("whatif.title", name=name),
    )
