"""The printable interview guide of ``survey make --method interview`` (issue 25.2).

The 2010 study was a structured interview with the alderman and officials of
both governments, questions not sent in advance, "to measure practice rather
than intentions". The guide gives the interviewer every item of Bijlage 2 in
the study's order and wording (the Dutch of 2010; in English the translation
with the 2010 Dutch beside it), today's questions, and room to write — no
answer is pre-filled. It is one self-contained HTML page: no script, no
external file, readable offline and on paper.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from regienet.analysis.survey.items import Item, items_for
from regienet.i18n import t

__all__ = ["guide_html"]

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#111;background:#fff;
max-width:52rem;margin:1.5rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.5rem}h2{font-size:1.15rem;border-bottom:2px solid #1f4e79;margin-top:2rem;color:#1f4e79}
.item{break-inside:avoid;margin:1rem 0}.num{font-weight:700;margin-right:.4rem}
.orig{color:#333;font-style:italic;margin:.2rem 0}.ties{color:#333;font-size:.95rem}
.write{border:1px solid #555;min-height:6.5rem;margin-top:.3rem;
background:repeating-linear-gradient(#fff 0,#fff 1.55rem,#bbb 1.6rem)}
.write.short{min-height:2.2rem}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.4rem 1rem}
dl.meta dd{border-bottom:1px solid #555;min-height:1.5rem;margin:0}
table.roster{border-collapse:collapse;width:100%}table.roster th,table.roster td{border:1px solid #555;
padding:.3rem .4rem;text-align:left;vertical-align:top}table.roster td:last-child{width:45%}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}}
"""


def _unnumbered(text: str, number: str) -> str:
    """*text* without its leading item number (the guide shows the number in bold before it)."""
    return text[len(number) :].lstrip() if text.startswith(number + " ") else text


def _item(item: Item, lang: str) -> str:
    text = _unnumbered(t(item.text_key, lang), item.number)
    original = _unnumbered(t(item.text_key, "nl"), item.number) if lang != "nl" else ""
    parts = [f'<div class="item"><p><span class="num">{escape(item.number)}</span>{escape(text)}</p>']
    if original and original != text:
        parts.append(f'<p class="orig" lang="nl">{escape(original)}</p>')
    if item.ties:
        labels = ", ".join(t(f"survey.col.{k}", lang) for k in item.ties if not k.startswith(("brokered", "mandates")))
        if labels:
            parts.append(f'<p class="ties">{escape(t("survey.guide.ties", lang, ties=labels))}</p>')
    short = " short" if item.answer != "open" else ""
    parts.append(
        f'<div class="write{short}" role="img" aria-label="{escape(t("survey.guide.answer", lang))} '
        f'{escape(item.number)}"></div></div>'
    )
    return "".join(parts)


def _roster(roster: Sequence[tuple[str, str]], lang: str) -> list[str]:
    """The organisations of the workbook's ties sheet, with room to note the ties named in the interview."""
    if not roster:
        return []
    head = (t("survey.col.name", lang), t("survey.col.kind", lang), t("survey.guide.notes", lang))
    rows = "".join(f"<tr><td>{escape(n)}</td><td>{escape(k)}</td><td></td></tr>" for n, k in roster)
    return [
        f"<h2>{escape(t('survey.guide.roster', lang))}</h2>",
        f"<p>{escape(t('survey.guide.roster_intro', lang))}</p>",
        '<table class="roster"><thead><tr>'
        + "".join(f'<th scope="col">{escape(h)}</th>' for h in head)
        + f"</tr></thead><tbody>{rows}</tbody></table>",
    ]


def guide_html(
    name: str, kind: str, lang: str, year: int, workbook: str, roster: Sequence[tuple[str, str]] = ()
) -> str:
    """The interview guide for the government *name* (of *kind*) as one HTML page; *roster* the (name, kind)
    of the organisations on its workbook's ties sheet."""
    title = t("survey.guide.title", lang, name=name)
    body = [
        f"<h1>{escape(title)}</h1>",
        f"<p>{escape(t('survey.guide.intro', lang, workbook=workbook, year=year))}</p>",
        '<dl class="meta">',
        *(f"<dt>{escape(t(f'survey.guide.{k}', lang))}</dt><dd></dd>" for k in ("date", "interviewer", "present")),
        "</dl>",
    ]
    section = None
    for item in items_for(kind):
        if item.section != section:
            section = item.section
            body.append(f"<h2>{escape(t(f'survey.section.{section}', lang))}</h2>")
        body.append(_item(item, lang))
    body += _roster(roster, lang)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(body)
        + "\n</main>\n</body>\n</html>\n"
    )
