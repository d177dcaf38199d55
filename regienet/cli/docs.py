"""``regienet docs [TOPIC]``: the documentation pages, also after ``pip install`` (:mod:`regienet.docs`)."""

from __future__ import annotations

import click

from regienet.cli.common import handle_errors, lang_option
from regienet.cli.localized import local_command, option
from regienet.i18n import resolve_language, t

__all__ = ["command"]


@local_command("docs", help="help.docs")
@click.argument("topic", required=False, metavar="TOPIC")
@option("--path", "path_only", is_flag=True, default=False, help="opt.docs_path")
@lang_option()
@handle_errors
def command(topic, path_only, lang) -> None:
    from regienet.docs import doc_path, read_doc, topics

    lang = resolve_language(lang)
    if topic is None:
        known = topics()
        width = max(map(len, known), default=0)
        click.echo(t("docs.topics", lang))
        for name, title in known.items():
            click.echo(f"  {name:<{width}}  {title}")
        click.echo(t("docs.hint", lang))
        return
    if path_only:
        click.echo(str(doc_path(topic)))
        return
    click.echo(read_doc(topic), nl=False)
