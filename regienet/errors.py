"""Problems and errors as data.

Validation never stops at the first problem: it collects every
:class:`Problem` (file, line, column, value, a stable ``code`` and the
message parameters) and raises one :class:`DataError` holding them all, like
pandera's lazy mode. Messages are rendered on demand in either language, so
the same problem prints in English for an analyst and in Dutch for a
municipal officer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from regienet.i18n import t

__all__ = ["DataError", "Problem", "RegienetError", "UsageError", "excel_column"]


def excel_column(index: int) -> str:
    """Spreadsheet column letter for a 0-based column index (0 → A, 27 → AB)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input.

    Attributes
    ----------
    file : str
        The file (or ``workbook.xlsx[sheet]``) as the user named it.
    line : int or None
        Physical line in the file, header = line 1 (row number for a sheet).
    column : str or None
        Column name as in the header.
    value : str or None
        The offending cell value, as read.
    code : str
        Stable reason code (``unknown_value``, ``duplicate_id`` …); the message
        catalogue has ``problem.<code>`` and ``hint.<code>`` for it.
    params : dict
        Extra message parameters (``allowed``, ``expected`` …).
    col_index : int or None
        0-based position of the column, shown as a spreadsheet letter.
    """

    file: str
    line: int | None
    column: str | None
    value: str | None
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    col_index: int | None = None

    def location(self) -> str:
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
        return ":".join(parts)

    def message(self, lang: str = "en") -> str:
        """The problem in one sentence, without location."""
        return t(f"problem.{self.code}", lang, value=self.value, column=self.column, **self.params)

    def hint(self, lang: str = "en") -> str:
        """How to fix it (with a "did you mean …?" when a close match is known)."""
        text = t(f"hint.{self.code}", lang, value=self.value, column=self.column, **self.params)
        suggestion = self.params.get("suggestion")
        if suggestion and "{suggestion}" not in _raw_hint(self.code, lang):
            text += " " + t("hint.did_you_mean", lang, suggestion=suggestion)
        return text

    def render(self, lang: str = "en") -> str:
        """``file:line: column kind (C): message. Fix: hint``"""
        where = self.location()
        if self.column:
            col = t("word.column", lang)
            letter = f" ({excel_column(self.col_index)})" if self.col_index is not None else ""
            where += f": {col} {self.column}{letter}"
        return f"{where}: {self.message(lang)} {t('word.fix', lang)}: {self.hint(lang)}"

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "value": self.value,
            "code": self.code,
            "message": self.message(lang),
            "hint": self.hint(lang),
        }


def _raw_hint(code: str, lang: str) -> str:
    from regienet.messages import MESSAGES

    return MESSAGES[f"hint.{code}"][1 if lang == "nl" else 0]


class RegienetError(Exception):
    """Base class: an error caused by the user's input or invocation (exit code 2)."""


class DataError(RegienetError):
    """The data does not meet the data contract; ``problems`` lists every violation.

    Raised once, after validation has looked at everything (pandera's lazy mode), so a user fixes all
    problems in one pass instead of one per run.

    Parameters
    ----------
    problems : list of Problem
        Every violation found, in file order: file, line, column, value, a stable ``code`` and the
        message parameters. Each renders itself in English or Dutch (:meth:`Problem.render`).

    See Also
    --------
    regienet.load.load_dataset : Raises it.
    Problem.to_dict : One problem as a row (the ``validate --format json|csv`` shape).

    Examples
    --------
    >>> from regienet.errors import DataError, Problem
    >>> err = DataError([Problem("actors.csv", 4, "kind", "enterprice", "unknown_value")])
    >>> str(err), err.problems[0].location()
    ('1 problem in the data', 'actors.csv:4')
    """

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(f"{len(problems)} {'problem' if len(problems) == 1 else 'problems'} in the data")


class UsageError(RegienetError):
    """A bad option value (unknown municipality, rule code …), with a catalogue message."""

    def __init__(self, key: str, /, **params: Any):
        self.key = key
        self.params = params
        super().__init__(key)

    def message(self, lang: str = "en") -> str:
        return t(self.key, lang, **self.params)
