"""Named places the data draws no boundary for: found in text, never measured.

Shebaa Farms, Area C, Snake Island and their kin are too small for the 1:10m boundaries
or have no open boundary. The text finder finds them as named areas; lookup, area_share,
check_claims and report say that they have no boundary instead of measuring something
else or failing.
"""

from __future__ import annotations

import re
import warnings

import pytest

import geoclaims as gc
from geoclaims.boundaries import named_areas, named_places
from geoclaims.text import find_regions


def _areas(text: str) -> list[tuple[str, str]]:
    df = find_regions(text)
    return [(m.surface, m.unit_id) for m in df.itertuples() if m.kind == "area"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel captured the Shebaa Farms from Syria in 1967.",
         [("Shebaa Farms", "area:shebaa-farms")]),
        ("Area C covers about 60 percent of the West Bank.",
         [("Area C", "area:area-c"), ("West Bank", "area:west-bank")]),
        ("Russian forces abandoned Snake Island in June 2022.",
         [("Snake Island", "area:snake-island")]),
        ("Під контролем РФ залишається Кінбурнська коса.",
         [("Кінбурнська коса", "area:kinburn-spit")]),
        ("Азербайджан закрыл Лачинский коридор.", [("Лачинский коридор", "area:lachin-corridor")]),
        ("Amhara officials have run Western Tigray since 2020.",
         [("Western Tigray", "area:western-tigray")]),
        ("Beijing took control of Scarborough Shoal in 2012.",
         [("Scarborough Shoal", "area:scarborough-shoal")]),
        ("Jihadists move freely across Liptako-Gourma and the Wakhan Corridor.",
         [("Liptako-Gourma", "area:liptako-gourma"), ("Wakhan Corridor", "area:wakhan-corridor")]),
    ],
)  # fmt: skip
def test_places_without_a_boundary_are_found_as_named_areas(text, expected):
    assert _areas(text) == expected


def test_the_places_table_is_whole_and_apart_from_the_drawn_areas():
    places = named_places()
    assert list(places.columns) == [
        "area_id", "name", "country", "iso_3166_2", "definition", "source"
    ]  # fmt: skip
    iso = places["iso_3166_2"][places["iso_3166_2"] != ""]
    assert iso.str.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}").all()
    assert not set(iso) & set(gc.regions()["iso_3166_2"].dropna())
    assert len(places) >= 30
    assert places["area_id"].str.fullmatch(r"area:[a-z0-9-]+").all()
    assert places["area_id"].is_unique
    assert not set(places["area_id"]) & set(named_areas()["unit_id"])
    known = set(gc.countries()["country"])
    assert set(places["country"]) - {""} <= known
    assert places["source"].str.startswith("https://").all()
    assert (places["definition"].str.len() > 20).all()


@pytest.mark.parametrize("query", ["Shebaa Farms", "area:area-c", "Зміїний", "Dokdo"])
def test_lookup_says_a_place_has_no_boundary(query):
    with pytest.raises(gc.NoBoundaryError) as info:
        gc.lookup(query)
    assert isinstance(info.value, gc.UnknownRegionError)
    message = str(info.value)
    assert repr(query) in message
    assert "no polygon" in message
    assert info.value.area_id in set(named_places()["area_id"])


def test_a_figure_about_a_place_without_a_boundary_cannot_be_told():
    text = (
        "Israel captured the Shebaa Farms in 1967. The strip covers about 25 km². "
        "Palestinians may build on less than 1% of Area C."
    )
    verdicts = gc.check_claims(text)
    assert [v.status for v in verdicts] == ["cannot tell", "cannot tell"]
    assert [v.undrawn for v in verdicts] == [("Shebaa Farms",), ("Area C",)]
    assert "has no boundary" in verdicts[0].summary
    assert "Shebaa Farms" in verdicts[0].text


def test_a_figure_about_a_drawn_region_beside_a_place_is_still_checked():
    text = "Russia gave up Snake Island. Crimea covers about 4.5% of Ukraine."
    (verdict,) = gc.check_claims(text)
    assert verdict.undrawn == ()
    assert verdict.status == "holds"  # the Autonomous Republic is 4.3% of Ukraine


def test_area_share_of_a_text_leaves_the_place_out_with_a_warning():
    frame = find_regions("Snake Island and the Zaporizhzhia region were shelled.")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        share = gc.area_share(frame, of="Ukraine")
    assert list(share.to_frame()["name"]) == ["Zaporizhzhia"]
    assert any("Snake Island" in str(w.message) for w in caught)


def test_the_report_highlights_the_place_and_draws_nothing_for_it():
    page = gc.report("Israel captured the Shebaa Farms in 1967. They cover about 25 km².")
    assert re.search(r'title="Shebaa Farms \(SYR\), area, no boundary in the data"', page.html)
    assert page.verdicts[0].status == "cannot tell"


def test_a_compass_word_in_lower_case_before_a_unit_is_the_units_part():
    assert _areas("Fighting resumed in western Tigray.") == []
    assert _areas("Fighting resumed in Western Tigray.") == [
        ("Western Tigray", "area:western-tigray")
    ]
    # a named area whose own name follows the compass word keeps it
    assert _areas("Japan claims the southern Kuril Islands.") == [
        ("southern Kuril Islands", "area:kuril-islands")
    ]


@pytest.mark.parametrize(
    ("text", "of"),
    [
        ("In the Mykolaiv region only the Kinburn Spit, roughly 1% of the oblast, remains "
         "occupied.", "UA-48"),
        ("Amhara forces hold Western Tigray in the Tigray region, around a quarter of the "
         "region's territory.", "ET-TI"),
        ("Palestinians may build on less than 1% of Area C.", "area:area-c"),
    ],
)  # fmt: skip
def test_a_place_without_a_boundary_is_a_whole_only_when_named_as_one(text, of):
    (claim,) = gc.find_claims(text)
    assert claim.of == of


@pytest.mark.parametrize(
    ("text", "surface", "iso"),
    [
        ("Attacks by CODECO militias continue in Ituri.", "Ituri", "CD-IT"),
        ("Somaliland lost much of the Sool region in 2023.", "Sool region", "SO-SO"),
        ("Сепаратисты контролируют Сокотру с 2020 года.", "Сокотру", "YE-SU"),
        ("Taipei's outlying islands of Kinmen, Matsu and Penghu.", "Matsu", "TW-LIE"),
        ("The RSF pushed into West Kordofan.", "West Kordofan", "SD-GK"),
        ("Papua was split in 2022, with South Papua and Central Papua.", "South Papua", "ID-PS"),
        ("Voters in the Bangsamoro Autonomous Region in Muslim Mindanao chose.",
         "Bangsamoro Autonomous Region in Muslim Mindanao", "PH-14"),
    ],
)
def test_a_unit_newer_than_the_boundaries_is_a_region_without_a_boundary(text, surface, iso):
    # Ituri has been a province (CD-IT) since 2015; the 1:10m boundaries still have
    # Orientale. It is the region by its ISO 3166-2 code, and has no boundary.
    df = find_regions(text)
    row = df[df.surface == surface].iloc[0]
    assert (row.kind, row.iso_3166_2) == ("region", iso)
    assert row.unit_id in set(named_places()["area_id"])
    assert named_places().set_index("area_id").at[row.unit_id, "iso_3166_2"] == iso
    with pytest.raises(gc.NoBoundaryError):
        gc.lookup(row.unit_id)
    with pytest.raises(gc.NoBoundaryError, match=re.escape(repr(iso))):
        gc.lookup(iso)  # by its ISO 3166-2 code too


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Puntland and SSC-Khatumo contest the east.", [("Puntland", "area:puntland")]),
        # named places added with the 142nd to 144th dev sets' kinds (not the villages of
        # Demchok and Badme, towns the data has no row for)
        ("Turkish-backed forces have held the Afrin district since 2018, and patrols "
         "resumed in Demchok.", [("Afrin district", "area:afrin-district")]),
        ("Talks on the Preševo Valley stalled as drones hit North Waziristan.",
         [("Preševo Valley", "area:presevo-valley"),
          ("North Waziristan", "area:north-waziristan")]),
        ("The MNDAA took Kokang in 2023.", [("Kokang", "area:kokang")]),
        ("Ізраїль увів війська в зону між Голанськими висотами та рештою Сирії.",
         [("Голанськими висотами", "area:golan-heights")]),
    ],
)  # fmt: skip
def test_member_states_zones_and_plural_case_forms(text, expected):
    assert _areas(text) == expected


def test_a_district_named_after_a_town_is_no_city_unit():
    # Cyprus's districts bear their towns' names but are no cities (ISO type District);
    # a district that is a national capital is (Bamako).
    df = find_regions("Some 11,000 Cypriots live in villages near Limassol and Larnaca.")
    assert list(df["kind"]) == ["city", "city"]
    df = find_regions("BAMAKO, Sept 30 (Reuters) — A fuel blockade paralysed traffic.")
    assert (df["kind"].iloc[0], df["iso_3166_2"].iloc[0]) == ("region", "ML-BKO")


@pytest.mark.parametrize(
    ("text", "surface", "area_id"),
    [
        # historical regions ceded in the treaties after 1848 and 1918
        ("The Mexican Cession covered about 529,000 square miles.", "Mexican Cession", "area:mexican-cession"),
        ("The 1853 Gadsden Purchase added a strip of Arizona.", "Gadsden Purchase", "area:gadsden-purchase"),
        ("Slovakia and Carpathian Ruthenia went to Czechoslovakia.", "Carpathian Ruthenia", "area:carpathian-ruthenia"),
        ("автономна Підкарпатська Русь отримала власний уряд", "Підкарпатська Русь", "area:carpathian-ruthenia"),
        ("including Transylvania and the eastern Banat", "Banat", "area:banat"),
        ("it was rewarded with southern Slovakia and Bačka", "Bačka", "area:backa"),
        ("a 50-year lease on the Porkkala peninsula", "Porkkala peninsula", "area:porkkala"),
    ],
)
def test_historical_regions_ceded_are_named_places(text, surface, area_id):
    df = find_regions(text)
    assert (surface, area_id) in list(zip(df["surface"], df["unit_id"], strict=True))
