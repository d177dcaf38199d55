"""The Region's indexes answer exactly as the straightforward scans they replaced.

Region keeps per-kind adjacency, pair and forum indexes and column caches so
that a question about one municipality costs time in the size of its
neighbourhood, even next to a region-wide actor with thousands of ties (see
docs/benchmarks.md). The reference functions below are the original
implementations, scanning every relation of a node; each indexed answer must
equal them, including the order of evidence.
"""

from __future__ import annotations

import random

import networkx as nx
import pytest

from regienet.load import load_dataset
from regienet.model import Region, _clean
from regienet.synth import synth_region, write_region


def ref_relations_of(region: Region, node, kinds=None):
    ks = set(kinds) if kinds is not None else None
    return [rid for rid in region._by_node.get(node, ()) if ks is None or region._kind[rid] in ks]


def ref_actor_couplings(region: Region, actors) -> nx.Graph:
    nodes = set(actors)
    H = nx.Graph()
    H.add_nodes_from(sorted(nodes))
    for a in sorted(nodes):
        for rid in region._by_node.get(a, ()):
            s, t, k = region._src[rid], region._tgt[rid], region._kind[rid]
            other = t if s == a else s
            if other in nodes and other != a and k in ("cooperation", "agreement"):
                _couple(H, a, other, k)
            elif k == "member" and s == a:
                for peer in region._forum_members.get(t, ()):
                    if peer in nodes and peer != a:
                        _couple(H, a, peer, f"forum:{t}")
    return H


def _couple(H, u, v, why):
    if H.has_edge(u, v):
        H[u][v]["weight"] += 1
        H[u][v]["kinds"].append(why)
    else:
        H.add_edge(u, v, weight=1, kinds=[why])


def ref_governments_tied_to(region: Region, actor):
    out = set()
    for rid in region._by_node.get(actor, ()):
        other = region._tgt[rid] if region._src[rid] == actor else region._src[rid]
        if other in region.government_of:
            out.add(region.government_of[other])
    return frozenset(out)


def same_graph(G: nx.Graph, H: nx.Graph) -> None:
    assert list(G.nodes) == list(H.nodes)
    assert {frozenset(e) for e in G.edges} == {frozenset(e) for e in H.edges}
    for u, v, data in G.edges(data=True):
        assert H[u][v] == data, (u, v)


@pytest.fixture(scope="module", params=["bundled", "synth"])
def region(request, tmp_path_factory):
    if request.param == "bundled":
        return Region(load_dataset())
    folder = tmp_path_factory.mktemp("synth")
    actors, relations = synth_region(60, seed=4)
    # make hubs: a region-wide actor in every forum, cooperating with many actors
    forums = [a["id"] for a in actors if a["kind"] == "forum"]
    enterprises = [a["id"] for a in actors if a["kind"] == "enterprise"]
    for f in forums:
        relations.append({"source": "se_platform", "target": f, "kind": "member"})
        relations.append({"source": "energiesnoeiers_vl", "target": f, "kind": "member"})
    for e in enterprises[::3]:
        relations.append({"source": "vdab", "target": e, "kind": "cooperation"})
        relations.append({"source": e, "target": "se_platform", "kind": "agreement"})
    write_region(actors, relations, folder)
    return Region(load_dataset(folder))


def subsets(region: Region):
    rng = random.Random(1)
    everyone = sorted(region.kind)
    for m in region.municipalities:
        yield region.actors_of(m)
        yield region.tied_actors(m) & region.actors_of(m)
        yield {*region.actors_of(m), *region.governments(m)}
    for _ in range(20):
        yield set(rng.sample(everyone, min(len(everyone), rng.randint(1, 60))))
    yield set(everyone)


def test_actor_couplings_equal_the_scan(region):
    if "se_platform" in region.kind:  # the hub paths are exercised
        assert len(region._forums_of["se_platform"]) > 60
        assert len(region._by_node_kind["vdab"]["cooperation"]) > 60
    for nodes in subsets(region):
        same_graph(region.actor_couplings(nodes), ref_actor_couplings(region, nodes))


def test_coupled_equals_an_edge_of_the_scan(region):
    """Region.coupled (SA05 asks it of its best pairs) is an edge of the scanned coupling graph, both ways
    round, hubs included."""
    for m in region.municipalities:
        nodes = sorted(region.actors_of(m))
        H = ref_actor_couplings(region, nodes)
        for i, a in enumerate(nodes):
            for b in nodes[i + 1 :]:
                assert region.coupled(a, b) == region.coupled(b, a) == H.has_edge(a, b), (a, b)
    assert any(
        H.number_of_edges() for H in [ref_actor_couplings(region, region.actors_of(m)) for m in region.municipalities]
    )


def test_brokered_via_equals_the_scan(region):
    """Region.brokered_via (SA04 and the levels' brokered ties ask it) lists the rows whose via names the body,
    in file order, as a scan of every row's via cell does."""
    scan: dict[str, list[int]] = {}
    for rid in sorted(region._src):
        via = region.attr(rid, "via")
        if via is not None:
            scan.setdefault(str(via), []).append(rid)
    assert scan  # both fixtures have brokered ties
    for node in sorted(region.kind):
        assert region.brokered_via(node) == scan.get(node, []), node


def test_partners_equal_the_scan(region):
    """Region.partners (who works with a funded support body, OV01) is the other end of every relation of
    those kinds touching the node, as a scan of all rows finds it."""
    kinds = ("cooperation", "agreement")
    for node in sorted(region.kind):
        scan = {
            region._tgt[rid] if region._src[rid] == node else region._src[rid]
            for rid in region._src
            if node in (region._src[rid], region._tgt[rid]) and region._kind[rid] in kinds
        }
        assert region.partners(node, kinds) == scan, node


def test_relations_of_equals_the_scan(region):
    rng = random.Random(2)
    kinds = sorted({k for k in region._kind.values()})
    for node in sorted(region.kind):
        assert region.relations_of(node) == ref_relations_of(region, node)
        for _ in range(3):
            ks = rng.sample(kinds, rng.randint(1, 3))
            assert region.relations_of(node, ks) == ref_relations_of(region, node, ks)
        assert region.relations_of(node, []) == []


def test_governments_tied_to_equals_the_scan(region):
    for actor in sorted(region.kind):
        assert region.governments_tied_to(actor) == ref_governments_tied_to(region, actor)
        assert region.governments_tied_to(actor) == ref_governments_tied_to(region, actor)  # cached


def test_value_and_attr_equal_dataframe_at(region):
    for node in sorted(region.kind):
        for column in region.actors.columns:
            assert region.value(node, column) == _clean(region.actors.at[node, column])
    assert region.value(next(iter(region.kind)), "no_such_column") is None
    for rid in list(region.relations["rid"])[:500]:
        for column in region.relations.columns:
            assert region.attr(rid, column) == _clean(region.relations.at[rid, column])
    with pytest.raises(KeyError):
        region.value("no-such-actor", "name")


def test_value_returns_a_fresh_list(region):
    node = next(a for a in sorted(region.kind) if region.value(a, "activities"))
    region.value(node, "activities").append("mutated")
    assert "mutated" not in region.value(node, "activities")
