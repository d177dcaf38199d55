"""Options shared by many commands (one decorator each), and error handling.

Like sqlite-utils' ``output_options``: ``--data``, ``--lang``, ``--format``
are declared once here so every command spells them the same way.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, overload

import click

from regienet.cli.localized import LANG_KEY, option
from regienet.errors import DataError, RegienetError, UsageError
from regienet.i18n import LANGUAGES, resolve_language, t
from regienet.render.writers import SUFFIXES, WRITERS
from regienet.schema import EXAMPLES

if TYPE_CHECKING:  # the model loads pandas and networkx: not at CLI start-up
    from pathlib import Path

    from regienet.model import Region

__all__ = [
    "EXAMPLE_KEY",
    "FILE_SUFFIXES",
    "FORMATS",
    "FORMAT_SUFFIXES",
    "KEEP_ALIVE",
    "YEAR",
    "YEARS",
    "YearType",
    "config_option",
    "data_option",
    "default_output_name",
    "folder_option",
    "format_option",
    "handle_errors",
    "jobs_option",
    "keep_alive",
    "lang_option",
    "municipality_option",
    "open_region",
    "output_option",
    "output_path",
    "problems_summary",
    "quiet_option",
    "resolve_municipality",
    "run_rules",
    "say_wrote",
    "warn_about_year",
    "write_output",
    "year_option",
]

#: every format a command can write: one per writer (:data:`regienet.render.writers.WRITERS`)
FORMATS = tuple(WRITERS)

#: What the console script keeps until its ``os._exit`` (:func:`regienet.cli.run` sets it to a list): a big
#: run's region and results are millions of objects, and freeing them one by one when a command returns
#: took ~0.4 s at 3,000 municipalities, after the output was written. ``None`` (the library, tests): nothing.
KEEP_ALIVE: list[Any] | None = None


def keep_alive(*objects: Any) -> None:
    """Hold *objects* to the end of the console script's process (see :data:`KEEP_ALIVE`)."""
    if KEEP_ALIVE is not None:
        KEEP_ALIVE.extend(objects)


#: ``ctx.meta`` key for ``--example NAME`` (read by ``--data``'s callback, whatever the order on the line).
EXAMPLE_KEY = "regienet.example"


def _remember_example(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    ctx.meta[EXAMPLE_KEY] = value


def _data_or_example(ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """``--data PATH``, or the folder of ``--example NAME`` (issue 24: ``--example today``); both is a usage
    error (exit 2). ``--example zwvl`` is the default data, as if neither were given."""
    example = ctx.meta.get(EXAMPLE_KEY)
    if example is None:
        return value
    if value is not None:
        from regienet.cli.localized import help_lang

        raise click.UsageError(t("cli.example_and_data", help_lang(ctx)), ctx)
    if example == "zwvl":
        return None
    from regienet.load import example_data_dir

    return str(example_data_dir(example))


def data_option(f: Callable) -> Callable:
    """``--data PATH`` and ``--example NAME`` (a bundled example instead of a folder of one's own)."""
    f = option(
        "--example",
        type=click.Choice(EXAMPLES, case_sensitive=False),
        default=None,
        is_eager=True,  # before --data's callback, which reads it
        expose_value=False,
        callback=_remember_example,
        help="opt.example",
    )(f)
    return option(
        "--data",
        "data",
        metavar="PATH",
        default=None,
        callback=_data_or_example,
        help="opt.data",
    )(f)


def _lang_or_group(ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """A command's own ``--lang`` wins; when not given, ``regienet --lang X COMMAND``'s does."""
    source = ctx.get_parameter_source("lang")
    if source in (None, click.core.ParameterSource.DEFAULT) and ctx.meta.get(LANG_KEY):
        return ctx.meta[LANG_KEY]
    return value.lower() if isinstance(value, str) else value


def lang_option(default: str | None = None, family_default: str = "en") -> Callable:
    """``--lang en|nl``. Without it: ``$REGIENET_LANG``, else the command family's language (*family_default*:
    Dutch for the workshop handouts, English for everything else — README, "Language"), which the help says."""

    def deco(f: Callable) -> Callable:
        return option(
            "--lang",
            type=click.Choice(LANGUAGES, case_sensitive=False),
            default=default,
            callback=_lang_or_group,
            help="opt.lang" if family_default == "en" else f"opt.lang_default_{family_default}",
        )(f)

    return deco


def _remember_csv_dialect(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    ctx.meta["regienet.csv_dialect"] = value


def format_option(choices: tuple[str, ...] = FORMATS) -> Callable:
    """``--format``; where CSV is one of the formats, also ``--csv-dialect standard|excel-nl`` (issue 28: a
    Belgian Excel opens the plain CSV as one column). The dialect is kept in the click context and applied
    by :func:`write_output`, so the commands' signatures stay as they are."""

    def deco(f: Callable) -> Callable:
        if "csv" in choices:
            f = option(
                "--csv-dialect",
                type=click.Choice(("standard", "excel-nl"), case_sensitive=False),
                default="standard",
                show_default=True,
                expose_value=False,
                callback=_remember_csv_dialect,
                help="opt.csv_dialect",
            )(f)
        return option(
            "--format",
            "fmt",
            type=click.Choice(choices, case_sensitive=False),
            default="text",
            show_default=True,
            help="opt.format",
        )(f)

    return deco


#: The years ``--year`` accepts at all; within them, a year must also lie within the data's (:func:`open_region`).
YEARS = (1900, 2100)


class YearType(click.ParamType):
    """A calendar year between :data:`YEARS`: ``--year 0`` or ``--year 20100`` is an error naming the range
    (``0`` used to pass and mean "this year" in places)."""

    name = "year"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        from regienet.cli.localized import help_lang

        if isinstance(value, int) and not isinstance(value, bool):
            year = value
        else:
            text = str(value).strip()
            year = int(text) if text.isascii() and text.isdigit() and len(text) <= 4 else -1
        if not YEARS[0] <= year <= YEARS[1]:
            lang = help_lang(ctx) if ctx is not None else resolve_language(None)
            self.fail(t("cli.not_a_year", lang, value=value, first=YEARS[0], last=YEARS[1]), param, ctx)
        return year


YEAR = YearType()


def year_option(f: Callable) -> Callable:
    return option("--year", type=YEAR, default=None, metavar="YEAR", help="opt.year")(f)


def handle_errors(f: Callable) -> Callable:
    """Turn library errors into messages on stderr and exit code 2 (never a traceback)."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        lang = resolve_language(kwargs.get("lang"))
        from regienet.outputs import visible  # a value from the data shows its control characters escaped

        try:
            return f(*args, **kwargs)
        except DataError as exc:
            for p in exc.problems:
                click.echo(visible(p.render(lang)), err=True)
            click.echo(visible(problems_summary(exc.problems, lang)), err=True)
            sys.exit(2)
        except UsageError as exc:
            click.echo(visible(f"{t('cli.error', lang)}: {exc.message(lang)}"), err=True)
            sys.exit(2)
        except RegienetError as exc:  # pragma: no cover - every subclass above
            click.echo(visible(f"{t('cli.error', lang)}: {exc}"), err=True)
            sys.exit(2)

    return wrapper


def _remember_waivers(ctx: click.Context, _param: click.Parameter, value: tuple[str, ...]) -> None:
    ctx.meta["regienet.waive"] = value


def config_option(f: Callable) -> Callable:
    """``--config FILE`` and ``--waive M:RULE=reason`` (repeatable): the settings every rule-running command
    shares. Waivers are kept in the click context and applied by :func:`open_region` after the file's own."""
    f = option(
        "--waive",
        multiple=True,
        metavar="M:RULE=REASON",
        expose_value=False,
        callback=_remember_waivers,
        help="opt.waive",
    )(f)
    return option(
        "--config",
        "config_path",
        metavar="FILE",
        default=None,
        help="opt.config",
    )(f)


def municipality_option(required: bool = False) -> Callable:
    def deco(f: Callable) -> Callable:
        extra = (
            {"required": True} if required else {"default": None}
        )  # click 8.4 ignores required=True next to default=None
        return option("--municipality", "-m", "municipality", metavar="M", help="opt.municipality", **extra)(f)

    return deco


def open_region(data: str | None, year: int | None = None, config_path: str | None = None):
    """Load, validate and model the data; returns ``(region, config)``.

    Raises DataError/UsageError, which :func:`handle_errors` turns into exit 2.
    """
    from regienet.load import load_dataset
    from regienet.model import Region
    from regienet.settings import add_waiver, load_config

    config = load_config(config_path, data)
    ctx = click.get_current_context(silent=True)
    for text in ctx.meta.get("regienet.waive", ()) if ctx else ():
        add_waiver(config, text, "--waive")
    dataset = load_dataset(data)
    region = Region(dataset, joint_venture_min=config.joint_venture_min, year=year)
    keep_alive(region)
    warn_about_year(region)
    if config.waivers:
        from regienet.rules import resolve_waivers

        resolve_waivers(region, config)  # an unknown municipality is a usage error before any work
    return region, config


def jobs_option(f: Callable) -> Callable:
    """``--jobs N``: municipalities checked in N processes (:mod:`regienet.parallel`); default: the cores."""
    from regienet.parallel import default_jobs

    return option(
        "--jobs", "-j", "jobs", type=click.IntRange(min=1), default=default_jobs, metavar="N", help="opt.jobs"
    )(f)


def run_rules(region, config, lang: str, quiet: bool, municipality: str | None = None, **kwargs):
    """``rules.check`` for *municipality* (or all), with a progress bar on a terminal for big regions."""
    from regienet.progress import progress
    from regienet.rules import check

    munis = [municipality] if municipality else None
    total = 1 if municipality else len(region.municipalities)
    with progress(t("progress.check", lang), total=total, quiet=quiet) as step:
        results = check(region, config, municipalities=munis, step=step, messages_in=lang, **kwargs)
    keep_alive(results)
    return results


def warn_about_year(region) -> None:
    """``--year`` on data without dates, or just outside its years: a warning on stderr; the command goes on
    (exit 0/1). Further outside: exit 2 with the range (issue 26: it used to be a warning too).

    The network changes only in the years ``since``/``until`` name, so every state it was ever in shows in
    one of the years from the first named minus one (before the first change) to the last plus one (after
    the last): a year beyond those shows the same network as the nearer end, and was surely meant otherwise
    (``--year 0``, ``--year 3000``, a typo).

    Blank ``since``/``until`` are open-ended, so the result is still the network "as far as the data knows";
    the warning makes sure nobody reads it as the network of that year.
    """
    warning = region.year_warning()
    if warning is not None:
        key, params = warning
        year, first, last = params.get("year"), params.get("first"), params.get("last")
        if key == "year.outside" and not first - 1 <= year <= last + 1:
            raise UsageError("year.outside_data", year=year, first=first, last=last, low=first - 1, high=last + 1)
        ctx = click.get_current_context(silent=True)
        lang = resolve_language(ctx.params.get("lang") if ctx else None)
        click.echo(f"{t('cli.warning', lang)}: {t(key, lang, **params)}", err=True)


def problems_summary(problems, lang: str) -> str:
    """The closing line of a failed validation: how many problems, per file."""
    from collections import Counter

    per_file = Counter(p.file for p in problems)
    if len(per_file) <= 1:
        return t("validate.failed", lang, n=len(problems), source=next(iter(per_file), ""))
    parts = ", ".join(t("validate.in_file", lang, n=n, source=f) for f, n in per_file.items())
    return t("validate.failed_files", lang, n=len(problems), parts=parts)


@overload
def resolve_municipality(region: Region, text: str) -> str: ...
@overload
def resolve_municipality(region: Region, text: None) -> None: ...
@overload
def resolve_municipality(region: Region, text: str | None) -> str | None: ...
def resolve_municipality(region: Region, text: str | None) -> str | None:
    """Municipality id for an id or a name (case-insensitive); exit 2 naming the known or nearest ones."""
    if text is None:
        return None
    return region.require_municipality(text)


def quiet_option(f: Callable) -> Callable:
    """``--quiet/-q``: no progress bar (bars only ever go to a terminal's stderr anyway)."""
    return option("--quiet", "-q", is_flag=True, default=False, help="opt.quiet")(f)


#: the file ending of each ``--format``, for the default name of ``-o FOLDER/``
FORMAT_SUFFIXES = SUFFIXES


def output_path(output: str | None, default_name: str, default_folder: str | None = None) -> Path | None:
    """Where ``-o`` writes: the one rule of every command that writes one file (issue 28).

    * no ``-o`` (or ``-``): ``None`` — standard output — or *default_folder*/*default_name* for a command
      whose output is a page (``map``: ``output/map-region.html``);
    * ``-o kaarten/`` (a trailing slash) or ``-o kaarten`` when ``kaarten`` is an existing folder: in that
      folder, with the command's default file name (``kaarten/map-region.html``) — before, ``map -o
      kaarten/`` wrote a file called ``kaarten``;
    * anything else: that file.

    Commands that write several files (``workshop``, ``survey make``, ``synth``, ``init``) take a folder
    (:func:`folder_option`) and name their files themselves.
    """
    import os
    from pathlib import Path

    if output in (None, "-"):
        return None if default_folder is None else Path(default_folder) / default_name
    assert output is not None
    if (
        output.endswith(("/", os.sep))
        or (os.altsep is not None and output.endswith(os.altsep))
        or Path(output).is_dir()
    ):
        return Path(output) / default_name
    return Path(output)


def default_output_name(fmt: str) -> str:
    """The file name of ``-o FOLDER/`` for a command that writes to standard output: ``<command>.<ending>``
    (``report.md``, ``check.json``), from the running click command."""
    ctx = click.get_current_context(silent=True)
    name = "-".join(ctx.command_path.split()[1:]) if ctx is not None and ctx.command_path else "regienet"
    return f"{name or 'regienet'}.{FORMAT_SUFFIXES.get(fmt, 'txt')}"


def output_option(f: Callable) -> Callable:
    """``-o/--output FILE``: write the command's output to a file instead of standard output (``-`` or no
    ``-o``: standard output). Missing folders are created; the file is written whole or not at all."""
    return option("-o", "--output", "output", metavar="FILE", default=None, help="opt.output_file")(f)


#: Endings of file names that ``-o`` of a command writing several files (a folder) refuses.
FILE_SUFFIXES = frozenset(
    {".html", ".htm", ".json", ".csv", ".md", ".txt", ".xlsx", ".xlsm", ".xls", ".ods", ".gexf", ".graphml", ".pdf"}
)


def _folder_not_file(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from pathlib import Path

    from regienet.cli.localized import help_lang

    if value:
        path = Path(value)
        if path.suffix.lower() in FILE_SUFFIXES and not path.is_dir():
            message = t(
                "output.folder_not_file",
                help_lang(ctx),
                path=value,
                suffix=path.suffix,
                folder=str(path.with_suffix("")) or "output",
            )
            raise click.BadParameter(message, ctx=ctx, param=param)
    return value


def folder_option(
    *decls: str, help: str = "opt.output_dir", default: str | None = None, required: bool = False
) -> Callable:
    """``-o DIR`` of a command that writes several files: a folder (created when missing). A name ending
    like a file (``handout.html``, ``region.csv``) is refused with exit 2 — before, ``workshop -o
    handout.html`` made a folder of that name."""

    def deco(f: Callable) -> Callable:
        extra: dict[str, Any] = {"required": True} if required else {"default": default, "show_default": bool(default)}
        return option(
            *(decls or ("-o", "--output", "output")),
            metavar="DIR",
            callback=_folder_not_file,
            help=help,
            **extra,
        )(f)

    return deco


def say_wrote(lang: str, path: object) -> None:
    """``Wrote PATH`` on standard output, best effort: the file is written whatever happens to this notice, so a
    closed or full standard output drops it (and is pointed at /dev/null) instead of turning a run that wrote
    its output into exit 2."""
    import os

    try:
        click.echo(t("output.wrote", lang, path=str(path)))
        sys.stdout.flush()
    except (OSError, ValueError):
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        except (OSError, ValueError, AttributeError):
            pass
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - the process's stdout from now on


def write_output(data: Any, fmt: str, lang: str, output: str | None, inputs: Sequence[str | None] = ()) -> None:
    """Emit *data* (:func:`regienet.render.emit.emit`) to standard output, or to the file *output*: streamed
    into a temporary file beside it and renamed when complete (never over one of *inputs*); then say where."""
    from regienet.render.emit import emit

    ctx = click.get_current_context(silent=True)
    dialect = (ctx.meta.get("regienet.csv_dialect") if ctx is not None else None) or "standard"

    def write(out: Any) -> None:
        from regienet.render.csv_dialect import DIALECT_WRITERS

        wrapper = DIALECT_WRITERS.get((fmt, dialect.lower()))
        if wrapper is None:
            emit(data, fmt, lang, out)
            return
        from typing import IO, cast

        converted = wrapper(out)
        emit(data, fmt, lang, cast(IO[str], converted))  # a text stream (io.TextIOBase) that rewrites as it goes
        converted.close()

    target = output_path(output, default_output_name(fmt))
    if target is None:
        out = sys.stdout  # (replaced by click's CliRunner in tests)
        write(out)
        out.flush()
        return
    from regienet.outputs import atomic_stream

    with atomic_stream(target, inputs=[i for i in inputs if i], parents=True, text=True) as fh:
        write(fh)
    say_wrote(lang, target.resolve())
