"""report(): the page's contents, escaping of untrusted text, and atomic saving."""

from __future__ import annotations

import html as htmllib
import json
import os
import re
from pathlib import Path

import markupsafe
import pytest
from conftest import EXAMPLE_UNITS, PAYLOADS

import geoclaims
from geoclaims.report import Report, report


@pytest.fixture(scope="module")
def example_report(example_text) -> Report:
    return report(example_text, tiles=None, as_of="2022-09-21")


def _links(page: str) -> list[tuple[str, str]]:
    """(kind, unit) of every mention link on the page."""
    return re.findall(
        r'<a class="gc-mention gc-kind-(\w+)" href="#gc-map" data-unit="([^"]+)"', page
    )


def _article_text(page: str) -> str:
    body = re.search(r'<div class="gc-article">(.*?)</div>', page, flags=re.S).group(1)
    return htmllib.unescape(re.sub(r"<[^>]*>", "", body))


def test_example_report_contents(example_report: Report, example_text: str) -> None:
    page = example_report.html
    assert _article_text(page) == example_text
    assert example_report.title == example_text.splitlines()[0]
    assert f"<title>{htmllib.escape(example_report.title)}</title>" in page
    # Measured and drawn: the four oblasts named as territory (not Kyiv, named as the capital).
    assert set(example_report.share.units["unit_id"]) == EXAMPLE_UNITS
    assert {unit for _kind, unit in _links(page)} == EXAMPLE_UNITS
    # Every mention is highlighted, linked when its unit is on the map.
    n_marks = page.count('<mark class="gc-mention')
    assert len(_links(page)) + n_marks == len(example_report.mentions)
    # The shares table, with the figures of the Share (geodesic, full geometry).
    for row in example_report.share.to_frame().itertuples():
        assert f"<td>{row.name}</td><td>{row.iso_3166_2}</td>" in page
        assert f"{row.area_km2:,.0f}" in page
    assert f"{example_report.share.total_pct:.1f}%" in page
    # Both stated figures, and a verdict for each.
    surfaces = [c.surface for c in example_report.claims]
    assert any("15%" in s for s in surfaces) and any("90,000" in s for s in surfaces)
    assert page.count('<span class="gc-claim" title=') == len(example_report.claims)
    assert len(example_report.verdicts) == len(example_report.claims)
    for verdict in example_report.verdicts:
        assert str(markupsafe.escape(verdict.text)) in page
    # The map, with Leaflet inlined: no script or stylesheet comes from the network.
    assert 'id="gc-map"' in page and "L.map(" in page
    assert "Leaflet 1.9.3" in page and ".leaflet-container" in page
    assert not re.findall(r'<script[^>]+src=|<link[^>]+href="https?:', page)
    assert "url(images/" not in page  # Leaflet's images are data URIs
    assert "L.tileLayer" not in page
    assert "as of 2022-09-21" in page


def test_verdict_says_the_figure_needs_a_control_layer(example_report: Report) -> None:
    (pct,) = [v for v in example_report.verdicts if v.claim.unit == "%"]
    assert not pct.holds
    assert "control layer" in pct.text


def test_untrusted_text_is_escaped(hostile_text: str) -> None:
    rep = report(hostile_text, title=PAYLOADS[0], tiles=None)
    page = rep.html
    for payload in PAYLOADS:
        assert payload not in page
    # The article shows exactly the text given: tags stripped and entities decoded, the
    # article element holds the input character for character.
    assert _article_text(page) == hostile_text
    assert f"<title>{htmllib.escape(PAYLOADS[0])}</title>" in page
    # No script on the page carries any of the input.
    scripts = re.findall(r"<script[^>]*>(.*?)</script>", page, flags=re.S)
    assert len(scripts) == page.count("<script")
    assert not any("__gc_pwned" in body for body in scripts)
    assert {unit for _k, unit in _links(page)} == {"UA-14", "UA-65"}


def test_no_places_no_map() -> None:
    rep = report("Talks resumed on Monday after a week of shelling.", tiles=None)
    assert rep.share is None
    assert "nothing to map" in rep.html
    assert "L.map(" not in rep.html and "leaflet.js" not in rep.html
    empty = report("", tiles=None)
    assert empty.mentions.empty and empty.title == "geoclaims report"


def test_bad_input() -> None:
    with pytest.raises(TypeError, match="bytes"):
        report(b"Donetsk")
    with pytest.raises(geoclaims.UnknownWorldviewError):
        report("Donetsk region", worldview="Narnia")
    with pytest.raises(geoclaims.InvalidInputError, match="2022-13-40"):
        report("Donetsk region", as_of="2022-13-40")


def test_save_writes_atomically(example_report: Report, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "report.html"
    assert example_report.save(target) == target
    assert target.read_text(encoding="utf-8") == example_report.html
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]
    # A failure at the last step leaves the old file whole and no temporary file.
    target.write_text("old", encoding="utf-8")

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="No space"):
        example_report.save(target)
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


def test_save_to_bad_places_leaves_nothing(example_report: Report, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="missing"):
        example_report.save(tmp_path / "missing" / "report.html")
    with pytest.raises(IsADirectoryError):
        example_report.save(tmp_path)
    afile = tmp_path / "afile"
    afile.write_text("x")
    with pytest.raises(NotADirectoryError):
        example_report.save(afile / "report.html")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile"]


def test_repr_html_is_sandboxed(example_report: Report) -> None:
    frame = example_report._repr_html_()
    assert frame.startswith('<iframe sandbox="allow-scripts allow-downloads"')
    assert "<script" not in frame  # the page is inside srcdoc, escaped
    assert htmllib.unescape(re.search(r'srcdoc="([^"]*)"', frame).group(1)) == example_report.html


def test_package_function_and_module_agree(example_text: str) -> None:
    # geoclaims.report is the function, or its module made callable (see report.py).
    rep = geoclaims.report("Fighting in the Luhansk region.", tiles=None)
    assert isinstance(rep, Report)
    assert {unit for _k, unit in _links(rep.html)} == {"UA-09"}


def test_report_with_a_control_layer_file(tmp_path: Path) -> None:
    # A layer covering exactly Luhansk (its own polygon, written as GeoJSON): the held
    # part of Donetsk + Luhansk is then Luhansk's share, 4.4% of Ukraine (official
    # 26,684 of 603,628 km² = 4.42%; the Natural Earth polygon gives 4.39%).
    luhansk = geoclaims.lookup(["Luhansk"])[["name", "geometry"]]
    layer = tmp_path / "held.geojson"
    luhansk.to_file(layer, driver="GeoJSON")
    text = "Russia says it holds most of the Donetsk and Luhansk regions of Ukraine."
    rep = report(text, within=layer, tiles=None, as_of="2022-09-21")
    assert rep.share.layer is not None
    assert rep.share.held_pct == pytest.approx(4.4, abs=0.1)
    # the totals row's "Held (% of region)" is of the named regions: Luhansk of Donetsk +
    # Luhansk (26,303 of 52,904 km² on polygons, 49.7%), not of Ukraine (4.4%)
    foot = re.search(r"<tfoot>(.*?)</tfoot>", rep.html, re.S).group(1)
    held_pct = 100 * rep.share.held_km2 / rep.share.total
    assert 49 < held_pct < 51 and f"{held_pct:.1f}%" in foot
    # the page says which file the layer is (by its name, not the reader's folders)
    assert "Held (km²)" in rep.html and "control layer: held.geojson: 1 polygon" in rep.html
    assert str(tmp_path) not in rep.html
    assert "geoclaims-layer" in rep.html


def test_the_page_records_the_filter_a_control_layer_was_read_with(tmp_path: Path) -> None:
    both = geoclaims.lookup(["Luhansk", "Donetsk"])[["name", "geometry"]]
    both["status"] = ["occupied", "contested"]
    path = tmp_path / "map.geojson"
    both.to_file(path, driver="GeoJSON")
    layer = geoclaims.read_layer(path, where={"status": "occupied"})
    text = "Russia says it holds most of the Donetsk and Luhansk regions of Ukraine."
    rep = report(text, within=layer, tiles=None, as_of="2022-09-21")
    label = re.search(r"control layer: (.*?)\.</p>", rep.html, re.S).group(1)
    assert label.startswith("map.geojson, statuses occupied")  # the statuses held
    assert label.endswith("; where status=occupied: 1 polygon")


def test_the_page_says_which_countries_figures_are_of_but_are_not_measured() -> None:
    text = (
        "Russia holds about 18% of Ukraine, including the Donetsk region. Azerbaijan retook "
        "Nagorno-Karabakh, about 5% of Azerbaijan. Abkhazia is about 12% of Georgia. "
        "Transnistria makes up about 12% of Moldova."
    )
    rep = report(text, tiles=None, as_of="2024-01-01")
    assert [s.country for s in rep.shares] == ["UKR", "AZE", "GEO"]
    note = re.search(r'class="gc-note gc-not-measured">(.*?)</p>', rep.html, re.S).group(1)
    assert "Figures are also of Moldova" in note and "at most 3 countries" in note
    # four figures, four verdicts: the one of Moldova is checked all the same
    assert len(rep.verdicts) == 4


def test_report_reads_its_date_from_the_dateline() -> None:
    text = "KYIV, 21 September 2022 - Votes were called in the Donetsk region of Ukraine."
    page = geoclaims.report(text, tiles=None)
    assert "as of 2022-09-21 (the article&#39;s date)" in page.html
    given = geoclaims.report(text, tiles=None, as_of="2023-01-05")
    assert "as of 2023-01-05." in given.html
    undated = geoclaims.report("Votes were called in the Donetsk region of Ukraine.", tiles=None)
    assert "(today)" in undated.html


# -- pages ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "date 2022-09-20 The Kremlin on Tuesday backed plans for votes in occupied areas.",
            "The Kremlin on Tuesday backed plans for votes in occupied areas.",
        ),
        ("KYIV, 21 September 2022 - Votes were called.", "Votes were called."),
        ("Posted on Sept. 21, 2022 | Votes were called.", "Votes were called."),
        ("21 September 2022\n\nVotes were called in Donetsk.", "Votes were called in Donetsk."),
        # an agency in brackets, "року"/"года", a stop after the date
        ("KHARTOUM, Oct 28, 2024 (Reuters) - The RSF advanced.", "The RSF advanced."),
        ("КИЇВ, 15 листопада 2024 року — Війська просунулися.", "Війська просунулися."),
        ("МОСКВА, 10 сентября 2024 года. Войска вошли в Суджу.", "Войска вошли в Суджу."),
        # A date inside the headline is not a dateline.
        (
            "Donetsk votes 2022-09-23 on joining Russia",
            "Donetsk votes 2022-09-23 on joining Russia",
        ),
    ],
)
def test_title_without_the_dateline(text: str, title: str) -> None:
    from geoclaims.report import _default_title

    assert _default_title(text) == title


def test_long_title_is_cut_at_a_word() -> None:
    from geoclaims.report import _MAX_TITLE, _default_title

    line = (
        "Authorities installed by Moscow in four partly occupied regions of Ukraine announced "
        "on Tuesday that residents would be asked to vote on joining"
    )
    title = _default_title(line)
    assert len(title) <= _MAX_TITLE
    # 109 characters would end in "resi|dents"; the cut goes back to the word before.
    assert title == line[: line.index(" residents")] + "…"


def test_advice_on_the_page_fits_where_it_was_made(tmp_path: Path, example_report) -> None:
    # A page made from Python says within=; a page made on the command line names the flag.
    assert "within=" in example_report.html and "--within" not in example_report.html
    from geoclaims.cli import main

    out = tmp_path / "r.html"
    article = Path(__file__).resolve().parents[1] / "examples" / "referendum_article.txt"
    assert (
        main(["report", str(article), "-o", str(out), "--tiles", "none", "--as-of", "2022-09-21"])
        == 0
    )
    page = out.read_text(encoding="utf-8")
    assert "pass --within LAYER" in page and "within=" not in page
    # Neither page gives advice about a parameter report() does not have.
    unnamed = report("About 15% of Ukraine was affected, officials said.", tiles=None)
    assert "regions=" not in unnamed.html


def test_figures_as_stated_and_percentages_to_one_decimal() -> None:
    rep = report("Russia holds about two-thirds of Ukraine, including Donetsk.", tiles=None)
    page = rep.html
    assert not re.search(r"\d+\.\d{2,}\s?%", page.split("<script")[0]), re.search(
        r"\d+\.\d{2,}\s?%", page.split("<script")[0]
    )
    assert "66.6667" not in page
    # The claims table shows what was written and the value to one decimal.
    assert "<td>about two-thirds of Ukraine</td>" in page or "two-thirds" in _article_text(page)
    assert '<td class="gc-num">66.7</td>' in page


def test_verdicts_open_the_page_with_status_and_summary(example_report: Report) -> None:
    page = example_report.html
    first = page.index('<div class="gc-verdict')
    assert first < page.index('class="gc-article"') and first < page.index('id="gc-map"')
    for verdict in example_report.verdicts:
        status = getattr(verdict, "status", None) or (
            "holds"
            if verdict.holds
            else "does not hold"
            if verdict.holds is False
            else "cannot tell"
        )
        assert f'<span class="gc-status">{status}</span>' in page
    assert page.count('class="gc-summary"') == len(example_report.verdicts)


def test_status_and_summary_come_from_the_verdict(example_report) -> None:
    from geoclaims.report import _verdict_row

    verdict = example_report.verdicts[0]
    claim = verdict.claim

    class Reworked:  # a verdict with another status and summary
        def __init__(self, status: str, summary: str) -> None:
            self.status, self.summary = status, summary

        def __getattr__(self, name):
            return getattr(verdict, name)

    row = _verdict_row(claim, Reworked("cannot tell", "It needs a control layer."))
    assert (row["status"], row["tone"], row["summary"]) == (
        "cannot tell",
        "gc-unsure",
        "It needs a control layer.",
    )
    assert _verdict_row(claim, Reworked("holds", "Fine."))["tone"] == "gc-holds"
    assert _verdict_row(claim, Reworked("does not hold", "No."))["tone"] == "gc-fails"
    # The example's own verdict: its status, coloured, and its summary within 200 characters.
    row = _verdict_row(claim, verdict)
    assert row["status"] == verdict.status
    assert row["tone"] == {"holds": "gc-holds", "does not hold": "gc-fails"}.get(
        verdict.status, "gc-unsure"
    )
    assert 0 < len(row["summary"]) <= 200


def test_download_links_carry_the_shares_and_the_shapes(example_report: Report) -> None:
    import base64
    import io
    import json

    import pandas as pd

    page = example_report.html
    links = dict(
        (name, base64.b64decode(data))
        for data, name in re.findall(
            r'<a href="data:[\w/+-]+;charset=utf-8;base64,([A-Za-z0-9+/=]+)" download="([^"]+)">',
            page,
        )
    )
    assert set(links) == {"geoclaims-shares.csv", "geoclaims-shapes.geojson"}
    table = pd.read_csv(io.BytesIO(links["geoclaims-shares.csv"]))
    share = example_report.share
    units = table[table["unit_id"].notna()]
    assert set(units["unit_id"]) == EXAMPLE_UNITS
    expected = share.to_frame().set_index("unit_id")["area_km2"]
    for row in units.itertuples():
        assert row.area_km2 == pytest.approx(expected[row.unit_id], rel=1e-5)
    total = table[table["unit_id"].isna()].iloc[0]
    assert total["share_pct"] == pytest.approx(share.total_pct, rel=1e-5)
    shapes = json.loads(links["geoclaims-shapes.geojson"])
    assert shapes["type"] == "FeatureCollection"
    roles = [f["properties"]["role"] for f in shapes["features"]]
    assert roles.count("country outline") == 1 and roles.count("named region") == 4
    names = {f["properties"]["name"] for f in shapes["features"]}
    assert {"Donetsk", "Luhansk", "Zaporizhzhia", "Kherson", "Ukraine"} <= names


def test_downloads_keep_names_exact_and_formulas_inert() -> None:
    import base64

    from geoclaims.report import _downloads

    frame = geoclaims.lookup(["Donetsk"]).copy()
    frame["name"] = ['=HYPERLINK("http://x") {{ 7*7 }} <b>']
    share = geoclaims.area_share(frame, of="UA")
    m = geoclaims.claim_map(share, tiles=None)
    csv_link, geojson_link = _downloads([share], m)
    csv_text = base64.b64decode(csv_link["href"].split(",", 1)[1]).decode()
    assert "'=HYPERLINK" in csv_text and "{{ 7*7 }} <b>" in csv_text
    shapes = base64.b64decode(geojson_link["href"].split(",", 1)[1]).decode()
    assert '=HYPERLINK(\\"http://x\\") {{ 7*7 }} <b>' in shapes


def test_page_reads_without_javascript(example_report: Report) -> None:
    # Everything but the map is plain HTML: drop the scripts and the verdicts, the
    # article, the shares table and the download links are all still there.
    page = re.sub(r"<script[^>]*>.*?</script>", "", example_report.html, flags=re.S)
    assert "<noscript>" in page
    assert page.count('class="gc-summary"') == len(example_report.verdicts) >= 1
    assert _article_text(page) == _article_text(example_report.html)
    assert '<table class="gc-shares">' in page and 'download="geoclaims-shares.csv"' in page


def test_the_command_line_advice_does_not_leak_into_later_python_calls(tmp_path: Path) -> None:
    from geoclaims.cli import main
    from geoclaims.report import ADVICE_FOR

    article = tmp_path / "a.txt"
    article.write_text("About 15% of Ukraine, in the Donetsk region.", encoding="utf-8")
    assert main(["report", str(article), "-o", str(tmp_path / "r.html"), "--tiles", "none"]) == 0
    assert ADVICE_FOR.get() == "python"


def test_compiled_templates_are_kept_and_a_bad_cache_is_passed_over(tmp_path, monkeypatch):
    from geoclaims import report as report_module

    make = report_module._environment.__wrapped__  # a fresh environment each time

    def page() -> str:
        env = make()
        monkeypatch.setattr(report_module, "_environment", lambda: env)
        return report("Officials met on Monday.", as_of="2022-10-01", tiles=None).html

    monkeypatch.setenv("GEOCLAIMS_CACHE_DIR", str(tmp_path / "cache"))
    first = page()
    (stored,) = (tmp_path / "cache" / "templates").glob("*/*.cache")
    assert page() == first  # read from the folder
    stored.write_bytes(stored.read_bytes()[:40])  # cut short: compiled again
    assert page() == first
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("GEOCLAIMS_CACHE_DIR", str(blocker))  # nothing can be stored
    assert page() == first


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("KYIV, Ukraine (AP) — Russia holds about 18% of Ukraine.", "Russia holds about 18% of Ukraine."),
        ("BAKU - Azerbaijan retook Lachin.", "Azerbaijan retook Lachin."),
        ("Kyiv - a city of 3 million - was shelled.", "Kyiv - a city of 3 million - was shelled."),
    ],
)
def test_the_default_title_drops_a_wire_dateline_without_a_date(first_line, title):
    assert report(first_line, as_of="2023-01-01").title == title


def test_the_readings_table_names_kinds_of_reading_not_their_keys():
    page = report("Donetsk and Luhansk make up about 9% of Ukraine.", as_of="2023-01-01").html
    table = page[page.index('class="gc-readings"') :]
    assert "<td>regions in full</td>" in table and "<td>claimed regions</td>" in table
    assert "named_official" not in table and "claimed_RUS" not in table


def test_the_best_reading_is_named_in_words() -> None:
    # the badge names the reading as its row of the table does, never its internal name
    page = report("Donetsk and Luhansk are about 8.8% of Ukraine.", as_of="2024-01-01").html
    said = re.search(r"best reading: ([^<]*)", page)
    assert said is not None
    assert "Donetsk and Luhansk in full" in said.group(1)
    assert not re.search(r"\b(?:named|held|claimed)_\w+", said.group(1))


def test_a_datelines_place_is_never_measured() -> None:
    # the table and the map measure Donetsk and Luhansk (8.8% of Ukraine), not Kyiv too
    rep = report("KYIV, Sept 20, 2022 - Donetsk and Luhansk make up about 9% of Ukraine.")
    assert rep.share is not None
    assert list(rep.share.to_frame()["iso_3166_2"]) == ["UA-14", "UA-09"]
    assert "UA-30" in set(rep.mentions["iso_3166_2"])  # still found and highlighted


def test_a_title_that_is_no_text_is_refused():
    from geoclaims import InvalidTypeError

    with pytest.raises(InvalidTypeError, match="title as str"):
        report("Crimea makes up about 4.5% of Ukraine.", title=123, as_of="2024-01-01")


def test_a_figure_of_another_country_gets_its_regions_measured_and_mapped() -> None:
    # "1,000 km² of Russia's Kursk region" in an article on Ukraine: Russia's named region
    # is measured and tabled too (Kursk, RU-KRS), and the map is framed on the regions
    # named, not on all of Russia
    text = (
        "KYIV, 20 August 2024 — Ukraine says it controls about 1,000 square kilometres of "
        "Russia's Kursk region, while Russian forces hold nearly 18% of Ukraine, including "
        "Crimea and most of the Donetsk region."
    )
    r = report(text)
    assert [(s.country, sorted(s.units["unit_id"])) for s in r.shares] == [
        ("UKR", ["UA-14", "UA-43"]),
        ("RUS", ["RU-KRS"]),
    ]
    assert r.share is r.shares[0]
    assert "<h2>Areas and shares of Ukraine</h2>" in r.html
    assert "<h2>Areas and shares of Russia</h2>" in r.html
    bounds = re.findall(r"L\.latLngBounds\((\[\[[^)]*\]\])\)", r.html)
    assert len(bounds) == 1, bounds  # one view for the page
    (south, west), (north, east) = json.loads(bounds[0])
    # Ukraine and Kursk oblast: 44-53°N, 22-41°E, not Russia's 41-82°N, 19-180°E
    assert 43 < south < 45 and 52 < north < 54 and 21 < west < 23 and 39 < east < 42


def test_an_article_naming_only_a_shared_named_area_is_measured_as_its_own_whole() -> None:
    # Kashmir is administered by three countries and belongs to none under the UN view:
    # an article naming only it (and the countries) measures it as its own whole, and
    # checks "about a third" against the part Pakistan administers (Azad Kashmir and
    # Gilgit-Baltistan, 35.0% of the data's Kashmir; published shares are 35-39%).
    text = (
        "India and Pakistan both claim Kashmir in full. Pakistan administers about a "
        "third of the region."
    )
    r = report(text, tiles=None, as_of="2024-01-01")
    assert [(s.country, list(s.units["unit_id"])) for s in r.shares] == [
        ("area:kashmir", ["area:kashmir"])
    ]
    assert "<h2>Areas and shares of Kashmir</h2>" in r.html
    assert "area:kashmir" not in r.html.split("<h2>Areas and shares")[1].split("</table>")[0]
    assert [v.status for v in r.verdicts] == ["holds"]


def test_the_highlight_key_names_the_kinds_the_article_has() -> None:
    r = report(
        "Kyiv rejected the claim that Russia holds all of Donbas and the Kherson region.",
        tiles=None,
        as_of="2024-01-01",
    )
    key = re.search(r'<p class="gc-note gc-legend">(.*?)</p>', r.html, re.S).group(1)
    kinds = re.findall(r"gc-kind-(\w+)", key)
    assert kinds == ["region", "area", "country", "metonym"]
    assert "not measured" in key
    # every kind in the key has a highlight style of its own
    for kind in kinds:
        assert f".gc-kind-{kind}" in r.html


@pytest.mark.parametrize(
    ("worldview", "words"),
    [
        ("un", "borders under the UN view (internationally recognised borders)"),
        ("RUS", "borders under the view of Russia (its claims counted in)"),
        # a country with no claims in the claims table sees the recognised borders
        ("FRA", "borders under the view of France (no claims of its own: the "
                "internationally recognised borders)"),
    ],
)  # fmt: skip
def test_the_page_names_the_worldview_in_words(worldview, words) -> None:
    import warnings

    from geoclaims.worldviews import NoClaimsWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NoClaimsWarning)
        r = report("Kharkiv oblast is about 5% of Ukraine.", worldview=worldview, tiles=None,
                   as_of="2024-01-01")
    assert words in " ".join(r.html.split())


def test_the_claims_table_names_a_named_area_whole() -> None:
    r = report("Russia holds about 90% of Donbas.", tiles=None, as_of="2024-01-01")
    table = r.html.split('<table class="gc-claims-table">')[1].split("</table>")[0]
    assert ">Donbas<" in table
    assert "area:donbas" not in table



def test_an_article_naming_only_countries_maps_them() -> None:
    # no region named: the countries the figures are of come first, then the others
    rep = report(
        "Talks between Ukraine and Russia resumed. Turkey holds about 36% of Cyprus, the "
        "UN says.",
        tiles=None,
        as_of="2024-01-01",
    )
    assert rep.share is None and rep.shares == ()
    assert "nothing to map" not in rep.html and "L.map(" in rep.html
    assert "the map shows the countries" in rep.html
    outlines = re.findall(r"Outline: ([^(\"<]+) \(", rep.html)
    assert [o.strip() for o in dict.fromkeys(outlines)] == ["Cyprus", "Ukraine", "Russia"]
    # the figure is still checked (held ground with no control map: cannot tell)
    assert [v.status for v in rep.verdicts] == ["cannot tell"]


def test_a_report_saves_to_an_open_file_and_refuses_another_format_s_name(tmp_path):
    import io

    from geoclaims import InvalidInputError

    page = report("Shelling in Kherson.", tiles=None)
    binary, text = io.BytesIO(), io.StringIO()
    page.save(binary)
    page.save(text)
    assert binary.getvalue().decode("utf-8") == text.getvalue() == page.html
    with pytest.raises(InvalidInputError, match=r"an HTML page, not \.pdf"):
        page.save(tmp_path / "report.pdf")
    assert not (tmp_path / "report.pdf").exists()


def test_the_country_with_most_figures_is_measured_first():
    # an article with one figure each of Cyprus and Moldova and three of Ukraine mapped
    # the first countries it named and left Ukraine out
    text = (
        "Turkish troops hold about 36% of Cyprus, and Russia backs Transnistria, about 12% of "
        "Moldova. In Ukraine, Russia holds about 18% of the country, including about 99% of "
        "the Luhansk region and about 62% of the Donetsk region."
    )
    r = report(text)
    assert r.shares[0].country == "UKR", [s.country for s in r.shares]
