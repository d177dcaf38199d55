"""Empty templates for a region of one's own: ``regienet init DIR``.

Everything here is generated from :mod:`regienet.schema`, so the templates,
the guide and the validator cannot disagree: the header row is the declared
columns, the example rows cover every actor kind and every relation kind
(and pass ``regienet validate``), and the guide's tables list each column's
values, the rows it applies to and its questionnaire number.

The Dutch templates use ``;`` as separator — what Excel expects in Belgium
and the Netherlands, so a double-click opens them in columns — and the English
ones ``,``; both carry a UTF-8 BOM so that Excel reads accents correctly. The
loader reads either.

Typical use::

    >>> from regienet.templates import write_templates
    >>> paths = write_templates("my-region", lang="nl", xlsx=True)  # doctest: +SKIP
"""

from __future__ import annotations

import io
from pathlib import Path

from regienet.errors import UsageError
from regienet.i18n import t
from regienet.outputs import atomic_write, csv_text, markdown_table
from regienet.schema import (
    ACTOR_KINDS,
    ACTORS,
    PLANS,
    RELATION_KINDS,
    RELATIONS,
    Column,
    TableSpec,
)

__all__ = [
    "BOM",
    "DATA_FILES",
    "DELIMITER",
    "WORKBOOK",
    "column_header",
    "column_rows",
    "column_values",
    "example_actors",
    "example_plans",
    "example_relations",
    "guide_markdown",
    "relation_kind_header",
    "relation_kind_rows",
    "template_csv",
    "template_files",
    "workbook_bytes",
    "write_templates",
]

#: Name of the workbook ``--xlsx`` writes.
WORKBOOK = "region.xlsx"
#: Files that hold data once filled in: ``init`` never overwrites them, not even with ``--force``.
DATA_FILES = frozenset({"actors.csv", "relations.csv", "plans.csv", WORKBOOK})
#: Separator of the CSV templates per language (see the module docstring).
DELIMITER = {"en": ",", "nl": ";"}
BOM = "\ufeff"

#: One example actor per kind (ids are the same in both languages; names are translated).
_EXAMPLE_ACTORS: tuple[dict[str, str], ...] = (
    {
        "id": "voorbeeld",
        "kind": "municipality",
        "municipality": "voorbeeld",
        "scope": "local",
        "lat": "50.8279",
        "lon": "3.2649",
        "actor_inventory": "no",
        "se_in_plans": "yes",
        "se_goals": "general",
        "se_lead": "yes",
        "lde_recognized": "no",
        "role_choice": "regisseur",
        "council_mentions": "2",
        "annual_report": "yes",
        "public_reporting": "activities",
        "accountability_level": "2",
    },
    {
        "id": "ocmw_voorbeeld",
        "kind": "ocmw",
        "municipality": "voorbeeld",
        "se_in_plans": "yes",
        "se_lead": "no",
        "lde_recognized": "yes",
        "role_choice": "actor",
    },
    {
        "id": "kringloop_voorbeeld",
        "kind": "enterprise",
        "municipality": "voorbeeld",
        "scope": "local",
        "subtype": "reuse",
        "activities": "reuse|green",
        "target_groups": "long_term_unemployed|low_skilled",
        "jobs": "12",
    },
    {
        "id": "steunpunt",
        "kind": "support",
        "scope": "regional",
        "operates_in": "*",
        "activities": "advice",
    },
    {"id": "forum_voorbeeld", "kind": "forum", "municipality": "voorbeeld"},
    {"id": "vlaanderen", "kind": "authority"},
    # issue 24: a regie association its member municipalities may mandate (operates_in = the members)
    {"id": "regieverband", "kind": "association", "scope": "regional", "operates_in": "voorbeeld"},
)

#: One example relation per kind, in the order of the data contract.
_EXAMPLE_RELATIONS: tuple[dict[str, str], ...] = (
    {"source": "ocmw_voorbeeld", "target": "kringloop_voorbeeld", "kind": "founded", "formal": "yes", "since": "2008"},
    {"source": "voorbeeld", "target": "kringloop_voorbeeld", "kind": "seat", "body": "board", "capacity": "mandate"},
    {"source": "voorbeeld", "target": "kringloop_voorbeeld", "kind": "client", "frequency": "monthly"},
    {
        "source": "voorbeeld",
        "target": "steunpunt",
        "kind": "agreement",
        "formal": "yes",
        "since": "2012",
        "until": "2025",
    },
    {
        "source": "voorbeeld",
        "target": "kringloop_voorbeeld",
        "kind": "funding",
        "amount_eur": "25000",
        "support": "financial|staff",
    },
    {"source": "ocmw_voorbeeld", "target": "kringloop_voorbeeld", "kind": "referral"},
    {"source": "voorbeeld", "target": "steunpunt", "kind": "consulted"},
    {"source": "voorbeeld", "target": "forum_voorbeeld", "kind": "informs"},
    {
        "source": "kringloop_voorbeeld",
        "target": "voorbeeld",
        "kind": "reports_to",
        "formal": "yes",
        "frequency": "yearly",
    },
    {"source": "voorbeeld", "target": "forum_voorbeeld", "kind": "convenes", "frequency": "quarterly"},
    {"source": "kringloop_voorbeeld", "target": "forum_voorbeeld", "kind": "member"},
    {"source": "kringloop_voorbeeld", "target": "steunpunt", "kind": "cooperation", "via": "voorbeeld"},
    {"source": "voorbeeld", "target": "vlaanderen", "kind": "accounts_to", "frequency": "yearly"},
    {"source": "voorbeeld", "target": "regieverband", "kind": "mandates", "scope": "OV|SA", "since": "2023"},
)

#: Example actions of a multi-year plan (plans.csv); titles translated.
_EXAMPLE_PLANS: tuple[dict[str, str], ...] = (
    {"government": "voorbeeld", "code": "WSE-LR1", "title": "init.plan.lr1", "year": "2026", "budget_eur": "40000"},
    {"government": "voorbeeld", "code": "WSE-LR4", "title": "init.plan.lr4", "year": "2026", "budget_eur": ""},
)


def example_actors(lang: str = "en") -> list[dict[str, str]]:
    """One example row per actor kind, names and provenance in *lang*."""
    rows = []
    for row in _EXAMPLE_ACTORS:
        rows.append(
            {**row, "name": t(f"init.example.{row['kind']}", lang), "provenance": t("init.example_provenance", lang)}
        )
    return rows


def example_relations(lang: str = "en") -> list[dict[str, str]]:
    """One example row per relation kind; the note says what the kind means, in *lang*."""
    return [
        {**row, "provenance": t("init.example_provenance", lang), "note": t(f"guide.rel.{row['kind']}", lang)}
        for row in _EXAMPLE_RELATIONS
    ]


def example_plans(lang: str = "en") -> list[dict[str, str]]:
    """Example actions of a multi-year plan (plans.csv, optional): a regie code each, title in *lang*."""
    return [
        {**row, "title": t(row["title"], lang), "provenance": t("init.example_provenance", lang)}
        for row in _EXAMPLE_PLANS
    ]


def _examples(spec: TableSpec, lang: str) -> list[dict[str, str]]:
    if spec is ACTORS:
        return example_actors(lang)
    return example_relations(lang) if spec is RELATIONS else example_plans(lang)


def _rows(spec: TableSpec, rows: list[dict[str, str]]) -> list[list[str]]:
    return [[row.get(c.name, "") for c in spec.columns] for row in rows]


def template_csv(spec: TableSpec, lang: str = "en") -> str:
    """A CSV template for *spec* (actors, relations or plans): header and example rows, with BOM."""
    rows = _examples(spec, lang)
    header = [c.name for c in spec.columns]
    return BOM + csv_text(header, _rows(spec, rows), delimiter=DELIMITER.get(lang, ","))


# --------------------------------------------------------------------------- the guide


#: References narrower than "an actor id".
_REF_VALUES = {
    "municipality": "guide.v.municipality_ref",
    "via": "guide.v.regie_body_ref",
    "government": "guide.v.regie_body_ref",
}


def column_values(c: Column, lang: str) -> str:
    """What a column accepts, in words (for the guide)."""
    if c.type in ("enum", "enumlist"):
        text = t(f"guide.v.{c.type}", lang, choices=", ".join(c.choices))
    elif c.type == "ref" and c.name in _REF_VALUES:
        text = t(_REF_VALUES[c.name], lang)
    else:
        text = t(f"guide.v.{c.type}", lang)
    if c.type in ("number", "integer") and c.minimum is not None:
        low = _num(c.minimum)
        text = (
            t("guide.v.range", lang, values=text, low=low, high=_num(c.maximum))
            if c.maximum is not None
            else t("guide.v.from", lang, values=text, low=low)
        )
    return text


def _num(x: float | None) -> str:
    return "" if x is None else (str(int(x)) if float(x).is_integer() else str(x))


def column_rows(spec: TableSpec, lang: str) -> list[list[str]]:
    """The guide's table for one file: column, required, values, applies to, questionnaire, meaning."""
    yes = t("word.yes", lang)
    return [
        [
            c.name,
            yes if c.required else "",
            column_values(c, lang),
            ", ".join(sorted(c.applies_to)) if c.applies_to else t("guide.all_rows", lang),
            c.questionnaire,
            t(f"guide.col.{spec.name}.{c.name}", lang),
        ]
        for c in spec.columns
    ]


def column_header(lang: str) -> list[str]:
    return [t(f"guide.h.{k}", lang) for k in ("column", "required", "values", "applies", "questionnaire", "meaning")]


def relation_kind_rows(lang: str) -> list[list[str]]:
    """The guide's table of relation kinds: kind, from, to, direction, meaning, component."""
    return [
        [
            k,
            ", ".join(sorted(rk.sources)),
            ", ".join(sorted(rk.targets)),
            t("guide.directed" if rk.directed else "guide.undirected", lang),
            t(f"guide.rel.{k}", lang),
            ", ".join(rk.components),
        ]
        for k, rk in RELATION_KINDS.items()
    ]


def relation_kind_header(lang: str) -> list[str]:
    return [t(f"guide.h.{k}", lang) for k in ("kind", "from", "to", "direction", "meaning", "component")]


def guide_markdown(lang: str = "en", folder: str = "DIR") -> str:
    """The guide to the columns (GUIDE.md / GIDS.md), generated from the schema."""
    kinds = [[k, t(f"kind.{k}", lang)] for k in ACTOR_KINDS]
    return "\n".join(
        [
            f"# {t('guide.title', lang)}",
            "",
            t("guide.intro", lang),
            "",
            t("guide.rules", lang),
            "",
            t("guide.check", lang, folder=folder).replace("\n", "  \n"),
            "",
            f"## {t('guide.actor_kinds', lang)}",
            "",
            markdown_table([t("guide.h.kind", lang), t("guide.h.meaning", lang)], kinds),
            "",
            "## actors.csv",
            "",
            markdown_table(column_header(lang), column_rows(ACTORS, lang)),
            "",
            "## relations.csv",
            "",
            markdown_table(column_header(lang), column_rows(RELATIONS, lang)),
            "",
            f"## {t('guide.relation_kinds', lang)}",
            "",
            markdown_table(relation_kind_header(lang), relation_kind_rows(lang)),
            "",
            f"## {t('guide.plans_title', lang)}",
            "",
            t("guide.plans_intro", lang),
            "",
            markdown_table(column_header(lang), column_rows(PLANS, lang)),
            "",
        ]
    )


# --------------------------------------------------------------------------- the workbook


def workbook_bytes(lang: str = "en") -> bytes:
    """``region.xlsx``: sheets ``actors``, ``relations`` and ``plans`` (styled header, frozen, dropdowns) and a
    guide sheet.

    Needs openpyxl; raises :class:`~regienet.errors.UsageError` when it is missing.
    """
    try:
        import openpyxl
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.datavalidation import DataValidation
    except ImportError:
        raise UsageError("init.needs_openpyxl") from None

    head_font = Font(bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", fgColor="1F4E79")
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    last = 2000  # rows that get dropdowns
    for spec, rows in (
        (ACTORS, example_actors(lang)),
        (RELATIONS, example_relations(lang)),
        (PLANS, example_plans(lang)),
    ):
        ws = wb.create_sheet(spec.name)
        ws.append([c.name for c in spec.columns])
        for row in _rows(spec, rows):
            ws.append([_typed(c, v) for c, v in zip(spec.columns, row, strict=True)])
        for i, c in enumerate(spec.columns, start=1):
            cell = ws.cell(row=1, column=i)
            cell.font, cell.fill = head_font, head_fill
            cell.alignment = Alignment(vertical="center")
            letter = get_column_letter(i)
            ws.column_dimensions[letter].width = max(
                12, len(c.name) + 4, *(len(str(r[i - 1])) + 2 for r in _rows(spec, rows))
            )
            choices = c.choices if c.type == "enum" else ("yes", "no") if c.type == "yesno" else ()
            if choices:
                dv = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            elif (spec is RELATIONS and c.name in ("source", "target")) or (spec is PLANS and c.name == "government"):
                dv = DataValidation(type="list", formula1=f"actors!$A$2:$A${last}", allow_blank=True)
                dv.errorStyle = "warning"  # an id still to be added to actors must not be blocked
            else:
                continue
            dv.error = t("guide.v.enum", lang, choices=", ".join(choices)) if choices else t("guide.v.ref", lang)
            dv.showErrorMessage = True
            ws.add_data_validation(dv)
            dv.add(f"{letter}2:{letter}{last}")
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(spec.columns))}1"
    guide = wb.create_sheet(t("guide.sheet", lang))
    guide.append([t("guide.title", lang)])
    guide["A1"].font = Font(bold=True, size=14)
    guide.append([t("guide.intro", lang)])
    for line in t("guide.rules", lang).splitlines():
        guide.append([line])
    for title, header, table in (
        ("actors", column_header(lang), column_rows(ACTORS, lang)),
        ("relations", column_header(lang), column_rows(RELATIONS, lang)),
        (t("guide.relation_kinds", lang), relation_kind_header(lang), relation_kind_rows(lang)),
        (t("guide.plans_title", lang), column_header(lang), column_rows(PLANS, lang)),
    ):
        guide.append([])
        guide.append([title])
        guide.cell(row=guide.max_row, column=1).font = Font(bold=True)
        guide.append(header)
        for cell in guide[guide.max_row]:
            cell.font, cell.fill = head_font, head_fill
        for table_row in table:
            guide.append(table_row)
    for letter, width in zip("ABCDEF", (22, 10, 48, 24, 14, 70), strict=True):
        guide.column_dimensions[letter].width = width
    from regienet.analysis.survey.safety import defuse

    defuse(wb)  # issue 25: every text cell regienet writes stays text, also in the init template
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _typed(column: Column, text: str) -> object:
    """Example cells as Excel would hold them: numbers as numbers."""
    if not text or column.type not in ("number", "integer", "year"):
        return text
    value = float(text.replace(",", "."))
    return int(value) if value.is_integer() else value


# --------------------------------------------------------------------------- writing


def template_files(lang: str = "en", *, xlsx: bool = False, folder: str = "DIR") -> dict[str, str | bytes]:
    """File name → content of every template file (nothing is written)."""
    files: dict[str, str | bytes] = {
        ACTORS.filename: template_csv(ACTORS, lang),
        RELATIONS.filename: template_csv(RELATIONS, lang),
        PLANS.filename: template_csv(PLANS, lang),
        # with the workbook beside the CSVs the folder is refused: the guide's command names the workbook
        t("guide.file", lang): guide_markdown(lang, str(Path(folder) / WORKBOOK) if xlsx else folder),
    }
    if xlsx:
        files[WORKBOOK] = workbook_bytes(lang)
    return files


def write_templates(folder: Path | str, lang: str = "en", *, xlsx: bool = False, force: bool = False) -> list[Path]:
    """Create *folder* with the templates; return the paths written.

    Refuses (:class:`~regienet.errors.UsageError`, exit 2) a folder that is
    not empty unless *force*, a path that is a file, and a folder that cannot
    be created. Even with *force*, an existing actors.csv, relations.csv or
    region.xlsx is never overwritten (it may hold somebody's data); the guide
    is. Every file is written atomically; nothing else in the folder is touched.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise UsageError("init.not_a_folder", folder=str(folder))
    if folder.is_dir() and not force:
        present = sorted(p.name for p in folder.iterdir())
        if present:
            shown = ", ".join(present[:5]) + (", …" if len(present) > 5 else "")
            raise UsageError("init.not_empty", folder=str(folder), files=shown)
    files = template_files(lang, xlsx=xlsx, folder=str(folder))  # before creating anything: --xlsx may fail
    data_files = sorted(name for name in files if name in DATA_FILES and (folder / name).exists())
    if data_files:  # --force or not, somebody's data is never overwritten
        raise UsageError("init.would_overwrite", folder=str(folder), files=", ".join(data_files))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError("output.unwritable", path=str(folder), reason=exc.strerror or str(exc)) from None
    return [atomic_write(folder / name, content) for name, content in files.items()]
