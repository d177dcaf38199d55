"""``regienet sensitivity``: a :class:`~regienet.analysis.sensitivity.Sensitivity` as text, Markdown or JSON.

Computes nothing: one table municipality × component whose cells read
``2 (1–3) ⚠`` (the level now, the lowest–highest level over every sweep, a
mark when the level is on a knife edge), a legend, and for each knife-edge
cell the thresholds that tip it and to what.
"""

from __future__ import annotations

from itertools import groupby

from regienet.analysis.sensitivity import Cell, Flip, Sensitivity
from regienet.i18n import fmt_number, t
from regienet.render.emit import emit_text
from regienet.render.findings import level_word
from regienet.render.jsonstream import dumps_at
from regienet.render.tables import markdown_table
from regienet.rules import LEVEL_COMPONENTS

__all__ = [
    "KNIFE",
    "cell_text",
    "changes_text",
    "legend",
    "level_text",
    "number",
    "render_sensitivity",
    "sensitivity_json_text",
    "sensitivity_markdown",
    "sensitivity_text",
    "swept_line",
]

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
    return f"{level_word(level, lang)} ({number(level, lang)})"


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


def legend(lang: str) -> str:
    levels = ", ".join(f"{n} {t(f'level.{n}', lang)}" for n in range(4))
    return t("sensitivity.legend", lang, levels=levels, unknown=t("word.unknown", lang), mark=KNIFE)


def swept_line(sens: Sensitivity, lang: str) -> str:
    return t("sensitivity.swept", lang, n=len(sens.thresholds), names=", ".join(s.key for s in sens.thresholds))


def _title(sens: Sensitivity, lang: str) -> str:
    if len(sens.municipalities) == 1:
        return t("sensitivity.title_m", lang, name=sens.region.name[sens.municipalities[0]])
    return t("sensitivity.title", lang, n=len(sens.municipalities))


def _rows(sens: Sensitivity) -> list[list[str]]:
    return [
        [sens.region.name[m], *(cell_text(sens.levels[m][c]) for c in LEVEL_COMPONENTS)] for m in sens.municipalities
    ]


def _edges(sens: Sensitivity, lang: str) -> list[str]:
    """One line per knife-edge cell: who, which component at which level, and what tips it."""
    lines = []
    for m in sens.municipalities:
        for c in LEVEL_COMPONENTS:
            cell = sens.levels[m][c]
            if cell.knife_edge:
                lines.append(
                    t(
                        "sensitivity.edge",
                        lang,
                        name=sens.region.name[m],
                        component=c,
                        level=level_text(cell.level, lang),
                        changes="; ".join(changes_text(sens, sens.edge_flips(m, c), lang)),
                    )
                )
    return lines


def _all_changes(sens: Sensitivity, m: str, lang: str) -> list[str]:
    lines = []
    for c in LEVEL_COMPONENTS:
        cell = sens.levels[m][c]
        for phrase in changes_text(sens, cell.flips, lang):
            lines.append(f"{c} {level_text(cell.level, lang)}: {phrase}")
    return lines


def sensitivity_text(sens: Sensitivity, lang: str) -> str:
    from regienet.render.tables import fit_table

    title = _title(sens, lang)
    lines = [
        title,
        "=" * len(title),
        t("report.source", lang, source=sens.region.dataset.source),
        swept_line(sens, lang),
        "",
    ]
    header = [t("col.municipality", lang), *LEVEL_COMPONENTS]
    table = fit_table(header, list(_rows(sens)), justify=["left"] * len(header))
    lines += [table, "", legend(lang), ""]
    edges = _edges(sens, lang)
    lines.append(t("sensitivity.edges", lang) if edges else t("sensitivity.no_edges", lang))
    lines += [f"  - {line}" for line in edges]
    if len(sens.municipalities) == 1:
        changes = _all_changes(sens, sens.municipalities[0], lang)
        lines += ["", t("sensitivity.all_changes", lang) if changes else t("sensitivity.no_changes", lang)]
        lines += [f"  - {line}" for line in changes]
    lines += ["", t("sensitivity.hint", lang)]
    return "\n".join(lines)


def sensitivity_markdown(sens: Sensitivity, lang: str) -> str:
    parts = [f"# {_title(sens, lang)}", "", swept_line(sens, lang), ""]
    parts += [markdown_table([t("col.municipality", lang), *LEVEL_COMPONENTS], _rows(sens)), "", legend(lang), ""]
    edges = _edges(sens, lang)
    parts += (
        [f"## {t('sensitivity.edges', lang).rstrip(':')}", "", *(f"- {line}" for line in edges)]
        if edges
        else [t("sensitivity.no_edges", lang)]
    )
    if len(sens.municipalities) == 1:
        changes = _all_changes(sens, sens.municipalities[0], lang)
        parts += (
            ["", f"## {t('sensitivity.all_changes', lang)}", "", *(f"- {line}" for line in changes)]
            if changes
            else ["", t("sensitivity.no_changes", lang)]
        )
    parts += ["", t("sensitivity.hint", lang)]
    return "\n".join(parts)


def sensitivity_json_text(sens: Sensitivity, lang: str) -> str:
    return dumps_at(sens.to_dict(), 0)


def render_sensitivity(sens: Sensitivity, fmt: str, lang: str) -> str:
    """``sensitivity``'s output as a string (what :func:`~regienet.render.emit.emit` writes, without the last
    newline)."""
    return emit_text(sens, fmt, lang)
