"""``regienet region``: the region as regisseur — regional actors, clusters, brokers, RG findings."""

from __future__ import annotations

from regienet.cli.common import (
    config_option,
    data_option,
    format_option,
    handle_errors,
    lang_option,
    open_region,
    output_option,
    quiet_option,
    write_output,
    year_option,
)
from regienet.cli.localized import local_command
from regienet.i18n import resolve_language, t

__all__ = ["command"]


@local_command("region", help="help.region")
@data_option
@lang_option()
@format_option()
@config_option
@year_option
@output_option
@quiet_option
@handle_errors
def command(data, lang, fmt, config_path, year, output, quiet) -> None:
    from regienet.analysis.region import analyse
    from regienet.progress import progress

    lang = resolve_language(lang)
    region, config = open_region(data, year, config_path)
    with progress(t("progress.region", lang), total=1, quiet=quiet) as step:
        analysis = analyse(region, config)
        step(1)
    write_output(analysis, fmt, lang, output, [data])
