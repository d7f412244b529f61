"""The held share of a country over time, from dated control-map snapshots.

:func:`control_history` measures each snapshot of one or more sources (folders, globs,
lists of DeepStateMap snapshots, multi-date files) against the country under a
worldview at the snapshot's date: geodesic km² of held ground inside the country, and
its share. Snapshots are read one at a time (memory stays flat however many there
are), in parallel on dask's threads where dask is installed, with a tqdm progress bar.

:func:`history_page` draws the result as one self-contained HTML page: the table, an
inline SVG line chart and a Leaflet map with a date slider that swaps the held polygons;
:func:`history_png` draws the chart with matplotlib.
"""

from __future__ import annotations

import datetime as _dt
import functools
import html
import itertools
import json
import logging
import math
import os
import warnings
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import shapely
import shapely.geometry
from markupsafe import Markup
from shapely.geometry.base import BaseGeometry

from geoclaims._errors import (
    GeoclaimsWarning,
    InvalidInputError,
    LayerError,
    UnknownCountryError,
    UnknownRegionError,
    quote,
    typed_errors,
    warn_at_caller,
)
from geoclaims._io import write_with
from geoclaims.layers._dated import Entry, _is_url, entries_of
from geoclaims.layers._deepstate import check_statuses
from geoclaims.layers._read import _check_where
from geoclaims.worldviews import worldview_arg

__all__ = ["control_history", "history_page", "history_png", "save_history"]

logger = logging.getLogger(__name__)

_COLUMNS = ["time", "held_km2", "held_pct", "source"]
#: Simplification tolerance (degrees, ~1 km) of the held polygons drawn on the page.
_PAGE_TOLERANCE = 0.01
#: Most dates the page's map steps through (evenly spaced, always the last one).
_PAGE_MAX_FRAMES = 400


@functools.cache
def _exclusion(
    names: tuple[str, ...], worldview: str, country: str | None = None
) -> BaseGeometry | None:
    """The union of the regions taken out of the held ground.

    A region that lies in another country than ``country`` changes nothing: it is warned
    of ("--exclude Kursk" for Ukraine).
    """
    if not names:
        return None
    from geoclaims import boundaries

    found = boundaries.lookup(list(names), worldview=worldview)
    if country is not None and "country" in found:
        elsewhere = found[found["country"].astype(str) != country]
        if len(elsewhere):
            shown = ", ".join(repr(str(n)) for n in elsewhere["name"])
            warn_at_caller(
                f"exclude: {shown} {'lies' if len(elsewhere) == 1 else 'lie'} outside "
                f"{boundaries.country_name(country)} ({country}) under worldview "
                f"{worldview!r}: taking {'it' if len(elsewhere) == 1 else 'them'} out of "
                "its held ground changes nothing. Name a region of that country."
            )
    return shapely.union_all(shapely.make_valid(np.asarray(found.geometry.values)))


def _clips(
    times: Sequence[pd.Timestamp], country: str, worldview: str, exclude: BaseGeometry | None
) -> tuple[list[int], list[tuple[BaseGeometry, float]]]:
    """For each time, the index of its (clip geometry, country km²) in a short list.

    The country's polygon only changes where the worldview's claims change, so dates
    with the same units share one geometry.
    """
    from geoclaims.areas import _country
    from geoclaims.worldviews import sovereign

    keys: dict[tuple[str, ...], int] = {}
    clips: list[tuple[BaseGeometry, float]] = []
    index = []
    for t in times:
        day = t.date()
        owner = sovereign(worldview, day)
        units = tuple(owner.index[owner.to_numpy() == country])
        if units not in keys:
            geom, km2, _ = _country(country, worldview, day)
            keys[units] = len(clips)
            clips.append((_clip(geom, exclude), km2))
        index.append(keys[units])
    return index, clips


def _one_per_time(entries: list[Entry]) -> list[Entry]:
    """The snapshots, one per time.

    A file given twice (a folder listed twice) counts once; of two files of the same time
    (``1668513600.geojson`` and ``1668513600000.geojson``, one in seconds, one in
    milliseconds) the first, with a warning naming the other.
    """
    out: list[Entry] = []
    seen: set[str] = set()
    for entry in entries:
        key = entry.source if _is_url(entry.source) else os.path.realpath(entry.source)
        if entry.load is None and key in seen:
            continue
        seen.add(key)
        if out and out[-1].time == entry.time and entry.load is None:
            warn_at_caller(
                f"control_history: {entry.source!r:.120} is of the same time as "
                f"{out[-1].source!r:.120} ({entry.time:%Y-%m-%d %H:%M} UTC); it was left "
                "out.",
                GeoclaimsWarning,
            )
            continue
        out.append(entry)
    return out


def _measure(
    entry: Entry,
    clip: BaseGeometry,
    statuses: tuple[str, ...],
    tolerance: float | None,
    where: Mapping[str, Any] | None = None,
) -> tuple[float, BaseGeometry | LayerError | None, int]:
    """Held km² of one snapshot inside ``clip``, its simplified held polygons, and more.

    The third value is how many polygons the reader classified by their fill colour. A
    snapshot that cannot be read gives NaN and its LayerError instead of the polygons.
    """
    from geoclaims.areas import geodesic_area
    from geoclaims.layers import read_layer

    try:
        if entry.load is not None:
            frame = entry.load(statuses)
        else:
            frame = read_layer(entry.source, statuses=statuses)
    except LayerError as err:
        # one broken snapshot (an empty FeatureCollection, a cut-off download) in a long
        # series: left out and said, not the end of the whole history
        return math.nan, err, 0
    by_fill = int(frame.attrs.get("classified_by_fill", 0))
    if where:
        try:
            frame = read_layer(frame, where=dict(where))
        except LayerError as err:
            if "matched no feature" not in str(err):
                return math.nan, err, by_fill
            return 0.0, None, by_fill  # none of the kept holder's ground on that day
    geoms = np.asarray(frame.geometry.values, dtype=object)
    if len(geoms) == 0:
        return 0.0, None, by_fill
    near = geoms[shapely.intersects(geoms, clip)]
    if len(near) == 0:
        counts_all = "outside_ukraine" in statuses or frame.attrs.get("format") != "deepstatemap"
        extent = shapely.box(*shapely.total_bounds(geoms))
        if counts_all and not extent.intersects(shapely.box(*clip.bounds)):
            # a snapshot that draws nothing anywhere near the whole ("--of Georgia" on a
            # snapshot of Ukraine alone) says nothing of it: no figure, not 0 (with every
            # status counted: ground outside Ukraine left out by default is said apart)
            return math.nan, None, by_fill
        return 0.0, None, by_fill
    held = shapely.intersection(shapely.union_all(shapely.make_valid(near)), clip)
    km2 = float(geodesic_area(held))
    drawn = None
    if tolerance is not None:
        drawn = shapely.set_precision(
            shapely.simplify(held, tolerance, preserve_topology=True), 1e-4
        )
    return km2, drawn, by_fill


def _batches(items: list[Any], size: int) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _history(
    sources: Any,
    of: str,
    *,
    exclude: Iterable[str] = (),
    worldview: str = "un",
    statuses: Iterable[str] | str | None = None,
    progress: bool = True,
    workers: int | None = None,
    scheduler: Any = None,
    tolerance: float | None = None,
    where: Mapping[str, Any] | None = None,
) -> tuple[pd.DataFrame, list[BaseGeometry | None]]:
    from geoclaims import boundaries

    region = None
    try:
        country = boundaries.resolve_country(of)
    except UnknownCountryError as exc:
        region = _region_whole(of, exc)
        country = str(region["country"])
    if isinstance(exclude, str):
        exclude = [exclude]
    excluded = tuple(dict.fromkeys(exclude))
    chosen = check_statuses(statuses)
    if isinstance(sources, str | os.PathLike) or not isinstance(sources, Iterable):
        sources = [sources]
    sources = list(sources)
    if not sources:
        msg = "control_history() needs at least one source (a folder, glob or file)."
        raise InvalidInputError(msg)
    if workers is not None and (not isinstance(workers, int) or workers < 1):
        msg = f"workers must be a whole number of at least 1, not {workers!r:.40}."
        raise InvalidInputError(msg)
    entries = _one_per_time(sorted(entries_of(sources, chosen), key=lambda e: e.time))
    exclusion = _exclusion(excluded, worldview, country)
    if region is None:
        which, clips = _clips([e.time for e in entries], country, worldview, exclusion)
    else:
        which, clips = [0] * len(entries), [_region_clip(region, exclusion)]

    try:
        import dask
    except ImportError:  # the corpus extra is not installed: one snapshot at a time
        dask = None
    try:
        from tqdm.auto import tqdm
    except ImportError:
        tqdm = None
    n_workers = workers or (os.cpu_count() or 1)
    parallel = dask is not None and (n_workers > 1 or scheduler is not None)
    size = max(4, 2 * n_workers) if parallel else 1
    bar = (
        tqdm(total=len(entries), desc="snapshots", unit="snapshot", disable=None)
        if tqdm is not None and progress
        else None
    )
    results: list[tuple[float, Any, int]] = []
    caught: list[warnings.WarningMessage] = []
    jobs = list(zip(entries, which, strict=True))
    try:
        # warnings raised while reading (polygons classified by fill, ...) are summed up
        # once at the end instead of once per snapshot
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            for batch in _batches(jobs, size):
                if parallel:
                    tasks = [
                        dask.delayed(_measure)(e, clips[k][0], chosen, tolerance, where)
                        for e, k in batch
                    ]
                    results.extend(
                        dask.compute(
                            *tasks, scheduler=scheduler or "threads", num_workers=n_workers
                        )
                    )
                else:
                    results.extend(
                        _measure(e, clips[k][0], chosen, tolerance, where) for e, k in batch
                    )
                if bar is not None:
                    bar.update(len(batch))
    finally:
        if bar is not None:
            bar.close()
    _summarise(caught, sum(r[2] > 0 for r in results), len(entries))
    read = [not isinstance(r[1], LayerError) for r in results]
    failed = [(e, r[1]) for e, r, ok in zip(entries, results, read, strict=True) if not ok]
    if failed and not any(read):
        raise failed[0][1]
    if failed:
        first, err = failed[0]
        warn_at_caller(
            f"control_history: {len(failed)} of {len(entries)} snapshots could not be read "
            f"and were left out, such as {quote(str(first.source))}: {err} (their sources "
            "and reasons are in the result's attrs['skipped'])",
            GeoclaimsWarning,
        )
        entries = [e for e, ok in zip(entries, read, strict=True) if ok]
        which = [w for w, ok in zip(which, read, strict=True) if ok]
        results = [r for r, ok in zip(results, read, strict=True) if ok]
    km2 = np.array([r[0] for r in results], dtype=float)
    if np.isnan(km2).any():
        far = int(np.isnan(km2).sum())
        warn_at_caller(
            f"control_history: {far} of {len(km2)} snapshots draw nothing near "
            f"{str(region['name']) if region is not None else _country_words(country)}: "
            "their held ground is left empty (NaN), as they say nothing of it, not 0.",
            GeoclaimsWarning,
        )
    country_km2 = np.array([clips[k][1] for k in which], dtype=float)
    table = pd.DataFrame(
        {
            "time": pd.Series([e.time for e in entries], dtype="datetime64[ns, UTC]"),
            "held_km2": km2,
            "held_pct": km2 / country_km2 * 100.0 if len(km2) else km2,
            "source": pd.Series([e.source for e in entries], dtype=object),
        },
        columns=_COLUMNS,
    )
    table.attrs = {
        "country": country,
        "worldview": worldview,
        "exclude": list(excluded),
        "statuses": list(chosen),
        "skipped": [(str(e.source), str(err)) for e, err in failed],
    }
    if region is not None:
        table.attrs["region"] = str(region["name"])
        table.attrs["region_id"] = str(region["unit_id"])
    if (
        country != "UKR"
        and len(table)
        and not (table["held_km2"] > 0).any()
        and "outside_ukraine" not in chosen
    ):
        # DeepStateMap draws ground held outside Ukraine (Transnistria, Abkhazia) with a
        # status of its own, not counted by default
        warn_at_caller(
            f"control_history: no held ground in {_whole_words(table)} in any snapshot; a "
            "DeepStateMap snapshot counts ground outside Ukraine only with statuses='all' "
            "(--statuses all).",
            GeoclaimsWarning,
        )
    return table, [r[1] for r in results]


def _region_whole(of: str, not_a_country: UnknownCountryError) -> pd.Series:
    """The one region or named area `of` names (its lookup row), for a history of it.

    Raises `not_a_country`, saying that regions were looked up too, when `of` is neither.
    """
    from geoclaims.boundaries import lookup

    try:
        rows = lookup([of])
    except (UnknownRegionError, InvalidInputError):
        not_a_country.args = (
            f"No country, region or named area named {quote(of)}. Pass a country (an "
            "English name or an ISO code such as 'UA'), or one region or named area (a name "
            "or an ISO 3166-2 code such as 'UA-14', 'Donbas').",
        )
        raise not_a_country from None
    return rows.iloc[0]


def _region_clip(region: pd.Series, exclude: BaseGeometry | None) -> tuple[BaseGeometry, float]:
    """A region's polygon less `exclude`, and the region's whole geodesic km²."""
    from geoclaims.areas import geodesic_area

    geom = shapely.make_valid(region.geometry)
    return _clip(geom, exclude), float(geodesic_area(geom))


def _clip(geom: BaseGeometry, exclude: BaseGeometry | None) -> BaseGeometry:
    """`geom` less `exclude`, prepared for the many intersections of a history."""
    clip = geom if exclude is None else shapely.difference(geom, exclude)
    shapely.prepare(clip)
    return clip


def _summarise(caught: list[warnings.WarningMessage], with_fill: int, total: int) -> None:
    """Re-emit the warnings of many snapshots as one line per kind.

    The snapshots with polygons classified by fill are counted from the readers' frames,
    not from the warnings: warnings raised on worker threads can be lost.
    """
    by_fill = [w for w in caught if "by their fill colour" in str(w.message)]
    if with_fill:
        warn_at_caller(
            f"control_history: in {with_fill} of {total} snapshots some polygons were "
            "classified by their fill colour, as their names say no known status (run "
            "read_layer() on one of them to see which).",
            GeoclaimsWarning,
        )
    seen: set[str] = set()
    for w in caught:
        text = str(w.message)
        if w in by_fill or text in seen:
            continue
        seen.add(text)
        warn_at_caller(text, w.category)


@typed_errors
def control_history(
    sources: Any,
    of: str,
    *,
    exclude: Iterable[str] = (),
    worldview: str = "un",
    statuses: Iterable[str] | str | None = None,
    where: Mapping[str, Any] | None = None,
    progress: bool = True,
    workers: int | None = None,
    scheduler: Any = None,
) -> pd.DataFrame:
    """Held ground of a country at each snapshot of a control map.

    Parameters
    ----------
    sources : str, path-like, list
        One source or a list of them: folders or globs of dated snapshots, snapshot
        files or URLs whose names give their time (DeepStateMap's ``<unixtime>.geojson``
        or an ISO date), multi-date files with a date column (``id, date, geometry``,
        gzipped or not), or layers whose features hold from a start to an end date
        (``valid_from``/``valid_to``, ``start``/``end`` ...), read at each start and the
        day after each end. See :func:`geoclaims.layers.held_layer`.
    of : str
        The country: name or ISO alpha-2/alpha-3 code (``"UA"``); or one region or named
        area, by name or ISO 3166-2 code (``"UA-14"``, ``"Donbas"``), whose held ground
        is then measured as a share of that region's whole area.
    exclude : sequence of str, optional
        Region names or ISO 3166-2 codes whose area is taken out of the held ground,
        e.g. ``["Crimea", "Sevastopol"]`` for the usual "excluding Crimea" figure. The
        country's whole area stays the denominator.
    worldview : str, default "un"
        The worldview the country is drawn under, at each snapshot's date.
    statuses : str or sequence of str, optional
        DeepStateMap statuses counted as held (default ``occupied``,
        ``occupied_before_2022``, ``crimea``).
    where : dict, optional
        Keep, in every snapshot, the features whose property has the value or one of the
        values given (``{"actor": "RSF"}``), as :func:`geoclaims.read_layer`'s ``where``;
        a snapshot with none of them holds nothing.
    progress : bool, default True
        Show a tqdm progress bar (when tqdm is installed and the output is a terminal).
    workers : int, optional
        Snapshots measured at once (default: the number of cores). Parallel work needs
        dask (``pip install "geoclaims[corpus]"``); without it, one at a time.
    scheduler : str or distributed.Client, optional
        A dask scheduler; dask's local threads by default.

    Returns
    -------
    pandas.DataFrame
        One row per snapshot, sorted by time: ``time`` (UTC timestamp), ``held_km2``
        (geodesic km², WGS84, of the held ground inside the country less ``exclude``),
        ``held_pct`` (of the country's whole area under the worldview at that date) and
        ``source`` (the file, URL, or file and date). ``attrs`` records the country,
        worldview, exclusions and statuses, and ``skipped``: the snapshots that could not
        be read (source, reason), left out with a warning. A snapshot whose counted
        polygons lie nowhere near the whole (a snapshot of Ukraine for ``of="Georgia"``
        with every status counted) has NaN ``held_km2`` and ``held_pct``, with a
        warning: it says nothing of that whole, which 0 would misstate.

    Raises
    ------
    LayerError
        If a source cannot be dated (an empty folder, a file whose name gives no time,
        ...), or no snapshot can be read. A snapshot that cannot be read among others
        that can (an empty FeatureCollection) is left out with a GeoclaimsWarning.
    UnknownCountryError, UnknownRegionError
        If ``of`` or a name in ``exclude`` is not known.
    InvalidInputError
        If an argument has the wrong type or value.

    Notes
    -----
    Each snapshot's held polygons are repaired (make_valid) and unioned, so overlapping
    polygons count once, then intersected with the country's polygon: territories
    outside the country (Transnistria, Abkhazia, ...) never count. Areas are geodesic
    (:func:`geoclaims.geodesic_area`).

    Examples
    --------
    >>> control_history("snapshots/", of="UA", exclude=["Crimea", "Sevastopol"])
    ... # doctest: +SKIP
                           time      held_km2   held_pct              source
    0 2022-09-20 18:53:20+00:00  89294.301...  14.79...  snapshots/1663700000.geojson
    """
    worldview_arg(worldview)  # refused or warned of here, before any work
    _check_where(where)
    table, _ = _history(
        sources,
        of,
        exclude=exclude,
        worldview=worldview,
        statuses=statuses,
        where=where,
        progress=progress,
        workers=workers,
        scheduler=scheduler,
    )
    return table


# -- output: table, chart, page ----------------------------------------------------------------


def _country_words(code: str) -> str:
    """A country's name for a reader ("Ukraine"), or the code when it has none."""
    from geoclaims.boundaries import country_name

    try:
        return country_name(code) if code else ""
    except LookupError:
        return code


def _whole_words(table: pd.DataFrame) -> str:
    """What a history measures: its region's name, else its country's."""
    region = table.attrs.get("region")
    return str(region) if region else _country_words(table.attrs.get("country", ""))


def _title(table: pd.DataFrame) -> str:
    title = f"Held ground in {_whole_words(table)} over time"
    if table.attrs.get("exclude"):
        title += " (excluding " + ", ".join(table.attrs["exclude"]) + ")"
    return title


def history_png(table: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Draw ``held_pct`` over time as a PNG line chart (needs matplotlib).

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`control_history`.
    path : str or path-like
        The PNG to write.

    Returns
    -------
    pathlib.Path
        The file written.

    Raises
    ------
    ImportError
        If matplotlib is not installed (``pip install "geoclaims[chart]"``).
    """
    try:
        import matplotlib

        matplotlib.use("Agg", force=False)
        from matplotlib.figure import Figure
    except ImportError as err:
        msg = 'A PNG chart needs matplotlib: pip install "geoclaims[chart]".'
        raise ImportError(msg) from err
    fig = Figure(figsize=(8, 4), dpi=120)
    ax = fig.subplots()
    # a snapshot stands until the next one: steps, not slopes between snapshots
    ax.step(table["time"].dt.tz_convert(None), table["held_pct"], where="post",
            marker="." if len(table) < 60 else None, color="#a52714")  # fmt: skip
    # a share from zero, as the HTML chart draws it, with room above the highest point
    top = float(table["held_pct"].max()) if len(table) else 0.0
    ax.set_ylim(bottom=0, top=max(top * 1.1, 1.0))
    ax.set_ylabel(f"held, % of {_whole_words(table)}")
    ax.set_title(_title(table))
    ax.grid(alpha=0.3)
    fig.autofmt_xdate()
    fig.tight_layout()
    out = Path(path)
    write_with(out, lambda tmp: fig.savefig(tmp, format="png"))
    return out


def _svg_chart(table: pd.DataFrame, width: int = 720, height: int = 260) -> str:
    """An inline SVG line chart of ``held_pct`` (numbers only; labels escaped)."""
    left, right, top, bottom = 56, 16, 16, 36
    if len(table) == 0:
        return ""
    t = table["time"].map(lambda v: v.timestamp()).to_numpy(dtype=float)
    y = table["held_pct"].to_numpy(dtype=float)
    t0, t1 = float(t.min()), float(t.max())
    top_y = float(np.nanmax(y)) if np.isfinite(y).any() else 0.0
    raw_step = max(top_y * 1.1, 0.4) / 4
    magnitude = 10 ** math.floor(math.log10(raw_step))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw_step)
    y1 = 4 * step
    span = (t1 - t0) or 1.0

    def px(ti: float, yi: float) -> tuple[float, float]:
        x = left + (ti - t0) / span * (width - left - right)
        return x, top + (1 - yi / y1) * (height - top - bottom)

    # (a snapshot that draws nothing near the whole has no value: the line breaks there)
    xy = [px(a, b) if math.isfinite(b) else None for a, b in zip(t, y, strict=True)]
    runs: list[list[tuple[float, float]]] = [[]]
    for p in xy:
        if p is None:
            runs.append([])
        else:
            runs[-1].append(p)
    runs = [r for r in runs if r]
    lines = []
    for run in runs:
        # a snapshot stands until the next one: a step to each new value
        stepped = [
            q for (x0, y0), (x1, _y1) in itertools.pairwise(run) for q in ((x0, y0), (x1, y0))
        ]
        lines.append(" ".join(f"{x:.1f},{yy:.1f}" for x, yy in [*stepped, *run[-1:]]))
    xy = [p for p in xy if p is not None]
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{html.escape(_title(table))}" class="chart">'
    ]
    for k in range(5):
        v = y1 * k / 4
        _, yy = px(t0, v)
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{yy:.1f}" y2="{yy:.1f}" class="grid"/>'
            f'<text x="{left - 6}" y="{yy + 4:.1f}" text-anchor="end">{v:g}%</text>'
        )
    for ti, anchor in ((t0, "start"), (t1, "end")) if t1 > t0 else ((t0, "middle"),):
        x, _ = px(ti, 0)
        label = _dt.datetime.fromtimestamp(ti, _dt.UTC).date().isoformat()
        parts.append(f'<text x="{x:.1f}" y="{height - 12}" text-anchor="{anchor}">{label}</text>')
    parts.extend(f'<polyline points="{points}" class="line"/>' for points in lines)
    if len(table) < 60:
        parts.extend(f'<circle cx="{x:.1f}" cy="{yy:.1f}" r="3" class="dot"/>' for x, yy in xy)
    parts.append("</svg>")
    return "".join(parts)


def _rounded(value: Any, digits: int) -> float | None:
    """A number rounded for the page, None for NaN (JSON has no NaN)."""
    value = float(value)
    return None if math.isnan(value) else round(value, digits)


def _script_json(value: Any) -> str:
    r"""JSON safe inside a <script> element: '<', '>' and '&' written as \u escapes."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def history_page(
    table: pd.DataFrame,
    geometries: Sequence[BaseGeometry | None] | None = None,
    *,
    outline: BaseGeometry | None = None,
    title: str | None = None,
) -> str:
    """One self-contained HTML page: the table, an SVG chart and a map with a date slider.

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`control_history`.
    geometries : sequence of shapely geometries, optional
        The held ground of each row (as measured, simplified), for the map.
    outline : shapely geometry, optional
        The country's outline, drawn under the held ground (simplified here).
    title : str, optional
        The page's title (escaped).

    Returns
    -------
    str
        The page. Leaflet is inlined and no tiles are loaded, so it works offline;
        every outside string is escaped, and the data is JSON with ``<``, ``>`` and
        ``&`` escaped, never template source.

    Raises
    ------
    InvalidTypeError
        When `table` is no DataFrame.
    InvalidInputError
        When it lacks a column of :func:`control_history`'s table (``time``,
        ``held_km2``, ``held_pct``, ``source``), naming it.
    """
    from geoclaims import __version__
    from geoclaims._errors import InvalidTypeError
    from geoclaims.maps import _leaflet

    if not isinstance(table, pd.DataFrame):
        msg = (
            f"history_page() needs the table of control_history(), not {type(table).__name__} "
            f"{quote(table)}."
        )
        raise InvalidTypeError(msg)
    missing = [c for c in ("time", "held_km2", "held_pct", "source") if c not in table.columns]
    if missing:
        msg = (
            f"history_page() needs the table of control_history(); this one lacks the "
            f"column(s) {', '.join(map(repr, missing))} (it has {list(map(str, table.columns))})."
        )
        raise InvalidInputError(msg)

    frames: list[dict[str, Any]] = []
    if geometries is not None:
        keep = np.arange(len(table))
        if len(keep) > _PAGE_MAX_FRAMES:
            keep = np.unique(np.linspace(0, len(table) - 1, _PAGE_MAX_FRAMES).round().astype(int))
        for i in keep:
            geom = geometries[i]
            frames.append(
                {
                    "time": table["time"].iloc[i].isoformat(),
                    # (None where the snapshot draws nothing near the whole: NaN)
                    "held_km2": _rounded(table["held_km2"].iloc[i], 1),
                    "held_pct": _rounded(table["held_pct"].iloc[i], 3),
                    "geometry": None
                    if geom is None or geom.is_empty
                    else shapely.geometry.mapping(geom),
                }
            )
    rows = [
        {
            "time": r.time.strftime("%Y-%m-%d %H:%M UTC"),
            "held_km2": "–" if math.isnan(r.held_km2) else f"{r.held_km2:,.0f}",
            "held_pct": "–" if math.isnan(r.held_pct) else f"{r.held_pct:.2f}",
            "source": str(r.source),
        }
        for r in table.itertuples(index=False)
    ]
    drawn_outline = None
    if outline is not None and frames:
        simple = shapely.simplify(outline, _PAGE_TOLERANCE, preserve_topology=True)
        drawn_outline = shapely.geometry.mapping(shapely.set_precision(simple, 1e-4))
    script, css = _leaflet()
    # Outside strings (sources, names) reach the page only as autoescaped template
    # values or as JSON with '<', '>' and '&' escaped; never as template source.
    from geoclaims.report import _environment  # the one autoescaping environment of pages

    template = _environment().get_template("history.html.j2")
    return template.render(
        title=title or _title(table),
        version=__version__,
        meta={
            k: _country_words(v) if k == "country" else _words(v) for k, v in table.attrs.items()
        },
        chart=Markup(_svg_chart(table)),
        rows=rows,
        frames_json=Markup(_script_json(frames)),
        outline_json=Markup(_script_json(drawn_outline)),
        leaflet_js=Markup(script),
        leaflet_css=Markup(css),
        has_map=bool(frames),
    )


def _words(value: Any) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)


def save_history(
    table: pd.DataFrame,
    path: str | os.PathLike[str],
    geometries: Sequence[BaseGeometry | None] | None = None,
    outline: BaseGeometry | None = None,
) -> Path:
    """Write a history table as CSV, Parquet, HTML (page) or PNG (chart), by suffix.

    Raises
    ------
    InvalidInputError
        If the suffix is none of ``.csv``, ``.parquet``, ``.html``, ``.png``.
    """
    out = Path(path)
    suffix = out.suffix.lower()
    if suffix == ".csv":
        frame = table.assign(time=table["time"].map(lambda t: t.isoformat()))
        write_with(out, lambda tmp: frame.to_csv(tmp, index=False, lineterminator="\n"))
    elif suffix in (".parquet", ".pq"):
        write_with(out, lambda tmp: table.to_parquet(tmp, index=False))
    elif suffix in (".html", ".htm"):
        page = history_page(table, geometries, outline=outline)
        write_with(out, lambda tmp: Path(tmp).write_text(page, encoding="utf-8"))
    elif suffix == ".png":
        history_png(table, out)
    else:
        msg = (
            f"Cannot tell what to write from {str(path)!r:.120}: end the name in .csv, "
            ".parquet, .html or .png."
        )
        raise InvalidInputError(msg)
    return out
