"""What changed between two snapshots: actors, relations, findings, levels.

The 2010 study was a baseline (nulmeting); a follow-up measurement compares
two snapshots — two data folders, or two years of one data set
(``since``/``until``). Identities:

* an actor is its ``id``;
* a relation is ``(source, target, kind)``, counted as a multiset (two seats
  of the same government in the same actor are two relations);
* a finding is ``(rule, municipality, evidence actors)``, so "Energiesnoeiers
  is a missing link in Wervik" resolved and "Waak is one" new are told apart;
* levels are compared per municipality present in both snapshots.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from regienet.rules import LEVEL_COMPONENTS, Finding, Results


@dataclass
class Diff:
    """Everything that differs between ``old`` and ``new``."""

    old: Results
    new: Results
    actors_added: list[str] = field(default_factory=list)
    actors_removed: list[str] = field(default_factory=list)
    relations_added: list[tuple[str, str, str]] = field(default_factory=list)
    relations_removed: list[tuple[str, str, str]] = field(default_factory=list)
    findings_new: list[Finding] = field(default_factory=list)
    findings_resolved: list[Finding] = field(default_factory=list)
    level_changes: list[tuple[str, str, int | None, int | None]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not any(
            (self.actors_added, self.actors_removed, self.relations_added, self.relations_removed,
             self.findings_new, self.findings_resolved, self.level_changes)
        )

    def by_kind(self, which: str) -> dict[str, int]:
        """Counts per kind of ``actors_added``/``actors_removed``/``relations_added``/``relations_removed``."""
        items = getattr(self, which)
        if which.startswith("actors"):
            region = (self.new if which == "actors_added" else self.old).region
            return dict(sorted(Counter(region.kind[a] for a in items).items()))
        return dict(sorted(Counter(r[2] for r in items).items()))


def _relations(region) -> Counter:
    r = region.relations
    return Counter(zip(r["source"], r["target"], r["kind"], strict=True))


def _key(f: Finding) -> tuple:
    return (f.rule, f.municipality, f.actors)


def diff(old: Results, new: Results) -> Diff:
    """Compare two check results (each carries its region)."""
    a, b = old.region, new.region
    d = Diff(old, new)
    d.actors_added = sorted(set(b.kind) - set(a.kind))
    d.actors_removed = sorted(set(a.kind) - set(b.kind))
    ra, rb = _relations(a), _relations(b)
    d.relations_added = sorted((rb - ra).elements())
    d.relations_removed = sorted((ra - rb).elements())
    old_keys = {_key(f) for f in old.findings}
    new_keys = {_key(f) for f in new.findings}
    d.findings_new = [f for f in new.findings if _key(f) not in old_keys]
    d.findings_resolved = [f for f in old.findings if _key(f) not in new_keys]
    for m in new.levels:
        if m not in old.levels:
            continue
        for c in LEVEL_COMPONENTS:
            if old.levels[m][c] != new.levels[m][c]:
                d.level_changes.append((m, c, old.levels[m][c], new.levels[m][c]))
    return d


def diff_json(d: Diff, lang: str) -> dict[str, Any]:
    return {
        "version": 1,
        "old": {"data": d.old.region.dataset.source, "year": d.old.region.year},
        "new": {"data": d.new.region.dataset.source, "year": d.new.region.year},
        "actors": {"added": d.actors_added, "removed": d.actors_removed},
        "relations": {"added": [list(r) for r in d.relations_added], "removed": [list(r) for r in d.relations_removed]},
        "findings": {"new": [f.to_dict(lang) for f in d.findings_new], "resolved": [f.to_dict(lang) for f in d.findings_resolved]},
        "levels": [{"municipality": m, "component": c, "old": o, "new": n} for m, c, o, n in d.level_changes],
    }
