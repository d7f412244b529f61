"""Checks on values that come from callers, shared by the modules that use them.

:func:`validate_claim` is called at the top of :func:`geoclaims.check_claim` (and of
anything else that takes a :class:`~geoclaims.Claim` from a caller), so a figure that
cannot be a size (NaN, infinite, negative, or a range that runs backwards) is refused
with one clear message instead of giving a verdict.
"""

from __future__ import annotations

import math
import numbers
from typing import Any, NamedTuple

import numpy as np
import shapely

from geoclaims._errors import InvalidInputError, InvalidTypeError, quote

__all__ = ["NonFinite", "check_tiles", "non_finite_vertex", "validate_claim"]


class NonFinite(NamedTuple):
    """The first NaN or infinite vertex of some geometries (see :func:`non_finite_vertex`)."""

    geometry: int  # its geometry's position in the array given
    vertex: int  # its position among that geometry's coordinates
    x: float
    y: float
    geometries: int  # how many geometries have such a vertex
    vertices: int  # how many such vertices in all


def non_finite_vertex(geoms: np.ndarray) -> NonFinite | None:
    """The first NaN or infinite vertex of ``geoms``, or None when every one is finite.

    ``geoms`` is an array of shapely geometries (or None). Such a vertex has no place on
    the globe: GEOS would repair its polygon into another shape, and pyproj measure it as
    0 or NaN, with at most a numpy warning. The callers (geodesic areas, control layers)
    refuse it in their own words.
    """
    if not len(geoms):
        return None
    xy, owner = shapely.get_coordinates(geoms, return_index=True)
    bad = ~np.isfinite(xy).all(axis=1)
    if not bad.any():
        return None
    first = int(np.flatnonzero(bad)[0])
    row = int(owner[first])
    return NonFinite(
        geometry=row,
        vertex=first - int(np.searchsorted(owner, row)),
        x=float(xy[first, 0]),
        y=float(xy[first, 1]),
        geometries=len(np.unique(owner[bad])),
        vertices=int(bad.sum()),
    )


def _number(claim: Any, field: str) -> float | None:
    value = getattr(claim, field, None)
    if value is None and field == "high":
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        msg = f"The claim's {field} must be a number, not {type(value).__name__}: {quote(value)}."
        raise InvalidTypeError(msg)
    number = float(value)
    if math.isnan(number) or math.isinf(number):
        msg = (
            f"The claim's {field} is {quote(value)}: a stated share or area must be a "
            "finite number. Give the figure as stated, such as 15 for '15%'."
        )
        raise InvalidInputError(msg)
    if number < 0:
        msg = (
            f"The claim's {field} is {quote(value)}: a share or an area cannot be "
            "negative. Give the figure as stated, such as 15 for '15%'."
        )
        raise InvalidInputError(msg)
    return number


def validate_claim(claim: Any) -> None:
    """Refuse a claim whose figure cannot be a share or an area.

    Parameters
    ----------
    claim : Claim or an object with its fields
        Needs ``value`` (and reads ``high`` when present).

    Raises
    ------
    InvalidTypeError
        When ``value`` or ``high`` is not a real number (a string, a bool, None).
    InvalidInputError
        When ``value`` or ``high`` is NaN, infinite or negative, or ``high`` is below
        ``value``; the message quotes the value.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> validate_claim(SimpleNamespace(value=15.0, high=None, unit="%"))
    >>> validate_claim(SimpleNamespace(value=-15.0, high=None, unit="%"))
    Traceback (most recent call last):
    ...
    geoclaims._errors.InvalidInputError: The claim's value is ... cannot be negative...
    """
    value = _number(claim, "value")
    high = _number(claim, "high")
    if high is not None and value is not None and high < value:
        msg = (
            f"The claim's range runs backwards ({quote(value)} to {quote(high)}): "
            "give the low end as value and the high end as high."
        )
        raise InvalidInputError(msg)


def check_tiles(tiles: Any) -> Any:
    """Return `tiles` when folium can draw them, else raise a typed error.

    Checked before any work, so a typo in a tile name fails at once with the names to
    use instead of a traceback from folium after the map is built.

    Parameters
    ----------
    tiles : str, xyzservices.TileProvider, folium.TileLayer or None
        A tile provider name that xyzservices (folium's catalogue) knows, such as
        ``"OpenStreetMap"`` or ``"CartoDB positron"``; a provider object; or None
        for no tiles.

    Returns
    -------
    The same `tiles`.

    Raises
    ------
    InvalidInputError
        For an unknown name or a tile URL (folium needs an attribution for those:
        build a ``folium.Map(tiles=url, attr=...)`` and pass it as ``m``).
    InvalidTypeError
        For any other type.

    Examples
    --------
    >>> check_tiles("CartoDB positron")
    'CartoDB positron'
    >>> check_tiles("OpenStreetMapp")
    Traceback (most recent call last):
    ...
    geoclaims._errors.InvalidInputError: Unknown tiles 'OpenStreetMapp'. Did you mean ...
    """
    if tiles is None:
        return None
    if not isinstance(tiles, str):
        import xyzservices

        if isinstance(tiles, xyzservices.TileProvider) or type(tiles).__name__ == "TileLayer":
            return tiles
        msg = (
            f"tiles must be a tile provider name (str), a TileProvider or None, not "
            f"{type(tiles).__name__}: {quote(tiles)}."
        )
        raise InvalidTypeError(msg)
    import xyzservices

    name = tiles.strip()
    if name.lower() == "openstreetmap":
        return tiles
    try:
        xyzservices.providers.query_name(name)
    except ValueError:
        pass
    else:
        return tiles
    if "{" in name or "://" in name:
        msg = (
            f"The tiles {quote(tiles)} look like a tile URL, which needs an attribution: "
            "build folium.Map(tiles=url, attr='...') and pass it as m=, or use a "
            "provider name such as 'OpenStreetMap'."
        )
        raise InvalidInputError(msg)
    import difflib

    known = ["OpenStreetMap", *xyzservices.providers.flatten()]
    close = difflib.get_close_matches(name[:100], known, n=3, cutoff=0.6)
    hint = f" Did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    msg = (
        f"Unknown tiles {quote(tiles)}.{hint} Use a provider name that folium knows "
        "(such as 'OpenStreetMap' or 'CartoDB positron'), or None (--tiles none) for "
        "a map without tiles."
    )
    raise InvalidInputError(msg)
