"""The data contract (DESIGN §2), declared once as data.

Loading, validation, the templates of ``regienet init`` and the column guide
in ``docs/data-format.md`` are all driven from these declarations, so the
contract cannot drift between them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = [
    "ACCOUNTABILITY_LEVELS",
    "ACT",
    "ACTORS",
    "ACTOR_COLUMNS",
    "ACTOR_KINDS",
    "ACTOR_NODE_KINDS",
    "ASSOC",
    "ASSOCIATION_KINDS",
    "AUTHORITY",
    "BODY",
    "COMPONENTS",
    "EXAMPLES",
    "FORUM",
    "GOV",
    "GOVERNMENT_KINDS",
    "ID_PATTERN",
    "INTEGRATED_FROM_YEAR",
    "LAYERS",
    "NO",
    "OPTIONAL_TABLES",
    "PLANS",
    "PLAN_COLUMNS",
    "QUESTIONNAIRE",
    "REGIE_BODY_KINDS",
    "REGIE_PLAN_CODES",
    "RELATIONS",
    "RELATION_COLUMNS",
    "RELATION_KINDS",
    "TABLES",
    "YES",
    "YESNO_SPELLINGS",
    "Column",
    "RelationKind",
    "TableSpec",
]

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_.-]*")

ACTOR_KINDS: tuple[str, ...] = (
    "municipality",
    "ocmw",
    "enterprise",
    "support",
    "forum",
    "authority",
    "association",
)
GOVERNMENT_KINDS: frozenset[str] = frozenset({"municipality", "ocmw"})
#: An intermunicipal body of local governments (regie association / lokaal regieverband, intermunicipal
#: company, OCMW association): DESIGN §2, "Today's institutions". Towards actors it acts like a government.
ASSOCIATION_KINDS: frozenset[str] = frozenset({"association"})
#: Bodies whose ties can be regie work: the governments and the associations they mandate.
REGIE_BODY_KINDS: frozenset[str] = GOVERNMENT_KINDS | ASSOCIATION_KINDS
#: The four components, in order: the values of a mandate's ``scope`` (blank = all four).
COMPONENTS: tuple[str, ...] = ("OV", "BL", "SA", "VA")
#: From this year on municipality and OCMW form one local government (Decreet over het lokaal bestuur of
#: 22 December 2017, in force 1 January 2019).
INTEGRATED_FROM_YEAR = 2019
#: The bundled example regions (``--example NAME``): ``zwvl`` the 2010 reconstruction (the default data),
#: ``today`` a fictional region in today's institutions (issue 24: associations, mandates, plans).
EXAMPLES: tuple[str, ...] = ("zwvl", "today")
#: The regie decree's reporting codes in the multi-year plan (BVR 29 April 2022): WSE-LR1 … WSE-LR4.
REGIE_PLAN_CODES: tuple[str, ...] = ("WSE-LR1", "WSE-LR2", "WSE-LR3", "WSE-LR4")
#: Kinds that count as "actors" a government can steer (DESIGN §3).
ACTOR_NODE_KINDS: frozenset[str] = frozenset({"enterprise", "support"})

YES = "yes"
NO = "no"
#: Spellings accepted for yes/no cells (Excel exports, Dutch sheets).
YESNO_SPELLINGS: dict[str, str] = {
    "yes": YES,
    "y": YES,
    "ja": YES,
    "j": YES,
    "true": YES,
    "waar": YES,
    "1": YES,
    "no": NO,
    "n": NO,
    "nee": NO,
    "false": NO,
    "onwaar": NO,
    "0": NO,
}


@dataclass(frozen=True)
class Column:
    """One column of a data file.

    ``type`` is one of ``id``, ``text``, ``enum``, ``list`` (``|``-list of
    free tags), ``enumlist`` (``|``-list of choices), ``ref`` (an actor id),
    ``reflist`` (``|``-list of municipality ids or ``*``), ``yesno``,
    ``number``, ``integer``, ``year``.
    ``applies_to`` restricts the column to rows of those kinds (actor kinds for
    actors.csv, relation kinds for relations.csv); a value elsewhere is an error.
    """

    name: str
    type: str = "text"
    required: bool = False
    choices: tuple[str, ...] = ()
    applies_to: frozenset[str] | None = None
    minimum: float | None = None
    maximum: float | None = None
    questionnaire: str = ""


#: Rows that may carry the questionnaire's answers: the governments, and an association for the regie it
#: carries on mandate (issue 24).
QUESTIONNAIRE = GOVERNMENT_KINDS | ASSOCIATION_KINDS

ACTOR_COLUMNS: tuple[Column, ...] = (
    Column("id", "id", required=True),
    Column("name", "text", required=True),
    Column("kind", "enum", required=True, choices=ACTOR_KINDS),
    Column("municipality", "ref"),
    Column("scope", "enum", choices=("local", "regional")),
    Column("operates_in", "reflist"),
    Column(
        "subtype",
        "enum",
        choices=("lde", "social_workshop", "sheltered_workshop", "insertion", "reuse", "other", "maatwerkbedrijf"),
        applies_to=frozenset({"enterprise"}),
    ),
    Column("activities", "list"),
    Column("target_groups", "list"),
    Column("jobs", "number", minimum=0),
    Column("lat", "number", minimum=-90, maximum=90),
    Column("lon", "number", minimum=-180, maximum=180),
    Column("actor_inventory", "yesno", applies_to=QUESTIONNAIRE, questionnaire="1.2.1"),
    Column("se_in_plans", "yesno", applies_to=QUESTIONNAIRE, questionnaire="2.1.1"),
    Column(
        "se_goals",
        "enum",
        choices=("none", "general", "strategic", "operational"),
        applies_to=QUESTIONNAIRE,
        questionnaire="2.1.2",
    ),
    Column("se_lead", "yesno", applies_to=QUESTIONNAIRE, questionnaire="§4.2.3"),
    Column("lde_recognized", "yesno", applies_to=QUESTIONNAIRE, questionnaire="§4.2.2"),
    Column(
        "role_choice",
        "enum",
        choices=("regisseur", "actor", "unclear"),
        applies_to=QUESTIONNAIRE,
        questionnaire="§4.2.2",
    ),
    Column("council_mentions", "integer", minimum=0, applies_to=QUESTIONNAIRE, questionnaire="4.1.1"),
    Column("annual_report", "yesno", applies_to=QUESTIONNAIRE, questionnaire="4.1.1"),
    Column(
        "public_reporting",
        "enum",
        choices=("none", "activities", "objectives"),
        applies_to=QUESTIONNAIRE,
        questionnaire="4.1.2",
    ),
    Column(
        "accountability_level",
        "integer",
        minimum=0,
        maximum=4,
        applies_to=QUESTIONNAIRE,
        questionnaire="4.2.1",
    ),
    # ---- issue 25: the "Enkele cijfers" of Bijlage 2 — own staff in FTE and the money split (optional)
    Column("staff_fte_lead", "number", minimum=0, applies_to=QUESTIONNAIRE, questionnaire="C.2"),
    Column("staff_fte_exec", "number", minimum=0, applies_to=QUESTIONNAIRE, questionnaire="C.2"),
    Column("budget_policy_eur", "number", minimum=0, applies_to=QUESTIONNAIRE, questionnaire="C.3"),
    Column("budget_own_actor_eur", "number", minimum=0, applies_to=QUESTIONNAIRE, questionnaire="C.3"),
    Column("budget_third_parties_eur", "number", minimum=0, applies_to=QUESTIONNAIRE, questionnaire="C.3"),
    Column("provenance", "text"),
)

#: Accountability levels of questionnaire 4.2.1, index = level.
ACCOUNTABILITY_LEVELS: tuple[str, ...] = ("none", "toelichting", "uitleg", "rekenschap", "verantwoording")

GOV = frozenset({"municipality", "ocmw"})
ACT = ACTOR_NODE_KINDS
FORUM = frozenset({"forum"})
AUTHORITY = frozenset({"authority"})
ASSOC = ASSOCIATION_KINDS
BODY = GOV | ASSOC


@dataclass(frozen=True)
class RelationKind:
    """A kind of relation: which actor kinds may stand at each end, and its layer."""

    name: str
    sources: frozenset[str]
    targets: frozenset[str]
    layer: str
    components: tuple[str, ...]
    directed: bool = True
    #: targets only some sources may have: ``(target kinds, the source kinds allowed for them)`` — an
    #: ``accounts_to`` a government comes from an association only (its members, issue 24)
    restricted: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()

    def allows(self, source_kind: str | None, target_kind: str | None) -> bool:
        """Whether a relation of this kind may run from a *source_kind* to a *target_kind*."""
        if source_kind not in self.sources or target_kind not in self.targets:
            return False
        return all(source_kind in sources for targets, sources in self.restricted if target_kind in targets)


RELATION_KINDS: dict[str, RelationKind] = {
    rk.name: rk
    for rk in (
        RelationKind("founded", GOV, ACT, "governance", ("OV", "RO")),
        RelationKind("seat", GOV, ACT | ASSOC, "governance", ("OV",)),
        RelationKind("client", GOV, frozenset({"enterprise"}), "economic", ("OV",)),
        RelationKind("agreement", BODY | ACT | AUTHORITY, BODY | ACT | AUTHORITY, "economic", ("OV",), directed=False),
        RelationKind("funding", GOV, ACT | FORUM | ASSOC, "economic", ("RO",)),
        RelationKind("referral", frozenset({"ocmw"}), frozenset({"enterprise"}), "economic", ("OV",)),
        RelationKind("consulted", BODY, ACT | FORUM, "policy", ("BL",)),
        RelationKind("informs", BODY, ACT | FORUM, "policy", ("BL", "SA")),
        RelationKind("reports_to", ACT, BODY, "policy", ("BL",)),
        RelationKind("convenes", BODY, FORUM, "cooperation", ("SA",)),
        RelationKind("member", BODY | ACT | AUTHORITY, FORUM, "cooperation", ("SA",)),
        RelationKind("cooperation", ACT, ACT, "cooperation", ("SA",), directed=False),
        # an association may account to its member governments (a government accounts to no government)
        RelationKind("accounts_to", BODY, ACT | AUTHORITY | GOV, "policy", ("VA",), restricted=((GOV, ASSOC),)),
        RelationKind("mandates", GOV, ASSOC, "governance", COMPONENTS),
    )
}

LAYERS: tuple[str, ...] = ("governance", "economic", "policy", "cooperation")

RELATION_COLUMNS: tuple[Column, ...] = (
    Column("source", "ref", required=True),
    Column("target", "ref", required=True),
    Column("kind", "enum", required=True, choices=tuple(RELATION_KINDS)),
    Column(
        "body",
        "enum",
        choices=("board", "general_assembly", "steering_group", "advisory"),
        applies_to=frozenset({"seat"}),
    ),
    Column("capacity", "enum", choices=("mandate", "personal"), applies_to=frozenset({"seat"})),
    Column("formal", "yesno"),
    Column("frequency", "enum", choices=("weekly", "monthly", "quarterly", "yearly", "adhoc")),
    Column("amount_eur", "number", minimum=0, applies_to=frozenset({"funding"})),
    Column(
        "support",
        "enumlist",
        choices=("financial", "material", "staff"),
        applies_to=frozenset({"funding"}),
    ),
    Column("via", "ref", applies_to=frozenset({"cooperation"})),
    Column("since", "year"),
    Column("until", "year"),
    Column("provenance", "text"),
    Column("note", "text"),
    Column("reported_by", "list"),
    # issue 24, last so that the columns before keep their place (and their spreadsheet letters)
    Column("scope", "enumlist", choices=COMPONENTS, applies_to=frozenset({"mandates"})),
)


@dataclass(frozen=True)
class TableSpec:
    """A data file: its name, sheet name and columns."""

    name: str
    columns: tuple[Column, ...]
    by_name: dict[str, Column] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {c.name: c for c in self.columns})

    @property
    def filename(self) -> str:
        return f"{self.name}.csv"

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.required)


#: plans.csv (optional): the actions of a government's or association's multi-year plan (DESIGN §2,
#: "Today's institutions"). ``government`` is a municipality, OCMW or association id; ``code`` a reporting
#: code such as ``WSE-LR1``…``WSE-LR4`` (the regie decree's), ``WVG100``, or free text.
PLAN_COLUMNS: tuple[Column, ...] = (
    Column("government", "ref", required=True),
    Column("code", "text"),
    Column("title", "text", required=True),
    Column("year", "year"),
    Column("budget_eur", "number", minimum=0),
    Column("provenance", "text"),
)

ACTORS = TableSpec("actors", ACTOR_COLUMNS)
RELATIONS = TableSpec("relations", RELATION_COLUMNS)
PLANS = TableSpec("plans", PLAN_COLUMNS)
#: The files every region has.
TABLES: tuple[TableSpec, ...] = (ACTORS, RELATIONS)
#: Files a region may have; read when present.
OPTIONAL_TABLES: tuple[TableSpec, ...] = (PLANS,)
