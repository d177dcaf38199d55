"""``survey collect``: returned workbooks read (every problem named by workbook, sheet and cell) and merged
into a new data folder, with the wave's open answers (see :mod:`regienet.analysis.survey`)."""

from __future__ import annotations

import csv
import io
import os
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from regienet.analysis.survey.core import (
    _Survey,
    fingerprint,
)
from regienet.analysis.survey.merge import CollectResult, Merge
from regienet.analysis.survey.read import check_years, key_for, read_all
from regienet.errors import DataError, Problem, UsageError
from regienet.load import Dataset, read_tables, validate_tables
from regienet.outputs import atomic_write, ensure_folder, temp_folder

__all__ = [
    "ANSWERS_FILE",
    "ANSWER_COLUMNS",
    "answers_csv",
    "collect",
    "methods_note",
    "read_answers",
    "wave_answers",
    "wave_method",
    "write_folder",
]


def collect(
    data: str | Path | None,
    paths: Sequence[str | Path],
    year: int | None = None,
    *,
    key: str | Path | None = None,
    step: Callable[[float], None] | None = None,
) -> CollectResult:
    """Read returned workbooks and merge their answers into the data of *data* (nothing is written).

    The merge rule is in the package docstring (:mod:`regienet.analysis.survey`): a blank answer
    keeps the data, a ``yes`` from either end keeps or adds the tie, a ``no`` from the only end(s)
    answering removes it, and ``yes`` against ``no`` is a contradiction listed for follow-up.

    Parameters
    ----------
    data : str or Path or None
        The data folder or workbook the workbooks were made from; ``None``: the bundled data.
    paths : sequence of str or Path
        The returned workbooks (any subset, saved by Excel or LibreOffice).
    year : int, optional
        The survey year; by default the one the workbooks carry (they must agree).
    key : str or Path, optional
        The ``survey.key`` that ``survey make`` wrote (the file or its folder); by default looked for
        beside the workbooks and in their parent.
    step : callable, optional
        Called with 1 per workbook read (a progress bar's advance).

    Returns
    -------
    CollectResult
        The merged tables and what changed (confirmed, one-sided, contradicted, added and removed ties,
        proposed actors), as plain data for :func:`write_folder` and the report.

    Raises
    ------
    DataError
        With every problem (file, sheet, cell) when a workbook is foreign, too large, edited in its
        keys or its respondent, names an unknown actor, holds a value outside a dropdown or was made
        from other data.
    """
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        raise UsageError("init.needs_openpyxl") from None
    secret = key_for(key, paths)
    tables, problems, source = read_tables(data)
    dataset = validate_tables(tables, source, problems)
    s = _Survey(dataset, None)
    problems = []
    returned = read_all(s, fingerprint(dataset), paths, secret, problems, step)
    year = check_years(returned, year, problems)
    if problems:
        raise DataError(problems)
    return Merge(_Survey(dataset, year), tables, returned, year).run()


def _csv(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


#: The wave's open answers and figures, beside actors.csv and relations.csv (read by ``report -m``).
ANSWERS_FILE = "answers.csv"
ANSWER_COLUMNS: tuple[str, ...] = ("respondent", "year", "method", "item", "key", "answer")


def answers_csv(answers: Sequence[dict]) -> str:
    """The tidy answers file: one row per respondent and item, every text cell neutralised."""
    from regienet.outputs import csv_text

    return csv_text(ANSWER_COLUMNS, ([a[c] for c in ANSWER_COLUMNS] for a in answers))


def read_answers(folder: str | Path | None) -> list[dict[str, str]]:
    """The answers file of a data folder (empty when there is none)."""
    if folder is None:
        return []
    path = Path(folder) / ANSWERS_FILE
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [dict(r) for r in csv.DictReader(fh)]


def _renamed(problem: Problem, tmp: str, target: Path) -> Problem:
    """*problem* with the temporary folder's name in its file replaced by the new folder's."""
    import dataclasses

    return dataclasses.replace(problem, file=problem.file.replace(tmp, target.name))


def write_folder(result: CollectResult, newdir: str | Path, *, inputs: Sequence[str | Path | None] = ()) -> Path:
    """Write the new data folder: whole or not at all, never over an input, never into a folder with files.

    The files are written to a temporary folder beside *newdir*, checked with the validator, and the
    folder is renamed into place in one step.

    Parameters
    ----------
    result : CollectResult
        What :func:`collect` merged.
    newdir : str or Path
        The folder to create; it must not exist or be empty.
    inputs : sequence of str or Path or None, optional
        The files and folders read (the data, the workbooks): never written over.

    Returns
    -------
    Path
        *newdir*, resolved.

    Raises
    ------
    UsageError
        When *newdir* holds files, is one of the inputs, or cannot be written.
    """
    target = Path(newdir)
    resolved = target.resolve()
    for inp in inputs:
        if inp is not None and Path(inp).resolve() in (resolved, *resolved.parents):
            raise UsageError("survey.newdir_is_input", path=str(target))
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UsageError("survey.newdir_not_empty", path=str(target))
    parent = ensure_folder(resolved.parent)
    files = {f"{name}.csv": _csv(*table) for name, table in result.tables.items()}
    if result.answers:
        files[ANSWERS_FILE] = answers_csv(result.answers)
    try:  # locked while this run fills it; a killed run's is cleared by the next (issue 26)
        tmp, lock = temp_folder(parent, resolved.name)
    except OSError as exc:
        raise UsageError("output.unwritable", path=str(resolved), reason=exc.strerror or str(exc)) from None
    try:
        for name, text in files.items():
            atomic_write(tmp / name, text)
        from regienet.load import load_dataset

        try:
            load_dataset(tmp)  # the new folder must meet the contract; a DataError here is a bug, reported as such
        except DataError as exc:  # … naming the folder the user asked for, never the temporary one (issue 25)
            raise DataError([_renamed(p, tmp.name, target) for p in exc.problems]) from None
        os.chmod(tmp, 0o755)
        if target.exists():
            target.rmdir()
        os.replace(tmp, resolved)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        os.close(lock)
    result.written = str(target)
    return resolved


def wave_answers(region: Any, m: str) -> dict[str, Any] | None:
    """The survey's open answers and figures about municipality *m* (its governments and the actors working
    there) from the answers file beside the data, with the wave's method; None without such answers.

    Used by ``report -m``: the open questions of Bijlage 2 have no column in the data contract, but they are
    what a workshop talks about.
    """
    source = Path(region.dataset.source) if region.dataset.source else None
    if source is None or not source.is_dir():
        return None
    who = set(region.governments(m)) | set(region.actors_of(m))
    if hasattr(region, "regie_bodies"):  # the associations m mandated answer for its regie too (issue 24)
        who |= set(region.regie_bodies(m))
    rows = [r for r in read_answers(source) if r.get("respondent") in who and r.get("answer")]
    if not rows:
        return None
    methods = sorted({r.get("method") or "self" for r in rows})
    return {
        "method": methods[0] if len(methods) == 1 else "mixed",
        "answers": [{k: r.get(k, "") for k in ANSWER_COLUMNS} for r in rows],
    }


def wave_method(dataset: Dataset) -> str | None:
    """How a data folder's answers were gathered: the methods in its answers file (``self``, ``interview``,
    ``mixed``); ``interview`` for the bundled 2010 study; None when nothing says."""
    rows = read_answers(dataset.source) if dataset.source and Path(dataset.source).is_dir() else []
    methods = sorted({r.get("method") or "self" for r in rows})
    if methods:
        return methods[0] if len(methods) == 1 else "mixed"
    return "interview" if dataset.bundled else None


def methods_note(old: Dataset, new: Dataset) -> tuple[str, str] | None:
    """``(old method, new method)`` when a survey wave is compared with data gathered otherwise (issue 25.2:
    2010 was an interview; a self-report wave is not its equal), else None."""
    if not any(read_answers(d.source) if d.source and Path(d.source).is_dir() else () for d in (old, new)):
        return None
    a, b = wave_method(old) or "unknown", wave_method(new) or "unknown"
    return (a, b) if a != b else None
