"""The geoclaims command line: each subcommand, stdin, and every way of failing cleanly."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLE, EXAMPLE_UNITS, ROOT

from geoclaims.cli import main

SUBCOMMANDS = ("report", "find", "share", "map")


def run(*args: str, stdin: str | None = None, cwd: Path | None = None):
    """Run ``python -m geoclaims ARGS`` in a child process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "geoclaims", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=180,
        check=False,
    )


def assert_clean_failure(proc, *needles: str) -> None:
    """Exit status 2, one line on stderr naming the problem, no traceback."""
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("geoclaims: error: ")
    assert "Traceback" not in proc.stderr
    for needle in needles:
        assert needle in lines[0]


# -- report ------------------------------------------------------------------------------


def test_report_from_file(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    proc = run("report", str(EXAMPLE), "-o", str(out), "--tiles", "none", "--as-of", "2022-09-21")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"wrote {out}")
    page = out.read_text(encoding="utf-8")
    for unit in EXAMPLE_UNITS:
        assert f'data-unit="{unit}"' in page
    assert "L.tileLayer" not in page
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


def test_report_from_stdin(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    text = "Officials said shelling hit the Kherson region of Ukraine.\n"
    proc = run("report", "-", "-o", str(out), "--title", "<b>Stdin</b>", stdin=text)
    assert proc.returncode == 0, proc.stderr
    page = out.read_text(encoding="utf-8")
    assert 'data-unit="UA-65"' in page
    assert "<title>&lt;b&gt;Stdin&lt;/b&gt;</title>" in page


def test_report_missing_article(tmp_path: Path) -> None:
    proc = run("report", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "r.html"))
    assert_clean_failure(proc, "nope.txt")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("where", ["missing-dir", "a-file", "a-dir"])
def test_report_unwritable_output_leaves_nothing(tmp_path: Path, where: str) -> None:
    (tmp_path / "a-file").write_text("keep me", encoding="utf-8")
    (tmp_path / "a-dir").mkdir()
    target = {
        "missing-dir": tmp_path / "missing" / "r.html",
        "a-file": tmp_path / "a-file" / "r.html",  # a file where a directory should be
        "a-dir": tmp_path / "a-dir",  # a directory where the file should be
    }[where]
    before = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    proc = run("report", str(EXAMPLE), "-o", str(target), "--tiles", "none")
    assert_clean_failure(proc, str(target))
    after = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    assert after == before
    assert (tmp_path / "a-file").read_text(encoding="utf-8") == "keep me"


def test_report_never_writes_over_what_it_reads(tmp_path: Path, capsys) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Abkhazia makes up about 12% of Georgia.\n", encoding="utf-8")
    layer = tmp_path / "held.geojson"
    layer.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    # the article itself, by another spelling of its path
    other = tmp_path / "." / "a.txt"
    assert main(["report", str(article), "-o", str(other)]) == 2
    err = one_line_error(capsys)
    assert "a.txt" in err and "-o a.html" in err
    assert main(["report", str(article), "--within", str(layer), "-o", str(layer)]) == 2
    assert "control layer" in one_line_error(capsys)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_a_folder_that_takes_no_new_file_is_an_output_error_naming_the_target() -> None:
    import geoclaims
    from geoclaims import OutputError

    if not Path("/proc/version").exists():
        pytest.skip("no /proc")
    page = geoclaims.report("Abkhazia makes up about 12% of Georgia.", as_of="2024-01-01")
    with pytest.raises(OutputError, match=r"'/proc/version'") as info:
        page.save("/proc/version")
    assert "geoclaims-tmp" not in str(info.value)


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("geoclaims: error: "), err
    return err[0]


def test_report_bad_options(tmp_path: Path, capsys) -> None:
    out = str(tmp_path / "r.html")
    assert main(["report", str(EXAMPLE), "-o", out, "--as-of", "yesterday"]) == 2
    assert "yesterday" in one_line_error(capsys)
    assert main(["report", str(EXAMPLE), "-o", out, "--worldview", "XYZ"]) == 2
    assert "XYZ" in one_line_error(capsys)
    assert main(["report", str(EXAMPLE)]) == 2  # -o is required
    assert "--output" in one_line_error(capsys)
    assert list(tmp_path.iterdir()) == []


def test_undecodable_article(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Zaporizhzhia \xe9t\xe9".encode("latin-1"))
    assert_clean_failure(run("find", str(bad)), "UTF-8")


def test_a_binary_file_is_refused_as_not_text_not_as_a_wrong_encoding(tmp_path: Path) -> None:
    binary = tmp_path / "scan.pdf.txt"
    binary.write_bytes(b"%PDF-1.7\n\x00\x01\x02 Kyiv \x00\xff\xfe" * 20)
    proc = run("find", str(binary))
    assert_clean_failure(proc, "not a text file", "NUL bytes", str(binary))
    assert "cp1251" not in proc.stderr


@pytest.mark.parametrize("content", ["", "  \n\n\t"])
def test_an_empty_article_is_read_with_a_warning(tmp_path: Path, content: str) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text(content, encoding="utf-8")
    out = tmp_path / "r.html"
    proc = run("report", str(empty), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    warning = "is empty" if not content else "holds only whitespace"
    assert f"geoclaims: warning: the article '{empty}' {warning}" in proc.stderr
    assert out.exists()


# -- find --------------------------------------------------------------------------------


def test_find_jsonl_from_stdin() -> None:
    text = "Russia claims about 15% of Ukraine, including the Donetsk region."
    proc = run("find", "-", stdin=text)
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    mentions = [r for r in records if r["type"] == "mention"]
    claims = [r for r in records if r["type"] == "claim"]
    assert {"Russia", "Ukraine", "Donetsk"} <= {r["name"] for r in mentions}
    for r in mentions:
        assert text[r["start"] : r["end"]] == r["surface"]
    (claim,) = claims
    assert (claim["value"], claim["unit"], claim["qualifier"], claim["of"]) == (
        15.0,
        "%",
        "about",
        "UKR",
    )


def test_find_csv_has_mentions_and_figures_as_the_readme_says(capsys) -> None:
    assert main(["find", str(EXAMPLE), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {"type", "start", "end", "surface", "kind", "unit_id", "name", "country"} <= set(rows[0])
    assert {"value", "unit", "qualifier", "of"} <= set(rows[0])
    mentions = [r for r in rows if r["type"] == "mention"]
    claims = [r for r in rows if r["type"] == "claim"]
    assert {r["unit_id"] for r in mentions} >= EXAMPLE_UNITS
    # The example states "nearly 15%" of Ukraine and "90,000 square kilometres".
    assert {(r["value"], r["unit"]) for r in claims} >= {("15.0", "%"), ("90000.0", "km2")}
    assert all(r["start"].isdigit() for r in rows)  # offsets stay integers
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "--format csv          # mentions and figures" in readme


def test_find_csv_without_figures_keeps_every_column(tmp_path, capsys) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Shelling in Donetsk and Luhansk.", encoding="utf-8")
    assert main(["find", str(article), "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("type,start,end,surface,") and out[0].endswith(",qualifier,of")
    assert out[1].startswith("mention,12,19,Donetsk,")


def test_find_bad_format(capsys) -> None:
    assert main(["find", str(EXAMPLE), "--format", "xml"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "xml" in err[0]


# -- share -------------------------------------------------------------------------------


def test_share_table_and_json(capsys) -> None:
    assert main(["share", "Donetsk", "Luhansk", "--of", "Ukraine"]) == 0
    out = capsys.readouterr().out
    assert "Donetsk" in out and "UA-09" in out and "% of UKR" in out
    assert main(["share", "Donetsk", "Luhansk", "--of", "UA", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    # Donetsk + Luhansk are 8.6-9.0% of Ukraine (official areas 26,517 + 26,684 of
    # 603,628 km² = 8.8%; issue 4 gives the band for the Natural Earth polygons).
    assert 8.6 <= record["total_pct"] <= 9.0
    assert [u["iso_3166_2"] for u in record["units"]] == ["UA-14", "UA-09"]
    assert record["held_km2"] is None


def test_share_of_a_named_area_names_it(capsys) -> None:
    # Kashmir as its own whole: the total line says "of Kashmir", not its internal id
    assert main(["share", "Aksai Chin", "--of", "Kashmir"]) == 0
    out = capsys.readouterr().out
    assert "% of Kashmir (" in out and "area:kashmir" not in out


def test_where_values_in_sql_quotes_are_the_values(tmp_path: Path, capsys) -> None:
    # "--where control='Russian-held'", as an SQL filter would quote it, keeps no quotes
    layer = tmp_path / "held.geojson"
    from geoclaims import lookup

    frame = lookup(["Luhansk"])[["name", "geometry"]]
    frame["control"] = ["Russian-held"]
    frame.to_file(layer, driver="GeoJSON")
    for where in ("control='Russian-held'", 'control="Russian-held"', "control = Russian-held"):
        code = main(["share", "Luhansk", "--of", "UA", "--within", str(layer), "--where", where])
        assert code == 0, where
        assert "held: 26," in capsys.readouterr().out, where


def test_share_within_a_layer(tmp_path: Path, capsys) -> None:
    import geoclaims

    # The layer is Luhansk's own polygon: all of Luhansk is held, none of Donetsk.
    layer = tmp_path / "held.geojson"
    geoclaims.lookup(["Luhansk"])[["name", "geometry"]].to_file(layer, driver="GeoJSON")
    args = ["share", "Donetsk", "Luhansk", "--of", "UA", "--within", str(layer), "--json"]
    assert main(args) == 0
    record = json.loads(capsys.readouterr().out)
    held = {u["iso_3166_2"]: u["held_pct_of_unit"] for u in record["units"]}
    assert held["UA-09"] == pytest.approx(100, abs=0.5)
    assert held["UA-14"] == pytest.approx(0, abs=0.5)
    assert main(["share", "Donetsk", "--of", "UA", "--within", str(tmp_path / "no.gpkg")]) == 2
    assert "no.gpkg" in one_line_error(capsys)


def test_share_unknown_region_suggests() -> None:
    proc = run("share", "Donetks", "--of", "Ukraine")
    assert_clean_failure(proc, "'Donetks'", "Did you mean", "'Donetsk'")


def test_share_unknown_country_and_missing_of(capsys) -> None:
    assert main(["share", "Donetsk", "--of", "Narnia"]) == 2
    assert "'Narnia'" in one_line_error(capsys)
    assert main(["share", "Donetsk"]) == 2
    assert "--of" in one_line_error(capsys)


# -- map ---------------------------------------------------------------------------------


def test_map_writes_html(tmp_path: Path, capsys) -> None:
    out = tmp_path / "map.html"
    assert main(["map", "Donetsk", "Luhansk", "-o", str(out), "--tiles", "none"]) == 0
    page = out.read_text(encoding="utf-8")
    assert "geoclaims-unit-UA-14" in page and "geoclaims-unit-UA-09" in page
    assert "L.tileLayer" not in page
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html"]


def test_map_unwritable_output(tmp_path: Path, capsys) -> None:
    assert main(["map", "Donetsk", "-o", str(tmp_path / "no" / "map.html")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no/map.html" in err
    assert list(tmp_path.iterdir()) == []


# -- help and entry points ---------------------------------------------------------------


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_help_for_each_command(command: str, capsys) -> None:
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: geoclaims {command}")


def test_no_command_and_unknown_command(capsys) -> None:
    assert main([]) == 2
    assert main(["frobnicate"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("geoclaims: error: ") for line in err)
    assert "frobnicate" in err[1]


def test_console_script_installed() -> None:
    exe = shutil.which("geoclaims", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("the geoclaims console script is not installed next to this Python")
    proc = subprocess.run([exe, "--version"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and proc.stdout.startswith("geoclaims ")


def test_share_prints_the_notes(capsys):
    # Under Russia's view in 2020 Crimea is not Ukraine's: the share says why it is 0%.
    code = main(["share", "Crimea", "--of", "UA", "--worldview", "RUS", "--as-of", "2020-01-01"])
    out = capsys.readouterr().out
    assert code == 0
    assert "note: Crimea lies outside Ukraine (UKR)" in out
    code = main(["share", "Kherson", "--of", "UA", "--json"])
    record = json.loads(capsys.readouterr().out)
    assert any("official" in n for n in record["notes"])


def test_check_refuses_a_folder(tmp_path):
    proc = run("check", str(tmp_path))
    assert proc.returncode == 2
    assert "is a folder, not an article" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("article", ["", "   "])
def test_check_refuses_an_empty_article(article):
    # An empty argument is no folder (Path("") is the current one): the article is empty.
    proc = run("check", article)
    assert proc.returncode == 2
    assert "is empty" in proc.stderr and "folder" not in proc.stderr
    assert "Traceback" not in proc.stderr


def test_an_ambiguous_name_gets_command_line_advice(tmp_path):
    # the library says "Pass country=...", which a shell user cannot type
    proc = run("map", "Victoria", "-o", str(tmp_path / "map.html"))
    assert_clean_failure(proc, "'Victoria' is ambiguous", "AU-VIC")
    assert not (tmp_path / "map.html").exists()
    assert "country=" not in proc.stderr
    assert "Name the region by its ISO 3166-2 code (AU-VIC)." in proc.stderr


UKRAINIAN = "Росія контролює близько 18% території України, зокрема Донецьку область.\n"


def test_a_utf16_article_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(UKRAINIAN, encoding="utf-16")  # Windows' "Unicode"
    proc = run("find", str(path))
    assert proc.returncode == 0, proc.stderr
    assert '"iso_3166_2": "UA-14"' in proc.stdout


def test_an_article_in_another_encoding_names_it_and_the_option(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(UKRAINIAN.encode("cp1251"))
    proc = run("find", str(path))
    assert_clean_failure(proc, "article.txt' is not valid UTF-8", "--encoding")
    assert "cp1251" in proc.stderr or "windows-1251" in proc.stderr
    proc = run("check", str(path), "--encoding", "cp1251")
    assert proc.returncode == 0, proc.stderr
    assert "18%" in proc.stdout
    assert_clean_failure(run("find", str(path), "--encoding", "nope"), "unknown encoding 'nope'")


def test_a_name_the_shell_split_gets_a_hint_to_quote_it(tmp_path):
    proc = run("share", "Western", "Sahara", "--of", "Morocco")
    assert_clean_failure(proc, "'Western' is ambiguous", 'quote it ("Western Sahara")')
    proc = run("map", "South", "Ossetia", "-o", str(tmp_path / "m.html"))
    assert_clean_failure(proc, "'Ossetia'", 'quote it ("South Ossetia")')
    # no hint when the neighbours make no name together
    proc = run("map", "Donetsk", "Atlantis", "-o", str(tmp_path / "m.html"))
    assert_clean_failure(proc, "'Atlantis'")
    assert "quote it" not in proc.stderr


def test_only_the_program_itself_freezes_its_imports_out_of_garbage_collection():
    """main(argv) called from code leaves the caller's collector alone; the program does not."""
    import subprocess
    import sys

    code = (
        "import gc, sys, geoclaims.cli\n"
        "geoclaims.cli.main(['share', 'Donetsk', '--of', 'UA'])\n"
        "print('from code', gc.get_freeze_count() > 0)\n"
        "sys.argv = ['geoclaims', 'share', 'Donetsk', '--of', 'UA']\n"
        "geoclaims.cli.main()\n"
        "print('as the program', gc.get_freeze_count() > 0)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert "from code False" in out
    assert "as the program True" in out


@pytest.mark.parametrize("source", ["./article", "/root/articles/kyiv-story", "~/notes/"])
def test_a_missing_path_without_an_extension_is_no_text(source, capsys):
    # a mistyped path is not an article with no figures in it (exit 0)
    assert main(["check", source]) == 2
    assert "No such file" in capsys.readouterr().err


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_a_device_is_named_as_one_not_as_a_missing_file(capsys):
    # /dev/null exists: it is no missing file, and it is no article either
    assert main(["check", "/dev/null"]) == 2
    err = capsys.readouterr().err
    assert "No such file" not in err
    assert "'/dev/null'" in err and "not a regular file" in err


def test_a_slash_between_names_is_still_text(capsys):
    assert main(["check", "Kyiv/Lviv"]) == 0
    assert "no share or area figure" in capsys.readouterr().err


def test_a_date_in_the_calendars_last_year(capsys):
    # the claims declared within a year after the date: no year after 9999-12-31
    assert main(["check", "Russia controls about 18% of Ukraine", "--as-of", "9999-12-31"]) == 0
    assert "9999-12-31" in capsys.readouterr().out


def test_statuses_choose_what_a_control_map_counts(tmp_path, capsys):
    # a synthetic DeepStateMap snapshot (period C) with Transnistria drawn as ground held
    # outside Ukraine: by default it is not read, and the verdict says how to count it
    from test_layers_snapshots import TRANSNISTRIA, _period_c

    from geoclaims.areas import geodesic_area
    from geoclaims.boundaries import lookup

    path = str(_period_c(tmp_path))
    date = "2024-03-25"  # the day after the snapshot
    text = "Russian troops hold about 1% of Moldova."
    assert main(["check", text, "--within", path, "--as-of", date]) == 0
    out = capsys.readouterr().out
    assert "lies nowhere on Moldova" in out and "--statuses all" in out
    assert main(["check", text, "--within", path, "--as-of", date, "--statuses", "all"]) == 0
    out = capsys.readouterr().out
    moldova = float(geodesic_area(lookup(["Moldova"]).geometry.iloc[0]))
    pct = 100 * geodesic_area(TRANSNISTRIA) / moldova
    assert "lies nowhere" not in out and f"{pct:.1f}%" in out, (out, pct)
    # --statuses without --within is a usage error
    assert main(["check", text, "--statuses", "all"]) == 2
    assert "--within" in capsys.readouterr().err


def test_a_missing_control_layer_is_refused_before_the_work(tmp_path, capsys):
    # even for a text with no figure, which would never read the layer
    missing = str(tmp_path / "no-such-layer.geojson")
    assert main(["check", "Nothing here.", "--within", missing]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    junk = tmp_path / "junk.xyz"
    junk.write_text("not a layer", encoding="utf-8")
    assert main(["check", "Russia holds 18% of Ukraine.", "--within", str(junk)]) == 2
    err = capsys.readouterr().err
    assert "junk.xyz" in err and "GeoJSON" in err and "<DRIVER>" not in err


def test_a_layers_warning_is_printed_once_a_run(tmp_path: Path, capsys) -> None:
    # a layer whose legend mixes held ground with other ground warns once, not per figure
    import geopandas as gpd
    from shapely.geometry import box

    layer = gpd.GeoDataFrame(
        {"layer": ["Assessed Russian-controlled territory", "Claimed Ukrainian counteroffensives"]},
        geometry=[box(37.5, 47.5, 38.5, 48.5), box(36.5, 49.3, 37.0, 49.7)],
        crs=4326,
    )
    path = tmp_path / "isw.geojson"
    layer.to_file(path)
    text = "Russia holds about 2% of Ukraine. It holds 20% of Donetsk and 5% of Kharkiv."
    main(["check", text, "--within", str(path), "--as-of", "2024-01-01"])
    err = capsys.readouterr().err
    assert err.count("warning:") == 1, err


def test_where_keeps_the_features_of_an_ordinary_layer(tmp_path, capsys):
    # a layer with a legend column: --where keeps the held features, as read_layer's
    # where= does; a bad pair is a usage error, and so is --where without --within
    import geopandas as gpd
    from shapely.geometry import box

    from geoclaims.areas import geodesic_area
    from geoclaims.boundaries import lookup

    path = tmp_path / "kursk.geojson"
    held, counter = box(35.0, 51.0, 35.3, 51.3), box(35.0, 51.0, 35.5, 51.4)
    gpd.GeoDataFrame(
        {"control": ["Russian-held", "Ukrainian counteroffensive"]},
        geometry=[held, counter],
        crs=4326,
    ).to_file(path, driver="GeoJSON")
    text = "Ukraine says it holds about 1,000 km² of the Kursk region."
    args = ["check", text, "--within", str(path), "--as-of", "2024-08-20"]
    kursk = lookup(["Kursk"]).geometry.iloc[0]
    for value, box_ in (("Russian-held", held), ("Ukrainian counteroffensive", counter)):
        assert main([*args, "--where", f"control={value}"]) == 0
        km2 = geodesic_area(box_.intersection(kursk))
        assert f"in Kursk {km2:,.0f} km²" in capsys.readouterr().out
    assert main([*args, "--where", "control"]) == 2
    assert "KEY=VALUE" in capsys.readouterr().err
    assert main(["check", text, "--where", "control=x"]) == 2
    assert "add --within" in capsys.readouterr().err


def test_a_file_cut_inside_a_character_says_so(tmp_path, capsys):
    # the last letter's second byte is missing: no other encoding reads it better
    path = tmp_path / "cut.txt"
    path.write_bytes("Russia controls about 18% of Ukraine: Донецьк".encode()[:-1])
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "cut off" in err and "--encoding" not in err


def test_damaged_utf8_is_not_sent_back_to_utf8(tmp_path, capsys, monkeypatch):
    # when the bytes look like the encoding that failed, "pass --encoding utf_8" would
    # fail again: say where the damage is and how to read past it
    import geoclaims.cli as cli

    monkeypatch.setattr(cli, "_guess_encoding", lambda data: "utf_8")
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Russia controls \xff about 18% of Ukraine.")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "byte 16" in err and "--encoding utf_8" not in err and "latin-1" in err


def test_an_html_page_is_read_as_the_text_it_shows(tmp_path, capsys) -> None:
    page = tmp_path / "a.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>T</title><script>var s = 'Donetsk 90%';</script>"
        "</head><body><p>TBILISI, Aug 8 (Reuters) - Abkhazia makes up about 12&#37; of "
        "Georgia.</p></body></html>",
        encoding="utf-8",
    )
    assert main(["check", str(page), "--as-of", "2024-01-01"]) == 0
    out, err = capsys.readouterr()
    assert out.strip().splitlines() == ["Holds: 'about 12% of Georgia' matches Abkhazia, 12.4%."]
    assert "HTML page" in err


def test_an_article_over_the_limit_is_told_a_way_that_works(tmp_path, monkeypatch, capsys):
    import geoclaims._io as io_module

    big = tmp_path / "big.txt"
    big.write_text("Kherson. " * 200, encoding="utf-8")
    monkeypatch.setattr(io_module, "MAX_ARTICLE_BYTES", 1000)
    monkeypatch.setattr(io_module.read_regular, "__defaults__", (1000,))
    assert main(["find", str(big)]) == 2
    err = one_line_error(capsys)
    assert "over the limit" in err and "geoclaims scan" in err
    assert "--max-bytes on the command line" not in err


@pytest.mark.parametrize("command", ["check", "report", "find"])
def test_an_article_given_as_a_web_address_is_refused(tmp_path, capsys, command):
    # "geoclaims check https://..." checked the address as text: "no figure found", exit 0
    url = "https://www.bbc.com/news/world-europe-60506682"
    argv = [command, url] + (["-o", str(tmp_path / "r.html")] if command == "report" else [])
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert url in err and "web address" in err and "pass - for standard input" in err
    assert list(tmp_path.iterdir()) == []
