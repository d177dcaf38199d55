"""The rule catalogue → ``regienet rules``, ``regienet explain`` and docs/rules.md."""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Any

from regienet.config import Config
from regienet.i18n import fmt_number, t, translate
from regienet.outputs import csv_text, envelope
from regienet.render.emit import emit_text
from regienet.render.jsonstream import dumps_at
from regienet.render.tables import markdown_table
from regienet.rules import REGISTRY, Rule, rule_codes
from regienet.rules.base import text

__all__ = [
    "GOVERNANCE_REFERENCE",
    "GovernanceDoc",
    "LevelsDoc",
    "MetricsDoc",
    "RuleCatalogue",
    "RuleDoc",
    "explain_csv",
    "explain_json",
    "explain_markdown",
    "explain_text",
    "governance_csv",
    "governance_json",
    "governance_markdown",
    "governance_text",
    "levels_csv",
    "levels_json",
    "levels_markdown",
    "levels_text",
    "metrics_csv",
    "metrics_json",
    "metrics_markdown",
    "metrics_markdown_doc",
    "metrics_text",
    "render_explain",
    "render_governance",
    "render_levels",
    "render_metrics",
    "render_rules",
    "rule_dict",
    "rules_csv",
    "rules_json",
    "rules_markdown",
    "rules_markdown_table",
    "rules_text",
]


def _thresholds(rule: type[Rule], config: Config, lang: str) -> list[tuple[str, object, object, str]]:
    return [
        (
            th.name,
            th.default,
            config.threshold(rule.code, th.name, th.default),
            text(f"threshold.{rule.code}.{th.name}", lang),
        )
        for th in rule.thresholds
    ]


def rule_dict(rule: type[Rule], lang: str, config: Config | None = None) -> dict:
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
            {"name": n, "default": d, "value": v, "description": desc}
            for n, d, v, desc in _thresholds(rule, config, lang)
        ],
        "documentation": inspect.cleandoc(rule.__doc__ or ""),
        "not_applicable": text(f"rule.{rule.code}.not_applicable", lang),
    }


@dataclass
class RuleCatalogue:
    """``regienet rules``: every rule of the catalogue."""

    kind = "rules"

    @property
    def rules(self) -> list[type[Rule]]:
        return [REGISTRY[c] for c in rule_codes()]


@dataclass
class RuleDoc:
    """``regienet explain CODE``: one rule with the thresholds in force."""

    rule: type[Rule]
    config: Config
    kind = "explain"


@dataclass
class LevelsDoc:
    """``regienet explain levels``: the level formula."""

    kind = "explain.levels"


@dataclass
class GovernanceDoc:
    """``regienet explain governance``: the modes, the decision procedure and the settings in force."""

    config: Config
    kind = "explain.governance"


@dataclass
class MetricsDoc:
    """``regienet explain metrics``: every number of the report with its meaning."""

    kind = "explain.metrics"


def render_rules(fmt: str, lang: str) -> str:
    return emit_text(RuleCatalogue(), fmt, lang)


def rules_json(cat: RuleCatalogue, lang: str) -> str:
    return dumps_at(envelope(rules=[rule_dict(r, lang) for r in cat.rules]), 0)


def rules_csv(cat: RuleCatalogue, lang: str) -> str:
    return csv_text(
        ["code", "component", "severity", "title", "reference"],
        [[r.code, r.component, r.severity, r.title_in(lang), r.reference] for r in cat.rules],
    )


def rules_markdown_table(cat: RuleCatalogue, lang: str) -> str:
    header = [
        t("col.rule", lang),
        t("col.component", lang),
        t("col.severity", lang),
        t("col.title", lang),
        t("col.reference", lang),
    ]
    rows = [[r.code, r.component, t(f"severity.{r.severity}", lang), r.title_in(lang), r.reference] for r in cat.rules]
    return markdown_table(header, rows)


def rules_text(cat: RuleCatalogue, lang: str) -> str:
    rules = cat.rules
    width = max(len(r.title_in(lang)) for r in rules)
    sev = max(len(t(f"severity.{r.severity}", lang)) for r in rules)  # "waarschuwing" is 12 wide, not 9
    lines: list[str] = []
    current = None
    for r in rules:
        if r.component != current:
            current = r.component
            lines.append(("" if not lines else "\n") + f"{r.component} — {t(f'component.{r.component}', lang)}")
        lines.append(
            f"  {r.code}  {t(f'severity.{r.severity}', lang):<{sev}} {r.title_in(lang):<{width}}  {r.reference}"
        )
    lines.append("\n" + t("rules.more", lang))
    return "\n".join(lines)


def _value(value: Any, lang: str) -> str:
    """A threshold's value in *lang*'s number format (0,3 in Dutch, as ``sensitivity`` writes it)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    return fmt_number(value, lang, max_digits=4)


def render_explain(rule: type[Rule], config: Config, fmt: str, lang: str) -> str:
    return emit_text(RuleDoc(rule, config), fmt, lang)


def explain_json(doc: RuleDoc, lang: str) -> str:
    return dumps_at(rule_dict(doc.rule, lang, doc.config), 0)


def explain_csv(doc: RuleDoc, lang: str) -> str:
    d = rule_dict(doc.rule, lang, doc.config)
    keys = list(d)[:9]
    return csv_text(keys, [[d[k] if not isinstance(d[k], list) else "|".join(map(str, d[k])) for k in keys]])


def explain_markdown(doc: RuleDoc, lang: str) -> str:
    return _explain(doc, lang, "## ")


def explain_text(doc: RuleDoc, lang: str) -> str:
    return _explain(doc, lang, "")


def _explain(doc: RuleDoc, lang: str, h: str) -> str:
    rule = doc.rule
    d = rule_dict(rule, lang, doc.config)
    out = [
        f"{h}{rule.code} — {d['title']}",
        "",
        f"{t('col.component', lang)}: {rule.component} ({d['component_name']}) · {t('col.severity', lang)}: {t(f'severity.{rule.severity}', lang)}",
        f"{t('col.reference', lang)}: {rule.reference}"
        + (f" · {t('col.questionnaire', lang)}: {rule.questionnaire}" if rule.questionnaire else ""),
        "",
        f"{t('explain.why', lang)}: {d['rationale']}",
    ]
    if lang == "en":
        out += ["", f"{t('explain.what', lang)}:", d["documentation"]]
    else:  # the summary follows "In 4 van de 13 gemeenten …" (verb first): "in de gemeente …" makes it a sentence
        scope = "region" if rule.component == "RG" else "municipality"
        out += [
            "",
            t(f"explain.what_{scope}", lang, what=t("explain.what", lang), summary=rule.message_in("summary", lang)),
        ]
    out += ["", f"{t('explain.not_applicable', lang)}: {d['not_applicable']}"]
    if d["thresholds"]:
        out += ["", t("explain.thresholds", lang) + ":"]
        for th in d["thresholds"]:
            extra = (
                "" if th["value"] == th["default"] else f" ({t('explain.default', lang)} {_value(th['default'], lang)})"
            )
            out.append(f"  {rule.code}.{th['name']} = {_value(th['value'], lang)}{extra} — {th['description']}")
        out.append(t("explain.override", lang, code=rule.code, name=d["thresholds"][0]["name"]))
    if rule.columns:
        out += ["", t("explain.unknown", lang, columns=", ".join(rule.columns), n=len(rule.columns))]
    return "\n".join(out)


def render_levels(fmt: str, lang: str) -> str:
    return emit_text(LevelsDoc(), fmt, lang)


def _level_names(lang: str) -> dict[str, str]:
    return {str(i): t(f"level.{i}", lang) for i in range(4)}


def levels_json(doc: LevelsDoc, lang: str) -> str:
    return dumps_at(envelope(levels=_level_names(lang), formula=t("levels.formula", lang)), 0)


def levels_csv(doc: LevelsDoc, lang: str) -> str:
    return csv_text(["level", "name"], sorted(_level_names(lang).items()))


def levels_markdown(doc: LevelsDoc, lang: str) -> str:
    return "## " + t("levels.title", lang) + "\n\n" + t("levels.formula", lang)


def levels_text(doc: LevelsDoc, lang: str) -> str:
    return t("levels.formula", lang)


def render_governance(config: Config, fmt: str, lang: str) -> str:
    """``regienet explain governance``: the modes, the decision procedure and the settings in force."""
    return emit_text(GovernanceDoc(config), fmt, lang)


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


def governance_json(doc: GovernanceDoc, lang: str) -> str:
    modes, settings = _governance(doc, lang)
    return dumps_at(
        envelope(
            reference=GOVERNANCE_REFERENCE,
            modes=modes,
            intro=t("governance.explain.intro", lang),
            procedure=t("governance.explain.steps", lang),
            settings=settings,
            brokerage=t("governance.explain.brokerage", lang),
        ),
        0,
    )


def governance_csv(doc: GovernanceDoc, lang: str) -> str:
    _modes, settings = _governance(doc, lang)
    return csv_text(
        ["name", "default", "value", "description"],
        [[x["name"], x["default"], x["value"], x["description"]] for x in settings],
    )


def governance_markdown(doc: GovernanceDoc, lang: str) -> str:
    return _governance_text(doc, lang, "## ", "### ")


def governance_text(doc: GovernanceDoc, lang: str) -> str:
    return _governance_text(doc, lang, "", "")


def _governance_text(doc: GovernanceDoc, lang: str, h: str, h3: str) -> str:
    modes, settings = _governance(doc, lang)
    out = [
        f"{h}{t('governance.explain.title', lang)}",
        "",
        t("governance.explain.intro", lang),
        "",
        f"{h3}{t('governance.explain.modes', lang)}",
        "",
    ]
    # the mode's key is the JSON value, shown in English; Dutch prose names the mode only (issue 28)
    out += [
        f"- {m} — {d['name']}: {d['about']}" if lang == "en" else f"- {d['name']}: {d['about']}"
        for m, d in modes.items()
    ]
    out += [
        "",
        f"{h3}{t('governance.explain.procedure', lang)}",
        "",
        t("governance.explain.steps", lang),
        "",
        f"{h3}{t('governance.explain.settings', lang)}",
        "",
    ]
    for x in settings:
        extra = "" if x["value"] == x["default"] else f" ({t('explain.default', lang)} {_value(x['default'], lang)})"
        out.append(f"- {x['name']} = {_value(x['value'], lang)}{extra} — {x['description']}")
    out += [
        t("governance.explain.override", lang, name="split_min"),
        "",
        t("governance.explain.brokerage", lang),
        "",
        GOVERNANCE_REFERENCE,
    ]
    return "\n".join(out)


def render_metrics(fmt: str, lang: str) -> str:
    """``regienet explain metrics``: every number of the report with its meaning (:data:`regienet.glossary.GLOSSARY`)."""
    return emit_text(MetricsDoc(), fmt, lang)


def _words(lang: str) -> dict[str, str]:
    from regienet.glossary import glossary

    return glossary(lang)


def metrics_json(doc: MetricsDoc, lang: str) -> str:
    return dumps_at(envelope(metrics=_words(lang)), 0)


def metrics_csv(doc: MetricsDoc, lang: str) -> str:
    return csv_text(["metric", "meaning"], list(_words(lang).items()))


def metrics_markdown_doc(doc: MetricsDoc, lang: str) -> str:
    words = _words(lang)
    return "\n".join(
        [
            f"## {t('metrics.title', lang)}",
            "",
            t("metrics.intro", lang),
            "",
            markdown_table([t("col.metric", lang), t("col.meaning", lang)], [[f"`{k}`", v] for k, v in words.items()]),
        ]
    )


def metrics_text(doc: MetricsDoc, lang: str) -> str:
    words = _words(lang)
    width = max(map(len, words))
    return "\n".join(
        [t("metrics.title", lang), "", t("metrics.intro", lang), ""]
        + [f"  {k:<{width}}  {v}" for k, v in words.items()]
    )


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


GOVERNANCE_REFERENCE = (
    "Provan, K. G., & Kenis, P. (2008). Modes of network governance: Structure, management, and effectiveness. "
    "Journal of Public Administration Research and Theory, 18(2), 229–252."
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


if __name__ == "__main__":  # pragma: no cover
    print(rules_markdown(), end="")
