"""The regional handout: one printable page set for a meeting of the region's municipalities.

``regienet workshop --region`` writes it from :func:`regienet.analysis.region.analyse`:
the clusters for joint regie (with their binding actors and the gaps a joint
approach would close), the regional actors with their coverage (a table,
lowest first), the regional findings (RG rules) and discussion questions from
the 2010 study about sub-regional regie. Same look as the municipality
handout (:mod:`regienet.render.handout`, the shared ``_handout.css``), at most
four A4 pages, no script, every name escaped (Jinja2 autoescape). It speaks
to the participants: no commands, no file names.

Page 1 is the region view of the map in print (:func:`diagram`: the same squares,
ring, colours and lines as ``map --view region``), with its legend. Nothing is cut
to "and 5 more" (issue 28): every name of a cluster, of a gap and of a finding is
listed. Where a region of hundreds of municipalities has more than
:data:`MAX_CLUSTERS` clusters, :data:`MAX_ACTOR_ROWS` regional actors or
:data:`MAX_FINDINGS` findings of one rule, the pages show the first ones (the
lowest coverage first) and say that the annex at the end lists them all; the
annex is only there when something is in it. The sections follow each other
without forced page breaks, so the pages are used to the bottom.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from regienet.i18n import fmt_date, fmt_percent, t
from regienet.render.handout import handout_env, source_label, today
from regienet.render.map import place_name
from regienet.render.style import cluster_colour
from regienet.rules import REGISTRY

__all__ = [
    "MAX_ACTOR_ROWS",
    "MAX_CLUSTERS",
    "MAX_FINDINGS",
    "MAX_NAMES",
    "REGION_QUESTIONS",
    "diagram",
    "region_handout_context",
    "region_legend",
    "render_region_handout",
]

MAX_ACTOR_ROWS = 15
MAX_CLUSTERS = 4
#: Names per list (members of a cluster, places of a gap, places without a tie) before the annex.
MAX_NAMES = 15
MAX_FINDINGS = 6
#: The discussion questions: (number in the study's questionnaire, or "" for the study's conclusion C3), key.
REGION_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("1.4.1", "question.region.contribution"),
    ("1.4.1", "question.region.subregie"),
    ("2.2.2", "question.region.partners"),
    ("0.2", "question.region.forums"),
    ("C3", "question.region.first_actor"),
)


def _names(names: list[str]) -> str:
    """Every name, in order."""
    return ", ".join(names)


def _short(names: list[str], lang: str, limit: int) -> tuple[str, bool]:
    """The first *limit* names and, when there are more, where all of them are: "… alle 41 in de bijlage"
    (never "and 5 more" with the five nowhere: issue 28). Returns the text and whether it was cut."""
    if len(names) <= limit:
        return ", ".join(names), False
    return ", ".join(names[:limit]) + " " + t("handout.region.in_annex", lang, n=len(names)), True


def diagram(region, results, analysis, lang: str, level: str = "SA"):
    """The region view (``map --view region``) as an SVG: the map's own nodes, colours and lines."""
    from regienet.render.diagram import map_svg
    from regienet.render.map import map_data

    data = map_data(region, results, lang=lang, view="region", level=level, analysis=analysis)
    return map_svg(data, t("handout.region.map", lang), css_class="diagram region")


def region_legend(region, results, analysis, lang: str) -> dict[str, Any]:
    """The region view's legend (levels, clusters, actor kinds and types, layers), as the map shows it."""
    from regienet.render.map import region_view_legend

    return region_view_legend(region, results, analysis, "SA", lang)


def region_handout_context(region, analysis, lang: str, results=None) -> dict[str, Any]:
    """The template context of the regional handout: clusters, regional actors, regional findings, annex flags.

    *results* (``regienet.rules.check(region)``) give the diagram and its legend; without them both are left out.
    """
    place = {m: place_name(region, m) for m in region.municipalities}
    clusters = _cluster_entries(region, analysis, place, lang)
    singles = sum(1 for c in analysis.clusters if len(c.municipalities) == 1)
    judged = analysis.regional_actors
    rows = _actor_rows(judged, place, lang)
    findings, passed = _rule_sections(analysis, lang)
    annex_clusters = len(clusters) > MAX_CLUSTERS or any(c["cut"] for c in clusters[:MAX_CLUSTERS])
    annex_actors = len(rows) > MAX_ACTOR_ROWS or any(r["cut"] for r in rows[:MAX_ACTOR_ROWS])
    return {
        "lang": lang,
        "t": lambda key, **kw: t(key, lang, **kw),
        "n": len(region.municipalities),
        "date": fmt_date(today(), lang),
        "source": source_label(region.dataset.source, lang, region.dataset.bundled),
        "bundled": region.dataset.bundled,
        "clusters": clusters,
        "max_clusters": MAX_CLUSTERS,
        "singles": singles,
        "actors": rows,
        "max_actors": MAX_ACTOR_ROWS,
        "n_actors": len(judged),
        "findings": findings,
        "max_findings": MAX_FINDINGS,
        "annex_clusters": annex_clusters,
        "annex_actors": annex_actors,
        "annex": annex_clusters or annex_actors or any(len(f["items"]) > MAX_FINDINGS for f in findings),
        "svg": diagram(region, results, analysis, lang) if results is not None else "",
        "map_hint": t("handout.region.map_hint", lang, component=t("component.SA", lang)),
        "legend": region_legend(region, results, analysis, lang) if results is not None else None,
        "passed": passed,
        "questions": [{"number": num, "text": t(key, lang)} for num, key in REGION_QUESTIONS],
    }


def _cluster_entries(region, analysis, place: dict[str, str], lang: str) -> list[dict[str, Any]]:
    """One entry per cluster of municipalities: its colour, members, binding actors and gaps, in full and short.

    Why both: the pages before the annex cut long lists (saying that the annex has them all, ``cut``);
    the annex shows them whole.
    """
    clusters = []
    for i, c in enumerate(analysis.clusters):
        size = len(c.municipalities)
        binding = [
            t("handout.region.binding_item", lang, name=region.name[a], n=n, of=size)
            for a, n in zip(c.binding_actors, c.binding_ties, strict=False)
        ]
        gaps, gaps_short, cut = [], [], False
        for g in c.gaps:
            missing = [place[m] for m in g.missing]
            short, was_cut = _short(missing, lang, MAX_NAMES)
            gaps.append(t("handout.region.gap_item", lang, name=region.name[g.actor], places=_names(missing)))
            gaps_short.append(t("handout.region.gap_item", lang, name=region.name[g.actor], places=short))
            cut = cut or was_cut
        members = sorted(place[m] for m in c.municipalities)
        members_short, was_cut = _short(members, lang, MAX_NAMES)
        clusters.append(
            {
                "colour": cluster_colour(i),
                "name": t("handout.region.cluster", lang, n=i + 1, size=size),
                "members": _names(members),
                "binding": binding,
                "gaps": gaps,
                # on the pages before the annex: long lists cut, saying that the annex has them all
                "short": {"members": members_short, "binding": binding, "gaps": gaps_short},
                "cut": cut or was_cut,
            }
        )
    return clusters


def _actor_rows(judged, place: dict[str, str], lang: str) -> list[dict[str, Any]]:
    """One table row per regional actor: where it works, where it is tied, its coverage, where it is missing.

    Why ``low``: a coverage under half is what the meeting should look at first (the row is marked).
    """
    rows = []
    for a in judged:
        missing = sorted(place[m] for m in a.missing)
        short, was_cut = _short(missing, lang, MAX_NAMES)
        rows.append(
            {
                "cut": was_cut,
                "missing_short": short if missing else "—",
                "name": a.name,
                "kind": t(f"kind.{a.kind}", lang),
                "works_in": a.works_in,
                "tied": a.tied_municipalities,
                "coverage": "–" if a.coverage is None else fmt_percent(a.coverage, lang),
                "low": a.coverage is not None and a.coverage < 0.5,
                "missing": _names(sorted(place[m] for m in a.missing)) if a.missing else "—",
            }
        )
    return rows


def _rule_sections(analysis, lang: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The regional rules that fired (code, title, each finding's message) and those that passed (code, title).

    Why the passed ones: a meeting should see what was checked and found in order, not only what is wrong.
    """
    by_rule: dict[str, list] = defaultdict(list)
    for f in analysis.findings:
        by_rule[f.rule].append(f)
    findings = [
        {
            "rule": code,
            "title": REGISTRY[code].title_in(lang),
            "items": [f.message(lang) for f in found],
        }
        for code, found in sorted(by_rule.items())
    ]
    passed = [
        {"rule": code, "title": REGISTRY[code].title_in(lang)}
        for code, o in sorted(analysis.outcomes.items())
        if code not in by_rule and o.status == "passed"
    ]
    return findings, passed


def render_region_handout(region, analysis, lang: str = "nl", results=None) -> str:
    """The regional handout as one self-contained HTML document (see the module docstring), from *analysis*
    (:func:`regienet.analysis.region.analyse`) and *results* (:func:`regienet.rules.check`), both computed by
    the caller with the run's settings; the results colour the diagram's municipalities by level, and without
    them the diagram and its legend are left out."""
    return (
        handout_env()
        .get_template("handout_region.html.j2")
        .render(**region_handout_context(region, analysis, lang, results))
    )
