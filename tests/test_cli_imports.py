"""The command line imports the heavy libraries only for the commands that use them."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import pytest

HEAVY = ("pandas", "numpy", "geopandas", "shapely", "pyproj", "folium", "pyarrow", "dask")

# Runs main(ARGS) in a fresh interpreter, then prints its exit status and the heavy modules
# loaded by then.
PROBE = f"""
import json, sys
from geoclaims.cli import main
code = main(sys.argv[1:])
sys.stdout.flush()
print(json.dumps({{"code": code, "heavy": [m for m in {HEAVY!r} if m in sys.modules]}}))
"""


def _imported_by(*args: str) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("args", [("--version",), ("--help",), ("find", "--help")])
def test_version_and_help_import_no_heavy_library(args) -> None:
    result = _imported_by(*args)
    assert result["code"] == 0
    assert result["heavy"] == []


def test_the_probe_sees_an_import() -> None:
    # The same probe on a command that reads boundaries does see pandas: the check can fail.
    result = _imported_by("share", "Donetsk", "--of", "UA", "--json")
    assert result["code"] == 0
    assert "pandas" in result["heavy"]


def test_scan_stand_in_has_the_corpus_help_line(capsys) -> None:
    from geoclaims import cli
    from geoclaims.corpus import add_scan_parser

    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    add_scan_parser(sub)
    (choice,) = sub._choices_actions
    assert choice.help == cli._SCAN_HELP
    assert cli.main(["--help"]) == 0
    assert "scan " in capsys.readouterr().out


def test_scan_still_parses_its_own_options(capsys) -> None:
    from geoclaims.cli import main

    assert main(["scan", "--help"]) == 0
    assert "--scheduler" in capsys.readouterr().out


def test_submodules_are_attributes_after_a_plain_import():
    # `import geoclaims; geoclaims.boundaries.named_areas()` works in a fresh process
    code = "import geoclaims; print(len(geoclaims.boundaries.named_areas()) > 10)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "True"
