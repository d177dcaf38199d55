"""mypy is clean on ``regienet/`` with the settings of pyproject.toml ``[tool.mypy]`` (issue 15.7).

Runs the mypy of the running virtual environment (``python -m mypy``), so CI
checks the types with the rest of the suite. Every module is checked (the
``ignore_errors`` block of modules to clean after merging is gone), and the
fully annotated ones must stay fully annotated.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def mypy(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "--cache-dir", "/dev/null", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_mypy_is_clean_on_the_package():
    out = mypy()
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Success: no issues found" in out.stdout


def test_the_settings_are_the_ones_the_issue_names():
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert conf["python_version"] == "3.11" and conf["check_untyped_defs"] is True
    assert conf["files"] == ["regienet"]
    # the block of modules "to clean after merge" is gone: every module of regienet is checked
    assert not [o for o in conf["overrides"] if o.get("ignore_errors")]


def test_a_type_error_fails_the_check(tmp_path):
    """The check can fail: a copy of the package with one wrong annotation in a checked module."""
    import shutil

    shutil.copytree(ROOT / "regienet", tmp_path / "regienet", ignore=shutil.ignore_patterns("__pycache__", "_data"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    path = tmp_path / "regienet" / "i18n.py"
    path.write_text(path.read_text(encoding="utf-8") + "\n\ndef _wrong() -> int:\n    return 'x'\n", encoding="utf-8")
    out = mypy(cwd=tmp_path)
    assert out.returncode == 1 and "i18n.py" in out.stdout and "return-value" in out.stdout, out.stdout


def test_match_findings_without_regions():
    """Found by mypy (``Region | None``): ``match_findings`` without regions crashed with AttributeError on a
    municipality-level pair instead of treating no actor as a government, as its docstring says."""
    from regienet.analysis.diff import match_findings
    from regienet.rules import Finding

    old = [Finding("BL03", "BL", "warning", "kortrijk", "rule.BL03.message", {}, ("a",))]
    new = [Finding("BL03", "BL", "warning", "kortrijk", "rule.BL03.message", {}, ("b",))]
    resolved, added, changed = match_findings(old, new)
    # evidence actors differ and none counts as a government: one resolved, one new (today: AttributeError)
    assert (resolved, added, changed) == (old, new, [])


def test_rg01_skips_an_actor_working_nowhere_known(monkeypatch, region):
    """Found by mypy (``Coverage.coverage`` is ``float | None``): with ``min_works_in = 0`` RG01 judged a
    regional actor that works in no known municipality and compared ``None >= max_coverage`` (TypeError).
    Such an actor has no coverage to judge: it is skipped, the others are judged as before."""
    from regienet.config import Config
    from regienet.metrics import Coverage
    from regienet.rules import check_region
    from regienet.rules import region as rg

    real = rg.regional_coverage(region)
    nowhere = Coverage("nowhere", frozenset(), frozenset(), {})
    assert nowhere.coverage is None
    monkeypatch.setattr(rg, "regional_coverage", lambda r: [*real, nowhere])
    config = Config(overrides={("RG01", "min_works_in"): 0})
    out = check_region(region, config, ["RG01"])["RG01"]
    monkeypatch.setattr(rg, "regional_coverage", lambda r: real)
    expected = check_region(region, config, ["RG01"])["RG01"]  # the same region without that actor
    assert out == expected and out.status == "fired"
