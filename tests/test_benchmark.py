"""The benchmark keeps working (not a timing test: no timing is ever asserted)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    spec = importlib.util.spec_from_file_location("bench", ROOT / "benchmarks" / "bench.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _run(tmp_path, *extra):
    return subprocess.run(
        [
            sys.executable, str(ROOT / "benchmarks" / "bench.py"),
            "--sizes", "13", "--repeat", "1", "--workdir", str(tmp_path), *extra,
        ],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip


def test_bench_runs_every_command_and_prints_a_table(tmp_path):
    doc = ROOT / "docs" / "benchmarks.md"
    before = doc.read_bytes() if doc.exists() else None
    proc = _run(tmp_path, "--shapes", "clusters")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "### Shape `clusters`" in out and "| N | actors | relations | command |" in out
    rows = [line for line in out.splitlines() if line.startswith("| 13 |")]
    names = {line.split("|")[4].strip() for line in rows}
    # issue 16 point 5: every command, against the floor
    assert {"synth", "floor", *_bench().COMMANDS} <= names, names
    assert not any("failed" in line for line in rows), rows
    assert "regienet --help" in out and "### Machine" in out and "### Targets (issue 16)" in out
    assert (tmp_path / "clusters-n13" / "actors.csv").is_file()
    assert (tmp_path / "clusters-n13-seed2" / "actors.csv").is_file()  # diff's second region
    # without --write the docs are left alone
    assert (doc.read_bytes() if doc.exists() else None) == before


def test_bench_takes_shapes_and_a_subset_of_commands(tmp_path):
    proc = _run(tmp_path, "--shapes", "hubs,flat", "--only", "check")
    assert proc.returncode == 0, proc.stderr
    assert "### Shape `hubs`" in proc.stdout and "### Shape `flat`" in proc.stdout
    names = {line.split("|")[4].strip() for line in proc.stdout.splitlines() if line.startswith("| 13 |")}
    assert names == {"synth", "floor", "check"}
    assert (tmp_path / "hubs-n13" / "actors.csv").is_file()
    bad = _run(tmp_path, "--shapes", "round")
    assert bad.returncode == 2 and "--shapes" in bad.stderr


def test_targets_say_met_or_not_met_per_shape_and_command():
    """Made-up runs: check at 2.5× the floor misses the 2× target, map at 4× meets 5×; growth 15× misses 12×."""
    bench = _bench()
    runs = {
        300: {"floor": bench.Run(wall=1.0), "check": bench.Run(wall=1.0, rss_mb=100), "map": bench.Run(wall=4.0)},
        3000: {
            "floor": bench.Run(wall=10.0),
            "check": bench.Run(wall=25.0, rss_mb=900),
            "map": bench.Run(wall=40.0, rss_mb=1100),
        },
    }
    lines = bench.targets([300, 3000], {"hubs": runs}, bench.Run(wall=0.1), "")
    text = "\n".join(lines)
    assert "`hubs`: `check` ≤ 2× the floor at N = 3,000: 2.50× — NOT met" in text
    assert "`hubs`: `map` ≤ 5× the floor at N = 3,000: 4.00× — met" in text
    assert "`hubs`: peak memory of `check` < 1 GB at N = 3,000: 900 MB — met" in text
    assert "`hubs`: peak memory of `map` < 1 GB at N = 3,000: 1100 MB — NOT met" in text
    assert "`hubs`: 10× the data costs ≤ 12× the time (`check`, 300 → 3,000): 25.0× — NOT met" in text
    assert "`hubs`: 10× the data costs ≤ 12× the time (`map`, 300 → 3,000): 10.0× — met" in text


def test_bench_knows_the_synth_shapes():
    from regienet.synth import SHAPES

    assert _bench().SHAPES == SHAPES


def test_floor_reads_and_builds_the_graph(tmp_path):
    from regienet.synth import synth_region, write_region

    write_region(*synth_region(5, seed=1), tmp_path)
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "floor.py"), str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "nodes" in proc.stdout and "edges" in proc.stdout
