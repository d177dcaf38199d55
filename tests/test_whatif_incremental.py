"""A what-if region built incrementally (``Region.with_changes``) is the region rebuilt from its frames.

``whatif.apply`` and the plan search used to rebuild the whole :class:`Region` from the relations frame for
every evaluated change (the old rows minus the removed ones plus the added rows, cast to the frame's types,
then ``Region.__init__``). :func:`reference_rebuild` below is that implementation, kept as the reference: on
random additions and removals (of every relation kind, forums and ``founded`` ties included, and in a
``--year``) every index, every relation cell and the rules' results must equal it, order included.
"""

from __future__ import annotations

import random
from typing import Any

import pandas as pd
import pytest

from regienet.analysis.whatif import Change, _next_rid, _rows, candidates
from regienet.load import Dataset, load_dataset
from regienet.model import Region
from regienet.rules import check
from regienet.synth import synth_region, write_region


def reference_rebuild(region: Region, added: list[Change], removed: set[int]) -> Region:
    """The pre-incremental ``whatif.apply``: a new Region from the old frame minus *removed* plus *added*."""
    rel = region.dataset.relations
    keep = rel[~rel["rid"].isin(removed)] if removed else rel
    if added:
        first = _next_rid(region)
        rows = []
        for i, c in enumerate(added):
            row: dict[str, Any] = dict.fromkeys(rel.columns)
            row.update({"source": c.source, "target": c.target, "kind": c.kind, "rid": first + i, "line": 0})
            row.update(dict(c.extra))
            rows.append(row)
        frame = pd.DataFrame(rows, columns=rel.columns).astype(rel.dtypes.to_dict())
        keep = pd.concat([keep, frame], ignore_index=True)
    ds = region.dataset
    new = Dataset(ds.actors, keep.reset_index(drop=True), ds.source, dict(ds.files), ds.bundled)
    return Region(new, joint_venture_min=region.joint_venture_min, year=region.year)


def plain(index: dict) -> dict:
    """A nested index as plain dicts and lists (sets as lists in iteration order: evidence order depends on it)."""
    out = {}
    for k, v in index.items():
        if isinstance(v, dict):
            out[k] = plain(v)
        else:
            out[k] = list(v)
    return out


def assert_same(inc: Region, ref: Region) -> None:
    for name in ("_by_node", "_by_node_kind", "_forums_of", "_forum_members", "_forum_conveners"):
        assert plain(getattr(inc, name)) == plain(getattr(ref, name)), name
    for name in ("_src", "_tgt", "_kind", "founders"):
        assert getattr(inc, name) == getattr(ref, name), name
    assert inc.relation_columns == ref.relation_columns
    for column in sorted(ref.relation_columns):
        for rid in ref._src:
            assert inc.attr(rid, column) == ref.attr(rid, column), (rid, column)
    pd.testing.assert_frame_equal(inc.relations, ref.relations)
    pd.testing.assert_frame_equal(inc.dataset.relations, ref.dataset.relations)
    for m in ref.municipalities:
        assert inc.ties(m) == ref.ties(m), m
        assert inc.own_actors(m) == ref.own_actors(m), m
    assert inc.tied_municipalities == ref.tied_municipalities
    for body in sorted(ref.kind):
        assert inc.brokered_via(body) == ref.brokered_via(body), body
        assert inc.partners(body, ("cooperation", "agreement")) == ref.partners(body, ("cooperation", "agreement"))
    a, b = check(inc), check(ref)
    assert a.levels == b.levels
    assert [f.to_dict("en") for f in a.findings] == [f.to_dict("en") for f in b.findings]


def random_changes(region: Region, rng: random.Random) -> tuple[list[Change], set[int]]:
    """Up to 4 candidate ties of random municipalities to add, up to 4 random rows (any kind) to remove."""
    added: list[Change] = []
    for m in rng.sample(region.municipalities, min(2, len(region.municipalities))):
        cands = candidates(region, m)
        added += [c.change for c in rng.sample(cands, min(len(cands), rng.randint(0, 2)))]
    rids = list(region._src)
    # removals favour the kinds with derived indexes (forums, founders)
    special = [r for r in rids if region._kind[r] in ("member", "convenes", "founded")]
    removed = set(rng.sample(rids, rng.randint(0, 2))) | set(rng.sample(special, min(len(special), rng.randint(0, 2))))
    return added, removed


def incremental(region: Region, added: list[Change], removed: set[int]) -> Region:
    return region.with_changes(_rows(added, _next_rid(region)), removed)


@pytest.fixture(scope="module", params=["bundled", "bundled-2019", "hubs"])
def region(request, tmp_path_factory):
    if request.param == "bundled":
        return Region(load_dataset())
    if request.param == "bundled-2019":
        return Region(load_dataset(), year=2019)
    folder = tmp_path_factory.mktemp("hubs")
    write_region(*synth_region(8, seed=3, shape="hubs"), folder)
    return Region(load_dataset(folder))


@pytest.mark.parametrize("seed", range(6))
def test_incremental_equals_rebuild(region, seed):
    check(region)  # fill the base's caches: the incremental region keeps those the change leaves valid
    added, removed = random_changes(region, random.Random(seed))
    assert added or removed
    assert_same(incremental(region, added, removed), reference_rebuild(region, added, removed))


def test_changes_on_changes_equal_rebuild(region):
    """A what-if on a what-if (``whatif --add … --reach``: the plan searched on the changed region)."""
    rng = random.Random(99)
    added1, removed1 = random_changes(region, rng)
    check(region)
    inc1, ref1 = incremental(region, added1, removed1), reference_rebuild(region, added1, removed1)
    check(inc1)
    added2, removed2 = random_changes(ref1, rng)
    assert_same(incremental(inc1, added2, removed2), reference_rebuild(ref1, added2, removed2))


def test_base_is_not_modified(region):
    before = {name: plain(getattr(region, name)) for name in ("_by_node", "_by_node_kind", "_forum_members")}
    results = check(region)
    added, removed = random_changes(region, random.Random(5))
    check(incremental(region, added, removed))
    assert {name: plain(getattr(region, name)) for name in before} == before
    assert [f.to_dict("en") for f in check(region).findings] == [f.to_dict("en") for f in results.findings]
