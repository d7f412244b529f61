"""Layers from careless or hostile sources: URLs that trickle or flood, cached downloads,
rings across 180°, 0-360° longitudes, metres without a CRS, odd paths.

Only local servers on 127.0.0.1, never the internet.
"""

from __future__ import annotations

import http.server
import json
import socket
import threading
import time
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from shapely.geometry import Polygon, box

from geoclaims import InvalidInputError, LayerError
from geoclaims.areas import geodesic_area
from geoclaims.layers import held_layer, read_layer

T2 = 1663700000
SNAPSHOT = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {"name": "Окуповано /// Occupied", "styleUrl": "#p", "fill": "#a52714"},
            "geometry": {
                "type": "Polygon",
                "coordinates": [[[37, 47, 0], [38, 47, 0], [38, 48, 0], [37, 48, 0], [37, 47, 0]]],
            },
        },
        {
            "type": "Feature",
            "properties": {"name": "town", "styleUrl": "#i", "icon": "i.png"},
            "geometry": {"type": "Point", "coordinates": [37.5, 47.5, 0]},
        },
    ],
}


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("GEOCLAIMS_CACHE_DIR", str(folder))
    return folder


class _Server:
    """A local HTTP server in a thread; ``handler`` answers every GET."""

    def __init__(self, handler):
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                handler(self)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def _serve_bytes(body: bytes):
    def handler(request):
        request.send_response(200)
        request.send_header("Content-Type", "application/geo+json")
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    return handler


def test_snapshot_url_is_cached_and_read_offline_the_second_time(cache):
    body = json.dumps(SNAPSHOT).encode()
    with _Server(_serve_bytes(body)) as base:
        url = f"{base}/api/history/{T2}/geojson"
        first = held_layer(url, "2022-09-21")
    # the server is gone: the second run reads the cached copy
    second = held_layer(url, "2022-09-21")
    for held in (first, second):
        assert len(held) == 1 and held["status"].iloc[0] == "occupied"
        assert held.attrs["snapshot"]["source"] == url
        # the time comes from the Unix time in the API's path
        assert held.attrs["snapshot"]["days_from_as_of"] == pytest.approx(
            -(5 + 6 / 60 + 40 / 3600) / 24, abs=1e-3
        )
    assert [p.stat().st_size for p in cache.iterdir()] == [len(body)]
    with pytest.raises(LayerError, match="Could not fetch"):
        read_layer(url, refresh=True)  # asked to fetch again, and nothing answers


def test_trickling_server_is_cut_at_the_timeout():
    stop = threading.Event()

    def trickle(request):
        request.send_response(200)
        request.send_header("Content-Length", "100000")
        request.end_headers()
        while not stop.is_set():
            try:
                request.wfile.write(b" ")
                request.wfile.flush()
            except OSError:
                return
            time.sleep(0.1)

    with _Server(trickle) as base:
        started = time.monotonic()
        try:
            with pytest.raises(LayerError, match=r"timed out after 1 s"):
                read_layer(f"{base}/slow.geojson", timeout=1)
        finally:
            stop.set()
        assert time.monotonic() - started < 3


def test_flooding_server_is_cut_at_the_size_limit(cache):
    def flood(request):
        request.send_response(200)
        request.end_headers()  # no Content-Length: the size shows only while streaming
        chunk = b"x" * 65536
        try:
            for _ in range(200):  # 13 MB if nobody stops it
                request.wfile.write(chunk)
        except OSError:
            return

    with _Server(flood) as base, pytest.raises(LayerError, match=r"max_bytes=1,000,000"):
        read_layer(f"{base}/big.geojson", max_bytes=1_000_000, timeout=20)
    assert not cache.exists() or not any(cache.iterdir())  # no partial file left


def test_declared_size_over_the_limit():
    with _Server(_serve_bytes(b"{" * 2_000_000)) as base, pytest.raises(LayerError, match="max_b"):
        read_layer(f"{base}/big.geojson", max_bytes=1_000_000)


@pytest.mark.parametrize("timeout", ["abc", [5], -1, 0, float("nan"), float("inf"), True])
def test_bad_timeouts(timeout):
    with pytest.raises(InvalidInputError, match="timeout") as info:
        read_layer(SNAPSHOT, timeout=timeout)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("max_bytes", ["1MB", -5, 0, 1.5])
def test_bad_size_limits(max_bytes):
    with pytest.raises(InvalidInputError, match="max_bytes"):
        read_layer(SNAPSHOT, max_bytes=max_bytes)


def test_urls_are_never_fetched_unless_passed(monkeypatch, tmp_path):
    import geoclaims.layers._fetch as fetch

    def refuse(*args, **kwargs):
        raise AssertionError("network used on a default path")

    monkeypatch.setattr(fetch, "fetch", refuse)
    path = tmp_path / f"{T2}.geojson"
    path.write_text(json.dumps(SNAPSHOT))
    assert len(held_layer(path)) == 1


# -- geometry from careless sources ---------------------------------------------------------


def _geojson(tmp_path: Path, ring, name="layer.geojson") -> Path:
    path = tmp_path / name
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"status": "occupied"},
                        "geometry": {"type": "Polygon", "coordinates": [ring]},
                    }
                ],
            }
        )
    )
    return path


# 175°E to 165°W over Chukotka, 64-66°N: the same cell written three ways
EAST = box(175.0, 64.0, 180.0, 66.0)
WEST = box(-180.0, 64.0, -165.0, 66.0)


def test_ring_across_the_antimeridian_is_cut(tmp_path):
    ring = [[175, 64], [-165, 64], [-165, 66], [175, 66], [175, 64]]
    with pytest.warns(UserWarning, match=r"cross the antimeridian.*RFC 7946"):
        out = read_layer(_geojson(tmp_path, ring))
    geom = out.geometry.iloc[0]
    assert geom.geom_type == "MultiPolygon"
    assert geom.bounds[0] == -180 and geom.bounds[2] == 180
    # the 20°-wide cell, not the 340° the long way round
    expected = geodesic_area(EAST) + geodesic_area(WEST)
    assert geodesic_area(out).iloc[0] == pytest.approx(expected, rel=1e-9)
    assert geodesic_area(shapely.union_all([EAST, WEST])) < 2 * 111 * 20 * 50  # sanity
    # and held ground in Russia's Chukotka is measured the short way
    share_east = shapely.intersection(geom, box(170, 60, 180, 70))
    assert geodesic_area(share_east) == pytest.approx(geodesic_area(EAST), rel=1e-9)


def test_zero_to_360_longitudes_are_wrapped(tmp_path):
    ring = [[175, 64], [195, 64], [195, 66], [175, 66], [175, 64]]
    with pytest.warns(UserWarning, match="0–360"):
        out = read_layer(_geojson(tmp_path, ring))
    geom = out.geometry.iloc[0]
    assert geom.bounds[0] == -180 and geom.bounds[2] == 180
    assert shapely.intersection(geom, box(-180, 60, -160, 70)).equals(WEST)
    assert geodesic_area(geom) == pytest.approx(geodesic_area(EAST) + geodesic_area(WEST), rel=1e-9)


def test_metres_without_a_crs_are_refused(tmp_path):
    # a UTM layer (x = 370…385 km) written as GeoJSON without its CRS
    ring = [[370_000, 5_290_000], [385_000, 5_290_000], [385_000, 5_305_000],
            [370_000, 5_305_000], [370_000, 5_290_000]]  # fmt: skip
    with pytest.raises(LayerError, match="projected") as info:
        read_layer(_geojson(tmp_path, ring))
    message = str(info.value)
    assert "metres" in message and "EPSG:4326" in message and "set_crs" in message


def test_x_in_the_hundreds_without_a_crs_is_refused(tmp_path):
    # x = 370…385 with small y: not longitudes (beyond 360°) whatever y says
    ring = [[370, 47], [385, 47], [385, 48], [370, 48], [370, 47]]
    with pytest.raises(LayerError, match="outside longitude/latitude"):
        read_layer(_geojson(tmp_path, ring))


def test_geodataframe_with_a_wrong_geographic_crs_is_refused():
    gdf = gpd.GeoDataFrame(geometry=[box(370_000, 5_290_000, 385_000, 5_305_000)], crs=4326)
    with pytest.raises(LayerError, match="projected"):
        read_layer(gdf)


@pytest.mark.parametrize("name", ["held;2022.geojson", "a;b;c.gpkg", "x; rm -rf y.shp"])
def test_path_with_a_semicolon(tmp_path, name):
    gdf = gpd.GeoDataFrame({"status": ["occupied"]}, geometry=[box(37, 47, 38, 48)], crs=4326)
    path = tmp_path / name
    plain = tmp_path / f"plain{path.suffix}"
    gdf.to_file(plain)
    for part in tmp_path.glob("plain.*"):  # a Shapefile's .dbf, .prj, .shx go along
        part.rename(path.with_suffix(part.suffix))
    assert path.exists()
    out = read_layer(path)
    assert list(out["status"]) == ["occupied"]
    assert out.attrs["source"] == str(path)


def test_semicolon_snapshot_folder(tmp_path):
    folder = tmp_path / "snaps;2022"
    folder.mkdir()
    (folder / f"{T2}.geojson").write_text(json.dumps(SNAPSHOT))
    assert len(held_layer(folder, "2022-09-21")) == 1


def test_valid_polygon_near_the_antimeridian_is_untouched(tmp_path):
    ring = [[170, 64], [179.5, 64], [179.5, 66], [170, 66], [170, 64]]
    out = read_layer(_geojson(tmp_path, ring))
    assert out.geometry.iloc[0].equals(Polygon(ring))


def test_closed_socket_port_errors_quickly():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(LayerError, match="Could not fetch"):
        read_layer(f"http://127.0.0.1:{port}/x.geojson", timeout=2)


def test_download_settings_are_read_at_each_call(monkeypatch):
    import geoclaims.layers

    monkeypatch.setattr(geoclaims.layers, "MAX_DOWNLOAD_BYTES", 100)
    with _Server(_serve_bytes(json.dumps(SNAPSHOT).encode())) as base:
        with pytest.raises(LayerError, match="max_bytes=100 "):
            read_layer(f"{base}/{T2}.geojson")
        monkeypatch.setattr(geoclaims.layers, "MAX_DOWNLOAD_BYTES", 10_000)
        assert len(read_layer(f"{base}/{T2}.geojson")) == 1


def test_warnings_about_a_layer_point_at_the_callers_line(tmp_path):
    # however deep in the reader a warning arises, it is shown at the user's own call
    import warnings

    path = tmp_path / "mixed.geojson"
    gpd.GeoDataFrame(
        {"status": ["occupied", "occupied"]},
        geometry=[shapely.box(37, 47, 38, 48), shapely.Point(37.5, 47.5)],
        crs=4326,
    ).to_file(path, driver="GeoJSON")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        read_layer(path)
    (left_out,) = [w for w in caught if "not polygons" in str(w.message)]
    assert left_out.filename == __file__


@pytest.mark.parametrize("where", ["control=Russian-held", "no_such_column = 1"])
def test_a_bad_sql_filter_is_a_layer_error_saying_how_to_write_one(tmp_path, where):
    path = tmp_path / "map.geojson"
    gpd.GeoDataFrame(
        {"control": ["Russian-held"]}, geometry=[shapely.box(37, 47, 38, 48)], crs=4326
    ).to_file(path, driver="GeoJSON")
    with pytest.raises(LayerError, match="SQL WHERE clause") as err:
        read_layer(path, where=where)
    assert repr(where) in str(err.value) and "where={'control'" in str(err.value)
    assert len(read_layer(path, where="control = 'Russian-held'")) == 1


def test_an_unknown_status_says_how_to_choose_statuses():
    from geoclaims.layers._deepstate import check_statuses

    with pytest.raises(InvalidInputError, match="bogus") as err:
        check_statuses(["bogus"])
    assert "leave it out" in str(err.value) and "--statuses all" in str(err.value)
    assert "use None" not in str(err.value)
