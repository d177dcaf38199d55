"""The vis-network asset is pinned by version and SHA-256 (issue 15.7).

Expected checksums: ``sha256sum pyvis/lib/vis-9.1.2/vis-network.{min.js,css}``
of pyvis 0.3.2 as installed from PyPI, written into
:data:`regienet.render.assets.VIS_SHA256`. If the installed file changes, the
first test fails and making a map exits 2 with a message naming the file.
"""

from __future__ import annotations

import hashlib
import shutil

import pytest

from regienet.errors import UsageError
from regienet.render import assets
from regienet.render.assets import VIS_SHA256, VIS_VERSION, read_pinned, vis_assets, vis_folder


def test_installed_asset_matches_the_pinned_checksums():
    folder = vis_folder()
    assert folder.name == f"vis-{VIS_VERSION}"
    for name, expected in VIS_SHA256.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == expected, name
    js, _ = vis_assets()
    assert f"@version {VIS_VERSION}" in js[:400]


def test_the_pinned_version_is_used_even_when_a_newer_one_is_installed(tmp_path, monkeypatch):
    """Today's code took the newest ``vis-*`` folder; a newer folder beside the pinned one changes nothing."""
    lib = tmp_path / "pyvis" / "lib"
    shutil.copytree(vis_folder(), lib / f"vis-{VIS_VERSION}")
    (lib / "vis-99.0.0").mkdir()
    (lib / "vis-99.0.0" / "vis-network.min.js").write_text("/* not vis */", encoding="utf-8")
    (lib / "vis-99.0.0" / "vis-network.css").write_text("/* not vis */", encoding="utf-8")
    (tmp_path / "pyvis" / "__init__.py").write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert vis_folder() == lib / f"vis-{VIS_VERSION}"
    assert set(read_pinned(vis_folder())) == set(VIS_SHA256)


def test_a_changed_file_is_refused_naming_it(tmp_path):
    folder = tmp_path / f"vis-{VIS_VERSION}"
    shutil.copytree(vis_folder(), folder)
    with (folder / "vis-network.css").open("a", encoding="utf-8") as fh:
        fh.write("\n/* edited */\n")
    with pytest.raises(UsageError) as err:
        read_pinned(folder)
    assert err.value.key == "map.vis_changed"
    message = err.value.message("en")
    assert str(folder / "vis-network.css") in message and VIS_SHA256["vis-network.css"] in message
    assert "pyvis==0.3.2" in message


def test_a_missing_file_is_refused_naming_it(tmp_path):
    with pytest.raises(UsageError) as err:
        read_pinned(tmp_path)
    assert err.value.key == "map.vis_missing"
    assert str(tmp_path / "vis-network.min.js") in err.value.message("nl")


def test_map_command_exits_2_when_the_asset_differs(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from regienet.cli import cli

    folder = tmp_path / f"vis-{VIS_VERSION}"
    shutil.copytree(vis_folder(), folder)
    (folder / "vis-network.min.js").write_text("/* tampered */", encoding="utf-8")
    vis_assets.cache_clear()
    monkeypatch.setattr(assets, "vis_folder", lambda: folder)
    try:
        out = CliRunner().invoke(cli, ["map", "-o", str(tmp_path / "map.html")])
    finally:
        vis_assets.cache_clear()
    assert out.exit_code == 2, out.output
    assert "vis-network.min.js" in out.output and "Traceback" not in out.output
    assert not (tmp_path / "map.html").exists()


def _old_vis_assets() -> tuple[str, str]:
    """The lookup before the pin (render/map.py until issue 15.7), kept as the reference: the newest
    ``vis-*`` folder of the installed pyvis, read as text."""
    import importlib.util
    import re
    from pathlib import Path

    spec = importlib.util.find_spec("pyvis")
    assert spec is not None and spec.submodule_search_locations
    lib = Path(next(iter(spec.submodule_search_locations))) / "lib"

    def version(p: Path) -> tuple[int, ...]:
        return tuple(int(x) for x in re.findall(r"\d+", p.name))

    folder = max((p for p in lib.glob("vis-*") if (p / "vis-network.min.js").is_file()), key=version)
    js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    css = (folder / "vis-network.css").read_text(encoding="utf-8")
    js = re.sub(r"//[#@] sourceMappingURL=\S*", "", js)
    css = re.sub(r"/\*[#@] sourceMappingURL=[^*]*\*/", "", css)
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE).replace("<!--", "<\\!--")
    css = re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)
    return js, css


def test_the_page_gets_the_same_text_as_before_the_pin():
    """With pyvis 0.3.2 (newest bundled build = the pinned one) the inlined JS and CSS are exactly what the
    old lookup gave, so every map is byte-identical (the CRLF line ends of the file are read as text was)."""
    assert vis_assets() == _old_vis_assets()
