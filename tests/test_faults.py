"""Faults end cleanly (issue 26): exit codes, Ctrl-C, broken pipes, full disks, leftovers, bad settings.

Each test here failed on the code before issue 26 (the failure it showed is in its docstring); the pool's
own fault tests (an orphaned worker after ``kill -9``, a stopped worker) are in tests/test_jobs.py.
Exit codes are those of the README's table: 0 fine, 1 findings, 2 bad input or unwritable output,
130 Ctrl-C, 141 reader gone, 143 SIGTERM, 70 a bug.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from builders import base_rows, write_region
from click.testing import CliRunner

from regienet.cli import cli

REGIENET = [sys.executable, "-m", "regienet"]


def regienet(*args: str, **kw) -> subprocess.CompletedProcess:
    """The real console entry (``python -m regienet``), as a user's shell runs it."""
    return subprocess.run([*REGIENET, *args], capture_output=True, text=True, timeout=300, **kw)


def no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr and "internal error" not in stderr, stderr


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Path:
    """A synthetic region big enough that check runs for a few seconds (600 municipalities)."""
    from regienet.synth import synth_region
    from regienet.synth import write_region as write_synth

    folder = tmp_path_factory.mktemp("big600")
    write_synth(*synth_region(600, seed=3), folder)
    return folder


def _cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat", encoding="ascii") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _interrupt_midway(args: list[str], sig: int, cwd: Path) -> subprocess.CompletedProcess:
    """Start regienet in a process group of its own, wait until it has worked 1.2 CPU-seconds (imports done,
    the work running), send *sig* to the whole group — as a terminal's Ctrl-C reaches the workers too."""
    proc = subprocess.Popen(
        [*REGIENET, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd, start_new_session=True
    )
    deadline = time.monotonic() + 120
    while proc.poll() is None and _cpu_seconds(proc.pid) < 1.2 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "finished before it could be interrupted"
    os.killpg(proc.pid, sig)
    out, err = proc.communicate(timeout=60)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="/proc")
@pytest.mark.parametrize(("sig", "code", "word"), [(signal.SIGINT, 130, "Ctrl-C"), (signal.SIGTERM, 143, "SIGTERM")])
def test_ctrl_c_and_sigterm_exit_cleanly_and_write_nothing(big, tmp_path, sig, code, word):
    """Ctrl-C exited 1 (``check``'s "findings found") with click's "Aborted!"; SIGTERM killed the process.
    Now: 130 (128 + SIGINT) or 143 (128 + SIGTERM), one line saying so, no traceback, no output file and no
    temporary file left in the output folder."""
    out = tmp_path / "out"
    args = ["report", "--data", str(big), "-q", "--jobs", "2", "--format", "json", "-o", str(out / "r.json")]
    done = _interrupt_midway(args, sig, tmp_path)
    assert done.returncode == code, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and word in lines[0], done.stderr
    no_traceback(done.stderr)
    assert not out.exists() or list(out.iterdir()) == []


def test_broken_pipe_is_quiet(big):
    """``regienet check | head -1`` on a big output: exit 1 before (click's EPIPE handling), and a closed
    stdout printed a traceback. Now 141 (128 + SIGPIPE, what the shell reports for ``yes | head -1``), and
    nothing on stderr."""
    proc = subprocess.Popen(
        [*REGIENET, "check", "--data", str(big), "-q", "--jobs", "1", "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # `head -1` has read its line and gone
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141, err
    assert err == ""


@pytest.mark.skipif(not Path("/dev/full").is_char_device(), reason="/dev/full")
@pytest.mark.parametrize("args", [["rules"], ["check", "--format", "json"], ["report"]])
def test_stdout_on_a_full_disk_is_exit_2(args):
    """Standard output on a full disk exited 70 ("a bug") — or 0, for an output small enough to sit in the
    buffer until the interpreter's last flush (``rules``). Now exit 2 naming standard output and the reason."""
    with open("/dev/full", "w") as full:
        done = subprocess.run([*REGIENET, *args], stdout=full, stderr=subprocess.PIPE, text=True, timeout=300)
    assert done.returncode == 2, done.stderr
    assert "standard output" in done.stderr and "No space left on device" in done.stderr
    no_traceback(done.stderr)


def test_closed_stdout_is_exit_2():
    """``regienet check >&-``: an internal error (70) and a traceback at exit before; now exit 2, one line."""
    done = subprocess.run(
        [*REGIENET, "check"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=300,
        preexec_fn=lambda: os.close(1),
    )
    assert done.returncode == 2, done.stderr
    assert "standard output" in done.stderr
    no_traceback(done.stderr)


@pytest.mark.skipif(not Path("/dev/full").is_char_device(), reason="/dev/full")
def test_with_o_file_a_bad_stdout_only_loses_the_wrote_notice(tmp_path):
    """``check -o FILE`` with standard output closed or full: the file is written, and the exit code is still
    check's own (1: findings), not 2 — only the informational "Wrote FILE" line is lost."""
    target = tmp_path / "f.json"
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [*REGIENET, "check", "-q", "-o", str(target)], stdout=full, stderr=subprocess.PIPE, text=True, timeout=300
        )
    assert done.returncode == 1 and done.stderr == "", done.stderr
    assert target.read_text(encoding="utf-8").strip()
    target.unlink()
    done = subprocess.run(
        [*REGIENET, "check", "-q", "-o", str(target)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=300,
        preexec_fn=lambda: os.close(1),
    )
    assert done.returncode == 1 and done.stderr == "", done.stderr
    assert target.exists()


@pytest.mark.skipif(not Path("/dev/full").is_char_device(), reason="/dev/full")
def test_output_option_on_a_device_writes_into_it_and_keeps_it():
    """``-o /dev/full`` renamed a temporary file over the device (as root it *replaced* /dev/full with a
    regular file, and said "Wrote /dev/full"). Now the device is written into: exit 2 for the full disk,
    and /dev/full is still the device."""
    done = regienet("check", "-q", "-o", "/dev/full")
    assert done.returncode == 2, done.stderr
    assert "No space left on device" in done.stderr
    assert Path("/dev/full").is_char_device()
    assert regienet("check", "-q", "-o", "/dev/null").returncode == 1 and Path("/dev/null").is_char_device()


# ------------------------------------------------------------------------------------------- leftovers


_KILLED_WRITER = """
import sys, time
from regienet.outputs import atomic_stream
with atomic_stream(sys.argv[1], text=True) as fh:
    fh.write("half")
    fh.flush()
    print("writing", flush=True)
    time.sleep(60)
"""


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_killed_runs_temp_file_is_removed_by_the_next_run(tmp_path):
    """kill -9 while writing leaves ``.f.json.xxxxxxxx.tmp``; before issue 26 no later run removed it. Now the
    next run writing f.json there removes it (its lock died with the killed process), and the output is whole."""
    target = tmp_path / "f.json"
    writer = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(target)], stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None and writer.stdout.readline() == "writing\n"
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert len(_temps(tmp_path)) == 1 and not target.exists()  # what a killed run leaves
    result = CliRunner().invoke(cli, ["check", "--format", "json", "-o", str(target)])
    assert result.exit_code == 1, result.output
    assert _temps(tmp_path) == []
    assert target.read_text(encoding="utf-8").rstrip().endswith("}")


def test_a_running_writers_temp_file_is_left_alone(tmp_path):
    """The temporary file of a run that is still writing (its lock held) is not a leftover: it stays."""
    target = tmp_path / "f.json"
    writer = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(target)], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline() == "writing\n"
        (live,) = _temps(tmp_path)
        assert CliRunner().invoke(cli, ["check", "--format", "json", "-o", str(target)]).exit_code == 1
        assert _temps(tmp_path) == [live]
    finally:
        writer.kill()
        writer.wait()


def test_leftover_names_are_never_outputs(tmp_path):
    """Leftovers are hidden (a leading dot) and end in .tmp, never in the output's own ending: ``map -o DIR``,
    ``workshop`` and the loader never take one for an output or an input."""
    from regienet.outputs import _temp_name

    assert _temp_name("actors.csv").fullmatch(".actors.csv.ab_12cde.tmp")
    assert not _temp_name("actors.csv").fullmatch("actors.csv")


# ------------------------------------------------------------------------------------------- settings


def _config(tmp_path: Path, body: bytes | str) -> Path:
    path = tmp_path / "regienet.toml"
    path.write_bytes(body.encode() if isinstance(body, str) else body)
    return path


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # each failed differently before issue 26: 70 (internal error) for the first three, accepted for the rest
        (b"joint_venture_min = 3\n\xff\xfe = 1\n", ["regienet.toml:2", "not UTF-8", "0xff"]),
        ("a = " + "[" * 3000 + "]" * 3000 + "\n", ["regienet.toml", "nested too deeply"]),
        (
            "joint_venture_min = " + "9" * 5000 + "\n",
            ["regienet.toml", "joint_venture_min", "999999999999…", "5000 digits"],
        ),
        ("[thresholds.SA02]\nmin_coupled_share = nan\n", ["regienet.toml", "thresholds.SA02.min_coupled_share", "nan"]),
        ("[thresholds.SA02]\nmin_coupled_share = inf\n", ["thresholds.SA02.min_coupled_share", "inf"]),
        ("[thresholds.SA02]\nmin_actors = 1e308\n", ["thresholds.SA02.min_actors", "1e+308", "1000000"]),
        ("[governance]\nmin_participants = -inf\n", ["governance.min_participants", "-inf"]),
        ("joint_venture_min = 100000000000\n", ["joint_venture_min", "100000000000", "1000000"]),
    ],
    ids=["not-utf8", "deep", "5000-digits", "nan", "inf", "1e308-count", "governance-inf", "huge-count"],
)
def test_bad_settings_are_exit_2_with_file_key_and_value(tmp_path, body, expected):
    config = _config(tmp_path, body)
    done = regienet("check", "--config", str(config), "-q", cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    for text in expected:
        assert text in done.stderr
    no_traceback(done.stderr)


def test_in_range_settings_still_work(tmp_path):
    """The ranges do not refuse what was right: a share in 0…1, a count of a few."""
    config = _config(tmp_path, "joint_venture_min = 4\n[thresholds.SA02]\nmin_coupled_share = 0.5\nmin_actors = 3\n")
    assert CliRunner().invoke(cli, ["check", "--config", str(config), "-q"]).exit_code in (0, 1)


# ------------------------------------------------------------------------------------------- --year


def test_year_that_is_not_a_year_is_an_error_with_the_range():
    """``--year 0`` was taken (and 0 meant "this year" in the survey); now exit 2 naming 1900–2100."""
    for value in ("0", "-5", "20100", "abc"):
        result = CliRunner().invoke(cli, ["check", "--year", value])
        assert result.exit_code == 2 and "1900" in result.output and "2100" in result.output, result.output
    result = CliRunner().invoke(cli, ["survey", "make", "--year", "0", "-o", "x"])
    assert result.exit_code == 2 and "1900" in result.output


def test_year_outside_the_datas_years_is_an_error_with_the_range(tmp_path):
    """Relations dated 2008–2012 (tests/builders.py plus dates): 1990 was a warning and a result; now exit 2
    naming 2007–2013 — the network changes only in the years named, so 2007 (before the first change) and 2013
    (after the last) show every state it was in; 1990 would show 2007's. 2013 itself is still accepted."""
    actors, relations = base_rows()
    relations[0]["since"], relations[1]["until"] = "2008", "2012"
    folder = write_region(tmp_path / "r", actors, relations)
    result = CliRunner().invoke(cli, ["report", "--data", str(folder), "--year", "1990"])
    assert result.exit_code == 2
    assert "outside the years in the data (2008–2012)" in result.stderr and "2007 to 2013" in result.stderr
    assert CliRunner().invoke(cli, ["report", "--data", str(folder), "--year", "2010"]).exit_code == 0
    assert CliRunner().invoke(cli, ["report", "--data", str(folder), "--year", "2013"]).exit_code == 0
    assert CliRunner().invoke(cli, ["report", "--data", str(folder), "--year", "2014"]).exit_code == 2


# ------------------------------------------------------------------------------------------- names and folders


def test_file_names_too_long_are_exit_2(tmp_path):
    """A 300-character file name exited 70 (the stat of the target raised ENAMETOOLONG); now exit 2 naming it."""
    long = tmp_path / ("a" * 300 + ".json")
    done = regienet("check", "-q", "-o", str(long))
    assert done.returncode == 2 and "File name too long" in done.stderr, done.stderr
    no_traceback(done.stderr)
    done = regienet("check", "-q", "--config", str(tmp_path / ("c" * 300 + ".toml")))
    assert done.returncode == 2, done.stderr
    no_traceback(done.stderr)


@pytest.fixture(scope="module")
def survey_answer(tmp_path_factory) -> tuple[Path, Path]:
    """The bundled data copied, the survey workbooks made from it, and one answered (Waak's)."""
    import shutil

    from test_survey import fill

    from regienet.load import bundled_data_dir

    base = tmp_path_factory.mktemp("survey")
    data, made = base / "data", base / "made"
    shutil.copytree(bundled_data_dir(), data)
    assert CliRunner().invoke(cli, ["survey", "make", "--data", str(data), "-o", str(made)]).exit_code == 0
    return data, fill(made / "waak.xlsx", base / "answers" / "waak.xlsx")


def test_two_runs_racing_for_one_output_folder_is_exit_2(tmp_path, monkeypatch, survey_answer):
    """``survey collect -o NEW``: another run creates NEW and writes into it after this run checked that NEW
    was free and before it renamed its finished folder into place. The rename's OSError (directory not
    empty) was reported as an internal error, 70; now exit 2 naming the folder, and the other run's file kept."""
    import regienet.load

    data, answer = survey_answer
    new = tmp_path / "new"
    real = regienet.load.load_dataset

    def other_run_meanwhile(*args, **kwargs):
        out = real(*args, **kwargs)
        new.mkdir(exist_ok=True)
        (new / "actors.csv").write_text("the other run's\n", encoding="utf-8")
        return out

    monkeypatch.setattr(regienet.load, "load_dataset", other_run_meanwhile)
    result = CliRunner().invoke(cli, ["survey", "collect", "--data", str(data), str(answer), "-o", str(new)])
    assert result.exit_code == 2, result.output
    assert str(new) in result.stderr
    assert (new / "actors.csv").read_text(encoding="utf-8") == "the other run's\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".new")]


def test_a_killed_survey_collects_temporary_folder_is_removed_by_the_next(tmp_path, survey_answer):
    """``survey collect -o NEW`` fills a hidden ``.NEW.xxxxxxxx`` folder and renames it; a run killed meanwhile
    left it for good. Now the next collect into NEW removes it (its lock is free) and keeps a running one's."""
    import fcntl

    data, answer = survey_answer
    dead = tmp_path / ".new.abcd1234"
    dead.mkdir()
    (dead / "actors.csv").write_text("half", encoding="utf-8")
    alive = tmp_path / ".new.efgh5678"
    alive.mkdir()
    fd = os.open(alive, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)  # as a run still filling it holds it
    try:
        result = CliRunner().invoke(
            cli, ["survey", "collect", "--data", str(data), str(answer), "-o", str(tmp_path / "new")]
        )
        assert result.exit_code == 0, result.output
        assert not dead.exists() and alive.exists()
        assert (tmp_path / "new" / "actors.csv").is_file()
    finally:
        os.close(fd)


# ------------------------------------------------------------------------------------------- GraphML keys

#: XML's NMTOKEN (XML 1.0 production [7], NameChar+), the type the GraphML XSD (graphml-attributes.xsd,
#: ``key.extra.attrib``) gives ``attr.name``; written out here independently of the exporter's own pattern.
NMTOKEN = r"^[A-Za-z0-9._:\-\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]+$"


def test_graphml_keys_are_valid_whatever_the_extra_columns_are_called(tmp_path):
    """An extra column named ``my column`` was written ``attr.name="my column"``, which fails the GraphML XSD
    (NMTOKEN: no spaces). Now every attr.name is an NMTOKEN, distinct within its scope; the values arrive."""
    import re
    import xml.etree.ElementTree as ET

    import networkx as nx

    actors, relations = base_rows()
    for row in actors:
        row["my column"], row["my_column"], row["a<b>&c"] = "x", "y", "z"
    folder = write_region(tmp_path / "r", actors, relations)
    out = tmp_path / "r.graphml"
    assert (
        CliRunner().invoke(cli, ["export", "--to", "graphml", "--data", str(folder), "-o", str(out), "-q"]).exit_code
        == 0
    )
    keys = ET.parse(out).getroot().findall("{http://graphml.graphdrawing.org/xmlns}key")
    names = [(k.get("for"), k.get("attr.name")) for k in keys]
    assert all(re.match(NMTOKEN, name) for _, name in names), names
    assert len(set(names)) == len(names)
    node = nx.read_graphml(out, force_multigraph=True).nodes[actors[-1]["id"]]
    assert node["my_column"] == "y" and node["my_column_2"] == "x" and node["a_b__c"] == "z"


# ------------------------------------------------------------------------------------------- inputs


def test_a_hard_link_to_an_input_of_a_data_folder_is_refused(tmp_path):
    """docs/robustness.md: a symbolic or hard link to actors.csv/relations.csv is refused as an output. With
    ``--data DIR`` the link was compared with the folder, not its files, and ``-o link.csv`` was written
    (exit 1, the link replaced). Now exit 2, and the input unchanged."""
    import shutil

    from regienet.load import bundled_data_dir

    data = tmp_path / "data"
    shutil.copytree(bundled_data_dir(), data)
    before = (data / "relations.csv").read_bytes()
    os.link(data / "relations.csv", tmp_path / "hard.csv")
    (tmp_path / "soft.csv").symlink_to(data / "actors.csv")
    for name in ("hard.csv", "soft.csv"):
        result = CliRunner().invoke(cli, ["check", "--data", str(data), "--format", "csv", "-o", str(tmp_path / name)])
        assert result.exit_code == 2 and "input" in result.stderr, result.output
    assert (data / "relations.csv").read_bytes() == before
    assert os.path.samefile(tmp_path / "hard.csv", data / "relations.csv")


def test_a_file_of_duplicated_relations_is_refused_early(tmp_path):
    """The bundled relations copied 40 times (12,000 rows, 97 % exact repeats): before issue 26 every copy was
    checked and modelled (a 200 MB file of them took 311 s) and each tie counted 40 times. Now validation
    refuses the file as duplicates — 20 repeats named with the line they repeat, one problem counting the
    rest — and nothing is modelled. (The time is the benchmarks' business; this asserts the early error.)"""
    import shutil

    from regienet.load import bundled_data_dir

    data = tmp_path / "data"
    shutil.copytree(bundled_data_dir(), data)
    header, *rows = (data / "relations.csv").read_text(encoding="utf-8").splitlines()
    (data / "relations.csv").write_text("\n".join([header, *rows * 40]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--data", str(data)])
    assert result.exit_code == 2
    repeats = [line for line in result.stderr.splitlines() if "repeats line" in line]
    assert len(repeats) == 20
    assert f"relations.csv:{len(rows) + 2}: column source (A): this relation repeats line 2 exactly" in repeats[0]
    assert f"{39 * len(rows) - 20} more relations repeat an earlier line exactly" in result.stderr
    a_few = [header, *rows, *rows[:5]]  # a few repeats stay allowed (regienet synth writes some)
    (data / "relations.csv").write_text("\n".join(a_few) + "\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["validate", "--data", str(data)]).exit_code == 0


# ------------------------------------------------------------------------------------------- what people see

ESC_BEL = "Zorg\x1b[2J\x1b]0;pwned\x07 vzw\u202e"


@pytest.fixture(scope="module")
def controlled(tmp_path_factory) -> Path:
    """tests/builders.py's region with control characters (clear screen, set title, bell, RTL override) in the
    name of municipality a and of its own actor."""
    actors, relations = base_rows()
    for row in actors:
        if row["id"] in ("a", "own"):
            row["name"] = ESC_BEL
    return write_region(tmp_path_factory.mktemp("ctl"), actors, relations)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("command", ["check", "report", "region"])
def test_control_characters_are_shown_escaped(controlled, command, fmt):
    """ESC and BEL in names went raw to the terminal (a name could clear the screen or retitle the window).
    Now text and Markdown show them as ``\\x1b``, ``\\x07``, ``\\u202e``; the rest of the name stays."""
    result = CliRunner().invoke(cli, [command, "--data", str(controlled), "--format", fmt])
    assert result.exit_code in (0, 1), result.output
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout and "\u202e" not in result.stdout
    assert "Zorg\\x1b[2J" in result.stdout


def test_control_characters_in_error_messages_are_shown_escaped(controlled):
    result = CliRunner().invoke(cli, ["check", "--data", str(controlled), "-m", "x\x1b[2Jy"])
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr and "x\\x1b[2Jy" in result.stderr


# ------------------------------------------------------------------------------------------- Markdown


@pytest.mark.parametrize("command", ["check", "report", "gaps", "region"])
def test_markdown_rendered_in_a_browser_runs_nothing_from_the_data(command, tmp_path, page):
    """``--format markdown`` on tests/mapdata.py's hostile region (every name an attack string), turned into HTML
    by markdown-it with raw HTML on (as many Markdown viewers do) and opened in headless Chromium. Before
    issue 26 the names went through as raw HTML: 5 alert dialogs for ``check``. Now: no dialog, no request,
    no element carrying an event handler — and the names are there, as text."""
    from mapdata import HOSTILE, hostile_region
    from markdown_it import MarkdownIt

    data = hostile_region(tmp_path / "hostile")
    args = [command, "--data", str(data), "--format", "markdown"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code in (0, 1), result.output
    markdown = result.stdout
    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)
    page.set_content(f"<!doctype html><meta charset=utf-8><body>{html}</body>")
    page.wait_for_timeout(300)  # an <img src=x onerror> fires its error within a few ms
    assert page.dialogs == []
    assert page.external_requests == []
    handlers = "[onerror],[onload],[onclick],[onmouseover],script,iframe,object,embed,img,svg"
    assert page.evaluate(f"document.querySelectorAll('{handlers}').length") == 0
    assert HOSTILE[0] in page.inner_text("body") or HOSTILE[1] in page.inner_text("body")
