"""``--jobs N`` and the speed work of issue 16 keep every output byte-identical.

Two kinds of evidence:

* ``--jobs 2`` against ``--jobs 1``: check, report and gaps, JSON and text, on the
  bundled data and a synthetic region, with the pool forced on (the size
  threshold :data:`regienet.parallel.MIN_PARALLEL` set to 0 and small chunks, so
  that several workers really share the municipalities);
* readable snapshots of each output (``tests/snapshots/outputs/``, compared by
  ``tests/snapshot.py`` with a diff on failure): first pinned as the code wrote
  them before the optimisations of issue 16 (commit a42fff7, captured by
  running that commit's ``regienet`` on the same data) as SHA-256 pins, which
  the snapshots replace (issue 27; written from outputs with the pinned hashes).
  Rewrite with ``REGIENET_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_jobs.py``
  only when an output is meant to change, and read the diff.
"""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from snapshot import assert_snapshot

from regienet import parallel
from regienet.cli import cli
from regienet.load import bundled_data_dir
from regienet.synth import synth_region, write_region

COMMANDS = ("check", "report", "gaps")


@pytest.fixture(scope="module")
def synth_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("synth60")
    write_region(*synth_region(60, seed=1), folder)
    return folder


def run(args: list[str], data: Path | None, jobs: int) -> str:
    """One CLI run; the data folder's path (which some outputs name, the bundled one included: it depends on
    where the checkout is) replaced by ``DATA``."""
    argv = [*args, "-q", "--jobs", str(jobs)] + (["--data", str(data)] if data else [])
    result = CliRunner().invoke(cli, argv, catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result.output.replace(str(data if data else bundled_data_dir()), "DATA")


#: (data, format) pairs compared: JSON and text on the bundled data, JSON (the whole result) on the synthetic one
CASES = (("bundled", "json"), ("bundled", "text"), ("synth60", "json"))


@pytest.fixture(scope="module")
def serial_outputs(synth_dir) -> dict[str, str]:
    """Every output with ``--jobs 1``: ``"bundled-check.json" → text``."""
    out = {}
    for name, fmt in CASES:
        for cmd in COMMANDS:
            out[f"{name}-{cmd}.{fmt}"] = run([cmd, "--format", fmt], synth_dir if name == "synth60" else None, 1)
    return out


@pytest.fixture
def forced_pool(monkeypatch):
    """The pool on for any size, three municipalities a task."""
    monkeypatch.setattr(parallel, "MIN_PARALLEL", 0)
    monkeypatch.setattr(parallel, "CHUNK", 3)


@pytest.mark.skipif(not parallel.can_fork(), reason="the pool needs the fork start method")
@pytest.mark.parametrize("cmd", COMMANDS)
@pytest.mark.parametrize(("name", "fmt"), CASES)
def test_jobs_2_writes_what_jobs_1_writes(serial_outputs, synth_dir, forced_pool, cmd, fmt, name):
    data = synth_dir if name == "synth60" else None
    assert run([cmd, "--format", fmt], data, 2) == serial_outputs[f"{name}-{cmd}.{fmt}"]


@pytest.mark.skipif(not parallel.can_fork(), reason="the pool needs the fork start method")
@pytest.mark.parametrize("extra", [["--gaps"], ["--view", "region"]], ids=["gaps", "region-view"])
def test_map_with_jobs_2_is_the_map_with_jobs_1(synth_dir, forced_pool, tmp_path, extra):
    """``map`` runs its rules in the pool too (tooltips cite findings, municipalities show levels): the same page."""
    pages = []
    for jobs in (1, 2):
        out = tmp_path / f"map-{jobs}.html"
        argv = ["map", *extra, "--data", str(synth_dir), "-q", "--jobs", str(jobs), "-o", str(out)]
        result = CliRunner().invoke(cli, argv, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]
    if "--gaps" in extra:
        assert b"SA05" in pages[0]  # the findings are really in it (the region view shows levels only)


def test_one_municipality_with_jobs(forced_pool):
    """``-m M`` is one task; ``--jobs`` changes nothing there either."""
    args = ["report", "-m", "zwevegem", "--format", "json"]
    assert run(args, None, 2) == run(args, None, 1)


@pytest.mark.parametrize("key", [f"{name}-{cmd}.{fmt}" for name, fmt in CASES for cmd in COMMANDS])
def test_output_matches_its_snapshot(serial_outputs, key):
    assert_snapshot(f"outputs/{key}", serial_outputs[key])


@pytest.mark.skipif(not parallel.can_fork(), reason="the pool needs the fork start method")
@pytest.mark.parametrize("jobs", [2, 3])
def test_pool_runs_in_other_processes_in_order(forced_pool, jobs):
    """The work really leaves the parent, and comes back in the order asked (one worker, or two sharing)."""
    items = [str(i) for i in range(20)]
    steps = []
    # the parent waits (at most 10 s) until a worker has computed something: without that, on a busy machine
    # the parent could do every chunk before the forked worker starts, and nothing would be shown to leave it
    worker_ran = multiprocessing.get_context("fork").Event()
    got = parallel.map_municipalities(
        _pid_and_item_once_a_worker_ran, items, worker_ran, os.getpid(), jobs=jobs, step=lambda: steps.append(1)
    )
    assert [item for _, item in got] == items
    assert {pid for pid, _ in got} - {os.getpid()}
    assert len(steps) == len(items)


def _pid_and_item_once_a_worker_ran(worker_ran, parent: int, m: str) -> tuple[int, str]:
    if os.getpid() == parent:
        worker_ran.wait(10)
    else:
        worker_ran.set()
    return os.getpid(), m


def _pid_and_item(prefix: str, m: str) -> tuple[int, str]:
    return os.getpid(), prefix + m


def test_small_regions_and_one_job_stay_serial():
    """Below MIN_PARALLEL municipalities (and with one job) nothing is forked."""
    items = ["a", "b", "c"]
    assert parallel.map_municipalities(_pid_and_item, items, "", jobs=2) == [(os.getpid(), m) for m in items]
    many = [str(i) for i in range(parallel.MIN_PARALLEL)]
    assert {p for p, _ in parallel.map_municipalities(_pid_and_item, many, "", jobs=1)} == {os.getpid()}


@pytest.mark.skipif(not parallel.can_fork(), reason="the pool needs the fork start method")
def test_a_worker_error_is_raised_in_the_parent(forced_pool):
    with pytest.raises(ValueError, match="bad municipality 7"):
        parallel.map_municipalities(_fail_on_7, [str(i) for i in range(12)], jobs=2)


@pytest.mark.skipif(not parallel.can_fork(), reason="the pool needs the fork start method")
def test_a_worker_that_dies_is_not_a_hang_and_its_work_is_done_here(forced_pool, capsys):
    """A worker killed mid-run (the OOM killer, a crash in C) sends nothing back: the pool breaks, the parent
    says so on stderr and computes the missing municipalities itself — the whole result, in order."""
    worker_ran = multiprocessing.get_context("fork").Event()
    items = [str(i) for i in range(12)]
    assert parallel.map_municipalities(_die_in_a_worker, items, worker_ran, os.getpid(), jobs=2) == items
    assert "--jobs" in capsys.readouterr().err


_ORPHAN_SCRIPT = """
import os, sys, time
from regienet import parallel
parallel.MIN_PARALLEL, parallel.CHUNK = 0, 1
def slow(m):
    if os.getpid() != parent:
        open(sys.argv[1], "a").write(f"{os.getpid()}\\n")
    time.sleep(0.2)
    return m * 200_000  # results bigger than a pipe holds: nobody reads them once the parent is dead
parent = os.getpid()
parallel.map_municipalities(slow, [str(i) for i in range(200)], jobs=2)
"""


def _running(pid: int) -> bool:
    """True while *pid* runs (a zombie waiting for a reaper counts as ended)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not parallel.can_fork() or not Path("/proc").is_dir(), reason="fork and /proc")
def test_a_worker_stops_when_its_parent_is_killed(tmp_path):
    """A parent killed with SIGKILL (no cleanup runs) must not leave its worker behind: before issue 26 the
    worker stopped taking chunks but then waited for ever to send results bigger than a pipe holds, on a
    pipe whose reading end it held itself (inherited at the fork), keeping the caller's stdout open. Now
    the kernel kills it with its parent (PR_SET_PDEATHSIG): gone within seconds."""
    import signal
    import subprocess
    import sys
    import time

    pids = tmp_path / "pids"
    parent = subprocess.Popen([sys.executable, "-c", _ORPHAN_SCRIPT, str(pids)])
    try:
        deadline = time.monotonic() + 30
        while not (pids.exists() and pids.read_text().strip()) and time.monotonic() < deadline:
            time.sleep(0.05)
        worker = int(pids.read_text().split()[0])  # 200 chunks of 0.2 s: 20 s of work left for it alone
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + 5
    while _running(worker) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _running(worker)


_STOPPED_SCRIPT = """
import os, signal, sys
from regienet import parallel
parallel.MIN_PARALLEL, parallel.CHUNK = 0, 1
import time
def stop_in_worker(m):
    if os.getpid() != parent:
        os.kill(os.getpid(), signal.SIGSTOP)  # stopped from outside, as by `kill -STOP`
    time.sleep(0.5)  # the parent slow enough that the worker surely takes a chunk
    return m
parent = os.getpid()
print(" ".join(parallel.map_municipalities(stop_in_worker, [str(i) for i in range(10)], jobs=2)))
"""


@pytest.mark.skipif(not parallel.can_fork() or not Path("/proc").is_dir(), reason="fork and /proc")
def test_a_stopped_worker_does_not_hang_the_parent():
    """A worker stopped with SIGSTOP holds its chunk for ever: before issue 26 the parent waited for it with no
    limit (this test then ran into its 60 s timeout). Now the parent notices the stopped worker after
    ``STOPPED_GRACE`` seconds, kills it, finishes the municipalities itself (the same result, in order) and
    says so on stderr."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _STOPPED_SCRIPT], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(i) for i in range(10)]
    assert "--jobs" in done.stderr and "Traceback" not in done.stderr


def _die_in_a_worker(worker_ran, parent: int, m: str) -> str:
    if os.getpid() == parent:
        worker_ran.wait(10)  # so that a worker surely takes a chunk
        return m
    worker_ran.set()
    os._exit(3)


def _fail_on_7(m: str) -> str:
    if m == "7":
        raise ValueError(f"bad municipality {m}")
    return m


def test_default_jobs(monkeypatch):
    monkeypatch.setenv("CI", "true")
    assert parallel.default_jobs() == 1
    monkeypatch.delenv("CI")
    assert parallel.default_jobs() == len(os.sched_getaffinity(0))


def test_jobs_must_be_positive():
    result = CliRunner().invoke(cli, ["check", "--jobs", "0"])
    assert result.exit_code == 2
    assert "--jobs" in result.output


@pytest.mark.skipif(not parallel.can_fork(), reason="the pool needs the fork start method")
def test_diff_with_jobs_streams_what_json_dumps_writes(synth_dir, tmp_path, forced_pool):
    """``diff --jobs 2`` writes what ``--jobs 1`` writes, and its streamed JSON (findings and relations item by
    item, ``render.views.diff.diff_document``) is ``json.dumps(indent=2)`` of the same document as data."""
    import json

    from regienet.analysis.diff import diff
    from regienet.config import Config
    from regienet.load import load_dataset
    from regienet.model import Region
    from regienet.render.emit import emit_text
    from regienet.render.views.diff import diff_json
    from regienet.rules import check

    other = tmp_path / "synth60-seed2"
    other.mkdir()
    write_region(*synth_region(60, seed=2), other)

    def cli_diff(jobs: int) -> str:
        argv = ["diff", str(synth_dir), str(other), "--format", "json", "-q", "--jobs", str(jobs)]
        result = CliRunner().invoke(cli, argv, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    assert cli_diff(2) == cli_diff(1)
    d = diff(check(Region(load_dataset(synth_dir)), Config()), check(Region(load_dataset(other)), Config()))
    assert d.findings_new and d.findings_resolved and d.findings_changed and d.relations_added  # every list
    for lang in ("en", "nl"):
        assert emit_text(d, "json", lang) == json.dumps(diff_json(d, lang), ensure_ascii=False, indent=2)


@pytest.mark.skipif(not parallel.can_fork(), reason="the pool needs the fork start method")
@pytest.mark.parametrize("jobs", [1, 2])
def test_report_rules_and_metrics_share_one_pass(forced_pool, jobs):
    """``build_report`` runs each municipality's metrics right after its rules (``check(also=)``), in one pool:
    two progress steps per municipality as before, every municipality profiled, the region analysed."""
    from regienet.analysis.governance import network_profile, resolve_settings
    from regienet.analysis.report import build_report
    from regienet.load import load_dataset
    from regienet.model import Region

    region = Region(load_dataset(None))
    steps: list[int] = []
    rep = build_report(region, step=lambda: steps.append(1), jobs=jobs)
    assert len(steps) == 2 * len(region.municipalities)
    assert set(rep.results.also) == set(rep.governance) == set(region.municipalities)
    assert rep.regional is not None
    m = region.municipalities[0]
    assert rep.connectivity[m] == network_profile(region, resolve_settings(), m)[0]  # what the pool computed
