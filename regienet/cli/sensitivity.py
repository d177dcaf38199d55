"""``regienet sensitivity``: how levels move when thresholds move; knife-edge verdicts."""

from __future__ import annotations

from regienet.cli.common import (
    config_option,
    data_option,
    format_option,
    handle_errors,
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


@local_command("sensitivity", help="help.sensitivity")
@data_option
@lang_option()
@format_option(("text", "markdown", "json", "html"))  # no table to give as CSV
@municipality_option()
@config_option
@year_option
@output_option
@quiet_option
@handle_errors
def command(data, lang, fmt, municipality, config_path, year, output, quiet) -> None:
    from regienet.analysis.sensitivity import analyse, passes
    from regienet.progress import THRESHOLD, progress

    lang = resolve_language(lang)
    region, config = open_region(data, year, config_path)
    m = resolve_municipality(region, municipality)
    munis = [m] if m else list(region.municipalities)
    # the bar advances per municipality per pass, and shows, like every other command's, for more than
    # THRESHOLD municipalities
    n = passes(config, region.joint_venture_min)
    with progress(t("progress.sensitivity", lang), total=n * len(munis), quiet=quiet, threshold=n * THRESHOLD) as step:
        sens = analyse(region, config, munis, step=step)
    write_output(sens, fmt, lang, output, [data])
