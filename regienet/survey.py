"""Survey waves: questionnaire workbooks per respondent, and their answers merged into a new data folder.

:func:`make_workbooks` writes one Excel workbook per respondent (a municipality,
an OCMW, a social enterprise or support organisation): a *ties* sheet with a
roster of everyone the respondent could plausibly have ties with and one
column per relation kind it can report from its side, pre-filled with what
the data says, and for governments a *questions* sheet with the governance
questions of the data contract worded as in Bijlage 2 of the 2010 report.

:func:`collect` reads returned workbooks (any subset, saved by Excel or
LibreOffice) and computes a :class:`CollectResult` — plain data — that
:func:`write_folder` writes as a **new** data folder (whole or not at all).

Machine keys (DESIGN §5): row 1 of the ties sheet holds the data-contract keys
(``actor_id``, ``name``, ``kind``, ``municipality``, the relation kinds — the
actor side's mirrored kinds are ``client_of`` and ``funded_by`` —,
``amount_eur``, ``frequency``), row 2 the labels in the respondent's language,
answers from row 3. A hidden sheet ``_regienet`` holds the respondent, the
survey year and the fingerprint of the data the workbook was made from.

How answers are merged (the rule, also in docs/survey.md):

* A blank cell is no answer: the tie stays as the data has it.
* ``yes`` from one or both ends of a tie and ``no`` from none: the tie is kept
  (or added) and the respondents are added to its ``reported_by``.
* ``no`` from the only end(s) answering: the tie is removed.
* ``yes`` from one end and ``no`` from the other: a **contradiction**; the data
  is kept as it is and the tie is listed for follow-up.
* A relation row whose substance changed (added, amount or frequency
  changed) gets ``provenance`` = ``survey <year> <respondent>``; a confirmed
  row keeps its provenance and gains ``reported_by``. A changed government
  answer sets the government row's provenance the same way.
* Actors proposed in the free rows are added with ``provenance`` =
  ``survey <year> <respondent> proposed`` — to be reviewed before use.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import io
import math
import os
import re
import shutil
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from regienet.errors import DataError, Problem, UsageError, excel_column
from regienet.i18n import t
from regienet.load import Dataset, RawTable, read_tables, validate_tables
from regienet.outputs import atomic_write, ensure_folder, envelope, safe_cell, temp_folder
from regienet.schema import (
    ACCOUNTABILITY_LEVELS,
    ACTOR_COLUMNS,
    ACTOR_NODE_KINDS,
    GOVERNMENT_KINDS,
    ID_PATTERN,
    RELATION_KINDS,
    RELATIONS,
    YESNO_SPELLINGS,
)

#: Value of ``format`` in the hidden sheet; a workbook without it is not a regienet survey.
FORMAT = "regienet-survey"
FORMAT_VERSION = "1"
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
)
#: Relation kinds an actor reports from its side; ``client_of``/``funded_by`` mirror ``client``/``funding``.
ACTOR_REPORTS: tuple[str, ...] = ("reports_to", "member", "cooperation", "agreement", "client_of", "funded_by")
MIRRORED: dict[str, str] = {"client_of": "client", "funded_by": "funding"}
INFO_KEYS: tuple[str, ...] = ("actor_id", "name", "kind", "municipality")
TAIL_KEYS: tuple[str, ...] = ("amount_eur", "frequency")
QUESTION_KEYS: tuple[str, ...] = ("question", "questionnaire", "text", "answer")
#: The governance questions of the data contract, in questionnaire order.
QUESTIONS: tuple[str, ...] = tuple(c.name for c in ACTOR_COLUMNS if c.questionnaire)
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
        kinds = tuple(k for k in GOVERNMENT_REPORTS if k != "referral" or kind == "ocmw")
    else:
        kinds = ACTOR_REPORTS
    return INFO_KEYS + kinds + TAIL_KEYS


def relation_kinds_of(keys: Sequence[str]) -> tuple[str, ...]:
    return tuple(k for k in keys if k not in INFO_KEYS and k not in TAIL_KEYS)


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
    if node_kind in GOVERNMENT_KINDS:
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


def fingerprint(dataset: Dataset) -> str:
    """sha256 of the data's normalised content: the same for a folder re-saved by Excel (``;``, cp1252, BOM),
    different as soon as one cell, row or column differs. Rows are sorted, so their order does not count."""
    h = hashlib.sha256()
    for name, frame in (("actors", dataset.actors), ("relations", dataset.relations)):
        columns = sorted(c for c in frame.columns if c not in ("line", "rid"))
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
        everywhere = frozenset(self.region.municipalities)
        self.everywhere = sorted(x for x, w in self.region.operates.items() if w == everywhere and len(everywhere) > 1)
        scope = dict(zip(a["id"], a["scope"], strict=True)) if "scope" in a.columns else {}
        self.forums_in: dict[str, list[str]] = defaultdict(list)
        for f in self.forums:
            if self.seat.get(f):
                self.forums_in[self.seat[f]].append(f)
        self.open_forums = [f for f in self.forums if not self.seat.get(f) or scope.get(f) == "regional"]

    def respondents(self, which: str) -> list[str]:
        kinds = {"governments": GOVERNMENT_KINDS, "actors": ACTOR_NODE_KINDS}.get(
            which, GOVERNMENT_KINDS | ACTOR_NODE_KINDS
        )
        return [x for x in self.dataset.actors["id"] if self.kind[x] in kinds]

    def roster(self, respondent: str) -> list[str]:
        """Everyone *respondent* could plausibly have ties with, in a stable order (kind, name).

        Always: its current partners (in the survey year), region-wide actors (working in every
        municipality), regional forums and forums without a seat. A government adds: the actors
        working in its municipality, the other government there, the higher authorities. An actor adds:
        the governments of every municipality it works in, the actors and forums of its seat
        municipality (of the municipalities it works in, when it has no seat) — not every actor of
        a wide area, which would make a list nobody reads.
        """
        r = self.region
        kind = self.kind[respondent]
        out = set(self.partners.get(respondent, ())) | set(self.everywhere) | set(self.open_forums)
        if kind in GOVERNMENT_KINDS:
            m = r.government_of[respondent]
            out |= r.actors_of(m) | set(r.governments(m)) | set(self.authorities) | set(self.forums_in.get(m, ()))
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
        order = {k: i for i, k in enumerate(("municipality", "ocmw", "enterprise", "support", "forum", "authority"))}
        return sorted(keep, key=lambda p: (order[self.kind[p]], self.name[p].lower(), p))

    def attr(self, rids: Iterable[int], column: str) -> str | None:
        """The one value *column* has on all of *rids*, else None."""
        values = {_text(self.rel.at[rid, column]) for rid in rids if column in self.rel.columns}
        return values.pop() if len(values) == 1 else None


# --------------------------------------------------------------------------- make


def _styles() -> dict[str, Any]:
    from openpyxl.styles import Alignment, Font, PatternFill, Protection

    return {
        "key_font": Font(size=8, color="808080"),
        "head_font": Font(bold=True, color="FFFFFF"),
        "head_fill": PatternFill("solid", fgColor="1F4E79"),
        "na_fill": PatternFill("solid", fgColor="D9D9D9"),
        "answer_fill": PatternFill("solid", fgColor="FFF2CC"),
        "wrap": Alignment(wrap_text=True, vertical="top"),
        "open": Protection(locked=False),
    }


def _dropdown(ws: Any, words: Iterable[str], ranges: str, lang: str, *, formula: str | None = None) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    words = list(words)
    dv = DataValidation(type="list", formula1=formula or '"' + ",".join(words) + '"', allow_blank=True)
    dv.error = t("survey.dropdown_error", lang, choices=", ".join(words) if not formula else "…")
    dv.showErrorMessage = True
    ws.add_data_validation(dv)
    dv.add(ranges)


def workbook_bytes(s: _Survey, respondent: str, lang: str, year: int, selection: str, print_fp: str) -> bytes:
    """One respondent's workbook (see the module docstring for its layout)."""
    import openpyxl
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    st = _styles()
    kind = s.kind[respondent]
    yes, _no = yes_no_words(lang)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = t("survey.sheet.ties", lang)
    keys = ties_keys(kind)
    rkeys = relation_kinds_of(keys)
    ws.append(list(keys))
    ws.append([t(f"survey.col.{k}", lang) for k in keys])
    for cell in ws[1]:
        cell.font = st["key_font"]
    for cell in ws[2]:
        cell.font, cell.fill, cell.alignment = st["head_font"], st["head_fill"], st["wrap"]
    ws.row_dimensions[2].height = 60
    kind_words = {
        k: t(f"kind.{k}", lang) for k in ("municipality", "ocmw", "enterprise", "support", "forum", "authority")
    }
    freq_words = value_words("frequency", lang)
    col_of = {k: i for i, k in enumerate(keys, start=1)}
    row = 2
    for partner in s.roster(respondent):
        row += 1
        pk = s.kind[partner]
        values: list[object] = [partner, s.name[partner], kind_words[pk], s.seat.get(partner, "")]
        yes_rids: list[int] = []
        applicable = []
        for k in rkeys:
            key = tie_of(respondent, kind, partner, pk, k)
            applicable.append(key is not None)
            rids = s.current.get(key, []) if key else []
            yes_rids += rids
            values.append(yes if rids else None)
        funding = tie_of(respondent, kind, partner, pk, "funding" if kind in GOVERNMENT_KINDS else "funded_by")
        amount = s.attr(s.current.get(funding, []), "amount_eur") if funding else None
        freq = s.attr(yes_rids, "frequency") if yes_rids else None
        values += [float(amount) if amount else None, freq_words.get(freq) if freq else None]
        ws.append(values)
        for i, ok in enumerate(applicable, start=len(INFO_KEYS) + 1):
            cell = ws.cell(row=row, column=i)
            if ok:
                cell.protection = st["open"]
            else:
                cell.fill = st["na_fill"]
        amount_cell = ws.cell(row=row, column=col_of["amount_eur"])
        if funding:
            amount_cell.protection = st["open"]
        else:
            amount_cell.fill = st["na_fill"]
        ws.cell(row=row, column=col_of["frequency"]).protection = st["open"]
    first_free = row + 1
    last = row + FREE_ROWS
    for r in range(first_free, last + 1):
        for c in range(1, len(keys) + 1):
            cell = ws.cell(row=r, column=c)
            cell.protection = st["open"]
            if c <= len(INFO_KEYS):
                cell.fill = st["answer_fill"]
    ncol = len(keys)
    first_kind, last_kind = get_column_letter(len(INFO_KEYS) + 1), get_column_letter(len(INFO_KEYS) + len(rkeys))
    _dropdown(ws, yes_no_words(lang), f"{first_kind}3:{last_kind}{last}", lang)
    _dropdown(
        ws,
        freq_words.values(),
        f"{get_column_letter(col_of['frequency'])}3:{get_column_letter(col_of['frequency'])}{last}",
        lang,
    )
    amount_letter = get_column_letter(col_of["amount_eur"])
    dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
    dv.error = t("survey.amount_error", lang)
    dv.showErrorMessage = True
    ws.add_data_validation(dv)
    dv.add(f"{amount_letter}3:{amount_letter}{last}")
    _dropdown(ws, value_words("kind", lang).values(), f"C{first_free}:C{last}", lang)
    munis = sorted(s.region.municipalities)
    _dropdown(ws, munis, f"D{first_free}:D{last}", lang, formula=f"{META_SHEET}!$D$1:$D${max(1, len(munis))}")
    widths = {"actor_id": 22, "name": 34, "kind": 18, "municipality": 16}
    for i, k in enumerate(keys, start=1):
        ws.column_dimensions[get_column_letter(i)].width = widths.get(k, 14)
    ws.freeze_panes = "C3"
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.autoFilter = False
    ws.auto_filter.ref = f"A2:{get_column_letter(ncol)}{max(row, 2)}"
    # instructions to the right of the table
    note = ws.cell(row=1, column=ncol + 2, value=t("survey.instructions.ties", lang, free=first_free, yes=yes, no=_no))
    note.alignment = st["wrap"]
    ws.column_dimensions[get_column_letter(ncol + 2)].width = 60
    questions_title = ""
    if kind in GOVERNMENT_KINDS:
        questions_title = t("survey.sheet.questions", lang)
        _questions_sheet(wb.create_sheet(questions_title, 0), s, respondent, lang, st)
    meta = wb.create_sheet(META_SHEET)
    for i, (k, v) in enumerate(
        (
            ("format", FORMAT),
            ("version", FORMAT_VERSION),
            ("respondent", respondent),
            ("kind", kind),
            ("year", year),
            ("fingerprint", print_fp),
            ("lang", lang),
            ("respondents", selection),
            ("ties_sheet", ws.title),
            ("questions_sheet", questions_title),
        ),
        start=1,
    ):
        meta.cell(row=i, column=1, value=k)
        meta.cell(row=i, column=2, value=v)
    for i, m in enumerate(munis, start=1):
        meta.cell(row=i, column=4, value=m)
    meta.sheet_state = "hidden"
    meta.protection.sheet = True
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _questions_sheet(ws: Any, s: _Survey, respondent: str, lang: str, st: dict[str, Any]) -> None:
    ws.append(list(QUESTION_KEYS))
    ws.append([t(f"survey.qcol.{k}", lang) for k in QUESTION_KEYS])
    for cell in ws[1]:
        cell.font = st["key_font"]
    for cell in ws[2]:
        cell.font, cell.fill = st["head_font"], st["head_fill"]
    actors = s.dataset.actors
    for i, col in enumerate(QUESTIONS, start=3):
        current = _text(actors.at[respondent, col]) if col in actors.columns else ""
        words = value_words(col, lang)
        shown = words.get(current, current) if current else None
        c = _ACTOR_BY_NAME[col]
        answer: object = int(current) if shown and c.type == "integer" and col != "accountability_level" else shown
        ws.append([col, c.questionnaire, t(f"survey.q.{col}", lang), answer])
        ws.cell(row=i, column=3).alignment = st["wrap"]
        cell = ws.cell(row=i, column=4)
        cell.protection, cell.fill = st["open"], st["answer_fill"]
        if words:
            _dropdown(ws, words.values(), f"D{i}", lang)
        elif c.type == "integer":
            from openpyxl.worksheet.datavalidation import DataValidation

            dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
            dv.error = t("survey.amount_error", lang)
            dv.showErrorMessage = True
            ws.add_data_validation(dv)
            dv.add(f"D{i}")
    for letter, width in zip("ABCD", (20, 10, 80, 26), strict=True):
        ws.column_dimensions[letter].width = width
    ws.cell(row=len(QUESTIONS) + 4, column=3, value=t("survey.instructions.questions", lang)).alignment = st["wrap"]
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


def make_workbooks(
    data: str | Path | None,
    out: str | Path,
    lang: str = "nl",
    respondents: str = "all",
    year: int | None = None,
    *,
    step: Callable[[float], None] | None = None,
    dataset: Dataset | None = None,
) -> list[Path]:
    """Write ``OUT/<respondent id>.xlsx`` per respondent and ``OUT/README.txt``; return the paths written.

    *data* is a data folder or workbook (None: the bundled data); *respondents*
    one of ``governments``, ``actors``, ``all``; *year* the survey year (default:
    this year), which also picks the ties in force (``since``/``until``).
    """
    import datetime

    if respondents not in RESPONDENT_CHOICES:
        raise UsageError("survey.bad_respondents", value=respondents, choices=", ".join(RESPONDENT_CHOICES))
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        raise UsageError("init.needs_openpyxl") from None
    if dataset is None:
        from regienet.load import load_dataset

        dataset = load_dataset(data)
    year = year or datetime.date.today().year
    s = _Survey(dataset, year)
    fp = fingerprint(dataset)
    folder = ensure_folder(Path(out))
    inputs = [data] if data is not None else []
    written = []
    who = s.respondents(respondents)
    for i, respondent in enumerate(who, start=1):
        if i % 100 == 0:  # the CLI runs with the cyclic collector off; openpyxl workbooks are cyclic garbage
            gc.collect()
        written.append(
            atomic_write(
                folder / f"{respondent}.xlsx", workbook_bytes(s, respondent, lang, year, respondents, fp), inputs=inputs
            )
        )
        if step:
            step(1)
    readme = t(
        "survey.readme",
        lang,
        n=len(who),
        year=year,
        folder=str(out),
        data=str(data) if data else t("survey.bundled", lang),
    )
    written.append(atomic_write(folder / "README.txt", readme, inputs=inputs))
    return written


# --------------------------------------------------------------------------- collect


@dataclass
class CollectResult:
    """The merge of returned workbooks into the data, as plain data (nothing written yet)."""

    year: int
    respondents: list[str]
    missing_respondents: list[str]
    confirmed: list[dict]
    one_sided: list[dict]
    contradictions: list[dict]
    added: list[dict]
    removed: list[dict]
    proposed_actors: list[dict]
    governance: list[dict]
    written: str | None = None
    #: header and rows of the new actors.csv / relations.csv
    tables: dict[str, tuple[list[str], list[list[str]]]] = field(default_factory=dict, repr=False)

    def to_dict(self) -> dict:
        return envelope(
            written=self.written,
            year=self.year,
            respondents=self.respondents,
            confirmed=self.confirmed,
            one_sided=self.one_sided,
            contradictions=self.contradictions,
            added=self.added,
            removed=self.removed,
            proposed_actors=self.proposed_actors,
            governance=self.governance,
            missing_respondents=self.missing_respondents,
        )


@dataclass
class _Report:
    respondent: str
    key: tuple[str, str, str]
    yes: bool
    amount: float | None = None
    frequency: str | None = None
    proposal: str | None = None  # proposed actor's provisional id


@dataclass
class _Returned:
    path: Path
    respondent: str
    kind: str
    year: int
    selection: str
    reports: list[_Report] = field(default_factory=list)
    answers: dict[str, str] = field(default_factory=dict)
    proposals: list[dict] = field(default_factory=list)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


class _Reader:
    """Reads one returned workbook, collecting every problem with file, sheet and cell."""

    def __init__(self, s: _Survey, fp: str, path: Path, problems: list[Problem]):
        self.s, self.fp, self.path, self.problems = s, fp, path, problems

    def problem(
        self,
        sheet: str | None,
        row: int | None,
        col: int | None,
        key: str | None,
        value: object,
        code: str,
        **params: Any,
    ) -> None:
        where = f"{self.path}[{sheet}]" if sheet else str(self.path)
        cell = f"{excel_column(col - 1)}{row}" if col and row else ""
        self.problems.append(
            Problem(
                where,
                row,
                key,
                None if value is None else str(value),
                code,
                {"cell": cell, **params},
                col_index=col - 1 if col else None,
            )
        )

    def read(self) -> _Returned | None:
        import openpyxl

        try:
            wb = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many types for broken or foreign files
            self.problem(None, None, None, None, None, "bad_workbook", reason=f"{type(exc).__name__}: {str(exc)[:200]}")
            return None
        try:
            return self._read(wb)
        finally:
            wb.close()

    def _read(self, wb: Any) -> _Returned | None:
        if META_SHEET not in wb.sheetnames:
            self.problem(None, None, None, None, None, "survey_not_regienet", sheets=", ".join(wb.sheetnames))
            return None
        meta = {
            _cell(r[0]): (_cell(r[1]) if len(r) > 1 else "")
            for r in wb[META_SHEET].iter_rows(max_col=2, values_only=True)
            if r and r[0]
        }
        if meta.get("format") != FORMAT:
            self.problem(
                META_SHEET, 1, 2, "format", meta.get("format"), "survey_not_regienet", sheets=", ".join(wb.sheetnames)
            )
            return None
        if meta.get("fingerprint") != self.fp:
            self.problem(
                META_SHEET, 6, 2, "fingerprint", meta.get("fingerprint"), "survey_fingerprint", expected=self.fp
            )
            return None
        respondent = meta.get("respondent", "")
        kind = self.s.kind.get(respondent)
        if kind not in (GOVERNMENT_KINDS | ACTOR_NODE_KINDS) or kind != meta.get("kind"):
            self.problem(META_SHEET, 3, 2, "respondent", respondent, "survey_unknown_respondent")
            return None
        try:
            year = int(meta.get("year", ""))
        except ValueError:
            self.problem(
                META_SHEET, 5, 2, "year", meta.get("year"), "survey_not_regienet", sheets=", ".join(wb.sheetnames)
            )
            return None
        lang = "nl" if meta.get("lang") == "nl" else "en"
        ret = _Returned(self.path, respondent, kind, year, meta.get("respondents", "all"))
        ties = self._find(wb, meta.get("ties_sheet", ""), "actor_id")
        if ties is None:
            self.problem(
                None, None, None, None, meta.get("ties_sheet"), "survey_missing_sheet", sheets=", ".join(wb.sheetnames)
            )
            return None
        self._read_ties(wb[ties], ties, ret, lang)
        if kind in GOVERNMENT_KINDS:
            questions = self._find(wb, meta.get("questions_sheet", ""), "question")
            if questions is None:
                self.problem(
                    None,
                    None,
                    None,
                    None,
                    meta.get("questions_sheet"),
                    "survey_missing_sheet",
                    sheets=", ".join(wb.sheetnames),
                )
            else:
                self._read_questions(wb[questions], questions, ret, lang)
        return ret

    @staticmethod
    def _find(wb: Any, name: str, first_key: str) -> str | None:
        if name in wb.sheetnames:
            return name
        for title in wb.sheetnames:  # a renamed sheet is still found by its key row
            if (
                title != META_SHEET
                and _cell(next(wb[title].iter_rows(max_row=1, max_col=1, values_only=True), (None,))[0]) == first_key
            ):
                return title
        return None

    def _key_row(self, rows: list[tuple], expected: tuple[str, ...], sheet: str) -> bool:
        found = [_cell(v) for v in (rows[0] if rows else ())]
        found += [""] * (len(expected) - len(found))
        ok = True
        for i, want in enumerate(expected):
            if found[i] != want:
                self.problem(sheet, 1, i + 1, want, found[i], "survey_key_row", expected=want)
                ok = False
        for i in range(len(expected), len(found)):
            if found[i] and i < len(expected) + 1:  # the instructions sit two columns to the right
                self.problem(sheet, 1, i + 1, None, found[i], "survey_key_row", expected="")
                ok = False
        return ok

    def _read_ties(self, ws: Any, sheet: str, ret: _Returned, lang: str) -> None:
        ws.reset_dimensions()
        keys = ties_keys(ret.kind)
        rows = list(ws.iter_rows(values_only=True))
        if not self._key_row(rows, keys, sheet):
            return
        yes_no = {**YESNO_SPELLINGS}
        yes_no.update({w.lower(): code for code, w in zip(("yes", "no"), yes_no_words(lang), strict=True)})
        freq = _reverse(value_words("frequency", lang))
        kinds = _reverse(value_words("kind", lang))
        rkeys = relation_kinds_of(keys)
        col = {k: i for i, k in enumerate(keys)}
        for number, values in enumerate(rows[2:], start=3):
            cells = [_cell(v) for v in values[: len(keys)]] + [""] * max(0, len(keys) - len(values))
            if not any(cells):
                continue
            partner = cells[0]
            proposal = None
            if partner:
                pk = self.s.kind.get(partner)
                if pk is None:
                    self.problem(sheet, number, 1, "actor_id", partner, "survey_unknown_actor")
                    continue
            else:
                if not any(cells[len(INFO_KEYS) :]) and not cells[1]:
                    continue
                proposal = self._proposal(cells, number, sheet, ret, kinds, lang)
                if proposal is None:
                    continue
                partner, pk = proposal["id"], proposal["kind"]
            amount = None
            if cells[col["amount_eur"]]:
                try:
                    amount = float(cells[col["amount_eur"]].replace(",", "."))
                    if amount < 0 or not math.isfinite(amount):
                        raise ValueError
                except ValueError:
                    self.problem(
                        sheet,
                        number,
                        col["amount_eur"] + 1,
                        "amount_eur",
                        cells[col["amount_eur"]],
                        "survey_bad_amount",
                    )
                    amount = None
            frequency = None
            if cells[col["frequency"]]:
                frequency = freq.get(cells[col["frequency"]].lower())
                if frequency is None:
                    self.problem(
                        sheet,
                        number,
                        col["frequency"] + 1,
                        "frequency",
                        cells[col["frequency"]],
                        "survey_bad_value",
                        allowed=", ".join(value_words("frequency", lang).values()),
                    )
            for k in rkeys:
                text = cells[col[k]]
                if not text:
                    continue
                answer = yes_no.get(text.lower())
                if answer is None:
                    self.problem(
                        sheet, number, col[k] + 1, k, text, "survey_bad_value", allowed=", ".join(yes_no_words(lang))
                    )
                    continue
                key = tie_of(ret.respondent, ret.kind, partner, pk, k)
                if key is None:
                    self.problem(
                        sheet, number, col[k] + 1, k, text, "survey_not_applicable", kind=t(f"kind.{pk}", lang)
                    )
                    continue
                is_funding = k in ("funding", "funded_by")
                ret.reports.append(
                    _Report(
                        ret.respondent,
                        key,
                        answer == "yes",
                        amount if is_funding else None,
                        frequency,
                        proposal["id"] if proposal else None,
                    )
                )
            if amount is not None and not tie_of(
                ret.respondent, ret.kind, partner, pk, "funding" if ret.kind in GOVERNMENT_KINDS else "funded_by"
            ):
                self.problem(
                    sheet,
                    number,
                    col["amount_eur"] + 1,
                    "amount_eur",
                    cells[col["amount_eur"]],
                    "survey_not_applicable",
                    kind=t(f"kind.{pk}", lang),
                )

    def _proposal(
        self, cells: list[str], number: int, sheet: str, ret: _Returned, kinds: dict[str, str], lang: str
    ) -> dict | None:
        name, kind_text, muni = cells[1], cells[2], cells[3]
        ok = True
        if not name:
            self.problem(sheet, number, 2, "name", "", "survey_proposal_name")
            ok = False
        kind = kinds.get(kind_text.lower())
        if kind is None:
            self.problem(
                sheet,
                number,
                3,
                "kind",
                kind_text,
                "survey_bad_value",
                allowed=", ".join(value_words("kind", lang).values()),
            )
            ok = False
        if muni and muni not in self.s.region.municipalities:
            self.problem(sheet, number, 4, "municipality", muni, "survey_unknown_municipality")
            ok = False
        if not ok:
            return None
        proposal = {
            "id": "",
            "name": name,
            "kind": kind,
            "municipality": muni,
            "proposed_by": ret.respondent,
            "where": f"{sheet}!B{number}",
        }
        proposal["id"] = f"\x00{ret.respondent}\x00{len(ret.proposals)}"  # provisional; made a real id when merged
        ret.proposals.append(proposal)
        return proposal

    def _read_questions(self, ws: Any, sheet: str, ret: _Returned, lang: str) -> None:
        ws.reset_dimensions()
        rows = list(ws.iter_rows(values_only=True))
        if not self._key_row(rows, QUESTION_KEYS, sheet):
            return
        for number, values in enumerate(rows[2:], start=3):
            cells = [_cell(v) for v in values[:4]] + [""] * max(0, 4 - len(values))
            column, answer = cells[0], cells[3]
            if not column and not answer:
                continue
            if column not in QUESTIONS:
                if number - 3 < len(QUESTIONS) or answer:
                    self.problem(
                        sheet,
                        number,
                        1,
                        "question",
                        column,
                        "survey_key_row",
                        expected=QUESTIONS[number - 3] if number - 3 < len(QUESTIONS) else "",
                    )
                continue
            if not answer:
                continue
            c = _ACTOR_BY_NAME[column]
            words = value_words(column, lang)
            if words:
                code = _reverse(words).get(answer.lower())
                if c.type == "yesno":
                    code = YESNO_SPELLINGS.get(answer.lower(), code)
                if code is None:
                    self.problem(
                        sheet, number, 4, column, answer, "survey_bad_value", allowed=", ".join(words.values())
                    )
                    continue
            else:
                try:
                    value = float(answer.replace(",", "."))
                    if value < 0 or not value.is_integer():
                        raise ValueError
                except ValueError:
                    self.problem(sheet, number, 4, column, answer, "survey_bad_number")
                    continue
                code = str(int(value))
            ret.answers[column] = code


def _slug(name: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9]+", "_", text).strip("_")
    return text or "actor"


def collect(
    data: str | Path | None,
    paths: Sequence[str | Path],
    year: int | None = None,
    *,
    step: Callable[[float], None] | None = None,
) -> CollectResult:
    """Read returned workbooks and merge their answers into the data of *data* (nothing is written).

    Raises :class:`~regienet.errors.DataError` with every problem (file, sheet,
    cell) when a workbook is foreign, edited in its keys, names an unknown
    actor, holds a value outside a dropdown or was made from other data.
    """
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        raise UsageError("init.needs_openpyxl") from None
    tables, problems, source = read_tables(data)
    dataset = validate_tables(tables, source, problems)
    s = _Survey(dataset, None)
    fp = fingerprint(dataset)
    problems = []
    returned: list[_Returned] = []
    seen: dict[str, Path] = {}
    for i, path in enumerate(paths, start=1):
        if i % 100 == 0:
            gc.collect()
        path = Path(path)
        if not path.is_file():
            problems.append(Problem(str(path), None, None, None, "missing_path"))
            continue
        ret = _Reader(s, fp, path, problems).read()
        if step:
            step(1)
        if ret is None:
            continue
        if ret.respondent in seen:
            problems.append(
                Problem(
                    f"{path}[{META_SHEET}]",
                    3,
                    "respondent",
                    ret.respondent,
                    "survey_duplicate",
                    {"cell": "B3", "other": str(seen[ret.respondent])},
                    col_index=1,
                )
            )
            continue
        seen[ret.respondent] = path
        returned.append(ret)
    years = sorted({r.year for r in returned})
    if year is not None:
        bad = [r for r in returned if r.year != year]
    else:
        bad = [r for r in returned if r.year != (years[0] if years else None)] if len(years) > 1 else []
    for r in bad:
        problems.append(
            Problem(
                f"{r.path}[{META_SHEET}]",
                5,
                "year",
                str(r.year),
                "survey_year",
                {"cell": "B5", "year": year or years[0]},
                col_index=1,
            )
        )
    if problems:
        raise DataError(problems)
    year = year or (years[0] if years else 0)
    s = _Survey(dataset, year)
    return _merge(s, tables, returned, year)


def _merge(s: _Survey, tables: dict[str, RawTable], returned: list[_Returned], year: int) -> CollectResult:
    actors_raw, rel_raw = tables["actors"], tables["relations"]
    a_header = list(actors_raw.header)
    a_rows = [list(r) + [""] * (len(a_header) - len(r)) for r in actors_raw.records()]
    r_header = list(rel_raw.header)
    if "reported_by" not in [h.strip().lower() for h in r_header]:
        r_header.append("reported_by")
    r_rows = [list(r) + [""] * (len(r_header) - len(r)) for r in rel_raw.records()]
    ai = {h.strip().lower(): i for i, h in enumerate(a_header)}
    ri = {h.strip().lower(): i for i, h in enumerate(r_header)}
    ids = set(s.kind)

    def a_col(name: str) -> int:
        if name not in ai:
            a_header.append(name)
            ai[name] = len(a_header) - 1
            for row in a_rows:
                row.append("")
        return ai[name]

    # proposed actors: one per (name, kind, municipality), a fresh id each
    real_id: dict[str, str] = {}
    proposed: list[dict] = []
    by_name: dict[tuple[str, str, str], dict] = {}
    for ret in returned:
        for p in ret.proposals:
            ident = (p["name"].strip().lower(), p["kind"], p["municipality"])
            if ident in by_name:
                real_id[p["id"]] = by_name[ident]["id"]
                by_name[ident]["proposed_by"].append(ret.respondent)
                continue
            base = _slug(p["name"])
            new, n = base, 1
            while new in ids or not ID_PATTERN.fullmatch(new):
                n += 1
                new = f"{base}_{n}"
            ids.add(new)
            real_id[p["id"]] = new
            entry = {
                "id": new,
                "name": p["name"],
                "kind": p["kind"],
                "municipality": p["municipality"],
                "proposed_by": [ret.respondent],
            }
            by_name[ident] = entry
            proposed.append(entry)
            s.kind[new] = p["kind"]
    for p in proposed:
        row = [""] * len(a_header)
        for k in ("id", "name", "kind", "municipality"):
            row[a_col(k)] = str(safe_cell(p[k])) if k == "name" else p[k]
        row[a_col("provenance")] = f"survey {year} {p['proposed_by'][0]} proposed"
        a_rows.append(row)

    # answers per tie
    yes: dict[tuple, list[str]] = defaultdict(list)
    no: dict[tuple, list[str]] = defaultdict(list)
    detail: dict[tuple, list[_Report]] = defaultdict(list)
    for ret in returned:
        for rep in ret.reports:
            key = rep.key
            if rep.proposal:
                key = tuple(real_id.get(x, x) for x in key)  # type: ignore[assignment]
                key = norm_key(*key)
            (yes if rep.yes else no)[key].append(rep.respondent)
            detail[key].append(rep)
    answered = {r.respondent for r in returned}
    expected: set[str] = set()
    for ret in returned:
        expected |= set(s.respondents(ret.selection))
    confirmed, one_sided, contradictions, added, removed = [], [], [], [], []
    drop: set[int] = set()
    proposed_ids = {p["id"] for p in proposed}

    def tie_entry(key: tuple, **extra: Any) -> dict[str, Any]:
        return {"source": key[0], "target": key[1], "kind": key[2], **extra}

    for key in sorted(set(yes) | set(no)):
        y, n_ = sorted(set(yes.get(key, ()))), sorted(set(no.get(key, ())))
        rids = s.current.get(key, [])
        if y and n_:
            contradictions.append(tie_entry(key, yes=y, no=n_, **{"in_data": bool(rids)}))
            continue
        if n_:
            if rids:
                drop.update(rids)
                removed.append(tie_entry(key, reported_by=n_))
            continue
        reps = [r for r in detail[key] if r.yes]
        # government side first: it pays and knows the amount it pays
        reps.sort(key=lambda r: (s.kind.get(r.respondent) not in GOVERNMENT_KINDS, r.respondent))
        amount = next((r.amount for r in reps if r.amount is not None), None)
        frequency = next((r.frequency for r in reps if r.frequency is not None), None)
        tag = f"survey {year} {y[0]}" + (" proposed" if set(key[:2]) & proposed_ids else "")
        if rids:
            for rid in rids:
                row = r_rows[rid]
                before = [x for x in row[ri["reported_by"]].split("|") if x]
                row[ri["reported_by"]] = "|".join(sorted(set(before) | set(y)))
                changed = False
                if amount is not None and "amount_eur" in ri and _num_equal(row[ri["amount_eur"]], amount) is False:
                    row[ri["amount_eur"]] = _num_text(amount)
                    changed = True
                if amount is not None and "amount_eur" not in ri:
                    r_header.append("amount_eur")
                    ri["amount_eur"] = len(r_header) - 1
                    for rr in r_rows:
                        rr.append("")
                    row[ri["amount_eur"]] = _num_text(amount)
                    changed = True
                if frequency is not None and "frequency" in ri and row[ri["frequency"]].strip().lower() != frequency:
                    row[ri["frequency"]] = frequency
                    changed = True
                if changed and "provenance" in ri:
                    row[ri["provenance"]] = tag
        else:
            row = [""] * len(r_header)
            row[ri["source"]], row[ri["target"]], row[ri["kind"]] = key
            if amount is not None and "amount_eur" in ri:
                row[ri["amount_eur"]] = _num_text(amount)
            if frequency is not None and "frequency" in ri:
                row[ri["frequency"]] = frequency
            if "provenance" in ri:
                row[ri["provenance"]] = tag
            row[ri["reported_by"]] = "|".join(y)
            r_rows.append(row)
            added.append(tie_entry(key, reported_by=y))
        ends = [x for x in key[:2] if x in expected and can_report(s.kind.get(x, ""), key, x)]
        if len(ends) == 2 and set(ends) <= set(y):
            confirmed.append(tie_entry(key, reported_by=y))
        elif len(ends) == 2:
            one_sided.append(tie_entry(key, reported_by=y, **{"silent": [x for x in ends if x not in y]}))
    r_rows = [row for i, row in enumerate(r_rows) if i not in drop]

    # governance answers
    governance = []
    actors = s.dataset.actors
    row_of = {row[ai["id"]].strip(): row for row in a_rows}
    for ret in returned:
        for column, code in ret.answers.items():
            old = _text(actors.at[ret.respondent, column]) if column in actors.columns else ""
            if old == code:
                continue
            row = row_of[ret.respondent]
            row[a_col(column)] = code
            row[a_col("provenance")] = f"survey {year} {ret.respondent}"
            governance.append({"respondent": ret.respondent, "column": column, "old": old or None, "new": code})
    return CollectResult(
        year=year,
        respondents=sorted(answered),
        missing_respondents=sorted(expected - answered),
        confirmed=confirmed,
        one_sided=one_sided,
        contradictions=contradictions,
        added=added,
        removed=removed,
        proposed_actors=[{**p, "provenance": f"survey {year} {p['proposed_by'][0]} proposed"} for p in proposed],
        governance=governance,
        tables={"actors": (a_header, a_rows), "relations": (r_header, r_rows)},
    )


def _num_text(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(x)


def _num_equal(text: str, x: float) -> bool | None:
    try:
        return float(text.replace(",", ".")) == x
    except ValueError:
        return False if text.strip() == "" else None


def _csv(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def write_folder(result: CollectResult, newdir: str | Path, *, inputs: Sequence[str | Path | None] = ()) -> Path:
    """Write the new data folder: whole or not at all, never over an input, never into a folder with files.

    The files are written to a temporary folder beside *newdir*, checked with
    the validator, and the folder is renamed into place in one step.
    """
    target = Path(newdir)
    resolved = target.resolve()
    for inp in inputs:
        if inp is not None and Path(inp).resolve() in (resolved, *resolved.parents):
            raise UsageError("survey.newdir_is_input", path=str(target))
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UsageError("survey.newdir_not_empty", path=str(target))
    parent = ensure_folder(resolved.parent)
    files = {f"{name}.csv": _csv(*result.tables[name]) for name in ("actors", "relations")}
    try:  # locked while this run fills it; a killed run's is cleared by the next (issue 26)
        tmp, lock = temp_folder(parent, resolved.name)
    except OSError as exc:
        raise UsageError("output.unwritable", path=str(resolved), reason=exc.strerror or str(exc)) from None
    try:
        for name, text in files.items():
            atomic_write(tmp / name, text)
        from regienet.load import load_dataset

        load_dataset(tmp)  # the new folder must meet the contract; a DataError here is a bug, reported as such
        os.chmod(tmp, 0o755)
        if target.exists():
            target.rmdir()
        os.replace(tmp, resolved)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        os.close(lock)
    result.written = str(target)
    return resolved


__all__ = ["CollectResult", "collect", "fingerprint", "make_workbooks", "ties_keys", "write_folder"]
