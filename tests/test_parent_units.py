"""ISO 3166-2 subdivisions above the units (Scotland, the Kurdistan Region, the regions of
France) as named areas, and Bosnia and Herzegovina's three first-level units."""

from __future__ import annotations

from pathlib import Path

import pycountry
import pytest

import geoclaims
from geoclaims import UnknownRegionError
from geoclaims import boundaries as b
from geoclaims._normalize import normalize
from geoclaims.areas import geodesic_area
from geoclaims.text import find_regions

# Published areas (km²), the source of each, and the relative tolerance the shipped
# polygons meet. The polygons are unions of Natural Earth 4.1 admin-1 units as QGIS
# generalised them (about 1 km): a coastline drawn that coarsely gains or loses land
# around islands and estuaries, so a large mainland region comes within 2% and a region
# of small islands (the Canaries, Corsica) is given 3%. Where a gap is larger the line
# itself differs, and the comment says how.
PUBLISHED = [
    # (name looked up, ISO code, published km², relative tolerance, source)
    ("Scotland", "GB-SCT", 77_910, 0.02, "en.wikipedia.org/wiki/Scotland"),
    ("England", "GB-ENG", 130_279, 0.02, "en.wikipedia.org/wiki/England"),
    ("Wales", "GB-WLS", 20_779, 0.02, "en.wikipedia.org/wiki/Wales"),
    ("Northern Ireland", "GB-NIR", 14_130, 0.02, "en.wikipedia.org/wiki/Northern_Ireland"),
    # The regional government's own figure (gov.krd, "About the Kurdistan Region"):
    # 40,643 km². Wikipedia's figures run from 41,220 to 46,861 km² depending on what they
    # count beyond the three governorates. Natural Earth's governorate lines give 38,231
    # km² (6% under): 8%.
    ("Kurdistan Region", "IQ-KR", 40_643, 0.08, "gov.krd (Kurdistan Regional Government)"),
    # Natural Earth's district lines along the Danube and the Sava give 2.5% less: 4%.
    ("Vojvodina", "RS-VO", 21_614, 0.04, "en.wikipedia.org/wiki/Vojvodina"),
    ("Canary Islands", "ES-CN", 7_447, 0.03, "INE, en.wikipedia.org/wiki/Autonomous_communities_of_Spain"),
    ("Flanders", "BE-VLG", 13_626, 0.02, "en.wikipedia.org/wiki/Flemish_Region"),
    ("Wallonia", "BE-WAL", 16_901, 0.02, "en.wikipedia.org/wiki/Wallonia"),
    ("Sicily", "IT-82", 25_832, 0.02, "ISTAT, en.wikipedia.org/wiki/Regions_of_Italy"),
    ("Sardinia", "IT-88", 24_100, 0.02, "ISTAT, en.wikipedia.org/wiki/Regions_of_Italy"),
    ("Corsica", "FR-20R", 8_680, 0.03, "INSEE, en.wikipedia.org/wiki/Regions_of_France"),
    # Spain's communities and Italy's regions of several provinces, Natural Earth drawing
    # their provinces (each its own ISO code, not its region's): within 3%.
    ("Catalonia", "ES-CT", 32_108, 0.03, "en.wikipedia.org/wiki/Catalonia"),
    ("Andalusia", "ES-AN", 87_268, 0.03, "en.wikipedia.org/wiki/Andalusia"),
    ("Basque Country", "ES-PV", 7_234, 0.03,
     "en.wikipedia.org/wiki/Basque_Country_(autonomous_community)"),
    ("Galicia", "ES-GA", 29_574, 0.03, "en.wikipedia.org/wiki/Galicia_(Spain)"),
    ("Lombardy", "IT-25", 23_864, 0.03, "ISTAT, en.wikipedia.org/wiki/Regions_of_Italy"),
    ("Veneto", "IT-34", 18_345, 0.03, "ISTAT, en.wikipedia.org/wiki/Regions_of_Italy"),
    # France's metropolitan regions (INSEE, as given by en.wikipedia.org/wiki/Regions_of_France);
    # Auvergne-Rhône-Alpes comes out 1.7% over (the French shore of Lake Geneva): 2.5%.
    ("Auvergne-Rhône-Alpes", "FR-ARA", 69_711, 0.025, "INSEE"),
    ("Bourgogne-Franche-Comté", "FR-BFC", 47_784, 0.025, "INSEE"),
    ("Brittany", "FR-BRE", 27_208, 0.025, "INSEE"),
    ("Centre-Val de Loire", "FR-CVL", 39_151, 0.025, "INSEE"),
    ("Grand Est", "FR-GES", 57_433, 0.025, "INSEE"),
    ("Hauts-de-France", "FR-HDF", 31_813, 0.025, "INSEE"),
    ("Île-de-France", "FR-IDF", 12_011, 0.025, "INSEE"),
    ("Normandy", "FR-NOR", 29_907, 0.025, "INSEE"),
    ("Nouvelle-Aquitaine", "FR-NAQ", 84_036, 0.025, "INSEE"),
    ("Occitania", "FR-OCC", 72_724, 0.025, "INSEE"),
    ("Pays de la Loire", "FR-PDL", 32_082, 0.025, "INSEE"),
    ("Provence-Alpes-Côte d'Azur", "FR-PAC", 31_400, 0.025, "INSEE"),
    # Burkina Faso's 13 regions, unions of its 45 provinces as Natural Earth draws them
    # (en.wikipedia.org/wiki/Regions_of_Burkina_Faso): within 2.5%.
    ("Boucle du Mouhoun Region", "BF-01", 34_497, 0.025, "en.wikipedia.org/wiki/Regions_of_Burkina_Faso"),
    ("Cascades Region", "BF-02", 18_424, 0.025, "en.wikipedia.org/wiki/Regions_of_Burkina_Faso"),
    ("Centre Region", "BF-03", 2_805, 0.025, "en.wikipedia.org/wiki/Regions_of_Burkina_Faso"),
    ("Centre-Est Region", "BF-04", 14_656, 0.025, "en.wikipedia.org/wiki/Regions_of_Burkina_Faso"),
    ("Centre-Nord Region", "BF-05", 19_677, 0.025, "en.wikipedia.org/wiki/Regions_of_Burkina_Faso"),
    ("Centre-Ouest Region", "BF-06", 21_853, 0.025, "en.wikipedia.org/wiki/Regions_of_Burkina_Faso"),
    ("Centre-Sud Region", "BF-07", 11_457, 0.025, "en.wikipedia.org/wiki/Regions_of_Burkina_Faso"),
    ("Est Region", "BF-08", 46_694, 0.025, "en.wikipedia.org/wiki/Regions_of_Burkina_Faso"),
    ("Hauts-Bassins Region", "BF-09", 25_479, 0.025, "en.wikipedia.org/wiki/Regions_of_Burkina_Faso"),
    ("Nord Region", "BF-10", 16_414, 0.025, "en.wikipedia.org/wiki/Regions_of_Burkina_Faso"),
    ("Plateau-Central Region", "BF-11", 8_545, 0.025, "en.wikipedia.org/wiki/Regions_of_Burkina_Faso"),
    ("Sahel Region", "BF-12", 36_166, 0.025, "en.wikipedia.org/wiki/Regions_of_Burkina_Faso"),
    ("Sud-Ouest Region", "BF-13", 16_533, 0.025, "en.wikipedia.org/wiki/Regions_of_Burkina_Faso"),
    # Sri Lanka's 9 provinces, unions of its 25 districts (en.wikipedia.org/wiki/
    # Provinces_of_Sri_Lanka); North Western comes out 3.3% over, the others within 2.5%:
    # 4% and 3%.
    ("Western Province", "LK-1", 3_684, 0.03, "en.wikipedia.org/wiki/Provinces_of_Sri_Lanka"),
    ("Central Province", "LK-2", 5_674, 0.03, "en.wikipedia.org/wiki/Provinces_of_Sri_Lanka"),
    ("Southern Province", "LK-3", 5_544, 0.03, "en.wikipedia.org/wiki/Provinces_of_Sri_Lanka"),
    ("Northern Province", "LK-4", 8_884, 0.03, "en.wikipedia.org/wiki/Provinces_of_Sri_Lanka"),
    ("Eastern Province", "LK-5", 9_996, 0.03, "en.wikipedia.org/wiki/Provinces_of_Sri_Lanka"),
    ("North Western Province", "LK-6", 7_888, 0.04, "en.wikipedia.org/wiki/Provinces_of_Sri_Lanka"),
    ("North Central Province", "LK-7", 10_714, 0.03, "en.wikipedia.org/wiki/Provinces_of_Sri_Lanka"),
    ("Uva Province", "LK-8", 8_500, 0.03, "en.wikipedia.org/wiki/Provinces_of_Sri_Lanka"),
    ("Sabaragamuwa Province", "LK-9", 4_968, 0.03, "en.wikipedia.org/wiki/Provinces_of_Sri_Lanka"),
    # Bosnia and Herzegovina's entities. Natural Earth's inter-entity line is coarse and
    # puts some 2,000 km² of the Republika Srpska in the Federation: the Federation comes
    # out 10% over, the Republika Srpska 7% under (their sum is right: see below): 12%.
    ("Republika Srpska", "BA-SRP", 24_641, 0.12, "en.wikipedia.org/wiki/Republika_Srpska"),
    (
        "Federation of Bosnia and Herzegovina",
        "BA-BIH",
        26_110,
        0.12,
        "en.wikipedia.org/wiki/Confederal_entities_of_Bosnia_and_Herzegovina",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "code", "published", "tol", "source"), PUBLISHED, ids=[p[1] for p in PUBLISHED]
)
def test_published_areas(name: str, code: str, published: float, tol: float, source: str) -> None:
    found = geoclaims.lookup(name)
    assert found["iso_3166_2"].tolist() == [code]
    assert geodesic_area(found.geometry.iloc[0]) == pytest.approx(published, rel=tol), source


def test_bosnia_and_herzegovina_is_its_three_iso_units() -> None:
    units = geoclaims.regions("BA")
    assert sorted(units["iso_3166_2"]) == ["BA-BIH", "BA-BRC", "BA-SRP"]
    assert sorted(units["unit_id"]) == ["BA-BIH", "BA-BRC", "BA-SRP"]
    # The whole country is still Natural Earth's outline: 51,209 km² (en.wikipedia.org/
    # wiki/Bosnia_and_Herzegovina) within 2%, whatever the line between the entities.
    assert geodesic_area(units).sum() == pytest.approx(51_209, rel=0.02)
    assert b._unit_attrs().query("country == 'BIH'").shape[0] == 3


# Names that stay aliases of an entity, and towns' names that do not (a town is not the
# entity it lies in).
@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Republika Srpska", "BA-SRP"),
        ("Srpska", "BA-SRP"),
        ("Republic of Srpska", "BA-SRP"),
        ("Република Српска", "BA-SRP"),
        ("Республика Сербская", "BA-SRP"),
        ("Республіка Сербська", "BA-SRP"),
        ("BA-SRP", "BA-SRP"),
        ("Sarajevo-Romanija", "BA-SRP"),
        ("Federation of Bosnia and Herzegovina", "BA-BIH"),
        ("Federacija Bosne i Hercegovine", "BA-BIH"),
        ("Una-Sana Canton", "BA-BIH"),
        ("Herzegovina-Neretva", "BA-BIH"),
        ("Bosnian Podrinje", "BA-BIH"),
        ("Brčko District", "BA-BRC"),
        ("Duhok", "IQ-DA"),
        ("Dohuk", "IQ-DA"),
        ("Dahuk", "IQ-DA"),
        ("IQ-DA", "IQ-DA"),
    ],
)
def test_names_of_the_bosnian_entities_and_of_duhok(name: str, code: str) -> None:
    found = geoclaims.lookup(name)
    assert found["unit_id"].tolist() == [code]
    assert found["kind"].tolist() == ["unit"]


def test_town_names_are_no_aliases_of_the_bosnian_entities() -> None:
    names = b._names()
    bosnian = names[names["unit_id"].isin(["BA-BIH", "BA-SRP", "BA-BRC"])]
    towns = {"sarajevo", "tuzla", "banja luka", "doboj", "bijeljina", "trebinje", "foca",
             "vlasenica", "gorazde"}  # fmt: skip
    assert not set(bosnian["norm"]) & towns
    with pytest.raises(UnknownRegionError):
        geoclaims.lookup("Banja Luka")  # a city, not a region


def test_duhok_carries_its_iso_code() -> None:
    found = geoclaims.lookup("Duhok")
    assert found[["unit_id", "iso_3166_2", "name"]].values.tolist() == [["IQ-DA", "IQ-DA", "Duhok"]]
    assert pycountry.subdivisions.get(code="IQ-DA").parent_code == "IQ-KR"


# --- parents as named areas -------------------------------------------------------------


def _parents():
    areas = b.named_areas().set_index("unit_id")
    return areas[areas["iso_3166_2"] != ""]


def _top(code: str) -> str:
    sub = pycountry.subdivisions.get(code=code)
    while sub.parent_code:
        sub = pycountry.subdivisions.get(code=sub.parent_code)
    return sub.code


def test_parent_areas_are_iso_subdivisions_no_unit_carries() -> None:
    parents = _parents()
    # 24, then 9 Spanish communities and 6 Italian regions, then 13 regions of Burkina Faso
    # and 9 provinces of Sri Lanka
    assert len(parents) == 61
    assert parents["iso_3166_2"].is_unique
    carried = set(b._unit_attrs()["iso_3166_2"])
    attrs = b._unit_attrs().set_index("unit_id")
    for aid, row in parents.iterrows():
        sub = pycountry.subdivisions.get(code=row["iso_3166_2"])
        assert sub is not None and sub.parent_code is None, aid
        assert row["iso_3166_2"] not in carried, aid
        # every member with a code has this subdivision at the top of its parents
        codes = [attrs.at[u, "iso_3166_2"] for u in row["unit_ids"]]
        assert {_top(c) for c in codes if c} == {row["iso_3166_2"]}, aid
        assert geodesic_area(row.geometry) == pytest.approx(row["polygon_km2"], abs=1), aid


def test_the_kurdistan_region_is_its_three_governorates() -> None:
    members = _parents().at["area:kurdistan-region", "unit_ids"]
    assert sorted(members) == ["IQ-AR", "IQ-DA", "IQ-SU"]


def test_units_without_a_code_join_the_parent_they_border_most() -> None:
    parents = _parents()
    england = set(parents.at["area:england", "unit_ids"])
    assert {"GBR.westminster", "GBR.city", "GBR.tower_hamlets", "GBR.cornwall"} <= england
    ni = parents.at["area:northern-ireland", "unit_ids"]
    assert len(ni) == 26 and {"GBR.derry", "GBR.fermanagh", "GB-BFS"} <= set(ni)
    assert {"FRA.bas_rhin", "FRA.haute_rhin"} <= set(parents.at["area:grand-est", "unit_ids"])
    sardinia = set(parents.at["area:sardinia", "unit_ids"])
    assert {"ITA.carbonia_iglesias", "ITA.medio_campidano", "ITA.ogliastra"} <= sardinia


@pytest.mark.parametrize(
    ("country", "areas", "outside"),
    [
        # the four nations are the United Kingdom, less the Sovereign Base Areas on Cyprus
        ("GBR", ["england", "scotland", "wales", "northern-ireland"],
         {"GBR.akrotiri", "GBR.dhekelia"}),
        ("BEL", ["flanders", "wallonia"], {"BE-BRU"}),
        # the 13 metropolitan regions are France, less the overseas units and Clipperton
        ("FRA", ["auvergne-rhone-alpes", "bourgogne-franche-comte", "brittany",
                 "centre-val-de-loire", "corsica", "grand-est", "hauts-de-france",
                 "ile-de-france", "normandy", "nouvelle-aquitaine", "occitania",
                 "pays-de-la-loire", "provence-alpes-cote-d-azur"],
         {"FRA.clipperton_island", "FRA.guadeloupe", "FRA.guyane_francaise",
          "FRA.la_reunion", "FRA.martinique", "FRA.mayotte"}),
    ],
)  # fmt: skip
def test_parents_partition_their_country(country: str, areas: list[str], outside: set) -> None:
    parents = _parents()
    members = [u for a in areas for u in parents.at[f"area:{a}", "unit_ids"]]
    assert len(members) == len(set(members))  # no unit in two parents
    units = set(geoclaims.regions(country)["unit_id"])
    assert set(members) == units - outside


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Scotland", "GB-SCT"),
        ("GB-SCT", "GB-SCT"),
        ("gb-sct", "GB-SCT"),
        ("Шотландія", "GB-SCT"),
        ("Шотландия", "GB-SCT"),
        ("Cymru", "GB-WLS"),
        ("Northern Ireland", "GB-NIR"),
        ("England", "GB-ENG"),
        ("Kurdistan Region", "IQ-KR"),
        ("Kurdistan Region of Iraq", "IQ-KR"),
        ("Iraqi Kurdistan", "IQ-KR"),
        ("Іракський Курдистан", "IQ-KR"),
        ("Иракский Курдистан", "IQ-KR"),
        ("IQ-KR", "IQ-KR"),
        ("Vojvodina", "RS-VO"),
        ("Canary Islands", "ES-CN"),
        ("Flanders", "BE-VLG"),
        ("Vlaanderen", "BE-VLG"),
        ("Wallonia", "BE-WAL"),
        ("Sicily", "IT-82"),
        ("Sardegna", "IT-88"),
        ("Corsica", "FR-20R"),
        ("Île-de-France", "FR-IDF"),
        ("Normandie", "FR-NOR"),
        ("Occitanie", "FR-OCC"),
    ],
)
def test_lookup_of_parents_by_name_and_code(name: str, code: str) -> None:
    found = geoclaims.lookup(name)
    assert found["iso_3166_2"].tolist() == [code]
    assert found["kind"].tolist() == ["area"]
    aid = found["unit_id"].iloc[0]
    assert aid.startswith("area:") and b.area_id(code) == aid
    union = b._units().set_index("unit_id").loc[list(b._area_table().at[aid, "unit_ids"])]
    assert found.geometry.iloc[0].symmetric_difference(union.union_all()).area < 1e-9


def test_the_regional_government_is_no_name_of_the_region() -> None:
    names = b._names()
    assert "krg" not in set(names.loc[names["unit_id"] == "area:kurdistan-region", "norm"])
    with pytest.raises(UnknownRegionError):
        geoclaims.lookup("KRG")


# --- shares: a parent is the union of its units ------------------------------------------


def test_a_parent_and_its_unit_count_once() -> None:
    scotland = geoclaims.area_share(["Scotland"], of="United Kingdom")
    # reference: official areas give 77,910 / 242,495 km² (ONS, en.wikipedia.org/wiki/
    # United_Kingdom) = 32.1%; the polygons agree within 0.7 points
    assert scotland.total_pct == pytest.approx(32.1, abs=0.7)
    both = geoclaims.area_share(["Scotland", "Glasgow"], of="United Kingdom")
    assert both.total == pytest.approx(scotland.total, rel=1e-9)
    assert both.official_km2 == scotland.official_km2 == 77_910
    # the same on the official reading of a disputed area and its unit
    donbas = geoclaims.area_share(["Donbas", "Donetsk"], of="Ukraine")
    assert donbas.official_km2 == 53_201  # not 53,201 + 26,517
    assert donbas.official == pytest.approx(53_201 / 603_628 * 100)
    # a find_regions frame naming both measures the union too
    frame = find_regions("Scotland, including Glasgow, is a third of the United Kingdom.")
    assert set(frame["unit_id"].dropna()) == {"area:scotland", "GB-GLG"}
    assert geoclaims.area_share(frame, of="GB").total == pytest.approx(scotland.total, rel=1e-9)


def test_the_four_nations_are_the_united_kingdom() -> None:
    share = geoclaims.area_share(["England", "Scotland", "Wales", "Northern Ireland"], of="GB")
    # all but the Sovereign Base Areas (254 km² of 243,741)
    assert 99.8 < share.total_pct <= 100.0


def test_a_parent_as_the_whole() -> None:
    by_name = geoclaims.area_share(["Glasgow"], of="Scotland")
    by_code = geoclaims.area_share(["Glasgow"], of="GB-SCT")
    assert by_name.country == by_code.country == "area:scotland"
    assert by_name.total_pct == pytest.approx(by_code.total_pct)
    # Glasgow City: 175 km² (en.wikipedia.org/wiki/Glasgow) of Scotland's 77,910 = 0.22%
    assert by_name.total_pct == pytest.approx(0.22, abs=0.05)


# --- text -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "code", "unit_id"),
    [
        ("Scotland held a referendum in 2014.", "Scotland", "GB-SCT", "area:scotland"),
        ("Scotland voted to stay in the United Kingdom in 2014.", "Scotland", "GB-SCT",
         "area:scotland"),
        ("Erbil is the capital of the Kurdistan Region of Iraq.", "Kurdistan Region",
         "IQ-KR", "area:kurdistan-region"),
        ("Iraqi Kurdistan voted for independence in 2017.", "Iraqi Kurdistan", "IQ-KR",
         "area:kurdistan-region"),
        ("Republika Srpska's leader threatened secession from Bosnia.", "Republika Srpska's",
         "BA-SRP", "BA-SRP"),
        ("Flanders and Wallonia disagree on the budget.", "Wallonia", "BE-WAL", "area:wallonia"),
        ("Strikes spread across Brittany.", "Brittany", "FR-BRE", "area:brittany"),
        ("Шотландія провела референдум у 2014 році.", "Шотландія", "GB-SCT", "area:scotland"),
        ("Референдум в Иракском Курдистане прошёл в 2017 году.", "Иракском Курдистане",
         "IQ-KR", "area:kurdistan-region"),
        ("Лидер Республики Сербской пригрозил отделением.", "Республики Сербской", "BA-SRP",
         "BA-SRP"),
    ],
)  # fmt: skip
def test_parents_and_entities_are_found_as_regions(
    text: str, surface: str, code: str, unit_id: str
) -> None:
    found = find_regions(text)
    row = found[found["surface"] == surface]
    assert len(row) == 1, found
    assert row[["kind", "iso_3166_2", "unit_id"]].values.tolist() == [["region", code, unit_id]]


def test_iraqs_kurdistan_region_is_not_irans_kurdistan_province() -> None:
    found = find_regions("Erbil is the capital of the Kurdistan Region of Iraq.")
    assert "IR-12" not in set(found["iso_3166_2"].dropna())
    iran = find_regions("Sanandaj is the capital of Iran's Kurdistan province.")
    assert "IR-12" in set(iran["iso_3166_2"].dropna())
    assert "IQ-KR" not in set(iran["iso_3166_2"].dropna())


def test_a_title_of_a_parent_is_not_the_place() -> None:
    for text in ("The Prince of Wales visited Cardiff.", "The Church of England met."):
        found = find_regions(text)
        assert not set(found["unit_id"].dropna()) & {"area:wales", "area:england"}, text


def test_a_share_of_a_parent_is_checked_on_its_union() -> None:
    from geoclaims.text import find_claims

    (claim,) = find_claims("Glasgow covers about 0.2% of Scotland.")
    assert claim.of == "GB-SCT"
    verdict = geoclaims.check_claim("Scotland makes up 32% of the United Kingdom.")
    assert verdict.status == "holds"


def test_parent_names_are_the_curated_ones() -> None:
    # every name of a parent area is its English name or a row of curated_area_names.csv
    import pandas as pd

    root = Path(__file__).resolve().parents[1]
    curated = pd.read_csv(root / "scripts" / "curated_area_names.csv", keep_default_na=False)
    parents = _parents()
    names = b._names()
    for aid, row in parents.iterrows():
        own = {normalize(n) for n in curated.loc[curated["area"] == aid[5:], "name"]}
        own.add(normalize(row["name"]))
        assert set(names.loc[names["unit_id"] == aid, "norm"]) == own, aid


def test_catalonia_is_its_four_provinces_not_barcelona() -> None:
    # Natural Earth gave Barcelona, Girona, Lleida and Tarragona Catalonia's code: the
    # community was one province (7,768 km², 1.5% of Spain). Catalonia is 32,108 km², 6.4%
    # of Spain's 505,990 km² (Wikipedia, INE).
    share = geoclaims.area_share(["Catalonia"], of="Spain")
    assert share.total == pytest.approx(32_108, rel=0.03)
    assert share.total_pct == pytest.approx(6.3, abs=0.3)
    assert geoclaims.lookup(["Barcelona"])["unit_id"].tolist() == ["ES-B"]
    found = geoclaims.find_regions("Catalonia held an independence referendum in 2017.")
    assert found[["kind", "iso_3166_2"]].values.tolist() == [["region", "ES-CT"]]
