"""The vis-network asset the maps inline, pinned by version and SHA-256.

A map is one self-contained HTML page: vis-network's minified JavaScript and
its CSS are copied into it. They come from the pyvis package (a declared
dependency; pyvis 0.3.2 ships vis-network 9.0.4 and 9.1.2 under
``pyvis/lib/vis-<version>/``). The page is tested against one exact build, so
regienet takes exactly that build — :data:`VIS_VERSION`, checked against
:data:`VIS_SHA256` — instead of whichever ``vis-*`` folder happens to be newest
in the installed pyvis. If the file is missing or differs, making a map fails
with a clear message (exit 2) rather than producing a page nobody tested.

Why not a vendored copy: the two files are 0.7 MB, would double what the
wheel carries for one feature, and pyvis (a dependency anyway, and unchanged
since 0.3.2) already ships them; the checksum gives the same guarantee.
vis-network is dual-licensed Apache-2.0/MIT, so vendoring stays possible if
pyvis ever drops the file: put it under ``regienet/render/vendor/`` and point
:func:`vis_folder` there.

pyvis itself is never imported (it imports IPython): the folder is found with
:func:`importlib.util.find_spec`.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
from functools import cache
from pathlib import Path

from regienet.errors import UsageError

__all__ = [
    "VIS_SHA256",
    "VIS_VERSION",
    "read_pinned",
    "vis_assets",
    "vis_folder",
]

#: the vis-network build every map is made and tested with
VIS_VERSION = "9.1.2"
#: SHA-256 of the two files of :data:`VIS_VERSION` as pyvis 0.3.2 ships them
VIS_SHA256: dict[str, str] = {
    "vis-network.min.js": "1f20f0736f32cb9bedf8f6383b25cfea2f839e1abe80d6e8040b4d5bea378c69",
    "vis-network.css": "2e82d445ad5878ea881652470ce632601f8f55f1b99e6ebecdff8614600e6d0e",
}


def vis_folder() -> Path:
    """The folder of the installed pyvis that should hold vis-network :data:`VIS_VERSION`."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise UsageError("map.vis_missing", version=VIS_VERSION, path="pyvis")
    return Path(next(iter(spec.submodule_search_locations))) / "lib" / f"vis-{VIS_VERSION}"


def read_pinned(folder: Path) -> dict[str, str]:
    """The pinned files of *folder* as text, each checked against :data:`VIS_SHA256`.

    Raises :class:`~regienet.errors.UsageError` (exit 2) naming the file when
    it is missing or its checksum differs.
    """
    out = {}
    for name, expected in VIS_SHA256.items():
        path = folder / name
        try:
            data = path.read_bytes()
        except OSError:
            raise UsageError("map.vis_missing", version=VIS_VERSION, path=str(path)) from None
        actual = hashlib.sha256(data).hexdigest()
        if actual != expected:
            raise UsageError("map.vis_changed", version=VIS_VERSION, path=str(path), expected=expected, actual=actual)
        # as Path.read_text reads it (universal newlines): the file has CRLF line ends, and the page's
        # CSP hash is taken over the text as written into the page
        out[name] = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    return out


@cache
def vis_assets() -> tuple[str, str]:
    """vis-network's minified JS and CSS (:data:`VIS_VERSION`, checksum-verified), ready to inline.

    The source-map comment is dropped (the file is not there and a browser's
    developer tools would try to fetch it), and any ``</script`` or ``<!--``
    would be neutralised, though vis has none.
    """
    files = read_pinned(vis_folder())
    js, css = files["vis-network.min.js"], files["vis-network.css"]
    js = re.sub(r"//[#@] sourceMappingURL=\S*", "", js)
    css = re.sub(r"/\*[#@] sourceMappingURL=[^*]*\*/", "", css)
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE).replace("<!--", "<\\!--")
    css = re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)
    return js, css
