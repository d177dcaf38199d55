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

Every format is written piece by piece (:func:`write_export`; the CLI gives
it :func:`regienet.outputs.atomic_stream`, so the file still appears whole or
not at all): the attributes are read from the tables a row at a time, never
from ``region.graph``, and no document tree or whole string is built. GEXF and
GraphML take two passes, because their attribute declarations (names, types,
the order they first appear in) come before the first node: the first reads
the tables a column at a time, the second writes. The bytes are those of the
writers before (a networkx graph through ElementTree; one ``json.dumps``),
which ``tests/export_reference.py`` keeps to compare with.
"""

from __future__ import annotations

import datetime
import io
import json
import math
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

from regienet.i18n import t
from regienet.schema import ACTOR_NODE_KINDS

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

    from regienet.model import Region

__all__ = [
    "ADDED_EDGE_KEYS",
    "ADDED_NODE_KEYS",
    "DATA_PREFIX",
    "FORMATS",
    "GEXF_NS",
    "KUMU_RESERVED",
    "OWN_EDGE_KEYS",
    "OWN_NODE_KEYS",
    "RESERVED",
    "default_filename",
    "export",
    "flat_graph",
    "graphml_name",
    "modified_date",
    "not_xml_count",
    "renames",
    "to_kumu",
    "write_export",
    "write_gexf",
    "write_graphml",
    "write_kumu",
    "xml_text",
]

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


def _bad(x: Any) -> bool:
    """Whether *x* (a key, a value or a list of values) holds a character :func:`xml_text` replaces."""
    if isinstance(x, list | tuple):
        return any(_bad(v) for v in x)
    return isinstance(x, str) and _NOT_XML.search(x) is not None


def not_xml_count(region: Region) -> int:
    """How many names, values and column names of *region* hold a character :func:`xml_text` replaces.

    :func:`write_export` returns the same count for GEXF and GraphML while it writes (the CLI's warning);
    this function is for a caller that wants to know before exporting.
    """
    nodes = (data for _, data in _node_records(region))
    edges = (data for *_, data in _edge_records(region))
    return sum(_bad(k) + _bad(v) for items in (nodes, edges) for data in items for k, v in data.items())


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


def _to_text(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def _unifier(kinds: set[str]) -> Callable[[Any], Any] | None:
    """How to convert every value of an attribute whose values are of *kinds* to one type: ``None`` when they
    already are one (or none), ``float`` for int and float, else text (``true``/``false`` for booleans)."""
    if len(kinds) <= 1:
        return None
    return float if kinds == {"int", "float"} else _to_text


def _owners(region: Region) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = defaultdict(list)
    for m in region.municipalities:
        for a in sorted(region.own_actors(m)):
            owners[a].append(m)
    return owners


def _node_records(region: Region) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(actor id, attributes)`` for every actor, in id order.

    The attributes are the dicts :func:`regienet.model.build_graph` puts on the graph's nodes (every known
    column; ``tests/test_export_stream.py`` checks they are equal), made row by row from the actors table
    rather than read from ``region.graph``: an export then never builds the graph (a third of its time and a
    fifth of its memory at 3,000 municipalities).
    """
    actors = region.actors
    columns = [c for c in actors.columns if c != "line"]
    ids = actors["id"].tolist()
    order = sorted(range(len(ids)), key=ids.__getitem__)
    for row in zip(*_cleaned_columns(actors, columns, order), strict=True):
        attrs = {c: v for c, v in zip(columns, row, strict=True) if v is not None}
        yield attrs["id"], attrs


def _edge_records(region: Region, order: list[int] | None = None) -> Iterator[tuple[str, str, int, dict[str, Any]]]:
    """``(source, target, rid, attributes)`` for every relation, in rid order or in *order* (row positions,
    e.g. :func:`_edge_order`).

    The attributes are the dicts :func:`regienet.model.build_graph` puts on the graph's edges (tested).
    """
    from regienet.schema import RELATION_KINDS

    relations = region.relations
    columns = [c for c in relations.columns if c != "line"]
    if relations.empty:
        return
    if order is None:
        rids = relations["rid"].tolist()
        order = sorted(range(len(rids)), key=rids.__getitem__)
    for row in zip(*_cleaned_columns(relations, columns, order), strict=True):
        attrs = {c: v for c, v in zip(columns, row, strict=True) if v is not None}
        kind = RELATION_KINDS[attrs["kind"]]
        attrs["layer"] = kind.layer
        attrs["directed"] = kind.directed
        yield attrs.pop("source"), attrs.pop("target"), attrs["rid"], attrs


def _cleaned_columns(frame: Any, columns: list[str], order: list[int]) -> list[list[Any]]:
    """The *columns* of *frame* as lists of plain values, rows in *order* (positions): blank cells ``None``,
    tuples lists, numpy scalars Python's, as :func:`regienet.model.plain_value` makes them — a column at a time,
    with no call per cell where the column's types allow (most do)."""
    import pandas as pd

    from regienet.model import plain_value as _clean

    out = []
    for column in columns:
        values = frame[column].tolist()
        types = set(map(type, values))
        if types <= _PLAIN:
            pass
        elif types <= _PLAIN | {tuple}:
            values = [list(v) if type(v) is tuple else v for v in values]
        elif types <= {float, type(None)}:
            values = [None if v != v else v for v in values]  # NaN is a blank
        elif types <= {int, type(pd.NA), type(None)}:
            values = [None if v is pd.NA else v for v in values]
        else:
            values = [_clean(v) for v in values]
        out.append([values[i] for i in order])
    return out


#: types whose values :func:`regienet.model.plain_value` leaves as they are
_PLAIN = frozenset({str, list, bool, int, type(None)})


def renames(keys: Iterable[str], reserved: Iterable[str], prefix: str = DATA_PREFIX) -> dict[str, str]:
    """``{column: new name}`` for the *keys* that are *reserved*: *prefix* in front, repeated until the name
    is neither reserved nor another column's."""
    keys = set(keys)
    reserved = set(reserved)
    out: dict[str, str] = {}
    for key in sorted(keys & reserved):
        new = prefix + key
        while new in reserved or new in keys or new in out.values():
            new = prefix + new
        out[key] = new
    return out


class _Flattener:
    """Turns the records of a region into the file-friendly attribute dicts of GEXF or GraphML (see the module
    docstring): lists joined with ``|``, characters XML cannot hold replaced, data columns named like one of
    *fmt*'s :data:`RESERVED` names (or a name the export adds) renamed with :data:`DATA_PREFIX`, ``label``,
    ``regional`` and ``own_actor_of`` added. One element at a time: nothing is kept between elements."""

    def __init__(self, region: Region, fmt: str):
        self.region = region
        self.fmt = fmt
        self.owners = _owners(region)
        reserved = RESERVED[fmt]
        self.node_columns = [c for c in region.actors.columns if c != "line"]
        self.edge_columns = [c for c in region.relations.columns if c not in ("line", "source", "target")]
        self.edge_keys = [*self.edge_columns, *(k for k in ("layer", "directed") if k not in self.edge_columns)]
        node_keys = {xml_text(k) for k in _present(region.actors, self.node_columns)}
        edge_keys = {xml_text(k) for k in _present(region.relations, self.edge_columns)}
        if not region.relations.empty:
            edge_keys |= {"layer", "directed"}
        node_renames = renames(node_keys - OWN_NODE_KEYS, reserved | ADDED_NODE_KEYS)
        edge_renames = renames(edge_keys - OWN_EDGE_KEYS, reserved | ADDED_EDGE_KEYS)
        self.node_names = {k: node_renames.get(xml_text(k), xml_text(k)) for k in self.node_columns}
        self.edge_names = {k: edge_renames.get(xml_text(k), xml_text(k)) for k in self.edge_keys}
        if fmt == "gexf":  # the node id itself (Gephi's Id), not an attribute
            self.node_names.pop("id", None)
        #: whether no two columns get one name (``xml_text`` could make two names one); then :class:`_Schema`
        #: may read the columns instead of the elements
        #: (and no relations column is called ``layer`` or ``directed``, which the model sets on every edge)
        self.distinct = (
            len(set(self.node_names.values())) == len(self.node_names)
            and len(set(self.edge_names.values())) == len(self.edge_names)
            and not {"layer", "directed"} & set(self.edge_columns)
        )
        #: the columns whose text may hold characters XML cannot hold (all, until :class:`_Schema` knows)
        self.node_dirty: set[str] = set(self.node_names)
        self.edge_dirty: set[str] = set(self.edge_names)
        #: the relations' row positions in the files' edge order (see :func:`_edge_order`)
        self.edge_order = _edge_order(region) if not region.relations.empty else []

    def nodes(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """``(actor id, attributes)`` in id order."""
        region, names, owners, dirty = self.region, self.node_names, self.owners, self.node_dirty
        kind, name = region.kind, region.name
        for node, data in _node_records(region):
            attrs = {
                names[k]: (_flat(v) if k in dirty else "|".join(map(str, v)) if type(v) is list else v)
                for k, v in data.items()
                if k in names
            }
            attrs["label"] = xml_text(name.get(node, node))
            if kind.get(node) in ACTOR_NODE_KINDS:
                attrs["regional"] = region.is_regional(node)
            if node in owners:
                attrs["own_actor_of"] = "|".join(owners[node])
            yield node, attrs

    def edges(self) -> Iterator[tuple[str, str, int, dict[str, Any]]]:
        """``(source, target, rid, attributes)`` in the files' edge order (see :func:`_edge_order`)."""
        names, dirty = self.edge_names, self.edge_dirty
        for u, v, key, data in _edge_records(self.region, self.edge_order):
            attrs = {
                names[k]: (_flat(x) if k in dirty else "|".join(map(str, x)) if type(x) is list else x)
                for k, x in data.items()
            }
            attrs["label"] = data["kind"]
            yield u, v, key, attrs


def _present(frame: Any, columns: list[str]) -> list[str]:
    """The *columns* of *frame* with at least one known value (the keys found on the graph's elements)."""
    return [c for c in columns if frame[c].notna().any()]


class _Schema:
    """What the writers must know before the first element: every attribute name of nodes and of edges in the
    order it first appears, the kinds of its values (to declare one type and convert every value to it, see
    :func:`_unifier`), and how many values hold characters XML cannot hold.

    Read from the tables a column at a time (vectorised: a few percent of the export's time) when no two
    columns share a name; else from the flattened elements one by one (the definition; tests check the two
    agree). Also narrows the flattener's dirty columns to those that hold such characters, so the writing
    pass runs :func:`xml_text` only where it changes something.
    """

    def __init__(self, flat: _Flattener, step: Callable[[float], None] | None = None, weight: float = 0.5):
        self.node_kinds: dict[str, set[str]] = {}
        self.edge_kinds: dict[str, set[str]] = {}
        self.not_xml = 0
        if flat.distinct:
            self._from_columns(flat)
            if step is not None:
                region = flat.region
                step(weight * (len(region.actors) + len(region.relations)))
        else:
            self._from_elements(flat, step, weight)
        self.node_convert = {k: _unifier(v) for k, v in self.node_kinds.items()}
        self.edge_convert = {k: _unifier(v) for k, v in self.edge_kinds.items()}

    @staticmethod
    def kind(kinds: set[str]) -> str:
        """The one kind an attribute's values have after conversion."""
        if len(kinds) <= 1:
            return next(iter(kinds), "str")
        return "float" if kinds == {"int", "float"} else "str"

    def _from_elements(self, flat: _Flattener, step: Callable[[float], None] | None, weight: float) -> None:
        with _Batch(step, weight) as tick:
            nodes = (attrs for _, attrs in flat.nodes())
            edges = (attrs for *_, attrs in flat.edges())
            for kinds, items in ((self.node_kinds, nodes), (self.edge_kinds, edges)):
                for attrs in items:
                    for k, v in attrs.items():
                        found = kinds.get(k)
                        if found is None:
                            kinds[k] = found = set()
                        found.add(_kind_of(v))
                    tick()
        self.not_xml = not_xml_count(flat.region)

    def _from_columns(self, flat: _Flattener) -> None:
        import numpy as np

        region = flat.region
        actors, relations = region.actors, region.relations
        ids = actors["id"].tolist()
        node_order = np.array(sorted(range(len(ids)), key=ids.__getitem__), dtype=np.intp)
        # (first element it appears on, its place on that element, name, kinds)
        found: list[tuple[int, int, str, set[str]]] = []
        for place, column in enumerate(flat.node_columns):
            values = actors[column].tolist()
            first, kinds, bad = _column_facts(values, actors[column], node_order)
            self.not_xml += bad + (sum(1 for v in values if _known(v)) if _bad(column) else 0)
            if not bad:
                flat.node_dirty.discard(column)
            if first is not None and column in flat.node_names:
                found.append((first, place, flat.node_names[column], kinds))
        n = len(flat.node_columns)
        if ids:
            found.append((0, n, "label", {"str"}))
        in_order = sorted(ids)
        first_actor = next((i for i, node in enumerate(in_order) if region.kind.get(node) in ACTOR_NODE_KINDS), None)
        if first_actor is not None:
            found.append((first_actor, n + 1, "regional", {"bool"}))
        first_owned = next((i for i, node in enumerate(in_order) if node in flat.owners), None)
        if first_owned is not None:
            found.append((first_owned, n + 2, "own_actor_of", {"str"}))
        self.node_kinds = {name: kinds for *_, name, kinds in sorted(found, key=lambda f: f[:2])}
        if relations.empty:
            return
        edge_order = np.array(flat.edge_order, dtype=np.intp)
        found = []
        for place, column in enumerate(flat.edge_keys):
            if column in ("layer", "directed"):  # set on every edge by the model (a schema name, a boolean)
                found.append((0, place, flat.edge_names[column], {"str" if column == "layer" else "bool"}))
                flat.edge_dirty.discard(column)
                continue
            values = relations[column].tolist()
            first, kinds, bad = _column_facts(values, relations[column], edge_order)
            self.not_xml += bad + (sum(1 for v in values if _known(v)) if _bad(column) else 0)
            if not bad:
                flat.edge_dirty.discard(column)
            if first is not None:
                found.append((first, place, flat.edge_names[column], kinds))
        found.append((0, len(flat.edge_keys), "label", {"str"}))
        self.edge_kinds = {name: kinds for *_, name, kinds in sorted(found, key=lambda f: f[:2])}


def _known(value: Any) -> bool:
    """Whether a cell holds a value (what :func:`regienet.model.plain_value` keeps)."""
    from regienet.model import plain_value as _clean

    return _clean(value) is not None


#: the kind of a value of each plain type once flattened (a list becomes text)
_KINDS = {str: "str", list: "str", tuple: "str", bool: "bool", int: "int", float: "float"}


def _column_facts(values: list[Any], series: Any, order: Any) -> tuple[int | None, set[str], int]:
    """For one column (its cells as *values*, and as a pandas *series*): the first element, in output *order*,
    holding a value (``None`` if none does); the kinds of its values once flattened; how many of them hold
    characters XML cannot hold."""
    import numpy as np
    import pandas as pd

    from regienet.model import plain_value as _clean

    known = series.notna().to_numpy(dtype=bool)
    present = known[order]
    first = int(np.argmax(present)) if present.any() else None
    types = set(map(type, values))
    if types <= {str, list, tuple, bool, int, type(None)}:
        kinds = {_KINDS[t] for t in types if t is not type(None)}
    elif series.dtype.kind == "f" and types <= {float}:  # NaN is a blank
        kinds = {"float"} if first is not None else set()
    elif series.dtype.kind == "i" and types <= {int, type(pd.NA)}:  # pandas' nullable integers
        kinds = {"int"} if first is not None else set()
    else:  # numpy scalars, NaN among objects, pd.NA …: clean each value, as the model does
        kinds = {_kind_of(_flat(c)) for c in map(_clean, values) if c is not None}
    bad = 0
    if not types <= _SCANNED:  # a string type of numpy's, say: value by value
        bad = sum(1 for v in values if _bad(v))
    elif {str, list, tuple} & types:  # one search over the column's text; value by value only if it finds one
        strings = [v for v in values if type(v) is str]
        strings += [str(x) for v in values if type(v) in (list, tuple) for x in v]
        if _NOT_XML.search("\n".join(strings)):
            bad = sum(1 for v in values if _bad(v))
    return first, kinds, bad


#: the types of cell whose text :func:`_column_facts` searches in one go
_SCANNED = frozenset({str, list, tuple, bool, int, float, type(None)})


def _edge_order(region: Region) -> list[int]:
    """The row positions of the relations in the order GEXF and GraphML list the edges: the order networkx
    iterates the edges of a graph built from nodes in id order and edges in rid order (the files were written
    from such a graph before) — by source in id order, then by target in the order its first relation with
    that source comes, then by rid."""
    relations = region.relations
    rids = relations["rid"].tolist()
    sources, targets = relations["source"].tolist(), relations["target"].tolist()
    by_source: dict[str, dict[str, list[int]]] = {}
    for i in sorted(range(len(rids)), key=rids.__getitem__):
        by_source.setdefault(sources[i], {}).setdefault(targets[i], []).append(i)
    return [i for u in sorted(by_source) for rows in by_source[u].values() for i in rows]


def _converted(attrs: dict[str, Any], convert: dict[str, Callable[[Any], Any] | None]) -> dict[str, Any]:
    for k, v in attrs.items():
        c = convert[k]
        if c is not None:
            attrs[k] = c(v)
    return attrs


class _Batch:
    """Calls *step* (a progress bar's) with *weight* per tick, in batches: one call per element would cost
    more than the work it reports on."""

    def __init__(self, step: Callable[[float], None] | None, weight: float = 1.0, every: int = 1024):
        self.step, self.weight, self.every, self.n = step, weight, every, 0

    def __enter__(self) -> Callable[[], None]:
        if self.step is None:
            return _nothing
        return self.tick

    def tick(self) -> None:
        self.n += 1
        if self.n == self.every:
            self.flush()

    def flush(self) -> None:
        if self.n and self.step is not None:
            self.step(self.n * self.weight)
        self.n = 0

    def __exit__(self, *exc: object) -> None:
        self.flush()


def _nothing() -> None:
    return None


def flat_graph(region: Region, fmt: str = "graphml", step: Callable[[float], None] | None = None) -> nx.MultiDiGraph:
    """The region's graph with the file-friendly attributes of *fmt* (see the module docstring).

    Nodes and edges keep their ids and keys (actor ids; relation row numbers), so a graph read back
    from the file matches ``region.graph``. The exports no longer build it (they stream, see
    :func:`write_export`); it is here for a caller who wants in memory what the files hold.

    Parameters
    ----------
    region : Region
        The region.
    fmt : {'graphml', 'gexf'}, optional
        Whose attribute rules to follow (list cells joined, reserved names renamed).
    step : callable, optional
        Advanced by one unit per node and edge.

    Returns
    -------
    networkx.MultiDiGraph
        Actors as nodes, relation rows as keyed edges.
    """
    import networkx as nx

    flat = _Flattener(region, fmt)
    schema = _Schema(flat, step)
    H = nx.MultiDiGraph()
    with _Batch(step, 0.5) as tick:
        for node, attrs in flat.nodes():
            H.add_nodes_from([(node, _converted(attrs, schema.node_convert))])
            tick()
        for u, v, key, attrs in flat.edges():
            H.add_edges_from([(u, v, key, _converted(attrs, schema.edge_convert))])
            tick()
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

#: The XML declaration both files start with (as ElementTree wrote it).
_XML_DECLARATION = "<?xml version='1.0' encoding='utf-8'?>\n"


def _attr(text: str) -> str:
    """*text* escaped for an XML attribute value in double quotes, character for character as ElementTree
    escapes it (so the files keep the bytes they had when ElementTree wrote them): :func:`_cdata`, then quotes
    and the white space an attribute would normalise."""
    text = _cdata(text)
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    if "\n" in text:
        text = text.replace("\n", "&#10;")
    if "\t" in text:
        text = text.replace("\t", "&#09;")
    return text


def _escaped(texts: list[str], escape: Callable[[str], str]) -> list[str]:
    """*escape* applied to each of *texts*, in one call on them joined by NUL (which XML text never holds,
    and no escape touches): one call per element instead of one per value."""
    joined = "\x00".join(texts)
    if joined.count("\x00") == len(texts) - 1:
        return escape(joined).split("\x00")
    return [escape(x) for x in texts]  # pragma: no cover - a value of an unusual type holding a NUL


def _cdata(text: str) -> str:
    """*text* escaped for XML character data, as ElementTree escapes it."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


class _Sink:
    """Text written to a binary file in UTF-8, in pieces of about *size* characters (a character UTF-8 cannot
    encode — a lone surrogate in an id — becomes a character reference, as ElementTree writes it)."""

    def __init__(self, out: IO[bytes], size: int = 1 << 16):
        self.out, self.size, self.n = out, size, 0
        self.parts: list[str] = []

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.n += len(text)
        if self.n >= self.size:
            self.flush()

    def flush(self) -> None:
        if self.parts:
            self.out.write("".join(self.parts).encode("utf-8", "xmlcharrefreplace"))
            self.parts = []
            self.n = 0


def write_gexf(region: Region, out: IO[bytes], step: Callable[[float], None] | None = None) -> int:
    """Write the network to *out* (a binary file) as GEXF 1.2, as Gephi opens it; return how many values held
    characters XML cannot hold (see :func:`xml_text`).

    Written by regienet itself, element by element (nothing but one element is held in memory), so that it
    follows the GEXF 1.2 schema: no empty ``name``, every attribute declared once with its type, edge ids
    are the relation rows (``rid``), the actor name is the node ``label`` and the relation kind the edge
    ``label``, and every other value an ``attvalue``. ``lastmodifieddate`` only with ``SOURCE_DATE_EPOCH``
    (see :func:`modified_date`). Two passes: the first learns every attribute and its type (declared before
    the first node), the second writes. The bytes are those ElementTree wrote with ``ET.indent`` before
    (tested against that writer).
    """
    date = modified_date()
    flat = _Flattener(region, "gexf")
    schema = _Schema(flat, step)
    sink = _Sink(out)
    w = sink.write
    w(_XML_DECLARATION)
    w(
        f'<gexf xmlns="{GEXF_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xsi:schemaLocation="{GEXF_NS} {GEXF_NS}/gexf.xsd" version="1.2">\n'
    )
    w(f'  <meta lastmodifieddate="{_attr(date)}">\n' if date else "  <meta>\n")
    w("    <creator>regienet</creator>\n  </meta>\n")
    w('  <graph defaultedgetype="directed" mode="static">\n')

    def declare(cls: str, kinds: dict[str, set[str]], start: int) -> dict[str, str]:
        """``{attribute: '<attvalue for="id" value="'}``, after writing the declarations."""
        names = [k for k in kinds if k != "label"]
        if not names:
            w(f'    <attributes class="{cls}" mode="static" />\n')
            return {}
        w(f'    <attributes class="{cls}" mode="static">\n')
        prefix = {}
        for i, k in enumerate(names, start):
            gexf_type = _GEXF_TYPE[_Schema.kind(kinds[k])]
            w(f'      <attribute id="{i}" title="{_attr(k)}" type="{gexf_type}" />\n')
            prefix[k] = f'          <attvalue for="{i}" value="'
        w("    </attributes>\n")
        return prefix

    node_prefix = declare("node", schema.node_kinds, 0)
    edge_prefix = declare("edge", schema.edge_kinds, len(node_prefix))

    def element(
        head: tuple[str, ...],
        texts: list[str],
        attrs: dict[str, Any],
        prefix: dict[str, str],
        convert: dict[str, Any],
        end: str,
    ) -> None:
        """One node or edge: *head* the markup around its XML attributes *texts*, its attvalues, its end tag."""
        keys = []
        for k, v in attrs.items():
            if k != "label":
                c = convert[k]
                if c is not None:
                    v = c(v)
                keys.append(k)
                texts.append(v if type(v) is str else _gexf_value(v))
        escaped = _escaped(texts, _attr)
        n = len(head) - 1
        parts = [x for pair in zip(head[:n], escaped[:n], strict=True) for x in pair]
        parts.append(head[n])
        if keys:
            parts.append("        <attvalues>\n")
            for k, x in zip(keys, escaped[n:], strict=True):
                parts += (prefix[k], x, '" />\n')
            parts.append("        </attvalues>\n")
        else:
            parts.append("        <attvalues />\n")
        parts.append(end)
        w("".join(parts))

    node_head = ('      <node id="', '" label="', '">\n')
    node_end = "      </node>\n"
    edge_head = ('      <edge id="', '" source="', '" target="', '" label="', '">\n')
    edge_end = "      </edge>\n"
    with _Batch(step, 0.5) as tick:
        first = True
        for node, attrs in flat.nodes():
            if first:
                w("    <nodes>\n")
                first = False
            element(node_head, [xml_text(str(node)), attrs["label"]], attrs, node_prefix, schema.node_convert, node_end)
            tick()
        w("    <nodes />\n" if first else "    </nodes>\n")
        first = True
        for u, v, key, attrs in flat.edges():
            if first:
                w("    <edges>\n")
                first = False
            texts = [str(key), xml_text(str(u)), xml_text(str(v)), attrs["label"]]
            element(edge_head, texts, attrs, edge_prefix, schema.edge_convert, edge_end)
            tick()
        w("    <edges />\n" if first else "    </edges>\n")
    w("  </graph>\n</gexf>\n")
    sink.flush()
    return schema.not_xml


#: GraphML ``attr.type`` of the kinds :func:`_unifier` leaves (networkx's names for Python's types).
_GRAPHML_TYPE = {"bool": "boolean", "int": "long", "float": "double", "str": "string"}
#: What XML's NMTOKEN may not hold (the type of ``attr.name`` in the GraphML XSD): anything but letters, digits
#: and ``. - _ :`` (and the combining marks and extenders ``\w`` covers).
_NOT_NMTOKEN = re.compile(r"[^\w.\-:·]")


def graphml_name(name: str, taken: set[str]) -> str:
    """*name* as a valid GraphML ``attr.name`` (an XML NMTOKEN), not in *taken* (which it joins).

    A column name is kept when it is one (every column regienet defines is); otherwise each character an
    NMTOKEN cannot hold becomes ``_`` — ``"my column"`` → ``my_column`` — and ``_2``, ``_3`` … are added
    when that name is already used. Before issue 26 an extra column with a space in its name made the
    file fail the XSD.

    >>> graphml_name("my column", {"my_column"})
    'my_column_2'
    """
    token = _NOT_NMTOKEN.sub("_", name) or "_"
    candidate, n = token, 1
    while candidate in taken:
        n += 1
        candidate = f"{token}_{n}"
    taken.add(candidate)
    return candidate


def write_graphml(region: Region, out: IO[bytes], step: Callable[[float], None] | None = None) -> int:
    """Write the network to *out* (a binary file) as GraphML; return how many values held characters XML
    cannot hold (see :func:`xml_text`).

    Element by element, in two passes like :func:`write_gexf`, and byte for byte what networkx's
    ``write_graphml(prettyprint=True, infer_numeric_types=True)`` wrote before (its ElementTree writer,
    tested): keys ``d0``, ``d1`` … in the order the attributes first appear, nodes first, declared last
    first; booleans ``True``/``False``; edge ids the relation rows.
    """
    flat = _Flattener(region, "graphml")
    schema = _Schema(flat, step)
    sink = _Sink(out)
    w = sink.write
    w(_XML_DECLARATION)
    w(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    )
    declarations: list[str] = []
    prefixes: list[dict[str, str]] = []
    for scope, kinds in (("node", schema.node_kinds), ("edge", schema.edge_kinds)):
        prefix = {}
        valid = {k for k in kinds if k and not _NOT_NMTOKEN.search(k)}  # kept as they are
        taken = set(valid)
        for k, found in kinds.items():
            key_id = f"d{len(declarations)}"
            graphml_type = _GRAPHML_TYPE[_Schema.kind(found)]
            name = k if k in valid else graphml_name(k, taken)
            declarations.append(
                f'  <key id="{key_id}" for="{scope}" attr.name="{_attr(name)}" attr.type="{graphml_type}" />\n'
            )
            prefix[k] = key_id
        prefixes.append(prefix)
    w("".join(reversed(declarations)))  # networkx inserts each key before the others
    node_key, edge_key = prefixes

    def data(head: str, attrs: dict[str, Any], keys: dict[str, str], convert: dict[str, Any], end: str) -> None:
        names = []
        texts = []
        for k, v in attrs.items():
            c = convert[k]
            if c is not None:
                v = c(v)
            names.append(k)
            texts.append(v if type(v) is str else str(v))
        parts = [head]
        for k, x in zip(names, _escaped(texts, _cdata), strict=True):
            if x:
                parts += ('      <data key="', keys[k], '">', x, "</data>\n")
            else:
                parts += ('      <data key="', keys[k], '" />\n')
        parts.append(end)
        w("".join(parts))

    with _Batch(step, 0.5) as tick:
        first = True
        for node, attrs in flat.nodes():
            if first:
                w('  <graph edgedefault="directed">\n')
                first = False
            data(f'    <node id="{_attr(str(node))}">\n', attrs, node_key, schema.node_convert, "    </node>\n")
            tick()
        for u, v, key, attrs in flat.edges():
            head = f'    <edge source="{_attr(str(u))}" target="{_attr(str(v))}" id="{_attr(str(key))}">\n'
            data(head, attrs, edge_key, schema.edge_convert, "    </edge>\n")
            tick()
    w('  <graph edgedefault="directed" />\n' if first else "  </graph>\n")
    w("</graphml>\n")
    sink.flush()
    return schema.not_xml


def _kumu_key(key: str) -> str:
    return f"{key} (data)" if key in KUMU_RESERVED else key


def _kumu_elements(region: Region, lang: str, owners: dict[str, list[str]]) -> Iterator[dict[str, Any]]:
    for node, data in _node_records(region):
        element: dict[str, Any] = {
            "id": node,
            "label": region.name.get(node, node),
            "type": t(f"kind.{data['kind']}", lang),
        }
        for k, v in data.items():
            if k in ("id", "name"):
                continue
            element[_kumu_key(k)] = list(v) if isinstance(v, list | tuple) else v
        if region.kind.get(node) in ACTOR_NODE_KINDS:
            element["regional"] = region.is_regional(node)
        if owners.get(node):
            element["own_actor_of"] = list(owners[node])
        yield element


def _kumu_connections(region: Region, lang: str) -> Iterator[dict[str, Any]]:
    for u, v, key, data in _edge_records(region):
        conn: dict[str, Any] = {
            "id": f"relation:{key}",
            "from": u,
            "to": v,
            "type": t(f"relation.{data['kind']}", lang),
            "direction": "directed" if data.get("directed", True) else "undirected",
        }
        for k, x in data.items():
            if k == "directed":
                continue
            conn[_kumu_key(k)] = list(x) if isinstance(x, list | tuple) else x
        yield conn


def to_kumu(region: Region, lang: str = "en", step: Callable[[float], None] | None = None) -> dict[str, Any]:
    """The network as a Kumu blueprint (a dict; :func:`write_kumu` writes it without holding it).

    ``type`` is the actor kind or relation kind in *lang* (Kumu shows it in its legend); the stable
    codes are kept in ``kind``.

    Parameters
    ----------
    region : Region
        The region.
    lang : {'en', 'nl'}, optional
        The language of ``type``.
    step : callable, optional
        Advanced by one unit per actor and relation.

    Returns
    -------
    dict
        ``{"elements": [...], "connections": [...]}``: one element per actor, one connection per
        relation row.
    """
    with _Batch(step) as tick:
        elements = []
        for element in _kumu_elements(region, lang, _owners(region)):
            elements.append(element)
            tick()
        connections = []
        for conn in _kumu_connections(region, lang):
            connections.append(conn)
            tick()
    return {"elements": elements, "connections": connections}


#: JSON for one scalar, through the C encoder (``json.dumps(…, indent=2)`` builds new Python closures on
#: every call; with the garbage collector off, as in the console script, one dump per element would keep
#: them all)
_JSON_SCALAR = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode


def _json(value: Any, indent: str = "") -> str:
    """*value* as ``json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False)`` writes it, nested at
    *indent* (the indentation of the line it starts on)."""
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = indent + "  "
        items = [f"{inner}{_JSON_SCALAR(str(k))}: {_json(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        inner = indent + "  "
        return "[\n" + ",\n".join(inner + _json(v, inner) for v in value) + "\n" + indent + "]"
    return _JSON_SCALAR(value)


def write_kumu(region: Region, out: IO[bytes], lang: str = "en", step: Callable[[float], None] | None = None) -> int:
    """Write :func:`to_kumu`'s blueprint to *out* as JSON, one element at a time; return 0 (JSON holds any
    character).

    The bytes are those of ``json.dumps(to_kumu(…), ensure_ascii=False, indent=2, allow_nan=False)`` and a
    newline (tested against it): each element is written as that dump writes it two levels deep.
    """
    sink = _Sink(out)
    w = sink.write

    def dump_list(name: str, items: Iterator[dict[str, Any]], last: bool) -> None:
        w(f'  "{name}": [')
        first = True
        for item in items:
            w(("\n    " if first else ",\n    ") + _json(item, "    "))
            first = False
            tick()
        w(("]" if first else "\n  ]") + ("\n" if last else ",\n"))

    with _Batch(step) as tick:
        w("{\n")
        dump_list("elements", _kumu_elements(region, lang, _owners(region)), last=False)
        dump_list("connections", _kumu_connections(region, lang), last=True)
        w("}\n")
    sink.flush()
    return 0


def write_export(
    region: Region, fmt: str, out: IO[bytes], lang: str = "en", step: Callable[[float], None] | None = None
) -> int:
    """Write the network in format *fmt* to *out*, a binary file, piece by piece.

    Give it :func:`regienet.outputs.atomic_stream` for a file written whole or not at all.

    Parameters
    ----------
    region : Region
        The region.
    fmt : {'gexf', 'graphml', 'kumu'}
        The file format (see :func:`export`).
    out : binary file
        Where to write.
    lang : {'en', 'nl'}, optional
        The language of the kind labels.
    step : callable, optional
        Advanced by one unit per actor and relation in all (a progress bar's).

    Returns
    -------
    int
        How many values held characters XML cannot hold (written as a space; always 0 for Kumu).

    Raises
    ------
    ValueError
        For another format (the CLI only offers these).
    """
    if fmt == "gexf":
        return write_gexf(region, out, step)
    if fmt == "graphml":
        return write_graphml(region, out, step)
    if fmt == "kumu":
        return write_kumu(region, out, lang, step)
    raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")


def export(region: Region, fmt: str, lang: str = "en", step: Callable[[float], None] | None = None) -> bytes:
    """The network in format *fmt*, as UTF-8 bytes.

    Parameters
    ----------
    region : Region
        The region.
    fmt : {'gexf', 'graphml', 'kumu'}
        GEXF 1.2 (Gephi), GraphML (yEd, Cytoscape, networkx) or a Kumu JSON blueprint.
    lang : {'en', 'nl'}, optional
        The language of the kind labels (Kumu's ``type``).
    step : callable, optional
        Advanced by one unit per actor and relation in all (a progress bar's).

    Returns
    -------
    bytes
        The file's bytes; :func:`write_export` writes the same bytes to a file without holding them.

    Raises
    ------
    ValueError
        For another format.

    See Also
    --------
    write_export : The same, streamed to a file.
    flat_graph : What the files hold, as a networkx graph.

    Examples
    --------
    The GraphML reads back into networkx with every actor and relation of the data:

    >>> import io
    >>> import networkx as nx
    >>> from regienet import Region, load_dataset
    >>> G = nx.read_graphml(io.BytesIO(export(Region(load_dataset()), "graphml")))
    >>> G.number_of_nodes(), G.number_of_edges()
    (66, 304)
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    buf = io.BytesIO()
    write_export(region, fmt, buf, lang, step)
    return buf.getvalue()
