"""check_claims on a held-out file of verdict sentences written blind to the checker.

tests/data/heldout_verdicts.jsonl was written by someone who had not seen the checker's
rules or code; the checker is not tuned on it. Only the per-figure accuracy is printed
here (``pytest -s``), not which figures fail, so that it stays held out.
"""

from __future__ import annotations

import pytest
from verdict_scoring import DATA, score

#: Share of figures whose status must be right. The issue sets no bar for this file: it is
#: scored and reported. The floor guards against regressions: 24/72 (0.33) before
#: check_claims, 56/72 (0.78) with it and the text finding of the same release, 60/72
#: (0.83) once area figures were read as of the place their own sentence names.
FLOOR = 0.8


@pytest.mark.slow
def test_heldout_verdicts():
    result = score(DATA / "heldout_verdicts.jsonl")
    line = result.line("heldout_verdicts")
    print(line)
    accuracy = result.status_accuracy
    assert accuracy >= FLOOR, line
