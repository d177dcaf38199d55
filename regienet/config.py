"""Configuration: the resolved settings, as plain data.

:class:`Config` holds what a configuration file (or the command line) chose:
threshold overrides by ``(code, name)``, ``--select``/``--ignore``, waivers
and governance settings. It knows nothing of the rules: a rule asks for its
threshold and falls back to its own declared default
(:meth:`regienet.rules.base.Rule.threshold`). Reading and validating a file
against the rule registry is :mod:`regienet.settings` (it needs the rules, so
it sits above them)::

    # regienet.toml  (or [tool.regienet] in a pyproject.toml beside the data)
    joint_venture_min = 3          # founders from this many municipalities → regional joint venture
    fail_on = "warning"
    select = ["OV", "SA"]
    ignore = ["SA05"]

    [thresholds.OV02]
    own_actor_share = 0.7

    [waive]                        # known context, like a linter's per-file ignores
    kortrijk = { RO02 = "Centre city: both governments invest by design (F34)." }

    [governance]                   # settings of the governance mode (regienet explain governance)
    split_min = 0.6

Precedence: command-line options > ``--config FILE`` > ``pyproject.toml``
beside the data (``[tool.regienet]``) > defaults.

Layer: below everything but the catalogue and the errors (see README,
"Architecture"); it imports only :mod:`regienet.errors`.
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from regienet.errors import UsageError

__all__ = ["KNOWN_KEYS", "MAX_CONFIG_BYTES", "Config", "config_table", "read_toml"]

#: marks "no default given" in :meth:`Config.threshold` (``None`` could be a value)
_NO_DEFAULT: Any = object()

KNOWN_KEYS = ("joint_venture_min", "fail_on", "select", "ignore", "thresholds", "waive", "governance")


@dataclass
class Config:
    """Resolved settings; ``overrides`` maps ``(code, name)`` → value."""

    overrides: dict[tuple[str, str], Any] = field(default_factory=dict)
    joint_venture_min: int = 3
    fail_on: str = "warning"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    source: str = ""
    #: municipality (id or name, as written) → rule code or prefix → the analyst's reason
    waivers: dict[str, dict[str, str]] = field(default_factory=dict)
    #: overrides of :data:`regienet.analysis.governance.GOVERNANCE_SETTINGS` by name (validated)
    governance: dict[str, Any] = field(default_factory=dict)

    def threshold(self, code: str, name: str, default: Any = _NO_DEFAULT) -> Any:
        """The value of threshold *name* of rule *code*: the override, else *default*.

        The configuration does not know the rules' defaults (it is plain data,
        below the rules): the caller passes the declared default, as
        :meth:`regienet.rules.base.Rule.threshold` does. Without one, a missing
        override is a ``KeyError``.

        >>> cfg = Config(overrides={("OV02", "own_actor_share"): 0.7})
        >>> cfg.threshold("OV02", "own_actor_share", 0.6), cfg.threshold("SA01", "min_actors", 3)
        (0.7, 3)
        """
        if (code, name) in self.overrides:
            return self.overrides[(code, name)]
        if default is _NO_DEFAULT:
            raise KeyError(f"{code}.{name}")
        return default


#: A configuration file bigger than this is refused before it is parsed (a settings file is a few KB).
MAX_CONFIG_BYTES = 1 << 20


def read_toml(path: Path) -> dict[str, Any]:
    """Parse the TOML file *path*; an unreadable or malformed file is a :class:`UsageError` (exit 2).

    Malformed includes what Python's parser does not report as a TOML error: bytes that are not UTF-8, and
    nesting deeper than the interpreter's recursion (``a = [[[[…]]]]``). Integers of any length are read
    (Python's 4,300-digit limit of ``int()`` lifted while parsing) so that the settings' validation can name
    the key of a 5,000-digit number instead of the parser failing without one.
    """
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_CONFIG_BYTES + 1)
    except OSError as exc:
        raise UsageError("config.unreadable", file=str(path), reason=exc.strerror or str(exc)) from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise UsageError("config.too_big", file=str(path), limit=MAX_CONFIG_BYTES)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise UsageError("config.not_utf8", file=str(path), line=line, byte=f"0x{raw[exc.start]:02x}") from None
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError("config.bad_toml", file=str(path), reason=str(exc)) from None
    except RecursionError:
        raise UsageError("config.too_deep", file=str(path)) from None
    finally:
        sys.set_int_max_str_digits(limit)


def config_table(path: Path | str | None = None, data: Path | str | None = None) -> tuple[dict[str, Any], str] | None:
    """Find the settings table and its source: *path* (TOML), else ``[tool.regienet]`` in a
    ``pyproject.toml`` beside *data*; ``None`` when there is neither.

    A ``--config`` file may hold the settings at top level or under ``[tool.regienet]``.
    The table is returned as parsed; :func:`regienet.settings.from_mapping` validates it.
    """
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise UsageError("config.missing", file=str(p))
        doc = read_toml(p)
        table = doc.get("tool", {}).get("regienet", doc) if "tool" in doc else doc
        return table, str(p)
    if data is not None:
        folder = Path(data)
        folder = folder if folder.is_dir() else folder.parent
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            doc = read_toml(pyproject)
            table = doc.get("tool", {}).get("regienet")
            if isinstance(table, dict):
                return table, f"{pyproject} [tool.regienet]"
    return None
