"""The questionnaire of the 2010 study (Bijlage 2) in full, plus today's questions, as data.

Every numbered item 0.1–4.2.1 and the "Enkele cijfers" are rows here, in the
study's order. A row is answered in one of three ways:

* ``column`` — the answer is a column of actors.csv (the data contract):
  ``actor_inventory`` (1.2.1), ``se_goals`` (2.1.2), the staff and money
  figures (``staff_fte_*``, ``budget_*_eur``) …;
* ``number`` — a figure kept in the wave's answers file (time spent, %);
* ``open`` — an open answer kept in the wave's answers file
  (``answers.csv``, one row per respondent and item), which ``report -m``
  shows.

``ties`` names the ties-sheet columns where the relational part of an item is
answered (1.2.2 seats and agreements, 2.4.1 who reports to the government …).
The wording lives in the catalogue (``regienet/messages.py``, block of issue
25): ``survey.item.<key>`` holds the 2010 Dutch wording (nl) and an English
translation (en); the row keys of the contract's columns keep their
``survey.q.<column>`` texts.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ACTOR_ITEMS",
    "ASSOCIATION_ITEMS",
    "GOVERNMENT_ITEMS",
    "NUMBERED_2010",
    "Item",
    "items_for",
]


@dataclass(frozen=True)
class Item:
    """One row of the questions sheet and of the interview guide."""

    number: str
    key: str
    answer: str  # "column" | "open" | "number"
    section: str  # "0" … "4", "C" (Enkele cijfers), "T" (today's questions), "P" (actor profile)
    ties: tuple[str, ...] = ()

    @property
    def text_key(self) -> str:
        return f"survey.q.{self.key}" if self.answer == "column" else f"survey.item.{self.key}"


def _open(number: str, section: str, *ties: str) -> Item:
    return Item(number, f"open.{number}", "open", section, tuple(ties))


#: The 35 numbered items of Bijlage 2 and its figures, in the study's order, for a government.
GOVERNMENT_ITEMS: tuple[Item, ...] = (
    _open("0.1", "0"),
    _open("0.2", "0", "member", "convenes"),
    _open("1.1.1", "1"),
    _open("1.1.2", "1", "client"),
    _open("1.1.3", "1"),
    Item("1.2.1", "actor_inventory", "column", "1"),
    _open("1.2.1", "1"),
    _open("1.2.2", "1", "agreement", "seat", "capacity"),
    _open("1.3.1", "1"),
    _open("1.3.2", "1", "brokered"),
    _open("1.4.1", "1"),
    _open("1.5.1", "1"),
    _open("1.5.2", "1"),
    Item("2.1.1", "se_in_plans", "column", "2"),
    Item("2.1.2", "se_goals", "column", "2"),
    _open("2.1.2", "2"),
    _open("2.1.3", "2"),
    _open("2.1.4", "2"),
    _open("2.2.1", "2"),
    _open("2.2.2", "2", "consulted"),
    _open("2.2.3", "2"),
    _open("2.3.1", "2", "informs"),
    _open("2.3.2", "2"),
    _open("2.4.1", "2", "reports_to_us"),
    _open("2.4.2", "2"),
    _open("2.4.3", "2"),
    _open("3.1.1", "3"),
    _open("3.1.2", "3"),
    _open("3.2.1", "3", "convenes", "brokered"),
    _open("3.2.2", "3"),
    _open("3.2.3", "3"),
    _open("3.2.4", "3"),
    _open("3.2.5", "3"),
    Item("4.1.1", "council_mentions", "column", "4"),
    Item("4.1.1", "annual_report", "column", "4"),
    _open("4.1.2", "4", "accounts_to"),
    Item("4.1.2", "public_reporting", "column", "4"),
    _open("4.1.3", "4"),
    Item("4.2.1", "accountability_level", "column", "4"),
    Item("§4.2.2", "lde_recognized", "column", "4"),
    Item("§4.2.2", "role_choice", "column", "4"),
    Item("§4.2.3", "se_lead", "column", "4"),
    Item("C.1", "time_alderman_pct", "number", "C"),
    Item("C.1", "time_other_alderman_pct", "number", "C"),
    Item("C.1", "time_ocmw_chair_pct", "number", "C"),
    Item("C.2", "staff_fte_lead", "column", "C"),
    Item("C.2", "staff_fte_exec", "column", "C"),
    Item("C.3", "budget_policy_eur", "column", "C"),
    Item("C.3", "budget_own_actor_eur", "column", "C"),
    Item("C.3", "budget_third_parties_eur", "column", "C"),
    _open("T.1", "T"),
    _open("T.2", "T"),
    _open("T.3", "T"),
    _open("T.4", "T"),
)

#: What an enterprise or support organisation is asked besides its ties (1.3.1: activities, target groups,
#: vision; jobs; 1.3.2: similar activities; 2.4.1: reporting).
ACTOR_ITEMS: tuple[Item, ...] = (
    Item("1.3.1", "activities", "column", "P"),
    Item("1.3.1", "target_groups", "column", "P"),
    Item("1.3.1", "jobs", "column", "P"),
    _open("P.1", "P"),
    _open("P.2", "P", "cooperation"),
    _open("P.3", "P", "reports_to"),
)

#: What an association (regie association, intermunicipal body) is asked: today's questions (issue 24).
ASSOCIATION_ITEMS: tuple[Item, ...] = (
    Item("1.3.1", "activities", "column", "A"),
    Item("1.3.1", "target_groups", "column", "A"),
    Item("1.3.1", "jobs", "column", "A"),
    _open("A.1", "A"),
    _open("A.2", "A", "mandates"),
    _open("A.3", "A"),
    _open("A.4", "A", "agreement"),
    _open("A.5", "A", "accounts_to"),
)

#: The 35 numbered items of Bijlage 2 (what "in full" is checked against).
NUMBERED_2010: tuple[str, ...] = (
    "0.1", "0.2",
    "1.1.1", "1.1.2", "1.1.3", "1.2.1", "1.2.2", "1.3.1", "1.3.2", "1.4.1", "1.5.1", "1.5.2",
    "2.1.1", "2.1.2", "2.1.3", "2.1.4", "2.2.1", "2.2.2", "2.2.3", "2.3.1", "2.3.2", "2.4.1", "2.4.2", "2.4.3",
    "3.1.1", "3.1.2", "3.2.1", "3.2.2", "3.2.3", "3.2.4", "3.2.5",
    "4.1.1", "4.1.2", "4.1.3", "4.2.1",
)  # fmt: skip


def items_for(kind: str) -> tuple[Item, ...]:
    """The questions-sheet rows for a respondent of *kind*."""
    if kind in ("municipality", "ocmw"):
        return GOVERNMENT_ITEMS
    if kind == "association":
        return ASSOCIATION_ITEMS
    return ACTOR_ITEMS
