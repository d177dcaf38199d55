"""metrics.structural_holes returns what networkx's constraint and effective size return.

Equal to 1e-12 relative: networkx sums over a set of neighbours, whose order
(and so the last bits of the float) changes with PYTHONHASHSEED; regienet sums
in sorted order so that its output is the same in every process.
"""

from __future__ import annotations

import math
import random

import networkx as nx
import pytest

from regienet.metrics import structural_holes


def same(a: dict, b: dict) -> None:
    assert a.keys() == b.keys()
    for k in a:
        assert (math.isnan(a[k]) and math.isnan(b[k])) or math.isclose(a[k], b[k], rel_tol=1e-12), (k, a[k], b[k])


def random_graphs():
    rng = random.Random(7)
    for i in range(60):
        n = rng.randint(1, 40)
        G = nx.gnp_random_graph(n, rng.uniform(0.05, 0.6), seed=i)
        G = nx.relabel_nodes(G, {k: f"n{k}" for k in G})
        for u, v in G.edges:
            G[u][v]["weight"] = rng.choice((1, 1, 2, 3, 0.5))
        if i % 7 == 0:
            G.add_node("isolated")
        yield G


@pytest.mark.parametrize("G", list(random_graphs()))
def test_equals_networkx_on_random_weighted_graphs(G):
    nodes = sorted(G)[:5]
    c, e = structural_holes(G, nodes, weight="weight")
    same(c, nx.constraint(G, nodes, weight="weight"))
    same(e, nx.effective_size(G, nodes, weight="weight"))


def test_equals_networkx_on_municipal_graphs(region):
    for m in region.municipalities:
        full = region.municipal_graph(m, with_governments=True)
        govs = [g for g in region.governments(m) if full.degree(g) > 0]
        c, e = structural_holes(full, govs, weight="weight")
        same(c, nx.constraint(full, govs, weight="weight"))
        same(e, nx.effective_size(full, govs, weight="weight"))


def test_unweighted_edges_count_one():
    G = nx.path_graph(["a", "b", "c"])
    c, e = structural_holes(G, ["b"], weight="weight")
    same(c, nx.constraint(G, ["b"], weight="weight"))
    same(e, nx.effective_size(G, ["b"], weight="weight"))


def reference_structural_holes(G: nx.Graph, nodes, weight: str) -> tuple[dict, dict]:
    """The implementation before the shared-neighbour sums (commit 0da71c9): every neighbour w of v in every
    sum. The current one must give the same floats bit for bit (reports are compared byte for byte)."""
    adj = dict(G.adjacency())
    nbrs: dict = {}
    scale: dict = {}

    def neighbours(u):
        if u not in nbrs:
            nbrs[u] = sorted(set(nx.all_neighbors(G, u)), key=str)
        return nbrs[u]

    def mutual(u, v):
        return (adj[u][v].get(weight, 1) if v in adj[u] else 0) + (adj[v][u].get(weight, 1) if u in adj[v] else 0)

    def nmw(u, v, norm=sum):
        if (u, norm) not in scale:
            scale[u, norm] = norm(mutual(u, w) for w in neighbours(u))
        s = scale[u, norm]
        return 0 if s == 0 else mutual(u, v) / s

    constraint = {}
    for v in nodes:
        if len(adj[v]) == 0:
            constraint[v] = float("nan")
            continue
        total = 0
        for n in neighbours(v):
            total += (nmw(v, n) + sum(nmw(v, w) * nmw(w, n) for w in neighbours(v))) ** 2
        constraint[v] = total
    effective = {}
    for v in nodes:
        if all(u == v for u in adj[v]):
            effective[v] = float("nan")
            continue
        effective[v] = sum(1 - sum(nmw(v, w) * nmw(u, w, norm=max) for w in neighbours(v)) for u in neighbours(v))
    return constraint, effective


def bits(d: dict) -> dict:
    return {k: (type(v).__name__, repr(v)) for k, v in d.items()}


@pytest.mark.parametrize("G", list(random_graphs()))
def test_bit_identical_to_the_full_sums(G):
    nodes = sorted(G)
    got, want = structural_holes(G, nodes, weight="weight"), reference_structural_holes(G, nodes, weight="weight")
    assert bits(got[0]) == bits(want[0])
    assert bits(got[1]) == bits(want[1])


def test_bit_identical_on_municipal_graphs(region):
    for m in region.municipalities:
        full = region.municipal_graph(m, with_governments=True)
        nodes = sorted(full, key=str)
        got, want = structural_holes(full, nodes, "weight"), reference_structural_holes(full, nodes, "weight")
        assert bits(got[0]) == bits(want[0]), m
        assert bits(got[1]) == bits(want[1]), m


def test_bit_identical_with_zero_weights():
    """A node whose mutual weights are all 0 (normaliser 0): networkx's int zeros, kept as they were."""
    G = nx.Graph()
    G.add_edge("a", "b", weight=0)
    G.add_edge("a", "c", weight=0)
    G.add_edge("b", "c", weight=2)
    got, want = structural_holes(G, ["a", "b", "c"], "weight"), reference_structural_holes(G, ["a", "b", "c"], "weight")
    assert bits(got[0]) == bits(want[0]) and bits(got[1]) == bits(want[1])
