"""Every number explains itself: the glossary covers every metric the report prints, in both languages."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

from regienet.cli import cli
from regienet.glossary import GLOSSARY, REGION_COLUMNS, glossary
from regienet.i18n import LANGUAGES, t

NOT_METRICS = {"municipality", "name"}  # CSV identity columns


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def report_json():
    return json.loads(run("report", "--format", "json"))


def test_every_connectivity_key_has_a_glossary_entry(report_json):
    """Fails when a metric is added to metrics.connectivity without a meaning in regienet.glossary.GLOSSARY."""
    for m, entry in report_json["municipalities"].items():
        missing = set(entry["connectivity"]) - set(GLOSSARY)
        assert not missing, f"{m}: no glossary entry for {sorted(missing)}"


def test_every_csv_column_has_a_glossary_entry():
    header = next(csv.reader(io.StringIO(run("report", "--format", "csv").lstrip("\ufeff"))))
    missing = set(header) - NOT_METRICS - set(GLOSSARY)
    assert not missing, f"CSV columns without a glossary entry: {sorted(missing)}"


def test_region_table_columns_are_in_the_glossary():
    for _, keys in REGION_COLUMNS:
        assert set(keys) <= set(GLOSSARY)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_report_json_carries_the_glossary_in_its_language(lang):
    data = json.loads(run("report", "--format", "json", "--lang", lang))
    assert data["glossary"] == glossary(lang)
    assert set(data["glossary"]) == set(GLOSSARY)
    assert all(text.strip() and "\n" not in text for text in data["glossary"].values())


def test_glossary_is_bilingual():
    en, nl = glossary("en"), glossary("nl")
    assert [k for k in en if en[k] == nl[k]] == []


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "csv"])
def test_explain_metrics_lists_every_metric(fmt, lang):
    out = run("explain", "metrics", "--format", fmt, "--lang", lang)
    words = glossary(lang)
    if fmt == "json":
        assert json.loads(out)["metrics"] == words
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(out.lstrip("\ufeff"))))
        assert [r[0] for r in rows[1:]] == list(words)
    else:
        for key, text in words.items():
            assert key in out and text.replace("|", "\\|") in out


def test_region_legend_explains_every_column():
    for lang in LANGUAGES:
        out = run("report", "--lang", lang)
        legend = out.split(t("report.legend", lang), 1)[1]
        for col, keys in REGION_COLUMNS:
            assert f"{t(col, lang)}: " in legend
            assert t(GLOSSARY[keys[-1]], lang) in legend


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_line_of_the_numbers_has_its_meaning(lang):
    out = run("report", "-m", "Zwevegem", "--lang", lang)
    section = out.split(t("report.numbers", lang), 1)[1].split(t("governance.title", lang), 1)[0]
    lines = [x for x in section.splitlines() if x.strip()]
    figures = [x for x in lines if x.startswith("  ") and not x.startswith("    ")]
    meanings = [x for x in lines if x.startswith("    → ")]
    assert len(figures) == len(meanings) == 7
    assert t("report.means.position", lang) in section and t("report.means.brokerage", lang) in section


def test_report_own_share_agrees_with_ov02():
    """Zwevegem: OV02 says the own actor takes 5 of 9 of the attention (pairs weighed by layers, issue 23); the
    report's own_layers/attention_layers are the same numbers; own_tie_share still counts the pairs (2 of 5)."""
    data = json.loads(run("report", "-m", "Zwevegem", "--format", "json"))
    (entry,) = data["municipalities"].values()
    c = entry["connectivity"]
    (ov02,) = [f for f in entry["findings"] if f["rule"] == "OV02"]
    own, total = map(int, re.search(r"(\d+) of (\d+)", ov02["message"]).groups())
    assert (c["own_layers"], c["attention_layers"]) == (own, total) == (5, 9)
    assert c["own_attention_share"] == pytest.approx(own / total)
    assert (c["own_pairs"], c["attention_pairs"]) == (2, 5) and c["own_tie_share"] == pytest.approx(0.4)
    text = run("report", "-m", "Zwevegem")
    assert "2 of the 5 government–actor pairs (40%" in text
