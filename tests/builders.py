"""Small hand-made regions for tests, built through the real loader.

``base_rows()`` is a region whose right answers are known by construction:
three municipalities (a, b, c) with OCMWs, and in municipality ``a`` an own
actor, two other local enterprises, a regional enterprise and a regional
support organisation, a forum, and ties chosen so that **every rule passes
for municipality a**, except RO01, which does not apply (the government
chose the role of actor); the comment on each row says which rule it satisfies.
Rule tests mutate a copy and check that exactly the expected rule fires.
"""

from __future__ import annotations

import copy
import csv
import io
from pathlib import Path

from regienet.load import parse_text, validate_tables
from regienet.model import Region
from regienet.schema import ACTOR_COLUMNS, ACTORS, PLAN_COLUMNS, PLANS, RELATION_COLUMNS, RELATIONS

GOOD_ANSWERS = {
    "actor_inventory": "yes",  # OV03
    "se_in_plans": "yes",  # BL01
    "se_goals": "strategic",  # BL02
    "lde_recognized": "no",
    "role_choice": "actor",  # RO01 does not apply (not_applicable)
    "council_mentions": "3",
    "annual_report": "yes",
    "public_reporting": "objectives",  # VA04
    "accountability_level": "4",  # VA03
}
QUESTIONNAIRE = [*GOOD_ANSWERS, "se_lead"]


def _gov_rows(m: str) -> list[dict]:
    return [
        {
            "id": m,
            "name": f"Gemeente {m.upper()}",
            "kind": "municipality",
            "municipality": m,
            "se_lead": "yes",
            **GOOD_ANSWERS,
        },
        {
            "id": f"ocmw_{m}",
            "name": f"OCMW {m.upper()}",
            "kind": "ocmw",
            "municipality": m,
            "se_lead": "no",
            # RO01 does not apply for the OCMW either: a blank role or LDE answer could make it apply
            "role_choice": "actor",
            "lde_recognized": "no",
        },  # RO02: one lead
    ]


def base_rows() -> tuple[list[dict], list[dict]]:
    actors = [*_gov_rows("a"), *_gov_rows("b"), *_gov_rows("c")]
    actors += [
        {
            "id": "own",
            "name": "LDE A",
            "kind": "enterprise",
            "municipality": "a",
            "subtype": "lde",
            "activities": "green",
            "target_groups": "long_term_unemployed",
        },
        {
            "id": "loc",
            "name": "Werkplaats A",
            "kind": "enterprise",
            "municipality": "a",
            "subtype": "social_workshop",
            "activities": "cleaning",
            "target_groups": "disabled",
        },
        {
            "id": "loc2",
            "name": "Wasserij A",
            "kind": "enterprise",
            "municipality": "a",
            "subtype": "insertion",
            "activities": "laundry",
            "target_groups": "youth",
        },
        {
            "id": "reg",
            "name": "Regio Energie",
            "kind": "enterprise",
            "scope": "regional",
            "operates_in": "*",
            "subtype": "other",
            "activities": "energy",
            "target_groups": "low_skilled",
        },
        {
            "id": "sup",
            "name": "Steunpunt",
            "kind": "support",
            "scope": "regional",
            "operates_in": "*",
            "activities": "advice",
        },
        {"id": "forum_a", "name": "Forum A", "kind": "forum", "municipality": "a"},
        {"id": "vlaanderen", "name": "Vlaamse overheid", "kind": "authority"},
    ]
    R = []

    def rel(source, target, kind, **extra):
        R.append({"source": source, "target": target, "kind": kind, **extra})

    rel("a", "own", "founded")
    rel("a", "own", "seat", body="board", capacity="mandate")
    rel("ocmw_a", "own", "referral")
    for x in ("own", "loc", "loc2"):
        rel("a", x, "client")
    rel("a", "own", "funding", amount_eur="1000", support="financial|staff")  # RO03: 1000 of 2000
    rel("a", "loc", "funding", amount_eur="1000", support="financial")
    rel("a", "reg", "agreement")
    rel("a", "own", "consulted")  # BL03: not only own
    rel("a", "loc", "consulted")
    rel("a", "loc", "informs")  # BL04
    rel("a", "reg", "informs")
    rel("a", "sup", "informs")
    for x in ("own", "loc", "loc2", "reg"):
        rel(x, "a", "reports_to", formal="yes", frequency="yearly")  # BL05
    rel("a", "forum_a", "convenes")  # SA06
    for x in ("own", "loc", "loc2", "reg", "sup"):
        rel(x, "forum_a", "member")  # SA02, SA05: all coupled
    rel("a", "own", "accounts_to")  # VA01, VA02: not only own
    rel("a", "loc", "accounts_to")
    rel("a", "vlaanderen", "accounts_to")
    rel("own", "loc", "cooperation", via="a")  # SA03: cooperation also without the own actor
    rel("loc", "loc2", "cooperation", via="a")
    for m in ("b", "c"):  # reg works with the neighbours too (SA04 context)
        rel(m, "reg", "client")
    # (added last, so that the line numbers of the rows above stay what older tests cite)
    rel("ocmw_a", "loc", "referral")  # OV02: 2 of 8 government–actor pairs with the own actor (25 % < 30 %)
    rel("ocmw_a", "loc2", "referral")
    rel("a", "ocmw_a", "agreement")  # RO02: a formal agreement between municipality and OCMW
    return actors, R


def csv_of(rows: list[dict], columns: list[str], delimiter: str = ",") -> str:
    extra = [k for r in rows for k in r if k not in columns]
    header = columns + sorted(set(extra), key=extra.index)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, delimiter=delimiter, lineterminator="\n", restval="")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def actor_columns() -> list[str]:
    return [c.name for c in ACTOR_COLUMNS]


def relation_columns() -> list[str]:
    return [c.name for c in RELATION_COLUMNS]


def plan_columns() -> list[str]:
    return [c.name for c in PLAN_COLUMNS]


def write_region(folder: Path, actors: list[dict], relations: list[dict], plans: list[dict] | None = None) -> Path:
    """Write actors.csv/relations.csv (and plans.csv when *plans* is given) into *folder* (created); return it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "actors.csv").write_text(csv_of(actors, actor_columns()), encoding="utf-8")
    (folder / "relations.csv").write_text(csv_of(relations, relation_columns()), encoding="utf-8")
    if plans is not None:
        (folder / "plans.csv").write_text(csv_of(plans, plan_columns()), encoding="utf-8")
    return folder


def region_from(actors: list[dict], relations: list[dict], plans: list[dict] | None = None, **kwargs) -> Region:
    """A :class:`Region` from row dicts, through the real parser and validator; *plans*: rows of plans.csv
    (``None``: the region has no plans.csv)."""
    a, _ = parse_text(csv_of(actors, actor_columns()), ACTORS, "actors.csv")
    r, _ = parse_text(csv_of(relations, relation_columns()), RELATIONS, "relations.csv")
    tables = {"actors": a, "relations": r}
    if plans is not None:
        p, _ = parse_text(csv_of(plans, plan_columns()), PLANS, "plans.csv")
        tables["plans"] = p
    return Region(validate_tables(tables, "test"), **kwargs)


def mutated(fn) -> tuple[list[dict], list[dict]]:
    """Base rows changed by ``fn(actors, relations)`` (which edits in place)."""
    actors, relations = copy.deepcopy(base_rows())
    fn(actors, relations)
    return actors, relations


def set_answer(actors: list[dict], column: str, value: str, ids=("a", "ocmw_a")) -> None:
    for row in actors:
        if row["id"] in ids:
            row[column] = value


def remove_actors(actors: list[dict], relations: list[dict], *ids: str) -> None:
    """Remove the actors *ids* and every relation that touches them."""
    gone = set(ids)
    actors[:] = [a for a in actors if a["id"] not in gone]
    relations[:] = [r for r in relations if r["source"] not in gone and r["target"] not in gone]


def drop(relations: list[dict], **match) -> None:
    """Remove every relation whose fields equal *match*."""
    relations[:] = [r for r in relations if any(r.get(k) != v for k, v in match.items())]
