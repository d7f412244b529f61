"""Score check_claims against a JSONL file of sentences with the expected verdict per figure.

Each line: ``{"text": ..., "as_of": "YYYY-MM-DD", "expected": [{"value", "status", "whole",
"part", "why"}, ...]}``. A figure is matched to the verdict whose claim has the same value
(within 2%, or 0.6 for thirds and sixths written in words); an expected figure with no
verdict, or a sentence that raises, counts as wrong.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


@dataclass
class Score:
    figures: int = 0
    status_ok: int = 0
    whole_ok: int = 0
    wrong: list[dict[str, Any]] = field(default_factory=list, repr=False)

    @property
    def status_accuracy(self) -> float:
        return self.status_ok / self.figures if self.figures else 0.0

    @property
    def whole_accuracy(self) -> float:
        return self.whole_ok / self.figures if self.figures else 0.0

    def line(self, name: str) -> str:
        return (
            f"{name}: {self.figures} figures, status {self.status_ok}/{self.figures} = "
            f"{self.status_accuracy:.3f}, whole {self.whole_ok}/{self.figures} = "
            f"{self.whole_accuracy:.3f}"
        )


def _key(name: Any) -> str:
    text = unicodedata.normalize("NFKD", str(name or "")).encode("ascii", "ignore").decode()
    text = text.lower().removeprefix("the ").strip()
    return " ".join(text.replace("-", " ").split())


def _status(verdict: Any) -> str:
    status = getattr(verdict, "status", None)
    if status is not None:
        return str(status)
    holds = getattr(verdict, "holds", None)  # a checker older than the three-valued verdict
    return {True: "holds", False: "does not hold"}.get(holds, "cannot tell")


def _whole(verdict: Any) -> str:
    whole = getattr(verdict, "whole", None)
    if whole is not None:
        return str(whole)
    from geoclaims.boundaries import country_name

    return country_name(verdict.country) if getattr(verdict, "country", None) else ""


def _verdicts(text: str, as_of: str) -> list[Any]:
    import geoclaims.check as check

    if hasattr(check, "check_claims"):
        return list(check.check_claims(text, as_of=as_of))
    # the checker before check_claims: one verdict per figure against the text's regions
    from geoclaims.text import find_claims, find_regions

    mentions = find_regions(text)
    return [check.check_claim(c, regions=mentions, as_of=as_of) for c in find_claims(text)]


def _same_value(expected: float, got: float) -> bool:
    return abs(expected - got) <= max(0.02 * abs(expected), 0.6 if expected < 100 else 0.0)


def score(path: Path) -> Score:
    """Run every sentence of ``path`` through check_claims and count the right answers."""
    result = Score()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        try:
            verdicts = _verdicts(row["text"], row.get("as_of"))
            error = None
        except Exception as exc:  # a sentence that raises scores as wrong
            verdicts, error = [], f"{type(exc).__name__}: {exc}"
        used: set[int] = set()
        for exp in row["expected"]:
            result.figures += 1
            match = None
            for i, v in enumerate(verdicts):
                if i not in used and _same_value(float(exp["value"]), float(v.claim.value)):
                    match = i
                    break
            if match is None:
                result.wrong.append({"text": row["text"], "expected": exp, "got": error or "none"})
                continue
            used.add(match)
            v = verdicts[match]
            status_ok = _status(v) == exp["status"]
            # the whole may be written as a name or as an ISO alpha-3 code; none expected
            # (a figure about a place's own area) matches a verdict that names none
            wanted = _key(exp.get("whole"))
            whole_ok = (
                wanted in {_key(_whole(v)), _key(getattr(v, "country", None))}
                if (wanted)
                else not getattr(v, "whole", None)
            )
            result.status_ok += status_ok
            result.whole_ok += whole_ok
            if not status_ok:
                result.wrong.append(
                    {"text": row["text"], "expected": exp, "got": _status(v), "whole": _whole(v)}
                )
    return result
