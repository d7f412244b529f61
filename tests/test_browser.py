"""The saved report, opened from disk in headless Chromium (Debian's, via playwright).

Every request the page makes beyond its own file is refused and recorded: the report
inlines Leaflet, so with ``tiles=None`` it must need no network at all.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from conftest import EXAMPLE_UNITS, PAYLOADS

import geoclaims

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class _Page:
    """A Chromium page that refuses every network request and records trouble."""

    def __init__(self, browser) -> None:
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.refused: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 1000})
        self.page.on(
            "console",
            lambda msg: self.console_errors.append(msg.text) if msg.type == "error" else None,
        )
        self.page.on("pageerror", lambda exc: self.page_errors.append(str(exc)))
        self.page.route("**/*", self._route)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(("file://", "data:")):
            route.continue_()
            return
        self.refused.append(url)
        route.abort()

    def open(self, html_path: Path) -> None:
        self.page.goto(html_path.resolve().as_uri(), wait_until="load")
        self.page.wait_for_selector("path.geoclaims-region", state="attached", timeout=15_000)

    def count(self, selector: str) -> int:
        return self.page.locator(selector).count()


@pytest.fixture(scope="module")
def browser(chromium, sync_playwright):
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield b
        b.close()


def test_report_renders_in_chromium(browser, example_text, tmp_path: Path) -> None:
    rep = geoclaims.report(example_text, tiles=None, as_of="2022-09-21")
    path = rep.save(tmp_path / "report.html")
    page = _Page(browser)
    page.open(path)

    assert page.console_errors == []
    assert page.page_errors == []
    assert page.refused == []  # Leaflet is inlined and there are no tiles: no network

    assert page.count(".leaflet-container") == 1
    # One SVG path per drawn region, each carrying its unit's class; one country outline.
    drawn = set(rep.share.units["unit_id"])
    assert drawn == EXAMPLE_UNITS
    assert page.count("path.geoclaims-region") == len(drawn)
    for unit in drawn:
        assert page.count(f"path.geoclaims-unit-{unit}") == 1
    assert page.count("path.geoclaims-outline") == 1
    assert f"Named regions ({len(drawn)})" in page.page.locator(".geoclaims-legend").inner_text()

    # Highlighted mentions: every region mention is a link to its unit on the map.
    links = page.page.locator("a.gc-mention[data-unit]")
    assert {links.nth(i).get_attribute("data-unit") for i in range(links.count())} == drawn
    region_rows = rep.mentions[rep.mentions["unit_id"].isin(drawn)]
    assert links.count() == len(region_rows)
    assert page.count(".gc-article .gc-claim") == len(rep.claims) >= 1

    # Clicking a mention zooms the map to the region and opens its tooltip.
    zoom_before = page.page.evaluate(
        "() => { for (const k in window) { if (/^map_/.test(k) && window[k] && window[k].getZoom)"
        " return window[k].getZoom(); } return null; }"
    )
    page.page.locator('a.gc-mention[data-unit="UA-09"]').first.click()
    page.page.wait_for_selector(".leaflet-tooltip", timeout=5_000)
    assert "Luhansk" in page.page.locator(".leaflet-tooltip").first.inner_text()
    page.page.wait_for_timeout(400)
    zoom_after = page.page.evaluate(
        "() => { for (const k in window) { if (/^map_/.test(k) && window[k] && window[k].getZoom)"
        " return window[k].getZoom(); } return null; }"
    )
    assert zoom_after > zoom_before
    assert page.console_errors == [] and page.page_errors == []

    shot = tmp_path / "report.png"
    page.page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    page.page.close()


def test_hostile_article_and_layer_execute_nothing(browser, hostile_text, tmp_path: Path) -> None:
    donetsk = geoclaims.lookup(["Donetsk"]).geometry.iloc[0]
    minx, miny, maxx, maxy = donetsk.bounds
    west = shapely.box(minx, miny, (minx + maxx) / 2, maxy)
    layer = gpd.GeoDataFrame(
        {"status": [PAYLOADS[1]], "note": [PAYLOADS[3]], PAYLOADS[2]: [PAYLOADS[0]]},
        geometry=[west.intersection(donetsk)],
        crs="EPSG:4326",
    )
    rep = geoclaims.report(hostile_text, title=PAYLOADS[0], within=layer, tiles=None)
    path = rep.save(tmp_path / "hostile.html")
    page = _Page(browser)
    page.open(path)
    # Open every tooltip, so that any markup in them would be parsed now.
    page.page.evaluate(
        "() => { for (const k in window) { const m = window[k];"
        " if (/^map_/.test(k) && m && m.eachLayer) { m.eachLayer(l => {"
        " if (l.getTooltip && l.getTooltip() && l.getBounds) l.openTooltip(l.getBounds().getCenter());"
        " }); } } }"
    )
    page.page.wait_for_timeout(500)

    assert page.page.evaluate("() => typeof window.__gc_pwned") == "undefined"
    assert page.page_errors == []
    assert page.console_errors == []
    assert page.count("path.geoclaims-layer") == 1
    # The payloads are shown as text, not run.
    article = page.page.locator(".gc-article").inner_text()
    assert PAYLOADS[0] in article and PAYLOADS[1] in article
    tooltips = " ".join(page.page.locator(".leaflet-tooltip").all_inner_texts())
    assert PAYLOADS[1] in tooltips
    assert page.page.title() == PAYLOADS[0]
    assert page.count("article script, .gc-article script, .gc-article img") == 0
    page.page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)
    page.page.close()
