"""The region view of the map: municipalities as single nodes, regional actors round them.

``regienet map --view region`` (:func:`regienet.render.map.render_map` with
``view="region"``) draws what the regional platform looks at
(:func:`regienet.analysis.region.analyse`):

- every **municipality** as one square at its town hall: size = the number of
  actors (enterprises and support organisations) working there, fill = its
  level of one component (``level``: OV, BL, SA or VA; the colours of the
  municipality map's level pills), border = its cluster for joint regie;
- every **regional actor** (``scope=regional`` or working in two or more
  municipalities) in the ring round the region, in the shapes and colours
  of the other maps;
- one line per municipality–actor pair with a tie: width = the number of
  ties (relations of the municipality's governments with the actor, and
  forum co-memberships, as in SA04), colour and dashes = the layer with
  most ties; the tooltip counts the ties per layer in words.

It is the same page as the other maps (:func:`regienet.render.map.pack_map_data`,
map.html.j2, map.js): same CSP, same safety (names are text), same
determinism. The region analysis is an argument: this module draws it, it
does not compute it (the CLI runs it once, with the run's settings). Node ids: municipalities first (region order), then the
regional actors by id.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from regienet.i18n import fmt_percent, t
from regienet.render.layout import MIN_WIDTH, PACKING, Box, region_layout
from regienet.render.map.builder import LARGE, MapBuilder
from regienet.render.map.labels import label_box, place_name, wrap
from regienet.render.style import (
    EDGE_STYLES,
    KIND_STYLES,
    LEVEL_COLOURS,
    SUBTYPE_COLOURS,
    UNKNOWN_LEVEL_COLOUR,
    cluster_colour,
    dashes_at,
    level_colour,
)
from regienet.schema import LAYERS

__all__ = [
    "DEFAULT_LEVEL",
    "FONT_SIZES",
    "MAX_BINDING_NAMED",
    "VIEW_LEVELS",
    "RegionViewBuilder",
    "pair_ties",
    "region_view_data",
    "region_view_legend",
]

if TYPE_CHECKING:  # pragma: no cover
    from regienet.analysis.region import RegionAnalysis
    from regienet.model import Region
    from regienet.rules import Results

#: The component levels a region view can colour municipalities by.
VIEW_LEVELS: tuple[str, ...] = ("OV", "BL", "SA", "VA")
DEFAULT_LEVEL = "SA"
#: Label sizes in map units (at least 11 px at the default zoom on a 1024 × 768 projector, 13 municipalities).
FONT_SIZES: dict[str, int] = {"municipality": 26, "other": 24}
#: Binding actors named per cluster in the legend.
MAX_BINDING_NAMED = 3


def pair_ties(region: Region, actors: set[str]) -> dict[tuple[str, str], Counter]:
    """``(municipality, actor) → Counter(layer → ties)`` for the given actors (forum co-membership included)."""
    out: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for m in region.municipalities:
        for tie in region.ties(m):
            if tie.actor in actors:
                out[(m, tie.actor)][tie.layer] += 1
    return out


class RegionViewBuilder(MapBuilder):
    """Collects the page data of the region view (see the module docstring) from the region's
    :class:`~regienet.analysis.region.RegionAnalysis`, which the caller computed with the run's settings."""

    def __init__(self, region: Region, results: Results, analysis: RegionAnalysis, level: str, lang: str):
        if level not in VIEW_LEVELS:
            raise ValueError(f"not a component level: {level!r} (one of {', '.join(VIEW_LEVELS)})")
        super().__init__(region, results, lang)
        self.analysis = analysis
        self.level = level
        self.view = "region_view"
        self.actors = {a.id: a for a in analysis.regional_actors}
        self.nodes = list(region.municipalities) + sorted(self.actors)
        self.sid = {n: f"n{i}" for i, n in enumerate(self.nodes)}
        self.large = len(self.nodes) > LARGE
        self.ties = pair_ties(region, set(self.actors))
        self.cluster = {m: i for i, c in enumerate(analysis.clusters) for m in c.municipalities}
        # per municipality, the regional actors it is tied to and those that miss a tie there: asking
        # every actor about every municipality was 3,000 x 3,000 look-ups at 3,000 municipalities
        self.tied_to: dict[str, set[str]] = defaultdict(set)
        for m, a in self.ties:
            self.tied_to[m].add(a)
        self.missing_in: dict[str, set[str]] = defaultdict(set)
        for a, ra in self.actors.items():
            for m in ra.missing:
                self.missing_in[m].add(a)

    # ---------------------------------------------------------------- words
    def ties_word(self, n: int) -> str:
        return self.tr("map.rv.tie_one") if n == 1 else self.tr("map.rv.ties", n=n)

    def level_word(self, m: str, comp: str) -> str:
        lv = self.results.levels.get(m, {}).get(comp)
        return self.tr(f"level.{lv}") if lv is not None else self.tr("word.unknown")

    def cluster_name(self, i: int) -> str:
        return self.tr("map.rv.cluster", n=i + 1)

    # ---------------------------------------------------------------- nodes
    def label(self, node: str) -> str:
        if node in self.actors:
            return wrap(self.name(node), 20)
        return place_name(self.region, node)

    def font(self, node: str) -> int:
        return FONT_SIZES["municipality"] if node not in self.actors else FONT_SIZES["other"]

    def municipality_size(self, m: str) -> float:
        return round(min(12 + 4.0 * math.sqrt(len(self.region.actors_of(m))), 44.0), 1)

    def actor_size(self, a: str) -> float:
        return round(min(9 + 3.2 * math.log2(1 + self.actors[a].works_in), 28.0), 1)

    def region_nodes(self) -> tuple[list[dict], dict[str, dict]]:
        """The vis nodes of the region view and their tooltips (no gap markers: the region view has no overlay)."""
        region = self.region
        vis: list[dict] = []
        info: dict[str, dict] = {}
        for node in self.nodes:
            font = self.font(node)
            if node in self.actors:
                kind = region.kind[node]
                style = KIND_STYLES[kind]
                background = style["background"]
                if kind == "enterprise":
                    background = SUBTYPE_COLOURS.get(self.val(node, "subtype") or "", SUBTYPE_COLOURS["other"])
                item: dict[str, Any] = {
                    "id": self.sid[node],
                    "label": self.label(node),
                    "shape": style["shape"],
                    "size": self.actor_size(node),
                    "color": {
                        "background": background,
                        "border": style["border"],
                        "highlight": {"background": background, "border": "#000000"},
                        "hover": {"background": background, "border": "#000000"},
                    },
                    "borderWidth": 1.5,
                    "font": {"size": font},
                }
                info[item["id"]] = self.actor_info(node)
            else:
                lv = self.results.levels.get(node, {}).get(self.level)
                fill = level_colour(lv)
                border = cluster_colour(self.cluster[node])
                item = {
                    "id": self.sid[node],
                    "label": self.label(node),
                    "shape": "square",
                    "size": self.municipality_size(node),
                    "color": {
                        "background": fill,
                        "border": border,
                        "highlight": {"background": fill, "border": "#000000"},
                        "hover": {"background": fill, "border": "#000000"},
                    },
                    "borderWidth": 5,
                    "font": {"size": font, "bold": False},
                }
                info[item["id"]] = self.municipality_info(node)
            vis.append(item)
        return vis, info

    def municipality_info(self, m: str) -> dict[str, Any]:
        from regienet.rules import LEVEL_COMPONENTS

        region = self.region
        i = self.cluster[m]
        sub = [self.tr("kind.municipality"), self.cluster_name(i)]
        rows = [[self.tr(f"map.component.{c}"), self.level_word(m, c)] for c in LEVEL_COMPONENTS]
        rows.append([self.tr("map.rv.actors_here"), str(len(region.actors_of(m)))])
        sections: list[dict[str, Any]] = [{"h": self.tr("map.ui.levels"), "rows": rows}]
        tied = sorted(self.tied_to.get(m, ()), key=lambda a: (self.name(a).casefold(), a))
        lines = [["", f"{self.name(a)}: {self.ties_word(sum(self.ties[(m, a)].values()))}", ""] for a in tied]
        sections.append(
            {"h": self.tr("map.rv.tied_actors", n=len(tied)), "lines": lines or [["", self.tr("map.info.no_ties"), ""]]}
        )
        missing = sorted(self.missing_in.get(m, ()), key=lambda a: (self.name(a).casefold(), a))
        if missing:
            sections.append(
                {
                    "h": self.tr("map.rv.untied_actors", n=len(missing)),
                    "lines": [["", self.name(a), "warning"] for a in missing],
                }
            )
        return {"title": self.name(m), "sub": " · ".join(sub), "sections": sections}

    def actor_info(self, a: str) -> dict[str, Any]:
        ra = self.actors[a]
        kind = self.region.kind[a]
        sub = self.tr(f"kind.{kind}")
        subtype = self.val(a, "subtype")
        if subtype:
            sub += f" ({self.tr('map.value.subtype.' + subtype)})"
        coverage = "–" if ra.coverage is None else fmt_percent(ra.coverage, self.lang)
        rows = [
            [self.tr("map.rv.works_in"), str(ra.works_in)],
            [self.tr("map.rv.tied_in"), str(ra.tied_municipalities)],
            [self.tr("map.rv.coverage"), coverage],
        ]
        sections: list[dict[str, Any]] = [{"h": self.tr("map.info.attributes"), "rows": rows}]
        if ra.missing:
            names = sorted(self.name(m) for m in ra.missing)
            sections.append({"h": self.tr("map.rv.no_tie_in", n=len(names)), "lines": [["", ", ".join(names), ""]]})
        return {"title": self.name(a), "sub": " · ".join([sub, self.tr("map.info.regional")]), "sections": sections}

    # ---------------------------------------------------------------- edges
    def region_edges(self) -> tuple[list[dict], dict[str, dict]]:
        """The vis edges of the region view (one per tied pair) and their tooltips."""
        vis: list[dict] = []
        info: dict[str, dict] = {}
        order = {layer: i for i, layer in enumerate(LAYERS)}
        pairs = sorted(self.ties, key=lambda p: (self.sid[p[0]][1:].zfill(9), self.sid[p[1]][1:].zfill(9)))
        for n, (m, a) in enumerate(pairs):
            counts = self.ties[(m, a)]
            total = sum(counts.values())
            layers = sorted(counts, key=lambda x: order[x])
            main = max(layers, key=lambda x: (counts[x], -order[x]))
            style = EDGE_STYLES[main]
            width = round(min(1.5 + 1.5 * (total - 1), 12.0), 1)
            item = {
                "id": f"e{n}",
                "from": self.sid[m],
                "to": self.sid[a],
                "layer": main,
                "layers": layers,
                "color": {
                    "color": style["color"],
                    "highlight": style["color"],
                    "hover": style["color"],
                    "opacity": 0.7,
                },
                "width": width,
                "dashes": dashes_at(style["dashes"], width),
            }
            vis.append(item)
            info[item["id"]] = {
                "title": f"{self.name(m)} ↔ {self.name(a)}",
                "sub": self.ties_word(total),
                "sections": [
                    {
                        "h": self.tr("map.rv.per_layer"),
                        "rows": [[self.tr(f"layer.{x}"), self.ties_word(counts[x])] for x in layers],
                    }
                ],
            }
        return vis, info

    # ---------------------------------------------------------------- layout
    def positions(self, vis_nodes: list[dict]) -> dict[str, tuple[float, float]]:
        region = self.region
        boxes = {}
        for node, item in zip(self.nodes, vis_nodes, strict=True):
            w, h = label_box(item["label"], self.font(node))
            size = item["size"]
            boxes[node] = Box(max(size, w / 2) + 2, size + h / 2 + 2, h / 2 + 2)
        coords = {}
        for m in region.municipalities:
            lat, lon = self.val(m, "lat"), self.val(m, "lon")
            if isinstance(lat, int | float) and isinstance(lon, int | float):
                coords[m] = (float(lat), float(lon))
        area = sum((2 * boxes[m].w + 10) * (2 * boxes[m].h + 10) for m in region.municipalities)
        width = max(MIN_WIDTH, math.sqrt(PACKING * area * 1.6))
        actors = sorted(self.actors)
        leaning = {a: sorted(region.municipalities_tied_to(a)) for a in actors}
        return region_layout(region.municipalities, coords, {}, actors, leaning, boxes.__getitem__, width)

    def val(self, node: str, column: str) -> Any:
        return self._rows.get(node, {}).get(column)

    # ---------------------------------------------------------------- all
    def build(self, step: Callable[..., Any] | None = None) -> dict[str, Any]:
        """The page data of the region view (the shape of :func:`regienet.render.map.map_data`)."""
        from regienet.model import plain_value as _clean

        region = self.region
        cols = [c for c in ("id", "subtype", "lat", "lon") if c in region.actors.columns]
        self._rows = {
            row[0]: dict(zip(cols, map(_clean, row), strict=True))
            for row in region.actors[cols].itertuples(index=False, name=None)
            if row[0] in self.sid
        }
        vis_nodes, node_info = self.region_nodes()
        if step is not None:
            step(len(vis_nodes))
        pos = self.positions(vis_nodes)
        for node, item in zip(self.nodes, vis_nodes, strict=True):
            item["x"], item["y"] = pos[node]
        if step is not None:
            step(len(vis_nodes))
        vis_edges, edge_info = self.region_edges()
        works_here: dict[str, set[str]] = defaultdict(set)  # municipality -> regional actors working there
        for a in self.actors:
            for m in region.operates.get(a, ()):
                works_here[m].add(a)
        municipalities = []
        for m in region.municipalities:
            near = self.tied_to.get(m, set()) | works_here.get(m, set())
            members = [self.sid[m]] + [self.sid[a] for a in sorted(near)]
            municipalities.append({"name": self.name(m), "nodes": members})
        layers = [{"id": layer, "label": self.tr(f"layer.{layer}")} for layer in LAYERS]
        return {
            "view": self.view,
            "large": self.large,
            "gaps": {},
            "nodes": vis_nodes,
            "edges": vis_edges,
            "info": {**node_info, **edge_info},
            "municipalities": municipalities,
            "layers": layers,
            "strings": {"noMatch": self.tr("map.ui.no_match"), "pinned": self.tr("map.info.pinned")},
            "options": self.options(),
        }


def region_view_data(
    region: Region,
    results: Results,
    analysis: RegionAnalysis,
    level: str = DEFAULT_LEVEL,
    lang: str = "en",
    step: Callable[..., Any] | None = None,
) -> dict[str, Any]:
    """The page data of the region view (the shape of :func:`regienet.render.map.map_data`) from *analysis*
    (:func:`regienet.analysis.region.analyse`'s result, computed by the caller with the run's settings)."""
    return RegionViewBuilder(region, results, analysis, level, lang).build(step)


def region_view_legend(region: Region, results: Results, analysis: RegionAnalysis, level: str, lang: str) -> dict:
    """What the panel's legend says in the region view: level colours, clusters, actors, layers."""
    levels = [{"label": t(f"level.{i}", lang), "color": c} for i, c in enumerate(LEVEL_COLOURS)]
    levels.append({"label": t("word.unknown", lang), "color": UNKNOWN_LEVEL_COLOUR})
    clusters = []
    for i, c in enumerate(analysis.clusters):
        names = [region.name[a] for a in c.binding_actors[:MAX_BINDING_NAMED]]
        if len(c.binding_actors) > MAX_BINDING_NAMED:
            names.append("…")
        clusters.append(
            {
                "color": cluster_colour(i),
                "name": t("map.rv.cluster", lang, n=i + 1),
                "count": t("map.rv.cluster_size", lang, n=len(c.municipalities)),
                "binding": t("map.rv.binding", lang, names=", ".join(names)) if names else t("map.rv.no_binding", lang),
            }
        )
    kinds = sorted({region.kind[a.id] for a in analysis.regional_actors})
    actor_kinds = [
        {"kind": k, "label": t(f"kind.{k}", lang), **KIND_STYLES[k]} for k in ("enterprise", "support") if k in kinds
    ]
    present = {
        region.value(a.id, "subtype") or "" for a in analysis.regional_actors if region.kind[a.id] == "enterprise"
    }
    subtypes = [
        {"label": t(f"map.value.subtype.{s}", lang) if s else t("map.ui.subtype_unknown", lang), "color": c}
        for s, c in SUBTYPE_COLOURS.items()
        if s in present
    ]
    layers = [{"id": layer, "label": t(f"layer.{layer}", lang), **EDGE_STYLES[layer]} for layer in LAYERS]
    return {
        "level_title": t("map.rv.legend_level", lang, component=t(f"map.component.{level}", lang), code=level),
        "levels": levels,
        "clusters": clusters,
        "kinds": actor_kinds,
        "subtypes": subtypes,
        "layers": layers,
    }
