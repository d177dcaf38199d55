"""The one message catalogue: every user-facing string, in English and Dutch.

Strings live in :mod:`regienet.messages` as ``key -> (english, dutch)``. Code
never writes user-facing prose inline; it calls :func:`t` with a key and
named parameters, so a missing translation is a test failure, not a surprise
in front of an alderman.

The Dutch follows Flemish policy language and the 2010 report's own terms
(overzicht, beleidslijnen, inzet en samenwerking, verantwoording, eigen actor,
regisseur).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

from regienet.messages import MESSAGES

LANGUAGES: tuple[str, ...] = ("en", "nl")
DEFAULT_LANGUAGE = "en"


def resolve_language(lang: str | None = None) -> str:
    """Return a supported language code: *lang*, else ``$REGIENET_LANG``, else English."""
    for candidate in (lang, os.environ.get("REGIENET_LANG")):
        if candidate and candidate.lower() in LANGUAGES:
            return candidate.lower()
    return DEFAULT_LANGUAGE


#: ``{n|actor|actors}`` in a catalogue text: the singular when parameter ``n`` is 1, else the plural; a form
#: may hold placeholders itself (``{n|this tie|these {n} ties}``).
_PLURAL = re.compile(r"\{(\w+)\|((?:[^{}|]|\{\w+\})*)\|((?:[^{}|]|\{\w+\})*)\}")


def plural_forms(text: str, params: dict[str, object]) -> str:
    """Resolve ``{name|one|other}`` by the number in *params*: real plural forms in both languages."""
    return _PLURAL.sub(lambda m: m.group(2) if params.get(m.group(1)) == 1 else m.group(3), text)


def t(key: str, lang: str = DEFAULT_LANGUAGE, /, **params: object) -> str:
    """Translate message *key* into *lang* and fill in *params*.

    ``{n|actor|actors}`` picks the singular or plural by parameter ``n``.
    Raises ``KeyError`` for an unknown key: that is a programming error, and
    the catalogue test catches it before a user can.
    """
    entry = MESSAGES[key]
    text = entry[LANGUAGES.index(lang) if lang in LANGUAGES else 0]
    if not params:
        return text
    if "|" in text:
        text = plural_forms(text, params)
    return text.format(**params)


def tag_label(tag: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """How a tag of ``activities``/``target_groups`` reads in *lang*.

    A recommended tag (:data:`regienet.messages.TAGS`) gets its words from the
    catalogue (``long_term_unemployed`` → "langdurig werklozen"); any other
    tag is the region's own word and is shown as written.
    """
    key = f"tag.{tag}"
    return t(key, lang) if key in MESSAGES else tag


def number(value: float, lang: str = DEFAULT_LANGUAGE) -> str:
    """A number as *lang* writes it: ``12,345.5`` (en) / ``12.345,5`` (nl); whole numbers without decimals."""
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    if lang == "nl":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def join(items: Iterable[object], lang: str = DEFAULT_LANGUAGE) -> str:
    """Join items as prose: ``a, b and c`` / ``a, b en c``."""
    words = [str(i) for i in items]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {t('word.and', lang)} {words[-1]}"
