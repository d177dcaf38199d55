"""From validated frames to a networkx graph and the derived notions of DESIGN §3.

:class:`Region` is built once per run and answers every per-municipality
question from indexes, so a question about municipality M costs time in the
size of M's neighbourhood, not of the whole region. Rules, metrics, maps and
reports all take a :class:`Region`.

Definitions (DESIGN §3):

governments of M
    the municipality M and its OCMW.
actors of M
    enterprises and support organisations with M in ``operates_in`` (``*`` =
    everywhere), or with seat M when ``operates_in`` is blank.
own actor of M
    an actor with a ``founded`` tie from a government of M, unless founded by
    governments of ``joint_venture_min`` (default 3) or more municipalities: a
    regional joint venture is nobody's own actor.
regional actor
    ``scope=regional``, or operating in two or more municipalities.
tie of M
    a relation between a government of M and an actor, in one of four layers:
    governance (founded, seat), economic (client, funding, agreement, referral),
    policy (consulted, informs, reports_to, accounts_to) and cooperation
    (forum co-membership: the government convenes or sits in a forum the actor
    is a member of).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from enum import Enum
from functools import cached_property
from operator import itemgetter
from typing import Any, Final, Literal, NamedTuple, cast

import networkx as nx
import pandas as pd

from regienet.load import Dataset
from regienet.schema import (
    ACTOR_NODE_KINDS,
    ASSOCIATION_KINDS,
    COMPONENTS,
    GOVERNMENT_KINDS,
    INTEGRATED_FROM_YEAR,
    LAYERS,
    RELATION_KINDS,
)

__all__ = [
    "DEFAULT_JOINT_VENTURE_MIN",
    "LIST_ALL_UP_TO",
    "Mandate",
    "PlanEvidence",
    "Region",
    "Tie",
    "build_graph",
    "in_year",
    "plain_value",
]

DEFAULT_JOINT_VENTURE_MIN = 3
#: Up to this many municipalities, an unknown one is answered with the list of all of them.
LIST_ALL_UP_TO = 20
#: Relation kinds that couple two actors directly (besides sharing a forum).
_COUPLING_KINDS = ("cooperation", "agreement")
#: An actor with more coupling events than this is a hub (see Region._coupling_events).
_HUB_EVENTS = 200


class _Hub(Enum):
    """The marker :meth:`Region._every_event` returns for a hub (an enum member, so that the type checker
    tells it from a list of events)."""

    HUB = "hub"


_HUB: Final = _Hub.HUB
_Events = list[tuple[int, str, str]]
#: Municipalities whose local coupling graph is kept (see Region.local_couplings).
_COUPLING_CACHE = 8
_first = itemgetter(0)  # events sort by rid: file order
_LAYER = {kind: spec.layer for kind, spec in RELATION_KINDS.items()}  # relation kind → layer


class _Shared:
    """One object per distinct value, for region-wide indexes whose values repeat across tens of thousands
    of actors (a set of municipalities; a dict of such sets per layer). What it returns is shared: read-only."""

    def __init__(self) -> None:
        self._sets: dict[frozenset[str], frozenset[str]] = {}
        self._dicts: dict[tuple[tuple[str, frozenset[str]], ...], dict[str, frozenset[str]]] = {}

    def set(self, items: Iterable[str]) -> frozenset[str]:
        value = frozenset(items)
        return self._sets.setdefault(value, value)

    def dict(self, value: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
        return self._dicts.setdefault(tuple(value.items()), value)


class Mandate(NamedTuple):
    """Municipality *municipality* entrusted (part of) its regie to *association* (a ``mandates`` row).

    ``scope`` is the components the mandate covers (a blank ``scope`` cell: all four); ``government`` the
    government of the municipality that gave it, ``rid`` the relation row.
    """

    municipality: str
    association: str
    scope: frozenset[str]
    government: str
    rid: int

    def covers(self, component: str) -> bool:
        """The mandate covers *component* (``OV``, ``BL``, ``SA``, ``VA``)."""
        return component in self.scope


class PlanEvidence(NamedTuple):
    """What the multi-year plans (plans.csv) say about *m*'s policy lines (BL, issue 24).

    ``actions`` are the ``(body, action)`` pairs with a regie decree code (``WSE-LR1``…``WSE-LR4``) in the plan
    of a regie body of *m* for BL — its governments, and an association it mandated for BL.
    ``in_plans``: social economy is in the plans (an action with such a code; BL01's question);
    ``goals``: ``operational`` when an action carries a budget (goals translated into actions with means),
    ``general`` when the codes are named without a budget, ``none`` without any such action (BL02's).
    """

    actions: tuple[tuple[str, dict[str, object]], ...]
    in_plans: bool
    goals: str

    @property
    def codes(self) -> list[str]:
        """The regie codes in the plans, sorted."""
        return sorted({str(a["code"]) for _, a in self.actions})

    @property
    def bodies(self) -> list[str]:
        """The bodies whose plan holds the actions, in order of first action."""
        return list(dict.fromkeys(b for b, _ in self.actions))


class Tie(NamedTuple):
    """A tie between a government of M and an actor.

    ``rid`` is the relation row (``None`` for a forum co-membership tie, which
    is derived; then ``forum`` names the forum). A named tuple: the region
    rules build every municipality's ties (~90,000 at 3,000 municipalities),
    and a tuple is made in a third of the time of a frozen dataclass.
    """

    government: str
    actor: str
    kind: str
    layer: str
    rid: int | None
    forum: str | None = None


def plain_value(value: object) -> object:
    """A table cell as plain data for graph attributes and JSON: NaN/NA/None → None, tuples → lists,
    numpy scalars → Python numbers.

    >>> plain_value(float("nan")) is None, plain_value(("a", "b")), plain_value(3)
    (True, ['a', 'b'], 3)
    """
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NA:
        return None
    if isinstance(value, tuple):
        return list(value)
    if hasattr(value, "item"):  # numpy scalar
        return value.item()
    return value


_clean = plain_value  # the name model.py itself uses
#: Cell types :func:`plain_value` returns as they are (a float only when it is not NaN).
_PLAIN = frozenset({str, tuple, int, bool})


def build_graph(dataset: Dataset) -> nx.MultiDiGraph:
    """The region as a :class:`networkx.MultiDiGraph`.

    Nodes are actor ids with every known column as attribute (blank cells are
    left out, lists are lists). Each relation row is one edge keyed by its
    ``rid`` with attributes ``kind``, ``layer``, ``directed`` and every known
    column. Undirected kinds (agreement, cooperation) are stored once, in the
    direction written, with ``directed=False``.
    """
    G = nx.MultiDiGraph()
    actors = dataset.actors
    columns = [c for c in actors.columns if c != "line"]
    for row in actors[columns].itertuples(index=False, name=None):
        attrs: dict[str, Any] = {c: v for c, v in zip(columns, map(_clean, row), strict=True) if v is not None}
        # (node, dict) rather than **attrs: a data column called "key" or "node_for_adding" must not clash
        G.add_nodes_from([(attrs["id"], attrs)])
    rel = dataset.relations
    rcols = [c for c in rel.columns if c not in ("line",)]
    for row in rel[rcols].itertuples(index=False, name=None):
        attrs = {c: v for c, v in zip(rcols, map(_clean, row), strict=True) if v is not None}
        kind = RELATION_KINDS[attrs["kind"]]
        attrs["layer"] = kind.layer
        attrs["directed"] = kind.directed
        G.add_edges_from([(attrs.pop("source"), attrs.pop("target"), attrs["rid"], attrs)])
    return G


def in_year(relations: pd.DataFrame, year: int | None) -> pd.DataFrame:
    """Relations that count in *year*: ``since ≤ year ≤ until``, blanks open-ended."""
    if year is None:
        return relations
    since = relations["since"].astype("Float64")
    until = relations["until"].astype("Float64")
    keep = (since.isna() | (since <= year)) & (until.isna() | (until >= year))
    return relations[keep.fillna(True).astype(bool)]


class Region:
    """A region's network plus every derived notion, computed once.

    The graph of actors and relations (:attr:`graph`) and what the rules read from it — a
    municipality's governments, its actors, own actors and ties per layer — each built on first use
    and kept, so that the rules, the metrics and the analyses ask the same questions cheaply.

    Parameters
    ----------
    dataset : Dataset
        Validated data (see :func:`regienet.load.load_dataset`).
    joint_venture_min : int, optional
        An actor founded by governments of this many municipalities or more
        is a regional joint venture, not anybody's own actor (default 3).
    year : int, optional
        Evaluate the network as it stood in this year (``since``/``until``).

    See Also
    --------
    regienet.rules.check : The rules run on a region.
    regienet.metrics.connectivity : The measures of one municipality.

    Notes
    -----
    "Own actors" are the study's *eigen actoren* (F7): enterprises founded on a local government's
    impulse and steered by it. An enterprise founded by governments of several municipalities is a
    regional joint venture instead (F8: Kringloopcentrum, Energiesnoeiers), whence
    *joint_venture_min*.

    Examples
    --------
    >>> from regienet import Region, load_dataset
    >>> region = Region(load_dataset())
    >>> len(region.municipalities), region.governments("kortrijk")
    (13, ['kortrijk', 'ocmw_kortrijk'])
    """

    def __init__(
        self, dataset: Dataset, *, joint_venture_min: int = DEFAULT_JOINT_VENTURE_MIN, year: int | None = None
    ):
        self.dataset = dataset
        self.year = year
        self.joint_venture_min = joint_venture_min
        self.actors = dataset.actors
        self.relations = in_year(dataset.relations, year).set_index("rid", drop=False)
        self.relations.index.name = None
        a = self.actors
        self.kind: dict[str, str] = dict(zip(a["id"], a["kind"], strict=True))
        self.name: dict[str, str] = dict(zip(a["id"], a["name"], strict=True))
        muni_rows = a[a["kind"] == "municipality"]
        self.municipalities: list[str] = sorted(muni_rows["id"])
        self._governments: dict[str, list[str]] = {m: [m] for m in self.municipalities}
        self.government_of: dict[str, str] = {m: m for m in self.municipalities}
        for gid, m in zip(a.loc[a["kind"] == "ocmw", "id"], a.loc[a["kind"] == "ocmw", "municipality"], strict=True):
            self._governments[m].append(gid)
            self.government_of[gid] = m
        # where each actor works
        everywhere = frozenset(self.municipalities)
        self.operates: dict[str, frozenset[str]] = {}
        self._actors_of: dict[str, set[str]] = defaultdict(set)
        act = a[a["kind"].isin(ACTOR_NODE_KINDS)]
        for aid, ops, seat in zip(act["id"], act["operates_in"], act["municipality"], strict=True):
            if ops:
                where = everywhere if "*" in ops else frozenset(ops)
            elif seat:
                where = frozenset([seat])
            else:
                where = frozenset()
            self.operates[aid] = where
            for m in where:
                self._actors_of[m].add(aid)
        self.scope: dict[str, str | None] = dict(zip(act["id"], act["scope"], strict=True))
        # relation indexes
        r = self.relations
        self._by_node: dict[str, list[int]] = defaultdict(list)
        # the same, split by kind, so that a question about one kind of relation of a hub
        # (a region-wide actor with thousands of ties) does not scan all its relations
        self._by_node_kind: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        # member rids per (actor, forum)
        self._forums_of: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self._forum_members: dict[str, set[str]] = defaultdict(set)
        self._forum_conveners: dict[str, set[str]] = defaultdict(set)
        columns = [r[c].tolist() for c in ("rid", "source", "target", "kind")]  # lists iterate faster
        rid_list, src_list, tgt_list, kind_list = columns
        for rid, s, t, k in zip(*columns, strict=True):
            self._by_node[s].append(rid)
            self._by_node[t].append(rid)
            self._by_node_kind[s][k].append(rid)
            self._by_node_kind[t][k].append(rid)
            if k == "member":
                self._forums_of[s][t].append(rid)
                self._forum_members[t].add(s)
            elif k == "convenes":
                self._forum_conveners[t].add(s)
        # keyed by the same int objects as the lists above: one Python int per rid, not four (56 MB on a dense
        # region of 672,000 relations)
        self._src = dict(zip(rid_list, src_list, strict=True))
        self._tgt = dict(zip(rid_list, tgt_list, strict=True))
        self._kind = dict(zip(rid_list, kind_list, strict=True))
        self.founders: dict[str, frozenset[str]] = {}
        founded = r[r["kind"] == "founded"]
        tmp: dict[str, set[str]] = defaultdict(set)
        for s, t in zip(founded["source"], founded["target"], strict=True):
            tmp[t].add(self.government_of[s])
        self.founders = {k: frozenset(v) for k, v in tmp.items()}
        self._local_coupling_cache: dict[str, nx.Graph] = {}
        self._tag_frequency: tuple[Counter, int] | None = None
        self._ties_cache: dict[str, list[Tie]] = {}
        self._tied_to_cache: dict[str, frozenset[str]] = {}
        self._tied_cache: dict[str, frozenset[str]] = {}
        self._all_events: dict[str, _Events | Literal[_Hub.HUB]] = {}
        self._hub_peers: dict[str, dict[str, list[tuple[int, str, str]]]] = {}
        self._tag_sets: dict[str, tuple[frozenset[str], frozenset[str]]] = {}  # actor → (activities, groups)
        self._tag_pairs: dict[tuple[frozenset[str], frozenset[str]], tuple[frozenset[str], frozenset[str]]] = {}
        self._values: dict[str, dict[str, object]] = {}  # actor column → node → cleaned value (:meth:`value`)
        # relation cells are read by position (rid = row number when the data is read whole): a list per column
        # instead of a rid → cell dict, which cost 53 MB at 3,000 municipalities next to the frame itself
        self._relation_cells: dict[str, list] = {}
        rids = self.relations["rid"]
        self._rid_pos: dict[int, int] | None = (
            None if rids.tolist() == list(range(len(rids))) else {rid: i for i, rid in enumerate(rids)}
        )
        self._actor_columns = frozenset(a.columns)
        #: the relation columns (a what-if region answers this without building its frame)
        self.relation_columns: frozenset[str] = frozenset(self.relations.columns)
        self._regional = {x: self.scope.get(x) == "regional" or len(w) >= 2 for x, w in self.operates.items()}

    def with_changes(self, added: Iterable[dict[str, object]] = (), removed: Iterable[int] = ()) -> Region:
        """This region with relation rows *added* and the rows *removed* (rids) dropped, built incrementally.

        The same region as rebuilding from ``dataset.relations`` minus the removed rows plus the added ones
        (each added row a dict of cells with at least ``rid``, ``source``, ``target`` and ``kind``, its rid
        above every existing one; it counts in every year), but a what-if costs the size of the change, not of
        the region: the actor tables and their caches are shared, only the index entries of the touched
        actors are copied, and the frames are built only when asked (``relations``, ``dataset``). *self* is
        not modified.
        """
        return _ChangedRegion(self, list(added), set(removed))

    # ------------------------------------------------------------------ basics
    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        """The whole region as a MultiDiGraph (built on first use)."""
        if self.year is None:
            return build_graph(self.dataset)
        return build_graph(Dataset(self.actors, self.relations.reset_index(drop=True), self.dataset.source))

    def governments(self, m: str) -> list[str]:
        """Governments of *m*: the municipality first, then its OCMW (if any).

        Parameters
        ----------
        m : str
            Municipality id.

        Returns
        -------
        list of str
            One id (an integrated local government, no OCMW row) or two.
        """
        return list(self._governments[m])

    def regie_bodies(self, m: str, component: str | None = None) -> list[str]:
        """Who does regie for *m* in *component*: its governments, then the associations it mandated.

        The bodies whose ties are *m*'s regie work (regie by mandate, DESIGN §4; issue 24). The component
        levels and the rules read regie ties through it
        (:func:`regienet.rules.activities.regie_relations`, :func:`regienet.rules._util.direct_ties`).

        Parameters
        ----------
        m : str
            Municipality id.
        component : str, optional
            ``OV``, ``BL``, ``SA`` or ``VA``; mandates for any component when ``None``.

        Returns
        -------
        list of str
            *m*'s governments (the municipality first, then its OCMW), then the mandated associations in
            id order.
        """
        mandated = sorted({x.association for x in self.mandates(m, component)})
        return [*self._governments[m], *mandated]

    def is_government(self, node: str) -> bool:
        return self.kind.get(node) in GOVERNMENT_KINDS

    # ------------------------------------------------------------------ today's institutions (issue 24)
    @cached_property
    def associations(self) -> list[str]:
        """Associations of municipalities (``kind=association``), by id."""
        return sorted(a for a, k in self.kind.items() if k in ASSOCIATION_KINDS)

    def is_association(self, node: str) -> bool:
        return self.kind.get(node) in ASSOCIATION_KINDS

    @cached_property
    def _mandates(self) -> dict[str, list[Mandate]]:
        """``municipality → mandates`` its governments gave, in file order (the year's relations only)."""
        out: dict[str, list[Mandate]] = {}
        for m in self.municipalities:
            for g in self._governments[m]:
                for rid in self._by_node_kind.get(g, {}).get("mandates", ()):
                    if self._src[rid] != g:
                        continue
                    scope = self.attr(rid, "scope")
                    covered = frozenset(cast(list[str], scope)) if scope else frozenset(COMPONENTS)
                    out.setdefault(m, []).append(Mandate(m, self._tgt[rid], covered, g, rid))
            if m in out:
                out[m].sort(key=lambda x: x.rid)
        return out

    def mandates(self, m: str, component: str | None = None) -> list[Mandate]:
        """The mandates *m*'s governments gave to associations (covering *component*, when given).

        Parameters
        ----------
        m : str
            Municipality id.
        component : str, optional
            ``OV``, ``BL``, ``SA`` or ``VA``; every mandate when ``None``.

        Returns
        -------
        list of Mandate
            ``(municipality, association, scope, government, rid)`` per ``mandates`` row, in file order.
        """
        found = self._mandates.get(m, [])
        return [x for x in found if component is None or x.covers(component)]

    def mandated_by(self, association: str, component: str | None = None) -> list[str]:
        """Municipalities that mandated *association* (for *component*, when given), by id."""
        return sorted(
            m
            for m, ms in self._mandates.items()
            if any(x.association == association for x in ms if component is None or x.covers(component))
        )

    def integrated(self, m: str) -> bool:
        """Municipality and OCMW of *m* are one local government: *m* has no OCMW row (the municipality is
        the whole local government), or the snapshot year (``--year``) is 2019 or later (Decreet over het
        lokaal bestuur, in force 1 January 2019). Without ``--year`` a region with OCMW rows keeps the 2010
        institutions: two governments."""
        if len(self._governments[m]) < 2:
            return True
        return self.year is not None and self.year >= INTEGRATED_FROM_YEAR

    @property
    def has_plans(self) -> bool:
        """The region has a ``plans.csv`` (then BL reads the plans' actions, not the self-reported answers)."""
        return self.dataset.plans is not None

    @cached_property
    def _plans(self) -> dict[str, list[dict[str, object]]]:
        plans = self.dataset.plans
        out: dict[str, list[dict[str, object]]] = {}
        if plans is None:
            return out
        columns = [c for c in plans.columns if c != "line"]
        for row in plans[[*columns, "line"]].itertuples(index=False, name=None):
            cells = {c: _clean(v) for c, v in zip([*columns, "line"], row, strict=True)}
            year = cells.get("year")
            if self.year is not None and isinstance(year, int) and year > self.year:
                continue  # an action planned after the snapshot year is not yet in the plan
            out.setdefault(str(cells["government"]), []).append(cells)
        return out

    def plan_evidence(self, m: str) -> PlanEvidence | None:
        """What the plans say about *m*'s policy lines (:class:`PlanEvidence`), or ``None`` when the region has
        no plans.csv (then the self-reported answers se_in_plans and se_goals stand). A mandated association's
        plan counts for *m* only when the mandate covers BL."""
        if not self.has_plans:
            return None
        from regienet.schema import REGIE_PLAN_CODES

        found = tuple(
            (body, action)
            for body in self.regie_bodies(m, "BL")
            for action in self.plan_actions(body)
            if action.get("code") in REGIE_PLAN_CODES
        )
        budgeted = any(_positive(a.get("budget_eur")) for _, a in found)
        goals = "operational" if budgeted else "general" if found else "none"
        return PlanEvidence(found, bool(found), goals)

    def plan_actions(self, body: str) -> list[dict[str, object]]:
        """The actions of *body*'s multi-year plan (a government or an association), in file order: dicts of
        the plans.csv cells (``code``, ``title``, ``year``, ``budget_eur``, ``provenance``, ``line``).
        With ``--year Y`` an action of a later year is left out."""
        return list(self._plans.get(body, ()))

    def actors_of(self, m: str) -> frozenset[str]:
        """Enterprises and support organisations working in *m*.

        Parameters
        ----------
        m : str
            Municipality id.

        Returns
        -------
        frozenset of str
            Actor ids whose ``municipality`` or ``operates_in`` names *m*, regional actors included.

        See Also
        --------
        own_actors, tied_actors
        """
        return frozenset(self._actors_of.get(m, ()))

    def is_actor_of(self, m: str, node: str) -> bool:
        """*node* is an enterprise or support organisation working in *m*."""
        return node in self._actors_of.get(m, ())

    def is_regional(self, actor: str) -> bool:
        """``scope=regional`` or operating in two or more municipalities."""
        return self._regional.get(actor, False)

    def is_joint_venture(self, actor: str) -> bool:
        """Founded by governments of ``joint_venture_min`` or more municipalities."""
        return len(self.founders.get(actor, ())) >= self.joint_venture_min

    def own_actors(self, m: str) -> frozenset[str]:
        """Actors founded by a government of *m* that are not regional joint ventures.

        Parameters
        ----------
        m : str
            Municipality id.

        Returns
        -------
        frozenset of str
            Actor ids: the study's own actors (*eigen actoren*, F7).

        Notes
        -----
        The report's first conclusion (C1) is that governments look after their own actors and lose sight
        of the rest of the field; OV02 and SA04 measure that from this set.

        Examples
        --------
        >>> from regienet import Region, load_dataset
        >>> sorted(Region(load_dataset()).own_actors("kortrijk"))
        ['lde_kortrijk']
        """
        out = set()
        for g in self._governments[m]:
            for rid in self._by_node.get(g, ()):
                if self._kind[rid] == "founded" and self._src[rid] == g:
                    target = self._tgt[rid]
                    if not self.is_joint_venture(target):
                        out.add(target)
        return frozenset(out)

    def regional_actors_of(self, m: str) -> frozenset[str]:
        return frozenset(a for a in self.actors_of(m) if self.is_regional(a))

    def relation(self, rid: int) -> tuple[str, str, str]:
        """``(source, target, kind)`` of relation *rid* — the evidence triple of the JSON contract."""
        return (self._src[rid], self._tgt[rid], self._kind[rid])

    def relations_of(self, node: str, kinds: Iterable[str] | None = None) -> list[int]:
        """Relation ids touching *node* (optionally of the given kinds), in file order."""
        if kinds is None:
            return list(self._by_node.get(node, ()))
        by_kind = self._by_node_kind.get(node)
        if not by_kind:
            return []
        lists = [by_kind[k] for k in set(kinds) if k in by_kind]
        if len(lists) == 1:
            return list(lists[0])
        return sorted(rid for rids in lists for rid in rids)  # rids ascend in file order

    def _cells(self, column: str) -> dict[str, object] | None:
        """``node → cleaned cell`` of one actor column (lists kept as tuples), built once; ``None`` if absent.

        Built from ``tolist()`` (numbers as Python numbers, as iterating gives), cleaning only the cells that
        are neither text nor blank nor a list: the rules ask ~200,000 times on 3,000 municipalities.
        """
        cells = self._values.get(column)
        if cells is None:
            if column not in self._actor_columns:
                return None
            frame = self.actors
            cells = self._values[column] = {
                k: v if v is None or type(v) in _PLAIN else _clean(v)
                for k, v in zip(frame.index.tolist(), frame[column].tolist(), strict=True)
            }
        return cells

    def value(self, node: str, column: str) -> object:
        """An actor attribute, ``None`` when blank (unknown); a list cell as a new list.

        Cleaned once per column (:meth:`_cells`); lists are kept as tuples and copied out, so that no caller
        can change what the next one reads.
        """
        cells = self._cells(column)
        if cells is None:
            return None
        value = cells[node]
        return list(value) if type(value) is tuple else value

    def attr(self, rid: int, column: str) -> object:
        """A relation attribute, ``None`` when blank."""
        cells = self._relation_cells.get(column)
        if cells is None:
            cells = self._relation_cells[column] = self.relations[column].tolist()
        return _clean(cells[rid if self._rid_pos is None else self._rid_pos[rid]])

    # ------------------------------------------------------------------ ties
    def ties(self, m: str, layer: str | None = None) -> list[Tie]:
        """Ties between the governments of *m* and actors (enterprise/support), optionally of one layer.

        Relations to an OCMW count as the municipality's; a forum the government convenes or joins ties it
        to each actor member (``kind`` ``forum``, ``rid`` ``None``); an association *m* mandated brings its
        ties in too (regie by mandate, DESIGN §4).

        Parameters
        ----------
        m : str
            Municipality id.
        layer : str, optional
            One of :data:`~regienet.schema.LAYERS` (``governance``, ``economic``, ``policy``,
            ``cooperation``); all layers when ``None``.

        Returns
        -------
        list of Tie
            ``(government, actor, kind, layer, rid, forum)`` in relation-file order.

        See Also
        --------
        layer_counts, tied_actors
        """
        if m not in self._ties_cache:
            src, tgt, kinds, kind_of, by_node = self._src, self._tgt, self._kind, self.kind.get, self._by_node
            govs = set(self._governments[m])
            out: list[Tie] = []
            for g in self._governments[m]:
                for rid in by_node.get(g, ()):
                    s, k = src[rid], kinds[rid]
                    if s == g:
                        other = tgt[rid]
                    elif s in govs:
                        continue  # a municipality–OCMW relation is seen once, from the source
                    else:
                        other = s
                    other_kind = kind_of(other)
                    if other_kind in ACTOR_NODE_KINDS:
                        out.append(Tie(g, other, k, _LAYER[k], rid))
                    elif other_kind == "forum" and k in ("convenes", "member"):
                        for member in sorted(self._forum_members.get(other, ())):
                            if kind_of(member) in ACTOR_NODE_KINDS:
                                out.append(Tie(g, member, "forum", "cooperation", None, other))
            out += self._mandated_ties(m)
            self._ties_cache[m] = out
        ties = self._ties_cache[m]
        return ties if layer is None else [x for x in ties if x.layer == layer]

    def _mandated_ties(self, m: str) -> list[Tie]:
        """The ties of the associations *m* mandated that count as *m*'s (regie by mandate, issue 24).

        An association's relation with an actor working in *m* counts when the mandate covers a component of
        the relation's kind (``RELATION_KINDS[kind].components``: consulting is BL, informing BL and SA,
        a forum SA, an account VA, an agreement OV); a forum it convenes or sits in couples *m* to the forum's
        members that work in *m* when the mandate covers SA. ``government`` of such a tie is the association.
        """
        scopes: dict[str, set[str]] = {}
        for x in self.mandates(m):
            scopes.setdefault(x.association, set()).update(x.scope)
        if not scopes:
            return []
        here = self._actors_of.get(m, set())
        src, tgt, kinds, kind_of = self._src, self._tgt, self._kind, self.kind.get
        out: list[Tie] = []
        for a, scope in scopes.items():
            for rid in self._by_node.get(a, ()):
                s, k = src[rid], kinds[rid]
                other = tgt[rid] if s == a else s
                other_kind = kind_of(other)
                if other_kind in ACTOR_NODE_KINDS:
                    if other in here and scope.intersection(RELATION_KINDS[k].components):
                        out.append(Tie(a, other, k, _LAYER[k], rid))
                elif other_kind == "forum" and k in ("convenes", "member") and "SA" in scope:
                    for member in sorted(self._forum_members.get(other, ())):
                        if kind_of(member) in ACTOR_NODE_KINDS and member in here:
                            out.append(Tie(a, member, "forum", "cooperation", None, other))
        return out

    def tied_actors(self, m: str, kinds: Iterable[str] | None = None) -> frozenset[str]:
        """Actors with at least one tie (of the given kinds) to a government of *m*.

        Parameters
        ----------
        m : str
            Municipality id.
        kinds : iterable of str, optional
            Relation kinds to count (``client``, ``seat`` …, or ``forum`` for a shared forum); any when
            ``None``.

        Returns
        -------
        frozenset of str
            Actor ids.

        Examples
        --------
        >>> from regienet import Region, load_dataset
        >>> sorted(Region(load_dataset()).tied_actors("kortrijk", ["client"]))
        ['kringloop_zwvl', 'lde_kortrijk', 'waak']
        """
        if kinds is None:
            if m not in self._tied_cache:
                self._tied_cache[m] = frozenset(x.actor for x in self.ties(m))
            return self._tied_cache[m]
        ks = set(kinds)
        return frozenset(x.actor for x in self.ties(m) if x.kind in ks)

    def tag_frequency(self) -> tuple[Counter, int]:
        """How many actors carry each tag: ``{("a", activity) | ("g", target group): n}``, and the number of
        actors with any tag (SA05 tells specific target groups from generic ones)."""
        if self._tag_frequency is None:
            tags: list[tuple[str, str]] = []
            total = 0
            for a, k in self.kind.items():
                if k not in ACTOR_NODE_KINDS:
                    continue
                acts, groups = self.tag_sets(a)
                if acts or groups:
                    total += 1
                    tags += [("a", x) for x in acts]
                    tags += [("g", x) for x in groups]
            self._tag_frequency = (Counter(tags), total)
        return self._tag_frequency

    def tag_sets(self, actor: str) -> tuple[frozenset[str], frozenset[str]]:
        """The activities and the target groups of *actor* as sets (empty when blank), built once per actor:
        SA05 asks for the same regional actors in every municipality they work in."""
        out = self._tag_sets.get(actor)
        if out is None:
            acts, groups = self._cells("activities"), self._cells("target_groups")
            pair = (
                frozenset(cast(tuple[str, ...], acts.get(actor) or ())) if acts is not None else frozenset(),
                frozenset(cast(tuple[str, ...], groups.get(actor) or ())) if groups is not None else frozenset(),
            )
            # one object per distinct pair: actors share a few hundred tag combinations (~0.5 KB per actor
            # otherwise, 70 MB on a dense region of 145,000 actors)
            out = self._tag_sets[actor] = self._tag_pairs.setdefault(pair, pair)
        return out

    def reached_through_bodies(self, m: str) -> frozenset[str]:
        """Actors a government of *m* reaches through a regional body it sits in, or that are known to an
        association *m* mandated for OV (:meth:`_known_to_mandated`, issue 24).

        A government of *m* holds a ``seat`` in a regional actor B; every actor
        that cooperates or has an agreement with B is within reach (OV01: not a
        blind spot). Sinergiek, in whose board nearly all governments sit,
        bundles the expertise of its support partners (report Voorwoord, §2.3).
        """
        out: set[str] = set(self._known_to_mandated(m))
        for g in self._governments[m]:
            for rid in self._by_node_kind.get(g, {}).get("seat", ()):
                body = self._tgt[rid]
                if self._src[rid] != g or not self.is_regional(body):
                    continue
                for k in _COUPLING_KINDS:
                    for r2 in self._by_node_kind.get(body, {}).get(k, ()):
                        other = self._tgt[r2] if self._src[r2] == body else self._src[r2]
                        if self.kind.get(other) in ACTOR_NODE_KINDS:
                            out.add(other)
        return frozenset(out)

    def _known_to_mandated(self, m: str) -> set[str]:
        """Actors working in *m* that an association *m* mandated for OV (the environment analysis) has any
        relation with, or meets in a forum it convenes or sits in: known to the body that carries *m*'s
        overview, so no blind spot of *m* (issue 24)."""
        here = self._actors_of.get(m, set())
        out: set[str] = set()
        for x in self.mandates(m, "OV"):
            for rid in self._by_node.get(x.association, ()):
                other = self._tgt[rid] if self._src[rid] == x.association else self._src[rid]
                if other in here:
                    out.add(other)
                elif self.kind.get(other) == "forum":
                    out.update(a for a in self._forum_members.get(other, ()) if a in here)
        return out

    def governments_tied_to(self, actor: str) -> frozenset[str]:
        """Municipalities whose governments have any relation with *actor* (forums included)."""
        if actor not in self._tied_to_cache:
            out = set()
            for rid in self._by_node.get(actor, ()):
                other = self._tgt[rid] if self._src[rid] == actor else self._src[rid]
                if other in self.government_of:
                    out.add(self.government_of[other])
            self._tied_to_cache[actor] = frozenset(out)
        return self._tied_to_cache[actor]

    # ------------------------------------------------------------------ projections
    def forum_members(self, forum: str) -> frozenset[str]:
        return frozenset(self._forum_members.get(forum, ()))

    def forum_conveners(self, forum: str) -> frozenset[str]:
        return frozenset(self._forum_conveners.get(forum, ()))

    @cached_property
    def forums(self) -> list[str]:
        return [a for a, k in self.kind.items() if k == "forum"]

    @cached_property
    def seats_by_body(self) -> dict[tuple[str, object], frozenset[str]]:
        """``(actor, body) → governments`` holding a seat in that body (``body`` ``None`` when blank).

        The interlocks of F8 without the pairs of seat holders: a body with k
        seat holders costs k here, not k². Keys in first-seat (file) order.
        """
        seats: dict[tuple[str, object], set[str]] = defaultdict(set)
        for rid in self.relations["rid"][self.relations["kind"] == "seat"]:
            seats[(self._tgt[rid], self.attr(rid, "body"))].add(self._src[rid])
        return {k: frozenset(v) for k, v in seats.items()}

    @cached_property
    def tied_municipalities(self) -> dict[str, dict[str, frozenset[str]]]:
        """``actor → layer → municipalities`` whose governments have a tie of that layer with the actor.

        The actor's side of :meth:`ties` (forum co-membership included, as in
        SA04's "no tie"), built once from every municipality's ties: the cost is
        the number of ties in the region. Only actors with a tie appear; every
        layer of :data:`~regienet.schema.LAYERS` is present for them.

        Read-only: actors with the same municipalities on every layer share one
        inner dict, and equal sets are one object (most actors of a big region
        are tied to their one municipality: 145,000 dicts and sets took 100 MB
        on a dense region of 3,000 municipalities).
        """
        out: dict[str, dict[str, set[str]]] = {}
        for m in self.municipalities:
            for tie in self.ties(m):
                layers = out.get(tie.actor)
                if layers is None:
                    layers = out[tie.actor] = {layer: set() for layer in LAYERS}
                layers[tie.layer].add(m)
        shared = _Shared()
        return {a: shared.dict({layer: shared.set(ms) for layer, ms in layers.items()}) for a, layers in out.items()}

    def municipalities_tied_to(self, actor: str) -> frozenset[str]:
        """Municipalities with any tie (any layer) to *actor*; see :attr:`tied_municipalities`."""
        return self._tied_any.get(actor, frozenset())

    @cached_property
    def _tied_any(self) -> dict[str, frozenset[str]]:
        shared = _Shared()
        return {a: shared.set(frozenset().union(*layers.values())) for a, layers in self.tied_municipalities.items()}

    def actor_couplings(self, actors: Iterable[str]) -> nx.Graph:
        """Ties *among* the given actors: cooperation, actor–actor agreements, shared forums.

        Returns an undirected simple graph on exactly *actors*; edge attribute
        ``kinds`` lists why two actors are coupled.
        """
        nodes = set(actors)
        order = sorted(nodes)
        edges: dict[frozenset[str], tuple[str, str, dict]] = {}  # in order of first coupling
        for a in order:
            # events (rid, peer, why) in file order; each side of a pair adds its own, as before
            for _, peer, why in self._coupling_events(a, nodes):
                key = frozenset((a, peer))
                if key in edges:
                    data = edges[key][2]
                    data["weight"] += 1
                    data["kinds"].append(why)
                else:
                    edges[key] = (a, peer, {"weight": 1, "kinds": [why]})
        H = nx.Graph()
        H.add_nodes_from(order)
        H.add_edges_from(edges.values())
        return H

    def coupled_pairs(self, actors: Iterable[str]) -> set[tuple[str, str]]:
        """The pairs ``(a, b)``, ``a < b``, of *actors* that :meth:`actor_couplings` would join by an edge.

        For a rule that only asks "are these two coupled?": no graph is built.
        """
        nodes = set(actors)
        out: set[tuple[str, str]] = set()
        for a in nodes:
            out.update((a, peer) if a < peer else (peer, a) for _, peer, _ in self._coupling_events(a, nodes))
        return out

    def _coupling_events(self, a: str, nodes: set[str]) -> list[tuple[int, str, str]]:
        """Why *a* is coupled to other *nodes*: ``(rid, peer, why)`` in file (rid) order.

        An ordinary actor's events with *every* peer are listed once and filtered; a hub
        (a region-wide actor with more events than :data:`_HUB_EVENTS`) has its events
        indexed by peer and looked up per node, so a call costs O(size of *nodes*).
        """
        every = self._all_events.get(a)
        if every is None:
            every = self._all_events[a] = self._every_event(a)
        if every is not _HUB:
            return [e for e in every if e[1] in nodes]
        return sorted(self._hub_events(a, nodes), key=_first)

    def _every_event(self, a: str, limit: int | None = _HUB_EVENTS) -> _Events | Literal[_Hub.HUB]:
        """All coupling events of *a* with any peer, sorted by rid; ``_HUB`` when more than *limit*."""
        by_kind = self._by_node_kind.get(a, {})
        forums = self._forums_of.get(a, {})
        size = sum(len(by_kind.get(k, ())) for k in _COUPLING_KINDS)
        size += sum(len(rids) * len(self._forum_members.get(f, ())) for f, rids in forums.items())
        if limit is not None and size > limit:
            return _HUB
        events = []
        for k in _COUPLING_KINDS:
            for rid in by_kind.get(k, ()):
                s, t = self._src[rid], self._tgt[rid]
                other = t if s == a else s
                if other != a:
                    events.append((rid, other, k))
        for f, rids in forums.items():
            peers = [p for p in self._forum_members.get(f, ()) if p != a]
            for rid in rids:
                events.extend((rid, p, f"forum:{f}") for p in peers)
        events.sort(key=_first)
        return events

    def _hub_events(self, a: str, nodes: set[str]) -> list[tuple[int, str, str]]:
        """:meth:`_coupling_events` of a hub: its events indexed by peer once, looked up per node."""
        by_peer = self._hub_peers.get(a)
        if by_peer is None:
            by_peer = self._hub_peers[a] = {}
            for event in cast(_Events, self._every_event(a, limit=None)):  # no limit: never the hub marker
                by_peer.setdefault(event[1], []).append(event)
        events: list[tuple[int, str, str]] = []
        for b in nodes:
            found = by_peer.get(b)
            if found:
                events.extend(found)
        events.sort(key=_first)
        return events

    def local_couplings(self, m: str) -> nx.Graph:
        """Couplings among the actors of *m* that count for *m*'s regie (SA02, SA03).

        An undirected graph on exactly the actors of *m*. Two actors are coupled
        by a ``cooperation`` or actor–actor ``agreement`` when at least one of
        them is local, or the tie was brokered ``via`` a government of *m* (two
        regional actors working together on their own are the region's
        affair); and by meeting in a forum that a government of *m* convenes
        (another municipality's forum is not *m*'s work). Edge attributes:
        ``rids`` (cooperation/agreement rows) and ``forums``.
        """
        cache = self._local_coupling_cache
        if m in cache:
            return cache[m]
        actors = self.actors_of(m)
        govs = set(self.regie_bodies(m, "SA"))  # the governments, and an association mandated for SA (issue 24)
        own_forums = {
            self._tgt[rid]
            for g in govs
            for rid in self._by_node_kind.get(g, {}).get("convenes", ())
            if self._src[rid] == g
        }
        H = nx.Graph()
        H.add_nodes_from(sorted(actors))
        value: str | int
        nodes = set(actors)
        regional = self._regional
        edges: dict[tuple[str, str], dict[str, list]] = {}  # (a, peer) and (peer, a) → H's edge data
        for a in sorted(actors):
            for rid, peer, why in self._coupling_events(a, nodes):
                if why.startswith("forum:"):
                    forum = why[6:]
                    if forum not in own_forums:
                        continue
                    key, value = "forums", forum
                else:
                    if regional.get(a, False) and regional.get(peer, False) and self.attr(rid, "via") not in govs:
                        continue
                    key, value = "rids", rid
                data = edges.get((a, peer))
                if data is None:
                    H.add_edge(a, peer, rids=[], forums=[])
                    data = edges[a, peer] = edges[peer, a] = H[a][peer]
                if value not in data[key]:
                    data[key].append(value)
        # asked by SA02, SA03 and the governance mode of the same municipality, one after the other: keeping
        # the last few is enough, keeping all held a graph per municipality (~60 MB at 3,000) to the end
        if len(cache) >= _COUPLING_CACHE:
            del cache[next(iter(cache))]
        cache[m] = H
        return H

    def municipal_graph(self, m: str, with_governments: bool = True, couplings: nx.Graph | None = None) -> nx.Graph:
        """The one-mode, undirected, weighted graph of *m*: its actors (and governments).

        Edges: actor couplings, plus (with governments) every tie, weight = number of relations.
        Multigraph edges are collapsed so that structural-hole measures get a simple graph (networkx's
        constraint and effective size disagree on multigraphs).

        Parameters
        ----------
        m : str
            Municipality id.
        with_governments : bool, optional
            Add *m*'s governments and their ties (default); without them, the actors among themselves.
        couplings : networkx.Graph, optional
            ``municipal_graph(m, False)`` when the caller has it already (it is copied, not changed), to
            build it once.

        Returns
        -------
        networkx.Graph
            Nodes: the actors working in *m* (and its governments); edge attribute ``weight``.

        See Also
        --------
        regienet.metrics.connectivity : Density, components and structural holes of this graph.
        """
        actors = self.actors_of(m)
        H = couplings.copy() if couplings is not None else self.actor_couplings(actors)
        if with_governments:
            for g in self._governments[m]:
                H.add_node(g)
            for tie in self.ties(m):
                if tie.actor in actors:
                    _couple(H, tie.government, tie.actor, tie.kind)
            govs = self._governments[m]
            if len(govs) == 2:
                for rid in self._by_node.get(govs[0], ()):
                    if {self._src[rid], self._tgt[rid]} == set(govs):
                        _couple(H, govs[0], govs[1], self._kind[rid])
        return H

    def layer_counts(self, m: str) -> dict[str, int]:
        """Number of ties of *m* per layer (all four layers present).

        Parameters
        ----------
        m : str
            Municipality id.

        Returns
        -------
        dict of str to int
            ``layer → ties`` in the order of :data:`~regienet.schema.LAYERS`, zeros included.

        Examples
        --------
        >>> from regienet import Region, load_dataset
        >>> Region(load_dataset()).layer_counts("kortrijk")
        {'governance': 9, 'economic': 12, 'policy': 13, 'cooperation': 16}
        """
        counts = dict.fromkeys(LAYERS, 0)
        for tie in self.ties(m):
            counts[tie.layer] += 1
        return counts

    def require_municipality(self, text: str) -> str:
        """Municipality id for *text* (id or name), or a :class:`~regienet.errors.UsageError`.

        The error lists every municipality of a small region, and the few nearest names of a big one (a
        screenful of 3,000 helps nobody).

        Parameters
        ----------
        text : str
            An id or a name, as a user typed it.

        Returns
        -------
        str
            The id.

        Raises
        ------
        UsageError
            When no municipality has that id or name; with "did you mean" when one is close.
        """
        from regienet.errors import UsageError

        m = self.resolve_municipality(text)
        if m is not None:
            return m
        import difflib

        # names without their "Gemeente"/"Stad" prefix too: "Zwevgem" is closest to "zwevegem"
        spelled = {
            spelling.casefold(): x
            for x in self.municipalities
            for spelling in (x, self.name[x], self.name[x].split(" ", 1)[-1])
        }
        near = difflib.get_close_matches(text.casefold(), list(spelled), n=10, cutoff=0.6)
        closest = list(dict.fromkeys(spelled[s] for s in near))[:5]
        if len(self.municipalities) <= LIST_ALL_UP_TO:
            known = ", ".join(f"{self.name[x]} ({x})" for x in self.municipalities)
            if closest:
                raise UsageError(
                    "cli.unknown_municipality_suggest", value=text, suggestion=self.name[closest[0]], known=known
                )
            raise UsageError("cli.unknown_municipality", value=text, known=known)
        n = len(self.municipalities)
        if closest:
            names = ", ".join(f"{self.name[x]} ({x})" for x in closest)
            raise UsageError("cli.unknown_municipality_near", value=text, closest=names, n=n)
        raise UsageError("cli.unknown_municipality_many", value=text, n=n)

    def year_range(self) -> tuple[int, int] | None:
        """The earliest and latest year named in ``since``/``until`` (of every relation, whatever ``year``
        this region was cut at), or ``None`` when the data has no dates at all."""
        rel = self.dataset.relations
        years = [int(v) for c in ("since", "until") if c in rel.columns for v in rel[c].dropna()]
        return (min(years), max(years)) if years else None

    def year_warning(self) -> tuple[str, dict] | None:
        """Why ``--year`` may not mean what the user thinks: no dates in the data, or a year outside them.

        Returns a catalogue key and its parameters, or ``None``. The network is still computed: blank
        ``since``/``until`` are open-ended (DESIGN §2), so every undated relation counts in any year.
        """
        if self.year is None:
            return None
        span = self.year_range()
        if span is None:
            return "year.no_dates", {"year": self.year}
        lo, hi = span
        if not lo <= self.year <= hi:
            return "year.outside", {"year": self.year, "first": lo, "last": hi}
        return None

    def resolve_municipality(self, text: str) -> str | None:
        """Municipality id from an id or a name, case-insensitively; ``None`` if unknown.

        Parameters
        ----------
        text : str
            An id (``kortrijk``) or a name (``Stad Kortrijk``), as a user typed it.

        Returns
        -------
        str or None
            The id, or ``None``.

        See Also
        --------
        require_municipality : The same, raising a UsageError with suggestions.
        """
        key = text.strip().lower()
        for m in self.municipalities:
            if m.lower() == key or self.name[m].lower() == key:
                return m
        return None


#: What a :class:`_ChangedRegion` shares with its base: what depends on the actors only.
_SHARED = (
    "year",
    "joint_venture_min",
    "actors",
    "kind",
    "name",
    "municipalities",
    "_governments",
    "government_of",
    "operates",
    "_actors_of",
    "scope",
    "_tag_sets",
    "_tag_pairs",
    "_values",
    "_actor_columns",
    "relation_columns",
    "_regional",
)


class _ChangedRegion(Region):
    """A :class:`Region` with some relation rows added or removed (:meth:`Region.with_changes`).

    Why: a what-if (``gaps`` ranking by effect, ``whatif --reach``, ``workshop``) evaluates hundreds of
    one-tie changes, and rebuilding every index from the frames cost ~17 ms each at 13 municipalities,
    more than the rules. Here the actor-side attributes are the base's objects; the relation indexes are
    shallow copies in which only the touched nodes' lists are new; the per-relation caches start empty.
    """

    def __init__(self, base: Region, added: list[dict[str, object]], removed: set[int]):
        d = self.__dict__
        for key in _SHARED:
            d[key] = base.__dict__[key]
        self._base = base
        self._added_rows = {int(row["rid"]): row for row in added}  # type: ignore[call-overload]
        self._removed = removed
        self._src = dict(base._src)
        self._tgt = dict(base._tgt)
        self._kind = dict(base._kind)
        self._by_node = base._by_node.copy()
        self._by_node_kind = base._by_node_kind.copy()
        self._forums_of = base._forums_of.copy()
        self._forum_members = base._forum_members.copy()
        self._forum_conveners = base._forum_conveners.copy()
        gone = [(rid, base._src[rid], base._tgt[rid], base._kind[rid]) for rid in removed]
        new = [(rid, str(row["source"]), str(row["target"]), str(row["kind"])) for rid, row in self._added_rows.items()]
        new.sort(key=_first)
        for rid, _, _, _ in gone:
            del self._src[rid], self._tgt[rid], self._kind[rid]
        for rid, s, t, k in new:
            self._src[rid], self._tgt[rid], self._kind[rid] = s, t, k
        touched_nodes = {n for _, s, t, _ in gone + new for n in (s, t)}
        member_rows = [(s, t) for _, s, t, k in gone + new if k == "member"]
        self._copy_touched(base, touched_nodes, member_rows)
        self._move_rids(gone, new)
        self._drop_emptied(touched_nodes, member_rows)
        self._rebuild_forum_sets(gone + new)
        self.founders = self._changed_founders(base, gone + new)
        self._local_coupling_cache = {}
        self._tag_frequency = base._tag_frequency
        self._ties_cache = {}
        self._tied_to_cache = {}
        self._tied_cache = {}
        self._keep_fresh_events(base, touched_nodes, member_rows)

    def _copy_touched(self, base: Region, touched_nodes: set[str], member_rows: list[tuple[str, str]]) -> None:
        """Give every touched node (and every member row's source) its own copies of the base's index lists.

        Why: the indexes are shallow copies of the base's; copying the touched entries once, before any
        change, keeps the base (shared by hundreds of what-ifs) unchanged.
        """
        by_node, by_kind, forums_of = self._by_node, self._by_node_kind, self._forums_of
        for n in touched_nodes:
            by_node[n] = list(by_node.get(n, ()))
            inner = base._by_node_kind.get(n)
            by_kind[n] = defaultdict(list, {k: list(v) for k, v in inner.items()} if inner else {})
        for s, _ in member_rows:
            inner = base._forums_of.get(s)
            forums_of[s] = defaultdict(list, {f: list(v) for f, v in inner.items()} if inner else {})

    def _move_rids(self, gone: list[tuple[int, str, str, str]], new: list[tuple[int, str, str, str]]) -> None:
        """Take the removed rows' ids out of the (copied) node, kind and forum lists and append the added ones.

        Why: the added rids lie above every existing one, so appending keeps the file order a fresh build has.
        """
        by_node, by_kind, forums_of = self._by_node, self._by_node_kind, self._forums_of
        for rid, s, t, k in gone:
            for n in (s, t):
                by_node[n].remove(rid)
                by_kind[n][k].remove(rid)
            if k == "member":
                forums_of[s][t].remove(rid)
        for rid, s, t, k in new:
            for n in (s, t):
                by_node[n].append(rid)
                by_kind[n][k].append(rid)
            if k == "member":
                forums_of[s][t].append(rid)

    def _drop_emptied(self, touched_nodes: set[str], member_rows: list[tuple[str, str]]) -> None:
        """Delete the index entries the removals emptied.

        Why: a fresh build of the changed data would not have them, and the incremental and full
        recomputations must agree (tests/test_whatif_incremental.py).
        """
        by_node, by_kind, forums_of = self._by_node, self._by_node_kind, self._forums_of
        for n in touched_nodes:
            if not by_node[n]:
                del by_node[n]
            for k in [k for k, v in by_kind[n].items() if not v]:
                del by_kind[n][k]
            if not by_kind[n]:
                del by_kind[n]
        for s, t in member_rows:
            if not forums_of[s][t]:
                del forums_of[s][t]
            if not forums_of[s]:
                del forums_of[s]

    def _rebuild_forum_sets(self, changed: list[tuple[int, str, str, str]]) -> None:
        """Rebuild the member and convener sets of every forum a changed row points at, in file order.

        Why: a fresh build adds them in file order, and a set's iteration order depends on insertion.
        """
        for kind, index in (("member", self._forum_members), ("convenes", self._forum_conveners)):
            for t in {t for _, _, t, k in changed if k == kind}:
                fresh: set[str] = set()
                for rid in self._by_node_kind.get(t, {}).get(kind, ()):
                    if self._tgt[rid] == t:
                        fresh.add(self._src[rid])
                if fresh:
                    index[t] = fresh
                else:
                    index.pop(t, None)

    def _changed_founders(self, base: Region, changed: list[tuple[int, str, str, str]]) -> dict[str, frozenset[str]]:
        """The founders map with every ``founded`` target of a changed row recomputed; the base's own if none.

        Why: sharing the base's map when no founding changed saves a copy per what-if.
        """
        founded = {t for _, _, t, k in changed if k == "founded"}
        if not founded:
            return base.founders
        founders = dict(base.founders)
        for t in founded:
            govs = {
                self.government_of[self._src[rid]]
                for rid in self._by_node_kind.get(t, {}).get("founded", ())
                if self._tgt[rid] == t
            }
            if govs:
                founders[t] = frozenset(govs)
            else:
                founders.pop(t, None)
        return founders

    def _keep_fresh_events(self, base: Region, touched_nodes: set[str], member_rows: list[tuple[str, str]]) -> None:
        """Keep the base's cached coupling events and hub peers of every actor the change cannot affect.

        Why: an actor's coupling events change only with its own rows or a forum it meets others in.
        """
        stale = set(touched_nodes)
        for _, t in member_rows:
            stale |= base._forum_members.get(t, set()) | self._forum_members.get(t, set())
        self._all_events = {a: e for a, e in base._all_events.items() if a not in stale}
        self._hub_peers = {a: e for a, e in base._hub_peers.items() if a not in stale}

    @cached_property
    def dataset(self) -> Dataset:  # type: ignore[override]
        """The base's data minus the removed rows plus the added ones (added cells cast to the columns' types)."""
        ds = self._base.dataset
        rel = ds.relations
        keep = rel[~rel["rid"].isin(self._removed)] if self._removed else rel
        if self._added_rows:
            rows = [{c: row.get(c) for c in rel.columns} for _, row in sorted(self._added_rows.items())]
            frame = pd.DataFrame(rows, columns=rel.columns).astype(rel.dtypes.to_dict())
            keep = pd.concat([keep, frame], ignore_index=True)
        return Dataset(ds.actors, keep.reset_index(drop=True), ds.source, dict(ds.files), ds.bundled)

    @cached_property
    def relations(self) -> pd.DataFrame:
        out = in_year(self.dataset.relations, self.year).set_index("rid", drop=False)
        out.index.name = None
        return out

    def attr(self, rid: int, column: str) -> object:
        row = self._added_rows.get(rid)
        if row is None:
            return self._base.attr(rid, column)
        if column not in self.relation_columns:
            raise KeyError(column)
        return _clean(row.get(column))

    def tag_frequency(self) -> tuple[Counter, int]:
        return self._base.tag_frequency()  # the actors are the base's

    @cached_property
    def forums(self) -> list[str]:
        return self._base.forums


def _positive(value: object) -> bool:
    """A known amount above zero (a plan action with a budget)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0


def _couple(H: nx.Graph, u: str, v: str, why: str) -> None:
    if H.has_edge(u, v):
        H[u][v]["weight"] += 1
        H[u][v]["kinds"].append(why)
    else:
        H.add_edge(u, v, weight=1, kinds=[why])
