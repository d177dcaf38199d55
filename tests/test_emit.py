"""The output layer (regienet.render.emit): one table of renderers, one JSON envelope, streaming writers.

Where expected values come from:
* the snapshots in tests/snapshots/emit/ (readable outputs, compared by
  ``tests/snapshot.py`` with a diff on failure) were written by regienet
  *before* the output layer (commit a42fff7, ``regienet CMD --data data …`` run
  from the repository root), so equality proves the bytes did not change.
  After an intended change of the output, rewrite them with
  ``REGIENET_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_emit.py`` and read
  the diff.
* ``json.dumps(…, ensure_ascii=False, indent=2)`` is the reference for every
  streamed JSON document (what regienet wrote before, as one string).
"""

from __future__ import annotations

import ast
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from snapshot import assert_snapshot

from regienet.cli import cli
from regienet.render.emit import FORMATS, emit, emit_text
from regienet.render.jsonstream import Repeated, Stream, StreamDict, materialize, write_json

ROOT = Path(__file__).resolve().parent.parent

#: snapshot (under tests/snapshots/emit/) → the command line that wrote it (run in the repository root)
GOLDEN_RUNS = {
    **{
        f"check-{lang}.{ext}": ["check", "--data", "data", "--lang", lang, "--format", fmt]
        for lang in ("en", "nl")
        for ext, fmt in (("json", "json"), ("csv", "csv"), ("txt", "text"), ("md", "markdown"))
    },
    **{f"report-{lang}.csv": ["report", "--data", "data", "--lang", lang, "--format", "csv"] for lang in ("en", "nl")},
    **{
        f"gaps-{lang}.{ext}": ["gaps", "--data", "data", "--lang", lang, "--format", fmt]
        for lang in ("en", "nl")
        for ext, fmt in (("json", "json"), ("csv", "csv"), ("txt", "text"))
    },
    "report-nl.json": ["report", "--data", "data", "--lang", "nl", "--format", "json"],
    "report-en.txt": ["report", "--data", "data", "--lang", "en", "--format", "text"],
    "report-anzegem-nl.json": ["report", "--data", "data", "--lang", "nl", "--format", "json", "-m", "anzegem"],
    "report-anzegem-en.md": ["report", "--data", "data", "--lang", "en", "--format", "markdown", "-m", "anzegem"],
    "validate-en.json": ["validate", "--data", "data", "--format", "json"],
    "rules-nl.txt": ["rules", "--lang", "nl"],
    "region-en.json": ["region", "--data", "data", "--format", "json"],
}


def _run(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(cli, [*args, "-q"] if args[0] in ("check", "report", "gaps", "region") else args)
    return result.exit_code, result.stdout


# views2 (issue 27): the text and Markdown of region, whatif, sensitivity and the catalogue kinds, so that a change
# of their view or of a writer shows as a diff (written by the views of branch views2, read before committing)
GOLDEN_RUNS.update(
    {
        "region-nl.txt": ["region", "--data", "data", "--lang", "nl"],
        "region-en.md": ["region", "--data", "data", "--format", "markdown"],
        "whatif-zwevegem-reach-nl.txt": ["whatif", "--data", "data", "-m", "zwevegem", "--reach", "SA=2", "--lang", "nl"],
        "whatif-zwevegem-add-en.md": [
            "whatif", "--data", "data", "-m", "zwevegem", "--add", "zwevegem", "waak", "informs",
            "--remove", "zwevegem", "proper_zwevegem", "consulted", "--format", "markdown",
        ],
        "sensitivity-zwevegem-nl.txt": ["sensitivity", "--data", "data", "-m", "zwevegem", "--lang", "nl", "-q"],
        "sensitivity-wervik-en.md": ["sensitivity", "--data", "data", "-m", "wervik", "--format", "markdown", "-q"],
        "rules-en.md": ["rules", "--format", "markdown"],
        "explain-SA05-nl.txt": ["explain", "SA05", "--lang", "nl"],
        "explain-SA05-en.md": ["explain", "SA05", "--format", "markdown"],
        "explain-levels-en.txt": ["explain", "levels"],
        "explain-governance-nl.md": ["explain", "governance", "--lang", "nl", "--format", "markdown"],
        "explain-metrics-en.txt": ["explain", "metrics"],
    }
)  # fmt: skip


@pytest.mark.parametrize("name", sorted(GOLDEN_RUNS))
def test_output_is_byte_identical_to_before(name, monkeypatch):
    """Every command × format × language in the snapshot set writes the bytes it wrote before the output layer."""
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("REGIENET_LANG", raising=False)
    code, out = _run(GOLDEN_RUNS[name])
    assert code in (0, 1), out
    assert_snapshot(f"emit/{name}", out)


# ------------------------------------------------------------------------------------ streamed JSON

DOCS = [
    {},
    [],
    {"a": [], "b": {}, "c": [{}], "d": None, "e": 1.5, "f": 'é → \u2028 \x00 "quoted"', "g": [1, [2, [3]]]},
    {"version": 1, "n": float("nan"), "keys": {1: "int", 2.5: "float", False: "bool", None: "none"}},
]


@pytest.mark.parametrize("doc", DOCS)
def test_write_json_is_json_dumps(doc):
    buf = io.StringIO()
    write_json(buf, doc)
    assert buf.getvalue() == json.dumps(doc, ensure_ascii=False, indent=2)


def _streamed(doc):
    """*doc* with every list a Stream of a generator and every dict with list values a StreamDict."""
    if isinstance(doc, list):
        return Stream(_streamed(v) for v in doc)
    if isinstance(doc, dict):
        return StreamDict((k, _streamed(v)) for k, v in doc.items())
    return doc


@pytest.mark.parametrize("doc", [*DOCS, {"outer": {"inner": [{"x": [1, 2]}, {"y": {}}], "z": []}}])
def test_streams_write_what_json_dumps_writes(doc):
    """Generators are consumed item by item, and still give json.dumps's bytes (empty ones too)."""
    buf = io.StringIO()
    write_json(buf, _streamed(doc))
    assert buf.getvalue() == json.dumps(doc, ensure_ascii=False, indent=2)
    assert json.dumps(materialize(_streamed(doc))) == json.dumps(doc)


def test_fast_item_writer_falls_back_to_json_for_other_shapes():
    def picky(item, depth):
        if "odd" in item:
            raise KeyError("shape")
        return json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * depth)

    items = [{"a": 1}, {"odd": [1]}, {"b": "é"}]
    buf = io.StringIO()
    write_json(buf, StreamDict({"items": Stream(iter(items), picky)}.items()))
    assert buf.getvalue() == json.dumps({"items": items}, ensure_ascii=False, indent=2)


def test_repeated_parts_are_written_once_per_key_and_depth_and_read_as_json_dumps():
    """A Repeated value's text is made once per (key, depth): the same object nested deeper is indented
    for its own depth, and the document is json.dumps's bytes (check's levels and level_details use it)."""
    part = {"level": 1, "rules_fired": ["SA02", "SA04"], "rules_passed": []}
    doc = {"a": {"OV": part, "BL": part}, "b": [part, {"deeper": part}]}
    calls = []

    class Counted(dict):
        def items(self):
            calls.append(1)
            return super().items()

    shared = Repeated(Counted(part), "k")
    streamed = StreamDict(
        [
            ("a", StreamDict([("OV", shared), ("BL", shared)])),
            ("b", Stream([shared, StreamDict([("deeper", Repeated(part, "k"))])])),
        ]
    )
    buf = io.StringIO()
    write_json(buf, streamed)
    assert buf.getvalue() == json.dumps(doc, ensure_ascii=False, indent=2)
    assert len(calls) == 1  # depth 2 twice (once made), depth 2 in the list (memo), depth 3 made from `part`
    assert materialize(streamed) == doc


@pytest.fixture(scope="module")
def synth_region(tmp_path_factory):
    """A small synthetic region (regienet synth, 12 municipalities, seed 3): another shape than the bundled data."""
    from regienet.synth import Synth, write_region

    folder = tmp_path_factory.mktemp("synth12")
    actors, relations = Synth(12, 3).build(None)
    write_region(actors, relations, folder)
    return folder


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_streamed_check_report_gaps_equal_json_dumps(synth_region, lang):
    """check/report/gaps JSON as streamed == json.dumps of the same document held whole (the old writer)."""
    from regienet.analysis.gaps import ranked_gaps
    from regienet.analysis.report import build_report
    from regienet.load import load_dataset
    from regienet.model import Region
    from regienet.render.views.check import check_json
    from regienet.render.views.report import report_json
    from regienet.rules import check

    region = Region(load_dataset(synth_region))
    results = check(region)
    assert emit_text(results, "json", lang) == json.dumps(check_json(results, lang), ensure_ascii=False, indent=2)
    rep = build_report(region)
    assert emit_text(rep, "json", lang) == json.dumps(report_json(rep, lang), ensure_ascii=False, indent=2)
    gaps = ranked_gaps(region, results)
    expected = {
        "version": 1,
        "data": region.dataset.source,
        "suggestions": [s.to_dict(region, lang) for s in gaps.items],
    }
    assert emit_text(gaps, "json", lang) == json.dumps(expected, ensure_ascii=False, indent=2)


def test_check_json_is_streamed_not_held(synth_region, monkeypatch):
    """The findings reach the output one by one: json.dumps never sees the findings list."""
    from regienet.load import load_dataset
    from regienet.model import Region
    from regienet.rules import check

    results = check(Region(load_dataset(synth_region)))
    assert len(results.findings) > 10
    seen: list[int] = []

    class Spy(io.StringIO):
        def write(self, s):
            seen.append(len(s))
            return super().write(s)

    real = json.dumps

    def guarded(obj, *args, **kwargs):
        assert not (isinstance(obj, dict) and isinstance(obj.get("findings"), list) and len(obj["findings"]) > 1)
        return real(obj, *args, **kwargs)

    monkeypatch.setattr(json, "dumps", guarded)
    out = Spy()
    emit(results, "json", "en", out)
    assert len(seen) > len(results.findings)  # at least one write per finding
    assert max(seen) < 20_000  # no write holds the document


# ------------------------------------------------------------------------------------------ views and writers


def test_every_kind_of_result_has_a_view_registered_by_type():
    """A result's view is found by its type (functools.singledispatch), not by a name string: the fourteen
    kinds of the CLI's JSON contract (DESIGN §5), each by its class, and nothing looked up by name in emit."""
    from regienet.analysis.diff import Diff
    from regienet.analysis.gaps import Gaps
    from regienet.analysis.region import RegionAnalysis
    from regienet.analysis.report import Report
    from regienet.analysis.sensitivity import Sensitivity
    from regienet.analysis.whatif import Evaluation
    from regienet.render.views import view_of
    from regienet.render.views.catalogue import GovernanceDoc, LevelsDoc, MetricsDoc, RuleCatalogue, RuleDoc
    from regienet.render.views.survey import Collected
    from regienet.render.views.validation import Validation
    from regienet.rules import Results

    kinds = {Results, Report, Gaps, Diff, RegionAnalysis, Evaluation, Sensitivity, Collected, Validation}
    kinds |= {RuleCatalogue, RuleDoc, LevelsDoc, GovernanceDoc, MetricsDoc}
    assert set(view_of.registry) - {object} == kinds
    source = (ROOT / "regienet" / "render" / "emit.py").read_text(encoding="utf-8")
    assert "importlib" not in source and "getattr" not in source
    with pytest.raises(TypeError, match="no view for dict"):
        emit({}, "json", "en", io.StringIO())


def test_every_format_is_one_writer():
    from regienet.render.writers import WRITERS

    assert FORMATS == tuple(WRITERS) == ("text", "markdown", "json", "csv", "html")


def test_no_format_dispatcher_left_in_render_and_cli():
    """Formats are chosen by the table in emit.py, not by ``if fmt == …`` in each renderer or command."""
    offenders = []
    for path in [*(ROOT / "regienet" / "render").glob("*.py"), *(ROOT / "regienet" / "cli").glob("*.py")]:
        if path.name in ("emit.py", "map.py", "docs.py", "handout.py", "handout_region.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Compare)
                and isinstance(node.left, ast.Name)
                and node.left.id == "fmt"
                and any(isinstance(c, ast.Constant) and c.value in FORMATS for c in node.comparators)
            ):
                offenders.append(f"{path.name}:{node.lineno}")
    assert not offenders, offenders


# ------------------------------------------------------------------------------------------ envelope


def test_the_json_version_is_written_in_one_place():
    """``"version": 1`` is built by regienet.outputs.envelope only (it was spelled out in ten modules)."""
    places = []
    for path in (ROOT / "regienet").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                for key in node.keys:
                    if isinstance(key, ast.Constant) and key.value == "version":
                        places.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    # export.py: the GEXF root element's XML attribute version="1.2", not a regienet JSON document
    assert [p for p in places if not p.startswith(("regienet/outputs.py", "regienet/export.py"))] == []


ENVELOPED = {
    "check": ["check", "-q"],
    "report": ["report", "-q"],
    "report -m": ["report", "-m", "anzegem", "-q"],
    "gaps": ["gaps", "-q"],
    "region": ["region", "-q"],
    "diff": ["diff", "--years", "2008", "2010", "-q"],
    "whatif": ["whatif", "-m", "anzegem", "--reach", "SA=3"],
    "validate": ["validate"],
    "rules": ["rules"],
    "explain levels": ["explain", "levels"],
    "explain governance": ["explain", "governance"],
    "explain metrics": ["explain", "metrics"],
}


@pytest.mark.parametrize("name", sorted(ENVELOPED))
def test_every_json_document_opens_with_the_envelope(name):
    result = CliRunner().invoke(cli, [*ENVELOPED[name], "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    doc = json.loads(result.stdout)
    assert next(iter(doc)) == "version" and doc["version"] == 1


def test_headings_asked_at_one_level_stay_siblings_and_never_skip_a_level():
    """Found looking at ``report --format html``: the region report asks for its component headings at level 3
    right under the title; the writers lowered only the first to ``<h2>`` (no skipped level) and left the
    others at ``<h3>``, so OV looked like a section and BL, SA, VA like its subsections. All five are siblings."""
    from regienet.render.view import Heading, Paragraph, Title, outline

    blocks = [Title("t"), Heading("OV", 3), Paragraph("p"), Heading("BL", 3), Heading("sub", 4), Heading("SA", 3)]
    assert [b.level for b in outline(blocks) if isinstance(b, Heading)] == [2, 2, 3, 2]
    from regienet.analysis.report import build_report
    from regienet.load import load_dataset
    from regienet.model import Region

    md = emit_text(build_report(Region(load_dataset(None))), "markdown", "en")
    marks = [line.split(" ")[0] for line in md.splitlines() if line.startswith("#")]
    assert marks[0] == "#" and set(marks[1:]) == {"##"}, marks
