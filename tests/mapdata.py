"""Hand-made regions for the map and export tests: a hostile one and a large synthetic one.

Both are written as the two CSV files of the data contract into a folder, so
they go through the real loader. The synthetic generator is deliberately small
and seeded (``regienet synth`` is the real one); it only has to give the map a
realistic load: clusters around municipalities, a band of regional actors,
and relations of every layer.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

ACTOR_HEADER = [
    "id",
    "name",
    "kind",
    "municipality",
    "scope",
    "operates_in",
    "subtype",
    "activities",
    "target_groups",
    "jobs",
    "lat",
    "lon",
    "provenance",
]
RELATION_HEADER = [
    "source",
    "target",
    "kind",
    "body",
    "capacity",
    "formal",
    "frequency",
    "amount_eur",
    "support",
    "via",
    "since",
    "until",
    "provenance",
    "note",
]

#: Strings that would run script or inject markup if a page treated them as HTML.
HOSTILE = (
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    '"><svg onload=alert(1)>',
    '<a href="javascript:alert(1)">href</a>',
    "{{7*7}} ${alert(1)} \u2028\u2029 & &amp; <!--",
)


def write_region(folder: Path, actors: list[dict], relations: list[dict], extra: list[str] = ()) -> Path:
    """Write ``actors.csv`` and ``relations.csv`` (UTF-8) into *folder*; return it."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "actors.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, ACTOR_HEADER + list(extra), extrasaction="raise")
        w.writeheader()
        for row in actors:
            w.writerow(row)
    with (folder / "relations.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, RELATION_HEADER)
        w.writeheader()
        for row in relations:
            w.writerow(row)
    return folder


def hostile_region(folder: Path) -> Path:
    """Two municipalities whose every free-text cell is an attack string.

    Names, provenance, notes, an extra column's header *and* values, and one
    municipality's name (so it reaches the page title, the filter and the
    header) are hostile. The ids are valid: the loader would refuse others.
    """
    x = HOSTILE
    extra = [x[0]]
    actors = [
        {
            "id": "alpha",
            "name": x[1],
            "kind": "municipality",
            "municipality": "alpha",
            "lat": "50.83",
            "lon": "3.26",
            "provenance": x[0],
            x[0]: x[1],
        },
        {"id": "ocmw_alpha", "name": "OCMW " + x[0], "kind": "ocmw", "municipality": "alpha", "provenance": x[2]},
        {
            "id": "beta",
            "name": "Beta " + x[2],
            "kind": "municipality",
            "municipality": "beta",
            "lat": "50.85",
            "lon": "3.31",
            "provenance": x[3],
        },
        {"id": "ocmw_beta", "name": x[4], "kind": "ocmw", "municipality": "beta"},
        {
            "id": "e1",
            "name": x[0],
            "kind": "enterprise",
            "municipality": "alpha",
            "subtype": "lde",
            "activities": "green|" + "cleaning",
            "target_groups": "low_skilled",
            "jobs": "12",
            "provenance": x[1],
            x[0]: x[0],
        },
        {
            "id": "e2",
            "name": x[3],
            "kind": "enterprise",
            "municipality": "alpha",
            "subtype": "reuse",
            "activities": "green",
            "target_groups": "low_skilled",
            "jobs": "40",
            "provenance": x[4],
        },
        {
            "id": "e3",
            "name": "Regional " + x[1],
            "kind": "enterprise",
            "scope": "regional",
            "operates_in": "*",
            "subtype": "social_workshop",
            "activities": "green",
            "target_groups": "low_skilled",
            "jobs": "200",
            "provenance": x[2],
        },
        {
            "id": "s1",
            "name": x[2],
            "kind": "support",
            "scope": "regional",
            "operates_in": "alpha|beta",
            "activities": "networking",
        },
        {"id": "f1", "name": "Forum " + x[0], "kind": "forum", "municipality": "alpha"},
        {"id": "gov", "name": x[4], "kind": "authority", "scope": "regional"},
    ]
    relations = [
        {"source": "alpha", "target": "e1", "kind": "founded", "formal": "yes", "provenance": x[0], "note": x[1]},
        {"source": "ocmw_alpha", "target": "e1", "kind": "client", "provenance": x[2], "note": x[3]},
        {"source": "alpha", "target": "f1", "kind": "convenes", "note": x[4]},
        {"source": "e1", "target": "f1", "kind": "member"},
        {"source": "beta", "target": "e3", "kind": "client", "note": x[0]},
        {
            "source": "ocmw_beta",
            "target": "e3",
            "kind": "funding",
            "amount_eur": "5000",
            "support": "financial",
            "note": x[1],
        },
        {"source": "alpha", "target": "gov", "kind": "accounts_to", "note": x[2]},
        {"source": "alpha", "target": "ocmw_alpha", "kind": "agreement", "note": x[3]},
    ]
    return write_region(folder, actors, relations, extra)


def synthetic_region(folder: Path, n_nodes: int = 3000, seed: int = 4) -> Path:
    """A seeded region of about *n_nodes* actors (exactly *n_nodes*) with every layer of relation."""
    rng = random.Random(seed)
    n_muni = 60
    n_regional = 120
    per_muni = 3  # municipality, OCMW, forum
    n_local = n_nodes - n_muni * per_muni - n_regional
    actors: list[dict] = []
    relations: list[dict] = []
    munis = [f"m{i:02d}" for i in range(n_muni)]
    subtypes = ["lde", "social_workshop", "sheltered_workshop", "insertion", "reuse", "other"]
    tags = ["green", "cleaning", "reuse", "catering", "home_care", "mobility", "laundry", "energy"]
    groups = ["low_skilled", "long_term_unemployed", "disabled", "ocmw_clients"]
    for i, m in enumerate(munis):
        lat = 50.6 + (i // 10) * 0.08 + rng.uniform(-0.02, 0.02)
        lon = 2.8 + (i % 10) * 0.12 + rng.uniform(-0.03, 0.03)
        actors.append(
            {
                "id": m,
                "name": f"Gemeente Synth {i}",
                "kind": "municipality",
                "municipality": m,
                "lat": f"{lat:.4f}",
                "lon": f"{lon:.4f}",
                "provenance": "synthetic",
            }
        )
        actors.append({"id": f"ocmw_{m}", "name": f"OCMW Synth {i}", "kind": "ocmw", "municipality": m})
        actors.append({"id": f"forum_{m}", "name": f"Stuurgroep LSB Synth {i}", "kind": "forum", "municipality": m})
        relations.append({"source": m, "target": f"forum_{m}", "kind": "convenes"})
        relations.append({"source": m, "target": f"ocmw_{m}", "kind": "agreement"})
    local_by_muni: dict[str, list[str]] = {m: [] for m in munis}
    for j in range(n_local):
        m = munis[j % n_muni]
        aid = f"a{j:04d}"
        kind = "enterprise" if j % 5 else "support"
        row = {
            "id": aid,
            "name": f"Actor {j} {m}",
            "kind": kind,
            "municipality": m,
            "activities": "|".join(rng.sample(tags, 2)),
            "target_groups": rng.choice(groups),
        }
        if kind == "enterprise":
            row["subtype"] = rng.choice(subtypes)
            row["jobs"] = str(rng.randint(2, 120))
        actors.append(row)
        local_by_muni[m].append(aid)
        gov = m if rng.random() < 0.5 else f"ocmw_{m}"
        if len(local_by_muni[m]) == 1 and kind == "enterprise":
            relations.append({"source": gov, "target": aid, "kind": "founded", "formal": "yes"})
        if rng.random() < 0.7:
            relations.append(
                {
                    "source": gov,
                    "target": aid,
                    "kind": rng.choice(["client", "informs", "consulted"]) if kind == "enterprise" else "informs",
                }
            )
        if rng.random() < 0.4:
            relations.append({"source": aid, "target": f"forum_{m}", "kind": "member"})
        if len(local_by_muni[m]) > 1 and rng.random() < 0.5:
            relations.append({"source": aid, "target": rng.choice(local_by_muni[m][:-1]), "kind": "cooperation"})
    for k in range(n_regional):
        aid = f"r{k:03d}"
        where = rng.sample(munis, rng.randint(2, 8))
        actors.append(
            {
                "id": aid,
                "name": f"Regional actor {k}",
                "kind": "enterprise" if k % 3 else "support",
                "scope": "regional",
                "operates_in": "|".join(where),
                "subtype": "other" if k % 3 else "",
                "activities": rng.choice(tags),
            }
        )
        for m in where:
            if rng.random() < 0.6:
                relations.append(
                    {
                        "source": m,
                        "target": aid,
                        "kind": rng.choice(["funding", "seat", "informs"]),
                        "body": "",
                        "capacity": "",
                    }
                )
    for r in relations:  # seat rows may name a body; keep the rest blank
        if r["kind"] == "seat":
            r["body"], r["capacity"] = "board", "mandate"
    return write_region(folder, actors, relations)
