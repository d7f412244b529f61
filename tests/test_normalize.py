"""The one normalisation shared by lookup and text matching."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geoclaims._normalize import _normalize_loop, name_key, normalize, normalize_with_offsets


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
        # letters Unicode does not decompose
        ("Diyarbakır", "Diyarbakir"),
        ("Łódź", "Lodz"),
        ("Tórshavn", "Torshavn"),
        ("Đakovica", "Dakovica"),
        ("Færøerne", "Faeroerne"),
        # a look-alike of the other script inside a word: Cyrillic "а" in a Latin word,
        # Latin "X" and "i" in a Cyrillic one
        ("Ukr\u0430ine", "Ukraine"),
        ("\u0421rimea", "Crimea"),
        ("Xаркiв", "Харків"),
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


@pytest.mark.parametrize(
    ("word", "read"),
    [
        ("Москвa", "Москва"),  # a Latin "a" in a Cyrillic word
        ("Kиїв", "Київ"),  # a Latin "K"
        ("D\u043enetsk", "Donetsk"),  # a Cyrillic "о" in a Latin word
        ("Бw", "Бw"),  # one letter of each script: no majority, left as written
    ],
)
def test_mixed_words_follow_their_majority_script(word: str, read: str) -> None:
    from geoclaims._normalize import unmix_scripts

    assert unmix_scripts(word) == read
    assert len(unmix_scripts(word)) == len(word)


def test_a_word_whose_other_script_has_no_look_alike_stays() -> None:
    from geoclaims._normalize import unmix_scripts

    # "w" has no Cyrillic look-alike: the word is left as written
    assert unmix_scripts("Мwсква") == "Мwсква"
    assert unmix_scripts("Lviv Львiв Kyiv") == "Lviv Львів Kyiv"


def test_possessive_is_not_confused_with_transliteration() -> None:
    assert normalize("Ternopil's'ka") == "ternopilska"


@given(st.text())
def test_offsets_map_back_into_the_text(text: str) -> None:
    norm, offsets = normalize_with_offsets(text)
    assert len(norm) == len(offsets)
    assert list(offsets) == sorted(offsets)
    assert all(0 <= i < len(text) for i in offsets)
    assert "  " not in norm


def _reference(text: str) -> str:
    """normalize() as the character-by-character reference does it."""
    return _normalize_loop(text)[0].strip()


# Text made of what the rules look at: apostrophes and their look-alikes, s and S,
# dashes, spaces, combining marks, characters that fold to several (ß, ﬁ, ½), letters.
_tricky = st.text(
    alphabet=st.sampled_from(
        [*"'’`\"sSa Kk-–/_.ß", "ﬁ", "½", "\u0301", "\u00a0", "é", "Ї", "\u2028", "ʹ"]
    ),
    max_size=40,
)


@given(st.one_of(st.text(), _tricky))
def test_fast_normalize_equals_the_reference(text: str) -> None:
    assert normalize(text) == _reference(text)


@given(st.one_of(st.text(), _tricky))
def test_fast_offsets_equal_the_reference(text: str) -> None:
    norm, offsets = normalize_with_offsets(text)
    ref_norm, ref_offsets = _normalize_loop(text)
    assert norm == ref_norm
    assert offsets.tolist() == ref_offsets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Donetsk's", "donetsk"),
        ("Kyiv’s 'S", "kyiv s"),
        ("a\u0301's\u0301's", "a"),  # marks fold to nothing: both possessives go
        ("Straße's", "strasse"),
        ("’s", "s"),  # no word before it: not a possessive
        ("Ternopil's'ka", "ternopilska"),
    ],
)
def test_possessives(text: str, expected: str) -> None:
    assert normalize(text) == expected == _reference(text)
