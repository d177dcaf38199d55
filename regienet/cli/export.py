"""``regienet export``: the network for Gephi (GEXF, GraphML) or Kumu (JSON)."""

from __future__ import annotations

import click

from regienet.cli.common import (
    config_option,
    data_option,
    handle_errors,
    lang_option,
    open_region,
    output_path,
    quiet_option,
    say_wrote,
    year_option,
)
from regienet.cli.localized import local_command, option
from regienet.i18n import resolve_language, t

__all__ = ["EXPORT_FORMATS", "command"]

#: the formats of :data:`regienet.export.FORMATS`, spelled out so ``--help`` need not import networkx
EXPORT_FORMATS = ("gexf", "graphml", "kumu")


@local_command("export", help="help.export", short_help="short.export")
@data_option
@option(
    "--to",
    "fmt",
    type=click.Choice(EXPORT_FORMATS, case_sensitive=False),
    required=True,
    help="export.opt.to",
)
@lang_option()
@year_option
@config_option
@option("-o", "--output", "output", metavar="FILE", default=None, help="export.opt.output")
@quiet_option
@handle_errors
def command(
    data: str | None,
    fmt: str,
    lang: str | None,
    year: int | None,
    config_path: str | None,
    output: str | None,
    quiet: bool,
) -> None:
    import sys

    from regienet.export import default_filename, write_export
    from regienet.outputs import atomic_stream, ensure_folder
    from regienet.progress import progress

    lang = resolve_language(lang)
    fmt = fmt.lower()
    region, _ = open_region(data, year, config_path)
    total = len(region.actors) + len(region.relations)
    if output == "-":  # straight to stdout's binary buffer, piece by piece
        with progress(t("progress.export", lang), total=total, quiet=quiet) as step:
            not_xml = write_export(region, fmt, sys.stdout.buffer, lang, step)
        _warn_not_xml(not_xml, lang)
        return
    target = output_path(output, default_filename(fmt), default_folder="output")
    assert target is not None
    if output is None:
        ensure_folder(target.parent)
    # written to a temporary file beside the target and renamed at the end: whole or not at all
    with atomic_stream(target, inputs=[data] if data else [], parents=True) as fh:
        with progress(t("progress.export", lang), total=total, quiet=quiet) as step:
            not_xml = write_export(region, fmt, fh, lang, step)
        _warn_not_xml(not_xml, lang)
    say_wrote(lang, target.resolve())


def _warn_not_xml(n: int, lang: str) -> None:
    """Say (on stderr) that *n* values held characters XML cannot hold and were written as a space."""
    if n:
        click.echo(f"{t('cli.warning', lang)}: {t('export.not_xml', lang, n=n)}", err=True)
