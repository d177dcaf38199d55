"""Property-based tests: invariants of the rules on random valid regions.

Random small regions (``strategies.regions``) go through the real loader,
model and rule engine. Whatever the region:

- every finding cites actors that exist and relations that are rows of
  relations.csv (evidence triples ``(source, target, kind)``);
- the findings and levels do not depend on the order of the rows;
- the same input gives the same output — in one process and across
  processes with different hash seeds (set iteration order);
- adding a cooperation tie between two actors of M never adds an SA02
  (hub and spoke) or SA05 (coupling opportunity) finding for M.

Profiles (tests/conftest.py): ``dev`` locally, ``ci`` when ``$CI`` is set
(derandomised, under a minute for every property test together),
``thorough`` for a long hunt: ``HYPOTHESIS_PROFILE=thorough pytest tests/test_properties.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import assume, given
from hypothesis import strategies as st
from strategies import load_rows, regions

from regienet.model import Region
from regienet.render.views.check import check_json
from regienet.rules import check
from regienet.settings import from_mapping

ROOT = Path(__file__).resolve().parent.parent


def run_check(actors, relations, config=None):
    region = Region(load_rows(actors, relations))
    return region, check(region, config)


#: SA05 is capped per municipality (the best few); a new tie can let the next-best pair into the top,
#: so the "never adds a suggestion" property is stated on the uncapped list.
UNCAPPED = from_mapping({"thresholds": {"SA05": {"max_per_municipality": 10_000}}}, "test")


@given(regions())
def test_findings_cite_existing_actors_and_relations(rows):
    actors, relations = rows
    region, results = run_check(actors, relations)
    ids = {a["id"] for a in actors}
    triples = {(r["source"], r["target"], r["kind"]) for r in relations}
    for f in results.findings:  # a regional finding (RG) belongs to no municipality
        assert f.municipality in region.municipalities or (f.municipality is None and f.component == "RG")
        assert set(f.actors) <= ids, (f.rule, f.actors)
        assert set(f.relations) <= triples, (f.rule, f.relations)
        assert f.message("en") and f.message("nl")
    for m, levels in results.levels.items():
        assert all(v is None or 0 <= v <= 3 for v in levels.values()), (m, levels)


@given(regions(), st.randoms(use_true_random=False))
def test_same_input_same_output_whatever_the_row_order(rows, rnd):
    actors, relations = rows
    first = check_json(run_check(actors, relations)[1], "en")
    again = check_json(run_check(actors, relations)[1], "en")
    assert json.dumps(again) == json.dumps(first), "same input, different output"
    shuffled_actors, shuffled_relations = list(actors), list(relations)
    rnd.shuffle(shuffled_actors)
    rnd.shuffle(shuffled_relations)
    assert check_json(run_check(shuffled_actors, shuffled_relations)[1], "en") == first, "row order changed the output"


@given(regions(max_enterprises=5, min_enterprises=2), st.data())
def test_cooperation_tie_never_adds_hub_and_spoke_or_coupling_finding(rows, data):
    actors, relations = rows
    region, before = run_check(actors, relations, UNCAPPED)
    candidates = [m for m in region.municipalities if len(region.actors_of(m)) >= 2]
    assume(candidates)
    m = data.draw(st.sampled_from(candidates), label="municipality")
    a, b = data.draw(st.permutations(sorted(region.actors_of(m))), label="actors")[:2]
    via = data.draw(st.sampled_from(["", *region.governments(m)]), label="via")
    _, after = run_check(actors, [*relations, {"source": a, "target": b, "kind": "cooperation", "via": via}], UNCAPPED)

    def fired(results, code):
        return {f.actors for f in results.findings_for(m) if f.rule == code}

    if fired(after, "SA02"):
        # One fact, one finding (issue 23): where actors had no cooperation and no forum at all, that was SA06's
        # single finding and SA02 did not apply. The first cooperation makes SA02 applicable, and the actors it
        # leaves apart were already reported — by SA06. So a hub-and-spoke finding after the tie was there before,
        # as SA02 or inside SA06's "no forum, no cooperation".
        assert fired(before, "SA02") or fired(before, "SA06"), "a cooperation tie created a hub-and-spoke finding"
    assert fired(after, "SA05") <= fired(before, "SA05"), "a cooperation tie created a coupling suggestion"
    assert not any({a, b} == set(pair) for pair in fired(after, "SA05")), "the pair just tied is still suggested"


def _check_in_subprocess(data: Path, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "REGIENET_LANG": "en"}
    out = subprocess.run(
        [sys.executable, "-m", "regienet", "check", "--format", "json", "--data", str(data)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode in (0, 1), out.stderr
    return out.stdout


def test_same_output_across_processes_and_hash_seeds(tmp_path):
    """Set iteration order differs between processes (hash randomisation); the output must not."""
    from builders import base_rows, write_region

    write_region(tmp_path, *base_rows())
    for data in (tmp_path, ROOT / "data"):
        outputs = {_check_in_subprocess(data, seed) for seed in ("1", "4242")}
        assert len(outputs) == 1, f"check output on {data} depends on the hash seed"
