"""The export writers as they were before issue 16.2, kept as the reference the streaming writers must match.

Until then ``regienet/export.py`` built a flat networkx graph (``flat_graph``) and wrote it through
ElementTree: GEXF with ``ET.indent`` + ``ET.tostring``, GraphML with networkx's ``write_graphml``
(``prettyprint=True, infer_numeric_types=True``; its ElementTree writer when lxml is missing, as in
regienet's dependencies), Kumu with one ``json.dumps`` of the whole blueprint. The code below is that code,
copied from commit a42fff7 with only its imports changed: the helpers it shares with the new writers
(:func:`~regienet.export.xml_text`, :func:`~regienet.export.renames`, the reserved names, the owners and
``SOURCE_DATE_EPOCH``) are imported from the package; the value conversions (``_flat``, ``_kind_of``,
``_unify``, ``_gexf_value``) are frozen here. ``tests/test_export_stream.py`` compares its bytes with the
new writers' on many regions; the golden files in ``tests/fixtures/export/`` were written by it.
"""

from __future__ import annotations

import io
import json
import math
from collections import defaultdict
from typing import Any

import networkx as nx

from regienet.export import (
    ADDED_EDGE_KEYS,
    ADDED_NODE_KEYS,
    GEXF_NS,
    OWN_EDGE_KEYS,
    OWN_NODE_KEYS,
    RESERVED,
    _kumu_key,
    _owners,
    modified_date,
    renames,
    xml_text,
)
from regienet.i18n import t
from regienet.schema import ACTOR_NODE_KINDS


def _flat(value: Any) -> Any:
    if isinstance(value, list | tuple):
        value = "|".join(str(v) for v in value)
    if isinstance(value, str):
        return xml_text(value)
    return value


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    return "str"


def _unify(items: list[dict[str, Any]]) -> None:
    kinds: dict[str, set[str]] = defaultdict(set)
    for attrs in items:
        for k, v in attrs.items():
            kinds[k].add(_kind_of(v))
    for key, found in kinds.items():
        if len(found) <= 1:
            continue
        target = float if found == {"int", "float"} else str
        for attrs in items:
            if key in attrs:
                v = attrs[key]
                attrs[key] = (str(v).lower() if isinstance(v, bool) else str(v)) if target is str else float(v)


def flat_graph(region, fmt: str = "graphml") -> nx.MultiDiGraph:
    G = region.graph
    owners = _owners(region)
    reserved = RESERVED[fmt]
    node_keys = {xml_text(k) for _, d in G.nodes(data=True) for k in d}
    edge_keys = {xml_text(k) for *_, d in G.edges(keys=True, data=True) for k in d}
    node_renames = renames(node_keys - OWN_NODE_KEYS, reserved | ADDED_NODE_KEYS)
    edge_renames = renames(edge_keys - OWN_EDGE_KEYS, reserved | ADDED_EDGE_KEYS)
    H = nx.MultiDiGraph()
    node_attrs = []
    for node in sorted(G.nodes):
        attrs = {}
        for k, v in G.nodes[node].items():
            if v is not None and not (fmt == "gexf" and k == "id"):
                k = xml_text(k)
                attrs[node_renames.get(k, k)] = _flat(v)
        attrs["label"] = xml_text(region.name.get(node, node))
        if region.kind.get(node) in ACTOR_NODE_KINDS:
            attrs["regional"] = region.is_regional(node)
        if owners.get(node):
            attrs["own_actor_of"] = "|".join(owners[node])
        node_attrs.append((node, attrs))
    edge_attrs = []
    for u, v, key, data in sorted(G.edges(keys=True, data=True), key=lambda e: e[2]):
        attrs = {}
        for k, x in data.items():
            if x is not None:
                k = xml_text(k)
                attrs[edge_renames.get(k, k)] = _flat(x)
        attrs["label"] = data["kind"]
        edge_attrs.append((u, v, key, attrs))
    _unify([a for _, a in node_attrs])
    _unify([a for *_, a in edge_attrs])
    H.add_nodes_from(node_attrs)
    H.add_edges_from(edge_attrs)
    return H


_GEXF_TYPE = {"bool": "boolean", "int": "long", "float": "double", "str": "string"}


def _gexf_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "INF" if value > 0 else "-INF"
        return repr(value)
    return str(value)


def to_gexf(region) -> bytes:
    import xml.etree.ElementTree as ET

    H = flat_graph(region, "gexf")
    date = modified_date()
    root = ET.Element(
        "gexf",
        {
            "xmlns": GEXF_NS,
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
            "xsi:schemaLocation": f"{GEXF_NS} {GEXF_NS}/gexf.xsd",
            "version": "1.2",
        },
    )
    meta = ET.SubElement(root, "meta", {"lastmodifieddate": date} if date else {})
    ET.SubElement(meta, "creator").text = "regienet"
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "static"})

    def declare(cls: str, items: list[dict[str, Any]], start: int) -> dict[str, str]:
        ids: dict[str, str] = {}
        types: dict[str, str] = {}
        for attrs in items:
            for k, v in attrs.items():
                if k != "label" and k not in ids:
                    ids[k] = str(start + len(ids))
                    types[k] = _GEXF_TYPE[_kind_of(v)]
        element = ET.SubElement(graph, "attributes", {"class": cls, "mode": "static"})
        for k, i in ids.items():
            ET.SubElement(element, "attribute", {"id": i, "title": k, "type": types[k]})
        return ids

    def attvalues(parent: ET.Element, attrs: dict[str, Any], ids: dict[str, str]) -> None:
        values = ET.SubElement(parent, "attvalues")
        for k, v in attrs.items():
            if k != "label":
                ET.SubElement(values, "attvalue", {"for": ids[k], "value": _gexf_value(v)})

    node_items = [d for _, d in H.nodes(data=True)]
    edge_items = [d for *_, d in H.edges(keys=True, data=True)]
    node_ids = declare("node", node_items, 0)
    edge_ids = declare("edge", edge_items, len(node_ids))
    nodes = ET.SubElement(graph, "nodes")
    for node, attrs in H.nodes(data=True):
        element = ET.SubElement(nodes, "node", {"id": xml_text(str(node)), "label": attrs["label"]})
        attvalues(element, attrs, node_ids)
    edges = ET.SubElement(graph, "edges")
    for u, v, key, attrs in H.edges(keys=True, data=True):
        element = ET.SubElement(
            edges,
            "edge",
            {"id": str(key), "source": xml_text(str(u)), "target": xml_text(str(v)), "label": attrs["label"]},
        )
        attvalues(element, attrs, edge_ids)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def to_graphml(region) -> bytes:
    from networkx.readwrite.graphml import write_graphml_xml  # the writer networkx uses without lxml

    buf = io.BytesIO()
    write_graphml_xml(flat_graph(region, "graphml"), buf, encoding="utf-8", prettyprint=True, infer_numeric_types=True)
    return _nmtoken_keys(buf.getvalue())


def _nmtoken_keys(xml: bytes) -> bytes:
    """networkx's GraphML with every ``attr.name`` made an XML NMTOKEN, as the GraphML XSD requires (issue 26):
    characters other than word characters and ``. - _ : ·`` become ``_``, and a name already used in its scope
    (``for="node"``/``"edge"``; names that were valid are kept and come first) gets ``_2``, ``_3`` … in the
    order of the key ids. Done here on the written text, independently of the exporter's own renaming."""
    import html
    import re

    text = xml.decode("utf-8")
    keys = re.findall(r'<key id="d(\d+)" for="(\w+)" attr\.name="([^"]*)"', text)
    bad = re.compile(r"[^\w.\-:·]")
    taken: dict[str, set[str]] = {}
    for _, scope, name in keys:
        if name and not bad.search(html.unescape(name)):
            taken.setdefault(scope, set()).add(html.unescape(name))
    for key_id, scope, name in sorted(keys, key=lambda k: int(k[0])):
        raw = html.unescape(name)
        if raw and not bad.search(raw):
            continue
        token = bad.sub("_", raw) or "_"
        new, n = token, 1
        while new in taken.setdefault(scope, set()):
            n += 1
            new = f"{token}_{n}"
        taken[scope].add(new)
        text = text.replace(
            f'<key id="d{key_id}" for="{scope}" attr.name="{name}"',
            f'<key id="d{key_id}" for="{scope}" attr.name="{new}"',
        )
    return text.encode("utf-8")


def to_kumu(region, lang: str = "en") -> dict[str, Any]:
    G = region.graph
    owners = _owners(region)
    elements = []
    for node in sorted(G.nodes):
        data = G.nodes[node]
        element: dict[str, Any] = {
            "id": node,
            "label": region.name.get(node, node),
            "type": t(f"kind.{data['kind']}", lang),
        }
        for k, v in data.items():
            if v is None or k in ("id", "name"):
                continue
            element[_kumu_key(k)] = list(v) if isinstance(v, list | tuple) else v
        if region.kind.get(node) in ACTOR_NODE_KINDS:
            element["regional"] = region.is_regional(node)
        if owners.get(node):
            element["own_actor_of"] = list(owners[node])
        elements.append(element)
    connections = []
    for u, v, key, data in sorted(G.edges(keys=True, data=True), key=lambda e: e[2]):
        conn: dict[str, Any] = {
            "id": f"relation:{key}",
            "from": u,
            "to": v,
            "type": t(f"relation.{data['kind']}", lang),
            "direction": "directed" if data.get("directed", True) else "undirected",
        }
        for k, x in data.items():
            if x is None or k in ("directed",):
                continue
            conn[_kumu_key(k)] = list(x) if isinstance(x, list | tuple) else x
        connections.append(conn)
    return {"elements": elements, "connections": connections}


def export(region, fmt: str, lang: str = "en") -> bytes:
    """The reference bytes of *fmt* for *region* (what ``regienet.export.export`` returned before)."""
    if fmt == "gexf":
        return to_gexf(region)
    if fmt == "graphml":
        return to_graphml(region)
    if fmt == "kumu":
        text = json.dumps(to_kumu(region, lang), ensure_ascii=False, indent=2, allow_nan=False)
        return (text + "\n").encode("utf-8")
    raise ValueError(fmt)
