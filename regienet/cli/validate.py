"""``regienet validate``: check the data against the contract."""

from __future__ import annotations

import sys

import click

from regienet.cli.common import (
    data_option,
    format_option,
    handle_errors,
    lang_option,
    output_option,
    problems_summary,
    write_output,
)
from regienet.cli.localized import local_command
from regienet.i18n import resolve_language, t

__all__ = ["command"]


@local_command("validate", help="help.validate")
@data_option
@lang_option()
@format_option()
@output_option
@handle_errors
def command(data: str | None, lang: str | None, fmt: str, output: str | None) -> None:
    from regienet.errors import DataError
    from regienet.load import load_dataset
    from regienet.render.views.validation import Validation

    lang = resolve_language(lang)
    try:
        ds = load_dataset(data)
    except DataError as exc:
        problems = exc.problems
        write_output(Validation(data, problems=list(problems)), fmt, lang, output, [data])
        click.echo(
            problems_summary(problems, lang) if problems else t("validate.failed", lang, n=0, source=data), err=True
        )
        sys.exit(2)
    write_output(Validation(ds.source, counts=ds.summary()), fmt, lang, output, [data])
    for key, params in ds.result_warnings():  # valid, but every result would change: said on stderr, exit 0
        click.echo(f"{t('cli.warning', lang)}: {t(key, lang, **params)}", err=True)
