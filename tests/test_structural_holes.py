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
