"""Loader bugs found while hardening (issue 7), one regression test each.

Each of these crashed, hung, or silently changed results before it was fixed:
a 20-digit count crashed the integer conversion; ``inf`` was a valid number
of jobs; an Arabic-Indic digit passed the integer check and vanished; a data
column named ``rid`` overwrote the relation ids (and so the findings); a
column named ``key`` crashed the graph; a UTF-16 file without BOM was "binary";
the "undecodable" message could blame a perfectly good ``é``; an unclosed
quote or a 3 MiB cell stopped the parser and every later id became "unknown".
"""

from __future__ import annotations

import pytest
from builders import base_rows, write_region
from click.testing import CliRunner

from regienet.cli import cli
from regienet.errors import DataError
from regienet.load import load_dataset
from regienet.model import Region
from regienet.rules import check


def problems(folder) -> list[tuple]:
    with pytest.raises(DataError) as info:
        load_dataset(folder)
    return [(p.file.rsplit("/", 1)[-1], p.line, p.column, p.value, p.code) for p in info.value.problems]


@pytest.mark.parametrize(
    ("column", "value", "code"),
    [
        ("council_mentions", "99999999999999999999", "implausible_number"),  # crashed: cannot cast float64 to int64
        ("council_mentions", "9" * 400, "implausible_number"),  # crashed: cannot convert float infinity to integer
        ("jobs", "inf", "implausible_number"),  # was accepted as infinitely many jobs
        ("jobs", "1e999", "implausible_number"),
        ("lat", "-inf", "implausible_number"),
        ("council_mentions", "٣", "bad_integer"),  # Arabic-Indic 3: passed the check, then silently blank
        ("jobs", "٣", "bad_number"),
    ],
)
def test_numbers_that_are_not_usable(tmp_path, column, value, code):
    actors, relations = base_rows()
    row = 0 if column != "jobs" else 6  # the municipality a, or the enterprise own
    actors[row][column] = value
    write_region(tmp_path, actors, relations)
    assert problems(tmp_path) == [("actors.csv", row + 2, column, value, code)]
    result = CliRunner().invoke(cli, ["check", "--data", str(tmp_path)])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("name", ["rid", "line", "RID", "Line"])
@pytest.mark.parametrize("table", ["actors", "relations"])
def test_reserved_column_names_are_refused(tmp_path, table, name):
    """A data column ``rid`` used to overwrite the relation ids: different findings, no message."""
    actors, relations = base_rows()
    for row in actors if table == "actors" else relations:
        row[name] = "7"
    write_region(tmp_path, actors, relations)
    found = problems(tmp_path)
    assert len(found) == 1
    file, line, column, value, code = found[0]
    assert (file, line, column, value, code) == (f"{table}.csv", 1, name, name, "reserved_column")


@pytest.mark.parametrize("name", ["key", "node_for_adding", "u_for_edge", "v_for_edge", "layer", "directed"])
def test_extra_columns_with_networkx_keyword_names_build_a_graph(tmp_path, name):
    actors, relations = base_rows()
    for row in actors + relations:
        row[name] = "x"
    write_region(tmp_path, actors, relations)
    region = Region(load_dataset(tmp_path))
    graph = region.graph  # crashed: add_edge() got multiple values for argument 'key'
    assert graph.number_of_edges() == len(relations)
    assert graph.nodes["own"][name] == "x"
    assert {d["layer"] for _, _, d in graph.edges(data=True)} <= {"governance", "economic", "policy", "cooperation"}


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16"])
def test_utf16_with_or_without_bom_loads(tmp_path, encoding):
    write_region(tmp_path / "ref", *base_rows())
    for name in ("actors.csv", "relations.csv"):
        text = (tmp_path / "ref" / name).read_text(encoding="utf-8").replace("Steunpunt", "Steunpunt Ωmega é")
        (tmp_path / "ref" / name).write_text(text, encoding="utf-8")
        (tmp_path / name).write_bytes(text.encode(encoding))
    a, b = load_dataset(tmp_path / "ref"), load_dataset(tmp_path)
    assert a.actors.equals(b.actors) and a.relations.equals(b.relations)


def test_undecodable_names_the_byte_that_is_undefined(tmp_path):
    actors, relations = base_rows()
    actors[6]["name"] = "Café"
    write_region(tmp_path, actors, relations)
    data = (tmp_path / "actors.csv").read_text(encoding="utf-8").encode("cp1252")
    lines = data.split(b"\n")
    lines[9] = lines[9].replace(b"Wasserij", b"Wasserij\x81")  # line 10: a byte Windows-1252 does not define
    (tmp_path / "actors.csv").write_bytes(b"\n".join(lines))
    assert problems(tmp_path) == [("actors.csv", 10, None, "0x81", "undecodable")]  # not 0xe9, the 'é' on line 8


def test_unclosed_quote_is_one_clear_problem(tmp_path):
    write_region(tmp_path, *base_rows())
    text = (tmp_path / "relations.csv").read_text(encoding="utf-8")
    (tmp_path / "relations.csv").write_text(
        text.replace("a,own,seat", '"a,own,seat', 1) + "x,y,cooperation\n" * 3000, encoding="utf-8"
    )
    found = problems(tmp_path)
    assert len(found) == 1
    assert found[0][1:3] == (3, "source") and found[0][4] == "unclosed_quote"
    message = CliRunner().invoke(cli, ["validate", "--data", str(tmp_path)]).stdout
    assert "runs over 30" in message and "probably never closed" in message


def test_cell_beyond_the_csv_modules_limit_does_not_lose_the_rest_of_the_file(tmp_path):
    actors, relations = base_rows()
    actors[6]["provenance"] = "p" * (3 * 2**20)
    write_region(tmp_path, actors, relations)
    assert problems(tmp_path) == [("actors.csv", 8, "provenance", "p" * 40 + "…", "cell_too_long")]


def test_suggestions_still_offered_for_reported_rows(tmp_path):
    """Suggestions are computed lazily now; they must still appear."""
    actors, relations = base_rows()
    relations[0]["source"] = "ocmw_aa"
    relations[1]["kind"] = "seet"
    actors[7]["operates_in"] = "a|bb"
    write_region(tmp_path, actors, relations)
    out = CliRunner().invoke(cli, ["validate", "--data", str(tmp_path)]).stdout
    assert "Did you mean 'ocmw_a'?" in out and "Did you mean 'seat'?" in out and "Did you mean 'b'?" in out


def test_findings_unchanged_by_the_loader_speedups(results):
    """The bundled region gives the same findings as before (calibration tests pin the details)."""
    assert len(results.findings) > 0
    region = results.region
    again = check(Region(load_dataset(region.dataset.source)))
    assert [f.to_dict() for f in again.findings] == [f.to_dict() for f in results.findings]
