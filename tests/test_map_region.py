"""The region view of the map (`regienet map --view region`, issue 13.2).

Municipalities as single nodes coloured by a component level and bordered by
their cluster, regional actors round them, one line per municipality–actor
pair. Same page, guarantees and browser checks as tests/test_map.py.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from mapdata import HOSTILE, hostile_region
from test_map import DRAWN, drawn_label_px, embedded_data, open_map, projector, run, write  # noqa: F401

from regienet.analysis.region import analyse
from regienet.load import load_dataset
from regienet.model import Region
from regienet.render.map import default_filename, map_data, pack_map_data, render_map, safe_json
from regienet.render.map.region import pair_ties
from regienet.render.style import CLUSTER_COLOURS, LEVEL_COLOURS, UNKNOWN_LEVEL_COLOUR
from regienet.rules import check

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def analysis(region):
    return analyse(region, with_brokers=False)


@pytest.fixture(scope="module")
def view(region, results, analysis):
    return map_data(region, results, view="region", analysis=analysis)


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """`regienet synth --municipalities 300`, loaded and checked."""
    folder = tmp_path_factory.mktemp("s300")
    res = run("synth", "--municipalities", "300", "-o", str(folder))
    assert res.exit_code == 0, res.output
    region = Region(load_dataset(folder))
    return region, check(region)


def test_one_node_per_municipality_and_regional_actor(region, view, analysis):
    ids = list(region.municipalities) + sorted(a.id for a in analysis.regional_actors)
    assert [n["id"] for n in view["nodes"]] == [f"n{i}" for i in range(len(ids))]
    assert view["view"] == "region_view"
    titles = [view["info"][n["id"]]["title"] for n in view["nodes"]]
    assert titles == [region.name[x] for x in ids]
    # municipalities: squares sized by the actors working there
    sq = view["nodes"][: len(region.municipalities)]
    assert all(n["shape"] == "square" for n in sq)
    by_size = sorted(region.municipalities, key=lambda m: len(region.actors_of(m)))
    sizes = {m: n["size"] for m, n in zip(region.municipalities, sq, strict=True)}
    assert [sizes[m] for m in by_size] == sorted(sizes.values())


@pytest.mark.parametrize("level", ["OV", "BL", "SA", "VA"])
def test_municipalities_take_the_level_colour_and_the_cluster_border(region, results, analysis, level):
    data = map_data(region, results, view="region", level=level, analysis=analysis)
    for m, node in zip(region.municipalities, data["nodes"], strict=False):
        lv = results.levels[m][level]
        assert node["color"]["background"] == (UNKNOWN_LEVEL_COLOUR if lv is None else LEVEL_COLOURS[lv])
        assert node["color"]["border"] == CLUSTER_COLOURS[analysis.cluster_of(m)]


def test_ties_are_aggregated_per_pair_with_counts_per_layer(region, view, analysis):
    actors = {a.id for a in analysis.regional_actors}
    pairs = pair_ties(region, actors)
    assert len(view["edges"]) == len(pairs) and len(pairs) > 10
    # every tie of a municipality's governments with a regional actor is counted once
    for m in region.municipalities:
        expected = Counter(t.actor for t in region.ties(m) if t.actor in actors)
        assert {a: sum(c.values()) for (mm, a), c in pairs.items() if mm == m} == dict(expected)
    # width grows with the number of ties; the tooltip says the counts per layer in words
    totals = {
        e["id"]: sum(int(re.match(r"\d+", r[1]).group()) for r in view["info"][e["id"]]["sections"][0]["rows"])
        for e in view["edges"]
    }
    widths = sorted((totals[e["id"]], e["width"]) for e in view["edges"])
    assert [w for _, w in widths] == sorted(w for _, w in widths)
    multi = next(e for e in view["edges"] if len(e["layers"]) > 1)
    text = json.dumps(view["info"][multi["id"]], ensure_ascii=False)
    assert "governance" in text and " tie" in text
    assert multi["layer"] in multi["layers"]


def test_tooltips_and_legend_in_dutch(region, results, analysis):
    html = render_map(region, results, view="region", lang="nl", analysis=analysis)
    data = embedded_data(html)
    text = json.dumps(data["info"], ensure_ascii=False)
    assert "banden" in text.lower() and "Dekking" not in text and "dekking" in text
    assert "Clusters voor gezamenlijke regie" in html and "bindende actoren: Energiesnoeiers" in html
    assert "inzet en samenwerking (SA)" in html


def test_legend_has_an_entry_per_cluster_naming_its_binding_actors(region, results, analysis):
    html = render_map(region, results, view="region", analysis=analysis)
    block = html.split('id="cluster-keys"')[1].split("</ul>")[0]
    assert block.count("<li>") == len(analysis.clusters) == 2
    for i, c in enumerate(analysis.clusters):
        assert f"cluster {i + 1}" in block and region.name[c.binding_actors[0]] in block
        assert CLUSTER_COLOURS[i] in block


def test_pack_round_trip_and_determinism(region, results, view, analysis):
    from regienet.render.map import unpack_map_data

    packed = safe_json(pack_map_data(view))
    assert unpack_map_data(json.loads(packed)) == json.loads(json.dumps(view))
    assert packed == safe_json(pack_map_data(map_data(region, results, view="region", analysis=analysis)))


def test_the_page_draws_the_analysis_it_is_given(region, results, analysis):
    """Issue 27.1: the region view computes no analysis of its own (before, a call without one ran
    ``analyse`` with the default settings, not the run's): without it, a clear error; given one, the page
    draws exactly that one (here the bundled analysis cut to its first two regional actors: 13 squares and
    2 actors, where the full analysis has more)."""
    import dataclasses

    with pytest.raises(ValueError, match=r"analysis=regienet\.analysis\.region\.analyse"):
        render_map(region, results, view="region")
    with pytest.raises(ValueError, match="analysis="):
        map_data(region, results, view="region")
    two = dataclasses.replace(analysis, regional_actors=analysis.regional_actors[:2])
    assert len(analysis.regional_actors) > 2
    drawn = map_data(region, results, view="region", analysis=two)
    titles = [drawn["info"][n["id"]]["title"] for n in drawn["nodes"]]
    ids = list(region.municipalities) + sorted(a.id for a in two.regional_actors)  # the view's node order
    assert titles == [region.name[x] for x in ids] and len(ids) == 13 + 2


def test_hostile_names_stay_text(tmp_path):
    region = Region(load_dataset(hostile_region(tmp_path / "data")))
    results = check(region)
    html = render_map(region, results, view="region", analysis=analyse(region, with_brokers=False))
    for s in ("<img src=x onerror", "<script>alert", "<svg onload", 'href="javascript', "<!--"):
        assert s not in html.replace("<!DOCTYPE", ""), s
    assert html.count("</script>") == 3
    titles = [i["title"] for i in embedded_data(html)["info"].values()]
    assert all(region.name[m] in titles for m in region.municipalities)  # shown, as text
    assert "</script><script>alert(1)</script>" in titles
    assert any(HOSTILE[0] in region.name[a.id] for a in analyse(region).regional_actors) <= any(
        HOSTILE[0] in x for x in titles
    )


def test_cli_writes_the_region_view_and_refuses_municipality_or_gaps(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = run("map", "--view", "region", "--level", "va", "-q")
    assert res.exit_code == 0, res.output
    assert (tmp_path / "output" / "map-region-view-va.html").is_file()
    assert default_filename(None, view="region", level="SA") == "map-region-view-sa.html"
    for extra in (["-m", "kortrijk"], ["--gaps"]):
        res = run("map", "--view", "region", *extra)
        assert res.exit_code == 2 and "Traceback" not in res.output
    assert run("map", "--view", "region", "--level", "XX").exit_code == 2


def test_two_runs_are_byte_identical(tmp_path):
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"r{seed}.html"
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        subprocess.run(
            [sys.executable, "-m", "regienet", "map", "--view", "region", "--lang", "nl", "-o", str(out)],
            cwd=tmp_path,
            env=env,
            check=True,
            capture_output=True,
        )
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


# --------------------------------------------------------------------------- in the browser


@pytest.mark.browser
def test_region_view_offline_without_errors_search_and_filter(page, tmp_path, region, results, view, analysis):
    open_map(page, write(tmp_path, "rv.html", render_map(region, results, view="region", lang="nl", analysis=analysis)))
    assert page.external_requests == [] and page.js_errors == []
    assert page.evaluate("window.regienetMap.nodes.length") == len(view["nodes"])
    assert page.evaluate("window.regienetMap.edges.length") == len(view["edges"])
    # search finds a municipality and pins its tooltip
    page.fill("#search", "kortr")
    page.locator("#results button").first.click()
    tip = page.locator("#tooltip")
    assert tip.is_visible() and "Kortrijk" in tip.inner_text() and "inzet en samenwerking" in tip.inner_text()
    page.keyboard.press("Escape")
    # the municipality filter keeps the municipality and its regional actors
    page.select_option("#municipality", label="Stad Kortrijk")
    shown = page.evaluate("window.regienetMap.nodes.get().filter(n => !n.hidden).length")
    assert 1 < shown < len(view["nodes"])
    page.select_option("#municipality", "")
    # a line stays while any of its layers is ticked
    for layer in ("governance", "economic", "policy", "cooperation"):
        page.uncheck(f"input[data-layer={layer}]")
    assert page.evaluate("window.regienetMap.edges.get().filter(e => !e.hidden).length") == 0
    page.check("input[data-layer=cooperation]")
    visible = page.evaluate("window.regienetMap.edges.get().filter(e => !e.hidden).length")
    assert visible == sum(1 for e in view["edges"] if "cooperation" in e["layers"])
    assert page.js_errors == [] and page.external_requests == []


@pytest.mark.browser
def test_region_view_labels_are_readable_on_a_projector(projector, tmp_path, region, results, view, analysis):  # noqa: F811
    """13 municipalities at 1024 × 768, default zoom: every label (municipalities and actors) ≥ 11 px."""
    ids = list(region.municipalities) + sorted(a.id for a in analysis.regional_actors)
    for lang in ("en", "nl"):
        open_map(
            projector,
            write(tmp_path, "rv.html", render_map(region, results, view="region", lang=lang, analysis=analysis)),
        )
        px = drawn_label_px(projector, region, ids)
        small = {n: round(v, 1) for n, v in px.items() if v < 11}
        assert not small, small
        assert projector.js_errors == []


@pytest.mark.browser
def test_region_view_of_300_municipalities_is_usable(page, tmp_path, big):
    region, results = big
    open_map(
        page,
        write(
            tmp_path,
            "rv300.html",
            render_map(region, results, view="region", analysis=analyse(region, with_brokers=False)),
        ),
    )
    assert page.js_errors == [] and page.external_requests == []
    m = region.municipalities[150]
    name = region.name[m]
    page.fill("#search", name)
    page.locator("#results button").first.click()
    assert name in page.locator("#tooltip").inner_text()
    page.keyboard.press("Escape")
    page.select_option("#municipality", label=name)
    shown = page.evaluate("window.regienetMap.nodes.get().filter(n => !n.hidden).length")
    assert 1 < shown < 60
    assert page.js_errors == []
