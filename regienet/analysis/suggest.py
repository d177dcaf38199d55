"""Coupling-gap suggestions: who to link, contact, couple, consult, inform (the data of ``regienet gaps``).

Suggestions are derived from findings, so every suggestion carries the rule
code that motivates it, and the same evidence. They are ranked per
municipality by a score whose parts are documented on each type:

``link`` (SA04)
    a regional actor working in M that governments of k other municipalities
    already work with: score ``3 + k / n`` (n = municipalities in the region).
    The neighbours vouch for it; it is the cheapest new tie.
``couple`` (SA05)
    two actors of M sharing activities or target groups, not coupled:
    score ``1 + overlap`` (Jaccard of their tags), plus 1 when both are already
    tied to M's government, which can broker the meeting.
``contact`` (OV01)
    a blind spot — an actor of M with no tie at all: score ``1 + k / n`` with k
    the municipalities that do work with it. Actors already suggested as a
    regional link are not repeated.
``consult`` / ``inform`` (BL03 / BL04)
    actors M works with economically (client, funding, agreement) but does
    not consult or inform: score ``1 + 0.5`` when the actor is not an own
    actor (the report's concern is the view beyond the own actor), else 1.

Ranked by effect (:func:`regienet.analysis.whatif.rank_by_effect`, which
:func:`regienet.analysis.gaps.ranked_gaps` applies): each suggestion may carry
``level_gain`` — what the tie it proposes does to M's four levels, found by a
what-if — and suggestions that raise a level come first, then the score above.
This module sits below :mod:`regienet.analysis.whatif` (whose plans start from the
suggestions) and :mod:`regienet.analysis.gaps` (which ranks them with a what-if), so
that neither of those imports the other both ways (issue 15.1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from regienet.i18n import join, t
from regienet.rules import Results
from regienet.rules.base import render_params

if TYPE_CHECKING:  # pragma: no cover
    from regienet.model import Region

__all__ = ["TYPES", "Suggestion", "suggestions"]

TYPES = ("link", "couple", "contact", "contact_alone", "consult", "inform")


@dataclass(frozen=True)
class Suggestion:
    """One ranked suggestion for municipality ``municipality``.

    Attributes
    ----------
    municipality : str
        The municipality's id.
    type : str
        One of :data:`TYPES` (``link``, ``couple`` …).
    rule : str
        The rule whose finding it answers.
    actors : tuple of str
        The actors the tie would involve.
    score : float
        Rank before the what-if (higher = more promising).
    params : dict
        Message parameters (names, counts).
    level_gain : dict of str to int or None
        What the proposed tie does to M's levels (component → levels gained), from a what-if;
        ``None``: not computed.
    levels : dict or None
        M's levels before the tie (to say "from weak to partial").
    """

    municipality: str
    type: str
    rule: str
    actors: tuple[str, ...]
    score: float
    params: dict[str, Any] = field(default_factory=dict)
    #: what the proposed tie does to M's levels (component → levels gained), from a what-if; None: not computed
    level_gain: dict[str, int] | None = None
    #: M's levels before the tie (to say "from weak to partial")
    levels: dict[str, int | None] | None = None

    @property
    def raises(self) -> bool:
        """True when the tie raises at least one of M's levels."""
        return self.level_gain is not None and any(v > 0 for v in self.level_gain.values())

    def message(self, lang: str = "en") -> str:
        key = f"gaps.{self.type}" + ("_brokered" if self.params.get("brokered") else "")
        return t(key, lang, **render_params({k: v for k, v in self.params.items() if k != "brokered"}, lang))

    def effect(self, lang: str = "en") -> str:
        """ "Raises SA from weak to partial." for each level the tie raises; "" when it raises none."""
        levels, gains = self.levels, self.level_gain
        if not self.raises or levels is None or gains is None:
            return ""
        parts = [
            t(
                "gaps.raises_one",
                lang,
                component=c,
                before=t(f"level.{levels[c]}", lang),
                after=t(f"level.{cast(int, levels[c]) + g}", lang),  # not None: filtered below
            )
            for c, g in gains.items()
            if g > 0 and levels.get(c) is not None
        ]
        return t("gaps.raises", lang, what=join(parts, lang)) if parts else ""

    def to_dict(self, region: Region, lang: str = "en") -> dict[str, Any]:
        return {
            "municipality": self.municipality,
            "type": self.type,
            "rule": self.rule,
            "score": round(self.score, 4),
            "actors": list(self.actors),
            "names": [region.name[a] for a in self.actors],
            "message": self.message(lang),
            "level_gain": self.level_gain,
        }


def _economic_partners(region: Region, m: str) -> set[str]:
    return {x.actor for x in region.ties(m) if x.kind in ("client", "funding", "agreement")}


def suggestions(region: Region, results: Results, municipality: str | None = None) -> list[Suggestion]:
    """Ranked suggestions for one municipality or all, best first within each municipality.

    Each suggestion answers a finding with a tie that would resolve it (:data:`TYPES`): ``link`` a
    regional actor the municipality has no tie with (SA04), ``couple`` two of its actors that could
    cooperate (SA05), ``contact`` an actor it does not know (OV01), ``consult`` or ``inform`` actors
    about its plans (BL03, BL04). The score ranks them before their effect on the levels is known.

    Parameters
    ----------
    region : Region
        The region.
    results : Results
        A check of *region* (its findings are what the suggestions answer).
    municipality : str, optional
        A municipality id; every municipality when ``None``.

    Returns
    -------
    list of Suggestion
        In region order, best first within each municipality; ``level_gain`` not yet filled in.

    See Also
    --------
    regienet.analysis.gaps.ranked_gaps : The same, ranked by their effect on the levels.
    """
    n = max(len(region.municipalities), 1)
    out: list[Suggestion] = []
    for m in [municipality] if municipality else region.municipalities:
        found: list[Suggestion] = []
        linked: set[str] = set()
        own = region.own_actors(m)
        for f in results.findings_for(m):
            if f.rule == "SA04":
                a = f.actors[0]
                k = len(region.governments_tied_to(a) - {m})
                linked.add(a)
                found.append(Suggestion(m, "link", "SA04", (a,), 3 + k / n, {"name": region.name[a], "k": k}))
            elif f.rule == "SA05":
                a, b = f.actors
                tied = region.tied_actors(m)
                params = {
                    "a": region.name[a],
                    "b": region.name[b],
                    "shared": f.params.get("shared", ""),
                    "brokered": a in tied and b in tied,
                }
                found.append(Suggestion(m, "couple", "SA05", (a, b), 1 + f.score, params))
        for f in results.findings_for(m):
            if f.rule == "OV01":
                for a in f.actors:
                    if a in linked or not region.is_actor_of(m, a):  # the "none" finding names the governments
                        continue
                    k = len(region.governments_tied_to(a) - {m})
                    typ = "contact" if k else "contact_alone"
                    found.append(Suggestion(m, typ, "OV01", (a,), 1 + k / n, {"name": region.name[a], "k": k}))
        partners = _economic_partners(region, m)
        for rule, kind, typ in (("BL03", "consulted", "consult"), ("BL04", "informs", "inform")):
            if results.status(m, rule) != "fired":
                continue
            reached = region.tied_actors(m, [kind])
            for a in sorted(partners - reached):
                found.append(Suggestion(m, typ, rule, (a,), 1 + (0.5 if a not in own else 0), {"name": region.name[a]}))
        found.sort(key=lambda s: (-s.score, s.type, s.actors))
        out += found
    return out
