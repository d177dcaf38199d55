"""Read and validate a region's data: two CSV files (or one workbook) → typed frames.

The reader meets people where their data is: files saved by a Belgian Excel
(``;``-separated, cp1252), UTF-8 with or without BOM, LF or CRLF, stray
whitespace, ``ja/nee``. The validator collects *every* problem with file,
physical line, column, value and a fix, and raises one
:class:`~regienet.errors.DataError`; it never raises anything else for bad
input. Inputs are only ever opened for reading.

Typical use::

    >>> from regienet.load import load_dataset
    >>> ds = load_dataset()            # the bundled Zuid-West-Vlaanderen data
    >>> sorted(ds.actors["kind"].unique())[:2]
    ['authority', 'enterprise']
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from regienet.errors import DataError, Problem
from regienet.schema import (
    COMPONENTS,
    EXAMPLES,
    GOVERNMENT_KINDS,
    ID_PATTERN,
    OPTIONAL_TABLES,
    PLANS,
    REGIE_BODY_KINDS,
    REGIE_PLAN_CODES,
    RELATION_KINDS,
    RELATIONS,
    TABLES,
    YESNO_SPELLINGS,
    Column,
    TableSpec,
)

__all__ = [
    "DELIMITERS",
    "MASS_REPEATS",
    "MAX_CELL_CHARS",
    "MAX_FILE_BYTES",
    "MAX_NUMBER",
    "OTHER_SPREADSHEETS",
    "REGIE_CODE_PATTERN",
    "REPEATS_SHOWN",
    "RESERVED_COLUMNS",
    "WORKBOOK_NAME",
    "Dataset",
    "RawTable",
    "bundled_data_dir",
    "example_data_dir",
    "load_dataset",
    "normal_plan_code",
    "parse_text",
    "read_csv_file",
    "read_tables",
    "read_workbook",
    "validate_tables",
]

#: Excel's own limit for one cell; longer cells are refused, not truncated.
MAX_CELL_CHARS = 32_767
#: Files larger than this are refused before reading (a region of all of
#: Belgium is a few tens of MB).
MAX_FILE_BYTES = 256 * 1024 * 1024
#: Spreadsheet formats openpyxl cannot read: asked to save as .xlsx instead of "not a folder".
OTHER_SPREADSHEETS = (".xls", ".ods", ".numbers", ".xlsb")
#: Columns regienet adds to the frames itself (``Dataset``); a data column may not use these names.
RESERVED_COLUMNS = frozenset({"line", "rid"})
#: Numbers at or beyond this (and inf) are refused: no count, amount or year is that large.
MAX_NUMBER = 1e15
DELIMITERS = (",", ";", "\t")
# The csv module stops reading at a cell beyond its field limit and the rest of
# the file is lost (every later id would then be "unknown"). A cell can be no
# longer than the file, which is capped, so let the parser read it and report
# it with its column: cell_too_long (or unclosed_quote).
_FIELD_LIMIT = MAX_FILE_BYTES

csv.field_size_limit(_FIELD_LIMIT)


def bundled_data_dir() -> Path:
    """The folder with the bundled Zuid-West-Vlaanderen data.

    In an installed wheel the data ships inside the package (``regienet/_data``);
    in a source checkout or editable install it is the repository's ``data/``.
    """
    packaged = resources.files("regienet") / "_data"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "data"


def example_data_dir(name: str) -> Path:
    """The folder of the bundled example *name* (:data:`~regienet.schema.EXAMPLES`): ``zwvl`` is
    :func:`bundled_data_dir`; the others (``today``) ship in the package as ``regienet/_examples/NAME`` (in a
    source checkout or editable install: the repository's ``examples/NAME``)."""
    if name not in EXAMPLES:
        raise ValueError(f"unknown example {name!r}; known: {', '.join(EXAMPLES)}")
    if name == "zwvl":
        return bundled_data_dir()
    packaged = resources.files("regienet") / "_examples" / name
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "examples" / name


@dataclass
class RawTable:
    """One table as read: header, rows of stripped strings, physical line of each row."""

    spec: TableSpec
    display: str
    header: list[str]
    rows: list[list[str]]
    lines: list[int]
    delimiter: str = ","
    encoding: str = "utf-8"
    #: The records as a frame of text columns ``0 … len(header)-1``, short rows padded with ``""``, when
    #: pandas' tokenizer read them (:func:`parse_text`); ``rows`` is then empty — use :meth:`records`.
    frame: pd.DataFrame | None = None

    def records(self) -> list[list[str]]:
        """The records as lists of cells, however they were read."""
        return self.rows if self.frame is None else self.frame.to_numpy().tolist()


@dataclass
class Dataset:
    """A validated region: typed ``actors`` and ``relations`` frames.

    Made by :func:`load_dataset`; blank cells are ``None``/``NaN`` (unknown, never guessed), ``|``-lists
    are tuples, yes/no cells are ``True``/``False``.

    Attributes
    ----------
    actors : pandas.DataFrame
        One row per actor, indexed by ``id``; the columns of :data:`~regienet.schema.ACTOR_COLUMNS`.
    relations : pandas.DataFrame
        One row per relation: the columns of :data:`~regienet.schema.RELATION_COLUMNS`, plus ``rid``
        (0-based row number, stable across runs: the ``relations`` of a finding's evidence) and ``line``
        (where the row sits in its file, for messages).
    source : str
        Where the data was read from, as the user named it.
    files : dict of str to str
        ``table name → file`` (or ``workbook.xlsx[sheet]``) actually read.
    bundled : bool
        True for the bundled Zuid-West-Vlaanderen reconstruction (reports then say so).
    plans : pandas.DataFrame or None
        The actions of the multi-year plans (``plans.csv``): the columns of
        :data:`~regienet.schema.PLANS` plus ``line``, WSE-LR codes normalised; ``None`` when the region
        has no such file.
    """

    actors: pd.DataFrame
    relations: pd.DataFrame
    source: str
    files: dict[str, str] = field(default_factory=dict)
    #: True for the bundled Zuid-West-Vlaanderen reconstruction (reports then say so).
    bundled: bool = False
    #: The actions of the multi-year plans (``plans.csv``, optional; ``None`` when the region has no such
    #: file): columns of :data:`~regienet.schema.PLANS` plus ``line``; ``code`` WSE-LR codes normalised.
    plans: pd.DataFrame | None = None

    def summary(self) -> dict[str, int]:
        """Counts per actor kind plus ``relations``: the one-line success summary."""
        counts = {k: int(v) for k, v in self.actors["kind"].value_counts().sort_index().items()}
        counts["relations"] = len(self.relations)
        if self.plans is not None:
            counts["plans"] = len(self.plans)
        return counts

    def result_warnings(self) -> list[tuple[str, dict[str, Any]]]:
        """Valid data that would still mislead every result: ``(catalogue key, parameters)`` per warning.

        ``operates_in`` blank for every enterprise and support organisation — the column left out, or never
        filled in — is valid (a blank cell means the seat municipality), but then every actor counts in its
        seat only, regional actors in one municipality, and every figure changes; ``validate`` said "valid"
        (issue 28)."""
        actors = self.actors[self.actors["kind"].isin(["enterprise", "support"])]
        if len(actors) and all(not ops for ops in actors["operates_in"]):
            return [("validate.warn.no_operates_in", {"n": len(actors)})]
        return []


# --------------------------------------------------------------------------- reading


def _decode(data: bytes, display: str) -> tuple[str | None, str, list[Problem]]:
    """Bytes → text, trying UTF-8 (with/without BOM), UTF-16 (BOM or NUL pattern), then cp1252."""
    if not data.strip():
        return None, "", [Problem(display, None, None, None, "empty_file")]
    if data.startswith(b"PK\x03\x04"):
        return None, "", [Problem(display, None, None, None, "workbook_as_csv")]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", []
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        guess = _utf16_without_bom(data)
        if guess:
            try:
                return data.decode(guess), "utf-16", []
            except UnicodeDecodeError:
                pass
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        return None, "", [Problem(display, line, None, None, "binary_file")]
    try:
        return data.decode("utf-8-sig"), "utf-8", []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252", []
    except UnicodeDecodeError as exc:
        # name a byte that really is undefined in Windows-1252 (0x81, 0x8d, 0x8f, 0x90, 0x9d),
        # not the first non-UTF-8 byte, which may be a perfectly good 'é'
        bad = data[exc.start : exc.start + 1]
        line = data[: exc.start].count(b"\n") + 1
        return None, "", [Problem(display, line, None, f"0x{bad.hex()}", "undecodable")]


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NULs sit in every other byte, as in UTF-16 text without a BOM."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    if odd.count(0) > half * 0.6 and not even.count(0):
        return "utf-16-le"
    if even.count(0) > half * 0.6 and not odd.count(0):
        return "utf-16-be"
    return None


def _sniff_delimiter(first_line: str) -> str:
    """The delimiter is whichever of ``,``, ``;``, tab occurs most in the header (outside quotes)."""
    outside, quoted = [], False
    for ch in first_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            outside.append(ch)
    text = "".join(outside)
    counts = {d: text.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse_text(
    text: str, spec: TableSpec, display: str, encoding: str = "utf-8"
) -> tuple[RawTable | None, list[Problem]]:
    """Parse CSV text into a :class:`RawTable`, recording each record's physical line."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    newline = text.find("\n")
    first = text if newline < 0 else text[:newline]
    delimiter = _sniff_delimiter(first)
    strip = _EDGE_SPACE[delimiter].search(text) is not None
    fast = _parse_fast(text, spec, display, encoding, delimiter, strip)
    if fast is not None:
        return fast
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=False)
    problems: list[Problem] = []
    collected = _Records()
    prev = 0
    try:
        for record in reader:
            start = prev + 1
            prev = reader.line_num
            collected.add(list(map(str.strip, record)) if strip else record, start)
    except csv.Error as exc:  # the records read so far are kept: later problems name their lines
        if "field limit" in str(exc):  # a cell beyond the csv module's field limit: it refuses it before we can
            problems.append(Problem(display, prev + 1, None, None, "cell_too_long", {"max": MAX_CELL_CHARS}))
        else:
            problems.append(Problem(display, prev + 1, None, None, "csv_syntax", {"detail": str(exc)}))
    return collected.table(spec, display, delimiter, encoding, problems)


class _Records:
    """The header and the non-blank records of a CSV text, each with its physical line.

    Cells repeat on every row (ids, kinds, years, yes/no, provenance): one copy
    of each distinct cell is kept, so a 50 MB file takes a fraction of the memory.
    """

    def __init__(self) -> None:
        self.header: list[str] | None = None
        self.rows: list[list[str]] = []
        self.lines: list[int] = []
        self.shared: dict[str, str] = {}

    def add(self, cells: Sequence[str], line: int) -> None:
        shared = self.shared.setdefault
        row = list(map(shared, cells, cells))  # one copy of each distinct cell (C-level loop)
        if self.header is None:
            self.header = [c.lstrip("\ufeff").strip() for c in row]
        elif any(row):
            self.rows.append(row)
            self.lines.append(line)

    def table(
        self, spec: TableSpec, display: str, delimiter: str, encoding: str, problems: list[Problem]
    ) -> tuple[RawTable | None, list[Problem]]:
        if self.header is None or not any(self.header):
            return None, [Problem(display, None, None, None, "empty_file")]
        return RawTable(spec, display, self.header, self.rows, self.lines, delimiter, encoding), problems


#: Whitespace at either end of some cell, quoted or not (then cells need stripping), per delimiter.
_EDGE_SPACE = {d: re.compile(rf'(?:^|{re.escape(d)}|")\s|\s(?:{re.escape(d)}|"|$)', re.M) for d in DELIMITERS}


def _parse_fast(
    text: str, spec: TableSpec, display: str, encoding: str, delimiter: str, strip: bool
) -> tuple[RawTable | None, list[Problem]] | None:
    """:func:`parse_text` with pandas' C tokenizer, or ``None`` where it could read *text* otherwise.

    ``csv.reader`` with a Python loop over the records cost ~1 s for a 190,000-row file; the tokenizer
    reads it in a fifth of that and keeps one copy of each repeated cell, as :class:`_Records` does.
    It quotes, doubles quotes and pads short rows as ``csv.reader`` does (the equivalence is tested
    on hostile text in ``tests/test_parse_fast_path.py``), and declines — ``csv.reader`` then
    runs — where the two could differ or where csv.reader has something to report:

    * a record over several lines (a quoted line break, or an unclosed quote): each record's line
      is then csv.reader's count, which the tokenizer does not give;
    * a row longer than the header (a ragged row, reported with its line);
    * NUL characters, a byte-order mark left at the start (the tokenizer drops it, csv.reader keeps
      it in the first cell), a blank header, a text that is no table at all.
    """
    if "\x00" in text or text.startswith("\ufeff") or len(text) > _FIELD_LIMIT or not text.strip():
        return None
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=delimiter,
            header=None,
            dtype=object,
            na_filter=False,
            keep_default_na=False,
            skip_blank_lines=False,
            quotechar='"',
            doublequote=True,
            quoting=csv.QUOTE_MINIMAL,
            engine="c",
            low_memory=False,
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError, UnicodeError):
        return None
    physical = text.count("\n") + (0 if text.endswith("\n") else 1)
    if len(frame) != physical or not len(frame.columns):
        return None  # some record spans lines: only csv.reader counts its line right
    frame.columns = range(len(frame.columns))
    if strip:  # once per distinct cell: most cells repeat (kinds, years, provenance)
        for c in frame.columns:
            column = frame[c]
            distinct = column.unique()
            stripped = {v: v.strip() for v in distinct}
            if any(k != v for k, v in stripped.items()):
                frame[c] = column.map(stripped)
    header = [str(c).lstrip("\ufeff").strip() for c in frame.iloc[0]]
    if not any(header):
        return None
    records = frame.iloc[1:]
    filled = (records != "").any(axis=1).to_numpy()
    lines = (np.flatnonzero(filled) + 2).tolist()  # record i of the frame sits on line i + 1; the header on 1
    records = records[filled].reset_index(drop=True)
    return RawTable(spec, display, header, [], lines, delimiter, encoding, frame=records), []


def _too_large(display: str, size: int) -> Problem:
    """The problem of a file (CSV or workbook) over :data:`MAX_FILE_BYTES`, with both sizes in MB."""
    return Problem(
        display, None, None, None, "file_too_large", {"size_mb": size // 2**20, "max_mb": MAX_FILE_BYTES // 2**20}
    )


def read_csv_file(path: Path, spec: TableSpec, display: str | None = None) -> tuple[RawTable | None, list[Problem]]:
    """Read one CSV file for *spec*; problems instead of exceptions."""
    display = display or str(path)
    if not path.exists():
        return None, [Problem(display, None, None, None, "missing_file", {"name": spec.filename})]
    if not path.is_file():
        return None, [Problem(display, None, None, None, "not_a_file")]
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [_too_large(display, size)]
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem(display, None, None, None, "unreadable", {"reason": exc.strerror or str(exc)})]
    text, encoding, problems = _decode(data, display)
    del data  # the text is all we need from here on
    if text is None:
        return None, problems
    return parse_text(text, spec, display, encoding)


#: Problem code for a date in a column that needs a year or a number.
_DATE_PROBLEM = {"year": "date_as_year", "integer": "date_as_number", "number": "date_as_number"}


def _cell_text(value: object, column: Column | None = None) -> tuple[str, str | None]:
    """A workbook cell as the text a CSV export would hold, and a problem code if it cannot be one.

    Excel gives typed cells: numbers (``2010.0`` → ``2010``, ``12.5`` →
    ``12.5``, at most 15 significant digits as Excel shows them), booleans
    (``yes``/``no`` in a yes/no column, else ``TRUE``/``FALSE``) and dates.
    A date in a year or number column is a problem of its own (Excel turned
    ``2010`` into a date, or someone typed a date): its text would otherwise
    read as a mysterious "not a year".
    """
    import datetime as dt

    if value is None:
        return "", None
    if isinstance(value, bool):
        if column is not None and column.type == "yesno":
            return ("yes" if value else "no"), None
        return ("TRUE" if value else "FALSE"), None
    if isinstance(value, int):
        return str(value), None
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value)), None
        return format(value, ".15g"), None
    if isinstance(value, dt.datetime | dt.date | dt.time):
        if isinstance(value, dt.datetime) and value.time() == dt.time(0):
            value = value.date()
        text = value.isoformat()
        if column is not None and column.type in _DATE_PROBLEM:
            return text, _DATE_PROBLEM[column.type]
        return text, None
    return str(value).strip(), None


def _header_key(name: str) -> str:
    return name.strip().lower().replace(" ", "_")


def _read_sheet(ws, spec: TableSpec, display: str) -> tuple[RawTable | None, list[Problem]]:
    """One worksheet → a :class:`RawTable` (row number = line), converting typed cells."""
    problems: list[Problem] = []
    header: list[str] | None = None
    columns: list[Column | None] = []
    rows, lines = [], []
    ws.reset_dimensions()  # a wrong <dimension> in the file would silently cut rows or columns
    for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
        cells = []
        for i, value in enumerate(values):
            column = columns[i] if i < len(columns) else None
            text, code = _cell_text(value, column)
            if code and column is not None:  # a problem code comes with a column only
                problems.append(Problem(display, number, column.name, text, code, col_index=i))
                text = ""
            cells.append(text)
        while cells and not cells[-1]:
            cells.pop()  # formatting applied to whole columns gives thousands of empty cells
        if header is None:
            if any(cells):
                header = cells
                columns = [spec.by_name.get(_header_key(name)) for name in header]
            continue
        if any(cells):
            rows.append(cells)
            lines.append(number)
    if header is None:
        return None, [*problems, Problem(display, None, None, None, "empty_file")]
    return RawTable(spec, display, header, rows, lines, encoding="xlsx"), problems


def read_workbook(path: Path) -> tuple[dict[str, RawTable], list[Problem]]:
    """Read sheets ``actors`` and ``relations`` of an ``.xlsx`` workbook (needs openpyxl).

    Sheet names match case-insensitively; other sheets (a guide, notes) are
    ignored. Messages name the sheet and the row: ``regio.xlsx[actors]:14``.
    """
    display = str(path)
    try:
        import openpyxl
    except ImportError:
        return {}, [Problem(display, None, None, None, "xlsx_needs_openpyxl")]
    try:
        size = path.stat().st_size
    except OSError as exc:
        return {}, [Problem(display, None, None, None, "unreadable", {"reason": exc.strerror or str(exc)})]
    if size > MAX_FILE_BYTES:
        return {}, [_too_large(display, size)]
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for broken files
        return {}, [Problem(display, None, None, None, "bad_workbook", {"reason": _reason(exc)})]
    tables: dict[str, RawTable] = {}
    problems: list[Problem] = []
    try:
        sheets = {name.strip().lower(): name for name in wb.sheetnames}
        for spec in TABLES + OPTIONAL_TABLES:
            if spec.name not in sheets:
                if spec in OPTIONAL_TABLES:
                    continue  # plans: optional, read when the workbook has the sheet
                problems.append(
                    Problem(display, None, None, spec.name, "missing_sheet", {"sheets": ", ".join(wb.sheetnames)})
                )
                continue
            sheet_display = f"{display}[{spec.name}]"
            try:
                table, probs = _read_sheet(wb[sheets[spec.name]], spec, sheet_display)
            except Exception as exc:  # a damaged sheet only shows while its rows are read
                problems.append(Problem(sheet_display, None, None, None, "bad_workbook", {"reason": _reason(exc)}))
                continue
            problems += probs
            if table is not None:
                tables[spec.name] = table
    finally:
        wb.close()
    return tables, problems


def _read_table_workbook(path: Path, spec: TableSpec, display: str) -> tuple[RawTable | None, list[Problem]]:
    """One table from a workbook of its own (``actors.xlsx``, ``relations.xlsx`` in a data folder, as Excel
    saves a CSV it opened): the sheet named after the table, else the first sheet. Before, such a folder got
    "actors.csv: file not found"."""
    try:
        import openpyxl
    except ImportError:
        return None, [Problem(display, None, None, None, "xlsx_needs_openpyxl")]
    try:
        size = path.stat().st_size
    except OSError as exc:
        return None, [Problem(display, None, None, None, "unreadable", {"reason": exc.strerror or str(exc)})]
    if size > MAX_FILE_BYTES:
        return None, [_too_large(display, size)]
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for broken files
        return None, [Problem(display, None, None, None, "bad_workbook", {"reason": _reason(exc)})]
    try:
        sheets = {name.strip().lower(): name for name in wb.sheetnames}
        sheet = wb[sheets.get(spec.name, wb.sheetnames[0])]
        return _read_sheet(sheet, spec, f"{display}[{sheet.title}]")
    except Exception as exc:  # a damaged sheet only shows while its rows are read
        return None, [Problem(display, None, None, None, "bad_workbook", {"reason": _reason(exc)})]
    finally:
        wb.close()


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def read_tables(path: Path | str | None = None) -> tuple[dict[str, RawTable], list[Problem], str]:
    """Read both tables from a folder of CSVs or an ``.xlsx`` workbook."""
    if path is None:
        folder = bundled_data_dir()
        return (*_read_folder(folder, lambda p: f"{folder.name}/{p.name}"), str(folder))
    path = Path(path)
    if path.suffix.lower() in OTHER_SPREADSHEETS:
        return {}, [Problem(str(path), None, None, path.suffix, "unsupported_workbook")], str(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        if not path.is_file():
            return {}, [Problem(str(path), None, None, None, "missing_path")], str(path)
        tables, problems = read_workbook(path)
        return tables, problems, str(path)
    if not path.exists():
        return {}, [Problem(str(path), None, None, None, "missing_path")], str(path)
    if not path.is_dir():
        return {}, [Problem(str(path), None, None, None, "not_a_folder")], str(path)
    both = _workbook_beside_csvs(path)
    if both:
        return {}, [both], str(path)
    return (*_read_folder(path, str), str(path))


#: The workbook ``regienet init --xlsx`` writes (:data:`regienet.templates.WORKBOOK`).
WORKBOOK_NAME = "region.xlsx"


def _workbook_beside_csvs(folder: Path) -> Problem | None:
    """A folder holding both ``region.xlsx`` and the CSVs is ambiguous: which one holds the data? Refused,
    naming both and how to choose (``--data DIR/region.xlsx``, or remove the CSVs) — never a silent pick."""
    workbook = folder / WORKBOOK_NAME
    csvs = [folder / spec.filename for spec in TABLES + OPTIONAL_TABLES if (folder / spec.filename).is_file()]
    if not workbook.is_file() or not csvs:
        return None
    return Problem(
        str(folder),
        None,
        None,
        None,
        "workbook_and_csvs",
        {"workbook": str(workbook), "csvs": ", ".join(p.name for p in csvs)},
    )


def _read_folder(folder: Path, show) -> tuple[dict[str, RawTable], list[Problem]]:
    tables: dict[str, RawTable] = {}
    problems: list[Problem] = []
    for spec in TABLES + OPTIONAL_TABLES:
        file = folder / spec.filename
        book = folder / f"{spec.name}.xlsx"
        if spec in OPTIONAL_TABLES and not file.exists() and not book.is_file():
            continue  # plans.csv: optional
        if not file.is_file() and book.is_file():  # actors.xlsx in place of actors.csv (issue 28)
            table, probs = _read_table_workbook(book, spec, show(book))
        else:
            table, probs = read_csv_file(file, spec, show(file))
        problems += probs
        if table is not None:
            tables[spec.name] = table
    return tables, problems


# --------------------------------------------------------------------------- validating


def _per_distinct(s: pd.Series, func: Callable[[Any], Any]) -> pd.Series:
    """``s.map(func)`` (an object series), with *func* called once per distinct cell.

    Cells repeat — a kind, a year, a list of tags on thousands of rows — and the pandas string
    methods call Python once per cell: on a 190,000-row file they were most of validation.
    """
    codes, distinct = pd.factorize(s.to_numpy(dtype=object))
    mapped = np.empty(len(distinct) + 1, dtype=object)  # the last slot (code -1) for a missing cell
    for i, value in enumerate(distinct):  # element by element: a tuple must stay one cell
        mapped[i] = func(value)
    return pd.Series(mapped[codes], index=s.index, dtype=object)


def _matcher(pattern: str) -> Callable[[str], bool]:
    """Whether a whole cell matches *pattern* (``Series.str.fullmatch``, for :func:`_per_distinct`)."""
    fullmatch = re.compile(pattern).fullmatch
    return lambda v: fullmatch(v) is not None


def _has_list_separator(v: str) -> bool:
    """A list cell with ``,`` or ``;`` between its items (``|`` is the separator)."""
    return "," in v or ";" in v


def _items(v: str) -> tuple[str, ...]:
    """The items of a ``|``-list cell, stripped, blanks left out."""
    return tuple(x for x in (p.strip() for p in v.split("|")) if x)


def _lowered_items(v: str) -> tuple[str, ...]:
    return tuple(x.lower() for x in _items(v))


class _Checker:
    """Validates one raw table column by column, vectorised with pandas."""

    def __init__(self, raw: RawTable, problems: list[Problem]):
        self.raw = raw
        self.spec = raw.spec
        self.problems = problems
        self.positions: dict[str, int] = {}
        self.silenced: dict[str, set] = {}
        width = len(raw.header)
        if raw.frame is not None:
            cleaned = []  # the frame is already as wide as the header
        elif all(len(cells) == width for cells in raw.rows):
            cleaned = raw.rows  # the usual file: every row as wide as the header, nothing to pad or cut
        else:
            cleaned = []
            for cells, line in zip(raw.rows, raw.lines, strict=True):
                if len(cells) > width and any(cells[width:]):
                    self.problems.append(
                        Problem(
                            raw.display,
                            line,
                            None,
                            raw.delimiter.join(cells[width:])[:80],
                            "ragged_row",
                            {"found": len(cells), "expected": width, "delimiter": _delimiter_name(raw.delimiter)},
                        )
                    )
                cleaned.append((cells + [""] * width)[:width])
        names = []
        reserved: set[str] = set()
        for i, name in enumerate((raw.header + [""] * width)[:width]):
            key = _header_key(name)
            canonical = key if key in self.spec.by_name else name.strip()
            if not canonical:
                canonical = f"#unnamed{i}"
            elif key in RESERVED_COLUMNS and key not in self.spec.by_name:
                # regienet adds these itself; a data column of that name would overwrite them
                self.problems.append(
                    Problem(raw.display, 1, name.strip(), name.strip(), "reserved_column", col_index=i)
                )
                canonical = f"#unnamed{i}"
                reserved.add(canonical)
            elif canonical in self.positions:
                self.problems.append(Problem(raw.display, 1, canonical, canonical, "duplicate_column", col_index=i))
                canonical = f"{canonical}#{i}"
            names.append(canonical)
            self.positions[canonical] = i
        if raw.frame is not None:
            self.frame = raw.frame.set_axis(names, axis=1)
        elif cleaned:
            self.frame = pd.DataFrame(cleaned, columns=names, dtype=object)
        else:
            self.frame = pd.DataFrame(columns=names, dtype=object)
        self.lines = pd.Series(raw.lines, index=self.frame.index, dtype="int64")
        unnamed = [n for n in names if n.startswith("#unnamed")]
        for n in unnamed:
            if n in reserved:
                continue
            col = self.frame[n]
            filled = col != ""
            if filled.any():
                first = filled.idxmax()
                self.problems.append(
                    Problem(
                        raw.display,
                        int(self.lines.at[first]),
                        None,
                        col[first],
                        "unnamed_column",
                        col_index=self.positions[n],
                    )
                )
        self.frame = self.frame.drop(columns=unnamed)
        self.has_rows = len(self.frame) > 0

    # -- helpers
    def emit(self, mask: pd.Series, column: str | None, code: str, values: pd.Series | None = None, **params) -> None:
        """One problem per row in *mask*.

        A parameter is a constant, a Series (one value per row) or a callable
        of the row's value; callables (``difflib`` suggestions) run only for
        the rows reported, never for the whole column — on a large file that
        is the difference between a second and an hour.
        """
        if column in self.silenced:  # a cell already reported (too long) is not reported again as blank
            mask = mask & ~mask.index.isin(self.silenced[column])
        if not mask.any():
            return
        source = values if values is not None else (self.frame.get(column, None))
        for idx in mask[mask].index:
            value = None if source is None else source.at[idx]
            extra = {k: _param(v, idx, value) for k, v in params.items()}
            self.problems.append(
                Problem(
                    self.raw.display,
                    int(self.lines.at[idx]),
                    column,
                    value,
                    code,
                    extra,
                    self.positions.get(column) if column else None,
                )
            )

    def col(self, name: str) -> pd.Series:
        if name in self.frame:
            return self.frame[name]
        return pd.Series("", index=self.frame.index, dtype=object)

    def check_required_columns(self) -> bool:
        missing = [c for c in self.spec.required if c not in self.frame.columns]
        for name in missing:
            close = difflib.get_close_matches(name, [c.lower() for c in self.frame.columns], n=1)
            self.problems.append(
                Problem(
                    self.raw.display,
                    1,
                    name,
                    None,
                    "missing_column",
                    {"found": ", ".join(self.frame.columns) or "-", "suggestion": close[0] if close else ""},
                )
            )
        return not missing

    def check_cell_lengths(self) -> None:
        for name in self.frame.columns:
            column = self.frame[name]
            if not len(column) or max(map(len, column.to_numpy())) <= MAX_CELL_CHARS:
                continue  # the common case, checked at C speed
            too_long = column.str.len() > MAX_CELL_CHARS
            if too_long.any():
                # a cell that runs over many lines is the rest of the file after an unclosed quote
                runaway = too_long & (column.str.count("\n") >= 2)
                self.emit(
                    too_long & ~runaway, name, "cell_too_long", values=column.str.slice(0, 40) + "…", max=MAX_CELL_CHARS
                )
                first_line = column.str.split("\n", n=1).str[0].str.slice(0, 40) + "…"
                self.emit(runaway, name, "unclosed_quote", values=first_line, lines=column.str.count("\n") + 1)
                for other in self.frame.columns:  # the rest of that row is the quote's victim, not a new problem
                    self.silenced.setdefault(other, set()).update(runaway[runaway].index)
                self.frame.loc[too_long, name] = ""
                self.silenced.setdefault(name, set()).update(too_long[too_long].index)

    def normalise(self, kinds: pd.Series) -> dict[str, pd.Series]:
        """Check each declared column; return typed series (None/NaN = unknown)."""
        self.valid_kinds = self.spec.by_name["kind"].choices if "kind" in self.spec.by_name else ()
        typed: dict[str, pd.Series] = {}
        for column in self.spec.columns:
            s = self.col(column.name)
            blank = s == ""
            if column.required:
                self.emit(blank, column.name, "blank_required")
            if column.applies_to is not None:
                valid_kind = kinds.isin(self.valid_kinds)
                wrong = ~blank & valid_kind & ~kinds.isin(column.applies_to)
                self.emit(
                    wrong, column.name, "not_applicable", kind=kinds, applies=", ".join(sorted(column.applies_to))
                )
                s = s.where(~wrong, "")
                blank = blank | wrong  # what s == "" gives now, without comparing every cell again
            typed[column.name] = self._typed(column, s, blank)
        return typed

    def _typed(self, column: Column, s: pd.Series, blank: pd.Series) -> pd.Series:
        kind = column.type
        filled = ~blank
        if kind in ("text", "ref"):
            return s.where(filled, None)
        if kind == "id":
            bad = filled & ~_per_distinct(s, _matcher(ID_PATTERN.pattern)).astype(bool)
            self.emit(bad, column.name, "bad_id", suggestion=_suggest_id)
            return s.where(filled, None)
        if kind == "enum":
            low = _per_distinct(s, str.lower)
            bad = filled & ~low.isin(column.choices)
            self.emit(
                bad,
                column.name,
                "unknown_value",
                allowed=", ".join(column.choices),
                suggestion=lambda v: _closest(v, column.choices),
            )
            return low.where(filled & ~bad, None)
        if kind in ("list", "enumlist", "reflist"):
            seps = self._check_separators(column, s, filled)
            filled = filled & ~seps
            if not filled.any():
                return pd.Series([None] * len(s), index=s.index, dtype=object)
            s = s[filled]  # the work on filled cells only; the rest is None (unknown)
            if kind == "enumlist":
                # matched case-insensitively, kept in the choice's own spelling (``ov|sa`` → ``("OV", "SA")``)
                canonical = {c.lower(): c for c in column.choices}
                bad_item = _per_distinct(s, lambda v: next((x for x in _items(v) if x.lower() not in canonical), None))
                bad = bad_item.notna()
                self.emit(
                    bad, column.name, "unknown_value", values=bad_item, allowed=", ".join(column.choices), suggestion=""
                )
                items = _per_distinct(s, lambda v: tuple(canonical.get(x.lower(), x) for x in _items(v))).where(
                    ~bad, None
                )
            elif kind == "list":
                items = _per_distinct(s, _lowered_items)
            else:
                items = _per_distinct(s, _items)
            return items.astype(object).reindex(filled.index).where(filled, None)
        if kind == "yesno":
            low = _per_distinct(s, str.lower)
            mapped = low.map(YESNO_SPELLINGS)
            bad = filled & mapped.isna()
            self.emit(bad, column.name, "bad_yesno")
            return mapped.map({"yes": True, "no": False}).where(filled & ~bad, None).astype(object)
        if kind in ("number", "integer", "year"):
            return self._numeric(column, s, filled)
        raise AssertionError(f"unknown column type {kind}")  # pragma: no cover - schema bug

    def _check_separators(self, column: Column, s: pd.Series, filled: pd.Series) -> pd.Series:
        """Flag list cells that use ``,`` or ``;`` between items; return the mask."""
        seps = filled & _per_distinct(s, _has_list_separator).astype(bool)
        self.emit(seps, column.name, "bad_list_separator", fixed=lambda v: re.sub(r"\s*[,;|]\s*", "|", v))
        return seps

    def _numeric(self, column: Column, s: pd.Series, filled: pd.Series) -> pd.Series:
        # Only the filled cells are parsed: optional columns are mostly blank.
        text = _per_distinct(s[filled], lambda v: v.replace("\u00a0", "").replace(" ", ""))

        def whole(mask: pd.Series) -> pd.Series:
            return mask.reindex(s.index, fill_value=False).astype(bool)

        if column.type == "number":
            thousands = _per_distinct(text, _matcher(r"[0-9]{1,3}([.][0-9]{3})+")).astype(bool) & (
                column.name in ("amount_eur", "budget_eur")
            )
            self.emit(whole(thousands), column.name, "ambiguous_number")
            decimal_comma = _per_distinct(text, _matcher(r"-?[0-9]+,[0-9]+")).astype(bool)
            text = text.where(~decimal_comma, _per_distinct(text, lambda v: v.replace(",", ".")))
            values = pd.to_numeric(text.where(~thousands, None), errors="coerce")
            bad = ~thousands & values.isna()
            self.emit(whole(bad), column.name, "bad_number")
        else:
            is_int = _per_distinct(text, _matcher(r"-?[0-9]+")).astype(bool)
            self.emit(whole(~is_int), column.name, "bad_year" if column.type == "year" else "bad_integer")
            values = pd.to_numeric(text.where(is_int, None), errors="coerce")
        values = values.astype("float64").reindex(s.index)
        # inf, 1e999 and 20-digit counts parse, but no column means them (and they break integer types)
        huge = values.notna() & ~(values.abs() < MAX_NUMBER)
        self.emit(huge, column.name, "implausible_number")
        values = values.where(~huge)
        lo, hi = column.minimum, column.maximum
        if column.type == "year":
            lo, hi = 1800, 2200
        out = pd.Series(False, index=s.index)
        if lo is not None:
            out |= values < lo
        if hi is not None:
            out |= values > hi
        out &= values.notna()
        self.emit(
            out, column.name, "out_of_range", low="" if lo is None else _fmt(lo), high="" if hi is None else _fmt(hi)
        )
        values = values.where(~out)
        if column.type in ("integer", "year"):
            return values.astype("Int64")
        return values


def _param(param: object, idx: object, value: object) -> object:
    """A message parameter for one reported row (see :meth:`_Checker.emit`)."""
    if isinstance(param, pd.Series):
        return param.at[idx]
    if callable(param):
        return param(value)
    return param


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def _delimiter_name(d: str) -> str:
    return {"\t": "tab"}.get(d, d)


def _closest(value: object, choices: Iterable[str]) -> str:
    if not isinstance(value, str) or not value:
        return ""
    match = difflib.get_close_matches(value.lower(), list(choices), n=1, cutoff=0.6)
    return match[0] if match else ""


def _suggest_id(value: str) -> str:
    import unicodedata

    ascii_ = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9_.-]+", "_", ascii_).strip("_.-")
    return slug or "actor_1"


def _validate_actors(raw: RawTable, problems: list[Problem]) -> tuple[pd.DataFrame | None, dict]:
    ch = _Checker(raw, problems)
    if not ch.check_required_columns():
        return None, {}
    if not ch.has_rows:
        problems.append(Problem(raw.display, None, None, None, "no_rows"))
        return None, {}
    ch.check_cell_lengths()
    kinds = _per_distinct(ch.col("kind"), str.lower)
    typed = ch.normalise(kinds)
    ids = typed["id"]
    # duplicate ids: every repeat, naming the line of the first
    dup = ids.notna() & ids.duplicated(keep="first")
    if dup.any():
        first_line: dict[str, int] = {}
        for idx, value in ids[ids.notna()].items():
            first_line.setdefault(value, int(ch.lines.at[idx]))
        ch.emit(dup, "id", "duplicate_id", first=ids.map(first_line))
    kind = typed["kind"]
    municipality_ids = set(ids[(kind == "municipality") & ids.notna()])
    # Rows whose kind is mistyped are reported once, on the kind; references to them
    # are not reported again (no cascade of "unknown municipality").
    unresolved = set(ids[kind.isna() & ids.notna()])
    referable = municipality_ids | unresolved
    muni = typed["municipality"]
    gov = kind.isin(GOVERNMENT_KINDS)
    ch.emit(gov & muni.isna() & ch.col("municipality").eq(""), "municipality", "missing_municipality", kind=kind)
    known_list = ", ".join(sorted(municipality_ids)[:20]) + (" …" if len(municipality_ids) > 20 else "")
    unknown_muni = muni.notna() & ~muni.isin(referable) & ~((kind == "municipality") & (muni == ids))
    ch.emit(
        unknown_muni,
        "municipality",
        "unknown_municipality",
        known=known_list,
        suggestion=lambda v: _closest(v, municipality_ids),
    )
    self_name = (kind == "municipality") & muni.notna() & (muni != ids) & ~unknown_muni
    ch.emit(self_name, "municipality", "municipality_not_self", own=ids)
    # one OCMW per municipality
    ocmw_muni = muni.where(kind == "ocmw")
    dup_ocmw = ocmw_muni.notna() & ocmw_muni.duplicated(keep="first")
    ch.emit(dup_ocmw, "municipality", "duplicate_ocmw")
    # operates_in items
    ops = typed["operates_in"]
    bad_op = ops.map(lambda tup: next((x for x in tup if x != "*" and x not in referable), None) if tup else None)
    ch.emit(
        bad_op.notna(),
        "operates_in",
        "unknown_municipality",
        values=bad_op,
        known=known_list,
        suggestion=lambda v: _closest(v, municipality_ids),
    )
    typed["operates_in"] = ops.where(bad_op.isna(), None)
    frame = pd.DataFrame(typed)
    frame["line"] = ch.lines
    extra = [c for c in ch.frame.columns if c not in ch.spec.by_name]
    for name in extra:
        frame[name] = ch.frame[name].where(ch.frame[name] != "", None)
    first = ids.notna() & ~dup
    return frame, {"ids": ids, "kinds": dict(zip(ids[first], kind[first], strict=True)), "unresolved": unresolved}


#: Exact repeats of a relation reported one by one; beyond, one problem counts the rest.
REPEATS_SHOWN = 20
#: A relations file in which at least this many rows, and at least half of all rows, repeat an earlier row
#: cell for cell is refused as a file of duplicates. A few exact repeats stay allowed (a tie reported twice;
#: ``regienet synth`` writes some): each counts as a tie, as before.
MASS_REPEATS = 1000


def _check_repeated_rows(ch: _Checker) -> None:
    """A relations file that is mostly one set of rows copied over and over is refused early
    (``duplicate_relation``), before any per-row work: a 200 MB file of duplicated relations was checked and
    modelled for 5 minutes before issue 26, then counted each tie once per copy. The first
    :data:`REPEATS_SHOWN` repeats name the line they repeat; one more problem counts the others. See
    :data:`MASS_REPEATS` for the bound."""
    rows = len(ch.frame)
    pair_repeats = int((ch.col("source") + "\x00" + ch.col("target")).duplicated().sum())  # an exact repeat
    if pair_repeats < MASS_REPEATS or 2 * pair_repeats < rows:  # repeats its pair too: a cheap bound first
        return
    repeat = ch.frame.duplicated(keep="first")
    n = int(repeat.sum())
    if n < MASS_REPEATS or 2 * n < rows:
        return
    shown = repeat & (repeat.cumsum() <= REPEATS_SHOWN)
    hashes = pd.util.hash_pandas_object(ch.frame, index=False)
    first_of = {h: i for i, h in hashes[~hashes.duplicated(keep="first")].items()}
    first = pd.Series({i: int(ch.lines.at[first_of[hashes.at[i]]]) for i in shown[shown].index}, dtype="int64")
    ch.emit(shown, "source", "duplicate_relation", first=first)
    if n > REPEATS_SHOWN:
        ch.problems.append(
            Problem(ch.raw.display, None, None, None, "duplicate_relation_more", {"n": n - REPEATS_SHOWN})
        )


def _validate_relations(
    raw: RawTable, problems: list[Problem], actor_kinds: dict[str, str], actors_display: str
) -> pd.DataFrame | None:
    ch = _Checker(raw, problems)
    if not ch.check_required_columns():
        return None
    ch.check_cell_lengths()
    _check_repeated_rows(ch)
    kinds = _per_distinct(ch.col("kind"), str.lower)
    typed = ch.normalise(kinds)
    if not ch.has_rows:
        frame = pd.DataFrame({c.name: pd.Series(dtype=object) for c in RELATIONS.columns})
        frame["rid"] = pd.Series(dtype="int64")
        frame["line"] = pd.Series(dtype="int64")
        return frame
    kind = typed["kind"]
    known = actor_kinds
    ids = list(known)
    endpoint_kind = {}
    for end in ("source", "target"):
        s = typed[end]
        unknown = s.notna() & ~s.isin(known)
        ch.emit(unknown, end, "unknown_actor", actors=actors_display, suggestion=lambda v: _closest(v, ids))
        endpoint_kind[end] = s.map(known)
    # endpoint kinds per relation kind
    for name, rk in RELATION_KINDS.items():
        rows = kind == name
        if not rows.any():
            continue
        for end, allowed in (("source", rk.sources), ("target", rk.targets)):
            ek = endpoint_kind[end][rows]  # this kind's rows only
            wrong = ek.notna() & ~ek.isin(allowed)
            ch.emit(
                wrong, end, "wrong_endpoint_kind", relation=name, end=end, actual=ek, allowed=", ".join(sorted(allowed))
            )
    # targets only some sources may have (an accounts_to a government comes from an association): the source
    # is what is wrong
    for name, rk in RELATION_KINDS.items():
        for targets, sources in rk.restricted:
            rows = (kind == name) & endpoint_kind["target"].isin(targets)
            wrong_pair = rows & endpoint_kind["source"].notna() & ~endpoint_kind["source"].isin(sources)
            ch.emit(
                wrong_pair,
                "source",
                "wrong_endpoint_kind",
                relation=name,
                end="source",
                actual=endpoint_kind["source"],
                allowed=", ".join(sorted(sources)),
            )
    loop = typed["source"].notna() & (typed["source"] == typed["target"])
    ch.emit(loop, "target", "self_loop")
    via = typed["via"]
    via_rows = via[via.notna()]
    bad_via = via_rows.isin(known) & ~via_rows.map(lambda v: known.get(v) in REGIE_BODY_KINDS or known.get(v) is None)
    ch.emit(bad_via, "via", "via_not_government", suggestion="")
    ch.emit(
        via.notna() & ~via.isin(known),
        "via",
        "unknown_actor",
        actors=actors_display,
        suggestion=lambda v: _closest(v, ids),
    )
    # a mandate's blank scope means all four components (DESIGN §2, "Today's institutions"), not unknown:
    # resolved here, so that the model, the exports and the maps read one value
    blank_scope = (kind == "mandates") & typed["scope"].isna() & ch.col("scope").eq("")
    if blank_scope.any():
        scope = typed["scope"].astype(object)
        for idx in blank_scope[blank_scope].index:
            scope.at[idx] = COMPONENTS
        typed["scope"] = scope
    since, until = typed["since"], typed["until"]
    order = since.notna() & until.notna() & (since > until)
    ch.emit(order.fillna(False).astype(bool), "until", "year_order", since=since)
    frame = pd.DataFrame(typed)
    frame["rid"] = range(len(frame))
    frame["line"] = ch.lines
    for name in [c for c in ch.frame.columns if c not in ch.spec.by_name]:
        frame[name] = ch.frame[name].where(ch.frame[name] != "", None)
    return frame


#: A WSE-LR reporting code however it is typed (``wse lr1``, ``WSE_LR 2``): normalised to ``WSE-LR1``.
REGIE_CODE_PATTERN = re.compile(r"wse[\s_-]*lr[\s_-]*([0-9]+)", re.IGNORECASE)


def normal_plan_code(value: str) -> str:
    """``WSE-LR<n>`` for a regie code however typed; other codes as written."""
    match = REGIE_CODE_PATTERN.fullmatch(value.strip())
    return f"WSE-LR{int(match.group(1))}" if match else value


def _validate_plans(
    raw: RawTable, problems: list[Problem], actor_kinds: dict[str, str], actors_display: str
) -> pd.DataFrame | None:
    """plans.csv: every action names a government (municipality, OCMW) or an association of actors.csv; a
    WSE-LR code is one of the regie decree's four (``WSE-LR1``…``WSE-LR4``)."""
    ch = _Checker(raw, problems)
    if not ch.check_required_columns():
        return None
    ch.check_cell_lengths()
    typed = ch.normalise(pd.Series("", index=ch.frame.index, dtype=object))
    gov = typed["government"]
    ids = list(actor_kinds)
    unknown = gov.notna() & ~gov.isin(actor_kinds)
    ch.emit(unknown, "government", "unknown_actor", actors=actors_display, suggestion=lambda v: _closest(v, ids))
    kinds = gov.map(actor_kinds)
    wrong = gov.notna() & ~unknown & ~kinds.isin(REGIE_BODY_KINDS)
    ch.emit(wrong, "government", "plan_not_government", actual=kinds)
    code = typed["code"]
    normal = code.map(lambda v: normal_plan_code(v) if isinstance(v, str) else None)
    regie_like = code.map(lambda v: isinstance(v, str) and REGIE_CODE_PATTERN.fullmatch(v.strip()) is not None)
    bad_code = regie_like & ~normal.isin(REGIE_PLAN_CODES)
    ch.emit(bad_code, "code", "unknown_plan_code", allowed=", ".join(REGIE_PLAN_CODES))
    typed["code"] = normal.where(~bad_code, None)
    frame = pd.DataFrame(typed)
    frame["line"] = ch.lines
    for name in [c for c in ch.frame.columns if c not in ch.spec.by_name]:
        frame[name] = ch.frame[name].where(ch.frame[name] != "", None)
    return frame.reset_index(drop=True)


def validate_tables(tables: dict[str, RawTable], source: str = "", problems: list[Problem] | None = None) -> Dataset:
    """Validate raw tables; return a :class:`Dataset` or raise :class:`DataError` with every problem.

    *problems* carries what reading already found (a missing file, say), so one
    run reports the read problems and the validation problems together.
    """
    problems = list(problems or [])
    actors = relations = None
    actor_info: dict = {}
    if "actors" in tables:
        actors, actor_info = _validate_actors(tables["actors"], problems)
    if "relations" in tables and actors is not None:
        relations = _validate_relations(tables["relations"], problems, actor_info["kinds"], tables["actors"].display)
    plans = None
    if PLANS.name in tables and actors is not None:
        plans = _validate_plans(tables[PLANS.name], problems, actor_info["kinds"], tables["actors"].display)
    if problems:
        order = {raw.display: i for i, raw in enumerate(tables.values())}
        problems.sort(
            key=lambda p: (order.get(p.file, -1), p.line or 0, p.col_index if p.col_index is not None else -1)
        )
        raise DataError(problems)
    assert actors is not None and relations is not None  # a missing table is always a problem
    actors = actors.set_index("id", drop=False)
    actors.index.name = None
    files = {name: raw.display for name, raw in tables.items()}
    return Dataset(actors=actors, relations=relations.reset_index(drop=True), source=source, files=files, plans=plans)


def load_dataset(path: Path | str | None = None) -> Dataset:
    """Read and validate a region: the folder of CSV files or the workbook at *path*.

    Every problem in the data is collected before anything is raised (pandera's lazy mode): one
    :class:`~regienet.errors.DataError` lists them all, each with file, line, column, value and fix.

    Parameters
    ----------
    path : str or Path, optional
        A folder holding ``actors.csv`` and ``relations.csv`` (and optionally ``plans.csv``), or an
        ``.xlsx`` workbook with those sheets. ``None`` (the default) reads the bundled region:
        the reconstruction of Zuid-West-Vlaanderen in 2010 after the study (13 municipalities, their
        13 OCMWs, the named enterprises and support partners).

    Returns
    -------
    Dataset
        The validated tables, typed: ``actors`` indexed by id, ``relations`` with a stable ``rid``.

    Raises
    ------
    DataError
        With every problem found, when the data breaks the data contract (DESIGN.md §2).

    See Also
    --------
    regienet.model.Region : The network and the derived notions, built from the dataset.
    regienet.templates.write_templates : Empty data files with the contract's headers, to start from.

    Examples
    --------
    >>> from regienet import load_dataset
    >>> ds = load_dataset()
    >>> ds.summary()["municipality"], ds.bundled
    (13, True)
    """
    tables, problems, source = read_tables(path)
    dataset = validate_tables(tables, source, problems)
    dataset.bundled = path is None
    return dataset
