"""Streaming exports (issue 16.2): GEXF, GraphML and Kumu written element by element, with the bytes they had.

Where the expected bytes come from:

- ``tests/fixtures/export/*.gz`` were written by the writers of commit a42fff7 (a networkx graph written
  through ElementTree, and one ``json.dumps`` for Kumu) with ``SOURCE_DATE_EPOCH=1700000000``, for the
  bundled data, the region in ``fixtures/export/synth6`` (``regienet synth -n 6 --seed 2``, Kumu in Dutch)
  and the hostile region of ``mapdata``; the bundled files are also what ``regienet export`` of that commit
  wrote;
- ``tests/export_reference.py`` keeps those writers (``flat_graph`` + ElementTree + networkx's GraphML
  writer), so every other region — extra columns named like reserved names, control characters, unicode,
  ``--year``, drawn regions — is compared with them byte for byte.
"""

from __future__ import annotations

import errno
import gzip
import io
import json
import os
from pathlib import Path

import export_reference as reference
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from mapdata import hostile_region, synthetic_region, write_region
from strategies import load_rows, regions
from test_export import EXTRA_COLUMNS, bundled_with

from regienet import export as ex
from regienet.cli import cli
from regienet.load import load_dataset
from regienet.model import Region
from regienet.outputs import atomic_stream

FIXTURES = Path(__file__).parent / "fixtures" / "export"
FORMATS = ("gexf", "graphml", "kumu")


@pytest.fixture(autouse=True)
def _epoch(monkeypatch):
    """The golden GEXF files carry the date of SOURCE_DATE_EPOCH=1700000000 (2023-11-14)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def golden(name: str, fmt: str) -> bytes:
    return gzip.decompress((FIXTURES / f"{name}.{ex.FORMATS[fmt]}.gz").read_bytes())


def assert_same(region: Region, fmt: str, lang: str = "en") -> bytes:
    new = ex.export(region, fmt, lang)
    old = reference.export(region, fmt, lang)
    assert new == old, first_difference(old, new)
    return new


def first_difference(old: bytes, new: bytes) -> str:
    i = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), min(len(old), len(new)))
    return f"first difference at byte {i}: old {old[i - 80 : i + 80]!r} new {new[i - 80 : i + 80]!r}"


# --------------------------------------------------------------------------- golden files


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("name", "folder", "lang"),
    [("bundled", None, "en"), ("synth6", FIXTURES / "synth6", "nl"), ("hostile", "hostile", "en")],
)
def test_the_same_bytes_as_the_golden_files(name, folder, lang, fmt, tmp_path):
    if folder == "hostile":
        folder = hostile_region(tmp_path / "hostile")
    region = Region(load_dataset(folder) if folder else load_dataset())
    lang = lang if fmt == "kumu" else "en"
    new = ex.export(region, fmt, lang)
    assert new == golden(name, fmt), first_difference(golden(name, fmt), new)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_cli_writes_the_golden_bytes(fmt, tmp_path):
    target = tmp_path / "out" / f"region.{ex.FORMATS[fmt]}"
    target.parent.mkdir()
    res = CliRunner().invoke(cli, ["export", "--to", fmt, "-o", str(target)])
    assert res.exit_code == 0, res.output
    assert target.read_bytes() == golden("bundled", fmt)
    res = CliRunner().invoke(cli, ["export", "--to", fmt, "-o", "-"])
    assert res.exit_code == 0 and res.stdout_bytes == golden("bundled", fmt)


def test_the_reference_is_the_golden_writer():
    """The reference writers reproduce the golden files (so comparing with them means comparing with today)."""
    region = Region(load_dataset())
    for fmt in FORMATS:
        assert reference.export(region, fmt) == golden("bundled", fmt)


# --------------------------------------------------------------------------- against the reference writers


@pytest.mark.parametrize(("table", "column"), EXTRA_COLUMNS)
def test_extra_columns_with_reserved_names_same_bytes(table, column, tmp_path):
    region = Region(load_dataset(bundled_with(tmp_path, table, column, value="zz9")))
    for fmt in FORMATS:
        assert_same(region, fmt)


@pytest.mark.parametrize(
    "name",
    [
        "Gemeente\vAnzegem\x1bZuid",  # control characters: a space in XML, kept in Kumu
        'Zwevegem — ‘Ærø’ & <Ĳzer> "quoted" 🌍 \u2028',  # unicode and everything XML escapes
        "tab\there\nnewline\rreturn",  # kept, as character references in attributes
        "  two  spaces  ",  # spaces kept as they are
    ],
)
def test_odd_names_same_bytes(name, tmp_path):
    region = Region(load_dataset(bundled_with(tmp_path, name=name)))
    for fmt in FORMATS:
        assert_same(region, fmt)


def test_numbers_and_text_in_one_column_same_bytes(tmp_path):
    """A column that is a number on one row and text on another (unified to one type), lists, a year."""
    folder = bundled_with(tmp_path, "actors", "extra", value="7")
    rows = (folder / "actors.csv").read_text(encoding="utf-8").splitlines()
    rows[2] = rows[2][: rows[2].rindex(",")] + ",seven|eight"
    (folder / "actors.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    for year in (None, 2009):
        region = Region(load_dataset(folder), year=year)
        for fmt in FORMATS:
            assert_same(region, fmt)


def test_columns_that_become_one_name_same_bytes(tmp_path):
    """Two columns that are one name once the control character is a space, and a relations column the model
    overwrites (``layer``): the schema is then read from the elements, not the columns."""
    folder = bundled_with(tmp_path, "relations", "layer", value="mine")
    region = Region(load_dataset(folder))
    assert not ex._Flattener(region, "gexf").distinct
    for fmt in FORMATS:
        assert_same(region, fmt)
    actors = [
        {"id": "a", "name": "A", "kind": "municipality", "municipality": "a", "x\vy": "1", "x y": "two"},
        {"id": "ocmw_a", "name": "OCMW A", "kind": "ocmw", "municipality": "a", "x y": "3"},
        {"id": "e", "name": "E", "kind": "enterprise", "municipality": "a", "x\vy": "four"},
    ]
    relations = [
        {"source": "a", "target": "e", "kind": "founded"},
        {"source": "a", "target": "ocmw_a", "kind": "agreement"},
    ]
    region = Region(load_dataset(write_region(tmp_path / "b", actors, relations, extra=["x\vy", "x y"])))
    assert not ex._Flattener(region, "graphml").distinct
    for fmt in FORMATS:
        assert_same(region, fmt)


@given(regions(max_municipalities=3, max_enterprises=6, max_relations=30))
def test_drawn_regions_same_bytes(rows):
    region = Region(load_rows(*rows))
    for fmt in FORMATS:
        assert_same(region, fmt)


def test_a_bigger_region_same_bytes(tmp_path):
    region = Region(load_dataset(synthetic_region(tmp_path, n_nodes=1500)))
    for fmt in FORMATS:
        assert_same(region, fmt)


# --------------------------------------------------------------------------- the parts


@given(regions(max_municipalities=3, max_enterprises=6, max_relations=30))
def test_records_are_the_graphs_attributes(rows):
    """The exports read the tables, not ``region.graph``; they see the same attributes, in the same order."""
    region = Region(load_rows(*rows))
    G = region.graph
    nodes = [(n, list(d.items())) for n, d in ex._node_records(region)]
    assert nodes == [(n, list(G.nodes[n].items())) for n in sorted(G.nodes)]
    edges = [(u, v, k, list(d.items())) for u, v, k, d in ex._edge_records(region)]
    in_rid_order = sorted(G.edges(keys=True, data=True), key=lambda e: e[2])
    assert edges == [(u, v, k, list(d.items())) for u, v, k, d in in_rid_order]
    # the files' edge order: as networkx iterates the flat graph the old writers wrote
    order = ex._edge_order(region) if len(region.relations) else []
    grouped = [(u, v, k) for u, v, k, _ in ex._edge_records(region, order)]
    assert grouped == list(reference.flat_graph(region).edges(keys=True))


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_the_schema_from_columns_is_the_schema_from_elements(fmt, tmp_path):
    for folder in (None, hostile_region(tmp_path / "h"), bundled_with(tmp_path, name="A\vB")):
        region = Region(load_dataset(folder) if folder else load_dataset())
        fast = ex._Schema(ex._Flattener(region, fmt))
        slow_flat = ex._Flattener(region, fmt)
        slow_flat.distinct = False
        slow = ex._Schema(slow_flat)
        assert list(fast.node_kinds.items()) == list(slow.node_kinds.items())
        assert list(fast.edge_kinds.items()) == list(slow.edge_kinds.items())
        assert fast.not_xml == slow.not_xml == ex.not_xml_count(region)


def test_the_export_never_builds_the_graph(region):
    """Memory: the graph (a fifth of an export's peak at 3,000 municipalities) is not built for an export."""
    fresh = Region(region.dataset)
    for fmt in FORMATS:
        ex.write_export(fresh, fmt, io.BytesIO())
    ex.not_xml_count(fresh)
    assert "graph" not in fresh.__dict__


class Recorder(io.RawIOBase):
    """A binary file that keeps only the size of each write."""

    def __init__(self) -> None:
        self.sizes: list[int] = []

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        self.sizes.append(len(b))
        return len(b)


def test_written_piece_by_piece(tmp_path):
    """No whole document in memory: the writers hand the file many pieces, none bigger than a buffer."""
    region = Region(load_dataset(synthetic_region(tmp_path, n_nodes=1500)))
    for fmt in FORMATS:
        out = Recorder()
        ex.write_export(region, fmt, out)
        total = sum(out.sizes)
        assert total > 1_000_000 and len(out.sizes) > 10, (fmt, total, len(out.sizes))
        assert max(out.sizes) < 4 * 70_000  # one buffer of 64 K characters (at most 4 bytes each) and one element


def test_progress_counts_every_actor_and_relation_once(region):
    for fmt in FORMATS:
        steps: list[float] = []
        ex.write_export(region, fmt, io.BytesIO(), step=steps.append)
        assert sum(steps) == len(region.actors) + len(region.relations)
        assert len(steps) < 20  # in batches, not a call per element


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
        max_leaves=12,
    )
)
def test_kumu_json_is_json_dumps(value):
    """Each Kumu element is written as ``json.dumps(indent=2)`` writes it (here on any JSON value)."""
    assert ex._json(value) == json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False)


@pytest.mark.parametrize("x", [float("nan"), float("inf"), -float("inf")])
def test_kumu_refuses_nan_and_infinity_as_json_dumps_does(x):
    with pytest.raises(ValueError):
        json.dumps({"x": [x]}, allow_nan=False)
    with pytest.raises(ValueError):
        ex._json({"x": [x]})


# --------------------------------------------------------------------------- whole or nothing


def test_atomic_stream_replaces_the_target_at_the_end(tmp_path):
    target = tmp_path / "r.gexf"
    target.write_bytes(b"old")
    with atomic_stream(target) as fh:
        fh.write(b"new ")
        assert target.read_bytes() == b"old"  # nothing visible until the end
        fh.write(b"file")
    assert target.read_bytes() == b"new file"
    assert [p.name for p in tmp_path.iterdir()] == ["r.gexf"]


@pytest.mark.parametrize("error", [OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), KeyboardInterrupt()])
def test_a_failure_midway_leaves_the_old_file_and_no_temp_file(error, tmp_path):
    from regienet.errors import UsageError

    target = tmp_path / "r.gexf"
    target.write_bytes(b"old")
    expected = UsageError if isinstance(error, OSError) else KeyboardInterrupt
    with pytest.raises(expected), atomic_stream(target) as fh:
        fh.write(b"x" * 200_000)
        raise error
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.gexf"]


def test_atomic_stream_never_writes_over_an_input(tmp_path):
    from regienet.errors import UsageError

    (tmp_path / "actors.csv").write_text("id\n", encoding="utf-8")
    with pytest.raises(UsageError), atomic_stream(tmp_path / "actors.csv", inputs=[tmp_path]) as fh:
        fh.write(b"x")  # pragma: no cover - refused before the body runs
    assert (tmp_path / "actors.csv").read_text(encoding="utf-8") == "id\n"


def test_cli_full_disk_midway_exit_2_and_the_old_file_kept(tmp_path, monkeypatch):
    target = tmp_path / "r.graphml"
    target.write_bytes(b"old")
    real = ex.write_export

    def disk_full(region, fmt, out, lang="en", step=None):
        real(region, fmt, out, lang, step)  # the whole export went to the temporary file …
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # … and then the disk filled up

    monkeypatch.setattr(ex, "write_export", disk_full)
    res = CliRunner().invoke(cli, ["export", "--to", "graphml", "-o", str(target)])
    assert res.exit_code == 2 and "No space left on device" in res.output
    assert "Traceback" not in res.output
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.graphml"]
