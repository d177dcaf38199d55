"""``regienet diff``: what changed between two snapshots (ties, findings, levels)."""

from __future__ import annotations

import click

from regienet.cli.common import (
    YEAR,
    config_option,
    data_option,
    format_option,
    handle_errors,
    jobs_option,
    keep_alive,
    lang_option,
    output_option,
    quiet_option,
    write_output,
)
from regienet.cli.localized import local_command, option
from regienet.i18n import resolve_language, t

__all__ = ["command"]


@local_command("diff", help="help.diff")
@click.argument("old", required=False, metavar="OLD")
@click.argument("new", required=False, metavar="NEW")
@option("--years", nargs=2, type=YEAR, default=None, metavar="Y1 Y2", help="opt.years")
@data_option
@lang_option()
@format_option()
@config_option
@output_option
@quiet_option
@jobs_option
@handle_errors
def command(old, new, years, data, lang, fmt, config_path, output, quiet, jobs) -> None:
    from regienet.analysis.diff import diff
    from regienet.cli.common import open_region
    from regienet.errors import UsageError
    from regienet.progress import progress
    from regienet.rules import check

    lang = resolve_language(lang)
    if years:
        if old or new:
            raise UsageError("diff.usage")
        a, cfg = open_region(data, years[0], config_path)
        b, _ = open_region(data, years[1], config_path)
    else:
        if not (old and new) or data:
            raise UsageError("diff.usage")
        a, cfg = open_region(old, None, config_path)
        b, _ = open_region(new, None, config_path)
    total = len(a.municipalities) + len(b.municipalities)
    with progress(t("progress.check", lang), total=total, quiet=quiet) as step:
        before, after = check(a, cfg, step=step, jobs=jobs), check(b, cfg, step=step, jobs=jobs)
    keep_alive(before, after)
    write_output(diff(before, after), fmt, lang, output, [data, old, new])
