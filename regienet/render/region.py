"""``regienet region``: the :class:`~regienet.analysis.region.RegionAnalysis` as text, Markdown, JSON or CSV.

Formats data, computes nothing. Text and Markdown show at most
:data:`MAX_ROWS` regional actors and :data:`MAX_CLUSTERS` clusters (a region
of 3,000 municipalities has hundreds of both) and say where the rest is:
CSV has every regional actor, JSON everything.
"""

from __future__ import annotations

from regienet.analysis.region import Broker, Cluster, RegionAnalysis
from regienet.i18n import fmt_number, fmt_percent, join, t
from regienet.outputs import csv_text
from regienet.render.emit import emit_text
from regienet.render.findings import finding_text
from regienet.render.jsonstream import dumps_at
from regienet.render.tables import markdown_table
from regienet.rules.region import body_word
from regienet.schema import LAYERS

__all__ = [
    "CSV_HEADER",
    "MAX_CLUSTERS",
    "MAX_NAMED",
    "MAX_ROWS",
    "body_text",
    "broker_text",
    "cluster_lines",
    "headline",
    "region_csv",
    "region_csv_text",
    "region_json_text",
    "region_markdown",
    "region_text",
    "render_region",
]

MAX_ROWS = 25
MAX_CLUSTERS = 12
#: binding actors and gaps named per cluster in text
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


def _pct(x: float | None, lang: str = "en") -> str:
    return "?" if x is None else fmt_percent(x, lang)


def _names(an: RegionAnalysis, ids, limit: int = MAX_NAMED, lang: str = "en") -> str:
    names = [an.region.name.get(i, i) for i in ids]
    if len(names) > limit:
        names = [*names[:limit], t("region.n_more", lang, n=len(names) - limit)]
    return join(names, lang)


def headline(an: RegionAnalysis, lang: str) -> str:
    coverages = sorted(a.coverage for a in an.regional_actors if a.coverage is not None)
    low = sum(c < 0.5 for c in coverages)
    median = coverages[len(coverages) // 2] if coverages else None
    return t(
        "region.headline",
        lang,
        n=len(an.regional_actors),
        median=_pct(median, lang=lang),
        low=low,
        clusters=len(an.clusters),
        findings=len(an.findings),
    )


def cluster_lines(an: RegionAnalysis, c: Cluster, lang: str) -> list[str]:
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


def broker_text(an: RegionAnalysis, b: Broker, lang: str) -> str:
    """``Sinergiek links 12 municipalities; 13 governments meet in its board (betweenness 0.20).``"""
    if b.kind == "municipality":
        text = t("region.broker_municipality", lang, name=b.name, n=b.municipalities)
    else:
        text = t("region.broker_actor", lang, name=b.name, n=b.municipalities)
        for body in b.bodies[:2]:
            text += "; " + t("region.broker_body", lang, g=body.governments, body=body_word(body.body).render(lang))
    return text + " " + t("region.broker_score", lang, score=fmt_number(b.score, lang, 2)) + "."


def body_text(an: RegionAnalysis, body, lang: str) -> str:
    return t(
        "region.body_line",
        lang,
        body=body_word(body.body).render(lang),
        name=an.region.name[body.actor],
        g=body.governments,
        n=len(body.municipalities),
    )


def _actor_rows(an: RegionAnalysis, lang: str, named: int = 3) -> list[list[str]]:
    rows = []
    for a in an.regional_actors[:MAX_ROWS]:
        missing = _names(an, a.missing, named, lang) if a.missing else "—"
        rows.append(
            [
                a.name,
                str(a.works_in),
                str(a.tied_municipalities),
                _pct(a.coverage, lang=lang),
                *(str(a.layers[x]) for x in LAYERS),
                missing,
            ]
        )
    return rows


def _actor_header(lang: str) -> list[str]:
    return [
        t("region.col.actor", lang),
        t("region.col.works_in", lang),
        t("col.tied", lang),
        t("region.col.coverage", lang),
        *(t(f"layer.{x}", lang).capitalize() for x in LAYERS),
        t("region.col.missing", lang),
    ]


def arrangement_lines(an: RegionAnalysis, lang: str) -> list[str]:
    """Who carries each municipality's regie (issue 24): one line per municipality with a mandate or own regie
    work, then the municipalities with no regie arrangement at all."""
    region = an.region
    lines = []
    for a in an.arrangements[:MAX_ROWS]:
        if a.kind == "none":
            continue
        parts = []
        for assoc, scope in a.mandates:
            where = t("region.scope_all", lang) if len(scope) == 4 else join(scope, lang)
            parts.append(t("region.regie_mandate", lang, association=region.name.get(assoc, assoc), scope=where))
        if a.own_regie:
            codes = t("region.regie_codes", lang, codes=", ".join(a.plan_codes)) if a.plan_codes else ""
            parts.append(t("region.regie_own", lang, codes=codes))
        lines.append(f"{region.name[a.municipality]}: {'; '.join(parts)}")
    if len(an.arrangements) > MAX_ROWS:
        lines.append(t("region.more_rows", lang, n=len(an.arrangements) - MAX_ROWS))
    none = an.without_regie
    if none:
        lines.append(t("region.regie_none", lang, n=len(none), names=_names(an, none, MAX_NAMED * 2, lang)))
    return lines


def region_text(an: RegionAnalysis, lang: str) -> str:
    from regienet.render.tables import fit_table

    region = an.region
    title = t("region.title", lang, n=len(region.municipalities))
    lines = [title, "=" * len(title), t("report.source", lang, source=region.dataset.source)]
    if region.dataset.bundled:
        lines.append(t("report.bundled", lang))
    lines += ["", headline(an, lang), ""]
    if an.regional_actors:
        header = _actor_header(lang)
        justify = ["left" if i in (0, 8) else "right" for i in range(len(header))]
        rows = _actor_rows(an, lang, named=1)
        lines.append(fit_table(header, rows, title=t("region.actors_title", lang), justify=justify))
        if len(an.regional_actors) > MAX_ROWS:
            lines.append(t("region.more_rows", lang, n=len(an.regional_actors) - MAX_ROWS))
        lines.append(t("region.legend", lang))
    else:
        lines.append(t("region.no_actors", lang))
    lines += ["", t("region.clusters_title", lang), "  " + t("region.clusters_intro", lang)]
    for i, c in enumerate(an.clusters[:MAX_CLUSTERS], 1):
        first, *rest = cluster_lines(an, c, lang)
        lines.append(f"  {i}. {first}")
        lines += [f"     {x}" for x in rest]
    if len(an.clusters) > MAX_CLUSTERS:
        lines.append("  " + t("region.more_clusters", lang, n=len(an.clusters) - MAX_CLUSTERS))
    if an.hubs:
        lines.append("  " + t("region.hubs", lang, limit=an.hub_limit, names=_names(an, an.hubs, MAX_NAMED, lang)))
    lines += ["", t("region.brokers_title", lang)]
    lines += [f"  - {broker_text(an, b, lang)}" for b in an.brokers] or ["  " + t("region.no_brokers", lang)]
    lines += ["", t("region.bodies_title", lang)]
    lines += [f"  - {body_text(an, b, lang)}" for b in an.interlocks[:MAX_CLUSTERS]] or [
        "  " + t("region.no_bodies", lang)
    ]
    lines += ["", t("region.regie_title", lang)]
    lines += [f"  - {x}" for x in arrangement_lines(an, lang)]
    lines += ["", t("region.findings_title", lang)]
    for f in an.findings:
        lines.append(f"  {f.rule} {t(f'severity.{f.severity}', lang):<9} {finding_text(f, lang)}")
    if not an.findings:
        lines.append("  " + t("check.region_none", lang))
    lines += ["", t("region.hint", lang)]
    return "\n".join(lines)


def region_markdown(an: RegionAnalysis, lang: str) -> str:
    region = an.region
    parts = [f"# {t('region.title', lang, n=len(region.municipalities))}", "", headline(an, lang), ""]
    if region.dataset.bundled:
        parts += [f"*{t('report.bundled', lang)}*", ""]
    parts += [f"## {t('region.actors_title', lang)}", ""]
    if an.regional_actors:
        parts.append(markdown_table(_actor_header(lang), _actor_rows(an, lang)))
        if len(an.regional_actors) > MAX_ROWS:
            parts += ["", t("region.more_rows", lang, n=len(an.regional_actors) - MAX_ROWS)]
        parts += ["", t("region.legend", lang)]
    else:
        parts.append(t("region.no_actors", lang))
    parts += ["", f"## {t('region.clusters_title', lang)}", "", t("region.clusters_intro", lang), ""]
    for i, c in enumerate(an.clusters[:MAX_CLUSTERS], 1):
        first, *rest = cluster_lines(an, c, lang)
        parts.append(f"{i}. {first}" + "".join(f"  \n   {x}" for x in rest))
    if len(an.clusters) > MAX_CLUSTERS:
        parts += ["", t("region.more_clusters", lang, n=len(an.clusters) - MAX_CLUSTERS)]
    if an.hubs:
        parts += ["", t("region.hubs", lang, limit=an.hub_limit, names=_names(an, an.hubs, MAX_NAMED, lang))]
    parts += ["", f"## {t('region.brokers_title', lang)}", ""]
    parts += [f"- {broker_text(an, b, lang)}" for b in an.brokers] or [t("region.no_brokers", lang)]
    parts += ["", f"## {t('region.bodies_title', lang)}", ""]
    parts += [f"- {body_text(an, b, lang)}" for b in an.interlocks[:MAX_CLUSTERS]] or [t("region.no_bodies", lang)]
    parts += ["", f"## {t('region.regie_title', lang)}", ""]
    parts += [f"- {x}" for x in arrangement_lines(an, lang)]
    parts += ["", f"## {t('region.findings_title', lang)}", ""]
    if an.findings:
        parts.append(
            markdown_table(
                [t("col.rule", lang), t("col.severity", lang), t("col.message", lang)],
                [[f.rule, t(f"severity.{f.severity}", lang), finding_text(f, lang)] for f in an.findings],
            )
        )
    else:
        parts.append(t("check.region_none", lang))
    return "\n".join(parts) + "\n"


def region_csv(an: RegionAnalysis) -> str:
    """One row per regional actor, lowest coverage first."""
    rows = [
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
    ]
    return csv_text(CSV_HEADER, rows)


def region_csv_text(an: RegionAnalysis, lang: str) -> str:
    return region_csv(an)


def region_json_text(an: RegionAnalysis, lang: str) -> str:
    return dumps_at(an.to_dict(lang), 0)


def render_region(an: RegionAnalysis, fmt: str, lang: str) -> str:
    """``region``'s output as a string (what :func:`~regienet.render.emit.emit` writes, without the last newline)."""
    return emit_text(an, fmt, lang)
