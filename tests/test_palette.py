"""One visual language, readable by everyone (issue 28, point 4): the palettes of regienet.render.style.

Colour-blind safety is computed, not asserted by eye: each colour is converted to linear RGB, simulated
for protanopia and deuteranopia with the matrices of Machado, Oliveira & Fernandes (2009, "A
physiologically-based model for simulation of color vision deficiency", IEEE TVCG 15(6), severity 1.0,
as tabulated by the authors and used by colorspacious and DaltonLens), converted to CIELAB (D65) and
compared with CIE76 ΔE. Every two colours of a palette that one picture shows side by side must differ by
``MIN_CONTRAST`` for normal vision and for both simulations. Before issue 28 "social enterprise", "LDE
initiative" and "established" were one teal (ΔE 0), cluster 2's crimson border was ΔE 3.5 (deuteranopia)
from the red "absent" fill, and "LDE initiative" and "other" were ΔE 10.1 apart (protanopia).
"""

from __future__ import annotations

import itertools
import math

import pytest

from regienet.render import style

PROTAN = ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998))
DEUTAN = ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881))
IDENTITY = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))
VISIONS = {"normal": IDENTITY, "protanopia": PROTAN, "deuteranopia": DEUTAN}


def _linear(hex_colour: str) -> tuple[float, float, float]:
    h = hex_colour.lstrip("#")
    out = []
    for i in (0, 2, 4):
        c = int(h[i : i + 2], 16) / 255
        out.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    return out[0], out[1], out[2]


def _lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(v: float) -> float:
        return v ** (1 / 3) if v > 216 / 24389 else (24389 / 27 * v + 16) / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def seen(hex_colour: str, vision: str) -> tuple[float, float, float]:
    """The colour in CIELAB as someone with *vision* sees it."""
    m, c = VISIONS[vision], _linear(hex_colour)
    sim = tuple(min(1.0, max(0.0, sum(m[i][j] * c[j] for j in range(3)))) for i in range(3))
    return _lab(sim)  # type: ignore[arg-type]


def delta_e(a: str, b: str, vision: str) -> float:
    return math.dist(seen(a, vision), seen(b, vision))


def test_simulation_matches_known_values():
    """The simulation is the standard one: pure red and pure green, far apart for normal vision (ΔE 170),
    come close for deuteranopia (ΔE < 30); white and black stay themselves (L* 100 and 0)."""
    assert delta_e("#ff0000", "#00ff00", "normal") > 150
    assert delta_e("#ff0000", "#00ff00", "deuteranopia") < 30
    assert seen("#ffffff", "protanopia")[0] == pytest.approx(100, abs=0.5)
    assert seen("#000000", "deuteranopia")[0] == pytest.approx(0, abs=0.01)


PALETTES = {
    "actor kinds": {k: v["background"] for k, v in style.KIND_STYLES.items()},
    "enterprise types": dict(style.SUBTYPE_COLOURS),
    "levels": {
        **{f"level {i}": c for i, c in enumerate(style.LEVEL_COLOURS)},
        "unknown": style.UNKNOWN_LEVEL_COLOUR,
    },
    # a cluster's border surrounds a level fill in the region view: told apart from every fill and each other
    "cluster borders and level fills": {
        **{f"cluster {i + 1}": c for i, c in enumerate(style.CLUSTER_COLOURS)},
        **{f"level {i}": c for i, c in enumerate(style.LEVEL_COLOURS)},
        "unknown": style.UNKNOWN_LEVEL_COLOUR,
    },
}


@pytest.mark.parametrize("vision", sorted(VISIONS))
@pytest.mark.parametrize("palette", sorted(PALETTES))
def test_palette_colours_are_distinct_for_colour_blind_vision(palette, vision):
    colours = PALETTES[palette]
    close = [
        f"{a} {colours[a]} ~ {b} {colours[b]}: ΔE {delta_e(colours[a], colours[b], vision):.1f}"
        for a, b in itertools.combinations(sorted(colours), 2)
        if delta_e(colours[a], colours[b], vision) < style.MIN_CONTRAST
    ]
    assert not close, f"{palette}, {vision}: " + "; ".join(close)


def test_levels_and_enterprise_types_never_share_a_colour():
    """In the region view an "established" municipality and an LDE initiative stand side by side: different
    colours (normal vision; the shapes differ too, square and circle)."""
    levels = [*style.LEVEL_COLOURS, style.UNKNOWN_LEVEL_COLOUR]
    types = list(style.SUBTYPE_COLOURS.values())
    close = [(a, b) for a in levels for b in types if delta_e(a, b, "normal") < style.MIN_CONTRAST]
    assert not close


def test_the_kind_swatch_of_an_enterprise_is_no_type_colour():
    assert style.KIND_STYLES["enterprise"]["background"] not in style.SUBTYPE_COLOURS.values()


# ---------------------------------------------------------------------------- dashes at any width


def _dashed_edges(data):
    for e in data["edges"]:
        if e.get("dashes"):
            yield e


def _assert_gaps_visible(edges):
    bad = [
        (e["id"], e["layer"], e["width"], e["dashes"])
        for e in edges
        if min(e["dashes"][1::2]) - e["width"] < style.MIN_VISIBLE_GAP
    ]
    assert not bad, f"dashed lines whose round caps close the gaps: {bad[:5]}"


def test_dashes_stay_dashed_in_the_region_view(region, results):
    """vis-network draws dashes with round caps (half the width into each gap): a policy line of width 12
    with the [7, 5] pattern was solid. Every dashed line of the region view keeps a gap of 3 px or more."""
    from regienet.analysis.region import analyse
    from regienet.render.map import map_data

    data = map_data(region, results, view="region", analysis=analyse(region, with_brokers=False))
    edges = list(_dashed_edges(data))
    assert any(e["width"] >= 6 for e in edges), "the bundled region has wide dashed lines (the case that broke)"
    _assert_gaps_visible(edges)


def test_dashes_stay_dashed_on_a_municipality_map(region, results):
    """An own actor's policy tie is 4 px wide: with [7, 5] its gaps were 1 px."""
    from regienet.render.map import map_data

    edges = list(_dashed_edges(map_data(region, results, "zwevegem", gaps=True)))
    assert any(e["width"] >= 4 for e in edges)
    _assert_gaps_visible(edges)


@pytest.mark.parametrize("width", [0.5, 1.4, 3, 4, 7.5, 12, 40])
@pytest.mark.parametrize("layer", ["policy", "cooperation"])
def test_dashes_at_keeps_the_pattern(layer, width):
    base = style.EDGE_STYLES[layer]["dashes"]
    got = style.dashes_at(base, width)
    assert min(got[1::2]) - width >= style.MIN_VISIBLE_GAP - 1e-9 or got == base
    assert got[0] / got[1] == pytest.approx(base[0] / base[1], rel=0.02)  # dotted stays dotted
