"""The map pages, kept as readable snapshots (``tests/snapshots/maps/``).

Each case's page is kept as two texts (``tests/snapshot.py``,
:func:`~snapshot.map_page_snapshot`): ``NAME.json``, the data the page carries
(nodes with positions and styles, edges, tooltips, legend entries, filters;
one node, edge or tooltip a line), and ``NAME.html``, the page around it with
the data and the inlined scripts replaced by marks. The page's bytes are a
function of the two (checked), so they pin as much as the SHA-256 pins of
``tests/golden/maps.sha256`` did (which they replace, issue 27), and a change
shows as a diff of the node, edge, tooltip or legend line that changed.

The pages were first pinned as the code wrote them before the map speed work
of issue 16 (commit c20a1b8's :func:`regienet.render.map.render_map_chunks`
on the same data); the snapshots were written from the last pinned pages
(same hashes). The cases cover both views, both languages, the gap overlay,
one municipality's view, hostile text (tests/mapdata.py), small maps
(curved parallel edges) of two ``synth`` shapes at 12 and 8 municipalities, the
same drawn through a large map's code (``large``: straight edges, edges hidden
while panning, the data written in small pieces; see :func:`page`), the region
views of 80-municipality regions, and a region view whose municipalities are
squeezed so that the overlap removal runs all its rounds. Rewrite with
``REGIENET_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_map_golden.py``
only when a page is meant to change, and read the diff.

Issue 27 (branch pages) replaced the four 80-municipality actor maps (24 MB of
snapshots, 5.7–6.4 MB each) by these small regions (4.6 MB for the four); the
other eleven pages were byte-identical before and after the map package split.

Changed on purpose since issue 16: the four gap-overlay pages (session 6),
whose gap edges now bend so that their "SA04"/"SA05" labels clear the node
labels (``layout.label_curve``; tested in the browser by ``tests/test_map.py``); every page with
issue 28's pictures (branch roompic: palettes, legend, the text view, "large" above 800 actors or 2,000
relations), rewritten after merging it: the pages' SHA-256 equal the pins roompic regenerated.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from mapdata import hostile_region
from snapshot import assert_snapshot, map_page_snapshot

from regienet.analysis.region import analyse
from regienet.load import load_dataset
from regienet.model import Region
from regienet.render.map import actors, render_map_chunks
from regienet.render.map import data as map_data_format
from regienet.rules import check
from regienet.synth import synth_region, write_region

#: name → (data, render_map keyword arguments; ``large``: drawn as a large map, see :func:`page`)
CASES: dict[str, tuple[str, dict]] = {
    "bundled-region-en": ("bundled", {}),
    "bundled-gaps-nl": ("bundled", {"gaps": True, "lang": "nl"}),
    "bundled-zwevegem-gaps-en": ("bundled", {"municipality": "zwevegem", "gaps": True}),
    "bundled-anzegem-nl": ("bundled", {"municipality": "anzegem", "lang": "nl"}),
    "bundled-view-sa-en": ("bundled", {"view": "region"}),
    "bundled-view-ov-nl": ("bundled", {"view": "region", "level": "OV", "lang": "nl"}),
    "hostile-gaps-en": ("hostile", {"gaps": True}),
    "hostile-view-nl": ("hostile", {"view": "region", "lang": "nl"}),
    "clusters12-large-en": ("clusters12", {"large": True}),
    "clusters12-gaps-nl": ("clusters12", {"gaps": True, "lang": "nl"}),
    "clusters80-view-en": ("clusters80", {"view": "region"}),
    "clusters80-view-va-nl": ("clusters80", {"view": "region", "level": "VA", "lang": "nl"}),
    "hubs8-gaps-large-en": ("hubs8", {"gaps": True, "large": True}),
    "hubs8-nl": ("hubs8", {"lang": "nl"}),
    "hubs80-view-nl": ("hubs80", {"view": "region", "lang": "nl"}),
}


@pytest.fixture(scope="module")
def regions(tmp_path_factory) -> dict[str, tuple[Region, object]]:
    """Each data set of :data:`CASES`, loaded and checked once."""
    folders: dict[str, Path | None] = {"bundled": None}
    folders["hostile"] = hostile_region(tmp_path_factory.mktemp("hostile") / "data")
    for shape, n in (("clusters", 12), ("hubs", 8), ("clusters", 80), ("hubs", 80)):
        folder = tmp_path_factory.mktemp(f"{shape}{n}")
        write_region(*synth_region(n, seed=1, shape=shape), folder)
        folders[f"{shape}{n}"] = folder
    out = {}
    for name, folder in folders.items():
        region = Region(load_dataset(folder))
        out[name] = (region, check(region))
    return out


def page(regions, name: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The page of case *name*. A ``large`` case is drawn as a map above the size limits is (straight
    edges, edges hidden while panning; :data:`~regienet.render.map.actors.LARGE_EDGES`), its data written
    in pieces of 7 (:func:`~regienet.render.map.data.safe_json_chunks`): the code paths of a map of
    thousands of actors, on a region small enough to read its snapshot."""
    data, kwargs = CASES[name]
    region, results = regions[data]
    kwargs = dict(kwargs)
    if kwargs.pop("large", False):
        monkeypatch.setattr(actors, "LARGE", 10)
        monkeypatch.setattr(actors, "LARGE_EDGES", 10)
        monkeypatch.setattr(map_data_format, "_BATCH", 7)
    if kwargs.get("view") == "region":  # as `regienet map --view region` does: the analysis computed first
        kwargs = {**kwargs, "analysis": analyse(region, with_brokers=False)}
    return "".join(render_map_chunks(region, results, **kwargs))


@pytest.mark.parametrize("name", sorted(CASES))
def test_map_page_matches_its_snapshot(regions, name, monkeypatch):
    data, frame = map_page_snapshot(page(regions, name, monkeypatch))
    assert_snapshot(f"maps/{name}.json", data)
    assert_snapshot(f"maps/{name}.html", frame)
