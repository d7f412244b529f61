"""Units read column by column, polygons decoded on demand, equal the file read whole."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest
from geopandas.testing import assert_geodataframe_equal

from geoclaims import boundaries


@pytest.fixture(scope="module")
def whole() -> gpd.GeoDataFrame:
    """The reference: geopandas' own reading of the shipped file."""
    return gpd.read_parquet(boundaries._data_path("units.parquet"))


def test_the_units_equal_the_file_read_whole(whole):
    assert_geodataframe_equal(boundaries._units(), whole)
    assert boundaries._units().crs == whole.crs
    pd.testing.assert_frame_equal(boundaries._unit_attrs(), whole.drop(columns="geometry"))


def test_some_rows_in_any_order(whole):
    rows = boundaries._unit_rows([5, 3, 100, 3])
    assert_geodataframe_equal(rows, whole.iloc[[5, 3, 100, 3]].reset_index(drop=True))


@pytest.mark.parametrize(
    ("country", "worldview", "as_of"),
    [
        ("UA", "un", None),
        ("UA", "RUS", "2022-10-01"),
        ("RUS", "RUS", "2022-10-01"),
        (None, "un", None),
    ],
)
def test_regions_equal_the_file_read_whole(whole, country, worldview, as_of):
    owners = boundaries._owners(worldview, as_of).to_numpy()
    expected = whole[boundaries.REGION_COLUMNS].copy()
    expected["country"] = owners
    if country is not None:
        expected = expected[expected["country"] == boundaries.resolve_country(country)]
    got = boundaries.regions(country, worldview=worldview, as_of=as_of)
    assert_geodataframe_equal(got, expected.reset_index(drop=True))


def test_lookup_geometry_is_the_units(whole):
    found = boundaries.lookup(["Donetsk", "UA-65", "Bavaria"])
    by_id = whole.set_index("unit_id")
    for uid, geom in zip(found["unit_id"], found.geometry, strict=True):
        assert geom.equals_exact(by_id.at[uid, "geometry"], tolerance=0.0)
