"""Read a control layer: polygons of the ground someone holds, from a file or a URL.

A control (or occupation) layer is any polygon layer a user brings: GeoJSON,
GeoPackage, Shapefile, KML/KMZ or GeoParquet, by path or ``http(s)`` URL (fetched
only when the user passes one, with a timeout). :func:`read_layer` reads it with
pyogrio, filters it by property and date, repairs invalid polygons, and returns it
in EPSG:4326, ready for :func:`geoclaims.area_share`.
"""

from __future__ import annotations

import datetime as _dt
import io
import logging
import os
import urllib.error
import urllib.parse
import urllib.request
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pyogrio.errors
import shapely

from geoclaims._errors import GeoclaimsWarning, InvalidInputError, LayerError, typed_errors

__all__ = ["read_layer"]

logger = logging.getLogger(__name__)

_PARQUET_SUFFIXES = (".parquet", ".geoparquet", ".pq")
_GEOJSON_DRIVERS = ("GeoJSON", "GeoJSONSeq")
_GEOJSON_SUFFIXES = (".geojson", ".json")
# Column names read as a snapshot date (one date per feature: the map of that day) ...
_SNAPSHOT_COLUMNS = ("date", "as_of", "snapshot", "snapshot_date", "day")
# ... or as the start and end of the period a feature is valid.
_START_COLUMNS = ("valid_from", "start", "start_date", "date_from", "from", "begin")
_END_COLUMNS = ("valid_to", "valid_until", "end", "end_date", "date_to", "to", "until")
_POLYGONAL = ("Polygon", "MultiPolygon")
_PYOGRIO_ERRORS = (
    pyogrio.errors.DataSourceError,
    pyogrio.errors.DataLayerError,
)


def _is_url(source: Any) -> bool:
    return isinstance(source, str) and urllib.parse.urlparse(source).scheme in ("http", "https")


def _fetch(url: str, timeout: float) -> bytes:
    """Download ``url`` (only ever called when the user passed a URL)."""
    logger.info("fetching control layer %s (timeout %s s)", url, timeout)
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.read()
    except TimeoutError as err:
        msg = (
            f"Fetching the layer {url!r} timed out after {timeout} s. Check the address, pass a "
            "larger timeout=..., or download the file and pass its path."
        )
        raise LayerError(msg) from err
    except (urllib.error.URLError, OSError, ValueError) as err:
        reason = getattr(err, "reason", err)
        if isinstance(err, urllib.error.HTTPError):
            reason = f"HTTP {err.code} {err.reason}"
        msg = (
            f"Could not fetch the layer {url!r}: {reason}. Check the address and your "
            "connection, or download the file and pass its path."
        )
        raise LayerError(msg) from err


def _read_parquet(src: str | Path | io.BytesIO, name: str) -> gpd.GeoDataFrame:
    try:
        return gpd.read_parquet(src)
    except Exception as err:  # pyarrow raises many types; give them one context
        msg = f"Could not read {name!r} as GeoParquet: {err}"
        raise LayerError(msg) from err


def _read_ogr(
    src: str | bytes, name: str, layer: str | int | None, where: str | None
) -> tuple[gpd.GeoDataFrame, str]:
    """Read one layer, or every geometry layer combined (with a ``layer`` column)."""
    suffix = Path(urllib.parse.urlparse(name).path).suffix.lower()
    try:
        if suffix in _GEOJSON_SUFFIXES and layer is None:
            # one layer by definition; GDAL parses the whole file on every open, so once
            return pyogrio.read_dataframe(src, where=where), "GeoJSON"
        listed = pyogrio.list_layers(src)
        if layer is None:
            names = [str(n) for n, geom_type in listed if geom_type is not None]
            if not names:
                msg = f"{name!r} has no layer with geometries (layers: {listed[:, 0].tolist()!r})."
                raise LayerError(msg)
        else:
            names = [layer]
        driver = pyogrio.read_info(src, layer=names[0])["driver"]
        frames = []
        for n in names:
            frame = pyogrio.read_dataframe(src, layer=n, where=where)
            if len(names) > 1:
                frame["layer"] = n
            frames.append(frame)
    except _PYOGRIO_ERRORS as err:
        hint = ""
        if where is not None:
            hint = f" (check the SQL where={where!r}: column names and quoting)"
        msg = f"Could not read {name!r} as a vector layer{hint}: {err}"
        raise LayerError(msg) from err
    if len(frames) == 1:
        return frames[0], driver
    crs = {str(f.crs) for f in frames}
    if len(crs) > 1:
        frames = [f.to_crs(frames[0].crs) if f.crs is not None else f for f in frames]
    combined = pd.concat(frames, ignore_index=True)
    return gpd.GeoDataFrame(combined, geometry=frames[0].geometry.name, crs=frames[0].crs), driver


def _load(
    source: Any, layer: str | int | None, where: str | None, timeout: float
) -> tuple[gpd.GeoDataFrame, str | None, str]:
    """Read ``source`` into a GeoDataFrame; return it, the GDAL driver and a display name."""
    if isinstance(source, gpd.GeoSeries):
        source = gpd.GeoDataFrame(geometry=source)
    if isinstance(source, gpd.GeoDataFrame):
        if where is not None:
            msg = (
                f"where={where!r} is an SQL filter, which needs a file GDAL reads; for a "
                "GeoDataFrame pass a dict such as where={'status': 'occupied'}."
            )
            raise InvalidInputError(msg)
        return source.copy(), None, "the GeoDataFrame"
    if isinstance(source, str) and _is_url(source):
        name = source
        data = _fetch(source, timeout)
        if urllib.parse.urlparse(source).path.lower().endswith(_PARQUET_SUFFIXES):
            return _read_parquet(io.BytesIO(data), name), "Parquet", name
        if not data.strip():
            msg = f"The layer at {name!r} is empty (0 bytes)."
            raise LayerError(msg)
        frame, driver = _read_ogr(data, name, layer, where)
        return frame, driver, name
    if not isinstance(source, str | os.PathLike):
        msg = (
            f"read_layer() needs a path, an http(s) URL or a GeoDataFrame, not "
            f"{type(source).__name__} {source!r:.80}."
        )
        raise InvalidInputError(msg)
    path = Path(source)
    name = str(source)
    if not path.exists():
        msg = (
            f"No layer file at {name!r}. Check the path (relative paths start at {os.getcwd()!r})."
        )
        raise LayerError(msg)
    if path.is_file() and path.stat().st_size == 0:
        msg = f"The layer file {name!r} is empty (0 bytes)."
        raise LayerError(msg)
    if path.suffix.lower() in _PARQUET_SUFFIXES:
        if where is not None:
            msg = (
                f"where={where!r} is an SQL filter, which GeoParquet files do not take here; "
                "pass a dict such as where={'status': 'occupied'}."
            )
            raise InvalidInputError(msg)
        return _read_parquet(path, name), "Parquet", name
    frame, driver = _read_ogr(str(path), name, layer, where)
    return frame, driver, name


def _find_column(frame: pd.DataFrame, candidates: Iterable[str]) -> str | None:
    lower = {str(c).lower(): c for c in frame.columns if c != frame.geometry.name}
    for cand in candidates:
        if cand in lower:
            return lower[cand]
    return None


def _as_dates(frame: pd.DataFrame, column: str, name: str) -> pd.Series:
    values = frame[column]
    parsed = pd.to_datetime(values.astype("string"), errors="coerce", utc=True)
    bad = values.notna() & parsed.isna()
    if bad.any():
        msg = (
            f"Column {column!r} of {name!r} has values that are not dates, such as "
            f"{values[bad].iloc[0]!r}. Use ISO dates (YYYY-MM-DD) or pass date=None."
        )
        raise LayerError(msg)
    return pd.Series([d.date() if pd.notna(d) else None for d in parsed], index=frame.index)


def _filter_date(
    frame: gpd.GeoDataFrame, date: _dt.date, date_column: str | None, name: str
) -> gpd.GeoDataFrame:
    """Keep the features valid on ``date``.

    A snapshot column (one date per feature) keeps the latest snapshot on or before the
    date; start/end columns keep the features whose period contains the date (an empty
    end is open). A layer with neither is taken as valid on every date.
    """
    snapshot = date_column
    if date_column is not None and date_column not in frame.columns:
        msg = (
            f"date_column={date_column!r} is not a column of {name!r}; columns are "
            f"{[c for c in frame.columns if c != frame.geometry.name]!r}."
        )
        raise LayerError(msg)
    if snapshot is None:
        snapshot = _find_column(frame, _SNAPSHOT_COLUMNS)
    if snapshot is not None:
        dates = _as_dates(frame, snapshot, name)
        known = sorted({d for d in dates if d is not None})
        earlier = [d for d in known if d <= date]
        if not earlier:
            span = f"{known[0]} to {known[-1]}" if known else "nowhere (no dates)"
            msg = (
                f"{name!r} has no features dated on or before {date} (column {snapshot!r} "
                f"runs from {span}). Pass a later as_of/date."
            )
            raise LayerError(msg)
        chosen = earlier[-1]
        logger.info("control layer %s: using the snapshot of %s for %s", name, chosen, date)
        return frame[(dates == chosen).to_numpy()]
    start = _find_column(frame, _START_COLUMNS)
    end = _find_column(frame, _END_COLUMNS)
    if start is None and end is None:
        logger.debug("control layer %s has no date column: taken as valid on %s", name, date)
        return frame
    keep = np.ones(len(frame), dtype=bool)
    if start is not None:
        starts = _as_dates(frame, start, name)
        keep &= np.array([s is None or s <= date for s in starts], dtype=bool)
    if end is not None:
        ends = _as_dates(frame, end, name)
        keep &= np.array([e is None or e >= date for e in ends], dtype=bool)
    if not keep.any():
        msg = (
            f"No feature of {name!r} is valid on {date} (columns {start!r}/{end!r}). "
            "Pass another as_of/date."
        )
        raise LayerError(msg)
    return frame[keep]


def _filter_where(frame: gpd.GeoDataFrame, where: Mapping[str, Any], name: str) -> gpd.GeoDataFrame:
    keep = np.ones(len(frame), dtype=bool)
    for column, wanted in where.items():
        if column not in frame.columns:
            cols = [c for c in frame.columns if c != frame.geometry.name]
            msg = f"where={dict(where)!r}: {name!r} has no column {column!r}; columns are {cols!r}."
            raise LayerError(msg)
        if isinstance(wanted, str) or not isinstance(wanted, Iterable):
            wanted = [wanted]
        wanted = list(wanted)
        values = frame[column]
        text = {w.casefold() for w in wanted if isinstance(w, str)}
        other = [w for w in wanted if not isinstance(w, str)]
        match = np.array(values.isin(other), dtype=bool)
        if text:
            as_text = values.map(lambda v: v.casefold() if isinstance(v, str) else v)
            match |= np.array(as_text.isin(text), dtype=bool)
        if not match.any():
            seen = sorted({str(v) for v in values.dropna().unique()})[:20]
            msg = (
                f"where={dict(where)!r} matched no feature of {name!r}: column {column!r} "
                f"holds {seen!r}."
            )
            raise LayerError(msg)
        keep &= match
    if not keep.any():
        msg = f"where={dict(where)!r} matched no feature of {name!r} (each test alone did)."
        raise LayerError(msg)
    return frame[keep]


def _polygonal_part(geom: Any) -> Any:
    """The polygons of a geometry (a collection gives the union of its polygon parts)."""
    if geom is None or geom.geom_type in _POLYGONAL:
        return geom
    parts = [p for p in shapely.get_parts(geom) if p.geom_type in _POLYGONAL]
    if not parts:
        return None
    return shapely.union_all(parts) if len(parts) > 1 else parts[0]


def _clean_geometry(frame: gpd.GeoDataFrame, name: str) -> gpd.GeoDataFrame:
    geoms = np.asarray(frame.geometry.values, dtype=object)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if (~present).any():
        logger.info(
            "control layer %s: %d features without geometry left out", name, (~present).sum()
        )
    frame, geoms = frame[present], shapely.force_2d(geoms[present])
    if len(frame) == 0:
        msg = f"{name!r} has no features with a geometry."
        raise LayerError(msg)
    geoms = np.array([_polygonal_part(g) for g in geoms], dtype=object)
    polygonal = ~shapely.is_missing(geoms)
    if not polygonal.any():
        kinds = pd.Series(frame.geom_type).value_counts().to_dict()
        msg = (
            f"{name!r} has no polygons (it holds {kinds!r}). A control layer must be polygons "
            "of the ground held; points and lines have no area."
        )
        raise LayerError(msg)
    if (~polygonal).any():
        kinds = pd.Series(frame.geom_type[~polygonal]).value_counts().to_dict()
        warnings.warn(
            f"read_layer: left out {(~polygonal).sum()} feature(s) of {name!r} that are not "
            f"polygons ({kinds!r}).",
            GeoclaimsWarning,
            stacklevel=3,
        )
        frame, geoms = frame[polygonal], geoms[polygonal]
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():
        fixed = shapely.make_valid(geoms[invalid], method="structure", keep_collapsed=False)
        geoms[invalid] = [_polygonal_part(g) for g in fixed]
        warnings.warn(
            f"read_layer: repaired {int(invalid.sum())} invalid polygon(s) of {name!r} "
            "with shapely.make_valid.",
            GeoclaimsWarning,
            stacklevel=3,
        )
        gone = shapely.is_missing(geoms) | shapely.is_empty(geoms)
        frame, geoms = frame[~gone], geoms[~gone]
        if len(frame) == 0:
            msg = f"{name!r} has no polygon left with an area once repaired."
            raise LayerError(msg)
    out = frame.copy()
    out = out.set_geometry(gpd.GeoSeries(geoms, index=frame.index, crs=frame.crs))
    return out


def _to_wgs84(frame: gpd.GeoDataFrame, driver: str | None, name: str) -> gpd.GeoDataFrame:
    if frame.crs is None:
        if driver in _GEOJSON_DRIVERS:
            logger.debug("control layer %s has no CRS: GeoJSON is EPSG:4326 (RFC 7946)", name)
            frame = frame.set_crs(4326)
        else:
            msg = (
                f"{name!r} has no coordinate reference system, and only GeoJSON may go without "
                "one. Add it (a .prj file next to a Shapefile, or gdf.set_crs(...) on a "
                "GeoDataFrame) and read it again."
            )
            raise LayerError(msg)
    elif frame.crs.to_epsg() != 4326 and not frame.crs.equals("OGC:CRS84"):
        try:
            frame = frame.to_crs(4326)
        except Exception as err:  # pyproj raises several types
            msg = f"Could not reproject {name!r} from {frame.crs.to_string()!r} to EPSG:4326: {err}"
            raise LayerError(msg) from err
    else:
        frame = frame.set_crs(4326, allow_override=True)
    xmin, ymin, xmax, ymax = frame.total_bounds
    if not (np.isfinite([xmin, ymin, xmax, ymax]).all()) or (
        ymin < -90.000001 or ymax > 90.000001 or xmin < -540 or xmax > 540
    ):
        msg = (
            f"{name!r} has coordinates outside longitude/latitude degrees (bounds {xmin:.6g}, "
            f"{ymin:.6g}, {xmax:.6g}, {ymax:.6g}) although its CRS says otherwise. A GeoJSON "
            "file must be in WGS84 longitude/latitude (RFC 7946); for projected data, use a "
            "format that carries its CRS or set the right CRS on a GeoDataFrame."
        )
        raise LayerError(msg)
    return frame


@typed_errors
def read_layer(
    source: Any,
    *,
    where: Mapping[str, Any] | str | None = None,
    date: Any = None,
    layer: str | int | None = None,
    date_column: str | None = None,
    timeout: float = 30.0,
) -> gpd.GeoDataFrame:
    """Read a control layer of held ground as clean polygons in EPSG:4326.

    Parameters
    ----------
    source : str, path-like or GeoDataFrame
        A GeoJSON, GeoPackage, Shapefile (or zipped Shapefile), KML/KMZ or GeoParquet
        file; an ``http(s)`` URL to one (fetched only because you passed it); or a
        GeoDataFrame to check and repair.
    where : dict or str, optional
        Which features to keep. A dict maps a property to a value or a list of values
        (strings compare without case): ``{"status": "occupied"}``. A string is an SQL
        ``WHERE`` clause given to GDAL: ``"status = 'occupied'"`` (files only).
    date : date, datetime or ISO string, optional
        Keep the features valid on that date. A layer with a snapshot column (``date``,
        ``as_of``, ``snapshot`` …) keeps the latest snapshot on or before the date; one
        with start/end columns (``valid_from``/``valid_to``, ``start``/``end`` …) keeps
        the features whose period contains it (an empty end is open). A layer without
        such columns is taken as it is.
    layer : str or int, optional
        The layer of a multi-layer file (GeoPackage, KML folders). By default every
        layer with geometries is read and combined, with a ``layer`` column.
    date_column : str, optional
        Name the snapshot date column explicitly.
    timeout : float, default 30
        Seconds to wait for a URL.

    Returns
    -------
    geopandas.GeoDataFrame
        In EPSG:4326, one row per polygonal feature kept, with the source's columns.

    Raises
    ------
    LayerError
        If the file is missing, empty or malformed, the URL cannot be fetched in time, the
        layer has no CRS (other than GeoJSON, which is EPSG:4326 by RFC 7946) or
        coordinates that do not fit it, holds no polygons, or no feature passes the
        filters.
    InvalidInputError
        If ``source`` or ``where`` has the wrong type.

    Warns
    -----
    UserWarning
        When invalid polygons were repaired with :func:`shapely.make_valid` (saying how
        many), or non-polygon features were left out.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> gdf = gpd.GeoDataFrame(
    ...     {"status": ["occupied", "liberated"]},
    ...     geometry=[box(37, 47, 38, 48), box(36, 49, 37, 50)],
    ...     crs=4326,
    ... )
    >>> held = read_layer(gdf, where={"status": "Occupied"})
    >>> held
         status                                           geometry
    0  occupied  POLYGON ((38 47, 38 48, 37 48, 37 47, 38 47))
    >>> held.crs.to_epsg()
    4326
    """
    if where is not None and not isinstance(where, str | Mapping):
        msg = (
            f"where must be a dict of property -> value(s) or an SQL string, not "
            f"{type(where).__name__} {where!r:.80}."
        )
        raise InvalidInputError(msg)
    sql = where if isinstance(where, str) else None
    frame, driver, name = _load(source, layer, sql, timeout)
    if not isinstance(frame, gpd.GeoDataFrame) or frame.geometry.name not in frame.columns:
        msg = f"{name!r} has no geometry column."
        raise LayerError(msg)
    if len(frame) == 0:
        extra = f" matching where={where!r}" if sql else ""
        msg = f"{name!r} has no features{extra}."
        raise LayerError(msg)
    if isinstance(where, Mapping):
        frame = _filter_where(frame, where, name)
    if date is not None or date_column is not None:
        from geoclaims.worldviews import parse_date

        frame = _filter_date(frame, parse_date(date), date_column, name)
    frame = _to_wgs84(frame, driver, name)
    frame = _clean_geometry(frame, name)
    frame = frame.reset_index(drop=True)
    frame.attrs["source"] = name
    return frame
