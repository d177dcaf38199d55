"""check_json_text writes exactly what json.dumps(indent=2) writes, only faster."""

from __future__ import annotations

import json

import pytest

from regienet.load import load_dataset
from regienet.model import Region
from regienet.render.emit import emit_text
from regienet.render.views import check as rf
from regienet.rules import Finding, check
from regienet.synth import synth_region, write_region


def expected(results, lang):
    return json.dumps(rf.check_json(results, lang), ensure_ascii=False, indent=2)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_bundled_region(results, lang):
    assert rf.check_json_text(results, lang) == expected(results, lang)


def test_synthetic_region(tmp_path):
    write_region(*synth_region(40, seed=2), tmp_path)
    res = check(Region(load_dataset(tmp_path)))
    assert len(res.findings) > 100
    for lang in ("en", "nl"):
        assert rf.check_json_text(res, lang) == expected(res, lang)
        assert emit_text(res, "json", lang) == expected(res, lang)


def test_hostile_text_and_empty_evidence(results):
    hostile = ['quote " and \\ backslash', "new\nline\ttab", "\x00\x1f control", "émoji 🙂 \u2028", ""]
    extra = [
        Finding("OV01", "OV", "warning", "kortrijk", "rule.OV01.message", {"what": h},
                actors=(h, "x"), relations=((h, "b", "seat"),))
        for h in hostile
    ]  # fmt: skip
    extra.append(Finding("OV03", "OV", "warning", "kortrijk", "rule.OV03.message"))
    results.findings.extend(extra)
    try:
        for lang in ("en", "nl"):
            assert rf.check_json_text(results, lang) == expected(results, lang)
    finally:
        del results.findings[-len(extra) :]


def test_no_findings_and_other_shapes(results, monkeypatch):
    saved = list(results.findings)
    results.findings.clear()
    try:
        assert rf.check_json_text(results, "en") == expected(results, "en")
    finally:
        results.findings.extend(saved)
    # a shape this writer does not know falls back to json.dumps
    original = Finding.to_dict
    monkeypatch.setattr(Finding, "to_dict", lambda self, lang="en": {**original(self, lang), "score": 1})
    assert rf.check_json_text(results, "en") == expected(results, "en")
    monkeypatch.setattr(Finding, "to_dict", lambda self, lang="en": {**original(self, lang), "rule": 7})
    assert rf.check_json_text(results, "en") == expected(results, "en")


# --------------------------------------------------------------------------- report --format json
def report_expected(rep, lang):
    from regienet.render.views.report import report_json

    return json.dumps(report_json(rep, lang), ensure_ascii=False, indent=2)


@pytest.mark.parametrize("municipality", [None, "zwevegem"])
def test_report_json_text_equals_json_dumps_on_the_bundled_region(region, municipality):
    from regienet.analysis.report import build_report

    rep = build_report(region, municipality=municipality)
    for lang in ("en", "nl"):
        assert emit_text(rep, "json", lang) == report_expected(rep, lang)


def test_report_json_text_on_a_synthetic_region_and_odd_shapes(tmp_path, monkeypatch):
    from regienet.analysis.report import build_report

    write_region(*synth_region(30, seed=4), tmp_path)
    rep = build_report(Region(load_dataset(tmp_path)))
    assert sum(len(rep.results.findings_for(m)) for m in rep.municipalities) > 100
    assert emit_text(rep, "json", "nl") == report_expected(rep, "nl")
    # a municipality without findings writes [] like json does
    rep.results.findings[:] = [f for f in rep.results.findings if f.municipality != rep.municipalities[0]]
    assert emit_text(rep, "json", "en") == report_expected(rep, "en")
    # a shape the writer does not know falls back to json.dumps
    original = Finding.to_dict
    monkeypatch.setattr(Finding, "to_dict", lambda self, lang="en": {**original(self, lang), "score": 1})
    assert emit_text(rep, "json", "en") == report_expected(rep, "en")
