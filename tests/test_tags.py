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
from regienet.rules import check
from regienet.rules.base import Tags


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
