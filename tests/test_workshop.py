"""The workshop handout: self-contained, offline, safe, Dutch by default, at most four A4 pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from builders import mutated, write_region
from click.testing import CliRunner

from regienet.cli import cli
from regienet.render.handout import discussion_questions

HOSTILE = "<img src=x onerror=alert(1)></script><script>alert(2)</script>"


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def handout(tmp_path, *args) -> str:
    res = run("workshop", *args, "-o", str(tmp_path))
    assert res.exit_code == 0, res.output
    path = res.stdout.strip().split()[-1]
    return path


def test_cli_writes_dutch_handout(tmp_path):
    path = handout(tmp_path, "-m", "Zwevegem")
    assert path.endswith("workshop-zwevegem.html")
    html = Path(path).read_text(encoding="utf-8")
    assert 'lang="nl"' in html and "Vragen voor het gesprek" in html and "Kijk eerst hiernaar" in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in html
    assert "<script" not in html  # no script at all: prints and opens anywhere


def test_english_and_question_numbers(tmp_path):
    html = Path(handout(tmp_path, "-m", "wervik", "--lang", "en")).read_text(encoding="utf-8")
    assert "Questions for the discussion" in html
    assert re.search(r"<b>[1-4]\.\d\.\d</b>", html)


def test_questions_come_from_the_lowest_components(results):
    """Wervik scores 0 on OV, SA and VA (bundled data) → questions of the two lowest, 1.2.1 first (OV03 fired)."""
    qs = discussion_questions(results, "wervik")
    levels = results.levels["wervik"]
    assert [levels[c] for c, _ in qs] == sorted(levels[c] for c, _ in qs)
    assert qs[0][0] == "OV" and qs[0][1][0] == "1.2.1"


def test_unknown_municipality_and_missing_option(tmp_path):
    assert run("workshop", "-m", "Gent", "-o", str(tmp_path)).exit_code == 2
    assert run("workshop", "-o", str(tmp_path)).exit_code == 2


def test_unwritable_output_exits_2(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    res = run("workshop", "-m", "zwevegem", "-o", str(blocker / "sub"))
    assert res.exit_code == 2 and str(blocker) in res.output


def _hostile_region(tmp_path):
    def fn(actors, relations):
        for row in actors:
            if row["id"] in ("loc", "own", "a"):
                row["name"] = HOSTILE + row["name"]
        actors.append({"id": "lone", "name": HOSTILE, "kind": "support", "municipality": "a"})

    return write_region(tmp_path / "hostile", *mutated(fn))


def test_hostile_names_are_text(tmp_path):
    folder = _hostile_region(tmp_path)
    html = Path(handout(tmp_path, "--data", str(folder), "-m", "a")).read_text(encoding="utf-8")
    assert "<img" not in html and "<script" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


@pytest.mark.browser
@pytest.mark.parametrize(
    "municipality", ["zwevegem", "kortrijk", "anzegem", "wervik"]
)  # the densest pages 3 (with the plan)
def test_prints_on_at_most_four_a4_pages_offline(tmp_path, page, municipality):
    path = handout(tmp_path, "-m", municipality)
    page.goto(f"file://{path}")
    assert page.external_requests == [] and page.js_errors == []
    assert (
        page.locator("svg.ego circle, svg.ego polygon").count() >= 5
    )  # enterprises round, support organisations triangles
    assert page.locator("#scorecard tr").count() == 4
    pdf = page.pdf(format="A4", print_background=True)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 4


@pytest.mark.browser
def test_hostile_handout_in_browser(tmp_path, page):
    folder = _hostile_region(tmp_path)
    page.goto(f"file://{handout(tmp_path, '--data', str(folder), '-m', 'a')}")
    assert page.dialogs == [] and page.js_errors == []
    assert page.locator("img").count() == 0 and page.locator("script").count() == 0
    assert HOSTILE in page.inner_text("body")


@pytest.mark.browser
@pytest.mark.parametrize("municipality", ["harelbeke", "spiere-helkijn", "kortrijk"])
def test_government_names_stay_inside_their_boxes(tmp_path, page, municipality):
    """Measured in Chromium: "OCMW Harelbeke" on one line overflowed its 124-px box (seen on a rendered handout)."""
    page.goto(f"file://{handout(tmp_path, '-m', municipality)}")
    spill = page.evaluate(
        """() => Array.from(document.querySelectorAll('svg.ego text.gov')).map(t => {
            let r = t.previousElementSibling;
            while (r && r.tagName !== 'rect') { r = r.previousElementSibling; }
            const a = t.getBBox(), b = r.getBBox();
            return [t.textContent, a.x >= b.x - 0.5 && a.x + a.width <= b.x + b.width + 0.5
                    && a.y >= b.y - 0.5 && a.y + a.height <= b.y + b.height + 0.5];
        })"""
    )
    assert spill and all(ok for _, ok in spill), spill


def test_handout_speaks_the_maps_visual_language(tmp_path):
    """Issue 15, point 3: the handout's layer colours and dashes, level palette and gap styles are the map's
    (regienet.render.style), and a multiplex pair shows every layer: Zwevegem → Proper Zwevegem (founded,
    seat: governance; client, agreement, funding: economic; consulted, informs: policy) is three lines."""
    import re

    from regienet.render.style import EDGE_STYLES, GAP_STYLES, LEVEL_COLOURS

    html = Path(handout(tmp_path, "-m", "zwevegem")).read_text(encoding="utf-8")
    svg = html.split('class="ego diagram"', 1)[1].split("</svg>", 1)[0]
    for layer in ("governance", "economic", "policy"):
        assert EDGE_STYLES[layer]["color"] in svg, layer
    assert len(re.findall(r'data-layer="(governance|economic|policy)"', svg)) >= 3
    assert GAP_STYLES["SA04"]["color"] in svg  # missing regional links drawn as on the map
    assert LEVEL_COLOURS[1] in html  # the scorecard's level colour for "zwak" (Zwevegem is weak on all four)
    assert "#6a3d9a" not in html and "#1f78b4" not in html  # the handout's old, second palette is gone
