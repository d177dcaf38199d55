"""Waivers: known context an analyst records, like a linter's per-file ignores (issue 11, point 6).

Expected values come from the bundled data: RO02 fires in Kortrijk (F34: no formal agreement between city
and OCMW; both invest comparably), and VA03/VA04 fire in Zwevegem (docs/data.md). A waived finding is
still shown, with its reason; it is left out of the levels and of --fail-on.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from regienet.cli import cli
from regienet.cli.common import open_region
from regienet.errors import UsageError
from regienet.rules import check
from regienet.settings import add_waiver, from_mapping

REASON = "Centre city: both governments invest by design (F34)"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_waived_finding_is_shown_with_reason_and_left_out_of_the_level():
    region, _ = open_region(None)
    plain = check(region, municipalities=["zwevegem"])
    cfg = from_mapping(
        {"waive": {"Zwevegem": {"VA03": "Accounts follow the new decree from 2011", "VA04": "idem"}}}, "test"
    )
    waived = check(region, cfg, municipalities=["zwevegem"])
    va = [f for f in waived.findings_for("zwevegem") if f.rule in ("VA03", "VA04")]
    assert va and all(f.waived for f in va)  # still shown
    d = waived.level_details["zwevegem"]["VA"]
    assert set(d.rules_waived) == {"VA03", "VA04"} and "VA03" not in d.rules_fired
    # VA01 still fires. Issue 23: the level is earned by activities, not by the absence of findings, so a
    # waiver takes a finding out of what counts (fail-on, the qualifications), never a level: VA 1 either way
    # (account depth and public reporting "partly", no account to the actors: (0 + 2 + 2)/3)
    assert plain.levels["zwevegem"]["VA"] == 1 and waived.levels["zwevegem"]["VA"] == 1
    assert d.rules_fired == ("VA01",)
    assert all(a.qualified_by == () for a in d.activities if a.name in ("account_depth", "involvement"))
    assert [f.rule for f in plain.findings_for("zwevegem")] == [f.rule for f in waived.findings_for("zwevegem")]


def test_waiving_can_only_take_a_rule_out_of_the_count():
    """A waiver on a rule that passes changes nothing: waivers never make a municipality look worse."""
    region, _ = open_region(None)
    cfg = from_mapping({"waive": {"kortrijk": {"OV": "no reason to doubt"}}}, "test")
    assert check(region, cfg).levels == check(region).levels


def test_cli_waive_text_json_and_fail_on():
    args = ("check", "-m", "kortrijk", "--select", "RO02", "--fail-on", "warning")
    assert run(*args).exit_code == 1
    result = run(*args, "--waive", f"Kortrijk:RO02={REASON}")
    assert result.exit_code == 0, result.output  # the only warning is waived
    assert f"(waived: {REASON})" in result.output
    assert "1 waived finding shown" in result.output
    out = json.loads(run(*args, "--waive", f"kortrijk:RO02={REASON}", "--format", "json").stdout)
    assert out["findings"][0]["waived"] == REASON
    nl = run(*args, "--waive", f"kortrijk:RO02={REASON}", "--lang", "nl").output
    assert "buiten beschouwing" in nl


def test_config_file_waive_table_and_dotted_form(tmp_path):
    cfg = tmp_path / "regienet.toml"
    cfg.write_text(f'[waive]\nkortrijk = {{ RO02 = "{REASON}" }}\n"zwevegem:VA04" = "idem"\n', encoding="utf-8")
    out = json.loads(run("check", "--config", str(cfg), "--select", "RO02,VA04", "--format", "json").stdout)
    waived = {(f["municipality"], f["rule"]) for f in out["findings"] if f.get("waived")}
    assert waived == {("kortrijk", "RO02"), ("zwevegem", "VA04")}


@pytest.mark.parametrize(
    "value, needle",
    [
        ("kortrijk-RO02", "MUNICIPALITY:RULE=reason"),  # no colon, no reason
        ("kortrijk:RO02=", "MUNICIPALITY:RULE=reason"),  # empty reason
        ("kortrijk:XX99=because", "regienet rules"),  # unknown rule
        ("Gent:RO02=because", "Zwevegem"),  # unknown municipality: the known ones are listed
    ],
)
def test_bad_waiver_exits_2_with_a_fix(value, needle):
    result = run("check", "--waive", value)
    assert result.exit_code == 2
    assert needle in result.output and "Traceback" not in result.output


def test_add_waiver_library():
    cfg = from_mapping({}, "test")
    add_waiver(cfg, "kortrijk:RO=context", "--waive")
    assert cfg.waivers == {"kortrijk": {"RO": "context"}}
    with pytest.raises(UsageError):
        add_waiver(cfg, "kortrijk", "--waive")
