"""``regienet workshop``: a printable handout for one municipality."""

from __future__ import annotations

from regienet.cli.common import (
    config_option,
    data_option,
    folder_option,
    handle_errors,
    lang_option,
    municipality_option,
    open_region,
    resolve_municipality,
    say_wrote,
    year_option,
)
from regienet.cli.localized import local_command, option
from regienet.errors import UsageError
from regienet.i18n import resolve_language

__all__ = ["command"]


@local_command("workshop", help="help.workshop")
@data_option
@municipality_option()
@option("--region", "regional", is_flag=True, default=False, help="workshop.opt.region")
@lang_option(family_default="nl")
@folder_option(default="output")
@config_option
@year_option
@handle_errors
def command(data, municipality, regional, lang, output, config_path, year) -> None:
    from pathlib import Path

    from regienet.analysis.gaps import suggestions
    from regienet.analysis.report import Report, first_findings
    from regienet.analysis.whatif import rank_by_effect, workshop_plans
    from regienet.outputs import atomic_write, ensure_folder
    from regienet.render.handout import render_handout
    from regienet.rules import check

    # the one language rule (README, "Language"): --lang, else $REGIENET_LANG, else the command family's
    # default — Dutch for the handouts made for the room, English for everything else
    lang = resolve_language(lang, default="nl")
    if regional == (municipality is not None):
        raise UsageError("workshop.err.one_of")
    region, config = open_region(data, year, config_path)
    m = None if regional else resolve_municipality(region, municipality)  # before any folder is made
    folder = ensure_folder(Path(output))
    suffix = f"-{year}" if year is not None else ""
    if regional:
        from regienet.analysis.region import analyse
        from regienet.render.handout_region import render_region_handout

        html = render_region_handout(region, analyse(region, config, with_brokers=False), lang, check(region, config))
        path = atomic_write(folder / f"workshop-region{suffix}.html", html, inputs=[data] if data else [])
        say_wrote(lang, path)
        return
    if m is None:  # not reached: --regional returned above, and without it --municipality is required
        raise UsageError("workshop.err.one_of")
    results = check(region, config, municipalities=[m])
    items = rank_by_effect(region, results, suggestions(region, results, m), config)
    plans = workshop_plans(region, m, results, config)
    first = first_findings(Report(region, results, [m]), m)  # what to look at first, without a whole report
    html = render_handout(region, results, m, items, lang, plans=plans, first=first)
    path = atomic_write(folder / f"workshop-{m}{suffix}.html", html, inputs=[data] if data else [])
    say_wrote(lang, path)
