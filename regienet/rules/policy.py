"""BL — setting out policy lines (beleidslijnen uitzetten).

Pröpper's second component: does the regisseur develop a strategic vision
with the actors, put it into words, pass it on and follow it up? The study
found that the LSB gives the impulse, but objectives stay general and actors
are barely involved — and when they are, through the own actor (§3.2,
§4.1.2, C2).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from regienet.rules._util import answers, direct_ties, evidence, names, yes_no
from regienet.rules.base import NOT_APPLICABLE, PASSED, Msg, Outcome, Rule, register

if TYPE_CHECKING:  # pragma: no cover
    from regienet.model import Region

__all__ = ["BL01", "BL02", "BL03", "BL04", "BL05", "CARRY_OUT_KINDS", "GOAL_ORDER"]

GOAL_ORDER = ("none", "general", "strategic", "operational")


@register
class BL01(Rule):
    """Social economy absent from both governments' policy plans (questionnaire 2.1.1).

    Fires when municipality and OCMW both answered ``se_in_plans=no``;
    unknown when an answer is blank and none is yes.

    **With plans.csv** (issue 24) the plans are the evidence instead of the self-reported answer: passes when
    the multi-year plan of a government of M — or of an association M mandated for BL — holds an action with
    one of the regie decree's codes (``WSE-LR1``…``WSE-LR4``), fires when none does; the message says it read
    plans.csv.
    """

    code = "BL01"
    component = "BL"
    severity = "error"
    reference = "F13; §3.2"
    questionnaire = "2.1.1"
    columns = ("se_in_plans",)
    title = ("Social economy not in the policy plans", "Sociale economie niet in de beleidsplannen")
    rationale = (
        "Three local governments have not put social economy in their policy plans (F13). Without it in "
        "the general policy programme or the local social policy plan (LSB) there is no policy line to "
        "steer by.",
        "Drie lokale besturen hebben sociale economie niet opgenomen in hun beleidsplannen (F13). Zonder "
        "plaats in het algemeen beleidsprogramma of het lokaal sociaal beleidsplan (LSB) is er geen "
        "beleidslijn om op te sturen.",
    )
    messages = {
        "summary": (
            "social economy is in neither government's policy plans",
            "staat sociale economie in de beleidsplannen van geen van beide besturen",
        ),
        "": (
            "Social economy is in neither the municipality's nor the OCMW's policy plans.",
            "Sociale economie staat in de beleidsplannen van gemeente noch OCMW.",
        ),
        "plans": (
            "No action in the multi-year plan of {bodies} carries a regie code (WSE-LR1–4) (source: plans.csv).",
            "Geen actie in het meerjarenplan van {bodies} draagt een regiecode (WSE-LR1–4) (bron: plans.csv).",
        ),
    }

    def check(self, region: Region, m: str) -> Outcome:
        plan = region.plan_evidence(m)
        if plan is not None:
            if plan.in_plans:
                return PASSED
            bodies = region.regie_bodies(m, "BL")
            return self.fired(self.finding(m, "plans", actors=bodies, bodies=names(region, bodies)))
        answer = yes_no(region, m, "se_in_plans", "BL")
        if answer == "yes":
            return PASSED
        if answer == "unknown":
            return self.unknown("se_in_plans")
        return self.fired(self.finding(m, actors=region.governments(m)))


@register
class BL02(Rule):
    """Objectives only general: no strategic or operational goals (questionnaire 2.1.2).

    Takes the most specific ``se_goals`` of the two governments. Fires when it
    is ``none`` or ``general``; passes on ``strategic`` or ``operational``;
    unknown when no government answered (and none answered strategic/operational).
    Does not apply when social economy is in neither government's plans: that
    is BL01's finding, and a plan that does not exist has no objectives to judge.

    **With plans.csv** (issue 24): the goals are translated into actions when a regie-coded action of M's
    (or of an association M mandated for BL) carries a budget (``budget_eur`` > 0): passes; fires when the
    codes are named without any budget; does not apply when there is no regie-coded action (BL01).
    """

    code = "BL02"
    component = "BL"
    severity = "warning"
    reference = "F14, C2; §4.1.2"
    questionnaire = "2.1.2"
    columns = ("se_goals",)
    not_applicable_when = (
        "Social economy is in neither government's policy plans (BL01 fires instead).",
        "Sociale economie staat in de beleidsplannen van geen van beide besturen (dan gaat BL01 af).",
    )
    title = ("Only general objectives", "Enkel algemene doelstellingen")
    rationale = (
        "A minority of 5 formulate strategic or operational objectives; the rest stay general (F14). "
        'General goals ("jobs for target groups") cannot be followed up or steered on (C2).',
        "Een minderheid (5) formuleert strategische of operationele doelstellingen; de rest blijft "
        'algemeen (F14). Algemene doelen ("tewerkstelling van kansengroepen") laten geen opvolging of '
        "bijsturing toe (C2).",
    )
    messages = {
        "summary": (
            "objectives stay general, without strategic or operational goals",
            "blijven de doelstellingen algemeen, zonder strategische of operationele doelen",
        ),
        "": (
            "The most specific social-economy objective is '{goals}': no strategic or operational objectives.",
            "De meest concrete doelstelling rond sociale economie is '{goals}': geen strategische of operationele doelstellingen.",
        ),
        "plans": (
            "The plans name regie priorities ({codes}) but translate none into an action with a budget "
            "(source: plans.csv).",
            "De plannen noemen regieprioriteiten ({codes}) maar vertalen er geen in een actie met een budget "
            "(bron: plans.csv).",
        ),
    }

    def check(self, region: Region, m: str) -> Outcome:
        plan = region.plan_evidence(m)
        if plan is not None:
            if not plan.in_plans:
                return NOT_APPLICABLE
            if plan.goals == "operational":
                return PASSED
            return self.fired(self.finding(m, "plans", actors=plan.bodies, codes=", ".join(plan.codes)))
        if yes_no(region, m, "se_in_plans", "BL") == "no":
            return NOT_APPLICABLE
        vals = answers(region, m, "se_goals", "BL")
        known = [v for v in vals if v is not None]
        best = max(known, key=GOAL_ORDER.index) if known else None
        if best in ("strategic", "operational"):
            return PASSED
        if best is None or len(known) < len(vals):
            return self.unknown("se_goals")
        return self.fired(self.finding(m, actors=region.governments(m), goals=Msg(f"value.se_goals.{best}")))


def _confined(rule: Rule, region: Region, m: str, kind: str) -> Outcome:
    """BL03: relations of *kind* to no actor (share 1), or only to own actors (share ½)."""
    actors = region.actors_of(m)
    if not actors:
        return NOT_APPLICABLE
    ties = direct_ties(region, m, [kind], rule.component)
    own = region.own_actors(m)
    reached = {x.actor for x in ties}
    if not reached:
        return rule.fired(rule.finding(m, "none", actors=sorted(actors), n=len(actors)))
    others = sorted(actors - own)
    if own and reached <= own and others:
        return rule.fired(
            rule.finding(
                m,
                "own",
                actors=sorted(reached),
                relations=evidence(region, (x.rid for x in ties)),
                names=names(region, reached),
                own_n=len(reached),
                others=len(others),
            ),
            share=0.5,
        )
    return PASSED


@register
class BL03(Rule):
    """Consultation confined to own actors, or none while actors exist (questionnaire 2.2.2).

    Looks at ``consulted`` relations from M's governments. Fires when no actor
    was consulted although actors work in M; fires at half weight (``share``
    0.5) when every consulted actor is an own actor of M while other actors
    work there too — consulting the own actor is something, consulting
    nobody is less (F16).
    """

    code = "BL03"
    component = "BL"
    severity = "warning"
    reference = "F16, C2; §3.2"
    questionnaire = "2.2.2"
    not_applicable_when = ("No actor works in M.", "Er is geen actor actief in de gemeente.")
    title = ("Consultation confined to own actors", "Inspraak beperkt tot eigen actoren")
    rationale = (
        "About half of the governments contacted social-economy actors when drafting the LSB — and then "
        "because board members of their own actors sat on the LSB steering group, so the objectives follow "
        "those of the own actors (F16, C2). Actors' expertise stays unused.",
        "Ongeveer de helft van de besturen nam bij de opmaak van het LSB contact met de actoren — en dan "
        "omdat bestuurders van de eigen actoren in de stuurgroep LSB zaten, zodat de doelstellingen die van "
        "de eigen actoren volgen (F16, C2). De expertise van de actoren blijft onbenut.",
    )
    messages = {
        "summary": (
            "actors are not consulted on the policy plans, or only the own actor is",
            "worden actoren niet geconsulteerd over de beleidsplannen, of enkel de eigen actor",
        ),
        "none": (
            "No actor was consulted when drafting the policy plans, although {n} {n|actor works|actors work} here.",
            "Bij de opmaak van de beleidsplannen werd geen enkele actor geconsulteerd, hoewel hier {n} {n|actor actief is|actoren actief zijn}.",
        ),
        "own": (
            "Only the own {own_n|actor|actors} {names} {own_n|was|were} consulted on the policy plans; {others} other {others|actor was|actors were} not.",
            "Enkel de eigen {own_n|actor|actoren} {names} {own_n|werd|werden} geconsulteerd over de beleidsplannen; {others} andere {others|actor|actoren} niet.",
        ),
    }

    def check(self, region: Region, m: str) -> Outcome:
        return _confined(self, region, m, "consulted")


@register
class BL04(Rule):
    """Policy plans not explained to any actor (questionnaire 2.3.1–2.3.2).

    Fires when no government of M ``informs`` an actor working in M: the
    plans are at best spread generally (website), never explained to the
    enterprises (F17: further explanation reaches actors in only 5
    municipalities). Informing only the own actor passes this rule — that
    the rest of the field is left out shows in OV01, OV02 and SA, not here
    (F21 concerns help with carrying out policy, component 3).
    """

    code = "BL04"
    component = "BL"
    severity = "warning"
    reference = "F17; §3.2"
    questionnaire = "2.3.1, 2.3.2"
    not_applicable_when = ("No actor works in M.", "Er is geen actor actief in de gemeente.")
    title = ("Policy plans not explained to actors", "Beleidsplannen niet toegelicht aan de actoren")
    rationale = (
        "Plans are spread generally (website) and seldom explicitly to the enterprises; further "
        "explanation reaches actors in only 5 of the 13 municipalities (F17). Actors who do not know the "
        "plan cannot carry it out.",
        "Beleidsplannen worden algemeen verspreid (website) en zelden expliciet naar de ondernemingen; "
        "verdere toelichting bereikt de actoren in slechts 5 van de 13 gemeenten (F17). Actoren die het "
        "plan niet kennen, kunnen het niet mee uitvoeren.",
    )
    messages = {
        "summary": (
            "the policy plans are not explained to any actor",
            "worden de beleidsplannen aan geen enkele actor toegelicht",
        ),
        "": (
            "The policy plans are explained to no actor; {n} {n|actor works|actors work} here.",
            "De beleidsplannen worden aan geen enkele actor toegelicht; hier {n|is|zijn} {n} {n|actor|actoren} actief.",
        ),
    }

    def check(self, region: Region, m: str) -> Outcome:
        actors = region.actors_of(m)
        if not actors:
            return NOT_APPLICABLE
        if direct_ties(region, m, ["informs"], "BL"):
            return PASSED
        return self.fired(self.finding(m, actors=sorted(actors), n=len(actors)))


#: Relation kinds by which an actor carries out a government's policy (BL05, F18).
CARRY_OUT_KINDS = ("client", "funding", "agreement")


@register
class BL05(Rule):
    """Actors carry out policy, and none of them reports back (questionnaire 2.4.1).

    An actor carries out M's policy when a government of M is its client,
    funds it or has an agreement with it (F18). Reporting is an actor's
    ``reports_to`` a government of M — and only that: a seat held by mandate
    is not a report, since board members legally sit in their own name (F9;
    only Kortrijk agreed otherwise). Fires when actors carry out policy and
    none of them reports back. F19: reporting is expected in 8 of the 13
    municipalities, so this fires in 5. That some actors report and others
    do not is normal (reporting is asked where it matters) and passes; where
    only the own actor reports, the BL level shows it: the monitoring
    activity then reaches the own actor only (``regienet explain levels``).
    """

    code = "BL05"
    component = "BL"
    severity = "warning"
    reference = "F18, F19, F9; §3.2"
    questionnaire = "2.4.1, 2.4.2"
    not_applicable_when = (
        "No actor carries out M's policy (no client, funding or agreement relation).",
        "Geen enkele actor voert beleid van de gemeente uit (geen relatie als klant, financiering of overeenkomst).",
    )
    title = ("Policy carried out without any reporting", "Beleid uitgevoerd zonder enige rapportering")
    rationale = (
        "Actors carry out policy goals — jobs for target groups, energy scans, green maintenance (F18) — "
        "but reporting is expected in only 8 of the 13 municipalities, and objectives are mostly not "
        "adjusted on the basis of it (F19). Without any reporting there is no follow-up (toezicht) and no "
        "adjustment (bijsturing).",
        "Actoren voeren beleidsdoelstellingen uit — tewerkstelling van kansengroepen, energiescans, "
        "groenonderhoud (F18) — maar rapportering wordt slechts in 8 van de 13 gemeenten verwacht, en de "
        "doelstellingen worden er meestal niet door bijgestuurd (F19). Zonder enige rapportering geen "
        "toezicht en geen bijsturing.",
    )
    messages = {
        "summary": (
            "actors carry out policy and none of them reports back",
            "voeren actoren beleid uit zonder dat één van hen rapporteert",
        ),
        "": (
            "{n} {n|actor carries|actors carry} out policy here (client, funding or agreement) and none of them reports back: {names}.",
            "{n} {n|actor voert|actoren voeren} hier beleid uit (klant, financiering of overeenkomst) en geen van hen rapporteert: {names}.",
        ),
    }

    def check(self, region: Region, m: str) -> Outcome:
        carry = direct_ties(region, m, CARRY_OUT_KINDS, "BL")
        if not carry:
            return NOT_APPLICABLE
        if direct_ties(region, m, ["reports_to"], "BL"):  # a report, never a seat (F9)
            return PASSED
        silent = sorted({x.actor for x in carry})
        rel = evidence(region, (x.rid for x in carry))
        return self.fired(self.finding(m, actors=silent, relations=rel, n=len(silent), names=names(region, silent)))
