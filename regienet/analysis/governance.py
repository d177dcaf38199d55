"""Governance mode of a municipality's actor network (Provan & Kenis 2008), and directed policy brokerage.

Provan & Kenis distinguish three modes of network governance: **shared**
(participant-governed: the members coordinate among themselves), **lead
organisation** (one member is the hub that convenes and coordinates) and a
**network administrative organisation** (NAO: a separate entity, funded by the
members or by government, coordinates the network). For regie the lead
organisation comes in two kinds: the local government itself (municipality or
OCMW) or its *own actor*. A fifth outcome, **none**, says there is no network
(yet) to govern.

:func:`governance_mode` computes the mode of municipality *M* from *M*'s
one-mode network (the government's ties and the couplings that count for *M*,
:meth:`regienet.model.Region.local_couplings`), with the
municipality and its OCMW merged into one node (the local government), by an
ordered, documented decision procedure (:data:`DECISION_STEPS`); every
threshold is a declared :class:`~regienet.rules.base.Threshold` in
:data:`GOVERNANCE_SETTINGS`, overridable in the configuration under
``[governance]``. The result carries its evidence (plain numbers and ids) and
the contingency check Provan & Kenis propose (their Table 2: number of
participants, trust as density, goal consensus, need for network-level
competencies) as catalogue messages.

:func:`policy_brokerage` counts Gould–Fernandez brokerage roles on the
*directed* policy layer of *M* (informs, consulted, reports_to, accounts_to, in
the direction of the data), where representative and gatekeeper differ.

References
----------
.. [1] Provan, K. G., & Kenis, P. (2008). Modes of network governance:
   Structure, management, and effectiveness. *Journal of Public Administration
   Research and Theory*, 18(2), 229–252.
.. [2] Freeman, L. C. (1979). Centrality in social networks: Conceptual
   clarification. *Social Networks*, 1(3), 215–239.
.. [3] Gould, R. V., & Fernandez, R. M. (1989). Structures of mediation.
   *Sociological Methodology*, 19, 89–126.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, cast

import networkx as nx

from regienet.metrics import ROLES, _group, brokerage_roles, connectivity
from regienet.rules.base import Threshold

__all__ = [
    "DECISION_STEPS",
    "GOVERNANCE_SETTINGS",
    "GOVERNING_KINDS",
    "MODES",
    "NAO_KINDS",
    "POLICY_KINDS",
    "GovernanceMode",
    "centralisation",
    "governance_mode",
    "governed_actors",
    "mandated_governance",
    "network_profile",
    "pairs_cut",
    "policy_brokerage",
    "policy_graph",
    "resolve_settings",
]

MODES: tuple[str, ...] = ("shared", "lead_government", "lead_own_actor", "nao", "none")

#: Relation kinds of the policy layer, read in the direction the data gives them.
POLICY_KINDS: tuple[str, ...] = ("informs", "consulted", "reports_to", "accounts_to")
#: A support organisation with one of these ties from a government is funded or contracted by it (NAO candidate).
NAO_KINDS: tuple[str, ...] = ("funding", "agreement", "client")

GOVERNANCE_SETTINGS: tuple[Threshold, ...] = (
    Threshold(
        "min_participants",
        2,
        (
            "Below this many actors tied to the governments or coupled to another actor, there is no network to govern (mode none).",
            "Onder zoveel actoren met een band met de besturen of met een andere actor is er geen netwerk om te sturen (vorm geen).",
        ),
        minimum=2,
        integer=True,
    ),
    Threshold(
        "split_min",
        0.5,
        (
            "A hub holds the network together when at least this share of the actor pairs that can reach each other do so only through it.",
            "Een spil houdt het netwerk samen als minstens dit aandeel van de actorparen die elkaar bereiken, dat enkel via die spil doet.",
        ),
        minimum=0.0,
        maximum=1.0,
    ),
    Threshold(
        "centralisation_min",
        0.5,
        (
            "Freeman betweenness centralisation from which the network counts as centralised around its most central node.",
            "Centralisatie naar tussenpositie (Freeman) vanaf waar het netwerk gecentraliseerd heet rond zijn meest centrale knoop.",
        ),
        minimum=0.0,
        maximum=1.0,
    ),
    Threshold(
        "shared_density_min",
        0.2,
        (
            "Density among the actors (without the governments) from which a network without hub counts as shared governance.",
            "Dichtheid tussen de actoren (zonder de besturen) vanaf waar een netwerk zonder spil als gedeelde sturing telt.",
        ),
        minimum=0.0,
        maximum=1.0,
    ),
    Threshold(
        "size_few",
        8,
        (
            "Contingency: up to this many participants is a small network, where shared governance works (Provan & Kenis: 'few').",
            "Context: tot zoveel deelnemers is een klein netwerk, waar gedeelde sturing werkt (Provan & Kenis: 'weinig').",
        ),
        minimum=2,
        integer=True,
    ),
    Threshold(
        "size_many",
        20,
        (
            "Contingency: above this many participants a lead organisation is overloaded and an NAO fits (Provan & Kenis: 'many').",
            "Context: boven zoveel deelnemers raakt een leidende organisatie overbelast en past een NAO (Provan & Kenis: 'veel').",
        ),
        minimum=3,
        integer=True,
    ),
    Threshold(
        "trust_high",
        0.5,
        (
            "Contingency: density among the actors that stands for the high, widely shared trust shared governance needs.",
            "Context: dichtheid tussen de actoren die staat voor het hoge, breed gedeelde vertrouwen dat gedeelde sturing vraagt.",
        ),
        minimum=0.0,
        maximum=1.0,
    ),
    Threshold(
        "trust_moderate",
        0.2,
        (
            "Contingency: density among the actors that stands for the moderate trust an NAO needs to be monitored by its members.",
            "Context: dichtheid tussen de actoren die staat voor het matige vertrouwen dat een NAO nodig heeft om door de leden opgevolgd te worden.",
        ),
        minimum=0.0,
        maximum=1.0,
    ),
    Threshold(
        "consensus_high",
        0.5,
        (
            "Contingency: share of actor pairs with an activity or target group in common that stands for high goal consensus.",
            "Context: aandeel actorparen met een gemeenschappelijke activiteit of doelgroep dat staat voor een hoge doelconsensus.",
        ),
        minimum=0.0,
        maximum=1.0,
    ),
    Threshold(
        "consensus_moderate",
        0.25,
        (
            "Contingency: the same share for moderately high goal consensus (what an NAO needs).",
            "Context: hetzelfde aandeel voor een vrij hoge doelconsensus (wat een NAO vraagt).",
        ),
        minimum=0.0,
        maximum=1.0,
    ),
    Threshold(
        "competencies_high",
        6,
        (
            "Contingency: from this many different activities among the actors the network needs network-level competencies "
            "(a task too diverse to coordinate in passing).",
            "Context: vanaf zoveel verschillende activiteiten bij de actoren vraagt het netwerk competenties op netwerkniveau "
            "(een taak te divers om terloops te coördineren).",
        ),
        minimum=1,
        integer=True,
    ),
)

#: The decision procedure, in order: the first step that applies gives the mode (message keys ``governance.step.N``).
DECISION_STEPS: tuple[str, ...] = ("none_few", "none_dyadic", "split", "central", "shared", "none_loose")

# the settings' descriptions stay with their declarations (``explain governance`` translates them
# with regienet.i18n.translate): nothing writes into the shared catalogue at import

_DEFAULTS = {th.name: th.default for th in GOVERNANCE_SETTINGS}
_DECLARED = {th.name: th for th in GOVERNANCE_SETTINGS}


def resolve_settings(settings: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Declared defaults updated with *settings*, each validated; ``ValueError`` names a bad one.

    >>> resolve_settings({"split_min": 0.6})["split_min"]
    0.6
    """
    out = dict(_DEFAULTS)
    for name, value in (settings or {}).items():
        if name not in _DECLARED:
            raise ValueError(f"unknown governance setting {name!r}")
        out[name] = _DECLARED[name].validate(value)
    for low, high in (
        ("size_few", "size_many"),
        ("trust_moderate", "trust_high"),
        ("consensus_moderate", "consensus_high"),
    ):
        if out[low] > out[high]:
            raise ValueError(f"{low} > {high}")
    return out


@dataclass(frozen=True)
class GovernanceMode:
    """The governance mode of one municipality, with its evidence.

    ``mode`` is one of :data:`MODES`; ``step`` the step of :data:`DECISION_STEPS`
    that decided it; ``evidence`` plain numbers and ids (JSON-ready);
    ``notes`` the contingency check and other context as ``(message key,
    params)`` pairs of the catalogue.
    """

    mode: str
    step: str
    evidence: dict[str, Any]
    notes: tuple[tuple[str, dict[str, Any]], ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "step": self.step,
            "evidence": dict(self.evidence),
            "notes": [{"key": k, "params": dict(p)} for k, p in self.notes],
        }


def centralisation(G: nx.Graph, betweenness: Mapping[Hashable, float] | None = None) -> tuple[float, float]:
    """Freeman degree and betweenness centralisation of an undirected simple graph.

    Degree: ``Σ (d* − d_i) / ((n − 1)(n − 2))``; betweenness: ``Σ (b* − b_i) / (n − 1)``
    with ``b`` the normalised betweenness of networkx (pass it as *betweenness*
    when already computed). Both are 1 for a star and 0 for a cycle or a
    complete graph; ``nan`` with fewer than three nodes.

    >>> centralisation(nx.star_graph(4))
    (1.0, 1.0)
    >>> centralisation(nx.cycle_graph(5))
    (0.0, 0.0)
    """
    n = G.number_of_nodes()
    if n < 3:
        return (math.nan, math.nan)
    deg = [d for _, d in G.degree()]
    top = max(deg)
    c_degree = sum(top - d for d in deg) / ((n - 1) * (n - 2))
    bc = nx.betweenness_centrality(G) if betweenness is None else betweenness
    btop = max(bc.values())
    c_between = sum(btop - b for b in bc.values()) / (n - 1)
    return (_clip(c_degree), _clip(c_between))


def _clip(x: float) -> float:
    return min(1.0, max(0.0, round(x, 12)))


def pairs_cut(G: nx.Graph, removed: Iterable[Hashable], endpoints: Iterable[Hashable]) -> float:
    """Share of the connected pairs of *endpoints* that lose each other when *removed* are taken out.

    Counts pairs of *endpoints* (other than *removed*) in one component of *G*,
    and the share of them no longer in one component of ``G − removed``: the
    pairs that reach each other only through the removed nodes. 0 when no pair
    is connected.

    >>> G = nx.path_graph(["x", "hub", "y"])
    >>> pairs_cut(G, ["hub"], ["x", "y"])
    1.0
    """
    gone = set(removed)
    ends = set(endpoints) - gone

    def connected_pairs(H: nx.Graph) -> int:
        total = 0
        for comp in nx.connected_components(H):
            k = len(ends & comp)
            total += k * (k - 1) // 2
        return total

    before = connected_pairs(G)
    if before == 0:
        return 0.0
    after = connected_pairs(G.subgraph([n for n in G if n not in gone]))
    return (before - after) / before


def _government_graph(region, m: str) -> tuple[nx.Graph, int]:
    """M's network with municipality and OCMW merged into node *m*, isolates dropped.

    Nodes are the local government and the actors of M; edges are the government's ties with them
    (a forum the government convenes or sits in links it to every member) and the cooperation and
    agreements among the actors that count for M (:meth:`~regienet.model.Region.local_couplings`: two
    regional actors working together on their own — Sinergiek and its support partners — are the region's
    affair, not M's network, as in SA02/SA03). Meeting in the government's forum is not counted as the
    actors coordinating among themselves: the convener holds that together (a lead organisation).
    Returns ``(H, isolated)``: the graph of the participants and the number of actors of M with no tie and
    no coupling at all.
    """
    actors = region.actors_of(m)
    edges = {tuple(sorted((u, v))) for u, v, rids in region.local_couplings(m).edges(data="rids") if rids}
    edges |= {tuple(sorted((m, a))) for a in governed_actors(region, m) if a in actors}
    # an association m mandated for SA governs as a node of its own: a network administrative organisation
    for body, governed in mandated_governance(region, m).items():
        edges |= {tuple(sorted((body, a))) for a in governed if a in actors}
    H = nx.Graph()
    H.add_edges_from(sorted(edges))
    # the copy re-adds the edges node by node: the neighbour order (and so the betweenness floats, whose ties
    # pick the hub) the report has always had, from ``nx.Graph(nx.subgraph(H, sorted(H, key=str)))``
    H = H.copy()
    isolated = sum(1 for a in actors if a not in H)
    return H, isolated


#: Relation kinds by which a government governs the network (issue 23): consulting, informing, asking reports.
#: A seat counts when held by mandate; convening and brokering come from forums and ``via``; client, funding,
#: agreement and referral are dyadic deals — buying green maintenance is not governing a network (C3, F24b).
GOVERNING_KINDS: tuple[str, ...] = ("consulted", "informs", "reports_to")


def governed_actors(region, m: str) -> set[str]:
    """Actors M's governments govern as a network: consulted, informed, reporting, a seat by mandate, met in a
    forum, or coupled through a cooperation brokered ``via`` a government of M. (An association M mandated
    governs on its own account: :func:`mandated_governance`.)"""
    govs = set(region.governments(m))
    out = set()
    for x in region.ties(m):
        if x.government in govs and (
            x.rid is None
            or x.kind in GOVERNING_KINDS
            or (x.kind == "seat" and region.attr(x.rid, "capacity") == "mandate")
        ):
            out.add(x.actor)
    actors = region.actors_of(m)
    for g in govs:  # the brokered ties, from the index (not every relation of every actor of M)
        for rid in region.brokered_via(g):
            s, t, kind = region.relation(rid)
            if kind in ("cooperation", "agreement"):
                out.update(x for x in (s, t) if x in actors)
    return out


def mandated_governance(region, m: str) -> dict[str, set[str]]:
    """``association → actors of M it governs as a network`` for each association M mandated for SA — the
    network's governance (issue 24): consulted, informed, reporting to it, met in a forum it convenes or sits
    in, or coupled through a cooperation it brokered. Such an association is a network administrative
    organisation for M (Provan & Kenis's NAO, here set up by the municipalities themselves)."""
    out: dict[str, set[str]] = {}
    bodies = [b for b in region.regie_bodies(m, "SA") if region.is_association(b)]
    if not bodies:
        return out
    for x in region.ties(m):
        if x.government in bodies and (x.rid is None or x.kind in GOVERNING_KINDS):
            out.setdefault(x.government, set()).add(x.actor)
    for a in region.actors_of(m):
        for rid in region.relations_of(a, ["cooperation", "agreement"]):
            via = region.attr(rid, "via")
            if via in bodies:
                out.setdefault(str(via), set()).add(a)
    return out


def _nao_funders(region, actor: str) -> frozenset[str]:
    """Municipalities whose governments fund or contract *actor* (funding, agreement, client).

    A property of the actor, not of the municipality asking: computed once per actor and region (a support
    organisation funded by every municipality has a relation per municipality, so asking anew for each
    municipality made the report quadratic in the region's size).
    """
    cache = region.__dict__.setdefault("_nao_funders_cache", {})
    if actor not in cache:
        out = set()
        for rid in region.relations_of(actor, NAO_KINDS):
            s, t, _ = region.relation(rid)
            other = t if s == actor else s
            if other in region.government_of:
                out.add(region.government_of[other])
        cache[actor] = frozenset(out)
    return cache[actor]


def _tags(region, actor: str) -> set[tuple[str, str]]:
    acts = region.value(actor, "activities") or []
    groups = region.value(actor, "target_groups") or []
    return {("a", x) for x in acts} | {("g", x) for x in groups}


def governance_mode(region, m: str, settings: Mapping[str, Any] | None = None) -> GovernanceMode:
    """The governance mode of municipality *m* (Provan & Kenis 2008), by an ordered decision procedure.

    The network: *m*'s one-mode graph (actors of *m*, their couplings and
    their ties to the governments), with municipality and OCMW merged into
    one node, the local government. *Participants* are the actors with a tie
    or a coupling. *Candidates* for the hub: the local government, each own
    actor of *m*, and each support organisation that a local government funds
    or contracts (funding, agreement or client tie). The *cut* of a node is
    the share of the connected pairs of the other actors that reach each
    other only through it (:func:`pairs_cut`).

    Decision procedure (the first step that applies):

    1. ``none`` — fewer than ``min_participants`` participants; step ``none_dyadic`` when the governments
       nevertheless have deals (client, funding, agreement, referral) with that many actors: a star of
       dyadic deals is no network governance (C3, F24b; issue 23) — only the ties that govern (consulting,
       informing, asking reports, a seat by mandate, a forum, a brokered cooperation) tie the government in;
    2. the candidate with the largest cut (ties: betweenness, then government,
       own actor, support organisation) holds the network together — cut ≥
       ``split_min`` — ``lead_government``, ``lead_own_actor`` or ``nao``;
    3. no single removal splits it, but the network is centralised
       (betweenness centralisation ≥ ``centralisation_min``) around a
       candidate with the highest betweenness → that candidate's mode;
    4. ``shared`` — density among the participating actors ≥ ``shared_density_min``;
    5. ``none`` — loose pieces that neither a hub nor mutual ties hold together.

    Parameters
    ----------
    region : Region
    m : str
        Municipality id.
    settings : mapping, optional
        Overrides of :data:`GOVERNANCE_SETTINGS` by name (validated).

    Returns
    -------
    GovernanceMode

    References
    ----------
    Provan & Kenis (2008), Table 2 for the contingency check.
    """
    s = resolve_settings(settings)
    H, isolated = _government_graph(region, m)
    gov = m if m in H else None
    mandated = [n for n in H if region.is_association(n)]  # associations governing on M's mandate (issue 24)
    actors = [n for n in H if n != gov and n not in mandated]
    ev = _empty_evidence(len(actors), isolated)
    if len(actors) < s["min_participants"]:
        deals = {x.actor for x in region.ties(m) if x.rid is not None}
        step = "none_dyadic" if gov is None and len(deals) >= s["min_participants"] else "none_few"
        return GovernanceMode("none", step, _rounded(ev))

    n = len(actors)
    # edges among the actors: all of H's but the government's (H has no self-loops); the count a subgraph
    # view of the actors gives, without the view
    among = sum(len(nbrs) for nbrs in H._adj.values()) // 2 - (len(H._adj[gov]) if gov is not None else 0)
    among -= sum(len(H._adj[b]) for b in mandated)  # an association's edges go to actors only
    ev["actor_density"] = 2 * among / (n * (n - 1))
    bc = nx.betweenness_centrality(H)
    dc, bc_c = centralisation(H, bc)
    ev["degree_centralisation"] = None if math.isnan(dc) else dc
    ev["betweenness_centralisation"] = None if math.isnan(bc_c) else bc_c
    cuts: dict[str, float] = {}

    def cut(x: str) -> float:
        if x not in cuts:
            cuts[x] = pairs_cut(H, [x], actors)
        return cuts[x]

    top = max(sorted(H, key=str), key=lambda x: bc[x])
    ev["top_betweenness"] = top
    ev["goal_consensus"], ev["activities"] = _consensus(region, actors)

    candidates = _hub_candidates(region, m, H, gov, actors, cut, bc, ev)
    hub = _hub_decision(candidates, top, ev, s)
    if hub is not None:
        kind, node, share, step = hub
        ev.update(hub=node, hub_kind=kind, hub_cut=share)
        mode = _MODE_OF[kind]
        notes = _notes(m, mode, ev, s)
        if node in mandated:  # regie by mandate (issue 24): say so before the contingency check
            scope = sorted(
                {c for x in region.mandates(m) if x.association == node for c in x.scope}, key="OVBLSAVA".index
            )
            notes.insert(0, ("governance.note.mandate", {"hub": node, "scope": ", ".join(scope)}))
        return GovernanceMode(mode, step, _rounded(ev), tuple(notes))
    return _without_hub(m, H, cut, bc, candidates, ev, s)


#: The mode a hub of each candidate kind gives (steps 2 and 3 of :func:`governance_mode`).
_MODE_OF = {"government": "lead_government", "own": "lead_own_actor", "nao": "nao"}


def _empty_evidence(participants: int, isolated: Any) -> dict[str, Any]:
    """The evidence of :func:`governance_mode` before any step: every measure unset.

    Why: every mode carries the same keys (the JSON contract), whichever step decided it.
    """
    return {
        "participants": participants,
        "isolated_actors": isolated,
        "actor_density": None,
        "degree_centralisation": None,
        "betweenness_centralisation": None,
        "hub": None,
        "hub_kind": None,
        "hub_cut": None,
        "cut_government": None,
        "own_actor": None,
        "cut_own_actor": None,
        "nao": None,
        "cut_nao": None,
        "nao_funded_by_municipality": None,
        "top_betweenness": None,
        "goal_consensus": None,
        "activities": 0,
    }


def _hub_candidates(
    region,
    m: str,
    H: nx.Graph,
    gov: str | None,
    actors: list[str],
    cut: Callable[[str], float],
    bc: Mapping[Hashable, float],
    ev: dict[str, Any],
) -> list[tuple[str, str, float, float]]:
    """The hub candidates of :func:`governance_mode` as (kind, node, cut, betweenness), their cuts noted in *ev*.

    The local government, the own actor and the support organisation funded by a local government with
    the largest cut (ties: betweenness); each kind at most once.
    """
    own = region.own_actors(m)
    candidates: list[tuple[str, str, float, float]] = []
    if gov is not None:
        candidates.append(("government", gov, cut(gov), bc[gov]))
        ev["cut_government"] = candidates[-1][2]
    best_own = max(((cut(a), bc[a], a) for a in sorted(own) if a in H), key=lambda x: (x[0], x[1]), default=None)
    if best_own is not None:
        candidates.append(("own", best_own[2], best_own[0], best_own[1]))
        ev["own_actor"], ev["cut_own_actor"] = best_own[2], best_own[0]
    naos = [a for a in actors if region.kind.get(a) == "support" and a not in own and _nao_funders(region, a)]
    naos += [n for n in H if region.is_association(n)]  # an association M mandated to govern the network (issue 24)
    best_nao = max(((cut(a), bc[a], a) for a in naos), key=lambda x: (x[0], x[1]), default=None)
    if best_nao is not None:
        candidates.append(("nao", best_nao[2], best_nao[0], best_nao[1]))
        ev["nao"], ev["cut_nao"] = best_nao[2], best_nao[0]
        ev["nao_funded_by_municipality"] = m in _nao_funders(region, best_nao[2])
    return candidates


def _hub_decision(
    candidates: list[tuple[str, str, float, float]], top: str, ev: dict[str, Any], s: dict[str, Any]
) -> tuple[str, str, float, str] | None:
    """Steps 2 and 3 of :func:`governance_mode`: the hub as (kind, node, cut, step), or ``None`` if neither applies.

    Step 2 (``split``): the candidate with the largest cut (ties: betweenness, then government, own actor,
    support organisation) cuts at least ``split_min``. Step 3 (``central``): the network is centralised
    (``centralisation_min``) and the node of highest betweenness is a candidate.
    """
    if not candidates:
        return None
    order = {"government": 0, "own": 1, "nao": 2}
    kind, node, share, _ = max(candidates, key=lambda c: (c[2], c[3], -order[c[0]]))
    if share >= s["split_min"]:
        return kind, node, share, "split"
    centralised = ev["betweenness_centralisation"]
    if centralised is not None and centralised >= s["centralisation_min"]:
        central = [c for c in candidates if c[1] == top]
        if central:
            kind, node, share, _ = central[0]
            return kind, node, share, "central"
    return None


def _without_hub(
    m: str,
    H: nx.Graph,
    cut: Callable[[str], float],
    bc: Mapping[Hashable, float],
    candidates: list[tuple[str, str, float, float]],
    ev: dict[str, Any],
    s: dict[str, Any],
) -> GovernanceMode:
    """Steps 4 and 5 of :func:`governance_mode`: ``shared`` if the actors are dense enough, else ``none``.

    Why the note: a node that is no candidate may still split the network (the node, any, whose removal
    cuts most); the reader is told, and it is recorded as the hub of kind ``other``.
    """
    overall = max(((cut(x), bc[x], x) for x in sorted(H, key=str)), key=lambda x: (x[0], x[1]))
    mode, step = ("shared", "shared") if ev["actor_density"] >= s["shared_density_min"] else ("none", "none_loose")
    notes = []
    if overall[0] >= s["split_min"] and overall[2] not in {c[1] for c in candidates}:
        ev.update(hub=overall[2], hub_kind="other", hub_cut=overall[0])
        notes.append(("governance.note.other_hub", {"hub": overall[2], "cut": overall[0]}))
    notes += _notes(m, mode, ev, s) if mode == "shared" else []
    return GovernanceMode(mode, step, _rounded(ev), tuple(notes))


def network_profile(
    region, settings: Mapping[str, Any] | None, m: str
) -> tuple[dict[str, Any], GovernanceMode, dict[str, Any]]:
    """What the report computes of *m*'s network, in one call (one task of a ``--jobs`` pool):
    :func:`~regienet.metrics.connectivity`, :func:`governance_mode` and :func:`policy_brokerage`."""
    return connectivity(region, m), governance_mode(region, m, settings), policy_brokerage(region, m)


def _consensus(region, actors: list[str]) -> tuple[float | None, int]:
    """Goal consensus and task diversity: the share of actor pairs (both tagged) with an activity or target
    group in common (``None`` when fewer than two actors are tagged), and the number of distinct activities."""
    tags = {a: _tags(region, a) for a in actors}
    tagged = [tags[a] for a in actors if tags[a]]
    k = len(tagged)
    common = sum(not x.isdisjoint(y) for i, x in enumerate(tagged) for y in tagged[i + 1 :])
    consensus = common / (k * (k - 1) // 2) if k > 1 else None
    return consensus, len({x for a in actors for k, x in tags[a] if k == "a"})


def _notes(m: str, mode: str, ev: dict[str, Any], s: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Provan & Kenis's contingency check for *mode* (their Table 2), plus who funds an NAO."""
    n, d, consensus, k = ev["participants"], ev["actor_density"], ev["goal_consensus"], ev["activities"]
    notes: list[tuple[str, dict[str, Any]]] = []
    kind = "lead" if mode.startswith("lead_") else mode
    # 1. number of participants: shared few, lead moderate, NAO moderate to many
    if kind == "shared":
        notes.append(
            (
                "governance.fit.size_ok" if n <= s["size_few"] else "governance.fit.size_shared_many",
                {"n": n, "few": s["size_few"]},
            )
        )
    elif kind == "lead":
        notes.append(
            (
                "governance.fit.size_ok" if n <= s["size_many"] else "governance.fit.size_lead_many",
                {"n": n, "many": s["size_many"]},
            )
        )
    else:
        notes.append(
            (
                "governance.fit.size_ok" if n > s["size_few"] else "governance.fit.size_nao_few",
                {"n": n, "few": s["size_few"]},
            )
        )
    # 2. trust (density): shared high; lead low, centralised; NAO moderate
    if kind == "shared":
        notes.append(
            (
                "governance.fit.trust_ok" if d >= s["trust_high"] else "governance.fit.trust_shared_low",
                {"d": d, "high": s["trust_high"]},
            )
        )
    elif kind == "lead":
        notes.append(
            (
                "governance.fit.trust_lead" if d < s["trust_high"] else "governance.fit.trust_lead_high",
                {"d": d, "high": s["trust_high"]},
            )
        )
    else:
        notes.append(
            (
                "governance.fit.trust_ok" if d >= s["trust_moderate"] else "governance.fit.trust_nao_low",
                {"d": d, "moderate": s["trust_moderate"]},
            )
        )
    # 3. goal consensus: shared high; lead moderately low; NAO moderately high
    if consensus is None:
        notes.append(("governance.fit.consensus_unknown", {}))
    elif kind == "shared":
        notes.append(
            (
                "governance.fit.consensus_ok"
                if consensus >= s["consensus_high"]
                else "governance.fit.consensus_shared_low",
                {"c": consensus, "high": s["consensus_high"]},
            )
        )
    elif kind == "lead":
        notes.append(("governance.fit.consensus_ok", {"c": consensus}))
    else:
        notes.append(
            (
                "governance.fit.consensus_ok"
                if consensus >= s["consensus_moderate"]
                else "governance.fit.consensus_nao_low",
                {"c": consensus, "moderate": s["consensus_moderate"]},
            )
        )
    # 4. need for network-level competencies: shared low; lead moderate; NAO high
    high = k >= s["competencies_high"]
    if kind == "shared":
        notes.append(
            (
                "governance.fit.competencies_shared_high" if high else "governance.fit.competencies_ok",
                {"k": k, "high": s["competencies_high"]},
            )
        )
    elif kind == "lead":
        notes.append(
            (
                "governance.fit.competencies_lead_high" if high else "governance.fit.competencies_ok",
                {"k": k, "high": s["competencies_high"]},
            )
        )
    else:
        notes.append(
            (
                "governance.fit.competencies_ok" if high else "governance.fit.competencies_nao_low",
                {"k": k, "high": s["competencies_high"]},
            )
        )
    if mode == "nao" and ev["nao"] == ev["hub"] and ev["nao_funded_by_municipality"] is False:
        notes.append(("governance.note.nao_not_funded", {"hub": ev["hub"]}))
    return notes


def _rounded(ev: dict[str, Any]) -> dict[str, Any]:
    return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in ev.items()}


# ---------------------------------------------------------------------- policy brokerage


def policy_graph(region, m: str) -> nx.DiGraph:
    """The directed policy layer of *m*: governments and actors of *m*, edges as in the data.

    An edge ``u → v`` for every ``informs``, ``consulted``, ``reports_to`` or
    ``accounts_to`` relation between two of these nodes (``kinds`` lists them).
    """
    nodes = [*region.governments(m), *sorted(region.actors_of(m))]
    inside = set(nodes)
    D = nx.DiGraph()
    D.add_nodes_from(nodes)
    for g in region.governments(m):
        for rid in region.relations_of(g, POLICY_KINDS):
            s, t, k = region.relation(rid)
            if s in inside and t in inside and s != t:
                if D.has_edge(s, t):
                    D[s][t]["kinds"].append(k)
                else:
                    D.add_edge(s, t, kinds=[k])
    return D


def policy_brokerage(region, m: str) -> dict[str, Any]:
    """Gould–Fernandez roles on *m*'s directed policy layer (JSON-ready).

    Groups: ``government`` (municipality and OCMW), ``own`` (own actors),
    ``local`` (other local actors), ``regional``. Returns
    ``{"relation_kinds", "governments": {role: n}, "nodes": {id: {role: n}}
    (nodes that broker anything), "top": {role: {"node", "count"} | None}}``;
    ties for the top broker go to the lower id.
    """
    D = policy_graph(region, m)
    own = region.own_actors(m)
    groups = {x: _group(region, m, x, own) for x in D}
    roles = cast(dict[str, dict[str, int]], brokerage_roles(D, groups))  # the nodes are actor ids
    govs = dict.fromkeys(ROLES, 0)
    for g in region.governments(m):
        for role, k in roles[g].items():
            govs[role] += k
    top: dict[str, Any] = {}
    for role in ROLES:
        best = max(sorted(roles), key=lambda x: roles[x][role]) if roles else None
        top[role] = {"node": best, "count": roles[best][role]} if best is not None and roles[best][role] else None
    return {
        "relation_kinds": list(POLICY_KINDS),
        "governments": govs,
        "nodes": {x: roles[x] for x in sorted(roles) if any(roles[x].values())},
        "top": top,
    }
