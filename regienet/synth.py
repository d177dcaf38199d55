"""Synthetic regions of any size, in the data contract, for benchmarks and demos.

:func:`synth_region` builds a region of *n* municipalities that looks like a
Flemish one: municipalities on a jittered grid inside the bounding box of
Flanders, one OCMW each, an own LDE initiative in about 70 % of them, local
enterprises, regional enterprises and maatwerkbedrijven working in
neighbouring municipalities, one support centre, reuse centre (a regional
joint venture) and forum per cluster of about twelve municipalities (an
arrondissement-sized "region"), a few region-wide actors (``operates_in=*``),
the Flemish government and the five provinces. Questionnaire answers and the
policy relations (consulted, informs, reports_to, accounts_to) follow the
rates of the 2010 Zuid-West-Vlaanderen study (docs/data.md), with
some blanks (unknown). The result passes ``regienet validate``.

Sizes grow linearly: about 13 actors and 60–90 relations per municipality,
so 3,000 municipalities give ~40k actors and ~200k relations. Every
per-municipality choice looks only at a bounded neighbourhood (grid
neighbours, the cluster), never at the whole region.

The generator is deterministic: one :class:`random.Random` seeded with
*seed*, no iteration over sets or hash-ordered containers, fixed number
formatting — so the same ``(n, seed)`` gives byte-identical files on every
run and every machine with the same Python minor version.

Typical use::

    >>> from regienet.synth import synth_region
    >>> actors, relations = synth_region(13, seed=1)
    >>> sum(a["kind"] == "municipality" for a in actors)
    13
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from regienet.schema import ACTOR_COLUMNS, RELATION_COLUMNS

__all__ = [
    "ACTIVITIES",
    "ACTOR_FIELDS",
    "DEFAULT_SHAPE",
    "LAT_RANGE",
    "LDE_ACTIVITIES",
    "LON_RANGE",
    "MAX_MUNICIPALITIES",
    "RELATION_FIELDS",
    "SHAPES",
    "SUPPORT_ACTIVITIES",
    "TARGET_GROUPS",
    "Synth",
    "synth_region",
    "to_csv",
    "write_region",
]

#: Largest region ``synth`` builds: ~260k actors, ~1.3M relations (all of
#: Belgium has 565 municipalities; this leaves room for stress tests).
MAX_MUNICIPALITIES = 20_000

#: Bounding box of Flanders (WGS84): De Panne to Voeren, Ronse to Hoogstraten.
LAT_RANGE = (50.70, 51.45)
LON_RANGE = (2.55, 5.90)
#: Cells per cluster ("region" of ~12 municipalities, like an arrondissement).
CLUSTER_COLS, CLUSTER_ROWS = 4, 3
#: The ``grid`` shape's spacing of town halls: 1 km in degrees of latitude and (at 51° N) longitude.
KM_LAT, KM_LON = 1 / 111.2, 1 / 70.0

#: The shapes of region ``synth`` makes (``--shape``), the default first. Each stresses
#: regienet differently: ``clusters`` is the Flanders-like default (regional actors in
#: arrondissement-sized clusters and neighbourhoods), ``hubs`` has a few hundred regional
#: actors each tied to dozens of municipalities all over the region and one authority tied
#: to every municipality, ``flat`` has no regional actors at all, ``dense`` has big local
#: networks (30-60 actors per municipality, many cooperation ties), ``grid`` has town halls
#: about 1 km apart on a square grid, each with 4-12 local enterprises tagged with exactly two
#: activities and two target groups (so SA05 weighs up to 66 candidate pairs per municipality,
#: and the map's municipalities crowd each other: issue 27).
SHAPES: tuple[str, ...] = ("clusters", "hubs", "flat", "dense", "grid")
DEFAULT_SHAPE = SHAPES[0]

#: The columns synth writes: the contract's, without the optional figures of issue 25 (synth has none to give,
#: and its regions stay byte-identical).
ACTOR_FIELDS: tuple[str, ...] = tuple(c.name for c in ACTOR_COLUMNS if c.questionnaire not in ("C.2", "C.3"))
RELATION_FIELDS: tuple[str, ...] = tuple(c.name for c in RELATION_COLUMNS)

Row = dict[str, str]

# ----------------------------------------------------------------- vocabulary
_ROOTS = (
    "Aal", "Ander", "Bel", "Ber", "Bier", "Bos", "Brak", "Bree", "Dender", "Diks", "Dron", "Eke",
    "Ert", "Gav", "Geel", "Gits", "Hal", "Ham", "Har", "Hee", "Herz", "Hoe", "Hout", "Ichte", "Iz",
    "Kap", "Kas", "Keer", "Kort", "Kruis", "Kuur", "Laar", "Leer", "Len", "Lier", "Lo", "Maas",
    "Mal", "Meer", "Mer", "Moer", "Mol", "Naz", "Nin", "Oos", "Oud", "Pol", "Put", "Ro", "Rum",
    "Ster", "Schel", "Tem", "Tie", "Tor", "Vel", "Vlier", "Waar", "Wach", "Wer", "Wes", "Wie",
    "Wort", "Zan", "Zel", "Zon", "Zwe",
)  # fmt: skip
_SUFFIXES = (
    "gem", "hem", "zele", "kerke", "dijk", "rode", "hout", "beek", "lo", "laar", "donk", "hove",
    "berge", "ene", "ingen", "meer", "straten", "brugge", "veld", "bos", "dam", "el",
)  # fmt: skip
_PREFIXES = (
    "",
    "",
    "",
    "",
    "Sint-",
    "Oost-",
    "West-",
    "Noord-",
    "Zuid-",
    "Groot-",
    "Klein-",
    "Neder-",
    "Over-",
)
_WORDS = (
    "De Sprong", "Het Anker", "De Brug", "De Vlier", "Het Werkhuis", "Groen Plus", "Trampoline",
    "De Kering", "Mozaïek", "Pluspunt", "Ateljee", "Horizon", "Kompas", "Het Spoor", "Het Eiland",
    "De Kring", "Den Azalee", "Kiem", "De Stroom", "Vierkant", "Poort", "De Hefboom", "Opstap",
)  # fmt: skip
_PROVINCES = ("West-Vlaanderen", "Oost-Vlaanderen", "Vlaams-Brabant", "Antwerpen", "Limburg")

ACTIVITIES = (
    "green", "public_works", "energy", "reuse", "cleaning", "laundry", "catering", "childcare",
    "home_care", "mobility", "litter", "packaging", "assembly", "bicycle_repair", "printing",
    "logistics", "construction", "textile",
)  # fmt: skip
LDE_ACTIVITIES = (
    "home_care",
    "cleaning",
    "childcare",
    "green",
    "laundry",
    "mobility",
    "catering",
    "public_works",
    "litter",
)
TARGET_GROUPS = (
    "long_term_unemployed", "low_skilled", "disabled", "ocmw_clients", "older_jobseekers",
    "migrants", "youth", "ex_offenders",
)  # fmt: skip
SUPPORT_ACTIVITIES = (
    "se_support",
    "networking",
    "job_mediation",
    "training",
    "advice",
    "social_policy_support",
)

#: Name patterns per enterprise subtype (``{w}`` a word, ``{x}`` the municipality).
_ENTERPRISE_NAMES = {
    "lde": ("Buurtdienst {x}", "Klusjesdienst {x}", "Strijkatelier {w}", "Poetsdienst {x}"),
    "insertion": ("Invoegbedrijf {w}", "{w} bv", "{w} {x}"),
    "social_workshop": ("Sociale werkplaats {w}", "Werkplaats {x}"),
    "sheltered_workshop": ("Maatwerkbedrijf {w}", "{w} maatwerk"),
    "reuse": ("Kringwinkel {x}", "Tweedehands {w}"),
    "other": ("Vzw {w}", "Coöperatie {w}", "{w} {x}"),
}
#: Chance that the governments of M have any tie with an actor working in M, by where it comes from.
_TIE_CHANCE = {
    "own": 1.0,
    "local": 0.85,
    "seated": 0.9,
    "neighbour": 0.6,
    "cluster": 0.75,
    "everywhere": 0.45,
    "sparse": 0.6,  # the local actors of the hubs shape: fewer ties, most of its network is regional
}
_LOCAL_SUBTYPES = (
    ("lde", 25),
    ("insertion", 25),
    ("social_workshop", 15),
    ("reuse", 5),
    ("other", 30),
)


@dataclass
class _Plan:
    """What pass 1 created for one municipality, for pass 2 to tie together."""

    lead: str
    own: list[str] = field(default_factory=list)
    local: list[str] = field(default_factory=list)
    seated: list[str] = field(default_factory=list)
    lsb: str = ""
    work_forum: str = ""


@dataclass(frozen=True)
class _Policy:
    """Whether one municipality consults, informs, expects reports from and accounts to actors."""

    consults: bool
    informs: bool
    reporting: bool
    accounts: bool


class Synth:
    """One synthetic region under construction (use :func:`synth_region`)."""

    def __init__(self, n: int, seed: int, shape: str = DEFAULT_SHAPE):
        if n < 1:
            raise ValueError("n must be at least 1")
        if shape not in SHAPES:
            raise ValueError(f"unknown shape {shape!r}: one of {', '.join(SHAPES)}")
        self.n = n
        self.seed = seed
        self.shape = shape
        self.rng = random.Random(seed)
        if shape == DEFAULT_SHAPE:  # the rows of the default shape are as they always were
            self.provenance = f"synthetic (regienet synth, seed {seed})"
        else:
            self.provenance = f"synthetic (regienet synth, shape {shape}, seed {seed})"
        self.actors: list[Row] = []
        self.relations: list[Row] = []
        self._names: set[str] = set()
        self.plans: list[_Plan] = []
        self.founder: dict[str, str] = {}
        self.is_support: set[str] = {"vdab", "se_platform"}

    # ------------------------------------------------------------ helpers
    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, seq: Sequence):
        return seq[self.rng.randrange(len(seq))]

    def weighted(self, pairs: Sequence[tuple[str, int]]) -> str:
        return self.rng.choices([k for k, _ in pairs], weights=[w for _, w in pairs])[0]

    def tags(self, vocab: Sequence[str], lo: int, hi: int, blank: float) -> str:
        if self.chance(blank):
            return ""
        return "|".join(sorted(self.rng.sample(vocab, self.rng.randint(lo, hi))))

    def year(self, p: float = 0.4, low: int = 1998) -> str:
        return str(self.rng.randint(low, 2024)) if self.chance(p) else ""

    def actor(self, id: str, name: str, kind: str, **cols: str) -> Row:
        row = {"id": id, "name": name, "kind": kind, "provenance": self.provenance, **cols}
        self.actors.append(row)
        return row

    def rel(self, source: str, target: str, kind: str, **cols: str) -> None:
        if "since" not in cols:
            cols["since"] = self.year()
            if cols["since"] and self.chance(0.05):
                cols["until"] = str(self.rng.randint(int(cols["since"]), 2024))
        self.relations.append(
            {
                "source": source,
                "target": target,
                "kind": kind,
                "provenance": self.provenance,
                **cols,
            }
        )

    def town_name(self) -> str:
        for _ in range(25):
            name = self.pick(_PREFIXES) + self.pick(_ROOTS) + self.pick(_SUFFIXES)
            if name not in self._names:
                break
        else:
            name = f"{name} {len(self._names) + 1}"
        self._names.add(name)
        return name

    def enterprise_name(self, subtype: str, town: str) -> str:
        return self.pick(_ENTERPRISE_NAMES[subtype]).format(w=self.pick(_WORDS), x=town)

    # ------------------------------------------------------------ build
    def build(self, step: Callable[[float], None] | None = None) -> tuple[list[Row], list[Row]]:
        """Generate the region; *step* (a progress callback) gets ½ per municipality per pass."""
        if self.shape != DEFAULT_SHAPE:
            return self.build_shape(step)
        self.geography()
        self.region_wide()
        self.clusters()
        for i in range(self.n):
            self.municipality_actors(i)
            if step is not None:
                step(0.5)
        for i in range(self.n):
            self.municipality_relations(i)
            if step is not None:
                step(0.5)
        return self.actors, self.relations

    def geography(self) -> None:
        """Municipalities on a jittered grid in the bounding box; 8-neighbourhoods; clusters."""
        rng = self.rng
        (lat0, lat1), (lon0, lon1) = LAT_RANGE, LON_RANGE
        aspect = ((lon1 - lon0) * math.cos(math.radians((lat0 + lat1) / 2))) / (lat1 - lat0)
        if self.shape == "grid":
            aspect = 1.0
        cols = max(1, round(math.sqrt(self.n * aspect)))
        rows = math.ceil(self.n / cols)
        self.cols, self.rows = cols, rows
        self.ids: list[str] = []
        self.towns: list[str] = []
        self.cell: list[tuple[int, int]] = []
        self.latlon: list[tuple[float, float]] = []
        taken: set[str] = set()
        for i in range(self.n):
            r, c = divmod(i, cols)
            town = self.town_name()
            slug = re.sub(r"[^a-z0-9]+", "-", town.lower().replace("ï", "i")).strip("-")
            mid = slug if slug not in taken else f"{slug}-{i}"
            taken.add(mid)
            if self.shape == "grid":  # about 1 km apart (± 100 m), from the box's north-west corner
                lat = lat1 - (r + rng.uniform(-0.1, 0.1)) * KM_LAT
                lon = lon0 + (c + rng.uniform(-0.1, 0.1)) * KM_LON
            else:
                lat = lat1 - (r + 0.5 + rng.uniform(-0.3, 0.3)) * (lat1 - lat0) / rows
                lon = lon0 + (c + 0.5 + rng.uniform(-0.3, 0.3)) * (lon1 - lon0) / cols
            self.ids.append(mid)
            self.towns.append(town)
            self.cell.append((r, c))
            self.latlon.append((lat, lon))
        self.neighbours: list[list[int]] = []
        for r, c in self.cell:
            near = []
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    j = (r + dr) * cols + (c + dc)
                    if (dr or dc) and 0 <= c + dc < cols and 0 <= j < self.n:
                        near.append(j)
            self.neighbours.append(near)
        #: regional actors seated in a neighbour that operate in municipality i
        self.visiting: list[list[str]] = [[] for _ in range(self.n)]
        # clusters: blocks of CLUSTER_ROWS × CLUSTER_COLS cells, in first-cell order
        index: dict[tuple[int, int], int] = {}
        self.cluster_of: list[int] = []
        self.cluster_members: list[list[int]] = []
        for r, c in self.cell:
            key = (r // CLUSTER_ROWS, c // CLUSTER_COLS)
            if key not in index:
                index[key] = len(self.cluster_members)
                self.cluster_members.append([])
            self.cluster_of.append(index[key])
            self.cluster_members[index[key]].append(len(self.cluster_of) - 1)
        self.province = [min(4, int(c * 5 / cols)) for _, c in self.cell]

    def region_wide(self) -> None:
        """The Flemish government, the provinces and three actors working everywhere (``*``)."""
        self.actor("vlaamse_overheid", "Vlaamse overheid — Werk en Sociale Economie", "authority")
        used = sorted(set(self.province))
        self.provinces = {p: f"provincie_{p + 1}" for p in used}
        for p in used:
            self.actor(self.provinces[p], f"Provincie {_PROVINCES[p]}", "authority")
        centre = self.ids[self.n // 2]
        self.everywhere = [
            self.actor(
                "vdab",
                "VDAB",
                "support",
                municipality=centre,
                scope="regional",
                operates_in="*",
                activities="job_mediation|training",
                target_groups="jobseekers",
            )["id"],
            self.actor(
                "se_platform",
                "Platform Sociale Economie Vlaanderen",
                "support",
                municipality=centre,
                scope="regional",
                operates_in="*",
                activities="networking|se_support",
            )["id"],
            self.actor(
                "energiesnoeiers_vl",
                "Energiesnoeiers Vlaanderen",
                "enterprise",
                municipality=centre,
                scope="regional",
                operates_in="*",
                subtype="lde",
                activities="energy",
                target_groups="long_term_unemployed|low_skilled",
                jobs=str(self.rng.randint(80, 300)),
            )["id"],
        ]

    def clusters(self) -> None:
        """Per cluster: a support centre, a reuse centre (joint venture) and a regional forum."""
        self.cluster_actors: list[list[str]] = []
        self.cluster_forum: list[str] = []
        for members in self.cluster_members:
            centre = members[len(members) // 2]
            cid, town = self.ids[centre], self.towns[centre]
            ops = "|".join(self.ids[i] for i in members)
            sup = self.actor(
                f"steunpunt_{cid}",
                f"Regionaal steunpunt sociale economie regio {town}",
                "support",
                municipality=cid,
                scope="regional",
                operates_in=ops,
                activities="se_support|networking",
            )["id"]
            self.is_support.add(sup)
            reuse = self.actor(
                f"kringloop_{cid}",
                f"Kringloopcentrum regio {town}",
                "enterprise",
                municipality=cid,
                scope="regional",
                operates_in=ops,
                subtype="reuse",
                activities="reuse",
                target_groups="low_skilled|long_term_unemployed",
                jobs=str(self.rng.randint(20, 120)),
            )["id"]
            founders = self.rng.sample(members, min(len(members), self.rng.randint(3, 5)))
            for i in sorted(founders):
                gov = self.ids[i] if self.chance(0.5) else f"ocmw_{self.ids[i]}"
                self.rel(gov, reuse, "founded", formal="yes")
                self.rel(gov, reuse, "seat", body="general_assembly", capacity=self.capacity())
            forum = self.actor(
                f"forum_regio_{cid}",
                f"Regionaal overleg sociale economie regio {town}",
                "forum",
                municipality=cid,
                scope="regional",
            )["id"]
            self.rel(cid, forum, "convenes", frequency="quarterly")
            for a in (sup, reuse, "vdab"):
                self.rel(a, forum, "member")
            self.rel(self.provinces[self.province[centre]], forum, "member")
            self.cluster_actors.append([sup, reuse])
            self.cluster_forum.append(forum)

    # ------------------------------------------------------------ other shapes
    def build_shape(self, step: Callable[[float], None] | None = None) -> tuple[list[Row], list[Row]]:
        """Generate a region of shape ``hubs``, ``flat``, ``dense`` or ``grid`` (see :data:`SHAPES`).

        The same two passes as the default shape (every actor, then every
        relation of one municipality at a time), with the shape's own sizes;
        each municipality's choices look at its own actors and at the
        regional actors that work in it, so the cost stays linear.
        """
        self.geography()
        self.actor("vlaamse_overheid", "Vlaamse overheid — Werk en Sociale Economie", "authority")
        hubs = self.hubs() if self.shape == "hubs" else []
        local = {"hubs": (5, 9), "flat": (5, 10), "dense": (30, 60), "grid": (4, 12)}[self.shape]
        for i in range(self.n):
            self.shape_actors(i, local)
            if step is not None:
                step(0.5)
        coop = {"hubs": (0, 2), "flat": (0, 3), "dense": (1, 2), "grid": (0, 3)}[self.shape]
        for i in range(self.n):
            self.shape_relations(i, coop, hubs)
            if step is not None:
                step(0.5)
        return self.actors, self.relations

    def hubs(self) -> list[str]:
        """The ``hubs`` shape's regional actors: ``max(40, n/10)``, each working in 15-50 municipalities.

        Half work in a block of neighbouring municipalities, half in
        municipalities all over the region (a national support body, a
        sector federation), so their municipalities' centroid can be
        anywhere. Sampling is per actor (``rng.sample`` of a range), so the
        cost is the number of ties, never ``n`` × actors.
        """
        rng = self.rng
        out = []
        for j in range(max(40, self.n // 10)):
            k = min(self.n, rng.randint(15, 50))
            if self.chance(0.5):
                first = rng.randrange(self.n - k + 1)  # a block of consecutive grid cells (rows of the map)
                where = list(range(first, first + k))
            else:
                where = sorted(rng.sample(range(self.n), k))
            seat = where[len(where) // 2]
            support = self.chance(0.3)
            if support:
                cols: Row = {"activities": self.tags(SUPPORT_ACTIVITIES, 1, 2, 0.1)}
                name = f"{self.pick(('Steunpunt', 'Netwerk', 'Federatie'))} {self.pick(_WORDS)} {j + 1}"
            else:
                sub = self.pick(("sheltered_workshop", "insertion", "social_workshop", "reuse", "other"))
                cols = {
                    "subtype": sub,
                    "activities": self.tags(ACTIVITIES, 1, 3, 0.05),
                    "target_groups": self.tags(TARGET_GROUPS, 1, 2, 0.1),
                    "jobs": self.jobs(20, 900),
                }
                name = f"{self.enterprise_name(sub, self.towns[seat])} {j + 1}"
            a = self.actor(
                f"hub_{j + 1}",
                name,
                "support" if support else "enterprise",
                municipality=self.ids[seat],
                scope="regional",
                operates_in="|".join(self.ids[i] for i in where),
                **cols,
            )["id"]
            if support:
                self.is_support.add(a)
            for i in where:
                self.visiting[i].append(a)
            out.append(a)
        return out

    def governments(self, i: int) -> tuple[str, str, _Plan]:
        """Municipality *i*'s two governments (town hall at its coordinates, questionnaire answers; the OCMW
        leads in half of them); returns its id, its town and the plan whose lead is the leading government.
        Every shape starts a municipality with this (the same draws in the same order)."""
        m, town = self.ids[i], self.towns[i]
        lat, lon = self.latlon[i]
        lead_ocmw = self.chance(0.5)
        q_muni, q_ocmw = self.questionnaire(lead_ocmw)
        self.actor(
            m,
            f"Gemeente {town}",
            "municipality",
            municipality=m,
            scope="local",
            lat=f"{lat:.5f}",
            lon=f"{lon:.5f}",
            **q_muni,
        )
        self.actor(f"ocmw_{m}", f"OCMW {town}", "ocmw", municipality=m, scope="local", **q_ocmw)
        return m, town, _Plan(lead=f"ocmw_{m}" if lead_ocmw else m)

    def shape_actors(self, i: int, local: tuple[int, int]) -> None:
        """Pass 1 of the other shapes: governments, an own LDE (half of them), local actors, the LSB forum."""
        m, town, plan = self.governments(i)
        if self.chance(0.5):
            plan.own.append(
                self.actor(
                    f"lde_{m}",
                    f"LDE-initiatief {town}",
                    "enterprise",
                    municipality=m,
                    scope="local",
                    subtype="lde",
                    activities=self.tags(LDE_ACTIVITIES, 1, 3, 0.05),
                    target_groups=self.tags(TARGET_GROUPS, 1, 2, 0.1),
                    jobs=self.jobs(3, 40),
                )["id"]
            )
        for j in range(self.rng.randint(*local)):
            if self.shape == "grid":  # local enterprises only, each with two activities and two target groups
                self.grid_enterprise(m, town, j, plan)
                continue
            support = self.chance(0.1)
            sub = "" if support else self.weighted(_LOCAL_SUBTYPES)
            a = self.actor(
                f"se_{m}_{j + 1}",
                f"{self.pick(('Wijk-werken', 'Jobpunt', 'Buurtwerk'))} {town} {j + 1}"
                if support
                else f"{self.enterprise_name(sub, town)} {j + 1}",
                "support" if support else "enterprise",
                municipality=m,
                scope="local",
                subtype=sub,
                activities=self.tags(SUPPORT_ACTIVITIES if support else ACTIVITIES, 1, 2, 0.1),
                target_groups="" if support else self.tags(TARGET_GROUPS, 1, 2, 0.15),
                jobs="" if support else self.jobs(2, 60),
            )["id"]
            if support:
                self.is_support.add(a)
            plan.local.append(a)
        plan.lsb = self.actor(f"lsb_{m}", f"Stuurgroep LSB {town}", "forum", municipality=m, scope="local")["id"]
        self.plans.append(plan)

    def grid_enterprise(self, m: str, town: str, j: int, plan: _Plan) -> None:
        """A local enterprise of the ``grid`` shape: exactly two activities and two target groups."""
        sub = self.weighted(_LOCAL_SUBTYPES)
        a = self.actor(
            f"se_{m}_{j + 1}",
            f"{self.enterprise_name(sub, town)} {j + 1}",
            "enterprise",
            municipality=m,
            scope="local",
            subtype=sub,
            activities=self.tags(ACTIVITIES, 2, 2, 0.0),
            target_groups=self.tags(TARGET_GROUPS, 2, 2, 0.0),
            jobs=self.jobs(2, 60),
        )["id"]
        plan.local.append(a)

    def shape_relations(self, i: int, coop: tuple[int, int], hubs: list[str]) -> None:
        """Pass 2 of the other shapes: ties of the governments, the forum, cooperation, accounts."""
        rng = self.rng
        m = self.ids[i]
        ocmw = f"ocmw_{m}"
        govs = (m, ocmw)
        plan = self.plans[i]
        for a in plan.own:
            founder = ocmw if self.chance(0.6) else m
            self.founder[a] = founder
            self.rel(founder, a, "founded", formal="yes")
        policy = _Policy(
            consults=self.chance(6.5 / 13),
            informs=self.chance(5 / 13),
            reporting=self.chance(8 / 13),
            accounts=self.chance(1 / 13),
        )
        tied = []
        local = "sparse" if self.shape == "hubs" else "local"
        for group, cat in ((plan.own, "own"), (plan.local, local), (self.visiting[i], "cluster")):
            for a in group:
                if self.ties(a, cat, govs, plan.lead, policy):
                    tied.append(a)
        for g in govs:  # F26: accounts to higher government are mandatory; the one authority tied to all
            self.rel(g, "vlaamse_overheid", "accounts_to", formal="yes", frequency="yearly")
        self.rel(ocmw, plan.lsb, "convenes", frequency=self.pick(("quarterly", "yearly")))
        self.rel(m, plan.lsb, "member")
        for a in plan.own:
            self.rel(a, plan.lsb, "member")
        others = [a for a in tied if a not in plan.own]
        for a in rng.sample(others, min(len(others), rng.randint(0, 3))):
            self.rel(a, plan.lsb, "member")
        pool = plan.own + plan.local
        lo, hi = coop  # cooperation ties per local actor (dense) or per municipality
        count = rng.randint(lo * len(pool), hi * len(pool)) if self.shape == "dense" else rng.randint(lo, hi)
        for _ in range(count):
            if len(pool) < 2:
                break
            a, b = rng.sample(pool, 2)
            via = self.pick(govs) if self.chance(0.3) else ""
            self.rel(a, b, "cooperation", via=via, formal=self.pick(("", "yes", "no")))

    def capacity(self) -> str:
        # F9: seats are personal by law; only one municipality in 13 agreed on mandates.
        return self.weighted((("", 85), ("personal", 10), ("mandate", 5)))

    def questionnaire(self, ocmw_lead: bool) -> tuple[Row, Row]:
        """Answers of municipality and OCMW at the study's rates (F11–F34); ~5 % blank."""
        rng, ch = self.rng, self.chance
        muni: Row = {}
        ocmw: Row = {}
        inventory = ch(2 / 13)
        in_plans = ch(10 / 13)
        specific = in_plans and ch(5 / 10)
        both_lead = ch(1 / 13)
        lde_gov = ch(5 / 13)
        role = self.weighted((("regisseur", 8), ("actor", 3), ("unclear", 2)))
        council = ch(3 / 13)
        annual = ch(5 / 13)
        public = self.weighted((("activities", 9), ("none", 3), ("objectives", 1)))
        best_acc = self.weighted((("1", 2), ("2", 6), ("3", 4), ("4", 1)))
        lead_is_ocmw = ocmw_lead
        for row, is_ocmw in ((muni, False), (ocmw, True)):
            leads = both_lead or (is_ocmw == lead_is_ocmw)
            row["actor_inventory"] = "yes" if inventory and leads else "no"
            row["se_in_plans"] = "yes" if in_plans else "no"
            if not in_plans:
                row["se_goals"] = "none"
            elif specific and leads:
                row["se_goals"] = self.pick(("strategic", "operational"))
            else:
                row["se_goals"] = "general"
            row["se_lead"] = "yes" if leads else "no"
            row["lde_recognized"] = "yes" if lde_gov and is_ocmw else "no"
            row["role_choice"] = role
            row["council_mentions"] = str(rng.randint(2, 6) if council and leads else rng.randint(0, 1))
            row["annual_report"] = "yes" if annual and leads else "no"
            row["public_reporting"] = public if leads else self.pick(("none", public))
            row["accountability_level"] = best_acc if leads else str(rng.randint(1, int(best_acc)))
            for col in list(row):
                if ch(0.05):
                    row[col] = ""
        return muni, ocmw

    def municipality_actors(self, i: int) -> None:
        """Pass 1: rows of municipality *i*'s governments, its seated actors and its forums."""
        ch, rng = self.chance, self.rng
        m, town, plan = self.governments(i)
        if ch(0.7):  # F2, F30: most municipalities run an own LDE project
            plan.own.append(
                self.actor(
                    f"lde_{m}",
                    f"LDE-initiatief {town}",
                    "enterprise",
                    municipality=m,
                    scope="local",
                    subtype="lde",
                    activities=self.tags(LDE_ACTIVITIES, 1, 3, 0.05),
                    target_groups=self.tags(TARGET_GROUPS, 1, 2, 0.1),
                    jobs=self.jobs(3, 40),
                )["id"]
            )
        for j in range(rng.randint(5, 10)):
            sub = self.weighted(_LOCAL_SUBTYPES)
            plan.local.append(
                self.actor(
                    f"se_{m}_{j + 1}",
                    self.enterprise_name(sub, town),
                    "enterprise",
                    municipality=m,
                    scope="local",
                    operates_in=m if ch(0.3) else "",
                    subtype=sub,
                    activities=self.tags(ACTIVITIES, 1, 2, 0.1),
                    target_groups=self.tags(TARGET_GROUPS, 1, 2, 0.15),
                    jobs=self.jobs(2, 60),
                )["id"]
            )
        if ch(0.6):
            name = self.pick(("Wijk-werken {x}", "Lokaal dienstencentrum {x}", "Jobpunt {x}")).format(x=town)
            plan.local.append(
                self.actor(
                    f"support_{m}",
                    name,
                    "support",
                    municipality=m,
                    scope="local",
                    activities=self.tags(SUPPORT_ACTIVITIES, 1, 2, 0.1),
                )["id"]
            )
            self.is_support.add(plan.local[-1])
        near = self.neighbours[i]
        for prefix, sub, p, jobs in (
            ("mwb", "sheltered_workshop", 0.4, (50, 900)),
            ("reg", "", 0.6, (5, 120)),
        ):
            if ch(p):
                sub = sub or self.pick(("social_workshop", "insertion", "other"))
                where = sorted([i, *rng.sample(near, min(len(near), rng.randint(2, 5)))])
                a = self.actor(
                    f"{prefix}_{m}",
                    self.enterprise_name(sub, town),
                    "enterprise",
                    municipality=m,
                    scope="regional",
                    operates_in="|".join(self.ids[k] for k in where),
                    subtype=sub,
                    activities=self.tags(ACTIVITIES, 1, 3, 0.05),
                    target_groups=self.tags(TARGET_GROUPS, 1, 2, 0.1),
                    jobs=self.jobs(*jobs),
                )["id"]
                plan.seated.append(a)
                for k in where:
                    if k != i:
                        self.visiting[k].append(a)
        plan.lsb = self.actor(f"lsb_{m}", f"Stuurgroep LSB {town}", "forum", municipality=m, scope="local")["id"]
        if ch(4 / 13):  # F22: 4 of 13 have a formal consultation where the actors meet
            plan.work_forum = self.actor(
                f"wf_{m}",
                f"Lokaal werkgelegenheidsforum {town}",
                "forum",
                municipality=m,
                scope="local",
            )["id"]
        self.plans.append(plan)

    def municipality_relations(self, i: int) -> None:
        """Pass 2: every relation of municipality *i*'s governments and the actors seated there."""
        ch, rng = self.chance, self.rng
        m = self.ids[i]
        ocmw = f"ocmw_{m}"
        govs = (m, ocmw)
        plan = self.plans[i]
        lead = plan.lead
        for a in plan.own:
            founder = ocmw if ch(0.6) else m
            self.founder[a] = founder
            self.rel(founder, a, "founded", formal="yes")
        visiting = self.visiting[i]
        k = self.cluster_of[i]
        categories = (
            (plan.own, "own"),
            (plan.local, "local"),
            (plan.seated, "seated"),
            (visiting, "neighbour"),
            (self.cluster_actors[k], "cluster"),
            (self.everywhere, "everywhere"),
        )
        policy = _Policy(
            consults=ch(6.5 / 13),  # F16: about half consulted actors on the LSB
            informs=ch(5 / 13),  # F17: explanation to actors in 5 municipalities
            reporting=ch(8 / 13),  # F19: reporting expected in 8 municipalities
            accounts=ch(1 / 13),  # F28: only the centre city reports to the actors
        )
        tied: list[str] = []
        for group, cat in categories:
            for a in group:
                if self.ties(a, cat, govs, lead, policy):
                    tied.append(a)
        if ch(0.03):  # F34: a municipality–OCMW agreement is rare (tacit consensus)
            self.rel(m, ocmw, "agreement", formal="yes")
        for g in govs:  # F26: accounts to higher government are mandatory
            self.rel(g, "vlaamse_overheid", "accounts_to", formal="yes", frequency="yearly")
        if ch(0.3):
            self.rel(lead, self.provinces[self.province[i]], "accounts_to", frequency="yearly")

        # forums: the LSB steering group, with board members of the own actors (F16)
        self.rel(ocmw, plan.lsb, "convenes", frequency=self.pick(("quarterly", "yearly")))
        self.rel(m, plan.lsb, "member")
        for a in plan.own:
            self.rel(a, plan.lsb, "member")
        others = [a for a in tied if a not in plan.own]
        for a in rng.sample(others, min(len(others), rng.randint(0, 2))):
            self.rel(a, plan.lsb, "member")
        pool = plan.own + plan.local + plan.seated + visiting
        if plan.work_forum:
            self.rel(m, plan.work_forum, "convenes", frequency=self.pick(("monthly", "quarterly")))
            self.rel(ocmw, plan.work_forum, "member")
            for a in rng.sample(pool, min(len(pool), rng.randint(3, 7))):
                self.rel(a, plan.work_forum, "member", frequency="quarterly")
            self.rel("vdab", plan.work_forum, "member")
        if ch(0.5):
            self.rel(lead, self.cluster_forum[k], "member")

        # a little cooperation between actors, half of it around the own actor (C3)
        for _ in range(self.pick((0, 0, 1, 1, 1, 2, 2, 3))):
            if len(pool) < 2:
                break
            a = plan.own[0] if plan.own and ch(0.5) else self.pick(pool)
            b = self.pick(plan.local or pool)
            if a != b:
                via = self.pick(govs) if ch(0.3) else ""
                self.rel(a, b, "cooperation", via=via, formal=self.pick(("", "yes", "no")))

    def jobs(self, lo: int, hi: int) -> str:
        return "" if self.chance(0.1) else str(self.rng.randint(lo, hi))

    def ties(self, a: str, cat: str, govs: tuple[str, str], lead: str, policy: _Policy) -> bool:
        """Relations between the governments of one municipality and actor *a*; True when any."""
        ch = self.chance
        m, ocmw = govs
        p_tie = _TIE_CHANCE[cat]
        if not ch(p_tie):
            return False
        is_enterprise = a not in self.is_support
        own = cat == "own"
        carries = False
        if own:
            founder = self.founder[a]
            self.rel(founder, a, "seat", body="board", capacity=self.capacity(), formal="yes")
            other = ocmw if founder == m else m
            if ch(0.6):
                self.rel(other, a, "seat", body="general_assembly", capacity=self.capacity())
            self.rel(founder, a, "funding", **self.funding(own=True))
            carries = True
        n_rel = 0
        for g in govs:
            if not own and not ch(0.9 if g == lead else 0.7):
                continue
            n, carried = self.government_ties(g, a, cat, g == ocmw, is_enterprise, policy)
            n_rel += n
            carries = carries or carried
        if policy.reporting and carries and ch(0.75):
            self.rel(
                a,
                lead,
                "reports_to",
                formal=self.pick(("yes", "yes", "no")),
                frequency=self.pick(("weekly", "monthly", "quarterly", "yearly", "yearly")),
            )
            n_rel += 1
        if not own and n_rel == 0:  # always at least one tie when "tied"
            self.rel(lead, a, "informs" if not is_enterprise else "client", frequency="adhoc")
        return True

    def government_ties(
        self, g: str, a: str, cat: str, is_ocmw: bool, is_enterprise: bool, policy: _Policy
    ) -> tuple[int, bool]:
        """The ties of one government *g* to actor *a* (:meth:`ties`): how many, and whether one carries
        money or work (then *a* may report to the lead)."""
        ch = self.chance
        own = cat == "own"
        n_rel, carries = 0, False
        if is_enterprise and ch(0.8 if own else 0.6):  # F4: governments buy from enterprises
            self.rel(g, a, "client", formal=self.pick(("yes", "no", "")))
            carries = True
            n_rel += 1
        if is_ocmw and is_enterprise and ch(0.6):  # art. 60§7 referrals
            self.rel(g, a, "referral", frequency=self.pick(("monthly", "quarterly", "adhoc")))
            n_rel += 1
        if ch(0.45 if not own else 0.2):  # F6: agreements with actors are common
            self.rel(g, a, "agreement", formal="yes")
            carries = True
            n_rel += 1
        if not own and ch(0.3):
            self.rel(g, a, "funding", **self.funding(own=False))
            carries = True
            n_rel += 1
        if not own and cat in ("local", "seated") and ch(0.2):
            self.rel(
                g,
                a,
                "seat",
                body=self.pick(("board", "general_assembly", "advisory")),
                capacity=self.capacity(),
            )
            n_rel += 1
        if policy.consults and ch(0.9 if own else 0.3):
            self.rel(g, a, "consulted", frequency="adhoc")
            n_rel += 1
        if policy.informs and ch(0.9 if own else 0.35):
            self.rel(g, a, "informs", frequency=self.pick(("yearly", "adhoc")))
            n_rel += 1
        if policy.accounts and ch(0.8):
            self.rel(g, a, "accounts_to", frequency="yearly")
            n_rel += 1
        return n_rel, carries

    def funding(self, own: bool) -> Row:
        """A funding amount (blank ~15 %: spending is hard to trace, F35) and support mix."""
        rng = self.rng
        amount = "" if self.chance(0.15) else str(int(round(math.exp(rng.uniform(8.0, 12.0 if own else 10.5)), -2)))
        support = self.pick(
            (
                "financial",
                "financial|staff",
                "financial|material",
                "financial|material|staff",
                "material",
                "staff",
            )
        )
        return {"amount_eur": amount, "support": support}


def synth_region(
    n: int, seed: int = 0, step: Callable[[float], None] | None = None, shape: str = DEFAULT_SHAPE
) -> tuple[list[Row], list[Row]]:
    """A synthetic region of *n* municipalities: ``(actor rows, relation rows)``.

    For scale tests and demonstrations: the real region has 13 municipalities, Flanders about 300. The
    rows meet the data contract, so ``write_region`` + ``load_dataset`` read them like user data.

    Parameters
    ----------
    n : int
        Number of municipalities (at least 1).
    seed : int, optional
        The random seed. Same ``(n, seed, shape)``, same rows.
    step : callable, optional
        Called with ``0.5`` per municipality in each of the two passes (a progress bar's advance).
    shape : str, optional
        One of :data:`SHAPES` (default ``clusters``): how the regional actors and bodies spread.

    Returns
    -------
    actors, relations : list of dict
        Rows as dicts of column → text, exactly as they will appear in the CSV (blank = unknown).

    Raises
    ------
    ValueError
        When *n* < 1 or the shape is unknown.

    See Also
    --------
    write_region : Writes the rows as a data folder.

    Examples
    --------
    >>> actors, relations = synth_region(3, seed=1)
    >>> len(actors), len(relations), actors[0]["kind"]
    (43, 128, 'authority')
    """
    return Synth(n, seed, shape).build(step)


def to_csv(rows: list[Row], fields: Sequence[str]) -> str:
    """Rows as CSV text in the data contract's column order (``,``, LF, UTF-8)."""
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(fields)
    for row in rows:
        w.writerow([row.get(f, "") for f in fields])
    return buf.getvalue()


def write_region(actors: list[Row], relations: list[Row], folder: Path | str) -> tuple[Path, Path]:
    """Write ``actors.csv`` and ``relations.csv`` into *folder* (which must exist), each atomically.

    Each file is written to a temporary file beside it and renamed, so an interrupted run never leaves
    half a file; relations are written first so that a folder with a new ``actors.csv`` always has the
    matching relations.

    Parameters
    ----------
    actors, relations : list of dict
        The rows of :func:`synth_region`.
    folder : str or Path
        An existing folder.

    Returns
    -------
    tuple of Path
        The paths of ``actors.csv`` and ``relations.csv``.

    Raises
    ------
    UsageError
        When the folder is unwritable.
    """
    from regienet.outputs import atomic_write

    folder = Path(folder)
    rel = atomic_write(folder / "relations.csv", to_csv(relations, RELATION_FIELDS))
    act = atomic_write(folder / "actors.csv", to_csv(actors, ACTOR_FIELDS))
    return act, rel
