"""Docs are tested: generated pages are current, the README's two commands are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from regienet.render.catalogue import rules_markdown
from regienet.render.docs import GENERATED

ROOT = Path(__file__).resolve().parent.parent
FIX = "python -m regienet.render.docs"


@pytest.mark.parametrize("name", [*GENERATED, "rules.md"])
def test_generated_docs_are_current(name):
    fn = rules_markdown if name == "rules.md" else GENERATED[name]
    assert (ROOT / "docs" / name).read_text(encoding="utf-8") == fn(), f"docs/{name} is stale: run {FIX}"


def quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, re.S)
    return [line for b in blocks for line in b.strip().splitlines()]


def test_readme_quick_start_has_exactly_two_commands():
    cmds = quick_start_commands()
    assert len(cmds) == 2
    assert "regienet report" in cmds[0] and "pytest" in cmds[1]


def test_ci_runs_the_readme_test_command_verbatim():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert quick_start_commands()[1] in ci.splitlines()


def test_docs_linked_from_readme_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for link in re.findall(r"\]\(((?:docs/)[^)#]+)\)", readme):
        assert (ROOT / link).exists(), link
