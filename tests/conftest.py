"""Shared fixtures: the bundled region, small hand-made regions, and a real headless Chromium.

Browser tests use Debian's chromium through playwright's Python package
(``executable_path=/usr/bin/chromium``; ``playwright install`` cannot
download here). Outside CI they are skipped when chromium is missing; under
CI (``CI=true``) a missing browser is a failure, not a skip.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

#: Text tables fit the terminal (issue 28.2: COLUMNS, else the terminal's width). Tests and their snapshots must
#: not depend on the window they run in, nor on whether pytest-xdist's workers see a terminal: every test sees
#: 110 columns (regienet's own default without a terminal) unless it sets COLUMNS itself.
os.environ["COLUMNS"] = "110"

CHROMIUM = os.environ.get("REGIENET_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"

# Hypothesis profiles. "ci" (the default when $CI is set) is derandomised and
# sized so that every property test together finishes in under a minute;
# "dev" explores a little more, with fresh examples each run; "thorough" is
# for a long hunt. Choose with HYPOTHESIS_PROFILE=name.
settings.register_profile(
    "ci",
    max_examples=25,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("dev", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(scope="session")
def region():
    """The bundled Zuid-West-Vlaanderen region (loaded once)."""
    from regienet.load import load_dataset
    from regienet.model import Region

    return Region(load_dataset(DATA))


@pytest.fixture(scope="session")
def results(region):
    """All rules on the bundled region with default thresholds."""
    from regienet.rules import check

    return check(region)


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    """A headless Debian Chromium driven by playwright (session-wide)."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"chromium not found at {CHROMIUM}; .ci/run installs Debian's chromium")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    home = tmp_path_factory.mktemp("home")
    os.environ["HOME"] = str(home)
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page that blocks and records every non-file request (maps must be offline)."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    pg.external_requests = []
    pg.js_errors = []
    pg.dialogs = []

    def route(r):
        url = r.request.url
        if url.startswith(("file:", "data:", "blob:", "about:")):
            r.continue_()
        else:
            pg.external_requests.append(url)
            r.abort()

    pg.route("**/*", route)
    pg.on("pageerror", lambda exc: pg.js_errors.append(str(exc)))

    def on_dialog(d):
        pg.dialogs.append(d.message)
        d.dismiss()

    pg.on("dialog", on_dialog)
    yield pg
    context.close()
