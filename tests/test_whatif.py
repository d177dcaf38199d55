"""``regienet whatif`` and ``regienet.analysis.whatif``: changes, findings before/after, plans that reach a level.

Expected values come from ``builders.base_rows()`` widened by :func:`wide` so that municipality ``a`` is
established everywhere (levels 3, 3, 3, 3) and nothing fires, then mutated. The level arithmetic is issue
23's (``regienet explain levels``): each activity's reach in a's field of 5 actors — 0 none, 1 own actor
only, 2 some, 3 most (more than half: 3 of 5) — and the level is the mean reach, rounded down. BL has five
activities (vision, conflicts, formulating, spreading, monitoring): BL 3 needs all five at "most" (15/5).
"""

from __future__ import annotations

import json

import pytest
from builders import base_rows, drop, mutated, region_from, set_answer, write_region
from click.testing import CliRunner

from regienet.analysis.whatif import Change, apply, evaluate, level_gain, plan
from regienet.cli import cli
from regienet.errors import UsageError


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def wide(actors, relations):
    """Base rows, and a also consults loc2 and reg (vision 4 of 5: most) and accounts to loc2 (accounting 3 of 5:
    most): every activity of a reaches most of its field, levels 3, 3, 3, 3."""
    relations += [
        {"source": "a", "target": "loc2", "kind": "consulted"},
        {"source": "a", "target": "reg", "kind": "consulted"},
        {"source": "a", "target": "loc2", "kind": "accounts_to"},
    ]


def sup_not_informed(actors, relations):
    """:func:`wide` but a no longer informs sup: spreading reaches 2 of 5 (some), BL 14/5 → 2."""
    wide(actors, relations)
    drop(relations, source="a", target="sup", kind="informs")


def no_informs(actors, relations):
    """:func:`wide` but a informs nobody: BL04 fires, spreading none, BL 12/5 → 2."""
    wide(actors, relations)
    drop(relations, source="a", kind="informs")


def no_informs_no_consulting(actors, relations):
    """BL03 and BL04 fire: vision and spreading none, BL 9/5 → 1; one consult or inform of a non-own actor (some)
    gives 11/5 → 2."""
    no_informs(actors, relations)
    drop(relations, source="a", kind="consulted")


def general_goals_no_informs(actors, relations):
    """BL02 too (a questionnaire answer no tie changes: formulating some, 2): BL 8/5 → 1; the best ties can do is
    3 + 3 + 2 + 3 + 3 = 14/5 → 2."""
    no_informs_no_consulting(actors, relations)
    set_answer(actors, "se_goals", "general")


@pytest.fixture()
def folder(tmp_path):
    return lambda fn=wide: write_region(tmp_path / "data", *mutated(fn))


def test_adding_informs_widens_spreading_and_restores_bl_3(folder):
    """a informs sup again: spreading reaches 3 of 5 (most), BL 14/5 → 15/5 = 3. No finding changes: BL04
    passes throughout (a informs loc and reg) — the level moves with the reach, not with a finding."""
    out = json.loads(
        run(
            "whatif", "--data", str(folder(sup_not_informed)), "-m", "a", "--add", "a", "sup", "informs",
            "--format", "json",
        ).stdout
    )  # fmt: skip
    assert out["levels"]["before"] == {"OV": 3, "BL": 2, "SA": 3, "VA": 3}
    assert out["levels"]["after"] == {"OV": 3, "BL": 3, "SA": 3, "VA": 3}
    assert out["findings"] == {"resolved": [], "new": [], "changed": []}
    assert out["changes"] == [{"op": "add", "source": "a", "target": "sup", "kind": "informs"}]
    spreading = [x for x in out["level_details"]["after"]["BL"]["activities"] if x["activity"] == "spreading"]
    assert spreading[0]["reach"] == "most" and spreading[0]["evidence"]["actors"] == ["loc", "reg", "sup"]


def test_removing_the_forum_makes_sa06_appear(folder):
    """Without forum_a, SA06 fires — one fact, one finding: SA02 and SA03 still pass on the cooperations a
    brokered (own–loc, loc–loc2), and SA stays 3: coupling still reaches own, loc, loc2 (3 of 5, most),
    mobilising loc, reg, sup (informs, agreement), monitoring the 4 that report."""
    out = json.loads(
        run(
            "whatif", "--data", str(folder()), "-m", "a", "--remove", "a", "forum_a", "convenes", "--format", "json"
        ).stdout
    )
    assert [f["rule"] for f in out["findings"]["new"]] == ["SA06"]
    assert out["levels"]["before"]["SA"] == 3 and out["levels"]["after"]["SA"] == 3


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
    """level_gain: BL +1 for a informs sup where it was the missing third actor (BL 2 → 3), 0 elsewhere; on the
    region without any informs, informing loc resolves BL04."""
    region = region_from(*mutated(sup_not_informed))
    assert level_gain(region, "a", Change.make("add", "a", "sup", "informs")) == {"OV": 0, "BL": 1, "SA": 0, "VA": 0}
    ev = evaluate(region_from(*mutated(no_informs)), "a", [Change.make("add", "a", "loc", "informs")])
    assert [f.rule for f in ev.resolved] == ["BL04"]
    with pytest.raises(UsageError):
        evaluate(region_from(*mutated(no_informs)), "a", [Change.make("remove", "a", "loc", "informs")])


def test_plan_that_reaches_its_target_and_reapplying_it_gives_the_same_levels(folder):
    """BL03 and BL04 fire (BL 9/5 → 1); the smallest plan for BL=2 is one tie — a consult or an inform of a
    non-own actor (some: 11/5 → 2), a gap suggestion; --add of the plan gives the levels the plan reported."""
    data = str(folder(no_informs_no_consulting))
    out = json.loads(run("whatif", "--data", data, "-m", "a", "--reach", "BL=2", "--format", "json").stdout)
    assert out["reached"] is True and out["levels"]["before"]["BL"] == 1 and out["levels"]["after"]["BL"] == 2
    assert len(out["plan"]) == 1 and out["plan"][0]["rule"] in ("BL03", "BL04")
    assert out["plan"][0]["kind"] in ("consulted", "informs")
    assert out["search"]["method"] == "exact"
    adds = [a for x in out["plan"] for a in ("--add", x["source"], x["target"], x["kind"])]
    again = json.loads(run("whatif", "--data", data, "-m", "a", *adds, "--format", "json").stdout)
    assert again["levels"]["after"] == out["levels"]["after"]


def test_plan_that_cannot_reach_within_k_reports_the_best_levels(folder):
    """BL=3 needs vision and spreading at most (3 consults and 3 informs of 5 actors, minus what exists): with
    --max-ties 1 it is out of reach; the best single tie gives BL 2."""
    data = str(folder(no_informs_no_consulting))
    out = json.loads(
        run("whatif", "--data", data, "-m", "a", "--reach", "BL=3", "--max-ties", "1", "--format", "json").stdout
    )
    assert out["reached"] is False and len(out["plan"]) == 1 and out["levels"]["after"]["BL"] == 2
    text = run("whatif", "--data", data, "-m", "a", "--reach", "BL=3", "--max-ties", "1").stdout
    assert "No plan of at most 1 tie reaches the target; the best one found reaches BL 2 partial." in text


def test_plan_out_of_reach_of_any_tie():
    """BL02 is a questionnaire answer no tie changes (formulating some): BL=3 is unreachable (at best 14/5); the
    best plan lifts BL from 1 to 2 with consults and informs only."""
    region = region_from(*mutated(general_goals_no_informs))
    p = plan(region, "a", {"BL": 3}, max_ties=3)
    assert not p.reached and p.levels["BL"] == 2
    assert {x.change.kind for x in p.ties} <= {"consulted", "informs"} and p.ties
    assert p.method == "exact"


def test_plan_on_top_of_changes(folder):
    """--remove a's inform of sup and --reach BL=3 together: the plan puts one informs back (BL 3 after)."""
    out = json.loads(
        run(
            "whatif", "--data", str(folder()), "-m", "a", "--remove", "a", "sup", "informs", "--reach", "BL=3",
            "--format", "json",
        ).stdout
    )  # fmt: skip
    assert len(out["changes"]) == 1 and out["reached"] is True and len(out["plan"]) == 1
    assert out["levels"]["after"]["BL"] == 3 and out["plan"][0]["kind"] == "informs"


def test_dutch_output(folder):
    """Dutch text: headings, the levels in words, the plan's ties in words and the verdict."""
    out = run("whatif", "--data", str(folder(sup_not_informed)), "-m", "a", "--reach", "BL=3", "--lang", "nl").stdout
    for words in (
        "wat als",
        "Niveaus",
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
    same facts as the JSON of the same run (a informs sup again: BL 2 → 3; no informs at all: BL04 resolved)."""
    import csv
    import io

    data = str(folder(sup_not_informed))
    args = ("whatif", "--data", data, "-m", "a", "--add", "a", "sup", "informs")
    rows = list(csv.reader(io.StringIO(run(*args, "--format", "csv").stdout)))
    out = json.loads(run(*args, "--format", "json").stdout)
    assert rows[0] == ["what", "change", "id", "kind", "detail"]
    assert rows[1] == ["relation", "added", "a>sup", "informs", "Gemeente A informs Steunpunt"]  # builders names
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
    """Zuid-West-Vlaanderen, Zwevegem: SA 1 (mobilising and coupling some, monitoring own actor only: 5/3).
    --reach SA=2 finds a plan (measured: 1 tie, a non-own actor reporting back, exact search); each plan tie
    names the activity it widens; --add of the plan gives the reported after levels."""
    out = json.loads(run("whatif", "-m", "zwevegem", "--reach", "SA=2", "--format", "json").stdout)
    assert out["levels"]["before"]["SA"] == 1
    assert all(any(a["component"] == "SA" for a in x["adds"]) for x in out["plan"])
    assert out["reached"] is True and out["levels"]["after"]["SA"] >= 2 and 1 <= len(out["plan"]) <= 3
    adds = [
        a
        for x in out["plan"]
        for a in ("--add", x["source"], x["target"], x["kind"] + (f":via={x['via']}" if x.get("via") else ""))
    ]
    again = json.loads(run("whatif", "-m", "zwevegem", *adds, "--format", "json").stdout)
    assert again["levels"]["after"] == out["levels"]["after"]
    assert again["findings"] == out["findings"]
