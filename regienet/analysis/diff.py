"""What changed between two snapshots: actors, relations, findings, levels.

The 2010 study was a baseline (nulmeting); a follow-up measurement compares
two snapshots — two data folders, or two years of one data set
(``since``/``until``). Identities:

* an actor is its ``id``;
* a relation is ``(source, target, kind)``, counted as a multiset (two seats
  of the same government in the same actor are two relations);
* a finding is matched by its **subject**, within one rule and one
  municipality (a regional finding's municipality is ``None``), in three
  passes:

  1. the same key ``(rule, municipality, evidence actors)``: with the same
     English message the finding is unchanged and not listed; with another
     message it is *changed* (VA03 "level 1" → "level 2" for the same
     governments);
  2. a municipality-level condition — a rule with at most one finding for the
     municipality on both sides, whose evidence is (a part of) the
     municipality's governments or nothing (OV03, BL02, VA03) — is the same
     subject however its evidence moved: *changed*;
  3. the remaining old and new findings whose evidence actors overlap are
     paired, largest overlap first (ties broken by the sorted evidence of the
     old, then the new finding): *changed* ("7 actors have no tie" → "5
     actors", OV01).

  Whatever is left is *resolved* (old only) or *new* (new only), so
  "Energiesnoeiers is a missing link in Wervik" resolved and "Waak is one"
  new are still told apart (no common actor);
* levels are compared per municipality present in both snapshots; a level may
  be ``None`` (not applicable: no applicable rule), and ``None`` ↔ a number is
  a change like any other.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from regienet.rules import LEVEL_COMPONENTS, Finding, Results

__all__ = [
    "Diff",
    "diff",
    "match_findings",
]

if TYPE_CHECKING:  # pragma: no cover
    from regienet.model import Region


@dataclass
class Diff:
    """Everything that differs between ``old`` and ``new``.

    Attributes
    ----------
    old, new : Results
        The two checks compared, each with its region.
    actors_added, actors_removed : list of str
        Actor ids.
    relations_added, relations_removed : list of tuple of str
        ``(source, target, kind)`` triples.
    findings_new, findings_resolved : list of Finding
        Findings without a match on the other side.
    findings_changed : list of tuple of Finding
        ``(old, new)`` pairs of findings about the same subject whose message changed (see the
        module docstring).
    level_changes : list of tuple
        ``(municipality, component, old level, new level)`` for every level that moved.
    """

    old: Results
    new: Results
    actors_added: list[str] = field(default_factory=list)
    actors_removed: list[str] = field(default_factory=list)
    relations_added: list[tuple[str, str, str]] = field(default_factory=list)
    relations_removed: list[tuple[str, str, str]] = field(default_factory=list)
    findings_new: list[Finding] = field(default_factory=list)
    findings_resolved: list[Finding] = field(default_factory=list)
    findings_changed: list[tuple[Finding, Finding]] = field(default_factory=list)
    level_changes: list[tuple[str, str, int | None, int | None]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not any(
            (
                self.actors_added,
                self.actors_removed,
                self.relations_added,
                self.relations_removed,
                self.findings_new,
                self.findings_resolved,
                self.findings_changed,
                self.level_changes,
            )
        )

    def by_kind(self, which: str) -> dict[str, int]:
        """Counts per kind of ``actors_added``/``actors_removed``/``relations_added``/``relations_removed``."""
        items = getattr(self, which)
        if which.startswith("actors"):
            region = (self.new if which == "actors_added" else self.old).region
            return dict(sorted(Counter(region.kind[a] for a in items).items()))
        return dict(sorted(Counter(r[2] for r in items).items()))


def _relations(region: Region) -> Counter[tuple[str, str, str]]:
    r = region.relations
    return Counter(zip(r["source"], r["target"], r["kind"], strict=True))


def _key(f: Finding) -> tuple:
    return (f.rule, f.municipality, f.actors)


def _governments(region: Region | None, m: str | None) -> frozenset[str]:
    if m is None or region is None:  # without the region, no actor counts as a government (docstring below)
        return frozenset()
    try:
        return frozenset(region.governments(m))
    except KeyError:  # a municipality missing from this snapshot
        return frozenset()


def match_findings(
    old: list[Finding], new: list[Finding], old_region: Region | None = None, new_region: Region | None = None
) -> tuple[list[Finding], list[Finding], list[tuple[Finding, Finding]]]:
    """Match *old* and *new* findings by subject (module docstring).

    Returns ``(resolved, new, changed)``: resolved and new in the order of
    their input lists, changed as ``(old, new)`` pairs in the order of the
    new findings. Unchanged findings are in none of them. The regions, when
    given, tell which evidence actors are governments (pass 2); without them
    only findings without evidence actors count as municipality-level
    conditions.
    """
    match = _Matcher(old, new)
    groups: dict[tuple, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i, f in enumerate(old):
        groups[(f.rule, f.municipality)][0].append(i)
    for j, f in enumerate(new):
        groups[(f.rule, f.municipality)][1].append(j)
    for (_, m), (olds, news) in groups.items():
        if not olds or not news:
            continue
        left_old, left_new = match.by_key(olds, news)  # 1. identical key
        if not left_old or not left_new:
            continue
        # 2. a municipality-level condition: one finding each side, evidence within the governments
        if len(olds) == 1 and len(news) == 1:
            o, n = old[olds[0]], new[news[0]]
            if set(o.actors) <= _governments(old_region, m) and set(n.actors) <= _governments(new_region, m):
                match.pairs.append((olds[0], news[0]))
                continue
        match.by_overlap(left_old, left_new)  # 3. overlapping evidence
    pairs = match.pairs
    paired_old = {i for i, _ in pairs}
    paired_new = {j for _, j in pairs}
    resolved = [f for i, f in enumerate(old) if i not in paired_old]
    added = [f for j, f in enumerate(new) if j not in paired_new]
    changed = sorted(
        ((i, j) for i, j in pairs if _key(old[i]) != _key(new[j]) or not match.same_text(i, j)), key=lambda p: p[1]
    )
    return resolved, added, [(old[i], new[j]) for i, j in changed]


class _Matcher:
    """The pairs :func:`match_findings` has made so far, as ``(old index, new index)``, and its passes."""

    def __init__(self, old: list[Finding], new: list[Finding]):
        self.old, self.new = old, new
        self.pairs: list[tuple[int, int]] = []
        self.taken_old: set[int] = set()
        self.taken_new: set[int] = set()
        self.old_text: dict[int, str] = {}  # English messages, rendered once and only when needed
        self.new_text: dict[int, str] = {}

    def same_text(self, i: int, j: int) -> bool:
        if i not in self.old_text:
            self.old_text[i] = self.old[i].message()
        if j not in self.new_text:
            self.new_text[j] = self.new[j].message()
        return self.old_text[i] == self.new_text[j]

    def pair(self, i: int, j: int) -> None:
        self.taken_old.add(i)
        self.taken_new.add(j)
        self.pairs.append((i, j))

    def by_key(self, olds: list[int], news: list[int]) -> tuple[list[int], list[int]]:
        """Pass 1: findings with an identical key pair (among several with one key, identical messages
        first); returns the old and new findings of the group left unpaired."""
        by_key: dict[tuple, list[int]] = defaultdict(list)
        for j in news:
            by_key[_key(self.new[j])].append(j)
        for same_message in (True, False):
            for i in olds:
                cands = by_key.get(_key(self.old[i]))
                if i in self.taken_old or not cands:
                    continue
                hit = next((j for j in cands if not same_message or self.same_text(i, j)), None)
                if hit is not None:
                    cands.remove(hit)
                    self.pair(i, hit)
        return [i for i in olds if i not in self.taken_old], [j for j in news if j not in self.taken_new]

    def by_overlap(self, left_old: list[int], left_new: list[int]) -> None:
        """Pass 3: findings citing common actors pair, the largest overlap first."""
        old, new = self.old, self.new
        holders: dict[str, list[int]] = defaultdict(list)  # actor -> left new findings citing it
        for j in left_new:
            for x in set(new[j].actors):
                holders[x].append(j)
        candidates = []
        for i in left_old:
            common = Counter(j for x in set(old[i].actors) for j in holders.get(x, ()))
            candidates += [(-n, sorted(old[i].actors), sorted(new[j].actors), i, j) for j, n in common.items()]
        candidates.sort()
        for _, _, _, i, j in candidates:
            if i not in self.taken_old and j not in self.taken_new:
                self.pair(i, j)


def diff(old: Results, new: Results) -> Diff:
    """Compare two check results (each carries its region).

    What ``regienet diff`` shows between two measurements (the 2010 baseline and a follow-up wave):
    actors and relations added or removed, findings new, resolved or changed (matched by subject, see
    the module docstring) and the levels that moved.

    Parameters
    ----------
    old, new : Results
        Checks of the earlier and the later data.

    Returns
    -------
    Diff
        Plain data; ``findings_changed`` holds ``(old, new)`` pairs about the same subject whose
        message changed.

    See Also
    --------
    regienet.analysis.survey.collect : Makes the later data from a survey wave.

    Examples
    --------
    >>> from regienet import Region, check, load_dataset
    >>> from regienet.analysis.whatif import Change, apply
    >>> region = Region(load_dataset())
    >>> later = apply(region, [Change("add", "wervik", "energiesnoeiers", "client")])
    >>> d = diff(check(region), check(later))
    >>> d.relations_added, [f.rule for f in d.findings_resolved]
    ([('wervik', 'energiesnoeiers', 'client')], ['SA04'])
    """
    a, b = old.region, new.region
    d = Diff(old, new)
    d.actors_added = sorted(set(b.kind) - set(a.kind))
    d.actors_removed = sorted(set(a.kind) - set(b.kind))
    ra, rb = _relations(a), _relations(b)
    d.relations_added = sorted((rb - ra).elements())
    d.relations_removed = sorted((ra - rb).elements())
    d.findings_resolved, d.findings_new, d.findings_changed = match_findings(old.findings, new.findings, a, b)
    for m in new.levels:
        if m not in old.levels:
            continue
        for c in LEVEL_COMPONENTS:
            o, n = old.levels[m].get(c), new.levels[m].get(c)
            if o != n:
                d.level_changes.append((m, c, o, n))
    return d
