"""``--format html``: every kind of result as one self-contained page (issue 27.1, the HTML writer).

Each page is written by the command itself (``regienet CMD --format html -o page.html``) and opened in
Debian's headless Chromium (tests/conftest.py). Where the expected values come from:

* **axe-core** (the copy bundled with axe-playwright-python) judges accessibility: WCAG 2 A/AA and its
  best-practice rules; a page passes with no violation at all (the brief asks for none serious or critical).
* **Offline**: the ``page`` fixture aborts and records every request that is not ``file:``/``data:``.
* **Markup from the data is text**: actor names from ``tests/mapdata.HOSTILE`` (script, image, SVG and
  link injections) are put in the data; the page must show them literally and hold no element they
  would have made (no ``script``, ``img``, ``svg``, ``a``), nor open a dialog.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from builders import base_rows, write_region
from click.testing import CliRunner
from mapdata import HOSTILE

from regienet.cli import cli
from regienet.render.emit import emit_text
from regienet.render.views.survey import Collected

ROOT = Path(__file__).resolve().parent.parent


#: a merge report of ``survey collect`` (the shape of ``CollectResult.to_dict``, as tests/test_survey.py's
#: Kortrijk wave writes it), with names that are markup
COLLECTED = {
    "year": 2026,
    "method": "self",
    "respondents": ["kortrijk", "waak"],
    "written": "wave2",
    "confirmed": [{"source": "kortrijk", "target": "waak", "kind": "funding", "reported_by": ["kortrijk", "waak"]}],
    "one_sided": [],
    "contradictions": [{"source": "kortrijk", "target": "waak", "kind": "client", "yes": ["waak"], "no": ["kortrijk"]}],
    "added": [],
    "removed": [],
    "governance": [{"respondent": "kortrijk", "column": "actor_inventory", "old": "yes", "new": "no"}],
    "brokered": [],
    "proposed_actors": [
        {"id": "new", "name": HOSTILE[0], "kind": "enterprise", "municipality": "kortrijk", "proposed_by": ["kortrijk"]}
    ],
    "missing_respondents": [f"r{i}" for i in range(25)],
    "answers": 3,
}


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _regions(folder: Path) -> tuple[Path, Path]:
    """The base region (tests/builders.py), and the same with one relation fewer (something for ``diff``)."""
    actors, relations = copy.deepcopy(base_rows())
    old = write_region(folder / "old", actors, relations)
    new = write_region(folder / "new", actors, relations[1:])
    return old, new


#: page name → the command line that writes it (``-o`` added); run in the repository root (bundled data)
PAGES: dict[str, list[str]] = {
    "check": ["check", "--data", "data", "-q"],
    "check-nl": ["check", "--data", "data", "-q", "--lang", "nl"],
    "report": ["report", "--data", "data", "-q"],
    "report-zwevegem": ["report", "--data", "data", "-q", "-m", "zwevegem", "--lang", "nl"],
    "gaps": ["gaps", "--data", "data", "-q"],
    "validate": ["validate", "--data", "data"],
    "region": ["region", "--data", "data", "-q"],
    "whatif": ["whatif", "--data", "data", "-m", "zwevegem", "--reach", "SA=3"],
    "sensitivity": ["sensitivity", "--data", "data", "-m", "zwevegem", "--lang", "nl"],
    "rules": ["rules"],
    "explain-SA05": ["explain", "SA05", "--lang", "nl"],
    "explain-levels": ["explain", "levels"],
    "explain-governance": ["explain", "governance"],
    "explain-metrics": ["explain", "metrics"],
}


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Every page of :data:`PAGES`, plus diff's and survey collect's, written once."""
    folder = tmp_path_factory.mktemp("html")
    out = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        mp.delenv("REGIENET_LANG", raising=False)
        for name, args in PAGES.items():
            path = folder / f"{name}.html"
            result = run(*args, "--format", "html", "-o", str(path))
            assert result.exit_code in (0, 1), result.output
            out[name] = path
    old, new = _regions(folder)
    out["diff"] = folder / "diff.html"
    assert run("diff", str(old), str(new), "--format", "html", "-o", str(out["diff"])).exit_code == 0
    out["survey-collect"] = folder / "survey-collect.html"
    out["survey-collect"].write_text(emit_text(Collected(COLLECTED, "data"), "html", "nl"), encoding="utf-8")
    return out


def axe_violations(page) -> list[tuple[str, str, int]]:
    axe = pytest.importorskip("axe_playwright_python.sync_playwright")
    result = axe.Axe().run(page)
    return [(v["id"], v["impact"], len(v["nodes"])) for v in result.response["violations"]]


def test_pages_are_self_contained_html(written):
    """One document each: a doctype, a language, a title, a main landmark; no script, no link to elsewhere."""
    for name, path in written.items():
        html = path.read_text(encoding="utf-8")
        assert html.startswith("<!DOCTYPE html>\n<html lang="), name
        assert "<main>" in html and "<title>" in html and "<h1>" in html, name
        assert not re.search(r"<(script|img|iframe|link)\b|<[^>]*\b(src|href)=", html), name


@pytest.mark.browser
@pytest.mark.parametrize("name", [*PAGES, "diff", "survey-collect"])
def test_pages_pass_axe_core(page, written, name):
    """axe-core: no violation; and nothing fetched from the network, no script error."""
    page.goto(written[name].as_uri())
    assert axe_violations(page) == []
    assert page.external_requests == [] and page.js_errors == []


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The base region with actor and government names that are markup (:data:`mapdata.HOSTILE`)."""
    actors, relations = copy.deepcopy(base_rows())
    named = [a for a in actors if a["id"] in ("own", "loc", "a", "ocmw_a", "b")]
    for actor, name in zip(named, HOSTILE, strict=True):
        actor["name"] = name
    folder = tmp_path_factory.mktemp("hostile")
    return write_region(folder / "data", actors, relations), write_region(folder / "old", *copy.deepcopy(base_rows()))


@pytest.mark.browser
@pytest.mark.parametrize(
    "args",
    [["check"], ["report"], ["report", "-m", "a"], ["gaps"], ["diff"]],
    ids=lambda a: "-".join(a),
)
def test_markup_from_the_data_is_shown_as_text(page, hostile, tmp_path, args):
    data, old = hostile
    path = tmp_path / "page.html"
    if args[0] == "diff":
        result = run("diff", str(old), str(data), "--format", "html", "-o", str(path))
    else:
        result = run(*args, "--data", str(data), "-q", "--format", "html", "-o", str(path))
    assert result.exit_code in (0, 1), result.output
    page.goto(path.as_uri())
    assert page.locator("script, img, svg, a, iframe").count() == 0
    text = page.inner_text("main")
    shown = [h for h in HOSTILE if h in text]  # literally, as the data has it
    assert shown, "no hostile name on the page: the test would prove nothing"
    assert page.dialogs == [] and page.js_errors == [] and page.external_requests == []
