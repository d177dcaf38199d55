"""What keeps a survey workbook from being turned against anyone (issue 25, point 5).

* :func:`clean_text` / :func:`defuse` — every text cell regienet writes is a
  string cell, never a formula (``= + - @``, tab, CR) and never a character
  Excel cannot store (control characters are shown as U+FFFD instead of
  crashing ``survey make``).
* :func:`check_size` — a returned workbook is refused before it is parsed when
  its zip declares more than :data:`MAX_UNPACKED` bytes unpacked or
  :data:`MAX_MEMBERS` members; the readers stop at :data:`MAX_ROWS` rows.
* :func:`sign` / :func:`load_key` — the respondent is bound to its workbook by
  an HMAC-SHA256 over the hidden sheet's keys, with a key that ``survey make``
  writes to the output folder (:data:`KEY_FILE`) and the sender keeps. A
  workbook whose respondent (or year, fingerprint, sheets) was changed no
  longer matches; a renamed but untouched workbook does.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

__all__ = [
    "KEY_FILE",
    "LATER_SIGNED",
    "MAX_CELL",
    "MAX_MEMBERS",
    "MAX_ROWS",
    "MAX_TEXT",
    "MAX_UNPACKED",
    "SIGNED",
    "check_size",
    "clean_text",
    "defuse",
    "find_key",
    "new_key",
    "read_key",
    "sign",
    "verify",
]

#: Refuse a returned workbook whose zip declares more than this many bytes unpacked (a filled
#: workbook of a large government is well under 1 MB unpacked).
MAX_UNPACKED = 32 * 1024 * 1024
#: … or more members than this (a workbook has about a dozen).
MAX_MEMBERS = 200
#: Rows read from one sheet at most (a roster of the largest synthetic region has a few hundred).
MAX_ROWS = 5000
#: Longest text kept from an open answer or a proposed name.
MAX_TEXT = 4000
#: The signing key's file in the folder ``survey make`` writes; the sender keeps it and does not send it.
KEY_FILE = "survey.key"
#: The hidden sheet's keys the signature covers, in this order.
SIGNED: tuple[str, ...] = (
    "format",
    "version",
    "respondent",
    "kind",
    "year",
    "fingerprint",
    "lang",
    "respondents",
    "method",
    "ties_sheet",
    "questions_sheet",
    "brokered_sheet",
    "plans_sheet",
)
#: Keys added to the hidden sheet after workbooks were first sent (issue 25: the plans sheet): signed when the
#: sheet has the key, so a workbook made before still verifies, and one that had it cannot drop it unnoticed.
LATER_SIGNED: frozenset[str] = frozenset({"plans_sheet"})

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


#: The most characters a spreadsheet cell holds (Excel's limit; LibreOffice cuts too).
MAX_CELL = 32767


def clean_text(value: str) -> str:
    """*value* with the control characters an xlsx cannot hold replaced by U+FFFD (visible, not dropped), cut
    to what a cell holds."""
    return _ILLEGAL.sub("\ufffd", value)[:MAX_CELL]


def defuse(wb: Any) -> int:
    """Make every cell of *wb* that openpyxl took for a formula a plain string cell; return how many.

    openpyxl stores a value starting with ``=`` as a formula; regienet never
    writes formulas into cells (its dropdown lists are data validations, not
    cells), so any such cell is data that must stay text.
    """
    n = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"
                    n += 1
    return n


def check_size(path: Path) -> tuple[str, int] | None:
    """``(limit name, limit)`` when *path*'s zip declares too much, else None (also for a non-zip: the
    workbook reader names that)."""
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    if len(infos) > MAX_MEMBERS:
        return ("members", MAX_MEMBERS)
    if sum(i.file_size for i in infos) > MAX_UNPACKED:
        return ("unpacked", MAX_UNPACKED)
    return None


def new_key(folder: Path) -> bytes:
    """The folder's signing key: read when ``KEY_FILE`` exists (a second ``make`` into the same folder signs
    alike), else made and written readable by the owner only."""
    path = folder / KEY_FILE
    if path.is_file():
        return read_key(path)
    key = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key + "\n")
    return key.encode("ascii")


def read_key(path: Path) -> bytes:
    text = path.read_text(encoding="ascii", errors="replace").strip()
    if not re.fullmatch(r"[0-9a-f]{64}", text):
        raise ValueError(str(path))
    return text.encode("ascii")


def find_key(key: str | Path | None, workbooks: Iterable[Path]) -> Path | None:
    """The key file: *key* (a file, or a folder holding ``KEY_FILE``), else ``KEY_FILE`` beside a workbook or
    in its parent folder."""
    if key is not None:
        p = Path(key)
        return p / KEY_FILE if p.is_dir() else p
    for wb in workbooks:
        for folder in (wb.parent, wb.parent.parent):
            if (folder / KEY_FILE).is_file():
                return folder / KEY_FILE
    return None


def sign(key: bytes, meta: dict[str, str]) -> str:
    """HMAC-SHA256 of the signed keys of the hidden sheet."""
    keys = [k for k in SIGNED if k not in LATER_SIGNED or k in meta]
    message = "\x1f".join(f"{k}={meta.get(k, '')}" for k in keys).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def verify(key: bytes, meta: dict[str, str]) -> bool:
    return hmac.compare_digest(sign(key, meta), meta.get("signature", ""))
