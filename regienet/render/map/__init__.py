"""Interactive network maps (``regienet map``): one self-contained, offline, safe HTML page.

The package shows the map's parts, each below the ones that use it:

- :mod:`~regienet.render.map.labels` — the words drawn on the map: place
  names, short labels, wrapping, label boxes;
- :mod:`~regienet.render.map.data` — the page data's format: packing, safe
  JSON written in pieces, the CSP hash;
- :mod:`~regienet.render.map.builder` — :class:`MapBuilder`, the public base
  of both views' builders (the map's words in its language, the vis options);
- :mod:`~regienet.render.map.tooltips` — the actor view's tooltips (node,
  relation, gap line), each written once as plain data;
- :mod:`~regienet.render.map.actors` — the actor view (every actor, or one
  municipality's own network, with the gap overlay and the layout);
- :mod:`~regienet.render.map.region` — the region view (municipalities as
  single nodes, the regional actors round them), drawn from a region analysis
  the caller computed;
- :mod:`~regienet.render.map.page` — the HTML page (template, CSP, text
  alternative) round either view's data: :func:`render_map`,
  :func:`render_map_chunks`, :func:`map_data`.

The pages receive computed results (check results, a region analysis) and
compute none: an import contract (``pages-receive-results`` in
pyproject.toml) keeps the analysis layer out of them.
"""

from regienet.render.map.actors import MAX_COUPLINGS, ActorViewBuilder
from regienet.render.map.builder import MapBuilder, ego_nodes
from regienet.render.map.data import pack_map_data, safe_json, safe_json_chunks, unpack_map_data
from regienet.render.map.labels import place_name, short_label, wrap, wrap_with
from regienet.render.map.page import (
    FLUID_ACTORS,
    TEMPLATES,
    default_filename,
    map_data,
    map_work,
    packed_map_data,
    render_map,
    render_map_chunks,
)
from regienet.render.map.region import RegionViewBuilder, region_view_legend
from regienet.render.style import EDGE_STYLES, GAP_STYLES, KIND_STYLES, SUBTYPE_COLOURS

__all__ = [
    "EDGE_STYLES",
    "FLUID_ACTORS",
    "GAP_STYLES",
    "KIND_STYLES",
    "MAX_COUPLINGS",
    "SUBTYPE_COLOURS",
    "TEMPLATES",
    "ActorViewBuilder",
    "MapBuilder",
    "RegionViewBuilder",
    "default_filename",
    "ego_nodes",
    "map_data",
    "map_work",
    "pack_map_data",
    "packed_map_data",
    "place_name",
    "region_view_legend",
    "render_map",
    "render_map_chunks",
    "safe_json",
    "safe_json_chunks",
    "short_label",
    "unpack_map_data",
    "wrap",
    "wrap_with",
]
