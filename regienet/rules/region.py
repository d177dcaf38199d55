"""RG — the region as regisseur: rules about the whole region, not one municipality.

The study was commissioned by the regional platform (RESOC Zuid-West-Vlaanderen,
with Sinergiek) and its conclusions are regional: the link with regional actors
is lost (C3), a few enterprises were regional from the start with several
governments in their bodies (F8), and nobody accounts for the whole network
(C4). SA04 asks, per municipality, "which regional actor do the neighbours
work with and we don't?"; the RG rules ask the same of the region: which
regional actor is missed by most of the municipalities it works in (RG01),
which municipalities are tied to no regional actor at all (RG02), in which
shared body do most governments meet without any account (RG03), and is there
any forum where municipalities meet (RG04).

Each rule is a :class:`~regienet.rules.base.RegionRule`: it runs once per
:func:`regienet.rules.check` over the whole region, its findings carry
``municipality=None``, and it gets no level. The regional facts they read
(:func:`~regienet.metrics.regional_coverage`, :func:`~regienet.metrics.shared_bodies`,
:func:`~regienet.metrics.forum_reach`) live in :mod:`regienet.metrics`, below the rules,
the region analysis (:mod:`regienet.analysis.region`) and the maps, which read them too.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from regienet.metrics import forum_reach, is_public_partner, regional_coverage, shared_bodies
from regienet.rules.base import NOT_APPLICABLE, PASSED, Msg, Outcome, Pct, RegionRule, Threshold, register

if TYPE_CHECKING:  # pragma: no cover
    from regienet.model import Region

__all__ = ["MAX_NAMES", "RG01", "RG02", "RG03", "RG04", "body_word", "name_list"]

#: At most this many names in a message; the rest is counted ("and 12 more"). Evidence lists them all.
MAX_NAMES = 8


def name_list(region: Region, ids: Iterable[str], limit: int = MAX_NAMES) -> str:
    """Names in id order (the region's order for municipalities); past *limit* the rest is counted (``A, B, … (+12)``)."""
    names = [region.name.get(i, i) for i in sorted(ids)]
    if len(names) <= limit:
        return ", ".join(names)
    return ", ".join(names[:limit]) + f", … (+{len(names) - limit})"


def body_word(body: str | None) -> Msg:
    return Msg(f"map.value.body.{body}" if body else "region.body.none")


@register
class RG01(RegionRule):
    """Regional actor with low coverage: most municipalities it works in have no tie with it.

    For every regional actor working in at least ``min_works_in``
    municipalities, coverage = the municipalities it works in whose
    municipality or OCMW has a tie with it (any layer, forum co-membership
    included), divided by the municipalities it works in. Fires per actor
    with coverage below ``max_coverage``, naming the municipalities that miss
    it — SA04 seen from the actor's side, for the regional platform: one
    approach to the actor reaches all of them. Score: the number missing.

    A municipality that reaches the actor only *through* a regional body it
    sits in (Sinergiek's support partners, see OV01) is not a blind spot,
    but has no tie of its own: it still counts as missing, and the message
    says how many reach the actor that way.
    """

    code = "RG01"
    component = "RG"
    severity = "warning"
    reference = "C3, F5, F8, F24b; §4.1.3"
    not_applicable_when = (
        "No regional actor works in at least min_works_in municipalities.",
        "Geen regionale actor is actief in minstens min_works_in gemeenten.",
    )
    title = ("Regional actor with low coverage", "Regionale actor met lage dekking")
    rationale = (
        "Cooperation is stimulated with the enterprises in whose bodies a government sits, and the link with "
        "other, regional actors is lost (C3). Energiesnoeiers work in 12 of the 13 municipalities (F5); a "
        "regional actor that most of its municipalities do not deal with is a task for the region, not for "
        "each municipality alone.",
        "Samenwerking wordt gestimuleerd met de ondernemingen in wier organen een bestuur zetelt; de band met "
        "andere, regionale actoren gaat verloren (C3). De Energiesnoeiers werken in 12 van de 13 gemeenten "
        "(F5); een regionale actor waar de meeste gemeenten waar hij actief is geen band mee hebben, is een "
        "opdracht voor de regio, niet voor elke gemeente apart.",
    )
    thresholds = (
        Threshold(
            "max_coverage",
            0.5,
            (
                "RG01 fires when the share of the municipalities an actor works in that are tied to it is below this.",
                "RG01 gaat af als het aandeel van de gemeenten waar een actor actief is dat er een band mee heeft, "
                "onder deze waarde ligt.",
            ),
            minimum=0.0,
            maximum=1.0,
        ),
        Threshold(
            "min_works_in",
            3,
            (
                "Only actors working in at least this many municipalities are judged (two is a neighbour's affair).",
                "Enkel actoren die in minstens zoveel gemeenten actief zijn, worden beoordeeld (twee is een zaak van "
                "buren).",
            ),
            minimum=2,
            integer=True,
        ),
    )
    messages = {
        "summary": (
            "regional actors are tied to few of the municipalities they work in",
            "regionale actoren hebben een band met weinig van de gemeenten waar ze actief zijn",
        ),
        "": (
            "{name} ({kind}) works in {works_in} municipalities, but only {tied} of them {tied|is|are} tied to it "
            "(coverage {coverage}, threshold {threshold}); no tie in: {missing}.{through}",
            "{name} ({kind}) is actief in {works_in} gemeenten, maar slechts {tied} ervan {tied|heeft|hebben} er een band "
            "mee (dekking {coverage}, drempel {threshold}); geen band in: {missing}.{through}",
        ),
        "none": (
            "{name} ({kind}) works in {works_in} municipalities, but none of them is tied to it (threshold {threshold}).{through}",
            "{name} ({kind}) is actief in {works_in} gemeenten, maar geen enkele ervan heeft er een band mee (drempel "
            "{threshold}).{through}",
        ),
        "through": (
            " {n} of them reach it only through a regional body they sit in.",
            " {n|Eén ervan bereikt de actor enkel via een regionaal orgaan waarin ze zetelt|{n} ervan bereiken "
            "de actor enkel via een regionaal orgaan waarin ze zetelen}.",
        ),
    }

    def check_region(self, region: Region) -> Outcome:
        low, least = self.threshold("max_coverage"), self.threshold("min_works_in")
        judged = [c for c in regional_coverage(region) if len(c.works_in) >= least]
        if not judged:
            return NOT_APPLICABLE
        found = []

        # enterprises first, then support organisations, then public partners (issue 23): each listed as what it is
        def group(c) -> int:
            return 2 if is_public_partner(region, c.actor) else 0 if region.kind.get(c.actor) == "enterprise" else 1

        for c in sorted(judged, key=group):
            if c.coverage is None or c.coverage >= low:  # an actor working nowhere known is not judged
                continue
            kind = "kind.public_partner" if group(c) == 2 else f"kind.{region.kind.get(c.actor)}"
            through = Msg(self.message_key("through"), (("n", len(c.reached)),)) if c.reached else ""
            found.append(
                self.finding(
                    None,
                    "" if c.covered else "none",
                    actors=[c.actor, *c.missing],
                    score=float(len(c.missing)),
                    name=region.name[c.actor],
                    kind=Msg(kind),
                    works_in=len(c.works_in),
                    tied=len(c.covered),
                    coverage=Pct(c.coverage),
                    threshold=Pct(low),
                    missing=name_list(region, c.missing),
                    through=through,
                )
            )
        return self.fired(*found) if found else PASSED


@register
class RG02(RegionRule):
    """Municipality tied to no regional actor.

    Fires once per municipality whose municipality and OCMW have no tie (any
    layer, forum co-membership included) with any regional actor — not even
    with one that works there. The region's support partners (Sinergiek and
    the others) reach such a municipality through nobody. Evidence: the
    municipality and the regional actors that work in it. Score: how many
    regional actors work there.
    """

    code = "RG02"
    component = "RG"
    severity = "warning"
    reference = "C3, F10, F24b; §4.1.3"
    not_applicable_when = ("The region has no regional actor.", "De regio heeft geen regionale actor.")
    title = ("Municipality without any regional actor", "Gemeente zonder enige regionale actor")
    rationale = (
        "Often too few actors are active locally to steer between, and actors work beyond one municipality — "
        "which is no reason to leave regional actors out (F24b, C3). Information reaches governments through "
        "Sinergiek's newsletter and the actors, not systematically (F10): a municipality tied to no regional "
        "actor stands outside the regional network.",
        "Vaak zijn er lokaal te weinig actoren actief om regie over te voeren, en actoren overstijgen het lokale "
        "niveau — wat geen reden is om regionale actoren niet te betrekken (F24b, C3). Informatie komt via de "
        "nieuwsbrief van Sinergiek en de actoren, niet systematisch (F10): een gemeente zonder band met enige "
        "regionale actor staat buiten het regionale netwerk.",
    )
    messages = {
        "summary": (
            "municipalities are tied to no regional actor",
            "gemeenten hebben geen band met enige regionale actor",
        ),
        "": (
            "{name}: neither the municipality nor its OCMW has a tie with any regional actor; {n} regional "
            "{n|actor works|actors work} there.",
            "{name}: noch de gemeente noch haar OCMW heeft een band met enige regionale actor; er {n|is|zijn} "
            "{n} regionale {n|actor|actoren} actief.",
        ),
    }

    def check_region(self, region: Region) -> Outcome:
        regional = {c.actor for c in regional_coverage(region)}
        if not regional:
            return NOT_APPLICABLE
        found = []
        for m in region.municipalities:
            if region.tied_actors(m) & regional:
                continue
            here = sorted(region.actors_of(m) & regional)
            found.append(
                self.finding(None, actors=[m, *here], score=float(len(here)), name=region.name[m], n=len(here))
            )
        return self.fired(*found) if found else PASSED


@register
class RG03(RegionRule):
    """Shared body without accountability: most governments sit in it, nobody accounts.

    A body is a governing body of an actor (``seat`` relations with the same
    target and ``body``). It is regional when governments of at least
    ``min_share`` of the region's municipalities (and of two or more) hold a
    seat in it. Fires per regional body whose actor has no ``reports_to``
    relation to any government and receives no ``accounts_to`` from any: the
    place where the governments meet is where the actor could report on its
    part in the policy goals and the governments could give an account of the
    whole — and neither happens. This is C4 at regional level.

    An association of municipalities (issue 24) is read the other way round: it carries regie for its
    members, so it is the one that owes them an account. Its body passes when it sends ``accounts_to``
    a government of a municipality sitting in it; actors reporting to it are no account to the members.
    """

    code = "RG03"
    component = "RG"
    severity = "warning"
    reference = "C4, F8, F19, F28; §3.4"
    not_applicable_when = (
        "No body has seats of governments of at least min_share of the municipalities.",
        "Geen orgaan heeft zetels van besturen van minstens min_share van de gemeenten.",
    )
    title = ("Shared body without accountability", "Gedeeld orgaan zonder verantwoording")
    rationale = (
        "A few enterprises were regional from the start, with representatives of several local governments in "
        "their bodies (F8). Nobody accounts for the whole network of actors (C4): only the centre city sends "
        "a report to the actors (F28), and reporting by actors is expected in 8 municipalities, each for its "
        "own part (F19). A body where most governments sit is the obvious place for both.",
        "Enkele ondernemingen waren van bij de start regionaal, met vertegenwoordigers van meerdere lokale "
        "besturen in hun organen (F8). Niemand legt verantwoording af over het geheel van het netwerk (C4): "
        "enkel de centrumstad stuurt een rapport naar de actoren (F28), en rapportering door actoren wordt in 8 "
        "gemeenten verwacht, elk voor het eigen deel (F19). Een orgaan waarin de meeste besturen zetelen, is "
        "daar de aangewezen plaats voor.",
    )
    thresholds = (
        Threshold(
            "min_share",
            0.5,
            (
                "A body is regional when governments of at least this share of the municipalities hold a seat.",
                "Een orgaan is regionaal als besturen van minstens dit aandeel van de gemeenten er een zetel hebben.",
            ),
            minimum=0.0,
            maximum=1.0,
        ),
    )
    messages = {
        "summary": (
            "most governments sit in a body of an actor that reports to none and receives no account",
            "de meeste besturen zetelen in een orgaan van een actor die aan niemand rapporteert en geen "
            "verantwoording krijgt",
        ),
        "": (
            "Governments of {n} of the {total} municipalities sit in the {body} of {name}, but {name} reports to "
            "none of them and none sends it an account.",
            "Besturen van {n} van de {total} gemeenten zetelen in de {body} van {name}, maar {name} rapporteert "
            "aan geen van hen en geen enkel bestuur legt er verantwoording aan af.",
        ),
        # issue 24: an association of municipalities and its members
        "association": (
            "Governments of {n} of the {total} municipalities sit in the {body} of the association {name}, but it "
            "sends none of its members an account of the regie it carries for them.",
            "Besturen van {n} van de {total} gemeenten zetelen in de {body} van het samenwerkingsverband {name}, "
            "maar het legt aan geen van zijn leden verantwoording af over de regie die het voor hen draagt.",
        ),
    }

    def check_region(self, region: Region) -> Outcome:
        total = len(region.municipalities)
        share = self.threshold("min_share")
        bodies = [b for b in shared_bodies(region) if len(b.municipalities) >= share * total]
        if not bodies:
            return NOT_APPLICABLE
        found = []
        for b in bodies:
            if region.is_association(b.actor):
                # an association of municipalities accounts to its members: an account to a government of a
                # municipality that sits in it (issue 24); its actors reporting to it are no account to them
                members = b.municipalities
                accounted = {
                    region.government_of[x[1]]
                    for rid in region.relations_of(b.actor, ("accounts_to",))
                    if (x := region.relation(rid))[0] == b.actor and x[1] in region.government_of
                }
                if accounted & members:
                    continue
                found.append(
                    self.finding(
                        None,
                        "association",
                        actors=[b.actor],
                        relations=sorted({(g, b.actor, "seat") for g in b.governments}),
                        score=float(len(members)),
                        n=len(members),
                        total=total,
                        body=body_word(b.body),
                        name=region.name[b.actor],
                    )
                )
                continue
            rids = region.relations_of(b.actor, ("reports_to", "accounts_to"))
            if any(region.is_government(x) for rid in rids for x in region.relation(rid)[:2]):
                continue
            seats = sorted({(g, b.actor, "seat") for g in b.governments})
            found.append(
                self.finding(
                    None,
                    actors=[b.actor],
                    relations=seats,
                    score=float(len(b.municipalities)),
                    n=len(b.municipalities),
                    total=total,
                    body=body_word(b.body),
                    name=region.name[b.actor],
                )
            )
        return self.fired(*found) if found else PASSED


@register
class RG04(RegionRule):
    """No regional forum: no forum where governments of several municipalities meet.

    Fires when no forum has conveners or members from the governments of at
    least ``min_municipalities`` municipalities. A forum an association convenes
    or sits in reaches the municipalities that mandated it for SA (issue 24):
    the regie association's employment forum is a regional forum. Governments may still meet
    in the boards of regional actors (RG03's bodies; named in the message),
    but a board steers one enterprise, not the field. Does not apply to a
    region with fewer municipalities than ``min_municipalities``.
    """

    code = "RG04"
    component = "RG"
    severity = "warning"
    reference = "C3, F22, F24b; §4.1.3"
    not_applicable_when = (
        "The region has fewer than min_municipalities municipalities.",
        "De regio telt minder dan min_municipalities gemeenten.",
    )
    title = ("No regional forum", "Geen regionaal overleg")
    rationale = (
        "Only 4 municipalities have a rather formal consultation where actors meet each other (F22), and "
        "actors work beyond one municipality (F24b): regie of a regional field needs a place where the "
        "municipalities meet each other and the actors, or the link with regional actors is lost (C3).",
        "Slechts 4 gemeenten hebben een eerder formeel overleg waar actoren elkaar ontmoeten (F22), en "
        "actoren overstijgen het lokale niveau (F24b): regie van een regionaal veld vraagt een plaats waar de "
        "gemeenten elkaar en de actoren ontmoeten, anders gaat de band met regionale actoren verloren (C3).",
    )
    thresholds = (
        Threshold(
            "min_municipalities",
            2,
            (
                "A forum is regional when governments of at least this many municipalities convene it or are members.",
                "Een overleg is regionaal als besturen van minstens zoveel gemeenten het organiseren of er lid van "
                "zijn.",
            ),
            minimum=2,
            integer=True,
        ),
    )
    messages = {
        "summary": (
            "no forum exists where governments of several municipalities meet",
            "er bestaat geen overleg waar besturen van meerdere gemeenten elkaar ontmoeten",
        ),
        "": (
            "No forum where governments of {k} or more municipalities meet ({forums} {forums|forum|forums}, each "
            "of one municipality at most).",
            "Geen overleg waar besturen van {k} of meer gemeenten elkaar ontmoeten ({forums} "
            "{forums|overleg|overlegfora}, elk van hoogstens één gemeente).",
        ),
        "bodies": (
            "No forum where governments of {k} or more municipalities meet ({forums} {forums|forum|forums}, each "
            "of one municipality at most); they meet only in the governing bodies of {names}.",
            "Geen overleg waar besturen van {k} of meer gemeenten elkaar ontmoeten ({forums} "
            "{forums|overleg|overlegfora}, elk van hoogstens één gemeente); ze ontmoeten elkaar enkel in de "
            "bestuursorganen van {names}.",
        ),
    }

    def check_region(self, region: Region) -> Outcome:
        k = self.threshold("min_municipalities")
        if len(region.municipalities) < k:
            return NOT_APPLICABLE
        reach = forum_reach(region)
        if any(len(ms) >= k for ms in reach.values()):
            return PASSED
        bodies = list(dict.fromkeys(b.actor for b in shared_bodies(region, k)))
        if bodies:
            return self.fired(
                self.finding(
                    None,
                    "bodies",
                    actors=bodies,
                    k=k,
                    forums=len(reach),
                    names=name_list(region, bodies),
                )
            )
        return self.fired(self.finding(None, actors=sorted(reach), k=k, forums=len(reach)))
