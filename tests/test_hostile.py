"""Hostile input: every public function and command, fed what an attacker or a careless
user would give it, answers with a correct result or a typed error, within a time bound.

The strings below are written for geoclaims in the spirit of the big list of naughty
strings (empty and blank text, control and format characters, lone surrogates,
right-to-left overrides, combining marks, emoji, homoglyphs, template and markup syntax,
numbers that are not numbers, huge inputs), plus generated layers (invalid, empty,
degenerate and projected geometry, hostile property names and values).

A "typed error" is a :class:`geoclaims.GeoclaimsError` that is also the built-in it
refines, with a message of bounded length. Any other exception, a warning that is not a
:class:`geoclaims.GeoclaimsWarning`, or a case running past its time bound fails.

The hostile cases that are not about a whole sweep are tests of their own at the end.
"""

from __future__ import annotations

import io
import json
import math
import os
import shlex
import stat
import subprocess
import sys
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from conftest import time_bound
from pyproj import Geod
from shapely.geometry import GeometryCollection, LineString, MultiPolygon, Point, Polygon, box

import geoclaims
from geoclaims import GeoclaimsError, GeoclaimsWarning, InvalidInputError, InvalidTypeError
from geoclaims.cli import main
from geoclaims.worldviews import parse_date

#: Seconds one case may take (generous: two shared cores; the first call loads the data).
BOUND = 60
#: Longest message a typed error may carry (inputs are quoted cut to ~80 characters).
MAX_MESSAGE = 700

NAUGHTY: list[str] = [
    "",
    " ",
    "\t\n\r\x0b\x0c",
    "\x00",
    "Donetsk\x00Luhansk",
    "\x1b[31mred\x1b[0m",
    "\ud800",
    "Donetsk\udcff",
    "\ufeffDonetsk",
    "\u200bDonetsk\u200d",
    "\u202eksteno D",
    "Donetsk\u00a0oblast",
    "D\u043enetsk",  # a Cyrillic o among Latin letters
    "Z\u0351\u0364\u0309a\u0300\u0301l\u0342go",
    "\U0001d507\U0001d52c\U0001d52b",  # mathematical letters outside the BMP
    "🇺🇦🇷🇺 15% 🏳️‍🌈",
    "١٥٪ من أوكرانيا",
    "ドネツク州",
    "Донецька область",
    "A{{ 7*7 }}B",
    "{% for x in range(9**9) %}{% endfor %}",
    "{# comment #}{{ lipsum.__globals__ }}",
    "<script>window.__gc_pwned = 1</script>",
    "'\"><svg onload=alert(1)>",
    "%s%s%s%n%x",
    "{0}{1}{name!r}",
    "'; DROP TABLE regions; --",
    "NaN",
    "-Infinity",
    "1e309",
    "-15%",
    "0x7fffffff",
    "99999999999999999999999999999999%",
    "nearly NaN% of Ukraine",
    "more than 1e400 km2 of Ukraine",
    "Donetsk, Luhansk and Kherson make up nearly 15% of Ukraine.",
    "UA-14",
    "ua-14 ",
    "XX-99",
    "Georgia",
    "2022-02-30",
    "2022-09-30junk",
    "../../etc/passwd",
    "CON",
    "x" * 10_000,
    "Donetsk " * 2_000,
    "15% " * 2_000,
    "(" * 5_000,
]
NAUGHTY_IDS = [f"s{i}" for i in range(len(NAUGHTY))]
#: A shorter list for the heavier functions (full checks, maps, reports, the CLI).
SOME = [NAUGHTY[i] for i in (0, 3, 6, 10, 12, 19, 20, 22, 33, 35, 41, 44)]
SOME_IDS = [f"s{NAUGHTY.index(s)}" for s in SOME]


@pytest.fixture(autouse=True)
def _bounded() -> Iterator[None]:
    with time_bound():
        yield


def outcome(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, Exception | None]:
    """Call `fn`: return (result, None) or (None, typed error). Anything else fails."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result, error = fn(*args, **kwargs), None
        except GeoclaimsError as exc:
            result, error = None, exc
    for w in caught:
        assert issubclass(w.category, GeoclaimsWarning), f"untyped warning: {w.message}"
    if error is not None:
        assert isinstance(error, ValueError | TypeError | LookupError | OSError | RuntimeError)
        assert len(str(error)) <= MAX_MESSAGE, f"message of {len(str(error))} characters"
    return result, error


def _spans_match(text: str, frame: pd.DataFrame) -> None:
    for row in frame.itertuples(index=False):
        assert text[row.start : row.end] == row.surface


def _claims_ok(text: str, claims: list) -> None:
    for claim in claims:
        assert text[claim.start : claim.end] == claim.surface
        assert math.isfinite(claim.value) and claim.value >= 0


def _share_ok(share: Any) -> None:
    assert 0.0 <= share.total_pct <= 100.0 + 1e-9
    assert math.isfinite(share.total)
    if share.held_pct is not None:
        assert 0.0 <= share.held_pct <= share.total_pct + 1e-9


CLAIM = SimpleNamespace(
    value=15.0, high=None, unit="%", qualifier="nearly", of="UKR", start=0, end=0, surface="15%"
)

# name -> (function of one string, check of its result)
SWEEP: dict[str, tuple[Callable[[str], Any], Callable[[str, Any], None]]] = {
    "find_regions": (geoclaims.find_regions, _spans_match),
    "find_claims": (geoclaims.find_claims, _claims_ok),
    "lookup": (geoclaims.lookup, lambda s, r: len(r) == 1 or pytest.fail("one row per name")),
    "lookup_country": (lambda s: geoclaims.lookup(["Donetsk"], country=s), lambda s, r: None),
    "regions": (geoclaims.regions, lambda s, r: None),
    "countries_worldview": (lambda s: geoclaims.countries(worldview=s), lambda s, r: None),
    "area_share_of": (lambda s: geoclaims.area_share(["Donetsk"], of=s), lambda s, r: _share_ok(r)),
    "area_share_as_of": (
        lambda s: geoclaims.area_share(["Donetsk"], of="UA", worldview="RUS", as_of=s),
        lambda s, r: _share_ok(r),
    ),
    "area_share_worldview": (
        lambda s: geoclaims.area_share(["Donetsk"], of="UA", worldview=s),
        lambda s, r: _share_ok(r),
    ),
    "geodesic_area": (geoclaims.geodesic_area, lambda s, r: None),
    "parse_date": (parse_date, lambda s, r: None),
    "check_claims": (
        lambda s: geoclaims.check_claims(s, as_of="2022-10-01"),
        lambda s, r: all(v.status in ("holds", "does not hold", "cannot tell") for v in r)
        or pytest.fail("a verdict without a status"),
    ),
    "check_claims_worldview": (
        lambda s: geoclaims.check_claims("Donetsk is about 4% of Ukraine.", worldview=s),
        lambda s, r: None,
    ),
    "held_layer": (lambda s: geoclaims.held_layer(s, as_of="2022-10-01"), lambda s, r: None),
    "control_history": (
        lambda s: geoclaims.control_history(s, of="UA", progress=False),
        lambda s, r: None,
    ),
}


@pytest.mark.parametrize("text", NAUGHTY, ids=NAUGHTY_IDS)
@pytest.mark.parametrize("name", sorted(SWEEP))
def test_sweep_of_naughty_strings(name: str, text: str) -> None:
    fn, check = SWEEP[name]
    result, error = outcome(fn, text)
    if error is None:
        check(text, result)


@pytest.mark.parametrize("text", [s for s in NAUGHTY if "://" not in s], ids=NAUGHTY_IDS)
def test_read_layer_of_naughty_paths(text: str) -> None:
    _, error = outcome(geoclaims.read_layer, text)
    assert error is not None  # none of these names a readable layer


@pytest.mark.parametrize("text", SOME, ids=SOME_IDS)
def test_check_claim_and_area_share_of_naughty_text_and_regions(text: str) -> None:
    verdict, error = outcome(geoclaims.check_claim, text, as_of="2022-10-01")
    if error is None:
        assert verdict.holds in (True, False, None)
    outcome(geoclaims.check_claim, CLAIM, regions=[text], as_of="2022-10-01")
    share, error = outcome(geoclaims.area_share, [text], of="UA")
    if error is None:
        _share_ok(share)
        assert isinstance(share._repr_html_(), str) and len(share.to_frame()) >= 1


@pytest.mark.parametrize("text", SOME, ids=SOME_IDS)
def test_maps_of_naughty_names_and_tiles(text: str) -> None:
    outcome(geoclaims.claim_map, [text], tiles=None)
    _, error = outcome(geoclaims.claim_map, ["Kherson"], tiles=text)
    assert error is not None or text.strip().lower() in {"openstreetmap"}


@pytest.mark.parametrize("text", SOME, ids=SOME_IDS)
def test_report_and_save_of_naughty_text_and_title(text: str, tmp_path: Path) -> None:
    rep, error = outcome(geoclaims.report, text, tiles=None, as_of="2022-10-01")
    if error is None:
        assert isinstance(rep.html, str)
        assert rep._repr_html_().startswith("<iframe")
        _, save_error = outcome(rep.save, tmp_path / "r.html")
        assert save_error is None and (tmp_path / "r.html").stat().st_size > 0
    rep, error = outcome(geoclaims.report, "Kherson.", title=text, tiles=None)
    assert error is None
    if os.sep not in text and text.strip() and "\x00" not in text:
        _, save_error = outcome(rep.save, tmp_path / text[:200])
    # nothing but the pages written above
    assert all(not p.name.endswith(".geoclaims-tmp") for p in tmp_path.iterdir())


@pytest.mark.parametrize("text", SOME, ids=SOME_IDS)
def test_corpus_functions_of_naughty_articles(text: str, tmp_path: Path) -> None:
    from geoclaims.corpus import claims_per_country, mention_map, mentions_per_region, scan

    frame = pd.DataFrame(
        {
            "text": pd.Series([text, "Kherson.", text], dtype=object),
            "id": pd.Series([text, 1, 2.5], dtype=object),
        }
    )
    found, error = outcome(scan, frame, id_column="id", scheduler="sync", progress=False)
    assert error is None
    assert found.articles == 3
    for row in found.mentions.itertuples(index=False):
        article = frame["text"].iloc[[*frame["id"]].index(row.article_id)]
        assert article[row.start : row.end] == row.surface
    outcome(mentions_per_region, found)
    outcome(claims_per_country, found)
    outcome(mention_map, found, tiles=text)
    written, error = outcome(found.to_parquet, tmp_path / "m.parquet")
    assert error is None
    assert len(pd.read_parquet(written[0])) == len(found.mentions)


# -- generated layers ---------------------------------------------------------------------


def _layers() -> dict[str, Any]:
    donetsk = box(37.0, 47.0, 39.0, 49.0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # shapely notes the NaN itself
        nan_ring = Polygon([(37, 47), (np.nan, 49), (39, 47), (37, 47)])
    naughty_props = {
        "name": NAUGHTY[19],
        "{{ 7*7 }}": NAUGHTY[22],
        "date": "2022-02-30",
        "status": "\ud800",
    }
    return {
        "bowtie": gpd.GeoDataFrame(
            geometry=[Polygon([(37, 47), (39, 49), (39, 47), (37, 49), (37, 47)])], crs=4326
        ),
        "overlapping_parts": gpd.GeoDataFrame(
            geometry=[MultiPolygon([donetsk, box(38, 48, 40, 50)])], crs=4326
        ),
        "empty_polygon": gpd.GeoDataFrame(geometry=[Polygon()], crs=4326),
        "missing_geometry": gpd.GeoDataFrame(geometry=[None, donetsk], crs=4326),
        "points_only": gpd.GeoDataFrame(geometry=[Point(38, 48)], crs=4326),
        "lines_only": gpd.GeoDataFrame(geometry=[LineString([(37, 47), (39, 49)])], crs=4326),
        "nan_coordinates": gpd.GeoDataFrame(geometry=[nan_ring], crs=4326),
        "metres_without_crs": gpd.GeoDataFrame(
            geometry=[box(3_700_000, 5_900_000, 3_900_000, 6_100_000)]
        ),
        "whole_world": gpd.GeoDataFrame(geometry=[box(-180, -90, 180, 90)], crs=4326),
        "zero_area": gpd.GeoDataFrame(
            geometry=[Polygon([(37, 47), (38, 48), (39, 49), (37, 47)])], crs=4326
        ),
        "hole_outside_shell": gpd.GeoDataFrame(
            geometry=[Polygon(donetsk.exterior.coords, [box(50, 50, 51, 51).exterior.coords])],
            crs=4326,
        ),
        "collection": gpd.GeoDataFrame(
            geometry=[GeometryCollection([donetsk, Point(0, 0), LineString([(0, 0), (1, 1)])])],
            crs=4326,
        ),
        "naughty_properties": gpd.GeoDataFrame(
            {k: pd.Series([v], dtype=object) for k, v in naughty_props.items()},
            geometry=[donetsk],
            crs=4326,
        ),
        "web_mercator": gpd.GeoDataFrame(geometry=[donetsk], crs=4326).to_crs(3857),
        "empty_frame": gpd.GeoDataFrame(geometry=[], crs=4326),
    }


LAYERS = _layers()


@pytest.mark.parametrize("name", sorted(LAYERS))
def test_generated_layers(name: str, tmp_path: Path) -> None:
    layer = LAYERS[name]
    outcome(geoclaims.read_layer, layer)
    share, error = outcome(geoclaims.area_share, ["Donetsk"], of="UA", within=layer)
    if error is None:
        _share_ok(share)
    areas, error = outcome(geoclaims.geodesic_area, layer)
    if error is None:
        assert (areas.dropna() >= 0).all()
    outcome(geoclaims.check_claim, CLAIM, regions=["Donetsk"], within=layer, as_of="2022-10-01")


# -- the command line ---------------------------------------------------------------------


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        rc = main(argv)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert rc in (0, 2), err
    if rc == 2:
        lines = [ln for ln in err.splitlines() if not ln.startswith("geoclaims: warning:")]
        assert len(lines) == 1 and lines[0].startswith("geoclaims: error: "), err
        assert len(lines[0]) <= MAX_MESSAGE + 40
    return rc, err


CLI_SOME = [NAUGHTY[i] for i in (0, 6, 12, 19, 22, 35, 44)]


@pytest.mark.parametrize("text", CLI_SOME, ids=[f"s{NAUGHTY.index(s)}" for s in CLI_SOME])
def test_every_command_with_naughty_arguments(
    text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(text.encode("utf-8", "surrogatepass"))
    out = str(tmp_path / "out.html")
    _cli(["find", str(article)], capsys)
    _cli(["find", str(article), "--format", "csv"], capsys)
    _cli(["share", text, "--of", "UA"], capsys)
    _cli(["share", "Donetsk", "--of", text], capsys)
    _cli(["share", "Donetsk", "--of", "UA", "--as-of", text, "--worldview", "RUS"], capsys)
    _cli(["share", "Donetsk", "--of", "UA", "--worldview", text, "--json"], capsys)
    _cli(["share", "Donetsk", "--of", "UA", "--within", text], capsys)
    _cli(["map", text, "-o", out, "--tiles", "none"], capsys)
    _cli(["map", "Kherson", "-o", out, "--tiles", text], capsys)
    _cli(["report", str(article), "-o", out, "--tiles", "none", "--as-of", "2022-10-01"], capsys)
    _cli(["report", str(article), "-o", out, "--title", text, "--tiles", "none"], capsys)
    _cli(["scan", str(article), "-o", str(tmp_path / "m.parquet"), "--no-progress"], capsys)
    _cli(["check", str(article), "--as-of", "2022-10-01"], capsys)
    _cli(["check", text, "--json"], capsys)
    _cli(["check", "Donetsk is about 4% of Ukraine.", "--within", text], capsys)
    _cli(["history", text, "--of", "UA", "--no-progress"], capsys)
    _cli([text], capsys)


# -- one case each ------------------------------------------------------------------------


def _geodesic_km2(poly: Polygon) -> float:
    """Reference area straight from pyproj (WGS84), independent of geoclaims.

    Edges are split every 0.5° first: geoclaims measures a ring as drawn in lon/lat.
    """
    lon, lat = shapely.segmentize(poly, 0.5).exterior.coords.xy
    return abs(Geod(ellps="WGS84").polygon_area_perimeter(lon, lat)[0]) / 1e6


def test_bowtie_is_repaired_with_a_warning_never_zero() -> None:
    bowtie = Polygon([(0, 0), (1, 1), (1, 0), (0, 1), (0, 0)])
    with pytest.warns(GeoclaimsWarning, match="not valid.*Self-intersection"):
        got = geoclaims.geodesic_area(bowtie)
    # The two triangles the ring encloses, each measured by pyproj directly (tolerance:
    # float rounding only).
    left = Polygon([(0, 0), (0.5, 0.5), (0, 1)])
    right = Polygon([(1, 0), (0.5, 0.5), (1, 1)])
    assert got == pytest.approx(_geodesic_km2(left) + _geodesic_km2(right), rel=1e-9)
    assert got > 6000


def test_overlapping_multipolygon_counts_the_union() -> None:
    parts = MultiPolygon([box(0, 0, 2, 2), box(1, 1, 3, 3)])
    with pytest.warns(GeoclaimsWarning, match="not valid"):
        got = geoclaims.geodesic_area(parts)
    union = shapely.union_all([box(0, 0, 2, 2), box(1, 1, 3, 3)])
    assert got == pytest.approx(_geodesic_km2(union), rel=1e-9)
    summed = _geodesic_km2(box(0, 0, 2, 2)) + _geodesic_km2(box(1, 1, 3, 3))
    assert got < summed - 10_000  # the 1x1-degree overlap (~12,300 km2) counts once


def test_valid_geometry_gives_no_warning() -> None:
    geoclaims.geodesic_area(box(0, 0, 1, 1))  # filterwarnings=error would fail on one


@pytest.mark.parametrize("value", ["garbage", "2022-02-30", "2022-09-30junk", pd.NaT])
def test_bad_dates_are_refused_quoting_the_value(value: Any) -> None:
    for call in (
        lambda: geoclaims.area_share(["Donetsk"], of="UA", as_of=value),
        lambda: geoclaims.regions("UA", worldview="RUS", as_of=value),
        lambda: geoclaims.check_claim(CLAIM, regions=["Donetsk"], as_of=value),
        lambda: geoclaims.report("Kherson.", as_of=value, tiles=None),
    ):
        with pytest.raises(InvalidInputError) as info:
            call()
        assert repr(value) in str(info.value) or str(value) in str(info.value)


def test_iso_dates_and_datetimes_still_read() -> None:
    from geoclaims.worldviews import parse_date

    assert str(parse_date("2022-09-30T23:30:00+00:00")) == "2022-09-30"
    assert str(parse_date(pd.Timestamp("2022-09-30 12:00"))) == "2022-09-30"
    assert str(parse_date(np.datetime64("2022-09-30"))) == "2022-09-30"


@pytest.mark.parametrize("value", [math.nan, math.inf, -15.0])
def test_check_claim_refuses_impossible_figures(value: float) -> None:
    claim = geoclaims.Claim(value, None, "%", None, "UKR", 0, 3, "15%")
    with pytest.raises(InvalidInputError, match=r"value is (nan|inf|-15\.0)"):
        geoclaims.check_claim(claim, regions=["Donetsk"], as_of="2022-10-01")
    backwards = geoclaims.Claim(18.0, 15.0, "%", None, "UKR", 0, 3, "18-15%")
    with pytest.raises(InvalidInputError, match="backwards"):
        geoclaims.check_claim(backwards, regions=["Donetsk"], as_of="2022-10-01")


@pytest.mark.parametrize(
    "call",
    [
        lambda: geoclaims.lookup(5),
        lambda: geoclaims.lookup(["Donetsk", None]),
        lambda: geoclaims.find_regions(b"Donetsk"),
        lambda: geoclaims.find_claims(None),
        lambda: geoclaims.report(b"Kherson"),
        lambda: geoclaims.area_share(["Donetsk"], of="UA", as_of=20221001),
        lambda: geoclaims.claim_map(["Kherson"], tiles=5),
        lambda: geoclaims.check_claim(
            geoclaims.Claim("15", None, "%", None, "UKR", 0, 0, "")  # type: ignore[arg-type]
        ),
    ],
)
def test_wrong_types_raise_invalid_type_error(call: Callable[[], Any]) -> None:
    with pytest.raises(InvalidTypeError) as info:
        call()
    assert isinstance(info.value, TypeError) and isinstance(info.value, GeoclaimsError)


def test_unclosed_ring_is_a_typed_error(tmp_path: Path) -> None:
    path = tmp_path / "unclosed.geojson"
    ring = [[30, 47], [31, 47], [31, 48]]
    feature = {
        "type": "Feature",
        "properties": {},
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # GDAL notes the open ring itself
        with pytest.raises(InvalidInputError, match="ring closes"):
            geoclaims.read_layer(path)


def test_lone_surrogate_in_a_name_is_a_typed_error() -> None:
    with pytest.raises(InvalidInputError, match="surrogate"):
        geoclaims.lookup("Donetsk\ud800")


def test_lone_surrogate_reaching_save_is_replaced_with_a_warning(tmp_path: Path) -> None:
    rep = geoclaims.report("Shelling in Kherson.", title="Kherson \ud800 report", tiles=None)
    with pytest.warns(GeoclaimsWarning, match="surrogate"):
        path = rep.save(tmp_path / "r.html")
    page = path.read_text(encoding="utf-8")
    assert "\ufffd" in page and "Kherson" in page


def test_unknown_tiles_fail_before_the_work(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(InvalidInputError, match="Did you mean 'OpenStreetMap'"):
        geoclaims.claim_map(["Kherson"], tiles="OpenStreetMapp")
    with pytest.raises(InvalidInputError, match="Unknown tiles"):
        geoclaims.report("Kherson.", tiles="bogus")


def test_five_thousand_character_paths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    long = str(tmp_path / ("x" * 5000 + ".html"))
    rep = geoclaims.report("Kherson.", tiles=None)
    with pytest.raises(geoclaims.OutputError, match="too long"):
        rep.save(long)
    with pytest.raises(InvalidInputError, match="too long"):
        geoclaims.read_layer(long.replace(".html", ".geojson"))
    rc = main(["map", "Kherson", "-o", long, "--tiles", "none"])
    err = capsys.readouterr().err
    assert rc == 2 and "too long" in err and len(err) < 400


def test_error_messages_cut_huge_inputs() -> None:
    huge = "Donetskx" * 125_000  # 1 MB
    for call in (
        lambda: geoclaims.lookup(huge),
        lambda: geoclaims.area_share(["Donetsk"], of=huge),
        lambda: geoclaims.area_share(["Donetsk"], of="UA", as_of=huge),
        lambda: geoclaims.area_share(["Donetsk"], of="UA", worldview=huge),
    ):
        with pytest.raises(GeoclaimsError) as info:
            call()
        assert "Donetskx" in str(info.value) and len(str(info.value)) < 400


def test_check_claim_with_the_users_own_polygons() -> None:
    own = gpd.GeoDataFrame({"name": ["my area"]}, geometry=[box(37, 47, 39, 49)], crs=4326)
    verdict = geoclaims.check_claim(CLAIM, regions=own, as_of="2022-10-01")
    named = verdict.to_frame().set_index("reading").loc["named", "pct"]
    expected = geoclaims.area_share(own, of="UA", as_of="2022-10-01").total_pct
    assert float(named) == pytest.approx(expected, rel=1e-9)
    assert 0 < expected < 10


def test_lookup_resolves_each_distinct_name_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from geoclaims import boundaries

    calls: list[str] = []
    real = boundaries._match

    def counting(query: str, *args: Any) -> Any:
        calls.append(query)
        return real(query, *args)

    monkeypatch.setattr(boundaries, "_match", counting)
    names = ["Donetsk", "Luhansk", "UA-65", "Kherson"] * 25_000
    found = geoclaims.lookup(names)
    assert len(found) == 100_000
    assert found["query"].tolist()[:4] == names[:4]
    assert found["iso_3166_2"].tolist()[-4:] == ["UA-14", "UA-09", "UA-65", "UA-65"]
    assert sorted(calls) == sorted(set(names))
    share = geoclaims.area_share(names, of="UA")
    assert len(share.units) == 3  # repeats count once (Kherson and UA-65 are one unit)


# -- files --------------------------------------------------------------------------------


def test_output_to_a_device_is_written_into_never_replaced(capsys) -> None:
    before = os.stat(os.devnull)
    rc = main(["map", "Kherson", "-o", os.devnull, "--tiles", "none"])
    assert rc == 0, capsys.readouterr().err
    after = os.stat(os.devnull)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    assert not [p for p in os.listdir(os.path.dirname(os.devnull)) if p.endswith("geoclaims-tmp")]


def test_output_to_a_fifo_is_written_into(tmp_path: Path) -> None:
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    geoclaims.report("Shelling in Kherson.", tiles=None).save(fifo)
    reader.join(BOUND)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert got and b"<html" in got[0].lower() and b"Kherson" in got[0]


def test_sockets_are_refused(tmp_path: Path) -> None:
    import socket

    path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        with pytest.raises(geoclaims.OutputError, match="special file"):
            geoclaims.report("Kherson.", tiles=None).save(path)


def test_overwriting_keeps_permission_bits_and_new_files_follow_umask(tmp_path: Path) -> None:
    rep = geoclaims.report("Shelling in Kherson.", tiles=None)
    existing = tmp_path / "shared.html"
    existing.write_text("old")
    existing.chmod(0o640)
    rep.save(existing)
    assert stat.S_IMODE(existing.stat().st_mode) == 0o640
    assert "Kherson" in existing.read_text(encoding="utf-8")
    old = os.umask(0o027)
    try:
        rep.save(tmp_path / "new.html")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.html").stat().st_mode) == 0o640


def test_a_symlinked_output_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real.html"
    target.write_text("old")
    link = tmp_path / "link.html"
    link.symlink_to(target)
    geoclaims.report("Shelling in Kherson.", tiles=None).save(link)
    assert link.is_symlink() and "Kherson" in target.read_text(encoding="utf-8")


def test_cli_never_prints_a_traceback(monkeypatch, tmp_path: Path, capsys) -> None:
    def boom(text: str) -> Any:
        raise KeyError("a bug")

    monkeypatch.setattr("geoclaims.text.find_regions", boom)
    article = tmp_path / "a.txt"
    article.write_text("Kherson.")
    assert main(["find", str(article)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "internal error: KeyError" in err and "-v" in err


def test_cli_prints_warnings_as_one_line(tmp_path: Path, capsys) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Shelling in Kherson.")
    title = "Kherson \ud800\nreport"
    rc = main(
        [
            "report",
            str(article),
            "-o",
            str(tmp_path / "r.html"),
            "--title",
            title,
            "--tiles",
            "none",
        ]
    )
    err = capsys.readouterr().err
    assert rc == 0
    warning_lines = [ln for ln in err.splitlines() if ln.startswith("geoclaims: warning: ")]
    assert len(warning_lines) == 1 and "surrogate" in warning_lines[0]
    assert "GeoclaimsWarning" not in err and "warnings.warn" not in err


def test_cli_reads_no_special_file_and_no_huge_article(tmp_path: Path) -> None:
    """Real processes, so a hang would show as a timeout: /dev/zero, a FIFO, a 5 GB file."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:  # a sparse 5 GB file: no disk space used
        fh.truncate(5 * 2**30)
    for source, reason in (("/dev/zero", "character device"), (fifo, "FIFO"), (big, "limit")):
        run = subprocess.run(
            [sys.executable, "-m", "geoclaims", "find", str(source)],
            capture_output=True,
            text=True,
            timeout=BOUND,
        )
        assert run.returncode == 2, run.stderr
        assert reason in run.stderr and "Traceback" not in run.stderr
        assert len(run.stderr.strip().splitlines()) == 1


def test_cli_unknown_tiles_is_one_line_exit_2() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "geoclaims", "map", "Kherson", "-o", os.devnull, "--tiles", "bogus"],
        capture_output=True,
        text=True,
        timeout=BOUND,
    )
    assert run.returncode == 2
    assert run.stderr.startswith("geoclaims: error: Unknown tiles 'bogus'")
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_stdin_article_has_the_size_limit(monkeypatch) -> None:
    from geoclaims import _io, cli

    monkeypatch.setattr(_io, "MAX_ARTICLE_BYTES", 10)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Kherson " * 10)))
    with pytest.raises(InvalidInputError, match="too large"):
        cli._read_article("-")


@pytest.mark.parametrize(
    ("value", "fix"),
    [
        (b"Donetsk", "Decode bytes first"),
        (["Donetsk", "Luhansk"], "one text at a time"),
        (5, "Pass the article's text as a str"),
    ],
)
def test_a_wrong_type_of_text_says_how_to_fix_that_type(value: Any, fix: str) -> None:
    with pytest.raises(InvalidTypeError, match=fix) as info:
        geoclaims.find_regions(value)
    assert repr(value)[:20] in str(info.value)


def test_a_map_or_a_path_of_the_wrong_type_is_a_typed_error():
    import geoclaims
    from geoclaims import InvalidTypeError

    with pytest.raises(InvalidTypeError, match="notamap"):
        geoclaims.claim_map(["Donetsk"], m="notamap")
    page = geoclaims.report("Abkhazia makes up about 12% of Georgia.", as_of="2024-01-01")
    with pytest.raises(InvalidTypeError, match="not int"):
        page.save(5)


def test_cli_reads_an_article_from_a_pipe_it_is_given(tmp_path: Path) -> None:
    """``geoclaims find /dev/stdin`` in a pipeline and ``<(cat a.txt)`` read the pipe."""
    article = "Shelling in Kherson and Zaporizhzhia."
    run = subprocess.run(
        [sys.executable, "-m", "geoclaims", "find", "/dev/stdin"],
        input=article,
        capture_output=True,
        text=True,
        timeout=BOUND,
    )
    assert run.returncode == 0, run.stderr
    assert "Kherson" in run.stdout and "Zaporizhzhia" in run.stdout
    path = tmp_path / "a.txt"
    path.write_text(article, encoding="utf-8")
    cmd = f"{shlex.quote(sys.executable)} -m geoclaims find <(cat {shlex.quote(str(path))})"
    run = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, timeout=BOUND)
    assert run.returncode == 0, run.stderr
    assert "Kherson" in run.stdout
