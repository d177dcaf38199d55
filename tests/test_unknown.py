"""``Rule.columns`` drives "unknown" (issue 15.7).

The engine (:func:`regienet.rules.base.derive_unknown`, applied at
registration) runs a rule again with every possible answer in a blank
questionnaire cell of the declared columns; when an answer could change the
outcome, the outcome is ``unknown``. Expected values: the rules' own
hand-written blank handling (the unwrapped ``check``, kept as ``__wrapped__``)
on the bundled data and on synthetic regions, and, for RO01, the cases worked
out by hand below.
"""

from __future__ import annotations

from typing import ClassVar

import pytest
from builders import base_rows, region_from, set_answer

from regienet.load import bundled_data_dir, load_dataset
from regienet.model import Region
from regienet.rules import REGISTRY
from regienet.rules.base import ANSWER_DOMAINS, PASSED, Outcome, Rule, _with_derived_unknown


def _synth(tmp_path_factory, n: int, seed: int) -> Region:
    from regienet.synth import synth_region, write_region

    folder = tmp_path_factory.mktemp(f"synth{n}_{seed}")
    write_region(*synth_region(n, seed), folder)
    return Region(load_dataset(folder))


@pytest.fixture(scope="module")
def regions(tmp_path_factory) -> dict[str, Region]:
    return {
        "bundled": Region(load_dataset(bundled_data_dir())),
        "synth 60/1": _synth(tmp_path_factory, 60, 1),
        "synth 150/2": _synth(tmp_path_factory, 150, 2),
    }


def _derived_rules() -> list[str]:
    return [code for code, cls in REGISTRY.items() if hasattr(cls.check, "__wrapped__")]


def test_every_rule_with_questionnaire_columns_is_derived():
    assert sorted(_derived_rules()) == sorted(
        code
        for code, cls in REGISTRY.items()
        if cls.scope == "municipality" and any(c in ANSWER_DOMAINS for c in cls.columns)
    )
    assert {"BL01", "BL02", "OV03", "RO01", "VA03", "VA04"} <= set(_derived_rules())


def test_derived_outcomes_equal_the_rules_own_except_ro01_corrections(regions):
    """Every rule's outcome is unchanged on the bundled data and on synthetic regions, except RO01 where a
    blank ``role_choice``/``lde_recognized`` used to count as "not regisseur"/"not recognised"."""
    corrected = []
    for name, region in regions.items():
        for code in _derived_rules():
            cls = REGISTRY[code]
            rule = cls()
            for m in region.municipalities:
                before = cls.check.__wrapped__(rule, region, m)  # the rule's own logic
                after = rule.check(region, m)
                if (before.status, before.findings) == (after.status, after.findings):
                    continue
                blanks = {c for g in region.governments(m) for c in cls.columns if region.value(g, c) is None}
                corrected.append((name, code, before.status, after.status, bool(blanks)))
    assert {c[0] for c in corrected} <= {"synth 60/1", "synth 150/2"}, "the bundled data is unchanged"
    assert {(code, before, after, blank) for _, code, before, after, blank in corrected} <= {
        ("RO01", "not_applicable", "unknown", True),
        ("RO01", "passed", "unknown", True),
    }
    assert corrected, "synthetic regions have blank role answers (synth's blanks rate): the correction shows"


class OV91(Rule):
    """A rule with a declared answer column and no blank handling of its own."""

    code = "OV91"
    component = "OV"
    severity = "warning"
    title = ("t", "t")
    rationale = ("r", "r")
    messages: ClassVar[dict[str, tuple[str, str]]] = {"": ("m", "m")}
    reference = ""
    columns = ("actor_inventory",)

    def check(self, region, m: str) -> Outcome:
        # fires unless a government answered yes; a blank is silently read as "no"
        if any(region.value(g, "actor_inventory") is True for g in region.governments(m)):
            return PASSED
        return self.fired(self.finding(m))


_with_derived_unknown(OV91)  # what register() does, without adding a test rule to the registry


@pytest.mark.parametrize(
    "mun,ocmw,status",
    [
        ("yes", "", "passed"),  # a yes decides, the blank does not matter
        ("no", "no", "fired"),
        ("no", "", "unknown"),  # the OCMW might keep an inventory
        ("", "", "unknown"),
    ],
)
def test_a_rule_gets_unknown_from_its_columns(mun, ocmw, status):
    actors, relations = base_rows()
    set_answer(actors, "actor_inventory", mun, ("a",))
    set_answer(actors, "actor_inventory", ocmw, ("ocmw_a",))
    outcome = OV91().check(region_from(actors, relations), "a")
    assert outcome.status == status
    if status == "unknown":
        assert outcome.missing == ("actor_inventory",) and not outcome.findings


def test_levels_count_a_derived_unknown_as_unknown():
    """VA03 with one level blank: unknown, and the VA level's ``low``/``high`` spread over it."""
    from regienet.rules import check

    actors, relations = base_rows()
    set_answer(actors, "accountability_level", "1", ("a",))
    set_answer(actors, "accountability_level", "", ("ocmw_a",))
    res = check(region_from(actors, relations), municipalities=["a"])
    detail = res.level_details["a"]["VA"]
    assert res.status("a", "VA03") == "unknown" and "VA03" in detail.rules_unknown
    assert detail.low is not None and detail.high is not None and detail.low < detail.high
