"""A result as a language-neutral document: the one thing every writer writes (issue 27).

An analysis returns data (:class:`regienet.rules.Results`, :class:`regienet.analysis.report.Report`, …);
its *view* (:mod:`regienet.render.views`) says what a reader sees of it — a title, sections, paragraphs,
lists and tables — without choosing a language or a format; a *writer* (:mod:`regienet.render.writers`)
lays any view out in one format, in the language it is asked for. So a new format is one writer, and a
new kind of result is one view.

* **Language-neutral.** Every text in a view is a :data:`Say`: a data string (a name from the data,
  written as it is) or a :class:`Phrase` — a catalogue key with its parameters, rendered when a writer
  knows the language. Numbers stay numbers (:class:`Number`) until a writer formats them: per language
  in text, Markdown and HTML, as they are in CSV.
* **Streaming.** A :class:`Table`'s rows and a :class:`Lines` block's lines may be generators, read once,
  while the writer writes (``check`` on 3,000 municipalities never holds its text whole).
* **The JSON contract is untouched.** A view carries its JSON document as a function of the language
  (:attr:`View.json`), built by the same code as before, with :class:`~regienet.render.emit.Stream` parts
  written item by item; and its CSV as one :class:`Table` (:attr:`View.csv`) whose column *keys* are the
  CSV header of the JSON/CSV contract in DESIGN.md. A code of the contract in a cell (a severity, a kind)
  is a :class:`Term`: the catalogue's word for people, the code itself in CSV.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from regienet.i18n import fmt_money, fmt_number, fmt_percent, t

__all__ = [
    "Block",
    "Column",
    "Heading",
    "Items",
    "Lines",
    "Number",
    "Paragraph",
    "Phrase",
    "Say",
    "Table",
    "Term",
    "Title",
    "View",
    "cell_text",
    "item_lines",
    "outline",
    "phrase",
    "say",
]


@dataclass(frozen=True)
class Phrase:
    """A catalogue message (:func:`regienet.i18n.t`) whose parameters may themselves be phrases or
    numbers, rendered in the language a writer is asked for.

    *fn*, when given instead of a key, is a function of the language: for text composed by an existing
    helper (``level_label(d, lang)``) that is not one message."""

    key: str = ""
    params: tuple[tuple[str, Any], ...] = ()
    fn: Callable[[str], str] | None = None

    def render(self, lang: str) -> str:
        if self.fn is not None:
            return self.fn(lang)
        return t(self.key, lang, **{k: _param(v, lang) for k, v in self.params})


def phrase(key: str | Callable[[str], str], /, **params: Any) -> Phrase:
    """``phrase("check.none")``, ``phrase("region.hubs", limit=3, names=...)``, or ``phrase(lambda lang: ...)``."""
    if callable(key):
        return Phrase(fn=key)
    return Phrase(key, tuple(params.items()))


@dataclass(frozen=True)
class Number:
    """A number for people: formatted per language by the text writers, written as it is in CSV.

    *style* ``"number"`` (:func:`~regienet.i18n.fmt_number`, *digits* fixed decimals or up to two),
    ``"percent"`` (a share 0–1, :func:`~regienet.i18n.fmt_percent` with *digits*) or ``"money"``."""

    value: float | int | None
    style: str = "number"
    digits: int | None = None

    def render(self, lang: str) -> str:
        if self.value is None:
            return "–"
        if self.style == "percent":
            return fmt_percent(self.value, lang, self.digits or 0)
        if self.style == "money":
            return fmt_money(self.value, lang)
        return fmt_number(self.value, lang, self.digits)


@dataclass(frozen=True)
class Term:
    """A code of the data contract (``warning``, ``enterprise``, ``OV``) shown to people as the catalogue's word
    for it (*key*, e.g. ``severity.warning``) and written as the code itself in CSV."""

    value: str
    key: str

    def render(self, lang: str) -> str:
        return t(self.key, lang)


#: a text of a view: a data string written as it is, a phrase, a number, a term, or nothing
Say = str | Phrase | Number | Term | None


def _param(value: Any, lang: str) -> Any:
    return value.render(lang) if isinstance(value, (Phrase, Number, Term)) else value


def say(value: Say, lang: str) -> str:
    """The text of *value* in *lang* (``""`` for ``None``)."""
    if value is None:
        return ""
    if isinstance(value, (Phrase, Number, Term)):
        return value.render(lang)
    return str(value)


def item_lines(item: Say | Sequence[Say]) -> list[Say]:
    """A list item's lines: its first line, then its continuation lines (:class:`Items`)."""
    return list(item) if isinstance(item, (list, tuple)) else [item]  # type: ignore[list-item]


def outline(blocks: Iterable[Block]) -> Iterator[Block]:
    """*blocks* with each heading at its depth in the outline: one level below the nearest heading above it
    that a view asked for at a higher level (the title is level 1). A heading never skips a level (Markdown
    viewers and screen readers read ``#`` then ``###`` as a missing section; axe-core flags it), and headings a
    view asks for at one level stay siblings: three ``level=3`` component headings right under the title all
    become level 2, not the first alone."""
    open_levels: list[int] = []
    for block in blocks:
        if isinstance(block, Title):
            open_levels = []
        elif isinstance(block, Heading):
            while open_levels and open_levels[-1] >= block.level:
                open_levels.pop()
            depth = 2 + len(open_levels)
            open_levels.append(block.level)
            if depth != block.level:
                block = replace(block, level=depth)
        yield block


def cell_text(value: Any, lang: str) -> str:
    """A table cell for people: :func:`say`, and plain ints/floats formatted per language."""
    if isinstance(value, bool):
        return t("word.yes" if value else "word.no", lang)
    if isinstance(value, (int, float)):
        return fmt_number(value, lang)
    return say(value, lang)


# ------------------------------------------------------------------------------------------ blocks


@dataclass(frozen=True)
class Title:
    """The document's title (text: underlined with ``=``; Markdown ``#``; HTML ``<h1>``)."""

    text: Say


@dataclass(frozen=True)
class Heading:
    """A section's heading (text: its own line after a blank one; Markdown ``##``/``###`` by *level*)."""

    text: Say
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    """A paragraph. *note*: a remark beside the content (Markdown in italics); *indent*: text indentation."""

    text: Say
    note: bool = False
    indent: int = 0


@dataclass(frozen=True)
class Items:
    """A list: each item a text, or a sequence of texts (its first line, then continuation lines).

    *empty*, when the list has no item, is said instead (text: indented like an item's text)."""

    items: Sequence[Say | Sequence[Say]]
    numbered: bool = False
    empty: Say = None


@dataclass(frozen=True)
class Lines:
    """Lines written one after the other, as they come (they may be a generator), each indented by *indent*
    in text; in Markdown one paragraph per line unless *table*-like alignment matters (then use
    :class:`Table`)."""

    lines: Iterable[Say]
    indent: int = 0


@dataclass(frozen=True)
class Column:
    """A table column: *key* (the CSV header, language-neutral), *header* (what people read) and how its
    cells line up in text (``left``/``right``)."""

    key: str
    header: Say = None
    justify: str = "left"

    def label(self, lang: str) -> str:
        """What people read above the column: its header in *lang*, else its key."""
        return say(self.header, lang) or self.key


@dataclass(frozen=True)
class Table:
    """A table: its columns and rows (a row: one value per column; rows may be a generator).

    *title* is said above it; *empty* is said instead of a table without rows (``None``: the header
    alone); *headers*: ``False`` for a table read as aligned lines (text) — Markdown and HTML always
    show the header."""

    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    title: Say = None
    empty: Say = None
    headers: bool = True
    indent: int = 0

    def texts(self, lang: str) -> list[list[str]]:
        """The rows as people read them in *lang* (:func:`cell_text`); reads the rows once."""
        return [[cell_text(v, lang) for v in row] for row in self.rows]


Block = Title | Heading | Paragraph | Items | Lines | Table


@dataclass
class View:
    """One result as a reader sees it, in no language and no format.

    *blocks* is what text, Markdown and HTML show, in order (a function, so that a format that does not
    show them, like JSON, never builds them; it may yield blocks as it goes). *json*, a function of the
    language, returns the JSON document of the contract (DESIGN.md), which the JSON writer writes
    byte-identical to ``json.dumps(doc, ensure_ascii=False, indent=2)``; *csv* is the CSV table (the
    columns' keys are its header). A format a view lacks (``None``) is refused by the writer.
    """

    kind: str
    blocks: Callable[[], Iterable[Block]] | None = None
    #: what the result is called (an HTML page's ``<title>`` when its blocks have no :class:`Title`)
    title: Say = None
    json: Callable[[str], Any] | None = None
    csv: Callable[[], Table] | None = None
    #: formats this view refuses though it has blocks (e.g. a view whose text is only for a terminal)
    without: frozenset[str] = field(default_factory=frozenset)
