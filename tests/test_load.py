"""Loading and validation: every problem with file, line, column, value and a fix; exit 2; never a traceback.

Each bad-input case writes a small region (``builders.base_rows`` plus one
defect) to a temporary folder and runs ``regienet validate`` on it. Expected
lines are physical lines: header = line 1, so row *i* of a list is line i + 2.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from builders import actor_columns, base_rows, csv_of, relation_columns, write_region
from click.testing import CliRunner

from regienet.cli import cli
from regienet.errors import DataError
from regienet.load import bundled_data_dir, load_dataset

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def line_of(rows: list[dict], **match) -> int:
    for i, r in enumerate(rows):
        if all(r.get(k) == v for k, v in match.items()):
            return i + 2
    raise AssertionError(match)


# Each case: (id, mutate(actors, relations) -> (file, line, column, value), expected code)
def _actor(field, value, row_id):
    def fn(actors, relations):
        line = line_of(actors, id=row_id)
        actors[line - 2][field] = value
        return "actors.csv", line, field, value

    return fn


def _relation(field, value, **match):
    def fn(actors, relations):
        line = line_of(relations, **match)
        relations[line - 2][field] = value
        return "relations.csv", line, field, value

    return fn


def _duplicate_id(actors, relations):
    actors.append({"id": "loc", "name": "Dubbel", "kind": "enterprise"})
    return "actors.csv", len(actors) + 1, "id", "loc"


def _add_relation(row, column, value):
    def fn(actors, relations):
        relations.append(row)
        return "relations.csv", len(relations) + 1, column, value

    return fn


CASES = [
    ("malformed id", _actor("id", "Werkplaats A", "loc"), "bad_id"),
    ("duplicate id", _duplicate_id, "duplicate_id"),
    ("unknown kind", _actor("kind", "enterprize", "loc"), "unknown_value"),
    ("unknown subtype", _actor("subtype", "maatwerk", "loc"), "unknown_value"),
    ("unknown scope", _actor("scope", "provincial", "reg"), "unknown_value"),
    ("unknown se_goals", _actor("se_goals", "vague", "a"), "unknown_value"),
    ("bad yes/no", _actor("actor_inventory", "misschien", "a"), "bad_yesno"),
    ("bad number", _actor("jobs", "twelve", "loc"), "bad_number"),
    ("accountability out of range", _actor("accountability_level", "7", "a"), "out_of_range"),
    ("list with commas", _actor("activities", "green,energy", "loc"), "bad_list_separator"),
    ("list with semicolons", _actor("target_groups", "youth;disabled", "loc"), "bad_list_separator"),
    ("operates_in unknown municipality", _actor("operates_in", "a|gent", "loc"), "unknown_municipality"),
    ("municipality row without municipality", _actor("municipality", "", "b"), "missing_municipality"),
    ("ocmw row without municipality", _actor("municipality", "", "ocmw_b"), "missing_municipality"),
    ("ocmw of unknown municipality", _actor("municipality", "brugge", "ocmw_b"), "unknown_municipality"),
    ("questionnaire column on an enterprise", _actor("se_in_plans", "yes", "loc"), "not_applicable"),
    ("subtype on a support organisation", _actor("subtype", "lde", "sup"), "not_applicable"),
    ("unknown body", _relation("body", "raad", kind="seat"), "unknown_value"),
    ("unknown capacity", _relation("capacity", "private", kind="seat"), "unknown_value"),
    (
        "unknown relation kind",
        _relation("kind", "partner", source="a", target="reg", kind="agreement"),
        "unknown_value",
    ),
    ("unknown frequency", _relation("frequency", "daily", source="own", kind="reports_to"), "unknown_value"),
    ("bad formal yes/no", _relation("formal", "sometimes", source="own", kind="reports_to"), "bad_yesno"),
    (
        "unknown support list item",
        _relation("support", "financial|moral", source="a", target="own", kind="funding"),
        "unknown_value",
    ),
    (
        "ambiguous amount",
        _relation("amount_eur", "12.500", source="a", target="own", kind="funding"),
        "ambiguous_number",
    ),
    (
        "body on a non-seat relation",
        _relation("body", "board", source="a", target="own", kind="client"),
        "not_applicable",
    ),
    (
        "endpoint missing from actors.csv",
        _relation("target", "wak", source="a", target="loc", kind="client"),
        "unknown_actor",
    ),
    ("bad year", _relation("since", "twenty", source="a", target="loc", kind="client"), "bad_year"),
    (
        "referral not from an ocmw",
        _add_relation({"source": "a", "target": "loc", "kind": "referral"}, "source", "a"),
        "wrong_endpoint_kind",
    ),
    (
        "member not to a forum",
        _add_relation({"source": "loc", "target": "own", "kind": "member"}, "target", "own"),
        "wrong_endpoint_kind",
    ),
    (
        "convenes not from a government",
        _add_relation({"source": "sup", "target": "forum_a", "kind": "convenes"}, "source", "sup"),
        "wrong_endpoint_kind",
    ),
    (
        "via not a government",
        _add_relation({"source": "loc", "target": "reg", "kind": "cooperation", "via": "sup"}, "via", "sup"),
        "via_not_government",
    ),
    (
        "self loop",
        _add_relation({"source": "loc", "target": "loc", "kind": "cooperation"}, "target", "loc"),
        "self_loop",
    ),
]


@pytest.mark.parametrize("mutate,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_validation_error(tmp_path, mutate, code):
    actors, relations = base_rows()
    file, line, column, value = mutate(actors, relations)
    folder = write_region(tmp_path / "region", actors, relations)
    result = run("validate", "--data", str(folder), "--format", "json")
    assert result.exit_code == 2
    problems = json.loads(result.stdout)["problems"]
    hit = [p for p in problems if p["code"] == code]
    assert hit, problems
    p = hit[0]
    assert p["file"].endswith(file) and p["line"] == line and p["column"] == column
    assert p["value"] == value or (p["value"] in value.split("|"))  # a bad list item is named alone
    assert p["hint"]
    text = run("validate", "--data", str(folder))
    assert text.exit_code == 2
    assert f"{file}:{line}: column {column}" in text.stdout and p["value"] in text.stdout
    assert "Traceback" not in text.output


def _write(folder: Path, actors: bytes | None = None, relations: bytes | None = None) -> Path:
    a, r = base_rows()
    folder.mkdir()
    (folder / "actors.csv").write_bytes(actors if actors is not None else csv_of(a, actor_columns()).encode())
    (folder / "relations.csv").write_bytes(
        relations if relations is not None else csv_of(r, relation_columns()).encode()
    )
    return folder


@pytest.mark.parametrize(
    "setup,code,line,column,value",
    [
        ("missing folder", "missing_path", None, None, None),
        ("missing file", "missing_file", None, None, None),
        ("empty file", "empty_file", None, None, None),
        ("binary file", "binary_file", 2, None, None),
        ("undecodable", "undecodable", 3, None, "0x81"),
        ("missing column", "missing_column", 1, "kind", None),
        ("ragged row", "ragged_row", 2, None, "energy"),
        ("workbook saved as csv", "workbook_as_csv", None, None, None),
    ],
)
def test_file_level_errors(tmp_path, setup, code, line, column, value):
    folder = tmp_path / "region"
    if setup == "missing folder":
        pass
    elif setup == "missing file":
        _write(folder)
        (folder / "relations.csv").unlink()
    elif setup == "empty file":
        _write(folder, actors=b"")
    elif setup == "binary file":
        _write(folder, actors=b"id,name,kind\n\x00\x01\x02")
    elif setup == "undecodable":
        _write(folder, actors=b"id,name,kind,municipality\na,A,municipality,a\nb,\x81\xc3,municipality,b\n")
    elif setup == "missing column":
        _write(folder, actors=b"id,name,type\na,A,municipality\n")
    elif setup == "ragged row":
        _write(folder, actors=b"id,name,kind,municipality,activities\na,A,municipality,a,green,energy\n")
    elif setup == "workbook saved as csv":
        _write(folder, actors=b"PK\x03\x04rest-of-a-zip")
    result = run("validate", "--data", str(folder), "--format", "json")
    assert result.exit_code == 2, result.output
    problems = json.loads(result.stdout)["problems"]
    p = next(p for p in problems if p["code"] == code)
    assert (p["line"], p["column"]) == (line, column)
    if value is not None:
        assert value in p["value"]
    assert p["message"] and p["hint"]


def test_all_problems_reported_at_once(tmp_path):
    """Like pandera's lazy mode: three defects in two files → three problems, one run."""
    actors, relations = base_rows()
    actors[6]["subtype"] = "maatwerk"
    actors[7]["jobs"] = "veel"
    relations[0]["target"] = "nobody"
    folder = write_region(tmp_path / "r", actors, relations)
    with pytest.raises(DataError) as exc:
        load_dataset(folder)
    codes = sorted(p.code for p in exc.value.problems)
    assert codes == ["bad_number", "unknown_actor", "unknown_value"]


def test_a_bad_kind_does_not_cascade(tmp_path):
    """A municipality row with a mistyped kind is one problem, not one per row that names it."""
    actors, relations = base_rows()
    actors[0]["kind"] = "gemeentee"
    folder = write_region(tmp_path / "r", actors, relations)
    with pytest.raises(DataError) as exc:
        load_dataset(folder)
    assert [(p.code, p.line, p.value) for p in exc.value.problems] == [("unknown_value", 2, "gemeentee")]


def test_messages_in_dutch(tmp_path):
    actors, relations = base_rows()
    actors[0]["kind"] = "gemeentee"
    folder = write_region(tmp_path / "r", actors, relations)
    result = run("validate", "--data", str(folder), "--lang", "nl")
    assert result.exit_code == 2
    assert "kolom kind (C)" in result.stdout and "Oplossing" in result.stdout


def test_bundled_data_is_valid():
    result = run("validate")
    assert result.exit_code == 0, result.output
    assert "13 municipalities" in result.stdout and "13 OCMWs" in result.stdout


def test_success_json_counts():
    out = json.loads(run("validate", "--format", "json").stdout)
    assert out["valid"] is True and out["counts"]["municipality"] == 13 and out["counts"]["ocmw"] == 13


def _frames(path):
    ds = load_dataset(path)
    return ds.actors.drop(columns="line"), ds.relations.drop(columns="line")


def test_belgian_excel_encodings_load_identically(tmp_path):
    """The bundled data as ';'-separated cp1252 and as ';'-separated UTF-8-with-BOM CRLF → identical frames."""
    base_a, base_r = _frames(bundled_data_dir())
    for name, encoding, newline in (("cp1252", "cp1252", "\n"), ("bom-crlf", "utf-8-sig", "\r\n")):
        folder = tmp_path / name
        folder.mkdir()
        for table in ("actors", "relations"):
            frame = pd.read_csv(bundled_data_dir() / f"{table}.csv", dtype=str, keep_default_na=False)
            frame.to_csv(folder / f"{table}.csv", sep=";", index=False, encoding=encoding, lineterminator=newline)
        raw = (folder / "actors.csv").read_bytes()
        assert (raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw) if name == "bom-crlf" else b";" in raw
        a, r = _frames(folder)
        pd.testing.assert_frame_equal(a, base_a)
        pd.testing.assert_frame_equal(r, base_r)


def test_normalisation(tmp_path):
    """ja/nee, true/false, 1/0, stray spaces, upper case enums, decimal comma — all read as meant."""
    actors, relations = base_rows()
    actors[0].update(actor_inventory=" JA ", se_in_plans="True", annual_report="0", se_goals="Strategic")
    actors[6]["jobs"] = "12,5"
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "actors.csv").write_text(csv_of(actors, actor_columns(), ";"), encoding="cp1252")
    (folder / "relations.csv").write_text(csv_of(relations, relation_columns(), ";"), encoding="cp1252")
    ds = load_dataset(folder)
    a = ds.actors.loc["a"]
    assert (a["actor_inventory"], a["se_in_plans"], a["annual_report"], a["se_goals"]) == (
        True,
        True,
        False,
        "strategic",
    )
    assert ds.actors.loc["own", "jobs"] == 12.5


def test_extra_columns_are_kept(tmp_path):
    actors, relations = base_rows()
    actors[6]["website"] = "https://example.org"
    folder = write_region(tmp_path / "r", actors, relations)
    assert load_dataset(folder).actors.loc["own", "website"] == "https://example.org"


def test_inputs_never_modified(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(bundled_data_dir(), folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    for args in (["validate"], ["check"], ["report"], ["report", "--format", "json"]):
        run(*args, "--data", str(folder))
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
