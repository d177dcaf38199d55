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

import functools
import os
import re
from collections.abc import Iterable

from regienet.messages import MESSAGES

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "LOCALES",
    "fmt_date",
    "fmt_money",
    "fmt_number",
    "fmt_percent",
    "join",
    "number",
    "plural_forms",
    "resolve_language",
    "t",
    "tag_label",
    "translate",
]

LANGUAGES: tuple[str, ...] = ("en", "nl")
DEFAULT_LANGUAGE = "en"


def resolve_language(lang: str | None = None, default: str = DEFAULT_LANGUAGE) -> str:
    """Return a supported language code: *lang*, else ``$REGIENET_LANG``, else *default* (English, or the
    command family's language: Dutch for the workshop handouts — README, "Language").

    >>> resolve_language("NL")
    'nl'
    """
    for candidate in (lang, os.environ.get("REGIENET_LANG")):
        if candidate and candidate.lower() in LANGUAGES:
            return candidate.lower()
    return default


#: ``{n|actor|actors}`` in a catalogue text: the singular when parameter ``n`` is 1, else the plural; a form
#: may hold placeholders itself (``{n|this tie|these {n} ties}``). An optional third form is the zero form
#: (``{n|only one actor|only {n} actors|not a single actor}``): "slechts 0 actoren" is no Dutch (issue 28).
_PLURAL = re.compile(r"\{(\w+)\|((?:[^{}|]|\{\w+\})*)\|((?:[^{}|]|\{\w+\})*)(?:\|((?:[^{}|]|\{\w+\})*))?\}")


def plural_forms(text: str, params: dict[str, object]) -> str:
    """Resolve ``{name|one|other}`` by the number in *params*: real plural forms in both languages.

    One is singular, everything else (0 too) plural, as in English and Dutch, unless a third, zero form is
    given; a number already formatted as text counts as well.

    >>> plural_forms("{n} {n|lokale actor|lokale actoren}", {"n": 1})
    '{n} lokale actor'
    >>> plural_forms("{n} {n|lokale actor|lokale actoren}", {"n": 0})
    '{n} lokale actoren'
    >>> plural_forms("{n|this tie|these {n} ties}", {"n": "3"})
    'these {n} ties'
    >>> plural_forms("{n|slechts één actor|slechts {n} actoren|geen enkele actor}", {"n": 0})
    'geen enkele actor'
    """
    return _PLURAL.sub(lambda m: _form(m, params.get(m.group(1))), text)


def _form(match: re.Match[str], value: object) -> str:
    """The singular, plural or (when given) zero form of a ``{n|one|other|zero}`` for *value*."""
    if _is_one(value):
        return match.group(2)
    if match.group(4) is not None and _is_zero(value):
        return match.group(4)
    return match.group(3)


def _is_zero(value: object) -> bool:
    """Whether a plural's number is zero: the number itself, or as already formatted (``"0"``)."""
    return value == 0 or (isinstance(value, str) and value.strip() == "0")


def _is_one(value: object) -> bool:
    """Whether a plural's number is one: the number itself, or as already formatted (``"1"``)."""
    return value == 1 or (isinstance(value, str) and value.strip() == "1")


def t(key: str, lang: str = DEFAULT_LANGUAGE, /, **params: object) -> str:
    """Translate message *key* into *lang* and fill in *params*.

    ``{n|actor|actors}`` picks the singular or plural by parameter ``n``.
    Raises ``KeyError`` for an unknown key: that is a programming error, and
    the catalogue test catches it before a user can.

    >>> t("kind.enterprise", "nl")
    'sociale onderneming'
    >>> t("word.and", "fr")  # an unsupported language falls back to English
    'and'
    """
    return translate(MESSAGES[key], lang, **params)


def translate(entry: tuple[str, str], lang: str = DEFAULT_LANGUAGE, /, **params: object) -> str:
    """Fill in one catalogue entry ``(english, dutch)`` in *lang*: what :func:`t` does after the lookup.

    For entries that live with their declaration rather than in
    :mod:`regienet.messages` (a rule's title, a setting's description), so that
    no module has to write into the shared catalogue.

    >>> translate(("{n} {n|actor|actors}", "{n} {n|actor|actoren}"), "nl", n=2)
    '2 actoren'
    >>> translate(("{n} {n|actor|actors}", "{n} {n|actor|actoren}"), "en", n=1)
    '1 actor'
    """
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

    >>> tag_label("long_term_unemployed", "nl"), tag_label("our_own_tag", "nl")
    ('langdurig werklozen', 'our_own_tag')
    """
    key = f"tag.{tag}"
    return t(key, lang) if key in MESSAGES else tag


#: The Babel locale each language formats numbers, money, percentages and dates in: British English, Flemish Dutch.
LOCALES: dict[str, str] = {"en": "en_GB", "nl": "nl_BE"}
#: Percentages with a space before the sign in Dutch ("40 %", as Flemish style guides write it).
_PERCENT_PATTERNS: dict[str, str] = {"en": "#,##0%", "nl": "#,##0 %"}


def _locale(lang: str) -> str:
    return LOCALES.get(lang, LOCALES[DEFAULT_LANGUAGE])


def _plain(text: str) -> str:
    """Babel's no-break spaces as plain spaces: output is grep-able and aligns in a terminal."""
    return text.replace("\xa0", " ").replace("\u202f", " ")


@functools.lru_cache(maxsize=4096, typed=True)  # Babel takes ~40 µs a call; big regions repeat values
def fmt_number(value: float | int, lang: str = DEFAULT_LANGUAGE, digits: int | None = None, max_digits: int = 2) -> str:
    """A number as *lang* writes it: ``12,345.5`` (en) / ``12.345,5`` (nl).

    ``digits=None``: whole numbers without decimals, others with up to
    *max_digits* (trailing zeros dropped); ``digits=k``: exactly *k* decimals (``0,31``).

    >>> fmt_number(12345.5, "en"), fmt_number(12345.5, "nl")
    ('12,345.5', '12.345,5')
    >>> fmt_number(0.3102, "nl", digits=2), fmt_number(3, "nl", digits=1)
    ('0,31', '3,0')
    """
    from babel.numbers import format_decimal

    if digits is None:
        pattern = "#,##0" if float(value).is_integer() else "#,##0." + "#" * max_digits
    else:
        pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    return _plain(format_decimal(value, format=pattern, locale=_locale(lang), decimal_quantization=True))


@functools.lru_cache(maxsize=4096, typed=True)  # Babel takes ~40 µs a call; big regions repeat values
def fmt_percent(value: float, lang: str = DEFAULT_LANGUAGE, digits: int = 0) -> str:
    """A share (0–1) as a percentage: ``40%`` (en) / ``40 %`` (nl).

    >>> fmt_percent(0.4, "en"), fmt_percent(0.4, "nl"), fmt_percent(0.125, "nl", digits=1)
    ('40%', '40 %', '12,5 %')
    """
    from babel.numbers import format_percent

    pattern = _PERCENT_PATTERNS.get(lang, _PERCENT_PATTERNS[DEFAULT_LANGUAGE])
    if digits > 0:
        pattern = pattern.replace("0%", "0." + "0" * digits + "%").replace("0 %", "0." + "0" * digits + " %")
    return _plain(format_percent(value, format=pattern, locale=_locale(lang)))


@functools.lru_cache(maxsize=4096, typed=True)  # Babel takes ~40 µs a call; big regions repeat values
def fmt_money(value: float | int, lang: str = DEFAULT_LANGUAGE) -> str:
    """An amount in euro: ``€45,000`` (en) / ``€ 45.000`` (nl); cents only when there are any.

    >>> fmt_money(45000, "en"), fmt_money(45000, "nl")
    ('€45,000', '€ 45.000')
    >>> fmt_money(1234.5, "en"), fmt_money(1234.5, "nl")
    ('€1,234.50', '€ 1.234,50')
    """
    from babel.numbers import format_currency

    whole = float(value).is_integer()
    pattern = {"nl": "¤ #,##0"}.get(lang, "¤#,##0") + ("" if whole else ".00")
    return _plain(format_currency(value, "EUR", format=pattern, locale=_locale(lang), currency_digits=False))


def fmt_date(value: object, lang: str = DEFAULT_LANGUAGE) -> str:
    """A date written out: ``30 November 2026`` (en) / ``30 november 2026`` (nl).

    Takes a :class:`datetime.date`/:class:`datetime.datetime` or an ISO date string.

    >>> fmt_date("2026-11-30", "en"), fmt_date("2026-11-30T14:05:00", "nl")
    ('30 November 2026', '30 november 2026')
    """
    import datetime as _dt

    from babel.dates import format_date

    if isinstance(value, str):
        value = _dt.date.fromisoformat(value[:10])
    if isinstance(value, _dt.datetime):
        value = value.date()
    if not isinstance(value, _dt.date):
        raise TypeError(f"fmt_date needs a date or an ISO date string, not {value!r}")
    return _plain(format_date(value, format="long", locale=_locale(lang)))


def number(value: float, lang: str = DEFAULT_LANGUAGE) -> str:
    """A number as *lang* writes it (see :func:`fmt_number`): whole numbers without decimals."""
    return fmt_number(value, lang)


def join(items: Iterable[object], lang: str = DEFAULT_LANGUAGE) -> str:
    """Join items as prose: ``a, b and c`` / ``a, b en c``.

    >>> join(["Kortrijk", "Kuurne", "Zwevegem"], "nl"), join(["Kortrijk"], "en"), join([], "en")
    ('Kortrijk, Kuurne en Zwevegem', 'Kortrijk', '')
    """
    words = [str(i) for i in items]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {t('word.and', lang)} {words[-1]}"
