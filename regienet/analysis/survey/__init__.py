"""Survey waves: questionnaire workbooks per respondent, and their answers merged into a new data folder.

:func:`make_workbooks` writes one Excel workbook per respondent (a municipality,
an OCMW, a social enterprise or support organisation): a *ties* sheet with a
roster of everyone the respondent could plausibly have ties with and one
column per relation kind it can report from its side, pre-filled with what
the data says, and for governments a *questions* sheet with the governance
questions of the data contract worded as in Bijlage 2 of the 2010 report.

:func:`collect` reads returned workbooks (any subset, saved by Excel or
LibreOffice) and computes a :class:`CollectResult` — plain data — that
:func:`write_folder` writes as a **new** data folder (whole or not at all).

Machine keys (DESIGN §5): row 1 of the ties sheet holds the data-contract keys
(``actor_id``, ``name``, ``kind``, ``municipality``, the relation kinds — the
actor side's mirrored kinds are ``client_of`` and ``funded_by`` —,
``amount_eur``, ``frequency``), row 2 the labels in the respondent's language,
answers from row 3. A hidden sheet ``_regienet`` holds the respondent, the
survey year and the fingerprint of the data the workbook was made from.

How answers are merged (the rule, also in docs/survey.md):

* A blank cell is no answer: the tie stays as the data has it.
* ``yes`` from one or both ends of a tie and ``no`` from none: the tie is kept
  (or added) and the respondents are added to its ``reported_by``.
* ``no`` from the only end(s) answering: the tie is removed.
* ``yes`` from one end and ``no`` from the other: a **contradiction**; the data
  is kept as it is and the tie is listed for follow-up.
* A relation row whose substance changed (added, amount or frequency
  changed) gets ``provenance`` = ``survey <year> <respondent>``; a confirmed
  row keeps its provenance and gains ``reported_by``. A changed government
  answer sets the government row's provenance the same way.
* Actors proposed in the free rows are added with ``provenance`` =
  ``survey <year> <respondent> proposed`` — to be reviewed before use.
"""

from __future__ import annotations

from regienet.analysis.survey.collect import (
    ANSWERS_FILE,
    CollectResult,
    collect,
    methods_note,
    read_answers,
    wave_answers,
    wave_method,
    write_folder,
)
from regienet.analysis.survey.core import (
    fingerprint,
    ties_keys,
)
from regienet.analysis.survey.make import (
    make_workbooks,
    workbook_bytes,
)
from regienet.analysis.survey.safety import KEY_FILE

__all__ = [
    "ANSWERS_FILE",
    "KEY_FILE",
    "CollectResult",
    "collect",
    "fingerprint",
    "make_workbooks",
    "methods_note",
    "read_answers",
    "ties_keys",
    "wave_answers",
    "wave_method",
    "workbook_bytes",
    "write_folder",
]
