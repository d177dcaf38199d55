"""Issue 15.4: numbers, money, percentages and dates per language (Babel), real plural forms, and a handout
that speaks to workshop participants only."""

from __future__ import annotations

import datetime
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from builders import base_rows, mutated, region_from, set_answer, write_region
from click.testing import CliRunner

import regienet.rules  # noqa: F401 - registers the rules
from regienet.cli import cli
from regienet.i18n import fmt_date, fmt_money, fmt_number, fmt_percent
from regienet.rules import REGISTRY
from regienet.rules.base import all_messages, text

#: the shared catalogue and every rule's own entries
MESSAGES = all_messages()


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_formatting_helpers_per_language():
    assert fmt_money(45000, "nl") == "€ 45.000" and fmt_money(45000, "en") == "€45,000"
    assert fmt_money(1234.5, "nl") == "€ 1.234,50"
    assert fmt_number(0.314, "nl", digits=2) == "0,31" and fmt_number(0.314, "en", digits=2) == "0.31"
    assert fmt_number(12345.5, "nl") == "12.345,5" and fmt_number(3, "nl") == "3"
    assert fmt_percent(0.4, "nl") == "40 %" and fmt_percent(0.4, "en") == "40%"
    assert fmt_date(datetime.date(2026, 11, 30), "nl") == "30 november 2026"
    assert fmt_date("2026-11-30", "en") == "30 November 2026"


def _funding(actors, relations, own_eur=45000, other_eur=5000):
    relations += [
        {"source": "a", "target": "own", "kind": "funding", "amount_eur": str(own_eur)},
        {"source": "a", "target": "loc", "kind": "funding", "amount_eur": str(other_eur)},
    ]


def test_ro03_dutch_money_percent_and_one_own_actor():
    actors, relations = base_rows()
    relations[:] = [r for r in relations if r["kind"] != "funding"]
    _funding(actors, relations)
    region = region_from(actors, relations)
    out = REGISTRY["RO03"]().check(region, "a")
    assert out.status == "fired", out
    nl, en = out.findings[0].message("nl"), out.findings[0].message("en")
    assert "€ 45.000 van € 50.000" in nl and "90 %" in nl and "drempel 60 %" in nl, nl
    assert "de eigen actor LDE A" in nl and "actor(en)" not in nl, nl
    assert "€45,000 of €50,000" in en and "(90%)" in en and "the own actor LDE A" in en and "(s)" not in en, en


def test_ro01_one_own_actor_reads_singular():
    actors, relations = base_rows()
    for a in actors:
        if a["id"] in ("a", "ocmw_a"):
            a["role_choice"] = "regisseur"
    out = REGISTRY["RO01"]().check(region_from(actors, relations), "a")
    assert out.status == "fired", out
    nl, en = out.findings[0].message("nl"), out.findings[0].message("en")
    assert "de eigen actor LDE A" in nl and "(en)" not in nl, nl
    assert "the own actor LDE A" in en and "(s)" not in en, en


def test_sa01_one_local_actor_reads_singular():
    msg = MESSAGES["rule.SA01.message"]
    assert "1 lokale actor actief" in text("rule.SA01.message", "nl", local=1, regional=2, threshold=2), msg
    assert "1 local actor works" in text("rule.SA01.message", "en", local=1, regional=2, threshold=2)


def test_no_plural_markers_in_the_catalogue():
    """Real plural forms ``{n|one|other}`` everywhere: no "actor(s)", "actor(en)", "kolom(men)", "probleem/problemen"."""
    marker = re.compile(r"[A-Za-zë]\((s|en|n|men|nen|es)\)")
    bad = [(k, text) for k, pair in MESSAGES.items() for text in pair if marker.search(text)]
    assert not bad
    slash = re.compile(r"\b(probleem/problemen|actor/actoren|is/zijn|heeft/hebben|(\w+)/\2s|(\w+)/\3en)\b")
    assert not [(k, text) for k, pair in MESSAGES.items() for text in pair if slash.search(text)]


def test_no_format_specs_in_rule_messages():
    """Rule messages get pre-formatted numbers: no ``{share:.0%}`` or ``€{x:,.0f}`` in any language."""
    spec = re.compile(r"\{\w+:[-+ #0-9,._<>^=]*[%dfegn]?\}")
    assert not [k for k, pair in MESSAGES.items() for text in pair if spec.search(text)]


def test_dutch_report_numbers(tmp_path):
    data = write_region(tmp_path / "r", *base_rows())
    res = run("report", "--data", str(data), "-m", "a", "--lang", "nl")
    assert res.exit_code == 0, res.output
    assert re.search(r"\b\d+ %", res.output), res.output  # "40 %", never "40%"
    assert not re.search(r"\d%", res.output), res.output
    assert re.search(r"\b\d,\d\d\b", res.output), res.output  # densities as "0,31"
    assert not re.search(r"\b0\.\d\d\b", res.output), res.output


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("style", "script")

    def handle_endtag(self, tag):
        self._skip -= tag in ("style", "script")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def _handout_text(tmp_path, *args) -> str:
    actors, relations = base_rows()
    set_answer(actors, "actor_inventory", "no")  # OV03 fires: the handout's "look at this first" has a why line
    data = write_region(tmp_path / "mijn-regio", actors, relations)
    res = run("workshop", "--data", str(data), "-m", "a", "-o", str(tmp_path / "out"), *args)
    assert res.exit_code == 0, res.output
    html = Path(res.stdout.strip().split()[-1]).read_text(encoding="utf-8")
    parser = _Text()
    parser.feed(html)
    return " ".join(parser.parts)


def test_handout_speaks_to_participants_only(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796040000")  # 2026-11-30
    text = _handout_text(tmp_path)
    assert "regienet " not in text and "/" not in text and "docs/" not in text, text
    assert "30 november 2026" in text and "2026-11-30" not in text
    assert "mijn-regio" in text and str(tmp_path) not in text
    assert "in de studie van 2010 in Zuid-West-Vlaanderen" in text


def _html_text(path: str) -> str:
    parser = _Text()
    parser.feed(Path(path).read_text(encoding="utf-8"))
    return " ".join(parser.parts)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("who", [("-m", "Zwevegem"), ("--region",)], ids=["municipality", "region"])
def test_bundled_handout_names_no_file(tmp_path, lang, who):
    """The handout on the bundled data says the data are a reconstruction, without pointing at a file in the
    repository ("zie docs/data.md" was printed for workshop participants)."""
    res = run("workshop", *who, "--lang", lang, "-o", str(tmp_path))
    assert res.exit_code == 0, res.output
    text = _html_text(res.stdout.strip().split()[-1])
    assert "docs/" not in text and ".md" not in text and "regienet " not in text
    assert ("illustratief" if lang == "nl" else "illustrative") in text


def test_english_handout_date(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796040000")
    text = _handout_text(tmp_path, "--lang", "en")
    assert "30 November 2026" in text and "regienet " not in text and "/" not in text


def test_check_text_columns_align_in_dutch(tmp_path):
    """Severity words are translated ("waarschuwing" is wider than "warning"): columns align on the widest."""
    data = write_region(tmp_path / "r", *mutated(lambda a, r: None))
    res = run("check", "--data", str(data), "--lang", "nl")
    lines = [ln for ln in res.output.splitlines() if re.match(r"^\s*\S+\s+(waarschuwing|fout|info)\s", ln)]
    assert lines, res.output
    starts = {re.search(r"(waarschuwing|fout|info)\s+(\S)", ln).start(2) for ln in lines}
    assert len(starts) == 1, "\n".join(lines)


def test_validate_counts_use_singular_for_one(tmp_path):
    assert run("init", str(tmp_path / "r"), "--lang", "nl").exit_code == 0
    res = run("validate", "--data", str(tmp_path / "r"), "--lang", "nl")
    assert res.exit_code == 0 and "1 hogere overheid," in res.output and "1 hogere overheden" not in res.output, (
        res.output
    )
