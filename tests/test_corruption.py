"""Broken files never crash, never hang: exit 0, 1 or 2 and a message, never a traceback.

Valid random regions are written to disk and then damaged the ways files
from many hands get damaged (``strategies.corruptions``): truncated at any
byte, stray quotes and delimiters, NUL bytes, shuffled, duplicated or lost
lines, re-encoded as latin-1 or UTF-16 (with and without BOM), Windows-1252
bytes that are undefined, mixed line endings. ``regienet validate`` and
``regienet check`` run in-process through click's CliRunner; an exception
escaping the command is what ``regienet.cli.main`` would turn into exit 70
("internal error") — that must never happen for bad input. A few cases also
run in a real subprocess with a timeout, to prove there is no hang.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from builders import base_rows, write_region
from click.testing import CliRunner
from hypothesis import given
from strategies import corrupt, corruptions, region_csv, regions

from regienet.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def assert_handled(result, args) -> None:
    """Exit 0/1/2, no exception escaping, no traceback; exit 2 says why on stderr."""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"{args}: {type(result.exception).__name__}: {result.exception}") from result.exception
    assert result.exit_code in (0, 1, 2), (args, result.exit_code, result.output)
    assert "Traceback" not in result.output
    if result.exit_code == 2:
        assert result.stderr.strip(), args


@given(regions(max_municipalities=2, max_enterprises=4, max_relations=15), corruptions())
def test_corrupted_files_are_reported_not_crashed(rows, plan):
    texts = dict(zip(("actors.csv", "relations.csv"), region_csv(*rows), strict=True))
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in texts.items():
            Path(tmp, name).write_bytes(corrupt(text.encode("utf-8"), plan[name]))
        runner = CliRunner()
        for args in (["validate", "--data", tmp], ["check", "--data", tmp, "--format", "json"]):
            assert_handled(runner.invoke(cli, args), args)


@given(corruptions())
def test_corrupted_bundled_style_region_in_dutch(plan):
    """The hand-made region (richer than the random ones), messages in Dutch."""
    with tempfile.TemporaryDirectory() as tmp:
        write_region(Path(tmp), *base_rows())
        for name, ops in plan.items():
            p = Path(tmp, name)
            p.write_bytes(corrupt(p.read_bytes(), ops))
        args = ["validate", "--data", tmp, "--lang", "nl", "--format", "csv"]
        assert_handled(CliRunner().invoke(cli, args), args)


def _write(folder: Path, actors: bytes | None = None, relations: bytes | None = None) -> Path:
    write_region(folder, *base_rows())
    if actors is not None:
        (folder / "actors.csv").write_bytes(actors)
    if relations is not None:
        (folder / "relations.csv").write_bytes(relations)
    return folder


def _good(name: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        return (write_region(Path(tmp), *base_rows()) / name).read_bytes()


SUBPROCESS_CASES = {
    "unclosed quote swallows the file": lambda: (None, b'source,target,kind\n"a,own,founded\n' + b"x,y,z\n" * 5000),
    "unclosed quote beyond 1 MiB": lambda: (None, b'source,target,kind\n"a,own,founded\n' + b"x" * (2 * 2**20)),
    "NUL bytes": lambda: (_good("actors.csv").replace(b"\n", b"\x00\n", 3), None),
    "UTF-16 without BOM": lambda: (_good("actors.csv").decode().encode("utf-16-le"), None),
    "truncated in the middle of a row": lambda: (None, _good("relations.csv")[:777]),
    "a million delimiters on one line": lambda: (None, b"source,target,kind\n" + b"," * 1_000_000 + b"\n"),
    "only a BOM": lambda: (b"\xef\xbb\xbf", None),
}


@pytest.mark.parametrize("case", SUBPROCESS_CASES)
def test_no_hang_and_no_traceback_in_a_real_process(tmp_path, case):
    actors, relations = SUBPROCESS_CASES[case]()
    folder = _write(tmp_path, actors, relations)
    env = {**os.environ, "REGIENET_LANG": "en"}
    env.pop("REGIENET_DEBUG", None)
    for command in ("check",):  # check validates first; validate itself runs in-process above
        proc = subprocess.run(
            [sys.executable, "-m", "regienet", command, "--data", str(folder)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert proc.returncode in (0, 1, 2), (command, proc.returncode, proc.stderr[-2000:])
        assert "Traceback" not in proc.stderr + proc.stdout
        assert "internal error" not in proc.stderr
        if proc.returncode == 2:
            assert str(folder) in proc.stderr or "relations.csv" in proc.stderr or "actors.csv" in proc.stderr
