"""Markdown (GitHub-flavoured): ``#`` headings, lists, tables; blocks one blank line apart.

What comes from the data is made harmless by :func:`regienet.outputs.markdown_safe` in
:func:`regienet.render.emit.emit` (no raw HTML, no image fetched from the data)."""

from __future__ import annotations

import re
from typing import IO

from regienet.outputs import markdown_table
from regienet.render.view import (
    Block,
    Heading,
    Items,
    Lines,
    Paragraph,
    Table,
    Title,
    View,
    item_lines,
    outline,
    say,
)

__all__ = ["SUFFIX", "block_text", "write"]

#: the file name suffix of this format (``-o`` without a name: ``regienet.md``)
SUFFIX = "md"


#: what would make a line of :class:`Lines` a list item, a heading or a quote in Markdown
_MARKUP_START = re.compile(r"([-+*>#]|\d+[.)])(\s|$)")


def _literal(line: str) -> str:
    """A line of :class:`Lines` as written: a leading ``+``, ``-``, ``#``, ``>`` or ``1.`` escaped (``\\+``)."""
    m = _MARKUP_START.match(line)
    if m is None:
        return line
    mark = m.group(1)
    if mark[0].isdigit():  # "1." → "1\.": the backslash goes before the dot
        return mark[:-1] + "\\" + line[len(mark) - 1 :]
    return "\\" + line


def _items(block: Items, lang: str) -> str:
    if not block.items:
        return say(block.empty, lang)
    out = []
    for i, item in enumerate(block.items, 1):
        first, *rest = item_lines(item)
        mark = f"{i}. " if block.numbered else "- "
        out.append(mark + say(first, lang) + "".join(f"  \n{' ' * len(mark)}{say(x, lang)}" for x in rest))
    return "\n".join(out)


def _table(block: Table, lang: str) -> str:
    rows = block.texts(lang)
    title = say(block.title, lang)
    head = f"**{title}**\n\n" if title else ""
    if not rows and block.empty is not None:
        return head + say(block.empty, lang)
    return head + markdown_table([c.label(lang) for c in block.columns], rows)


def block_text(block: Block, lang: str) -> str:
    """One block as Markdown."""
    if isinstance(block, Title):
        return "# " + say(block.text, lang)
    if isinstance(block, Heading):
        return "#" * block.level + " " + say(block.text, lang)
    if isinstance(block, Paragraph):
        text = say(block.text, lang)
        return f"*{text}*" if block.note and text else text
    if isinstance(block, Items):
        return _items(block, lang)
    if isinstance(block, Lines):
        return "  \n".join(_literal(say(line, lang)) for line in block.lines)
    if isinstance(block, Table):
        return _table(block, lang)
    raise TypeError(f"no Markdown for {type(block).__name__}")


def write(view: View, lang: str, out: IO[str]) -> None:
    """Write *view*'s blocks as Markdown, one blank line between blocks."""
    if view.blocks is None:
        raise ValueError(f"{view.kind} has no Markdown output")
    first = True
    for block in outline(view.blocks()):  # as in HTML, a heading never skips a level
        text = block_text(block, lang)
        if not text:
            continue
        out.write(text if first else "\n\n" + text)
        first = False
