"""Reading a configuration: TOML → a validated :class:`~regienet.config.Config`.

:class:`~regienet.config.Config` is plain data, low in the layers; checking a
file against what exists — rule codes and their declared thresholds
(:data:`regienet.rules.REGISTRY`), the governance settings
(:data:`regienet.analysis.governance.GOVERNANCE_SETTINGS`) — needs the rules and the
governance mode, so it lives here, with the analysis modules. The file format
is described in :mod:`regienet.config` and docs/configuration.md.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

from regienet.analysis.governance import GOVERNANCE_SETTINGS
from regienet.config import KNOWN_KEYS, Config, config_table
from regienet.errors import UsageError
from regienet.rules import REGISTRY, SEVERITIES, Threshold, select_codes
from regienet.rules.activities import LEVEL_THRESHOLDS, LEVELS_CODE

__all__ = ["add_waiver", "from_mapping", "load_config"]


def add_waiver(cfg: Config, text: str, source: str) -> None:
    """Add one ``M:RULE=reason`` waiver (the ``--waive`` option) to *cfg*; exit 2 if malformed."""
    head, sep, reason = text.partition("=")
    m, colon, selector = head.partition(":")
    if not (sep and colon and m.strip() and selector.strip() and reason.strip()):
        raise UsageError("waive.syntax", value=text)
    _put_waiver(cfg, m.strip(), selector.strip(), reason.strip(), source)


def _put_waiver(cfg: Config, m: str, selector: str, reason: object, source: str) -> None:
    if not isinstance(reason, str) or not reason.strip():
        raise _bad(source, f"waive.{m}.{selector}", reason, "a reason in words (why the finding does not apply here)")
    try:
        select_codes([selector])
    except KeyError:
        raise _bad(source, f"waive.{m}", selector, "rule codes or prefixes (see 'regienet rules')") from None
    cfg.waivers.setdefault(m, {})[selector.upper()] = reason.strip()


#: The largest count or number a setting may take when its declaration sets no maximum: far above any
#: region (Flanders has 300 municipalities), far below what turns a count into an endless loop or a float
#: into ``inf`` (``1e308`` was accepted as a count before issue 26).
MAX_SETTING = 1_000_000


def _bad(source: str, key: str, value: Any, allowed: str) -> UsageError:
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        limit = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)
        try:  # exact up to ~30,000 digits (quick); beyond, the count from the bit length, to a digit or so
            shown = str(value) if value.bit_length() < 100_000 else ""
        finally:
            sys.set_int_max_str_digits(limit)
        digits = len(shown.lstrip("-")) or int(value.bit_length() * math.log10(2)) + 1
        start = shown[:12] if shown else ("-" if value < 0 else "")
        return UsageError("config.bad_value_huge", file=source, key=key, digits=digits, start=start, allowed=allowed)
    return UsageError("config.bad_value", file=source, key=key, value=value, allowed=allowed)


def _number_in_range(th: Threshold, value: Any) -> float | int:
    """:meth:`Threshold.validate`, and finite (no ``nan``, no ``inf``) and at most :data:`MAX_SETTING` in size."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("not finite")
    big = isinstance(value, int | float) and not isinstance(value, bool) and abs(value) > MAX_SETTING
    if big and (th.maximum is None or abs(value) > abs(th.maximum)):
        raise ValueError("absurd")
    return th.validate(value)


def from_mapping(data: dict[str, Any], source: str) -> Config:
    """Validate a parsed TOML table into a :class:`Config` (exit-2 errors name file and key).

    One helper per table of the file, in the order a reader meets them: the plain keys, ``[waive]``,
    ``[thresholds.CODE]`` and ``[governance]``.
    """
    cfg = Config(source=source)
    for key in data:
        if key not in KNOWN_KEYS:
            raise UsageError("config.unknown_key", file=source, key=key, allowed=", ".join(KNOWN_KEYS))
    _plain_keys(cfg, data, source)
    _waivers(cfg, data.get("waive", {}), source)
    _thresholds(cfg, data.get("thresholds", {}), source)
    _governance(cfg, data.get("governance", {}), source)
    return cfg


def _plain_keys(cfg: Config, data: dict[str, Any], source: str) -> None:
    """Validate ``joint_venture_min``, ``fail_on``, ``select`` and ``ignore`` into *cfg*."""
    if "joint_venture_min" in data:
        v = data["joint_venture_min"]
        if isinstance(v, bool) or not isinstance(v, int) or not 2 <= v <= MAX_SETTING:
            raise _bad(source, "joint_venture_min", v, f"a whole number 2 … {MAX_SETTING}")
        cfg.joint_venture_min = v
    if "fail_on" in data:
        v = data["fail_on"]
        if v not in SEVERITIES:
            raise _bad(source, "fail_on", v, ", ".join(SEVERITIES))
        cfg.fail_on = v
    for key in ("select", "ignore"):
        if key in data:
            v = data[key]
            if isinstance(v, str):
                v = [v]
            if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                raise _bad(source, key, v, "a list of rule codes or prefixes")
            try:
                select_codes(v)
            except KeyError as exc:
                raise _bad(source, key, exc.args[0], "rule codes or prefixes (see 'regienet rules')") from None
            setattr(cfg, key, tuple(v))


def _waivers(cfg: Config, waive: Any, source: str) -> None:
    """Validate ``[waive]`` (``municipality = { RULE = "reason" }`` or ``"m:RULE" = "reason"``) into *cfg*."""
    if not isinstance(waive, dict):
        raise _bad(source, "waive", waive, 'a table: municipality = { RULE = "reason" }')
    for m, table in waive.items():
        if isinstance(table, str) and ":" in m:  # "kortrijk:RO02" = "reason"
            muni, _, selector = m.partition(":")
            _put_waiver(cfg, muni.strip(), selector.strip(), table, source)
            continue
        if not isinstance(table, dict):
            raise _bad(source, f"waive.{m}", table, 'a table of RULE = "reason"')
        for selector, reason in table.items():
            _put_waiver(cfg, m, selector, reason, source)


def _thresholds(cfg: Config, thresholds: Any, source: str) -> None:
    """Validate ``[thresholds.CODE]`` (a rule's thresholds, or ``levels`` for the level formula's) into *cfg*."""
    if not isinstance(thresholds, dict):
        raise _bad(source, "thresholds", thresholds, "a table [thresholds.CODE]")
    for code, table in thresholds.items():
        # [thresholds.levels]: the level formula's own thresholds (issue 23: levels.most_share)
        levels = str(code).lower() == LEVELS_CODE
        rule = None if levels else REGISTRY.get(str(code).upper())
        if rule is None and not levels:
            known = [c for c in REGISTRY if REGISTRY[c].thresholds] + [LEVELS_CODE]
            raise _bad(source, f"thresholds.{code}", code, ", ".join(known))
        if not isinstance(table, dict):
            raise _bad(source, f"thresholds.{code}", table, "a table of name = value")
        declared = {th.name: th for th in (LEVEL_THRESHOLDS if rule is None else rule.thresholds)}
        key = LEVELS_CODE if rule is None else rule.code
        for name, value in table.items():
            th = declared.get(name)
            if th is None:
                raise _bad(source, f"thresholds.{code}.{name}", name, ", ".join(declared) or "-")
            try:
                cfg.overrides[(key, name)] = _number_in_range(th, value)
            except ValueError:
                raise _bad(source, f"thresholds.{code}.{name}", value, _range_text(th)) from None


def _governance(cfg: Config, table: Any, source: str) -> None:
    """Validate ``[governance]`` (settings of :func:`regienet.analysis.governance.governance_mode`) into *cfg*."""
    if not isinstance(table, dict):
        raise _bad(source, "governance", table, "a table [governance] of name = value")
    declared = {th.name: th for th in GOVERNANCE_SETTINGS}
    for name, value in table.items():
        th = declared.get(name)
        if th is None:
            raise _bad(source, f"governance.{name}", name, ", ".join(declared))
        try:
            cfg.governance[name] = _number_in_range(th, value)
        except ValueError:
            raise _bad(source, f"governance.{name}", value, _range_text(th)) from None
    for low, high in (
        ("size_few", "size_many"),
        ("trust_moderate", "trust_high"),
        ("consensus_moderate", "consensus_high"),
    ):
        values = {n: cfg.governance.get(n, declared[n].default) for n in (low, high)}
        if values[low] > values[high]:
            raise UsageError(
                "config.governance_order", file=source, low=low, lv=values[low], high=high, hv=values[high]
            )


def _range_text(th: Threshold) -> str:
    low = th.minimum if th.minimum is not None else -MAX_SETTING
    rng = f"{low} … {th.maximum if th.maximum is not None else MAX_SETTING}"
    return ("a whole number " if th.integer else "a number ") + rng


def load_config(path: Path | str | None = None, data: Path | str | None = None) -> Config:
    """Settings from *path* (TOML), else ``[tool.regienet]`` in a pyproject.toml beside *data*, else defaults.

    A ``--config`` file may hold the settings at top level or under ``[tool.regienet]``.
    Every key is validated (:func:`from_mapping`); a bad one exits 2 naming file and key.
    """
    found = config_table(path, data)
    return Config() if found is None else from_mapping(*found)
