"""The regie activities behind each component level (issue 23; DESIGN §4, "Principles the formula keeps").

A component's level is *earned* by the regie activities Pröpper, Litjens & Weststeijn (2004, pp. 18–19)
name for it — the study lists them at the head of each component (§3.1–§3.4):

====  ==================  ===========================================================================
OV    environment_analysis  asking actors for all relevant information: the actors of M in view (any tie,
                            a forum, a regional body M sits in)
      inventory             a formal inventory of the actors (questionnaire 1.2.1)
BL    vision                stimulating a vision on the whole: actors consulted on the plans (2.2.2)
      conflicts             raising conflicts of goals: actors brought to one table where goals and
                            interests can be confronted — a forum M convenes where they meet, or an
                            agreement or cooperation M brokered between them (2.4.3, "agree who does what")
      formulating           formulating policy lines: social economy in the plans, with strategic or
                            operational objectives (2.1.1–2.1.2)
      spreading             spreading the policy lines: actors informed (2.3)
      monitoring            following the progress up: actors reporting back (2.4.1; a seat is not a report,
                            F9)
SA    mobilising            mobilising actors: passing on useful information (F21), an agreement, a seat at a
                            forum M convenes — not buying from or funding them
      coupling              coupling actors: a forum M convenes where actors of M meet, or a cooperation M
                            brokered (``via``)
      monitoring            monitoring commitment and feeding back: actors reporting back, accounts sent
VA    accounting            accounting for the whole to the actors (accounts sent)
      account_depth         how far the account goes: rekenschap or verantwoording (4.2.1)
      involvement           showing involvement with the whole: the public told about objectives (4.1.2)
====  ==================  ===========================================================================

Each activity has a **reach** in M's field — ``none`` (0), ``own`` (only own actors while other actors work
in M: the own-actor bias qualifies the reach, 1), ``some`` (2) or ``most`` (more than half of the field,
3) — computed from the set of actors the activity touches, so that a tie of regie work can only keep or
raise it. Activities read from the questionnaire map their answer onto the same scale (documented per
activity). An unknown answer has no reach yet: the level counts it as ``none`` and ``high`` as the best
the answer could give. An activity that cannot happen in M (nothing to couple) earns nothing.

The level of a component is the mean reach of its activities, rounded down (0 absent … 3 established);
answers alone carry no more than weak (1): when no activity built on ties reaches any actor, the level is
at most 1. Where no actor works in M, every component is ``None`` (n.v.t.): there is no field to steer.

**Monotone by construction**: adding a tie of regie work (consulted, informs, reports_to, accounts_to,
convenes, member, an agreement, a cooperation, a brokered cooperation) by any regie body of M to any actor,
own or not, only grows the set of actors an activity touches; reach is monotone in that set and the level
monotone in the reaches. Rules stay findings with evidence: no finding subtracts from a level.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from regienet.metrics import is_public_partner, reached_through_funded
from regienet.rules._util import answers as _answers
from regienet.rules.base import Threshold

if TYPE_CHECKING:  # pragma: no cover
    from regienet.model import Region

#: Reach words in order; the index is the value the level averages.
REACHES: tuple[str, ...] = ("none", "own", "some", "most")
REACH_VALUE = {r: i for i, r in enumerate(REACHES)}
#: A share of the field above this is "most" (the level's threshold and OV02's: more than half).
MOST_SHARE = 0.5
#: The code under which the level formula's own thresholds are overridden (``Config.overrides[("levels",
#: name)]``) and swept by ``regienet sensitivity`` (``levels.most_share``).
LEVELS_CODE = "levels"
#: The level formula's declared thresholds.
LEVEL_THRESHOLDS: tuple[Threshold, ...] = (
    Threshold(
        "most_share",
        MOST_SHARE,
        (
            "Share of the municipality's field an activity must reach, strictly above which its reach is 'most' (3).",
            "Aandeel van het veld van de gemeente dat een activiteit moet bereiken, waarboven haar bereik 'het "
            "grootste deel' (3) is.",
        ),
        minimum=0.0,
        maximum=1.0,
    ),
)
#: Answers alone carry at most this level (no activity built on ties reaches any actor).
ANSWERS_ONLY_MAX = 1

#: The activities of each component, in the study's order; the second item says whether the activity is
#: built on ties (``True``) or on questionnaire answers.
ACTIVITIES: dict[str, tuple[tuple[str, bool], ...]] = {
    "OV": (("environment_analysis", True), ("inventory", False)),
    "BL": (("vision", True), ("conflicts", True), ("formulating", False), ("spreading", True), ("monitoring", True)),
    "SA": (("mobilising", True), ("coupling", True), ("monitoring", True)),
    "VA": (("accounting", True), ("account_depth", False), ("involvement", False)),
}

#: Rule findings that qualify an activity (its bias or its gap) — shown with it, never subtracted.
QUALIFIED_BY: dict[tuple[str, str], tuple[str, ...]] = {
    ("OV", "environment_analysis"): ("OV01", "OV02"),
    ("OV", "inventory"): ("OV03",),
    ("BL", "vision"): ("BL03",),
    ("BL", "formulating"): ("BL01", "BL02"),
    ("BL", "spreading"): ("BL04",),
    ("BL", "monitoring"): ("BL05",),
    ("SA", "mobilising"): ("SA04",),
    ("SA", "coupling"): ("SA02", "SA03", "SA06"),
    ("VA", "accounting"): ("VA01", "VA02"),
    ("VA", "account_depth"): ("VA03",),
    ("VA", "involvement"): ("VA04",),
}

#: Relation kinds from a regie body to an actor, read in the data's direction.
_OUTGOING = ("consulted", "informs", "accounts_to", "client", "funding", "referral", "seat", "founded")


@dataclass(frozen=True)
class Activity:
    """One regie activity of municipality M in one component, with its reach and evidence.

    ``reach`` is one of :data:`REACHES`, or ``None`` when it rests on blank answers (then ``best`` is the
    reach the answers could give). ``applicable`` is False when the activity cannot happen in M (it then
    earns nothing). ``actors``/``relations`` are the evidence (ids, ``(source, target, kind)``),
    ``answers`` the questionnaire values read, ``field`` the number of actors the reach is measured on,
    ``qualified_by`` the rules that fired on it (bias or gap findings: shown, never subtracted).
    """

    component: str
    name: str
    ties: bool
    reach: str | None
    best: str
    applicable: bool = True
    actors: tuple[str, ...] = ()
    relations: tuple[tuple[str, str, str], ...] = ()
    answers: tuple[tuple[str, object], ...] = ()
    field: int = 0
    qualified_by: tuple[str, ...] = ()
    #: ``(id, name)`` of the associations whose work (relations, answers, plan) this rests on: regie by mandate
    #: (issue 24), shown as "via Regieverband X (mandate)"
    via: tuple[tuple[str, str], ...] = ()
    #: where an answer-based activity was read: ``""`` the questionnaire answers, ``"plans"`` plans.csv
    source: str = ""

    @property
    def key(self) -> str:
        """The catalogue key of the activity's name (``activity.BL.spreading``)."""
        return f"activity.{self.component}.{self.name}"

    @property
    def low_value(self) -> int:
        return REACH_VALUE[self.reach] if self.reach is not None else 0

    @property
    def high_value(self) -> int:
        return REACH_VALUE[self.reach] if self.reach is not None else REACH_VALUE[self.best]

    @property
    def earned(self) -> bool:
        """The activity reaches something (``own`` or more)."""
        return self.low_value > 0

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"activity": self.name, "basis": "ties" if self.ties else "answers", "reach": self.reach}
        if self.reach is None:
            out["best"] = self.best
        if not self.applicable:
            out["applicable"] = False
        if self.ties:
            out["field"] = self.field
        out["evidence"] = {"actors": list(self.actors), "relations": [list(r) for r in self.relations]}
        if self.answers:
            out["evidence"]["answers"] = {k: v for k, v in self.answers}
        if self.qualified_by:
            out["qualified_by"] = list(self.qualified_by)
        if self.via:
            out["via_mandate"] = [i for i, _ in self.via]
        if self.source:
            out["source"] = "plans.csv" if self.source == "plans" else self.source
        return out


def level_of(activities: Iterable[Activity]) -> tuple[int | None, int | None, int | None]:
    """``(level, low, high)`` of a component from its activities (see the module docstring).

    ``level`` and ``low`` count unknown answers as ``none``; ``high`` as the best they could give.
    ``(None, None, None)`` when there are no activities (no actor works in M).
    """
    acts = list(activities)
    if not acts:
        return None, None, None

    def one(values: list[int], tie_values: list[int]) -> int:
        lv = sum(values) // len(values)
        return lv if any(tie_values) else min(lv, ANSWERS_ONLY_MAX)

    low = one([a.low_value for a in acts], [a.low_value for a in acts if a.ties])
    high = one([a.high_value for a in acts], [a.high_value for a in acts if a.ties])
    return low, low, high


def points(activities: Iterable[Activity]) -> tuple[int, int]:
    """``(earned, possible)`` reach points of a component (the whatif search's finer measure)."""
    acts = list(activities)
    return sum(a.low_value for a in acts), 3 * len(acts)


# ---------------------------------------------------------------------------------------------- evidence
def regie_relations(region: Region, m: str, component: str, kinds: Iterable[str]) -> list[tuple[str, str, int]]:
    """Relations of *kinds* between a regie body of *m* for *component* and another node: ``(body, other, rid)``.

    The one reader of regie ties for the levels: the bodies come from
    :meth:`regienet.model.Region.regie_bodies`, so an association *m* mandated for the component counts
    as soon as the model says so.
    """
    bodies = region.regie_bodies(m, component)
    inside = set(bodies)
    out = []
    for b in bodies:
        for rid in region.relations_of(b, kinds):
            s, t, _ = region.relation(rid)
            other = t if s == b else s
            if other in inside:
                continue
            out.append((b, other, rid))
    return out


def field_of(region: Region, m: str) -> frozenset[str]:
    """M's field: the actors working in *m*, without public labour-market partners."""
    return frozenset(a for a in region.actors_of(m) if not is_public_partner(region, a))


def reach_of(touched: Iterable[str], field: frozenset[str], own: frozenset[str], most_share: float = MOST_SHARE) -> str:
    """The reach of an activity that touches *touched* in *field* (own actors *own*).

    ``none`` when it touches nobody; ``own`` when it touches only own actors while other actors are in the
    field; ``most`` when it touches more than half of the field; ``some`` otherwise. Monotone: touching
    more actors never gives a lower reach.
    """
    s = set(touched) & field
    if not s:
        return "none"
    if s <= own and field - own:
        return "own"
    return "most" if len(s) / len(field) > most_share + 1e-9 else "some"


def _convened_forums(region: Region, m: str, component: str) -> list[tuple[str, int]]:
    return [
        (f, rid) for b, f, rid in regie_relations(region, m, component, ["convenes"]) if region.relation(rid)[0] == b
    ]


def _forum_seats(region: Region, forums: list[tuple[str, int]], field: frozenset[str]) -> dict[str, list[int]]:
    """Actors of the field that sit in the forums: actor → the member rids (and the convenes rid)."""
    out: dict[str, list[int]] = {}
    for forum, conv in forums:
        for rid in region.relations_of(forum, ["member"]):
            a = region.relation(rid)[0]
            if a in field:
                out.setdefault(a, []).extend([conv, rid])
    return out


def _brokered(region: Region, m: str, component: str, kinds: Iterable[str]) -> list[int]:
    """Actor–actor relations of *kinds* brokered ``via`` a regie body of *m*."""
    ks = set(kinds)
    actors = region.actors_of(m)
    governments = ("municipality", "ocmw")
    out = set()
    for b in set(region.regie_bodies(m, component)):
        for rid in region.brokered_via(b):
            s, t, k = region.relation(rid)
            if (
                k in ks
                and (s in actors or t in actors)
                and region.kind.get(s) not in governments
                and region.kind.get(t) not in governments
            ):
                out.add(rid)
    return sorted(out)


class _Builder:
    """Collects the activities of one municipality (the region read once per component)."""

    def __init__(self, region: Region, m: str, fired: frozenset[str], most_share: float = MOST_SHARE):
        self.region, self.m, self.fired, self.most_share = region, m, fired, most_share
        self.field = field_of(region, m)
        self.own = region.own_actors(m) & self.field

    def tied(
        self,
        comp: str,
        name: str,
        touched: dict[str, list[int]],
        applicable: bool = True,
        field: frozenset[str] | None = None,
    ) -> Activity:
        region = self.region
        fld = self.field if field is None else field
        hit = {a: rids for a, rids in touched.items() if a in fld}
        reach = reach_of(hit, fld, self.own, self.most_share) if applicable else "none"
        rids = sorted({r for rids in hit.values() for r in rids})
        mandated = self.mandated(comp)
        via: set[str] = set()
        if mandated and reach != "none":
            for r in rids:
                via.update(x for x in (*region.relation(r)[:2], region.attr(r, "via")) if x in mandated)
        return Activity(
            comp,
            name,
            True,
            reach,
            reach,
            applicable,
            tuple(sorted(hit)),
            tuple(sorted({region.relation(r) for r in rids})),
            (),
            len(fld),
            self.qualified(comp, name),
            self.named(via),
        )

    def answered(
        self,
        comp: str,
        name: str,
        low: str | None,
        best: str,
        answers: Mapping[str, object],
        via: Iterable[str] = (),
        source: str = "",
    ) -> Activity:
        return Activity(
            comp,
            name,
            False,
            low,
            best,
            True,
            tuple(self.region.governments(self.m)),
            (),
            tuple(answers.items()),
            0,
            self.qualified(comp, name),
            self.named(via),
            source,
        )

    def mandated(self, comp: str) -> frozenset[str]:
        """The associations *m* mandated for *comp* (its regie bodies beyond its governments)."""
        return frozenset(self.region.regie_bodies(self.m, comp)) - frozenset(self.region.governments(self.m))

    def named(self, ids: Iterable[str]) -> tuple[tuple[str, str], ...]:
        return tuple((i, self.region.name.get(i, i)) for i in sorted(set(ids)))

    def answer_via(self, comp: str, column: str) -> list[str]:
        """The associations mandated for *comp* whose answer in *column* was read (not blank)."""
        return [a for a in sorted(self.mandated(comp)) if self.region.value(a, column) is not None]

    def qualified(self, comp: str, name: str) -> tuple[str, ...]:
        return tuple(c for c in QUALIFIED_BY.get((comp, name), ()) if c in self.fired)

    def out(self, comp: str, kinds: Iterable[str], direction: str = "out") -> dict[str, list[int]]:
        """Actors touched by relations of *kinds* with a regie body: from the body (``out``), to it (``in``), or
        either way (``any``)."""
        touched: dict[str, list[int]] = {}
        for b, other, rid in regie_relations(self.region, self.m, comp, kinds):
            src = self.region.relation(rid)[0]
            if (direction == "out" and src != b) or (direction == "in" and src == b):
                continue
            touched.setdefault(other, []).append(rid)
        return touched


def _merge(*parts: dict[str, list[int]]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for p in parts:
        for a, rids in p.items():
            out.setdefault(a, []).extend(rids)
    return out


def municipality_activities(
    region: Region, m: str, fired: Iterable[str] = (), most_share: float = MOST_SHARE
) -> dict[str, tuple[Activity, ...]]:
    """The regie activities of *m* per level component (empty tuples when no actor works in *m*).

    *fired*: codes of the rules that fired in *m* (to name the findings that qualify each activity).
    *most_share*: the ``levels.most_share`` threshold (a configuration may move it; sensitivity sweeps it).
    """
    if not field_of(region, m):
        return {c: () for c in ACTIVITIES}
    b = _Builder(region, m, frozenset(fired), most_share)
    return {"OV": _ov(b), "BL": _bl(b), "SA": _sa(b), "VA": _va(b)}


def _ov(b: _Builder) -> tuple[Activity, ...]:
    region, m = b.region, b.m
    kinds = (
        "seat",
        "client",
        "agreement",
        "funding",
        "referral",
        "consulted",
        "informs",
        "reports_to",
        "accounts_to",
        "founded",
        "cooperation",
    )
    seen = b.out("OV", kinds, "any")
    forums = [(f, rid) for _, f, rid in regie_relations(region, m, "OV", ["convenes", "member"])]
    seen = _merge(seen, _forum_seats(region, forums, b.field))
    for a in (region.reached_through_bodies(m) | reached_through_funded(region, m)) & b.field:
        seen.setdefault(a, [])
    env = b.tied("OV", "environment_analysis", seen)
    vals = _answers(region, m, "actor_inventory", "OV")
    via = b.answer_via("OV", "actor_inventory")
    if any(v is True for v in vals):
        inv = b.answered("OV", "inventory", "most", "most", {"actor_inventory": "yes"}, via)
    elif vals and all(v is False for v in vals):
        inv = b.answered("OV", "inventory", "none", "none", {"actor_inventory": "no"}, via)
    else:
        inv = b.answered("OV", "inventory", None, "most", {"actor_inventory": None}, via)
    return env, inv


def _bl(b: _Builder) -> tuple[Activity, ...]:
    region, m = b.region, b.m
    vision = b.tied("BL", "vision", b.out("BL", ["consulted"]))
    # conflicts of goals: actors brought to one table by M, where goals and interests can be confronted
    touched: dict[str, list[int]] = {}
    for forum, conv in _convened_forums(region, m, "BL"):
        members = {region.relation(r)[0]: r for r in region.relations_of(forum, ["member"])}
        inside = [a for a in members if a in b.field]
        if len(inside) >= 2:
            for a in inside:
                touched.setdefault(a, []).extend([conv, members[a]])
    for rid in _brokered(region, m, "BL", ["agreement", "cooperation"]):
        s, t, _ = region.relation(rid)
        touched.setdefault(s, []).append(rid)
        touched.setdefault(t, []).append(rid)
    conflicts = b.tied("BL", "conflicts", touched, applicable=len(b.field) >= 2)
    spreading = b.tied("BL", "spreading", b.out("BL", ["informs"]))
    monitoring = b.tied("BL", "monitoring", b.out("BL", ["reports_to"], "in"))
    evidence = region.plan_evidence(m)
    if evidence is not None:  # plans.csv: the actions and their regie codes, not the self-reported answers
        reach = {"operational": "most", "general": "some", "none": "none"}[evidence.goals]
        via = [x for x in evidence.bodies if region.is_association(x)]
        form = b.answered("BL", "formulating", reach, reach, {"plans.csv": evidence.codes}, via, "plans")
        return vision, conflicts, form, spreading, monitoring
    plans = _answers(region, m, "se_in_plans", "BL")
    goals = [v for v in _answers(region, m, "se_goals", "BL") if v is not None]
    goals_n = len(_answers(region, m, "se_goals", "BL"))
    specific = any(g in ("strategic", "operational") for g in goals)
    answers: dict[str, object] = {
        "se_in_plans": "yes"
        if any(v is True for v in plans)
        else "no"
        if plans and all(v is False for v in plans)
        else None
    }
    order = ("none", "general", "strategic", "operational")
    answers["se_goals"] = max((str(g) for g in goals), key=order.index) if goals else None
    if specific:
        form = b.answered("BL", "formulating", "most", "most", answers)
    elif answers["se_in_plans"] == "no":
        form = b.answered("BL", "formulating", "none", "none", answers)
    elif answers["se_in_plans"] == "yes":
        low = "some" if len(goals) == goals_n else None
        form = b.answered("BL", "formulating", low, "some" if low else "most", answers)
    else:
        form = b.answered("BL", "formulating", None, "most", answers)
    if b.answer_via("BL", "se_in_plans") or b.answer_via("BL", "se_goals"):
        form = replace(form, via=b.named({*b.answer_via("BL", "se_in_plans"), *b.answer_via("BL", "se_goals")}))
    return vision, conflicts, form, spreading, monitoring


def _sa(b: _Builder) -> tuple[Activity, ...]:
    region, m = b.region, b.m
    forums = _convened_forums(region, m, "SA")
    seats = _forum_seats(region, forums, b.field)
    mobilising = b.tied("SA", "mobilising", _merge(b.out("SA", ["informs"]), b.out("SA", ["agreement"], "any"), seats))
    # coupling: actors that meet another actor of the field in a forum M convenes, or a brokered tie
    coupled: dict[str, list[int]] = {}
    for forum, conv in forums:
        members = [region.relation(r) for r in region.relations_of(forum, ["member"])]
        inside = {s: None for s, _, _ in members if s in b.field}
        if len(inside) >= 2:
            for r in region.relations_of(forum, ["member"]):
                a = region.relation(r)[0]
                if a in inside:
                    coupled.setdefault(a, []).extend([conv, r])
    for rid in _brokered(region, m, "SA", ["cooperation", "agreement"]):
        s, t, _ = region.relation(rid)
        for a in (s, t):
            coupled.setdefault(a, []).append(rid)
    coupling = b.tied("SA", "coupling", coupled, applicable=len(b.field) >= 2)
    monitoring = b.tied("SA", "monitoring", _merge(b.out("SA", ["reports_to"], "in"), b.out("SA", ["accounts_to"])))
    return mobilising, coupling, monitoring


def _va(b: _Builder) -> tuple[Activity, ...]:
    region, m = b.region, b.m
    accounting = b.tied("VA", "accounting", b.out("VA", ["accounts_to"]))
    levels = _answers(region, m, "accountability_level", "VA")
    known = [int(v) for v in levels if v is not None]  # type: ignore[call-overload]
    best = max(known) if known else None

    def depth(x: int) -> str:
        return "most" if x >= 3 else "some" if x >= 1 else "none"

    via = b.answer_via("VA", "accountability_level")
    if best is not None and (best >= 3 or len(known) == len(levels)):
        acc = b.answered("VA", "account_depth", depth(best), depth(best), {"accountability_level": best}, via)
    else:
        acc = b.answered("VA", "account_depth", None, "most", {"accountability_level": best}, via)
    order = ("none", "activities", "objectives")
    answered = _answers(region, m, "public_reporting", "VA")
    pub = [v for v in answered if v is not None]
    far = max(pub, key=order.index) if pub else None
    word = {"none": "none", "activities": "some", "objectives": "most"}
    via = b.answer_via("VA", "public_reporting")
    if far == "objectives" or (far is not None and len(pub) == len(answered)):
        inv = b.answered("VA", "involvement", word[str(far)], word[str(far)], {"public_reporting": far}, via)
    else:
        inv = b.answered("VA", "involvement", None, "most", {"public_reporting": far}, via)
    return accounting, acc, inv


__all__ = [
    "ACTIVITIES",
    "LEVELS_CODE",
    "LEVEL_THRESHOLDS",
    "MOST_SHARE",
    "REACHES",
    "Activity",
    "field_of",
    "is_public_partner",
    "level_of",
    "municipality_activities",
    "points",
    "reach_of",
    "regie_relations",
]
