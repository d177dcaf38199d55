"""``regienet diff``: what changed between two datasets or years — actors, relations, findings resolved, new
and changed, levels. JSON as before (version 1, its long lists streamed); CSV one row per change."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any

from regienet.analysis.diff import Diff
from regienet.i18n import number, t
from regienet.outputs import envelope
from regienet.render.jsonstream import Stream, StreamDict, materialize
from regienet.render.view import Block, Column, Heading, Lines, Paragraph, Phrase, Table, Title, View, phrase
from regienet.render.views import view_of
from regienet.render.views.check import finding_json, string_list_json
from regienet.rules import Finding

__all__ = ["DIFF_HEADER", "diff_document", "diff_json", "diff_view"]

#: the CSV columns of ``diff``: one row per change
DIFF_HEADER = ["what", "change", "id", "kind", "detail"]


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


class _Said:
    """The lines of a diff for people, each a :class:`Phrase` of the language: names from the newer data
    (else the older), ``None`` the region."""

    def __init__(self, d: Diff) -> None:
        self.d, self.old, self.new = d, d.old.region, d.new.region

    def name(self, a: str | None, lang: str) -> str:
        if a is None:  # a regional finding
            return t("diff.region", lang)
        return self.new.name.get(a) or self.old.name.get(a, a)

    def named(self, a: str | None) -> Phrase:
        return phrase(lambda lang: self.name(a, lang))

    def actor(self, mark: str, a: str, region: Any) -> Phrase:
        return phrase(lambda lang: f"{mark} {self.name(a, lang)} ({t('kind.' + region.kind[a], lang)})")

    def relation(self, mark: str, rel: tuple[str, str, str]) -> Phrase:
        s, tg, k = rel
        return phrase(lambda lang: f"{mark} {self.name(s, lang)} → {self.name(tg, lang)}: {t('relation.' + k, lang)}")

    def pair(self, s: str, tg: str) -> Phrase:
        return phrase(lambda lang: f"{self.name(s, lang)} → {self.name(tg, lang)}")

    def finding(self, mark: str, f: Finding) -> Phrase:
        return phrase(lambda lang: f"{mark} {self.name(f.municipality, lang)} [{f.rule}] {f.message(lang)}")

    def changed(self, o: Finding, n: Finding) -> Phrase:
        """``~ Gemeente A [OV01] old message → new message``."""
        return phrase(lambda lang: f"~ {self.name(n.municipality, lang)} [{n.rule}] {_moved(o, n, lang)}")

    def level(self, m: str, c: str, o: int | None, n: int | None) -> Phrase:
        return phrase(
            lambda lang: (
                f"{self.name(m, lang)}: {c} {t('component.' + c, lang)} — {_change(o, n, lang)} ({_direction(o, n, lang)})"
            )
        )

    def kinds(self, what: str, added: list[Any], removed: list[Any]) -> Phrase:
        """``Actors: 2 added (social enterprise: 2), 1 removed (forum: 1).``"""
        return phrase(
            lambda lang: t(
                f"diff.{what}",
                lang,
                added=number(len(added), lang),
                removed=number(len(removed), lang),
                added_kinds=_counts(self.d, f"{what}_added", lang),
                removed_kinds=_counts(self.d, f"{what}_removed", lang),
            )
        )


def _label(region: Any) -> str:
    return region.dataset.source + (f" @ {region.year}" if region.year is not None else "")


def _methods(d: Diff) -> tuple[str, str] | None:
    from regienet.analysis.survey import methods_note

    return methods_note(d.old.region.dataset, d.new.region.dataset)


def _method_words(method: str, lang: str) -> str:
    return t(f"survey.method.{method}", lang) if method in ("self", "interview") else method


def _counts(d: Diff, which: str, lang: str) -> str:
    """``social enterprise: 2, forum: 1``: the added or removed actors or relations per kind."""
    prefix = "kind." if which.startswith("actors") else "relation."
    c = d.by_kind(which)
    return ", ".join(f"{t(prefix + k, lang)}: {number(n, lang)}" for k, n in c.items()) or number(0, lang)


def _count(key: str, items: Iterable[Any]) -> Phrase:
    n = len(list(items))
    return phrase(lambda lang: t(key, lang, n=number(n, lang)))


def _blocks(d: Diff) -> Iterator[Block]:
    old, new = d.old.region, d.new.region
    said = _Said(d)
    if d.empty:
        yield Paragraph(phrase("diff.nothing"))
        return
    yield Title(phrase("diff.title", old=_label(old), new=_label(new)))
    methods = _methods(d)  # a self-report wave against an interview (2010) or an unknown method (issue 25.2)
    if methods is not None:
        yield Paragraph(_method_note(methods), note=True)
    yield Heading(said.kinds("actors", d.actors_added, d.actors_removed), level=3)
    yield Lines(
        [*(said.actor("+", a, new) for a in d.actors_added), *(said.actor("−", a, old) for a in d.actors_removed)],
        indent=2,
    )
    yield Heading(said.kinds("relations", d.relations_added, d.relations_removed), level=3)
    yield Lines(
        [*(said.relation("+", r) for r in d.relations_added), *(said.relation("−", r) for r in d.relations_removed)],
        indent=2,
    )
    for key, mark, found in (("diff.resolved", "✓", d.findings_resolved), ("diff.new", "!", d.findings_new)):
        yield Heading(_count(key, found), level=3)
        yield Lines([said.finding(mark, f) for f in found], indent=2)
    yield Heading(_count("diff.changed", d.findings_changed), level=3)
    yield Lines([said.changed(o, n) for o, n in d.findings_changed], indent=2)
    yield Heading(_count("diff.levels", d.level_changes), level=3)
    yield Lines([said.level(m, c, o, n) for m, c, o, n in d.level_changes], indent=2)


def _moved(o: Finding, n: Finding, lang: str) -> str:
    return f"{o.message(lang)} → {n.message(lang)}"


def _method_note(methods: tuple[str, str]) -> Phrase:
    old, new = methods
    return phrase(lambda lang: t("diff.method_note", lang, old=_method_words(old, lang), new=_method_words(new, lang)))


def _rows(d: Diff) -> Iterator[list[Any]]:
    """One row per change: actors, relations, findings, levels (the CSV)."""
    old, new = d.old.region, d.new.region
    said = _Said(d)
    yield from (["actor", "added", a, new.kind[a], said.named(a)] for a in d.actors_added)
    yield from (["actor", "removed", a, old.kind[a], said.named(a)] for a in d.actors_removed)
    yield from (["relation", "added", f"{s}>{tg}", k, said.pair(s, tg)] for s, tg, k in d.relations_added)
    yield from (["relation", "removed", f"{s}>{tg}", k, said.pair(s, tg)] for s, tg, k in d.relations_removed)
    yield from (["finding", "new", f.municipality, f.rule, phrase(f.message)] for f in d.findings_new)
    yield from (["finding", "resolved", f.municipality, f.rule, phrase(f.message)] for f in d.findings_resolved)
    yield from (
        ["finding", "changed", n.municipality, n.rule, phrase(partial(_moved, o, n))] for o, n in d.findings_changed
    )
    yield from (["level", "changed", m, c, phrase(_level_change(o, n))] for m, c, o, n in d.level_changes)


def _level_change(old: int | None, new: int | None) -> Callable[[str], str]:
    return lambda lang: _change(old, new, lang)


@view_of.register
def diff_view(d: Diff) -> View:
    """A title, then per kind of change a heading with its count and one line per change, marked ``+``/``−``
    (actors, relations), ``✓``/``!``/``~`` (findings resolved, new, changed); text, Markdown and HTML from the
    one sequence (Markdown was a table of the CSV's codes). CSV: :data:`DIFF_HEADER`, one row per change."""
    return View(
        "diff",
        blocks=lambda: _blocks(d),
        json=lambda lang: diff_document(d, lang),
        csv=lambda: Table([Column(k) for k in DIFF_HEADER], _rows(d)),
        title=phrase("diff.title", old=_label(d.old.region), new=_label(d.new.region)),
    )


# ------------------------------------------------------------------------------------------ JSON


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


def _method(methods: tuple[str, str] | None, i: int) -> dict[str, str]:
    return {"method": methods[i]} if methods else {}


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
