"""``regienet init``: templates that pass validate, in both languages, never over existing work."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from regienet.cli import cli
from regienet.load import load_dataset
from regienet.schema import ACTOR_COLUMNS, ACTOR_KINDS, PLAN_COLUMNS, RELATION_COLUMNS, RELATION_KINDS
from regienet.templates import DELIMITER, guide_markdown

LANGS = ("en", "nl")
GUIDE = {"en": "GUIDE.md", "nl": "GIDS.md"}


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def rows_of(path, lang):
    text = path.read_text(encoding="utf-8-sig")
    return list(csv.DictReader(io.StringIO(text), delimiter=DELIMITER[lang]))


@pytest.mark.parametrize("lang", LANGS)
def test_init_then_validate_passes(tmp_path, lang):
    folder = tmp_path / "regio"
    result = run("init", str(folder), "--lang", lang)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in folder.iterdir()) == sorted(["actors.csv", "relations.csv", "plans.csv", GUIDE[lang]])
    assert f"validate --data {folder}" in result.stdout
    check = run("validate", "--data", str(folder), "--lang", lang)
    assert check.exit_code == 0, check.output
    assert run("check", "--data", str(folder)).exit_code in (0, 1)  # a valid region the rules can run on


@pytest.mark.parametrize("lang", LANGS)
def test_templates_have_the_schema_header_and_one_example_per_kind(tmp_path, lang):
    run("init", str(tmp_path / "x"), "--lang", lang)
    actors = rows_of(tmp_path / "x" / "actors.csv", lang)
    relations = rows_of(tmp_path / "x" / "relations.csv", lang)
    assert list(actors[0]) == [c.name for c in ACTOR_COLUMNS]
    assert list(relations[0]) == [c.name for c in RELATION_COLUMNS]
    assert sorted(r["kind"] for r in actors) == sorted(ACTOR_KINDS)
    assert sorted(r["kind"] for r in relations) == sorted(RELATION_KINDS)
    assert all(r["provenance"] for r in actors + relations), "example rows say they are examples"
    # issue 24: the optional plans.csv, with the plans' columns and actions carrying the regie decree's codes
    plans = rows_of(tmp_path / "x" / "plans.csv", lang)
    assert list(plans[0]) == [c.name for c in PLAN_COLUMNS]
    assert {r["code"] for r in plans} == {"WSE-LR1", "WSE-LR4"}
    assert all(r["provenance"] and r["title"] for r in plans)
    mandate = next(r for r in relations if r["kind"] == "mandates")
    assert mandate["scope"] == "OV|SA" and mandate["target"] == "regieverband"


def test_separator_and_bom_per_language(tmp_path):
    """Dutch templates use ';' (Excel in Belgium), English ','; both start with a UTF-8 BOM for Excel."""
    for lang in LANGS:
        run("init", str(tmp_path / lang), "--lang", lang)
        raw = (tmp_path / lang / "actors.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        assert raw.split(b"\n", 1)[0].count(DELIMITER[lang].encode()) == len(ACTOR_COLUMNS) - 1


def test_guide_in_both_languages_is_generated_from_the_schema():
    en, nl = guide_markdown("en"), guide_markdown("nl")
    assert en.startswith("# Guide to the data files") and nl.startswith("# Gids bij de gegevensbestanden")
    for text in (en, nl):
        for c in (*ACTOR_COLUMNS, *RELATION_COLUMNS, *PLAN_COLUMNS):
            assert f"| {c.name} |" in text, c.name
        assert "plans.csv" in text and "WSE-LR4" in text
        for k in RELATION_KINDS:
            assert f"| {k} |" in text
        assert "| 4.2.1 |" in text  # questionnaire numbers
        assert "regisseur, actor, unclear" in text  # enum values
    assert "blank cell means unknown" in en and "lege cel betekent onbekend" in nl
    assert "| yes |" in en and "| ja |" in nl  # required column, translated


def test_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    result = run("init", str(tmp_path))
    assert result.exit_code == 2
    assert "not empty" in result.stderr and "notes.txt" in result.stderr and "--force" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    nl = run("init", str(tmp_path), "--lang", "nl")
    assert nl.exit_code == 2 and "niet leeg" in nl.stderr


def test_force_writes_into_a_folder_with_other_files_and_leaves_them_alone(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    (tmp_path / "GUIDE.md").write_text("old guide", encoding="utf-8")
    result = run("init", str(tmp_path), "--force")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (tmp_path / "GUIDE.md").read_text(encoding="utf-8").startswith("# Guide")
    assert (tmp_path / "actors.csv").read_text(encoding="utf-8-sig").startswith("id,name,kind")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("existing", ["actors.csv", "relations.csv", "region.xlsx"])
def test_force_never_overwrites_data(tmp_path, existing):
    (tmp_path / existing).write_text("somebody's data", encoding="utf-8")
    result = run("init", str(tmp_path), "--force", "--xlsx")
    assert result.exit_code == 2
    assert existing in result.stderr and "never overwrites" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [existing]
    assert (tmp_path / existing).read_text(encoding="utf-8") == "somebody's data"


def test_refuses_a_file_and_an_uncreatable_folder(tmp_path):
    afile = tmp_path / "file"
    afile.write_text("x", encoding="utf-8")
    result = run("init", str(afile))
    assert result.exit_code == 2 and "not a folder" in result.stderr
    result = run("init", str(afile / "sub"))
    assert result.exit_code == 2 and str(afile / "sub") in result.stderr and "Traceback" not in result.output
    result = run("init", "/proc/regienet-test")
    assert result.exit_code == 2 and "/proc/regienet-test" in result.stderr


def test_creates_missing_parent_folders(tmp_path):
    result = run("init", str(tmp_path / "a" / "b"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "a" / "b" / "actors.csv").exists()


@pytest.mark.parametrize("lang", LANGS)
def test_xlsx_template_loads_like_the_csv_one(tmp_path, lang):
    import openpyxl

    result = run("init", str(tmp_path), "--lang", lang, "--xlsx")
    assert result.exit_code == 0, result.output
    book = tmp_path / "region.xlsx"
    assert f"validate --data {book}" in result.stdout  # the next step names the workbook, not the folder
    guide = next(p for p in tmp_path.iterdir() if p.suffix == ".md").read_text(encoding="utf-8")
    assert f"validate --data {book}" in guide
    assert run("validate", "--data", str(book)).exit_code == 0
    both = run("validate", "--data", str(tmp_path))  # the folder holds both: refused, never a silent pick
    assert both.exit_code == 2 and "region.xlsx" in both.output and "actors.csv" in both.output
    from_xlsx = load_dataset(book)
    book = book.rename(tmp_path.parent / f"{tmp_path.name}-region.xlsx")  # the CSVs alone
    from_csv = load_dataset(tmp_path)
    for frame in ("actors", "relations", "plans"):
        a, b = getattr(from_csv, frame), getattr(from_xlsx, frame)
        assert a.drop(columns="line").equals(b.drop(columns="line")), frame
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == ["actors", "relations", "plans", "guide" if lang == "en" else "gids"]
    ws = wb["actors"]
    assert ws.freeze_panes == "A2"
    assert ws["A1"].font.bold
    lists = {str(rng).split(":")[0][:-1] for dv in ws.data_validations.dataValidation for rng in dv.sqref.ranges}
    kind_letter = openpyxl.utils.get_column_letter([c.name for c in ACTOR_COLUMNS].index("kind") + 1)
    assert kind_letter in lists, "the kind column has a dropdown"
    kind_dv = next(dv for dv in ws.data_validations.dataValidation if str(dv.sqref).startswith(kind_letter))
    assert kind_dv.formula1 == '"' + ",".join(ACTOR_KINDS) + '"'


def test_xlsx_without_openpyxl_is_a_clear_error_and_writes_nothing(tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_openpyxl(name, *args, **kwargs):
        if name == "openpyxl" or name.startswith("openpyxl."):
            raise ImportError("No module named 'openpyxl'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_openpyxl)
    result = run("init", str(tmp_path / "x"), "--xlsx")
    assert result.exit_code == 2
    assert "openpyxl" in result.stderr and "pip install" in result.stderr
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize("lang", LANGS)
def test_folder_with_workbook_and_csvs_is_refused_naming_both(tmp_path, lang):
    """Documented choice (docs/data-format.md): a data folder holding region.xlsx and the CSVs is ambiguous;
    validate/check exit 2 naming both files and how to choose (--data DIR/region.xlsx, or remove the CSVs)."""
    assert run("init", str(tmp_path), "--lang", lang, "--xlsx").exit_code == 0
    for command in ("validate", "check"):
        result = run(command, "--data", str(tmp_path), "--lang", lang)
        assert result.exit_code == 2, result.output
        assert (
            str(tmp_path / "region.xlsx") in result.output and "actors.csv, relations.csv, plans.csv" in result.output
        )
        assert f"--data {tmp_path / 'region.xlsx'}" in result.output
    (tmp_path / "actors.csv").unlink()  # one CSV left: still both kinds
    assert run("validate", "--data", str(tmp_path)).exit_code == 2
    (tmp_path / "relations.csv").unlink()
    assert run("validate", "--data", str(tmp_path)).exit_code == 2  # plans.csv beside the workbook: both too
    (tmp_path / "plans.csv").unlink()  # only the workbook: the folder has no CSVs (missing files, as before)
    result = run("validate", "--data", str(tmp_path))
    assert result.exit_code == 2 and "actors.csv" in result.output
    assert run("validate", "--data", str(tmp_path / "region.xlsx")).exit_code == 0


def test_an_unrelated_workbook_beside_the_csvs_is_ignored(tmp_path):
    assert run("init", str(tmp_path)).exit_code == 0
    (tmp_path / "notes.xlsx").write_bytes(b"not ours")
    assert run("validate", "--data", str(tmp_path)).exit_code == 0
