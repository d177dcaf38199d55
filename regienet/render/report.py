"""The sentences of ``regienet report``: a region summary that speaks like the report, and a municipality's
network, governance and answers explained, in one language at a time.

:func:`regienet.analysis.report.build_report` computes (rules, levels, connectivity) once; the view
(:mod:`regienet.render.views.report`) lays these sentences out in any format.
"""

from __future__ import annotations

from typing import Any

from regienet.analysis.report import BROKER_ROLES, Report
from regienet.i18n import fmt_number, fmt_percent, t
from regienet.rules import COMPONENTS, LEVEL_COMPONENTS, REGISTRY

__all__ = [
    "answers",
    "confirmation_json",
    "governance_items",
    "numbers_explained",
    "region_summary",
    "regional_json",
    "regional_summary",
]


def region_summary(rep: Report, lang: str) -> list[tuple[str, list[str]]]:
    """Per component: a headline with the level distribution and one sentence per rule that fired."""
    res = rep.results
    out = []
    for comp in COMPONENTS:
        if comp == "RG":  # the region as a whole: regional_summary
            continue
        if comp in LEVEL_COMPONENTS:
            dist = {lv: sum(res.levels[m][comp] == lv for m in res.levels) for lv in (3, 2, 1, 0)}
            na = sum(not res.level_details[m][comp].applicable for m in res.levels)
            unknown = sum(res.levels[m][comp] is None for m in res.levels) - na
            head = t(
                "report.component_levels",
                lang,
                component=_cap(t(f"component.{comp}", lang)),
                code=comp,
                established=dist[3],
                partial=dist[2],
                weak=dist[1],
                absent=dist[0],
                total=len(res.levels),
            )
            if unknown:
                head += " " + t("report.levels_unknown", lang, n=unknown)
            if na:
                head += " " + t("report.levels_na", lang, n=na)
        else:
            head = f"{_cap(t(f'component.{comp}', lang))} ({comp})"
        lines = []
        codes = [c for c in res.codes if REGISTRY[c].component == comp]
        for code in sorted(codes, key=lambda c: (-len(res.fired_in(c)), c)):
            fired, unknown_in = res.fired_in(code), res.unknown_in(code)
            if fired:
                line = t(
                    "report.in_n_of",
                    lang,
                    n=len(fired),
                    total=len(res.levels),
                    what=REGISTRY[code].message_in("summary", lang),
                    code=code,
                )
                if unknown_in:
                    line += " " + t("report.unknown_in", lang, n=len(unknown_in))
                lines.append(line)
            elif unknown_in:
                lines.append(
                    t("report.only_unknown", lang, code=code, n=len(unknown_in), title=REGISTRY[code].title_in(lang))
                )
        out.append((head, lines))
    return out


def regional_summary(rep: Report, lang: str) -> list[str]:
    """The region as a whole in a few sentences: regional actors, lowest coverage, clusters, RG findings."""
    an = rep.regional
    if an is None:
        return []
    lowest = ", ".join(f"{a.name} {_pct(a.coverage, lang=lang)}" for a in an.lowest_coverage(3)) or "—"
    lines = [t("report.regional_actors", lang, n=len(an.regional_actors), lowest=lowest)]
    if an.clusters:
        lines.append(
            t("report.regional_clusters", lang, n=len(an.clusters), largest=len(an.clusters[0].municipalities))
        )
    fired = [code for code in rep.results.codes if rep.results.region_status(code) == "fired"]
    for code in fired:
        n = len(rep.results.region_outcomes[code].findings)
        lines.append(
            t("report.regional_rule", lang, what=_cap(REGISTRY[code].message_in("summary", lang)), code=code, n=n)
        )
    if not fired:
        lines.append(t("report.regional_none", lang))
    return lines


def regional_json(rep: Report, lang: str) -> dict[str, Any] | None:
    an = rep.regional
    if an is None:
        return None
    return {
        "regional_actors": len(an.regional_actors),
        "lowest_coverage": [
            {
                "id": a.id,
                "name": a.name,
                "works_in": a.works_in,
                "tied_municipalities": a.tied_municipalities,
                "coverage": None if a.coverage is None else round(a.coverage, 4),
            }
            for a in an.lowest_coverage(3)
        ],
        "clusters": len(an.clusters),
        "rules": {
            code: rep.results.region_status(code) for code in rep.results.codes if code in rep.results.region_outcomes
        },
        "findings": [f.to_dict(lang) for f in rep.results.findings_for(None)],
    }


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _pct(x: float | None, lang: str = "en") -> str:
    return "?" if x is None else fmt_percent(x, lang)


def _num(x: float | None, digits: int = 2, lang: str = "en") -> str:
    return "?" if x is None else fmt_number(x, lang, digits)


def numbers_explained(rep: Report, m: str, lang: str) -> list[tuple[str, str]]:
    """The network of *m* in plain sentences, each with what it means (which ties it counts, what high or low means)."""
    c = rep.connectivity[m]
    b = c["brokerage"]
    roles = ", ".join(t(f"report.role_count.{r}", lang, n=b[r]) for r in BROKER_ROLES if b[r])
    return [
        (
            t(
                "report.actors",
                lang,
                actors=c["actors"],
                own=c["own_actors"],
                local=c["other_local_actors"],
                regional=c["regional_actors"],
                tied=c["tied_actors"],
                blind=c["blind_spots"],
            ),
            t("report.means.actors", lang),
        ),
        (
            t(
                "report.ties",
                lang,
                ties=c["ties"],
                rows=c["ties"] - c["ties_forum"],
                forum=c["ties_forum"],
                governance=c["ties_governance"],
                economic=c["ties_economic"],
                policy=c["ties_policy"],
                cooperation=c["ties_cooperation"],
            ),
            t("report.means.ties", lang),
        ),
        (
            t(
                "report.own_share",
                lang,
                own=c["own_pairs"],
                pairs=c["attention_pairs"],
                ties=_pct(c["own_tie_share"], lang=lang),
                funding=t("report.funding_unknown", lang)
                if c["own_funding_share"] is None
                else t("report.funding_share", lang, share=_pct(c["own_funding_share"], lang=lang)),
            ),
            t("report.means.own_share", lang),
        ),
        (
            t(
                "report.components",
                lang,
                actors=c["actors"],
                without=c["components_actors"],
                with_=c["components_with_governments"],
                d0=_num(c["density_actors"], lang=lang),
                d1=_num(c["density_with_governments"], lang=lang),
            )
            + density_drop(rep, m, lang),
            t("report.means.components", lang),
        ),
        (
            t(
                "report.position",
                lang,
                constraint=_num(c["constraint"], lang=lang),
                size=_num(c["effective_size"], 1, lang=lang),
            ),
            t("report.means.position", lang),
        ),
        (
            t("report.brokerage", lang, brokerage=sum(b.values()), roles=f": {roles}" if roles else ""),
            t("report.means.brokerage", lang),
        ),
        (
            t("report.reach", lang, reach=_pct(c["regional_reach"], lang=lang), regional=c["regional_actors"]),
            t("report.means.reach", lang),
        ),
        *(
            (line, t("report.means.confirmed", lang) if i == 0 else "")
            for i, line in enumerate(confirmation_lines(rep, m, lang))
        ),  # survey data only
    ]


def density_drop(rep: Report, m: str, lang: str) -> str:
    """Why the density falls when the governments are added (it moves against intuition): ``""`` when it does not.

    Density is ties over possible pairs; two governments with a tie or two add many more pairs than ties.
    The counts are those of the two graphs the densities are computed on (:func:`regienet.metrics.connectivity`).
    """
    c = rep.connectivity[m]
    d0, d1 = c["density_actors"], c["density_with_governments"]
    if d0 is None or d1 is None or _num(d1, lang=lang) == _num(d0, lang=lang) or d1 > d0:
        return ""  # as printed: 0,31 → 0,31 does not drop
    bare = rep.region.municipal_graph(m, with_governments=False)
    full = rep.region.municipal_graph(m, with_governments=True, couplings=bare)
    n0, n1 = bare.number_of_nodes(), full.number_of_nodes()
    return " " + t(
        "report.density_drops",
        lang,
        d0=_num(d0, lang=lang),
        d1=_num(d1, lang=lang),
        pairs=n1 * (n1 - 1) // 2 - n0 * (n0 - 1) // 2,
        links=full.number_of_edges() - bare.number_of_edges(),
    )


def confirmation_json(rep: Report, m: str) -> dict[str, Any] | None:
    conf = rep.confirmation_of(m)
    if conf is None:
        return None
    return {
        **conf,
        "share": round(conf["share"], 4),
        "one_sided": [{"source": s, "target": t_, "kind": k, "reported_by": by} for s, t_, k, by in conf["one_sided"]],
    }


def confirmation_lines(rep: Report, m: str, lang: str, show: int = 3) -> list[str]:
    """Where survey answers exist: how many ties both sides confirmed, and which only one side reported."""
    conf = rep.confirmation_of(m)
    if conf is None:
        return []
    name = rep.region.name
    lines = [
        t(
            "report.confirmed",
            lang,
            confirmed=conf["confirmed"],
            surveyed=conf["surveyed"],
            share=_pct(conf["share"], lang=lang),
        )
    ]
    for s, tgt, k, by in conf["one_sided"][:show]:
        lines.append(
            t(
                "report.one_sided",
                lang,
                source=name.get(s, s),
                target=name.get(tgt, tgt),
                kind=t(f"relation.{k}", lang),
                by=", ".join(name.get(b, b) for b in by),
            )
        )
    if len(conf["one_sided"]) > show:
        lines.append(t("report.one_sided_more", lang, n=len(conf["one_sided"]) - show))
    return lines


def _note_params(rep: Report, key: str, params: dict[str, Any], lang: str = "en") -> dict[str, Any]:
    """Evidence put in words: ids → names, shares → percentages, densities → two decimals."""
    out = {}
    shares = ("cut", "c", "high", "moderate") if "consensus" in key else ("cut", "c")
    for k, v in params.items():
        if k == "hub":
            out[k] = rep.region.name.get(v, v)
        elif k in shares:
            out[k] = _pct(v, lang=lang)
        elif k in ("d", "high", "moderate") and isinstance(v, float):
            out[k] = _num(v, lang=lang)
        else:
            out[k] = v
    return out


def networks_differ(rep: Report, m: str, lang: str) -> list[str]:
    """One sentence where the two networks of the report seem to contradict each other, else nothing.

    "The network in numbers" counts groups over every coupling, the region's own too; the governance mode is
    computed on the local network (the governments' ties and only the couplings that are this municipality's
    work). When the first finds the actors together without the governments while the second finds most actor
    pairs losing each other without them (Zwevegem: 1 group, 90 %), the reader is told why both hold."""
    c, ev = rep.connectivity[m], rep.governance[m].evidence
    cut = ev.get("cut_government")
    if cut is None or cut < 0.5 or c["components_actors"] != c["components_with_governments"]:
        return []
    return [
        t(
            "report.networks_differ",
            lang,
            groups=c["components_actors"],
            actors=c["actors"],
            d0=_num(c["density_actors"], lang=lang),
            d=_num(ev["actor_density"], lang=lang),
        )
    ]


def governance_items(rep: Report, m: str, lang: str) -> list[str | list[str]]:
    """The Governance section of ``report -m``: mode, why, evidence, fit (Provan & Kenis), policy brokers (their
    heading line, then one line per broker)."""
    g = rep.governance[m]
    ev, region = g.evidence, rep.region
    settings = rep.settings
    lines: list[str | list[str]] = [
        t(
            "governance.mode_line",
            lang,
            name=t(f"governance.name.{g.mode}", lang),
            about=t(f"governance.about.{g.mode}", lang),
        )
    ]
    hub = region.name.get(ev["hub"], ev["hub"]) if ev["hub"] else "?"
    why = {
        "none_few": {"n": ev["participants"], "min": settings["min_participants"]},
        "none_dyadic": {},
        "split": {"hub": hub, "cut": _pct(ev["hub_cut"], lang=lang), "split": _pct(settings["split_min"], lang=lang)},
        "central": {
            "hub": hub,
            "c": _num(ev["betweenness_centralisation"], lang=lang),
            "min": _num(settings["centralisation_min"], lang=lang),
        },
        "shared": {"d": _num(ev["actor_density"], lang=lang), "min": _num(settings["shared_density_min"], lang=lang)},
        "none_loose": {
            "d": _num(ev["actor_density"], lang=lang),
            "min": _num(settings["shared_density_min"], lang=lang),
        },
    }[g.step]
    lines.append(t(f"governance.step.{g.step}", lang, **why))
    if g.step not in ("none_few", "none_dyadic"):
        nao = f"{region.name.get(ev['nao'], ev['nao'])} {_pct(ev['cut_nao'], lang=lang)}" if ev["nao"] else "–"
        lines.append(
            t(
                "governance.evidence",
                lang,
                gov=_pct(ev["cut_government"], lang=lang) if ev["cut_government"] is not None else "–",
                own=_pct(ev["cut_own_actor"], lang=lang) if ev["cut_own_actor"] is not None else "–",
                nao=nao,
                dc=_num(ev["degree_centralisation"], lang=lang),
                bc=_num(ev["betweenness_centralisation"], lang=lang),
                participants=t(
                    "governance.participants",
                    lang,
                    n=ev["participants"],
                    isolated=ev["isolated_actors"],
                    actors=rep.connectivity[m]["actors"],
                ),
                d=_num(ev["actor_density"], lang=lang),
            )
        )
        lines += networks_differ(rep, m, lang)
    fits = [t(k, lang, **_note_params(rep, k, p, lang)) for k, p in g.notes if k.startswith("governance.fit.")]
    lines += [t(k, lang, **_note_params(rep, k, p, lang)) for k, p in g.notes if not k.startswith("governance.fit.")]
    if fits:
        lines.append(t("governance.context", lang) + " " + "; ".join(f.rstrip(".") for f in fits) + ".")
    brokers = broker_lines(rep, m, lang)
    lines.append(brokers if len(brokers) > 1 else brokers[0])
    return lines


def broker_lines(rep: Report, m: str, lang: str) -> list[str]:
    """The top broker per role on the directed policy layer, with what a high count means for regie."""
    top = rep.brokerage_policy[m]["top"]
    found = [(r, top[r]) for r in BROKER_ROLES if top[r]]
    if not found:
        return [t("governance.brokers_none", lang)]
    lines = [t("governance.brokers", lang)]
    for role, who in found:
        lines.append(
            t(
                "governance.broker",
                lang,
                role=_cap(t(f"role.{role}", lang)),
                name=rep.region.name.get(who["node"], who["node"]),
                n=who["count"],
                meaning=t(f"brokerage.meaning.{role}", lang),
            )
        )
    return lines


def answers(rep: Report, m: str, lang: str = "en", width: int = 160) -> tuple[str, str, list[str]] | None:
    """The survey's open answers about *m* (issue 25): a title, a note on the wave's method (``""`` for an
    interview), one line per answer (cut at *width*); ``None`` without answers."""
    found = rep.answers_of(m)
    if not found:
        return None
    method = (
        t(f"survey.method.{found['method']}", lang) if found["method"] in ("self", "interview") else found["method"]
    )
    note = "" if found["method"] == "interview" else t("survey.answers.method_note", lang, method=method)
    lines = []
    for a in found["answers"]:
        text = " ".join(a["answer"].split())
        text = text if len(text) <= width else text[: width - 1] + "…"
        lines.append(f"{a['item']} ({rep.region.name.get(a['respondent'], a['respondent'])}): {text}")
    return t("survey.answers.title", lang, n=len(found["answers"])), note, lines
