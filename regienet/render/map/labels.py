"""The words drawn on the map: place names, short labels, wrapping, and the room a label takes.

Every view labels its nodes with these (the actor view through
:meth:`regienet.render.map.actors.ActorViewBuilder.labels`, the region view
through :meth:`regienet.render.map.region.RegionViewBuilder.label`); the
handouts use :func:`place_name` for the places they list. Pure functions of
text: no region data beyond the municipality's name, no language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from regienet.model import Region

__all__ = [
    "PLACE_PREFIXES",
    "label_box",
    "normal_label",
    "place_name",
    "place_names",
    "short_label",
    "wrap",
    "wrap_with",
]

PLACE_PREFIXES = ("gemeente", "stad", "city of", "town of", "municipality of", "commune de", "ville de")

_SEPARATORS = re.compile(r"[\s_\-]+")


def normal_label(text: str) -> str:
    """*text* as labels are compared: separators as one space, case ignored."""
    return _SEPARATORS.sub(" ", text).strip().casefold()


def place_names(region: Region, m: str) -> list[str]:
    """Ways a municipality's place name may end an actor's name ("LDE-initiatief Kortrijk")."""
    name = region.name[m]
    out = {normal_label(name), normal_label(m)}
    low = name.casefold()
    for prefix in PLACE_PREFIXES:
        if low.startswith(prefix + " "):
            out.add(normal_label(name[len(prefix) + 1 :]))
    return sorted((p for p in out if p), key=len, reverse=True)


def place_name(region: Region, m: str) -> str:
    """The municipality's name without "Gemeente"/"Stad": what people call the place."""
    name = region.name[m]
    low = name.casefold()
    for prefix in PLACE_PREFIXES:
        if low.startswith(prefix + " ") and len(name) > len(prefix) + 1:
            return name[len(prefix) + 1 :].strip()
    return name


def short_label(name: str, places: Iterable[str]) -> str:
    """*name* without a trailing place name (the map shows where it is).

    ``short_label("LDE-initiatief Kortrijk", ["kortrijk"])`` → ``"LDE-initiatief"``;
    a name that is only the place name is kept whole.
    """
    ascii_name = name.isascii()
    for place in places:
        if ascii_name and place.isascii() and "," not in place:
            # in ASCII, ignoring case is lower(): the suffix is found by hand, with no pattern to compile
            # (thousands of places at 3,000 municipalities); the same cut as the pattern's
            tokens = _place_tokens(place)
            if not tokens:
                continue
            start = _ascii_suffix_start(name, tokens)
            short = (name if start is None else name[:start]).rstrip(" -–,")  # as pattern.sub(...).rstrip(...)
            if short != name and len(short) >= 2:
                return short
            continue
        pattern = _place_suffix(place)
        if pattern is None:
            continue
        short = pattern.sub("", name, count=1).rstrip(" -–,")
        if short != name and len(short) >= 2:
            return short
    return name


@cache
def _place_tokens(place: str) -> tuple[str, ...]:
    """The words of a place name, lower case (those :func:`_place_suffix` looks for)."""
    return tuple(x.lower() for x in re.split(r"[\s_\-]+", place) if x)


def _ascii_suffix_start(name: str, tokens: tuple[str, ...]) -> int | None:
    """Where :func:`_place_suffix`'s pattern for *tokens* starts matching ASCII *name*; ``None``: nowhere.

    The pattern is separators (whitespace, ``,`` or ``-``), the words with
    separators (whitespace, ``_`` or ``-``) between them, then whitespace to
    the end. No word holds a separator, so from the end there is one way to
    line the words up; the leftmost match starts where the run of separators
    before the first word starts. Only for ASCII (where ignoring case is
    ``lower()``) and words without a comma (which the first run could take).
    """
    if not tokens:
        return None
    end = len(name.rstrip())  # \s*$ takes all trailing whitespace
    for k in range(len(tokens) - 1, -1, -1):
        word = tokens[k]
        begin = end - len(word)
        if begin < 0 or name[begin:end].lower() != word:
            return None
        run = begin
        between = " \t\n\r\f\v\x1c\x1d\x1e\x1f_-" if k else " \t\n\r\f\v\x1c\x1d\x1e\x1f,-"
        while run > 0 and name[run - 1] in between:
            run -= 1
        if run == begin:  # at least one separator
            return None
        end = run
    return end


@cache
def _place_suffix(place: str) -> re.Pattern[str] | None:
    """The compiled "…, Place" suffix pattern of one place name (compiled once per place).

    ``re``'s own cache holds 512 patterns; a region of more places than that
    made it recompile every pattern for every actor.
    """
    tokens = [re.escape(x) for x in re.split(r"[\s_\-]+", place) if x]
    if not tokens:
        return None
    return re.compile(r"[\s,\-–]+" + r"[\s_\-]+".join(tokens) + r"\s*$", flags=re.IGNORECASE)


def wrap(text: str, width: int = 20, lines: int = 3) -> str:
    """Wrap a label on word boundaries (at most *lines* lines, ``…`` when cut)."""
    words = text.split()
    out: list[str] = []
    cur = ""
    for w in words:
        if len(w) > width + 6:
            w = w[: width + 5] + "…"
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        out.append(cur)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: width - 1].rstrip() + "…"
    return "\n".join(out) or text[:width]


def wrap_with(text: str, suffix: str, width: int = 20, lines: int = 3) -> str:
    """:func:`wrap` *text* followed by *suffix*, which is never cut off.

    ``wrap_with("LDE-initiatief", "(Kuurne)")`` → ``"LDE-initiatief\n(Kuurne)"``. When
    the text and the suffix together need more than *lines* lines, the text is
    cut short (``…``) so that the suffix, which tells two equal names apart,
    stays whole.
    """
    if not suffix:
        return wrap(text, width, lines)
    both = wrap(f"{text} {suffix}", width, lines)
    if both.endswith(suffix):
        return both
    return wrap(text, width, max(lines - 1, 1)) + "\n" + wrap(suffix, width, 1)


def label_box(label: str, font: float) -> tuple[float, float]:
    """Width and height, in map units, of *label* drawn at *font* (a little generous: no font metrics here)."""
    if not label:
        return 0.0, 0.0
    rows = label.split("\n")
    width = max((len(r) for r in rows), default=1) * font * 0.6
    return width, len(rows) * font * 1.2
