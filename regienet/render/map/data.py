"""The page data's format: what the HTML page embeds, and how it is written safely and in pieces.

A map's page data (:func:`regienet.render.map.map_data`: nodes, edges,
tooltips, filters) is embedded packed (:func:`pack_map_data`: styles in
tables, tooltip strings in one list), as JSON that is safe inside a
``<script>`` element (:func:`safe_json`), written piece by piece for a large
region (:func:`safe_json_chunks`). map.js's ``unpack`` reads it back;
:func:`unpack_map_data` is the same in Python (what the tests and the
snapshots read). Nothing here knows a region or a language.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import Any

__all__ = [
    "PACK_FORMAT",
    "Packer",
    "Raw",
    "csp_hash",
    "pack_map_data",
    "safe_json",
    "safe_json_chunks",
    "unpack_map_data",
]


def safe_json(value: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">`` in HTML.

    ``<``, ``>`` and ``&`` become ``\\u003c``, ``\\u003e``, ``\\u0026`` (so a name
    like ``</script><script>…`` cannot close the element), and U+2028/U+2029
    are escaped too. ``JSON.parse`` gives back the exact original strings.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _escape(text: str) -> str:
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


class Raw(str):
    """A value already written as page JSON (:func:`safe_json` text): :func:`safe_json_chunks` copies it."""


def _piece(value: Any) -> str:
    return value if type(value) is Raw else _escape(_ENCODER.encode(value))


def safe_json_chunks(value: Any) -> Iterator[str]:
    """:func:`safe_json` of *value* in pieces: the same text, never all of it at once.

    Objects and lists at the top two levels (the packed page data and its big
    tables) are written in batches of :data:`_BATCH` elements: a batch of
    :class:`Raw` elements is joined as it is, a batch of plain values (the
    page's ``text`` table: hundreds of thousands of strings) is encoded by
    one call of the C encoder. Escaping is per character, so escaping the
    pieces is escaping the whole.
    """

    def batch_text(items: list[Any]) -> str:
        raw = [type(v) is Raw for v in items]
        if all(raw):
            return ",".join(items)
        if not any(raw):
            return _escape(_ENCODER.encode(items))[1:-1]  # '["a","b"]' without its brackets
        return ",".join([_piece(v) for v in items])

    def key_text(k: Any) -> str:
        k = str(k)
        return f'"{k}":' if _PLAIN_KEY.fullmatch(k) else _escape(_ENCODER.encode(k)) + ":"

    def walk(value: Any, depth: int) -> Iterator[str]:
        if depth >= 2 or type(value) is Raw or not isinstance(value, dict | list) or not value:
            yield _piece(value)
        elif isinstance(value, dict):
            if depth + 1 >= 2:  # the values are leaves: in batches
                items = list(value.items())
                for at in range(0, len(items), _BATCH):
                    part = items[at : at + _BATCH]
                    yield ("{" if at == 0 else ",") + ",".join(
                        [key_text(k) + (v if type(v) is Raw else _piece(v)) for k, v in part]
                    )
                yield "}"
                return
            sep = "{"
            for k, v in value.items():
                yield sep + key_text(k)
                yield from walk(v, depth + 1)
                sep = ","
            yield "}"
        elif depth + 1 >= 2:  # a list of leaves: in batches
            for at in range(0, len(value), _BATCH):
                yield ("[" if at == 0 else ",") + batch_text(value[at : at + _BATCH])
            yield "]"
        else:
            sep = "["
            for v in value:
                yield sep
                yield from walk(v, depth + 1)
                sep = ","
            yield "]"

    yield from walk(value, 0)


#: Elements of a big table written per piece by :func:`safe_json_chunks`.
_BATCH = 512
#: Object keys that JSON writes as they are, with nothing to escape (the page's ids: ``n12``, ``e7``).
_PLAIN_KEY = re.compile(r"[A-Za-z0-9_]*")


#: Version of the packed page data (:func:`pack_map_data`); map.js refuses any other.
PACK_FORMAT = 1
_NODE_OWN = ("id", "label", "x", "y")
_EDGE_OWN = ("id", "from", "to")


class Packer:
    """Builds the packed page data (:func:`pack_map_data`) one node, edge and tooltip at a time.

    The map of a large region has hundreds of thousands of tooltip strings;
    held as the nested dicts of :func:`map_data` and then packed, they took
    most of the memory of ``regienet map`` (2.2 GB at 3,000 municipalities).
    Fed to a packer as they are made, each tooltip is interned at once and
    only its positions are kept. Feeding items in :func:`map_data`'s order
    gives exactly ``pack_map_data(map_data(...))``. With *raw*, each node,
    edge and tooltip is kept as its page JSON (:class:`Raw`, a few dozen
    bytes instead of a tree of lists and dicts): what the page writer uses.
    """

    def __init__(self, raw: bool = False) -> None:
        self.raw = raw
        self.position: dict[str, int] = {}  # string -> its place in `text` (dicts keep insertion order)
        self.info: dict[str, Any] = {}
        self.node_styles: list[dict[str, Any]] = []
        self.nodes: list[list[Any]] = []
        self.edge_styles: list[dict[str, Any]] = []
        self.edges: list[Any] = []  # rows, or their page JSON (Raw)
        self._seen: tuple[dict[str, int], dict[str, int]] = ({}, {})

    def intern(self, value: Any) -> Any:
        """*value* with every string replaced by its place in ``text`` (added when new)."""
        position = self.position
        add = position.setdefault
        kind = type(value)
        if kind is str:
            return add(value, len(position))
        if kind is list:
            return [add(v, len(position)) if type(v) is str else self.intern(v) for v in value]
        if kind is dict:
            return {k: add(v, len(position)) if type(v) is str else self.intern(v) for k, v in value.items()}
        if value is None or kind is bool:
            return value
        # a number would be read back as a string's position
        raise TypeError(f"tooltip data must be text, lists, objects, booleans or null, not {value!r}")

    def _keep(self, value: Any) -> Any:
        return Raw(_escape(_ENCODER.encode(value))) if self.raw else value

    @cached_property
    def _interned_json(self) -> Callable[[Any], str]:
        """``_escape(_ENCODER.encode(self.intern(value)))`` in one pass: the raw page JSON of a tooltip.

        A region map has a quarter of a million tooltips; interning each into
        a tree of positions, encoding that and escaping the text took more
        time than building the tooltips. Interned, every string is a number
        and every key one of the tooltip's own words, so nothing is left to
        escape but the keys (escaped once, when first seen). Same positions,
        in the same order, as :meth:`intern`.
        """
        position = self.position
        keys: dict[str, str] = {}

        def key_text(k: Any) -> str:
            if type(k) is not str:
                raise TypeError(f"tooltip keys must be text, not {k!r}")
            keys[k] = text = _escape(_ENCODER.encode(k)) + ":"
            return text

        get = position.get

        def walk(value: Any) -> str:  # strings inline in their list or object: most of the leaves
            kind = type(value)
            if kind is list:
                out = []
                for v in value:
                    if type(v) is str:
                        p = get(v)
                        if p is None:
                            p = position[v] = len(position)
                        out.append(str(p))
                    elif type(v) is list:  # a tooltip row, [label, text]: inline too
                        row = []
                        for x in v:
                            if type(x) is str:
                                p = get(x)
                                if p is None:
                                    p = position[x] = len(position)
                                row.append(str(p))
                            else:
                                row.append(walk(x))
                        out.append("[" + ",".join(row) + "]")
                    else:
                        out.append(walk(v))
                return "[" + ",".join(out) + "]"
            if kind is dict:
                out = []
                for k, v in value.items():
                    if type(v) is str:
                        p = get(v)
                        if p is None:
                            p = position[v] = len(position)
                        out.append((keys.get(k) or key_text(k)) + str(p))
                    else:
                        out.append((keys.get(k) or key_text(k)) + walk(v))
                return "{" + ",".join(out) + "}"
            if kind is str:
                p = get(value)
                if p is None:
                    p = position[value] = len(position)
                return str(p)
            if value is None:
                return "null"
            if kind is bool:
                return "true" if value else "false"
            raise TypeError(f"tooltip data must be text, lists, objects, booleans or null, not {value!r}")

        return walk

    def add_info(self, key: str, value: Any) -> None:
        if self.raw:
            self.info[key] = Raw(self._interned_json(value))
        else:
            self.info[key] = self.intern(value)

    def _row(self, item: dict[str, Any], own: tuple[str, ...], table: list[dict], seen: dict[str, int]) -> list:
        style = {k: v for k, v in item.items() if k not in own}
        key = repr(style)  # built by the same code, so equal styles have equal reprs
        k = seen.get(key)
        if k is None:
            k = seen[key] = len(table)
            table.append(style)
        return [item[c] for c in own] + [k]

    def add_node(self, item: dict[str, Any]) -> int:
        """Add a vis node; returns the row of its style in ``nodeStyles``."""
        row = self._row(item, _NODE_OWN, self.node_styles, self._seen[0])
        self.nodes.append(self._keep(row))
        return row[-1]

    def add_edge(self, item: dict[str, Any]) -> int:
        """Add a vis edge; returns the row of its style in ``edgeStyles`` (for :meth:`add_edge_row`)."""
        row = self._row(item, _EDGE_OWN, self.edge_styles, self._seen[1])
        self.edges.append(self._keep(row))
        return row[-1]

    def add_edge_row(self, eid: str, source: str, target: str, style: int) -> None:
        """Add an edge whose style is already row *style* of ``edgeStyles``: what :meth:`add_edge` adds for it.

        The ids are the page's synthetic ones (``e12``, ``n3``): nothing in
        them needs escaping, so the raw row is written directly. A region map
        has a few hundred thousand edges and a dozen styles.
        """
        if self.raw:
            self.edges.append(Raw(f'["{eid}","{source}","{target}",{style}]'))
        else:
            self.edges.append([eid, source, target, style])

    def packed(self, rest: dict[str, Any]) -> dict[str, Any]:
        """The packed data: *rest* (every key but nodes, edges and info, in order) and the tables."""
        return {
            **rest,
            "format": PACK_FORMAT,
            "nodeStyles": self.node_styles,
            "nodes": self.nodes,
            "edgeStyles": self.edge_styles,
            "edges": self.edges,
            "info": self.info,
            "text": list(self.position),
        }


def pack_map_data(data: dict[str, Any]) -> dict[str, Any]:
    """The page data of :func:`map_data` as embedded in the HTML: the same content, about a third the size.

    A region map repeats itself: thousands of edges share ten styles,
    thousands of nodes a few hundred, and tooltips repeat relation kinds,
    attribute names and actor names. So styles go into tables (a node
    becomes ``[id, label, x, y, style]``, an edge ``[id, from, to, style]``)
    and every string in the tooltips into one list, ``text``, referred to by
    position. At 4,000 actors that takes the page from 21 MB to 7 MB, and
    the memory to build it down with it. Deterministic (tables in order of
    first use). :func:`unpack_map_data` and map.js's ``unpack`` give back
    exactly *data*; everything else is passed through unchanged.
    (:class:`Packer` builds the same without the unpacked data.)
    """
    packer = Packer()
    for item in data["nodes"]:
        packer.add_node(item)
    for item in data["edges"]:
        packer.add_edge(item)
    for k, v in data["info"].items():
        packer.add_info(k, v)
    return packer.packed({k: v for k, v in data.items() if k not in ("nodes", "edges", "info")})


def unpack_map_data(packed: dict[str, Any]) -> dict[str, Any]:
    """The inverse of :func:`pack_map_data` (what map.js does when the page loads)."""
    if packed.get("format") != PACK_FORMAT:
        raise ValueError(f"unknown map data format {packed.get('format')!r}")
    text = packed["text"]

    def resolve(value: Any) -> Any:
        if isinstance(value, bool) or value is None:
            return value
        if isinstance(value, int):
            return text[value]
        if isinstance(value, list):
            return [resolve(v) for v in value]
        return {k: resolve(v) for k, v in value.items()}

    data = {k: v for k, v in packed.items() if k not in ("format", "nodeStyles", "edgeStyles", "text")}
    data["nodes"] = [
        {**dict(zip(_NODE_OWN, row[:-1], strict=True)), **packed["nodeStyles"][row[-1]]} for row in packed["nodes"]
    ]
    data["edges"] = [
        {**dict(zip(_EDGE_OWN, row[:-1], strict=True)), **packed["edgeStyles"][row[-1]]} for row in packed["edges"]
    ]
    data["info"] = {k: resolve(v) for k, v in packed["info"].items()}
    return data


def csp_hash(script: str) -> str:
    """The Content-Security-Policy source that lets exactly *script* run (``'sha256-…'``)."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"
