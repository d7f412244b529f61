"""Benchmark control_history on 200 synthetic DeepStateMap snapshots of ~500 KB each.

Baseline, measured in the same run: what a user would write without geoclaims' history,
reading each snapshot with plain ``geopandas.read_file``, keeping the held polygons by
name, and calling ``area_share`` of every Ukrainian unit ``within=`` it, per date.

Prints wall time and peak memory (max RSS of a fresh process) for each, the time ratio
(target <= 1x) and control_history's peak memory at 50 and 200 snapshots (target: flat).

    python benchmarks/bench_history.py [--snapshots 200] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

START = 1_650_000_000  # 2022-04-15
DAY = 86_400


def _ring(cx: float, cy: float, rx: float, ry: float, n: int, rng, rough: float) -> list:
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    r = 1 + rough * np.cumsum(rng.normal(0, 1, n)) / np.sqrt(n)
    r -= np.linspace(0, r[-1] - r[0], n)  # close smoothly
    r = np.clip(r, 0.5, 1.5)
    x, y = cx + rx * r * np.cos(t), cy + ry * r * np.sin(t)
    ring = [[round(float(a), 12), round(float(b), 12), 0] for a, b in zip(x, y, strict=True)]
    return [*ring, ring[0]]


def _feature(name: str, fill: str, ring: list, collection: bool = False) -> dict:
    geometry = {"type": "Polygon", "coordinates": [ring]}
    if collection:
        geometry = {"type": "GeometryCollection", "geometries": [geometry]}
    return {
        "type": "Feature",
        "properties": {"name": name, "styleUrl": "#poly", "styleHash": "1", "stroke": fill,
                       "stroke-opacity": 1, "stroke-width": 1.2, "fill": fill,
                       "fill-opacity": 0.3},
        "geometry": geometry,
    }  # fmt: skip


def make_snapshots(folder: Path, count: int) -> list[Path]:
    """``count`` snapshots in the period-C format, ~500 KB each, one per day."""
    rng = np.random.default_rng(7)
    paths = []
    occupied = "Окуповано /// Occupied\xa0/// geoJSON.status.occupied\n"
    for i in range(count):
        grow = 0.3 * i / max(count - 1, 1)
        features = [
            _feature(occupied, "#a52714", _ring(36.8, 47.3, 1.6 + grow, 0.7, 7000, rng, 0.05)),
            _feature("ОРДЛО /// CADR and CALR /// geoJSON.territories.ordlo", "#880e4f",
                     _ring(38.9, 48.2, 0.9, 0.6, 1500, rng, 0.05), collection=True),
            _feature("Окупований Крим /// Occupied Crimea /// geoJSON.territories.crimea",
                     "#880e4f", _ring(34.2, 45.3, 1.4, 0.6, 1500, rng, 0.03)),
        ]  # fmt: skip
        for _ in range(40):
            cx, cy = rng.uniform(30, 37), rng.uniform(49.5, 51.5)
            features.append(
                _feature("Звільнено /// Liberated /// geoJSON.status.dismissed", "#0f9d58",
                         _ring(cx, cy, 0.1, 0.06, 60, rng, 0.1))
            )  # fmt: skip
        for _ in range(120):
            features.append(
                {
                    "type": "Feature",
                    "properties": {"name": "unit", "styleUrl": "#icon", "icon": "i.png"},
                    "geometry": {"type": "Point", "coordinates": [
                        round(rng.uniform(33, 40), 9), round(rng.uniform(46, 50), 9), 0]},
                }
            )  # fmt: skip
        path = folder / f"{START + i * DAY}.geojson"
        path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
        paths.append(path)
    return paths


OURS = """
import sys, warnings
import geoclaims
t = geoclaims.control_history(sys.argv[1], of="UA", progress=False)
print(round(float(t["held_km2"].sum()), 3))
"""

OURS_ONE_THREAD = OURS.replace("progress=False", "progress=False, workers=1")

BASELINE = """
import sys, glob, datetime as dt
import geopandas as gpd
import geoclaims
units = geoclaims.regions("UA")
total = 0.0
for path in sorted(glob.glob(sys.argv[1] + "/*.geojson")):
    gdf = gpd.read_file(path)
    held = gdf[gdf["name"].str.contains("Occupied|CADR|Crimea", na=False)
               & gdf.geom_type.isin(["Polygon", "GeometryCollection"])]
    day = dt.datetime.fromtimestamp(int(path.rsplit("/", 1)[1][:10]), dt.UTC).date()
    total += geoclaims.area_share(units, of="UA", within=held, as_of=day).held_km2
print(round(total, 3))
"""


_PEAK = """
import resource
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _run(code: str, folder: Path) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MiB) of a fresh interpreter running ``code``, its output."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", code + _PEAK, str(folder)],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - started
    result, peak_kib = done.stdout.split()
    return seconds, int(peak_kib) / 1024, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--snapshots", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="write the snapshots here and keep them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        full = root / "all"
        small = root / "quarter"
        full.mkdir(parents=True, exist_ok=True)
        small.mkdir(parents=True, exist_ok=True)
        paths = make_snapshots(full, args.snapshots)
        for p in paths[: max(1, args.snapshots // 4)]:
            (small / p.name).write_bytes(p.read_bytes())
        size = np.mean([p.stat().st_size for p in paths]) / 1e3
        print(f"{len(paths)} snapshots, {size:.0f} KB each on average")
        q_time, q_peak, _ = _run(OURS, small)
        o_time, o_peak, ours = _run(OURS, full)
        s_time, s_peak, _ = _run(OURS_ONE_THREAD, full)
        b_time, b_peak, base = _run(BASELINE, full)
        n, q = len(paths), len(list(small.iterdir()))
        print(f"control_history, {q:>3} snapshots: {q_time:6.1f} s, peak {q_peak:6.0f} MiB")
        print(f"control_history, {n:>3} snapshots: {o_time:6.1f} s, peak {o_peak:6.0f} MiB")
        print(f"control_history, {n:>3}, workers=1: {s_time:6.1f} s, peak {s_peak:6.0f} MiB")
        print(f"baseline (read_file + area_share), {n}: {b_time:6.1f} s, peak {b_peak:6.0f} MiB")
        print(f"time ratio control_history / baseline: {o_time / b_time:.2f}x (target <= 1x)")
        print(f"time ratio with workers=1 / baseline:   {s_time / b_time:.2f}x")
        print(f"peak memory {q} -> {n} snapshots: {q_peak:.0f} -> {o_peak:.0f} MiB (target: flat)")
        print(f"sum of held km² (must agree): ours {ours}, baseline {base}")


if __name__ == "__main__":
    main()
