"""``regienet rules``: the rule catalogue."""

from __future__ import annotations

import click

from regienet.cli.common import format_option, handle_errors, lang_option
from regienet.cli.localized import command
from regienet.i18n import resolve_language


@command("rules", help="help.rules")
@lang_option()
@format_option()
@handle_errors
def command(lang, fmt) -> None:
    from regienet.render.catalogue import render_rules

    click.echo(render_rules(fmt, resolve_language(lang)), nl=fmt != "csv")
