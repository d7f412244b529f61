"""DeepStateMap snapshots: recognise one, and read each polygon's status from its name.

A DeepStateMap snapshot is a bare GeoJSON FeatureCollection exported from Google My
Maps / KML: properties ``name``, ``styleUrl``, ``styleHash``, ``fill`` …, Polygons and
GeometryCollections of Polygons with a third coordinate (always 0), and Points (units,
arrows, towns) mixed in. The status is in ``name``, written three ways over time:

A (2022-04 to 2022-05-11)
    Ukrainian only: "Окуповано", "ОРДЛО", "Окупований Крим", "Під питанням", ...
B (2022-05-13 to 2024-03-22)
    "uk /// en": "Окуповано /// Occupied", "ОРДЛО /// CADR and CALR", ...
C (2024-03-23 on)
    "uk /// en /// key": ``geoJSON.status.occupied``, ``geoJSON.territories.crimea``, ...

Names carry non-breaking spaces, trailing newlines and dots, separators with or without
spaces, and sometimes U+FFFD in the Ukrainian half; the key, then the English half,
then the Ukrainian half are tried, and a polygon whose name says nothing known is
classified by its fill colour (the caller warns how many were).

The vocabulary below is the only place that knows the map's words; it was surveyed over
the ~1,360 snapshots of the public archive (2022-04 to 2025-08).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

__all__ = ["HELD_STATUSES", "STATUSES", "classify_name", "is_snapshot", "snapshot_frame"]

#: Every status a snapshot polygon can get.
STATUSES = (
    "occupied",  # occupied since 24 February 2022
    "occupied_before_2022",  # held since 2014-15 (ORDLO: parts of Donetsk and Luhansk)
    "crimea",  # Crimea, Sevastopol and Tuzla Island (held since 2014)
    "unknown",  # contested, situation or status unknown (grey)
    "liberated",  # taken back by Ukraine
    "outside_ukraine",  # "Occupied ..." territories of other countries (never Ukraine's)
)
#: The statuses that make up held ground in Ukraine (what :func:`held_layer` keeps).
HELD_STATUSES = ("occupied", "occupied_before_2022", "crimea")

# -- vocabulary (data) --------------------------------------------------------------------

# period C keys; a key that starts with one of these prefixes has that status
_KEYS = (
    ("geojson.status.occupied", "occupied"),
    ("geojson.status.unknown", "unknown"),
    ("geojson.status.dismissed", "liberated"),  # also .dismissed_at {{at:DD.MM}}
    ("geojson.territories.ordlo", "occupied_before_2022"),
    ("geojson.territories.crimea", "crimea"),
    ("geojson.territories.tuzla", "crimea"),
    ("geojson.territories.", "outside_ukraine"),  # transnistria, abkhazia, karelia, ...
)
# keys that name a place, not a status: the map shows its status by the fill colour alone
# (Snake Island, taken back in July 2022, stays on the map with the liberated fill)
_PLACE_KEYS = ("geojson.zmiinyi_island",)
# territories outside Ukraine, in either language (stems, casefolded)
_OUTSIDE = (
    "transnistria", "abkhazia", "tskhinval", "ossetia", "karelia", "kuril", "prussia",
    "petsamo", "salla", "estonia", "latvia", "pechor", "ichkeria", "chechnya", "moldova",
    "придністров", "абхаз", "цхінвал", "осеті", "карел", "курил", "прусс", "петсамо",
    "салла", "естоні", "латві", "печор", "ічкері",
)  # fmt: skip
# English half (periods B and C), first match wins
_ENGLISH = (
    (r"\bcrimea|\btuzla", "crimea"),
    (r"\bcadr\b|\bcalr\b|\bordlo\b", "occupied_before_2022"),
    (r"contest|contens|conten|unknown|situation is", "unknown"),
    (r"liberat|taken back|recaptur|dismissed", "liberated"),
    (r"\boccupied\b", "occupied"),
)
# Ukrainian half (all of period A), first match wins; skipped when it holds U+FFFD
_UKRAINIAN = (
    (r"\bкрим\b|тузла", "crimea"),
    (r"\bордло\b", "occupied_before_2022"),
    (r"під питанням|ситуація невідома|статус невідомий", "unknown"),
    (r"звільн", "liberated"),
    (r"окупован", "occupied"),
)
# fill colours (lower case): the map's legend
_FILLS = {
    "#a52714": "occupied",
    "#880e4f": "occupied_before_2022",  # also Crimea and Tuzla: held since 2014-15
    "#000000": "occupied_before_2022",  # early 2022
    "#bcaaa4": "unknown",
    "#bdbdbd": "unknown",
    "#0f9d58": "liberated",
    "#0288d1": "liberated",
    "#01579b": "liberated",
    "#ff5252": "outside_ukraine",
}
# properties a Google My Maps / KML export gives every feature
_STYLE_COLUMNS = ("styleUrl", "styleHash", "styleMapHash")
_SEPARATOR = "///"

_ENGLISH_RE = [(re.compile(p), s) for p, s in _ENGLISH]
_UKRAINIAN_RE = [(re.compile(p), s) for p, s in _UKRAINIAN]


def _normalise(name: str) -> str:
    """NFC, every kind of space one plain space, no trailing dots/spaces, casefolded."""
    text = unicodedata.normalize("NFC", name)
    text = " ".join(text.split())  # NBSP, newlines and tabs are all whitespace to split()
    return text.strip(" .").casefold()


def _outside(text: str) -> bool:
    return any(stem in text for stem in _OUTSIDE)


def classify_name(name: object) -> str | None:
    r"""Status of a snapshot polygon from its ``name``, or None when the name says nothing.

    Parameters
    ----------
    name : str
        The feature's ``name`` property as the map writes it (any period).

    Returns
    -------
    str or None
        One of :data:`STATUSES`, or None (the caller falls back on the fill colour).

    Examples
    --------
    >>> classify_name("Окуповано /// Occupied\xa0/// geoJSON.status.occupied\n")
    'occupied'
    >>> classify_name("Окупова\ufffdо ///Occupied.")
    'occupied'
    >>> classify_name("ОРДЛО")
    'occupied_before_2022'
    >>> classify_name("Окупована Абхазія.\n///\nOccupied Abkhazia.\n/// geoJSON.territories.x")
    'outside_ukraine'
    >>> classify_name("Багатокутник 11") is None
    True
    """
    if not isinstance(name, str) or not name.strip():
        return None
    parts = [_normalise(p) for p in name.split(_SEPARATOR)]
    keys = [p for p in parts if p.startswith("geojson.")]
    halves = [p for p in parts if p and not p.startswith("geojson.")]
    for key in keys:
        for prefix, status in _KEYS:
            if key.startswith(prefix):
                return status
    english = halves[1] if len(halves) > 1 else ""
    ukrainian = halves[0] if halves else ""
    if english:
        if _outside(english):
            return "outside_ukraine"
        for pattern, status in _ENGLISH_RE:
            if pattern.search(english):
                return status
    if ukrainian and "\ufffd" not in ukrainian:
        if _outside(ukrainian):
            return "outside_ukraine"
        for pattern, status in _UKRAINIAN_RE:
            if pattern.search(ukrainian):
                return status
    return None


def _place_key(name: object) -> bool:
    r"""Whether a name carries a key of a place whose status only its fill colour gives.

    >>> _place_key("Зміїний ///\xa0Snake Island /// geoJSON.zmiinyi_island")
    True
    >>> _place_key("Багатокутник 11")
    False
    """
    if not isinstance(name, str):
        return False
    parts = (_normalise(p) for p in name.split(_SEPARATOR))
    return any(p.startswith(_PLACE_KEYS) for p in parts)


def _fill_status(fill: object) -> str | None:
    if not isinstance(fill, str):
        return None
    return _FILLS.get(fill.strip().lower())


def is_snapshot(frame: pd.DataFrame) -> bool:
    """Whether a layer read from GeoJSON is a DeepStateMap snapshot.

    It is when its features carry ``name`` and the My Maps style properties (``styleUrl``
    / ``styleHash`` or ``fill``), and the name of at least one polygon says a status the
    map uses, or its polygons (with a ``fill-opacity``) are all filled with the map's
    status colours, of two statuses at least (names the reader does not know yet,
    classified by their fill).
    """
    if "name" not in frame.columns:
        return False
    if not any(c in frame.columns for c in (*_STYLE_COLUMNS, "fill")):
        return False
    geom_types = frame.geometry.geom_type
    polygonal = geom_types.isin(["Polygon", "MultiPolygon", "GeometryCollection"])
    names = frame.loc[polygonal.to_numpy(), "name"]
    if any(classify_name(n) is not None for n in names.head(2000)):
        return True
    if "fill" not in frame.columns or "fill-opacity" not in frame.columns:
        return False
    statuses = [_fill_status(f) for f in frame.loc[polygonal.to_numpy(), "fill"].head(2000)]
    # (two statuses at least: one red polygon alone is as likely a plain layer's style)
    return None not in statuses and len(set(statuses)) >= 2


def _polygon_parts(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The 2D valid polygons of each geometry, with the index of the geometry each came from.

    GeometryCollections and multi-geometries are opened up, Points and lines dropped,
    the third coordinate removed, and invalid rings repaired with make_valid.
    """
    parts, index = shapely.get_parts(geoms, return_index=True)
    while True:
        nested = np.isin(shapely.get_type_id(parts), (4, 5, 6, 7))
        if not nested.any():
            break
        sub, sub_index = shapely.get_parts(parts[nested], return_index=True)
        parts = np.concatenate([parts[~nested], sub])
        index = np.concatenate([index[~nested], index[nested][sub_index]])
    keep = (shapely.get_type_id(parts) == 3) & ~shapely.is_empty(parts)
    parts, index = shapely.force_2d(parts[keep]), index[keep]
    bad = ~shapely.is_valid(parts)
    if bad.any():
        fixed = shapely.make_valid(parts[bad], method="structure", keep_collapsed=False)
        sub, sub_index = shapely.get_parts(fixed, return_index=True)
        ok = (shapely.get_type_id(sub) == 3) & ~shapely.is_empty(sub)
        parts = np.concatenate([parts[~bad], sub[ok]])
        index = np.concatenate([index[~bad], index[bad][sub_index[ok]]])
    order = np.argsort(index, kind="stable")
    return parts[order], index[order]


def snapshot_frame(
    frame: gpd.GeoDataFrame, time: pd.Timestamp | None
) -> tuple[gpd.GeoDataFrame, list[str]]:
    """Turn a raw snapshot into one row per polygon with its status.

    Parameters
    ----------
    frame : geopandas.GeoDataFrame
        The snapshot as read from GeoJSON (``name``, ``fill``, ... and geometry).
    time : pandas.Timestamp or None
        The snapshot's time (UTC), or None when unknown.

    Returns
    -------
    (geopandas.GeoDataFrame, list of str)
        Columns ``status``, ``label``, ``time``, ``geometry`` (2D valid Polygons,
        EPSG:4326), Points dropped and GeometryCollections flattened; and the names
        of the polygons that were classified by their fill colour although their names
        say nothing the map defines (a known place key, such as Snake Island's, whose
        status the map gives by its fill alone, is not listed).
    """
    geoms = np.asarray(frame.geometry.array, dtype=object)
    present = ~shapely.is_missing(geoms)
    rows = np.flatnonzero(present)
    parts, index = _polygon_parts(geoms[present])
    index = rows[index]
    names = frame["name"].to_numpy(dtype=object)
    fills = frame["fill"].to_numpy(dtype=object) if "fill" in frame.columns else None
    status_of: dict[int, str] = {}
    by_fill: list[str] = []
    known: dict[object, str | None] = {}
    for i in np.unique(index).tolist():
        name = names[i]
        key = name if isinstance(name, str) else None
        if key not in known:
            known[key] = classify_name(key)
        status = known[key]
        fill_status = _fill_status(fills[i]) if fills is not None else None
        if status is None:
            if not (fill_status and _place_key(name)):
                by_fill.append(str(name))
            status = fill_status or "unknown"
        elif status == "occupied" and fill_status == "outside_ukraine":
            # an "Occupied ..." territory the name list does not know yet
            status = "outside_ukraine"
        status_of[i] = status
    labels = ["" if not isinstance(names[i], str) else names[i] for i in index.tolist()]
    out = gpd.GeoDataFrame(
        {
            "status": pd.Series([status_of[i] for i in index.tolist()], dtype=object),
            "label": pd.Series(labels, dtype=object),
            "time": pd.Series([time] * len(index), dtype="datetime64[ns, UTC]"),
        },
        geometry=gpd.GeoSeries(parts, crs=frame.crs),
    )
    return out, by_fill


def check_statuses(statuses: Iterable[str] | str | None) -> tuple[str, ...]:
    """Validate a ``statuses=`` argument: None (held ground), "all", or a list of statuses."""
    from geoclaims._errors import InvalidInputError

    if statuses is None:
        return HELD_STATUSES
    if isinstance(statuses, str):
        statuses = [statuses]
    if isinstance(statuses, Mapping | bytes) or not isinstance(statuses, Iterable):
        from geoclaims._errors import InvalidTypeError

        msg = (
            f"statuses= takes 'all', one status or a list of them (strings such as "
            f"{', '.join(HELD_STATUSES)}), not {type(statuses).__name__}: {statuses!r:.80}."
        )
        raise InvalidTypeError(msg)
    chosen = tuple(statuses)
    if chosen == ("all",):  # also as the command line passes it: ["all"]
        return STATUSES
    unknown = [s for s in chosen if s not in STATUSES]
    if unknown or not chosen:
        msg = (
            f"statuses={chosen!r:.80} names no known status ({unknown!r:.80}); leave it out "
            f"for held ground ({', '.join(HELD_STATUSES)}), or pass 'all' or some of "
            f"{', '.join(STATUSES)} (on the command line: --statuses all, or --statuses "
            "occupied crimea)."
        )
        raise InvalidInputError(msg)
    return chosen


_UNIX_TIME = re.compile(r"(?<!\d)(1[3-9]\d{8}|[2-3]\d{9})(?P<ms>\d{3})?(?!\d)")
_ISO_TIME = re.compile(
    r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T_ ](\d{2})[:-]?(\d{2})(?:[:-]?(\d{2}))?)?(?!\d)"
    # the basic format, a date of 8 digits from 1990 on: "deepstatemap_data_20221001"
    r"|(?<!\d)((?:199|20[0-9])\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)"
)


def time_from_name(name: str) -> pd.Timestamp | None:
    """The UTC time a file or URL name gives, or None.

    A Unix time of 10 digits (the DeepStateMap archive's ``<unixtime>.geojson``, the
    API's ``/api/history/<unixtime>/geojson``), or of 13 in milliseconds, or an ISO date
    with an optional time (``2022-09-20``, ``2022-09-20T18-30``), or one in the basic
    format (``20221001``).

    Examples
    --------
    >>> time_from_name("archive/deepstate_1648989208.geojson")
    Timestamp('2022-04-03 12:33:28+0000', tz='UTC')
    >>> time_from_name("1677672000000.geojson")
    Timestamp('2023-03-01 12:00:00+0000', tz='UTC')
    >>> time_from_name("held-2022-09-20.geojson.gz")
    Timestamp('2022-09-20 00:00:00+0000', tz='UTC')
    >>> time_from_name("deepstatemap_data_20221001.geojson")
    Timestamp('2022-10-01 00:00:00+0000', tz='UTC')
    >>> time_from_name("held.geojson") is None
    True
    """
    base = str(name).replace("\\", "/")
    base = base.split("?", 1)[0]
    parts = [p for p in base.split("/") if p]
    # the file name first, then the URL's path segments (an API's /<id>/geojson)
    for part in reversed(parts[-3:]):
        match = _UNIX_TIME.search(part)
        if match:
            # seconds, or milliseconds as JavaScript writes them (13 digits)
            ms = int(match["ms"]) if match["ms"] else 0
            return pd.Timestamp(int(match.group(1)) * 1000 + ms, unit="ms", tz="UTC")
        match = _ISO_TIME.search(part)
        if match:
            groups = match.groups()
            if groups[0] is None:  # the basic format: no time
                groups = (*groups[6:], None, None, None)
            y, mo, d, h, mi, s = (int(g) if g else 0 for g in groups[:6])
            try:
                return pd.Timestamp(year=y, month=mo, day=d, hour=h, minute=mi, second=s, tz="UTC")
            except ValueError:
                continue
    return None
