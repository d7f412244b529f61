"""Worldviews: which country each unit belongs to, for a point of view and a date.

Three kinds of worldview:

``"un"`` (the default)
    Internationally recognised borders. Crimea and Sevastopol are part of Ukraine, and
    so are Donetsk, Luhansk, Zaporizhzhia and Kherson, whatever the date; Western Sahara
    (``ESH``) is a territory of its own, the Golan Heights are Syria's and East Jerusalem
    is Palestine's; Kosovo is ``XKX``. The Kashmir units are drawn under their
    administrators (India, Pakistan, China), as the UN draws no line of its own.
``"defacto"``
    The "un" view, changed by the ``held`` rows of the dated claims table in force at
    ``as_of`` whose administrator has an ISO code: today Crimea and Sevastopol in
    Russia, Morocco's part of Western Sahara in Morocco, the Golan Heights and East
    Jerusalem in Israel. Land held by an authority without an ISO code (Northern Cyprus,
    Somaliland, Abkhazia, South Ossetia, Transnistria, Nagorno-Karabakh from 1994 to
    2023) stays with the recognised sovereign: look it up as a named area.
A claimant's ISO alpha-3 code, such as ``"RUS"``, ``"IND"`` or ``"MAR"``
    The "un" view, changed by that country's ``annexed`` and ``claimed`` rows in force at
    ``as_of`` (the area becomes the claimant's) and its ``recognised`` rows (the area
    becomes the country it recognises, where that has an ISO code). A code with no row
    in the table gives the "un" view and a :class:`NoClaimsWarning`.

The claims each view applies (``data/boundaries/claims.csv``, one source URL per row):

- ``RUS``: Crimea and Sevastopol (annexed 2014-03-18), Donetsk, Luhansk, Zaporizhzhia
  and Kherson oblasts (annexed 2022-09-30, whole oblasts as declared); its recognition of
  Abkhazia and South Ossetia (2008) moves nothing, as they have no ISO code.
- ``SRB``: Kosovo (claimed since 2008-02-17).
- ``IND``: Azad Kashmir and Gilgit-Baltistan (since 1947-10-26), Aksai Chin (since
  1947-10-26) and the Shaksgam Valley (since 1963-03-02): all of Kashmir.
- ``PAK``: Jammu and Kashmir (since 1947-10-27) and the Siachen Glacier (since 1984).
- ``CHN``: Arunachal Pradesh (since 1959-09-08) and Taiwan (since 1949-10-01).
- ``MAR``: Western Sahara (annexed 1976-02-26).
- ``ISR``: the Golan Heights (annexed 1981-12-14) and East Jerusalem (1980-07-30).
- ``USA``: recognises Israel's sovereignty over the Golan Heights (2019-03-25) and
  Morocco's over Western Sahara (2020-12-10).
- ``ARG``: the Falkland Islands (since 1833-01-03). ``VEN``: Essequibo (since
  1962-02-12). ``JPN``: the southern Kuril Islands (since 1951-09-08). ``SDN``: the
  Hala'ib Triangle (since 1958). ``SSD`` and ``SDN``: Abyei (since 2011-07-09).
  ``SYR``: the Golan Heights (already Syria's in the "un" view). ``TUR``: recognises
  Northern Cyprus (moves nothing). ``ARM``: no claim; its forces held Nagorno-Karabakh
  (1994-2023) and the districts around it (1994-2020), held rows that move nothing as
  the Republic of Artsakh has no ISO code.

The ``"defacto"`` view applies the ``held`` rows: Russia in Crimea and Sevastopol (from
2014-02-27), Morocco in Western Sahara (from 1976, Oued Ed-Dahab from 1979), Israel in
the Golan Heights and East Jerusalem (from 1967), the United States in Guantanamo Bay
(from 1903).

A country's polygon is the union of its units under the chosen view, so a region's
share of its country can never exceed 100%.
"""

from __future__ import annotations

import datetime as _dt
import functools
import sys
import warnings
from collections.abc import Iterable

import numpy as np
import pandas as pd

from geoclaims._errors import (
    GeoclaimsWarning,
    InvalidInputError,
    InvalidTypeError,
    UnknownWorldviewError,
    in_library,
    quote,
)

__all__ = ["NoClaimsWarning", "claims", "claims_in_force", "parse_date", "sovereign"]

DateLike = _dt.date | _dt.datetime | str | None

#: Kinds of row that make a claimant's view (the others are held ground or recognition).
CLAIM_KINDS = ("annexed", "claimed")


class NoClaimsWarning(GeoclaimsWarning):
    """A worldview code that is a country but has no row in the claims table.

    A :class:`~geoclaims.GeoclaimsWarning` (and so a ``UserWarning``): filtering on
    either catches it.
    """


def parse_date(as_of: DateLike) -> _dt.date:
    """Turn ``as_of`` into a date: the one place geoclaims reads a date argument.

    Parameters
    ----------
    as_of : date, datetime, pandas.Timestamp, numpy.datetime64, str or None
        A date; a datetime or timestamp (its date is used); an ISO 8601 date or date
        and time such as ``"2022-10-01"`` or ``"2022-10-01T12:00:00Z"`` (the whole
        string must be one: nothing is guessed); or None for today.

    Returns
    -------
    datetime.date

    Raises
    ------
    InvalidInputError
        For a string that is not an ISO 8601 date (``"garbage"``, ``"2022-02-30"``,
        ``"2022-09-30junk"``) and for a missing date (``pandas.NaT``, NaN); the
        message quotes the value.
    InvalidTypeError
        For any other type.

    Examples
    --------
    >>> parse_date("2022-09-30")
    datetime.date(2022, 9, 30)
    >>> parse_date(_dt.datetime(2014, 3, 18, 12, 0))
    datetime.date(2014, 3, 18)
    >>> parse_date("2022-02-30")
    Traceback (most recent call last):
    ...
    geoclaims._errors.InvalidInputError: Cannot read the date ...
    """
    if as_of is None:
        return _dt.date.today()
    if _is_missing(as_of):
        msg = (
            f"The date {quote(as_of)} is missing (not a time). Pass a date such as "
            "'2022-09-30', or None for today."
        )
        raise InvalidInputError(msg)
    if isinstance(as_of, _dt.datetime):
        return as_of.date()
    if isinstance(as_of, _dt.date):
        return as_of
    if isinstance(as_of, np.datetime64):
        return pd.Timestamp(as_of).date()
    if isinstance(as_of, str):
        text = as_of.strip()
        for reader in (_dt.date.fromisoformat, _dt.datetime.fromisoformat):
            try:
                value = reader(text)
            except ValueError:
                continue
            return value.date() if isinstance(value, _dt.datetime) else value
        msg = (
            f"Cannot read the date {quote(as_of)}: it is not a valid ISO 8601 date. "
            "Use one such as '2022-09-30' (year-month-day)."
        )
        raise InvalidInputError(msg)
    kind = type(as_of).__name__
    msg = f"as_of must be a date, a datetime or an ISO date string, not {kind}: {quote(as_of)}."
    raise InvalidTypeError(msg)


def _is_missing(value: object) -> bool:
    """True for pandas.NaT, a NaT datetime64 and a float NaN."""
    if value is pd.NaT:
        return True
    if isinstance(value, np.datetime64):
        return bool(np.isnat(value))
    return isinstance(value, float) and value != value


@functools.cache
def claims() -> pd.DataFrame:
    """The dated claims table, one row per unit a claim covers.

    Returns
    -------
    pandas.DataFrame
        ``unit_id``, ``iso_3166_2``, ``area`` (the unit, named area ``area:<slug>`` or
        country alpha-3 the row of ``claims.csv`` names), ``name``, ``claimant`` (ISO
        alpha-3; empty for an authority without one), ``administering`` (ISO alpha-3 or
        empty), ``kind`` (``annexed``, ``claimed``, ``held`` or ``recognised``), ``since``
        and ``until`` (dates; ``until`` is NaT while the claim stands) and ``source`` (a
        URL). A row of the file that names a named area or a country gives one row per
        unit of it.

    Examples
    --------
    >>> claims().query("claimant == 'RUS'")[["unit_id", "kind"]].head(2)
      unit_id     kind
    0   UA-43  annexed
    1   UA-40  annexed
    """
    from geoclaims.boundaries import _area_table, _data_path, _unit_attrs

    df = pd.read_csv(_data_path("claims.csv"), dtype=str, keep_default_na=False)
    units = _unit_attrs()
    # Plain lists: iterating or grouping the Arrow-backed columns costs more than the rest.
    unit_ids = units["unit_id"].tolist()
    iso = dict(zip(unit_ids, units["iso_3166_2"].tolist(), strict=True))
    by_country: dict[str, list[str]] = {}
    for uid, country in zip(unit_ids, units["country"].tolist(), strict=True):
        by_country.setdefault(country, []).append(uid)
    members = _area_table()["unit_ids"].to_dict()
    rows = []
    for row in df.to_dict("records"):
        area = row["area"]
        if area in iso:
            ids = [area]
        elif area in members:
            ids = list(members[area])
        else:
            ids = list(by_country.get(area, []))
        for uid in ids:
            rows.append({"unit_id": uid, "iso_3166_2": iso[uid], **row})
    out = pd.DataFrame(rows, columns=["unit_id", "iso_3166_2", *df.columns])
    for col in ("since", "until"):
        out[col] = _dates(out[col])
    return out


def _dates(values: pd.Series) -> pd.Series:
    """ISO dates ("2014-03-18") as datetime.date, "" as NaT; an object Series.

    The table's dates are ISO dates (the build script checks them): read one by one,
    a tenth of what pandas' format inference costs. Anything else goes through
    :func:`pandas.to_datetime` as before.
    """
    given = [v for v in values.tolist() if v]
    # "20140318" and the like, or no date at all: as pandas reads them
    if not given or not all(isinstance(v, str) and len(v) == 10 for v in given):
        return pd.to_datetime(values.replace("", None)).dt.date
    try:
        days = [_dt.date.fromisoformat(v) if v else pd.NaT for v in values.tolist()]
    except ValueError:
        return pd.to_datetime(values.replace("", None)).dt.date
    return pd.Series(days, index=values.index, dtype=object, name=values.name)


def worldview_arg(worldview: object) -> str:
    """A public function's ``worldview`` argument, normalised, warned of once.

    Call it first thing in a public function that takes ``worldview``. A claimant code
    with no claims warns (:class:`NoClaimsWarning`, at the line of the caller's code)
    only when the function was called from outside geoclaims, so one call warns once
    however many lookups it makes, and a result remembered from an earlier call warns
    just the same.

    Raises
    ------
    UnknownWorldviewError
        If it is no view and no country's ISO alpha-3 code.
    """
    view = _normalise_worldview(worldview)
    if view in ("un", "defacto") or view in _claimant_set():
        return view
    # the public function's caller, past its decorators (their inner function is named
    # "wrapper", as geoclaims._errors.typed_errors' is) and the callable module
    # geoclaims.report's __call__
    frame, level = sys._getframe(2), 3
    while frame.f_back is not None and frame.f_code.co_name in _FORWARDERS and in_library(frame):
        frame, level = frame.f_back, level + 1
    if not in_library(frame):
        warnings.warn(
            f"Worldview {view!r} has no claims in the claims table: it is the 'un' view. "
            "Claimant views: " + ", ".join(_claimants()) + ".",
            NoClaimsWarning,
            stacklevel=level,
        )
    return view


#: Names of the library's functions that only pass a public call on.
_FORWARDERS = ("wrapper", "__call__")


@functools.cache
def _claimant_set() -> frozenset[str]:
    return frozenset(claims()["claimant"])


def _normalise_worldview(worldview: object) -> str:
    if not isinstance(worldview, str) or not worldview.strip():
        raise UnknownWorldviewError(worldview)
    w = worldview.strip()
    if w.lower() in ("un", "defacto"):
        return w.lower()
    from geoclaims.boundaries import _country_table

    code = w.upper()
    if code not in set(_country_table().country):
        raise UnknownWorldviewError(worldview)
    return code


def sovereign(worldview: str = "un", as_of: DateLike = None) -> pd.Series:
    """The country of every unit under a worldview at a date.

    Parameters
    ----------
    worldview : str, default "un"
        ``"un"``, ``"defacto"`` or a claimant's ISO alpha-3 code.
    as_of : date, datetime, str or None
        The date at which claims are read (claimant and de facto views); None means
        today.

    Returns
    -------
    pandas.Series
        ISO alpha-3 codes indexed by ``unit_id``.

    Warns
    -----
    NoClaimsWarning
        When a claimant's code has no row in the claims table (the "un" view is given).

    Examples
    --------
    >>> sovereign("RUS", "2020-01-01")["UA-43"], sovereign("un")["UA-43"]
    ('RUS', 'UKR')
    >>> sovereign("RUS", "2022-10-01")["UA-14"]
    'RUS'
    >>> sovereign("defacto", "2010-01-01")["UA-43"], sovereign("defacto")["UA-43"]
    ('UKR', 'RUS')
    """
    from geoclaims.boundaries import _unit_attrs

    view = worldview_arg(worldview)
    day = parse_date(as_of)  # a bad date is refused whatever the view
    units = _unit_attrs()
    owner = pd.Series(units["country"].to_numpy(), index=units["unit_id"], name="country")
    if view == "un":
        return owner
    active = claims_in_force(day, kinds=None)
    if view == "defacto":
        held = active[(active["kind"] == "held") & (active["administering"] != "")]
        return _assign(owner, held["unit_id"], held["administering"])
    mine = active[active["claimant"] == view]
    taken = mine[mine["kind"].isin(CLAIM_KINDS)]
    recognised = mine[(mine["kind"] == "recognised") & (mine["administering"] != "")]
    owner = _assign(owner, taken["unit_id"], [view] * len(taken))
    return _assign(owner, recognised["unit_id"], recognised["administering"])


def _assign(owner: pd.Series, unit_ids: Iterable[str], codes: Iterable[str]) -> pd.Series:
    out = owner.copy()
    for uid, code in zip(unit_ids, codes, strict=True):
        out[uid] = code
    return out


@functools.cache
def _claimants() -> tuple[str, ...]:
    table = claims()
    kinds = table["kind"].isin([*CLAIM_KINDS, "recognised"])
    return tuple(sorted(set(table.loc[kinds & (table["claimant"] != ""), "claimant"])))


def claims_in_force(
    day: _dt.date,
    *,
    declared_by: _dt.date | None = None,
    kinds: Iterable[str] | None = CLAIM_KINDS,
) -> pd.DataFrame:
    """Rows of the claims table in force on ``day``.

    Parameters
    ----------
    day : datetime.date
        A claim is in force when it has not ended by this date.
    declared_by : datetime.date, optional
        The latest declaration date to accept; ``day`` when None. A later date also
        keeps the claims declared after ``day`` (an article written just before an
        annexation can still be read against it).
    kinds : iterable of str or None, default ("annexed", "claimed")
        The kinds of row to keep; None keeps every kind (``held`` and ``recognised``
        too).

    Returns
    -------
    pandas.DataFrame
        The matching rows of :func:`claims`.

    Examples
    --------
    >>> import datetime as dt
    >>> claims_in_force(dt.date(2020, 1, 1)).query("claimant == 'RUS'")["unit_id"].tolist()
    ['UA-43', 'UA-40']
    """
    table = claims()
    latest = declared_by or day
    started = np.array([since <= latest for since in table["since"]], dtype=bool)
    running = np.array([pd.isna(until) or day < until for until in table["until"]], dtype=bool)
    keep = started & running
    if kinds is not None:
        keep &= table["kind"].isin(list(kinds)).to_numpy()
    return table[keep]


def _claimed_units(claimant: str, day: _dt.date) -> list[str]:
    """Units that ``claimant`` claims (annexed or claimed) on ``day``."""
    active = claims_in_force(day)
    return active.loc[active["claimant"] == claimant, "unit_id"].tolist()
