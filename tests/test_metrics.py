"""Metrics: Gould–Fernandez brokerage on worked examples, connectivity on hand-made regions.

Expected values are computed by hand in the comments (path by path for
brokerage; Burt's formula for constraint).
"""

from __future__ import annotations

import math

import networkx as nx
import pytest
from builders import base_rows, region_from

from regienet.metrics import ROLES, brokerage_roles, connectivity, density


def star():
    """v (group A) with in-neighbours a1 (A), b1 (B) and out-neighbours a2 (A), b2 (B), c1 (C)."""
    G = nx.DiGraph([("a1", "v"), ("b1", "v"), ("v", "a2"), ("v", "b2"), ("v", "c1")])
    groups = {"a1": "A", "a2": "A", "v": "A", "b1": "B", "b2": "B", "c1": "C"}
    return G, groups


def test_brokerage_each_role_by_hand():
    # a1→v→a2 A,A,A coordinator · a1→v→b2 and a1→v→c1: a,v share A → representative (2)
    # b1→v→a2: v,b share A → gatekeeper · b1→v→b2: a,b share B → itinerant · b1→v→c1: liaison
    G, groups = star()
    roles = brokerage_roles(G, groups)
    assert roles["v"] == {"coordinator": 1, "itinerant": 1, "representative": 2, "gatekeeper": 1, "liaison": 1}
    assert all(sum(roles[n].values()) == 0 for n in G if n != "v")


def test_brokerage_closed_paths_and_returns_do_not_count():
    G, groups = star()
    G.add_edge("a1", "c1")  # closes a1→v→c1: one representative path fewer
    G.add_edge("v", "a1")  # a1→v→a1 returns to its start: never a brokerage path
    roles = brokerage_roles(G, groups)
    assert roles["v"]["representative"] == 1
    assert roles["v"]["coordinator"] == 1  # a1→v→a2 still open


def test_brokerage_every_role_key_present_and_multigraph_collapsed():
    G = nx.MultiDiGraph([("x", "y"), ("x", "y"), ("y", "z")])
    roles = brokerage_roles(G, {"x": 1, "y": 1, "z": 1})
    assert set(roles["x"]) == set(ROLES)
    assert roles["y"]["coordinator"] == 1  # parallel edges count once


def test_brokerage_missing_group_raises():
    with pytest.raises(KeyError):
        brokerage_roles(nx.DiGraph([("x", "y")]), {"x": 1})


def test_density_edge_cases():
    assert math.isnan(density(nx.Graph([(1, 1)]).subgraph([1])))
    assert density(nx.complete_graph(4)) == 1.0
    assert density(nx.path_graph(3)) == pytest.approx(2 / 3)


def _star_region():
    """Municipality a tied to three unconnected actors: client ×2 to x, client to y and z."""
    actors, _ = base_rows()
    actors = [r for r in actors if r["kind"] in ("municipality", "ocmw")]
    for x in ("x", "y", "z"):
        actors.append({"id": x, "name": x.upper(), "kind": "enterprise", "municipality": "a"})
    relations = [
        {"source": "a", "target": "x", "kind": "client"},
        {"source": "a", "target": "x", "kind": "funding", "amount_eur": "300"},
        {"source": "a", "target": "y", "kind": "client"},
        {"source": "a", "target": "z", "kind": "client"},
    ]
    return region_from(actors, relations)


def test_connectivity_of_a_star():
    c = connectivity(_star_region(), "a")
    assert (c["actors"], c["tied_actors"], c["blind_spots"], c["ties"]) == (3, 3, 0, 4)
    assert c["ties_economic"] == 4 and c["ties_governance"] == 0
    # the actors share nothing: 3 groups without the government, 1 with it; ocmw_a has no tie and is no group
    # of actors (it used to count as one: 3 → 2, which read as if a group remained apart)
    assert (c["components_actors"], c["components_with_governments"]) == (3, 1)
    assert c["density_actors"] == 0.0
    # Burt's constraint of a with tie weights 2,1,1 → p = .5,.25,.25; no indirect paths:
    # c = .5² + .25² + .25² = .375; effective size = 3 − 0 = 3 (no ties among the alters)
    assert c["constraint"] == pytest.approx(0.375)
    assert c["effective_size"] == pytest.approx(3.0)
    # every pair of alters is an open two-path through a, both directions: 3·2 = 6, all 'local'
    # group: a is 'government', alters 'local' → itinerant
    assert c["brokerage"]["itinerant"] == 6 and sum(c["brokerage"].values()) == 6
    # pairs a–x (client + funding: one pair), a–y, a–z: 3 pairs, none with an own actor
    assert (c["attention_pairs"], c["own_pairs"]) == (3, 0)
    assert c["own_tie_share"] == 0.0 and c["own_funding_share"] == 0.0
    assert c["regional_reach"] is None


def test_connectivity_base_region_holds_together():
    c = connectivity(region_from(*base_rows()), "a")
    assert c["actors"] == 5 and c["own_actors"] == 1 and c["regional_actors"] == 2
    assert c["components_actors"] == 1  # everybody meets in forum_a
    # government–actor pairs as OV02 counts them (tests/builders.py; founded and accounts_to left out, each pair
    # once): a–own, a–loc, a–loc2, a–reg, a–sup, ocmw_a–own, ocmw_a–loc, ocmw_a–loc2 = 8, of which 2 with "own".
    # (The old row-based value was 8 of the 22 direct tie rows.)
    assert (c["attention_pairs"], c["own_pairs"]) == (8, 2)
    assert c["own_tie_share"] == pytest.approx(2 / 8)
    # ties: 22 direct rows + 5 forum co-memberships (a convenes forum_a, which has 5 actor members)
    assert (c["ties"], c["ties_forum"]) == (27, 5)
    assert c["own_funding_share"] == pytest.approx(0.5)
    assert c["regional_reach"] == 1.0


def _lonely_ocmw_region():
    """Municipality a: actors p–q cooperate, r and s stand alone; a is tied to q and r; ocmw_a has no tie at all.

    By hand: without the governments the actors form 3 groups ({p, q}, {r}, {s}). With the governments' ties,
    a joins {p, q} and {r}: groups among the actors are {p, q, r} and {s} = 2. Counting every component of the
    graph with the governments would give 3 ({a, p, q, r}, {s}, {ocmw_a}): the lonely OCMW would look like a
    group of actors and the governments would seem to split nothing up and join nothing.
    """
    actors, _ = base_rows()
    actors = [r for r in actors if r["kind"] in ("municipality", "ocmw")]
    for x in ("p", "q", "r", "s"):
        actors.append({"id": x, "name": x.upper(), "kind": "enterprise", "municipality": "a"})
    relations = [
        {"source": "p", "target": "q", "kind": "cooperation"},
        {"source": "a", "target": "q", "kind": "client"},
        {"source": "a", "target": "r", "kind": "funding", "amount_eur": "100"},
    ]
    return region_from(actors, relations)


def test_groups_compare_the_same_actors_when_the_ocmw_has_no_ties():
    region = _lonely_ocmw_region()
    full = region.municipal_graph("a", with_governments=True)
    assert "ocmw_a" in full and full.degree("ocmw_a") == 0
    assert nx.number_connected_components(full) == 3  # the old count, OCMW included
    c = connectivity(region, "a")
    assert (c["components_actors"], c["components_with_governments"]) == (3, 2)


def test_groups_never_grow_when_the_governments_are_added():
    for region in (_lonely_ocmw_region(), _star_region(), region_from(*base_rows())):
        for m in region.municipalities:
            c = connectivity(region, m)
            assert c["components_with_governments"] <= c["components_actors"]


def test_own_share_agrees_with_ov02():
    """The report's own share and OV02 count the same government–actor pairs (tests/builders.py: 2 of 8)."""
    from regienet.rules import REGISTRY

    region = region_from(*base_rows())
    c = connectivity(region, "a")
    outcome = REGISTRY["OV02"]().check(region, "a")
    assert outcome.status == "passed"  # 25 % < 30 %
    assert REGISTRY["OV02"]().threshold("own_actor_share") > c["own_tie_share"] == pytest.approx(2 / 8)
