"""Every page geoclaims writes, opened from disk in headless Chromium (Debian's, via playwright).

Every request a page makes beyond its own file is refused and recorded: the pages
inline Leaflet, so with ``tiles=None`` they need no network at all. Each page kind (the
report, the map of ``claim_map``/``geoclaims map``, the scan map, and both as a notebook
shows them) is checked at 1280 and at 400 px: shapes drawn, no console error, no
sideways scroll. A screenshot of each goes to ``$GEOCLAIMS_ARTIFACTS`` (else
``artifacts/`` in the repository root) for a person to look at; CI keeps that folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from conftest import EXAMPLE, EXAMPLE_UNITS, PAYLOADS, ROOT

import geoclaims
from geoclaims.cli import main

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
WIDTHS = (1280, 400)
#: The zoom of the first map found on the page (folium names its maps map_<hex>).
ZOOM = (
    "() => { for (const k in window) { if (/^map_/.test(k) && window[k] && window[k].getZoom)"
    " return window[k].getZoom(); } return null; }"
)
#: Whether the first map's view is centred inside its shapes and shows most of them.
FITTED = """() => {
  for (const k in window) {
    const m = window[k];
    if (!/^map_/.test(k) || !m || !m.getZoom) { continue; }
    let b = null;
    m.eachLayer(l => {
      if (l.feature && l.getBounds) {
        const lb = l.getBounds();
        b = b ? b.extend(lb) : L.latLngBounds(lb.getSouthWest(), lb.getNorthEast());
      }
    });
    return b !== null && m.getBounds().contains(b.getCenter()) && b.contains(m.getCenter());
  }
  return false;
}"""
#: Sideways scroll: how much wider the document is than the window (0 when it fits).
OVERFLOW = "() => document.documentElement.scrollWidth - window.innerWidth"


def _artifacts() -> Path:
    folder = Path(os.environ.get("GEOCLAIMS_ARTIFACTS") or ROOT / "artifacts") / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class _Page:
    """A Chromium page that refuses every network request and records trouble."""

    def __init__(self, browser, width: int = 1280, *, javascript: bool = True) -> None:
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.refused: list[str] = []
        self.context = browser.new_context(
            viewport={"width": width, "height": 900}, java_script_enabled=javascript
        )
        self.page = self.context.new_page()
        self.page.on(
            "console",
            lambda msg: self.console_errors.append(msg.text) if msg.type == "error" else None,
        )
        self.page.on("pageerror", lambda exc: self.page_errors.append(str(exc)))
        self.page.route("**/*", self._route)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(("file://", "data:", "about:")):
            route.continue_()
            return
        self.refused.append(url)
        route.abort()

    def open(self, html_path: Path, shapes: str = "path.geoclaims-region") -> None:
        self.page.goto(html_path.resolve().as_uri(), wait_until="load")
        if shapes:
            self.page.wait_for_selector(shapes, state="attached", timeout=15_000)

    def count(self, selector: str) -> int:
        return self.page.locator(selector).count()

    def check(self, name: str, width: int) -> None:
        """No errors, no network, no sideways scroll; keep a screenshot."""
        assert self.console_errors == [], self.console_errors
        assert self.page_errors == [], self.page_errors
        assert self.refused == [], self.refused
        assert self.page.evaluate(OVERFLOW) <= 0, f"{name} scrolls sideways at {width} px"
        shot = _artifacts() / f"{name}-{width}.png"
        self.page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 5_000

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def browser(chromium, sync_playwright):
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory, example_text) -> dict[str, Path]:
    """One file per page kind, built as a user would build it."""
    folder = tmp_path_factory.mktemp("pages")
    out = {}
    rep = geoclaims.report(example_text, tiles=None, as_of="2022-09-21")
    out["report"] = rep.save(folder / "report.html")
    m = geoclaims.claim_map(rep.share, tiles=None)
    m.save(str(folder / "claim_map.html"))
    out["claim_map"] = folder / "claim_map.html"
    cli_map = folder / "cli_map.html"
    assert main(["map", "Donetsk", "Luhansk", "-o", str(cli_map), "--tiles", "none"]) == 0
    out["cli_map"] = cli_map
    pytest.importorskip("dask")
    import pandas as pd

    from geoclaims.corpus import mention_map, mentions_per_region, scan

    articles = [example_text, "Shelling in Kharkiv and Kherson.", "Votes in Donetsk."]
    found = scan(pd.DataFrame({"text": articles}), scheduler="sync", progress=False)
    scan_map = folder / "scan_map.html"
    scan_map.write_text(
        mention_map(mentions_per_region(found), tiles=None).get_root().render(), encoding="utf-8"
    )
    out["scan_map"] = scan_map
    # The history page of three synthetic snapshots (the held share over time).
    from test_layers_snapshots import CRIMEA, T1, T2, T3, A, B, polygon, snapshot, write

    snaps = folder / "snapshots"
    write(snaps / f"{T1}.geojson", snapshot(polygon("Окуповано", A)))
    write(snaps / f"{T2}.geojson", snapshot(polygon("Окуповано /// Occupied", A)))
    write(
        snaps / f"{T3}.geojson",
        snapshot(
            polygon("Окуповано /// Occupied /// geoJSON.status.occupied", B),
            polygon("Окупований Крим /// Occupied Crimea", CRIMEA),
        ),
    )
    history = folder / "history.html"
    assert main(["history", str(snaps), "--of", "UA", "-o", str(history), "--no-progress"]) == 0
    out["history"] = history
    # The notebook display of a map and of a report, as a notebook's output area holds it.
    for name, frame in (("notebook_map", m._repr_html_()), ("notebook_report", rep._repr_html_())):
        path = folder / f"{name}.html"
        path.write_text(_notebook(frame), encoding="utf-8")
        out[name] = path
    return out


def _notebook(output_html: str, *, hidden: bool = False) -> str:
    """A page standing in for a notebook: one output area holding `output_html`."""
    style = "display:none" if hidden else ""
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" '
        'content="width=device-width, initial-scale=1"><title>notebook</title></head>'
        f'<body style="margin:0"><div id="out" style="{style}">{output_html}</div></body></html>'
    )


SHAPES = {
    "report": "path.geoclaims-region",
    "claim_map": "path.geoclaims-region",
    "cli_map": "path.geoclaims-region",
    "scan_map": "path.leaflet-interactive",
    "history": "#gc-map path",
}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", list(SHAPES))
def test_every_page_draws_offline_and_fits_the_screen(browser, pages, kind, width) -> None:
    page = _Page(browser, width)
    page.open(pages[kind], SHAPES[kind])
    assert page.count(".leaflet-container") == 1
    if kind == "history":
        # The country's outline and the held ground of the date the slider shows.
        assert page.count("#gc-map path") == 2
        assert page.count("svg") >= 1  # the chart of the held share over time
        page.check(kind, width)
        page.close()
        return
    if kind == "scan_map":
        assert page.count("path.leaflet-interactive") >= 25  # Ukraine's units, and more
        assert "Mentions per region" in page.page.locator(".geoclaims-legend").inner_text()
    else:
        assert page.count("path.geoclaims-outline") == 1
        assert page.count("path.geoclaims-region") == (4 if kind != "cli_map" else 2)
    # The map was fitted at once to its shapes, not left at folium's start (zoom 1 on 0°, 0°).
    assert page.page.evaluate(FITTED)
    if kind != "scan_map":  # Ukraine (the scan map also has Russia, across 180°)
        assert page.page.evaluate(ZOOM) >= (5 if width == 1280 else 4)
    page.check(kind, width)
    page.close()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", ["notebook_map", "notebook_report"])
def test_notebook_display(browser, pages, kind, width) -> None:
    page = _Page(browser, width)
    page.open(pages[kind], "")
    frame = page.page.frame_locator("iframe")
    frame.locator("path.geoclaims-region").first.wait_for(state="attached", timeout=15_000)
    assert frame.locator("path.geoclaims-region").count() == 4
    page.check(kind, width)
    page.close()


def test_notebook_frame_shown_late_still_fits_its_regions(browser, tmp_path) -> None:
    # A notebook reloaded with the output out of sight: the frame has no size when the
    # map starts. Once shown, the map must fit its regions (zoom about 5-6 for Ukraine),
    # not stay at the whole world.
    rep = geoclaims.report("Votes were held in the Donetsk region of Ukraine.", tiles=None)
    frames = (
        ("map", geoclaims.claim_map(rep.share, tiles=None)._repr_html_()),
        ("report", rep._repr_html_()),
    )
    for name, frame in frames:
        path = tmp_path / f"hidden_{name}.html"
        path.write_text(_notebook(frame, hidden=True), encoding="utf-8")
        page = _Page(browser, 1000)
        page.open(path, "")
        inner = page.page.frames[1]
        inner.wait_for_function("() => document.readyState === 'complete'")
        page.page.wait_for_timeout(300)
        page.page.evaluate("() => { document.getElementById('out').style.display = ''; }")
        inner.wait_for_function(
            "() => { for (const k in window) { if (/^map_/.test(k) && window[k].getZoom)"
            " return window[k].getZoom() >= 4; } return false; }",
            timeout=5_000,
        )
        assert page.console_errors == [] and page.page_errors == []
        page.close()


def test_report_mentions_zoom_the_map_at_once(browser, pages) -> None:
    page = _Page(browser, 1280)
    page.open(pages["report"])
    drawn = EXAMPLE_UNITS
    for unit in drawn:
        assert page.count(f"path.geoclaims-unit-{unit}") == 1
    assert "Named regions (4)" in page.page.locator(".geoclaims-legend").inner_text()
    links = page.page.locator("a.gc-mention[data-unit]")
    assert {links.nth(i).get_attribute("data-unit") for i in range(links.count())} == drawn
    assert page.count(".gc-article .gc-claim") >= 2

    # The view changes within the click itself, not in a later animation frame: Leaflet
    # drops a view change asked for while a zoom animation runs, which is how a click made
    # within the quarter second of folium's animated first fit used to do nothing.
    zooms = page.page.evaluate(
        "() => { const z = " + ZOOM + "; const before = z();"
        " document.querySelector('a.gc-mention[data-unit=\"UA-09\"]').click();"
        " return [before, z()]; }"
    )
    assert zooms[1] > zooms[0] >= 5, zooms
    page.page.locator('a.gc-mention[data-unit="UA-09"]').first.click()
    page.page.wait_for_selector(".leaflet-tooltip", timeout=5_000)
    assert "Luhansk" in page.page.locator(".leaflet-tooltip").first.inner_text()
    # Verdicts open the page, coloured by their status.
    first = page.page.locator(".gc-verdict").first
    assert first.locator(".gc-status").inner_text().lower() in {
        "holds",
        "does not hold",
        "cannot tell",
    }
    page.check("report-clicked", 1280)
    page.close()


def test_report_reads_without_javascript(browser, pages) -> None:
    page = _Page(browser, 400, javascript=False)
    page.open(pages["report"], "")
    body = page.page.locator("body").inner_text()
    text = EXAMPLE.read_text(encoding="utf-8")
    assert text.splitlines()[0] in body
    assert page.count(".gc-verdict .gc-summary") >= 2
    assert page.page.locator(".gc-shares").is_visible()
    assert page.page.locator('a[download="geoclaims-shares.csv"]').is_visible()
    assert "The map needs JavaScript" in body
    page.check("report-nojs", 400)
    page.close()


#: Open every tooltip, so that any markup in them would be parsed now.
OPEN_TOOLTIPS = (
    "() => { for (const k in window) { const m = window[k];"
    " if (/^map_/.test(k) && m && m.eachLayer) { m.eachLayer(l => {"
    " if (l.getTooltip && l.getTooltip() && l.getBounds)"
    " l.openTooltip(l.getBounds().getCenter()); }); } } }"
)


def _hostile_layer() -> gpd.GeoDataFrame:
    donetsk = geoclaims.lookup(["Donetsk"]).geometry.iloc[0]
    minx, miny, maxx, maxy = donetsk.bounds
    west = shapely.box(minx, miny, (minx + maxx) / 2, maxy)
    return gpd.GeoDataFrame(
        {"status": [PAYLOADS[1]], "note": ["A{{ 7*7 }}B"], PAYLOADS[2]: [PAYLOADS[0]]},
        geometry=[west.intersection(donetsk)],
        crs="EPSG:4326",
    )


def test_hostile_inputs_run_nothing_on_any_page(browser, hostile_text, tmp_path: Path) -> None:
    text = hostile_text + "\nThe {% if true %}x{% endif %} and {{ 6*7 }} stay text.\n"
    layer = _hostile_layer()
    rep = geoclaims.report(text, title=PAYLOADS[0], within=layer, tiles=None)
    frame = geoclaims.lookup(["Donetsk", "Kherson"]).copy()
    frame["name"] = [PAYLOADS[3], "K{{ 6*7 }}"]
    paths = {
        "hostile-report": rep.save(tmp_path / "hostile.html"),
        "hostile-map": tmp_path / "hostile_map.html",
    }
    hostile_map = geoclaims.claim_map(frame, within=layer, tiles=None)
    hostile_map.save(str(paths["hostile-map"]))
    for name, path in paths.items():
        page = _Page(browser, 1280)
        page.open(path)
        page.page.evaluate(OPEN_TOOLTIPS)
        page.page.wait_for_timeout(300)
        assert page.page.evaluate("() => typeof window.__gc_pwned") == "undefined"
        assert page.count("path.geoclaims-layer") == 1
        tooltips = " ".join(page.page.locator(".leaflet-tooltip").all_inner_texts())
        assert PAYLOADS[1] in tooltips and "A{{ 7*7 }}B" in tooltips and "A49B" not in tooltips
        if name == "hostile-report":
            article = page.page.locator(".gc-article").inner_text()
            assert PAYLOADS[0] in article and "{{ 6*7 }}" in article
            assert page.page.title() == PAYLOADS[0]
            assert page.count(".gc-article script, .gc-article img") == 0
        else:
            assert PAYLOADS[3] in tooltips
            assert page.page.title().startswith(f"{PAYLOADS[3]}, K{{{{ 6*7 }}}} (Ukraine)")
        page.check(name, 1280)
        page.close()


def test_hostile_inputs_run_nothing_in_notebook_and_scan_pages(
    browser, hostile_text, tmp_path: Path
) -> None:
    import pandas as pd

    from geoclaims.corpus import mention_map, mentions_per_region, scan

    frame = geoclaims.lookup(["Donetsk"]).copy()
    frame["name"] = [PAYLOADS[1] + " A{{ 7*7 }}B"]
    m = geoclaims.claim_map(frame, within=_hostile_layer(), tiles=None)
    notebook = tmp_path / "hostile_notebook.html"
    notebook.write_text(_notebook(m._repr_html_()), encoding="utf-8")
    found = scan(
        pd.DataFrame({"text": [hostile_text + " {{ 6*7 }}"]}), scheduler="sync", progress=False
    )
    scan_page = tmp_path / "hostile_scan.html"
    scan_page.write_text(
        mention_map(mentions_per_region(found), tiles=None).get_root().render(), encoding="utf-8"
    )
    page = _Page(browser, 400)
    page.open(notebook, "")
    inner = page.page.frame_locator("iframe")
    inner.locator("path.geoclaims-region").first.wait_for(state="attached", timeout=15_000)
    frame_js = page.page.frames[1]
    frame_js.evaluate(OPEN_TOOLTIPS)
    inner.locator(".leaflet-tooltip").first.wait_for(timeout=5_000)
    tooltips = " ".join(inner.locator(".leaflet-tooltip").all_inner_texts())
    assert PAYLOADS[1] + " A{{ 7*7 }}B" in tooltips and "A49B" not in tooltips
    assert frame_js.evaluate("() => typeof window.__gc_pwned") == "undefined"
    page.check("hostile-notebook", 400)
    page.close()

    page = _Page(browser, 400)
    page.open(scan_page, "path.leaflet-interactive")
    assert page.page.evaluate("() => typeof window.__gc_pwned") == "undefined"
    assert "42" not in page.page.locator("body").inner_text()
    page.check("hostile-scan", 400)
    page.close()


def _verdict_boxes(page: _Page) -> list[dict]:
    return page.page.evaluate(
        """() => [...document.querySelectorAll('#gc-verdicts .gc-verdict')].map(el => {
            const s = el.querySelector('.gc-summary').getBoundingClientRect();
            return {cls: el.className, top: s.top, bottom: s.bottom,
                    text: el.querySelector('.gc-summary').innerText};
        })"""
    )


def test_report_leads_with_its_verdicts_above_the_fold(browser, pages, tmp_path) -> None:
    """The example article's figure cannot be told without a control map: amber, and
    visible without scrolling at 1280x800; a two-figure text gets one green box each."""
    page = _Page(browser, 1280)
    page.page.set_viewport_size({"width": 1280, "height": 800})
    page.open(pages["report"])
    boxes = _verdict_boxes(page)
    assert boxes, "no verdict on the report"
    first = boxes[0]
    assert "gc-unsure" in first["cls"], first
    assert first["text"].startswith("Cannot tell"), first
    assert first["top"] >= 0 and first["bottom"] <= 800, first
    page.check("report-verdict", 1280)
    page.close()

    two = tmp_path / "two.html"
    geoclaims.report(
        "Bavaria makes up about 20% of Germany's area, while Saxony is about 5% of the country.",
        tiles=None,
        as_of="2024-01-01",
    ).save(two)
    page = _Page(browser, 1280)
    page.page.set_viewport_size({"width": 1280, "height": 800})
    page.open(two)
    boxes = _verdict_boxes(page)
    assert len(boxes) == 2, boxes
    assert all("gc-holds" in b["cls"] for b in boxes), boxes
    assert all(b["bottom"] <= 800 for b in boxes), boxes
    page.check("report-two-figures", 1280)
    page.close()
