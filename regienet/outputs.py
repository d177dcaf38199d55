"""Writing outputs safely: whole or not at all, never over an input.

Every file regienet writes goes through :func:`atomic_write` (or, for writers
that stream, :func:`atomic_stream`): the content is written to a temporary
file beside the target, flushed, and renamed over it,
so a crash or a full disk leaves either the old file or the new one, never
half of one. CSV cells that a spreadsheet would run as a formula are
neutralised by :func:`safe_cell` (OWASP "CSV injection").
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, TextIO

from regienet.errors import UsageError

__all__ = [
    "INPUT_NAMES",
    "JSON_VERSION",
    "atomic_stream",
    "atomic_write",
    "clear_leftovers",
    "csv_text",
    "ensure_folder",
    "envelope",
    "make_parents",
    "markdown_safe",
    "markdown_table",
    "safe_cell",
    "temp_folder",
    "visible",
    "write_csv",
]

#: the version of every JSON document regienet writes (DESIGN §5: change only with the shape)
JSON_VERSION = 1


def envelope(**fields: Any) -> dict[str, Any]:
    """A versioned JSON document, ``{"version": 1, **fields}``: the one place every command's JSON gets its
    version (check, report, gaps, diff, whatif, region, sensitivity, survey collect, validate, rules, explain).

    >>> envelope(data="data/", findings=[])
    {'version': 1, 'data': 'data/', 'findings': []}
    """
    return {"version": JSON_VERSION, **fields}


#: File names regienet reads from a data folder; never written over.
INPUT_NAMES = frozenset({"actors.csv", "relations.csv"})
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: A plain number written as text ("-3", "+2.5", "-1e-05"): a spreadsheet reads it as a number, never a formula.
_PLAIN_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def safe_cell(value: object) -> object:
    """Prefix text that starts like a spreadsheet formula with ``'`` (OWASP "CSV injection").

    Text starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return would
    be run as a formula by Excel or LibreOffice (``=HYPERLINK(…)``,
    ``+cmd|' /C calc'!A0``, ``@SUM(1)``); the ``'`` makes it a text cell.
    Numbers — and text that is a plain number, such as ``-3`` or ``-0.25`` —
    pass unchanged, so a negative value stays a number.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def write_csv(out: TextIO, header: Sequence[str], rows: Iterable[Sequence[object]], *, delimiter: str = ",") -> None:
    """Write rows as CSV (``,`` by default, LF) to *out* one row at a time, every text cell neutralised with
    :func:`safe_cell`. *rows* may be a generator: nothing but the current row is held."""
    w = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    w.writerow([safe_cell(h) for h in header])
    for row in rows:
        w.writerow(["" if v is None else safe_cell(v) for v in row])


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]], *, delimiter: str = ",") -> str:
    """Rows as CSV text: :func:`write_csv` into a string."""
    buf = io.StringIO()
    write_csv(buf, header, rows, delimiter=delimiter)
    return buf.getvalue()


#: Characters a terminal acts on instead of showing: C0 controls but tab and newline (ESC starts colour and
#: cursor sequences, BEL rings), DEL, the C1 controls, and the Unicode bidirectional overrides and isolates
#: (which reorder what is shown: "Trojan Source").
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    r"""*text* with every character a terminal would act on written as an escape: ``ESC`` → ``\x1b``.

    For every output meant for people (text and Markdown, and the error messages on stderr), so that data
    cannot move the cursor, recolour or clear the screen, ring the bell, or reorder a line.

    >>> visible("Kortrijk\x1b[2J\x07 \u202eabc")
    'Kortrijk\\x1b[2J\\x07 \\u202eabc'
    """
    if not _INVISIBLE.search(text):
        return text
    return _INVISIBLE.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text)


def markdown_safe(text: str) -> str:
    r"""A Markdown document in which data cannot become markup that acts: no raw HTML, no images.

    ``<`` is written ``&lt;`` everywhere (regienet's own Markdown has none; a Markdown viewer then shows a
    name's ``<img src=x onerror=…>`` as text instead of running it), ``![`` as ``!\[`` (an image would be
    fetched from wherever the data points), and the characters of :func:`visible` escaped.

    >>> markdown_safe("| <img src=x onerror=alert(1)> | ![t](http://x/t.png) |")
    '| &lt;img src=x onerror=alert(1)> | !\\[t](http://x/t.png) |'
    """
    return visible(text).replace("<", "&lt;").replace("![", "!\\[")


def _md(value: object) -> str:
    text = "" if value is None else str(value)
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def markdown_table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A GitHub-flavoured Markdown table; ``|`` and newlines in cells are escaped.

    Here, low in the layers, beside :func:`csv_text`: the analysis modules
    (``regienet init``'s guide) write tables too, and may not import the
    render layer. :mod:`regienet.render.tables` re-exports it.

    >>> print(markdown_table(["a", "b"], [[1, "x|y"]]))
    | a | b |
    |---|---|
    | 1 | x\\|y |
    """
    lines = ["| " + " | ".join(_md(h) for h in header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_md(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def _is_input(target: Path, resolved: Path, inputs: Iterable[Path | str]) -> bool:
    """Whether *target* is one of *inputs*: the same path, a data folder's input file, or the same file under
    another name — a symbolic or hard link to an input file, or to an input file of an input folder (before
    issue 26 only a link to an input *file* was seen: ``--data DIR`` was compared as a folder)."""
    for inp in inputs:
        p = Path(inp).resolve()
        if resolved == p:
            return True
        if p.is_dir() and resolved.parent == p and resolved.name.lower() in INPUT_NAMES:
            return True
        if target.exists():
            files = [p / name for name in sorted(INPUT_NAMES)] + sorted(p.glob("*.xlsx")) if p.is_dir() else [p]
            for f in files:
                with contextlib.suppress(OSError):
                    if os.path.samefile(target, f):  # a hard link or another spelling of the input
                        return True
    return False


def _check_target(path: Path | str, inputs: Iterable[Path | str], parents: bool) -> tuple[Path, Path]:
    """``(target, resolved)`` after the checks :func:`atomic_write` documents; creates the folders if *parents*."""
    target = Path(path)
    resolved = target.resolve()
    if _is_input(target, resolved, inputs):
        raise UsageError("output.is_input", path=str(target))
    folder = resolved.parent
    if parents:
        make_parents(target)
    if folder.exists() and not folder.is_dir():
        raise UsageError("output.parent_is_file", path=str(target), folder=str(folder))
    if not folder.is_dir():
        raise UsageError("output.no_folder", path=str(target), folder=str(folder))
    if target.is_dir():
        raise UsageError("output.is_folder", path=str(target))
    return target, resolved


def make_parents(path: Path | str) -> None:
    """Create the folders above the file *path* (``-o new/dir/map.html``); exit 2 naming a file in the way."""
    target = Path(path)
    folder = target.resolve().parent
    for above in (folder, *folder.parents):
        if above.exists():
            if not above.is_dir():
                raise UsageError("output.parent_is_file", path=str(target), folder=str(above))
            break
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError("output.unwritable", path=str(target.resolve()), reason=exc.strerror or str(exc)) from None


#: Write buffer of :func:`atomic_stream` (bytes): big enough that a streamed output makes few system calls.
_STREAM_BUFFER = 1 << 16


def _temp_name(name: str) -> re.Pattern[str]:
    """The names :func:`atomic_stream` gives its temporary files for target *name*: ``.NAME.xxxxxxxx.tmp``
    (``tempfile.mkstemp``'s eight characters)."""
    return re.compile(rf"\.{re.escape(name)}\.[a-z0-9_]{{8}}\.tmp")


def _lock(fd: int, wait: bool) -> bool:
    """An exclusive ``flock`` on *fd* (True when taken; where there is no ``fcntl``, as on Windows: False)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError:
        return False
    return True


def clear_leftovers(folder: Path, name: str, *, folders: bool = False) -> list[Path]:
    """Remove the temporary files of runs that were killed while writing *name* in *folder*; return them.

    Every run holds an exclusive ``flock`` on its temporary file while it writes (:func:`atomic_stream`),
    and the kernel drops that lock when the process ends, however it ends (``kill -9`` included). A
    ``.NAME.xxxxxxxx.tmp`` file whose lock can be taken therefore belongs to nobody: it is removed. One that
    is locked belongs to a run writing right now, and is left alone. With *folders*, the same for the
    temporary folders ``.NAME.xxxxxxxx`` of :func:`temp_folder`.
    """
    pattern = re.compile(rf"\.{re.escape(name)}\.[a-z0-9_]{{8}}") if folders else _temp_name(name)
    removed: list[Path] = []
    try:
        entries = [e for e in os.scandir(folder) if pattern.fullmatch(e.name)]
    except OSError:
        return removed
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    for entry in entries:
        try:
            fd = os.open(entry.path, flags | (getattr(os, "O_DIRECTORY", 0) if folders else 0))
        except OSError:
            continue
        try:
            st = os.fstat(fd)
            kind_ok = stat.S_ISDIR(st.st_mode) if folders else stat.S_ISREG(st.st_mode)
            if kind_ok and _lock(fd, wait=False) and os.stat(entry.path).st_ino == st.st_ino:
                if folders:
                    import shutil

                    shutil.rmtree(entry.path, ignore_errors=True)
                else:
                    os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


def temp_folder(parent: Path, name: str) -> tuple[Path, int]:
    """A new hidden folder ``.NAME.xxxxxxxx`` in *parent* to fill and rename to NAME in one step, and the open
    descriptor that holds its lock (close it after the rename). The folders of killed runs are cleared first
    (:func:`clear_leftovers`)."""
    clear_leftovers(parent, name, folders=True)
    while True:
        tmp = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=parent))
        fd = os.open(tmp, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        _lock(fd, wait=True)
        try:
            if os.stat(tmp).st_ino == os.fstat(fd).st_ino:
                return tmp, fd
        except FileNotFoundError:
            pass
        os.close(fd)


def _locked_temp(folder: Path, name: str) -> tuple[int, str]:
    """A new temporary file for *name* in *folder*, locked for as long as this process keeps it open."""
    clear_leftovers(folder, name)
    while True:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
        _lock(fd, wait=True)
        try:  # a run clearing leftovers could have removed it between mkstemp and the lock: then take another
            if os.stat(tmp).st_ino == os.fstat(fd).st_ino:
                return fd, tmp
        except FileNotFoundError:
            pass
        os.close(fd)


@contextlib.contextmanager
def _straight(resolved: Path, text: bool) -> Iterator[IO[Any]]:
    """Write into an existing target that is not a regular file (``-o /dev/null``, ``/dev/stdout``, a FIFO):
    there is nothing to rename over (renaming over ``/dev/null`` would replace the device)."""
    try:
        if text:
            fh: IO[Any] = open(resolved, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed below
        else:
            fh = open(resolved, "wb")  # noqa: SIM115 - closed by the with below, after the yield
    except OSError as exc:
        raise UsageError("output.unwritable", path=str(resolved), reason=exc.strerror or str(exc)) from None
    try:
        with fh:
            yield fh
    except OSError as exc:
        raise UsageError("output.unwritable", path=str(resolved), reason=exc.strerror or str(exc)) from None


@contextlib.contextmanager
def atomic_stream(
    path: Path | str, *, inputs: Iterable[Path | str] = (), parents: bool = False, text: bool = False
) -> Iterator[IO[Any]]:
    """A file to write into bit by bit, that appears whole or not at all: :func:`atomic_write` for writers
    that stream (``check --format json -o findings.json`` on 100,000 findings never holds the text).

    Yields a binary file or, with *text*, a text one (UTF-8, newlines kept as written), opened on a temporary
    file beside the target. When the ``with`` block ends normally the file is flushed, fsync'ed and renamed over
    the target in one step; when it raises (an error, Ctrl-C), the temporary file is removed and the target
    is untouched. The same checks as :func:`atomic_write` (never over an input; a missing folder, a folder in
    the way) come first; *parents* creates missing folders instead of refusing.

    A run killed while writing (``kill -9``, a power cut) cannot remove its temporary file: it stays as
    ``.NAME.xxxxxxxx.tmp`` (hidden, and never with the target's ending, so no command takes it for an
    output), and the next run writing NAME in that folder removes it (:func:`clear_leftovers`). A target
    that exists and is not a regular file (``-o /dev/null``) is written straight, not replaced.
    """
    _target, resolved = _check_target(path, inputs, parents)
    folder = resolved.parent
    try:
        special = not stat.S_ISREG(os.stat(resolved).st_mode)  # a device or a FIFO (folders are refused above)
    except OSError:  # not there yet
        special = False
    if special:
        with _straight(resolved, text) as straight:
            yield straight
        return
    try:
        fd, tmp = _locked_temp(folder, resolved.name)
    except OSError as exc:
        raise UsageError("output.unwritable", path=str(resolved), reason=exc.strerror or str(exc)) from None
    try:
        if text:
            fh: IO[Any] = os.fdopen(fd, "w", encoding="utf-8", newline="", buffering=_STREAM_BUFFER)
        else:
            fh = os.fdopen(fd, "wb", buffering=_STREAM_BUFFER)
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
            if os.name == "posix":  # renamed while still open, so still locked: no clearing run can take it
                os.fchmod(fh.fileno(), 0o644)
                os.replace(tmp, resolved)
        if os.name != "posix":  # pragma: no cover - Windows cannot rename an open file
            os.chmod(tmp, 0o644)
            os.replace(tmp, resolved)
    except BaseException as exc:  # never leave the temp file, whatever stopped the writer
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise UsageError("output.unwritable", path=str(resolved), reason=exc.strerror or str(exc)) from None
        raise


def atomic_write(
    path: Path | str, data: str | bytes, *, inputs: Iterable[Path | str] = (), parents: bool = False
) -> Path:
    """Write *data* to *path* atomically (temp file + rename); return the resolved path.

    The data goes to a temporary file in the target's folder (same file
    system, so the rename is atomic), is flushed to disk, and replaces the
    target in one step: a crash, a full disk or Ctrl-C leaves the old file or
    the new one — never half of one, and never the temporary file.

    Raises :class:`~regienet.errors.UsageError` (exit 2) naming the path and
    the reason when the folder is missing, is a file, or cannot be written,
    and when *path* is one of the *inputs* (a data folder's actors.csv or
    relations.csv, or the workbook itself): regienet never writes over its input. With *parents*, missing
    folders are created instead (what every command's ``-o FILE`` does).
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_stream(path, inputs=inputs, parents=parents) as fh:
        fh.write(payload)
    return Path(path).resolve()


def ensure_folder(folder: Path) -> Path:
    """Create *folder* (and parents) if missing; exit 2 with the reason when that is impossible."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError("output.unwritable", path=str(folder.resolve()), reason=exc.strerror or str(exc)) from None
    if not folder.is_dir():
        raise UsageError("output.unwritable", path=str(folder.resolve()), reason="not a folder")
    return folder
