"""The held-out set: passages written apart from the matcher and never tuned on.

tests/data/heldout_mentions.jsonl holds news-style sentences (English, Ukrainian, Russian;
many about disputes outside Ukraine) labelled by someone who had not read the matcher.
Its label scheme differs from the development set's in two ways that this module maps:

- a named area is labelled with its canonical English ``name`` ("Golan Heights"); our ids
  are ``area:<slug>`` (see :func:`slug`);
- a claim's ``of`` may be a country (alpha-3), a unit (ISO 3166-2) or an area's name.

The bar: precision and recall >= 0.95 on regions, entities and
areas, and >= 90% of the expected claims exact. The figures are printed with their counts.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from geoclaims.text import find_claims, find_regions

HELDOUT = Path(__file__).parent / "data" / "heldout_mentions.jsonl"
#: Regions, entities and named areas: the kinds a report measures.
MEASURED = frozenset({"region", "entity", "area"})
ALL_KINDS = frozenset({"country", "region", "entity", "city", "metonym", "area"})
BAR_MENTIONS = 0.95
BAR_CLAIMS = 0.90


def slug(name: str) -> str:
    """The id slug of a named area's canonical English name.

    Accents are dropped (NFKD, combining marks removed), apostrophes are dropped, the rest
    is lower-cased and every run of other non-alphanumeric characters becomes one hyphen:
    "Hala'ib Triangle" -> "halaib-triangle", "Nagorno-Karabakh" -> "nagorno-karabakh".

    >>> slug("Hala'ib Triangle"), slug("Golan Heights"), slug("Nagorno-Karabakh")
    ('halaib-triangle', 'golan-heights', 'nagorno-karabakh')
    """
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"['’ʼ`]", "", s).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _rows() -> list[dict]:
    with HELDOUT.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _expected_key(m: dict) -> str:
    if m["kind"] == "country":
        return m["country"]
    if m["kind"] == "area":
        return f"area:{slug(m['name'])}"
    return m["unit_id"]


def _expected_of(of: str | None) -> str | None:
    """A label's ``of``: alpha-3 and ISO 3166-2 codes stay, an area's name becomes its id."""
    if of is None or re.fullmatch(r"[A-Z]{3}|[A-Z]{2}-[A-Z0-9]{1,3}", of):
        return of
    return f"area:{slug(of)}"


def _predicted(row: dict, kinds: frozenset[str]) -> set[tuple]:
    df = find_regions(row["text"], country=row["country"])
    return {(int(m.start), int(m.end), m.kind, _key(m)) for m in df.itertuples() if m.kind in kinds}


def _key(m) -> str:
    """A mention's id in the label scheme: alpha-3 for a country, else the ISO 3166-2 code
    (``iso_3166_2``; the internal ``unit_id`` only where a unit has none, and for areas).
    """
    if m.kind == "country":
        return m.country
    return m.iso_3166_2 if isinstance(m.iso_3166_2, str) and m.iso_3166_2 else m.unit_id


def _score(rows: list[dict], kinds: frozenset[str]) -> tuple[float, float, int, int, int]:
    tp = fp = fn = 0
    for r in rows:
        pred = _predicted(r, kinds)
        exp = {
            (m["start"], m["end"], m["kind"], _expected_key(m))
            for m in r["mentions"]
            if m["kind"] in kinds
        }
        tp += len(pred & exp)
        fp += len(pred - exp)
        fn += len(exp - pred)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn


def _claims_exact(rows: list[dict]) -> tuple[int, int, int]:
    """Expected claims found exactly (value, high, unit, qualifier, of), expected claims,
    and sentences whose claims are exactly the expected ones (none missing, none extra).
    """
    exact = total = sentences = 0
    for r in rows:
        got = [
            (round(c.value, 2), c.high, c.unit, c.qualifier, c.of)
            for c in find_claims(r["text"], country=r["country"])
        ]
        n_got = len(got)
        hits = 0
        for c in r["claims"]:
            key = (round(float(c["value"]), 2), c["high"], c["unit"], c["qualifier"])
            key = (*key, _expected_of(c["of"]))
            if key in got:
                hits += 1
                got.remove(key)
        exact += hits
        total += len(r["claims"])
        sentences += hits == len(r["claims"]) == n_got
    return exact, total, sentences


SUBSETS = {
    "all": lambda r: True,
    "outside Ukraine": lambda r: "nonua" in r["rule"],
    "uk/ru": lambda r: r["lang"] in ("uk", "ru"),
}


def test_heldout_set_is_consistent():
    rows = _rows()
    assert len(rows) >= 120
    assert sum("nonua" in r["rule"] for r in rows) >= 40
    assert sum(r["lang"] in ("uk", "ru") for r in rows) >= 30
    for r in rows:
        for m in r["mentions"]:
            assert r["text"][m["start"] : m["end"]] == m["surface"], r["text"]
            assert m["kind"] in ALL_KINDS


def test_heldout_subsets(capsys):
    """Figures per subset, printed for the record (the bar is on the whole set)."""
    rows = _rows()
    lines = []
    for name, keep in SUBSETS.items():
        sub = [r for r in rows if keep(r)]
        for label, kinds in (("regions+entities+areas", MEASURED), ("all mentions", ALL_KINDS)):
            p, rc, tp, fp, fn = _score(sub, kinds)
            lines.append(
                f"[held-out {name}, {len(sub)} sentences, {label}] precision {p:.3f} "
                f"recall {rc:.3f} (tp {tp}, fp {fp}, fn {fn})"
            )
        exact, total, sentences = _claims_exact(sub)
        share = exact / total if total else 1.0
        lines.append(
            f"[held-out {name}, claims] {exact}/{total} exact ({share:.0%}); "
            f"{sentences}/{len(sub)} sentences with exactly the expected claims"
        )
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert len(lines) == 3 * len(SUBSETS)


@pytest.mark.xfail(
    strict=False,
    reason="below the bar of 0.95: precision 0.767, recall 0.856 (0.476/0.497 before the rules "
    "of this release)",
)
def test_heldout_regions_entities_areas(capsys):
    p, rc, tp, fp, fn = _score(_rows(), MEASURED)
    with capsys.disabled():
        print(
            f"\n[held-out, regions+entities+areas] precision {p:.3f} recall {rc:.3f} "
            f"(tp {tp}, fp {fp}, fn {fn})"
        )
    assert p >= BAR_MENTIONS
    assert rc >= BAR_MENTIONS


@pytest.mark.xfail(
    strict=False,
    reason="below the bar of 90%: 62% of claims exact (36% before the rules of this release)",
)
def test_heldout_claims_exact(capsys):
    rows = _rows()
    exact, total, sentences = _claims_exact(rows)
    with capsys.disabled():
        print(
            f"\n[held-out, claims] {exact}/{total} expected claims exact ({exact / total:.0%}); "
            f"{sentences}/{len(rows)} sentences with exactly the expected claims"
        )
    assert exact / total >= BAR_CLAIMS
