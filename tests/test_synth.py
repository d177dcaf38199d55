"""``regienet synth`` and :mod:`regienet.synth`: valid, deterministic, linear synthetic regions."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from snapshot import assert_snapshot

from regienet.cli import cli
from regienet.load import load_dataset
from regienet.synth import (
    ACTOR_FIELDS,
    MAX_MUNICIPALITIES,
    RELATION_FIELDS,
    SHAPES,
    synth_region,
    write_region,
)

ROOT = Path(__file__).resolve().parent.parent


def _digest(folder: Path) -> dict[str, str]:
    return {n: hashlib.sha256((folder / n).read_bytes()).hexdigest() for n in ("actors.csv", "relations.csv")}


@pytest.fixture(scope="module")
def region13(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synth13")
    write_region(*synth_region(13, seed=1), folder)
    return folder


def test_output_passes_validation(region13):
    ds = load_dataset(region13)
    kinds = ds.summary()
    assert kinds["municipality"] == 13
    assert kinds["ocmw"] == 13
    assert kinds["forum"] >= 13
    assert kinds["authority"] >= 2


@pytest.mark.parametrize("n", [1, 2, 7, 40])
def test_small_and_odd_sizes_validate(tmp_path, n):
    write_region(*synth_region(n, seed=n), tmp_path)
    ds = load_dataset(tmp_path)
    assert ds.summary()["municipality"] == n


def test_files_use_the_contract_columns(region13):
    for name, fields in (("actors.csv", ACTOR_FIELDS), ("relations.csv", RELATION_FIELDS)):
        header = (region13 / name).read_text(encoding="utf-8").split("\n", 1)[0]
        assert header.split(",") == list(fields)


def test_realistic_structure():
    actors, relations = synth_region(300, seed=3)
    by_id = {a["id"]: a for a in actors}
    munis = [a for a in actors if a["kind"] == "municipality"]
    # geography: every municipality has a town hall inside the Flanders bounding box
    for m in munis:
        assert 50.6 < float(m["lat"]) < 51.6 and 2.5 < float(m["lon"]) < 6.0
    # own actors: an LDE initiative founded by a government in about 70 % of municipalities
    founded = Counter(
        by_id[r["source"]]["municipality"]
        for r in relations
        if r["kind"] == "founded" and r["target"].startswith("lde_")
    )
    assert 0.55 < len(founded) / len(munis) < 0.85
    # regional actors list neighbours; a few work everywhere
    regional = [a for a in actors if a.get("scope") == "regional" and a["kind"] != "forum"]
    assert sum(a.get("operates_in") == "*" for a in regional) == 3
    spans = [len(a["operates_in"].split("|")) for a in regional if a.get("operates_in") not in ("*", None)]
    assert sum(n >= 2 for n in spans) / len(spans) > 0.95  # a cluster at the edge may hold one town
    # forums where at least two actors meet exist, but not everywhere (F22)
    members = Counter(
        r["target"]
        for r in relations
        if r["kind"] == "member" and by_id[r["source"]]["kind"] in ("enterprise", "support")
    )
    assert sum(n >= 2 for n in members.values()) > 30
    # funding with amounts, some blank (F35)
    amounts = [r["amount_eur"] for r in relations if r["kind"] == "funding"]
    assert any(amounts) and 0.05 < amounts.count("") / len(amounts) < 0.3
    # questionnaire: blanks exist (unknown), and the rates follow the report
    inventory = [a.get("actor_inventory") for a in munis]
    assert "" in inventory
    in_plans = [a.get("se_in_plans") for a in munis if a.get("se_in_plans")]
    assert 0.65 < in_plans.count("yes") / len(in_plans) < 0.9  # F13: 10 of 13
    kinds = Counter(r["kind"] for r in relations)
    for kind in (
        "consulted",
        "informs",
        "reports_to",
        "accounts_to",
        "cooperation",
        "client",
        "seat",
    ):
        assert kinds[kind] > 0, kind


def test_deterministic_per_seed(tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    for folder, seed in ((a, 5), (b, 5), (c, 6)):
        folder.mkdir()
        write_region(*synth_region(40, seed=seed), folder)
    assert _digest(a) == _digest(b)
    assert _digest(a) != _digest(c)


def test_deterministic_across_processes(tmp_path):
    """Byte-identical files whatever the string-hash seed of the process (no set ordering leaks)."""
    digests = []
    for hashseed in ("1", "2"):
        out = tmp_path / f"h{hashseed}"
        env = {**os.environ, "PYTHONHASHSEED": hashseed}
        proc = subprocess.run(
            [sys.executable, "-m", "regienet", "synth", "-n", "30", "--seed", "9", "-o", str(out)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
        digests.append(_digest(out))
    assert digests[0] == digests[1]


def test_sizes_scale_linearly():
    small_a, small_r = synth_region(100, seed=1)
    big_a, big_r = synth_region(1000, seed=1)
    for rows_small, rows_big, per_muni in ((small_a, big_a, (10, 16)), (small_r, big_r, (55, 95))):
        assert per_muni[0] * 1000 <= len(rows_big) <= per_muni[1] * 1000
        assert 8 < len(rows_big) / len(rows_small) < 12


def test_n_below_one_is_refused_by_the_library():
    with pytest.raises(ValueError):
        synth_region(0)


# --------------------------------------------------------------------------- CLI


def test_cli_writes_files_and_exits_0(tmp_path):
    out = tmp_path / "region"
    result = CliRunner().invoke(cli, ["synth", "--municipalities", "13", "--seed", "1", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "actors.csv").is_file() and (out / "relations.csv").is_file()
    assert "13" in result.output
    load_dataset(out)


def test_cli_matches_library(tmp_path, region13):
    out = tmp_path / "r"
    CliRunner().invoke(cli, ["synth", "-n", "13", "--seed", "1", "-o", str(out)])
    assert _digest(out) == _digest(region13)


@pytest.mark.parametrize("value", ["0", "-3", "x", "1.5", "20001"])
def test_cli_bad_n_exits_2(tmp_path, value):
    result = CliRunner().invoke(cli, ["synth", "-n", value, "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "--municipalities" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "o").exists()


def test_cli_bad_seed_exits_2(tmp_path):
    result = CliRunner().invoke(cli, ["synth", "-n", "3", "--seed", "-1", "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "--seed" in result.output


def test_cli_missing_options_exit_2(tmp_path):
    assert CliRunner().invoke(cli, ["synth", "-o", str(tmp_path)]).exit_code == 2
    assert CliRunner().invoke(cli, ["synth", "-n", "3"]).exit_code == 2


def test_cli_unwritable_output_exits_2(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    for target in (blocker, blocker / "sub"):
        result = CliRunner().invoke(cli, ["synth", "-n", "3", "-o", str(target)])
        assert result.exit_code == 2, result.output
        assert "Traceback" not in result.output
    assert blocker.read_text() == "not a folder"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write anywhere")
def test_cli_read_only_folder_exits_2(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        result = CliRunner().invoke(cli, ["synth", "-n", "3", "-o", str(ro)])
        assert result.exit_code == 2
    finally:
        ro.chmod(0o700)


def test_cli_refuses_non_empty_folder_without_force(tmp_path):
    (tmp_path / "notes.txt").write_text("keep me")
    result = CliRunner().invoke(cli, ["synth", "-n", "3", "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "--force" in result.output
    assert not (tmp_path / "actors.csv").exists()
    result = CliRunner().invoke(cli, ["synth", "-n", "3", "-o", str(tmp_path), "--force"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "notes.txt").read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "actors.csv",
        "notes.txt",
        "relations.csv",
    ]


def test_cli_dutch_messages(tmp_path):
    result = CliRunner().invoke(cli, ["synth", "-n", "0", "-o", str(tmp_path / "o"), "--lang", "nl"])
    assert result.exit_code == 2
    assert "Fout" in result.output and "geheel getal" in result.output


def test_cli_prints_nothing_but_the_summary_when_not_a_tty(tmp_path):
    """No progress bar on a pipe, even for a big region; stdout holds one line."""
    proc = subprocess.run(
        [sys.executable, "-m", "regienet", "synth", "-n", "250", "-o", str(tmp_path / "o")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert len(proc.stdout.strip().splitlines()) == 1


# ---------------------------------------------------------------- shapes (issue 16)
def test_default_shape_is_byte_identical_to_before_shapes(tmp_path):
    """``regienet synth -n 13 --seed 1`` as made on main (a42fff7) before ``--shape`` existed, kept readable in
    ``tests/snapshots/synth/`` (issue 27: no SHA-256 pins). When the snapshot replaced the pin, actors.csv had
    the pinned SHA-256 (6913e6a2…) and relations.csv, without the ``scope`` column of issue 24 (last, and
    blank in 2010-style data), had the pinned 1a22f7b2…: the same bytes as before ``--shape``."""
    write_region(*synth_region(13, seed=1), tmp_path)
    for name in ("actors.csv", "relations.csv"):
        assert_snapshot(f"synth/n13-seed1-{name}", (tmp_path / name).read_bytes().decode("utf-8"))
    header = (tmp_path / "relations.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.endswith(",scope")
    again = tmp_path / "clusters"
    again.mkdir()
    write_region(*synth_region(13, seed=1, shape="clusters"), again)
    assert _digest(again) == _digest(tmp_path)


@pytest.mark.parametrize("shape", SHAPES)
def test_every_shape_validates_and_is_deterministic(tmp_path, shape):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    for folder, seed in ((a, 3), (b, 3), (c, 4)):
        folder.mkdir()
        write_region(*synth_region(25, seed=seed, shape=shape), folder)
    assert _digest(a) == _digest(b) and _digest(a) != _digest(c)
    ds = load_dataset(a)  # raises on any problem validate would report
    assert ds.summary()["municipality"] == 25
    actors, relations = synth_region(25, seed=3, shape=shape)
    assert all(r["provenance"].startswith("synthetic (regienet synth") for r in actors + relations)


def test_hubs_shape_has_widely_shared_regional_actors_and_one_authority_tied_to_all():
    n = 400
    actors, relations = synth_region(n, seed=2, shape="hubs")
    kinds = Counter(a["kind"] for a in actors)
    hubs = [a for a in actors if a.get("scope") == "regional"]
    assert len(hubs) == max(40, n // 10)  # the shape's definition
    spans = [len(a["operates_in"].split("|")) for a in hubs]
    assert min(spans) >= 15 and max(spans) <= 50
    assert kinds["authority"] == 1
    authority = next(a["id"] for a in actors if a["kind"] == "authority")
    munis = {a["id"] for a in actors if a["kind"] == "municipality"}
    tied = {r["source"] for r in relations if r["target"] == authority}
    assert munis <= tied
    assert 9 <= len(actors) / n <= 12 and 28 <= len(relations) / n <= 40  # ~32k actors, ~100k relations at 3,000


def test_flat_shape_has_no_regional_actors():
    actors, _ = synth_region(60, seed=1, shape="flat")
    assert not [a for a in actors if a.get("scope") == "regional" or "|" in a.get("operates_in", "")]


def test_dense_shape_has_big_local_networks():
    actors, relations = synth_region(30, seed=1, shape="dense")
    per_muni = Counter(a.get("municipality") for a in actors if a["kind"] in ("enterprise", "support"))
    assert min(per_muni.values()) >= 30 and max(per_muni.values()) <= 61  # 30-60 local, plus an own LDE
    coop = sum(r["kind"] == "cooperation" for r in relations)
    assert coop >= 30 * 30


def test_grid_shape_is_town_halls_a_km_apart_with_doubly_tagged_enterprises():
    """Issue 27's region: town halls about 1 km apart on a square grid (1 km = 1/111.2° of latitude,
    1/70° of longitude at 51° N, jitter ± 100 m), 4-12 local enterprises each (plus an own LDE in about
    half), every local enterprise with exactly two activities and two target groups."""
    n = 49
    actors, _ = synth_region(n, seed=1, shape="grid")
    halls = sorted((float(a["lat"]), float(a["lon"])) for a in actors if a["kind"] == "municipality")
    assert len(halls) == n
    lat0, lon0 = min(lat for lat, _ in halls), min(lon for _, lon in halls)
    lats = {round((lat - lat0) * 111.2) for lat, _ in halls}
    lons = {round((lon - lon0) * 70.0) for _, lon in halls}
    assert len(lats) == 7 and len(lons) == 7  # a 7 × 7 grid of 1 km cells
    assert max(lat for lat, _ in halls) - min(lat for lat, _ in halls) < 6.3 / 111.2
    local = [a for a in actors if a["kind"] == "enterprise" and a["id"].startswith("se_")]
    per_muni = Counter(a["municipality"] for a in local)
    assert len(per_muni) == n and min(per_muni.values()) >= 4 and max(per_muni.values()) <= 12
    assert all(len(a["activities"].split("|")) == 2 and len(a["target_groups"].split("|")) == 2 for a in local)
    assert not [a for a in actors if a.get("scope") == "regional"]


def test_unknown_shape_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown shape"):
        synth_region(3, shape="round")
    result = CliRunner().invoke(cli, ["synth", "-n", "3", "--shape", "round", "-o", str(tmp_path / "x")])
    assert result.exit_code == 2
    assert "--shape must be one of clusters, hubs, flat, dense, grid, not round." in result.output
    assert "Traceback" not in result.output


def test_cli_shape_writes_that_shape(tmp_path):
    result = CliRunner().invoke(cli, ["synth", "-n", "20", "--shape", "hubs", "--seed", "2", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    lib = tmp_path / "lib"
    lib.mkdir()
    write_region(*synth_region(20, seed=2, shape="hubs"), lib)
    assert _digest(tmp_path) == _digest(lib)


def test_cli_knows_the_same_shapes_as_the_library():
    from regienet.cli import synth as cli_synth

    assert cli_synth.SHAPES == SHAPES and cli_synth.MAX_MUNICIPALITIES == MAX_MUNICIPALITIES
