"""regienet.progress: a bar on a terminal's stderr for big work, silence otherwise."""

from __future__ import annotations

import io
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

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
    proc = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=False)
    assert proc.stderr.strip() == ""


# --------------------------------------------------------------------------- the commands, on a real terminal


@pytest.fixture(scope="module")
def big_region(tmp_path_factory) -> Path:
    """A synthetic region just over the bar's threshold (a bar is only drawn for big work)."""
    from regienet.synth import synth_region, write_region

    folder = tmp_path_factory.mktemp("big") / "region"
    folder.mkdir()
    write_region(*synth_region(THRESHOLD + 1, seed=3), folder)
    return folder


def run_with_tty_stderr(args: list[str], cwd: Path) -> tuple[str, str, int]:
    """Run ``regienet ARGS`` with stderr on a pseudo-terminal and stdout to a file; (stdout, terminal, rc)."""
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "100", "TERM": "xterm"}
    with open(cwd / "stdout.txt", "w+b") as stdout:  # a file: a full pipe would block the child
        proc = subprocess.Popen(
            [sys.executable, "-m", "regienet", *args], cwd=cwd, stdout=stdout, stderr=follower, env=env
        )
        os.close(follower)
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
        rc = proc.wait(timeout=300)
        os.close(leader)
        stdout.seek(0)
        out = stdout.read()
    return out.decode(), seen.decode(errors="replace"), rc


@pytest.mark.parametrize(
    ("args", "label"),
    [
        (["check", "--format", "json"], "Checking municipalities"),
        (["report", "--format", "json"], "Checking municipalities"),
        (["map", "-o", "{tmp}/map.html"], "Drawing the map"),
        (["gaps", "--format", "json"], "Checking municipalities"),
        (["diff", "{data}", "{data}", "--format", "json"], "Checking municipalities"),
        (["synth", "--municipalities", str(THRESHOLD + 1), "-o", "{tmp}/s", "--force"], "Generating the region"),
    ],
    ids=["check", "report", "map", "gaps", "diff", "synth"],
)
def test_long_commands_draw_a_bar_on_the_terminal_and_keep_stdout_clean(big_region, tmp_path, args, label):
    args = [a.replace("{tmp}", str(tmp_path)).replace("{data}", str(big_region)) for a in args]
    data = [] if args[0] in ("synth", "diff") else ["--data", str(big_region)]
    out, terminal, rc = run_with_tty_stderr([*args, *data, "--lang", "en"] if args[0] != "synth" else args, tmp_path)
    assert rc in (0, 1), terminal
    assert label in terminal
    if "--format" in args:  # the bar never reaches stdout: it still parses
        json.loads(out)
    out_q, terminal_q, rc_q = run_with_tty_stderr([*args, *data, "--quiet"], tmp_path)
    assert rc_q == rc
    assert label not in terminal_q and "━" not in terminal_q
    if "--format" in args:
        assert out_q == out
