"""Open survey workbooks in LibreOffice (headless) and count the formulas it sees (issue 25, point 5).

Not part of the test suite (the suite must not depend on LibreOffice): run by
hand, the result goes into docs/survey.md.

    python scripts/survey_libreoffice_check.py            # hostile names: make, convert, count
    python scripts/survey_libreoffice_check.py --fixture  # also rebuild tests/fixtures/survey/kortrijk-libreoffice.xlsx

1. Copies the bundled data and renames five actors to names a spreadsheet would
   run (``=HYPERLINK(…)``, ``+cmd|…``, ``@SUM(1)``, ``-1+2``, a leading tab).
2. ``regienet survey make`` (self-report and interview) from it.
3. ``soffice --headless --convert-to fods`` every workbook, and counts
   ``table:formula`` attributes in the flat ODF files: cells LibreOffice would
   evaluate. Data validations (the dropdown lists) are not cells and are not
   counted.
4. With ``--fixture``: makes Dutch 2014 workbooks from the bundled data with the
   committed key ``tests/fixtures/survey/survey.key``, answers Kortrijk's as
   ``tests/test_survey.py::libreoffice_edits`` does, and saves it through
   LibreOffice (``--convert-to xlsx``) as the fixture.
"""

from __future__ import annotations

import argparse
import csv
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ['=HYPERLINK("http://example.invalid","x")', "+cmd|' /C calc'!A0", "@SUM(1)", "-1+2", "\tTab"]


def regienet(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "regienet", *args], check=True)


def soffice(fmt: str, outdir: Path, files: list[Path], profile: Path) -> None:
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(outdir),
            *map(str, files),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def hostile_data(dst: Path) -> None:
    shutil.copytree(ROOT / "data", dst)
    path = dst / "actors.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        table = list(csv.reader(fh))
    h = table[0]
    n = 0
    for row in table[1:]:
        if row[h.index("kind")] in ("enterprise", "support") and n < len(HOSTILE):
            row[h.index("name")] = HOSTILE[n]
            n += 1
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(table)


def count_formulas(folder: Path) -> tuple[int, int, int]:
    """(workbooks, cells with a formula, cells whose text is one of the hostile names)."""
    files = sorted(folder.glob("*.fods"))
    formulas = names = 0
    for f in files:
        text = f.read_text(encoding="utf-8")
        formulas += len(re.findall(r"table:formula=", text))
        names += sum(text.count(n.replace('"', "&quot;").strip()) for n in HOSTILE)
    return len(files), formulas, names


def check(work: Path, profile: Path) -> None:
    hostile_data(work / "data")
    for method in ("self", "interview"):
        out = work / f"out-{method}"
        regienet(
            "survey", "make", "--data", str(work / "data"), "-o", str(out), "--year", "2014", "-q", "--method", method
        )
        fods = work / f"fods-{method}"
        fods.mkdir()
        soffice("fods", fods, sorted(out.glob("*.xlsx")), profile)
        n, formulas, names = count_formulas(fods)
        print(
            f"{method}: LibreOffice opened {n} workbooks: {formulas} formula cells; hostile names seen as text {names} times"
        )


def fixture(work: Path, profile: Path) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    import test_survey  # the same edits as the test

    out = work / "fixture-out"
    out.mkdir()
    shutil.copy(ROOT / "tests" / "fixtures" / "survey" / "survey.key", out / "survey.key")
    regienet("survey", "make", "--data", str(ROOT / "data"), "-o", str(out), "--lang", "nl", "--year", "2014", "-q")
    edited = test_survey.libreoffice_edits(out, work / "edited" / "kortrijk.xlsx")
    lo = work / "lo"
    lo.mkdir()
    soffice("xlsx", lo, [edited], profile)
    shutil.copy(lo / "kortrijk.xlsx", ROOT / "tests" / "fixtures" / "survey" / "kortrijk-libreoffice.xlsx")
    print("fixture rebuilt: tests/fixtures/survey/kortrijk-libreoffice.xlsx")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixture", action="store_true", help="also rebuild the LibreOffice-saved test fixture")
    args = parser.parse_args()
    if not shutil.which("soffice"):
        sys.exit("soffice not found: apt-get install -y --no-install-recommends libreoffice-calc-nogui")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        profile = work / "lo-profile"
        check(work, profile)
        if args.fixture:
            fixture(work, profile)


if __name__ == "__main__":
    main()
