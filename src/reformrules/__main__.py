"""``python -m reformrules``: the same as the ``reformrules`` command (docs/cli.md)."""

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
