"""Excel workbooks as --data: the same frames and the same validation as CSV, messages naming sheet and row."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from builders import actor_columns, base_rows, csv_of, relation_columns
from click.testing import CliRunner

from regienet.cli import cli
from regienet.errors import DataError
from regienet.load import load_dataset
from regienet.schema import ACTORS, RELATIONS

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
NUMERIC = {c.name for spec in (ACTORS, RELATIONS) for c in spec.columns if c.type in ("number", "integer", "year")}
YESNO = {c.name for spec in (ACTORS, RELATIONS) for c in spec.columns if c.type == "yesno"}


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def sheet_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def typed(column: str, value: str) -> object:
    """A CSV cell as someone typing into Excel would leave it: numbers as numbers, yes/no as booleans."""
    if value == "":
        return None
    if column in NUMERIC:
        number = float(value.replace(",", "."))
        return int(number) if number.is_integer() else number
    if column in YESNO and value in ("yes", "no"):
        return value == "yes"
    return value


def workbook(path: Path, tables: dict[str, list[list[str]]], *, types: bool = False, extra_sheet: bool = False) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    if extra_sheet:
        wb.create_sheet("README").append(["notes, ignored"])
    for name, rows in tables.items():
        ws = wb.create_sheet(name)
        header = rows[0]
        ws.append(header)
        for row in rows[1:]:
            ws.append([typed(h, v) if types else v for h, v in zip(header, row, strict=False)])
    wb.save(path)
    return path


def bundled_tables() -> dict[str, list[list[str]]]:
    return {name: sheet_rows((DATA / f"{name}.csv").read_text(encoding="utf-8")) for name in ("actors", "relations")}


def small_tables(actors=None, relations=None) -> dict[str, list[list[str]]]:
    a, r = base_rows()
    return {
        "actors": sheet_rows(csv_of(actors or a, actor_columns())),
        "relations": sheet_rows(csv_of(relations or r, relation_columns())),
    }


@pytest.mark.parametrize("types", [False, True], ids=["text cells", "typed cells"])
def test_bundled_data_as_workbook_loads_to_identical_frames(tmp_path, types):
    book = workbook(tmp_path / "zwvl.xlsx", bundled_tables(), types=types, extra_sheet=True)
    from_csv, from_xlsx = load_dataset(DATA), load_dataset(book)
    pd.testing.assert_frame_equal(from_csv.actors, from_xlsx.actors)
    pd.testing.assert_frame_equal(from_csv.relations, from_xlsx.relations)
    result = run("check", "--data", str(book), "--format", "json")
    assert result.exit_code == run("check", "--format", "json").exit_code
    assert result.stdout.replace(str(book), "X") == run(
        "check", "--data", str(DATA), "--format", "json"
    ).stdout.replace(str(DATA), "X")


def test_bad_cell_names_sheet_row_column_letter_and_value(tmp_path):
    actors, relations = base_rows()
    actors[12]["kind"] = "gemeentje"  # row 14 of the sheet (header = row 1)
    book = workbook(tmp_path / "regio.xlsx", small_tables(actors, relations))
    result = run("validate", "--data", str(book))
    assert result.exit_code == 2
    assert f"{book}[actors]:14: column kind (C): 'gemeentje' is not an allowed value." in result.stdout
    nl = run("validate", "--data", str(book), "--lang", "nl")
    assert f"{book}[actors]:14: kolom kind (C): 'gemeentje' is geen toegelaten waarde." in nl.stdout


def test_rows_are_sheet_row_numbers_with_blank_rows_and_a_late_header(tmp_path):
    tables = small_tables()
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in tables.items():
        ws = wb.create_sheet(name)
        ws.append([])
        ws.append([])  # header on row 3
        for i, row in enumerate(rows):
            ws.append(row)
            if i == 1:
                ws.append([])  # a blank row inside the data
    wb["relations"].cell(row=8, column=3).value = "fundng"
    wb.save(tmp_path / "r.xlsx")
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path / "r.xlsx")
    (problem,) = info.value.problems
    assert (problem.file, problem.line, problem.column, problem.value) == (
        f"{tmp_path / 'r.xlsx'}[relations]",
        8,
        "kind",
        "fundng",
    )


def test_typed_cells(tmp_path):
    actors, relations = base_rows()
    book = workbook(tmp_path / "t.xlsx", small_tables(actors, relations))
    wb = openpyxl.load_workbook(book)
    col = {name: i + 1 for i, name in enumerate(actor_columns())}
    rcol = {name: i + 1 for i, name in enumerate(relation_columns())}
    ws, rs = wb["actors"], wb["relations"]
    rs.cell(row=2, column=rcol["since"]).value = dt.datetime(2010, 1, 1)  # Excel made the year a date
    rs.cell(row=8, column=rcol["amount_eur"]).value = dt.date(2012, 5, 1)
    rs.cell(row=4, column=rcol["formal"]).value = True  # a real boolean in a yes/no column: fine
    rs.cell(row=5, column=rcol["until"]).value = 2015.0  # a float year: fine
    ws.cell(row=2, column=col["provenance"]).value = dt.datetime(2024, 3, 5)  # a date in a text column: kept as text
    ws.cell(row=9, column=col["jobs"]).value = dt.datetime(2020, 1, 2, 10, 30)
    ws.cell(row=8, column=col["jobs"]).value = 12.5
    ws.cell(row=9, column=col["name"]).value = True
    wb.save(book)
    with pytest.raises(DataError) as info:
        load_dataset(book)
    found = {(p.line, p.column, p.code, p.value) for p in info.value.problems}
    assert found == {
        (2, "since", "date_as_year", "2010-01-01"),
        (8, "amount_eur", "date_as_number", "2012-05-01"),
        (9, "jobs", "date_as_number", "2020-01-02T10:30:00"),
    }
    text = {p.render("en") for p in info.value.problems}
    assert (
        f"{book}[relations]:2: column since (K): the cell holds the date 2010-01-01, not a year. Fix: Excel turned the year into a date"
        in "\n".join(text)
    )
    # typing 2010 into the date-formatted cell: Excel still shows a date (2010 days after 1900)
    rs.cell(row=2, column=rcol["since"]).value = 2010
    wb.save(book)
    with pytest.raises(DataError) as info:
        load_dataset(book)
    assert (2, "since", "date_as_year", "1905-07-02") in {
        (p.line, p.column, p.code, p.value) for p in info.value.problems
    }
    # the fix the hint gives: format as General, type the year
    for cell in (rs.cell(row=2, column=rcol["since"]), rs.cell(row=8, column=rcol["amount_eur"])):
        cell.number_format = "General"
    rs.cell(row=8, column=rcol["amount_eur"]).value = 1000
    ws.cell(row=9, column=col["jobs"]).value = None
    wb.save(book)
    ds = load_dataset(book)
    assert ds.relations.loc[2, "formal"] is True and ds.relations.loc[3, "until"] == 2015
    assert ds.actors.loc["a", "provenance"] == "2024-03-05"
    assert ds.actors.iloc[6]["jobs"] == 12.5 and ds.actors.iloc[7]["name"] == "TRUE"


def test_missing_sheet(tmp_path):
    book = workbook(tmp_path / "half.xlsx", {"Actors": small_tables()["actors"], "Notes": [["x"]]})
    result = run("validate", "--data", str(book))
    assert result.exit_code == 2
    assert "has no sheet 'relations' (sheets: Actors, Notes)" in result.stdout
    assert "Name the sheets 'actors' and 'relations'" in result.stdout


@pytest.mark.parametrize(
    "damage",
    ["random bytes", "zip without a workbook", "truncated", "broken sheet xml", "csv named xlsx", "empty"],
)
def test_corrupt_workbook_is_a_clear_problem(tmp_path, damage):
    good = workbook(tmp_path / "good.xlsx", small_tables()).read_bytes()
    bad = tmp_path / "bad.xlsx"
    if damage == "random bytes":
        bad.write_bytes(bytes(range(256)) * 40)
    elif damage == "zip without a workbook":
        with zipfile.ZipFile(bad, "w") as z:
            z.writestr("hello.txt", "not a workbook")
    elif damage == "truncated":
        bad.write_bytes(good[: len(good) // 2])
    elif damage == "broken sheet xml":
        with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(bad, "w") as dst:
            for item in src.infolist():
                data = src.read(item.filename)
                if item.filename == "xl/worksheets/sheet2.xml":
                    data = data[: len(data) // 2]  # the relations sheet breaks off mid-XML
                dst.writestr(item, data)
    elif damage == "csv named xlsx":
        bad.write_text("id,name,kind\n", encoding="utf-8")
    else:
        bad.write_bytes(b"")
    result = run("check", "--data", str(bad))
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert str(bad) in result.stderr and ("cannot be opened" in result.stderr or "empty" in result.stderr)


def test_wrong_dimension_in_the_file_does_not_cut_rows(tmp_path):
    """Some tools write a wrong <dimension ref>; openpyxl's read-only mode would trust it and drop rows."""
    good = workbook(tmp_path / "good.xlsx", small_tables()).read_bytes()
    bad = tmp_path / "dim.xlsx"
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:B3"', data)
            dst.writestr(item, data)
    assert load_dataset(bad).summary() == load_dataset(tmp_path / "good.xlsx").summary()


def test_other_spreadsheet_formats_are_named(tmp_path):
    for suffix in (".xls", ".ods"):
        path = tmp_path / f"regio{suffix}"
        path.write_bytes(b"\xd0\xcf\x11\xe0")
        result = run("validate", "--data", str(path))
        assert result.exit_code == 2
        assert f"not {suffix} files" in result.stdout and "Excel Workbook (.xlsx)" in result.stdout


def test_without_openpyxl_a_clear_message(tmp_path, monkeypatch):
    import builtins

    book = workbook(tmp_path / "r.xlsx", small_tables())
    real_import = builtins.__import__

    def no_openpyxl(name, *args, **kwargs):
        if name == "openpyxl" or name.startswith("openpyxl."):
            raise ImportError("No module named 'openpyxl'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_openpyxl)
    result = run("validate", "--data", str(book))
    assert result.exit_code == 2
    assert "reading .xlsx needs the optional package openpyxl" in result.stdout
    assert "pip install 'regienet[xlsx]'" in result.stdout


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_init_workbook_has_no_formula_cell(tmp_path, lang):
    """Issue 25.5: nothing regienet writes to xlsx is a formula — the init template included (its guide sheet
    quotes the catalogue, whose lines may one day start with '=')."""
    assert run("init", str(tmp_path), "--lang", lang, "--xlsx").exit_code == 0
    wb = openpyxl.load_workbook(tmp_path / "region.xlsx")
    assert [c.coordinate for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.data_type == "f"] == []
