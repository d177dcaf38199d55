"""The merge report of ``regienet survey collect`` as text or JSON (formats data, computes nothing)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from regienet.i18n import t
from regienet.render.emit import dumps_at, emit_text

__all__ = ["Collected", "collect_json_text", "collect_text"]


def _tie(item: dict) -> str:
    return f"{item['source']} → {item['target']} ({item['kind']})"


@dataclass
class Collected:
    """What ``survey collect`` shows: *result* is :meth:`regienet.analysis.survey.CollectResult.to_dict`, *data* the
    folder the answers were merged into."""

    result: dict[str, Any]
    data: str | None = None
    kind = "survey.collect"


def render_collect(result: dict, fmt: str, lang: str, data: str | None = None) -> str:
    """``survey collect``'s output as a string (what :func:`~regienet.render.emit.emit` writes, without the last
    newline)."""
    return emit_text(Collected(result, data), fmt, lang)


def collect_json_text(c: Collected, lang: str) -> str:
    return dumps_at(c.result, 0)


def collect_text(c: Collected, lang: str) -> str:
    result, data = c.result, c.data
    by = t("survey.report.by", lang)
    lines = [t("survey.report.title", lang, n=len(result["respondents"]), year=result["year"])]
    if result.get("method"):
        method = result["method"]
        lines.append(
            t("survey.report.method", lang, method=t(f"survey.method.{method}", lang) if method != "mixed" else method)
        )
    if result.get("written"):
        lines.append(t("survey.report.written", lang, path=result["written"]))
    sections = (
        ("confirmed", lambda i: f"{_tie(i)} — {by} {', '.join(i['reported_by'])}"),
        ("one_sided", lambda i: f"{_tie(i)} — {by} {', '.join(i['reported_by'])}"),
        (
            "contradictions",
            lambda i: (
                f"{_tie(i)} — {t('survey.report.says_yes', lang)}: {', '.join(i['yes'])}; "
                f"{t('survey.report.says_no', lang)}: {', '.join(i['no'])}"
            ),
        ),
        ("added", lambda i: f"{_tie(i)} — {by} {', '.join(i['reported_by'])}"),
        ("removed", lambda i: f"{_tie(i)} — {by} {', '.join(i['reported_by'])}"),
        ("governance", lambda i: f"{i['respondent']}: {i['column']} {i['old'] or '—'} → {i['new']}"),
        ("brokered", lambda i: f"{_tie(i)} — via {i['via']}"),
        (
            "proposed",
            lambda i: (
                f"{i['id']}: {i['name']} ({i['kind']}, {i['municipality'] or '—'}) — {by} {', '.join(i['proposed_by'])}"
            ),
        ),
        ("missing", str),
    )
    keys = {"proposed": "proposed_actors", "missing": "missing_respondents"}
    for name, line in sections:
        items = result.get(keys.get(name, name), [])
        lines += ["", t(f"survey.report.{name}", lang, n=len(items))]
        if name == "missing" and len(items) > 20:
            lines.append("  " + ", ".join(items[:20]) + ", …")
            continue
        lines += [f"  {line(i)}" for i in items]
    if result.get("answers"):
        lines += ["", t("survey.report.answers", lang, n=result["answers"])]
    if result.get("written"):
        lines += ["", t("survey.report.next", lang, path=result["written"], data=data or "DIR")]
    return "\n".join(lines)
