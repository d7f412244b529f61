"""Benchmark: cold CLI commands and per-article costs, each as a ratio to a baseline.

Every row of issue 13's table is measured here against its baseline *in the same run*, so
the ratios hold on a loaded machine where absolute times do not:

* each CLI command in a fresh process (``find``, ``report``, ``share``, ``map``,
  ``history``, ``scan``, ``check`` when the command exists, ``--version``, ``--help``),
  paired with ``python -c "import geopandas, folium"`` (``python -c pass`` for
  ``--version`` and ``--help``), best of N, the command and its baseline alternating;
* ``find_regions`` over 2,000 articles of ~2 KB and over one 5 MB text, against a plain
  pyahocorasick scan (lower-cased, word boundaries) over the same names: the names, codes
  and city names in the shipped data files the gazetteer is built from;
* ``find_claims`` against ``find_regions`` on the same 5 MB text;
* ``report`` of an article with 50 figures against the same article with 1 figure
  (warm process);
* peak memory (max RSS) of one ``find_regions`` in a fresh process against
  ``import geopandas``.

It uses only the public API and the command line, so it runs on any branch. The texts are
generated with a fixed seed (sentence templates from ``bench_text.py``); each repetition
gets a distinct first line so no per-text cache is hit.

Run from the repository root: ``python benchmarks/bench_cold.py [--runs 3] [--mb 5]
[--only cli|text|report|memory]``. ``scan`` needs the ``corpus`` extra; a command the
branch does not have is listed as such.
"""

from __future__ import annotations

import argparse
import csv
import importlib.resources
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_text import make_corpus  # the shared corpus generator

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "referendum_article.txt"
PY = sys.executable
HEAVY_BASE = [PY, "-c", "import geopandas, folium"]
PASS_BASE = [PY, "-c", "pass"]

# (row, target) as in issue 13; "x" targets are ratios to the baseline.
TARGETS = {
    "find": "<= 1.3x",
    "report": "<= 1.5x",
    "share": "<= 1.0x",
    "--version": "<= 0.15 s",
    "--help": "<= 0.15 s",
    "find_regions 2,000 x 2 KB": ">= 0.5x",
    "find_regions 5 MB": ">= 0.7x",
    "find_claims 5 MB": ">= 0.7x",
    "report 50 figures": "<= 3x",
    "peak memory": "<= +60 MiB",
}


def _geoclaims() -> list[str]:
    exe = shutil.which("geoclaims", path=str(Path(PY).parent))
    return [exe] if exe else [PY, "-m", "geoclaims"]


def _run_s(cmd: list[str], cwd: Path) -> tuple[float, int, str]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, check=False)
    return time.perf_counter() - t0, proc.returncode, proc.stderr.strip()[-300:]


def _row(what: str, value: str, base: str, ratio: str, target: str = "") -> None:
    print(f"| {what:<44} | {value:>14} | {base:>22} | {ratio:>9} | {target:>11} |")


def _header(title: str) -> None:
    print(f"\n{title}")
    _row("what", "now", "baseline (same run)", "ratio", "target")
    print("|" + "|".join("-" * n for n in (46, 16, 24, 11, 13)) + "|")


# -- inputs -------------------------------------------------------------------------------

FIGURES = [
    "Russia now occupies about {p}% of Ukraine's territory, officials in Kyiv said.",
    "The four regions make up roughly {p} percent of Ukraine.",
    "Moscow's forces hold nearly {p}% of the country, analysts estimated.",
    "Donetsk and Luhansk together cover about {k},000 square kilometres.",
]
# An article of about 1 KB that names the regions and states no figure.
ARTICLE = (
    "KYIV, Sept 23 - Voting began on Friday in the referendums Moscow organised in the "
    "Donetsk, Luhansk, Zaporizhzhia and Kherson regions of Ukraine, which Kyiv and its "
    "allies called a sham. Officials in Luhansk said polling stations would stay open "
    "for several days, and election workers went from door to door in Donetsk with "
    "ballot boxes. In Zaporizhzhia, residents described soldiers accompanying the "
    "officials. Ukraine's foreign ministry said the results would be void and that it "
    "would keep liberating its territory. Western governments said they would not "
    "recognise the outcome, and promised new sanctions on those who organised it. In "
    "Kherson, the Russian-installed authorities said turnout was high, a claim that "
    "could not be checked independently. People who fled to Zaporizhzhia city told "
    "reporters that relatives had been pressed to vote."
)


def _article_with_figures(n: int, seed: int = 13) -> str:
    """A fixed article followed by sentences stating ``n`` figures in all."""
    rng = random.Random(seed)
    lines = [
        rng.choice(FIGURES).format(p=rng.choice((9, 15, 18, 20)), k=rng.choice((26, 53, 28)))
        for _ in range(n)
    ]
    return ARTICLE + "\n\n" + " ".join(lines) + "\n"


def _snapshots(folder: Path) -> Path:
    """Three dated DeepStateMap-like snapshots (one occupied box in eastern Ukraine each)."""
    folder.mkdir(parents=True, exist_ok=True)
    for t, east in ((1650000000, 38.0), (1663700000, 38.5), (1711300000, 39.0)):
        ring = [[37.0, 47.5], [east, 47.5], [east, 48.5], [37.0, 48.5], [37.0, 47.5]]
        feature = {
            "type": "Feature",
            "properties": {"name": "Окуповано /// Occupied", "fill": "#a52714"},
            "geometry": {"type": "Polygon", "coordinates": [ring]},
        }
        data = {"type": "FeatureCollection", "features": [feature]}
        (folder / f"{t}.geojson").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return folder


def _scan_names() -> list[str]:
    """Names, codes and city names from the shipped data files the gazetteer reads."""
    try:
        data = importlib.resources.files("geoclaims._data")
        files = {p.name: p for p in data.iterdir()}
    except (ModuleNotFoundError, FileNotFoundError):
        files = {p.name: p for p in (ROOT / "data" / "boundaries").iterdir()}
    names: set[str] = set()
    for fname in ("names.csv", "cities.csv", "city_names.csv", "countries.csv"):
        if fname not in files:
            continue
        with io.StringIO(files[fname].read_text(encoding="utf-8")) as fh:
            for row in csv.DictReader(fh):
                value = row.get("name", "")
                if value and len(value) > 1:
                    names.add(value.lower())
    return sorted(names)


def _automaton(names: list[str]):
    import ahocorasick

    auto = ahocorasick.Automaton()
    for i, name in enumerate(names):
        auto.add_word(name, (i, len(name)))
    auto.make_automaton()
    return auto


def _plain_scan(auto, text: str) -> int:
    """Word-bounded matches of the names in the lower-cased text."""
    low = text.lower()
    n = len(low)
    found = 0
    for end, (_i, length) in auto.iter(low):
        start = end - length + 1
        if (start == 0 or not low[start - 1].isalnum()) and (
            end + 1 == n or not low[end + 1].isalnum()
        ):
            found += 1
    return found


def _best(fn, runs: int) -> float:
    times = []
    for r in range(runs):
        t0 = time.perf_counter()
        fn(r)
        times.append(time.perf_counter() - t0)
    return min(times)


# -- rows ---------------------------------------------------------------------------------


def _compile_bytecode() -> None:
    """Compile geoclaims's modules to ``__pycache__`` as ``pip install`` does.

    The baselines import site-packages that pip compiled at install time; a source
    checkout run with ``PYTHONDONTWRITEBYTECODE`` would otherwise compile geoclaims's
    ~1 MB of source in every cold command (~0.1 s), which an installed copy never does.
    """
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("geoclaims")
    for folder in spec.submodule_search_locations or [] if spec else []:
        compileall.compile_dir(folder, quiet=1)


def cli_rows(runs: int, work: Path) -> None:
    _compile_bytecode()
    gc = _geoclaims()
    seed = work / "seed.txt"
    seed.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    snaps = _snapshots(work / "snapshots")
    corpus = work / "corpus"
    corpus.mkdir(exist_ok=True)
    for i, article in enumerate(make_corpus(40_000)):
        (corpus / f"a{i:03}.txt").write_text(article, encoding="utf-8")
    listing = subprocess.run([*gc, "--help"], capture_output=True, text=True, check=False).stdout
    commands = [
        ("find", ["find", str(seed)], HEAVY_BASE),
        ("report", ["report", str(seed), "-o", str(work / "r.html")], HEAVY_BASE),
        ("share", ["share", "Donetsk", "Luhansk", "--of", "Ukraine"], HEAVY_BASE),
        ("map", ["map", "Donetsk", "Luhansk", "-o", str(work / "m.html")], HEAVY_BASE),
        ("history", ["history", str(snaps), "--of", "UA", "--no-progress"], HEAVY_BASE),
        ("check", ["check", str(seed)], HEAVY_BASE),
        (
            "scan",
            ["scan", str(corpus), "-o", str(work / "s.parquet"), "--scheduler", "sync"],
            HEAVY_BASE,
        ),
        ("--version", ["--version"], PASS_BASE),
        ("--help", ["--help"], PASS_BASE),
    ]
    _header(f"Cold commands, best of {runs}, command and baseline alternating")
    for name, args, base in commands:
        if not name.startswith("-") and f"\n    {name} " not in listing:
            _row(f"geoclaims {name}", "not a command", "", "", TARGETS.get(name, ""))
            continue
        t_cmd, t_base, failed = [], [], ""
        for _ in range(runs):
            tb, _, _ = _run_s(base, work)
            tc, code, err = _run_s([*gc, *args], work)
            t_base.append(tb)
            t_cmd.append(tc)
            if code != 0:
                failed = f"exit {code}: {err.splitlines()[-1] if err else ''}"
        label = "python -c pass" if base is PASS_BASE else "import geopandas, folium"
        cmd, b = min(t_cmd), min(t_base)
        shown = "geoclaims " + " ".join(Path(a).name if os.sep in a else a for a in args[:5])
        row = (f"{cmd:.2f} s", f"{label[:15]} {b:.2f} s", f"{cmd / b:.2f}x")
        _row(shown[:44], *row, TARGETS.get(name, ""))
        if failed:
            print(f"|   (failed: {failed[:150]})")


def text_rows(runs: int, mb: float) -> None:
    import geoclaims

    geoclaims.find_regions("Warm-up in Kyiv.")  # the one-off index build is not timed here
    geoclaims.find_claims("Warm-up: 20% of Ukraine.")
    auto = _automaton(_scan_names())

    articles = make_corpus(2000 * 2100)[:2000]
    mb_articles = sum(len(a) for a in articles) / 1e6
    ours = _best(lambda r: [geoclaims.find_regions(f"Run {r}.\n{a}") for a in articles], runs)
    plain = _best(lambda r: [_plain_scan(auto, f"Run {r}.\n{a}") for a in articles], runs)
    big = "\n\n".join(make_corpus(int(mb * 1_000_000), filler=0.75))
    big_mb = len(big) / 1e6
    ours_big = _best(lambda r: geoclaims.find_regions(f"Run {r}.\n{big}"), runs)
    plain_big = _best(lambda r: _plain_scan(auto, f"Run {r}.\n{big}"), runs)
    # Texts of their own: the mentions find_regions resolved above are cached per text,
    # and find_claims on the same text would read them from that cache.
    claims_big = _best(lambda r: geoclaims.find_claims(f"Claims {r}.\n{big}"), runs)

    _header(f"In-process text rows (warm index), best of {runs}")
    _row(
        f"find_regions {len(articles):,} x {mb_articles / len(articles) * 1e3:.1f} KB",
        f"{len(articles) / ours:,.0f} art./s",
        f"aho scan {len(articles) / plain:,.0f} art./s",
        f"{plain / ours:.2f}x",
        TARGETS["find_regions 2,000 x 2 KB"],
    )
    _row(
        f"find_regions one {big_mb:.1f} MB text",
        f"{big_mb / ours_big:.2f} MB/s",
        f"aho scan {big_mb / plain_big:.2f} MB/s",
        f"{plain_big / ours_big:.2f}x",
        TARGETS["find_regions 5 MB"],
    )
    _row(
        f"find_claims one {big_mb:.1f} MB text",
        f"{big_mb / claims_big:.2f} MB/s",
        f"find_regions {big_mb / ours_big:.2f} MB/s",
        f"{ours_big / claims_big:.2f}x",
        TARGETS["find_claims 5 MB"],
    )
    print(f"|   (plain scan over {len(auto):,} lower-cased names from the shipped data files)")


def report_rows(runs: int) -> None:
    import geoclaims

    geoclaims.report(_article_with_figures(2, seed=1), as_of="2022-10-01")  # warm up
    fifty, one = _article_with_figures(50), _article_with_figures(1)
    n50 = len(geoclaims.find_claims(fifty))
    n1 = len(geoclaims.find_claims(one))
    t50 = _best(lambda r: geoclaims.report(f"Run {r}.\n{fifty}", as_of="2022-10-01"), runs)
    t1 = _best(lambda r: geoclaims.report(f"Run {r}.\n{one}", as_of="2022-10-01"), runs)
    _header(f"Report (warm process), best of {runs}")
    row = (f"{t50:.2f} s", f"{n1} figure(s) {t1:.2f} s", f"{t50 / t1:.1f}x")
    _row(f"report, article with {n50} figures", *row, TARGETS["report 50 figures"])


_RSS = (
    "import resource, sys\n"
    "{body}\n"
    "r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "print(r * (1 if sys.platform == 'darwin' else 1024))\n"
)


def memory_rows(runs: int) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    ours_body = f"import geoclaims\ngeoclaims.find_regions({text!r})"
    base_body = "import geopandas"

    def peak(body: str) -> float:
        script = _RSS.format(body=body)
        out = subprocess.run([PY, "-c", script], capture_output=True, text=True, check=True)
        return int(out.stdout.strip().splitlines()[-1]) / 2**20

    ours = min(peak(ours_body) for _ in range(runs))
    base = min(peak(base_body) for _ in range(runs))
    _header("Peak memory (max RSS) in a fresh process, lowest of N")
    row = (f"{ours:.0f} MiB", f"import geopandas {base:.0f} MiB", f"+{ours - base:.0f} MiB")
    _row("one find_regions (example article)", *row, TARGETS["peak memory"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="best of N (default 3)")
    parser.add_argument("--mb", type=float, default=5.0, help="size of the one big text, MB")
    parser.add_argument(
        "--only", choices=("cli", "text", "report", "memory"), action="append", help="rows"
    )
    args = parser.parse_args()
    parts = args.only or ["cli", "text", "report", "memory"]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {load:.1f}")
    print("Absolute times vary with load; compare the ratios (both sides measured together).")
    with tempfile.TemporaryDirectory() as tmp:
        if "cli" in parts:
            cli_rows(args.runs, Path(tmp))
        if "memory" in parts:
            memory_rows(args.runs)
        if "text" in parts:
            text_rows(args.runs, args.mb)
        if "report" in parts:
            report_rows(args.runs)


if __name__ == "__main__":
    main()
