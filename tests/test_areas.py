"""Tests for geoclaims.areas: geodesic areas (known answers) and shares of a country."""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box

from geoclaims import InvalidInputError
from geoclaims.areas import geodesic_area

# WGS84 ellipsoid
A = 6378137.0
F = 1 / 298.257223563
E2 = F * (2 - F)
E = math.sqrt(E2)


def _g(lat_deg: float) -> float:
    s = math.sin(math.radians(lat_deg))
    return s / (1 - E2 * s * s) + math.log((1 + E * s) / (1 - E * s)) / (2 * E)


def cell_km2(lon0: float, lat0: float, lon1: float, lat1: float) -> float:
    """Closed-form area of a lat/lon cell on the WGS84 ellipsoid (km²).

    The area between the equator and latitude φ over Δλ radians is Δλ·a²(1−e²)/2·g(φ)
    with g(φ) = sinφ/(1−e²sin²φ) + ln((1+e sinφ)/(1−e sinφ))/(2e): Snyder, "Map
    Projections: A Working Manual", USGS Professional Paper 1395 (1987), eq. 3-12 (q).
    """
    dlon = math.radians(lon1 - lon0)
    return dlon * A * A * (1 - E2) / 2 * (_g(lat1) - _g(lat0)) / 1e6


def cell(lon0: float, lat0: float, lon1: float, lat1: float, n: int = 2000) -> Polygon:
    """A lat/lon cell whose parallels are densified, so geodesic edges follow them."""
    lons = np.linspace(lon0, lon1, n)
    south = np.column_stack([lons, np.full(n, lat0)])
    north = np.column_stack([lons[::-1], np.full(n, lat1)])
    return Polygon(np.vstack([south, north]))


# -- known answers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "bounds",
    [(30, 48, 31, 49), (0, 0, 1, 1), (-75, -60, -70, -55), (10, 70, 12, 71), (37.5, 47, 40, 50)],
)
def test_cell_matches_closed_form(bounds):
    # reference: the closed-form ellipsoidal zone formula above; tolerance 0.01 % (issue 4)
    expected = cell_km2(*bounds)
    assert geodesic_area(cell(*bounds)) == pytest.approx(expected, rel=1e-4)


def test_octant_is_an_eighth_of_the_ellipsoid():
    # All edges are geodesics (two meridians and the equator), so no densifying is needed.
    # Reference: WGS84 surface area 510,065,621.7 km² (closed form 2πa²(1 + (1−e²)/e·atanh e)).
    total = 2 * math.pi * A * A * (1 + (1 - E2) / E * math.atanh(E)) / 1e6
    assert total == pytest.approx(510_065_621.7, rel=1e-9)
    octant = Polygon([(0, 0), (90, 0), (90, 90), (0, 90)])
    assert geodesic_area(octant) == pytest.approx(total / 8, rel=1e-9)


def test_orientation_does_not_matter():
    poly = cell(30, 48, 31, 49)
    reversed_poly = Polygon(list(poly.exterior.coords)[::-1])
    assert geodesic_area(poly) == pytest.approx(geodesic_area(reversed_poly), rel=1e-12)
    assert geodesic_area(shapely.orient_polygons(poly, exterior_cw=True)) == pytest.approx(
        geodesic_area(poly), rel=1e-12
    )


@pytest.mark.parametrize("hole_reversed", [False, True])
@pytest.mark.parametrize("outer_reversed", [False, True])
def test_square_with_hole(outer_reversed, hole_reversed):
    outer = list(cell(30, 46, 34, 50).exterior.coords)
    hole = list(cell(31, 47, 33, 49).exterior.coords)
    outer = outer[::-1] if outer_reversed else outer
    hole = hole[::-1] if hole_reversed else hole
    expected = cell_km2(30, 46, 34, 50) - cell_km2(31, 47, 33, 49)
    assert geodesic_area(Polygon(outer, [hole])) == pytest.approx(expected, rel=1e-4)


def test_multipolygon_is_sum_of_parts():
    a, b = cell(30, 46, 31, 47), cell(40, 10, 42, 11)
    multi = MultiPolygon([a, Polygon(list(b.exterior.coords)[::-1])])
    expected = cell_km2(30, 46, 31, 47) + cell_km2(40, 10, 42, 11)
    assert geodesic_area(multi) == pytest.approx(expected, rel=1e-4)


def test_geometry_collection_counts_polygons_only():
    coll = shapely.GeometryCollection(
        [cell(30, 46, 31, 47), Point(0, 0), LineString([(0, 0), (1, 1)])]
    )
    assert geodesic_area(coll) == pytest.approx(cell_km2(30, 46, 31, 47), rel=1e-4)


def test_across_the_antimeridian():
    # a ring from 179°E to 179°W is 2° wide, not 358°
    poly = Polygon([(179, 60), (-179, 60), (-179, 61), (179, 61)])
    assert geodesic_area(poly) == pytest.approx(geodesic_area(box(0, 60, 2, 61)), rel=1e-9)


def test_points_lines_and_empty_are_zero_missing_is_nan():
    out = geodesic_area([Point(1, 1), LineString([(0, 0), (1, 1)]), Polygon(), None])
    assert out[:3].tolist() == [0.0, 0.0, 0.0]
    assert math.isnan(out[3])


def test_geoseries_keeps_index_and_reprojects():
    s = gpd.GeoSeries([cell(30, 48, 31, 49), box(0, 0, 1, 1)], index=["a", "b"], crs=4326)
    expected = geodesic_area(s)
    assert list(expected.index) == ["a", "b"]
    assert expected.name == "area_km2"
    projected = geodesic_area(s.to_crs(3035))  # an equal-area LAEA Europe
    # reprojection moves the densified vertices by far less than a metre
    pd.testing.assert_series_equal(projected, expected, rtol=1e-6)
    gdf = gpd.GeoDataFrame({"x": [1, 2]}, geometry=s.values, index=s.index, crs=4326)
    pd.testing.assert_series_equal(geodesic_area(gdf), expected)


def test_projected_coordinates_without_crs_are_refused():
    s = gpd.GeoSeries([box(3_000_000, 2_000_000, 3_100_000, 2_100_000)])
    with pytest.raises(InvalidInputError, match="latitude beyond"):
        geodesic_area(s)


@pytest.mark.parametrize("bad", ["Donetsk", 42, [box(0, 0, 1, 1), "x"]])
def test_bad_input_types(bad):
    with pytest.raises(InvalidInputError, match="geodesic_area"):
        geodesic_area(bad)


@settings(max_examples=40, deadline=None)
@given(
    lon=st.floats(-179, 170),
    lat=st.floats(-80, 75),
    w=st.floats(0.01, 5),
    h=st.floats(0.01, 5),
    split=st.floats(0.1, 0.9),
)
def test_random_cells_match_closed_form_and_add_up(lon, lat, w, h, split):
    # reference: the closed-form formula (Snyder 1987); tolerance 0.01 %
    cut = lon + w * split
    left, right = cell(lon, lat, cut, lat + h, 500), cell(cut, lat, lon + w, lat + h, 500)
    expected = cell_km2(lon, lat, lon + w, lat + h)
    assert geodesic_area(cell(lon, lat, lon + w, lat + h, 1000)) == pytest.approx(
        expected, rel=1e-4
    )
    assert geodesic_area([left, right]).sum() == pytest.approx(expected, rel=1e-4)
