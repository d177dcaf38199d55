"""Progress bars for long work, on stderr only, and only when someone is watching.

A bar is shown when all of these hold: stderr is a terminal, the work is big
(more than :data:`THRESHOLD` units, e.g. municipalities), and the user did
not pass ``--quiet``. Otherwise the helpers are silent no-ops. They never
write to stdout, so ``regienet check --format json > out.json`` and pipes
stay clean, and ``rich`` is imported only when a bar is actually drawn.

Typical use in a command::

    from regienet.progress import progress

    with progress(t("synth.progress.generate", lang), total=n, quiet=quiet) as step:
        for m in municipalities:
            ...
            step()           # one unit done (step(5) for five)

or, for a plain loop, :func:`track`::

    for m in track(region.municipalities, t("check.progress", lang), quiet=quiet):
        ...
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sized
from contextlib import contextmanager
from typing import IO, TypeVar

__all__ = [
    "THRESHOLD",
    "T",
    "enabled",
    "progress",
    "track",
]

T = TypeVar("T")

#: Work of at most this many units never shows a bar (it is over before one helps).
THRESHOLD = 200


def enabled(
    total: int | None,
    *,
    quiet: bool = False,
    stream: IO[str] | None = None,
    threshold: int = THRESHOLD,
) -> bool:
    """Whether a bar should be drawn for *total* units on *stream* (default ``sys.stderr``)."""
    if quiet or total is None or total <= threshold:
        return False
    stream = sys.stderr if stream is None else stream
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # closed or replaced stream
        return False


def _noop(advance: float = 1) -> None:
    return None


@contextmanager
def progress(
    label: str,
    total: int,
    *,
    quiet: bool = False,
    stream: IO[str] | None = None,
    threshold: int = THRESHOLD,
) -> Iterator[Callable[[float], None]]:
    """Context manager yielding ``step(advance=1)``; draws a bar on stderr when :func:`enabled`.

    *label* is already translated (pass ``t(key, lang)``). The bar is
    transient: it disappears when the work is done, leaving the terminal as
    the command's own output left it.
    """
    if not enabled(total, quiet=quiet, stream=stream, threshold=threshold):
        yield _noop
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    # enabled() has already established that the stream is a terminal
    console = Console(file=sys.stderr if stream is None else stream, force_terminal=True)
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(label, total=total)

        def step(advance: float = 1) -> None:
            bar.advance(task, advance)

        yield step


def track(
    items: Iterable[T],
    label: str,
    *,
    total: int | None = None,
    quiet: bool = False,
    stream: IO[str] | None = None,
    threshold: int = THRESHOLD,
) -> Iterator[T]:
    """Yield *items*, advancing a bar per item (see :func:`progress`); *total*: ``len(items)``."""
    if total is None and isinstance(items, Sized):
        total = len(items)
    if total is None:
        yield from items
        return
    with progress(label, total, quiet=quiet, stream=stream, threshold=threshold) as step:
        for item in items:
            yield item
            step(1)
