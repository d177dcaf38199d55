"""``regienet init DIR``: empty templates with a guide to the columns."""

from __future__ import annotations

import click

from regienet.cli.common import handle_errors, lang_option, say_wrote
from regienet.cli.localized import local_command, option
from regienet.i18n import resolve_language, t

__all__ = ["command"]


@local_command("init", help="help.init")
@click.argument("folder", metavar="DIR")
@lang_option()
@option("--xlsx", is_flag=True, default=False, help="opt.xlsx")
@option("--force", is_flag=True, default=False, help="opt.force")
@handle_errors
def command(folder: str, lang: str | None, xlsx: bool, force: bool) -> None:
    from regienet.templates import write_templates

    lang = resolve_language(lang)
    for path in write_templates(folder, lang, xlsx=xlsx, force=force):
        say_wrote(lang, path)
    if xlsx:
        from pathlib import Path

        from regienet.templates import WORKBOOK

        click.echo(t("init.next_xlsx", lang, workbook=str(Path(folder) / WORKBOOK)))
    else:
        click.echo(t("init.next", lang, folder=folder))
