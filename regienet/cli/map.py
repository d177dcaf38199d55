"""``regienet map``: the network as one self-contained, offline HTML page."""

from __future__ import annotations

import click

from regienet.cli.common import (
    config_option,
    data_option,
    handle_errors,
    jobs_option,
    lang_option,
    open_region,
    output_path,
    quiet_option,
    resolve_municipality,
    run_rules,
    say_wrote,
    year_option,
)
from regienet.cli.localized import local_command, option
from regienet.errors import UsageError
from regienet.i18n import resolve_language, t

__all__ = ["command"]


@local_command("map", help="help.map", short_help="short.map")
@data_option
@option("--municipality", "-m", "municipality", metavar="M", default=None, help="map.opt.municipality")
@option("--gaps", is_flag=True, default=False, help="map.opt.gaps")
@option(
    "--view",
    "view",
    type=click.Choice(["actors", "region"]),
    default="actors",
    show_default=True,
    help="map.opt.view",
)
@option(
    "--level",
    "level",
    type=click.Choice(["OV", "BL", "SA", "VA"], case_sensitive=False),
    default="SA",
    show_default=True,
    help="map.opt.level",
)
@lang_option()
@year_option
@config_option
@option("--full", "full", is_flag=True, default=False, help="help.map.full")
@option("-o", "--output", "output", metavar="FILE", default=None, help="map.opt.output")
@quiet_option
@jobs_option
@handle_errors
def command(
    data: str | None,
    municipality: str | None,
    gaps: bool,
    view: str,
    level: str,
    lang: str | None,
    year: int | None,
    config_path: str | None,
    output: str | None,
    quiet: bool,
    jobs: int,
    full: bool,
) -> None:

    from regienet.outputs import atomic_stream, ensure_folder
    from regienet.progress import progress
    from regienet.render.map import FLUID_ACTORS, default_filename, map_work, render_map_chunks

    lang = resolve_language(lang)
    level = level.upper()
    if view == "region" and (municipality is not None or gaps):
        raise UsageError("map.err.view_options")
    region, config = open_region(data, year, config_path)
    m = resolve_municipality(region, municipality)
    if view == "actors" and m is None and not full and len(region.kind) > FLUID_ACTORS:
        # a whole-region actor map a browser cannot draw fluidly (docs/maps.md): the region view instead (issue 28)
        from regienet.i18n import fmt_number

        sizes = {"nodes": fmt_number(len(region.kind), lang), "limit": fmt_number(FLUID_ACTORS, lang)}
        click.echo(t("map.too_large", lang, **sizes), err=True)
        view, gaps = "region", False
    # the map cites findings and levels: of M only in M's view; the rules in --jobs processes (the same results)
    results = run_rules(region, config, lang, quiet, m, jobs=jobs)
    analysis = None
    if view == "region":
        from regienet.analysis.region import analyse

        analysis = analyse(region, config, with_brokers=False)
    name = default_filename(region, m, gaps, view=view, level=level)
    target = output_path(output, name, default_folder="output")
    assert target is not None
    if output in (None, "-"):
        ensure_folder(target.parent)
    # the page in pieces, each written as it comes: never the whole page in memory (issue 16)
    with (
        progress(t("progress.map", lang), total=map_work(region, m, view), quiet=quiet) as step,
        atomic_stream(target, inputs=[data] if data else [], parents=True) as fh,
    ):
        for chunk in render_map_chunks(
            region, results, municipality=m, gaps=gaps, lang=lang, step=step, view=view, level=level, analysis=analysis
        ):
            fh.write(chunk.encode("utf-8"))
    path = target.resolve()
    say_wrote(lang, path)
