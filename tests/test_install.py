"""A plain, non-editable install works from any directory, with the bundled data inside the package."""

from __future__ import annotations

import subprocess
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_install_runs_outside_the_repository(tmp_path):
    pytest.importorskip("hatchling")
    env_dir = tmp_path / "venv"
    # The dependencies come from the environment running the tests (no network needed), not from the
    # machine's base Python, which may have none of them: a .pth file puts this environment's
    # site-packages after the new venv's own, so the venv's regienet wins. Path entries added this way
    # do not run that folder's .pth files, so the editable install of the checkout stays out of sight.
    venv.EnvBuilder(system_site_packages=False, with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    own = subprocess.run(
        [py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(own, "outer-environment.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run(
        [py, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", str(ROOT)],
        check=True,
        cwd=tmp_path,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run(
        [py, "-c", "import regienet, sys; print(regienet.__file__)"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert str(env_dir) in where, where  # not the checkout
    out = subprocess.run([env_dir / "bin" / "regienet", "validate"], cwd=elsewhere, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "_data" in out.stdout and "13 municipalities" in out.stdout
    rep = subprocess.run(
        [env_dir / "bin" / "regienet", "report", "--lang", "nl"], cwd=elsewhere, capture_output=True, text=True
    )
    assert rep.returncode == 0 and "gemeenten" in rep.stdout
    # issue 24: the second example ships in the wheel too (regienet/_examples/today, plans.csv included)
    today = subprocess.run(
        [env_dir / "bin" / "regienet", "validate", "--example", "today"], cwd=elsewhere, capture_output=True, text=True
    )
    assert today.returncode == 0, today.stderr
    assert "_examples" in today.stdout and "7 plan actions" in today.stdout
    # issue 28.7: the pages the messages point to ship in the wheel ('regienet docs TOPIC')
    page = subprocess.run(
        [env_dir / "bin" / "regienet", "docs", "configuration"], cwd=elsewhere, capture_output=True, text=True
    )
    assert page.returncode == 0, page.stderr
    assert page.stdout.startswith("# Configuration"), page.stdout[:200]
    where_docs = subprocess.run(
        [env_dir / "bin" / "regienet", "docs", "--path", "data-format"], cwd=elsewhere, capture_output=True, text=True
    ).stdout.strip()
    assert str(env_dir) in where_docs and where_docs.endswith("_docs/data-format.md"), where_docs
