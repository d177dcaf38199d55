"""Writing outputs safely: whole or not at all, never over an input.

Every file regienet writes goes through :func:`atomic_write`: the content is
written to a temporary file beside the target, flushed, and renamed over it,
so a crash or a full disk leaves either the old file or the new one, never
half of one. CSV cells that a spreadsheet would run as a formula are
neutralised by :func:`safe_cell` (OWASP "CSV injection").
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from regienet.errors import UsageError

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """Prefix text that starts like a spreadsheet formula with ``'`` (numbers pass unchanged)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Rows as CSV text (``,``, LF), every text cell neutralised with :func:`safe_cell`."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([safe_cell(h) for h in header])
    for row in rows:
        w.writerow(["" if v is None else safe_cell(v) for v in row])
    return buf.getvalue()


def atomic_write(path: Path | str, data: str | bytes, *, inputs: Iterable[Path | str] = ()) -> Path:
    """Write *data* to *path* atomically (temp file + rename); return the resolved path.

    Raises :class:`~regienet.errors.UsageError` (exit 2) when the folder is
    missing or unwritable, or when *path* is one of the *inputs*.
    """
    target = Path(path)
    resolved = target.resolve()
    for inp in inputs:
        p = Path(inp).resolve()
        if resolved == p or (p.is_dir() and resolved.parent == p and resolved.name in ("actors.csv", "relations.csv")):
            raise UsageError("output.is_input", path=str(target))
    folder = resolved.parent
    if not folder.is_dir():
        raise UsageError("output.no_folder", path=str(target), folder=str(folder))
    if target.is_dir():
        raise UsageError("output.is_folder", path=str(target))
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{resolved.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UsageError("output.unwritable", path=str(target), reason=exc.strerror or str(exc)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, resolved)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise UsageError("output.unwritable", path=str(target), reason=exc.strerror or str(exc)) from None
    return resolved


def ensure_folder(folder: Path) -> Path:
    """Create *folder* (and parents) if missing; exit 2 with the reason when that is impossible."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError("output.unwritable", path=str(folder), reason=exc.strerror or str(exc)) from None
    if not folder.is_dir():
        raise UsageError("output.unwritable", path=str(folder), reason="not a folder")
    return folder
