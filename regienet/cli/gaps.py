"""``regienet gaps``: ranked coupling-gap suggestions per municipality."""

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
    quiet_option,
    resolve_municipality,
    run_rules,
    year_option,
)
from regienet.cli.localized import command, option
from regienet.i18n import resolve_language


@command("gaps", help="help.gaps")
@data_option
@lang_option()
@format_option()
@municipality_option()
@option("--top", type=click.IntRange(min=1), default=None, metavar="N", help="opt.top")
@config_option
@year_option
@quiet_option
@handle_errors
def command(data, lang, fmt, municipality, top, config_path, year, quiet) -> None:
    from regienet.gaps import suggestions
    from regienet.render.workshop_text import render_gaps
    from regienet.whatif import rank_by_effect

    lang = resolve_language(lang)
    region, config = open_region(data, year, config_path)
    m = resolve_municipality(region, municipality)
    results = run_rules(region, config, lang, quiet, m)
    items = rank_by_effect(region, results, suggestions(region, results, m), config)
    if top:
        kept, count = [], {}
        for s in items:
            count[s.municipality] = count.get(s.municipality, 0) + 1
            if count[s.municipality] <= top:
                kept.append(s)
        items = kept
    click.echo(render_gaps(region, items, fmt, lang), nl=fmt != "csv")
