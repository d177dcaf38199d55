"""``regienet gaps``: the coupling suggestions of :mod:`regienet.analysis.suggest`, ranked by their effect on the levels.

:func:`ranked_gaps` ranks the suggestions with a what-if per suggestion
(:func:`regienet.analysis.whatif.rank_by_effect`) and returns a :class:`Gaps`, the data
every output format of ``regienet gaps`` is rendered from. ``Suggestion``,
``suggestions`` and ``TYPES`` live in :mod:`regienet.analysis.suggest` and are imported
from here too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from regienet.analysis.suggest import TYPES, Suggestion, suggestions
from regienet.rules import Results

if TYPE_CHECKING:  # pragma: no cover
    from regienet.model import Region

__all__ = ["TYPES", "Gaps", "Suggestion", "ranked_gaps", "suggestions"]


@dataclass
class Gaps:
    """The ``gaps`` command's data: ranked suggestions (:func:`suggestions`, ordered by
    :func:`regienet.analysis.whatif.rank_by_effect`), at most *top* per municipality."""

    region: Any
    items: list[Suggestion]
    kind = "gaps"


def ranked_gaps(
    region: Region, results: Results, municipality: str | None = None, config: Any = None, top: int | None = None
) -> Gaps:
    """Coupling suggestions for *municipality* (or all), ranked by their effect on the levels.

    What ``regienet gaps`` and the workshop handout show: each suggestion of :func:`suggestions` is
    tried with :func:`regienet.analysis.whatif.rank_by_effect` and ranked by the levels it gains.

    Parameters
    ----------
    region : Region
        The region.
    results : Results
        A check of *region*.
    municipality : str, optional
        A municipality id; every municipality when ``None``.
    config : Config, optional
        Thresholds for the what-if checks; defaults when ``None``.
    top : int, optional
        Keep the first *top* suggestions of each municipality; all when ``None`` or 0.

    Returns
    -------
    Gaps
        The ranked suggestions, for :mod:`regienet.render`.

    Notes
    -----
    Wervik is the one municipality of the region where the Energiesnoeiers did no energy scans (F5:
    12 of 13); tying it to them is its first suggestion.

    Examples
    --------
    >>> from regienet import Region, check, load_dataset
    >>> region = Region(load_dataset())
    >>> first = ranked_gaps(region, check(region), "wervik", top=1).items[0]
    >>> first.rule, first.actors
    ('SA04', ('energiesnoeiers',))
    """
    from regienet.analysis.whatif import rank_by_effect  # loaded when ranking: the what-if runs the checks

    items = rank_by_effect(region, results, suggestions(region, results, municipality), config)
    if top:
        kept: list[Suggestion] = []
        count: dict[str, int] = {}
        for s in items:
            count[s.municipality] = count.get(s.municipality, 0) + 1
            if count[s.municipality] <= top:
                kept.append(s)
        items = kept
    return Gaps(region, list(items))
