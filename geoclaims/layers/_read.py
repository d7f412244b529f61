"""Read a control layer: polygons of the ground someone holds, from a file or a URL.

A control (or occupation) layer is any polygon layer a user brings: GeoJSON,
GeoPackage, Shapefile, KML/KMZ or GeoParquet, by path or ``http(s)`` URL (fetched
only when the user passes one, with a timeout). :func:`read_layer` reads it with
pyogrio, filters it by property and date, repairs invalid polygons, and returns it
in EPSG:4326, ready for :func:`geoclaims.area_share`.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as _dt
import gzip
import io
import json
import logging
import math
import numbers
import os
import re
import urllib.parse
import warnings
import zlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pyogrio.errors
import pyproj
import shapely
import shapely.affinity
import shapely.errors

from geoclaims._errors import (
    GeoclaimsWarning,
    InvalidInputError,
    InvalidTypeError,
    LayerError,
    NoSnapshotError,
    quote,
    typed_errors,
    warn_at_caller,
)
from geoclaims._validate import non_finite_vertex
from geoclaims.layers import _deepstate, _fetch

__all__ = ["read_layer"]

logger = logging.getLogger(__name__)

_PARQUET_SUFFIXES = (".parquet", ".geoparquet", ".pq")
#: Drivers of formats whose coordinates are longitude/latitude by definition (GeoJSON,
#: RFC 7946; TopoJSON, which GDAL reads with its own driver)
_GEOJSON_DRIVERS = ("GeoJSON", "GeoJSONSeq", "TopoJSON")
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


def _suffix(name: str) -> str:
    """The layer's own suffix, looking through ``.gz`` (``a.geojson.gz`` -> ``.geojson``)."""
    suffixes = [s.lower() for s in Path(urllib.parse.urlparse(name).path).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _gunzip(data: bytes | Path, name: str, max_bytes: int) -> bytes:
    """Decompress a gzipped layer, refusing more than ``max_bytes`` once decompressed."""
    raw = data.read_bytes() if isinstance(data, Path) else data
    stream = gzip.GzipFile(fileobj=io.BytesIO(raw))
    try:
        out = stream.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as err:
        msg = f"Could not decompress {name!r:.120} as gzip: {err}"
        raise LayerError(msg) from err
    if len(out) > max_bytes:
        msg = (
            f"{name!r:.120} is larger than max_bytes={max_bytes:,} bytes once decompressed. If "
            "you trust it, pass a larger max_bytes=... to read it."
        )
        raise LayerError(msg)
    return out


def _gdal_path(path: Path) -> str:
    """A path GDAL reads as it is.

    pyogrio parses a path as a URI, and ``urllib.parse`` cuts a ';' and what follows
    (URI "parameters"); a ``file://`` (or ``zip://``) URI keeps it.
    """
    text = str(path)
    if path.suffix.lower() == ".zip" and ";" not in text:
        inner = _zipped_layer(path)
        if inner is not None:
            # a layer in a folder of the archive ("layers/held.shp"): GDAL looks only at
            # the archive's top level
            return f"/vsizip/{path.absolute()}/{inner}"
    if ";" not in text:
        return text
    scheme = "zip" if path.suffix.lower() == ".zip" else "file"
    return f"{scheme}://{path.absolute()}"


#: The suffixes of the layer files a zip archive may hold.
_ZIPPED_LAYER_SUFFIXES = (".shp", ".geojson", ".json", ".gpkg", ".kml", ".fgb", ".gml")


def _zipped_layer(path: Path) -> str | None:
    """The one layer file a zip archive holds in a folder, when none is at its top level."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if not n.endswith("/")]
    except (OSError, zipfile.BadZipFile):
        return None
    layers = [n for n in names if n.lower().endswith(_ZIPPED_LAYER_SUFFIXES)]
    if not layers or any("/" not in n for n in layers):
        return None
    folders = {n.rsplit("/", 1)[0] for n in layers}
    if len(folders) != 1 or len(layers) != 1:
        return None
    return layers[0]


# Columns of a CSV that may hold its geometries as WKT (GDAL reads only "WKT" unasked).
_CSV_GEOMETRY_COLUMNS = "WKT,geometry,geom,the_geom,wkt_geom,shape"
# numpy's RuntimeWarning when shapely builds a geometry with a NaN coordinate
_NAN_NOTE = "invalid value encountered in from_wk"
# PostGIS EWKT: "SRID=4326;POLYGON ((...))"
_SRID_PREFIX = re.compile(r"\s*SRID\s*=\s*(-?\d+)\s*;\s*", re.IGNORECASE)


def _parse_wkt(values: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Parse WKT or EWKT text.

    Returns the geometries, each value's SRID (-1 for none), and which non-blank values
    did not parse.
    """
    text = values.map(lambda v: v if isinstance(v, str) else None)
    srids = np.full(len(text), -1, dtype=np.int64)
    bare = []
    for i, value in enumerate(text):
        if value is not None and (found := _SRID_PREFIX.match(value)):
            srids[i] = int(found.group(1))
            value = value[found.end() :]
        bare.append(value.strip() if value is not None and value.strip() else None)
    with warnings.catch_warnings():
        # a NaN coordinate; refused afterwards, naming the feature
        warnings.filterwarnings("ignore", message=_NAN_NOTE, category=RuntimeWarning)
        geoms = shapely.from_wkt(np.array(bare, dtype=object), on_invalid="ignore")
    bad = np.array([b is not None for b in bare]) & shapely.is_missing(geoms)
    return geoms, srids, bad


def _wkt_reason(value: str) -> str:
    """Why GEOS cannot read a WKT value, in its own words."""
    found = _SRID_PREFIX.match(value)
    try:
        shapely.from_wkt(value[found.end() :] if found else value)
    except Exception as err:  # shapely.errors.GEOSException, or a ValueError
        return str(err).split(": ", 1)[-1]
    return "it does not parse"


def _csv_geometries(table: pd.DataFrame, name: str) -> gpd.GeoDataFrame:
    """A table of text read from a CSV as a GeoDataFrame, its polygons from its WKT column.

    The first column named like a geometry column (``WKT``, ``geometry`` ...) whose values
    parse is the geometry; EWKT (``SRID=4326;POLYGON ((...))``) gives the CRS of its SRID.
    A value that does not parse is refused, quoted with its row.
    """
    wanted = {c.lower() for c in _CSV_GEOMETRY_COLUMNS.split(",")}
    columns = [str(c) for c in table.columns]
    candidates = [c for c in table.columns if str(c).lower() in wanted]
    if candidates and len(table) == 0:  # an SQL where= kept no row: said by the caller
        return gpd.GeoDataFrame(table.drop(columns=candidates[:1]), geometry=[], crs=None)
    how = (
        f"A CSV layer needs its polygons as WKT in a column named one of "
        f"{_CSV_GEOMETRY_COLUMNS.replace(',', ', ')}, in longitude/latitude degrees, such as "
        "'POLYGON ((37 47, 38 47, 38 48, 37 48, 37 47))' (EWKT with an SRID=4326; prefix is "
        "read too)."
    )
    if not candidates:
        msg = f"{name!r:.120} has no column of WKT polygons (columns: {columns!r:.200}). {how}"
        raise LayerError(msg)
    failed = []
    for column in candidates:
        geoms, srids, bad = _parse_wkt(table[column])
        if (~shapely.is_missing(geoms)).any():
            break
        failed.append((column, bad))
    else:
        said = []
        for column, bad in failed:
            if bad.any():
                row = int(np.flatnonzero(bad)[0])
                value = str(table[column].iloc[row])
                said.append(
                    f"column {str(column)!r:.40} looks like WKT but none of its values "
                    f"parse, such as {quote(value)} (row {row + 1} of the data: "
                    f"{_wkt_reason(value)})"
                )
            else:
                said.append(f"column {str(column)!r:.40} is empty")
        msg = (
            f"{name!r:.120} has no column of WKT polygons that can be read (columns: "
            f"{columns!r:.200}): {'; '.join(said)}. {how}"
        )
        raise LayerError(msg)
    if bad.any():
        rows = np.flatnonzero(bad)
        value = str(table[column].iloc[rows[0]])
        msg = (
            f"{name!r:.120}: {len(rows)} value(s) of column {str(column)!r:.40} cannot be "
            f"read as WKT polygons, such as {quote(value)} (row {rows[0] + 1} of the data: "
            f"{_wkt_reason(value)}). Fix or remove those rows: a polygon left out would be "
            f"held ground not counted. {how}"
        )
        raise LayerError(msg)
    # plain WKT is longitude/latitude degrees, as SRID=4326 says
    given = sorted(set(np.where(srids == -1, 4326, srids)[~shapely.is_missing(geoms)].tolist()))
    crs = None
    if given != [4326]:
        if len(given) > 1:
            msg = (
                f"{name!r:.120}: the values of column {str(column)!r:.40} are in different "
                f"CRSs (SRID {', '.join(map(str, given))}; plain WKT counts as 4326). Write "
                "every polygon in one CRS, preferably longitude/latitude degrees (plain WKT "
                "or SRID=4326), and read it again."
            )
            raise LayerError(msg)
        try:
            crs = pyproj.CRS.from_epsg(given[0])
        except pyproj.exceptions.CRSError as err:
            msg = (
                f"{name!r:.120}: column {str(column)!r:.40} gives SRID={given[0]}, which is no "
                "EPSG code geoclaims knows. Write the polygons in longitude/latitude degrees "
                "(SRID=4326) and read it again."
            )
            raise LayerError(msg) from err
    return gpd.GeoDataFrame(table.drop(columns=[column]), geometry=geoms, crs=crs)


def _read_csv(src: str | bytes, name: str, where: str | None) -> gpd.GeoDataFrame:
    """Read a CSV whose polygons are WKT in a column such as ``geometry`` or ``WKT``."""
    if isinstance(src, bytes):  # downloaded: GDAL needs the .csv name to know the format
        if where is not None:
            msg = f"where={where!r} is an SQL filter; for a downloaded CSV pass a dict."
            raise InvalidInputError(msg)
        text = src.decode("utf-8-sig", errors="replace")
        try:
            sep = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|").delimiter
        except csv.Error:
            sep = ","
        try:
            table = pd.read_csv(io.StringIO(text), sep=sep, dtype=str)
        except (ValueError, csv.Error) as err:  # pandas' ParserError is a ValueError
            msg = f"Could not read {name!r:.120} as a CSV layer: {err}"
            raise LayerError(msg) from err
    else:
        # GDAL reads the fields (and filters them with the SQL where=) with the WKT kept as
        # text: its own reader leaves EWKT (SRID=...;) and a bad value empty, unsaid
        table = pyogrio.read_dataframe(
            src,
            where=where,
            read_geometry=False,
            GEOM_POSSIBLE_NAMES=_CSV_GEOMETRY_COLUMNS,
            KEEP_GEOM_COLUMNS="YES",
        )
    return _csv_geometries(pd.DataFrame(table), name)


def _what_it_is(src: str | bytes) -> str:
    """Say what a file GDAL could not read holds, when it is a page or an API reply."""
    if isinstance(src, bytes):
        head = src[:4096]
    else:
        try:
            with open(urllib.parse.unquote(src.removeprefix("file://")), "rb") as fh:
                head = fh.read(4096)
        except OSError:
            return ""
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if text[:15].lower().startswith(("<!doctype html", "<html", "<head", "<body")):
        return (
            ": it is an HTML page, not a layer (a login, error or rate-limit page saved "
            "in its place?). Fetch the layer again, with the authorisation its source "
            "needs, and check that the file holds GeoJSON"
        )
    if text.startswith("{"):
        try:
            data = json.loads(src if isinstance(src, bytes) else head)
        except ValueError:
            return ""
        if isinstance(data, dict) and "type" not in data:
            return (
                f": it is JSON but not GeoJSON (no 'type' member): {json.dumps(data)!r:.100}, "
                "an API's error reply saved in place of the layer? Fetch it again"
            )
    return ""


def _read_parquet(src: str | Path | io.BytesIO, name: str) -> gpd.GeoDataFrame:
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=_NAN_NOTE, category=RuntimeWarning)
            return gpd.read_parquet(src)
    except Exception as err:  # pyarrow raises many types; give them one context
        msg = f"Could not read {name!r} as GeoParquet: {err}"
        raise LayerError(msg) from err


def _read_ogr(
    src: str | bytes,
    name: str,
    layer: str | int | None,
    where: str | None,
    suffix: str | None = None,
) -> tuple[gpd.GeoDataFrame, str]:
    """Read one layer, or every geometry layer combined (with a ``layer`` column)."""
    with warnings.catch_warnings():
        # GDAL's advice on an unclosed ring names a GDAL setting; the ring is refused
        # afterwards with geoclaims' own words on how to fix it
        warnings.filterwarnings("ignore", message="Non closed ring", category=RuntimeWarning)
        # numpy's note on a NaN coordinate: the vertex is refused afterwards, named
        warnings.filterwarnings("ignore", message=_NAN_NOTE, category=RuntimeWarning)
        try:
            return _read_layers(src, name, layer, where, suffix)
        except shapely.errors.GEOSException as err:
            raise _unbuildable(src, name, layer, where, err) from err


def _unbuildable(
    src: Any, name: str, layer: str | int | None, where: str | None, err: Exception
) -> InvalidInputError:
    """The error for a layer whose geometries GEOS cannot build, naming the features."""
    bad: list[int] = []
    with contextlib.suppress(Exception):
        # read again, leaving unbuildable geometries empty, to say which features they are
        frame = pyogrio.read_dataframe(
            src, layer=layer, where=where, on_invalid="ignore", columns=[]
        )
        bad = [int(i) + 1 for i in np.flatnonzero(frame.geometry.isna().to_numpy())]
    which = (
        f"feature{'s' if len(bad) > 1 else ''} {', '.join(map(str, bad[:10]))}"
        + (f" and {len(bad) - 10} more" if len(bad) > 10 else "")
        + " (counted from 1)"
        if bad
        else "a feature"
    )
    msg = (
        f"The layer {name!r:.120} has a geometry that cannot be built, in {which}: "
        f"{str(err)[:200]!r}. Check that every ring closes (its last point equals its "
        "first) and has at least 4 points: fix or remove those features."
    )
    return InvalidInputError(msg)


#: A KML's XML declaration naming its encoding: ``encoding="windows-1251"``.
_XML_ENCODING = re.compile(rb"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
#: Encodings GDAL's KML reader (expat) reads itself.
_EXPAT_ENCODINGS = frozenset({"utf_8", "ascii", "latin_1", "utf_16"})


@contextlib.contextmanager
def _kml_as_utf8(src: Any, name: str, suffix: str | None) -> Iterator[Any]:
    """A KML in another encoding than GDAL reads (``windows-1251``), as a UTF-8 copy.

    The XML declaration names the encoding; the text is decoded by Python, the declaration
    rewritten, and the copy written to a temporary file (GDAL names a KML's layers after
    its file) that lives while the context does. Any other source is yielded as it is.
    """
    data = _kml_utf8_bytes(src, name, suffix)
    if data is None:
        yield src
        return
    import tempfile

    with tempfile.TemporaryDirectory(prefix="geoclaims-kml-") as folder:
        path = Path(folder) / (Path(str(name)).stem[:60] or "layer")
        path = path.with_suffix(".kml")
        path.write_bytes(data)
        yield str(path)


def _kml_utf8_bytes(src: Any, name: str, suffix: str | None) -> bytes | None:
    """The UTF-8 text of a KML declared in another encoding than GDAL reads, else None."""
    import codecs

    if (suffix or _suffix(name)) != ".kml":
        return None
    if isinstance(src, bytes | bytearray):
        data = bytes(src)
    else:
        try:
            with open(src, "rb") as f:
                data = f.read(200)  # the declaration first; the rest only when needed
                if _XML_ENCODING.search(data) is None:
                    return None
                data += f.read()
        except (OSError, TypeError):
            return None
    declared = _XML_ENCODING.search(data[:200])
    if declared is None:
        return None
    label = declared.group(1).decode("ascii")
    try:
        codec = codecs.lookup(label).name.replace("-", "_")
    except LookupError:
        msg = (
            f"The KML {name!r:.120} declares the encoding {label!r:.40}, which is unknown: "
            "save it as UTF-8, or fix the encoding=\"...\" of its first line."
        )
        raise LayerError(msg) from None
    if codec in _EXPAT_ENCODINGS:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as err:
        msg = (
            f"The KML {name!r:.120} declares the encoding {label!r:.40} but is not valid "
            f"{label} ({err.reason} at byte {err.start}): save it as UTF-8."
        )
        raise LayerError(msg) from None
    utf8 = '<?xml version="1.0" encoding="UTF-8"'
    text = text.replace(declared.group(0).decode("ascii"), utf8, 1)
    return text.encode("utf-8")


def _not_utf8(name: str, src: Any, err: UnicodeDecodeError) -> LayerError:
    """The error for a layer whose text is not UTF-8, naming the likely encoding."""
    from geoclaims._io import COMMON_ENCODINGS, guess_encoding

    guess = None
    with contextlib.suppress(OSError, TypeError):
        if isinstance(src, bytes | bytearray):
            data = bytes(src[:65536])
        else:
            with open(src, "rb") as f:
                data = f.read(65536)
        guess = guess_encoding(data)
    # (a layer's few names are too little text to tell rare code pages by)
    looks = f"; it looks like {guess}" if guess in COMMON_ENCODINGS else ""
    msg = (
        f"The layer {name!r:.120} is not valid UTF-8 ({err.reason}){looks}: GeoJSON is UTF-8 "
        "by definition; save the file as UTF-8 (for example: iconv -f cp1251 -t utf-8 "
        "in.geojson > out.geojson) and read it again."
    )
    return LayerError(msg)


def _read_layers(
    src: Any,
    name: str,
    layer: str | int | None,
    where: str | None,
    suffix: str | None = None,
) -> tuple[gpd.GeoDataFrame, str]:
    with _kml_as_utf8(src, name, suffix) as readable:
        return _read_layers_from(readable, name, layer, where, suffix)


def _read_layers_from(
    src: Any,
    name: str,
    layer: str | int | None,
    where: str | None,
    suffix: str | None = None,
) -> tuple[gpd.GeoDataFrame, str]:
    try:
        if (suffix or _suffix(name)) in _GEOJSON_SUFFIXES and layer is None:
            # one layer by definition; GDAL parses the whole file on every open, so once
            return pyogrio.read_dataframe(src, where=where), "GeoJSON"
        if (suffix or _suffix(name)) == ".csv":
            return _read_csv(src, name, where), "CSV"
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
    except UnicodeDecodeError as err:
        raise _not_utf8(name, src, err) from None
    except ValueError as err:
        if where is None:
            raise
        # pyogrio's "Invalid SQL query for layer ...": the filter, not the file
        msg = (
            f"Could not filter {name!r:.120} with where={where!r:.120}: it is an SQL WHERE "
            "clause on the layer's columns, with text values in single quotes, e.g. "
            "where=\"control = 'Russian-held'\"; or pass a dict such as "
            "where={'control': 'Russian-held'}."
        )
        raise LayerError(msg) from err
    except _PYOGRIO_ERRORS as err:
        hint = ""
        if where is not None:
            hint = f" (check the SQL where={where!r}: column names and quoting)"
        elif layer is not None:
            with contextlib.suppress(*_PYOGRIO_ERRORS):
                hint = f" (its layers: {pyogrio.list_layers(src)[:, 0].tolist()!r:.200})"
        found = _what_it_is(src)
        if found:
            msg = f"Could not read {name!r:.120} as a vector layer{found}."
        else:
            # GDAL's own advice ("prefix the file path with '<DRIVER>:'") is no option here
            said = str(err).split("; It might help", 1)[0].rstrip(". ")
            msg = (
                f"Could not read {name!r} as a vector layer{hint}: {said}. Pass a GeoJSON, "
                "GeoPackage, Shapefile, KML, FlatGeobuf or GeoParquet file."
            )
        raise LayerError(msg) from err
    if len(frames) == 1:
        return frames[0], driver
    crs = {str(f.crs) for f in frames}
    if len(crs) > 1:
        frames = [f.to_crs(frames[0].crs) if f.crs is not None else f for f in frames]
    combined = pd.concat(frames, ignore_index=True)
    return gpd.GeoDataFrame(combined, geometry=frames[0].geometry.name, crs=frames[0].crs), driver


def _read_bytes(
    data: bytes, name: str, layer: str | int | None, where: str | None, suffix: str | None = None
) -> tuple[gpd.GeoDataFrame, str | None, str]:
    if not data.strip():
        msg = f"The layer {name!r:.120} is empty (0 bytes)."
        raise LayerError(msg)
    suffix = suffix or _suffix(name)
    if suffix in _PARQUET_SUFFIXES or (not suffix and data[:4] == b"PAR1"):
        return _read_parquet(io.BytesIO(data), name), "Parquet", name
    if not suffix and data.lstrip()[:1] == b"{":  # an API path without a suffix
        suffix = ".geojson"
    frame, driver = _read_ogr(data, name, layer, where, suffix)
    return frame, driver, name


_GEOJSON_GEOMETRIES = ("Polygon", "MultiPolygon", "GeometryCollection")


def _load(
    source: Any,
    layer: str | int | None,
    where: str | None,
    timeout: float,
    max_bytes: int,
    refresh: bool,
) -> tuple[gpd.GeoDataFrame, str | None, str]:
    """Read ``source`` into a GeoDataFrame; return it, the GDAL driver and a display name."""
    if isinstance(source, shapely.Geometry):  # one polygon, in lon/lat degrees
        source = gpd.GeoDataFrame(geometry=[source], crs="EPSG:4326")
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
    if isinstance(source, Mapping):  # an open GeoJSON object
        if source.get("type") in _GEOJSON_GEOMETRIES:  # a bare geometry
            source = {"type": "Feature", "properties": {}, "geometry": dict(source)}
        if source.get("type") not in ("FeatureCollection", "Feature"):
            msg = (
                f"A dict layer must be a GeoJSON FeatureCollection, Feature or geometry, not "
                f"one of type {source.get('type')!r:.80}."
            )
            raise InvalidInputError(msg)
        try:
            data = json.dumps(source, allow_nan=False).encode()
        except ValueError:
            # a NaN or infinite number: GDAL reads Python's NaN/Infinity, and a coordinate
            # such as that is refused afterwards, naming its feature
            data = json.dumps(source).encode()
        except TypeError as err:
            msg = f"The GeoJSON dict cannot be written as JSON: {err}"
            raise InvalidInputError(msg) from err
        return _read_bytes(data, "the GeoJSON dict", layer, where, ".geojson")
    if isinstance(source, str) and _is_url(source):
        cached = _fetch.fetch(source, timeout=timeout, max_bytes=max_bytes, refresh=refresh)
        raw = cached.read_bytes()
        if raw[:2] == b"\x1f\x8b":  # gzip, whatever the URL says
            raw = _gunzip(raw, source, max_bytes)
        return _read_bytes(raw, source, layer, where)
    if not isinstance(source, str | os.PathLike):
        msg = (
            f"read_layer() needs a path, an http(s) URL, a GeoJSON dict or a GeoDataFrame, "
            f"not {type(source).__name__} {source!r:.80}."
        )
        raise InvalidTypeError(msg)
    path = Path(source).expanduser()
    name = str(source)
    if not path.exists():
        msg = (
            f"No layer file at {name!r:.200}. Check the path (relative paths start at "
            f"{os.getcwd()!r})."
        )
        raise LayerError(msg)
    if path.is_file() and path.stat().st_size == 0:
        msg = f"The layer file {name!r} is empty (0 bytes)."
        raise LayerError(msg)
    if path.suffix.lower() == ".gz":
        return _read_bytes(_gunzip(path, name, max_bytes), name, layer, where)
    if path.suffix.lower() in _PARQUET_SUFFIXES:
        if where is not None:
            msg = (
                f"where={where!r} is an SQL filter, which GeoParquet files do not take here; "
                "pass a dict such as where={'status': 'occupied'}."
            )
            raise InvalidInputError(msg)
        return _read_parquet(path, name), "Parquet", name
    frame, driver = _read_ogr(_gdal_path(path), name, layer, where)
    return frame, driver, name


# Code pages whose text, read as Latin-1 (the Shapefile default without a .cpg file),
# comes out as runs of accented Latin letters: 'Донецьк' -> 'Äîíåöüê'. The Cyrillic ones
# first: each reads the others' bytes as Cyrillic too, so the one whose words are cased
# as words are ('Донецьк', not 'дПОЕГШЛ') is the one.
_CYRILLIC_CODE_PAGES = ("cp1251", "koi8_u", "cp866")
_CODE_PAGES = ("cp1256", "cp1253", "cp1255", "cp874")


def _cased_as_words(text: str) -> float:
    """The share of a text's words cased as words are.

    All lower, all upper, or a capital then lower.
    """
    words = re.findall(r"[^\W\d_]+", text)
    if not words:
        return 0.0
    good = sum(w.islower() or w.isupper() or (w[0].isupper() and w[1:].islower()) for w in words)
    return good / len(words)


def _misread_as(value: str) -> str | None:
    """The code page `value` looks written in, if it reads as Latin-1 mojibake."""
    letters = [c for c in value if c.isalpha()]
    accented = sum("\u00c0" <= c <= "\u00ff" for c in letters)
    if accented < 3 or accented < 0.6 * len(letters) or any(ord(c) > 0xFF for c in value):
        return None
    raw = value.encode("latin-1")
    cyrillic = [
        (_cased_as_words(text), -k, code_page)
        for k, code_page in enumerate(_CYRILLIC_CODE_PAGES)
        if (text := _decoded_in(raw, code_page, "\u0400", "\u04ff")) is not None
    ]
    if cyrillic:
        return max(cyrillic)[2]
    return next(
        (cp for cp in _CODE_PAGES if _decoded_in(raw, cp, "\u0370", "\U0010ffff") is not None),
        None,
    )


def _decoded_in(raw: bytes, code_page: str, first: str, last: str) -> str | None:
    """`raw` decoded in `code_page` when 80% of its letters fall in [first, last], else None."""
    try:
        text = raw.decode(code_page)
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    if letters and sum(first <= c <= last for c in letters) >= 0.8 * len(letters):
        return text
    return None


def _warn_misread_text(frame: gpd.GeoDataFrame, name: str) -> None:
    """Warn when a Shapefile's text looks read in the wrong encoding (no .cpg file)."""
    for column in frame.columns:
        if column == frame.geometry.name or not (
            frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column])
        ):
            continue
        for value in frame[column].dropna().head(200):
            code_page = isinstance(value, str) and _misread_as(value)
            if code_page:
                code_page = code_page.upper().replace("_", "-")  # as a .cpg names it
                warn_at_caller(
                    f"read_layer: {name!r:.120} column {column!r:.40} holds {value!r:.40}, "
                    f"which looks like {code_page} text read as Latin-1 (the "
                    "Shapefile has no .cpg file naming its encoding). Write a .cpg file "
                    f"holding '{code_page}' next to the .shp and read it again.",
                    GeoclaimsWarning,
                )
                return


def _find_column(frame: pd.DataFrame, candidates: Iterable[str]) -> str | None:
    lower = {str(c).lower(): c for c in frame.columns if c != frame.geometry.name}
    for cand in candidates:
        if cand in lower:
            return lower[cand]
    return None


# A day and month written with slashes, dots or dashes, in an order only the writer knows
_DAY_MONTH = re.compile(r"\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")


#: A date with the year first and slashes or dots: no order to guess ("2022/09/20").
_YEAR_FIRST = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")


def _iso_day(value: Any) -> _dt.date | None:
    """A date column's value as a (UTC) date, None when empty.

    Only ISO 8601 text is read ("2022-09-20", "2022-09-20T18:00:00Z"; also with the
    year first and slashes or dots, "2022/09/20"), as
    :func:`geoclaims.worldviews.parse_date` reads a date argument: "05/03/2022" could be
    5 March or May 3, and is never guessed. Raises ValueError for anything else.
    """
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        year_first = _YEAR_FIRST.fullmatch(text)
        if year_first is not None:
            # "2022/09/20", "2022.09.20": the year first, the order of the rest is ISO's
            return _dt.date(*(int(g) for g in year_first.groups()))
        try:
            return _dt.date.fromisoformat(text)
        except ValueError:
            value = _dt.datetime.fromisoformat(text)  # raises ValueError when not ISO
    elif _missing(value):
        return None
    if isinstance(value, np.datetime64):
        value = pd.Timestamp(value)
    if isinstance(value, _dt.datetime):  # a pandas Timestamp too
        if value.tzinfo is not None:
            value = value.astimezone(_dt.UTC)
        return value.date()
    if isinstance(value, _dt.date):
        return value
    raise ValueError(value)


def _as_dates(frame: pd.DataFrame, column: str, name: str) -> pd.Series:
    """A date column as dates (None when empty); a value that is no ISO date is refused."""
    days: dict[Any, _dt.date | None] = {}
    out = []
    for value in frame[column]:
        key = (type(value), value) if isinstance(value, str | _dt.date | np.datetime64) else None
        if key is not None and key in days:
            out.append(days[key])
            continue
        try:
            day = _iso_day(value)
        except (ValueError, TypeError, OverflowError) as err:
            if isinstance(value, str) and _DAY_MONTH.match(value):
                why = (
                    "a date with its day and month in either order (05/03/2022 is 5 March "
                    "or May 3), which geoclaims never guesses"
                )
            else:
                why = "not an ISO 8601 date"
            msg = (
                f"Column {column!r:.40} of {name!r:.120} has values that are not dates "
                f"geoclaims reads, such as {quote(value, 40)}: {why}. Write the dates as "
                "ISO 8601, YYYY-MM-DD (such as 2022-09-20), and read the layer again."
            )
            raise LayerError(msg) from err
        if key is not None:
            days[key] = day
        out.append(day)
    return pd.Series(out, index=frame.index, dtype=object)


def _filter_date(
    frame: gpd.GeoDataFrame, date: _dt.date, date_column: str | None, name: str
) -> tuple[gpd.GeoDataFrame, _dt.date | None, bool]:
    """Keep the features valid on ``date``.

    A snapshot column (one date per feature) keeps the latest snapshot on or before the
    date; start/end columns keep the features whose period contains the date (an empty
    end is open). A layer with neither is taken as valid on every date. Returns the
    features kept, the snapshot date picked (None without a snapshot column), and whether
    start/end columns chose them.
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
            if not known:
                msg = f"{name!r} has no dates in column {snapshot!r}."
                raise LayerError(msg)
            raise NoSnapshotError(f"{name} (column {snapshot!r})", date, known[0])
        chosen = earlier[-1]
        logger.info("control layer %s: using the snapshot of %s for %s", name, chosen, date)
        undated = int(sum(d is None for d in dates))
        if undated:
            warn_at_caller(
                f"read_layer: left out {undated} feature(s) of {name!r:.120} with no date in "
                f"column {snapshot!r:.40}; give each feature its snapshot's date."
            )
        return frame[(dates == chosen).to_numpy()], chosen, False
    start = _find_column(frame, _START_COLUMNS)
    end = _find_column(frame, _END_COLUMNS)
    if start is None and end is None:
        logger.debug("control layer %s has no date column: taken as valid on %s", name, date)
        return frame, None, False
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
    return frame[keep], None, True


def _as_text(value: Any) -> str | None:
    """A property value as the casefolded text a ``where=`` string is compared with."""
    if isinstance(value, str):
        return value.casefold()
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, _dt.datetime):
        at_midnight = value.time() == _dt.time(0) and value.tzinfo is None
        return value.date().isoformat() if at_midnight else value.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value).casefold()


def _filter_where(frame: gpd.GeoDataFrame, where: Mapping[str, Any], name: str) -> gpd.GeoDataFrame:
    keep = np.ones(len(frame), dtype=bool)
    for column, wanted in where.items():
        if column not in frame.columns:
            cols = [c for c in frame.columns if c != frame.geometry.name]
            msg = f"where={dict(where)!r}: {name!r} has no column {column!r}; columns are {cols!r}."
            raise LayerError(msg)
        if not isinstance(wanted, list | tuple | set | frozenset):
            wanted = [wanted]
        wanted = list(wanted)
        values = frame[column]
        text = {w.casefold() for w in wanted if isinstance(w, str)}
        # a date compares as the text it is written as ("2022-09-20")
        text |= {_as_text(w) for w in wanted if isinstance(w, _dt.date)}
        text |= {_as_text(pd.Timestamp(w)) for w in wanted if isinstance(w, np.datetime64)}
        other = [w for w in wanted if not isinstance(w, str | _dt.date | np.datetime64)]
        match = np.array(values.isin(other), dtype=bool)
        if text:  # "3" finds 3 and 3.0, "2022-09-20" a date: compare as the text shown
            as_text = values.map(_as_text)
            match |= np.array(as_text.isin(text), dtype=bool)
        if not match.any():
            seen = sorted({str(v) for v in values.dropna().unique()})[:20]
            msg = (
                f"where={dict(where)!r} matched no feature of {name!r}: column {column!r} "
                f"holds {seen!r}."
            )
            raise LayerError(msg)
        if len(wanted) > 1:
            # one of several values that matches nothing: a value mistyped or cut (an ISW
            # legend "... before February 24, 2022" split at its comma) drops its ground
            shown = set(values.map(_as_text).dropna())
            unmatched = [
                w
                for w in wanted
                if (_as_text(w) if isinstance(w, str | _dt.date) else w) not in shown
                and not (not isinstance(w, str | _dt.date) and values.isin([w]).any())
            ]
            if unmatched:
                seen = sorted({str(v) for v in values.dropna().unique()})[:20]
                warn_at_caller(
                    f"read_layer: where={{{column!r}: ...}}: {unmatched!r} matched no "
                    f"feature of {name!r:.120}; column {column!r} holds {seen!r}. A value "
                    "with a comma goes in quotes on the command line: "
                    "--where 'layer=\"A, B\"'.",
                    GeoclaimsWarning,
                )
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
    parts += [
        p
        for nested in shapely.get_parts(geom)
        if nested.geom_type == "GeometryCollection" and (p := _polygonal_part(nested)) is not None
    ]
    if not parts:
        return None
    return shapely.union_all(parts) if len(parts) > 1 else parts[0]


def _clean_geometry(frame: gpd.GeoDataFrame, name: str) -> gpd.GeoDataFrame:
    geoms = np.asarray(frame.geometry.values, dtype=object)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if (~present).any():
        warn_at_caller(
            f"read_layer: left out {int((~present).sum())} feature(s) of {name!r:.120} that "
            "have no geometry."
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
        warn_at_caller(
            f"read_layer: left out {(~polygonal).sum()} feature(s) of {name!r} that are not "
            f"polygons ({kinds!r}).",
            GeoclaimsWarning,
        )
        frame, geoms = frame[polygonal], geoms[polygonal]
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():
        fixed = shapely.make_valid(geoms[invalid], method="structure", keep_collapsed=False)
        geoms[invalid] = [_polygonal_part(g) for g in fixed]
        warn_at_caller(
            f"read_layer: repaired {int(invalid.sum())} invalid polygon(s) of {name!r} "
            "with shapely.make_valid.",
            GeoclaimsWarning,
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
        if driver in (*_GEOJSON_DRIVERS, "CSV"):
            # GeoJSON is EPSG:4326 (RFC 7946); a CSV of WKT carries no CRS, and the bounds
            # check below refuses one that cannot be in degrees
            logger.debug("control layer %s has no CRS: read as EPSG:4326", name)
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
    if len(frame) == 0:
        return frame
    xmin, ymin, xmax, ymax = frame.total_bounds
    if np.isnan([xmin, ymin, xmax, ymax]).all():
        msg = (
            f"{name!r:.120} has no features with a geometry: each of its {len(frame)} "
            "features has a null or empty geometry. A control layer needs polygons of the "
            "ground held; check the export that wrote it."
        )
        raise LayerError(msg)
    if not (np.isfinite([xmin, ymin, xmax, ymax]).all()) or (
        ymin < -90.000001 or ymax > 90.000001 or xmin < -180.000001 or xmax > 360.000001
    ):
        msg = (
            f"{name!r:.120} has coordinates outside longitude/latitude degrees (bounds "
            f"{xmin:.6g}, {ymin:.6g}, {xmax:.6g}, {ymax:.6g}): longitudes must lie within "
            "±180° (or 0–360°) and latitudes within ±90°. These look like projected "
            "coordinates (metres, e.g. UTM or Web Mercator) written without their CRS. "
            "Reproject the layer to EPSG:4326 before writing GeoJSON (RFC 7946), read a "
            "format that carries its CRS (GeoPackage, a Shapefile with its .prj), or call "
            "gdf.set_crs(<the right EPSG code>) on a GeoDataFrame."
        )
        raise LayerError(msg)
    return frame


_WORLD = shapely.box(-180.0, -90.0, 180.0, 90.0)
_WEST_OF_WORLD = shapely.box(-540.0, -90.0, -180.0, 90.0)
_EAST_OF_WORLD = shapely.box(180.0, -90.0, 540.0, 90.0)


def _into_world(geom: Any) -> Any:
    """Cut a geometry drawn in continuous longitudes at ±180° and shift each part into ±180°."""
    parts = [shapely.intersection(geom, _WORLD)]
    for box, shift in ((_WEST_OF_WORLD, 360.0), (_EAST_OF_WORLD, -360.0)):
        piece = shapely.intersection(geom, box)
        if not piece.is_empty:
            parts.append(shapely.affinity.translate(piece, xoff=shift))
    polys = [p for p in parts if not p.is_empty]
    if not polys:
        return geom
    return shapely.make_valid(shapely.union_all(polys))


def _unwrap_ring(xy: np.ndarray) -> np.ndarray | None:
    """A ring's coordinates with longitudes made continuous across ±180°, or None if unneeded.

    A step of more than 180° crosses 180° the short way (175°E to 165°W); a step of a
    whole 360° (-180° to 180°, the edge of a world box or of Antarctica) runs along its
    parallel as drawn and is no crossing.
    """
    step = np.diff(xy[:, 0])
    jumps = (np.abs(step) > 180.0) & (np.abs(step) < 360.0 - 1e-9)
    if not jumps.any():
        return None
    shift = np.concatenate([[0.0], np.cumsum(np.where(jumps, -360.0 * np.sign(step), 0.0))])
    out = xy.copy()
    out[:, 0] += shift
    return out


def _unwrap_polygon(poly: Any, name: str) -> Any | None:
    """The polygon in continuous longitudes if a ring jumps across ±180°, else None."""
    rings = [np.asarray(poly.exterior.coords)[:, :2]] + [
        np.asarray(r.coords)[:, :2] for r in poly.interiors
    ]
    unwrapped = [_unwrap_ring(r) for r in rings]
    if all(u is None for u in unwrapped):
        return None
    rings = [r if u is None else u for r, u in zip(rings, unwrapped, strict=True)]
    if abs(rings[0][0, 0] - rings[0][-1, 0]) > 1e-9:
        msg = (
            f"A polygon of {name!r:.120} crosses 180° an odd number of times: its ring goes "
            "round a pole, which a control layer cannot mean. Split it at 180° (RFC 7946 "
            "§3.1.9) and read it again."
        )
        raise LayerError(msg)
    centre = rings[0][:, 0].mean()
    offsets = [360.0 * round((centre - r[:, 0].mean()) / 360.0) for r in rings[1:]]
    holes = [r + np.array([off, 0.0]) for r, off in zip(rings[1:], offsets, strict=True)]
    return shapely.Polygon(rings[0], holes)


def _fix_longitudes(
    frame: gpd.GeoDataFrame, name: str, who: str = "read_layer"
) -> gpd.GeoDataFrame:
    """Cut rings that cross 180° and wrap 0–360° longitudes into ±180°, with a warning each.

    GeoJSON (RFC 7946 §3.1.9) splits a geometry that crosses the antimeridian; a ring
    drawn across it (175°E to 165°W) would otherwise read as the long way round the
    globe, and a part beyond 180° (175 to 195) would miss every country polygon.
    """
    if len(frame) == 0:
        return frame
    geoms = np.asarray(frame.geometry.values, dtype=object)
    bounds = shapely.bounds(geoms)
    wide = np.flatnonzero((bounds[:, 2] - bounds[:, 0]) > 180.0)
    crossing = 0
    for i in wide:
        polys = [p for p in shapely.get_parts(geoms[i]) if p.geom_type == "Polygon"]
        unwrapped = [_unwrap_polygon(p, name) for p in polys]
        if all(u is None for u in unwrapped):
            continue
        crossing += 1
        fixed = [p if u is None else _into_world(u) for p, u in zip(polys, unwrapped, strict=True)]
        geoms[i] = shapely.union_all(fixed)
    if crossing:
        warn_at_caller(
            f"{who}: {crossing} polygon(s) of {name!r:.120} cross the antimeridian "
            "(180°) as one ring; cut at 180° into parts on either side (RFC 7946 §3.1.9) "
            "before measuring.",
            GeoclaimsWarning,
        )
    bounds = shapely.bounds(geoms)
    east = np.flatnonzero(bounds[:, 2] > 180.0)
    if len(east):
        geoms[east] = [_into_world(g) for g in geoms[east]]
        warn_at_caller(
            f"{who}: {len(east)} feature(s) of {name!r:.120} have longitudes beyond "
            "180° (a 0–360° layer); wrapped to −180…180° and cut at 180°.",
            GeoclaimsWarning,
        )
    if crossing or len(east):
        frame = frame.set_geometry(gpd.GeoSeries(geoms, index=frame.index, crs=frame.crs))
    return frame


_WHERE_ACCEPTS = (
    "where must be a dict that maps a property to a value (a string, number, bool or "
    "date) or to a non-empty list of values, such as where={'control': 'Russian-held'} or "
    "where={'status': ['occupied', 'crimea']}, or an SQL WHERE clause as a string"
)


def _where_value_fault(value: Any) -> str | None:
    """Why one value of a ``where`` dict cannot be matched, or None when it can."""
    if isinstance(value, str | _dt.date | np.datetime64 | np.bool_):
        return None
    if isinstance(value, numbers.Real):
        if isinstance(value, float | np.floating) and not math.isfinite(value):
            return "a NaN or infinite number, which no property equals"
        return None
    return f"{type(value).__name__}, not a value a property is compared with"


def _check_where(where: Any) -> None:
    """Refuse a ``where=`` that is not an SQL string or a dict of values (see read_layer)."""
    if where is None or isinstance(where, str):
        return
    if not isinstance(where, Mapping):
        msg = f"{_WHERE_ACCEPTS}; not {type(where).__name__} {quote(where)}."
        raise InvalidTypeError(msg)
    for key, wanted in where.items():
        if isinstance(wanted, list | tuple | set | frozenset):
            if not wanted:
                msg = f"where={{{quote(key)}: {quote(wanted)}}} lists no value. {_WHERE_ACCEPTS}."
                raise InvalidInputError(msg)
            faults = [(v, f) for v in wanted if (f := _where_value_fault(v)) is not None]
        else:
            fault = _where_value_fault(wanted)
            faults = [] if fault is None else [(wanted, fault)]
        if faults:
            value, fault = faults[0]
            msg = (
                f"where={{{quote(key)}: {quote(wanted)}}} cannot be matched: {quote(value)} "
                f"is {fault}. {_WHERE_ACCEPTS}."
            )
            number = isinstance(value, numbers.Real)  # NaN: the right type, no value
            raise (InvalidInputError if number else InvalidTypeError)(msg)


def _check_layer_arguments(layer: Any, date_column: Any, refresh: Any) -> None:
    """Refuse a ``layer``, ``date_column`` or ``refresh`` of the wrong type (see read_layer)."""
    if layer is not None and (isinstance(layer, bool) or not isinstance(layer, str | int)):
        msg = (
            f"layer= takes the name (a string) or the 0-based position (an int) of a layer "
            f"of the file, not {type(layer).__name__} {quote(layer)}."
        )
        raise InvalidTypeError(msg)
    if date_column is not None and not isinstance(date_column, str):
        msg = (
            f"date_column= takes the name of a column (a string), such as "
            f"date_column='date', not {type(date_column).__name__} {quote(date_column)}."
        )
        raise InvalidTypeError(msg)
    if not isinstance(refresh, bool | np.bool_):
        msg = f"refresh= takes True or False, not {type(refresh).__name__} {quote(refresh)}."
        raise InvalidTypeError(msg)


@typed_errors
def read_layer(
    source: Any,
    *,
    where: Mapping[str, Any] | str | None = None,
    date: Any = None,
    layer: str | int | None = None,
    date_column: str | None = None,
    statuses: Iterable[str] | str | None = None,
    timeout: float | None = None,
    max_bytes: int | None = None,
    refresh: bool = False,
) -> gpd.GeoDataFrame:
    """Read a control layer of held ground as clean polygons in EPSG:4326.

    Parameters
    ----------
    source : str, path-like, dict, list or GeoDataFrame
        A GeoJSON, GeoPackage, Shapefile (or zipped Shapefile), KML/KMZ or GeoParquet
        file, or a CSV with WKT polygons in lon/lat degrees (in a column ``WKT``,
        ``geometry``, ``geom``, ``the_geom``, ``wkt_geom`` or ``shape``; PostGIS EWKT
        such as ``SRID=4326;POLYGON (...)`` is read in the CRS of its SRID), optionally
        gzipped (``.geojson.gz``); an ``http(s)`` URL to one (fetched
        only because you passed it, then cached); an open GeoJSON dict; a GeoDataFrame
        to check and repair; a shapely (Multi)Polygon or a GeoJSON geometry dict in
        lon/lat degrees (EPSG:4326); or a dated collection of DeepStateMap snapshots (a folder,
        a glob or a list, see :func:`geoclaims.layers.held_layer`), of which the one in
        force at ``date`` (the latest if None) is read.
    where : dict or str, optional
        Which features to keep. A dict maps a property to a value (a string, number,
        bool or date) or a non-empty list of values (strings compare without case):
        ``{"status": "occupied"}``; None or NaN is no value and refused. A string is an SQL
        ``WHERE`` clause given to GDAL: ``"status = 'occupied'"`` (files only).
    date : date, datetime or ISO string, optional
        Keep the features valid on that date. A layer with a snapshot column (``date``,
        ``as_of``, ``snapshot`` …) keeps the latest snapshot on or before the date; one
        with start/end columns (``valid_from``/``valid_to``, ``start``/``end`` …) keeps
        the features whose period contains it (an empty end is open). The dates in such
        columns must be ISO 8601 (``2022-09-20``): "05/03/2022" could be 5 March or
        May 3 and is refused, never guessed. A layer without
        such columns is taken as it is. A DeepStateMap snapshot is never filtered by
        date: ``date`` gives its time when its file name does not.
    layer : str or int, optional
        The layer of a multi-layer file (GeoPackage, KML folders). By default every
        layer with geometries is read and combined, with a ``layer`` column.
    date_column : str, optional
        Name the snapshot date column explicitly.
    statuses : str or sequence of str, optional
        For a DeepStateMap snapshot, which statuses to keep: by default the held ground
        (``occupied``, ``occupied_before_2022``, ``crimea``); ``"all"`` keeps every
        polygon, including ``unknown``, ``liberated`` and ``outside_ukraine`` (the
        "Occupied …" territories of other countries, never counted for Ukraine).
    timeout : float, optional
        Seconds a URL's whole download may take; default
        :data:`geoclaims.layers.DOWNLOAD_TIMEOUT` (60).
    max_bytes : int, optional
        Largest download, and largest decompressed ``.gz`` layer, in bytes; default
        :data:`geoclaims.layers.MAX_DOWNLOAD_BYTES` (256 MiB).
    refresh : bool, default False
        Download a URL again even if the cache holds a copy.

    Returns
    -------
    geopandas.GeoDataFrame
        In EPSG:4326, one row per polygonal feature kept, with the source's columns. A
        DeepStateMap snapshot gives one row per polygon with the columns ``status``,
        ``label`` (the map's own ``name``), ``time`` (UTC timestamp of the snapshot, from
        a Unix time in the file name, else ``date``, else missing) and ``geometry`` (2D,
        valid); Points are left out and GeometryCollections opened up. ``attrs["source"]``
        names the file or URL.

    Raises
    ------
    LayerError
        If the file is missing, empty or malformed, the URL cannot be fetched in time or
        is too large, the layer has no CRS (other than GeoJSON, which is EPSG:4326 by RFC
        7946) or coordinates that cannot be longitude/latitude (projected metres), a NaN
        or infinite coordinate, a date column with a value that is not an ISO date, a
        CSV value that is not WKT, holds no polygons, or no feature passes the filters.
    NoSnapshotError
        If a dated collection has no snapshot on or before ``date``.
    InvalidInputError
        If ``source``, ``where``, ``date``, ``layer``, ``date_column``, ``statuses``,
        ``timeout``, ``max_bytes`` or ``refresh`` has the wrong type or value (an
        :class:`~geoclaims.InvalidTypeError`, also a ``TypeError``, for a wrong type).

    Warns
    -----
    GeoclaimsWarning
        When invalid polygons were repaired with :func:`shapely.make_valid` (saying how
        many), non-polygon features were left out, polygons crossing 180° were cut or
        0–360° longitudes wrapped, or snapshot polygons were classified by their fill
        colour because their names were not recognised.

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
    _check_where(where)
    _check_layer_arguments(layer, date_column, refresh)
    if date is not None:
        from geoclaims.worldviews import parse_date

        try:
            parse_date(date)  # refused now, whatever the layer turns out to be
        except InvalidTypeError as err:
            msg = (
                f"date= takes a date, a datetime or an ISO 8601 string such as '2022-09-20', "
                f"not {type(date).__name__} {quote(date)}."
            )
            raise InvalidTypeError(msg) from err
    timeout, max_bytes = _fetch.check_limits(timeout, max_bytes)
    chosen = _deepstate.check_statuses(statuses)
    from geoclaims.layers import _dated

    entries = _dated.collection(source)
    if entries is not None:
        return _dated.read_in_force(
            entries,
            date,
            lambda path: read_layer(
                path,
                where=where,
                layer=layer,
                statuses=statuses,
                timeout=timeout,
                max_bytes=max_bytes,
                refresh=refresh,
            ),
            _dated._describe(source),
        )
    frame = _read_one(
        source, where, date, layer, date_column, chosen, timeout, max_bytes, refresh, True
    )
    if (
        statuses is not None
        and frame.attrs.get("format") != "deepstatemap"
        and _dated._is_snapshot_frame(frame)
    ):
        # a layer whose "status" column holds snapshot statuses only: the ones chosen,
        # a choice held_layer keeps
        attrs = dict(frame.attrs)
        from geoclaims.layers._dated import status_keys

        keep = status_keys(frame["status"]).isin(chosen).to_numpy()
        frame = frame[keep].reset_index(drop=True)
        frame.attrs.update(attrs)
        frame.attrs["statuses"] = chosen
    else:
        refuse_statuses(frame, statuses, source)
    return frame


def refuse_statuses(frame: gpd.GeoDataFrame, statuses: Any, source: Any) -> None:
    """Refuse ``statuses=`` on a layer that is no DeepStateMap snapshot.

    Statuses name a snapshot's kinds of ground: on another layer they would choose
    nothing, and every feature would count in silence.

    Raises
    ------
    InvalidInputError
        Naming the layer, its columns and ``where=`` to use instead.
    """
    from geoclaims.layers._dated import _is_snapshot_frame

    if (
        statuses is None
        # (the default, as the readers pass it on: every feature of such a layer counts)
        or _deepstate.check_statuses(statuses) == _deepstate.check_statuses(None)
        or frame.attrs.get("format") == "deepstatemap"
        or _is_snapshot_frame(frame)
    ):
        return
    columns = [str(c) for c in frame.columns if c != "geometry"][:8]
    example = columns[0] if columns else "status"
    shown = frame.attrs.get("source") or (source if isinstance(source, str) else None)
    msg = (
        f"statuses={quote(statuses)} chooses among a DeepStateMap snapshot's statuses, but "
        f"{quote(str(shown)) if shown else 'the layer'} is no such snapshot (its columns: "
        f"{', '.join(columns) or 'none'}). Choose its features with where= instead (on the "
        f"command line --where COLUMN=VALUE), e.g. where={{{example!r}: ...}}."
    )
    raise InvalidInputError(msg)


def _read_one(
    source: Any,
    where: Mapping[str, Any] | str | None,
    date: Any,
    layer: str | int | None,
    date_column: str | None,
    chosen: tuple[str, ...],
    timeout: float,
    max_bytes: int,
    refresh: bool,
    date_gives_time: bool,
) -> gpd.GeoDataFrame:
    """Read one layer (not a collection); see :func:`read_layer`.

    ``attrs`` get ``source``, and ``format`` = "deepstatemap" for a snapshot, or
    ``snapshot_date`` when a snapshot column picked one date.
    """
    sql = where if isinstance(where, str) else None
    frame, driver, name = _load(source, layer, sql, timeout, max_bytes, refresh)
    if not isinstance(frame, gpd.GeoDataFrame) or frame.geometry.name not in frame.columns:
        msg = f"{name!r} has no geometry column."
        raise LayerError(msg)
    _refuse_non_finite(frame, name)
    if len(frame) == 0:
        extra = f" matching where={where!r}" if sql else ""
        msg = f"{name!r} has no features{extra}."
        raise LayerError(msg)
    if driver == "ESRI Shapefile":
        _warn_misread_text(frame, name)
    attrs = dict(frame.attrs)
    # GeoJSON files, and GeoDataFrames a user read from one with geopandas
    snapshot = driver in (*_GEOJSON_DRIVERS, None) and _deepstate.is_snapshot(frame)
    picked = None
    by_period = False
    if snapshot:
        frame = _read_snapshot(frame, name, date if date_gives_time else None, chosen)
        if isinstance(where, Mapping) and len(frame):
            frame = _filter_where(frame, where, name)
    else:
        if isinstance(where, Mapping):
            frame = _filter_where(frame, where, name)
        if date is not None or date_column is not None:
            from geoclaims.worldviews import parse_date

            day = parse_date(date)
            frame, picked, by_period = _filter_date(frame, day, date_column, name)
    frame = _to_wgs84(frame, driver, name)
    frame = _fix_longitudes(frame, name)
    if not snapshot:
        frame = _clean_geometry(frame, name)
    frame = frame.reset_index(drop=True)
    frame.attrs.update(attrs)
    frame.attrs["source"] = name if name != "the GeoDataFrame" else attrs.get("source", name)
    if where is not None:
        frame.attrs["where"] = _where_words(where)  # what was kept, for a page to say
    if snapshot:
        frame.attrs["format"] = "deepstatemap"
        frame.attrs["statuses"] = chosen
    if picked is not None:
        frame.attrs["snapshot_date"] = picked
    if by_period:
        frame.attrs["valid_on"] = day  # the features were chosen by their start/end dates
    return frame


def _refuse_non_finite(frame: gpd.GeoDataFrame, name: str) -> None:
    """Refuse a layer with a NaN or infinite coordinate, naming its feature and vertex.

    Such a vertex has no place on the map: GEOS would "repair" its polygon into another
    shape (losing part of the area), so nothing is measured.
    """
    geoms = np.asarray(frame.geometry.values, dtype=object)
    # (points and lines are left out afterwards, with or without a number)
    areal = np.isin(shapely.get_type_id(geoms), (3, 6, 7))  # (Multi)Polygon, collection
    if not areal.any():
        return
    bad = non_finite_vertex(np.where(areal, geoms, None))
    if bad is None:
        return
    row = bad.geometry
    label = next(
        (
            f"; {column} {quote(frame[column].iloc[row], 40)}"
            for column in frame.columns
            if str(column).lower() in ("id", "name", "fid")
            and not _missing(frame[column].iloc[row])
        ),
        "",
    )
    msg = (
        f"{name!r:.120} has coordinates that are not numbers (NaN or infinite) in "
        f"{bad.geometries} feature(s): the first is feature {row} (counting from 0{label}), "
        f"whose vertex {bad.vertex} is ({bad.x}, {bad.y}). Such a vertex draws no shape, "
        "and repairing the polygon would lose part of its area: fix or remove it in the "
        "source and read the layer again."
    )
    raise LayerError(msg)


def _missing(value: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _where_words(where: Mapping[str, Any] | str) -> str:
    """A ``where`` filter in words: "status=occupied", "kind in (A, B)", or the SQL."""
    if isinstance(where, str):
        return where
    parts = []
    for key, value in where.items():
        if isinstance(value, list | tuple | set | frozenset):
            parts.append(f"{key} in ({', '.join(map(str, value))})")
        else:
            parts.append(f"{key}={value}")
    return " and ".join(parts)


def _read_snapshot(
    frame: gpd.GeoDataFrame, name: str, date: Any, chosen: tuple[str, ...]
) -> gpd.GeoDataFrame:
    """A DeepStateMap snapshot as one row per polygon of the chosen statuses."""
    time = _deepstate.time_from_name(name) if name != "the GeoJSON dict" else None
    if time is None and date is not None:
        from geoclaims.worldviews import parse_date

        time = pd.Timestamp(parse_date(date), tz="UTC")
    out, by_fill = _deepstate.snapshot_frame(frame, time)
    if by_fill:
        shown = ", ".join(repr(" ".join(n.split())[:40]) for n in by_fill[:5])
        more = f" and {len(by_fill) - 5} more" if len(by_fill) > 5 else ""
        warn_at_caller(
            f"read_layer: classified {len(by_fill)} polygon(s) of the DeepStateMap snapshot "
            f"{name!r:.120} by their fill colour, as their names say no known status "
            f"({shown}{more}).",
            GeoclaimsWarning,
        )
    logger.info(
        "control layer %s: DeepStateMap snapshot of %s, %d polygons (%s)",
        name,
        time,
        len(out),
        out["status"].value_counts().to_dict(),
    )
    kept = out[out["status"].isin(chosen).to_numpy()]
    # the count travels with the frame too, for callers that read snapshots on threads,
    # where warnings cannot be collected reliably (control_history)
    kept.attrs["classified_by_fill"] = len(by_fill)
    contested = out[(out["status"] == "unknown").to_numpy()]
    if "unknown" not in chosen and len(contested):
        # the grey ground the map leaves undecided, not counted: check says when it
        # would decide a figure
        kept.attrs["contested"] = shapely.union_all(
            shapely.make_valid(np.asarray(contested.geometry.values))
        )
    return kept
