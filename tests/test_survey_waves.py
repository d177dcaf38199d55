"""The follow-up measurement (issue 25, points 1–3): the 2010 questionnaire in full, both methods said plainly,
honest pre-filling, and a realistic wave that merges into a folder that validates with its open answers kept.

Where expected values come from: the item numbers are those of Bijlage 2 of the 2010 study
(/work/shared/seed, "0.1" … "4.2.1", 35 items, and its "Enkele cijfers"); the answers are the ones this file
types into the workbooks.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

openpyxl = pytest.importorskip("openpyxl")

from regienet.analysis.survey.items import NUMBERED_2010  # noqa: E402
from regienet.cli import cli  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
YEAR = 2014


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def question_rows(path: Path) -> list[tuple]:
    wb = openpyxl.load_workbook(path)
    return [r for r in wb.worksheets[0].iter_rows(min_row=3, max_col=5, values_only=True) if r[0]]


def test_the_35_numbered_items_are_all_in_the_catalogue_list():
    """The list itself: 35 numbers, as counted in Bijlage 2 (0.1–0.2, 10 of component 1, 12 of 2, 7 of 3, 4 of 4)."""
    assert len(NUMBERED_2010) == len(set(NUMBERED_2010)) == 35


@pytest.fixture(scope="module")
def waves(tmp_path_factory):
    base = tmp_path_factory.mktemp("waves")
    data = base / "data"
    shutil.copytree(DATA, data)
    out = {}
    for method, lang in (("self", "nl"), ("interview", "en")):
        out[method] = base / method
        result = run(
            "survey", "make", "--data", str(data), "-o", str(out[method]), "--lang", lang,
            "--year", str(YEAR), "--method", method, "-q",
        )  # fmt: skip
        assert result.exit_code == 0, result.output
    return data, out


def test_a_government_workbook_carries_every_item_and_the_figures(waves):
    _data, out = waves
    qs = question_rows(out["self"] / "kortrijk.xlsx")
    numbers = [r[1] for r in qs]
    assert [n for n in dict.fromkeys(numbers) if n in NUMBERED_2010] == list(NUMBERED_2010)  # all, study order
    keys = {r[0] for r in qs}
    assert {
        "time_alderman_pct", "time_other_alderman_pct", "time_ocmw_chair_pct",
        "staff_fte_lead", "staff_fte_exec", "budget_policy_eur", "budget_own_actor_eur", "budget_third_parties_eur",
    } <= keys  # fmt: skip
    assert {"open.T.1", "open.T.2", "open.T.3", "open.T.4"} <= keys
    by_key = {r[0]: r for r in qs}
    # Dutch as in 2010 (F21's question, word for word from Bijlage 2)
    assert by_key["open.3.1.1"][2].startswith(
        "3.1.1 Spreekt u mogelijke partners aan om bij te dragen aan de uitvoering van het beleid?"
    )
    en = {r[0]: r for r in question_rows(out["interview"] / "kortrijk.xlsx")}
    assert en["open.3.1.1"][2].startswith("3.1.1 Do you approach possible partners")


def test_the_self_report_says_so_on_its_first_sheet(waves):
    _data, out = waves
    for name in ("kortrijk.xlsx", "waak.xlsx"):
        ws = openpyxl.load_workbook(out["self"] / name).worksheets[0]
        texts = [c.value for c in ws[1] if isinstance(c.value, str)]
        assert any(v.startswith("ZELFRAPPORTERING.") for v in texts), name


def test_interview_guides_in_the_study_order_with_nothing_prefilled(waves):
    _data, out = waves
    folder = out["interview"]
    guides = sorted(folder.glob("*.interview.html"))
    assert len(guides) == 26  # 13 municipalities and 13 OCMWs, one guide each; actors get none
    html = (folder / "kortrijk.interview.html").read_text(encoding="utf-8")
    numbers = re.findall(r'<span class="num">([^<]+)</span>', html)
    assert [n for n in dict.fromkeys(numbers) if n in NUMBERED_2010] == list(NUMBERED_2010)
    assert numbers.count("C.1") == 3 and "T.4" in numbers
    # English guide keeps the 2010 Dutch beside the translation
    assert '<p class="orig" lang="nl">Spreekt u mogelijke partners aan' in html
    assert '<span class="num">3.1.1</span>Do you approach possible partners' in html
    assert "<script" not in html and "http" not in html.replace("http://www.w3.org", "")
    # the interview's workbooks have no answer filled in: no yes in the ties, no answer in the questions
    for path in folder.glob("*.xlsx"):
        wb = openpyxl.load_workbook(path)
        assert all(r[3] is None and r[4] is None for r in question_rows(path)), path.name
        ties = wb.worksheets[1]
        values = {c.value for row in ties.iter_rows(min_row=3) for c in row}
        assert not values & {"yes", "no", "ja", "nee"}, path.name
        first = [c.value for c in wb.worksheets[0][1] if isinstance(c.value, str)]
        assert any(v.startswith("INTERVIEW.") for v in first)
    assert "interview" in (folder / "README.txt").read_text(encoding="utf-8")


def test_the_guide_escapes_a_hostile_name(tmp_path):
    from regienet.analysis.survey.guide import guide_html

    hostile = '<img src=x onerror=alert(1)>"'
    page = guide_html(hostile, "municipality", "nl", 2024, "x.xlsx", [(hostile, "sociale onderneming")])
    assert "<img" not in page and page.count("&lt;img src=x onerror=alert(1)&gt;&quot;") == 3  # title, h1, roster


@pytest.mark.browser
def test_the_guide_in_chromium_offline_printable_and_accessible(waves, page):
    """Headless Chromium (the suite's fixture: every non-file request blocked and recorded); axe-core when
    axe-playwright-python is installed (test extras)."""
    _data, out = waves
    path = out["interview"] / "kortrijk.interview.html"
    page.goto(path.as_uri())
    assert page.external_requests == [] and page.js_errors == []
    assert page.locator("h2").count() == 8  # sections 0, 1–4, figures, today, the organisations to ask about
    assert page.locator(".write").count() >= 50
    page.emulate_media(media="print")
    heights = page.eval_on_selector_all(".write", "els => els.map(e => e.getBoundingClientRect().height)")
    assert min(heights) >= 30  # room to write, also on paper
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright")
    results = axe_module.Axe().run(page)
    serious = [v["id"] for v in results.response["violations"] if v.get("impact") in ("serious", "critical")]
    assert serious == [], results.generate_report()


def test_prefilled_only_on_record_never_illustrative(tmp_path):
    """Issue 25.3: on the bundled data the governments' answers are illustrative: none is pre-filled; a row
    whose provenance is a source is pre-filled as 'on record — please check (source)'; fictional is not."""
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    table = rows(data / "actors.csv")
    for r in table:
        if r["id"] == "kortrijk":
            r["provenance"] = "annual report 2013 of the city"
        if r["id"] == "ocmw_kortrijk":
            r["provenance"] = "fictional example"
    with (data / "actors.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(table[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(table)
    out = tmp_path / "out"
    assert (
        run("survey", "make", "--data", str(data), "-o", str(out), "--lang", "en", "--year", "2014", "-q").exit_code
        == 0
    )
    k = {r[0]: r for r in question_rows(out / "kortrijk.xlsx")}
    assert (
        k["se_goals"][3] is not None and k["se_goals"][4] == "on record — please check (annual report 2013 of the city)"
    )
    o = {r[0]: r for r in question_rows(out / "ocmw_kortrijk.xlsx")}
    assert o["se_goals"][3] is None and "fictional" in o["se_goals"][4]
    h = {r[0]: r for r in question_rows(out / "harelbeke.xlsx")}
    assert all(h[c][3] is None for c in ("se_goals", "se_in_plans", "accountability_level"))  # illustrative
    # ties: a yes only where the relation's provenance is a source, with the source beside it
    ws = openpyxl.load_workbook(out / "menen.xlsx")["ties"]
    keys = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=3, values_only=True):
        if row[0] is None:
            continue
        answers = [row[keys.index(k)] for k in ("founded", "seat", "client", "funding", "accounts_to")]
        if "yes" in answers:
            assert row[keys.index("on_record")].count("on record — please check (") >= 1
    readme = (out / "README.txt").read_text(encoding="utf-8")
    assert "annual report 2013 of the city" in readme and "left blank" in readme


# ------------------------------------------------------------------ a realistic wave, both kinds of respondent


def _set(ws, where: dict, keys: list, values: dict) -> None:
    for (row_key, col_key), value in values.items():
        cell = ws.cell(row=where[row_key], column=keys.index(col_key) + 1, value=value)
        if isinstance(value, str):
            cell.data_type = "s"


def answer(src: Path, dst: Path, questions: dict, ties: dict, brokered: list[tuple[str, str]] = ()) -> Path:
    wb = openpyxl.load_workbook(src)
    meta = {r[0]: r[1] for r in wb["_regienet"].iter_rows(max_col=2, values_only=True)}
    qs = wb[meta["questions_sheet"]]
    qwhere = {qs.cell(row=r, column=1).value: r for r in range(3, qs.max_row + 1) if qs.cell(row=r, column=1).value}
    for key, value in questions.items():
        qs.cell(row=qwhere[key], column=4, value=value)
    ws = wb[meta["ties_sheet"]]
    keys = [c.value for c in ws[1]]
    where = {ws.cell(row=r, column=1).value: r for r in range(3, ws.max_row + 1) if ws.cell(row=r, column=1).value}
    _set(ws, where, keys, ties)
    if brokered:
        bs = wb[meta["brokered_sheet"]]
        for i, (a, b) in enumerate(brokered, start=3):
            bs.cell(row=i, column=1, value=a)
            bs.cell(row=i, column=2, value=b)
    dst.parent.mkdir(parents=True, exist_ok=True)
    wb.save(dst)
    return dst


def test_a_realistic_wave_round_trip(waves, tmp_path):
    """Kortrijk answers the questionnaire (figures, open questions, a personal seat, who reports to it, a
    cooperation it brokered); Waak answers its activities, target groups and jobs and that it reports to
    Kortrijk. The new folder validates, the contract's columns carry the answers, the open answers are kept
    in answers.csv, report -m shows them with the method, and diff marks the self-report wave."""
    data, out = waves
    ret = out["self"] / "returned"
    paths = [
        answer(
            out["self"] / "kortrijk.xlsx",
            ret / "kortrijk.xlsx",
            questions={
                "se_goals": "operationeel",
                "staff_fte_lead": 1,
                "staff_fte_exec": "2,5",
                "budget_policy_eur": 20000,
                "budget_own_actor_eur": 150000,
                "budget_third_parties_eur": 30000,
                "time_alderman_pct": 20,
                "open.1.1.1": "Werk voor wie moeilijk aan de slag raakt.",
                "open.3.1.1": "Ja, via het lokaal werkgelegenheidsforum; vooral de eigen actoren.",
                "open.T.3": "Nee, we doen de regie zelf.",
            },
            ties={
                ("waak", "seat"): "ja",
                ("waak", "capacity"): "persoonlijke titel",
                ("waak", "reports_to_us"): "ja",
            },
            brokered=[("energiesnoeiers", "lde_kortrijk")],
        ),
        answer(
            out["self"] / "waak.xlsx",
            ret / "waak.xlsx",
            questions={
                "activities": "groen, schoonmaak",
                "target_groups": "langdurig werkzoekenden|handicap",
                "jobs": 120,
                "open.P.1": "Duurzaam werk voor mensen met een arbeidshandicap.",
            },
            ties={("kortrijk", "reports_to"): "ja"},
        ),
    ]
    new = tmp_path / "wave2"
    result = run("survey", "collect", "--data", str(data), *map(str, paths), "-o", str(new), "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (
        report["method"] == "self" and report["answers"] == 5
    )  # 3 open answers and a figure from Kortrijk, 1 from Waak
    assert run("validate", "--data", str(new)).exit_code == 0
    act = {r["id"]: r for r in rows(new / "actors.csv")}
    k = act["kortrijk"]
    assert (k["staff_fte_lead"], k["staff_fte_exec"], k["se_goals"]) == ("1", "2.5", "operational")
    assert (k["budget_policy_eur"], k["budget_own_actor_eur"], k["budget_third_parties_eur"]) == (
        "20000",
        "150000",
        "30000",
    )
    w = act["waak"]
    assert (w["activities"], w["target_groups"], w["jobs"]) == (
        "groen|schoonmaak",
        "langdurig_werkzoekenden|handicap",
        "120",
    )
    triples = {(r["source"], r["target"], r["kind"]): r for r in rows(new / "relations.csv")}
    assert triples[("kortrijk", "waak", "seat")]["capacity"] == "personal"
    assert triples[("waak", "kortrijk", "reports_to")]["reported_by"] == "kortrijk|waak"
    assert {
        "source": "waak",
        "target": "kortrijk",
        "kind": "reports_to",
        "reported_by": ["kortrijk", "waak"],
    } in report["confirmed"]
    coop = triples[("energiesnoeiers", "lde_kortrijk", "cooperation")]
    assert coop["via"] == "kortrijk" and coop["provenance"] == f"survey {YEAR} kortrijk"
    answers = rows(new / "answers.csv")
    assert {(a["respondent"], a["item"], a["key"], a["method"]) for a in answers} >= {
        ("kortrijk", "1.1.1", "open.1.1.1", "self"),
        ("kortrijk", "3.1.1", "open.3.1.1", "self"),
        ("kortrijk", "C.1", "time_alderman_pct", "self"),
        ("waak", "P.1", "open.P.1", "self"),
    }
    text = run("report", "--data", str(new), "-m", "kortrijk", "--lang", "nl")
    assert text.exit_code == 0, text.output
    assert "Ja, via het lokaal werkgelegenheidsforum" in text.output and "zelfrapportering" in text.output
    js = json.loads(run("report", "--data", str(new), "-m", "kortrijk", "--format", "json").output)
    got = js["municipalities"]["kortrijk"]["survey_answers"]
    assert got["method"] == "self" and any(a["key"] == "open.P.1" for a in got["answers"])
    diff = run("diff", str(data), str(new), "--format", "json")
    assert json.loads(diff.output)["new"]["method"] == "self"
    diff_text = run("diff", str(data), str(new))
    assert "gathered differently" in diff_text.output


def test_figures_are_checked_at_their_cell(waves, tmp_path):
    """A percentage above 100 or a negative FTE is refused naming sheet and cell; '35%' is read as 35."""
    data, out = waves
    bad = answer(
        out["self"] / "kortrijk.xlsx",
        out["self"] / "figures" / "kortrijk.xlsx",
        questions={"time_alderman_pct": "35%", "time_ocmw_chair_pct": 120, "staff_fte_lead": "-1"},
        ties={},
    )
    result = run("survey", "collect", "--data", str(data), str(bad), "-o", str(tmp_path / "n"))
    assert result.exit_code == 2, result.output
    rows_of = {r[0]: i for i, r in enumerate(question_rows(bad), start=3)}
    assert f"D{rows_of['time_ocmw_chair_pct']}" in result.output and "0 to 100" in result.output
    assert f"D{rows_of['staff_fte_lead']}" in result.output
    assert f"D{rows_of['time_alderman_pct']}" not in result.output


# ------------------------------------------------------------------ today's institutions: an association answers


EXAMPLE_TODAY = ROOT / "examples" / "today"


@pytest.mark.skipif(not (EXAMPLE_TODAY / "actors.csv").exists(), reason="the 'today' example (issue 24) is missing")
def test_an_association_answers_in_its_own_workbook(tmp_path):
    """Issue 25.4 on the bundled example of today's institutions (issue 24, fictional): the regie association
    gets its own workbook with today's questions; it reports a new mandate from Molsele for networking and
    accounting (SA|VA), which Molsele confirms, and its VDAB agreement; an enterprise answers its activities.
    Nothing of the fictional example is pre-filled. The new folder validates and keeps plans.csv."""
    data = tmp_path / "today"
    shutil.copytree(EXAMPLE_TODAY, data)
    out = tmp_path / "out"
    result = run("survey", "make", "--data", str(data), "-o", str(out), "--lang", "nl", "--year", "2024", "-q")
    assert result.exit_code == 0, result.output
    assoc = out / "regieverband_leievallei.xlsx"
    keys = [c.value for c in openpyxl.load_workbook(assoc)["banden"][1]]
    assert {"mandated_by", "funded_by", "agreement", "accounts_to", "scope"} <= set(keys)
    assert [r[0] for r in question_rows(assoc)][:4] == ["activities", "target_groups", "jobs", "open.A.1"]
    assert all(r[3] is None for r in question_rows(assoc))  # fictional: nothing pre-filled as a fact
    assert "mandates" in [c.value for c in openpyxl.load_workbook(out / "molsele.xlsx")["banden"][1]]
    ret = out / "returned"
    paths = [
        answer(
            assoc,
            ret / "regieverband_leievallei.xlsx",
            questions={"activities": "omgevingsanalyse|netwerking", "open.A.3": "WSE-LR1 voor Ardelgem en Bremdonk."},
            ties={
                ("molsele", "mandated_by"): "ja",
                ("molsele", "scope"): "sa, va",
                ("vdab", "agreement"): "ja",
            },
        ),
        answer(
            out / "molsele.xlsx",
            ret / "molsele.xlsx",
            questions={"open.T.3": "Ja, sinds 2024: het regieverband, voor netwerken en verantwoording."},
            ties={("regieverband_leievallei", "mandates"): "ja"},
        ),
        answer(
            out / "leiewerf.xlsx",
            ret / "leiewerf.xlsx",
            questions={"activities": "groen|fietsherstel", "target_groups": "handicap", "jobs": "85"},
            ties={},
        ),
    ]
    new = tmp_path / "wave"
    result = run("survey", "collect", "--data", str(data), *map(str, paths), "-o", str(new), "--format", "json")
    assert result.exit_code == 0, result.output
    assert run("validate", "--data", str(new)).exit_code == 0
    assert rows(new / "plans.csv") == rows(data / "plans.csv")  # the same cells (CSV quoting may differ)
    triples = {(r["source"], r["target"], r["kind"]): r for r in rows(new / "relations.csv")}
    mandate = triples[("molsele", "regieverband_leievallei", "mandates")]
    assert mandate["scope"] == "SA|VA" and mandate["reported_by"] == "molsele|regieverband_leievallei"
    vdab = [k for k in triples if set(k[:2]) == {"regieverband_leievallei", "vdab"} and k[2] == "agreement"]
    assert vdab and triples[vdab[0]]["reported_by"] == "regieverband_leievallei"
    act = {r["id"]: r for r in rows(new / "actors.csv")}
    assert act["regieverband_leievallei"]["activities"] == "omgevingsanalyse|netwerking"
    assert (act["leiewerf"]["activities"], act["leiewerf"]["jobs"]) == ("groen|fietsherstel", "85")
    answers = {(a["respondent"], a["item"]) for a in rows(new / "answers.csv")}
    assert {("regieverband_leievallei", "A.3"), ("molsele", "T.3")} <= answers
    # report -m molsele shows its own answer and the answer of the association it mandated
    text = run("report", "--data", str(new), "-m", "molsele", "--lang", "nl").output
    assert "Ja, sinds 2024: het regieverband" in text and "WSE-LR1 voor Ardelgem en Bremdonk." in text


# ------------------------------------------------------------------ T.2: the plans sheet into plans.csv


def _plans_sheet(path: Path):
    wb = openpyxl.load_workbook(path)
    meta = {r[0]: r[1] for r in wb["_regienet"].iter_rows(max_col=2, values_only=True)}
    return wb, wb[meta["plans_sheet"]]


def _fill_plans(src: Path, dst: Path, actions: list[tuple]) -> Path:
    wb, ps = _plans_sheet(src)
    row = 3
    while ps.cell(row=row, column=2).value:
        row += 1
    for i, values in enumerate(actions, start=row):
        for j, value in enumerate(values, start=1):
            cell = ps.cell(row=i, column=j, value=value)
            if isinstance(value, str):
                cell.data_type = "s"
    dst.parent.mkdir(parents=True, exist_ok=True)
    wb.save(dst)
    return dst


@pytest.mark.skipif(not (EXAMPLE_TODAY / "plans.csv").exists(), reason="the 'today' example (issue 24) is missing")
def test_a_government_reports_its_plan_actions(tmp_path):
    """Issue 25, T.2 on `--example today` (fictional): the governments and the association get a plans sheet
    with nothing of the fictional plans pre-filled; Kervelde adds a WSE-LR3 action with a budget and an action
    whose title looks like a formula; the new folder's plans.csv has both (the formula kept as text) in place of
    Kervelde's fictional 2026 actions, and everyone else's actions as they were; it validates."""
    out = tmp_path / "out"
    result = run("survey", "make", "--example", "today", "-o", str(out), "--lang", "en", "--year", "2026", "-q")
    assert result.exit_code == 0, result.output
    for who in ("kervelde", "regieverband_leievallei"):
        _wb, ps = _plans_sheet(out / f"{who}.xlsx")
        assert [c.value for c in ps[1]][:5] == ["code", "title", "year", "budget_eur", "on_record"]
        assert ps.cell(row=3, column=2).value is None  # fictional plans are not pre-filled as facts
    ret = out / "returned"
    path = _fill_plans(
        out / "kervelde.xlsx",
        ret / "kervelde.xlsx",
        [("wse-lr3", "Reserved contracts for social enterprises", 2026, 18000), ("", "=HYPERLINK(1)", "", "")],
    )
    new = tmp_path / "wave"
    result = run("survey", "collect", "--example", "today", str(path), "-o", str(new), "--format", "json")
    assert result.exit_code == 0, result.output
    assert run("validate", "--data", str(new)).exit_code == 0
    plans = rows(new / "plans.csv")
    mine = [p for p in plans if p["government"] == "kervelde"]
    assert [(p["code"], p["title"], p["year"], p["budget_eur"], p["provenance"]) for p in mine] == [
        ("WSE-LR3", "Reserved contracts for social enterprises", "2026", "18000", "survey 2026 kervelde"),
        ("", "'=HYPERLINK(1)", "2026", "", "survey 2026 kervelde"),
    ]
    others = [p for p in rows(EXAMPLE_TODAY / "plans.csv") if p["government"] != "kervelde"]
    assert [p for p in plans if p["government"] != "kervelde"] == others
    assert json.loads(result.output)["plans"][0]["code"] == "WSE-LR3"


def test_plans_on_record_prefilled_as_text_and_checked_at_their_cell(tmp_path):
    """Issue 25, T.2: a plan action whose provenance is a source is pre-filled 'on record — please check', its
    formula-looking title written as a text cell; a fictional one is not; a bad code, year and budget are named
    by workbook, sheet and cell."""
    data = tmp_path / "today"
    shutil.copytree(EXAMPLE_TODAY, data)
    with (data / "plans.csv").open("a", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerow(
            ["molsele", "WSE-LR2", "=cmd|' /C calc'!A0", "2026", "5000", "meerjarenplan 2026 Molsele"]
        )
        csv.writer(fh, lineterminator="\n").writerow(
            ["molsele", "WSE-LR1", "Regisseur", "", "", "meerjarenplan 2026 Molsele"]
        )
    out = tmp_path / "out"
    assert (
        run("survey", "make", "--data", str(data), "-o", str(out), "--lang", "en", "--year", "2026", "-q").exit_code
        == 0
    )
    _wb, ps = _plans_sheet(out / "molsele.xlsx")
    row = [c for c in ps[3]][:5]
    assert [c.value for c in row] == [
        "WSE-LR2",
        "=cmd|' /C calc'!A0",
        2026,
        5000,
        "on record — please check (meerjarenplan 2026 Molsele)",
    ]
    assert row[1].data_type == "s"  # text, never a formula
    assert [c.value for c in ps[4]][:3] == ["WSE-LR1", "Regisseur", None]  # no year: pre-filled too
    # returned unchanged with one action added: the unchanged one keeps its source, the formula stays text
    path = _fill_plans(out / "molsele.xlsx", out / "returned" / "molsele.xlsx", [("WVG100", "Buurtwerk", 2026, 0)])
    result = run("survey", "collect", "--data", str(data), str(path), "-o", str(tmp_path / "molsele-wave"))
    assert result.exit_code == 0, result.output
    got = [(p["code"], p["title"], p["year"], p["provenance"]) for p in rows(tmp_path / "molsele-wave" / "plans.csv")]
    assert [g for g in got if g[1] in ("Regisseur", "Buurtwerk", "'=cmd|' /C calc'!A0")] == [
        ("WSE-LR2", "'=cmd|' /C calc'!A0", "2026", "survey 2026 molsele"),
        ("WSE-LR1", "Regisseur", "2026", "meerjarenplan 2026 Molsele"),
        ("WVG100", "Buurtwerk", "2026", "survey 2026 molsele"),
    ]
    _wb, ps = _plans_sheet(out / "kervelde.xlsx")
    assert ps.cell(row=3, column=1).value is None  # fictional
    path = _fill_plans(out / "kervelde.xlsx", out / "returned" / "kervelde.xlsx", [("WSE-LR7", "X", "soon", "lots")])
    result = run("survey", "collect", "--data", str(data), str(path), "-o", str(tmp_path / "wave"))
    assert result.exit_code == 2
    assert "kervelde.xlsx[plans]" in result.output
    for cell in ("A3", "C3", "D3"):
        assert f"cell {cell}" in result.output
