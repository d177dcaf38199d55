"""Readable snapshots: what regienet writes, kept as text under ``tests/snapshots/``.

A snapshot test compares an output with a file under ``tests/snapshots/``; on a
difference it fails with a unified diff of the two texts (so a reworded
message shows as the changed lines, not as two checksums). When an output is
*meant* to change, rewrite every snapshot with the one update flag::

    REGIENET_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_emit.py tests/test_jobs.py tests/test_map_golden.py tests/test_synth.py

then read ``git diff tests/snapshots`` and commit the change with a word on
why. Text outputs are kept as they are (byte for byte, ``\\r\\n`` of the CSV
files included); map pages as their data (:func:`map_page_snapshot`).
"""

from __future__ import annotations

import difflib
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

SNAPSHOTS = Path(__file__).parent / "snapshots"

#: The one switch that rewrites snapshots instead of comparing with them.
UPDATE = bool(os.environ.get("REGIENET_UPDATE_SNAPSHOTS"))

#: Lines of diff shown on a failure (the rest is summarised).
MAX_DIFF_LINES = 120


def assert_snapshot(name: str, text: str) -> None:
    """*text* equals ``tests/snapshots/<name>`` (rewritten instead under ``REGIENET_UPDATE_SNAPSHOTS=1``)."""
    path = SNAPSHOTS / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_bytes() != text.encode("utf-8"):
            path.write_bytes(text.encode("utf-8"))
        return
    if not path.exists():
        pytest.fail(f"no snapshot {path}; write it with REGIENET_UPDATE_SNAPSHOTS=1 and read it before committing")
    expected = path.read_bytes().decode("utf-8")
    if text == expected:
        return
    if expected.splitlines() == text.splitlines():
        pytest.fail(
            f"tests/snapshots/{name}: same lines, other line endings: {expected[:120]!r} … against {text[:120]!r} …",
            pytrace=False,
        )
    diff = list(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            text.splitlines(keepends=True),
            fromfile=f"tests/snapshots/{name} (snapshot)",
            tofile=f"{name} (written now)",
            n=2,
        )
    )
    shown = "".join(line if line.endswith("\n") else line + "\n" for line in diff[:MAX_DIFF_LINES])
    more = f"… and {len(diff) - MAX_DIFF_LINES} more diff lines\n" if len(diff) > MAX_DIFF_LINES else ""
    pytest.fail(
        f"output differs from its snapshot tests/snapshots/{name}:\n{shown}{more}"
        "If the change is meant, rewrite with REGIENET_UPDATE_SNAPSHOTS=1 and read `git diff tests/snapshots`.",
        pytrace=False,
    )


# ------------------------------------------------------------------------------------------------- map pages

_DATA = re.compile(r'(<script type="application/json" id="regienet-data">)(.*?)(</script>)', re.S)


def records_json(data: dict[str, Any], per_line: tuple[str, ...] = ("nodes", "edges", "info")) -> str:
    """*data* as JSON with one record a line in the big tables (diffs show the node, edge or tooltip that changed).

    Top-level keys in order, each on its line; the lists (and the ``info`` object) named in *per_line* one
    element a line. ``json.loads`` of the result is *data*.
    """
    out = ["{"]
    keys = list(data)
    for i, key in enumerate(keys):
        comma = "," if i < len(keys) - 1 else ""
        value = data[key]
        if key in per_line and isinstance(value, list) and value:
            rows = [json.dumps(v, ensure_ascii=False) for v in value]
            out += [f"  {json.dumps(key)}: ["] + [f"    {r}," for r in rows[:-1]] + [f"    {rows[-1]}", f"  ]{comma}"]
        elif key in per_line and isinstance(value, dict) and value:
            rows = [
                f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}" for k, v in value.items()
            ]
            out += [f"  {json.dumps(key)}: {{"] + [f"    {r}," for r in rows[:-1]] + [f"    {rows[-1]}", f"  }}{comma}"]
        else:
            out.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    out.append("}")
    return "\n".join(out) + "\n"


def map_page_snapshot(page: str) -> tuple[str, str]:
    """A map page as two readable texts: its data, and the page around it.

    The data is the JSON the page carries (``<script id="regienet-data">``),
    unpacked as the page's script unpacks it (:func:`unpack_map_data`: nodes
    with their positions and styles, edges, tooltips, legend entries, filters)
    and written by :func:`records_json`. The page around it is the HTML with
    that data and the inlined assets (vis-network's pinned build, checked by
    tests/test_assets.py, and the repository's own map.js and map.css) each
    replaced by a one-line mark. The page is a function of the two: the test
    also checks that the embedded JSON is exactly what the writer makes of
    the snapshot's data (``safe_json(pack_map_data(data))``), so nothing of
    the bytes escapes the snapshot.
    """
    from regienet.render.assets import vis_assets
    from regienet.render.map import TEMPLATES, pack_map_data, safe_json, unpack_map_data

    match = _DATA.search(page)
    assert match, "no page data in the map"
    raw = match.group(2)
    data = unpack_map_data(json.loads(raw))
    assert safe_json(pack_map_data(data)) == raw, "the embedded data is not what the writer makes of its content"
    frame = page[: match.start(2)] + "<!-- page data: see the .json snapshot -->" + page[match.end(2) :]
    vis_js, vis_css = vis_assets()
    marks = {
        vis_js: "/* vis-network.min.js (pinned: tests/test_assets.py) */",
        vis_css: "/* vis-network.css (pinned: tests/test_assets.py) */",
        (TEMPLATES / "map.js").read_text(encoding="utf-8"): "/* regienet/render/templates/map.js */",
        (TEMPLATES / "map.css").read_text(encoding="utf-8"): "/* regienet/render/templates/map.css */",
    }
    for asset, mark in marks.items():
        assert frame.count(asset) == 1, mark
        frame = frame.replace(asset, mark)
    return records_json(data), frame
