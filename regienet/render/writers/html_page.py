"""HTML: any view as one self-contained page (``--format html``) — to open in a browser, mail or print.

The same typography as the handouts (ink, accent and rules of ``templates/_handout.css``), no script, no
external request (works offline), every text escaped (:func:`html.escape`: markup from the data is shown,
never run). Tables have a ``<caption>`` and column headers with ``scope``, lists are ``<ul>``/``<ol>``:
what a screen reader needs (axe-core clean, tested in Chromium)."""

from __future__ import annotations

from html import escape
from typing import IO

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

__all__ = ["STYLE", "SUFFIX", "block_html", "write"]

#: the file name suffix of this format (``-o`` without a name: ``regienet.html``)
SUFFIX = "html"

#: the page's style: the handouts' colours and type, for a screen and for print
STYLE = """
:root { --ink: #1d2433; --muted: #5b6475; --line: #d5d9e0; --accent: #253494; }
html { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: var(--ink); line-height: 1.45; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem 2rem 3rem; }
h1 { color: var(--accent); font-size: 1.6rem; margin: 0 0 .8rem; }
h2 { color: var(--accent); font-size: 1.2rem; border-bottom: 1.5px solid var(--line); padding-bottom: .2rem; margin: 1.6rem 0 .6rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
p.note { color: var(--muted); border-left: 3px solid #fdae61; padding: .1rem .7rem; }
table { border-collapse: collapse; margin: .4rem 0 1rem; }
caption { text-align: left; font-weight: bold; padding: .2rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .25rem .6rem; text-align: left; vertical-align: top; }
th { border-bottom: 2px solid var(--ink); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.lines p { margin: .15rem 0; }
@media print { body { max-width: none; padding: 0; } }
"""


def _text(value: object, lang: str) -> str:
    return escape(say(value, lang))  # type: ignore[arg-type]


def _items(block: Items, lang: str) -> str:
    if not block.items:
        return f"<p>{_text(block.empty, lang)}</p>" if block.empty is not None else ""
    tag = "ol" if block.numbered else "ul"
    out = []
    for item in block.items:
        first, *rest = item_lines(item)
        out.append("<li>" + "<br>".join(_text(x, lang) for x in (first, *rest)) + "</li>")
    return f"<{tag}>" + "".join(out) + f"</{tag}>"


def _table(block: Table, lang: str) -> str:
    rows = block.texts(lang)
    title = say(block.title, lang)
    if not rows and block.empty is not None:
        return (f"<h3>{escape(title)}</h3>" if title else "") + f"<p>{_text(block.empty, lang)}</p>"
    num = [c.justify == "right" for c in block.columns]
    head = "".join(
        f'<th scope="col"{" class=num" if n else ""}>{escape(c.label(lang))}</th>'
        for c, n in zip(block.columns, num, strict=True)
    )
    body = "".join(
        "<tr>"
        + "".join(f"<td{' class=num' if n else ''}>{escape(v)}</td>" for v, n in zip(r, num, strict=True))
        + "</tr>"
        for r in rows
    )
    caption = f"<caption>{escape(title)}</caption>" if title else ""
    return f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def block_html(block: Block, lang: str) -> str:
    """One block as HTML."""
    if isinstance(block, Title):
        return f"<h1>{_text(block.text, lang)}</h1>"
    if isinstance(block, Heading):
        level = min(6, block.level)
        return f"<h{level}>{_text(block.text, lang)}</h{level}>"
    if isinstance(block, Paragraph):
        text = _text(block.text, lang).replace("\n", "<br>")
        return f'<p class="note">{text}</p>' if block.note else f"<p>{text}</p>"
    if isinstance(block, Items):
        return _items(block, lang)
    if isinstance(block, Lines):
        return '<div class="lines">' + "".join(f"<p>{_text(x, lang)}</p>" for x in block.lines) + "</div>"
    if isinstance(block, Table):
        return _table(block, lang)
    raise TypeError(f"no HTML for {type(block).__name__}")


def write(view: View, lang: str, out: IO[str]) -> None:
    """Write *view* as a whole HTML page; its first title (or the kind's name) is the page's title."""
    if view.blocks is None:
        raise ValueError(f"{view.kind} has no HTML output")
    body = [block_html(b, lang) for b in outline(view.blocks())]  # no heading skips a level (h1 → h3)
    first = next((b for b in body if b.startswith("<h1>")), None)
    title = first[4:-5] if first else escape(say(view.title, lang) or "regienet")
    if first is None:
        body.insert(0, f"<h1>{title}</h1>")
    out.write(
        f'<!DOCTYPE html>\n<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{title}</title>\n'
        f"<style>{STYLE}</style>\n</head>\n<body>\n<main>\n" + "\n".join(body) + "\n</main>\n</body>\n</html>"
    )
