"""The one message catalogue: complete in English and Dutch, and every key the code uses exists."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from regienet.rules.base import all_messages

#: the shared catalogue and every rule's own entries (titles, rationales, messages, thresholds)
MESSAGES = all_messages()

SRC = Path(__file__).resolve().parent.parent / "regienet"


def fields(text: str) -> set[str]:
    """Placeholders of a catalogue text; a plural form ``{n|one|other}`` counts as its number ``n``."""
    from regienet.i18n import _PLURAL, plural_forms

    names = {m.group(1) for m in _PLURAL.finditer(text)}
    inner = {
        f for m in _PLURAL.finditer(text) for form in m.groups()[1:] if form for f in re.findall(r"\{(\w+)\}", form)
    }
    return names | inner | {f for _, f, _, _ in string.Formatter().parse(plural_forms(text, {})) if f}


def test_plural_forms_pick_by_number():
    """Real plural forms: 1 actor / 2 actoren, in both languages (issue 15's "1 actor(en)")."""
    from regienet.i18n import plural_forms

    assert plural_forms("{n} {n|actor|actoren}", {"n": 1}) == "{n} actor"
    assert plural_forms("{n} {n|actor|actoren}", {"n": 2}) == "{n} actoren"
    assert plural_forms("{n} {n|actor|actoren}", {"n": 0}) == "{n} actoren"
    assert plural_forms("{n|deze band|deze {n} banden}", {"n": 3}) == "deze {n} banden"


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_entry_has_english_and_dutch_with_same_placeholders(key):
    entry = MESSAGES[key]
    assert isinstance(entry, tuple) and len(entry) == 2, key
    en, nl = entry
    assert en.strip() and nl.strip(), key
    assert {f.split(":")[0].split("!")[0] for f in fields(en)} == {f.split(":")[0].split("!")[0] for f in fields(nl)}, (
        key
    )


def _literal_calls():
    """(file, name, key) for t("key"), Msg("key"), UsageError("key") and problem codes with literal keys."""
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            args = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if name in ("t", "Msg", "UsageError") and node.args and isinstance(node.args[0], ast.Constant):
                yield path.name, name, node.args[0].value
            elif name == "Problem" and len(node.args) >= 5 and isinstance(node.args[4], ast.Constant):
                yield path.name, "problem", node.args[4].value
            elif name == "emit" and len(node.args) >= 3 and isinstance(node.args[2], ast.Constant):
                yield path.name, "problem", node.args[2].value
            del args


def test_every_literal_key_exists():
    missing = []
    for file, kind, key in _literal_calls():
        keys = [f"problem.{key}", f"hint.{key}"] if kind == "problem" else [key]
        missing += [(file, k) for k in keys if k not in MESSAGES]
    assert not missing


def test_no_inline_user_facing_english_in_cli():
    """CLI modules print catalogue text only: no click.echo of a bare English sentence."""
    for path in (SRC / "cli").glob("*.py"):
        for m in re.finditer(r'click\.echo\(\s*"([^"]+)"', path.read_text(encoding="utf-8")):
            assert not re.search(r"[A-Za-z]{3,} [A-Za-z]{3,}", m.group(1)), (path.name, m.group(1))


def test_rule_registration_checks_are_real_exceptions():
    """Issue 15 (hygiene): registration checks hold under ``python -O`` (no asserts)."""
    import subprocess
    import sys

    code = (
        "from regienet.rules.base import register, Rule\n"
        "class XX01(Rule):\n"
        "    '''doc'''\n"
        "    code='XX01'; component='OV'; severity='warning'; title=('a','b'); rationale=('a','b'); messages={}; reference=''\n"
        "try:\n    register(XX01)\nexcept TypeError as e:\n    print('refused', e)\n"
    )
    out = subprocess.run([sys.executable, "-O", "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.startswith("refused") and "XX01" in out
