"""``regienet explain CODE``: one rule's rationale, thresholds and report reference."""

from __future__ import annotations

import click

from regienet.cli.common import config_option, format_option, handle_errors, lang_option
from regienet.cli.localized import command
from regienet.i18n import resolve_language


@command("explain", help="help.explain")
@click.argument("code")
@lang_option()
@format_option()
@config_option
@handle_errors
def command(code, lang, fmt, config_path) -> None:
    from regienet.config import load_config
    from regienet.errors import UsageError
    from regienet.render.catalogue import render_explain, render_governance, render_levels, render_metrics
    from regienet.rules import REGISTRY

    lang = resolve_language(lang)
    key = code.strip().upper()
    if key in ("LEVELS", "NIVEAUS"):
        click.echo(render_levels(fmt, lang), nl=fmt != "csv")
        return
    if key in ("GOVERNANCE", "STURING"):
        click.echo(render_governance(load_config(config_path), fmt, lang), nl=fmt != "csv")
        return
    if key in ("METRICS", "CIJFERS"):
        click.echo(render_metrics(fmt, lang), nl=fmt != "csv")
        return
    if key not in REGISTRY:
        raise UsageError("cli.unknown_rule", value=code)
    click.echo(render_explain(REGISTRY[key], load_config(config_path), fmt, lang), nl=fmt != "csv")
