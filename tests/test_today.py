"""Today's institutions (issue 24): the contract's additions, the integrated local government, the region view
and the bundled ``today`` example.

Every region here is built by hand from ``builders.base_rows()`` (three municipalities a, b, c with their
OCMWs; by construction every rule passes for a) plus what each test adds: an association, a mandate, a plan,
no OCMW row. Expected values are stated in the test and follow from the rows added (hand counts).
"""

from __future__ import annotations

import copy
import json

import pytest
from builders import base_rows, csv_of, plan_columns, region_from, remove_actors, write_region
from click.testing import CliRunner

from regienet.analysis.region import analyse, regie_arrangements
from regienet.cli import cli
from regienet.errors import DataError
from regienet.load import example_data_dir, load_dataset
from regienet.metrics import forum_reach
from regienet.model import Region
from regienet.rules import check

ASSOC = {
    "id": "verband",
    "name": "Regieverband Test",
    "kind": "association",
    "scope": "regional",
    "operates_in": "a|b|c",
}


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def rows(*, assoc: bool = True) -> tuple[list[dict], list[dict]]:
    actors, relations = copy.deepcopy(base_rows())
    if assoc:
        actors.append(dict(ASSOC))
    return actors, relations


def problems(actors, relations, plans=None) -> list:
    with pytest.raises(DataError) as exc:
        region_from(actors, relations, plans)
    return exc.value.problems


# --------------------------------------------------------------------------- the contract


def test_mandate_scope_is_read_case_insensitively_and_blank_means_all_four():
    actors, relations = rows()
    relations.append({"source": "b", "target": "verband", "kind": "mandates", "scope": "ov|Sa"})
    relations.append({"source": "c", "target": "verband", "kind": "mandates"})
    region = region_from(actors, relations)
    (b,) = region.mandates("b")
    (c,) = region.mandates("c")
    assert b.scope == frozenset({"OV", "SA"}) and b.association == "verband" and b.government == "b"
    assert c.scope == frozenset({"OV", "BL", "SA", "VA"})
    assert region.mandates("b", "BL") == [] and region.mandates("c", "BL") == [c]
    assert region.mandated_by("verband") == ["b", "c"] and region.mandated_by("verband", "BL") == ["c"]
    assert region.associations == ["verband"] and region.is_association("verband")


def test_contract_errors_name_file_line_column_value_and_fix():
    actors, relations = rows()
    start = len(relations) + 2  # header is line 1
    relations += [
        {"source": "b", "target": "verband", "kind": "mandates", "scope": "OV|XX"},  # unknown component
        {"source": "a", "target": "loc", "kind": "client", "scope": "OV"},  # scope only on mandates
        {"source": "own", "target": "verband", "kind": "mandates"},  # an enterprise cannot mandate
        {"source": "a", "target": "ocmw_a", "kind": "accounts_to"},  # only an association accounts to governments
    ]
    found = {(p.line, p.column, p.code) for p in problems(actors, relations)}
    assert found == {
        (start, "scope", "unknown_value"),
        (start + 1, "scope", "not_applicable"),
        (start + 2, "source", "wrong_endpoint_kind"),
        (start + 3, "source", "wrong_endpoint_kind"),
    }


def test_an_association_acts_like_a_government_towards_actors():
    """Every use DESIGN lists validates: it consults, informs, convenes, accounts (to actors and to its member
    governments), makes agreements (with an authority too), brokers; actors report to it; governments sit in
    it, fund it and mandate it; an authority is a forum member."""
    actors, relations = rows()
    for kind, s, t in (
        ("consulted", "verband", "loc"),
        ("informs", "verband", "loc"),
        ("convenes", "verband", "forum_a"),
        ("accounts_to", "verband", "loc"),
        ("accounts_to", "verband", "b"),
        ("agreement", "verband", "vlaanderen"),
        ("agreement", "a", "vlaanderen"),
        ("reports_to", "loc", "verband"),
        ("seat", "b", "verband"),
        ("funding", "b", "verband"),
        ("mandates", "b", "verband"),
        ("member", "vlaanderen", "forum_a"),
    ):
        relations.append({"source": s, "target": t, "kind": kind})
    relations.append({"source": "loc", "target": "reg", "kind": "cooperation", "via": "verband"})
    region = region_from(actors, relations)
    assert region.kind["verband"] == "association"


def test_plans_csv_is_validated_like_the_rest():
    actors, relations = rows()
    plans = [
        {"government": "a", "code": "wse lr1", "title": "Regisseur", "year": "2026", "budget_eur": "40000"},
        {"government": "zz", "code": "WSE-LR2", "title": "Wijk-werken"},  # unknown id
        {"government": "own", "code": "WSE-LR3", "title": "x"},  # an enterprise has no plan
        {"government": "a", "code": "WSE-LR5", "title": "y"},  # not one of the decree's four
        {"government": "a", "code": "", "title": "z", "budget_eur": "12.500"},  # ambiguous thousands separator
        {"government": "verband", "code": "", "title": ""},  # title required
    ]
    found = {(p.file, p.line, p.column, p.code) for p in problems(actors, relations, plans)}
    assert found == {
        ("plans.csv", 3, "government", "unknown_actor"),
        ("plans.csv", 4, "government", "plan_not_government"),
        ("plans.csv", 5, "code", "unknown_plan_code"),
        ("plans.csv", 6, "budget_eur", "ambiguous_number"),
        ("plans.csv", 7, "title", "blank_required"),
    }
    good = region_from(actors, relations, plans[:1])
    (action,) = good.plan_actions("a")
    assert action["code"] == "WSE-LR1" and action["budget_eur"] == 40000 and action["line"] == 2
    assert good.has_plans and not region_from(actors, relations).has_plans


def test_plans_of_a_later_year_are_not_in_an_earlier_snapshot():
    actors, relations = rows()
    plans = [
        {"government": "a", "code": "WSE-LR1", "title": "early", "year": "2020"},
        {"government": "a", "code": "WSE-LR2", "title": "late", "year": "2026"},
        {"government": "a", "code": "WSE-LR3", "title": "undated"},
    ]
    assert [x["title"] for x in region_from(actors, relations, plans, year=2022).plan_actions("a")] == [
        "early",
        "undated",
    ]
    assert len(region_from(actors, relations, plans).plan_actions("a")) == 3


def test_validate_names_a_plans_problem_in_the_file_with_exit_2(tmp_path):
    actors, relations = rows()
    folder = write_region(tmp_path / "r", actors, relations, [{"government": "own", "title": "x"}])
    result = run("validate", "--data", str(folder), "--lang", "nl")
    assert result.exit_code == 2
    assert "plans.csv:2: kolom government (A)" in result.output and "'own'" in result.output
    assert "Oplossing" in result.output and "samenwerkingsverband" in result.output


def test_plans_sheet_of_a_workbook_is_read(tmp_path):
    import openpyxl

    actors, relations = rows()
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, data, columns in (
        ("actors", actors, None),
        ("relations", relations, None),
        ("plans", [{"government": "a", "code": "WSE-LR4", "title": "VDAB", "year": 2026}], plan_columns()),
    ):
        import csv
        import io

        text = csv_of(data, columns or list(dict.fromkeys(k for r in data for k in r)))
        ws = wb.create_sheet(name)
        for row in csv.reader(io.StringIO(text)):
            ws.append(row)
    wb.save(tmp_path / "r.xlsx")
    ds = load_dataset(tmp_path / "r.xlsx")
    assert ds.plans is not None and ds.plans["code"].tolist() == ["WSE-LR4"]
    assert ds.summary()["plans"] == 1


def test_maatwerkbedrijf_is_an_enterprise_subtype_and_2010_subtypes_stay():
    actors, relations = rows(assoc=False)
    actors.append(
        {"id": "mw", "name": "Maatwerk", "kind": "enterprise", "municipality": "a", "subtype": "maatwerkbedrijf"}
    )
    region = region_from(actors, relations)
    assert region.value("mw", "subtype") == "maatwerkbedrijf" and region.value("loc", "subtype") == "social_workshop"


# --------------------------------------------------------------------------- one local government


def _without_ocmw(m: str):
    actors, relations = rows(assoc=False)
    remove_actors(actors, relations, f"ocmw_{m}")
    return actors, relations


def test_a_municipality_without_ocmw_row_is_one_local_government():
    """RO02 (no agreement between municipality and OCMW) has nothing to ask there; with the OCMW row it is
    asked and passes on the base region (a formal agreement a–ocmw_a)."""
    region = region_from(*_without_ocmw("b"))
    assert region.integrated("b") and not region.integrated("a")
    results = check(region)
    assert results.status("b", "RO02") == "not_applicable"
    assert results.status("a", "RO02") == "passed"


def test_ro02_keeps_its_2010_meaning_before_2019_and_does_not_apply_from_2019():
    """Without the agreement row RO02 fires for a in 2010 (F34, as before); from 2019 municipality and OCMW are
    one government and RO02 does not apply (Decreet over het lokaal bestuur)."""
    actors, relations = rows(assoc=False)
    relations[:] = [r for r in relations if not (r["kind"] == "agreement" and r["target"] == "ocmw_a")]
    assert check(region_from(actors, relations, year=2010)).status("a", "RO02") == "fired"
    assert check(region_from(actors, relations, year=2018)).status("a", "RO02") == "fired"
    later = region_from(actors, relations, year=2019)
    assert later.integrated("a") and check(later).status("a", "RO02") == "not_applicable"
    assert check(region_from(actors, relations)).status("a", "RO02") == "fired"  # no --year: 2010 institutions


def _regisseur_with_own_actor():
    actors, relations = rows()
    for row in actors:
        if row["id"] in ("a", "ocmw_a"):
            row["role_choice"] = "regisseur"
    return actors, relations


def test_ro01_asks_the_decree_question_of_one_local_government():
    """a runs the own actor 'own' and says regisseur. 2010: RO01 fires with the 2010 message. 2019 on: provider
    and regisseur at once, roles not separated → fires with the decree-era message; once a mandates an
    association the roles are separated → passes."""
    actors, relations = _regisseur_with_own_actor()
    old = check(region_from(actors, relations, year=2010))
    (f,) = [x for x in old.findings_for("a") if x.rule == "RO01"]
    assert "provider" not in f.message("en")
    new = check(region_from(actors, relations, year=2022))
    (g,) = [x for x in new.findings_for("a") if x.rule == "RO01"]
    assert "provider at once" in g.message("en") and "LDE A" in g.message("en")
    assert "tegelijk regisseur" in g.message("nl")
    relations.append({"source": "a", "target": "verband", "kind": "mandates", "scope": "OV|SA"})
    assert check(region_from(actors, relations, year=2022)).status("a", "RO01") == "passed"


def test_ro01_reads_a_wse_lr1_plan_as_taking_up_the_regie_role():
    """No stated role (role_choice actor) but a WSE-LR1 action in the plan and an own actor: regisseur by plan."""
    actors, relations = _without_ocmw("a")
    plans = [{"government": "a", "code": "WSE-LR1", "title": "Lokale regisseur"}]
    assert check(region_from(actors, relations)).status("a", "RO01") == "not_applicable"
    results = check(region_from(actors, relations, plans))
    (f,) = [x for x in results.findings_for("a") if x.rule == "RO01"]
    assert "WSE-LR1" in f.message("en") and "WSE-LR1" in f.message("nl")


# --------------------------------------------------------------------------- the region view


def _region_with_association_forum(scope_b: str):
    actors, relations = rows()
    actors.append({"id": "forum_v", "name": "Overleg Verband", "kind": "forum"})
    relations += [
        {"source": "b", "target": "verband", "kind": "mandates", "scope": scope_b},
        {"source": "c", "target": "verband", "kind": "mandates"},
        {"source": "verband", "target": "forum_v", "kind": "convenes"},
        {"source": "reg", "target": "forum_v", "kind": "member"},
        {"source": "b", "target": "verband", "kind": "seat", "body": "board"},
        {"source": "c", "target": "verband", "kind": "seat", "body": "board"},
    ]
    return actors, relations


def test_an_association_forum_reaches_the_municipalities_that_mandated_it_for_sa():
    """b mandates OV|SA, c all four: the forum reaches both. With b mandating only OV|BL it reaches c alone."""
    assert forum_reach(region_from(*_region_with_association_forum("OV|SA")))["forum_v"] == {"b", "c"}
    assert forum_reach(region_from(*_region_with_association_forum("OV|BL")))["forum_v"] == {"c"}


def test_rg04_reads_the_association_forum_as_regional():
    """Without the association's forum the base region has only forum_a (one municipality): RG04 fires."""
    base = region_from(*rows())
    assert check(base).region_outcomes["RG04"].status == "fired"
    assert check(region_from(*_region_with_association_forum("OV|SA"))).region_outcomes["RG04"].status == "passed"


def test_rg03_asks_an_association_to_account_to_its_members():
    """b and c (2 of 3 municipalities ≥ min_share 0.5) sit in the association's board. No account to them:
    RG03 fires with the association message; an account to c (a member) passes; an account to an actor does
    not count as an account to the members."""
    actors, relations = _region_with_association_forum("OV|SA")
    relations.append({"source": "verband", "target": "loc", "kind": "accounts_to"})
    results = check(region_from(actors, relations))
    (f,) = [x for x in results.findings_for(None) if x.rule == "RG03"]
    assert "association Regieverband Test" in f.message("en") and "samenwerkingsverband" in f.message("nl")
    relations.append({"source": "verband", "target": "c", "kind": "accounts_to"})
    assert check(region_from(actors, relations)).region_outcomes["RG03"].status == "passed"


def test_regie_arrangements_and_municipalities_without_any():
    """b: mandate OV|SA; c: full mandate; a: regie work of its own (consults, informs, convenes…) and a plan;
    with b's and c's own ties cut, a region where nobody does anything lists them as without regie."""
    actors, relations = _region_with_association_forum("OV|SA")
    plans = [{"government": "a", "code": "WSE-LR1", "title": "Regisseur"}]
    by = {x.municipality: x for x in regie_arrangements(region_from(actors, relations, plans))}
    assert by["a"].kind == "own" and by["a"].plan_codes == ["WSE-LR1"]
    assert by["b"].kind == "mandate" and by["b"].mandates == [("verband", ["OV", "SA"])]
    assert by["c"].mandates == [("verband", ["OV", "BL", "SA", "VA"])]
    bare = [r for r in relations if r["kind"] != "mandates"]
    analysis = analyse(region_from(actors, bare))
    assert analysis.without_regie == ["b", "c"]
    doc = analysis.to_dict("en")
    assert doc["without_regie"] == ["b", "c"] and doc["regie_arrangements"][0]["arrangement"] == "own"


def test_region_command_says_who_carries_the_regie_in_both_languages():
    en = run("region", "--example", "today")
    nl = run("region", "--example", "today", "--lang", "nl")
    assert en.exit_code in (0, 1) and nl.exit_code in (0, 1)
    assert "Gemeente Bremdonk: Regieverband Leievallei on mandate for OV and SA" in en.stdout
    assert "Gemeente Ardelgem: Regieverband Leievallei on mandate for all four components" in en.stdout
    assert "no regie work of its own: Gemeente Molsele" in en.stdout
    assert "Regieverband Leievallei met mandaat voor OV en SA" in nl.stdout
    assert "Helemaal geen regieregeling" in nl.stdout


# --------------------------------------------------------------------------- the bundled example


def test_example_today_is_bundled_fictional_and_valid():
    folder = example_data_dir("today")
    ds = load_dataset(folder)
    assert set(ds.actors["kind"]) >= {"association", "municipality", "enterprise", "authority", "forum"}
    assert "ocmw" not in set(ds.actors["kind"])  # one local government: no OCMW rows
    assert all("fictional" in p for p in ds.actors["provenance"]) and all(
        "fictional" in p for p in ds.relations["provenance"]
    )
    assert ds.plans is not None and set(ds.plans["code"]) == {"WSE-LR1", "WSE-LR2", "WSE-LR3", "WSE-LR4"}
    assert "maatwerkbedrijf" in set(ds.actors["subtype"].dropna())


def test_example_switch_on_commands_and_refused_with_data():
    ok = run("validate", "--example", "today")
    assert ok.exit_code == 0 and "1 association of municipalities" in ok.stdout and "7 plan actions" in ok.stdout
    assert run("validate", "--example", "zwvl").stdout == run("validate").stdout
    both = run("validate", "--example", "today", "--data", "x")
    assert both.exit_code == 2 and "--example" in both.output and "Traceback" not in both.output
    nl = run("validate", "--data", "x", "--example", "today", "--lang", "nl")
    assert nl.exit_code == 2 and "geef er één van" in nl.output


@pytest.mark.parametrize("fmt", ["gexf", "graphml", "kumu"])
def test_exports_carry_the_association_and_the_mandate_scope(tmp_path, fmt):
    out = tmp_path / f"x.{fmt}"
    assert run("export", "--example", "today", "--to", fmt, "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    if fmt == "kumu":
        doc = json.loads(text)
        mandates = [c for c in doc["connections"] if c["kind"] == "mandates"]
        assert sorted(tuple(c["scope"]) for c in mandates) == [("OV", "BL", "SA", "VA"), ("OV", "SA")]
        (assoc,) = [e for e in doc["elements"] if e["kind"] == "association"]
        assert assoc["type"] == "association of municipalities"
    else:
        import networkx as nx

        G = nx.read_gexf(out) if fmt == "gexf" else nx.read_graphml(out)
        scopes = sorted(d["scope"] for _, _, d in G.edges(data=True) if d["kind"] == "mandates")
        assert scopes == ["OV|BL|SA|VA", "OV|SA"]
        assert G.nodes["regieverband_leievallei"]["kind"] == "association"


# --------------------------------------------------------------------------- regie by mandate (phase 2)


def _mandated_region(scope_b: str, *, year: int | None = None):
    """b's actors: reg and sup (regional, everywhere). The association consults reg, informs sup, accounts to
    reg and convenes forum_v where reg meets; b mandates it for *scope_b*; c mandates it for all four."""
    actors, relations = rows()
    actors.append({"id": "forum_v", "name": "Overleg Verband", "kind": "forum"})
    relations += [
        {"source": "b", "target": "verband", "kind": "mandates", "scope": scope_b},
        {"source": "c", "target": "verband", "kind": "mandates"},
        {"source": "verband", "target": "reg", "kind": "consulted"},
        {"source": "verband", "target": "sup", "kind": "informs"},
        {"source": "verband", "target": "reg", "kind": "accounts_to"},
        {"source": "verband", "target": "forum_v", "kind": "convenes"},
        {"source": "reg", "target": "forum_v", "kind": "member"},
    ]
    return region_from(actors, relations, year=year)


def test_regie_bodies_are_the_governments_then_the_associations_mandated_for_the_component():
    region = _mandated_region("OV|SA")
    assert region.regie_bodies("b", "OV") == ["b", "ocmw_b", "verband"]
    assert region.regie_bodies("b", "BL") == ["b", "ocmw_b"]  # OV|SA earns nothing in BL from the association
    assert region.regie_bodies("c", "BL") == ["c", "ocmw_c", "verband"]
    assert region.regie_bodies("a", "OV") == ["a", "ocmw_a"]  # no mandate: its own governments only
    assert region.regie_bodies("b") == ["b", "ocmw_b", "verband"]


def test_an_association_tie_counts_for_a_municipality_within_the_mandate_scope():
    """For b (OV|SA): informs (BL, SA) and the forum (SA) count, consulted (BL) and accounts_to (VA) do not.
    For c (all four) every one of the association's ties to an actor working in c counts."""
    b = {(x.government, x.actor, x.kind) for x in _mandated_region("OV|SA").ties("b") if x.government == "verband"}
    assert b == {("verband", "sup", "informs"), ("verband", "reg", "forum")}
    c = {(x.actor, x.kind) for x in _mandated_region("OV|SA").ties("c") if x.government == "verband"}
    assert c == {("reg", "consulted"), ("sup", "informs"), ("reg", "accounts_to"), ("reg", "forum")}


def test_actors_known_to_the_association_are_no_blind_spots():
    """Without any tie of b's own, reg and sup (working everywhere) are blind spots of b — unless b mandated
    the association for OV: then what the association knows is in b's view (OV01 passes)."""
    actors, relations = rows()
    relations[:] = [r for r in relations if r["source"] not in ("b", "ocmw_b") and r["target"] not in ("b", "ocmw_b")]
    relations += [
        {"source": "verband", "target": "reg", "kind": "consulted"},
        {"source": "verband", "target": "sup", "kind": "accounts_to"},
    ]
    assert check(region_from(actors, relations)).status("b", "OV01") == "fired"
    relations.append({"source": "b", "target": "verband", "kind": "mandates", "scope": "OV"})
    region = region_from(actors, relations)
    assert region.reached_through_bodies("b") >= {"reg", "sup"}
    assert check(region).status("b", "OV01") == "passed"
    relations[-1]["scope"] = "VA"  # a mandate without OV: the association's accounts count (VA), not its overview
    assert check(region_from(actors, relations)).status("b", "OV01") == "fired"


def test_plan_evidence_reads_the_regie_codes_of_the_bl_bodies():
    """a's own plan: WSE-LR2 with a budget → social economy in the plans, operational goals. b mandates OV|SA:
    the association's plan does not count (nothing for BL); c mandates all four: it does, but its only action
    has no budget → general. Without plans.csv: None (the answers stand)."""
    actors, relations = rows()
    relations += [
        {"source": "b", "target": "verband", "kind": "mandates", "scope": "OV|SA"},
        {"source": "c", "target": "verband", "kind": "mandates"},
    ]
    plans = [
        {"government": "a", "code": "WSE-LR2", "title": "Wijk-werken", "budget_eur": "20000"},
        {"government": "a", "code": "WVG100", "title": "Welzijn", "budget_eur": "5000"},  # not a regie code
        {"government": "verband", "code": "WSE-LR1", "title": "Regisseur"},
    ]
    region = region_from(actors, relations, plans)
    a, b, c = (region.plan_evidence(m) for m in "abc")
    assert (a.in_plans, a.goals, a.codes, a.bodies) == (True, "operational", ["WSE-LR2"], ["a"])
    assert (b.in_plans, b.goals, b.codes) == (False, "none", [])
    assert (c.in_plans, c.goals, c.codes, c.bodies) == (True, "general", ["WSE-LR1"], ["verband"])
    assert region_from(actors, relations).plan_evidence("a") is None


def _association_for_b(scope_b: str | None, *, own_work: bool = False):
    """b's field: reg and sup (both work everywhere). b has no regie work of its own (only the base's client
    tie with reg); the association consults reg, informs sup, receives reg's report, accounts to both and
    convenes forum_v where both meet. *scope_b*: b's mandate (``None``: no mandate)."""
    actors, relations = rows()
    actors.append({"id": "forum_v", "name": "Overleg Verband", "kind": "forum"})
    relations += [
        {"source": "verband", "target": "reg", "kind": "consulted"},
        {"source": "verband", "target": "sup", "kind": "informs"},
        {"source": "reg", "target": "verband", "kind": "reports_to"},
        {"source": "verband", "target": "reg", "kind": "accounts_to"},
        {"source": "verband", "target": "sup", "kind": "accounts_to"},
        {"source": "verband", "target": "forum_v", "kind": "convenes"},
        {"source": "reg", "target": "forum_v", "kind": "member"},
        {"source": "sup", "target": "forum_v", "kind": "member"},
    ]
    if scope_b is not None:
        relations.append({"source": "b", "target": "verband", "kind": "mandates", "scope": scope_b})
    return actors, relations


def _activities(results, m: str, component: str) -> dict[str, object]:
    return {a.name: a for a in results.level_details[m][component].activities}


def test_a_partial_mandate_earns_nothing_in_bl_from_the_association():
    """b mandates only OV and SA: the association's consulting, informing and reports earn b nothing in BL
    (every tie-based BL activity reaches none), while OV and SA are earned via the association. With a full
    mandate the same work earns BL too. Hand count, full mandate: vision (reg) 1 of 2 actors = some,
    spreading (sup) some, monitoring (reg reports) some, conflicts (reg and sup meet in forum_v) most
    (2 of 2 > half); formulating from b's answers (se_in_plans yes, strategic) most → (2+3+3+2+2)//5 = 2."""
    partial = check(region_from(*_association_for_b("OV|SA")))
    bl = _activities(partial, "b", "BL")
    assert [bl[n].reach for n in ("vision", "conflicts", "spreading", "monitoring")] == ["none"] * 4
    assert partial.levels["b"]["BL"] == 0  # formulating (most, from b's answers) alone: (0+0+3+0+0)//5 = 0
    sa = _activities(partial, "b", "SA")
    assert sa["coupling"].reach == "most" and sa["coupling"].via == (("verband", "Regieverband Test"),)
    assert partial.levels["b"]["VA"] is not None
    assert _activities(partial, "b", "VA")["accounting"].reach == "none"  # VA not mandated
    full = check(region_from(*_association_for_b("")))
    assert full.levels["b"]["BL"] == 2
    assert [a.via for a in full.level_details["b"]["BL"].activities if a.ties and a.reach != "none"] == [
        (("verband", "Regieverband Test"),)
    ] * 4
    assert _activities(full, "b", "VA")["accounting"].reach == "most"


def test_no_mandate_and_no_work_earns_nothing_and_leaves_blind_spots():
    """Without a mandate the association's work is not b's: b's own only tie is the base's client tie with reg,
    so sup is a blind spot (OV01 fires), SA is absent and nothing is earned via the association. With the
    OV|SA mandate sup is known to the association that carries b's overview: OV01 passes."""
    results = check(region_from(*_association_for_b(None)))
    assert results.status("b", "OV01") == "fired"
    assert results.levels["b"]["SA"] == 0 and results.levels["b"]["VA"] <= 1
    assert all(not a.via for c in ("OV", "BL", "SA", "VA") for a in results.level_details["b"][c].activities)
    with_mandate = check(region_from(*_association_for_b("OV|SA")))
    assert with_mandate.status("b", "OV01") == "passed"  # known to the association that carries b's overview


def test_the_evidence_says_via_the_association_in_both_languages():
    from regienet.render.findings import earned_line

    results = check(region_from(*_association_for_b("")))
    d = results.level_details["b"]["SA"]
    assert "via Regieverband Test (mandate)" in earned_line(d, "en")
    assert "via Regieverband Test (mandaat)" in earned_line(d, "nl")
    doc = [a.to_dict() for a in d.activities]
    assert all(x.get("via_mandate") == ["verband"] for x in doc if x["reach"] != "none")


def test_governance_mode_is_nao_where_the_mandate_covers_the_network():
    """SA in the mandate: the association governs b's actors as a node of its own and holds them together
    (reg and sup meet only in its forum and through its ties): nao, with the mandate note. A BL-only mandate
    leaves network governance with b (its client tie governs nothing): not nao."""
    from regienet.analysis.governance import governance_mode

    mode = governance_mode(region_from(*_association_for_b("OV|SA")), "b")
    assert mode.mode == "nao" and mode.evidence["nao"] == "verband"
    assert mode.notes[0] == ("governance.note.mandate", {"hub": "verband", "scope": "OV, SA"})
    assert governance_mode(region_from(*_association_for_b("BL")), "b").mode != "nao"


def _own_regie_with_plans(plans):
    actors, relations = rows(assoc=False)
    return check(region_from(actors, relations, plans))


def test_own_regie_with_plans_reads_the_plans_not_the_answers():
    """a answered se_in_plans=yes, se_goals=strategic (base). With plans.csv those answers no longer count:
    a budgeted WSE-LR action passes BL01 and BL02 (formulating: most, from plans.csv); codes without any
    budget pass BL01 but fire BL02 (general); no regie-coded action of a's fires BL01 although a said yes."""
    ok = _own_regie_with_plans([{"government": "a", "code": "WSE-LR1", "title": "Regisseur", "budget_eur": "40000"}])
    assert ok.status("a", "BL01") == "passed" and ok.status("a", "BL02") == "passed"
    form = _activities(ok, "a", "BL")["formulating"]
    assert (form.reach, form.source, dict(form.answers)) == ("most", "plans", {"plans.csv": ["WSE-LR1"]})
    assert form.to_dict()["source"] == "plans.csv"
    general = _own_regie_with_plans([{"government": "a", "code": "WSE-LR4", "title": "VDAB"}])
    (f,) = [x for x in general.findings_for("a") if x.rule == "BL02"]
    assert "WSE-LR4" in f.message("en") and "plans.csv" in f.message("en") and "bron: plans.csv" in f.message("nl")
    assert _activities(general, "a", "BL")["formulating"].reach == "some"
    none = _own_regie_with_plans([{"government": "b", "code": "WSE-LR1", "title": "elsewhere"}])
    (g,) = [x for x in none.findings_for("a") if x.rule == "BL01"]
    assert "source: plans.csv" in g.message("en") and none.status("a", "BL02") == "not_applicable"
    assert _own_regie_with_plans(None).status("a", "BL01") == "passed"  # without plans.csv: the answer stands


def test_a_mandated_associations_plan_counts_within_scope():
    """The association's budgeted WSE-LR2 counts for b's BL with a full mandate, not with OV|SA."""
    plans = [{"government": "verband", "code": "WSE-LR2", "title": "Wijk-werken", "budget_eur": "100000"}]
    full = check(region_from(*_association_for_b(""), plans))
    assert full.status("b", "BL01") == "passed"
    assert _activities(full, "b", "BL")["formulating"].via == (("verband", "Regieverband Test"),)
    partial = check(region_from(*_association_for_b("OV|SA"), plans))
    assert partial.status("b", "BL01") == "fired" and _activities(partial, "b", "BL")["formulating"].reach == "none"


def test_levels_of_a_municipality_without_ocmw_row():
    """One local government: the levels and rules run on the municipality alone (the OCMW's ties are gone with
    its row: a's referrals), RO02 does not apply; nothing raises."""
    actors, relations = rows(assoc=False)
    remove_actors(actors, relations, "ocmw_a")
    results = check(region_from(actors, relations))
    assert results.status("a", "RO02") == "not_applicable"
    assert all(results.levels["a"][c] is not None for c in ("OV", "BL", "SA", "VA"))


def test_today_example_levels_modes_and_evidence():
    """The bundled example, by kind of municipality (the numbers the closing note quotes):
    Ardelgem (full mandate) OV 3 BL 2 SA 3 VA 3, nao; Bremdonk (OV|SA) OV 3 BL 0 SA 3 VA 1, nao — nothing in BL
    from the association; Kervelde (own regie, WSE-LR1–4) OV 3 BL 2 SA 2 VA 2, lead_government; Molsele
    (nothing) 0 0 0 0, none."""
    from regienet.analysis.governance import governance_mode

    region = Region(load_dataset(example_data_dir("today")))
    results = check(region)
    expected = {
        "ardelgem": ({"OV": 3, "BL": 2, "SA": 3, "VA": 3}, "nao"),
        "bremdonk": ({"OV": 3, "BL": 0, "SA": 3, "VA": 1}, "nao"),
        "kervelde": ({"OV": 3, "BL": 2, "SA": 2, "VA": 2}, "lead_government"),
        "molsele": ({"OV": 0, "BL": 0, "SA": 0, "VA": 0}, "none"),
    }
    for m, (levels, mode) in expected.items():
        assert results.levels[m] == levels, m
        assert governance_mode(region, m).mode == mode, m
    report = run("check", "--example", "today", "-m", "Ardelgem").stdout
    assert (
        "via Regieverband Leievallei (mandate)" in report
        and "from the multi-year plan (plans.csv): WSE-LR1, WSE-LR2, WSE-LR4" in report
    )
    bl01 = {m: [f for f in results.findings_for(m) if f.rule == "BL01"] for m in expected}
    assert not bl01["ardelgem"] and not bl01["kervelde"]
    assert "source: plans.csv" in bl01["bremdonk"][0].message("en")


def test_check_json_of_the_today_example_is_whole_and_names_the_mandate():
    """Found by the issue 27 speed review: ``check --example today --format json`` stopped half-way with
    "unhashable type: 'list'" — the JSON writer remembered each level detail's text by the detail itself,
    and a level earned through an association's mandate holds the association's ids as a list. The document
    must be whole (it parses) and say, for Ardelgem, that its regie activities run via the Leievallei
    association (the example's ``mandates``: Ardelgem mandates ``regieverband_leievallei``)."""
    out = run("check", "--example", "today", "--format", "json")
    assert out.exit_code in (0, 1) and "internal error" not in out.output
    doc = json.loads(out.stdout)
    via = [a.get("via_mandate") for d in doc["level_details"]["ardelgem"].values() for a in d["activities"]]
    assert ["regieverband_leievallei"] in via
