"""Property tests for geoclaims.text: any string in, well-formed mentions and claims out."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from geoclaims._normalize import _normalize_loop, normalize_with_offsets
from geoclaims.text import COLUMNS, find_claims, find_regions
from geoclaims.text.claims import _scan

# Pieces that exercise every path: names in both scripts, suffixes, cues, lists, figures,
# apostrophes and their look-alikes, possessives, combining marks, odd whitespace.
FRAGMENTS = [
    "Donetsk",
    "Donets'k",
    "Donetsʹk",
    "Luhansk",
    "Kherson",
    "Kyiv",
    "Kiev",
    "Ukraine",
    "Russia",
    "Georgia",
    "Victoria",
    "Punjab",
    "Córdoba",
    "Moscow",
    "Idaho",
    "DPR",
    "region",
    "regions",
    "Oblast",
    "oblast'",
    "People's Republics",
    "city of",
    "mayor of",
    "Донецька",
    "Донецької",
    "області",
    "область",
    "Україна",
    "України",
    "ДНР",
    "Криму",
    "'s",
    "’s",
    "'",
    "ʼ",
    "s",
    "and",
    "or",
    ",",
    ".",
    " ",
    "  ",
    "\n",
    "-",
    "–",
    "\u0301",
    "ß",
    "ﬁ",
    "…",
    "nearly",
    "about",
    "15%",
    "8,8 %",
    "a fifth",
    "of",
    "the country",
    "its territory",
    "90 000 km²",
    "35,000 sq mi",
    "15–18%",
    "майже",
    "території",
    "Lake",
    "Queen",
    "River",
    "Most",
    "the",
    "The",
    "п'яту частину",
    "пятой частью",
    "two-thirds",
    "HALF",
    "Per Cent",
    "between 15 and",
    "18",
    "sq km",
    "İ",
    "\ud800",
    "New\ud800York",
]

place_text = st.lists(st.sampled_from(FRAGMENTS), max_size=25).map(
    lambda parts: "".join(p if p in (",", ".", "'s", "’s", "\u0301") else " " + p for p in parts)
)
# Any code point, lone surrogates included.
raw_text = st.text(st.characters(exclude_categories=()), max_size=200)
any_text = st.one_of(st.text(max_size=200), raw_text, place_text)

quick = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_frame(text: str) -> None:
    df = find_regions(text)
    assert list(df.columns) == list(COLUMNS)
    previous_end = 0
    for m in df.itertuples():
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.surface
        assert m.start >= previous_end  # sorted and non-overlapping
        previous_end = m.end
        assert m.kind in ("region", "city", "country", "entity", "metonym", "area")
        assert 0.0 <= m.score <= 1.0
        assert isinstance(m.country, str) and (len(m.country) == 3 or m.kind == "area")
        assert pd.isna(m.unit_id) == (m.kind == "country")


@quick
@given(any_text)
def test_find_regions_well_formed_for_any_text(text):
    _check_frame(text)


@quick
@given(any_text)
def test_find_claims_well_formed_for_any_text(text):
    previous = -1
    for c in find_claims(text):
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == c.surface
        assert c.start >= previous
        previous = c.start
        assert c.unit in ("%", "km2", "mi2")
        assert c.qualifier in (
            None, "nearly", "about", "more_than", "less_than", "at_least", "up_to", "exactly",
        )  # fmt: skip
        assert c.high is None or c.high >= 0
        assert c.of is None or re.fullmatch(
            r"[A-Z]{3}|[A-Z]{2}-[A-Z0-9]{1,3}|area:[a-z0-9-]+", c.of
        )


@quick
@given(st.one_of(st.text(max_size=300), raw_text, place_text))
def test_vectorised_normalisation_equals_the_shared_one(text):
    norm, offsets = normalize_with_offsets(text)
    ref_norm, ref_offsets = _normalize_loop(text)
    assert norm == ref_norm
    assert np.array_equal(offsets, np.asarray(ref_offsets, dtype=np.int64))


@quick
@given(st.one_of(st.text(max_size=300), raw_text, place_text), any_text)
# a paragraph ending in "and" before a fraction word: no "two and a half" across it
@example("0 AND", "ПЯТУ ЧАСТИН")
def test_the_figure_scan_is_local(a, b):
    # What the anchored scan finds in one text does not depend on text far away: two
    # texts joined by a paragraph break give the figures of each, the second shifted.
    # (A scan that looked across the whole text, or state carried between anchors, fails.)
    joined, apart = _scanned_joined_and_apart(a, b)
    assert joined == apart


def _scanned_joined_and_apart(a: str, b: str) -> tuple[list, list]:
    """The figures of ``a`` and ``b`` joined by a blank line, and of each alone (the
    second's shifted by where it starts in the joined text).
    """
    shift = len(a) + 2
    apart = _scan(a) + [f._replace(start=f.start + shift, end=f.end + shift) for f in _scan(b)]
    return _scan(a + "\n\n" + b), apart


def test_large_text_takes_the_vectorised_path_and_agrees():
    text = ("Donets'k’s oblast — Kyiv's “region”… Україна's " * 3000) + "é\u0301"
    norm, offsets = normalize_with_offsets(text)
    ref_norm, ref_offsets = _normalize_loop(text)
    assert len(text) > 100_000
    assert norm == ref_norm
    assert np.array_equal(offsets, np.asarray(ref_offsets, dtype=np.int64))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a percent written without a number, and a unit word before its number, read
        # nothing across a blank line
        ("about half", "a percent of it"),
        ("процента 5", "%"),
        ("miles less than відсотка 5", "процента of 12 000"),
    ],
)
def test_the_figure_scan_is_local_at_percent_words(a, b):
    joined, apart = _scanned_joined_and_apart(a, b)
    assert joined == apart


def test_two_numbers_side_by_side_do_not_crash_the_scan():
    # "160,000 160,000 %" once raised ValueError; the last number is the figure
    assert [(c.value, c.unit) for c in find_claims("160,000 160,000 % of Ukraine")] == [
        (160000.0, "%")
    ]
