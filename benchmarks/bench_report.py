"""Benchmark the pages: HTML size of each page kind, time to first paint, CLI time.

Run from the repository root:  python benchmarks/bench_report.py [--runs N]
(the explore() baseline needs matplotlib and mapclassify: pip install ".[bench]"; the
paint times need playwright and Debian's Chromium at /usr/bin/chromium, or
$GEOCLAIMS_CHROMIUM)

Prints
1. the size of each page kind (the report, the claim_map page, the scan map, and the
   notebook displays of a map and of a report) next to GeoDataFrame.explore() of the same
   shapes at full resolution (the baseline), and the ratio; the report's map part
   against its target of 600 KB;
2. the time to first paint (the "first-paint" entry) and to the shapes being drawn, for
   each page opened from disk in headless Chromium with the network refused, next to the
   explore() page of the same shapes with Leaflet inlined the same way (median of N);
3. the wall time of ``geoclaims report examples/referendum_article.txt -o ...`` in a fresh
   process (median of N runs), next to a bare ``python -c "import geopandas"`` measured
   in the same run (the baseline), and the ratio;
4. the time of report() in a warm process.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import geopandas as gpd
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "referendum_article.txt"
FOUR = ["Donetsk", "Luhansk", "Zaporizhzhia", "Kherson"]


def _kb(n: int) -> str:
    return f"{n / 1000:,.1f} KB"


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def _timed(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _pages(tmp: Path) -> dict[str, tuple[Path, Path, str]]:
    """Page kind -> (our page, explore() of the same shapes, selector of drawn shapes)."""
    import geoclaims
    from geoclaims.corpus import mention_map, mentions_per_region, scan
    from geoclaims.maps import map_html

    text = EXAMPLE.read_text(encoding="utf-8")
    rep = geoclaims.report(text, tiles=None, as_of="2022-09-21")
    share = rep.share
    m = geoclaims.claim_map(share, tiles=None)
    # The same shapes at full resolution: the country's units and the named regions.
    units = geoclaims.regions("UA", as_of="2022-09-21")[["name", "geometry"]]
    named = share.units[["name", "geometry"]]
    same = gpd.GeoDataFrame(pd.concat([units, named], ignore_index=True), crs="EPSG:4326")
    found = scan(pd.DataFrame({"text": [text]}), scheduler="sync", progress=False)
    counts = mentions_per_region(found)
    scan_page = mention_map(counts, tiles=None)
    drawn = geoclaims.regions(as_of=None)
    shown = drawn.loc[drawn["unit_id"].isin(counts["unit_id"]), "country"].unique()
    scan_same = drawn[drawn["country"].isin(shown)][["name", "geometry"]]

    files = {
        "report": rep.html,
        "claim_map": m.get_root().render(),
        "scan_map": scan_page.get_root().render(),
        "notebook_map": _notebook(m._repr_html_()),
        "notebook_report": _notebook(rep._repr_html_()),
        "explore_same": same.explore(tiles=None).get_root().render(),
        "explore_scan": scan_same.explore(tiles=None).get_root().render(),
        # explore() pages load Leaflet from CDNs; for the paint times (network refused)
        # the same pages with Leaflet inlined as geoclaims does it.
        "explore_same_offline": map_html(same.explore(tiles=None)),
        "explore_scan_offline": map_html(scan_same.explore(tiles=None)),
    }
    paths = {}
    for name, page in files.items():
        paths[name] = tmp / f"{name}.html"
        paths[name].write_text(page, encoding="utf-8")
    region = "path.geoclaims-region"
    _pages.offline = {  # type: ignore[attr-defined]
        paths["explore_same"]: paths["explore_same_offline"],
        paths["explore_scan"]: paths["explore_scan_offline"],
    }
    return {
        "report": (paths["report"], paths["explore_same"], region),
        "claim_map": (paths["claim_map"], paths["explore_same"], region),
        "scan_map": (paths["scan_map"], paths["explore_scan"], "path.leaflet-interactive"),
        "notebook_map": (paths["notebook_map"], paths["explore_same"], region),
        "notebook_report": (paths["notebook_report"], paths["explore_same"], region),
    }


def _notebook(output: str) -> str:
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{output}</body></html>'


def _paint_times(browser, path: Path, selector: str | None) -> tuple[float, float | None]:
    """(first-paint, shapes drawn) in ms after navigation, network refused."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    local = ("file:", "data:", "about:")
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(local) else r.abort())
    t0 = time.perf_counter()
    page.goto(path.resolve().as_uri(), wait_until="load")
    drawn = None
    if selector:
        target = page
        if "notebook" in path.name:
            target = page.frame_locator("iframe")
        target.locator(selector).first.wait_for(state="attached", timeout=30_000)
        drawn = (time.perf_counter() - t0) * 1000
    page.wait_for_function(
        "() => performance.getEntriesByName('first-paint').length > 0",
        timeout=30_000,
    )
    fcp = page.evaluate("() => performance.getEntriesByName('first-paint')[0].startTime")
    context.close()
    return float(fcp), drawn


def _paints(pages: dict, runs: int) -> None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("time to first paint: skipped (pip install playwright)")
        return
    chromium = os.environ.get("GEOCLAIMS_CHROMIUM", "/usr/bin/chromium")
    if not Path(chromium).exists():
        print(f"time to first paint: skipped (no Chromium at {chromium})")
        return
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
    print(f"time to first paint in Chromium, 1280 px, network refused (median of {runs})")
    print(f"  {'page':16} {'first paint':>12} {'shapes drawn':>13} {'explore() drawn':>16}")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=args)
        for name, (ours, baseline, selector) in pages.items():
            fcp, drawn, base = [], [], []
            for _ in range(runs):
                f, d = _paint_times(browser, ours, selector)
                fcp.append(f)
                drawn.append(d)
                offline = _pages.offline[baseline]  # type: ignore[attr-defined]
                base.append(_paint_times(browser, offline, "path.leaflet-interactive")[1])
            first, shapes = statistics.median(fcp), statistics.median(drawn)
            print(
                f"  {name:16} {first:>9.0f} ms {shapes:>10.0f} ms"
                f" {statistics.median(base):>13.0f} ms"
            )
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per timing (median)")
    args = parser.parse_args()

    import geoclaims
    from geoclaims.report import _map_parts

    with tempfile.TemporaryDirectory() as tmp:
        pages = _pages(Path(tmp))

        # 1. Sizes, next to explore() of the same shapes.
        print("page size, next to GeoDataFrame.explore() of the same shapes (full resolution)")
        print(f"  {'page':16} {'geoclaims':>12} {'explore()':>12} {'ratio':>7}")
        for name, (ours, baseline, _sel) in pages.items():
            a, b = ours.stat().st_size, baseline.stat().st_size
            print(f"  {name:16} {_kb(a):>12} {_kb(b):>12} {a / b:>7.2f}")
        text = EXAMPLE.read_text(encoding="utf-8")
        share = geoclaims.area_share(FOUR, of="Ukraine", as_of="2022-09-21")
        parts = _map_parts(geoclaims.claim_map(share, tiles=None))
        map_part = sum(_size(str(parts[k])) for k in ("header", "html", "script"))
        verdict = "ok" if map_part <= 600_000 else "OVER"
        print(f"  the report's map part: {_kb(map_part)}  (target <= 600 KB: {verdict})")

        # 2. Time to first paint.
        _paints(pages, args.runs)

    # 3. CLI end to end vs a bare geopandas import, both in fresh processes.
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.html"
        cli = [sys.executable, "-m", "geoclaims", "report", str(EXAMPLE), "-o", str(out)]
        bare = [sys.executable, "-c", "import geopandas"]
        _timed(bare, 1)  # warm the OS file cache for both
        _timed(cli, 1)
        t_bare = _timed(bare, args.runs)
        t_cli = _timed(cli, args.runs)
    print(f"CLI end to end (median of {args.runs})")
    print(f"  geoclaims report example -o ... : {t_cli:.2f} s")
    print(f"  python -c 'import geopandas'    : {t_bare:.2f} s  (baseline)")
    print(f"  ratio                           : {t_cli / t_bare:.1f}x")

    # 4. report() in a warm process (data and gazetteer already loaded).
    times = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        geoclaims.report(text, tiles=None, as_of="2022-09-21")
        times.append(time.perf_counter() - t0)
    print(f"report() in a warm process (median of {args.runs}): {statistics.median(times):.2f} s")


if __name__ == "__main__":
    main()
