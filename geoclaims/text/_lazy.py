"""Regular expressions compiled on their first use.

A text module builds a hundred or more patterns at import; an English article needs only
some of them, and compiling them all would cost every cold command that reads text tens
of milliseconds. A module that says ``re = _LazyRe()`` after ``import re`` gets patterns
that compile when first used and then behave as compiled ones.
"""

from __future__ import annotations

import re as _re


class _LazyPattern:
    """A pattern compiled on its first use; then its methods are the compiled ones."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str) -> object:
        compiled = _re.compile(*self._args)  # re's own cache: compiled once
        for method in ("match", "search", "fullmatch", "finditer", "findall", "sub", "split"):
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


class _LazyRe:
    """The ``re`` module, but ``compile`` defers (see the module's docstring)."""

    compile = staticmethod(_LazyPattern)

    def __getattr__(self, name: str) -> object:
        return getattr(_re, name)
