"""Doctests are collected: every ``>>>`` example in the package runs, and must pass (issue 15.7).

One test per module of ``regienet`` (found by walking the package, so a new
module is covered without editing this file). The examples are the expected
values themselves: Babel's en_GB/nl_BE formatting for the i18n helpers, the
catalogue's own entries for plural forms, hand-computed sweeps for thresholds.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import regienet

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(regienet.__path__, "regienet.")
    if m.name != "regienet.__main__"  # importing it is harmless, but it holds no examples
)


def _examples(module_name: str) -> list[doctest.DocTest]:
    module = importlib.import_module(module_name)
    return [test for test in doctest.DocTestFinder(exclude_empty=True).find(module) if test.examples]


@pytest.mark.parametrize("module_name", MODULES)
def test_module_doctests_pass(module_name):
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for test in _examples(module_name):
        runner.run(test)
    results = runner.summarize(verbose=False)
    assert results.failed == 0, f"{results.failed} of {results.attempted} examples failed in {module_name}"


def test_examples_exist_where_the_issue_asks():
    """i18n formatting (numbers, money in nl and en, dates), plural forms and the rules' texts have examples."""
    names = {t.name for m in ("regienet.i18n", "regienet.rules.base", "regienet.outputs") for t in _examples(m)}
    wanted = {
        "regienet.i18n.fmt_money",
        "regienet.i18n.fmt_number",
        "regienet.i18n.fmt_percent",
        "regienet.i18n.fmt_date",
        "regienet.i18n.plural_forms",
        "regienet.i18n.translate",
        "regienet.i18n.join",
        "regienet.rules.base.text",
        "regienet.outputs.markdown_table",
    }
    assert wanted <= names, sorted(wanted - names)


def test_a_failing_example_is_reported():
    """The runner used above does fail on a wrong expected value (the test can fail)."""
    parser = doctest.DocTestParser()
    test = parser.get_doctest(
        ">>> from regienet.i18n import fmt_money\n>>> fmt_money(45000, 'nl')\n'€45,000'\n", {}, "x", None, 0
    )
    runner = doctest.DocTestRunner()
    runner.run(test, out=lambda _: None)
    assert runner.summarize(verbose=False).failed == 1
