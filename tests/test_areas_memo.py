"""area_share remembers a share asked again, keyed by value; the country outline is unioned alone."""

from __future__ import annotations

import json

import geopandas as gpd
import pytest
import shapely
from shapely.geometry import box, mapping

import geoclaims.areas as areas
from geoclaims.areas import _clear_memo, area_share
from geoclaims.boundaries import countries, lookup


@pytest.fixture
def calls(monkeypatch):
    """Count the shares actually computed (memo misses)."""
    _clear_memo()
    seen: list[object] = []
    compute = areas._area_share

    def counting(*args, **kwargs):
        seen.append(args[0])
        return compute(*args, **kwargs)

    monkeypatch.setattr(areas, "_area_share", counting)
    yield seen
    _clear_memo()


@pytest.mark.parametrize(
    ("country", "worldview", "as_of"),
    [
        ("UKR", "un", "2024-01-01"),
        ("UKR", "RUS", "2022-10-01"),  # four oblasts and Crimea gone
        ("RUS", "RUS", "2022-10-01"),  # ... and added here
        ("GEO", "defacto", "2024-01-01"),
        ("IDN", "un", "2024-01-01"),  # many islands
    ],
)
def test_country_outline_is_the_one_countries_draws(country, worldview, as_of):
    from geoclaims.worldviews import parse_date

    geom, km2, units = areas._country(country, worldview, parse_date(as_of))
    expected = countries(worldview=worldview, as_of=as_of).set_index("country").at[country, "geometry"]
    assert shapely.equals_exact(geom, expected, tolerance=0.0)
    assert km2 == pytest.approx(areas.geodesic_area(expected), rel=1e-12)
    assert len(units) > 0


def test_same_share_twice_is_computed_once(calls):
    first = area_share(["Donetsk", "Luhansk"], of="Ukraine")
    again = area_share(["Donetsk", "Luhansk"], of="UA")  # the same country, resolved first
    assert len(calls) == 1
    assert again.total == first.total and again.total_pct == first.total_pct
    other = area_share(["Donetsk"], of="UA")
    assert len(calls) == 2
    assert other.total < first.total
    area_share(["Donetsk", "Luhansk"], of="UA", worldview="RUS", as_of="2022-10-01")
    assert len(calls) == 3


def test_changing_a_returned_share_does_not_change_the_next(calls):
    first = area_share(["Donetsk", "Luhansk"], of="UA")
    first.units["area_km2"] = 0.0
    again = area_share(["Donetsk", "Luhansk"], of="UA")
    assert len(calls) == 1
    assert (again.units["area_km2"] > 20_000).all()


def test_frames_are_keyed_by_value(calls):
    frame = lookup(["Donetsk", "Luhansk"])
    a = area_share(frame, of="UA")
    b = area_share(frame.copy(), of="UA")
    assert len(calls) == 1 and a.total == b.total
    # the same unit ids with other polygons: a new key, a new answer
    moved = frame.copy()
    moved.loc[0, "geometry"] = box(37.0, 47.5, 38.0, 48.5)
    c = area_share(moved, of="UA")
    assert len(calls) == 2
    assert c.total < a.total


def test_a_layer_frame_changed_in_place_is_measured_again(calls):
    layer = gpd.GeoDataFrame(geometry=[box(37.0, 47.5, 38.0, 48.5)], crs=4326)
    a = area_share(["Donetsk"], of="UA", within=layer)
    area_share(["Donetsk"], of="UA", within=layer)
    assert len(calls) == 1
    layer.loc[0, "geometry"] = box(37.0, 47.5, 37.5, 48.5)
    b = area_share(["Donetsk"], of="UA", within=layer)
    assert len(calls) == 2
    assert b.held_km2 < a.held_km2


def test_a_layer_file_rewritten_is_read_again(calls, tmp_path):
    path = tmp_path / "held.geojson"

    def write(geom) -> None:
        feature = {"type": "Feature", "properties": {}, "geometry": mapping(geom)}
        path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))

    write(box(37.0, 47.5, 38.0, 48.5))
    a = area_share(["Donetsk"], of="UA", within=str(path))
    area_share(["Donetsk"], of="UA", within=path)
    assert len(calls) == 1
    write(box(37.0, 47.5, 37.25, 48.5))  # a different size, so the key changes
    b = area_share(["Donetsk"], of="UA", within=path)
    assert len(calls) == 2
    assert b.held_km2 < a.held_km2


def test_urls_and_unhashable_inputs_are_not_remembered():
    assert areas._memo_key(["Donetsk"], "UKR", "un", None, "https://example.org/x.geojson") is None
    assert areas._memo_key(object(), "UKR", "un", None, None) is None
    assert areas._memo_key(["Donetsk"], "UKR", "un", None, None) is not None


def test_a_frame_with_objects_is_not_remembered():
    frame = lookup(["Donetsk"])
    assert areas._frame_digest(frame) is not None
    frame["extra"] = [["a", "list"]]
    assert areas._frame_digest(frame) is None


def test_a_tiny_change_in_a_number_is_a_new_key():
    frame = lookup(["Donetsk"]).drop(columns="geometry")
    frame["score"] = [0.5]
    other = frame.copy()
    other["score"] = [0.5 + 1e-12]
    assert areas._frame_digest(frame) != areas._frame_digest(other)


def test_frames_of_the_same_units_share_one_computation(calls):
    import pandas as pd

    from geoclaims import find_regions

    mentions = find_regions("Donetsk, Luhansk and Donetsk again, Ukraine said.")
    first = area_share(mentions, of="UA", as_of="2024-01-01")
    # a part as the check builds it: other columns, no repeats, the country row left out
    part = pd.DataFrame({"unit_id": ["UA-14", "UA-09"], "name": ["Donetsk", "Luhansk"]})
    again = area_share(part, of="UA", as_of="2024-01-01")
    assert len(calls) == 1
    pd.testing.assert_frame_equal(again.to_frame(), first.to_frame())
    assert again.total == first.total and again.notes == first.notes
    # the other order is another share (its rows come in that order)
    area_share(part.iloc[::-1], of="UA", as_of="2024-01-01")
    assert len(calls) == 2
    _clear_memo()
    fresh = area_share(part, of="UA", as_of="2024-01-01")
    pd.testing.assert_frame_equal(fresh.to_frame(), first.to_frame())
