"""Regie work never lowers a level: a property over generated regions and over the bundled data.

Issue 11, point 2, widened by issue 23 to own actors: adding a tie of regie work — consulting or
informing any actor (the own actor included), any actor reporting back, an account sent to an actor, a
cooperation between two actors of M (with or without the own actor, brokered
or not), a non-own actor joining a forum M convenes — never lowers any of M's
component levels, and removing one never raises them. The second half is the
first read backwards (the region with the tie is "after", without it
"before"), so one comparison tests both.

A level that is ``None`` (no applicable, known rule) stays comparable: the
test asks that an int level stays an int and does not drop, and that the
range ``low``–``high`` does not move down either.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from strategies import load_rows, regions

from regienet.cli.common import open_region
from regienet.model import Region
from regienet.rules import LEVEL_COMPONENTS, check

#: The kinds of regie work the property covers (issue 11, point 2).
WORK = ("consulted", "informs", "reports_to", "accounts_to", "cooperation", "cooperation_via", "member", "convenes")


def regie_work(region: Region, m: str, work: str) -> list[tuple[str, str, str, dict]]:
    """Every tie of kind *work* that is regie work of *m* in *region*: ``(source, target, kind, extra)``."""
    govs = region.governments(m)
    actors = sorted(region.actors_of(m))
    # issue 23: own actors included — the OCMW informing the own actor, the own actor reporting back
    if work in ("consulted", "informs"):
        return [(g, a, work, {}) for g in govs for a in actors]
    if work == "reports_to":
        return [(a, g, work, {}) for g in govs for a in actors]
    if work == "accounts_to":
        return [(g, a, work, {}) for g in govs for a in actors]
    if work == "cooperation":
        return [(a, b, work, {}) for i, a in enumerate(actors) for b in actors[i + 1 :]]
    if work == "cooperation_via":
        return [(a, b, "cooperation", {"via": g}) for i, a in enumerate(actors) for b in actors[i + 1 :] for g in govs]
    if work == "member":
        forums = sorted(
            {
                region.relation(r)[1]
                for g in govs
                for r in region.relations_of(g, ["convenes"])
                if region.relation(r)[0] == g
            }
        )
        return [(a, f, "member", {}) for f in forums for a in actors]
    if work == "convenes":  # issue 23: convening a forum (one it does not convene yet) is regie work too
        convened = {region.relation(r)[1] for g in govs for r in region.relations_of(g, ["convenes"])}
        others_forums = sorted(f for f, k in region.kind.items() if k == "forum" and f not in convened)
        return [(g, f, "convenes", {}) for g in govs for f in others_forums]
    raise AssertionError(work)


def assert_not_lower(before, after, m: str, what: str) -> None:
    """Levels (and low/high) do not drop; nor does the failed share behind them rise (a finer check:
    most bundled levels are already 0, where a rise in the share would not show in the level)."""
    for c in LEVEL_COMPONENTS:
        b, a = before.level_details[m][c], after.level_details[m][c]
        for x, y in ((b.level, a.level), (b.low, a.low), (b.high, a.high)):
            if x is not None:
                assert y is not None and y >= x, (m, c, what, b, a)
        for x, y in zip(b.shares(), a.shares(), strict=True):
            if x is not None:
                assert y is not None and y <= x + 1e-9, (m, c, what, b, a)


@given(regions(max_enterprises=5, min_enterprises=1), st.data())
def test_regie_work_never_lowers_a_level(rows, data):
    actors, relations = rows
    region = Region(load_rows(actors, relations))
    m = data.draw(st.sampled_from(region.municipalities), label="municipality")
    work = data.draw(st.sampled_from(WORK), label="work")
    options = regie_work(region, m, work)
    assume(options)
    source, target, kind, extra = data.draw(st.sampled_from(options), label="tie")
    before = check(region, municipalities=[m])
    after_region = Region(load_rows(actors, [*relations, {"source": source, "target": target, "kind": kind, **extra}]))
    after = check(after_region, municipalities=[m])
    assert_not_lower(before, after, m, f"{source}>{target}:{kind} {extra}")


def _bundled_ties():
    region, _ = open_region(None, None, None)
    out = []
    for m in region.municipalities:
        for work in WORK:
            options = regie_work(region, m, work)
            # every municipality and kind of work: each tie that touches a local actor (own actors
            # included: where the verdicts move), and a spread of the region-wide ones
            local = [o for o in options if not (region.is_regional(o[0]) and region.is_regional(o[1]))]
            wide = [o for o in options if o not in local]
            out += [(m, o) for o in local[:: max(1, len(local) // 3)] + wide[:: max(1, len(wide))]]
    return out


BUNDLED = _bundled_ties()


@pytest.mark.parametrize("m,tie", BUNDLED, ids=[f"{m}-{t[0]}>{t[1]}:{t[2]}{t[3].get('via', '')}" for m, t in BUNDLED])
def test_regie_work_never_lowers_a_level_on_the_bundled_data(m, tie, tmp_path):
    """The same property on Zuid-West-Vlaanderen: adding each tie, and (read backwards) removing it."""
    from regienet.load import load_dataset

    region, config = open_region(None, None, None)
    before = check(region, config, municipalities=[m])
    ds = load_dataset(None)
    source, target, kind, extra = tie
    row = {c: None for c in ds.relations.columns}
    row.update({"source": source, "target": target, "kind": kind, "rid": len(ds.relations), **extra})
    import pandas as pd

    relations = pd.concat([ds.relations, pd.DataFrame([row])], ignore_index=True)
    from regienet.load import Dataset

    after_region = Region(Dataset(ds.actors, relations, ds.source), joint_venture_min=config.joint_venture_min)
    after = check(after_region, config, municipalities=[m])
    assert_not_lower(before, after, m, str(tie))
