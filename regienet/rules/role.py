"""RO — the role questions (algemene conclusies, §4.2).

Not one of Pröpper's components but the report's general conclusions: is the
government regisseur or actor, who leads between municipality and OCMW, and
where does the money go? RO findings get no level.
"""

from __future__ import annotations

from regienet.rules._util import answers, evidence, names, yes_no
from regienet.rules.base import PASSED, Msg, Outcome, Rule, Threshold, register


@register
class RO01(Rule):
    """Says regisseur but acts as actor.

    Fires when a government of M states ``role_choice=regisseur`` while M runs
    an own actor, or a government of M is itself a recognised LDE initiative.
    Unknown when no government stated a role choice.
    """

    code = "RO01"
    component = "RO"
    severity = "warning"
    reference = "F30, F31; §4.2.2"
    columns = ("role_choice",)
    title = ("Says regisseur, acts as actor", "Zegt regisseur, handelt als actor")
    rationale = (
        "8 of 13 municipalities consciously choose not to be an actor — yet 6 of those 8 started an own "
        "project they work closely with: in essence a choice to \"do it yourself\", the opposite of the "
        "regie idea (F30, §4.2.2).",
        "8 van de 13 gemeenten kiezen er bewust voor om geen actor te zijn, maar zes van hen startten wel "
        "een eigen project waarmee ze nauw samenwerken: in wezen de keuze om vooral 'zelf te doen', "
        "tegengesteld aan het regie-idee (F30, §4.2.2).",
    )
    messages = {
        "summary": (
            "the government says it is regisseur but acts as actor",
            "noemt het bestuur zich regisseur maar handelt het als actor",
        ),
        "": ("The stated role is regisseur, but {why}.", "De gekozen rol is regisseur, maar {why}."),
        "own": ("the government runs own actor(s) {names}", "het bestuur heeft eigen actor(en) {names}"),
        "lde": ("the government is itself a recognised LDE initiative", "het bestuur is zelf erkend als LDE-initiatief"),
        "both": (
            "the government runs own actor(s) {names} and is itself a recognised LDE initiative",
            "het bestuur heeft eigen actor(en) {names} en is zelf erkend als LDE-initiatief",
        ),
    }

    def check(self, region, m: str) -> Outcome:
        roles = answers(region, m, "role_choice")
        if "regisseur" not in roles:
            return self.unknown("role_choice") if all(r is None for r in roles) else PASSED
        own = region.own_actors(m)
        lde = yes_no(region, m, "lde_recognized") == "yes"
        if not own and not lde:
            return PASSED
        variant = "both" if own and lde else ("own" if own else "lde")
        rels = [rid for g in region.governments(m) for rid in region.relations_of(g, ["founded"]) if region.relation(rid)[1] in own]
        why = Msg(self.message_key(variant), (("names", names(region, own)),))
        return self.fired(self.finding(m, actors=[*region.governments(m), *sorted(own)], relations=evidence(region, rels), why=why))


@register
class RO02(Rule):
    """No clear lead between municipality and OCMW.

    Fires when both or neither government has ``se_lead=yes`` and there is no
    ``agreement`` between them. Passes for a municipality without OCMW row.
    Unknown when ``se_lead`` is blank on either.
    """

    code = "RO02"
    component = "RO"
    severity = "warning"
    reference = "F34; §4.2.3"
    columns = ("se_lead",)
    title = ("No clear lead between municipality and OCMW", "Geen duidelijke trekker tussen gemeente en OCMW")
    rationale = (
        "In every municipality one of the two governments takes the lead — except Kortrijk, where both "
        "invest comparably; there is always a tacit consensus, never a formal agreement, and almost nowhere "
        "a clear division of tasks (F34, §4.2.3).",
        "In elke gemeente neemt één van de twee besturen de trekkersrol op — behalve in Kortrijk, waar beide "
        "vergelijkbaar inzetten; er is altijd een stilzwijgende consensus, nergens een formele overeenkomst, "
        "en bijna nergens een duidelijke taakverdeling (F34, §4.2.3).",
    )
    messages = {
        "summary": (
            "there is no clear lead between municipality and OCMW",
            "is er geen duidelijke trekker tussen gemeente en OCMW",
        ),
        "": ("{who} take the lead for social economy, and no agreement divides the tasks.", "{who} de trekkersrol voor sociale economie op, en geen overeenkomst verdeelt de taken."),
        "both": ("Both municipality and OCMW", "Zowel gemeente als OCMW nemen"),
        "neither": ("Neither municipality nor OCMW", "Gemeente noch OCMW neemt"),
    }

    def check(self, region, m: str) -> Outcome:
        govs = region.governments(m)
        if len(govs) < 2:
            return PASSED
        leads = answers(region, m, "se_lead")
        if any(v is None for v in leads):
            return self.unknown("se_lead")
        if sum(bool(v) for v in leads) == 1:
            return PASSED
        if any(region.relation(r)[:2] in ((govs[0], govs[1]), (govs[1], govs[0])) for r in region.relations_of(govs[0], ["agreement"])):
            return PASSED
        who = Msg(self.message_key("both" if all(leads) else "neither"))
        return self.fired(self.finding(m, actors=govs, who=who))


@register
class RO03(Rule):
    """Funding concentrated on own actors.

    Sums ``amount_eur`` of M's ``funding`` relations to actors. Fires when the
    share going to own actors is at least ``funding_share``. Unknown when any
    of those amounts is blank: the share cannot be computed honestly (F35 —
    spending is hard to trace).
    """

    code = "RO03"
    component = "RO"
    severity = "warning"
    reference = "F35; §4.2.4"
    columns = ("amount_eur",)
    title = ("Funding concentrated on own actors", "Financiering geconcentreerd op eigen actoren")
    rationale = (
        "Almost all governments support the enterprises they founded with a mix of financial, material and "
        "staff support; social economy is no separate budget line, so spending is hard to trace (F35, §4.2.4).",
        "Zowat alle besturen ondersteunen de door henzelf opgerichte ondernemingen met een combinatie van "
        "financiële, materiële en personele steun; sociale economie is geen apart beleidsdomein, waardoor de "
        "uitgaven moeilijk te volgen zijn (F35, §4.2.4).",
    )
    thresholds = (
        Threshold(
            "funding_share", 0.6,
            ("Share of funding (amount_eur) to own actors at or above which RO03 fires.",
             "Aandeel van de financiering (amount_eur) naar eigen actoren vanaf waar RO03 afgaat."),
            minimum=0.0, maximum=1.0,
        ),
    )
    messages = {
        "summary": (
            "funding is concentrated on the own actor",
            "is de financiering geconcentreerd op de eigen actor",
        ),
        "": (
            "€{own_eur:,.0f} of €{total_eur:,.0f} funding ({share:.0%}) goes to own actor(s) {names} (threshold {threshold:.0%}).",
            "€{own_eur:,.0f} van €{total_eur:,.0f} financiering ({share:.0%}) gaat naar de eigen actor(en) {names} (drempel {threshold:.0%}).",
        )
    }

    def check(self, region, m: str) -> Outcome:
        govs = region.governments(m)
        rids = [rid for g in govs for rid in region.relations_of(g, ["funding"]) if region.relation(rid)[0] == g]
        if not rids:
            return PASSED
        amounts = [region.attr(r, "amount_eur") for r in rids]
        if any(a is None for a in amounts):
            return self.unknown("amount_eur")
        total = float(sum(amounts))
        if total <= 0:
            return PASSED
        own = region.own_actors(m)
        own_rids = [r for r in rids if region.relation(r)[1] in own]
        own_eur = float(sum(region.attr(r, "amount_eur") for r in own_rids))
        share = own_eur / total
        limit = self.threshold("funding_share")
        if share < limit:
            return PASSED
        return self.fired(
            self.finding(
                m, actors=sorted(own), relations=evidence(region, own_rids), own_eur=own_eur, total_eur=total,
                share=share, names=names(region, own), threshold=limit,
            )
        )
