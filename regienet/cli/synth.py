"""``regienet synth``: write a synthetic region of any size (library: :mod:`regienet.synth`)."""

from __future__ import annotations

import click

from regienet.cli.common import folder_option, handle_errors, lang_option, quiet_option
from regienet.cli.localized import local_command, option
from regienet.i18n import t

__all__ = ["MAX_MUNICIPALITIES", "SHAPES", "command"]

#: Same values as regienet.synth.MAX_MUNICIPALITIES and SHAPES (not imported: --help stays light;
#: tests/test_synth.py checks they agree).
MAX_MUNICIPALITIES = 20_000
SHAPES = ("clusters", "hubs", "flat", "dense", "grid")


@local_command("synth", help="help.synth")
@option(
    "--municipalities",
    "-n",
    "n",
    required=True,
    metavar="N",
    help=("synth.opt.municipalities", {"max": MAX_MUNICIPALITIES}),
)
@option("--seed", default="0", show_default=True, metavar="S", help="synth.opt.seed")
@option(
    "--shape",
    default=SHAPES[0],
    show_default=True,
    metavar="SHAPE",
    help="synth.opt.shape",
)
@folder_option("--output", "-o", "output", help="synth.opt.output", required=True)
@option("--force", is_flag=True, default=False, help="synth.opt.force")
@quiet_option
@lang_option()
@handle_errors
def command(n: str, seed: str, shape: str, output: str, force: bool, quiet: bool, lang: str | None) -> None:
    from pathlib import Path

    from regienet.errors import UsageError
    from regienet.i18n import resolve_language
    from regienet.progress import progress
    from regienet.synth import MAX_MUNICIPALITIES as LIMIT
    from regienet.synth import SHAPES as KNOWN
    from regienet.synth import Synth, write_region

    lang = resolve_language(lang)
    count = _whole(n)
    if count is None or not 1 <= count <= LIMIT:
        raise UsageError("synth.bad_municipalities", value=n, max=LIMIT)
    seed_value = _whole(seed)
    if seed_value is None or seed_value < 0:
        raise UsageError("synth.bad_seed", value=seed)
    if shape not in KNOWN:
        raise UsageError("synth.bad_shape", value=shape, shapes=", ".join(KNOWN))
    folder = Path(output)
    _prepare(folder, force)
    with progress(t("synth.progress.generate", lang), total=count, quiet=quiet) as step:
        actors, relations = Synth(count, seed_value, shape).build(step)
    write_region(actors, relations, folder)
    click.echo(
        t(
            "synth.wrote",
            lang,
            n=count,
            seed=seed_value,
            path=str(folder),
            actors=len(actors),
            relations=len(relations),
        )
    )


def _whole(text: str) -> int | None:
    """A whole number from the command line (``3000``, ``3_000``), else ``None``."""
    try:
        return int(text.strip())
    except ValueError:
        return None


def _prepare(folder, force: bool) -> None:
    """Create *folder*; refuse a file, or a non-empty folder without ``--force`` (exit 2)."""
    from regienet.errors import UsageError

    if folder.exists():
        if not folder.is_dir():
            raise UsageError("synth.not_a_folder", path=str(folder))
        if not force and any(folder.iterdir()):
            raise UsageError("synth.not_empty", path=str(folder))
        return
    try:
        folder.mkdir(parents=True)
    except OSError as exc:
        raise UsageError("synth.cannot_create", path=str(folder), reason=exc.strerror or str(exc)) from None
