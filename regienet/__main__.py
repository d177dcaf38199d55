"""``python -m regienet`` — the same as the ``regienet`` command."""

from regienet.cli import run

if __name__ == "__main__":  # pragma: no cover
    run()
