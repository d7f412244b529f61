"""Geodesic areas and shares of a country.

Every area here is measured on the WGS84 ellipsoid with :class:`pyproj.Geod`
(Karney's algorithm), never in planar degrees. A ring is measured as it is drawn
in longitude/latitude: an edge longer than ``_MAX_EDGE_DEG`` (a border along a
parallel, a rectangle drawn on a web map) gets intermediate vertices first, so it
is not taken as the geodesic that would cut a corner poleward of it; a polygon
wider than 180° of longitude (a world or hemisphere box, Antarctica, a box from
100°W to 100°E or from 0° to 200°E) is measured in strips of 90°, within the range
of the geodesic polygon area, so congruent boxes measure the same wherever they
start. The one exception to "as drawn": an edge between two longitudes within
``_DATELINE_OFFSET_DEG`` of 180° on either side (179°E to 179°W) crosses 180° the
short way, as in data drawn across the antimeridian without being cut there. Each ring is measured
on its own and its absolute value taken, so the result does not depend on ring
orientation: a polygon's area is its exterior ring less its holes, and a
multipolygon's area is the sum of its parts.

:func:`area_share` puts the pieces together: the named units, clipped to the
country as a worldview draws it on a date and unioned so nothing is counted
twice, as a share of that country; optionally only the part a control layer
covers.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import hashlib
import html
import json
import logging
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
import shapely.geometry
from pyproj import Geod
from shapely.geometry.base import BaseGeometry

from geoclaims import boundaries
from geoclaims._errors import (
    GeoclaimsWarning,
    InvalidInputError,
    InvalidTypeError,
    UnknownRegionError,
    typed_errors,
    warn_at_caller,
)
from geoclaims._validate import non_finite_vertex
from geoclaims.worldviews import parse_date, worldview_arg

__all__ = ["Share", "area_share", "geodesic_area"]

logger = logging.getLogger(__name__)

_M2_PER_KM2 = 1e6
_ALPHA3 = re.compile(r"[A-Z]{3}")
_POLYGON = 3  # shapely type ids
_MULTI_OR_COLLECTION = (4, 5, 6, 7)
_OFFICIAL_FILE = "official_areas.csv"
# Polygon and official area differ by more than this (percent): say so in the notes.
_NOTE_DIFF_PCT = 2.0
#: How far under its official area water and a simplified coast take a polygon; a larger
#: gap is another extent.
_WATER_GAP_PCT = 5.0
#: Beyond this gap under the official area (%), no inland water of a unit explains it.
_LARGE_GAP_PCT = 15.0
# Edges longer than this (degrees of longitude/latitude) are densified before a ring is
# measured: a 60th-parallel border drawn as one straight edge, taken as a geodesic,
# leaves out ~14,000 km² of Yukon (2.9%). At 0.5° the gap is a few km² per edge.
_MAX_EDGE_DEG = 0.5
# Polygons wider than this (degrees of longitude) are measured in strips of 90°.
_MAX_WIDTH_DEG = 180.0
# An edge stepping more than 180° of longitude crosses 180° the short way only when both
# its ends lie within this many degrees of 180° (179°E to 179°W, an antimeridian-crossing
# ring that was not cut); any other edge runs as drawn (100°E to 100°W is 200° wide, not
# 160°). The window is GDAL's default for -datelineoffset (ogr2ogr -wrapdateline).
_DATELINE_OFFSET_DEG = 10.0
# Tolerance (degrees) for "a whole 360°" and "at a pole".
_EPS_DEG = 1e-9


@functools.cache
def _geod() -> Geod:
    return Geod(ellps="WGS84")


# --------------------------------------------------------------------------------------
# geodesic area
# --------------------------------------------------------------------------------------


def _polygons(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Flatten geometries to their polygons, with the index of the geometry each came from.

    Multipolygons and (nested) geometry collections are opened up; points and lines are
    dropped (they have no area).
    """
    parts, index = shapely.get_parts(geoms, return_index=True)
    while True:
        nested = np.isin(shapely.get_type_id(parts), _MULTI_OR_COLLECTION)
        if not nested.any():
            break
        sub, sub_index = shapely.get_parts(parts[nested], return_index=True)
        parts = np.concatenate([parts[~nested], sub])
        index = np.concatenate([index[~nested], index[nested][sub_index]])
    keep = (shapely.get_type_id(parts) == _POLYGON) & ~shapely.is_empty(parts)
    _check_degrees(parts[keep])
    return _split_wide(parts[keep], index[keep])


def _check_finite(geoms: np.ndarray, where: np.ndarray | None = None) -> None:
    """Raise InvalidInputError if a coordinate of `geoms` is NaN or infinite.

    `where` gives each geometry's position in the caller's input, for the message.
    A non-finite vertex has no place on the globe: GEOS and pyproj would measure it as 0
    (or NaN) with at most a numpy warning.
    """
    bad = non_finite_vertex(geoms)
    if bad is None:
        return
    lon, lat = float(bad.x), float(bad.y)
    pos = bad.geometry if where is None else int(where[bad.geometry])
    n = bad.vertices
    msg = (
        f"Vertex ({lon!r}, {lat!r}) of the geometry at position {pos} is not a finite "
        f"longitude/latitude ({n} such vertex{'es' if n > 1 else ''} in all): NaN and "
        "infinite coordinates have no place on the globe. Drop or fix those vertices "
        "before measuring (they often come from a failed reprojection or a missing value), "
        "or pass None for a missing geometry (it measures as NaN)."
    )
    raise InvalidInputError(msg)


def _check_degrees(polys: np.ndarray) -> None:
    """Raise InvalidInputError if a latitude lies beyond ±90° (projected coordinates)."""
    xy = shapely.get_coordinates(polys)
    if len(xy) and np.nanmax(np.abs(xy[:, 1])) > 90.0 + 1e-9:
        bad = xy[np.argmax(np.abs(xy[:, 1]))]
        msg = (
            f"Coordinate ({float(bad[0])!r}, {float(bad[1])!r}) has a latitude beyond ±90°: "
            "the geometry is "
            "not in longitude/latitude degrees. Reproject it to EPSG:4326 first "
            "(for a GeoDataFrame, set its CRS and geoclaims reprojects it)."
        )
        raise InvalidInputError(msg)


def _split_wide(polys: np.ndarray, index: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Cut polygons wider than 180° of longitude into strips of 90°.

    A ring around the whole globe (a world box, the edge of Antarctica along 90°S)
    encloses either side of itself for the geodesic polygon area, which also only
    holds up to half the globe (pyproj#1400): a world box measured 0 km². Strips of
    at most 90° are well defined and each under a quarter of the globe. A polygon is
    first drawn in one piece across 180° where an edge crosses it the short way
    (:func:`_jump_edges`); every other edge runs as drawn, whatever its length and
    wherever it starts, so box(-100, 0, 100, 10) and box(0, 0, 200, 10) measure the
    same. Longitudes beyond ±180° (0–360° data) are measured where they are drawn.

    Raises InvalidInputError for a polygon wider than 360°: it would go round the
    globe more than once and overlap itself.
    """
    bounds = shapely.bounds(polys)
    wide = (bounds[:, 2] - bounds[:, 0]) > _MAX_WIDTH_DEG
    if not wide.any():
        return polys, index
    polys = polys.copy()
    for i in np.flatnonzero(wide):
        unwrapped = _unwrapped(polys[i])
        if unwrapped is not None:
            polys[i] = unwrapped
    bounds = shapely.bounds(polys)
    width = bounds[:, 2] - bounds[:, 0]
    wide = width > _MAX_WIDTH_DEG
    if not wide.any():
        return polys, index
    too_wide = width > 360.0 + _EPS_DEG
    if too_wide.any():
        first = int(np.flatnonzero(too_wide)[0])
        west, east = bounds[first, 0], bounds[first, 2]
        msg = (
            f"A polygon spans {width[first]:.6g}° of longitude (from {west!r} to {east!r}), "
            "more than the 360° round the globe, so it would overlap itself. Draw each "
            "polygon within one turn of the globe (e.g. longitudes −180…180° or 0…360°)."
        )
        raise InvalidInputError(msg)
    west = np.floor(bounds[wide, 0].min() / 90.0) * 90.0
    east = bounds[wide, 2].max()
    lefts = np.arange(west, east, 90.0)
    strips = shapely.box(lefts, -90.0, lefts + 90.0, 90.0)
    cut = shapely.intersection(polys[wide][:, None], strips[None, :]).ravel()
    cut_index = np.repeat(index[wide], len(strips))
    parts, part_of = shapely.get_parts(cut, return_index=True)
    keep = (shapely.get_type_id(parts) == _POLYGON) & ~shapely.is_empty(parts)
    return (
        np.concatenate([polys[~wide], parts[keep]]),
        np.concatenate([index[~wide], cut_index[part_of[keep]]]),
    )


def _jump_edges(xy: np.ndarray) -> np.ndarray:
    """Which edges of a ring (its coordinates, closed) cross 180° the short way.

    An edge crosses 180° the short way (is the geodesic across the antimeridian, as for
    pyproj.Geod) when it steps more than 180° of longitude and both its ends lie within
    _DATELINE_OFFSET_DEG of 180° on either side: 179°E to 179°W, a ring that crosses the
    antimeridian without being cut there. Every other edge runs along its parallel or
    line as drawn: 100°E to 100°W is 200° wide; an edge of a whole 360° (-180° to 180°,
    a box around the world) goes all the way round; and an edge along a pole (both ends
    at the same ±90°) is a single point, whatever its longitudes.
    """
    lon, lat = xy[:, 0], xy[:, 1]
    step = np.abs(np.diff(lon))
    from_180 = 180.0 - np.abs((lon + 180.0) % 360.0 - 180.0)
    near = from_180 <= _DATELINE_OFFSET_DEG
    at_pole = np.abs(lat) >= 90.0 - _EPS_DEG
    along_pole = at_pole[:-1] & at_pole[1:] & (np.sign(lat[:-1]) == np.sign(lat[1:]))
    return (step > 180.0) & (step < 360.0 - _EPS_DEG) & near[:-1] & near[1:] & ~along_pole


def _unwrap_ring(xy: np.ndarray) -> np.ndarray | None:
    """A ring's coordinates drawn in one piece across 180°, or None if it has no jump.

    Each edge that crosses 180° the short way (:func:`_jump_edges`) shifts the rest of
    the ring by 360°. A ring that crosses 180° an odd number of times goes round a pole
    and cannot be unwrapped so: its western longitudes (< 0°) are moved east of 180°.
    """
    jumps = _jump_edges(xy)
    if not jumps.any():
        return None
    step = np.diff(xy[:, 0])
    shift = np.concatenate([[0.0], np.cumsum(np.where(jumps, -360.0 * np.sign(step), 0.0))])
    out = xy.copy()
    if abs(shift[-1]) > _EPS_DEG:  # round a pole
        out[out[:, 0] < 0, 0] += 360.0
        return out
    out[:, 0] += shift
    return out


def _unwrapped(poly: Any) -> Any | None:
    """`poly` drawn in one piece across 180° if an edge crosses it the short way, else None."""
    rings = [shapely.get_coordinates(poly.exterior)] + [
        shapely.get_coordinates(r) for r in poly.interiors
    ]
    unwrapped = [_unwrap_ring(r) for r in rings]
    if all(u is None for u in unwrapped):
        return None
    rings = [r if u is None else u for r, u in zip(rings, unwrapped, strict=True)]
    # each hole goes where it lies within its exterior, a whole number of turns away
    centre = rings[0][:, 0].mean()
    turns = [round((centre - r[:, 0].mean()) / 360.0) for r in rings[1:]]
    holes = [r + np.array([360.0 * k, 0.0]) for r, k in zip(rings[1:], turns, strict=True)]
    return shapely.Polygon(rings[0], holes)


def _densified(rings: np.ndarray) -> np.ndarray:
    """Return `rings` with edges longer than _MAX_EDGE_DEG split, as drawn in lon/lat."""
    xy = shapely.get_coordinates(rings)
    if len(xy) < 2:
        return rings
    edge = np.hypot(*np.diff(xy, axis=0).T)
    ends = np.cumsum(shapely.get_num_coordinates(rings))
    edge[ends[:-1] - 1] = 0.0  # the step from one ring to the next is no edge
    starts = np.r_[0, ends[:-1]]
    nonempty = ends > starts
    longest = np.zeros(len(rings))
    longest[nonempty] = np.maximum.reduceat(np.r_[edge, 0.0], starts[nonempty])
    long = longest > _MAX_EDGE_DEG
    if not long.any():
        return rings
    out = rings.copy()
    out[long] = shapely.segmentize(rings[long], _MAX_EDGE_DEG)
    return out


def _ring_areas_m2(rings: np.ndarray) -> np.ndarray:
    """Unsigned geodesic area (m²) enclosed by each linear ring."""
    if len(rings) == 0:
        return np.zeros(0)
    rings = _densified(rings)
    xy = shapely.get_coordinates(rings)
    lon = np.ascontiguousarray(xy[:, 0])
    lat = np.ascontiguousarray(xy[:, 1])
    ends = np.cumsum(shapely.get_num_coordinates(rings))
    starts = ends - shapely.get_num_coordinates(rings)
    geod = _geod()
    out = np.empty(len(rings))
    for i, (s, e) in enumerate(zip(starts.tolist(), ends.tolist(), strict=True)):
        out[i] = geod.polygon_area_perimeter(lon[s:e], lat[s:e])[0] if e - s >= 4 else 0.0
    return np.abs(out)


def _repaired(geoms: np.ndarray) -> np.ndarray:
    """Return `geoms` with invalid polygons repaired by make_valid, with a warning.

    A self-crossing ring ("bowtie") measures 0 as drawn, and the parts of an invalid
    multipolygon may overlap and count twice: never a silent number. The "structure"
    method keeps what the rings enclose: overlapping parts become their union, a
    self-crossing ring its loops.
    """
    geoms = _collections_unioned(geoms)
    polygonal = np.isin(shapely.get_type_id(geoms), (_POLYGON, 6, 7))
    invalid = polygonal & ~shapely.is_valid(geoms)
    if not invalid.any():
        return geoms
    first = int(np.flatnonzero(invalid)[0])
    reason = shapely.is_valid_reason(geoms[first])
    out = geoms.copy()
    out[invalid] = shapely.make_valid(geoms[invalid], method="structure", keep_collapsed=False)
    n = int(invalid.sum())
    msg = (
        f"{n} of {len(geoms)} geometries {'is' if n == 1 else 'are'} not valid (geometry "
        f"{first}: {reason}); measured after repair with shapely.make_valid (overlapping "
        "parts count once, a self-crossing ring counts as its loops). Repair the source "
        "geometry (e.g. shapely.make_valid) to silence this warning."
    )
    warn_at_caller(msg, GeoclaimsWarning)
    return out


#: An overlap smaller than this (square degrees, about 1 m² at the equator) is rounding.
_SLIVER_DEG2 = 1e-10


def _collections_unioned(geoms: np.ndarray) -> np.ndarray:
    """Return `geoms` with each geometry collection whose polygons overlap unioned.

    GEOS calls a collection of overlapping polygons valid, so summing its parts would
    count the overlap twice; a warning says when that happened.
    """
    collection = np.flatnonzero(shapely.get_type_id(geoms) == 7)
    if not len(collection):
        return geoms
    out = geoms.copy()
    overlapping = 0
    for i in collection:
        parts, _ = _polygons(np.array([geoms[i]], dtype=object))
        if len(parts) < 2:
            continue
        union = shapely.union_all(parts)
        overlap = shapely.area(parts).sum() - shapely.area(union)
        # (not the slivers an overlay leaves: an overlap under about a square metre, such
        # as a layer reprojected from UTM and clipped to a unit, is rounding, not data)
        if overlap > max(shapely.area(union) * 1e-9, _SLIVER_DEG2):
            out[i] = union
            overlapping += 1
    if overlapping:
        msg = (
            f"{overlapping} geometry collection(s) hold polygons that overlap; each "
            "overlap is counted once (their union is measured). Pass the union, or one "
            "row per polygon, to silence this warning."
        )
        warn_at_caller(msg, GeoclaimsWarning)
    return out


def _areas_km2(geoms: np.ndarray) -> np.ndarray:
    """Geodesic area in km² of each geometry in a 1-D object array (NaN for missing)."""
    geoms = np.asarray(geoms, dtype=object)
    result = np.zeros(len(geoms))
    missing = shapely.is_missing(geoms)
    result[missing] = np.nan
    present = np.flatnonzero(~missing)
    areal = np.isin(shapely.get_type_id(geoms[present]), (_POLYGON, 6, 7))
    _check_finite(geoms[present[areal]], present[areal])
    polys, poly_index = _polygons(_repaired(geoms[~missing]))
    if len(polys):
        rings, ring_index = shapely.get_rings(polys, return_index=True)
        exterior = np.r_[True, ring_index[1:] != ring_index[:-1]]
        signed = np.where(exterior, 1.0, -1.0) * _ring_areas_m2(rings)
        poly_area = np.bincount(ring_index, weights=signed, minlength=len(polys))
        by_geom = np.bincount(poly_index, weights=poly_area, minlength=(~missing).sum())
        result[~missing] = by_geom
    return result / _M2_PER_KM2


def _to_lonlat(series: gpd.GeoSeries) -> gpd.GeoSeries:
    if series.crs is None:
        return series
    if series.crs.to_epsg() == 4326 or series.crs.equals("OGC:CRS84"):
        return series
    return series.to_crs(4326)


def _from_geojson(obj: Any) -> BaseGeometry:
    """A shapely geometry from a GeoJSON geometry or Feature dict, or a __geo_interface__."""
    data = obj.__geo_interface__ if hasattr(obj, "__geo_interface__") else obj
    kind = data.get("type") if isinstance(data, Mapping) else None
    if kind == "Feature" and isinstance(data.get("geometry"), Mapping):
        data = data["geometry"]  # one feature stands for its geometry (shapely#1814)
    elif kind in ("Feature", "FeatureCollection"):
        msg = (
            f"geodesic_area() got a GeoJSON {kind} ({obj!r:.80}); pass its geometry, or read "
            "it with geoclaims.read_layer() and pass the GeoDataFrame."
        )
        raise InvalidInputError(msg)
    try:
        return shapely.geometry.shape(data)
    except Exception as err:  # shapely raises several types for a malformed dict
        msg = (
            f"geodesic_area() could not read {obj!r:.80} as a GeoJSON geometry ({err}); "
            "pass a shapely geometry or a dict such as "
            "{'type': 'Polygon', 'coordinates': [[[lon, lat], ...]]}."
        )
        raise InvalidInputError(msg) from err


@typed_errors
def geodesic_area(geom_or_gdf: Any) -> Any:
    """Geodesic area in km² on the WGS84 ellipsoid.

    Parameters
    ----------
    geom_or_gdf : shapely geometry, GeoSeries, GeoDataFrame or array of geometries
        Polygons and multipolygons (points and lines count as 0). A GeoSeries or
        GeoDataFrame with a CRS is reprojected to EPSG:4326 first; without a CRS, and
        for bare geometries, coordinates are taken as longitude/latitude degrees. A
        GeoJSON geometry or Feature dict (or an object with ``__geo_interface__``)
        counts as one geometry in longitude/latitude degrees (RFC 7946).

    Returns
    -------
    float, pandas.Series or numpy.ndarray
        A float for one geometry; a Series named ``area_km2`` with the input's index for
        a GeoSeries or GeoDataFrame; an array otherwise. Missing geometries give NaN.

    Raises
    ------
    InvalidInputError
        If the input holds no geometries, a dict is no GeoJSON geometry, a polygon has
        a NaN or infinite coordinate, a latitude lies beyond ±90° (projected
        coordinates without a CRS), or a polygon spans more than 360° of longitude.

    Notes
    -----
    Each ring is measured with :meth:`pyproj.Geod.polygon_area_perimeter` and taken
    unsigned, so ring orientation does not matter; holes are subtracted from their
    exterior ring. Rings are measured as drawn in longitude/latitude: edges longer
    than 0.5° are split first (an edge along a parallel is not a geodesic), and a
    polygon wider than 180° (a world box, a box from 100°W to 100°E) is measured in
    strips of 90°, so boxes of the same size measure the same wherever they start;
    longitudes beyond ±180° (0–360° data) are taken as drawn. The one exception: an
    edge of more than 180° (but not a whole 360°) between two longitudes within 10°
    of 180° (179°E to 179°W) crosses 180° the short way, as in a ring drawn across
    the antimeridian without being cut there; so a box from 179°W to 179°E is read as
    2° wide, and one from 179.9°W to 179.9°E as 0.2° wide unless it reaches a pole.
    Cut such boxes at 180° (or draw them in 0–360° longitudes) to measure them the
    long way round.

    Examples
    --------
    A one-degree cell on the equator (12,308.46 km² in a cylindrical equal-area
    projection, where a lon/lat box keeps its shape):

    >>> from shapely.geometry import box
    >>> round(geodesic_area(box(0, 0, 1, 1)), 1)
    12308.5
    >>> round(geodesic_area(box(-180, -90, 180, 90)))  # the WGS84 ellipsoid's surface
    510065622

    A square with a hole, and a GeoSeries in a projected CRS:

    >>> import geopandas as gpd
    >>> from shapely.geometry import Polygon
    >>> ring = [(0, 0), (2, 0), (2, 2), (0, 2)]
    >>> hole = [(0.5, 0.5), (0.5, 1.5), (1.5, 1.5), (1.5, 0.5)]
    >>> round(geodesic_area(Polygon(ring, [hole])) / geodesic_area(Polygon(ring)), 3)
    0.75
    >>> s = gpd.GeoSeries([box(0, 0, 1, 1)], crs=4326).to_crs(3857)
    >>> geodesic_area(s).round(1)
    0    12308.5
    Name: area_km2, dtype: float64
    """
    if isinstance(geom_or_gdf, BaseGeometry):
        return float(_areas_km2(np.array([geom_or_gdf], dtype=object))[0])
    if isinstance(geom_or_gdf, gpd.GeoDataFrame):
        geom_or_gdf = geom_or_gdf.geometry
    if isinstance(geom_or_gdf, gpd.GeoSeries):
        series = _to_lonlat(geom_or_gdf)
        values = _areas_km2(np.asarray(series.values, dtype=object))
        return pd.Series(values, index=geom_or_gdf.index, name="area_km2")
    if isinstance(geom_or_gdf, Mapping) or hasattr(geom_or_gdf, "__geo_interface__"):
        return float(_areas_km2(np.array([_from_geojson(geom_or_gdf)], dtype=object))[0])
    if isinstance(geom_or_gdf, str | bytes) or not isinstance(geom_or_gdf, Iterable | np.ndarray):
        msg = (
            f"geodesic_area() needs a shapely geometry, a GeoSeries/GeoDataFrame or an array "
            f"of geometries, not {type(geom_or_gdf).__name__} {geom_or_gdf!r:.80}."
        )
        raise InvalidTypeError(msg)
    arr = np.empty(len(items := list(geom_or_gdf)), dtype=object)
    arr[:] = [_from_geojson(g) if isinstance(g, Mapping) else g for g in items]
    ok = np.array([g is None or isinstance(g, BaseGeometry) for g in arr], dtype=bool)
    if not ok.all():
        bad = arr[~ok][0]
        msg = f"geodesic_area() got {bad!r:.80} among the geometries; pass shapely geometries."
        raise InvalidInputError(msg)
    return _areas_km2(arr)


# --------------------------------------------------------------------------------------
# official areas
# --------------------------------------------------------------------------------------


@functools.cache
def _official_areas() -> pd.DataFrame:
    """Load the official areas (km²) with their source.

    Columns unit_id, iso_3166_2, name, country, area_km2, source; a country's own row has
    its alpha-3 code as unit_id.
    """
    table = pd.read_csv(boundaries._data_path(_OFFICIAL_FILE), dtype={"area_km2": float})
    return table


@functools.cache
def _official_lookup() -> dict[str, float]:
    """Official km² by unit id, country alpha-3 and named area id (read-only, cached)."""
    table = _official_areas()
    out = dict(zip(table["unit_id"].tolist(), table["area_km2"].tolist(), strict=True))
    areas = boundaries._area_table()
    official = areas["official_km2"].astype(float).tolist()
    out.update(zip(areas["area_id"].tolist(), official, strict=True))
    return out


@functools.cache
def _official_by_country() -> tuple[dict[str, float], dict[str, frozenset[str]]]:
    """The km² of each id's first row (a country's national figure) and units by country."""
    national: dict[str, float] = {}
    units: dict[str, set[str]] = {}
    table = _official_areas()
    rows = zip(
        table["unit_id"].tolist(),
        table["country"].tolist(),
        table["area_km2"].tolist(),
        strict=True,
    )
    for uid, country, km2 in rows:
        national.setdefault(uid, float(km2))  # read for a country's alpha-3 only
        if uid != country:
            units.setdefault(country, set()).add(uid)
    return national, {c: frozenset(u) for c, u in units.items()}


def _official_country_km2(country: str, view_units: Sequence[str]) -> float | None:
    """Official area of ``country`` made of ``view_units``, or None if the table cannot say.

    The national figure is used when the worldview's units are a subset of the table's
    units for that country (less the official areas of the units the view leaves out), or
    when the view is the whole country as the "un" view draws it; otherwise the sum of the
    units' figures when every one is known.
    """
    known = _official_lookup()
    if country.startswith(boundaries.AREA_PREFIX):
        return known.get(country)
    by_country, by_country_units = _official_by_country()
    national = by_country.get(country)
    table_units = set(by_country_units.get(country, ()))
    view = set(view_units)
    if national is not None and view and view <= table_units:
        return national - sum(known[u] for u in table_units - view)
    if view and all(u in known for u in view):
        return float(sum(known[u] for u in view))
    if national is not None and view == _un_units(country):
        # the view is the whole country as recognised (with any units the table has a
        # figure for): its own figure
        return national
    return None


@functools.cache
def _un_units(country: str) -> frozenset[str]:
    """The unit ids of ``country`` under the "un" view (the units table's country)."""
    units = boundaries._units()
    return frozenset(units.loc[units["country"] == country, "unit_id"].tolist())


# --------------------------------------------------------------------------------------
# shares
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Share:
    """The area of some regions as a share of a country, optionally only the held part.

    Build it with :func:`area_share`. All areas are geodesic km² on the WGS84 ellipsoid.

    Attributes
    ----------
    units : geopandas.GeoDataFrame
        The named units (EPSG:4326, full geometry), one row per unit, with the columns of
        :meth:`to_frame`.
    total : float
        Area of the union of the named units inside the country (km²): units that repeat
        or overlap count once.
    total_pct : float
        ``total`` as a percentage of ``country_km2``.
    country : str
        ISO alpha-3 code of the country.
    country_km2 : float
        Area of the country under the worldview on the date (union of its units).
    worldview : str
        The worldview the country was drawn under.
    as_of : datetime.date
        The date of the worldview (and of the control layer's features).
    method : str
        How the figures were computed, in words.
    layer : geopandas.GeoDataFrame or None
        The control layer, as read and repaired, or None.
    held_km2, held_pct : float or None
        Area of the named units that the layer covers, and its share of the country;
        None without a layer.
    official : float or None
        The share computed on official areas (km² from a sourced reference table) where
        the table knows every unit involved, else None.
    official_km2 : float or None
        Official area of the named units, where known.
    country_official_km2 : float or None
        Official area of the country under the worldview, where known.
    notes : tuple of str
        Caveats worth telling a reader, such as a polygon far from its official area.
    snapshot : dict or None
        When the control layer is dated (a DeepStateMap snapshot, a collection or a
        multi-date file): the snapshot used, ``{"time": pandas.Timestamp (UTC) or None,
        "source": str, "days_from_as_of": float or None}``; see
        :func:`geoclaims.layers.held_layer`.
    geometry : shapely geometry
        The union of the named units inside the country.
    held_geometry : shapely geometry or None
        The part of ``geometry`` the layer covers.
    """

    units: gpd.GeoDataFrame
    total: float
    total_pct: float
    country: str
    country_km2: float
    worldview: str
    as_of: _dt.date
    method: str
    layer: gpd.GeoDataFrame | None = None
    held_km2: float | None = None
    held_pct: float | None = None
    official: float | None = None
    official_km2: float | None = None
    country_official_km2: float | None = None
    notes: tuple[str, ...] = ()
    snapshot: dict[str, Any] | None = None
    geometry: BaseGeometry | None = field(default=None, repr=False)
    held_geometry: BaseGeometry | None = field(default=None, repr=False)

    def to_frame(self) -> pd.DataFrame:
        """One row per unit.

        Returns
        -------
        pandas.DataFrame
            Columns unit_id, iso_3166_2, name, country, area_km2 (the unit's polygon),
            inside_km2 (the part of it inside the country, which the total counts),
            share_pct (``inside_km2`` as % of the country), official_km2
            and polygon_vs_official_pct (NaN where no official figure is known), and with
            a layer held_km2 and held_pct_of_unit.
        """
        keep = [c for c in self.units.columns if c != self.units.geometry.name]
        return pd.DataFrame(self.units, columns=keep)

    def __repr__(self) -> str:
        names = ", ".join(self.units["name"].astype(str))
        held = (
            ""
            if self.held_km2 is None
            else f", held {self.held_km2:,.0f} km² ({self.held_pct:.2f}%)"
        )
        return (
            f"Share({names}: {self.total:,.0f} km² = {self.total_pct:.2f}% of {self.country} "
            f"({self.country_km2:,.0f} km², worldview {self.worldview!r}, {self.as_of}){held})"
        )

    def _repr_html_(self) -> str:
        esc = html.escape
        head = (
            f"<p><b>{self.total:,.0f} km²</b> = <b>{self.total_pct:.2f}%</b> of "
            f"{esc(self.country)} ({self.country_km2:,.0f} km²; worldview "
            f"{esc(repr(self.worldview))}, as of {self.as_of})"
        )
        if self.held_km2 is not None:
            head += (
                f"; held per the control layer: <b>{self.held_km2:,.0f} km²</b> = "
                f"<b>{self.held_pct:.2f}%</b>"
            )
        if self.official is not None:
            head += f"; on official areas: {self.official:.2f}%"
        head += ".</p>"
        notes = "".join(f"<li>{esc(n)}</li>" for n in self.notes)
        notes = f"<ul>{notes}</ul>" if notes else ""
        table = self.to_frame().to_html(index=False, float_format=lambda v: f"{v:,.2f}")
        return (
            f"<div class='geoclaims-share'>{head}{table}{notes}"
            f"<p><small>{esc(self.method)}</small></p></div>"
        )


_UNIT_COLUMNS = ["unit_id", "iso_3166_2", "name", "country"]


def _units_from_ids(unit_ids: Sequence[str]) -> gpd.GeoDataFrame:
    idx = boundaries._unit_index()
    areas = [
        u
        for u in unit_ids
        if u in boundaries._area_table().index or (u not in idx and _ALPHA3.fullmatch(u))
    ]
    if areas:
        # a named area counts as one row: its name and the union of its units; so does a
        # country another claims whole (Western Sahara as a part of Morocco), by its name
        found = boundaries.lookup(
            [
                boundaries.country_name(u) if u not in idx and _ALPHA3.fullmatch(u) else u
                for u in unit_ids
            ]
        )
        return found.drop(columns=["query", "kind"])
    missing = [u for u in unit_ids if u not in idx]
    if missing:
        msg = f"Unknown unit_id {missing[0]!r}: pass names, ISO 3166-2 codes or a lookup() frame."
        raise InvalidInputError(msg)
    # only these units' polygons are decoded
    return boundaries._unit_rows([idx[u] for u in unit_ids])


def _check_own_regions(frame: gpd.GeoDataFrame) -> None:
    """Refuse a user's regions frame with a row that has no area to measure.

    A missing, empty or point/line geometry would count 0 km² for its region without a
    word, and the share would come out short.
    """
    geoms = np.asarray(frame.geometry.values, dtype=object)
    missing = shapely.is_missing(geoms)
    polygonal = np.isin(shapely.get_type_id(geoms), (_POLYGON, 6, 7)) & ~shapely.is_empty(geoms)
    if not polygonal.all():
        i = int(np.flatnonzero(~polygonal)[0])
        label = frame["name"].iloc[i] if "name" in frame.columns else f"row {i}"
        what = "no geometry" if missing[i] else f"a {geoms[i].geom_type} with no area"
        if not missing[i] and geoms[i].is_empty:
            what = "an empty geometry"
        msg = (
            f"Region {label!r:.80} of the regions frame has {what}; its share would count "
            f"as 0 km². Give it a polygon, or drop the row ({int((~polygonal).sum())} of "
            f"{len(geoms)} rows have no polygon)."
        )
        raise InvalidInputError(msg)


def _without_undrawn(frame: pd.DataFrame) -> pd.DataFrame:
    """A regions frame without its named places that have no boundary, with a warning.

    A find_regions() frame may hold places the data draws no polygon for (Shebaa Farms,
    Area C; :func:`geoclaims.boundaries.named_places`): they cannot be measured, and
    the rest of the frame still can.
    """
    if "unit_id" not in frame.columns or isinstance(frame, gpd.GeoDataFrame):
        return frame
    undrawn = frame["unit_id"].isin(boundaries._place_table().index)
    if not undrawn.any():
        return frame
    names = frame.loc[undrawn, "name"] if "name" in frame.columns else frame.loc[undrawn, "unit_id"]
    listed = ", ".join(dict.fromkeys(map(str, names)))
    warn_at_caller(
        f"{listed}: no boundary in the embedded data, left out of the measured regions.",
        GeoclaimsWarning,
    )
    return frame[~undrawn]


#: Rows of a find_regions() frame that are never measured: a country (the whole, not a
#: part) and a capital standing for its government ("Ankara rejected the plan").
_NOT_MEASURED_KINDS = ("country", "metonym")


def _named_units(
    regions: Any, *, country: str, worldview: str, as_of: _dt.date
) -> gpd.GeoDataFrame:
    """Resolve ``regions`` to a GeoDataFrame: unit_id, iso_3166_2, name, country, geometry."""
    if isinstance(regions, str):
        regions = [regions]
    if isinstance(regions, pd.DataFrame):
        regions = _without_undrawn(regions)
        key = _ids_key(regions)
        if key is not None:  # a frame without polygons: its unit ids, read as plain lists
            return _units_from_ids(list(key[1]))[[*_UNIT_COLUMNS, "geometry"]]
        frame = regions
        if "kind" in frame.columns:
            frame = frame[~frame["kind"].isin(_NOT_MEASURED_KINDS)]
        if "unit_id" in frame.columns:
            frame = frame[frame["unit_id"].notna()]
            frame = frame.drop_duplicates("unit_id")
        if len(frame) == 0:
            msg = (
                "The regions frame names no first-level unit (no rows with a unit_id, "
                "country and metonym rows left aside). Pass names, ISO codes or a lookup() "
                "frame."
            )
            raise InvalidInputError(msg)
        if isinstance(frame, gpd.GeoDataFrame) and frame.geometry.name in frame.columns:
            _check_own_regions(frame)
            units = frame.copy()
            if units.crs is None:
                units = units.set_crs(4326)
            elif units.crs.to_epsg() != 4326:
                units = units.to_crs(4326)
            from geoclaims.layers._read import _fix_longitudes

            # a polygon drawn across 180° in one ring is cut there, as a control layer's
            # is: clipped to a country in longitude and latitude, it would go round the globe
            units = _fix_longitudes(units, "the regions frame", who="area_share")
            if "unit_id" not in units.columns:
                units["unit_id"] = [f"polygon-{i}" for i in range(len(units))]
            for col in ("iso_3166_2", "name", "country"):
                if col not in units.columns:
                    units[col] = units["unit_id"] if col == "name" else None
            return units[[*_UNIT_COLUMNS, units.geometry.name]].reset_index(drop=True)
        if "unit_id" not in frame.columns:
            msg = (
                "A regions frame needs a unit_id column (as from find_regions or lookup), "
                f"got columns {list(frame.columns)!r}."
            )
            raise InvalidInputError(msg)
        return _units_from_ids(list(frame["unit_id"]))[[*_UNIT_COLUMNS, "geometry"]]
    if isinstance(regions, Iterable):
        names = list(regions)
        if not names or not all(isinstance(n, str) for n in names):
            msg = (
                f"regions must be names or ISO 3166-2 codes (strings), a GeoDataFrame or a "
                f"find_regions() frame; got {names!r:.120}."
            )
            raise InvalidInputError(msg)
        try:
            if country.startswith(boundaries.AREA_PREFIX):
                raise UnknownRegionError(names[0], [])
            with boundaries._without_suggestions():  # the error is caught just below
                found = boundaries.lookup(names, country=country, worldview=worldview, as_of=as_of)
        except UnknownRegionError:
            # a region the view does not put in the country (e.g. Crimea under 'RUS')
            found = boundaries.lookup(names, worldview=worldview, as_of=as_of)
        found = found.drop_duplicates("unit_id")
        return found[[*_UNIT_COLUMNS, "geometry"]].reset_index(drop=True)
    msg = (
        f"regions must be names or ISO 3166-2 codes, a GeoDataFrame or a find_regions() "
        f"frame; got {type(regions).__name__}."
    )
    raise InvalidTypeError(msg)


@functools.lru_cache(maxsize=32)
def _country(country: str, worldview: str, as_of: _dt.date) -> tuple[Any, float, tuple[str, ...]]:
    """(union geometry, geodesic km², unit ids) of a country under a worldview on a date.

    Only this country's units are unioned, the way :func:`boundaries.countries` unions
    each country (a coverage union of its units in table order, so the outline is the
    same), instead of unioning every country of the world for one of them. A named area
    (``area:<slug>``) as the whole is the union of its units, whatever the view.
    """
    if country.startswith(boundaries.AREA_PREFIX):
        geom = boundaries._area_geometry(country)
        return geom, geodesic_area(geom), tuple(boundaries._area_table().at[country, "unit_ids"])
    units = boundaries.regions(country, worldview=worldview, as_of=as_of)
    if "kind" in units.columns:  # named areas overlap the units: not part of the coverage
        units = units[units["kind"].isin(["unit", ""]) | units["kind"].isna()]
    if len(units) == 0:
        msg = (
            f"{boundaries.country_name(country)} ({country}) has no ground of its own under "
            f"worldview {worldview!r} on {as_of}: that view gives all of it to another "
            "country. Measure it under worldview 'un' or 'defacto'."
        )
        raise InvalidInputError(msg)
    geom = boundaries._union(units.geometry.to_numpy())
    return geom, geodesic_area(geom), tuple(units["unit_id"])


def _layer_union_near(layer: gpd.GeoDataFrame, geom: BaseGeometry) -> BaseGeometry:
    """Union of the layer's polygons that touch ``geom`` (the rest cannot matter)."""
    geoms = np.asarray(layer.geometry.values)
    tree = shapely.STRtree(geoms)
    hits = tree.query(geom, predicate="intersects")
    if len(hits) == 0:
        return shapely.Polygon()
    return shapely.union_all(geoms[hits])


def _layer_placement(layer: gpd.GeoDataFrame, country_geom: BaseGeometry) -> str:
    """Where a control layer lies against a country's outline.

    "on" it (or an empty layer), "swapped" (nowhere on it, but over it with its two axes
    swapped) or "elsewhere".
    """
    geoms = np.asarray(layer.geometry.values)
    if len(geoms) == 0 or len(shapely.STRtree(geoms).query(country_geom, predicate="intersects")):
        return "on"
    minx, miny, maxx, maxy = (float(v) for v in layer.total_bounds)
    swapped = shapely.box(miny, minx, maxy, maxx)
    return "swapped" if swapped.intersects(country_geom) else "elsewhere"


def _layer_outside_note(
    layer: gpd.GeoDataFrame, country_geom: BaseGeometry, country: str
) -> str | None:
    """A note when no polygon of the layer touches the country, or None when one does.

    A layer written in latitude, longitude order lands far from the country and would
    silently give 0 km² held; the note says so when swapping the axes would put the layer
    over the country.
    """
    placement = _layer_placement(layer, country_geom)
    if placement == "on":
        return None
    minx, miny, maxx, maxy = (float(v) for v in layer.total_bounds)
    note = (
        f"None of the control layer's {len(layer)} polygons touches {country} (the layer "
        f"spans longitude {minx:.2f} to {maxx:.2f}, latitude {miny:.2f} to {maxy:.2f}), so "
        "nothing is held."
    )
    if placement == "swapped":
        note += (
            " With longitude and latitude swapped it would lie over the country: its "
            "coordinates are probably in latitude, longitude order. Swap them (for example "
            "with shapely.ops.transform(lambda x, y: (y, x), geometry)) and read it again."
        )
    return note


def layer_placement(
    layer: gpd.GeoDataFrame, country: str, *, worldview: str = "un", as_of: Any = None
) -> str:
    """Where a control layer lies against a country's territory.

    Parameters
    ----------
    layer : geopandas.GeoDataFrame
        A control layer as :func:`geoclaims.read_layer` gives it (EPSG:4326).
    country : str
        ISO 3166-1 alpha-3 code of the country, or a named area's ``area:<slug>`` id.
    worldview, as_of
        As for :func:`area_share`.

    Returns
    -------
    str
        "on" when a polygon touches the country (or the layer is empty), "swapped" when
        none does but the layer would lie over it with longitude and latitude swapped,
        else "elsewhere". :attr:`Share.notes` says the last two in words.
    """
    worldview_arg(worldview)  # refused or warned of here, before any work
    return _layer_placement(layer, _country(country, worldview, parse_date(as_of))[0])


#: A control-map snapshot more than this many days from the date asked for gets a note in
#: :attr:`Share.notes` (and cannot decide a held-ground figure in :mod:`geoclaims.check`).
STALE_SNAPSHOT_DAYS = 7


# -- memo: the same share asked again in one process (a report checks many figures on the
# same regions, country, view, date and layer) is computed once. Keys fingerprint the
# inputs by value, so a frame changed in place is a new key.

_MEMO_SIZE = 16
_MEMO: OrderedDict[Hashable, Share] = OrderedDict()
_MEMO_LOCK = threading.Lock()


def _clear_memo() -> None:
    """Forget the shares :func:`area_share` remembers (they are kept for this process)."""
    with _MEMO_LOCK:
        _MEMO.clear()


def _frame_digest(frame: pd.DataFrame | gpd.GeoSeries) -> str | None:
    """A digest of a frame's values, columns, CRS and attrs; None if it cannot be hashed."""
    if isinstance(frame, gpd.GeoSeries):
        frame = frame.to_frame()
    h = hashlib.blake2b(digest_size=20)
    h.update(repr((type(frame).__name__, [str(c) for c in frame.columns])).encode())
    h.update(repr(sorted((str(k), repr(v)) for k, v in frame.attrs.items())).encode())
    rest = frame
    if isinstance(frame, gpd.GeoDataFrame) and frame._geometry_column_name in frame.columns:
        h.update(f"{frame.geometry.name} {frame.crs}".encode())
        for wkb in shapely.to_wkb(np.asarray(frame.geometry.values, dtype=object)):
            b = b"" if wkb is None else wkb
            h.update(len(b).to_bytes(8, "little") + b)
        rest = pd.DataFrame(frame.drop(columns=frame.geometry.name))
    for name, column in rest.items():
        values = column.to_numpy()
        h.update(f"{name}:{column.dtype}:{len(values)}".encode())
        if values.dtype.kind in "biufcmM":  # numbers and dates: their bytes
            h.update(np.ascontiguousarray(values).tobytes())
            continue
        items = values.tolist()
        if not all(isinstance(v, str | int | float | bool | None) for v in items):
            return None  # lists, geometries, objects: no reliable value key
        h.update(repr(items).encode())
    return h.hexdigest()


def _source_key(source: Any) -> Hashable | None:
    """A key for a region or layer argument, or None when it should not be memoised."""
    if source is None:
        return ("none",)
    if isinstance(source, pd.DataFrame | gpd.GeoSeries):
        digest = _frame_digest(source)
        return None if digest is None else ("frame", digest)
    if isinstance(source, dict):
        try:
            text = json.dumps(source, sort_keys=True, ensure_ascii=False, allow_nan=True)
        except (TypeError, ValueError):
            return None
        return ("geojson", hashlib.blake2b(text.encode(), digest_size=20).hexdigest())
    if isinstance(source, str | os.PathLike) and not str(source).lower().startswith(
        ("http://", "https://", "ftp://")
    ):
        path = Path(source)
        try:
            if path.is_file():
                st = path.stat()
                return ("file", str(path.resolve()), st.st_mtime_ns, st.st_size)
            if path.is_dir():  # a folder of snapshots: its listing is part of the key
                entries = tuple(
                    (e.name, e.stat().st_mtime_ns, e.stat().st_size)
                    for e in sorted(os.scandir(path), key=lambda e: e.name)
                )
                return ("dir", str(path.resolve()), entries)
        except OSError:
            return None
    return None  # URLs (the live layer may change), globs, lists: read every time


def _ids_key(frame: pd.DataFrame) -> Hashable | None:
    """The key of a frame without polygons: the unit ids :func:`_named_units` reads from it.

    Such a frame (from :func:`geoclaims.find_regions`, a check's part, a lookup table
    without geometry) counts only through its unit ids, so frames with other columns or
    repeated rows but the same ids in the same order share one computation (a report's
    regions and the same regions of its figures). None for a GeoDataFrame with polygons,
    or ids that are not all strings.
    """
    if isinstance(frame, gpd.GeoDataFrame) and frame._geometry_column_name in frame.columns:
        return None
    if "unit_id" not in frame.columns:
        return None
    ids = frame["unit_id"].tolist()
    if "kind" in frame.columns:
        kinds = frame["kind"].tolist()
        ids = [
            u
            for u, k in zip(ids, kinds, strict=True)
            if not (isinstance(k, str) and k in _NOT_MEASURED_KINDS)
        ]
    ids = [u for u in ids if not pd.isna(u)]
    if not ids or not all(isinstance(u, str) for u in ids):
        return None
    return ("ids", tuple(dict.fromkeys(ids)))


def _memo_key(
    regions: Any, country: str, worldview: str, date: _dt.date, within: Any
) -> Hashable | None:
    if isinstance(regions, str):
        units: Hashable | None = ("names", (regions,))
    elif isinstance(regions, list | tuple) and all(isinstance(r, str) for r in regions):
        units = ("names", tuple(regions))
    elif isinstance(regions, pd.DataFrame):
        units = _ids_key(regions) or _source_key(regions)
    else:
        units = None
    if units is None or not isinstance(worldview, str):
        return None
    layer = _source_key(within)
    if layer is None:
        return None
    return (units, country, worldview, date, layer)


@typed_errors
def area_share(
    regions: Any,
    *,
    of: str,
    worldview: str = "un",
    as_of: Any = None,
    within: Any = None,
) -> Share:
    """Area of some regions as a share of a country, whole or within a control layer.

    Parameters
    ----------
    regions : str, sequence of str, GeoDataFrame or DataFrame
        Names or ISO 3166-2 codes (named areas such as ``"Transnistria"`` count as one
        region, with their approximation, if any, in the notes); a GeoDataFrame from
        :func:`geoclaims.lookup` or
        :func:`geoclaims.regions` (or any polygons in a CRS); or the frame from
        :func:`geoclaims.find_regions` (rows with a ``unit_id`` count as their unit,
        country and metonym rows are left aside). Units that repeat count once.
    of : str
        The country: name or ISO alpha-2/alpha-3 code. It is drawn under the same
        worldview and date: the union of the units the view gives it. A named area
        (``"Donbas"``, ``"area:kashmir"``; see :func:`geoclaims.boundaries.named_areas`)
        is the whole instead: the union of its units, whatever the view.
    worldview : str, default "un"
        ``"un"``, ``"defacto"`` or a claimant's alpha-3 code such as ``"RUS"``.
    as_of : date, datetime or ISO string, optional
        Date of the worldview and of the control layer's features; today if None.
    within : GeoDataFrame, path, URL, folder, glob or list, optional
        A control layer, or a collection of dated snapshots, read with
        :func:`geoclaims.layers.held_layer`: the held ground in force at ``as_of``. The
        share is then also given for the part of the named units the layer covers.

    Returns
    -------
    Share
        Per-unit and total areas (geodesic km²) and shares; see :class:`Share`.

    Raises
    ------
    UnknownRegionError, AmbiguousRegionError, UnknownCountryError
        If a name cannot be resolved.
    InvalidInputError
        If ``regions`` is empty or of the wrong type, or a polygon of it has a NaN or
        infinite coordinate.
    LayerError
        If the control layer cannot be read or used.

    Notes
    -----
    The numerator is the union of the named units clipped to the country, so it is
    always a subset of the denominator and shares never exceed 100%. A named unit that
    the worldview does not place in the country contributes nothing (it is listed with
    ``share_pct`` 0).

    Examples
    --------
    >>> s = area_share(["Donetsk", "Luhansk"], of="Ukraine")
    >>> round(s.total_pct, 1)
    8.8
    >>> s.to_frame()[["iso_3166_2", "share_pct"]].round(1)
      iso_3166_2  share_pct
    0      UA-14        4.4
    1      UA-09        4.4
    """
    worldview_arg(worldview)  # refused or warned of here, before any work
    country = boundaries.area_id(of) or boundaries.resolve_country(of)
    date = parse_date(as_of)
    key = _memo_key(regions, country, worldview, date, within)
    with _MEMO_LOCK:
        hit = _MEMO.get(key) if key is not None else None
        if hit is not None:
            _MEMO.move_to_end(key)
    if hit is None:
        hit = _area_share(regions, country=country, worldview=worldview, date=date, within=within)
        if key is not None:
            with _MEMO_LOCK:
                _MEMO[key] = hit
                while len(_MEMO) > _MEMO_SIZE:
                    _MEMO.popitem(last=False)
    # the caller gets its own frames: changing them does not change what is remembered
    return dataclasses.replace(
        hit,
        units=hit.units.copy(),
        snapshot=dict(hit.snapshot) if hit.snapshot is not None else None,
    )


def _outside_note(row: Any, country: str, worldview: str, date: _dt.date) -> str | None:
    """The note for a named region the worldview does not put (wholly) in the whole.

    None for a shape of the caller's own that lies inside the whole under 'un': no view
    moved it there.
    """
    whole = boundaries.country_name(country)
    where = f"{whole} ({country})" if whole != country else country
    view = f"under worldview {worldview!r} on {date}"
    if row.inside_km2 < _OUTSIDE_KM2:
        return (
            f"{row.name} lies outside {where} {view}: it adds nothing to the share "
            f"(0 of its {row.area_km2:,.0f} km² are inside). Measure it against its own "
            "country or a whole that holds it."
        )
    if row.inside_km2 >= row.area_km2 * (1 - _INSIDE_SHARE_TOL):
        if worldview == "un":
            return None  # ("my area", a polygon of the caller's, inside Ukraine)
        # a unit or country the view moves into the whole (Western Sahara under 'MAR')
        return (
            f"{row.name} lies inside {where} {view}, which counts it as part of {whole} "
            f"({row.inside_km2:,.0f} km², {row.share_pct:.2f}% of {whole}); the 'un' view "
            "does not."
        )
    return (
        f"{row.name} is only partly in {where} {view}: its row and the total count the "
        f"{row.inside_km2:,.0f} km² of its {row.area_km2:,.0f} km² inside {whole} "
        f"({row.share_pct:.2f}% of {whole})."
    )


# Below this (km²), a region's overlap with the whole is an artefact of shared edges.
_OUTSIDE_KM2 = 1.0
# A region with this share of its area inside the whole (or more) lies inside it: the
# rest is an artefact of coastlines and shared edges.
_INSIDE_SHARE_TOL = 0.001


def _outermost(ids: list[str], members: pd.Series) -> list[str]:
    """``ids`` less those inside another of them (a unit or area inside a named area).

    A named area and one of its units ("Scotland" and "Glasgow", "Donbas" and
    "Donetsk") are one place on the map; their official areas must not be added.
    ``members`` maps a named area's id to its unit ids. An id whose units are those of
    an earlier id counts once (the first).
    """
    wholes = [(j, v, set(members[v])) for j, v in enumerate(ids) if v in members.index]
    if not wholes:  # units only: distinct ids are distinct places
        return ids
    out = []
    for k, u in enumerate(ids):
        part = set(members[u]) if u in members.index else {u}
        if not any(j != k and part <= whole and (part != whole or j < k) for j, v, whole in wholes):
            out.append(u)
    return out


def _area_share(
    regions: Any, *, country: str, worldview: str, date: _dt.date, within: Any
) -> Share:
    """:func:`area_share` once the country and date are resolved (not memoised)."""
    country_geom, country_km2, view_units = _country(country, worldview, date)
    units = _named_units(regions, country=country, worldview=worldview, as_of=date)

    in_view = set(view_units) | {country}  # a country named as its own part is in it
    areas = boundaries._area_table()
    for uid in units["unit_id"]:
        # a named area is inside the country when all its units are
        if uid in areas.index and set(areas.at[uid, "unit_ids"]) <= set(view_units):
            in_view.add(uid)
    geoms = np.asarray(units.geometry.values, dtype=object)
    _check_finite(geoms)  # before make_valid, which would take NaN in its stride
    inside = np.array(
        [
            g if uid in in_view else shapely.intersection(shapely.make_valid(g), country_geom)
            for uid, g in zip(units["unit_id"], geoms, strict=True)
        ],
        dtype=object,
    )
    area = _areas_km2(geoms)
    inside_km2 = _areas_km2(inside)
    union = shapely.union_all(shapely.make_valid(inside))
    total = geodesic_area(union)

    frame = units[_UNIT_COLUMNS].copy()
    frame["area_km2"] = area
    frame["inside_km2"] = inside_km2
    frame["share_pct"] = inside_km2 / country_km2 * 100.0

    official = _official_lookup()
    frame["official_km2"] = [official.get(u, np.nan) for u in frame["unit_id"]]
    frame["polygon_vs_official_pct"] = (frame["area_km2"] / frame["official_km2"] - 1) * 100

    notes: list[str] = []
    for uid in dict.fromkeys([*frame["unit_id"], country]):
        if uid in areas.index and areas.at[uid, "approximation"]:
            notes.append(
                f"{areas.at[uid, 'name']}: {areas.at[uid, 'approximation']} The polygon "
                f"measures {areas.at[uid, 'polygon_km2']:,.0f} km²; the official area is "
                f"{areas.at[uid, 'official_km2']:,.0f} km² ({areas.at[uid, 'official_source']})."
            )
    for row in frame.itertuples():
        if row.unit_id not in in_view and (
            note := _outside_note(row, country, worldview, date)
        ) is not None:
            notes.append(note)
        diff = row.polygon_vs_official_pct
        said = row.unit_id in areas.index and areas.at[row.unit_id, "approximation"]
        if pd.notna(diff) and abs(diff) > _NOTE_DIFF_PCT and not said:
            why = (
                "Natural Earth polygons leave out inland water such as reservoirs, lagoons "
                "and bays, and simplify the coast; official figures include them"
                if -_WATER_GAP_PCT <= diff < 0
                # (Gilgit-Baltistan 10% under, Western Sahara under 'defacto' 66%: no water
                # or coast makes that much)
                # (Kherson 7.9% under: the Kakhovka reservoir and the Syvash lagoons)
                else "more than a simplified coast explains: large inland water (a "
                "reservoir or a lagoon the official area counts), or another extent the "
                "polygon draws (a line of control, a view that gives part of it to another "
                "country, an older boundary)"
                if diff >= -_LARGE_GAP_PCT
                else "more than inland water or a simplified coast explains: the polygon "
                "draws another extent, as a line of control, a view that gives part of it "
                "to another country, or an older boundary does"
                if diff < 0
                # a polygon larger than the official area: its line encloses more
                else "Natural Earth's line for it encloses ground the official figure does "
                "not count, such as an older or simplified boundary or shared water"
            )
            notes.append(
                f"{row.name}: the polygon measures {row.area_km2:,.0f} km², "
                f"{abs(diff):.1f}% {'under' if diff < 0 else 'over'} the official "
                f"{row.official_km2:,.0f} km² ({why})."
            )

    named_in = _outermost(
        [u for u in dict.fromkeys(frame["unit_id"]) if u in in_view], areas["unit_ids"]
    )
    official_km2 = (
        float(sum(official[u] for u in named_in))
        if named_in and all(u in official for u in named_in)
        else None
    )
    country_official = _official_country_km2(country, view_units)
    official_pct = (
        official_km2 / country_official * 100.0
        if official_km2 is not None and country_official
        else None
    )

    layer = None
    held_km2 = held_pct = None
    held_geom = None
    method = (
        "Geodesic areas on the WGS84 ellipsoid (pyproj.Geod). "
        f"{boundaries.country_name(country)} is the union of "
        f"its {len(view_units)} units under worldview {worldview!r} on {date}; the named "
        "units are clipped to it and unioned, so overlaps and repeats count once."
    )
    if within is not None:
        from geoclaims.layers import held_layer

        layer = held_layer(within, date)
        near = _layer_union_near(layer, union)
        held_geom = shapely.intersection(union, near)
        held_km2 = geodesic_area(held_geom)
        held_pct = held_km2 / country_km2 * 100.0
        per_unit = _areas_km2(
            np.array([shapely.intersection(g, near) for g in inside], dtype=object)
        )
        frame["held_km2"] = per_unit
        with np.errstate(divide="ignore", invalid="ignore"):
            frame["held_pct_of_unit"] = np.where(area > 0, per_unit / area * 100.0, np.nan)
        method += (
            f" Held ground: the named units intersected with the union of the control "
            f"layer's {len(layer)} features (repaired with make_valid)."
        )
        outside = _layer_outside_note(layer, country_geom, country)
        if outside:
            notes.append(outside)
        snap = layer.attrs.get("snapshot")
        if snap is not None:
            method += f" Control map: snapshot {snap['source']}"
            method += f" taken {snap['time']}." if snap["time"] is not None else "."
            days = snap.get("days_from_as_of")
            if days is not None and abs(days) > STALE_SNAPSHOT_DAYS:
                notes.append(
                    f"The control map's snapshot ({snap['time']:%Y-%m-%d}) is "
                    f"{abs(days):.0f} days from {date}: held ground moves, so the held share "
                    "is that of the snapshot's day, not of the date asked for."
                )
    if official_pct is not None:
        method += " Official reading: the reference table of official areas (data/boundaries)."

    out_units = gpd.GeoDataFrame(frame, geometry=list(geoms), crs=4326)
    return Share(
        units=out_units,
        total=total,
        total_pct=total / country_km2 * 100.0,
        country=country,
        country_km2=country_km2,
        worldview=worldview,
        as_of=date,
        method=method,
        layer=layer,
        held_km2=held_km2,
        held_pct=held_pct,
        official=official_pct,
        official_km2=official_km2,
        country_official_km2=country_official,
        notes=tuple(notes),
        snapshot=layer.attrs.get("snapshot") if layer is not None else None,
        geometry=union,
        held_geometry=held_geom,
    )
