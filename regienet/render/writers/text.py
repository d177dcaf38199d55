"""Plain text for a terminal: headings on their own line, lists indented, tables fitted to the terminal
(:func:`regienet.render.tables.fit_table`), written as the blocks come."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import IO

from regienet.render.view import Block, Heading, Items, Lines, Paragraph, Table, Title, View, item_lines, say

__all__ = ["SUFFIX", "aligned", "blank_before", "lines_of", "write"]

#: the file name suffix of this format (``-o`` without a name: ``regienet.txt``)
SUFFIX = "txt"


def aligned(rows: Sequence[Sequence[str]], justify: Sequence[str]) -> list[str]:
    """Rows as lines of columns as wide as their widest cell, one space apart (a table read without header)."""
    if not rows:
        return []
    widths = [max(len(r[i]) for r in rows) for i in range(len(justify))]
    out = []
    for r in rows:
        cells = [c.rjust(w) if j == "right" else c.ljust(w) for c, w, j in zip(r, widths, justify, strict=True)]
        out.append(" ".join(cells).rstrip())
    return out


def _table(block: Table, lang: str) -> list[str]:
    from regienet.render.tables import fit_table

    rows = block.texts(lang)
    title = say(block.title, lang) or None
    if not rows and block.empty is not None:
        return ([title] if title else []) + [say(block.empty, lang)]
    justify = [c.justify for c in block.columns]
    if not block.headers:
        return ([title] if title else []) + aligned(rows, justify)
    header = [c.label(lang) for c in block.columns]
    return fit_table(header, rows, title=title, justify=justify).split("\n")


def _items(block: Items, lang: str) -> list[str]:
    if not block.items:
        return [] if block.empty is None else ["  " + say(block.empty, lang)]
    out = []
    digits = len(str(len(block.items)))  # numbers right-aligned: " 9." above "10."
    for i, item in enumerate(block.items, 1):
        first, *rest = item_lines(item)
        mark = f"{i:>{digits}}. " if block.numbered else "- "
        out.append(f"  {mark}{say(first, lang)}")
        out += [" " * (2 + len(mark)) + say(x, lang) for x in rest]
    return out


def lines_of(block: Block, lang: str) -> Iterable[str]:
    """The text lines of one block (an iterator for :class:`Lines`, which may be long)."""
    if isinstance(block, Title):
        from rich.cells import cell_len

        title = say(block.text, lang)
        return [title, "=" * cell_len(title)]
    if isinstance(block, Heading):
        return [say(block.text, lang)]
    if isinstance(block, Paragraph):
        return [" " * block.indent + line for line in say(block.text, lang).split("\n")]
    if isinstance(block, Items):
        return _items(block, lang)
    if isinstance(block, Lines):
        pad = " " * block.indent
        return (pad + say(line, lang) for line in block.lines)
    if isinstance(block, Table):
        return [" " * block.indent + line if line else line for line in _table(block, lang)]
    raise TypeError(f"no text for {type(block).__name__}")


def _indented(block: Block) -> bool:
    """A block written indented under what comes before it: a list, or a block with an *indent*."""
    return isinstance(block, Items) or getattr(block, "indent", 0) > 0


def _titled(block: Block | None) -> bool:
    return isinstance(block, Table) and block.title is not None


def blank_before(prev: Block | None, block: Block) -> bool:
    """Where text puts a blank line: before a heading and around a table with a title (the ends of a section),
    before a note (but right under the title), and before a block at the margin that follows an indented one (what closes the section
    above it)."""
    if prev is None:
        return False
    if isinstance(block, Heading) or _titled(block) or _titled(prev):
        return True
    if isinstance(block, Paragraph) and block.note and not isinstance(prev, Title):  # a remark stands apart
        return True
    return _indented(prev) and not _indented(block)


def write(view: View, lang: str, out: IO[str]) -> None:
    """Write *view*'s blocks as text, sections a blank line apart (:func:`blank_before`), none at the end."""
    if view.blocks is None:
        raise ValueError(f"{view.kind} has no text output")
    first, prev = True, None
    for block in view.blocks():
        if not first and blank_before(prev, block):
            out.write("\n")
        for line in lines_of(block, lang):
            out.write(line if first else "\n" + line)
            first = False
        prev = block
