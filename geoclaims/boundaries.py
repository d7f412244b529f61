"""First-level regions of the world: polygons, names, and lookup by name or code.

The data ships with the package (``data/boundaries/``, see its ``SOURCES.md``) and is
read on first use, then cached. Where it is read from, in this order:

1. the folder named by the ``GEOCLAIMS_DATA_DIR`` environment variable;
2. the copy installed with the package (``geoclaims/_data``);
3. ``data/boundaries/`` of a source checkout.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geoclaims._errors import (
    AmbiguousRegionError,
    DataFileError,
    GeoclaimsError,
    InvalidInputError,
    InvalidTypeError,
    NoBoundaryError,
    UnknownCountryError,
    UnknownRegionError,
    typed_errors,
)
from geoclaims._normalize import name_key, normalize
from geoclaims.worldviews import DateLike, sovereign, worldview_arg

__all__ = [
    "countries",
    "country_name",
    "lookup",
    "named_areas",
    "named_places",
    "regions",
    "resolve_country",
]

log = logging.getLogger(__name__)

DATA_ENV = "GEOCLAIMS_DATA_DIR"
_UNITS_FILE = "units.parquet"
_ISO_RE = re.compile(r"^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$")
#: An ISO 3166-1 alpha-2 or alpha-3 code, as written: "UA", "UKR".
_COUNTRY_CODE_RE = re.compile(r"[A-Z]{2,3}")


def _code_country(code: str) -> str | None:
    """The alpha-3 code of an ISO 3166-1 alpha-2 or alpha-3 code the data has, else None."""
    table = _country_table()
    if len(code) == 3:
        return code if code in set(table["country"]) else None
    hit = table.loc[table["iso_a2"] == code, "country"]
    return str(hit.iloc[0]) if len(hit) else None
_KIND_RANK = {"official": 0, "entity": 1, "historic": 2, "local-script": 3, "alternate": 4}
# Only ISO codes reach a user: the units file's FIPS column stays inside the package.
REGION_COLUMNS = ["unit_id", "iso_3166_2", "name", "country", "geometry"]
AREA_PREFIX = "area:"


@functools.cache
def _data_dir() -> Path:
    """The folder holding the boundary data, by the documented search order."""
    env = os.environ.get(DATA_ENV)
    if env:
        if (Path(env) / _UNITS_FILE).is_file():
            return Path(env)
        msg = (
            f"{DATA_ENV} is set to {env!r}, but that folder has no {_UNITS_FILE}. "
            f"Point it at a folder built by scripts/build_boundaries.py, or unset it."
        )
        raise DataFileError(msg)
    here = Path(__file__).resolve().parent
    candidates = [here / "_data", here.parent / "data" / "boundaries"]
    for path in candidates:
        if (path / _UNITS_FILE).is_file():
            log.debug("boundary data from %s", path)
            return path
    tried = ", ".join(str(p) for p in candidates)
    msg = (
        f"Cannot find the boundary data ({_UNITS_FILE}); looked in: {tried}. "
        f"Reinstall geoclaims, or set {DATA_ENV} to a folder holding data/boundaries/."
    )
    raise DataFileError(msg)


def _data_path(name: str) -> Path:
    return _data_dir() / name


@functools.cache
def _units() -> gpd.GeoDataFrame:
    """All units as shipped ("un" view in ``country``), cached."""
    return _unit_rows(np.arange(len(_unit_attrs())))


@functools.cache
def _unit_file() -> tuple[pd.DataFrame, _Polygons, Any]:
    """The units file read once: its columns but the geometry, a reader of its polygons, the CRS.

    Polygons are read and decoded only when asked for (:func:`_unit_geometries`): a
    look-up or a share needs a few dozen of the 4,600, and the file keeps them in row
    groups of a few hundred units (``scripts/build_boundaries.py``), so only the groups
    holding those units are read and decompressed.
    """
    import json

    import pyarrow.parquet as pq
    from pyproj import CRS

    path = _data_path(_UNITS_FILE)
    with pq.ParquetFile(path) as pf:
        schema = pf.schema_arrow
        meta = json.loads(schema.metadata[b"geo"])
        column = meta["primary_column"]
        spec = meta["columns"][column]
        if spec.get("encoding", "WKB").upper() != "WKB":
            msg = f"{_UNITS_FILE} stores its polygons as {spec['encoding']!r}, not WKB: rebuild it."
            raise DataFileError(msg)
        others = [name for name in schema.names if name != column]
        attrs = pf.read(columns=others, use_threads=False).to_pandas()
        sizes = [pf.metadata.row_group(i).num_rows for i in range(pf.num_row_groups)]
    crs = _file_crs(spec["crs"]) if "crs" in spec else CRS.from_epsg(4326)
    return attrs, _Polygons(path, column, sizes), crs


class _Polygons:
    """The WKB polygons of the units file, read one row group at a time when asked for."""

    def __init__(self, path: Path, column: str, sizes: list[int]) -> None:
        self.path, self.column = path, column
        self.starts = np.cumsum([0, *sizes]).astype(np.intp)
        self._groups: dict[int, np.ndarray] = {}

    def take(self, positions: np.ndarray) -> np.ndarray:
        """The WKB (bytes, object array) of the units at ``positions``."""
        import pyarrow.parquet as pq

        group = np.searchsorted(self.starts, positions, side="right") - 1
        missing = sorted(set(group.tolist()) - set(self._groups))
        if missing:
            with pq.ParquetFile(self.path) as pf:
                for g in missing:
                    table = pf.read_row_group(g, columns=[self.column], use_threads=False)
                    self._groups[g] = table.column(0).to_numpy(zero_copy_only=False)
        out = np.empty(len(positions), dtype=object)
        for k, (g, p) in enumerate(zip(group.tolist(), positions.tolist(), strict=True)):
            out[k] = self._groups[g][p - self.starts[g]]
        return out


def _file_crs(spec: Any) -> Any:
    """The pyproj CRS of a GeoParquet column's PROJJSON ``spec``.

    Parsing PROJJSON takes some 40 ms; a spec that names an EPSG code (as the build
    script writes for EPSG:4326) is taken from the code instead, in a few, once the
    code's CRS has the same name and type.
    """
    from pyproj import CRS

    ident = spec.get("id") if isinstance(spec, dict) else None
    if isinstance(ident, dict) and ident.get("authority") == "EPSG":
        crs = CRS.from_epsg(ident["code"])
        if crs.name == spec.get("name") and crs.to_json_dict()["type"] == spec.get("type"):
            return crs
    return CRS.from_user_input(spec)


def _unit_attrs() -> pd.DataFrame:
    """Every unit's columns but its polygon, in file order (positions as in `_units`)."""
    return _unit_file()[0]


@functools.cache
def _decoded() -> np.ndarray:
    """The polygons decoded so far, by position (None where not yet)."""
    return np.full(len(_unit_attrs()), None, dtype=object)


def _unit_geometries(positions: Any) -> np.ndarray:
    """The polygons of the units at ``positions`` (decoded on first use, then kept)."""
    pos = np.asarray(positions, dtype=np.intp)
    done = _decoded()
    todo = pos[np.equal(done[pos], None)]
    if len(todo):
        done[todo] = shapely.from_wkb(_unit_file()[1].take(todo))
    return done[pos]


def _unit_rows(positions: Any) -> gpd.GeoDataFrame:
    """The units at ``positions`` with every column, as `_units` has them."""
    pos = np.asarray(positions, dtype=np.intp)
    attrs, _wkb, crs = _unit_file()
    every = len(pos) == len(attrs) and bool((pos == np.arange(len(attrs))).all())
    rows = attrs.copy() if every else attrs.iloc[pos].reset_index(drop=True)
    geometry = gpd.array.GeometryArray(_unit_geometries(pos), crs=crs)
    return gpd.GeoDataFrame(rows, geometry=geometry)


@functools.cache
def _unit_index() -> dict[str, int]:
    # tolist(): iterating the Arrow-backed column itself goes value by value.
    return {uid: i for i, uid in enumerate(_unit_attrs()["unit_id"].tolist())}


@functools.cache
def _names() -> pd.DataFrame:
    """Every name of every unit and country, with its normalised form and key."""
    return _name_tables()[0]


@functools.cache
def _name_tables() -> tuple[pd.DataFrame, dict[str, _Positions]]:
    """The names table and its row positions by "norm" and "key", from the user cache.

    Normalising some 22,000 names and grouping them takes about half a second; the
    stored copy (:mod:`geoclaims._index`, keyed by the content of ``names.csv`` and of
    the code that normalises) loads in a few hundredths of one.
    """
    from geoclaims import _index

    here = Path(__file__).resolve().parent
    sources = [here / "boundaries.py", here / "_normalize.py"]
    return _index.load_or_build(
        _build_name_tables,
        _name_tables_payload,
        _name_tables_from_payload,
        lambda t: (
            set(t[1]) == {"norm", "key"} and all(len(p.order) == len(t[0]) for p in t[1].values())
        ),
        kind="boundary-names",
        key=_index.digest(["names.csv"], sources),
    )


def _build_name_tables() -> tuple[pd.DataFrame, dict[str, _Positions]]:
    df = pd.read_csv(_data_path("names.csv"), dtype=str, keep_default_na=False)
    df["norm"] = df["name"].map(normalize)
    df["key"] = df["name"].map(name_key)
    df["rank"] = df["kind"].map(_KIND_RANK).fillna(9).astype(int)
    return df, {tier: _positions(df[tier]) for tier in ("norm", "key")}


def _positions(values: pd.Series) -> _Positions:
    """Value -> the positions holding it (an intp array), in order."""
    order = np.argsort(values.to_numpy(dtype=object), kind="stable")
    ordered = values.to_numpy(dtype=object)[order]
    firsts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    bounds = np.r_[firsts, len(ordered)].astype(np.intp)
    return _Positions(list(ordered[firsts]), order.astype(np.intp), bounds)


class _Positions:
    """Value -> positions, as one ordering and the bounds of each value's run in it."""

    __slots__ = ("_at", "bounds", "order", "values")

    def __init__(self, values: list[str], order: np.ndarray, bounds: np.ndarray) -> None:
        self.values, self.order, self.bounds = values, order, bounds
        self._at = dict(zip(values, range(len(values)), strict=True))

    def __iter__(self) -> Any:
        return iter(self.values)

    def __len__(self) -> int:
        return len(self.values)

    def get(self, key: Any, default: Any = None) -> Any:
        """The positions of ``key`` in increasing order, else ``default``."""
        i = self._at.get(key)
        return default if i is None else self.order[self.bounds[i] : self.bounds[i + 1]]


def _name_tables_payload(tables: tuple[pd.DataFrame, dict[str, _Positions]]) -> tuple:
    import pyarrow as pa

    df, index = tables
    table = pa.Table.from_pandas(df, preserve_index=False)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    positions = {tier: (p.values, p.order, p.bounds) for tier, p in index.items()}
    return sink.getvalue().to_pybytes(), positions


def _name_tables_from_payload(payload: tuple) -> tuple[pd.DataFrame, dict[str, _Positions]]:
    import pyarrow as pa

    frame, index = payload
    df = pa.ipc.open_stream(frame).read_all().to_pandas()
    return df, {tier: _Positions(*parts) for tier, parts in index.items()}


@functools.cache
def _area_table() -> pd.DataFrame:
    """Named areas from ``areas.csv``, indexed by ``area_id``; ``unit_ids`` as tuples.

    ``iso_3166_2`` is the ISO code of an area that is an ISO 3166-2 subdivision
    (Scotland's ``GB-SCT``), else "" (also for a data folder built before the column).
    """
    df = pd.read_csv(
        _data_path("areas.csv"),
        dtype={"country": str, "approximation": str, "definition": str, "iso_3166_2": str},
        keep_default_na=False,
    )
    if "iso_3166_2" not in df.columns:
        df.insert(2, "iso_3166_2", "")
    df["unit_ids"] = [tuple(u.split("|")) for u in df["unit_ids"]]
    return df.set_index("area_id", drop=False)


@functools.cache
def _area_ids_by_iso() -> dict[str, str]:
    """ISO 3166-2 code -> the named area that is that subdivision (``area:<slug>``)."""
    table = _area_table()
    return {
        code: aid
        for code, aid in zip(table["iso_3166_2"].tolist(), table["area_id"].tolist(), strict=True)
        if code
    }


@functools.cache
def _area_geometry(area_id: str) -> shapely.Geometry:
    """The union of a named area's units."""
    idx = _unit_index()
    members = _area_table().at[area_id, "unit_ids"]
    return _union(_unit_geometries([idx[u] for u in members]))


def _union(geoms: object) -> shapely.Geometry:
    """Union of units: coverage union, or a full union where a coverage union fails.

    Units do not overlap, so coverage union is exact and fast; a cut along a disputed
    line can leave a neighbour without the cut's vertex, which GEOS then calls an
    incorrectly noded coverage, or unions into an invalid polygon.
    """
    try:
        out = shapely.coverage_union_all(geoms)
    except shapely.errors.GEOSException:
        return shapely.union_all(geoms)
    return out if out.is_valid else shapely.union_all(geoms)


def _area_country(area_id: str, owners: pd.Series) -> str:
    """The one country all of an area's units belong to under a view, else ""."""
    found = {owners[u] for u in _area_table().at[area_id, "unit_ids"]}
    return found.pop() if len(found) == 1 else ""


def named_areas(*, worldview: str = "un", as_of: DateLike = None) -> gpd.GeoDataFrame:
    """Named areas that are neither one unit nor a country: disputed, historic, or ISO parents.

    Each is the union of whole units (``data/boundaries/areas.csv``, built by
    ``scripts/build_boundaries.py``): Donbas is Donetsk and Luhansk oblasts; Kashmir the
    units of the former princely state under each administrator; Northern Cyprus and
    Somaliland Natural Earth's breakaway units; the Golan Heights, South Ossetia,
    Transnistria, Nagorno-Karabakh, Essequibo, Abyei, Aksai Chin and the Shaksgam Valley
    units cut along Natural Earth's disputed lines. ISO 3166-2 subdivisions one level
    above the units (Scotland, the Kurdistan Region of Iraq, Flanders, the regions of
    France) are the union of their member units and carry their ISO code.

    Parameters
    ----------
    worldview : str, default "un"
        The view under which ``country`` is filled in.
    as_of : date or str, optional
        The date of the view.

    Returns
    -------
    geopandas.GeoDataFrame
        EPSG:4326, one row per area: ``unit_id`` (``area:<slug>``), ``name``,
        ``iso_3166_2`` (the code of an ISO 3166-2 subdivision, else ""),
        ``country`` (alpha-3 when all its units belong to one country under the view,
        else empty), ``unit_ids`` (tuple), ``polygon_km2`` (geodesic, WGS84),
        ``official_km2`` and ``official_source``, ``definition``, ``approximation``
        (empty unless the geometry stands in for a line no open data draws), ``geometry``.

    Examples
    --------
    >>> a = named_areas().set_index("unit_id")
    >>> a.loc["area:donbas", "unit_ids"], a.loc["area:donbas", "country"]
    (('UA-14', 'UA-09'), 'UKR')
    """
    worldview_arg(worldview)  # refused or warned of here, before any work
    owners = _owners(worldview, as_of)
    table = _area_table()
    return gpd.GeoDataFrame(
        {
            "unit_id": table["area_id"].to_numpy(),
            "name": table["name"].to_numpy(),
            "iso_3166_2": table["iso_3166_2"].to_numpy(),
            "country": [_area_country(a, owners) for a in table["area_id"]],
            "unit_ids": table["unit_ids"].to_numpy(),
            "polygon_km2": table["polygon_km2"].to_numpy(),
            "official_km2": table["official_km2"].to_numpy(),
            "official_source": table["official_source"].to_numpy(),
            "definition": table["definition"].to_numpy(),
            "approximation": table["approximation"].to_numpy(),
        },
        geometry=[_area_geometry(a) for a in table["area_id"]],
        crs="EPSG:4326",
    )


def area_id(name: str) -> str | None:
    """The ``area:<slug>`` id of a named area given by id, ISO code or name, or None.

    Examples
    --------
    >>> area_id("Donbas"), area_id("Pridnestrovie"), area_id("Donetsk")
    ('area:donbas', 'area:transnistria', None)
    >>> area_id("GB-SCT")
    'area:scotland'
    """
    if not isinstance(name, str):
        return None
    if name in _area_table().index:
        return name
    found = _area_ids_by_iso().get(name.strip().upper())
    if found is not None:
        return found
    ids = _area_ids_by_norm().get(normalize(name), ())
    return ids[0] if len(ids) == 1 else None


@functools.cache
def _place_table() -> pd.DataFrame:
    """Named places without a boundary, from ``places.csv``, indexed by ``area_id``.

    Columns ``name``, ``country`` (alpha-3, "" when none or several), ``iso_3166_2`` (the
    code of a first-level unit the boundaries lack, such as Ituri's CD-IT, else ""),
    ``definition`` and ``source``; empty for a data folder built without the file.
    """
    columns = ["area_id", "name", "country", "iso_3166_2", "definition", "source"]
    path = _data_path("places.csv")
    if not path.is_file():
        return pd.DataFrame(columns=columns).set_index("area_id")
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    if "iso_3166_2" not in df:
        df["iso_3166_2"] = ""  # a data folder built before the column
    return df[columns].set_index("area_id")


@functools.cache
def _place_names() -> pd.DataFrame:
    """The names of the places of :func:`_place_table`, from ``place_names.csv``.

    Columns ``area_id``, ``country``, ``name``, ``language``, ``kind``; empty without the
    file.
    """
    path = _data_path("place_names.csv")
    if not path.is_file():
        return pd.DataFrame(columns=["area_id", "country", "name", "language", "kind"])
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    df.insert(1, "country", df["area_id"].map(_place_table()["country"]).fillna(""))
    return df


@functools.cache
def _place_ids_by_norm() -> dict[str, str]:
    """Normalised name -> the named place without a boundary carrying it."""
    names = _place_names()
    return {
        normalize(n): a for n, a in zip(names["name"], names["area_id"], strict=True)
    }


def named_places() -> pd.DataFrame:
    """Named places that geoclaims finds in text but draws no boundary for.

    Too small for the 1:10m boundaries (Snake Island, the Shebaa Farms) or with no open
    boundary (Area C, the Lachin corridor, Western Tigray), they come out of
    :func:`~geoclaims.find_regions` as named areas (kind ``"area"``) with these ids;
    :func:`lookup` raises :class:`~geoclaims.NoBoundaryError` for them, and a check of a
    figure about one cannot tell.

    Returns
    -------
    pandas.DataFrame
        One row per place: ``area_id`` (``area:<slug>``), ``name``, ``country`` (ISO
        3166-1 alpha-3 under the "un" view, "" when none or several), ``iso_3166_2`` (for
        a first-level unit newer than the boundaries, such as Ituri, CD-IT, a province
        since 2015, which find_regions reports as kind ``"region"``; else ""),
        ``definition`` and ``source`` (where the definition comes from). Curated in the
        build's ``curated_places.csv``.

    Examples
    --------
    >>> named_places().set_index("area_id").at["area:shebaa-farms", "country"]
    'SYR'
    """
    return _place_table().reset_index()


@functools.cache
def _area_ids_by_norm() -> dict[str, tuple[str, ...]]:
    """Normalised name -> the named areas (``area:<slug>``) carrying it, in table order."""
    names = _names()
    out: dict[str, dict[str, None]] = {}
    for norm, uid in zip(names["norm"].tolist(), names["unit_id"].tolist(), strict=True):
        if uid.startswith(AREA_PREFIX):
            out.setdefault(norm, {})[uid] = None
    return {norm: tuple(ids) for norm, ids in out.items()}


@functools.cache
def _country_table() -> pd.DataFrame:
    """Countries: ``country`` (alpha-3), ``iso_a2``, ``name``."""
    return pd.read_csv(_data_path("countries.csv"), dtype=str, keep_default_na=False)


@functools.cache
def _cities() -> pd.DataFrame:
    """GeoNames places of at least 15,000 people, each with the unit it lies in."""
    return pd.read_csv(
        _data_path("cities.csv"),
        dtype={"name": str, "unit_id": str, "country": str},
        keep_default_na=False,
    )


@functools.cache
def _city_names() -> pd.DataFrame:
    """More names for some cities: ``geonameid``, ``name``, ``language``."""
    return pd.read_csv(
        _data_path("city_names.csv"), dtype={"name": str, "language": str}, keep_default_na=False
    )


@functools.cache
def _country_lookup() -> dict[str, str]:
    """Normalised country name or code -> alpha-3."""
    table = _country_table()
    out: dict[str, str] = {}
    names = _names()
    countries = names[names["kind"] == "country"]
    for norm, a3 in zip(countries["norm"].tolist(), countries["country"].tolist(), strict=True):
        out.setdefault(norm, a3)
    for a3, a2, name in table.itertuples(index=False):
        out[normalize(name)] = a3
        out[a3.lower()] = a3
        if a2:
            out[a2.lower()] = a3
    return out


#: Short names that ISO 3166-1 and Natural Earth give one country and common usage the
#: other: an argument naming a country refuses them (text finding reads "Congo" in news as
#: the Democratic Republic, as its writers mostly mean).
_AMBIGUOUS_COUNTRY_NAMES = {"congo": ("COD", "COG")}


def resolve_country(country: str) -> str:
    """The ISO alpha-3 code of a country given by name or code.

    Parameters
    ----------
    country : str
        An English or local name ("Ukraine", "Україна"), or an ISO 3166-1 alpha-2 or
        alpha-3 code ("UA", "UKR").

    Returns
    -------
    str
        The alpha-3 code.

    Raises
    ------
    UnknownCountryError
        With close matches, when nothing matches; with both countries for "Congo",
        which names two.

    Examples
    --------
    >>> resolve_country("Ukraine"), resolve_country("ua"), resolve_country("Україна")
    ('UKR', 'UKR', 'UKR')
    """
    if not isinstance(country, str):
        msg = (
            f"country must be a name or ISO code (str), not {type(country).__name__}: {country!r}."
        )
        raise InvalidTypeError(msg)
    table = _country_lookup()
    norm = normalize(country)
    if norm.removeprefix("the ") in _AMBIGUOUS_COUNTRY_NAMES:
        names = _country_names()
        raise UnknownCountryError(
            country,
            [names[c] for c in _AMBIGUOUS_COUNTRY_NAMES[norm.removeprefix("the ")]],
            ambiguous=True,
        )
    if norm in table:
        return table[norm]
    if norm.startswith("the ") and norm[4:] in table:
        return table[norm[4:]]
    if not _SUGGEST.get():
        raise UnknownCountryError(country, [])
    from rapidfuzz import fuzz, process  # only for the error's suggestions

    names = dict(zip(_country_table().name.map(normalize), _country_table().name, strict=True))
    found = process.extract(norm, list(names), scorer=fuzz.WRatio, limit=3, score_cutoff=80)
    raise UnknownCountryError(country, [names[m[0]] for m in found])


def country_name(code: str) -> str:
    """The English name of a country given by its alpha-3 code (the code if unknown).

    A named area measured as its own whole ("area:kashmir", see ``area_share``) gives its
    name too.

    Examples
    --------
    >>> country_name("UKR"), country_name("XXX"), country_name("area:kashmir")
    ('Ukraine', 'XXX', 'Kashmir')
    """
    if code.startswith("area:") and code in _area_table().index:
        return str(_area_table().at[code, "name"])
    return str(_country_names().get(code, code))


def _whole_label(code: str | None) -> str:
    """A share's whole as tables print it.

    A country's or a unit's code, a named area's name ("Donbas", not its id
    "area:donbas"), "–" for none.
    """
    if not code:
        return "–"
    return country_name(code) if code.startswith(AREA_PREFIX) else code


@functools.cache
def _country_names() -> dict[str, str]:
    """Alpha-3 code -> English name."""
    table = _country_table()
    return dict(zip(table["country"], table["name"], strict=True))


def _un_country_geometry(code: str) -> Any:
    """A country's outline as the UN view draws it (None for a code with no ground)."""
    return _country_geometries(_assignment_key(_owners("un", None))).get(code)


def _owners(worldview: str, as_of: DateLike) -> pd.Series:
    return sovereign(worldview, as_of)


def regions(
    country: str | None = None, *, worldview: str = "un", as_of: DateLike = None
) -> gpd.GeoDataFrame:
    """First-level regions (oblasts, states, provinces), with their polygons.

    Parameters
    ----------
    country : str, optional
        Keep only the units of this country (name or ISO code) under the worldview.
    worldview : str, default "un"
        ``"un"``, ``"defacto"``, or a claimant's alpha-3 code (see
        :mod:`geoclaims.worldviews`).
    as_of : date or str, optional
        The date for a claimant's view; today when None.

    Returns
    -------
    geopandas.GeoDataFrame
        In EPSG:4326, one row per unit, with columns ``unit_id``, ``iso_3166_2``,
        ``name``, ``country`` (alpha-3 under the view) and ``geometry``.

    Examples
    --------
    >>> len(regions("UA")), len(regions("UA", worldview="RUS", as_of="2020-01-01"))
    (27, 25)
    >>> regions("Ukraine").crs.to_epsg()
    4326
    """
    worldview_arg(worldview)  # refused or warned of here, before any work
    owners = _owners(worldview, as_of).to_numpy()
    if country is None:
        positions = np.arange(len(owners))
    else:
        positions = np.flatnonzero(owners == resolve_country(country))
    # only the polygons of the rows returned are decoded
    out = _unit_rows(positions)[list(REGION_COLUMNS)]
    out["country"] = owners[positions]
    return out


@functools.cache
def _country_geometries(worldview_key: tuple[tuple[str, str], ...]) -> dict[str, object]:
    """Country polygons: union of the units of each country, for one assignment."""
    owners = _unit_attrs()["country"].copy()
    idx = _unit_index()
    for uid, owner in worldview_key:
        owners.iat[idx[uid]] = owner
    geoms = _unit_geometries(np.arange(len(owners)))
    out = {}
    for a3, positions in owners.groupby(owners).indices.items():
        if not a3:  # land no view gives to one country (the Spratly Islands)
            continue
        out[a3] = _union(geoms[positions])
    return out


def _assignment_key(owners: pd.Series) -> tuple[tuple[str, str], ...]:
    base = _unit_attrs()["country"].to_numpy()
    changed = owners.to_numpy() != base
    return tuple(zip(owners.index[changed], owners.to_numpy()[changed], strict=True))


def countries(*, worldview: str = "un", as_of: DateLike = None) -> gpd.GeoDataFrame:
    """Countries as the union of their units under a worldview at a date.

    Parameters
    ----------
    worldview : str, default "un"
        ``"un"``, ``"defacto"``, or a claimant's alpha-3 code.
    as_of : date or str, optional
        The date for a claimant's view; today when None.

    Returns
    -------
    geopandas.GeoDataFrame
        In EPSG:4326, one row per country with at least one unit: ``country``
        (alpha-3), ``iso_a2``, ``name``, ``geometry``.

    Examples
    --------
    >>> c = countries(worldview="RUS", as_of="2022-10-01").set_index("country")
    >>> donetsk = lookup("Donetsk").geometry[0].representative_point()
    >>> bool(c.loc["RUS", "geometry"].contains(donetsk))
    True
    """
    worldview_arg(worldview)  # refused or warned of here, before any work
    owners = _owners(worldview, as_of)
    geoms = _country_geometries(_assignment_key(owners))
    table = _country_table().set_index("country")
    codes = sorted(geoms)
    return gpd.GeoDataFrame(
        {
            "country": codes,
            "iso_a2": [table["iso_a2"].get(c, "") for c in codes],
            "name": [table["name"].get(c, c) for c in codes],
        },
        geometry=[geoms[c] for c in codes],
        crs="EPSG:4326",
    )


# Callers that catch an unknown name and go on (a place-like word in an article, a
# region outside the view's country) need no "Did you mean" list: a fuzzy search over
# 22,000 names that they would throw away.
_SUGGEST: contextvars.ContextVar[bool] = contextvars.ContextVar("geoclaims_suggest", default=True)


@contextlib.contextmanager
def _without_suggestions() -> Iterator[None]:
    """Within this block, UnknownRegionError from :func:`lookup` carries no suggestions."""
    token = _SUGGEST.set(False)
    try:
        yield
    finally:
        _SUGGEST.reset(token)


def _suggest(query: str, country: str | None, owners: pd.Series) -> list[str]:
    if not _SUGGEST.get():
        return []
    from rapidfuzz import fuzz, process

    names = _names()
    pool = names[names.unit_id != ""]
    if country is not None:
        pool = pool[pool.unit_id.map(owners).eq(country) | pool.country.eq(country)]
    if pool.empty:
        return []
    # a name much shorter than the query is no likely intent, however well it matches a
    # part of it ("Ha", "Var" and "Osh" inside "Varosha")
    q = normalize(query)
    shortest = max(3, int(0.6 * len(q)))
    choices = {
        n: u for n, u in zip(pool.norm, pool.unit_id, strict=True) if len(n) >= shortest
    }
    # the plain edit ratio: WRatio's partial matching suggested "Shan" and "Budapest"
    found = process.extract(q, list(choices), scorer=fuzz.ratio, limit=8, score_cutoff=75)
    units = _unit_attrs().set_index("unit_id")
    areas = _area_table()
    out: list[str] = []
    for norm, _score, _ in found:
        uid = choices[norm]
        label = areas.at[uid, "name"] if uid in areas.index else units.at[uid, "name"]
        if label not in out:
            out.append(label)
    return out[:3]


_NO_ROWS = np.zeros(0, dtype=np.intp)


@functools.cache
def _row_index(tier: str) -> dict[str, Any]:
    """Positions of the rows of each normalised name ("norm", "key") or ISO code ("iso")."""
    if tier == "iso":
        return _unit_attrs().reset_index(drop=True).groupby("iso_3166_2", sort=False).indices
    return _name_tables()[1][tier]


def _rows_by(tier: str, value: str) -> Any:
    """Positions (in `_names()`, or `_units()` for "iso") whose `tier` equals `value`."""
    return _row_index(tier).get(value, _NO_ROWS)


#: Names of at most this many characters once normalised match only as written (case aside).
_SHORT_NAME = 3


def _casefold_nfc(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def _match(query: str, country: str | None, owners: pd.Series) -> tuple[str, str | None]:
    """Resolve one query to ("unit", unit_id) or ("country", alpha-3)."""
    q = query.strip()
    if not q:
        msg = (
            f"Empty region name {query!r}: give a name such as 'Donetsk' or a code such as 'UA-14'."
        )
        raise InvalidInputError(msg)
    units = _unit_attrs()
    if _ISO_RE.match(q):
        hits = units.index[_rows_by("iso", q.upper())]
        if len(hits) == 1:
            return "unit", units.at[hits[0], "unit_id"]
        if len(hits) > 1:
            cands = [
                (units.at[i, "unit_id"], units.at[i, "iso_3166_2"], owners.iat[i]) for i in hits
            ]
            raise AmbiguousRegionError(query, cands)
        area = _area_ids_by_iso().get(q.upper())
        if area is not None:
            # an ISO subdivision above the units (GB-SCT): the named area of its units
            return "area", area
        places = _place_table()
        by_iso = places.index[places["iso_3166_2"] == q.upper()]
        if len(by_iso):
            # a unit newer than the boundaries (CD-IT, Ituri): known, not drawn
            raise NoBoundaryError(query, by_iso[0], places.at[by_iso[0], "name"])
    if q in _unit_index():
        return "unit", q
    if _COUNTRY_CODE_RE.fullmatch(q) and (country is None or country == _code_country(q)):
        code = _code_country(q)
        if code is not None:
            return "country", code  # "UA", "UKR": an ISO 3166-1 code is its country
    if q in _area_table().index:
        return "area", q
    if q in _place_table().index:
        raise NoBoundaryError(query, q, _place_table().at[q, "name"])
    idx = _unit_index()
    names = _names()
    norm, key = normalize(q), name_key(q)
    has_suffix = norm != key
    for tier in ("norm", "key"):
        rows = _rows_by(tier, norm if tier == "norm" else key)
        if not len(rows):
            continue
        hit = names.iloc[rows]
        if len(norm) <= _SHORT_NAME:
            # A short name's diacritics are much of what it is: "No" is not Haiti's
            # "Nò", though the two fold alike. Only the name as written (case aside).
            hit = hit[hit["name"].map(_casefold_nfc) == _casefold_nfc(q)]
            if hit.empty:
                continue
        is_area = hit.unit_id.str.startswith(AREA_PREFIX)
        area_ids = list(dict.fromkeys(hit.loc[is_area, "unit_id"]))
        if country is not None:
            area_ids = [
                a
                for a in area_ids
                if country in {owners[u] for u in _area_table().at[a, "unit_ids"]}
                or _area_table().at[a, "country"] == country
            ]
        if len(area_ids) == 1:
            # A named area's name is its own: no unit or country carries it.
            return "area", area_ids[0]
        if len(area_ids) > 1:
            table = _area_table()
            cands = [(table.at[a, "name"], "", table.at[a, "country"]) for a in area_ids]
            raise AmbiguousRegionError(query, cands)
        hit = hit[~is_area]
        unit_hits = hit[hit.unit_id != ""].copy()
        unit_hits["owner"] = unit_hits.unit_id.map(owners)
        country_hits = hit[hit.unit_id == ""]
        if country is not None:
            unit_hits = unit_hits[(unit_hits.owner == country) | (unit_hits.country == country)]
            country_hits = country_hits[country_hits.country == country]
        if tier == "key" and not unit_hits.empty:
            # "Kyiv region" should prefer names that also carried a unit-kind word.
            same = unit_hits[(unit_hits.norm != unit_hits.key) == has_suffix]
            unit_hits = same if not same.empty else unit_hits
        if not unit_hits.empty:
            best = unit_hits[unit_hits["rank"] == unit_hits["rank"].min()]
            ids = list(dict.fromkeys(best.unit_id))
            own = country_hits[country_hits.country.isin({owners[u] for u in ids})]
            if not own.empty and not has_suffix and country is None:
                # "Mexico", "Panama": a country's own name is the country, not its unit of
                # the same name (asked for by its unit word, "Mexico State", or its code)
                c = str(own.country.iloc[0])
                ids = [u for u in ids if owners[u] != c]
                if not ids:
                    return "country", c
                country_hits = own[own.country == c]
            else:
                # A country hit only competes when it is another country than the unit's.
                country_hits = country_hits[
                    ~country_hits.country.isin({owners[u] for u in ids})
                ]
            if len(ids) == 1 and country_hits.empty:
                return "unit", ids[0]
            cands = [
                (units.at[idx[u], "name"], units.at[idx[u], "iso_3166_2"], owners[u]) for u in ids
            ]
            a2 = _country_table().set_index("country")["iso_a2"]
            cands += [
                (f"the country {n}", a2.get(c, ""), c)
                for n, c in zip(country_hits.name, country_hits.country, strict=True)
            ][:1]
            raise AmbiguousRegionError(query, cands)
        if not country_hits.empty:
            countries = list(dict.fromkeys(country_hits.country))
            if len(countries) > 1:
                # "Congo": the Republic of the Congo or the Democratic Republic; "Saint
                # Martin": the French or the Dutch part. Never one picked in silence.
                names = _country_table().set_index("country")
                cands = [
                    (f"the country {names['name'].get(c, c)}", names["iso_a2"].get(c, ""), c)
                    for c in countries
                ]
                raise AmbiguousRegionError(query, cands)
            return "country", countries[0]
    place = _place_ids_by_norm().get(norm)
    if place is not None:
        raise NoBoundaryError(query, place, _place_table().at[place, "name"])
    found = _text_match(query, country)
    if found is not None:
        return found
    raise UnknownRegionError(query, _suggest(q, country, owners), country)


_OWN_COUNTRY_AFTER = re.compile(r",?\s+(?:of|in)\s+(?:the\s+)?|,\s+")


def _text_match(query: str, country: str | None) -> tuple[str, str] | None:
    """The place the text finder reads the whole query as, when the name tables miss it.

    :func:`geoclaims.text.find_regions` knows forms the name tables lack (Cyrillic case
    forms and ISO translations: "Абхазия", "Кашмір"); a query it reads as one region,
    entity, named area or country, end to end, is that place.
    """
    from geoclaims.text import find_regions

    text = query.strip()
    if not text or len(text) > 200:
        return None
    try:
        found = find_regions(text, country=country)
    except GeoclaimsError:
        return None
    end = len(text)
    if len(found) == 2 and _OWN_COUNTRY_AFTER.fullmatch(
        text, int(found.iloc[0]["end"]), int(found.iloc[1]["start"])
    ):
        # "Kurdistan Region of Iraq": a place, then its own country
        tail = found.iloc[1]
        if (
            tail["kind"] == "country"
            and tail["country"] == found.iloc[0]["country"]
            and int(tail["end"]) == end
        ):
            found, end = found.iloc[:1], int(found.iloc[0]["end"])
    if len(found) != 1:
        return None
    row = found.iloc[0]
    if int(row["start"]) != 0 or int(row["end"]) != end:
        return None
    if row["kind"] == "country":
        return "country", str(row["country"])
    uid = row["unit_id"]
    if isinstance(uid, str) and uid in _place_table().index:
        raise NoBoundaryError(query, uid, _place_table().at[uid, "name"])
    if row["kind"] in ("region", "entity", "area") and isinstance(uid, str):
        return ("area" if uid.startswith(AREA_PREFIX) else "unit"), uid
    return None


@typed_errors
def lookup(
    names: str | Iterable[str],
    *,
    country: str | None = None,
    worldview: str = "un",
    as_of: DateLike = None,
) -> gpd.GeoDataFrame:
    """Find regions by name or ISO 3166-2 code.

    Names are compared after normalisation (case, diacritics, apostrophes, hyphens,
    and unit words such as "oblast" or "область"), in any script the gazetteer holds:
    current and old transliterations ("Zaporizhzhia", "Zaporizhzhya"), Ukrainian and
    Russian forms, historic names ("Stalino") and separatist entities ("DPR").
    A country's own name gives the whole country as one row, and a named area's name
    ("Donbas", "Pridnestrovie", "Golan Heights", "Scotland") or ISO code ("GB-SCT") the
    whole area.

    Parameters
    ----------
    names : str or iterable of str
        Names or codes such as ``"Donetsk"``, ``"Донецька область"``, ``"UA-14"``.
    country : str, optional
        Limit the search to one country (name or ISO code); resolves namesakes.
    worldview : str, default "un"
        The view under which ``country`` is filled in (see :mod:`geoclaims.worldviews`).
    as_of : date or str, optional
        The date for a claimant's view.

    Returns
    -------
    geopandas.GeoDataFrame
        EPSG:4326, one row per query in the given order: ``query``, ``unit_id``,
        ``iso_3166_2``, ``name``, ``country``, ``geometry``, ``kind``
        (``"unit"``, ``"area"`` or ``"country"``). A named area (see
        :func:`named_areas`) has ``unit_id`` ``"area:<slug>"``, the ISO code of an
        ISO 3166-2 subdivision above the units ("Scotland", "GB-SCT") else "", its
        canonical English name, the one country all its units belong to under the view
        (empty when several) and the union of its units as geometry; a country has its
        alpha-3 code as ``unit_id``.

    Raises
    ------
    UnknownRegionError
        When a name matches nothing; the message suggests close matches.
    NoBoundaryError
        When a name is a named place the data draws no polygon for ("Shebaa Farms",
        "Area C"; see :func:`named_places`), a subclass of UnknownRegionError.
    AmbiguousRegionError
        When a name matches regions of several countries (or a region and a country)
        and ``country`` does not narrow it down.

    Examples
    --------
    >>> lookup(["Donets'k", "Запорізька область", "UA-65"])[["query", "iso_3166_2", "name"]]
                    query iso_3166_2          name
    0            Donets'k      UA-14       Donetsk
    1  Запорізька область      UA-23  Zaporizhzhia
    2               UA-65      UA-65       Kherson
    >>> lookup("Georgia", country="US").iso_3166_2.tolist()
    ['US-GA']
    """
    worldview_arg(worldview)  # refused or warned of here, before any work
    if isinstance(names, str):
        names = [names]
    elif isinstance(names, bytes) or not isinstance(names, Iterable):
        msg = f"names must be a string or a list of strings, not {type(names).__name__}: {names!r}."
        raise InvalidTypeError(msg)
    queries = list(names)
    for q in queries:
        if not isinstance(q, str):
            msg = f"Each name must be a string, not {type(q).__name__}: {q!r}."
            raise InvalidTypeError(msg)
    owners = _owners(worldview, as_of)
    a3 = resolve_country(country) if country is not None else None
    units = _unit_attrs()
    idx = _unit_index()
    country_geoms: dict[str, object] | None = None
    table = _country_table().set_index("country")
    rows = []
    # Each distinct query is resolved (and its row built) once: 100,000 names with
    # repeats cost what their distinct names cost, plus a dict look-up each.
    done: dict[str, dict[str, Any]] = {}
    for q in queries:
        if q in done:
            rows.append({**done[q], "query": q})
            continue
        what, code = _match(q, a3, owners)
        if what == "unit":
            i = idx[code]
            rows.append(
                {
                    "query": q,
                    "unit_id": code,
                    "iso_3166_2": units.at[i, "iso_3166_2"],
                    "name": units.at[i, "name"],
                    "country": owners.iat[i],
                    "geometry": _unit_geometries([i])[0],
                    "kind": "unit",
                }
            )
        elif what == "area":
            rows.append(
                {
                    "query": q,
                    "unit_id": code,
                    "iso_3166_2": _area_table().at[code, "iso_3166_2"],
                    "name": _area_table().at[code, "name"],
                    "country": _area_country(code, owners),
                    "geometry": _area_geometry(code),
                    "kind": "area",
                }
            )
        else:
            if country_geoms is None:
                country_geoms = _country_geometries(_assignment_key(owners))
            rows.append(
                {
                    "query": q,
                    "unit_id": code,
                    "iso_3166_2": table["iso_a2"].get(code, ""),
                    "name": table["name"].get(code, code),
                    "country": code,
                    # a country another country's view absorbs (Western Sahara under
                    # 'MAR') is still the same land: drawn as the UN view draws it
                    "geometry": country_geoms.get(code) or _un_country_geometry(code),
                    "kind": "country",
                }
            )
        done[q] = rows[-1]
    columns = ["query", *REGION_COLUMNS, "kind"]
    return gpd.GeoDataFrame(
        pd.DataFrame(rows, columns=columns), geometry="geometry", crs="EPSG:4326"
    )
