"""The region as regisseur: regional actors' coverage, clusters for joint regie, brokers, RG findings.

:func:`analyse` answers, for the regional platform (in the founding case RESOC
Zuid-West-Vlaanderen with Sinergiek), what no single municipality can see:

regional actors
    every enterprise or support organisation with ``scope=regional`` or
    working in two or more municipalities: where it works, which
    municipalities' governments have a tie with it (any layer, forum
    co-membership included — the "tie" of SA04), per layer, and its
    *coverage* = tied / working in. ``missing`` are the municipalities it works
    in without a tie: SA04 seen from the actor's side (C3).
clusters for joint regie
    the government × actor two-mode network projected on municipalities: two
    municipalities are linked by every actor both are tied to, with weight
    1/(k−1) for an actor tied to k municipalities (Newman 2001: an actor tied
    to everybody says little about who belongs together), plus the same for
    every governing body in which both hold a seat. Actors (and bodies) tied
    to more than ``hub_limit`` municipalities are left out of the projection:
    they add a near-uniform weight to k²/2 pairs, which costs quadratic time
    and tells no cluster from another (they still count everywhere else).
    Communities: Louvain (``networkx.community.louvain_communities``, seed 42)
    on nodes and edges added in sorted order, so the result is deterministic.
    A municipality tied to nobody's actors is a cluster of its own. *Binding
    actors* of a cluster are tied to more than half of its municipalities
    (and to two or more); a cluster's *gaps* are the members a binding actor
    works in without a tie — what a joint approach would close.
brokers
    betweenness centrality on the bipartite municipality–actor graph
    (municipalities and every actor tied to two or more of them): who lies
    on the paths between otherwise separate municipalities. Exact up to
    :data:`EXACT_BETWEENNESS_UP_TO` nodes, above that estimated from
    :data:`BETWEENNESS_PIVOTS` seeded pivots.
interlocks
    governing bodies (``seat`` with the same ``body``) in which governments
    of two or more municipalities sit (:func:`regienet.rules.region.shared_bodies`).
regie arrangements
    who carries each municipality's regie (issue 24): the associations it mandated and for which
    components, its own regie work, or nothing at all (:func:`regie_arrangements`).
findings
    the region rules RG01–RG04 (:mod:`regienet.rules.region`).

Everything is plain data; :mod:`regienet.render.views.region` writes it.

References
----------
.. [1] Newman, M. E. J. (2001). Scientific collaboration networks. II.
   Shortest paths, weighted networks, and centrality. *Physical Review E*,
   64, 016132 (the 1/(k−1) projection weight).
.. [2] Blondel, V. D., et al. (2008). Fast unfolding of communities in large
   networks. *J. Stat. Mech.*, P10008 (Louvain).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from regienet.config import Config
from regienet.metrics import regional_coverage, shared_bodies
from regienet.outputs import envelope
from regienet.rules import Finding, Outcome, check_region
from regienet.schema import ACTOR_NODE_KINDS, LAYERS

__all__ = [
    "BETWEENNESS_PIVOTS",
    "EXACT_BETWEENNESS_UP_TO",
    "HUB_LIMIT",
    "MAX_BROKERS",
    "SEED",
    "Body",
    "Broker",
    "Cluster",
    "Gap",
    "RegieArrangement",
    "RegionAnalysis",
    "RegionalActor",
    "analyse",
    "brokers",
    "clusters",
    "projection",
    "regie_arrangements",
    "regional_actors",
]

#: Actors and bodies tied to more municipalities than this are left out of the cluster projection.
HUB_LIMIT = 50
#: Exact betweenness up to this many nodes in the municipality–actor graph; above, an estimate.
EXACT_BETWEENNESS_UP_TO = 400
#: Pivots (sources) of the betweenness estimate above :data:`EXACT_BETWEENNESS_UP_TO` nodes.
BETWEENNESS_PIVOTS = 64
#: Brokers listed.
MAX_BROKERS = 10
SEED = 42


@dataclass(frozen=True)
class RegionalActor:
    """One regional actor's reach: see the module docstring."""

    id: str
    name: str
    kind: str
    works_in: int
    tied_municipalities: int
    coverage: float | None
    missing: list[str]
    #: layer → number of municipalities it works in with a tie of that layer
    layers: dict[str, int]
    #: municipalities tied to it where it is not recorded as working
    tied_elsewhere: int = 0
    #: of ``missing``, those that reach it through a regional body they sit in (Sinergiek's partners)
    reached_through_bodies: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "works_in": self.works_in,
            "tied_municipalities": self.tied_municipalities,
            "coverage": None if self.coverage is None else round(self.coverage, 4),
            "missing": list(self.missing),
            "kind": self.kind,
            "layers": dict(self.layers),
            "tied_elsewhere": self.tied_elsewhere,
            "reached_through_bodies": self.reached_through_bodies,
        }


@dataclass(frozen=True)
class Gap:
    """A binding actor of a cluster that some members (where it works) have no tie with."""

    actor: str
    missing: list[str]


@dataclass(frozen=True)
class Cluster:
    """Municipalities that work with the same actors and sit in the same bodies."""

    municipalities: list[str]
    binding_actors: list[str]
    gaps: list[Gap] = field(default_factory=list)
    #: how many members each binding actor is tied to, in ``binding_actors`` order
    binding_ties: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "municipalities": list(self.municipalities),
            "binding_actors": list(self.binding_actors),
            "binding_ties": list(self.binding_ties),
            "gaps": [{"actor": g.actor, "missing": list(g.missing)} for g in self.gaps],
        }


@dataclass(frozen=True)
class Body:
    """A governing body where governments of several municipalities sit (an interlock)."""

    actor: str
    body: str | None
    governments: int
    municipalities: list[str]

    def to_dict(self, region) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "name": region.name[self.actor],
            "body": self.body,
            "governments": self.governments,
            "municipalities": list(self.municipalities),
        }


@dataclass(frozen=True)
class Broker:
    """A node on the paths between otherwise separate municipalities.

    ``kind`` is ``actor`` or ``municipality``; ``municipalities`` is how many
    municipalities an actor links (is tied to), or for a municipality how
    many actors it shares with other municipalities; ``bodies`` the bodies of
    an actor in which governments of several municipalities meet.
    """

    id: str
    name: str
    kind: str
    score: float
    municipalities: int
    bodies: list[Body] = field(default_factory=list)

    def to_dict(self, region) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "score": round(self.score, 4),
            "kind": self.kind,
            "municipalities": self.municipalities,
            "bodies": [b.to_dict(region) for b in self.bodies],
        }


#: Relations in which a government does regie work itself (its own regie arrangement, issue 24).
_OWN_REGIE_KINDS = ("consulted", "informs", "convenes", "accounts_to", "reports_to")


@dataclass(frozen=True)
class RegieArrangement:
    """Who carries the regie of one municipality (issue 24): the associations it mandated (with the components
    of each mandate), whether its own governments do regie work (consult, inform, convene, account, receive
    reports, or a WSE-LR action in their plan), and the WSE-LR codes of its own plan."""

    municipality: str
    #: ``(association, components)`` per mandate, in file order
    mandates: list[tuple[str, list[str]]]
    own_regie: bool
    plan_codes: list[str] = field(default_factory=list)

    @property
    def kind(self) -> str:
        """``mandate_and_own``, ``mandate``, ``own`` or ``none`` (no regie arrangement at all)."""
        if self.mandates:
            return "mandate_and_own" if self.own_regie else "mandate"
        return "own" if self.own_regie else "none"

    def to_dict(self) -> dict[str, Any]:
        return {
            "municipality": self.municipality,
            "arrangement": self.kind,
            "mandates": [{"association": a, "scope": list(c)} for a, c in self.mandates],
            "own_regie": self.own_regie,
            "plan_codes": list(self.plan_codes),
        }


def regie_arrangements(region) -> list[RegieArrangement]:
    """Every municipality's :class:`RegieArrangement`, in region order."""
    from regienet.schema import COMPONENTS, REGIE_PLAN_CODES

    out = []
    for m in region.municipalities:
        govs = region.governments(m)
        own = False
        for g in govs:
            for rid in region.relations_of(g, _OWN_REGIE_KINDS):
                source, target, kind = region.relation(rid)
                other = source if kind == "reports_to" else target
                if (target == g) == (kind == "reports_to") and region.kind.get(other) in (*ACTOR_NODE_KINDS, "forum"):
                    own = True
                    break
            if own:
                break
        codes = sorted(
            {str(a["code"]) for g in govs for a in region.plan_actions(g) if a.get("code") in REGIE_PLAN_CODES}
        )
        own = own or bool(codes)
        mandates = [(x.association, [c for c in COMPONENTS if c in x.scope]) for x in region.mandates(m)]
        out.append(RegieArrangement(m, mandates, own, codes))
    return out


@dataclass
class RegionAnalysis:
    """What :func:`analyse` found; :meth:`to_dict` is the ``region --format json`` shape (version 1).

    Attributes
    ----------
    region : Region
        The region.
    regional_actors : list of RegionalActor
        Every regional actor's reach, lowest coverage first.
    clusters : list of Cluster
        Municipalities that work with the same actors and sit in the same bodies (Louvain), with
        their binding actors and gaps.
    brokers : list of Broker
        The nodes on the paths between otherwise separate municipalities (empty without
        ``with_brokers``).
    interlocks : list of Body
        Governing bodies where governments of several municipalities sit (F8).
    findings : list of Finding
        The region rules' findings (RG).
    outcomes : dict of str to Outcome
        The region rules' outcomes, by code.
    hubs : list of str
        Actors left out of the cluster projection (tied to more than ``hub_limit`` municipalities).
    hub_limit : int
        The limit used.
    betweenness : str
        ``exact`` or ``estimated from N pivots``.
    arrangements : list of RegieArrangement
        Who carries each municipality's regie (issue 24): mandates to associations, own regie, or none.
    """

    region: Any
    regional_actors: list[RegionalActor]
    clusters: list[Cluster]
    brokers: list[Broker]
    interlocks: list[Body]
    findings: list[Finding]
    outcomes: dict[str, Outcome]
    #: actors left out of the cluster projection (tied to more than ``hub_limit`` municipalities)
    hubs: list[str] = field(default_factory=list)
    hub_limit: int = HUB_LIMIT
    #: ``exact`` or ``estimated from N pivots``
    betweenness: str = "exact"
    #: who carries each municipality's regie (issue 24): mandates to associations, own regie, or none
    arrangements: list[RegieArrangement] = field(default_factory=list)

    @property
    def without_regie(self) -> list[str]:
        """Municipalities with no regie arrangement at all: no mandate and no regie work of their own."""
        return [a.municipality for a in self.arrangements if a.kind == "none"]

    def cluster_of(self, m: str) -> int:
        """Index of the cluster holding municipality *m*."""
        return next(i for i, c in enumerate(self.clusters) if m in c.municipalities)

    def lowest_coverage(self, n: int = 3, min_works_in: int = 3) -> list[RegionalActor]:
        """The *n* regional actors working in at least *min_works_in* municipalities with the lowest coverage."""
        judged = [a for a in self.regional_actors if a.works_in >= min_works_in and a.coverage is not None]
        return judged[:n]

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        region = self.region
        return envelope(
            data=region.dataset.source,
            year=region.year,
            municipalities=len(region.municipalities),
            regional_actors=[a.to_dict() for a in self.regional_actors],
            clusters=[c.to_dict() for c in self.clusters],
            brokers=[b.to_dict(region) for b in self.brokers],
            interlocks=[b.to_dict(region) for b in self.interlocks],
            findings=[f.to_dict(lang) for f in self.findings],
            rules={code: o.status for code, o in self.outcomes.items()},
            regie_arrangements=[a.to_dict() for a in self.arrangements],
            without_regie=self.without_regie,
            method={
                "hub_limit": self.hub_limit,
                "hubs": list(self.hubs),
                "betweenness": self.betweenness,
                "seed": SEED,
            },
        )


def regional_actors(region) -> list[RegionalActor]:
    """Every regional actor, lowest coverage first (then most municipalities, then id)."""
    out = []
    for c in regional_coverage(region):
        layers = {layer: len(c.layers[layer] & c.works_in) for layer in LAYERS}
        out.append(
            RegionalActor(
                c.actor,
                region.name[c.actor],
                region.kind[c.actor],
                len(c.works_in),
                len(c.covered),
                c.coverage,
                c.missing,
                layers,
                len(c.tied - c.works_in),
                len(c.reached),
            )
        )
    out.sort(key=lambda a: (2.0 if a.coverage is None else a.coverage, -a.works_in, a.id))
    return out


def _actors_by_municipality_count(region) -> list[tuple[str, list[str]]]:
    """``(actor, sorted tied municipalities)`` for every actor tied to two or more, by actor id."""
    out = []
    for a in sorted(region.tied_municipalities):
        if region.kind.get(a) not in ACTOR_NODE_KINDS:
            continue
        tied = sorted(region.municipalities_tied_to(a))
        if len(tied) >= 2:
            out.append((a, tied))
    return out


def projection(region, hub_limit: int = HUB_LIMIT) -> tuple[nx.Graph, list[str]]:
    """The municipality projection of the government × actor network, and the hubs left out of it.

    Weight of municipalities u, v: Σ 1/(k−1) over the actors tied to both (k
    = municipalities the actor is tied to) and over the governing bodies both
    sit in (k = municipalities sitting in it). Actors and bodies with k >
    *hub_limit* are left out (module docstring). Nodes are every
    municipality, in region order; edges are added sorted.
    """
    weights: dict[tuple[str, str], float] = defaultdict(float)
    hubs = []

    def add(members: list[str]) -> None:
        w = 1.0 / (len(members) - 1)
        for i, u in enumerate(members):
            for v in members[i + 1 :]:
                weights[(u, v)] += w

    for a, tied in _actors_by_municipality_count(region):
        if len(tied) > hub_limit:
            hubs.append(a)
        else:
            add(tied)
    for b in shared_bodies(region):
        if len(b.municipalities) <= hub_limit:
            add(sorted(b.municipalities))
    G = nx.Graph()
    G.add_nodes_from(region.municipalities)
    G.add_weighted_edges_from((u, v, weights[(u, v)]) for u, v in sorted(weights))
    return G, hubs


def clusters(region, hub_limit: int = HUB_LIMIT) -> tuple[list[Cluster], list[str]]:
    """Louvain communities of :func:`projection` with their binding actors and gaps; and the hubs.

    Clusters: largest first, then by first municipality id; members sorted by id.
    """
    G, hubs = projection(region, hub_limit)
    if G.number_of_edges():
        groups = nx.community.louvain_communities(G, weight="weight", seed=SEED)
    else:
        groups = [{m} for m in G]
    ordered = sorted((sorted(g) for g in groups), key=lambda g: (-len(g), g[0]))
    out = []
    for members in ordered:
        counts: Counter = Counter()
        for m in members:
            counts.update(region.tied_actors(m))
        size = len(members)
        binding = sorted((a for a, n in counts.items() if n >= 2 and n * 2 > size), key=lambda a: (-counts[a], a))
        gaps = []
        for a in binding:
            where = region.operates.get(a, frozenset())
            tied = region.municipalities_tied_to(a)
            missing = [m for m in members if m in where and m not in tied]
            if missing:
                gaps.append(Gap(a, missing))
        out.append(Cluster(members, binding, gaps, [counts[a] for a in binding]))
    return out, hubs


def brokers(region, n: int = MAX_BROKERS) -> tuple[list[Broker], str]:
    """The *n* nodes with the highest betweenness on the municipality–actor graph (score > 0), and the method."""
    B = nx.Graph()
    B.add_nodes_from(region.municipalities)
    shared: Counter = Counter()
    linked: dict[str, int] = {}
    for a, tied in _actors_by_municipality_count(region):
        linked[a] = len(tied)
        B.add_edges_from((a, m) for m in tied)
        shared.update(tied)
    if B.number_of_nodes() <= EXACT_BETWEENNESS_UP_TO:
        scores, method = nx.betweenness_centrality(B), "exact"
    else:
        k = BETWEENNESS_PIVOTS
        scores, method = nx.betweenness_centrality(B, k=k, seed=SEED), f"estimated from {k} pivots"
    bodies: dict[str, list[Body]] = defaultdict(list)
    for b in shared_bodies(region):
        bodies[b.actor].append(Body(b.actor, b.body, len(b.governments), sorted(b.municipalities)))
    top = sorted((x for x in scores if scores[x] > 0), key=lambda x: (-round(scores[x], 12), x))[:n]
    out = []
    for x in top:
        if x in linked:
            out.append(Broker(x, region.name[x], "actor", scores[x], linked[x], bodies.get(x, [])))
        else:
            out.append(Broker(x, region.name[x], "municipality", scores[x], shared[x]))
    return out, method


def analyse(
    region,
    config: Config | None = None,
    *,
    hub_limit: int = HUB_LIMIT,
    with_brokers: bool = True,
) -> RegionAnalysis:
    """The region as regisseur: regional actors, clusters, brokers, interlocks and the RG findings.

    Parameters
    ----------
    region : Region
        The modelled region (:class:`regienet.model.Region`).
    config : Config, optional
        Thresholds of the RG rules (and ``select``/``ignore`` for which of
        them run); defaults when omitted.
    hub_limit : int
        Actors and bodies tied to more municipalities than this are left out
        of the cluster projection (module docstring).
    with_brokers : bool
        Compute the brokers (betweenness, the costliest part); ``report``'s
        regional summary does without.

    Returns
    -------
    RegionAnalysis
        Plain data; :meth:`RegionAnalysis.to_dict` is the JSON shape.

    See Also
    --------
    regienet.metrics.regional_coverage : The coverage each regional actor's finding reads.
    regienet.rules.check_region : The RG rules alone.

    Notes
    -----
    The study's third conclusion (C3) is that the link with the regional actors is lost; F8 names
    the few enterprises that were regional from the start, with several governments in their
    bodies. Both show here: the regional actors tied to too few of the municipalities they work in
    (RG01), and the interlocks.

    Examples
    --------
    >>> from regienet import Region, load_dataset
    >>> found = analyse(Region(load_dataset()))
    >>> [(b.actor, b.governments) for b in found.interlocks[:2]]
    [('sinergiek', 13), ('energiesnoeiers', 5)]
    """
    from regienet.rules import REGISTRY, select_codes

    config = config or Config()
    codes = [c for c in select_codes(config.select, config.ignore) if REGISTRY[c].scope == "region"]
    outcomes = check_region(region, config, codes)
    found = [f for o in outcomes.values() for f in o.findings]
    groups, hubs = clusters(region, hub_limit)
    top, method = brokers(region) if with_brokers else ([], "not computed")
    interlocks = [Body(b.actor, b.body, len(b.governments), sorted(b.municipalities)) for b in shared_bodies(region)]
    return RegionAnalysis(
        region,
        regional_actors(region),
        groups,
        top,
        interlocks,
        found,
        outcomes,
        hubs,
        hub_limit,
        method,
        regie_arrangements(region),
    )
