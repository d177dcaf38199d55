"""Layout costs that must not grow with the region (counted, not timed)."""

from __future__ import annotations

import collections

import pytest

import regienet.render.layout as layout
from regienet.load import load_dataset
from regienet.model import Region
from regienet.render.layout import Box, separate
from regienet.rules import check
from regienet.synth import synth_region, write_region


def test_separate_stops_when_only_rounding_is_left(monkeypatch):
    """Two pairs far from the origin, taken from a 3,000-municipality synthetic region.

    Pushing each pair apart by its overlap left an overlap of one float rounding
    step that no further push could remove, so separate() ran all 150 rounds
    over every municipality (4 s at N = 3,000). One round separates them, a
    second finds nothing to do.
    """
    rounds = []

    class Counting(collections.defaultdict):  # separate() builds one grid per round
        def __init__(self, *args):
            rounds.append(1)
            super().__init__(*args)

    monkeypatch.setattr(layout, "defaultdict", Counting)
    pos = {
        "a": (7339.1827911579585, 154.57647841662708),
        "b": (7560.7728988874915, 102.02769988570945),
        "c": (8906.320054175198, -3918.152906133786),
        "d": (8705.363336838085, -3962.3416517164937),
    }
    boxes = {"a": Box(117.6, 23.2), "b": Box(91.2, 23.2), "c": Box(117.6, 23.2), "d": Box(91.2, 23.2)}
    out = separate(pos, boxes, gap=14.0)
    assert len(rounds) == 2
    for p, q in (("a", "b"), ("c", "d")):  # now apart by at least the gap, to rounding
        assert abs(out[p][0] - out[q][0]) >= boxes[p].w + boxes[q].w + 14.0 - 1e-6


@pytest.fixture(scope="module")
def flanders_like(tmp_path_factory):
    """A synthetic region of 200 municipalities: as wide as Flanders (about 2.8:1)."""
    folder = tmp_path_factory.mktemp("wide")
    write_region(*synth_region(200, seed=1), folder)
    region = Region(load_dataset(folder))
    return region, check(region)


def test_a_wide_region_gets_a_canvas_as_wide_as_it_is(flanders_like):
    region, _ = flanders_like
    coords = {m: (region.value(m, "lat"), region.value(m, "lon")) for m in region.municipalities}
    assert 0.3 < layout._aspect(coords) < 0.45  # 1/2.8 = 0.36
    assert layout._aspect({}) == 1.0 and layout._aspect({"a": (50.8, 3.2)}) == 1.0
    assert layout._aspect({"a": (50.8, 3.2), "b": (51.8, 3.2)}) == 1.0  # a north-south line: capped


def test_placing_actors_probes_a_bounded_number_of_spots(flanders_like, monkeypatch):
    """Each actor finds a free spot within a few dozen probes, however big the region.

    Before the canvas followed the region's aspect, the clusters of a
    Flanders-wide region overflowed into each other: 231 probes per actor at
    300 municipalities, 634 at 1,000 (docs/benchmarks.md); 15 since, at any size.
    """
    from regienet.render.map import _Builder

    region, results = flanders_like
    probes = []
    original = layout.Occupancy.free

    def counting(self, p, b):
        probes.append(1)
        return original(self, p, b)

    monkeypatch.setattr(layout.Occupancy, "free", counting)
    builder = _Builder(region, results, None, False, "en")
    nodes, _ = builder.build_nodes({})
    builder.positions(nodes)
    assert len(probes) / len(region.kind) < 30
