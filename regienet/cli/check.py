"""``regienet check``: findings, linter style."""

from __future__ import annotations

import sys

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


def _codes(values: tuple[str, ...]) -> tuple[str, ...]:
    """``--select OV,SA02 --select BL`` → ``("OV", "SA02", "BL")``."""
    return tuple(c.strip() for v in values for c in v.split(",") if c.strip())


@local_command("check", help="help.check")
@data_option
@lang_option()
@format_option()
@municipality_option()
@option("--select", multiple=True, metavar="CODES", help="opt.select")
@option("--ignore", multiple=True, metavar="CODES", help="opt.ignore")
@option("--fail-on", type=click.Choice(["info", "warning", "error"]), default=None, help="opt.fail_on")
@config_option
@year_option
@output_option
@quiet_option
@jobs_option
@handle_errors
def command(data, lang, fmt, municipality, select, ignore, fail_on, config_path, year, output, quiet, jobs) -> None:
    from regienet.errors import UsageError
    from regienet.rules import SEVERITIES, select_codes

    lang = resolve_language(lang)
    select, ignore = _codes(select), _codes(ignore)
    try:
        select_codes(select, ignore)
    except KeyError as exc:
        raise UsageError("cli.unknown_rule", value=exc.args[0]) from None
    region, config = open_region(data, year, config_path)
    m = resolve_municipality(region, municipality)
    results = run_rules(region, config, lang, quiet, m, select=select, ignore=ignore, jobs=jobs)
    write_output(results, fmt, lang, output, [data])
    threshold = SEVERITIES.index(fail_on or config.fail_on)
    if any(SEVERITIES.index(f.severity) >= threshold for f in results.findings if f.waived is None):
        sys.exit(1)
