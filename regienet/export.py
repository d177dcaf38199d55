"""Hand the network to other tools: GEXF and GraphML (Gephi, networkx, yEd, Cytoscape) and Kumu.

Every actor is a node with all its known attributes, every relation row an
edge with its own. File formats hold scalars, so ``|``-lists are joined with
``|`` (the data contract's own list separator) and unknown values (blank
cells) are left out, never written as empty strings or ``nan``. Each
attribute gets one type across all elements (a column that is a number on
one row and text on another becomes text), because GEXF and GraphML declare
a type per attribute.

Added for convenience: ``label`` (the name; Gephi shows it), ``regional``
(scope regional or working in two or more municipalities) and
``own_actor_of`` (the municipalities that founded the actor and steer it)
on actors; ``label`` (the kind), ``layer`` and ``directed`` on relations.
A data column named like one of these or like a name the format reserves
(:data:`RESERVED`) is renamed ``data_<name>``, never overwritten. In GEXF
and GraphML, characters XML cannot hold become a space (:func:`xml_text`).
Undirected kinds (agreement, cooperation) are edges with ``directed=false``
in a directed graph: GEXF and GraphML cannot mix edge directions in a way
every reader accepts.

Kumu's JSON blueprint is ``{"elements": [...], "connections": [...]}``
(https://docs.kumu.io/guides/import/blueprints): elements carry ``id``,
``label``, ``type`` and the attributes (lists stay lists); connections carry
``id``, ``from``, ``to``, ``type``, ``direction`` (``directed`` or
``undirected``) and the attributes. Ids are the actor ids and
``relation:<row>``, unique across both, as Kumu requires.
"""

from __future__ import annotations

import datetime
import io
import json
import math
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from regienet.i18n import t
from regienet.schema import ACTOR_NODE_KINDS

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

    from regienet.model import Region

#: format → file extension
FORMATS: dict[str, str] = {"gexf": "gexf", "graphml": "graphml", "kumu": "json"}

#: Prefix that moves a data column out of the way of a name a format (or regienet's export) gives a meaning of
#: its own in GEXF and GraphML: a column ``type`` is written as ``data_type`` (``data_data_type`` if that is
#: taken too). Kumu keeps its own spelling, ``type (data)``.
DATA_PREFIX = "data_"

#: Names the export itself adds to every actor / relation (see the module docstring).
ADDED_NODE_KEYS = frozenset({"label", "regional", "own_actor_of"})
ADDED_EDGE_KEYS = frozenset({"label"})

#: Names each format (or the way networkx and Gephi read it) gives a meaning of its own. A data column of that
#: name is renamed (never dropped, never overwritten): GEXF node and edge XML attributes (``start`` and ``end``
#: make an element dynamic, ``pid`` a child of another node, ``weight`` the edge weight, ``type`` the edge
#: direction, ``viz`` the drawing), networkx's ``networkx_key`` and ``key``; GraphML's element attributes and networkx's
#: edge ``key``; Kumu's own keys. Together with :data:`ADDED_NODE_KEYS` / :data:`ADDED_EDGE_KEYS`.
RESERVED: dict[str, frozenset[str]] = {
    "gexf": frozenset(
        {"id", "label", "pid", "start", "end", "startopen", "endopen", "viz", "weight", "type", "source", "target"}
        | {"networkx_key", "key"}
    ),
    "graphml": frozenset({"id", "key", "source", "target", "sourceport", "targetport", "port"}),
    "kumu": frozenset({"id", "label", "type", "description", "tags", "image", "from", "to", "direction"}),
}

#: Keys Kumu gives a meaning of its own; a data column of that name is renamed ``<name> (data)``.
KUMU_RESERVED = RESERVED["kumu"] | ADDED_NODE_KEYS

#: Columns the model itself sets (not data columns): kept under their own name in every format.
OWN_NODE_KEYS = frozenset({"id"})
OWN_EDGE_KEYS = frozenset({"rid", "kind", "layer", "directed"})

# Characters XML 1.0 cannot hold, even escaped: C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/F.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """*text* with every character XML 1.0 cannot hold (a vertical tab, form feed, NUL …) replaced by a space.

    GEXF and GraphML are XML; such a character would make the file unreadable. Tab, newline and carriage
    return are kept (they are written as character references).
    """
    return _NOT_XML.sub(" ", text)


def not_xml_count(region: Region) -> int:
    """How many names, values and column names of *region* hold a character :func:`xml_text` replaces."""

    def bad(x: Any) -> bool:
        if isinstance(x, list | tuple):
            return any(bad(v) for v in x)
        return isinstance(x, str) and _NOT_XML.search(x) is not None

    G = region.graph
    items = [d for _, d in G.nodes(data=True)] + [d for *_, d in G.edges(keys=True, data=True)]
    return sum(bad(k) + bad(v) for d in items for k, v in d.items())


def default_filename(fmt: str) -> str:
    """``region.gexf``, ``region.graphml`` or ``region.json``."""
    return f"region.{FORMATS[fmt]}"


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
    """Give every attribute one type across *items* (in place): int+float → float, else mixed → str."""
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


def _owners(region: Region) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = defaultdict(list)
    for m in region.municipalities:
        for a in sorted(region.own_actors(m)):
            owners[a].append(m)
    return owners


def renames(keys: Iterable[str], reserved: Iterable[str], prefix: str = DATA_PREFIX) -> dict[str, str]:
    """``{column: new name}`` for the *keys* that are *reserved*: *prefix* in front, repeated until the name
    is neither reserved nor another column's."""
    keys = set(keys)
    reserved = set(reserved)
    out = {}
    for key in sorted(keys & reserved):
        new = prefix + key
        while new in reserved or new in keys or new in out.values():
            new = prefix + new
        out[key] = new
    return out


def flat_graph(region: Region, fmt: str = "graphml", step: Callable[[float], None] | None = None) -> nx.MultiDiGraph:
    """The region's graph with file-friendly attributes (see the module docstring).

    Nodes and edges keep their ids and keys (actor ids; relation row numbers),
    so a graph read back from the file matches ``region.graph``. Data columns
    named like one of *fmt*'s :data:`RESERVED` names (or a name the export adds)
    are renamed with :data:`DATA_PREFIX`. *step* is called once per node and edge.
    """
    import networkx as nx

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
            if v is not None and not (fmt == "gexf" and k == "id"):  # GEXF: the node id itself (Gephi's Id)
                k = xml_text(k)
                attrs[node_renames.get(k, k)] = _flat(v)
        attrs["label"] = xml_text(region.name.get(node, node))
        if region.kind.get(node) in ACTOR_NODE_KINDS:
            attrs["regional"] = region.is_regional(node)
        if owners.get(node):
            attrs["own_actor_of"] = "|".join(owners[node])
        node_attrs.append((node, attrs))
        if step:
            step(1)
    edge_attrs = []
    for u, v, key, data in sorted(G.edges(keys=True, data=True), key=lambda e: e[2]):
        attrs = {}
        for k, x in data.items():
            if x is not None:
                k = xml_text(k)
                attrs[edge_renames.get(k, k)] = _flat(x)
        attrs["label"] = data["kind"]
        edge_attrs.append((u, v, key, attrs))
        if step:
            step(1)
    _unify([a for _, a in node_attrs])
    _unify([a for *_, a in edge_attrs])
    H.add_nodes_from(node_attrs)
    H.add_edges_from(edge_attrs)  # (u, v, key, attrs): a column named ``key`` cannot clash with the edge key
    return H


#: GEXF 1.2 attribute types for the Python types :func:`_unify` leaves.
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


def modified_date() -> str | None:
    """The GEXF ``lastmodifieddate``: the UTC date of ``SOURCE_DATE_EPOCH`` when set, else ``None`` (left out,
    so the same data gives the same file on any day). A malformed value is a usage error."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None or not epoch.strip():
        return None
    try:
        seconds = int(epoch.strip())
        return datetime.datetime.fromtimestamp(seconds, tz=datetime.UTC).strftime("%Y-%m-%d")
    except (ValueError, OverflowError, OSError):
        from regienet.errors import UsageError

        raise UsageError("export.bad_epoch", value=epoch) from None


GEXF_NS = "http://www.gexf.net/1.2draft"


def to_gexf(region: Region, step: Callable[[float], None] | None = None) -> bytes:
    """The network as GEXF 1.2 (UTF-8 bytes), as Gephi opens it.

    Written by regienet itself (not networkx's writer), so that it follows the GEXF 1.2 schema: no empty
    ``name``, every attribute declared once with its type, edge ids are the relation rows (``rid``), the
    actor name is the node ``label`` and the relation kind the edge ``label``, and every other value an
    ``attvalue``. ``lastmodifieddate`` only with ``SOURCE_DATE_EPOCH`` (see :func:`modified_date`).
    """
    import xml.etree.ElementTree as ET

    H = flat_graph(region, "gexf", step)
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


def to_graphml(region: Region, step: Callable[[float], None] | None = None) -> bytes:
    """The network as GraphML (UTF-8 bytes)."""
    import networkx as nx

    buf = io.BytesIO()
    nx.write_graphml(
        flat_graph(region, "graphml", step), buf, encoding="utf-8", prettyprint=True, infer_numeric_types=True
    )
    return buf.getvalue()


def _kumu_key(key: str) -> str:
    return f"{key} (data)" if key in KUMU_RESERVED else key


def to_kumu(region: Region, lang: str = "en", step: Callable[[float], None] | None = None) -> dict[str, Any]:
    """The network as a Kumu blueprint (a dict; see :func:`export` for the JSON).

    ``type`` is the actor kind or relation kind in *lang* (Kumu shows it in
    its legend); the stable codes are kept in ``kind``.
    """
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
        if step:
            step(1)
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
        if step:
            step(1)
    return {"elements": elements, "connections": connections}


def export(region: Region, fmt: str, lang: str = "en", step: Callable[[float], None] | None = None) -> bytes:
    """The network in format *fmt* (``gexf``, ``graphml`` or ``kumu``), as UTF-8 bytes.

    *step* (e.g. a progress bar's) is called once per actor and relation.
    Raises ``ValueError`` for another format (the CLI only offers these).
    """
    if fmt == "gexf":
        return to_gexf(region, step)
    if fmt == "graphml":
        return to_graphml(region, step)
    if fmt == "kumu":
        text = json.dumps(to_kumu(region, lang, step), ensure_ascii=False, indent=2, allow_nan=False)
        return (text + "\n").encode("utf-8")
    raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
