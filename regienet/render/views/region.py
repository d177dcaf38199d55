"""``regienet region``: the :class:`~regienet.analysis.region.RegionAnalysis` as a view — the region as
regisseur: its regional actors and their coverage, clusters for joint regie, brokers, the bodies where
municipalities meet, who carries each municipality's regie, and the regional findings (RG).

Text, Markdown and HTML show at most :data:`MAX_ROWS` regional actors and :data:`MAX_CLUSTERS` clusters (a
region of 3,000 municipalities has hundreds of both) and say where the rest is: CSV has every regional actor,
JSON everything.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from typing import Any

from regienet.analysis.region import Broker, Cluster, RegionAnalysis
from regienet.i18n import fmt_number, fmt_percent, join, t
from regienet.render.findings import finding_text
from regienet.render.view import Block, Column, Heading, Items, Paragraph, Table, Term, Title, View, phrase
from regienet.render.views import view_of
from regienet.rules.region import body_word
from regienet.schema import LAYERS

__all__ = ["CSV_HEADER", "MAX_CLUSTERS", "MAX_NAMED", "MAX_ROWS", "region_view"]

MAX_ROWS = 25
MAX_CLUSTERS = 12
#: binding actors and gaps named per cluster
MAX_NAMED = 5

CSV_HEADER = [
    "id",
    "name",
    "kind",
    "works_in",
    "tied_municipalities",
    "coverage",
    *(f"tied_{layer}" for layer in LAYERS),
    "reached_through_bodies",
    "tied_elsewhere",
    "missing",
]


def _pct(x: float | None, lang: str) -> str:
    return "?" if x is None else fmt_percent(x, lang)


def _names(an: RegionAnalysis, ids: Iterable[str], limit: int, lang: str) -> str:
    names = [an.region.name.get(i, i) for i in ids]
    if len(names) > limit:
        names = [*names[:limit], t("region.n_more", lang, n=len(names) - limit)]
    return join(names, lang)


def _headline(an: RegionAnalysis, lang: str) -> str:
    coverages = sorted(a.coverage for a in an.regional_actors if a.coverage is not None)
    median = coverages[len(coverages) // 2] if coverages else None
    return t(
        "region.headline",
        lang,
        n=len(an.regional_actors),
        median=_pct(median, lang),
        low=sum(c < 0.5 for c in coverages),
        clusters=len(an.clusters),
        findings=len(an.findings),
    )


def _cluster_lines(an: RegionAnalysis, c: Cluster, lang: str) -> list[str]:
    """A cluster in words: its members, what binds them, what a joint approach would close."""
    lines = [
        t("region.cluster_members", lang, names=_names(an, c.municipalities, 10**9, lang), n=len(c.municipalities))
    ]
    if c.binding_actors:
        bound = [
            t("region.of", lang, name=an.region.name[a], k=k, n=len(c.municipalities))
            for a, k in zip(c.binding_actors, c.binding_ties, strict=True)
        ]
        if len(bound) > MAX_NAMED:
            bound = [*bound[:MAX_NAMED], t("region.n_more", lang, n=len(bound) - MAX_NAMED)]
        lines.append(t("region.cluster_binding", lang, actors=join(bound, lang)))
    elif len(c.municipalities) == 1:
        lines.append(t("region.cluster_alone", lang))
    if c.gaps:
        gaps = [
            t("region.gap", lang, actor=an.region.name[g.actor], where=_names(an, g.missing, MAX_NAMED, lang))
            for g in c.gaps[:MAX_NAMED]
        ]
        lines.append(t("region.cluster_gaps", lang, gaps="; ".join(gaps)))
    return lines


def _cluster_line(an: RegionAnalysis, c: Cluster, i: int, lang: str) -> str:
    lines = _cluster_lines(an, c, lang)
    return lines[i] if i < len(lines) else ""


def _broker(b: Broker, lang: str) -> str:
    """``Sinergiek links 12 municipalities; 13 governments meet in its board (betweenness 0.20).``"""
    if b.kind == "municipality":
        text = t("region.broker_municipality", lang, name=b.name, n=b.municipalities)
    else:
        text = t("region.broker_actor", lang, name=b.name, n=b.municipalities)
        for body in b.bodies[:2]:
            text += "; " + t("region.broker_body", lang, g=body.governments, body=body_word(body.body).render(lang))
    return text + " " + t("region.broker_score", lang, score=fmt_number(b.score, lang, 2)) + "."


def _body(an: RegionAnalysis, body: Any, lang: str) -> str:
    return t(
        "region.body_line",
        lang,
        body=body_word(body.body).render(lang),
        name=an.region.name[body.actor],
        g=body.governments,
        n=len(body.municipalities),
    )


def _arrangement(an: RegionAnalysis, a: Any, lang: str) -> str:
    """Who carries a municipality's regie (issue 24): its mandates to associations and its own regie work."""
    region = an.region
    parts = []
    for assoc, scope in a.mandates:
        where = t("region.scope_all", lang) if len(scope) == 4 else join(scope, lang)
        parts.append(t("region.regie_mandate", lang, association=region.name.get(assoc, assoc), scope=where))
    if a.own_regie:
        codes = t("region.regie_codes", lang, codes=", ".join(a.plan_codes)) if a.plan_codes else ""
        parts.append(t("region.regie_own", lang, codes=codes))
    return f"{region.name[a.municipality]}: {'; '.join(parts)}"


def _arrangements(an: RegionAnalysis) -> list[Any]:
    """One item per municipality with a mandate or own regie work (at most :data:`MAX_ROWS`), then the
    municipalities with no regie arrangement at all."""
    items: list[Any] = [phrase(partial(_arrangement, an, a)) for a in an.arrangements[:MAX_ROWS] if a.kind != "none"]
    if len(an.arrangements) > MAX_ROWS:
        items.append(phrase("region.more_rows", n=len(an.arrangements) - MAX_ROWS))
    none = an.without_regie
    if none:
        names = partial(_names, an, none, MAX_NAMED * 2)
        items.append(phrase("region.regie_none", n=len(none), names=phrase(names)))
    return items


def _layer(layer: str, lang: str) -> str:
    return t(f"layer.{layer}", lang).capitalize()


def _actors_table(an: RegionAnalysis) -> Table:
    """The regional actors, lowest coverage first: where they work, how many of those municipalities are tied
    to them (per layer) and the coverage, and where no tie is."""
    columns = [
        Column("name", phrase("region.col.actor")),
        Column("works_in", phrase("region.col.works_in"), "right"),
        Column("tied_municipalities", phrase("col.tied"), "right"),
        Column("coverage", phrase("region.col.coverage"), "right"),
        *(Column(f"tied_{x}", phrase(partial(_layer, x)), "right") for x in LAYERS),
        Column("missing", phrase("region.col.missing")),
    ]
    rows = [
        [
            a.name,
            a.works_in,
            a.tied_municipalities,
            phrase(partial(_pct, a.coverage)),
            *(a.layers[x] for x in LAYERS),
            phrase(partial(_names, an, a.missing, 1)) if a.missing else "—",
        ]
        for a in an.regional_actors[:MAX_ROWS]
    ]
    return Table(columns, rows, title=phrase("region.actors_title"))


def _blocks(an: RegionAnalysis) -> Iterator[Block]:
    region = an.region
    yield Title(phrase("region.title", n=len(region.municipalities)))
    yield Paragraph(phrase("report.source", source=region.dataset.source), note=True)
    if region.dataset.bundled:
        yield Paragraph(phrase("report.bundled"), note=True)
    yield Paragraph(phrase(partial(_headline, an)))
    if an.regional_actors:
        yield _actors_table(an)
        if len(an.regional_actors) > MAX_ROWS:
            yield Paragraph(phrase("region.more_rows", n=len(an.regional_actors) - MAX_ROWS))
        yield Paragraph(phrase("region.legend"), note=True)
    else:
        yield Paragraph(phrase("region.no_actors"))
    yield Heading(phrase("region.clusters_title"))
    yield Paragraph(phrase("region.clusters_intro"), indent=2)
    clusters = an.clusters[:MAX_CLUSTERS]
    yield Items(
        [[phrase(partial(_cluster_line, an, c, i)) for i in range(len(_cluster_lines(an, c, "en")))] for c in clusters],
        numbered=True,
    )
    if len(an.clusters) > MAX_CLUSTERS:
        yield Paragraph(phrase("region.more_clusters", n=len(an.clusters) - MAX_CLUSTERS), indent=2)
    if an.hubs:
        yield Paragraph(
            phrase("region.hubs", limit=an.hub_limit, names=phrase(partial(_names, an, an.hubs, MAX_NAMED)))
        )
    yield Heading(phrase("region.brokers_title"))
    yield Items([phrase(partial(_broker, b)) for b in an.brokers], empty=phrase("region.no_brokers"))
    yield Heading(phrase("region.bodies_title"))
    yield Items([phrase(partial(_body, an, b)) for b in an.interlocks[:MAX_CLUSTERS]], empty=phrase("region.no_bodies"))
    yield Heading(phrase("region.regie_title"))
    yield Items(_arrangements(an))
    yield Heading(phrase("region.findings_title"))
    yield Table(
        [
            Column("rule", phrase("col.rule")),
            Column("severity", phrase("col.severity")),
            Column("message", phrase("col.message")),
        ],
        [[f.rule, Term(f.severity, f"severity.{f.severity}"), phrase(partial(finding_text, f))] for f in an.findings],
        empty=phrase("check.region_none"),
        headers=False,
        indent=2,
    )
    yield Paragraph(phrase("region.hint"), note=True)


def _csv(an: RegionAnalysis) -> Table:
    """One row per regional actor, lowest coverage first."""
    rows = (
        [
            a.id,
            a.name,
            a.kind,
            a.works_in,
            a.tied_municipalities,
            None if a.coverage is None else round(a.coverage, 4),
            *(a.layers[x] for x in LAYERS),
            a.reached_through_bodies,
            a.tied_elsewhere,
            "|".join(a.missing),
        ]
        for a in an.regional_actors
    )
    return Table([Column(h) for h in CSV_HEADER], rows)


@view_of.register
def region_view(an: RegionAnalysis) -> View:
    """The region as regisseur: a headline, the regional actors' table (lowest coverage first) with its
    legend, the clusters for joint regie (a numbered list: members, what binds them, what a joint approach
    would close), the brokers, the bodies where municipalities meet, who carries each municipality's regie,
    and the regional findings. CSV: one row per regional actor; JSON as in DESIGN.md."""
    return View(
        "region",
        blocks=partial(_blocks, an),
        json=an.to_dict,
        csv=partial(_csv, an),
        title=phrase("region.title", n=len(an.region.municipalities)),
    )
