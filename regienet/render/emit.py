"""One output layer: every command's text, Markdown, JSON and CSV goes through :func:`emit`.

An analysis function returns data (:class:`regienet.rules.Results`,
:class:`regienet.analysis.report.Report`, :class:`regienet.analysis.gaps.Gaps`, …); ``emit(data,
fmt, lang, out)`` looks up the renderer for that kind of data and format in one
table, :data:`RENDERERS`, and writes to *out* — standard output, or a file
opened by :func:`regienet.outputs.atomic_stream` (whole or not at all).

* **One JSON envelope.** Every versioned JSON document is built by
  :func:`envelope` (``{"version": 1, …}``), so the version lives in one place.
* **Streaming.** The big documents (``check``, ``report``, ``gaps``) are written
  item by item: a JSON document may hold a :class:`Stream` (a list written one
  item at a time) or a :class:`StreamDict`, and :func:`write_json` writes the
  very bytes ``json.dumps(doc, ensure_ascii=False, indent=2)`` would, without
  ever holding the whole text (or all the items) in memory. CSV goes row by row
  through :func:`regienet.outputs.write_csv`.
* **A trailing newline** after every document except CSV (whose last row ends
  with one), as ``click.echo`` wrote it before.

A renderer is either ``write_…(data, lang, out)``, which writes to *out* as it
goes (the streaming writers), or ``…(data, lang) -> str``, whose text is
written. Renderer modules are imported only when their kind is emitted.
"""

from __future__ import annotations

import importlib
import io
import json
from collections.abc import Callable, Iterable
from json.encoder import encode_basestring
from typing import IO, Any, cast

from regienet.outputs import JSON_VERSION, envelope, markdown_safe, visible
from regienet.render import indented_json

__all__ = ["FORMATS", "JSON_VERSION", "Stream", "StreamDict", "emit", "emit_text", "envelope", "write_json"]

#: the formats of :func:`emit`
FORMATS = ("text", "markdown", "json", "csv")


# ---------------------------------------------------------------------------------------------- JSON


class Stream:
    """A JSON list written one item at a time by :func:`write_json` (its items may come from a generator).

    *item_json*, if given, turns one item at nesting *depth* into its JSON text (a fast writer for a fixed
    shape); it may raise ``KeyError``/``TypeError`` for an item it does not know, which is then written by
    ``json.dumps``.
    """

    __slots__ = ("item_json", "items")

    def __init__(self, items: Iterable[Any], item_json: Callable[[Any, int], str] | None = None) -> None:
        self.items = items
        self.item_json = item_json


class StreamDict:
    """A JSON object written one ``(key, value)`` pair at a time by :func:`write_json`.

    Any object that holds a :class:`Stream` (or another StreamDict) must be a StreamDict itself: plain dicts
    and lists are written whole by ``json.dumps``, without being searched for streams.
    """

    __slots__ = ("items",)

    def __init__(self, items: Iterable[tuple[str, Any]]) -> None:
        self.items = items


class Repeated:
    """A plain value written whole, whose JSON text :func:`write_json` makes once per distinct *key* and depth.

    For the small parts a big document repeats: 3,000 municipalities × 4 components of ``level_details``
    hold a few hundred distinct objects, and json's indenting encoder is pure Python. *key* must be
    hashable and equal only for values that are written the same.
    """

    __slots__ = ("key", "value")

    def __init__(self, value: Any, key: Any) -> None:
        self.value = value
        self.key = key


def materialize(value: Any) -> Any:
    """*value* with every :class:`Stream`/:class:`StreamDict` turned into a list/dict (for tests and callers
    that want the whole document as Python data)."""
    if isinstance(value, Stream):
        return [materialize(v) for v in value.items]
    if isinstance(value, StreamDict):
        return {k: materialize(v) for k, v in value.items}
    if isinstance(value, dict):
        return {k: materialize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [materialize(v) for v in value]
    if isinstance(value, Repeated):
        return materialize(value.value)
    return value


def dumps_at(value: Any, depth: int) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)`` as it reads nested at *depth* in a bigger document.

    Written by :func:`regienet.render.indented_json.dumps`: json's own indenting encoder is pure Python and
    took 0.74 of the 1.07 CPU s of ``check --format json`` on the grid shape at 3,000 municipalities.
    """
    return indented_json.dumps(value, depth)


def _key(k: Any) -> str:
    """A dict key as json writes it (json turns ``int``, ``float``, ``bool`` and ``None`` keys into strings)."""
    if isinstance(k, str):
        return encode_basestring(k)
    if k is True:
        return '"true"'
    if k is False:
        return '"false"'
    if k is None:
        return '"null"'
    if isinstance(k, (int, float)):
        return encode_basestring(json.dumps(k))
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")


def write_json(out: IO[str], value: Any, depth: int = 0, memo: dict[tuple[Any, int], str] | None = None) -> None:
    """Write *value* as ``json.dumps(value, ensure_ascii=False, indent=2)`` would, streaming its
    :class:`Stream`/:class:`StreamDict` parts item by item (equality with json.dumps is tested).

    Only a Stream or StreamDict is taken apart; anything else is written by ``json.dumps`` in one piece,
    a :class:`Repeated` value once per distinct key (*memo*: those texts, for this document).
    """
    if memo is None:
        memo = {}
    write = out.write
    if isinstance(value, Stream):
        pad = "\n" + "  " * (depth + 1)
        item_json = value.item_json
        first = True
        for item in value.items:
            write(("[" if first else ",") + pad)
            first = False
            if item_json is not None:
                try:
                    write(item_json(item, depth + 1))
                    continue
                except (KeyError, TypeError):
                    pass
            write_json(out, item, depth + 1, memo)
        write("[]" if first else "\n" + "  " * depth + "]")
    elif isinstance(value, StreamDict):
        pad = "\n" + "  " * (depth + 1)
        first = True
        for k, v in value.items:
            write(("{" if first else ",") + pad + _key(k) + ": ")
            first = False
            write_json(out, v, depth + 1, memo)
        write("{}" if first else "\n" + "  " * depth + "}")
    elif isinstance(value, Repeated):
        text = memo.get((value.key, depth))
        if text is None:
            text = memo[value.key, depth] = dumps_at(value.value, depth)
        write(text)
    else:  # plain data, written whole (json.dumps fails loudly on a Stream hidden in a plain dict)
        write(dumps_at(value, depth))


def json_text(value: Any) -> str:
    """:func:`write_json` into a string."""
    buf = io.StringIO()
    write_json(buf, value)
    return buf.getvalue()


# ------------------------------------------------------------------------------------------ the table

#: data class name → kind; :func:`emit` finds the kind of its data here (no import of the analysis modules)
KINDS: dict[str, str] = {
    "Results": "check",
    "Report": "report",
    "Gaps": "gaps",
    "Diff": "diff",
    "RegionAnalysis": "region",
    "Evaluation": "whatif",
    "Sensitivity": "sensitivity",
    "Collected": "survey.collect",
    "Validation": "validate",
    "RuleCatalogue": "rules",
    "RuleDoc": "explain",
    "LevelsDoc": "explain.levels",
    "GovernanceDoc": "explain.governance",
    "MetricsDoc": "explain.metrics",
}

#: kind → (module, {format: function}); every command's every format, in one place
RENDERERS: dict[str, tuple[str, dict[str, str]]] = {
    "check": (
        "regienet.render.findings",
        {
            "text": "write_check_text",
            "markdown": "check_markdown",
            "json": "write_check_json",
            "csv": "write_check_csv",
        },
    ),
    "report": (
        "regienet.render.report",
        {"text": "report_text", "markdown": "report_markdown", "json": "write_report_json", "csv": "write_report_csv"},
    ),
    "gaps": (
        "regienet.render.workshop_text",
        {"text": "write_gaps_text", "markdown": "gaps_markdown", "json": "write_gaps_json", "csv": "write_gaps_csv"},
    ),
    "diff": (
        "regienet.render.workshop_text",
        {"text": "diff_text", "markdown": "diff_markdown", "json": "write_diff_json", "csv": "write_diff_csv"},
    ),
    "region": (
        "regienet.render.region",
        {"text": "region_text", "markdown": "region_markdown", "json": "region_json_text", "csv": "region_csv_text"},
    ),
    "whatif": (
        "regienet.render.whatif",
        {"text": "whatif_text", "markdown": "whatif_markdown", "json": "whatif_json_text", "csv": "write_whatif_csv"},
    ),
    "sensitivity": (
        "regienet.render.sensitivity",
        {"text": "sensitivity_text", "markdown": "sensitivity_markdown", "json": "sensitivity_json_text"},
    ),
    "survey.collect": ("regienet.render.survey", {"text": "collect_text", "json": "collect_json_text"}),
    "validate": (
        "regienet.render.validation",
        {
            "text": "validation_text",
            "markdown": "validation_markdown",
            "json": "validation_json",
            "csv": "validation_csv",
        },
    ),
    "rules": (
        "regienet.render.catalogue",
        {"text": "rules_text", "markdown": "rules_markdown_table", "json": "rules_json", "csv": "rules_csv"},
    ),
    "explain": (
        "regienet.render.catalogue",
        {"text": "explain_text", "markdown": "explain_markdown", "json": "explain_json", "csv": "explain_csv"},
    ),
    "explain.levels": (
        "regienet.render.catalogue",
        {"text": "levels_text", "markdown": "levels_markdown", "json": "levels_json", "csv": "levels_csv"},
    ),
    "explain.governance": (
        "regienet.render.catalogue",
        {
            "text": "governance_text",
            "markdown": "governance_markdown",
            "json": "governance_json",
            "csv": "governance_csv",
        },
    ),
    "explain.metrics": (
        "regienet.render.catalogue",
        {"text": "metrics_text", "markdown": "metrics_markdown_doc", "json": "metrics_json", "csv": "metrics_csv"},
    ),
}


def kind_of(data: Any) -> str:
    """The kind of *data* in :data:`RENDERERS` (by its class, or a ``kind`` attribute)."""
    kind = getattr(data, "kind", None)
    if isinstance(kind, str) and kind in RENDERERS:
        return kind
    for cls in type(data).__mro__:
        if cls.__name__ in KINDS:
            return KINDS[cls.__name__]
    raise TypeError(f"no renderer for {type(data).__name__}")


def renderer(kind: str, fmt: str) -> Callable[..., str | None]:
    """The function that writes *kind* in *fmt* (``ValueError`` for a format the kind does not have)."""
    module, table = RENDERERS[kind]
    if fmt not in table:
        raise ValueError(f"{kind} has no {fmt} output (only {', '.join(table)})")
    return getattr(importlib.import_module(module), table[fmt])


class _Shown(io.TextIOBase):
    """*out* with every write passed through *clean* (:func:`visible`, :func:`markdown_safe`)."""

    def __init__(self, out: IO[str], clean: Callable[[str], str]) -> None:
        self.out, self.clean = out, clean

    def write(self, text: str) -> int:
        self.out.write(self.clean(text))
        return len(text)


def emit(data: Any, fmt: str, lang: str, out: IO[str]) -> None:
    """Write *data* in format *fmt* and language *lang* to *out*, with a closing newline except for CSV.

    Text and Markdown are for people: control characters in them are shown escaped
    (:func:`regienet.outputs.visible`), and Markdown holds no raw HTML or image from the data
    (:func:`regienet.outputs.markdown_safe`), like the HTML outputs (issue 26).
    """
    fn = renderer(kind_of(data), fmt)
    if fmt in ("text", "markdown"):
        out = cast(IO[str], _Shown(out, markdown_safe if fmt == "markdown" else visible))
    if fn.__name__.startswith("write_"):
        fn(data, lang, out)
    else:
        out.write(fn(data, lang) or "")
    if fmt != "csv":
        out.write("\n")


def emit_text(data: Any, fmt: str, lang: str) -> str:
    """What :func:`emit` writes, as a string without the closing newline (for tests and the library)."""
    buf = io.StringIO()
    emit(data, fmt, lang, buf)
    text = buf.getvalue()
    return text if fmt == "csv" else text[:-1]
