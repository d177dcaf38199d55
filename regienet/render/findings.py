"""The words of levels and findings, shared by the views (:mod:`regienet.render.views`) and the pages (map,
handouts): a level as ``2 partial``, the activities that earned it, a finding with its waiver."""

from __future__ import annotations

from regienet.i18n import t
from regienet.rules import LEVEL_COMPONENTS, Finding, LevelDetail
from regienet.rules.activities import Activity

__all__ = [
    "earned_line",
    "earned_summary",
    "finding_text",
    "level_label",
    "level_number",
    "level_word",
    "level_words",
    "levels_line",
    "mandate_words",
    "reach_words",
    "relation_text",
    "where",
]


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


def where(region, m: str | None, lang: str) -> str:
    """A finding's place in a table: the municipality's name, or "Region"/"Regio" for a regional finding."""
    return t("check.region_label", lang) if m is None else region.name[m]
