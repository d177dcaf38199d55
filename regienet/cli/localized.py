"""Help text in the language of each invocation.

Commands and options are declared with a message-catalogue *key* as their
``help`` (``option("--year", help="opt.year")``), not with text. The text is
looked up when click reads ``.help`` — that is, while it writes ``--help`` —
in the language of that invocation: ``--lang`` on the command line (found by
:meth:`LocalCommand.parse_args` before click parses, so ``--lang nl --help``
works in any order), else ``$REGIENET_LANG``, else English.

Before, the language was read once from ``sys.argv`` at import, so a library
caller (``main([...])``, click's ``CliRunner``) always got the language of
the process's own command line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from regienet.i18n import LANGUAGES, resolve_language, t
from regienet.messages import MESSAGES

__all__ = [
    "CLICK_MESSAGES",
    "CLICK_PLURALS",
    "HELP_LANG_KEY",
    "LANG_KEY",
    "HelpKey",
    "LocalCommand",
    "LocalGroup",
    "LocalOption",
    "click_gettext",
    "click_ngettext",
    "group",
    "help_lang",
    "install_click_translations",
    "lang_in_args",
    "local_command",
    "option",
    "resolve_help",
]

#: ``ctx.meta`` key (shared by a context and its parents) for the language of ``--help``
HELP_LANG_KEY = "regienet.help_lang"
#: ``ctx.meta`` key for ``regienet --lang nl COMMAND``: the default of every command's ``--lang``
LANG_KEY = "regienet.lang"

#: a catalogue key, or a key with its parameters (``("synth.opt.municipalities", {"max": 20000})``)
HelpKey = str | tuple[str, dict[str, Any]] | None


def lang_in_args(args: list[str]) -> str | None:
    """The value of the last ``--lang X`` / ``--lang=X`` in *args* (``None`` when absent or unsupported)."""
    found = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            found = args[i + 1]
        elif arg.startswith("--lang="):
            found = arg.split("=", 1)[1]
    return found.lower() if found and found.lower() in LANGUAGES else None


#: The ``--lang`` of the invocation being parsed, for what click writes after its contexts are closed (a usage
#: error's "Error: …" and "Try … for help."); set by the outermost command's :meth:`_LocalHelp.parse_args`.
_INVOCATION_LANG: str | None = None


def help_lang(ctx: click.Context | None = None) -> str:
    """The language of this invocation's help: its ``--lang``, else ``$REGIENET_LANG``, else English."""
    ctx = ctx or click.get_current_context(silent=True)
    if ctx is None:
        return resolve_language(_INVOCATION_LANG)
    return resolve_language(ctx.meta.get(HELP_LANG_KEY))


def resolve_help(key: HelpKey) -> str | None:
    """The text of a help key in the current invocation's language."""
    if key is None:
        return None
    if isinstance(key, tuple):
        name, params = key
        return t(name, help_lang(), **params)
    return t(key, help_lang())


class _LocalHelp:
    """``help`` and ``short_help`` hold catalogue keys; reading them gives text in the invocation's language."""

    _help_key: HelpKey = None
    _short_key: HelpKey = None

    @property
    def help(self) -> str | None:
        return resolve_help(self._help_key)

    @help.setter
    def help(self, value: HelpKey) -> None:
        self._help_key = value

    @property
    def short_help(self) -> str | None:
        return resolve_help(self._short_key)

    @short_help.setter
    def short_help(self, value: HelpKey) -> None:
        self._short_key = value

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        """click's ``-h, --help`` option, its line ("Show this message and exit.") in the invocation's language."""
        opt = super().get_help_option(ctx)  # type: ignore[misc]
        if opt is not None:
            opt.help = t("opt.help", help_lang(ctx))
        return opt

    @property
    def options_metavar(self) -> str | None:
        """``[OPTIONS]`` in the usage line, in the invocation's language."""
        return t("click.options_metavar", help_lang())

    @options_metavar.setter
    def options_metavar(self, value: str | None) -> None:
        pass  # click sets "[OPTIONS]" in __init__; the property gives it in the invocation's language

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        global _INVOCATION_LANG
        lang = lang_in_args(args)
        if ctx.parent is None:  # the whole command line: a new invocation, its language or none
            _INVOCATION_LANG = lang
        if lang is not None:  # ctx.meta is shared with the parent contexts: the innermost --lang wins
            ctx.meta[HELP_LANG_KEY] = lang
        return super().parse_args(ctx, args)  # type: ignore[misc]


class LocalCommand(_LocalHelp, click.Command):
    """A click command whose help is a catalogue key, shown in the language of the invocation."""


class LocalGroup(_LocalHelp, click.Group):
    """A click group whose help is a catalogue key; its sub-commands are :class:`LocalCommand`."""

    command_class = LocalCommand


LocalGroup.group_class = LocalGroup


class LocalOption(click.Option):
    """A click option whose help is a catalogue key, shown in the language of the invocation."""

    _help_key: HelpKey = None

    _metavar: str | None = None

    def __init__(self, *args: Any, help: HelpKey = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # click would ``cleandoc`` the help given here: a key is set after
        self._help_key = help

    @property
    def metavar(self) -> str | None:
        """The placeholder of the value (``FILE``, ``DIR``) in the invocation's language (``BESTAND``, ``MAP``)."""
        if self._metavar is None:
            return None
        key = f"metavar.{self._metavar}"
        return t(key, help_lang()) if key in MESSAGES else self._metavar

    @metavar.setter
    def metavar(self, value: str | None) -> None:
        self._metavar = value

    @property
    def help(self) -> str | None:
        return resolve_help(self._help_key)

    @help.setter
    def help(self, value: HelpKey) -> None:
        self._help_key = value


def local_command(name: str, **kwargs: Any) -> Callable[[Callable[..., Any]], LocalCommand]:
    """``click.command`` with ``help``/``short_help`` given as catalogue keys.

    Named apart from ``command``, the name every ``regienet/cli/<name>.py`` gives its own command (the one
    ``regienet.cli`` loads lazily), so that the two never shadow each other."""
    return click.command(name, cls=LocalCommand, **kwargs)


def group(name: str, **kwargs: Any) -> Callable[[Callable[..., Any]], LocalGroup]:
    """``click.group`` with ``help``/``short_help`` given as catalogue keys."""
    return click.group(name, cls=LocalGroup, **kwargs)


def option(*decls: str, **kwargs: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``click.option`` with ``help`` given as a catalogue key."""
    return click.option(*decls, cls=LocalOption, **kwargs)


# ---- issue 28: click's own strings in the invocation's language ------------------------------------------------

#: click's English texts (its gettext message ids) → catalogue keys. click writes "Usage:", "Options:",
#: "[default: text]", "Show the version and exit." and its usage errors through :func:`gettext.gettext`, which
#: each of its modules imported as ``_``; :func:`install_click_translations` replaces those with a lookup here
#: in the language of the invocation (``--lang``, ``$REGIENET_LANG``). A text not listed stays click's English.
CLICK_MESSAGES: dict[str, str] = {
    "Usage:": "click.usage",
    "Options": "click.options",
    "Commands": "click.commands",
    "Positional arguments": "click.positional",
    "Show the version and exit.": "click.version_help",
    "Show this message and exit.": "click.help_help",
    "%(prog)s, version %(version)s": "click.version",
    "default: {default}": "click.default",
    "env var: {var}": "click.env_var",
    "required": "click.required",
    "(dynamic)": "click.dynamic",
    "deprecated": "click.deprecated",
    "Aborted!": "click.aborted",
    "Error: {message}": "click.error",
    "Try '{command} {option}' for help.": "click.try_help",
    "Missing command.": "click.missing_command",
    "Missing argument": "click.missing_argument",
    "Missing option": "click.missing_option",
    "Missing parameter": "click.missing_parameter",
    "Missing parameter: {param_name}": "click.missing_parameter_name",
    "Missing {param_type}": "click.missing_type",
    "No such option {name!r}.": "click.no_such_option",
    "No such command {name!r}.": "click.no_such_command",
    "Invalid value for {param_hint}: {message}": "click.invalid_value_for",
    "Invalid value: {message}": "click.invalid_value",
    "unknown error": "click.unknown_error",
    "Option {name!r} does not take a value.": "click.no_value",
    "{value} is not in the range {range}.": "click.not_in_range",
    "{value!r} is not a valid {number_type}.": "click.not_number",
    "{value!r} is not a valid boolean. Recognized values: {states}": "click.not_boolean",
    "{name} {filename!r} does not exist.": "click.path_missing",
    "{name} {filename!r} is a file.": "click.path_is_file",
    "{name} {filename!r} is a directory.": "click.path_is_dir",
    "{name} {filename!r} is not readable.": "click.path_unreadable",
    "{name} {filename!r} is not writable.": "click.path_unwritable",
    "file": "click.word_file",
    "directory": "click.word_directory",
    "path": "click.word_path",
    "Could not open file {filename!r}: {message}": "click.could_not_open",
    "Do you want to continue?": "click.confirm",
}

#: click's ``ngettext(singular, plural, n)`` texts → (singular key, plural key)
CLICK_PLURALS: dict[str, tuple[str, str]] = {
    "Did you mean {possibility}?": ("click.did_you_mean", "click.did_you_mean_many"),
    "Got unexpected extra argument ({args})": ("click.extra_argument", "click.extra_arguments"),
    "Option {name!r} requires an argument.": ("click.requires_argument", "click.requires_arguments"),
    "{value!r} is not {choice}.": ("click.not_choice", "click.not_choices"),
}


def click_gettext(message: str) -> str:
    """click's text *message* in the invocation's language (click's English when the catalogue lacks it)."""
    key = CLICK_MESSAGES.get(message)
    return message if key is None else t(key, help_lang())


def click_ngettext(singular: str, plural: str, n: int) -> str:
    """click's singular or plural text for *n*, in the invocation's language."""
    keys = CLICK_PLURALS.get(singular)
    if keys is None:
        return singular if n == 1 else plural
    return t(keys[0] if n == 1 else keys[1], help_lang())


def install_click_translations() -> None:
    """Point the ``_``/``ngettext`` of click's modules at :func:`click_gettext`/:func:`click_ngettext`.

    click looks its texts up through the names it imported from :mod:`gettext` at import; there is no other
    hook (click's documentation suggests installing a gettext catalogue, which would need ``.mo`` files and
    follows the process locale, not ``--lang``). Idempotent; only ``regienet``'s command line calls it."""
    import importlib

    for name in ("core", "decorators", "exceptions", "formatting", "parser", "types"):
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = click_gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = click_ngettext  # type: ignore[attr-defined]
