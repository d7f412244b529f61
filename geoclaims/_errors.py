"""Exceptions raised by geoclaims.

Every error derives from :class:`GeoclaimsError`, and each one also derives from
the built-in exception it refines, so ``except LookupError`` or ``except ValueError``
keep working for callers who do not know geoclaims. Messages quote the input and say
how to fix it.
"""

from __future__ import annotations

import errno
import functools
import os
import sys
import warnings
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

_F = TypeVar("_F", bound=Callable[..., Any])

#: Most characters of an input quoted in a message: a 1 MB name must not make a 1 MB
#: message (or log line).
QUOTE_LIMIT = 80


def quote(value: Any, limit: int = QUOTE_LIMIT) -> str:
    """Return ``repr(value)`` cut to about `limit` characters, for error messages.

    Strings and bytes are cut before ``repr`` so a huge input costs nothing; other
    objects are cut after. A cut quote ends with ``…`` and says how long the input was.

    Examples
    --------
    >>> quote("Donetsk")
    "'Donetsk'"
    >>> quote("x" * 1000, limit=10)
    "'xxxxxxxxxx'… (1000 characters)"
    """
    if isinstance(value, str | bytes) and len(value) > limit:
        what = "characters" if isinstance(value, str) else "bytes"
        return f"{value[:limit]!r}… ({len(value)} {what})"
    try:
        text = repr(value)
    except Exception:  # a hostile __repr__ must not hide the real error
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit + 2 else text[: limit + 2] + "…"


__all__ = [
    "AmbiguousRegionError",
    "DataFileError",
    "GeoclaimsError",
    "GeoclaimsWarning",
    "InvalidInputError",
    "InvalidTypeError",
    "LayerError",
    "NoBoundaryError",
    "NoSnapshotError",
    "OutputError",
    "ScanError",
    "UnknownCountryError",
    "UnknownRegionError",
    "UnknownWorldviewError",
]


class GeoclaimsError(Exception):
    """Base class of every error raised by geoclaims."""


class InvalidInputError(GeoclaimsError, ValueError):
    """An argument has the right type but a value geoclaims cannot use."""


class InvalidTypeError(InvalidInputError, TypeError):
    """An argument has a type geoclaims does not accept.

    It is bad input like any other (an :class:`InvalidInputError`), and ``except
    TypeError`` catches it too.
    """


class OutputError(GeoclaimsError, OSError):
    """An output file cannot be written where it was asked for.

    Raised before any work when the folder is missing or not writable, the path is a
    folder, too long, or a special file that cannot be written to; ``errno`` and
    ``filename`` are set as for :class:`OSError`.
    """

    def __str__(self) -> str:
        return self.strerror or super().__str__()

    @classmethod
    def make(cls, code: int, message: str, filename: str | None = None) -> OutputError:
        """Build the error for `code`, also an instance of the matching OSError subclass.

        ``OutputError.make(errno.ENOENT, ...)`` is a :class:`FileNotFoundError` too, so
        callers catching the usual OSError subclasses keep working.
        """
        base = _OS_ERRORS.get(code)
        if base is None:
            return cls(code, message, filename)
        kind = _OUTPUT_KINDS.get(base)
        if kind is None:
            kind = type(cls.__name__, (cls, base), {"__module__": cls.__module__})
            _OUTPUT_KINDS[base] = kind
        return kind(code, message, filename)


_OS_ERRORS: dict[int, type[OSError]] = {
    errno.ENOENT: FileNotFoundError,
    errno.EISDIR: IsADirectoryError,
    errno.ENOTDIR: NotADirectoryError,
    errno.EACCES: PermissionError,
    errno.EPERM: PermissionError,
}
_OUTPUT_KINDS: dict[type[OSError], type[OutputError]] = {}


class ScanError(GeoclaimsError, RuntimeError):
    """A corpus scan could not run (e.g. its worker processes could not start)."""


class GeoclaimsWarning(UserWarning):
    """Something geoclaims repaired or left out, and the caller should know about."""


class UnknownRegionError(GeoclaimsError, LookupError):
    """A name or code matches no first-level region.

    Parameters
    ----------
    query : str
        The name or code as the caller gave it.
    suggestions : sequence of str
        Close matches, best first (may be empty).
    country : str, optional
        The country the search was limited to.
    """

    def __init__(
        self, query: str, suggestions: Sequence[str] = (), country: str | None = None
    ) -> None:
        self.query = query
        self.suggestions = list(suggestions)
        self.country = country
        where = f" in {country!r}" if country else ""
        msg = f"No region named {quote(query)}{where}."
        if self.suggestions:
            msg += " Did you mean " + ", ".join(quote(s) for s in self.suggestions) + "?"
        else:
            msg += " Check the spelling, or pass an ISO 3166-2 code such as 'UA-14'."
        super().__init__(msg)


class NoBoundaryError(UnknownRegionError):
    """A name or id is a named place the embedded data draws no boundary for.

    The text finder finds such places (Shebaa Farms, Area C, Snake Island; see
    ``places.csv`` in the data folder) as named areas, but nothing can be measured or
    drawn for them. A subclass of :class:`UnknownRegionError`.

    Parameters
    ----------
    query : str
        The name or id as the caller gave it.
    area_id : str
        The place's id (``area:<slug>``).
    name : str
        The place's English name.
    """

    def __init__(self, query: str, area_id: str, name: str) -> None:
        self.area_id = area_id
        self.name = name
        GeoclaimsError.__init__(
            self,
            f"{quote(query)} is {name} ({area_id}), a named place the embedded boundary data "
            "draws no polygon for, so it cannot be drawn or measured. Pass its polygon "
            "yourself (a GeoDataFrame as regions=) or name the regions it lies in.",
        )
        self.query = query
        self.suggestions = []
        self.country = None


class UnknownCountryError(GeoclaimsError, LookupError):
    """A name or code matches no country, or more than one ("Congo": ``ambiguous``)."""

    def __init__(
        self, query: str, suggestions: Sequence[str] = (), *, ambiguous: bool = False
    ) -> None:
        self.query = query
        self.suggestions = list(suggestions)
        msg = f"No country named {quote(query)}."
        if ambiguous:
            # "Congo": the Republic of the Congo and the Democratic Republic of the Congo
            msg = (
                f"{quote(query)} names more than one country: "
                + " or ".join(quote(s) for s in self.suggestions)
                + ". Pass the one meant by that name or by its ISO 3166-1 code."
            )
        elif self.suggestions:
            msg += " Did you mean " + ", ".join(quote(s) for s in self.suggestions) + "?"
        else:
            msg += " Pass an English name or an ISO 3166-1 code such as 'UA' or 'UKR'."
        super().__init__(msg)


class AmbiguousRegionError(GeoclaimsError, LookupError):
    """A name matches regions of several countries and nothing narrows it down.

    Parameters
    ----------
    query : str
        The name as the caller gave it.
    candidates : sequence of (name, iso_3166_2, country)
        The regions the name could mean.
    """

    def __init__(self, query: str, candidates: Sequence[tuple[str, str, str]]) -> None:
        self.query = query
        self.candidates = list(candidates)
        listed = "; ".join(f"{name} ({iso or 'no ISO code'}, {cc})" for name, iso, cc in candidates)
        #: The message without the advice, for callers (the CLI) that give their own.
        self.listing = (
            f"{quote(query)} is ambiguous: it names {len(self.candidates)} regions: {listed}."
        )
        super().__init__(f"{self.listing} Pass country=... or use the ISO 3166-2 code.")


class UnknownWorldviewError(GeoclaimsError, ValueError):
    """A worldview that geoclaims does not know."""

    def __init__(self, worldview: object) -> None:
        self.worldview = worldview
        msg = (
            f"Unknown worldview {quote(worldview)}. Use 'un' (internationally recognised borders), "
            "'defacto' (as the source map draws them) or a claimant's ISO alpha-3 code "
            "such as 'RUS' or 'UKR'."
        )
        super().__init__(msg)


class LayerError(GeoclaimsError, ValueError):
    """A control layer could not be read or used."""


class NoSnapshotError(LayerError):
    """A dated control layer has no snapshot in force on the date asked for.

    Parameters
    ----------
    source : str
        The collection (folder, glob, list or multi-date file) as the caller gave it.
    as_of : datetime.date
        The date asked for.
    first : object
        The time of the collection's first snapshot.
    """

    def __init__(self, source: str, as_of: object, first: object) -> None:
        self.source = source
        self.as_of = as_of
        self.first = first
        msg = (
            f"{source[:120]!r} has no snapshot on or before {as_of}: its first snapshot is "
            f"from {first}. Pass a date on or after it, or add earlier snapshots."
        )
        super().__init__(msg)


class DataFileError(GeoclaimsError, FileNotFoundError):
    """The embedded boundary data cannot be found or read."""


def _library_error(exc: BaseException) -> GeoclaimsError | None:
    """The typed error that stands for a raw error of a library underneath, or None."""
    if isinstance(exc, GeoclaimsError):
        return None
    module = type(exc).__module__ or ""
    if isinstance(exc, UnicodeEncodeError):
        bad = exc.object[exc.start : exc.end] if isinstance(exc.object, str) else ""
        msg = (
            f"The input holds {bad!r} at position {exc.start}, which is not valid Unicode "
            "text (a lone surrogate, often from bytes decoded with errors='surrogateescape'). "
            "Decode the source with errors='replace', or remove the character."
        )
        return InvalidInputError(msg)
    if module.startswith("shapely"):
        msg = (
            f"A geometry cannot be built or used: {quote(str(exc), 200)}. Check that every "
            "ring closes (its last point equals its first) and has at least 4 points; "
            "shapely.make_valid repairs most other faults."
        )
        return InvalidInputError(msg)
    if module.startswith("pyarrow"):
        msg = f"A value cannot be stored as Arrow data: {quote(str(exc), 200)}."
        if isinstance(exc, TypeError):
            return InvalidTypeError(msg + " Give the column a single type (e.g. str).")
        return InvalidInputError(msg)
    if isinstance(exc, OSError) and exc.errno == errno.ENAMETOOLONG:
        name = exc.filename if isinstance(exc.filename, str | bytes) else ""
        msg = (
            f"The path {quote(name)} is too long for the file system "
            f"({len(name)} characters). Use a shorter path."
        )
        return InvalidInputError(msg)
    return None


def typed_errors(func: _F) -> _F:
    """Turn raw errors of the libraries underneath into geoclaims' typed errors.

    A public function wrapped with this raises, instead of a shapely ``GEOSException``,
    a pyarrow error, a ``UnicodeEncodeError`` (lone surrogates) or an ``OSError`` for a
    too-long path, the matching :class:`GeoclaimsError` (which also derives from the
    built-in the caller may catch), chained to the original.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except Exception as exc:
            typed = _library_error(exc)
            if typed is None:
                raise
            raise typed from exc

    return wrapper  # type: ignore[return-value]


#: Where the package lives; its command line counts as a caller, not as the library.
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep
_CALLER_FILES = frozenset(_PACKAGE_DIR + f for f in ("cli.py", "__main__.py"))


def in_library(frame: Any) -> bool:
    """Whether a frame runs geoclaims' library code (not the caller's, nor the CLI's)."""
    name = frame.f_code.co_filename
    return bool(name.startswith(_PACKAGE_DIR)) and name not in _CALLER_FILES


def warn_at_caller(message: str, category: type[Warning] = GeoclaimsWarning) -> None:
    """Warn at the line of the caller's own code: the first frame outside the library.

    However deep in the library the warning arises, the user is shown their own call
    (and Python's default filter shows it once per line of theirs).
    """
    frame, level = sys._getframe(1), 2
    while frame.f_back is not None and in_library(frame):
        frame, level = frame.f_back, level + 1
    warnings.warn(message, category, stacklevel=level)
