"""One visual language for every picture regienet draws: the map, the region view, the handouts and docs.

Shapes and colours per actor kind (enterprises by subtype), line colour and dashes per layer of a tie,
one style per kind of gap, one level palette and one cluster palette. The map (vis-network), the handouts'
SVG diagrams (:mod:`regienet.render.diagram`, drawn from the map's own data) and every legend read these
tables, so a facilitator projecting the map while handing out the handout shows one language (issues 15, 28).

**Colour-blind safe** (issue 28). Within each palette that one picture shows side by side — the actor
kinds, the enterprise types, the levels, and the cluster borders together with the level fills they
surround — every two colours differ by at least :data:`MIN_CONTRAST` (CIE76 ΔE in CIELAB) for normal
vision *and* as simulated for protanopia and deuteranopia (Machado, Oliveira & Fernandes 2009, severity
1.0; ``tests/test_style.py`` computes it). Levels run red → amber → pale yellow → blue (ColorBrewer's RdYlBu
end points): no level shares a colour with an enterprise type, so "established" is never the LDE teal.
The enterprise types are Okabe & Ito's colour-blind palette; the cluster borders avoid the level fills.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "CLUSTER_COLOURS",
    "EDGE_STYLES",
    "GAP_STYLES",
    "KIND_ORDER",
    "KIND_STYLES",
    "LEVEL_COLOURS",
    "SUBTYPE_COLOURS",
    "UNKNOWN_LEVEL_COLOUR",
    "cluster_colour",
    "dasharray",
    "level_colour",
]

#: Shape and colour of each actor kind (enterprises are coloured by subtype).
KIND_STYLES: dict[str, dict[str, str]] = {
    "municipality": {"shape": "box", "background": "#1d3557", "border": "#0b1d33"},
    "ocmw": {"shape": "diamond", "background": "#5b8cc4", "border": "#1d3557"},
    # an enterprise is filled with its type's colour (SUBTYPE_COLOURS); white is the kind's legend swatch
    "enterprise": {"shape": "dot", "background": "#ffffff", "border": "#1b3a4b"},
    "support": {"shape": "triangle", "background": "#8d6e63", "border": "#4e342e"},
    "forum": {"shape": "hexagon", "background": "#f4a261", "border": "#a0522d"},
    "authority": {"shape": "star", "background": "#54278f", "border": "#2d1450"},
}
KIND_ORDER: tuple[str, ...] = ("municipality", "ocmw", "enterprise", "support", "forum", "authority")

#: Enterprise colour by subtype; ``""`` = subtype unknown.
SUBTYPE_COLOURS: dict[str, str] = {
    "lde": "#009e73",  # Okabe & Ito's bluish green
    "social_workshop": "#d55e00",  # vermilion
    "sheltered_workshop": "#cc79a7",  # reddish purple
    "insertion": "#f0e442",  # yellow
    "reuse": "#56b4e9",  # sky blue
    "other": "#555555",  # dark grey
    "": "#e3e6ea",  # pale grey: type unknown
}

#: Edge colour and dash pattern by layer, plus the gap overlay.
EDGE_STYLES: dict[str, dict[str, Any]] = {
    "governance": {"color": "#1d3557", "dashes": False},
    "economic": {"color": "#d97706", "dashes": False},
    "policy": {"color": "#8e44ad", "dashes": [7, 5]},
    "cooperation": {"color": "#0f8b6f", "dashes": [2, 5]},
    "gaps": {"color": "#d62828", "dashes": [12, 7]},
}
#: How each kind of gap is drawn: all red, each with its own line (or border) style, so that
#: the legend has one swatch per kind. SA04 and SA05 are lines, OV01 a dashed border.
GAP_STYLES: dict[str, dict[str, Any]] = {
    "SA04": {"color": "#d62828", "dashes": [14, 7], "width": 3.0},  # long dashes
    "OV01": {"color": "#d62828", "dashes": [5, 4], "width": 4.0},  # dashed border round the actor
    "SA05": {"color": "#d62828", "dashes": [12, 6, 2, 6], "width": 3.0},  # dash-dot (gaps wide enough at width 3)
}
#: Level 0 absent … 3 established, as on the level pills of map, handouts and region view.
LEVEL_COLOURS = ("#c0392b", "#ffb619", "#f2d88c", "#2166ac")
#: A level that is unknown or not applicable (blank answers decide it, or no rule applies).
UNKNOWN_LEVEL_COLOUR = "#b0b0b0"
#: Border colours of the clusters for joint regie, in cluster order (largest first); repeated beyond six
#: (the legend names each cluster). Apart from each other and from every level fill they surround, for
#: normal and colour-blind vision. The region view (map) and the region handout draw a cluster in the same colour.
CLUSTER_COLOURS: tuple[str, ...] = ("#000000", "#00535c", "#bc80bd", "#5aae61", "#c51b7d", "#313695")
#: The least colour difference (CIE76 ΔE) between two colours of one palette, for normal vision and simulated
#: protanopia and deuteranopia (see the module docstring; tested).
MIN_CONTRAST = 15.0
#: The least gap (px) that stays white between two dashes of a line, at any width (see :func:`dashes_at`).
MIN_VISIBLE_GAP = 3.0


def level_colour(level: int | None) -> str:
    """The colour of a component level (``None``: unknown or not applicable).

    >>> level_colour(0), level_colour(None)
    ('#c0392b', '#b0b0b0')
    """
    return UNKNOWN_LEVEL_COLOUR if level is None else LEVEL_COLOURS[level]


def cluster_colour(i: int) -> str:
    """The border colour of the *i*-th cluster (0 = the largest).

    >>> cluster_colour(0) == cluster_colour(len(CLUSTER_COLOURS))
    True
    """
    return CLUSTER_COLOURS[i % len(CLUSTER_COLOURS)]


def dasharray(dashes: Any) -> str:
    """An SVG ``stroke-dasharray`` for a vis-network dash list (``False`` = solid)."""
    return " ".join(str(d) for d in dashes) if dashes else ""


def dashes_at(dashes: Any, width: float) -> Any:
    """A dash pattern for a line *width* px wide that still reads as dashed (``False`` stays solid).

    vis-network draws dashed lines with round caps (``lineCap = "round"``): each dash grows by half the
    line's width at both ends, eating the gap. A policy line of width 12 with the ``[7, 5]`` pattern was
    solid. The pattern is stretched (dashes and gaps alike, so dotted stays dotted) until every gap is at
    least the width plus :data:`MIN_VISIBLE_GAP`; thin lines keep their pattern. The handouts' SVG draws
    with round caps too, so the rule holds on paper.

    >>> dashes_at([7, 5], 1.4), dashes_at([7, 5], 12.0), dashes_at(False, 12.0)
    ([7, 5], [21.0, 15.0], False)
    """
    if not dashes:
        return False
    stretch = (width + MIN_VISIBLE_GAP) / min(dashes[1::2])
    if stretch <= 1:
        return list(dashes)
    return [round(d * stretch, 1) for d in dashes]


#: The gap kinds in legend order (lines SA04, border OV01, line SA05).
GAP_ORDER: tuple[str, ...] = ("SA04", "OV01", "SA05")
#: The tie layers in legend order.
LAYER_ORDER: tuple[str, ...] = ("governance", "economic", "policy", "cooperation")


def legend(lang: str, gaps: bool, subtypes_present: set[str]) -> dict[str, Any]:
    """The legend every picture shows (the map's panel, the handouts under their diagram), from these tables:
    actor kinds, enterprise types (the pale "type unknown" only when *subtypes_present* has ``""``), tie
    layers and, with *gaps*, one entry per gap kind. The templates draw each entry with the swatch macros
    of ``templates/_keys.html.j2``."""
    from regienet.i18n import t

    kinds = [{"kind": k, "label": t(f"kind.{k}", lang), **KIND_STYLES[k]} for k in KIND_ORDER]
    subtypes = [
        {"label": t(f"map.value.subtype.{s}", lang) if s else t("map.ui.subtype_unknown", lang), "color": c}
        for s, c in SUBTYPE_COLOURS.items()
        if s or "" in subtypes_present
    ]
    layers = [{"id": layer, "label": t(f"layer.{layer}", lang), **EDGE_STYLES[layer]} for layer in LAYER_ORDER]
    gap_items = [{"code": code, "label": t(f"map.gap.{code}", lang), **GAP_STYLES[code]} for code in GAP_ORDER]
    return {"kinds": kinds, "subtypes": subtypes, "layers": layers, "gaps": gap_items if gaps else []}
