"""Help text is in the language of each invocation, not of the process's own command line.

Before, the language of ``--help`` was read once from ``sys.argv`` when
``regienet.cli`` was imported, so ``CliRunner().invoke(cli, ["check", "--lang",
"nl", "--help"])`` (or ``main([...])``) printed English. Expected texts come
from the message catalogue itself (``regienet.messages``).
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from regienet.cli import COMMANDS, cli, main
from regienet.i18n import t


def _first_words(key: str, lang: str) -> str:
    """The first few words of a catalogue text: click re-wraps help, so compare a prefix without line breaks."""
    return " ".join(t(key, lang).split()[:4])


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("name", ["check", "report", "gaps", "map", "workshop", "export", "synth"])
def test_command_help_follows_lang_of_this_invocation(name, lang, monkeypatch):
    monkeypatch.delenv("REGIENET_LANG", raising=False)
    result = CliRunner().invoke(cli, [name, "--lang", lang, "--help"])
    assert result.exit_code == 0, result.output
    out = _flat(result.output)
    assert _first_words(f"help.{name}", lang) in out
    assert _first_words("opt.lang", lang) in out  # the options too, not only the command's text
    # and click's own -h/--help line: it used to stay "Show this message and exit." in Dutch help
    assert t("opt.help", lang) in out
    if lang == "nl":
        assert "Show this message" not in out


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_lang_before_help_and_after_help_both_count(lang, monkeypatch):
    monkeypatch.delenv("REGIENET_LANG", raising=False)
    runner = CliRunner()
    for args in (["check", "--help", "--lang", lang], ["check", f"--lang={lang}", "--help"]):
        assert _first_words("help.check", lang) in _flat(runner.invoke(cli, args).output)


def test_one_process_two_languages(monkeypatch):
    """Dutch then English then Dutch in one process: nothing is cached from the first call."""
    monkeypatch.delenv("REGIENET_LANG", raising=False)
    runner = CliRunner()
    outs = [_flat(runner.invoke(cli, ["rules", "--lang", lang, "--help"]).output) for lang in ("nl", "en", "nl")]
    assert _first_words("help.rules", "nl") in outs[0]
    assert _first_words("help.rules", "en") in outs[1]
    assert outs[0] == outs[2]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_main_help_lists_commands_in_lang(lang, monkeypatch, capsys):
    monkeypatch.delenv("REGIENET_LANG", raising=False)
    with pytest.raises(SystemExit) as exc:
        main(["--lang", lang, "--help"])
    assert exc.value.code == 0
    out = _flat(capsys.readouterr().out)
    assert _first_words("help.main", lang) in out
    for name in COMMANDS:
        assert _first_words(f"short.{name}", lang) in out


def test_environment_language_without_lang(monkeypatch):
    monkeypatch.setenv("REGIENET_LANG", "nl")
    out = _flat(CliRunner().invoke(cli, ["gaps", "--help"]).output)
    assert _first_words("help.gaps", "nl") in out
    monkeypatch.setenv("REGIENET_LANG", "en")
    out = _flat(CliRunner().invoke(cli, ["gaps", "--help"]).output)
    assert _first_words("help.gaps", "en") in out


def test_survey_subcommand_help_follows_group_lang(monkeypatch):
    monkeypatch.delenv("REGIENET_LANG", raising=False)
    out = _flat(CliRunner().invoke(cli, ["survey", "--lang", "nl", "make", "--help"]).output)
    assert _first_words("help.survey.make", "nl") in out


def test_group_lang_is_the_default_of_the_command(monkeypatch):
    """``regienet --lang nl rules`` is ``regienet rules --lang nl``; the command's own --lang wins."""
    monkeypatch.delenv("REGIENET_LANG", raising=False)
    runner = CliRunner()
    nl = runner.invoke(cli, ["rules", "--lang", "nl"]).output
    assert runner.invoke(cli, ["--lang", "nl", "rules"]).output == nl
    assert runner.invoke(cli, ["--lang", "nl", "rules", "--lang", "en"]).output == runner.invoke(cli, ["rules"]).output
