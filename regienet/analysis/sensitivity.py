"""How sure is a level? Sweep every threshold and see which verdicts move.

A component level (0 absent … 3 established, see :mod:`regienet.rules`) hangs
on rule thresholds: at OV02's ``own_actor_share`` 0.6 instead of 0.3 fewer
municipalities have an "absent" overview. :func:`analyse` moves each declared
threshold (every :class:`~regienet.rules.base.Threshold` of every rule in the
registry) one at a time over its :meth:`~regienet.rules.base.Threshold.sweep_values`,
and ``joint_venture_min`` (a :class:`~regienet.model.Region` parameter) over
2 … max(6, current + 3), all others staying at their current value, and
records per municipality and component:

``level``
    the level at the current settings (declared defaults, or ``--config``);
``min``, ``max``
    the lowest and highest level seen over every sweep, the current level
    included (``None`` levels are ignored; both are ``None`` when every level
    is ``None``);
``flips``
    every ``(threshold, value, level)`` whose level differs from the current
    one; ``None`` (no applicable, known rule) counts as a level of its own, so
    2 → ``None`` is a flip;
``knife_edge``
    true when a value *near* the current one flips the level: within ±10 % of
    the threshold's swept range around its current value (±0.1 for a share
    swept over 0 … 1), and for a whole-number threshold at least the
    neighbouring whole numbers (current ± 1). Only the swept values are
    tried, so a flip between two of them is found at the next one.

How: the rules are run once at the current settings while recording which
thresholds each rule reads for each municipality (through
:meth:`regienet.config.Config.threshold`). A rule that never read threshold
*T* for *M* reaches the same outcome whatever *T* is, so a value of *T* only
re-runs, for each municipality, the rules that read *T* there, and recomputes
the levels of their components. ``joint_venture_min`` changes the model
(which actors are own actors), so each of its values rebuilds the region and
runs every rule. ``analyse(..., exact=True)`` runs the whole
:func:`~regienet.rules.check` for every value instead (slower, the same answer;
the tests compare both).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from regienet.config import Config
from regienet.load import Dataset
from regienet.model import Region
from regienet.outputs import envelope
from regienet.rules import LEVEL_COMPONENTS, REGISTRY, Outcome, Rule, check, level_detail, resolve_waivers, rule_codes
from regienet.rules.activities import LEVEL_THRESHOLDS, LEVELS_CODE, MOST_SHARE, Activity, municipality_activities

__all__ = [
    "JOINT_VENTURE",
    "WINDOW_SHARE",
    "Cell",
    "Flip",
    "Sensitivity",
    "Swept",
    "analyse",
    "passes",
    "thresholds_to_sweep",
]

#: The Region parameter swept besides the rule thresholds.
JOINT_VENTURE = "joint_venture_min"
#: Knife edge: a flip within this share of the threshold's swept range around its current value.
WINDOW_SHARE = 0.10

Level = int | None


@dataclass(frozen=True)
class Flip:
    """At ``threshold`` = ``value`` (everything else as it is) the level is ``level``."""

    threshold: str
    value: float | int
    level: Level

    def to_dict(self) -> dict[str, Any]:
        return {"threshold": self.threshold, "value": self.value, "level": self.level}


@dataclass(frozen=True)
class Swept:
    """One threshold that was swept.

    ``key`` is ``"CODE.name"`` (``"joint_venture_min"`` for the Region
    parameter); ``default`` is the declared default, ``current`` the value in
    effect (the baseline); ``values`` the other values tried, low to high (the
    JSON lists them with the current one); ``window`` the half-width of the
    knife-edge window.
    """

    key: str
    code: str | None
    name: str
    default: float | int
    current: float | int
    values: tuple[float | int, ...]
    window: float
    integer: bool

    def near(self, value: float) -> bool:
        """Whether *value* lies in the knife-edge window around the current value."""
        return abs(value - self.current) <= self.window + 1e-9

    def to_dict(self) -> dict[str, Any]:
        return {
            "threshold": self.key,
            "default": self.default,
            "current": self.current,
            "values": sorted({*self.values, self.current}),
            "window": self.window,
        }


@dataclass
class Cell:
    """The sensitivity of one component of one municipality."""

    level: Level
    flips: list[Flip] = field(default_factory=list)
    knife_edge: bool = False

    @property
    def min(self) -> Level:
        known = [x for x in (self.level, *(f.level for f in self.flips)) if x is not None]
        return min(known) if known else None

    @property
    def max(self) -> Level:
        known = [x for x in (self.level, *(f.level for f in self.flips)) if x is not None]
        return max(known) if known else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "min": self.min,
            "max": self.max,
            "knife_edge": self.knife_edge,
            "flips": [f.to_dict() for f in self.flips],
        }


@dataclass
class Sensitivity:
    """What :func:`analyse` found: the swept thresholds and a :class:`Cell` per municipality and component.

    Attributes
    ----------
    region : Region
        The region analysed.
    municipalities : list of str
        The municipalities analysed, in region order.
    thresholds : list of Swept
        Every threshold swept, with its values.
    levels : dict
        ``municipality → component → Cell``: the level and where it flips.
    """

    region: Region
    municipalities: list[str]
    thresholds: list[Swept]
    levels: dict[str, dict[str, Cell]]

    def swept(self, key: str) -> Swept:
        return next(s for s in self.thresholds if s.key == key)

    def edge_flips(self, m: str, component: str) -> list[Flip]:
        """The flips of (*m*, *component*) that make it a knife edge (values near the current ones)."""
        by_key = {s.key: s for s in self.thresholds}
        return [f for f in self.levels[m][component].flips if by_key[f.threshold].near(f.value)]

    def to_dict(self) -> dict[str, Any]:
        """The ``sensitivity --format json`` object (version 1; see docs/cli.md)."""
        return envelope(
            data=self.region.dataset.source,
            thresholds=[s.to_dict() for s in self.thresholds],
            levels={m: {c: cell.to_dict() for c, cell in comps.items()} for m, comps in self.levels.items()},
        )


class _Recording(Config):
    """A :class:`Config` that notes every threshold read into ``log`` (when it is a set)."""

    log: set[tuple[str, str]] | None = None

    def threshold(self, code: str, name: str, *default: Any) -> Any:
        if self.log is not None:
            self.log.add((code, name))
        return super().threshold(code, name, *default)


def _window(values: Iterable[float], integer: bool) -> float:
    values = list(values)
    width = (max(values) - min(values)) if values else 0.0
    return max(WINDOW_SHARE * width, 1.0) if integer else WINDOW_SHARE * width


def thresholds_to_sweep(config: Config, joint_venture_min: int) -> list[Swept]:
    """Every declared threshold of a municipality rule (catalogue order), then the level formula's own
    (``levels.most_share``), then ``joint_venture_min``, with the values to try.

    Values a threshold's own validation refuses are dropped (a declared span
    wider than minimum … maximum); the current value is never among the
    values tried (its level is the baseline).
    """
    declared = [
        (code, th)
        for code in rule_codes()
        if REGISTRY[code].scope != "region"  # region rules (RG) give no level: nothing to sweep
        for th in REGISTRY[code].thresholds
    ]
    # the level formula's own thresholds (issue 23: levels are earned by activities, whose reach reads them)
    declared += [(LEVELS_CODE, th) for th in LEVEL_THRESHOLDS]
    out = []
    for code, th in declared:
        current = config.threshold(code, th.name, th.default)
        values = []
        for v in th.sweep_values():
            try:
                th.validate(v)
            except ValueError:
                continue
            values.append(v)
        out.append(
            Swept(
                f"{code}.{th.name}",
                code,
                th.name,
                th.default,
                current,
                tuple(v for v in values if not math.isclose(v, current, abs_tol=1e-9)),
                _window([*values, current], th.integer),
                th.integer,
            )
        )
    values = list(range(2, max(6, joint_venture_min + 3) + 1))
    out.append(
        Swept(
            JOINT_VENTURE,
            None,
            JOINT_VENTURE,
            Config().joint_venture_min,
            joint_venture_min,
            tuple(v for v in values if v != joint_venture_min),
            _window([*values, joint_venture_min], True),
            True,
        )
    )
    return out


def _levels(
    outcomes: dict[str, Outcome],
    components: Iterable[str],
    waived: Iterable[str] = (),
    activities: Mapping[str, tuple[Activity, ...]] | None = None,
) -> dict[str, Level]:
    """The levels of *components* by the engine's own formula, so the fast path gives what
    :func:`regienet.rules.check` gives. Issue 23: a level is earned by *activities* (which no rule threshold
    moves), the rule outcomes are its findings."""
    by_component: dict[str, list[tuple[type[Rule], Outcome]]] = {c: [] for c in components}
    for code, outcome in outcomes.items():
        comp = REGISTRY[code].component
        if comp in by_component:
            by_component[comp].append((REGISTRY[code], outcome))
    acts = activities or {}
    return {c: level_detail(by_component[c], waived, acts.get(c, ())).level for c in by_component}


def analyse(
    dataset_or_region: Dataset | Region,
    config: Config | None = None,
    municipalities: Iterable[str] | None = None,
    *,
    step: Callable[[float], None] | None = None,
    exact: bool = False,
) -> Sensitivity:
    """Sweep every threshold one at a time and report how each component level moves.

    Parameters
    ----------
    dataset_or_region : Dataset or Region
        The data; a Dataset is modelled with ``config.joint_venture_min``, a
        Region keeps its own ``joint_venture_min`` and ``year``.
    config : Config, optional
        The current settings (the baseline); defaults when omitted.
    municipalities : iterable of str, optional
        Municipality ids to analyse (default: all, in region order).
    step : callable, optional
        Called with a number of units done (a progress bar's advance); the
        total is :func:`passes` × the number of municipalities.
    exact : bool
        Run the whole :func:`regienet.rules.check` for every value instead of
        only the rules that read the threshold (slower; the same answer —
        tested — as long as rules read thresholds only through the config).

    Returns
    -------
    Sensitivity
        Plain data; :meth:`Sensitivity.to_dict` is the JSON shape.
    """
    config = config or Config()
    if isinstance(dataset_or_region, Region):
        region = dataset_or_region
    else:
        region = Region(dataset_or_region, joint_venture_min=config.joint_venture_min)
    munis = list(municipalities) if municipalities is not None else list(region.municipalities)
    advance: Callable[..., None] = step or (lambda n=1: None)
    sweeps = thresholds_to_sweep(config, region.joint_venture_min)

    # baseline: every rule once, noting which thresholds it reads for each municipality
    recorder = _Recording(**{f: getattr(config, f) for f in config.__dataclass_fields__})
    rules: dict[str, Rule] = {}
    init_reads: dict[str, set[tuple[str, str]]] = {}
    for code in rule_codes():
        recorder.log = set()
        rules[code] = REGISTRY[code](recorder)
        init_reads[code] = recorder.log
    outcomes: dict[str, dict[str, Outcome]] = {}
    readers: dict[tuple[str, str], dict[str, list[str]]] = {}
    for m in munis:
        outcomes[m] = {}
        for code, rule in rules.items():
            recorder.log = set(init_reads[code])
            outcomes[m][code] = rule.check(region, m)
            for key in recorder.log:
                readers.setdefault(key, {}).setdefault(m, []).append(code)
        advance(1)
    recorder.log = None
    waivers = resolve_waivers(region, config) if config.waivers else {}
    most_share = config.threshold(LEVELS_CODE, "most_share", MOST_SHARE)
    # no rule threshold moves the activities; the level formula's own threshold does (swept below)
    acts = {m: municipality_activities(region, m, most_share=most_share) for m in munis}
    base = {m: _levels(outcomes[m], LEVEL_COMPONENTS, waivers.get(m, {}), acts[m]) for m in munis}
    cells = {m: {c: Cell(base[m][c]) for c in LEVEL_COMPONENTS} for m in munis}

    def note(sw: Swept, value: float | int, m: str, levels: dict[str, Level]) -> None:
        for c, lvl in levels.items():
            cell = cells[m][c]
            if lvl != cell.level:
                cell.flips.append(Flip(sw.key, value, lvl))
                if sw.near(value):
                    cell.knife_edge = True

    for sw in sweeps:
        for value in sw.values:
            if sw.code is None:  # joint_venture_min: a different model
                shifted = Region(region.dataset, joint_venture_min=int(value), year=region.year)
                res = check(shifted, replace(config, joint_venture_min=int(value)), municipalities=munis)
                for m in munis:
                    note(sw, value, m, res.levels[m])
            elif sw.code == LEVELS_CODE and not exact:
                for m in munis:
                    moved_acts = municipality_activities(region, m, most_share=float(value))
                    note(sw, value, m, _levels(outcomes[m], LEVEL_COMPONENTS, waivers.get(m, {}), moved_acts))
            elif exact:
                res = check(
                    region,
                    replace(config, overrides={**config.overrides, (sw.code, sw.name): value}),
                    municipalities=munis,
                )
                for m in munis:
                    note(sw, value, m, res.levels[m])
            else:
                moved = replace(config, overrides={**config.overrides, (sw.code, sw.name): value})
                who = readers.get((sw.code, sw.name), {})
                fresh = {code: REGISTRY[code](moved) for code in {c for codes in who.values() for c in codes}}
                for m, codes in who.items():
                    changed = {**outcomes[m], **{code: fresh[code].check(region, m) for code in codes}}
                    comps = {REGISTRY[code].component for code in codes} & set(LEVEL_COMPONENTS)
                    note(sw, value, m, _levels(changed, sorted(comps), waivers.get(m, {}), acts[m]))
            advance(len(munis))
    return Sensitivity(region, munis, sweeps, cells)


def passes(config: Config | None = None, joint_venture_min: int | None = None) -> int:
    """How many passes over the municipalities :func:`analyse` makes: one at the current settings, one per value tried.

    ``analyse``'s *step* is called with 1 per municipality of the first pass
    and with the number of municipalities after each other pass, so a bar's
    total is ``passes(...) * len(municipalities)``.
    """
    config = config or Config()
    jvm = config.joint_venture_min if joint_venture_min is None else joint_venture_min
    return 1 + sum(len(s.values) for s in thresholds_to_sweep(config, jvm))
