"""Tests for geoclaims.corpus: scanning a corpus on dask gives the plain loop's rows."""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import signal
import stat
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from conftest import time_bound

import geoclaims.text
from geoclaims import GeoclaimsWarning, InvalidInputError, OutputError
from geoclaims.check import _figures
from geoclaims.corpus import (
    CorpusScan,
    add_scan_parser,
    check_claims,
    claims_per_country,
    mention_map,
    mentions_per_region,
    scan,
    to_parquet,
)
from geoclaims.text import article_date, find_claims, find_regions

pytest.importorskip("dask")
pytest.importorskip("distributed")

# -- a generated corpus from our own sentence templates --------------------------------

_PLACES = [
    "Kherson",
    "Donetsk",
    "Luhansk",
    "Zaporizhzhia",
    "Kharkiv",
    "the Odesa region",
    "Crimea",
    "Dnipropetrovsk oblast",
    "Lviv",
    "Poltava Oblast",
    "Sumy",
    "Mykolaiv",
]
_TEMPLATES = [
    "Officials in {a} said the water supply was restored on {day}.",
    "Drones were reported over {a} and {b} overnight.",
    "A convoy left {a} for {b}, local media wrote.",
    "The governor of {a} ordered schools to close for a week.",
    "Moscow now claims {pct} of Ukraine, including {a}.",
    "Analysts estimate that about {pct} of Ukrainian territory is occupied.",
    "Farmers near {a} lost {km} square kilometres of fields to mines.",
    "The trains between {a} and {b} run again.",
    "Nothing of note happened in the capital today.",
    "Шкільні заняття у {a_uk} відновлено.",
    "Nearly a fifth of Ukraine was under occupation, the report in {a} said.",
    "",
]
_UK = ["Херсоні", "Харкові", "Львові", "Полтаві"]


def _article(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(1, 3)):
        template = rng.choice(_TEMPLATES)
        sentences.append(
            template.format(
                a=rng.choice(_PLACES),
                b=rng.choice(_PLACES),
                a_uk=rng.choice(_UK),
                day=rng.choice(["Monday", "Friday", "May 3"]),
                pct=rng.choice(["15%", "nearly 18%", "a fifth", "more than 20 per cent"]),
                km=rng.choice(["1,200", "350", "90 000"]),
            )
        )
    return " ".join(s for s in sentences if s)


N_ARTICLES = 2_000


@pytest.fixture(scope="module")
def texts() -> list[str]:
    rng = random.Random(20240923)
    return [_article(rng) for _ in range(N_ARTICLES)]


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory, texts: list[str]) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for i, text in enumerate(texts):
        (folder / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
    return folder


def _loop(ids: list, texts: list[str], dates: list | None = None) -> tuple[pd.DataFrame, ...]:
    """The reference: a plain loop over find_regions/find_claims, article by article."""
    mentions, claims = [], []
    for i, (article_id, text) in enumerate(zip(ids, texts, strict=True)):
        date = pd.NaT if dates is None else pd.Timestamp(dates[i])
        if pd.isna(date) and (dateline := article_date(text)) is not None:
            date = pd.Timestamp(dateline)  # no date given: the article's dateline
        found = find_regions(text)
        for row in found.to_dict("records"):
            mentions.append({"article_id": article_id, "date": date, **row})
        figures = find_claims(text)
        read = (
            _figures(text, figures, find_regions(text), "un", (date if pd.notna(date) else
                     pd.Timestamp.today()).date())
            if figures
            else []
        )  # fmt: skip
        for claim, fig in zip(figures, read, strict=True):
            claims.append(
                {
                    "article_id": article_id,
                    "date": date,
                    "value": claim.value,
                    "high": claim.high,
                    "unit": claim.unit,
                    "qualifier": claim.qualifier,
                    "of": claim.of,
                    "start": claim.start,
                    "end": claim.end,
                    "surface": claim.surface,
                    "verb": fig.verb,
                    "part": None if fig.part is None else ";".join(fig.part["unit_id"]),
                }
            )
    mentions, claims = pd.DataFrame(mentions), pd.DataFrame(claims)
    # The documented dtypes where inference from records differs: dates in ns, the high
    # end of a range as float (NaN when there is none).
    mentions["date"] = mentions["date"].astype("datetime64[ns]")
    claims["date"] = claims["date"].astype("datetime64[ns]")
    claims["high"] = claims["high"].astype("float64")
    return mentions, claims


def _assert_rows_equal(got: pd.DataFrame, want: pd.DataFrame) -> None:
    """Same rows, same order, same values and dtypes."""
    pd.testing.assert_frame_equal(got, want)


@pytest.fixture(scope="module")
def reference(corpus_dir: Path, texts: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    ids = [str(corpus_dir / f"a{i:05d}.txt") for i in range(len(texts))]
    return _loop(ids, texts)


@pytest.fixture(scope="module")
def default_scan(corpus_dir: Path) -> CorpusScan:
    """The corpus scanned with the default scheduler (local processes, all cores)."""
    return scan(str(corpus_dir / "*.txt"), progress=False)


# -- equality with the plain loop ------------------------------------------------------


def test_default_scheduler_gives_the_loops_rows(default_scan, reference, texts, corpus_dir):
    mentions, claims = reference
    # The corpus must exercise both tables, or the comparison proves little.
    assert len(mentions) > N_ARTICLES and len(claims) > 100
    assert default_scan.articles == N_ARTICLES
    # Empty articles are reported as no_text (the module docstring's promise), nothing else.
    empty = [str(corpus_dir / f"a{i:05d}.txt") for i, t in enumerate(texts) if not t.strip()]
    assert empty, "the corpus should hold some empty articles"
    assert default_scan.errors["article_id"].tolist() == empty
    assert set(default_scan.errors["reason"]) == {"no_text"}
    _assert_rows_equal(default_scan.mentions, mentions)
    _assert_rows_equal(default_scan.claims, claims)
    assert default_scan.mentions["start"].dtype == "int64"
    assert default_scan.mentions["date"].dtype == "datetime64[ns]"


def test_threads_and_many_partitions_give_the_same_rows(default_scan, corpus_dir):
    paths = sorted(str(p) for p in corpus_dir.glob("*.txt"))
    got = scan(paths, scheduler="threads", partitions=37, progress=False)
    pd.testing.assert_frame_equal(got.mentions, default_scan.mentions)
    pd.testing.assert_frame_equal(got.claims, default_scan.claims)


def test_local_cluster_gives_the_same_rows_as_the_default(default_scan, corpus_dir):
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            # No dashboard, and the scheduler's small HTTP server on a free port: 8787
            # may be taken by another cluster on this machine (a warning, so an error).
            scheduler_kwargs={"dashboard_address": ":0"},
        ) as cluster,
        Client(cluster) as client,
    ):
        got = scan(str(corpus_dir), scheduler=client, progress=False)
        # Each worker process built the gazetteer once, not once per article.
        builds = client.run(lambda: geoclaims.text._gazetteer.cache_info().misses)
        also = scan(str(corpus_dir / "a000*.txt"), scheduler=cluster.scheduler_address)
    pd.testing.assert_frame_equal(got.mentions, default_scan.mentions)
    pd.testing.assert_frame_equal(got.claims, default_scan.claims)
    pd.testing.assert_frame_equal(got.errors, default_scan.errors)
    assert len(builds) == 2 and set(builds.values()) == {1}
    first = default_scan.mentions[default_scan.mentions["article_id"].str.contains("a000")]
    pd.testing.assert_frame_equal(also.mentions, first.reset_index(drop=True))


def test_dataframe_with_ids_and_dates_matches_the_loop(texts):
    sample = texts[:300]
    dates = pd.date_range("2022-09-01", periods=len(sample), freq="h")
    frame = pd.DataFrame(
        {"body": sample, "uid": [f"n{i}" for i in range(len(sample))], "when": dates},
        index=range(1000, 1000 + len(sample)),
    )
    got = scan(
        frame,
        scheduler="threads",
        text_column="body",
        id_column="uid",
        date_column="when",
        progress=False,
    )
    mentions, claims = _loop(list(frame["uid"]), sample, list(dates))
    _assert_rows_equal(got.mentions, mentions)
    _assert_rows_equal(got.claims, claims)

    # Without id_column the index is the article id.
    by_index = scan(frame, scheduler="sync", text_column="body", progress=False)
    assert by_index.mentions["article_id"].iloc[0] in frame.index


def test_dask_dataframe_and_lazy_scan(texts, monkeypatch):
    import dask.dataframe as dd

    sample = texts[:200]
    frame = dd.from_pandas(pd.DataFrame({"text": sample}), npartitions=3)
    lazy = scan(frame, scheduler="sync", compute=False)
    assert lazy.lazy
    assert repr(lazy) == "CorpusScan(lazy: call .compute())"
    calls = []
    real = geoclaims.text.mentions._resolve  # what the scan runs on each article

    def counting(text, country):
        calls.append(text)
        return real(text, country)

    monkeypatch.setattr(geoclaims.text.mentions, "_resolve", counting)
    done = lazy.compute(scheduler="sync")
    # One pass: each article scanned once for the three tables and the count together
    # (the names its figures' clauses hold are looked up on their own).
    articles = {t for t in sample if t}
    assert len([t for t in calls if t in articles]) == len([t for t in sample if t])
    assert done.articles == len(sample) and not done.lazy
    mentions, claims = _loop(list(range(len(sample))), sample)
    _assert_rows_equal(done.mentions, mentions)
    _assert_rows_equal(done.claims, claims)
    assert done.mentions.index.equals(pd.RangeIndex(len(done.mentions)))


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_table_files_of_articles(tmp_path, texts, fmt):
    # A quoted article may span lines: CSV blocks must not be split inside it.
    sample = [*texts[:149], 'Shelling in Kherson overnight.\n\nIn Donetsk, "calm", says the mayor.']
    frame = pd.DataFrame({"text": sample, "date": ["2022-09-23"] * len(sample)})
    path = tmp_path / f"articles.{fmt}"
    if fmt == "parquet":
        frame.to_parquet(path)
    elif fmt == "csv":
        frame.to_csv(path, index=False)
    else:
        frame.to_json(path, orient="records", lines=True, force_ascii=False)
    got = scan(str(path), scheduler="sync", date_column="date", partitions=3, progress=False)
    # Row numbers in the file are the ids; every date parses.
    mentions, claims = _loop(list(range(len(sample))), sample, ["2022-09-23"] * len(sample))
    assert got.articles == len(sample)
    _assert_rows_equal(got.mentions, mentions)
    _assert_rows_equal(got.claims, claims)


# -- bad input -------------------------------------------------------------------------


def test_bad_files_are_reported_and_skipped(tmp_path, caplog):
    good = tmp_path / "good.txt"
    good.write_text("Heavy fighting near Kherson.", encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\xff\xfe")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Réfugiés à Kharkiv".encode("latin-1"))
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeffShelling in Donetsk.".encode())
    missing = tmp_path / "vanished.txt"
    folder = tmp_path / "a-folder"
    folder.mkdir()
    sources = [str(p) for p in (good, binary, latin1, bom, missing, folder)]
    with caplog.at_level(logging.WARNING, logger="geoclaims.corpus"):
        got = scan(sources, scheduler="threads", progress=False)
    assert got.articles == 6
    assert got.errors["article_id"].tolist() == [
        str(binary),
        str(latin1),
        str(missing),
        str(folder),
    ]
    assert got.errors["reason"].tolist() == ["binary", "encoding", "unreadable", "not_a_file"]
    assert "does not exist" in got.errors["message"].iloc[2]
    assert "is a folder" in got.errors["message"].iloc[3]
    assert "not valid utf-8" in got.errors["message"].iloc[1]
    assert "encoding=" in got.errors["message"].iloc[1]
    assert got.skipped == 4
    # The good articles keep their rows; the BOM is not part of the text.
    assert got.mentions["article_id"].tolist() == [str(good), str(bom)]
    assert got.mentions["surface"].tolist() == ["Kherson", "Donetsk"]
    assert got.mentions["start"].tolist() == [20, 12]
    logged = [r.getMessage() for r in caplog.records]
    assert len(logged) == 4 and logged[0].startswith(f"skipped article {str(binary)!r}")

    # The file decodes with the right encoding.
    again = scan([str(latin1)], scheduler="sync", encoding="latin-1", progress=False)
    assert again.errors.empty and again.mentions["name"].tolist() == ["Kharkiv"]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32"])
def test_utf16_and_utf32_files_with_a_byte_order_mark_are_read(tmp_path, codec):
    # scan skipped a UTF-16 file with its mark as "a binary file (it holds NUL bytes)",
    # which `geoclaims check` reads (as the README says such files are read)
    import codecs

    text = "Shelling in Donetsk and Kherson."
    path = tmp_path / "windows.txt"
    if codec == "utf-16-le-bom":
        path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    elif codec == "utf-16-be-bom":
        path.write_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
    else:
        path.write_text(text, encoding=codec)  # Python writes the mark first
    assert b"\x00" in path.read_bytes()
    got = scan([str(path)], scheduler="sync", progress=False)
    assert got.errors.empty, got.errors.to_dict("records")
    assert got.mentions["surface"].tolist() == ["Donetsk", "Kherson"]
    # offsets index the decoded text (after the mark), as for UTF-8
    assert got.mentions["start"].tolist() == [text.index("Donetsk"), text.index("Kherson")]


def test_utf16_without_a_mark_is_skipped_saying_how_to_read_it(tmp_path):
    path = tmp_path / "nomark.txt"
    path.write_bytes("Shelling in Donetsk.".encode("utf-16-le"))
    got = scan([str(path)], scheduler="sync", progress=False)
    assert got.errors["reason"].tolist() == ["binary"]
    assert "--encoding utf-16" in got.errors["message"].iloc[0]
    again = scan([str(path)], scheduler="sync", encoding="utf-16-le", progress=False)
    assert again.errors.empty and again.mentions["surface"].tolist() == ["Donetsk"]


def test_cli_scan_reads_a_utf16_file_as_check_does(tmp_path, capsys):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "1.txt").write_text("Shelling in Kherson.", encoding="utf-16")
    out = tmp_path / "out.parquet"
    assert _cli([str(folder), "-o", str(out), "--scheduler", "sync", "--no-progress"]) == 0
    assert "1 skipped" not in capsys.readouterr().out
    assert pd.read_parquet(out)["surface"].tolist() == ["Kherson"]
    assert pd.read_parquet(out.with_name("out.errors.parquet")).empty


def test_directories_and_globs(tmp_path):
    (tmp_path / "2022" / "09").mkdir(parents=True)
    (tmp_path / "2022" / "09" / "b.txt").write_text("Kherson.", encoding="utf-8")
    (tmp_path / "a.md").write_text("Donetsk.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Luhansk.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("Kharkiv.", encoding="utf-8")
    folder = scan(tmp_path, scheduler="sync", progress=False)
    assert folder.mentions["article_id"].tolist() == [
        str(tmp_path / "2022" / "09" / "b.txt"),
        str(tmp_path / "a.md"),
    ]
    deep = scan(str(tmp_path / "**" / "*.txt"), scheduler="sync", progress=False)
    assert deep.mentions["name"].tolist() == ["Kherson"]


def test_empty_sources(tmp_path):
    with pytest.raises(InvalidInputError, match="holds no files"):
        scan(str(tmp_path), progress=False)
    with pytest.raises(InvalidInputError, match="No files match"):
        scan(str(tmp_path / "*.txt"), progress=False)
    with pytest.raises(InvalidInputError, match="No such file"):
        scan(str(tmp_path / "nope.txt"), progress=False)
    with pytest.raises(InvalidInputError, match="empty"):
        scan([], progress=False)
    # An empty table is a valid corpus: empty tables with the usual columns.
    got = scan(pd.DataFrame({"text": pd.Series([], dtype=object)}), progress=False)
    assert got.articles == 0 and got.mentions.empty and got.claims.empty and got.errors.empty
    assert list(got.mentions.columns[:3]) == ["article_id", "date", "start"]
    assert list(got.claims.columns) == [
        "article_id",
        "date",
        "value",
        "high",
        "unit",
        "qualifier",
        "of",
        "start",
        "end",
        "surface",
        "verb",
        "part",
    ]
    assert list(got.errors.columns) == ["article_id", "reason", "message"]


def test_missing_columns_are_clear_errors(tmp_path):
    frame = pd.DataFrame({"body": ["Kherson."]})
    with pytest.raises(InvalidInputError, match=r"no text column 'text'.*\['body'\]"):
        scan(frame, progress=False)
    with pytest.raises(InvalidInputError, match="no id column 'uid'"):
        scan(frame, text_column="body", id_column="uid", progress=False)
    path = tmp_path / "a.parquet"
    frame.to_parquet(path)
    with pytest.raises(InvalidInputError, match=r"a\.parquet.*no text column"):
        scan(str(path), progress=False)


def test_bad_rows_and_dates_are_reported(monkeypatch):
    frame = pd.DataFrame(
        {
            "text": ["Kherson is calm.", None, b"bytes", "BOOM in Donetsk", "Lviv."],
            "date": ["2022-09-30", "2022-10-01", None, "2022-10-02", "not a date"],
        }
    )
    real = geoclaims.text.mentions._resolve  # what the scan runs on each article

    def flaky(text, country):
        if "BOOM" in text:
            raise RuntimeError("simulated bug")
        return real(text, country)

    monkeypatch.setattr(geoclaims.text.mentions, "_resolve", flaky)
    got = scan(frame, scheduler="sync", date_column="date", progress=False)
    assert got.errors[["article_id", "reason"]].values.tolist() == [
        [1, "no_text"],
        [2, "no_text"],
        [3, "failed"],
        [4, "bad_date"],
    ]
    assert "simulated bug" in got.errors["message"].iloc[2]
    assert got.skipped == 3
    assert got.mentions["name"].tolist() == ["Kherson", "Lviv"]
    assert got.mentions["date"].tolist()[0] == pd.Timestamp("2022-09-30")
    assert pd.isna(got.mentions["date"].tolist()[1])


def test_bad_arguments():
    frame = pd.DataFrame({"text": ["Kherson."]})
    with pytest.raises(InvalidInputError, match="Unknown scheduler 'fast'"):
        scan(frame, scheduler="fast")
    with pytest.raises(InvalidInputError, match="workers must be"):
        scan(frame, workers=0)
    with pytest.raises(TypeError, match="not int"):
        scan(42)
    with pytest.raises(TypeError, match="scheduler must be"):
        scan(frame, scheduler=3.5)


def test_unreachable_cluster_is_a_clear_error(monkeypatch):
    import socket

    import geoclaims.corpus

    with socket.socket() as s:  # a local port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setattr(geoclaims.corpus, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(InvalidInputError, match=f"tcp://127.0.0.1:{port}.*dask scheduler"):
        scan(pd.DataFrame({"text": ["Kherson."]}), scheduler=f"tcp://127.0.0.1:{port}")


# -- aggregation, Parquet, map, CLI ----------------------------------------------------


def test_mentions_per_region_counts(default_scan):
    mentions = default_scan.mentions
    counts = mentions_per_region(default_scan)
    regional = mentions[mentions["kind"].isin(["region", "city", "entity"])]
    want = Counter(regional["unit_id"])
    assert dict(zip(counts["unit_id"], counts["mentions"], strict=True)) == dict(want)
    articles = regional.groupby("unit_id")["article_id"].nunique().to_dict()
    assert dict(zip(counts["unit_id"], counts["articles"], strict=True)) == articles
    assert counts["mentions"].is_monotonic_decreasing
    assert "UA-65" in set(counts["iso_3166_2"])  # Kherson


def test_mentions_per_region_by_date():
    frame = pd.DataFrame(
        {
            "text": ["Kherson.", "Kherson and Donetsk.", "Kherson.", "Donetsk."],
            "date": ["2022-09-30 08:00", "2022-09-30 20:00", "2022-10-01", None],
        }
    )
    found = scan(frame, scheduler="sync", date_column="date", progress=False)
    daily = mentions_per_region(found, by_date=True)
    assert daily[["date", "name", "mentions"]].values.tolist() == [
        [pd.Timestamp("2022-09-30"), "Kherson", 2],
        [pd.Timestamp("2022-09-30"), "Donetsk", 1],
        [pd.Timestamp("2022-10-01"), "Kherson", 1],
    ]
    monthly = mentions_per_region(found.mentions, by_date="M")
    assert monthly["date"].tolist() == [pd.Timestamp("2022-09-01")] * 2 + [
        pd.Timestamp("2022-10-01")
    ]


def test_claims_per_country(default_scan):
    table = claims_per_country(default_scan)
    claims = default_scan.claims
    assert table["claims"].sum() == len(claims)
    ukr = table.loc[table["of"] == "UKR"]
    assert int(ukr["claims"].iloc[0]) == int((claims["of"] == "UKR").sum()) > 0


def test_check_claims_per_article():
    frame = pd.DataFrame(
        {
            "text": [
                "Donetsk and Luhansk together make up about 9% of Ukraine.",
                "Donetsk and Luhansk together make up about 40% of Ukraine.",
            ],
            "date": ["2022-09-23", "2022-09-23"],
        }
    )
    found = scan(frame, scheduler="sync", date_column="date", progress=False)
    checked = check_claims(found)
    assert len(checked) == 2
    assert checked["holds"].tolist() == [True, False]
    assert checked["verdict"].str.len().min() > 20
    assert checked["check_error"].isna().all()
    table = claims_per_country(found, check=True)
    assert table[["of", "claims", "holds", "fails", "unchecked"]].values.tolist() == [
        ["UKR", 2, 1, 1, 0]
    ]


def test_to_parquet_writes_three_files(tmp_path, default_scan):
    out = tmp_path / "mentions.parquet"
    written = to_parquet(default_scan, out)
    assert written == [
        out,
        tmp_path / "mentions.claims.parquet",
        tmp_path / "mentions.errors.parquet",
    ]
    pd.testing.assert_frame_equal(pd.read_parquet(out), default_scan.mentions)
    pd.testing.assert_frame_equal(pd.read_parquet(written[1]), default_scan.claims)
    pd.testing.assert_frame_equal(pd.read_parquet(written[2]), default_scan.errors)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in written)


def test_mention_map_choropleth(default_scan):
    counts = mentions_per_region(default_scan)
    m = mention_map(counts, tiles=None)
    html = m.get_root().render()
    top = counts.iloc[0]
    assert top["name"] in html and top["iso_3166_2"] in html
    assert "Mentions per region" in html  # the colour legend's caption
    assert "Lviv" in html  # the whole country is drawn
    assert "tile.openstreetmap" not in html
    assert mention_map(default_scan, m=m) is m
    with pytest.raises(InvalidInputError, match="unit_id"):
        mention_map(pd.DataFrame({"x": [1]}))


def test_mention_map_escapes_names():
    counts = pd.DataFrame(
        {
            "unit_id": ["UA-65"],
            "iso_3166_2": ["UA-65"],
            "name": ["<b>x</b>"],
            "country": ["UKR"],
            "mentions": [3],
            "articles": [1],
        }
    )
    html = mention_map(counts, tiles=None).get_root().render()
    assert "<b>x</b>" not in html


def _cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="geoclaims")
    add_scan_parser(parser.add_subparsers())
    args = parser.parse_args(["scan", *argv])
    return args.run(args)


def test_cli_scan(tmp_path, capsys):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "1.txt").write_text("Shelling in Kherson and Donetsk.", encoding="utf-8")
    (folder / "2.txt").write_text("Russia holds nearly 18% of Ukraine.", encoding="utf-8")
    (folder / "3.txt").write_bytes(b"\xff\xfe\x00\x00binary")
    out = tmp_path / "out" / "mentions.parquet"
    out.parent.mkdir()
    code = _cli(
        [str(folder / "*.txt"), "-o", str(out), "--scheduler", "sync", "--no-progress",
         "--map", str(tmp_path / "map.html")]
    )  # fmt: skip
    assert code == 0
    summary = capsys.readouterr().out
    assert "scanned 3 articles: 4 mentions, 1 figures, 1 skipped" in summary
    assert pd.read_parquet(out)["surface"].tolist() == ["Kherson", "Donetsk", "Russia", "Ukraine"]
    assert pd.read_parquet(out.with_name("mentions.claims.parquet"))["value"].tolist() == [18.0]
    errors = pd.read_parquet(out.with_name("mentions.errors.parquet"))
    assert errors["reason"].tolist() == ["binary"]
    assert "Kherson" in (tmp_path / "map.html").read_text(encoding="utf-8")


def test_cli_scan_jsonl_table(tmp_path, capsys):
    path = tmp_path / "news.jsonl"
    rows = [{"id": "x1", "body": "Kharkiv."}, {"id": "x2", "body": "Odesa oblast."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "m.parquet"
    argv = [str(path), "-o", str(out), "--text-column", "body", "--id-column", "id"]
    assert _cli([*argv, "--scheduler", "threads", "--no-progress"]) == 0
    assert pd.read_parquet(out)["article_id"].tolist() == ["x1", "x2"]


def test_a_jsonl_line_that_is_no_object_is_named_skipped_and_reported(tmp_path, capsys):
    path = tmp_path / "news.jsonl"
    path.write_text(
        '{"id": "x1", "body": "Kharkiv."}\n{not json\n\n[1, 2]\n{"id": "x3", "body": "Odesa oblast."}\n',
        encoding="utf-8",
    )
    out = tmp_path / "m.parquet"
    argv = [str(path), "-o", str(out), "--text-column", "body", "--id-column", "id"]
    assert _cli([*argv, "--scheduler", "threads", "--no-progress"]) == 0
    assert pd.read_parquet(out)["article_id"].tolist() == ["x1", "x3"]
    errors = pd.read_parquet(out.with_name("m.errors.parquet"))
    assert errors["reason"].tolist() == ["bad_line", "bad_line"]
    assert "line 2 of" in errors["message"][0] and "'{not json'" in errors["message"][0]
    assert "line 4 of" in errors["message"][1]


@pytest.mark.parametrize("scheduler", ["sync", "processes"])
def test_bad_jsonl_lines_keep_the_row_numbers_of_the_rest(tmp_path, scheduler):
    path = tmp_path / "news.jsonl"
    path.write_text('{"body": "Kharkiv."}\nnot json\n{"body": "Odesa oblast."}\n', encoding="utf-8")
    got = scan(str(path), text_column="body", scheduler=scheduler, workers=1, progress=False)
    assert got.mentions[["article_id", "surface"]].values.tolist() == [
        [0, "Kharkiv"],
        [2, "Odesa oblast"],
    ]
    assert got.errors[["article_id", "reason"]].values.tolist() == [[1, "bad_line"]]


def test_a_jsonl_file_with_no_object_is_refused(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("id,body\nx1,Kharkiv\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"no line is a JSON object"):
        scan(str(path), text_column="body", scheduler="sync", progress=False)


# -- hostile corpora and safe outputs ------------------------------------------------


def test_special_files_and_broken_links_are_reported_never_opened(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Shelling in Kherson.", encoding="utf-8")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "gone.txt")
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    sources = [str(p) for p in (good, fifo, dangling, loop)] + ["/dev/zero"]
    with time_bound():
        got = scan(sources, scheduler="sync", progress=False)
    assert got.articles == 5
    assert got.mentions["article_id"].tolist() == [str(good)]
    reasons = dict(zip(got.errors["article_id"], got.errors["reason"], strict=True))
    assert reasons == {
        str(fifo): "not_a_file",
        str(dangling): "unreadable",
        str(loop): "unreadable",
        "/dev/zero": "not_a_file",
    }
    messages = dict(zip(got.errors["article_id"], got.errors["message"], strict=True))
    assert "FIFO" in messages[str(fifo)] and "not opened" in messages[str(fifo)]
    assert "dangling symbolic link" in messages[str(dangling)]
    assert "loop of symbolic links" in messages[str(loop)]
    assert "character device" in messages["/dev/zero"]
    # Walking the folder finds them too (they no longer vanish from both tables).
    with time_bound():
        walked = scan(tmp_path, scheduler="sync", progress=False)
    assert set(walked.errors["article_id"]) == {str(fifo), str(dangling), str(loop)}


def test_articles_over_the_size_limit(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:  # sparse: 5 GB that take no disk space
        fh.truncate(5 * 2**30)
    small = tmp_path / "small.txt"
    small.write_text("Kherson. " * 100, encoding="utf-8")
    got = scan([str(big), str(small)], scheduler="sync", progress=False)
    assert got.errors["reason"].tolist() == ["too_large"]
    assert "5,368,709,120 bytes" in got.errors["message"].iloc[0]
    assert "max_bytes" in got.errors["message"].iloc[0]
    assert len(got.mentions) == 100
    tight = scan([str(small)], scheduler="sync", progress=False, max_bytes=100)
    assert tight.errors["reason"].tolist() == ["too_large"]
    table = pd.DataFrame({"text": ["Kherson. " * 50, "Donetsk."]})
    rows = scan(table, scheduler="sync", progress=False, max_bytes=100)
    assert rows.errors[["article_id", "reason"]].values.tolist() == [[0, "too_large"]]
    with pytest.raises(InvalidInputError, match="max_bytes"):
        scan(table, scheduler="sync", progress=False, max_bytes=0)


def test_empty_articles_are_no_text(tmp_path):
    (tmp_path / "a.txt").write_text("", encoding="utf-8")
    (tmp_path / "b.txt").write_text(" \n\t", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Kherson.", encoding="utf-8")
    got = scan(tmp_path, scheduler="sync", progress=False)
    assert got.errors["reason"].tolist() == ["no_text", "no_text"]
    assert got.errors["article_id"].tolist() == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    rows = scan(pd.DataFrame({"text": ["", "  ", "Kherson."]}), scheduler="sync", progress=False)
    assert rows.errors[["article_id", "reason"]].values.tolist() == [[0, "no_text"], [1, "no_text"]]


def test_double_star_globs_do_not_follow_folder_links(tmp_path):
    (tmp_path / "news" / "2022").mkdir(parents=True)
    (tmp_path / "news" / "2022" / "a.txt").write_text("Kherson.", encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "b.txt").write_text("Donetsk.", encoding="utf-8")
    (tmp_path / "news" / "link").symlink_to(tmp_path / "elsewhere")
    # two loops: following links, a walk would branch at every level until ELOOP
    (tmp_path / "news" / "2022" / "up").symlink_to(tmp_path / "news")
    (tmp_path / "news" / "2022" / "self").symlink_to(tmp_path / "news" / "2022")
    with time_bound():
        got = scan(str(tmp_path / "news" / "**" / "*.txt"), scheduler="sync", progress=False)
    assert got.mentions["article_id"].tolist() == [str(tmp_path / "news" / "2022" / "a.txt")]
    with time_bound():
        folder = scan(tmp_path / "news", scheduler="sync", progress=False)
    assert folder.mentions["article_id"].tolist() == [str(tmp_path / "news" / "2022" / "a.txt")]


def test_undecodable_file_names_and_mixed_ids_reach_parquet(tmp_path):
    name = os.fsdecode(b"caf\xe9.txt")  # Latin-1 bytes: a lone surrogate in Python
    (tmp_path / name).write_text("Shelling in Kherson.", encoding="utf-8")
    got = scan(str(tmp_path / "*.txt"), scheduler="sync", progress=False)
    assert got.mentions["article_id"].tolist() == [str(tmp_path / "caf\\xe9.txt")]
    written = got.to_parquet(tmp_path / "m.parquet")
    assert pd.read_parquet(written[0])["article_id"].tolist() == [str(tmp_path / "caf\\xe9.txt")]

    frame = pd.DataFrame(
        {"text": ["Kherson.", "Donetsk."], "id": pd.Series([7, "x"], dtype=object)}
    )
    mixed = scan(frame, id_column="id", scheduler="sync", progress=False)
    with pytest.warns(GeoclaimsWarning, match="'article_id' holds values .*int, str"):
        mixed.to_parquet(tmp_path / "mixed.parquet")
    assert pd.read_parquet(tmp_path / "mixed.parquet")["article_id"].tolist() == ["7", "x"]


def test_scan_outputs_follow_the_umask_and_keep_modes(tmp_path, default_scan):
    old = os.umask(0o027)
    try:
        written = default_scan.to_parquet(tmp_path / "m.parquet")
    finally:
        os.umask(old)
    assert {stat.S_IMODE(p.stat().st_mode) for p in written} == {0o640}
    written[0].chmod(0o604)
    default_scan.to_parquet(tmp_path / "m.parquet")
    assert stat.S_IMODE(written[0].stat().st_mode) == 0o604


def test_cli_scan_checks_every_output_before_the_work(tmp_path, capsys, monkeypatch):
    from geoclaims import corpus
    from geoclaims.cli import main

    article = tmp_path / "a.txt"
    article.write_text("Shelling in Kherson.", encoding="utf-8")
    monkeypatch.setattr(corpus, "scan", lambda *a, **k: pytest.fail("scanned before checking"))
    out = tmp_path / "m.parquet"
    rc = main(["scan", str(article), "-o", str(out), "--map", str(tmp_path / "bad" / "m.html")])
    assert rc == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_a_failed_write_leaves_the_previous_set_whole(tmp_path, default_scan, monkeypatch):
    from geoclaims import corpus

    out = tmp_path / "m.parquet"
    first = default_scan.to_parquet(out)
    before = [p.read_bytes() for p in first]
    real = corpus._parquet_filler
    calls = []

    def failing(frame):
        fill = real(frame)
        calls.append(1)
        if len(calls) == 2:  # the claims table fails half-way through the set

            def broken(name):
                Path(name).write_bytes(b"half")
                raise OSError(28, "No space left on device")

            return broken
        return fill

    monkeypatch.setattr(corpus, "_parquet_filler", failing)
    smaller = CorpusScan(
        default_scan.mentions.head(3), default_scan.claims.head(3), default_scan.errors, 3
    )
    with pytest.raises(OSError, match="No space"):
        smaller.to_parquet(out)
    assert [p.read_bytes() for p in first] == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in first)


_KILLED_WRITER = """
import os, signal, sys
import pandas as pd
from geoclaims import _io
folder, tag, when = sys.argv[1], sys.argv[2], sys.argv[3]
names = [os.path.join(folder, n) for n in ("m.parquet", "m.claims.parquet", "m.errors.parquet")]
def fill(i):
    def write(path):
        if when == "writing" and i == 1:
            os.kill(os.getpid(), signal.SIGKILL)
        pd.DataFrame({"tag": [tag] * (i + 1)}).to_parquet(path)
    return write
if when == "renaming":
    real, count = os.replace, []
    def replace(a, b):
        count.append(1)
        if len(count) == 2:
            os.kill(os.getpid(), signal.SIGKILL)
        real(a, b)
    os.replace = replace
_io.write_set([(n, fill(i)) for i, n in enumerate(names)])
"""


def _tags(folder: Path) -> list[str]:
    names = ("m.parquet", "m.claims.parquet", "m.errors.parquet")
    return [pd.read_parquet(folder / n)["tag"].iloc[0] for n in names]


@pytest.mark.parametrize("when", ["writing", "renaming"])
def test_a_killed_write_of_the_set(tmp_path, when):
    script = tmp_path / "writer.py"
    script.write_text(_KILLED_WRITER, encoding="utf-8")
    folder = tmp_path / "out"
    folder.mkdir()

    def run(tag: str, how: str) -> int:
        argv = [sys.executable, str(script), str(folder), tag, how]
        return subprocess.run(argv, capture_output=True, timeout=120).returncode

    assert run("old", "normal") == 0
    assert run("new", when) == -signal.SIGKILL
    hidden = [p.name for p in folder.iterdir() if p.name.startswith(".")]
    assert hidden, "a killed run leaves its temporary files"
    if when == "writing":
        assert _tags(folder) == ["old", "old", "old"]  # the previous set, whole
    else:
        assert _tags(folder) == ["new", "old", "old"]  # mid-rename: the journal says so
    assert run("next", "normal") == 0
    assert _tags(folder) == ["next", "next", "next"]
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []


def test_roll_forward_completes_an_interrupted_set(tmp_path):
    from geoclaims import _io

    for n in ("a", "b"):
        (tmp_path / n).write_text("old")
        (tmp_path / f".{n}.1.x.geoclaims-tmp").write_text("new")
    journal = tmp_path / ".a.geoclaims-set"
    record = [[str(tmp_path / f".{n}.1.x.geoclaims-tmp"), str(tmp_path / n)] for n in "ab"]
    journal.write_text(json.dumps(record))
    (tmp_path / "a").write_text("new")  # the first rename happened before the kill
    os.unlink(tmp_path / ".a.1.x.geoclaims-tmp")
    _io.write_text(tmp_path / "c", "other")
    assert [(tmp_path / n).read_text() for n in "abc"] == ["new", "new", "other"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_script_without_a_main_guard_gets_a_clear_message(tmp_path):
    script = tmp_path / "unguarded.py"
    script.write_text(
        "import pandas as pd\n"
        "from geoclaims.corpus import scan\n"
        "scan(pd.DataFrame({'text': ['Kherson.'] * 4}), scheduler='processes', workers=1,"
        " progress=False)\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert run.returncode != 0
    last = run.stderr.strip().splitlines()[-1]
    assert last.startswith("geoclaims._errors.ScanError:")
    assert 'if __name__ == "__main__":' in last and "scheduler='threads'" in last


def test_cli_scan_shows_skipped_articles_as_warning_lines(tmp_path):
    (tmp_path / "a.txt").write_text("Shelling in Kherson.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out" / "m.parquet"
    out.parent.mkdir()
    argv = [sys.executable, "-m", "geoclaims", "scan", str(tmp_path / "*.txt"), "-o", str(out)]
    run = subprocess.run([*argv, "--no-progress"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stderr.strip().splitlines() == [
        f"geoclaims: warning: skipped article {str(tmp_path / 'b.txt')!r}: "
        "the file is empty or holds only whitespace"
    ]


def test_corpus_checks_read_each_figure_as_the_articles_check_does():
    import geoclaims

    texts = [
        # held ground by its verb, dated by its dateline: a control map is needed
        "KYIV, 1 October 2024 — Russia controls about 18% of Ukraine.",
        # the regions in full
        "Donetsk and Luhansk make up about 8.8% of Ukraine.",
        # a share of a region ('of' is its ISO 3166-2 code): held ground, no error
        "Russia now holds about 99% of the Luhansk region.",
        # two figures, each of the regions of its own clause, none of the dateline's
        "KYIV, 20 September 2022 — Donetsk and Luhansk regions make up about 9% of Ukraine, "
        "while Crimea is about 4.5% of the country.",
    ]
    found = scan(pd.DataFrame({"text": texts}), scheduler="sync", progress=False)
    assert list(found.claims["verb"]) == ["held", "whole", "held", "whole", "whole"]
    assert list(found.claims["part"].iloc[3:]) == ["UA-14;UA-09", "UA-43"]
    assert found.claims["date"].iloc[0] == pd.Timestamp("2024-10-01")
    checked = check_claims(found)
    assert checked["check_error"].isna().all(), list(checked["check_error"])
    verdicts = [v for text in texts for v in geoclaims.check_claims(text)]
    for v, holds in zip(verdicts, checked["holds"], strict=True):
        assert (None if pd.isna(holds) else bool(holds)) == v.holds, v.summary
    assert list(checked["holds"].iloc[3:]) == [True, True]


def test_scan_without_dask_says_how_to_install_it(tmp_path, monkeypatch, capsys):
    from geoclaims import ScanError
    from geoclaims.cli import main

    (tmp_path / "a.txt").write_text("Shelling in Kherson.", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "dask", None)  # as if dask were not installed
    with pytest.raises(ScanError, match=r'pip install "geoclaims\[corpus\]"'):
        scan(str(tmp_path / "a.txt"), scheduler="sync", progress=False)
    # the command line: one line and status 2, no traceback, nothing written
    out = tmp_path / "m.parquet"
    assert main(["scan", str(tmp_path / "a.txt"), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert 'pip install "geoclaims[corpus]"' in err and "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize("target", ["fifo", "link-to-fifo", "-", "m.csv", "m"])
def test_a_scan_is_written_to_parquet_files_only_and_never_replaces_a_pipe(tmp_path, target):
    # a pipe, a link to one or standard output cannot take three Parquet files (written by
    # seeking): refused before the scan, the link or pipe left where it was
    (tmp_path / "a.txt").write_text("Shelling in Kherson.", encoding="utf-8")
    out = tmp_path / "o.parquet"
    if target == "fifo":
        os.mkfifo(out)
    elif target == "link-to-fifo":
        # (as /dev/stdout is a link to a pipe in "geoclaims scan ... -o /dev/stdout | cat")
        os.mkfifo(tmp_path / "pipe")
        out.symlink_to(tmp_path / "pipe")
    else:
        out = tmp_path / target if target != "-" else "-"
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(OutputError, match="Cannot write the scan"):
        _cli([str(tmp_path / "a.txt"), "-o", str(out), "--no-progress"])
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    if target == "link-to-fifo":
        assert (tmp_path / "o.parquet").is_symlink()


def test_a_date_whose_day_and_month_could_be_either_is_never_guessed(tmp_path):
    table = tmp_path / "dates.csv"
    table.write_text(
        "text,d\nKherson.,05/03/2022\nDonetsk.,13/03/2022\nLuhansk.,2022-03-05\n",
        encoding="utf-8",
    )
    got = scan(str(table), date_column="d", scheduler="sync", progress=False)
    dates = dict(zip(got.mentions["surface"], got.mentions["date"], strict=True))
    assert pd.isna(dates["Kherson"])  # 5 March or May 3
    assert dates["Donetsk"] == pd.Timestamp("2022-03-13")
    assert dates["Luhansk"] == pd.Timestamp("2022-03-05")
    bad = got.errors[got.errors["reason"] == "bad_date"]
    assert len(bad) == 1 and "day and month could be either" in bad["message"].iloc[0]


def test_regions_are_labelled_by_their_own_name_and_figures_counted_for_their_country():
    from geoclaims.corpus import claims_per_country, mentions_per_region, scan

    texts = [
        "M23 took Goma, the capital of North Kivu.",
        "Russia holds about 80% of Donetsk Oblast.",
        "Russia held nearly 15% of Ukraine.",
        "India administers about 55% of Kashmir.",
    ]
    found = scan(pd.DataFrame({"text": texts}), scheduler="sync", progress=False)
    names = dict(zip(*mentions_per_region(found)[["unit_id", "name"]].T.values, strict=True))
    # North Kivu, first found as its town Goma, is named as the province
    assert names["CD-NK"] == "Nord-Kivu"
    per = dict(zip(*claims_per_country(found)[["of", "claims"]].T.values, strict=True))
    # the share of Donetsk Oblast counts for Ukraine; Kashmir, which three countries
    # administer, stays itself
    assert per == {"UKR": 2, "area:kashmir": 1}
