"""What making and collecting survey workbooks share: the keys of the sheets, the words of the dropdowns, the
fingerprint of the data and the roster of who could have ties with whom (see :mod:`regienet.analysis.survey`)."""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence

import pandas as pd

from regienet.i18n import t
from regienet.load import Dataset
from regienet.schema import (
    ACCOUNTABILITY_LEVELS,
    ACTOR_COLUMNS,
    ACTOR_NODE_KINDS,
    GOVERNMENT_KINDS,
    RELATION_KINDS,
    RELATIONS,
)

__all__ = [
    "ACTOR_REPORTS",
    "ASSOCIATION",
    "ASSOCIATION_REPORTS",
    "BODY_KINDS",
    "BROKERED_KEYS",
    "CAPACITY_KEY",
    "FORMAT",
    "FORMAT_VERSION",
    "FREE_ROWS",
    "FREQUENCIES",
    "GOVERNMENT_REPORTS",
    "INFO_KEYS",
    "MANDATE_COMPONENTS",
    "META_SHEET",
    "METHODS",
    "MIRRORED",
    "NOTE_KEY",
    "NOT_FACT",
    "PLAN_KEYS",
    "PROPOSABLE",
    "QUESTIONS",
    "QUESTION_KEYS",
    "RESPONDENT_CHOICES",
    "SCOPE_KEY",
    "TAIL_KEYS",
    "can_report",
    "fingerprint",
    "is_fact",
    "norm_key",
    "relation_kinds_of",
    "tie_of",
    "ties_keys",
    "value_words",
    "yes_no_words",
]

#: Value of ``format`` in the hidden sheet; a workbook without it is not a regienet survey.
FORMAT = "regienet-survey"
FORMAT_VERSION = "2"
META_SHEET = "_regienet"
#: Relation kinds a government reports from its side (``referral`` only for an OCMW).
GOVERNMENT_REPORTS: tuple[str, ...] = (
    "founded",
    "seat",
    "client",
    "funding",
    "agreement",
    "referral",
    "consulted",
    "informs",
    "convenes",
    "accounts_to",
    "reports_to_us",
    "mandates",
)
#: Relation kinds an actor reports from its side; ``client_of``/``funded_by`` mirror ``client``/``funding``.
ACTOR_REPORTS: tuple[str, ...] = ("reports_to", "member", "cooperation", "agreement", "client_of", "funded_by")
MIRRORED: dict[str, str] = {
    "client_of": "client",
    "funded_by": "funding",
    "reports_to_us": "reports_to",
    "mandated_by": "mandates",
}
#: An association (regie association, intermunicipal body; issue 24) answers for itself: its own workbook.
ASSOCIATION = "association"
#: Relation kinds an association reports from its side (those the data contract knows).
ASSOCIATION_REPORTS: tuple[str, ...] = (
    "mandated_by",
    "funded_by",
    "agreement",
    "consulted",
    "informs",
    "convenes",
    "member",
    "accounts_to",
    "reports_to_us",
)
#: Tail column of an association's ties sheet: what a mandate covers (OV, BL, SA, VA; blank = all four).
SCOPE_KEY = "scope"
MANDATE_COMPONENTS: tuple[str, ...] = ("OV", "BL", "SA", "VA")
#: Who answers for a body of local governments: the governments and, where the contract has them, associations.
BODY_KINDS: frozenset[str] = GOVERNMENT_KINDS | {ASSOCIATION}
INFO_KEYS: tuple[str, ...] = ("actor_id", "name", "kind", "municipality")
TAIL_KEYS: tuple[str, ...] = ("amount_eur", "frequency")
#: Read-only column at the end of the ties sheet: what is on record, with its source (ignored on collect).
NOTE_KEY = "on_record"
#: Extra tail column of a government's ties sheet: a seat's capacity (1.2.2, F9).
CAPACITY_KEY = "capacity"
QUESTION_KEYS: tuple[str, ...] = ("question", "questionnaire", "text", "answer", NOTE_KEY)
BROKERED_KEYS: tuple[str, ...] = ("actor_a", "actor_b")
#: The plans sheet (T.2, issue 25): one action of the multi-year plan per row, and our on-record note.
PLAN_KEYS: tuple[str, ...] = ("code", "title", "year", "budget_eur", "on_record")
#: The governance questions of the data contract, in questionnaire order.
QUESTIONS: tuple[str, ...] = tuple(c.name for c in ACTOR_COLUMNS if c.questionnaire)
METHODS: tuple[str, ...] = ("self", "interview")
#: Provenance words that mark a value as not a fact: such values are never pre-filled (issue 25.3).
NOT_FACT: tuple[str, ...] = ("illustrative", "fictional", "fictitious", "invented")
#: Kinds an actor proposed in a free row may have.
PROPOSABLE: tuple[str, ...] = ("enterprise", "support", "forum")
FREQUENCIES: tuple[str, ...] = next(c.choices for c in RELATIONS.columns if c.name == "frequency")
RESPONDENT_CHOICES: tuple[str, ...] = ("governments", "actors", "all")
#: Empty rows under the roster for actors that are not on it.
FREE_ROWS = 15
_ACTOR_BY_NAME = {c.name: c for c in ACTOR_COLUMNS}


# --------------------------------------------------------------------------- keys and words


def ties_keys(kind: str) -> tuple[str, ...]:
    """Row 1 of the ties sheet for a respondent of *kind* (``municipality``, ``ocmw``, ``enterprise``, ``support``)."""
    if kind in GOVERNMENT_KINDS:
        kinds = tuple(k for k in GOVERNMENT_REPORTS if _known(k) and (k != "referral" or kind == "ocmw"))
        return INFO_KEYS + kinds + TAIL_KEYS + (CAPACITY_KEY, NOTE_KEY)
    if kind == ASSOCIATION:
        return INFO_KEYS + tuple(k for k in ASSOCIATION_REPORTS if _known(k)) + TAIL_KEYS + (SCOPE_KEY, NOTE_KEY)
    return INFO_KEYS + ACTOR_REPORTS + TAIL_KEYS + (NOTE_KEY,)


def _known(key: str) -> bool:
    """Whether the data contract has the relation kind a ties column stands for."""
    return MIRRORED.get(key, key) in RELATION_KINDS


def relation_kinds_of(keys: Sequence[str]) -> tuple[str, ...]:
    extra = (CAPACITY_KEY, NOTE_KEY, SCOPE_KEY)
    return tuple(k for k in keys if k not in INFO_KEYS and k not in TAIL_KEYS and k not in extra)


def is_fact(provenance: object) -> bool:
    """Whether a row's provenance lets its values go out as "on record": not illustrative or fictional."""
    text = _text(provenance).lower()
    return not any(word in text for word in NOT_FACT)


def tie_of(
    respondent: str, respondent_kind: str, partner: str, partner_kind: str, key: str
) -> tuple[str, str, str] | None:
    """The relation ``(source, target, kind)`` a cell stands for, or None when the kind cannot join the two.

    Undirected kinds are normalised to ``(min, max)``; mirrored kinds (``client_of``) turn round.
    """
    kind = MIRRORED.get(key, key)
    rk = RELATION_KINDS[kind]
    if not rk.directed:
        if respondent_kind in rk.sources and partner_kind in rk.targets:
            a, b = sorted((respondent, partner))
            return (a, b, kind)
        return None
    source, target = (partner, respondent) if key in MIRRORED else (respondent, partner)
    kinds = {respondent: respondent_kind, partner: partner_kind}
    if kinds[source] in rk.sources and kinds[target] in rk.targets:
        return (source, target, kind)
    return None


def norm_key(source: str, target: str, kind: str) -> tuple[str, str, str]:
    if not RELATION_KINDS[kind].directed:
        a, b = sorted((source, target))
        return (a, b, kind)
    return (source, target, kind)


def can_report(node_kind: str, key: tuple[str, str, str], node: str) -> bool:
    """Whether a respondent of *node_kind* at end *node* of *key* has a column for it."""
    source, target, kind = key
    if node_kind in BODY_KINDS:
        if kind == "reports_to" or (node_kind == ASSOCIATION and kind in ("mandates", "funding")):
            return node == target
        cols = ties_keys(node_kind)
        return kind in cols and (node == source or not RELATION_KINDS[kind].directed)
    if node_kind in ACTOR_NODE_KINDS:
        if kind in ("client", "funding"):
            return node == target
        return kind in ACTOR_REPORTS and (node == source or not RELATION_KINDS[kind].directed)
    return False


def yes_no_words(lang: str) -> tuple[str, str]:
    return t("word.yes", lang), t("word.no", lang)


def value_words(column: str, lang: str) -> dict[str, str]:
    """Code → the word a dropdown shows in *lang*, for the governance questions, ``kind`` and ``frequency``."""
    if column == "kind":
        return {k: t(f"kind.{k}", lang) for k in PROPOSABLE}
    if column == "accountability_level":
        return {
            str(i): f"{i} {t(f'map.value.accountability_level.{name}', lang)}"
            for i, name in enumerate(ACCOUNTABILITY_LEVELS)
        }
    if column == "frequency":
        return {k: t(f"map.value.frequency.{k}", lang) for k in FREQUENCIES}
    if column == CAPACITY_KEY:
        return {k: t(f"survey.value.capacity.{k}", lang) for k in ("mandate", "personal")}
    c = _ACTOR_BY_NAME.get(column)
    if c is not None and c.type == "enum":
        return {k: t(f"survey.value.{column}.{k}", lang) for k in c.choices}
    if c is not None and c.type == "yesno":
        yes, no = yes_no_words(lang)
        return {"yes": yes, "no": no}
    return {}


def _reverse(words: dict[str, str]) -> dict[str, str]:
    """Word or code (any case) → code."""
    out = {code.lower(): code for code in words}
    out.update({w.lower(): code for code, w in words.items()})
    return out


# --------------------------------------------------------------------------- fingerprint


def _text(value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, tuple | list | str) and pd.isna(value):
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, tuple):
        return "|".join(value)
    return str(value)


#: Columns the data contract gained after survey workbooks were first made (issue 24: a mandate's ``scope``;
#: issue 25: the figures): left out of the fingerprint while blank on every row, so a workbook made before the
#: column existed still matches the unchanged data it was made from.
_LATER_COLUMNS: dict[str, frozenset[str]] = {
    "relations": frozenset({"scope"}),
    "actors": frozenset(
        {"staff_fte_lead", "staff_fte_exec", "budget_policy_eur", "budget_own_actor_eur", "budget_third_parties_eur"}
    ),
}


def fingerprint(dataset: Dataset) -> str:
    """sha256 of the data's normalised content: the same for a folder re-saved by Excel (``;``, cp1252, BOM),
    different as soon as one cell, row or column differs (of actors, relations and, when the region has one,
    plans). Rows are sorted, so their order does not count."""
    h = hashlib.sha256()
    tables = [("actors", dataset.actors), ("relations", dataset.relations)]
    if dataset.plans is not None:  # plans.csv (issue 24) only when the region has one: other data print alike
        tables.append(("plans", dataset.plans))
    for name, frame in tables:
        later = _LATER_COLUMNS.get(name, frozenset())
        columns = sorted(
            c for c in frame.columns if c not in ("line", "rid") and not (c in later and frame[c].isna().all())
        )
        rows = sorted(
            "\x1f".join(_text(v) for v in row) for row in zip(*(frame[c].tolist() for c in columns), strict=True)
        )
        h.update(f"{name}\x1e{chr(31).join(columns)}\x1e".encode())
        h.update("\x1e".join(rows).encode())
    return h.hexdigest()[:32]


# --------------------------------------------------------------------------- the roster


class _Survey:
    """What make and collect share: the region, its current ties (in the survey year), who can answer."""

    def __init__(self, dataset: Dataset, year: int | None):
        from regienet.model import Region, in_year

        self.dataset = dataset
        self.region = Region(dataset, year=None)
        self.year = year
        rel = in_year(dataset.relations, year)
        self.kind = self.region.kind
        self.name = self.region.name
        self.current: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        self.partners: dict[str, set[str]] = defaultdict(set)
        for rid, s, tg, k in zip(rel["rid"], rel["source"], rel["target"], rel["kind"], strict=True):
            self.current[norm_key(s, tg, k)].append(int(rid))
            self.partners[s].add(tg)
            self.partners[tg].add(s)
        self.rel = dataset.relations.set_index("rid", drop=False)
        a = dataset.actors
        self.seat = {i: (m if isinstance(m, str) else "") for i, m in zip(a["id"], a["municipality"], strict=True)}
        self.forums = [x for x, k in self.kind.items() if k == "forum"]
        self.authorities = [x for x, k in self.kind.items() if k == "authority"]
        self.associations = [x for x, k in self.kind.items() if k == ASSOCIATION]
        everywhere = frozenset(self.region.municipalities)
        self.everywhere = sorted(x for x, w in self.region.operates.items() if w == everywhere and len(everywhere) > 1)
        scope = dict(zip(a["id"], a["scope"], strict=True)) if "scope" in a.columns else {}
        self.forums_in: dict[str, list[str]] = defaultdict(list)
        for f in self.forums:
            if self.seat.get(f):
                self.forums_in[self.seat[f]].append(f)
        self.open_forums = [f for f in self.forums if not self.seat.get(f) or scope.get(f) == "regional"]

    def respondents(self, which: str) -> list[str]:
        kinds = {"governments": BODY_KINDS, "actors": ACTOR_NODE_KINDS}.get(which, BODY_KINDS | ACTOR_NODE_KINDS)
        return [x for x in self.dataset.actors["id"] if self.kind[x] in kinds]

    def roster(self, respondent: str) -> list[str]:
        """Everyone *respondent* could plausibly have ties with, in a stable order (kind, name).

        Always: its current partners (in the survey year), region-wide actors (working in every
        municipality), regional forums and forums without a seat. A government adds: the actors
        working in its municipality, the other government there, the higher authorities. An actor adds:
        the governments of every municipality it works in, the actors and forums of its seat
        municipality (of the municipalities it works in, when it has no seat) — not every actor of
        a wide area, which would make a list nobody reads. Every government also sees the region's
        associations; an association sees the governments, actors and forums of the municipalities it works
        in, and the higher authorities (a VDAB agreement).
        """
        r = self.region
        kind = self.kind[respondent]
        out = set(self.partners.get(respondent, ())) | set(self.everywhere) | set(self.open_forums)
        if kind in GOVERNMENT_KINDS:
            m = r.government_of[respondent]
            out |= r.actors_of(m) | set(r.governments(m)) | set(self.authorities) | set(self.forums_in.get(m, ()))
            out |= set(self.associations)
        elif kind == ASSOCIATION:
            for m in r.operates.get(respondent) or r.municipalities:
                out |= set(r.governments(m)) | r.actors_of(m) | set(self.forums_in.get(m, ()))
            out |= set(self.authorities)
        else:
            where = r.operates.get(respondent, frozenset())
            for m in where:
                out |= set(r.governments(m))
            home = [self.seat[respondent]] if self.seat.get(respondent) else sorted(where)[:3]
            for m in home:
                out |= r.actors_of(m) | set(self.forums_in.get(m, ()))
        out.discard(respondent)
        keys = relation_kinds_of(ties_keys(kind))
        keep = [p for p in out if any(tie_of(respondent, kind, p, self.kind[p], k) for k in keys)]
        kinds = ("municipality", "ocmw", ASSOCIATION, "enterprise", "support", "forum", "authority")
        order = {k: i for i, k in enumerate(kinds)}
        return sorted(keep, key=lambda p: (order.get(self.kind[p], len(order)), self.name[p].lower(), p))

    def attr(self, rids: Iterable[int], column: str) -> str | None:
        """The one value *column* has on all of *rids*, else None."""
        values = {_text(self.rel.at[rid, column]) for rid in rids if column in self.rel.columns}
        return values.pop() if len(values) == 1 else None
