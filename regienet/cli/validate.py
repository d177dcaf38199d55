"""``regienet validate``: check the data against the contract."""

from __future__ import annotations

import json
import sys

import click

from regienet.cli.common import data_option, format_option, handle_errors, lang_option, problems_summary
from regienet.cli.localized import command
from regienet.i18n import resolve_language, t


@command("validate", help="help.validate")
@data_option
@lang_option()
@format_option()
@handle_errors
def command(data: str | None, lang: str | None, fmt: str) -> None:
    from regienet.errors import DataError
    from regienet.load import load_dataset
    from regienet.outputs import csv_text
    from regienet.render.tables import markdown_table

    lang = resolve_language(lang)
    try:
        ds = load_dataset(data)
    except DataError as exc:
        problems = exc.problems
        if fmt == "json":
            click.echo(
                json.dumps(
                    {"version": 1, "valid": False, "problems": [p.to_dict(lang) for p in problems]},
                    ensure_ascii=False,
                    indent=2,
                )
            )
        elif fmt in ("csv", "markdown"):
            header = ["file", "line", "column", "value", "code", "message", "hint"]
            rows = [[d[h] for h in header] for d in (p.to_dict(lang) for p in problems)]
            click.echo(csv_text(header, rows) if fmt == "csv" else markdown_table(header, rows), nl=fmt != "csv")
        else:
            for p in problems:
                click.echo(p.render(lang))
        click.echo(
            problems_summary(problems, lang) if problems else t("validate.failed", lang, n=0, source=data), err=True
        )
        sys.exit(2)
    counts = ds.summary()
    words = ", ".join(
        f"{n} {t(('kind.' if n == 1 else 'kinds.') + k, lang)}" for k, n in counts.items()
    )  # 1 forum, 2 forums
    if fmt == "json":
        click.echo(
            json.dumps(
                {"version": 1, "valid": True, "source": ds.source, "counts": counts}, ensure_ascii=False, indent=2
            )
        )
    elif fmt == "csv":
        click.echo(csv_text(["kind", "count"], counts.items()), nl=False)
    elif fmt == "markdown":
        click.echo(
            t("validate.ok", lang, source=ds.source, counts=words)
            + "\n\n"
            + markdown_table(["kind", "count"], counts.items())
        )
    else:
        click.echo(t("validate.ok", lang, source=ds.source, counts=words))
