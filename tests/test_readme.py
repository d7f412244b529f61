"""The README's Python examples run as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 2


@pytest.mark.parametrize("block", [b for b in BLOCKS if "needs a layer of your own" not in b])
def test_readme_block_runs(block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    exec(compile(block, str(README), "exec"), namespace)  # our own README
    if "share" in namespace:
        assert round(namespace["share"].total_pct, 1) == 8.8
    if "verdict" in namespace:
        assert "8.8%" in namespace["verdict"].text
    if "page" in namespace:
        assert (tmp_path / "example-report.html").stat().st_size > 10_000
