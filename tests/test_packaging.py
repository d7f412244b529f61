"""The wheel carries the data: build it, install it non-editable, load the data there."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import textwrap
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_and_loads_its_own_data(tmp_path: Path) -> None:
    # Build from a copy so the checkout gets no build/ folder.
    src = tmp_path / "src"
    shutil.copytree(
        ROOT,
        src,
        ignore=shutil.ignore_patterns(
            ".git", "build", "dist", "*.egg-info", "__pycache__", ".*cache"
        ),
    )
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(src),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("geoclaims-*.whl")

    # A fresh venv; its dependencies come from this environment through a .pth file,
    # appended after the venv's own site-packages, so geoclaims itself is the wheel's.
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    site = subprocess.run(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-compile",
            "--target",
            site,
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    check = textwrap.dedent(
        """
        import geoclaims
        from geoclaims import boundaries
        print(geoclaims.__file__)
        print(boundaries._data_dir())
        print(len(geoclaims.regions("UA")))
        page = geoclaims.report("Votes were called in the Donetsk region of Ukraine.", tiles=None)
        print("Leaflet 1.9.3" in page.html and "gc-mention" in page.html)
        """
    )
    out = subprocess.run(
        [str(py), "-c", check],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin"},
    ).stdout.split("\n")
    assert out[0].startswith(site), out
    assert out[1].startswith(site) and out[1].endswith("_data"), out
    assert out[2] == "27"
    assert out[3] == "True", out  # the report template and the inlined Leaflet ship too
