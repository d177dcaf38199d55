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
from regienet.schema import ACTOR_COLUMNS, ACTOR_KINDS, RELATION_COLUMNS, RELATION_KINDS, YESNO_SPELLINGS, Column

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
            "government = `municipality` or `ocmw`. A relation between the wrong kinds of actor is an error that names the allowed kinds.",
            "",
            markdown_table(["kind", "source", "target", "direction", "layer", "components", "Dutch"], rels),
            "",
            robustness_markdown(),
        ]
    )


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
            "- **Excel.** `--data book.xlsx` (or `.xlsm`) reads sheets `actors` and `relations` (names match "
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
    from regienet.render.catalogue import metrics_markdown, rules_markdown

    return {"rules.md": rules_markdown, "metrics.md": metrics_markdown}


#: every generated page of docs/, by file name
ALL: dict[str, Callable[[], str]] = {**GENERATED, **_catalogue_pages()}


if __name__ == "__main__":  # pragma: no cover
    for path in write_all():
        print(path)
