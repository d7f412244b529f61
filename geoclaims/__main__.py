"""``python -m geoclaims``: the same command line as ``geoclaims``."""

from geoclaims.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
