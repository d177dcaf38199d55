"""Messages a user can act on (issue 17, point 2): did-you-mean, counts per file, write errors with the
full path and the option that changes it, and --year on data that cannot answer it."""

from __future__ import annotations

import os

import pytest
from builders import base_rows, write_region
from click.testing import CliRunner

from regienet.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.mark.parametrize("command", ["report", "check", "gaps", "map", "workshop", "sensitivity"])
def test_misspelled_municipality_gets_a_suggestion(command, tmp_path):
    """ "Zwevgem" (a letter missing) is closest to Gemeente Zwevegem, one of the 13 bundled municipalities."""
    extra = ["-o", str(tmp_path / "x")] if command in ("map", "workshop") else []
    result = run(command, "-m", "Zwevgem", "--lang", "en", *extra)
    assert result.exit_code == 2
    assert "Did you mean 'Gemeente Zwevegem'?" in result.output
    nl = run(command, "-m", "Zwevgem", "--lang", "nl", *extra)
    assert "Bedoelde u 'Gemeente Zwevegem'?" in nl.output


def test_problem_counts_per_file(tmp_path):
    """One bad actor row and two bad relation rows: the closing line counts them per file."""
    actors, relations = base_rows()
    actors[0]["kind"] = "gemeentehuis"  # not a kind
    relations[0]["kind"] = "founds"  # not a relation kind
    relations[1]["kind"] = "sits"
    folder = write_region(tmp_path / "r", actors, relations)
    result = run("validate", "--data", str(folder))
    assert result.exit_code == 2
    last = result.output.strip().splitlines()[-1]
    assert "1 in " in last and "actors.csv, 2 in " in last and last.endswith("relations.csv."), last
    assert last.startswith("3 problems found:"), last


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_write_error_names_the_full_path_and_the_option(tmp_path):  # pragma: no cover - not as root
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = run("map", "-o", str(locked / "map.html"))
    finally:
        locked.chmod(0o700)
    assert result.exit_code == 2
    assert str(locked.resolve()) in result.output and "-o" in result.output


def test_write_error_message_has_the_hint():
    """The catalogue text itself (testable as root): the full path and -o, in both languages."""
    from regienet.errors import UsageError

    err = UsageError("output.unwritable", path="/srv/x/map.html", reason="Permission denied")
    assert "/srv/x/map.html" in err.message("en") and "-o" in err.message("en") and "-o" in err.message("nl")


def test_year_on_undated_data_warns_and_goes_on():
    """The bundled data has no since/until at all: --year cannot select anything, and says so."""
    result = CliRunner().invoke(cli, ["check", "--year", "1990", "-m", "kortrijk"], catch_exceptions=False)
    assert result.exit_code in (0, 1)
    assert "no since/until years" in result.stderr
    assert "no since/until years" not in result.stdout  # stdout stays clean for pipes


def test_year_outside_the_data_is_an_error(tmp_path):
    """Relations dated 2008–2012 (tests/builders.py plus dates): 1990 lies outside them — exit 2 with the range
    (issue 26; it was a warning and a result). A year inside them runs without a warning."""
    actors, relations = base_rows()
    relations[0]["since"], relations[1]["until"] = "2008", "2012"
    folder = write_region(tmp_path / "r", actors, relations)
    result = CliRunner().invoke(cli, ["report", "--data", str(folder), "--year", "1990"], catch_exceptions=False)
    assert result.exit_code == 2
    assert "outside the years in the data (2008–2012)" in result.stderr
    inside = CliRunner().invoke(cli, ["report", "--data", str(folder), "--year", "2010"], catch_exceptions=False)
    assert "Warning" not in inside.stderr
