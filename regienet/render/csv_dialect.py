"""CSV that a Belgian Excel opens in columns: ``--csv-dialect excel-nl``.

regienet's CSV is the plain kind (``,``, decimal point, UTF-8): what scripts, pandas and the JSON-minded
expect. A Flemish Excel double-clicks it into one column: its list separator is ``;`` and its decimal
separator ``,``, and without a byte-order mark it reads UTF-8 as cp1252 ("CoÃ¶peratie"). The ``excel-nl``
dialect writes what that Excel expects — ``;`` between cells, a decimal comma in numbers, a UTF-8 BOM,
CRLF line ends — from the very rows the plain CSV holds: :class:`ExcelNlWriter` stands in for the output
stream and rewrites each CSV record as it is completed, so a streamed CSV stays streamed.
"""

from __future__ import annotations

import csv
import io
import re
from typing import TextIO

__all__ = ["BOM", "DIALECT_WRITERS", "ExcelNlWriter", "excel_nl_cell"]

#: a cell that is a plain decimal number, written with a point by the renderers (``0.3333``, ``-1.5``)
_DECIMAL = re.compile(r"-?\d+\.\d+")
BOM = "\ufeff"


def excel_nl_cell(cell: str) -> str:
    """A plain decimal number with a decimal comma (``0.3333`` → ``0,3333``); any other cell unchanged.

    >>> [excel_nl_cell(c) for c in ("0.3333", "-1.5", "12", "v1.2.3", "Gemeente Zwevegem")]
    ['0,3333', '-1,5', '12', 'v1.2.3', 'Gemeente Zwevegem']
    """
    return cell.replace(".", ",") if _DECIMAL.fullmatch(cell) else cell


class ExcelNlWriter(io.TextIOBase):
    """A text stream that takes plain CSV and writes it to *out* in the ``excel-nl`` dialect.

    Records are rewritten as soon as they are complete (a record ends at a line break outside quotes), so
    nothing but the current record is held. :meth:`close` writes what is left; the BOM goes first.
    """

    def __init__(self, out: TextIO) -> None:
        super().__init__()
        self._out = out
        self._pending = ""
        self._writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        out.write(BOM)

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._pending += text
        start = 0
        quotes = 0
        for i, ch in enumerate(self._pending):
            if ch == '"':
                quotes += 1
            elif ch == "\n" and quotes % 2 == 0:
                self._record(self._pending[start:i])
                start, quotes = i + 1, 0
        self._pending = self._pending[start:]
        return len(text)

    def _record(self, line: str) -> None:
        for row in csv.reader([line]):
            self._writer.writerow([excel_nl_cell(c) for c in row])

    def flush(self) -> None:
        self._out.flush()

    def close(self) -> None:
        if self._pending:
            self._record(self._pending)
            self._pending = ""
        self.flush()
        super().close()


#: (format, dialect) → the stream that rewrites that format's output; the dialect of any other pair is the
#: output as it is (``--csv-dialect excel-nl --format json`` is plain JSON)
DIALECT_WRITERS: dict[tuple[str, str], type[ExcelNlWriter]] = {("csv", "excel-nl"): ExcelNlWriter}
