"""Corpus throughput: geoclaims.corpus.scan with 1 and 2 worker processes.

Writes a corpus of short generated articles (our own sentence templates) to a temporary
folder, one file per article, and scans it:

1. baseline: a plain loop over find_regions/find_claims in this process (no dask);
2. ``scan(folder, scheduler="processes", workers=1|2)``: the default local scheduler,
   wall time including starting the workers (each builds the gazetteer once);
3. ``scan(folder, scheduler=client)`` on a ``distributed.LocalCluster`` with 1 or 2
   worker processes already started and warmed up: steady-state throughput.

Prints articles/s, the 2-vs-1 ratio (target >= 1.6x on a 2-core machine) and the memory
peak: the driver's Python allocations (tracemalloc) and the resident set size of the
driver plus its worker processes (psutil, sampled every 50 ms).

Run: python benchmarks/bench_corpus.py [--articles 20000] [--repeat 1]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

import psutil

from geoclaims.corpus import scan

_PLACES = [
    "Kherson",
    "Donetsk oblast",
    "Luhansk",
    "Zaporizhzhia",
    "Kharkiv",
    "the Odesa region",
    "Crimea",
    "Dnipro",
    "Lviv",
    "Poltava Oblast",
    "Sumy",
    "Mykolaiv",
    "Chernihiv",
    "Vinnytsia",
]
_SENTENCES = [
    "Officials in {a} said power was back in most districts by the evening.",
    "Air defence units intercepted drones over {a} and {b}, the regional governor wrote.",
    "A humanitarian convoy left {a} for {b} on {day}.",
    "Schools in {a} will teach online for another week.",
    "The statement claims that {pct} of Ukraine is now under Russian control.",
    "Analysts put the occupied area at about {km} square kilometres.",
    "Grain exports through {a} rose again this month.",
    "The city council of {a} met to discuss the heating season.",
    "Nothing in the report mentions any particular town.",
    "У {a_uk} відновили подачу води.",
]
_UK = ["Херсоні", "Харкові", "Львові", "Полтаві", "Сумах"]


def make_corpus(folder: Path, n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        text = " ".join(
            rng.choice(_SENTENCES).format(
                a=rng.choice(_PLACES),
                b=rng.choice(_PLACES),
                a_uk=rng.choice(_UK),
                day=rng.choice(["Monday", "Thursday", "12 March"]),
                pct=rng.choice(["nearly 15%", "about a fifth", "18 per cent"]),
                km=rng.choice(["110,000", "90 000", "27,000"]),
            )
            for _ in range(rng.randint(2, 5))
        )
        path = folder / f"{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


class RssSampler:
    """Peak RSS of this process plus all its descendants, sampled in a thread."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.peak_total = 0
        self.peak_process = 0
        self.cpu: dict[int, float] = {}  # pid -> latest user+system CPU seconds
        self.cpu0: dict[int, float] = {}  # pid -> CPU seconds when first seen
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        # Sample once before the run starts, so processes that already exist (a warm
        # cluster) count only the CPU they use during the run.
        self._sample(psutil.Process())

    def _sample(self, me: psutil.Process) -> None:
        total, biggest = 0, 0
        for proc in [me, *me.children(recursive=True)]:
            try:
                rss = proc.memory_info().rss
                if proc.pid != me.pid:
                    times = proc.cpu_times()
                    self.cpu[proc.pid] = times.user + times.system
                    self.cpu0.setdefault(proc.pid, self.cpu[proc.pid])
            except psutil.Error:
                continue
            total += rss
            biggest = max(biggest, rss)
        self.peak_total = max(self.peak_total, total)
        self.peak_process = max(self.peak_process, biggest)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            self._sample(me)
            time.sleep(self.interval)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def mib(n: float) -> str:
    return f"{n / 2**20:,.0f} MiB"


def run_loop(paths: list[str]) -> float:
    from geoclaims.text import find_claims, find_regions

    find_regions("warm up the gazetteer")
    t0 = time.perf_counter()
    for p in paths:
        text = Path(p).read_bytes().decode("utf-8-sig")
        find_regions(text)
        find_claims(text)
    return time.perf_counter() - t0


def run_scan(source: str, n: int, **kwargs) -> tuple[float, RssSampler, int]:
    """Scan once; return the wall time, the RSS/CPU sampler and the driver's traced peak."""
    tracemalloc.start()
    with RssSampler() as rss:
        t0 = time.perf_counter()
        result = scan(source, progress=False, **kwargs)
        seconds = time.perf_counter() - t0
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert result.articles == n and result.errors.empty, result
    return seconds, rss, traced_peak


def best_of(runs: dict[int, list], workers: int) -> tuple[float, RssSampler, int]:
    return min(runs[workers], key=lambda r: r[0])


def cpu_note(rss: RssSampler, seconds: float, workers: int, n: int) -> str:
    """How much CPU the child processes got: shows when other load starves the workers."""
    used = sum(rss.cpu[pid] - rss.cpu0[pid] for pid in rss.cpu)
    return (
        f"children used {used:.0f} CPU-s ({used / n * 1000:.2f} per 1,000 articles) = "
        f"{used / seconds / workers:.0%} of {workers} core(s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--no-cluster", action="store_true", help="skip the LocalCluster runs")
    args = parser.parse_args()
    n = args.articles
    print(f"cores: {os.cpu_count()}, load average before: {os.getloadavg()[0]:.2f}")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = make_corpus(folder, n)
        sizes = [len(Path(p).read_bytes()) for p in paths]
        print(
            f"corpus: {n:,} articles, {sum(sizes) / 2**20:.1f} MiB, "
            f"median {statistics.median(sizes):.0f} bytes per article"
        )
        source = str(folder / "*.txt")

        base = run_loop(paths)
        print(f"baseline plain loop in one process (no dask): {n / base:,.0f} articles/s")

        # 1 and 2 workers alternate, best of `repeat` each: the machine is shared, and
        # alternating spreads other load over both.
        runs: dict[int, list] = {1: [], 2: []}
        for _ in range(args.repeat):
            for workers in (1, 2):
                runs[workers].append(run_scan(source, n, scheduler="processes", workers=workers))
        rates = {}
        for workers in (1, 2):
            seconds, rss, traced = best_of(runs, workers)
            rates[workers] = n / seconds
            print(
                f"scan, local processes, {workers} worker(s): {seconds:.1f} s = "
                f"{rates[workers]:,.0f} articles/s (incl. start-up); memory peak: "
                f"driver+workers RSS {mib(rss.peak_total)}, largest process "
                f"{mib(rss.peak_process)}, driver Python allocations {mib(traced)}; "
                + cpu_note(rss, seconds, workers, n)
            )
        print(f"ratio 2 vs 1 worker processes (with start-up): {rates[2] / rates[1]:.2f}x")

        if args.no_cluster:
            return
        from distributed import Client, LocalCluster

        def cluster(workers: int) -> LocalCluster:
            return LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                scheduler_kwargs={"dashboard_address": ":0"},  # 8787 may be taken
            )

        with (
            cluster(1) as c1,
            Client(c1, set_as_default=False) as one,
            cluster(2) as c2,
            Client(c2, set_as_default=False) as two,
        ):
            clients = {1: one, 2: two}
            for client in clients.values():  # build the gazetteer on every worker first
                client.run(lambda: __import__("geoclaims.text").text.find_regions("warm"))
            runs = {1: [], 2: []}
            for _ in range(args.repeat):
                for workers in (1, 2):
                    runs[workers].append(run_scan(source, n, scheduler=clients[workers]))
        steady = {}
        for workers in (1, 2):
            seconds, rss, _ = best_of(runs, workers)
            steady[workers] = n / seconds
            print(
                f"scan, LocalCluster, {workers} warm worker process(es): {seconds:.1f} s = "
                f"{steady[workers]:,.0f} articles/s; RSS peak (driver+nannies+workers of "
                f"both clusters) {mib(rss.peak_total)}, largest process "
                f"{mib(rss.peak_process)}; " + cpu_note(rss, seconds, workers, n)
            )
        print(f"ratio 2 vs 1 warm worker processes: {steady[2] / steady[1]:.2f}x (target >= 1.6x)")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
