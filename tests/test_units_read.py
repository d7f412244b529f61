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


def test_a_few_units_read_only_their_row_groups(whole):
    import pyarrow.parquet as pq

    boundaries._unit_file.cache_clear()
    boundaries._decoded.cache_clear()
    try:
        with pq.ParquetFile(boundaries._data_path("units.parquet")) as pf:
            assert pf.num_row_groups > 4  # written in groups by scripts/build_boundaries.py
        idx = boundaries._unit_index()
        got = boundaries._unit_geometries([idx["UA-14"], idx["UA-09"]])
        assert len(boundaries._unit_file()[1]._groups) <= 2  # not the whole file
        by_id = whole.set_index("unit_id")
        assert got[0].equals_exact(by_id.at["UA-14", "geometry"], tolerance=0.0)
        assert got[1].equals_exact(by_id.at["UA-09", "geometry"], tolerance=0.0)
    finally:
        boundaries._unit_file.cache_clear()
        boundaries._decoded.cache_clear()
        boundaries._unit_index.cache_clear()
