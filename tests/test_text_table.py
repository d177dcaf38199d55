"""``render.tables.text_table`` prints exactly what rich prints, only faster.

The reference is rich itself: ``_rich_table`` builds the ``rich.table.Table`` the report used to
build (``box=None, pad_edge=False, header_style="bold"``, printed on a colourless console of the
given width) and every test compares the two strings with ``==``. The drawn tables cover what
makes rich's layout non-trivial: tables wider than the console (columns shrunk, words wrapped,
words longer than their column cut with an ellipsis), header cells of several lines (aligned to
the bottom), wide and zero-width characters, no-break spaces (rich breaks lines there), cells with
spaces at either end, minimum widths, and titles.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regienet.render import tables
from regienet.render.tables import _plain_table, _rich_table, text_table

#: Pieces of cells: words of the report's tables, spaces (also no-break ones), wide (日本) and
#: combining (U+0301) characters, a word longer than most columns, and the markup rich would parse.
PIECES = (
    "a",
    "Gemeente",
    "x",
    " ",
    "  ",
    "\xa0",
    "\u202f",
    "–",
    "→",
    "%",
    "日本",
    "é",
    "\u0301",
    "1",
    "22",
    "333",
    "lead gov.",
    "Aandeel eigen",
    "Regionaal bereik",
    "verylongwordwithoutspaces",
    "ok ",
    " ok",
)
JUSTIFY = ("left", "right", "center")


def _table(rnd: random.Random, markup: bool = False):
    pieces = (*PIECES, "[b]", ":x:") if markup else PIECES
    n = rnd.randint(1, 8)

    def cell() -> str:
        return "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 5)))

    header = [cell() for _ in range(n)]
    rows = [[cell() for _ in range(n)] for _ in range(rnd.randint(0, 6))]
    return dict(
        header=header,
        rows=rows,
        width=rnd.choice([5, 10, 20, 40, 60, 110, 130, rnd.randint(1, 150)]),
        title=rnd.choice([None, "", "Per municipality", cell()]),
        justify=[rnd.choice(JUSTIFY) for _ in range(n)],
        min_width=[rnd.choice([None, None, rnd.randint(0, 30)]) for _ in range(n)],
    )


def _rich(tb) -> str:
    return _rich_table(tb["header"], tb["rows"], tb["width"], tb["title"], tb["justify"], tb["min_width"])


@pytest.mark.parametrize("seed", range(4))
def test_same_as_rich_on_drawn_tables(seed):
    """250 seeded tables per seed, wide and narrow: the same string as rich, character for character."""
    rnd = random.Random(seed)
    laid_out = 0
    for _ in range(250):
        tb = _table(rnd, markup=seed == 3)
        assert text_table(**tb) == _rich(tb), tb
        args = (tb["header"], tb["rows"], tb["width"], tb["title"], tb["justify"], tb["min_width"])
        laid_out += _plain_table(*args) is not None
    # the comparison is of our own layout, not of rich against itself: most tables take the plain path
    assert laid_out > 75


@given(st.randoms(use_true_random=False))
def test_same_as_rich_property(rnd):
    tb = _table(rnd)
    assert text_table(**tb) == _rich(tb)


def test_narrow_table_wraps_like_rich():
    """A table wider than the console: rich shrinks the widest columns and wraps their words."""
    header = ["Gemeente", "Aandeel eigen", "Regionaal bereik", "Vorm"]
    rows = [["Gemeente Aalbeek", "17\xa0%", "100\xa0%", "bestuur"], ["Stad Spiere-Helkijn", "0\xa0%", "", "gedeeld"]]
    args = (header, rows, 30, "Per gemeente", ["left", "right", "right", "right"], [None] * 4)
    plain = _plain_table(*args)
    assert plain is not None and "\n" in plain
    assert plain == _rich_table(*args)
    assert text_table(header, rows, width=30, title="Per gemeente", justify=args[4]) == plain


def test_markup_is_left_to_rich():
    """A cell rich would read as markup (``[b]``) is printed by rich itself: the tags disappear."""
    out = text_table(["name"], [["[b]bold[/b]"]], width=40)
    assert out == _rich_table(["name"], [["[b]bold[/b]"]], 40, None, ["left"], [None])
    assert "[b]" not in out


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("shape", ["clusters", "hubs"])
def test_report_region_text_same_as_rich(tmp_path, monkeypatch, lang, shape):
    """The region report as text: the same bytes with text_table as with the rich table it replaced."""
    from regienet.analysis.report import build_report
    from regienet.load import load_dataset
    from regienet.model import Region
    from regienet.render.emit import emit_text
    from regienet.synth import synth_region, write_region

    write_region(*synth_region(80, seed=3, shape=shape), tmp_path)
    monkeypatch.setenv("COLUMNS", "200")  # wide enough for every cell on one line: fit_table's text_table layout
    rep = build_report(Region(load_dataset(tmp_path)))
    ours = emit_text(rep, "text", lang)
    calls = []

    def plain_only(*args, **kwargs):
        out = _plain_table(
            args[0], list(args[1]), kwargs["width"], kwargs["title"], kwargs["justify"], [None] * len(args[0])
        )
        calls.append(out is not None)
        return out

    monkeypatch.setattr(tables, "text_table", plain_only)
    assert emit_text(rep, "text", lang) == ours  # the plain layout, no fallback to rich
    assert calls == [True]

    def rich_only(header, rows, *, width, title, justify):
        return tables._rich_table(header, list(rows), width, title, list(justify), [None] * len(header))

    monkeypatch.setattr(tables, "text_table", rich_only)
    assert emit_text(rep, "text", lang) == ours
