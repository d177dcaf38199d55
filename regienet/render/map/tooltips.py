"""The actor view's tooltips, each written once as plain data.

A tooltip is ``{"title", "sub", "sections": [{"h", "rows" | "lines"}], …}``
of plain strings (never HTML: map.js writes them with ``textContent``).
:class:`ActorTooltips` writes the node's (:meth:`~ActorTooltips.node_tip`),
the relation's (:meth:`~ActorTooltips.edge_tip`) and the gap line's
(:meth:`~ActorTooltips.gap_tip`), and says each attribute cell and each
finding in the map's language, memoised: a region map of 3,000
municipalities asks for the same few words hundreds of thousands of times.
:class:`~regienet.render.map.data.Packer` turns the dicts into the page's
JSON (there is no second, hand-written JSON version of any tooltip: see
docs/benchmarks.md, "Speed machinery: decisions").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from regienet.i18n import fmt_money, fmt_number, tag_label
from regienet.messages import TAGS
from regienet.render.map.builder import MapBuilder, has_message
from regienet.rules.base import SEVERITY_RANK
from regienet.schema import ACCOUNTABILITY_LEVELS, ACTOR_NODE_KINDS, RELATION_KINDS

if TYPE_CHECKING:  # pragma: no cover
    from regienet.rules import Finding

__all__ = ["MAX_FINDINGS_SHOWN", "MAX_TIES_SHOWN", "ActorTooltips"]

#: Ties listed in a node's tooltip (an authority tied to every municipality has thousands); the rest counted.
MAX_TIES_SHOWN = 25
#: Findings listed in a tooltip, most severe first; the rest counted.
MAX_FINDINGS_SHOWN = 12


class ActorTooltips:
    """The tooltips of one actor-view map, in *words*' language (the builder's :meth:`MapBuilder.tr`).

    *view* is ``region`` (a finding's line then names its municipality) or
    ``municipality``; *own_of* maps an actor to the municipalities it is an
    own actor of; *val* reads an actor's attribute (``None`` when blank).
    """

    def __init__(
        self,
        words: MapBuilder,
        view: str,
        own_of: dict[str, list[str]],
        val: Callable[[str, str], Any],
    ) -> None:
        self.tr = words.tr
        self.name = words.name
        self.region = words.region
        self.lang = words.lang
        self.view = view
        self.own_of = own_of
        self.val = val
        self._said: dict[tuple[str, type, Any], str | None] = {}  # memo of value_text() for scalar cells
        self._attr_labels: dict[str, str] = {}  # memo of attr_label()
        self._finding_line: dict[int, list[str]] = {}  # memo of a finding's tooltip line (by id: findings live on)
        self._tie_words: dict[tuple[str, str], str] = {}  # (arrow, relation kind) -> "→ informs"

    # ---------------------------------------------------------------- cells and findings in words
    def attr_label(self, column: str) -> str:
        key = f"map.attr.{column}"
        return self.tr(key) if has_message(key) else column

    def value_text(self, column: str, value: Any) -> str | None:
        """A cell as a reader would say it, in the map's language (memoised for scalar cells)."""
        if isinstance(value, list | tuple):
            return self._value_text(column, value)
        key = (column, type(value), value)
        try:
            return self._said[key]
        except KeyError:
            said = self._said[key] = self._value_text(column, value)
            return said

    def _value_text(self, column: str, value: Any) -> str | None:
        if value is None or value == "" or value == [] or value == ():
            return None
        if isinstance(value, list | tuple):
            if column == "operates_in" and "*" in value:
                return self.tr("map.value.everywhere")
            if column == "operates_in":
                return ", ".join(self.name(v) for v in value)
            if column in TAGS:
                return ", ".join(tag_label(str(v), self.lang) for v in value)
            return ", ".join(self.value_text(column, v) or "" for v in value)
        if isinstance(value, bool):
            return self.tr("word.yes" if value else "word.no")
        if column == "kind":
            return self.tr(f"kind.{value}")
        if column in ("municipality", "via"):
            return self.name(str(value))
        if column == "accountability_level":
            level = int(value)
            word = ACCOUNTABILITY_LEVELS[level] if 0 <= level < len(ACCOUNTABILITY_LEVELS) else ""
            return f"{level} — {self.tr('map.value.accountability_level.' + word)}" if word else str(level)
        if column == "amount_eur" and isinstance(value, int | float):
            return fmt_money(value, self.lang)
        if column in ("since", "until", "council_mentions") and isinstance(value, int | float):
            return str(int(value))
        if isinstance(value, int | float):
            return fmt_number(value, self.lang)
        key = f"map.value.{column}.{value}"
        if has_message(key):
            return self.tr(key)
        return str(value)

    def rows_at(self, columns: dict[str, list[Any]], i: int, skip: str = "") -> list[list[str]]:
        """``[label, text]`` of each cell of row *i* of a table held by column (``actor_said``, ``rel_said``)
        that says something (blank cells and the column *skip* left out)."""
        out = []
        labels = self._attr_labels
        for column, values in columns.items():
            value = values[i]
            if value is None or value == "" or column == skip:  # blank: no row (as value_text says)
                continue
            text = self.value_text(column, value)
            if text is not None:
                label = labels.get(column)
                if label is None:
                    label = labels[column] = self.attr_label(column)
                out.append([label, text])
        return out

    def finding_lines(self, findings: list[Finding]) -> list[list[str]]:
        lines = []
        findings = sorted(
            findings, key=lambda f: SEVERITY_RANK.get(f.severity, len(SEVERITY_RANK))
        )  # stable: rule order within
        for f in findings[:MAX_FINDINGS_SHOWN]:
            lines.append(list(self.finding_line(f)))
        if len(findings) > MAX_FINDINGS_SHOWN:
            lines.append(["", self.tr("map.info.more", n=len(findings) - MAX_FINDINGS_SHOWN), ""])
        return lines

    def finding_line(self, f: Finding) -> list[str]:
        """A finding's tooltip line ``[rule · severity, message, severity]``, made once per finding."""
        line = self._finding_line.get(id(f))  # a finding is cited by its municipality and its actors
        if line is None:
            prefix = f"{f.rule} · {self.tr('severity.' + f.severity)}"
            if self.view == "region":  # a regional finding (RG) is the region's, not a municipality's
                prefix += f" · {self.tr('check.region_label') if f.municipality is None else self.name(f.municipality)}"
            line = self._finding_line[id(f)] = [prefix, f.message(self.lang), f.severity]
        return line

    # ---------------------------------------------------------------- the tooltips
    def node_tip(self, node: str, own: bool, rows: list[list[str]], findings: list[Finding]) -> dict[str, Any]:
        """A node's tooltip: its kind, attribute *rows* (:meth:`rows_at`), findings and ties (*own*: a
        government's own actor)."""
        # findings first: in a workshop they are what the actor is pointed at for
        sections: list[dict[str, Any]] = [{"h": self.tr("map.info.attributes"), "rows": rows}]
        if findings:
            sections.append({"h": self.tr("map.info.findings", n=len(findings)), "lines": self.finding_lines(findings)})
        ties_h, ties = self.node_ties(node)
        sections.append({"h": ties_h, "lines": ties})
        return {"title": self.name(node), "sub": self.node_sub(node), "sections": sections, "own": own}

    def node_sub(self, node: str) -> str:
        """The line under a node tooltip's title: kind (subtype), whose own actor, regional."""
        region = self.region
        kind = region.kind[node]
        sub = [self.tr(f"kind.{kind}")]
        subtype = self.val(node, "subtype")
        if subtype:
            sub[0] += f" ({self.tr('map.value.subtype.' + subtype)})"
        owners = self.own_of.get(node, [])
        if owners:
            sub.append(self.tr("map.info.own_actor", names=", ".join(self.name(o) for o in owners)))
        if kind in ACTOR_NODE_KINDS and region.is_regional(node):
            sub.append(self.tr("map.info.regional"))
        return " · ".join(sub)

    def node_ties(self, node: str) -> tuple[str, list[list[str]]]:
        """A node tooltip's ties: the heading ("12 ties") and a line per tie shown."""
        region = self.region
        rids = region.relations_of(node)
        shown = []
        tie_words = self._tie_words
        for rid in rids[:MAX_TIES_SHOWN]:  # an authority tied to every municipality has thousands
            s, tg, k = region.relation(rid)
            directed = RELATION_KINDS[k].directed
            other = tg if s == node else s
            arrow = "↔" if not directed else ("→" if s == node else "←")
            words = tie_words.get((arrow, k))
            if words is None:
                words = tie_words[(arrow, k)] = f"{arrow} {self.tr('relation.' + k)}"
            shown.append([words, self.name(other), ""])
        if rids:
            if len(rids) > MAX_TIES_SHOWN:
                shown.append(["", self.tr("map.info.more", n=len(rids) - MAX_TIES_SHOWN), ""])
            return self.tr("map.info.ties", n=len(rids)), shown
        return self.tr("map.info.ties", n=0), [["", self.tr("map.info.no_ties"), ""]]

    def edge_tip(self, k: str, sub: str, rows: list, found: list[Finding] | None, attributes: str) -> dict[str, Any]:
        """The tooltip of one relation (kind *k*): who to whom (*sub*), its attribute *rows* under the heading
        *attributes*, and the findings that cite it."""
        sections: list[dict[str, Any]] = []
        if rows:
            sections.append({"h": attributes, "rows": rows})
        if found:
            sections.append({"h": self.tr("map.info.findings", n=len(found)), "lines": self.finding_lines(found)})
        return {"title": self.tr("relation." + k), "sub": sub, "sections": sections}

    def gap_tip(self, code: str, a: str, b: str, found: list[Finding]) -> dict[str, Any]:
        """The tooltip of a gap line (*code*: SA04 or SA05) from *a* to *b*: what is missing, and the findings."""
        return {
            "title": self.tr(f"map.gap.{code}"),
            "sub": f"{self.name(a)} ⇢ {self.name(b)}",
            "sections": [{"h": self.tr("map.info.findings", n=len(found)), "lines": self.finding_lines(found)}],
        }
