"""The actor view of the map: every actor (or one municipality's own network), its ties, its gaps.

:class:`ActorViewBuilder` collects the page data of ``regienet map`` and
``regienet map -m M [--gaps]`` (:func:`regienet.render.map.map_data`):
one node per actor in the shapes and colours of :mod:`regienet.render.style`,
one edge per relation, the gap overlay (SA04, SA05 lines, OV01 markers), the
positions of :mod:`regienet.render.layout`, and a tooltip per node, edge and
gap line, each written once as plain data by its
:class:`~regienet.render.map.tooltips.ActorTooltips`;
:class:`~regienet.render.map.data.Packer` turns them into the page's JSON.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any

from regienet.render.layout import Box, LabelSpace, ego_layout, label_curve, region_layout
from regienet.render.map.builder import LARGE, MapBuilder, ego_nodes
from regienet.render.map.data import Packer
from regienet.render.map.labels import label_box, normal_label, place_name, place_names, short_label, wrap_with
from regienet.render.map.tooltips import ActorTooltips
from regienet.render.style import EDGE_STYLES, GAP_STYLES, KIND_ORDER, KIND_STYLES, SUBTYPE_COLOURS, dashes_at
from regienet.schema import ACTOR_NODE_KINDS, LAYERS, RELATION_KINDS, RelationKind

if TYPE_CHECKING:  # pragma: no cover
    from regienet.model import Region
    from regienet.rules import Finding, Results

__all__ = [
    "FONT_SIZES",
    "GAP_RULES",
    "LARGE_EDGES",
    "MAX_COUPLINGS",
    "MINOR_FONT",
    "MINOR_LABEL_PX",
    "ActorViewBuilder",
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
#: Above this many relations (or :data:`~regienet.render.map.builder.LARGE` nodes) the map switches to
#: straight edges and hides edges while panning (issue 28: 659 actors with 3,226 relations panned at 6 fps with their
#: lines drawn, 1,345 actors at 13 fps with them hidden; benchmarks/map_fluid.py, docs/maps.md).
LARGE_EDGES = 2000
#: Coupling opportunities (SA05) drawn per municipality, best scores first: a region
#: of thousands of actors has tens of thousands; ``regienet gaps`` lists them all.
MAX_COUPLINGS = {"region": 5, "municipality": 20}


def _plain_column(column: Any, clean: Callable[[Any], Any]) -> list[Any]:
    """``list(map(clean, column))`` for a pandas column, *clean* being :func:`regienet.model.plain_value`.

    ``tolist()`` gives the same cells as iterating (numbers as Python
    numbers), and text and blanks need no cleaning: most cells of a region's
    tables are one or the other, and the map reads every cell.
    """
    return [v if v is None or type(v) is str else clean(v) for v in column.tolist()]


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


class ActorViewBuilder(MapBuilder):
    """Collects the page data of the actor view (:func:`regienet.render.map.map_data`): the whole region or *municipality*'s
    own network, with the gap overlay when *gaps*."""

    def __init__(self, region: Region, results: Results, municipality: str | None, gaps: bool, lang: str):
        super().__init__(region, results, lang)
        self._place_names: dict[str, list[str]] = {}  # memo of place_names()
        self._box: Callable[[str], Box] = lambda node: Box(0.0, 0.0)  # a node's box, once laid out
        self.m = municipality
        self.gaps = gaps
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
        self.tips = ActorTooltips(self, self.view, self.own_of, self.val)

    # ---------------------------------------------------------------- text
    def val(self, node: str, column: str) -> Any:
        """An actor attribute, ``None`` when blank."""
        i = self.actor_at.get(node)
        values = self.actor_cols.get(column)
        return None if i is None or values is None else values[i]

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
            groups[normal_label(text)].append(n)
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
        tips, actor_said, actor_at = self.tips, self.actor_said, self.actor_at
        vis_nodes, info = [], {}
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
            tip = tips.node_tip(node, own, tips.rows_at(actor_said, actor_at[node], skip="name"), by_node.get(node, []))
            if packer is None:
                info[item["id"]] = tip
            else:
                # the marker as build() adds it when not packing
                if node in markers:
                    tip["marker"] = sorted({f.rule for f in markers[node]})
                packer.add_info(item["id"], tip)
            if step is not None:
                step()
        return vis_nodes, info

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
        tips = self.tips
        attributes = tr("map.info.attributes")
        layer_tail = {layer: f" · {tr('map.layer_word')}: {tr('layer.' + layer)}" for layer in LAYERS}
        gov_of, own_of = self.region.government_of, self.own_of
        for n, (rid, s, tg, k) in enumerate(self.rels):
            rk = RELATION_KINDS[k]
            # a government's tie to its own actor, either way round
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
            sub = f"{name(s)} {arrow} {name(tg)}{layer_tail[rk.layer]}"
            tip = tips.edge_tip(k, sub, tips.rows_at(rel_cols, rel_at[rid]), by_rel.get((s, tg, k)), attributes)
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
            w, h = label_box(code, self.gap_font)
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
            info[item["id"]] = self.tips.gap_tip(code, a, b, found)
        return vis_edges, info

    # ---------------------------------------------------------------- layout
    def box(self, node: str, labels: dict[str, str], sizes: dict[str, float]) -> Box:
        font = self.font_size(node)
        w, h = label_box(labels[node], font)
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
