"""The region as regisseur: RG rules (one fixture set each), regienet.analysis.region.analyse, the region command.

Every RG case starts from :func:`region_rows`: ``builders.base_rows()`` made to
pass every region rule by construction — the regional support organisation
``sup`` also informs the governments of b and c (RG01: coverage 3/3), and the
municipality b is a member of a's forum (RG04: a forum of two
municipalities). The base has no body where two municipalities sit, so RG03
does not apply there. Expected evidence comes from the mutation itself.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field

import pytest
from builders import QUESTIONNAIRE, base_rows, drop, region_from, set_answer, write_region
from click.testing import CliRunner

from regienet.analysis.region import analyse, projection
from regienet.cli import cli
from regienet.metrics import regional_coverage
from regienet.render.emit import emit_text
from regienet.render.views import check as rf
from regienet.rules import LEVEL_COMPONENTS, REGISTRY, check, rule_codes
from regienet.settings import from_mapping

REGION_CODES = [c for c in rule_codes() if REGISTRY[c].scope == "region"]


def region_rows() -> tuple[list[dict], list[dict]]:
    actors, relations = base_rows()
    relations += [
        {"source": "b", "target": "sup", "kind": "informs"},  # RG01: sup tied to a, b, c
        {"source": "c", "target": "sup", "kind": "informs"},
        {"source": "b", "target": "forum_a", "kind": "member"},  # RG04: governments of a and b meet in forum_a
    ]
    return actors, relations


@dataclass
class Case:
    code: str
    name: str
    mutate: object
    status: str
    actors: set[str] = field(default_factory=set)
    config: dict = field(default_factory=dict)
    n: int | None = None  # number of findings when fired


def nothing(actors, relations):
    pass


def blank_questionnaire(actors, relations):
    for column in QUESTIONNAIRE:
        set_answer(actors, column, "", ids=[a["id"] for a in actors])


def dropping(**match):
    def fn(actors, relations):
        drop(relations, **match)

    return fn


def adding(*rels):
    def fn(actors, relations):
        relations.extend({"source": s, "target": t, "kind": k, **extra} for s, t, k, extra in rels)

    return fn


def operating(where, *ids):
    def fn(actors, relations):
        for a in actors:
            if a["id"] in ids:
                a["operates_in"] = where

    return fn


def chain(*fns):
    def fn(actors, relations):
        for f in fns:
            f(actors, relations)

    return fn


def new_municipality(actors, relations):
    actors += [
        {"id": "d", "name": "Gemeente D", "kind": "municipality", "municipality": "d"},
        {"id": "ocmw_d", "name": "OCMW D", "kind": "ocmw", "municipality": "d"},
    ]


def remove_regional(actors, relations):
    gone = {"reg", "sup"}
    actors[:] = [a for a in actors if a["id"] not in gone]
    relations[:] = [r for r in relations if r["source"] not in gone and r["target"] not in gone]


BOARD = {"body": "board", "capacity": "mandate"}
SEATS_IN_REG = adding(("a", "reg", "seat", BOARD), ("ocmw_b", "reg", "seat", BOARD))

CASES = [
    # RG01 coverage of a regional actor among the municipalities it works in
    Case(
        "RG01",
        "fires: sup tied to a only (1 of 3)",
        chain(
            dropping(source="b", target="sup"),
            dropping(source="c", target="sup"),
            dropping(source="b", target="forum_a"),
        ),
        "fired",
        {"sup", "b", "c"},
        n=1,
    ),
    Case(
        "RG01",
        "fires at a higher threshold: 2 of 3",
        dropping(source="c", target="sup"),
        "fired",
        {"sup", "c"},
        config={"thresholds": {"RG01": {"max_coverage": 0.7}}},
        n=1,
    ),
    Case("RG01", "passes: 2 of 3 is not below half", dropping(source="c", target="sup"), "passed"),
    Case("RG01", "passes: every regional actor covers its municipalities", nothing, "passed"),
    Case(
        "RG01",
        "not applicable: regional actors work in two municipalities",
        operating("a|b", "reg", "sup"),
        "not_applicable",
    ),
    Case("RG01", "blank questionnaire: still evaluated", blank_questionnaire, "passed"),
    # RG02 municipality tied to no regional actor
    Case("RG02", "fires: a new municipality d with no tie", new_municipality, "fired", {"d", "reg", "sup"}, n=1),
    Case("RG02", "passes: every municipality is tied to a regional actor", nothing, "passed"),
    Case("RG02", "not applicable: no regional actor", remove_regional, "not_applicable"),
    Case("RG02", "blank questionnaire: still evaluated", blank_questionnaire, "passed"),
    # RG03 a body where most governments sit, without reports_to/accounts_to
    Case(
        "RG03",
        "fires: a and b sit in reg's board, reg reports to nobody",
        chain(SEATS_IN_REG, dropping(source="reg", kind="reports_to")),
        "fired",
        {"reg"},
        n=1,
    ),
    Case("RG03", "passes: reg reports to a", SEATS_IN_REG, "passed"),
    Case(
        "RG03",
        "passes: no report, but a government accounts to reg",
        chain(SEATS_IN_REG, dropping(source="reg", kind="reports_to"), adding(("b", "reg", "accounts_to", {}))),
        "passed",
    ),
    Case("RG03", "not applicable: no body shared by municipalities", nothing, "not_applicable"),
    Case(
        "RG03",
        "not applicable: 2 of 3 is below a share of 0.8",
        chain(SEATS_IN_REG, dropping(source="reg", kind="reports_to")),
        "not_applicable",
        config={"thresholds": {"RG03": {"min_share": 0.8}}},
    ),
    Case("RG03", "blank questionnaire: still evaluated", chain(blank_questionnaire, SEATS_IN_REG), "passed"),
    # RG04 no forum where governments of several municipalities meet
    Case(
        "RG04",
        "fires: forum_a has only a's governments",
        dropping(source="b", target="forum_a"),
        "fired",
        {"forum_a"},
        n=1,
    ),
    Case(
        "RG04",
        "fires: they meet only in reg's board",
        chain(dropping(source="b", target="forum_a"), SEATS_IN_REG),
        "fired",
        {"reg"},
        n=1,
    ),
    Case("RG04", "passes: a convenes, b is a member", nothing, "passed"),
    Case(
        "RG04",
        "not applicable: fewer municipalities than min_municipalities",
        nothing,
        "not_applicable",
        config={"thresholds": {"RG04": {"min_municipalities": 4}}},
    ),
    Case("RG04", "blank questionnaire: still evaluated", blank_questionnaire, "passed"),
]


def test_every_region_rule_has_fire_pass_and_not_applicable_cases():
    """The guarantees of tests/test_rules.py for the region rules."""
    assert REGION_CODES == ["RG01", "RG02", "RG03", "RG04"]
    for code in REGION_CODES:
        cases = [c for c in CASES if c.code == code]
        assert any(c.status == "fired" for c in cases), code
        assert any(c.status in ("passed", "not_applicable") and c.mutate is nothing and not c.config for c in cases), (
            code
        )
        if REGISTRY[code].not_applicable_when[0]:
            assert any(c.status == "not_applicable" for c in cases), code
        assert not REGISTRY[code].columns  # relations only: a blank questionnaire must not change the answer
        assert any(c.name.startswith("blank questionnaire") for c in cases), code


def mutated(fn):
    actors, relations = copy.deepcopy(region_rows())
    fn(actors, relations)
    return actors, relations


@pytest.mark.parametrize("case", CASES, ids=[f"{c.code}-{c.name}" for c in CASES])
def test_region_rule(case: Case):
    actors, relations = mutated(case.mutate)
    region = region_from(actors, relations)
    config = from_mapping(case.config, "test") if case.config else None
    rule = REGISTRY[case.code](config)
    outcome = rule.check_region(region)
    assert outcome.status == case.status, [f.message() for f in outcome.findings]
    assert rule.check(region, "a").status == "not_applicable"  # asked per municipality, a region rule does not apply
    if outcome.status != "fired":
        assert not outcome.findings
    else:
        assert case.n is None or len(outcome.findings) == case.n
    assert case.actors <= {x for f in outcome.findings for x in f.actors}
    for f in outcome.findings:
        assert f.rule == case.code and f.municipality is None and f.component == "RG"
        assert f.message("en") and f.message("nl") and "{" not in f.message("en") + f.message("nl")
        for s, t, k in f.relations:
            assert any(r["source"] == s and r["target"] == t and r["kind"] == k for r in relations)


def test_base_passes_every_region_rule():
    region = region_from(*region_rows())
    res = check(region)
    assert {c: res.region_status(c) for c in REGION_CODES} == {
        "RG01": "passed",
        "RG02": "passed",
        "RG03": "not_applicable",
        "RG04": "passed",
    }
    assert res.findings_for(None) == []


# ---------------------------------------------------------------- check integration
@pytest.fixture(scope="module")
def fired_region():
    """RG01, RG03 and RG04 fire; RG02 fires for the new municipality d."""
    return region_from(
        *mutated(
            chain(
                dropping(source="b", target="sup"),
                dropping(source="c", target="sup"),
                dropping(source="b", target="forum_a"),
                SEATS_IN_REG,
                dropping(source="reg", kind="reports_to"),
                new_municipality,
            )
        )
    )


def test_check_runs_region_rules_once_for_the_whole_region(fired_region):
    res = check(fired_region)
    regional = res.findings_for(None)
    assert sorted({f.rule for f in regional}) == REGION_CODES
    assert all(f.municipality is None for f in regional)
    assert set(res.levels) == set(fired_region.municipalities)
    assert all(set(res.levels[m]) == set(LEVEL_COMPONENTS) for m in res.levels)  # RG gets no level
    only_a = check(fired_region, municipalities=["a"])
    assert only_a.findings_for(None) == [] and only_a.region_outcomes == {}
    assert [f.rule for f in check(fired_region, select=["SA"]).findings_for(None)] == []
    assert {f.rule for f in check(fired_region, select=["RG"]).findings} == set(REGION_CODES)
    assert "RG02" not in {f.rule for f in check(fired_region, ignore=["RG02"]).findings}


def test_levels_do_not_depend_on_region_rules(fired_region):
    assert check(fired_region).levels == check(fired_region, municipalities=fired_region.municipalities).levels


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_check_json_of_regional_findings(fired_region, lang):
    res = check(fired_region)
    data = rf.check_json(res, lang)
    regional = [f for f in data["findings"] if f["municipality"] is None]
    assert regional and all(list(f)[3:5] == ["municipality", "scope"] and f["scope"] == "region" for f in regional)
    ordinary = [f for f in data["findings"] if f["municipality"] is not None]
    assert all(list(f) == ["rule", "component", "severity", "municipality", "message", "evidence"] for f in ordinary)
    assert rf.check_json_text(res, lang) == json.dumps(data, ensure_ascii=False, indent=2)


def test_check_text_markdown_csv_show_the_region(fired_region):
    res = check(fired_region)
    text = emit_text(res, "text", "en")
    assert "Region (4 municipalities)" in text and "RG04" in text
    assert "Regio (4 gemeenten)" in emit_text(res, "text", "nl")
    # one block sequence for text and Markdown (issue 27): the region's findings under their own heading
    markdown = emit_text(res, "markdown", "en")
    assert "## Region (4 municipalities)" in markdown and "| RG01 |" in markdown.split("## Region")[1]
    csv_rows = [r for r in emit_text(res, "csv", "en").splitlines() if r.startswith("RG")]
    assert csv_rows and all(r.split(",")[3] == "" for r in csv_rows)


# ---------------------------------------------------------------- analyse
def test_coverage_by_hand():
    region = region_from(*mutated(dropping(source="c", target="sup")))
    cov = {c.actor: c for c in regional_coverage(region)}
    assert set(cov) == {"reg", "sup"}
    assert cov["sup"].coverage == pytest.approx(2 / 3) and cov["sup"].missing == ["c"]
    assert cov["reg"].coverage == 1.0
    assert cov["reg"].layers["economic"] == {"a", "b", "c"}  # agreement with a, client of b and c
    assert cov["reg"].layers["policy"] == {"a"}  # informs, reports_to


def test_analyse_bundled_region():
    from regienet.load import load_dataset
    from regienet.model import Region

    region = Region(load_dataset())
    an = analyse(region)
    assert sorted(m for c in an.clusters for m in c.municipalities) == region.municipalities  # a partition
    ids = [a.id for a in an.regional_actors]
    assert "energiesnoeiers" in ids and "sinergiek" in ids
    coverages = [a.coverage for a in an.regional_actors]
    assert coverages == sorted(coverages)
    energie = next(a for a in an.regional_actors if a.id == "energiesnoeiers")
    assert (energie.works_in, energie.tied_municipalities, energie.missing) == (13, 12, ["wervik"])  # F5: 12 of 13
    sinergiek = next(b for b in an.brokers if b.id == "sinergiek")
    assert sinergiek.municipalities == 12 and sinergiek.bodies[0].body == "board"
    assert an.to_dict() == analyse(region).to_dict()  # deterministic


def test_clusters_follow_shared_actors():
    """Two groups of municipalities, each sharing its own regional actor, and one isolated municipality."""
    actors = []
    for m in "abcdefg":
        actors += [
            {"id": m, "name": f"G {m}", "kind": "municipality", "municipality": m},
            {"id": f"ocmw_{m}", "name": f"OCMW {m}", "kind": "ocmw", "municipality": m},
        ]
    actors += [
        {"id": "x", "name": "X", "kind": "enterprise", "operates_in": "a|b|c"},
        {"id": "y", "name": "Y", "kind": "enterprise", "operates_in": "d|e|f"},
    ]
    relations = [{"source": m, "target": "x", "kind": "client"} for m in "ab"]
    relations += [{"source": f"ocmw_{m}", "target": "y", "kind": "referral"} for m in "def"]
    relations += [{"source": m, "target": "x", "kind": "seat", "body": "board"} for m in "ab"]
    region = region_from(actors, relations)
    an = analyse(region)
    assert [c.municipalities for c in an.clusters] == [["d", "e", "f"], ["a", "b"], ["c"], ["g"]]
    assert an.clusters[0].binding_actors == ["y"] and an.clusters[1].binding_actors == ["x"]
    assert an.clusters[1].gaps == []  # x works in c, but c is its own cluster
    G, hubs = projection(region)
    assert G["a"]["b"]["weight"] == pytest.approx(2.0)  # the actor (1/(2-1)) and the board (1/(2-1))
    assert G["d"]["e"]["weight"] == pytest.approx(0.5)  # y tied to 3: 1/(3-1)
    assert hubs == []
    G, hubs = projection(region, hub_limit=2)
    assert hubs == ["y"] and not G.has_edge("d", "e")
    rg01 = {f.actors[0] for f in an.findings if f.rule == "RG01"}
    assert rg01 == set()  # x: 2 of 3 = 67 %, y: 3 of 3
    assert {f.actors[0] for f in an.findings if f.rule == "RG02"} == {"c", "g"}


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "csv"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_render_region_every_format(fired_region, fmt, lang):
    out = emit_text(analyse(fired_region), fmt, lang)
    assert out and "{" not in out.replace("{\n", "").replace("{}", "") if fmt != "json" else True
    if fmt == "json":
        data = json.loads(out)
        assert data["version"] == 1
        assert list(data)[:1] == ["version"]
        for key in ("regional_actors", "clusters", "brokers", "findings"):
            assert key in data
        assert set(data["regional_actors"][0]) >= {
            "id",
            "name",
            "works_in",
            "tied_municipalities",
            "coverage",
            "missing",
        }
        assert set(data["clusters"][0]) >= {"municipalities", "binding_actors"}
        assert all(set(b) >= {"id", "name", "score"} for b in data["brokers"])
        assert all(f["scope"] == "region" and f["municipality"] is None for f in data["findings"])
    if fmt == "csv":
        lines = out.splitlines()
        assert lines[0].startswith("id,name,kind,works_in,tied_municipalities,coverage")
        assert len(lines) == 1 + 2  # reg and sup


def test_region_command(tmp_path):
    folder = write_region(tmp_path / "d", *region_rows())
    runner = CliRunner()
    for fmt in ("text", "markdown", "json", "csv"):
        result = runner.invoke(cli, ["region", "--data", str(folder), "--format", fmt, "-q"])
        assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["region", "--data", str(folder), "--lang", "nl"])
    assert "De regio als regisseur" in result.output
    assert runner.invoke(cli, ["region", "--data", str(tmp_path / "nope")]).exit_code == 2
    assert runner.invoke(cli, ["check", "--data", str(folder), "--select", "RG", "--format", "json"]).exit_code == 0
    assert runner.invoke(cli, ["explain", "RG01"]).exit_code == 0


def test_region_command_year(tmp_path):
    actors, relations = region_rows()
    for r in relations:
        if r["target"] in ("sup", "forum_a") and r["source"] in ("b", "c"):
            r["since"] = "2015"  # in 2014 sup works with a only, and forum_a is a's alone
    folder = write_region(tmp_path / "y", actors, relations)
    out = json.loads(
        CliRunner().invoke(cli, ["region", "--data", str(folder), "--format", "json", "--year", "2014"]).stdout
    )  # a warning on stderr: 2014 is before the data's years (an earlier year is refused: issue 26)
    assert [f["rule"] for f in out["findings"]] == ["RG01", "RG04"] and out["year"] == 2014
    out = json.loads(CliRunner().invoke(cli, ["region", "--data", str(folder), "--format", "json"]).output)
    assert out["findings"] == [] and out["year"] is None


def test_region_json_is_the_same_whatever_the_hash_seed(tmp_path):
    """Clusters (Louvain, seeded) and brokers do not depend on set order: same bytes under any PYTHONHASHSEED."""
    import os
    import subprocess
    import sys

    from regienet.synth import synth_region
    from regienet.synth import write_region as write_synth

    write_synth(*synth_region(40, seed=3), tmp_path)
    outs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run(
            [sys.executable, "-m", "regienet", "region", "--data", str(tmp_path), "--format", "json", "-q"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        outs.add(proc.stdout)
    assert len(outs) == 1
    data = json.loads(outs.pop())
    members = [m for c in data["clusters"] for m in c["municipalities"]]
    assert len(members) == len(set(members)) == data["municipalities"] == 40  # each municipality in exactly one cluster
