"""The rule engine: what a rule is, what it returns, and the registry.

One rule = one documented unit (like sqlfluff/ruff): a class with a code,
a component, a severity, English and Dutch titles, a rationale that cites the
report, declared thresholds, and a ``check`` method that looks at one
municipality and returns an :class:`Outcome`. Titles, rationales and message
templates stay with the rule; :func:`text` looks them up (and falls back to the
shared catalogue), so the shared catalogue is never written to at import.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from regienet.i18n import fmt_money, fmt_number, fmt_percent, t, tag_label, translate
from regienet.messages import MESSAGES
from regienet.schema import ACTOR_COLUMNS, QUESTIONNAIRE

if TYPE_CHECKING:  # pragma: no cover
    from regienet.config import Config
    from regienet.model import Region

__all__ = [
    "ANSWER_DOMAINS",
    "COMPONENTS",
    "LEVEL_COMPONENTS",
    "NOT_APPLICABLE",
    "PASSED",
    "REGISTRY",
    "SEVERITIES",
    "SEVERITIES_WORST_FIRST",
    "SEVERITY_RANK",
    "STATUSES",
    "Finding",
    "Money",
    "Msg",
    "Num",
    "Outcome",
    "Pct",
    "RegionRule",
    "Rule",
    "Tags",
    "Threshold",
    "all_messages",
    "derive_unknown",
    "register",
    "render_params",
    "rule_codes",
    "rule_messages",
    "select_codes",
    "text",
]

#: The one severity order (issue 15.3), least severe first: ``--fail-on`` compares positions in it.
SEVERITIES: tuple[str, ...] = ("info", "warning", "error")
#: The same order worst first, as reports, tables and the map list findings and counts.
SEVERITIES_WORST_FIRST: tuple[str, ...] = tuple(reversed(SEVERITIES))
#: Sort key of a severity, worst first: ``{"error": 0, "warning": 1, "info": 2}``.
SEVERITY_RANK: dict[str, int] = {s: i for i, s in enumerate(SEVERITIES_WORST_FIRST)}
COMPONENTS: tuple[str, ...] = ("OV", "BL", "SA", "VA", "RO", "RG")
#: Components that get a level (RO is the role questions, RG the region as a whole: findings, no level).
LEVEL_COMPONENTS: tuple[str, ...] = ("OV", "BL", "SA", "VA")


@dataclass(frozen=True)
class Threshold:
    """A tunable value of a rule, declared once with its validation."""

    name: str
    default: float | int
    description: tuple[str, str]
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False
    #: the plausible range to try in ``regienet sensitivity`` (defaults: see :meth:`sweep_range`)
    span: tuple[float, float] | None = None

    def sweep_range(self) -> tuple[float, float]:
        """The range ``regienet sensitivity`` sweeps: ``(low, high)``.

        The declared ``span`` if any; else ``(minimum, maximum)`` when both
        are set; else, for a whole number, ``minimum … max(2·default,
        minimum + 4)`` (``minimum`` taken as ``max(0, default − 4)`` when
        undeclared, and ``maximum`` kept when declared); for a fraction with
        an open end, ``minimum`` (else 0, or ``2·default`` when negative) …
        ``maximum`` (else ``max(2·default, low + 1)``).
        """
        if self.span is not None:
            low, high = self.span
        elif self.minimum is not None and self.maximum is not None:
            low, high = self.minimum, self.maximum
        elif self.integer:
            low = self.minimum if self.minimum is not None else max(0, self.default - 4)
            high = self.maximum if self.maximum is not None else max(2 * self.default, low + 4)
        else:
            low = self.minimum if self.minimum is not None else (0.0 if self.default >= 0 else 2.0 * self.default)
            high = self.maximum if self.maximum is not None else max(2.0 * self.default, low + 1.0)
        return (min(low, high), max(low, high))

    def sweep_values(self) -> list[float | int]:
        """The values ``regienet sensitivity`` tries, low to high, ends included.

        Whole numbers: every whole number of :meth:`sweep_range`. Fractions:
        steps of 0.05 when the range is at most 1 wide and a whole number of
        such steps (0, 0.05, …, 1 for a share), else 20 equal steps; values are
        rounded to 10 decimals so that 0.15 is 0.15, not 0.15000000000000002.

        >>> Threshold("share", 0.6, ("", ""), minimum=0.0, maximum=1.0).sweep_values()[:4]
        [0.0, 0.05, 0.1, 0.15]
        >>> Threshold("n", 3, ("", ""), minimum=1, integer=True).sweep_values()
        [1, 2, 3, 4, 5, 6]
        """
        low, high = self.sweep_range()
        if self.integer:
            return list(range(math.ceil(low), math.floor(high) + 1))
        width = high - low
        if width <= 0:
            return [float(low)]
        steps = round(width / 0.05)
        if width > 1 + 1e-9 or abs(steps * 0.05 - width) > 1e-9:
            steps = 20
        return [round(low + i * width / steps, 10) for i in range(steps + 1)]

    def validate(self, value: Any) -> float | int:
        """Return *value* coerced, or raise ``ValueError`` with the allowed range."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("number")
        if self.integer and not float(value).is_integer():
            raise ValueError("integer")
        if (self.minimum is not None and value < self.minimum) or (self.maximum is not None and value > self.maximum):
            raise ValueError("range")
        return int(value) if self.integer else float(value)


@dataclass(frozen=True)
class Msg:
    """A message parameter that is itself a catalogue message, rendered in the finding's language."""

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    def render(self, lang: str) -> str:
        return text(self.key, lang, **render_params(dict(self.params), lang))


@dataclass(frozen=True)
class Tags:
    """A message parameter listing tags of ``activities``/``target_groups``, in the finding's language.

    Recommended tags read as words ("langdurig werklozen"), others as written;
    see :func:`regienet.i18n.tag_label`.
    """

    tags: tuple[str, ...]

    def render(self, lang: str) -> str:
        return ", ".join(tag_label(x, lang) for x in self.tags)


@dataclass(frozen=True)
class Pct:
    """A share (0–1) as a message parameter, written per language: ``40%`` / ``40 %``."""

    value: float

    def render(self, lang: str) -> str:
        return fmt_percent(self.value, lang)


@dataclass(frozen=True)
class Money:
    """An amount in euro as a message parameter, written per language: ``€45,000`` / ``€ 45.000``."""

    value: float

    def render(self, lang: str) -> str:
        return fmt_money(self.value, lang)


@dataclass(frozen=True)
class Num:
    """A number as a message parameter, written per language (``0.31`` / ``0,31``); *digits* as in fmt_number."""

    value: float
    digits: int | None = None

    def render(self, lang: str) -> str:
        return fmt_number(self.value, lang, self.digits)


def render_params(params: dict[str, Any], lang: str) -> dict[str, Any]:
    """Message parameters with :class:`Msg`, :class:`Tags`, :class:`Pct`, :class:`Money` and :class:`Num`
    values put in words in *lang*: templates hold plain ``{name}`` placeholders, never format specs."""
    return {k: v.render(lang) if isinstance(v, Msg | Tags | Pct | Money | Num) else v for k, v in params.items()}


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule firing for one municipality (or for the region), with its evidence.

    :meth:`message` renders it in English or Dutch; :meth:`to_dict` is its shape in the check JSON.

    Attributes
    ----------
    rule : str
        The rule's code (``SA04``).
    component : str
        ``OV``, ``BL``, ``SA``, ``VA``, or ``RG`` for a region rule.
    severity : str
        ``info``, ``warning`` or ``error``.
    municipality : str or None
        The municipality's id; ``None`` for a regional finding (an ``RG`` rule, see
        :class:`RegionRule`): it is about the region as a whole.
    key : str
        The catalogue key of the message (``rule.SA04.message``).
    params : dict
        The message parameters: what was measured, against which threshold, and the names.
    actors : tuple of str
        The actors the finding is about (evidence).
    relations : tuple of tuple of str
        ``(source, target, kind)`` triples (evidence).
    score : float
        Ranks suggestions (higher = more promising).
    waived : str or None
        The analyst's reason when this finding is waived (``--waive M:RULE=reason``); waived findings
        are shown with the reason and left out of levels and of ``--fail-on``.
    rendered : dict of str to str
        The message per language once rendered; ``check(..., messages_in=)`` fills it in the
        ``--jobs`` workers, so that the output does not render 100,000 messages after the pool.
    """

    rule: str
    component: str
    severity: str
    municipality: str | None
    key: str
    params: dict[str, Any] = field(default_factory=dict)
    actors: tuple[str, ...] = ()
    relations: tuple[tuple[str, str, str], ...] = ()
    score: float = 0.0
    #: the analyst's reason when this finding is waived (``--waive M:RULE=reason``); waived findings are
    #: shown with the reason and left out of levels and of ``--fail-on``
    waived: str | None = None
    #: the message per language once rendered (:meth:`message`); ``check(..., messages_in=)`` fills it in
    #: the ``--jobs`` workers, so that the output does not render 100,000 messages after the pool
    rendered: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # pickled as the arguments of __init__ (the results of ``--jobs`` workers): the dataclass default for a
        # frozen class with slots (``__getstate__``/``__setstate__`` that look the fields up each time) cost
        # two thirds of sending 100,000 findings back to the parent
        return (
            Finding,
            (
                self.rule,
                self.component,
                self.severity,
                self.municipality,
                self.key,
                self.params,
                self.actors,
                self.relations,
                self.score,
                self.waived,
                self.rendered,
            ),
        )

    def message(self, lang: str = "en") -> str:
        """The finding's message in *lang*, its parameters put in words (rendered once per language)."""
        out = self.rendered.get(lang)
        if out is None:
            out = self.rendered[lang] = text(self.key, lang, **render_params(self.params, lang))
        return out

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """The finding as in the JSON contract (DESIGN §5, version 1).

        ``waived`` is added only when set; a regional finding (``municipality``
        ``None``) gets ``"scope": "region"`` right after ``"municipality"``
        (additive: an ordinary finding keeps exactly its six keys, in order).
        """
        out: dict[str, Any] = {
            "rule": self.rule,
            "component": self.component,
            "severity": self.severity,
            "municipality": self.municipality,
        }
        if self.municipality is None:
            out["scope"] = "region"
        out["message"] = self.message(lang)
        out["evidence"] = {"actors": list(self.actors), "relations": [list(r) for r in self.relations]}
        if self.waived is not None:
            out["waived"] = self.waived
        return out


#: The four outcomes of a rule, from worst to best for a level: a rule that does not apply is
#: neither a pass nor a failure, and a rule whose data is blank is unknown (DESIGN §5).
STATUSES: tuple[str, ...] = ("fired", "passed", "not_applicable", "unknown")


@dataclass(frozen=True)
class Outcome:
    """What a rule concluded for one municipality.

    ``status`` is one of :data:`STATUSES`:

    * ``fired`` — the rule found what it looks for; ``findings`` say what, with evidence;
    * ``passed`` — the question arises and the municipality answers it;
    * ``not_applicable`` — the question does not arise (no own actor, no account sent, too few
      actors to couple): neither a pass nor a failure, left out of the level;
    * ``unknown`` — a value the rule needs is blank in the data: the rule does not guess;
      ``missing`` names the blank columns.

    ``share`` (0–1, fired only) is how much of the rule failed: 1 by default; a rule may say
    that "cooperation only around the own actor" is half as bad as "no cooperation at all".
    """

    status: str
    findings: tuple[Finding, ...] = ()
    missing: tuple[str, ...] = ()
    share: float = 1.0


PASSED = Outcome("passed")
NOT_APPLICABLE = Outcome("not_applicable")


class Rule:
    """Base class of every rule; subclasses are registered with :func:`register`.

    Subclasses set the class attributes and implement :meth:`check`. The class
    docstring is the rule's long documentation (rendered into docs/rules.md).
    """

    code: ClassVar[str]
    component: ClassVar[str]
    severity: ClassVar[str]
    title: ClassVar[tuple[str, str]]
    rationale: ClassVar[tuple[str, str]]
    #: message template(s): ``{"": (en, nl)}`` or several variants by name
    messages: ClassVar[dict[str, tuple[str, str]]]
    reference: ClassVar[str]
    questionnaire: ClassVar[str] = ""
    thresholds: ClassVar[tuple[Threshold, ...]] = ()
    #: data columns the rule reads. For questionnaire columns of the governments (see
    #: :data:`ANSWER_DOMAINS`) the engine derives "unknown" itself: a blank answer that could change
    #: the outcome makes it unknown (:func:`derive_unknown`); the rule need not check for blanks.
    columns: ClassVar[tuple[str, ...]] = ()
    #: when the rule does not apply, (en, nl); "" for a rule that always applies
    not_applicable_when: ClassVar[tuple[str, str]] = ("", "")
    #: ``"municipality"``: :meth:`check` looks at one municipality; ``"region"``: see :class:`RegionRule`
    scope: ClassVar[str] = "municipality"

    def __init__(self, config: Config | None = None):
        from regienet.config import Config

        self.config = config or Config()

    def threshold(self, name: str) -> Any:
        """The value of this rule's threshold *name*: the configuration's override, else the declared default.

        The configuration is plain data and does not know the rules: the rule
        supplies its own default. An undeclared *name* is a ``KeyError``.
        """
        for th in self.thresholds:
            if th.name == name:
                return self.config.threshold(self.code, name, th.default)
        raise KeyError(f"{self.code}.{name}")

    def check(self, region: Region, m: str) -> Outcome:  # pragma: no cover - abstract
        raise NotImplementedError

    # -- helpers for subclasses
    def finding(
        self,
        m: str | None,
        variant: str = "",
        *,
        actors: Iterable[str] = (),
        relations: Iterable[tuple[str, str, str]] = (),
        score: float = 0.0,
        **params: Any,
    ) -> Finding:
        return Finding(
            self.code,
            self.component,
            self.severity,
            m,
            self.message_key(variant),
            params,
            tuple(actors),
            tuple(relations),
            score,
        )

    def fired(self, *findings: Finding, share: float = 1.0) -> Outcome:
        return Outcome("fired", tuple(findings), share=share)

    def unknown(self, *columns: str) -> Outcome:
        return Outcome("unknown", (), tuple(columns))

    @classmethod
    def message_key(cls, variant: str = "") -> str:
        return f"rule.{cls.code}.message" + (f".{variant}" if variant else "")

    @classmethod
    def message_in(cls, variant: str, lang: str, **params: Any) -> str:
        """The rule's message template *variant* in *lang* (e.g. ``"summary"``), *params* filled in."""
        return text(cls.message_key(variant), lang, **params)

    @classmethod
    def title_in(cls, lang: str) -> str:
        return text(f"rule.{cls.code}.title", lang)

    @classmethod
    def rationale_in(cls, lang: str) -> str:
        return text(f"rule.{cls.code}.rationale", lang)


class RegionRule(Rule):
    """Base class of a rule about the region as a whole (component ``RG``).

    A region rule answers one question for the whole region, once per
    :func:`regienet.rules.check` run over every municipality, in
    :meth:`check_region`; its findings have ``municipality=None`` (in JSON:
    ``"municipality": null, "scope": "region"``). It gets no level and cannot
    be waived per municipality (use ``--ignore``). Asked about one
    municipality (:meth:`check`), it does not apply.
    """

    scope: ClassVar[str] = "region"

    def check(self, region: Region, m: str) -> Outcome:
        return NOT_APPLICABLE

    def check_region(self, region: Region) -> Outcome:  # pragma: no cover - abstract
        raise NotImplementedError


def _domain(column: str) -> tuple[object, ...] | None:
    for c in ACTOR_COLUMNS:
        if c.name == column and c.applies_to is not None and c.applies_to <= QUESTIONNAIRE:
            if c.type == "yesno":
                return (True, False)
            if c.type == "enum":
                return c.choices
            if c.type == "integer" and c.minimum is not None and c.maximum is not None:
                return tuple(range(int(c.minimum), int(c.maximum) + 1))
    return None


#: The questionnaire columns of the governments whose every possible answer is known from the schema
#: (yes/no, a choice, a bounded whole number): ``column → possible values``, as :meth:`Region.value`
#: returns them. For these the engine derives "unknown" (:func:`derive_unknown`).
ANSWER_DOMAINS: dict[str, tuple[object, ...]] = {c.name: d for c in ACTOR_COLUMNS if (d := _domain(c.name)) is not None}


class _Answered:
    """*region* with some blank answers filled in: ``value(g, column)`` reads *answers* first."""

    def __init__(self, region: Region, answers: dict[tuple[str, str], object]):
        self._region = region
        self._answers = answers

    def value(self, node: str, column: str) -> object:
        if (node, column) in self._answers:
            return self._answers[(node, column)]
        return self._region.value(node, column)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._region, name)


def derive_unknown(region: Region, m: str, columns: Iterable[str], check: Callable[[Region], Outcome]) -> Outcome:
    """The outcome of *check* on *region*, or ``unknown`` when a blank answer could change it.

    *columns* are a rule's declared questionnaire columns (keys of
    :data:`ANSWER_DOMAINS`). When one of them is blank on a government of
    *m*, the rule is run again with every combination of possible answers in
    the blanks; if any combination gives another status (fired, passed, not
    applicable), the blank decides the outcome, and the rule reports
    ``unknown`` with the blank columns in ``missing``. When every combination
    agrees, the blank does not matter and the outcome stands (a municipality
    that says "regisseur" while its OCMW left the question blank still says
    regisseur). A rule's own ``unknown`` is kept as it is.

    The answers tried are those the schema allows (yes/no, the choices, 0–4),
    so the work is bounded: at most 5² runs for two blank levels.
    """
    outcome = check(region)
    if outcome.status == "unknown":
        return outcome
    blanks = [(g, c) for c in columns for g in region.governments(m) if region.value(g, c) is None]
    if not blanks:
        return outcome
    for combo in itertools.product(*(ANSWER_DOMAINS[c] for _, c in blanks)):
        filled = _Answered(region, dict(zip(blanks, combo, strict=True)))
        if check(filled).status != outcome.status:  # type: ignore[arg-type]
            return Outcome("unknown", (), tuple(dict.fromkeys(c for _, c in blanks)))
    return outcome


def _with_derived_unknown(cls: type[Rule]) -> None:
    """Wrap *cls*'s own ``check`` so that :func:`derive_unknown` decides "unknown" for its answer columns."""
    columns = tuple(c for c in cls.columns if c in ANSWER_DOMAINS)
    check = cls.__dict__.get("check")
    if not columns or check is None or cls.scope != "municipality":
        return

    @functools.wraps(check)
    def checked(self: Rule, region: Region, m: str) -> Outcome:
        return derive_unknown(region, m, columns, lambda r: check(self, r, m))

    cls.check = checked  # type: ignore[method-assign]


REGISTRY: dict[str, type[Rule]] = {}


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator: validate the rule's declaration and add it to the registry.

    Its texts are not copied anywhere: :func:`rule_messages` reads them from
    the registered classes when asked.
    """
    code = cls.code
    # real exceptions, not asserts: a malformed rule must fail under ``python -O`` too
    if code in REGISTRY:
        raise TypeError(f"duplicate rule code {code}")
    if cls.component not in COMPONENTS or not code.startswith(cls.component):
        raise TypeError(f"{code}: component {cls.component!r} must be one of {COMPONENTS} and prefix the code")
    if cls.severity not in SEVERITIES:
        raise TypeError(f"{code}: severity {cls.severity!r} must be one of {SEVERITIES}")
    if not cls.__doc__:
        raise TypeError(f"{code} needs a docstring (it is the rule's documentation)")
    if (cls.scope == "region") != (cls.component == "RG"):
        raise TypeError(f"{code}: RG rules and only they are region rules")
    _with_derived_unknown(cls)
    REGISTRY[code] = cls
    global _RULE_MESSAGES
    _RULE_MESSAGES = None
    return cls


def _entries(cls: type[Rule]) -> dict[str, tuple[str, str]]:
    """The catalogue entries one rule declares: title, rationale, messages, thresholds, when it does not apply."""
    code = cls.code
    out = {f"rule.{code}.title": cls.title, f"rule.{code}.rationale": cls.rationale}
    out.update({cls.message_key(variant): entry for variant, entry in cls.messages.items()})
    out.update({f"threshold.{code}.{th.name}": th.description for th in cls.thresholds})
    if cls.not_applicable_when[0]:
        out[f"rule.{code}.not_applicable"] = cls.not_applicable_when
    elif cls.columns:
        out[f"rule.{code}.not_applicable"] = (
            "Always applies; blank answers make it unknown.",
            "Altijd van toepassing; blanco antwoorden maken ze onbekend.",
        )
    else:
        out[f"rule.{code}.not_applicable"] = ("Always applies.", "Altijd van toepassing.")
    return out


#: cache of :func:`rule_messages`; :func:`register` empties it
_RULE_MESSAGES: dict[str, tuple[str, str]] | None = None


def rule_messages() -> dict[str, tuple[str, str]]:
    """Every registered rule's catalogue entries, ``key → (english, dutch)``.

    Importing :mod:`regienet.rules` (same layer) first registers every bundled
    rule, so the answer does not depend on what the caller imported before.
    Built once; a rule registered later (a test's own rule) starts a new build.
    """
    global _RULE_MESSAGES
    if _RULE_MESSAGES is None:
        import regienet.rules  # noqa: F401 - registers the bundled rules

        _RULE_MESSAGES = {k: v for cls in REGISTRY.values() for k, v in _entries(cls).items()}
    return _RULE_MESSAGES


def all_messages() -> dict[str, tuple[str, str]]:
    """The whole catalogue: :data:`regienet.messages.MESSAGES` and every rule's own entries."""
    return {**MESSAGES, **rule_messages()}


def text(key: str, lang: str = "en", /, **params: Any) -> str:
    """:func:`regienet.i18n.t` for a catalogue that includes the rules' own texts.

    A rule key (``rule.SA01.message``, ``threshold.OV02.own_actor_share``) is
    read from the registered rule; any other key from the shared catalogue.

    >>> text("rule.SA01.message", "nl", local=1, regional=2, threshold=2).split(" actief")[0]
    'Hier is slechts 1 lokale actor'
    """
    entry = rule_messages().get(key)
    return t(key, lang, **params) if entry is None else translate(entry, lang, **params)


def rule_codes() -> list[str]:
    """Every registered code in catalogue order (component, then number)."""
    order = {c: i for i, c in enumerate(COMPONENTS)}
    return sorted(REGISTRY, key=lambda c: (order[REGISTRY[c].component], c))


def select_codes(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[str]:
    """Resolve ``--select``/``--ignore`` (codes, prefixes like ``SA`` or ``OV0``, ``ALL``).

    Parameters
    ----------
    select : iterable of str, optional
        Selectors to keep; every rule when empty (or only blank selectors).
    ignore : iterable of str, optional
        Selectors to drop from what *select* chose.

    Returns
    -------
    list of str
        The chosen codes in catalogue order.

    Raises
    ------
    KeyError
        With the selector, for a selector that matches no rule.

    Examples
    --------
    >>> select_codes(["SA"], ["SA05"])
    ['SA01', 'SA02', 'SA03', 'SA04', 'SA06']
    """
    codes = rule_codes()

    def expand(selector: str) -> list[str]:
        s = selector.strip().upper()
        if s == "ALL":
            return codes
        hits = [c for c in codes if c.startswith(s)]
        if not hits:
            raise KeyError(selector)
        return hits

    chosen: list[str] = []
    sel = [s for s in select if s.strip()]
    for s in sel or ["ALL"]:
        chosen += [c for c in expand(s) if c not in chosen]
    dropped = {c for s in ignore if s.strip() for c in expand(s)}
    return [c for c in codes if c in chosen and c not in dropped]
