"""``regienet export``: the network for Gephi (GEXF, GraphML) or Kumu (JSON)."""

from __future__ import annotations

from pathlib import Path

import click

from regienet.cli import HELP_LANG
from regienet.cli.common import data_option, handle_errors, lang_option, year_option
from regienet.i18n import resolve_language, t

EXPORT_FORMATS = ("gexf", "graphml", "kumu")  # regienet.export.FORMATS, without importing networkx for --help


@click.command("export", help=t("help.export", HELP_LANG), short_help=t("short.export", HELP_LANG))
@data_option
@click.option("--to", "fmt", type=click.Choice(EXPORT_FORMATS, case_sensitive=False), required=True, help=t("export.opt.to", HELP_LANG))
@lang_option()
@year_option
@click.option("-o", "--output", metavar="FILE", default=None, help=t("export.opt.output", HELP_LANG))
@handle_errors
def command(data: str | None, fmt: str, lang: str | None, year: int | None, output: str | None) -> None:
    from regienet.cli.map import default_folder
    from regienet.config import load_config
    from regienet.export import default_filename, export
    from regienet.load import load_dataset
    from regienet.model import Region
    from regienet.outputs import atomic_write

    lang = resolve_language(lang)
    fmt = fmt.lower()
    config = load_config(data=data)
    region = Region(load_dataset(data), joint_venture_min=config.joint_venture_min, year=year)
    payload = export(region, fmt, lang)
    if output == "-":
        stream = click.get_binary_stream("stdout")
        stream.write(payload)
        stream.flush()
        return
    target = Path(output) if output else default_folder() / default_filename(fmt)
    atomic_write(target, payload, inputs=[data] if data else [])
    click.echo(str(target))
