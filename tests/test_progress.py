"""regienet.progress: a bar on a terminal's stderr for big work, silence otherwise."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from regienet.progress import THRESHOLD, enabled, progress, track


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_enabled_only_for_big_work_on_a_tty_without_quiet():
    tty = FakeTTY()
    assert enabled(THRESHOLD + 1, stream=tty)
    assert not enabled(THRESHOLD, stream=tty)
    assert not enabled(THRESHOLD + 1, stream=tty, quiet=True)
    assert not enabled(THRESHOLD + 1, stream=io.StringIO())
    assert not enabled(None, stream=tty)


def test_silent_when_not_a_tty(capsys):
    with progress("working", 10_000) as step:
        for _ in range(10_000):
            step()
    assert list(track(range(500), "working")) == list(range(500))
    out, err = capsys.readouterr()
    assert out == "" and err == ""


def test_draws_on_the_given_terminal_stream_only(capsys):
    tty = FakeTTY()
    with progress("Generating the region", 300, stream=tty) as step:
        for _ in range(300):
            step(1)
    assert "Generating the region" in tty.getvalue()
    out, err = capsys.readouterr()
    assert out == "" and err == ""


def test_track_yields_every_item_with_a_bar():
    tty = FakeTTY()
    assert list(track(iter(range(400)), "x", total=400, stream=tty)) == list(range(400))
    assert list(track(iter(range(5)), "x")) == list(range(5))  # no total: just iterate


def test_help_path_imports_no_heavy_module():
    """``regienet --help`` imports neither pandas, networkx, pyvis nor rich."""
    code = (
        "import sys, runpy\n"
        "sys.argv = ['regienet', '--help']\n"
        "try:\n"
        "    runpy.run_module('regienet', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = [m for m in ('pandas', 'networkx', 'pyvis', 'rich') if m in sys.modules]\n"
        "print(','.join(heavy), file=sys.stderr)\n"
    )
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=False
    )
    assert proc.stderr.strip() == ""
