"""The one normalisation shared by lookup and text matching."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geoclaims._normalize import name_key, normalize, normalize_with_offsets


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Donets'k", "Donetsk"),
        ("Donetsʹk", "Donetsk"),
        ("Donets’k", "DONETSK"),
        ("Ivano-Frankivs'k", "Ivano Frankivsk"),
        ("Zaporiz'ka Oblast'", "Zaporizka oblast"),
        ("Córdoba", "Cordoba"),
        ("Donetsk's", "Donetsk"),
        ("Київ", "київ"),
    ],
)
def test_variants_meet(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Donetsk Oblast", "donetsk"),
        ("Donetsk region", "donetsk"),
        ("Krasnodar Krai", "krasnodar"),
        ("the Kherson province", "kherson"),
        ("Херсонська область", "херсонська"),
        ("Херсонської області", "херсонська"),
        ("Херсонской области", "херсонская"),
        ("Kyiv City", "kyiv city"),
    ],
)
def test_name_key_drops_unit_words(name: str, key: str) -> None:
    assert name_key(name) == key


def test_possessive_is_not_confused_with_transliteration() -> None:
    assert normalize("Ternopil's'ka") == "ternopilska"


@given(st.text())
def test_offsets_map_back_into_the_text(text: str) -> None:
    norm, offsets = normalize_with_offsets(text)
    assert len(norm) == len(offsets)
    assert list(offsets) == sorted(offsets)
    assert all(0 <= i < len(text) for i in offsets)
    assert "  " not in norm
