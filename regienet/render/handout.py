"""The workshop handout: one self-contained, printable HTML page per municipality.

For facilitators who sit down with a municipality's aldermen and staff: the
municipality's own network as a static diagram (SVG, so it prints crisply and
needs no script), the four component levels as a scorecard, the findings in
plain language, the best suggestions, and discussion questions taken from the
2010 study's questionnaire (Bijlage 2, with its question numbers) for the
components that scored lowest. Print CSS lays it out on A4 in at most four
pages. Every user text is escaped (Jinja2 autoescape; SVG text through
:func:`markupsafe.escape`); nothing is loaded from outside the file.
"""

from __future__ import annotations

import math
import os
import time
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from regienet.gaps import Suggestion
from regienet.i18n import fmt_date, t
from regienet.messages import QUESTIONS
from regienet.render.findings import earned_line, level_number, level_words
from regienet.render.style import EDGE_STYLES, GAP_STYLES, KIND_STYLES, SUBTYPE_COLOURS, UNKNOWN_LEVEL_COLOUR, dasharray
from regienet.render.style import LEVEL_COLOURS as STYLE_LEVEL_COLOURS
from regienet.report import first_findings
from regienet.rules import COMPONENTS, LEVEL_COMPONENTS, REGISTRY, Results

TEMPLATES = Path(__file__).resolve().parent / "templates"
#: Layer colours and level palette: the map's (regienet.render.style), so map and handout speak one language.
LAYER_COLOURS = {layer: EDGE_STYLES[layer]["color"] for layer in ("governance", "economic", "policy", "cooperation")}
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


#: Characters of a government's name per line in its 124-px box (13px bold DejaVu Sans: ~8.6 px a character).
GOV_LINE_CHARS = 12


def _wrap(text: str, width: int = 16, lines: int = 2) -> list[str]:
    words, out, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    out.append(cur)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: width - 1] + "…"
    return out


def ego_layout(region, m: str) -> dict[str, tuple[float, float, str]]:
    """Deterministic positions around (0, 0): governments in the centre, own actors on
    the inner ring, other local actors on the middle ring, regional actors outside.

    Returns node → (x, y, ring) with ring in ``government``, ``own``, ``local``, ``regional``.
    """
    pos: dict[str, tuple[float, float, str]] = {}
    govs = region.governments(m)
    for i, g in enumerate(govs):
        pos[g] = ((i - (len(govs) - 1) / 2) * 130, 0.0, "government")
    own = sorted(region.own_actors(m) & region.actors_of(m)) or sorted(region.own_actors(m))
    rest = sorted(region.actors_of(m) - set(own))
    local = [a for a in rest if not region.is_regional(a)]
    regional = [a for a in rest if region.is_regional(a)]
    for ring, nodes, radius, offset in (
        ("own", own, 165, -math.pi / 2),
        ("local", local, 255, -math.pi / 3),
        ("regional", regional, 345, -math.pi / 2 + 0.25),
    ):
        for i, a in enumerate(nodes):
            angle = offset + 2 * math.pi * i / max(len(nodes), 1)
            pos[a] = (radius * math.cos(angle), radius * math.sin(angle) * 1.3, ring)
    return pos


def ego_svg(region, results: Results, m: str, lang: str, gap_actors: set[str] | None = None) -> Markup:
    """The municipality's network as an SVG diagram (escaped text, no script)."""
    pos = ego_layout(region, m)
    gap_actors = gap_actors or set()
    tied = region.tied_actors(m)
    width, height = 860, 1010
    cx, cy = width / 2, height / 2 - 8
    parts: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(t("handout.map_title", lang, name=region.name[m]))}" class="ego">'
    ]
    # ties, aggregated per government-actor pair and layer: one line per layer, side by side, in the
    # map's colours and dashes (a pair with founded + seat + consulted shows governance and policy)
    weights: dict[tuple[str, str], dict[str, int]] = {}
    for tie in region.ties(m):
        if tie.actor in pos:
            layers = weights.setdefault((tie.government, tie.actor), {})
            layers[tie.layer] = layers.get(tie.layer, 0) + 1
    for (g, a), layers in sorted(weights.items()):
        (x1, y1, _), (x2, y2, _) = pos[g], pos[a]
        length = max(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5, 1.0)
        nx_, ny_ = -(y2 - y1) / length, (x2 - x1) / length  # unit normal: parallel lines per layer
        present = [k for k in LAYER_COLOURS if k in layers]
        for i, layer in enumerate(present):
            off = (i - (len(present) - 1) / 2) * 3.5
            style = EDGE_STYLES[layer]
            dash = f' stroke-dasharray="{dasharray(style["dashes"])}"' if style["dashes"] else ""
            parts.append(
                f'<line x1="{cx + x1 + nx_ * off:.1f}" y1="{cy + y1 + ny_ * off:.1f}" x2="{cx + x2 + nx_ * off:.1f}" '
                f'y2="{cy + y2 + ny_ * off:.1f}" stroke="{style["color"]}" stroke-width="{min(1.2 + layers[layer] * 0.8, 5):.1f}" '
                f'stroke-opacity="0.85"{dash} data-layer="{layer}"/>'
            )
    coop = EDGE_STYLES["cooperation"]
    couplings = region.actor_couplings([a for a in pos if pos[a][2] != "government"])
    for u, v in sorted(couplings.edges()):
        (x1, y1, _), (x2, y2, _) = pos[u], pos[v]
        parts.append(
            f'<line x1="{cx + x1:.1f}" y1="{cy + y1:.1f}" x2="{cx + x2:.1f}" y2="{cy + y2:.1f}" stroke="{coop["color"]}" stroke-opacity="0.55" stroke-width="1" stroke-dasharray="{dasharray(coop["dashes"])}"/>'
        )
    missing = GAP_STYLES["SA04"]
    for a in sorted(gap_actors & set(pos)):  # missing regional links (SA04): the map's gap line
        (x1, y1, _), (x2, y2, _) = pos[m], pos[a]
        parts.append(
            f'<line x1="{cx + x1:.1f}" y1="{cy + y1:.1f}" x2="{cx + x2:.1f}" y2="{cy + y2:.1f}" stroke="{missing["color"]}" stroke-width="2" stroke-dasharray="{dasharray(missing["dashes"])}"/>'
        )
    own = region.own_actors(m)
    in_view = tied | region.reached_through_bodies(m)  # as OV01 counts: reached through a body it sits in
    blind = GAP_STYLES["OV01"]
    for node, (x, y, ring) in sorted(pos.items(), key=lambda kv: kv[0]):
        X, Y = cx + x, cy + y
        name = region.name[node]
        if ring == "government":
            style = KIND_STYLES[region.kind.get(node, "municipality")]
            parts.append(
                f'<rect x="{X - 62:.1f}" y="{Y - 24:.1f}" width="124" height="48" rx="6" fill="{style["background"]}" stroke="{style["border"]}" stroke-width="1.5"/>'
            )
            lines = _wrap(name, GOV_LINE_CHARS)
            for i, line in enumerate(lines):
                # a line longer than the box holds at 13px bold is squeezed to fit, never spills over
                fit = ' textLength="112" lengthAdjust="spacingAndGlyphs"' if len(line) > GOV_LINE_CHARS else ""
                y = Y + 5 - (len(lines) - 1) * 8 + i * 16  # the lines centred in the box
                parts.append(f'<text x="{X:.1f}" y="{y:.1f}" class="gov"{fit}>{escape(line)}</text>')
            continue
        kind = region.kind.get(node, "enterprise")
        fill = (
            SUBTYPE_COLOURS.get(region.value(node, "subtype") or "", SUBTYPE_COLOURS[""])
            if kind == "enterprise"
            else KIND_STYLES.get(kind, KIND_STYLES["support"])["background"]
        )
        stroke_width: float  # not the diagram's width
        if node not in in_view:  # out of view as OV01 counts it: the map's OV01 border
            stroke, stroke_width, dash = blind["color"], 2.5, f' stroke-dasharray="{dasharray(blind["dashes"])}"'
        elif node in own:  # own actor: thick black border, as on the map
            stroke, stroke_width, dash = "#000", 4, ""
        else:
            stroke, stroke_width, dash = KIND_STYLES.get(kind, KIND_STYLES["enterprise"])["border"], 1.5, ""
        if kind == "enterprise":
            parts.append(
                f'<circle cx="{X:.1f}" cy="{Y:.1f}" r="14" fill="{fill}" stroke="{stroke}" stroke-width="{stroke_width}"{dash}/>'
            )
        else:  # support organisation: the map's triangle
            parts.append(
                f'<polygon points="{X:.1f},{Y - 16:.1f} {X - 15:.1f},{Y + 11:.1f} {X + 15:.1f},{Y + 11:.1f}" fill="{fill}" stroke="{stroke}" stroke-width="{stroke_width}"{dash}/>'
            )
        for i, line in enumerate(_wrap(name)):
            parts.append(f'<text x="{X:.1f}" y="{Y + 31 + i * 15:.1f}" class="lbl">{escape(line)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


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
    from regienet.render.whatif import tie_words

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
    region, results: Results, m: str, items: list[Suggestion], lang: str, top: int = 6, plans: list | None = None
) -> dict[str, Any]:
    levels = results.levels[m]
    details = results.level_details[m]
    findings = results.findings_for(m)
    first = first_findings_for(region, results, m)
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
        "svg": ego_svg(region, results, m, lang, {a for s in items if s.type == "link" for a in s.actors}),
        "questions": [
            {
                "component": c,
                "title": t(f"component.{c}", lang),
                "items": [{"number": q, "text": t(f"question.{q}", lang)} for q in qs],
            }
            for c, qs in discussion_questions(results, m)
        ],
        "layers": [
            {"colour": LAYER_COLOURS[k], "dash": dasharray(EDGE_STYLES[k]["dashes"]), "name": t(f"layer.{k}", lang)}
            for k in LAYER_COLOURS
        ],
        "style": {
            "lde": SUBTYPE_COLOURS["lde"],
            "enterprise_border": KIND_STYLES["enterprise"]["border"],
            "support": KIND_STYLES["support"]["background"],
            "support_border": KIND_STYLES["support"]["border"],
            "blind": GAP_STYLES["OV01"]["color"],
            "blind_dash": dasharray(GAP_STYLES["OV01"]["dashes"]),
            "missing": GAP_STYLES["SA04"]["color"],
            "missing_dash": dasharray(GAP_STYLES["SA04"]["dashes"]),
            "coop": EDGE_STYLES["cooperation"]["color"],
            "coop_dash": dasharray(EDGE_STYLES["cooperation"]["dashes"]),
        },
        "max_findings": 2 if plans else 3,
    }


def first_findings_for(region, results: Results, m: str):
    """:func:`regienet.report.first_findings` without building a whole report."""
    from regienet.report import Report

    return first_findings(Report(region, results, [m]), m)


def render_handout(
    region, results: Results, m: str, items: list[Suggestion], lang: str = "nl", plans: list | None = None
) -> str:
    """The handout for municipality *m* as one self-contained HTML document; *plans*
    (:func:`regienet.whatif.workshop_plans`) add a "with these ties…" section."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("handout.html.j2").render(**handout_context(region, results, m, items, lang, plans=plans))
