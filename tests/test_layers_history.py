"""control_history and `geoclaims history`: the held share over time, its table, chart and page."""

from __future__ import annotations

import gzip
import html
import json
import re
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
import shapely
from test_layers_snapshots import (
    CRIMEA,
    OUTSIDE_FILL,
    T1,
    T2,
    T3,
    TRANSNISTRIA,
    A,
    B,
    C,
    point,
    polygon,
    snapshot,
    write,
)

from geoclaims import (
    GeoclaimsWarning,
    LayerError,
    area_share,
    control_history,
    lookup,
    read_layer,
    regions,
)
from geoclaims.areas import geodesic_area
from geoclaims.cli import main
from geoclaims.history import _script_json, history_page


@pytest.fixture
def folder(tmp_path) -> Path:
    base = tmp_path / "snapshots"
    write(base / f"{T1}.geojson", snapshot(polygon("Окуповано", A), point("x", 37, 48)))
    write(
        base / f"{T2}.geojson",
        snapshot(
            polygon("Окуповано /// Occupied", A),
            polygon("Окупований Крим /// Occupied Crimea", CRIMEA),
            polygon("Придністров'я /// Transnistria", TRANSNISTRIA, OUTSIDE_FILL),
        ),
    )
    write(
        base / f"{T3}.geojson",
        snapshot(
            *(
                polygon("Окуповано /// Occupied /// geoJSON.status.occupied", g)
                for g in (A, B, C, CRIMEA)
            ),
            # overlapping polygons count once
            polygon("Окуповано /// Occupied /// geoJSON.status.occupied", A, collection=True),
        ),
    )
    return base


def _ukraine_km2() -> float:
    return area_share("Donetsk", of="UA").country_km2


def test_history_of_a_folder(folder):
    table = control_history(folder, of="UA", progress=False)
    assert list(table.columns) == ["time", "held_km2", "held_pct", "source"]
    assert list(table["time"]) == [pd.Timestamp(t, unit="s", tz="UTC") for t in (T1, T2, T3)]
    assert list(table["source"]) == [str(folder / f"{t}.geojson") for t in (T1, T2, T3)]
    # independent figures: the boxes lie well inside Ukraine (Crimea's box in the sea's
    # bay is clipped to the land, so it is measured against Ukraine's polygon here)
    peninsula = shapely.union_all(lookup(["Crimea", "Sevastopol"]).geometry.values)
    crimea_land = geodesic_area(shapely.intersection(CRIMEA, peninsula))
    expected = [
        geodesic_area(A),
        geodesic_area(A) + crimea_land,  # Transnistria is outside Ukraine: never counted
        geodesic_area(shapely.union_all([A, B, C])) + crimea_land,
    ]
    assert table["held_km2"].tolist() == pytest.approx(expected, rel=1e-6)
    assert table["held_pct"].tolist() == pytest.approx(
        [k / _ukraine_km2() * 100 for k in expected], rel=1e-6
    )
    assert table.attrs["country"] == "UKR"


def test_excluding_crimea(folder):
    full = control_history(folder, of="UA", progress=False)
    outside = control_history(
        folder, of="Ukraine", exclude=["Crimea", "Sevastopol"], progress=False
    )
    assert outside["held_km2"].tolist() == pytest.approx(
        [geodesic_area(A), geodesic_area(A), geodesic_area(shapely.union_all([A, B, C]))],
        rel=1e-6,
    )
    assert (outside["held_km2"] <= full["held_km2"]).all()
    assert outside.attrs["exclude"] == ["Crimea", "Sevastopol"]


def test_excluding_a_region_of_another_country_warns(folder):
    # Kursk is Russia's: taking it out of Ukraine's held ground changes nothing
    full = control_history(folder, of="UA", progress=False)
    with pytest.warns(UserWarning, match="'Kursk' lies outside Ukraine"):
        same = control_history(folder, of="UA", exclude=["Kursk"], progress=False)
    assert same["held_km2"].tolist() == pytest.approx(full["held_km2"].tolist())


def test_history_matches_area_share_snapshot_by_snapshot(folder):
    # the per-date baseline the benchmark compares with: area_share of every Ukrainian
    # unit within the snapshot in force
    table = control_history(folder, of="UA", progress=False)
    units = regions("UA")
    for row in table.itertuples():
        day = row.time.date()
        share = area_share(units, of="UA", within=folder, as_of=day)
        assert share.held_km2 == pytest.approx(row.held_km2, rel=1e-6)


def test_history_of_a_region_is_its_share_of_that_region(folder):
    # the held ground inside Donetsk oblast over time, as a share of the oblast's own
    # area: snapshot by snapshot what area_share's held reading of the oblast gives
    table = control_history(folder, of="UA-14", progress=False)
    assert table.attrs["region"] == "Donetsk" and table.attrs["country"] == "UKR"
    donetsk = lookup(["UA-14"]).geometry.iloc[0]
    oblast_km2 = geodesic_area(donetsk)
    for t, row in zip((T1, T2, T3), table.itertuples(), strict=True):
        held = read_layer(folder / f"{t}.geojson")
        inside = shapely.intersection(shapely.union_all(held.geometry.values), donetsk)
        assert row.held_km2 == pytest.approx(geodesic_area(inside), rel=1e-6)
        assert row.held_pct == pytest.approx(100 * row.held_km2 / oblast_km2, rel=1e-9)
    # a named area too, and the same by name
    assert control_history(folder, of="Donetsk", progress=False)["held_km2"].equals(
        table["held_km2"]
    )
    assert control_history(folder, of="Donbas", progress=False).attrs["region"] == "Donbas"


def test_history_of_neither_a_country_nor_a_region_says_both_were_tried(folder):
    from geoclaims import UnknownCountryError

    with pytest.raises(UnknownCountryError, match="No country, region or named area named"):
        control_history(folder, of="Nowhereland", progress=False)


def test_glob_list_and_multi_date_sources(folder, tmp_path):
    from_glob = control_history(str(folder / "*.geojson"), of="UA", progress=False)
    assert len(from_glob) == 3
    daily = gpd.GeoDataFrame(
        {"id": [1, 2], "date": ["2024-07-01", "2024-07-02"]},
        geometry=[A, shapely.union_all([A, B])],
        crs=4326,
    )
    raw = tmp_path / "daily.geojson"
    daily.to_file(raw, driver="GeoJSON")
    packed = tmp_path / "daily.geojson.gz"
    packed.write_bytes(gzip.compress(raw.read_bytes()))
    both = control_history([folder, packed], of="UA", progress=False)
    assert len(both) == 5
    assert both["time"].is_monotonic_increasing
    assert both["held_km2"].iloc[-1] == pytest.approx(
        geodesic_area(shapely.union_all([A, B])), rel=1e-6
    )
    assert both["source"].iloc[-1] == f"{packed} (date 2024-07-02)"


def test_sequential_and_parallel_agree(folder):
    one = control_history(folder, of="UA", progress=False, workers=1)
    two = control_history(folder, of="UA", progress=False, workers=2)
    pd.testing.assert_frame_equal(one, two)


def test_fill_warnings_are_summed_up(tmp_path):
    base = tmp_path / "s"
    for t in (T1, T2):
        write(base / f"{t}.geojson", snapshot(polygon("Окуповано", A), polygon("Poly 7", B)))
    with pytest.warns(UserWarning, match="in 2 of 2 snapshots") as record:
        table = control_history(base, of="UA", progress=False)
    assert len(record) == 1
    assert table["held_km2"].iloc[0] == pytest.approx(
        geodesic_area(shapely.union_all([A, B])), rel=1e-6
    )


def test_history_errors(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(LayerError, match="holds no snapshot files"):
        control_history(tmp_path / "empty", of="UA", progress=False)
    plain = tmp_path / "plain.geojson"
    gpd.GeoDataFrame(geometry=[A], crs=4326).to_file(plain, driver="GeoJSON")
    with pytest.raises(LayerError, match="has no dates"):
        control_history(plain, of="UA", progress=False)
    with pytest.raises(ValueError, match="workers"):
        control_history(plain, of="UA", workers=0)


# -- page ---------------------------------------------------------------------------------


HOSTILE = "</script><script>window.__gc_pwned=1</script>{{ 7*7 }}{% if 1 %}x{% endif %}&amp;"


def test_page_is_self_contained_and_escapes_outside_strings(folder, tmp_path):
    hostile = tmp_path / f"{HOSTILE.replace('/', '|')}"
    hostile.mkdir()
    for f in folder.iterdir():
        (hostile / f.name).write_bytes(f.read_bytes())
    out = tmp_path / "held.html"
    assert main(["history", str(hostile), "--of", "UA", "-o", str(out), "--no-progress"]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<svg" in page and "<polyline" in page and 'id="gc-slider"' in page
    assert "L.geoJSON" in page and "leaflet" in page.lower()
    # nothing fetched from anywhere: no element loads an outside resource (Leaflet's own
    # attribution link inside its inlined script is text, not a resource)
    markup = re.sub(r"<(script|style)\b[^>]*>.*?</\1>", "", page, flags=re.S)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", markup)
    assert markup.count("<script") == 0 and page.count("<script") == 4
    # the source names reach the page escaped in the table and as escaped JSON nowhere else
    assert "<script>window.__gc_pwned" not in page
    table = page.split("<h2>Table")[1]
    # shown literally, never evaluated as a template
    assert html.escape(hostile.name) in table
    assert "&lt;|script&gt;&lt;script&gt;window.__gc_pwned=1" in table
    assert "{{ 7*7 }}{% if 1 %}x{% endif %}&amp;amp;" in table
    frames = json.loads(re.search(r'id="gc-frames">(.*?)</script>', page, re.S).group(1))
    assert len(frames) == 3 and frames[-1]["geometry"]["type"] in ("Polygon", "MultiPolygon")


def test_script_json_escapes_markup():
    text = _script_json({"a": "</script><!-- & -->"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><!-- & -->"}


def test_page_without_rows():
    empty = pd.DataFrame(
        {"time": pd.Series([], dtype="datetime64[ns, UTC]"), "held_km2": [], "held_pct": [],
         "source": []}
    )  # fmt: skip
    page = history_page(empty)
    assert 'id="gc-map"' not in page and "<table>" in page


# -- command line --------------------------------------------------------------------------


def test_cli_outputs(folder, tmp_path, capsys):
    for suffix in (".csv", ".parquet", ".png"):
        out = tmp_path / f"held{suffix}"
        code = main(
            ["history", str(folder), "--of", "UA", "--exclude", "Crimea", "Sevastopol",
             "-o", str(out), "--no-progress"]
        )  # fmt: skip
        assert code == 0 and out.stat().st_size > 0
        assert "3 snapshots" in capsys.readouterr().out
    table = pd.read_csv(tmp_path / "held.csv")
    assert list(table.columns) == ["time", "held_km2", "held_pct", "source"]
    assert table["held_km2"].iloc[0] == pytest.approx(geodesic_area(A), rel=1e-6)
    parquet = pd.read_parquet(tmp_path / "held.parquet")
    assert parquet["held_pct"].tolist() == pytest.approx(table["held_pct"].tolist())
    assert (tmp_path / "held.png").read_bytes()[:4] == b"\x89PNG"


def test_cli_table_to_stdout_and_errors(folder, tmp_path, capsys):
    assert main(["history", str(folder), "--of", "UA", "--no-progress"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "time,held_km2,held_pct,source" and len(lines) == 4
    assert main(["history", str(folder), "--of", "UA", "-o", str(tmp_path / "x.xlsx")]) == 2
    assert ".csv, .parquet, .html or .png" in capsys.readouterr().err
    assert main(["history", str(tmp_path / "none" / "*.geojson"), "--of", "UA"]) == 2
    err = capsys.readouterr().err
    assert "matches no files" in err and "Traceback" not in err
    assert main(["history", str(folder), "--of", "UA", "-o", str(tmp_path / "no" / "x.csv")]) == 2
    assert not (tmp_path / "no").exists()


# -- in a browser -------------------------------------------------------------------------


@pytest.mark.browser
def test_page_in_chromium_slider_swaps_polygons(folder, tmp_path, chromium, sync_playwright):
    hostile = tmp_path / "<img src=x onerror=window.__gc_pwned=1>"
    hostile.mkdir()
    for f in folder.iterdir():
        (hostile / f.name).write_bytes(f.read_bytes())
    out = tmp_path / "held.html"
    assert main(["history", str(hostile), "--of", "UA", "-o", str(out), "--no-progress"]) == 0
    refused: list[str] = []
    errors: list[str] = []

    def route(r):
        if r.request.url.startswith(("file://", "data:")):
            r.continue_()
        else:
            refused.append(r.request.url)
            r.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--headless", "--no-sandbox"])
        try:
            page = browser.new_page()
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.route("**/*", route)
            page.goto(out.resolve().as_uri(), wait_until="load")
            page.wait_for_selector("#gc-map path", state="attached", timeout=15_000)
            latest = page.locator("#gc-label").text_content()
            held_latest = page.locator("#gc-map path").last.get_attribute("d")
            page.locator("#gc-slider").fill("0")
            first = page.locator("#gc-label").text_content()
            held_first = page.locator("#gc-map path").last.get_attribute("d")
            n_paths = page.locator("#gc-map path").count()
            pwned = page.evaluate("window.__gc_pwned")
            visible = page.locator("table").text_content()
        finally:
            browser.close()
    assert errors == [] and refused == []  # Leaflet inlined, no tiles: no network
    assert latest.startswith("2024-03-24 17:06 UTC") and first.startswith("2022-04-15 05:20 UTC")
    assert n_paths == 2  # the country's outline and the held ground of the chosen date
    assert held_first and held_latest and held_first != held_latest  # the slider swapped it
    assert pwned is None
    assert "<img src=x onerror=window.__gc_pwned=1>" in visible  # shown as text


def test_outputs_keep_permissions_and_never_replace_devices(folder, tmp_path):
    out = tmp_path / "held.csv"
    out.write_text("old")
    out.chmod(0o640)
    assert main(["history", str(folder), "--of", "UA", "-o", str(out), "--no-progress"]) == 0
    assert out.read_text().startswith("time,") and (out.stat().st_mode & 0o777) == 0o640
    device = Path("/dev/null")
    before = device.stat()
    from geoclaims._io import write_with

    write_with(device, lambda p: Path(p).write_text("x"))
    after = device.stat()
    assert after.st_ino == before.st_ino and after.st_rdev == before.st_rdev  # still a device
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp left


def test_a_history_of_another_country_with_nothing_held_says_which_statuses_count(folder):
    # the folder's snapshots draw Transnistria with the status of ground held outside
    # Ukraine, not counted by default: Moldova's history is all zero, and says why
    with pytest.warns(GeoclaimsWarning, match="statuses='all'"):
        table = control_history(folder, of="Moldova", progress=False)
    assert (table["held_km2"] == 0).all()
    # (with every status counted, the snapshots that draw nothing near Moldova say so)
    with pytest.warns(GeoclaimsWarning, match="draw nothing near Moldova"):
        counted = control_history(folder, of="Moldova", statuses="all", progress=False)
    assert (counted["held_km2"] > 0).any()


def test_the_chart_steps_from_snapshot_to_snapshot(folder):
    # a snapshot stands until the next: each new value is a step, not a slope, so the
    # line has a corner (the next time at the old value) between two snapshots
    from geoclaims.history import _svg_chart

    table = control_history(folder, of="UA", progress=False)
    svg = _svg_chart(table)
    points = re.search(r'<polyline points="([^"]+)"', svg).group(1).split()
    assert len(points) == 2 * len(table) - 1
    xs = [float(p.split(",")[0]) for p in points]
    ys = [float(p.split(",")[1]) for p in points]
    for k in range(len(table) - 1):
        assert ys[2 * k] == ys[2 * k + 1]  # flat until the next snapshot
        assert xs[2 * k + 1] == xs[2 * k + 2]  # then straight up or down


@pytest.mark.parametrize("statuses", [5, {"occupied": True}, b"occupied"])
def test_statuses_of_the_wrong_type_are_a_typed_error(statuses):
    import geoclaims

    with pytest.raises(geoclaims.InvalidTypeError, match="statuses= takes"):
        geoclaims.control_history("snapshots/", of="UKR", statuses=statuses)


def test_an_unreadable_snapshot_is_left_out_and_said(folder):
    # an empty FeatureCollection among good snapshots (a broken download) does not stop
    # the history: it is left out, with one warning, and listed in attrs["skipped"]
    empty = folder / f"{T3 + 1}.geojson"
    empty.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    with pytest.warns(GeoclaimsWarning, match=r"1 of 4 snapshots could not be read"):
        table = control_history(folder, of="UA", progress=False, workers=1)
    assert len(table) == 3
    assert [s for s, _why in table.attrs["skipped"]] == [str(empty)]
    # with nothing readable, the error is the first snapshot's
    only = folder.parent / "only"
    only.mkdir()
    (only / empty.name).write_text(empty.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(LayerError, match="no features"):
        control_history(only, of="UA", progress=False, workers=1)


def test_a_snapshot_given_twice_or_in_two_units_of_time_counts_once(folder):
    table = control_history(folder, of="UA", progress=False)
    assert len(control_history([folder, folder], of="UA", progress=False)) == len(table)
    # the same time in milliseconds: left out, with a warning that names it
    first = sorted(folder.glob("*.geojson"))[0]
    twin = folder / f"{int(first.stem) * 1000}.geojson"
    twin.write_bytes(first.read_bytes())
    with pytest.warns(GeoclaimsWarning, match="of the same time"):
        again = control_history(folder, of="UA", progress=False)
    assert len(again) == len(table)


def test_a_history_page_of_something_else_is_a_typed_error():
    from geoclaims import InvalidInputError, InvalidTypeError

    with pytest.raises(InvalidTypeError, match="'x'"):
        history_page("x")
    table = pd.DataFrame(
        {"time": [pd.Timestamp("2022-01-01", tz="UTC")], "held_km2": [1.0], "source": ["a"]}
    )
    with pytest.raises(InvalidInputError, match="'held_pct'"):
        history_page(table)


def test_history_of_a_layer_of_feature_periods(tmp_path):
    # two inland blocks of Ukraine: one held from 2024-01-01 on, one from 2024-03-01 to
    # 2024-05-31
    a = shapely.box(35.0, 48.0, 36.0, 49.0)
    b = shapely.box(33.0, 49.0, 34.0, 50.0)
    frame = gpd.GeoDataFrame(
        {
            "valid_from": ["2024-01-01", "2024-03-01"],
            "valid_to": [None, "2024-05-31"],
        },
        geometry=[a, b],
        crs=4326,
    )
    path = tmp_path / "periods.gpkg"
    frame.to_file(path)
    df = control_history(path, of="UA")
    days = [t.date().isoformat() for t in df["time"]]
    assert days == ["2024-01-01", "2024-03-01", "2024-06-01"]
    km2 = df["held_km2"].tolist()
    assert km2[0] == pytest.approx(geodesic_area(a), rel=1e-6)
    assert km2[1] == pytest.approx(geodesic_area(a) + geodesic_area(b), rel=1e-6)
    assert km2[2] == pytest.approx(km2[0], rel=1e-9)


def test_history_keeps_one_holders_ground_with_where(tmp_path):
    a = shapely.box(35.0, 48.0, 36.0, 49.0)
    b = shapely.box(33.0, 49.0, 34.0, 50.0)
    frame = gpd.GeoDataFrame(
        {"actor": ["A", "B"], "valid_from": ["2024-01-01", "2024-01-01"]},
        geometry=[a, b],
        crs=4326,
    )
    path = tmp_path / "actors.gpkg"
    frame.to_file(path)
    df = control_history(path, of="UA", where={"actor": "A"})
    assert df["held_km2"].tolist() == pytest.approx([geodesic_area(a)], rel=1e-6)
    # the same on the command line
    out = tmp_path / "held.csv"
    assert main(["history", str(path), "--of", "UA", "--where", "actor=A", "-o", str(out),
                 "--no-progress"]) == 0  # fmt: skip
    assert pd.read_csv(out)["held_km2"].tolist() == pytest.approx([geodesic_area(a)], rel=1e-6)
    from geoclaims import InvalidTypeError

    with pytest.raises(InvalidTypeError):
        control_history(path, of="UA", where=["actor", "A"])


def test_a_snapshot_that_draws_nothing_near_the_whole_has_no_figure(folder, tmp_path):
    # "--of Georgia" on snapshots of Ukraine alone printed 0.0%: those snapshots say
    # nothing of it (NaN), unlike one that draws ground nearby but none inside (0)
    with pytest.warns(GeoclaimsWarning, match="2 of 3 snapshots draw nothing near Moldova"):
        table = control_history(folder, of="Moldova", statuses="all", progress=False)
    km2 = table["held_km2"].tolist()
    assert pd.isna(km2[0]) and pd.isna(km2[2]) and km2[1] > 0
    page = history_page(table)
    assert not re.search(r"\bnan\b", page, re.IGNORECASE)
    assert page.count("<td>–</td>") == 4  # km² and % of the two snapshots
    # a whole the snapshots reach keeps 0 where nothing is held
    table = control_history(folder, of="UA", progress=False)
    assert not table["held_km2"].isna().any()
