"""One normalisation for names, shared by region lookup and text matching.

Both sides of every comparison go through :func:`normalize`, so "Donets'k",
"Donetsʹk", "DONETSK" and "Donetsk" meet on the same key. :func:`normalize_with_offsets`
does the same work on running text and remembers, for every output character, where
it came from, so matches on the normalised text map back to exact character spans.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import numpy as np

__all__ = ["SUFFIX_WORDS", "name_key", "normalize", "normalize_with_offsets", "unmix_scripts"]

#: Characters that stand for an apostrophe (or a soft sign in transliteration); dropped.
APOSTROPHES = frozenset("'’‘`´ʹʺʻʼʽˈ′″＇\"”“")
#: Characters treated as a space: dashes and hyphens of every kind, and the slash.
#: Invisible format characters that fold to nothing: a soft hyphen and zero-width
#: characters inside a name ("Don\u00adetsk") are ignored.
INVISIBLES = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
DASHES = frozenset("-‐‑‒–—―−/_")

#: Words that only say what kind of unit a name is; dropped from the end of a name key.
SUFFIX_WORDS = frozenset(
    {
        "oblast",
        "oblasti",
        "oblasts",
        "region",
        "regions",
        "province",
        "provinces",
        "state",
        "krai",
        "kray",
        "governorate",
        "prefecture",
        "область",
        "области",
        "області",
        "обл",
        "край",
        "краю",
        "регион",
        "регіон",
    }
)


#: Latin letters with a stroke or of their own that Unicode does not decompose, as written
#: without them: "Diyarbakır" is "Diyarbakir", "Łódź" "Lodz", "Tórshavn" "Torshavn".
_LETTERS = {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe"}


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """Fold one character: case, diacritics, apostrophes and dashes."""
    if ch in APOSTROPHES or ch in INVISIBLES:
        return ""
    if ch in DASHES or ch.isspace():
        return " "
    out = []
    for c in unicodedata.normalize("NFKD", ch.casefold()):
        if unicodedata.combining(c):
            continue
        out.append(_LETTERS.get(c, c))
    folded = "".join(out)
    # Letters stay; digits stay; everything else (punctuation, symbols) separates words.
    return "".join(c if c.isalnum() else " " for c in folded)


def _normalize_loop(text: str) -> tuple[str, list[int]]:
    """Reference implementation of :func:`normalize_with_offsets`, one character at a time."""
    text = unmix_scripts(text)
    out: list[str] = []
    offsets: list[int] = []
    n = len(text)
    broken = set(_line_end_hyphens(text))
    i = 0
    while i < n:
        if i in broken:
            i += 1
            continue
        ch = text[i]
        # English possessive: "Donetsk's" -> "donetsk" (but not "Ternopil's'ka").
        if ch in APOSTROPHES and i + 1 < n and text[i + 1] in "sS":
            nxt = text[i + 2] if i + 2 < n else " "
            if not nxt.isalnum() and nxt not in APOSTROPHES and out and out[-1] != " ":
                i += 2
                continue
        folded = _fold_char(ch)
        for c in folded:
            if c == " " and (not out or out[-1] == " "):
                continue
            out.append(c)
            offsets.append(i)
        i += 1
    return "".join(out), offsets


#: Cyrillic letters that look like Latin ones, and back: a word typed in one script with a
#: look-alike of the other inside ("Ukr\u0430ine" with a Cyrillic "а", "Xарків" with a Latin
#: "X"), by slip or to dodge a filter, is read in the script most of its letters are in.
_CYRILLIC_LOOKALIKES = "АаВЕеКкМНОоРрСсТуХхІіЈјЅѕԁӏ"
_LATIN_LOOKALIKES = "AaBEeKkMHOoPpCcTyXxIiJjSsdl"
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
_TO_CYRILLIC = str.maketrans(
    "AaBEeKMHOoPpCcTyXxIi", "АаВЕеКМНОоРрСсТуХхІі"
)  # fmt: skip
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
#: A word with letters of both scripts.
_MIXED_WORD = re.compile(
    r"(?<![^\W\d_])[^\W\d_]*(?:[A-Za-z][^\W\d_]*[\u0400-\u04ff]|[\u0400-\u04ff][^\W\d_]*[A-Za-z])[^\W\d_]*"
)


def _unmix_word(m: re.Match) -> str:
    word = m.group()
    latin = len(_LATIN_LETTER.findall(word))
    cyrillic = len(_CYRILLIC_LETTER.findall(word))
    if latin > cyrillic:
        fixed = word.translate(_TO_LATIN)
        return fixed if not _CYRILLIC_LETTER.search(fixed) else word
    if cyrillic > latin:
        fixed = word.translate(_TO_CYRILLIC)
        return fixed if not _LATIN_LETTER.search(fixed) else word
    return word


def unmix_scripts(text: str) -> str:
    """Read each word that mixes Latin and Cyrillic letters in the script of most of them.

    Every other character stays. The result has the length of ``text``, so offsets into
    it are offsets into ``text``.

    A word is changed only when all its letters of the other script have a look-alike;
    a word with as many letters of each is left as it is.

    >>> unmix_scripts("18% of Ukr\u0430ine") == "18% of Ukraine"
    True
    >>> unmix_scripts("Kharkiv, Харкiв") == "Kharkiv, Харків"
    True
    """
    if not (_CYRILLIC_LETTER.search(text) and _LATIN_LETTER.search(text)):
        return text
    return _MIXED_WORD.sub(_unmix_word, text)


class _FoldTable(dict):
    """``{code point: folded str}`` for :meth:`str.translate`, filled as characters are met."""

    def __missing__(self, cp: int) -> str:
        folded = self[cp] = _fold_char(chr(cp))
        return folded


_FOLD = _FoldTable()
_DROPPED = np.uint32(0x110000)  # beyond Unicode: the character folds to nothing
_APOS_S = re.compile("[" + re.escape("".join(sorted(APOSTROPHES))) + "][sS]")
_SPACE_RUNS = re.compile(" {2,}")


#: A word broken at a line's end by a hyphen ("Don-\netsk"), a lower-case letter after:
#: the hyphen and the line break are dropped, as a reader joins the word.
_BROKEN_WORD = re.compile(r"[-\u00ad\u2010\u2011][ \t]*\r?\n[ \t]*(?=[a-zа-яіїєґё])")


def _line_end_hyphens(text: str) -> list[int]:
    """The positions of the hyphens and line breaks of words broken at a line's end.

    The hyphen must follow a letter ("Don-" then "etsk" on the next line), and a
    lower-case letter the break.
    """
    if "\n" not in text:
        return []
    return [
        i
        for m in _BROKEN_WORD.finditer(text)
        if m.start() and text[m.start() - 1].isalpha()
        for i in range(m.start(), m.end())
    ]


def _possessives(text: str) -> list[int]:
    """Where an English possessive ("Donetsk's") starts: the two characters are dropped.

    The rule of :func:`_normalize_loop`: an apostrophe, then ``s``, then neither a
    letter, digit nor apostrophe, after a character whose folded form ends in a letter
    or digit (characters that fold to nothing are looked through). Each stretch of the
    text is looked at once.
    """
    found: list[int] = []
    n = len(text)
    fold = _FOLD
    prev = -1  # start of the previous apostrophe-s
    prev_dropped = False
    prev_last = -1  # the last character with output before it
    for m in _APOS_S.finditer(text):
        i = m.start()
        nxt = text[i + 2] if i + 2 < n else " "
        if nxt.isalnum() or nxt in APOSTROPHES:
            prev, prev_dropped = i, False
            continue
        floor = prev + 2 if prev >= 0 else 0
        j = i - 1
        while j >= floor and not fold[ord(text[j])]:
            j -= 1
        if j >= floor:
            last = j
        elif prev < 0:
            last = -1
        else:  # back to the previous apostrophe-s: its "s", or what came before it
            last = prev_last if prev_dropped else prev + 1
        dropped = last >= 0 and fold[ord(text[last])][-1] != " "
        if dropped:
            found.append(i)
        prev, prev_dropped, prev_last = i, dropped, last
    return found


def normalize_with_offsets(text: str) -> tuple[str, np.ndarray]:
    """Normalise running text and keep a map back to the original offsets.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    tuple of (str, numpy.ndarray)
        The normalised text, and for each of its characters the index in ``text`` of
        the character it came from. Runs of spaces collapse to one space; nothing is
        stripped from the ends, so a span ``norm[i:j]`` maps back to
        ``text[offsets[i]:offsets[j - 1] + 1]``.

    Notes
    -----
    Each distinct character is folded once (:func:`_fold_char`) and the text is folded
    with numpy, a table look-up per character; a text with a character that folds to
    several letters (ß, a ligature) is folded by :meth:`str.translate` and that
    character's offset repeated. The result equals that of
    the character-by-character reference :func:`_normalize_loop` (property-tested).

    Examples
    --------
    >>> norm, offsets = normalize_with_offsets("Donets'k Oblast")
    >>> norm
    'donetsk oblast'
    >>> offsets[:8].tolist()
    [0, 1, 2, 3, 4, 5, 7, 8]
    """
    if not text:
        return "", np.zeros(0, dtype=np.int64)
    text = unmix_scripts(text)
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    # Distinct code points: sort a short text, count a long one.
    uniq = np.unique(cps) if len(cps) < 100_000 else np.flatnonzero(np.bincount(cps))
    # A fold is at most a few characters long (NFKD expands one to 18 at most).
    lengths = np.zeros(int(uniq[-1]) + 1, dtype=np.uint8)
    lut = np.full(int(uniq[-1]) + 1, _DROPPED, dtype=np.uint32)
    fold = _FOLD
    single = True
    for cp in uniq.tolist():
        folded_cp = fold[cp]
        lengths[cp] = len(folded_cp)
        if len(folded_cp) == 1:
            lut[cp] = ord(folded_cp)
        elif folded_cp:
            single = False
    possessives = _possessives(text)
    broken = _line_end_hyphens(text)
    if single:  # every character folds to at most one: a table look-up per character
        out = lut[cps]
        for i in possessives:
            out[i] = out[i + 1] = _DROPPED
        for i in broken:
            out[i] = _DROPPED
        keep = out != _DROPPED
        return _collapse(out[keep], np.flatnonzero(keep))
    per_char = lengths[cps].astype(np.int64)
    for i in possessives:
        per_char[i] = per_char[i + 1] = 0
    for i in broken:
        per_char[i] = 0
    folded = text.translate(fold)
    out = np.frombuffer(folded.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    offsets = np.repeat(np.arange(len(text), dtype=np.int64), lengths[cps].astype(np.int64))
    if len(out) != per_char.sum():  # possessives dropped: keep the rest
        keep = np.repeat(per_char > 0, lengths[cps].astype(np.int64))
        out, offsets = out[keep], offsets[keep]
    return _collapse(out, offsets)


def _collapse(out: np.ndarray, offsets: np.ndarray) -> tuple[str, np.ndarray]:
    """Drop a space after a space (and at the start); code points back to a str."""
    space = out == 32
    drop = space.copy()
    drop[1:] &= space[:-1]
    kept = ~drop
    norm = out[kept].astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")
    return norm, offsets[kept]


def normalize(text: str) -> str:
    """Normalise a name for comparison.

    Case-folds, removes diacritics, drops apostrophes and their look-alikes, turns
    hyphens, dashes and punctuation into single spaces, and trims.

    Examples
    --------
    >>> normalize("Donets'k")
    'donetsk'
    >>> normalize("Donetsʹk") == normalize("DONETSK")
    True
    >>> normalize("Ivano-Frankivs'k")
    'ivano frankivsk'
    >>> normalize("Córdoba")
    'cordoba'
    """
    text = unmix_scripts(text)
    drops = _possessives(text)
    if drops:
        ends = [0, *(i + 2 for i in drops)]
        text = "".join(text[a:b] for a, b in zip(ends, [*drops, len(text)], strict=True))
    return _SPACE_RUNS.sub(" ", text.translate(_FOLD)).strip(" ")


def name_key(name: str) -> str:
    """Normalise a name and drop the unit-kind words at its end.

    Examples
    --------
    >>> name_key("Donetsk Oblast")
    'donetsk'
    >>> name_key("Zaporiz'ka Oblast'")
    'zaporizka'
    >>> name_key("Донецька область")
    'донецька'
    >>> name_key("Oblast")
    'oblast'

    The genitive of Ukrainian and Russian oblast names meets the nominative:

    >>> name_key("Донецької області") == name_key("Донецька область")
    True
    >>> name_key("Херсонской области") == name_key("Херсонская область")
    True
    """
    words = normalize(name).split()
    if words and words[0] == "the":
        words = words[1:]
    dropped = []
    while len(words) > 1 and words[-1] in SUFFIX_WORDS:
        dropped.append(words.pop())
    if words and any(w in _CYRILLIC_OBLAST for w in dropped):
        last = words[-1]
        for ending, nominative in _GENITIVE_ENDINGS:
            if last.endswith(ending):
                words[-1] = last[: -len(ending)] + nominative
                break
    return " ".join(words)


_CYRILLIC_OBLAST = frozenset({"область", "области", "області", "обл"})
# Genitive adjective endings after normalisation ("ї" folds to "і", "й" to "и"):
# Ukrainian -ої -> -а (Донецької -> Донецька), Russian -ой -> -ая (Донецкой -> Донецкая).
_GENITIVE_ENDINGS = (("оі", "а"), ("ои", "ая"))
