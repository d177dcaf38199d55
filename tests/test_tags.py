"""Tags of ``activities``/``target_groups`` read as words in both languages; other tags as written.

Before, a Dutch workshop said "delen long_term_unemployed": the data's code in
the middle of a Dutch sentence. The recommended tags (regienet.messages.TAGS)
now have English and Dutch words; a region's own tags are its own words.
"""

from __future__ import annotations

import pytest
from builders import base_rows, region_from

from regienet.analysis.gaps import suggestions
from regienet.i18n import tag_label
from regienet.messages import MESSAGES, TAGS
from regienet.render.map import map_data
from regienet.rules import REGISTRY, check
from regienet.rules.base import Tags
from regienet.settings import from_mapping


def test_every_recommended_tag_has_both_languages_and_no_code_in_its_words():
    for column in TAGS.values():
        for tag, (en, nl) in column.items():
            assert MESSAGES[f"tag.{tag}"] == (en, nl)
            assert "_" not in en + nl and en and nl


@pytest.mark.parametrize(
    ("tag", "lang", "words"),
    [
        ("long_term_unemployed", "nl", "langdurig werklozen"),
        ("long_term_unemployed", "en", "long-term unemployed"),
        ("reuse", "nl", "kringloop"),
        ("Poetsdienst aan huis", "nl", "Poetsdienst aan huis"),  # the region's own word
    ],
)
def test_tag_label(tag, lang, words):
    assert tag_label(tag, lang) == words


def test_sa05_and_its_suggestion_name_shared_tags_in_words():
    """SA05 in the bundled region: Harelbeke's LDE and Waak both do green maintenance; Harelbeke's LDE and
    Energiesnoeiers share the target group long_term_unemployed (data/actors.csv)."""
    from regienet.load import load_dataset
    from regienet.model import Region

    region = Region(load_dataset())
    results = check(region, select=["SA05"], municipalities=["harelbeke"])
    nl = [f.message("nl") for f in results.findings]
    assert any("doen allebei groenonderhoud maar" in m for m in nl), nl
    assert any("dezelfde doelgroep (langdurig werklozen)" in m for m in nl), nl
    assert not any("long_term" in m or "Tags(" in m or "_" in m for m in nl)
    tips = [s.message("nl") for s in suggestions(region, check(region), "harelbeke") if s.rule == "SA05"]
    assert tips and all("Tags(" not in m and "long_term" not in m for m in tips)
    assert any("werken rond langdurig werklozen" in m for m in tips)


def test_a_regions_own_tags_are_shown_as_written():
    actors, relations = base_rows()
    actors.append(
        {"id": "eigen", "name": "Buurtwerk A", "kind": "enterprise", "municipality": "a",
         "activities": "Poetsdienst aan huis|cleaning", "target_groups": ""}
    )  # fmt: skip
    region = region_from(actors, relations)
    found = [f for f in check(region, select=["SA05"]).findings if "eigen" in f.actors]
    assert found and all(isinstance(f.params["shared"], Tags) for f in found)
    assert any("schoonmaak" in f.message("nl") for f in found)
    data = map_data(region, check(region), lang="nl")
    info = data["info"][f"n{sorted(region.kind).index('eigen')}"]
    rows = dict(info["sections"][0]["rows"])
    assert "poetsdienst aan huis, schoonmaak" in rows.values()  # the loader lower-cases tags


def _pairs_of_sa05(coupled_best: bool, cap: int) -> list[tuple[list[str], float]]:
    """SA05's findings in municipality a of the base region plus three enterprises p, q, r (no forum, no
    tie to a government): p and q both do catering and printing, r only catering. Optionally p and q
    cooperate."""
    actors, relations = base_rows()
    actors += [
        {"id": x, "name": x.upper(), "kind": "enterprise", "municipality": "a", "activities": acts}
        for x, acts in (("p", "catering|printing"), ("q", "catering|printing"), ("r", "catering"))
    ]
    if coupled_best:
        relations.append({"source": "p", "target": "q", "kind": "cooperation"})
    region = region_from(actors, relations)
    config = from_mapping({"thresholds": {"SA05": {"max_per_municipality": cap}}}, "test")
    return [(list(f.actors), f.score) for f in REGISTRY["SA05"](config).check(region, "a").findings]


def test_sa05_passes_over_coupled_pairs_to_the_best_uncoupled_ones():
    """Scores by hand: 8 actors carry tags (own, loc, loc2, reg, sup, p, q, r); catering is carried by 3,
    so its rarity is 1 - (3-1)/8 = 0.75, printing by 2: 0.875. (p, q) shares both: 1.625; (p, r) and
    (q, r) share catering: 0.75 each (ties in id order). The actors of base_rows share no tag with p, q, r.
    With the best pair coupled, the cap of 1 goes to the next one; with a cap of 5 both others are found."""
    assert _pairs_of_sa05(coupled_best=False, cap=1) == [(["p", "q"], 1.625)]
    assert _pairs_of_sa05(coupled_best=True, cap=1) == [(["p", "r"], 0.75)]
    assert _pairs_of_sa05(coupled_best=True, cap=5) == [(["p", "r"], 0.75), (["q", "r"], 0.75)]
    assert _pairs_of_sa05(coupled_best=False, cap=5) == [(["p", "q"], 1.625), (["p", "r"], 0.75), (["q", "r"], 0.75)]
