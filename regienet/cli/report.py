"""``regienet report``: region summary, connectivity and component levels per municipality."""

from __future__ import annotations

from regienet.cli.common import (
    config_option,
    data_option,
    format_option,
    handle_errors,
    jobs_option,
    keep_alive,
    lang_option,
    municipality_option,
    open_region,
    output_option,
    quiet_option,
    resolve_municipality,
    write_output,
    year_option,
)
from regienet.cli.localized import local_command
from regienet.i18n import resolve_language, t

__all__ = ["command"]


@local_command("report", help="help.report")
@data_option
@lang_option()
@format_option()
@municipality_option()
@config_option
@year_option
@output_option
@quiet_option
@jobs_option
@handle_errors
def command(data, lang, fmt, municipality, config_path, year, output, quiet, jobs) -> None:
    from regienet.analysis.report import build_report
    from regienet.progress import progress

    lang = resolve_language(lang)
    region, config = open_region(data, year, config_path)
    m = resolve_municipality(region, municipality)
    total = len(region.municipalities) + (1 if m else len(region.municipalities))
    with progress(t("progress.check", lang), total=total, quiet=quiet) as step:
        report = build_report(region, config, municipality=m, step=step, jobs=jobs)
    keep_alive(report)
    write_output(report, fmt, lang, output, [data])
