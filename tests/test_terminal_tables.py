"""Issue 28.2: the tables of ``report``, ``region`` and ``sensitivity`` fit the terminal (``COLUMNS``), never cut
or wrap a name, and fall back to a stacked layout in a narrow terminal.

Before, the region table was laid out at 110 characters whatever the terminal, and rich cut or wrapped the
Dutch names to fit: "Gemeente⏎Anzegem", "bestuur⏎leidt", "Spiere-Helk…" (the issue's own examples)."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from regienet.cli import cli
from regienet.render.tables import fit_table, stacked_table, terminal_width

#: the 13 municipalities of the bundled data (data/actors.csv, kind municipality)
NAMES = (
    "Gemeente Anzegem",
    "Gemeente Avelgem",
    "Gemeente Deerlijk",
    "Stad Harelbeke",
    "Stad Kortrijk",
    "Gemeente Kuurne",
    "Gemeente Lendelede",
    "Stad Menen",
    "Gemeente Spiere-Helkijn",
    "Stad Waregem",
    "Stad Wervik",
    "Gemeente Wevelgem",
    "Gemeente Zwevegem",
)


def _table(args: list[str], columns: int) -> list[str]:
    out = CliRunner(env={"COLUMNS": str(columns)}).invoke(cli, args, catch_exceptions=False).output
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() in ("Per gemeente", "Per municipality"))
    end = next(i for i in range(start, len(lines)) if lines[i].startswith(("Niveaus 0", "Levels 0")))  # the legend
    return lines[start:end]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_region_table_has_whole_names_on_one_line_at_160(lang):
    table = _table(["report", "--lang", lang], 160)
    assert all(len(line) <= 160 for line in table), max(map(len, table))
    rows = [line for line in table if any(line.startswith(n + " ") for n in NAMES)]
    assert len(rows) == 13, table  # one line per municipality: nothing wrapped
    assert "…" not in "\n".join(table)
    if lang == "nl":  # the governance-mode cell, wrapped before ("bestuur⏎leidt"), stays whole
        assert all(re.search(r"  (bestuur leidt|eigen actor leidt|gedeeld|NAO|geen) +\d+$", line) for line in rows), (
            rows
        )


def test_region_table_breaks_headers_not_names_at_110():
    """At 110 the Dutch table does not fit on one header line: the headers break at their spaces, the
    names and cells stay whole, one line per municipality."""
    table = _table(["report", "--lang", "nl"], 110)
    assert all(len(line) <= 110 for line in table)
    rows = [line for line in table if any(line.startswith(n + " ") for n in NAMES)]
    assert len(rows) == 13
    assert any(line.rstrip().endswith("Regionaal") for line in table)  # "Regionaal⏎bereik"


def test_region_table_is_stacked_at_60():
    table = _table(["report", "--lang", "nl"], 60)
    assert all(len(line) <= 60 for line in table), [line for line in table if len(line) > 60]
    for name in NAMES:
        assert name in table, name  # each municipality's name alone on its own line
    block = table[table.index("Gemeente Zwevegem") :][:6]
    assert any("Vorm: bestuur leidt" in line for line in block), block  # a pair is never split
    assert any("Regionaal bereik: 30 %" in line for line in block), block  # 3 of 10 regional actors (report -m)
    assert any(line.startswith("  OV: 1 · BL: 1 · SA: 1 · VA: 1") for line in block), block  # pairs share a line


def test_region_command_table_fits():
    """``region``'s actor table: stacked at 60 (each regional actor's name alone on a line), one line per
    actor at 160."""
    narrow = CliRunner(env={"COLUMNS": "60"}).invoke(cli, ["region", "--lang", "nl"], catch_exceptions=False).output
    lines = narrow.splitlines()
    assert "Leiedal" in lines and any("Dekking: 0 %" in line for line in lines), narrow[:2000]
    assert all(len(line) <= 60 for line in lines[lines.index("Leiedal") : lines.index("Leiedal") + 5])
    wide = CliRunner(env={"COLUMNS": "160"}).invoke(cli, ["region", "--lang", "nl"], catch_exceptions=False).output
    assert any(line.startswith("RESOC Zuid-West-Vlaanderen ") for line in wide.splitlines()), wide[:2000]


def test_fit_table_layouts():
    header = ["Gemeente", "Regionaal bereik", "Vorm"]
    rows = [["Gemeente Spiere-Helkijn", "20 %", "bestuur leidt"]]
    wide = fit_table(header, rows, width=80)
    assert wide.splitlines()[1] == "Gemeente Spiere-Helkijn  20 %              bestuur leidt"  # as rich lays it out
    middle = fit_table(header, rows, width=50).splitlines()
    assert middle == [
        "                        Regionaal",
        "Gemeente                bereik    Vorm",
        "Gemeente Spiere-Helkijn 20 %      bestuur leidt",
    ]
    assert fit_table(header, rows, width=30) == stacked_table(header, rows, width=30)
    assert stacked_table(header, rows).splitlines() == [
        "Gemeente Spiere-Helkijn",
        "  Regionaal bereik: 20 %",
        "  Vorm: bestuur leidt",
    ]
    assert stacked_table(header, rows, width=60).splitlines()[1] == "  Regionaal bereik: 20 % · Vorm: bestuur leidt"


def test_terminal_width_reads_columns(monkeypatch):
    monkeypatch.setenv("COLUMNS", "137")
    assert terminal_width() == 137
