"""The map in print: a static SVG drawn from a map's own page data (issue 28, "one picture per network").

The handouts used to draw their own diagram, with their own positions and symbols; the room then saw one
network on the projector and another on paper. :func:`map_svg` draws the nodes and edges that
:func:`regienet.render.map.map_data` made for the interactive map — the same positions, shapes, colours,
borders (own actors, OV01 blind spots), line colours, widths and dashes, the same curves (gap lines bend
as on the map, SA04/SA05 labels at the same point), the same labels — as vis-network 9.1.2 would draw them
at the fitted zoom, without a script. The municipality handout draws the municipality's gap map
(``map -m M --gaps``), the region handout the region view (``map --view region``).

Geometry follows vis-network's canvas shapes (``CanvasRenderingContext2D`` helpers of 9.1.2): a ``dot`` is a
circle of radius *size*, a ``square`` a square of side 2·*size*, a ``triangle`` the equilateral triangle of
side 2·*size* round its incentre, a ``star`` ten points alternating 1.3·*size* and 0.5·*size*, a
``hexagon`` six points at *size*, a ``diamond`` four points at *size*; a ``box`` fits its label plus the
margin, label inside. Other labels stand under their node. Text reaches the SVG only through
:func:`markupsafe.escape`; nothing is loaded from outside.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from markupsafe import Markup, escape

from regienet.render.layout import curve_midpoint
from regienet.render.style import dasharray

__all__ = [
    "CHAR_WIDTH",
    "DEFAULT_FONT",
    "DIAGRAM_CSS",
    "LINE_HEIGHT",
    "map_svg",
    "node_box",
    "shape_points",
]

#: Average advance of a character as a share of the font size (DejaVu Sans / system-ui, mixed case):
#: sizes the municipality boxes and the diagram's margins.
CHAR_WIDTH = 0.6
#: Line height of a multi-line label, as a share of the font size (vis-network draws about this).
LINE_HEIGHT = 1.12
DEFAULT_FONT = 14


def _f(v: float) -> str:
    return f"{v:.1f}"


def _points(pts: Iterable[tuple[float, float]]) -> str:
    return " ".join(f"{_f(x)},{_f(y)}" for x, y in pts)


def shape_points(shape: str, x: float, y: float, r: float) -> list[tuple[float, float]]:
    """The outline of a vis-network polygon shape of size *r* at (*x*, *y*) (see the module docstring).

    >>> shape_points("diamond", 0, 0, 10)
    [(0, -10), (10, 0), (0, 10), (-10, 0)]
    """
    if shape == "diamond":
        return [(x, y - r), (x + r, y), (x, y + r), (x - r, y)]
    if shape == "triangle":
        s = 2 * r
        ir = math.sqrt(3) / 6 * s
        h = math.sqrt(s * s - (s / 2) ** 2)
        return [(x, y - (h - ir)), (x + s / 2, y + ir), (x - s / 2, y + ir)]
    if shape == "star":
        return [
            (
                x + (r * 1.3 if n % 2 == 0 else r * 0.5) * math.sin(n * 2 * math.pi / 10),
                y - (r * 1.3 if n % 2 == 0 else r * 0.5) * math.cos(n * 2 * math.pi / 10),
            )
            for n in range(10)
        ]
    if shape == "hexagon":
        return [(x + r * math.cos(i * math.pi / 3), y + r * math.sin(i * math.pi / 3)) for i in range(6)]
    raise ValueError(f"not a polygon shape: {shape!r}")


def _font(node: dict[str, Any], options: dict[str, Any]) -> dict[str, Any]:
    base = dict(options.get("nodes", {}).get("font", {}))
    base.update(node.get("font", {}))
    return base


def node_box(node: dict[str, Any], options: dict[str, Any]) -> tuple[float, float, float, float]:
    """The node with its label: (left, top, right, bottom) in map units."""
    font = _font(node, options)
    size = float(font.get("size", DEFAULT_FONT))
    lines = str(node.get("label", "")).split("\n")
    text_w = max(len(line) for line in lines) * size * CHAR_WIDTH
    x, y = node["x"], node["y"]
    if node.get("shape") == "box":
        margin = float(node.get("margin", 5))
        w, h = text_w / 2 + margin, len(lines) * size * LINE_HEIGHT / 2 + margin
        return x - w, y - h, x + w, y + h
    r = float(node.get("size", 25))
    reach = r * 1.3 if node.get("shape") == "star" else r
    bottom = y + reach + 4 + len(lines) * size * LINE_HEIGHT
    return min(x - reach, x - text_w / 2), y - reach, max(x + reach, x + text_w / 2), bottom


def _node_svg(node: dict[str, Any], options: dict[str, Any]) -> list[str]:
    shape = node.get("shape", "dot")
    x, y = float(node["x"]), float(node["y"])
    colour = node.get("color", {})
    fill, stroke = colour.get("background", "#cccccc"), colour.get("border", "#333333")
    width = float(node.get("borderWidth", 1))
    dashes = node.get("shapeProperties", {}).get("borderDashes")
    look = f'fill="{fill}" stroke="{stroke}" stroke-width="{_f(width)}"'
    if dashes:
        look += f' stroke-dasharray="{dasharray(dashes)}"'
    font = _font(node, options)
    size = float(font.get("size", DEFAULT_FONT))
    lines = str(node.get("label", "")).split("\n")
    out: list[str] = []
    if shape == "box":
        left, top, right, bottom = node_box(node, options)
        out.append(
            f'<rect x="{_f(left)}" y="{_f(top)}" width="{_f(right - left)}" height="{_f(bottom - top)}" rx="{_f(size / 4)}" {look}/>'
        )
        first = y - (len(lines) - 1) * size * LINE_HEIGHT / 2 + size * 0.35
        text_colour = font.get("color", "#ffffff")
        for i, line in enumerate(lines):
            out.append(
                f'<text x="{_f(x)}" y="{_f(first + i * size * LINE_HEIGHT)}" font-size="{_f(size)}" fill="{text_colour}" '
                f'class="in gov">{escape(line)}</text>'
            )
        return out
    r = float(node.get("size", 25))
    if shape == "dot":
        out.append(f'<circle cx="{_f(x)}" cy="{_f(y)}" r="{_f(r)}" {look}/>')
    elif shape == "square":
        out.append(f'<rect x="{_f(x - r)}" y="{_f(y - r)}" width="{_f(2 * r)}" height="{_f(2 * r)}" {look}/>')
    else:
        out.append(f'<polygon points="{_points(shape_points(shape, x, y, r))}" {look}/>')
    reach = r * 1.3 if shape == "star" else r
    first = y + reach + 4 + size * 0.9
    for i, line in enumerate(lines):
        out.append(
            f'<text x="{_f(x)}" y="{_f(first + i * size * LINE_HEIGHT)}" font-size="{_f(size)}" class="lbl">{escape(line)}</text>'
        )
    return out


def _edge_path(a: dict[str, Any], b: dict[str, Any], smooth: Any) -> tuple[str, tuple[float, float]]:
    """The SVG path of an edge and where vis-network puts its label (the curve's middle)."""
    start, end = (float(a["x"]), float(a["y"])), (float(b["x"]), float(b["y"]))
    if isinstance(smooth, dict) and smooth.get("enabled", True) and smooth.get("type") in ("curvedCW", "curvedCCW"):
        mid = curve_midpoint(start, end, (smooth["type"], float(smooth.get("roundness", 0.5))))
        # the quadratic Bézier's middle is ¼ start + ½ via + ¼ end: its control point, back from the middle
        via = (2 * mid[0] - (start[0] + end[0]) / 2, 2 * mid[1] - (start[1] + end[1]) / 2)
        path = f"M{_f(start[0])} {_f(start[1])} Q{_f(via[0])} {_f(via[1])} {_f(end[0])} {_f(end[1])}"
        return path, mid
    mid = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
    return f"M{_f(start[0])} {_f(start[1])} L{_f(end[0])} {_f(end[1])}", mid


def map_svg(data: dict[str, Any], label: str, css_class: str = "diagram", margin: float = 12.0) -> Markup:
    """The map of *data* (:func:`regienet.render.map.map_data`'s, unpacked) as an SVG ``role="img"``
    named *label*, its view box fitted to the nodes and their labels as the map's first view is.

    Hidden nodes and edges (``hidden``) are left out; the label of a gap line (SA04, SA05) is drawn on
    it as on the map. Every element carries the map's colours; the ``data-id`` of a node or edge is its
    map id, so tests can compare the two pictures.
    """
    options = data.get("options", {})
    nodes = {n["id"]: n for n in data["nodes"] if not n.get("hidden")}
    boxes = [node_box(n, options) for n in nodes.values()] or [(0.0, 0.0, 1.0, 1.0)]
    left = min(b[0] for b in boxes) - margin
    top = min(b[1] for b in boxes) - margin
    width = max(b[2] for b in boxes) + margin - left
    height = max(b[3] for b in boxes) + margin - top
    parts = [
        f'<svg viewBox="{_f(left)} {_f(top)} {_f(width)} {_f(height)}" '
        f'role="img" aria-label="{escape(label)}" class="{css_class}" preserveAspectRatio="xMidYMid meet">',
        f"<title>{escape(label)}</title>",
        '<g class="edges" fill="none" stroke-linecap="round">',
    ]
    labels: list[str] = []
    for e in data["edges"]:
        if e.get("hidden") or e["from"] not in nodes or e["to"] not in nodes:
            continue
        path, mid = _edge_path(nodes[e["from"]], nodes[e["to"]], e.get("smooth"))
        colour = e.get("color", {})
        look = (
            f'stroke="{colour.get("color", "#555555")}" stroke-opacity="{colour.get("opacity", 1.0)}" '
            f'stroke-width="{_f(float(e.get("width", 1)))}"'
        )
        if e.get("dashes"):
            look += f' stroke-dasharray="{dasharray(e["dashes"])}"'
        parts.append(f'<path d="{path}" {look} data-id="{e["id"]}" data-layer="{e.get("layer", "")}"/>')
        if e.get("label"):
            font = e.get("font", {})
            size = float(font.get("size", DEFAULT_FONT))
            labels.append(
                f'<text x="{_f(mid[0])}" y="{_f(mid[1] + size * 0.35)}" font-size="{_f(size)}" '
                f'fill="{font.get("color", "#1b1b1b")}" class="edge-label">{escape(e["label"])}</text>'
            )
    parts.append("</g>")
    parts.append('<g class="nodes">')
    for node in nodes.values():
        parts.append(f'<g data-id="{node["id"]}">')
        parts.extend(_node_svg(node, options))
        parts.append("</g>")
    parts.append("</g>")
    parts.extend(labels)
    parts.append("</svg>")
    return Markup("".join(parts))


#: The style the SVG needs (text centred, white halo under labels as on the map); the handouts include it.
DIAGRAM_CSS = """
svg.diagram text { text-anchor: middle; paint-order: stroke; stroke: #ffffff; stroke-width: 4px;
  stroke-linejoin: round; font-family: "DejaVu Sans", system-ui, "Segoe UI", Arial, sans-serif; }
svg.diagram text.lbl { fill: #1b1b1b; }
svg.diagram text.in { stroke: none; }
svg.diagram text.edge-label { font-weight: 700; }
"""
