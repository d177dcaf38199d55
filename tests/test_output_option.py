"""``-o`` means one thing per kind of command: a file (created with its folders, written whole or not at
all) for commands that write one document, a folder for those that write several files.

Before: ``map -o new/dir/map.html`` and ``export -o new/dir/x.gexf`` failed on the missing folder,
``workshop -o handout.html`` made a folder called handout.html, and check/report/gaps had no ``-o``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from regienet.cli import cli
from regienet.errors import UsageError
from regienet.outputs import atomic_stream

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("command", [["check"], ["report"], ["gaps"], ["region"], ["rules"], ["validate"]])
@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_file_output_equals_stdout_and_creates_folders(command, fmt, tmp_path):
    runner = CliRunner()
    printed = runner.invoke(cli, [*command, "--format", fmt])
    assert printed.exit_code in (0, 1), printed.output
    target = tmp_path / "new" / "dir" / f"out.{fmt}"
    written = runner.invoke(cli, [*command, "--format", fmt, "-o", str(target)])
    assert written.exit_code == printed.exit_code, written.output
    assert target.read_bytes().decode("utf-8") == printed.stdout
    assert str(target) in written.stdout  # "Wrote …"
    assert [p.name for p in target.parent.iterdir()] == ["out.json" if fmt == "json" else "out.csv"]  # no temp left


def test_map_creates_missing_folders(tmp_path):
    target = tmp_path / "new" / "dir" / "map.html"
    result = CliRunner().invoke(cli, ["map", "-m", "anzegem", "-o", str(target), "-q"])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")


def test_export_creates_missing_folders(tmp_path):
    target = tmp_path / "new" / "dir" / "region.json"
    result = CliRunner().invoke(cli, ["export", "--to", "kumu", "-o", str(target), "-q"])
    assert result.exit_code == 0, result.output
    assert target.stat().st_size > 0


def test_a_file_in_the_way_of_the_folders_is_refused(tmp_path):
    (tmp_path / "blocker").write_text("x")
    result = CliRunner().invoke(cli, ["rules", "-o", str(tmp_path / "blocker" / "sub" / "rules.txt")])
    assert result.exit_code == 2
    assert "blocker" in result.output and "Traceback" not in result.output


def test_file_output_never_overwrites_the_input(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    for name in ("actors.csv", "relations.csv"):
        (data / name).write_bytes((ROOT / "data" / name).read_bytes())
    before = (data / "actors.csv").read_bytes()
    result = CliRunner().invoke(cli, ["check", "--data", str(data), "--format", "csv", "-o", str(data / "actors.csv")])
    assert result.exit_code == 2
    assert (data / "actors.csv").read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [
        ["workshop", "-m", "anzegem", "-o", "handout.html"],
        ["workshop", "--region", "-o", "region.HTML"],
        ["synth", "-n", "3", "-o", "region.csv"],
        ["survey", "make", "-o", "answers.xlsx"],
    ],
)
def test_folder_outputs_refuse_a_file_name(args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    name = args[-1]
    assert name in result.output and "folder" in result.output
    assert not (tmp_path / name).exists()  # nothing made


def test_folder_output_message_in_dutch(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["workshop", "-m", "anzegem", "--lang", "nl", "-o", "handout.html"])
    assert result.exit_code == 2
    assert "lijkt een bestandsnaam" in result.output


@pytest.mark.parametrize("lang,word", [("en", "folder"), ("nl", "map")])
@pytest.mark.parametrize("command", [["workshop"], ["synth"], ["survey", "make"]])
def test_help_says_o_is_a_folder(command, lang, word):
    result = CliRunner().invoke(cli, [*command, "--lang", lang, "--help"])
    line = " ".join(result.output.split("-o, --o", 1)[1].split("--", 1)[0].split()).lower()
    assert ("DIR" if lang == "en" else "MAP") in result.output and word in line  # the metavar in --lang too


def test_workshop_writes_into_a_folder(tmp_path):
    result = CliRunner().invoke(cli, ["workshop", "-m", "anzegem", "-o", str(tmp_path / "handouts" / "2026")])
    assert result.exit_code == 0, result.output
    assert [p.name for p in (tmp_path / "handouts" / "2026").iterdir()] == ["workshop-anzegem.html"]


def test_atomic_stream_is_whole_or_nothing(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_stream(target, text=True) as fh:
        fh.write("half of a new")
        raise RuntimeError("interrupted")
    assert target.read_text() == "old"
    assert sorted(os.listdir(tmp_path)) == ["out.json"]
    with atomic_stream(target, text=True) as fh:
        fh.write("new\n")
    assert target.read_bytes() == b"new\n"
    assert oct(target.stat().st_mode & 0o777) == oct(0o644)


def test_atomic_stream_refuses_a_missing_folder_unless_asked(tmp_path):
    with pytest.raises(UsageError), atomic_stream(tmp_path / "missing" / "out.txt"):
        pass
    with atomic_stream(tmp_path / "missing" / "out.txt", parents=True) as fh:
        fh.write(b"x")
    assert (tmp_path / "missing" / "out.txt").read_text() == "x"
