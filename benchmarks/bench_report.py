"""Benchmark the map and the report: HTML size and end-to-end time of the CLI.

Run from the repository root:  python benchmarks/bench_report.py [--runs N]
(the explore() baseline needs matplotlib and mapclassify: pip install matplotlib mapclassify)

Prints
1. the HTML size of claim_map for the example article's regions (Ukraine's outline and
   four oblasts; coverage-simplified), next to GeoDataFrame.explore() of the same
   country's units at full resolution (the baseline), and the ratio;
2. the size of the example report and of its map part (target: map <= 600 KB);
3. the wall time of ``geoclaims report examples/referendum_article.txt -o ...`` in a fresh
   process (median of N runs), next to a bare ``python -c "import geopandas"`` measured
   in the same run (the baseline), and the ratio;
4. the time of report() in a warm process.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "referendum_article.txt"
FOUR = ["Donetsk", "Luhansk", "Zaporizhzhia", "Kherson"]


def _kb(n: int) -> str:
    return f"{n / 1000:,.1f} KB"


def _timed(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per timing (median)")
    args = parser.parse_args()

    import geoclaims
    from geoclaims.report import _map_parts

    # 1. Map size vs explore() of the unsimplified units.
    share = geoclaims.area_share(FOUR, of="Ukraine", as_of="2022-09-21")
    ours = len(geoclaims.claim_map(share, tiles=None).get_root().render().encode("utf-8"))
    units = geoclaims.regions("UA")
    baseline = len(units.explore(tiles=None).get_root().render().encode("utf-8"))
    print("map HTML (Ukraine outline + 4 regions)")
    print(f"  claim_map, coverage-simplified : {_kb(ours)}")
    print(f"  explore() of the 27 full units : {_kb(baseline)}  (baseline)")
    print(f"  ratio claim_map / explore      : {ours / baseline:.2f}")

    # 2. The example report and its map part.
    text = EXAMPLE.read_text(encoding="utf-8")
    rep = geoclaims.report(text, tiles=None, as_of="2022-09-21")
    parts = _map_parts(geoclaims.claim_map(rep.share))
    map_part = sum(len(str(parts[k]).encode("utf-8")) for k in ("header", "html", "script"))
    print("example report")
    print(f"  whole page : {_kb(len(rep.html.encode('utf-8')))}")
    verdict = "ok" if map_part <= 600_000 else "OVER"
    print(f"  map part   : {_kb(map_part)}  (target <= 600 KB: {verdict})")

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
