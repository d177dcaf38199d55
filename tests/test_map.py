"""The interactive map: self-contained, offline, safe with hostile data, stable, readable, fast.

Browser tests open the written file in Debian's headless Chromium through the
``page`` fixture, which blocks and records every non-file request. The page's
Content-Security-Policy forbids string evaluation, so the tests wait with
selectors (``html[data-state=drawn]``) rather than ``wait_for_function``.
"""

from __future__ import annotations

import html as htmllib
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from mapdata import HOSTILE, hostile_region, synthetic_region

from regienet.cli import cli
from regienet.load import load_dataset
from regienet.model import Region
from regienet.render.map import (
    MAX_COUPLINGS,
    default_filename,
    ego_nodes,
    map_data,
    pack_map_data,
    place_name,
    render_map,
    safe_json,
    safe_json_chunks,
    short_label,
    unpack_map_data,
    wrap,
)
from regienet.rules import check

ROOT = Path(__file__).resolve().parent.parent
DRAWN = "html[data-state=drawn]"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def embedded_data(html: str) -> dict:
    """The page data in the HTML, unpacked (what map.js sees)."""
    m = re.search(r'<script type="application/json" id="regienet-data">(.*?)</script>', html, re.S)
    assert m, "no data block"
    return unpack_map_data(json.loads(m.group(1)))


def open_map(page, path: Path) -> float:
    """Open a map file; return the seconds until the fitted picture is drawn."""
    start = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_selector(DRAWN, state="attached", timeout=60_000)
    return time.perf_counter() - start


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The hostile region, loaded and checked."""
    folder = hostile_region(tmp_path_factory.mktemp("hostile") / "data")
    region = Region(load_dataset(folder))
    return folder, region, check(region)


# --------------------------------------------------------------------------- the file


def test_page_is_one_self_contained_file(region, results):
    html = render_map(region, results)
    assert html.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in html
    # nothing is loaded from anywhere: no src/href to a resource, no <link>, no @import, no url() but data:
    assert not re.search(r"<(script|img|iframe|link|source|embed|object)\b[^>]*\b(src|href)\s*=", html, re.I)
    assert "<link" not in html and "@import" not in html
    assert all(u.startswith(("data:", '"data:', "'data:")) for u in re.findall(r"url\(\s*([^)]{0,12})", html))
    assert "sourceMappingURL" not in html
    # vis-network itself is inside, and the page may not fetch anything even if something tried
    assert "vis-network" in html and "DataSet" in html
    csp = htmllib.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    assert (
        "default-src 'none'" in csp
        and "unsafe-eval" not in csp
        and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    )


def test_csp_allows_exactly_the_pages_own_scripts(region, results):
    import base64
    import hashlib

    html = render_map(region, results, municipality="kortrijk")
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 2  # vis-network and the page's own code; the data block is JSON, not code
    csp = htmllib.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    for s in scripts:
        digest = base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_safe_json_cannot_close_the_script_element():
    value = {"x": list(HOSTILE), "y": "a\u2028b\u2029c"}
    text = safe_json(value)
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == value


@pytest.mark.parametrize(
    ("municipality", "gaps"), [(None, False), (None, True), ("zwevegem", True)], ids=["region", "gaps", "ego"]
)
def test_packed_page_data_unpacks_to_exactly_the_map_data(region, results, municipality, gaps):
    data = map_data(region, results, municipality, gaps)
    packed = json.loads(safe_json(pack_map_data(data)))  # as it travels through the page
    assert unpack_map_data(packed) == json.loads(json.dumps(data))


def test_packing_keeps_hostile_text_and_shrinks_a_big_map(hostile, tmp_path):
    _, region, results = hostile
    data = map_data(region, results, gaps=True)
    assert unpack_map_data(json.loads(safe_json(pack_map_data(data)))) == json.loads(json.dumps(data))
    # a synthetic region of 60 municipalities: styles and tooltip text repeat, so the page data
    # shrinks to well under half (measured: 0.35 at 300 municipalities, see pack_map_data)
    from regienet.synth import synth_region, write_region

    write_region(*synth_region(60, seed=2), tmp_path)
    big = Region(load_dataset(tmp_path))
    full = map_data(big, check(big))
    assert len(safe_json(pack_map_data(full))) < 0.5 * len(safe_json(full))


def test_packing_refuses_numbers_in_tooltips():
    """A number in a tooltip would read back as the position of a string: refuse it loudly."""
    with pytest.raises(TypeError):
        pack_map_data({"nodes": [], "edges": [], "info": {"n0": {"title": 3}}})
    with pytest.raises(ValueError):
        unpack_map_data({"format": 99})


def test_packing_is_deterministic(region, results):
    a = safe_json(pack_map_data(map_data(region, results, gaps=True)))
    assert a == safe_json(pack_map_data(map_data(region, results, gaps=True)))


def test_hostile_strings_never_reach_the_html_raw(hostile):
    _, region, results = hostile
    for html in (
        render_map(region, results, gaps=True),
        render_map(region, results, municipality="alpha", gaps=True, lang="nl"),
    ):
        for s in ("<img src=x onerror", "<script>alert", "<svg onload", 'href="javascript', "<!--"):
            assert s not in html.replace("<!DOCTYPE", ""), s
        assert "{{7*7}}" in html  # not evaluated by the template engine: data, inside the escaped JSON
        assert html.count("</script>") == 3  # the data block, vis-network, the page's code
        data = embedded_data(html)
        titles = [i["title"] for i in data["info"].values()]
        assert HOSTILE[0] in titles and any(HOSTILE[1] in x for x in titles)  # shown, as text


def test_page_ids_are_synthetic(hostile):
    _, region, results = hostile
    data = map_data(region, results, gaps=True)
    assert [n["id"] for n in data["nodes"]] == [f"n{i}" for i in range(len(region.kind))]
    assert all(re.fullmatch(r"e\d+", e["id"]) for e in data["edges"])
    assert all("title" not in n for n in data["nodes"])  # no vis popups (they can be HTML): our tooltips only


def test_every_actor_and_relation_is_in_the_region_map(region, results):
    data = map_data(region, results)
    assert len(data["nodes"]) == len(region.kind) == 66
    assert len([e for e in data["edges"] if e["layer"] != "gaps"]) == len(region.relations) > 250
    assert {e["layer"] for e in data["edges"]} == {"governance", "economic", "policy", "cooperation"}


def test_layers_colour_and_dash_edges_and_own_ties_are_thick(region, results):
    data = map_data(region, results)
    from regienet.render.style import EDGE_STYLES, dashes_at

    styles = {(e["layer"], e["color"]["color"], str(EDGE_STYLES[e["layer"]]["dashes"])) for e in data["edges"]}
    assert len({s[1] for s in styles}) == 4 and len({s[2] for s in styles}) == 3  # governance/economic solid
    # each line's dashes: its layer's pattern, stretched for its width so that it stays dashed (issue 28)
    assert all(e["dashes"] == dashes_at(EDGE_STYLES[e["layer"]]["dashes"], e["width"]) for e in data["edges"])
    sid = {n: f"n{i}" for i, n in enumerate(sorted(region.kind))}
    own = [e for e in data["edges"] if e["from"] == sid["ocmw_kortrijk"] and e["to"] == sid["lde_kortrijk"]]
    other = [e for e in data["edges"] if e["from"] == sid["kortrijk"] and e["to"] == sid["sinergiek"]]
    assert own and all(e["width"] > 3 for e in own)
    assert other and all(e["width"] < 2 for e in other)


def test_tooltips_hold_attributes_ties_and_findings(region, results):
    data = map_data(region, results, lang="nl")
    i = sorted(region.kind).index("waak")
    info = data["info"][f"n{i}"]
    heads = [s["h"] for s in info["sections"]]
    assert heads[0] == "Kenmerken" and heads[1].startswith("Bevindingen") and heads[2].startswith("Banden")
    codes = {line[0].split(" · ")[0] for line in info["sections"][1]["lines"]}
    assert "OV01" in codes  # a blind spot in Anzegem and Zwevegem
    # issue 23: VDAB, the public employment service, is a partner, never a blind spot
    v = data["info"][f"n{sorted(region.kind).index('vdab')}"]
    assert not any(line[0].startswith("OV01") for sec in v["sections"] for line in sec.get("lines", []))
    k = sorted(region.kind).index("lde_kortrijk")
    assert "eigen actor van Stad Kortrijk" in data["info"][f"n{k}"]["sub"]


def test_dutch_and_english_pages(region, results):
    nl = render_map(region, results, lang="nl")
    en = render_map(region, results, lang="en")
    assert 'lang="nl"' in nl and "Legende" in nl and "Zoek een actor" in nl and "alle gemeenten" in nl
    assert 'lang="en"' in en and "Legend" in en and "Search an actor" in en
    assert "sociale onderneming" in nl and "overlegplatform" in nl and "eigen actor" in nl


def test_municipalities_stand_where_they_are(region, results):
    """Kortrijk central, Wervik/Menen west, Waregem/Anzegem east/north-east, Spiere-Helkijn south (y grows down)."""
    data = map_data(region, results)
    ids = sorted(region.kind)
    xy = {m: (data["nodes"][ids.index(m)]["x"], data["nodes"][ids.index(m)]["y"]) for m in region.municipalities}
    assert xy["wervik"][0] < xy["menen"][0] < xy["kortrijk"][0] < xy["zwevegem"][0] < xy["anzegem"][0]
    assert xy["waregem"][1] < xy["kortrijk"][1] < xy["spiere-helkijn"][1]
    assert xy["waregem"][0] > xy["kortrijk"][0]
    assert xy["spiere-helkijn"][1] == max(y for _, y in xy.values())
    # regional actors stand outside the box of the municipalities (the band)
    x0, x1 = min(x for x, _ in xy.values()), max(x for x, _ in xy.values())
    y0, y1 = min(y for _, y in xy.values()), max(y for _, y in xy.values())
    for a in ("sinergiek", "waak", "vdab", "vlaamse_overheid"):
        x, y = data["nodes"][ids.index(a)]["x"], data["nodes"][ids.index(a)]["y"]
        assert not (x0 < x < x1 and y0 < y < y1), a


def test_no_two_local_actors_overlap(region, results):
    """The spiral placement keeps boxes (labels included) apart; municipalities too."""
    from regienet.render.map import ActorViewBuilder

    b = ActorViewBuilder(region, results, None, False, "en")
    nodes, _ = b.build_nodes({})
    labels = {n: v["label"] for n, v in zip(b.nodes, nodes, strict=True)}
    sizes = {n: v.get("size", 12.0) for n, v in zip(b.nodes, nodes, strict=True)}
    pos = b.positions(nodes)
    from regienet.schema import ACTOR_NODE_KINDS

    def in_band(n: str) -> bool:
        return region.kind[n] == "authority" or (region.kind[n] in ACTOR_NODE_KINDS and region.is_regional(n))

    local = [n for n in b.nodes if not in_band(n)]
    rects = {}
    for n in local:
        bx = b.box(n, labels, sizes)
        x, y = pos[n]
        rects[n] = (x - bx.w, y + bx.dy - bx.h, x + bx.w, y + bx.dy + bx.h)
    clashes = [
        (p, q)
        for i, p in enumerate(local)
        for q in local[i + 1 :]
        if rects[p][0] < rects[q][2]
        and rects[q][0] < rects[p][2]
        and rects[p][1] < rects[q][3]
        and rects[q][1] < rects[p][3]
    ]
    assert not clashes


def test_labels_drop_the_place_name_in_the_region_view():
    assert short_label("LDE-initiatief Kortrijk", ["kortrijk"]) == "LDE-initiatief"
    assert short_label("Stuurgroep LSB Spiere-Helkijn", ["spiere helkijn"]) == "Stuurgroep LSB"
    assert short_label("Kortrijk", ["kortrijk"]) == "Kortrijk"
    assert wrap("Energiesnoeiers Zuid-West-Vlaanderen", 20) == "Energiesnoeiers\nZuid-West-Vlaanderen"
    assert wrap("a " * 40, 10, 2).count("\n") == 1 and wrap("a " * 40, 10, 2).endswith("…")


def test_place_name(region):
    assert place_name(region, "kortrijk") == "Kortrijk" and place_name(region, "spiere-helkijn") == "Spiere-Helkijn"


def test_ego_view_has_both_governments_the_actors_and_their_ties(region, results):
    nodes = ego_nodes(region, "zwevegem")
    assert {"zwevegem", "ocmw_zwevegem"} <= set(nodes)
    assert set(region.actors_of("zwevegem")) <= set(nodes)  # blind spots included
    assert "kortrijk" not in nodes
    data = map_data(region, results, municipality="zwevegem")
    assert len(data["nodes"]) == len(nodes)
    assert data["municipalities"] == []  # no municipality filter in a municipality's own view


def test_ego_header_shows_the_four_levels(region, results):
    html = render_map(region, results, municipality="zwevegem", lang="nl")
    levels = results.levels["zwevegem"]
    words = {0: "afwezig", 1: "zwak", 2: "gedeeltelijk", 3: "uitgebouwd", None: "onbekend"}
    header = html.split('<section id="levels"', 1)[1].split("</section>", 1)[0]
    for comp in ("OV", "BL", "SA", "VA"):
        row = header.split(f">{comp}</abbr>", 1)[1].split("</tr>", 1)[0]
        assert words[levels[comp]] in row, comp
    assert "Netwerk sociale economie van Gemeente Zwevegem" in html


def test_gaps_overlay_draws_links_couplings_and_blind_spots(region, results):
    data = map_data(region, results, gaps=True, lang="nl")
    gaps = [e for e in data["edges"] if e["layer"] == "gaps"]
    assert {e["label"] for e in gaps} == {"SA04", "SA05"}
    assert all(e["dashes"] for e in gaps)
    ids = sorted(region.kind)
    sa04 = [f for f in results.findings if f.rule == "SA04"]
    for f in sa04:  # a dashed edge from the municipality to the regional actor it misses
        frm, to = f"n{ids.index(f.municipality)}", f"n{ids.index(f.actors[0])}"
        edge = next(e for e in gaps if e["from"] == frm and e["to"] == to)
        assert data["info"][edge["id"]]["title"] == "ontbrekende regionale schakel (SA04)"
        assert any(line[0].startswith("SA04") for line in data["info"][edge["id"]]["sections"][0]["lines"])
    blind = {a for f in results.findings if f.rule == "OV01" for a in f.actors}
    marked = {ids[int(n["id"][1:])] for n in data["nodes"] if "OV01" in n["label"]}
    assert marked == blind
    assert "gaps" in [layer["id"] for layer in data["layers"]]
    plain = map_data(region, results)
    assert not [e for e in plain["edges"] if e["layer"] == "gaps"] and not any(
        "OV01" in n["label"] for n in plain["nodes"]
    )


def test_gaps_in_one_municipality_only_show_its_own(region, results):
    data = map_data(region, results, municipality="zwevegem", gaps=True)
    gaps = [e for e in data["edges"] if e["layer"] == "gaps"]
    expected = [f for f in results.findings if f.municipality == "zwevegem" and f.rule in ("SA04", "SA05")]
    # SA04 Waak and one SA05; the Kringloopcentrum is no missing link since Zwevegem brokered its cooperation
    # with Proper Zwevegem (issue 23: working with the actor closes the link)
    assert len(gaps) == len(expected) == 2


def test_couplings_are_capped_per_municipality(tmp_path_factory):
    region = Region(load_dataset(synthetic_region(tmp_path_factory.mktemp("s") / "d", n_nodes=600)))
    results = check(region)
    data = map_data(region, results, gaps=True)
    sa05 = [e for e in data["edges"] if e.get("label") == "SA05"]
    assert 0 < len(sa05) <= MAX_COUPLINGS["region"] * len(region.municipalities)


def test_default_filenames(region):
    assert default_filename(region) == "map-region.html"
    assert default_filename(region, "zwevegem", gaps=True) == "map-zwevegem-gaps.html"


def test_year_is_in_the_title(region):
    r2009 = Region(region.dataset, year=2009)
    html = render_map(r2009, check(r2009), lang="nl")
    assert "toestand in 2009" in html


# --------------------------------------------------------------------------- CLI


def test_cli_writes_under_output_and_prints_the_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = run("map")
    assert res.exit_code == 0, res.output
    target = tmp_path / "output" / "map-region.html"
    assert target.is_file() and str(target) in res.stdout
    res = run("map", "--municipality", "ZWEVEGEM", "--gaps", "--lang", "nl")
    assert res.exit_code == 0 and (tmp_path / "output" / "map-zwevegem-gaps.html").is_file()
    assert "Geschreven" in res.stdout
    res = run("map", "-m", "Gemeente Zwevegem", "-o", "z.html")
    assert res.exit_code == 0 and (tmp_path / "z.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cli_unknown_municipality_exits_2_listing_the_known(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = run("map", "--municipality", "Gent", "--lang", "nl")
    assert res.exit_code == 2
    assert (
        "onbekende gemeente 'Gent'" in res.stderr
        and "kortrijk" in res.stderr.lower()
        and "zwevegem" in res.stderr.lower()
    )
    assert "Traceback" not in res.output
    assert not (tmp_path / "output").exists() or not list((tmp_path / "output").iterdir())


def test_cli_unwritable_output_exits_2(tmp_path):
    (tmp_path / "afile").write_text("x")  # a missing folder is created (tests/test_output_option.py); a file is not
    res = run("map", "-o", str(tmp_path / "afile" / "sub" / "map.html"))
    assert res.exit_code == 2 and "is a file" in res.stderr and "Traceback" not in res.output
    res = run("map", "-o", str(tmp_path / "afile" / "map.html"))
    assert res.exit_code == 2


def test_cli_refuses_to_overwrite_its_input(tmp_path):
    folder = hostile_region(tmp_path / "data")
    res = run("map", "--data", str(folder), "-o", str(folder / "actors.csv"))
    assert res.exit_code == 2 and (folder / "actors.csv").read_text(encoding="utf-8").startswith("id,")


def test_cli_bad_data_exits_2(tmp_path):
    res = run("map", "--data", str(tmp_path / "nowhere"))
    assert res.exit_code == 2 and "Traceback" not in res.output


def test_two_runs_are_byte_identical(tmp_path):
    """Separate processes with different hash seeds: no set order leaks into the file."""
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"m{seed}.html"
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        subprocess.run(
            [sys.executable, "-m", "regienet", "map", "--gaps", "--lang", "nl", "-o", str(out)],
            cwd=tmp_path,
            env=env,
            check=True,
            capture_output=True,
        )
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_help_does_not_import_heavy_modules():
    code = (
        "import sys\n"
        "from regienet.cli import cli\n"
        "for args in (['--help'], ['map', '--help'], ['export', '--help']):\n"
        "    try:\n"
        "        cli.main(args=args, prog_name='regienet', standalone_mode=False)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(sorted(m for m in ('pandas', 'networkx', 'pyvis', 'jinja2') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


# --------------------------------------------------------------------------- in the browser


def write(tmp_path: Path, name: str, html: str) -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


@pytest.mark.browser
def test_region_map_offline_complete_and_without_errors(page, tmp_path, region, results):
    path = write(tmp_path, "map.html", render_map(region, results, gaps=True))
    open_map(page, path)
    assert page.external_requests == []
    assert page.js_errors == []
    assert page.evaluate("window.regienetMap.nodes.length") == len(region.kind)
    assert page.evaluate("window.regienetMap.edges.get().filter(e => e.layer !== 'gaps').length") == len(
        region.relations
    )
    # map.js unpacks the page data to exactly what map_data built: nodes, edges and every tooltip
    expected = json.loads(json.dumps(map_data(region, results, gaps=True)))
    assert page.evaluate("window.regienetMap.data.nodes") == expected["nodes"]
    assert page.evaluate("window.regienetMap.data.edges") == expected["edges"]
    assert page.evaluate("ids => ids.map(id => window.regienetMap.info(id))", list(expected["info"])) == list(
        expected["info"].values()
    )
    legend = page.locator("#legend")
    assert legend.is_visible()
    text = legend.inner_text()
    for word in (
        "municipality",
        "OCMW",
        "social enterprise",
        "forum",
        "governance",
        "policy",
        "missing regional link (SA04)",
    ):
        assert word in text
    assert legend.locator("svg").count() >= 17  # a swatch per kind, subtype, layer and gap


@pytest.mark.browser
def test_hostile_names_are_text_when_hovered_searched_and_filtered(page, tmp_path, hostile):
    _, region, results = hostile
    for name, html in (
        ("region.html", render_map(region, results, gaps=True)),
        ("alpha.html", render_map(region, results, municipality="alpha", gaps=True, lang="nl")),
    ):
        path = write(tmp_path, name, html)
        open_map(page, path)
        box = page.locator("#map").bounding_box()
        shown = []
        for nid in page.evaluate("window.regienetMap.nodes.getIds()"):
            p = page.evaluate("id => window.regienetMap.nodeDOM(id)", nid)
            page.mouse.move(box["x"] + p["x"], box["y"] + p["y"])
            page.wait_for_timeout(30)
            shown.append(page.evaluate("id => window.regienetMap.showInfo(id)", nid))
        for eid in page.evaluate("window.regienetMap.edges.getIds()"):
            shown.append(page.evaluate("id => window.regienetMap.showInfo(id)", eid))
        page.mouse.click(box["x"] + 5, box["y"] + 5)
        page.fill("#search", "<")
        page.wait_for_timeout(50)
        if page.locator("#municipality").count():
            page.select_option("#municipality", "0")
        text = "\n".join(shown)
        assert HOSTILE[0] in text and "</script><script>alert(1)</script>" in text  # visible, literally
        assert page.locator("#results li").count() >= 1
        assert page.dialogs == []
        assert page.js_errors == []
        assert page.external_requests == []
        assert page.evaluate("document.querySelectorAll('img, iframe, object, embed, a').length") == 0
        assert page.evaluate("document.querySelectorAll('script').length") == 3
        assert page.evaluate("document.querySelectorAll('svg script, foreignObject, [onload], [onerror]').length") == 0
        assert not page.evaluate(
            "[...document.querySelectorAll('*')].some(e => [...e.attributes].some(a => a.name.startsWith('on')))"
        )
    assert "</script><script>alert(1)</script>" in page.title()  # the ego view's title: text, not markup


@pytest.mark.browser
def test_search_and_filters(page, tmp_path, region, results):
    open_map(page, write(tmp_path, "m.html", render_map(region, results, lang="nl")))
    page.fill("#search", "proper")
    page.locator("#results button").first.click()
    tip = page.locator("#tooltip")
    assert tip.is_visible() and "Proper Zwevegem" in tip.inner_text() and "Vastgezet" in tip.inner_text()
    page.keyboard.press("Escape")
    assert not tip.is_visible()
    page.select_option("#municipality", label="Stad Kortrijk")
    hidden = page.evaluate("window.regienetMap.nodes.get().filter(n => n.hidden).length")
    shown = page.evaluate("window.regienetMap.nodes.get().filter(n => !n.hidden).length")
    assert shown == len(ego_nodes(region, "kortrijk")) and hidden == len(region.kind) - shown
    page.uncheck("input[data-layer=policy]")
    assert page.evaluate("window.regienetMap.edges.get().filter(e => e.layer === 'policy' && !e.hidden).length") == 0
    assert page.evaluate("window.regienetMap.edges.get().filter(e => e.layer === 'governance' && !e.hidden).length") > 0
    page.select_option("#municipality", "")
    assert page.evaluate("window.regienetMap.nodes.get().filter(n => n.hidden).length") == 0
    assert page.js_errors == []


@pytest.mark.browser
def test_municipality_view_in_the_browser(page, tmp_path, region, results):
    open_map(
        page, write(tmp_path, "z.html", render_map(region, results, municipality="zwevegem", gaps=True, lang="nl"))
    )
    assert page.evaluate("window.regienetMap.nodes.length") == len(ego_nodes(region, "zwevegem"))
    assert page.locator("#levels").is_visible() and "zwak" in page.locator("#levels").inner_text()
    # each level says which activities earned it (issue 23), as the level's title
    assert "verdiend door: omgevingsanalyse" in (page.locator("#levels .level").first.get_attribute("title") or "")
    labels = page.evaluate("window.regienetMap.edges.get().filter(e => e.layer === 'gaps').map(e => e.label)")
    assert sorted(labels) == ["SA04", "SA05"]
    assert page.external_requests == [] and page.js_errors == []


@pytest.mark.browser
def test_hovering_a_node_shows_its_tooltip(page, tmp_path, region, results):
    open_map(page, write(tmp_path, "z.html", render_map(region, results, municipality="zwevegem")))
    ids = sorted(ego_nodes(region, "zwevegem"))
    nid = f"n{ids.index('proper_zwevegem')}"
    box = page.locator("#map").bounding_box()
    p = page.evaluate("id => window.regienetMap.nodeDOM(id)", nid)
    page.mouse.move(box["x"] + p["x"], box["y"] + p["y"])
    tip = page.locator("#tooltip")
    tip.wait_for(state="visible", timeout=5000)
    assert "Proper Zwevegem" in tip.inner_text() and "Banden" not in tip.inner_text()  # English page


@pytest.mark.browser
def test_3000_actor_region_is_drawn(page, tmp_path):
    """A map of 3,000 actors is drawn whole, offline and without script errors (issue 4; how fast is the
    benchmark's business, not the suite's: issue 27)."""
    region = Region(load_dataset(synthetic_region(tmp_path / "data", n_nodes=3000)))
    path = write(tmp_path, "big.html", render_map(region, check(region)))
    open_map(page, path)
    assert page.evaluate("window.regienetMap.nodes.length") == 3000
    assert page.external_requests == [] and page.js_errors == []


@pytest.mark.slow
def test_wheel_ships_the_map_template_and_scripts(tmp_path):
    """The template, script and stylesheet are package data: a plain install can draw maps."""
    import zipfile

    pytest.importorskip("hatchling")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("regienet-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("map.html.j2", "map.js", "map.css"):
        assert f"regienet/render/templates/{name}" in names


@pytest.mark.browser
@pytest.mark.parametrize("municipality", [None, "zwevegem"])
def test_every_legend_key_is_in_view_on_a_projector_screen(page, tmp_path, region, results, municipality):
    """1400 × 900, the worst case (gaps, Dutch, with the levels header): no scrolling to read the legend."""
    html = render_map(region, results, municipality=municipality, gaps=True, lang="nl")
    open_map(page, write(tmp_path, "m.html", html))
    keys = page.locator("#legend ul.keys li")
    assert keys.count() >= 20
    for i in range(keys.count()):
        box = keys.nth(i).bounding_box()
        assert box and box["y"] + box["height"] <= 900, keys.nth(i).inner_text()
    assert (
        page.locator("#map").bounding_box()["x"] >= page.locator("#legend").bounding_box()["x"] + 250
    )  # beside, not over


@pytest.mark.parametrize("municipality", ["zwevegem", "wervik"])
def test_cli_municipality_map_checks_only_that_municipality_and_draws_the_same(tmp_path, region, results, municipality):
    """`map -m M` runs the rules for M only (5 s instead of 15 s at 3,000 municipalities); the page is unchanged."""
    out = tmp_path / "m.html"
    res = run("map", "-m", municipality, "--gaps", "--lang", "nl", "-o", str(out))
    assert res.exit_code == 0, res.output
    assert out.read_text(encoding="utf-8") == render_map(
        region, results, municipality=municipality, gaps=True, lang="nl"
    )


# --------------------------------------------------------------------------- a room with a projector (issue 17)

#: Records every text the canvas draws, with its height on screen in CSS pixels (the font's
#: px size times the canvas transform's scale, over the device pixel ratio), during one
#: synchronous redraw. What vis-network hides (below its draw threshold) is not drawn.
DRAWN_TEXT = """() => {
  const rec = [];
  const proto = CanvasRenderingContext2D.prototype;
  const orig = proto.fillText;
  proto.fillText = function (text, x, y) {
    const m = /(\\d+(?:\\.\\d+)?)px/.exec(this.font);
    const t = this.getTransform();
    rec.push([String(text), m ? parseFloat(m[1]) * Math.hypot(t.a, t.b) / window.devicePixelRatio : 0]);
    return orig.apply(this, arguments);
  };
  try { window.regienetMap.network.redraw(); } finally { proto.fillText = orig; }
  return rec;
}"""


def drawn_label_px(page, region, nodes: list[str]) -> dict[str, float]:
    """Actor id → the smallest height (px) of its label's lines as drawn now; 0 when not drawn."""
    drawn: dict[str, float] = {}
    for text, px in page.evaluate(DRAWN_TEXT):
        drawn[text] = min(px, drawn.get(text, px))
    labels = page.evaluate("window.regienetMap.data.nodes.map(n => n.label)")
    out = {}
    for node, label in zip(nodes, labels, strict=True):
        lines = [x for x in label.split("\n") if x]
        out[node] = min((drawn.get(x, 0.0) for x in lines), default=0.0)
    return out


@pytest.fixture
def projector(browser):
    """A 1024 × 768 page (a town-hall projector), offline like ``page``."""
    context = browser.new_context(viewport={"width": 1024, "height": 768})
    pg = context.new_page()
    pg.js_errors = []
    pg.on("pageerror", lambda exc: pg.js_errors.append(str(exc)))
    pg.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
    yield pg
    context.close()


@pytest.mark.browser
def test_labels_are_readable_on_a_projector_in_a_municipality_view(projector, tmp_path, region, results):
    """`regienet map -m Zwevegem` at 1024 × 768, default zoom: every label is at least 11 px high.

    Measured as drawn: the canvas's own text calls during a redraw (font size × the view's scale).
    Before issue 17 they were 9.4 px (14.1 px for the municipality).
    """
    for gaps, lang in ((False, "en"), (True, "nl")):
        html = render_map(region, results, municipality="zwevegem", gaps=gaps, lang=lang)
        open_map(projector, write(tmp_path, "z.html", html))
        px = drawn_label_px(projector, region, ego_nodes(region, "zwevegem"))
        small = {n: round(v, 1) for n, v in px.items() if v < 11}
        assert not small, small
        for kind in ("municipality", "ocmw", "enterprise"):
            assert any(region.kind[n] == kind for n in px), kind
        assert projector.js_errors == []


@pytest.mark.browser
def test_region_map_on_a_projector_names_municipalities_readably_and_the_rest_on_zoom(
    projector, tmp_path, region, results
):
    """The region at 1024 × 768: municipality names ≥ 11 px at the default zoom; OCMW and forum
    labels (too many to read at that size) appear once zooming in makes them readable."""
    open_map(projector, write(tmp_path, "r.html", render_map(region, results)))
    nodes = sorted(region.kind)
    px = drawn_label_px(projector, region, nodes)
    assert min(px[m] for m in region.municipalities) >= 11, {m: px[m] for m in region.municipalities}
    assert all(px[n] >= 7 for n in nodes if region.kind[n] in ("enterprise", "support", "authority"))
    # zoomed in on Kortrijk: its OCMW and forums are labelled, at a readable size
    kortrijk = f"n{nodes.index('kortrijk')}"
    projector.evaluate(
        "id => window.regienetMap.network.moveTo({position: window.regienetMap.network.getPosition(id),"
        " scale: 1.0, animation: false})",
        kortrijk,
    )
    px = drawn_label_px(projector, region, nodes)
    for n in ("ocmw_kortrijk", "forum_lsb_kortrijk"):
        assert px[n] >= 9, (n, px[n])


def test_forums_and_ocmws_have_labels_in_the_region_map(region, results):
    data = map_data(region, results)
    ids = sorted(region.kind)
    for n, node in zip(ids, data["nodes"], strict=True):
        if region.kind[n] in ("ocmw", "forum"):
            assert node["label"], n
            assert node["scaling"]["label"]["drawThreshold"] >= 9  # drawn once readable, not as 5-px specks
    k = ids.index("ocmw_kortrijk")
    assert data["nodes"][k]["label"] == "OCMW (Kortrijk)"


def test_equal_labels_get_their_municipality(region, results):
    data = map_data(region, results)
    labels = [n["label"] for n in data["nodes"]]
    flat = [x.replace("\n", " ") for x in labels]
    assert "LDE-initiatief (Kuurne)" in flat and "LDE-initiatief (Kortrijk)" in flat
    assert "Proper" in flat  # a name only one actor has stays short
    assert len(set(flat)) == len(flat), sorted(x for x in flat if flat.count(x) > 1)
    # equal names in one municipality: the place and a number
    from regienet.render.map import wrap_with

    assert wrap_with("LDE-initiatief", "(Kuurne)") == "LDE-initiatief\n(Kuurne)"
    long = wrap_with("Vereniging voor de bevordering van sociale economie en werk", "(Spiere-Helkijn, 2)")
    assert long.endswith("(Spiere-Helkijn, 2)") and long.count("\n") == 2 and "…" in long


def test_equal_names_in_one_place_are_numbered(tmp_path):
    from mapdata import write_region

    actors = [
        {"id": "a", "name": "Gemeente A", "kind": "municipality", "municipality": "a", "lat": "50.8", "lon": "3.2"},
        {"id": "ocmw_a", "name": "OCMW A", "kind": "ocmw", "municipality": "a"},
        {"id": "p1", "name": "Proper", "kind": "enterprise", "municipality": "a", "subtype": "lde"},
        {"id": "p2", "name": "proper", "kind": "enterprise", "municipality": "a", "subtype": "lde"},
    ]
    relations = [{"source": "a", "target": "p1", "kind": "client"}, {"source": "a", "target": "p2", "kind": "client"}]
    region = Region(load_dataset(write_region(tmp_path, actors, relations)))
    for m in (None, "a"):
        labels = {n["label"] for n in map_data(region, check(region), municipality=m)["nodes"]}
        assert {"Proper (A, 1)", "proper (A, 2)"} <= labels, labels


def test_each_gap_kind_has_its_own_legend_swatch_and_line(region, results):
    from regienet.render.map import GAP_STYLES

    html = render_map(region, results, municipality="zwevegem", gaps=True, lang="nl")
    swatches = {
        code: re.search(rf'<li data-gap="{code}">(<svg.*?</svg>)', html, re.S).group(1)
        for code in ("SA04", "OV01", "SA05")
    }
    assert len(set(swatches.values())) == 3  # three different pictures
    styles = {(tuple(s["dashes"]), s["width"]) for s in GAP_STYLES.values()}
    assert len(styles) == 3
    data = map_data(region, results, municipality="zwevegem", gaps=True)
    for e in (e for e in data["edges"] if e["layer"] == "gaps"):  # the map draws what the legend shows
        assert e["dashes"] == GAP_STYLES[e["label"]]["dashes"] and e["width"] == GAP_STYLES[e["label"]]["width"]
        assert " ".join(map(str, e["dashes"])) in swatches[e["label"]]
    marked = [n for n in data["nodes"] if "OV01" in n["label"]]
    assert marked and all(n["shapeProperties"]["borderDashes"] == GAP_STYLES["OV01"]["dashes"] for n in marked)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_gaps_view_without_gaps_says_so(region, results, lang):
    assert not [f for f in results.findings if f.municipality == "kortrijk" and f.rule in ("SA04", "OV01", "SA05")]
    html = render_map(region, results, municipality="kortrijk", gaps=True, lang=lang)
    assert "Met hiaten" not in html and "With gaps" not in html
    none = {"en": "No gaps found", "nl": "Geen hiaten gevonden"}[lang]
    assert none in html.split('<section id="levels"', 1)[0]
    assert 'data-layer="gaps"' not in html  # no gap legend to tick when there is nothing to show
    assert map_data(region, results, municipality="kortrijk", gaps=True)["gaps"] == {"SA04": 0, "OV01": 0, "SA05": 0}
    with_gaps = render_map(region, results, municipality="zwevegem", gaps=True, lang=lang)
    assert {"en": "With gaps (in red)", "nl": "Met hiaten (in het rood)"}[lang] in with_gaps
    assert 'data-layer="gaps"' in with_gaps and none not in with_gaps


# ------------------------------------------------------------ written in pieces (issue 16)
def _page_data_text(html: str) -> str:
    m = re.search(r'<script type="application/json" id="regienet-data">(.*?)</script>', html, re.S)
    assert m, "no data block"
    return m.group(1)


@pytest.mark.parametrize(
    ("municipality", "gaps", "lang"),
    [(None, False, "en"), (None, True, "nl"), ("zwevegem", True, "en")],
    ids=["region", "gaps-nl", "ego"],
)
def test_the_page_built_in_pieces_is_the_page_built_whole(region, results, municipality, gaps, lang):
    """The reference is the whole-page path kept in the library: map_data (every tooltip as nested
    dicts), pack_map_data and safe_json of the whole. render_map now packs each tooltip as it is
    made (Packer(raw=True)) and writes the JSON piece by piece; the text must be the same."""
    from regienet.render.map import packed_map_data, render_map_chunks, safe_json_chunks

    reference = safe_json(pack_map_data(map_data(region, results, municipality, gaps, lang)))
    pieces = list(render_map_chunks(region, results, municipality, gaps, lang))
    assert len(pieces) > 3  # really in pieces
    assert _page_data_text("".join(pieces)) == reference
    assert "".join(safe_json_chunks(packed_map_data(region, results, municipality, gaps, lang))) == reference


def test_a_hubs_region_in_pieces_is_the_same_page_too(tmp_path):
    """On a hubs region (an authority tied to every municipality: tooltips with more ties than shown)."""
    from regienet.synth import synth_region, write_region

    write_region(*synth_region(30, seed=4, shape="hubs"), tmp_path)
    big = Region(load_dataset(tmp_path))
    res = check(big)
    reference = safe_json(pack_map_data(map_data(big, res, gaps=True)))
    assert _page_data_text(render_map(big, res, gaps=True)) == reference


def test_safe_json_chunks_is_safe_json_in_pieces():
    value = {"a": [list(HOSTILE), {"b": "x\u2028y"}], "c": [], "d": {}, "e": [1, [2, "</script>"]], "f": None}
    assert "".join(safe_json_chunks(value)) == safe_json(value)


def _short_label_reference(name: str, places: list[str]) -> str:
    """short_label as it was before its ASCII fast path (commit c20a1b8): one compiled pattern per place."""
    for place in places:
        tokens = [re.escape(x) for x in re.split(r"[\s_\-]+", place) if x]
        if not tokens:
            continue
        pattern = re.compile(r"[\s,\-–]+" + r"[\s_\-]+".join(tokens) + r"\s*$", flags=re.IGNORECASE)
        short = pattern.sub("", name, count=1).rstrip(" -–,")
        if short != name and len(short) >= 2:
            return short
    return name


def test_short_label_cuts_where_the_pattern_cuts():
    """The suffix found by hand (ASCII) against the pattern: random names built from place words, other
    words and every kind of separator, in any case, with trailing whitespace and newlines; places of one
    to three words, with a comma or non-ASCII (those still go through the pattern)."""
    import random

    rnd = random.Random(16)
    words = ["kort", "rijk", "Sint", "Eloois", "vijve", "x", "ab", "Kuurne", "stad", "é", "oost"]
    seps = [" ", "  ", "-", "_", ",", ", ", " - ", "\t", "–", "\x1c", ""]
    checked = 0
    for _ in range(4000):
        place_words = rnd.sample(words, rnd.randint(1, 3))
        place = rnd.choice([" ", "-", "_ ", ", "]).join(place_words).casefold()
        parts = [rnd.choice(words) for _ in range(rnd.randint(0, 3))]
        tail = [w.upper() if rnd.random() < 0.3 else w for w in place_words]
        name = ""
        for w in parts + tail:
            name += w + rnd.choice(seps)
        name = name.rstrip() if rnd.random() < 0.5 else name + rnd.choice(["", " ", "\n", " \n "])
        places = [place, rnd.choice(words).casefold()]
        assert short_label(name, places) == _short_label_reference(name, places), (name, places)
        checked += short_label(name, places) != name
    assert checked > 500  # many names were really cut


#: Every text the canvas draws during one redraw, as ``[text, x0, y0, x1, y1]`` on screen (CSS pixels of the
#: canvas): the box that the text's alignment, baseline and measured width give, through the canvas transform.
DRAWN_TEXT_BOXES = """() => {
  const rec = [];
  const proto = CanvasRenderingContext2D.prototype;
  const orig = proto.fillText;
  proto.fillText = function (text, x, y) {
    const w = this.measureText(text).width;
    const m = /(\\d+(?:\\.\\d+)?)px/.exec(this.font);
    const h = m ? parseFloat(m[1]) : 0;
    const x0 = this.textAlign === "center" ? x - w / 2 : ["right", "end"].includes(this.textAlign) ? x - w : x;
    const y0 = this.textBaseline === "middle" ? y - h / 2 : this.textBaseline === "top" ? y
      : this.textBaseline === "bottom" ? y - h : y - 0.8 * h;
    const t = this.getTransform(), r = window.devicePixelRatio;
    const at = (px, py) => [(t.a * px + t.c * py + t.e) / r, (t.b * px + t.d * py + t.f) / r];
    const [ax, ay] = at(x0, y0), [bx, by] = at(x0 + w, y0 + h);
    rec.push([String(text), Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)]);
    return orig.apply(this, arguments);
  };
  try { window.regienetMap.network.redraw(); } finally { proto.fillText = orig; }
  return rec;
}"""


@pytest.mark.browser
def test_no_gap_label_is_drawn_over_another_label(page, tmp_path, region, results):
    """Every municipality's gap map (the bundled data, in Dutch): the "SA04"/"SA05" of a gap edge covers no node
    label and no other gap label, as the browser draws them (boxes from the canvas's own text calls). A gap
    label takes the first curve of ``layout.EDGE_CURVES`` whose middle is clear; with one fixed curve,
    Zwevegem's "SA04" was drawn over the name of its forum, Stuurgroep LSB Zwevegem."""
    codes = {"SA04", "SA05"}
    seen = 0
    for m in region.municipalities:
        html = render_map(region, results, municipality=m, gaps=True, lang="nl")
        open_map(page, write(tmp_path, f"{m}.html", html))
        boxes = page.evaluate(DRAWN_TEXT_BOXES)
        for i, (code, x0, y0, x1, y1) in enumerate(boxes):
            if code not in codes:
                continue
            seen += 1
            for j, (text, a0, b0, a1, b1) in enumerate(boxes):
                overlap = min(x1, a1) - max(x0, a0), min(y1, b1) - max(y0, b0)
                assert i == j or min(overlap) <= 1.0, (m, code, text)
    assert seen >= 13  # the gap labels were drawn at all (the bundled data has SA04/SA05 gaps nearly everywhere)
    assert page.js_errors == []


@pytest.mark.browser
def test_where_a_gap_label_goes_is_where_vis_network_draws_it(page, tmp_path, region, results):
    """``layout.curve_midpoint`` (what the label placement reasons with) against vis-network's own
    ``edgeType.getPoint(0.5)`` for every gap edge of Zwevegem's and Wervik's gap maps, whatever curve each took."""
    from regienet.render.layout import curve_midpoint

    points = []
    for m in ("zwevegem", "wervik"):
        open_map(page, write(tmp_path, f"{m}.html", render_map(region, results, municipality=m, gaps=True)))
        points += page.evaluate(
            """() => Object.values(window.regienetMap.network.body.edges)
                .filter(e => e.options.label === "SA04" || e.options.label === "SA05")
                .map(e => { const p = e.edgeType.getPoint(0.5);
                  return [e.from.x, e.from.y, e.to.x, e.to.y, e.options.smooth.type, e.options.smooth.roundness,
                          p.x, p.y]; })"""
        )
    assert len({(kind, r) for *_, kind, r, _, _ in points}) >= 2  # more than one curve among them
    for fx, fy, tx, ty, kind, r, px, py in points:
        x, y = curve_midpoint((fx, fy), (tx, ty), (kind, r))
        assert abs(x - px) < 0.01 and abs(y - py) < 0.01, (kind, r)
