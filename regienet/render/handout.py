"""The workshop handout: one self-contained, printable HTML page per municipality.

For facilitators who sit down with a municipality's aldermen and staff: the
municipality's own network as the map draws it (``map -m M --gaps`` as a static
SVG, :func:`diagram`: the same positions, symbols and colours, so it prints
crisply, needs no script and matches the projected map), the four component levels as a scorecard, the findings in
plain language, the best suggestions, and discussion questions taken from the
2010 study's questionnaire (Bijlage 2, with its question numbers) for the
components that scored lowest. Print CSS lays it out on A4 in at most four
pages. Every user text is escaped (Jinja2 autoescape; SVG text through
:func:`markupsafe.escape`); nothing is loaded from outside the file.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from regienet.i18n import fmt_date, t
from regienet.messages import QUESTIONS
from regienet.render.diagram import DIAGRAM_CSS
from regienet.render.findings import earned_line, level_number, level_words
from regienet.render.style import LEVEL_COLOURS as STYLE_LEVEL_COLOURS
from regienet.render.style import UNKNOWN_LEVEL_COLOUR, dasharray
from regienet.render.style import legend as style_legend
from regienet.rules import COMPONENTS, LEVEL_COMPONENTS, REGISTRY, Results

if TYPE_CHECKING:  # pragma: no cover
    from regienet.analysis.gaps import Suggestion
    from regienet.rules import Finding

__all__ = [
    "LEVEL_COLOURS",
    "TEMPLATES",
    "diagram",
    "discussion_questions",
    "handout_context",
    "handout_env",
    "handout_legend",
    "plan_blocks",
    "render_handout",
    "source_label",
    "today",
]

TEMPLATES = Path(__file__).resolve().parent / "templates"
#: The level palette: the map's (regienet.render.style), so map and handout speak one language.
LEVEL_COLOURS: dict[int | None, str] = {**dict(enumerate(STYLE_LEVEL_COLOURS)), None: UNKNOWN_LEVEL_COLOUR}


def source_label(source: str, lang: str = "nl", bundled: bool = False) -> str:
    """The data's name for people at a workshop, not its machine path: the folder's name (``zwvl``), or
    the folder's and the workbook's name (``zwvl, region.xlsx``); the bundled data by what it is."""
    if bundled:
        return t("handout.bundled_source", lang)
    if not source:
        return ""
    path = Path(source)
    if path.suffix:  # a file: region.xlsx
        return f"{path.parent.name}, {path.name}" if path.parent.name else path.name
    return path.name or source


def today() -> str:
    """ISO date; honours ``SOURCE_DATE_EPOCH`` so that builds can be reproducible."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return time.strftime("%Y-%m-%d", time.gmtime(int(epoch)) if epoch and epoch.isdigit() else time.gmtime())


def discussion_questions(
    results: Results, m: str, per_component: int = 3, components: int = 2
) -> list[tuple[str, list[str]]]:
    """Questionnaire questions for the lowest-scoring components, those tied to fired rules first."""
    levels = results.levels[m]
    order = sorted(LEVEL_COMPONENTS, key=lambda c: (4 if levels[c] is None else levels[c], LEVEL_COMPONENTS.index(c)))
    fired_numbers: list[str] = []
    for f in results.findings_for(m):
        for q in REGISTRY[f.rule].questionnaire.split(","):
            q = q.strip()
            if q and q not in fired_numbers:
                fired_numbers.append(q)
    out = []
    for comp in order[:components]:
        pool = list(QUESTIONS[comp])
        chosen = [q for q in fired_numbers if q in pool] + [q for q in pool if q not in fired_numbers]
        out.append((comp, chosen[:per_component]))
    return out


def _plan_activities(plan, lang: str, component: str) -> str:
    """The regie activities of *component* a plan's ties widen (issue 23), in words: what the plan adds."""
    acts = [
        t(f"activity.{c}.{name}", lang).split(":")[0] for x in plan.ties for c, name, _, _ in x.adds if c == component
    ]
    return ", ".join(dict.fromkeys(acts))


def plan_blocks(region, results: Results, m: str, plans: list, lang: str) -> list[dict[str, Any]]:
    """The handout's "with these ties…" blocks: per plan the component, the step it aims at, and the ties in
    words (or why no tie gets there)."""
    from regienet.render.views.whatif import tie_words

    out = []
    for p in plans:
        ((c, goal),) = p.targets.items()
        before = results.levels[m][c]
        words = {
            "component": c,
            "title": t(f"component.{c}", lang),
            "before": t(f"level.{before}", lang),
            "after": t(f"level.{goal}", lang),
            "n": len(p.ties),
            "max": p.max_ties,
        }
        if p.reached:
            head = t("handout.plan_reached", lang, **words)
        elif p.ties:
            head = t("handout.plan_closest", lang, **words)
        else:
            head = t("handout.plan_none", lang, **words)
        out.append(
            {
                "component": c,
                "head": head,
                "reached": p.reached,
                "ties": [tie_words(region, x.change, lang) for x in p.ties] if p.reached else [],
                "activities": _plan_activities(p, lang, c) if p.reached else "",
            }
        )
    return out


def handout_context(
    region,
    results: Results,
    m: str,
    items: list[Suggestion],
    lang: str,
    top: int = 6,
    plans: list | None = None,
    *,
    first: list[Finding],
) -> dict[str, Any]:
    """The template context of *m*'s handout: scorecard, *first* findings, all findings, suggestions, plans,
    the network picture and the discussion questions. Everything computed comes in: *results* (the check),
    *items* (the ranked suggestions), *plans* and *first* (:func:`regienet.analysis.report.first_findings`)."""
    levels = results.levels[m]
    details = results.level_details[m]
    findings = results.findings_for(m)
    per_component = {c: [f for f in findings if f.component == c and f.severity != "info"] for c in COMPONENTS}
    if plans:  # page 3 holds the plans too, each with the activities it adds: the one best suggestion (the plans
        # already name the ties that help most; the rest is in the full list of suggestions)
        top = min(top, 1)
    return {
        "lang": lang,
        "t": lambda key, **kw: t(key, lang, **kw),
        "name": region.name[m],
        "date": fmt_date(today(), lang),
        "source": source_label(region.dataset.source, lang, region.dataset.bundled),
        "bundled": region.dataset.bundled,
        "governments": [region.name[g] for g in region.governments(m)],
        "scorecard": [
            {
                "code": c,
                "title": t(f"component.{c}", lang),
                "level": levels[c],
                "number": level_number(details[c], lang),
                "word": level_words(details[c], lang),
                "colour": LEVEL_COLOURS[levels[c]],
                "count": len(per_component[c]),
                "earned": earned_line(details[c], lang, short=True),
            }
            for c in LEVEL_COMPONENTS
        ],
        "first": [
            {
                "rule": f.rule,
                "title": REGISTRY[f.rule].title_in(lang),
                "message": f.message(lang),
                "why": REGISTRY[f.rule].rationale_in(lang),
            }
            for f in first
        ],
        "findings": [
            {
                "component": c,
                "title": t(f"component.{c}", lang),
                "items": [{"rule": f.rule, "message": f.message(lang)} for f in per_component[c]],
            }
            for c in COMPONENTS
            if per_component[c]
        ],
        "suggestions": [
            {"rule": s.rule, "message": f"{s.message(lang)} {s.effect(lang)}".rstrip()} for s in items[:top]
        ],
        "plans": plan_blocks(region, results, m, plans or [], lang),
        "more_suggestions": max(len(items) - top, 0),
        "svg": diagram(region, results, m, lang),
        "legend": handout_legend(region, m, lang),
        "questions": [
            {
                "component": c,
                "title": t(f"component.{c}", lang),
                "items": [{"number": q, "text": t(f"question.{q}", lang)} for q in qs],
            }
            for c, qs in discussion_questions(results, m)
        ],
        "max_findings": 2 if plans else 3,
    }


def diagram(region, results: Results, m: str, lang: str) -> Markup:
    """The handout's network picture: the municipality's gap map (``map -m M --gaps``) in print — the map's
    own positions, shapes, colours, gap lines (SA04, SA05) and blind-spot borders (OV01), as an SVG
    (:func:`regienet.render.diagram.map_svg`)."""
    from regienet.render.diagram import map_svg
    from regienet.render.map import map_data

    data = map_data(region, results, m, gaps=True, lang=lang)
    return map_svg(data, t("handout.map_title", lang, name=region.name[m]), css_class="ego diagram")


def handout_legend(region, m: str, lang: str) -> dict[str, Any]:
    """The map's legend (:func:`regienet.render.style.legend`), with the gap keys."""
    from regienet.render.map import ego_nodes

    nodes = ego_nodes(region, m)
    present = {str(region.value(n, "subtype") or "") for n in nodes if region.kind.get(n) == "enterprise"}
    return style_legend(lang, True, present, {region.kind.get(n) for n in nodes})


def handout_env() -> Environment:
    """The Jinja2 environment of both handouts (autoescape; the legend swatches' ``dasharray`` filter)."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["dasharray"] = dasharray
    env.globals["diagram_css"] = Markup(DIAGRAM_CSS)
    return env


def render_handout(
    region,
    results: Results,
    m: str,
    items: list[Suggestion],
    lang: str = "nl",
    plans: list | None = None,
    *,
    first: list[Finding],
) -> str:
    """The handout for municipality *m* as one self-contained HTML document; *plans*
    (:func:`regienet.analysis.whatif.workshop_plans`) add a "with these ties…" section; *first* are the
    findings to look at first (:func:`regienet.analysis.report.first_findings`). The caller computes
    all of them with the run's settings (``regienet workshop``); the handout only lays them out."""
    return (
        handout_env()
        .get_template("handout.html.j2")
        .render(**handout_context(region, results, m, items, lang, plans=plans, first=first))
    )
