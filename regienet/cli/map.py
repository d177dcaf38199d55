"""``regienet map``: the network as one self-contained, offline HTML page."""

from __future__ import annotations

from pathlib import Path

import click

from regienet.cli import HELP_LANG
from regienet.cli.common import data_option, handle_errors, lang_option, year_option
from regienet.i18n import resolve_language, t


def default_folder() -> Path:
    """``output/`` in the current folder, created when missing (exit 2 if it cannot be)."""
    from regienet.errors import UsageError

    folder = Path("output")
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise UsageError("output.unwritable", path=str(folder), reason=exc.strerror or str(exc)) from None
    if not folder.is_dir():
        raise UsageError("output.unwritable", path=str(folder), reason="not a folder")
    return folder


@click.command("map", help=t("help.map", HELP_LANG), short_help=t("short.map", HELP_LANG))
@data_option
@click.option("--municipality", metavar="M", default=None, help=t("map.opt.municipality", HELP_LANG))
@click.option("--gaps", is_flag=True, default=False, help=t("map.opt.gaps", HELP_LANG))
@lang_option()
@year_option
@click.option("-o", "--output", metavar="FILE", default=None, help=t("map.opt.output", HELP_LANG))
@handle_errors
def command(data: str | None, municipality: str | None, gaps: bool, lang: str | None, year: int | None, output: str | None) -> None:
    from regienet.config import load_config
    from regienet.errors import UsageError
    from regienet.load import load_dataset
    from regienet.model import Region
    from regienet.outputs import atomic_write
    from regienet.render.map import default_filename, render_map
    from regienet.rules import check

    lang = resolve_language(lang)
    config = load_config(data=data)
    region = Region(load_dataset(data), joint_venture_min=config.joint_venture_min, year=year)
    m = None
    if municipality is not None:
        m = region.resolve_municipality(municipality)
        if m is None:
            raise UsageError("map.unknown_municipality", name=municipality, known=", ".join(region.municipalities))
    html = render_map(region, check(region, config), municipality=m, gaps=gaps, lang=lang)
    target = Path(output) if output else default_folder() / default_filename(region, m, gaps)
    atomic_write(target, html, inputs=[data] if data else [])
    click.echo(str(target))
