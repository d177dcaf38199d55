"""The rule catalogue: ``regienet rules``, ``regienet explain CODE|levels|governance|metrics``, and the
generated pages docs/rules.md and docs/metrics.md (``python scripts/gen_docs.py``).

Each command's result is a small document class (:class:`RuleCatalogue`, :class:`RuleDoc`,
:class:`LevelsDoc`, :class:`GovernanceDoc`, :class:`MetricsDoc`) whose view reads the rules, the level
formula, the governance settings or the glossary; the JSON documents are those of DESIGN.md.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from itertools import groupby
from typing import Any

from regienet.config import Config
from regienet.i18n import fmt_number, t, translate
from regienet.outputs import envelope, markdown_table
from regienet.render.view import Block, Column, Heading, Items, Lines, Paragraph, Table, Term, Title, View, phrase
from regienet.render.views import view_of
from regienet.rules import REGISTRY, Rule, rule_codes
from regienet.rules.base import text

__all__ = [
    "GOVERNANCE_REFERENCE",
    "GovernanceDoc",
    "LevelsDoc",
    "MetricsDoc",
    "RuleCatalogue",
    "RuleDoc",
    "explain_view",
    "governance_view",
    "levels_view",
    "metrics_markdown",
    "metrics_view",
    "rule_dict",
    "rules_markdown",
    "rules_view",
]

GOVERNANCE_REFERENCE = (
    "Provan, K. G., & Kenis, P. (2008). Modes of network governance: Structure, management, and effectiveness. "
    "Journal of Public Administration Research and Theory, 18(2), 229–252."
)


@dataclass
class RuleCatalogue:
    """``regienet rules``: every rule of the catalogue."""

    @property
    def rules(self) -> list[type[Rule]]:
        return [REGISTRY[c] for c in rule_codes()]


@dataclass
class RuleDoc:
    """``regienet explain CODE``: one rule with the thresholds in force."""

    rule: type[Rule]
    config: Config


@dataclass
class LevelsDoc:
    """``regienet explain levels``: the level formula."""


@dataclass
class GovernanceDoc:
    """``regienet explain governance``: the modes, the decision procedure and the settings in force."""

    config: Config


@dataclass
class MetricsDoc:
    """``regienet explain metrics``: every number of the report with its meaning."""


# ------------------------------------------------------------------------------------------ helpers


def _value(value: Any, lang: str) -> str:
    """A threshold's value in *lang*'s number format (0,3 in Dutch, as ``sensitivity`` writes it)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    return fmt_number(value, lang, max_digits=4)


def _setting(name: str, value: Any, default: Any, description: str, lang: str) -> str:
    """``OV02.own_actor_share = 0,99 (standaard 0,5) — …``: a threshold or setting in force."""
    extra = "" if value == default else f" ({t('explain.default', lang)} {_value(default, lang)})"
    return f"{name} = {_value(value, lang)}{extra} — {description}"


def _numbered(body: str) -> list[Block]:
    """A catalogue text of a first paragraph, numbered steps (``1. …``) and closing lines, as blocks
    (the steps a numbered list). *body* is already in its language."""
    lines = body.split("\n")
    steps = [i for i, line in enumerate(lines) if re.match(r"\d+\. ", line)]
    if not steps:
        return [Paragraph(body)]
    first, last = steps[0], steps[-1]
    blocks: list[Block] = []
    if first:
        blocks.append(Paragraph("\n".join(lines[:first])))
    blocks.append(Items([re.sub(r"^\d+\. ", "", line) for line in lines[first : last + 1]], numbered=True))
    if last + 1 < len(lines):
        blocks.append(Paragraph("\n".join(lines[last + 1 :])))
    return blocks


def _unwrapped(doc: str) -> str:
    """A docstring's paragraphs, each on one line (the source wraps them at 72 columns), a blank line apart."""
    return "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", doc.strip()) if p.strip())


# ------------------------------------------------------------------------------------------ rules


def rule_dict(rule: type[Rule], lang: str, config: Config | None = None) -> dict:
    """One rule as the JSON of ``rules`` and ``explain`` (DESIGN.md): its texts in *lang*, its thresholds with
    their defaults and the values in force under *config*."""
    config = config or Config()
    return {
        "code": rule.code,
        "component": rule.component,
        "component_name": t(f"component.{rule.component}", lang),
        "severity": rule.severity,
        "title": rule.title_in(lang),
        "rationale": rule.rationale_in(lang),
        "reference": rule.reference,
        "questionnaire": rule.questionnaire,
        "columns": list(rule.columns),
        "thresholds": [
            {
                "name": th.name,
                "default": th.default,
                "value": config.threshold(rule.code, th.name, th.default),
                "description": text(f"threshold.{rule.code}.{th.name}", lang),
            }
            for th in rule.thresholds
        ],
        "documentation": inspect.cleandoc(rule.__doc__ or ""),
        "not_applicable": text(f"rule.{rule.code}.not_applicable", lang),
    }


@view_of.register
def rules_view(cat: RuleCatalogue) -> View:
    """The rules by component: under each component's name a table of code, severity, title and the report's
    figures (text: aligned lines without header), then where to read more. CSV: one row per rule."""
    rules = cat.rules

    def blocks() -> Iterator[Block]:
        columns = [
            Column("code", phrase("col.rule")),
            Column("severity", phrase("col.severity")),
            Column("title", phrase("col.title")),
            Column("reference", phrase("col.reference")),
        ]
        for component, group in groupby(rules, key=lambda r: r.component):
            yield Heading(phrase(partial(_component_name, component)))
            rows = [
                [r.code, Term(r.severity, f"severity.{r.severity}"), phrase(r.title_in), r.reference] for r in group
            ]
            yield Table(columns, rows, headers=False, indent=2)
        yield Paragraph(phrase("rules.more"))

    def csv() -> Table:
        return Table(
            [Column(k) for k in ("code", "component", "severity", "title", "reference")],
            [[r.code, r.component, r.severity, phrase(r.title_in), r.reference] for r in rules],
        )

    return View(
        "rules",
        blocks=blocks,
        json=lambda lang: envelope(rules=[rule_dict(r, lang) for r in rules]),
        csv=csv,
        title=phrase("views2.rules.title"),
    )


@view_of.register
def explain_view(doc: RuleDoc) -> View:
    """One rule: its title, component, severity and the report's figures; why (the report), what it flags
    (English: the rule's documentation; Dutch: its summary as a sentence), when it does not apply and the
    data columns it reads, its thresholds in force and how to change them."""
    rule = doc.rule

    def d(lang: str) -> dict:
        return rule_dict(rule, lang, doc.config)

    def facts(lang: str) -> str:
        return (
            f"{t('col.component', lang)}: {rule.component} ({t(f'component.{rule.component}', lang)}) · "
            f"{t('col.severity', lang)}: {t(f'severity.{rule.severity}', lang)}"
        )

    def reference(lang: str) -> str:
        q = f" · {t('col.questionnaire', lang)}: {rule.questionnaire}" if rule.questionnaire else ""
        return f"{t('col.reference', lang)}: {rule.reference}{q}"

    def what(lang: str) -> str:
        if lang == "en":
            return _unwrapped(d(lang)["documentation"])
        # the summary follows "In 4 van de 13 gemeenten …" (verb first): "in de gemeente …" makes it a sentence
        scope = "region" if rule.component == "RG" else "municipality"
        return t(f"views2.explain.what_{scope}", lang, summary=rule.message_in("summary", lang))

    def blocks() -> Iterator[Block]:
        yield Title(phrase(lambda lang: f"{rule.code} — {rule.title_in(lang)}"))
        yield Lines([phrase(facts), phrase(reference)])
        yield Heading(phrase("explain.why"))
        yield Paragraph(phrase(rule.rationale_in))
        yield Heading(phrase("explain.what"))
        yield Paragraph(phrase(what))
        yield Heading(phrase("explain.not_applicable"))
        yield Paragraph(phrase(lambda lang: text(f"rule.{rule.code}.not_applicable", lang)))
        if rule.columns:
            yield Paragraph(phrase("explain.unknown", columns=", ".join(rule.columns), n=len(rule.columns)))
        if rule.thresholds:
            yield Heading(phrase("explain.thresholds"))
            yield Items([phrase(partial(_threshold, doc, i)) for i in range(len(rule.thresholds))])
            yield Paragraph(phrase("explain.override", code=rule.code, name=rule.thresholds[0].name))

    def csv() -> Table:
        keys = list(rule_dict(rule, "en", doc.config))[:9]
        return Table(
            [Column(k) for k in keys],
            [[phrase(partial(_csv_cell, doc, k)) for k in keys]],
        )

    return View(
        "explain",
        blocks=blocks,
        json=lambda lang: rule_dict(rule, lang, doc.config),
        csv=csv,
        title=phrase(lambda lang: f"{rule.code} — {rule.title_in(lang)}"),
    )


def _component_name(component: str, lang: str) -> str:
    return f"{component} — {t(f'component.{component}', lang)}"


def _threshold(doc: RuleDoc, i: int, lang: str) -> str:
    """The *i*-th threshold of *doc*'s rule in force: ``SA05.generic_share = 0.5 — …``."""
    d = rule_dict(doc.rule, lang, doc.config)
    th = d["thresholds"][i]
    return _setting(f"{d['code']}.{th['name']}", th["value"], th["default"], th["description"], lang)


def _csv_cell(doc: RuleDoc, key: str, lang: str) -> Any:
    """A field of ``explain``'s CSV row: a list joined with ``|``."""
    value = rule_dict(doc.rule, lang, doc.config)[key]
    return "|".join(map(str, value)) if isinstance(value, list) else value


# ------------------------------------------------------------------------------------------ levels


def _level_names(lang: str) -> dict[str, str]:
    return {str(i): t(f"level.{i}", lang) for i in range(4)}


@view_of.register
def levels_view(doc: LevelsDoc) -> View:
    """The level formula: how a component's level is earned, its steps as a numbered list. CSV: the levels'
    numbers and names."""

    def blocks() -> Iterator[Block]:
        yield Title(phrase("levels.title"))
        yield from _numbered_phrase("levels.formula")

    return View(
        "explain.levels",
        blocks=blocks,
        json=lambda lang: envelope(levels=_level_names(lang), formula=t("levels.formula", lang)),
        csv=lambda: Table([Column("level"), Column("name")], [[str(i), phrase(f"level.{i}")] for i in range(4)]),
        title=phrase("levels.title"),
    )


def _numbered_phrase(key: str) -> list[Block]:
    """:func:`_numbered` of a catalogue text, its parts phrases (the same split in every language: the
    catalogue's translations number the same steps)."""
    shape = _numbered(t(key, "en"))

    def part(i: int, j: int | None = None):
        def render(lang: str) -> str:
            block = _numbered(t(key, lang))[i]
            if isinstance(block, Items):
                return str(block.items[j or 0])
            return str(block.text)  # type: ignore[union-attr]

        return phrase(render)

    out: list[Block] = []
    for i, block in enumerate(shape):
        if isinstance(block, Items):
            out.append(Items([part(i, j) for j in range(len(block.items))], numbered=True))
        else:
            out.append(Paragraph(part(i)))
    return out


# ------------------------------------------------------------------------------------------ governance


def _governance(doc: GovernanceDoc, lang: str) -> tuple[dict[str, dict[str, str]], list[dict[str, Any]]]:
    """The modes and the settings in force, in *lang*."""
    from regienet.analysis.governance import GOVERNANCE_SETTINGS, MODES, resolve_settings

    values = resolve_settings(doc.config.governance)
    modes = {m: {"name": t(f"governance.name.{m}", lang), "about": t(f"governance.about.{m}", lang)} for m in MODES}
    settings = [
        {
            "name": th.name,
            "default": th.default,
            "value": values[th.name],
            "description": translate(th.description, lang),
        }
        for th in GOVERNANCE_SETTINGS
    ]
    return modes, settings


@view_of.register
def governance_view(doc: GovernanceDoc) -> View:
    """The governance modes of Provan & Kenis, the decision procedure as numbered steps, the settings in force
    and the brokerage roles. CSV: one row per setting."""
    from regienet.analysis.governance import GOVERNANCE_SETTINGS, MODES

    def mode(m: str):
        def render(lang: str) -> str:
            d = _governance(doc, lang)[0][m]
            # the mode's key is the JSON value, shown in English; Dutch prose names the mode only (issue 28)
            return f"{m} — {d['name']}: {d['about']}" if lang == "en" else f"{d['name']}: {d['about']}"

        return phrase(render)

    def setting(i: int):
        def render(lang: str) -> str:
            x = _governance(doc, lang)[1][i]
            return _setting(x["name"], x["value"], x["default"], x["description"], lang)

        return phrase(render)

    def blocks() -> Iterator[Block]:
        yield Title(phrase("governance.explain.title"))
        yield Paragraph(phrase("governance.explain.intro"))
        yield Heading(phrase("governance.explain.modes"))
        yield Items([mode(m) for m in MODES])
        yield Heading(phrase("governance.explain.procedure"))
        yield from _numbered_phrase("governance.explain.steps")
        yield Heading(phrase("governance.explain.settings"))
        yield Items([setting(i) for i in range(len(GOVERNANCE_SETTINGS))])
        yield Paragraph(phrase("governance.explain.override", name="split_min"))
        yield Paragraph(phrase("governance.explain.brokerage"))
        yield Paragraph(GOVERNANCE_REFERENCE, note=True)

    def json(lang: str) -> dict[str, Any]:
        modes, settings = _governance(doc, lang)
        return envelope(
            reference=GOVERNANCE_REFERENCE,
            modes=modes,
            intro=t("governance.explain.intro", lang),
            procedure=t("governance.explain.steps", lang),
            settings=settings,
            brokerage=t("governance.explain.brokerage", lang),
        )

    def csv() -> Table:
        return Table(
            [Column(k) for k in ("name", "default", "value", "description")],
            [
                [x["name"], x["default"], x["value"], setting_description(i)]
                for i, x in enumerate(_governance(doc, "en")[1])
            ],
        )

    def setting_description(i: int):
        return phrase(lambda lang: _governance(doc, lang)[1][i]["description"])

    return View("explain.governance", blocks=blocks, json=json, csv=csv, title=phrase("governance.explain.title"))


# ------------------------------------------------------------------------------------------ metrics


def _words(lang: str) -> dict[str, str]:
    from regienet.glossary import glossary

    return glossary(lang)


@view_of.register
def metrics_view(doc: MetricsDoc) -> View:
    """Every number of the report with its key in JSON and CSV and its meaning (:data:`regienet.glossary.GLOSSARY`):
    a table of two columns (text: aligned lines, the keys first)."""
    keys = list(_words("en"))

    def meaning(k: str):
        return phrase(lambda lang: _words(lang)[k])

    def blocks() -> Iterator[Block]:
        yield Title(phrase("metrics.title"))
        yield Paragraph(phrase("metrics.intro"))
        yield Table(
            [Column("metric", phrase("col.metric")), Column("meaning", phrase("col.meaning"))],
            [[k, meaning(k)] for k in keys],
            headers=False,
            indent=2,
        )

    return View(
        "explain.metrics",
        blocks=blocks,
        json=lambda lang: envelope(metrics=_words(lang)),
        csv=lambda: Table([Column("metric"), Column("meaning")], [[k, meaning(k)] for k in keys]),
        title=phrase("metrics.title"),
    )


# ------------------------------------------------------------------------------------------ docs/ pages


def metrics_markdown() -> str:
    """docs/metrics.md, generated from the glossary (tests fail when the file is stale)."""
    from regienet.glossary import glossary

    en, nl = glossary("en"), glossary("nl")
    return "\n".join(
        [
            "# What the numbers mean",
            "",
            "Generated from the glossary (`regienet/glossary.py`) by `python scripts/gen_docs.py`; "
            "`tests/test_docs.py` fails when this file is stale. The same words are shown by `regienet explain metrics` "
            "(`--lang nl` for Dutch), under the region table of `regienet report`, next to each line of "
            "`regienet report -m NAME`, and as the `glossary` block of `regienet report --format json`.",
            "",
            "Two counts differ by definition: `ties` counts every relation row plus forum co-membership (an actor "
            "with funding and a seat counts twice), while `own_tie_share` counts government–actor *pairs* — each pair "
            "once, `founded` and `accounts_to` left out — exactly as rule OV02 does, so the report's own share and "
            "OV02's message give the same number. Group counts compare the same actors: a government without ties "
            "is not a group of its own.",
            "",
            markdown_table(["Key", "Meaning", "Betekenis"], [[f"`{k}`", en[k], nl[k]] for k in en]),
            "",
        ]
    )


def rules_markdown() -> str:
    """docs/rules.md, generated from the rules themselves (tests fail when the file is stale)."""
    parts = [
        "# Rule catalogue",
        "",
        "Generated from the rules by `python scripts/gen_docs.py`; "
        "`tests/test_docs.py` fails when this file is stale. `regienet explain CODE` shows the same "
        "in the terminal, in English or Dutch (`--lang nl`).",
        "",
        markdown_table(
            ["Code", "Component", "Severity", "Title (en)", "Titel (nl)", "Report"],
            [
                [
                    c,
                    REGISTRY[c].component,
                    REGISTRY[c].severity,
                    REGISTRY[c].title_in("en"),
                    REGISTRY[c].title_in("nl"),
                    REGISTRY[c].reference,
                ]
                for c in rule_codes()
            ],
        ),
        "",
        "## " + t("levels.title", "en"),
        "",
        t("levels.formula", "en"),
        "",
    ]
    for code in rule_codes():
        r = REGISTRY[code]
        d = rule_dict(r, "en")
        parts += [
            f"## {code} — {d['title']}",
            "",
            f"*{d['title']}* · Dutch: *{r.title_in('nl')}* · component {r.component} ({d['component_name']}) · "
            f"severity **{r.severity}** · report: {r.reference}"
            + (f" · questionnaire {r.questionnaire}" if r.questionnaire else ""),
            "",
            d["documentation"],
            "",
            f"**Why (report):** {d['rationale']}",
            "",
            f"**Waarom (rapport):** {r.rationale_in('nl')}",
            "",
            f"**When it does not apply:** {d['not_applicable']} A rule that does not apply is never counted as a "
            "pass; levels are earned by regie activities, not by rules (see Component levels).",
            "",
        ]
        if d["thresholds"]:
            parts += ["| threshold | default | meaning |", "|---|---|---|"]
            parts += [f"| `{code}.{th['name']}` | {th['default']} | {th['description']} |" for th in d["thresholds"]]
            parts.append("")
        if r.columns:
            parts += [
                f"Needs the data columns {', '.join('`' + c + '`' for c in r.columns)}; when they are blank the rule reports *unknown* instead of guessing.",
                "",
            ]
    return "\n".join(parts)
