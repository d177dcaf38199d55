"""``survey collect``: returned workbooks read (every problem named by workbook, sheet and cell) and merged
into a new data folder, with the wave's open answers (see :mod:`regienet.analysis.survey`)."""

from __future__ import annotations

import csv
import gc
import io
import math
import os
import re
import shutil
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from regienet.analysis.survey.core import (
    _ACTOR_BY_NAME,
    BODY_KINDS,
    BROKERED_KEYS,
    CAPACITY_KEY,
    FORMAT,
    INFO_KEYS,
    MANDATE_COMPONENTS,
    META_SHEET,
    METHODS,
    NOTE_KEY,
    PLAN_KEYS,
    QUESTION_KEYS,
    SCOPE_KEY,
    _reverse,
    _Survey,
    _text,
    can_report,
    fingerprint,
    is_fact,
    norm_key,
    relation_kinds_of,
    tie_of,
    ties_keys,
    value_words,
    yes_no_words,
)
from regienet.analysis.survey.items import Item, items_for
from regienet.analysis.survey.safety import (
    MAX_ROWS,
    MAX_TEXT,
    check_size,
    clean_text,
    find_key,
    read_key,
    verify,
)
from regienet.errors import DataError, Problem, UsageError, excel_column
from regienet.i18n import t
from regienet.load import Dataset, RawTable, read_tables, validate_tables
from regienet.outputs import atomic_write, ensure_folder, envelope, safe_cell, temp_folder
from regienet.schema import (
    ACTOR_NODE_KINDS,
    GOVERNMENT_KINDS,
    ID_PATTERN,
    PLAN_COLUMNS,
    REGIE_PLAN_CODES,
    YESNO_SPELLINGS,
)

__all__ = [
    "ANSWERS_FILE",
    "ANSWER_COLUMNS",
    "MAX_ID",
    "CollectResult",
    "answers_csv",
    "collect",
    "methods_note",
    "read_answers",
    "wave_answers",
    "wave_method",
    "write_folder",
]

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
    #: the actions of multi-year plans the respondents returned (T.2), as plans.csv rows
    plans: list[dict] = field(default_factory=list)

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
            plans=self.plans,
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
    plans: list[dict] = field(default_factory=list)  # code, title, year, budget_eur


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
            ("plans_sheet", PLAN_KEYS[0], self._read_plans),
        ):
            if sheet_key in ("brokered_sheet", "plans_sheet") and not meta.get(sheet_key):
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
        pct = item.key.endswith("_pct")
        value = _number(answer.rstrip("% ") if pct else answer)
        top = 100.0 if pct else (c.maximum if c is not None else None)
        if c is not None and c.type == "integer":
            if value is None or not value.is_integer() or (top is not None and value > top):
                self.problem(sheet, number, 4, item.key, answer, "survey_bad_number")
                return None
        elif value is None or (top is not None and value > top):
            if top is None:
                self.problem(sheet, number, 4, item.key, answer, "survey_bad_figure_open")
            else:
                self.problem(sheet, number, 4, item.key, answer, "survey_bad_figure", top=_num_text(top))
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

    def _read_plans(self, ws: Any, sheet: str, ret: _Returned, lang: str) -> None:
        """T.2: one action of the multi-year plan per row (code, title, year, budget); the on-record note is
        ours, not an answer."""
        from regienet.load import REGIE_CODE_PATTERN, normal_plan_code

        rows = self._sheet_rows(ws, sheet, PLAN_KEYS)
        if rows is None:
            return
        n = len(PLAN_KEYS) - 1
        for number, values in enumerate(rows[2:], start=3):
            cells = [_cell(v) for v in values[:n]] + [""] * max(0, n - len(values))
            if not any(cells):
                continue
            code, title, year, budget = cells
            ok = True
            if not title:
                self.problem(sheet, number, 2, "title", "", "survey_plan_title")
                ok = False
            if code and REGIE_CODE_PATTERN.fullmatch(code):
                code = normal_plan_code(code)
                if code not in REGIE_PLAN_CODES:
                    allowed = ", ".join(REGIE_PLAN_CODES)
                    self.problem(sheet, number, 1, "code", cells[0], "survey_plan_code", allowed=allowed)
                    ok = False
            if year and not re.fullmatch(r"(19|20)[0-9]{2}", year):
                self.problem(sheet, number, 3, "year", year, "survey_plan_year")
                ok = False
            amount = _number(budget) if budget else None
            if budget and amount is None:
                self.problem(sheet, number, 4, "budget_eur", budget, "survey_bad_amount")
                ok = False
            if ok:
                ret.plans.append(
                    {
                        "code": code[:200],
                        "title": title[:MAX_TEXT],
                        "year": year or str(ret.year),
                        "budget_eur": _num_text(amount) if amount is not None else "",
                    }
                )


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

    The merge rule is in the package docstring (:mod:`regienet.analysis.survey`): a blank answer
    keeps the data, a ``yes`` from either end keeps or adds the tie, a ``no`` from the only end(s)
    answering removes it, and ``yes`` against ``no`` is a contradiction listed for follow-up.

    Parameters
    ----------
    data : str or Path or None
        The data folder or workbook the workbooks were made from; ``None``: the bundled data.
    paths : sequence of str or Path
        The returned workbooks (any subset, saved by Excel or LibreOffice).
    year : int, optional
        The survey year; by default the one the workbooks carry (they must agree).
    key : str or Path, optional
        The ``survey.key`` that ``survey make`` wrote (the file or its folder); by default looked for
        beside the workbooks and in their parent.
    step : callable, optional
        Called with 1 per workbook read (a progress bar's advance).

    Returns
    -------
    CollectResult
        The merged tables and what changed (confirmed, one-sided, contradicted, added and removed ties,
        proposed actors), as plain data for :func:`write_folder` and the report.

    Raises
    ------
    DataError
        With every problem (file, sheet, cell) when a workbook is foreign, too large, edited in its
        keys or its respondent, names an unknown actor, holds a value outside a dropdown or was made
        from other data.
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
        #: other files of the region (plans.csv, issue 24) go to the new folder unchanged
        self.other = {
            name: (list(raw.header), [list(r) for r in raw.records()])
            for name, raw in tables.items()
            if name not in ("actors", "relations")
        }
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
        plans = self.plans()
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
            tables={"actors": (self.a_header, self.a_rows), "relations": (self.r_header, self.r_rows), **self.other},
            answers=answers,
            methods=sorted({r.method for r in returned}),
            brokered=self.out["brokered"],
            plans=plans,
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

    # -- the actions of the multi-year plans (T.2, issue 25)

    def plans(self) -> list[dict]:
        """plans.csv rows of the returned plans sheets: a respondent's rows replace its actions of the same
        year already in the data; everyone else's are kept. A blank plans sheet changes nothing."""
        added: list[dict] = []
        header, rows = self.other.get("plans", ([c.name for c in PLAN_COLUMNS], []))
        col = {h.strip().lower(): i for i, h in enumerate(header)}
        for ret in self.returned:
            if not ret.plans:
                continue
            years = {p["year"] for p in ret.plans}
            if str(self.year) in years:  # an action without a year went out as one of the survey year's
                years.add("")
            mine = [r for r in rows if _replaced(r, col, ret.respondent, years)]
            # an action returned unchanged keeps its provenance (where it first came from), like a confirmed tie
            kept = {
                _plan_key(r, col, str(self.year)): r[col["provenance"]]
                for r in mine
                if "provenance" in col and is_fact(r[col["provenance"]])
            }
            rows = [r for r in rows if not _replaced(r, col, ret.respondent, years)]
            for p in ret.plans:
                entry = {
                    "government": ret.respondent,
                    "code": str(safe_cell(p["code"])),
                    "title": str(safe_cell(p["title"])),
                    "year": p["year"],
                    "budget_eur": p["budget_eur"],
                }
                values = [entry[k] for k in _PLAN_SAME]
                entry["provenance"] = kept.get(_plan_key(values, None)) or f"survey {self.year} {ret.respondent}"
                row = [""] * len(header)
                for k, v in entry.items():
                    if k not in col:
                        header.append(k)
                        col[k] = len(header) - 1
                        for r in rows:
                            r.append("")
                        row.append("")
                    row[col[k]] = v
                rows.append(row)
                added.append(entry)
        if added:
            self.other["plans"] = (header, rows)
        return added

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


#: The plans.csv cells that make an action the same one (a returned unchanged action keeps its provenance).
_PLAN_SAME: tuple[str, ...] = ("code", "title", "year", "budget_eur")


def _replaced(row: list[str], col: dict[str, int], who: str, years: set[str]) -> bool:
    """Whether a plans.csv row is *who*'s action of one of *years* (replaced by its returned plans sheet)."""
    return row[col["government"]].strip() == who and "year" in col and row[col["year"]].strip() in years


def _plan_key(row: list[str], col: dict[str, int] | None, year: str = "") -> tuple[str, ...]:
    """An action's cells compared alike whether typed or read (``wse-lr3``/``WSE-LR3``, ``18000``/``18000.0``);
    *row* is a plans.csv row (with its *col*) or the values of :data:`_PLAN_SAME` (``col`` None); a blank year
    reads as *year* (the survey's: a row without one went out as one of that year)."""
    out = []
    for i, key in enumerate(_PLAN_SAME):
        text = (row[i] if col is None else row[col[key]] if key in col else "").strip()
        if key == "code":
            text = text.upper()
        elif key == "year":
            text = text or year
        elif key == "budget_eur" and text:
            value = _number(text)
            text = _num_text(value) if value is not None else text
        out.append(text)
    return tuple(out)


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


def _renamed(problem: Problem, tmp: str, target: Path) -> Problem:
    """*problem* with the temporary folder's name in its file replaced by the new folder's."""
    import dataclasses

    return dataclasses.replace(problem, file=problem.file.replace(tmp, target.name))


def write_folder(result: CollectResult, newdir: str | Path, *, inputs: Sequence[str | Path | None] = ()) -> Path:
    """Write the new data folder: whole or not at all, never over an input, never into a folder with files.

    The files are written to a temporary folder beside *newdir*, checked with the validator, and the
    folder is renamed into place in one step.

    Parameters
    ----------
    result : CollectResult
        What :func:`collect` merged.
    newdir : str or Path
        The folder to create; it must not exist or be empty.
    inputs : sequence of str or Path or None, optional
        The files and folders read (the data, the workbooks): never written over.

    Returns
    -------
    Path
        *newdir*, resolved.

    Raises
    ------
    UsageError
        When *newdir* holds files, is one of the inputs, or cannot be written.
    """
    target = Path(newdir)
    resolved = target.resolve()
    for inp in inputs:
        if inp is not None and Path(inp).resolve() in (resolved, *resolved.parents):
            raise UsageError("survey.newdir_is_input", path=str(target))
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UsageError("survey.newdir_not_empty", path=str(target))
    parent = ensure_folder(resolved.parent)
    files = {f"{name}.csv": _csv(*table) for name, table in result.tables.items()}
    if result.answers:
        files[ANSWERS_FILE] = answers_csv(result.answers)
    try:  # locked while this run fills it; a killed run's is cleared by the next (issue 26)
        tmp, lock = temp_folder(parent, resolved.name)
    except OSError as exc:
        raise UsageError("output.unwritable", path=str(resolved), reason=exc.strerror or str(exc)) from None
    try:
        for name, text in files.items():
            atomic_write(tmp / name, text)
        from regienet.load import load_dataset

        try:
            load_dataset(tmp)  # the new folder must meet the contract; a DataError here is a bug, reported as such
        except DataError as exc:  # … naming the folder the user asked for, never the temporary one (issue 25)
            raise DataError([_renamed(p, tmp.name, target) for p in exc.problems]) from None
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
    if hasattr(region, "regie_bodies"):  # the associations m mandated answer for its regie too (issue 24)
        who |= set(region.regie_bodies(m))
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
    return (a, b) if a != b else None
