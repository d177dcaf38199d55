"""diff matches findings by subject (issue 11, item 7), on small hand-made regions.

Every region is ``tests/builders.base_rows()`` (all rules pass for municipality
a) with one change, so the expected findings are known by construction; the
comment on each test says which rows make them.
"""

from __future__ import annotations

import json

from builders import base_rows, mutated, region_from, set_answer, write_region
from click.testing import CliRunner

from regienet.analysis.diff import diff, match_findings
from regienet.cli import cli
from regienet.i18n import number
from regienet.render.emit import emit_text
from regienet.rules import check
from regienet.rules.base import REGISTRY

FINDING_KEYS = {"rule", "component", "severity", "municipality", "message", "evidence"}  # DESIGN §5, check contract


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _blind_rows(tie_x3: bool):
    """Three support organisations x1, x2, x3 of municipality a with no tie at all (OV01 names all three).

    With ``tie_x3`` x3 joins forum_a, which a convenes: a forum meeting is a tie
    (OV01) and couples x3 to the other members (SA02 stays quiet), so only the
    OV01 finding's count and names change: "3 support organisations" → "2 support organisations".
    """

    def fn(actors, relations):
        for x in ("x1", "x2", "x3"):
            actors.append({"id": x, "name": f"Blind {x}", "kind": "support", "municipality": "a"})
        if tie_x3:
            relations.append({"source": "x3", "target": "forum_a", "kind": "member"})

    return mutated(fn)


def _blind_diff():
    return diff(check(region_from(*_blind_rows(False))), check(region_from(*_blind_rows(True))))


def test_blind_spots_three_to_two_is_one_changed_finding():
    """OV01 in a: evidence (x1, x2, x3) → (x1, x2) — by construction (_blind_rows); the overlap of 2 pairs them.

    Before matching by subject this was one resolved and one new finding.
    """
    d = _blind_diff()
    assert d.findings_resolved == [] and d.findings_new == []
    assert [(o.rule, o.municipality, o.actors, n.actors) for o, n in d.findings_changed] == [
        ("OV01", "a", ("x1", "x2", "x3"), ("x1", "x2"))
    ]
    old, new = d.findings_changed[0]
    assert "3 support organisations" in old.message() and "2 support organisations" in new.message()
    assert not d.empty


def _regional_rows(tied: str):
    """Regional enterprises rx and ry work everywhere and are clients of b and c (2 other municipalities:
    SA04's default k = 2); a is a client of *tied* only, so the other one is a missing link in a."""

    def fn(actors, relations):
        for x in ("rx", "ry"):
            actors.append(
                {
                    "id": x,
                    "name": f"Regio {x}",
                    "kind": "enterprise",
                    "scope": "regional",
                    "operates_in": "*",
                    "activities": f"act_{x}",
                }
            )
            relations.extend({"source": m, "target": x, "kind": "client"} for m in ("b", "c"))
        relations.append({"source": "a", "target": tied, "kind": "client"})

    return mutated(fn)


def test_missing_link_for_another_actor_is_resolved_and_new_not_changed():
    """SA04 in a: old cites rx (a buys from ry), new cites ry (a buys from rx) — by construction.

    The evidence has no actor in common and SA04 cites an enterprise, not the
    governments, so it is not a municipality-level condition: rx resolved, ry new.
    """
    d = diff(check(region_from(*_regional_rows("ry"))), check(region_from(*_regional_rows("rx"))))
    assert [(f.municipality, f.actors) for f in d.findings_resolved if f.rule == "SA04"] == [("a", ("rx",))]
    assert [(f.municipality, f.actors) for f in d.findings_new if f.rule == "SA04"] == [("a", ("ry",))]
    # every rule that cites rx in one snapshot cites ry in the other (OV01, BL05, SA02 too): nothing is "changed"
    assert d.findings_changed == []


def _accountability_rows(level: str):
    def fn(actors, relations):
        set_answer(actors, "accountability_level", level)  # a and ocmw_a: VA03 fires below 3 (rekenschap)

    return mutated(fn)


def test_accountability_level_one_to_two_is_changed():
    """VA03 in a: same evidence (the governments a, ocmw_a), message "level 1 (toelichting)" →
    "level 2 (uitleg)" — the questionnaire answer set in _accountability_rows; both below 3, so VA03 fires twice."""
    d = diff(check(region_from(*_accountability_rows("1"))), check(region_from(*_accountability_rows("2"))))
    assert d.findings_resolved == [] and d.findings_new == []
    [(old, new)] = d.findings_changed
    assert (old.rule, old.actors, new.actors) == ("VA03", ("a", "ocmw_a"), ("a", "ocmw_a"))
    assert "level 1" in old.message() and "level 2" in new.message()
    assert "niveau 2" in new.message("nl")


def test_same_snapshot_has_nothing_changed():
    """Identical key and identical message is unchanged: a region against itself has no finding in any list."""
    results = check(region_from(*_blind_rows(False)))
    d = diff(results, results)
    assert d.empty and d.findings_changed == []


def test_condition_with_moved_evidence_is_the_same_subject():
    """A municipality-level condition (one finding per side, evidence within the governments) pairs even when
    its evidence has no actor in common: VA03 citing only ocmw_a, then only a (hand-made findings)."""
    region = region_from(*base_rows())
    rule = REGISTRY["VA03"]()
    kw = {"threshold": 3, "threshold_name": "rekenschap"}
    old = [rule.finding("a", actors=["ocmw_a"], level=1, name="toelichting", **kw)]
    new = [rule.finding("a", actors=["a"], level=1, name="toelichting", **kw)]
    resolved, added, changed = match_findings(old, new, region, region)
    assert (resolved, added, changed) == ([], [], [(old[0], new[0])])
    # the same pair for an enterprise-citing rule is two subjects
    sa04 = REGISTRY["SA04"]()
    old = [sa04.finding("a", actors=["reg"], name="R", k=2)]
    new = [sa04.finding("a", actors=["sup"], name="S", k=2)]
    assert match_findings(old, new, region, region) == (old, new, [])


def test_largest_overlap_first_then_sorted_actors():
    """By hand: old OV01-like findings {p, q, r} and {s}; new {p, q} and {r, s}.

    Overlaps: {p,q,r}–{p,q} = 2, {p,q,r}–{r,s} = 1, {s}–{r,s} = 1. Largest first
    pairs {p,q,r}–{p,q}; then {s}–{r,s}. With two equal overlaps the old
    finding with the smaller sorted actors wins: old {a1, b1} and {a1, c1}
    against new {a1} pairs {a1, b1}.
    """
    rule = REGISTRY["OV01"]()
    f = lambda *xs: rule.finding("a", actors=xs, names=",".join(xs), n=len(xs))  # noqa: E731
    old, new = [f("p", "q", "r"), f("s")], [f("r", "s"), f("p", "q")]
    resolved, added, changed = match_findings(old, new)
    assert resolved == [] and added == []
    assert [(o.actors, n.actors) for o, n in changed] == [(("s",), ("r", "s")), (("p", "q", "r"), ("p", "q"))]
    resolved, added, changed = match_findings([f("a1", "c1"), f("a1", "b1")], [f("a1")])
    assert [(o.actors, n.actors) for o, n in changed] == [(("a1", "b1"), ("a1",))]
    assert [o.actors for o in resolved] == [("a1", "c1")] and added == []


def test_json_has_changed_pairs_in_the_check_contract_shape(tmp_path):
    """diff --format json of the OV01 3 → 2 regions: findings.changed = [{old, new}] with check-contract findings;
    version stays 1 (additive key)."""
    old = write_region(tmp_path / "old", *_blind_rows(False))
    new = write_region(tmp_path / "new", *_blind_rows(True))
    out = json.loads(run("diff", str(old), str(new), "--format", "json").stdout)
    assert out["version"] == 1
    assert set(out["findings"]) == {"new", "resolved", "changed"}
    assert out["findings"]["new"] == [] and out["findings"]["resolved"] == []
    [pair] = out["findings"]["changed"]
    assert set(pair) == {"old", "new"}
    assert set(pair["old"]) == FINDING_KEYS and set(pair["new"]) == FINDING_KEYS
    assert pair["old"]["evidence"]["actors"] == ["x1", "x2", "x3"] and pair["new"]["evidence"]["actors"] == ["x1", "x2"]
    assert pair["old"]["rule"] == pair["new"]["rule"] == "OV01"
    nl = json.loads(run("diff", str(old), str(new), "--format", "json", "--lang", "nl").stdout)
    assert "2 ondersteunende organisaties" in nl["findings"]["changed"][0]["new"]["message"]


def test_text_markdown_csv_show_changed(tmp_path):
    """The OV01 3 → 2 pair in every format: a "Findings changed: 1" line and old → new message."""
    old = write_region(tmp_path / "old", *_blind_rows(False))
    new = write_region(tmp_path / "new", *_blind_rows(True))
    text = run("diff", str(old), str(new)).stdout
    assert "Findings resolved: 0" in text and "New findings: 0" in text and "Findings changed: 1" in text
    assert "[OV01] Out of view of the municipality and OCMW: 3 support organisations" in text
    assert "Blind x3). → Out of view of the municipality and OCMW: 2 support organisations" in text
    md = run("diff", str(old), str(new), "--format", "markdown", "--lang", "nl").stdout
    # Markdown is the text's block sequence (issue 27): the count as a heading, the change as a "~" line
    assert "## Gewijzigde bevindingen: 1" in md and "~ Gemeente A [OV01] Buiten het zicht" in md
    csv = run("diff", str(old), str(new), "--format", "csv").stdout.splitlines()
    assert csv[0] == "what,change,id,kind,detail"
    assert [r.split(",")[:4] for r in csv if r.startswith("finding")] == [["finding", "changed", "a", "OV01"]]


def test_dutch_text_translates_kinds(tmp_path):
    """New snapshot adds enterprise 'nieuw' founded by a with a seat on its board (by construction): the Dutch
    summary names the kinds with the catalogue's words (kind.enterprise, relation.founded, relation.seat)."""

    def fn(actors, relations):
        actors.append({"id": "nieuw", "name": "Nieuw", "kind": "enterprise", "municipality": "a"})
        relations.append({"source": "a", "target": "nieuw", "kind": "founded"})
        relations.append({"source": "a", "target": "nieuw", "kind": "seat", "body": "board", "capacity": "mandate"})

    old = write_region(tmp_path / "old", *base_rows())
    new = write_region(tmp_path / "new", *mutated(fn))
    nl = run("diff", str(old), str(new), "--lang", "nl").stdout
    assert "Actoren: 1 toegevoegd (sociale onderneming: 1)" in nl
    assert "Relaties: 2 toegevoegd (opgericht: 1, zetel in bestuursorgaan: 1)" in nl
    assert "founded" not in nl and "seat" not in nl and "enterprise" not in nl
    en = run("diff", str(old), str(new)).stdout
    assert "Relations: 2 added (founded: 1, seat in governing body: 1)" in en


def test_numbers_per_language():
    """Thousands and decimals as each language writes them (Dutch: point for thousands, comma for decimals)."""
    assert (number(12345, "en"), number(12345, "nl")) == ("12,345", "12.345")
    assert (number(1234.5, "en"), number(1234.5, "nl")) == ("1,234.5", "1.234,5")
    assert number(0, "nl") == "0"


def test_levels_not_applicable_do_not_crash_and_read_n_v_t():
    """A level of None ("not applicable": no applicable rule) on one side is a change of its own wording;
    the arrow (better/worse) only between two numbers. Levels set by hand on two check results."""
    region = region_from(*base_rows())
    old, new = check(region), check(region)
    old.levels["a"] = {**old.levels["a"], "OV": None, "BL": 1}
    new.levels["a"] = {**new.levels["a"], "OV": 2, "BL": 3, "VA": None}
    d = diff(old, new)
    # base region a: VA 2 (issue 23: it accounts to 2 of its 5 actors, "some")
    assert sorted(d.level_changes) == sorted([("a", "OV", None, 2), ("a", "BL", 1, 3), ("a", "VA", 2, None)])
    en = emit_text(d, "text", "en")
    assert "not applicable → partial (changed)" in en
    assert "weak → established (better)" in en
    assert "partial → not applicable (changed)" in en
    nl = emit_text(d, "text", "nl")
    assert "n.v.t. → gedeeltelijk (gewijzigd)" in nl and "gedeeltelijk → n.v.t. (gewijzigd)" in nl
    assert "zwak → uitgebouwd (beter)" in nl
    for fmt in ("markdown", "csv"):
        assert "n.v.t." in emit_text(d, fmt, "nl")
    levels = json.loads(emit_text(d, "json", "en"))["levels"]
    assert {"municipality": "a", "component": "OV", "old": None, "new": 2} in levels
