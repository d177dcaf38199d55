"""Atomic outputs: a file is written whole or not at all, never over an input, and failures exit 2 with the reason.

We run as root in CI, and chmod does not stop root: unwritable places are
made with a path under a regular *file*, a missing folder, or ``/proc``.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path

import pytest
from builders import base_rows, write_region
from click.testing import CliRunner

from regienet.cli import cli
from regienet.errors import UsageError
from regienet.outputs import atomic_write


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_writes_whole_file_and_returns_resolved_path(tmp_path):
    target = tmp_path / "out.csv"
    assert atomic_write(target, "a,b\n") == target.resolve()
    assert target.read_text(encoding="utf-8") == "a,b\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert atomic_write(target, b"\x00\x01") == target.resolve()  # bytes too, replacing the old file
    assert target.read_bytes() == b"\x00\x01"
    assert leftovers(tmp_path) == []


def _fail(exc: BaseException):
    def boom(*args, **kwargs):
        raise exc

    return boom


@pytest.mark.parametrize("where", ["os.replace", "os.fsync"])
def test_a_failure_midway_keeps_the_old_file_and_no_temp_file(tmp_path, monkeypatch, where):
    target = tmp_path / "map.html"
    target.write_text("old", encoding="utf-8")
    name = where.split(".")[1]
    monkeypatch.setattr(os, name, _fail(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))))
    with pytest.raises(UsageError) as info:
        atomic_write(target, "new " * 10_000)
    assert info.value.key == "output.unwritable"
    assert info.value.params["reason"] == os.strerror(errno.ENOSPC)
    assert str(target) in info.value.message("en") and "No space left" in info.value.message("en")
    assert target.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_interrupt_midway_keeps_the_old_file_and_no_temp_file(tmp_path, monkeypatch):
    """Ctrl-C (or any non-OSError) during the write: the exception goes on, the temp file does not stay."""
    target = tmp_path / "report.csv"
    target.write_text("old", encoding="utf-8")
    monkeypatch.setattr(os, "fsync", _fail(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_missing_folder(tmp_path):
    with pytest.raises(UsageError) as info:
        atomic_write(tmp_path / "nope" / "x.csv", "x")
    assert info.value.key == "output.no_folder"
    msg = info.value.message("en")
    assert str(tmp_path / "nope" / "x.csv") in msg and "does not exist" in msg
    assert "bestaat niet" in info.value.message("nl")


def test_folder_that_is_a_file(tmp_path):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(UsageError) as info:
        atomic_write(tmp_path / "file" / "x.csv", "x")
    assert info.value.key == "output.parent_is_file"
    assert "is a file, not a folder" in info.value.message("en")


def test_unwritable_folder():
    with pytest.raises(UsageError) as info:
        atomic_write("/proc/regienet-out.csv", "x")
    assert info.value.key == "output.unwritable"
    assert "/proc/regienet-out.csv" in info.value.message("en") and info.value.params["reason"]


def test_target_that_is_a_folder(tmp_path):
    with pytest.raises(UsageError) as info:
        atomic_write(tmp_path, "x")
    assert info.value.key == "output.is_folder"


def test_never_writes_over_an_input(tmp_path):
    data = write_region(tmp_path / "data", *base_rows())
    before = {p.name: p.read_bytes() for p in data.iterdir()}
    (tmp_path / "link.csv").symlink_to(data / "actors.csv")
    os.link(data / "relations.csv", tmp_path / "hard.csv")
    book = tmp_path / "region.xlsx"
    book.write_bytes(b"PK")
    for target, inputs in [
        (data / "actors.csv", [data]),
        (data / "relations.csv", [data]),
        (data / "actors.csv", [data / "actors.csv"]),
        (tmp_path / "link.csv", [data]),  # a symlink to an input
        (tmp_path / "hard.csv", [data / "relations.csv"]),  # a hard link to an input
        (tmp_path / "data" / ".." / "data" / "actors.csv", [str(data)]),
        (book, [book]),
    ]:
        with pytest.raises(UsageError) as info:
            atomic_write(target, "overwritten", inputs=inputs)
        assert info.value.key == "output.is_input", target
    assert {p.name: p.read_bytes() for p in data.iterdir()} == before
    assert book.read_bytes() == b"PK"
    atomic_write(data / "findings.csv", "fine", inputs=[data])  # other files in the data folder are fine


def test_cli_reports_an_unwritable_output_with_exit_2(tmp_path, monkeypatch):
    """Through a command that writes files (init): exit 2, the path and the reason, no traceback."""
    monkeypatch.setattr(os, "replace", _fail(OSError(errno.EROFS, os.strerror(errno.EROFS))))
    result = CliRunner().invoke(cli, ["init", str(tmp_path / "x")])
    assert result.exit_code == 2, result.output
    assert str(tmp_path / "x" / "actors.csv") in result.stderr and os.strerror(errno.EROFS) in result.stderr
    assert "Traceback" not in result.output
    assert leftovers(tmp_path / "x") == []


def digest(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())
    }


def test_commands_never_touch_their_input(tmp_path):
    data = write_region(tmp_path / "data", *base_rows())
    other = write_region(tmp_path / "other", *base_rows()[:1], base_rows()[1][:-3])
    init = CliRunner().invoke(cli, ["init", str(tmp_path / "book"), "--xlsx"])
    assert init.exit_code == 0
    book = tmp_path / "book" / "region.xlsx"
    before = digest(data), digest(other), digest(book.parent)
    runner = CliRunner()
    for args in (
        ["validate", "--data", str(data)],
        ["check", "--data", str(data), "--format", "csv"],
        ["report", "--data", str(data), "--format", "json"],
        ["gaps", "--data", str(data)],
        ["diff", str(other), str(data)],
        ["validate", "--data", str(book)],
        ["check", "--data", str(book)],
    ):
        result = runner.invoke(cli, args)
        assert result.exit_code in (0, 1), (args, result.output)
    assert (digest(data), digest(other), digest(book.parent)) == before


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--to", "gexf", "-o", "{data}/actors.csv"],
        ["export", "--to", "kumu", "-o", "{data}/relations.csv"],
        ["map", "-o", "{data}/actors.csv"],
        ["map", "-o", "{book}"],
    ],
    ids=lambda a: " ".join(a[:3]),
)
def test_commands_that_write_files_refuse_to_overwrite_their_input(tmp_path, args):
    data = write_region(tmp_path / "data", *base_rows())
    CliRunner().invoke(cli, ["init", str(tmp_path / "b"), "--xlsx"])
    book = tmp_path / "b" / "region.xlsx"
    source = str(book) if "{book}" in args else str(data)
    before = digest(data), digest(book.parent)
    result = CliRunner().invoke(cli, [*(a.format(data=data, book=book) for a in args), "--data", source])
    assert result.exit_code == 2, result.output
    assert "refusing to overwrite input file" in result.stderr
    assert (digest(data), digest(book.parent)) == before


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--to", "graphml", "-o", "{file}/x.graphml"],
        ["map", "-o", "/proc/regienet-map.html"],
        ["workshop", "-m", "a", "-o", "{file}/sub"],
        ["synth", "-n", "2", "-o", "{file}/sub"],
        ["init", "{file}/sub"],
    ],
    ids=lambda a: a[0],
)
def test_commands_that_write_files_exit_2_on_an_unwritable_place(tmp_path, args):
    data = write_region(tmp_path / "data", *base_rows())
    afile = tmp_path / "file"
    afile.write_text("x", encoding="utf-8")
    argv = [a.format(file=afile) for a in args]
    if argv[0] not in ("synth", "init"):
        argv += ["--data", str(data)]
    result = CliRunner().invoke(cli, [*argv, "--lang", "en"])  # workshop speaks Dutch by default
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)
    assert any(w in result.stderr for w in ("cannot write", "cannot create", "not a folder")), result.stderr
    assert ("/proc/" in result.stderr) or str(afile) in result.stderr, "the message names the path"
