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


def help_lang(ctx: click.Context | None = None) -> str:
    """The language of this invocation's help: its ``--lang``, else ``$REGIENET_LANG``, else English."""
    ctx = ctx or click.get_current_context(silent=True)
    return resolve_language(ctx.meta.get(HELP_LANG_KEY) if ctx is not None else None)


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

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        lang = lang_in_args(args)
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

    def __init__(self, *args: Any, help: HelpKey = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # click would ``cleandoc`` the help given here: a key is set after
        self._help_key = help

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
