"""Interactive network maps: one self-contained, offline, safe HTML file.

:func:`render_map` turns a :class:`~regienet.model.Region` and its check
:class:`~regienet.rules.Results` into a single HTML page that a facilitator
can open from a USB stick on a town-hall laptop without internet, or put on a
projector:

- **Self-contained.** vis-network's JavaScript and CSS (shipped inside the
  pyvis package) are inlined; no CDN, no ``lib/`` folder, no web font; a
  Content-Security-Policy with ``default-src 'none'`` forbids the page to
  fetch anything at all, and only the page's own scripts (by hash) may run.
- **Safe.** Names, notes and provenance come from spreadsheets that anybody
  may have typed into. They reach the page only as JSON inside a
  ``<script type="application/json">`` block (``<``, ``>``, ``&``, U+2028 and
  U+2029 escaped), are drawn on the canvas as text, and go into tooltips,
  the search list and the filter through ``textContent``, never as HTML. The
  page uses synthetic ids (``n0``, ``n1`` …, ``e0`` …), so no data value
  becomes an element id. The template is our own (Jinja2, autoescape on):
  pyvis's template has raw-HTML paths (titles with ``href``, ``heading``,
  ``select_menu``) and its ``show()``/``write_html`` open browsers and write
  without an encoding.
- **Stable.** Positions are computed in Python by a seeded layout
  (:mod:`regienet.render.layout`), physics is off: the same input gives a
  byte-identical file and the same picture at every load.

Typical use::

    >>> from regienet.load import load_dataset
    >>> from regienet.model import Region
    >>> from regienet.rules import check
    >>> region = Region(load_dataset())
    >>> html = render_map(region, check(region), municipality="zwevegem", gaps=True, lang="nl")
    >>> html.startswith("<!DOCTYPE html>")
    True
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from regienet.i18n import t
from regienet.messages import MESSAGES
from regienet.render.assets import vis_assets  # the pinned vis-network build
from regienet.render.map.actors import ActorViewBuilder
from regienet.render.map.builder import ego_nodes
from regienet.render.map.data import Packer, Raw, csp_hash, pack_map_data, safe_json_chunks
from regienet.render.map.region import RegionViewBuilder, region_view_legend
from regienet.render.style import dasharray, level_colour
from regienet.render.style import legend as style_legend
from regienet.schema import ACTOR_NODE_KINDS

if TYPE_CHECKING:  # pragma: no cover
    from regienet.analysis.region import RegionAnalysis
    from regienet.model import Region
    from regienet.rules import Results

#: The page's template, script and style (shared with the handouts' folder).
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

#: Above this many actors, a whole-region actor map is no longer fluid in a browser on an ordinary laptop
#: (measured with benchmarks/map_fluid.py, docs/maps.md "How big a map stays fluid"): ``regienet map``
#: then writes the region view instead, unless ``--full``.
FLUID_ACTORS = 2000

__all__ = [
    "FLUID_ACTORS",
    "TEMPLATES",
    "default_filename",
    "map_data",
    "map_work",
    "packed_map_data",
    "render_map",
    "render_map_chunks",
]


def default_filename(
    region: Region | None, municipality: str | None = None, gaps: bool = False, view: str = "actors", level: str = "SA"
) -> str:
    """``map-region.html``, ``map-<municipality id>.html``; ``-gaps`` before the suffix with gaps.

    The region view (``view="region"``) is ``map-region-view-<level>.html``.
    """
    if view == "region":
        return f"map-region-view-{level.lower()}.html"
    stem = f"map-{municipality}" if municipality else "map-region"
    return stem + ("-gaps" if gaps else "") + ".html"


def _region_analysis(analysis: RegionAnalysis | None) -> RegionAnalysis:
    """*analysis*, which the region view needs: the caller computes it (with the run's settings), the page draws it."""
    if analysis is None:
        raise ValueError(
            "the region view draws a region analysis: pass analysis=regienet.analysis.region.analyse(region, config)"
        )
    return analysis


def map_data(
    region: Region,
    results: Results,
    municipality: str | None = None,
    gaps: bool = False,
    lang: str = "en",
    step: Callable[..., Any] | None = None,
    *,
    view: str = "actors",
    level: str = "SA",
    analysis: RegionAnalysis | None = None,
) -> dict[str, Any]:
    """The page data of a map: vis nodes and edges with positions, tooltips, filters.

    Everything the page shows is in here as plain data (strings are never
    HTML). Node ids are synthetic (``n0`` …) in the order of the sorted actor
    ids; edge ids (``e0`` …) follow the relation rows, then the gap overlay.

    Parameters
    ----------
    region : Region
        The network (possibly as of one year).
    results : Results
        ``regienet.rules.check(region)``: findings cited in tooltips and the
        gap overlay.
    municipality : str, optional
        A municipality id: its own view instead of the region.
    gaps : bool
        Overlay missing regional links (SA04), blind spots (OV01) and coupling
        opportunities (SA05).
    lang : str
        ``en`` or ``nl``.
    step : callable, optional
        Called as the work advances, :func:`map_work` units in all (for a
        progress bar; see :mod:`regienet.progress`).
    view : str
        ``actors`` (every actor, the default) or ``region``: municipalities as
        single nodes with the regional actors (:mod:`regienet.render.map.region`;
        *municipality* and *gaps* do not apply).
    level : str
        In the region view, the component (OV, BL, SA, VA) whose level colours the municipalities.
    analysis : RegionAnalysis, optional
        In the region view (and only there, where it is required),
        :func:`regienet.analysis.region.analyse`'s result, computed by the
        caller with the run's settings: the page draws it, it does not run it.
    """
    if view == "region":
        if municipality is not None or gaps:
            raise ValueError("the region view draws the whole region: no municipality, no gaps")
        return RegionViewBuilder(region, results, _region_analysis(analysis), level, lang).build(step)
    if view != "actors":
        raise ValueError(f"unknown map view {view!r}: actors or region")
    if municipality is not None and municipality not in region.municipalities:
        raise ValueError(f"not a municipality id: {municipality!r}")
    return ActorViewBuilder(region, results, municipality, gaps, lang).build(step)


def packed_map_data(
    region: Region,
    results: Results,
    municipality: str | None = None,
    gaps: bool = False,
    lang: str = "en",
    step: Callable[..., Any] | None = None,
    *,
    view: str = "actors",
    level: str = "SA",
    analysis: RegionAnalysis | None = None,
    raw: bool = False,
) -> dict[str, Any]:
    """``pack_map_data(map_data(...))``, built without the unpacked data (what the page embeds).

    Same parameters as :func:`map_data`. The actor map's tooltips are
    interned as they are made (:class:`Packer`), so the nested tooltips of
    a large region are never all in memory at once. With *raw* (the page
    writer's choice), nodes, edges and tooltips are their page JSON already
    (:class:`~regienet.render.map.data.Raw`): only :func:`safe_json_chunks` reads that.
    """
    if view != "actors" or (municipality is not None and municipality not in region.municipalities):
        return pack_map_data(
            map_data(region, results, municipality, gaps, lang, step, view=view, level=level, analysis=analysis)
        )
    return ActorViewBuilder(region, results, municipality, gaps, lang).build(step, Packer(raw=raw))


def map_work(region: Region, municipality: str | None = None, view: str = "actors") -> int:
    """Units of work :func:`map_data` reports to its *step*: two per node drawn (tooltip, place)."""
    if view == "region":
        return 2 * (
            len(region.municipalities)
            + sum(1 for a in region.kind if region.kind[a] in ACTOR_NODE_KINDS and region.is_regional(a))
        )
    if municipality is None:
        return 2 * len(region.kind)
    return 2 * len(ego_nodes(region, municipality))


def render_map(
    region: Region,
    results: Results,
    municipality: str | None = None,
    gaps: bool = False,
    lang: str = "en",
    step: Callable[..., Any] | None = None,
    *,
    view: str = "actors",
    level: str = "SA",
    analysis: RegionAnalysis | None = None,
) -> str:
    """The map as one self-contained HTML page (a ``str``; write it as UTF-8).

    Parameters are those of :func:`map_data`. The page holds vis-network
    (inlined), the data (escaped JSON), a legend, a search box, filters by
    municipality and layer, tooltips built as text, and — for one
    municipality — a header with its four component levels.
    (:func:`render_map_chunks` gives the same page in pieces, to write a big
    map without holding it whole.)
    """
    return "".join(
        render_map_chunks(region, results, municipality, gaps, lang, step, view=view, level=level, analysis=analysis)
    )


def _summary(
    region: Region,
    results: Results,
    data: dict[str, Any],
    municipality: str | None,
    view: str,
    level: str,
    analysis: RegionAnalysis | None,
    lang: str,
    relations: int,
    levels: list[dict[str, Any]],
) -> str:
    """The one-paragraph text alternative of a map (issue 28): what the picture shows, in words."""
    nodes = len(data["nodes"])
    if view == "region":
        from collections import Counter

        counts = Counter(results.levels.get(m, {}).get(level) for m in region.municipalities)
        words = [
            f"{counts[lv]} {t(f'level.{lv}', lang) if lv is not None else t('word.unknown', lang)}"
            for lv in (0, 1, 2, 3, None)
            if counts[lv]
        ]
        return t(
            "map.alt.region_view",
            lang,
            municipalities=len(region.municipalities),
            component=t(f"component.{level}", lang),
            counts=", ".join(words),
            clusters=len(analysis.clusters) if analysis is not None else 0,
            actors=nodes - len(region.municipalities),
            pairs=len(data["edges"]),
        )
    if municipality is None:
        return t("map.alt.region", lang, municipalities=len(region.municipalities), nodes=nodes, edges=relations)
    text = t(
        "map.alt.municipality",
        lang,
        name=region.name[municipality],
        nodes=nodes,
        edges=relations,
        # issue 23: each level with the activities that earned it, as the scorecard's tooltip says it
        levels="; ".join(
            f"{lv['full']}: {lv['word']}" + (f" — {lv['earned']}" if lv["earned"] else "") for lv in levels
        ),
    )
    found = data["gaps"]
    if any(found.values()):
        text += " " + t(
            "map.alt.gaps", lang, sa04=found.get("SA04", 0), ov01=found.get("OV01", 0), sa05=found.get("SA05", 0)
        )
    return text


#: Stands for the page data in the rendered template, which is then cut there (any text that
#: autoescaping leaves alone and no template or message contains).
_DATA_MARK = "\x00regienet-map-data\x00"


def render_map_chunks(
    region: Region,
    results: Results,
    municipality: str | None = None,
    gaps: bool = False,
    lang: str = "en",
    step: Callable[..., Any] | None = None,
    *,
    view: str = "actors",
    level: str = "SA",
    analysis: RegionAnalysis | None = None,
) -> Iterator[str]:
    """:func:`render_map`'s page in pieces (their concatenation is the page, byte for byte).

    The template is rendered with a mark where the data goes; the data is
    packed as it is built (:func:`packed_map_data`) and written as JSON
    piece by piece (:func:`safe_json_chunks`): the page of a 3,000-municipality
    region is never one string in memory.
    """
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    if view == "region":
        analysis = _region_analysis(analysis)
    data = packed_map_data(
        region, results, municipality, gaps, lang, step, view=view, level=level, analysis=analysis, raw=True
    )
    vis_js, vis_css = vis_assets()
    app_js = (TEMPLATES / "map.js").read_text(encoding="utf-8")
    app_css = (TEMPLATES / "map.css").read_text(encoding="utf-8")
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["dasharray"] = dasharray
    levels = []
    title = t("map.title.region", lang)
    if municipality:
        title = t("map.title.municipality", lang, name=region.name[municipality])
        from regienet.render.findings import earned_line, level_label
        from regienet.rules import LEVEL_COMPONENTS

        for comp in LEVEL_COMPONENTS:
            lv = results.levels.get(municipality, {}).get(comp)
            detail = results.level_details.get(municipality, {}).get(comp)
            levels.append(
                {
                    "code": comp,
                    "name": t(f"map.component.{comp}", lang),
                    "full": t(f"component.{comp}", lang),
                    "level": lv,
                    "word": level_label(detail, lang) if detail else t("word.unknown", lang),
                    "earned": earned_line(detail, lang, short=True) if detail else "",
                    "color": level_colour(lv),
                }
            )
    subtypes_present = {str(region.value(n, "subtype") or "") for n in region.kind if region.kind[n] == "enterprise"}
    found_gaps = any(data["gaps"].values())
    subtitle = ""
    if gaps:  # say what the overlay shows, or that there is nothing to show
        subtitle = t("map.subtitle.gaps" if found_gaps else "map.subtitle.no_gaps", lang)
    strings = {k[len("map.ui.") :]: t(k, lang) for k in sorted(MESSAGES) if k.startswith("map.ui.")}
    region_legend = None
    layout_note = strings["ring"] if data["view"] == "region" else strings["rings"]
    edge_styles = data["edgeStyles"]
    if data["edges"] and type(data["edges"][0]) is Raw:  # the gap edges are the ones counted in "gaps"
        relations = len(data["edges"]) - sum(n for code, n in data["gaps"].items() if code != "OV01")
    else:
        relations = sum(1 for e in data["edges"] if edge_styles[e[-1]]["layer"] != "gaps")
    count_text = t("map.count", lang, nodes=len(data["nodes"]), edges=relations)
    if view == "region":
        title = t("map.title.region_view", lang)
        assert analysis is not None  # checked above
        region_legend = region_view_legend(region, results, analysis, level, lang)
        region_legend["strings"] = {
            k[len("map.rv.") :]: t(k, lang)
            for k in sorted(MESSAGES)
            if k.startswith("map.rv.") and "{" not in t(k, lang)
        }
        layout_note = t("map.rv.note", lang)
        count_text = t(
            "map.count.region_view",
            lang,
            municipalities=len(region.municipalities),
            actors=len(data["nodes"]) - len(region.municipalities),
            pairs=len(data["edges"]),
        )
    summary = _summary(region, results, data, municipality, view, level, analysis, lang, relations, levels)
    alt = {
        "municipality": t("map.attr.municipality", lang) if "map.attr.municipality" in MESSAGES else "municipality",
        "level": t(f"map.component.{level}", lang) if view == "region" else None,
    }
    context = {
        "lang": lang,
        "summary": summary,
        "alt": alt,
        "alt_level": view == "region",
        "title": title,
        "subtitle": subtitle,
        "subtitle_class": "subtitle" if found_gaps else "subtitle none",
        "year": region.year,
        "year_text": t("map.title.year", lang, year=region.year) if region.year is not None else "",
        "count_text": count_text,
        "region_legend": region_legend,
        "levels": levels,
        "legend": style_legend(lang, found_gaps, subtypes_present, set(region.kind.values())),
        "view": data["view"],
        "s": strings,
        "municipalities": data["municipalities"],
        "data_json": _DATA_MARK,
        "vis_js": vis_js,
        "vis_css": vis_css,
        "app_js": app_js,
        "app_css": app_css,
        "csp_scripts": " ".join((csp_hash(vis_js), csp_hash(app_js))),
        "layout_note": layout_note,
    }
    page = env.get_template("map.html.j2").render(**context)
    head, tail = page.split(_DATA_MARK)
    yield head
    yield from safe_json_chunks(data)
    yield tail
