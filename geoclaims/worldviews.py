"""Worldviews: which country each unit belongs to, for a point of view and a date.

Three kinds of worldview:

``"un"`` (the default)
    Internationally recognised borders. Crimea and Sevastopol are part of Ukraine, and
    so are Donetsk, Luhansk, Zaporizhzhia and Kherson, whatever the date.
``"defacto"``
    As the source map (Natural Earth 4.1) draws them: Crimea and Sevastopol in Russia.
A claimant's ISO alpha-3 code, such as ``"RUS"`` or ``"UKR"``
    The "un" view, changed by the claims of that country that are in force at ``as_of``
    in the dated claims table (``data/boundaries/claims.csv``). Under ``"RUS"`` Crimea
    and Sevastopol are Russian from 2014-03-18, and the four oblasts whose annexation
    Russia declared from 2022-09-30 (whole oblasts, as claimed).

A country's polygon is the union of its units under the chosen view, so a region's
share of its country can never exceed 100%.
"""

from __future__ import annotations

import datetime as _dt
import functools

import numpy as np
import pandas as pd

from geoclaims._errors import InvalidInputError, InvalidTypeError, UnknownWorldviewError, quote

__all__ = ["claims", "claims_in_force", "parse_date", "sovereign"]

DateLike = _dt.date | _dt.datetime | str | None


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
    """The dated claims table.

    Returns
    -------
    pandas.DataFrame
        One row per claim: ``unit_id``, ``iso_3166_2``, ``name``, ``claimant`` (alpha-3),
        ``kind`` (``annexed`` or ``claimed``), ``since`` and ``until`` (dates; ``until``
        is NaT while the claim stands) and ``source`` (where the fact comes from).

    Examples
    --------
    >>> claims().query("claimant == 'RUS'")[["unit_id", "kind"]].head(2)
      unit_id     kind
    0   UA-43  annexed
    1   UA-40  annexed
    """
    from geoclaims.boundaries import _data_path

    df = pd.read_csv(_data_path("claims.csv"), dtype=str, keep_default_na=False)
    for col in ("since", "until"):
        df[col] = pd.to_datetime(df[col].replace("", None)).dt.date
    return df


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
        The date at which claims are read (claimant views only); None means today.

    Returns
    -------
    pandas.Series
        ISO alpha-3 codes indexed by ``unit_id``.

    Examples
    --------
    >>> sovereign("RUS", "2020-01-01")["UA-43"], sovereign("un")["UA-43"]
    ('RUS', 'UKR')
    >>> sovereign("RUS", "2022-10-01")["UA-14"]
    'RUS'
    """
    from geoclaims.boundaries import _units

    view = _normalise_worldview(worldview)
    units = _units()
    if view == "defacto":
        return pd.Series(
            units["defacto_country"].to_numpy(), index=units["unit_id"], name="country"
        )
    owner = pd.Series(units["country"].to_numpy(), index=units["unit_id"], name="country")
    if view == "un":
        return owner
    day = parse_date(as_of)
    return owner.where(~owner.index.isin(_claimed_units(view, day)), view)


def claims_in_force(day: _dt.date, *, declared_by: _dt.date | None = None) -> pd.DataFrame:
    """Rows of the claims table in force on ``day``.

    Parameters
    ----------
    day : datetime.date
        A claim is in force when it has not ended by this date.
    declared_by : datetime.date, optional
        The latest declaration date to accept; ``day`` when None. A later date also
        keeps the claims declared after ``day`` (an article written just before an
        annexation can still be read against it).

    Returns
    -------
    pandas.DataFrame
        The matching rows of :func:`claims`.

    Examples
    --------
    >>> import datetime as dt
    >>> claims_in_force(dt.date(2020, 1, 1))["unit_id"].tolist()
    ['UA-43', 'UA-40']
    """
    table = claims()
    latest = declared_by or day
    started = np.array([since <= latest for since in table["since"]], dtype=bool)
    running = np.array([pd.isna(until) or day < until for until in table["until"]], dtype=bool)
    return table[started & running]


def _claimed_units(claimant: str, day: _dt.date) -> list[str]:
    """Units that ``claimant`` claims on ``day``."""
    active = claims_in_force(day)
    return active.loc[active["claimant"] == claimant, "unit_id"].tolist()
