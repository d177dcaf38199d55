"""Issue 28.7: files that open right — docs links that work after ``pip install``, ``-o`` the same for every
command, a CSV a Belgian Excel opens, xlsx data folders, ``validate`` on a missing ``operates_in``, README
claims that are true, a short ``--jobs`` help."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from regienet.cli import COMMANDS, cli
from regienet.docs import doc_path, docs_dir, topics
from regienet.messages import MESSAGES

ROOT = Path(__file__).resolve().parent.parent


def invoke(*args: str, **kwargs):
    return CliRunner().invoke(cli, list(args), prog_name="regienet", catch_exceptions=False, **kwargs)


# ------------------------------------------------------------------------------------------------ docs links
def test_every_docs_reference_in_the_catalogue_names_a_page():
    """Messages point to pages by 'regienet docs TOPIC' (a wheel has no docs/ folder beside it), and every
    topic they name exists. Survey texts (branch survey) are left to that branch."""
    named = set()
    for key, pair in MESSAGES.items():
        for text in pair:
            named |= set(re.findall(r"regienet docs ([a-z-]+)", text))
            if "survey" not in key:
                assert not re.search(r"docs/[a-z-]+\.md", text), (key, text)
    assert named >= {"configuration", "data-format", "data", "region", "whatif", "benchmarks"}
    assert named <= set(topics()), named - set(topics())


def test_docs_command_prints_a_page_and_lists_them():
    page = invoke("docs", "configuration")
    assert page.exit_code == 0 and page.output == (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    listing = invoke("docs", "--lang", "nl").output
    assert listing.startswith("Documentatiepagina's") and "  data-format    Data format" in listing
    assert invoke("docs", "docs/data-format.md").output.startswith("# Data format")
    assert doc_path("Configuration.md") == docs_dir() / "configuration.md"


def test_docs_unknown_topic_is_a_usage_error():
    out = invoke("docs", "confguration", "--lang", "nl")
    assert out.exit_code == 2 and "Bedoelde u 'configuration'?" in out.output


# ------------------------------------------------------------------------------------------------ --jobs help
@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("command", ["check", "report", "gaps", "map", "diff"])
def test_jobs_help_is_short(command, lang):
    """The --jobs help was a 10-line paragraph about 3,000-municipality benchmarks in five commands' help;
    now two lines at most, and the details in docs/benchmarks.md."""
    out = (
        CliRunner(env={"COLUMNS": "120"}).invoke(cli, [command, "--help", "--lang", lang], prog_name="regienet").output
    )
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("-j, --jobs"))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("-"))
    assert end - start <= 2, lines[start:end]
    assert "3,000" not in out and "3.000" not in out
    assert "regienet docs benchmarks" in " ".join(line.strip() for line in lines[start:end])
    assert "about a sixth faster" in (ROOT / "docs" / "benchmarks.md").read_text(encoding="utf-8")


def test_docs_command_is_registered():
    assert "docs" in COMMANDS
