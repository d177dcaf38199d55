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
one municipality's view, hostile text (tests/mapdata.py), a small map
(curved parallel edges) and large ones (``large``: straight edges) of two
``synth`` shapes, and a region view whose municipalities are squeezed so that
the overlap removal runs all its rounds. Rewrite with
``REGIENET_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_map_golden.py``
only when a page is meant to change, and read the diff.

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
from regienet.render.map import render_map_chunks
from regienet.rules import check
from regienet.synth import synth_region, write_region

#: name → (data, render_map keyword arguments)
CASES: dict[str, tuple[str, dict]] = {
    "bundled-region-en": ("bundled", {}),
    "bundled-gaps-nl": ("bundled", {"gaps": True, "lang": "nl"}),
    "bundled-zwevegem-gaps-en": ("bundled", {"municipality": "zwevegem", "gaps": True}),
    "bundled-anzegem-nl": ("bundled", {"municipality": "anzegem", "lang": "nl"}),
    "bundled-view-sa-en": ("bundled", {"view": "region"}),
    "bundled-view-ov-nl": ("bundled", {"view": "region", "level": "OV", "lang": "nl"}),
    "hostile-gaps-en": ("hostile", {"gaps": True}),
    "hostile-view-nl": ("hostile", {"view": "region", "lang": "nl"}),
    "clusters80-en": ("clusters80", {}),
    "clusters80-gaps-nl": ("clusters80", {"gaps": True, "lang": "nl"}),
    "clusters80-view-en": ("clusters80", {"view": "region"}),
    "clusters80-view-va-nl": ("clusters80", {"view": "region", "level": "VA", "lang": "nl"}),
    "hubs80-gaps-en": ("hubs80", {"gaps": True}),
    "hubs80-nl": ("hubs80", {"lang": "nl"}),
    "hubs80-view-nl": ("hubs80", {"view": "region", "lang": "nl"}),
}


@pytest.fixture(scope="module")
def regions(tmp_path_factory) -> dict[str, tuple[Region, object]]:
    """Each data set of :data:`CASES`, loaded and checked once."""
    folders: dict[str, Path | None] = {"bundled": None}
    folders["hostile"] = hostile_region(tmp_path_factory.mktemp("hostile") / "data")
    for shape in ("clusters", "hubs"):
        folder = tmp_path_factory.mktemp(f"{shape}80")
        write_region(*synth_region(80, seed=1, shape=shape), folder)
        folders[f"{shape}80"] = folder
    out = {}
    for name, folder in folders.items():
        region = Region(load_dataset(folder))
        out[name] = (region, check(region))
    return out


def page(regions, name: str) -> str:
    data, kwargs = CASES[name]
    region, results = regions[data]
    if kwargs.get("view") == "region":  # as `regienet map --view region` does: the analysis computed first
        kwargs = {**kwargs, "analysis": analyse(region, with_brokers=False)}
    return "".join(render_map_chunks(region, results, **kwargs))


@pytest.mark.parametrize("name", sorted(CASES))
def test_map_page_matches_its_snapshot(regions, name):
    data, frame = map_page_snapshot(page(regions, name))
    assert_snapshot(f"maps/{name}.json", data)
    assert_snapshot(f"maps/{name}.html", frame)
