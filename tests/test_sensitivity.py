"""``regienet sensitivity``: sweep ranges, knife edges, flips, and the command.

Expected values come from the hand-made region of ``builders.base_rows()``
(every rule passes for municipality ``a``; RO01 does not apply) and from the
level formula of :mod:`regienet.rules` — f = Σ weight·share of the fired rules
over Σ weight of the applicable known rules (warning 1, error 2; info rules
never count), level = 3 − ⌈3f⌉: OV has three warning rules that all apply to
``a``, so one firing gives 3 − ⌈3·1/3⌉ = 2 — worked out by hand in each test's
docstring; and from :func:`regienet.rules.check` itself, which the sweep must
agree with.

OV02 counts government–actor *pairs* (a multiplex tie counts once) over the
kinds seat, client, funding, agreement, referral, consulted, informs and
reports_to, and fires when the share of pairs with an own actor is at least
``own_actor_share`` (default 0.3). In the base region a's pairs are a–own,
a–loc, a–loc2, a–reg, a–sup, ocmw_a–own, ocmw_a–loc, ocmw_a–loc2: 2 of 8 with
the own actor (0.25).
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys

import pytest
from builders import base_rows, drop, mutated, region_from, write_region
from click.testing import CliRunner

from regienet.cli import cli
from regienet.config import Config
from regienet.load import load_dataset
from regienet.model import Region
from regienet.render.sensitivity import cell_text, changes_text
from regienet.rules import LEVEL_COMPONENTS, check
from regienet.rules.base import Threshold
from regienet.sensitivity import Cell, Flip, analyse, thresholds_to_sweep

OV02 = "OV02.own_actor_share"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def no_referral_to_loc2(actors, relations):
    """The OCMW of a no longer refers to loc2: a's own-actor share 2 of 7 pairs = 0.286, just under 0.3.

    Pairs left: a–own, a–loc, a–loc2 (a is still loc2's client, loc2 still reports to a), a–reg, a–sup,
    ocmw_a–own, ocmw_a–loc = 7, of which 2 with the own actor: 2/7 = 0.286. OV02 fires at a threshold of
    0.25 or lower and passes at 0.3 (the default) or higher. loc2 stays tied to a (client, reports_to),
    so OV01, SA04 and every other rule still pass for a: all four levels are 3 at the defaults.
    """
    drop(relations, source="ocmw_a", target="loc2", kind="referral")


def no_referral_to_own(actors, relations):
    """The OCMW of a no longer refers to the own actor: 1 of 7 pairs = 0.143, far under 0.3.

    Pairs left: a–own, a–loc, a–loc2, a–reg, a–sup, ocmw_a–loc, ocmw_a–loc2 = 7, of which only a–own is
    with the own actor (the OCMW has no other tie with it): 1/7 = 0.143. OV02 fires at 0.1 or lower
    (0.15 > 0.143) and passes at 0.15 or higher. The own actor stays tied to a (seat, client, funding,
    consulted, reports_to), so every other rule still passes for a: all four levels are 3 at the defaults.
    """
    drop(relations, source="ocmw_a", target="own", kind="referral")


@pytest.fixture(scope="module")
def near():
    """Sensitivity of municipality a when its own-actor share (2/7 = 0.286) is just under OV02's 0.3."""
    return analyse(region_from(*mutated(no_referral_to_loc2)), municipalities=["a"])


@pytest.fixture(scope="module")
def far():
    """Sensitivity of municipality a when its own-actor share (1/7 = 0.143) is far under OV02's 0.3."""
    return analyse(region_from(*mutated(no_referral_to_own)), municipalities=["a"])


@pytest.fixture(scope="module")
def base():
    """Sensitivity of the base region (every municipality)."""
    return analyse(region_from(*base_rows()))


# ------------------------------------------------------------------------------------------ sweep values


def test_sweep_values_of_a_share_are_steps_of_five_hundredths():
    th = Threshold("share", 0.6, ("", ""), minimum=0.0, maximum=1.0)
    assert th.sweep_values() == [round(i * 0.05, 10) for i in range(21)]
    assert th.sweep_values()[3] == 0.15  # not 0.15000000000000002


def test_sweep_values_use_a_declared_span_first():
    th = Threshold("share", 0.6, ("", ""), minimum=0.0, maximum=1.0, span=(0.4, 0.8))
    assert th.sweep_values() == [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]
    assert Threshold("n", 3, ("", ""), minimum=1, integer=True, span=(2, 5)).sweep_values() == [2, 3, 4, 5]


def test_sweep_values_of_whole_numbers():
    """Both bounds: every whole number between; no maximum: minimum … max(2·default, minimum + 4)."""
    assert Threshold("n", 3, ("", ""), minimum=1, maximum=4, integer=True).sweep_values() == [1, 2, 3, 4]
    assert Threshold("n", 3, ("", ""), minimum=1, integer=True).sweep_values() == [1, 2, 3, 4, 5, 6]
    assert Threshold("n", 2, ("", ""), minimum=2, integer=True).sweep_values() == [2, 3, 4, 5, 6]
    assert Threshold("n", 10, ("", ""), minimum=1, integer=True).sweep_values() == list(range(1, 21))


def test_sweep_values_of_an_odd_fraction_range_are_twenty_steps():
    values = Threshold("x", 0.3, ("", ""), minimum=0.1, maximum=0.43).sweep_values()
    assert len(values) == 21 and values[0] == 0.1 and values[-1] == 0.43


def test_every_declared_threshold_and_joint_venture_min_are_swept():
    """Every threshold of a municipality rule; region rules (RG) give no level and are not swept."""
    from regienet.rules import REGISTRY

    keys = [s.key for s in thresholds_to_sweep(Config(), 3)]
    declared = [
        f"{code}.{th.name}" for code, rule in REGISTRY.items() for th in rule.thresholds if rule.scope != "region"
    ]
    assert sorted(keys[:-1]) == sorted(declared)
    jv = thresholds_to_sweep(Config(), 3)[-1]
    assert (jv.key, jv.current, jv.values) == ("joint_venture_min", 3, (2, 4, 5, 6))  # 2 … max(6, 3 + 3)
    assert thresholds_to_sweep(Config(), 5)[-1].values == (2, 3, 4, 6, 7, 8)  # 2 … 5 + 3


# ------------------------------------------------------------------------------------------ knife edges


@pytest.mark.parametrize(
    ("mutation", "own", "total"),
    [(None, 2, 8), (no_referral_to_loc2, 2, 7), (no_referral_to_own, 1, 7)],
    ids=["base", "near", "far"],
)
def test_the_scenarios_have_the_pairs_their_docstrings_count(mutation, own, total):
    """OV02's own finding (made to fire at threshold 0) counts the pairs worked out by hand above, and at the
    defaults every level of a is 3."""
    rows = mutated(mutation) if mutation else base_rows()
    region = region_from(*rows)
    assert check(region, municipalities=["a"]).levels["a"] == dict.fromkeys(LEVEL_COMPONENTS, 3)
    res = check(region, Config(overrides={("OV02", "own_actor_share"): 0.0}), municipalities=["a"])
    [finding] = [f for f in res.findings if f.rule == "OV02"]
    assert (finding.params["own"], finding.params["total"]) == (own, total)


def test_share_just_under_the_threshold_is_a_knife_edge(near):
    """a's own-actor share 2/7 = 0.286 (see no_referral_to_loc2): OV02 passes at 0.3, so OV is 3 (nothing
    fired); at 0.25 and 0.2 — inside ±10 % of the range 0 … 1 — OV02 fires and OV drops to 3 − ⌈3·1/3⌉ = 2.
    Every value from 0 to 0.25 gives 2 (six values), 0.35 … 1 give 3 like 0.3; nothing else moves OV
    (OV01 and OV03 read no threshold; ``own`` has one founder, so joint_venture_min never changes it)."""
    cell = near.levels["a"]["OV"]
    assert cell.level == 3
    assert cell.knife_edge is True
    assert (cell.min, cell.max) == (2, 3)
    assert [(f.threshold, f.value, f.level) for f in cell.flips] == [(OV02, round(i * 0.05, 10), 2) for i in range(6)]
    assert [f.value for f in near.edge_flips("a", "OV")] == [0.2, 0.25]  # |v − 0.3| ≤ 0.1


def test_component_far_from_every_threshold_does_not_move(near):
    """BL and VA of a: every rule passes (base region) and none of their thresholds (VA03.min_level 1 … 4
    against accountability_level 4) makes one fire, so the level is 3 over every sweep."""
    for comp in ("BL", "VA"):
        cell = near.levels["a"][comp]
        assert cell.level == 3 and cell.min == cell.max == 3
        assert cell.knife_edge is False and cell.flips == []


def test_far_from_the_threshold_is_no_knife_edge_though_the_level_can_move(far):
    """a's share is 1/7 = 0.143 (see no_referral_to_own). OV02 fires only at 0.1 and below (OV 2): flips,
    but 0.2 away from 0.3, outside the ±0.1 window.

    The same for a whole number: a's forum has 4 members other than the own actor (loc, loc2, reg, sup),
    so SA06 fires at min_members 5 and 6 — SA 3 − ⌈3·1/4⌉ = 2 (SA02, SA03, SA04, SA06 apply; SA01 and
    SA05 are info) — but those are 3 and 4 away from the current 2, beyond the neighbouring whole number."""
    cell = far.levels["a"]["OV"]
    assert (cell.level, cell.min, cell.max, cell.knife_edge) == (3, 2, 3, False)
    assert [(f.threshold, f.value, f.level) for f in cell.flips] == [(OV02, 0.0, 2), (OV02, 0.05, 2), (OV02, 0.1, 2)]
    assert far.edge_flips("a", "OV") == []
    sa = far.levels["a"]["SA"]
    assert (sa.level, sa.min, sa.max, sa.knife_edge) == (3, 2, 3, False)
    assert [(f.threshold, f.value, f.level) for f in sa.flips] == [
        ("SA06.min_members", 5, 2),
        ("SA06.min_members", 6, 2),
    ]


def test_whole_number_neighbour_counts_as_near(base):
    """b's SA in the base region: two actors work in b (the regional ``reg`` and ``sup``), neither coupled
    to the other in a way that counts for b (forum_a is a's forum), and b convenes no forum. So SA02
    (0 of 2 coupled < 0.4), SA03 (no cooperation at all) and SA06 fire, SA04 passes (b is ``reg``'s
    client; ``sup`` is tied to 1 other municipality, a, fewer than 2): f = 3/4, SA 3 − ⌈2.25⌉ = 0.

    SA02 applies from min_actors 2 (the default) on b's 2 actors; at 3 … 6 it does not apply:
    f = 2/3, SA 3 − ⌈2⌉ = 1. 10 % of SA02.min_actors' range 2 … 6 is 0.4, yet the neighbouring whole
    number 3 counts: a knife edge. (At min_coupled_share 0, SA02 passes: f = 2/4, SA 1 as well, but 0.4
    away from 0.4 — not near. SA04 fires at min_other_municipalities 1, which leaves SA at 0.)"""
    cell = base.levels["b"]["SA"]
    assert (cell.level, cell.min, cell.max, cell.knife_edge) == (0, 0, 1, True)
    assert [(f.threshold, f.value, f.level) for f in cell.flips] == [
        *[("SA02.min_actors", n, 1) for n in (3, 4, 5, 6)],
        ("SA02.min_coupled_share", 0.0, 1),
    ]
    assert [(f.threshold, f.value) for f in base.edge_flips("b", "SA")] == [("SA02.min_actors", 3)]


def test_none_is_a_level_of_its_own():
    """A flip to None (no applicable rule) is a flip; min/max ignore None and are None when all are None."""
    cell = Cell(2, [Flip("X.y", 1, None)])
    assert (cell.min, cell.max) == (2, 2)
    assert cell_text(cell) == "2 (2–2, ?)"
    assert (Cell(None, [Flip("X.y", 1, 1), Flip("X.y", 2, 3)]).min, Cell(None, [Flip("X.y", 1, 3)]).max) == (1, 3)
    assert (Cell(None).min, Cell(None).max) == (None, None)
    assert cell_text(Cell(None)) == "?"


def test_a_configured_threshold_is_the_starting_point():
    """With OV02 at 0.25 in the configuration, a (share 2/7 = 0.286, see no_referral_to_loc2) has OV02
    firing now: OV 2. From 0.3 (the default, 0.05 away: a knife edge) up to 1, OV02 passes: back to 3;
    0 … 0.2 fire as 0.25 does, so they are no flips."""
    region = region_from(*mutated(no_referral_to_loc2))
    config = Config(overrides={("OV02", "own_actor_share"): 0.25})
    sens = analyse(region, config, ["a"])
    cell = sens.levels["a"]["OV"]
    assert (cell.level, cell.knife_edge) == (2, True)
    assert sens.swept(OV02).current == 0.25 and sens.swept(OV02).default == 0.3
    assert [(f.threshold, f.value, f.level) for f in cell.flips] == [
        (OV02, round(i * 0.05, 10), 3) for i in range(6, 21)
    ]


def test_runs_of_values_are_written_as_ranges(near):
    """0, 0.05, …, 0.25 all give 2: one range, not six values."""
    assert changes_text(near, near.levels["a"]["OV"].flips, "en") == [f"{OV02} (now 0.3): 0–0.25 → partial (2)"]


# ------------------------------------------------------------------------------------------ against check()


def test_default_level_is_checks_level_on_the_bundled_data(region, results):
    sens = analyse(region)
    assert {m: {c: sens.levels[m][c].level for c in LEVEL_COMPONENTS} for m in sens.municipalities} == results.levels


def test_only_rerunning_the_rules_that_read_a_threshold_gives_checks_answer(region):
    """The fast path (re-run only the rules that read the threshold) against check() for every value."""
    assert analyse(region).to_dict() == analyse(region, exact=True).to_dict()


def test_every_flip_is_what_check_says_at_that_value(region):
    """Spot-check the flips themselves against a fresh check() at the flipped value."""
    sens = analyse(region)
    seen = 0
    for m in sens.municipalities:
        for c in LEVEL_COMPONENTS:
            for f in sens.levels[m][c].flips[:2]:
                if f.threshold == "joint_venture_min":
                    res = check(Region(region.dataset, joint_venture_min=f.value), municipalities=[m])
                else:
                    code, name = f.threshold.split(".")
                    res = check(region, Config(overrides={(code, name): f.value}), municipalities=[m])
                assert res.levels[m][c] == f.level, (m, c, f)
                seen += 1
    assert seen > 10


def test_fast_and_exact_agree_on_a_synthetic_region(tmp_path):
    from regienet.synth import synth_region
    from regienet.synth import write_region as write_synth

    write_synth(*synth_region(15, seed=5), tmp_path)
    ds = load_dataset(tmp_path)
    assert analyse(ds).to_dict() == analyse(ds, exact=True).to_dict()


# ------------------------------------------------------------------------------------------ the command


def test_json_shape(tmp_path):
    folder = write_region(tmp_path / "r", *mutated(no_referral_to_loc2))
    result = run("sensitivity", "--data", str(folder), "--format", "json", "--quiet")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["version"] == 1
    assert set(data["levels"]) == {"a", "b", "c"}
    for comps in data["levels"].values():
        assert list(comps) == ["OV", "BL", "SA", "VA"]
        for cell in comps.values():
            assert list(cell) == ["level", "min", "max", "knife_edge", "flips"]
            assert all(list(f) == ["threshold", "value", "level"] for f in cell["flips"])
    ov = data["levels"]["a"]["OV"]
    assert (ov["level"], ov["min"], ov["max"], ov["knife_edge"]) == (3, 2, 3, True)
    assert ov["flips"][-1] == {"threshold": OV02, "value": 0.25, "level": 2}
    th = {x["threshold"]: x for x in data["thresholds"]}
    assert th[OV02]["default"] == 0.3 and 0.3 in th[OV02]["values"] and len(th[OV02]["values"]) == 21
    assert th["joint_venture_min"]["values"] == [2, 3, 4, 5, 6]


def test_municipality_option_by_name(tmp_path):
    result = run("sensitivity", "-m", "Stad Wervik", "--format", "json")
    assert result.exit_code == 0
    assert list(json.loads(result.stdout)["levels"]) == ["wervik"]


def test_unknown_municipality_exits_2():
    result = run("sensitivity", "--municipality", "Zwevegm")
    assert result.exit_code == 2
    assert "Zwevegm" in result.stderr and "zwevegem" in result.stderr
    assert not result.stdout


def test_text_names_the_threshold_that_tips_a_knife_edge(tmp_path):
    folder = write_region(tmp_path / "r", *mutated(no_referral_to_loc2))
    out = run("sensitivity", "--data", str(folder), "-m", "a").stdout
    assert "3 (2–3) ⚠" in out
    assert f"Gemeente A, OV established (3) — {OV02} (now 0.3): 0.2–0.25 → partial (2)" in out


def test_dutch_output(tmp_path):
    folder = write_region(tmp_path / "r", *mutated(no_referral_to_loc2))
    out = run("sensitivity", "--data", str(folder), "-m", "a", "--lang", "nl").stdout
    assert "Wankele oordelen" in out and "wankel oordeel" in out and "drempel" in out
    assert f"Gemeente A, OV uitgebouwd (3) — {OV02} (nu 0,3): 0,2–0,25 → gedeeltelijk (2)" in out
    assert "established" not in out and "Knife" not in out


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_markdown(lang):
    out = run("sensitivity", "--format", "markdown", "--lang", lang).stdout
    assert out.startswith("# ") and "|---|" in out and "⚠" in out


def test_bar_on_a_terminal_for_a_big_region_and_clean_stdout(tmp_path):
    """Like the other long commands (tests/test_progress.py): a bar on a terminal's stderr for more than
    THRESHOLD municipalities, none with --quiet, stdout the same JSON either way."""
    from regienet.progress import THRESHOLD
    from regienet.synth import synth_region
    from regienet.synth import write_region as write_synth

    data = tmp_path / "big"
    data.mkdir()
    write_synth(*synth_region(THRESHOLD + 1, seed=3), data)

    def tty_run(*args):
        leader, follower = pty.openpty()
        with open(tmp_path / "out.txt", "w+b") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "regienet", *args],
                stdout=out,
                stderr=follower,
                env={**os.environ, "COLUMNS": "100", "TERM": "xterm"},
            )
            os.close(follower)
            seen = b""
            while True:
                try:
                    chunk = os.read(leader, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
            rc = proc.wait(timeout=300)
            os.close(leader)
            out.seek(0)
            return out.read().decode(), seen.decode(errors="replace"), rc

    args = ("sensitivity", "--data", str(data), "--format", "json", "--lang", "en")
    out, terminal, rc = tty_run(*args)
    assert rc == 0, terminal
    assert "Moving thresholds" in terminal
    out_q, terminal_q, _ = tty_run(*args, "--quiet")
    assert "Moving thresholds" not in terminal_q and out_q == out
    json.loads(out)


def test_config_file_sets_the_starting_point(tmp_path):
    """On the bundled data at OV02's default 0.3, 7 municipalities have OV absent (Anzegem, Avelgem,
    Deerlijk, Lendelede, Spiere-Helkijn, Wervik, Zwevegem); with ``own_actor_share = 0.6`` (the default
    before issue 11) in a --config file, 4: Anzegem, Wervik and Zwevegem rise to weak (1), as the
    default run's own flips say (their OV leaves 0 from 0.35, 0.55 and 0.45 on). The levels equal
    ``check --config``."""
    config = tmp_path / "regienet.toml"
    config.write_text("[thresholds.OV02]\nown_actor_share = 0.6\n", encoding="utf-8")
    before = json.loads(run("sensitivity", "--format", "json").stdout)
    after = json.loads(run("sensitivity", "--format", "json", "--config", str(config)).stdout)
    absent_before = {m for m, c in before["levels"].items() if c["OV"]["level"] == 0}
    absent_after = {m for m, c in after["levels"].items() if c["OV"]["level"] == 0}
    assert len(absent_before) == 7 and len(absent_after) == 4
    assert absent_before - absent_after == {"anzegem", "wervik", "zwevegem"}
    for m in absent_before - absent_after:
        assert {"threshold": OV02, "value": 0.6, "level": 1} in before["levels"][m]["OV"]["flips"]
        assert after["levels"][m]["OV"]["level"] == 1
    ov02 = next(x for x in after["thresholds"] if x["threshold"] == OV02)
    assert (ov02["default"], ov02["current"]) == (0.3, 0.6)
    checked = json.loads(run("check", "--format", "json", "--config", str(config)).stdout)["levels"]
    assert {m: {c: v["level"] for c, v in comps.items()} for m, comps in after["levels"].items()} == checked


def test_waivers_count_in_the_baseline_as_in_check():
    """A waived rule is left out of the level by check(); the sensitivity baseline (fast path) must agree.
    Waiving BL02–BL05 everywhere leaves BL01 alone: Zwevegem (social economy in its plans) goes from BL 2 to 3."""
    from regienet.settings import from_mapping

    region = Region(load_dataset())
    cfg = from_mapping(
        {"waive": {m: {c: "test" for c in ("BL02", "BL03", "BL04", "BL05")} for m in region.municipalities}}, "test"
    )
    sens = analyse(region, cfg)
    res = check(region, cfg)
    assert res.levels["zwevegem"]["BL"] == 3
    for m in region.municipalities:
        assert {c: sens.levels[m][c].level for c in LEVEL_COMPONENTS} == res.levels[m], m
