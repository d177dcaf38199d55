"""Generated documentation: docs/cli.md from ``--help``, docs/data-format.md from the schema,
docs/rules.md and docs/metrics.md from the catalogue.

Run ``python scripts/gen_docs.py`` from the repository root to regenerate;
``tests/test_docs.py`` fails when a generated file is stale, so the docs cannot
drift from the code. It lives outside the package: it reads the CLI (the top
layer) and writes the repository's ``docs/`` folder, which an installed
regienet does not have.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from regienet.i18n import t
from regienet.messages import TAGS
from regienet.render.tables import markdown_table
from regienet.schema import (
    ACTOR_COLUMNS,
    ACTOR_KINDS,
    PLAN_COLUMNS,
    RELATION_COLUMNS,
    RELATION_KINDS,
    YESNO_SPELLINGS,
    Column,
)

DOCS = Path(__file__).resolve().parent.parent / "docs"
REGENERATE = "python scripts/gen_docs.py"


def cli_markdown() -> str:
    """Every command's ``--help`` (English), in command order."""
    from click.testing import CliRunner

    from regienet.cli import COMMANDS, cli

    runner = CliRunner(env={"COLUMNS": "80", "REGIENET_LANG": "en"})
    parts = [
        "# Command reference",
        "",
        "Generated from `--help` by `python scripts/gen_docs.py`; `tests/test_docs.py` fails when it is stale. "
        "Every command also speaks Dutch: `--lang nl` (or `REGIENET_LANG=nl`) switches its output and its help.",
        "",
        "```",
        runner.invoke(cli, ["--help"], prog_name="regienet").output.rstrip(),
        "```",
    ]
    import click

    for name in COMMANDS:
        parts += [
            "",
            f"## regienet {name}",
            "",
            "```",
            runner.invoke(cli, [name, "--help"], prog_name="regienet").output.rstrip(),
            "```",
        ]
        group = cli.get_command(None, name)  # type: ignore[arg-type]
        if isinstance(group, click.Group):  # a group's subcommands get a section each
            for sub in group.commands:
                out = runner.invoke(cli, [name, sub, "--help"], prog_name="regienet").output.rstrip()
                parts += ["", f"### regienet {name} {sub}", "", "```", out, "```"]
    return "\n".join(parts) + "\n"


def _values(c: Column) -> str:
    if c.type == "enum":
        return ", ".join(f"`{v}`" for v in c.choices)
    if c.type == "enumlist":
        return "`|`-list of " + ", ".join(f"`{v}`" for v in c.choices)
    if c.type == "yesno":
        return "yes/no (also ja/nee, true/false, 1/0)"
    if c.type == "list":
        return "`|`-list of tags"
    if c.type == "reflist":
        return "`|`-list of municipality ids, or `*` for all"
    if c.type == "id":
        return "unique, `[a-z0-9][a-z0-9_.-]*`"
    if c.type == "ref":
        return "an actor id"
    if c.type in ("number", "integer"):
        rng = (
            f" {c.minimum if c.minimum is not None else ''}–{c.maximum if c.maximum is not None else ''}"
            if (c.minimum is not None or c.maximum is not None)
            else ""
        )
        return ("whole number" if c.type == "integer" else "number (decimal point or comma)") + rng
    if c.type == "year":
        return "a year, e.g. 2010"
    return "text"


def _table(columns: tuple[Column, ...]) -> str:
    rows = []
    for c in columns:
        applies = ", ".join(sorted(c.applies_to)) if c.applies_to else "all rows"
        rows.append([f"`{c.name}`", "yes" if c.required else "", _values(c), applies, c.questionnaire])
    return markdown_table(["column", "required", "values", "applies to", "questionnaire"], rows)


def data_format_markdown() -> str:
    kinds = [[f"`{k}`", t(f"kind.{k}", "en"), t(f"kind.{k}", "nl")] for k in ACTOR_KINDS]
    rels = [
        [
            f"`{k}`",
            ", ".join(sorted(rk.sources)),
            ", ".join(sorted(rk.targets)),
            "directed" if rk.directed else "undirected (write once)",
            rk.layer,
            ", ".join(rk.components),
            t(f"relation.{k}", "nl"),
        ]
        for k, rk in RELATION_KINDS.items()
    ]
    return "\n".join(
        [
            "# Data format",
            "",
            "Generated from `regienet/schema.py` by `python scripts/gen_docs.py`; the loader, the validator and "
            "`regienet init` read the same declarations, so this page cannot drift from what is checked.",
            "",
            "A region is two CSV files in one folder — `actors.csv` and `relations.csv` — or one `.xlsx` workbook "
            "with sheets `actors` and `relations` (`pip install 'regienet[xlsx]'`).",
            "",
            "- Separator `,` or `;` (sniffed from the header; tab works too). Encoding UTF-8 with or without BOM, "
            "UTF-16 with BOM, or Windows-1252 (what a Belgian Excel writes). LF or CRLF.",
            "- Surrounding whitespace is trimmed; column names are matched case-insensitively.",
            "- **A blank cell means unknown, never no.** A rule that needs a blank value reports *unknown* instead of guessing.",
            "- List cells use `|`: `green|energy`. A `,` or `;` inside a list cell is reported with the corrected value.",
            f"- yes/no cells accept {', '.join(sorted(YESNO_SPELLINGS))}.",
            "- Extra columns are kept as attributes (shown in maps and exports).",
            "- Numbers: `12.5` or `12,5`; amounts without thousands separators (`12.500` is refused as ambiguous).",
            "- Lines are counted as in a text editor: the header is line 1. Error messages also give the spreadsheet column letter.",
            "",
            "## Actor kinds",
            "",
            markdown_table(["kind", "English", "Dutch"], kinds),
            "",
            "## actors.csv",
            "",
            "Municipality and OCMW rows must name their municipality (a municipality row names itself). "
            "The questionnaire columns (from the 2010 study's questionnaire, Bijlage 2) apply to those rows only.",
            "",
            _table(ACTOR_COLUMNS),
            "",
            "Accountability levels (questionnaire 4.2.1): 0 none, 1 toelichting (how much), 2 uitleg (on what), "
            "3 rekenschap (why), 4 verantwoording (why it matters).",
            "",
            "## Recommended tags",
            "",
            "`activities` and `target_groups` take any tags; these are the ones regienet puts in words in findings, "
            "suggestions and maps (`regienet.messages.TAGS`). Any other tag is shown as written, so a region may "
            "use its own words. Tags are compared in lower case.",
            "",
            *[
                line
                for column, tags in TAGS.items()
                for line in (
                    f"### {column}",
                    "",
                    markdown_table(["tag", "English", "Dutch"], [[f"`{k}`", en, nl] for k, (en, nl) in tags.items()]),
                    "",
                )
            ],
            "## relations.csv",
            "",
            _table(RELATION_COLUMNS),
            "",
            "A relation counts in a snapshot year when `since ≤ year ≤ until` (blank = open-ended).",
            "",
            "## Relation kinds",
            "",
            "government = `municipality` or `ocmw`; an `association` acts like a government towards actors (see "
            "below). A relation between the wrong kinds of actor is an error that names the allowed kinds.",
            "",
            markdown_table(["kind", "source", "target", "direction", "layer", "components", "Dutch"], rels),
            "",
            *today_markdown(),
            *survey_markdown(),
            robustness_markdown(),
        ]
    )


def _example_rows(name: str, keep: Callable[[dict[str, str]], bool], columns: list[str]) -> str:
    """Rows of the bundled ``today`` example's *name*.csv, the *columns* only, as a CSV block."""
    import csv
    import io

    from regienet.load import example_data_dir

    with (example_data_dir("today") / f"{name}.csv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if keep(r)]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([r[c] for c in columns] for r in rows)
    return "```csv\n" + buf.getvalue() + "```"


def today_markdown() -> list[str]:
    """Today's institutions (issue 24): the additions, plans.csv, and a worked example from ``--example today``."""
    return [
        "## Today's institutions (data from 2019 on)",
        "",
        'The contract grows without breaking 2010 data (DESIGN §2, "Today\'s institutions"):',
        "",
        "- **One local government.** Since 1 January 2019 (Decreet over het lokaal bestuur) a municipality and "
        "its OCMW share one council, board and general director. A region may have **no OCMW rows**: the "
        "municipality is then the whole local government. With OCMW rows, `--year 2019` or later treats the two "
        "as one government: RO02 (no agreement between municipality and OCMW) does not apply there, and RO01 asks "
        "the regie decree's question — is the local government provider (an own actor, an LDE recognition) and "
        "regisseur (stated role, a `WSE-LR1` action, a mandate) at once, and are the roles separated (an "
        "association carries its regie on mandate)? For earlier years, and without `--year`, RO01 and RO02 keep "
        "their 2010 meaning.",
        "- **`association`** (samenwerkingsverband: a lokaal regieverband, an intermunicipal company, an OCMW "
        "association): towards actors it acts like a government — it consults, informs, convenes forums, "
        "accounts, makes agreements, brokers cooperation (`via`); actors report to it; governments sit in it, "
        "fund it and mandate it; it may account to its member governments (`accounts_to` to a government is "
        "allowed from an association only). Its `operates_in` lists its members. It may carry the questionnaire's "
        "answers for the regie it carries.",
        "- **`mandates`** (government → association): the municipality entrusted (part of) its regie to the "
        "association; **`scope`** says which components (`OV|BL|SA|VA`, any case; blank = all four, written out "
        "as all four in exports).",
        "- **`maatwerkbedrijf`**: the enterprise subtype of sheltered and social workshops since the maatwerk "
        "decree (2019); the 2010 subtypes stay valid.",
        "- **`agreement` with an `authority`** (the local cooperation agreement with VDAB, WSE-LR4) and an "
        "authority as forum `member` (VDAB in a local employment forum).",
        "",
        "### plans.csv (optional)",
        "",
        "A third file (or sheet `plans`) with the actions of the multi-year plans, one row per action. It is "
        "read when present; without it nothing changes. `government` is a municipality, OCMW or association id. "
        "A regie code is normalised however it is typed (`wse lr1` → `WSE-LR1`); a code that looks like one but "
        "is not one of the four (`WSE-LR5`) is an error; other codes (`WVG100`) and free text are kept. With "
        "`--year Y` an action of a later year is not yet in the plan.",
        "",
        _table(PLAN_COLUMNS),
        "",
        "The regie decree's codes (BVR of 29 April 2022): `WSE-LR1` taking up the regie role (a local regisseur, "
        "an environment analysis, consultation and networking, a policy vision), `WSE-LR2` employment of people "
        "far from the labour market (wijk-werken, tijdelijke werkervaring, gemeenschapsdienst), `WSE-LR3` social "
        "and socially responsible entrepreneurship, `WSE-LR4` partnerships with VDAB and a local cooperation "
        "agreement.",
        "",
        "### Worked example: `--example today`",
        "",
        "A second bundled region, **fictional** (invented names, `provenance` `fictional`), shows the additions "
        "at work. Every command that takes `--data` takes `--example today` instead (`--example zwvl` is the "
        "default 2010 data):",
        "",
        "```sh",
        "regienet validate --example today",
        "regienet report --example today --lang nl",
        "regienet region --example today",
        "regienet check --example today --municipality Bremdonk",
        "```",
        "",
        "Four municipalities, no OCMW rows (one local government each), and a regie association "
        "(`regieverband_leievallei`) with two members:",
        "",
        _example_rows(
            "actors",
            lambda r: r["kind"] in ("municipality", "association"),
            ["id", "name", "kind", "operates_in", "role_choice"],
        ),
        "",
        "Ardelgem mandates the association for all four components (blank `scope`), Bremdonk only for the "
        "environment analysis and networking (`OV|SA`); the association accounts to both member councils, and "
        "Kervelde has a cooperation agreement with VDAB:",
        "",
        _example_rows(
            "relations",
            lambda r: (
                r["kind"] == "mandates"
                or (r["kind"] == "accounts_to" and r["target"] in ("ardelgem", "bremdonk"))
                or (r["kind"] == "agreement" and r["target"] == "vdab")
            ),
            ["source", "target", "kind", "scope", "since"],
        ),
        "",
        "Kervelde does its own regie and its multi-year plan carries the four regie codes; the association's plan "
        "counts for its members within their mandate's scope (so for Ardelgem's BL, not for Bremdonk's); "
        'Molsele has no mandate, no regie work and no plan — `regienet region` lists it under "no regie '
        'arrangement at all":',
        "",
        _example_rows("plans", lambda r: True, ["government", "code", "title", "year", "budget_eur"]),
        "",
        "What regienet makes of it (`regienet report --example today`; tested in `tests/test_today.py`):",
        "",
        "| municipality | arrangement | OV | BL | SA | VA | governance mode |",
        "|---|---|---|---|---|---|---|",
        "| Ardelgem | full mandate | 3 | 2 | 3 | 3 | NAO (the association) |",
        "| Bremdonk | mandate OV\\|SA | 3 | 0 | 3 | 1 | NAO (the association) |",
        "| Kervelde | own regie, WSE-LR1–4 | 3 | 2 | 2 | 2 | lead government |",
        "| Molsele | nothing | 0 | 0 | 0 | 0 | none |",
        "",
        "- **Regie by mandate counts for the municipality**, within the mandate's scope and towards the actors "
        "working there: the association's consulting, informing, forum, brokering and accounting earn Ardelgem "
        "every component; each activity says so — `coupling actors (most of the field) via Regieverband "
        "Leievallei (mandate)` (`(mandaat)` in Dutch; `via_mandate` in JSON). Actors known to an association "
        "mandated for OV are no blind spots.",
        "- **A partial mandate earns nothing outside its scope**: Bremdonk mandated OV and SA, so the "
        "association's consultations, reports and plan earn it nothing in BL (BL 0; BL01 fires: *No action in "
        "the multi-year plan of Gemeente Bremdonk carries a regie code (WSE-LR1–4) (source: plans.csv)*) and "
        "nothing in VA beyond Bremdonk's own answers.",
        "- **Plans as evidence**: where plans.csv exists, BL01, BL02 and the BL activity *formulating policy "
        "lines* read the WSE-LR actions of the municipality (and of an association it mandated for BL) instead "
        "of `se_in_plans`/`se_goals`: an action with a budget is an operational goal, codes without budget a "
        "general one. The evidence names the source: `formulating policy lines (fully) — from the multi-year plan (plans.csv): "
        "WSE-LR1, WSE-LR2, WSE-LR3, WSE-LR4`.",
        "- **Governance mode `nao`** where the mandate covers SA (the network's governance): the association is "
        "a node of its own and holds the actors together; the report adds *Regieverband Leievallei governs the "
        "network on the municipality's mandate (OV, SA)*.",
        "- **RO01 in the decree's terms**: Kervelde runs its own maatwerkbedrijf and is regisseur, with no "
        "association carrying its regie — *provider and regisseur at once … the roles are not separated*. RO02 "
        "does not apply anywhere (no OCMW rows).",
        "",
    ]


def survey_markdown() -> list[str]:
    """What a survey wave adds (issue 25): the figures' columns, the relation attributes it fills, answers.csv."""
    from regienet.analysis.survey.collect import ANSWER_COLUMNS

    return [
        "## What a survey wave adds (issue 25)",
        "",
        "`regienet survey collect` (docs/survey.md) writes the answers that have a place in the contract into it, "
        "additively:",
        "",
        '- the **figures** of the questionnaire ("Enkele cijfers") as optional columns of a government\'s row in '
        "actors.csv: `staff_fte_lead`, `staff_fte_exec` (own staff released for work and social economy, in "
        "FTE), `budget_policy_eur`, `budget_own_actor_eur`, `budget_third_parties_eur` (money per year: policy, "
        "the government as actor, support to third-party actors);",
        "- an actor's `activities`, `target_groups` and `jobs` (1.3.1), a seat's `capacity` (1.2.2: `mandate` "
        "or `personal`), `reports_to` reported from either side (2.4.1), a `cooperation` a government brought "
        "about with `via` (1.3.2, 3.2.1), a `mandates` tie with its `scope` (an association's workbook), and "
        "`reported_by` on every reported tie.",
        "",
        "### answers.csv (written by survey collect)",
        "",
        "The open questions of the questionnaire have no column: their answers (and the time spent per policy "
        "maker, in %) are kept beside actors.csv and relations.csv in `answers.csv`, one row per respondent and "
        "item, every text cell neutralised against formulas. `regienet report -m` shows them; the loader does "
        "not read the file, and a folder without it is unchanged.",
        "",
        "| column | meaning |",
        "|---|---|",
        *(f"| `{c}` | {ANSWER_MEANING[c]} |" for c in ANSWER_COLUMNS),
        "",
    ]


ANSWER_MEANING = {
    "respondent": "id of the government, association or actor whose workbook it was",
    "year": "the survey year",
    "method": "`self` (self-report workbook) or `interview` (filled in by the interviewer)",
    "item": "the item number of Bijlage 2 (`1.1.1`, `C.1`), or `T.1`–`T.4` today's questions, `P.*` an actor's, "
    "`A.*` an association's",
    "key": "the row key of the questions sheet (`open.1.1.1`, `time_alderman_pct`)",
    "answer": "the answer as typed (at most 4,000 characters)",
}


def robustness_markdown() -> str:
    """The "Robustness" section: the limits and guarantees, from the constants the loader uses."""
    from regienet.load import MAX_CELL_CHARS, MAX_FILE_BYTES, MAX_NUMBER, OTHER_SPREADSHEETS, RESERVED_COLUMNS
    from regienet.outputs import _FORMULA_START
    from regienet.templates import DATA_FILES, DELIMITER

    starts = ", ".join(
        f"`{c}`" if c.isprintable() else {"\t": "tab", "\r": "carriage return"}[c] for c in _FORMULA_START
    )
    return "\n".join(
        [
            "## Robustness",
            "",
            "What regienet guarantees about bad input and about what it writes; the reasoning and the tests are in "
            "[robustness.md](robustness.md).",
            "",
            "- **Never a traceback for bad data.** Every problem is reported with file (or `book.xlsx[sheet]`), line "
            "(or row), column name and letter, the value and a fix, and the command exits with code 2. An unexpected "
            "error is a bug and exits 70 with a short message (`REGIENET_DEBUG=1` shows the traceback).",
            f"- **Limits.** A file larger than {MAX_FILE_BYTES // 2**20} MiB is refused before it is read. A cell longer "
            f"than {MAX_CELL_CHARS:,} characters (Excel's own limit) is refused, and a cell that runs over many lines is "
            "reported as an unclosed quote. Numbers must be finite and smaller than "
            f"10^{len(str(int(MAX_NUMBER))) - 1} (`inf` or a 20-digit count is refused). Column names "
            + ", ".join(f"`{c}`" for c in sorted(RESERVED_COLUMNS))
            + " are reserved: regienet adds them to the tables itself.",
            "- **Encodings.** UTF-8 (with or without BOM), UTF-16 (with BOM, or recognised by its NUL bytes), "
            "Windows-1252. A byte that is neither is named with its line; a NUL byte in other text means a binary file.",
            "- **Excel.** `--data book.xlsx` (or `.xlsm`) reads sheets `actors` and `relations` (and `plans` when present; names match "
            "case-insensitively, other sheets are ignored) with the same validation. Typed cells are read as a CSV "
            "export would hold them: `2010.0` → `2010`, booleans → yes/no in yes/no columns. A date in a year or number "
            "column is reported as a date (Excel turned the value into one). "
            + ", ".join(f"`{x}`" for x in OTHER_SPREADSHEETS)
            + " files are named and refused: save as `.xlsx`. A data folder holding both `region.xlsx` and "
            "`actors.csv`/`relations.csv` (as `regienet init DIR --xlsx` leaves it) is ambiguous and refused with "
            "exit 2, naming both: pass the workbook itself (`--data DIR/region.xlsx`), or remove the CSVs (or the "
            "workbook); another workbook in the folder is ignored. A folder with `actors.xlsx` and `relations.xlsx` "
            "in place of the CSVs (each table a workbook of its own, as Excel saves a CSV it opened) is read table "
            "by table: the sheet named after the table, else the first sheet.",
            "- **Numbers in the output.** Text, Markdown and HTML write numbers, amounts, percentages and dates the "
            "way the chosen language does (Babel; `en` as en_GB, `nl` as nl_BE): `€45,000` / `€ 45.000`, `0.31` / "
            "`0,31`, `40%` / `40 %`, `30 November 2026` / `30 november 2026`. JSON and CSV outputs keep plain "
            "numbers (`0.31`) and ISO dates.",
            f"- **Safe CSV.** Every CSV regienet writes prefixes `'` to text cells that start with {starts}, so a "
            "spreadsheet shows `=HYPERLINK(…)` as text instead of running it (OWASP CSV injection). Plain numbers, "
            "negative ones too, are left alone.",
            "- **Atomic outputs.** Files are written to a temporary file beside the target and renamed over it: a crash, "
            "a full disk or Ctrl-C leaves the old file or the new one, never half of one. A missing or unwritable folder "
            "exits 2 naming the path and the reason.",
            "- **Inputs are read-only.** regienet never writes over `actors.csv`, `relations.csv` or the workbook it "
            "reads (also not through a link), and `regienet init` never overwrites "
            + ", ".join(f"`{x}`" for x in sorted(DATA_FILES))
            + ", not even with `--force`.",
            "- **Templates.** `regienet init DIR [--lang nl|en] [--xlsx]` writes the columns above with one example row "
            "per actor kind and per relation kind, and a guide (`GUIDE.md` / `GIDS.md`) generated from the same "
            "declarations. CSV separator: "
            + ", ".join(f"`{d}` for `--lang {lang}`" for lang, d in DELIMITER.items())
            + " (what Excel expects in that language's region), with a UTF-8 BOM.",
            "",
        ]
    )


GENERATED = {"cli.md": cli_markdown, "data-format.md": data_format_markdown}


def write_all(folder: Path = DOCS) -> list[Path]:
    """Write every generated page into *folder* (the repository's docs/); return the paths written."""
    from regienet.outputs import atomic_write

    return [atomic_write(folder / name, fn()) for name, fn in ALL.items()]


def _catalogue_pages() -> dict[str, Callable[[], str]]:
    from regienet.render.views.catalogue import metrics_markdown, rules_markdown

    return {"rules.md": rules_markdown, "metrics.md": metrics_markdown}


#: every generated page of docs/, by file name
ALL: dict[str, Callable[[], str]] = {**GENERATED, **_catalogue_pages()}


if __name__ == "__main__":  # pragma: no cover
    for path in write_all():
        print(path)
