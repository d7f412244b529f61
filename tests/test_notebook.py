"""notebooks/quickstart.ipynb is stored clean and runs top to bottom (nbclient)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "quickstart.ipynb"

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
kernelspec = pytest.importorskip("ipykernel.kernelspec")


def test_notebook_is_stored_without_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    assert all(c.outputs == [] and c.execution_count is None for c in code)


@pytest.mark.slow
def test_notebook_executes(tmp_path: Path, monkeypatch) -> None:
    # A kernel spec for *this* Python, so the notebook runs against the geoclaims under test.
    kernels = tmp_path / "jupyter" / "kernels"
    kernelspec.write_kernel_spec(kernels / "geoclaims-test")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    monkeypatch.setenv("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    monkeypatch.setenv("MPLBACKEND", "agg")
    work = tmp_path / "run"
    work.mkdir()

    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        kernel_name="geoclaims-test",
        timeout=300,
        resources={"metadata": {"path": str(work)}},
    )
    client.execute()  # raises CellExecutionError on any failing cell

    outputs = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            assert out.output_type != "error", out
            outputs.append(str(out.get("text", "")) + str(out.get("data", "")))
    joined = "\n".join(outputs)
    # The tour finds both oblasts, and the verdict explains the 15% needs a control layer.
    assert "UA-14" in joined and "UA-09" in joined
    assert "control layer" in joined
    # The report cell wrote its page next to the notebook.
    page = work / "quickstart_report.html"
    assert page.exists() and 'data-unit="UA-14"' in page.read_text(encoding="utf-8")
    assert not any(p.name.endswith(".tmp") for p in work.iterdir())
