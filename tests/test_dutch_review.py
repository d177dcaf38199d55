"""Issue 28.1: Dutch output in whole Dutch sentences — no data-contract keys, English labels or click's English,
zero counts phrased as such, one number format per language.

The scan runs the analysis commands in Dutch on the bundled data (as a Flemish policy analyst would) and looks
for the leaks the issue quotes: column names (``operates_in``), relation kinds and governance-mode keys
(``agreement``, ``lead_government``), English network terms (``degree``, ``betweenness``, ``one-mode``,
``constraint``, ``itinerant``), "slechts 0", and click's "Options:"/"[default: …]"/"Show the version and exit."."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from regienet.cli import cli, main


def run(*args: str, columns: int = 200) -> str:
    result = CliRunner(env={"COLUMNS": str(columns)}).invoke(
        cli, list(args), prog_name="regienet", catch_exceptions=False
    )
    return result.output


# ---------------------------------------------------------------------------------------------- click's strings
@pytest.mark.parametrize("command", ["report", "explain", "map", "workshop", "whatif", "survey"])
def test_click_help_in_dutch(command):
    out = run(command, "--help", "--lang", "nl")
    for english in ("Usage:", "Options:", "[default:", "[OPTIONS]", "Show this message and exit.", "[required]"):
        assert english not in out, (english, out[:400])
    assert out.startswith("Gebruik: regienet ") and "\nOpties:\n" in out and "Toon deze uitleg en stop." in out
    assert "[OPTIES]" in out


def test_click_main_help_and_version_in_dutch():
    out = run("--lang", "nl", "--help")
    assert "Toon de versie en stop." in out and "Show the version" not in out and "Commando's:" in out
    assert run("--lang", "nl", "--version").strip() == "regienet, versie 0.1.0"
    assert run("--version").strip() == "regienet, version 0.1.0"


def test_click_defaults_and_metavars_in_dutch():
    out = run("whatif", "--help", "--lang", "nl")
    assert "[standaard: text]" in out and "[verplicht]" in out
    assert "--config BESTAND" in out and "--waive M:REGEL=REDEN" in out and "--year JAAR" in out
    en = run("whatif", "--help")
    assert "[default: text]" in en and "--config FILE" in en and "--waive M:RULE=REASON" in en


def test_click_usage_errors_in_dutch(capsys):
    """click's usage errors are written after its contexts closed: the language of the whole command line."""
    for argv, expected in (
        (["report", "--lang", "nl", "--bogus"], "Fout: Onbekende optie '--bogus'."),
        (
            ["report", "--format", "xml", "--lang", "nl"],
            "Fout: Ongeldige waarde voor '--format': 'xml' is geen geldige keuze",
        ),
        (["--lang", "nl", "nosuchcommand"], "Fout: Onbekend commando 'nosuchcommand'."),
    ):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        err = capsys.readouterr().err
        assert exc.value.code == 2 and expected in err and "Meer uitleg: 'regienet" in err, err
        assert "Error" not in err and "Usage" not in err and "Try " not in err, err
    with pytest.raises(SystemExit):
        main(["report", "--bogus"])  # the next invocation without --lang: English again
    err = capsys.readouterr().err
    assert "Error: No such option '--bogus'." in err and "Try 'regienet report --help' for help." in err
