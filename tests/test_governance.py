"""Governance mode (Provan & Kenis 2008) and directed policy brokerage.

One hand-built region per mode, where the expected mode is obvious from the
drawing in the docstring; the numbers in the asserts are computed by hand in
the comments (the cut of a node = share of the connected actor pairs that
reach each other only through it).
"""

from __future__ import annotations

import json

import networkx as nx
import pytest
from builders import region_from
from click.testing import CliRunner

from regienet.analysis.governance import (
    GOVERNANCE_SETTINGS,
    MODES,
    centralisation,
    governance_mode,
    pairs_cut,
    policy_brokerage,
    resolve_settings,
)
from regienet.cli import cli
from regienet.metrics import brokerage_roles


def govs(*ms: str) -> list[dict]:
    out = []
    for m in ms:
        out += [
            {"id": m, "name": f"Gemeente {m.upper()}", "kind": "municipality", "municipality": m},
            {"id": f"ocmw_{m}", "name": f"OCMW {m.upper()}", "kind": "ocmw", "municipality": m},
        ]
    return out


def ent(x: str, kind: str = "enterprise", **extra) -> dict:
    return {"id": x, "name": x.upper(), "kind": kind, "municipality": "a", **extra}


def rel(s: str, t: str, kind: str, **extra) -> dict:
    return {"source": s, "target": t, "kind": kind, **extra}


def test_lead_government_star():
    """a consults x, y, z, w and the actors share nothing: every pair meets only through the government. (Issue
    23: a consultation governs; a client tie is a dyadic deal — tests/test_levels.py has that star: none.)

    Cut of the government: 6 of 6 actor pairs → 1.0 ≥ 0.5 → lead_government (step 2).
    """
    actors = govs("a") + [ent(x) for x in "xyzw"]
    relations = [rel("a", x, "consulted") for x in "xyzw"]
    g = governance_mode(region_from(actors, relations), "a")
    assert (g.mode, g.step) == ("lead_government", "split")
    assert g.evidence["cut_government"] == 1.0 and g.evidence["hub"] == "a"
    # a star of 5 nodes (government + 4 actors): Freeman centralisation 1 for degree and betweenness
    assert g.evidence["degree_centralisation"] == 1.0 and g.evidence["betweenness_centralisation"] == 1.0
    assert g.evidence["actor_density"] == 0.0
    assert "governance.fit.size_ok" in [k for k, _ in g.notes]  # 4 participants ≤ size_many 20


def test_lead_own_actor():
    """a founded o; o cooperates with x, y, z, who know nobody else; a is tied to o only.

    Cut of o: the 3 pairs among x, y, z meet only through o → 1.0 → lead_own_actor. Founding is not a tie
    that governs the network (issue 23): the government is no participant, its cut is None.
    """
    actors = [*govs("a"), ent("o"), *(ent(x) for x in "xyz")]
    relations = [rel("a", "o", "founded")] + [rel("o", x, "cooperation") for x in "xyz"]
    g = governance_mode(region_from(actors, relations), "a")
    assert (g.mode, g.step) == ("lead_own_actor", "split")
    assert g.evidence["own_actor"] == "o" and g.evidence["cut_own_actor"] == 1.0
    assert g.evidence["cut_government"] is None


def test_nao_funded_support_organisation():
    """a funds support organisation s, which works with x, y, z; a has no other tie. s is not an own actor.

    Cut of s: 3 of 3 pairs among x, y, z → 1.0 → nao; a funds it, so no 'not funded' note.
    """
    actors = [*govs("a"), ent("s", kind="support"), *(ent(x) for x in "xyz")]
    relations = [rel("a", "s", "funding", amount_eur="1000")] + [rel("s", x, "cooperation") for x in "xyz"]
    g = governance_mode(region_from(actors, relations), "a")
    assert (g.mode, g.step) == ("nao", "split")
    assert g.evidence["nao"] == "s" and g.evidence["nao_funded_by_municipality"] is True
    assert "governance.note.nao_not_funded" not in [k for k, _ in g.notes]


def test_nao_funded_by_another_municipality_is_said():
    """The same support organisation, funded by municipality b and not by a: still the hub (nao), with a note."""
    actors = [*govs("a", "b"), ent("s", kind="support"), *(ent(x) for x in "xyz")]
    relations = [rel("b", "s", "funding", amount_eur="1000")] + [rel("s", x, "cooperation") for x in "xyz"]
    relations.append(rel("a", "x", "client"))
    g = governance_mode(region_from(actors, relations), "a")
    assert g.mode == "nao" and g.evidence["nao_funded_by_municipality"] is False
    assert "governance.note.nao_not_funded" in [k for k, _ in g.notes]


def test_shared_clique():
    """x, y, z, w all cooperate with each other (a clique); a informs x and y only.

    Removing anyone leaves the others connected: every cut is 0. Betweenness (5 nodes, normalised by
    4·3/2 = 6): x lies on half the shortest paths a–z and a–w → 1/6, y the same, the rest 0;
    centralisation = 3·(1/6)/4 = 0.125 < 0.5. Density among the actors 6/6 = 1 → shared.
    """
    actors = govs("a") + [ent(x) for x in "xyzw"]
    relations = [rel("a", "x", "informs"), rel("a", "y", "informs")]
    relations += [rel(u, v, "cooperation") for i, u in enumerate("xyzw") for v in "xyzw"[i + 1 :]]
    g = governance_mode(region_from(actors, relations), "a")
    assert (g.mode, g.step) == ("shared", "shared")
    assert g.evidence["actor_density"] == 1.0 and g.evidence["cut_government"] == 0.0
    assert g.evidence["betweenness_centralisation"] == pytest.approx(0.125)
    keys = [k for k, _ in g.notes]
    assert "governance.fit.size_ok" in keys and "governance.fit.trust_ok" in keys  # 4 ≤ 8 participants, density 1 ≥ 0.5


def test_none_too_few_actors():
    """Only x is tied (a consults it); y has no tie at all: 1 participant < 2 → none (step 1)."""
    actors = [*govs("a"), ent("x"), ent("y")]
    g = governance_mode(region_from(actors, [rel("a", "x", "consulted")]), "a")
    assert (g.mode, g.step) == ("none", "none_few")
    assert g.evidence["participants"] == 1 and g.evidence["isolated_actors"] == 1
    assert g.notes == ()


def test_none_loose_pairs():
    """Eight actors in four cooperating pairs, no tie to the government, no hub.

    Every cut is 0 (a pair loses nothing but itself), density 4/28 ≈ 0.14 < 0.2 → none (step 5).
    """
    names = [f"x{i}" for i in range(8)]
    actors = govs("a") + [ent(x) for x in names]
    relations = [rel(names[i], names[i + 1], "cooperation") for i in range(0, 8, 2)]
    g = governance_mode(region_from(actors, relations), "a")
    assert (g.mode, g.step) == ("none", "none_loose")
    assert g.evidence["actor_density"] == pytest.approx(4 / 28, abs=1e-4)


def test_central_step_with_a_stricter_split():
    """a consults x1…x6, which form three cooperating pairs.

    Cut of a: 15 connected pairs before, 3 after → 12/15 = 0.8. With split_min 0.9 step 2 does not
    decide; a lies on the 12 paths between non-paired actors, b(a) = 12/15 = 0.8 and the others 0,
    centralisation = 6·0.8/6 = 0.8 ≥ 0.5 and a is the most central → lead_government (step 3).
    """
    names = [f"x{i}" for i in range(1, 7)]
    actors = govs("a") + [ent(x) for x in names]
    relations = [rel("a", x, "consulted") for x in names]
    relations += [rel(names[i], names[i + 1], "cooperation") for i in range(0, 6, 2)]
    region = region_from(actors, relations)
    assert governance_mode(region, "a").step == "split"
    g = governance_mode(region, "a", {"split_min": 0.9})
    assert (g.mode, g.step) == ("lead_government", "central")
    assert g.evidence["cut_government"] == 0.8 and g.evidence["betweenness_centralisation"] == 0.8


def test_every_mode_reached():
    """Keeps the list of modes and the tests above in step."""
    assert set(MODES) == {"shared", "lead_government", "lead_own_actor", "nao", "none"}


# ------------------------------------------------------------------ building blocks


def test_centralisation_by_hand():
    # path a–b–c–d: degrees 1,2,2,1 → Σ(2−d) = 2 over (3·2) = 1/3;
    # betweenness normalised by 3: b = 0, 2/3, 2/3, 0 → Σ(2/3 − b) = 4/3 over 3 = 4/9
    dc, bc = centralisation(nx.path_graph(4))
    assert dc == pytest.approx(1 / 3) and bc == pytest.approx(4 / 9)


def test_pairs_cut_by_hand():
    # x–h–y and y–z: pairs among x, y, z all connected (3); without h only y–z (1): cut 2/3
    G = nx.Graph([("x", "h"), ("h", "y"), ("y", "z")])
    assert pairs_cut(G, ["h"], ["x", "y", "z"]) == pytest.approx(2 / 3)
    assert pairs_cut(nx.Graph([("x", "y")]), ["q"], ["q"]) == 0.0  # no pair at all


def test_settings_validate():
    assert resolve_settings()["split_min"] == 0.5
    with pytest.raises(ValueError):
        resolve_settings({"split_min": 2})
    with pytest.raises(ValueError):
        resolve_settings({"nonsense": 1})
    with pytest.raises(ValueError):
        resolve_settings({"size_few": 30})  # above size_many 20
    assert all(th.description[0] and th.description[1] for th in GOVERNANCE_SETTINGS)


@pytest.mark.parametrize(
    ("toml", "needle"),
    [
        ("[governance]\nsplit_min = 1.5\n", "governance.split_min"),
        ("[governance]\nmin_participants = 2.5\n", "governance.min_participants"),
        ("[governance]\nbogus = 1\n", "governance.bogus"),
        ("governance = 3\n", "'governance'"),
        ("[governance]\ntrust_moderate = 0.9\n", "trust_moderate"),
    ],
)
def test_bad_governance_settings_exit_2_naming_file_and_key(tmp_path, toml, needle):
    cfg = tmp_path / "regienet.toml"
    cfg.write_text(toml, encoding="utf-8")
    result = CliRunner().invoke(cli, ["report", "--config", str(cfg)])
    assert result.exit_code == 2
    assert str(cfg) in result.output and needle in result.output
    assert "Traceback" not in result.output


def test_governance_settings_from_config_change_the_mode(tmp_path):
    """Bundled data: the local government's cut in Kortrijk is 20/21 (0.9524: its 7 participants hang together
    through it but for the LDE initiative's cooperation with the Kringloopcentrum); with split_min 0.96 step 2
    no longer decides."""
    cfg = tmp_path / "regienet.toml"
    cfg.write_text("[governance]\nsplit_min = 0.96\n", encoding="utf-8")
    out = json.loads(
        CliRunner().invoke(cli, ["report", "-m", "kortrijk", "--format", "json", "--config", str(cfg)]).output
    )
    assert out["municipalities"]["kortrijk"]["governance"]["step"] != "split"


# ------------------------------------------------------------------ report


def test_report_json_shape_bundled():
    out = json.loads(CliRunner().invoke(cli, ["report", "--format", "json"]).output)
    assert out["version"] == 1
    for m, entry in out["municipalities"].items():
        gov = entry["governance"]
        assert gov["mode"] in MODES and isinstance(gov["evidence"], dict), m
        assert {"participants", "cut_government", "actor_density", "hub"} <= set(gov["evidence"])
        bp = entry["brokerage_policy"]
        assert set(bp) == {"relation_kinds", "governments", "nodes", "top"}
        assert "brokerage" in entry["connectivity"]  # the old, symmetrised key stays


def test_report_text_has_governance_section_in_both_languages():
    for lang, head in (("en", "Governance"), ("nl", "Netwerksturing")):
        result = CliRunner().invoke(cli, ["report", "-m", "kortrijk", "--lang", lang])
        assert result.exit_code == 0 and head in result.output
    region = CliRunner().invoke(cli, ["report", "--lang", "nl"]).output
    assert "Vorm" in region


def test_explain_governance():
    result = CliRunner().invoke(cli, ["explain", "governance"])
    assert result.exit_code == 0
    assert "Provan & Kenis" in result.output and "split_min" in result.output
    data = json.loads(CliRunner().invoke(cli, ["explain", "governance", "--format", "json"]).output)
    assert data["version"] == 1 and set(data["modes"]) == set(MODES)


# ------------------------------------------------------------------ directed brokerage


def test_gatekeeper_and_representative_by_direction():
    """A (group X) → B (Y) → C (Y): B lets an outsider into its group — gatekeeper (Gould & Fernandez 1989).

    Reversed, C → B → A: B speaks for its group to an outsider — representative. Symmetrising the
    graph counts both paths, one of each role: the two become indistinguishable.
    """
    groups = {"A": "X", "B": "Y", "C": "Y"}
    forward = brokerage_roles(nx.DiGraph([("A", "B"), ("B", "C")]), groups)["B"]
    assert forward == {"coordinator": 0, "itinerant": 0, "representative": 0, "gatekeeper": 1, "liaison": 0}
    backward = brokerage_roles(nx.DiGraph([("C", "B"), ("B", "A")]), groups)["B"]
    assert backward == {"coordinator": 0, "itinerant": 0, "representative": 1, "gatekeeper": 0, "liaison": 0}
    both = brokerage_roles(nx.DiGraph(nx.Graph([("A", "B"), ("B", "C")])), groups)["B"]
    assert both["gatekeeper"] == both["representative"] == 1


def test_policy_brokerage_by_hand():
    """Policy layer of a: r (regional) and x (local) report to a; a informs y (local) and consults x.

    Open two-paths through a (counted by hand):
      r → a → y   regional, government, local: liaison
      r → a → x   liaison
      x → a → y   local, government, local: itinerant
      (x → a → x returns to its start: not a path)
    And through x: a → x → a returns. Total for a: liaison 2, itinerant 1.
    """
    actors = [*govs("a"), ent("x"), ent("y"), ent("r", scope="regional", operates_in="*")]
    relations = [
        rel("r", "a", "reports_to"),
        rel("x", "a", "reports_to"),
        rel("a", "y", "informs"),
        rel("a", "x", "consulted"),
    ]
    bp = policy_brokerage(region_from(actors, relations), "a")
    assert bp["governments"] == {"coordinator": 0, "itinerant": 1, "representative": 0, "gatekeeper": 0, "liaison": 2}
    assert bp["top"]["liaison"] == {"node": "a", "count": 2}
    assert bp["top"]["gatekeeper"] is None
    assert list(bp["nodes"]) == ["a"]


def test_docs_list_every_setting_with_its_default():
    """docs/governance.md keeps step with GOVERNANCE_SETTINGS."""
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "docs" / "governance.md").read_text(encoding="utf-8")
    for th in GOVERNANCE_SETTINGS:
        assert f"| `{th.name}` | {th.default} |" in text, th.name
    assert "Provan" in text and "229–252" in text


def test_hub_outside_the_candidates_is_named():
    """Regional enterprise e (not funded, not an own actor) works with x, y, z; a is client of x only.

    Graph a–x–e–{y, z}. Cut of e: the 3 pairs among x, y, z all need e → 1.0, but e is no candidate;
    the government is a leaf (cut 0). Betweenness (normalised by 6): e 5/6 is the most central, not a
    candidate, so step 3 does not decide; density among the actors 3/6 = 0.5 → shared, with a note.
    """
    actors = [*govs("a"), ent("e", scope="regional", operates_in="*"), *(ent(x) for x in "xyz")]
    relations = [rel("a", "x", "client")] + [rel("e", x, "cooperation") for x in "xyz"]
    g = governance_mode(region_from(actors, relations), "a")
    assert (g.mode, g.step) == ("shared", "shared")
    assert (g.evidence["hub"], g.evidence["hub_kind"], g.evidence["hub_cut"]) == ("e", "other", 1.0)
    assert g.notes[0] == ("governance.note.other_hub", {"hub": "e", "cut": 1.0})


@pytest.mark.parametrize("seed", range(20))
def test_pairs_cut_zero_off_articulation_points(seed):
    """The shortcut in governance_mode: a node that is no articulation point cuts no pair (checked on random graphs)."""
    G = nx.gnp_random_graph(12, 0.2, seed=seed)
    joints = set(nx.articulation_points(G))
    for v in G:
        if v not in joints:
            assert pairs_cut(G, [v], list(G)) == 0.0
        else:
            assert pairs_cut(G, [v], list(G)) > 0.0
