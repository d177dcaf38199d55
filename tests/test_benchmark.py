"""The benchmark keeps working (not a timing test: no timing is ever asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_bench_runs_and_prints_a_table(tmp_path):
    doc = ROOT / "docs" / "benchmarks.md"
    before = doc.read_bytes() if doc.exists() else None
    proc = subprocess.run(
        [
            sys.executable, str(ROOT / "benchmarks" / "bench.py"),
            "--sizes", "13", "--repeat", "1", "--workdir", str(tmp_path),
        ],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "| N | actors | relations | command |" in out
    rows = [line for line in out.splitlines() if line.startswith("| 13 |")]
    names = {line.split("|")[4].strip() for line in rows}
    assert {"synth", "floor", "validate"} <= names
    assert not any("failed" in line for line in rows), rows
    assert "regienet --help" in out and "### Machine" in out
    assert (tmp_path / "n13" / "actors.csv").is_file()
    # without --write the docs are left alone
    assert (doc.read_bytes() if doc.exists() else None) == before


def test_floor_reads_and_builds_the_graph(tmp_path):
    from regienet.synth import synth_region, write_region

    write_region(*synth_region(5, seed=1), tmp_path)
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "floor.py"), str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "nodes" in proc.stdout and "edges" in proc.stdout
