"""Many texts at once give one frame equal to the frames of each text."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

from geoclaims.text import COLUMNS, find_regions
from geoclaims.text.mentions import _find_regions_batch

LABELLED = Path(__file__).parent / "data" / "labelled_mentions.jsonl"


def _texts() -> list[str]:
    lines = LABELLED.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def test_batch_equals_one_text_at_a_time():
    texts = [*_texts(), "", "No place here.", "Kherson \ud800 and Kyiv"]
    frame, items, failed = _find_regions_batch(texts)
    singles = [find_regions(t) for t in texts]
    expected = pd.concat(singles, ignore_index=True)
    assert len(frame) > 300
    pd.testing.assert_frame_equal(frame, expected)
    lengths = [len(f) for f in singles]
    assert np.array_equal(items, np.repeat(np.arange(len(texts)), lengths))
    assert failed == []


def test_batch_reports_bad_texts_and_goes_on():
    frame, items, failed = _find_regions_batch(["Kherson.", b"Kyiv", "Donetsk."])
    assert frame["unit_id"].tolist() == ["UA-65", "UA-14"]
    assert items.tolist() == [0, 2]
    assert [i for i, _exc in failed] == [1]
    assert isinstance(failed[0][1], TypeError)


def test_an_empty_batch_has_the_columns_and_types_of_find_regions():
    frame, items, failed = _find_regions_batch([])
    assert tuple(frame.columns) == COLUMNS
    assert frame.dtypes.tolist() == find_regions("").dtypes.tolist()
    assert len(items) == 0 and failed == []
