"""``python -m regienet`` — the same as the ``regienet`` command."""

from regienet.cli import main

if __name__ == "__main__":  # pragma: no cover
    main()
