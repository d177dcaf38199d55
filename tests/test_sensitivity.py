"""``regienet sensitivity``: sweep ranges, knife edges, flips, and the command.

Expected values come from the hand-made region of ``builders.base_rows()`` and the level formula of issue 23
(``regienet explain levels``): a level is the mean reach of the component's activities, rounded down; an
activity's reach is "most" (3) when it touches more than ``levels.most_share`` (default 0.5) of the
municipality's field, "some" (2) below. No rule threshold moves a level any more — rules are findings — so
the thresholds that tip a verdict are the level formula's own and ``joint_venture_min``. Each test works its
numbers out by hand in its docstring, and the sweep must agree with :func:`regienet.rules.check`.

In :func:`consult_loc2` municipality a's field is its 5 actors (own, loc, loc2, reg, sup) and its activities
touch: OV environment analysis 5 (1.0); BL vision 3 (own, loc, loc2: 0.6), conflicts 5 (1.0, all in forum_a),
spreading 3 (loc, reg, sup: 0.6), monitoring 4 (0.8); SA mobilising 5, coupling 5, monitoring 4 (0.8); VA
accounting 2 (own, loc: 0.4). Answers (inventory, formulating, account depth, public reporting) are "most" at
every threshold. At the default 0.5: OV 3, BL 15/5 = 3, SA 3, VA (2 + 3 + 3)/3 = 2.
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys

import pytest
from builders import base_rows, mutated, region_from, write_region
from click.testing import CliRunner

from regienet.analysis.sensitivity import Cell, Flip, Swept, analyse, thresholds_to_sweep
from regienet.cli import cli
from regienet.config import Config
from regienet.load import load_dataset
from regienet.model import Region
from regienet.render.views.sensitivity import cell_text, changes_text
from regienet.rules import LEVEL_COMPONENTS, check
from regienet.rules.base import Threshold

MOST = "levels.most_share"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def consult_loc2(actors, relations):
    """a also consults loc2: BL vision reaches 3 of 5 (0.6 > 0.5: most), so BL is 3 at the default."""
    relations.append({"source": "a", "target": "loc2", "kind": "consulted"})


@pytest.fixture(scope="module")
def near():
    """Sensitivity of municipality a in :func:`consult_loc2`."""
    return analyse(region_from(*mutated(consult_loc2)), municipalities=["a"])


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
    """Every threshold of a municipality rule, then the level formula's own (levels.most_share), then
    joint_venture_min; region rules (RG) give no level and are not swept."""
    from regienet.rules import REGISTRY

    keys = [s.key for s in thresholds_to_sweep(Config(), 3)]
    declared = [
        f"{code}.{th.name}" for code, rule in REGISTRY.items() for th in rule.thresholds if rule.scope != "region"
    ]
    assert sorted(keys[:-2]) == sorted(declared) and keys[-2] == MOST
    jv = thresholds_to_sweep(Config(), 3)[-1]
    assert (jv.key, jv.current, jv.values) == ("joint_venture_min", 3, (2, 4, 5, 6))  # 2 … max(6, 3 + 3)
    assert thresholds_to_sweep(Config(), 5)[-1].values == (2, 3, 4, 6, 7, 8)  # 2 … 5 + 3


# ------------------------------------------------------------------------------------------ knife edges


def test_the_scenario_has_the_levels_its_docstring_counts():
    """consult_loc2 at the defaults: OV 3, BL 3, SA 3, VA 2 (module docstring)."""
    region = region_from(*mutated(consult_loc2))
    assert check(region, municipalities=["a"]).levels["a"] == {"OV": 3, "BL": 3, "SA": 3, "VA": 2}


def test_a_reach_just_over_the_threshold_is_a_knife_edge(near):
    """BL: vision and spreading reach 3 of 5 (0.6). At most_share 0.6 — 0.1 from the default, inside ±10 % of
    the range 0 … 1 — they are "some": 13/5 → BL 2; from 0.8 monitoring (4 of 5) too: 12/5 → 2; at 1.0
    conflicts (5 of 5) too: 11/5 → 2. Below 0.6 nothing changes: BL 3."""
    cell = near.levels["a"]["BL"]
    assert (cell.level, cell.min, cell.max, cell.knife_edge) == (3, 2, 3, True)
    assert [(f.threshold, f.value, f.level) for f in cell.flips] == [
        (MOST, round(0.6 + i * 0.05, 10), 2) for i in range(9)
    ]
    assert [f.value for f in near.edge_flips("a", "BL")] == [0.6]


def test_far_from_the_threshold_is_no_knife_edge_though_the_level_can_move(near):
    """VA: accounting reaches 2 of 5 (0.4): "most" only at 0.35 and below — (3 + 3 + 3)/3 = 3 — 0.15 from the
    default, outside the ±0.1 window. OV: every actor is in view (1.0), "some" only at 1.0: (2 + 3)/2 → 2."""
    va = near.levels["a"]["VA"]
    assert (va.level, va.min, va.max, va.knife_edge) == (2, 2, 3, False)
    assert [(f.value, f.level) for f in va.flips] == [(round(i * 0.05, 10), 3) for i in range(8)]
    ov = near.levels["a"]["OV"]
    assert (ov.level, ov.knife_edge) == (3, False) and [(f.value, f.level) for f in ov.flips] == [(1.0, 2)]


def test_no_rule_threshold_moves_a_level(base, region):
    """Issue 23: levels are earned by activities; a rule's threshold changes its findings, never a level. Only
    the level formula's threshold and joint_venture_min (what makes an actor one's own) flip levels — on the
    hand-made region and on the bundled data."""
    bundled = analyse(region)
    for sens in (base, bundled):
        for m in sens.municipalities:
            for c in LEVEL_COMPONENTS:
                assert {f.threshold for f in sens.levels[m][c].flips} <= {MOST, "joint_venture_min"}, (m, c)


def test_whole_number_neighbour_counts_as_near():
    """For a whole-number threshold the window is at least 1: the neighbouring whole number is near even when
    10 % of the range is less (joint_venture_min 2 … 6: 0.4)."""
    sw = Swept("joint_venture_min", None, "joint_venture_min", 3, 3, (2, 4, 5, 6), 1.0, True)
    assert sw.near(4) and sw.near(2) and not sw.near(5)


def test_none_is_a_level_of_its_own():
    """A flip to None (no applicable rule) is a flip; min/max ignore None and are None when all are None."""
    cell = Cell(2, [Flip("X.y", 1, None)])
    assert (cell.min, cell.max) == (2, 2)
    assert cell_text(cell) == "2 (2–2, ?)"
    assert (Cell(None, [Flip("X.y", 1, 1), Flip("X.y", 2, 3)]).min, Cell(None, [Flip("X.y", 1, 3)]).max) == (1, 3)
    assert (Cell(None).min, Cell(None).max) == (None, None)
    assert cell_text(Cell(None)) == "?"


def test_a_configured_threshold_is_the_starting_point():
    """With most_share at 0.6 in the configuration, a's vision and spreading (0.6) are "some" now: BL 2. Every
    value from 0 to 0.55 gives 3 again — 0.55 is 0.05 away: a knife edge; 0.65 … 1 give 2 as 0.6 does, so they
    are no flips."""
    region = region_from(*mutated(consult_loc2))
    config = Config(overrides={("levels", "most_share"): 0.6})
    sens = analyse(region, config, ["a"])
    cell = sens.levels["a"]["BL"]
    assert (cell.level, cell.knife_edge) == (2, True)
    assert sens.swept(MOST).current == 0.6 and sens.swept(MOST).default == 0.5
    assert [(f.threshold, f.value, f.level) for f in cell.flips] == [(MOST, round(i * 0.05, 10), 3) for i in range(12)]
    assert check(region, config, municipalities=["a"]).levels["a"]["BL"] == 2


def test_runs_of_values_are_written_as_ranges(near):
    """0.6, 0.65, …, 1 all give 2: one range, not nine values."""
    assert changes_text(near, near.levels["a"]["BL"].flips, "en") == [f"{MOST} (now 0.5): 0.6–1 → partial (2)"]


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
    folder = write_region(tmp_path / "r", *mutated(consult_loc2))
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
    bl = data["levels"]["a"]["BL"]
    assert (bl["level"], bl["min"], bl["max"], bl["knife_edge"]) == (3, 2, 3, True)
    assert bl["flips"][-1] == {"threshold": MOST, "value": 1.0, "level": 2}
    th = {x["threshold"]: x for x in data["thresholds"]}
    assert th[MOST]["default"] == 0.5 and 0.5 in th[MOST]["values"] and len(th[MOST]["values"]) == 21
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
    folder = write_region(tmp_path / "r", *mutated(consult_loc2))
    out = run("sensitivity", "--data", str(folder), "-m", "a").stdout
    assert "3 (2–3) ⚠" in out
    assert f"Gemeente A, BL established (3) — {MOST} (now 0.5): 0.6 → partial (2)" in out


def test_dutch_output(tmp_path):
    folder = write_region(tmp_path / "r", *mutated(consult_loc2))
    out = run("sensitivity", "--data", str(folder), "-m", "a", "--lang", "nl").stdout
    assert "Wankele oordelen" in out and "wankel oordeel" in out and "drempel" in out
    assert f"Gemeente A, BL uitgebouwd (3) — {MOST} (nu 0,5): 0,6 → gedeeltelijk (2)" in out
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
    """A rule threshold in a --config file is the sweep's starting point for that threshold, and — issue 23 —
    moves no level: with OV02's own_actor_share at 0.6 the bundled levels are the default run's, and equal
    ``check --config``."""
    config = tmp_path / "regienet.toml"
    config.write_text("[thresholds.OV02]\nown_actor_share = 0.6\n", encoding="utf-8")
    before = json.loads(run("sensitivity", "--format", "json").stdout)
    after = json.loads(run("sensitivity", "--format", "json", "--config", str(config)).stdout)
    levels = {m: {c: v["level"] for c, v in comps.items()} for m, comps in after["levels"].items()}
    assert levels == {m: {c: v["level"] for c, v in comps.items()} for m, comps in before["levels"].items()}
    ov02 = next(x for x in after["thresholds"] if x["threshold"] == "OV02.own_actor_share")
    assert (ov02["default"], ov02["current"]) == (0.5, 0.6)
    checked = json.loads(run("check", "--format", "json", "--config", str(config)).stdout)["levels"]
    assert levels == checked


def test_waivers_count_in_the_baseline_as_in_check():
    """A waived finding stays out of the findings that count; the levels, earned by activities, are check()'s
    with or without it — and the sensitivity baseline (fast path) agrees."""
    from regienet.settings import from_mapping

    region = Region(load_dataset())
    cfg = from_mapping(
        {"waive": {m: {c: "test" for c in ("BL02", "BL03", "BL04", "BL05")} for m in region.municipalities}}, "test"
    )
    sens = analyse(region, cfg)
    res = check(region, cfg)
    assert res.levels == check(region).levels
    assert "BL03" in res.level_details["zwevegem"]["BL"].rules_waived
    for m in region.municipalities:
        assert {c: sens.levels[m][c].level for c in LEVEL_COMPONENTS} == res.levels[m], m
