"""What both views of the map build on: :class:`MapBuilder`, the public base of their builders.

The actor view (:class:`regienet.render.map.actors.ActorViewBuilder`) and the
region view (:class:`regienet.render.map.region.RegionViewBuilder`) each
collect a page's data (nodes, edges, tooltips, filters, vis options) in a
builder of their own; what they share — the map's words in its language,
names, the vis options, which nodes a municipality's view shows — is here,
below both, so that neither view imports the other (issue 15.1).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from regienet.i18n import t
from regienet.messages import MESSAGES

if TYPE_CHECKING:  # pragma: no cover
    from regienet.model import Region
    from regienet.rules import Results

__all__ = ["FONT", "LARGE", "MapBuilder", "ego_nodes", "has_message"]

#: Fonts the browser already has: Windows (Segoe UI), macOS (system-ui), Linux (DejaVu Sans).
FONT = "system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', 'DejaVu Sans', Arial, sans-serif"
#: Above this many nodes the map switches to straight edges and hides edges while panning.
LARGE = 800


def has_message(key: str) -> bool:
    """Whether the catalogue has *key* (an attribute or a value the map can say in words)."""
    return key in MESSAGES


def ego_nodes(region: Region, m: str) -> list[str]:
    """The nodes of *m*'s own view: both governments, the actors of *m*, and whoever they are tied to.

    That is the governments of *m*, every actor working in *m* (untied ones
    included: they are the blind spots), every node with a relation to a
    government of *m* (forums, authorities, other governments, actors
    elsewhere) and the actors *m* meets in its forums.
    """
    govs = region.governments(m)
    nodes = set(govs) | set(region.actors_of(m)) | set(region.tied_actors(m))
    for g in govs:
        for rid in region.relations_of(g):
            s, tgt, _ = region.relation(rid)
            nodes.add(tgt if s == g else s)
    return sorted(nodes)


class MapBuilder:
    """The base of a view's builder: the region, its check results, the map's language and words.

    A subclass sets :attr:`view` (the page's ``view`` value) and :attr:`large`
    (a map too big for curves and for drawing edges while panning), and
    returns the page data from ``build``.
    """

    view: str
    large: bool

    def __init__(self, region: Region, results: Results, lang: str):
        self._words: dict[str, str] = {}  # memo of tr() without parameters
        self._phrases: dict[tuple[Any, ...], str] = {}  # memo of tr() with parameters
        self.region = region
        self.results = results
        self.lang = lang

    def tr(self, key: str, **params: Any) -> str:
        """The catalogue's text for *key* in the map's language (memoised: a map asks for the same words often)."""
        if params:  # "12 ties", "3 findings": the same few counts over and over
            try:
                memo = (key, *params.items())
                return self._phrases[memo]
            except KeyError:
                phrase = self._phrases[memo] = t(key, self.lang, **params)
                return phrase
            except TypeError:  # a parameter that is not hashable
                return t(key, self.lang, **params)
        try:  # a region map asks for the same few words about a million times
            return self._words[key]
        except KeyError:
            word = self._words[key] = t(key, self.lang)
            return word

    def name(self, node: str) -> str:
        """A node's name (its id when it has none)."""
        return self.region.name.get(node, node)

    def options(self) -> dict[str, Any]:
        """vis-network's options for the page: fixed positions, no physics; lighter when :attr:`large`."""
        return {
            "autoResize": True,
            "physics": {"enabled": False},
            "layout": {"improvedLayout": False, "randomSeed": 1},
            "interaction": {
                "hover": True,
                "tooltipDelay": 200,
                "hideEdgesOnDrag": self.large,
                "hideEdgesOnZoom": self.large,
                "navigationButtons": False,
                "keyboard": {"enabled": True, "bindToWindow": False},
                "multiselect": False,
                "zoomSpeed": 0.7,
            },
            "nodes": {
                "font": {"face": FONT, "size": 14, "color": "#1b1b1b", "strokeWidth": 4, "strokeColor": "#ffffff"},
                "scaling": {"label": {"drawThreshold": 7, "maxVisible": 40}},
                "shapeProperties": {"interpolation": False},
            },
            "edges": {
                "smooth": False,
                "selectionWidth": 1.5,
                "hoverWidth": 1.2,
                "font": {"face": FONT},
                "color": {"inherit": False},
            },
        }
