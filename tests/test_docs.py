"""Docs are tested: generated pages are current, the README's two commands are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _gen_docs():
    """scripts/gen_docs.py, the docs generator (outside the package: it reads the CLI and writes docs/)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = _gen_docs()


@pytest.mark.parametrize("name", sorted(GEN.ALL))
def test_generated_docs_are_current(name):
    assert (ROOT / "docs" / name).read_text(encoding="utf-8") == GEN.ALL[name](), (
        f"docs/{name} is stale: run {GEN.REGENERATE}"
    )


def test_docs_generator_is_not_in_the_package():
    """Issue 15.1: the generator imports the CLI and writes the repository's docs/, so it is a script."""
    assert not (ROOT / "regienet" / "render" / "docs.py").exists()
    assert set(GEN.ALL) == {"cli.md", "data-format.md", "rules.md", "metrics.md"}


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


def help_examples() -> list[tuple[str, str]]:
    """(command, example line) for every example in every command's English --help."""
    from click.testing import CliRunner

    from regienet.cli import COMMANDS, cli

    runner = CliRunner(env={"COLUMNS": "80", "REGIENET_LANG": "en"})
    out = []
    for name in COMMANDS:
        text = runner.invoke(cli, [name, "--help"]).output
        block = text.split("Example", 1)[1].split("Options:", 1)[0] if "Example" in text else ""
        out += [(name, line.strip()) for line in block.splitlines() if line.strip().startswith("regienet ")]
    return out


EXAMPLES = help_examples()


@pytest.mark.parametrize("name,example", EXAMPLES, ids=[e for _, e in EXAMPLES])
def test_help_examples_run_as_printed(name, example, tmp_path, monkeypatch):
    """Issue 17: every example in --help runs as printed (in a folder holding the data folders the
    examples name: my-region/, data-2010/, data-2014/ — copies of the bundled data), exit 0 or 1."""
    import shlex
    import shutil

    from click.testing import CliRunner

    from regienet.cli import cli

    for folder in ("my-region", "data-2010", "data-2014"):
        if not (name == "init" and folder == "my-region"):  # init makes it
            shutil.copytree(ROOT / "data", tmp_path / folder)
    monkeypatch.chdir(tmp_path)
    args = shlex.split(example)[1:]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code in (0, 1), (example, result.output)


def test_every_command_has_an_example():
    from regienet.cli import COMMANDS

    assert {n for n, _ in EXAMPLES} == set(COMMANDS)
