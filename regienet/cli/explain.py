"""``regienet explain CODE``: one rule's rationale, thresholds and report reference."""

from __future__ import annotations

import click

from regienet.cli.common import (
    config_option,
    format_option,
    handle_errors,
    lang_option,
    output_option,
    write_output,
)
from regienet.cli.localized import local_command
from regienet.i18n import resolve_language

__all__ = ["command"]


@local_command("explain", help="help.explain")
@click.argument("code")
@lang_option()
@format_option()
@config_option
@output_option
@handle_errors
def command(code, lang, fmt, config_path, output) -> None:
    from regienet.errors import UsageError
    from regienet.render.views.catalogue import GovernanceDoc, LevelsDoc, MetricsDoc, RuleDoc
    from regienet.rules import REGISTRY
    from regienet.settings import load_config

    lang = resolve_language(lang)
    key = code.strip().upper()
    if key in ("LEVELS", "NIVEAUS"):
        write_output(LevelsDoc(), fmt, lang, output)
        return
    if key in ("GOVERNANCE", "STURING"):
        write_output(GovernanceDoc(load_config(config_path)), fmt, lang, output)
        return
    if key in ("METRICS", "CIJFERS"):
        write_output(MetricsDoc(), fmt, lang, output)
        return
    if key not in REGISTRY:
        raise UsageError("cli.unknown_rule", value=code)
    write_output(RuleDoc(REGISTRY[key], load_config(config_path)), fmt, lang, output)
