"""Limits: huge cells and huge files are handled or refused with a clear message — no hang, no memory blow-up.

- a cell longer than Excel's 32,767 characters is refused (``cell_too_long``),
  also beyond the csv module's own 1 MiB field limit;
- a file over 256 MiB is refused before it is read (``file_too_large``);
- a relations file of 60,000 rows, every one wrong, is reported whole (the
  suggestions are computed for the reported rows only).

No timing is asserted (issue 27: speed is measured by benchmarks/bench.py,
never in the suite); the 50 MB load measured here before is the benchmark's
(its relations.csv at 3,000 municipalities is about 20 MB).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from builders import base_rows, write_region
from click.testing import CliRunner

from regienet.cli import cli
from regienet.errors import DataError
from regienet.load import MAX_CELL_CHARS, MAX_FILE_BYTES, load_dataset

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize("size", [MAX_CELL_CHARS + 1, 1_000_000, 3 * 2**20], ids=["32768", "1 MB", "3 MiB"])
def test_huge_cell_is_refused_with_line_and_column(tmp_path, size):
    actors, relations = base_rows()
    actors[7]["name"] = "x" * size  # line 9
    write_region(tmp_path, actors, relations)
    result = run("validate", "--data", str(tmp_path))
    assert result.exit_code == 2
    assert f"{tmp_path / 'actors.csv'}:9" in result.stdout
    assert f"longer than {MAX_CELL_CHARS} characters" in result.stdout
    if size <= 2**20:  # the csv module stops at 1 MiB, before the column is known
        assert "column name (B)" in result.stdout
    assert "required but blank" not in result.stdout, "no second, misleading problem for the same cell"
    assert len(result.stdout) < 2000, "the huge value is not echoed"
    as_json = json.loads(run("validate", "--data", str(tmp_path), "--format", "json").stdout)
    values = [p["value"] for p in as_json["problems"]]
    assert all(v is None or len(v) <= 41 for v in values), "the value is shortened in JSON too"


def test_huge_cell_in_relations_is_refused_for_check_too(tmp_path):
    actors, relations = base_rows()
    relations[0]["note"] = "é" * 40_000
    write_region(tmp_path, actors, relations)
    result = run("check", "--data", str(tmp_path))
    assert result.exit_code == 2
    assert "relations.csv:2: column note (N)" in result.stderr


def test_file_over_the_limit_is_refused_before_reading(tmp_path):
    write_region(tmp_path, *base_rows())
    with open(tmp_path / "relations.csv", "r+b") as fh:  # sparse: costs no disk and no time
        fh.truncate(MAX_FILE_BYTES + 2**20)
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path)
    (problem,) = info.value.problems
    assert problem.code == "file_too_large" and problem.file.endswith("relations.csv")
    assert "the file is 257 MB; the limit is 256 MB." in problem.render("en")


def test_workbook_over_the_limit_is_refused(tmp_path):
    book = tmp_path / "huge.xlsx"
    with open(book, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    result = run("validate", "--data", str(book))
    assert result.exit_code == 2 and "the limit is 256 MB" in result.stdout


def write_big_region(folder: Path, megabytes: float) -> int:
    """Municipalities, 2,000 enterprises and cooperation ties until relations.csv is *megabytes* MB."""
    folder.mkdir(parents=True, exist_ok=True)
    munis = [f"m{i}" for i in range(20)]
    lines = ["id,name,kind,municipality,activities"]
    for m in munis:
        lines += [f"{m},Gemeente {m},municipality,{m},", f"ocmw_{m},OCMW {m},ocmw,{m},"]
    lines += [f"e{i},Onderneming {i},enterprise,{munis[i % 20]},green|reuse" for i in range(2000)]
    (folder / "actors.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = int(megabytes * 2**20)
    row = "e{a},e{b},cooperation,yes,monthly,{y},samenwerking rond hergebruik en groenonderhoud {n}\n"
    rows, size, n = [], 0, 0
    while size < target:
        line = row.format(
            a=n % 2000, b=(n * 7 + 1) % 2000 if (n * 7 + 1) % 2000 != n % 2000 else (n + 1) % 2000, y=2000 + n % 21, n=n
        )
        rows.append(line)
        size += len(line)
        n += 1
    (folder / "relations.csv").write_text(
        "source,target,kind,formal,frequency,since,note\n" + "".join(rows), encoding="utf-8"
    )
    return n


MEASURE = textwrap.dedent(
    """
    import json, sys
    from regienet.cli import main
    try:
        main(sys.argv[2:])
        code = 0
    except SystemExit as exc:
        code = exc.code
    with open(sys.argv[1], "w") as fh:
        json.dump({"code": code}, fh)
    """
)


def measure(tmp_path: Path, *args: str, timeout: int = 300) -> dict:
    out = tmp_path / "measure.json"
    proc = subprocess.run(
        [sys.executable, "-c", MEASURE, str(out), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "REGIENET_LANG": "en"},
    )
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    result = json.loads(out.read_text())
    result["stdout"], result["stderr"] = proc.stdout, proc.stderr
    return result


def test_5_mb_relations_file_with_errors_is_reported_whole(tmp_path):
    """Every row wrong: every problem is reported, each with its suggestion (difflib, for the reported rows only)."""
    folder = tmp_path / "bad"
    write_big_region(folder, 5)
    text = (folder / "relations.csv").read_text(encoding="utf-8").replace(",cooperation,", ",cooperaton,")
    (folder / "relations.csv").write_text(text.replace("\ne1,", "\nx1,"), encoding="utf-8")
    m = measure(tmp_path, "validate", "--data", str(folder), "--format", "json", timeout=180)
    assert m["code"] == 2
    problems = json.loads(m["stdout"])["problems"]
    assert len(problems) > 50_000
    assert problems[0]["hint"].endswith("Did you mean 'cooperation'?")
