"""OV — overview of the whole situation (overzicht over de gehele situatie).

Pröpper's first component: does the regisseur have a good and comprehensive
picture of the problem and of *all* the actors active in the field? The 2010
study found that governments know their own actors well and the rest badly
(§3.1, §4.1.1, conclusion C1).
"""

from __future__ import annotations

from regienet.rules._util import direct_ties, evidence, names, yes_no
from regienet.rules.base import PASSED, Outcome, Rule, Threshold, register


@register
class OV01(Rule):
    """Blind spots: actors working in M with no tie at all to a government of M.

    An actor of M (an enterprise or support organisation with M in
    ``operates_in``) that neither municipality nor OCMW founded, sits with,
    buys from, funds, consults, informs, hears from or meets in a forum is
    outside the government's view. The finding lists them: they are the first
    people to call.

    Example: a regional support organisation works in every municipality but
    has no relation with the governments of municipality A → blind spot in A.
    Better: any tie — a consultation for the next LSB, a seat at the local
    forum, a copy of the annual report.
    """

    code = "OV01"
    component = "OV"
    severity = "warning"
    reference = "F12, C1; §3.1, §4.1.1"
    questionnaire = "1.2.1, 1.3.1"
    title = ("Blind spots: actors without any tie", "Blinde vlekken: actoren zonder enige band")
    rationale = (
        "The report finds that governments have little information about the actors they did not "
        "found or do not participate in (§4.1.1, C1) and little view of the field beyond their own "
        "actors (F12). An actor working in the municipality with no tie at all to the municipality or "
        "OCMW is a blind spot in the overview.",
        "Het rapport stelt vast dat de besturen weinig informatie hebben over actoren die ze zelf niet "
        "hebben opgericht of waarin ze niet participeren (§4.1.1, C1) en weinig zicht op het veld buiten "
        "hun eigen actoren (F12). Een actor die in de gemeente actief is zonder enige band met gemeente "
        "of OCMW is een blinde vlek in het overzicht.",
    )
    messages = {
        "summary": (
            "actors work without any tie to the municipality or OCMW",
            "zijn er actoren actief zonder enige band met gemeente of OCMW",
        ),
        "": (
            "{n} actor(s) working here have no tie with the municipality or OCMW: {names}.",
            "{n} actor(en) die hier actief zijn, hebben geen enkele band met gemeente of OCMW: {names}.",
        )
    }

    def check(self, region, m: str) -> Outcome:
        blind = sorted(region.actors_of(m) - region.tied_actors(m))
        if not blind:
            return PASSED
        return self.fired(self.finding(m, actors=blind, n=len(blind), names=names(region, blind)))


@register
class OV02(Rule):
    """Own-actor focus: most of M's ties go to its own actors while other actors exist.

    Counts the relations between M's governments and actors (founded, seat,
    client, funding, agreement, referral, consulted, informs, reports_to,
    accounts_to). When the share that goes to M's own actors (founded by M,
    not a regional joint venture) is at least ``own_actor_share`` and M has
    other actors too, the government looks at the field through its own
    actor.

    Example: 7 of municipality A's 9 ties go to its own LDE initiative
    (78 % ≥ 60 %) while three regional enterprises also work in A.
    """

    code = "OV02"
    component = "OV"
    severity = "warning"
    reference = "F7, C1; §4.1.1, §4.1.2 (a)"
    questionnaire = "1.2.2"
    title = ("Own-actor focus", "Focus op de eigen actor")
    rationale = (
        "Governments sit in the bodies of the enterprises founded on their own impulse (F7) and focus on "
        "these \"own actors\" (C1); the report warns that this narrows the view and that other actors, "
        "better placed for some goals, are overlooked (§4.1.2 a).",
        "Besturen zetelen in de bestuursorganen van de ondernemingen die onder hun impuls zijn opgericht "
        "(F7) en focussen op die \"eigen actoren\" (C1); het rapport waarschuwt dat dit de blik vernauwt en "
        "dat andere actoren, soms beter geplaatst, over het hoofd gezien worden (§4.1.2 a).",
    )
    thresholds = (
        Threshold(
            "own_actor_share", 0.6,
            ("Share of the government's ties that go to own actors at or above which OV02 fires.",
             "Aandeel van de banden van het bestuur met eigen actoren vanaf waar OV02 afgaat."),
            minimum=0.0, maximum=1.0,
        ),
    )
    messages = {
        "summary": (
            "most of the government's ties go to its own actor",
            "gaan de meeste banden van het bestuur naar de eigen actor",
        ),
        "": (
            "{own} of {total} ties ({share:.0%}) go to own actor(s) {names}, while {others} other actor(s) work here (threshold {threshold:.0%}).",
            "{own} van de {total} banden ({share:.0%}) gaan naar de eigen actor(en) {names}, terwijl hier nog {others} andere actor(en) actief zijn (drempel {threshold:.0%}).",
        )
    }

    def check(self, region, m: str) -> Outcome:
        own = region.own_actors(m)
        ties = direct_ties(region, m)
        if not own or not ties:
            return PASSED
        others = region.actors_of(m) - own
        to_own = [x for x in ties if x.actor in own]
        share = len(to_own) / len(ties)
        limit = self.threshold("own_actor_share")
        if share < limit or not others:
            return PASSED
        return self.fired(
            self.finding(
                m, actors=sorted(own), relations=evidence(region, (x.rid for x in to_own)),
                own=len(to_own), total=len(ties), share=share, names=names(region, own),
                others=len(others), threshold=limit,
            )
        )


@register
class OV03(Rule):
    """No formal inventory of the actors (questionnaire 1.2.1).

    Fires when every government of M answered ``actor_inventory=no``; passes
    when either answered yes; unknown when an answer is blank and none is yes.
    """

    code = "OV03"
    component = "OV"
    severity = "warning"
    reference = "F11; §3.1"
    questionnaire = "1.2.1"
    columns = ("actor_inventory",)
    title = ("No formal inventory of actors", "Geen formele inventaris van actoren")
    rationale = (
        "Actors are formally inventoried in only 2 of the 13 municipalities, and the Dienstenwijzer "
        "inventory tool is unknown in the region (F11). Without an inventory the overview rests on "
        "what people happen to know.",
        "De actoren worden slechts in twee van de 13 gemeenten formeel geïnventariseerd en het instrument "
        "Dienstenwijzer is niet gekend in de regio (F11). Zonder inventaris steunt het overzicht op "
        "toevallige kennis.",
    )
    messages = {
        "summary": (
            "neither government keeps a formal inventory of actors",
            "houdt geen van beide besturen een formele inventaris van actoren bij",
        ),
        "": (
            "Neither the municipality nor the OCMW keeps a formal inventory of social-economy actors.",
            "Gemeente noch OCMW houdt een formele inventaris bij van de actoren sociale economie.",
        )
    }

    def check(self, region, m: str) -> Outcome:
        answer = yes_no(region, m, "actor_inventory")
        if answer == "yes":
            return PASSED
        if answer == "unknown":
            return self.unknown("actor_inventory")
        return self.fired(self.finding(m, actors=region.governments(m)))
