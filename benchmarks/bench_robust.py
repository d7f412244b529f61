"""Benchmark: linear time of name look-ups (repeats resolved once) and of check_claim.

Times :func:`geoclaims.lookup` and :func:`geoclaims.area_share` over 1,000, 10,000 and
100,000 names and prints the time per name of each size against the 1,000-name run of
the same kind (the baseline, measured in the same run). Linear time means a ratio per
name near 1 (or below: repeats cost a dict look-up). Two kinds of input:

``repeats``
    names drawn from a realistic mix (Ukrainian oblasts by English name, local name and
    ISO code), so most are repeats;
``distinct``
    distinct ISO 3166-2 codes and names from all countries (up to the number of units
    that have one unambiguous code; larger sizes cycle through them).

``--check-mb 0.25 0.5 1`` also times :func:`geoclaims.check_claim` on texts of those
sizes (the example article repeated: one figure every ~1,700 characters) and prints the
time per MB against the first size.

Run: ``python benchmarks/bench_robust.py`` (``--sizes 1000 10000`` for a quick run).
"""

from __future__ import annotations

import argparse
import collections
import random
import time
from collections.abc import Callable

import geoclaims
from geoclaims.boundaries import _units

MIX = [
    "Donetsk",
    "Luhansk",
    "Kherson",
    "Zaporizhzhia",
    "UA-43",
    "Донецька область",
    "Kharkiv",
    "Odesa oblast",
    "UA-65",
    "Crimea",
]


def _distinct_codes() -> list[str]:
    units = _units()
    counts = collections.Counter(units["iso_3166_2"])
    return [c for c in units["iso_3166_2"] if c and counts[c] == 1]


def _time(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--check-mb", type=float, nargs="*", default=[])
    args = parser.parse_args()
    if args.check_mb:
        _bench_check(args.check_mb)

    rng = random.Random(15)
    codes = _distinct_codes()
    geoclaims.lookup(["Donetsk"])  # load the data outside the timings
    kinds = {
        "repeats": lambda n: [rng.choice(MIX) for _ in range(n)],
        "distinct": lambda n: [codes[i % len(codes)] for i in range(n)],
    }
    print(f"{len(codes):,} distinct unambiguous ISO 3166-2 codes available")
    for kind, make in kinds.items():
        funcs = {"lookup": lambda names: geoclaims.lookup(names)}
        if kind == "repeats":
            funcs["area_share"] = lambda names: geoclaims.area_share(names, of="UA")
        for fname, fn in funcs.items():
            base = None
            for n in args.sizes:
                names = make(n)
                seconds = _time(lambda names=names, fn=fn: fn(names), args.repeat)
                per_name = seconds / n
                base = base or per_name
                print(
                    f"{fname:>10} {kind:>8} {n:>7,} names: {seconds:7.3f} s, "
                    f"{per_name * 1e6:8.1f} µs/name, ratio per name vs {args.sizes[0]:,}: "
                    f"{per_name / base:5.2f}"
                )


def _bench_check(sizes: list[float]) -> None:
    from pathlib import Path

    article = (Path(__file__).resolve().parents[1] / "examples" / "referendum_article.txt")
    base_text = article.read_text(encoding="utf-8") + "\n\n"
    geoclaims.check_claim(base_text, as_of="2022-09-21")  # warm: data and index loaded
    base = None
    for mb in sizes:
        text = base_text * (int(mb * 1e6 / len(base_text)) + 1)
        t0 = time.perf_counter()
        geoclaims.check_claim(text, as_of="2022-09-21")
        per_mb = (time.perf_counter() - t0) / (len(text) / 1e6)
        base = base or per_mb
        print(
            f"check_claim {len(text) / 1e6:6.2f} MB: {per_mb:6.1f} s/MB, "
            f"ratio per MB vs {sizes[0]} MB: {per_mb / base:5.2f}"
        )


if __name__ == "__main__":
    main()
