"""Network metrics, networkx style: graph first, dict results.

Two kinds of functions live here:

* general algorithms that networkx lacks — :func:`brokerage_roles`
  (Gould & Fernandez 1989) — which take a plain networkx graph;
* per-municipality connectivity measures on a :class:`regienet.model.Region`
  (:func:`connectivity`), computed on the municipality's own one-mode graph so
  that the cost grows with the municipality, not with the region.

References
----------
.. [1] Gould, R. V., & Fernandez, R. M. (1989). Structures of mediation: A
   formal approach to brokerage in transaction networks. *Sociological
   Methodology*, 19, 89–126.
.. [2] Burt, R. S. (1992). *Structural Holes: The Social Structure of
   Competition*. Harvard University Press.
.. [3] Butts, C. T. (2008). sna: Tools for Social Network Analysis. R package,
   function ``brokerage``.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import networkx as nx

from regienet.schema import ACTOR_NODE_KINDS, LAYERS

if TYPE_CHECKING:  # pragma: no cover
    from regienet.model import Region

__all__ = [
    "ATTENTION_KINDS",
    "ROLES",
    "Coverage",
    "SharedBody",
    "attention_pairs",
    "attention_weights",
    "brokerage_roles",
    "connectivity",
    "density",
    "forum_reach",
    "is_public_partner",
    "reached_through_funded",
    "regional_coverage",
    "shared_bodies",
    "structural_holes",
    "tie_confirmation",
]

ROLES: tuple[str, ...] = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")

#: Relation kinds that show a government's attention to an actor (OV02 and ``own_tie_share``). ``founded`` is
#: left out (an own actor is own by definition) and so is ``accounts_to`` (accountability, VA: an account sent
#: to the own actor is regie work and must not count as focus).
ATTENTION_KINDS: tuple[str, ...] = (
    "seat",
    "client",
    "funding",
    "agreement",
    "referral",
    "consulted",
    "informs",
    "reports_to",
)


#: Activity tags of a public labour-market partner (VDAB in the bundled data; issue 23): a partner to work with,
#: not a social-economy actor the overview must hold — no blind spot (OV01), not in M's field for the levels.
PUBLIC_PARTNER_ACTIVITIES = frozenset({"job_mediation"})


def is_public_partner(region, actor: str) -> bool:
    """A public labour-market partner: an ``authority``, or an actor whose activities declare the public
    employment service's task (``job_mediation``: VDAB)."""
    if region.kind.get(actor) == "authority":
        return True
    return bool(region.tag_sets(actor)[0] & PUBLIC_PARTNER_ACTIVITIES)


def reached_through_funded(region, m: str) -> frozenset[str]:
    """Actors a government of *m* reaches through a support body it funds (a network bureau, an NAO): the
    actors that cooperate or have an agreement with that body. Not blind spots (OV01), in view for the
    environment analysis, and never told to "get to know" (issue 23)."""
    govs = set(region.governments(m))
    out: set[str] = set()
    for g in govs:
        for rid in region.relations_of(g, ["funding"]):
            s, body, _ = region.relation(rid)
            if s != g or region.kind.get(body) != "support":
                continue
            out.update(
                other
                for other in region.partners(body, ("cooperation", "agreement"))
                if other not in govs and region.kind.get(other) in ("enterprise", "support")
            )
    return frozenset(out)


def attention_pairs(region, m: str) -> dict[tuple[str, str], list[int]]:
    """Government–actor pairs of *m* with a relation of :data:`ATTENTION_KINDS`: ``(government, actor) → rids``.

    A multiplex tie (seat + funding + consulted with one actor) is one pair;
    forum co-membership is not a relation row and does not count. OV02 and
    the report's ``own_tie_share`` both count these pairs, so they agree.
    """
    kinds = set(ATTENTION_KINDS)
    pairs: dict[tuple[str, str], list[int]] = {}
    for x in region.ties(m):
        if x.rid is not None and x.kind in kinds:
            pairs.setdefault((x.government, x.actor), []).append(x.rid)
    return pairs


def attention_weights(
    region, m: str, pairs: dict[tuple[str, str], list[int]] | None = None
) -> dict[tuple[str, str], int]:
    """Each attention pair of *m* weighed by its layers (governance, economic, policy; issue 23): OV02 and the
    report's ``own_attention_share`` both use these weights, so they agree."""
    from regienet.schema import RELATION_KINDS

    pairs = attention_pairs(region, m) if pairs is None else pairs
    return {d: len({RELATION_KINDS[region.relation(r)[2]].layer for r in rids}) for d, rids in pairs.items()}


def brokerage_roles(
    G: nx.Graph, groups: Mapping[Hashable, Hashable], nodes: Iterable[Hashable] | None = None
) -> dict[Hashable, dict[str, int]]:
    """Gould–Fernandez brokerage role counts of every node.

    A node *v* brokers on every open two-path ``a → v → b`` with ``a ≠ b`` and
    no tie ``a → b``. Each such path is counted once, in the role fixed by the
    groups of *a*, *v* and *b*:

    ==============  ====================================
    role            groups
    ==============  ====================================
    coordinator     a, v and b in one group
    itinerant       a and b share a group, v does not
    representative  a and v share a group, b does not
    gatekeeper      v and b share a group, a does not
    liaison         all three differ
    ==============  ====================================

    Parameters
    ----------
    G : networkx.DiGraph or networkx.Graph
        Directed graph (a MultiDiGraph is read as its simple DiGraph; self-loops
        are ignored). An undirected graph is read as ties in both directions.
    groups : mapping
        Node → group label; every node of *G* must have one.
    nodes : iterable, optional
        Count only for these nodes (default: every node); the counts do not change.

    Returns
    -------
    dict
        Node → ``{role: count}`` with all five roles present (of *nodes* in *G*, in the order of *G*).

    Raises
    ------
    KeyError
        When a node of *G* has no group.

    See Also
    --------
    connectivity : ``brokerage``, these counts summed over a municipality's governments.

    References
    ----------
    Gould & Fernandez (1989); R ``sna::brokerage`` (Butts 2008).

    Examples
    --------
    A chain across two groups: ``a`` (X) → ``v`` (X) → ``b`` (Y). ``v`` is a
    representative of its group towards ``b``:

    >>> G = nx.DiGraph([("a", "v"), ("v", "b")])
    >>> brokerage_roles(G, {"a": "X", "v": "X", "b": "Y"})["v"]
    {'coordinator': 0, 'itinerant': 0, 'representative': 1, 'gatekeeper': 0, 'liaison': 0}

    A closed triad brokers nothing: the tie ``a → b`` exists.

    >>> G.add_edge("a", "b")
    >>> brokerage_roles(G, {"a": "X", "v": "X", "b": "Y"})["v"]["representative"]
    0

    """
    if G.is_multigraph():
        G = nx.DiGraph(G)
    missing = [n for n in G if n not in groups]
    if missing:
        raise KeyError(missing[0])
    # plain dicts of sets: networkx's adjacency views cost a view object per lookup
    if G.is_directed():
        succ = {u: set(nbrs) for u, nbrs in G.succ.items()}
        pred = {v: list(nbrs) for v, nbrs in G.pred.items()}
    else:
        succ = {u: set(nbrs) for u, nbrs in G.adj.items()}
        pred = {v: list(nbrs) for v, nbrs in succ.items()}
    out: dict[Hashable, dict[str, int]] = {}
    wanted = None if nodes is None else set(nodes)
    for v in G if wanted is None else [n for n in G if n in wanted]:
        counts = dict.fromkeys(ROLES, 0)
        gv = groups[v]
        for a in pred[v]:
            if a == v:
                continue
            ga = groups[a]
            succ_a = succ[a]
            for b in succ[v]:
                if b in (v, a) or b in succ_a:
                    continue
                gb = groups[b]
                if ga == gv == gb:
                    counts["coordinator"] += 1
                elif ga == gb:
                    counts["itinerant"] += 1
                elif ga == gv:
                    counts["representative"] += 1
                elif gv == gb:
                    counts["gatekeeper"] += 1
                else:
                    counts["liaison"] += 1
        out[v] = counts
    return out


def density(G: nx.Graph) -> float:
    """Density of an undirected simple graph; ``nan`` with fewer than two nodes.

    Parameters
    ----------
    G : networkx.Graph
        An undirected simple graph.

    Returns
    -------
    float
        Edges over possible edges, ``2m / (n (n − 1))``; ``nan`` (undefined, not 0) for 0 or 1 node.

    Examples
    --------
    >>> density(nx.path_graph(3)), density(nx.empty_graph(1))
    (0.6666666666666666, nan)
    """
    n = G.number_of_nodes()
    if n < 2:
        return math.nan
    return 2 * G.number_of_edges() / (n * (n - 1))


def structural_holes(G: nx.Graph, nodes: list[Hashable], weight: str) -> tuple[dict, dict]:
    """Burt's constraint and effective size of *nodes*: ``nx.constraint`` and ``nx.effective_size``.

    The values are the floats networkx returns for ``nx.constraint(G, nodes, weight=weight)`` and
    ``nx.effective_size(G, nodes, weight=weight)``: the same terms. One difference: networkx sums over a
    node's neighbours in the order of a ``set``, which for string ids changes with ``PYTHONHASHSEED``,
    so the last bits of its floats change from one process to the next; here neighbours are summed in
    sorted order, so a report is byte-identical on every run (tested against networkx to 1e-12, and
    across hash seeds). networkx recomputes a node's normaliser (the sum or maximum of its mutual
    weights) inside every normalised-weight call, which makes both measures cubic in the degree and
    cost 40 ms per municipality; here each normaliser is computed once.

    Parameters
    ----------
    G : networkx.Graph
        An undirected simple graph (collapse a multigraph first: networkx's two code paths disagree on
        multigraphs, see :meth:`~regienet.model.Region.municipal_graph`).
    nodes : list
        The nodes to measure (a municipality's governments).
    weight : str
        The edge attribute holding the tie strength.

    Returns
    -------
    constraint : dict
        Node → Burt's constraint (``nan`` for an isolated node, as networkx).
    effective_size : dict
        Node → effective size.

    Examples
    --------
    A government ``a`` tied to a closed pair ``b``–``c`` and to ``d`` alone:

    >>> G = nx.Graph([("a", "b"), ("a", "c"), ("b", "c"), ("a", "d")])
    >>> nx.set_edge_attributes(G, 1, "weight")
    >>> c, e = structural_holes(G, ["a"], "weight")
    >>> round(c["a"], 4), round(e["a"], 4)
    (0.6111, 2.3333)
    """
    nbrs: dict[Hashable, list] = {}
    scale: dict[tuple[Hashable, Any], float] = {}
    memo: dict[tuple[Hashable, Hashable, Any], float] = {}
    adj = dict(G.adjacency())  # the graph's own neighbour dicts: G[u][v] without the views

    def neighbours(u):
        if u not in nbrs:
            nbrs[u] = sorted(set(nx.all_neighbors(G, u)), key=str)
        return nbrs[u]

    def mutual(u, v):  # networkx.algorithms.structuralholes.mutual_weight
        try:
            a_uv = adj[u][v].get(weight, 1)
        except KeyError:
            a_uv = 0
        try:
            a_vu = adj[v][u].get(weight, 1)
        except KeyError:
            a_vu = 0
        return a_uv + a_vu

    def nmw(u, v, norm=sum):  # normalized_mutual_weight, normaliser cached per (node, norm)
        key = (u, v, norm)
        if key in memo:
            return memo[key]
        if (u, norm) not in scale:
            scale[u, norm] = norm(mutual(u, w) for w in neighbours(u))
        s = scale[u, norm]
        memo[key] = value = 0 if s == 0 else mutual(u, v) / s
        return value

    def scale_of(u):
        if (u, sum) not in scale:
            scale[u, sum] = sum(mutual(u, w) for w in neighbours(u))
        return scale[u, sum]

    def shared(v, u):
        """The neighbours w of *v*, in summing order, that are also neighbours of *u*. For every other w the
        term nmw(v, w) · nmw(w, u) is exactly 0.0, and adding 0.0 to a sum of positive terms leaves its bits
        unchanged: skipping them gives the same floats in O(deg u) instead of O(deg v) per pair."""
        pos, nv = order[v], nbrs[v]
        return [nv[i] for i in sorted(pos[w] for w in adj[u] if w in pos)]

    def terms_of(v):
        """How *v*'s sums run: over shared neighbours (on an undirected graph with a positive normaliser) or,
        as networkx does, over every neighbour, where int zeros from a zero normaliser keep their type."""
        order[v] = {w: i for i, w in enumerate(neighbours(v))}
        if not G.is_directed() and scale_of(v) > 0:
            return shared, 0.0
        return lambda v, u: neighbours(v), 0

    order: dict[Hashable, dict[Hashable, int]] = {}
    constraint: dict[Hashable, float] = {}
    for v in nodes:
        if len(adj[v]) == 0:
            constraint[v] = float("nan")
            continue
        among, zero = terms_of(v)
        total = 0
        for n in neighbours(v):
            indirect = sum((nmw(v, w) * nmw(w, n) for w in among(v, n)), zero)
            total += (nmw(v, n) + indirect) ** 2
        constraint[v] = total
    effective: dict[Hashable, float] = {}
    for v in nodes:
        if all(u == v for u in adj[v]):
            effective[v] = float("nan")
            continue
        among, zero = terms_of(v)
        effective[v] = sum(1 - sum((nmw(v, w) * nmw(u, w, norm=max) for w in among(v, u)), zero) for u in neighbours(v))
    return constraint, effective


def _group(region, m: str, node: str, own: frozenset[str]) -> str:
    if node in region.governments(m):
        return "government"
    if node in own:
        return "own"
    return "regional" if region.is_regional(node) else "local"


def connectivity(region, m: str) -> dict[str, Any]:
    """Connectivity of municipality *m*: who is there, how it is tied, does it hold together.

    Parameters
    ----------
    region : Region
        The region.
    m : str
        Municipality id.

    Returns
    -------
    dict
        A flat dict, JSON-ready (``nan`` becomes ``None``); the columns of ``report``:

        ``actors``, ``own_actors``, ``regional_actors``, ``local_actors``, ``other_local_actors``
            actors of M (enterprises/support with M in ``operates_in``) and their split
            (local = not regional; other local = local and not an own actor);
        ``tied_actors``, ``blind_spots``
            actors with / without any tie to a government of M;
        ``ties``, ``ties_<layer>``
            ties between M's governments and actors, total and per layer
            (governance, economic, policy, cooperation): every relation row, plus
            one tie per actor of every forum a government convenes or sits in
            (forum co-membership, counted in cooperation; ``ties_forum`` of them);
        ``attention_pairs``, ``own_pairs``, ``own_tie_share``
            government–actor pairs with a relation of :data:`ATTENTION_KINDS`
            (:func:`attention_pairs`: each pair once, ``founded`` and
            ``accounts_to`` left out, no forum co-membership), those with an own
            actor, and their share — the same count as OV02;
        ``own_funding_share``
            share of ``amount_eur`` of M's funding that goes to own actors
            (``None`` when an amount is blank or there is no funding);
        ``density_actors``, ``components_actors``
            density and number of connected components of the actor–actor graph
            among the actors of M (cooperation, agreements, shared forums), without
            the governments;
        ``density_with_governments``, ``components_with_governments``
            density of the same graph with M's governments and their ties added,
            and the number of groups *among the actors of M* in that graph: a
            government without ties is not a group of its own, so the count never
            exceeds ``components_actors``; when it drops from many to one, the
            network hangs on the governments;
        ``constraint``, ``effective_size``
            Burt's constraint and effective size of each government of M (mean
            over M's governments with ties) on M's weighted one-mode graph
            (:func:`structural_holes`);
        ``brokerage``
            Gould–Fernandez brokerage of M's governments (sum over them) on M's
            graph with groups government / own / local / regional, per role
            (:func:`brokerage_roles`);
        ``regional_reach``
            regional actors of M tied to M, over those present (``None`` if none).

    See Also
    --------
    regienet.model.Region.municipal_graph : The graph the density and structural holes are measured on.
    regienet.analysis.report.build_report : This dict for every municipality, with the rules' levels.

    Notes
    -----
    ``own_tie_share`` and ``regional_reach`` put numbers on the study's first conclusion (C1):
    governments focus on their own actors and lose the regional ones from view.

    Examples
    --------
    Kortrijk, the centre city, in the bundled region: one own actor among eleven, and ties to six of
    the ten regional actors that work there.

    >>> from regienet import Region, load_dataset
    >>> c = connectivity(Region(load_dataset()), "kortrijk")
    >>> c["actors"], c["own_actors"], c["regional_actors"], c["regional_reach"]
    (11, 1, 10, 0.6)
    """
    own = region.own_actors(m)
    actors = region.actors_of(m)
    regional = {a for a in actors if region.is_regional(a)}
    tied = region.tied_actors(m) & actors
    ties = region.ties(m)
    direct = [x for x in ties if x.rid is not None]
    out: dict[str, Any] = {
        "actors": len(actors),
        "own_actors": len(own),
        "regional_actors": len(regional),
        "local_actors": len(actors - regional),
        "other_local_actors": len(actors - regional - own),
        "tied_actors": len(tied),
        "blind_spots": sum(  # as OV01 counts
            not is_public_partner(region, a)
            for a in actors
            - region.tied_actors(m)
            - region.reached_through_bodies(m)
            - reached_through_funded(region, m)
        ),
        "ties": len(ties),
    }
    for layer, n in region.layer_counts(m).items():
        out[f"ties_{layer}"] = n
    out["ties_forum"] = len(ties) - len(direct)
    out.update(_attention_shares(region, m, own))
    out["own_funding_share"] = _own_funding_share(region, direct, own)
    out.update(_graph_measures(region, m, actors, own))
    out["regional_reach"] = (len(regional & tied) / len(regional)) if regional else None
    return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in out.items()}


def _attention_shares(region, m: str, own: frozenset[str]) -> dict[str, Any]:
    """The attention part of :func:`connectivity`: government–actor pairs and their layers, and the own share.

    Why apart: the same counts as OV02 (:func:`attention_pairs`, :func:`attention_weights`), kept together.
    """
    out: dict[str, Any] = {}
    pairs = attention_pairs(region, m)
    out["attention_pairs"] = len(pairs)
    out["own_pairs"] = sum(a in own for _, a in pairs)
    out["own_tie_share"] = out["own_pairs"] / len(pairs) if pairs else None
    weights = attention_weights(region, m, pairs)
    out["attention_layers"] = sum(weights.values())
    out["own_layers"] = sum(w for (_, a), w in weights.items() if a in own)
    out["own_attention_share"] = out["own_layers"] / out["attention_layers"] if weights else None
    return out


def _own_funding_share(region, direct: list, own: frozenset[str]) -> float | None:
    """The share of ``amount_eur`` of the funding ties in *direct* that goes to own actors.

    ``None`` when there is no funding, an amount is blank or they sum to zero: a share of unknown money
    would mislead.
    """
    funding = [x for x in direct if x.kind == "funding"]
    amounts = [region.attr(x.rid, "amount_eur") for x in funding]
    if funding and all(a is not None for a in amounts) and sum(amounts) > 0:
        return sum(a for x, a in zip(funding, amounts, strict=True) if x.actor in own) / sum(amounts)
    return None


def _graph_measures(region, m: str, actors: set[str], own: frozenset[str]) -> dict[str, Any]:
    """The graph part of :func:`connectivity`: densities, components, Burt's measures and brokerage.

    Why apart: these are computed on *m*'s one-mode graphs (with and without the governments), the rest of
    :func:`connectivity` on the rows.
    """
    out: dict[str, Any] = {}
    bare = region.municipal_graph(m, with_governments=False)
    full = region.municipal_graph(m, with_governments=True, couplings=bare)
    out["density_actors"] = density(bare)
    out["components_actors"] = nx.number_connected_components(bare) if len(bare) else 0
    out["density_with_governments"] = density(full)
    out["components_with_governments"] = sum(1 for c in nx.connected_components(full) if not c.isdisjoint(actors))
    govs = [g for g in region.governments(m) if full.degree(g) > 0]
    if govs:
        c, e = structural_holes(full, govs, weight="weight")
        out["constraint"] = sum(c.values()) / len(govs)
        out["effective_size"] = sum(e.values()) / len(govs)
    else:
        out["constraint"] = out["effective_size"] = None
    groups = {n: _group(region, m, n, own) for n in full}
    roles = brokerage_roles(full, groups, nodes=region.governments(m))  # undirected: both directions
    total = dict.fromkeys(ROLES, 0)
    for g in region.governments(m):
        for role, n in roles.get(g, {}).items():
            total[role] += n
    out["brokerage"] = total
    return out


def tie_confirmation(region, m: str) -> dict[str, Any] | None:
    """How many of *m*'s ties a survey confirmed from both sides (``reported_by``, ``regienet survey collect``).

    Looks at the relation rows between a government of *m* and an actor (enterprise or support) that carry a
    ``reported_by``. A row is *confirmed* when a government of *m* and the actor are both among its
    reporters, *one-sided* when only one side reported it.

    Parameters
    ----------
    region : Region
        The region.
    m : str
        Municipality id.

    Returns
    -------
    dict or None
        ``surveyed`` (rows with a reporter), ``confirmed``, ``share`` (confirmed / surveyed) and
        ``one_sided``: ``[(source, target, kind, reporters), ...]`` in file order. ``None`` when no tie
        of *m* was reported by anyone (no survey data): the share would be meaningless, not zero.
    """
    if "reported_by" not in region.relation_columns:
        return None
    govs = set(region.governments(m))
    surveyed = confirmed = 0
    one_sided: list[tuple[str, str, str, list[str]]] = []
    for x in region.ties(m):
        if x.rid is None:
            continue
        reporters = region.attr(x.rid, "reported_by") or []
        if not reporters:
            continue
        surveyed += 1
        if set(reporters) & govs and x.actor in reporters:
            confirmed += 1
        else:
            s, t, k = region.relation(x.rid)
            one_sided.append((s, t, k, list(reporters)))
    if not surveyed:
        return None
    return {"surveyed": surveyed, "confirmed": confirmed, "share": confirmed / surveyed, "one_sided": one_sided}


# ---------------------------------------------------------------------------------- regional facts
# Who of the region is tied to whom across municipalities: facts the region rules (RG01–RG04), the
# region analysis and the maps all read, so they live here, below all three (issue 27).


@dataclass(frozen=True)
class Coverage:
    """How one regional actor is tied to the municipalities it works in.

    ``covered`` = works in and tied; ``missing`` = works in, no tie (sorted); ``coverage`` =
    ``|covered| / |works_in|`` (``None`` for an actor that works nowhere known).

    Attributes
    ----------
    actor : str
        The actor's id.
    works_in : frozenset of str
        Where it works (``operates_in``).
    tied : frozenset of str
        Every municipality whose governments have a tie with it (any layer, forum co-membership
        included — the "tie" of SA04).
    layers : dict of str to frozenset of str
        The same per layer.
    reached : frozenset of str
        Municipalities it works in without a tie that reach it through a regional body they sit in
        (:meth:`~regienet.model.Region.reached_through_bodies`: Sinergiek's partners).
    """

    actor: str
    works_in: frozenset[str]
    tied: frozenset[str]
    layers: dict[str, frozenset[str]]
    #: municipalities it works in without a tie that reach it through a regional body they sit in
    #: (:meth:`~regienet.model.Region.reached_through_bodies`: Sinergiek's partners)
    reached: frozenset[str] = frozenset()

    @property
    def covered(self) -> frozenset[str]:
        return self.works_in & self.tied

    @property
    def missing(self) -> list[str]:
        return sorted(self.works_in - self.tied)

    @property
    def coverage(self) -> float | None:
        """``|covered| / |works_in|``; ``None`` for an actor that works nowhere known."""
        return len(self.covered) / len(self.works_in) if self.works_in else None


def regional_coverage(region: Region) -> list[Coverage]:
    """A :class:`Coverage` for every regional actor (enterprise or support organisation), by id.

    Regional = ``scope=regional`` or working in two or more municipalities (DESIGN §3). Cost: the
    region's ties, once.

    Parameters
    ----------
    region : Region
        The region.

    Returns
    -------
    list of Coverage
        One per regional actor, in id order.

    See Also
    --------
    regienet.analysis.region.regional_actors : The same actors, worded and sorted for the region view.

    Notes
    -----
    The study's third conclusion (C3): cooperation is organised with the enterprises in whose bodies a
    government sits, and "the link with other (regional) actors is lost". SA04 (per municipality) and
    RG01 (per actor) read their findings from these coverages.

    Examples
    --------
    Energiesnoeiers do the energy scans in 12 of the 13 municipalities (F5); the bundled region has it
    working in all 13 and tied to 12:

    >>> from regienet import Region, load_dataset
    >>> e = regional_coverage(Region(load_dataset()))[0]
    >>> e.actor, len(e.works_in), len(e.tied), e.missing
    ('energiesnoeiers', 13, 12, ['wervik'])
    """
    empty: dict[str, frozenset[str]] = dict.fromkeys(LAYERS, frozenset())
    reach: dict[str, set[str]] = {}
    for m in region.municipalities:
        for a in region.reached_through_bodies(m):
            reach.setdefault(a, set()).add(m)
    out = []
    for a in sorted(region.operates):
        if region.kind.get(a) not in ACTOR_NODE_KINDS or not region.is_regional(a):
            continue
        works, tied = region.operates[a], region.municipalities_tied_to(a)
        reached = frozenset(reach.get(a, set()) & (works - tied))
        out.append(Coverage(a, works, tied, region.tied_municipalities.get(a, empty), reached))
    return out


@dataclass(frozen=True)
class SharedBody:
    """A governing body (``seat``/``body``) of an actor and the governments that sit in it.

    Attributes
    ----------
    actor : str
        The actor whose body it is.
    body : str or None
        The ``body`` cell of the seats (``board``, ``general_assembly`` …); ``None`` when blank.
    governments : frozenset of str
        The governments holding a seat.
    municipalities : frozenset of str
        Their municipalities.
    """

    actor: str
    body: str | None
    governments: frozenset[str]
    municipalities: frozenset[str]


def shared_bodies(region: Region, min_municipalities: int = 2) -> list[SharedBody]:
    """Bodies where governments of at least *min_municipalities* municipalities hold a seat (interlocks).

    Parameters
    ----------
    region : Region
        The region.
    min_municipalities : int, optional
        Least number of municipalities whose governments sit in the body (default 2).

    Returns
    -------
    list of SharedBody
        Read from :attr:`~regienet.model.Region.seats_by_body` (linear in the seats). Most
        municipalities first, then actor id and body.

    Notes
    -----
    The interlocks of F8: enterprises that were regional from the start have representatives of
    several local governments in their bodies.

    Examples
    --------
    >>> from regienet import Region, load_dataset
    >>> top = shared_bodies(Region(load_dataset()))[0]
    >>> top.actor, top.body, len(top.municipalities)
    ('sinergiek', 'board', 12)
    """
    out = []
    for (actor, body), govs in region.seats_by_body.items():
        munis = frozenset(region.government_of[g] for g in govs if g in region.government_of)
        if len(munis) >= min_municipalities:
            out.append(SharedBody(actor, None if body is None else str(body), govs, munis))
    out.sort(key=lambda b: (-len(b.municipalities), b.actor, b.body or ""))
    return out


def forum_reach(region: Region) -> dict[str, frozenset[str]]:
    """``forum → municipalities`` whose governments convene it or are members of it.

    A forum an association convenes or sits in reaches every municipality that mandated the association
    for SA (organising commitment and cooperation: the regie decree's networking, issue 24): the regie
    association's employment forum is a regional forum of its members, not "no regional forum".

    Parameters
    ----------
    region : Region
        The region.

    Returns
    -------
    dict of str to frozenset of str
        Forum id → municipality ids, for every forum of the region (an empty set when no government
        takes part).
    """
    out = {}
    for f in region.forums:
        bodies = region.forum_conveners(f) | region.forum_members(f)
        reached = {region.government_of[g] for g in bodies if g in region.government_of}
        for body in bodies:
            if region.is_association(body):
                reached.update(region.mandated_by(body, "SA"))
        out[f] = frozenset(reached)
    return out
