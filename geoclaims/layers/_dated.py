"""Dated control layers: collections of snapshots, and the snapshot in force at a date.

A collection is a folder, a glob or a list of snapshot files (each file's name gives its
time: a Unix time as in the DeepStateMap archive, or an ISO date), or one multi-date file
with a date column (one set of polygons per day, such as ``id, date, geometry``). The
snapshot in force on a day is the latest one taken on or before that day, the evening
of the day included (times are UTC).
"""

from __future__ import annotations

import datetime as _dt
import glob
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from geoclaims._errors import (
    GeoclaimsError,
    GeoclaimsWarning,
    InvalidInputError,
    InvalidTypeError,
    LayerError,
    NoSnapshotError,
    typed_errors,
    warn_at_caller,
)
from geoclaims.layers import _deepstate

__all__ = ["Entry", "collection", "entries_of", "held_layer", "read_in_force"]

_SNAPSHOT_SUFFIXES = (".geojson", ".json", ".geojson.gz", ".json.gz")
_GLOB_CHARS = ("*", "?", "[")


@dataclass(frozen=True)
class Entry:
    """One snapshot of a collection: its time (UTC), its source, and how to read it."""

    time: pd.Timestamp
    source: str
    load: Callable[[tuple[str, ...] | None], gpd.GeoDataFrame] | None = None


def _is_url(source: Any) -> bool:
    return isinstance(source, str) and source.lower().startswith(("http://", "https://"))


def _is_snapshot_file(path: Path) -> bool:
    name = path.name.lower()
    return path.is_file() and name.endswith(_SNAPSHOT_SUFFIXES)


def _entry(source: str | os.PathLike[str]) -> Entry:
    text = str(source)
    time = _deepstate.time_from_name(text)
    if time is None:
        msg = (
            f"Cannot tell when the snapshot {text!r:.120} was taken: its name holds no Unix "
            "time or ISO date. Name each file of a collection by its time, as the "
            "DeepStateMap archive does (<unixtime>.geojson) or as YYYY-MM-DD.geojson."
        )
        raise LayerError(msg)
    return Entry(time, text)


def collection(source: Any) -> list[Entry] | None:
    """The snapshots of a folder, glob or list, sorted by time; None for a single layer.

    Raises
    ------
    LayerError
        If a folder or glob holds no snapshot files, or a file's name gives no time.
    InvalidInputError
        If a list is empty or holds something other than paths and URLs.
    """
    if isinstance(source, list | tuple):
        if not source:
            msg = "The list of snapshots is empty: pass at least one path or URL."
            raise InvalidInputError(msg)
        bad = [s for s in source if not isinstance(s, str | os.PathLike)]
        if bad:
            msg = (
                f"A list of snapshots must hold paths or URLs, not {type(bad[0]).__name__} "
                f"{bad[0]!r:.80}."
            )
            raise InvalidTypeError(msg)
        return sorted((_entry(s) for s in source), key=lambda e: e.time)
    if not isinstance(source, str | os.PathLike) or _is_url(source):
        return None
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if _is_snapshot_file(p))
        if not files:
            msg = (
                f"The folder {str(source)!r:.120} holds no snapshot files "
                f"({', '.join('*' + s for s in _SNAPSHOT_SUFFIXES)}). Check the folder, or "
                "pass a glob such as 'snapshots/*.geojson'."
            )
            raise LayerError(msg)
        return sorted((_entry(p) for p in files), key=lambda e: e.time)
    text = str(source)
    if not path.exists() and any(c in text for c in _GLOB_CHARS):
        files = sorted(Path(p) for p in glob.glob(text, recursive=True))
        files = [p for p in files if p.is_file()]
        if not files:
            msg = f"The pattern {text!r:.120} matches no files. Check the folder and pattern."
            raise LayerError(msg)
        return sorted((_entry(p) for p in files), key=lambda e: e.time)
    return None


def _describe(source: Any) -> str:
    if isinstance(source, list | tuple):
        return f"the list of {len(source)} snapshots"
    return str(source)


def snapshot_info(time: pd.Timestamp | None, source: str, as_of: _dt.date | None) -> dict[str, Any]:
    """The ``attrs["snapshot"]`` dict: time (UTC), source, and days from ``as_of``.

    ``days_from_as_of`` is the snapshot's time less midnight (UTC) of ``as_of``, in days:
    negative for a snapshot taken before that day, 0 to 1 for one taken during it.
    """
    days = None
    if time is not None and not pd.isna(time) and as_of is not None:
        start = pd.Timestamp(as_of, tz="UTC")
        days = round((time - start) / pd.Timedelta(days=1), 4)
    return {"time": time if time is not None and not pd.isna(time) else None,
            "source": source, "days_from_as_of": days}  # fmt: skip


def _in_force(entries: list[Entry], as_of: _dt.date | None, source: str) -> Entry:
    if as_of is None:
        return entries[-1]
    end = pd.Timestamp(as_of, tz="UTC") + pd.Timedelta(days=1)
    earlier = [e for e in entries if e.time < end]
    if not earlier:
        raise NoSnapshotError(source, as_of, entries[0].time)
    return earlier[-1]


def read_in_force(
    entries: list[Entry],
    date: Any,
    reader: Callable[[str], gpd.GeoDataFrame],
    source: str = "the collection",
) -> gpd.GeoDataFrame:
    """Read the snapshot of ``entries`` in force on ``date`` (the latest if None)."""
    from geoclaims.worldviews import parse_date

    as_of = parse_date(date) if date is not None else None
    entry = _in_force(entries, as_of, source)
    frame = reader(entry.source)
    if "time" in frame.columns:
        frame["time"] = pd.Series([entry.time] * len(frame), dtype="datetime64[ns, UTC]")
    frame.attrs["snapshot"] = snapshot_info(entry.time, entry.source, as_of)
    return frame


#: Status words of Ukrainian and Russian control layers, as the snapshot statuses.
_STATUS_WORDS = {
    **dict.fromkeys(
        ("окуповано", "окупована", "окуповані", "окупована_територія", "оккупировано",
         "оккупирована", "оккупированы", "оккупированная_территория"),
        "occupied",
    ),
    **dict.fromkeys(
        ("звільнено", "звільнена", "звільнені", "деокуповано", "освобождено", "освобождена",
         "освобождены", "деоккупировано"),
        "liberated",
    ),
    **dict.fromkeys(
        ("під_питанням", "невідомо", "спірна", "сіра_зона", "неизвестно", "спорная",
         "серая_зона"),
        "unknown",
    ),
}  # fmt: skip


def status_keys(values: pd.Series) -> pd.Series:
    """A status column as the snapshot statuses are spelled.

    "Occupied " is "occupied", "Occupied before 2022" is "occupied_before_2022";
    Ukrainian and Russian words are their statuses ("Окуповано", "оккупировано" are
    "occupied"; "Звільнено", "освобождено" "liberated").
    """
    keys = values.astype(str).str.strip().str.lower().str.replace(r"[\s-]+", "_", regex=True)
    return keys.map(lambda k: _STATUS_WORDS.get(k, k))


def _is_snapshot_frame(frame: gpd.GeoDataFrame) -> bool:
    """Whether a layer's ``status`` column holds the snapshot statuses.

    All of its values, or at least two of them and no fewer than its other values
    ("occupied", "liberated" and a "free": the status the reader does not know is left
    out with the liberated ground, never counted as held with it).
    """
    if frame.attrs.get("format") == "deepstatemap":
        return True
    if "status" not in frame.columns or not len(frame):
        return False
    keys = status_keys(frame["status"])
    known = keys.isin(_deepstate.STATUSES)
    if known.all():
        return True
    distinct = set(keys[frame["status"].notna()])
    ours = distinct & set(_deepstate.STATUSES)
    return len(ours) >= 2 and len(ours) >= len(distinct - ours)


@typed_errors
def held_layer(
    source: Any, as_of: Any = None, *, statuses: Iterable[str] | str | None = None
) -> gpd.GeoDataFrame:
    """The held ground in force at a date, from any control layer or collection of them.

    Parameters
    ----------
    source : GeoDataFrame, GeoSeries, str, path-like, dict or list
        A GeoDataFrame/GeoSeries (returned cleaned, as it is; one with a ``status``
        column of snapshot statuses keeps the held ones, unless it comes from
        :func:`read_layer` with its own ``statuses=``, and so does a file of such rows);
        a path, ``http(s)`` URL
        or open GeoJSON dict of one layer or one DeepStateMap snapshot; a folder or a
        glob of snapshots (``snapshots/*.geojson``); a list of snapshot paths or URLs; or
        a multi-date file with a date column (``id, date, geometry``, gzipped or not).
        Each snapshot of a folder, glob or list is dated by its file name: a Unix time
        (``1663702200.geojson``, as DeepStateMap's archive names them) or an ISO date.
    as_of : date, datetime or ISO string, optional
        The date; today if None. From a collection, the snapshot in force is the latest
        taken on or before that day (UTC; the evening of the day counts). A single
        snapshot is used whatever its time, and how far it is from ``as_of`` recorded.
    statuses : str or sequence of str, optional
        Which DeepStateMap statuses count as held: by default ``occupied``,
        ``occupied_before_2022`` and ``crimea``; ``"all"`` or a list of
        :data:`geoclaims.layers.STATUSES` to choose others.

    Returns
    -------
    geopandas.GeoDataFrame
        The held polygons in EPSG:4326 (see :func:`geoclaims.read_layer` for the
        columns). When the source is dated, ``attrs["snapshot"]`` is a dict:
        ``time`` (pandas.Timestamp, UTC, or None when unknown), ``source`` (the file,
        URL or collection read) and ``days_from_as_of`` (float: the snapshot's time less
        midnight UTC of ``as_of``, in days; negative when older; None when unknown).

    Raises
    ------
    NoSnapshotError
        If a collection or multi-date file has no snapshot on or before ``as_of``.
    LayerError
        If the source cannot be read (an empty folder, a glob that matches nothing, a
        snapshot whose file name gives no time, ...), or no feature of a layer of
        snapshot statuses has a status counted as held.

    Warns
    -----
    GeoclaimsWarning
        When features of a layer of snapshot statuses whose status is not counted as held
        (``liberated``, ``unknown`` ...) were left out, unless ``statuses`` was given.
    InvalidInputError
        If an argument has the wrong type or value.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> snapshot = gpd.GeoDataFrame(
    ...     {"status": ["occupied", "liberated"]},
    ...     geometry=[box(37, 47, 38, 48), box(36, 49, 37, 50)],
    ...     crs=4326,
    ... )
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as said:
    ...     warnings.simplefilter("always")
    ...     held = held_layer(snapshot)
    >>> held["status"].tolist()
    ['occupied']
    >>> print(str(said[0].message)[:60])
    The control layer 'the GeoDataFrame': 1 feature(s) whose sta
    """
    from geoclaims.layers._read import _fetch, _read_one, refuse_statuses
    from geoclaims.worldviews import parse_date

    date = parse_date(as_of)
    chosen = _deepstate.check_statuses(statuses)
    timeout, max_bytes = _fetch.check_limits(None, None)

    def read(src: Any, when: _dt.date | None) -> gpd.GeoDataFrame:
        frame = _read_one(src, None, when, None, None, chosen, timeout, max_bytes, False, False)
        refuse_statuses(frame, statuses, src)
        return frame

    entries = collection(source)
    if entries is not None:
        return read_in_force(entries, date, lambda s: read(s, None), _describe(source))
    if isinstance(source, gpd.GeoSeries):
        source = gpd.GeoDataFrame(geometry=source)
    if isinstance(source, gpd.GeoDataFrame):
        known = source.attrs.get("snapshot")
        frame = read(source, date)
        # a frame read_layer made with statuses=... keeps its choice unless told otherwise
        already = source.attrs.get("statuses") if statuses is None else None
        if _is_snapshot_frame(source) and already is None and "status" in frame.columns:
            name = frame.attrs.get("source", "the GeoDataFrame")
            frame = _keep_held(frame, chosen, name, chose=statuses is not None)
        if known is not None:
            frame.attrs["snapshot"] = snapshot_info(known.get("time"), known["source"], date)
    else:
        frame = read(source, date)
        if (
            frame.attrs.get("format") != "deepstatemap"
            and _is_snapshot_frame(frame)
            and "status" in frame.columns
        ):
            # a file whose "status" column holds snapshot statuses only keeps the held
            # ones, as the same rows passed as a GeoDataFrame do
            name = frame.attrs.get("source", _describe(source))
            frame = _keep_held(frame, chosen, name, chose=statuses is not None)
    name = frame.attrs.get("source", _describe(source))
    chose = statuses is not None or frame.attrs.get("statuses") is not None
    if frame.attrs.get("format") != "deepstatemap" and not (chose and _is_snapshot_frame(frame)):
        # (not when the statuses counted were chosen: "all" is every one of them)
        _warn_mixed_statuses(frame, name)
    if frame.attrs.get("format") == "deepstatemap" and "snapshot" not in frame.attrs:
        times = frame["time"].dropna() if "time" in frame.columns else []
        time = times.iloc[0] if len(times) else _deepstate.time_from_name(name)
        frame.attrs["snapshot"] = snapshot_info(time, name, date)
    elif frame.attrs.get("snapshot_date") is not None:
        picked = pd.Timestamp(frame.attrs["snapshot_date"], tz="UTC")
        frame.attrs["snapshot"] = snapshot_info(picked, name, date)
    return frame


def _keep_held(
    frame: gpd.GeoDataFrame, chosen: tuple[str, ...], name: str, *, chose: bool
) -> gpd.GeoDataFrame:
    """The features of a layer of snapshot statuses whose status counts as held.

    What is left out is said: in a warning when some features are kept (not when the
    caller chose the statuses), in a :class:`LayerError` when none is, so that a layer of
    liberated ground is never read as no held ground at all. The result's
    ``attrs["statuses"]`` keeps the choice, so the frame passed on is not filtered again.
    """
    keep = status_keys(frame["status"]).isin(chosen).to_numpy()
    if keep.all():
        frame = frame.copy()
        frame.attrs["statuses"] = chosen  # passed on, the choice stays made
        return frame
    counts = frame.loc[~keep, "status"].value_counts()
    left = ", ".join(f"{status!r} ({n})" for status, n in counts.items())
    how = (
        "To count other statuses as held, pass statuses=[...] (on the command line "
        f"--statuses), from {', '.join(_deepstate.STATUSES)}."
    )
    if not keep.any():
        msg = (
            f"The control layer {name!r:.120} has no held ground: its {len(frame)} "
            f"feature(s) have the status {left}, and the statuses counted as held are "
            f"{', '.join(chosen)}. {how}"
        )
        raise LayerError(msg)
    if not chose:
        warn_at_caller(
            f"The control layer {name!r:.120}: {int((~keep).sum())} feature(s) whose "
            f"status is not held ground were left out: {left}. {how}"
        )
    attrs = dict(frame.attrs)
    out = frame[keep].reset_index(drop=True)
    out.attrs.update(attrs)
    out.attrs["statuses"] = chosen
    return out


# Words of control maps' legends. A layer whose one column mixes values that say held ground
# with values that say something else (ISW's "Assessed Russian advances", "Claimed Ukrainian
# counteroffensives", "Liberated", "Contested" ...) is not all held ground.
_CONTROL_WORDS = re.compile(
    r"control|occup|held|liberat|advance|counter-?offensive|contested|grey|gray|claimed|"
    r"partisan|raid|annex|disputed|\bfree\b|окуп|оккуп|звільн|освобож|контрол",
    re.IGNORECASE,
)
# ... of which these say something other than held ground
_NOT_HELD_WORDS = re.compile(
    r"liberat|advance|counter-?offensive|contested|grey|gray|claimed|partisan|raid|"
    r"disputed|ukrainian[- ]control|звільн|освобож|"
    # "not held", "non-occupied", "unoccupied", "free"
    r"\bnot\b|\bnon[- ]?\w|\bun(?:occupied|held|controlled)|\bfree\b|\bне\s",
    re.IGNORECASE,
)
_MAX_LEGEND_VALUES = 30
#: A column that names the force holding each polygon: "actor", "controlled_by", "faction".
_ACTOR_COLUMN = re.compile(
    r"actor|holder|held_?by|controlled_?by|control|faction|party|force|side|belligerent",
    re.IGNORECASE,
)
#: At most this many holders named in such a column (more are names of something else).
_MAX_HOLDERS = 8
#: A column that may say who holds each polygon: "control", "holder", "held_by", "side".
_HOLDER_COLUMN = re.compile(
    r"control|holder|held|side|owner|occup|who|status|actor|party|force", re.IGNORECASE
)


def _countries_named(values: Iterable[str]) -> dict[str, str]:
    """The values that are a country's name or ISO code, with its alpha-3 code."""
    from geoclaims.boundaries import resolve_country

    out = {}
    for value in values:
        try:
            out[value] = resolve_country(value)
        except GeoclaimsError:
            continue
    return out


def _warn_mixed_statuses(frame: gpd.GeoDataFrame, name: str) -> None:
    """Warn when a generic layer's polygons carry several control-map legend values.

    Every polygon of a layer that is not a DeepStateMap snapshot counts as held ground, so
    a layer that also draws advances, counter-offensives or liberated ground would be
    counted whole. The warning names the column and its values and says how to keep the
    held ones (``where=`` of :func:`geoclaims.read_layer`).
    """
    for column in frame.columns:
        if (
            column != frame.geometry.name
            and pd.api.types.is_bool_dtype(frame[column])
            and _CONTROL_WORDS.search(str(column))
            and frame[column].nunique() == 2
        ):
            # a column "held" true for some polygons and false for others
            warn_at_caller(
                f"The control layer {name!r:.120} has a column {column!r:.40} that is true "
                "for some polygons and false for others; every polygon of it counts as held "
                f"ground. Keep the held ones: read_layer(..., where={{{column!r:.40}: True}}) "
                "(on the command line: --where KEY=VALUE).",
                GeoclaimsWarning,
            )
            return
        if column == frame.geometry.name or not (
            frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column])
        ):
            continue
        values = frame[column].dropna()
        values = values[values.map(lambda v: isinstance(v, str))]
        distinct = list(dict.fromkeys(" ".join(v.split()) for v in values))
        if not 2 <= len(distinct) <= _MAX_LEGEND_VALUES:
            continue
        holders = _countries_named(distinct)
        if len(set(holders.values())) >= 2 and _HOLDER_COLUMN.search(str(column)):
            # "control": "Russia" / "Ukraine": each polygon says who holds it
            shown = ", ".join(repr(v[:60]) for v in list(holders)[:6])
            warn_at_caller(
                f"The control layer {name!r:.120} has a column {column!r:.40} naming "
                f"{len(set(holders.values()))} countries as holders ({shown}); every polygon "
                "of it counts as held ground, whoever holds it. Keep one holder's: "
                f"read_layer(..., where={{{column!r:.40}: {next(iter(holders))!r:.40}}}) (on "
                "the command line: --where KEY=VALUE).",
                GeoclaimsWarning,
            )
            return
        if (
            _ACTOR_COLUMN.search(str(column))
            and 2 <= len(distinct) <= _MAX_HOLDERS
            and not any(_CONTROL_WORDS.search(v) for v in distinct)
        ):
            # "actor": "RSF" / "SAF" / "SPLM-N": each polygon names the force that holds it
            shown = ", ".join(repr(v[:40]) for v in distinct[:6])
            warn_at_caller(
                f"The control layer {name!r:.120} has a column {column!r:.40} naming "
                f"{len(distinct)} holders ({shown}); every polygon of it counts as held "
                "ground, whoever holds it. Keep one holder's: "
                f"read_layer(..., where={{{column!r:.40}: {distinct[0]!r:.40}}}) (on the "
                "command line: --where KEY=VALUE).",
                GeoclaimsWarning,
            )
            return
        legend = [v for v in distinct if _CONTROL_WORDS.search(v)]
        if len(legend) < 2 or not any(_NOT_HELD_WORDS.search(v) for v in legend):
            continue
        shown = ", ".join(repr(v[:60]) for v in legend[:6])
        warn_at_caller(
            f"The control layer {name!r:.120} has a column {column!r:.40} with {len(legend)} "
            f"control-map values ({shown}); every polygon of it counts as held ground. If "
            f"only some of them are held, keep those: read_layer(..., where={{{column!r:.40}: "
            "[...]}) (on the command line: --where KEY=VALUE).",
            GeoclaimsWarning,
        )
        return


def entries_of(sources: Iterable[Any], statuses: tuple[str, ...]) -> Iterator[Entry]:
    """Every snapshot of ``sources`` (collections, snapshot files, multi-date files).

    A folder, glob or list gives its files (each read only when its ``load`` is called);
    a multi-date file is read once and gives one entry per date.
    """
    for source in sources:
        entries = collection(source)
        if entries is not None:
            yield from entries
            continue
        if isinstance(source, str | os.PathLike) and not _is_url(source):
            time = _deepstate.time_from_name(str(source))
            if time is not None:
                yield Entry(time, str(source))
                continue
        yield from _multi_date(source, statuses)


def _period_entries(frame: gpd.GeoDataFrame, name: str) -> list[Entry]:
    """Entries of a layer whose features hold from a start to an end date, else [].

    One entry where the ground held changes: at each start date and the day after each
    end date, with the features valid that day (a day with none is left out).
    """
    from geoclaims.layers._read import _END_COLUMNS, _START_COLUMNS, _as_dates, _find_column

    start = _find_column(frame, _START_COLUMNS)
    end = _find_column(frame, _END_COLUMNS)
    if start is None and end is None:
        return []
    starts = _as_dates(frame, start, name) if start is not None else [None] * len(frame)
    ends = _as_dates(frame, end, name) if end is not None else [None] * len(frame)
    days = {d for d in starts if d is not None}
    days |= {e + _dt.timedelta(days=1) for e in ends if e is not None}
    out = []
    for day in sorted(days):
        keep = np.array(
            [
                (s is None or s <= day) and (e is None or e >= day)
                for s, e in zip(starts, ends, strict=True)
            ],
            dtype=bool,
        )
        if keep.any():
            part = frame[keep].reset_index(drop=True)
            part.attrs.update(frame.attrs)
            part.attrs["valid_on"] = day
            label = f"{name} (valid on {day})"
            out.append(Entry(pd.Timestamp(day, tz="UTC"), label, lambda _s, f=part: f))
    return out


def _multi_date(source: Any, statuses: tuple[str, ...]) -> Iterator[Entry]:
    from geoclaims.layers._read import _SNAPSHOT_COLUMNS, _as_dates, _find_column, read_layer

    frame = read_layer(source, statuses=statuses)
    name = frame.attrs.get("source", _describe(source))
    if frame.attrs.get("format") == "deepstatemap":
        time = frame["time"].dropna()
        if not len(time):
            msg = (
                f"Cannot tell when the snapshot {name!r:.120} was taken: its name holds no "
                "Unix time or ISO date. Rename it (<unixtime>.geojson or YYYY-MM-DD.geojson)."
            )
            raise LayerError(msg)
        yield Entry(time.iloc[0], name, lambda _s, f=frame: f)
        return
    column = _find_column(frame, _SNAPSHOT_COLUMNS)
    if column is None:
        periods = _period_entries(frame, name)
        if periods:
            # features held from a start to an end date ("valid_from", "valid_to"): the
            # held ground changes at each start and the day after each end
            yield from periods
            return
        msg = (
            f"{name!r:.120} has no dates: neither a date column ({', '.join(_SNAPSHOT_COLUMNS)}) "
            "nor a snapshot time in its name, so it cannot be placed in a history."
        )
        raise LayerError(msg)
    dates = _as_dates(frame, column, name)
    for day in sorted({d for d in dates if d is not None}):
        part = frame[(dates == day).to_numpy()].reset_index(drop=True)
        yield Entry(pd.Timestamp(day, tz="UTC"), f"{name} ({column} {day})", lambda _s, f=part: f)
