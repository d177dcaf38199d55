"""VA — accountability for the whole (verantwoording afleggen over het geheel).

Pröpper's fourth component: does the regisseur account for the actions and
results of *all* the actors under its regie, to the field and to the
population? The study found it does not: accounts go to higher government
(mandatory), the public hears about concrete actions, and only Kortrijk sends
a report to the actors (§3.4, §4.1.4, C4).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from regienet.rules._util import answers, direct_ties, evidence, names
from regienet.rules.base import NOT_APPLICABLE, PASSED, Msg, Outcome, Rule, Threshold, register
from regienet.schema import ACCOUNTABILITY_LEVELS

if TYPE_CHECKING:  # pragma: no cover
    from regienet.model import Region

__all__ = ["VA01", "VA02", "VA03", "VA04"]


@register
class VA01(Rule):
    """No account sent to the actors.

    Fires when no government of M has an ``accounts_to`` relation to an
    enterprise or support organisation (accounts to higher government do not
    count: they are mandatory, F26).
    """

    code = "VA01"
    component = "VA"
    severity = "warning"
    reference = "F28, C4; §3.4"
    questionnaire = "4.1.2"
    not_applicable_when = ("No actor works in M.", "Er is geen actor actief in de gemeente.")
    title = ("No account to the actors", "Geen verantwoording naar de actoren")
    rationale = (
        "Only the centre city (Kortrijk) sends a report to the actors, naming regional players too (F28). "
        "Everywhere else the field hears nothing about the policy and its results (C4).",
        "Enkel de centrumstad (Kortrijk) verspreidt een rapport naar de actoren, waarin ook regionale "
        "spelers vermeld worden (F28). Elders hoort het werkveld niets over het beleid en de resultaten (C4).",
    )
    messages = {
        "summary": (
            "no account of the policy is sent to the actors",
            "krijgen de actoren geen verantwoording over het beleid",
        ),
        "": (
            "Neither municipality nor OCMW sends an account of the policy and its results to the actors.",
            "Gemeente noch OCMW bezorgt de actoren een verslag over het beleid en de resultaten.",
        ),
    }

    def check(self, region: Region, m: str) -> Outcome:
        if not region.actors_of(m):
            return NOT_APPLICABLE
        if direct_ties(region, m, ["accounts_to"], "VA"):
            return PASSED
        return self.fired(self.finding(m, actors=region.governments(m)))


@register
class VA02(Rule):
    """Account limited to own actors.

    Fires when M's governments account to actors, but only to their own
    actors while other actors work in M. Does not apply when no account is
    sent to any actor (that is VA01's finding: an account that does not
    exist is not "limited"), or when M has no own actor or no other actor.
    """

    code = "VA02"
    component = "VA"
    severity = "warning"
    reference = "F28, C4; §4.1.4"
    questionnaire = "4.1.2, 4.1.3"
    not_applicable_when = (
        "No account is sent to any actor (VA01 fires instead), or M has no own actor, or no other actor works in M.",
        "Er gaat geen verantwoording naar de actoren (dan gaat VA01 af), of de gemeente heeft geen eigen actor, of er is geen "
        "andere actor actief in de gemeente.",
    )
    title = ("Account limited to own actors", "Verantwoording beperkt tot eigen actoren")
    rationale = (
        "Accountability is for the whole of the actors under the government's regie (Pröpper; C4). "
        "Kortrijk's report to the actors names regional players too (F28): that is the benchmark.",
        "Verantwoording gaat over het geheel van de actoren die onder de regie vallen (Pröpper; C4). Het "
        "rapport van Kortrijk aan de actoren vermeldt ook regionale spelers (F28): dat is de maatstaf.",
    )
    messages = {
        "summary": (
            "accounts reach only the own actor",
            "bereikt de verantwoording enkel de eigen actor",
        ),
        "": (
            "Accounts reach only the own {own_n|actor|actors} {names}; {others} other {others|actor is|actors are} left out.",
            "De verantwoording bereikt enkel de eigen {own_n|actor|actoren} {names}; {others} andere {others|actor blijft|actoren blijven} erbuiten.",
        ),
    }

    def check(self, region: Region, m: str) -> Outcome:
        ties = direct_ties(region, m, ["accounts_to"], "VA")
        reached = {x.actor for x in ties}
        own = region.own_actors(m)
        others = region.actors_of(m) - own
        if not reached or not own or not others:
            return NOT_APPLICABLE
        if reached <= own:
            return self.fired(
                self.finding(
                    m,
                    actors=sorted(reached),
                    relations=evidence(region, (x.rid for x in ties)),
                    names=names(region, reached),
                    own_n=len(reached),
                    others=len(others),
                )
            )
        return PASSED


@register
class VA03(Rule):
    """Accountability below rekenschap (questionnaire 4.2.1).

    Takes the highest ``accountability_level`` of M's governments (0 none,
    1 toelichting — how much, 2 uitleg — on what, 3 rekenschap — why,
    4 verantwoording — why it matters). Fires below ``min_level``; unknown when
    blank on every government (or blank on one and below the minimum on the other).
    """

    code = "VA03"
    component = "VA"
    severity = "warning"
    reference = "F29; §3.4"
    questionnaire = "4.2.1"
    columns = ("accountability_level",)
    title = ("Accountability below rekenschap", "Verantwoording onder het niveau rekenschap")
    rationale = (
        "Practically all governments say how much they spend (toelichting) and on what (uitleg); why "
        "(rekenschap) and why it matters (verantwoording) far less often (F29).",
        "Praktisch alle besturen delen mee hoeveel middelen ze besteden (toelichting) en op welke posten "
        "(uitleg); waarom (rekenschap) en het belang ervan (verantwoording) veel minder vaak (F29).",
    )
    thresholds = (
        Threshold(
            "min_level",
            3,
            (
                "Lowest accountability level (0–4) that passes; 3 = rekenschap.",
                "Laagste verantwoordingsniveau (0–4) dat volstaat; 3 = rekenschap.",
            ),
            minimum=1,
            maximum=4,
            integer=True,
        ),
    )
    messages = {
        "summary": (
            "accountability stays below rekenschap",
            "blijft de verantwoording onder het niveau rekenschap",
        ),
        "": (
            "Accountability reaches level {level} ({name}); below {threshold} ({threshold_name}).",
            "De verantwoording haalt niveau {level} ({name}); onder {threshold} ({threshold_name}).",
        ),
    }

    def check(self, region: Region, m: str) -> Outcome:
        vals = answers(region, m, "accountability_level", "VA")
        known = [int(cast(int, v)) for v in vals if v is not None]  # a level column: numbers
        limit = self.threshold("min_level")
        best = max(known) if known else None
        if best is not None and best >= limit:
            return PASSED
        if best is None or len(known) < len(vals):
            return self.unknown("accountability_level")
        return self.fired(
            self.finding(
                m,
                actors=region.governments(m),
                level=best,
                name=ACCOUNTABILITY_LEVELS[best],
                threshold=limit,
                threshold_name=ACCOUNTABILITY_LEVELS[limit],
            )
        )


@register
class VA04(Rule):
    """The public is told about activities, not objectives (questionnaire 4.1.2).

    Takes the furthest ``public_reporting`` of M's governments (none <
    activities < objectives). Fires on ``none`` or ``activities``.
    """

    code = "VA04"
    component = "VA"
    severity = "warning"
    reference = "F27; §3.4"
    questionnaire = "4.1.2"
    columns = ("public_reporting",)
    title = ("Public told about activities, not objectives", "Bevolking hoort over acties, niet over doelstellingen")
    rationale = (
        "Most governments tell the population about actions — always concrete ones (kilos of litter "
        "collected) — and hardly ever tie them to a policy objective (F27).",
        "De meeste besturen communiceren acties naar de bevolking — zonder uitzondering concrete acties "
        "(het aantal kilo's opgehaald zwerfvuil) — en koppelen er nauwelijks een beleidsdoelstelling aan (F27).",
    )
    messages = {
        "summary": (
            "the public hears about activities, not objectives",
            "hoort de bevolking over acties, niet over doelstellingen",
        ),
        "": (
            "The population is told {what}, not about objectives.",
            "De bevolking hoort {what}, niet over doelstellingen.",
        ),
        "none": ("nothing", "niets"),
        "activities": ("about concrete activities only", "enkel over concrete acties"),
    }
    ORDER = ("none", "activities", "objectives")

    def check(self, region: Region, m: str) -> Outcome:
        vals = answers(region, m, "public_reporting", "VA")
        known = [v for v in vals if v is not None]
        best = max(known, key=self.ORDER.index) if known else None
        if best == "objectives":
            return PASSED
        if best is None or len(known) < len(vals):
            return self.unknown("public_reporting")
        return self.fired(self.finding(m, actors=region.governments(m), what=Msg(self.message_key(str(best)))))
