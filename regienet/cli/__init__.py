"""The ``regienet`` command: a thin click layer over the library.

Sub-commands live in their own modules and are imported only when invoked
(:class:`LazyGroup`), so ``regienet --help`` never imports pandas, networkx
or pyvis. Help texts come from the message catalogue in the language of
this invocation's ``--lang`` (or ``$REGIENET_LANG``), like every other
user-facing string (:mod:`regienet.cli.localized`). ``regienet --lang nl
COMMAND`` is the same as ``regienet COMMAND --lang nl``.
"""

from __future__ import annotations

import contextlib
import errno
import importlib
import os
import sys
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

import click

from regienet import __version__
from regienet.cli.localized import LANG_KEY, LocalGroup, help_lang, install_click_translations, option
from regienet.i18n import LANGUAGES, resolve_language, t

__all__ = ["COMMANDS", "LazyGroup", "Terminated", "cli", "main", "run", "settle_faults"]

install_click_translations()  # "Usage:", "Options:", "[default: …]" and usage errors in the --lang of the call

T = TypeVar("T")

#: name -> module; each module defines a click command called ``command``.
COMMANDS: dict[str, str] = {
    "validate": "regienet.cli.validate",
    "report": "regienet.cli.report",
    "check": "regienet.cli.check",
    "region": "regienet.cli.region",
    "rules": "regienet.cli.rules",
    "explain": "regienet.cli.explain",
    "sensitivity": "regienet.cli.sensitivity",
    "map": "regienet.cli.map",
    "gaps": "regienet.cli.gaps",
    "diff": "regienet.cli.diff",
    "whatif": "regienet.cli.whatif",
    "workshop": "regienet.cli.workshop",
    "export": "regienet.cli.export",
    "synth": "regienet.cli.synth",
    "init": "regienet.cli.init",
    "survey": "regienet.cli.survey",
    "docs": "regienet.cli.docs",
}


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread by :func:`run`'s handler so that outputs being written are removed."""


def _say(key: str, error: bool = False, **params: object) -> None:
    """One line on stderr in this invocation's language, after ``Error:`` if *error* (nothing if stderr is gone)."""
    lang = help_lang()
    with contextlib.suppress(OSError, ValueError, AttributeError):
        click.echo((f"{t('cli.error', lang)}: " if error else "") + t(key, lang, **params), err=True)


def _quiet_stdout() -> None:
    """Point standard output at /dev/null, so that no later flush of a closed pipe prints a traceback."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _flush_stdout() -> None:
    if sys.stdout is not None:
        sys.stdout.flush()


def settle_faults(work: Callable[[], T]) -> T:
    """Run *work*, the whole of one command, and turn faults of its surroundings into the documented exits.

    * Ctrl-C: one line, exit 130 (128 + SIGINT); SIGTERM (see :func:`run`): one line, exit 143. Files being
      written are removed by :func:`regienet.outputs.atomic_stream` as the interrupt passes through it.
    * a reader that went away (``regienet check | head -1``): nothing on stderr, exit 141 (128 + SIGPIPE,
      what the shell reports for ``yes | head -1``).
    * any other operating-system error — standard output on a full disk or closed, a name too long for the
      file system, another run taking the output folder — is the environment's, not a bug: one line naming the
      file (or standard output) and the reason, exit 2.

    Standard output is flushed here, inside, so that a write error of its last buffer is seen too.
    """
    try:
        try:
            out = work()
        except SystemExit:
            _flush_stdout()
            raise
        _flush_stdout()
        return out
    except Terminated:
        _say("cli.terminated")
        sys.exit(143)
    except (KeyboardInterrupt, click.exceptions.Abort):
        _say("cli.interrupted")
        sys.exit(130)
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(141)
    except OSError as exc:
        if exc.errno is None:  # an OSError subclass raised by a library for its own reasons: a bug
            raise
        where = exc.filename if exc.filename is not None else t("cli.stdout", help_lang())
        _quiet_stdout()
        _say("cli.os_error", error=True, path=where, reason=exc.strerror or str(exc))
        sys.exit(2)


class LazyGroup(LocalGroup):
    """A click group whose commands are imported on first use."""

    def invoke(self, ctx: click.Context) -> Any:
        return settle_faults(lambda: super(LazyGroup, self).invoke(ctx))

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        return importlib.import_module(COMMANDS[name]).command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = help_lang(ctx)
        rows = [(name, t(f"short.{name}", lang)) for name in COMMANDS]
        with formatter.section(t("help.commands", lang)):
            formatter.write_dl(rows)


def _show_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """``--version``: click's own option, with its help and its line in the invocation's language."""
    if value and not ctx.resilient_parsing:
        line = t("click.version", help_lang(ctx))  # click's own message id: "%(prog)s, version %(version)s"
        click.echo(line.replace("%(prog)s", "regienet").replace("%(version)s", __version__))
        ctx.exit()


def _remember_lang(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.meta[LANG_KEY] = value.lower()


@click.group(cls=LazyGroup, help="help.main", context_settings={"help_option_names": ["-h", "--help"]})
@option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_show_version,
    help="click.version_help",
)
@option(
    "--lang",
    type=click.Choice(LANGUAGES, case_sensitive=False),
    default=None,
    expose_value=False,
    is_eager=True,
    callback=_remember_lang,
    help="opt.lang_all",
)
def cli() -> None:
    pass


def run() -> NoReturn:
    """The ``regienet`` console script and ``python -m regienet``: :func:`main`, then exit at once.

    A big run leaves millions of objects (frames, indexes, findings); tearing them down one by one at
    interpreter exit, or when a command returns, took ~0.5 s at 3,000 municipalities, after everything
    was written. The commands keep their region and results (:func:`regienet.cli.common.keep_alive`);
    every output is closed (whole or not at all) and the pool shut down before :func:`main` returns, so
    the process flushes its two streams and leaves with ``os._exit``, as mypy does. Library callers and
    tests call :func:`main`, which returns or raises ``SystemExit`` as usual.
    """
    import gc
    import signal

    from regienet.cli import common

    def terminated(_signum: int, _frame: object) -> None:
        raise Terminated

    signal.signal(signal.SIGTERM, terminated)  # removes the outputs being written, as Ctrl-C does
    common.KEEP_ALIVE = []  # the big objects are never freed: the process ends with them
    gc.disable()  # and never scanned: main() would turn the collector back on as it returns, for its callers
    try:
        main()
        code: int = 0
    except Terminated:  # SIGTERM before a command started (while importing): the same one line
        _say("cli.terminated")
        code = 143
    except KeyboardInterrupt:  # Ctrl-C before a command started
        _say("cli.interrupted")
        code = 130
    except SystemExit as exc:
        if exc.code is None or isinstance(exc.code, int):
            code = exc.code or 0
        else:  # sys.exit("message"): Python prints it and exits 1
            print(exc.code, file=sys.stderr)
            code = 1
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):  # a closed pipe or stream (None)
            stream.flush()
    os._exit(code)


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: exit 2 with a message on bad input, never a traceback."""
    import gc
    import os

    # A run builds millions of small acyclic objects (frames, indexes, findings) and drops
    # them at exit; the cyclic collector rescanned them a dozen times for ~0.1 % garbage,
    # a quarter of `check` on 3,000 municipalities (docs/benchmarks.md). The process is short.
    was_enabled = gc.isenabled()
    gc.disable()
    if sys.stdout is None:  # started with standard output closed (`regienet check >&-`)
        sys.stdout = _ClosedStream()
    try:
        settle_faults(lambda: cli.main(args=argv, prog_name="regienet", standalone_mode=True))
    except Exception as exc:  # a bug, not bad input: say so briefly, traceback only on request
        if os.environ.get("REGIENET_DEBUG"):
            raise
        click.echo(t("cli.internal_error", resolve_language(None), error=f"{type(exc).__name__}: {exc}"), err=True)
        sys.exit(70)
    finally:  # a caller that catches SystemExit gets its collector back
        if was_enabled:
            gc.enable()


class _ClosedStream:
    """Standard output when the process was started without one: every write is an ``EBADF`` error (exit 2)."""

    def write(self, _text: str) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))

    def flush(self) -> None:
        return None

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))
