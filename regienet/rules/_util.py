"""Small helpers shared by rule modules: questionnaire answers and evidence."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from regienet.model import Tie
from regienet.schema import ACTOR_NODE_KINDS, RELATION_KINDS

if TYPE_CHECKING:  # pragma: no cover
    from regienet.model import Region


def answers(region: Region, m: str, column: str, component: str | None = None) -> list[object]:
    """The values of *column* on the governments of *m* (``None`` = blank/unknown); with *component*, then the
    known values of the associations *m* mandated for it (issue 24: the association answers for the regie it
    carries; its blank adds no unknown)."""
    govs = region.governments(m)
    out = [region.value(g, column) for g in govs]
    if component is not None:
        for body in region.regie_bodies(m, component):
            if body not in govs and (value := region.value(body, column)) is not None:
                out.append(value)
    return out


def yes_no(region: Region, m: str, column: str, component: str | None = None) -> str:
    """``yes`` if either government (or, with *component*, an association mandated for it) answered yes,
    ``no`` if all answered no, else ``unknown``."""
    vals = answers(region, m, column, component)
    if any(v is True for v in vals):
        return "yes"
    if vals and all(v is False for v in vals):
        return "no"
    return "unknown"


def names(region: Region, ids: Iterable[str]) -> str:
    """Actor names, sorted, comma-separated (for messages)."""
    return ", ".join(sorted(region.name.get(i, i) for i in ids))


def evidence(region: Region, rids: Iterable[int]) -> tuple[tuple[str, str, str], ...]:
    """Relation ids → sorted, unique ``(source, target, kind)`` triples."""
    return tuple(sorted({region.relation(r) for r in rids}))


def direct_ties(region: Region, m: str, kinds: Iterable[str] | None = None, component: str | None = None):
    """Ties of *m* that are relation rows (not derived forum co-membership), by the regie bodies of *m* for
    *component* (:meth:`regienet.model.Region.regie_bodies`; issue 23): *m*'s governments today, read from
    the cached ``Region.ties``; any other body (an association *m* mandated) read from its relations."""
    ks = set(kinds) if kinds is not None else None
    govs = set(region.governments(m))
    # the governments' own ties (Region.ties also holds an association's ties within any component of a
    # mandate; here only the mandates covering *component* count, below)
    out = [x for x in region.ties(m) if x.rid is not None and x.government in govs and (ks is None or x.kind in ks)]
    inside = set(region.regie_bodies(m, component))
    here = region.actors_of(m)
    for body in sorted(inside - govs):  # an association m mandated for the component (issue 24)
        for rid in region.relations_of(body, ks):
            s, t, k = region.relation(rid)
            other = t if s == body else s
            # towards the actors working in m: the association works for several municipalities
            if other not in inside and region.kind.get(other) in ACTOR_NODE_KINDS and other in here:
                out.append(Tie(body, other, k, RELATION_KINDS[k].layer, rid))
    return out
