"""SA — organising commitment and cooperation (organiseren van inzet en samenwerking).

Pröpper's third component: does the regisseur mobilise actors and couple them
to each other? The study found that "cooperation" means dealing with the own
actor, not cooperation between actors, and that the link with regional
actors is lost (§3.3, §4.1.3, C3).
"""

from __future__ import annotations

import networkx as nx

from regienet.rules._util import evidence, names
from regienet.rules.base import PASSED, Msg, Outcome, Rule, Tags, Threshold, register


@register
class SA01(Rule):
    """Too few local actors to steer between.

    Counts the actors of M that are *local* (not regional). Below
    ``min_actors`` there is little to steer between locally — a structural
    fact of the domain rather than a failing, hence severity info — and the
    message points at the regional actors that do work in M.
    """

    code = "SA01"
    component = "SA"
    severity = "info"
    reference = "F24b; §4.1.3"
    questionnaire = "1.3.1"
    title = ("Too few local actors to steer between", "Te weinig lokale actoren om tussen te regisseren")
    rationale = (
        "Steering between actors is often impossible because too few actors are active locally; actors "
        "tend to work beyond one municipality — which is no reason to leave regional actors out (F24b, "
        "§4.1.3).",
        "Regisseren tussen actoren is vaak niet mogelijk omdat er lokaal te weinig actoren actief zijn; "
        "actoren overstijgen vaak het lokale niveau — wat geen reden is om regionale actoren niet te "
        "betrekken (F24b, §4.1.3).",
    )
    thresholds = (
        Threshold(
            "min_actors", 3,
            ("Fewer local actors than this makes SA01 fire.", "Minder lokale actoren dan dit doet SA01 afgaan."),
            minimum=1, integer=True,
        ),
    )
    messages = {
        "summary": (
            "too few local actors work to steer between",
            "zijn te weinig lokale actoren actief om tussen te regisseren",
        ),
        "": (
            "Only {local} local actor(s) work here (threshold {threshold}); {regional} regional actor(s) also work here and can be involved.",
            "Hier zijn slechts {local} lokale actor(en) actief (drempel {threshold}); {regional} regionale actor(en) zijn hier ook actief en kunnen betrokken worden.",
        )
    }

    def check(self, region, m: str) -> Outcome:
        actors = region.actors_of(m)
        local = sorted(a for a in actors if not region.is_regional(a))
        limit = self.threshold("min_actors")
        if len(local) >= limit:
            return PASSED
        regional = len(actors) - len(local)
        return self.fired(self.finding(m, actors=local, local=len(local), regional=regional, threshold=limit))


@register
class SA02(Rule):
    """Hub and spoke: the actors tied to M's governments are not tied to each other.

    Takes the actors tied to a government of M and the couplings *among* them
    (cooperation, actor–actor agreements, shared forum membership). When
    there are at least ``min_actors`` of them and, without the governments,
    they fall apart into several components, the government is the only hub.
    The finding lists the actors coupled to none of the others.
    """

    code = "SA02"
    component = "SA"
    severity = "warning"
    reference = "F22, C3; §3.3, §4.1.3"
    questionnaire = "3.2.1"
    title = ("Hub and spoke: actors not coupled to each other", "Spaakstructuur: actoren niet aan elkaar gekoppeld")
    rationale = (
        "\"Cooperation\" in the region means dealing with the own actor, not cooperation between actors; "
        "only 4 municipalities have a consultation where the actors meet each other (F22). Coupling "
        "actors (actoren aan elkaar koppelen) is a core activity of regie (Pröpper, §3.3).",
        "\"Samenwerken\" betekent in de regio de omgang met de eigen actor, niet samenwerking tussen "
        "actoren; slechts 4 gemeenten hebben een overleg waar de actoren elkaar ontmoeten (F22). Actoren "
        "aan elkaar koppelen is een kernactiviteit van regie (Pröpper, §3.3).",
    )
    thresholds = (
        Threshold(
            "min_actors", 2,
            ("Minimum number of tied actors before SA02 looks for a hub-and-spoke pattern.",
             "Minimum aantal verbonden actoren voor SA02 een spaakstructuur zoekt."),
            minimum=2, integer=True,
        ),
    )
    messages = {
        "summary": (
            "the actors hang together only through the government (hub and spoke)",
            "hangen de actoren enkel via het bestuur samen (spaakstructuur)",
        ),
        "": (
            "The {n} actors tied to the municipality/OCMW form {parts} separate groups without them; not coupled to any other: {names}.",
            "Zonder gemeente/OCMW vallen de {n} verbonden actoren uiteen in {parts} losse groepen; aan geen enkele andere gekoppeld: {names}.",
        )
    }

    def check(self, region, m: str) -> Outcome:
        tied = region.tied_actors(m) & region.actors_of(m)
        if len(tied) < self.threshold("min_actors"):
            return PASSED
        H = region.actor_couplings(tied)
        parts = nx.number_connected_components(H)
        if parts <= 1:
            return PASSED
        isolated = sorted(n for n in H if H.degree(n) == 0)
        return self.fired(
            self.finding(m, actors=isolated or sorted(tied), n=len(tied), parts=parts, names=names(region, isolated) or "-")
        )


@register
class SA03(Rule):
    """Cooperation only around the own actor.

    Looks at the ``cooperation`` relations that concern M: between actors of
    M of which at least one is local to M, or brokered ``via`` a government of
    M (cooperation between two regional actors that M did not broker is the
    region's affair). Fires when there are some and every one of them
    involves an own actor of M.
    """

    code = "SA03"
    component = "SA"
    severity = "warning"
    reference = "F22, C3; §4.1.3"
    questionnaire = "3.2.1, 3.2.2"
    title = ("Cooperation only around the own actor", "Samenwerking enkel rond de eigen actor")
    rationale = (
        "Cooperation between actors is stimulated with the enterprises in whose bodies the government "
        "sits; by this focus on own actors the link with other actors is lost (C3, §4.1.3).",
        "Samenwerking tussen actoren wordt gestimuleerd bij de ondernemingen waar de besturen in de "
        "beheersstructuren zetelen; door die focus op de eigen actoren verliezen ze de verbinding met "
        "andere actoren uit het oog (C3, §4.1.3).",
    )
    messages = {
        "summary": (
            "cooperation between actors only happens around the own actor",
            "gebeurt samenwerking tussen actoren enkel rond de eigen actor",
        ),
        "": (
            "All {n} cooperation tie(s) here involve own actor(s) {names}; no cooperation among the other actors.",
            "Alle {n} samenwerkingsverband(en) hier betrekken de eigen actor(en) {names}; geen samenwerking tussen de andere actoren.",
        )
    }

    def check(self, region, m: str) -> Outcome:
        own = region.own_actors(m)
        if not own:
            return PASSED
        actors = region.actors_of(m)
        govs = set(region.governments(m))
        coop = []
        for a in sorted(actors):
            for rid in region.relations_of(a, ["cooperation"]):
                s, t, _ = region.relation(rid)
                via = region.attr(rid, "via")
                local = not (region.is_regional(s) and region.is_regional(t))
                if (s in actors and t in actors and local) or via in govs:
                    coop.append(rid)
        coop = sorted(set(coop))
        if not coop:
            return PASSED
        if all(set(region.relation(r)[:2]) & own for r in coop):
            return self.fired(
                self.finding(m, actors=sorted(own), relations=evidence(region, coop), n=len(coop), names=names(region, own))
            )
        return PASSED


@register
class SA04(Rule):
    """Missing regional link: a regional actor of M, tied to governments of ≥ k other municipalities, has no tie to M.

    One finding per such actor: the neighbours already work with it, so it is
    a known quantity — call it.
    """

    code = "SA04"
    component = "SA"
    severity = "warning"
    reference = "F5, F24b, C3; §4.1.3"
    questionnaire = "3.1.1"
    title = ("Missing regional link", "Ontbrekende regionale schakel")
    rationale = (
        "Actors often work beyond the municipality, which is no reason to leave regional actors out; "
        "involving local and regional actors adds value to carrying out policy (§4.1.3, C3). Energiesnoeiers "
        "work in 12 of the 13 municipalities (F5) — the thirteenth misses a regional partner its "
        "neighbours have.",
        "Actoren overstijgen vaak het lokale niveau, wat geen reden is om regionale actoren niet te "
        "betrekken; lokale én regionale actoren betrekken kan een meerwaarde betekenen (§4.1.3, C3). De "
        "Energiesnoeiers werken in 12 van de 13 gemeenten (F5) — de dertiende mist een regionale partner "
        "die de buren wel hebben.",
    )
    thresholds = (
        Threshold(
            "min_other_municipalities", 2,
            ("A regional actor tied to governments of at least this many other municipalities is a missing link.",
             "Een regionale actor met banden met besturen van minstens zoveel andere gemeenten is een ontbrekende schakel."),
            minimum=1, integer=True,
        ),
    )
    messages = {
        "summary": (
            "a regional actor that neighbours work with has no tie with the government",
            "heeft een regionale actor waarmee de buren werken geen band met het bestuur",
        ),
        "": (
            "Regional actor {name} works here and with the governments of {k} other municipalities, but has no tie with this municipality or its OCMW.",
            "Regionale actor {name} is hier actief en werkt met de besturen van {k} andere gemeenten, maar heeft geen band met deze gemeente of haar OCMW.",
        )
    }

    def check(self, region, m: str) -> Outcome:
        tied = region.tied_actors(m)
        k = self.threshold("min_other_municipalities")
        found = []
        for a in sorted(region.regional_actors_of(m) - tied):
            others = region.governments_tied_to(a) - {m}
            if len(others) >= k:
                found.append(self.finding(m, actors=[a], name=region.name[a], k=len(others), score=float(len(others))))
        return self.fired(*found) if found else PASSED


@register
class SA05(Rule):
    """Coupling opportunity: two actors of M share activities or target groups and have no tie.

    Considers pairs of actors of M of which at least one is local (two
    regional actors are a matter for the region, not for M). A pair sharing
    at least one activity or target-group tag and not coupled (no
    cooperation, agreement or shared forum) is an opportunity. Findings are
    ranked by overlap (Jaccard of the tags) and by whether M's government can
    broker them (both tied to it). Severity info: a suggestion for the workshop.
    Unknown when fewer than two actors have activities or target groups filled in.
    """

    code = "SA05"
    component = "SA"
    severity = "info"
    columns = ("activities", "target_groups")
    reference = "F12, F21, C3; §3.3"
    questionnaire = "1.3.2, 3.2.1, 3.2.2"
    title = ("Coupling opportunity", "Koppelkans")
    rationale = (
        "Governments have little view of cooperation between actors (F12) and do not pass on possible "
        "partners (F21); coupling actors — for instance by intertwining goals — is a core activity of "
        "the regisseur (§3.3). Actors with the same activities or target groups are the first candidates.",
        "De besturen hebben weinig zicht op samenwerking tussen actoren (F12) en reiken geen mogelijke "
        "partners aan (F21); actoren aan elkaar koppelen — bijvoorbeeld door doelen te vervlechten — is een "
        "kernactiviteit van de regisseur (§3.3). Actoren met dezelfde activiteiten of doelgroepen zijn de "
        "eerste kandidaten.",
    )
    messages = {
        "summary": (
            "actors with shared activities or target groups are not coupled",
            "zijn actoren met gedeelde activiteiten of doelgroepen niet gekoppeld",
        ),
        "": (
            "{a} and {b} share {shared} but have no tie{brokered}.",
            "{a} en {b} delen {shared} maar hebben geen band{brokered}.",
        ),
        "brokered": (
            " — both are tied to the municipality/OCMW, which can bring them together",
            " — beide hebben een band met gemeente/OCMW, dat hen kan samenbrengen",
        ),
    }

    def check(self, region, m: str) -> Outcome:
        actors = sorted(region.actors_of(m))
        tags = {}
        for a in actors:
            acts = region.value(a, "activities") or []
            groups = region.value(a, "target_groups") or []
            if acts or groups:
                tags[a] = {f"a:{x}" for x in acts} | {f"g:{x}" for x in groups}
        if len(tags) < 2:
            return self.unknown("activities", "target_groups")
        H = region.actor_couplings(tags)
        tied = region.tied_actors(m)
        found = []
        known = sorted(tags)
        regional = {a: region.is_regional(a) for a in known}
        for i, a in enumerate(known):
            for b in known[i + 1 :]:
                if regional[a] and regional[b]:
                    continue
                shared = tags[a] & tags[b]
                if not shared or H.has_edge(a, b):
                    continue
                jaccard = len(shared) / len(tags[a] | tags[b])
                brokerable = a in tied and b in tied
                found.append((jaccard + (1.0 if brokerable else 0.0), a, b, shared, brokerable))
        if not found:
            return PASSED
        found.sort(key=lambda f: (-f[0], f[1], f[2]))
        out = []
        for score, a, b, shared, brokerable in found:
            out.append(
                self.finding(
                    m, actors=[a, b], score=round(score, 4), a=region.name[a], b=region.name[b],
                    shared=Tags(tuple(sorted({x.split(":", 1)[1] for x in shared}))),
                    brokered=Msg(self.message_key("brokered")) if brokerable else "",
                )
            )
        return self.fired(*out)


@register
class SA06(Rule):
    """No forum convened by M where at least ``min_members`` actors meet.

    Fires when no government of M convenes a forum (werkgelegenheidsforum,
    stuurgroep) with at least ``min_members`` enterprise or support members.
    """

    code = "SA06"
    component = "SA"
    severity = "warning"
    reference = "F22, F23; §3.3"
    questionnaire = "3.2.1, 3.2.4"
    title = ("No forum where actors meet", "Geen overleg waar actoren elkaar ontmoeten")
    rationale = (
        "Only 4 municipalities have a rather formal consultation where the actors meet each other (F22); "
        "practical help serves the single enterprise, not cooperation between actors (F23). A forum is "
        "the regisseur's basic instrument to let actors meet (questionnaire 3.2.1).",
        "Slechts 4 gemeenten hebben een eerder formeel overleg waarbij de verschillende actoren elkaar "
        "ontmoeten (F22); praktische hulp dient de onderneming, niet de samenwerking tussen actoren (F23). "
        "Een overleg is het basisinstrument van de regisseur om actoren samen te brengen (vraag 3.2.1).",
    )
    thresholds = (
        Threshold(
            "min_members", 2,
            ("Minimum number of actor members for a forum to count.", "Minimum aantal actoren als lid voor een overleg meetelt."),
            minimum=2, integer=True,
        ),
    )
    messages = {
        "summary": (
            "no forum convened by the government lets actors meet",
            "is er geen overleg van het bestuur waar actoren elkaar ontmoeten",
        ),
        "": (
            "Neither municipality nor OCMW convenes a forum where at least {threshold} actors meet.",
            "Gemeente noch OCMW organiseert een overleg waar minstens {threshold} actoren elkaar ontmoeten.",
        )
    }

    def check(self, region, m: str) -> Outcome:
        limit = self.threshold("min_members")
        for g in region.governments(m):
            for rid in region.relations_of(g, ["convenes"]):
                forum = region.relation(rid)[1]
                members = [a for a in region.forum_members(forum) if region.kind.get(a) in ("enterprise", "support")]
                if len(members) >= limit:
                    return PASSED
        return self.fired(self.finding(m, actors=region.governments(m), threshold=limit))
