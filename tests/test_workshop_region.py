"""The regional handout (`regienet workshop --region`, issue 13.3): offline, safe, Dutch by default, ≤ 4 A4 pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from builders import mutated, write_region
from click.testing import CliRunner

from regienet.analysis.region import analyse
from regienet.cli import cli
from regienet.load import load_dataset
from regienet.model import Region
from regienet.render.handout_region import MAX_ACTOR_ROWS, region_handout_context, render_region_handout

HOSTILE = "<img src=x onerror=alert(1)></script><script>alert(2)</script>"


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def handout(tmp_path, *args) -> Path:
    res = run("workshop", "--region", *args, "-o", str(tmp_path))
    assert res.exit_code == 0, res.output
    return Path(res.stdout.strip().split()[-1])


@pytest.fixture(scope="module")
def s300(tmp_path_factory):
    folder = tmp_path_factory.mktemp("s300")
    assert run("synth", "--municipalities", "300", "-o", str(folder)).exit_code == 0
    return folder


def test_dutch_by_default_self_contained_and_for_participants(tmp_path):
    path = handout(tmp_path)
    assert path.name == "workshop-region.html"
    html = path.read_text(encoding="utf-8")
    assert 'lang="nl"' in html and "Clusters voor gezamenlijke regie" in html and "Vragen voor het gesprek" in html
    assert "<script" not in html and "http://" not in html and "https://" not in html
    # it speaks to participants: no commands or options in the page
    body = html.split("<body>")[1]
    assert "regienet " not in body.replace("Gemaakt met regienet uit", "") and "--" not in body
    for number in ("1.4.1", "2.2.2", "0.2"):
        assert f"<b>{number}</b>" in html
    assert "subregie" in html


def test_clusters_coverage_table_lowest_first_and_findings(tmp_path, region):
    html = handout(tmp_path, "--lang", "en").read_text(encoding="utf-8")
    a = analyse(region, with_brokers=False)
    assert html.count('class="cluster"') == len(a.clusters) == 2
    assert "Energiesnoeiers Zuid-West-Vlaanderen (6 of 7)" in html and "Waak in Wervik, Zwevegem" in html
    table = html.split('id="coverage"')[1].split("</table>")[0]
    names = re.findall(r"<td><b>(.*?)</b>", table)
    assert names == [x.name for x in a.regional_actors][:MAX_ACTOR_ROWS]
    covs = [int(x) for x in re.findall(r'class="num pct">(\d+)%', table)]
    assert covs == sorted(covs) and covs[0] == 0
    for rule in ("RG01", "RG03", "RG04"):
        assert f'<span class="rule">{rule}</span>' in html
    assert "Checked, no finding:" in html and "RG02" in html  # issue 28: was "In order:", read as a finding


def test_the_handout_runs_no_check(region, monkeypatch):
    """Issue 27.1: without *results* the regional handout leaves its diagram out; it no longer runs the
    rules itself (with the default settings, not the run's). ``check`` is made to fail to show it is not
    called; the CLI passes ``check(region, config)`` and the diagram is there (test_map_access)."""
    import regienet.rules

    def no_check(*args, **kwargs):
        raise AssertionError("the handout ran check()")

    monkeypatch.setattr(regienet.rules, "check", no_check)
    html = render_region_handout(region, analyse(region, with_brokers=False), "nl")
    assert "<svg" not in html  # no diagram without results
    assert "Sinergiek" in html  # the rest of the handout is there: the regional actors (bundled data)


def test_one_of_municipality_or_region(tmp_path):
    assert run("workshop", "-o", str(tmp_path)).exit_code == 2
    assert run("workshop", "--region", "-m", "kortrijk", "-o", str(tmp_path)).exit_code == 2


def test_hostile_names_are_text(tmp_path):
    def fn(actors, relations):
        for row in actors:
            if row["kind"] in ("municipality", "enterprise", "support"):
                row["name"] = HOSTILE + row["name"]

    folder = write_region(tmp_path / "hostile", *mutated(fn))
    html = handout(tmp_path, "--data", str(folder)).read_text(encoding="utf-8")
    assert "<img" not in html and "<script" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_long_lists_point_to_an_annex_for_300_municipalities(s300):
    """Issue 28: no "and 5 more". The pages show the first clusters, actors and findings, say so, and the
    annex lists every one of them."""
    region = Region(load_dataset(s300))
    a = analyse(region, with_brokers=False)
    ctx = region_handout_context(region, a, "nl")
    assert ctx["annex"] and len(ctx["actors"]) == len(a.regional_actors) > MAX_ACTOR_ROWS
    assert len(ctx["clusters"]) == len(a.clusters)
    html = render_region_handout(region, a, "nl")
    assert not re.search(r"en nog \d", html)
    annex = html.split('id="annex"', 1)[1]
    table = annex.split('id="coverage-all"', 1)[1].split("</table>", 1)[0]
    assert len(re.findall(r"<tr[ >]", table)) - 1 == len(a.regional_actors)  # every actor, under the header
    assert "de bijlage somt ze allemaal op" in html


def pdf_pages(page, path: Path) -> int:
    page.goto(path.as_uri())
    pdf = page.pdf(format="A4", print_background=True)
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_prints_on_at_most_four_a4_pages_offline(tmp_path, page, lang):
    pages = pdf_pages(page, handout(tmp_path, "--lang", lang))
    assert 1 <= pages <= 4
    assert page.external_requests == [] and page.js_errors == []
    assert page.locator("#coverage tbody tr").count() == 10


@pytest.mark.browser
def test_300_municipalities_fit_on_four_pages_before_the_annex(tmp_path, page, s300):
    """The pages before the annex (diagram, clusters, actors, findings, questions) stay at four A4 pages;
    the annex holds the full lists (issue 28: nothing cut without saying where it is)."""
    total = pdf_pages(page, handout(tmp_path, "--data", str(s300)))
    page.evaluate("document.getElementById('annex').remove()")
    pdf = page.pdf(format="A4", print_background=True)
    assert 1 <= len(re.findall(rb"/Type\s*/Page[^s]", pdf)) <= 4 < total
    assert page.external_requests == [] and page.js_errors == []
