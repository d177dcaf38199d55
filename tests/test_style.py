"""The code style the README promises, checked in CI (issue 15.7).

`ruff check` (lint) and `ruff format --check` (layout) run over the package,
the tests and the benchmark scripts. Both come from the ``test`` extra, so they
run from the same venv as the tests, never from the base interpreter.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TARGETS = ["regienet", "tests", "benchmarks", "scripts"]


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, *TARGETS], cwd=ROOT, capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize(
    "args",
    [("check", "--no-cache"), ("format", "--check", "--no-cache")],
    ids=["lint", "format"],
)
def test_ruff_is_clean(args: tuple[str, ...]) -> None:
    result = _ruff(*args)
    assert result.returncode == 0, f"ruff {' '.join(args)} found problems:\n{result.stdout}{result.stderr}"
