"""Gaps ranked by effect and the handout's plan (issue 12, point 3).

Expected values come from tests/builders.py and the level formula of issue 23 (``regienet explain levels``):
without a's `informs` and `consulted` rows BL's activities reach vision none (0), conflicts most (3, all
meet in forum_a), formulating most (3), spreading none (0), monitoring most (3, four of five report): 9/5 →
BL 1 weak. Informing one actor again makes spreading reach it — some (2) for a non-own actor, own actor only
(1) for the own one — 10 or 11/5 → BL 2 partial.
"""

from __future__ import annotations

import json

from builders import mutated, region_from, write_region
from click.testing import CliRunner

from regienet.analysis.gaps import suggestions
from regienet.analysis.whatif import apply, rank_by_effect, workshop_plans
from regienet.cli import cli
from regienet.cli.common import open_region
from regienet.rules import check


def no_informs(actors, relations):
    relations[:] = [r for r in relations if r["kind"] not in ("informs", "consulted")]


def test_inform_suggestions_raise_bl_and_say_so():
    region = region_from(*mutated(no_informs))
    results = check(region)
    assert results.levels["a"]["BL"] == 1
    items = rank_by_effect(region, results, suggestions(region, results, "a"))
    informs = [s for s in items if s.type == "inform"]
    assert informs and all(s.level_gain["BL"] == 1 for s in informs)
    assert informs[0].effect("en") == "Raises BL from weak to partial."
    assert informs[0].effect("nl") == "Brengt BL van zwak naar gedeeltelijk."


def test_suggestions_that_raise_a_level_come_first():
    """On the bundled data: per municipality, every suggestion that raises a level ranks above every one that
    does not, whatever their heuristic scores (Anzegem: informing Waak raises OV, consulting does not…)."""
    region, config = open_region(None)
    results = check(region, config)
    items = rank_by_effect(region, results, suggestions(region, results), config)
    assert any(s.raises for s in items) and any(not s.raises for s in items)
    for m in region.municipalities:
        flags = [s.raises for s in items if s.municipality == m]
        assert flags == sorted(flags, reverse=True), m


def test_gaps_json_and_csv_carry_level_gain(tmp_path):
    folder = write_region(tmp_path / "r", *mutated(no_informs))
    out = json.loads(CliRunner().invoke(cli, ["gaps", "--data", str(folder), "-m", "a", "--format", "json"]).stdout)
    gains = [s["level_gain"] for s in out["suggestions"] if s["type"] == "inform"]
    assert gains and all(g == {"OV": 0, "BL": 1, "SA": 0, "VA": 0} for g in gains)
    csv = CliRunner().invoke(cli, ["gaps", "--data", str(folder), "-m", "a", "--format", "csv"]).stdout
    assert "BL+1" in csv


def test_workshop_plans_reach_their_step_and_hold_when_applied():
    """Zwevegem (bundled): levels 1, 1, 1, 1. OV can only rise by an answer (a formal inventory: its environment
    analysis already reaches most of the field), so the plans are for BL and SA; each raises its component by
    one level, and applying the plan's ties gives exactly the plan's levels."""
    region, config = open_region(None)
    results = check(region, config, municipalities=["zwevegem"])
    plans = workshop_plans(region, "zwevegem", results, config)
    assert [next(iter(p.targets)) for p in plans] == ["BL", "SA"]
    for p in plans:
        assert p.reached and 1 <= len(p.ties) <= 3
        assert all(t.change.kind != "cooperation" or t.suggestion is not None for t in p.ties)
        after = check(apply(region, p.changes()), config, municipalities=["zwevegem"])
        assert after.levels["zwevegem"] == p.levels


def test_handout_has_the_plan_in_words(tmp_path):
    CliRunner().invoke(cli, ["workshop", "-m", "Zwevegem", "-o", str(tmp_path)], catch_exceptions=False)
    html = (tmp_path / "workshop-zwevegem.html").read_text(encoding="utf-8")
    assert 'id="plans"' in html
    assert "Met deze band gaat organiseren van inzet en samenwerking van zwak naar gedeeltelijk" in html
    assert "Energiesnoeiers Zuid-West-Vlaanderen rapporteert aan Gemeente Zwevegem" in html
    assert "verdiend door: omgevingsanalyse (het grootste deel van het veld)" in html
    assert "regienet " not in html.split("<body>", 1)[1].split('id="p4"')[0]  # speaks to participants, not a terminal
