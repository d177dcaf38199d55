"""``regienet gaps``: ranked coupling-gap suggestions per municipality."""

from __future__ import annotations

import click

from regienet.cli.common import (
    config_option,
    data_option,
    format_option,
    handle_errors,
    jobs_option,
    lang_option,
    municipality_option,
    open_region,
    output_option,
    quiet_option,
    resolve_municipality,
    run_rules,
    write_output,
    year_option,
)
from regienet.cli.localized import local_command, option
from regienet.i18n import resolve_language

__all__ = ["command"]


@local_command("gaps", help="help.gaps")
@data_option
@lang_option()
@format_option()
@municipality_option()
@option("--top", type=click.IntRange(min=1), default=None, metavar="N", help="opt.top")
@config_option
@year_option
@output_option
@quiet_option
@jobs_option
@handle_errors
def command(data, lang, fmt, municipality, top, config_path, year, output, quiet, jobs) -> None:
    from regienet.analysis.gaps import ranked_gaps

    lang = resolve_language(lang)
    region, config = open_region(data, year, config_path)
    m = resolve_municipality(region, municipality)
    results = run_rules(region, config, lang, quiet, m, jobs=jobs)
    write_output(ranked_gaps(region, results, m, config, top), fmt, lang, output, [data])
