"""Deterministic layouts for the network maps, computed in Python.

A map must look the same at every load and on every machine, and a large one
must appear at once: so positions are computed here, once, and the browser
draws them with physics off. Every random choice comes from a
:class:`random.Random` seeded with a string (stable across processes, unlike
``hash()``), and every set is sorted before it is iterated, so the same input
gives the same coordinates, byte for byte.

Two layouts:

:func:`region_layout`
    municipalities at their town hall (lat/lon, equirectangular projection),
    the actors of each municipality in a small sunflower around it (then
    placed at the nearest free spot so boxes and labels do not overlap),
    regional actors in a rectangular ring (several: a band) round the whole
    region, each as close as possible to the side it works with.
:func:`ego_layout`
    one municipality in the centre with its OCMW, its local actors in an
    inner ring, regional actors and everybody else in an outer ring.
"""

from __future__ import annotations

import math
import random
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass

__all__ = [
    "EDGE_CURVES",
    "EPS",
    "GOLDEN_ANGLE",
    "MIN_WIDTH",
    "PACKING",
    "PROBE_LIMIT",
    "SCREEN_ASPECT",
    "Box",
    "LabelSpace",
    "Occupancy",
    "band",
    "circle",
    "curve_midpoint",
    "ego_layout",
    "label_curve",
    "project",
    "region_layout",
    "seeded",
    "separate",
    "sunflower",
]

GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
#: Overlaps smaller than this (map units; a label is ~20) count as none. Far from the
#: origin, pushing two boxes apart by exactly their overlap can leave an overlap of one
#: float rounding step that no push removes, and separate() then ran all its rounds.
EPS = 1e-6

Point = tuple[float, float]
#: The region's municipalities take at least MIN_WIDTH map units across, and PACKING
#: times the area of their clusters' boxes (labels included).
MIN_WIDTH = 640.0
PACKING = 2.2
#: Width over height of the map beside the panel: 1.2 on a 1400 x 900 screen, 1.0 on a
#: 1024 x 768 projector. The ring of regional actors and a municipality's ellipses follow it.
SCREEN_ASPECT = 1.1


@dataclass(frozen=True)
class Box:
    """The space a node takes on the map, label included.

    ``w`` and ``h`` are half-width and half-height; ``dy`` shifts the box's
    centre below the node's centre (a label hangs under its shape).
    """

    w: float
    h: float
    dy: float = 0.0


def seeded(*parts: object) -> random.Random:
    """A random generator seeded by *parts* (string seeds are stable across processes)."""
    return random.Random("regienet:" + ":".join(str(p) for p in parts))


def project(coords: Mapping[str, Point], width: float) -> dict[str, Point]:
    """Project ``{id: (lat, lon)}`` to ``{id: (x, y)}``, *width* units wide, north up.

    Equirectangular around the mean latitude: at the scale of a Flemish
    region (tens of km) it is indistinguishable from a proper map projection.
    The centroid lands on ``(0, 0)``.
    """
    if not coords:
        return {}
    lats = [c[0] for c in coords.values()]
    lons = [c[1] for c in coords.values()]
    lat0 = sum(lats) / len(lats)
    lon0 = sum(lons) / len(lons)
    k = math.cos(math.radians(lat0))
    xs = {i: (lon - lon0) * k for i, (_, lon) in coords.items()}
    ys = {i: -(lat - lat0) for i, (lat, _) in coords.items()}
    span = max(max(xs.values()) - min(xs.values()), (max(ys.values()) - min(ys.values())) * 1.5)
    scale = width / span if span > 0 else 1.0
    return {i: (xs[i] * scale, ys[i] * scale) for i in sorted(coords)}


def circle(ids: Iterable[str], radius: float, phase: float = -math.pi / 2) -> dict[str, Point]:
    """Place *ids* evenly on a circle, in the given order, starting at the top."""
    ids = list(ids)
    n = max(len(ids), 1)
    return {
        i: (radius * math.cos(phase + 2 * math.pi * k / n), radius * math.sin(phase + 2 * math.pi * k / n))
        for k, i in enumerate(ids)
    }


def sunflower(centre: Point, ids: list[str], spacing: float, phase: float, start: int = 1) -> dict[str, Point]:
    """Vogel's sunflower spiral around *centre*: even density, no two points close."""
    cx, cy = centre
    out = {}
    for k, i in enumerate(ids, start=start):
        r = spacing * math.sqrt(k)
        a = phase + k * GOLDEN_ANGLE
        out[i] = (cx + r * math.cos(a), cy + r * math.sin(a))
    return out


#: Probes the spiral of one actor makes before its centre counts as crowded and the
#: free-slot index takes over (:meth:`Occupancy.spiral_free`). The most any actor took on
#: the bundled data, synthetic regions of every shape up to 3,000 municipalities, is 604
#: (hubs, 300): they never reach it, and keep the positions the spiral alone gives.
PROBE_LIMIT = 1000


class _Slots:
    """A free-slot index: the plane cut into square slots, with a quadtree of used counts.

    A slot is *used* once any box (grown by the gap) touches it. Level ``L``
    counts the used slots in each block of ``2^L × 2^L`` slots, so a block
    whose count is ``4^L`` is full and the search for the nearest free slot
    skips it whole: best-first over blocks by their distance to the point,
    which visits the blocks along the edge of a crowded area, not its inside.
    Finding a slot costs O(levels × edge), whatever the density of the map.
    """

    LEVELS = 24  # 2^24 slots across: the plane, for any map

    def __init__(self, size: float):
        self.size = size
        self.used: set[tuple[int, int]] = set()
        self.count: list[dict[tuple[int, int], int]] = [{} for _ in range(self.LEVELS + 1)]

    def mark(self, x0: float, y0: float, x1: float, y1: float) -> None:
        s = self.size
        for gx in range(math.floor(x0 / s), math.floor(x1 / s) + 1):
            for gy in range(math.floor(y0 / s), math.floor(y1 / s) + 1):
                if (gx, gy) in self.used:
                    continue
                self.used.add((gx, gy))
                for level in range(1, self.LEVELS + 1):
                    key = (gx >> level, gy >> level)
                    counts = self.count[level]
                    counts[key] = counts.get(key, 0) + 1

    def _full(self, level: int, nx: int, ny: int) -> bool:
        if level == 0:
            return (nx, ny) in self.used
        return self.count[level].get((nx, ny), 0) == 4**level

    def _distance(self, level: int, nx: int, ny: int, px: float, py: float) -> float:
        side = self.size * (1 << level)
        x0, y0 = nx * side, ny * side
        dx = max(x0 - px, 0.0, px - (x0 + side))
        dy = max(y0 - py, 0.0, py - (y0 + side))
        return dx * dx + dy * dy

    def nearest(self, px: float, py: float) -> Point:
        """The centre of the free slot nearest to ``(px, py)`` (ties: the smaller ``(gx, gy)``)."""
        import heapq

        top = self.LEVELS
        side = self.size * (1 << top)
        cx, cy = math.floor(px / side), math.floor(py / side)
        heap = []
        for nx in (cx - 1, cx, cx + 1):
            for ny in (cy - 1, cy, cy + 1):
                if not self._full(top, nx, ny):
                    heap.append((self._distance(top, nx, ny, px, py), top, nx, ny))
        heapq.heapify(heap)
        while heap:
            _, level, nx, ny = heapq.heappop(heap)
            if level == 0:
                return ((nx + 0.5) * self.size, (ny + 0.5) * self.size)
            for ax in (0, 1):
                for ay in (0, 1):
                    kx, ky = 2 * nx + ax, 2 * ny + ay
                    if not self._full(level - 1, kx, ky):
                        heapq.heappush(heap, (self._distance(level - 1, kx, ky, px, py), level - 1, kx, ky))
        raise RuntimeError("no free slot")  # pragma: no cover - the plane has 2^48 slots


class Occupancy:
    """Boxes already on the map, in a spatial grid, to find free spots fast.

    *slot* is the side of a free-slot index cell, big enough for any box the
    caller places with :meth:`spiral_free` (its width and height plus twice
    the gap); the index is only built when a spiral gets crowded.
    """

    def __init__(self, cell: float = 60.0, gap: float = 6.0, slot: float | None = None):
        self.cell = cell
        self.gap = gap
        self.grid: dict[tuple[int, int], list[tuple[float, float, float, float]]] = defaultdict(list)
        self.slot = slot
        self.rects: list[tuple[float, float, float, float]] = []
        self.slots: _Slots | None = None
        self.crowded: set[Point] = set()

    def _cells(self, x0: float, y0: float, x1: float, y1: float) -> Iterable[tuple[int, int]]:
        c = self.cell
        for gx in range(math.floor(x0 / c), math.floor(x1 / c) + 1):
            for gy in range(math.floor(y0 / c), math.floor(y1 / c) + 1):
                yield gx, gy

    @staticmethod
    def rect(p: Point, b: Box) -> tuple[float, float, float, float]:
        return (p[0] - b.w, p[1] + b.dy - b.h, p[0] + b.w, p[1] + b.dy + b.h)

    def free(self, p: Point, b: Box) -> bool:
        # the spirals ask this about a million times on a big map: rect() and _cells() inline
        x, y = p
        x0, y0, x1, y1 = x - b.w, y + b.dy - b.h, x + b.w, y + b.dy + b.h
        g, c = self.gap, self.cell
        get = self.grid.get
        ys = range(math.floor((y0 - g) / c), math.floor((y1 + g) / c) + 1)
        for gx in range(math.floor((x0 - g) / c), math.floor((x1 + g) / c) + 1):
            for gy in ys:
                for a0, b0, a1, b1 in get((gx, gy), ()):
                    if x0 < a1 + g and a0 < x1 + g and y0 < b1 + g and b0 < y1 + g:
                        return False
        return True

    def add(self, p: Point, b: Box) -> None:
        r = self.rect(p, b)
        for cell in self._cells(*r):
            self.grid[cell].append(r)
        if self.slot is not None:
            self.rects.append(r)
            if self.slots is not None:
                self._mark(r)

    def _mark(self, r: tuple[float, float, float, float]) -> None:
        g = self.gap
        assert self.slots is not None
        self.slots.mark(r[0] - g, r[1] - g, r[2] + g, r[3] + g)

    def slot_free(self, centre: Point, b: Box) -> Point:
        """The free slot nearest to *centre*, the box in its middle (needs *slot* at least the box + gaps)."""
        if self.slot is None or 2 * (max(b.w, b.h + abs(b.dy)) + self.gap) > self.slot:
            raise ValueError("slot_free needs a slot size that fits the box")
        if self.slots is None:
            self.slots = _Slots(self.slot)
            for r in self.rects:
                self._mark(r)
        while True:
            sx, sy = self.slots.nearest(*centre)
            p = (sx, sy - b.dy)
            if self.free(p, b):  # always, by the slot's size; checked all the same
                return p
            half = self.slot / 2  # pragma: no cover - defensive
            self.slots.mark(sx - half, sy - half, sx + half - 1e-9, sy + half - 1e-9)  # pragma: no cover

    def spiral_free(
        self,
        centre: Point,
        b: Box,
        state: list[float],
        step: float = 6.0,
        growth: float = 30.0,
        limit: int | None = None,
    ) -> Point:
        """The next free spot on an Archimedean spiral out of *centre* (deterministic).

        *state* is ``[radius, angle]`` and is advanced in place, so the next
        actor of the same cluster continues where this one was placed instead
        of searching the whole cluster again. The radius grows by *growth*
        per turn, about two label heights.

        With a *limit* (and a *slot* size), a spiral that probes *limit* spots
        without finding room means its centre lies in a crowded part of the
        map (town halls squeezed together by the projection, an outlier, …):
        walking out through that crowd costs probes in proportion to its
        area, for every centre in it — quadratic in the end. The centre is
        then marked crowded, and this actor and every later one of that
        centre go to the nearest free slot of the slot index instead, so
        the work per actor stays bounded on any map.
        """
        if limit is not None and self.slot is not None and centre in self.crowded:
            return self.slot_free(centre, b)
        r, theta = state
        p = centre
        # free() inline, its constants hoisted: a big map makes about a million probes
        cx, cy = centre
        w, h, dy = b.w, b.h, b.dy
        g, c = self.gap, self.cell
        get = self.grid.get
        cos, sin, floor = math.cos, math.sin, math.floor
        bounded = limit is not None and self.slot is not None
        blocker = (math.inf, math.inf, -math.inf, -math.inf)  # blocks nothing
        for probe in range(1_000_000):
            if bounded and probe >= limit:  # type: ignore[operator]
                self.crowded.add(centre)
                state[0], state[1] = r, theta
                return self.slot_free(centre, b)
            x, y = cx + r * cos(theta), cy + r * sin(theta)
            p = (x, y)
            x0, y0, x1, y1 = x - w, y + dy - h, x + w, y + dy + h
            # the box that blocked the last probe usually blocks this one too: asked first
            a0, b0, a1, b1 = blocker
            if x0 < a1 + g and a0 < x1 + g and y0 < b1 + g and b0 < y1 + g:
                free = False
            else:
                free = True
                ys = range(floor((y0 - g) / c), floor((y1 + g) / c) + 1)
                for gx in range(floor((x0 - g) / c), floor((x1 + g) / c) + 1):
                    for gy in ys:
                        for rect in get((gx, gy), ()):
                            a0, b0, a1, b1 = rect
                            if x0 < a1 + g and a0 < x1 + g and y0 < b1 + g and b0 < y1 + g:
                                free = False
                                blocker = rect
                                break
                        if not free:
                            break
                    if not free:
                        break
            if free:
                break
            dtheta = step / max(r, step)
            theta += dtheta
            r += growth * dtheta / (2 * math.pi)
        state[0], state[1] = r, theta
        return p


@dataclass
class _Boxes:
    """:func:`separate`'s boxes by rank: centres (moved in place), half sizes, label shifts, pins."""

    xs: list[float]
    ys: list[float]
    ws: list[float]
    hs: list[float]
    dys: list[float]
    pinned: list[bool]
    any_pinned: bool
    gap: float


def _separate_round(bx: _Boxes, cell: float, tallest: float) -> bool:
    """One round of :func:`separate`: every overlapping pair pushed apart as it is found; whether any was."""
    xs, ys, ws, hs, dys, pinned, any_pinned, gap = (
        bx.xs, bx.ys, bx.ws, bx.hs, bx.dys, bx.pinned, bx.any_pinned, bx.gap,
    )  # fmt: skip
    grid: dict[tuple[int, int], list[int]] = defaultdict(list)
    home = []  # k -> its cell in this round's grid
    for k in range(len(xs)):
        key = (int(xs[k] // cell), int(ys[k] // cell))
        grid[key].append(k)
        home.append(key)
    # per cell, the lowest and highest box centre (y + dy) of its members, widened as they move: a cell
    # above or below whose centres are all out of reach of a box holds nothing it overlaps, to skip
    span: dict[tuple[int, int], list[float]] = {}
    for key, cell_members in grid.items():
        centres = [ys[k] + dys[k] for k in cell_members]
        span[key] = [min(centres), max(centres)]
    get = grid.get
    moved = False
    for i in range(len(xs)):
        xi, yi = xs[i], ys[i]
        gx, gy = int(xi // cell), int(yi // cell)
        wi, hi, dyi, fi = ws[i], hs[i], dys[i], pinned[i]
        reach = hi + tallest + gap + 1.0  # a float's rounding is far below 1
        for dx, dy in _AROUND:
            key = (gx + dx, gy + dy)
            members = get(key)
            if not members or members[-1] <= i:
                continue
            if dy:
                low, high = span[key]
                if yi + dyi - high >= reach or low - (yi + dyi) >= reach:
                    continue
            for j in members[bisect_right(members, i) :]:  # ranks ascend in a cell: only j > i
                if any_pinned and fi and pinned[j]:
                    continue
                # apart (or by less than a float's rounding)? Height first: a cell is as tall as it is
                # wide, boxes are wider than tall, so most pairs of a crowded map are apart in height
                oy = hi + hs[j] + gap - abs((yi + dyi) - (ys[j] + dys[j]))
                if oy <= EPS:
                    continue
                ox = wi + ws[j] + gap - abs(xi - xs[j])
                if ox <= EPS:
                    continue
                moved = True
                xs[i], ys[i] = xi, yi
                _push(bx, i, j, ox, oy, span[home[j]])
                xi, yi = xs[i], ys[i]
        xs[i], ys[i] = xi, yi
    return moved


#: The nine cells round a box's own (its own included), in the order :func:`separate` looks at them.
_AROUND = tuple((dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1))


def _push(bx: _Boxes, i: int, j: int, ox: float, oy: float, bounds: list[float]) -> None:
    """Push the overlapping boxes *i* < *j* apart along the axis where they overlap least, half each (all of
    it for the movable one when the other is pinned); widen *bounds*, the span of *j*'s cell, to its move."""
    xs, ys, pinned = bx.xs, bx.ys, bx.pinned
    fi = pinned[i]
    if ox / (bx.ws[i] + bx.ws[j]) < oy / (bx.hs[i] + bx.hs[j]):
        ci, cj = xs[i] + 0.0, xs[j] + 0.0
        sign = 1.0 if cj > ci else -1.0
        if cj == ci:
            sign = 1.0 if j % 2 else -1.0
        if fi:
            xs[j] += sign * ox
        elif pinned[j]:
            xs[i] -= sign * ox
        else:
            xs[i] -= sign * ox / 2
            xs[j] += sign * ox / 2
        return
    ci, cj = ys[i] + bx.dys[i], ys[j] + bx.dys[j]
    sign = 1.0 if cj > ci else -1.0
    if cj == ci:
        sign = 1.0 if (j + 1) % 2 else -1.0
    if fi:
        ys[j] += sign * oy
    elif pinned[j]:
        ys[i] -= sign * oy
    else:
        ys[i] -= sign * oy / 2
        ys[j] += sign * oy / 2
    centre = ys[j] + bx.dys[j]
    if centre < bounds[0]:
        bounds[0] = centre
    elif centre > bounds[1]:
        bounds[1] = centre


def separate(
    pos: dict[str, Point],
    boxes: Mapping[str, Box],
    fixed: Iterable[str] = (),
    gap: float = 6.0,
    iterations: int = 150,
) -> dict[str, Point]:
    """Push overlapping boxes apart (fixed ones do not move); deterministic.

    A few rounds of axis-aligned overlap removal on a spatial grid, so the cost
    grows with the number of nodes, not its square. Each overlapping pair is
    separated along the axis where they overlap least, half each (all of it
    for the movable one when the other is fixed).

    Nodes are visited in the order of their ids and each pair is pushed apart
    as soon as it is found (a later pair sees the moved boxes). The town
    halls of a big region view are packed tightly enough that this runs all
    its rounds, so the loop works on plain lists by rank (ids compared as
    ranks, boxes unpacked once), looks only at the later nodes of each cell,
    tests height before width, and skips a cell above or below whose box
    centres are all out of reach: the same overlapping pairs in the same
    order and the same float operations as the dict-based version kept in
    tests/test_layout.py, in less than half the time (3,000 town halls:
    about 5.5 → 2.5 CPU s).
    """
    order = sorted(pos)
    fixed_ids = set(fixed)
    xs = [pos[i][0] for i in order]
    ys = [pos[i][1] for i in order]
    ws = [boxes[i].w for i in order]
    hs = [boxes[i].h for i in order]
    dys = [boxes[i].dy for i in order]
    pinned = [i in fixed_ids for i in order]
    any_pinned = any(pinned)
    cell = 2 * max((max(b.w, b.h) for b in boxes.values()), default=20.0) + gap
    tallest = max(hs, default=0.0)
    boxes_ = _Boxes(xs, ys, ws, hs, dys, pinned, any_pinned, gap)
    for _ in range(iterations):
        if not _separate_round(boxes_, cell, tallest):
            break
    return {i: (xs[k], ys[k]) for k, i in enumerate(order)}


def _circular_mean(angles: list[float]) -> float:
    return math.atan2(sum(math.sin(a) for a in angles), sum(math.cos(a) for a in angles))


def _rect_point(s: float, a: float, b: float) -> Point:
    """The point at arc length *s* along the rectangle ±a × ±b, from (a, 0) towards (a, b)."""
    s %= 4 * (a + b)
    for length, start, direction in (
        (b, (a, 0.0), (0.0, 1.0)),
        (2 * a, (a, b), (-1.0, 0.0)),
        (2 * b, (-a, b), (0.0, -1.0)),
        (2 * a, (-a, -b), (1.0, 0.0)),
        (b, (a, -b), (0.0, 1.0)),
    ):
        if s <= length:
            return (start[0] + direction[0] * s, start[1] + direction[1] * s)
        s -= length
    return (a, 0.0)  # pragma: no cover - rounding


def _rect_arc(angle: float, a: float, b: float) -> float:
    """Arc length (as in :func:`_rect_point`) where the ray at *angle* meets the rectangle."""
    c, sn = math.cos(angle), math.sin(angle)
    t = min(a / abs(c) if c else math.inf, b / abs(sn) if sn else math.inf)
    x, y = t * c, t * sn
    if abs(x - a) < 1e-9 and y >= 0:
        return y
    if abs(y - b) < 1e-9:
        return b + (a - x)
    if abs(x + a) < 1e-9:
        return b + 2 * a + (b - y)
    if abs(y + b) < 1e-9:
        return 3 * b + 2 * a + (x + a)
    return 4 * b + 4 * a + y  # right side, above the axis (y < 0)


def band(
    ids: list[str],
    preferred: Mapping[str, float],
    a: float,
    b: float,
    spacing: float,
    step: float,
) -> dict[str, Point]:
    """Place *ids* around the rectangle ±a × ±b (more rectangles, a band, when they do not fit).

    Each goes as near as possible to where the ray at its preferred angle
    leaves the rectangle; the cyclic order is kept and the slots are evenly
    spaced along the perimeter. A rectangle, not an ellipse: a screen is one,
    and an ellipse round a region's bounding box cuts its corners.
    """
    out: dict[str, Point] = {}
    todo = sorted(ids, key=lambda i: (preferred[i], i))
    level = 0
    while todo:
        aa, bb = a + level * step, b + level * step
        perimeter = 4 * (aa + bb)
        capacity = max(1, int(perimeter // spacing))
        if len(todo) <= capacity:
            chunk, todo = todo, []
        else:  # every so many goes out one rectangle, keeping both spread round
            picks = sorted({int(k * len(todo) / capacity) for k in range(capacity)})
            chosen = set(picks)
            chunk = [todo[k] for k in picks]
            todo = [x for k, x in enumerate(todo) if k not in chosen]
        n = len(chunk)
        want = [_rect_arc(preferred[i], aa, bb) for i in chunk]
        slots = [perimeter * k / n for k in range(n)]
        turn = [2 * math.pi * (w - sl) / perimeter for w, sl in zip(want, slots, strict=True)]
        offset = _circular_mean(turn) * perimeter / (2 * math.pi)
        for i, sl in zip(chunk, slots, strict=True):
            out[i] = _rect_point(sl + offset, aa, bb)
        level += 1
    return out


def _aspect(coords: Mapping[str, Point]) -> float:
    """Height over width of the projected town halls (at least 1/4; 1 when unknown).

    The clusters need room in proportion to their boxes' area, and a region
    as long as Flanders (about 2.8:1) offers far less height per unit of
    width than a square one: without this, the clusters of a Flanders-size
    map overflow into each other and placing them slows down as they grow.
    """
    if len(coords) < 2:
        return 1.0
    xy = project(coords, 1.0).values()
    w = max(x for x, _ in xy) - min(x for x, _ in xy)
    h = max(y for _, y in xy) - min(y for _, y in xy)
    if w <= 0:
        return 1.0
    return min(1.0, max(0.25, h / w))


def _region_width(known: Mapping[str, Point], local: Mapping[str, list[str]], box: Callable[[str], Box]) -> float:
    """The width :func:`region_layout` gives the municipalities: the screen's, or what their clusters need."""
    area = sum((2 * box(n).w + 10) * (2 * box(n).h + 10) for ms in local.values() for n in ms)
    aspect = _aspect(known)
    # project() fits the height in width/1.5: a region taller than 2/3 of its width (a square grid of town
    # halls) gets less than its width times aspect of height, and width is widened by as much
    fit = max(1.0, 1.5 * aspect)
    return max(MIN_WIDTH, math.sqrt(PACKING * area * 1.6), fit * math.sqrt(PACKING * area / aspect))


def _place_clusters(
    pos: dict[str, Point], municipalities: list[str], local: Mapping[str, list[str]], box: Callable[[str], Box]
) -> None:
    """Each municipality's actors at the nearest free spot on a spiral round it (into *pos*), taking turns so
    that no town grabs all the room between two."""
    biggest = max(
        (max(box(n).w, box(n).h + abs(box(n).dy)) for ms in local.values() for n in ms),
        default=40.0,
    )
    occupied = Occupancy(
        cell=2 * max((box(m).w for m in municipalities), default=40.0), gap=8.0, slot=2 * (biggest + 8.0)
    )
    for m in municipalities:
        occupied.add(pos[m], box(m))
    spirals = {m: [0.0, seeded("cluster", m).uniform(0, 2 * math.pi)] for m in municipalities}
    depth = max((len(local.get(m, ())) for m in municipalities), default=0)
    for k in range(depth):
        for m in municipalities:
            members = local.get(m, ())
            if k < len(members):
                node = members[k]
                b = box(node)
                spot = occupied.spiral_free(
                    pos[m],
                    b,
                    spirals[m],
                    step=max(6.0, b.h / 2),
                    growth=max(30.0, 2.4 * (b.h + 4)),
                    limit=PROBE_LIMIT,
                )
                pos[node] = spot
                occupied.add(spot, b)


def _place_band(
    pos: dict[str, Point], regional: list[str], leaning: Mapping[str, list[str]], box: Callable[[str], Box]
) -> None:
    """The regional actors (into *pos*) in a band just outside the bounding box of everything placed so far,
    each on the side of the municipalities it works with (a seeded angle when they are all round)."""
    boxes = {i: box(i) for i in pos}
    x0 = min(p[0] - boxes[i].w for i, p in pos.items())
    x1 = max(p[0] + boxes[i].w for i, p in pos.items())
    y0 = min(p[1] + boxes[i].dy - boxes[i].h for i, p in pos.items())
    y1 = max(p[1] + boxes[i].dy + boxes[i].h for i, p in pos.items())
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    halfw, halfh = (x1 - x0) / 2, (y1 - y0) / 2
    widest = max(box(i).w for i in regional)
    tallest = max(box(i).h for i in regional)
    low = max(box(i).h + box(i).dy for i in regional)  # shape top to label bottom, below the centre
    a = halfw + widest + 24
    rb = max(halfh + low + 24, a / SCREEN_ASPECT)  # as tall as the screen beside the panel
    preferred = {}
    for i in regional:
        towns = [pos[m] for m in leaning.get(i, ()) if m in pos]
        angle = None
        if towns:
            mx = sum(p[0] for p in towns) / len(towns) - cx
            my = sum(p[1] for p in towns) / len(towns) - cy
            if math.hypot(mx / max(halfw, 1.0), my / max(halfh, 1.0)) > 0.2:
                angle = math.atan2(my * rb / max(halfh, 1.0), mx * a / max(halfw, 1.0))
        if angle is None:
            angle = seeded("ring", i).uniform(-math.pi, math.pi)
        preferred[i] = angle
    spacing = max(2 * widest + 20, 2 * tallest + 20)
    step = max(2 * widest, 2 * tallest) + 30
    for i, (x, y) in band(regional, preferred, a, rb, spacing, step).items():
        pos[i] = (x + cx, y + cy)


def region_layout(
    municipalities: list[str],
    coords: Mapping[str, Point],
    local: Mapping[str, list[str]],
    regional: list[str],
    leaning: Mapping[str, list[str]],
    box: Callable[[str], Box],
    width: float | None = None,
) -> dict[str, Point]:
    """Positions for the whole region.

    Parameters
    ----------
    municipalities : list of str
        Municipality ids, in a stable order.
    coords : mapping
        ``{municipality: (lat, lon)}`` for those with a known town hall; the
        others go on a circle around them.
    local : mapping
        ``{municipality: [node, ...]}``: the nodes to cluster around each one
        (its OCMW first), in a stable order.
    regional : list of str
        Nodes for the outer ring.
    leaning : mapping
        ``{regional node: [municipality, ...]}``: who it works with, to put it
        on the right side of the region.
    box : callable
        Node id → :class:`Box`, the space its shape and label take.
    width : float, optional
        Width of the region's municipalities in map units. By default 780
        (a screen, once the panel is off), more when the clusters need the
        room: about twice the area of their boxes.
    """
    known = {m: coords[m] for m in municipalities if m in coords}
    if width is None:
        width = _region_width(known, local, box)
    pos: dict[str, Point] = {}
    if len(known) >= 2:
        pos.update(project(known, width))
    elif known:
        pos[next(iter(known))] = (0.0, 0.0)
    unknown = [m for m in municipalities if m not in pos]
    if unknown:  # no town hall known: on a circle (around the known ones, if any)
        r = len(unknown) * 220 / (2 * math.pi)
        r = max(r, width / 2 * 1.15) if pos else max(r, 200.0)
        pos.update(circle(unknown, r))
    # municipalities whose boxes overlap (neighbouring town halls) move apart a little
    pos = separate(pos, {m: box(m) for m in pos}, gap=14.0)
    _place_clusters(pos, municipalities, local, box)
    if regional:
        _place_band(pos, regional, leaning, box)
    return {i: (round(x, 1), round(y, 1)) for i, (x, y) in sorted(pos.items())}


def ego_layout(
    centre: list[str],
    inner: list[str],
    outer: list[str],
    box: Callable[[str], Box],
    seed: str,
) -> dict[str, Point]:
    """Positions for one municipality's view.

    *centre* (the municipality, then its OCMW) sits in the middle, one
    under the other; *inner* goes on an inner ellipse and *outer* on an outer one, each
    in the order given (callers group them: own actors, other local actors,
    forums …), so that groups read as arcs. The ellipses are wider than tall,
    like a screen.
    """
    pos: dict[str, Point] = {}
    y = 0.0
    for k, c in enumerate(centre):  # the municipality, its OCMW just below
        if k:
            y += box(centre[k - 1]).h + box(c).h + 24
        pos[c] = (0.0, y)
    phase = seeded("ego", seed).uniform(-0.3, 0.3) - math.pi / 2
    aspect = SCREEN_ASPECT
    core_w = max((box(c).w for c in centre), default=60.0)
    core_h = y

    def place(ids: list[str], minimum: float) -> float:
        """Put *ids* on ellipses from *minimum* outwards, as many per ellipse as fit; return the radius reached."""
        if not ids:
            return minimum
        widest = max(box(i).w for i in ids)
        tallest = max(box(i).h + box(i).dy for i in ids)
        r = max(minimum, (core_w + widest + 40) / aspect, core_h + tallest + 40)  # clear of the centre
        todo = list(ids)
        ring_no = 0
        while todo:
            perimeter = 2 * math.pi * r * (1 + aspect) / 2
            fit = max(1, int(perimeter // (2 * widest + 20)))
            # the last ellipse takes the rest; when two would do, split evenly
            chunk, todo = (todo, []) if len(todo) <= fit else (todo[:fit], todo[fit:])
            n = len(chunk)
            shift = 0.5 if ring_no % 2 == 0 else 0.0  # stagger successive ellipses
            for k, i in enumerate(chunk):
                t = phase + 2 * math.pi * (k + shift) / n
                pos[i] = (aspect * r * math.cos(t), r * math.sin(t) + core_h / 2)
            if todo:
                r += 2 * tallest + 30
            ring_no += 1
        return r + tallest

    r1 = place(inner, max(150.0, core_w / aspect + 60, core_h + 70))
    place(outer, r1 + 110.0)
    return {i: (round(x, 1), round(y, 1)) for i, (x, y) in sorted(pos.items())}


#: The curves a gap edge may take, tried in this order: vis-network's ``smooth`` ``(type, roundness)``. The
#: first is what every gap edge used to take; the others bend the other way, or more, or less.
EDGE_CURVES: tuple[tuple[str, float], ...] = (
    ("curvedCW", 0.18),
    ("curvedCCW", 0.18),
    ("curvedCW", 0.35),
    ("curvedCCW", 0.35),
    ("curvedCW", 0.05),
    ("curvedCW", 0.55),
    ("curvedCCW", 0.55),
)


def curve_midpoint(start: Point, end: Point, curve: tuple[str, float]) -> Point:
    """Where vis-network draws the label of an edge from *start* to *end* bent as *curve*.

    vis-network 9.1.2 (``BezierEdgeStatic._getViaCoordinates``) puts the control point of a ``curvedCW``
    edge of roundness *r* at ``(0.5 r + 0.5) · length`` from *start*, at the edge's angle plus
    ``(0.5 r + 0.5) π`` (``curvedCCW``: plus ``(0.5 − 0.5 r) π``), and the label at the quadratic Bézier's
    middle: a quarter of each end plus half the control point.
    """
    (fx, fy), (tx, ty) = start, end
    kind, r = curve
    o, q = tx - fx, fy - ty
    length = math.hypot(o, q)
    turn = 0.5 * r + 0.5 if kind == "curvedCW" else 0.5 - 0.5 * r
    angle = (math.atan2(q, o) + turn * math.pi) % (2 * math.pi)
    reach = (0.5 * r + 0.5) * length
    vx, vy = fx + reach * math.sin(angle), fy + reach * math.cos(angle)
    return 0.25 * fx + 0.5 * vx + 0.25 * tx, 0.25 * fy + 0.5 * vy + 0.25 * ty


class LabelSpace:
    """The boxes already on a map (nodes with their labels, edge labels placed so far), in a grid of cells,
    to ask whether a new label would cover one of them: a gap edge's label takes the first of
    :data:`EDGE_CURVES` whose label is clear (on Zwevegem's gap map "SA04" was drawn over a forum's name)."""

    CELL = 200.0

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[tuple[float, float, float, float]]] = defaultdict(list)

    def _keys(self, x0: float, y0: float, x1: float, y1: float) -> Iterator[tuple[int, int]]:
        c = self.CELL
        for i in range(math.floor(x0 / c), math.floor(x1 / c) + 1):
            for j in range(math.floor(y0 / c), math.floor(y1 / c) + 1):
                yield i, j

    def add(self, centre: Point, box: Box) -> None:
        """Mark *box* (half sizes, centred *dy* below *centre*) as taken."""
        rect = (centre[0] - box.w, centre[1] + box.dy - box.h, centre[0] + box.w, centre[1] + box.dy + box.h)
        for key in self._keys(*rect):
            self._cells[key].append(rect)

    def free(self, centre: Point, box: Box) -> bool:
        """Whether *box* at *centre* covers nothing taken."""
        x0, y0 = centre[0] - box.w, centre[1] + box.dy - box.h
        x1, y1 = centre[0] + box.w, centre[1] + box.dy + box.h
        for key in self._keys(x0, y0, x1, y1):
            for a0, b0, a1, b1 in self._cells.get(key, ()):
                if x0 < a1 and a0 < x1 and y0 < b1 and b0 < y1:
                    return False
        return True


def label_curve(start: Point, end: Point, label: Box, space: LabelSpace) -> tuple[str, float]:
    """The first of :data:`EDGE_CURVES` whose label (*label*, half sizes) at the curve's middle is free in
    *space* (then marked taken); the first curve when none is."""
    for curve in EDGE_CURVES:
        point = curve_midpoint(start, end, curve)
        if space.free(point, label):
            space.add(point, label)
            return curve
    return EDGE_CURVES[0]
