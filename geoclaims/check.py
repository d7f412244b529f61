"""Check a stated figure ("nearly 15% of Ukraine") against every honest reading of it.

A stated figure and its qualifier become an interval (the bands are documented in
:func:`check_claim`). The candidate readings are then computed with
:func:`geoclaims.area_share`: the named regions in full (on polygons and on official
areas); the same with the earlier-annexed units added ("with Crimea"); the units of each
claim in the dated claims table that is in force on the date (or declared within a year
after it); and, given a control layer, the held part of each of these and all held
ground of the country, with and without the earlier-annexed units. The verdict says
which readings fall inside the interval, the best match, and what it means, in words.
"""

from __future__ import annotations

import datetime as _dt
import html
import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import pandas as pd

from geoclaims._errors import InvalidInputError
from geoclaims.areas import area_share
from geoclaims.boundaries import _units, country_name, lookup, resolve_country
from geoclaims.boundaries import regions as all_regions
from geoclaims.layers import read_layer
from geoclaims.text import find_claims
from geoclaims.worldviews import claims_in_force, parse_date

__all__ = ["Verdict", "check_claim"]

logger = logging.getLogger(__name__)

_KM2_PER_MI2 = 2.589988110336
# Relative widths of the qualifier bands (see check_claim's docstring).
_ABOUT = 0.10
_NEARLY = 0.10
_BEYOND = 0.25
# Claims declared up to this long after the date still count as readings (an article
# about referendums comes before the annexation it announces).
_PENDING = _dt.timedelta(days=365)
_QUALIFIER_ALIASES = {
    "almost": "nearly",
    "close_to": "nearly",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "over": "more_than",
    "above": "more_than",
    "under": "less_than",
    "below": "less_than",
    "at_most": "up_to",
}
_QUALIFIER_WORDS = {
    None: "",
    "exactly": "exactly ",
    "about": "about ",
    "nearly": "nearly ",
    "more_than": "more than ",
    "less_than": "less than ",
    "at_least": "at least ",
    "up_to": "up to ",
}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


# --------------------------------------------------------------------------------------
# the stated figure
# --------------------------------------------------------------------------------------


def _qualifier(claim: Any) -> str | None:
    q = getattr(claim, "qualifier", None)
    if q is None:
        return None
    q = str(q).strip().lower().replace(" ", "_").replace("-", "_")
    q = _QUALIFIER_ALIASES.get(q, q)
    if q not in _QUALIFIER_WORDS:
        msg = (
            f"Unknown qualifier {getattr(claim, 'qualifier', None)!r}; use one of "
            f"{sorted(k for k in _QUALIFIER_WORDS if k)!r} or None."
        )
        raise InvalidInputError(msg)
    return q


def _half_unit(claim: Any) -> float | None:
    """Half a unit in the last stated digit of the figure; None if written in words."""
    surface = str(getattr(claim, "surface", "") or "")
    numbers = _NUMBER.findall(surface)
    if surface and not numbers:
        return None  # "a fifth", "half": a figure in words is loose
    if numbers:
        first = numbers[0]
        decimals = len(re.split(r"[.,]", first)[-1]) if re.search(r"[.,]\d{1,2}$", first) else 0
    else:
        text = repr(float(claim.value))
        decimals = 0 if text.endswith(".0") else len(text.split(".")[-1])
    return 0.5 * 10.0**-decimals


def _interval(claim: Any) -> tuple[float, float]:
    """The interval of values consistent with the stated figure, in its own unit."""
    v = float(claim.value)
    high = getattr(claim, "high", None)
    q = _qualifier(claim)
    if high is not None:
        lo, hi = sorted((v, float(high)))
        if q in ("about", "nearly"):
            lo, hi = lo * (1 - _ABOUT), hi * (1 + _ABOUT) if q == "about" else hi
        elif q in ("more_than", "at_least"):
            hi = hi * (1 + _BEYOND)
        elif q in ("less_than", "up_to"):
            lo = lo * (1 - _BEYOND)
    elif q == "about":
        lo, hi = v * (1 - _ABOUT), v * (1 + _ABOUT)
    elif q == "nearly":
        lo, hi = v * (1 - _NEARLY), v
    elif q in ("more_than", "at_least"):
        lo, hi = v, v * (1 + _BEYOND)
    elif q in ("less_than", "up_to"):
        lo, hi = v * (1 - _BEYOND), v
    else:
        half = _half_unit(claim)
        if half is None:
            lo, hi = v * (1 - _ABOUT), v * (1 + _ABOUT)
        else:
            lo, hi = v - half, v + half
    if _unit(claim) == "%":
        lo, hi = max(lo, 0.0), min(hi, 100.0)
    return lo, hi


def _unit(claim: Any) -> str:
    unit = str(getattr(claim, "unit", "%")).lower().replace("²", "2")
    aliases = {"percent": "%", "pct": "%", "sq km": "km2", "sqkm": "km2", "sq mi": "mi2"}
    unit = aliases.get(unit, unit)
    if unit not in ("%", "km2", "mi2"):
        msg = (
            f"Unknown unit {getattr(claim, 'unit', None)!r} in the claim; use '%', 'km2' or 'mi2'."
        )
        raise InvalidInputError(msg)
    return unit


def _fmt(value: float, unit: str) -> str:
    if unit == "%":
        return f"{value:.1f}%"
    return f"{value:,.0f} km²"


# --------------------------------------------------------------------------------------
# the result
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Verdict:
    """How a stated figure compares with the readings the data allows.

    Build it with :func:`check_claim`.

    Attributes
    ----------
    claim : Claim
        The stated figure that was checked.
    interval : tuple of float
        (low, high): the values consistent with the figure and its qualifier, in percent
        of the country, or in km² for an area.
    unit : str
        ``"%"`` or ``"km2"`` (square miles are converted).
    best : str or None
        The name of the reading that matches best (closest to the stated figure among
        those inside the interval), or None if none falls inside.
    holds : bool
        Whether any reading falls inside the interval.
    text : str
        The verdict in plain words, one paragraph.
    country : str or None
        ISO alpha-3 code of the country the share is of.
    worldview : str
        The worldview the country and the regions were drawn under.
    as_of : datetime.date
        The date of the worldview, the claims and the control layer.
    readings : pandas.DataFrame
        One row per reading; see :meth:`to_frame`.
    share : Share or None
        The share of the named regions (with the held part if a layer was given).
    """

    claim: Any
    interval: tuple[float, float]
    unit: str
    best: str | None
    holds: bool
    text: str
    country: str | None
    worldview: str
    as_of: _dt.date
    readings: pd.DataFrame = field(repr=False)
    share: Any = field(default=None, repr=False)

    def to_frame(self) -> pd.DataFrame:
        """One row per reading.

        Returns
        -------
        pandas.DataFrame
            Columns ``reading`` (a short name), ``description`` (in words), ``pct``
            (percent of the country), ``km2`` (area) and ``matches`` (inside the
            interval).
        """
        return self.readings.copy()

    def __repr__(self) -> str:
        lo, hi = self.interval
        return (
            f"Verdict(holds={self.holds}, best={self.best!r}, interval=({_fmt(lo, self.unit)}, "
            f"{_fmt(hi, self.unit)}))"
        )

    def _repr_html_(self) -> str:
        frame = self.to_frame()
        rows = []
        for r in frame.itertuples(index=False):
            style = " style='font-weight:bold'" if r.reading == self.best else ""
            mark = "✔" if r.matches else ""
            rows.append(
                f"<tr{style}><td>{html.escape(r.description)}</td>"
                f"<td>{'' if pd.isna(r.pct) else f'{r.pct:.2f}%'}</td>"
                f"<td>{'' if pd.isna(r.km2) else f'{r.km2:,.0f}'}</td><td>{mark}</td></tr>"
            )
        head = "<tr><th>Reading</th><th>% of country</th><th>km²</th><th>In interval</th></tr>"
        return (
            f"<div class='geoclaims-verdict'><p>{html.escape(self.text)}</p>"
            f"<table>{head}{''.join(rows)}</table></div>"
        )


# --------------------------------------------------------------------------------------
# readings
# --------------------------------------------------------------------------------------


def _names(names: Sequence[str]) -> str:
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _region_rows(regions: Any) -> Any:
    """Keep the rows of a find_regions frame that name a unit; other inputs as they are."""
    if isinstance(regions, pd.DataFrame) and not isinstance(regions, gpd.GeoDataFrame):
        frame = regions
        if "kind" in frame.columns:
            # A capital standing for its government (kind "metonym") is never measured.
            frame = frame[~frame["kind"].isin(("country", "metonym"))]
        if "unit_id" in frame.columns:
            frame = frame[frame["unit_id"].notna()]
        return frame if len(frame) else None
    if isinstance(regions, str):
        return [regions]
    if regions is not None and not isinstance(regions, pd.DataFrame):
        regions = list(regions)
        return regions or None
    return regions


def _guess_country(claim: Any, mentions: Any, regions: Any, worldview: str, as_of: Any) -> str:

    of = getattr(claim, "of", None)
    if of and ("-" in of or ":" in of):
        # A share of a region (ISO 3166-2) or named area ("area:<slug>"): its country.
        units = _units()
        country = units.loc[(units["iso_3166_2"] == of) | (units["unit_id"] == of), "country"]
        of = str(country.iloc[0]) if len(country) else None
    if of:
        return resolve_country(of)
    if isinstance(mentions, pd.DataFrame) and "kind" in mentions.columns:
        named = mentions.loc[mentions["kind"] == "country", "country"].dropna()
        if len(named):
            return str(named.iloc[0])
    if isinstance(regions, pd.DataFrame) and "country" in regions.columns:
        known = regions["country"].dropna()
        if len(known):
            return str(known.mode().iloc[0])
    if isinstance(regions, list) and regions:
        found = lookup(regions, worldview=worldview, as_of=as_of)
        return str(found["country"].mode().iloc[0])
    msg = (
        "check_claim() cannot tell which country the share is of: the claim has no 'of' "
        "and no region is named. Pass regions=... or a claim with of='UKR'."
    )
    raise InvalidInputError(msg)


@dataclass
class _Reading:
    name: str
    description: str
    pct: float
    km2: float
    held: bool = False


def _claim_waves(country: str, units: set[str], date: _dt.date) -> list[dict[str, Any]]:
    """Claims on the country's units in force on ``date`` or declared within a year after."""
    active = claims_in_force(date, declared_by=date + _PENDING)
    active = active[active["unit_id"].isin(units)]
    waves = []
    for (claimant, since, kind), rows in active.groupby(["claimant", "since", "kind"], sort=True):
        waves.append(
            {
                "claimant": claimant,
                "since": since,
                "kind": kind,
                "unit_ids": list(dict.fromkeys(rows["unit_id"])),
                "pending": since > date,
            }
        )
    return waves


def _ids_frame(unit_ids: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame({"unit_id": list(unit_ids)})


def _wave_words(wave: dict[str, Any], names: str) -> str:
    who = country_name(wave["claimant"])
    when = wave["since"].isoformat()
    n = len(wave["unit_ids"])
    noun = "the region" if n == 1 else f"the {n} regions"
    after = " (after the date checked)" if wave["pending"] else ""
    if wave["kind"] == "annexed":
        return f"{names}, {noun} whose annexation {who} declared on {when}{after},"
    return f"{names}, {noun} {who} has claimed since {when}{after},"


def _readings(
    *,
    regions: Any,
    country: str,
    worldview: str,
    date: _dt.date,
    layer: gpd.GeoDataFrame | None,
) -> tuple[list[_Reading], Any, dict[str, Any]]:
    """Compute every reading; return them, the named regions' Share and context for words."""
    out: list[_Reading] = []
    ctx: dict[str, Any] = {}
    view_units = all_regions(country, worldview=worldview, as_of=date)
    un_units = set(all_regions(country, worldview="un", as_of=date)["unit_id"])

    def share(units: Any) -> Any:
        return area_share(units, of=country, worldview=worldview, as_of=date, within=layer)

    named_share = None
    named_ids: list[str] = []
    if regions is not None:
        named_share = share(regions)
        frame = named_share.to_frame()
        named_ids = list(frame["unit_id"])
        names = _names(list(frame["name"]))
        ctx["named"] = names
        out.append(_Reading("named", f"{names} in full", named_share.total_pct, named_share.total))
        if named_share.official is not None:
            out.append(
                _Reading(
                    "named_official",
                    f"{names} in full, on official areas",
                    named_share.official,
                    named_share.official_km2,
                )
            )
        if layer is not None:
            out.append(
                _Reading(
                    "named_held",
                    f"the part of {names} held per the control layer",
                    named_share.held_pct,
                    named_share.held_km2,
                    held=True,
                )
            )

    waves = _claim_waves(country, un_units, date)
    latest = max((w["since"] for w in waves), default=None)
    earlier = [u for w in waves if w["since"] != latest for u in w["unit_ids"]]
    earlier_extra = [u for u in dict.fromkeys(earlier) if u not in named_ids]
    if earlier_extra:
        earlier_share = share(_ids_frame(earlier_extra))
        ctx["earlier"] = _names(list(earlier_share.to_frame()["name"]))
    for wave in waves:
        wave_share = share(_ids_frame(wave["unit_ids"]))
        names = _names(list(wave_share.to_frame()["name"]))
        key = f"claimed_{wave['claimant']}_{wave['since'].isoformat()}"
        words = _wave_words(wave, names)
        wave["words"] = words
        words = words.rstrip(",")
        wave["share"] = wave_share
        out.append(_Reading(key, words, wave_share.total_pct, wave_share.total))
        if wave_share.official is not None:
            out.append(
                _Reading(
                    f"{key}_official",
                    f"{words}, on official areas",
                    wave_share.official,
                    wave_share.official_km2,
                )
            )
        if layer is not None:
            out.append(
                _Reading(
                    f"{key}_held",
                    f"the held part of {words}",
                    wave_share.held_pct,
                    wave_share.held_km2,
                    held=True,
                )
            )
    ctx["waves"] = waves
    if len(waves) > 1:
        ids = list(dict.fromkeys(u for w in waves for u in w["unit_ids"]))
        all_share = share(_ids_frame(ids))
        out.append(
            _Reading(
                "claimed_all",
                "all the regions claimed (" + _names(list(all_share.to_frame()["name"])) + ")",
                all_share.total_pct,
                all_share.total,
            )
        )
    if regions is not None and earlier_extra:
        with_earlier = share(_ids_frame(named_ids + earlier_extra))
        out.append(
            _Reading(
                "named_with_earlier",
                f"{ctx['named']} in full, with {ctx['earlier']}",
                with_earlier.total_pct,
                with_earlier.total,
            )
        )
        if layer is not None:
            out.append(
                _Reading(
                    "named_with_earlier_held",
                    f"the held part of {ctx['named']}, with {ctx['earlier']}",
                    with_earlier.held_pct,
                    with_earlier.held_km2,
                    held=True,
                )
            )
    if layer is not None:
        whole = share(view_units)
        out.append(
            _Reading(
                "held_all",
                f"all ground of {country_name(country)} held per the control layer",
                whole.held_pct,
                whole.held_km2,
                held=True,
            )
        )
        if earlier:
            rest = view_units[~view_units["unit_id"].isin(earlier)]
            without = share(rest)
            out.append(
                _Reading(
                    "held_all_without_earlier",
                    "all held ground, without " + _names(_unit_names(earlier)),
                    without.held_pct,
                    without.held_km2,
                    held=True,
                )
            )
    return out, named_share, ctx


def _unit_names(unit_ids: Sequence[str]) -> list[str]:

    table = _units().set_index("unit_id")["name"]
    return [str(table.get(u, u)) for u in dict.fromkeys(unit_ids)]


# --------------------------------------------------------------------------------------
# the verdict
# --------------------------------------------------------------------------------------


def _claims_from_text(text: str) -> list[Any]:

    found = find_claims(text)
    if isinstance(found, pd.DataFrame):
        from types import SimpleNamespace

        found = [SimpleNamespace(**row) for row in found.to_dict("records")]
    return list(found)


def _pick(claims: list[Any], text: str) -> Any:
    for unit in ("%", "km2", "mi2"):
        for claim in claims:
            if _unit(claim) == unit:
                return claim
    msg = (
        f"Found no share or area figure (such as '15%' or '90,000 km²') in {text!r:.120}. "
        "Pass the claim itself, or a text that states one."
    )
    raise InvalidInputError(msg)


def _stated(claim: Any, unit: str, country: str | None) -> str:
    q = _qualifier(claim)
    value = float(claim.value)
    high = getattr(claim, "high", None)
    num = f"{value:g}" if high is None else f"{value:g}–{float(high):g}"
    of = f" of {country_name(country)}" if unit == "%" and country else ""
    suffix = "%" if unit == "%" else (" km²" if _unit(claim) == "km2" else " square miles")
    return f"{_QUALIFIER_WORDS[q]}{num}{suffix}{of}"


def _value(r: _Reading, unit: str) -> float:
    return r.pct if unit == "%" else r.km2


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _compose(
    *,
    claim: Any,
    unit: str,
    interval: tuple[float, float],
    readings: list[_Reading],
    matches: list[bool],
    best: _Reading | None,
    country: str,
    worldview: str,
    date: _dt.date,
    named_share: Any,
    ctx: dict[str, Any],
    layer_given: bool,
) -> str:
    lo, hi = interval
    cname = country_name(country)
    by_name = {r.name: r for r in readings}
    parts = [
        f"The stated figure, {_stated(claim, unit, country)}, is read as "
        f"{_fmt(lo, unit)} to {_fmt(hi, unit)}."
    ]
    if "named" in by_name:
        r = by_name["named"]
        off = by_name.get("named_official")
        extra = f"; {off.pct:.1f}% on official areas" if off is not None else ""
        parts.append(
            f"{ctx['named']} in full come to {r.pct:.1f}% of {cname} ({r.km2:,.0f} of "
            f"{named_share.country_km2:,.0f} km², {worldview!r} view on {date}{extra})."
        )
    for wave in ctx.get("waves", []):
        share = wave["share"]
        extra = f", {share.official:.1f}% on official areas" if share.official is not None else ""
        parts.append(
            f"{_sentence(wave['words'])} come to {share.total_pct:.1f}% of {cname} "
            f"({share.total:,.0f} km²{extra})."
        )
    if "named_with_earlier" in by_name:
        r = by_name["named_with_earlier"]
        parts.append(f"With {ctx['earlier']}, {ctx['named']} come to {r.pct:.1f}%.")
    held = [r for r in readings if r.held]
    if held:
        listed = "; ".join(f"{r.description}: {r.pct:.1f}%" for r in held)
        parts.append(f"Per the control layer on {date}: {listed}.")
    if best is not None:
        others = [r for r, ok in zip(readings, matches, strict=True) if ok and r.name != best.name]
        also = ""
        if others:
            also = " (also inside: " + "; ".join(r.description for r in others) + ")"
        parts.append(
            f"The figure holds as {best.description}: {_fmt(_value(best, unit), unit)} falls "
            f"inside the interval{also}."
        )
        return " ".join(parts)
    full = [r for r in readings if not r.held]
    biggest = max(full, key=lambda r: _value(r, unit), default=None)
    if biggest is not None and _value(biggest, unit) < lo:
        parts.append(
            f"No reading reaches the stated figure: the largest, {biggest.description}, is "
            f"{_fmt(_value(biggest, unit), unit)}. The figure overstates what the regions cover."
        )
        return " ".join(parts)
    if not layer_given:
        below = [r for r in full if _value(r, unit) < lo]
        above = [r for r in full if _value(r, unit) > hi]
        between = ""
        if below and above:
            low_r = max(below, key=lambda r: _value(r, unit))
            high_r = min(above, key=lambda r: _value(r, unit))
            between = (
                f" It lies between {low_r.description} ({_fmt(_value(low_r, unit), unit)}) and "
                f"{high_r.description} ({_fmt(_value(high_r, unit), unit)})."
            )
        waves = ctx.get("waves", [])
        holder = country_name(waves[-1]["claimant"]) if waves else "anyone"
        parts.append(
            f"No reading of whole regions falls inside the interval.{between} The figure can "
            f"only be the held part: the part of these regions that {holder} actually held "
            "on the date, which needs a control layer to check (pass within= a layer of the "
            f"ground held on {date})."
        )
        return " ".join(parts)
    closest = min(readings, key=lambda r: min(abs(_value(r, unit) - lo), abs(_value(r, unit) - hi)))
    side = "below" if _value(closest, unit) < lo else "above"
    parts.append(
        f"No reading falls inside the interval: the closest, {closest.description}, is "
        f"{_fmt(_value(closest, unit), unit)}, {side} it. The figure does not hold on this "
        "control layer."
    )
    return " ".join(parts)


def check_claim(
    claim_or_text: Any,
    *,
    regions: Any = None,
    within: Any = None,
    worldview: str = "un",
    as_of: Any = None,
) -> Verdict:
    """Check a stated share or area against every honest reading of it.

    Parameters
    ----------
    claim_or_text : Claim or str
        A :class:`geoclaims.Claim` (or any object with its fields: ``value``, ``high``,
        ``unit``, ``qualifier``, ``of``, ``surface``), or a text, in which case the first
        share (else area) figure :func:`geoclaims.find_claims` finds is checked, and the
        regions default to those :func:`geoclaims.find_regions` finds.
    regions : names, GeoDataFrame or find_regions frame, optional
        The regions the figure is about (see :func:`geoclaims.area_share`).
    within : GeoDataFrame, path or URL, optional
        A control layer of the ground held (see :func:`geoclaims.read_layer`), filtered to
        ``as_of`` if it has a date column.
    worldview : str, default "un"
        The worldview the country is drawn under.
    as_of : date or ISO string, optional
        Date of the claims, the worldview and the layer; today if None.

    Returns
    -------
    Verdict
        The interval, every reading with its figure and whether it matches, the best
        match, and the verdict in words.

    Raises
    ------
    InvalidInputError
        If the text states no figure, the claim's unit or qualifier is unknown, or the
        country cannot be told (no ``of`` and no region).
    UnknownRegionError, UnknownCountryError, LayerError
        From looking up the regions, the country, or reading the layer.

    Notes
    -----
    The stated value v and its qualifier become an interval (percent, or km² for an
    area; square miles are converted):

    =================  ===========================================  ========================
    qualifier          interval                                     "15%" reads as
    =================  ===========================================  ========================
    none, exactly      v ± half a unit of its last stated digit     [14.5, 15.5]
                       (a figure in words, "a fifth", ± 10%)
    about              v ± 10% of v                                 [13.5, 16.5]
    nearly             [v − 10% of v, v]                            [13.5, 15.0]
    more_than          [v, v + 25% of v]                            [15.0, 18.75]
    at_least           [v, v + 25% of v]                            [15.0, 18.75]
    less_than          [v − 25% of v, v]                            [11.25, 15.0]
    up_to              [v − 25% of v, v]                            [11.25, 15.0]
    range v–h          [v, h] (about: widened by 10% each side)     "15–18%": [15, 18]
    =================  ===========================================  ========================

    Percent intervals are clipped to [0, 100]. The bounds are inclusive.

    The readings: the named regions in full (``named``), on official areas
    (``named_official``) and with the units of earlier claims added
    (``named_with_earlier``, e.g. with Crimea and Sevastopol); each claim in force on the
    date in the claims table, or declared within a year after it
    (``claimed_<claimant>_<since>``, also ``_official``), and all of them together
    (``claimed_all``); and with a control layer the held part of each of these
    (``_held``), all held ground of the country (``held_all``) and the same without the
    earlier claims (``held_all_without_earlier``).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> claim = SimpleNamespace(value=15.0, high=None, unit="%", qualifier="nearly",
    ...                         of="UKR", start=0, end=0, surface="nearly 15%")
    >>> v = check_claim(claim, regions=["Donetsk", "Luhansk"], as_of="2022-10-01")
    >>> v.interval, v.holds
    ((13.5, 15.0), False)
    >>> round(float(v.to_frame().set_index("reading").loc["named", "pct"]), 1)
    8.8
    >>> print(v.text)  # doctest: +ELLIPSIS
    The stated figure, nearly 15% of Ukraine, is read as 13.5% to 15.0%. Donetsk and ...
    """
    date = parse_date(as_of)
    mentions = None
    if isinstance(claim_or_text, str):
        text = claim_or_text
        claim = _pick(_claims_from_text(text), text)
        if regions is None:
            from geoclaims.text import find_regions

            mentions = find_regions(text)
            regions = mentions
    else:
        claim = claim_or_text
        if not all(hasattr(claim, a) for a in ("value", "unit")):
            msg = (
                f"check_claim() needs a Claim (value, unit, qualifier, of, ...) or a text, "
                f"not {type(claim).__name__} {claim!r:.80}."
            )
            raise InvalidInputError(msg)
    unit = _unit(claim)
    if unit != "%" and not math.isfinite(float(claim.value)):
        msg = f"The claim's value {claim.value!r} is not a number."
        raise InvalidInputError(msg)
    lo, hi = _interval(claim)
    if unit == "mi2":
        lo, hi, unit = lo * _KM2_PER_MI2, hi * _KM2_PER_MI2, "km2"
    if isinstance(regions, pd.DataFrame) and "kind" in regions.columns:
        mentions = regions
    regions = _region_rows(regions)
    country = _guess_country(claim, mentions, regions, worldview, date)
    if mentions is not None and isinstance(regions, pd.DataFrame) and "country" in regions:
        # mentions found in a text: only the regions of the country the figure is about
        regions = regions[regions["country"] == country]
        regions = regions if len(regions) else None
    layer = read_layer(within, date=date) if within is not None else None

    readings, named_share, ctx = _readings(
        regions=regions, country=country, worldview=worldview, date=date, layer=layer
    )
    if not readings:
        msg = (
            f"Nothing to check {_stated(claim, unit, country)!r} against: no region is named "
            f"and no claim on {country_name(country)} is in force on {date}. Pass regions=..."
        )
        raise InvalidInputError(msg)
    values = [_value(r, unit) for r in readings]
    matches = [v is not None and lo - 1e-9 <= v <= hi + 1e-9 for v in values]
    target = (float(claim.value) if getattr(claim, "high", None) is None else (lo + hi) / 2) * (
        _KM2_PER_MI2 if _unit(claim) == "mi2" else 1.0
    )
    inside = [r for r, ok in zip(readings, matches, strict=True) if ok]
    best = min(inside, key=lambda r: abs(_value(r, unit) - target)) if inside else None
    text = _compose(
        claim=claim,
        unit=unit,
        interval=(lo, hi),
        readings=readings,
        matches=matches,
        best=best,
        country=country,
        worldview=worldview,
        date=date,
        named_share=named_share,
        ctx=ctx,
        layer_given=layer is not None,
    )
    frame = pd.DataFrame(
        {
            "reading": [r.name for r in readings],
            "description": [r.description for r in readings],
            "pct": [r.pct for r in readings],
            "km2": [r.km2 for r in readings],
            "matches": matches,
        }
    )
    logger.debug("check_claim %r: %d readings, best %s", claim, len(readings), best)
    return Verdict(
        claim=claim,
        interval=(lo, hi),
        unit=unit,
        best=None if best is None else best.name,
        holds=best is not None,
        text=text,
        country=country,
        worldview=worldview,
        as_of=date,
        readings=frame,
        share=named_share,
    )
