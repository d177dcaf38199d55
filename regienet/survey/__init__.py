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
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from regienet.errors import DataError, Problem, UsageError, excel_column
from regienet.i18n import t
from regienet.load import Dataset, RawTable, read_tables, validate_tables
from regienet.outputs import atomic_write, ensure_folder, envelope, safe_cell
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
from regienet.survey.guide import guide_html
from regienet.survey.items import Item, items_for
from regienet.survey.safety import (
    KEY_FILE,
    MAX_ROWS,
    MAX_TEXT,
    check_size,
    clean_text,
    defuse,
    find_key,
    new_key,
    read_key,
    sign,
    verify,
)

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


@dataclass
class _Prefill:
    """What a wave pre-filled, for its README: answers by source, values left blank as not facts."""

    method: str = "self"
    filled: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    skipped: int = 0

    def note(self, provenances: Iterable[object], lang: str) -> tuple[bool, str]:
        """``(pre-fill?, note)`` for a value whose rows have *provenances*: pre-filled only when every row is a
        fact, and never in an interview wave."""
        provs = [_text(p) for p in provenances]
        if self.method == "interview" or not provs:
            return False, ""
        if all(is_fact(p) for p in provs):
            for p in set(provs):
                self.filled[p or t("survey.source_unstated", lang)] += 1
            sources = "; ".join(sorted({p or t("survey.source_unstated", lang) for p in provs}))
            return True, t("survey.on_record", lang, source=sources[:300])
        self.skipped += 1
        word = next(w for w in NOT_FACT if any(w in p.lower() for p in provs))
        return False, t("survey.not_prefilled", lang, source=word)


def _cells(ws: Any, row: int, values: Sequence[object]) -> None:
    """Write *values* into *row*: text as text (control characters made visible), numbers as numbers."""
    for col, value in enumerate(values, start=1):
        if value is None or value == "":
            continue
        ws.cell(row=row, column=col, value=clean_text(value) if isinstance(value, str) else value)


def _header(ws: Any, keys: Sequence[str], labels: Sequence[str], st: dict[str, Any]) -> None:
    _cells(ws, 1, keys)
    _cells(ws, 2, labels)
    for cell in ws[1]:
        cell.font = st["key_font"]
    for cell in ws[2]:
        cell.font, cell.fill, cell.alignment = st["head_font"], st["head_fill"], st["wrap"]


def _protect(ws: Any) -> None:
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


class _Maker:
    """Writes one respondent's workbook (see the module docstring for its layout)."""

    def __init__(self, s: _Survey, respondent: str, lang: str, prefill: _Prefill):
        self.s, self.respondent, self.lang, self.prefill = s, respondent, lang, prefill
        self.kind = s.kind[respondent]
        self.st = _styles()

    # -- the ties sheet

    def _tie_row(self, partner: str, rkeys: Sequence[str]) -> tuple[list[object], list[bool], list[str], bool]:
        """The values of one roster row, which kind cells apply, the on-record notes, and whether it has funding."""
        s, kind, lang = self.s, self.kind, self.lang
        pk = s.kind[partner]
        yes, _no = yes_no_words(lang)
        values: list[object] = [partner, s.name[partner], t(f"kind.{pk}", lang), s.seat.get(partner, "")]
        applicable, notes, yes_rids = [], [], []
        for k in rkeys:
            key = tie_of(self.respondent, kind, partner, pk, k)
            applicable.append(key is not None)
            rids = s.current.get(key, []) if key else []
            ok, note = self.prefill.note((s.rel.at[r, "provenance"] for r in rids), lang) if rids else (False, "")
            if note:
                notes.append(f"{t(f'survey.col.{k}', lang)}: {note}")
            if ok:
                yes_rids += rids
            values.append(yes if ok else None)
        funding = tie_of(self.respondent, kind, partner, pk, "funding" if kind in GOVERNMENT_KINDS else "funded_by")
        if kind == ASSOCIATION:
            mandate = tie_of(self.respondent, kind, partner, pk, "mandated_by")
            m_rids = [r for r in s.current.get(mandate, []) if r in yes_rids] if mandate else []
            scope = s.attr(m_rids, "scope") if m_rids and "scope" in s.rel.columns else None
            tail: list[object] = [scope or None]
        else:
            tail = []
        fund_rids = [r for r in s.current.get(funding, []) if r in yes_rids] if funding else []
        amount = s.attr(fund_rids, "amount_eur") if fund_rids else None
        freq = s.attr(yes_rids, "frequency") if yes_rids else None
        values += [float(amount) if amount else None, value_words("frequency", lang).get(freq) if freq else None]
        if kind in GOVERNMENT_KINDS:
            seat = tie_of(self.respondent, kind, partner, pk, "seat")
            seat_rids = [r for r in s.current.get(seat, []) if r in yes_rids] if seat else []
            cap = s.attr(seat_rids, "capacity") if seat_rids and "capacity" in s.rel.columns else None
            values.append(value_words(CAPACITY_KEY, lang).get(cap) if cap else None)
        return values + tail, applicable, notes, funding is not None

    def ties_sheet(self, ws: Any) -> None:
        s, lang, st = self.s, self.lang, self.st
        keys = ties_keys(self.kind)
        rkeys = relation_kinds_of(keys)
        col_of = {k: i for i, k in enumerate(keys, start=1)}
        _header(ws, keys, [t(f"survey.col.{k}", lang) for k in keys], st)
        ws.row_dimensions[2].height = 60
        row = 2
        for partner in s.roster(self.respondent):
            row += 1
            values, applicable, notes, funded = self._tie_row(partner, rkeys)
            _cells(ws, row, [*values, *([None] * (len(keys) - 1 - len(values))), " · ".join(notes)])
            for i, ok in enumerate(applicable, start=len(INFO_KEYS) + 1):
                cell = ws.cell(row=row, column=i)
                if ok:
                    cell.protection = st["open"]
                else:
                    cell.fill = st["na_fill"]
            amount_cell = ws.cell(row=row, column=col_of["amount_eur"])
            if funded:
                amount_cell.protection = st["open"]
            else:
                amount_cell.fill = st["na_fill"]
            for k in ("frequency", CAPACITY_KEY, SCOPE_KEY):
                if k in col_of:
                    ws.cell(row=row, column=col_of[k]).protection = st["open"]
        self._ties_free_rows(ws, keys, rkeys, row)

    def _ties_free_rows(self, ws: Any, keys: Sequence[str], rkeys: Sequence[str], row: int) -> None:
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.datavalidation import DataValidation

        s, lang, st = self.s, self.lang, self.st
        col_of = {k: i for i, k in enumerate(keys, start=1)}
        first_free, last = row + 1, row + FREE_ROWS
        for r in range(first_free, last + 1):
            for c in range(1, len(keys)):
                cell = ws.cell(row=r, column=c)
                cell.protection = st["open"]
                if c <= len(INFO_KEYS):
                    cell.fill = st["answer_fill"]
        letter = {k: get_column_letter(i) for k, i in col_of.items()}
        _dropdown(ws, yes_no_words(lang), f"{letter[rkeys[0]]}3:{letter[rkeys[-1]]}{last}", lang)
        _dropdown(
            ws, value_words("frequency", lang).values(), f"{letter['frequency']}3:{letter['frequency']}{last}", lang
        )
        if CAPACITY_KEY in col_of:
            c = letter[CAPACITY_KEY]
            _dropdown(ws, value_words(CAPACITY_KEY, lang).values(), f"{c}3:{c}{last}", lang)
        dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
        dv.error = t("survey.amount_error", lang)
        dv.showErrorMessage = True
        ws.add_data_validation(dv)
        dv.add(f"{letter['amount_eur']}3:{letter['amount_eur']}{last}")
        _dropdown(ws, value_words("kind", lang).values(), f"C{first_free}:C{last}", lang)
        munis = sorted(s.region.municipalities)
        _dropdown(ws, munis, f"D{first_free}:D{last}", lang, formula=f"{META_SHEET}!$D$1:$D${max(1, len(munis))}")
        widths = {"actor_id": 22, "name": 34, "kind": 18, "municipality": 16, NOTE_KEY: 40}
        for i, k in enumerate(keys, start=1):
            ws.column_dimensions[get_column_letter(i)].width = widths.get(k, 14)
        ws.freeze_panes = "C3"
        _protect(ws)
        ws.protection.autoFilter = False
        ws.auto_filter.ref = f"A2:{get_column_letter(len(keys))}{max(row, 2)}"
        yes, no = yes_no_words(lang)
        note = ws.cell(
            row=1, column=len(keys) + 2, value=t("survey.instructions.ties", lang, free=first_free, yes=yes, no=no)
        )
        note.alignment = st["wrap"]
        ws.column_dimensions[get_column_letter(len(keys) + 2)].width = 60

    # -- the questions sheet

    def _answer(self, item: Item) -> tuple[object, str]:
        """The pre-filled answer of a questions row and its on-record note."""
        if item.answer != "column":
            return None, ""
        actors = self.s.dataset.actors
        current = _text(actors.at[self.respondent, item.key]) if item.key in actors.columns else ""
        if not current:
            return None, ""
        prov = actors.at[self.respondent, "provenance"] if "provenance" in actors.columns else ""
        ok, note = self.prefill.note([prov], self.lang)
        if not ok:
            return None, note
        c = _ACTOR_BY_NAME[item.key]
        words = value_words(item.key, self.lang)
        if c.type in ("integer", "number") and item.key != "accountability_level":
            return float(current) if "." in current else int(current), note
        return words.get(current, current), note

    def questions_sheet(self, ws: Any) -> None:
        from openpyxl.worksheet.datavalidation import DataValidation

        lang, st = self.lang, self.st
        items = items_for(self.kind)
        _header(ws, QUESTION_KEYS, [t(f"survey.qcol.{k}", lang) for k in QUESTION_KEYS], st)
        for i, item in enumerate(items, start=3):
            answer, note = self._answer(item)
            _cells(ws, i, [item.key, item.number, t(item.text_key, lang), answer, note])
            ws.cell(row=i, column=3).alignment = st["wrap"]
            ws.cell(row=i, column=5).alignment = st["wrap"]
            cell = ws.cell(row=i, column=4)
            cell.protection, cell.fill, cell.alignment = st["open"], st["answer_fill"], st["wrap"]
            words = value_words(item.key, lang) if item.answer == "column" else {}
            c = _ACTOR_BY_NAME.get(item.key)
            if words:
                _dropdown(ws, words.values(), f"D{i}", lang)
            elif item.answer == "number" or (c is not None and c.type in ("integer", "number")):
                dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
                dv.error = t("survey.amount_error", lang)
                dv.showErrorMessage = True
                ws.add_data_validation(dv)
                dv.add(f"D{i}")
        for letter, width in zip("ABCDE", (20, 8, 80, 40, 30), strict=True):
            ws.column_dimensions[letter].width = width
        ws.cell(row=len(items) + 4, column=3, value=t("survey.instructions.questions", lang)).alignment = st["wrap"]
        _protect(ws)

    def brokered_sheet(self, ws: Any) -> None:
        lang, st = self.lang, self.st
        _header(ws, BROKERED_KEYS, [t(f"survey.bcol.{k}", lang) for k in BROKERED_KEYS], st)
        for r in range(3, 3 + FREE_ROWS):
            for c in (1, 2):
                cell = ws.cell(row=r, column=c)
                cell.protection, cell.fill = st["open"], st["answer_fill"]
        ws.column_dimensions["A"].width = ws.column_dimensions["B"].width = 30
        ws.cell(row=1, column=4, value=t("survey.instructions.brokered", lang)).alignment = st["wrap"]
        ws.column_dimensions["D"].width = 60
        _protect(ws)

    def method_note(self, ws: Any, guide: str) -> None:
        """The first sheet says what kind of answers these are (issue 25.2)."""
        from openpyxl.styles import Font

        text = (
            t("survey.interview_note", self.lang, guide=guide)
            if self.prefill.method == "interview"
            else t("survey.self_report", self.lang)
        )
        col = ws.max_column + 2
        cell = ws.cell(row=1, column=col, value=text)
        cell.font = Font(bold=True, color="C00000")
        cell.alignment = self.st["wrap"]
        ws.column_dimensions[cell.column_letter].width = 70
        ws.row_dimensions[1].height = 120


def workbook_bytes(
    s: _Survey,
    respondent: str,
    lang: str,
    year: int,
    selection: str,
    print_fp: str,
    *,
    key: bytes,
    prefill: _Prefill | None = None,
) -> bytes:
    """One respondent's workbook (see the module docstring for its layout), signed with *key*."""
    import openpyxl

    prefill = prefill or _Prefill()
    m = _Maker(s, respondent, lang, prefill)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = t("survey.sheet.ties", lang)
    m.ties_sheet(ws)
    questions = wb.create_sheet(t("survey.sheet.questions", lang), 0)
    m.questions_sheet(questions)
    brokered_title = ""
    if m.kind in GOVERNMENT_KINDS:
        brokered_title = t("survey.sheet.brokered", lang)
        m.brokered_sheet(wb.create_sheet(brokered_title))
    m.method_note(questions, guide_name(respondent))
    meta = dict(  # the hidden sheet (not a JSON envelope: its "version" is the workbook format's)
        format=FORMAT,
        version=FORMAT_VERSION,
        respondent=respondent,
        kind=m.kind,
        year=str(year),
        fingerprint=print_fp,
        lang=lang,
        respondents=selection,
        method=prefill.method,
        ties_sheet=ws.title,
        questions_sheet=questions.title,
        brokered_sheet=brokered_title,
    )
    meta["signature"] = sign(key, meta)
    sheet = wb.create_sheet(META_SHEET)
    for i, (k, v) in enumerate(meta.items(), start=1):
        sheet.cell(row=i, column=1, value=k)
        sheet.cell(row=i, column=2, value=v)
    for i, muni in enumerate(sorted(s.region.municipalities), start=1):
        sheet.cell(row=i, column=4, value=muni)
    sheet.sheet_state = "hidden"
    sheet.protection.sheet = True
    defuse(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def guide_name(respondent: str) -> str:
    return f"{respondent}.interview.html"


def _check_out(out: Path, data: str | Path | None) -> None:
    """``make`` never writes into the data folder (an actor with id ``region`` would make it unloadable)."""
    from regienet.load import bundled_data_dir

    folder = Path(data) if data is not None else bundled_data_dir()
    if not folder.is_dir():
        folder = folder.parent if folder.suffix.lower() in (".xlsx", ".xlsm") and data is None else folder
    resolved = out.resolve()
    if folder.is_dir() and (resolved == folder.resolve() or folder.resolve() in resolved.parents):
        raise UsageError("survey.out_is_data", path=str(out), data=str(folder))


def make_workbooks(
    data: str | Path | None,
    out: str | Path,
    lang: str = "nl",
    respondents: str = "all",
    year: int | None = None,
    *,
    method: str = "self",
    step: Callable[[float], None] | None = None,
    dataset: Dataset | None = None,
) -> list[Path]:
    """Write ``OUT/<respondent id>.xlsx`` per respondent, ``OUT/README.txt`` and the signing key
    ``OUT/survey.key``; with ``method="interview"`` also ``OUT/<government id>.interview.html``.

    *data* is a data folder or workbook (None: the bundled data); *respondents*
    one of ``governments``, ``actors``, ``all``; *year* the survey year (default:
    this year), which also picks the ties in force (``since``/``until``).
    Values are pre-filled only where the data's provenance is a fact ("on record
    — please check"), never in an interview wave.
    """
    import datetime

    if respondents not in RESPONDENT_CHOICES:
        raise UsageError("survey.bad_respondents", value=respondents, choices=", ".join(RESPONDENT_CHOICES))
    if method not in METHODS:
        raise UsageError("survey.bad_respondents", value=method, choices=", ".join(METHODS))
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        raise UsageError("init.needs_openpyxl") from None
    _check_out(Path(out), data)
    if dataset is None:
        from regienet.load import load_dataset

        dataset = load_dataset(data)
    year = year or datetime.date.today().year
    s = _Survey(dataset, year)
    fp = fingerprint(dataset)
    folder = ensure_folder(Path(out))
    key = new_key(folder)
    inputs = [data] if data is not None else []
    written = []
    prefill = _Prefill(method)
    who = s.respondents(respondents)
    for i, respondent in enumerate(who, start=1):
        if i % 100 == 0:  # the CLI runs with the cyclic collector off; openpyxl workbooks are cyclic garbage
            gc.collect()
        data_bytes = workbook_bytes(s, respondent, lang, year, respondents, fp, key=key, prefill=prefill)
        written.append(atomic_write(folder / f"{respondent}.xlsx", data_bytes, inputs=inputs))
        if method == "interview" and s.kind[respondent] in BODY_KINDS:
            page = guide_html(s.name[respondent], s.kind[respondent], lang, year, f"{respondent}.xlsx")
            written.append(atomic_write(folder / guide_name(respondent), page, inputs=inputs))
        if step:
            step(1)
    readme = t(
        "survey.readme",
        lang,
        n=len(who),
        year=year,
        folder=str(out),
        data=str(data) if data else t("survey.bundled", lang),
    ) + _readme_prefill(prefill, lang)
    written.append(atomic_write(folder / "README.txt", readme, inputs=inputs))
    return written


def _readme_prefill(prefill: _Prefill, lang: str) -> str:
    sources = "".join(
        f"    {n:>4}  {source}\n" for source, n in sorted(prefill.filled.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    return t(
        "survey.readme.prefill",
        lang,
        method=t(f"survey.method.{prefill.method}", lang),
        filled=sum(prefill.filled.values()),
        sources=sources,
        skipped=prefill.skipped,
        key=KEY_FILE,
    )


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
    #: the open answers and figures kept in the wave's answers.csv (respondent, item, key, answer, method)
    answers: list[dict] = field(default_factory=list)
    #: how the wave was answered: ``self`` (self-report) or ``interview``, per respondent's workbook
    methods: list[str] = field(default_factory=list)
    brokered: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return envelope(
            written=self.written,
            year=self.year,
            method=self.methods[0] if len(self.methods) == 1 else ("mixed" if self.methods else None),
            respondents=self.respondents,
            confirmed=self.confirmed,
            one_sided=self.one_sided,
            contradictions=self.contradictions,
            added=self.added,
            removed=self.removed,
            proposed_actors=self.proposed_actors,
            governance=self.governance,
            brokered=self.brokered,
            answers=len(self.answers),
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
    capacity: str | None = None
    scope: str | None = None


@dataclass
class _Returned:
    path: Path
    respondent: str
    kind: str
    year: int
    selection: str
    method: str = "self"
    reports: list[_Report] = field(default_factory=list)
    answers: dict[str, str] = field(default_factory=dict)
    open_answers: list[tuple[str, str, str]] = field(default_factory=list)  # (number, key, text)
    proposals: list[dict] = field(default_factory=list)
    brokered: list[tuple[str, str]] = field(default_factory=list)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return clean_text(str(value)).strip()


def _rows(ws: Any, ncols: int) -> tuple[list[tuple], bool]:
    """The sheet's rows (at most :data:`MAX_ROWS`, *ncols* wide) and whether there were more."""
    import itertools

    ws.reset_dimensions()
    rows = list(itertools.islice(ws.iter_rows(max_col=ncols, values_only=True), MAX_ROWS + 1))
    return rows[:MAX_ROWS], len(rows) > MAX_ROWS


def _number(text: str) -> float | None:
    """A finite number of 0 or more, as written in a cell (``,`` or ``.``), else None."""
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) and 0 <= value < 1e12 else None


class _Reader:
    """Reads one returned workbook, collecting every problem with file, sheet and cell."""

    def __init__(self, s: _Survey, fp: str, path: Path, problems: list[Problem], key: bytes):
        self.s, self.fp, self.path, self.problems, self.key = s, fp, path, problems, key

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
                None if value is None else str(value)[:200],
                code,
                {"cell": cell, **params},
                col_index=col - 1 if col else None,
            )
        )

    def read(self) -> _Returned | None:
        import openpyxl

        too_much = check_size(self.path)
        if too_much is not None:
            what, limit = too_much
            self.problem(None, None, None, None, None, "survey_too_large", what=what, limit=f"{limit:,}")
            return None
        try:
            wb = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many types for broken or foreign files
            self.problem(None, None, None, None, None, "bad_workbook", reason=f"{type(exc).__name__}: {str(exc)[:200]}")
            return None
        try:
            return self._read(wb)
        except Exception as exc:  # a workbook is data: whatever breaks in it is a problem of that file, not exit 70
            self.problem(None, None, None, None, None, "survey_bad_workbook", reason=f"{type(exc).__name__}")
            return None
        finally:
            wb.close()

    def _meta(self, wb: Any) -> tuple[dict[str, str], dict[str, int]] | None:
        if META_SHEET not in wb.sheetnames:
            self.problem(None, None, None, None, None, "survey_not_regienet", sheets=", ".join(wb.sheetnames))
            return None
        rows, _more = _rows(wb[META_SHEET], 2)
        meta: dict[str, str] = {}
        line: dict[str, int] = {}
        for i, r in enumerate(rows[:40], start=1):
            if r and r[0]:
                meta[_cell(r[0])] = _cell(r[1]) if len(r) > 1 else ""
                line[_cell(r[0])] = i
        if meta.get("format") != FORMAT:
            self.problem(
                META_SHEET, 1, 2, "format", meta.get("format"), "survey_not_regienet", sheets=", ".join(wb.sheetnames)
            )
            return None
        return meta, line

    def _check_meta(self, meta: dict[str, str], line: dict[str, int]) -> str | None:
        """The respondent's kind when the hidden sheet is this data's and signed by the key, else None."""
        if meta.get("fingerprint") != self.fp:
            self.problem(
                META_SHEET,
                line.get("fingerprint", 6),
                2,
                "fingerprint",
                meta.get("fingerprint"),
                "survey_fingerprint",
                expected=self.fp,
            )
            return None
        respondent = meta.get("respondent", "")
        if not verify(self.key, meta):
            self.problem(META_SHEET, line.get("respondent", 3), 2, "respondent", respondent, "survey_signature")
            return None
        kind = self.s.kind.get(respondent)
        if kind not in (BODY_KINDS | ACTOR_NODE_KINDS) or kind != meta.get("kind"):
            self.problem(
                META_SHEET, line.get("respondent", 3), 2, "respondent", respondent, "survey_unknown_respondent"
            )
            return None
        if not meta.get("year", "").isdigit():
            self.problem(META_SHEET, line.get("year", 5), 2, "year", meta.get("year"), "survey_not_regienet", sheets="")
            return None
        return kind

    def _read(self, wb: Any) -> _Returned | None:
        found = self._meta(wb)
        if found is None:
            return None
        meta, line = found
        kind = self._check_meta(meta, line)
        if kind is None:
            return None
        lang = "nl" if meta.get("lang") == "nl" else "en"
        method = meta["method"] if meta.get("method") in METHODS else "self"
        ret = _Returned(self.path, meta["respondent"], kind, int(meta["year"]), meta.get("respondents", "all"), method)
        for sheet_key, first, reader in (
            ("ties_sheet", "actor_id", self._read_ties),
            ("questions_sheet", "question", self._read_questions),
            ("brokered_sheet", BROKERED_KEYS[0], self._read_brokered),
        ):
            if sheet_key == "brokered_sheet" and not meta.get(sheet_key):
                continue
            title = self._find(wb, meta.get(sheet_key, ""), first)
            if title is None:
                self.problem(
                    None,
                    None,
                    None,
                    None,
                    meta.get(sheet_key),
                    "survey_missing_sheet",
                    sheets=", ".join(wb.sheetnames),
                )
                continue
            reader(wb[title], title, ret, lang)
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

    def _sheet_rows(self, ws: Any, sheet: str, keys: tuple[str, ...]) -> list[tuple] | None:
        """The rows of a sheet whose key row is intact, capped at :data:`MAX_ROWS`; None when refused."""
        rows, more = _rows(ws, len(keys) + 1)
        if more:
            self.problem(sheet, MAX_ROWS + 1, 1, None, None, "survey_too_many_rows", limit=f"{MAX_ROWS:,}")
            return None
        return rows if self._key_row(rows, keys, sheet) else None

    def _key_row(self, rows: list[tuple], expected: tuple[str, ...], sheet: str) -> bool:
        found = [_cell(v) for v in (rows[0] if rows else ())]
        found += [""] * (len(expected) + 1 - len(found))
        ok = True
        for i, want in enumerate(expected):
            if found[i] != want:
                self.problem(sheet, 1, i + 1, want, found[i], "survey_key_row", expected=want)
                ok = False
        if found[len(expected)]:  # the instructions sit two columns to the right
            self.problem(sheet, 1, len(expected) + 1, None, found[len(expected)], "survey_key_row", expected="")
            ok = False
        return ok

    def _read_ties(self, ws: Any, sheet: str, ret: _Returned, lang: str) -> None:
        keys = ties_keys(ret.kind)
        rows = self._sheet_rows(ws, sheet, keys)
        if rows is None:
            return
        words = _TieWords(lang)
        for number, values in enumerate(rows[2:], start=3):
            cells = [_cell(v) for v in values[: len(keys)]] + [""] * max(0, len(keys) - len(values))
            cells[keys.index(NOTE_KEY)] = ""  # the on-record note is ours, not an answer
            if any(cells):
                self._tie_line(cells, keys, number, sheet, ret, words)

    def _partner(
        self, cells: list[str], number: int, sheet: str, ret: _Returned, words: _TieWords
    ) -> tuple[str, str, dict | None] | None:
        partner = cells[0]
        if partner:
            pk = self.s.kind.get(partner)
            if pk is None:
                self.problem(sheet, number, 1, "actor_id", partner, "survey_unknown_actor")
                return None
            return partner, pk, None
        if not any(cells[len(INFO_KEYS) :]) and not cells[1]:
            return None
        proposal = self._proposal(cells, number, sheet, ret, words.kinds, words.lang)
        if proposal is None:
            return None
        return proposal["id"], proposal["kind"], proposal

    def _tail(
        self, cells: list[str], col: dict[str, int], number: int, sheet: str, words: _TieWords
    ) -> tuple[float | None, str | None, str | None, str | None]:
        """The amount, frequency, seat capacity and mandate scope of a row (each None when blank or wrong;
        wrong is a problem)."""
        amount = None
        text = cells[col["amount_eur"]]
        if text:
            amount = _number(text)
            if amount is None:
                self.problem(sheet, number, col["amount_eur"] + 1, "amount_eur", text, "survey_bad_amount")
        found: list[str | None] = []
        for k, table in (("frequency", words.freq), (CAPACITY_KEY, words.capacity)):
            text = cells[col[k]] if k in col else ""
            code = table.get(text.lower()) if text else None
            if text and code is None:
                allowed = ", ".join(value_words(k, words.lang).values())
                self.problem(sheet, number, col[k] + 1, k, text, "survey_bad_value", allowed=allowed)
            found.append(code)
        text = cells[col[SCOPE_KEY]] if SCOPE_KEY in col else ""
        scope = _scope(text) if text else None
        if text and scope is None:
            allowed = "|".join(MANDATE_COMPONENTS)
            self.problem(sheet, number, col[SCOPE_KEY] + 1, SCOPE_KEY, text, "survey_bad_value", allowed=allowed)
        return amount, found[0], found[1], scope

    def _tie_line(
        self, cells: list[str], keys: tuple[str, ...], number: int, sheet: str, ret: _Returned, words: _TieWords
    ) -> None:
        col = {k: i for i, k in enumerate(keys)}
        found = self._partner(cells, number, sheet, ret, words)
        if found is None:
            return
        partner, pk, proposal = found
        amount, frequency, capacity, scope = self._tail(cells, col, number, sheet, words)
        for k in relation_kinds_of(keys):
            text = cells[col[k]]
            if not text:
                continue
            answer = words.yes_no.get(text.lower())
            if answer is None:
                self.problem(
                    sheet, number, col[k] + 1, k, text, "survey_bad_value", allowed=", ".join(yes_no_words(words.lang))
                )
                continue
            key = tie_of(ret.respondent, ret.kind, partner, pk, k)
            if key is None:
                self.problem(
                    sheet, number, col[k] + 1, k, text, "survey_not_applicable", kind=t(f"kind.{pk}", words.lang)
                )
                continue
            ret.reports.append(
                _Report(
                    ret.respondent,
                    key,
                    answer == "yes",
                    amount if k in ("funding", "funded_by") else None,
                    frequency,
                    proposal["id"] if proposal else None,
                    capacity if k == "seat" else None,
                    scope if k == "mandated_by" else None,
                )
            )
        funding = "funding" if ret.kind in GOVERNMENT_KINDS else "funded_by"
        if amount is not None and not tie_of(ret.respondent, ret.kind, partner, pk, funding):
            self.problem(
                sheet,
                number,
                col["amount_eur"] + 1,
                "amount_eur",
                cells[col["amount_eur"]],
                "survey_not_applicable",
                kind=t(f"kind.{pk}", words.lang),
            )

    def _proposal(
        self, cells: list[str], number: int, sheet: str, ret: _Returned, kinds: dict[str, str], lang: str
    ) -> dict | None:
        name, kind_text, muni = cells[1][:200], cells[2], cells[3]
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
            "id": f"\x00{ret.respondent}\x00{len(ret.proposals)}",  # provisional; made a real id when merged
            "name": name,
            "kind": kind,
            "municipality": muni,
            "proposed_by": ret.respondent,
            "where": f"{sheet}!B{number}",
        }
        ret.proposals.append(proposal)
        return proposal

    def _read_questions(self, ws: Any, sheet: str, ret: _Returned, lang: str) -> None:
        rows = self._sheet_rows(ws, sheet, QUESTION_KEYS)
        if rows is None:
            return
        items = items_for(ret.kind)
        for number, values in enumerate(rows[2:], start=3):
            cells = [_cell(v) for v in values[:4]] + [""] * max(0, 4 - len(values))
            key, answer = cells[0], cells[3]
            i = number - 3
            item = items[i] if i < len(items) else None
            if item is None or key != item.key:
                if item is not None or answer or key:
                    self.problem(sheet, number, 1, "question", key, "survey_key_row", expected=item.key if item else "")
                continue
            if answer:
                self._answer(item, answer, number, sheet, ret, lang)

    def _answer(self, item: Item, answer: str, number: int, sheet: str, ret: _Returned, lang: str) -> None:
        if item.answer == "open":
            ret.open_answers.append((item.number, item.key, answer[:MAX_TEXT]))
            return
        code = self._code(item, answer, number, sheet, lang)
        if code is None:
            return
        if item.answer == "number":
            ret.open_answers.append((item.number, item.key, code))
        else:
            ret.answers[item.key] = code

    def _code(self, item: Item, answer: str, number: int, sheet: str, lang: str) -> str | None:
        """The data-contract code of a questions-sheet answer, or None (a problem) when it is not valid."""
        c = _ACTOR_BY_NAME.get(item.key)
        words = value_words(item.key, lang) if c is not None else {}
        if words:
            found = _reverse(words).get(answer.lower())
            if c is not None and c.type == "yesno":
                found = YESNO_SPELLINGS.get(answer.lower(), found)
            if found is None:
                self.problem(sheet, number, 4, item.key, answer, "survey_bad_value", allowed=", ".join(words.values()))
            return found
        if item.key in ("activities", "target_groups"):
            tags = [re.sub(r"\s+", "_", x.strip().lower()) for x in re.split(r"[|,;]", answer)]
            return "|".join(x for x in tags if x)[:MAX_TEXT]
        value = _number(answer)
        top = 100.0 if item.key.endswith("_pct") else (c.maximum if c is not None else None)
        whole = c is not None and c.type == "integer"
        if value is None or (whole and not value.is_integer()) or (top is not None and value > top):
            self.problem(sheet, number, 4, item.key, answer, "survey_bad_number")
            return None
        return _num_text(value)

    def _read_brokered(self, ws: Any, sheet: str, ret: _Returned, lang: str) -> None:
        rows = self._sheet_rows(ws, sheet, BROKERED_KEYS)
        if rows is None:
            return
        for number, values in enumerate(rows[2:], start=3):
            cells = [_cell(v) for v in values[:2]] + [""] * max(0, 2 - len(values))
            if not any(cells):
                continue
            ok = True
            for i, ident in enumerate(cells):
                if self.s.kind.get(ident) not in ACTOR_NODE_KINDS:
                    self.problem(sheet, number, i + 1, BROKERED_KEYS[i], ident, "survey_unknown_pair")
                    ok = False
            if ok and cells[0] != cells[1]:
                ret.brokered.append((cells[0], cells[1]))


def _scope(text: str) -> str | None:
    """A mandate's scope as typed (``OV|SA``, ``ov, sa``) → ``OV|SA`` in component order; None when a part is
    not a component."""
    parts = {p.upper() for p in re.split(r"[|,;\s]+", text) if p}
    if not parts or not parts <= set(MANDATE_COMPONENTS):
        return None
    return "|".join(c for c in MANDATE_COMPONENTS if c in parts)


class _TieWords:
    """The words a ties sheet may hold in *lang*, word or code → code."""

    def __init__(self, lang: str):
        self.lang = lang
        self.yes_no = {**YESNO_SPELLINGS}
        self.yes_no.update({w.lower(): code for code, w in zip(("yes", "no"), yes_no_words(lang), strict=True)})
        self.freq = _reverse(value_words("frequency", lang))
        self.capacity = _reverse(value_words(CAPACITY_KEY, lang))
        self.kinds = _reverse(value_words("kind", lang))


#: Longest id made from a proposed name (an id is also a file name in the next wave).
MAX_ID = 40


def _slug(name: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9]+", "_", text).strip("_")[:MAX_ID].strip("_")
    return text or "actor"


def _read_all(
    s: _Survey,
    fp: str,
    paths: Sequence[str | Path],
    key: bytes,
    problems: list[Problem],
    step: Callable[[float], None] | None,
) -> list[_Returned]:
    returned: list[_Returned] = []
    seen: dict[str, Path] = {}
    for i, path in enumerate(paths, start=1):
        if i % 100 == 0:
            gc.collect()
        path = Path(path)
        if not path.is_file():
            problems.append(Problem(str(path), None, None, None, "missing_path"))
            continue
        ret = _Reader(s, fp, path, problems, key).read()
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
    return returned


def _check_years(returned: list[_Returned], year: int | None, problems: list[Problem]) -> int:
    years = sorted({r.year for r in returned})
    want = year if year is not None else (years[0] if years else None)
    for r in returned:
        if r.year != want:
            problems.append(
                Problem(
                    f"{r.path}[{META_SHEET}]",
                    5,
                    "year",
                    str(r.year),
                    "survey_year",
                    {"cell": "B5", "year": want},
                    col_index=1,
                )
            )
    return want or 0


def _key_for(key: str | Path | None, paths: Sequence[str | Path]) -> bytes:
    where = find_key(key, [Path(p) for p in paths])
    if where is None or not where.is_file():
        raise UsageError("survey.no_key")
    try:
        return read_key(where)
    except (ValueError, OSError):
        raise UsageError("survey.bad_key", path=str(where)) from None


def collect(
    data: str | Path | None,
    paths: Sequence[str | Path],
    year: int | None = None,
    *,
    key: str | Path | None = None,
    step: Callable[[float], None] | None = None,
) -> CollectResult:
    """Read returned workbooks and merge their answers into the data of *data* (nothing is written).

    *key* is the ``survey.key`` that ``survey make`` wrote (the file or its
    folder; default: looked for beside the workbooks and in their parent).
    Raises :class:`~regienet.errors.DataError` with every problem (file, sheet,
    cell) when a workbook is foreign, too large, edited in its keys or its
    respondent, names an unknown actor, holds a value outside a dropdown or was
    made from other data.
    """
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        raise UsageError("init.needs_openpyxl") from None
    secret = _key_for(key, paths)
    tables, problems, source = read_tables(data)
    dataset = validate_tables(tables, source, problems)
    s = _Survey(dataset, None)
    problems = []
    returned = _read_all(s, fingerprint(dataset), paths, secret, problems, step)
    year = _check_years(returned, year, problems)
    if problems:
        raise DataError(problems)
    return _Merge(_Survey(dataset, year), tables, returned, year).run()


class _Merge:
    """The answers of the returned workbooks merged into new actors.csv / relations.csv rows (see the module
    docstring for the rule)."""

    def __init__(self, s: _Survey, tables: dict[str, RawTable], returned: list[_Returned], year: int):
        self.s, self.returned, self.year = s, returned, year
        actors_raw, rel_raw = tables["actors"], tables["relations"]
        self.a_header = list(actors_raw.header)
        self.a_rows = [list(r) + [""] * (len(self.a_header) - len(r)) for r in actors_raw.records()]
        self.r_header = list(rel_raw.header)
        if "reported_by" not in [h.strip().lower() for h in self.r_header]:
            self.r_header.append("reported_by")
        self.r_rows = [list(r) + [""] * (len(self.r_header) - len(r)) for r in rel_raw.records()]
        self.ai = {h.strip().lower(): i for i, h in enumerate(self.a_header)}
        self.ri = {h.strip().lower(): i for i, h in enumerate(self.r_header)}
        self.real_id: dict[str, str] = {}
        self.proposed: list[dict] = []
        self.out: dict[str, list[dict]] = defaultdict(list)
        self.drop: set[int] = set()

    def a_col(self, name: str) -> int:
        if name not in self.ai:
            self.a_header.append(name)
            self.ai[name] = len(self.a_header) - 1
            for row in self.a_rows:
                row.append("")
        return self.ai[name]

    def r_col(self, name: str) -> int:
        if name not in self.ri:
            self.r_header.append(name)
            self.ri[name] = len(self.r_header) - 1
            for row in self.r_rows:
                row.append("")
        return self.ri[name]

    def run(self) -> CollectResult:
        self.proposals()
        self.ties()
        self.brokered()
        governance = self.governance()
        returned = self.returned
        answered = {r.respondent for r in returned}
        expected = self.expected()
        proposed = [{**p, "provenance": f"survey {self.year} {p['proposed_by'][0]} proposed"} for p in self.proposed]
        answers = [
            {
                "respondent": r.respondent,
                "year": self.year,
                "method": r.method,
                "item": number,
                "key": key,
                "answer": text,
            }
            for r in returned
            for number, key, text in r.open_answers
        ]
        self.r_rows = [row for i, row in enumerate(self.r_rows) if i not in self.drop]
        return CollectResult(
            year=self.year,
            respondents=sorted(answered),
            missing_respondents=sorted(expected - answered),
            confirmed=self.out["confirmed"],
            one_sided=self.out["one_sided"],
            contradictions=self.out["contradictions"],
            added=self.out["added"],
            removed=self.out["removed"],
            proposed_actors=proposed,
            governance=governance,
            tables={"actors": (self.a_header, self.a_rows), "relations": (self.r_header, self.r_rows)},
            answers=answers,
            methods=sorted({r.method for r in returned}),
            brokered=self.out["brokered"],
        )

    def expected(self) -> set[str]:
        out: set[str] = set()
        for ret in self.returned:
            out |= set(self.s.respondents(ret.selection))
        return out

    # -- proposed actors: one per (name, kind, municipality), a fresh id each

    def proposals(self) -> None:
        ids = set(self.s.kind)
        by_name: dict[tuple[str, str, str], dict] = {}
        for ret in self.returned:
            for p in ret.proposals:
                ident = (p["name"].strip().lower(), p["kind"], p["municipality"])
                if ident in by_name:
                    self.real_id[p["id"]] = by_name[ident]["id"]
                    by_name[ident]["proposed_by"].append(ret.respondent)
                    continue
                base = _slug(p["name"])
                new, n = base, 1
                while new in ids or not ID_PATTERN.fullmatch(new):
                    n += 1
                    new = f"{base}_{n}"
                ids.add(new)
                self.real_id[p["id"]] = new
                entry = {k: p[k] for k in ("name", "kind", "municipality")} | {
                    "id": new,
                    "proposed_by": [ret.respondent],
                }
                by_name[ident] = entry
                self.proposed.append(entry)
                self.s.kind[new] = p["kind"]
        for p in self.proposed:
            row = [""] * len(self.a_header)
            for k in ("id", "name", "kind", "municipality"):
                row[self.a_col(k)] = str(safe_cell(p[k])) if k == "name" else p[k]
            row[self.a_col("provenance")] = f"survey {self.year} {p['proposed_by'][0]} proposed"
            self.a_rows.append(row)

    # -- ties

    def ties(self) -> None:
        yes: dict[tuple, list[str]] = defaultdict(list)
        no: dict[tuple, list[str]] = defaultdict(list)
        detail: dict[tuple, list[_Report]] = defaultdict(list)
        for ret in self.returned:
            for rep in ret.reports:
                key = rep.key
                if rep.proposal:
                    key = norm_key(*(self.real_id.get(x, x) for x in key))
                (yes if rep.yes else no)[key].append(rep.respondent)
                detail[key].append(rep)
        expected = self.expected()
        proposed_ids = {p["id"] for p in self.proposed}
        for key in sorted(set(yes) | set(no)):
            y, n_ = sorted(set(yes.get(key, ()))), sorted(set(no.get(key, ())))
            rids = self.s.current.get(key, [])
            if y and n_:
                self.out["contradictions"].append(_tie_entry(key, yes=y, no=n_, in_data=bool(rids)))
            elif n_:
                if rids:
                    self.drop.update(rids)
                    self.out["removed"].append(_tie_entry(key, reported_by=n_))
            else:
                proposed = bool(set(key[:2]) & proposed_ids)
                self.tie_yes(key, y, [r for r in detail[key] if r.yes], rids, proposed)
                self.confirmation(key, y, expected)

    def tie_yes(self, key: tuple, y: list[str], reps: list[_Report], rids: list[int], proposed: bool) -> None:
        # government side first: it pays and knows the amount it pays
        reps.sort(key=lambda r: (self.s.kind.get(r.respondent) not in GOVERNMENT_KINDS, r.respondent))
        values = {
            "amount_eur": next((_num_text(r.amount) for r in reps if r.amount is not None), None),
            "frequency": next((r.frequency for r in reps if r.frequency is not None), None),
            "capacity": next((r.capacity for r in reps if r.capacity is not None), None),
            "scope": next((r.scope for r in reps if r.scope is not None), None),
        }
        tag = f"survey {self.year} {y[0]}" + (" proposed" if proposed else "")
        if not rids:
            row = [""] * len(self.r_header)
            row[self.ri["source"]], row[self.ri["target"]], row[self.ri["kind"]] = key
            self.r_rows.append(row)
            rids = [len(self.r_rows) - 1]
            self.out["added"].append(_tie_entry(key, reported_by=y))
            values["provenance"] = tag
        for rid in rids:
            self.update_row(rid, y, values, tag)

    def update_row(self, rid: int, y: list[str], values: dict[str, str | None], tag: str) -> None:
        row = self.r_rows[rid]
        before = [x for x in row[self.ri["reported_by"]].split("|") if x]
        row[self.ri["reported_by"]] = "|".join(sorted(set(before) | set(y)))
        changed = False
        for column, value in values.items():
            if value is None:
                continue
            i = self.r_col(column)  # widens every row in place
            old = row[i].strip().lower()
            same = _num_equal(old, float(value)) if column == "amount_eur" else old == value
            if not same:
                row[i] = value
                changed = True
        if changed:
            self.r_rows[rid][self.r_col("provenance")] = tag

    def confirmation(self, key: tuple, y: list[str], expected: set[str]) -> None:
        ends = [x for x in key[:2] if x in expected and can_report(self.s.kind.get(x, ""), key, x)]
        if len(ends) == 2 and set(ends) <= set(y):
            self.out["confirmed"].append(_tie_entry(key, reported_by=y))
        elif len(ends) == 2:
            self.out["one_sided"].append(_tie_entry(key, reported_by=y, silent=[x for x in ends if x not in y]))

    def brokered(self) -> None:
        """Cooperations a government brought about (1.3.2, 3.2.1): a ``cooperation`` tie with ``via``."""
        for ret in self.returned:
            for a, b in ret.brokered:
                key = norm_key(a, b, "cooperation")
                rids = self.s.current.get(key, [])
                tag = f"survey {self.year} {ret.respondent}"
                if not rids:
                    row = [""] * len(self.r_header)
                    row[self.ri["source"]], row[self.ri["target"]], row[self.ri["kind"]] = key
                    self.r_rows.append(row)
                    rids = [len(self.r_rows) - 1]
                for rid in rids:
                    if rid in self.drop:
                        continue
                    via = self.r_col("via")  # widens every row in place
                    row = self.r_rows[rid]
                    if row[via].strip() != ret.respondent:
                        row[via] = ret.respondent
                        row[self.r_col("provenance")] = tag
                self.out["brokered"].append(_tie_entry(key, via=ret.respondent))

    # -- governance answers

    def governance(self) -> list[dict]:
        out = []
        actors = self.s.dataset.actors
        row_of = {row[self.ai["id"]].strip(): row for row in self.a_rows}
        for ret in self.returned:
            for column, code in ret.answers.items():
                old = _text(actors.at[ret.respondent, column]) if column in actors.columns else ""
                numeric = _ACTOR_BY_NAME[column].type in ("number", "integer")
                if old == code or (numeric and old and _num_equal(old, float(code))):
                    continue
                row = row_of[ret.respondent]  # a_col widens every row in place: the same list
                row[self.a_col(column)] = code
                row[self.a_col("provenance")] = f"survey {self.year} {ret.respondent}"
                out.append({"respondent": ret.respondent, "column": column, "old": old or None, "new": code})
        return out


def _tie_entry(key: tuple, **extra: Any) -> dict[str, Any]:
    return {"source": key[0], "target": key[1], "kind": key[2], **extra}


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


#: The wave's open answers and figures, beside actors.csv and relations.csv (read by ``report -m``).
ANSWERS_FILE = "answers.csv"
ANSWER_COLUMNS: tuple[str, ...] = ("respondent", "year", "method", "item", "key", "answer")


def answers_csv(answers: Sequence[dict]) -> str:
    """The tidy answers file: one row per respondent and item, every text cell neutralised."""
    from regienet.outputs import csv_text

    return csv_text(ANSWER_COLUMNS, ([a[c] for c in ANSWER_COLUMNS] for a in answers))


def read_answers(folder: str | Path | None) -> list[dict[str, str]]:
    """The answers file of a data folder (empty when there is none)."""
    if folder is None:
        return []
    path = Path(folder) / ANSWERS_FILE
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [dict(r) for r in csv.DictReader(fh)]


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
    if result.answers:
        files[ANSWERS_FILE] = answers_csv(result.answers)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{resolved.name}.", dir=parent))
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
    result.written = str(target)
    return resolved


__all__ = ["CollectResult", "collect", "fingerprint", "make_workbooks", "ties_keys", "write_folder"]


def wave_answers(region: Any, m: str) -> dict[str, Any] | None:
    """The survey's open answers and figures about municipality *m* (its governments and the actors working
    there) from the answers file beside the data, with the wave's method; None without such answers.

    Used by ``report -m``: the open questions of Bijlage 2 have no column in the data contract, but they are
    what a workshop talks about.
    """
    source = Path(region.dataset.source) if region.dataset.source else None
    if source is None or not source.is_dir():
        return None
    who = set(region.governments(m)) | set(region.actors_of(m))
    rows = [r for r in read_answers(source) if r.get("respondent") in who and r.get("answer")]
    if not rows:
        return None
    methods = sorted({r.get("method") or "self" for r in rows})
    return {
        "method": methods[0] if len(methods) == 1 else "mixed",
        "answers": [{k: r.get(k, "") for k in ANSWER_COLUMNS} for r in rows],
    }


def wave_method(dataset: Dataset) -> str | None:
    """How a data folder's answers were gathered: the methods in its answers file (``self``, ``interview``,
    ``mixed``); ``interview`` for the bundled 2010 study; None when nothing says."""
    rows = read_answers(dataset.source) if dataset.source and Path(dataset.source).is_dir() else []
    methods = sorted({r.get("method") or "self" for r in rows})
    if methods:
        return methods[0] if len(methods) == 1 else "mixed"
    return "interview" if dataset.bundled else None


def methods_note(old: Dataset, new: Dataset) -> tuple[str, str] | None:
    """``(old method, new method)`` when a survey wave is compared with data gathered otherwise (issue 25.2:
    2010 was an interview; a self-report wave is not its equal), else None."""
    if not any(read_answers(d.source) if d.source and Path(d.source).is_dir() else () for d in (old, new)):
        return None
    a, b = wave_method(old) or "unknown", wave_method(new) or "unknown"
    return (a, b) if a != b or "self" in (a, b) else None
