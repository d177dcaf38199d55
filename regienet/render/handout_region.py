"""The regional handout: one printable page set for a meeting of the region's municipalities.

``regienet workshop --region`` writes it from :func:`regienet.region.analyse`:
the clusters for joint regie (with their binding actors and the gaps a joint
approach would close), the regional actors with their coverage (a table,
lowest first), the regional findings (RG rules) and discussion questions from
the 2010 study about sub-regional regie. Same look as the municipality
handout (:mod:`regienet.render.handout`, the shared ``_handout.css``), at most
four A4 pages, no script, every name escaped (Jinja2 autoescape). It speaks
to the participants: no commands, no file names.

Long lists are cut so that a region of hundreds of municipalities still fits:
:data:`MAX_ACTOR_ROWS` regional actors (the lowest coverage), :data:`MAX_NAMES`
names per list, :data:`MAX_CLUSTERS` clusters, :data:`MAX_FINDINGS` findings
per rule; the page says how many more there are.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from regienet.i18n import fmt_date, fmt_percent, t
from regienet.render.handout import TEMPLATES, source_label, today
from regienet.render.map import place_name
from regienet.render.style import cluster_colour
from regienet.rules import REGISTRY

MAX_ACTOR_ROWS = 15
MAX_NAMES = 10
MAX_CLUSTERS = 4
MAX_FINDINGS = 3
#: The discussion questions: (number in the study's questionnaire, or "" for the study's conclusion C3), key.
REGION_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("1.4.1", "question.region.contribution"),
    ("1.4.1", "question.region.subregie"),
    ("2.2.2", "question.region.partners"),
    ("0.2", "question.region.forums"),
    ("C3", "question.region.first_actor"),
)


def _names(names: list[str], lang: str, limit: int = MAX_NAMES) -> str:
    shown = ", ".join(names[:limit])
    if len(names) > limit:
        shown += " " + t("handout.region.and_more", lang, n=len(names) - limit)
    return shown


def region_handout_context(region, analysis, lang: str) -> dict[str, Any]:
    place = {m: place_name(region, m) for m in region.municipalities}
    clusters = []
    for i, c in enumerate(analysis.clusters[:MAX_CLUSTERS]):
        size = len(c.municipalities)
        binding = [
            t("handout.region.binding_item", lang, name=region.name[a], n=n, of=size)
            for a, n in zip(c.binding_actors, c.binding_ties, strict=False)
        ]
        gaps = [
            t(
                "handout.region.gap_item",
                lang,
                name=region.name[g.actor],
                places=_names([place[m] for m in g.missing], lang),
            )
            for g in c.gaps
        ]
        clusters.append(
            {
                "colour": cluster_colour(i),
                "name": t("handout.region.cluster", lang, n=i + 1, size=size),
                "members": _names(sorted(place[m] for m in c.municipalities), lang, 12),
                "binding": binding[:3],
                "more_binding": max(len(binding) - 3, 0),
                "gaps": gaps[:3],
                "more_gaps": max(len(gaps) - 3, 0),
            }
        )
    singles = sum(1 for c in analysis.clusters if len(c.municipalities) == 1)
    rows = []
    judged = analysis.regional_actors
    for a in judged[:MAX_ACTOR_ROWS]:
        rows.append(
            {
                "name": a.name,
                "kind": t(f"kind.{a.kind}", lang),
                "works_in": a.works_in,
                "tied": a.tied_municipalities,
                "coverage": "–" if a.coverage is None else fmt_percent(a.coverage, lang),
                "low": a.coverage is not None and a.coverage < 0.5,
                "missing": _names(sorted(place[m] for m in a.missing), lang, 8) if a.missing else "—",
            }
        )
    by_rule: dict[str, list] = defaultdict(list)
    for f in analysis.findings:
        by_rule[f.rule].append(f)
    findings = [
        {
            "rule": code,
            "title": REGISTRY[code].title_in(lang),
            "items": [f.message(lang) for f in found[:MAX_FINDINGS]],
            "more": max(len(found) - MAX_FINDINGS, 0),
        }
        for code, found in sorted(by_rule.items())
    ]
    passed = [
        {"rule": code, "title": REGISTRY[code].title_in(lang)}
        for code, o in sorted(analysis.outcomes.items())
        if code not in by_rule and o.status == "passed"
    ]
    return {
        "lang": lang,
        "t": lambda key, **kw: t(key, lang, **kw),
        "n": len(region.municipalities),
        "date": fmt_date(today(), lang),
        "source": source_label(region.dataset.source, lang, region.dataset.bundled),
        "bundled": region.dataset.bundled,
        "clusters": clusters,
        "more_clusters": max(len(analysis.clusters) - MAX_CLUSTERS, 0),
        "singles": singles,
        "actors": rows,
        "more_actors": max(len(judged) - MAX_ACTOR_ROWS, 0),
        "n_actors": len(judged),
        "findings": findings,
        "passed": passed,
        "questions": [{"number": num, "text": t(key, lang)} for num, key in REGION_QUESTIONS],
    }


def render_region_handout(region, analysis, lang: str = "nl") -> str:
    """The regional handout as one self-contained HTML document (see the module docstring)."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("handout_region.html.j2").render(**region_handout_context(region, analysis, lang))
