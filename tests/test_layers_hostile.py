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
import numpy as np
import pytest
import shapely
from shapely.geometry import Polygon, box

import geoclaims
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


# -- dates in a layer are ISO 8601 or refused, never guessed ---------------------------

SQUARE_WKT = "POLYGON ((37 47, 38 47, 38 48, 37 48, 37 47))"


def _dated_csv(tmp_path, *days, column="date"):
    path = tmp_path / "x.csv"
    rows = "".join(f'{i},{day},"{SQUARE_WKT}"\n' for i, day in enumerate(days, 1))
    path.write_text(f"id,{column},geometry\n{rows}", encoding="utf-8")
    return path


@pytest.mark.parametrize("as_of", ["2022-04-01", "2022-06-01", "2022-10-01"])
def test_slash_dates_in_a_layer_are_refused_not_read_month_first(tmp_path, as_of):
    # "05/03/2022" was read as May 3 without a word: a date before it raised
    # NoSnapshotError "first snapshot is from 2022-05-03", one after it picked May 3
    path = _dated_csv(tmp_path, "05/03/2022", "09/09/2022")
    with pytest.raises(LayerError, match="not dates") as err:
        read_layer(path, date=as_of)
    said = str(err.value)
    assert not isinstance(err.value, geoclaims.NoSnapshotError)
    assert "'05/03/2022'" in said and "YYYY-MM-DD" in said and "never guesses" in said
    assert "'date'" in said and "x.csv" in said


@pytest.mark.parametrize("day", ["20.09.2022", "20/09/2022", "09/20/2022", "9-20-2022"])
def test_every_day_month_form_is_refused_alike(tmp_path, day):
    path = _dated_csv(tmp_path, day)
    with pytest.raises(LayerError, match="not dates") as err:
        read_layer(path, date="2022-10-01")
    assert repr(day) in str(err.value) and "YYYY-MM-DD" in str(err.value)
    with pytest.raises(LayerError, match="not dates"):
        held_layer(path, as_of="2022-10-01")
    with pytest.raises(LayerError, match="not dates"):
        geoclaims.control_history(str(path), of="UA")


@pytest.mark.parametrize("column", ["valid_from", "valid_to"])
def test_slash_dates_in_period_columns_are_refused(tmp_path, column):
    path = _dated_csv(tmp_path, "05/03/2022", column=column)
    with pytest.raises(LayerError, match="'05/03/2022'"):
        read_layer(path, date="2022-10-01")


def test_iso_dates_in_a_layer_still_read(tmp_path):
    import datetime as dt

    path = _dated_csv(tmp_path, "2022-03-05", "2022-09-09", "2022-09-20T23:30:00-05:00")
    assert read_layer(path, date="2022-04-01").attrs["snapshot_date"] == dt.date(2022, 3, 5)
    # a time with an offset is the day it is in UTC
    assert read_layer(path, date="2022-09-21").attrs["snapshot_date"] == dt.date(2022, 9, 21)
    with pytest.raises(geoclaims.NoSnapshotError, match="2022-03-05"):
        read_layer(path, date="2022-03-01")


def test_year_first_dates_with_slashes_read(tmp_path):
    import datetime as dt

    # the year first leaves no order to guess: 2022/03/05 is 5 March
    path = _dated_csv(tmp_path, "2022/03/05", "2022.09.09")
    assert read_layer(path, date="2022-04-01").attrs["snapshot_date"] == dt.date(2022, 3, 5)
    assert read_layer(path, date="2022-09-10").attrs["snapshot_date"] == dt.date(2022, 9, 9)


# -- arguments of the wrong kind are typed errors that say what is taken ---------------


def _legend_layer(tmp_path):
    path = tmp_path / "legend.geojson"
    gpd.GeoDataFrame(
        {"control": ["Russian-held", "Liberated"], "day": ["2022-09-20", "2022-09-21"]},
        geometry=[shapely.box(37, 47, 38, 48), shapely.box(36, 47, 37, 48)],
        crs=4326,
    ).to_file(path, driver="GeoJSON")
    return path


@pytest.mark.parametrize(
    ("value", "quoted"),
    [
        (None, "None"),
        ([None], "None"),
        (["Russian-held", None], "None"),
        ({"a": 1}, "{'a': 1}"),
        (b"Russian-held", "b'Russian-held'"),
        (float("nan"), "nan"),
        ([], "[]"),
    ],
)
def test_a_where_value_of_the_wrong_kind_is_a_typed_error(tmp_path, value, quoted):
    # where={"control": None} raised a bare TypeError: 'NoneType' object is not iterable
    path = _legend_layer(tmp_path)
    with pytest.raises(InvalidInputError, match="where must be a dict") as err:
        read_layer(path, where={"control": value})
    assert isinstance(err.value, geoclaims.GeoclaimsError)
    assert quoted in str(err.value) and "'control'" in str(err.value)


def test_where_none_is_a_type_error_too(tmp_path):
    with pytest.raises(TypeError, match="where must be"):
        read_layer(_legend_layer(tmp_path), where={"control": None})


def test_where_takes_dates_and_tuples(tmp_path):
    import datetime as dt

    path = _legend_layer(tmp_path)
    held = read_layer(path, where={"day": dt.date(2022, 9, 20)})
    assert held["control"].tolist() == ["Russian-held"]
    assert held.attrs["where"] == "day=2022-09-20"
    both = read_layer(path, where={"control": ("russian-held", "liberated")})
    assert len(both) == 2 and both.attrs["where"] == "control in (russian-held, liberated)"


@pytest.mark.parametrize(
    ("kwargs", "said"),
    [
        ({"layer": [1]}, "layer= takes"),
        ({"layer": 1.5}, "layer= takes"),
        ({"layer": True}, "layer= takes"),
        ({"date_column": ["day"]}, "date_column= takes"),
        ({"date_column": 5}, "date_column= takes"),
        ({"statuses": 5}, "statuses= takes"),
        ({"statuses": {"occupied": 1}}, "statuses= takes"),
        ({"refresh": "no"}, "refresh= takes"),
        ({"date": 5}, "date= takes"),
        ({"where": ["control"]}, "where must be"),
    ],
)
def test_every_read_layer_argument_of_the_wrong_type_is_a_typed_error(tmp_path, kwargs, said):
    path = _legend_layer(tmp_path)
    with pytest.raises(geoclaims.InvalidTypeError, match=said) as err:
        read_layer(path, **kwargs)
    assert isinstance(err.value, TypeError)
    assert repr(next(iter(kwargs.values())))[:10] in str(err.value)


def test_a_bad_date_is_refused_even_where_the_layer_gives_its_own_time(tmp_path):
    path = tmp_path / f"{T2}.geojson"
    path.write_text(json.dumps(SNAPSHOT), encoding="utf-8")
    with pytest.raises(InvalidInputError, match="'20/09/2022'"):
        read_layer(path, date="20/09/2022")


def test_held_layer_statuses_of_the_wrong_type_is_a_typed_error(tmp_path):
    with pytest.raises(geoclaims.InvalidTypeError, match="statuses= takes"):
        held_layer(_legend_layer(tmp_path), statuses=5)


# -- a vertex that is not a number is refused, not "repaired" --------------------------


def _with_vertex(value):
    ring = [[37, 47], [38, 47], [38, 48], [value, 48], [37, 48], [37, 47]]
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"name": "fine"},
                "geometry": shapely.geometry.mapping(shapely.box(30, 47, 31, 48)),
            },
            {
                "type": "Feature",
                "properties": {"name": "broken"},
                "geometry": {"type": "Polygon", "coordinates": [ring]},
            },
        ],
    }


@pytest.mark.parametrize(
    ("token", "value"), [("NaN", "nan"), ("Infinity", "inf"), ("-Infinity", "-inf")]
)
def test_a_non_finite_vertex_is_refused_naming_its_feature(tmp_path, token, value):
    # a NaN vertex was "repaired" by make_valid (half the square lost), with numpy's
    # "invalid value encountered in from_wkb" warning
    import warnings

    path = tmp_path / "held.geojson"
    path.write_text(json.dumps(_with_vertex(float(value))), encoding="utf-8")
    assert token in path.read_text(encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(LayerError, match="not numbers") as err:
            read_layer(path)
    said = str(err.value)
    assert "feature 1" in said and "'broken'" in said and f"({value}, 48.0)" in said
    assert "fix or remove" in said
    assert not [w for w in caught if issubclass(w.category, RuntimeWarning)], caught


def test_a_non_finite_vertex_is_refused_in_a_dict_and_a_geodataframe():
    layer = _with_vertex(float("nan"))
    with pytest.raises(LayerError, match=r"feature 1 .*'broken'.*\(nan, 48\.0\)"):
        read_layer(layer)
    with pytest.warns(RuntimeWarning, match="invalid value"):  # shapely's own note
        broken = Polygon([(37, 47), (38, 47), (38, 48), (float("nan"), 48), (37, 48)])
    frame = gpd.GeoDataFrame(
        {"name": ["fine", "broken"]}, geometry=[shapely.box(30, 47, 31, 48), broken], crs=4326
    )
    with pytest.raises(LayerError, match="feature 1"):
        read_layer(frame)
    with pytest.raises(LayerError, match="not numbers"):
        held_layer(frame)


def test_a_non_finite_vertex_in_a_csv_is_refused(tmp_path):
    path = tmp_path / "held.csv"
    path.write_text(
        'id,geometry\nA,"POLYGON ((37 47, 38 47, nan 48, 37 48, 37 47))"\n', encoding="utf-8"
    )
    with pytest.raises(LayerError, match=r"feature 0 \(counting from 0; id 'A'\)"):
        read_layer(path)


# -- CSV layers: EWKT is read, and WKT that does not parse is named --------------------


def test_ewkt_with_srid_4326_reads_as_plain_wkt(tmp_path):
    # "SRID=4326;POLYGON(...)" gave "has no column of WKT polygons (columns: [])"
    path = tmp_path / "postgis.csv"
    path.write_text(f'id,geometry\n1,"SRID=4326;{SQUARE_WKT}"\n', encoding="utf-8")
    out = read_layer(path)
    assert out.crs.to_epsg() == 4326
    assert out.geometry.iloc[0].equals(shapely.box(37, 47, 38, 48))
    assert out["id"].tolist() == ["1"]


def test_ewkt_in_a_gzipped_csv(tmp_path):
    import gzip

    path = tmp_path / "postgis.csv.gz"
    path.write_bytes(gzip.compress(f'id;WKT\n1;"srid=4326; {SQUARE_WKT}"\n'.encode()))
    assert read_layer(path).geometry.iloc[0].equals(shapely.box(37, 47, 38, 48))


def test_ewkt_with_another_srid_is_reprojected(tmp_path):
    square = gpd.GeoSeries([shapely.box(37, 47, 38, 48)], crs=4326).to_crs(3857).iloc[0]
    path = tmp_path / "mercator.csv"
    path.write_text(f'id,geometry\n1,"SRID=3857;{square.wkt}"\n', encoding="utf-8")
    out = read_layer(path)
    assert out.crs.to_epsg() == 4326
    np.testing.assert_allclose(out.total_bounds, [37, 47, 38, 48], atol=1e-6)


def test_ewkt_with_mixed_or_unknown_srids_is_refused(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text(
        f'id,geometry\n1,"SRID=3857;{SQUARE_WKT}"\n2,"{SQUARE_WKT}"\n', encoding="utf-8"
    )
    with pytest.raises(LayerError, match="different CRSs"):
        read_layer(path)
    path.write_text(f'id,geometry\n1,"SRID=999999;{SQUARE_WKT}"\n', encoding="utf-8")
    with pytest.raises(LayerError, match="SRID=999999"):
        read_layer(path)


def test_a_wkt_column_that_does_not_parse_is_named(tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text('id,geometry\n1,"POLYGON ((37 47, 38 47"\n2,"not wkt"\n', encoding="utf-8")
    with pytest.raises(LayerError, match="none of its values parse") as err:
        read_layer(path)
    said = str(err.value)
    assert "['id', 'geometry']" in said and "column 'geometry'" in said
    assert "'POLYGON ((37 47, 38 47'" in said and "row 1" in said


def test_one_wkt_value_that_does_not_parse_is_refused(tmp_path):
    path = tmp_path / "partly.csv"
    path.write_text(
        f'id,geometry\n1,"{SQUARE_WKT}"\n2,"POLYGON ((37 47, 38 47, 38 48, 37 48))"\n',
        encoding="utf-8",
    )
    with pytest.raises(LayerError, match="1 value") as err:
        read_layer(path)
    assert "row 2" in str(err.value) and "closed" in str(err.value)


def test_a_csv_where_filter_that_keeps_nothing_says_so(tmp_path):
    path = tmp_path / "held.csv"
    path.write_text(f'id,geometry\n1,"SRID=4326;{SQUARE_WKT}"\n', encoding="utf-8")
    assert len(read_layer(path, where="id = '1'")) == 1
    with pytest.raises(LayerError, match="no features matching"):
        read_layer(path, where="id = '2'")


def test_statuses_on_a_layer_that_is_no_snapshot_say_to_use_where(tmp_path):
    # statuses would choose nothing there, and every feature would count in silence
    from geoclaims.layers import held_layer

    path = tmp_path / "sudan.geojson"
    frame = gpd.GeoDataFrame(
        {"control": ["RSF"], "date": ["2024-10-30"]}, geometry=[box(22, 11, 24, 13)], crs=4326
    )
    path.write_text(frame.to_json(), encoding="utf-8")
    for read in (
        lambda: read_layer(path, statuses="liberated"),
        lambda: held_layer(path, as_of="2024-11-01", statuses="liberated"),
        lambda: held_layer(frame, as_of="2024-11-01", statuses=["occupied"]),
    ):
        with pytest.raises(InvalidInputError, match=r"no such snapshot.*control.*where="):
            read()
    assert len(held_layer(path, as_of="2024-11-01")) == 1


def test_a_multi_date_layer_still_reads_with_the_default_statuses(tmp_path):
    # the readers pass the default statuses on: a layer of id, date and geometry counts whole
    import geoclaims

    path = tmp_path / "occupied.geojson"
    frame = gpd.GeoDataFrame(
        {"id": [0, 1], "date": ["2024-07-08", "2024-07-09"]},
        geometry=[box(37, 47, 38, 48), box(37, 47, 38.2, 48)],
        crs=4326,
    )
    path.write_text(frame.to_json(), encoding="utf-8")
    table = geoclaims.control_history(path, of="UA", progress=False)
    assert len(table) == 2
    assert table["held_km2"].iloc[1] > table["held_km2"].iloc[0] > 0


@pytest.mark.parametrize(
    ("column", "values", "held"),
    [
        # statuses spelled otherwise are the snapshot statuses: liberated ground is left out
        ("status", ["Occupied", "liberated"], "one"),
        ("status", ["occupied ", "Liberated"], "one"),
        # a legend of held and other ground, or a column of held true or false, is said
        ("status", ["held", "not held"], "warned"),
        ("status", ["occupied", "free"], "warned"),
        ("held", [True, False], "warned"),
    ],
)
def test_a_layers_statuses_however_spelled(column, values, held):
    from geoclaims import GeoclaimsWarning, area_share

    layer = gpd.GeoDataFrame(
        {column: values}, geometry=[box(37, 47, 38, 48), box(36, 49, 37, 50)], crs=4326
    )
    if held == "one":
        with pytest.warns(GeoclaimsWarning, match="left out"):
            share = area_share(["Donetsk", "Kharkiv"], of="UA", within=layer)
        alone = area_share(["Donetsk", "Kharkiv"], of="UA", within=layer.iloc[[0]])
        assert share.held_km2 == pytest.approx(alone.held_km2)  # the first box alone
    else:
        with pytest.warns(GeoclaimsWarning, match="counts as held ground"):
            area_share(["Donetsk", "Kharkiv"], of="UA", within=layer)
