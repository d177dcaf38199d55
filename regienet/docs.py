"""The documentation pages, where a ``pip install`` finds them: ``regienet docs TOPIC``.

Messages and ``--help`` point to pages of ``docs/`` ("see docs/configuration.md"), which a wheel did not
ship: after ``pip install regienet`` the reference led nowhere. The wheel now carries the pages inside the
package (``regienet/_docs``, like the bundled data in ``regienet/_data``), and ``regienet docs TOPIC``
prints one — the same text in a checkout (the repository's ``docs/``) and in an install.
"""

from __future__ import annotations

import difflib
from importlib import resources
from pathlib import Path

from regienet.errors import UsageError

__all__ = ["doc_path", "docs_dir", "read_doc", "topics"]


def docs_dir() -> Path:
    """The folder of the documentation pages: ``regienet/_docs`` in a wheel, the repository's ``docs/`` else."""
    packaged = resources.files("regienet") / "_docs"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "docs"


def topics() -> dict[str, str]:
    """Every topic (the page's file name without ``.md``) → its title (the first ``#`` heading), sorted."""
    out = {}
    for path in sorted(docs_dir().glob("*.md")):
        title = next(
            (
                line.lstrip("#").strip()
                for line in path.read_text(encoding="utf-8").splitlines()
                if line.startswith("#")
            ),
            path.stem,
        )
        out[path.stem] = title
    return out


def doc_path(topic: str) -> Path:
    """The page of *topic* (``configuration``, ``docs/configuration.md`` and ``configuration.md`` all work).

    Raises :class:`~regienet.errors.UsageError` (exit 2) naming the nearest topic and every topic."""
    name = Path(topic.strip()).name.lower().removesuffix(".md")
    known = topics()
    if name in known:
        return docs_dir() / f"{name}.md"
    near = difflib.get_close_matches(name, list(known), n=1, cutoff=0.5)
    if near:
        raise UsageError("docs.unknown_topic", topic=topic, near=near[0], known=", ".join(known))
    raise UsageError("docs.unknown_topic_far", topic=topic, known=", ".join(known))


def read_doc(topic: str) -> str:
    """The Markdown text of *topic*'s page."""
    return doc_path(topic).read_text(encoding="utf-8")
