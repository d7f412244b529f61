"""DeepStateMap snapshots, dated collections and held_layer, on synthetic files.

Every file here is generated in the test in the format the DeepStateMap archive uses
(a bare FeatureCollection from a Google My Maps export): names of all three periods,
Points mixed in, GeometryCollections, a third coordinate always 0, and the traps of the
real archive (U+FFFD, separators with and without spaces, non-breaking spaces, trailing
newlines and dots, unrecognised names, territories outside Ukraine).
"""

from __future__ import annotations

import gzip
import json
import warnings
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
import shapely
from shapely.geometry import box, mapping

from geoclaims import (
    GeoclaimsWarning,
    LayerError,
    NoSnapshotError,
    area_share,
    control_history,
    lookup,
    regions,
)
from geoclaims.areas import geodesic_area
from geoclaims.layers import HELD_STATUSES, STATUSES, held_layer, read_layer
from geoclaims.layers._deepstate import classify_name

# Unix times of three synthetic snapshots (UTC)
T1 = 1650000000  # 2022-04-15 05:20
T2 = 1663700000  # 2022-09-20 18:53 (the evening of the seed article's day)
T3 = 1711300000  # 2024-03-24 17:06

OCCUPIED_FILL, ORDLO_FILL, GREY, GREEN, OUTSIDE_FILL = (
    "#a52714", "#880e4f", "#bcaaa4", "#0f9d58", "#ff5252",
)  # fmt: skip


def _coords3(geom) -> list:
    """GeoJSON coordinates of a polygon with a third value 0, as the archive writes them."""
    rings = mapping(geom)["coordinates"]
    return [[[x, y, 0] for x, y in ring] for ring in rings]


def polygon(name, geom, fill=OCCUPIED_FILL, collection=False) -> dict:
    geometry = {"type": "Polygon", "coordinates": _coords3(geom)}
    if collection:
        geometry = {"type": "GeometryCollection", "geometries": [geometry]}
    return {
        "type": "Feature",
        "properties": {
            "name": name,
            "styleUrl": "#poly-A52714-1200-77",
            "styleHash": "-1d3e2a45",
            "stroke": "#a52714",
            "stroke-opacity": 1,
            "stroke-width": 1.2,
            "fill": fill,
            "fill-opacity": 0.3,
        },
        "geometry": geometry,
    }


def point(name, x, y) -> dict:
    return {
        "type": "Feature",
        "properties": {"name": name, "styleUrl": "#icon-1", "icon": "x.png", "icon-scale": 1},
        "geometry": {"type": "Point", "coordinates": [x, y, 0]},
    }


def snapshot(*features) -> dict:
    return {"type": "FeatureCollection", "features": list(features)}


# boxes in eastern Ukraine (well inside the country) and one in Moldova (Transnistria)
A = box(37.0, 47.5, 38.0, 48.5)
B = box(38.5, 48.0, 39.5, 48.8)
C = box(35.0, 49.5, 35.5, 50.0)
CRIMEA = box(33.5, 44.8, 34.5, 45.3)
TRANSNISTRIA = box(28.9, 47.0, 29.3, 47.3)  # in Moldova, off the Ukrainian border


def write(path: Path, data: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# -- status from the name -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "status"),
    [
        # period A: Ukrainian only
        ("Окуповано", "occupied"),
        ("Ізюм. Окуповано\xa0", "occupied"),
        ("ОРДЛО", "occupied_before_2022"),
        ("Крим", "crimea"),
        ("Окупований Крим", "crimea"),
        ("Острів Тузла", "crimea"),
        ("Під питанням", "unknown"),
        ("Звільнено 25.03", "liberated"),
        ("Придністров'я", "outside_ukraine"),
        # period B: "uk /// en", separators with and without spaces, NBSP, newlines, dots
        ("Окуповано /// Occupied", "occupied"),
        ("Окуповано///Occupied.", "occupied"),
        ("Окуповано\xa0///\xa0Occupied\n", "occupied"),
        ("ОРДЛО /// CADR and CALR", "occupied_before_2022"),
        ("Окупований Крим /// Occupied Crimea", "crimea"),
        ("Острів Тузла /// Occupied Tuzla Island", "crimea"),
        ("Під питанням /// Contested", "unknown"),
        ("Під питанням /// Contensed", "unknown"),
        ("Під питанням /// Contenesed", "unknown"),
        ("Ситуація невідома /// Situation is unknown", "unknown"),
        ("Статус невідомий /// Unknown status", "unknown"),
        ("Звільнено 11.11 /// Liberated", "liberated"),
        ("Звільнено /// Taken back", "liberated"),
        ("Звільнено /// Recaptured", "liberated"),
        # U+FFFD in the Ukrainian half: the English half decides
        ("Окупова\ufffd\ufffdо /// Occupied", "occupied"),
        ("\ufffd\ufffdЛО /// CADR and CALR", "occupied_before_2022"),
        ("Зві\ufffdьнено /// Liberated", "liberated"),
        # period C: the key decides
        ("Окуповано /// Occupied\xa0/// geoJSON.status.occupied\n", "occupied"),
        ("Статус невідомий /// Unknown status /// geoJSON.status.unknown", "unknown"),
        ("Звільнено /// Liberated /// geoJSON.status.dismissed_at {{at:19.09}}", "liberated"),
        ("ОРДЛО /// CADR and CALR\xa0/// geoJSON.territories.ordlo", "occupied_before_2022"),
        ("Окупований Крим /// Occupied Crimea /// geoJSON.territories.crimea", "crimea"),
        ("Острів Тузла /// Occupied Tuzla Island /// geoJSON.territories.tuzla", "crimea"),
        ("Окупована Абхазія.\n///\nOccupied Abkhazia.\n/// geoJSON.territories.abkhazia",
         "outside_ukraine"),
        ("Придністров'я/// Transnistria /// geoJSON.territories.transnistria", "outside_ukraine"),
        ("Окупована область Петсамо\n///\nOccupied Petsamo\n/// geoJSON.territories.petsamo",
         "outside_ukraine"),
        # names that say nothing: the fill decides
        ("Багатокутник 11", None),
        ("24.03", None),
        ("Зміїний ///\xa0Snake Island /// geoJSON.zmiinyi_island", None),
        ("", None),
        (None, None),
    ],
)  # fmt: skip
def test_status_from_name(name, status):
    assert classify_name(name) == status


# -- one snapshot ---------------------------------------------------------------------------


def _period_c(tmp_path: Path, unix: int = T3) -> Path:
    return write(
        tmp_path / f"deepstate_{unix}.geojson",
        snapshot(
            point("Бахмут", 38.0, 48.6),
            polygon("Окуповано /// Occupied\xa0/// geoJSON.status.occupied\n", A),
            polygon("ОРДЛО /// CADR and CALR /// geoJSON.territories.ordlo", B, ORDLO_FILL,
                    collection=True),
            polygon("Окупований Крим /// Occupied Crimea\xa0/// geoJSON.territories.crimea",
                    CRIMEA, ORDLO_FILL),
            polygon("Звільнено /// Liberated /// geoJSON.status.dismissed", C, GREEN),
            polygon("Придністров'я/// Transnistria /// geoJSON.territories.transnistria",
                    TRANSNISTRIA, OUTSIDE_FILL),
            point("arrow", 37.1, 47.6),
        ),
    )  # fmt: skip


def test_snapshot_read_as_held_polygons(tmp_path):
    path = _period_c(tmp_path)
    held = read_layer(path)
    assert list(held.columns) == ["status", "label", "time", "geometry"]
    assert held.crs.to_epsg() == 4326
    assert sorted(held["status"]) == ["crimea", "occupied", "occupied_before_2022"]
    assert (held["time"] == pd.Timestamp(T3, unit="s", tz="UTC")).all()
    assert held.geom_type.eq("Polygon").all()  # points gone, the collection opened up
    assert not held.has_z.any()
    assert held.is_valid.all()
    ordlo = held.loc[held["status"] == "occupied_before_2022", "geometry"].iloc[0]
    assert ordlo.equals(B)
    label = held.loc[held["status"] == "occupied", "label"].iloc[0]
    assert label == "Окуповано /// Occupied\xa0/// geoJSON.status.occupied\n"  # the map's own
    assert held.attrs["format"] == "deepstatemap"


def test_statuses_parameter(tmp_path):
    path = _period_c(tmp_path)
    every = read_layer(path, statuses="all")
    assert sorted(every["status"]) == sorted(
        ["occupied", "occupied_before_2022", "crimea", "liberated", "outside_ukraine"]
    )
    assert set(STATUSES) >= set(every["status"])
    # "all" as the one item of a list, as `--statuses all` passes it
    assert sorted(read_layer(path, statuses=["all"])["status"]) == sorted(every["status"])
    only = read_layer(path, statuses=["liberated"])
    assert only.geometry.iloc[0].equals(C)
    with pytest.raises(ValueError, match="statuses"):
        read_layer(path, statuses=["held"])


def test_territories_outside_ukraine_never_count_for_it(tmp_path):
    path = _period_c(tmp_path)
    every = read_layer(path, statuses="all")
    outside = every[every["status"] == "outside_ukraine"]
    assert len(outside) == 1 and outside.geometry.iloc[0].equals(TRANSNISTRIA)
    # even when a caller counts it, Ukraine's share cannot grow: it lies outside the country
    assert outside.attrs["statuses"] == STATUSES  # read_layer's choice is kept downstream
    with_outside = area_share(regions("UA"), of="UA", within=outside, as_of="2024-03-25")
    assert len(with_outside.layer) == 1
    assert with_outside.held_km2 == pytest.approx(0.0, abs=1.0)
    history = control_history(path, of="UA", statuses="all", progress=False)
    peninsula = shapely.union_all(lookup(["Crimea", "Sevastopol"]).geometry.values)
    inside = [A, B, C, shapely.intersection(CRIMEA, peninsula)]  # Transnistria: never
    assert history["held_km2"].iloc[0] == pytest.approx(sum(map(geodesic_area, inside)), rel=1e-6)


def test_period_a_names_and_traps(tmp_path):
    # period A: Ukrainian only, early fills (#000000 for ORDLO/Crimea), a Transnistria with
    # the held-since-2014 fill (the name must win), and names the map never standardised
    path = write(
        tmp_path / "1649000000.geojson",
        snapshot(
            polygon("Окуповано", A, collection=True),
            polygon("ОРДЛО", B, "#000000"),
            polygon("Крим", CRIMEA, "#000000", collection=True),
            polygon("Придністров'я", TRANSNISTRIA, ORDLO_FILL),
            polygon("Багатокутник 11", box(36.0, 47.0, 36.5, 47.4)),  # default name, red
            polygon("24.03", C, "#0288d1"),  # a date only, blue: liberated
            point("Маріуполь", 37.5, 47.1),
        ),
    )
    with pytest.warns(UserWarning, match=r"classified 2 polygon\(s\).*by their fill colour"):
        every = read_layer(path, statuses="all")
    status = dict(zip(every["label"], every["status"], strict=True))
    assert status == {
        "Окуповано": "occupied",
        "ОРДЛО": "occupied_before_2022",
        "Крим": "crimea",
        "Придністров'я": "outside_ukraine",
        "Багатокутник 11": "occupied",
        "24.03": "liberated",
    }


def test_period_b_traps(tmp_path):
    path = write(
        tmp_path / "snap-2022-09-20T18-53.geojson",
        snapshot(
            polygon("Окупова\ufffd\ufffdо///Occupied.", A),
            polygon("ОРДЛО\xa0/// CADR and CALR\n", B, ORDLO_FILL),
            polygon("Під питанням /// Contensed", C, GREY),
            polygon("Звільнено 11.11 /// Liberated", box(32.5, 46.6, 33.0, 47.0), GREEN),
            polygon("Окупований Крим /// Occupied Crimea.", CRIMEA, ORDLO_FILL),
        ),
    )
    held = read_layer(path)
    assert sorted(held["status"]) == ["crimea", "occupied", "occupied_before_2022"]
    # the time comes from the ISO date and time in the file name
    assert held["time"].iloc[0] == pd.Timestamp("2022-09-20 18:53", tz="UTC")


def test_name_and_fill_disagree_name_wins(tmp_path):
    path = write(
        tmp_path / f"{T2}.geojson",
        snapshot(polygon("Звільнено /// Liberated", A, OCCUPIED_FILL), polygon("Окуповано", B)),
    )
    held = read_layer(path)
    assert held.geometry.iloc[0].equals(B) and len(held) == 1


def test_snapshot_from_dict_and_pathlib(tmp_path):
    data = snapshot(polygon("Окуповано /// Occupied", A), point("x", 37.5, 48.0))
    from_dict = read_layer(data, date="2022-09-20")
    assert from_dict.geometry.iloc[0].equals(A)
    # a dict has no file name: the time comes from date=
    assert from_dict["time"].iloc[0] == pd.Timestamp("2022-09-20", tz="UTC")
    path = write(tmp_path / f"{T2}.geojson", data)
    from_path = read_layer(Path(path))
    assert from_path["time"].iloc[0] == pd.Timestamp(T2, unit="s", tz="UTC")


def test_snapshot_without_held_ground_is_empty_not_an_error(tmp_path):
    path = write(tmp_path / f"{T2}.geojson", snapshot(polygon("Звільнено /// Liberated", C, GREEN)))
    held = read_layer(path)
    assert len(held) == 0 and held.crs.to_epsg() == 4326


def test_plain_geojson_is_not_a_snapshot_and_reads_as_today(tmp_path):
    plain = gpd.GeoDataFrame({"name": ["front"], "fill": ["#a52714"]}, geometry=[A], crs=4326)
    path = tmp_path / "held.geojson"
    plain.to_file(path, driver="GeoJSON")
    out = held_layer(path)
    assert list(out.columns) == ["name", "fill", "geometry"]
    assert "snapshot" not in out.attrs
    assert area_share("Donetsk", of="UA", within=path).snapshot is None


# -- known held share -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def donbas_snapshot(tmp_path_factory) -> Path:
    """Held ground = the whole Donetsk and Luhansk polygons, plus Crimea, as period C."""
    units = lookup(["Donetsk", "Luhansk", "Crimea"]).set_index("iso_3166_2")
    features = [point("Сіверськодонецьк", 38.5, 48.9)]
    for code, name in (
        ("UA-14", "Окуповано /// Occupied /// geoJSON.status.occupied"),
        ("UA-09", "ОРДЛО /// CADR and CALR /// geoJSON.territories.ordlo"),
        ("UA-43", "Окупований Крим /// Occupied Crimea /// geoJSON.territories.crimea"),
    ):
        for part in shapely.get_parts(units.at[code, "geometry"]):
            features.append(polygon(name, part, collection=True))
    features.append(polygon("Звільнено /// Liberated", box(36.0, 49.5, 37.0, 50.0), GREEN))
    folder = tmp_path_factory.mktemp("donbas")
    return write(folder / f"{T2}.geojson", snapshot(*features))


def test_held_share_of_a_known_snapshot(donbas_snapshot):
    # Independent reference: Donetsk + Luhansk as a share of Ukraine without any layer
    # (area_share on the embedded units; DESIGN.md: ≈ 8.8%). The snapshot holds exactly
    # those polygons (written at full precision), so the held share must agree within
    # 0.01 percentage points.
    reference = area_share(["Donetsk", "Luhansk"], of="UA", as_of="2022-09-20").total_pct
    assert reference == pytest.approx(8.8, abs=0.1)
    share = area_share(
        ["Donetsk", "Luhansk", "Zaporizhzhia", "Kherson"],
        of="UA",
        within=donbas_snapshot,
        as_of="2022-09-20",
    )
    assert share.held_pct == pytest.approx(reference, abs=0.01)
    assert share.snapshot["time"] == pd.Timestamp(T2, unit="s", tz="UTC")
    assert share.snapshot["source"] == str(donbas_snapshot)
    assert share.snapshot["days_from_as_of"] == pytest.approx(18 / 24 + 53 / 1440, abs=1e-3)
    assert "snapshot" in share.method


# -- dated collections -----------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path) -> Path:
    """Three snapshots: A held, then A and B, then A, B and C."""
    base = tmp_path / "snapshots"
    write(base / f"{T1}.geojson", snapshot(polygon("Окуповано", A)))
    write(base / f"{T2}.geojson", snapshot(polygon("Окуповано /// Occupied", A),
                                           polygon("Окуповано /// Occupied", B)))  # fmt: skip
    write(
        base / f"{T3}.geojson",
        snapshot(*(polygon("Окуповано /// Occupied /// geoJSON.status.occupied", g)
                   for g in (A, B, C))),
    )  # fmt: skip
    (base / "notes.txt").write_text("not a snapshot")
    return base


def test_folder_snapshot_in_force(folder):
    assert len(held_layer(folder, "2022-04-15")) == 1
    assert len(held_layer(folder, "2022-09-19")) == 1
    # the snapshot taken on the evening of 2022-09-20 is in force on that day
    on_the_day = held_layer(folder, "2022-09-20")
    assert len(on_the_day) == 2
    snap = on_the_day.attrs["snapshot"]
    assert snap["time"] == pd.Timestamp(T2, unit="s", tz="UTC")
    assert snap["source"] == str(folder / f"{T2}.geojson")
    assert 0 < snap["days_from_as_of"] < 1
    later = held_layer(folder, "2023-06-01")
    assert len(later) == 2 and later.attrs["snapshot"]["days_from_as_of"] < -250
    assert len(held_layer(folder)) == 3  # today: the latest


def test_glob_and_list(folder):
    from_glob = held_layer(str(folder / "*.geojson"), "2022-10-01")
    assert len(from_glob) == 2
    from_list = held_layer([folder / f"{T3}.geojson", folder / f"{T1}.geojson"], "2022-05-01")
    assert len(from_list) == 1
    assert from_list.attrs["snapshot"]["source"] == str(folder / f"{T1}.geojson")


def test_date_before_the_first_snapshot(folder):
    with pytest.raises(NoSnapshotError, match="2022-04-14") as info:
        held_layer(folder, "2022-04-14")
    assert isinstance(info.value, LayerError) and isinstance(info.value, ValueError)
    assert info.value.first == pd.Timestamp(T1, unit="s", tz="UTC")


def test_empty_folder_and_empty_glob(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(LayerError, match="holds no snapshot files"):
        held_layer(tmp_path / "empty", "2022-09-20")
    with pytest.raises(LayerError, match="matches no files"):
        held_layer(str(tmp_path / "nowhere" / "*.geojson"), "2022-09-20")


def test_snapshot_without_a_time_in_a_collection(tmp_path):
    write(tmp_path / "snaps" / "latest.geojson", snapshot(polygon("Окуповано", A)))
    with pytest.raises(LayerError, match="Cannot tell when"):
        held_layer(tmp_path / "snaps", "2022-09-20")


def test_single_snapshot_is_used_whatever_its_time(tmp_path):
    path = write(tmp_path / f"{T3}.geojson", snapshot(polygon("Окуповано", A)))
    held = held_layer(path, "2022-09-20")  # taken 18 months later: used, with the distance
    assert len(held) == 1
    assert held.attrs["snapshot"]["days_from_as_of"] == pytest.approx(551.71, abs=0.01)


def test_gzipped_multi_date_file(tmp_path):
    daily = gpd.GeoDataFrame(
        {"id": [1, 2, 3], "date": ["2024-07-01", "2024-07-02", "2024-07-03"]},
        geometry=[A, shapely.union_all([A, B]), shapely.union_all([A, B, C])],
        crs=4326,
    )
    raw = tmp_path / "daily.geojson"
    daily.to_file(raw, driver="GeoJSON")
    packed = tmp_path / "daily.geojson.gz"
    packed.write_bytes(gzip.compress(raw.read_bytes()))
    for source in (raw, packed):
        held = held_layer(source, "2024-07-02")
        assert list(held["id"]) == [2]
        assert held.attrs["snapshot"]["time"] == pd.Timestamp("2024-07-02", tz="UTC")
        assert held.attrs["snapshot"]["days_from_as_of"] == 0
        with pytest.raises(NoSnapshotError, match="2024-06-30"):
            held_layer(source, "2024-06-30")
    assert geodesic_area(held_layer(packed, "2030-01-01").geometry.iloc[0]) == pytest.approx(
        geodesic_area(shapely.union_all([A, B, C]))
    )


def test_gzip_bomb_is_refused(tmp_path):
    path = tmp_path / "big.geojson.gz"
    path.write_bytes(gzip.compress(b" " * 5_000_000))
    with pytest.raises(LayerError, match="max_bytes"):
        read_layer(path, max_bytes=1_000_000)


def test_geodataframe_snapshot_keeps_its_snapshot(folder):
    every = read_layer(folder, date="2022-09-20", statuses="all")
    assert every.attrs["snapshot"]["time"] == pd.Timestamp(T2, unit="s", tz="UTC")
    share = area_share("Donetsk", of="UA", within=every, as_of="2022-09-21")
    assert share.snapshot["time"] == pd.Timestamp(T2, unit="s", tz="UTC")
    assert share.snapshot["days_from_as_of"] < 0


def test_no_warning_for_points_in_snapshots(tmp_path):
    path = _period_c(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        read_layer(path)


def test_held_statuses_are_the_default():
    assert HELD_STATUSES == ("occupied", "occupied_before_2022", "crimea")


def test_snapshot_read_with_plain_geopandas_is_still_recognised(tmp_path):
    # a user who read the file with geopandas first must not count liberated ground as held
    kharkiv = box(36.5, 49.3, 37.0, 49.7)  # inside Kharkiv oblast
    path = write(
        tmp_path / f"{T3}.geojson",
        snapshot(
            polygon("Окуповано /// Occupied /// geoJSON.status.occupied", A),
            polygon("Звільнено /// Liberated /// geoJSON.status.dismissed", kharkiv, GREEN),
            point("Харків", 36.2, 50.0),
        ),
    )
    raw = gpd.read_file(path)
    assert {"name", "fill"} <= set(raw.columns)
    held = held_layer(raw, "2024-03-25")
    assert list(held["status"]) == ["occupied"]
    share = area_share("Kharkiv", of="UA", within=raw, as_of="2024-03-25")
    assert share.held_km2 == pytest.approx(0.0, abs=1.0)
    # ... although the liberated polygon lies in Kharkiv, and would count if taken as held
    liberated = read_layer(path, statuses=["liberated"])
    counted = area_share("Kharkiv", of="UA", within=liberated, as_of="2024-03-25").held_km2
    assert counted == pytest.approx(geodesic_area(kharkiv), rel=1e-3)


def test_place_key_takes_its_fill_without_a_warning(tmp_path):
    # Snake Island stays on the map after July 2022 under a key that names the place, not a
    # status; its green fill is the status, which is the map's own way, not a guess to warn of
    path = write(
        tmp_path / "1727771655.geojson",
        snapshot(
            polygon("Окуповано /// Occupied /// geoJSON.status.occupied", A),
            polygon("Зміїний ///\xa0Snake Island /// geoJSON.zmiinyi_island", C, GREEN),
        ),
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        every = read_layer(path, statuses="all")
    assert dict(zip(every["label"].str.contains("Snake"), every["status"], strict=True)) == {
        False: "occupied",
        True: "liberated",
    }


def test_fill_warning_quotes_names_with_plain_spaces(tmp_path):
    path = write(
        tmp_path / "1727771655.geojson",
        snapshot(
            polygon("Окуповано /// Occupied /// geoJSON.status.occupied", A),
            polygon("Щось нове ///\xa0Something\xa0new", C),
        ),
    )
    with pytest.warns(UserWarning, match="by their fill colour") as caught:
        read_layer(path, statuses="all")
    message = str(caught[0].message)
    assert "'Щось нове /// Something new'" in message and "\\xa0" not in message


def test_the_history_of_snapshots_warns_as_geoclaims(tmp_path):
    # the one-line summary of polygons classified by fill is a GeoclaimsWarning, which a
    # caller filters with the library's others

    folder = tmp_path / "snaps"
    folder.mkdir()
    for unix in (1727771655, 1727858055):
        write(
            folder / f"{unix}.geojson",
            snapshot(
                polygon("Окуповано /// Occupied /// geoJSON.status.occupied", A),
                polygon("Щось нове /// Something new", C),
            ),
        )
    with pytest.warns(GeoclaimsWarning, match="classified by their fill colour"):
        control_history(str(folder), of="UA", progress=False)


def test_a_file_of_snapshot_statuses_is_read_as_its_frame_is(tmp_path):
    # the same rows as a path and as a GeoDataFrame give the same held ground: the
    # 'liberated' polygon (in Kharkiv oblast) is not held either way
    kharkiv = box(36.5, 49.3, 37.0, 49.7)
    frame = gpd.GeoDataFrame(
        {"status": ["occupied", "liberated"]}, geometry=[box(37.6, 47.9, 38.0, 48.2), kharkiv],
        crs=4326,
    )
    path = tmp_path / "mixed.geojson"
    frame.to_file(path)
    with pytest.warns(GeoclaimsWarning, match="'liberated' \\(1\\)"):
        assert list(held_layer(path)["status"]) == ["occupied"]
    with pytest.warns(GeoclaimsWarning, match="left out"):
        by_path = area_share("Kharkiv", of="UA", within=str(path))
    with pytest.warns(GeoclaimsWarning, match="left out"):
        by_frame = area_share("Kharkiv", of="UA", within=frame)
    assert by_path.held_km2 == pytest.approx(by_frame.held_km2) == pytest.approx(0.0, abs=1.0)
    # every status when asked for
    assert list(held_layer(path, statuses="all")["status"]) == ["occupied", "liberated"]


def test_statuses_left_out_of_a_layer_are_said(tmp_path):
    # a user's layer of snapshot statuses keeps its held features, and says which it left
    # out and how to count them, once, at the caller's line
    frame = gpd.GeoDataFrame(
        {"status": ["occupied", "liberated", "liberated"]},
        geometry=[box(37.6, 47.9, 38.0, 48.2), box(36.5, 49.3, 37.0, 49.7), box(36, 49, 36.2, 49.2)],
        crs=4326,
    )
    path = tmp_path / "mixed.geojson"
    frame.to_file(path)
    for source in (frame, str(path)):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            area_share("Kharkiv", of="UA", within=source)
        said = [str(w.message) for w in caught if "left out" in str(w.message)]
        assert len(said) == 1 and "'liberated' (2)" in said[0] and "statuses=" in said[0], said
        assert caught[0].filename == __file__
    # statuses chosen by the caller: nothing to say
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        held_layer(path, statuses=["occupied"])


@pytest.mark.parametrize("as_frame", [True, False])
def test_a_layer_with_no_held_status_is_refused_alike_everywhere(tmp_path, as_frame):
    # a layer of liberated ground only is no held ground of 0 km²: area_share and
    # check_claims both refuse it, with the statuses it has and how to count them
    from geoclaims import check_claims

    frame = gpd.GeoDataFrame(
        {"status": ["liberated"]}, geometry=[box(36.5, 49.3, 37.0, 49.7)], crs=4326
    )
    path = tmp_path / "liberated.geojson"
    frame.to_file(path)
    source = frame if as_frame else str(path)
    for call in (
        lambda: area_share("Kharkiv", of="UA", within=source, as_of="2022-10-01"),
        lambda: check_claims(
            "Russia holds about 2% of Ukraine.", within=source, as_of="2022-10-01"
        ),
    ):
        with pytest.raises(LayerError, match=r"no held ground.*'liberated' \(1\).*statuses="):
            call()
    # counted when asked for
    got = area_share("Kharkiv", of="UA", within=held_layer(source, statuses="all"))
    assert got.held_km2 == pytest.approx(geodesic_area(box(36.5, 49.3, 37.0, 49.7)), rel=1e-3)


def test_a_snapshot_whose_names_are_all_new_is_read_by_its_fills(tmp_path):
    # no name says a known status: the map's status colours still make it a snapshot, and
    # the liberated (green) polygon is not held
    path = write(
        tmp_path / f"{T2}.geojson",
        snapshot(polygon("Zone A", A, OCCUPIED_FILL), polygon("Zone B", B, "#0f9d58")),
    )
    with pytest.warns(GeoclaimsWarning, match="by their fill colour"):
        held = read_layer(path)
    assert len(held) == 1 and held.geometry.iloc[0].equals(A)
