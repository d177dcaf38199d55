"""The map's building blocks: styles, labels, tooltips and the node/edge builder (:class:`_Builder`).

:mod:`regienet.render.map` (the actor view and the page) and
:mod:`regienet.render.map_region` (the region view, a :class:`_Builder` of its
own) both build on this module; keeping it below both is what keeps the two
views from importing each other (issue 15.1).
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from regienet.i18n import fmt_money, fmt_number, t, tag_label
from regienet.messages import MESSAGES, TAGS
from regienet.render.layout import Box, LabelSpace, ego_layout, label_curve, region_layout
from regienet.rules.base import SEVERITY_RANK
from regienet.schema import ACCOUNTABILITY_LEVELS, ACTOR_NODE_KINDS, LAYERS, RELATION_KINDS, RelationKind

if TYPE_CHECKING:  # pragma: no cover
    from regienet.model import Region
    from regienet.rules import Finding, Results

TEMPLATES = Path(__file__).resolve().parent / "templates"

#: Fonts the browser already has: Windows (Segoe UI), macOS (system-ui), Linux (DejaVu Sans).
FONT = "system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', 'DejaVu Sans', Arial, sans-serif"

from regienet.render.style import (  # noqa: E402 - the one visual language, shared with the handouts
    EDGE_STYLES,
    GAP_STYLES,
    KIND_ORDER,
    KIND_STYLES,
    SUBTYPE_COLOURS,
    dashes_at,
)

__all__ = [
    "FONT",
    "FONT_SIZES",
    "GAP_RULES",
    "LARGE",
    "LARGE_EDGES",
    "MAX_COUPLINGS",
    "MAX_FINDINGS_SHOWN",
    "MAX_TIES_SHOWN",
    "MINOR_FONT",
    "MINOR_LABEL_PX",
    "PACK_FORMAT",
    "PLACE_PREFIXES",
    "TEMPLATES",
    "Packer",
    "default_filename",
    "ego_nodes",
    "pack_map_data",
    "place_name",
    "place_names",
    "safe_json",
    "safe_json_chunks",
    "short_label",
    "unpack_map_data",
    "wrap",
    "wrap_with",
]

GAP_RULES: tuple[str, ...] = ("SA04", "OV01", "SA05")


#: Label sizes in map units, by view and actor kind. With the layouts of
#: :mod:`regienet.render.layout` and the page's fit they come out at 11 px or
#: more at the default zoom on a 1024 × 768 projector (tests/test_map.py measures
#: them in Chromium): the municipality's view throughout, the region's
#: municipalities, enterprises, support organisations and governments.
FONT_SIZES: dict[str, dict[str, int]] = {
    "region": {"municipality": 32, "ocmw": 13, "forum": 13, "other": 20, "gap": 18},
    "municipality": {"municipality": 26, "other": 22, "gap": 20},
}
#: In the region view, labels smaller than this many map units are the minor ones
#: (OCMWs, forums): drawn only once zooming makes them MINOR_LABEL_PX pixels or more.
MINOR_FONT = 16
MINOR_LABEL_PX = 10
#: Above this many nodes the map switches to straight edges and hides edges while panning.
LARGE = 800
#: ... or above this many relations (issue 28: 659 actors with 3,226 relations panned at 6 fps with their
#: lines drawn, 1,345 actors at 13 fps with them hidden; benchmarks/map_fluid.py, docs/maps.md).
LARGE_EDGES = 2000
#: Coupling opportunities (SA05) drawn per municipality, best scores first: a region
#: of thousands of actors has tens of thousands; ``regienet gaps`` lists them all.
MAX_COUPLINGS = {"region": 5, "municipality": 20}
MAX_TIES_SHOWN = 25
MAX_FINDINGS_SHOWN = 12
PLACE_PREFIXES = ("gemeente", "stad", "city of", "town of", "municipality of", "commune de", "ville de")


# --------------------------------------------------------------------------- helpers


def default_filename(
    region: Region, municipality: str | None = None, gaps: bool = False, view: str = "actors", level: str = "SA"
) -> str:
    """``map-region.html``, ``map-<municipality id>.html``; ``-gaps`` before the suffix with gaps.

    The region view (``view="region"``) is ``map-region-view-<level>.html``.
    """
    if view == "region":
        return f"map-region-view-{level.lower()}.html"
    stem = f"map-{municipality}" if municipality else "map-region"
    return stem + ("-gaps" if gaps else "") + ".html"


def _has(key: str) -> bool:
    return key in MESSAGES


_SEPARATORS = re.compile(r"[\s_\-]+")


def _norm(text: str) -> str:
    return _SEPARATORS.sub(" ", text).strip().casefold()


def place_names(region: Region, m: str) -> list[str]:
    """Ways a municipality's place name may end an actor's name ("LDE-initiatief Kortrijk")."""
    name = region.name[m]
    out = {_norm(name), _norm(m)}
    low = name.casefold()
    for prefix in PLACE_PREFIXES:
        if low.startswith(prefix + " "):
            out.add(_norm(name[len(prefix) + 1 :]))
    return sorted((p for p in out if p), key=len, reverse=True)


def place_name(region: Region, m: str) -> str:
    """The municipality's name without "Gemeente"/"Stad": what people call the place."""
    name = region.name[m]
    low = name.casefold()
    for prefix in PLACE_PREFIXES:
        if low.startswith(prefix + " ") and len(name) > len(prefix) + 1:
            return name[len(prefix) + 1 :].strip()
    return name


def short_label(name: str, places: Iterable[str]) -> str:
    """*name* without a trailing place name (the map shows where it is).

    ``short_label("LDE-initiatief Kortrijk", ["kortrijk"])`` → ``"LDE-initiatief"``;
    a name that is only the place name is kept whole.
    """
    ascii_name = name.isascii()
    for place in places:
        if ascii_name and place.isascii() and "," not in place:
            # in ASCII, ignoring case is lower(): the suffix is found by hand, with no pattern to compile
            # (thousands of places at 3,000 municipalities); the same cut as the pattern's
            tokens = _place_tokens(place)
            if not tokens:
                continue
            start = _ascii_suffix_start(name, tokens)
            short = (name if start is None else name[:start]).rstrip(" -–,")  # as pattern.sub(...).rstrip(...)
            if short != name and len(short) >= 2:
                return short
            continue
        pattern = _place_suffix(place)
        if pattern is None:
            continue
        short = pattern.sub("", name, count=1).rstrip(" -–,")
        if short != name and len(short) >= 2:
            return short
    return name


@cache
def _place_tokens(place: str) -> tuple[str, ...]:
    """The words of a place name, lower case (those :func:`_place_suffix` looks for)."""
    return tuple(x.lower() for x in re.split(r"[\s_\-]+", place) if x)


def _ascii_suffix_start(name: str, tokens: tuple[str, ...]) -> int | None:
    """Where :func:`_place_suffix`'s pattern for *tokens* starts matching ASCII *name*; ``None``: nowhere.

    The pattern is separators (whitespace, ``,`` or ``-``), the words with
    separators (whitespace, ``_`` or ``-``) between them, then whitespace to
    the end. No word holds a separator, so from the end there is one way to
    line the words up; the leftmost match starts where the run of separators
    before the first word starts. Only for ASCII (where ignoring case is
    ``lower()``) and words without a comma (which the first run could take).
    """
    if not tokens:
        return None
    end = len(name.rstrip())  # \s*$ takes all trailing whitespace
    for k in range(len(tokens) - 1, -1, -1):
        word = tokens[k]
        begin = end - len(word)
        if begin < 0 or name[begin:end].lower() != word:
            return None
        run = begin
        between = " \t\n\r\f\v\x1c\x1d\x1e\x1f_-" if k else " \t\n\r\f\v\x1c\x1d\x1e\x1f,-"
        while run > 0 and name[run - 1] in between:
            run -= 1
        if run == begin:  # at least one separator
            return None
        end = run
    return end


@cache
def _place_suffix(place: str) -> re.Pattern[str] | None:
    """The compiled "…, Place" suffix pattern of one place name (compiled once per place).

    ``re``'s own cache holds 512 patterns; a region of more places than that
    made it recompile every pattern for every actor.
    """
    tokens = [re.escape(x) for x in re.split(r"[\s_\-]+", place) if x]
    if not tokens:
        return None
    return re.compile(r"[\s,\-–]+" + r"[\s_\-]+".join(tokens) + r"\s*$", flags=re.IGNORECASE)


def wrap(text: str, width: int = 20, lines: int = 3) -> str:
    """Wrap a label on word boundaries (at most *lines* lines, ``…`` when cut)."""
    words = text.split()
    out: list[str] = []
    cur = ""
    for w in words:
        if len(w) > width + 6:
            w = w[: width + 5] + "…"
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        out.append(cur)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: width - 1].rstrip() + "…"
    return "\n".join(out) or text[:width]


def wrap_with(text: str, suffix: str, width: int = 20, lines: int = 3) -> str:
    """:func:`wrap` *text* followed by *suffix*, which is never cut off.

    ``wrap_with("LDE-initiatief", "(Kuurne)")`` → ``"LDE-initiatief\n(Kuurne)"``. When
    the text and the suffix together need more than *lines* lines, the text is
    cut short (``…``) so that the suffix, which tells two equal names apart,
    stays whole.
    """
    if not suffix:
        return wrap(text, width, lines)
    both = wrap(f"{text} {suffix}", width, lines)
    if both.endswith(suffix):
        return both
    return wrap(text, width, max(lines - 1, 1)) + "\n" + wrap(suffix, width, 1)


def _label_box(label: str, font: float) -> tuple[float, float]:
    if not label:
        return 0.0, 0.0
    rows = label.split("\n")
    width = max((len(r) for r in rows), default=1) * font * 0.6
    return width, len(rows) * font * 1.2


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


class _Raw(str):
    """A value already written as page JSON (:func:`safe_json` text): :func:`safe_json_chunks` copies it."""


def _piece(value: Any) -> str:
    return value if type(value) is _Raw else _escape(_ENCODER.encode(value))


def safe_json_chunks(value: Any) -> Iterator[str]:
    """:func:`safe_json` of *value* in pieces: the same text, never all of it at once.

    Objects and lists at the top two levels (the packed page data and its big
    tables) are written in batches of :data:`_BATCH` elements: a batch of
    :class:`_Raw` elements is joined as it is, a batch of plain values (the
    page's ``text`` table: hundreds of thousands of strings) is encoded by
    one call of the C encoder. Escaping is per character, so escaping the
    pieces is escaping the whole.
    """

    def batch_text(items: list[Any]) -> str:
        raw = [type(v) is _Raw for v in items]
        if all(raw):
            return ",".join(items)
        if not any(raw):
            return _escape(_ENCODER.encode(items))[1:-1]  # '["a","b"]' without its brackets
        return ",".join([_piece(v) for v in items])

    def key_text(k: Any) -> str:
        k = str(k)
        return f'"{k}":' if _PLAIN_KEY.fullmatch(k) else _escape(_ENCODER.encode(k)) + ":"

    def walk(value: Any, depth: int) -> Iterator[str]:
        if depth >= 2 or type(value) is _Raw or not isinstance(value, dict | list) or not value:
            yield _piece(value)
        elif isinstance(value, dict):
            if depth + 1 >= 2:  # the values are leaves: in batches
                items = list(value.items())
                for at in range(0, len(items), _BATCH):
                    part = items[at : at + _BATCH]
                    yield ("{" if at == 0 else ",") + ",".join(
                        [key_text(k) + (v if type(v) is _Raw else _piece(v)) for k, v in part]
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
    edge and tooltip is kept as its page JSON (:class:`_Raw`, a few dozen
    bytes instead of a tree of lists and dicts): what the page writer uses.
    """

    def __init__(self, raw: bool = False) -> None:
        self.raw = raw
        self.position: dict[str, int] = {}  # string -> its place in `text` (dicts keep insertion order)
        self.info: dict[str, Any] = {}
        self.node_styles: list[dict[str, Any]] = []
        self.nodes: list[list[Any]] = []
        self.edge_styles: list[dict[str, Any]] = []
        self.edges: list[Any] = []  # rows, or their page JSON (_Raw)
        self._seen: tuple[dict[str, int], dict[str, int]] = ({}, {})
        #: page JSON of recurring pieces, kept by their writers once interned (a string's place never changes)
        self.fragments: dict[Any, str] = {}

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
        return _Raw(_escape(_ENCODER.encode(value))) if self.raw else value

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

    def ref(self, text: str) -> str:
        """*text*'s place in ``text`` as page JSON (``"17"``), added when new: :meth:`intern` of one string."""
        p = self.position.get(text)
        if p is None:
            p = self.position[text] = len(self.position)
        return str(p)

    def json(self, value: Any) -> str:
        """*value* interned and written as page JSON (a raw packer's tooltip, or part of one)."""
        return self._interned_json(value)

    def add_info_json(self, key: str, text: str) -> None:
        """Add a tooltip written as interned page JSON already (:meth:`ref`, :meth:`json`; raw packers only)."""
        if not self.raw:
            raise ValueError("add_info_json needs a raw packer")
        self.info[key] = _Raw(text)

    def add_info(self, key: str, value: Any) -> None:
        if self.raw:
            self.info[key] = _Raw(self._interned_json(value))
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
            self.edges.append(_Raw(f'["{eid}","{source}","{target}",{style}]'))
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


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


# --------------------------------------------------------------------------- what to show


def ego_nodes(region: Region, m: str) -> list[str]:
    """The nodes of *m*'s own view: both governments, the actors of *m*, and whoever they are tied to.

    That is the governments of *m*, every actor working in *m* (untied ones
    included: they are the blind spots), every node with a relation to a
    government of *m* (forums, authorities, other governments, actors
    elsewhere) and the actors *m* meets in its forums.
    """
    govs = region.governments(m)
    nodes = set(govs) | set(region.actors_of(m)) | set(region.tied_actors(m))
    for g in govs:
        for rid in region.relations_of(g):
            s, tgt, _ = region.relation(rid)
            nodes.add(tgt if s == g else s)
    return sorted(nodes)


def _plain_column(column: Any, clean: Callable[[Any], Any]) -> list[Any]:
    """``list(map(clean, column))`` for a pandas column, *clean* being :func:`regienet.model.plain_value`.

    ``tolist()`` gives the same cells as iterating (numbers as Python
    numbers), and text and blanks need no cleaning: most cells of a region's
    tables are one or the other, and the map reads every cell.
    """
    return [v if v is None or type(v) is str else clean(v) for v in column.tolist()]


#: Not yet in :meth:`_Builder.value_text`'s memo (where ``None`` is a text: "say nothing").
_UNSAID: Any = object()


def _edge_item(
    eid: str, src: str, dst: str, rk: RelationKind, own: bool, smooth: dict[str, Any] | None
) -> dict[str, Any]:
    """The vis edge of one relation: its layer's colour and dashes, heavier for a government's tie to its own
    actor (the F16 pattern the map shows first), an arrow when the relation kind is directed, *smooth* if curved.
    """
    style = EDGE_STYLES[rk.layer]
    item: dict[str, Any] = {
        "id": eid,
        "from": src,
        "to": dst,
        "layer": rk.layer,
        "color": {
            "color": style["color"],
            "highlight": style["color"],
            "hover": style["color"],
            "opacity": 0.85 if own else 0.55,
        },
        "width": 4 if own else 1.4,
        "dashes": dashes_at(style["dashes"], 4 if own else 1.4),
    }
    if rk.directed:
        item["arrows"] = {"to": {"enabled": True, "scaleFactor": 0.45}}
    if smooth is not None:
        item["smooth"] = smooth
    return item


class _Builder:
    """Collects the page data for one map (see :func:`map_data`)."""

    def __init__(self, region: Region, results: Results, municipality: str | None, gaps: bool, lang: str):
        self._words: dict[str, str] = {}  # memo of tr() without parameters
        self._phrases: dict[tuple[Any, ...], str] = {}  # memo of tr() with parameters
        self._said: dict[tuple[str, type, Any], str | None] = {}  # memo of value_text() for scalar cells
        self._attr_labels: dict[str, str] = {}  # memo of attr_label()
        self._finding_line: dict[int, list[str]] = {}  # memo of a finding's tooltip line (by id: findings live on)
        self._place_names: dict[str, list[str]] = {}  # memo of place_names()
        self._tie_words: dict[tuple[str, str], str] = {}  # (arrow, relation kind) -> "→ informs"
        self._box: Callable[[str], Box] = lambda node: Box(0.0, 0.0)  # a node's box, once laid out
        self.region = region
        self.results = results
        self.m = municipality
        self.gaps = gaps
        self.lang = lang
        self.view = "municipality" if municipality else "region"
        self.nodes = ego_nodes(region, municipality) if municipality else sorted(region.kind)
        self.node_set = set(self.nodes)
        self.sid = {n: f"n{i}" for i, n in enumerate(self.nodes)}
        rel = region.relations
        rids = rel["rid"].tolist()  # plain Python values: iterating the Series costs more than reading it
        node_set = self.node_set
        keep = [
            (int(rid), s, tg, k)
            for rid, s, tg, k in zip(
                rids, rel["source"].tolist(), rel["target"].tolist(), rel["kind"].tolist(), strict=True
            )
            if s in node_set and tg in node_set
        ]
        self.rels = sorted(keep)
        self.large = len(self.nodes) > LARGE or len(self.rels) > LARGE_EDGES
        self.own_of: dict[str, list[str]] = defaultdict(list)  # actor -> municipalities it is an own actor of
        for mm in region.municipalities:
            for a in sorted(region.own_actors(mm)):
                self.own_of[a].append(mm)
        self.findings = [f for f in results.findings if municipality is None or f.municipality == municipality]
        from regienet.model import plain_value as _clean

        # the attribute tables by column (a list per column, the cells shared with the frames), not a
        # dict per row: at 3,000 municipalities a dict per relation row alone took ~150 MB
        acols = [c for c in region.actors.columns if c != "line"]
        self.actor_cols = {c: _plain_column(region.actors[c], _clean) for c in acols}
        self.actor_at = {a: i for i, a in enumerate(self.actor_cols[acols[0]])} if acols else {}
        rcols = [c for c in region.relations.columns if c not in ("source", "target", "kind", "rid", "line")]
        self.rel_cols = {c: _plain_column(region.relations[c], _clean) for c in rcols}
        self.rel_at = {int(rid): i for i, rid in enumerate(rids)}
        # the same without the columns that are blank all the way down (no tooltip row comes of them;
        # a region's relations leave most of their optional columns empty)
        self.actor_said = {c: v for c, v in self.actor_cols.items() if v.count(None) + v.count("") < len(v)}
        self.rel_said = {c: v for c, v in self.rel_cols.items() if v.count(None) + v.count("") < len(v)}

    def actor_row(self, node: str) -> dict[str, Any]:
        """The actor's row of actors.csv as ``{column: value}`` (``None`` when blank)."""
        i = self.actor_at[node]
        return {c: values[i] for c, values in self.actor_cols.items()}

    def rel_row(self, rid: int) -> dict[str, Any]:
        """The attribute columns of relation row *rid* as ``{column: value}``."""
        i = self.rel_at[rid]
        return {c: values[i] for c, values in self.rel_cols.items()}

    # ---------------------------------------------------------------- text
    def tr(self, key: str, **params: Any) -> str:
        if params:  # "12 ties", "3 findings": the same few counts over and over
            try:
                memo = (key, *params.items())
                return self._phrases[memo]
            except KeyError:
                phrase = self._phrases[memo] = t(key, self.lang, **params)
                return phrase
            except TypeError:  # a parameter that is not hashable
                return t(key, self.lang, **params)
        try:  # a region map asks for the same few words about a million times
            return self._words[key]
        except KeyError:
            word = self._words[key] = t(key, self.lang)
            return word

    def val(self, node: str, column: str) -> Any:
        """An actor attribute, ``None`` when blank."""
        i = self.actor_at.get(node)
        values = self.actor_cols.get(column)
        return None if i is None or values is None else values[i]

    def name(self, node: str) -> str:
        return self.region.name.get(node, node)

    def attr_label(self, column: str) -> str:
        key = f"map.attr.{column}"
        return self.tr(key) if _has(key) else column

    def value_text(self, column: str, value: Any) -> str | None:
        """A cell as a reader would say it, in the map's language (memoised for scalar cells)."""
        if isinstance(value, list | tuple):
            return self._value_text(column, value)
        key = (column, type(value), value)
        try:
            return self._said[key]
        except KeyError:
            said = self._said[key] = self._value_text(column, value)
            return said

    def _value_text(self, column: str, value: Any) -> str | None:
        if value is None or value == "" or value == [] or value == ():
            return None
        if isinstance(value, list | tuple):
            if column == "operates_in" and "*" in value:
                return self.tr("map.value.everywhere")
            if column == "operates_in":
                return ", ".join(self.name(v) for v in value)
            if column in TAGS:
                return ", ".join(tag_label(str(v), self.lang) for v in value)
            return ", ".join(self.value_text(column, v) or "" for v in value)
        if isinstance(value, bool):
            return self.tr("word.yes" if value else "word.no")
        if column == "kind":
            return self.tr(f"kind.{value}")
        if column in ("municipality", "via"):
            return self.name(str(value))
        if column == "accountability_level":
            level = int(value)
            word = ACCOUNTABILITY_LEVELS[level] if 0 <= level < len(ACCOUNTABILITY_LEVELS) else ""
            return f"{level} — {self.tr('map.value.accountability_level.' + word)}" if word else str(level)
        if column == "amount_eur" and isinstance(value, int | float):
            return fmt_money(value, self.lang)
        if column in ("since", "until", "council_mentions") and isinstance(value, int | float):
            return str(int(value))
        if isinstance(value, int | float):
            return fmt_number(value, self.lang)
        key = f"map.value.{column}.{value}"
        if _has(key):
            return self.tr(key)
        return str(value)

    def rows(self, frame_row: dict[str, Any], skip: Iterable[str]) -> list[list[str]]:
        """``[label, text]`` of each cell of *frame_row* that says something (blank cells and *skip* left out)."""
        out = []
        skip = set(skip)
        labels = self._attr_labels
        for column, value in frame_row.items():
            if value is None or value == "" or column in skip:  # blank: no row (as value_text says)
                continue
            text = self.value_text(column, value)
            if text is not None:
                label = labels.get(column)
                if label is None:
                    label = labels[column] = self.attr_label(column)
                out.append([label, text])
        return out

    def row_fragments(
        self, columns: dict[str, list[Any]], i: int, cells: dict[tuple[str, type, Any], str | None], skip: str = ""
    ) -> list[Any]:
        """:meth:`rows_at` for a raw packer: each row as its page JSON when *cells* has it, else ``[label, text, key]``.

        The rows of a relation repeat ("formal: yes", "since: 2002"): once both
        words of a row are interned, its JSON (``[3,41]``) never changes, so
        :meth:`rows_json` keeps it in *cells* by the cell's column, type and value.
        """
        out: list[Any] = []
        labels, said = self._attr_labels, self._said
        for column, values in columns.items():
            value = values[i]
            if value is None or value == "" or column == skip:
                continue
            kind = type(value)
            if kind is list or kind is tuple:
                text = self._value_text(column, value)
                key = None
            else:
                key = (column, kind, value)
                known = cells.get(key, _UNSAID)
                if known is not _UNSAID:
                    if known is not None:
                        out.append(known)
                    continue
                text = said.get(key, _UNSAID)
                if text is _UNSAID:
                    text = said[key] = self._value_text(column, value)
                if text is None:
                    cells[key] = None
                    continue
            if text is not None:
                label = labels.get(column)
                if label is None:
                    label = labels[column] = self.attr_label(column)
                out.append([label, text, key])
        return out

    @staticmethod
    def rows_json(pending: list[Any], packer: Packer, cells: dict[tuple[str, type, Any], str | None]) -> str:
        """The rows of :meth:`row_fragments` as page JSON, interning the new ones in order."""
        out = []
        for row in pending:
            if type(row) is str:
                out.append(row)
            else:
                label, text, key = row
                frag = "[" + packer.ref(label) + "," + packer.ref(text) + "]"
                if key is not None:
                    cells[key] = frag
                out.append(frag)
        return ",".join(out)

    def rows_at(self, columns: dict[str, list[Any]], i: int, skip: str = "") -> list[list[str]]:
        """:meth:`rows` of row *i* of a table held by column (``actor_cols``, ``rel_cols``), *skip* left out.

        The same rows without building the row's dict first: :meth:`row_fragments` with no cached
        fragments, so every row comes back as ``[label, text]``.
        """
        return [[label, text] for label, text, _ in self.row_fragments(columns, i, {}, skip)]

    def finding_lines(self, findings: list[Finding]) -> list[list[str]]:
        lines = []
        findings = sorted(
            findings, key=lambda f: SEVERITY_RANK.get(f.severity, len(SEVERITY_RANK))
        )  # stable: rule order within
        for f in findings[:MAX_FINDINGS_SHOWN]:
            lines.append(list(self.finding_line(f)))
        if len(findings) > MAX_FINDINGS_SHOWN:
            lines.append(["", self.tr("map.info.more", n=len(findings) - MAX_FINDINGS_SHOWN), ""])
        return lines

    def finding_line(self, f: Finding) -> list[str]:
        """A finding's tooltip line ``[rule · severity, message, severity]``, made once per finding."""
        line = self._finding_line.get(id(f))  # a finding is cited by its municipality and its actors
        if line is None:
            prefix = f"{f.rule} · {self.tr('severity.' + f.severity)}"
            if self.view == "region":  # a regional finding (RG) is the region's, not a municipality's
                prefix += f" · {self.tr('check.region_label') if f.municipality is None else self.name(f.municipality)}"
            line = self._finding_line[id(f)] = [prefix, f.message(self.lang), f.severity]
        return line

    def finding_lines_json(self, findings: list[Finding], packer: Packer) -> str:
        """``packer.json(self.finding_lines(findings))``, each finding's line kept as JSON once interned."""
        findings = sorted(findings, key=lambda f: SEVERITY_RANK.get(f.severity, len(SEVERITY_RANK)))
        memo = packer.fragments
        out = []
        for f in findings[:MAX_FINDINGS_SHOWN]:
            frag = memo.get(("finding", id(f)))
            if frag is None:
                frag = memo[("finding", id(f))] = packer.json(self.finding_line(f))
            out.append(frag)
        if len(findings) > MAX_FINDINGS_SHOWN:
            out.append(packer.json(["", self.tr("map.info.more", n=len(findings) - MAX_FINDINGS_SHOWN), ""]))
        return "[" + ",".join(out) + "]"

    # ---------------------------------------------------------------- evidence
    @cached_property
    def evidence(self) -> tuple[dict[str, list[Finding]], dict[tuple[str, str, str], list[Finding]]]:
        """Findings by the node they cite (a municipality: all of its own) and by relation triple."""
        by_node: dict[str, list[Finding]] = defaultdict(list)
        by_rel: dict[tuple[str, str, str], list[Finding]] = defaultdict(list)
        for f in self.findings:
            cited = list(f.actors) + [x for r in f.relations for x in r[:2]]
            if f.municipality is not None and f.municipality not in cited:  # a region finding has none
                cited.append(f.municipality)
            for node in dict.fromkeys(cited):
                if node in self.node_set:
                    by_node[node].append(f)
            for r in dict.fromkeys(f.relations):
                by_rel[r].append(f)
        return by_node, by_rel

    # ---------------------------------------------------------------- nodes
    def label(self, node: str) -> str:
        """The text drawn under (or in) a node, before duplicates are told apart (:meth:`labels`).

        In the region view the map itself says where an actor is, so local
        actors, OCMWs and forums drop their place name ("LDE-initiatief
        Kortrijk" next to Kortrijk reads "LDE-initiatief"), and municipalities
        show the place name only.
        """
        region = self.region
        name = self.name(node)
        kind = region.kind[node]
        if kind == "municipality":
            return place_name(region, node) if self.view == "region" else name
        if self.view == "region":
            seat = self.seat(node)
            if seat is not None and not region.is_regional(node):
                name = short_label(name, self.place_names(seat))
        return name

    def place_names(self, m: str) -> list[str]:
        """:func:`place_names` of *m*, worked out once per municipality (every actor there asks)."""
        names = self._place_names.get(m)
        if names is None:
            names = self._place_names[m] = place_names(self.region, m)
        return names

    def seat(self, node: str) -> str | None:
        """The municipality an actor belongs to: its government's, its seat, or the one place it works."""
        region = self.region
        if region.kind[node] == "municipality":
            return node
        seat = region.government_of.get(node) or self.val(node, "municipality")
        if seat in region.name and region.kind.get(seat) == "municipality":
            return seat
        where = sorted(region.operates.get(node, ()))
        if len(where) == 1 and region.kind.get(where[0]) == "municipality":
            return where[0]
        return None

    @cached_property
    def labels(self) -> dict[str, str]:
        """Every node's label, wrapped, with equal names told apart.

        When several nodes would read the same (seven "LDE-initiatief" in the
        region view, or two actors of the same name), each gets its
        municipality: "LDE-initiatief (Kuurne)"; if that is still not enough
        (same name, same place), a number too: "Proper (Zwevegem, 2)".
        """
        base = {n: self.label(n) for n in self.nodes}
        groups: dict[str, list[str]] = defaultdict(list)
        for n, text in base.items():
            groups[_norm(text)].append(n)
        suffix: dict[str, str] = {}
        for members in groups.values():
            if len(members) < 2:
                continue
            places = {}
            for n in members:
                seat = self.seat(n)
                place = place_name(self.region, seat) if seat is not None else ""
                # a name that already ends with its place ("LDE-initiatief Kuurne") does not repeat it
                if seat is not None and place and short_label(base[n], self.place_names(seat)) == base[n]:
                    places[n] = place
                else:
                    places[n] = ""
            again: dict[str, list[str]] = defaultdict(list)
            for n in members:
                again[places[n].casefold()].append(n)
            for same in again.values():
                for k, n in enumerate(sorted(same), start=1):
                    parts = [places[n]] if places[n] else []
                    if len(same) > 1:
                        parts.append(str(k))
                    if parts:
                        suffix[n] = "(" + ", ".join(parts) + ")"
        out = {}
        for n in self.nodes:
            width = 24 if self.region.kind[n] == "authority" else 20
            out[n] = wrap_with(base[n], suffix.get(n, ""), width)
        return out

    def font_size(self, node: str) -> int:
        """Label size in map units (see :data:`FONT_SIZES`)."""
        return FONT_SIZES[self.view].get(self.region.kind[node], FONT_SIZES[self.view]["other"])

    @property
    def gap_font(self) -> int:
        return FONT_SIZES[self.view]["gap"]

    def size(self, node: str, degree: int) -> float:
        kind = self.region.kind[node]
        jobs = self.val(node, "jobs")
        if kind == "enterprise" and isinstance(jobs, int | float):
            s = 9 + 6.5 * math.log10(1 + jobs)
        elif kind == "ocmw":
            s = 13.0
        else:
            s = 9 + 3.2 * math.log2(1 + degree)
        return round(min(max(s, 9.0), 32.0), 1)

    def build_nodes(
        self,
        markers: dict[str, list[Finding]],
        step: Callable[..., Any] | None = None,
        packer: Packer | None = None,
    ) -> tuple[list[dict], dict[str, dict]]:
        """The vis nodes and their tooltips (with *packer*: tooltips go to it, with their markers)."""
        region = self.region
        degree: dict[str, int] = defaultdict(int)
        for _, s, tg, _ in self.rels:
            degree[s] += 1
            degree[tg] += 1
        by_node, _ = self.evidence
        vis_nodes, info = [], {}
        cells: dict[tuple[str, type, Any], str | None] = {}  # an actor cell -> its row's page JSON
        for node in self.nodes:
            kind = region.kind[node]
            style = KIND_STYLES[kind]
            background = style["background"]
            subtype = self.val(node, "subtype") if kind == "enterprise" else None
            if kind == "enterprise":
                background = SUBTYPE_COLOURS.get(subtype or "", SUBTYPE_COLOURS["other"])
            own = bool(self.own_of.get(node)) and (self.m is None or self.m in self.own_of[node])
            label = self.labels[node]
            font = self.font_size(node)
            item: dict[str, Any] = {
                "id": self.sid[node],
                "label": label,
                "shape": style["shape"],
                "color": {
                    "background": background,
                    "border": "#111111" if own else style["border"],
                    "highlight": {"background": background, "border": "#000000"},
                    "hover": {"background": background, "border": "#000000"},
                },
                "borderWidth": 4 if own else 1.5,
                "font": {"size": font},
            }
            if font < MINOR_FONT:  # shown when zoomed in far enough to read it (vis hides it below threshold - 1)
                item["scaling"] = {"label": {"drawThreshold": MINOR_LABEL_PX}}
            if kind == "municipality":
                item["font"] = {"size": font, "color": "#ffffff", "strokeWidth": 0}
                item["margin"] = 10
            else:
                item["size"] = self.size(node, degree[node])
            if node in markers:
                gap = GAP_STYLES["OV01"]
                item["label"] = (label + "\n" if label else "") + "⚠ OV01"
                item["color"]["border"] = gap["color"]
                item["borderWidth"] = gap["width"]
                item["shapeProperties"] = {"borderDashes": gap["dashes"]}
            vis_nodes.append(item)
            if packer is None:
                info[item["id"]] = self.node_info(node, own, by_node.get(node, []))
            else:
                # the marker as build() adds it when not packing
                marker = sorted({f.rule for f in markers[node]}) if node in markers else None
                if packer.raw:
                    packer.add_info_json(
                        item["id"], self.node_info_json(node, own, by_node.get(node, []), marker, packer, cells)
                    )
                else:
                    tip = self.node_info(node, own, by_node.get(node, []))
                    if marker is not None:
                        tip["marker"] = marker
                    packer.add_info(item["id"], tip)
            if step is not None:
                step()
        return vis_nodes, info

    def node_info(self, node: str, own: bool, findings: list[Finding]) -> dict[str, Any]:
        """A node's tooltip: its kind, attributes, findings and ties."""
        rows = self.rows_at(self.actor_said, self.actor_at[node], skip="name")
        # findings first: in a workshop they are what the actor is pointed at for
        sections: list[dict[str, Any]] = [{"h": self.tr("map.info.attributes"), "rows": rows}]
        if findings:
            sections.append({"h": self.tr("map.info.findings", n=len(findings)), "lines": self.finding_lines(findings)})
        ties_h, ties = self.node_ties(node)
        sections.append({"h": ties_h, "lines": ties})
        return {"title": self.name(node), "sub": self.node_sub(node), "sections": sections, "own": own}

    def node_info_json(
        self,
        node: str,
        own: bool,
        findings: list[Finding],
        marker: list[str] | None,
        packer: Packer,
        cells: dict[tuple[str, type, Any], str | None],
    ) -> str:
        """:meth:`node_info` (and its *marker*) as a raw *packer*'s page JSON: what ``packer.add_info`` writes of it."""
        title, sub = self.name(node), self.node_sub(node)
        pending = self.row_fragments(self.actor_said, self.actor_at[node], cells, skip="name")
        ref = packer.ref
        parts = [
            '{"title":',
            ref(title),
            ',"sub":',
            ref(sub),
            ',"sections":[{"h":',
            ref(self.tr("map.info.attributes")),
        ]
        parts += [',"rows":[', self.rows_json(pending, packer, cells), "]}"]
        if findings:
            parts += [',{"h":', ref(self.tr("map.info.findings", n=len(findings)))]
            parts += [',"lines":', self.finding_lines_json(findings, packer), "}"]
        ties_h, ties = self.node_ties(node)
        parts += [',{"h":', ref(ties_h), ',"lines":', packer.json(ties), "}]", ',"own":', "true" if own else "false"]
        if marker is not None:
            parts += [',"marker":', packer.json(marker)]
        parts.append("}")
        return "".join(parts)

    def node_sub(self, node: str) -> str:
        """The line under a node tooltip's title: kind (subtype), whose own actor, regional."""
        region = self.region
        kind = region.kind[node]
        sub = [self.tr(f"kind.{kind}")]
        subtype = self.val(node, "subtype")
        if subtype:
            sub[0] += f" ({self.tr('map.value.subtype.' + subtype)})"
        owners = self.own_of.get(node, [])
        if owners:
            sub.append(self.tr("map.info.own_actor", names=", ".join(self.name(o) for o in owners)))
        if kind in ACTOR_NODE_KINDS and region.is_regional(node):
            sub.append(self.tr("map.info.regional"))
        return " · ".join(sub)

    def node_ties(self, node: str) -> tuple[str, list[list[str]]]:
        """A node tooltip's ties: the heading ("12 ties") and a line per tie shown."""
        region = self.region
        rids = region.relations_of(node)
        shown = []
        tie_words = self._tie_words
        for rid in rids[:MAX_TIES_SHOWN]:  # an authority tied to every municipality has thousands
            s, tg, k = region.relation(rid)
            directed = RELATION_KINDS[k].directed
            other = tg if s == node else s
            arrow = "↔" if not directed else ("→" if s == node else "←")
            words = tie_words.get((arrow, k))
            if words is None:
                words = tie_words[(arrow, k)] = f"{arrow} {self.tr('relation.' + k)}"
            shown.append([words, self.name(other), ""])
        if rids:
            if len(rids) > MAX_TIES_SHOWN:
                shown.append(["", self.tr("map.info.more", n=len(rids) - MAX_TIES_SHOWN), ""])
            return self.tr("map.info.ties", n=len(rids)), shown
        return self.tr("map.info.ties", n=0), [["", self.tr("map.info.no_ties"), ""]]

    # ---------------------------------------------------------------- edges
    def build_edges(self, packer: Packer | None = None) -> tuple[list[dict], dict[str, dict]]:
        """The vis edges of the relations and their tooltips (with *packer*: both go to it).

        With a packer, an edge whose look (layer, own tie, arrow, curve) has
        been seen goes in as a row of ids and the style's number
        (:meth:`Packer.add_edge_row`), and the words every tooltip repeats are
        looked up once: at 3,000 municipalities there are 190,000 edges.
        """
        _, by_rel = self.evidence
        curves = self.edge_curves()
        vis_edges, info = [], {}
        styles: dict[tuple[Any, ...], int] = {}  # an edge's look -> its row of the packer's edgeStyles
        sid, name, tr, rel_at, rel_cols = self.sid, self.name, self.tr, self.rel_at, self.rel_said
        attributes = tr("map.info.attributes")
        layer_tail = {layer: f" · {tr('map.layer_word')}: {tr('layer.' + layer)}" for layer in LAYERS}
        gov_of, own_of = self.region.government_of, self.own_of
        raw = packer if packer is not None and packer.raw else None
        cells: dict[tuple[str, type, Any], str | None] = {}  # a relation cell -> its row's page JSON
        heads: dict[str, str] = {}  # relation kind -> '{"title":12,"sub":'
        attributes_head: str | None = None
        names = self.region.name.get  # self.name(), inline
        for n, (rid, s, tg, k) in enumerate(self.rels):
            rk = RELATION_KINDS[k]
            # is_own_tie(s, tg), inline
            own = (s in gov_of and gov_of[s] in own_of.get(tg, ())) or (
                tg in gov_of and gov_of[tg] in own_of.get(s, ())
            )
            eid = f"e{n}"
            smooth = curves[n]
            look = (rk.layer, own, rk.directed, None if smooth is None else (smooth["type"], smooth["roundness"]))
            known = styles.get(look) if packer is not None else None
            if known is not None and packer is not None:
                packer.add_edge_row(eid, sid[s], sid[tg], known)
            else:
                item = _edge_item(eid, sid[s], sid[tg], rk, own, smooth)
                if packer is None:
                    vis_edges.append(item)
                else:
                    styles[look] = packer.add_edge(item)
            arrow = "→" if rk.directed else "↔"
            if raw is not None:  # the tooltip written as page JSON directly: what add_info(tip) writes
                # a string's place never changes once interned: the title's JSON is kept per kind after
                # its first use, the attributes heading's after its first use (each interned in its turn)
                head = heads.get(k)
                if head is None:
                    head = heads[k] = '{"title":' + raw.ref(tr("relation." + k)) + ',"sub":'
                sub = f"{names(s, s)} {arrow} {names(tg, tg)}{layer_tail[rk.layer]}"
                pending = self.row_fragments(rel_cols, rel_at[rid], cells)
                found = by_rel.get((s, tg, k))
                parts = [head, raw.ref(sub), ',"sections":[']
                if pending:
                    if attributes_head is None:
                        attributes_head = '{"h":' + raw.ref(attributes) + ',"rows":['
                    parts += [attributes_head, self.rows_json(pending, raw, cells), "]}"]
                if found:
                    h = tr("map.info.findings", n=len(found))
                    parts += [",{" if pending else "{", '"h":', raw.ref(h), ',"lines":']
                    parts += [self.finding_lines_json(found, raw), "}"]
                parts.append("]}")
                raw.add_info_json(eid, "".join(parts))
                continue
            sub = f"{name(s)} {arrow} {name(tg)}{layer_tail[rk.layer]}"
            tip = self.edge_tip(k, sub, self.rows_at(rel_cols, rel_at[rid]), by_rel.get((s, tg, k)), attributes)
            if packer is None:
                info[eid] = tip
            else:
                packer.add_info(eid, tip)
        return vis_edges, info

    def edge_curves(self) -> list[dict[str, Any] | None]:
        """The vis ``smooth`` of each relation of :attr:`rels` (same order), ``None`` where it is drawn straight.

        Why: parallel edges between the same two actors would lie on top of one another; the first is drawn
        straight, the next ones curve alternately clockwise and counter-clockwise, further out by pairs.
        A large map draws every edge straight (the curves cost the browser more than they help there).
        """
        curves: list[dict[str, Any] | None] = [None] * len(self.rels)
        if self.large:
            return curves
        pair_count: dict[tuple[str, str], int] = defaultdict(int)
        for _, s, tg, _ in self.rels:
            pair_count[(s, tg) if s < tg else (tg, s)] += 1
        pair_seen: dict[tuple[str, str], int] = defaultdict(int)
        for n, (_, s, tg, _) in enumerate(self.rels):
            pair = (s, tg) if s < tg else (tg, s)
            if pair_count[pair] < 2:
                continue
            k_ = pair_seen[pair]
            pair_seen[pair] += 1
            if k_:
                clockwise = (k_ % 2 == 1) == (s == pair[0])
                curves[n] = {
                    "enabled": True,
                    "type": "curvedCW" if clockwise else "curvedCCW",
                    "roundness": round(0.14 * ((k_ + 1) // 2), 2),
                }
        return curves

    def edge_tip(self, k: str, sub: str, rows: list, found: list[Finding] | None, attributes: str) -> dict[str, Any]:
        """The tooltip of one relation as a dict: its kind, who to whom, its attributes and its findings.

        The dict twin of the page JSON :meth:`build_edges` writes directly for a raw packer.
        """
        sections: list[dict[str, Any]] = []
        if rows:
            sections.append({"h": attributes, "rows": rows})
        if found:
            sections.append({"h": self.tr("map.info.findings", n=len(found)), "lines": self.finding_lines(found)})
        return {"title": self.tr("relation." + k), "sub": sub, "sections": sections}

    def is_own_tie(self, s: str, tg: str) -> bool:
        gov_of = self.region.government_of
        return any(g in gov_of and gov_of[g] in self.own_of.get(a, ()) for g, a in ((s, tg), (tg, s)))

    # ---------------------------------------------------------------- gaps
    def gap_overlay(self) -> tuple[dict[tuple[str, str, str], list[Finding]], dict[str, list[Finding]]]:
        edges: dict[tuple[str, str, str], list[Finding]] = defaultdict(list)
        markers: dict[str, list[Finding]] = defaultdict(list)
        if not self.gaps:
            return edges, markers
        couplings: dict[str | None, list[Finding]] = defaultdict(list)
        for f in self.findings:
            if f.rule == "SA05":
                couplings[f.municipality].append(f)
        shown: set[int] = set()
        for found in couplings.values():
            best = sorted(found, key=lambda f: (-f.score, f.actors))[: MAX_COUPLINGS[self.view]]
            shown.update(id(f) for f in best)
        for f in self.findings:
            if f.rule == "SA05" and id(f) not in shown:
                continue
            if f.rule == "SA04":
                for a in f.actors:
                    if a in self.node_set and f.municipality in self.node_set:
                        edges[("SA04", f.municipality, a)].append(f)
            elif f.rule == "SA05" and len(f.actors) >= 2:
                a, b = sorted(f.actors[:2])
                if a in self.node_set and b in self.node_set:
                    edges[("SA05", a, b)].append(f)
            elif f.rule == "OV01":
                for a in f.actors:
                    if a in self.node_set:
                        markers[a].append(f)
        return edges, markers

    def build_gap_edges(
        self, gap_edges: dict[tuple[str, str, str], list[Finding]], start: int, pos: dict[str, tuple[float, float]]
    ) -> tuple[list[dict], dict[str, dict]]:
        """The gap lines (ids from e*start*) and their tooltips; *pos*: the nodes' places (:meth:`positions`)."""
        vis_edges, info = [], {}
        # each label where it covers no node, no node's label and no gap label placed before it
        space = LabelSpace()
        if gap_edges:
            for node, xy in pos.items():
                space.add(xy, self._box(node))
        for n, ((code, a, b), found) in enumerate(sorted(gap_edges.items()), start=start):
            style = GAP_STYLES[code]
            w, h = _label_box(code, self.gap_font)
            curve, roundness = label_curve(pos[a], pos[b], Box(w / 2, h / 2), space)
            item = {
                "id": f"e{n}",
                "from": self.sid[a],
                "to": self.sid[b],
                "layer": "gaps",
                "label": code,
                "color": {
                    "color": style["color"],
                    "highlight": style["color"],
                    "hover": style["color"],
                    "opacity": 0.95,
                },
                "width": style["width"],
                "dashes": dashes_at(style["dashes"], style["width"]),
                "font": {
                    "size": self.gap_font,
                    "color": style["color"],
                    "strokeWidth": 4,
                    "strokeColor": "#ffffff",
                    "align": "horizontal",
                },
                "smooth": {"enabled": True, "type": curve, "roundness": roundness},
                "ms": sorted(
                    {
                        self.municipality_index[f.municipality]
                        for f in found
                        if f.municipality in self.municipality_index
                    }
                ),
            }
            vis_edges.append(item)
            name = self.tr(f"map.gap.{code}")
            info[item["id"]] = {
                "title": name,
                "sub": f"{self.name(a)} ⇢ {self.name(b)}",
                "sections": [{"h": self.tr("map.info.findings", n=len(found)), "lines": self.finding_lines(found)}],
            }
        return vis_edges, info

    # ---------------------------------------------------------------- layout
    def box(self, node: str, labels: dict[str, str], sizes: dict[str, float]) -> Box:
        font = self.font_size(node)
        w, h = _label_box(labels[node], font)
        if self.region.kind[node] == "municipality":
            return Box(w / 2 + 12, h / 2 + 10)
        size = sizes.get(node, 12.0)
        return Box(max(size, w / 2) + 2, size + h / 2 + 2, h / 2 + 2)

    def positions(self, vis_nodes: list[dict]) -> dict[str, tuple[float, float]]:
        region = self.region
        labels = {n: v["label"] for n, v in zip(self.nodes, vis_nodes, strict=True)}
        sizes = {n: v.get("size", 12.0) for n, v in zip(self.nodes, vis_nodes, strict=True)}

        boxes: dict[str, Box] = {}

        def box(node: str) -> Box:  # the layout asks for each node's box several times
            b = boxes.get(node)
            if b is None:
                b = boxes[node] = self.box(node, labels, sizes)
            return b

        self._box = box  # for the gap edges' labels (build_gap_edges)
        if self.m:
            return self.ego_positions(box, self.m)
        coords = {}
        for m in region.municipalities:
            lat, lon = self.val(m, "lat"), self.val(m, "lon")
            if isinstance(lat, int | float) and isinstance(lon, int | float):
                coords[m] = (float(lat), float(lon))
        local: dict[str, list[str]] = defaultdict(list)
        regional: list[str] = []
        for node in self.nodes:
            kind = region.kind[node]
            if kind == "municipality":
                continue
            if kind == "ocmw":
                local[region.government_of[node]].append(node)
                continue
            seat = self.val(node, "municipality")
            where = sorted(region.operates.get(node, ()))
            if kind in ACTOR_NODE_KINDS and region.is_regional(node):
                regional.append(node)
            elif seat in region.name and region.kind.get(seat) == "municipality":
                local[seat].append(node)
            elif len(where) == 1:
                local[where[0]].append(node)
            else:
                regional.append(node)
        order = {k: i for i, k in enumerate(KIND_ORDER)}
        for m in local:
            local[m].sort(key=lambda n: (order[region.kind[n]], n))
        regional.sort(key=lambda n: (order[region.kind[n]], n))
        leaning = {n: sorted(region.governments_tied_to(n)) for n in regional}
        return region_layout(region.municipalities, coords, local, regional, leaning, box)

    def ego_positions(self, box: Callable[[str], Box], m: str) -> dict[str, tuple[float, float]]:
        """Positions of the ego view of municipality *m* (the map's own municipality)."""
        region = self.region
        govs = region.governments(m)
        own = region.own_actors(m)
        tied = region.tied_actors(m)
        mine = region.actors_of(m)

        def key(n: str) -> tuple[str, str]:
            return (self.name(n).casefold(), n)

        groups: dict[str, list[str]] = defaultdict(list)
        for n in self.nodes:
            if n in govs:
                continue
            kind = region.kind[n]
            if n in own:
                groups["own"].append(n)
            elif kind in ACTOR_NODE_KINDS and n in mine and not region.is_regional(n):
                groups["local"].append(n)
            elif kind == "forum" and self.val(n, "municipality") == m:
                groups["forum"].append(n)
            elif kind in ACTOR_NODE_KINDS and n in mine and n in tied:
                groups["regional_tied"].append(n)
            elif kind in ACTOR_NODE_KINDS and n in mine:
                groups["regional_blind"].append(n)
            else:
                groups["other"].append(n)
        for g in groups.values():
            g.sort(key=key)
        inner = groups["own"] + groups["local"] + groups["forum"]
        outer = groups["regional_tied"] + groups["other"] + groups["regional_blind"]
        return ego_layout(govs, inner, outer, box, m)

    # ---------------------------------------------------------------- all
    def build(self, step: Callable[..., Any] | None = None, packer: Packer | None = None) -> dict[str, Any]:
        """The page data (:func:`map_data`); with *packer*, packed as it is made (:func:`packed_map_data`)."""
        region = self.region
        self.municipality_index = {m: i for i, m in enumerate(region.municipalities)}
        gap_edges, markers = self.gap_overlay()
        vis_nodes, node_info = self.build_nodes(markers, step, packer)
        pos = self.positions(vis_nodes)
        if step is not None:
            step(len(vis_nodes))
        for node, item in zip(self.nodes, vis_nodes, strict=True):
            item["x"], item["y"] = pos[node]
        if packer is not None:
            for item in vis_nodes:
                packer.add_node(item)
            del vis_nodes
            self.build_edges(packer)
            n_edges = len(packer.edges)
            extra, extra_info = self.build_gap_edges(gap_edges, n_edges, pos)
            for item in extra:
                packer.add_edge(item)
            for key, tip in extra_info.items():
                packer.add_info(key, tip)
        else:
            vis_edges, edge_info = self.build_edges()
            n_edges = len(vis_edges)
            extra, extra_info = self.build_gap_edges(gap_edges, n_edges, pos)
            for node, found in markers.items():  # the marker's findings are already in the node's tooltip
                node_info[self.sid[node]]["marker"] = sorted({f.rule for f in found})
        municipalities = []
        if self.view == "region":
            for m in region.municipalities:
                members = [self.sid[n] for n in ego_nodes(region, m) if n in self.sid]
                # what the filter zooms to: the municipality and the actors placed round its town hall (its
                # OCMW, forums, local actors), not the ring of regional actors it shares with the others
                core = [
                    self.sid[n]
                    for n in ego_nodes(region, m)
                    if n in self.sid
                    and (
                        n == m
                        or (
                            region.kind[n] not in ("municipality", "authority")
                            and not region.is_regional(n)
                            and self.val(n, "municipality") == m
                        )
                    )
                ]
                municipalities.append({"name": self.name(m), "nodes": members, "core": core})
        layers = [{"id": layer, "label": self.tr(f"layer.{layer}")} for layer in LAYERS]
        drawn = {code: 0 for code in GAP_RULES} if self.gaps else {}
        for e in extra:
            drawn[e["label"]] += 1
        if self.gaps:
            drawn["OV01"] = len(markers)
        if any(drawn.values()):
            layers.append({"id": "gaps", "label": self.tr("map.ui.legend_gaps")})
        rest = {
            "view": self.view,
            "large": self.large,
            "gaps": drawn,
            "municipalities": municipalities,
            "layers": layers,
            "strings": {
                "noMatch": self.tr("map.ui.no_match"),
                "pinned": self.tr("map.info.pinned"),
            },
            "options": self.options(),
        }
        if packer is not None:
            return packer.packed(rest)
        return {
            "view": rest["view"],
            "large": rest["large"],
            "gaps": rest["gaps"],
            "nodes": vis_nodes,
            "edges": vis_edges + extra,
            "info": {**node_info, **edge_info, **extra_info},
            **{k: rest[k] for k in ("municipalities", "layers", "strings", "options")},
        }

    def options(self) -> dict[str, Any]:
        return {
            "autoResize": True,
            "physics": {"enabled": False},
            "layout": {"improvedLayout": False, "randomSeed": 1},
            "interaction": {
                "hover": True,
                "tooltipDelay": 200,
                "hideEdgesOnDrag": self.large,
                "hideEdgesOnZoom": self.large,
                "navigationButtons": False,
                "keyboard": {"enabled": True, "bindToWindow": False},
                "multiselect": False,
                "zoomSpeed": 0.7,
            },
            "nodes": {
                "font": {"face": FONT, "size": 14, "color": "#1b1b1b", "strokeWidth": 4, "strokeColor": "#ffffff"},
                "scaling": {"label": {"drawThreshold": 7, "maxVisible": 40}},
                "shapeProperties": {"interpolation": False},
            },
            "edges": {
                "smooth": False,
                "selectionWidth": 1.5,
                "hoverWidth": 1.2,
                "font": {"face": FONT},
                "color": {"inherit": False},
            },
        }
