"""CLI: every command × format × language, exit codes 0/1/2, the JSON contract."""

from __future__ import annotations

import csv
import io
import json

import pytest
from builders import base_rows, write_region
from click.testing import CliRunner

from regienet.cli import COMMANDS, cli
from regienet.rules import rule_codes

FORMATS = ("text", "markdown", "json", "csv")
LANGS = ("en", "nl")


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def parse(fmt: str, out: str):
    """Each format must at least parse as what it claims to be."""
    if fmt == "json":
        return json.loads(out)
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert len({len(r) for r in rows}) == 1, "ragged CSV"
        return rows
    if fmt == "markdown":
        assert "|---|" in out or out.startswith("#")
    return out


COMMANDS_UNDER_TEST = [
    ("validate",),
    ("report",),
    ("report", "--municipality", "Zwevegem"),
    ("check",),
    ("check", "--municipality", "kortrijk"),
    ("rules",),
    ("explain", "OV02"),
    ("explain", "levels"),
    ("explain", "metrics"),
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("args", COMMANDS_UNDER_TEST, ids=" ".join)
def test_command_format_language(args, fmt, lang):
    result = run(*args, "--format", fmt, "--lang", lang)
    expected = 1 if args[0] == "check" else 0  # the bundled data has warnings: check fails on warning
    assert result.exit_code == expected, result.output
    assert result.stdout.strip()
    parse(fmt, result.stdout)


def test_dutch_and_english_differ():
    en, nl = run("report", "-m", "zwevegem").stdout, run("report", "-m", "zwevegem", "--lang", "nl").stdout
    assert "Look at this first" in en and "Kijk eerst hiernaar" in nl
    assert "eigen actor" in nl and "overzicht over de gehele situatie" in nl


def test_check_json_contract():
    """DESIGN §5: {version, data, findings[{rule, component, severity, municipality, message, evidence}], levels}."""
    out = json.loads(run("check", "--format", "json").stdout)
    assert set(out) == {"version", "data", "findings", "levels", "level_details"} and out["version"] == 1
    f = out["findings"][0]
    assert set(f) == {"rule", "component", "severity", "municipality", "message", "evidence"}
    assert set(f["evidence"]) == {"actors", "relations"}
    assert all(len(r) == 3 for x in out["findings"] for r in x["evidence"]["relations"])
    assert len(out["levels"]) == 13
    assert all(set(v) == {"OV", "BL", "SA", "VA"} for v in out["levels"].values())
    assert "kortrijk" in out["levels"]  # keyed by municipality id


def test_check_exit_codes(tmp_path):
    assert run("check").exit_code == 1  # warnings present, default --fail-on warning
    assert run("check", "--fail-on", "error").exit_code == 1  # BL01 is an error and fires in 3
    assert run("check", "--select", "SA05,SA01").exit_code == 0  # info only
    assert run("check", "--select", "SA05", "--fail-on", "info").exit_code == 1
    # a clean region: nothing fires for a, b, c … except rules about b and c, so select what passes
    folder = write_region(tmp_path / "r", *base_rows())
    assert run("check", "--data", str(folder), "-m", "a").exit_code == 0


def test_select_and_ignore_prefixes():
    out = json.loads(run("check", "--select", "OV0", "--ignore", "OV01", "--format", "json").stdout)
    assert {f["rule"] for f in out["findings"]} == {"OV02", "OV03"}
    out = json.loads(run("check", "--select", "sa", "--format", "json").stdout)
    assert {f["component"] for f in out["findings"]} == {"SA"}


@pytest.mark.parametrize("args", [("check", "--select", "XX9"), ("check", "--ignore", "OV99"), ("explain", "ZZ01")])
def test_unknown_rule_exits_2(args):
    result = run(*args)
    assert result.exit_code == 2 and "regienet rules" in result.output


@pytest.mark.parametrize("command", ["check", "report"])
def test_unknown_municipality_exits_2_listing_known(command):
    result = run(command, "--municipality", "Gent")
    assert result.exit_code == 2
    assert "Gent" in result.output and "Zwevegem" in result.output and "Traceback" not in result.output


def test_municipality_by_name_case_insensitive():
    a = run("report", "-m", "SPIERE-HELKIJN", "--format", "json").stdout
    b = run("report", "-m", "spiere-helkijn", "--format", "json").stdout
    assert a == b and "spiere-helkijn" in json.loads(a)["municipalities"]


def test_config_file(tmp_path):
    cfg = tmp_path / "regienet.toml"
    cfg.write_text('fail_on = "error"\nignore = ["BL01"]\n[thresholds.OV02]\nown_actor_share = 0.99\n')
    result = run("check", "--config", str(cfg), "--format", "json")
    assert result.exit_code == 0  # BL01 (the only error) ignored, fail_on error
    rules = {f["rule"] for f in json.loads(result.stdout)["findings"]}
    assert "OV02" not in rules and "BL01" not in rules
    explain = run("explain", "OV02", "--config", str(cfg)).stdout
    assert "own_actor_share = 0.99 (default 0.5)" in explain


def test_pyproject_beside_data(tmp_path):
    folder = write_region(tmp_path / "r", *base_rows())
    (folder / "pyproject.toml").write_text("[tool.regienet.thresholds.SA01]\nmin_actors = 10\n")
    out = json.loads(run("check", "--data", str(folder), "-m", "a", "--format", "json").stdout)
    assert [f["rule"] for f in out["findings"]] == ["SA01"]


@pytest.mark.parametrize(
    "content,needle",
    [
        ("[thresholds.OV02]\nown_actor_share = 2\n", "thresholds.OV02.own_actor_share"),
        ("[thresholds.OV02]\nshare = 0.5\n", "thresholds.OV02.share"),
        ("[thresholds.XX01]\na = 1\n", "thresholds.XX01"),
        ("colour = 'red'\n", "colour"),
        ("fail_on = 'never'\n", "fail_on"),
        ("this is not toml", "TOML"),
    ],
)
def test_bad_config_exits_2(tmp_path, content, needle):
    cfg = tmp_path / "bad.toml"
    cfg.write_text(content)
    result = run("check", "--config", str(cfg))
    assert result.exit_code == 2 and needle in result.output and str(cfg) in result.output


def test_missing_config_exits_2(tmp_path):
    assert run("check", "--config", str(tmp_path / "nope.toml")).exit_code == 2


def test_rules_lists_all_25():
    out = json.loads(run("rules", "--format", "json").stdout)
    assert [r["code"] for r in out["rules"]] == rule_codes() and len(rule_codes()) == 25


@pytest.mark.parametrize("code", rule_codes())
def test_explain_every_rule(code):
    for lang in LANGS:
        out = run("explain", code, "--lang", lang).stdout
        assert code in out and ("F" in out or "§" in out)


def test_every_command_has_help_with_example():
    for name in COMMANDS:
        out = run(name, "--help").stdout
        assert "Example:" in out, name


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_has_dutch_help(name):
    """Help is read before options are parsed, so the language comes from argv: test in a real process."""
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "regienet", name, "--help", "--lang", "nl"], capture_output=True, text=True, check=True
    ).stdout
    assert "Voorbeeld:" in out


def test_help_in_dutch_with_env(monkeypatch):
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "regienet", "--help"],
        capture_output=True,
        text=True,
        env={"REGIENET_LANG": "nl", "PATH": ""},
        check=True,
    ).stdout
    assert "Commando's" in out


def test_unknown_municipality_in_a_big_region_names_the_nearest_not_all(tmp_path):
    """With 3,000 municipalities the old message listed all of them (a screenful); now the nearest five."""
    from regienet.load import load_dataset
    from regienet.model import Region
    from regienet.synth import synth_region, write_region

    write_region(*synth_region(40, seed=1), tmp_path)
    region = Region(load_dataset(tmp_path))
    target = region.municipalities[7]
    typo = region.name[target][:-1]  # "Gemeente Aalbee" for "Gemeente Aalbeek"
    for command in ("report", "gaps", "workshop"):
        result = run(command, "--data", str(tmp_path), "-m", typo, "--lang", "en")
        assert result.exit_code == 2 and "Traceback" not in result.output
        assert f"({target})" in result.output and "40 municipalities" in result.output
        assert result.output.count("(") <= 6  # five names and the note
    result = run("check", "--data", str(tmp_path), "-m", "qqqqqq", "--lang", "nl")
    assert result.exit_code == 2 and "geen enkele naam lijkt erop" in result.output


def test_main_gives_the_garbage_collector_back():
    """Issue 15 (hygiene): main() turns the cyclic GC off for its own short run only."""
    import gc

    from regienet.cli import main

    assert gc.isenabled()
    with pytest.raises(SystemExit):
        main(["rules"])
    assert gc.isenabled()


def test_console_script_exits_at_once_with_its_code_and_everything_flushed(tmp_path):
    """``python -m regienet`` (and the ``regienet`` script) run :func:`regienet.cli.run`: after the command it
    leaves with ``os._exit``, so the exit code must be the command's and stdout and stderr must be complete
    (flushed first): a whole JSON document, exit 1 with findings, exit 2 with the error on stderr."""
    import json
    import subprocess
    import sys

    def regienet(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "regienet", *args], capture_output=True, text=True, timeout=120)

    done = regienet("check", "--format", "json", "-q")
    assert done.returncode == 1  # the bundled data has warnings (--fail-on warning is the default)
    assert len(json.loads(done.stdout)["findings"]) > 50
    missing = regienet("validate", "--data", str(tmp_path / "nowhere"))
    assert missing.returncode == 2 and "nowhere" in missing.stderr
    assert regienet("--version").returncode == 0
    out = tmp_path / "report.md"
    assert regienet("report", "--format", "markdown", "-o", str(out), "-q").returncode == 0
    in_process = CliRunner().invoke(cli, ["report", "--format", "markdown", "-q"])
    assert out.read_text(encoding="utf-8") == in_process.output  # the whole file, closed before the exit
