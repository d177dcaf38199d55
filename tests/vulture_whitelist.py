"""Names vulture cannot see used, for tests/test_dead_code.py (``vulture regienet tests/vulture_whitelist.py``).

vulture reads names, not behaviour: a name counts as used when it appears anywhere in the files it is given,
and every name in a module's ``__all__`` counts as used (the public API is used by its callers: the rule
classes registered by ``@register``, the click commands, the library's entry points are all in ``__all__``).
What is left here is used by something vulture does not read: Python itself, click, openpyxl, the name
strings of ``render/emit.py``. Each group says which.

This file is imported by the test, so a name deleted or renamed in the package fails here with an
``AttributeError`` instead of lingering as a stale excuse. Third-party attributes go through ``_``.
"""

# ruff: noqa: B018 - each line is an attribute read that only vulture looks at (and that fails when stale)

import regienet
from regienet import model
from regienet.cli import LazyGroup, localized
from regienet.render import csv_dialect, style
from regienet.rules import LevelDetail, Results


class _Any:
    """Stands for a third-party object (an openpyxl cell, sheet or data validation)."""

    def __getattr__(self, _name: str) -> "_Any":
        return self


_ = _Any()

# Python calls it: the lazy names of ``import regienet`` (PEP 562)
regienet.__getattr__

# openpyxl reads these when it saves a workbook (templates.py, analysis/survey/make.py)
_.alignment
_.autoFilter
_.errorStyle
_.formatColumns
_.formatRows
_.freeze_panes
_.ref  # ws.auto_filter.ref (today another module's .ref hides it from vulture)
_.sheet_state
_.showErrorMessage

# click calls these overrides and reads these class attributes (cli/__init__.py, cli/localized.py)
LazyGroup.list_commands
LazyGroup.get_command
LazyGroup.format_commands
localized.LocalGroup.command_class
localized.LocalGroup.group_class

# csv.writer and io call it on the Excel-nl writer's stream (render/csv_dialect.py)
csv_dialect.ExcelNlWriter.writable

# dataclass fields read by name (LevelDetail.to_dict loops over the names; the JSON contract's keys)
LevelDetail.rules_fired
LevelDetail.rules_passed
LevelDetail.rules_not_applicable
LevelDetail.rules_unknown

# public API that the package itself does not call: for library users, tests and docs
model.Region.graph  # the whole region as a networkx MultiDiGraph (README "Library")
Results.not_applicable_in  # beside fired_in / unknown_in; tests/test_findings_calibration.py
style.MIN_CONTRAST  # the palette's documented ΔE floor (docs/maps.md; tests/test_palette.py)
