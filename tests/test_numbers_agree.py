"""Issue 28.3: numbers that agree — one definition per figure, named in the glossary, and the report saying
why a figure moves against intuition.

Before, ``report -m Zwevegem`` printed "1 group without the governments' ties, 1 with them" next to "without
the governments 90 % of connected actor pairs lose each other", three densities (0.31, 0.10) and "5
participants" where 11 actors work, without saying that they are measured on two different networks; and
Spiere-Helkijn's density fell from 0.33 to 0.26 when the governments were added, with no word why."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from regienet.cli import cli
from regienet.glossary import GLOSSARY, glossary


def run(*args: str) -> str:
    return CliRunner(env={"COLUMNS": "200"}).invoke(cli, list(args), catch_exceptions=False).output


@pytest.fixture(scope="module")
def report_json() -> dict:
    return json.loads(run("report", "--format", "json"))


def test_participants_and_isolated_actors_add_up_to_the_actors(report_json):
    """The local network's participants plus the actors outside it are the actors working in M (Zwevegem:
    3 + 8 = 11 since issue 23's governing ties), in every municipality: two counts of one population."""
    for m, entry in report_json["municipalities"].items():
        ev, c = entry["governance"]["evidence"], entry["connectivity"]
        assert ev["participants"] + ev["isolated_actors"] == c["actors"], m
    zw = report_json["municipalities"]["zwevegem"]["governance"]["evidence"]
    assert (zw["participants"], zw["isolated_actors"]) == (3, 8)


@pytest.mark.parametrize(
    ("lang", "participants", "differ"),
    [
        (
            "en",
            "3 participants, the actors with a tie or coupling in it (8 of the 11 actors working here have none)",
            "This does not contradict the one group under The network in numbers",
        ),
        (
            "nl",
            "3 deelnemers, de actoren met een band of koppeling daarin (8 van de 11 actoren die hier actief zijn, hebben er geen)",
            "Dat spreekt de ene groep onder Het netwerk in cijfers niet tegen",
        ),
    ],
)
def test_zwevegem_says_which_network_each_figure_is_on(lang, participants, differ):
    out = run("report", "-m", "Zwevegem", "--lang", lang)
    assert participants in out
    assert differ in out
    densities = (
        "(0.31 among all 11 actors, 0.33 among the participants)"
        if lang == "en"
        else "(0,31 tussen alle 11 actoren, 0,33 tussen de deelnemers)"
    )
    assert densities in out
    assert (
        "counting every coupling (the region's own too)"
        if lang == "en"
        else "met elke koppeling (ook die van de regio)"
    ) in out


@pytest.mark.parametrize(
    ("lang", "why"),
    [
        ("en", "With the governments the density drops (0.33 → 0.26): they add 21 possible pairs but only 2 ties."),
        (
            "nl",
            "Met de besturen erbij daalt de dichtheid (0,33 → 0,26): ze voegen 21 mogelijke paren toe, maar slechts 2 banden.",
        ),
    ],
)
def test_spiere_helkijn_explains_the_falling_density(lang, why):
    """By hand: 10 actors and 15 couplings (density 15/45 = 0.33); with municipality and OCMW 12 nodes,
    66 pairs (21 more) and 17 links (2 more): 17/66 = 0.26."""
    assert why in run("report", "-m", "Spiere-Helkijn", "--lang", lang)


def test_no_explanation_where_the_density_does_not_fall(report_json):
    """Every municipality: the sentence appears exactly where the printed density falls."""
    for m, entry in report_json["municipalities"].items():
        c = entry["connectivity"]
        falls = round(c["density_with_governments"], 2) < round(c["density_actors"], 2)
        out = run("report", "-m", m)
        assert ("the density drops" in out) == falls, m


def test_governance_figures_are_in_the_glossary():
    for key in (
        "participants",
        "isolated_actors",
        "actor_density",
        "cut_government",
        "degree_centralisation",
        "betweenness_centralisation",
    ):
        assert key in GLOSSARY
    nl = glossary("nl")
    assert "lokale netwerk" in nl["participants"] and "lokale netwerk" in nl["actor_density"]
    assert "elke koppeling (ook die van de regio)" in nl["actor_density"] and "hoger of lager" in nl["actor_density"]
    out = run("explain", "metrics", "--lang", "nl")
    assert "  participants " in out and "  actor_density " in out
