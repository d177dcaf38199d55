"""``regienet whatif``: levels and findings after adding or removing ties; the smallest plan to reach a level."""

from __future__ import annotations

import click

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
from regienet.cli.localized import local_command, option
from regienet.i18n import resolve_language

__all__ = ["command", "parse_reach"]


def parse_reach(values: tuple[str, ...]) -> dict[str, int]:
    """``("SA=2", "bl=3")`` → ``{"SA": 2, "BL": 3}``; UsageError (exit 2) for anything else."""
    from regienet.errors import UsageError
    from regienet.rules import LEVEL_COMPONENTS

    out: dict[str, int] = {}
    for text in values:
        c, sep, n = text.partition("=")
        c, n = c.strip().upper(), n.strip()
        if not sep or c not in LEVEL_COMPONENTS or n not in ("0", "1", "2", "3"):
            raise UsageError("whatif.bad_reach", value=text)
        out[c] = int(n)
    return out


@local_command("whatif", help="help.whatif")
@data_option
@lang_option()
@format_option()
@municipality_option(required=True)
@option("--add", "adds", nargs=3, multiple=True, metavar="SOURCE TARGET KIND", help="opt.add")
@option("--remove", "removes", nargs=3, multiple=True, metavar="SOURCE TARGET KIND", help="opt.remove")
@option("--reach", "reach", multiple=True, metavar="C=N", help="opt.reach")
@option(
    "--max-ties",
    type=click.IntRange(1, 20),
    default=3,
    show_default=True,
    metavar="K",
    help="opt.max_ties",
)
@config_option
@year_option
@output_option
@quiet_option
@handle_errors
def command(data, lang, fmt, municipality, adds, removes, reach, max_ties, config_path, year, output, quiet) -> None:
    from regienet.analysis.whatif import Change, parse_kind, whatif
    from regienet.errors import UsageError

    lang = resolve_language(lang)
    targets = parse_reach(reach)
    if not (adds or removes or targets):
        raise UsageError("whatif.usage")
    changes = []
    for op, items in (("remove", removes), ("add", adds)):
        for source, target, kind in items:
            k, extra = parse_kind(kind)
            changes.append(Change.make(op, source, target, k, **extra))
    region, config = open_region(data, year, config_path)
    m = resolve_municipality(region, municipality)
    del quiet  # accepted like every rule-running command; the search is too quick for a progress bar
    ev = whatif(region, m, changes, config, targets or None, max_ties)
    write_output(ev, fmt, lang, output, [data])
