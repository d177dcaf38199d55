"""``survey make``: one signed workbook per respondent, the interview guides and the wave's README
(see :mod:`regienet.analysis.survey`)."""

from __future__ import annotations

import gc
import io
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from regienet.analysis.survey.core import (
    _ACTOR_BY_NAME,
    ASSOCIATION,
    BODY_KINDS,
    BROKERED_KEYS,
    CAPACITY_KEY,
    FORMAT,
    FORMAT_VERSION,
    FREE_ROWS,
    INFO_KEYS,
    META_SHEET,
    METHODS,
    NOT_FACT,
    NOTE_KEY,
    PLAN_KEYS,
    QUESTION_KEYS,
    RESPONDENT_CHOICES,
    SCOPE_KEY,
    _Survey,
    _text,
    fingerprint,
    is_fact,
    relation_kinds_of,
    tie_of,
    ties_keys,
    value_words,
    yes_no_words,
)
from regienet.analysis.survey.guide import guide_html
from regienet.analysis.survey.items import Item, items_for
from regienet.analysis.survey.safety import (
    KEY_FILE,
    clean_text,
    defuse,
    new_key,
    sign,
)
from regienet.errors import UsageError
from regienet.i18n import t
from regienet.load import Dataset
from regienet.outputs import atomic_write, ensure_folder
from regienet.schema import (
    GOVERNMENT_KINDS,
    REGIE_PLAN_CODES,
)

__all__ = ["MIRRORED_FUNDING", "guide_name", "make_workbooks", "workbook_bytes"]

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


def _dropdown(
    ws: Any, words: Iterable[str], ranges: str, lang: str, *, formula: str | None = None, strict: bool = True
) -> None:
    """A dropdown on *ranges*; with ``strict=False`` other text may be typed too (a plan's own code)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    words = list(words)
    dv = DataValidation(type="list", formula1=formula or '"' + ",".join(words) + '"', allow_blank=True)
    dv.error = t("survey.dropdown_error", lang, choices=", ".join(words) if not formula else "…")
    dv.showErrorMessage = strict
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
        return False, t("survey.not_prefilled", lang, source=t(f"survey.not_fact.{word}", lang))


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


#: The ties column of a support payment: a government's ``funding`` (True), the receiver's ``funded_by`` (False).
MIRRORED_FUNDING: dict[bool, str] = {True: "funding", False: "funded_by"}


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
        return values + self._tail(partner, pk, yes_rids, funding), applicable, notes, funding is not None

    def _attr_of(self, partner: str, pk: str, key: str, yes_rids: list[int], column: str) -> str | None:
        """*column* of the pre-filled tie of kind *key* with *partner* (None when not pre-filled or mixed)."""
        tie = tie_of(self.respondent, self.kind, partner, pk, key)
        rids = [r for r in self.s.current.get(tie, []) if r in yes_rids] if tie else []
        return self.s.attr(rids, column) if rids and column in self.s.rel.columns else None

    def _tail(self, partner: str, pk: str, yes_rids: list[int], funding: object) -> list[object]:
        """Amount, frequency, and a government's seat capacity or an association's mandate scope — only what
        goes with a pre-filled tie."""
        lang = self.lang
        amount = self._attr_of(partner, pk, MIRRORED_FUNDING[self.kind in GOVERNMENT_KINDS], yes_rids, "amount_eur")
        freq = self.s.attr(yes_rids, "frequency") if yes_rids else None
        tail: list[object] = [
            float(amount) if amount and funding else None,
            value_words("frequency", lang).get(freq) if freq else None,
        ]
        if self.kind in GOVERNMENT_KINDS:
            cap = self._attr_of(partner, pk, "seat", yes_rids, "capacity")
            tail.append(value_words(CAPACITY_KEY, lang).get(cap) if cap else None)
        elif self.kind == ASSOCIATION:
            tail.append(self._attr_of(partner, pk, "mandated_by", yes_rids, "scope"))
        return tail

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

    def _plan_rows(self) -> list[tuple[list[object], str]]:
        """The respondent's actions of the survey year (or without a year) on record in plans.csv, with their
        notes: only rows whose provenance is a fact, never in an interview wave (issue 25.3)."""
        plans = self.s.dataset.plans
        if plans is None or plans.empty:
            return []
        out = []
        for _, row in plans[plans["government"] == self.respondent].iterrows():
            year = _text(row.get("year"))
            if year and self.s.year is not None and year != str(self.s.year):
                continue
            ok, _note = self.prefill.note([row.get("provenance")], self.lang)
            if not ok:
                continue
            budget = _text(row.get("budget_eur"))
            values: list[object] = [
                _text(row.get("code")),
                _text(row.get("title")),
                int(year) if year else None,
                float(budget) if budget else None,
                _note,
            ]
            out.append((values, _note))
        return out

    def plans_sheet(self, ws: Any) -> None:
        """T.2: the WSE-LR actions of the multi-year plan, one per row, into plans.csv (issue 25)."""
        from openpyxl.worksheet.datavalidation import DataValidation

        lang, st = self.lang, self.st
        _header(ws, PLAN_KEYS, [t(f"survey.pcol.{k}", lang) for k in PLAN_KEYS], st)
        ws.row_dimensions[2].height = 45
        filled = self._plan_rows()
        for r, (values, _note) in enumerate(filled, start=3):
            _cells(ws, r, values)
        last = 2 + len(filled) + FREE_ROWS
        for r in range(3, last + 1):
            for c in range(1, len(PLAN_KEYS)):
                cell = ws.cell(row=r, column=c)
                cell.protection, cell.fill = st["open"], st["answer_fill"]
        _dropdown(ws, REGIE_PLAN_CODES, f"A3:A{last}", lang, strict=False)
        for letter, kind in (("C", "whole"), ("D", "decimal")):
            dv = DataValidation(type=kind, operator="greaterThanOrEqual", formula1="0", allow_blank=True)
            dv.error = t("survey.amount_error", lang)
            dv.showErrorMessage = True
            ws.add_data_validation(dv)
            dv.add(f"{letter}3:{letter}{last}")
        for letter, width in zip("ABCDE", (22, 60, 8, 14, 40), strict=True):
            ws.column_dimensions[letter].width = width
        ws.cell(row=1, column=len(PLAN_KEYS) + 2, value=t("survey.instructions.plans", lang)).alignment = st["wrap"]
        ws.column_dimensions["G"].width = 60
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
    plans_title = ""
    if m.kind in GOVERNMENT_KINDS or m.kind == ASSOCIATION:
        plans_title = t("survey.sheet.plans", lang)
        m.plans_sheet(wb.create_sheet(plans_title))
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
        plans_sheet=plans_title,
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
    """``make`` never writes into a data folder or below it (an actor with id ``region`` would make it
    unloadable); a data *workbook* is a file, and writing beside it harms nothing."""
    from regienet.load import bundled_data_dir

    folder = Path(data) if data is not None else bundled_data_dir()
    if not folder.is_dir():
        return
    resolved, root = out.resolve(), folder.resolve()
    if resolved == root or root in resolved.parents:
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
    """Write one questionnaire workbook per respondent, a README and the signing key, into *out*.

    ``OUT/<respondent id>.xlsx`` per respondent, ``OUT/README.txt`` and ``OUT/survey.key``; with
    ``method="interview"`` also ``OUT/<government id>.interview.html`` (the interview guide). Values are
    pre-filled only where the data's provenance is a fact ("on record — please check"), never in an
    interview wave.

    Parameters
    ----------
    data : str or Path or None
        A data folder or workbook; ``None``: the bundled data.
    out : str or Path
        The folder to write into (made when missing).
    lang : {'nl', 'en'}, optional
        The language of the sheets (default Dutch: the respondents are Flemish).
    respondents : {'all', 'governments', 'actors'}, optional
        Who gets a workbook.
    year : int, optional
        The survey year (default: this year), which also picks the ties in force
        (``since``/``until``).
    method : {'self', 'interview'}, optional
        Filled in by the respondents, or by an interviewer with the guide.
    step : callable, optional
        Called with 1 per respondent (a progress bar's advance).
    dataset : Dataset, optional
        The data already loaded from *data* (then *data* is only named in the README).

    Returns
    -------
    list of Path
        Every file written, the README last.

    Raises
    ------
    UsageError
        For an unknown *method* or *respondents* value.
    DataError
        When *data* breaks the data contract.

    See Also
    --------
    regienet.analysis.survey.collect.collect : Reads the returned workbooks.

    Notes
    -----
    The questions are those of the 2010 study's questionnaire (Bijlage 2, with its numbers), so that a
    wave measures what the baseline measured.
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
            roster = [(s.name[p], t(f"kind.{s.kind[p]}", lang)) for p in s.roster(respondent)]
            page = guide_html(s.name[respondent], s.kind[respondent], lang, year, f"{respondent}.xlsx", roster)
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
