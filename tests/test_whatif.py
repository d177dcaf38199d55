"""``regienet whatif`` and ``regienet.whatif``: changes, findings before/after, plans that reach a level.

Expected values come from ``builders.base_rows()``, where every rule passes for
municipality ``a`` (levels 3, 3, 3, 3), mutated so that known rules fire; the
level arithmetic is the formula of ``regienet.rules`` (warnings weigh 1, BL01
is an error and weighs 2, so BL's rules weigh 6 in all; level = 3 − ⌈3·f⌉).
"""

from __future__ import annotations

import json

import pytest
from builders import base_rows, drop, mutated, region_from, set_answer, write_region
from click.testing import CliRunner

from regienet.cli import cli
from regienet.errors import UsageError
from regienet.whatif import Change, apply, evaluate, level_gain, plan


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def no_informs(actors, relations):
    """a informs nobody: BL04 fires (f = 1/6, BL 2)."""
    drop(relations, source="a", kind="informs")


def no_informs_no_consulting(actors, relations):
    """BL03 (share 1) and BL04 fire: f = 2/6, BL 2; one tie fixes each (BL 3 needs both)."""
    no_informs(actors, relations)
    drop(relations, source="a", kind="consulted")


def general_goals_no_informs(actors, relations):
    """BL02 (a questionnaire answer: no tie changes it), BL03 and BL04 fire: f = 3/6, BL 1; the best ties can do
    is f = 1/6, BL 2."""
    no_informs_no_consulting(actors, relations)
    set_answer(actors, "se_goals", "general")


@pytest.fixture()
def folder(tmp_path):
    return lambda fn=None: write_region(tmp_path / "data", *(mutated(fn) if fn else base_rows()))


def test_adding_informs_resolves_bl04_and_restores_bl_3(folder):
    """Base rows minus a's informs: BL04 fires, BL 2 (f = 1/6); a informs loc again resolves it: BL 3."""
    out = json.loads(
        run(
            "whatif", "--data", str(folder(no_informs)), "-m", "a", "--add", "a", "loc", "informs", "--format", "json"
        ).stdout
    )
    assert out["levels"]["before"] == {"OV": 3, "BL": 2, "SA": 3, "VA": 3}
    assert out["levels"]["after"] == {"OV": 3, "BL": 3, "SA": 3, "VA": 3}
    assert [f["rule"] for f in out["findings"]["resolved"]] == ["BL04"]
    assert out["findings"]["new"] == [] and out["findings"]["changed"] == []
    assert out["changes"] == [{"op": "add", "source": "a", "target": "loc", "kind": "informs"}]


def test_removing_the_forum_makes_sa06_appear(folder):
    """Base rows: a convenes forum_a, where the non-own actors meet (SA06 passes). Without it SA06 fires:
    SA 2 (f = 1/4: SA02, SA03, SA04, SA06 are SA's warnings; SA02 and SA03 still pass by cooperation ties)."""
    out = json.loads(
        run(
            "whatif", "--data", str(folder()), "-m", "a", "--remove", "a", "forum_a", "convenes", "--format", "json"
        ).stdout
    )
    assert [f["rule"] for f in out["findings"]["new"]] == ["SA06"]
    assert out["levels"]["before"]["SA"] == 3 and out["levels"]["after"]["SA"] == 2


def test_json_shape(folder):
    """The shape of the issue: version, municipality, changes, levels {before, after}, findings {resolved, new,
    changed}; findings as in check --format json; with --reach plan [{source, target, kind, rule, why}], reached."""
    out = json.loads(
        run("whatif", "--data", str(folder(no_informs)), "-m", "a", "--reach", "BL=3", "--format", "json").stdout
    )
    assert {"version", "municipality", "changes", "levels", "findings", "plan", "reached"} <= set(out)
    assert out["version"] == 1 and out["municipality"] == "a" and out["changes"] == []
    assert set(out["levels"]) == {"before", "after"} and set(out["levels"]["after"]) == {"OV", "BL", "SA", "VA"}
    assert set(out["findings"]) == {"resolved", "new", "changed"}
    f = out["findings"]["resolved"][0]
    assert set(f) == {"rule", "component", "severity", "municipality", "message", "evidence"}
    assert all(set(x) >= {"source", "target", "kind", "rule", "why"} for x in out["plan"])
    assert out["reached"] is True


@pytest.mark.parametrize(
    "args, named",
    [
        (("--add", "a", "loc", "inform"), "'inform'"),  # unknown kind, with "did you mean"
        (("--add", "a", "locc", "informs"), "'locc'"),  # unknown id
        (("--add", "loc", "a", "informs"), "Swap them: a loc informs"),  # wrong direction
        (("--add", "a", "forum_a", "reports_to"), "'reports_to'"),  # wrong kinds at the ends
        (("--remove", "a", "loc2", "informs"), "no 'informs' tie from 'a' to 'loc2'"),  # not there
        (("--add", "own", "loc2", "cooperation:via=loc"), "via=loc"),  # broker not a government
        (("--reach", "SA=5"), "'SA=5'"),
        (("--reach", "RO=2"), "'RO=2'"),
        ((), "--add"),  # nothing to do
    ],
)
def test_bad_changes_exit_2_naming_the_value(folder, args, named):
    result = run("whatif", "--data", str(folder()), "-m", "a", *args)
    assert result.exit_code == 2, result.output
    assert named in result.output and "Traceback" not in result.output


def test_did_you_mean_for_a_kind_and_an_id(folder):
    out = run("whatif", "--data", str(folder()), "-m", "a", "--add", "a", "locc", "informs").output
    assert "Did you mean: loc" in out
    out = run("whatif", "--data", str(folder()), "-m", "a", "--add", "a", "loc", "inform").output
    assert "Did you mean 'informs'?" in out


def test_input_region_is_not_modified():
    """apply() builds a new region: the old one keeps its rows, rids and levels."""
    region = region_from(*base_rows())
    rows = region.dataset.relations.copy()
    new = apply(region, [Change.make("remove", "a", "forum_a", "convenes"), Change.make("add", "a", "loc2", "informs")])
    assert region.dataset.relations.equals(rows)
    assert len(new.relations) == len(rows) and ("a", "loc2", "informs") in {
        new.relation(r) for r in new.relations["rid"]
    }
    assert ("a", "forum_a", "convenes") not in {new.relation(r) for r in new.relations["rid"]}
    # the rows kept keep their rid; the added one gets the next free rid
    assert set(new.relations["rid"]) == (set(rows["rid"]) - set(rows.loc[(rows["kind"] == "convenes"), "rid"])) | {
        len(rows)
    }


def test_undirected_removal_either_way_round():
    """cooperation is undirected: 'loc own cooperation' removes the row written 'own loc'."""
    region = region_from(*base_rows())
    new = apply(region, [Change.make("remove", "loc", "own", "cooperation")])
    assert len(new.relations) == len(region.relations) - 1


def test_level_gain_and_evaluate():
    """level_gain: BL +1 for a informs loc on the no-informs region (BL 2 → 3), 0 elsewhere."""
    region = region_from(*mutated(no_informs))
    assert level_gain(region, "a", Change.make("add", "a", "loc", "informs")) == {"OV": 0, "BL": 1, "SA": 0, "VA": 0}
    ev = evaluate(region, "a", [Change.make("add", "a", "loc", "informs")])
    assert [f.rule for f in ev.resolved] == ["BL04"]
    with pytest.raises(UsageError):
        evaluate(region, "a", [Change.make("remove", "a", "loc", "informs")])


def test_plan_that_reaches_its_target_and_reapplying_it_gives_the_same_levels(folder):
    """BL03 and BL04 fire (BL 2); the smallest plan for BL=3 is two ties — a consult and an inform, both gap
    suggestions; --add of the plan gives the levels the plan reported."""
    data = str(folder(no_informs_no_consulting))
    out = json.loads(run("whatif", "--data", data, "-m", "a", "--reach", "BL=3", "--format", "json").stdout)
    assert out["reached"] is True and out["levels"]["before"]["BL"] == 2 and out["levels"]["after"]["BL"] == 3
    assert len(out["plan"]) == 2 and {x["rule"] for x in out["plan"]} == {"BL03", "BL04"}
    assert {x["kind"] for x in out["plan"]} == {"consulted", "informs"}
    assert out["search"]["method"] == "exact"
    adds = [a for x in out["plan"] for a in ("--add", x["source"], x["target"], x["kind"])]
    again = json.loads(run("whatif", "--data", data, "-m", "a", *adds, "--format", "json").stdout)
    assert again["levels"]["after"] == out["levels"]["after"]


def test_plan_that_cannot_reach_within_k_reports_the_best_levels(folder):
    """With --max-ties 1 the two-tie plan above is out of reach: reached false; the best single tie resolves
    BL03 or BL04 and leaves BL 2 (f = 1/6)."""
    data = str(folder(no_informs_no_consulting))
    out = json.loads(
        run("whatif", "--data", data, "-m", "a", "--reach", "BL=3", "--max-ties", "1", "--format", "json").stdout
    )
    assert out["reached"] is False and len(out["plan"]) == 1 and out["levels"]["after"]["BL"] == 2
    assert len(out["findings"]["resolved"]) == 1 and out["findings"]["resolved"][0]["rule"] in ("BL03", "BL04")
    text = run("whatif", "--data", data, "-m", "a", "--reach", "BL=3", "--max-ties", "1").stdout
    assert "No plan of at most 1 tie reaches the target; the best one found reaches BL 2 partial." in text


def test_plan_out_of_reach_of_any_tie():
    """BL02 is a questionnaire answer no tie changes: BL=3 is unreachable; the best plan (a consult and an
    inform; a third tie helps nothing) lifts BL from 1 to 2 and says so."""
    region = region_from(*mutated(general_goals_no_informs))
    p = plan(region, "a", {"BL": 3}, max_ties=3)
    assert not p.reached and p.levels["BL"] == 2
    assert sorted(x.change.kind for x in p.ties) == ["consulted", "informs"]
    assert p.method == "exact"


def test_plan_on_top_of_changes(folder):
    """--remove a's informs and --reach BL=3 together: the plan puts one informs back (BL 3 after)."""
    out = json.loads(
        run(
            "whatif",
            "--data",
            str(folder()),
            "-m",
            "a",
            "--remove",
            "a",
            "loc",
            "informs",
            "--remove",
            "a",
            "reg",
            "informs",
            "--remove",
            "a",
            "sup",
            "informs",
            "--reach",
            "BL=3",
            "--format",
            "json",
        ).stdout
    )
    assert len(out["changes"]) == 3 and out["reached"] is True and len(out["plan"]) == 1
    assert out["levels"]["after"]["BL"] == 3 and out["plan"][0]["kind"] == "informs"


def test_dutch_output(folder):
    """Dutch text: headings, the levels in words, the plan's ties in words and the verdict."""
    out = run("whatif", "--data", str(folder(no_informs)), "-m", "a", "--reach", "BL=3", "--lang", "nl").stdout
    for words in (
        "wat als",
        "Niveaus",
        "Opgeloste bevindingen: 1",
        "gedeeltelijk",
        "uitgebouwd",
        "Gemeente A informeert",
        "Haalt het doel met 1 band.",
        "Zelf uitproberen",
    ):
        assert words in out, words
    assert " informs " not in out.split("Zelf uitproberen")[0]


def test_markdown_output(folder):
    out = run(
        "whatif", "--data", str(folder(no_informs)), "-m", "a", "--add", "a", "loc", "informs", "--format", "markdown"
    ).stdout
    assert out.startswith("# Gemeente A — what if") and "|---|" in out and "- [BL04]" in out


def test_csv_says_what_the_json_says(folder):
    """``--format csv``: diff's columns; one row per change, one per component (before → after), one per finding
    resolved/new/changed, and with --reach a row saying whether the plan reaches the target, then its ties. The
    same facts as the JSON of the same run (base rows minus a's informs: BL04 fires, BL 2 → 3)."""
    import csv
    import io

    data = str(folder(no_informs))
    args = ("whatif", "--data", data, "-m", "a", "--add", "a", "loc", "informs")
    rows = list(csv.reader(io.StringIO(run(*args, "--format", "csv").stdout)))
    out = json.loads(run(*args, "--format", "json").stdout)
    assert rows[0] == ["what", "change", "id", "kind", "detail"]
    assert rows[1] == ["relation", "added", "a>loc", "informs", "Gemeente A informs Werkplaats A"]  # builders names
    levels = [r for r in rows if r[0] == "level"]
    assert [r[3] for r in levels] == ["OV", "BL", "SA", "VA"]
    assert [r[1] for r in levels] == [
        "unchanged" if out["levels"]["before"][c] == out["levels"]["after"][c] else "changed"
        for c in ("OV", "BL", "SA", "VA")
    ]
    assert levels[1][4] == "2 partial → 3 established"  # the level words of the catalogue
    findings = [(r[1], r[3], r[4]) for r in rows if r[0] == "finding"]
    assert findings == [("resolved", f["rule"], f["message"]) for f in out["findings"]["resolved"]]

    planned = list(
        csv.reader(io.StringIO(run("whatif", "--data", data, "-m", "a", "--reach", "BL=3", "--format", "csv").stdout))
    )
    plan_json = json.loads(run("whatif", "--data", data, "-m", "a", "--reach", "BL=3", "--format", "json").stdout)
    plan = [r for r in planned if r[0] == "plan"]
    assert plan[0][:4] == ["plan", "reached", "a", "BL ≥ 3"]
    assert [r[2] for r in plan[1:]] == [f"{x['source']}>{x['target']}" for x in plan_json["plan"]]


def test_bundled_zwevegem_reach_sa_2_and_reapply():
    """Zuid-West-Vlaanderen, Zwevegem: SA 0 (SA02, SA03, SA04 ×2, SA06 fire). --reach SA=2 finds a plan
    (measured: 2 ties, exact search, well under a second); --add of the plan gives the reported after levels."""
    out = json.loads(run("whatif", "-m", "zwevegem", "--reach", "SA=2", "--format", "json").stdout)
    assert out["levels"]["before"]["SA"] == 0
    assert out["reached"] is True and out["levels"]["after"]["SA"] >= 2 and 1 <= len(out["plan"]) <= 3
    adds = [
        a
        for x in out["plan"]
        for a in ("--add", x["source"], x["target"], x["kind"] + (f":via={x['via']}" if x.get("via") else ""))
    ]
    again = json.loads(run("whatif", "-m", "zwevegem", *adds, "--format", "json").stdout)
    assert again["levels"]["after"] == out["levels"]["after"]
    assert again["findings"] == out["findings"]
