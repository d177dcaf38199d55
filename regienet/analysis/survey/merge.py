"""``survey collect``, step 2: the answers of the returned workbooks merged into new actors.csv,
relations.csv and plans.csv rows (:class:`CollectResult`), by the rule of :mod:`regienet.analysis.survey`:
one end's yes keeps a tie, the only end's no removes it, yes against no is a contradiction left as the data
has it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from regienet.analysis.survey.core import (
    _ACTOR_BY_NAME,
    _Survey,
    _text,
    can_report,
    is_fact,
    norm_key,
)
from regienet.analysis.survey.read import Report, Returned, number_text, parse_number, slug
from regienet.load import RawTable
from regienet.outputs import envelope, safe_cell
from regienet.schema import (
    GOVERNMENT_KINDS,
    ID_PATTERN,
    PLAN_COLUMNS,
)

__all__ = ["CollectResult", "Merge"]


@dataclass
class CollectResult:
    """The merge of returned workbooks into the data, as plain data (nothing written yet)."""

    year: int
    respondents: list[str]
    missing_respondents: list[str]
    confirmed: list[dict]
    one_sided: list[dict]
    contradictions: list[dict]
    added: list[dict]
    removed: list[dict]
    proposed_actors: list[dict]
    governance: list[dict]
    written: str | None = None
    #: header and rows of the new actors.csv / relations.csv
    tables: dict[str, tuple[list[str], list[list[str]]]] = field(default_factory=dict, repr=False)
    #: the open answers and figures kept in the wave's answers.csv (respondent, item, key, answer, method)
    answers: list[dict] = field(default_factory=list)
    #: how the wave was answered: ``self`` (self-report) or ``interview``, per respondent's workbook
    methods: list[str] = field(default_factory=list)
    brokered: list[dict] = field(default_factory=list)
    #: the actions of multi-year plans the respondents returned (T.2), as plans.csv rows
    plans: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return envelope(
            written=self.written,
            year=self.year,
            method=self.methods[0] if len(self.methods) == 1 else ("mixed" if self.methods else None),
            respondents=self.respondents,
            confirmed=self.confirmed,
            one_sided=self.one_sided,
            contradictions=self.contradictions,
            added=self.added,
            removed=self.removed,
            proposed_actors=self.proposed_actors,
            governance=self.governance,
            brokered=self.brokered,
            plans=self.plans,
            answers=len(self.answers),
            missing_respondents=self.missing_respondents,
        )


class Merge:
    """The answers of the returned workbooks merged into new actors.csv / relations.csv rows (see the module
    docstring for the rule)."""

    def __init__(self, s: _Survey, tables: dict[str, RawTable], returned: list[Returned], year: int):
        self.s, self.returned, self.year = s, returned, year
        actors_raw, rel_raw = tables["actors"], tables["relations"]
        self.a_header = list(actors_raw.header)
        self.a_rows = [list(r) + [""] * (len(self.a_header) - len(r)) for r in actors_raw.records()]
        self.r_header = list(rel_raw.header)
        if "reported_by" not in [h.strip().lower() for h in self.r_header]:
            self.r_header.append("reported_by")
        self.r_rows = [list(r) + [""] * (len(self.r_header) - len(r)) for r in rel_raw.records()]
        #: other files of the region (plans.csv, issue 24) go to the new folder unchanged
        self.other = {
            name: (list(raw.header), [list(r) for r in raw.records()])
            for name, raw in tables.items()
            if name not in ("actors", "relations")
        }
        self.ai = {h.strip().lower(): i for i, h in enumerate(self.a_header)}
        self.ri = {h.strip().lower(): i for i, h in enumerate(self.r_header)}
        self.real_id: dict[str, str] = {}
        self.proposed: list[dict] = []
        self.out: dict[str, list[dict]] = defaultdict(list)
        self.drop: set[int] = set()

    def a_col(self, name: str) -> int:
        if name not in self.ai:
            self.a_header.append(name)
            self.ai[name] = len(self.a_header) - 1
            for row in self.a_rows:
                row.append("")
        return self.ai[name]

    def r_col(self, name: str) -> int:
        if name not in self.ri:
            self.r_header.append(name)
            self.ri[name] = len(self.r_header) - 1
            for row in self.r_rows:
                row.append("")
        return self.ri[name]

    def run(self) -> CollectResult:
        self.proposals()
        self.ties()
        self.brokered()
        plans = self.plans()
        governance = self.governance()
        returned = self.returned
        answered = {r.respondent for r in returned}
        expected = self.expected()
        proposed = [{**p, "provenance": f"survey {self.year} {p['proposed_by'][0]} proposed"} for p in self.proposed]
        answers = [
            {
                "respondent": r.respondent,
                "year": self.year,
                "method": r.method,
                "item": number,
                "key": key,
                "answer": text,
            }
            for r in returned
            for number, key, text in r.open_answers
        ]
        self.r_rows = [row for i, row in enumerate(self.r_rows) if i not in self.drop]
        return CollectResult(
            year=self.year,
            respondents=sorted(answered),
            missing_respondents=sorted(expected - answered),
            confirmed=self.out["confirmed"],
            one_sided=self.out["one_sided"],
            contradictions=self.out["contradictions"],
            added=self.out["added"],
            removed=self.out["removed"],
            proposed_actors=proposed,
            governance=governance,
            tables={"actors": (self.a_header, self.a_rows), "relations": (self.r_header, self.r_rows), **self.other},
            answers=answers,
            methods=sorted({r.method for r in returned}),
            brokered=self.out["brokered"],
            plans=plans,
        )

    def expected(self) -> set[str]:
        out: set[str] = set()
        for ret in self.returned:
            out |= set(self.s.respondents(ret.selection))
        return out

    # -- proposed actors: one per (name, kind, municipality), a fresh id each

    def proposals(self) -> None:
        ids = set(self.s.kind)
        by_name: dict[tuple[str, str, str], dict] = {}
        for ret in self.returned:
            for p in ret.proposals:
                ident = (p["name"].strip().lower(), p["kind"], p["municipality"])
                if ident in by_name:
                    self.real_id[p["id"]] = by_name[ident]["id"]
                    by_name[ident]["proposed_by"].append(ret.respondent)
                    continue
                base = slug(p["name"])
                new, n = base, 1
                while new in ids or not ID_PATTERN.fullmatch(new):
                    n += 1
                    new = f"{base}_{n}"
                ids.add(new)
                self.real_id[p["id"]] = new
                entry = {k: p[k] for k in ("name", "kind", "municipality")} | {
                    "id": new,
                    "proposed_by": [ret.respondent],
                }
                by_name[ident] = entry
                self.proposed.append(entry)
                self.s.kind[new] = p["kind"]
        for p in self.proposed:
            row = [""] * len(self.a_header)
            for k in ("id", "name", "kind", "municipality"):
                row[self.a_col(k)] = str(safe_cell(p[k])) if k == "name" else p[k]
            row[self.a_col("provenance")] = f"survey {self.year} {p['proposed_by'][0]} proposed"
            self.a_rows.append(row)

    # -- ties

    def ties(self) -> None:
        yes: dict[tuple, list[str]] = defaultdict(list)
        no: dict[tuple, list[str]] = defaultdict(list)
        detail: dict[tuple, list[Report]] = defaultdict(list)
        for ret in self.returned:
            for rep in ret.reports:
                key = rep.key
                if rep.proposal:
                    key = norm_key(*(self.real_id.get(x, x) for x in key))
                (yes if rep.yes else no)[key].append(rep.respondent)
                detail[key].append(rep)
        expected = self.expected()
        proposed_ids = {p["id"] for p in self.proposed}
        for key in sorted(set(yes) | set(no)):
            y, n_ = sorted(set(yes.get(key, ()))), sorted(set(no.get(key, ())))
            rids = self.s.current.get(key, [])
            if y and n_:
                self.out["contradictions"].append(_tie_entry(key, yes=y, no=n_, in_data=bool(rids)))
            elif n_:
                if rids:
                    self.drop.update(rids)
                    self.out["removed"].append(_tie_entry(key, reported_by=n_))
            else:
                proposed = bool(set(key[:2]) & proposed_ids)
                self.tie_yes(key, y, [r for r in detail[key] if r.yes], rids, proposed)
                self.confirmation(key, y, expected)

    def tie_yes(self, key: tuple, y: list[str], reps: list[Report], rids: list[int], proposed: bool) -> None:
        # government side first: it pays and knows the amount it pays
        reps.sort(key=lambda r: (self.s.kind.get(r.respondent) not in GOVERNMENT_KINDS, r.respondent))
        values = {
            "amount_eur": next((number_text(r.amount) for r in reps if r.amount is not None), None),
            "frequency": next((r.frequency for r in reps if r.frequency is not None), None),
            "capacity": next((r.capacity for r in reps if r.capacity is not None), None),
            "scope": next((r.scope for r in reps if r.scope is not None), None),
        }
        tag = f"survey {self.year} {y[0]}" + (" proposed" if proposed else "")
        if not rids:
            row = [""] * len(self.r_header)
            row[self.ri["source"]], row[self.ri["target"]], row[self.ri["kind"]] = key
            self.r_rows.append(row)
            rids = [len(self.r_rows) - 1]
            self.out["added"].append(_tie_entry(key, reported_by=y))
            values["provenance"] = tag
        for rid in rids:
            self.update_row(rid, y, values, tag)

    def update_row(self, rid: int, y: list[str], values: dict[str, str | None], tag: str) -> None:
        row = self.r_rows[rid]
        before = [x for x in row[self.ri["reported_by"]].split("|") if x]
        row[self.ri["reported_by"]] = "|".join(sorted(set(before) | set(y)))
        changed = False
        for column, value in values.items():
            if value is None:
                continue
            i = self.r_col(column)  # widens every row in place
            old = row[i].strip().lower()
            same = _num_equal(old, float(value)) if column == "amount_eur" else old == value
            if not same:
                row[i] = value
                changed = True
        if changed:
            self.r_rows[rid][self.r_col("provenance")] = tag

    def confirmation(self, key: tuple, y: list[str], expected: set[str]) -> None:
        ends = [x for x in key[:2] if x in expected and can_report(self.s.kind.get(x, ""), key, x)]
        if len(ends) == 2 and set(ends) <= set(y):
            self.out["confirmed"].append(_tie_entry(key, reported_by=y))
        elif len(ends) == 2:
            self.out["one_sided"].append(_tie_entry(key, reported_by=y, silent=[x for x in ends if x not in y]))

    def brokered(self) -> None:
        """Cooperations a government brought about (1.3.2, 3.2.1): a ``cooperation`` tie with ``via``."""
        for ret in self.returned:
            for a, b in ret.brokered:
                key = norm_key(a, b, "cooperation")
                rids = self.s.current.get(key, [])
                tag = f"survey {self.year} {ret.respondent}"
                if not rids:
                    row = [""] * len(self.r_header)
                    row[self.ri["source"]], row[self.ri["target"]], row[self.ri["kind"]] = key
                    self.r_rows.append(row)
                    rids = [len(self.r_rows) - 1]
                for rid in rids:
                    if rid in self.drop:
                        continue
                    via = self.r_col("via")  # widens every row in place
                    row = self.r_rows[rid]
                    if row[via].strip() != ret.respondent:
                        row[via] = ret.respondent
                        row[self.r_col("provenance")] = tag
                self.out["brokered"].append(_tie_entry(key, via=ret.respondent))

    # -- the actions of the multi-year plans (T.2, issue 25)

    def plans(self) -> list[dict]:
        """plans.csv rows of the returned plans sheets: a respondent's rows replace its actions of the same
        year already in the data; everyone else's are kept. A blank plans sheet changes nothing."""
        added: list[dict] = []
        header, rows = self.other.get("plans", ([c.name for c in PLAN_COLUMNS], []))
        col = {h.strip().lower(): i for i, h in enumerate(header)}
        for ret in self.returned:
            if not ret.plans:
                continue
            years = {p["year"] for p in ret.plans}
            if str(self.year) in years:  # an action without a year went out as one of the survey year's
                years.add("")
            mine = [r for r in rows if _replaced(r, col, ret.respondent, years)]
            # an action returned unchanged keeps its provenance (where it first came from), like a confirmed tie
            kept = {
                _plan_key(r, col, str(self.year)): r[col["provenance"]]
                for r in mine
                if "provenance" in col and is_fact(r[col["provenance"]])
            }
            rows = [r for r in rows if not _replaced(r, col, ret.respondent, years)]
            for p in ret.plans:
                entry = {
                    "government": ret.respondent,
                    "code": str(safe_cell(p["code"])),
                    "title": str(safe_cell(p["title"])),
                    "year": p["year"],
                    "budget_eur": p["budget_eur"],
                }
                values = [entry[k] for k in _PLAN_SAME]
                entry["provenance"] = kept.get(_plan_key(values, None)) or f"survey {self.year} {ret.respondent}"
                row = [""] * len(header)
                for k, v in entry.items():
                    if k not in col:
                        header.append(k)
                        col[k] = len(header) - 1
                        for r in rows:
                            r.append("")
                        row.append("")
                    row[col[k]] = v
                rows.append(row)
                added.append(entry)
        if added:
            self.other["plans"] = (header, rows)
        return added

    # -- governance answers

    def governance(self) -> list[dict]:
        out = []
        actors = self.s.dataset.actors
        row_of = {row[self.ai["id"]].strip(): row for row in self.a_rows}
        for ret in self.returned:
            for column, code in ret.answers.items():
                old = _text(actors.at[ret.respondent, column]) if column in actors.columns else ""
                numeric = _ACTOR_BY_NAME[column].type in ("number", "integer")
                if old == code or (numeric and old and _num_equal(old, float(code))):
                    continue
                row = row_of[ret.respondent]  # a_col widens every row in place: the same list
                row[self.a_col(column)] = code
                row[self.a_col("provenance")] = f"survey {self.year} {ret.respondent}"
                out.append({"respondent": ret.respondent, "column": column, "old": old or None, "new": code})
        return out


#: The plans.csv cells that make an action the same one (a returned unchanged action keeps its provenance).
_PLAN_SAME: tuple[str, ...] = ("code", "title", "year", "budget_eur")


def _replaced(row: list[str], col: dict[str, int], who: str, years: set[str]) -> bool:
    """Whether a plans.csv row is *who*'s action of one of *years* (replaced by its returned plans sheet)."""
    return row[col["government"]].strip() == who and "year" in col and row[col["year"]].strip() in years


def _plan_key(row: list[str], col: dict[str, int] | None, year: str = "") -> tuple[str, ...]:
    """An action's cells compared alike whether typed or read (``wse-lr3``/``WSE-LR3``, ``18000``/``18000.0``);
    *row* is a plans.csv row (with its *col*) or the values of :data:`_PLAN_SAME` (``col`` None); a blank year
    reads as *year* (the survey's: a row without one went out as one of that year)."""
    out = []
    for i, key in enumerate(_PLAN_SAME):
        text = (row[i] if col is None else row[col[key]] if key in col else "").strip()
        if key == "code":
            text = text.upper()
        elif key == "year":
            text = text or year
        elif key == "budget_eur" and text:
            value = parse_number(text)
            text = number_text(value) if value is not None else text
        out.append(text)
    return tuple(out)


def _tie_entry(key: tuple, **extra: Any) -> dict[str, Any]:
    return {"source": key[0], "target": key[1], "kind": key[2], **extra}


def _num_equal(text: str, x: float) -> bool | None:
    try:
        return float(text.replace(",", ".")) == x
    except ValueError:
        return False if text.strip() == "" else None
