"""Benchmark: geodesic areas of all shipped admin-1 units.

Prints the time of :func:`geoclaims.geodesic_area` over every unit, the time of the
usual shortcut (``GeoSeries.to_crs(equal-area).area``) on the same data as a baseline,
their ratio, and how far the two disagree. Run: ``python benchmarks/bench_areas.py``.
"""

from __future__ import annotations

import argparse
import statistics
import time

import geopandas as gpd
import numpy as np

from geoclaims.areas import geodesic_area
from geoclaims.boundaries import _units

EQUAL_AREA = "EPSG:6933"  # WGS 84 / NSIDC EASE-Grid 2.0 Global (cylindrical equal-area)


def _best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    units = _units()
    geoms = gpd.GeoSeries(units.geometry.values, crs=units.crs)
    n_vertices = int(geoms.count_coordinates().sum())
    print(f"{len(geoms):,} units, {n_vertices:,} vertices")

    geodesic = geodesic_area(geoms)
    projected = geoms.to_crs(EQUAL_AREA).area / 1e6
    ours_best, ours_median = _best_of(lambda: geodesic_area(geoms), args.repeat)
    base_best, base_median = _best_of(lambda: geoms.to_crs(EQUAL_AREA).area, args.repeat)

    rel = np.abs(projected.values / geodesic.values - 1)
    print(f"geodesic_area (pyproj.Geod, WGS84): best {ours_best:.3f} s, median {ours_median:.3f} s")
    print(f"baseline to_crs({EQUAL_AREA}).area: best {base_best:.3f} s, median {base_median:.3f} s")
    print(f"ratio geodesic / baseline: {ours_best / base_best:.1f}x")
    print(
        f"baseline vs geodesic, relative difference: median {np.nanmedian(rel):.2e}, "
        f"max {np.nanmax(rel):.2e}; total {geodesic.sum():,.0f} km² vs {projected.sum():,.0f} km²"
    )
    print("target: well under 1 s for all units:", "met" if ours_best < 1.0 else "NOT met")


if __name__ == "__main__":
    main()
