"""The rule catalogue (DESIGN §4) and the engine that runs it.

Rules are grouped by Pröpper component, one module each:
:mod:`~regienet.rules.overview` (OV), :mod:`~regienet.rules.policy` (BL),
:mod:`~regienet.rules.cooperation` (SA), :mod:`~regienet.rules.accountability`
(VA) and :mod:`~regienet.rules.role` (RO). :func:`check` runs the selected
rules for every municipality and computes the component levels.

Levels (documented in ``regienet explain levels`` and docs/rules.md): for
municipality M and component C, take C's rules of severity warning or error
whose outcome is known; weigh error 2, warning 1; the failed share ``f`` is
the weight of the rules that fired over the weight of the known rules. Then
level = 3 − ⌈3·f⌉: 3 established (nothing fired), 2 partial (f ≤ ⅓),
1 weak (f ≤ ⅔), 0 absent (f > ⅔). When no rule of C is known the level is
``None`` (unknown). Info rules (suggestions) never lower a level.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from regienet.config import Config
from regienet.rules import accountability, cooperation, overview, policy, role  # noqa: F401 - registers
from regienet.rules.base import (
    COMPONENTS,
    LEVEL_COMPONENTS,
    REGISTRY,
    SEVERITIES,
    Finding,
    Outcome,
    Rule,
    Threshold,
    rule_codes,
    select_codes,
)

__all__ = [
    "COMPONENTS",
    "LEVEL_COMPONENTS",
    "LEVEL_NAMES",
    "REGISTRY",
    "SEVERITIES",
    "Finding",
    "Outcome",
    "Results",
    "Rule",
    "Threshold",
    "check",
    "level",
    "rule_codes",
    "select_codes",
]

SEVERITY_WEIGHT = {"info": 0, "warning": 1, "error": 2}
LEVEL_NAMES = ("absent", "weak", "partial", "established")


def level(outcomes: list[tuple[type[Rule], Outcome]]) -> int | None:
    """The level of one component from its rules' outcomes (see module docstring)."""
    known = [(r, o) for r, o in outcomes if o.status != "unknown" and SEVERITY_WEIGHT[r.severity] > 0]
    total = sum(SEVERITY_WEIGHT[r.severity] for r, _ in known)
    if not total:
        return None
    failed = sum(SEVERITY_WEIGHT[r.severity] for r, o in known if o.status == "fired")
    return 3 - math.ceil(3 * failed / total - 1e-9)


@dataclass
class Results:
    """Everything a check run found: outcomes per (municipality, rule), findings, levels."""

    region: object
    codes: list[str]
    outcomes: dict[tuple[str, str], Outcome] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    levels: dict[str, dict[str, int | None]] = field(default_factory=dict)
    _index: dict[str, list[Finding]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _index_key: tuple[int, int] | None = field(default=None, init=False, repr=False, compare=False)

    def findings_for(self, m: str) -> list[Finding]:
        """Findings of municipality *m*, in order (indexed once: renderers ask per municipality)."""
        key = (id(self.findings), len(self.findings))
        if self._index_key != key:
            index: dict[str, list[Finding]] = {}
            for f in self.findings:
                index.setdefault(f.municipality, []).append(f)
            self._index, self._index_key = index, key
        return list(self._index.get(m, ()))

    def status(self, m: str, code: str) -> str:
        o = self.outcomes.get((m, code))
        return o.status if o else "skipped"

    def fired_in(self, code: str) -> list[str]:
        """Municipalities where rule *code* fired, in region order."""
        return [m for m in self.region.municipalities if self.status(m, code) == "fired"]

    def unknown_in(self, code: str) -> list[str]:
        return [m for m in self.region.municipalities if self.status(m, code) == "unknown"]

    def worst_severity(self) -> str | None:
        present = {f.severity for f in self.findings}
        for sev in reversed(SEVERITIES):
            if sev in present:
                return sev
        return None


def check(region, config: Config | None = None, select=(), ignore=(), municipalities=None, step=None) -> Results:
    """Run the selected rules on every municipality (or the given ones) of *region*.

    Levels always use every rule of the component, whatever ``select`` says,
    so that ``--select`` filters what is shown, not how a municipality scores.
    *step*, if given, is called once per municipality (a progress bar's advance).
    """
    config = config or Config()
    shown = select_codes(select or config.select, ignore or config.ignore)
    rules = {code: REGISTRY[code](config) for code in rule_codes()}
    res = Results(region, shown)
    munis = municipalities or region.municipalities
    for m in munis:
        per_component: dict[str, list[tuple[type[Rule], Outcome]]] = {c: [] for c in LEVEL_COMPONENTS}
        for code, rule in rules.items():
            outcome = rule.check(region, m)
            if code in shown:
                res.outcomes[(m, code)] = outcome
                res.findings.extend(outcome.findings)
            if rule.component in per_component:
                per_component[rule.component].append((type(rule), outcome))
        res.levels[m] = {c: level(per_component[c]) for c in LEVEL_COMPONENTS}
        if step is not None:
            step()
    return res
