"""Issue 23: levels earned by evidence of regie activities, on hand-built regions.

Each test builds a small region with tests/builders.py and says where its expected values come from (a
hand count in the docstring). The ones marked "fails on the old formula" were checked against the level
formula of main before this change (weighted share of fired rules).
"""

from __future__ import annotations

import json

from builders import base_rows, region_from, remove_actors, write_region
from click.testing import CliRunner

from regienet.analysis.governance import governance_mode
from regienet.cli import cli
from regienet.rules import LEVEL_COMPONENTS, check

ACTORS_OF_A = ("own", "loc", "loc2", "reg", "sup")


def _levels(actors, relations, m="a"):
    return check(region_from(actors, relations)).level_details[m]


def test_base_region_activities_by_hand():
    """Base region a (5 actors: own, loc, loc2, reg, sup; own is a's own actor). Hand count:
    OV environment analysis 5/5 most, inventory yes most → 3; BL vision 2/5 (own, loc) some, conflicts 5/5 (all
    in forum_a) most, formulating strategic most, spreading 3/5 most, monitoring 4/5 most → 14/5 → 2;
    SA mobilising 5/5, coupling 5/5, monitoring 4/5 (reports) most → 3; VA accounting 2/5 some, depth 4 most,
    public objectives most → 8/3 → 2."""
    d = _levels(*base_rows())
    reach = {c: {a.name: a.reach for a in d[c].activities} for c in LEVEL_COMPONENTS}
    assert reach["OV"] == {"environment_analysis": "most", "inventory": "most"}
    assert reach["BL"] == {
        "vision": "some",
        "conflicts": "most",
        "formulating": "most",
        "spreading": "most",
        "monitoring": "most",
    }
    assert reach["SA"] == {"mobilising": "most", "coupling": "most", "monitoring": "most"}
    assert reach["VA"] == {"accounting": "some", "account_depth": "most", "involvement": "most"}
    assert {c: d[c].level for c in LEVEL_COMPONENTS} == {"OV": 3, "BL": 2, "SA": 3, "VA": 2}


def test_no_actor_means_not_applicable_never_established():
    """Issue 23, "nothing scores well": a municipality with no actors and good answers got BL 3 and VA 3 on the
    old formula (the actor rules did not apply, the answers carried it). Now every component is n.v.t."""
    actors, relations = base_rows()
    remove_actors(actors, relations, *ACTORS_OF_A)
    d = _levels(actors, relations)
    for c in LEVEL_COMPONENTS:
        assert d[c].level is None and not d[c].applicable, (c, d[c])


def test_one_enterprise_bought_from_scores_no_better_than_weak_on_answers():
    """Answers alone carry at most weak: one enterprise a buys from, nothing else. Hand count: BL formulating most
    (answers), every tie activity none → 3/5 → 0; VA answers 3 + 3, accounting none → 6/3 = 2, capped at 1
    (no tie activity reaches an actor)."""
    actors, relations = base_rows()
    remove_actors(actors, relations, "loc", "loc2", "reg", "sup", "forum_a")
    relations[:] = [r for r in relations if not (r["source"] in ("a", "ocmw_a") and r["target"] == "own")]
    relations[:] = [r for r in relations if r["source"] != "own"]
    relations.append({"source": "a", "target": "own", "kind": "client"})
    d = _levels(actors, relations)
    assert d["BL"].level == 0
    assert d["VA"].level == 1 and d["VA"].high == 1


def _with(relations, *rows):
    return [*relations, *({"source": s, "target": t, "kind": k} for s, t, k in rows)]


def test_own_actor_reporting_back_or_being_informed_never_lowers_a_level():
    """Issue 23: on the old formula the OCMW informing the own actor (a new OCMW–own pair) raised OV02's pair
    share and could drop OV. Here: no level and no reach of a drops when the own actor reports back to the OCMW
    or the OCMW informs, consults or accounts to it."""
    actors, relations = base_rows()
    before = _levels(actors, relations)
    for row in (
        ("own", "ocmw_a", "reports_to"),
        ("ocmw_a", "own", "informs"),
        ("ocmw_a", "own", "consulted"),
        ("ocmw_a", "own", "accounts_to"),
    ):
        after = _levels(actors, _with(relations, row))
        for c in LEVEL_COMPONENTS:
            assert after[c].level >= before[c].level, (row, c)
            for x, y in zip(before[c].activities, after[c].activities, strict=True):
                assert y.low_value >= x.low_value, (row, c, x.name)


def test_informs_spreads_and_mobilises_but_never_couples_or_closes_a_regional_link():
    """Issue 23, each tie counts for what it is: a informs reg (a regional actor its neighbours b and c buy from)
    after dropping every working tie with reg. Informing raises BL spreading and SA mobilising, never SA coupling,
    and SA04 (missing regional link) still fires: a note sent is not a regional link. An agreement closes it."""
    actors, relations = base_rows()
    relations[:] = [r for r in relations if "reg" not in (r["source"], r["target"])]
    for m in ("b", "c"):
        relations.append({"source": m, "target": "reg", "kind": "client"})
    res = check(region_from(actors, relations))
    assert res.status("a", "SA04") == "fired"
    informed = _with(relations, ("a", "reg", "informs"))
    after = check(region_from(actors, informed))
    assert after.status("a", "SA04") == "fired"
    coupling = [next(x for x in r.level_details["a"]["SA"].activities if x.name == "coupling") for r in (res, after)]
    assert coupling[0].actors == coupling[1].actors
    mobilising = next(x for x in after.level_details["a"]["SA"].activities if x.name == "mobilising")
    assert "reg" in mobilising.actors
    agreed = check(region_from(actors, _with(relations, ("a", "reg", "agreement"))))
    assert agreed.status("a", "SA04") == "passed"


def test_a_level_says_which_activities_earned_it_in_json():
    """``check --format json``: level_details keep every key of version 1 and add ``activities`` (additive)."""
    runner = CliRunner()
    out = json.loads(runner.invoke(cli, ["check", "--format", "json"]).output)
    kortrijk = out["level_details"]["kortrijk"]["OV"]
    assert {"level", "low", "high", "rules_fired", "rules_passed", "rules_not_applicable", "rules_unknown"} <= set(
        kortrijk
    )
    names = [a["activity"] for a in kortrijk["activities"]]
    assert names == ["environment_analysis", "inventory"]
    assert all({"reach", "evidence", "basis"} <= set(a) for a in kortrijk["activities"])


def test_gaps_whatif_and_workshop_run_for_a_municipality_without_local_actors(tmp_path):
    """Issue 23 point 4: `gaps` exited 2 when a municipality had no actors of its own ("'ee' is both source and
    target"): the OV01 "none" finding names the governments and became a suggestion to contact itself."""
    actors, relations = base_rows()
    remove_actors(actors, relations, "reg", "sup")
    actors.append({"id": "ee", "name": "Ee", "kind": "municipality", "municipality": "ee"})
    folder = write_region(tmp_path / "d", actors, relations)
    runner = CliRunner()
    for args in (
        ["gaps"],
        ["gaps", "--format", "json"],
        ["whatif", "--municipality", "ee", "--reach", "SA=2"],
        ["workshop", "--municipality", "ee", "-o", str(tmp_path / "w")],
    ):
        r = runner.invoke(cli, [*args, "--data", str(folder)])
        assert r.exit_code in (0, 1), (args, r.output)
        assert "both source and target" not in r.output


def _star(center_rel, hub="own", extra=()):
    """Municipality a with four enterprises x1..x4 each cooperating with *hub* only (a star)."""
    actors, relations = base_rows()
    remove_actors(actors, relations, "loc", "loc2", "reg", "sup", "forum_a")
    relations[:] = [r for r in relations if r["source"] not in ("own",) and r["target"] not in ("own",)]
    for i in range(1, 5):
        actors.append(
            {"id": f"x{i}", "name": f"X{i}", "kind": "enterprise", "municipality": "a", "activities": "green"}
        )
        relations.append({"source": hub, "target": f"x{i}", "kind": "cooperation"})
    relations += [{"source": s, "target": t, "kind": k} for s, t, k in (*center_rel, *extra)]
    return region_from(actors, relations)


def test_governance_own_actor_hub_is_lead_own_actor():
    """A planted own-actor hub: a founded own, funds it, own cooperates with four enterprises, a buys from two of
    them. Market ties do not govern: the own actor holds the network (cut 1) → lead_own_actor. (A regression
    guard: this simple star was already lead_own_actor before issue 23; the client ties must not make it
    lead_government now that only governing ties link the government.)"""
    region = _star([("a", "own", "founded"), ("a", "own", "funding"), ("a", "x1", "client"), ("a", "x2", "client")])
    assert governance_mode(region, "a").mode == "lead_own_actor"


def test_governance_funded_network_bureau_is_nao():
    """A network bureau (support) a funds coordinates four enterprises (cooperation with each) → nao."""
    actors, relations = base_rows()
    remove_actors(actors, relations, "own", "loc", "loc2", "reg", "sup", "forum_a")
    actors.append({"id": "bureau", "name": "Netwerkbureau", "kind": "support", "municipality": "a"})
    for i in range(1, 5):
        actors.append(
            {"id": f"x{i}", "name": f"X{i}", "kind": "enterprise", "municipality": "a", "activities": "green"}
        )
        relations.append({"source": "bureau", "target": f"x{i}", "kind": "cooperation"})
        relations.append({"source": "a", "target": f"x{i}", "kind": "client"})
    relations.append({"source": "a", "target": "bureau", "kind": "funding"})
    assert governance_mode(region_from(actors, relations), "a").mode == "nao"


def test_governance_dyadic_deals_are_no_network_governance():
    """a buys from and funds three enterprises that have no tie among themselves and are not consulted, informed
    or convened: a star of dyadic deals is no network (C3, F24b) → none, step none_dyadic (was lead_government)."""
    actors, relations = base_rows()
    remove_actors(actors, relations, "own", "loc", "loc2", "reg", "sup", "forum_a")
    for i in range(1, 4):
        actors.append({"id": f"x{i}", "name": f"X{i}", "kind": "enterprise", "municipality": "a"})
        relations.append({"source": "a", "target": f"x{i}", "kind": "client"})
        relations.append({"source": "a", "target": f"x{i}", "kind": "funding"})
    g = governance_mode(region_from(actors, relations), "a")
    assert (g.mode, g.step) == ("none", "none_dyadic")


def test_bundled_avelgem_is_not_led_by_its_government():
    """Avelgem: BL03 says it consulted nobody and SA06 that it convenes no forum; its ties are market ties. The
    report called it lead_government ("the hub: it convenes and consults"); now none (dyadic deals)."""
    from regienet.cli.common import open_region

    region, _ = open_region(None, None, None)
    assert governance_mode(region, "avelgem").mode == "none"


def test_no_get_to_know_for_actors_m_reaches_through_a_bureau_it_funds():
    """Issue 23 point 4: a network bureau a funds coordinates four enterprises (cooperation with each); a has no
    other tie with them. They are not blind spots (OV01 passes), the environment analysis counts them, and no
    suggestion tells a to "get to know" them."""
    from regienet.analysis.gaps import suggestions

    actors, relations = base_rows()
    remove_actors(actors, relations, "own", "loc", "loc2", "reg", "sup", "forum_a")
    actors.append({"id": "bureau", "name": "Netwerkbureau", "kind": "support", "municipality": "a"})
    for i in range(1, 5):
        actors.append({"id": f"x{i}", "name": f"X{i}", "kind": "enterprise", "municipality": "a"})
        relations.append({"source": "bureau", "target": f"x{i}", "kind": "cooperation"})
    relations.append({"source": "a", "target": "bureau", "kind": "funding"})
    region = region_from(actors, relations)
    res = check(region)
    assert res.status("a", "OV01") == "passed"
    env = res.level_details["a"]["OV"].activities[0]
    assert env.name == "environment_analysis" and env.reach == "most" and len(env.actors) == 5
    assert not [s for s in suggestions(region, res, "a") if s.type.startswith("contact")]


def test_rg01_lists_each_actor_as_what_it_is_enterprises_first():
    """Issue 23: RG01 names the kind of each regional actor with low coverage, enterprises before support and
    public bodies. Base rows without b's and c's client ties: reg (enterprise) and sup (support) are each tied
    to a only, 1 of 3 municipalities (33 % < 50 %): reg first, as a social enterprise. Bundled: VDAB is named a
    public labour-market partner."""
    from regienet.cli.common import open_region
    from regienet.rules import check_region

    actors, relations = base_rows()
    relations[:] = [r for r in relations if not (r["source"] in ("b", "c") and r["target"] == "reg")]
    found = check_region(region_from(actors, relations), None, ["RG01"])["RG01"].findings
    assert [f.actors[0] for f in found] == ["reg", "sup"]
    assert found[0].message("en").startswith("Regio Energie (social enterprise) works in 3 municipalities")
    assert found[1].message("nl").startswith("Steunpunt (ondersteunende organisatie) is actief in 3 gemeenten")
    region, config = open_region(None, None, None)
    vdab = [f for f in check_region(region, config, ["RG01"])["RG01"].findings if f.actors[0] == "vdab"]
    assert "VDAB (public labour-market partner)" in vdab[0].message("en")


def test_the_level_threshold_is_configurable():
    """``[thresholds.levels] most_share``: base region a's vision and accounting reach 2 of 5 (0.4): "some" at the
    default 0.5 (BL 2, VA 2), "most" at 0.3 (BL 3, VA 3). A value out of 0 … 1 is refused, naming the key."""
    import pytest

    from regienet.errors import UsageError
    from regienet.settings import from_mapping

    cfg = from_mapping({"thresholds": {"levels": {"most_share": 0.3}}}, "test")
    region = region_from(*base_rows())
    assert check(region, cfg).levels["a"] == {"OV": 3, "BL": 3, "SA": 3, "VA": 3}
    with pytest.raises(UsageError) as bad:
        from_mapping({"thresholds": {"levels": {"most_share": 3}}}, "test")
    assert "thresholds.levels.most_share" in str(bad.value.params)


def test_brokered_cooperations_a_facilitator_would_propose():
    """Issue 23 point 4. Bundled Spiere-Helkijn (no local actor): no candidate cooperation at all — the plans no
    longer broker "Energiesnoeiers with Kanaal 127" or "Kringloopcentrum with Leiedal". Hand-built: without
    forum and cooperations, loc (cleaning) and loc2 (made cleaning too) are the pair to couple; a plan for SA 3
    brokers them and says what they share; never two support bodies, never a pair without a shared tag."""
    from regienet.analysis.whatif import candidates, plan, shared_work
    from regienet.cli.common import open_region

    region, config = open_region(None, None, None)
    coops = [c.change for c in candidates(region, "spiere-helkijn", config=config) if c.change.kind == "cooperation"]
    assert coops == []
    for m in region.municipalities:
        for c in candidates(region, m, config=config):
            ch = c.change
            if ch.kind == "cooperation":
                assert shared_work(region, ch.source, ch.target), (m, ch)
                assert {region.kind[ch.source], region.kind[ch.target]} != {"support"}, (m, ch)
    actors, relations = base_rows()
    relations[:] = [r for r in relations if r["kind"] not in ("cooperation", "member")]
    actors[[a["id"] for a in actors].index("loc2")]["activities"] = "cleaning"
    p = plan(region_from(actors, relations), "a", {"SA": 3}, 3)
    coop = [x for x in p.ties if x.change.kind == "cooperation"]
    assert coop and {coop[0].change.source, coop[0].change.target} == {"loc", "loc2"}
    assert "cleaning" in coop[0].why("en") and any(c == "SA" and n == "coupling" for c, n, _, _ in coop[0].adds)


def test_two_notes_sent_are_not_a_plan_bundled_zwevegem():
    """The issue's example: Zwevegem informs Waak and the Kringloopcentrum. On the old formula this raised OV and
    SA from 0 to 1 (the own-actor share fell under 30 %, and SA04 took the note as the regional link). Now OV and
    SA do not move: OV's environment analysis already reached most of the field (9 of 10) and its inventory is
    'no'; SA mobilising reaches 3 → 5 of 10 actors, still 'some' (not more than half). Only BL's spreading widens
    (own actor only → some), and SA04 still names Waak: a note is not a regional link."""
    from regienet.analysis.whatif import Change, evaluate
    from regienet.cli.common import open_region

    region, config = open_region(None, None, None)
    ev = evaluate(
        region,
        "zwevegem",
        [
            Change.make("add", "zwevegem", "waak", "informs"),
            Change.make("add", "zwevegem", "kringloop_zwvl", "informs"),
        ],
        config,
    )
    before, after = ev.levels("before"), ev.levels("after")
    assert (before["OV"], before["SA"]) == (after["OV"], after["SA"]) == (1, 1)
    assert any(f.rule == "SA04" and f.actors == ("waak",) for f in ev.after.findings_for("zwevegem"))
    spreading = [a for a in ev.after.level_details["zwevegem"]["BL"].activities if a.name == "spreading"]
    assert spreading[0].reach == "some"


def test_regie_bodies_is_the_one_reader_of_who_does_regie():
    """Region.regie_bodies(m, component) is where branch `today` adds the associations M mandated. Here it is
    widened by hand for BL with another government, ocmw_b (standing in for a body a mandated), that informs
    loc: the BL rules (BL04) and the BL level's spreading activity both see that tie; SA does not."""
    actors, relations = base_rows()
    relations[:] = [r for r in relations if r["kind"] != "informs"]
    relations.append({"source": "ocmw_b", "target": "loc", "kind": "informs"})
    region = region_from(actors, relations)
    assert check(region).status("a", "BL04") == "fired"
    plain = region.regie_bodies
    region.regie_bodies = lambda m, component=None: [
        *plain(m, component),
        *(["ocmw_b"] if m == "a" and component == "BL" else []),
    ]
    res = check(region, municipalities=["a"])
    assert res.status("a", "BL04") == "passed"
    spreading = next(a for a in res.level_details["a"]["BL"].activities if a.name == "spreading")
    assert spreading.actors == ("loc",) and spreading.relations == (("ocmw_b", "loc", "informs"),)
    mobilising = next(a for a in res.level_details["a"]["SA"].activities if a.name == "mobilising")
    assert ("ocmw_b", "loc", "informs") not in mobilising.relations
