"""Layout costs that must not grow with the region (counted, not timed)."""

from __future__ import annotations

import collections
import math

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


def _separate_reference(pos, boxes, fixed=(), gap=6.0, iterations=150):
    """separate() as it was before it worked on lists by rank (commit c20a1b8): dicts by id, every
    cell member looked at. The one in the library must give the same floats, pair for pair."""
    fixed = set(fixed)
    order = sorted(pos)
    rank = {i: k for k, i in enumerate(order)}
    xy = {i: list(pos[i]) for i in order}
    cell = 2 * max((max(b.w, b.h) for b in boxes.values()), default=20.0) + gap
    for _ in range(iterations):
        grid = collections.defaultdict(list)
        for i in order:
            grid[(int(xy[i][0] // cell), int(xy[i][1] // cell))].append(i)
        moved = False
        for i in order:
            gx, gy = int(xy[i][0] // cell), int(xy[i][1] // cell)
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    for j in grid.get((gx + dx, gy + dy), ()):
                        if j <= i or (i in fixed and j in fixed):
                            continue
                        bi, bj = boxes[i], boxes[j]
                        ox = bi.w + bj.w + gap - abs(xy[i][0] - xy[j][0])
                        oy = bi.h + bj.h + gap - abs((xy[i][1] + bi.dy) - (xy[j][1] + bj.dy))
                        if ox <= layout.EPS or oy <= layout.EPS:
                            continue
                        moved = True
                        if ox / (bi.w + bj.w) < oy / (bi.h + bj.h):
                            axis, amount = 0, ox
                        else:
                            axis, amount = 1, oy
                        ci = xy[i][axis] + (bi.dy if axis else 0.0)
                        cj = xy[j][axis] + (bj.dy if axis else 0.0)
                        sign = 1.0 if cj > ci else -1.0
                        if cj == ci:
                            sign = 1.0 if (rank[j] + axis) % 2 else -1.0
                        if i in fixed:
                            xy[j][axis] += sign * amount
                        elif j in fixed:
                            xy[i][axis] -= sign * amount
                        else:
                            xy[i][axis] -= sign * amount / 2
                            xy[j][axis] += sign * amount / 2
        if not moved:
            break
    return {i: (xy[i][0], xy[i][1]) for i in order}


@pytest.mark.parametrize("seed", range(6))
def test_separate_gives_exactly_what_the_reference_gives(seed):
    """Crowded random boxes (most rounds run to the limit), some fixed, some on the same spot (the tie
    rule), whole-number positions too: the same positions as the reference, to the last bit (repr)."""
    import random

    rnd = random.Random(seed)
    n = 150
    ids = [f"m{rnd.randrange(10**6):06d}-{k}" for k in range(n)]
    pos = {i: (rnd.uniform(-400, 400), rnd.uniform(-300, 300)) for i in ids}
    for i in ids[:10]:  # same spot as another: cj == ci on both axes
        pos[i] = pos[ids[-1]]
    for i in ids[10:20]:
        pos[i] = (rnd.randrange(-300, 300), rnd.randrange(-200, 200))
    boxes = {i: Box(rnd.uniform(10, 90), rnd.uniform(8, 30), rnd.choice((0.0, rnd.uniform(0, 12)))) for i in ids}
    for i in ids[:5]:  # tall ones on one spot are pushed apart vertically (the tie rule on y), wide ones on x
        boxes[i] = Box(10.0, 40.0)
    for i in ids[5:10] + ids[-1:]:
        boxes[i] = Box(40.0, 10.0)
    fixed = set(rnd.sample(ids, 25)) if seed % 2 else ()
    gap = rnd.choice((6.0, 14.0))
    got = separate(pos, boxes, fixed, gap=gap, iterations=40)
    assert repr(got) == repr(_separate_reference(pos, boxes, fixed, gap=gap, iterations=40))
    assert got != pos  # there was work to do


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
    from regienet.render.map import ActorViewBuilder

    region, results = flanders_like
    probes = []
    original = layout.Occupancy.free

    def counting(self, p, b):
        probes.append(1)
        return original(self, p, b)

    monkeypatch.setattr(layout.Occupancy, "free", counting)
    builder = ActorViewBuilder(region, results, None, False, "en")
    nodes, _ = builder.build_nodes({})
    builder.positions(nodes)
    assert len(probes) / len(region.kind) < 30


@pytest.fixture(scope="module")
def crowded_hubs(tmp_path_factory):
    """A ``hubs`` region of 300 municipalities with one town hall far away (lat 49.5, lon 0.5).

    The outlier makes the projection squeeze the other 299 town halls into a
    corner of the canvas, so the clusters overlap: the crowded case behind
    issue 16 (the map of a 3,000-municipality region took 388 s).
    """
    actors, relations = synth_region(300, seed=1, shape="hubs")
    first = next(a for a in actors if a["kind"] == "municipality")
    first["lat"], first["lon"] = "49.50000", "0.50000"
    folder = tmp_path_factory.mktemp("crowded")
    write_region(actors, relations, folder)
    region = Region(load_dataset(folder))
    return region, check(region)


def _layout_counting(region, results, monkeypatch):
    from regienet.render.map import ActorViewBuilder

    probes = []
    original = layout.Occupancy.free

    def counting(self, p, b):
        probes.append(1)
        return original(self, p, b)

    monkeypatch.setattr(layout.Occupancy, "free", counting)
    builder = ActorViewBuilder(region, results, None, False, "en")
    nodes, _ = builder.build_nodes({})
    labels = {n: v["label"] for n, v in zip(builder.nodes, nodes, strict=True)}
    sizes = {n: v.get("size", 12.0) for n, v in zip(builder.nodes, nodes, strict=True)}
    pos = builder.positions(nodes)
    return len(probes), pos, {n: builder.box(n, labels, sizes) for n in pos}


def test_a_crowded_map_probes_a_bounded_number_of_spots(crowded_hubs, monkeypatch):
    """Crowded centres hand over to the free-slot index instead of spiralling through the crowd.

    Measured on this region: 847 probes per actor before the slot index
    (2,581 at 1,000 municipalities — quadratic), 193 since (156 at 1,000:
    at most PROBE_LIMIT per crowded municipality, then O(log) per actor).
    """
    region, results = crowded_hubs
    probes, _, _ = _layout_counting(region, results, monkeypatch)
    assert probes / len(region.kind) < 300


def test_a_crowded_map_still_has_no_overlapping_boxes(crowded_hubs, monkeypatch):
    """Quality holds when the slot index places actors: no two clustered boxes overlap (grid check)."""
    region, results = crowded_hubs
    _, pos, boxes = _layout_counting(region, results, monkeypatch)
    clustered = [n for n in pos if region.kind[n] != "municipality" and not region.is_regional(n)]
    clustered = [n for n in clustered if region.kind[n] != "authority"]
    occ = layout.Occupancy(cell=200.0, gap=0.0)
    for n in sorted(clustered):
        # rounding to 0.1 map unit may close a gap of 8 by a hair, never make an overlap
        assert occ.free(pos[n], layout.Box(boxes[n].w - 0.2, boxes[n].h - 0.2, boxes[n].dy)), n
        occ.add(pos[n], layout.Box(boxes[n].w - 0.2, boxes[n].h - 0.2, boxes[n].dy))


def test_the_slot_index_finds_the_nearest_free_slot_past_a_full_block():
    """By hand: slots of 10 units, the 10 x 10 slots from -50 to 50 used; the free slots nearest
    the origin are just outside the block, 50 units away: their centres at 55 on one axis and
    -5 or 5 on the other (the two slots whose square touches the axis)."""
    slots = layout._Slots(10.0)
    slots.mark(-50.0, -50.0, 49.9, 49.9)
    assert len(slots.used) == 100
    x, y = slots.nearest(0.0, 0.0)
    assert sorted((abs(x), abs(y))) == [5.0, 55.0]
    assert (math.floor(x / 10), math.floor(y / 10)) not in slots.used


def test_an_uncrowded_map_never_uses_the_slot_index(flanders_like, monkeypatch):
    """On ordinary regions the spiral alone places every actor: positions as before the slot index."""
    calls = []
    monkeypatch.setattr(layout.Occupancy, "slot_free", lambda self, *a: calls.append(1))
    region, results = flanders_like
    _layout_counting(region, results, monkeypatch)
    assert calls == []


def test_a_square_grid_of_town_halls_gets_room_for_its_clusters(monkeypatch):
    """Issue 27: town halls 1 km apart on a square grid (15 × 15) with 4-12 actors each. ``project()`` fits a
    region's height in width/1.5, so a square region used to get 1.56× its boxes' area instead of PACKING
    (2.2×): 32 of the 225 centres ran out of spiral and fell back to the slot index (59 actors), the width
    being counted as if the whole of it were available in height too. Now the width counts the fit: none."""
    munis = [f"m{r:02d}{c:02d}" for r in range(15) for c in range(15)]
    coords = {m: (51.0 - int(m[1:3]) / 111.2, 3.0 + int(m[3:5]) / 70.0) for m in munis}
    local = {m: [f"{m}_a{k}" for k in range(4 + int(m[1:]) % 9)] for m in munis}

    def box(node: str) -> Box:
        return Box(45.0, 9.0, 10.0) if "_a" in node else Box(50.0, 12.0, 12.0)

    fallbacks = []
    slot_free = layout.Occupancy.slot_free

    def counting(self, centre, b):
        fallbacks.append(centre)
        return slot_free(self, centre, b)

    monkeypatch.setattr(layout.Occupancy, "slot_free", counting)
    pos = layout.region_layout(munis, coords, local, [], {}, box)
    assert fallbacks == []
    assert len(pos) == len(munis) + sum(len(v) for v in local.values())
    xs = [pos[m][0] for m in munis]
    ys = [pos[m][1] for m in munis]
    width = max(xs) - min(xs)
    assert 0.9 < (max(ys) - min(ys)) / width < 1.1  # still square
