"""claim_map: render the folium map and assert on what the HTML says, like folium's tests."""

from __future__ import annotations

import json
import re

import folium
import geopandas as gpd
import pytest
import shapely
from conftest import PAYLOADS

import geoclaims
from geoclaims import InvalidInputError, UnknownRegionError, area_share, claim_map
from geoclaims.maps import _esc, _simplify_coverage

FOUR = ["Donetsk", "Luhansk", "Zaporizhzhia", "Kherson"]
FOUR_IDS = ["UA-14", "UA-09", "UA-23", "UA-65"]


@pytest.fixture(scope="module")
def four_share():
    return area_share(FOUR, of="Ukraine", as_of="2022-09-21")


@pytest.fixture(scope="module")
def four_map(four_share):
    m = claim_map(four_share, tiles=None)
    return m, m.get_root().render()


def _js(text: str) -> str:
    """`text` as it appears inside a JSON string that folium embedded with tojson."""
    return (
        json.dumps(text)[1:-1]
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("'", "\\u0027")
    )


def _geojson_layers(m: folium.Map) -> dict[str, dict]:
    """Layer name -> GeoJSON data, for every GeoJson layer on the map."""
    return {
        child.layer_name: child.data
        for child in m._children.values()
        if isinstance(child, folium.GeoJson)
    }


def _held_layer(fraction: float = 0.5) -> gpd.GeoDataFrame:
    """A control layer covering the western `fraction` of Donetsk's bounding box."""
    donetsk = geoclaims.lookup(["Donetsk"]).geometry.iloc[0]
    minx, miny, maxx, maxy = donetsk.bounds
    box = shapely.box(minx, miny, minx + fraction * (maxx - minx), maxy)
    return gpd.GeoDataFrame(
        {"status": [PAYLOADS[1]], "note": [PAYLOADS[3]]},
        geometry=[box.intersection(donetsk)],
        crs="EPSG:4326",
    )


def test_one_feature_per_region_and_one_outline(four_map) -> None:
    m, _html = four_map
    layers = _geojson_layers(m)
    regions = layers["Named regions (4)"]
    assert [f["id"] for f in regions["features"]] == FOUR_IDS
    assert [f["properties"]["name"] for f in regions["features"]] == FOUR
    (outline_name,) = [k for k in layers if k.startswith("Outline: Ukraine")]
    assert len(layers[outline_name]["features"]) == 1
    assert "UN view, 2022-09-21" in outline_name


def test_tooltips_show_figures_computed_on_full_geometry(four_share, four_map) -> None:
    _m, html = four_map
    table = four_share.to_frame()
    for row in table.itertuples():
        assert f'"name": "{row.name}"' in html
        assert f'"iso": "{row.iso_3166_2}"' in html
        assert f'"km2": "{row.area_km2:,.0f}"' in html
        # "%" is written as a character reference, which the tooltip (HTML) shows as "%".
        assert f'"share": "{_js(_esc(f"{row.share_pct:.1f}%"))}"' in html
    # Aliases of the tooltip fields.
    for alias in ("Region", "ISO 3166-2", "Area (km\u00b2)", "Share of Ukraine"):
        assert f'"{_js(alias)}"' in html
    # Official area of Donetsk is 26,517 km² (State Statistics Service of Ukraine); the
    # Natural Earth polygon is within 1% of it, so its tooltip figure is too.
    donetsk = table.set_index("iso_3166_2").loc["UA-14", "area_km2"]
    assert donetsk == pytest.approx(26_517, rel=0.01)


def test_legend_layer_control_and_bounds(four_share, four_map) -> None:
    _m, html = four_map
    assert "geoclaims-legend" in html
    assert _js(f"Named regions (4): {four_share.total:,.0f} km\u00b2") in html
    assert _js(_esc(f"{four_share.total_pct:.1f}%")) in html
    assert _js(f"Ukraine, {four_share.country_km2:,.0f} km\u00b2") in html
    assert html.count("L.control.layers(") == 1
    # Fitted to Ukraine under the UN view: Crimea's southern tip is at about 44.4°N, the
    # northern border at about 52.4°N, the west and east ends at about 22.1°E and 40.2°E.
    bounds = re.search(
        r"latLngBounds\(\[\[([-\d.]+), ([-\d.]+)\], \[([-\d.]+), ([-\d.]+)\]\]", html
    )
    assert bounds is not None
    s, w, n, e = map(float, bounds.groups())
    assert s == pytest.approx(44.4, abs=0.2) and n == pytest.approx(52.4, abs=0.2)
    assert w == pytest.approx(22.1, abs=0.2) and e == pytest.approx(40.2, abs=0.2)


def test_tiles_none_makes_no_tile_layer_and_default_uses_osm(four_share, four_map) -> None:
    _m, html = four_map
    assert "L.tileLayer" not in html and "tile.openstreetmap.org" not in html
    with_tiles = claim_map(four_share).get_root().render()
    assert "L.tileLayer" in with_tiles and "tile.openstreetmap.org" in with_tiles


def test_map_html_is_small(four_map) -> None:
    _m, html = four_map
    # Issue 5: the example map (Ukraine, four regions, outline) is at most 600 KB.
    assert len(html.encode("utf-8")) <= 600_000


def test_composes_like_explore(four_share) -> None:
    m = claim_map(["Crimea"], tiles=None)
    out = claim_map(four_share, m=m, fillColor="#123456")
    assert out is m
    html = m.get_root().render()
    assert html.count("L.control.layers(") == 1
    # The LayerControl stays after every layer, so it sees them all.
    last = list(m._children.values())[-1]
    assert isinstance(last, folium.LayerControl)
    names = set(_geojson_layers(m))
    assert {"Named regions (1)", "Named regions (4)"} <= names
    assert '"fillColor": "#123456"' in html


def test_inputs_names_frames_and_find_regions() -> None:
    from_names = _geojson_layers(claim_map(["Donetsk", "UA-09"], tiles=None))
    from_lookup = _geojson_layers(claim_map(geoclaims.lookup(["Donetsk", "Luhansk"]), tiles=None))
    text = "Fighting continued in Donetsk and Luhansk, Ukraine's army said."
    from_text = _geojson_layers(claim_map(geoclaims.find_regions(text), tiles=None))
    for layers in (from_names, from_lookup, from_text):
        ids = [f["id"] for f in layers["Named regions (2)"]["features"]]
        assert ids == ["UA-14", "UA-09"]


def test_worldview_changes_the_outline() -> None:
    m = claim_map(["Donetsk"], tiles=None, worldview="RUS", as_of="2020-01-01")
    html = m.get_root().render()
    # Under Russia's view in 2020, Crimea (south tip about 44.4°N) is not in Ukraine:
    # the southern edge of the outline moves north of 45.2°N (Kherson's coast at ~45.3°N).
    south = float(re.search(r"latLngBounds\(\[\[([-\d.]+),", html).group(1))
    assert south > 45.2
    assert _js("RUS&#x27;s view, 2020-01-01") in html


def test_control_layer_drawn_on_top_with_escaped_properties() -> None:
    share = area_share(["Donetsk"], of="UA", within=_held_layer(0.5))
    m = claim_map(share, tiles=None)
    html = m.get_root().render()
    layers = _geojson_layers(m)
    assert list(layers)[-1] == "Control layer"
    assert "geoclaims-layer" in html
    # the legend says what the held area covers, and the official reading beside the polygons
    assert "drawn whole; held inside the named regions:" in html
    assert _js("Held per layer (km\u00b2)") in html
    assert "on official areas" in html  # Donetsk: 26,517 km² official
    # Untrusted properties arrive escaped; none of the payloads appears as markup.
    for payload in PAYLOADS:
        assert payload not in html
    props = layers["Control layer"]["features"][0]["properties"]
    assert props["p0"] == "&lt;img src=&quot;x&quot; onerror=&quot;window.__gc_pwned = 2&quot;&gt;"
    assert "<" not in props["p1"] and "&lt;/script&gt;" in props["p1"]


def test_coverage_simplification_keeps_neighbours_together() -> None:
    units = geoclaims.regions("UA")
    full = units.geometry.values
    web = _simplify_coverage(full)
    assert shapely.coverage_is_valid(web)  # no overlaps, edges still shared
    assert shapely.get_num_coordinates(web).sum() < shapely.get_num_coordinates(full).sum()
    # No gaps: the union has no more holes than the full-resolution union.
    holes = shapely.get_num_interior_rings
    assert holes(shapely.union_all(web)) <= holes(shapely.union_all(full))
    # Geodesic area barely moves (1% tolerance, a choice for display geometry).
    assert geoclaims.geodesic_area(shapely.union_all(web)) == pytest.approx(
        geoclaims.geodesic_area(shapely.union_all(full)), rel=0.01
    )


def test_bad_input() -> None:
    with pytest.raises(TypeError, match="int"):
        claim_map(42)
    with pytest.raises(InvalidInputError, match="no region names"):
        claim_map([])
    share = area_share(["Donetsk"], of="UA")
    with pytest.raises(InvalidInputError, match="already fixes"):
        claim_map(share, worldview="RUS")
    with pytest.raises(UnknownRegionError, match="Donetsk"):
        claim_map(["Donetks"])
    no_regions = geoclaims.find_regions("Ukraine and Russia met again.")
    with pytest.raises(InvalidInputError, match="no regions"):
        claim_map(no_regions)


# -- offline pages, phones, the view ---------------------------------------------------

_EXTERNAL = re.compile(
    r"<script[^>]+src=|<link[^>]+href=|https?://(?!www\.w3\.org)[^\s\"'<>]+\.(?:js|css)"
)


def _fitted(html: str) -> tuple[float, float, float, float]:
    """(south, west, north, east) the page fits its map to."""
    found = re.search(
        r"latLngBounds\(\[\[([-\d.]+), ([-\d.]+)\], \[([-\d.]+), ([-\d.]+)\]\]\)", html
    )
    assert found is not None
    return tuple(map(float, found.groups()))


def test_map_page_is_offline_and_fits_a_phone(four_share, tmp_path) -> None:
    m = claim_map(four_share, tiles=None)
    m.save(str(tmp_path / "map.html"))
    for html in (m.get_root().render(), (tmp_path / "map.html").read_text(encoding="utf-8")):
        # folium's CDN scripts and stylesheets (Leaflet, jQuery, Bootstrap, Font Awesome)
        # are gone; Leaflet is inlined, as in the report.
        assert not _EXTERNAL.search(html), _EXTERNAL.search(html).group(0)
        assert "cdn.jsdelivr.net" not in html and "code.jquery.com" not in html
        assert "Leaflet 1.9.3" in html and "L.map(" in html
        assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    # The notebook display is the same page in an iframe.
    assert "cdn.jsdelivr.net" not in m._repr_html_()
    # With tiles, the tiles are the only thing from the network (the browser test
    # checks the requests themselves).
    with_tiles = claim_map(four_share).get_root().render()
    assert not _EXTERNAL.search(with_tiles)
    assert 'L.tileLayer(\n                "https://tile.openstreetmap.org/' in with_tiles


def test_the_initial_view_is_not_animated(four_map) -> None:
    # folium's fit_bounds is animated from zoom 1, and Leaflet drops any other view change
    # during a zoom animation; the page fits without animation instead (and again when the
    # map's frame gets its size, as in a notebook).
    _m, html = four_map
    assert ".fitBounds(bounds, {animate: false" in html
    assert "ResizeObserver" in html
    assert "map_" in html and ".fitBounds(\n" not in html  # no folium FitBounds element


@pytest.mark.parametrize(
    ("names", "country"),
    [
        (["RU-CHU"], "RUS"),  # Chukotka: 172°E to 169°W
        (["FJ-E", "FJ-N"], "FJI"),  # Fiji's Eastern and Northern divisions
        (["Alaska"], "USA"),
        (["Texas", "California"], "USA"),  # on a US map whose outline crosses 180°
    ],
)
def test_regions_across_180_are_framed_on_the_region(names, country) -> None:
    m = claim_map(geoclaims.lookup(names), tiles=None)
    s, w, n, e = _fitted(m.get_root().render())
    assert e - w < 200, (w, e)  # not the whole world (360°)
    # Every named region lies in the frame, its western longitudes moved by +360°; the
    # drawn shapes are simplified (1/2000 of the extent: up to 0.2° on a US-wide map).
    tol = 0.25
    for name in names:
        minx, miny, maxx, maxy = geoclaims.lookup([name]).total_bounds
        if w > 0 and minx < 0:
            minx, maxx = (minx + 360, maxx + 360) if maxx < 0 else (maxx, minx + 360)
        assert s - tol <= miny and maxy <= n + tol
        assert w - tol <= minx and maxx <= e + tol, (name, minx, maxx, w, e)


def test_no_shift_for_regions_that_do_not_cross_180(four_map) -> None:
    _s, w, _n, e = _fitted(four_map[1])
    assert w == pytest.approx(22.1, abs=0.2) and e == pytest.approx(40.2, abs=0.2)
    # Nor for a country across 0° (France, from its overseas regions in the Caribbean at
    # about 61°W to Réunion at about 56°E).
    _s, w, _n, e = _fitted(claim_map(["Gironde", "Bas-Rhin"], tiles=None).get_root().render())
    assert w < -5 < 0 < 8 < e and e - w < 180


def test_map_html_moves_a_users_map_onto_an_offline_page() -> None:
    from geoclaims.maps import map_html

    m = folium.Map(tiles=None)
    claim_map(["Donetsk"], m=m)
    page = map_html(m)
    assert "cdn.jsdelivr.net" not in page and "Leaflet 1.9.3" in page
    assert "geoclaims-region" in page


def _outline_name(m: folium.Map) -> str:
    (outline,) = [v for k, v in _geojson_layers(m).items() if k.startswith("Outline")]
    return outline["features"][0]["properties"]["name"]


def test_a_named_area_of_several_countries_is_its_own_whole() -> None:
    # Kashmir has no one administering country: the map's whole is the area itself
    m = claim_map(["Kashmir"], tiles=None)
    assert _outline_name(m).startswith("Kashmir")
    assert "Named regions (1)" in m.get_root().render()


def test_a_country_by_name_is_drawn_as_its_own_whole() -> None:
    m = claim_map("Fiji", tiles=None)
    assert _outline_name(m).startswith("Fiji")


def test_an_ambiguous_name_takes_the_country_of_the_other_names() -> None:
    # "Georgia" beside Abkhazia is the country, not the US state; alone it stays ambiguous
    m = claim_map(["Georgia", "Abkhazia"], tiles=None)
    assert _outline_name(m).startswith("Georgia")
    with pytest.raises(geoclaims.AmbiguousRegionError, match="'Georgia' is ambiguous"):
        claim_map(["Georgia"], tiles=None)
    with pytest.raises(geoclaims.AmbiguousRegionError, match="'Victoria' is ambiguous"):
        claim_map(["Victoria", "Donetsk"], tiles=None)


def test_a_region_outside_the_country_has_no_share_in_its_tooltip() -> None:
    # Ladakh (India) on a map of Pakistan's parts of Kashmir: drawn, said outside, and its
    # tooltip gives no "0.0%" share of Pakistan
    with pytest.warns(geoclaims.GeoclaimsWarning, match="'Ladakh' lies outside Pakistan"):
        m = claim_map(["Gilgit-Baltistan", "Azad Kashmir", "Ladakh"])
    html = m.get_root().render()
    shares = re.findall(r'"share": "([^"]*)"', html)
    assert len(shares) == 3 and shares.count("none: outside Pakistan") == 1, shares


def test_a_second_country_on_one_map_has_its_own_layer_name_and_one_legend() -> None:
    # the report of an article on Ukraine that names Russia's Kursk region draws both on
    # one map: the layer control tells their regions apart, and one legend lists both
    m = claim_map(["Donetsk"], tiles=None)
    claim_map(["Kursk"], m=m)
    names = set(_geojson_layers(m))
    assert {"Named regions (1)", "Named regions of Russia (1)"} <= names
    html = m.get_root().render()
    assert html.count('L.DomUtil.create("div", "geoclaims-legend")') == 1
    legend = re.search(r"div\.innerHTML = (\".*?\");", html).group(1)
    text = json.loads(legend)
    assert text.count("geoclaims-legend-title") == 1
    assert "Ukraine, " in text and "Russia, " in text
    assert "Named regions of Russia (1)" in text


def test_a_map_saves_to_a_text_stream_and_refuses_another_format_s_name(tmp_path):
    import io

    from geoclaims import InvalidInputError, claim_map

    m = claim_map(["Donetsk"], tiles=None)
    stream = io.StringIO()
    m.save(stream)
    assert "<html" in stream.getvalue().lower()
    with pytest.raises(InvalidInputError, match=r"an HTML page, not \.png"):
        m.save(tmp_path / "map.png")
    assert not (tmp_path / "map.png").exists()


def test_maps_drawn_on_one_keep_each_layer_and_colour():
    m = claim_map(["Donetsk", "Luhansk"], tiles=None, as_of="2022-09-20")
    m = claim_map(["Zaporizhzhia", "Kherson"], m=m, fillColor="#756bb1", as_of="2022-09-20")
    html = m.get_root().render()
    layers = [c.layer_name for c in m._children.values() if hasattr(c, "layer_name")]
    named = [n for n in layers if n.startswith("Named regions")]
    assert len(named) == 2 and len(set(named)) == 2, named
    assert sum(n.startswith("Outline") for n in layers) == 1  # one outline of Ukraine
    assert "#756bb1" in html.split("geoclaims-legend")[-1]  # the legend's swatch too


def test_a_map_s_legend_dates_its_snapshot(tmp_path):
    from test_layers_snapshots import _period_c

    path = _period_c(tmp_path)
    m = claim_map(["Donetsk"], within=path, tiles=None)
    html = m.get_root().render()
    # a DeepStateMap snapshot is named for what it draws, in the legend and layer list
    assert "Russian-held ground (DeepStateMap) (snapshot of" in html
    assert "Control layer" not in html
