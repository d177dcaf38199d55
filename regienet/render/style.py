"""One visual language for every picture regienet draws: the map, the region view, the handouts and docs.

Shapes and colours per actor kind (enterprises by subtype), line colour and dashes per layer of a tie,
one style per kind of gap, and one level palette. The map (vis-network), the handout's SVG diagram and
every legend read these tables, so a facilitator projecting the map while handing out the handout shows
one language (issue 15).
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
    "enterprise": {"shape": "dot", "background": "#2a9d8f", "border": "#1b5e57"},
    "support": {"shape": "triangle", "background": "#8d6e63", "border": "#4e342e"},
    "forum": {"shape": "hexagon", "background": "#f4a261", "border": "#a0522d"},
    "authority": {"shape": "star", "background": "#b5838d", "border": "#6d4c55"},
}
KIND_ORDER: tuple[str, ...] = ("municipality", "ocmw", "enterprise", "support", "forum", "authority")

#: Enterprise colour by subtype; ``""`` = subtype unknown.
SUBTYPE_COLOURS: dict[str, str] = {
    "lde": "#2a9d8f",
    "social_workshop": "#e76f51",
    "sheltered_workshop": "#7b61c9",
    "insertion": "#e9c46a",
    "reuse": "#6a994e",
    "other": "#8e9aaf",
    "": "#d3d7de",
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
    "SA05": {"color": "#d62828", "dashes": [12, 5, 2, 5], "width": 3.0},  # dash-dot
}
#: Level 0 absent … 3 established, as on the level pills of map, handouts and region view.
LEVEL_COLOURS = ("#d62828", "#f77f00", "#e9c46a", "#2a9d8f")
#: A level that is unknown or not applicable (blank answers decide it, or no rule applies).
UNKNOWN_LEVEL_COLOUR = "#adb5bd"
#: Border colours of the clusters for joint regie, in cluster order (largest first); repeated beyond twelve.
#: The region view (map) and the region handout draw a cluster in the same colour.
CLUSTER_COLOURS: tuple[str, ...] = (
    "#1f77b4",
    "#c2185b",
    "#6a3d9a",
    "#8c564b",
    "#17becf",
    "#7f7f00",
    "#393b79",
    "#e377c2",
    "#2ca02c",
    "#843c39",
    "#636363",
    "#ff7f0e",
)


def level_colour(level: int | None) -> str:
    """The colour of a component level (``None``: unknown or not applicable).

    >>> level_colour(0), level_colour(None)
    ('#d62828', '#adb5bd')
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
