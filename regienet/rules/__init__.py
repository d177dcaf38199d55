"""The rule catalogue (DESIGN §4) and the engine that runs it.

Rules are grouped by Pröpper component, one module each:
:mod:`~regienet.rules.overview` (OV), :mod:`~regienet.rules.policy` (BL),
:mod:`~regienet.rules.cooperation` (SA), :mod:`~regienet.rules.accountability`
(VA), :mod:`~regienet.rules.role` (RO) and :mod:`~regienet.rules.region`
(RG). :func:`check` runs the selected rules for every municipality and
computes the component levels.

Region rules (RG, :class:`~regienet.rules.base.RegionRule`) look at the
region as a whole. :func:`check` runs them once, after the municipalities,
when they are selected and the run covers the whole region
(``municipalities=None``): a run restricted to some municipalities (``check
--municipality M``, ``sensitivity``, ``whatif``) is about those
municipalities, and a regional finding is not. Their findings have
``municipality=None`` (``Results.findings_for(None)``), their outcomes are in
``Results.region_outcomes``; they get no level and are not waived per
municipality (``--ignore RG01`` drops one).

Levels (documented in ``regienet explain levels`` and docs/rules.md; issue 23): a component's level
is earned by the regie activities Pröpper names for it, each with its evidence and its reach in M's
field (:mod:`regienet.rules.activities`): the mean reach of the activities, rounded down, at most weak
when answers alone carry it, ``None`` (n.v.t.) where no actor works in M. Rules are findings with
evidence: they qualify an activity (a bias, a gap) but never subtract from a level. Because every reach
is monotone in the set of actors an activity touches, no tie of regie work by a regie body of M — towards
its own actors included — lowers a level (tested as a property in tests/test_monotone.py). ``low``/
``high`` are the levels if every blank answer gave nothing/the most it could.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, cast

from regienet.config import Config
from regienet.rules import accountability, cooperation, overview, policy, role  # noqa: F401 - registers
from regienet.rules import region as _region_rules  # noqa: F401 - registers RG
from regienet.rules.activities import LEVELS_CODE, MOST_SHARE, Activity, level_of, municipality_activities
from regienet.rules.base import (
    COMPONENTS,
    LEVEL_COMPONENTS,
    REGISTRY,
    SEVERITIES,
    SEVERITIES_WORST_FIRST,
    SEVERITY_RANK,
    STATUSES,
    Finding,
    Outcome,
    RegionRule,
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
    "SEVERITIES_WORST_FIRST",
    "SEVERITY_RANK",
    "STATUSES",
    "Finding",
    "LevelDetail",
    "Outcome",
    "RegionRule",
    "Results",
    "Rule",
    "Threshold",
    "check",
    "check_region",
    "level",
    "level_detail",
    "resolve_waivers",
    "rule_codes",
    "select_codes",
]

if TYPE_CHECKING:  # pragma: no cover
    from regienet.model import Region

SEVERITY_WEIGHT = {s: i for i, s in enumerate(SEVERITIES)}  # info 0, warning 1, error 2
LEVEL_NAMES = ("absent", "weak", "partial", "established")


@dataclass(frozen=True)
class LevelDetail:
    """A component level with the activities that earned it (the ``level_details`` of the check JSON).

    ``level`` is earned by ``activities`` (:func:`regienet.rules.activities.level_of`); ``low``/``high``
    are the levels if every blank answer gave nothing/the most it could (``low`` = ``level``). The
    ``rules_*`` lists name the rules of the component (of severity warning or error) by outcome: findings
    that qualify the activities, never subtracted; ``rules_waived`` those left out by a waiver.
    """

    level: int | None
    low: int | None
    high: int | None
    rules_fired: tuple[str, ...] = ()
    rules_passed: tuple[str, ...] = ()
    rules_not_applicable: tuple[str, ...] = ()
    rules_unknown: tuple[str, ...] = ()
    rules_waived: tuple[str, ...] = ()
    #: the reach points the activities miss, the points possible and the points blank answers could add
    #: (each activity 0–3; the level is the mean reach rounded down)
    failed: float = 0.0
    weight: float = 0.0
    unknown_weight: float = 0.0
    activities: tuple[Activity, ...] = ()

    def shares(self) -> tuple[float | None, float | None, float | None]:
        """The missing share of the reach points behind ``level``, ``low`` and ``high`` (``None`` without a level)."""
        w, u, f = self.weight, self.unknown_weight, self.failed
        if not w:
            return (None, None, None)
        return (f / w, f / w, (f - u) / w)

    @property
    def applicable(self) -> bool:
        """False when no actor works in M: the component is n.v.t., never shown as a pass."""
        return bool(self.activities)

    @property
    def earned_by(self) -> tuple[Activity, ...]:
        """The activities that reach something (``own`` or more), in the study's order."""
        return tuple(a for a in self.activities if a.earned)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"level": self.level, "low": self.low, "high": self.high}
        for key in ("rules_fired", "rules_passed", "rules_not_applicable", "rules_unknown"):
            out[key] = list(getattr(self, key))
        if self.rules_waived:
            out["rules_waived"] = list(self.rules_waived)
        out["activities"] = [a.to_dict() for a in self.activities]
        return out


def level_detail(
    outcomes: list[tuple[type[Rule], Outcome]], waived: Iterable[str] = (), activities: Iterable[Activity] = ()
) -> LevelDetail:
    """The level of one component from its *activities*, with its rules' outcomes listed (see module docstring)."""
    waived = set(waived)
    lists: dict[str, list[str]] = {s: [] for s in STATUSES}
    skipped: list[str] = []
    for rule, o in outcomes:
        if not SEVERITY_WEIGHT[rule.severity]:
            continue
        if rule.code in waived and o.status == "fired":
            skipped.append(rule.code)
            continue
        lists[o.status].append(rule.code)
    acts = tuple(activities)
    lv, low, high = level_of(acts)
    possible = 3.0 * len(acts)
    earned = float(sum(a.low_value for a in acts))
    could = float(sum(a.high_value - a.low_value for a in acts))
    return LevelDetail(
        lv,
        low,
        high,
        tuple(lists["fired"]),
        tuple(lists["passed"]),
        tuple(lists["not_applicable"]),
        tuple(lists["unknown"]),
        tuple(skipped),
        possible - earned,
        possible,
        could,
        acts,
    )


def level(outcomes: list[tuple[type[Rule], Outcome]], activities: Iterable[Activity] = ()) -> int | None:
    """The level of one component (see :func:`level_detail`)."""
    return level_detail(outcomes, activities=activities).level


@dataclass
class Results:
    """Everything a check run found: outcomes per (municipality, rule), findings, levels.

    Made by :func:`check`. ``status(m, code)`` is ``fired``, ``passed``, ``not_applicable``,
    ``unknown`` (an answer the rule needs is blank) or ``skipped`` (not selected).

    Attributes
    ----------
    region : Region
        The region checked.
    codes : list of str
        The rules selected, in catalogue order.
    outcomes : dict
        ``(municipality, code) → Outcome`` for every municipality rule that ran.
    findings : list of Finding
        Every finding, municipalities in region order and rules in catalogue order, then the
        regional findings.
    levels : dict
        ``municipality → component → level`` (0–3, ``None`` when no rule of the component applies).
    level_details : dict
        ``municipality → component → LevelDetail``: the level with the activities that earned it and
        the rules by outcome (the ``level_details`` of the check JSON).
    region_outcomes : dict of str to Outcome
        Outcomes of the region rules (RG) that ran, by code.
    also : dict
        Municipality → what ``check(..., also=f)`` computed after its rules (the report's metrics).
    """

    region: Region
    codes: list[str]
    outcomes: dict[tuple[str, str], Outcome] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    levels: dict[str, dict[str, int | None]] = field(default_factory=dict)
    level_details: dict[str, dict[str, LevelDetail]] = field(default_factory=dict)
    #: outcomes of the region rules (RG) that ran, by code
    region_outcomes: dict[str, Outcome] = field(default_factory=dict)
    #: municipality → what ``check(..., also=f)`` computed after its rules (the report's metrics)
    also: dict[str, Any] = field(default_factory=dict)
    _index: dict[str | None, list[Finding]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _index_key: tuple[int, int] | None = field(default=None, init=False, repr=False, compare=False)

    def findings_for(self, m: str | None) -> list[Finding]:
        """Findings of municipality *m*, in order (indexed once: renderers ask per municipality).

        ``findings_for(None)`` gives the regional findings (RG rules).
        """
        key = (id(self.findings), len(self.findings))
        if self._index_key != key:
            index: dict[str | None, list[Finding]] = {}
            for f in self.findings:
                index.setdefault(f.municipality, []).append(f)
            self._index, self._index_key = index, key
        return list(self._index.get(m, ()))

    def region_status(self, code: str) -> str:
        """The outcome of region rule *code* (``skipped`` when it did not run)."""
        o = self.region_outcomes.get(code)
        return o.status if o else "skipped"

    def status(self, m: str, code: str) -> str:
        """The outcome of rule *code* for municipality *m*.

        Parameters
        ----------
        m : str
            Municipality id.
        code : str
            A municipality rule's code (``SA04``).

        Returns
        -------
        str
            ``fired``, ``passed``, ``not_applicable``, ``unknown``, or ``skipped`` when the rule did not run.
        """
        o = self.outcomes.get((m, code))
        return o.status if o else "skipped"

    def fired_in(self, code: str) -> list[str]:
        """Municipalities where rule *code* fired, in region order.

        Parameters
        ----------
        code : str
            A municipality rule's code.

        Returns
        -------
        list of str
            Municipality ids.

        See Also
        --------
        unknown_in, not_applicable_in
        """
        return [m for m in self.region.municipalities if self.status(m, code) == "fired"]

    def unknown_in(self, code: str) -> list[str]:
        return [m for m in self.region.municipalities if self.status(m, code) == "unknown"]

    def not_applicable_in(self, code: str) -> list[str]:
        return [m for m in self.region.municipalities if self.status(m, code) == "not_applicable"]


def resolve_waivers(region: Region, config: Config) -> dict[str, dict[str, str]]:
    """``config.waivers`` with municipality names resolved to ids and rule selectors to codes.

    Raises :class:`~regienet.errors.UsageError` (exit 2) for a municipality the
    region does not have, with the nearest names.
    """
    out: dict[str, dict[str, str]] = {}
    for text, table in config.waivers.items():
        m = region.require_municipality(text)
        for selector, reason in table.items():
            for code in select_codes([selector]):
                out.setdefault(m, {})[code] = reason
    return out


def check(
    region: Region,
    config: Config | None = None,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    municipalities: Sequence[str] | None = None,  # iterated twice: a list, not a generator
    step: Callable[..., Any] | None = None,
    jobs: int = 1,
    also: Callable[[str], Any] | None = None,
    meanwhile: Callable[[], None] | None = None,
    messages_in: str | None = None,
) -> Results:
    """Run the selected rules on every municipality (or the given ones) of *region*.

    Levels always use every rule of the component, whatever *select* says, so that ``--select``
    filters what is shown, not how a municipality scores. Waived rules (``config.waivers``) still run:
    their findings are kept with the reason and left out of the levels. The region rules (RG) run
    once over the whole region, when selected; their findings come last.

    Parameters
    ----------
    region : Region
        The region to check.
    config : Config, optional
        Thresholds, waivers and defaults (``regienet.toml``); each rule's declared defaults when
        ``None``.
    select, ignore : iterable of str, optional
        Rule codes, prefixes (``SA``, ``OV0``) or ``ALL``, as ``--select``/``--ignore``
        (:func:`select_codes`); every rule by default.
    municipalities : sequence of str, optional
        Municipality ids to check (every municipality when ``None``). Iterated twice: a list, not a
        generator.
    step : callable, optional
        Called once per municipality (a progress bar's advance).
    jobs : int, optional
        Check the municipalities in that many processes
        (:func:`regienet.parallel.map_municipalities`); the results are the same, in the same order.
    also : callable, optional
        Called with each municipality right after its rules, in the same process (its caches warm);
        its value is kept in ``Results.also``: the report's metrics ride in the same pool.
    meanwhile : callable, optional
        Runs in this process while the workers run (see ``map_municipalities``), after the region
        rules.
    messages_in : str, optional
        A language (``en``, ``nl``) the findings' messages are rendered in right away, per
        municipality (in the workers with *jobs* > 1), for output that will show them.

    Returns
    -------
    Results
        Outcomes per (municipality, rule), findings in municipality and rule order, and the level
        (0–3, or ``None`` when no rule applies) of each component per municipality.

    Raises
    ------
    KeyError
        When a selector of *select* or *ignore* matches no rule.

    See Also
    --------
    check_region : The region rules alone.
    regienet.analysis.report.build_report : The check with the connectivity metrics and governance mode.

    Notes
    -----
    The four components are the study's (Pröpper, Litjens & Weststeijn 2004): OV overview, BL policy
    lines, SA commitment and cooperation, VA accountability. In the bundled region only Kortrijk, the
    centre city the report singles out (F3, F9, F28, F34), reaches level 2 or more in every component.

    Examples
    --------
    >>> from regienet import Region, check, load_dataset
    >>> results = check(Region(load_dataset()))
    >>> results.levels["kortrijk"]
    {'OV': 3, 'BL': 2, 'SA': 2, 'VA': 2}
    >>> results.status("wervik", "SA04"), "wervik" in results.fired_in("SA04")
    ('fired', True)
    """
    from regienet.parallel import map_municipalities

    config = config or Config()
    shown = select_codes(select or config.select, ignore or config.ignore)
    rules = {code: REGISTRY[code](config) for code in rule_codes() if REGISTRY[code].scope != "region"}
    waivers = resolve_waivers(region, config) if config.waivers else {}
    res = Results(region, shown)
    munis = municipalities or region.municipalities
    regional: dict[str, Outcome] = {}

    def region_rules() -> None:  # in this process while the workers check the municipalities
        if municipalities is None:
            regional.update(check_region(region, config, [c for c in shown if REGISTRY[c].scope == "region"]))
        if meanwhile is not None:
            meanwhile()

    most_share = config.threshold(LEVELS_CODE, "most_share", MOST_SHARE)
    done = map_municipalities(
        _check_one,
        munis,
        region,
        rules,
        set(shown),
        waivers,
        also,
        messages_in,
        most_share,
        jobs=jobs,
        step=step,
        meanwhile=region_rules,
    )
    for m, (outcomes, details, extra) in zip(munis, done, strict=True):
        for code, outcome in outcomes:
            res.outcomes[(m, code)] = outcome
            res.findings.extend(outcome.findings)
        res.level_details[m] = details
        res.levels[m] = {c: details[c].level for c in LEVEL_COMPONENTS}
        if also is not None:
            res.also[m] = extra
    for code, outcome in regional.items():  # after the municipalities' findings, as always
        res.region_outcomes[code] = outcome
        res.findings.extend(outcome.findings)
    return res


def _check_one(
    region: Region,
    rules: dict[str, Rule],
    shown: set[str],
    waivers: dict[str, dict[str, str]],
    also: Callable[[str], Any] | None,
    messages_in: str | None,
    most_share: float,
    m: str,
) -> tuple[list[tuple[str, Outcome]], dict[str, LevelDetail], Any]:
    """One municipality of :func:`check`: the outcomes of the shown rules (in rule order), the levels, and
    what *also* computes for it afterwards (``None`` without)."""
    waived = waivers.get(m, {})
    per_component: dict[str, list[tuple[type[Rule], Outcome]]] = {c: [] for c in LEVEL_COMPONENTS}
    outcomes: list[tuple[str, Outcome]] = []
    for code, rule in rules.items():
        outcome = rule.check(region, m)
        if code in waived and outcome.findings:
            outcome = replace(outcome, findings=tuple(replace(f, waived=waived[code]) for f in outcome.findings))
        if code in shown:
            outcomes.append((code, outcome))
            if messages_in is not None:
                for f in outcome.findings:
                    f.message(messages_in)
        if rule.component in per_component:
            per_component[rule.component].append((type(rule), outcome))
    fired = {
        rule.code
        for c in LEVEL_COMPONENTS
        for rule, o in per_component[c]
        if o.status == "fired" and rule.code not in waived
    }
    acts = municipality_activities(region, m, fired, most_share)
    details = {c: level_detail(per_component[c], waived, acts[c]) for c in LEVEL_COMPONENTS}
    return outcomes, details, None if also is None else also(m)


def check_region(
    region: Region, config: Config | None = None, codes: Iterable[str] | None = None
) -> dict[str, Outcome]:
    """Run the region rules (RG) *codes* once on *region*.

    Parameters
    ----------
    region : Region
        The region.
    config : Config, optional
        Thresholds; each rule's declared defaults when ``None``.
    codes : iterable of str, optional
        Region rule codes (``RG01`` …); every region rule when ``None``.

    Returns
    -------
    dict of str to Outcome
        ``code → Outcome``; a fired outcome's findings have ``municipality`` ``None``.

    See Also
    --------
    check : Runs these too, with the municipality rules.
    regienet.analysis.region.analyse : The region view, with these findings.
    """
    config = config or Config()
    codes = [c for c in rule_codes() if REGISTRY[c].scope == "region"] if codes is None else list(codes)
    # the codes are region rules (scope "region"): RegionRule subclasses
    return {code: cast(RegionRule, REGISTRY[code](config)).check_region(region) for code in codes}
