"""Issue 28.7: files that open right — docs links that work after ``pip install``, ``-o`` the same for every
command, a CSV a Belgian Excel opens, xlsx data folders, ``validate`` on a missing ``operates_in``, README
claims that are true, a short ``--jobs`` help."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from regienet.cli import COMMANDS, cli
from regienet.docs import doc_path, docs_dir, topics
from regienet.messages import MESSAGES

ROOT = Path(__file__).resolve().parent.parent


def invoke(*args: str, **kwargs):
    return CliRunner().invoke(cli, list(args), prog_name="regienet", catch_exceptions=False, **kwargs)


# ------------------------------------------------------------------------------------------------ docs links
def test_every_docs_reference_in_the_catalogue_names_a_page():
    """Messages point to pages by 'regienet docs TOPIC' (a wheel has no docs/ folder beside it), and every
    topic they name exists. Survey texts (branch survey) are left to that branch."""
    named = set()
    for key, pair in MESSAGES.items():
        for text in pair:
            named |= set(re.findall(r"regienet docs ([a-z-]+)", text))
            if "survey" not in key:
                assert not re.search(r"docs/[a-z-]+\.md", text), (key, text)
    assert named >= {"configuration", "data-format", "data", "region", "whatif", "benchmarks"}
    assert named <= set(topics()), named - set(topics())


def test_docs_command_prints_a_page_and_lists_them():
    page = invoke("docs", "configuration")
    assert page.exit_code == 0 and page.output == (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    listing = invoke("docs", "--lang", "nl").output
    assert listing.startswith("Documentatiepagina's") and "  data-format    Data format" in listing
    assert invoke("docs", "docs/data-format.md").output.startswith("# Data format")
    assert doc_path("Configuration.md") == docs_dir() / "configuration.md"


def test_docs_unknown_topic_is_a_usage_error():
    out = invoke("docs", "confguration", "--lang", "nl")
    assert out.exit_code == 2 and "Bedoelde u 'configuration'?" in out.output


# ------------------------------------------------------------------------------------------------ --jobs help
@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("command", ["check", "report", "gaps", "map", "diff"])
def test_jobs_help_is_short(command, lang):
    """The --jobs help was a 10-line paragraph about 3,000-municipality benchmarks in five commands' help;
    now two lines at most, and the details in docs/benchmarks.md."""
    out = (
        CliRunner(env={"COLUMNS": "120"}).invoke(cli, [command, "--help", "--lang", lang], prog_name="regienet").output
    )
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("-j, --jobs"))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("-"))
    assert end - start <= 2, lines[start:end]
    assert "3,000" not in out and "3.000" not in out
    assert "regienet docs benchmarks" in " ".join(line.strip() for line in lines[start:end])
    assert "about a sixth faster" in (ROOT / "docs" / "benchmarks.md").read_text(encoding="utf-8")


def test_docs_command_is_registered():
    assert "docs" in COMMANDS


# ------------------------------------------------------------------------------------------ README's claims
def _commands():
    """Every command and sub-command: name → click command."""
    import importlib

    import click

    out = {}
    for name, module in COMMANDS.items():
        cmd = importlib.import_module(module).command
        if isinstance(cmd, click.Group):
            out.update({f"{name} {sub}": c for sub, c in cmd.commands.items()})
        else:
            out[name] = cmd
    return out


def _readme_table() -> dict[str, list[str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    readme = readme.split("| command | `--data` |", 1)[1].split("\n\n", 1)[0]
    rows = re.findall(r"^\| `([a-z ]+)` \| (.+) \|$", readme, re.M)
    return {name: [c.strip() for c in rest.split(" | ")] for name, rest in rows if "|" in rest}


def test_readme_option_table_is_true_for_every_command():
    """The README said every command takes --data and --format text|markdown|json|csv; that was wrong for
    sensitivity, survey collect, rules, explain, init and synth. Its table now says per command, and this
    checks every cell against the command's own options."""
    import click

    table = _readme_table()
    commands = _commands()
    assert set(table) == set(commands), set(table) ^ set(commands)
    for name, cmd in commands.items():
        data, fmt, year, out, lang = table[name]
        opts = {o: p for p in cmd.params if isinstance(p, click.Option) for o in p.opts}
        assert (data == "yes") == ("--data" in opts), name
        formats = list(opts["--format"].type.choices) if "--format" in opts else None
        assert formats == (fmt.split(", ") if not fmt.startswith("–") else None), (name, formats)
        assert (year == "yes") == ("--year" in opts), name
        o = opts.get("-o")
        kind = (
            None if o is None else {"FILE": "file", "DIR": "folder"}[getattr(o, "_metavar", o.metavar)]
        )  # (untranslated)
        assert kind == (None if out.startswith("–") else out), (name, kind)
        help_key = getattr(opts.get("--lang"), "_help_key", None)  # the family default the help states
        assert ("nl" if help_key == "opt.lang_default_nl" else "en") == lang, (name, help_key)


# -------------------------------------------------------------------------------------------- -o semantics
@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["report", "--format", "markdown"], "report.md"),
        (["check", "-m", "zwevegem", "--format", "json"], "check.json"),
        (["gaps", "-m", "zwevegem"], "gaps.txt"),
        (["explain", "SA02", "--format", "csv"], "explain.csv"),
        (["map", "-m", "zwevegem", "-q"], "map-zwevegem.html"),
        (["export", "--to", "gexf", "-q"], "region.gexf"),
    ],
)
@pytest.mark.parametrize("how", ["slash", "existing"])
def test_o_folder_means_in_that_folder(tmp_path, args, name, how):
    """``-o kaarten/`` (trailing slash) or an existing folder: the command's default file name in it — before,
    ``map -o kaarten/`` wrote a file called ``kaarten``, and ``report -o out/`` failed or did the same."""
    folder = tmp_path / "kaarten"
    if how == "existing":
        folder.mkdir()
        target = str(folder)
    else:
        target = str(folder) + "/"
    result = invoke(*args, "-o", target)
    assert result.exit_code in (0, 1) and "Wrote " in result.output, result.output  # check: 1 = findings
    assert folder.is_dir() and (folder / name).is_file(), sorted(p.name for p in tmp_path.rglob("*"))
    assert [p.name for p in folder.iterdir()] == [name]


def test_o_file_is_still_a_file(tmp_path):
    out = tmp_path / "sub" / "zwevegem.md"
    assert invoke("report", "-m", "zwevegem", "--format", "markdown", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# Gemeente Zwevegem")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_o_help_says_what_a_folder_means(lang):
    for command in ("report", "map", "export"):
        out = CliRunner(env={"COLUMNS": "200"}).invoke(cli, [command, "--help", "--lang", lang]).output
        flat = " ".join(out.split())
        assert (
            "a folder (ending in / or existing)" if lang == "en" else "een map (eindigend op / of bestaand)"
        ) in flat


# ------------------------------------------------------------------------------------------ CSV for Excel
def test_excel_nl_csv_opens_in_columns_with_decimal_commas():
    """``--csv-dialect excel-nl``: BOM, ``;``, decimal comma, CRLF — the same cells as the plain CSV (before:
    comma-separated with decimal points, one column in a Belgian Excel)."""
    import csv
    import io

    plain = invoke("report", "--format", "csv").output
    excel = invoke("report", "--format", "csv", "--csv-dialect", "excel-nl").stdout_bytes.decode("utf-8")
    assert excel.startswith("\ufeffmunicipality;name;OV;BL;SA;VA;") and "\r\n" in excel
    rows_plain = list(csv.reader(io.StringIO(plain)))
    rows_excel = list(csv.reader(io.StringIO(excel.lstrip("\ufeff"), newline=""), delimiter=";"))
    assert len(rows_plain) == len(rows_excel) == 14
    anzegem = dict(zip(rows_excel[0], rows_excel[1], strict=True))
    assert anzegem["own_tie_share"] == "0,3333" and anzegem["name"] == "Gemeente Anzegem"
    for p, e in zip(rows_plain, rows_excel, strict=True):
        assert [c.replace(".", ",") if re.fullmatch(r"-?\d+\.\d+", c) else c for c in p] == e


def test_excel_nl_keeps_quoted_cells_and_formula_guard(tmp_path):
    """Findings hold ``,`` ``;`` and quotes; the rewrite parses records, it does not split on characters."""
    import csv
    import io

    out = tmp_path / "check.csv"
    invoke("check", "-m", "zwevegem", "--format", "csv", "--csv-dialect", "excel-nl", "-o", str(out))
    text = out.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    plain = list(csv.reader(io.StringIO(invoke("check", "-m", "zwevegem", "--format", "csv").output)))
    assert rows == plain  # no decimals in check's cells: identical cells


@pytest.mark.parametrize("command", ["report", "check", "gaps", "region", "diff", "whatif", "explain", "rules"])
def test_csv_dialect_offered_where_csv_is(command):
    assert "--csv-dialect" in invoke(command, "--help").output


def test_report_csv_carries_level_ranges():
    """Lendelede's VA is 0–1 in the text (an answer left blank decides); the CSV said 0 only."""
    import csv
    import io

    text = CliRunner(env={"COLUMNS": "200"}).invoke(cli, ["report"]).output
    assert re.search(r"Gemeente Lendelede\s+1\s+0\s+0\s+0–1", text)
    rows = {r["municipality"]: r for r in csv.DictReader(io.StringIO(invoke("report", "--format", "csv").output))}
    assert (rows["lendelede"]["VA"], rows["lendelede"]["VA_low"], rows["lendelede"]["VA_high"]) == ("0", "0", "1")
    assert (rows["kortrijk"]["OV_low"], rows["kortrijk"]["OV_high"]) == ("3", "3")


# ------------------------------------------------------------------------------------- xlsx tables, validate
def _csv_to_xlsx(csv_path: Path, xlsx_path: Path, sheet: str) -> None:
    """What Excel does when a user opens actors.csv and saves it as a workbook: one sheet, text cells."""
    import csv

    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.reader(fh):
            ws.append(row)
    wb.save(xlsx_path)


@pytest.mark.parametrize("sheet", ["Blad1", "actors"])
def test_folder_with_actors_and_relations_xlsx_is_read(tmp_path, sheet):
    """A folder with actors.xlsx and relations.xlsx (no CSVs) got "actors.csv: file not found"; it is read
    as the two tables, the sheet named after the table or else the first sheet — the same region as the CSVs
    it was made from (the bundled data: 13 municipalities, 304 relations)."""
    from regienet.load import bundled_data_dir, load_dataset

    for name in ("actors", "relations"):
        _csv_to_xlsx(
            bundled_data_dir() / f"{name}.csv", tmp_path / f"{name}.xlsx", sheet if name == "actors" else "Sheet"
        )
    ds = load_dataset(tmp_path)
    bundled = load_dataset()
    assert ds.summary() == bundled.summary() and ds.summary()["relations"] == 304
    out = invoke("validate", "--data", str(tmp_path), "--lang", "nl")
    assert out.exit_code == 0 and "geldig" in out.output and "13 gemeenten" in out.output


def test_xlsx_table_problems_name_the_workbook(tmp_path):
    from regienet.load import bundled_data_dir

    _csv_to_xlsx(bundled_data_dir() / "actors.csv", tmp_path / "actors.xlsx", "Blad1")
    (tmp_path / "relations.csv").write_text("source,target,kind\nzwevegem,nobody,funding\n", encoding="utf-8")
    out = invoke("validate", "--data", str(tmp_path))
    assert out.exit_code == 2 and "nobody" in out.output


def test_validate_warns_when_operates_in_is_missing(tmp_path):
    """Dropping operates_in changes every result (each actor counts in its seat only) while validate said
    "valid": now a warning on stderr, still exit 0 (the data is valid)."""
    import csv

    from regienet.load import bundled_data_dir

    with (bundled_data_dir() / "actors.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    header = [c for c in rows[0] if c != "operates_in"]
    with (tmp_path / "actors.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, header, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    (tmp_path / "relations.csv").write_bytes((bundled_data_dir() / "relations.csv").read_bytes())
    runner = CliRunner()
    result = runner.invoke(cli, ["validate", "--data", str(tmp_path), "--lang", "nl"])
    assert result.exit_code == 0, result.output
    assert "Waarschuwing: operates_in ontbreekt of is leeg voor alle 20 ondernemingen" in result.stderr
    assert "Warning" not in invoke("validate").output  # the bundled data fills it in
    assert "operates_in" not in CliRunner().invoke(cli, ["validate"]).stderr


def test_lang_help_states_the_default_of_each_command():
    """The language rule of the README in each --help: English (or $REGIENET_LANG), workshop Dutch."""
    for command, expected in (("report", "(default: $REGIENET_LANG, else en)"), ("workshop", "else nl: the handout")):
        out = " ".join(CliRunner().invoke(cli, [command, "--help"]).output.split())
        assert expected in out, (command, out[:600])
