"""Named disputed areas as a user meets them: in shares, maps and the command line."""

from __future__ import annotations

import subprocess
import sys

import pytest

import geoclaims
from geoclaims import GeoclaimsWarning


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "geoclaims", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        check=False,
    )


def test_a_part_outside_the_whole_is_noted() -> None:
    share = geoclaims.area_share(["Abkhazia", "Kashmir"], of="Georgia")
    rows = share.to_frame().set_index("name")
    assert rows.at["Kashmir", "inside_km2"] == 0 and rows.at["Kashmir", "share_pct"] == 0
    assert rows.at["Kashmir", "area_km2"] > 200_000  # its own polygon is still measured
    notes = [n for n in share.notes if "Kashmir" in n]
    assert len(notes) == 1 and "lies outside Georgia" in notes[0], share.notes
    assert not any("Abkhazia" in n and "outside" in n for n in share.notes)


def test_rows_and_total_use_one_reading_for_a_part_partly_inside() -> None:
    share = geoclaims.area_share(["Kashmir"], of="India")
    row = share.to_frame().iloc[0]
    # the row's counted area is the total, and both give the same share
    assert row["inside_km2"] == pytest.approx(share.total, rel=1e-6)
    assert row["share_pct"] == pytest.approx(share.total_pct, rel=1e-6)
    assert row["inside_km2"] < row["area_km2"] * 0.6  # India administers about half
    (note,) = [n for n in share.notes if "Kashmir" in n]
    assert "only partly in India" in note
    assert f"{row['inside_km2']:,.0f} km²" in note and f"{row['area_km2']:,.0f} km²" in note


def test_share_command_shows_the_counted_area_and_the_note() -> None:
    proc = _cli("share", "Kashmir", "--of", "India")
    assert proc.returncode == 0, proc.stderr
    share = geoclaims.area_share(["Kashmir"], of="India")
    assert "inside_km2" in proc.stdout
    assert f"{share.to_frame().iloc[0]['inside_km2']:.2f}" in proc.stdout
    assert f"total: {share.total:,.0f} km2" in proc.stdout
    assert "note: Kashmir is only partly in India" in proc.stdout
    proc = _cli("share", "Abkhazia", "Kashmir", "--of", "Georgia")
    assert "note: Kashmir lies outside Georgia" in proc.stdout


def test_a_region_outside_the_country_never_vanishes_from_a_map() -> None:
    with pytest.warns(GeoclaimsWarning, match="'Kashmir' lies outside Georgia"):
        m = geoclaims.claim_map(["Abkhazia", "South Ossetia", "Kashmir"], tiles=None)
    html = m.get_root().render()
    assert "Outside Georgia, not counted: Kashmir" in html
    assert '"name": "Kashmir"' in html  # drawn all the same


def test_map_command_warns_quoting_the_region() -> None:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "m.html"
        proc = _cli("map", "Abkhazia", "South Ossetia", "Kashmir", "-o", str(out))
        assert proc.returncode == 0, proc.stderr
        assert "warning: 'Kashmir' lies outside Georgia" in proc.stderr
        assert out.exists()
