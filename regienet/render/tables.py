"""Small table renderers shared by every command.

:func:`markdown_table` lives in :mod:`regienet.outputs` (the analysis layer writes tables too and
may not import the render layer); it is re-exported here for the renderers.

:func:`text_table` prints the plain-text tables of ``report``: the same characters as a ``rich`` table
without borders, at a fraction of the cost (rich measures and renders every cell through its general
renderable protocol, about 80 µs a cell: 3 s for the 3,000-row table of ``report`` on 3,000
municipalities).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence

from regienet.outputs import markdown_table

__all__ = ["fit_table", "markdown_table", "stacked_table", "terminal_width", "text_table"]

#: Characters for which rich does more than lay out plain text: markup (``[``), emoji codes (``:``),
#: control codes it strips, tabs it expands and the line breaks ``str.splitlines`` knows.
_NOT_PLAIN = re.compile(r"[\[:\x00-\x1f\x7f-\x9f\u2028\u2029]")

#: The justifications :func:`text_table` lays out itself.
_JUSTIFY = ("left", "right", "center")


def text_table(
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    width: int,
    title: str | None = None,
    justify: Sequence[str] | None = None,
    min_width: Sequence[int | None] | None = None,
) -> str:
    """A plain-text table, exactly as rich prints it, without the trailing whitespace of the whole.

    The same string as printing ``rich.table.Table(title=title, box=None, pad_edge=False,
    header_style="bold")`` with one column per *header* (``justify``, ``min_width`` per column) and
    *rows* on a ``rich.console.Console(width=width, color_system=None, highlight=False,
    soft_wrap=False)``, then ``.rstrip()``: columns as wide as their widest cell plus one space of
    padding between them; when the table is wider than *width*, rich's own column shrinking
    (:meth:`rich.table.Table._collapse_widths`) and word wrapping, header cells aligned to the bottom,
    the title centred over the table. Cells that fit their column (almost all of them) are laid out
    here; a cell that has to wrap is rendered by rich itself, and a table rich would treat as more
    than plain text (markup, emoji codes, control characters) is printed by rich as a whole. Tested
    against rich on the report's tables and on generated tables (``tests/test_text_table.py``).
    """
    body: list[list[str]] = [list(r) for r in rows]
    n = len(header)
    aligns: list[str] = list(justify) if justify is not None else ["left"] * n
    minimum: list[int | None] = list(min_width) if min_width is not None else [None] * n
    cells = [*header, *(c for r in body for c in r), *([title] if title else [])]
    if (
        any(len(r) != n for r in body)
        or any(j not in _JUSTIFY for j in aligns)
        or any(not isinstance(c, str) or _NOT_PLAIN.search(c) for c in cells)
    ):
        return _rich_table(header, body, width, title, aligns, minimum)
    out = _plain_table(header, body, width, title, aligns, minimum)
    return _rich_table(header, body, width, title, aligns, minimum) if out is None else out


def _rich_table(
    header: Sequence[str],
    rows: list[list[str]],
    width: int,
    title: str | None,
    justify: list[str],
    minimum: list[int | None],
) -> str:
    """What :func:`text_table` stands for: the table printed by rich."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, box=None, pad_edge=False, header_style="bold")
    for col, j, w in zip(header, justify, minimum, strict=True):
        table.add_column(col, justify=j, min_width=w)  # type: ignore[arg-type]
    for row in rows:
        table.add_row(*row)
    buf = io.StringIO()
    Console(file=buf, width=width, color_system=None, highlight=False, soft_wrap=False).print(table)
    return buf.getvalue().rstrip()


def _measure(text: str, extra: int, max_width: int) -> tuple[int, int]:
    """rich's ``Measurement.get`` of a table cell: *text* in a ``Padding`` of *extra* cells, at *max_width*."""
    from rich.cells import cell_len

    if max_width < 1:
        return (0, 0)
    if max_width - extra < 1:
        lo, hi = max_width, max_width
    else:
        lines = text.splitlines()
        hi = max(cell_len(line) for line in lines) if lines else 0
        words = text.split()
        lo = max(cell_len(word) for word in words) if words else hi
        lo, hi = _fit(lo, hi, max_width)
        lo, hi = min(lo + extra, max_width), min(hi + extra, max_width)
    return _fit(lo, hi, max_width)


def _fit(lo: int, hi: int, max_width: int) -> tuple[int, int]:
    """``Measurement(lo, hi).normalize().with_maximum(max_width)``, then ``(0, 0)`` or normalised again."""
    lo = max(0, min(max(0, lo), hi))
    hi = max(0, max(lo, hi))
    lo, hi = min(lo, max_width), min(hi, max_width)
    if hi < 1:
        return (0, 0)
    lo = max(0, min(lo, hi))
    return (lo, max(0, max(lo, hi)))


def _plain_table(
    header: Sequence[str],
    rows: list[list[str]],
    width: int,
    title: str | None,
    justify: list[str],
    minimum: list[int | None],
) -> str | None:
    """The table laid out as rich does (see :func:`text_table`); ``None`` where rich must do it."""
    from rich.cells import cell_len
    from rich.table import Table

    n = len(header)
    if n == 0 or width < 1:
        return None
    pads = [(0 if i == 0 else 1, 0 if i == n - 1 else 1) for i in range(n)]  # padding (0, 1), pad_edge=False
    columns = [[header[i], *(r[i] for r in rows)] for i in range(n)]

    def measure_column(i: int, max_width: int) -> tuple[int, int]:
        if max_width < 1:
            return (0, 0)
        extra = sum(pads[i])
        ms = [_measure(c, extra, max_width) for c in set(columns[i])]
        lo = max(m[0] for m in ms)
        hi = min(max(m[1] for m in ms), max_width)
        lo = min(lo, max_width)
        if minimum[i] is not None:
            floor = max(0, minimum[i] + extra)  # type: ignore[operator]
            lo, hi = max(lo, floor), max(hi, floor)
        return (lo, hi)

    widths = [measure_column(i, width)[1] or 1 for i in range(n)]
    if sum(widths) > width:
        widths = Table._collapse_widths(widths, [True] * n, width)
        if sum(widths) > width:
            from rich._ratio import ratio_reduce

            widths = ratio_reduce(sum(widths) - width, [1] * n, widths, widths)
        widths = [measure_column(i, w)[1] or 0 for i, w in enumerate(widths)]
    table_width = sum(widths)
    if table_width > width or any(w - sum(p) < 1 for w, p in zip(widths, pads, strict=True)):
        return None

    console = None

    def lines_of(text: str, w: int, j: str, overflow: str) -> list[str]:
        """*text* laid out in *w* cells: one line when it fits, else rich's own word wrap."""
        nonlocal console
        size = cell_len(text)
        if size <= w and text == text.strip():
            space = w - size
            if j == "left":
                return [text + " " * space]
            if j == "right":
                return [" " * space + text]
            left = space // 2
            return [" " * left + text + " " * (space - left)]
        from rich.console import Console
        from rich.text import Text

        if console is None:
            console = Console(width=width, color_system=None, highlight=False, soft_wrap=False)
        wrapped = Text(text).wrap(console, w, justify=j, overflow=overflow)  # type: ignore[arg-type]
        return [line.plain + " " * (w - cell_len(line.plain)) for line in wrapped]

    out: list[str] = []
    if title:
        if cell_len(title) > table_width:
            return None  # rich folds a title wider than the table
        out += lines_of(title, table_width, "center", "fold")
    for r, row in enumerate([list(header), *rows]):
        laid = []
        for i, text in enumerate(row):
            left, right = pads[i]
            inner = lines_of(text, widths[i] - left - right, justify[i], "ellipsis")
            laid.append([" " * left + line + " " * right for line in inner])
        height = max(len(c) for c in laid)
        for i, cell in enumerate(laid):
            blank = [" " * widths[i]] * (height - len(cell))
            laid[i] = blank + cell if r == 0 else cell + blank  # the header row sits at the bottom
        out += ["".join(parts) for parts in zip(*laid, strict=True)]
    return "\n".join(out).rstrip()


# ---- issue 28: tables that fit the terminal ------------------------------------------------------------------

#: The width of a table written where no terminal says how wide it is (a pipe, a file, a test) and ``COLUMNS``
#: is not set: the width the report's tables were always laid out in.
DEFAULT_WIDTH = 110


def terminal_width(default: int = DEFAULT_WIDTH) -> int:
    """The width tables are laid out in: ``$COLUMNS``, else the terminal of standard output, else *default*.

    :func:`shutil.get_terminal_size` reads ``COLUMNS`` first, as every Unix tool does, so a user (or a test) can
    ask for any width; a pipe or a file has no size and gets *default*."""
    import shutil

    return max(20, shutil.get_terminal_size((default, 24)).columns)


def _wrap_words(text: str, width: int) -> list[str]:
    """*text* broken at spaces into lines of at most *width* cells (a word longer than *width* stays whole)."""
    from rich.cells import cell_len

    lines: list[str] = []
    for word in text.split():
        if lines and cell_len(lines[-1]) + 1 + cell_len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _justify(text: str, width: int, how: str) -> str:
    from rich.cells import cell_len

    space = max(0, width - cell_len(text))
    if how == "right":
        return " " * space + text
    if how == "center":
        return " " * (space // 2) + text + " " * (space - space // 2)
    return text + " " * space


def fit_table(
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    width: int | None = None,
    title: str | None = None,
    justify: Sequence[str] | None = None,
) -> str:
    """A plain-text table that fits *width* (default :func:`terminal_width`) and never cuts or wraps a cell.

    Three layouts, the first that fits:

    1. every header and cell on one line: :func:`text_table`, as before (the same characters as rich);
    2. headers broken at their spaces ("Regionaal⏎bereik"), every data cell still whole on one line; the
       columns are as wide as their widest cell or header word, and the room left goes to the headers that
       wrap most;
    3. a stacked layout for a narrow terminal: each row a block, its first cell on a line of its own and the
       other cells below it as ``header: value`` lines.

    Before, the report's region table was laid out at 110 characters whatever the terminal, and rich wrapped
    or cut the names to fit ("Gemeente⏎Anzegem", "Spiere-Helk…").
    """
    from rich.cells import cell_len

    body = [[str(c) for c in r] for r in rows]
    n = len(header)
    aligns = list(justify) if justify is not None else ["left"] * n
    width = terminal_width() if width is None else width
    data_w = [max((cell_len(r[i]) for r in body), default=0) for i in range(n)]
    head_w = [cell_len(h) for h in header]
    word_w = [max((cell_len(w) for w in h.split()), default=0) for h in header]
    gaps = max(0, n - 1)
    natural = sum(max(d, h) for d, h in zip(data_w, head_w, strict=True)) + gaps
    if natural <= width:
        return text_table(header, body, width=width, title=title, justify=aligns)
    widths = [max(d, w, 1) for d, w in zip(data_w, word_w, strict=True)]
    if sum(widths) + gaps > width:
        return stacked_table(header, body, title=title, width=width)
    room = width - gaps - sum(widths)
    while room > 0:  # widen the column whose header takes the most lines, while that saves a line
        tallest = max(range(n), key=lambda i: (len(_wrap_words(header[i], widths[i])), -i))
        lines_now = len(_wrap_words(header[tallest], widths[tallest]))
        if lines_now <= 1:
            break
        need = next(
            (
                extra
                for extra in range(1, room + 1)
                if len(_wrap_words(header[tallest], widths[tallest] + extra)) < lines_now
            ),
            None,
        )
        if need is None:
            break
        widths[tallest] += need
        room -= need
    heads = [_wrap_words(h, w) for h, w in zip(header, widths, strict=True)]
    height = max(len(h) for h in heads)
    out: list[str] = []
    table_width = sum(widths) + gaps
    if title:
        out += [_justify(line, table_width, "center") for line in _wrap_words(title, table_width)]
    for k in range(height):
        cells = []
        for i, h in enumerate(heads):
            line = h[k - (height - len(h))] if k >= height - len(h) else ""
            cells.append(_justify(line, widths[i], aligns[i]))
        out.append(" ".join(cells).rstrip())
    for r in body:
        out.append(" ".join(_justify(c, widths[i], aligns[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out).rstrip()


def stacked_table(
    header: Sequence[str], rows: Iterable[Sequence[str]], *, title: str | None = None, width: int | None = None
) -> str:
    """A table for a narrow terminal: a block per row, its first cell alone on a line, then its other cells as
    ``header: value`` pairs, as many on a line as fit *width* (``·`` between them), a pair never split.

    Nothing is cut and nothing is wrapped by the table itself; a terminal narrower than one pair wraps it as
    it wraps any text. Without *width*, one pair per line."""
    from rich.cells import cell_len

    out = [title, "-" * cell_len(title)] if title else []
    for i, r in enumerate(rows):
        if i:
            out.append("")
        out.append(r[0])
        line = ""
        for h, c in zip(header[1:], r[1:], strict=True):
            pair = f"{h}: {c}".rstrip()
            if line and width is not None and cell_len(line) + 3 + cell_len(pair) <= width:
                line += " · " + pair
                continue
            if line:
                out.append(line)
            line = "  " + pair
        if line:
            out.append(line)
    return "\n".join(out)
