"""Survey waves (issue 14): make → fill as a respondent would → collect → a new folder that validates."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

openpyxl = pytest.importorskip("openpyxl")

from regienet.cli import cli  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "survey"
YEAR = 2014


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def folder_hash(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def rows(path: Path) -> list[dict[str, str]]:
    import csv

    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def fill(
    src: Path, dst: Path, ties: dict | None = None, questions: dict | None = None, new: dict | None = None
) -> Path:
    """Answer a workbook as a respondent would: set cells by (actor id, key), answer questions, add a free row."""
    wb = openpyxl.load_workbook(src)
    meta = {r[0]: r[1] for r in wb["_regienet"].iter_rows(max_col=2, values_only=True)}
    ws = wb[meta["ties_sheet"]]
    keys = [c.value for c in ws[1]]
    where = {ws.cell(row=r, column=1).value: r for r in range(3, ws.max_row + 1) if ws.cell(row=r, column=1).value}
    for (partner, key), value in (ties or {}).items():
        ws.cell(row=where[partner], column=keys.index(key) + 1, value=value)
    if new:
        r = max(where.values()) + 1
        for key, value in new.items():
            ws.cell(row=r, column=keys.index(key) + 1, value=value)
    if questions:
        qs = wb[meta["questions_sheet"]]
        for r in range(3, qs.max_row + 1):
            key = qs.cell(row=r, column=1).value
            if key in questions:
                qs.cell(row=r, column=4, value=questions[key])
    dst.parent.mkdir(parents=True, exist_ok=True)
    wb.save(dst)
    return dst


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """The bundled data copied, and Dutch workbooks for every respondent made from it."""
    base = tmp_path_factory.mktemp("survey")
    data = base / "data"
    shutil.copytree(DATA, data)
    out = base / "out"
    out.mkdir()
    # the committed test key (not a secret), so that the LibreOffice fixture's signature matches these workbooks
    shutil.copy(FIXTURES / "survey.key", out / "survey.key")
    result = run("survey", "make", "--data", str(data), "-o", str(out), "--lang", "nl", "--year", str(YEAR))
    assert result.exit_code == 0, result.output
    return data, out


def answer_kortrijk_wave(out: Path, dst: Path) -> list[Path]:
    """A realistic wave: Kortrijk (municipality), its LDE initiative and Waak answer."""
    return [
        fill(
            out / "kortrijk.xlsx",
            dst / "kortrijk.xlsx",
            ties={
                ("waak", "funding"): "ja",
                ("waak", "amount_eur"): 5000,
                ("waak", "client"): "nee",
                ("lde_kortrijk", "client"): "ja",
            },
            questions={"actor_inventory": "nee", "council_mentions": 4},
            new={
                "name": "Buurtrestaurant De Kaai",
                "kind": "sociale onderneming",
                "municipality": "kortrijk",
                "funding": "ja",
                "amount_eur": 2500,
            },
        ),
        fill(
            out / "lde_kortrijk.xlsx",
            dst / "lde_kortrijk.xlsx",
            ties={
                ("ocmw_kortrijk", "funded_by"): "nee",
                ("energiesnoeiers", "cooperation"): "ja",
                ("kortrijk", "client_of"): "ja",
            },
        ),
        fill(
            out / "waak.xlsx",
            dst / "waak.xlsx",
            ties={("kortrijk", "funded_by"): "ja", ("kortrijk", "client_of"): "ja"},
        ),
    ]


def test_round_trip_on_the_bundled_data(made, tmp_path):
    data, out = made
    before = folder_hash(data)
    paths = answer_kortrijk_wave(out, tmp_path / "returned")
    new = tmp_path / "wave2"
    result = run(
        "survey",
        "collect",
        "--data",
        str(data),
        "--key",
        str(out),
        *map(str, paths),
        "-o",
        str(new),
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert folder_hash(data) == before  # the input folder is byte-identical
    assert run("validate", "--data", str(new)).exit_code == 0
    rel = rows(new / "relations.csv")
    act = {r["id"]: r for r in rows(new / "actors.csv")}
    triples = {(r["source"], r["target"], r["kind"]): r for r in rel}
    # added: reported by both sides, amount from the government, provenance of the survey
    added = triples[("kortrijk", "waak", "funding")]
    assert added["reported_by"] == "kortrijk|waak" and added["amount_eur"] == "5000"
    assert added["provenance"] == f"survey {YEAR} kortrijk"
    # one side says no, the other did not answer: removed
    assert ("ocmw_kortrijk", "lde_kortrijk", "funding") not in triples
    # confirmed by both sides (illustrative in the data, so not pre-filled: both answered yes): kept with its
    # provenance, reported_by set
    client = triples[("kortrijk", "lde_kortrijk", "client")]
    assert client["reported_by"] == "kortrijk|lde_kortrijk" and client["provenance"].startswith("illustrative")
    # contradiction: Kortrijk says no, Waak says yes: kept as it is
    assert ("kortrijk", "waak", "client") in triples
    assert {
        "source": "kortrijk",
        "target": "waak",
        "kind": "client",
        "yes": ["waak"],
        "no": ["kortrijk"],
        "in_data": True,
    } in report["contradictions"]
    # a tie added by one side
    coop = triples[("energiesnoeiers", "lde_kortrijk", "cooperation")]
    assert coop["reported_by"] == "lde_kortrijk" and coop["provenance"] == f"survey {YEAR} lde_kortrijk"
    # governance answers
    assert act["kortrijk"]["actor_inventory"] == "no" and act["kortrijk"]["council_mentions"] == "4"
    assert act["kortrijk"]["provenance"] == f"survey {YEAR} kortrijk"
    # a proposed actor, flagged for review, with its tie
    prop = act["buurtrestaurant_de_kaai"]
    assert (prop["kind"], prop["municipality"], prop["provenance"]) == (
        "enterprise",
        "kortrijk",
        f"survey {YEAR} kortrijk proposed",
    )
    assert triples[("kortrijk", "buurtrestaurant_de_kaai", "funding")]["amount_eur"] == "2500"
    # untouched rows are untouched
    old = {(r["source"], r["target"], r["kind"]): r for r in rows(data / "relations.csv")}
    same = triples[("menen", "provincie_wvl", "accounts_to")]
    assert {k: v for k, v in same.items() if k != "reported_by"} == old[("menen", "provincie_wvl", "accounts_to")]
    assert same["reported_by"] == ""
    # the report
    assert {
        "source": "kortrijk",
        "target": "lde_kortrijk",
        "kind": "client",
        "reported_by": ["kortrijk", "lde_kortrijk"],
    } in report["confirmed"]
    assert [p["id"] for p in report["proposed_actors"]] == ["buurtrestaurant_de_kaai"]
    assert "ocmw_kortrijk" in report["missing_respondents"] and "kortrijk" not in report["missing_respondents"]
    assert report["respondents"] == ["kortrijk", "lde_kortrijk", "waak"]
    one_sided = {(i["source"], i["target"], i["kind"]) for i in report["one_sided"]}
    assert ("energiesnoeiers", "lde_kortrijk", "cooperation") in one_sided
    assert ("kortrijk", "buurtrestaurant_de_kaai", "funding") not in one_sided  # a proposed actor got no workbook


def test_json_shape(made, tmp_path):
    data, out = made
    paths = answer_kortrijk_wave(out, tmp_path / "returned")
    result = run(
        "survey",
        "collect",
        "--data",
        str(data),
        "--key",
        str(out),
        *map(str, paths),
        "-o",
        str(tmp_path / "n"),
        "--format",
        "json",
    )
    report = json.loads(result.output)
    assert report["version"] == 1 and report["written"] == str(tmp_path / "n")
    for key in ("confirmed", "one_sided", "contradictions", "proposed_actors", "missing_respondents"):
        assert isinstance(report[key], list)
    assert set(report["confirmed"][0]) == {"source", "target", "kind", "reported_by"}
    assert {"source", "target", "kind", "yes", "no"} <= set(report["contradictions"][0])


def test_text_report_and_diff_between_the_waves(made, tmp_path):
    data, out = made
    paths = answer_kortrijk_wave(out, tmp_path / "returned")
    new = tmp_path / "wave2"
    text = run(
        "survey", "collect", "--data", str(data), "--key", str(out), *map(str, paths), "-o", str(new), "--lang", "nl"
    )
    assert text.exit_code == 0
    assert "Tegenspraken" in text.output and "kortrijk → waak (client)" in text.output
    diff = run("diff", str(data), str(new), "--format", "json")
    assert diff.exit_code in (0, 1), diff.output
    changes = json.dumps(json.loads(diff.output))
    assert "buurtrestaurant_de_kaai" in changes or "waak" in changes


def test_dutch_and_english_words(made, tmp_path):
    _data, out = made
    wb = openpyxl.load_workbook(out / "kortrijk.xlsx")
    assert (
        wb.sheetnames == ["vragen", "banden", "bemiddeld", "plannen", "_regienet"]
        and wb["_regienet"].sheet_state == "hidden"
    )
    ws = wb["banden"]
    values = {c.value for row in ws.iter_rows(min_row=3) for c in row if c.value in ("ja", "nee", "yes", "no")}
    assert values == {"ja"}
    formulas = {dv.formula1 for dv in ws.data_validations.dataValidation}
    assert '"ja,nee"' in formulas
    assert ws.protection.sheet and ws["A1"].protection.locked and ws["E1"].protection.locked
    kortrijk_row = next(r for r in range(3, ws.max_row + 1) if ws.cell(row=r, column=1).value == "lde_kortrijk")
    assert not ws.cell(row=kortrijk_row, column=5).protection.locked  # an answer cell stays editable
    en = tmp_path / "en"
    run(
        "survey",
        "make",
        "--data",
        str(DATA),
        "-o",
        str(en),
        "--lang",
        "en",
        "--year",
        str(YEAR),
        "--respondents",
        "governments",
    )
    wb = openpyxl.load_workbook(en / "kortrijk.xlsx")
    assert wb.sheetnames == ["questions", "ties", "brokered", "plans", "_regienet"]
    assert '"yes,no"' in {dv.formula1 for dv in wb["ties"].data_validations.dataValidation}
    assert sorted(p.name for p in en.iterdir())[:2] == ["README.txt", "anzegem.xlsx"]
    assert not (en / "lde_kortrijk.xlsx").exists()  # --respondents governments


def test_key_rows(made):
    _data, out = made
    from regienet.analysis.survey import ties_keys

    gov = [c.value for c in openpyxl.load_workbook(out / "ocmw_kortrijk.xlsx")["banden"][1]]
    assert gov[: len(ties_keys("ocmw"))] == list(ties_keys("ocmw")) and "referral" in gov
    assert "referral" not in ties_keys("municipality")
    actor = [c.value for c in openpyxl.load_workbook(out / "waak.xlsx")["banden"][1]][:12]
    assert actor == [
        "actor_id",
        "name",
        "kind",
        "municipality",
        "reports_to",
        "member",
        "cooperation",
        "agreement",
        "client_of",
        "funded_by",
        "amount_eur",
        "frequency",
    ]


def test_region_made_with_init(tmp_path):
    region = tmp_path / "my-region"
    assert run("init", str(region)).exit_code == 0
    out = tmp_path / "out"
    assert run("survey", "make", "--data", str(region), "-o", str(out), "--lang", "en", "--year", "2020").exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "README.txt",
        "kringloop_voorbeeld.xlsx",
        "ocmw_voorbeeld.xlsx",
        "regieverband.xlsx",  # the template's association answers in its own workbook (issue 24/25)
        "steunpunt.xlsx",
        "survey.key",
        "voorbeeld.xlsx",
    ]
    ret = fill(
        out / "voorbeeld.xlsx",
        tmp_path / "ret" / "voorbeeld.xlsx",
        ties={("kringloop_voorbeeld", "client"): "no", ("steunpunt", "informs"): "yes"},
        questions={"se_goals": "operational"},
    )
    new = tmp_path / "new"
    result = run(
        "survey", "collect", "--data", str(region), "--key", str(out), str(ret), "-o", str(new), "--format", "json"
    )
    assert result.exit_code == 0, result.output
    assert run("validate", "--data", str(new)).exit_code == 0
    triples = {(r["source"], r["target"], r["kind"]) for r in rows(new / "relations.csv")}
    assert ("voorbeeld", "kringloop_voorbeeld", "client") not in triples
    assert ("voorbeeld", "steunpunt", "informs") in triples
    assert {r["id"]: r for r in rows(new / "actors.csv")}["voorbeeld"]["se_goals"] == "operational"


# ------------------------------------------------------------------ bad workbooks: exit 2, file/sheet/cell, nothing written


def _bad_cases(out: Path, tmp: Path) -> dict[str, tuple[Path, str, str]]:
    """name → (workbook, sheet, cell) that must be named."""
    cases = {}
    foreign = openpyxl.Workbook()
    foreign.active.title = "Blad1"
    foreign.save(tmp / "foreign.xlsx")
    cases["foreign"] = (tmp / "foreign.xlsx", "", "_regienet")
    wb = openpyxl.load_workbook(out / "kortrijk.xlsx")
    wb["banden"]["E1"] = "gesticht"
    wb.save(tmp / "key.xlsx")
    cases["edited key row"] = (tmp / "key.xlsx", "[banden]", "E1")
    wb = openpyxl.load_workbook(out / "kortrijk.xlsx")
    wb["banden"]["A5"] = "no_such_actor"
    wb.save(tmp / "unknown.xlsx")
    cases["unknown actor"] = (tmp / "unknown.xlsx", "[banden]", "A5")
    wb = openpyxl.load_workbook(out / "kortrijk.xlsx")
    row = next(r for r in range(3, 40) if wb["banden"].cell(row=r, column=1).value == "waak")
    wb["banden"].cell(row=row, column=7, value="misschien")
    wb.save(tmp / "dropdown.xlsx")
    cases["value outside dropdown"] = (tmp / "dropdown.xlsx", "[banden]", f"G{row}")
    wb = openpyxl.load_workbook(out / "kortrijk.xlsx")
    qrow = next(r for r in range(3, 80) if wb["vragen"].cell(row=r, column=1).value == "actor_inventory")
    wb["vragen"].cell(row=qrow, column=4, value="soms")
    wb.save(tmp / "question.xlsx")
    cases["question outside dropdown"] = (tmp / "question.xlsx", "[vragen]", f"D{qrow}")
    other = tmp / "other"
    run("init", str(other))
    run("survey", "make", "--data", str(other), "-o", str(tmp / "other-out"), "--respondents", "governments")
    cases["other data"] = (tmp / "other-out" / "voorbeeld.xlsx", "[_regienet]", "B6")
    return cases


def test_bad_workbooks_exit_2_name_file_sheet_cell_and_write_nothing(made, tmp_path):
    data, out = made
    good = fill(out / "waak.xlsx", tmp_path / "waak.xlsx", ties={("kortrijk", "funded_by"): "ja"})
    for name, (path, sheet, cell) in _bad_cases(out, tmp_path).items():
        new = tmp_path / f"new-{name.replace(' ', '_')}"
        result = CliRunner().invoke(
            cli, ["survey", "collect", "--data", str(data), "--key", str(out), str(good), str(path), "-o", str(new)]
        )
        assert result.exit_code == 2, (name, result.output)
        err = result.stderr if hasattr(result, "stderr") else result.output
        assert f"{path}{sheet}" in err and cell in err, (name, err)
        assert "Traceback" not in result.output
        assert not new.exists(), name
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".new")]


def test_duplicate_respondent_and_existing_newdir(made, tmp_path):
    data, out = made
    a = fill(out / "waak.xlsx", tmp_path / "a" / "waak.xlsx")
    b = fill(out / "waak.xlsx", tmp_path / "b" / "waak.xlsx")
    result = CliRunner().invoke(
        cli, ["survey", "collect", "--data", str(data), "--key", str(out), str(a), str(b), "-o", str(tmp_path / "n")]
    )
    assert result.exit_code == 2 and "B3" in result.output
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x.txt").write_text("keep")
    result = CliRunner().invoke(
        cli, ["survey", "collect", "--data", str(data), "--key", str(out), str(a), "-o", str(tmp_path / "full")]
    )
    assert result.exit_code == 2 and (tmp_path / "full" / "x.txt").read_text() == "keep"
    result = CliRunner().invoke(
        cli, ["survey", "collect", "--data", str(data), "--key", str(out), str(a), "-o", str(data)]
    )
    assert result.exit_code == 2


# ------------------------------------------------------------------ a workbook saved by LibreOffice


def libreoffice_edits(out: Path, dst: Path) -> Path:
    """The answers in the committed LibreOffice fixture (made from the bundled data, Dutch, 2014)."""
    return fill(
        out / "kortrijk.xlsx",
        dst,
        ties={("waak", "funding"): "ja", ("waak", "amount_eur"): 5000, ("waak", "client"): "nee"},
        questions={"se_goals": "operationeel", "council_mentions": 5},
        new={"name": "Fietsatelier", "kind": "sociale onderneming", "municipality": "kortrijk", "client": "ja"},
    )


@pytest.mark.skipif(not (FIXTURES / "kortrijk-libreoffice.xlsx").exists(), reason="fixture missing")
def test_libreoffice_saved_workbook_reads_the_same(made, tmp_path):
    """tests/fixtures/survey/kortrijk-libreoffice.xlsx: libreoffice_edits() saved by openpyxl, then converted by
    ``soffice --headless --convert-to xlsx`` (LibreOffice 7.4; rebuilt by ``scripts/survey_libreoffice_check.py
    --fixture`` with the committed test key). It must merge exactly like the openpyxl original."""
    from regienet.analysis.survey import collect

    _data, out = made
    lo_dir = tmp_path / "lo"
    lo_dir.mkdir()
    shutil.copy(FIXTURES / "kortrijk-libreoffice.xlsx", lo_dir / "kortrijk.xlsx")
    original = libreoffice_edits(out, tmp_path / "py" / "kortrijk.xlsx")
    a = collect(DATA, [original], key=out).to_dict()
    b = collect(DATA, [lo_dir / "kortrijk.xlsx"], key=out).to_dict()
    assert a == b
    assert a["governance"] and a["proposed_actors"][0]["name"] == "Fietsatelier"
