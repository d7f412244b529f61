"""Embedded boundaries, the gazetteer and region lookup."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap

import pytest
import shapely
from pyproj import Geod

import geoclaims
from geoclaims import (
    AmbiguousRegionError,
    DataFileError,
    InvalidInputError,
    UnknownCountryError,
    UnknownRegionError,
    UnknownWorldviewError,
)
from geoclaims import boundaries as b
from geoclaims._normalize import normalize
from geoclaims.worldviews import NoClaimsWarning

# Ukraine's 27 first-level units, written out here independently of the data files:
# ISO 3166-2 code, current English name, an older transliteration, the Ukrainian and the
# Russian name of the unit (ISO 3166-2:UA; names as in Ukrainian and Russian usage).
UKRAINE = [
    ("UA-05", "Vinnytsia", "Vinnytsya", "Вінницька область", "Винницкая область"),
    ("UA-07", "Volyn", "Volyn'", "Волинська область", "Волынская область"),
    ("UA-09", "Luhansk", "Luhans'k", "Луганська область", "Луганская область"),
    (
        "UA-12",
        "Dnipropetrovsk",
        "Dnipropetrovs'k",
        "Дніпропетровська область",
        "Днепропетровская область",
    ),
    ("UA-14", "Donetsk", "Donets'k", "Донецька область", "Донецкая область"),
    ("UA-18", "Zhytomyr", "Zhitomir", "Житомирська область", "Житомирская область"),
    ("UA-21", "Zakarpattia", "Transcarpathia", "Закарпатська область", "Закарпатская область"),
    ("UA-23", "Zaporizhzhia", "Zaporizhzhya", "Запорізька область", "Запорожская область"),
    (
        "UA-26",
        "Ivano-Frankivsk",
        "Ivano-Frankivs'k",
        "Івано-Франківська область",
        "Ивано-Франковская область",
    ),
    ("UA-30", "Kyiv", "Kiev", "Київ", "Киев"),
    ("UA-32", "Kyiv Oblast", "Kiev Oblast", "Київська область", "Киевская область"),
    ("UA-35", "Kirovohrad", "Kirovohrads'ka", "Кіровоградська область", "Кировоградская область"),
    ("UA-40", "Sevastopol", "Sevastopol'", "Севастополь", "Город Севастополь"),
    (
        "UA-43",
        "Crimea",
        "Autonomous Republic of Crimea",
        "Автономна Республіка Крим",
        "Республика Крым",
    ),
    ("UA-46", "Lviv", "L'viv", "Львівська область", "Львовская область"),
    ("UA-48", "Mykolaiv", "Mykolayiv", "Миколаївська область", "Николаевская область"),
    ("UA-51", "Odesa", "Odessa", "Одеська область", "Одесская область"),
    ("UA-53", "Poltava", "Poltava Oblast", "Полтавська область", "Полтавская область"),
    ("UA-56", "Rivne", "Rovno", "Рівненська область", "Ровенская область"),
    ("UA-59", "Sumy", "Sumy Oblast", "Сумська область", "Сумская область"),
    ("UA-61", "Ternopil", "Ternopil'", "Тернопільська область", "Тернопольская область"),
    ("UA-63", "Kharkiv", "Kharkov", "Харківська область", "Харьковская область"),
    ("UA-65", "Kherson", "Khersons'ka Oblast'", "Херсонська область", "Херсонская область"),
    ("UA-68", "Khmelnytskyi", "Khmel'nyts'kyy", "Хмельницька область", "Хмельницкая область"),
    ("UA-71", "Cherkasy", "Cherkassy", "Черкаська область", "Черкасская область"),
    ("UA-74", "Chernihiv", "Chernigov", "Чернігівська область", "Черниговская область"),
    ("UA-77", "Chernivtsi", "Chernovtsy", "Чернівецька область", "Черновицкая область"),
]
UA_CODES = [row[0] for row in UKRAINE]


def test_importing_geoclaims_loads_no_data() -> None:
    code = textwrap.dedent(
        """
        import sys, geoclaims
        loaded = sorted(m for m in sys.modules if m.startswith("geoclaims.") or m in ("geopandas", "pandas"))
        print(",".join(loaded))
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "geoclaims._errors"


def test_data_is_cached() -> None:
    assert b._units() is b._units()
    b._unit_file()
    before = b._unit_file.cache_info().hits
    geoclaims.lookup("Donetsk")
    geoclaims.regions("UA")
    assert b._unit_file.cache_info().hits > before
    assert b._unit_file.cache_info().misses == 1  # the file is read once
    i = b._unit_index()["UA-14"]
    assert b._unit_geometries([i])[0] is b._unit_geometries([i, i])[1]  # decoded once


def test_units_file_shape_and_validity() -> None:
    units = b._units()
    # Natural Earth's 4,556 units, less F.A.T.A. (merged into Khyber Pakhtunkhwa in 2018)
    # and Daman and Diu (merged into Dadra and Nagar Haveli and Daman and Diu in 2020),
    # plus Ladakh (split from Jammu and Kashmir in 2019) and Telangana (from Andhra
    # Pradesh in 2014), Morocco's 12 regions of 2015 for its 16 of 1997, less a nameless
    # piece of Antarctica merged into it, Bosnia and Herzegovina's three ISO units for
    # Natural Earth's 18 (ten cantons, seven regions of the Republika Srpska, Brčko), and
    # the pieces cut along disputed lines ("<unit_id>/<area>").
    pieces = int(units["unit_id"].str.contains("/", regex=False).sum())
    assert pieces > 20
    assert len(units) == 4556 - 2 + 2 - 16 + 12 - 1 - 18 + 3 + pieces
    assert units["unit_id"].is_unique
    assert units.crs.to_epsg() == 4326
    assert bool(units.is_valid.all())
    assert {"unit_id", "iso_3166_2", "name", "country", "fips", "geometry"} <= set(units.columns)


def test_regions_ukraine_under_worldviews() -> None:
    un = geoclaims.regions("UA")
    assert len(un) == 27
    assert sorted(un["iso_3166_2"]) == sorted(UA_CODES)
    ru_2020 = geoclaims.regions("UA", worldview="RUS", as_of="2020-01-01")
    assert len(ru_2020) == 25
    assert set(UA_CODES) - set(ru_2020["iso_3166_2"]) == {"UA-43", "UA-40"}
    ru_2022 = geoclaims.regions("Russia", worldview="RUS", as_of="2022-10-01")
    assert {"UA-43", "UA-40", "UA-14", "UA-09", "UA-23", "UA-65"} <= set(ru_2022["iso_3166_2"])
    assert len(geoclaims.regions("UA", worldview="RUS", as_of="2022-10-01")) == 21
    # The day before the declared annexation, the four oblasts are still Ukraine's.
    assert len(geoclaims.regions("UA", worldview="RUS", as_of="2022-09-29")) == 25


@pytest.mark.parametrize("as_of", [None, "2000-01-01", "2014-03-18", "2022-10-01", "2030-01-01"])
def test_un_view_never_changes_with_the_date(as_of: str | None) -> None:
    assert len(geoclaims.regions("UA", as_of=as_of)) == 27


def test_defacto_view_follows_the_source_map() -> None:
    defacto = geoclaims.regions("UA", worldview="defacto")
    assert len(defacto) == 25
    assert "UA-43" in set(geoclaims.regions("RU", worldview="defacto")["iso_3166_2"])


def test_ukr_view_keeps_ukraine_whole_and_warns_it_has_no_claims() -> None:
    with pytest.warns(NoClaimsWarning, match="'UKR' has no claims"):
        assert len(geoclaims.regions("UA", worldview="UKR", as_of="2023-01-01")) == 27


@pytest.mark.parametrize("row", UKRAINE, ids=UA_CODES)
def test_every_ukrainian_unit_is_found_by_every_name(row: tuple[str, ...]) -> None:
    code, *names = row
    found = geoclaims.lookup([*names, code])
    assert found["iso_3166_2"].tolist() == [code] * 5, found[["query", "iso_3166_2"]]


def test_lookup_keeps_order_and_columns() -> None:
    got = geoclaims.lookup(["Kherson", "Donetsk", "Kherson"])
    assert got["query"].tolist() == ["Kherson", "Donetsk", "Kherson"]
    assert got["iso_3166_2"].tolist() == ["UA-65", "UA-14", "UA-65"]
    assert got.crs.to_epsg() == 4326
    assert list(got.columns) == [
        "query",
        "unit_id",
        "iso_3166_2",
        "name",
        "country",
        "geometry",
        "kind",
    ]
    # only ISO codes reach a user: no FIPS or Natural Earth code column
    assert "fips" not in geoclaims.regions("UA").columns
    assert got["kind"].tolist() == ["unit"] * 3


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Stalino", "UA-14"),
        ("Voroshilovgrad", "UA-09"),
        ("Kirovograd", "UA-35"),
        ("Dnepropetrovsk", "UA-12"),
        ("Donetsk People's Republic", "UA-14"),
        ("DPR", "UA-14"),
        ("DNR", "UA-14"),
        ("Luhansk People's Republic", "UA-09"),
        ("LPR", "UA-09"),
        ("LNR", "UA-09"),
        ("Donetsʹk", "UA-14"),
        ("DONETSK OBLAST", "UA-14"),
        ("Donetsk region", "UA-14"),
        ("Oblast' Donets'k", None),
        ("Донецької області", "UA-14"),
        ("Херсонской области", "UA-65"),
        ("Kyiv region", "UA-32"),
    ],
)
def test_aliases_historic_names_and_entities(name: str, code: str | None) -> None:
    if code is None:
        with pytest.raises(UnknownRegionError):
            geoclaims.lookup(name)
        return
    assert geoclaims.lookup(name)["iso_3166_2"].iat[0] == code


@pytest.mark.parametrize(
    ("name", "code"),
    [
        # a short name matches only as written, case aside: the English word "No" is
        # not Haiti's Nord, whose Haitian Creole name "Nò" folds to the same letters
        ("No", None),
        ("Nò", "HT-ND"),
        ("NÒ", "HT-ND"),
        ("Ibb", "YE-IB"),
        ("Osh", "KG-O"),
        # longer names still meet without their diacritics
        ("Lodz", "PL-10"),
    ],
)
def test_a_short_name_matches_only_as_written(name: str, code: str | None) -> None:
    if code is None:
        with pytest.raises(UnknownRegionError, match="'No'"):
            geoclaims.lookup(name)
        return
    assert geoclaims.lookup(name)["unit_id"].iat[0] == code


def test_entities_are_recorded_with_kind_entity() -> None:
    names = b._names()
    entity = names[(names.kind == "entity") & (names.unit_id == "UA-14")]
    assert {"Donetsk People's Republic", "DPR", "DNR"} <= set(entity["name"])


def test_misspelled_name_gets_a_suggestion() -> None:
    with pytest.raises(UnknownRegionError) as err:
        geoclaims.lookup("Donetks")
    assert "Donetsk" in err.value.suggestions
    assert "'Donetks'" in str(err.value) and "Did you mean" in str(err.value)
    assert isinstance(err.value, LookupError)


def test_unknown_name_without_close_match_says_how_to_fix() -> None:
    with pytest.raises(UnknownRegionError, match="ISO 3166-2 code"):
        geoclaims.lookup("Qqqqxxzzz")


def test_georgia_is_ambiguous_without_a_country() -> None:
    with pytest.raises(AmbiguousRegionError) as err:
        geoclaims.lookup("Georgia")
    countries = {c for _, _, c in err.value.candidates}
    assert countries == {"USA", "GEO"}
    assert "country=" in str(err.value)
    assert geoclaims.lookup("Georgia", country="US")["iso_3166_2"].iat[0] == "US-GA"
    whole = geoclaims.lookup("Georgia", country="Georgia")
    assert whole["country"].iat[0] == "GEO"


def test_punjab_is_ambiguous_and_resolves_with_a_country() -> None:
    with pytest.raises(AmbiguousRegionError, match=r"IN-PB.*PK-PB"):
        geoclaims.lookup("Punjab")
    assert geoclaims.lookup("Punjab", country="Pakistan")["iso_3166_2"].iat[0] == "PK-PB"
    assert geoclaims.lookup("Punjab", country="IND")["iso_3166_2"].iat[0] == "IN-PB"


def test_country_name_gives_the_whole_country() -> None:
    got = geoclaims.lookup("Ukraine")
    assert got["unit_id"].iat[0] == "UKR"
    assert (
        got["geometry"]
        .iat[0]
        .equals(geoclaims.countries().set_index("country").loc["UKR", "geometry"])
    )


def test_bad_lookup_input() -> None:
    with pytest.raises(TypeError, match="names must be"):
        geoclaims.lookup(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Each name"):
        geoclaims.lookup(["Donetsk", None])  # type: ignore[list-item]
    with pytest.raises(InvalidInputError, match="Empty region name"):
        geoclaims.lookup("  ")
    with pytest.raises(UnknownCountryError, match=r"'Ukrane'.*Ukraine"):
        geoclaims.lookup("Donetsk", country="Ukrane")
    with pytest.raises(UnknownWorldviewError, match="'moon'"):
        geoclaims.regions("UA", worldview="moon")
    with pytest.raises(InvalidInputError, match="'next tuesday'"):
        geoclaims.regions("UA", worldview="RUS", as_of="next tuesday")


def test_geometries_valid_and_ukraine_area_matches_official() -> None:
    # Official area of Ukraine: 603,628 km² (State Statistics Service of Ukraine).
    # Natural Earth's generalised polygons leave out some inland water; tolerance 1%.
    ua = geoclaims.regions("UA")
    assert bool(ua.is_valid.all())
    geod = Geod(ellps="WGS84")
    total = sum(abs(geod.geometry_area_perimeter(g)[0]) for g in ua.geometry) / 1e6
    assert total == pytest.approx(603_628, rel=0.01)


def test_countries_are_unions_of_their_units() -> None:
    c = geoclaims.countries(worldview="RUS", as_of="2020-01-01").set_index("country")
    ua = geoclaims.regions("UA", worldview="RUS", as_of="2020-01-01")
    assert c.loc["UKR", "geometry"].equals(shapely.coverage_union_all(ua.geometry.values)) or (
        c.loc["UKR", "geometry"].symmetric_difference(shapely.union_all(ua.geometry.values)).area
        < 1e-9
    )
    crimea = geoclaims.lookup("Crimea").geometry.iat[0].representative_point()
    assert c.loc["RUS", "geometry"].contains(crimea)
    assert not geoclaims.countries().set_index("country").loc["RUS", "geometry"].contains(crimea)


def test_data_dir_env_var_pointing_nowhere_is_a_clear_error(tmp_path) -> None:
    code = "import geoclaims; geoclaims.regions('UA')"
    env = {**os.environ, b.DATA_ENV: str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode != 0
    assert "DataFileError" in out.stderr and str(tmp_path) in out.stderr
    assert issubclass(DataFileError, FileNotFoundError)


def test_capital_cities_are_not_confused_with_their_oblasts() -> None:
    got = geoclaims.lookup(["Moscow", "Moscow Oblast", "Saint Petersburg", "Leningrad Oblast"])
    assert got["iso_3166_2"].tolist() == ["RU-MOW", "RU-MOS", "RU-SPE", "RU-LEN"]


def test_units_have_their_own_subdivisions_names_after_a_code_correction() -> None:
    # Natural Earth's FIPS code joined Sakha to Chukotka's GeoNames subdivision (RU-CHU);
    # once the code is corrected to RU-SA, the names must follow it.
    got = geoclaims.lookup(["Chukotka", "Чукотский АО", "Yakutia", "Якутия", "Sakha"])
    assert got["iso_3166_2"].tolist() == ["RU-CHU", "RU-CHU", "RU-SA", "RU-SA", "RU-SA"]
    sakha = b._names().query("unit_id == 'RU-SA'")["norm"]
    assert not sakha.str.contains("chukot").any()


def _documented_shared_names() -> dict[tuple[str, str], set[str]]:
    """The exceptions listed in SOURCES.md: (country, normalised name) -> unit ids."""
    text = (b._data_dir() / "SOURCES.md").read_text(encoding="utf-8")
    section = text.split("## Names: documented exceptions", 1)[1].split("\n## ", 1)[0]
    out = {}
    for m in re.finditer(r'^- ([A-Z]{3}): "(.+)" \(([^)]*)\): \S', section, re.MULTILINE):
        out[(m[1], normalize(m[2]))] = set(m[3].split(", "))
    return out


def test_no_two_units_of_a_country_share_a_name_unless_documented() -> None:
    # A shared official or alternate name makes lookup ambiguous within the country and
    # usually means names were joined to the wrong unit (see SOURCES.md, step 5).
    names = b._names()
    names = names[
        names["kind"].isin(["official", "alternate"])
        & (names["unit_id"] != "")
        & ~names["unit_id"].str.startswith("area:")
    ]
    shared = {
        key: set(g["unit_id"])
        for key, g in names.groupby(["country", "norm"])
        if g["unit_id"].nunique() > 1
    }
    documented = _documented_shared_names()
    assert documented, "SOURCES.md lists no exceptions: the section was not found"
    assert {k: v for k, v in shared.items() if documented.get(k) != v} == {}
    # and every documented exception is real (the list stays short)
    assert set(documented) <= set(shared)


def test_lookup_knows_every_form_the_text_finder_knows():
    # Cyrillic forms from ISO translations and case forms: find() and lookup() agree
    found = b.lookup(["Абхазия", "Абхазія", "Кашмір", "Приднестровье", "Донецкой области"])
    assert found["unit_id"].tolist() == [
        "GE-AB",
        "GE-AB",
        "area:kashmir",
        "area:transnistria",
        "UA-14",
    ]
    with pytest.raises(UnknownRegionError):
        b.lookup("Paris Jackson")  # a person the text finder reads as no place


@pytest.mark.parametrize(
    ("name", "suggested", "not_suggested"),
    [
        ("Varosha", [], ["Ha", "Var", "Osh"]),
        ("Upper Kordofan", ["Southern Kordofan"], ["Eastern", "Western", "Upper"]),
        ("Donetsc", ["Donetsk"], ["Down"]),
    ],
)
def test_suggestions_after_an_unknown_name_are_names_like_it(name, suggested, not_suggested):
    with pytest.raises(UnknownRegionError) as err:
        b.lookup([name])
    message = str(err.value)
    assert all(f"'{s}'" in message for s in suggested)
    assert not any(f"'{s}'" in message for s in not_suggested)


@pytest.mark.parametrize(
    ("name", "unit_id"),
    [
        # border towns the 1:10m lines put in the neighbour's unit, placed in their own
        # country's (GeoNames' country code): El Paso is no town of Chihuahua
        ("El Paso", "US-TX"),
        ("Brownsville", "US-TX"),
        ("Narva", "EE-45"),
        ("Leticia", "CO-AMA"),
        ("Konstanz", "DE-BW"),
        ("Hyesan", "KP-10"),
    ],
)
def test_border_towns_lie_in_their_own_country(name, unit_id):
    from geoclaims.boundaries import _cities

    cities = _cities()
    # the most populous town of the name (there are three Brownsvilles)
    town = cities[cities["name"] == name].sort_values("population").iloc[-1]
    assert town["unit_id"] == unit_id


@pytest.mark.parametrize("name", ["Congo", "Saint Martin"])
def test_a_name_of_two_countries_is_ambiguous(name):
    # "Congo" is both the Republic of the Congo and the Democratic Republic of the Congo:
    # never one picked in silence
    with pytest.raises(AmbiguousRegionError) as err:
        geoclaims.lookup(name)
    assert f"'{name}'" in str(err.value)
    assert geoclaims.lookup("DR Congo")["unit_id"].iat[0] == "COD"
    assert geoclaims.lookup("Republic of the Congo")["unit_id"].iat[0] == "COG"


@pytest.mark.parametrize(
    ("name", "country"), [("Mexico", "MEX"), ("Panama", "PAN"), ("Djibouti", "DJI")]
)
def test_a_countrys_own_name_is_the_country_not_its_unit_so_named(name, country):
    row = b.lookup(name).iloc[0]
    assert row["unit_id"] == country and row["country"] == country
    # the unit is asked for with its unit word or its code
    assert b.lookup("Mexico State").iloc[0]["unit_id"] == "MX-MEX"


def test_a_name_of_a_country_and_another_countrys_unit_lists_the_country():
    with pytest.raises(AmbiguousRegionError, match=r"BE-WLX.*the country Luxembourg"):
        b.lookup("Luxembourg")


@pytest.mark.parametrize(("code", "country"), [("UA", "UKR"), ("UKR", "UKR"), ("GB", "GBR")])
def test_an_iso_3166_1_code_is_its_country(code, country):
    row = b.lookup(code).iloc[0]
    assert row["unit_id"] == country and row["country"] == country


@pytest.mark.parametrize(
    ("code", "name"),
    [
        # Natural Earth gives Magadan Oblast a Buryat name ("Maga Buryatdan") and
        # Zabaykalsky Krai its capital's, Chita (curated_names.csv)
        ("RU-MAG", "Magadan"),
        ("RU-ZAB", "Zabaykalsky"),
    ],
)
def test_units_carry_their_english_names(code, name):
    assert b.lookup(code)["name"].tolist() == [name]
