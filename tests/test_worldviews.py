"""Claimant, de facto and UN worldviews; the named disputed areas; ISO codes."""

from __future__ import annotations

import re
import warnings

import pandas as pd
import pycountry
import pytest

import geoclaims
from geoclaims import boundaries as b
from geoclaims import worldviews as wv
from geoclaims.areas import geodesic_area
from geoclaims.worldviews import NoClaimsWarning

# Published areas of disputed areas (km²), with the source of each figure and the
# tolerance (relative) the shipped polygons meet. The polygons are Natural Earth 4.1
# admin-1, generalised by QGIS, cut along Natural Earth's own disputed lines, so a
# figure can differ from the published one by what the source line leaves out; the
# tolerance says how much, and the area's `approximation` (shown in Share.notes) says why.
PUBLISHED = [
    # (name looked up, published km², relative tolerance, source)
    # Transnistria: Natural Earth 5.1's 10m admin-1 lines (left-bank districts, Tiraspol,
    # Bender) give 3,618 km²; the villages the PMR holds outside them are not drawn: 15%.
    ("Transnistria", 4_163, 0.15, "en.wikipedia.org/wiki/Transnistria"),
    ("Abkhazia", 8_660, 0.02, "en.wikipedia.org/wiki/Abkhazia"),
    ("Northern Cyprus", 3_355, 0.03, "en.wikipedia.org/wiki/Northern_Cyprus"),
    ("Essequibo", 159_500, 0.12, "en.wikipedia.org/wiki/Guayana_Esequiba"),
    ("Western Sahara", 266_000, 0.02, "en.wikipedia.org/wiki/Western_Sahara"),
    ("South Ossetia", 3_900, 0.15, "en.wikipedia.org/wiki/South_Ossetia"),
    ("Nagorno-Karabakh", 4_400, 0.05, "en.wikipedia.org/wiki/Nagorno-Karabakh_Autonomous_Oblast"),
    (
        "Districts around Nagorno-Karabakh",
        7_634,
        0.12,
        "en.wikipedia.org/wiki/Armenian-occupied_territories_surrounding_Nagorno-Karabakh",
    ),
    ("Golan Heights", 1_200, 0.10, "en.wikipedia.org/wiki/Golan_Heights (Israeli-held part)"),
    ("Gaza Strip", 365, 0.10, "en.wikipedia.org/wiki/Gaza_Strip"),
    ("West Bank", 5_655, 0.06, "en.wikipedia.org/wiki/West_Bank"),
    ("East Jerusalem", 70, 0.30, "en.wikipedia.org/wiki/East_Jerusalem"),
    ("Somaliland", 176_120, 0.06, "en.wikipedia.org/wiki/Somaliland"),
    ("Abyei", 10_460, 0.05, "en.wikipedia.org/wiki/Abyei_Area"),
    # Hala'ib: a straight line stands for the 1902 administrative line (14% under).
    ("Hala'ib Triangle", 20_580, 0.15, "en.wikipedia.org/wiki/Halaib_Triangle"),
    ("Kuril Islands", 5_036, 0.03, "en.wikipedia.org/wiki/Kuril_Islands_dispute (4 islands)"),
    # The four islands one by one: Natural Earth 4.1's coastlines of small islands are
    # coarse (Habomai's islets 10% over, Iturup 4% under).
    ("Iturup", 3_174.71, 0.05, "ru.wikipedia.org/wiki/Итуруп"),
    ("Kunashir", 1_490, 0.06, "en.wikipedia.org/wiki/Kunashir_Island"),
    ("Shikotan", 253.33, 0.04, "en.wikipedia.org/wiki/Shikotan,_Hokkaido"),
    ("Habomai Islands", 99.9, 0.11, "de.wikipedia.org/wiki/Chabomai"),
    # Bir Tawil: a trapezoid of the published area and centre stands for the 1902 line.
    ("Bir Tawil", 2_060, 0.03, "en.wikipedia.org/wiki/Bir_Tawil"),
    ("Shaksgam Valley", 5_180, 0.03, "en.wikipedia.org/wiki/Trans-Karakoram_Tract"),
    # Aksai Chin: India's figure covers all the land China holds in Ladakh (19% over ours).
    ("Aksai Chin", 37_244, 0.20, "en.wikipedia.org/wiki/Aksai_Chin (India's figure)"),
    ("Kashmir", 222_236, 0.02, "en.wikipedia.org/wiki/Kashmir (the princely state)"),
    ("Crimean peninsula", 26_945, 0.02, "State Statistics Service of Ukraine (UA-43 + UA-40)"),
    ("Donbas", 53_201, 0.01, "State Statistics Service of Ukraine (UA-14 + UA-09)"),
    ("Taiwan", 36_197, 0.01, "en.wikipedia.org/wiki/Taiwan"),
    ("Kosovo", 10_887, 0.01, "en.wikipedia.org/wiki/Kosovo"),
    ("Falkland Islands", 12_173, 0.06, "en.wikipedia.org/wiki/Falkland_Islands"),
]

# Shares of a country (percent) as published, with an absolute tolerance in points.
PUBLISHED_SHARES = [
    # Transnistria 4,163 of Moldova's 33,846 km² (en.wikipedia.org/wiki/Moldova): 12.3%;
    # the polygon is 13% under the published area (see PUBLISHED), so 2 points.
    ("Transnistria", "Moldova", 12.3, 2.0),
    # Northern Cyprus 3,355 of 9,251 km² (en.wikipedia.org/wiki/Cyprus): 36%.
    ("Northern Cyprus", "Cyprus", 36.3, 1.0),
    # Essequibo 159,500 of Guyana's 214,969 km² (en.wikipedia.org/wiki/Guyana): 74%;
    # the polygon is 11% under the published area, so 8 points.
    ("Essequibo", "Guyana", 74.2, 8.0),
    # Abkhazia 8,660 of Georgia's 69,700 km² (en.wikipedia.org/wiki/Georgia_(country)).
    ("Abkhazia", "Georgia", 12.4, 0.5),
    # Donetsk + Luhansk: 8.83% (the figure the Ukraine tests pin, see test_areas.py).
    ("Donbas", "Ukraine", 8.83, 0.01),
]


@pytest.mark.parametrize(("name", "km2", "tol", "source"), PUBLISHED, ids=[p[0] for p in PUBLISHED])
def test_published_areas_of_disputed_areas(name: str, km2: float, tol: float, source: str) -> None:
    found = geoclaims.lookup(name)
    assert len(found) == 1
    measured = geodesic_area(found.geometry.iat[0])
    assert measured == pytest.approx(km2, rel=tol), f"{name}: {measured:,.0f} km² ({source})"


def test_enough_published_areas() -> None:
    kinds = {geoclaims.lookup(p[0])["kind"].iat[0] for p in PUBLISHED}
    assert len(PUBLISHED) >= 15 and kinds == {"unit", "area", "country"}


@pytest.mark.parametrize(("name", "of", "pct", "tol"), PUBLISHED_SHARES)
def test_published_shares(name: str, of: str, pct: float, tol: float) -> None:
    share = geoclaims.area_share([name], of=of)
    assert share.total_pct == pytest.approx(pct, abs=tol)


# --- claimant views ----------------------------------------------------------------------


def _views() -> list[str]:
    return sorted(set(wv.claims()["claimant"]) - {""})


def test_claims_table_rows_are_complete() -> None:
    table = pd.read_csv(b._data_path("claims.csv"), dtype=str, keep_default_na=False)
    assert list(table.columns) == [
        "area",
        "name",
        "claimant",
        "administering",
        "kind",
        "since",
        "until",
        "source",
    ]
    assert set(table["kind"]) == {"annexed", "claimed", "held", "recognised"}
    assert table["source"].str.match(r"https?://").all()
    # The disputes the table must cover, by the named area, unit or country it names.
    covered = set(table["area"])
    needed = {
        "UA-43", "UA-40", "UA-14", "UA-09", "UA-23", "UA-65", "XKX", "IN-JK", "IN-LA", "PK-JK",
        "PK-GB", "area:aksai-chin", "area:shaksgam-valley", "IN-AR", "TWN", "ESH",
        "area:northern-cyprus", "GE-AB", "area:south-ossetia", "area:transnistria",
        "area:nagorno-karabakh", "area:karabakh-seven-districts", "area:golan-heights",
        "area:east-jerusalem", "FLK", "area:essequibo", "area:kuril-islands",
        "area:somaliland", "area:halaib-triangle", "area:abyei",
    }  # fmt: skip
    assert needed <= covered, needed - covered


@pytest.mark.parametrize("as_of", ["2000-01-01", "2021-01-01", None])
@pytest.mark.parametrize("view", [*_views(), "defacto"])
def test_every_view_moves_exactly_its_own_areas(view: str, as_of: str | None) -> None:
    un = wv.sovereign("un")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NoClaimsWarning)
        other = wv.sovereign(view, as_of)
    moved = set(other.index[other.to_numpy() != un.to_numpy()])
    rows = wv.claims_in_force(wv.parse_date(as_of), kinds=None)
    mine = rows["kind"].eq("held") if view == "defacto" else rows["claimant"].eq(view)
    rows = rows[mine]
    assert moved <= set(rows["unit_id"])
    # Countries that no moved unit leaves or joins keep the same area.
    involved = set(un[list(moved)]) | set(other[list(moved)])
    before = geoclaims.countries().set_index("country").geometry
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NoClaimsWarning)
        after = geoclaims.countries(worldview=view, as_of=as_of).set_index("country").geometry
    assert set(after.index) - involved == set(before.index) - involved
    for code in sorted(set(before.index) - involved):
        assert after[code].equals(before[code]), code


@pytest.mark.parametrize(
    ("view", "country", "units"),
    [
        ("SRB", "RS", {u for u in b._units().unit_id if u.startswith("XKX.")}),
        ("IND", "IN", {"PK-JK", "PK-GB", "CN-XJ/aksai-chin", "CN-XJ/shaksgam-valley"}),
        ("MAR", "MA", {"ESH.western_sahara", "MA-12"}),
        ("CHN", "CN", {"IN-AR", "TW-TAO"}),
        ("PAK", "PK", {"IN-JK", "IND.siachen_glacier"}),
        ("ARG", "AR", {"FLK.falkland_islands"}),
        ("VEN", "VE", set(b._area_table().at["area:essequibo", "unit_ids"])),
        ("ISR", "IL", {"IL-Z/golan-heights", "PSE.west_bank/east-jerusalem"}),
    ],
)
def test_claimant_views_take_their_claims(view: str, country: str, units: set[str]) -> None:
    got = set(geoclaims.regions(country, worldview=view)["unit_id"])
    assert units <= got
    assert not units & set(geoclaims.regions(country)["unit_id"])


def test_all_of_kashmir_is_indian_under_the_indian_view() -> None:
    kashmir = set(b._area_table().at["area:kashmir", "unit_ids"])
    assert kashmir <= set(geoclaims.regions("IN", worldview="IND")["unit_id"])
    assert geoclaims.lookup("Kashmir", worldview="IND")["country"].iat[0] == "IND"
    assert geoclaims.lookup("Kashmir")["country"].iat[0] == ""  # three administrators


def test_views_follow_the_dates() -> None:
    # Kosovo declared independence on 2008-02-17; Serbia's claim starts then.
    kosovo = {u for u in b._units().unit_id if u.startswith("XKX.")}
    assert kosovo <= set(geoclaims.regions("RS", worldview="SRB", as_of="2010-01-01").unit_id)
    assert not kosovo & set(geoclaims.regions("RS", worldview="SRB", as_of="2000-01-01").unit_id)
    # Armenian forces held the districts around Nagorno-Karabakh 1994-2020: a held row,
    # which moves nothing (held by an authority without an ISO code).
    held = wv.claims_in_force(wv.parse_date("2010-01-01"), kinds=["held"])
    assert "area:karabakh-seven-districts" in set(held["area"])
    later = wv.claims_in_force(wv.parse_date("2021-01-01"), kinds=["held"])
    assert "area:karabakh-seven-districts" not in set(later["area"])
    # De facto: Crimea Russian from 2014, the Golan Israeli since 1967.
    assert wv.sovereign("defacto", "2013-01-01")["UA-43"] == "UKR"
    assert wv.sovereign("defacto")["UA-43"] == "RUS"
    assert wv.sovereign("defacto")["IL-Z/golan-heights"] == "ISR"
    assert wv.sovereign("un")["IL-Z/golan-heights"] == "SYR"
    # The United States' recognitions move the Golan and Western Sahara.
    assert wv.sovereign("USA", "2021-01-01")["IL-Z/golan-heights"] == "ISR"
    assert wv.sovereign("USA", "2021-01-01")["MA-12"] == "MAR"
    assert wv.sovereign("USA", "2019-01-01")["MA-12"] == "ESH"


def test_defacto_view_today_is_what_natural_earth_draws() -> None:
    units = b._units()
    defacto = wv.sovereign("defacto")
    drawn = pd.Series(units["defacto_country"].to_numpy(), index=units["unit_id"])
    assert (defacto == drawn).all(), defacto[defacto != drawn]


def test_a_code_without_claims_warns_and_gives_the_un_view() -> None:
    with pytest.warns(NoClaimsWarning, match="'MDA' has no claims.*RUS"):
        view = wv.sovereign("MDA")
    assert (view == wv.sovereign("un")).all()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        wv.sovereign("un"), wv.sovereign("defacto"), wv.sovereign("SRB")


def test_worldview_docs_list_every_claimant() -> None:
    for view in _views():
        assert f"``{view}``" in wv.__doc__, view


# --- UN view ------------------------------------------------------------------------------


def test_un_view_morocco_and_western_sahara() -> None:
    c = geoclaims.countries().set_index("country")
    # Western Sahara: 266,000 km² (en.wikipedia.org/wiki/Western_Sahara); 2%.
    assert geodesic_area(c.at["ESH", "geometry"]) == pytest.approx(266_000, rel=0.02)
    # Morocco without Western Sahara: 446,550 km² (en.wikipedia.org/wiki/Morocco). The
    # ~33,000 km² it lacks are not on the Morocco/Western Sahara line: Natural Earth 5.1
    # admin-0 gives Morocco 413,896 km² and Western Sahara 268,344 km², together 30,000
    # km² under the published 446,550 + 266,000; Algeria (2,381,741 km² published) is 3%
    # under too. No open polygon gives more (SOURCES.md): tolerance 8%. Before the cut
    # the units gave 591,662 km².
    morocco = geodesic_area(c.at["MAR", "geometry"])
    assert morocco == pytest.approx(446_550, rel=0.08)
    assert morocco < 420_000
    # The line moves nothing: Morocco + Western Sahara is Natural Earth's own pair, 0.2%.
    assert morocco + geodesic_area(c.at["ESH", "geometry"]) == pytest.approx(
        413_896 + 268_344, rel=0.002
    )
    # Morocco's units are the regions of 2015 (MA-01 .. MA-12); MA-12 lies wholly in
    # Western Sahara, MA-10 and MA-11 partly (ISO's "EH-partial").
    units = b._units()
    ma = units[units["unit_id"].str.startswith("MA-")]
    assert set(ma["iso_3166_2"]) - {""} == {f"MA-{k:02d}" for k in range(1, 13)}
    assert set(ma.loc[ma["country"] == "ESH", "unit_id"]) == {
        "MA-10/western-sahara",
        "MA-11/western-sahara",
        "MA-12",
    }
    assert not units["unit_id"].str.startswith("MAR.").any()


# --- named areas --------------------------------------------------------------------------

CONTRACT_AREAS = [
    "golan-heights", "donbas", "kashmir", "south-ossetia", "nagorno-karabakh",
    "northern-cyprus", "essequibo", "aksai-chin", "shaksgam-valley", "east-jerusalem",
    "west-bank", "gaza-strip", "somaliland", "halaib-triangle", "abyei", "kuril-islands",
]  # fmt: skip


def test_named_areas_are_unions_of_units_with_definitions() -> None:
    areas = b.named_areas().set_index("unit_id")
    assert {f"area:{a}" for a in CONTRACT_AREAS} <= set(areas.index)
    units = b._units().set_index("unit_id")
    for aid, row in areas.iterrows():
        assert row["definition"] and row["official_km2"] > 0, aid
        union = units.loc[list(row["unit_ids"])].union_all()
        assert row.geometry.symmetric_difference(union).area < 1e-9, aid
        assert geodesic_area(row.geometry) == pytest.approx(row["polygon_km2"], abs=1), aid
    assert areas.at["area:donbas", "unit_ids"] == ("UA-14", "UA-09")


def test_the_southern_kuril_islands_are_the_four_islands_and_never_urup() -> None:
    # Japan claims the islands south of the Friza Strait (149.2°E between Iturup and Urup);
    # Urup's southern cape at 45.6°N, 149.4°E is Russia's undisputed land.
    areas = b.named_areas().set_index("unit_id")
    kurils = areas.at["area:kuril-islands", "geometry"]
    assert kurils.bounds[2] < 149.2
    islands = areas.loc[[f"area:{a}" for a in ("iturup", "kunashir", "shikotan", "habomai-islands")]]
    assert islands.geometry.union_all().symmetric_difference(kurils).area < 1e-9
    assert sum(geodesic_area(g) for g in islands.geometry) == pytest.approx(
        geodesic_area(kurils), rel=1e-6
    )


@pytest.mark.parametrize(
    ("name", "area"),
    [
        ("Pridnestrovie", "transnistria"),
        ("PMR", "transnistria"),
        ("Trans-Dniester", "transnistria"),
        ("Приднестровье", "transnistria"),
        ("Artsakh", "nagorno-karabakh"),
        ("Нагорный Карабах", "nagorno-karabakh"),
        ("Tskhinvali region", "south-ossetia"),
        ("Южная Осетия", "south-ossetia"),
        ("Crimean peninsula", "crimean-peninsula"),
        ("Крымский полуостров", "crimean-peninsula"),
        ("Donbass", "donbas"),
        ("Донбас", "donbas"),
        ("TRNC", "northern-cyprus"),
        ("Kuzey Kıbrıs", "northern-cyprus"),
        ("Guayana Esequiba", "essequibo"),
        ("Northern Territories", "kuril-islands"),
        ("Golan", "golan-heights"),
        ("רמת הגולן", "golan-heights"),
        ("Kashmir", "kashmir"),
        ("Halaib", "halaib-triangle"),
        ("Darfur", "darfur"),
        ("Дарфур", "darfur"),
        ("Kurdufan", "kordofan"),
        ("Azawad", "azawad"),
        ("Barqa", "cyrenaica"),
        ("Триполитания", "tripolitania"),
        ("Fezzan", "fezzan"),
        ("Akrotiri and Dhekelia", "akrotiri-and-dhekelia"),
        ("Southern Cameroons", "ambazonia"),
        ("princely state of Jammu and Kashmir", "kashmir"),
        ("Курилы", "kuril-islands"),
        ("Сектор Гази", "gaza-strip"),
        ("Etorofu", "iturup"),
        ("Кунашир", "kunashir"),
        ("Habomai", "habomai-islands"),
        ("Diaoyu Islands", "senkaku-islands"),
        ("Spratlys", "spratly-islands"),
        ("Парасельские острова", "paracel-islands"),
        ("Бир-Тавиль", "bir-tawil"),
    ],
)
def test_aliases_of_named_areas(name: str, area: str) -> None:
    got = geoclaims.lookup(name)
    assert got["unit_id"].tolist() == [f"area:{area}"]
    assert got["kind"].tolist() == ["area"] and got["iso_3166_2"].tolist() == [""]


def test_every_name_in_the_claims_table_and_the_areas_resolves_to_one_entry() -> None:
    table = pd.read_csv(b._data_path("claims.csv"), dtype=str, keep_default_na=False)
    for area, name in zip(table["area"], table["name"], strict=True):
        assert geoclaims.lookup(name)["unit_id"].tolist() == [area], name
    names = b._names()
    rows = names[names["unit_id"].str.startswith("area:")]
    assert len(rows) > 100
    got = geoclaims.lookup(list(rows["name"]))
    assert got["unit_id"].tolist() == rows["unit_id"].tolist()


def test_regions_of_sudan_libya_and_mali_are_their_units_and_parts_of_the_country() -> None:
    # Darfur is Sudan's five Darfur states; Libya's three historical regions are its
    # districts and together the whole country (reference: 1,759,540 km², Wikipedia's
    # Libya, the sum of the three regions' published areas)
    darfur = geoclaims.area_share(["Darfur"], of="Sudan")
    states = geoclaims.area_share(
        ["Central Darfur", "East Darfur", "North Darfur", "South Darfur", "West Darfur"],
        of="Sudan",
    )
    assert darfur.total == pytest.approx(states.total, rel=1e-9)
    libya = geoclaims.area_share(["Cyrenaica", "Tripolitania", "Fezzan"], of="Libya")
    assert libya.total_pct == pytest.approx(100, abs=0.01)
    assert sum(b.named_areas().set_index("unit_id").loc[
        ["area:cyrenaica", "area:tripolitania", "area:fezzan"], "official_km2"
    ]) == 1_759_540


def test_area_share_takes_named_areas_as_part_and_as_whole() -> None:
    donbas = geoclaims.area_share(["Donbas"], of="Ukraine")
    oblasts = geoclaims.area_share(["Donetsk", "Luhansk"], of="Ukraine")
    assert donbas.total == pytest.approx(oblasts.total, rel=1e-9)
    assert donbas.official == pytest.approx(oblasts.official, rel=1e-9)
    half = geoclaims.area_share(["Donetsk"], of="Donbas")
    assert half.country == "area:donbas"
    assert 45 < half.total_pct < 55
    whole = geoclaims.area_share(["Donetsk", "Luhansk"], of="Donbas")
    assert whole.total_pct == pytest.approx(100, abs=1e-6)


def test_approximate_areas_say_so_in_the_notes() -> None:
    share = geoclaims.area_share(["South Ossetia"], of="Georgia")
    assert any("No open polygon" in n and "3,900 km²" in n for n in share.notes)
    assert not any("No open polygon" in n for n in geoclaims.area_share("Donbas", of="UA").notes)


def test_every_approximation_is_noted_with_the_official_area_beside_it() -> None:
    # Where no better open line exists (Essequibo, Aksai Chin, Hala'ib, South Ossetia,
    # Transnistria, ...), Share.notes states the approximation and the official area.
    areas = b._area_table()
    approximate = areas[areas["approximation"] != ""]
    assert {"area:essequibo", "area:aksai-chin", "area:halaib-triangle"} <= set(approximate.index)
    for aid, row in approximate.iterrows():
        notes = geoclaims.area_share([aid], of=aid).notes
        (note,) = [n for n in notes if row["approximation"] in n]
        assert f"{row['official_km2']:,.0f} km²" in note, aid
        assert f"{row['polygon_km2']:,.0f} km²" in note, aid


def test_names_reach_the_text_gazetteer_tables() -> None:
    names = b._names()
    areas = names[names["unit_id"].str.startswith("area:")]
    assert {"Pridnestrovie", "Artsakh", "Donbas", "Golan Heights"} <= set(areas["name"])
    assert set(areas["kind"]) <= {"official", "alternate", "historic", "local-script", "entity"}


# --- codes and current units ----------------------------------------------------------------

ISO_ALPHA3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
NE_ONLY = {"SAH", "KAS", "SOL", "CYN", "PSX", "KOS", "SDS", "KAB", "ALD", "IOA", "PGA", "USG"}


def test_every_unit_code_is_current_iso_and_unique() -> None:
    units = b._units()
    coded = units[units["iso_3166_2"] != ""]
    current = {s.code for s in pycountry.subdivisions}
    assert set(coded["iso_3166_2"]) <= current, set(coded["iso_3166_2"]) - current
    assert coded["iso_3166_2"].is_unique
    assert len(coded) > 3700


def test_every_country_code_in_the_data_is_iso() -> None:
    units = b._units()
    for col in ("country", "defacto_country"):
        assert set(units[col]) - {""} <= ISO_ALPHA3, set(units[col]) - ISO_ALPHA3
    assert set(b._country_table()["country"]) <= ISO_ALPHA3
    assert set(b._names()["country"]) - {""} <= ISO_ALPHA3
    assert set(b._area_table()["country"]) - {""} <= ISO_ALPHA3
    claims = wv.claims()
    assert set(claims["claimant"]) - {""} <= ISO_ALPHA3
    assert set(claims["administering"]) - {""} <= ISO_ALPHA3
    prefixes = {u.split(".")[0] for u in units["unit_id"] if "." in u}
    assert not prefixes & NE_ONLY


@pytest.mark.parametrize(
    ("code", "alpha3"),
    [("AU", "AUS"), ("Australia", "AUS"), ("EH", "ESH"), ("FR", "FRA"), ("XK", "XKX")],
)
def test_country_codes_resolve_to_the_sovereign_country(code: str, alpha3: str) -> None:
    assert b.resolve_country(code) == alpha3


@pytest.mark.parametrize(
    ("name", "alpha3"),
    [
        ("France", "FRA"), ("United Kingdom", "GBR"), ("Netherlands", "NLD"),
        ("Denmark", "DNK"), ("Australia", "AUS"), ("United States of America", "USA"),
        ("Norway", "NOR"), ("New Zealand", "NZL"), ("China", "CHN"),
    ],
)  # fmt: skip
def test_a_country_name_is_the_sovereign_never_a_dependency(name: str, alpha3: str) -> None:
    # Natural Earth's SOVEREIGNT column named the French Southern Lands "France"
    assert geoclaims.lookup(name)["unit_id"].tolist() == [alpha3]


def test_ladakh_is_a_unit_of_its_own() -> None:
    ladakh, jk = geoclaims.lookup(["Ladakh", "Jammu and Kashmir"]).geometry
    # Official areas (en.wikipedia.org/wiki/Ladakh, .../Jammu_and_Kashmir_(union_territory)):
    # 59,146 and 42,241 km² administered by India. The line between them is an
    # Natural Earth 5.1's generalised 10m admin-1 line (SOURCES.md): tolerance 8%.
    assert geodesic_area(ladakh) == pytest.approx(59_146, rel=0.08)
    assert geodesic_area(jk) == pytest.approx(42_241, rel=0.08)
    assert ladakh.intersection(jk).area < 1e-9
    # Ladakh's two district towns on its side, Srinagar and Jammu on the other.
    cities = b._cities().set_index("name")
    assert cities.loc[["Leh", "Kargil", "Srinagar", "Jammu"], "unit_id"].tolist() == [
        "IN-LA",
        "IN-LA",
        "IN-JK",
        "IN-JK",
    ]


def test_unit_ids_carry_iso_codes_or_english_names_only() -> None:
    # no FIPS or Natural Earth code (AZE.AJ55, MAR.MO03) in an id a user sees
    units = b._units()
    base = units["unit_id"].str.split("/").str[0]
    coded = base.isin(set(units["iso_3166_2"]) - {""})
    # <alpha-3>.<English name>; "none." for the Spratly Islands, which no view gives away
    named = base.str.fullmatch(r"([A-Z]{3}|none)\.[^A-Z\s./~]+(~\d+)?")
    assert (coded | named).all(), list(units.loc[~(coded | named), "unit_id"][:10])
    assert not base.str.fullmatch(r"[A-Z]{3}\.[A-Z]{2}[0-9]{2}.*").any()


@pytest.mark.parametrize(
    ("local", "english"),
    [("Bayern", "Bavaria"), ("Wien", "Vienna"), ("Xizang", "Tibet"), ("Al Qahirah", "Cairo")],
)
def test_units_are_named_in_english_with_local_names_as_aliases(local: str, english: str) -> None:
    got = geoclaims.lookup([local, english])
    assert got["name"].tolist() == [english, english]
    assert got["unit_id"].nunique() == 1


# Current first-level ISO 3166-2 units (pycountry) of the claims table's countries that no
# unit carries, each with its reason (SOURCES.md, "Codes: documented exceptions").
NOT_DRAWN = {
    "SD-GK": "West Kordofan (2013): no registry source draws its line",
    "CN-HK": "a country (HKG) here", "CN-MO": "a country (MAC) here",
    "CN-TW": "a country (TWN) here, claimed in the CHN view",
    "CY-06": "Kyrenia district lies wholly in Northern Cyprus, a unit of its own",
    "MD-DU": "Natural Earth 4.1 draws Dubăsari inside the left-bank units",
    "AZ-YE": "Natural Earth 4.1 draws Yevlax city inside Yevlax district",
    "TW-LIE": "Natural Earth 4.1 draws the Matsu Islands inside Fujian",
    **{f"PS-{c}": "Natural Earth draws the West Bank and Gaza as two units" for c in (
        "BTH", "DEB", "GZA", "HBN", "JEM", "JEN", "JRH", "KYS", "NBS", "NGZ", "QQA",
        "RBH", "RFH", "SLT", "TBS", "TKM")},
    **{f"SO-{c}": "Somaliland is one unit" for c in ("AW", "SA", "SO", "TO", "WO")},
    "RS-KM": "Kosovo is a country (XKX) here",
    **{f"LY-{c}": "Natural Earth 4.1 draws Libya's districts before 2007" for c in (
        "JG", "NL", "TB", "WA", "WS")},
    "ML-9": "Ménaka (2016): Natural Earth 4.1 draws it inside Gao",
    "ML-10": "Taoudénit (2016): Natural Earth 4.1 draws it inside Timbuktu",
    **{f"US-{c}": "a country of its own here" for c in ("AS", "GU", "MP", "PR", "UM", "VI")},
}  # fmt: skip


def test_the_claims_tables_countries_have_their_current_units() -> None:
    table = wv.claims()
    areas = b._area_table()
    units = b._units()
    disputed = areas.loc[areas["iso_3166_2"] == "", "country"]
    countries = set(table["claimant"]) | set(table["administering"]) | set(disputed)
    countries = {c for c in countries if c and c != "XKX"}
    # an ISO subdivision above the units (Vojvodina, the United Kingdom's nations) is a
    # named area carrying its code
    have = (set(units["iso_3166_2"]) | set(areas["iso_3166_2"])) - {""}
    missing = set()
    for a3 in countries:
        a2 = pycountry.countries.get(alpha_3=a3).alpha_2
        top = [s for s in pycountry.subdivisions.get(country_code=a2) or [] if not s.parent_code]
        missing |= {s.code for s in top if s.code not in have}
    assert missing <= set(NOT_DRAWN), sorted(missing - set(NOT_DRAWN))
    assert {c for c in NOT_DRAWN if c.split("-")[0] in {"SD", "MA", "IN"}} == {"SD-GK"}


def test_telangana_is_a_unit_of_its_own() -> None:
    tg, ap = geoclaims.lookup(["Telangana", "Andhra Pradesh"]).geometry
    # Official areas (en.wikipedia.org/wiki/Telangana, .../Andhra_Pradesh): 112,077 and
    # 162,975 km²; drawn along Natural Earth 5.1's 10m admin-1 line: tolerance 3%.
    assert geodesic_area(tg) == pytest.approx(112_077, rel=0.03)
    assert geodesic_area(ap) == pytest.approx(162_975, rel=0.03)
    cities = b._cities().set_index("geonameid")  # Hyderabad, Warangal, Vijayawada
    assert cities.loc[[1269843, 1252948, 1253184], "unit_id"].tolist() == [
        "IN-TS",
        "IN-TS",
        "IN-AP",
    ]


def test_moroccan_regions_before_2015_are_historic_names() -> None:
    got = geoclaims.lookup(["Grand Casablanca", "Souss - Massa - Draâ", "Casablanca-Settat"])
    assert got["unit_id"].tolist() == ["MA-06", "MA-08", "MA-06"]
    assert got["name"].tolist()[0] == "Casablanca-Settat"


def test_current_units_and_old_names() -> None:
    got = geoclaims.lookup(
        ["Gilgit-Baltistan", "Northern Areas", "F.A.T.A.", "Khyber Pakhtunkhwa", "RU-SA"]
    )
    assert got["unit_id"].tolist() == ["PK-GB", "PK-GB", "PK-KP", "PK-KP", "RU-SA"]
    assert got["name"].tolist()[0] == "Gilgit-Baltistan"
    assert "Sakha" in got["name"].iat[4]
    names = set(b._units()["name"])
    assert not {"F.A.T.A.", "Northern Areas", "K.P.", "Daman and Diu", "Dəvəçi"} & names
    more = geoclaims.lookup(["Daman and Diu", "NWFP", "Taipei City", "New Taipei City", "Davachi"])
    assert more["unit_id"].tolist() == ["IN-DH", "PK-KP", "TW-TPE", "TW-NWT", "AZ-SBN"]
    # F.A.T.A. went into Khyber Pakhtunkhwa: 101,741 km² with it
    # (en.wikipedia.org/wiki/Khyber_Pakhtunkhwa); tolerance 3%.
    assert geodesic_area(got.geometry.iat[3]) == pytest.approx(101_741, rel=0.03)


@pytest.mark.parametrize("bad", ["garbage", "2022-13-01", "2022-02-30"])
def test_a_bad_date_is_refused_under_the_un_view_too(bad):
    # the un view needs no date to answer, but a date the caller got wrong is still wrong
    from geoclaims import InvalidInputError, lookup, regions

    with pytest.raises(InvalidInputError, match=re.escape(repr(bad))):
        regions("UA", as_of=bad)
    with pytest.raises(InvalidInputError, match=re.escape(repr(bad))):
        lookup("Donetsk", as_of=bad)


@pytest.mark.parametrize(
    ("name", "of", "view", "code"),
    [
        ("Western Sahara", "Morocco", "MAR", "ESH"),
        ("Kosovo", "Serbia", "SRB", "XKX"),
        ("Taiwan", "China", "CHN", "TWN"),
    ],
)
def test_a_country_a_claimant_absorbs_keeps_its_land(name, of, view, code):
    # the claimant's view gives the whole country to it: measured, not NaN
    un_km2 = float(geoclaims.lookup(name).to_crs("ESRI:54034").area.iloc[0]) / 1e6
    share = geoclaims.area_share(name, of=of, worldview=view)
    assert share.total == pytest.approx(un_km2, rel=0.01)
    (note,) = [n for n in share.notes if n.startswith(name)]
    assert "lies inside" in note and "only partly" not in note
    m = geoclaims.claim_map(name, worldview=view, tiles=None)
    outline = [
        k for k in m._children.values() if getattr(k, "layer_name", "").startswith("Outline")
    ]
    assert len(outline) == 1 and of.split()[-1] in outline[0].layer_name
    assert code in share.to_frame()["unit_id"].tolist()


@pytest.mark.parametrize(
    "values",
    [["2014-03-18", "", "2022-09-30"], ["2014-03-18", "20140318", ""], ["", ""], ["18 March 2014"]],
)
def test_claim_dates_read_as_pandas_reads_them(values):
    import pandas as pd

    from geoclaims.worldviews import _dates

    raw = pd.Series(values, dtype=object, name="since")
    try:
        want = pd.to_datetime(raw.replace("", None)).dt.date
    except ValueError:  # mixed formats: the same error
        with pytest.raises(ValueError):
            _dates(raw)
        return
    got = _dates(raw)
    pd.testing.assert_series_equal(got, want)
    assert [type(v) for v in got] == [type(v) for v in want]


def test_a_view_with_no_claims_warns_as_geoclaims_warns():
    from geoclaims import GeoclaimsWarning

    assert issubclass(NoClaimsWarning, GeoclaimsWarning)
    assert issubclass(NoClaimsWarning, UserWarning)


def test_a_verdict_gives_the_view_in_one_spelling():
    from geoclaims import check_claims

    (v,) = check_claims("Russia holds about 18% of Ukraine.", worldview="rus", as_of="2024-01-01")
    assert v.worldview == "RUS"
    (u,) = check_claims("Russia holds about 18% of Ukraine.", worldview="UN", as_of="2024-01-01")
    assert u.worldview == "un"


_NO_CLAIMS_CALLS = {
    "check_claims": lambda: geoclaims.check_claims(
        "Crimea is about 4.5% of Ukraine.", worldview="FRA", as_of="2022-09-01"
    ),
    "check_claim": lambda: geoclaims.check_claim(
        "Crimea is about 4.5% of Ukraine.", worldview="FRA", as_of="2022-09-01"
    ),
    "report": lambda: geoclaims.report(
        "Crimea is about 4.5% of Ukraine.", worldview="FRA", as_of="2022-09-01"
    ),
    "area_share": lambda: geoclaims.area_share(["Crimea"], of="Ukraine", worldview="FRA"),
    "claim_map": lambda: geoclaims.claim_map(["Crimea"], worldview="FRA"),
    "regions": lambda: geoclaims.regions("Ukraine", worldview="FRA"),
    "countries": lambda: geoclaims.countries(worldview="FRA"),
    "lookup": lambda: geoclaims.lookup(["Crimea"], worldview="FRA"),
}


@pytest.mark.parametrize("name", sorted(_NO_CLAIMS_CALLS))
def test_a_view_with_no_claims_warns_once_a_call_at_the_callers_line(name):
    # one call makes many lookups under the view; the user hears of it once, at the
    # line of their own code, and again on the next call (even one answered from memory)
    for _ in range(2):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            _NO_CLAIMS_CALLS[name]()
        got = [w for w in caught if issubclass(w.category, NoClaimsWarning)]
        assert len(got) == 1, [str(w.message) for w in got]
        assert got[0].filename == __file__, got[0].filename


def test_a_view_with_no_claims_warns_on_the_command_line(capsys):
    from geoclaims.cli import main

    assert main(["share", "Crimea", "--of", "Ukraine", "--worldview", "FRA"]) == 0
    err = capsys.readouterr().err
    assert err.count("'FRA' has no claims") == 1, err
