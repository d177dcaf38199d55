"""``regienet survey make`` / ``regienet survey collect``: questionnaire workbooks and their answers."""

from __future__ import annotations

import click

from regienet.cli.common import (
    YEAR,
    data_option,
    folder_option,
    format_option,
    handle_errors,
    lang_option,
    quiet_option,
    write_output,
)
from regienet.cli.localized import group, option
from regienet.i18n import resolve_language, t

__all__ = ["collect", "command", "make"]


@group("survey", help="help.survey", context_settings={"help_option_names": ["-h", "--help"]})
@lang_option()
@click.pass_context
def command(ctx: click.Context, lang: str | None) -> None:
    ctx.meta["regienet.analysis.survey.lang"] = lang  # `regienet survey --lang nl make …` works like `… make --lang nl`


def _lang(lang: str | None) -> str:
    return resolve_language(lang or click.get_current_context().meta.get("regienet.analysis.survey.lang"))


@command.command("make", help="help.survey.make")
@data_option
@folder_option("-o", "--out", "out", help="opt.survey.out", required=True)
@lang_option()
@option(
    "--respondents",
    type=click.Choice(("governments", "actors", "all")),
    default="all",
    show_default=True,
    help="opt.survey.respondents",
)
@option("--year", type=YEAR, default=None, metavar="YEAR", help="opt.survey.year")
@option(
    "--method",
    type=click.Choice(("self", "interview")),
    default="self",
    show_default=True,
    help="opt.survey.method",
)
@quiet_option
@handle_errors
def make(data, out, lang, respondents, year, method, quiet) -> None:
    from regienet.analysis.survey import make_workbooks
    from regienet.load import load_dataset
    from regienet.progress import progress

    lang = _lang(lang)
    dataset = load_dataset(data)
    n = len(dataset.actors[dataset.actors["kind"].isin(_kinds(respondents))])
    with progress(t("progress.survey.make", lang), total=n, quiet=quiet) as step:
        paths = make_workbooks(data, out, lang, respondents, year, method=method, step=step, dataset=dataset)
    click.echo(t("survey.made", lang, n=sum(1 for p in paths if p.suffix == ".xlsx"), folder=out))


def _kinds(respondents: str) -> set[str]:
    govs, actors = {"municipality", "ocmw", "association"}, {"enterprise", "support"}
    return govs if respondents == "governments" else actors if respondents == "actors" else govs | actors


@command.command("collect", help="help.survey.collect")
@data_option
@click.argument("responses", nargs=-1, required=True, metavar="RESPONSES…")
@folder_option("-o", "--out", "newdir", help="opt.survey.newdir", required=True)
@option("--year", type=YEAR, default=None, metavar="YEAR", help="opt.survey.collect_year")
@option("--key", "key", type=click.Path(), default=None, metavar="FILE", help="opt.survey.key")
@lang_option()
@format_option(("text", "markdown", "json", "html"))  # no table to give as CSV
@quiet_option
@handle_errors
def collect(data, responses, newdir, year, key, lang, fmt, quiet) -> None:
    from regienet.analysis.survey import collect as collect_answers
    from regienet.analysis.survey import write_folder
    from regienet.progress import progress
    from regienet.render.views.survey import Collected

    lang = _lang(lang)
    with progress(t("progress.survey.collect", lang), total=len(responses), quiet=quiet) as step:
        result = collect_answers(data, responses, year, key=key, step=step)
    write_folder(result, newdir, inputs=[data] if data else [])
    if data is None:
        from regienet.load import bundled_data_dir

        data = str(bundled_data_dir())
    write_output(Collected(result.to_dict(), data), fmt, lang, None)
