"""The claim semantics of check_claims, scored on a development set of our own sentences.

tests/data/verdict_rules.jsonl holds sentences across nine disputes (Ukraine, Moldova,
Georgia, Azerbaijan, the Golan Heights, Western Sahara, Kashmir, Cyprus, Palestine) and
undisputed controls, each figure with the verdict a careful fact-checker would give and the
rule it exercises. Expected statuses were written from the rules in check_claims' docstring
and the official areas of the regions, before the checker was written.
"""

from __future__ import annotations

import pytest
from verdict_scoring import DATA, score

#: Share of figures whose status must be right.
FLOOR = 0.85


@pytest.mark.slow
def test_rules_development_set():
    result = score(DATA / "verdict_rules.jsonl")
    print(result.line("verdict_rules"))
    for wrong in result.wrong:
        print("  wrong:", wrong)
    assert result.figures >= 40
    assert result.status_accuracy >= FLOOR, result.line("verdict_rules")
