"""Ties confirmed by both sides of a survey (issue 14, point 3).

Expected values by hand from tests/builders.py plus a `reported_by` column: of municipality a's relation
rows with actors, two carry reporters — a → loc client (by a and loc: confirmed) and a → own seat (by a
only: one-sided) — so 1 of 2 reported ties is confirmed.
"""

from __future__ import annotations

import json

from builders import base_rows, mutated, region_from, write_region
from click.testing import CliRunner

from regienet.cli import cli
from regienet.metrics import tie_confirmation


def surveyed(actors, relations):
    for r in relations:
        if (r["source"], r["target"], r["kind"]) == ("a", "loc", "client"):
            r["reported_by"] = "a|loc"
        if (r["source"], r["target"], r["kind"]) == ("a", "own", "seat"):
            r["reported_by"] = "a"


def test_confirmation_counts_both_sides():
    conf = tie_confirmation(region_from(*mutated(surveyed)), "a")
    assert (conf["surveyed"], conf["confirmed"], conf["share"]) == (2, 1, 0.5)
    assert conf["one_sided"] == [("a", "own", "seat", ["a"])]


def test_no_survey_data_no_share():
    """Without reporters the share is not 0 %: there is nothing to say (None, and no report line)."""
    assert tie_confirmation(region_from(*base_rows()), "a") is None
    out = CliRunner().invoke(cli, ["report", "-m", "zwevegem", "--format", "json"]).stdout
    assert "confirmation" not in json.loads(out)["municipalities"]["zwevegem"]


def test_report_says_who_reported_a_tie(tmp_path):
    folder = write_region(tmp_path / "r", *mutated(surveyed))
    nl = CliRunner().invoke(cli, ["report", "--data", str(folder), "-m", "a", "--lang", "nl"]).stdout
    assert "Bevraging: 1 van de 2 gemelde banden bevestigd door beide kanten (50 %)." in nl
    assert "Gemeente A → LDE A (zetel in bestuursorgaan): enkel gemeld door Gemeente A." in nl
    out = json.loads(CliRunner().invoke(cli, ["report", "--data", str(folder), "-m", "a", "--format", "json"]).stdout)
    conf = out["municipalities"]["a"]["confirmation"]
    assert conf["confirmed"] == 1 and conf["one_sided"] == [
        {"source": "a", "target": "own", "kind": "seat", "reported_by": ["a"]}
    ]
