"""No dead code in the package: vulture finds nothing unused in ``regienet/`` (issue 27.5).

vulture (static, by name) is run over ``regienet/`` and ``tests/vulture_whitelist.py`` at confidence 60,
its lowest level: an unused function, class, method, variable or attribute is only ever reported at 60 %
(imports at 90 %, unreachable code and unused arguments at 100 %), so any higher threshold would let a dead
function through. Names in a module's ``__all__`` count as used (they are the API; see
tests/test_public_all.py); what is used only dynamically — by Python, click, openpyxl or a name string — is
in the whitelist, each group with the reason, and the whitelist is imported below so that it cannot name
what no longer exists.

The tests directory is not scanned as a user of the package: a function only the tests call is dead unless
it is public API (then it is in ``__all__``).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import vulture

ROOT = Path(__file__).resolve().parents[1]
WHITELIST = ROOT / "tests" / "vulture_whitelist.py"
MIN_CONFIDENCE = 60


def _unused(*paths: Path) -> list[str]:
    v = vulture.Vulture(verbose=False)
    v.scavenge([str(p) for p in paths])
    return [item.get_report(add_size=False) for item in v.get_unused_code(min_confidence=MIN_CONFIDENCE)]


def test_vulture_finds_no_dead_code_in_the_package():
    unused = _unused(ROOT / "regienet", WHITELIST)
    assert not unused, "dead code (delete it, or whitelist it with the reason):\n" + "\n".join(unused)


def test_every_whitelisted_name_exists():
    """Importing the whitelist reads each name: a stale entry raises AttributeError here."""
    spec = importlib.util.spec_from_file_location("vulture_whitelist", WHITELIST)
    assert spec is not None and spec.loader is not None
    spec.loader.exec_module(importlib.util.module_from_spec(spec))


def test_the_scan_does_report_a_dead_function(tmp_path):
    """The same scan, given a module with a function nothing calls, reports it (the test above can fail)."""
    module = tmp_path / "m.py"
    module.write_text("__all__ = ['used']\n\n\ndef used():\n    return 1\n\n\ndef forgotten():\n    return 2\n")
    unused = _unused(module, WHITELIST)
    assert len(unused) == 1 and "unused function 'forgotten'" in unused[0]
