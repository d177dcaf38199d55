"""Safe exports: no CSV regienet writes can make a spreadsheet run a formula (OWASP CSV injection).

Actor names are typed by many hands. A name such as ``=HYPERLINK("http://x","y")``
or ``+cmd|' /C calc'!A0`` must reach a spreadsheet as text. Every command
with ``--format csv`` is run on a region with hostile names (found through
the command registry, so a new command is covered as soon as it exists);
no cell may start with ``=``, ``+``, ``-``, ``@``, tab or CR unless it is a
plain number, and plain numbers — a negative one too — stay as they are.
"""

from __future__ import annotations

import csv
import io

import pytest
from builders import base_rows, write_region
from click.testing import CliRunner

from regienet.cli import COMMANDS, cli
from regienet.outputs import csv_text, safe_cell

HOSTILE = {
    "a": '=HYPERLINK("http://x","y")',  # the municipality: first column of report --format csv
    "loc": "+cmd|' /C calc'!A0",
    "own": "@SUM(1)",
    "loc2": "-2+3+cmd|' /C calc'!A0",
    "sup": "\t=1+1",  # the loader strips the tab: "=1+1" must still arrive as text
    "reg": "-1+1",
}
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def is_plain_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return cell.strip() == cell and cell.lower() not in ("nan", "inf", "-inf", "+inf", "infinity", "-infinity")


def assert_no_formula(text: str) -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(text)))
    for row in rows:
        for cell in row:
            if cell.startswith(DANGEROUS):
                assert is_plain_number(cell), f"formula-like cell reaches the spreadsheet: {cell!r}"
    return rows


def hostile_rows():
    actors, relations = base_rows()
    for row in actors:
        if row["id"] in HOSTILE:
            row["name"] = HOSTILE[row["id"]]
    return actors, relations


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return write_region(tmp_path_factory.mktemp("hostile"), *hostile_rows())


@pytest.fixture(scope="module")
def before(tmp_path_factory):
    """The same region without the hostile actors' last relations: diff shows them as added."""
    actors, relations = base_rows()
    actors = [a for a in actors if a["id"] not in ("loc2", "own")]
    relations = [r for r in relations if not {r["source"], r["target"]} & {"loc2", "own"}]
    return write_region(tmp_path_factory.mktemp("before"), actors, relations)


def csv_commands() -> list[str]:
    """Every registered command that offers --format csv."""
    names = []
    for name in COMMANDS:
        command = cli.get_command(None, name)
        for param in command.params:
            if param.name == "fmt" and "csv" in getattr(param.type, "choices", ()):
                names.append(name)
    return names


def invocation(name: str, data, before) -> list[str]:
    if name == "diff":
        return ["diff", str(before), str(data)]
    if name == "explain":
        return ["explain", "SA05"]
    if name == "whatif":  # a tie to a hostile actor, and a plan: their names are in the rows
        return ["whatif", "--data", str(data), "-m", "a", "--add", "a", "loc2", "informs", "--reach", "SA=3"]
    command = cli.get_command(None, name)
    has_data = any(p.name == "data" for p in command.params)
    return [name, *(["--data", str(data)] if has_data else [])]


def test_the_registry_has_csv_commands():
    assert {"check", "report", "validate", "rules"} <= set(csv_commands())


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("name", csv_commands())
def test_every_csv_output_neutralises_hostile_names(name, lang, hostile, before):
    result = CliRunner().invoke(cli, [*invocation(name, hostile, before), "--format", "csv", "--lang", lang])
    assert result.exit_code in (0, 1), result.output
    assert_no_formula(result.stdout)


def test_hostile_names_arrive_as_text_in_report_and_diff(hostile, before):
    report = assert_no_formula(CliRunner().invoke(cli, ["report", "--data", str(hostile), "--format", "csv"]).stdout)
    names = {row[1] for row in report[1:]}
    assert "'" + HOSTILE["a"] in names
    diff = CliRunner().invoke(cli, ["diff", str(before), str(hostile), "--format", "csv"]).stdout
    cells = {c for row in assert_no_formula(diff) for c in row}
    assert "'" + HOSTILE["own"] in cells and "'" + HOSTILE["loc2"] in cells


def test_check_and_gaps_csv_with_hostile_names_in_messages(tmp_path):
    actors, relations = hostile_rows()
    relations = [
        r for r in relations if "loc" not in (r["source"], r["target"])
    ]  # a blind spot (OV01) named in a message
    write_region(tmp_path, actors, relations)
    for command in ("check", "gaps"):
        out = CliRunner().invoke(cli, [command, "--data", str(tmp_path), "--format", "csv"]).stdout
        rows = assert_no_formula(out)
        assert any(HOSTILE["loc"] in cell for row in rows for cell in row), (
            f"{command}: the name is kept, only neutralised"
        )


def test_validate_csv_neutralises_bad_values_and_keeps_negative_numbers(tmp_path):
    actors, relations = base_rows()
    actors[0]["kind"] = "=cmd|' /C calc'!A0"
    actors[1]["jobs"] = "-5"  # jobs on an OCMW row: not applicable, value shown as is
    next(a for a in actors if a["id"] == "loc")["jobs"] = "-5"  # out of range (minimum 0)
    next(a for a in actors if a["id"] == "own")["lat"] = "-123.5"
    write_region(tmp_path, actors, relations)
    result = CliRunner().invoke(cli, ["validate", "--data", str(tmp_path), "--format", "csv"])
    assert result.exit_code == 2
    rows = assert_no_formula(result.stdout)
    values = [r[3] for r in rows[1:]]
    assert "'=cmd|' /C calc'!A0" in values
    assert "-5" in values and "-123.5" in values, "negative numbers are not mangled"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("@SUM(1)", "'@SUM(1)"),
        ("-2+3", "'-2+3"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-", "'-"),
        ("+32 56 23 45 67", "'+32 56 23 45 67"),  # a phone number is not a formula, but Excel thinks so
        ("-5", "-5"),
        ("-0.25", "-0.25"),
        ("+2", "+2"),
        ("-1e-05", "-1e-05"),
        ("Kringloop =1", "Kringloop =1"),
        (-5, -5),
        (-0.25, -0.25),
        (None, None),
    ],
)
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


def test_csv_text_keeps_numbers_numbers():
    text = csv_text(["name", "value"], [["=1+1", -3], ["ok", -0.5], ["-7", 2]])
    assert text.splitlines() == ["name,value", "'=1+1,-3", "ok,-0.5", "-7,2"]


def test_init_templates_are_safe(tmp_path):
    CliRunner().invoke(cli, ["init", str(tmp_path)])
    for name in ("actors.csv", "relations.csv"):
        assert_no_formula((tmp_path / name).read_text(encoding="utf-8-sig"))


def test_synth_writes_no_formula_like_cells(tmp_path):
    """synth writes data files (not exports) from generated names; they must not carry formulas either."""
    result = CliRunner().invoke(cli, ["synth", "-n", "4", "--seed", "3", "-o", str(tmp_path), "-q"])
    assert result.exit_code == 0, result.output
    for name in ("actors.csv", "relations.csv"):
        assert_no_formula((tmp_path / name).read_text(encoding="utf-8"))
