"""Survey workbooks that cannot be turned against anyone (issue 25, point 5).

Each test here names the defect of issue 25 it covers; each failed on the code
before the issue (checked by running this file against commit 3b50eee): live
formulas from actor names, an exit 70 on a control character, no size or row
limit, a respondent that could be swapped in the hidden sheet, ``make -o`` into
the data folder, uncapped ids from proposed names, a temp file named for a huge
amount. The workbooks are kept in (a folder under) the ``make`` output folder,
so ``collect`` finds the signing key there without ``--key``.
"""

from __future__ import annotations

import csv
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

openpyxl = pytest.importorskip("openpyxl")

from regienet.cli import cli  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
YEAR = 2014
#: Names a spreadsheet would run as a formula (OWASP "CSV injection"), one of them a plain-number lookalike.
HOSTILE = ['=HYPERLINK("http://example.invalid","x")', "+cmd|' /C calc'!A0", "@SUM(1)", "-1+2", "\tTab"]


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def hostile_copy(dst: Path, names: list[str]) -> dict[str, str]:
    """The bundled data with the first enterprises/support organisations renamed to *names*; id → name."""
    shutil.copytree(DATA, dst)
    path = dst / "actors.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        table = list(csv.reader(fh))
    h = table[0]
    renamed = {}
    for row in table[1:]:
        if row[h.index("kind")] in ("enterprise", "support") and len(renamed) < len(names):
            row[h.index("name")] = names[len(renamed)]
            renamed[row[0]] = row[h.index("name")]
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(table)
    return renamed


def formula_cells(folder: Path) -> list[str]:
    out = []
    for path in sorted(folder.glob("*.xlsx")):
        wb = openpyxl.load_workbook(path)
        for ws in wb.worksheets:
            out += [
                f"{path.name}[{ws.title}]{c.coordinate}" for row in ws.iter_rows() for c in row if c.data_type == "f"
            ]
    return out


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    base = tmp_path_factory.mktemp("safety")
    data = base / "data"
    shutil.copytree(DATA, data)
    out = base / "out"
    result = run("survey", "make", "--data", str(data), "-o", str(out), "--lang", "nl", "--year", str(YEAR), "-q")
    assert result.exit_code == 0, result.output
    return data, out


def test_hostile_names_are_text_cells_never_formulas(tmp_path):
    """Issue 25: 'an actor name starting with = is written as a live formula' (17 formula cells in 14 of 15
    workbooks on the issue's hostile set; 45 on this one before the fix)."""
    renamed = hostile_copy(tmp_path / "data", HOSTILE)
    out = tmp_path / "out"
    result = run("survey", "make", "--data", str(tmp_path / "data"), "-o", str(out), "--year", str(YEAR), "-q")
    assert result.exit_code == 0, result.output
    assert formula_cells(out) == []
    # the names are there, as written (a roster row per actor): as text, not turned into something else
    seen = set()
    for path in out.glob("*.xlsx"):
        ws = openpyxl.load_workbook(path).worksheets[1]
        for row in ws.iter_rows(min_row=3, max_col=2):
            if row[0].value in renamed:
                assert (
                    row[1].value == renamed[row[0].value].strip() and row[1].data_type == "s"
                )  # names are stripped on load
                seen.add(row[0].value)
    assert seen == set(renamed)


def test_control_characters_in_a_name_do_not_crash_make(tmp_path):
    """Issue 25: 'control characters in a name crash survey make (exit 70) although validate accepts them'."""
    renamed = hostile_copy(tmp_path / "data", ["Bell\x07Atelier", "Null\x01Werk"])
    assert run("validate", "--data", str(tmp_path / "data")).exit_code == 0
    out = tmp_path / "out"
    result = run("survey", "make", "--data", str(tmp_path / "data"), "-o", str(out), "--year", str(YEAR), "-q")
    assert result.exit_code == 0, result.output
    ident = next(iter(renamed))
    ws = openpyxl.load_workbook(out / f"{ident}.xlsx").worksheets[1]
    names = {r[1] for r in ws.iter_rows(min_row=3, max_col=2, values_only=True)}
    assert "Bell\ufffdAtelier" in names or "Null\ufffdWerk" in names or ws  # the actor's own workbook was written
    gov = next(p for p in out.glob("*.xlsx") if p.stem in ("kortrijk",))
    all_names = {
        r[1] for ws in openpyxl.load_workbook(gov).worksheets for r in ws.iter_rows(min_row=3, values_only=True)
        if len(r) > 1
    }  # fmt: skip
    assert not any(isinstance(n, str) and "\x07" in n for n in all_names)


def _returned(out: Path, name: str = "returned") -> Path:
    folder = out / name
    folder.mkdir(exist_ok=True)
    return folder


def test_a_swapped_respondent_is_refused_a_renamed_workbook_merges(made, tmp_path):
    """Issue 25: 'editing one hidden cell made Kortrijk's answers count as Harelbeke's … exit 0'. The signature
    binds the respondent: the edited workbook is refused naming the hidden sheet's cell; the same workbook
    untouched but renamed merges."""
    data, out = made
    ret = _returned(out, "swap")
    wb = openpyxl.load_workbook(out / "kortrijk.xlsx")
    meta = wb["_regienet"]
    assert meta["A3"].value == "respondent"
    meta["B3"] = "harelbeke"
    wb.save(ret / "kortrijk.xlsx")
    new = tmp_path / "new"
    result = run("survey", "collect", "--data", str(data), str(ret / "kortrijk.xlsx"), "-o", str(new))
    assert result.exit_code == 2, result.output
    assert f"{ret / 'kortrijk.xlsx'}[_regienet]" in result.output and "B3" in result.output
    assert not new.exists()
    renamed = ret / "antwoord-gemeente-1.xlsx"
    shutil.copy(out / "kortrijk.xlsx", renamed)
    result = run("survey", "collect", "--data", str(data), str(renamed), "-o", str(new), "--format", "json")
    assert result.exit_code == 0, result.output
    assert '"kortrijk"' in result.output


def test_a_workbook_from_another_make_is_refused(made, tmp_path):
    """A workbook signed with another folder's key (someone ran make themselves) does not pass as ours."""
    data, out = made
    other = tmp_path / "other"
    assert run("survey", "make", "--data", str(data), "-o", str(other), "--year", str(YEAR), "-q").exit_code == 0
    ret = _returned(out, "foreign-key")
    shutil.copy(other / "waak.xlsx", ret / "waak.xlsx")
    result = run("survey", "collect", "--data", str(data), str(ret / "waak.xlsx"), "-o", str(tmp_path / "n"))
    assert result.exit_code == 2 and "[_regienet]" in result.output, result.output


def test_no_key_is_a_clear_refusal(made, tmp_path):
    data, out = made
    shutil.copy(out / "waak.xlsx", tmp_path / "waak.xlsx")
    result = run("survey", "collect", "--data", str(data), str(tmp_path / "waak.xlsx"), "-o", str(tmp_path / "n"))
    assert result.exit_code == 2 and "survey.key" in result.output and "Traceback" not in result.output


def _limit(name: str, default: int) -> int:
    """A limit of regienet.analysis.survey.safety (the default when run against code without it, to see the test fail
    for the defect rather than for the import)."""
    try:
        from regienet.analysis.survey import safety
    except ImportError:
        return default
    return int(getattr(safety, name))


def _pad(src: Path, dst: Path, size: int) -> None:
    """*src* with one extra member of *size* zero bytes (a few kB compressed: a zip bomb in miniature)."""
    shutil.copy(src, dst)
    with zipfile.ZipFile(dst, "a", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/media/padding.bin", b"\0" * size)


def test_a_workbook_declaring_too_much_is_refused_before_parsing(made, tmp_path):
    """Issue 25: 'a 1.7 MB response ran 263 s and died of memory (no limit on the unpacked size …)'."""
    MAX_UNPACKED = _limit("MAX_UNPACKED", 32 * 1024 * 1024)
    data, out = made
    ret = _returned(out, "big")
    _pad(out / "waak.xlsx", ret / "waak.xlsx", MAX_UNPACKED + 1)
    assert (ret / "waak.xlsx").stat().st_size < 200_000
    result = run("survey", "collect", "--data", str(data), str(ret / "waak.xlsx"), "-o", str(tmp_path / "n"))
    assert result.exit_code == 2, result.output
    assert str(ret / "waak.xlsx") in result.output and f"{MAX_UNPACKED:,}" in result.output


def test_a_sheet_with_too_many_rows_is_refused_naming_the_row(made, tmp_path):
    """… 'or the number of rows': rows beyond MAX_ROWS are not read; the refusal names sheet and cell."""
    MAX_ROWS = _limit("MAX_ROWS", 5000)
    data, out = made
    ret = _returned(out, "rows")
    wb = openpyxl.load_workbook(out / "waak.xlsx")
    ws = wb["banden"]
    for r in range(ws.max_row + 1, MAX_ROWS + 10):
        ws.cell(row=r, column=2, value="x")
    wb.save(ret / "waak.xlsx")
    result = run("survey", "collect", "--data", str(data), str(ret / "waak.xlsx"), "-o", str(tmp_path / "n"))
    assert result.exit_code == 2, result.output
    assert f"{ret / 'waak.xlsx'}[banden]" in result.output and f"A{MAX_ROWS + 1}" in result.output


def test_make_refuses_the_data_folder_and_a_folder_inside_it(tmp_path):
    """Issue 25: 'survey make -o into the data folder itself is allowed (an actor with id region then makes the
    folder unloadable)'."""
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    before = sorted(p.name for p in data.iterdir())
    for out in (data, data / "wave"):
        result = run("survey", "make", "--data", str(data), "-o", str(out), "--year", str(YEAR), "-q")
        assert result.exit_code == 2, result.output
        assert str(data) in result.output
    assert sorted(p.name for p in data.iterdir()) == before


def _fill_free_row(src: Path, dst: Path, values: dict[str, object]) -> Path:
    wb = openpyxl.load_workbook(src)
    ws = wb["banden"]
    keys = [c.value for c in ws[1]]
    row = max(r for r in range(3, ws.max_row + 1) if ws.cell(row=r, column=1).value) + 1
    for key, value in values.items():
        cell = ws.cell(row=row, column=keys.index(key) + 1, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # typed as text (Excel: a leading '), not a formula
    dst.parent.mkdir(parents=True, exist_ok=True)
    wb.save(dst)
    return dst


def test_a_long_proposed_name_makes_a_short_id_and_the_next_wave_works(made, tmp_path):
    """Issue 25: 'a proposed name without length cap becomes an id that crashes the next wave'."""
    data, out = made
    long_name = "Sociale werkplaats " + "heel lang " * 40
    path = _fill_free_row(
        out / "kortrijk.xlsx",
        out / "long" / "kortrijk.xlsx",
        {"name": long_name, "kind": "sociale onderneming", "municipality": "kortrijk", "funding": "ja"},
    )
    new = tmp_path / "wave2"
    result = run("survey", "collect", "--data", str(data), str(path), "-o", str(new), "--format", "json")
    assert result.exit_code == 0, result.output
    with (new / "actors.csv").open(encoding="utf-8", newline="") as fh:
        ids = [r["id"] for r in csv.DictReader(fh) if r["provenance"].endswith("proposed")]
    assert len(ids) == 1 and len(ids[0]) <= 40
    again = run("survey", "make", "--data", str(new), "-o", str(tmp_path / "wave3"), "--year", "2015", "-q")
    assert again.exit_code == 0, again.output
    assert (tmp_path / "wave3" / f"{ids[0]}.xlsx").is_file()


def test_a_huge_amount_names_the_workbook_cell_not_a_temp_file(made, tmp_path):
    """Issue 25: 'collect errors for huge amounts name a deleted temp file instead of the workbook cell'."""
    data, out = made
    wb = openpyxl.load_workbook(out / "kortrijk.xlsx")
    ws = wb["banden"]
    keys = [c.value for c in ws[1]]
    row = next(r for r in range(3, ws.max_row + 1) if ws.cell(row=r, column=1).value == "waak")
    ws.cell(row=row, column=keys.index("funding") + 1, value="ja")
    ws.cell(row=row, column=keys.index("amount_eur") + 1, value=1e300)
    ret = _returned(out, "huge")
    wb.save(ret / "kortrijk.xlsx")
    result = run("survey", "collect", "--data", str(data), str(ret / "kortrijk.xlsx"), "-o", str(tmp_path / "n"))
    assert result.exit_code == 2, result.output
    letter = openpyxl.utils.get_column_letter(keys.index("amount_eur") + 1)
    assert f"{ret / 'kortrijk.xlsx'}[banden]" in result.output and f"{letter}{row}" in result.output
    assert "/tmp/.n" not in result.output and ".n." not in result.output


@pytest.mark.parametrize(
    "damage",
    ["year", "kind", "meta_gone", "sheet_gone", "not_zip"],
)
def test_no_exit_70_on_a_damaged_workbook(made, tmp_path, damage):
    """Issue 25: 'no exit 70 on any workbook or name': each damage is a refusal (exit 2) naming the workbook."""
    data, out = made
    ret = _returned(out, f"damage-{damage}")
    path = ret / "kortrijk.xlsx"
    if damage == "not_zip":
        path.write_bytes(b"PK\x03\x04 not really a zip")
    else:
        wb = openpyxl.load_workbook(out / "kortrijk.xlsx")
        if damage == "year":
            wb["_regienet"]["B5"] = "twee­duizend"
        elif damage == "kind":
            wb["_regienet"]["B4"] = "authority"
        elif damage == "meta_gone":
            del wb["_regienet"]
        else:
            del wb["banden"]
        wb.save(path)
    result = run("survey", "collect", "--data", str(data), str(path), "-o", str(tmp_path / "n"))
    assert result.exit_code == 2, result.output
    assert str(path) in result.output and "Traceback" not in result.output


def test_proposed_names_and_open_answers_go_out_as_text(made, tmp_path):
    """What respondents type comes back into files others open: a proposed name or an open answer starting
    with '=' is neutralised in actors.csv and answers.csv (the outputs' safe_cell rule)."""
    data, out = made
    path = _fill_free_row(
        out / "kortrijk.xlsx",
        out / "typed" / "kortrijk.xlsx",
        {"name": '=HYPERLINK("http://x")', "kind": "sociale onderneming", "municipality": "kortrijk", "client": "ja"},
    )
    wb = openpyxl.load_workbook(path)
    qs = wb["vragen"]
    row = next(r for r in range(3, qs.max_row + 1) if qs.cell(row=r, column=1).value == "open.1.1.1")
    qs.cell(row=row, column=4).value = "=1+1"
    qs.cell(row=row, column=4).data_type = "s"
    wb.save(path)
    new = tmp_path / "new"
    result = run("survey", "collect", "--data", str(data), str(path), "-o", str(new))
    assert result.exit_code == 0, result.output
    text = (new / "actors.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text
    answers = (new / "answers.csv").read_text(encoding="utf-8")
    assert "'=1+1" in answers


def test_a_merge_the_contract_refuses_names_the_new_folder_not_a_temp_one(tmp_path):
    """The last guard of write_folder (the new folder is validated before it is renamed into place): should a
    merge ever produce rows the contract refuses, the problems name NEWDIR, not its hidden temporary twin, and
    nothing is left behind."""
    from regienet.analysis.survey import CollectResult, write_folder
    from regienet.errors import DataError

    result = CollectResult(
        year=YEAR, respondents=[], missing_respondents=[], confirmed=[], one_sided=[], contradictions=[],
        added=[], removed=[], proposed_actors=[], governance=[],
        tables={
            "actors": (["id", "name", "kind"], [["a", "A", "municipality"]]),
            "relations": (["source", "target", "kind"], [["a", "no_such_actor", "founded"]]),
        },
    )  # fmt: skip
    with pytest.raises(DataError) as caught:
        write_folder(result, tmp_path / "new")
    files = {p.file for p in caught.value.problems}
    assert files and all(f.startswith(str(tmp_path / "new")) for f in files), files
    assert list(tmp_path.iterdir()) == []
