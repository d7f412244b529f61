"""Shortcuts on the cold path give what the long way gives.

The units file's CRS read through its EPSG code is the CRS its PROJJSON describes; a
look-up whose unknown name is caught by the caller skips the suggestions, and only that.
"""

import json

import pyarrow.parquet as pq
import pytest
from pyproj import CRS

from geoclaims import UnknownCountryError, UnknownRegionError, boundaries


def test_the_units_file_crs_is_the_one_its_projjson_describes():
    meta = json.loads(pq.read_schema(boundaries._data_path("units.parquet")).metadata[b"geo"])
    spec = meta["columns"][meta["primary_column"]]["crs"]
    fast = boundaries._file_crs(spec)
    assert fast.to_json_dict() == CRS.from_user_input(spec).to_json_dict()
    assert fast.to_wkt() == CRS.from_user_input(spec).to_wkt()


def test_a_projjson_whose_code_names_another_crs_is_parsed_in_full():
    spec = CRS.from_epsg(3035).to_json_dict()
    spec["id"] = {"authority": "EPSG", "code": 4326}  # a wrong id: the name disagrees
    assert boundaries._file_crs(spec).to_json_dict()["name"] == CRS.from_epsg(3035).name


def test_a_caught_lookup_skips_suggestions_and_only_inside_the_block():
    with pytest.raises(UnknownRegionError) as outside:
        boundaries.lookup("Donetsx", country="UA")
    assert "Donetsk" in outside.value.suggestions  # the long way suggests
    with boundaries._without_suggestions(), pytest.raises(UnknownRegionError) as inside:
        boundaries.lookup("Donetsx", country="UA")
    assert inside.value.suggestions == []
    with boundaries._without_suggestions(), pytest.raises(UnknownCountryError):
        boundaries.resolve_country("Ukrainee")
    with pytest.raises(UnknownRegionError) as after:
        boundaries.lookup("Donetsx", country="UA")
    assert after.value.suggestions == outside.value.suggestions
