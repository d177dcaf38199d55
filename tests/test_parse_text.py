"""parse_text equals the straightforward csv.reader loop.

parse_text strips cells only when some cell has whitespace at an edge (a regex
over the whole text), keeps one copy of each repeated cell and skips blank
records. The reference below is the straightforward parser: csv.reader, every
cell stripped. Hostile text (quotes, doubled quotes, Unicode spaces, BOMs,
stray CRs) must parse to the same header, rows, lines and problems.

(A second parser, pandas' C tokenizer, once read most files beside csv.reader
and was held equal here too; issue 27 deleted it: 0.3 s at 3,000
municipalities, see docs/benchmarks.md.)
"""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from regienet.errors import Problem
from regienet.load import _sniff_delimiter, parse_text
from regienet.schema import ACTORS

PIECES = [
    "a", "b", "1", " ", '"', '""', '" ', ' "', "\t", ",", ";", "\n", "\r", "\r\n", "\u00a0",
    "\u2003", "\ufeff", "|", "x y", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "é",
    # what another CSV reader could read otherwise: escapes, comments, NA spellings, numbers, NUL
    "\\", "#", "'", "NA", "nan", "1e5", "007", "\x00",
]  # fmt: skip


def reference(text: str):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    delimiter = _sniff_delimiter(text.split("\n", 1)[0])
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=False)
    problems, header, rows, lines, prev = [], None, [], [], 0
    try:
        for record in reader:
            start, prev = prev + 1, reader.line_num
            cells = [c.strip() for c in record]
            if header is None:
                header = [c.lstrip("\ufeff").strip() for c in cells]
                continue
            if not any(cells):
                continue
            rows.append(cells)
            lines.append(start)
    except csv.Error as exc:
        code = "cell_too_long" if "field limit" in str(exc) else "csv_syntax"
        problems.append(Problem("f", prev + 1, None, None, code, {"detail": str(exc)}))
    if header is None or not any(header):
        return None, [("empty_file", None)]
    return (header, padded(header, rows), lines, delimiter), [(p.code, p.line) for p in problems]


def padded(header: list[str], rows: list[list[str]]) -> list[list[str]]:
    """Rows shorter than the header padded with blanks, as validation reads them."""
    return [row + [""] * (len(header) - len(row)) for row in rows]


def actual(text: str):
    raw, problems = parse_text(text, ACTORS, "f")
    got = None if raw is None else (raw.header, padded(raw.header, raw.rows), raw.lines, raw.delimiter)
    return got, [(p.code, p.line) for p in problems]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60), st.booleans())
def test_parse_text_equals_csv_reader(pieces, with_header):
    text = ("id,name,kind\n" if with_header else "") + "".join(pieces)
    assert actual(text) == reference(text)


def test_examples():
    for text in ["id,name\na,b\n", "id;name\n a ; b \n", 'id,name\n"a, b",c\n', 'id,name\n"",\t x\n', "id\n\n\n1\n"]:
        assert actual(text) == reference(text)
