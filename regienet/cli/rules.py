"""``regienet rules``: the rule catalogue."""

from __future__ import annotations

from regienet.cli.common import format_option, handle_errors, lang_option, output_option, write_output
from regienet.cli.localized import local_command
from regienet.i18n import resolve_language

__all__ = ["command"]


@local_command("rules", help="help.rules")
@lang_option()
@format_option()
@output_option
@handle_errors
def command(lang, fmt, output) -> None:
    from regienet.render.views.catalogue import RuleCatalogue

    write_output(RuleCatalogue(), fmt, resolve_language(lang), output)
