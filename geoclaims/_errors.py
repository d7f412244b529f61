"""Exceptions raised by geoclaims.

Every error derives from :class:`GeoclaimsError`, and each one also derives from
the built-in exception it refines, so ``except LookupError`` or ``except ValueError``
keep working for callers who do not know geoclaims. Messages quote the input and say
how to fix it.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "AmbiguousRegionError",
    "DataFileError",
    "GeoclaimsError",
    "InvalidInputError",
    "LayerError",
    "NoSnapshotError",
    "UnknownCountryError",
    "UnknownRegionError",
    "UnknownWorldviewError",
]


class GeoclaimsError(Exception):
    """Base class of every error raised by geoclaims."""


class InvalidInputError(GeoclaimsError, ValueError):
    """An argument has the right type but a value geoclaims cannot use."""


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
        msg = f"No region named {query!r}{where}."
        if self.suggestions:
            msg += " Did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        else:
            msg += " Check the spelling, or pass an ISO 3166-2 code such as 'UA-14'."
        super().__init__(msg)


class UnknownCountryError(GeoclaimsError, LookupError):
    """A name or code matches no country."""

    def __init__(self, query: str, suggestions: Sequence[str] = ()) -> None:
        self.query = query
        self.suggestions = list(suggestions)
        msg = f"No country named {query!r}."
        if self.suggestions:
            msg += " Did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
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
        msg = (
            f"{query!r} is ambiguous: it names {len(self.candidates)} regions: {listed}. "
            "Pass country=... or use the ISO 3166-2 code."
        )
        super().__init__(msg)


class UnknownWorldviewError(GeoclaimsError, ValueError):
    """A worldview that geoclaims does not know."""

    def __init__(self, worldview: object) -> None:
        self.worldview = worldview
        msg = (
            f"Unknown worldview {worldview!r}. Use 'un' (internationally recognised borders), "
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
