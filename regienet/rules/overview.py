"""OV — overview of the whole situation (overzicht over de gehele situatie).

Pröpper's first component: does the regisseur have a good and comprehensive
picture of the problem and of *all* the actors active in the field? The 2010
study found that governments know their own actors well and the rest badly
(§3.1, §4.1.1, conclusion C1).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from regienet.metrics import attention_pairs, attention_weights, is_public_partner, reached_through_funded
from regienet.rules._util import evidence, names, yes_no
from regienet.rules.base import NOT_APPLICABLE, PASSED, Msg, Outcome, Pct, Rule, Threshold, register

if TYPE_CHECKING:  # pragma: no cover
    from regienet.model import Region

__all__ = ["OV01", "OV02", "OV03"]


@register
class OV01(Rule):
    """Blind spots: actors working in M that no government of M is in touch with.

    An actor of M (an enterprise or support organisation with M in
    ``operates_in``) is *in view* when a government of M has any relation with
    it, meets it in a forum (as convener or member), or reaches it through a
    regional body it sits in: a government of M holds a ``seat`` in a
    regional actor that cooperates or has an agreement with it (Sinergiek
    bundles the expertise of its support partners, report Voorwoord), or
    through a support body it funds that cooperates or has an agreement with
    it (a network bureau coordinating enterprises, issue 23). Every other
    actor of M is a blind spot.

    Blind enterprises weigh fully: they carry out social-economy work in M.
    When only support organisations are blind, the rule counts half
    (``share`` 0.5): a region-wide support body is a partner to know, not an
    actor to steer. The message names both kinds separately. When no actor
    of M is known at all, the overview is empty: that fires too. A public
    labour-market partner (an ``authority``, or an actor whose activities
    declare ``job_mediation``: VDAB) is a partner to work with, not a
    social-economy actor to keep in view: never a blind spot (issue 23).

    Example: the waste-reuse enterprise works in municipality A and sits in
    A's neighbours' forums, but has no relation with A's governments → blind
    spot in A. Better: any tie — a consultation for the next LSB, a seat at
    the local forum, a copy of the annual report.
    """

    code = "OV01"
    component = "OV"
    severity = "warning"
    reference = "F12, C1; §3.1, §4.1.1"
    questionnaire = "1.2.1, 1.3.1"
    title = ("Blind spots: actors out of view", "Blinde vlekken: actoren buiten beeld")
    rationale = (
        "The report finds that governments have little information about the actors they did not "
        "found or do not participate in (§4.1.1, C1) and little view of the field beyond their own "
        "actors (F12). An actor working in the municipality that neither government is in touch with — "
        "directly, in a forum or through a regional body it sits in — is a blind spot in the overview.",
        "Het rapport stelt vast dat de besturen weinig informatie hebben over actoren die ze zelf niet "
        "hebben opgericht of waarin ze niet participeren (§4.1.1, C1) en weinig zicht op het veld buiten "
        "hun eigen actoren (F12). Een actor die in de gemeente actief is en waarmee geen van beide besturen "
        "contact heeft — rechtstreeks, in een overleg of via een regionale organisatie waarin het bestuur "
        "zetelt — is een blinde vlek in het overzicht.",
    )
    messages = {
        "summary": (
            "actors work out of view of the municipality and OCMW",
            "zijn er actoren actief buiten het zicht van gemeente en OCMW",
        ),
        "": (
            "Out of view of the municipality and OCMW: {what}.",
            "Buiten het zicht van gemeente en OCMW: {what}.",
        ),
        "enterprises": (
            "{n} social {n|enterprise|enterprises} ({names})",
            "{n} sociale {n|onderneming|ondernemingen} ({names})",
        ),
        "support": (
            "{n} support {n|organisation|organisations} ({names})",
            "{n} ondersteunende {n|organisatie|organisaties} ({names})",
        ),
        "both": (
            "{n} social {n|enterprise|enterprises} ({names}) and {k} support {k|organisation|organisations} ({support})",
            "{n} sociale {n|onderneming|ondernemingen} ({names}) en {k} ondersteunende {k|organisatie|organisaties} ({support})",
        ),
        "none": (
            "No social-economy actor working here is known: the overview is empty.",
            "Er is geen enkele actor sociale economie gekend die hier actief is: het overzicht is leeg.",
        ),
    }

    def check(self, region: Region, m: str) -> Outcome:
        actors = region.actors_of(m)
        if not actors:
            return self.fired(self.finding(m, "none", actors=region.governments(m)))
        seen = region.tied_actors(m) | region.reached_through_bodies(m) | reached_through_funded(region, m)
        blind = sorted(a for a in actors - seen if not is_public_partner(region, a))
        if not blind:
            return PASSED
        firms = [a for a in blind if region.kind[a] == "enterprise"]
        support = [a for a in blind if region.kind[a] != "enterprise"]
        if firms and support:
            what = Msg(
                self.message_key("both"),
                (
                    ("n", len(firms)),
                    ("names", names(region, firms)),
                    ("k", len(support)),
                    ("support", names(region, support)),
                ),
            )
        elif firms:
            what = Msg(self.message_key("enterprises"), (("n", len(firms)), ("names", names(region, firms))))
        else:
            what = Msg(self.message_key("support"), (("n", len(support)), ("names", names(region, support))))
        return self.fired(self.finding(m, actors=blind, what=what), share=1.0 if firms else 0.5)


@register
class OV02(Rule):
    """Own-actor focus: most of M's attention goes to its own actors while other actors exist.

    Attention is measured on the government–actor *pairs* with a relation
    (seat, client, funding, agreement, referral, consulted, informs,
    reports_to; :func:`regienet.metrics.attention_pairs`), each pair weighed
    by its *layers* — governance (seat), economic (client, funding,
    agreement, referral), policy (consulted, informs, reports_to) — so that a
    multiplex tie weighs more than a single one, and a partner is not worth
    more for being counted twice by the municipality and its OCMW on one
    layer than for being reached on several. ``founded`` is left out (own by
    definition) and so is ``accounts_to`` (accountability, VA). When the own
    actors (founded by M, not a regional joint venture) take *most* — more
    than ``own_actor_share`` — of the weighed attention, the government looks
    at the field through its own actor.

    A finding, never a level: the own-actor bias qualifies the reach of the
    environment analysis (``regienet explain levels``) but a tie to the own
    actor never lowers a level (issue 23).

    Example: municipality A and its OCMW each hold a seat in their own LDE
    initiative and fund it (2 pairs × 2 layers = 4) and A consults one
    regional enterprise (1 pair × 1 layer = 1): 4 of 5 (80 % > 50 %) goes to
    the own actor. Consult and inform three more actors (3 more) and it is
    4 of 8 (50 %): no longer most.
    """

    code = "OV02"
    component = "OV"
    severity = "warning"
    reference = "F7, C1; §4.1.1, §4.1.2 (a)"
    questionnaire = "1.2.2"
    title = ("Own-actor focus", "Focus op de eigen actor")
    rationale = (
        "Governments sit in the bodies of the enterprises founded on their own impulse (F7) and focus on "
        'these "own actors" (C1); the report warns that this narrows the view and that other actors, '
        "better placed for some goals, are overlooked (§4.1.2 a).",
        "Besturen zetelen in de bestuursorganen van de ondernemingen die onder hun impuls zijn opgericht "
        '(F7) en focussen op die "eigen actoren" (C1); het rapport waarschuwt dat dit de blik vernauwt en '
        "dat andere actoren, soms beter geplaatst, over het hoofd gezien worden (§4.1.2 a).",
    )
    not_applicable_when = (
        "M has no own actor, no other actor works in M, or M's governments have no relation (other than "
        "founding) with any actor.",
        "De gemeente heeft geen eigen actor, er is geen andere actor actief in de gemeente, of de besturen van de gemeente hebben met geen "
        "enkele actor een relatie (buiten de oprichting).",
    )
    thresholds = (
        Threshold(
            "own_actor_share",
            0.5,
            (
                "Share of the government's attention (government–actor pairs weighed by their layers) above which "
                "the own actors take most of it and OV02 fires.",
                "Aandeel van de aandacht van het bestuur (paren bestuur–actor gewogen naar hun lagen) waarboven de "
                "eigen actoren het grootste deel krijgen en OV02 afgaat.",
            ),
            minimum=0.0,
            maximum=1.0,
        ),
    )
    messages = {
        "summary": (
            "most of the government's attention goes to its own actor",
            "gaat het grootste deel van de aandacht van het bestuur naar de eigen actor",
        ),
        "": (
            "The own {own_n|actor|actors} {names} {own_n|takes|take} most of the government's attention: {own} of {total} ({share}, more than {threshold}; each government–actor pair weighed by its layers), while {others} other {others|actor works|actors work} here.",
            "De eigen {own_n|actor|actoren} {names} {own_n|krijgt|krijgen} het grootste deel van de aandacht van het bestuur: {own} van {total} ({share}, meer dan {threshold}; elk paar bestuur–actor gewogen naar zijn lagen), terwijl hier nog {others} andere {others|actor actief is|actoren actief zijn}.",
        ),
    }

    def check(self, region: Region, m: str) -> Outcome:
        own = region.own_actors(m)
        others = region.actors_of(m) - own
        dyads = attention_pairs(region, m)  # the report's own_tie_share counts the same pairs, unweighed
        if not own or not others or not dyads:
            return NOT_APPLICABLE
        weight = attention_weights(region, m, dyads)  # the report's own_attention_share, the same weights
        total = sum(weight.values())
        to_own = [d for d in dyads if d[1] in own]
        mine = sum(weight[d] for d in to_own)
        share = mine / total
        limit = self.threshold("own_actor_share")
        if share <= limit:
            return PASSED
        rids = [rid for d in to_own for rid in dyads[d]]
        return self.fired(
            self.finding(
                m,
                actors=sorted(own),
                relations=evidence(region, rids),
                own=mine,
                total=total,
                share=Pct(share),
                names=names(region, own),
                own_n=len(own),
                others=len(others),
                threshold=Pct(limit),
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
        ),
    }

    def check(self, region: Region, m: str) -> Outcome:
        answer = yes_no(region, m, "actor_inventory", "OV")
        if answer == "yes":
            return PASSED
        if answer == "unknown":
            return self.unknown("actor_inventory")
        return self.fired(self.finding(m, actors=region.governments(m)))
