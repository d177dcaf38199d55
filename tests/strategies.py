"""Hypothesis strategies: small *valid* regions, and ways to break their files.

:func:`regions` draws a region that meets the data contract by construction —
municipalities with their OCMW, enterprises, support organisations, forums and
an authority, relations of every kind between endpoints of the allowed kinds,
and questionnaire answers that are often blank (unknown). The rows are plain
dicts, written through ``builders.csv_of`` and loaded through the real parser
and validator, so a draw that fails validation is a bug in the strategy or in
the loader, never silently skipped.

:func:`corruptions` draws a list of byte-level accidents (truncation, stray
quotes and delimiters, NUL bytes, shuffled or duplicated lines, re-encoding,
mixed line endings) that the CLI must survive with exit 0, 1 or 2.
"""

from __future__ import annotations

import random

from builders import actor_columns, csv_of, relation_columns
from hypothesis import strategies as st

from regienet.schema import ACTOR_COLUMNS, RELATION_KINDS, RELATIONS, Column

ACTIVITIES = ("green", "reuse", "cleaning", "energy", "catering")
TARGET_GROUPS = ("youth", "disabled", "low_skilled")
QUESTIONNAIRE = [c for c in ACTOR_COLUMNS if c.questionnaire]
YESNO_DRAWS = ("", "", "yes", "no", "ja", "nee", "Yes", "0", "1")


def _answer(draw, column: Column) -> str:
    """A questionnaire answer, blank about a third of the time (blank = unknown)."""
    if column.type == "yesno":
        return draw(st.sampled_from(YESNO_DRAWS))
    if column.type == "enum":
        return draw(st.sampled_from(("", *column.choices)))
    if column.type == "integer":
        hi = int(column.maximum) if column.maximum is not None else 12
        return draw(st.sampled_from(("", *(str(i) for i in range(0, hi + 1)))))
    if column.type == "number":  # the figures of Bijlage 2 (issue 25): FTE and euro
        return draw(st.sampled_from(("", "0", "1.5", "12000")))
    raise AssertionError(column)  # pragma: no cover - schema has no other questionnaire types


def _tags(draw, pool: tuple[str, ...]) -> str:
    return "|".join(draw(st.lists(st.sampled_from(pool), unique=True, max_size=2)))


def _relation_extras(draw, kind: str, governments: list[str]) -> dict[str, str]:
    extra: dict[str, str] = {}
    if kind == "seat":
        extra["body"] = draw(st.sampled_from(("", "board", "general_assembly", "steering_group", "advisory")))
        extra["capacity"] = draw(st.sampled_from(("", "mandate", "personal")))
    elif kind == "funding":
        extra["amount_eur"] = draw(st.sampled_from(("", "0", "500", "1250,5", "20000")))
        extra["support"] = draw(st.sampled_from(("", "financial", "material|staff")))
    elif kind == "cooperation" and governments:
        extra["via"] = draw(st.sampled_from(("", *governments)))
    extra["formal"] = draw(st.sampled_from(("", "yes", "no")))
    extra["frequency"] = draw(st.sampled_from(("", "monthly", "yearly", "adhoc")))
    if draw(st.booleans()):
        since = draw(st.integers(1995, 2015))
        extra["since"] = str(since)
        if draw(st.booleans()):
            extra["until"] = str(draw(st.integers(since, 2025)))
    return extra


@st.composite
def regions(
    draw, max_municipalities: int = 3, max_enterprises: int = 6, max_relations: int = 30, min_enterprises: int = 0
):
    """``(actors, relations)``: lists of row dicts forming a valid region."""
    n = draw(st.integers(1, max_municipalities))
    munis = [f"m{i}" for i in range(n)]
    actors: list[dict[str, str]] = []
    for m in munis:
        for kind, aid in (("municipality", m), ("ocmw", f"ocmw_{m}")):
            row = {"id": aid, "name": f"{kind.title()} {m.upper()}", "kind": kind, "municipality": m}
            row.update({c.name: _answer(draw, c) for c in QUESTIONNAIRE})
            actors.append(row)

    def actor_row(aid: str, kind: str) -> dict[str, str]:
        row = {"id": aid, "name": f"{kind} {aid}", "kind": kind}
        row["municipality"] = draw(st.sampled_from(["", *munis]))
        scope = draw(st.sampled_from(("", "local", "regional")))
        row["scope"] = scope
        where = draw(st.sampled_from(("seat", "all", "some")))
        if where == "all":
            row["operates_in"] = "*"
        elif where == "some":
            row["operates_in"] = "|".join(draw(st.lists(st.sampled_from(munis), unique=True, min_size=1)))
        row["activities"] = _tags(draw, ACTIVITIES)
        row["target_groups"] = _tags(draw, TARGET_GROUPS)
        if kind == "enterprise":
            row["subtype"] = draw(st.sampled_from(("", "lde", "social_workshop", "insertion", "reuse", "other")))
            row["jobs"] = draw(st.sampled_from(("", "0", "3", "12,5")))
        return row

    for i in range(draw(st.integers(min_enterprises, max_enterprises))):
        actors.append(actor_row(f"e{i}", "enterprise"))
    for i in range(draw(st.integers(0, 2))):
        actors.append(actor_row(f"s{i}", "support"))
    for i in range(draw(st.integers(0, 2))):
        actors.append(
            {"id": f"f{i}", "name": f"Forum {i}", "kind": "forum", "municipality": draw(st.sampled_from(["", *munis]))}
        )
    if draw(st.booleans()):
        actors.append({"id": "vl", "name": "Vlaamse overheid", "kind": "authority"})

    kind_of = {a["id"]: a["kind"] for a in actors}
    governments = [a for a, k in kind_of.items() if k in ("municipality", "ocmw")]
    relations: list[dict[str, str]] = []
    for _ in range(draw(st.integers(0, max_relations))):
        kind = draw(st.sampled_from(sorted(RELATION_KINDS)))
        rk = RELATION_KINDS[kind]
        sources = [a for a, k in kind_of.items() if k in rk.sources]
        if not sources:
            continue
        source = draw(st.sampled_from(sources))
        targets = [a for a, k in kind_of.items() if rk.allows(kind_of[source], k) and a != source]
        if not targets:
            continue
        target = draw(st.sampled_from(targets))
        relations.append(
            {"source": source, "target": target, "kind": kind, **_relation_extras(draw, kind, governments)}
        )
    return actors, relations


def region_csv(actors: list[dict], relations: list[dict]) -> tuple[str, str]:
    """The two files' text."""
    return csv_of(actors, actor_columns()), csv_of(relations, relation_columns())


def load_rows(actors: list[dict], relations: list[dict], source: str = "test"):
    """A validated :class:`~regienet.load.Dataset` from row dicts (through the real parser)."""
    from regienet.load import parse_text, validate_tables
    from regienet.schema import ACTORS

    a_text, r_text = region_csv(actors, relations)
    a, _ = parse_text(a_text, ACTORS, "actors.csv")
    r, _ = parse_text(r_text, RELATIONS, "relations.csv")
    return validate_tables({"actors": a, "relations": r}, source)


# --------------------------------------------------------------------------- corruption

CORRUPTIONS = (
    "truncate",
    "quote",
    "delimiter",
    "nul",
    "shuffle",
    "duplicate",
    "drop_line",
    "latin1",
    "utf16",
    "utf16_nobom",
    "cp1252_undefined",
    "mixed_newlines",
    "random_byte",
    "bom_twice",
)


def apply_corruption(data: bytes, op: str, rng: random.Random) -> bytes:
    """One accident to the bytes of a CSV file (deterministic for a given *rng*)."""
    if op == "truncate":
        return data[: rng.randrange(len(data) + 1)]
    if op in ("quote", "delimiter", "nul", "random_byte", "cp1252_undefined"):
        insert = {
            "quote": b'"',
            "delimiter": rng.choice([b",", b";", b"\t", b"|", b",,,,"]),
            "nul": b"\x00",
            "random_byte": bytes([rng.randrange(256)]),
            "cp1252_undefined": rng.choice([b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"]),
        }[op]
        i = rng.randrange(len(data) + 1)
        return data[:i] + insert + data[i:]
    lines = data.split(b"\n")
    if op == "shuffle":
        rng.shuffle(lines)
        return b"\n".join(lines)
    if op == "duplicate":
        lines.insert(rng.randrange(len(lines) + 1), rng.choice(lines))
        return b"\n".join(lines)
    if op == "drop_line":
        del lines[rng.randrange(len(lines))]
        return b"\n".join(lines)
    if op == "mixed_newlines":
        return b"".join(line + rng.choice([b"\n", b"\r\n", b"\r"]) for line in lines)
    if op == "bom_twice":
        return b"\xef\xbb\xbf\xef\xbb\xbf" + data
    text = data.decode("utf-8", "replace")
    if op == "latin1":
        return text.replace("e", "é").encode("latin-1", "replace")
    if op == "utf16":
        return text.encode("utf-16")
    if op == "utf16_nobom":
        return text.encode(rng.choice(["utf-16-le", "utf-16-be"]))
    raise AssertionError(op)  # pragma: no cover


@st.composite
def corruptions(draw):
    """``{"actors.csv": [(op, seed), ...], "relations.csv": [...]}``: at least one accident in all."""
    plan = {}
    for name in ("actors.csv", "relations.csv"):
        plan[name] = draw(st.lists(st.tuples(st.sampled_from(CORRUPTIONS), st.integers(0, 2**16)), max_size=3))
    if not any(plan.values()):
        plan["relations.csv"] = [draw(st.tuples(st.sampled_from(CORRUPTIONS), st.integers(0, 2**16)))]
    return plan


def corrupt(data: bytes, ops: list[tuple[str, int]]) -> bytes:
    for op, seed in ops:
        data = apply_corruption(data, op, random.Random(seed))
    return data
