"""On the bundled data, the rules reproduce the report's figures and conclusions (FINDINGS F*, C1–C4).

Expected counts come from the report via seed/FINDINGS.md; where the bundled
data had to choose a reading (docs/data.md), the test says so.
"""

from __future__ import annotations

import pytest

from regienet.analysis.report import build_report
from regienet.render.report import region_summary

ALL = 13


def fired(results, code):
    return set(results.fired_in(code))


def test_va01_f28_only_kortrijk_accounts_to_actors(results):
    """F28: only the centre city (Kortrijk) sends a report to the actors → VA01 fires in the other 12."""
    assert fired(results, "VA01") == set(results.region.municipalities) - {"kortrijk"}


def test_bl01_f13_three_without_social_economy_in_plans(results):
    """F13: 3 local governments have not put social economy in their policy plans."""
    assert len(fired(results, "BL01")) == 3


def test_ov03_f11_inventory_in_only_two(results):
    """F11: actors are formally inventoried in only 2 municipalities → OV03 fires in 11."""
    assert len(fired(results, "OV03")) == 11 and not results.unknown_in("OV03")


def test_bl02_f14_five_with_strategic_or_operational_goals(results):
    """F14: a minority of 5 formulate strategic or operational objectives → BL02 passes in 5. Of the other 8,
    the 3 without social economy in their plans (F13) are BL01's finding: BL02 does not apply there."""
    assert (
        len(results.region.municipalities) - len(fired(results, "BL02")) - len(results.not_applicable_in("BL02")) == 5
    )
    assert set(results.not_applicable_in("BL02")) == fired(results, "BL01")
    assert len(fired(results, "BL02")) == ALL - 5 - 3


def test_sa04_f5_energiesnoeiers_missing_in_one(results, region):
    """F5: Energiesnoeiers work in 12 of 13; the 13th (Wervik in the bundled reading) misses that regional link."""
    hits = [f for f in results.findings if f.rule == "SA04" and "energiesnoeiers" in f.actors]
    assert [f.municipality for f in hits] == ["wervik"]


def test_ov02_c1_own_actor_focus(results, region):
    """C1/F7: governments focus on their own actors. Issue 23: OV02 fires where the own actor takes *most*
    (more than half) of the attention, each government–actor pair weighed by its layers (governance,
    economic, policy). Hand computation on the bundled data (own layers / all layers): Anzegem 5/9, Harelbeke
    6/11, Waregem 6/11, Wervik 5/7, Wevelgem 6/11, Zwevegem 5/9 fire; Kuurne and Menen stop at exactly half
    (not most), Kortrijk, the centre city whose ties reach beyond it (F3, F17, F28), at 6/19. Not applicable
    in the 4 without an own actor."""
    own = {m for m in region.municipalities if region.own_actors(m)}
    assert len(own) == 9  # F30 + F31: 6 + 3
    assert fired(results, "OV02") == {"anzegem", "harelbeke", "waregem", "wervik", "wevelgem", "zwevegem"}
    assert set(results.not_applicable_in("OV02")) == set(region.municipalities) - own


def test_ro01_f30_says_regisseur_runs_own_project(results):
    """F30: 8 choose not to be an actor, yet 6 of those 8 started an own project → RO01 in 6."""
    assert len(fired(results, "RO01")) == 6


def test_ro02_f34_never_a_formal_agreement(results, region):
    """F34: "there is always tacit consensus, never a formal agreement" → RO02 fires in all 13 (the report says
    all 13). Kortrijk, where both governments invest comparably, is shown as context, not as the fault."""
    assert fired(results, "RO02") == set(region.municipalities)
    kortrijk = next(f for f in results.findings_for("kortrijk") if f.rule == "RO02")
    assert "both invest comparably" in kortrijk.message("en")
    assert "beide zetten vergelijkbaar in" in kortrijk.message("nl")


def test_bl05_f19_reporting_expected_in_eight(results):
    """F19: reporting by actors is expected in 8 municipalities → BL05 fires in the other 5."""
    assert fired(results, "BL05") == {"anzegem", "avelgem", "deerlijk", "lendelede", "spiere-helkijn"}


def test_bl04_f17_plans_explained_in_five(results):
    """F17: further explanation of the plans to actors in 5 municipalities → BL04 fires in 8."""
    assert len(fired(results, "BL04")) == ALL - 5


def test_va02_not_applicable_where_no_account_is_sent(results):
    """F28: only Kortrijk sends an account to the actors. VA02 (account limited to own actors) cannot be
    judged in the 12 that send none: not applicable there, never a pass."""
    assert set(results.not_applicable_in("VA02")) == fired(results, "VA01")
    assert results.status("kortrijk", "VA02") == "passed"  # F28: it names regional players too


#: Rules the report says of every municipality (figure cited): allowed to fire in all 13.
REPORT_SAYS_ALL = {"RO02": "F34: never a formal agreement between municipality and OCMW"}


def test_no_rule_fires_everywhere_unless_the_report_says_so(results):
    """Issue 11: a rule that fires in all 13 is an artefact until the report says all 13."""
    for code in results.codes:
        if len(fired(results, code)) == ALL:
            assert code in REPORT_SAYS_ALL, code


def test_bl03_f16_consultation_through_own_actor(results):
    """F16/C2: about half consulted actors, and then their own actors → only Kortrijk passes BL03."""
    assert fired(results, "BL03") == set(results.region.municipalities) - {"kortrijk"}


def test_sa06_f22_four_forums_where_actors_meet(results):
    """F22: 4 municipalities have a consultation where the actors meet each other → SA06 fires in the other 9.
    An LSB steering group of the own actor and the Welzijnsconsortium does not count (F16)."""
    assert len(fired(results, "SA06")) == ALL - 4
    assert "kortrijk" not in fired(results, "SA06")


def test_sa03_f22_cooperation_is_about_the_own_actor(results):
    """F22: cooperation "is not so much about cooperation between actors as about the own actor"; only the 4
    with a forum where actors meet organise more. Issue 23, one fact one finding: where there is neither a
    forum nor any cooperation, that is SA06's one finding and SA03 and SA02 do not apply; SA03 fires where
    cooperation exists only around the own actor (Zwevegem's Proper Zwevegem with the Kringloopcentrum)."""
    assert fired(results, "SA03") == {"zwevegem"}
    assert fired(results, "SA03") <= fired(results, "SA06")
    nothing = set(results.not_applicable_in("SA03"))
    assert nothing == fired(results, "SA06") - {"zwevegem"}
    assert set(results.not_applicable_in("SA02")) >= nothing - fired(results, "SA02")


def test_no_forum_is_one_finding(results):
    """Issue 23: SA02, SA03 and SA06 used to fire in exactly the same 9 municipalities ("no forum" three
    times). Now no municipality has all three for the same absence."""
    assert not (fired(results, "SA02") & fired(results, "SA03") & fired(results, "SA06")) - {"zwevegem"}
    assert fired(results, "SA02") != fired(results, "SA06")


@pytest.mark.parametrize(
    "component,at_most_established,at_least_weak_or_absent",
    [
        # C1: only a limited overview; established only where a formal inventory exists (F11: 2)
        ("OV", 2, 10),
        # C2: the LSB gives impulse but objectives stay general and actors are barely involved; only the
        # centre city, with strategic goals, consultation beyond its own actor and reporting, is established
        ("BL", 1, 7),
        # C3: cooperation is organised around the own actor; the link with other actors is lost
        ("SA", 2, 9),
        # C4: no accountability for the whole (Kortrijk the exception, F28)
        ("VA", 1, 11),
    ],
)
def test_conclusions_c1_c2_c4_levels(results, component, at_most_established, at_least_weak_or_absent):
    levels = [results.levels[m][component] for m in results.region.municipalities]
    assert sum(lv == 3 for lv in levels) <= at_most_established
    assert sum(lv is not None and lv <= 1 for lv in levels) >= at_least_weak_or_absent


def test_conclusion_c3_regional_link_lost(results):
    """C3: cooperation is stimulated with own enterprises; the link with other (regional) actors is lost."""
    lost = fired(results, "SA04") | fired(results, "SA03") | fired(results, "SA02") | fired(results, "SA06")
    assert len(lost) >= 10
    # C1, F12: actors out of view — not in all: the governments in Sinergiek's board reach its support
    # partners through it, and a forum of the government brings regional actors in. Issue 23: VDAB, the
    # public employment service, is a partner, not a blind spot; it was the only blind spot in 5 of the 10
    # municipalities where OV01 fired before, so 5 remain.
    assert len(fired(results, "OV01")) == 5
    assert "kortrijk" not in fired(results, "OV01")
    assert not any("vdab" in f.actors for f in results.findings if f.rule == "OV01")


def test_a_municipality_with_nothing_gets_no_partial_or_established_level():
    """Issue 11: a municipality with no actors and no ties gets no partial or established OV or SA level."""
    from builders import base_rows, region_from, remove_actors

    from regienet.rules import check

    actors, relations = base_rows()
    remove_actors(actors, relations, "own", "loc", "loc2", "reg", "sup", "forum_a")
    res = check(region_from(actors, relations))
    for c in ("OV", "SA"):
        assert res.levels["a"][c] is None or res.levels["a"][c] <= 1, (c, res.level_details["a"][c])


def test_region_summary_speaks_like_the_report(region):
    rep = build_report(region)
    en = [s for _, lines in region_summary(rep, "en") for s in lines]
    nl = [s for _, lines in region_summary(rep, "nl") for s in lines]
    assert "In 12 of 13 municipalities no account of the policy is sent to the actors (VA01)." in en
    assert (
        "In 3 van de 13 gemeenten staat sociale economie in de beleidsplannen van geen van beide besturen (BL01)." in nl
    )
