"""``regienet sensitivity``: how sure is each level? A :class:`~regienet.analysis.sensitivity.Sensitivity` as a view.

One table municipality × component whose cells read ``2 (1–3) ⚠`` (the level now, the lowest–highest
level over every sweep, a mark when the level is on a knife edge), a legend, and for each knife-edge cell
the thresholds that tip it and to what; for one municipality, every threshold that moves a level. JSON: every
value tried (DESIGN.md); no CSV (the JSON is the data).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from itertools import groupby

from regienet.analysis.sensitivity import Cell, Flip, Sensitivity
from regienet.i18n import fmt_number, t
from regienet.render.view import Block, Column, Heading, Items, Paragraph, Table, Title, View, phrase
from regienet.render.views import view_of
from regienet.rules import LEVEL_COMPONENTS

__all__ = ["KNIFE", "cell_text", "changes_text", "level_text", "number", "sensitivity_view"]

KNIFE = "⚠"


def number(value: float | int | None, lang: str = "en") -> str:
    """``0.65`` → ``0.65`` (nl ``0,65``), ``3`` → ``3``, ``None`` → ``?``."""
    if value is None:
        return "?"
    return fmt_number(value, lang, max_digits=6)


def cell_text(cell: Cell) -> str:
    """``2``, ``2 (1–3)``, ``2 (1–3, ?) ⚠``, ``? (2–2)``: level, range when it moves, mark on a knife edge."""
    text = number(cell.level)
    to_none = cell.level is not None and any(f.level is None for f in cell.flips)
    if cell.flips:
        span = "?" if cell.min is None else f"{cell.min}–{cell.max}"
        text += f" ({span}{', ?' if to_none else ''})"
    if cell.knife_edge:
        text += f" {KNIFE}"
    return text


def level_text(level: int | None, lang: str) -> str:
    """``weak (1)`` / ``zwak (1)``; ``unknown (?)``."""
    word = t("word.unknown", lang) if level is None else t(f"level.{level}", lang)
    return f"{word} ({number(level, lang)})"


def changes_text(sens: Sensitivity, flips: list[Flip], lang: str) -> list[str]:
    """One phrase per threshold: ``OV02.own_actor_share (now 0.6): 0.5–0.55 → weak (1), 0.65 → partial (2)``.

    Neighbouring values tried (the current value counts as a neighbour, so a
    run never spans it) with the same level are written as one range.
    """
    out = []
    for key, group in groupby(flips, key=lambda f: f.threshold):
        sw = sens.swept(key)
        position = {v: i for i, v in enumerate(sorted([*sw.values, sw.current]))}
        runs: list[list[Flip]] = []
        for f in group:
            if runs and runs[-1][-1].level == f.level and position[f.value] == position[runs[-1][-1].value] + 1:
                runs[-1].append(f)
            else:
                runs.append([f])
        changes = ", ".join(
            f"{number(r[0].value, lang)}{'' if len(r) == 1 else '–' + number(r[-1].value, lang)} → {level_text(r[0].level, lang)}"
            for r in runs
        )
        out.append(
            t("sensitivity.by_threshold", lang, threshold=key, current=number(sw.current, lang), changes=changes)
        )
    return out


def _legend(lang: str) -> str:
    levels = ", ".join(f"{n} {t(f'level.{n}', lang)}" for n in range(4))
    return t("sensitivity.legend", lang, levels=levels, unknown=t("word.unknown", lang), mark=KNIFE)


def _title(sens: Sensitivity, lang: str) -> str:
    if len(sens.municipalities) == 1:
        return t("sensitivity.title_m", lang, name=sens.region.name[sens.municipalities[0]])
    return t("sensitivity.title", lang, n=len(sens.municipalities))


def _edge(sens: Sensitivity, m: str, c: str, lang: str) -> str:
    """A knife-edge cell: who, which component at which level, and what tips it."""
    cell = sens.levels[m][c]
    return t(
        "sensitivity.edge",
        lang,
        name=sens.region.name[m],
        component=c,
        level=level_text(cell.level, lang),
        changes="; ".join(changes_text(sens, sens.edge_flips(m, c), lang)),
    )


def _all_changes(sens: Sensitivity, m: str, lang: str) -> list[str]:
    lines = []
    for c in LEVEL_COMPONENTS:
        cell = sens.levels[m][c]
        for text in changes_text(sens, cell.flips, lang):
            lines.append(f"{c} {level_text(cell.level, lang)}: {text}")
    return lines


def _change(sens: Sensitivity, m: str, i: int, lang: str) -> str:
    return _all_changes(sens, m, lang)[i]


@view_of.register
def sensitivity_view(sens: Sensitivity) -> View:
    """The levels' table with the legend, the knife edges (a list, or a sentence that there are none), for one
    municipality every threshold that moves a level, and where to read more."""
    region = sens.region

    def blocks() -> Iterator[Block]:
        yield Title(phrase(lambda lang: _title(sens, lang)))
        yield Paragraph(phrase("report.source", source=region.dataset.source), note=True)
        yield Paragraph(
            phrase("sensitivity.swept", n=len(sens.thresholds), names=", ".join(s.key for s in sens.thresholds))
        )
        yield Table(
            [Column("municipality", phrase("col.municipality")), *(Column(c, c) for c in LEVEL_COMPONENTS)],
            [[region.name[m], *(cell_text(sens.levels[m][c]) for c in LEVEL_COMPONENTS)] for m in sens.municipalities],
        )
        yield Paragraph(phrase(_legend), note=True)
        edges = [(m, c) for m in sens.municipalities for c in LEVEL_COMPONENTS if sens.levels[m][c].knife_edge]
        yield Heading(phrase(lambda lang: t("sensitivity.edges", lang).rstrip(":")))
        yield Items(
            [phrase(partial(_edge, sens, m, c)) for m, c in edges],
            empty=phrase("sensitivity.no_edges"),
        )
        if len(sens.municipalities) == 1:
            m = sens.municipalities[0]
            yield Heading(phrase(lambda lang: t("sensitivity.all_changes", lang).rstrip(":")))
            n = len(_all_changes(sens, m, "en"))
            yield Items(
                [phrase(partial(_change, sens, m, i)) for i in range(n)],
                empty=phrase("sensitivity.no_changes"),
            )
        yield Paragraph(phrase("sensitivity.hint"), note=True)

    return View(
        "sensitivity", blocks=blocks, json=lambda lang: sens.to_dict(), title=phrase(lambda lang: _title(sens, lang))
    )
