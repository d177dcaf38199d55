"""JSON: the view's document of the JSON contract (DESIGN.md), written by
:func:`regienet.render.emit.write_json` — byte for byte what ``json.dumps(doc, ensure_ascii=False,
indent=2)`` writes, its big lists streamed item by item."""

from __future__ import annotations

from typing import IO

from regienet.render.jsonstream import write_json
from regienet.render.view import View

__all__ = ["SUFFIX", "write"]

#: the file name suffix of this format (``-o`` without a name: ``regienet.json``)
SUFFIX = "json"


def write(view: View, lang: str, out: IO[str]) -> None:
    if view.json is None:
        raise ValueError(f"{view.kind} has no JSON output")
    write_json(out, view.json(lang))
