"""Tests for geoclaims.layers.read_layer: formats, CRS rules, filters, repairs, bad input."""

from __future__ import annotations

import http.server
import json
import socket
import threading
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely
from shapely.geometry import LineString, Point, Polygon, box

from geoclaims import InvalidInputError, LayerError
from geoclaims.areas import geodesic_area
from geoclaims.layers import read_layer

HELD = box(37.0, 47.0, 38.5, 48.5)


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    """Downloads go to a per-test cache, never the user's."""
    monkeypatch.setenv("GEOCLAIMS_CACHE_DIR", str(tmp_path / "cache"))


FREE = box(35.0, 49.0, 36.0, 50.0)


@pytest.fixture
def layer() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {"status": ["occupied", "liberated"], "date": ["2022-09-01", "2022-09-01"]},
        geometry=[HELD, FREE],
        crs=4326,
    )


def _write(gdf: gpd.GeoDataFrame, path: Path) -> Path:
    if path.suffix == ".parquet":
        gdf.to_parquet(path)
    else:
        driver = {".geojson": "GeoJSON", ".gpkg": "GPKG", ".shp": "ESRI Shapefile", ".kml": "KML"}
        gdf.to_file(path, driver=driver[path.suffix])
    return path


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".shp", ".kml", ".parquet"])
def test_formats_round_trip(tmp_path, layer, suffix):
    path = _write(layer, tmp_path / f"control{suffix}")
    out = read_layer(path)
    assert out.crs.to_epsg() == 4326
    assert len(out) == 2
    assert list(out["status"]) == ["occupied", "liberated"]
    assert geodesic_area(out).tolist() == pytest.approx(geodesic_area(layer).tolist(), rel=1e-9)
    assert out.attrs["source"] == str(path)


def test_projected_layer_is_reprojected(tmp_path, layer):
    path = _write(layer.to_crs(3035), tmp_path / "laea.gpkg")
    out = read_layer(str(path))
    assert out.crs.to_epsg() == 4326
    np.testing.assert_allclose(out.total_bounds, layer.total_bounds, atol=1e-6)
    # an equal-area projection's straight edges differ a little from geodesic ones
    assert geodesic_area(out).tolist() == pytest.approx(geodesic_area(layer).tolist(), rel=1e-3)


def test_shapefile_without_prj_is_refused(tmp_path, layer):
    path = _write(layer, tmp_path / "noprj.shp")
    path.with_suffix(".prj").unlink()
    with pytest.raises(LayerError, match="no coordinate reference system"):
        read_layer(path)


def test_geodataframe_without_crs_is_refused(layer):
    with pytest.raises(LayerError, match="set_crs"):
        read_layer(layer.set_crs(None, allow_override=True))


def _feature_collection(*coords_lists) -> dict:
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"n": i},
                "geometry": {"type": "Polygon", "coordinates": [c]},
            }
            for i, c in enumerate(coords_lists)
        ],
    }


def test_geojson_without_crs_is_wgs84(tmp_path):
    ring = [[37, 47], [38, 47], [38, 48], [37, 48], [37, 47]]
    path = tmp_path / "plain.geojson"
    path.write_text(json.dumps(_feature_collection(ring)))
    out = read_layer(path)
    assert out.crs.to_epsg() == 4326
    assert out.geometry.iloc[0].equals(box(37, 47, 38, 48))


def test_geojson_with_projected_coordinates_is_refused(tmp_path):
    # metres (e.g. Web Mercator) written without a CRS: RFC 7946 says lon/lat
    ring = [[4_100_000, 5_900_000], [4_200_000, 5_900_000], [4_200_000, 6_000_000],
            [4_100_000, 5_900_000]]  # fmt: skip
    path = tmp_path / "metres.geojson"
    path.write_text(json.dumps(_feature_collection(ring)))
    with pytest.raises(LayerError, match="outside longitude/latitude"):
        read_layer(path)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("truncated.geojson", '{"type": "FeatureCollection", "features": [{"type": "Feat'),
        ("garbage.gpkg", "this is not a geopackage at all\n" * 20),
        ("garbage.kml", "<kml><Document><Placemark><Polygon>"),
    ],
)
def test_malformed_files(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(LayerError, match="Could not read") as info:
        read_layer(path)
    assert name in str(info.value)
    assert info.value.__cause__ is not None  # the library's own error is kept as the cause


def test_malformed_parquet(tmp_path):
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 nothing else")
    with pytest.raises(LayerError, match="GeoParquet"):
        read_layer(path)


def test_missing_and_zero_byte_files(tmp_path):
    with pytest.raises(LayerError, match="No layer file"):
        read_layer(tmp_path / "nowhere.geojson")
    empty = tmp_path / "empty.geojson"
    empty.write_bytes(b"")
    with pytest.raises(LayerError, match="empty"):
        read_layer(empty)


def test_layer_without_features(tmp_path):
    path = tmp_path / "none.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": []}))
    with pytest.raises(LayerError, match="no features"):
        read_layer(path)


def test_points_and_lines_only_are_refused(tmp_path):
    gdf = gpd.GeoDataFrame(geometry=[Point(37, 47), LineString([(37, 47), (38, 48)])], crs=4326)
    path = _write(gdf, tmp_path / "points.gpkg")
    with pytest.raises(LayerError, match="no polygons"):
        read_layer(path)


def test_mixed_layer_keeps_polygons_and_warns(layer):
    mixed = gpd.GeoDataFrame(
        {"status": ["occupied", "city"]}, geometry=[HELD, Point(37.5, 47.5)], crs=4326
    )
    with pytest.warns(UserWarning, match="left out 1 feature"):
        out = read_layer(mixed)
    assert list(out["status"]) == ["occupied"]


def test_invalid_polygons_are_repaired_with_a_count():
    bowtie = Polygon([(37, 47), (38, 48), (38, 47), (37, 48)])  # self-intersecting
    gdf = gpd.GeoDataFrame({"status": ["a", "b"]}, geometry=[bowtie, HELD], crs=4326)
    assert not bowtie.is_valid
    with pytest.warns(UserWarning, match="repaired 1 invalid polygon"):
        out = read_layer(gdf)
    assert out.geometry.is_valid.all()
    assert out.geom_type.isin(["Polygon", "MultiPolygon"]).all()
    # the two triangles of the bow-tie: a quarter of the 1°×1° cell each
    assert geodesic_area(out.geometry.iloc[0]) == pytest.approx(
        geodesic_area(box(37, 47, 38, 48)) / 2, rel=1e-3
    )


def test_z_coordinates_are_dropped():
    poly_z = shapely.force_3d(HELD, 100.0)
    out = read_layer(gpd.GeoDataFrame(geometry=[poly_z], crs=4326))
    assert not out.geometry.has_z.any()


def test_where_dict(layer):
    assert list(read_layer(layer, where={"status": "OCCUPIED"})["status"]) == ["occupied"]
    both = read_layer(layer, where={"status": ["occupied", "liberated"]})
    assert len(both) == 2
    with pytest.raises(LayerError, match="no column 'state'") as info:
        read_layer(layer, where={"state": "occupied"})
    assert "'status'" in str(info.value)
    with pytest.raises(LayerError, match="holds") as info:
        read_layer(layer, where={"status": "contested"})
    assert "'liberated'" in str(info.value)


def test_where_sql_on_a_file(tmp_path, layer):
    path = _write(layer, tmp_path / "control.gpkg")
    out = read_layer(path, where="status = 'liberated'")
    assert list(out["status"]) == ["liberated"]
    with pytest.raises(LayerError, match="where="):
        read_layer(path, where="no_such_column = 1")
    with pytest.raises(LayerError, match="no features"):
        read_layer(path, where="status = 'contested'")


def test_where_of_the_wrong_kind(layer):
    with pytest.raises(InvalidInputError, match="SQL"):
        read_layer(layer, where="status = 'occupied'")
    with pytest.raises(InvalidInputError, match="where must be"):
        read_layer(layer, where=["status"])


def test_source_of_the_wrong_kind():
    with pytest.raises(InvalidInputError, match="path"):
        read_layer(42)


def test_snapshot_dates():
    gdf = gpd.GeoDataFrame(
        {"date": ["2022-03-01", "2022-03-01", "2022-09-01"], "n": [1, 2, 3]},
        geometry=[HELD, FREE, box(36, 47, 37, 48)],
        crs=4326,
    )
    assert list(read_layer(gdf, date="2022-06-30")["n"]) == [1, 2]
    assert list(read_layer(gdf, date="2022-09-01")["n"]) == [3]
    assert len(read_layer(gdf)) == 3  # no date: the whole layer
    with pytest.raises(LayerError, match="on or before 2021-01-01"):
        read_layer(gdf, date="2021-01-01")


def test_period_dates():
    gdf = gpd.GeoDataFrame(
        {"valid_from": ["2022-02-24", "2022-04-01"], "valid_to": ["2022-11-11", None], "n": [1, 2]},
        geometry=[HELD, FREE],
        crs=4326,
    )
    assert list(read_layer(gdf, date="2022-03-15")["n"]) == [1]
    assert list(read_layer(gdf, date="2022-10-01")["n"]) == [1, 2]
    assert list(read_layer(gdf, date="2023-01-01")["n"]) == [2]
    with pytest.raises(LayerError, match="valid on 2022-01-01"):
        read_layer(gdf, date="2022-01-01")


def test_an_empty_end_in_a_csv_is_open(tmp_path):
    # a CSV writes an open period's end as an empty cell, not a null
    path = tmp_path / "periods.csv"
    path.write_text(
        "valid_from,valid_to,n,geometry\n"
        f'2022-02-24,2022-11-11,1,"{HELD.wkt}"\n'
        f'2022-04-01,,2,"{FREE.wkt}"\n',
        encoding="utf-8",
    )
    assert list(read_layer(path, date="2023-01-01")["n"].astype(int)) == [2]
    assert list(read_layer(path, date="2022-10-01")["n"].astype(int)) == [1, 2]


def test_bad_dates_in_the_layer():
    gdf = gpd.GeoDataFrame({"date": ["soon"]}, geometry=[HELD], crs=4326)
    with pytest.raises(LayerError, match="not dates"):
        read_layer(gdf, date="2022-01-01")


def test_multi_layer_geopackage(tmp_path, layer):
    path = tmp_path / "two.gpkg"
    layer.iloc[[0]].to_file(path, layer="occupied", driver="GPKG")
    layer.iloc[[1]].to_file(path, layer="liberated", driver="GPKG")
    both = read_layer(path)
    assert sorted(both["layer"]) == ["liberated", "occupied"]
    assert list(read_layer(path, where={"layer": "occupied"})["status"]) == ["occupied"]
    assert list(read_layer(path, layer="liberated")["status"]) == ["liberated"]


# -- URLs: only local servers, never the internet ---------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_url():
    port = _free_port()  # bound then closed: nothing listens there
    with pytest.raises(LayerError, match="Could not fetch"):
        read_layer(f"http://127.0.0.1:{port}/control.geojson", timeout=2)


def test_url_that_never_answers_times_out():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)  # accepts the connection in the backlog, never replies
        port = server.getsockname()[1]
        with pytest.raises(LayerError, match=r"timed out after 0\.3 s"):
            read_layer(f"http://127.0.0.1:{port}/control.geojson", timeout=0.3)


def test_url_served_locally(tmp_path, layer):
    _write(layer, tmp_path / "control.geojson")
    _write(layer, tmp_path / "control.parquet")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(tmp_path), **kwargs)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        out = read_layer(f"{base}/control.geojson", where={"status": "occupied"}, timeout=5)
        assert len(out) == 1 and out.crs.to_epsg() == 4326
        assert len(read_layer(f"{base}/control.parquet", timeout=5)) == 2
        with pytest.raises(LayerError, match="404"):
            read_layer(f"{base}/missing.geojson", timeout=5)
    finally:
        server.shutdown()
        server.server_close()


# -- a large layer -----------------------------------------------------------------------------


@pytest.mark.slow
def test_fifty_megabyte_layer(tmp_path):
    # a 40 × 50 grid of 0.1° cells over eastern Ukraine, each with 1,080 vertices
    rng = np.random.default_rng(0)
    features = []
    n = 270
    for i in range(40):
        for j in range(50):
            x0, y0 = 33 + i * 0.1, 46 + j * 0.1
            t = np.linspace(0, 0.1, n, endpoint=False)
            ring = np.vstack(
                [
                    np.column_stack([x0 + t, np.full(n, y0)]),
                    np.column_stack([np.full(n, x0 + 0.1), y0 + t]),
                    np.column_stack([x0 + 0.1 - t, np.full(n, y0 + 0.1)]),
                    np.column_stack([np.full(n, x0), y0 + 0.1 - t]),
                    [[x0, y0]],
                ]
            )
            features.append(
                {
                    "type": "Feature",
                    "properties": {"i": i, "j": j, "status": str(rng.choice(["held", "free"]))},
                    "geometry": {"type": "Polygon", "coordinates": [ring.round(12).tolist()]},
                }
            )
    path = tmp_path / "big.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    assert path.stat().st_size > 50e6
    out = read_layer(path)
    assert len(out) == 2000
    # reference: the grid covers the cell 33–37°E, 46–51°N, whose area on the WGS84
    # ellipsoid has a closed form (Snyder 1987, eq. 3-12; see test_areas.cell_km2)
    a, f = 6378137.0, 1 / 298.257223563
    e2 = f * (2 - f)
    e = e2**0.5

    def g(lat):
        s = np.sin(np.radians(lat))
        return s / (1 - e2 * s * s) + np.log((1 + e * s) / (1 - e * s)) / (2 * e)

    expected = np.radians(4) * a * a * (1 - e2) / 2 * (g(51) - g(46)) / 1e6
    assert geodesic_area(out).sum() == pytest.approx(expected, rel=1e-4)
    assert set(out["status"]) == {"held", "free"}


def test_features_left_out_for_no_date_or_no_geometry_are_said(tmp_path):
    # a snapshot column with an empty date, and a feature with no geometry: both left
    # out, and each said once
    layer = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {"date": "2024-08-10"},
             "geometry": shapely.geometry.mapping(HELD)},
            {"type": "Feature", "properties": {"date": None},
             "geometry": shapely.geometry.mapping(FREE)},
            {"type": "Feature", "properties": {"date": "2024-08-10"}, "geometry": None},
        ],
    }  # fmt: skip
    path = tmp_path / "gaps.geojson"
    path.write_text(json.dumps(layer), encoding="utf-8")
    with pytest.warns(UserWarning) as caught:
        out = read_layer(path, date="2024-08-12")
    said = sorted(str(w.message) for w in caught)
    assert len(out) == 1
    assert any("1 feature(s)" in m and "no date in column 'date'" in m for m in said), said
    assert any("1 feature(s)" in m and "no geometry" in m for m in said), said


def test_an_unclosed_ring_is_refused_in_geoclaims_words_only(tmp_path):
    # GDAL's RuntimeWarning naming one of its settings does not reach the caller; the
    # refusal says how to close the ring
    path = tmp_path / "unclosed.geojson"
    ring = [[35, 51], [35.3, 51], [35.3, 51.3], [35, 51.3]]
    path.write_text(
        json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature",
                    "properties": {}, "geometry": {"type": "Polygon", "coordinates": [ring]}}]}),
        encoding="utf-8",
    )  # fmt: skip
    with pytest.raises(InvalidInputError, match="every ring closes"):
        read_layer(path)


def test_a_where_value_that_matches_nothing_beside_others_is_warned_of(layer):
    # an ISW legend value cut at its comma keeps the other value's ground only
    with pytest.warns(UserWarning, match=r"\['before February 24'\] matched no feature"):
        out = read_layer(layer, where={"status": ["occupied", "before February 24"]})
    assert list(out["status"]) == ["occupied"]


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        # a quoted value keeps its comma
        (['layer="held before February 24, 2022",assessed'],
         {"layer": ["held before February 24, 2022", "assessed"]}),
        (["layer='A, B',C"], {"layer": ["A, B", "C"]}),
        # a key given twice adds its values
        (["layer=A,B", "layer=C"], {"layer": ["A", "B", "C"]}),
        (["status=occupied"], {"status": "occupied"}),
    ],
)  # fmt: skip
def test_cli_where_values(pairs, expected):
    from geoclaims.cli import _where

    assert _where(pairs) == expected


@pytest.mark.parametrize(
    ("held", "freed"),
    [("оккупировано", "освобождено"), ("Окуповано", "Звільнено"), ("occupied", "liberated")],
)
def test_ukrainian_and_russian_status_words_are_the_statuses(held, freed):
    from geoclaims.layers import held_layer

    frame = gpd.GeoDataFrame(
        {"status": [held, freed]}, geometry=[box(37, 47, 38, 48), box(30, 49, 31, 50)], crs=4326
    )
    with pytest.warns(UserWarning, match="not held ground"):
        out = held_layer(frame)
    assert len(out) == 1 and out.geometry.iloc[0].equals(box(37, 47, 38, 48))


def test_a_status_column_of_country_codes_is_warned_of():
    from geoclaims.layers import held_layer

    frame = gpd.GeoDataFrame(
        {"status": ["RU", "UA"]}, geometry=[box(37, 47, 38, 48), box(30, 49, 31, 50)], crs=4326
    )
    with pytest.warns(UserWarning, match="naming 2 countries as holders"):
        held_layer(frame)


def test_a_column_naming_the_force_holding_each_polygon_is_warned_of():
    from geoclaims.layers import held_layer

    frame = gpd.GeoDataFrame(
        {"actor": ["RSF", "SAF", "SPLM-N"]},
        geometry=[box(22, 10, 30, 16), box(30, 14, 38, 20), box(29, 10, 31, 12)],
        crs=4326,
    )
    with pytest.warns(UserWarning, match=r"column 'actor' naming 3 holders"):
        held_layer(frame)


def test_an_unbuildable_geometry_names_the_file_and_the_feature(tmp_path):
    # "A geometry cannot be built or used" named neither the layer nor the feature
    path = tmp_path / "held.geojson"
    good = [[35, 51], [35.3, 51], [35.3, 51.3], [35, 51]]
    bad = [[36, 51], [36.3, 51], [36.3, 51.3]]
    features = [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [r]}}
        for r in (good, good, bad)
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    with pytest.raises(InvalidInputError, match=r"held\.geojson.*feature 3 \(counted from 1\)"):
        read_layer(path)
