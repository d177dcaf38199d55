"""``json.dumps(value, ensure_ascii=False, indent=2)``, byte for byte, in a third of json's time.

With ``indent`` set, the standard library's encoder is its pure-Python generator chain (its C encoder
writes compact JSON only): every value passes through three or four nested generators. On the grid
region of 3,000 municipalities ``check --format json`` dumped 12,000 distinct level details that way,
0.74 of its 1.07 CPU s of JSON; this one plain recursive function takes 0.44 s for them
(docs/benchmarks.md, issue 27). It writes the JSON types json writes (dict, list, tuple, str, int,
float, bool, None and their subclasses) the way json writes them, and refuses anything else with
json's ``TypeError``. Equality with ``json.dumps`` is tested on generated
documents (tests/test_indented_json.py).
"""

from __future__ import annotations

from json.encoder import encode_basestring
from typing import Any

__all__ = ["dumps"]

_INFINITY = float("inf")


def dumps(value: Any, depth: int = 0) -> str:
    """*value* as ``json.dumps(value, ensure_ascii=False, indent=2)`` writes it nested at *depth* levels.

    At depth 0 that is json.dumps's own text; deeper, every line after the first has ``2 * depth``
    more spaces, as it reads inside a bigger document.
    """
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is dict:
        return _object(value, depth) if value else "{}"
    if kind is list or kind is tuple:
        return _array(value, depth) if value else "[]"
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        return _float(value)
    return _subclass(value, depth)


def _object(value: dict, depth: int) -> str:
    pad = "\n" + "  " * (depth + 1)
    inner = depth + 1
    parts = [_key(k) + ": " + dumps(v, inner) for k, v in value.items()]
    return "{" + pad + ("," + pad).join(parts) + "\n" + "  " * depth + "}"


def _array(value: list | tuple, depth: int) -> str:
    pad = "\n" + "  " * (depth + 1)
    inner = depth + 1
    return "[" + pad + ("," + pad).join([dumps(v, inner) for v in value]) + "\n" + "  " * depth + "]"


def _float(value: float) -> str:
    """As json writes a float (``allow_nan``: NaN and the infinities in JavaScript's spelling)."""
    if value != value:
        return "NaN"
    if value == _INFINITY:
        return "Infinity"
    if value == -_INFINITY:
        return "-Infinity"
    return float.__repr__(value)


def _key(key: Any) -> str:
    """A dict key as json writes it: a string, or a float, bool, None or int turned into one."""
    if isinstance(key, str):
        return encode_basestring(key)
    if isinstance(key, float):
        return '"' + _float(key) + '"'
    if key is True:
        return '"true"'
    if key is False:
        return '"false"'
    if key is None:
        return '"null"'
    if isinstance(key, int):
        return '"' + int.__repr__(key) + '"'
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _subclass(value: Any, depth: int) -> str:
    """A subclass of a JSON type, tested in json's own order; anything else is json.dumps's to refuse."""
    if isinstance(value, str):
        return encode_basestring(value)
    if isinstance(value, int):  # bool is handled before (True/False are singletons)
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, (list, tuple)):
        return _array(value, depth) if value else "[]"
    if isinstance(value, dict):
        return _object(value, depth) if value else "{}"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")  # json's own words
