"""What if: levels and findings after adding or removing ties, and the smallest plan to reach a level.

The analysis behind ``regienet whatif`` (DESIGN §5, §6: plain data, no
rendering). Three layers, each usable on its own:

:func:`apply`
    a new :class:`~regienet.model.Region` with some ties added or removed.
    Each :class:`Change` is validated like a data row (known actor ids, a
    known relation kind, ends of the kinds the data contract allows); a bad
    one raises :class:`~regienet.errors.UsageError` naming the value and the
    fix. The input region is never modified: the new relations frame is the
    old one minus the removed rows plus the added ones; existing rows keep
    their ``rid``, added rows get the next free ones.
:func:`evaluate`
    the rules rerun for one municipality before and after the changes, and
    the findings matched by subject as ``regienet diff`` matches them
    (:func:`regienet.analysis.diff.match_findings`): resolved, new, changed.
:func:`plan`
    a smallest set of ties that lifts one municipality's components to
    target levels (``{"SA": 2}`` means SA at least 2), from candidate ties
    (:func:`candidates`): the gap suggestions of :mod:`regienet.analysis.gaps` and
    the regie work of DESIGN §3 (consulting, informing a non-own actor, a
    non-own actor reporting back, an account sent to an actor, cooperation
    between two actors of M brokered via M, a non-own actor joining a forum
    M convenes).

Search (documented bound). A candidate that on its own moves no rule of the
target components that counts for a level (status, share or message of a
warning or error rule) is left out, and of candidates that move them in the
same way only the first is kept. Of the remaining *n* candidates every
subset of up to *d* ties is tried, smallest first and in candidate order,
where *d* is the largest size ≤ *K* with Σ C(n, k) (k = 1…d) at most
:data:`EXACT_LIMIT` (1,000 rule runs, about 5 s on the bundled data at the
worst; in practice the search stops at the first plan found). The first
subset that reaches the targets is the plan: a smallest plan among the kept
candidates. When none of up to *d* ties does and *d* < *K*, a greedy search
follows: each round adds the candidate that lowers the target components'
shortfall, then their failed share
(:meth:`~regienet.rules.LevelDetail.shares`), then their number of findings
the most, and it stops at the targets, at *K* ties, or when no candidate
helps; a smaller plan of more than *d* ties may then exist. When the targets
are out of reach the plan is the best set found (lowest shortfall, then
failed share, then findings) and says how close it gets. Each evaluation reruns the rules for
M alone (``check(region, config, municipalities=[M])``), a few milliseconds
on the bundled data.

Targets are compared with the level as ``check`` reports it (the applicable
rules whose data is known); a component with no level (``None``: not
applicable or unknown) never reaches a target.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, cast

from regienet.analysis.diff import match_findings
from regienet.config import Config
from regienet.errors import UsageError
from regienet.i18n import t
from regienet.model import Region
from regienet.outputs import envelope
from regienet.rules import LEVEL_COMPONENTS, REGISTRY, Finding, Results, check
from regienet.rules.base import Tags
from regienet.schema import ACTOR_NODE_KINDS, RELATION_KINDS

__all__ = [
    "DEFAULT_MAX_TIES",
    "EXACT_LIMIT",
    "EXTRA_COLUMNS",
    "GAIN_MUNICIPALITY_LIMIT",
    "SUGGESTION_KIND",
    "Candidate",
    "Change",
    "Evaluation",
    "Plan",
    "PlanTie",
    "activity_gains",
    "apply",
    "candidates",
    "compare",
    "couplable",
    "evaluate",
    "level_gain",
    "parse_kind",
    "plan",
    "rank_by_effect",
    "shared_work",
    "validate_change",
    "validate_targets",
    "whatif",
    "whatif_json",
    "workshop_plans",
]

#: Exact search when the subsets of up to K candidates number at most this many (see the module docstring).
EXACT_LIMIT = 1000
#: The default largest plan.
DEFAULT_MAX_TIES = 3
#: Columns of a relation row a change may set besides source, target and kind.
EXTRA_COLUMNS = ("via",)


@dataclass(frozen=True)
class Change:
    """One tie to add or remove.

    Attributes
    ----------
    op : {'add', 'remove'}
        What to do.
    source, target : str
        Actor ids, in the direction of the relation kind.
    kind : str
        The relation kind (``client``, ``cooperation`` …).
    extra : tuple of tuple of str
        Other columns of the row, as sorted ``(column, value)`` pairs (``via`` for a brokered
        cooperation); :meth:`make` builds it from keywords.
    """

    op: str
    source: str
    target: str
    kind: str
    extra: tuple[tuple[str, str], ...] = ()

    @classmethod
    def make(cls, op: str, source: str, target: str, kind: str, **extra: str) -> Change:
        return cls(op, source, target, kind, tuple(sorted((k, v) for k, v in extra.items() if v is not None)))

    @property
    def via(self) -> str | None:
        return dict(self.extra).get("via")

    def kind_text(self) -> str:
        """The KIND argument of ``--add``/``--remove``: ``cooperation:via=zwevegem`` when a via is set."""
        return self.kind + "".join(f":{k}={v}" for k, v in self.extra)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"op": self.op, "source": self.source, "target": self.target, "kind": self.kind}
        out.update(dict(self.extra))
        return out


def parse_kind(text: str) -> tuple[str, dict[str, str]]:
    """``cooperation:via=zwevegem`` → ``("cooperation", {"via": "zwevegem"})``; a plain kind has no extra."""
    kind, *parts = text.strip().split(":")
    extra: dict[str, str] = {}
    for part in parts:
        key, sep, value = part.partition("=")
        key = key.strip().lower()
        if not sep or key not in EXTRA_COLUMNS or not value.strip():
            raise UsageError("whatif.bad_extra", value=text, allowed=", ".join(f"{c}=ID" for c in EXTRA_COLUMNS))
        extra[key] = value.strip()
    return kind.strip().lower(), extra


def _resolve_actor(region: Region, text: str, where: str) -> str:
    """An actor id from an id (or, for convenience, an actor's exact name); UsageError with the nearest ids."""
    if text in region.kind:
        return text
    low = text.strip().lower()
    if low in region.kind:
        return low
    by_name = [a for a, n in region.name.items() if str(n).strip().lower() == low]
    if len(by_name) == 1:
        return by_name[0]
    near = difflib.get_close_matches(low, list(region.kind), n=3, cutoff=0.6)
    if near:
        raise UsageError("whatif.unknown_actor_near", value=text, where=where, closest=", ".join(near))
    raise UsageError("whatif.unknown_actor", value=text, where=where)


def validate_change(region: Region, change: Change) -> Change:
    """*change* with ids resolved, or UsageError: unknown actor, unknown kind, wrong direction, unknown via,
    removing a tie that is not there."""
    where = f"--{change.op} {change.source} {change.target} {change.kind_text()}"
    kind = change.kind.strip().lower()
    if kind not in RELATION_KINDS:
        close = difflib.get_close_matches(kind, list(RELATION_KINDS), n=1, cutoff=0.5)
        key = "whatif.unknown_kind_near" if close else "whatif.unknown_kind"
        raise UsageError(
            key, value=change.kind, where=where, allowed=", ".join(RELATION_KINDS), suggestion=close[0] if close else ""
        )
    s = _resolve_actor(region, change.source, where)
    tg = _resolve_actor(region, change.target, where)
    if s == tg:
        raise UsageError("whatif.self_loop", value=s, where=where)
    rk = RELATION_KINDS[kind]
    ks, kt = region.kind[s], region.kind[tg]
    if not rk.allows(ks, kt):
        swapped = kt in rk.sources and ks in rk.targets
        raise UsageError(
            "whatif.wrong_direction_swap" if swapped else "whatif.wrong_direction",
            where=where,
            kind=kind,
            sources=", ".join(sorted(rk.sources)),
            targets=", ".join(sorted(rk.targets)),
            source=s,
            source_kind=ks,
            target=tg,
            target_kind=kt,
        )
    extra = dict(change.extra)
    if "via" in extra:
        if kind != "cooperation":
            raise UsageError("whatif.via_only_cooperation", value=extra["via"], where=where)
        via = _resolve_actor(region, extra["via"], where)
        if not (region.is_government(via) or region.is_association(via)):  # an association brokers too (issue 24)
            raise UsageError("whatif.via_not_government", value=via, where=where)
        extra["via"] = via
    out = Change.make(change.op, s, tg, kind, **extra)
    if change.op == "remove" and not _matching_rids(region, out):
        raise UsageError("whatif.no_such_tie", where=where, source=s, target=tg, kind=kind)
    if change.op not in ("add", "remove"):  # pragma: no cover - the CLI only makes these two
        raise ValueError(change.op)
    return out


def _matching_rids(region: Region, change: Change) -> list[int]:
    """Rows of *region* (in its year) that *change* removes: the same ends and kind (either way round for an
    undirected kind), and the same ``via`` when the change names one."""
    directed = RELATION_KINDS[change.kind].directed
    out = []
    for rid in region.relations_of(change.source, [change.kind]):
        s, tg, _ = region.relation(rid)
        ends = (s, tg) == (change.source, change.target) or (not directed and (tg, s) == (change.source, change.target))
        if ends and (change.via is None or region.attr(rid, "via") == change.via):
            out.append(rid)
    return out


def _rows(changes: Sequence[Change], first_rid: int) -> list[dict[str, Any]]:
    """The relation rows *changes* add (for :meth:`Region.with_changes`), numbered from *first_rid*; the same
    cells, cast to the columns' types only if a frame is asked for."""
    return [
        {"source": c.source, "target": c.target, "kind": c.kind, "rid": first_rid + i, "line": 0, **dict(c.extra)}
        for i, c in enumerate(changes)
    ]


def _next_rid(region: Region) -> int:
    rel = region.dataset.relations
    return int(rel["rid"].max()) + 1 if len(rel) else 0


def apply(region: Region, changes: Iterable[Change]) -> Region:
    """A new region: *region* with *changes* applied (validated first).

    Removing drops every row of the region's year with those ends and kind (either way round for an
    undirected kind). Added rows count in every year (no ``since``/``until``) and get the next free
    ``rid``s; the other rows keep theirs. *region* is not modified.

    Parameters
    ----------
    region : Region
        The region as it is.
    changes : iterable of Change
        Ties to add or remove.

    Returns
    -------
    Region
        The changed region, built incrementally (:meth:`~regienet.model.Region.with_changes`).

    Raises
    ------
    UsageError
        For a change with an unknown actor or kind, the wrong direction, or a tie to remove that is
        not there.
    """
    checked = [validate_change(region, c) for c in changes]
    removed = {rid for c in checked if c.op == "remove" for rid in _matching_rids(region, c)}
    added = [c for c in checked if c.op == "add"]
    return region.with_changes(_rows(added, _next_rid(region)), removed)


# ---------------------------------------------------------------------------------------------- evaluate


@dataclass
class Evaluation:
    """Municipality *m* before and after *changes* (and the ``plan``, if any).

    Findings are matched by subject, as in :class:`regienet.analysis.diff.Diff`.

    Attributes
    ----------
    municipality : str
        The municipality's id.
    changes : list of Change
        The changes given (not the plan's).
    before, after : Results
        Both check results, each with its region.
    resolved : list of Finding
        Findings of *before* with no match in *after*.
    new : list of Finding
        Findings of *after* with no match in *before*.
    changed : list of tuple of Finding
        ``(old, new)`` pairs about the same subject whose message changed.
    plan : Plan or None
        The plan applied on top of ``changes`` (:func:`whatif` with targets), else ``None``.
    """

    municipality: str
    changes: list[Change]
    before: Results
    after: Results
    resolved: list[Finding] = field(default_factory=list)
    new: list[Finding] = field(default_factory=list)
    changed: list[tuple[Finding, Finding]] = field(default_factory=list)
    #: the plan applied on top of ``changes`` (:func:`whatif` with targets), else None
    plan: Plan | None = None

    @property
    def region(self) -> Region:
        return self.after.region

    def levels(self, which: str) -> dict[str, int | None]:
        return dict(getattr(self, which).levels[self.municipality])


def _check(region: Region, m: str, config: Config | None) -> Results:
    return check(region, config, municipalities=[m])


def compare(before: Results, after: Results, m: str, changes: Sequence[Change] = ()) -> Evaluation:
    """An :class:`Evaluation` from two check results for *m* (findings matched by subject)."""
    resolved, new, changed = match_findings(before.findings_for(m), after.findings_for(m), before.region, after.region)
    return Evaluation(m, list(changes), before, after, resolved, new, changed)


def evaluate(
    region: Region, m: str, changes: Sequence[Change], config: Config | None = None, before: Results | None = None
) -> Evaluation:
    """Rerun the rules for *m* on *region* and on *region* with *changes*.

    Parameters
    ----------
    region : Region
        The region as it is.
    m : str
        Municipality id.
    changes : sequence of Change
        Ties to add or remove.
    config : Config, optional
        Thresholds; defaults when ``None``.
    before : Results, optional
        A check of *m* on *region*, when the caller has one (it saves the first run).

    Returns
    -------
    Evaluation
        Both check results, the findings resolved, new and changed, and the levels before and after.

    See Also
    --------
    apply : The region with the changes, which this checks.
    whatif : The same, with a plan towards target levels.

    Examples
    --------
    Wervik is where the Energiesnoeiers do no energy scans (F5: 12 of 13 municipalities). Hiring them
    resolves the SA04 finding about them:

    >>> from regienet import Region, load_dataset
    >>> ev = evaluate(Region(load_dataset()), "wervik", [Change("add", "wervik", "energiesnoeiers", "client")])
    >>> [(f.rule, f.actors) for f in ev.resolved]
    [('SA04', ('energiesnoeiers',))]
    """
    m = region.require_municipality(m)
    before = before if before is not None else _check(region, m, config)
    checked = [validate_change(region, c) for c in changes]
    after = _check(apply(region, checked), m, config)
    return compare(before, after, m, checked)


def level_gain(region: Region, m: str, change: Change, config: Config | None = None) -> dict[str, int]:
    """How many levels each component of *m* gains (negative: loses) with *change*; 0 where either level is
    ``None``."""
    ev = evaluate(region, m, [change], config)
    b, a = ev.levels("before"), ev.levels("after")
    return {c: _gain(a[c], b[c]) for c in LEVEL_COMPONENTS}


def _gain(after: int | None, before: int | None) -> int:
    """Levels gained from *before* to *after*; 0 where either is ``None``."""
    return after - before if after is not None and before is not None else 0


# ---------------------------------------------------------------------------------------------- candidates


@dataclass(frozen=True)
class Candidate:
    """A tie a plan may use: the change, and the gap suggestion it comes from (``None`` for regie work)."""

    change: Change
    suggestion: Any = None  # regienet.analysis.suggest.Suggestion

    @property
    def rule(self) -> str | None:
        return self.suggestion.rule if self.suggestion is not None else None


#: Which tie a gap suggestion type becomes (regienet.analysis.gaps.TYPES): a blind spot is a first tie (the government
#: informs it), a missing regional link an agreement — working with the actor, not a note (issue 23) — and a
#: coupling a cooperation brokered via the municipality.
SUGGESTION_KIND = {
    "link": "agreement",
    "contact": "informs",
    "contact_alone": "informs",
    "consult": "consulted",
    "inform": "informs",
    "couple": "cooperation",
}


def candidates(region: Region, m: str, results: Results | None = None, config: Config | None = None) -> list[Candidate]:
    """Candidate ties for a plan for *m*, in a fixed order: the gap suggestions (best first), then regie work
    by kind — consulted and informs from the municipality to non-own actors of *m*, reports_to from non-own
    actors, accounts_to to every actor, cooperation between two actors of *m* via the municipality, member of a
    non-own actor in a forum a government of *m* convenes. Ties that exist already, and repeats, are left out.

    The municipality stands for both governments (a tie of the OCMW counts the same for every rule); a
    suggestion's tie is made by the municipality too.
    """
    from regienet.analysis.suggest import suggestions

    results = results if results is not None else _check(region, m, config)
    g = region.governments(m)[0]
    actors = sorted(region.actors_of(m))
    own = region.own_actors(m)
    others = [a for a in actors if a not in own]
    out: list[Candidate] = []
    seen: set[tuple[str, str, str]] = set()
    existing = {region.relation(rid) for x in (g, *actors) for rid in region.relations_of(x)}

    def add(change: Change, suggestion: Any = None) -> None:
        key = (change.source, change.target, change.kind)
        undirected = not RELATION_KINDS[change.kind].directed
        keys = {key, (change.target, change.source, change.kind)} if undirected else {key}
        if keys & seen or (keys & existing and change.via is None):
            return
        if change.via is not None and any(
            region.attr(rid, "via") == change.via for rid in _matching_rids(region, Change.make("remove", *key))
        ):
            return
        seen.update(keys)
        out.append(Candidate(change, suggestion))

    for s in suggestions(region, results, m):
        kind = SUGGESTION_KIND.get(s.type)
        if kind == "cooperation":
            a, b = sorted(s.actors)
            add(Change.make("add", a, b, "cooperation", via=g), s)
        elif kind:
            add(Change.make("add", g, s.actors[0], kind), s)
    for kind in ("consulted", "informs"):
        for a in others:
            add(Change.make("add", g, a, kind))
    for a in others:
        add(Change.make("add", a, g, "reports_to"))
    for a in actors:
        add(Change.make("add", g, a, "accounts_to"))
    for i, a in enumerate(actors):
        for b in actors[i + 1 :]:
            if couplable(region, a, b):
                add(Change.make("add", a, b, "cooperation", via=g))
    forums = sorted(
        {
            region.relation(r)[1]
            for x in region.governments(m)
            for r in region.relations_of(x, ["convenes"])
            if region.relation(r)[0] == x
        }
    )
    for f in forums:
        for a in others:
            if region.kind.get(a) in ACTOR_NODE_KINDS:
                add(Change.make("add", a, f, "member"))
    return out


def shared_work(region: Region, a: str, b: str) -> tuple[str, ...]:
    """The activities, else the target groups, *a* and *b* share (what a brokered cooperation is about)."""
    (acts_a, groups_a), (acts_b, groups_b) = region.tag_sets(a), region.tag_sets(b)
    return tuple(sorted(acts_a & acts_b or groups_a & groups_b))


def couplable(region: Region, a: str, b: str) -> bool:
    """A facilitator would broker *a* with *b* (issue 23): they share an activity or a target group, at least one
    of them is local (two regional actors are the region's affair), and they are not two support bodies."""
    if region.kind.get(a) == region.kind.get(b) == "support":
        return False
    if region.is_regional(a) and region.is_regional(b):
        return False
    return bool(shared_work(region, a, b))


_candidates = candidates  # plan() has a parameter of that name

# ---------------------------------------------------------------------------------------------- plan


@dataclass(frozen=True)
class PlanTie:
    """One tie of a plan: the change, the rule it addresses, and why (a suggestion's message, or the rule)."""

    change: Change
    rule: str | None
    suggestion: Any = None
    #: the regie activities the tie widens (issue 23): ``(component, activity, reach before, reach after)``
    adds: tuple[tuple[str, str, str, str], ...] = ()
    #: for a brokered cooperation: the activities (else target groups) the two actors share — what couples them
    shared: tuple[str, ...] = ()

    def why(self, lang: str = "en") -> str:
        if self.suggestion is not None:
            base = self.suggestion.message(lang)
        elif self.rule is None:
            base = "" if self.adds else t("whatif.why_none", lang)
        else:
            base = t("whatif.why_rule", lang, rule=self.rule, title=REGISTRY[self.rule].title_in(lang))
        # a suggestion's own message names what the two share already
        share = (
            t("whatif.shared", lang, shared=Tags(self.shared).render(lang))
            if self.shared and not self.suggestion
            else ""
        )
        return " ".join(x for x in (self.adds_words(lang), share, base) if x)

    def adds_words(self, lang: str = "en") -> str:
        """Which activity the tie adds and why that raises the level: ``Adds to SA monitoring …: own actor
        only → some of the field.``"""
        if not self.adds:
            return ""
        parts = [
            t(
                "whatif.adds_one",
                lang,
                component=c,
                activity=t(f"activity.{c}.{name}", lang),
                before=t(f"reach.{b}", lang),
                after=t(f"reach.{a}", lang),
            )
            for c, name, b, a in self.adds
        ]
        return t("whatif.adds", lang, what="; ".join(parts))

    def adds_dicts(self) -> list[dict[str, str]]:
        return [{"component": c, "activity": n, "before": b, "after": a} for c, n, b, a in self.adds]


@dataclass
class Plan:
    """The outcome of :func:`plan`: the ties (in the order to read them), whether they reach *targets*, the
    levels of *m* they give, and how the search went (``method`` exact or greedy, the candidates left after
    pruning out of those considered, the number of rule runs)."""

    municipality: str
    targets: dict[str, int]
    max_ties: int
    ties: list[PlanTie]
    reached: bool
    levels: dict[str, int | None]
    method: str
    candidates: int
    considered: int
    evaluations: int
    #: every subset of up to this many ties was tried (``max_ties`` or the candidate count when ``exact``)
    exact_up_to: int = 0

    def changes(self) -> list[Change]:
        return [x.change for x in self.ties]

    def search_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "max_ties": self.max_ties,
            "candidates": self.candidates,
            "considered": self.considered,
            "evaluations": self.evaluations,
            "exact_up_to": self.exact_up_to,
            "exact_limit": EXACT_LIMIT,
        }


def _weighted(code: str) -> bool:
    return REGISTRY[code].severity != "info"


def _signature(res: Results, m: str, components: Iterable[str]) -> tuple:
    """What a level of *components* depends on, and how far each rule is from passing (its messages)."""
    comps = set(components)
    out: list[tuple] = []
    for code in res.codes:
        rule = REGISTRY[code]
        if rule.component not in comps or not _weighted(code):
            continue
        o = res.outcomes.get((m, code))
        if o is not None:
            out.append((code, o.status, o.share, tuple(f.message() for f in o.findings)))
    # the levels are earned by activities (issue 23): a tie that widens an activity's reach changes something
    for c in sorted(comps & set(res.level_details.get(m, {}))):
        out.extend((c, a.name, a.reach, a.actors) for a in res.level_details[m][c].activities)
    return tuple(out)


def _score(res: Results, m: str, targets: dict[str, int]) -> tuple[int, float, int]:
    """Lower is better: levels short of the targets, the targets' failed share, their findings that count."""
    short = 0
    failed = 0.0
    for c, want in targets.items():
        d = res.level_details[m][c]
        if d.level is None:  # no level: further from any target than level 0
            short += want + 1
        elif d.level < want:
            short += want - d.level
        f = d.shares()[0]
        failed += 1.0 if f is None else f
    n = sum(1 for f in res.findings_for(m) if f.component in targets and _weighted(f.rule))
    return (short, round(failed, 9), n)


def _reached(res: Results, m: str, targets: dict[str, int]) -> bool:
    return all((lv := res.levels[m][c]) is not None and lv >= n for c, n in targets.items())


def validate_targets(targets: dict[str, int]) -> dict[str, int]:
    out = {}
    for c, n in targets.items():
        if c not in LEVEL_COMPONENTS or not isinstance(n, int) or not 0 <= n <= 3:
            raise UsageError("whatif.bad_reach", value=f"{c}={n}")
        out[c] = n
    return out


class _Evaluator:
    """Reruns the rules for *m* on *base* plus a set of candidate rows, counting the runs."""

    def __init__(self, base: Region, m: str, config: Config | None, cands: Sequence[Candidate]):
        self.base, self.m, self.config = base, m, config
        self.rows = _rows([c.change for c in cands], _next_rid(base))
        self.runs = 0

    def __call__(self, idx: Sequence[int]) -> Results:
        self.runs += 1
        region = self.base.with_changes([self.rows[i] for i in idx]) if idx else self.base
        return _check(region, self.m, self.config)


def plan(
    region: Region,
    m: str,
    targets: dict[str, int],
    max_ties: int = DEFAULT_MAX_TIES,
    config: Config | None = None,
    candidates: Sequence[Candidate] | None = None,
    method: str = "auto",
    step: Callable[[], None] | None = None,
) -> Plan:
    """A smallest set of at most *max_ties* ties that lifts *m* to *targets*, or the best set found.

    The module docstring describes the candidates, the pruning and the exact or greedy search. The
    plan's ``levels`` are those of ``apply(region, plan.changes())``.

    Parameters
    ----------
    region : Region
        The region.
    m : str
        Municipality id.
    targets : dict of str to int
        ``component → least level`` (``{"SA": 2}``).
    max_ties : int, optional
        Most ties the plan may add (default 3).
    config : Config, optional
        Thresholds; defaults when ``None``.
    candidates : sequence of Candidate, optional
        The ties to choose from; :func:`candidates` by default.
    method : {'auto', 'exact', 'greedy'}, optional
        ``auto`` searches exactly when the candidate sets number at most :data:`EXACT_LIMIT`, else
        greedily.
    step : callable, optional
        Called once per candidate set tried.

    Returns
    -------
    Plan
        The ties in the order to read them, whether they reach *targets*, and the levels they give.
    """
    m = region.require_municipality(m)
    targets = validate_targets(targets)
    base = _check(region, m, config)
    cands = list(candidates) if candidates is not None else _candidates(region, m, base, config)
    ev = _Evaluator(region, m, config, cands)
    base_score = _score(base, m, targets)
    if _reached(base, m, targets):
        return Plan(m, targets, max_ties, [], True, dict(base.levels[m]), "none", 0, len(cands), 0, 0)
    # prune: candidates that move no rule of the targets on their own, and repeats of the same move
    base_sig = _signature(base, m, targets)
    kept: list[int] = []
    singles: dict[int, Results] = {}
    sigs: set[tuple] = set()
    for i in range(len(cands)):
        res = ev([i])
        if step is not None:
            step()
        sig = _signature(res, m, targets)
        if sig == base_sig or sig in sigs:
            continue
        sigs.add(sig)
        kept.append(i)
        # kept for their scores and levels only: without their regions (each a what-if region with its
        # caches) hundreds of kept candidates held 1.5 GB on a hubs region of 13 municipalities
        res.region = None  # type: ignore[assignment]  # on purpose: a kept result is only read for scores and levels
        singles[i] = res
    n = len(kept)
    top = min(max_ties, n)
    depth = _exact_depth(n, top, method)
    best: tuple[tuple, tuple[int, ...], Results] = (base_score, (), base)
    found = False
    for k in range(1, depth + 1):
        for combo in combinations(kept, k):
            res = singles[combo[0]] if k == 1 else ev(combo)
            score = _score(res, m, targets)
            if score < best[0] or _reached(res, m, targets):
                best = (score, combo, res)
            if _reached(res, m, targets):
                found = True
                break
        if found:
            break
    if not found and depth < top:
        greedy = _greedy(ev, kept, singles, m, targets, max_ties, base_score, base)
        if _reached(greedy[2], m, targets) or greedy[0] < best[0]:
            best = greedy
    combo, final = best[1], best[2]
    ties = _explain(ev, [cands[i] for i in combo], combo, base, m, targets)
    return Plan(
        m,
        targets,
        max_ties,
        ties,
        _reached(final, m, targets),
        dict(final.levels[m]),
        "exact" if found or depth == top else "greedy",
        n,
        len(cands),
        ev.runs,
        depth,
    )


def _exact_depth(n: int, top: int, method: str) -> int:
    """Up to how many ties every subset of *n* candidates is tried: all *top* for ``exact``, none for
    ``greedy``, else as many as keep Σ C(n, k) within :data:`EXACT_LIMIT`."""
    if method == "exact":
        return top
    if method == "greedy":
        return 0
    depth = total = 0
    for k in range(1, top + 1):
        total += math.comb(n, k)
        if total > EXACT_LIMIT:
            break
        depth = k
    return depth


def _greedy(
    ev: _Evaluator,
    kept: list[int],
    singles: dict[int, Results],
    m: str,
    targets: dict[str, int],
    max_ties: int,
    base_score: tuple,
    base: Results,
) -> tuple[tuple, tuple[int, ...], Results]:
    """Add, each round, the candidate that lowers the score most (:func:`_score`); stop at the targets, at
    *max_ties*, or when no candidate lowers it."""
    best: tuple[tuple, tuple[int, ...], Results] = (base_score, (), base)
    chosen: list[int] = []
    while len(chosen) < max_ties and not _reached(best[2], m, targets):
        round_best = None
        for i in kept:
            if i in chosen:
                continue
            res = singles[i] if not chosen else ev([*chosen, i])
            score = _score(res, m, targets)
            if score < best[0] and (round_best is None or score < round_best[0]):
                round_best = (score, i, res)
        if round_best is None:
            break
        chosen.append(round_best[1])
        best = (round_best[0], tuple(chosen), round_best[2])
    return best


def _explain(
    ev: _Evaluator, chosen: list[Candidate], idx: Sequence[int], base: Results, m: str, targets: dict[str, int]
) -> list[PlanTie]:
    """The rule each tie addresses: its suggestion's rule, else the first rule (targets' components first) whose
    outcome moves when the tie is added to the ties before it."""
    out = []
    prev = base
    for k, cand in enumerate(chosen):
        res = ev(idx[: k + 1])
        rule = cand.rule
        if rule is None:
            moved = [
                code
                for code in res.codes
                if _weighted(code) and _signature_of(prev, m, code) != _signature_of(res, m, code)
            ]
            moved.sort(key=lambda code: REGISTRY[code].component not in targets)
            rule = moved[0] if moved else None
        ch = cand.change
        shared = shared_work(res.region, ch.source, ch.target) if ch.kind == "cooperation" else ()
        out.append(PlanTie(ch, rule, cand.suggestion, activity_gains(prev, res, m), shared))
        prev = res
    return out


def activity_gains(before: Results, after: Results, m: str) -> tuple[tuple[str, str, str, str], ...]:
    """The activities of *m* whose reach grows from *before* to *after*: ``(component, activity, before,
    after)`` — what a tie adds, in the study's order (issue 23)."""
    from regienet.rules.activities import REACH_VALUE

    out = []
    for c in LEVEL_COMPONENTS:
        b = {a.name: a for a in before.level_details[m][c].activities}
        for a in after.level_details[m][c].activities:
            old = b.get(a.name)
            if a.reach is not None and (
                old is None or old.reach is None or REACH_VALUE[a.reach] > REACH_VALUE[old.reach]
            ):
                out.append((c, a.name, "none" if old is None or old.reach is None else old.reach, a.reach))
    return tuple(out)


def _signature_of(res: Results, m: str, code: str) -> tuple:
    o = res.outcomes.get((m, code))
    return () if o is None else (o.status, o.share, tuple(f.message() for f in o.findings))


def whatif(
    region: Region,
    m: str,
    changes: Sequence[Change] = (),
    config: Config | None = None,
    targets: dict[str, int] | None = None,
    max_ties: int = DEFAULT_MAX_TIES,
    method: str = "auto",
    step: Callable[[], None] | None = None,
) -> Evaluation:
    """What ``regienet whatif`` computes: *m* before and after *changes*, and with *targets* a plan too.

    With *targets*, a :func:`plan` is made on top of the changes and applied too (``after`` then
    includes the plan's ties; ``changes`` are the given ones).

    Parameters
    ----------
    region : Region
        The region as it is.
    m : str
        A municipality id or name.
    changes : sequence of Change, optional
        Ties to add or remove (validated: :func:`validate_change`).
    config : Config, optional
        Thresholds; defaults when ``None``.
    targets : dict of str to int, optional
        ``component → least level`` a plan should reach (``{"SA": 2}``); no plan when ``None``.
    max_ties : int, optional
        Most ties a plan may add (default :data:`DEFAULT_MAX_TIES`).
    method : {'auto', 'exact', 'greedy'}, optional
        The plan's search (see :func:`plan`).
    step : callable, optional
        Called once per candidate set tried (a progress bar's advance).

    Returns
    -------
    Evaluation
        Before and after: both check results, the findings resolved, new and changed, the levels, and
        the plan when *targets* were given.

    Raises
    ------
    UsageError
        For an unknown municipality, a change that does not fit the data contract, or a bad target.

    See Also
    --------
    evaluate : Before and after, without a plan.
    plan : The smallest set of ties that reaches the targets.
    """
    m = region.require_municipality(m)
    before = _check(region, m, config)
    checked = [validate_change(region, c) for c in changes]
    p = None
    every = list(checked)
    if targets:
        start = apply(region, checked) if checked else region
        p = plan(start, m, targets, max_ties, config, method=method, step=step)
        every += p.changes()
    after = _check(apply(region, every), m, config) if every else before
    ev = compare(before, after, m, checked)
    ev.plan = p
    return ev


# ---------------------------------------------------------------------------------------------- JSON


def whatif_json(ev: Evaluation, lang: str) -> dict[str, Any]:
    """The ``whatif --format json`` object (version 1; ``data``, ``level_details``, ``targets`` and ``search`` are
    additive)."""
    m, p = ev.municipality, ev.plan
    out: dict[str, Any] = envelope(
        data=ev.before.region.dataset.source,
        municipality=m,
        changes=[c.to_dict() for c in ev.changes],
        levels={"before": ev.levels("before"), "after": ev.levels("after")},
        level_details={
            "before": {c: d.to_dict() for c, d in ev.before.level_details[m].items()},
            "after": {c: d.to_dict() for c, d in ev.after.level_details[m].items()},
        },
        findings={
            "resolved": [f.to_dict(lang) for f in ev.resolved],
            "new": [f.to_dict(lang) for f in ev.new],
            "changed": [{"old": o.to_dict(lang), "new": n.to_dict(lang)} for o, n in ev.changed],
        },
    )
    if p is not None:
        out["targets"] = dict(p.targets)
        out["plan"] = [
            {
                "source": x.change.source,
                "target": x.change.target,
                "kind": x.change.kind,
                **dict(x.change.extra),
                "rule": x.rule,
                "why": x.why(lang),
                "adds": x.adds_dicts(),
            }
            for x in p.ties
        ]
        out["reached"] = p.reached
        out["search"] = p.search_dict()
    return out


# ------------------------------------------------------------------------------------------ gaps by effect

#: ``gaps`` computes level gains for at most this many municipalities in one run (each suggestion is one
#: what-if: a rebuilt region and one municipality's rules, ~50 ms on the bundled data); beyond it, use -m.
GAIN_MUNICIPALITY_LIMIT = 60


def rank_by_effect(
    region: Region,
    results: Results,
    items: Sequence[Any],
    config: Config | None = None,
    limit: int = GAIN_MUNICIPALITY_LIMIT,
) -> list[Any]:
    """Gap suggestions (:func:`regienet.analysis.gaps.suggestions`) with ``level_gain`` filled in and ranked per
    municipality: suggestions that raise a level first (most levels gained first), then the score.

    The tie behind a suggestion is the one :func:`candidates` makes of it (a regional link or blind spot:
    the municipality informs the actor; a coupling: a cooperation brokered via the municipality; consult,
    inform). When *items* span more than *limit* municipalities the gains are not computed (``None``) and
    the order is kept: each gain is a what-if.
    """
    from dataclasses import replace

    munis = list(dict.fromkeys(s.municipality for s in items))
    if len(munis) > limit:
        return list(items)
    out: list[Any] = []
    for m in munis:
        mine = [s for s in items if s.municipality == m]
        tie_of = {
            (c.suggestion.type, c.suggestion.actors): c.change
            for c in candidates(region, m, results, config)
            if c.suggestion is not None
        }
        levels = dict(results.levels[m])
        ranked = []
        for s in mine:
            change = tie_of.get((s.type, s.actors))
            gain = None
            if change is not None:
                after = evaluate(region, m, [change], config, before=results).levels("after")
                gain = {c: _gain(after[c], levels[c]) for c in LEVEL_COMPONENTS}
            ranked.append(replace(s, level_gain=gain, levels=levels))
        ranked.sort(key=lambda s: (-sum(v for v in (s.level_gain or {}).values() if v > 0), -s.score, s.type, s.actors))
        out += ranked
    return out


def workshop_plans(
    region: Region,
    m: str,
    results: Results | None = None,
    config: Config | None = None,
    components: int = 2,
    max_ties: int = 3,
) -> list[Plan]:
    """Plans for the handout: for the *components* lowest components of *m* (a level below 3 that a tie can
    raise — some tie activity short of "most"; lowest first, catalogue order among equals), the smallest set of at most *max_ties* ties that raises each by one level
    — or the best the search found, with ``reached`` False."""
    m = region.require_municipality(m)
    results = results if results is not None else _check(region, m, config)
    levels = results.levels[m]

    # a component whose tie activities all reach most already can only rise by answers (an inventory, goals):
    # no tie plan for it (issue 23: plans a facilitator would propose)
    def ties_can_help(c: str) -> bool:
        return any(a.ties and a.reach != "most" for a in results.level_details[m][c].activities)

    low = sorted(
        (c for c in LEVEL_COMPONENTS if (lv := levels[c]) is not None and lv < 3 and ties_can_help(c)),
        key=lambda c: (levels[c], LEVEL_COMPONENTS.index(c)),
    )
    # a workshop discusses ties with a reason: cooperation only between actors a suggestion couples (shared
    # activities or target groups, SA05), not between any two actors that happen to work here
    cands = [
        c for c in candidates(region, m, results, config) if c.suggestion is not None or c.change.kind != "cooperation"
    ]
    # every c in low has a level (filtered above)
    return [
        plan(region, m, {c: cast(int, levels[c]) + 1}, max_ties, config, candidates=cands) for c in low[:components]
    ]
