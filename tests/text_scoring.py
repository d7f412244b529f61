"""Scoring of labelled text sets written apart from the matcher (held-out and dev passages).

Their label scheme differs from the original development set's in two ways mapped here:

- a named area is labelled with its canonical English ``name`` ("Golan Heights"); our ids
  are ``area:<slug>`` (see :func:`slug`);
- a claim's ``of`` may be a country (alpha-3), a unit (ISO 3166-2) or an area's name.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from pathlib import Path

from geoclaims.text import find_claims, find_regions

#: Regions, entities and named areas: the kinds a report measures.
MEASURED = frozenset({"region", "entity", "area"})
ALL_KINDS = frozenset({"country", "region", "entity", "city", "metonym", "area"})


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


def read_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@functools.cache
def _area_ids() -> dict[str, str]:
    """Our named areas' ids by the slug of their English names.

    Canonical names first, then the English names of the areas and of the named places
    without a boundary that only one of them carries ("Pratas Island" -> the Pratas
    Islands): a writer may label an area by any of its names.
    """
    from geoclaims import boundaries

    table = boundaries._area_table()
    places = boundaries.named_places()
    aliases: dict[str, set[str]] = {}
    names = boundaries._names()
    english = names[names["unit_id"].str.startswith("area:") & (names["language"] == "en")]
    place_names = boundaries._place_names()
    place_names = place_names[place_names["language"] == "en"]
    for a, n in [
        *zip(english["unit_id"], english["name"], strict=True),
        *zip(place_names["area_id"], place_names["name"], strict=True),
    ]:
        aliases.setdefault(slug(n), set()).add(a)
    ids = {k: next(iter(v)) for k, v in aliases.items() if len(v) == 1 and k}
    ids.update({slug(name): area_id for area_id, name in zip(table.index, table["name"], strict=True)})
    # and the named places' own names ("Suwałki Gap" -> "area:suwalki-gap")
    ids.update({slug(n): a for a, n in zip(places["area_id"], places["name"], strict=True)})
    return ids


@functools.cache
def _area_isos() -> dict[str, str]:
    """The ISO 3166-2 code of each named area that is a subdivision (Scotland: GB-SCT)."""
    from geoclaims import boundaries

    table = boundaries._area_table()
    out = {a: iso for a, iso in zip(table.index, table["iso_3166_2"], strict=True) if iso}
    # and the places that are first-level units the boundaries lack (Ituri, CD-IT)
    places = boundaries._place_table()
    if "iso_3166_2" in places:
        out.update({a: iso for a, iso in zip(places.index, places["iso_3166_2"], strict=True) if iso})
    return out


def area_id(name: str) -> str:
    """Our id of a named area given by one of its English names ("Southern Kuril
    Islands" -> "area:kuril-islands"); ``area:<slug>`` for a name we do not ship.
    """
    return _area_ids().get(slug(name), f"area:{slug(name)}")


def _as_region(aid: str) -> str:
    """An area that is an ISO 3166-2 subdivision is that subdivision, as find_regions
    reports it ("Scotland" is region GB-SCT); any other area stays.
    """
    return _area_isos().get(aid, aid)


#: ISO 3166-2 units that the shipped data has as countries (data/boundaries/SOURCES.md):
#: a label of one is a label of that country.
UNITS_THAT_ARE_COUNTRIES = {
    "RS-KM": "XKX", "CN-HK": "HKG", "CN-MO": "MAC", "CN-TW": "TWN", "US-PR": "PRI",
}  # fmt: skip


def expected_kind(m: dict) -> str:
    """A label's kind; an area that is an ISO 3166-2 subdivision is a region, and a unit
    that the data has as a country ("Kosovo and Metohija", RS-KM) is that country.
    """
    if m["kind"] == "area" and area_id(m["name"]) in _area_isos():
        return "region"
    if m["kind"] in ("region", "entity") and m.get("unit_id") in UNITS_THAT_ARE_COUNTRIES:
        return "country"
    return m["kind"]


def expected_key(m: dict) -> str:
    if m["kind"] == "country":
        return m["country"]
    if m.get("unit_id") in UNITS_THAT_ARE_COUNTRIES:
        return UNITS_THAT_ARE_COUNTRIES[m["unit_id"]]
    if m["kind"] == "area":
        return _as_region(area_id(m["name"]))
    return m["unit_id"]


def expected_of(of: str | None) -> str | None:
    """A label's ``of``: alpha-3, ISO 3166-2 codes and the unit ids of units without one
    ("NOR.svalbard") stay, an area's name becomes its id.
    """
    if of in UNITS_THAT_ARE_COUNTRIES:
        return UNITS_THAT_ARE_COUNTRIES[of]
    if of is None or re.fullmatch(r"[A-Z]{3}|[A-Z]{2}-[A-Z0-9]{1,3}|[A-Z]{3}\.[a-z_]+", of):
        return of
    return _as_region(area_id(of))


def predicted_key(m) -> str:
    """A mention's id in the label scheme: alpha-3 for a country, else the ISO 3166-2 code
    (``iso_3166_2``; the internal ``unit_id`` only where a unit has none, and for areas).
    """
    if m.kind == "country":
        return m.country
    return m.iso_3166_2 if isinstance(m.iso_3166_2, str) and m.iso_3166_2 else m.unit_id


def predicted(row: dict, kinds: frozenset[str]) -> set[tuple]:
    df = find_regions(row["text"], country=row["country"])
    return {
        (int(m.start), int(m.end), m.kind, predicted_key(m))
        for m in df.itertuples()
        if m.kind in kinds
    }


def expected(row: dict, kinds: frozenset[str]) -> set[tuple]:
    return {
        (m["start"], m["end"], expected_kind(m), expected_key(m))
        for m in row["mentions"]
        if m["kind"] in kinds and expected_kind(m) in kinds
    }


def score(rows: list[dict], kinds: frozenset[str]) -> tuple[float, float, int, int, int]:
    """Precision, recall, true positives, false positives and false negatives."""
    tp = fp = fn = 0
    for r in rows:
        pred, exp = predicted(r, kinds), expected(r, kinds)
        tp += len(pred & exp)
        fp += len(pred - exp)
        fn += len(exp - pred)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn


def expected_qualifier(label: str | None) -> str | None:
    """A label's qualifier as find_claims names it: a set that spells the qualifiers as
    words ("more than", "at least", "up to") means "more_than", "at_least", "up_to".
    """
    return None if label is None else label.strip().replace(" ", "_")


def claim_keys(row: dict) -> tuple[list[tuple], list[tuple]]:
    """Found and expected claims of a row as (value, high, unit, qualifier, of)."""
    # values and range ends alike to two decimals ("between half and two-thirds": 66.67)
    got = [
        (round(c.value, 2), None if c.high is None else round(c.high, 2), c.unit, c.qualifier, c.of)
        for c in find_claims(row["text"], country=row["country"])
    ]
    exp = [
        (
            round(float(c["value"]), 2),
            None if c["high"] is None else round(float(c["high"]), 2),
            c["unit"],
            expected_qualifier(c["qualifier"]),
            expected_of(c["of"]),
        )
        for c in row["claims"]
    ]
    return got, exp


def claims_exact(rows: list[dict]) -> tuple[int, int, int]:
    """Expected claims found exactly (value, high, unit, qualifier, of), expected claims,
    and sentences whose claims are exactly the expected ones (none missing, none extra).
    """
    exact = total = sentences = 0
    for r in rows:
        got, exp = claim_keys(r)
        n_got = len(got)
        hits = 0
        for key in exp:
            if key in got:
                hits += 1
                got.remove(key)
        exact += hits
        total += len(exp)
        sentences += hits == len(exp) == n_got
    return exact, total, sentences


def score_lines(name: str, subsets: dict[str, list[dict]]) -> list[str]:
    """The figures of a labelled set's subsets, three printed lines each: precision and
    recall on regions+entities+areas and on all mentions (with their counts), and the
    claims found exactly.
    """
    lines = []
    for part, sub in subsets.items():
        for label, kinds in (("regions+entities+areas", MEASURED), ("all mentions", ALL_KINDS)):
            p, rc, tp, fp, fn = score(sub, kinds)
            lines.append(
                f"[{name} {part}, {len(sub)} sentences, {label}] precision {p:.3f} "
                f"recall {rc:.3f} (tp {tp}, fp {fp}, fn {fn})"
            )
        exact, total, sentences = claims_exact(sub)
        share = exact / total if total else 1.0
        lines.append(
            f"[{name} {part}, claims] {exact}/{total} exact ({share:.0%}); "
            f"{sentences}/{len(sub)} sentences with exactly the expected claims"
        )
    return lines
