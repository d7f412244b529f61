"""No outside string ever reaches a Jinja template's source .

folium 0.20 renders a map's elements, wraps each result in ``branca.element.Element``
(which compiles it as a new template) and renders the page again, so ``{{ }}`` in the
data used to be evaluated. Every page kind (the map of ``claim_map``/``.save()``/
``geoclaims map``, the report, the scan map, the notebook display) is built here from
Jinja payloads in every source: layer property values and keys, region names from a
user's GeoDataFrame, article text, the title, file names and command-line arguments.
Each page must show the payloads literally and evaluate none of them.
"""

from __future__ import annotations

import html as htmllib
import re
from pathlib import Path

import geopandas as gpd
import jinja2
import pytest
import shapely

import geoclaims
from geoclaims.cli import main
from geoclaims.maps import map_html

#: What each payload turns into when Jinja evaluates it (the sentinel one is added per test).
EVALUATED = {
    "seven{{ 7*7 }}sevens": "seven49sevens",
    "when{% if true %}TRUE{% endif %}fi": "whenTRUEfi",
    "before{# hidden #}after": "beforeafter",
    "open{% broken": None,  # a syntax error if it ever reached a template
}


@pytest.fixture
def sentinel(tmp_path: Path) -> Path:
    return tmp_path / "pwned"


@pytest.fixture
def payloads(sentinel: Path) -> dict[str, str | None]:
    """payload -> its evaluated form; the last one would create the sentinel directory."""
    rce = "run{{ lipsum.__globals__.os.makedirs('" + str(sentinel) + "') }}done"
    return {**EVALUATED, rce: "runNonedone"}


def _shown(page: str) -> str:
    """The page's text as a browser shows it: JSON \\u escapes and HTML references decoded."""
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), page)
    return htmllib.unescape(text)


def _assert_inert(page: str, payloads: dict, sentinel: Path, *, shown: list[str]) -> None:
    decoded = _shown(page)
    for payload, evaluated in payloads.items():
        if evaluated is not None:
            assert evaluated not in decoded, f"{payload!r} was evaluated"
    for payload in shown:
        assert payload in decoded, f"{payload!r} is not shown literally"
    assert not sentinel.exists(), "a payload ran Python code"


def test_the_payloads_are_live(payloads: dict, sentinel: Path) -> None:
    # The control: given to Jinja as template source, the payloads do run. So the
    # tests below would fail if any page let them reach a template.
    rce = list(payloads)[-1]
    assert jinja2.Template(rce).render() == "runNonedone" and sentinel.is_dir()
    sentinel.rmdir()
    assert jinja2.Template("seven{{ 7*7 }}sevens").render() == "seven49sevens"
    with pytest.raises(jinja2.TemplateSyntaxError):
        jinja2.Template("open{% broken")


def _donetsk_layer(values: list[str], keys: list[str]) -> gpd.GeoDataFrame:
    donetsk = geoclaims.lookup(["Donetsk"]).geometry.iloc[0]
    minx, miny, maxx, maxy = donetsk.bounds
    west = shapely.box(minx, miny, (minx + maxx) / 2, maxy).intersection(donetsk)
    columns = {key: [value] for key, value in zip(keys, values, strict=True)}
    return gpd.GeoDataFrame(columns, geometry=[west], crs="EPSG:4326")


def test_layer_values_and_keys_on_every_map_output(payloads, sentinel, tmp_path) -> None:
    texts = list(payloads)
    # Four fields are shown in a tooltip: two payload values, two payload keys. The long
    # code-running payload is a value too, cut to 80 characters in the tooltip.
    layer = _donetsk_layer([*texts[:2], "x", texts[4]], ["status", "note", texts[2], texts[3]])
    m = geoclaims.claim_map(["Donetsk"], within=layer, tiles=None)
    saved = tmp_path / "map.html"
    m.save(str(saved))
    for page in (m.get_root().render(), saved.read_text(encoding="utf-8"), map_html(m)):
        _assert_inert(page, payloads, sentinel, shown=texts[:4])
    # The notebook display: folium's _repr_html_, the page in an iframe's srcdoc.
    frame = m._repr_html_()
    srcdoc = htmllib.unescape(re.search(r'srcdoc="([^"]*)"', frame).group(1))
    _assert_inert(srcdoc, payloads, sentinel, shown=[texts[0], texts[2]])


def test_region_names_from_a_users_frame(payloads, sentinel) -> None:
    texts = list(payloads)
    frame = geoclaims.lookup(["Donetsk", "Luhansk"]).copy()
    frame["name"] = [texts[0], texts[4]]
    m = geoclaims.claim_map(frame, tiles=None)
    page = m.get_root().render()
    _assert_inert(page, payloads, sentinel, shown=[texts[0], texts[4]])
    # The page title carries the names too, escaped.
    title = re.search(r"<title>(.*?)</title>", page).group(1)
    assert texts[0] in htmllib.unescape(title)
    # A style value cannot carry a template either.
    with pytest.raises(geoclaims.InvalidInputError, match="template delimiter"):
        geoclaims.claim_map(["Donetsk"], tiles=None, fillColor="{{ 7*7 }}")
    # ... nor close the page's script: a value is written into it as JSON
    with pytest.raises(geoclaims.InvalidInputError, match="angle bracket"):
        geoclaims.claim_map(
            ["Donetsk"], tiles=None, fillColor='red"});</script><script>alert(9)</script>'
        )


def test_report_article_title_and_layer(payloads, sentinel) -> None:
    texts = list(payloads)
    article = (
        f"Shelling hit the Donetsk region {texts[0]} overnight, officials in Ukraine said. "
        f"{texts[1]} {texts[2]} {texts[3]} {texts[4]} About 4% of Ukraine was affected."
    )
    layer = _donetsk_layer([texts[4], texts[0]], ["status", texts[1]])
    rep = geoclaims.report(article, title=texts[4], within=layer, tiles=None, as_of="2022-09-21")
    _assert_inert(rep.html, payloads, sentinel, shown=texts)
    assert rep.title == texts[4]
    srcdoc = htmllib.unescape(re.search(r'srcdoc="([^"]*)"', rep._repr_html_()).group(1))
    _assert_inert(srcdoc, payloads, sentinel, shown=texts)


def test_scan_map_from_article_text_and_file_names(payloads, sentinel, tmp_path) -> None:
    pytest.importorskip("dask")
    from geoclaims.corpus import mention_map, mentions_per_region, scan

    texts = list(payloads)
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "A{{ 7*7 }}B.txt").write_text(f"Kherson and Donetsk. {texts[0]} {texts[4]}")
    (folder / "plain.txt").write_text(f"Luhansk {texts[1]}")
    found = scan(folder, scheduler="sync", progress=False)
    m = mention_map(mentions_per_region(found), tiles=None)
    _assert_inert(m.get_root().render(), payloads, sentinel, shown=[])
    _assert_inert(m._repr_html_(), payloads, sentinel, shown=[])
    # The CLI writes the same page.
    out = tmp_path / "{{ 7*7 }}.html"
    assert (
        main(
            [
                "scan",
                str(folder),
                "-o",
                str(tmp_path / "m.parquet"),
                "--scheduler",
                "sync",
                "--no-progress",
                "--map",
                str(out),
            ]
        )
        == 0
    )
    _assert_inert(out.read_text(encoding="utf-8"), payloads, sentinel, shown=[])


def test_cli_arguments_and_file_names(payloads, sentinel, tmp_path, capsys) -> None:
    texts = list(payloads)
    article = tmp_path / "{{ 7*7 }} {% if true %}x{% endif %}.txt"
    article.write_text(f"Votes were called in the Donetsk region of Ukraine. {texts[0]}")
    out = tmp_path / "A{{ 7*7 }}B.html"
    assert (
        main(["report", str(article), "-o", str(out), "--tiles", "none", "--title", texts[4]]) == 0
    )
    _assert_inert(out.read_text(encoding="utf-8"), payloads, sentinel, shown=[texts[0], texts[4]])

    out = tmp_path / "{# x #}map.html"
    assert main(["map", "Donetsk", "Luhansk", "-o", str(out), "--tiles", "none"]) == 0
    _assert_inert(out.read_text(encoding="utf-8"), payloads, sentinel, shown=[])

    # Arguments that cannot be honoured fail cleanly, and nothing is evaluated.
    for argv in (
        ["map", "Donetsk", "-o", str(tmp_path / "t.html"), "--tiles", texts[4]],
        ["map", "Donetsk", texts[4], "-o", str(tmp_path / "n.html"), "--tiles", "none"],
        ["map", "Donetsk", "-o", str(tmp_path / "w.html"), "--worldview", texts[4]],
    ):
        capsys.readouterr()
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert "Traceback" not in err and "runNonedone" not in err
        assert not sentinel.exists()
    assert not (tmp_path / "t.html").exists()
