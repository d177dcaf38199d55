"""Exports: GEXF and GraphML read back by networkx with every attribute; Kumu's JSON blueprint."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from click.testing import CliRunner
from mapdata import HOSTILE, hostile_region

from regienet.cli import cli
from regienet.export import FORMATS, _unifier, export, flat_graph, to_kumu
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
    """int and float → float; any other mix → text (booleans ``true``/``false``); one kind stays as it is."""
    assert _unifier({"int"}) is None and _unifier(set()) is None
    to_float = _unifier({"int", "float"})
    assert to_float(1) == 1.0 and isinstance(to_float(1), float) and to_float(2.5) == 2.5
    to_text = _unifier({"int", "str"})
    assert to_text(1) == "1" and to_text("x") == "x"
    assert _unifier({"bool", "str"})(True) == "true" and _unifier({"bool", "float"})(2.5) == "2.5"


def test_hostile_text_survives_every_format(tmp_path):
    region = Region(load_dataset(hostile_region(tmp_path / "data")))
    for fmt in ("gexf", "graphml"):
        G = read_back(fmt, export(region, fmt), tmp_path)
        assert G.nodes["e1"]["name"] == HOSTILE[0]
        assert G.nodes["alpha"]["name"] == HOSTILE[1]
        # an extra column, hostile header and all; GraphML's attr.name must be an NMTOKEN (issue 26)
        header = HOSTILE[0] if fmt == "gexf" else "_img_src_x_onerror_alert_1__"
        assert G.nodes["e1"][header] == HOSTILE[0]
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
    (tmp_path / "afile").write_text("x")  # a file where a folder should be (a missing folder is created)
    assert run("export", "--to", "gexf", "-o", str(tmp_path / "afile" / "x.gexf")).exit_code == 2
    assert run("export", "--to", "pdf").exit_code == 2
    assert run("export").exit_code == 2
    assert run("export", "--to", "gexf", "--data", str(tmp_path / "missing")).exit_code == 2


def test_cli_year(tmp_path):
    res = run("export", "--to", "graphml", "--year", "2009", "-o", str(tmp_path / "r.graphml"))
    assert res.exit_code == 0
    assert nx.read_graphml(tmp_path / "r.graphml").number_of_nodes() == 66


# --------------------------------------------------------------------------- issue 15.6: exports any tool reads

GEXF_NS = {"g": "http://www.gexf.net/1.2draft"}
#: What the GEXF 1.2 schema allows on these elements (static graphs; regienet writes no viz or dynamics).
GEXF_GRAPH_ATTRS = {"defaultedgetype", "mode", "timeformat", "start", "end", "idtype"}
GEXF_NODE_ATTRS = {"id", "label"}
GEXF_EDGE_ATTRS = {"id", "source", "target", "label"}


def bundled_with(
    tmp_path, table: str | None = None, column: str | None = None, value: str = "x", name: str | None = None
):
    """The bundled data, copied to *tmp_path*, plus one extra *column* in *table* (every row *value*), and/or
    the first actor renamed *name*."""
    import csv

    from conftest import DATA

    folder = tmp_path / "data"
    folder.mkdir()
    for t in ("actors", "relations"):
        with open(DATA / f"{t}.csv", encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        header = list(rows[0])
        if t == table:
            header.append(column)
            for row in rows:
                row[column] = value
        if t == "actors" and name is not None:
            rows[0]["name"] = name
        with open(folder / f"{t}.csv", "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, header)
            writer.writeheader()
            writer.writerows(rows)
    return folder


def assert_gexf_schema_valid(data: bytes) -> ET.Element:
    """The constraints of the GEXF 1.2 XSD regienet's files touch (the XSD itself cannot be downloaded here):
    well-formed; root and version; no ``name`` on graph (the XSD has none, so ``name=""`` fails); an
    enumerated edge type; attribute types from the schema's list, ids unique per class, every attvalue
    pointing at a declared attribute of its class with a value of the declared type; only the element
    attributes the schema knows on nodes and edges; unique node and edge ids; edges between known nodes;
    ``lastmodifieddate`` an ``xs:date``."""
    import re

    root = ET.fromstring(data)  # well-formed
    assert root.tag == "{http://www.gexf.net/1.2draft}gexf" and root.get("version") == "1.2"
    meta = root.find("g:meta", GEXF_NS)
    if meta is not None and meta.get("lastmodifieddate") is not None:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("lastmodifieddate"))
    graph = root.find("g:graph", GEXF_NS)
    assert set(graph.attrib) <= GEXF_GRAPH_ATTRS
    assert graph.get("defaultedgetype") in ("directed", "undirected", "mutual")
    declared: dict[str, dict[str, str]] = {}
    for attributes in graph.findall("g:attributes", GEXF_NS):
        cls = attributes.get("class")
        assert cls in ("node", "edge") and attributes.get("mode") in ("static", "dynamic")
        types = declared.setdefault(cls, {})
        for a in attributes.findall("g:attribute", GEXF_NS):
            assert a.get("id") and a.get("title") and a.get("type") in GEXF_TYPES
            assert a.get("id") not in types
            types[a.get("id")] = a.get("type")
        titles = [a.get("title") for a in attributes.findall("g:attribute", GEXF_NS)]
        assert len(titles) == len(set(titles))
    lexical = {
        "boolean": lambda v: v in ("true", "false", "1", "0"),
        "long": lambda v: re.fullmatch(r"[+-]?\d+", v) is not None,
        "integer": lambda v: re.fullmatch(r"[+-]?\d+", v) is not None,
        "double": lambda v: v in ("INF", "-INF", "NaN") or re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", v),
        "float": lambda v: True,
        "string": lambda v: True,
        "liststring": lambda v: True,
        "anyURI": lambda v: True,
    }

    def check_values(element: ET.Element, cls: str) -> None:
        for av in element.iterfind("g:attvalues/g:attvalue", GEXF_NS):
            assert av.get("for") in declared[cls], f"attvalue for an undeclared {cls} attribute"
            assert av.get("value") is not None
            assert lexical[declared[cls][av.get("for")]](av.get("value")), av.get("value")

    node_ids = []
    for node in graph.iterfind("g:nodes/g:node", GEXF_NS):
        assert set(node.attrib) <= GEXF_NODE_ATTRS and node.get("id")
        node_ids.append(node.get("id"))
        check_values(node, "node")
    assert len(node_ids) == len(set(node_ids))
    edge_ids = []
    for edge in graph.iterfind("g:edges/g:edge", GEXF_NS):
        assert set(edge.attrib) <= GEXF_EDGE_ATTRS and edge.get("id")
        assert edge.get("source") in node_ids and edge.get("target") in node_ids
        edge_ids.append(edge.get("id"))
        check_values(edge, "edge")
    assert len(edge_ids) == len(set(edge_ids))
    return root


def test_gexf_follows_the_schema_and_has_no_empty_name(region):
    root = assert_gexf_schema_valid(export(region, "gexf"))
    assert "name" not in root.find("g:graph", GEXF_NS).attrib  # the XSD has no graph name: name="" fails it
    titles = {a.get("title") for a in root.iterfind(".//g:attributes[@class='node']/g:attribute", GEXF_NS)}
    assert "id" not in titles and "label" not in titles  # they are the node's own id and label (Gephi's Id, Label)


def test_gexf_edge_ids_are_relation_rows(region, tmp_path):
    root = ET.fromstring(export(region, "gexf"))
    rid = next(a.get("id") for a in root.iterfind(".//g:attribute", GEXF_NS) if a.get("title") == "rid")
    pairs = [
        (e.get("id"), next(v.get("value") for v in e.iterfind(".//g:attvalue", GEXF_NS) if v.get("for") == rid))
        for e in root.iterfind(".//g:edge", GEXF_NS)
    ]
    assert len(pairs) == len(region.relations) and all(i == r for i, r in pairs)
    by_rid = {d["rid"]: (u, v) for u, v, d in region.graph.edges(data=True)}
    for e in root.iterfind(".//g:edge", GEXF_NS):
        assert by_rid[int(e.get("id"))] == (e.get("source"), e.get("target"))
    G = read_back("gexf", export(region, "gexf"), tmp_path)
    assert all(str(d["rid"]) == key for _, _, key, d in G.edges(keys=True, data=True))


def test_gexf_date_follows_source_date_epoch(region, monkeypatch, tmp_path):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = export(region, "gexf")
    assert ET.fromstring(first).find("g:meta", GEXF_NS).get("lastmodifieddate") is None  # no today's date
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    dated = export(region, "gexf")
    assert ET.fromstring(dated).find("g:meta", GEXF_NS).get("lastmodifieddate") == "2023-11-14"
    assert_gexf_schema_valid(dated)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    res = CliRunner().invoke(cli, ["export", "--to", "gexf", "-o", str(tmp_path / "x.gexf")])
    assert res.exit_code == 2 and "SOURCE_DATE_EPOCH" in res.output


# (table, column): each crashed, was overwritten, or changed meaning in some format before issue 15.6
EXTRA_COLUMNS = [
    ("relations", "key"),
    ("actors", "viz"),
    ("actors", "type"),
    ("actors", "label"),
    ("actors", "regional"),
    ("actors", "start"),
    ("actors", "pid"),
    ("relations", "weight"),
]


#: which of them each format renames data_<column> (GEXF: all eight; GraphML: networkx's edge key and the
#: names the export adds)
RENAMED = {"gexf": {c for _, c in EXTRA_COLUMNS}, "graphml": {"key", "label", "regional"}}


@pytest.mark.parametrize(("table", "column"), EXTRA_COLUMNS)
@pytest.mark.parametrize("fmt", ["gexf", "graphml", "kumu"])
def test_an_extra_column_never_collides(fmt, table, column, tmp_path):
    folder = bundled_with(tmp_path, table, column, value="zz9")
    res = CliRunner().invoke(cli, ["export", "--to", fmt, "--data", str(folder), "-o", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    data = (tmp_path / "out").read_bytes()
    if fmt == "kumu":
        bp = json.loads(data)
        items = bp["elements"] if table == "actors" else bp["connections"]
        item = next(i for i in items if i["id"] == "energiesnoeiers") if table == "actors" else items[0]
        assert item.get(column) == "zz9" or item.get(f"{column} (data)") == "zz9"
        if table == "actors":
            assert item["label"] == "Energiesnoeiers Zuid-West-Vlaanderen" and item["regional"] is True
        return
    if fmt == "gexf":
        assert_gexf_schema_valid(data)
    G = read_back(fmt, data, tmp_path)
    renamed = column in RENAMED[fmt]
    name = "data_" + column if renamed else column
    if table == "actors":
        node = G.nodes["energiesnoeiers"]
        assert node[name] == "zz9"
        assert node["label"] == node["name"] == "Energiesnoeiers Zuid-West-Vlaanderen"  # not overwritten
        assert node["regional"] is True
        assert {"start", "pid", "viz", "type"}.isdisjoint(node) or not renamed
    else:
        for _, _, d in G.edges(data=True):
            assert d[name] == "zz9" and d["label"] == d["kind"]
            if fmt == "gexf":
                assert "weight" not in d  # not an edge weight: the user's column keeps its meaning as data


def test_kumu_renames_a_regional_column(tmp_path):
    region = Region(load_dataset(bundled_with(tmp_path, "actors", "regional", value="yes please")))
    element = next(e for e in to_kumu(region)["elements"] if e["id"] == "energiesnoeiers")
    assert element["regional"] is True and element["regional (data)"] == "yes please"


def test_a_renamed_column_does_not_take_another_columns_name():
    from regienet.export import renames

    assert renames({"type", "data_type", "kind"}, {"type", "id"}) == {"type": "data_data_type"}


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_a_vertical_tab_in_a_name_becomes_a_space(fmt, tmp_path):
    folder = bundled_with(tmp_path, name="Gemeente\vAnzegem\x1bZuid")
    res = CliRunner().invoke(cli, ["export", "--to", fmt, "--data", str(folder), "-o", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    assert "1 value holds characters XML cannot hold" in res.stderr  # said, not silent
    data = (tmp_path / "out").read_bytes()
    ET.fromstring(data)  # well-formed
    if fmt == "gexf":
        assert_gexf_schema_valid(data)
    node = read_back(fmt, data, tmp_path).nodes["anzegem"]
    assert node["name"] == node["label"] == "Gemeente Anzegem Zuid"


def test_kumu_keeps_a_vertical_tab(tmp_path):
    region = Region(load_dataset(bundled_with(tmp_path, name="Gemeente\vAnzegem")))
    assert json.loads(export(region, "kumu"))["elements"][0]["label"] == "Gemeente\vAnzegem"


def test_cli_quiet_and_progress_bar_on_a_terminal(tmp_path, monkeypatch):
    from regienet import progress

    calls = []
    real = progress.progress

    def spy(label, total, **kw):
        calls.append((label, total, kw.get("quiet")))
        return real(label, total, **kw)

    monkeypatch.setattr(progress, "progress", spy)
    res = run("export", "--to", "graphml", "-o", str(tmp_path / "r.graphml"), "--quiet")
    assert res.exit_code == 0
    region = Region(load_dataset())
    assert calls == [("Exporting the network", region.graph.number_of_nodes() + region.graph.number_of_edges(), True)]
