"""RO — the role questions (algemene conclusies, §4.2).

Not one of Pröpper's components but the report's general conclusions: is the
government regisseur or actor, who leads between municipality and OCMW, and
where does the money go? RO findings get no level.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from regienet.rules._util import answers, evidence, names, yes_no
from regienet.rules.base import NOT_APPLICABLE, PASSED, Money, Msg, Outcome, Pct, Rule, Threshold, register

if TYPE_CHECKING:  # pragma: no cover
    from regienet.model import Region

__all__ = ["RO01", "RO02", "RO03"]


@register
class RO01(Rule):
    """Says regisseur but acts as actor.

    Fires when a government of M states ``role_choice=regisseur`` while M runs
    an own actor, or a government of M is itself a recognised LDE initiative.
    Unknown when a blank ``role_choice`` or ``lde_recognized`` could change
    that (derived by the engine from ``columns``): a blank answer is unknown,
    never "not regisseur" or "not recognised".

    **One local government** (from 2019, or no OCMW row; :meth:`~regienet.model.Region.integrated`), the
    regie decree's question (issue 24): is the local government provider and regisseur at once, and are
    the roles separated? It is regisseur when it says so (``role_choice``), when its multi-year plan takes
    up the regie role (a ``WSE-LR1`` action in plans.csv) or when it mandated an association; provider when
    it runs an own actor or is itself a recognised LDE initiative. The roles are separated when an
    association carries its regie on mandate (the provider does not steer the field it provides in);
    otherwise the rule fires.
    """

    code = "RO01"
    component = "RO"
    severity = "warning"
    reference = "F30, F31; §4.2.2"
    columns = ("role_choice", "lde_recognized")
    not_applicable_when = (
        "Neither government states the role of regisseur (role_choice actor or unclear).",
        "Geen van beide besturen kiest de rol van regisseur (hun gekozen rol is actor of onduidelijk).",
    )
    title = ("Says regisseur, acts as actor", "Zegt regisseur, handelt als actor")
    rationale = (
        "8 of 13 municipalities consciously choose not to be an actor — yet 6 of those 8 started an own "
        'project they work closely with: in essence a choice to "do it yourself", the opposite of the '
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
        "own": (
            "the government runs {own_n|the own actor|own actors} {names}",
            "het bestuur heeft {own_n|de eigen actor|eigen actoren} {names}",
        ),
        "lde": (
            "the government is itself a recognised LDE initiative",
            "het bestuur is zelf erkend als LDE-initiatief",
        ),
        "both": (
            "the government runs {own_n|the own actor|own actors} {names} and is itself a recognised LDE initiative",
            "het bestuur heeft {own_n|de eigen actor|eigen actoren} {names} en is zelf erkend als LDE-initiatief",
        ),
        # issue 24: the decree-era question for one integrated local government
        "integrated": (
            "The local government is regisseur ({basis}) and provider at once: {why}; no association carries its "
            "regie on mandate, so the roles are not separated.",
            "Het lokaal bestuur is tegelijk regisseur ({basis}) en aanbieder: {why}; geen samenwerkingsverband "
            "draagt de regie met een mandaat, dus de rollen zijn niet gescheiden.",
        ),
        "basis_answer": ("stated role", "gekozen rol"),
        "basis_plan": (
            "the multi-year plan takes up the regie role, WSE-LR1",
            "het meerjarenplan neemt de regierol op, WSE-LR1",
        ),
    }

    def check(self, region: Region, m: str) -> Outcome:
        if region.integrated(m):
            return self._check_integrated(region, m)
        roles = answers(region, m, "role_choice")
        if "regisseur" not in roles:
            return self.unknown("role_choice") if all(r is None for r in roles) else NOT_APPLICABLE
        provider = self._provider(region, m)
        if provider is None:
            return PASSED
        own, rels, why = provider
        return self.fired(
            self.finding(m, actors=[*region.governments(m), *sorted(own)], relations=evidence(region, rels), why=why)
        )

    def _provider(self, region: Region, m: str) -> tuple[frozenset[str], list[int], Msg] | None:
        """How M's governments act as provider: their own actors, the founding relations and the message part
        that names them (an own actor, LDE recognition or both); ``None`` when they provide nothing."""
        own = region.own_actors(m)
        lde = yes_no(region, m, "lde_recognized") == "yes"
        if not own and not lde:
            return None
        variant = "both" if own and lde else ("own" if own else "lde")
        rels = [
            rid
            for g in region.governments(m)
            for rid in region.relations_of(g, ["founded"])
            if region.relation(rid)[1] in own
        ]
        return own, rels, Msg(self.message_key(variant), (("names", names(region, own)), ("own_n", len(own))))

    def _check_integrated(self, region: Region, m: str) -> Outcome:
        """RO01 for one local government (2019 on): provider and regisseur at once, roles not separated."""
        govs = region.governments(m)
        roles = answers(region, m, "role_choice")
        by_plan = any(a.get("code") == "WSE-LR1" for g in govs for a in region.plan_actions(g))
        if region.mandates(m):
            return PASSED  # an association carries the regie: the roles are separated (or nobody is provider)
        if "regisseur" not in roles and not by_plan:
            return self.unknown("role_choice") if all(r is None for r in roles) else NOT_APPLICABLE
        provider = self._provider(region, m)
        if provider is None:
            return PASSED
        own, rels, why = provider
        basis = Msg(self.message_key("basis_answer" if "regisseur" in roles else "basis_plan"))
        return self.fired(
            self.finding(
                m,
                actors=[*govs, *sorted(own)],
                relations=evidence(region, rels),
                variant="integrated",
                why=why,
                basis=basis,
            )
        )


@register
class RO02(Rule):
    """No formal agreement or division of tasks between municipality and OCMW (F34).

    Fires when there is no ``agreement`` relation between the municipality
    and its OCMW: the report finds "always tacit consensus, never a formal
    agreement, and almost nowhere a clear division of tasks". Who takes the
    lead (``se_lead``) is shown as context, not as the fault: one government
    leading by tacit consensus, both investing comparably (Kortrijk, the
    centre city) or neither. F34 says this of every municipality, so on the
    report's data it fires in all 13: that is the report's finding, not an
    artefact.

    2010 institutions only: it does not apply to one integrated local government — a municipality without
    an OCMW row, or any municipality for snapshot years from 2019 (``--year``; Decreet over het lokaal
    bestuur: one council, one board, one general director). Its 2010 meaning is kept for earlier data.
    """

    code = "RO02"
    component = "RO"
    severity = "warning"
    reference = "F34; §4.2.3"
    not_applicable_when = (
        "M has no OCMW in the data, or the snapshot year is 2019 or later: municipality and OCMW are one local "
        "government.",
        "De gemeente heeft geen OCMW in de gegevens, of het peiljaar is 2019 of later: gemeente en OCMW vormen één lokaal "
        "bestuur.",
    )
    title = (
        "No formal agreement between municipality and OCMW",
        "Geen formele afspraak tussen gemeente en OCMW",
    )
    rationale = (
        "In every municipality one of the two governments takes the lead — except Kortrijk, where both "
        "invest comparably; there is always a tacit consensus, never a formal agreement, and almost nowhere "
        "a clear division of tasks (F34, §4.2.3). Without one, nobody is accountable for the whole.",
        "In elke gemeente neemt één van de twee besturen de trekkersrol op — behalve in Kortrijk, waar beide "
        "vergelijkbaar inzetten; er is altijd een stilzwijgende consensus, nergens een formele overeenkomst, "
        "en bijna nergens een duidelijke taakverdeling (F34, §4.2.3). Zonder afspraak is niemand "
        "aanspreekbaar op het geheel.",
    )
    messages = {
        "summary": (
            "no formal agreement divides the tasks between municipality and OCMW",
            "verdeelt geen formele afspraak de taken tussen gemeente en OCMW",
        ),
        "": (
            "No formal agreement divides the social-economy tasks between municipality and OCMW ({context}).",
            "Geen formele afspraak verdeelt de taken rond sociale economie tussen gemeente en OCMW ({context}).",
        ),
        "one": ("{who} takes the lead by tacit consensus", "{who} trekt, bij stilzwijgende consensus"),
        "both": (
            "both invest comparably, as in the centre city in the report",
            "beide zetten vergelijkbaar in, zoals de centrumstad in het rapport",
        ),
        "neither": ("neither states it takes the lead", "geen van beide zegt de trekker te zijn"),
        "unknown": ("who takes the lead is not known", "wie trekt is niet gekend"),
    }

    def check(self, region: Region, m: str) -> Outcome:
        govs = region.governments(m)
        if len(govs) < 2 or region.integrated(m):
            return NOT_APPLICABLE
        pair = {(govs[0], govs[1]), (govs[1], govs[0])}
        if any(region.relation(r)[:2] in pair for r in region.relations_of(govs[0], ["agreement"])):
            return PASSED
        leads = answers(region, m, "se_lead")
        if any(v is None for v in leads):
            context = Msg(self.message_key("unknown"))
        elif all(leads):
            context = Msg(self.message_key("both"))
        elif any(leads):
            lead = govs[[bool(v) for v in leads].index(True)]
            context = Msg(self.message_key("one"), (("who", region.name[lead]),))
        else:
            context = Msg(self.message_key("neither"))
        return self.fired(self.finding(m, actors=govs, context=context))


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
    not_applicable_when = (
        "M's governments fund no actor.",
        "De besturen van de gemeente financieren geen enkele actor.",
    )
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
            "funding_share",
            0.6,
            (
                "Share of funding (amount_eur) to own actors at or above which RO03 fires.",
                "Aandeel van de financiering (de bedragen in euro) naar eigen actoren vanaf waar RO03 afgaat.",
            ),
            minimum=0.0,
            maximum=1.0,
        ),
    )
    messages = {
        "summary": (
            "funding is concentrated on the own actor",
            "is de financiering geconcentreerd op de eigen actor",
        ),
        "": (
            "{own_eur} of {total_eur} funding ({share}) goes to {own_n|the own actor|own actors} {names} (threshold {threshold}).",
            "{own_eur} van {total_eur} financiering ({share}) gaat naar {own_n|de eigen actor|de eigen actoren} {names} (drempel {threshold}).",
        ),
    }

    def check(self, region: Region, m: str) -> Outcome:
        govs = region.governments(m)
        rids = [rid for g in govs for rid in region.relations_of(g, ["funding"]) if region.relation(rid)[0] == g]
        if not rids:
            return NOT_APPLICABLE
        amounts = [cast(float | None, region.attr(r, "amount_eur")) for r in rids]  # a money column
        if any(a is None for a in amounts):
            return self.unknown("amount_eur")
        total = float(sum(a for a in amounts if a is not None))
        if total <= 0:
            return PASSED
        own = region.own_actors(m)
        own_rids = [r for r in rids if region.relation(r)[1] in own]
        own_eur = float(sum(cast(float, region.attr(r, "amount_eur")) for r in own_rids))
        share = own_eur / total
        limit = self.threshold("funding_share")
        if share < limit:
            return PASSED
        return self.fired(
            self.finding(
                m,
                actors=sorted(own),
                relations=evidence(region, own_rids),
                own_eur=Money(own_eur),
                total_eur=Money(total),
                share=Pct(share),
                names=names(region, own),
                threshold=Pct(limit),
                own_n=len(own),
            )
        )
