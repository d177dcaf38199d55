"""Small helpers shared by rule modules: questionnaire answers and evidence."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from regienet.model import Tie
from regienet.schema import ACTOR_NODE_KINDS, RELATION_KINDS

if TYPE_CHECKING:  # pragma: no cover
    from regienet.model import Region


def answers(region: Region, m: str, column: str) -> list[object]:
    """The values of *column* on the governments of *m* (``None`` = blank/unknown)."""
    return [region.value(g, column) for g in region.governments(m)]


def yes_no(region: Region, m: str, column: str) -> str:
    """``yes`` if either government answered yes, ``no`` if all answered no, else ``unknown``."""
    vals = answers(region, m, column)
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
    govs = region.governments(m)
    out = [x for x in region.ties(m) if x.rid is not None and (ks is None or x.kind in ks)]
    inside = set(region.regie_bodies(m, component))
    for body in sorted(inside - set(govs)):  # bodies beyond the governments (none until mandates exist)
        for rid in region.relations_of(body, ks):
            s, t, k = region.relation(rid)
            other = t if s == body else s
            if other not in inside and region.kind.get(other) in ACTOR_NODE_KINDS:
                out.append(Tie(body, other, k, RELATION_KINDS[k].layer, rid))
    return out
