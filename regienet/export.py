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

import io
import json
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from regienet.i18n import t
from regienet.schema import ACTOR_NODE_KINDS

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

    from regienet.model import Region

#: format → file extension
FORMATS: dict[str, str] = {"gexf": "gexf", "graphml": "graphml", "kumu": "json"}

#: Keys Kumu gives a meaning of its own; a data column of that name is renamed.
KUMU_RESERVED = frozenset({"id", "label", "type", "description", "tags", "image", "from", "to", "direction"})


def default_filename(fmt: str) -> str:
    """``region.gexf``, ``region.graphml`` or ``region.json``."""
    return f"region.{FORMATS[fmt]}"


def _flat(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return "|".join(str(v) for v in value)
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


def flat_graph(region: Region) -> nx.MultiDiGraph:
    """The region's graph with file-friendly attributes (see the module docstring).

    Nodes and edges keep their ids and keys (actor ids; relation row numbers),
    so a graph read back from the file matches ``region.graph``.
    """
    import networkx as nx

    G = region.graph
    owners = _owners(region)
    H = nx.MultiDiGraph()
    node_attrs = []
    for node in sorted(G.nodes):
        attrs = {k: _flat(v) for k, v in G.nodes[node].items() if v is not None}
        attrs["label"] = region.name.get(node, node)
        if region.kind.get(node) in ACTOR_NODE_KINDS:
            attrs["regional"] = region.is_regional(node)
        if owners.get(node):
            attrs["own_actor_of"] = "|".join(owners[node])
        node_attrs.append((node, attrs))
    edge_attrs = []
    for u, v, key, data in sorted(G.edges(keys=True, data=True), key=lambda e: e[2]):
        attrs = {k: _flat(x) for k, x in data.items() if x is not None}
        attrs["label"] = data["kind"]
        edge_attrs.append((u, v, key, attrs))
    _unify([a for _, a in node_attrs])
    _unify([a for *_, a in edge_attrs])
    H.add_nodes_from(node_attrs)
    for u, v, key, attrs in edge_attrs:
        H.add_edge(u, v, key=key, **attrs)
    return H


def to_gexf(region: Region) -> bytes:
    """The network as GEXF 1.2 (UTF-8 bytes), as Gephi opens it."""
    import networkx as nx

    buf = io.BytesIO()
    nx.write_gexf(flat_graph(region), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def to_graphml(region: Region) -> bytes:
    """The network as GraphML (UTF-8 bytes)."""
    import networkx as nx

    buf = io.BytesIO()
    nx.write_graphml(flat_graph(region), buf, encoding="utf-8", prettyprint=True, infer_numeric_types=True)
    return buf.getvalue()


def _kumu_key(key: str) -> str:
    return f"{key} (data)" if key in KUMU_RESERVED else key


def to_kumu(region: Region, lang: str = "en") -> dict[str, Any]:
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


def export(region: Region, fmt: str, lang: str = "en") -> bytes:
    """The network in format *fmt* (``gexf``, ``graphml`` or ``kumu``), as UTF-8 bytes.

    Raises ``ValueError`` for another format (the CLI only offers these).
    """
    if fmt == "gexf":
        return to_gexf(region)
    if fmt == "graphml":
        return to_graphml(region)
    if fmt == "kumu":
        text = json.dumps(to_kumu(region, lang), ensure_ascii=False, indent=2, allow_nan=False)
        return (text + "\n").encode("utf-8")
    raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
