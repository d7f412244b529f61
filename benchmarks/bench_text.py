"""Benchmark: geoclaims.text.find_regions against geotext on the same corpus, and
find_claims on a figure-dense text of up to 50 MB.

The corpus is generated here from sentence templates written for this benchmark (no text
from elsewhere), filled with place names, numbers and filler, with a fixed seed. It prints
the throughput (MB/s) of both tools on the whole corpus as one text and as ~2 kB articles,
the ratio, and the time per MB for texts of 1 to 10 MB to show that the time is linear,
and the same for one long list of thousands of towns.

``--claims-mb 50`` adds the linear-time check for find_claims: a text of that size
with about 370,000 figures (one per ~135 characters, in English, Ukrainian and Russian,
with qualifiers, ranges, fractions in words and magnitudes), timed at a quarter, half and
all of it; the seconds per MB and per 1,000 figures should stay flat. The baseline, timed
in the same run on the same text, is find_regions (linear by construction).

geotext is needed only here: ``pip install geotext``.

Run: ``python benchmarks/bench_text.py [--mb 5] [--claims-mb 50]``
"""

from __future__ import annotations

import argparse
import random
import time

TEMPLATES = [
    "Officials in the {r} region said shelling continued overnight near {c}.",
    "{C} says the vote in {r} and {r2} is a sham, and {C2} agrees.",
    "Residents of {c} queued for water as the front moved towards {c2}.",
    "The governor of {r} Oblast reported {n} people evacuated from {c} on {d}.",
    "Analysts estimate that {C} now controls nearly {p}% of {C2}.",
    "Trains between {c} and {c2} were cancelled after a strike on the line.",
    "Farmers in {r} said the harvest was {p} per cent smaller than last year.",
    "The mayor of {c} asked {C} for more air defence systems.",
    "Talks in {c} ended without agreement, diplomats from {C} and {C2} said.",
    "Prices for bread rose by {p} percent in the first half of the year.",
    "Local media reported explosions in {c}, about {n} kilometres from {c2}.",
    "Separatists in the {r} and {r2} People's Republics announced a new mobilisation.",
    "A convoy carrying aid reached {c} after three days on the road from {r}.",
    "Schools in {r} reopened on {d}, although air raid alerts continued.",
    "Engineers restored power to {n} homes in {c} and the surrounding villages.",
    "The ministry said {n} square kilometres had been cleared of mines since spring.",
    "Volunteers from {C} delivered generators to hospitals in {c} and {c2}.",
    "Satellite images show new trenches along the road from {c} to {c2}.",
]
# Sentences without place names, so that a "news-like" corpus has about one mention per
# 150 characters (the dense corpus has one per 40).
FILLER = [
    "The committee will meet again next week to review the budget.",
    "Several witnesses described a loud bang followed by a long silence.",
    "A spokesperson declined to comment on the details of the agreement.",
    "Prices at the pump have fallen for the third month in a row.",
    "The report, published on {d}, runs to more than {n} pages.",
    "Engineers warned that repairs could take until the end of the winter.",
    "Most of the people interviewed said they had no plans to leave.",
    "The central bank kept its main rate unchanged at {p} percent.",
    "It was not immediately possible to verify the claims independently.",
    "Volunteers handed out blankets, torches and tinned food at the station.",
]
REGIONS = [
    "Donetsk",
    "Luhansk",
    "Kherson",
    "Zaporizhzhia",
    "Kharkiv",
    "Mykolaiv",
    "Odesa",
    "Dnipropetrovsk",
    "Sumy",
    "Chernihiv",
    "Poltava",
    "Kyiv",
    "Belgorod",
    "Kursk",
    "Bryansk",
    "Rostov",
    "Texas",
    "Bavaria",
    "Ontario",
    "Punjab",
    "Victoria",
]
CITIES = [
    "Kharkiv",
    "Mariupol",
    "Kramatorsk",
    "Melitopol",
    "Berdyansk",
    "Dnipro",
    "Lviv",
    "Odesa",
    "Mykolaiv",
    "Kherson",
    "Zaporizhzhia",
    "Simferopol",
    "Kerch",
    "Warsaw",
    "Berlin",
    "London",
    "Paris",
    "Vienna",
    "Istanbul",
    "Ankara",
    "Lahore",
    "Toronto",
]
COUNTRIES = [
    "Ukraine",
    "Russia",
    "Poland",
    "Germany",
    "France",
    "Turkey",
    "Moldova",
    "Georgia",
    "Romania",
    "Hungary",
    "Belarus",
    "Finland",
    "the United States",
    "Lithuania",
]
# Sentences that state figures, for the find_claims benchmark.
FIGURES = [
    "Analysts estimate that {C} now controls nearly {p}% of {C2}.",
    "Russia holds roughly half of the {r} region, officials said.",
    "Moscow claims some {n} square kilometres, or about {p} per cent of {C2}.",
    "Forces retook between {p} and {p2} percent of the land seized in the spring.",
    "{C} lost a fifth of its territory, and two-thirds of {r} Oblast remains occupied.",
    "Росія контролює близько {p}% території України, заявили в {c}.",
    "Россия захватила почти треть территории {r} области, сообщают источники.",
    "ЗСУ звільнили понад тисячу квадратних кілометрів біля {c}.",
    "Turnout was {p}% and inflation hit {p2}% in the first half of the year.",
    "The ministry said {n} sq km had been cleared of mines since spring.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def make_corpus(n_bytes: int, seed: int = 20220930, filler: float = 0.0) -> list[str]:
    """Articles of about 2 kB each, n_bytes in all; ``filler`` is the share of sentences
    without places."""
    rng = random.Random(seed)
    articles: list[str] = []
    size = 0
    while size < n_bytes:
        sentences = []
        length = 0
        while length < 2000:
            pool = FILLER if rng.random() < filler else TEMPLATES
            s = rng.choice(pool).format(
                r=rng.choice(REGIONS),
                r2=rng.choice(REGIONS),
                c=rng.choice(CITIES),
                c2=rng.choice(CITIES),
                C=rng.choice(COUNTRIES),
                C2=rng.choice(COUNTRIES),
                n=rng.randint(2, 90_000),
                p=rng.randint(1, 40),
                d=rng.choice(DAYS),
            )
            sentences.append(s[0].upper() + s[1:])
            length += len(s) + 1
        article = " ".join(sentences)
        articles.append(article)
        size += len(article)
    return articles


def make_figure_text(n_bytes: int, seed: int = 15) -> str:
    """A text of about n_bytes, most of its sentences stating figures, in paragraphs."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < n_bytes:
        pool = FIGURES if rng.random() < 0.5 else FILLER
        s = rng.choice(pool).format(
            r=rng.choice(REGIONS),
            c=rng.choice(CITIES),
            C=rng.choice(COUNTRIES),
            C2=rng.choice(COUNTRIES),
            n=rng.randint(2, 90_000),
            p=rng.randint(1, 40),
            p2=rng.randint(41, 60),
            d=rng.choice(DAYS),
        )
        parts.append(s[0].upper() + s[1:] + ("\n\n" if rng.random() < 0.1 else " "))
        size += len(parts[-1])
    return "".join(parts)


def bench_claims(mb: float) -> None:
    """find_claims on a figure-dense text: time per MB and per 1,000 figures at 1/4, 1/2, 1."""
    from geoclaims.text import find_claims, find_regions

    text = make_figure_text(int(mb * 1_000_000))
    print(f"\nfind_claims, linear time ({len(text) / 1e6:.1f} M characters, one run each):")
    for share in (0.25, 0.5, 1.0):
        part = text[: int(len(text) * share)]
        size = len(part) / 1e6
        t_regions = timed(find_regions, part)
        t0 = time.perf_counter()
        claims = find_claims(part)  # reuses the resolved mentions, as a report does
        t_claims = time.perf_counter() - t0
        print(
            f"  {size:5.1f} MB: {len(claims):7,d} figures; find_claims {t_claims:6.1f} s "
            f"({t_claims / size:.2f} s/MB, {1000 * t_claims / max(len(claims), 1):.3f} s per "
            f"1,000 figures); baseline find_regions {t_regions:6.1f} s "
            f"({t_regions / size:.2f} s/MB); ratio {t_claims / t_regions:.2f}"
        )


def timed(fn, *args) -> float:
    """Seconds for one call, with geoclaims' per-text cache emptied first."""
    from geoclaims.text import _resolve

    _resolve.cache_clear()
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    parser.add_argument(
        "--claims-mb", type=float, default=0.0, help="also time find_claims on a text this big"
    )
    parser.add_argument("--claims-only", action="store_true", help="only the find_claims part")
    args = parser.parse_args()
    if args.claims_only:
        bench_claims(args.claims_mb or 50.0)
        return

    from geotext import GeoText

    from geoclaims.text import _gazetteer, find_claims, find_regions

    t0 = time.perf_counter()
    _gazetteer()
    print(f"gazetteer built once in {time.perf_counter() - t0:.2f} s (cached afterwards)")
    GeoText("warm up")

    for density, filler in (("dense", 0.0), ("news-like", 0.75)):
        articles = make_corpus(int(args.mb * 1_000_000), filler=filler)
        corpus = "\n\n".join(articles)
        mb = len(corpus) / 1e6
        n_ours = len(find_regions(corpus))
        geo = GeoText(corpus)
        print(
            f"\n{density} corpus: {len(articles)} articles, {mb:.2f} M characters; mentions:"
            f" find_regions {n_ours} (one per {len(corpus) / max(n_ours, 1):.0f} characters),"
            f" geotext {len(geo.cities) + len(geo.countries)} (cities + countries)"
        )
        for label, ours, theirs in (
            ("one text", lambda c=corpus: find_regions(c), lambda c=corpus: GeoText(c)),
            (
                "~2 kB articles",
                lambda a=articles: [find_regions(x) for x in a],
                lambda a=articles: [GeoText(x) for x in a],
            ),
        ):
            t_ours = min(timed(ours) for _ in range(args.repeat))
            t_geo = min(timed(theirs) for _ in range(args.repeat))
            print(
                f"{label:>15}: find_regions {mb / t_ours:6.2f} MB/s, geotext {mb / t_geo:6.2f}"
                f" MB/s, ratio (find_regions / geotext throughput) {t_geo / t_ours:.2f}"
            )

    print("\nlinear time (news-like, one text, best of 2):")
    big = "\n\n".join(make_corpus(10_000_000, seed=7, filler=0.75))
    for size in (1_000_000, 2_500_000, 5_000_000, 10_000_000):
        text = big[:size]
        t = min(timed(find_regions, text) for _ in range(2))
        c = min(timed(find_claims, text) for _ in range(2))
        print(
            f"  {size / 1e6:5.1f} MB: find_regions {t:6.2f} s ({t / (size / 1e6):.3f} s/MB),"
            f" find_claims {c:6.2f} s ({c / (size / 1e6):.3f} s/MB)"
        )
    bench_long_list(GeoText)
    if args.claims_mb:
        bench_claims(args.claims_mb)


def bench_long_list(geotext) -> None:
    """A bulletin's list of thousands of towns, comma after comma, one text: the time per
    100,000 characters should stay flat as the list grows (geotext, in the same run, is
    the baseline)."""
    from geoclaims.text import find_regions

    print("\nlinear time, one long list of towns (\"Donetsk, Kupiansk, Sumy, ...\"):")
    names = ["Donetsk", "Kupiansk", "Sumy", "Kherson", "Pokrovsk", "Izium", "Bakhmut"]
    for n in (2_000, 8_000, 32_000):
        text = ", ".join(names[i % len(names)] for i in range(n)) + f" and Lviv ({n})."
        t = min(timed(find_regions, text) for _ in range(2))
        g = min(timed(geotext, text) for _ in range(2))
        per = 1e5 / len(text)
        print(
            f"  {n:>6} names, {len(text) / 1e3:6.0f} k characters: find_regions {t * per:6.3f} s"
            f" per 100k characters, geotext {g * per:6.3f} s, ratio (find_regions time / geotext"
            f" time) {t / g:.0f}"
        )


if __name__ == "__main__":
    main()
