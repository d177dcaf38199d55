"""``survey collect``, step 1: the returned workbooks read and checked — every problem named by workbook,
sheet and cell — into the answers of each respondent (:class:`Returned`, :class:`Report`)."""

from __future__ import annotations

import gc
import math
import re
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
from regienet.errors import Problem, UsageError, excel_column
from regienet.i18n import t
from regienet.schema import (
    ACTOR_NODE_KINDS,
    GOVERNMENT_KINDS,
    REGIE_PLAN_CODES,
    YESNO_SPELLINGS,
)

__all__ = ["MAX_ID", "Report", "Returned", "check_years", "key_for", "number_text", "parse_number", "read_all", "slug"]


@dataclass
class Report:
    respondent: str
    key: tuple[str, str, str]
    yes: bool
    amount: float | None = None
    frequency: str | None = None
    proposal: str | None = None  # proposed actor's provisional id
    capacity: str | None = None
    scope: str | None = None


@dataclass
class Returned:
    path: Path
    respondent: str
    kind: str
    year: int
    selection: str
    method: str = "self"
    reports: list[Report] = field(default_factory=list)
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


def parse_number(text: str) -> float | None:
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

    def read(self) -> Returned | None:
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

    def _read(self, wb: Any) -> Returned | None:
        found = self._meta(wb)
        if found is None:
            return None
        meta, line = found
        kind = self._check_meta(meta, line)
        if kind is None:
            return None
        lang = "nl" if meta.get("lang") == "nl" else "en"
        method = meta["method"] if meta.get("method") in METHODS else "self"
        ret = Returned(self.path, meta["respondent"], kind, int(meta["year"]), meta.get("respondents", "all"), method)
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

    def _read_ties(self, ws: Any, sheet: str, ret: Returned, lang: str) -> None:
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
        self, cells: list[str], number: int, sheet: str, ret: Returned, words: _TieWords
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
            amount = parse_number(text)
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
        self, cells: list[str], keys: tuple[str, ...], number: int, sheet: str, ret: Returned, words: _TieWords
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
                Report(
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
        self, cells: list[str], number: int, sheet: str, ret: Returned, kinds: dict[str, str], lang: str
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

    def _read_questions(self, ws: Any, sheet: str, ret: Returned, lang: str) -> None:
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

    def _answer(self, item: Item, answer: str, number: int, sheet: str, ret: Returned, lang: str) -> None:
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
        value = parse_number(answer.rstrip("% ") if pct else answer)
        top = 100.0 if pct else (c.maximum if c is not None else None)
        if c is not None and c.type == "integer":
            if value is None or not value.is_integer() or (top is not None and value > top):
                self.problem(sheet, number, 4, item.key, answer, "survey_bad_number")
                return None
        elif value is None or (top is not None and value > top):
            if top is None:
                self.problem(sheet, number, 4, item.key, answer, "survey_bad_figure_open")
            else:
                self.problem(sheet, number, 4, item.key, answer, "survey_bad_figure", top=number_text(top))
            return None
        return number_text(value)

    def _read_brokered(self, ws: Any, sheet: str, ret: Returned, lang: str) -> None:
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

    def _read_plans(self, ws: Any, sheet: str, ret: Returned, lang: str) -> None:
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
            amount = parse_number(budget) if budget else None
            if budget and amount is None:
                self.problem(sheet, number, 4, "budget_eur", budget, "survey_bad_amount")
                ok = False
            if ok:
                ret.plans.append(
                    {
                        "code": code[:200],
                        "title": title[:MAX_TEXT],
                        "year": year or str(ret.year),
                        "budget_eur": number_text(amount) if amount is not None else "",
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


def slug(name: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9]+", "_", text).strip("_")[:MAX_ID].strip("_")
    return text or "actor"


def read_all(
    s: _Survey,
    fp: str,
    paths: Sequence[str | Path],
    key: bytes,
    problems: list[Problem],
    step: Callable[[float], None] | None,
) -> list[Returned]:
    returned: list[Returned] = []
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


def check_years(returned: list[Returned], year: int | None, problems: list[Problem]) -> int:
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


def key_for(key: str | Path | None, paths: Sequence[str | Path]) -> bytes:
    where = find_key(key, [Path(p) for p in paths])
    if where is None or not where.is_file():
        raise UsageError("survey.no_key")
    try:
        return read_key(where)
    except (ValueError, OSError):
        raise UsageError("survey.bad_key", path=str(where)) from None


def number_text(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(x)
