"""Exports: GEXF and GraphML read back by networkx with every attribute; Kumu's JSON blueprint."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from click.testing import CliRunner
from mapdata import HOSTILE, hostile_region

from regienet.cli import cli
from regienet.export import FORMATS, _unify, export, flat_graph, to_kumu
from regienet.load import load_dataset
from regienet.model import Region

GEXF_TYPES = {"integer", "long", "double", "float", "boolean", "string", "liststring", "anyURI"}
GRAPHML_TYPES = {"boolean", "int", "long", "float", "double", "string"}


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def read_back(fmt: str, data: bytes, tmp_path) -> nx.MultiDiGraph:
    path = tmp_path / f"g.{fmt}"
    path.write_bytes(data)
    if fmt == "gexf":
        return nx.read_gexf(path)
    return nx.read_graphml(path, force_multigraph=True)


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_file_formats_read_back_with_every_node_edge_and_attribute(fmt, region, tmp_path):
    G = read_back(fmt, export(region, fmt), tmp_path)
    assert isinstance(G, nx.MultiDiGraph)
    assert set(G.nodes) == set(region.kind)
    assert G.number_of_edges() == len(region.relations)
    e = G.nodes["energiesnoeiers"]
    assert e["name"] == "Energiesnoeiers Zuid-West-Vlaanderen" and e["label"] == e["name"]
    assert e["kind"] == "enterprise" and e["subtype"] == "lde"
    assert e["target_groups"] == "low_skilled|long_term_unemployed"  # lists joined with |
    assert G.nodes["lde_kortrijk"]["activities"] == "home_care|cleaning|childcare"
    assert e["regional"] is True and e["jobs"] == 22.0
    assert "lat" not in e and "se_goals" not in e  # unknown values are left out, not written as "" or nan
    k = G.nodes["kortrijk"]
    assert isinstance(k["lat"], float) and isinstance(k["actor_inventory"], bool)
    assert G.nodes["lde_kortrijk"]["own_actor_of"] == "kortrijk"
    for _, _, d in G.edges(data=True):
        assert d["layer"] in ("governance", "economic", "policy", "cooperation") and d["label"] == d["kind"]
        assert all(v not in ("", "nan", "None") for v in d.values())
    kinds = {d["kind"] for _, _, d in G.edges(data=True)}
    assert {"founded", "seat", "cooperation", "accounts_to"} <= kinds
    undirected = [d for _, _, d in G.edges(data=True) if d["kind"] in ("agreement", "cooperation")]
    assert undirected and all(d["directed"] is False for d in undirected)


def test_flat_graph_matches_the_region_graph(region):
    H = flat_graph(region)
    G = region.graph
    assert sorted(H.edges(keys=True)) == sorted(G.edges(keys=True))
    for u, v, key, d in G.edges(keys=True, data=True):
        for col, val in d.items():
            expected = "|".join(val) if isinstance(val, list) else val
            assert H.edges[u, v, key][col] == expected


def test_gexf_declares_types_gephi_knows(region):
    root = ET.fromstring(export(region, "gexf"))
    ns = {"g": "http://www.gexf.net/1.2draft"}
    assert root.get("version") == "1.2"
    types = {a.get("type") for a in root.iterfind(".//g:attribute", ns)}
    assert types and types <= GEXF_TYPES
    assert root.find(".//g:graph", ns).get("defaultedgetype") == "directed"


def test_graphml_declares_types(region):
    root = ET.fromstring(export(region, "graphml"))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    keys = root.findall("g:key", ns)
    assert keys and {k.get("attr.type") for k in keys} <= GRAPHML_TYPES
    # one declaration per name and scope: a column has one type everywhere
    names = [(k.get("for"), k.get("attr.name")) for k in keys]
    assert len(names) == len(set(names))


def test_mixed_attribute_types_are_unified():
    items = [{"a": 1, "b": 1, "c": True}, {"a": 2.5, "b": "x", "c": "maybe"}]
    _unify(items)
    assert items == [{"a": 1.0, "b": "1", "c": "true"}, {"a": 2.5, "b": "x", "c": "maybe"}]


def test_hostile_text_survives_every_format(tmp_path):
    region = Region(load_dataset(hostile_region(tmp_path / "data")))
    for fmt in ("gexf", "graphml"):
        G = read_back(fmt, export(region, fmt), tmp_path)
        assert G.nodes["e1"]["name"] == HOSTILE[0]
        assert G.nodes["alpha"]["name"] == HOSTILE[1]
        assert G.nodes["e1"][HOSTILE[0]] == HOSTILE[0]  # an extra column, hostile header and all
    blueprint = json.loads(export(region, "kumu"))
    labels = {e["id"]: e["label"] for e in blueprint["elements"]}
    assert labels["e1"] == HOSTILE[0] and labels["ocmw_beta"] == HOSTILE[4]


def test_kumu_blueprint_shape(region):
    bp = json.loads(export(region, "kumu", lang="nl"))
    assert set(bp) == {"elements", "connections"}
    assert len(bp["elements"]) == len(region.kind) and len(bp["connections"]) == len(region.relations)
    ids = [e["id"] for e in bp["elements"]] + [c["id"] for c in bp["connections"]]
    assert len(ids) == len(set(ids))  # Kumu: ids unique across elements and connections
    elements = {e["id"]: e for e in bp["elements"]}
    for e in bp["elements"]:
        assert {"id", "label", "type", "kind"} <= set(e) and all(v is not None for v in e.values())
    assert elements["kortrijk"]["type"] == "gemeente" and elements["kortrijk"]["label"] == "Stad Kortrijk"
    assert elements["lde_kortrijk"]["activities"] == ["home_care", "cleaning", "childcare"]  # lists stay lists
    assert elements["lde_kortrijk"]["own_actor_of"] == ["kortrijk"]
    for c in bp["connections"]:
        assert {"id", "from", "to", "type", "direction", "kind", "layer"} <= set(c)
        assert c["from"] in elements and c["to"] in elements
        assert c["direction"] == ("undirected" if c["kind"] in ("agreement", "cooperation") else "directed")
    founded = next(c for c in bp["connections"] if c["kind"] == "founded")
    assert founded["type"] == "opgericht"


def test_kumu_renames_columns_that_clash_with_its_own_keys(tmp_path):
    from mapdata import write_region

    folder = write_region(
        tmp_path / "d",
        [
            {"id": "a", "name": "A", "kind": "municipality", "municipality": "a", "type": "x", "tags": "y"},
            {"id": "ocmw_a", "name": "OCMW A", "kind": "ocmw", "municipality": "a"},
        ],
        [{"source": "a", "target": "ocmw_a", "kind": "agreement"}],
        extra=["type", "tags"],
    )
    element = next(e for e in to_kumu(Region(load_dataset(folder)))["elements"] if e["id"] == "a")
    assert element["type"] == "municipality" and element["type (data)"] == "x" and element["tags (data)"] == "y"


def test_unknown_format_is_refused(region):
    with pytest.raises(ValueError, match="unknown export format"):
        export(region, "dot")


# --------------------------------------------------------------------------- CLI


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_cli_writes_output_region_ext(fmt, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = run("export", "--to", fmt)
    assert res.exit_code == 0, res.output
    target = tmp_path / "output" / f"region.{FORMATS[fmt]}"
    assert target.is_file() and str(target) in res.stdout
    assert target.read_bytes() == export(Region(load_dataset()), fmt)


def test_cli_dash_writes_to_stdout(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = run("export", "--to", "kumu", "-o", "-", "--lang", "nl")
    assert res.exit_code == 0
    assert json.loads(res.stdout_bytes)["elements"][0]["type"] == "gemeente"
    res = run("export", "--to", "gexf", "-o", "-")
    assert res.stdout_bytes.startswith(b"<?xml") and not (tmp_path / "output").exists()


def test_cli_exit_2_on_bad_input(tmp_path):
    assert run("export", "--to", "gexf", "-o", str(tmp_path / "no" / "x.gexf")).exit_code == 2
    assert run("export", "--to", "pdf").exit_code == 2
    assert run("export").exit_code == 2
    assert run("export", "--to", "gexf", "--data", str(tmp_path / "missing")).exit_code == 2


def test_cli_year(tmp_path):
    res = run("export", "--to", "graphml", "--year", "2009", "-o", str(tmp_path / "r.graphml"))
    assert res.exit_code == 0
    assert nx.read_graphml(tmp_path / "r.graphml").number_of_nodes() == 66
