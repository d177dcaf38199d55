"""What every number of ``regienet report`` means: one definition, shown everywhere.

:data:`GLOSSARY` maps each metric key — the keys of the report's JSON
``connectivity`` and the columns of its CSV — to a catalogue key
(:mod:`regienet.messages`, English and Dutch). The legend under the region
table, ``regienet explain metrics``, the ``glossary`` block of the report's
JSON and docs/metrics.md all read it, so they say the same words; a test
fails when a metric is added without an entry.
"""

from __future__ import annotations

from regienet.i18n import t

__all__ = [
    "GLOSSARY",
    "REGION_COLUMNS",
    "glossary",
    "meaning",
]

#: metric key → catalogue key, in the order the report shows them
GLOSSARY: dict[str, str] = {
    **{
        key: f"metric.{key}"
        for key in (
            "actors",
            "own_actors",
            "regional_actors",
            "local_actors",
            "other_local_actors",
            "tied_actors",
            "blind_spots",
            "ties",
            "ties_governance",
            "ties_economic",
            "ties_policy",
            "ties_cooperation",
            "ties_forum",
            "attention_pairs",
            "own_pairs",
            "own_tie_share",
            "attention_layers",
            "own_layers",
            "own_attention_share",
            "own_funding_share",
            "density_actors",
            "components_actors",
            "density_with_governments",
            "components_with_governments",
            "constraint",
            "effective_size",
            "brokerage",
            "regional_reach",
        )
    },
    # issue 28.3: the governance evidence (report JSON: governance.evidence) is measured on another network
    # than the figures above — the local network — and says so here, so that no two figures share a name
    **{
        key: f"metric.governance.{key}"
        for key in (
            "participants",
            "isolated_actors",
            "actor_density",
            "cut_government",
            "degree_centralisation",
            "betweenness_centralisation",
        )
    },
    **{c: f"metric.level.{c}" for c in ("OV", "BL", "SA", "VA")},
    # issue 28.7: the range of each level in the CSV (the text's "0–1")
    **{f"{c}_{end}": f"metric.level_{end}" for c in ("OV", "BL", "SA", "VA") for end in ("low", "high")},
    "findings": "metric.findings",
    "governance_mode": "metric.governance_mode",
}

#: the region table's columns (catalogue key of the header) → the metric each one shows; Groups shows
#: ``components_actors → components_with_governments``
REGION_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("col.actors", ("actors",)),
    ("col.tied", ("tied_actors",)),
    ("col.own_share", ("own_tie_share",)),
    ("col.parts", ("components_actors", "components_with_governments")),
    ("col.reach", ("regional_reach",)),
    ("col.governance", ("governance_mode",)),
    ("col.findings", ("findings",)),
)


def meaning(key: str, lang: str) -> str:
    """The one-line meaning of metric *key* in *lang*."""
    return t(GLOSSARY[key], lang)


def glossary(lang: str) -> dict[str, str]:
    """Every metric key → its meaning in *lang* (the report JSON's ``glossary`` block)."""
    return {key: t(msg, lang) for key, msg in GLOSSARY.items()}
