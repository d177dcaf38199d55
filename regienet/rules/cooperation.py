"""SA — organising commitment and cooperation (organiseren van inzet en samenwerking).

Pröpper's third component: does the regisseur mobilise actors and couple them
to each other? The study found that "cooperation" means dealing with the own
actor, not cooperation between actors, and that the link with regional
actors is lost (§3.3, §4.1.3, C3).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from regienet.rules._util import evidence, names
from regienet.rules.base import NOT_APPLICABLE, PASSED, Msg, Outcome, Pct, Rule, Tags, Threshold, register

if TYPE_CHECKING:  # pragma: no cover
    from collections import Counter

    from regienet.model import Region
    from regienet.rules.base import Finding

__all__ = ["SA01", "SA02", "SA03", "SA04", "SA05", "SA06", "WORKING_KINDS"]


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
    reference = "F24b, F33; §4.1.3, §4.2.3"
    questionnaire = "1.3.1"
    title = ("Too few local actors to steer between", "Te weinig lokale actoren om regie over te voeren")
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
            "min_actors",
            2,
            (
                "Fewer local actors than this makes SA01 fire (F33: most have few or none besides the own LDE "
                "project).",
                "Minder lokale actoren dan dit doet SA01 afgaan (F33: de meeste hebben er weinig of geen naast het "
                "eigen LDE-project).",
            ),
            minimum=1,
            integer=True,
        ),
    )
    messages = {
        "summary": (
            "too few local actors work to steer between",
            "zijn te weinig lokale actoren actief om regie over te voeren",
        ),
        "": (
            "{local|Only 1 local actor works|Only {local} local actors work|Not a single local actor works} here (threshold {threshold}); {regional} regional {regional|actor also works|actors also work} here and can be involved.",
            "{local|Hier is slechts 1 lokale actor|Hier zijn slechts {local} lokale actoren|Hier is geen enkele lokale actor} actief (drempel {threshold}); {regional} regionale {regional|actor is|actoren zijn} hier ook actief en {regional|kan|kunnen} betrokken worden.",
        ),
    }

    def check(self, region: Region, m: str) -> Outcome:
        actors = region.actors_of(m)
        local = sorted(a for a in actors if not region.is_regional(a))
        limit = self.threshold("min_actors")
        if len(local) >= limit:
            return PASSED
        regional = len(actors) - len(local)
        return self.fired(self.finding(m, actors=local, local=len(local), regional=regional, threshold=limit))


@register
class SA02(Rule):
    """Hub and spoke: few of M's actors are coupled to each other.

    Takes the actors of M and the couplings among them that count for M
    (:meth:`~regienet.model.Region.local_couplings`: cooperation and
    actor–actor agreements with at least one local actor or brokered via M,
    and meeting in a forum M convenes — not another municipality's forum).
    Fires when the share of M's actors coupled to at least one other actor of
    M is below ``min_coupled_share``: the actors hang together only through
    the government, if at all. The denominator is every actor working in M,
    so a new tie between the government and an actor never lowers the share.
    When nothing couples any two of them, the rule does not apply: that is
    one fact — no forum, no cooperation — told once, by SA06 (issue 23).

    Example: 11 actors work in municipality A; its LSB steering group brings
    the own LDE initiative and the Welzijnsconsortium together, nothing else
    couples them: 2 of 11 coupled (18 % < 40 %).
    """

    code = "SA02"
    component = "SA"
    severity = "warning"
    reference = "F22, C3; §3.3, §4.1.3"
    questionnaire = "3.2.1"
    not_applicable_when = (
        "Fewer than min_actors actors work in M: there is nobody to couple; or nothing couples any of them — no "
        "cooperation and no forum of M: that one fact is SA06's finding.",
        "Er zijn minder dan min_actors actoren actief in de gemeente: er valt niemand te koppelen; of niets koppelt ook maar "
        "twee van hen — geen samenwerking en geen overleg van de gemeente: dat ene feit is de bevinding van SA06.",
    )
    title = ("Hub and spoke: actors not coupled to each other", "Spaakstructuur: actoren niet aan elkaar gekoppeld")
    rationale = (
        '"Cooperation" in the region means dealing with the own actor, not cooperation between actors; '
        "only 4 municipalities have a consultation where the actors meet each other (F22). Coupling "
        "actors (actoren aan elkaar koppelen) is a core activity of regie (Pröpper, §3.3).",
        '"Samenwerken" betekent in de regio de omgang met de eigen actor, niet samenwerking tussen '
        "actoren; slechts 4 gemeenten hebben een overleg waar de actoren elkaar ontmoeten (F22). Actoren "
        "aan elkaar koppelen is een kernactiviteit van regie (Pröpper, §3.3).",
    )
    thresholds = (
        Threshold(
            "min_actors",
            2,
            (
                "Minimum number of actors working in M before SA02 applies.",
                "Minimum aantal actoren actief in de gemeente voor SA02 van toepassing is.",
            ),
            minimum=2,
            integer=True,
        ),
        Threshold(
            "min_coupled_share",
            0.4,
            (
                "Share of M's actors that must be coupled to another actor of M; below it SA02 fires.",
                "Aandeel van de actoren van de gemeente dat aan een andere actor van de gemeente gekoppeld moet zijn; daaronder gaat SA02 af.",
            ),
            minimum=0.0,
            maximum=1.0,
        ),
    )
    messages = {
        "summary": (
            "few actors are coupled to each other (hub and spoke)",
            "zijn weinig actoren aan elkaar gekoppeld (spaakstructuur)",
        ),
        "": (
            "Only {coupled} of the {n} actors working here are coupled to another one ({share}, threshold {threshold}); not coupled: {names}.",
            "Slechts {coupled} van de {n} actoren die hier actief zijn, zijn aan een andere gekoppeld ({share}, drempel {threshold}); niet gekoppeld: {names}.",
        ),
    }

    def check(self, region: Region, m: str) -> Outcome:
        actors = region.actors_of(m)
        if len(actors) < self.threshold("min_actors"):
            return NOT_APPLICABLE
        H = region.local_couplings(m)
        coupled = [a for a in H if H.degree(a) > 0]
        if not coupled:  # nothing couples them at all: one fact, SA06's finding (issue 23)
            return NOT_APPLICABLE
        share = len(coupled) / len(actors)
        limit = self.threshold("min_coupled_share")
        if share >= limit:
            return PASSED
        loose = sorted(a for a in H if H.degree(a) == 0)
        return self.fired(
            self.finding(
                m,
                actors=loose,
                n=len(actors),
                coupled=len(coupled),
                share=Pct(share),
                threshold=Pct(limit),
                names=names(region, loose) or "-",
            )
        )


def _meeting_forums(region: Region, m: str, min_members: int) -> list[tuple[str, list[str]]]:
    """Forums a government of *m* — or an association *m* mandated for SA, counting the members that work in
    *m* (issue 24) — convenes with at least *min_members* non-own enterprise/support members."""
    own = region.own_actors(m)
    govs = set(region.governments(m))
    here = region.actors_of(m)
    out = []
    for g in region.regie_bodies(m, "SA"):
        for rid in region.relations_of(g, ["convenes"]):
            forum = region.relation(rid)[1]
            members = sorted(
                a
                for a in region.forum_members(forum)
                if region.kind.get(a) in ("enterprise", "support") and a not in own and (g in govs or a in here)
            )
            if len(members) >= min_members:
                out.append((forum, members))
    return out


@register
class SA03(Rule):
    """Cooperation between actors: none, or only around the own actor.

    Looks at the cooperation that concerns M: ``cooperation`` and actor–actor
    ``agreement`` among M's actors with at least one local actor or brokered
    via M, and the forums M convenes where at least two actors other than its
    own meet (F22: "some (4) have a rather formal consultation where the
    various actors meet each other"). Passes when some of it does not
    involve an own actor of M. Fires at half weight (``share`` 0.5) when all
    of it involves an own actor — better than nothing, but the link with the
    other actors is lost (C3); fires fully when there is none.
    """

    code = "SA03"
    component = "SA"
    severity = "warning"
    reference = "F22, C3; §3.3, §4.1.3"
    questionnaire = "3.2.1, 3.2.2"
    not_applicable_when = (
        "Fewer than two actors work in M: there is nobody to cooperate; or there is no cooperation between M's "
        "actors and no forum of M at all: that one fact is SA06's finding.",
        "Er zijn minder dan twee actoren actief in de gemeente: er valt niet samen te werken; of er is geen samenwerking "
        "tussen de actoren van de gemeente en geen overleg van de gemeente: dat ene feit is de bevinding van SA06.",
    )
    title = ("Cooperation only around the own actor, or none", "Samenwerking enkel rond de eigen actor, of geen")
    rationale = (
        "Organising cooperation is not so much about cooperation between actors as about dealing with the "
        "own actor; only 4 municipalities have a consultation where the actors meet each other (F22). "
        "Cooperation is stimulated with the enterprises in whose bodies the government sits; by this focus "
        "the link with other actors is lost (C3, §4.1.3).",
        "Samenwerking organiseren gaat niet zozeer over samenwerking tussen actoren als over de omgang met "
        "de eigen actor; slechts 4 gemeenten hebben een overleg waar de actoren elkaar ontmoeten (F22). "
        "Samenwerking wordt gestimuleerd bij de ondernemingen waar de besturen in de beheersstructuren "
        "zetelen; door die focus verliezen ze de verbinding met andere actoren uit het oog (C3, §4.1.3).",
    )
    messages = {
        "summary": (
            "cooperation between actors happens only around the own actor, or not at all",
            "gebeurt samenwerking tussen actoren enkel rond de eigen actor, of helemaal niet",
        ),
        "own": (
            "{k} cooperation {k|tie|ties} here, {k|with|all with} the own {own_n|actor|actors} {names}; no cooperation among the other actors.",
            "{k} {k|samenwerkingsverband|samenwerkingsverbanden} hier, {k|met|alle met} de eigen {own_n|actor|actoren} {names}; geen samenwerking tussen de andere actoren.",
        ),
    }

    def check(self, region: Region, m: str) -> Outcome:
        actors = region.actors_of(m)
        if len(actors) < 2:
            return NOT_APPLICABLE
        if _meeting_forums(region, m, 2):
            return PASSED
        own = region.own_actors(m)
        H = region.local_couplings(m)
        coop = sorted({rid for _, _, rids in H.edges(data="rids") for rid in rids})
        if not coop:  # no cooperation and no forum: one fact, SA06's finding (issue 23)
            return NOT_APPLICABLE
        if any(not set(region.relation(r)[:2]) & own for r in coop):
            return PASSED
        return self.fired(
            self.finding(
                m,
                "own",
                actors=sorted(own),
                relations=evidence(region, coop),
                k=len(coop),
                names=names(region, own),
                own_n=len(own),
            ),
            share=0.5,
        )


#: Relations between a government and an actor that are working with it (SA04 closes on these, not on a note).
WORKING_KINDS = ("founded", "seat", "client", "funding", "agreement", "referral")


@register
class SA04(Rule):
    """Missing regional link: a regional actor of M, tied to governments of ≥ k other municipalities, has no tie to M.

    One finding per such actor: the neighbours already work with it, so it is
    a known quantity — call it. The link is closed by *working* with the
    actor — an agreement, a client or funding relation, a seat, a referral,
    a cooperation M brokered, or a forum where M and the actor meet — not by
    sending it a note: ``informs``, ``consulted``, ``reports_to`` and
    ``accounts_to`` alone leave it missing (issue 23: a note sent is not a
    regional link).
    """

    code = "SA04"
    component = "SA"
    severity = "warning"
    reference = "F5, F24b, C3; §4.1.3"
    questionnaire = "3.1.1"
    not_applicable_when = ("No regional actor works in M.", "Er is geen regionale actor actief in de gemeente.")
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
            "min_other_municipalities",
            2,
            (
                "A regional actor tied to governments of at least this many other municipalities is a missing link.",
                "Een regionale actor met banden met besturen van minstens zoveel andere gemeenten is een ontbrekende schakel.",
            ),
            minimum=1,
            integer=True,
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
        ),
    }

    def check(self, region: Region, m: str) -> Outcome:
        if not region.regional_actors_of(m):
            return NOT_APPLICABLE
        tied = region.tied_actors(m, WORKING_KINDS) | {x.actor for x in region.ties(m) if x.rid is None}
        govs = set(region.governments(m))
        for a in region.regional_actors_of(m) - tied:  # a cooperation M brokered with it
            if any(region.attr(r, "via") in govs for r in region.relations_of(a, ["cooperation", "agreement"])):
                tied = tied | {a}
        k = self.threshold("min_other_municipalities")
        found = []
        for a in sorted(region.regional_actors_of(m) - tied):
            others = region.governments_tied_to(a) - {m}
            if len(others) >= k:
                found.append(self.finding(m, actors=[a], name=region.name[a], k=len(others), score=float(len(others))))
        return self.fired(*found) if found else PASSED


@register
class SA05(Rule):
    """Coupling opportunity: two actors of M could work together and have no tie.

    Considers pairs of actors of M of which at least one is local (two
    regional actors are a matter for the region, not for M) and that are not
    yet coupled (no cooperation, agreement or shared forum), and not two
    support bodies (a facilitator couples actors that do the work, issue 23). A pair is an
    opportunity when it shares an *activity* or a *specific* target group:
    a target group carried by more than ``generic_share`` of the region's
    actors ("long-term unemployed") says nothing about these two and is left
    out. The finding says whether the two do the same thing (complementary
    or competing: agree who does what, questionnaire 2.4.3) or serve the same
    target group with different activities (a trajectory partnership).

    Ranked by score — each shared activity counts 1, each specific shared
    target group ½, both weighted by how rare the tag is in the region; +½
    when both are tied to M's government, which can broker them — and capped
    at ``max_per_municipality`` findings per municipality, so that the
    workshop gets the few best, not every pair. Severity info: a suggestion,
    never a level. Unknown when fewer than two actors have activities or
    target groups filled in.
    """

    code = "SA05"
    component = "SA"
    severity = "info"
    columns = ("activities", "target_groups")
    reference = "F12, F21, C3; §3.3"
    questionnaire = "1.3.2, 2.4.3, 3.2.1, 3.2.2"
    title = ("Coupling opportunity", "Koppelkans")
    rationale = (
        "Governments have little view of cooperation between actors (F12) and do not pass on possible "
        "partners (F21); coupling actors — for instance by intertwining goals — is a core activity of "
        "the regisseur (§3.3). Actors with the same activities, or the same specific target group, are the "
        "first candidates.",
        "De besturen hebben weinig zicht op samenwerking tussen actoren (F12) en reiken geen mogelijke "
        "partners aan (F21); actoren aan elkaar koppelen — bijvoorbeeld door doelen te vervlechten — is een "
        "kernactiviteit van de regisseur (§3.3). Actoren met dezelfde activiteiten, of dezelfde specifieke "
        "doelgroep, zijn de eerste kandidaten.",
    )
    thresholds = (
        Threshold(
            "generic_share",
            0.5,
            (
                "A target group carried by more than this share of the region's actors is generic and makes no "
                "coupling opportunity on its own.",
                "Een doelgroep die meer dan dit aandeel van de actoren in de regio delen, is algemeen en maakt op "
                "zich geen koppelkans.",
            ),
            minimum=0.0,
            maximum=1.0,
        ),
        Threshold(
            "max_per_municipality",
            5,
            (
                "At most this many coupling opportunities per municipality, the best first.",
                "Hoogstens zoveel koppelkansen per gemeente, de beste eerst.",
            ),
            minimum=1,
            integer=True,
        ),
    )
    messages = {
        "summary": (
            "actors that could work together are not coupled",
            "zijn actoren die zouden kunnen samenwerken niet gekoppeld",
        ),
        "": (
            "{a} and {b} {how} but have no tie yet{brokered}. {advice}",
            "{a} en {b} {how} maar hebben nog geen band{brokered}. {advice}",
        ),
        "same": ("both do {shared}", "doen allebei {shared}"),
        "same.advice": (
            "Complementary or competing? Agree who does what (questionnaire 2.4.3).",
            "Aanvullend of concurrerend? Spreek af wie wat doet (vraag 2.4.3).",
        ),
        "complement": (
            "serve the same target group ({shared}) with different activities",
            "bedienen dezelfde doelgroep ({shared}) met andere activiteiten",
        ),
        "complement.advice": (
            "A trajectory partnership is within reach.",
            "Een trajectsamenwerking ligt binnen bereik.",
        ),
        "brokered": (
            " — both are tied to the municipality or OCMW, which can bring them together",
            " — beide hebben een band met gemeente of OCMW, die hen kunnen samenbrengen",
        ),
    }

    def check(self, region: Region, m: str) -> Outcome:
        acts, groups = self._tagged(region, m)
        if len(acts) < 2:
            return self.unknown("activities", "target_groups")
        freq, total = region.tag_frequency()
        limit = self.threshold("generic_share") * total
        generic = {tag for (kind, tag), n in freq.items() if kind == "g" and n > limit}
        by_tag = self._by_tag(acts, groups, generic)
        candidates = self._candidate_pairs(region, by_tag)
        found = self._scored(region, m, candidates, acts, groups, generic, by_tag, freq, total)
        if not found:
            return PASSED
        found.sort(key=lambda f: (-f[0], f[1], f[2]))
        return self.fired(*(self._finding(region, m, *f) for f in found[: self.threshold("max_per_municipality")]))

    @staticmethod
    def _tagged(region: Region, m: str) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
        """The activities and the target groups of each actor of *m* that has either filled in.

        Why: an actor without tags can match nobody, and fewer than two tagged actors make the rule unknown.
        """
        acts: dict[str, frozenset[str]] = {}
        groups: dict[str, frozenset[str]] = {}
        for a in sorted(region.actors_of(m)):
            tagged = region.tag_sets(a)
            if tagged[0] or tagged[1]:
                acts[a], groups[a] = tagged
        return acts, groups

    @staticmethod
    def _by_tag(
        acts: dict[str, frozenset[str]], groups: dict[str, frozenset[str]], generic: set[str]
    ) -> dict[tuple[str, str], list[str]]:
        """The tagged actors (in sorted order) by tag: ``("a", activity)`` and ``("g", specific target group)``.

        Why: only pairs that share a tag can be an opportunity, so pairing within each tag (on all of
        Flanders about a sixth of all pairs) replaces pairing every two of M's actors.
        """
        by_tag: dict[tuple[str, str], list[str]] = {}
        for a in sorted(acts):
            for x in acts[a]:
                by_tag.setdefault(("a", x), []).append(a)
            for x in groups[a] - generic:
                by_tag.setdefault(("g", x), []).append(a)
        return by_tag

    @staticmethod
    def _candidate_pairs(region: Region, by_tag: dict[tuple[str, str], list[str]]) -> set[tuple[str, str]]:
        """The pairs (a, b), a < b, that share a tag, leaving out two regional actors and two support bodies.

        Why: two regional actors are a matter for the region, and a facilitator couples actors that do the
        work (issue 23).
        """
        regional = {a: region.is_regional(a) for members in by_tag.values() for a in members}
        candidates: set[tuple[str, str]] = set()
        for members in by_tag.values():  # members in sorted order: each pair comes as (a, b) with a < b
            for i, a in enumerate(members):
                candidates.update(
                    (a, b)
                    for b in members[i + 1 :]
                    if not (regional[a] and regional[b]) and not (region.kind[a] == region.kind[b] == "support")
                )
        return candidates

    @staticmethod
    def _scored(
        region: Region,
        m: str,
        candidates: set[tuple[str, str]],
        acts: dict[str, frozenset[str]],
        groups: dict[str, frozenset[str]],
        generic: set[str],
        by_tag: dict[tuple[str, str], list[str]],
        freq: Counter,
        total: int,
    ) -> list[tuple[float, str, str, frozenset[str], frozenset[str], bool]]:
        """Each candidate pair not yet coupled as (score, a, b, shared activities, shared groups, brokerable).

        The score: each shared activity 1, each specific shared target group ½, both weighted by how rare the
        tag is in the region (1 = only here); +½ when both are tied to M's government, which can broker them.
        """
        coupled = region.coupled_pairs(acts) if candidates else set()
        tied = region.tied_actors(m)
        rarity = {key: 1.0 - (freq.get(key, 0) - 1) / max(total, 1) for key in by_tag}
        rare_act = {x: r for (kind, x), r in rarity.items() if kind == "a"}.__getitem__
        rare_group = {x: r for (kind, x), r in rarity.items() if kind == "g"}.__getitem__
        found = []
        for a, b in candidates:
            if (a, b) in coupled:
                continue
            same = acts[a] & acts[b]
            shared_groups = (groups[a] & groups[b]) - generic
            brokerable = a in tied and b in tied
            score = sum(map(rare_act, same)) + 0.5 * sum(map(rare_group, shared_groups))
            found.append((score + (0.5 if brokerable else 0.0), a, b, same, shared_groups, brokerable))
        return found

    def _finding(
        self,
        region: Region,
        m: str,
        score: float,
        a: str,
        b: str,
        same: frozenset[str],
        shared_groups: frozenset[str],
        brokerable: bool,
    ) -> Finding:
        """The finding for one scored pair: "same" when they share an activity, else "complement"."""
        shared = Tags(tuple(sorted(same or shared_groups)))
        variant = "same" if same else "complement"
        how = Msg(self.message_key(variant), (("shared", shared),))
        return self.finding(
            m,
            actors=[a, b],
            score=round(score, 4),
            a=region.name[a],
            b=region.name[b],
            how=how,
            shared=shared,
            advice=Msg(self.message_key(f"{variant}.advice")),
            brokered=Msg(self.message_key("brokered")) if brokerable else "",
        )


@register
class SA06(Rule):
    """No forum convened by M where at least ``min_members`` actors other than its own meet.

    Fires when no government of M convenes a forum (werkgelegenheidsforum,
    stuurgroep) with at least ``min_members`` enterprise or support members
    that are not own actors of M. An LSB steering group where only the own
    actor and the Welzijnsconsortium sit does not count: that is the very
    mechanism by which policy follows the own actor (F16). F22: 4 of the 13
    municipalities have such a forum, so this fires in 9. Where nothing else
    couples the actors either (no cooperation), the message says so: that is
    one fact, and SA02 and SA03 leave it to this finding (issue 23).
    """

    code = "SA06"
    component = "SA"
    severity = "warning"
    reference = "F22, F23, F16; §3.3"
    questionnaire = "3.2.1, 3.2.4"
    title = ("No forum where actors meet", "Geen overleg waar actoren elkaar ontmoeten")
    rationale = (
        "Only 4 municipalities have a rather formal consultation where the actors meet each other (F22); "
        "practical help serves the single enterprise, not cooperation between actors (F23), and where actors "
        "sit in the LSB steering group it is through the own actor (F16). A forum is the regisseur's basic "
        "instrument to let actors meet (questionnaire 3.2.1).",
        "Slechts 4 gemeenten hebben een eerder formeel overleg waarbij de verschillende actoren elkaar "
        "ontmoeten (F22); praktische hulp dient de onderneming, niet de samenwerking tussen actoren (F23), en "
        "waar actoren in de stuurgroep LSB zitten, is het via de eigen actor (F16). Een overleg is het "
        "basisinstrument van de regisseur om actoren samen te brengen (vraag 3.2.1).",
    )
    thresholds = (
        Threshold(
            "min_members",
            2,
            (
                "Minimum number of members other than own actors for a forum to count.",
                "Minimum aantal leden buiten de eigen actoren voor een overleg meetelt.",
            ),
            minimum=2,
            integer=True,
        ),
    )
    messages = {
        "summary": (
            "no forum convened by the government lets actors meet",
            "is er geen overleg van het bestuur waar actoren elkaar ontmoeten",
        ),
        "": (
            "Neither municipality nor OCMW convenes a forum where at least {threshold} actors other than its own meet.",
            "Gemeente noch OCMW organiseert een overleg waar minstens {threshold} actoren buiten de eigen actor elkaar ontmoeten.",
        ),
        "nothing": (
            "Neither municipality nor OCMW convenes a forum where at least {threshold} actors other than its own meet, and no cooperation between the actors working here is known: nothing couples them.",
            "Gemeente noch OCMW organiseert een overleg waar minstens {threshold} actoren buiten de eigen actor elkaar ontmoeten, en er is geen samenwerking tussen de actoren die hier actief zijn gekend: niets koppelt hen.",
        ),
    }

    def check(self, region: Region, m: str) -> Outcome:
        limit = self.threshold("min_members")
        if _meeting_forums(region, m, limit):
            return PASSED
        nothing = len(region.actors_of(m)) >= 2 and not any(d for _, _, d in region.local_couplings(m).edges(data=True))
        return self.fired(self.finding(m, "nothing" if nothing else "", actors=region.governments(m), threshold=limit))
