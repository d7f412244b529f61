"""Control layers in the forms users hand them over, and layers that miss the country."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from shapely.geometry import box, mapping

from geoclaims import InvalidInputError, check_claims
from geoclaims.areas import area_share, geodesic_area
from geoclaims.boundaries import lookup
from geoclaims.layers import read_layer


@pytest.fixture(scope="module")
def west_half():
    """The western half of Donetsk oblast's bounding box, clipped to the oblast."""
    donetsk = lookup("Donetsk").geometry.iloc[0]
    minx, miny, maxx, maxy = donetsk.bounds
    return shapely.intersection(donetsk, box(minx, miny, (minx + maxx) / 2, maxy))


def _swapped(geom):
    """The geometry with its two axes swapped (a layer written as latitude, longitude)."""
    coords = shapely.get_coordinates(geom)
    return shapely.set_coordinates(geom, coords[:, ::-1])


def test_a_shapely_polygon_and_a_geojson_geometry_are_layers(west_half):
    expected = geodesic_area(west_half)
    by_frame = area_share(
        "Donetsk", of="Ukraine", within=gpd.GeoDataFrame(geometry=[west_half], crs=4326)
    )
    assert by_frame.held_km2 == pytest.approx(expected, rel=1e-6)
    for source in (west_half, mapping(west_half), json.loads(json.dumps(mapping(west_half)))):
        assert area_share("Donetsk", of="Ukraine", within=source).held_km2 == pytest.approx(
            expected, rel=1e-6
        )


def test_a_geojson_point_dict_is_refused_with_its_type():
    with pytest.raises(InvalidInputError, match="'Point'"):
        read_layer({"type": "Point", "coordinates": [37.0, 48.0]})


def test_a_path_under_the_home_folder_is_expanded(tmp_path, monkeypatch, west_half):
    monkeypatch.setenv("HOME", str(tmp_path))
    gpd.GeoDataFrame(geometry=[west_half], crs=4326).to_file(tmp_path / "held.geojson")
    layer = read_layer("~/held.geojson")
    assert len(layer) == 1
    assert Path("~/held.geojson").expanduser().exists()


def test_a_layer_in_latitude_longitude_order_is_noted_not_silently_zero(west_half):
    share = area_share("Donetsk", of="Ukraine", within=_swapped(west_half))
    assert share.held_km2 == 0.0
    (note,) = [n for n in share.notes if "control layer" in n]
    assert "touches UKR" in note and "swapped" in note


def test_a_layer_elsewhere_is_noted_without_the_swap_hint():
    share = area_share("Donetsk", of="Ukraine", within=box(2.0, 48.0, 3.0, 49.0))  # Paris
    (note,) = [n for n in share.notes if "control layer" in n]
    assert "touches UKR" in note and "swapped" not in note


def test_a_layer_inside_the_country_but_off_the_named_regions_gives_no_note(west_half):
    share = area_share("Lviv", of="Ukraine", within=west_half)
    assert share.held_km2 == 0.0
    assert not [n for n in share.notes if "control layer" in n]


def test_a_held_figure_against_a_misplaced_layer_cannot_be_told(west_half):
    text = "Russian forces hold about 15% of Ukraine."
    (verdict,) = check_claims(text, within=_swapped(west_half), as_of="2022-09-20")
    assert verdict.holds is None and verdict.status == "cannot tell"
    assert "lies nowhere on Ukraine" in verdict.summary and "swapped" in verdict.summary
    # the same layer the right way round decides it
    (right,) = check_claims(text, within=west_half, as_of="2022-09-20")
    assert right.holds is False


ISW_LIKE = [
    "Assessed Russian-controlled Ukrainian Territory",
    "Assessed Russian Advances in Ukraine",
    "Claimed Ukrainian Counteroffensives",
]


def _legend_layer(column, values):
    boxes = [box(37.0, 47.5, 38.0, 48.5), box(38.0, 48.0, 38.5, 48.5), box(36.6, 47.0, 37.0, 47.5)]
    return gpd.GeoDataFrame({column: values}, geometry=boxes[: len(values)], crs=4326)


def test_a_layer_that_mixes_held_ground_with_other_legend_values_warns():
    # a control map exported whole (every folder of a KMZ becomes a 'layer' value) would
    # count advances and counter-offensives as held ground
    layer = _legend_layer("layer", ISW_LIKE)
    with pytest.warns(UserWarning, match=r"column 'layer' with 3 control-map values") as rec:
        area_share("Donetsk", of="Ukraine", within=layer, as_of="2023-01-01")
    assert "where={'layer': [...]}" in str(rec[0].message)
    # kept to the held values, it is quiet
    held = read_layer(layer, where={"layer": ISW_LIKE[0]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        area_share("Donetsk", of="Ukraine", within=held, as_of="2023-01-02")


def test_names_that_all_say_held_ground_do_not_warn():
    layer = _legend_layer("name", ["Occupied Donetsk", "Occupied Luhansk"])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        area_share("Donetsk", of="Ukraine", within=layer, as_of="2023-01-03")


@pytest.mark.parametrize(
    ("column", "values"),
    [("control", ["Russia", "Ukraine", "Russia"]), ("holder", ["RU", "UA", "RU"])],
)
def test_a_column_naming_each_polygons_holder_warns(column, values):
    # a hand-made control map: who holds each polygon; all of them counted would count
    # Ukrainian-held ground as held
    layer = _legend_layer(column, values)
    with pytest.warns(UserWarning, match=rf"column '{column}' naming 2 countries as holders"):
        area_share("Donetsk", of="Ukraine", within=layer, as_of="2023-01-04")
    held = read_layer(layer, where={column: values[0]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        area_share("Donetsk", of="Ukraine", within=held, as_of="2023-01-05")


def test_an_unknown_status_among_snapshot_statuses_is_left_out_not_counted():
    # "occupied", "liberated" and one status the reader does not know ("free"): the
    # liberated and the unknown polygons are left out, as with the first two alone
    two = _legend_layer("status", ["occupied", "liberated"])
    three = _legend_layer("status", ["occupied", "liberated", "free"])
    with pytest.warns(UserWarning, match="left out: 'liberated'"):
        a = area_share("Donetsk", of="Ukraine", within=two, as_of="2023-01-06")
    with pytest.warns(UserWarning, match=r"left out: 'liberated' \(1\), 'free' \(1\)"):
        b = area_share("Donetsk", of="Ukraine", within=three, as_of="2023-01-07")
    assert b.held_km2 == pytest.approx(a.held_km2)
    assert b.held_km2 == pytest.approx(geodesic_area(box(37.0, 47.5, 38.0, 48.5)), rel=0.05)
