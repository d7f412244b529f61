"""Figures and their whole: "nearly 15% of Ukraine", "a fifth of the country", "90,000 km²".

The scan is anchored: one cheap pattern over the lower-cased text finds the places where a
figure can start (a digit, a number word, a fraction word, a magnitude word), and the
figure's grammar runs only there, as a match anchored at that position, with the
qualifier and range words read from a short window before it. Every step after the scan
works on a bounded window or by bisection over the document's mentions, so the work is
linear in the length of the text and the number of figures in it.

Word lists (qualifiers, number, magnitude, fraction and unit words, demonyms) come from
:mod:`geoclaims.text.lang`; nothing here names a language.
"""

from __future__ import annotations

import bisect
import csv
import dataclasses
import functools
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from geoclaims._normalize import normalize
from geoclaims.text import lang
from geoclaims.text._lazy import _LazyPattern, _LazyRe
from geoclaims.text.gazetteer import (
    _CYRILLIC,
    CAPITALS_FILE,
    _area_members,
    _gazetteer,
    key_id,
)
from geoclaims.text.mentions import (
    _check_text,
    _country_arg,
    _has_hidden,
    _mask_markup,
    _Mention,
    _resolve,
    _span_in,
    _without_marks,
)

re = _LazyRe()  # the patterns below are built through it


@dataclasses.dataclass(frozen=True)
class Claim:
    """A territorial figure stated in a text.

    Attributes
    ----------
    value : float
        The figure; for a range ("15–18%") the low end. Fractions in words are given in
        per cent ("a fifth" is 20.0).
    high : float or None
        The high end of a range, else None.
    unit : str
        ``'%'``, ``'km2'``, ``'mi2'``, ``'ha'`` (hectares: 0.01 km²), ``'acre'``
        (0.0040468564224 km²) or ``'m2'`` (square metres).
    qualifier : str or None
        One of ``nearly``, ``about``, ``more_than``, ``less_than``, ``at_least``,
        ``up_to``, ``exactly``, or None.
    of : str or None
        The whole the figure is a share (or, for an area, a part) of: an ISO 3166-1
        alpha-3 code for a country, an ISO 3166-2 code (the gazetteer's ``unit_id``) for
        a first-level unit, ``"area:<slug>"`` for a named area; None when the text does
        not say.
    start, end : int
        Character span of the figure in the text (qualifier, number and unit).
    surface : str
        ``text[start:end]``.
    """

    value: float
    high: float | None
    unit: str
    qualifier: str | None
    of: str | None
    start: int
    end: int
    surface: str


# ---------------------------------------------------------------------------------------
# The grammar, built from the language tables (all of it matches lower-cased text)
# ---------------------------------------------------------------------------------------


def _alt(fragments: Sequence[str]) -> str:
    return "|".join(sorted(fragments, key=len, reverse=True))


_QUAL_LOOKUP = lang.merged_qualifiers()
# ("більше, ніж 4%", "больше, чем": a comma may stand before the comparison's word)
_QUAL_RE = _alt([re.escape(p).replace(r"\ ", r",?\s+") for p in _QUAL_LOOKUP])
_NUMBER_WORDS = lang.merged_dict("NUMBER_WORDS")
_EN_SMALL = [w for w, v in lang.en.NUMBER_WORDS.items() if v < 10]
_TENS = lang.en.TENS
# English number words are whole words; Cyrillic ones are stems with any case ending.
_LATIN_NUMBERS = [w for w in _NUMBER_WORDS if w.isascii()]
# (a Ukrainian apostrophe in any of its forms: "п'ять", "п’ять", "пʼять")
_CYR_NUMBERS = [
    re.escape(w).replace("'", "['’ʼʹ]") for w in _NUMBER_WORDS if not w.isascii()
]
_CYR_TENS_UP = [
    re.escape(w).replace("'", "['’ʼʹ]")
    for w, v in _NUMBER_WORDS.items()
    if not w.isascii() and v >= 20 and v == int(v) and v % 10 == 0
]
# Longest first: "дванадцять" is 12, not "дв..." (2).
_CYR_STEMS = sorted(
    ((w, v) for w, v in _NUMBER_WORDS.items() if not w.isascii()), key=lambda wv: -len(wv[0])
)
#: One English number word below a hundred: "seven", "nineteen", "forty", "forty-three".
_EN_ATOM = (
    rf"(?:(?:{_alt(_TENS)})(?:[\s-](?:{_alt(_EN_SMALL)}))?"
    rf"|(?:{_alt([w for w in _LATIN_NUMBERS if w != 'hundred'])})(?![\w-]))"
)
#: Hundreds in words: "four hundred", "a hundred and twenty", "seventy-five hundred", "a
#: couple of hundred".
_EN_HUNDREDS = (
    rf"(?:(?:a\s+couple\s+(?:of\s+)?|(?:a|{_EN_ATOM})[\s-]+))?hundred"
    rf"(?:[\s-]+(?:and[\s-]+)?{_EN_ATOM})?"
)
#: A number of a thousand or more in English words: "ten thousand four hundred", "two
#: hundred twenty-five thousand seven hundred and fifty-five", "a thousand and one",
#: "twelve million four hundred thousand".
_EN_COMPOUND = (
    rf"(?:(?:{_EN_HUNDREDS}|{_EN_ATOM}|a)[\s-]+(?:billion|million|thousand)"
    rf"(?:,?[\s-]+(?:and[\s-]+)?(?=(?:a\s+)?(?:{_EN_ATOM}|hundred)))?)+"
    rf"(?:{_EN_HUNDREDS}|{_EN_ATOM})?"
)
#: Digits said one by one after "point": "zero point five", "one point two five".
_EN_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_WORDNUM = (
    rf"a\s+couple\s+(?:of\s+)?hundred(?![\w-])|"
    # "zero point five per cent", "one and a half per cent", "two and one-half percent"
    rf"(?:zero|{_EN_ATOM})[\s-]+point(?:[\s-]+{_EN_DIGIT}(?![\w-]))+"
    rf"|(?:{_EN_ATOM})[\s-]+and[\s-]+(?:a|one)[\s-]+half(?![\w-])|"
    rf"{_EN_COMPOUND}|(?:{_EN_ATOM}[\s-]+)?hundred[\s-]+(?:and[\s-]+)?{_EN_ATOM}"
    rf"|(?:{_EN_ATOM})[\s-]+hundred(?![\w-])|"
    # "a hundred", "one hundred and twenty", "three hundred and fifty-five"
    rf"(?:a|{_alt(_EN_SMALL)})\s+hundred(?:\s+and\s+(?:(?:{_alt(_TENS)})(?:[\s-](?:{_alt(_EN_SMALL)}))?"
    rf"|(?:{_alt(_LATIN_NUMBERS)})(?![\w-])))?"
    rf"|(?:{_alt(_TENS)})(?:[\s-](?:{_alt(_EN_SMALL)}))?"
    rf"|(?:{_alt(_LATIN_NUMBERS)})(?![\w-])"
    # up to three Cyrillic words, tens or hundreds first: "сто двадцять", "двадцяти п'яти",
    # "двести пятьдесят три" (not "четыре пятых", a numerator and its fraction)
    rf"|(?:{_alt(_CYR_TENS_UP)})\w*(?:\s+(?:{_alt(_CYR_NUMBERS)})\w*){{1,2}}"
    rf"|(?:{_alt(_CYR_NUMBERS)})\w*"
)
# Bounded, so that a figure is at most ~160 characters long.
# (thousands grouped by commas, spaces or, as in Switzerland, apostrophes: "26'517")
_DIGITS = (
    # thousands grouped by dots before a decimal comma, or in several dotted groups, as
    # much of Europe writes them: "1.234,5 km²", "4.255.142 hectares"
    r"\d{1,3}(?:\.\d{3}){1,4},\d{1,6}(?![\d,.]\d)|\d{1,3}(?:\.\d{3}){2,4}(?![\d,.]\d)|"
    # lakhs grouped as Indian writers group them: "2,22,236 sq km"
    r"\d{1,2}(?:,\d\d){1,4},\d{3}(?![\d,])(?:\.\d{1,6})?|"
    r"\d{1,3}(?:(?:,|[ \u00a0\u202f\u2009'’])\d{3}){1,5}(?:[.,]\d{1,6})?"
    r"|\d{1,15}(?:[.,]\d{1,6})?"
)
_MAGNITUDES = lang.merged_dict("MAGNITUDES")
# A word the scan took as a magnitude is valued without the context its pattern asks for
# ("m" in "1.66m km²" stands for a million only before an area's unit).
_MAGNITUDE_RES = [
    (re.compile(re.sub(r"\(\?=[^()]*(?:\([^()]*\)[^()]*)*\)$", "", frag)), factor)
    for frag, factor in _MAGNITUDES.items()
]
_MAG = _alt(list(_MAGNITUDES))
_NUM = rf"(?:{_DIGITS}|{_WORDNUM})"
_MULT = rf"(?:\s*(?:{_MAG}))?"
_PCT = rf"\s?(?:%|％)|[\s-]*(?:{_alt(lang.merged_tuple('PERCENT'))})(?!age)(?!\w)"
_KM2 = rf"(?:\s*|-)(?:km²|km2|km\^2|км²|км2|{_alt(lang.merged_tuple('KM2'))})"
_MI2 = rf"(?:\s*|-)(?:mi²|mi2|{_alt(lang.merged_tuple('MI2'))})"
_HA = rf"(?:\s*|-)(?:{_alt(lang.merged_tuple('HA'))})"
_ACRE = rf"(?:\s*|-)(?:{_alt(lang.merged_tuple('ACRE'))})"
_M2 = rf"(?:\s*|-)(?:{_alt(lang.merged_tuple('M2'))})"
_UNIT = rf"(?:{_PCT}|{_KM2}|{_MI2}|{_HA}|{_ACRE}|{_M2})"
#: The units of an area (the others: "%" and the fraction words).
AREA_UNITS = ("km2", "mi2", "ha", "acre", "m2")
#: Square kilometres in one of each area unit (an international acre: 4,046.8564224 m²).
KM2_PER_UNIT = {
    "km2": 1.0, "mi2": 2.589988110336, "ha": 0.01, "acre": 0.0040468564224, "m2": 1e-6,
}  # fmt: skip
_JOINERS = _alt(["-", "–", "—", *lang.merged_tuple("RANGE_JOINERS")])
_OPENERS = _alt(lang.merged_tuple("RANGE_OPENERS"))

# One whitespace character that does not start a paragraph break: no figure runs across
# a blank line.
_W = r"(?:[^\S\n]|\n(?![^\S\n]*\n))"


def _no_paragraph(pattern: str) -> str:
    r"""A pattern whose whitespace (``\s``, ``[\s-]``) never matches a blank line."""
    return pattern.replace(r"[\s-]", rf"(?:{_W}|-)").replace(r"\s", _W)


# A figure from its first number on, matched at an anchor.
_FIGURE_AT = re.compile(
    _no_paragraph(
        rf"(?P<n1>{_NUM})(?P<m1>{_MULT})(?P<u1>{_UNIT})?"
        rf"(?:\s*(?:{_JOINERS})\s*(?P<n2>{_NUM})(?P<m2>{_MULT}))?"
        # "another 20,000 or so square kilometres": an approximation inside the figure
        rf"(?P<orso>\s+or\s+so(?=\s))?"
        # "6,000-odd square kilometres": somewhat more than the number
        rf"(?P<odd>[\s-]odd(?=\s))?"
        rf"(?P<unit>{_UNIT})(?![\w²])"
    )
)
# A magnitude alone as the number ("понад тисячу квадратних кілометрів", "a million km²").
_MAGNITUDE_AT = re.compile(
    _no_paragraph(
        rf"(?:a\s+)?(?P<mag>{_MAG})"
        # "понад тисячу триста квадратних кілометрів": the hundreds after the thousand
        rf"(?P<rest>(?:\s+(?:{_alt(_CYR_NUMBERS)})\w*){{1,2}})?"
        rf"(?P<unit>{_KM2}|{_MI2}|{_HA})(?![\w²])"
    )
)
_SP = _W + "+"
#: A number that multiplies a magnitude word after it: "2", "дві", "трех", "two".
_MULTIPLIER = (
    rf"(?<![\w.,-])(?P<n>\d+(?:[.,]\d+)?"
    # "сорок три тисячі": tens and a unit
    rf"|(?:{_alt(_CYR_TENS_UP)})\w*\s+(?:{_alt(_CYR_NUMBERS)})\w*"
    rf"|(?:{_alt(_CYR_NUMBERS)})\w*|{_alt(_EN_SMALL)})"
)
#: A number and a magnitude word right before a figure: "2 миллиона ", "1 млн ", "two
#: thousand ".
_BIGGER_MAGNITUDE_BEFORE = re.compile(rf"{_MULTIPLIER}\s+(?P<mag>{_MAG})\s+$")
#: A number right before a magnitude word: "дві ", "трех ", "2 ".
_NUMBER_BEFORE_MAGNITUDE = re.compile(rf"{_MULTIPLIER}\s+$")
# A preposition may stand between a qualifier and its number ("менше ніж на 1%").
_QUAL_BEFORE = re.compile(
    _no_paragraph(
        # ("приблизно про 6,5 тис. км²", "примерно о 6,5 тыс.": past a preposition)
        rf"(?<![\w.,\-])(?P<qual>{_QUAL_RE})(?:{_SP}(?:на|над|в|у|по|з|із|с|о|об|про|к)(?!\w))?"
        # "roughly another 3%", "майже ще 5%"
        # ("handed over another 5,180 km²": "over" is no qualifier there)
        rf"(?:(?<!over)(?<!above)(?<!under)(?<!past){_SP}"
        rf"(?:another|a{_SP}further|an{_SP}additional|ще|ещё|еще)(?!\w))?{_SP}$"
    )
)
_OPENER_BEFORE = re.compile(rf"(?<![\w.,\-])(?P<between>{_OPENERS}){_SP}$")

# Fractions said only after a numerator ("четырёх пятых", "дві п'ятих") come last, so a
# word either kind matches is read as the kind that stands alone.
_FRACTIONS_AFTER_NUMERATOR = lang.merged_dict("FRACTIONS_AFTER_NUMERATOR")
_FRACTIONS = {**lang.merged_dict("FRACTIONS"), **_FRACTIONS_AFTER_NUMERATOR}
_FRACTION_NEED_OF = {
    frag: getattr(module, "FRACTIONS_NEED_OF", False)
    for module in lang.LANGUAGES
    for frag in (
        *getattr(module, "FRACTIONS", {}),
        *getattr(module, "FRACTIONS_AFTER_NUMERATOR", {}),
    )
}
_FRACTION_RES = [
    (re.compile(frag), value, _FRACTION_NEED_OF[frag]) for frag, value in _FRACTIONS.items()
]
_FRACTION_NEEDS_NUMERATOR = frozenset(
    i for i, frag in enumerate(_FRACTIONS) if frag in _FRACTIONS_AFTER_NUMERATOR
)
# All of them in one pattern, each alternative named by its index: one match per word, the
# first fraction that matches it whole winning, as in the list.
_FRACTION_ANY = re.compile("|".join(f"(?P<f{i}>{frag})" for i, frag in enumerate(_FRACTIONS)))


def _fraction_word(word: str, numerator: bool = True) -> tuple[float, bool] | None:
    """(value in per cent, needs "of") of a fraction word, else None.

    A fraction said only after a numerator ("пятых") is none without one (``numerator``
    False).
    """
    m = _FRACTION_ANY.fullmatch(word)
    if m is None:
        return None
    i = int(m.lastgroup[1:])
    if not numerator and i in _FRACTION_NEEDS_NUMERATOR:
        return None
    _r, value, need = _FRACTION_RES[i]
    return value, need
_NUMERATORS = lang.merged_dict("NUMERATORS")
_NUMERATOR_BEFORE = re.compile(_no_paragraph(rf"(?<![\w-])(?P<n>{_alt(list(_NUMERATORS))})[\s-]+$"))
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|fourth|last|latter|former|other)\s+$")
#: "the Indonesian half of the island", "the Greek Cypriot half": a half named by the
#: people who hold it is a part, not a share. A half named by its side is a share, as a
#: third or two-thirds so named is ("the northern half of the Gaza Strip", "the southern
#: third of Western Sahara"), as the labelled sets give them.
_NAMED_HALF_BEFORE = re.compile(
    r"\bthe\s+(?!remaining\b|rest\b|whole\b|entire\b|(?:north|south)(?:-?(?:east|west))?ern\b|"
    r"eastern\b|western\b)[a-z-]+(?:an|ern|ese|ish|i|ic)\s+$"
)
#: A side of a whole before a fraction, which then needs no "of": "Morocco took the
#: northern two-thirds", "its northern third".
_SIDE_BEFORE = re.compile(
    r"\b(?:the|its)\s+(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western)\s+$"
)
_FRACTION_RANGE = re.compile(
    _no_paragraph(
        rf"\s+(?:{_alt(lang.merged_tuple('RANGE_JOINERS'))})\s+"
        rf"(?:(?P<n>{_alt(list(_NUMERATORS))})[\s-]+)?(?P<w>\w+)"
    )
)
_OF_AFTER = re.compile(_no_paragraph(r"\s+(?:each\s+)?of\b"))
_CLAUSE_END = re.compile(r"[ \t\u00a0]*(?:[.,;:!?)\]—–\n]|$)")



def _top_alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` outside any group or class ("a|b(?:c|d)" -> 2)."""
    out, depth, cur, i = [], 0, "", 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            cur += pattern[i : i + 2]
            i += 2
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    return [*out, cur]


def _prefix_lookahead() -> str:
    """A look-ahead on the first letters every number, magnitude and fraction word opens with.

    Up to three literal letters of each word's pattern ("thr", "hal", "тыс"), grouped by
    the first; a digit; "a " for "a hundred". The scan then skips every other word start
    ("the", "that") before the long alternation below is tried. A pattern that opens with
    no literal letter leaves no look-ahead at all (correct, only slower).
    """
    prefixes: set[str] = set()
    words = [*_NUMBER_WORDS, *_MAGNITUDES, *_FRACTIONS, *_TENS, *_EN_SMALL, "zero"]
    for word in words:
        for alt in _top_alternatives(word):
            lead = re.match(r"[^\W\d_]*", alt).group()
            if not lead:
                return ""
            prefixes.add(lead[:3])
    groups: dict[str, set[str]] = {}
    for p in prefixes:
        groups.setdefault(p[0], set()).add(p[1:])
    parts = [r"\d", r"a\s"]
    for first, rests in sorted(groups.items()):
        tail = "" if "" in rests else "(?:" + "|".join(map(re.escape, sorted(rests))) + ")"
        parts.append(re.escape(first) + tail)
    return "(?=" + "|".join(parts) + ")"


_FIRST = _prefix_lookahead()
# Where a figure can start: a digit, a number word, a magnitude word or a fraction word.
_ANCHOR = re.compile(
    _no_paragraph(
        # the word start first: it fails fast inside words, before any alternation
        # (not the exponent of "10^400" nor of "1e5")
        rf"(?<![\w.,^]){_FIRST}(?:"
        rf"(?P<frac>{_alt(list(_FRACTIONS))})(?!\w)"
        # (a number word's first word alone: "становлять п'яту частину" is no "ста п'ять"
        # hiding the fraction after it)
        rf"|(?<!-)(?:(?P<digit>\d)|(?P<word>(?={_WORDNUM})\w+)|(?P<mag>{_MAG})))"
    )
)

_TERRITORY = rf"(?:{_alt(lang.merged_tuple('TERRITORY'))})"
_DEMONYMS = lang.merged_dict("DEMONYMS")
_EN_DEMONYMS = lang.en.DEMONYMS
_CYR_DEMONYMS = lang.cyrillic_demonyms()
#: Countries whose first-level units are called states: "the Indian state" is one of them.
_STATES_COUNTRIES = frozenset(
    {"IND", "USA", "NGA", "MEX", "BRA", "AUS", "DEU", "AUT", "MYS", "SDN", "SSD", "VEN",
     "MMR", "SOM", "ETH", "FSM", "PLW"}
)  # fmt: skip
#: A country's adjective before a plural of its places: "four Ukrainian regions".
_DEMONYM_PLACES = re.compile(
    rf"(?<!\w)(?P<dem>{_alt(list(_EN_DEMONYMS))})\s+(?:regions|oblasts|provinces|governorates|"
    r"districts|states|towns|cities|villages)(?!\w)"
)
_DEMONYM_RE = re.compile(
    rf"(?:the\s+)?(?:whole\s+|entire\s+|sovereign\s+|internationally\s+recogni[sz]ed\s+|"
    rf"disputed\s+|occupied\s+|former\s+|additional\s+|further\s+|more\s+|new\s+|"
    rf"extra\s+)?"
    rf"(?:(?P<dem>{_alt(list(_EN_DEMONYMS))})\w*\s+{_TERRITORY}\b|"
    # "a quarter of the Greek state", where a state is no unit ("the Indian state" is one)
    rf"(?P<sdem>{_alt([d for d, c in _EN_DEMONYMS.items() if c not in _STATES_COUNTRIES])})"
    r"\w*\s+state\b(?!\s+of\b))"
)
_OF = re.compile(rf"\s+(?:each\s+)?(?:{_alt(lang.merged_tuple('OF_WORDS'))})\s+(?:the\s+)?")
#: A verb of adding before a figure, and "to" the whole after it ("added 0.16% to Russia").
_ADDED_BEFORE = re.compile(r"\b(?:add|adds|added|adding)\b[^.;:!?]{0,25}$")
_ADDED_TO = re.compile(r"\s+to\s+(?:the\s+)?")
# "about three-quarters each of the Zaporizhzhia and Kherson regions": one share of each.
_EACH_OF = re.compile(r"\s+each\s+of\s+(?:the\s+)?")
_EACH_LIST_GAP = re.compile(
    r"(?:,\s*|\s+)(?:and\s+|as\s+well\s+as\s+)?(?:the\s+)?|,\s*and\s+(?:the\s+)?"
)
_CYR_TARGET = re.compile(
    r"\s*(?:від\s+|от\s+)?"
    r"(?:(?P<own>всієї|усієї|всей|цілої|(?P<self>своєї|своей|своих|своїх)|її|ее|её|його|его|их|їх|"
    r"цієї|цю|этой|эту|тієї|той|нашої|нашей)\s+)?"
    # "довоенной территории региона", "спорной территории": a time or a dispute, no owner
    r"(?:(?P<pre>довоєнн|довоенн|колишн|бывш|нинішн|нынешн|спірн|спорн|оспариваем|"
    r"оспорюван|підконтрольн|подконтрольн|суверенн|законн)\w*\s+)?"
    rf"(?:(?P<adj>(?:{_alt(list(_CYR_DEMONYMS))})\w*"
    r"|окупован\w+|оккупирован\w+)"
    # "land" only after a country's adjective or "its own": "української землі",
    # "украинской земли", "больше половины своих земель"
    r"\s+)?(?P<t>територі\w*|территори\w*|площ\w*|суш\w*|зон[иіуаые]\w*|"
    r"(?(adj)земл\w*|(?(self)(?:земл\w*|земел\w*)|(?!))))"
)
_CYR_WORD = re.compile(r"[а-яіїєґё'’ʼ]+\s+")
#: A relative clause after a noun: ", на яку претендує", ", которую контролирует".
_CYR_RELATIVE_AFTER = re.compile(
    r"\s*,\s*(?:(?:на|в|у|над|под|під)\s+)?(?:як\w+|котор\w+|що|что)(?!\w)"
)
#: A Russian or Ukrainian country adjective before "territory": "української території".
_CYR_TERRITORY_ADJ = re.compile(r"(?<!\w)([а-яіїєґё]+)\s+(?:територі|территори|земл)\w*")
#: "its" alone after a share: "дві третини його", "две трети её".
_CYR_ITS_ALONE = re.compile(r"\s+(?:його|її|его|её|ее)(?![\w'’ʼ-])(?!\s+[а-яіїєґё])")
_CYR_COUNTRY_WORD = re.compile(r"\s*(?:краї\w*|стран\w*|держав\w*|государств\w*)")
#: A masculine place noun, which "його"/"его" calls back: "регион", "анклав", "район".
_CYR_MASCULINE_PLACE_NOUN = re.compile(
    r"(?<![\w'’ʼ])(?:регіон|регион|анклав|сектор|район|острів|остров|півострів|полуостров|"
    r"округ|штат)(?:а|у|ом|е|і|ові|ом)?(?![\w'’ʼ])"
)
_CYR_REGION_WORD = re.compile(
    r"\s*(?:[а-яіїєґё'’ʼ]+(?:ого|его|ої|ой|ей|их|ых)\s+)?"
    r"(?:област\w*|регіон\w*|регион\w*|району?\w*|анклав\w*|плато|півостров\w*|полуостров\w*|"
    r"провінці\w*|провинци\w*|мухафаз\w*|губерн\w*|штат[аіуеы]\w*|громад\w*|"
    # "55% территории бывшего княжества": the former princely state (Jammu and Kashmir)
    r"княжеств\w*|князівств\w*)"
)
# "3% острова", not "99,8% остров'ян" (of the islanders)
_CYR_ISLAND = re.compile(r"\s*(?:остр[оі]в(?!['’ʼ]?ян|итян)\w*)")
#: An archipelago, whole or not: "всього архіпелагу", "архипелага".
_CYR_ARCHIPELAGO = re.compile(
    r"\s*(?:(?:всього|всего|всей|цілого|целого|усього)\s+)?(?P<noun>архіпелаг\w*|архипелаг\w*)"
)
#: Words for a first-level unit: "of the oblast" is a unit's share, never a named area's.
_UNIT_WORD = re.compile(r"(?<!\w)(?:oblast|province|governorate|област\w*)(?!\w)")
_CYR_THIS = frozenset({"цієї", "цю", "этой", "эту", "тієї", "той"})
_CYR_RELATIVE = re.compile(
    r"\s*,\s*(?:яку|яка|яке|які|що|которую|которая|которое|которые|что\b"
    # "половину територій, захоплених Росією": a participle's clause, the seized ground
    r"|(?:захоплен|захвачен|окупован|оккупирован|втрачен|утрачен|потерян|звільнен|"
    r"освобожд[её]нн|анексован|аннексирован)\w*)"
    # "4 тисячі км² української території, що становить 0,7%": the figure restated, not a
    # clause that says whose the territory is
    r"(?!\s+(?:становить|становило|складає|составляет|составляло|дорівнює|равно))"
)
_ISLAND_PHRASE = re.compile(
    r"(?:(?:my|our)\s+)?(?:whole\s+|entire\s+)?island(?P<poss>['’ʼʹ]s)?(?!\w)"
    r"(?!\s+chain)"  # "the island chain": an archipelago
)
_COUNTRY_PHRASE = re.compile(
    # "about 12 percent of that country": the country said before
    r"(?:(?:my|our|his|her|their|your|that|this)\s+)?(?:whole\s+|entire\s+)?"
    # "the national territory" is the country's; "the national population" is no ground
    r"(?:(?:country|nation|kingdom|republic|federation)(?![a-z])|national(?=\s+(?:territory|land|area)\b)"
    # "of the Caucasus nation's territory", "of the vast country.": past a word or two
    r"|(?:[a-z][a-z-]*\s+){1,2}?(?:country|nation|kingdom)(?![a-z])"
    r"(?=['’]s\s+(?:territory|land|area)\b|\s*[.,;:!?)—–]|\s*$))"
    r"(?P<poss>['’ʼʹ]s)?"
    r"(?:\s+(?:total|entire|whole|overall)\s+(?:land\s+)?(?:area|territory|surface))?"
)
#: A subject and its verb of counting before a share of "its own territory".
_OWN_SUBJECT = re.compile(
    r"(?<!\w)(\w[\w'’-]*)\s+(?:still\s+|now\s+)?(?:counts|regards|considers|sees|claims)\s+"
    r"(?:\w+\s+){0,2}$"
)
# (not "claims": "the territory Venezuela claims" is the claimed ground, not Venezuela)
_GOVERNS_AFTER = re.compile(
    r"['’]?s?\s+(?:administers|governs|controls|rules|(?:still\s+)?(?:counts|regards|"
    r"considers)\s+as)\b"
)
_SIZE_ADJECTIVE = re.compile(
    r"(?:the\s+)?\d[\d,.]*[\s-](?:square[\s-]kilomet(?:re|er)|sq[\s-]?km|km²|km2|"
    r"square[\s-]mile|sq[\s-]?mi)\s+"
)
#: An area figure as a share's whole: "of the roughly 11,000 square kilometres".
_AREA_AS_WHOLE = re.compile(
    r"(?:the\s+)?(?:(?:roughly|about|some|nearly|almost|around|approximately)\s+)?"
    r"\d[\d,.]*\s*(?:square\s+(?:kilomet\w*|miles?)|sq\.?\s*(?:km|mi)|km²|km2)"
)
_LIST_AND = re.compile(r"\s*(?:,|,?\s+and|\s+та|\s+і|\s+и)\s+(?:the\s+)?")
#: A Cyrillic "of" and an area after a share: " из 26,5 тыс. км²", " з її 31 914 км²".
_CYR_OF_SIZE = re.compile(
    r"\s+(?:из|із|з|від|от)\s+(?:(?:її|его|её|ее|их|їх|всех|всіх|усіх)\s+)?"
    r"(?:(?:примерно|около|приблизно|близько)\s+)?"
    r"\d[\d\s\u00a0\u202f,.]*(?:(?:тыс|тис|млн)\.?\s*)?(?:км²|км2|кв\.?\s*км|квадратн\w*\s+кілометр\w*|"
    r"квадратн\w*\s+километр\w*)"
)


def _joint_area(low: str, men: _Mention, at: dict[int, _Mention]) -> str | None:
    """The named area whose units a list of regions names in full, else None.

    "32% of the Donetsk and Luhansk oblasts combined" is a share of the Donbas.
    """
    if men.kind != "region":
        return None
    units = {men.unit_id}
    m = men
    while (j := _LIST_AND.match(low, m.end)) is not None and j.end() in at:
        m = at[j.end()]
        if m.kind != "region":
            return None
        units.add(m.unit_id)
    if len(units) < 2:
        return None
    for aid, members in _area_members().items():
        if set(members) == units:
            return aid
    return None


_QUOTE_CLOSE = re.compile(r"[»”’\"']")
_WHICH_GAP = re.compile(r"['’]?s?\s*,\s*")
#: "the territory (that)", "the land": before who claims it ("the territory Mogadishu
#: claims as its own").
_LAND_CLAIMED_BY = re.compile(r"(?:the\s+)?(?:territory|land|area)\s+(?:that\s+|which\s+)?")
_LAND_GOVERNED_FROM = re.compile(
    r"(?:the\s+)?(?:territory|land|area)\s+(?:that\s+is\s+|which\s+is\s+)?"
    r"(?:governed|controlled|administered|run)\s+(?:from|by)\s+"
)
_AS_PLACE = re.compile(r"\s+as\s+(?:part\s+of\s+)?(?:the\s+)?")
#: After a claimant's name, the organ that claims for it: "Serbia's constitution".
_CLAIMANT_ORGAN = re.compile(
    r"(?:['’]s)?\s+(?:constitution|government|leaders?|leadership|authorities|parliament)"
)
#: After a claiming verb, where the claim lies: " in Jammu and Kashmir".
_CLAIMED_IN = re.compile(r"\s+(?:as\s+(?:part\s+of\s+)?|in\s+)(?:the\s+)?")
#: After "the territory (that)": a pronoun that claims or governs it ("it claims").
_PRONOUN_CLAIMS = re.compile(
    r"(?:it|they)\s+(?:still\s+|now\s+|nominally\s+|formally\s+)?"
    r"(?:claims?|governs?|administers?)\b"
)
_CLAIMS_AS_OWN = re.compile(
    r"\s+(?:still\s+)?(?:claims?|claimed|considers?|considered|regards?|regarded|sees?)\b"
)
#: A place's generic noun: "the enclave", "the strip", "the oblast".
_EN_PLACE_NOUN = re.compile(
    r"\bthe\s+(?:[a-z-]+\s+)?(?P<noun>enclave|strip|region|island|peninsula|archipelago|"
    r"oblast|province|governorate|territory)\b(?!['’])"
)


def _place_noun_since_last_place(
    text: str, low: str, start: int, ctx: _Context
) -> re.Match[str] | None:
    """The last generic place noun of the figure's sentence after its last named place.

    "Since 2023 the army has razed a belt around the enclave — about 16% of its land":
    "its" is the enclave's, not the army's country. None when a place is named after the
    noun, or there is none.
    """
    s0, _s1 = _sentence_bounds(text, start, start)
    ends, chosen = ctx.every
    k = bisect.bisect_right(ends, start)
    last = chosen[k - 1].end if k and chosen[k - 1].end >= s0 else s0
    found = list(_EN_PLACE_NOUN.finditer(low, last, start))
    return found[-1] if found else None


#: A clause set against the one before, its verb and whole left out before its share:
#: ", тоді як збройні угруповання — ", ", while rebel groups — ".
_GAPPED_CLAUSE_BEFORE = re.compile(
    r",\s*(?:тоді\s+як|тогда\s+как|в\s+то\s+время\s+как|while|whereas)\s+"
    r"[^.;:!?\d—–]{1,80}?\s[—–]\s*$"
)
#: A place's size, then where it lies, before the name of that place: "of about 1,800
#: km² in south-western ", "площею 1800 км² на південному заході ".
_LOCATED_IN_BEFORE = re.compile(
    r"(?:km²|km2|sq\.?\s*km|square\s+(?:kilomet(?:re|er)s|miles)|км²|кв\.\s*км)\s+"
    r"(?:in|у|в|на)\s+(?:the\s+)?(?:[^\W\d][\w-]*\s+){0,2}$"
)
#: "of which" in Russian and Ukrainian, after a share: "70% которой", "70% якої".
_CYR_OF_WHICH = re.compile(r"\s+(?:которой|которого|которых|якої|якого|яких)(?!\w)")
# "претендует на Эссекибо — около 160 тысяч кв. км": "на" of a claim, not of a place
_CLAIM_ON_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:претенду\w*|посяга\w*|претензі\w*|претензи\w*)\s+на\s+$"
)
_ITS_PHRASE = re.compile(
    rf"(?:its|their|her)\s+(?:own\s+)?(?:(?:internationally\s+)?recogni[sz]ed\s+)?"
    rf"(?:(?:sovereign|national|total|entire|whole|pre-?war|former|original|historic|"
    # "a quarter of its 1937 territory", "its pre-1914 land"
    rf"historical|remaining|claimed|(?:pre-|post-)?\d{{4}}|interwar|post-?war)\s+)?"
    rf"(?:land\s+)?{_TERRITORY}\b"
)
#: "our land", "our territory": the speaker's country.
_OUR_LAND = re.compile(
    # "our internationally recognised territory", "our sovereign land"
    rf"(?:our|my)\s+(?:own\s+)?(?:(?:internationally\s+)?recogni[sz]ed\s+|sovereign\s+|"
    rf"national\s+|entire\s+|whole\s+)?(?:land|soil|{_TERRITORY})\b"
)
#: A possessive pronoun before a name: "about 10% of its Lac province".
_ITS_NAME = re.compile(r"(?:its|their)\s+")
# "of the region", "of the disputed territory": the region or area named before.
_REGION_PHRASE = re.compile(
    r"(?:(?:whole|entire|disputed|contested|former|erstwhile|old|breakaway|occupied)\s+)?"
    r"(?:[a-z-]+\s+)?"
    r"(?:region|oblast|province|governorate|prefecture|county|raion|hromada|state|district|"
    r"department|enclave|peninsula|territory|area|republic|basin|"
    r"strip|heights|valley|plateau|island\s+chain|islands?|archipelago|suburb|quarter|resort|"
    # "of the chain's land", "of the group's roughly 6 sq km": an island group named before
    r"zone|corridor|spit|isthmus|triangle|atoll|reef|chain|group)(?P<poss>['’ʼʹ]s)?(?!\w)"
)
#: Regions counted, not named: "the four regions", "two occupied oblasts".
_COUNTED_REGIONS = re.compile(
    r"(?:two|three|four|five|six|seven|[2-7])\s+(?:[a-z-]+\s+)?(?:regions|oblasts|"
    r"provinces|territories|districts)(?!\w)"
)
# "about a tenth of its 10,887 km²"
_ITS_AREA = re.compile(
    r"(?:its|their|her)(?=\s*\d[\d,.\s\u00a0\u202f]*(?:\w+\s*)?(?:km|sq|square|mi\b))"
)
_NEIGHBOUR = re.compile(r"(?:its|their|her)\s+neighbou?r")
_WHAT_PHRASE = re.compile(
    r"what\s+(?:[\w'’-]+\s+){1,4}?(?:control\w*|held|holds|govern\w*|administer\w*|"
    r"consider\w*|claim\w*|regard\w*|count\w*|treat\w*|(?P<call>call\w*))(?!\w)"
)
#: "of what it spanned before 2022", "of what it once covered": the size the place it
#: stands for had.
_WHAT_IT = re.compile(
    r"what\s+it\s+(?:once\s+|had\s+|previously\s+|originally\s+|formerly\s+)?"
    r"(?:spanned|covered|occupied|encompassed|measured|was)(?!\w)"
)
#: After "what X calls": its own territory ("its national territory").
_ITS_TERRITORY = re.compile(
    r"\s+(?:its|their)\s+(?:own\s+|national\s+|sovereign\s+)?(?:territory|land)(?!\w)"
)
#: Between "what X calls" and the place so called: a space and "the".
_CALLED_GAP = re.compile(r"\s+(?:the\s+)?")
_NEIGHBOUR_NAMED = re.compile(
    r"(?:its|their|her)\s+(?:[a-z-]+\s+){0,2}?neighbou?r(?:ing\s+country)?,?\s+"
)
# "of it": the whole named last (a region, an area or a country) that is not a holder.
_PRONOUN = re.compile(r"it(?![\w'’ʼʹ])")
# (not "in all": "seizing in all roughly 400 sq km of Syrian territory" is a total)
_ALL_BEFORE = re.compile(r"(?<!\w)(?<!in\s)all\s+$")
_ALL_OF_SIZE_BEFORE = re.compile(r"(?<!\w)(?<!in\s)(?:all|все|всі|усі|всех|всіх|усіх)\s+$")
#: After an area, before the place it measures: " of the ", or a Cyrillic genitive's space.
_OF_OR_GENITIVE = re.compile(r"\s+(?:of\s+(?:the\s+)?)?")
#: A sentence that opens with "of the" and an area: "Of the 1,800 km² of the Golan, ...".
_OF_THE_SIZE_OPENS = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:of\s+the|из|із|з)\s+(?:(?:roughly|about|some|around|approximately|"
    r"nearly|almost|примерно|около|приблизно|близько|почти|майже)\s+)?$"
)
# "of the island of X", "of the territory of X", "of the eastern part of X".
_GENERIC_OF = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:island|peninsula|region|territory|province|state|republic|"
    r"land|landmass|part|oblast|district|country|area|surface)\s+of\s+(?:the\s+)?"
)
# Adjectives before a name ("neighbouring", "eastern", "occupied", "central").
_ADJECTIVES = re.compile(
    r"(?:(?:[a-z-]+(?:ing|ern|ed|al|ian|ic)|greater|wider|historic|pre-war|prewar|whole|"
    # "a tenth of pre-1993 Ethiopia", "of post-1945 Poland", "two-thirds of today's Yemen"
    r"entire|(?:pre|post)-\d{4}|today['’]s|present-day|modern-day|modern)\s+){1,2}"
)
#: Adjectives before a place's name after "of the": "of the disputed Southern Kurils".
_NAME_ADJECTIVES = re.compile(
    r"(?:(?:disputed|contested|breakaway|self-(?:declared|proclaimed)|so-called|divided|"
    r"strategic|tiny|small|vast|remote|sparsely\s+populated|resource-rich|oil-rich)\s+){1,2}"
)
_FORMER_BEFORE = re.compile(
    r"(?:the\s+)?(?:(?:former|erstwhile|historic|historical|old|whole|entire|greater)\s+)+"
)
_WHOLE_KINDS = frozenset({"country", "region", "entity", "area"})
# A Cyrillic adjective in the genitive ("історичного", "оккупированной", "всей")
_CYR_GENITIVE_ADJECTIVE = re.compile(r"[а-яіїєґё'’-]{2,}(?:ого|его|ього|ої|ьої|ой|ей|их|іх|ых)\s+")
_TERRITORY_PHRASE = re.compile(
    rf"(?:\w+ly\s+)?(?P<adj>(?:\w+\s+)?){_TERRITORY}\b(?:\s+area\b)?(?P<of>\s+of\s+(?:the\s+)?)?"
)
_TERRITORY_WORD = re.compile(_TERRITORY)
#: A generic noun of a named area: "the archipelago's", "the islands", "the enclave".
_THE_PLACE_NOUN = re.compile(
    r"\bthe\s+(?:[a-z-]+\s+)?(?P<noun>archipelago|islands|island|peninsula|enclave|strip|"
    r"plateau|heights)(?:['’]s)?\b"
)
#: After a place phrase, a relative clause of claiming: "the islands it claims".
_CLAIMED_RELATIVE = re.compile(r"\s+(?:that\s+|which\s+)?(?:it|they|[\w-]+)\s+claims?\b")
#: After a territory phrase, the name it goes by: ", which Moscow calls the Southern
#: Kurils", ", known as Area C", ", що його Москва називає ...".
_CALLED_AFTER = re.compile(
    r",\s*(?:(?:which|that)\s+(?:[\w'’-]+\s+){1,3}?(?:calls?|names?|refers\s+to\s+as|knows?\s+as)|"
    r"(?:known|referred\s+to)\s+as|(?:які|яку|який|которые|которую|который)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:назива\w*|зов\w*|кличе\w*))\s+(?:the\s+)?"
)

_TERRITORIAL_CUE = re.compile(
    r"\b(?:control\w*|occup\w*|hold\w*|held|annex\w*|seiz\w*|captur\w*|territor\w*|"
    r"land|liberat\w*|retak\w*|retook|recaptur\w*|regain\w*|lost|los(?:e|es|ing)|gains|"
    r"administer\w*|govern\w*|claim\w*|account\w*|cover\w*|spans?|adds?\s+another|"
    r"окуп\w*|оккуп\w*|контрол\w*|територ\w*|территор\w*|"
    r"захоп\w*|захват\w*|анекс\w*|аннекс\w*|звільн\w*|освобо\w*|утрим\w*|удерж\w*|"
    # (not "зайнятість", "занятость": employment)
    r"занят(?!ост)\w*|зайнят(?!іст|ост)\w*|управля\w*|управляє|адмініструє|администрирует|"
    # "Kashmir is split: India about 55%, Pakistan about 30%, China about 15%"
    r"split|divided|partitioned|поділен\w*|розділен\w*|разделен\w*)"
)
#: A verb of holding or taking within a few words of a country's name.
_HOLDING_NEAR = re.compile(
    r"(?<!\w)(?:control\w*|occup\w*|hold\w*|held|seiz\w*|captur\w*|окуп\w*|оккуп\w*|"
    r"контрол\w*|захоп\w*|захват\w*|утрим\w*|удерж\w*)"
)


#: Between a verb and a country that is its object: "of", a figure, a fraction word.
_OBJECT_GAP = re.compile(r"(?<!\w)of(?!\w)|\d|%")


def _holds_somewhere(low: str, country: str, start: int, ctx: _Context) -> bool:
    """Whether ``country`` is named before ``start`` beside a verb of holding."""
    ends, chosen = ctx.every
    for m in chosen[: bisect.bisect_right(ends, start)]:
        if m.kind != "country" or m.country != country:
            continue
        if _HOLDING_NEAR.search(low, m.end, min(len(low), m.end + 25)):
            return True  # "Russia controls"
        verb = _HOLDING_NEAR.search(low, max(0, m.start - 25), m.start)
        if verb and not _OBJECT_GAP.search(low, verb.end(), m.start):
            return True  # "окупувала Росія" (not "occupies a fifth of Ukraine")
    return False


def _compared_own_size(text: str, lo: int, start: int, ctx: _Context) -> bool:
    """Whether the area at ``start`` is in brackets after a place compared, its own size.

    "larger than Hungary (93,030 km²)", "больше, чем Португалия (92 тыс. кв. км)": the
    name right before the bracket, found after ``lo``, is no mention of the context (the
    places compared are left out of it); "18% of Ukraine (about 113,000 km²)" is not so.
    """
    nb = _NAME_BRACKET_BEFORE.search(text, lo, start)
    if nb is None:
        return False
    ends, chosen = ctx.every
    at = nb.start()
    return not any(m.start <= at < m.end for m in chosen[bisect.bisect_left(ends, at) :])


#: A name right before an area in brackets, its own size: "Hungary (", "Португалия (около ".
_NAME_BRACKET_BEFORE = re.compile(
    r"(?<![\w.])[A-ZА-ЯІЇЄҐЁ][\w'’-]+['’]?s?\s*\(\s*(?:(?:about|around|roughly|some|nearly|"
    r"almost|over|more\s+than|около|близько|приблизно|примерно|майже|почти|понад|более|"
    r"свыше)\s+)?$"
)
#: Between a bare share and the area that restates it: ", або ", " (", " — ".
_SHARE_RESTATED_AS_AREA = re.compile(
    r"\s*(?:,\s*(?:or|або|или|тобто|то\s+есть)|\(|[—–])\s*"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|близько|около|приблизно|"
    r"примерно|майже|почти|понад|более|свыше)\s+)?"
)
#: A possessive before whom a share is of: "менее 3% его населения".
_CYR_POSSESSIVE = r"(?:(?:его|её|ее|их|її|його|їх|своего|своей|свого|своєї|всего|всього)\s+)?"
_NOT_TERRITORIAL_AFTER = re.compile(
    # (past a closing quote: "«99,23%» голосів")
    r"[»”\"]?\s+(?:(?:had|have|has)\s+)?(?:voted|vote|votes|voting|in\s+favou?r|turnout|support|"
    r"[\"'‘“]?yes\b|«за»|\"за\"|"
    r"backed|backing|approval|majority|"
    r"of\s+them|would|said|say|think|thought|believe|believed|want|wanted|"
    rf"of\s+(?:{_alt(list(_EN_DEMONYMS))})(?:s|es)?(?!\w)|"
    # "of the national population", "of the country's gdp"
    r"of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z'’-]+\s+){0,2}(?:vote|votes|voters|respondents|"
    r"population|people|residents|electorate|ballots|gdp|economy|budget|exports|imports)|"
    r"said|say|points?|percentage|"
    # "80% российского природного газа": a country's goods or people, not its ground
    rf"(?:{_alt(list(_CYR_DEMONYMS))})\w*\s+(?!територ|территор|площ|суш|земл)[а-яіїєґё]+|"
    r"in\s+(?:the\s+)?(?:\w+\s+){0,2}(?:elections?|polls?|votes?|referendums?)|"
    # "менее 3% его населения": past a possessive
    rf"{_CYR_POSSESSIVE}(?:{_alt(lang.merged_tuple('NOT_TERRITORIAL_AFTER'))}))(?!\w)"
)
#: Right after a Russian or Ukrainian share, whom or what it is of when that is no ground,
#: even where a place follows: "74,9% жителей Донецкой области", "12% регионального
#: бюджета".
_CYR_NOT_TERRITORIAL_AFTER = re.compile(
    rf"\s+{_CYR_POSSESSIVE}"
    rf"(?:{_alt([*lang.ru.NOT_TERRITORIAL_AFTER, *lang.uk.NOT_TERRITORIAL_AFTER])})(?!\w)"
)
#: Water, not ground, before an area.
_SEA_BEFORE = re.compile(
    r"(?:marine\s+(?:protected\s+)?(?:area|reserve|park)|exclusive\s+economic\s+zone|eez|"
    r"maritime\s+(?:claim|zone|area|border|boundary|space)s?|territorial\s+waters|"
    r"continental\s+shelf|"
    r"fishing\s+zone|морськ\w+\s+(?:заповідн\w+|економічн\w+)|"
    r"морск\w+\s+(?:заповедн\w+|экономическ\w+))\b[^.;:!?\d]{0,40}$"
)
#: Water right after a figure: "of its exclusive economic zone", "своєї виключної морської
#: економічної зони", "of its territorial waters", "акваторії".
_SEA_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:(?:its|their|the|[a-z]+['’]s|своєї|своей|її|ее|её|їх|их)\s+)?"
    r"(?:(?:own|exclusive|maritime|виключн\w*|исключительн\w*|морськ\w*|морск\w*)\s+)*"
    r"(?:economic\s+zone|eez|territorial\s+(?:waters|sea)|continental\s+shelf|"
    r"економічн\w*\s+зон\w*|экономическ\w*\s+зон\w*|акваторі\w*|акватори\w*|"
    r"територіальн\w*\s+(?:вод|мор)\w*|территориальн\w*\s+(?:вод|мор)\w*|"
    r"континентальн\w*\s+шельф\w*)(?!\w)"
)
#: Areas of water the labelled sets keep as figures of no whole: a maritime zone or
#: boundary, the continental shelf, territorial waters (not an EEZ or a marine reserve).
_MARITIME_KEPT = re.compile(
    r"(?:maritime\s+(?:claim|zone|area|border|boundary|space)s?|territorial\s+waters|"
    r"continental\s+shelf)\b[^.;:!?\d]{0,40}$"
)
#: Between an area of water and a share that restates it: ", roughly", " — about".
_SEA_RESTATED_GAP = re.compile(
    r"\s*(?:,|—|–|\()\s*(?:or\s+|що\s+|это\s+|це\s+)?(?:(?:about|roughly|some|nearly|almost|"
    r"around|близько|около|приблизно|примерно|майже|почти)\s+)?"
)
#: A share of what a place has that is no ground: "of the territory's pre-war population".
_OF_WHOSE_PEOPLE = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?[^\W\d]+(?:\s+[^\W\d]+){0,2}['’]s?\s+(?:[a-z-]+\s+)?"
    r"(?:population|people|residents|inhabitants|citizens|voters|electorate|gdp|economy|"
    # "fewer than half of the Nineveh Plains' Christians": a place's people, their homes
    r"budget|exports|imports|christians|muslims|jews|yazidis|kurds|arabs|refugees|families|"
    r"households|children|homes|houses|buildings|schools|hospitals|workers|farmers)(?!\w)"
)
_NOT_TERRITORIAL_BEFORE = re.compile(
    r"(?:turnout|inflation|unemployment|rate|support|approval|gdp|growth|interest|tax|"
    r"occupancy|revenues?|profits?|sales|enrolment|enrollment|attendance|"
    r"tariffs?|vote|votes|voted|voting|poll\w*|economy|output|exports?|imports?|budget|"
    r"prices?|wages?|явк\w*|явц\w*|інфляці\w*|инфляци\w*|безробітт\w*|безработиц\w*|"
    r"won(?!\s+back)|yes['’\"]?|[\"'‘“]yes['’”\"])"
    r"\s+(?:\w+\s+){0,3}$"
    # "the federal budget, of which the Kurdistan Region is allotted 12.67 percent"
    r"|(?:budget|revenues?|exports?|imports?|spending|income|output|бюджет\w*)\s*,\s*"
    r"(?:of\s+which|из\s+котор\w+|з\s+як\w+)\s+[^.;:!?]{0,60}$"
    # "turnout in Banja Luka was 41 percent"
    r"|(?:turnout|явк\w*)\s+(?:\w+\s+){0,5}$"
    # a referendum's result: "voters rejected shared sovereignty by 98.97 per cent",
    # "backed independence with 93%"
    r"|(?<!\w)(?:rejected|backed|approved|endorsed|supported|chose)\s+(?:[\w-]+\s+){0,3}"
    # ("rejected Spanish sovereignty, the latter by 98.97%": one of two votes)
    r"(?:[\w-]+,\s*(?:the\s+(?:latter|former|first|second)|both)\s+)?(?:by|with)\s+$"
    # "ВВП України у 2022 році впав на 28,8%": an economy's output, not its ground
    r"|(?<!\w)(?:ввп|gdp)\s+(?:[^\s.;:!?]+\s+){0,6}$"
    # a change by a share, no share of ground: "strikes rose by 40%", "участились на 40%"
    r"|(?<!\w)(?:rose|risen|grew|grown|fell|fallen|increased|decreased|dropped|climbed|"
    r"jumped|surged|declined|зросл\w*|зріс|збільшил\w*|зменшил\w*|скоротил\w*|впал\w*|"
    r"почастішал\w*|участил\w*|выросл\w*|вырос|увеличил\w*|уменьшил\w*|сократил\w*|"
    r"снизил\w*|упал\w*)\s+(?:by|на)\s+(?:(?:about|around|some|almost|nearly|близько|"
    r"приблизно|около|примерно|майже|почти)\s+)?$"
)
#: A Russian or Ukrainian adjective in the genitive before a name: "демократической
#: Сирии", "Северо-Восточной Сирии" (the name of a group or an administration).
_GENITIVE_ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])[а-яёіїєґ-]{3,}(?:ой|ей|ого|его|ої)\s+$")
# The holder of the territory: the country before one of these verbs is not the whole.
_AGENT_VERB = re.compile(
    r"\b(?:occup\w*|annex\w*|seiz\w*|captur\w*|controls|controlled|controlling|"
    r"administers|administered|administering|governs|governed|"
    r"hold|holds|held|took|taken|take|takes|grabbed|claims|claimed|invad\w*|retain\w*|"
    # "with Pakistan holding around 30 percent": the participle too
    r"holding|taking|governing|"
    # "saying Russia would keep about 20 per cent of the country": keeping is holding
    r"keep|keeps|kept|keeping|"
    r"окуп\w*|оккуп\w*|захоп\w*|"
    r"захват\w*|анекс\w*|аннекс\w*|контролює|контролирует|контролю\w*|контролир\w*|"
    r"утримує|удерживает|утриму\w*|удержива\w*|адміністр\w*|администр\w*|"
    # "Индия управляет примерно 55% его территории": governing ground is holding it
    r"управля\w*|керує|керують|керувал\w*|"
    # "войска РФ занимают", "Россия заняла": taking up ground (a place that "занимает"
    # is its own size, and no holder)
    r"занимают|занимали|займають|займали|заня(?:л|ла|ли|в|ло)|зайня(?:в|ла|ли|ло)|"
    # "Москва збереже майже п'яту частину": keeping ground is holding it
    r"збереж\w*|зберіга\w*|сохран\w*)\b"
)
# A gapped clause opens after a comma or a conjunction ("..., Pakistan roughly 30%", "and
# China the remaining 15%"), not after a verb ("could cost Ukraine nearly 15%").
# "the land it targeted", "the territory that it lost": a relative clause, not the country.
_RELATIVE = re.compile(r"\s*(?:that|which|it|they|we|he|she)\s+\w+")
_HYPHENED_WORD = re.compile(r"[\w'’]+-[\w-]+")
#: A comma and a conjunction that opens a clause of its own.
_CLAUSE_AFTER_COMMA = re.compile(
    r",\s*(?:while|whereas|but|and|though|although|а|але|проте|но|однако|тоді\s+як|"
    r"тогда\s+как)(?!\w)"
)
_GAP_OPENS = re.compile(
    r"(?:,|;|\band|\bwhile|\bwhereas|(?<!\w)(?:а|и|і|та|тоді\s+як|тогда\s+как|"
    r"в\s+то\s+время\s+как|у\s+той\s+час\s+як))\s+(?:the\s+)?$"
)
#: The one-word qualifiers "about" and "nearly" of every language ("порядка", "близько").
_APPROX_WORDS = _alt(
    [w for w, q in lang.merged_qualifiers().items() if q in ("about", "nearly") and " " not in w]
)
_GAPPED = re.compile(
    r"(?:\s+|\s*[—–]\s*)(?:the\s+)?(?:(?:remaining|rest|other|another)\s+)?(?:(?:about|around|"
    r"roughly|some|nearly|almost|over|under|just|between|more\s+than|less\s+than|понад|"
    rf"более|свыше|менее|{_APPROX_WORDS})\s+)?(?:\d|(?:a|one|two)[\s-]"
    r"(?:half|third|quarter|fifth|tenth)|half|трет|чверт|четверт|половин|"
    r"(?:двух|двох|трьох|трех|трёх)\s+\w+|п['’]?ят|десят|восьм|шест)"
)
#: Before a verb of holding: a conjunction that opens a second clause of the same subject.
_COORDINATED_BEFORE = re.compile(
    r"(?:,\s*|\s+)(?:and|but|although|though|yet|хотя|хоча|але|но|однако|однак|і|та|и|а)\s+"
    r"(?:(?:it|she|вона|она)\s+)?(?:(?:now|still|only|already|лише|лишь|только|уже|вже|"
    r"досі)\s+)?$"
)
# "Russia invaded Ukraine and now occupies": the verb after "and" is the earlier subject's.
_CONJUNCTION = re.compile(r"(?:^|\s)(?:and|but|while|which|that|і|та|и|а|але|но)(?:\s|$)|,")
#: A relative pronoun whose clause the place before is the subject of: ", which", ", who".
_RELATIVE_SUBJECT = re.compile(
    r"\s*,\s*(?:which|who|что|которая|который|которые|яка|який|які|що)\s+"
    r"(?:(?:now|still|already|сейчас|теперь|зараз|досі|вже|уже)\s+)?"
)
# A place before one of these verbs and the figure is the figure's part, not its whole.
_PART_VERB = re.compile(
    r"['’ʼ]?s?"
    # "The Rafah governorate in the south made up roughly a fifth of it"
    r"(?:\s+(?:in|on)\s+the\s+(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?)?"
    r"\s+(?:(?:alone|itself|now|still|together|разом|вместе)\s+)?(?:is|was|makes?\s+up|made\s+up|"
    r"accounts?\s+for|accounted\s+for|covers?|covered|represents?|constitutes?|comprises?|"
    r"spans?|займає|займа[ею]т|займають|занима[ею]т|занимают|становить|становлять|"
    r"составляет|составляют|охоплює|охоплюють|охватывает|охватывают)"
    r"\s+(?:(?:about|around|roughly|some|nearly|"
    r"almost|over|under|just|only|more\s+than|less\s+than|понад|майже|близько|приблизно|"
    r"более|почти|около|примерно)\s+)?"
)
#: An apposition between a part and its verb: "Iturup, the largest at about 3,174 km²,".
_PART_APPOSITION = re.compile(
    # ("Iturup alone, at roughly 3,200 km², accounts for almost two-thirds")
    r"['’ʼ]?(?:\s+(?:alone|itself))?\s*,(?:[^,.;:!?]|(?<=\d)[,.](?=\d)){1,60},"
)
# "the remaining 20%", "решта 20%": the rest of the whole the share before was of.
_REMAINING_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:remaining|other|rest\s+of\s+the)\s+$|решт\w*\s+$|остальн\w+\s+$"
    # "The Ukrainian-held remainder, roughly 7,000 km²"
    r"|\b(?:remainder|rest)\s*[,—–]\s*$"
    r"|(?<!\w)(?:оставш\w+|залишк\w+)\s+$"
)
#: Before an area, a word that restates the figure before: "puts the figure at",
#: "называют цифру в" (not "площадью в", a place's own size).
_FIGURE_AGAIN_BEFORE = re.compile(
    r"(?<!\w)(?:puts?|put\s+it|estimates?|estimated|places?|gives?|cites?)\s+(?:the|that|this|"
    r"its\s+own)\s+(?:figure|number|total|area|tally)\s+at\s+(?:[a-z]+\s+)?$"
    r"|(?<!\w)цифр\w*\s+(?:в|у)\s+(?:[^\W\d]+\s+)?$"
)
#: Before a share of "its" territory, the rest of the one before: "The remaining", "решта,
#: понад", "Оставшиеся".
_REMAINING_ITS_BEFORE = re.compile(
    r"(?:\b(?:the\s+)?(?:remaining|rest\s+of\s+the)|(?<!\w)(?:решт\w*|остальн\w+|оставш\w+|"
    r"залишк\w+))[\s,:—–]*(?:(?:about|roughly|some|over|more\s+than|nearly|almost|понад|"
    r"близько|майже|около|почти|более|свыше)\s+)?$"
)
_UNDER = re.compile(r"\b(?:under|під|под)\b")
_LOST = re.compile(r"\b(?:lost|los(?:e|es|ing)|втрат\w*|потеря\w*)\b")
_BY_AGENT = re.compile(
    # (not "followed by", "ranked by", "measured by": an order or a measure)
    r"(?<!followed\s)(?<!ranked\s)(?<!measured\s)(?<!trailed\s)\bby\s+(?:the\s+)?$"
    # "lost to X", "ceded to X", "handed over to X": who gained it (not "travel to X")
    r"|\b(?:lost|los(?:e|es|ing)|ceded?|ceding|fell|fallen|falls|hand(?:ed|s|ing)?|"
    r"transferred|transfer|given|gave|went|gone|returned|belong\w*|passed|surrender\w*|"
    r"award\w*|leased|sold|assigned|allotted|allocated)\s+(?:[\w,.²-]+\s+){0,6}?to\s+"
    r"(?:the\s+)?$"
    # "окупована Росією", "оккупированы Россией", "контролируется Израилем": a Cyrillic
    # passive's agent (in the instrumental)
    r"|(?<!\w)(?:окупован|оккупирован|захоплен|захвачен|анексован|аннексирован|"
    r"контрольован|контролируем|утримуван|удерживаем|окупуван)\w*\s+$"
    r"|(?<!\w)(?:контролюється|контролюються|контролируется|контролируются|"
    r"утримується|утримуються|удерживается|удерживаются)\s+$"
)


def _by_agent(low: str, m: _Mention) -> bool:
    """Whether "by", or "to" after a verb of losing, stands before mention ``m``.

    "held by X", "lost to X" (not "travel to X").

    A Cyrillic passive's agent stands in the instrumental after its participle or verb:
    "окупована Росією", "контролируется Израилем".
    """
    return _BY_AGENT.search(low, max(0, m.start - 80), m.start) is not None

_CONTROL_OF = re.compile(
    r"(?<!\w)(?:під\s+контролем|под\s+контролем|under\s+(?:the\s+)?control\s+of|"
    r"in\s+the\s+hands\s+of|"
    # "де діє повний контроль Ізраїлю", "под полным контролем Израиля": the genitive after
    # the noun is whose control it is ("took control of Kherson" is the ground, so the
    # English noun is no cue; not "вне контроля Уагадугу": ground it does not hold)
    r"(?<!вне\s)(?<!поза\s)"
    r"(?:під\s+|под\s+)?(?:повн\w+\s+|полн\w+\s+)?контрол[ья]\w*)"
    # past the forces whose country it is: "под контролем ВС РФ", "під контролем армії РФ",
    # "under the control of the armed forces of"
    r"(?:\s+(?:вс|зс|всу|зсу|армии|армії|войск|військ|сил|(?:the\s+)?(?:armed\s+)?forces\s+of))?"
    r"\s+(?:the\s+)?$"
)
#: The one a deal leaves ground with: "would leave Russia with 116,000 sq km of Ukraine".
_LEAVE_BEFORE = re.compile(r"(?<!\w)(?:leave|leaves|leaving|left)\s+$")
_WITH_FIGURE_AFTER = re.compile(
    r"\s+(?:in\s+control\s+of|holding|with)\s+(?:(?:about|some|roughly|around|nearly|"
    r"almost|over|more\s+than|less\s+than|just|only)\s+)*(?:\d|a\s+(?:fifth|quarter|third)|half)"
)
_POINTS_AFTER = re.compile(
    r"\s*(?:percentage\s+)?points?\b|\s*(?:(?:процентн\w*|відсотков\w*)\s+)?пункт\w*|\s*п\.\s?п\."
)
_ABBREVIATIONS = (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Mr", "Mrs", "Ms", "Dr", "St", "No", "vs",
)  # fmt: skip
# A sentence's end: not a period after an abbreviation ("Feb. 23", "Gen. Syrskyi") nor one
# before a lower-case word.
_SENTENCE_END = re.compile(
    r"[.!?…]"
    + "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS)
    + r"(?=\s+(?![a-zа-яіїєґё])|\s*$)|\n"
)
_LAST_SENTENCE_END = re.compile(r"(?s).*(?:" + _SENTENCE_END.pattern + ")")

#: How far a figure's grammar may reach before its first number (qualifier, "between").
_LOOKBACK = 48


def _lower(text: str) -> str:
    """``text.lower()`` with the same length (and so the same offsets) as ``text``."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _territory_follows(rest: str) -> bool:
    """True when one of the next three words is territory, land, soil..., or an area.

    "two-thirds of Libya's 1.76 million square kilometres", "of the state's 76,363 km²".
    """
    if _AREA_FOLLOWS.match(rest):
        return True
    return any(_TERRITORY_WORD.fullmatch(w) for w in _WORD.findall(rest[:60])[:3])


_AREA_FOLLOWS = re.compile(
    r"\s*(?:(?:total|entire|whole)\s+)?(?:(?:area|territory)\s+of\s+)?"
    r"(?:(?:some|about|roughly|around|nearly|almost|approximately|близько|приблизно|около|"
    r"примерно|почти|майже)\s+)?"
    r"\d[\d,.\s\u00a0\u202f]*(?:(?:million|thousand|mln|тис\.?|тыс\.?)\s*)?"
    r"(?:km|sq|square|кв|mi\b)"
)


_WORD = re.compile(r"\w+")
#: A number right after a possessive, nothing counted after it: a whole's size with its
#: unit left out ("Iraq's 438,317.", "the country's 1.1 million,").
_SIZE_NUMBER_AFTER = re.compile(
    r"\s+(?:(?:entire|total|whole)\s+)?\d[\d,.]*(?:\s*(?:million|m)(?!\w))?(?=\s*(?:[.,;)—–]|$))"
)
#: After a possessive whole, the end of its phrase: the possessed noun is the one said
#: before ("1,580 km², less than 0.5 per cent of Finland's.").
_ELLIPSIS_END = re.compile(r"\s*(?:[.;:!?)]|,\s|—|–|$)")
_AREA_SAID_BEFORE = re.compile(
    r"(?:km²|km2|square\s+(?:kilomet|mile)\w*|sq\s*mi|land\s+area|territory)"
)
_WORD_SPACE = re.compile(r"\w+\s+")
_SPACES = re.compile(r"\s*")
_SPACES_FROM = re.compile(r"\s*(?:від\s+|от\s+)?")
_PHRASE_END = re.compile(r"[.;!?]")
#: "control" as a noun, then "over": "gained control over 18%" is control of 18% (but
#: "forces now control over 90 percent" is the verb, and "over" a qualifier).
#: A range at a qualifier: "estimated at 12,000 to 15,000", "estimated at between 90,000".
_RANGE_AT = re.compile(
    r"estimated\s+at\s+(?:between\s+[\d.,]+|[\d.,]+(?:\s*(?:%|per\s*cent|percent))?"
    r"\s*(?:to|-|–|—)\s*[\d.,]+)"
)
_CONTROL_BEFORE = re.compile(
    r"\b(?:the|its|their|his|her|our|full|total|effective|partial|military|russian|israeli|"
    r"gain(?:s|ed|ing)?|take|takes|took|taken|taking|have|has|had|having|seiz\w+|"
    r"establish\w*|lost|lose|loses|losing|regain\w*|retain\w*|exercis\w+|assum\w+|"
    r"wrest\w*|extend\w*|consolidat\w+|tighten\w*|exert\w*|form\s+of)\s+"
    r"(?:[a-z-]+\s+){0,2}control\s+$"
)
_NUMBER_WORD_SPLIT = re.compile(r"[\s-]+")
_NUMBER_SPACE = re.compile(r"[ \u00a0\u202f\u2009]")
_INDIAN_GROUPS = re.compile(r"\d{1,2}(?:,\d\d){1,4},\d{3}(?:\.\d+)?")
_GROUPED_NUMBER = re.compile(
    r"(\d{1,3})((?:([, \u00a0\u202f\u2009'’])\d{3})(?:\3\d{3})*)(?:([.,])(\d+))?"
)


_DOTTED_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.000|(?:\.\d{3}){2,})")
_DOTTED_DECIMAL = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+,\d+")


_EN_MAGNITUDE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_EN_DIGITS = {
    "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip


def _english_words_value(words: list[str]) -> float | None:
    """The value of English number words ("ten thousand four hundred": 10400).

    None when a word is none of them.
    """
    if "point" in words:
        # "zero point five": the digits after "point" one by one
        k = words.index("point")
        whole = 0.0 if words[:k] in ([], ["zero"], ["oh"]) else _english_words_value(words[:k])
        digits = [_EN_DIGITS.get(w) for w in words[k + 1 :] if w]
        if whole is None or not digits or None in digits:
            return None
        return whole + float("0." + "".join(str(d) for d in digits))
    if "half" in words:
        # "one and a half", "two and one-half": a half more than the number before "and"
        k = words.index("and") if "and" in words else 0
        whole = _english_words_value(words[:k]) if k else None
        return None if whole is None else whole + 0.5
    total = current = 0.0
    for w in words:
        if w in ("", "and"):
            continue
        if w == "a":
            current = current or 1.0
        elif w == "couple":
            current = 2.0  # "a couple of hundred": two
        elif w == "of":
            continue
        elif w == "hundred":
            current = (current or 1.0) * 100
        elif w in _EN_MAGNITUDE_WORDS:
            total += (current or 1.0) * _EN_MAGNITUDE_WORDS[w]
            current = 0.0
        elif w in lang.en.NUMBER_WORDS:
            current += lang.en.NUMBER_WORDS[w]
        else:
            return None
    return total + current


def _parse_number(num: str, mult: str) -> float:
    s = num.strip()
    if s.isascii() and s[:1].isalpha():
        english = _english_words_value(_NUMBER_WORD_SPLIT.split(s.lower().replace(",", " ")))
        if english is not None and english > 0:
            return round(english * _magnitude(mult), 6)
    if not s[:1].isdigit() and _magnitude(s) != 1.0:
        return _magnitude(s) * _magnitude(mult)  # "півмільйона": a magnitude as the number
    if not s[:1].isdigit():
        words = _NUMBER_WORD_SPLIT.split(s)
        if "hundred" in words:
            # "three hundred"; "hundred" alone is one hundred; "a hundred and twenty-five"
            k = words.index("hundred")
            value = 100.0 * ((k > 0 and _NUMBER_WORDS.get(words[0], 0)) or 1)
            value += sum(_NUMBER_WORDS.get(w, 0) for w in words[k + 1 :] if w != "and")
        else:
            value = 0.0
            for w in words:
                w = w.replace("’", "'").replace("ʼ", "'").replace("ʹ", "'")
                value += _NUMBER_WORDS.get(w, 0) or next(
                    (v for stem, v in _CYR_STEMS if w.startswith(stem)),
                    0,
                )
    elif _INDIAN_GROUPS.fullmatch(s):
        value = float(s.replace(",", ""))  # "2,22,236": 222,236 in lakhs and thousands
    elif _DOTTED_DECIMAL.fullmatch(s):
        value = float(s.replace(".", "").replace(",", "."))  # "1.234,5": 1234.5
    elif _DOTTED_THOUSANDS.fullmatch(s):
        # "110.000 km²", "1.234.567": thousands grouped with dots, as much of Europe writes
        # them (a decimal part of three zeros, or several groups, is never a decimal)
        value = float(s.replace(".", ""))
    else:
        grouped = _GROUPED_NUMBER.fullmatch(s)
        if grouped and s.count(",") == 1 and "." not in s and _CYRILLIC_MAGNITUDE.match(mult):
            grouped = None  # "2,345 млн км²": before a Cyrillic magnitude a comma is decimal
        if grouped and not s.startswith("0,") and grouped.group(4) != grouped.group(3):
            sep = grouped.group(3)
            whole = grouped.group(1) + grouped.group(2).replace(sep, "")
            frac = grouped.group(5)
            value = float(f"{whole}.{frac}" if frac else whole)
        else:
            plain = _NUMBER_SPACE.sub("", s).replace(",", ".")
            if plain.count(".") > 1:
                # "160,000 160,000 %": two numbers side by side, read as one group; the
                # last is the figure's ("1.234.5" has no reading: its digits alone)
                parts = _NUMBER_SPACE.split(s.strip())
                return _parse_number(parts[-1], mult) if len(parts) > 1 else float(
                    plain.replace(".", "")
                ) * _magnitude(mult)
            value = float(plain)
    # (rounded off the float error of a decimal times a magnitude: "2.22 lakh" is 222,000)
    return round(value * _magnitude(mult), 6)


_CYRILLIC_MAGNITUDE = re.compile(r"\s*[а-яіїєґё]")


def _magnitude(word: str) -> float:
    w = word.strip()
    if not w:
        return 1.0
    return next((f for r, f in _MAGNITUDE_RES if r.fullmatch(w)), 1.0)


_KM2_RE = re.compile(_KM2)
_MI2_RE = re.compile(_MI2)
_HA_RE = re.compile(_HA)
_ACRE_RE = re.compile(_ACRE)
#: Square metres below a square kilometre measure floors and plots, not territory.
_GROUND_M2 = 1e6
_M2_RE = re.compile(_M2)


def _unit_of(unit_text: str) -> str:
    if _KM2_RE.fullmatch(unit_text):
        return "km2"
    if _MI2_RE.fullmatch(unit_text):
        return "mi2"
    if _HA_RE.fullmatch(unit_text):
        return "ha"
    if _ACRE_RE.fullmatch(unit_text):
        return "acre"
    if _M2_RE.fullmatch(unit_text):
        return "m2"
    return "%"


_ROUNDED_BEFORE = re.compile(r"\b(?:round\w*|add\w*|brought)\s+$")


#: Ukrainian and Russian verbs of change in a figure ("зросла", "сократилась").
_CYR_CHANGE_VERBS = (
    # (the reflexive past too: "знизився", "скоротився", "зменшився")
    r"вырос\w*|сократ\w*|снизи\w*|увеличи\w*|уменьши\w*|возрос\w*|упал\w*|зрос\w*|зріс|"
    r"скороти\w*|знизи\w*|збільши\w*|зменши\w*|впал\w*|виросл\w*|виріс|"
    # the future and present: "площадь Марокко вырастет с 446,5 тыс. до 710 тыс. кв. км"
    r"выраст\w*|вирост\w*|зросте|зроста\w*|раст[её]т"
)
#: Verbs of change in a figure ("rose", "зросла", "сократилась").
_CHANGE_VERBS = (
    r"(?<!\w)(?:rose|risen|grew|grown|fell|fallen|increased|decreased|dropped|climbed|"
    rf"jumped|surged|declined|shrank|shrunk|expanded|contracted|went|{_CYR_CHANGE_VERBS}|"
    # the present and the participle: "would grow only from 7.5 to 8.8 percent"; and a
    # change made: "cutting the north's share from roughly 36 percent to 28.5 percent"
    r"grow|grows|growing|rise|rises|rising|fall|falls|falling|shrink|shrinks|shrinking|"
    r"increase|increases|increasing|decrease|decreases|decreasing|drop|drops|dropping|"
    r"climb|climbs|climbing|expand|expands|expanding|cut|cuts|cutting|reduce|reduces|"
    r"reduced|reducing|slashed|slashing|lowered|lowering|raised|raising)"
)
_CHANGE_APPROX = (
    r"(?:(?P<approx>about|around|roughly|some|nearly|almost|примерно|приблизно|около|"
    r"близько|почти|майже)\s+)?"
)
#: The verb, up to "from": "shrank from", "скоротилася зі".
_CHANGE_FROM = rf"{_CHANGE_VERBS}(?:\s+[^\s\d.;!?]+){{0,3}}?\s+(?:from|з|із|зі|с|со)\s+"
# Verbs of change before "до" ("to"): "выросла до 27%" reached 27%, not "up to 27%"; and
# "зросла на 2 відсоткові пункти — до 18%"
_CHANGE_TO_BEFORE = re.compile(
    rf"(?<!\w)(?:{_CYR_CHANGE_VERBS}|дорос\w*|доходи\w*|дош\w*)"
    # (past the change itself: "на 2 відсоткові пункти —", "на 30,6% —")
    r"(?:(?:\s+[^\s\d.;!?]+){0,3}?\s+(?:на\s+[\d.,]+\s*(?:%|відсот\w*|процент\w*|"
    r"(?:\w+\s+)?пункт\w*)|"
    # ("выросла примерно в 2,4 раза — до 2561 км²": a ratio of change)
    r"(?:в|у)\s+[\d.,]+\s+раз\w*)\s*[—–,-]?)?"
    r"\s+(?:(?P<approx>примерно|приблизно|около|близько|почти|майже)\s+)?$"
)
_DASH_JOINER = re.compile(r"\s*[-–—]\s*")
#: A change from one figure to another: "rose from 16% to 18%", "вырос с 16% до 18%" are
#: two figures, not a range. Before the first:
_CHANGE_FROM_BEFORE = re.compile(rf"{_CHANGE_FROM}{_CHANGE_APPROX}$")
#: Before the second, which takes the first's "about" ("shrank from about 11,500 to 3,000
#: square kilometres"):
_CHANGE_FROM_TO_BEFORE = re.compile(
    rf"{_CHANGE_FROM}{_CHANGE_APPROX}[\d.,]+(?:\s*(?:%|\w+\.?))?\s+(?:to|до)\s+$"
)


def _qualifier(q: str | None, low: str, start: int) -> str | None:
    if not q:
        return None
    phrase = " ".join(q.replace(",", " ").split())
    if phrase == "over" and _CONTROL_BEFORE.search(low, max(0, start - 40), start):
        return None  # "control over 18%" is control of 18%
    if phrase == "over" and _SPREAD_BEFORE.search(low, max(0, start - 30), start):
        return None  # "stretches over 72,971 km²": the ground it lies on, not a bound
    if phrase == "estimated at" and _RANGE_AT.match(low, start):
        return None  # "estimated at 12,000 to 15,000 km²": the range is the estimate
    if phrase == "up to" and _ROUNDED_BEFORE.search(low, max(0, start - 14), start):
        return None  # "rounded up to 20 percent": the figure itself
    if phrase == "до":
        change = _CHANGE_TO_BEFORE.search(low, max(0, start - 90), start)
        if change:
            # "выросла примерно до 27%", "скоротилася до 18%": the level reached, not a bound
            return _QUAL_LOOKUP.get(change["approx"]) if change["approx"] else None
        approx = _APPROX_BEFORE_TO.search(low, max(0, start - 14), start)
        if approx:
            # "втратили доступ приблизно до 2 тис. км²": "до" is the noun's preposition,
            # the figure approximate
            return _QUAL_LOOKUP.get(approx["approx"])
    return _QUAL_LOOKUP.get(phrase)


#: A verb of lying spread on ground, before "over": "stretches over", "sprawls over".
_SPREAD_BEFORE = re.compile(
    r"(?<!\w)(?:stretch|extend|spread|sprawl|rang|spill)\w*\s+$"
)
_APPROX_BEFORE_TO = re.compile(
    r"(?<!\w)(?P<approx>примерно|приблизно|около|близько|майже|почти)\s+$"
)  # "втратили доступ майже до 11 000 км²": nearly 11,000 km²


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - 300)
    # the last end before the figure, read with the figure's first character in sight: a
    # period right before it ("в Дніпропетровській обл. близько 370 км²") ends a sentence
    # only if the word after it may open one
    last = _LAST_SENTENCE_END.match(text, lo, min(len(text), start + 1))
    if last is not None and last.end() > start:
        last = _LAST_SENTENCE_END.match(text, lo, start)
    cut = last.end() if last else lo
    m = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    return cut, (m.start() if m else min(len(text), end + 300))


# ---------------------------------------------------------------------------------------
# Context: the document's mentions, indexed for bisection
# ---------------------------------------------------------------------------------------


class _Context(NamedTuple):
    """What find_claims knows about a document: its mentions, indexed."""

    at: dict[int, _Mention]  # by start
    # (ends, mentions): countries; regions, entities, areas, cities and metonyms
    groups: tuple[tuple[list[int], list[_Mention]], ...]
    wholes: tuple[list[int], list[_Mention]]  # regions, entities and areas
    every: tuple[list[int], list[_Mention]]  # all mentions
    default: str | None
    holders: dict[int, set[str]]  # by figure start, see _holders (filled as asked)


def _make_context(
    mentions: Sequence[_Mention], default: str | None, text: str = ""
) -> _Context:
    """The index of a text's mentions, for reading the figures' wholes.

    A place named only to compare sizes ("roughly the size of Costa Rica", "larger than
    Bulgaria") and a dateline's place ("MOSCOW, April 26 (Reuters) -") are no context of
    a figure: they stay reachable by "of X" only.
    """
    # The seat of a de facto government named for it stands for the territory it governs
    # ("Hargeisa says it administers about 80 percent of its claimed territory": Somaliland),
    # not for the country that claims that territory.
    seats = _seats()
    mentions = [
        m._replace(country=seats[normalize(m.name)])
        if m.kind == "metonym" and normalize(m.name) in seats
        else m
        for m in mentions
    ]
    at = {m.start: m for m in mentions}
    aside = _aside_starts(text, tuple(mentions))
    mentions = [m for m in mentions if m.start not in aside]
    groups = []
    for kinds in (("country",), ("region", "entity", "area", "city", "metonym")):
        chosen = [m for m in mentions if m.kind in kinds]
        groups.append(([m.end for m in chosen], chosen))
    # A place without a boundary (Kinburn Spit, Galwan valley) is a whole only by "of X":
    # "the Kinburn Spit, roughly 1% of the oblast" is a share of the oblast it lies in.
    places = _gazetteer().places
    wholes = [
        m
        for m in mentions
        if m.kind in ("region", "entity", "area")
        # a first-level unit newer than the boundaries (Ituri, Sool) is a unit still
        and (m.unit_id not in places or (isinstance(m.iso_3166_2, str) and m.iso_3166_2))
    ]
    every = list(mentions)
    return _Context(
        at,
        tuple(groups),
        ([m.end for m in wholes], wholes),
        ([m.end for m in every], every),
        default,
        {},
    )


# Words that compare a size with a place named after them ("roughly the size of Costa
# Rica", "larger than Bulgaria or the US state of Virginia").
_COMPARED = re.compile(
    r"(?i)(?<!\w)(?:(?:the\s+)?size\s+of|(?:larger|bigger|smaller|greater)\s+than|"
    r"comparable\s+to|compared\s+(?:with|to)|(?:more|less)\s+than|as\s+(?:large|big)\s+as|"
    r"equivalent\s+to|більш\w*\s+за|менш\w*\s+за|(?:больше|меньше|більше|менше)"
    r"(?:\s*,?\s*(?:чем|ніж))?|розміром\s+з|размером\s+с|"
    # "примерно как Великобритания", "приблизно як у Нідерландів", "— как Бельгия"
    r"(?:(?:примерно|приблизно|почти|майже|практически|практично)\s+|[—–,]\s*)"
    r"(?:как|як)(?:\s+(?:у|в))?|сопоставим\w*\s+с|порівнянн\w*\s+з|сравним\w*\s+с)"
    # "larger than all of Belgium", "больше, чем вся Болгария"
    r"\s+(?:(?:all\s+of|the\s+whole\s+of|вс[яеё]|весь|ус[яеі]|увесь|вся|цілу|целую)\s+)?"
    r"(?:the\s+)?(?:(?:u\.?s\.?|american)\s+)?(?:state\s+of\s+)?$"
)
# Words one of which a comparison holds: a cheap test before the pattern above is tried.
_COMPARED_KEYS = (
    "size of", "than", "compar", "equivalent", "as large", "as big", " за", "больше",
    "меньше", "більше", "менше", "розміром", "размером", "как", "як", "сопостав", "порівнян",
    "сравним",
)  # fmt: skip
_COMPARED_KEY = re.compile("|".join(map(re.escape, _COMPARED_KEYS)))
# "Bulgaria or the US state of Virginia": the next place of a compared list
_COMPARED_LIST = re.compile(
    r"\s+(?:or|and|і|и|та|или|або)\s+(?:the\s+)?(?:(?:u\.?s\.?|american)\s+)?"
    r"(?:state\s+of\s+)?"
)


_DATELINE_AFTER = re.compile(r",|\s+[—–-]|\s+\(")


@functools.lru_cache(maxsize=16)
def _aside_starts(text: str, mentions: tuple[_Mention, ...]) -> frozenset[int]:
    """The starts of the places named to compare a size with and of a dateline's place.

    Found once per text (a check reads it per figure): the few characters before each
    mention, tried against the comparing words only when one of their keys is there.
    """
    if not text:
        return frozenset()
    out: set[int] = set()
    prev: _Mention | None = None
    bordering = False  # in a list of countries a place borders
    for m in mentions:
        window = text[max(0, m.start - 45) : m.start]
        low = window.lower()
        if m.kind == "country" and (
            _BORDERS_BEFORE.search(low) is not None
            or (
                bordering
                and prev is not None
                and _NAMES_LIST_GAP.fullmatch(text, prev.end, m.start) is not None
            )
        ):
            # "межує з чотирма державами: Польщею, Словаччиною, Угорщиною та Румунією":
            # neighbours named, not the country a later "the country" means
            bordering = True
            out.add(m.start)
            prev = m
            continue
        bordering = False
        if (
            (_COMPARED_KEY.search(low) is not None and _COMPARED.search(window) is not None)
            or (
                prev is not None
                and prev.start in out
                and _COMPARED_LIST.fullmatch(text, prev.end, m.start) is not None
            )
            or _dateline_place(text, m)
            # "five kilometres from Russia's Belgorod region": a landmark of a distance
            or _DISTANCE_FROM_BEFORE.search(low) is not None
            # "the approaches to Damascus, some 60 km away"
            or _DISTANCE_AWAY_AFTER.match(text, m.end) is not None
        ):
            out.add(m.start)
        prev = m
    return frozenset(out)


#: Before a place a distance is measured from: "five kilometres from Russia's", "за 30 км
#: від".
_DISTANCE_FROM_BEFORE = re.compile(
    r"(?:km|kilometres|kilometers|miles|км|кілометр\w*|километр\w*)\s+(?:away\s+)?"
    r"(?:from|від|от)\s+(?:the\s+)?(?:[^\W\d][\w-]*['’]s\s+)?$"
)

#: After a place a distance is measured to: ", some 60 km away".
_DISTANCE_AWAY_AFTER = re.compile(
    r"\s*,\s*(?:(?:some|about|roughly|around|only|just|barely|less\s+than|more\s+than|"
    r"under|over)\s+)?\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+(?:away|off)(?!\w)"
)


#: Before a country: a border with it ("borders Poland", "межує з ... Польщею").
_BORDERS_BEFORE = re.compile(
    r"(?<!\w)(?:borders?(?:\s+with)?|bordering|neighbou?rs|межу\w*\s+з|граничит\w*\s+с|"
    r"граничащ\w*\s+с|граничить\s+з|на\s+границе\s+с|на\s+кордоні\s+з|"
    r"(?:on|along|at)\s+the\s+border\s+with)\s+(?:(?:the\s+)?[^\W\d]+\s+(?:states|countries|"
    r"державами|країнами|государствами|странами)\s*:\s*)?$"
)
#: Between two names in a list: ", ", " and ", ", and ", " та ".
_NAMES_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|та|і|и|й))\s*")
#: Between the parts a figure measures, listed ("Abkhazia or South Ossetia").
_PARTS_LIST_GAP = re.compile(
    r"\s*(?:,|,?\s+(?:and|or|та|і|и|й|або|чи|или)"
    # "Arizona and New Mexico — with Texas, about 55% of its territory"
    r"|\s*(?:[,—–]\s*)?(?:together\s+|along\s+)?with|,?\s+plus|\s*[,—–]?\s*(?:разом\s+)?з|"
    r"\s*[,—–]?\s*(?:вместе\s+)?с)\s*"
    # "Utah and most of Arizona"
    r"(?:(?:most|much|all|parts?)\s+of\s+(?:the\s+)?)?"
)


def _dateline_place(text: str, m: _Mention) -> bool:
    """True for a dateline's place: "MOSCOW, April 26 (Reuters) -" at a line's start."""
    surface = text[m.start : m.end]
    if len(surface) < 3 or not surface.isupper() or not _DATELINE_AFTER.match(text, m.end):
        return False
    # a dateline opens its line: only blanks before it since the text's start or a newline
    before = text[max(0, m.start - 8) : m.start]
    line = before[before.rfind("\n") + 1 :] if "\n" in before else before
    return not line.strip() and ("\n" in before or m.start == len(before))


def _whole_id(m: _Mention) -> str | None:
    """The id a claim's ``of`` takes for a mention: alpha-3, ISO 3166-2 or area id."""
    if m.kind == "country":
        return m.country
    if m.kind in ("region", "entity", "area"):
        return m.iso_3166_2 or m.unit_id
    return None


def _unit_named_alike(m: _Mention) -> str | None:
    """The ISO 3166-2 code of the unit a city lies in when the unit bears its name."""
    if m.kind != "city" or m.unit_id is None:
        return None
    unit = _gazetteer().units.get(m.unit_id)
    if unit is None:
        return None
    a, b = normalize(unit[1]), normalize(m.name)
    # (spelt apart by their sources: the unit "Zaporizhzhia", the town "Zaporizhzhya")
    if a != b and not (min(len(a), len(b)) >= 6 and a[:6] == b[:6]):
        return None
    return m.iso_3166_2 or m.unit_id


def _holders(text: str, low: str, start: int, ctx: _Context) -> set[str]:
    """Countries (and capitals' countries) that take or hold ground in the figure's sentence.

    "Pakistan administers about a third of the region": Pakistan is the holder, never the
    whole. A country or capital is a holder when an occupation verb follows within two
    words (not after "under": "Ukraine under Russian occupation" is held), or when it is
    the agent in "held by X" / "lost to X". A region or area that holds ground ("Northern
    Cyprus controls 36% of the island") is a part of its country, never its rival.
    Computed once per figure: the wholes a figure's target tries each ask for it.
    """
    known = ctx.holders.get(start)
    if known is None:
        known = ctx.holders[start] = _find_holders(text, low, start, ctx)
    return known


def _inverted_subject(text: str, low: str, m: _Mention, lo: int) -> bool:
    """True for a Cyrillic country or capital that is a subject after its verb of holding.

    "сколько территории Украины контролирует Россия?". Only a name in the nominative
    before a clause break: "контролирующие Сану и ..." is the object.
    """
    verb = (
        _CYR_AGENT_BEFORE.search(low, max(lo, m.start - 30), m.start)
        if m.kind in ("country", "metonym") and _CYRILLIC.match(text, m.start)
        else None
    )
    return (
        verb is not None
        and _CLAUSE_BREAK_AFTER.match(text, m.end) is not None
        # "на землях, которые контролирует Гайана": who administers the land described
        and _CYR_WHICH_BEFORE.search(low, max(0, verb.start() - 20), verb.start()) is None
        and _nominative(text, m)
    )


#: After a country's possessive: its hold on ground ("Russia's grip on", "Israel's
#: occupation of").
_GRIP_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:[a-z-]+\s+)?(?:grip|hold|control|occupation|annexation)\s+(?:on|of|over)\b"
    # "put India's share at about 55 percent": the share India holds
    r"|(?:['’]s?)?\s+(?:[a-z-]+\s+)?share\b"
)
_CYR_WHICH_BEFORE = re.compile(r"(?<!\w)(?:котор\w+|які|яку|яке|який|що|что)\s+$")
_CLAUSE_BREAK_AFTER = re.compile(r"\s*(?:[.,;:!?)—–]|$)")


def _withdraws_from_foreign(low: str, m: _Mention, i: int, chosen: list[_Mention]) -> bool:
    """True when the place ``m`` is asked to withdraw from lies in another country.

    "закликала Росію вивести війська з Абхазії": Russia occupies Georgian ground; "Moscow
    demands that Kyiv withdraw from the rest of Donetsk": Kyiv holds its own.
    """
    for nxt in chosen[i + 1 : i + 4]:
        if nxt.start - m.end > 90:
            break
        if _FROM_BEFORE_PLACE.search(low, max(0, nxt.start - 25), nxt.start):
            return bool(nxt.country) and nxt.country != m.country
    return False


_FROM_BEFORE_PLACE = re.compile(
    r"(?<!\w)(?:from|out\s+of|з|із|зі|из|с)\s+(?:the\s+)?(?:\w+\s+){0,2}$"
)
#: After a country asked to leave ground: "(called on Russia) to withdraw its troops".
_WITHDRAW_AFTER = re.compile(
    r"['’]?s?\s+(?:to\s+)?(?:withdraw|pull\s+out|pull\s+back|вивести|вывести|вивела|вывела|"
    r"відвести|отвести)(?!\w)"
)
#: A Cyrillic verb of holding right before its subject (the word order is free).
_CYR_AGENT_BEFORE = re.compile(
    r"(?<!\w)(?:окуп\w*|оккуп\w*|захоп\w*|захват\w*|анекс\w*|аннекс\w*|контролю\w*|"
    r"контролир\w*|утриму\w*|удержива\w*|занял\w*|зайнял\w*|займа\w*|занима\w*)\s+$"
)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|being|be|remains?|remained)\s+(?:\w+\s+)?$"
)
_CO_SUBJECT = re.compile(
    r"(?:\s+(?:and|with|і|та|и)\s+(?:its|their|її|їхні|свої\w*|ее|их)\s+"
    r"(?:proxies|allies|partners|militias|forces|союзник\w*|проксі|ставленник\w*|"
    r"сил\w*)(?=\s))?"
)


#: A preposition of place alone between a subject and the next place.
_WHERE_GAP = re.compile(r"\s+(?:in|в|у|на)\s+")


#: A source or a date between a subject and its verb: ", по данным ISW,", ", according to
#: the ISW,", "на начало 2025 года", "by late 2025".
_ASIDES_BEFORE_VERB = re.compile(
    r",\s*(?:по\s+данным|по\s+оценкам|according\s+to|за\s+даними|за\s+оцінками)[^,]{1,40},"
    r"|(?<!\w)(?:на\s+(?:начало|конец|початок|кінець)|в|у|by|in|as\s+of|until|since|до|к)\s+"
    r"(?:[^\W\d]+\s+){0,2}\d{4}(?:\s+(?:года|году|року|рік))?"
)


#: A verb of considering or calling before a participle of holding: "вважає окупованою",
#: "считает оккупированными", "considers occupied", "regards as occupied".
_CONSIDERS = re.compile(
    r"(?<!\w)(?:вважа\w*|счита\w*|назива\w*|называ\w*|визна\w*|призна\w*|"
    r"consider\w*|regard\w*|call\w*|deem\w*|describ\w*|brand\w*|label\w*)(?!\w)"
)


def _find_holders(text: str, low: str, start: int, ctx: _Context) -> set[str]:
    """:func:`_holders`, computed."""
    s0, _s1 = _sentence_bounds(text, start, start)
    out: set[str] = set()
    ends, chosen = ctx.every
    lo = bisect.bisect_left(ends, s0)
    hi = bisect.bisect_right(ends, start)
    for i in range(lo, hi):
        m = chosen[i]
        if m.start < s0:
            continue
        # The words up to the next mention of any kind (or the figure).
        stop = chosen[i + 1].start if i + 1 < hi else start
        between = low[m.end : min(stop, m.end + 80)]
        dl = _DATELINE_END.search(between)
        if dl is not None:
            # "ADEN, Yemen, April 7 (Reuters) - The Houthis, who hold ...": a dateline's
            # place is the subject of nothing after it
            between = between[: dl.start()]
        # "Moscow and its proxies controlled": the proxies act with the capital
        between = between[_CO_SUBJECT.match(between).end() :]
        if (
            _CO_SUBJECT.match(low, m.end).end() > m.end
            and _WHERE_GAP.fullmatch(between)
            and i + 1 < hi
        ):
            # "Росія та її проксі в ОРДЛО утримували": past where the proxies are
            between = low[chosen[i + 1].end : min(start, chosen[i + 1].end + 60)]
        # "Россия, объявившая в 2022 году об «аннексии» региона, контролирует": past a
        # clause in apposition to the subject
        app = _APPOSITION_CLAUSE.match(between)
        if app is not None:
            between = between[app.end() :]
        verb = _AGENT_VERB.search(between)
        if verb and (
            _UNDER.search(between, 0, verb.start())
            or _PASSIVE_BEFORE.search(between, 0, verb.start())
        ):
            # "Ukraine under Russian occupation", "a fifth of Georgia is occupied": the
            # held, not a holder
            verb = None
        if m.kind not in ("country", "metonym"):
            continue  # "Northern Cyprus controls 36% of the island": the part, not a rival
        subject_after = (
            # "территории Украины контролирует Россия": the subject follows the verb
            verb is not None
            and i + 1 < hi
            and _inverted_subject(text, low, chosen[i + 1], m.end)
        )
        if (
            verb
            and not subject_after
            # "Силы демократической Сирии контролировали": a genitive inside a group's
            # name is no subject
            and not _GENITIVE_ADJECTIVE_BEFORE.search(low, max(0, m.start - 30), m.start)
            # (past a source and a date: "Россия, по данным ISW, на начало 2025 года
            # удерживала")
            and len(_ASIDES_BEFORE_VERB.sub(" ", between[: verb.start()]).split()) <= 2
            and not _LOST.search(between)
            and not (
                _CONJUNCTION.search(between, 0, verb.start())
                # "India, which administers about 55%": the subject of its relative clause
                and not _RELATIVE_SUBJECT.fullmatch(between, 0, verb.start())
            )
            # "In Syria alone it held nearly half": where, not who
            and not _PLACE_PREP_BEFORE.search(text, max(0, m.start - 30), m.start)
            # "Абхазія, яку Грузія вважає окупованою": the country calls its ground held
            and not _CONSIDERS.search(between, 0, verb.start())
            # "Yemen's Houthi movement controls about a third", "Myanmar's junta controls
            # 21% of the country": a body of the country holds, and the country stays the
            # whole its share is of
            and not (_possessive(text, m) and between[: verb.start()].strip(" '’s"))
        ):
            out.add(m.country)
        elif (
            verb
            and not subject_after
            and not _LOST.search(between)
            and any(
                _COORDINATED_BEFORE.search(between, 0, v.start())
                for v in _AGENT_VERB.finditer(between, verb.end())
            )
        ):
            # "Россия объявила о её аннексии, хотя контролирует лишь около 70%": the same
            # subject's second verb, no other place named in between
            out.add(m.country)
        if _by_agent(low, m) or _CONTROL_OF.search(
            low, max(0, m.start - 30), m.start
        ):
            out.add(m.country)  # "held by X", "під контролем України"
        if _LEAVE_BEFORE.search(low, max(0, m.start - 12), m.start) and _WITH_FIGURE_AFTER.match(
            low, m.end
        ):
            out.add(m.country)  # "would leave Russia with 116,000 sq km of Ukraine"
        if _WITHDRAW_AFTER.match(low, m.end) and _withdraws_from_foreign(low, m, i, chosen):
            out.add(m.country)  # "закликала Росію вивести війська з Абхазії": the occupier
        if _ASKED_HOLDER_BEFORE.search(low, max(0, m.start - 12), m.start) and (
            _ASKED_HOLDER_AFTER.match(low, m.end)
        ):
            out.add(m.country)  # "How much of Ukraine does Russia control?": the holder asked of
        if _inverted_subject(text, low, m, s0):
            out.add(m.country)  # "сколько территории Украины контролирует Россия?"
        if _GAPPED.match(low, m.end, m.end + 60) and _GAP_OPENS.search(
            low, max(0, m.start - 40), m.start
        ):
            out.add(m.country)  # "India holds 55%, Pakistan about 30%": the verb is gapped
        if _WITHDREW_AFTER.match(low, m.end):
            out.add(m.country)  # "after Spain withdrew, Mauritania took the southern third"
        if _possessive(text, m) and _GAINS_AFTER.match(low, m.end):
            out.add(m.country)  # "Russia's gains in 2024 amounted to less than 1 percent"
        if _possessive(text, m) and _GRIP_AFTER.match(low, m.end):
            # "Russia's grip on the Luhansk region ... 99 percent of it", "India's share"
            out.add(m.country)
    # "Дамаск контролирует 60% территории Сирии; СДС удерживают около четверти страны": a
    # government that holds ground of its own country named after it holds no rival's
    for i in range(lo, hi):
        m = chosen[i]
        if (
            m.kind == "metonym"
            and m.start >= s0
            and m.country in out
            and any(
                o.kind == "country"
                and o.country == m.country
                and o.start > m.end
                # (not the country as the subject of its own verb of holding: "Kyiv's
                # forces retook villages, and Ukraine still holds less than 1 percent")
                and not _COUNTRY_HOLDS_AFTER.match(low, o.end)
                for o in chosen[i + 1 : hi]
            )
        ):
            out.discard(m.country)
    return out


#: After a former holder: "Spain withdrew", "Israel pulled out of Gaza in 2005".
_WITHDREW_AFTER = re.compile(
    r"\s+(?:had\s+|has\s+)?(?:withdrew|withdrawn|pulled\s+out|retreated|вийшла|вышла|"
    r"відступила|отступила)(?!\w)"
)
#: The end of a dateline: "(Reuters) -", "(AP) —".
_DATELINE_END = re.compile(r"\(\s*[^\W\d][\w .&/-]{0,30}\)\s*[-—–]\s")
_APPOSITION_CLAUSE = re.compile(r"\s*,\s*(?=[a-zа-яіїєґё])[^,;.!?]{1,80},\s*")
#: Nouns of ground taken after a holder's possessive ("Russia's gains").
_GAINS_AFTER = re.compile(
    r"\s+(?:(?:net|territorial|total|overall)\s+)*(?:gains|advances?|conquests?|seizures?|"
    r"captures?|annexations?|holdings|"
    r"land\s+grab)(?!\w)"
)


def _context_country(
    text: str, low: str, start: int, ctx: _Context, whole: bool = True
) -> str | None:
    """The country a figure at ``start`` refers to when the text does not say.

    The nearest country named before it that is not a holder in the same sentence (see
    :func:`_holders`); else the ``country=`` default; else the country of the nearest
    region, area, city or capital named before it ("Kyiv says ..."), if not a holder.
    With ``whole`` (a share's whole, not where an area lies), a country that is the
    figure's subject is its part, not its whole ("Western Sahara is roughly 37% of the
    kingdom").
    """
    holders = _holders(text, low, start, ctx)
    for ends, chosen in ctx.groups:
        k = bisect.bisect_right(ends, start)
        # Look back at most a few mentions: the nearest non-holder wins, unless the
        # sentence names places of another country more often ("Tigray, Ethiopia's
        # northernmost state, borders Eritrea, Sudan and the Afar and Amhara regions;
        # it covers 4.5% of the country" is Ethiopia's share).
        for i in range(k - 1, max(-1, k - 12), -1):
            m = chosen[i]
            if m.country in holders or _held_before(text, low, m, start, ctx):
                continue
            if m.kind == "area" and not m.country:
                continue
            if _ATTRIBUTIVE_AFTER.match(low, m.end):
                continue  # "the UAE-backed Southern Transitional Council": a backer's name
            if whole and m.kind == "country" and _PART_VERB.fullmatch(low, m.end, start):
                continue  # "Western Sahara is roughly 37% of the kingdom": the part
            return _most_named(text, start, ctx, holders, m.country) or None
        if ctx.default is not None:
            return ctx.default
    return None


#: A question's subject that holds: "does Russia control", "did Moscow hold".
_ASKED_HOLDER_BEFORE = re.compile(r"(?<!\w)(?:does|did|do|will)\s+(?:the\s+)?$")
_ASKED_HOLDER_AFTER = re.compile(
    r"['’]?s?\s+(?:still\s+|now\s+|actually\s+|really\s+)?"
    r"(?:control|hold|occupy|administer|keep|retain|run)(?!\w)"
)


def _held_before(text: str, low: str, m: _Mention, start: int, ctx: _Context) -> bool:
    """True for a country that holds ground in an earlier sentence than the figure's.

    "Почти пятая часть Украины под контролем России. ... больше 27% страны": the holder
    named last is not the country a later sentence's "the country" means.
    """
    if m.kind != "country":
        return False
    m0, m1 = _sentence_bounds(text, m.start, m.end)
    if m1 >= start or m1 < m.end:
        return False
    holders = _holders(text, low, m1, ctx)
    if m.country not in holders:
        return False
    # a holder of another country's ground ("Украины под контролем России", "Kyiv says
    # Russia holds Crimea"), not of its own ("Ukraine controls about 80% of its territory")
    ends, chosen = ctx.every
    return any(
        o.country and o.country not in holders and o.kind in ("country", "region", "area", "entity")
        for o in chosen[bisect.bisect_left(ends, m0) : bisect.bisect_right(ends, m1)]
        if o.start >= m0
    )


_CYR_REPUBLIC = re.compile(r"[«\"„“]?республ[іи]к\w*(?!\s+[а-яіїєґё]+(?:ськ|цьк|ск|цк))")


def _context_entity(low: str, start: int, ctx: _Context) -> str | None:
    """The entity (ДНР, ЛНР) named last within a few mentions before ``start``, else None."""
    ends, chosen = ctx.every
    k = bisect.bisect_right(ends, start)
    for m in reversed(chosen[max(0, k - 6) : k]):
        if m.kind == "entity":
            return _whole_id(m)
    return None


def _the_country(text: str, low: str, start: int, ctx: _Context) -> str | None:
    """The country "the country" means at a figure at ``start``.

    :func:`_context_country`; when every country named before is a holder, one whose own
    government holds the ground in the figure's sentence ("Myanmar's junta controls about
    21% of the country"): a government holds ground of its own country; else a territory
    named by its adjective in the sentence ("Ukrainian land").
    """
    found = _context_country(text, low, start, ctx)
    if found is not None:
        return found
    s0, _s1 = _sentence_bounds(text, start, start)
    ends, chosen = ctx.every
    for m in reversed(chosen[bisect.bisect_left(ends, s0) : bisect.bisect_right(ends, start)]):
        if m.kind == "country" and m.start >= s0 and (
            _OWN_GOVERNMENT.match(low, m.end)
            or _GOVERNMENT_BEFORE.search(low, max(0, m.start - 30), m.start)
        ):
            return m.country
        if (
            m.kind == "metonym"
            and m.start >= s0
            and m.country
            and not any(
                (o.kind == "metonym" or (o.kind == "country" and o.start < start))
                and o.country != m.country
                for o in chosen[bisect.bisect_left(ends, s0) : bisect.bisect_right(ends, _s1)]
            )
        ):
            # "Damascus had held as little as a fifth of the country": a capital stands
            # for its government, which holds ground of its own country (not when another
            # government or a country before is in the sentence: "Moscow controls a fifth of
            # the country, Kyiv says")
            return m.country
    # "a fifth of Ukrainian land, or 18% of the country": the territory named by its
    # adjective earlier in the sentence
    holders = _holders(text, low, start, ctx)
    for dm in reversed(list(_DEMONYM_RE.finditer(low, s0, start))):
        cc = _DEMONYMS[dm.group("dem") or dm.group("sdem")]
        if cc not in holders:
            return cc
    # "annexed four Ukrainian regions — about 18% of the country": the country whose
    # places the sentence names by its adjective
    for dm in reversed(list(_DEMONYM_PLACES.finditer(low, s0, start))):
        cc = _DEMONYMS[dm.group("dem")]
        if cc not in holders:
            return cc
    # "захопили понад 4 тисячі км² української території, що становить 0,7% площі країни"
    for dm in reversed(list(_CYR_TERRITORY_ADJ.finditer(low, s0, start))):
        cc = next((c for stem, c in _CYR_DEMONYMS.items() if dm.group(1).startswith(stem)), None)
        if cc is not None and cc not in holders:
            return cc
    # "resistance forces control more than 60 percent of the country. ... In Sagaing and
    # Magway ...": with no country named before, the one the text's places lie in
    places: Counter[str] = Counter(
        m.country
        for m in ctx.every[1]
        if m.kind in ("region", "entity", "city") and m.country and m.country not in holders
    )
    top = places.most_common(2)
    if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]):
        return top[0][0]
    return None


#: Countries that are one island, or nearly: "the island" after one of them named is that
#: country ("36% of Cyprus ... recognised only by Turkey ... 3 percent of the island").
_ISLAND_COUNTRIES = frozenset(
    {"CYP", "TWN", "LKA", "ISL", "MLT", "CUB", "JAM", "MDG", "BHR", "SGP", "MUS", "BRB",
     "FLK", "CPV", "COM", "STP"}
)  # fmt: skip


def _island_country(start: int, ctx: _Context, low: str = "") -> str | None:
    """The island named last within a few mentions before ``start``, else None.

    An island country ("36% of Cyprus ... 3 percent of the island"), or a named island
    ("Hans Island, a barren rock ... Canada received roughly 60 percent of the island").
    """
    ends, chosen = ctx.every
    k = bisect.bisect_right(ends, start)
    for m in reversed(chosen[max(0, k - 12) : k]):
        if low and _BETWEEN_BEFORE.search(low, max(0, m.start - 60), m.start):
            continue  # "a rock between Greenland and Ellesmere Island": where it lies
        if m.kind == "area" and _ONE_ISLAND.search(m.name):
            return _whole_id(m)
        if m.kind != "metonym" and m.country in _ISLAND_COUNTRIES:
            return m.country
    return None


_ONE_ISLAND = re.compile(r"(?i)\b(?:island|isle|islet)\b")
#: Before a place named as a landmark of where another lies: "between Greenland and",
#: "between" (the first of the two).
_BETWEEN_BEFORE = re.compile(r"(?<!\w)between\s+(?:[^\W\d][\w'’-]*\s+){0,4}(?:and\s+)?$")


_OWN_GOVERNMENT = re.compile(
    r"\s*(?:(?:military|civilian|central|federal|interim)\s+)?"
    r"(?:government|junta|regime|authorities|administration|military|army|armed\s+forces|police)\b"
)

#: Before a country: its government or army ("правительство Мали контролирует не более
#: половины территории страны", "армія Судану контролює схід і центр країни", "the
#: government of Mali").
_GOVERNMENT_BEFORE = re.compile(
    r"(?<!\w)(?:(?:government|junta|authorities|regime)\s+(?:of|in)\s+(?:the\s+)?|"
    r"(?:правительств|власт|уряд|влад|режим|хунт|арм[іи][яиюєе]\w*|військ\w*|войск\w*)\w*\s+)$"
)


def _most_named(
    text: str, start: int, ctx: _Context, holders: set[str], nearest: str | None
) -> str | None:
    """The country the figure's sentence names most often, if more often than ``nearest``.

    Countries and the places in them count; holders do not. Else ``nearest``.
    """
    s0, _s1 = _sentence_bounds(text, start, start)
    ends, chosen = ctx.every
    votes: Counter[str] = Counter(
        m.country
        for m in chosen[bisect.bisect_left(ends, s0) : bisect.bisect_right(ends, start)]
        if m.start >= s0 and m.country and m.country not in holders and m.kind != "metonym"
    )
    if not votes:
        return nearest
    best, n = votes.most_common(1)[0]
    return best if n > votes.get(nearest or "", 0) else nearest


#: A plural unit word that ends names listed together: "the Kursk and Belgorod regions".
_PLURAL_UNIT_END = re.compile(
    r"\s+(?:regions|oblasts|provinces|governorates|states|областей|областях|областями)(?!\w)"
)
_AND_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+(?:та|і|и|й)\s+)")


def _jointly_named(low: str, m: _Mention, ctx: _Context) -> bool:
    """Whether ``m`` is one of names that share a plural unit word.

    "the Kursk and Belgorod regions": a later singular "the oblast" means neither.
    """
    if _PLURAL_UNIT_END.search(low, m.start, m.end) or _PLURAL_UNIT_END.match(low, m.end):
        return True
    joined = _AND_NEXT.match(low, m.end)
    nxt = ctx.at.get(joined.end()) if joined else None
    return nxt is not None and (
        _PLURAL_UNIT_END.search(low, nxt.start, nxt.end) is not None
        or _PLURAL_UNIT_END.match(low, nxt.end) is not None
    )


#: Who says "our country": "“... 30 percent of our country,” a Ukrainian MP said".
_SPEAKER = re.compile(
    rf"\b(?:(?:a|an|the)\s+|(?=\w+\s+\w+s\b))(?:(?:senior|top|former|leading)\s+)?"
    rf"(?P<dem>{_alt(list(_EN_DEMONYMS))})\w*\s+(?:mp|lawmaker|official|minister|president|"
    r"diplomat|commander|general|spokes\w+|deputy|senator|legislator|politician|envoy|"
    r"ambassador|negotiator|officer|soldier|analyst|leader|governor)s?\b"
)


def _speaker_country(low: str, start: int, ctx: _Context | None = None) -> str | None:
    """The country of who speaks of "our country" in a quote, else None.

    The demonym of a speaker named in the figure's sentence or right after it (within 160
    characters): "“... 30 percent of our country,” a Ukrainian MP said".
    """
    s0 = max(low.rfind(". ", 0, start), low.rfind("\n", 0, start), 0)
    m = _SPEAKER.search(low, s0, min(len(low), start + 160))
    if m is not None:
        return _DEMONYMS.get(m.group("dem"))
    if ctx is not None:
        # "Ukraine's ambassador said ...", "..., Ukraine's president told parliament"
        ends, chosen = ctx.groups[0]
        hi = min(len(low), start + 160)
        for c in chosen[bisect.bisect_left(ends, s0) : bisect.bisect_right(ends, hi)]:
            if c.start >= s0 and _SPEAKER_OFFICE_AFTER.match(low, c.end):
                return c.country
    return None


#: After a country's possessive: an office whose holder speaks ("Ukraine's president").
_SPEAKER_OFFICE_AFTER = re.compile(
    r"(?<=['’]s)\s+(?:(?:former|top|senior|foreign|defence|defense)\s+)?(?:president|"
    r"ambassador|envoy|minister|prime\s+minister|foreign\s+minister|official|leader|"
    r"spokes\w+|representative|delegate)\b"
)


#: The type of a first-level unit a generic word or a name says, by its stem.
_UNIT_TYPE_WORD = re.compile(
    r"(?<!\w)(?P<t>oblast|област|krai|kray|кра[йюєея]|republic|республ|okrug|округ|province|"
    r"провинци|провінці|state|штат|governorate|мухафаз)\w*"
)
_UNIT_TYPES = {
    "oblast": "oblast", "област": "oblast", "krai": "krai", "kray": "krai", "край": "krai",
    "краю": "krai", "крає": "krai", "крае": "krai", "края": "krai", "republic": "republic",
    "республ": "republic", "okrug": "okrug", "округ": "okrug", "province": "province",
    "провинци": "province", "провінці": "province", "state": "state", "штат": "state",
    "governorate": "governorate", "мухафаз": "governorate",
}  # fmt: skip


_RUSSIAN_UNIT_TYPES = frozenset({"oblast", "krai", "okrug"})


def _unit_type(phrase: str) -> str | None:
    """The unit type a phrase's last type word says ("the oblast" -> "oblast"), else None."""
    found = list(_UNIT_TYPE_WORD.finditer(phrase.lower()))
    return _UNIT_TYPES[found[-1].group("t")] if found else None


def _context_whole(
    text: str,
    low: str,
    start: int,
    ctx: _Context,
    units_only: bool = False,
    kind_of: str | None = None,
) -> str | None:
    """The region, entity or area named before a figure, for "of the region".

    With ``units_only`` (the word was "oblast", "province", "state", "області"), only a
    first-level unit or an entity: "захопив близько трьох чвертей області" after
    "Донеччину" and "Донбас" is a share of the oblast, not of the Donbas.

    Never one that names the forces holding ground ("Amhara forces still occupy Western
    Tigray, around a quarter of the region's territory" is a quarter of Tigray, and so
    with "forces from the Amhara region"): the holder is never the whole.

    ``kind_of``, the phrase that calls the whole ("the oblast"), passes over a unit whose
    name says another type ("Poltava Oblast ... Khabarovsk Krai ... a tenth of the oblast"
    is Poltava's).
    """
    ends, chosen = ctx.wholes
    k = bisect.bisect_right(ends, start)
    included = capital = None
    wanted = _unit_type(kind_of) if kind_of else None
    for i in range(k - 1, max(-1, k - 6), -1):
        m = chosen[i]
        if start - m.end > 600:
            break
        if (
            wanted in _RUSSIAN_UNIT_TYPES
            and (named := _unit_type(text[m.start : m.end])) in _RUSSIAN_UNIT_TYPES
            and named != wanted
        ):
            continue  # an oblast is no krai (writers call an oblast a province, though)
        if _FORCES_AFTER.match(text, m.end) or _FORCES_BEFORE.search(
            text, max(0, m.start - 30), m.start
        ):
            continue
        if units_only and m.kind == "area" and not m.iso_3166_2:
            continue
        if (
            _BORDER_WITH.search(text, max(0, m.start - 30), m.start)
            # (and the one listed after it: "на межі з Харківщиною та Донеччиною")
            or _BORDER_WITH_LIST.search(text, max(0, m.start - 80), m.start)
            or _NEIGHBOURS_BEFORE.search(low, max(0, m.start - 80), m.start)
        ):
            continue  # "на межі з Донецькою областю — 0,1% території області": a neighbour
        if _the_part(text, low, m, start):
            continue  # "На Итуруп приходится почти две трети этой площади": the part
        if _PART_OF_CLAIMED_BEFORE.search(
            low, max(0, m.start - 30), m.start
        ) and not _WHERE_AFTER.match(low, m.end):
            # "Arunachal Pradesh, which it claims as part of Tibet": not the topic (but "as
            # part of Hokkaido, where they would make up 6% of the prefecture" is)
            continue
        if _INCLUDED_BEFORE.search(low, max(0, m.start - 60), m.start) or (
            _jointly_named(low, m, ctx)
        ):
            # "55% of Kashmir, including the Kashmir Valley and Ladakh, while Pakistan
            # administers about a third of the region": a part listed, not the region; "the
            # Kursk and Belgorod regions. ... 200 km² of the oblast": one of several named
            # together, not the one region meant
            included = included or _whole_id(m)
            continue
        if m.unit_id in _gazetteer().capital_units or _bare_capital(text, m):
            # "officials in Kyiv conceded the oblast was 99.8 percent occupied": a capital
            # that is a unit of its own is the oblast meant only when no other is named;
            # and so is a national capital's bare name, a city or its government ("left
            # Beijing with about a fifth of the region")
            capital = capital or _whole_id(m)
            continue
        return _whole_id(m)
    if included is not None:
        return included
    if capital is not None:
        return capital
    # "Staff of the Luhansk Regional Military Administration ... say that more than 99% of
    # the region is now occupied": the unit an administration's name names
    office = _office_unit(text, start)
    if office is not None:
        return office
    # "Russia's offensive north of Kharkiv captured about 300 km² of the region": with no
    # unit named, a town named like the unit it lies in (not a dateline's)
    c_ends, towns = ctx.groups[1]
    k = bisect.bisect_right(c_ends, start)
    for m in reversed(towns[max(0, k - 3) : k]):
        if start - m.end > 300:
            break
        alike = _unit_named_alike(m)
        if alike is not None and m.unit_id not in _gazetteer().capital_units:
            return alike
    if not units_only:
        # "Марокко контролирует около 80% территории региона" after Western Sahara: a
        # disputed territory the data draws as a country of its own
        c_ends, countries = ctx.groups[0]
        k = bisect.bisect_right(c_ends, start)
        for m in reversed(countries[max(0, k - 4) : k]):
            if m.country in _TERRITORY_COUNTRIES and start - m.end <= 600:
                return m.country
    return None


def _bare_capital(text: str, m: _Mention) -> bool:
    """Whether a unit's mention is the bare name of the national capital it bears.

    "Beijing", "Пекин"; not "Beijing Municipality", which names the unit.
    """
    if m.kind != "region":
        return False
    gaz = _gazetteer()
    key = normalize(text[m.start : m.end].removesuffix("'s").removesuffix("’s"))
    capital = gaz.capitals.get(key)
    return capital is not None and capital[0] == m.unit_id


#: A regional administration's name: "the Luhansk Regional Military Administration",
#: "Луганської обласної військової адміністрації", "Луганской ОВА".
_OFFICE_NAME = re.compile(
    r"(?P<en>[A-Z][\w'’-]+)\s+(?:Regional|Oblast)\s+(?:(?:Military|State)\s+)?"
    r"(?:Administration|Council)\b"
    r"|(?P<cyr>[А-ЯІЇЄҐЁ][а-яіїєґё'’-]+(?:ськ|цьк|зьк|ск|цк|зк)(?:ої|ой|ій|а|ая|ую|у))\s+"
    r"(?:обласн\w+|областн\w+|ОВА|ОДА|ВГА)(?!\w)"
)


def _office_unit(text: str, start: int) -> str | None:
    """The unit a regional administration's name names, else None.

    The last such name in the figure's sentence or the one before it ("the Luhansk
    Regional Military Administration", "Луганской ОВА"), read by the gazetteer: a name
    that is no unit's, or several units', names none.
    """
    s0, _s1 = _sentence_bounds(text, start, start)
    p0 = _sentence_bounds(text, s0 - 2, s0 - 2)[0] if s0 > 1 else s0
    found = None
    for m in _OFFICE_NAME.finditer(text, p0, start):
        found = m
    if found is None:
        return None
    gaz = _gazetteer()
    kid = key_id(gaz, normalize(found.group("en") or found.group("cyr")))
    if kid is None:
        return None
    units = {c.unit_id for c in gaz.candidates[kid] if c.kind == "region"}
    if len(units) != 1:
        return None
    uid = units.pop()
    iso = gaz.units.get(uid, (None,))[0]
    return iso if isinstance(iso, str) and iso else uid


#: The whole a claimant counts a place part of: "which it claims as part of Tibet".
_WHERE_AFTER = re.compile(r"\s*,\s*(?:where|в\s+которой|де|у\s+якій)(?!\w)")
_PART_OF_CLAIMED_BEFORE = re.compile(
    r"(?<!\w)(?:(?:as|як|как)\s+(?:a\s+|an\s+)?part\s+of|частью|частиною)\s+$"
)
#: Before a place listed as a part of the one named before it: "Kashmir, including ...".
_INCLUDED_BEFORE = re.compile(
    r"(?<!\w)(?:including|such\s+as|включая|в\s+том\s+числе|зокрема|у\s+тому\s+числі|"
    # "Западный берег вместе с Восточным Иерусалимом": named with the whole, inside it
    r"включно\s+з|together\s+with|along\s+with|вместе\s+с|разом\s+з(?:і|о)?)\s+[^.;:!?()]*$"
)


@functools.cache
def _seats() -> dict[str, str]:
    """The seats of de facto and regional governments, by name, with what they govern.

    From ``seat_of`` in ``geoclaims/text/data/capitals.csv`` (Hargeisa: Somaliland's area
    id, Erbil: IQ-KR).
    """
    with CAPITALS_FILE.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        seats = {normalize(r["name"]): r["seat_of"] for r in rows if r["seat_of"]}
    capitals = _gazetteer().capitals
    # under the name of the city the gazetteer gives them ("Hargeisa" is GeoNames' Hargeysa)
    return seats | {
        normalize(capitals[key][1]): seat for key, seat in seats.items() if key in capitals
    }


def _seat_whole(m: _Mention | None) -> str | None:
    """The territory a mention governs: a seat's (see :func:`_seats`), else its own whole."""
    if m is None:
        return None
    if m.kind in ("city", "metonym") and (seat := _seats().get(normalize(m.name))):
        return seat
    return _whole_id(m) if m.kind in _WHOLE_KINDS else None


def _claimant_whole(m: _Mention) -> str | None:
    """What a claimant's claim is to.

    A country's or a government's own country, a seat's territory ("Hargeisa":
    Somaliland), a territory's own ("Somaliland claims").
    """
    if m.kind in ("country", "metonym"):
        return m.country
    return _seat_whole(m)


def _claimant_before(text: str, start: int, ctx: _Context) -> _Mention | None:
    """The last country, government, territory or seat of the sentence before ``start``.

    A first-level unit or a town is no claimant ("Kinmen County is about 151 sq km, less
    than half a percent of the territory it governs" is Taipei's, named before).
    """
    s0, _s1 = _sentence_bounds(text, start, start)
    ends, chosen = ctx.every
    k = bisect.bisect_right(ends, start)
    for m in reversed(chosen[:k]):
        if m.start < s0:
            break
        if m.kind in ("country", "metonym", "entity", "area") or (
            m.kind == "city" and normalize(m.name) in _seats()
        ):
            return m
    return None


#: Generic words of second-level units ("of the district" after "Sinjar District") and of
#: island groups ("of the archipelago's land" after "the Chagos Archipelago").
_PLACE_HEADS = frozenset(
    {"district", "raion", "hromada", "county", "municipality", "archipelago", "atoll",
     # "Around 90% of the valley" after the Jordan Valley, "of the strip", "of the spit"
     "valley", "corridor", "triangle", "spit", "strip", "glacier", "reef", "shoal"}
)  # fmt: skip


def _place_by_head(phrase: str, start: int, ctx: _Context) -> str | None:
    """The named place whose name ends in the phrase's generic word, named last before.

    "Sinjar District ... about a third of the district": the place, which has no boundary
    and so is no whole of its own otherwise (see :func:`_context`). None for a phrase
    whose word is no second-level unit's or island group's.
    """
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in phrase.split()]
    head = words[-1]
    if head in ("land", "territory", "area") and len(words) > 1:
        head = words[-2]  # "of the archipelago's land"
    if head in ("chain", "group"):
        # "of the island chain's area", "of the chain's land", "of the group's roughly 6 sq
        # km" after "the Kuril Islands", "the Chagos Archipelago"
        head = "archipelago"
    if head.startswith(("архіпелаг", "архипелаг")):
        head = "archipelago"  # "половину площі всього архіпелагу"
    english = words[-2:] == ["princely", "state"]
    if head.startswith(("княжеств", "князівств")) or english:
        # "55% территории бывшего княжества": the former princely state, a named area
        # (Kashmir), not a unit carved from it; in English, the one the areas' table
        # defines as one ("7 percent of the former princely state" after "the Kashmir
        # Valley" is Kashmir's, not the valley's)
        ends, chosen = ctx.every
        k = bisect.bisect_right(ends, start)
        for m in reversed(chosen[max(0, k - 12) : k]):
            if start - m.end > 600:
                break
            if m.kind == "area" and (not english or _whole_id(m) in _princely_states()):
                return _whole_id(m)
        if english:
            # no state named as such: the one whose units the text names ("AJK covers
            # 13,297 sq km, about 6 percent of the old princely state": Kashmir)
            members = _area_members()
            from geoclaims.boundaries import country_name

            for m in reversed(chosen[max(0, k - 12) : k]):
                for a in _princely_states():
                    if m.unit_id is not None and m.unit_id in members.get(a, ()):
                        return a
                    # "The Kashmir Valley covers ... 7 percent of the former princely
                    # state": a named area that bears the state's name lies in it
                    if m.kind == "area" and country_name(a) in str(m.name):
                        return a
        return None
    if head.startswith("район"):
        head = "raion"  # "третини району", "трети района"
    elif head.startswith("громад"):
        head = "hromada"
    if head not in _PLACE_HEADS:
        return None
    # "Izium Raion ... a quarter of the district": a raion is a district
    heads = ("raion", "district") if head in ("raion", "district") else (head,)
    if head == "archipelago":
        heads = ("archipelago", "islands")  # the archipelago of "the Kuril Islands"
    ends, chosen = ctx.every
    k = bisect.bisect_right(ends, start)
    for m in reversed(chosen[max(0, k - 6) : k]):
        if start - m.end > 600:
            break
        if m.kind == "area" and m.name.lower().endswith(heads):
            return _whole_id(m)
    return None


def _the_part(text: str, low: str, m: _Mention, start: int) -> bool:
    """True when ``m`` is the part whose share the figure at ``start`` gives.

    "Iturup alone accounts for roughly 63% of that area", "На Итуруп приходится почти
    две трети этой площади": the subject of the figure's own clause is never its whole.
    """
    if m.end > start or start - m.end > 130:
        return False
    if _PART_VERB.fullmatch(low, m.end, start):
        return True
    apposed = _PART_APPOSITION.match(low, m.end, start)
    if apposed is not None and _PART_VERB.fullmatch(low, apposed.end(), start):
        return True
    return bool(
        _CYR_ON_BEFORE.search(low, max(0, m.start - 4), m.start)
        and _CYR_FALLS_TO.match(low, m.end)
    )


_CYR_ON_BEFORE = re.compile(r"(?<!\w)на\s+$")
_CYR_FALLS_TO = re.compile(
    r"\s+(?:приход\w*|припада\w*)\s+(?:(?:почти|около|примерно|более|менее|майже|близько|"
    r"приблизно|понад|менше)\s+)?(?=\S)"
)


#: Before a place: a border with it (a neighbour named, not the place talked about).
_BORDER_WORDS = (
    r"(?i)(?:(?:borders?|frontiers?)\s+with|bordering|(?:на|біля|поблизу|уздовж|вздовж)\s+"
    r"межі\s+з|на\s+кордоні\s+з|"
    r"на\s+границе\s+с|(?:у|вдоль|около|возле)\s+границы\s+с|"
    r"(?:біля|уздовж|вздовж|поблизу)\s+кордону\s+з|"
    r"граничащ\w*\s+с|межу\w*\s+з)\s+(?:the\s+)?"
)
_BORDER_WITH = re.compile(_BORDER_WORDS + "$")
#: A neighbour listed after another: "на межі з Харківщиною та " before "Донеччиною".
_BORDER_WITH_LIST = re.compile(
    _BORDER_WORDS + r"[^.;:!?,]{1,40}?(?:,\s*|\s+(?:та|і|й|и|and|or|або|или)\s+)$"
)
#: Before and after a place: its forces or authorities, the holder of ground, not a
#: whole ("Amhara forces", "forces from the Amhara region").
_FORCES_BEFORE = re.compile(
    r"(?i)(?:forces|troops|militias?|fighters)\s+(?:from|of)\s+(?:the\s+)?"
    # "Forces from the neighbouring Amhara region"
    r"(?:neighbou?ring\s+|nearby\s+|adjacent\s+)?$"
)
_FORCES_AFTER = re.compile(
    r"(?i)\s+(?:forces|troops|militias?|fighters|army|authorities|сил\w*|військ\w*|войск\w*)\b"
)


_FRAME = re.compile(
    r"[\s\"'«„“]*(?:in|within|across|throughout|у|в|во|на)\s+(?:the\s+)?"
    r"(?:(?:neighbou?ring|nearby|adjacent|(?:north|south)(?:-?(?:east|west))?(?:ern)?|"
    r"east(?:ern)?|west(?:ern)?|central|сусідн\w+|соседн\w+)\s+)?",
    re.IGNORECASE,
)


#: A clause set against the one before, which may open a frame of its own: ", while",
#: ", whereas", ", but", ", а", ", тоді як", ", тогда как", ", в то время как".
_CLAUSE_OPENER = re.compile(
    r"(?i),\s*(?:while|whereas|but|and|а|але|но|тоді\s+як|тогда\s+как|"
    r"в\s+то\s+время\s+как)(?=\s)"
)


def _last_clause_opener(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last :data:`_CLAUSE_OPENER` in ``text[lo:hi]``, else None."""
    openers = list(_CLAUSE_OPENER.finditer(text, lo, hi))
    return openers[-1] if openers else None


def _frame_whole(text: str, start: int, ctx: _Context) -> str | None:
    """The region, entity or area a figure's sentence opens with as its frame.

    "In Zaporizhzhia oblast, the occupiers control about 70% of the territory" (and "У
    Запорізькій області ... 70% території") is a share of the oblast, not of Ukraine. None
    when the sentence opens otherwise, or when another place is named between the frame
    and the figure ("..., а по всій Україні — 18% території"). A clause after a semicolon
    or a colon opens a frame too ("...; у Харківській області вони контролюють 5%").
    """
    s0, _s1 = _sentence_bounds(text, start, start)
    if s0 == 0 and (dateline := _DATELINE_OPENS.match(text)) is not None:
        s0 = dateline.end()  # "KYIV, 1 October 2024 — In Donetsk region, ..."
    c0 = max(text.rfind(";", s0, start), text.rfind(":", s0, start)) + 1
    opener = _last_clause_opener(text, s0, start)
    if opener is not None:
        # "..., while in Luhansk region they hold some 98% of it"
        c0 = max(c0, opener.end())
    m = _FRAME.match(text, c0, start) if c0 > s0 else None
    if m is None or m.end() not in ctx.at:
        # (a clause's own frame first: "..., while in Luhansk region they hold 98%")
        m = _FRAME.match(text, s0, start)
    if m is None or m.end() not in ctx.at:
        return _heading_whole(text, s0, start, ctx)
    frame = ctx.at[m.end()]
    if frame.kind not in _WHOLE_KINDS or frame.kind == "country" or frame.end > start:
        return None
    ends, every = ctx.every
    k = bisect.bisect_right(ends, start)
    # the places that qualify the frame right after it are its own: "У Краматорському
    # районі Донеччини російські війська ... просунулися на 300 км²"
    last = frame
    for nxt in every[bisect.bisect_right(ends, frame.end) : k]:
        if nxt.start <= last.end or not (
            _FRAME_QUALIFIER.fullmatch(text, last.end, nxt.start)
            # "In the Zaporizhzhia and Kherson regions, Russian troops control about 75% of
            # the territory": the frame's list, its first place the whole named
            or (
                nxt.kind in ("region", "area", "entity")
                and _FRAME_LIST_GAP.fullmatch(text, last.end, nxt.start)
                # (figures said "respectively" of the list are each place's own)
                and not _RESPECTIVELY.search(text.lower(), s0, _s1)
            )
        ):
            break
        last = nxt
    if k and every[k - 1].start > last.start and every[k - 1].kind != "metonym":
        # "In Belgorod region, ... farmland near the frontier with Kharkiv Oblast ..., and
        # some 1,400 km²": a neighbour named by its border is no other whole
        between = every[bisect.bisect_right(ends, last.end) : k]
        if not all(
            m.kind == "metonym"
            # the frame again, by another name ("In Kayah State, which resistance groups
            # call Karenni, they control 90% of the territory")
            or _whole_id(m) == _whole_id(frame)
            or _BORDER_WITH.search(text, max(0, m.start - 30), m.start)
            # "In the Donetsk region, Russia occupies a little over half of the territory":
            # the holder, no other whole
            or (m.kind == "country" and _COUNTRY_HOLDS_AFTER.match(text, m.end))
            for m in between
        ):
            return None
    return _whole_id(frame)


#: After a country: a verb of holding ground ("Russia occupies", "Росія контролює").
_COUNTRY_HOLDS_AFTER = re.compile(
    r"(?i)(?:['’]s\s+\w+)?\s+(?:(?:still|now|already|вже|уже|ещё|досі)\s+)?(?:occup\w+|holds?|held|"
    r"controls?|controlled|administers?|окуп\w+|оккуп\w+|контрол\w+|утриму\w+|удержива\w+)\b"
)
#: Between the places of a frame's list: " and ", ", ", " та ".
_FRAME_LIST_GAP = re.compile(r"(?i)\s*(?:,\s*(?:and\s+)?|\s+(?:and|та|і|й|и)\s+)(?:the\s+)?")
#: Between a frame and a place that qualifies it: "районі Донеччини", "Raion of Donetsk".
_FRAME_QUALIFIER = re.compile(r"\s+(?:of\s+(?:the\s+)?)?")


_HEADING_AFTER = re.compile(r"[ \t]*:")


def _heading_whole(text: str, s0: int, start: int, ctx: _Context) -> str | None:
    """The region, entity or area a sentence opens with as a heading, before a colon.

    "Курская область: ВСУ удерживают около 1 300 кв. км", "Luhansk region: by July 2022
    Russian forces held 99%": the figures after the colon are the place's. None when no
    place and colon open the sentence, or another place stands before the figure.
    """
    lead = len(text[s0:start]) - len(text[s0:start].lstrip(" \t\"'«„“"))
    men = ctx.at.get(s0 + lead)
    if (
        men is None
        or men.kind not in ("region", "entity", "area")
        or men.end >= start
        or not _HEADING_AFTER.match(text, men.end)
    ):
        return None
    ends, every = ctx.every
    k = bisect.bisect_right(ends, start)
    if k and every[k - 1].start > men.start and every[k - 1].kind in _WHOLE_KINDS:
        return None  # "Kherson region: Russia holds ... of Zaporizhzhia": that place
    return _whole_id(men)


_LIES_IN_BEFORE = re.compile(
    r"(?<!\w)(?:sits|lies|lay|located|situated)\s+(?:in|within)\s+(?:the\s+)?$"
)


_COUNTRY_OF_UNIT_GAP = re.compile(r"\s*(?:,|\s+of|\s+in)?\s*(?:the\s+)?")


#: Between a place and a figure whose verb is left out: "in Kherson, roughly".
_ELLIPTIC_GAP = re.compile(r"\s*[,—–:]\s*")


def _placed_whole(text: str, low: str, start: int, ctx: _Context) -> str | None:
    """The place an area figure's sentence puts the action in, right before it.

    The nearest place named before the figure in its sentence, when a preposition of
    place stands before it, passing over a holder named in between ("advances in Ukraine
    slowed to 350 km² a month", "захопили в Запорізькій області щонайменше 100 кв. км",
    "ВСУ вошли в Курскую область и заняли более тысячи квадратных километров"); else
    None. A place named after it ("..., where") is read by :func:`_where_whole`.
    """
    s0, _s1 = _sentence_bounds(text, start, start)
    ends, every = ctx.every
    k = bisect.bisect_right(ends, start)
    if not k:
        return None
    last = every[k - 1]
    # (not a government in an aside: "заняли, по заявлению Киева, около 1,3 тыс. кв. км")
    if last.kind != "metonym" and _APPOSED.fullmatch(text, last.end, start) and (
        not _PLACE_PREP_BEFORE.search(text, max(s0, last.start - 30), last.start)
        or _CLAIM_ON_BEFORE.search(text, max(s0, last.start - 30), last.start)
        # "Canberra sits in the Australian Capital Territory, about 2,358 km²": where a
        # place lies, and that place's size
        or _LIES_IN_BEFORE.search(low, max(s0, last.start - 30), last.start)
    ):
        return None  # "Crimea, about 27,000 km²": its own size ("the pocket in Kursk, about
        # 1,300 km²" is a part of it)
    lo = max(0, k - 4)
    for i in range(k - 1, lo - 1, -1):
        place = every[i]
        if place.start < s0:
            return None
        capital = place.unit_id in _gazetteer().capital_units
        if (
            place.kind in _WHOLE_KINDS
            and not capital
            and _PLACE_PREP_BEFORE.search(text, max(s0, place.start - 30), place.start)
        ):
            return _whole_id(place)
        if (
            place.kind == "city"
            and not capital
            and i == k - 1
            and _ELLIPTIC_GAP.fullmatch(low, place.end, start)
            and _PLACE_PREP_BEFORE.search(text, max(s0, place.start - 30), place.start)
            and (alike := _unit_named_alike(place)) is not None
        ):
            # "In Zaporizhzhia, Russia holds about 75% of the region; in Kherson, roughly a
            # quarter": the province named alike, its verb and whole left out
            return alike
        if not (
            # "officials in Kyiv conceded the oblast was 99.8 percent occupied": a capital
            # that is a unit of its own is where its government speaks, not ground measured
            capital
            # "crossed into Dnipropetrovsk Oblast, taking the village of Dachne and a strip
            # of roughly 100 km²": a town taken on the way, inside the place
            or (
                place.kind == "city"
                and _TAKEN_TOWN_BEFORE.search(low, max(s0, place.start - 40), place.start)
            )
            or
            # "в Курську область Російської Федерації": the country a unit lies in
            (
                i > lo
                and place.kind == "country"
                and every[i - 1].kind in ("region", "entity")
                and every[i - 1].country == place.country
                and _COUNTRY_OF_UNIT_GAP.fullmatch(low, every[i - 1].end, place.start)
            )
            or place.kind == "metonym"
            or (
                place.kind == "country"
                and (
                    place.country in _holders(text, low, start, ctx)
                    or _UNDER_CONTROL.search(low, max(0, place.start - 30), place.start)
                )
            )
        ):
            return None  # another place between: not where the figure lies
    return None


#: Before a town: a verb of taking it ("taking the village of", "захопивши село").
_TAKEN_TOWN_BEFORE = re.compile(
    r"(?:\b(?:tak|captur|seiz|overrunn?|enter)(?:e|es|ed|en|ing)?|\btook|захопи\w*|зайня\w*|"
    r"взя\w*|захвати\w*|заня\w*)\s+(?:the\s+)?"
    r"(?:(?:village|town|city|settlement|hamlet)\s+of\s+|"
    r"(?:село|селище|місто|город|поселок|посёлок)\s+)?$"
)


def _part_before(text: str, low: str, start: int, ctx: _Context) -> str | None:
    """The place a part named just before an area figure is of, else None.

    "seizing the rest of Donetsk Oblast, about 6,600 km² still held by Kyiv", "the part of
    Donetsk still in Ukrainian hands, some 6,000 km²", "a swathe of North Kivu estimated at
    roughly 4,000 square kilometres": the figure is the part's size, a share of the place.
    """
    s0, _s1 = _sentence_bounds(text, start, start)
    ends, every = ctx.every
    k = bisect.bisect_right(ends, start)
    if not k:
        return None
    m = every[k - 1]
    if (
        m.start < s0
        or m.kind not in ("region", "entity", "area")
        or not _PART_GAP_TO_SIZE.fullmatch(low, m.end, start)
        or not _PART_OF_BEFORE_WHOLE.search(low, max(s0, m.start - 30), m.start)
    ):
        return None
    return _whole_id(m)


#: Between a part's place and its size: an apposition, or "estimated at".
_PART_GAP_TO_SIZE = re.compile(
    r"(?:\s+(?:still\s+)?(?:in|under|held\s+by)\s+[^,;.:()]{1,30})?\s*[,—–(]\s*"
    r"|\s+(?:estimated|put|measured|reckoned)\s+at\s+"
)


#: Nouns for a part of a place: "the rest of", "pockets of", "a sliver of".
_PART_NOUNS = (
    r"rest|remainder|parts?|portions?|swathes?|swaths?|strips?|belts?|slices?|chunks?|"
    r"pockets?|slivers?|corners?|pieces?"
)
_PART_OF_BEFORE_WHOLE = re.compile(
    # not a fraction's word ("п'яту частину України — понад 110 тисяч")
    r"(?<![\w'’ʼ])(?<!п'яту\s)(?<!пятую\s)(?<!третю\s)(?:" + _PART_NOUNS + r"|решт\w*|"
    r"част\w*|остальн\w+\s+част\w*)\s+(?:of\s+)?(?:the\s+)?$"
)


def _where_whole(text: str, low: str, start: int, ctx: _Context) -> str | None:
    """The region, entity or area a relative "where" clause holding the figure follows.

    "in a Kherson region where Russia occupies roughly 70% of the land", "з решти
    Донецької області, де Україна контролює близько 6,6 тис. кв. км"; else None.
    """
    s0, _s1 = _sentence_bounds(text, start, start)
    ends, wholes = ctx.wholes
    k = bisect.bisect_right(ends, start)
    if not k or wholes[k - 1].start < s0:
        return None
    place = wholes[k - 1]
    m = _WHERE_AFTER.match(low, place.end)
    if m is None or _CLAUSE_BREAK_IN.search(low, m.end(), start):
        return None
    return _whole_id(place)


_WHERE_AFTER = re.compile(r",?\s+(?:where|in\s+which|де|где|в\s+якій|в\s+которой)(?!\w)")
_CLAUSE_BREAK_IN = re.compile(r"[;:!?]|\.\s")


# "під контролем РФ", "under the control of Russia", "held by Russia": the holder
_UNDER_CONTROL = re.compile(
    r"(?:під\s+контролем|под\s+контролем|control\s+of|held\s+by|controlled\s+by|"
    r"occupied\s+by)\s+(?:the\s+)?$"
)
_APPOSED = re.compile(r"['’]?s?\s*[,—–(:]\s*|\s+(?:enclave|exclave|region|area|territory),\s*")
_PLACE_PREP_BEFORE = re.compile(
    # not the parts a whole is split into ("divided into Gilgit-Baltistan, some 72,971 km²")
    r"(?i)(?<!divided\s)(?<!split\s)(?<!partitioned\s)"
    r"(?<!\w)(?:in|inside|within|into|у|в|во|на|вглубь|углиб|вглиб|"
    # "Across the Kharkiv region as a whole, ...", as a sentence opens (not "a border
    # across Hans Island")
    r"(?<![\w,]\s)across|"
    # "зайшли з Сумщини до Курської області": "до" after a verb of going in
    r"(?:зайшл|увійшл|ввійшл|вторгл|прорвал|проникл)\w*\s+(?:[^\W\d]+\s+){0,2}?до)"
    r"\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)\w*\s+(?:of\s+(?:the\s+)?)?)?"
    # "in neighbouring Kherson oblast", "в соседней Херсонской области"
    r"(?:(?:neighbou?ring|nearby|adjacent|сусідн\w+|соседн\w+)\s+)?"
    # "in Ukraine's Sumy region", "на території Дніпропетровської області", "на півночі
    # Харківщини"
    r"(?:[\w-]+['’]s\s+|(?:територі\w+|территори\w+|півноч\w+|півдн\w+|сход\w+|заход\w+|"
    r"север\w*|юг\w*|восток\w*|запад\w*)\s+)?$"
)


#: Disputed territories that the data draws as countries of their own.
_TERRITORY_COUNTRIES = frozenset({"ESH", "PSE", "XKX", "TWN"})
#: Between a part and the share that measures it: "Area A, roughly", "Area C — the
#: remaining", "Area C ... makes up about".
_PART_BEFORE_SHARE = re.compile(
    r"\s*(?:[,—–(]|,?\s+(?:which|that|where)\s+[^.;!?]{0,60}?)?\s*(?:(?:makes?|made)\s+up|"
    r"accounts?\s+for|covers?|represents?|constitutes?|comprises?|is|was|the\s+remaining|"
    r"(?:охоплює|охватывает|займає|занимает|складає|составляет))?\s*"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|under|just|only|more\s+than|"
    r"less\s+than)\s+)?"
)


#: Before the place a dispute is over: "the dispute over the", "спора о", "суперечки щодо".
_DISPUTE_OVER_BEFORE = re.compile(
    r"(?<!\w)(?:(?:dispute|quarrel|row|standoff)s?\s+(?:over|about)\s+(?:the\s+)?"
    r"(?:(?:southern|northern|eastern|western|disputed)\s+)?|"
    r"(?:спор\w*|суперечк\w*|супереч\w*)\s+(?:о|об|вокруг|щодо|про|навколо|за)\s+)$"
)


def _in_dispute(low: str, start: int, ctx: _Context) -> str | None:
    """The region, entity or area a dispute is said to be over, named before ``start``.

    "... the dispute over the southern Kurils. ... less than 7% of the disputed
    territory": the Kurils, not the islands named last as its part.
    """
    ends, chosen = ctx.wholes
    k = bisect.bisect_right(ends, start)
    for m in reversed(chosen[max(0, k - 8) : k]):
        if start - m.end > 600:
            break
        if _DISPUTE_OVER_BEFORE.search(low, max(0, m.start - 40), m.start):
            return _whole_id(m)
    return None


#: Before a place left out of the one talked about: "excluding", "не включая", "без".
_EXCLUDED_BEFORE = re.compile(
    r"(?<!\w)(?:excluding|except(?:\s+for)?|not\s+counting|без|крім|кроме|за\s+винятком|"
    r"за\s+исключением|не\s+включая|не\s+враховуючи)\s+(?:the\s+)?$"
)


#: Before a share: a place left out of the share before, as its label ("Without Crimea —
#: about", "Excluding Crimea, about", "без урахування Криму — близько").
_LEFT_OUT_LABEL = re.compile(
    r"(?<!\w)(?:without|excluding|except(?:\s+for)?|not\s+counting|minus|"
    r"без(?:\s+(?:учета|учёта|урахування|врахування))?|не\s+считая|не\s+рахуючи|крім|"
    r"кроме|окрім|за\s+винятком|за\s+исключением)\s+[^\d,.;:—–]{2,40}?\s*[—–,:]\s*"
    r"(?:(?:about|around|roughly|some|nearly|almost|just\s+over|over|близько|около|"
    r"приблизно|примерно|майже|почти|понад|более)\s+)?$"
)
#: Before a place a figure leaves out, as a label: "without", "без учета", "без урахування",
#: "не считая", "не рахуючи".
_WITHOUT_BEFORE = re.compile(
    r"(?<!\w)(?:without|minus|без\s+(?:учета|учёта|урахування|врахування)|не\s+считая|"
    r"не\s+рахуючи|окрім|помимо)\s+(?:the\s+)?$"
)


def _left_out(low: str, m: _Mention) -> bool:
    """Whether a place is named as one left out ("excluding", "without", "без учета")."""
    lo = max(0, m.start - 30)
    return bool(
        _EXCLUDED_BEFORE.search(low, lo, m.start) or _WITHOUT_BEFORE.search(low, lo, m.start)
    )


def _context_area(text: str, low: str, start: int, ctx: _Context) -> str | None:
    """The named area talked about in the figure's sentence or the one before it.

    For "of the territory": "Kashmir is divided: India administers 55 percent of the
    territory" is Kashmir's share. None when the region or entity named last is no named area
    ("Russia took Crimea and holds 18% of the territory" is the country's share).
    """
    ends, chosen = ctx.wholes
    k = bisect.bisect_right(ends, start)
    s0, _s1 = _sentence_bounds(text, start, start)
    prev0 = _sentence_bounds(text, s0 - 2, s0 - 2)[0] if s0 > 1 else s0
    if (
        k
        and chosen[k - 1].start >= s0
        and chosen[k - 1].kind in ("area", "region")
        and (
            _PART_BEFORE_SHARE.fullmatch(low, chosen[k - 1].end, start)
            # "Iturup, the largest, alone makes up some 63 percent of the disputed area"
            or _the_part(text, low, chosen[k - 1], start)
        )
    ):
        # "Area A, roughly 18 percent of the territory": the part the figure measures is no
        # whole of it; the area named before it is
        k -= 1
    while k and _EXCLUDED_BEFORE.search(low, max(0, chosen[k - 1].start - 16), chosen[k - 1].start):
        k -= 1  # "The West Bank, about 5,655 sq km excluding East Jerusalem": left out of it
    # a named area two sentences back, none named since ("Just how small is the Gaza
    # Strip? At about 365 km², ... about 70% of the territory")
    prev2 = _sentence_bounds(text, prev0 - 2, prev0 - 2)[0] if prev0 > 1 else prev0
    best = (
        chosen[k - 1]
        if k
        and (
            chosen[k - 1].end >= prev0
            or (
                chosen[k - 1].kind == "area"
                and chosen[k - 1].end >= prev2
                and "\n\n" not in text[chosen[k - 1].end : start]
            )
        )
        else None
    )
    # A disputed territory that is a country of its own in the data (Western Sahara) is
    # such an area too: "Western Sahara, a desert territory, ... Rabat controls 80% of the
    # territory".
    cends, countries = ctx.groups[0]
    holders = _holders(text, low, start, ctx)
    for i in range(bisect.bisect_right(cends, start) - 1, -1, -1):
        c = countries[i]
        if c.end < prev0:
            break
        if c.country in _TERRITORY_COUNTRIES and c.country not in holders:
            if best is None or c.end > best.end:
                best = c
            break
    return _whole_id(best) if best is not None and best.kind in ("area", "country") else None


#: "the country" as the subject "its" stands for ("the country has lost a fifth of its").
_THE_COUNTRY_SUBJECT = re.compile(
    r"(?<!\w)the\s+(?:country|nation)\s+(?!['’]s)(?:has|had|have|is|was|now|still|lost|"
    r"controls?|controlled|holds?|held|says?|said)\b"
)
#: The parts named before as a clause's subject: "together they make up", "разом ці
#: території становлять".
_PARTS_PRONOUN = re.compile(
    r"(?<!\w)(?:(?:together|combined),?\s+they|they\s+together|(?:разом|вместе)\s+"
    r"(?:ці|эти|они|вони|це|это)(?:\s+(?:території|территории|регіони|регионы))?"
    # "they make up", "the two breakaway regions make up 18–20% of its territory"
    r"|(?:they|the\s+(?:[a-z-]+\s+){0,2}(?:regions|territories|provinces|areas|republics|"
    r"enclaves))(?=\s+(?:make\s+up|account\s+for|cover|represent|comprise)\s))\s+"
)


def _possessor_whole(text: str, low: str, start: int, ctx: _Context) -> str | None:
    """The whole "its territory" ("її території") belongs to.

    The nearest region, area or country named before the figure in its sentence that is
    not a holder, else the holder itself ("Ukraine controls about 80% of its territory"),
    else the whole "it" would stand for (see :func:`_pronoun_whole`).
    """
    s0, _s1 = _sentence_bounds(text, start, start)
    holders = _holders(text, low, start, ctx)
    ends, chosen = ctx.every
    k = bisect.bisect_right(ends, start)
    last = next((m for m in reversed(chosen[:k]) if m.start < start), None)
    the_country = _THE_COUNTRY_SUBJECT.search(low, max(s0, last.end if last else s0), start)
    if the_country is not None:
        # "Officials in Tbilisi say the country has lost a fifth of its land": "its" is
        # the country named after the last place, and that is the place's country
        return _the_country(text, low, the_country.start(), ctx)
    # "Georgia has not controlled Abkhazia or South Ossetia since 2008; together they
    # make up about a fifth of its territory": the parts are "they", "its" the place the
    # clause before is about
    they = _PARTS_PRONOUN.search(low, max(0, start - 80), start)
    if they is not None:
        c0 = max(low.rfind(";", 0, they.start()), low.rfind(". ", 0, they.start()))
        # "Грузія не контролює Абхазію та Цхінвальський регіон — разом це близько 20 %
        # її території": a dash before them ends the clause that names the parts
        dash = max(low.rfind(" — ", 0, they.start()), low.rfind(" – ", 0, they.start()))
        if dash > c0 and not low[dash + 3 : they.start()].strip():
            c0 = dash
        if c0 >= 0 and not any(
            c0 < m.start < start and m.kind in _WHOLE_KINDS for m in chosen[:k]
        ):
            p0, _p1 = _sentence_bounds(text, c0, c0)
            before = [m for m in chosen[bisect.bisect_left(ends, p0) : k] if p0 <= m.start < c0]
            # the country the clause is about, else its first whole (after a dash, only a
            # country: "Абхазія та Південна Осетія — разом це 20%" names no whole)
            about = next((m for m in before if m.kind == "country"), None) or next(
                (m for m in before if m.kind in _WHOLE_KINDS and c0 != dash), None
            )
            if about is not None:
                return _whole_id(about)
    first_holder = None
    # "Грузія втратила Абхазію та Південну Осетію, які разом становлять 20% її
    # території": the places a relative clause measures are the parts, not "її"
    rel = _PARTS_RELATIVE.search(low, s0, start)
    parts_from = start  # "Abkhazia and South Ossetia make up a fifth of its territory"
    for i in range(k - 1, -1, -1):
        m = chosen[i]
        if m.start < s0:
            break
        if (
            m.kind == "metonym"
            and m.country not in holders
            and _SPEAKER_VERB_AFTER.match(low, m.end)
        ):
            # "Tbilisi says Russia occupies 20% of its territory", "Baku said a fifth of
            # its territory was occupied": the government the capital stands for
            return m.country
        if m.kind not in _WHOLE_KINDS or _PART_OF_CLAIMED_BEFORE.search(
            low, max(0, m.start - 30), m.start
        ):
            continue  # ("считающий Аруначал-Прадеш частью Тибета": not what "its" is)
        if (
            _PART_VERB_GAP.fullmatch(low, m.end, parts_from)
            or (parts_from < start and _PARTS_LIST_GAP.fullmatch(low, m.end, parts_from))
            # "Moldova lost control of Transnistria, about 12% of its territory": a share
            # in apposition to a place measures it; "its" is not that place (but "pockets
            # of the region, less than 1% of its territory" and "1,300 km² of Kursk
            # Oblast, less than 5 percent of its territory" are the region's)
            or (
                parts_from == start
                and _APPOSED_SHARE_GAP.fullmatch(low, m.end, start)
                and text[m.start : m.start + 1].isupper()
                and not _MEASURED_BEFORE_NAME.search(low, max(0, m.start - 40), m.start)
                # a figure before it in the clause is the one restated ("30,000 sq km in
                # the east of Shan State — more than a fifth of its 155,800 sq km")
                # (in its own clause: "..., about 12% of its territory; Georgia has lost
                # Abkhazia and South Ossetia, about 18% of its land")
                and not _FIGURE_RESTATED_BEFORE.search(
                    low, max(s0, m.start - 80, low.rfind(";", s0, m.start) + 1), m.start
                )
                # a name in the genitive is a whole ("лівобережжя Херсонської області")
                and not _GENITIVE_UNIT.search(low, m.start, m.end)
            )
            # "the occupied part of Zaporizhzhia Oblast makes up 73% of its territory": the
            # oblast is the whole the part belongs to
        ) and not _PART_OF_BEFORE_WHOLE.search(low, max(0, m.start - 30), m.start):
            parts_from = m.start  # the parts measured, the subject of the verb
            continue
        if _possessive(text, m):
            if m.kind == "country" and _OWN_GOVERNMENT.match(low, m.end):
                return m.country  # "Burkina Faso's government controls 40% of its territory"
            continue
        if _COMPARED_IN_BEFORE.search(low, max(0, m.start - 60), m.start):
            # "Херсонська область ... була однією з найбільших в Україні; ... менше третини
            # її території": the set a place is compared in, not the place "its" is
            continue
        if m.kind == "country" and m.country in holders:
            # before the places a relative clause measures: "Morocco annexed Western
            # Sahara, which makes up about 37% of its territory" is Morocco's
            first_holder = first_holder or _whole_id(m)
            continue
        if (
            rel is not None
            and rel.start() - 80 <= m.end <= rel.start()
            # "Грузія втратила контроль над Абхазією та ..., які": the subject that lost
            # them is no part
            and not (m.kind == "country" and _LOST_PARTS_AFTER.match(low, m.end))
        ):
            continue
        if (
            m.kind != "country"
            and i > 0
            and chosen[i - 1].kind == "country"
            and chosen[i - 1].start >= s0
            and _REGAINED_GAP.fullmatch(low, chosen[i - 1].end, m.start)
        ):
            # "Azerbaijan retook Nagorno-Karabakh in 2023, restoring control over roughly
            # 5% of its territory": ground a country regained is its own, and "its" the
            # country's
            return chosen[i - 1].country
        return _whole_id(m)
    if first_holder is not None:
        # "Kashmir is a region of some 222,000 km². India administers roughly 55 percent
        # of its land area": the place the sentence before is about, not the holder
        topic = _topic_before(text, s0, ctx)
        if topic is not None:
            return topic
        # So is a country the sentence before opens with, when it is a disputed territory
        # ("Западная Сахара ... Марокко контролирует около 80 процентов ее площади") or
        # when the holder takes ground, which no one does of its own ("Georgia is a
        # country ... Russia occupies about 20 percent of its territory").
        opening = _topic_before(text, s0, ctx, countries=True)
        if opening is not None and opening != first_holder and (
            opening in _TERRITORY_COUNTRIES or _TAKING_VERB.search(low, s0, start)
        ):
            return opening
        # "Киев отверг требование вывести войска из Запорожской области. Россия
        # контролирует около 73% её территории": the other country's unit named last in
        # the sentence before
        foreign = _foreign_whole_before(text, s0, ctx, first_holder)
        if foreign is not None:
            return foreign
    # past the parts the figure measures: "it" is named before them
    return first_holder or _pronoun_whole(text, low, parts_from, ctx)


#: Between a country and a place it regained: "retook", "has recaptured all of".
_REGAINED_GAP = re.compile(
    r"\s+(?:(?:has|had|finally|fully|swiftly)\s+)*(?:retook|retaken|recaptured|regained|"
    r"reclaimed|liberated|reconquered|took\s+back|won\s+back|"
    # "restored its control over", "regained full control of"
    r"(?:restored|regained|reasserted|re-established|reestablished)\s+(?:its\s+)?(?:full\s+|"
    r"complete\s+|total\s+)?(?:control|sovereignty)\s+(?:over|of))\s+"
    r"(?:(?:all|most|the\s+whole|the\s+rest)\s+of\s+)?(?:the\s+)?"
)
#: After a country: its verb of losing or counting lost the places a relative clause
#: measures ("Грузія втратила контроль над", "Грузия считает", "Moldova lost").
_LOST_PARTS_AFTER = re.compile(
    r"\s+(?:(?:has|had|still|вже|уже)\s+)?(?:lost|ceded|considers|regards|втратил\w*|"
    r"вважає|считает|потерял\w*|утратил\w*)(?!\w)"
)


#: Before a share, the noun that says it is one more of the kind found before: "the share
#: is lower — roughly", "частка там — близько".
_SHARE_AGAIN_BEFORE = re.compile(
    # ("Українські аналітики називають меншу цифру — від 70 до 72%", "оценивают эту долю в")
    r"(?<!\w)(?:the\s+(?:share|proportion|figure)|(?:a|the)\s+(?:lower|higher|smaller|"
    r"larger)\s+(?:share|figure)|частк\w*|дол[яюеі]\w*|цифр\w*)\s+[^.;!?\d]{0,30}$"
)


#: After a share: a comparison with another figure ("16% less than", "на 16% менше").
_RELATIVE_AFTER = re.compile(
    r"\s+(?:less|more|fewer|smaller|larger|bigger|higher|lower)\s+than\b|"
    # "the Iraqi region, which is some 40 percent larger": a size compared, no share
    r"\s+(?:smaller|larger|bigger|greater|wider)(?=\s*(?:[,.;:!?)]|$))|"
    r"\s+(?:менше|більше|меньше|больше)(?:,\s+|\s+)(?:ніж|чем|за|від|от)\b"
)
#: A verb of saying after a capital that speaks for its government: "Baku long said".
_SPEAKER_VERB_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|long|still|also|now|again|repeatedly|always)\s+)*"
    r"(?:says?|said|claim(?:s|ed)?|insist\w*|maintain\w*|argue[sd]?|regard\w*|consider\w*|"
    r"stat(?:es|ed)|told|assert\w*|complain\w*|warn\w*|accuse[sd]?|"
    r"заяв\w+|вважа\w+|счита\w+|говор\w+|каже|казав|сказа\w+|стверджу\w+|"
    r"утвержда\w+|наполяга\w+|настаива\w+)(?!\w)"
)
#: Before a place: a superlative that compares within it ("one of the largest in").
_COMPARED_IN_BEFORE = re.compile(
    r"(?:\b(?:largest|biggest|smallest|poorest|richest)|найбільш\w*|найменш\w*|"
    r"крупнейш\w*|наибольш\w*|самы\w+\s+(?:больш|крупн|маленьк)\w*)"
    r"\s+(?:(?:regions?|provinces?|oblasts?|областей|регіонів|регионов|провінцій)\s+)?"
    r"(?:in|в|у)\s+$"
    # "найбільш замінований регіон України", "the most heavily mined region of Ukraine"
    # (a quality's superlative; "найбільша область України: 33,3 тис. км², або 5,5 % її
    # території" is a share of the country the set is)
    r"|(?:\bmost\s+(?:[\w-]+\s+){1,2}?|найбільш\s+[\w'’-]+\s+|найменш\s+[\w'’-]+\s+|"
    r"наиболее\s+[\w-]+\s+|наименее\s+[\w-]+\s+)"
    r"(?:regions?|provinces?|oblasts?|регіон\w*|регион\w*|област\w*|провінці\w*|"
    r"провинци\w*)\s+(?:(?:of|in)\s+(?:the\s+)?)?$"
)
# The verb between the parts a figure measures and the figure ("make up about a fifth")
_PART_VERB_GAP = re.compile(
    # (past a relative clause: "зона C, где Израиль полностью контролирует строительство,
    # занимает около 60% её площади")
    r"(?:\s*,\s*(?:where|which|that|де|яка|який|где|которая|который)\s[^,.;:!?]{1,80},)?"
    r"(?:\s+(?:in|on)\s+the\s+(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?)?"
    r"\s+(?:together\s+|alone\s+|combined\s+|разом\s+|вместе\s+)?"
    r"(?:make|makes|made|account|accounts|accounted|cover|covers|covered|constitute|"
    r"constitutes|form|forms|становлять|становить|составляют|составляет|займають|занимают|"
    r"займає|занимает)"
    r"(?:\s+(?:up|for))?(?:\s+(?:about|around|roughly|some|nearly|almost|около|примерно|"
    r"близько|приблизно))?\s+"
)
#: Between a place and a share set beside it ("Transnistria, about 12% of its territory").
_APPOSED_SHARE_GAP = re.compile(
    # "considers Abkhazia and South Ossetia occupied — together about 20 percent"
    r"(?:\s+(?:occupied|lost|annexed))?"
    r"\s*(?:,|—|–)\s*(?:(?:or|some|about|roughly|around|nearly|almost|approximately|"
    r"just|over|under|less|more|than|together|combined|близько|приблизно|майже|около|"
    r"примерно|почти|разом|вместе)\s+)*"
)
#: A part or a figure measured of the place named next ("pockets of the region", "1,300
#: km² of", "частина"): the place is the whole, not a part.
_MEASURED_BEFORE_NAME = re.compile(
    r"(?:\d|%|km²|km2|kilomet\w*|miles|cent|part|parts|portion|pockets?|strip|sliver|"
    r"corner|swathe?|chunk|half|third|quarter|fifth|all|most|much|north|south|east|west|"
    r"\w+ern|част\w*|км²|км2|кілометр\w*|километр\w*|всю|весь|всей|всієї|всього|"
    r"вся|большую|більшу|половину)\s+(?:of\s+|in\s+|у\s+|в\s+)?(?:the\s+)?$"
)
_GENITIVE_UNIT = re.compile(
    r"\b(?:області|области|штату|штата|краю|края|республіки|республики|провінції|"
    r"провинции|округу|округа)\b"
)
_DIGIT = re.compile(r"\d")
#: A figure before a place in its clause, no relative clause between ("30,000 sq km in the
#: east of Shan State", not "a country of 69,700 km² that has not controlled Abkhazia").
#: (A year is no figure: "In September 2023 Azerbaijan retook Nagorno-Karabakh, about 5% of
#: its territory" is Azerbaijan's.)
_FIGURE_RESTATED_BEFORE = re.compile(
    r"(?:\d(?<!(?<!\d)(?:1[89]|20)\d\d)|(?<!\d)(?:1[89]|20)\d\d(?=\s*(?:km|sq|square|кв|км|%|per)))"
    r"(?![^\d]*\b(?:that|which|who)\b)[^\d]*$"
)
_PARTS_RELATIVE = re.compile(
    r",?\s*(?:які|яка|яке|которые|которая|которое|which|that)\s+(?:разом\s+|вместе\s+|"
    r"together\s+)?(?:станов|состав|займа|make|makes|made|account|cover)\w*"
)


#: "of that area", "этой площади": the area a figure before gave.
#: Between a place and its area: "загальною площею близько", "with a total area of some".
_APPOSED_TERRITORY_GAP = re.compile(
    r"\s*,\s*an?\s+(?:[\w-]+\s+){0,3}?(?:territory|region|province|island|archipelago|"
    r"enclave|exclave|strip|zone)\s+of\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?"
)
_SIZE_NOUN_GAP = re.compile(
    r"\s*,?\s*(?:(?:with\s+)?(?:a\s+)?(?:total|combined|land)?\s*(?:area|size)\s+of|"
    r"(?:загальн\w+\s+|общ\w+\s+)?(?:площ\w+|площад\w+))\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|близько|приблизно|около|примерно|почти|"
    r"майже)\s+)?"
)
#: A sentence's opening up to the place whose area it gives: "The total area of ",
#: "Площадь ", "Загальна площа ".
_AREA_OF_OPENS = re.compile(
    r"\s*(?:(?:the\s+)?(?:total\s+|land\s+)?(?:area|size)\s+of\s+(?:the\s+)?|"
    r"(?:общая\s+|загальна\s+)?(?:площадь|площа)\s+)"
)
#: Between that place and its area: "is", "—", "составляет", "становить".
_AREA_OF_VERB = re.compile(
    r"\s*(?:is|was|stands\s+at|totals|—|–|-|:|составляет|составила|становить|складає|"
    r"сягає)?\s*(?:(?:about|around|roughly|some|nearly|almost|близько|приблизно|около|"
    r"примерно|почти|майже|свыше|более|понад|over|more\s+than)\s+)?"
)
_THAT_AREA = re.compile(
    # "80% of that combined area", "about two-thirds of the total"
    r"\s*(?:of\s+)?(?:(?:that|this)\s+(?:combined\s+|total\s+)?(?:area|total|land|territory)\b|"
    # (not "the total area of the US": a whole named)
    r"the\s+total\b(?!\s+(?:population|number|budget|cost|(?:land\s+)?(?:area|territory)\s+of\b))"
    r"|that\s*[.;,)]|that$)"
    r"|\s*(?:этой|этого|цієї|цього)\s+(?:площад\w*|площ\w*|территори\w*|територі\w*|"
    r"земл\w*|суш[иі])"
)


def _opening_whole(
    text: str, p0: int, start: int, ctx: _Context, countries: bool = False
) -> str | None:
    """The region, entity or area a sentence opens with, else None.

    With ``countries``, a country too. The sentence runs from ``p0``; past quotes and
    "the" or a description ending in "of" ("The former princely state of"); only a
    mention that ends before ``start``.
    """
    lead = len(text[p0:start]) - len(text[p0:start].lstrip(" \t\n\"'«„“"))
    article = _ARTICLE.match(text, p0 + lead)
    m = ctx.at.get(article.end() if article else p0 + lead)
    if m is not None and _dateline_place(text, m):
        # "ТАЙБЭЙ — Тайвань занимает ...": the sentence opens past its dateline
        past = _DATELINE_DASH.match(text, m.end)
        m = ctx.at.get(past.end()) if past else None
    kinds = ("region", "entity", "area", "country") if countries else ("region", "entity", "area")
    if m is None or m.kind not in kinds or m.end > start or _possessive(text, m):
        return None
    return _whole_id(m)


#: "the", or a description of the place named next: "The former princely state of".
_ARTICLE = re.compile(
    r"(?i)the\s+(?:(?:former|erstwhile|disputed|breakaway|historic(?:al)?|old|princely|"
    r"autonomous|self-declared|occupied)\s+){0,3}(?:(?:state|region|province|territory|"
    r"kingdom|republic|oblast|governorate|district|area|enclave|island)\s+of\s+(?:the\s+)?)?"
)
_DATELINE_DASH = re.compile(r"\s*[—–-]\s*")


def _held_topic(text: str, low: str, start: int, ctx: _Context) -> str | None:
    """The region or area the sentence before opens with, as the ground a holder holds.

    "Запорожская область — регион ... площадью 27,2 тыс. км². ... Россия ... контролирует
    лишь около 70% территории": the territory is the oblast's, when the figure's sentence
    names no place before it but its holders.
    """
    holders = _holders(text, low, start, ctx)
    if not holders:
        return None
    s0, _s1 = _sentence_bounds(text, start, start)
    ends, chosen = ctx.every
    for m in chosen[bisect.bisect_left(ends, s0) : bisect.bisect_right(ends, start)]:
        if m.start >= s0 and _BORDER_WITH.search(text, max(0, m.start - 30), m.start):
            continue  # "несколько сел у границы с Харьковской областью": a neighbour
        if m.start >= s0 and m.kind in _WHOLE_KINDS and m.country not in holders:
            return None
        if m.start >= s0 and m.kind not in ("country", "metonym"):
            return None
    return _topic_before(text, s0, ctx)


def _topic_before(text: str, s0: int, ctx: _Context, countries: bool = False) -> str | None:
    """The region, entity or area the sentence before ``s0`` opens with, else None.

    With ``countries``, a country too.
    """
    if s0 == 0:
        return None
    p0, _p1 = _sentence_bounds(text, s0 - 1, s0 - 1)
    return _opening_whole(text, p0, s0, ctx, countries)


def _sized_subject(text: str, low: str, start: int, ctx: _Context) -> bool:
    """True when the share at ``start`` measures its sentence's subject, a place.

    "Північний Кіпр займає приблизно третину острова — близько 3355 км²", "Transnistria
    makes up 12% of Moldova, or 4,163 km²": the place's share and its own size, which an
    area restating the share gives (no part of the whole).
    """
    s0, _s1 = _sentence_bounds(text, start, start)
    ends, chosen = ctx.every
    first = next(
        (m for m in chosen[bisect.bisect_left(ends, s0) : bisect.bisect_right(ends, start)]
         if m.start >= s0),
        None,
    )
    return (
        first is not None
        and first.kind in ("region", "entity", "area")
        and _SIZE_CUE_BEFORE.search(low, first.end, start) is not None
        and not _HELD_BEFORE.search(low, first.end, start)
    )


def _foreign_whole_before(text: str, s0: int, ctx: _Context, holder: str) -> str | None:
    """The last region, entity or area of another country named in the sentence before.

    Another than ``holder``'s; the sentence is the one before ``s0``. None if there is none.
    """
    if s0 == 0:
        return None
    p0, _p1 = _sentence_bounds(text, s0 - 1, s0 - 1)
    ends, chosen = ctx.every
    for m in reversed(chosen[bisect.bisect_left(ends, p0) : bisect.bisect_right(ends, s0)]):
        if m.start < p0:
            break
        if m.kind in ("region", "entity", "area") and m.country and m.country != holder:
            return _whole_id(m)
    return None


#: After a country's name: a compound adjective it makes ("UAE-backed", "Russian-held"),
#: no country talked about.
_ATTRIBUTIVE_AFTER = re.compile(
    r"[-‐‑](?:backed|led|based|held|controlled|allied|aligned|supported|brokered|"
    r"installed|occupied|annexed|sponsored|funded|armed|trained)(?!\w)"
)

#: Verbs of taking ground, which no one does of its own.
_TAKING_VERB = re.compile(
    r"(?<!\w)(?:occup\w*|annex\w*|seiz\w*|captur\w*|invad\w*|окуп\w*|оккуп\w*|захоп\w*|"
    r"захват\w*|анекс\w*|аннекс\w*)"
)


def _subject_whole(text: str, low: str, start: int, ctx: _Context) -> str | None:
    """The whole "своєї/своей території" (its own territory) belongs to.

    The first region, area or country of the figure's sentence ("Грузія вважає
    окупованими Абхазію ... п'яту частину своєї території" is Georgia's), else the nearest
    one before it.
    """
    s0, _s1 = _sentence_bounds(text, start, start)
    # the clause the figure stands in, past a reported clause's opening ("..., заявив, что
    # Украина никогда не признает потерю ... своей территории" is Ukraine's)
    clause = max((low.rfind(w, s0, start) for w in _CYR_CLAUSE_OPENS), default=-1)
    ends, chosen = ctx.every
    for c0 in ((clause, s0) if clause > s0 else (s0,)):
        for m in chosen[bisect.bisect_left(ends, c0) :]:
            if m.start >= start:
                break
            if _TOGETHER_WITH_BEFORE.search(low, max(0, m.start - 16), m.start):
                continue  # "Вместе с Техасом страна потеряла ... своих земель": no subject
            if m.start >= c0 and m.kind in _WHOLE_KINDS:
                return _whole_id(m)
    return _pronoun_whole(text, low, start, ctx)


_TOGETHER_WITH_BEFORE = re.compile(r"(?<!\w)(?:вместе\s+с|разом\s+(?:з|із))\s+$")
#: Openings of a reported or a relative clause: ", что", ", що", "; ".
_CYR_CLAUSE_OPENS = (", что ", ", що ", ", чтобы ", ", щоб ", "; ")


def _possessive(text: str, m: _Mention) -> bool:
    """Whether a mention is a possessive ("Israel's barrier"): no antecedent of "it".

    Not one of a place's own area ("Donetsk Oblast's pre-war area was 26,517 km². Russia
    now occupies roughly three quarters of it", "Donetsk Oblast's 26,517 sq km"), which
    "it" may stand for.
    """
    return (
        text[m.end - 2 : m.end - 1] in "'’ʼ"
        and m.end - m.start > 2
        and not _OWN_AREA_AFTER.match(text, m.end)
    )


_OWN_AREA_AFTER = re.compile(
    r"(?i)\s+(?:(?:pre-?war|total|entire|whole|land|surface)\s+)?(?:area|territory|size)\b"
    # "Donetsk Oblast's 26,517 sq km made it ...": its own area as a figure
    r"|\s+\d[\d,.\u00a0\u202f]*\s*(?:sq\b|square\b|km|mi\b)"
)


#: A dateline opening a text: "JAYAPURA, Indonesia (AP) — ", "KYIV — ".
_DATELINE_OPENS = re.compile(
    r"\s*[A-ZА-ЯІЇЄҐЁ][A-ZА-ЯІЇЄҐЁ'’ .-]{2,}(?:,\s*[^—–()\n]{1,40}?)?\s*(?:\([^)\n]{1,30}\)\s*)?"
    r"[—–]\s*"
)


def _sized_place(
    text: str, low: str, fig_start: int, fm: _Mention, ctx: _Context
) -> str | None:
    """The place sized when ``fm``, before "N of which", only says where it lies.

    "The Golan Heights is a plateau of about 1,800 km² in south-western Syria, roughly
    two-thirds of which Israel captured": the Golan Heights, the sentence's subject.
    None when ``fm`` follows no size and "in".
    """
    if not _LOCATED_IN_BEFORE.search(low, max(0, fig_start - 120), fm.start):
        return None
    return _subject_of_sentence(text, low, fig_start, ctx)


def _subject_of_sentence(text: str, low: str, start: int, ctx: _Context) -> str | None:
    """The whole of the first place named in the figure's sentence that holds no ground."""
    holders = _holders(text, low, start, ctx)
    ends, chosen = ctx.every
    s0, _s1 = _sentence_bounds(text, start, start)
    dateline = _DATELINE_OPENS.match(text)
    filed = dateline.end() if dateline else 0
    for m in chosen[bisect.bisect_left(ends, s0) : bisect.bisect_right(ends, start)]:
        if m.start < max(s0, filed) or m.kind not in _WHOLE_KINDS:
            continue  # ("JAYAPURA, Indonesia — ...": where the story is filed, no subject)
        if m.kind == "country" and m.country in holders:
            continue
        return _whole_id(m)
    return None


def _pronoun_whole(text: str, low: str, start: int, ctx: _Context) -> str | None:
    """The whole "it" stands for.

    The first region, area or country of the figure's sentence that is not a holder:
    the sentence's topic ("Kashmir is divided: Pakistan holds about 30% of it" is
    Kashmir's share, never Pakistan's; "The West Bank, including East Jerusalem, spans
    5,655 km2; Israel's barrier leaves 9.4% of it" is the West Bank's; "Ukraine's total
    area ... about 7% of it" is Ukraine's). With none, the nearest one named before the
    sentence.
    """
    holders = _holders(text, low, start, ctx)
    ends, chosen = ctx.every
    k = bisect.bisect_right(ends, start)
    s0, _s1 = _sentence_bounds(text, start, start)
    opener = _last_clause_opener(text, s0, start)
    if opener is not None and (framed := _frame_whole(text, start, ctx)) is not None:
        # "In Donetsk region they hold 60%, while in Luhansk region they hold some 98% of
        # it": the clause's own frame
        frame_at = _FRAME.match(text, opener.end(), start)
        if frame_at is not None and frame_at.end() in ctx.at:
            return framed
    part_end = s0
    for m in chosen[bisect.bisect_left(ends, s0) : k]:
        if m.start < s0 or m.kind not in _WHOLE_KINDS:
            continue
        if m.kind == "country" and m.country in holders:
            continue
        if m.kind == "country" and _ACTOR_VERB_AFTER.match(text, m.end):
            # "When Russia and Turkey brokered the ceasefire in Idlib, rebels held about
            # half of it": the parties to an act, not what "it" is
            continue
        if m.kind != "country" and _HOLDS_AFTER.match(low, m.end):
            # "The SADR claims all of Western Sahara but controls about 20% of it": a
            # part that holds ground is no whole of "it"
            continue
        if (
            _possessive(text, m)
            and (m.end + 1) in ctx.at
            and ctx.at[m.end + 1].kind in _WHOLE_KINDS
            and ctx.at[m.end + 1].end < start
        ):
            continue  # "Russia's Kursk region covers ...; ... about 4% of it": the region
        if m.kind == "country" and _possessive(text, m) and _CLAIMANT_POSSESSIVE.match(low, m.end):
            continue  # "Guatemala's claim covers some 4,700 square miles of it": the claimant
        if (
            m.kind == "country"
            and _possessive(text, m)
            and any(
                o.start > m.end
                and o.kind in _WHOLE_KINDS
                and not (o.kind == "country" and (o.country in holders or o.country == m.country))
                and not _possessive(text, o)
                for o in chosen[bisect.bisect_left(ends, m.end + 1) : k]
            )
        ):
            # "Morocco's wall splits Western Sahara, leaving the Polisario Front with about
            # 20% of it": the owner of a thing, not the place the sentence is about
            continue
        if _PART_VERB_GAP.fullmatch(low, m.end, start) or _the_part(text, low, m, start):
            # "Diego Garcia accounts for roughly half of it", "East Falkland, the larger of
            # the two main islands, covers some 6,600 km² of it": the part, not "it"
            part_end = max(part_end, m.end)
            continue
        return _whole_id(m)
    noun = _THE_PLACE_NOUN.search(low, s0, start)
    if noun is not None:
        # "The archipelago's 58 islands add up to about 56 km², and Diego Garcia ...
        # accounts for more than half of it": the named area the sentence calls so
        p0 = _sentence_bounds(text, s0 - 2, s0 - 2)[0] if s0 > 1 else s0
        # (a named place without a boundary too: the Chagos Archipelago), whose name has
        # the noun
        head = noun.group("noun").rstrip("s")
        for m in reversed(chosen[:k]):
            if m.start < p0:
                break
            name = m.name.lower()
            if (
                m.kind == "area"
                # ("the islands" of an archipelago: the Chagos Archipelago)
                and (head in name or (head == "island" and "archipelago" in name))
                and not _the_part(text, low, m, start)
            ):
                return _whole_id(m)
    # (past the part's own name: "The Rafah governorate ... made up a fifth of it")
    the_unit = _THE_UNIT.search(low, part_end, start)
    if the_unit is not None:
        # "Parts of the oblast ... more than 99% of it was occupied": "it" is the unit the
        # sentence already calls "the oblast"
        unit = _context_whole(text, low, the_unit.start(), ctx, units_only=True)
        if unit is not None:
            return unit
    if s0 > 1:
        # the topic of the sentence before: "The Donbas, Donetsk and Luhansk oblasts taken
        # together, ... Russia now holds nearly 90% of it"
        p0, _p1 = _sentence_bounds(text, s0 - 2, s0 - 2)
        for m in chosen[bisect.bisect_left(ends, p0) : bisect.bisect_left(ends, s0)]:
            if m.start < p0 or m.kind not in _WHOLE_KINDS or _possessive(text, m):
                continue
            if _dateline_place(text, m):
                continue  # "CRAWLEY, England — ...": where the story is filed, no topic
            if (m.kind == "country" and m.country in holders) or _taken_from(low, m):
                continue
            if m.kind == "country" and _COUNTRY_HOLDS_AFTER.match(low, m.end):
                # "Чи правда, що Росія контролює «майже третину» Запорізької області? ...
                # 70–75% її території": the holder of its sentence, not what "її" is
                continue
            return _whole_id(m)
    for i in range(k - 1, max(-1, k - 12), -1):
        m = chosen[i]
        if m.kind not in _WHOLE_KINDS or start - m.end > 600 or _possessive(text, m):
            continue
        if (m.kind == "country" and m.country in holders) or _taken_from(low, m):
            continue
        if s0 <= m.start and m.end <= part_end:
            continue  # the part its clause measures, skipped above
        if _NEIGHBOURS_BEFORE.search(low, max(0, m.start - 80), m.start):
            continue  # "bordering Russia's Rostov, Voronezh and Belgorod oblasts": not "it"
        return _whole_id(m)
    return None


#: After a country: a verb of an act by it and its partner, which makes it no topic
#: ("Russia and Turkey brokered", "Azerbaijan signed").
_ACTOR_VERB_AFTER = re.compile(
    r"(?:\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s+(?:brokered|signed|negotiated|"
    r"mediated|agreed|struck|sealed|hammered\s+out)\b"
)
#: After a region or entity, a verb of holding it is the subject of ("... controls").
_HOLDS_AFTER = re.compile(
    r"(?:\s+(?:now|still|only|also|effectively|(?:\w+\s+)?(?:all|most)\s+of\s+"
    r"[\w\s]{1,40}?\s+but))?\s+(?:controls|holds|administers|governs|occupies|runs|"
    r"claims\s+[\w\s]{1,40}?\s+but\s+(?:only\s+)?(?:controls|holds|administers))\b"
)
#: A list of neighbours a place is in: "bordering Russia's Rostov, Voronezh and Belgorod".
_NEIGHBOURS_BEFORE = re.compile(
    r"\b(?:bordering|borders|bordered\s+by|adjacent\s+to|"
    r"межує\s+з|граничит\s+с)\b[^.;:!?]*$"
    # where an attack came from: "pushed across the border from the Kursk region",
    # "crossed the administrative line from Donetsk Oblast", "з боку Брянської області"
    r"|(?:(?:across\s+the\s+(?:border|frontier)|(?:administrative\s+)?(?:line|boundary))\s+"
    r"from|з\s+боку|со\s+стороны|з\s+території|с\s+территории)\s+(?:the\s+)?$"
)


#: The one ground was taken from: "The plateau ... was taken from Syria by Israel".
_TAKEN_FROM_BEFORE = re.compile(
    r"(?<!\w)(?:taken|seized|captured|won|wrested|conquered|annexed|detached|carved)\s+"
    r"(?:out\s+)?(?:from|of)\s+$|(?<!\w)(?:відібран\w*|отобран\w*|захоплен\w*|захвачен\w*)"
    r"\s+(?:у|в)\s+$"
)


def _taken_from(low: str, m: _Mention) -> bool:
    """Whether ground was taken from the place ``m`` names, which "it" then is not."""
    return _TAKEN_FROM_BEFORE.search(low, max(0, m.start - 30), m.start) is not None


_FORMER_LATTER = re.compile(r"(former|latter)(?!\w)")
#: The territory a government counts as its own: "of the territory Serbia considers its own",
#: "территории, которую Белград считает своей".
_TERRITORY_CLAIMED = re.compile(
    # "of the 88,499 km² that Belgrade regards as its territory"
    r"(?:\d[\d,.]*\s*(?:km²|km2|sq\.?\s*km|square\s+kilomet\w+)|territory|land|lands|area)"
    r"\s+(?:that\s+|which\s+)?"
)
#: (Not "the territory Venezuela claims", the ground claimed: a claim is no whole.)
_CLAIMS_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:still\s+|officially\s+)?"
    r"(?:considers|regards|says\s+is|sees\s+as|counts\s+as|treats\s+as)\b"
)
_THAT_AFTER = re.compile(r"\s+(?:that\s+|which\s+)?")
_CYR_CLAIMED_AFTER = re.compile(r"\s*,\s*(?:яку|которую)\s+")
_CYR_OWN_AFTER = re.compile(
    r"\s+(?:вважа\w+|счита\w+)\s+(?:своєю|своей|[а-яіїєґё]+(?:ской|ською|цкой|цькою|ной|ною))"
    r"(?!\w)"
)
#: A verb of governing, its subject after it: "яку контролює Тайвань".
_CYR_GOVERNS = re.compile(
    r"(?:контролю\w*|контролиру\w*|адміністру\w*|администриру\w*|утриму\w*|"
    r"удержива\w*)\s+"
)
_PAIR_JOIN = re.compile(r"\s*(?:,\s*)?(?:and|or|та|і|и|й)\s+(?:the\s+)?")


def _pair_before(
    text: str, low: str, start: int, ctx: _Context
) -> tuple[str, str] | None:
    """The wholes of the last two places joined by "and" before ``start``, else None."""
    ends, chosen = ctx.every
    k = bisect.bisect_right(ends, start)
    holders = _holders(text, low, start, ctx)
    for i in range(k - 1, max(0, k - 8), -1):
        a, b = chosen[i - 1], chosen[i]
        if start - b.end > 400:
            break
        if (
            a.kind in _WHOLE_KINDS
            and b.kind in _WHOLE_KINDS
            and not (a.kind == "country" and a.country in holders)
            and _PAIR_JOIN.fullmatch(low, a.end, b.start)
        ):
            return _whole_id(a), _whole_id(b)
    return None


#: "about 99% the size of Luhansk oblast": a size compared, with no "of" before it.
_THE_SIZE_OF = re.compile(r"\s+the\s+(?:size|area)\s+of\s+(?:the\s+)?")
#: "roughly a quarter of the size of Greece": the place whose size it is.
_SIZE_OF = re.compile(r"(?:size|area|territory)\s+of\s+(?:the\s+)?")
#: A place's size right before a fraction "of which": "a region of about 27,180 km²,".
_OWN_AREA_BEFORE = re.compile(
    r"(?:region|oblast|province|territory|area|state|island|country|plateau|enclave|strip)"
    r"\s+of\s+[^,;.]{0,30}?\d[\d,.]*\s*(?:square\s+(?:kilomet|mile)\w*|km²|km2|sq\.?\s*(?:km|mi)"
    r"\w*)\s*,\s*$"
)
#: "half" before its whole without "of": "half its territory", "half the country".
_HALF_THE = re.compile(r"\s+(?=(?:its|their)\s)|\s+the\s+")
#: A part of a place after its possessive: "of Kherson Oblast's right bank", "of the
#: country's north".
_PART_AFTER_POSSESSIVE = re.compile(
    r"\s+(?:(?:far|entire|whole|occupied|liberated|eastern|western|northern|southern|"
    r"central|coastal|left|right)\s+)?(?:bank|coast|coastline|shore|north|south|east|west|"
    r"north-?east|north-?west|south-?east|south-?west|interior|hinterland|borderlands?|"
    r"border\s+areas?|frontier|part|side|half)(?!\w)"
)


#: Before a name: "so-called" and an opening quote ("the so-called 'DPR'", "так званої «ДНР»").
_SO_CALLED = re.compile(
    r"(?:(?:so-called|так\s+зван\w+|так\s+называем\w+)\s+)?[«\"'‘“„]?"
)


_OF_THE = re.compile(r"\s+(?:of|от|з|із|из)\s+(?:the|this|that|its|their)\s")
#: A possessive right before an area: "Kinmen's ", "Ukraine's total ".
_POSSESSED_SIZE_BEFORE = re.compile(r"['’]s\s+(?:(?:total|entire|whole|own)\s+)?$")


def _target(
    text: str, low: str, pos: int, fig_start: int, ctx: _Context, area: bool = False
) -> tuple[bool, bool, str | None]:
    """Read what a figure is a share of, from ``pos`` (just after the unit).

    Returns (has_target, territorial, of).
    """
    at = ctx.at
    if area and _OF_THE_SIZE_OPENS.search(low, max(0, fig_start - 40), fig_start):
        # "Of the roughly 1,800 km² of the Golan Heights, Israel controls ...", "Из примерно
        # 1,8 тыс. кв. км Голанских высот ...": the place's own size, the parts are of
        return True, True, None
    if area and _ALL_OF_SIZE_BEFORE.search(low, max(0, fig_start - 8), fig_start):
        # "все 26,7 тыс. кв. км региона", "all 26,700 km² of the region": the place's
        # whole size, a part of nothing (a place named right after is the whole: "claims
        # all 266,000 square kilometres of Western Sahara")
        of_ = _OF.match(low, pos)
        sp_ = _SPACES_FROM.match(low, of_.end() if of_ else pos, pos + 40)
        named_ = at.get(sp_.end() if sp_ else pos)
        if named_ is None or named_.kind not in _WHOLE_KINDS:
            return True, True, None
    if area and (pm := _POSSESSED_SIZE_BEFORE.search(low, max(0, fig_start - 16), fig_start)):
        # "Kinmen's 150 sq km of islands", "Ukraine's 603,628 km² of territory": the
        # owner's own size, of no whole (not "Russia's 1,000 km² of Ukraine": a place)
        ends, every = ctx.every
        k = bisect.bisect_left(ends, pm.start() + 2)
        owner = every[k] if k < len(every) and every[k].end == pm.start() + 2 else None
        of_ = _OF.match(low, pos)
        sp_ = _SPACES_FROM.match(low, of_.end() if of_ else pos, pos + 40)
        named_ = at.get(sp_.end() if sp_ else pos)
        if (
            owner is not None
            and owner.kind in _WHOLE_KINDS
            and named_ is None
            # (not "Britain's 254 square kilometres of the island": a whole named)
            and not _OF_THE.match(low, pos)
        ):
            return True, True, None
    if _ADDED_BEFORE.search(low, max(0, fig_start - 40), fig_start):
        # "Crimea added about 0.16% to Russia's territory": a share of what it was added to
        to = _ADDED_TO.match(low, pos)
        if to is not None and to.end() in at and at[to.end()].kind in _WHOLE_KINDS:
            return True, True, _whole_id(at[to.end()])
    ts = _THE_SIZE_OF.match(low, pos)
    if ts is not None:
        # "about 99% the size of neighbouring Luhansk oblast", "63% the size of India's
        # Ladakh": a size compared with the place named, past its adjectives and possessor
        t = ts.end()
        if t not in at and (adj := _ADJECTIVES.match(low, t)):
            t = adj.end()
        named = at.get(t)
        if named is not None and named.kind in _WHOLE_KINDS:
            nxt = named.end + 1
            if _possessive(text, named) and nxt in at and at[nxt].kind in _WHOLE_KINDS:
                named = at[nxt]
            return True, True, _whole_id(named)
    cover = _GROUND_COVER_BEFORE_IN.match(low, pos) if area else None
    lm = _mention_before(fig_start, ctx) if cover is not None else None
    if cover is not None and not (
        # "The Aouzou Strip, about 114,000 km² of desert in Chad's far north": the place's
        # own size, where it lies
        _own_size_before(low, fig_start)
        or (
            lm is not None
            and lm.kind in ("region", "entity", "area")
            and _SIZE_APPOSED_GAP.fullmatch(low, lm.end, fig_start)
        )
    ):
        # "269 sq km of pastureland in western Bhutan": a part of the place it lies in
        place = _in_place(text, low, cover.end(), at)
        if place is not None:
            return True, True, _whole_id(place)
    cyr_size = _CYR_OF_SIZE.match(low, pos) if not area else None
    if cyr_size is not None:
        # "около 75% из 26,5 тыс. км² Донецкой области", "менше ніж 1% з її 31 914 км²":
        # a share of an area given, the place's whose area it is
        inner, _terr, whole = _target(text, low, cyr_size.end(), fig_start, ctx, True)
        return True, True, whole if inner else _context_whole(text, low, fig_start, ctx)
    if _CYR_OF_WHICH.match(low, pos):
        # "Херсонской области, почти 70% которой ...": the place the relative clause
        # follows
        fm = _mention_before(fig_start, ctx)
        if (
            fm is not None
            and fm.kind in _WHOLE_KINDS
            and _WHICH_GAP.fullmatch(low, fm.end, fig_start)
        ):
            # ("плато площею близько 1800 км² на південному заході Сирії, приблизно дві
            # третини якого": the place sized, not where it lies)
            return True, True, _sized_place(text, low, fig_start, fm, ctx) or _whole_id(fm)
    m = _OF.match(low, pos)
    if m is None and low.endswith("half", 0, pos):
        m = _HALF_THE.match(low, pos)  # "less than half its former area", "half the country"
    if m is not None and not low[pos : m.end()].strip().startswith(("від", "от")):
        t = m.end()
        quoted = _SO_CALLED.match(low, t)
        if quoted.end() > t and quoted.end() in at and at[quoted.end()].kind in _WHOLE_KINDS:
            t = quoted.end()  # "more than three-quarters of the 'DPR'": a name in quotes
        rest = low[t : t + 120]
        governed = _LAND_GOVERNED_FROM.match(low, t)
        by_gov = at.get(governed.end()) if governed is not None else None
        if not area and by_gov is not None and by_gov.kind in ("country", "metonym"):
            # "less than 1 per cent of the territory governed from Taipei": that
            # government's country
            return True, True, by_gov.country
        claimed = _LAND_CLAIMED_BY.match(low, t)
        if claimed is not None and (by := at.get(claimed.end())) is not None:
            organ = _CLAIMANT_ORGAN.match(low, by.end)
            verb = _CLAIMS_AS_OWN.match(low, organ.end() if organ else by.end)
            if verb is not None and (claimant := _claimant_whole(by)) is not None:
                # "a quarter of the territory Mogadishu claims as its own", "the territory
                # that Serbia's constitution claims": the claimant's country; "the land
                # Hargeisa claims", "the territory Somaliland claims": the territory its
                # government claims; "the territory India claims as Kashmir": that place
                named = _AS_PLACE.match(low, verb.end())
                place = at.get(named.end()) if named is not None else None
                if place is not None and place.kind in _WHOLE_KINDS:
                    return True, True, _whole_id(place)
                return True, True, claimant
        pronoun = _PRONOUN_CLAIMS.match(low, claimed.end()) if claimed is not None else None
        if pronoun is not None:
            # "New Delhi says ... the territory it claims in Jammu and Kashmir": the place
            # named after the verb
            named = _CLAIMED_IN.match(low, pronoun.end())
            place = at.get(named.end()) if named is not None else None
            if place is not None and place.kind in _WHOLE_KINDS:
                return True, True, _whole_id(place)
            # "Hargeisa has lost a sixth of the territory it claims": the claimant the
            # pronoun stands for, the government or territory named last in the sentence,
            # else the place talked about
            claimant = _claimant_before(text, fig_start, ctx)
            return True, True, (_claimant_whole(claimant) if claimant else None) or (
                _pronoun_whole(text, low, fig_start, ctx)
            )
        if area and rest.startswith("which"):
            # "Western Sahara, 266,000 km² of which Rabat controls about four-fifths": the
            # place's own size, which the parts are of
            return True, True, None
        fm = _mention_before(fig_start, ctx) if rest.startswith("which") else None
        if (
            fm is not None
            and fm.kind in _WHOLE_KINDS
            and _WHICH_GAP.fullmatch(low, fm.end, fig_start)
        ):
            # "Zaporizhzhia Oblast, about three-quarters of which its forces occupy": the
            # place the relative clause follows
            return True, True, _sized_place(text, low, fig_start, fm, ctx) or _whole_id(fm)
        if rest.startswith("which") and _OWN_AREA_BEFORE.search(
            low, max(0, fig_start - 60), fig_start
        ):
            # "A south-eastern region of about 27,180 square kilometres, around
            # three-quarters of which Russian troops have occupied": the place whose size
            # the relative clause follows
            return True, True, _context_whole(text, low, fig_start, ctx)
        sized = _SIZE_ADJECTIVE.match(low, t)
        if sized and sized.end() in at and at[sized.end()].kind in _WHOLE_KINDS:
            # "86 percent of the 365-square-kilometre Gaza Strip": the place, past its size
            return True, True, _whole_id(at[sized.end()])
        if sized and _REGION_PHRASE.match(low, sized.end()):
            # "53 per cent of the 365 km² strip": the place talked about
            return True, True, _context_whole(text, low, fig_start, ctx)
        aw = _AREA_AS_WHOLE.match(low, t)
        if aw:
            # "about 9% of the roughly 11,000 square kilometres it regained": a share of an
            # area given, the place's whose area it is ("20% of the 603,000 km² of
            # Ukraine"), else none
            inner, _terr, whole = _target(text, low, aw.end(), fig_start, ctx, True)
            rel = _THAT_AFTER.match(low, aw.end())
            claimer = at.get(rel.end()) if rel else None
            if (
                not inner
                and claimer is not None
                and claimer.kind in ("country", "metonym")
                and _CLAIMS_AFTER.match(low, claimer.end)
            ):
                # "of the 88,499 km² that Belgrade regards as its territory": that country
                return True, True, claimer.country
            return True, True, whole if inner else None
        if t not in at:
            # "of the disputed Southern Kuril Islands": past the name's adjectives
            adj = _NAME_ADJECTIVES.match(low, t)
            if adj and adj.end() in at and at[adj.end()].kind in _WHOLE_KINDS:
                t = adj.end()
        if t in at:
            men = at[t]
            joint = _joint_area(low, men, at)
            if joint is not None:
                return True, True, joint  # "of the Donetsk and Luhansk oblasts combined"
            listed = _LIST_AND.match(low, men.end)
            if (
                area
                and men.kind in ("region", "entity")
                and listed
                and listed.end() in at
                and at[listed.end()].kind in ("region", "entity")
            ):
                return True, True, None  # "20,000 km² of North Kivu and South Kivu": of both
            possessive = _possessive(text, men)
            nxt = men.end + 1
            if possessive and nxt not in at and (adj := _ADJECTIVES.match(low, nxt)):
                nxt = adj.end()  # "of Ukraine's northern Sumy region"
            if possessive and nxt in at and at[nxt].kind in _WHOLE_KINDS:
                return True, True, _whole_id(at[nxt])  # "of Russia's Kursk region"
            if (
                possessive
                and area
                and men.kind in _WHOLE_KINDS
                and _PART_AFTER_POSSESSIVE.match(low, men.end)
            ):
                return True, True, _whole_id(men)  # "4,500 sq km of Kherson Oblast's right bank"
            if (
                possessive
                and not _territory_follows(low[men.end : men.end + 60])
                # "less than 0.5 per cent of Finland's.": the noun is the one said before
                and not (
                    men.kind in _WHOLE_KINDS
                    and (
                        _ELLIPSIS_END.match(low, men.end)
                        # "a tenth of Iraq's 438,317": its size, the unit left out
                        or (
                            (size := _SIZE_NUMBER_AFTER.match(low, men.end))
                            and not _NOT_ELIDED_GAP.search(low, max(0, fig_start - 80), size.end())
                        )
                    )
                    and _AREA_SAID_BEFORE.search(low, max(0, fig_start - 80), fig_start)
                )
            ):
                return True, False, None
            if men.kind in ("metonym", "city"):
                # "around three-quarters of Donetsk": a share of ground in the province the
                # city names, as "Donetsk" read alone would be with a cue
                return True, True, _unit_named_alike(men)
            return True, True, _whole_id(men)
        if _WHAT_IT.match(rest):
            # "Papua province covers roughly a quarter of what it spanned before 2022": of
            # the sentence's subject, the place measured against its own former size
            return True, True, _subject_of_sentence(text, low, fig_start, ctx)
        wm = _WHAT_PHRASE.match(rest)
        if wm:
            if wm.group("call") and (gap := _CALLED_GAP.match(low, t + wm.end())):
                called = at.get(gap.end())
                if called is not None and called.kind in _WHOLE_KINDS:
                    # "a third of what India calls Jammu and Kashmir": the place so called
                    return True, True, _whole_id(called)
                caller = next(
                    (
                        m
                        for m in ctx.every[1][
                            bisect.bisect_left(ctx.every[0], t) : bisect.bisect_right(
                                ctx.every[0], t + wm.end()
                            )
                        ]
                        if t < m.start and m.kind in ("country", "metonym")
                    ),
                    None,
                )
                if caller is not None and _ITS_TERRITORY.match(low, t + wm.end()):
                    # "12% of what Belgrade calls its national territory": the caller's
                    return True, True, caller.country
            # "about 40% of what Erbil had controlled": a share of no named whole, unless
            # the clause names it ("1% of what Tokyo considers Japanese territory")
            dm = _DEMONYM_RE.search(low, t + wm.end(), t + wm.end() + 40)
            return True, True, _DEMONYMS[dm.group("dem") or dm.group("sdem")] if dm else None
        nm = _NEIGHBOUR_NAMED.match(rest)
        if nm and t + nm.end() in at and at[t + nm.end()].kind in _WHOLE_KINDS:
            # "around 40 percent of its western neighbour Mali": the neighbour named
            return True, True, _whole_id(at[t + nm.end()])
        if _NEIGHBOUR.match(rest):
            # "11,030 km² of Belize, about half of its neighbour's territory": the place
            # the figure before it in the sentence is of
            return True, True, _previous_of(text, fig_start, ctx)
        am = _ADJECTIVES.match(rest) or _FORMER_BEFORE.match(rest)
        if am and t + am.end() in at and at[t + am.end()].kind in _WHOLE_KINDS:
            # "of neighbouring Donetsk Oblast", "of the former princely state of Jammu and
            # Kashmir"
            return True, True, _whole_id(at[t + am.end()])
        if _PRONOUN.match(rest):
            if area and _ALL_BEFORE.search(low, max(0, fig_start - 6), fig_start):
                return True, True, None  # "Gibraltar, all 6.8 square kilometres of it": its size
            return True, True, _pronoun_whole(text, low, fig_start, ctx)
        tc = _TERRITORY_CLAIMED.match(rest)
        claimer = at.get(t + tc.end()) if tc else None
        if (
            claimer is not None
            and claimer.kind in ("country", "metonym", "entity", "area")
            and _CLAIMS_AFTER.match(low, claimer.end)
        ):
            # "about an eighth of the territory Serbia considers its own": that country
            # ("the territory Somaliland says is its own": that area)
            return True, True, (
                claimer.country if claimer.kind in ("country", "metonym") else _whole_id(claimer)
            )
        fl = _FORMER_LATTER.match(rest)
        if fl:
            # "Kherson and Zaporizhzhia oblasts. Russia occupies about 73 percent of the
            # former and roughly 75 percent of the latter": the pair named before
            pair = _pair_before(text, low, fig_start, ctx)
            if pair is not None:
                return True, True, pair[0] if fl.group(1) == "former" else pair[1]
        gm = _GENERIC_OF.match(rest) or _SIZE_OF.match(rest)
        if gm and t + gm.end() in at and at[t + gm.end()].kind in _WHOLE_KINDS:
            # "of the island of Cyprus", "of the Kherson region's part": the named whole;
            # "of the size of Ukraine's Kharkiv region": the region past the possessive
            named = at[t + gm.end()]
            nxt = named.end + 1
            if _possessive(text, named) and nxt in at and at[nxt].kind in _WHOLE_KINDS:
                named = at[nxt]
            return True, True, _whole_id(named)
        dm = _DEMONYM_RE.match(rest)
        if dm:
            inside = _in_after(text, low, t + dm.end(), at) if area else None
            return True, True, inside or _DEMONYMS[dm.group("dem") or dm.group("sdem")]
        cm = _COUNTRY_PHRASE.match(rest)
        if cm:
            if (
                cm.group("poss")
                and not _territory_follows(rest[cm.start("poss") + 2 :])
                # "4.5% of the country's 1.1 million" after an area: its size
                and not (
                    (size := _SIZE_NUMBER_AFTER.match(rest, cm.start("poss") + 2))
                    and _AREA_SAID_BEFORE.search(low, max(0, fig_start - 80), fig_start)
                    and not _NOT_ELIDED_GAP.search(low, max(0, fig_start - 80), t + size.end())
                )
            ):
                return True, False, None
            named = _APPOSED.match(low, t + cm.end())
            if named and named.end() in at and at[named.end()].kind == "country":
                return True, True, at[named.end()].country  # "a fifth of my country, Ukraine"
            if "republic" in cm.group(0) and (entity := _context_entity(low, fig_start, ctx)):
                return True, True, entity  # "2,400 sq km of the republic" after the DPR
            if cm.group(0).startswith(("our", "my", "their")):
                # the speaker's country first: "the Georgian ambassador to Washington said
                # Russia occupies 'one-fifth of our sovereign territory'"
                return True, True, _speaker_country(low, fig_start, ctx) or _the_country(
                    text, low, fig_start, ctx
                )
            s0, _s1 = _sentence_bounds(text, fig_start, fig_start)
            asked = _how_much_of(text, low, s0, fig_start, ctx)
            if asked is not None and re.fullmatch(r"[A-Z]{3}", asked):
                # "How much of Ukraine does Russia control? ... nearly a fifth of the
                # country": the country asked about, not the holder
                return True, True, asked
            return True, True, _the_country(text, low, fig_start, ctx)
        if not area and _OUR_LAND.match(rest):
            # "the occupier holds less than a fifth of our land": the speaker's country,
            # never the occupier's
            return True, True, _speaker_country(low, fig_start, ctx) or _the_country(
                text, low, fig_start, ctx
            )
        named_its = _ITS_NAME.match(rest)
        if named_its and t + named_its.end() in at and at[t + named_its.end()].kind in (
            "region", "entity", "area"
        ):
            return True, True, _whole_id(at[t + named_its.end()])  # "of its Lac province"
        its = _ITS_PHRASE.match(rest)
        if its and " own " in its.group(0):
            # "which Belgrade still counts as about 12 per cent of its own territory": the
            # government that counts it
            subject = _OWN_SUBJECT.search(low, max(0, fig_start - 60), fig_start)
            if subject and subject.start(1) in at and at[subject.start(1)].kind in (
                "country", "metonym"
            ):
                return True, True, at[subject.start(1)].country
        if its or _ITS_AREA.match(rest):
            inside = _in_after(text, low, t + its.end(), at) if area and its else None
            noun = None if inside else _place_noun_since_last_place(text, low, fig_start, ctx)
            if noun is not None:
                # "a belt ... around the enclave — about 16% of its land": the place the
                # noun named after the last place calls back
                if noun.group("noun") == "island":
                    return True, True, _island_country(fig_start, ctx, low) or (
                        _context_country(text, low, fig_start, ctx)
                    )
                phrase = noun.group(0)[4:]
                named = _place_by_head(phrase, fig_start, ctx) or _context_whole(
                    text, low, fig_start, ctx, _UNIT_WORD.search(phrase) is not None,
                    kind_of=phrase,
                )
                if named is not None:
                    return True, True, named
            return True, True, inside or _possessor_whole(text, low, fig_start, ctx)
        im = _ISLAND_PHRASE.match(rest)
        if im:
            # "of the island", "of the island's territory": the island country named
            # before (Cyprus, Taiwan), not the part of it named last (Northern Cyprus).
            if im.group("poss") and not _territory_follows(rest[im.end() :]):
                return True, False, None
            return True, True, _island_country(fig_start, ctx, low) or _context_country(
                text, low, fig_start, ctx
            )
        if _COUNTED_REGIONS.match(rest):
            # "about 70% of the four regions it claims to have annexed": ground, of
            # regions the figure does not name
            return True, True, None
        rm = _REGION_PHRASE.match(rest)
        if rm and not rest.startswith(("territory", "area", "land ", "total ")):
            if rm.group("poss") and not _territory_follows(rest[rm.end() :]):
                return True, False, None
            called = _CALLED_AFTER.match(low, t + rm.end())
            if called is not None and called.end() in at and at[called.end()].kind in _WHOLE_KINDS:
                # "of the disputed area, which Moscow calls the Southern Kurils": named after
                return True, True, _whole_id(at[called.end()])
            if _CLAIMED_RELATIVE.match(low, t + rm.end()) and rm.group(0).split()[-1] not in (
                # ("72% of the oblast it claims": one unit, the one named before)
                "oblast", "region", "province", "governorate", "state", "district", "raion",
                "county", "department", "prefecture",
            ):
                # "Taiwan holds 'only 0.01 percent' of the islands it claims": the ground
                # claimed, no place's whole (as "the territory Venezuela claims")
                return True, True, None
            unit_word = _UNIT_WORD.search(rest, 0, rm.end()) is not None
            named = _place_by_head(rm.group(0), fig_start, ctx)
            if named is None and rm.group(0).split()[-1].startswith(("chain", "group")):
                return True, False, None  # "half of the group's members": no island group
            if named is None and rm.group(0).startswith(("disputed", "contested")):
                named = _in_dispute(low, fig_start, ctx)  # "of the disputed territory"
            if named is not None:
                return True, True, named
            return True, True, _context_whole(
                text, low, fig_start, ctx, unit_word, kind_of=rm.group(0)
            )
        tm = _TERRITORY_PHRASE.match(rest)
        if tm:
            adj = tm.group("adj").strip()
            called = _CALLED_AFTER.match(low, t + tm.end())
            if called is not None and called.end() in at and at[called.end()].kind in _WHOLE_KINDS:
                # "of the disputed area, which Moscow calls the Southern Kurils": named after
                return True, True, _whole_id(at[called.end()])
            inside = None if tm.group("of") else _in_place(text, low, t + tm.end(), at)
            if inside is not None:
                # "km² of territory in X", "two-thirds of the land in X"
                return True, True, _whole_id(inside)
            if tm.group("of"):
                t2 = t + tm.end()
                # "of the land area of the former princely state of X": past its adjectives
                # and its generic noun, the whole named
                t3 = t2
                for pattern in (_FORMER_BEFORE, _ADJECTIVES, _GENERIC_OF):
                    step = pattern.match(low, t3)
                    t3 = step.end() if step else t3
                if t3 in at and at[t3].kind in _WHOLE_KINDS:
                    t2 = t3
                if t2 in at:
                    # "half the territory of Donetsk": a town's name after "the territory
                    # of" is the unit named alike, whose territory it is
                    return True, True, _whole_id(at[t2]) or _unit_named_alike(at[t2])
                rm2 = _REGION_PHRASE.match(low, t2)
                if rm2 and not rm2.group("poss"):
                    # "55 per cent of the land area of the former princely state": the
                    # region or area talked about
                    unit_word = _UNIT_WORD.search(low, t2, rm2.end()) is not None
                    return True, True, _context_whole(text, low, fig_start, ctx, unit_word)
                return True, True, None
            after_phrase = _PHRASE_END.split(rest[tm.end() : tm.end() + 40], maxsplit=1)[0]
            # (a clause of its own after a comma is no relative clause: "80% of the
            # territory, while the Polisario Front holds the rest")
            after_phrase = _CLAUSE_AFTER_COMMA.split(after_phrase, maxsplit=1)[0]
            # (a compound adjective is no verb: "lies on the Moroccan-controlled side")
            after_phrase = _HYPHENED_WORD.sub(" ", after_phrase)
            sp_ = _SPACES.match(low, t + tm.end())
            agent = at.get(sp_.end()) if sp_ else None
            if (
                agent is not None
                and agent.kind in ("country", "metonym")
                and _GOVERNS_AFTER.match(low, agent.end)
            ):
                # "1 percent of the territory Taipei administers": the government's own
                return True, True, agent.country
            if (
                _AGENT_VERB.search(after_phrase)
                or _LOST.search(after_phrase)
                or _RELATIVE.match(after_phrase)
            ):
                rin = _TAKEN_IN_PLACE.match(low, t + tm.end()) if area else None
                placed = at.get(rin.end()) if rin else None
                if placed is not None and placed.kind in ("region", "entity", "area"):
                    # "13 km² of land that China reclaimed in the Spratly Islands": a part
                    # of the place it was taken in
                    return True, True, _whole_id(placed)
                return True, True, None  # "the land Russia seized": not the whole country
            if adj in ("disputed", "contested") or (adj in ("", "land", "total") and not area):
                # "of the territory", "of the disputed territory": a named area talked
                # about just before, else the country.
                named_area = (
                    (_in_dispute(low, fig_start, ctx) if adj in ("disputed", "contested") else None)
                    or _where_whole(text, low, fig_start, ctx)
                    or _frame_whole(text, fig_start, ctx)
                    or _context_area(text, low, fig_start, ctx)
                    or (_held_topic(text, low, fig_start, ctx) if adj != "disputed" else None)
                )
                if named_area is not None:
                    return True, True, named_area
            if adj in ("", "whole", "entire", "national", "land", "total") and not area:
                return True, True, _context_country(text, low, fig_start, ctx)
            if area and adj in ("", "land"):
                # "In Belgorod region, ... more than 2,000 hectares of farmland have been
                # mined": land of the place the sentence is set in
                named_area = _where_whole(text, low, fig_start, ctx) or _frame_whole(
                    text, fig_start, ctx
                )
                if named_area is not None:
                    return True, True, named_area
            return True, True, None
        return True, False, None
    if _CYR_ITS_ALONE.match(low, pos):
        # "Ізраїль утримує приблизно дві третини його": the place "it" stands for
        return True, True, _pronoun_whole(text, low, fig_start, ctx)
    if _CYR_REPUBLIC.match(low, _SPACES.match(low, pos).end()) and (
        entity := _context_entity(low, fig_start, ctx)
    ):
        return True, True, entity  # "менее 20% республики" after "в ДНР"
    rw = _CYR_REGION_WORD.match(low, pos)
    gap = low[pos : pos + 8]
    if rw and pos + len(gap) - len(gap.lstrip()) not in at:
        # "трети плато", "20% області": the region or area named before (or right after).
        nxt = rw.end() + 1
        if nxt in at and at[nxt].kind in _WHOLE_KINDS:
            return True, True, _whole_id(at[nxt])
        unit_word = _UNIT_WORD.search(low, pos, rw.end()) is not None
        named = _place_by_head(rw.group(0), fig_start, ctx)
        if named is not None:
            return True, True, named
        return True, True, _context_whole(
            text, low, fig_start, ctx, unit_word, kind_of=rw.group(0)
        )
    arch = _CYR_ARCHIPELAGO.match(low, pos)
    if arch is not None and (named_group := _place_by_head(arch.group("noun"), fig_start, ctx)):
        return True, True, named_group  # "почти половину архипелага": the group named before
    isl = _CYR_ISLAND.match(low, pos)
    if isl:
        nxt = _SPACES.match(low, isl.end())
        named = at.get(nxt.end() if nxt else isl.end())
        if named is not None and named.kind in _WHOLE_KINDS:
            return True, True, _whole_id(named)  # "половины острова Большой Уссурийский"
        # "3% острова": the island country talked about
        return True, True, _island_country(fig_start, ctx, low) or _the_country(
            text, low, fig_start, ctx
        )
    if _CYR_COUNTRY_WORD.match(low, pos):
        # "5% країни": the country talked about
        return True, True, _the_country(text, low, fig_start, ctx)
    cm2 = _CYR_TARGET.match(low, pos)
    if cm2:
        adj = cm2.group("adj") or ""
        cc = _CYR_CLAIMED_AFTER.match(low, cm2.end())
        claimer = at.get(cc.end()) if cc else None
        if (
            claimer is not None
            and claimer.kind in ("country", "metonym")
            and _CYR_OWN_AFTER.match(low, claimer.end)
        ):
            # "около восьмой части территории, которую Белград считает своей", "...,
            # которую Тбилиси считает грузинской"
            return True, True, claimer.country
        governs = _CYR_GOVERNS.match(low, cc.end()) if cc else None
        governor = at.get(governs.end()) if governs else None
        if governor is not None and governor.kind in ("country", "metonym"):
            # "менш ніж 0,5% території, яку контролює Тайвань": the government's own
            return True, True, governor.country
        if _CYR_RELATIVE.match(low, cm2.end()):
            return True, True, None  # "90% території, яку втратила": not a whole
        if cm2.group("own") in _CYR_THIS:
            noun = cm2.group("t")[:3]
            if noun == "зон":
                # "1% цієї зони": the zone named before ("Зона C"), not the place around it
                ends, chosen = ctx.every  # a named place too
                for m in reversed(chosen[: bisect.bisect_right(ends, fig_start)]):
                    if m.kind in _WHOLE_KINDS and low[m.start : m.end].startswith(noun):
                        return True, True, _whole_id(m)
            return True, True, _context_whole(text, low, fig_start, ctx)  # "цієї території"
        own = cm2.group("own") or ""
        if own in ("нашої", "нашей"):
            # "Москва збереже майже п'яту частину нашої території": the speaker's country
            return True, True, _the_country(text, low, fig_start, ctx)
        if own in ("його", "его"):
            # "регион «интегрирован в Россию», хотя войска контролируют 73% его
            # территории": a masculine pronoun calls back the masculine place noun named
            # after the last place (not "Россию", which would be "её")
            s0, _s1 = _sentence_bounds(text, fig_start, fig_start)
            ends, chosen = ctx.every
            k = bisect.bisect_right(ends, fig_start)
            last = chosen[k - 1].end if k and chosen[k - 1].end >= s0 else s0
            nouns = list(_CYR_MASCULINE_PLACE_NOUN.finditer(low, last, cm2.start()))
            noun = nouns[-1] if nouns else None
            if noun is not None and noun.group(0).startswith("остр"):
                # "північ острова, близько 36% його площі": the island country
                return True, True, _island_country(fig_start, ctx, low) or _the_country(
                    text, low, fig_start, ctx
                )
            if noun is not None:
                return True, True, _place_by_head(noun.group(0), fig_start, ctx) or (
                    _context_whole(text, low, fig_start, ctx)
                )
        if own in ("її", "ее", "её", "його", "его"):
            return True, True, _possessor_whole(text, low, fig_start, ctx)
        if own in ("своєї", "своей", "своих", "своїх"):
            return True, True, _subject_whole(text, low, fig_start, ctx)
        for stem, cc in _CYR_DEMONYMS.items():
            if adj.startswith(stem):
                return True, True, cc
        if adj:
            return True, True, None
        t = cm2.end()
        if (cm2.group("pre") or "").startswith(("спірн", "спорн", "оспар")):
            # "80% спорной территории": the named area talked about, as "the disputed
            # territory"
            named_area = (
                _in_dispute(low, fig_start, ctx)
                or _where_whole(text, low, fig_start, ctx)
                or _frame_whole(text, fig_start, ctx)
                or _context_area(text, low, fig_start, ctx)
            )
            if named_area is not None:
                return True, True, named_area
        nxt = _SPACES.match(low, t)
        t2 = nxt.end() if nxt else t
        if t2 in at:
            return True, True, _whole_id(at[t2])
        if _CYR_REPUBLIC.match(low, t2):
            # "20% территории республики": the entity talked about (ДНР), else the country
            return True, True, _context_entity(low, fig_start, ctx) or _the_country(
                text, low, fig_start, ctx
            )
        arch = _CYR_ARCHIPELAGO.match(low, t2)
        if arch is not None:
            named_group = _place_by_head(arch.group("noun"), fig_start, ctx)
            if named_group is not None:
                # "майже половину площі всього архіпелагу": the island group named before
                return True, True, named_group
        isl2 = _CYR_ISLAND.match(low, t2)
        if isl2 is not None:
            nxt2 = _SPACES.match(low, isl2.end())
            named2 = at.get(nxt2.end() if nxt2 else isl2.end())
            if named2 is None or named2.kind not in _WHOLE_KINDS:
                # "36 відсотків території острова": the island country talked about
                return True, True, _island_country(fig_start, ctx, low) or _the_country(
                    text, low, fig_start, ctx
                )
        # "території острова Кипр", "территории бывшего княжества Джамму и Кашмир": the
        # whole past a few words in the genitive
        u = t2
        for _ in range(3):
            gen = _CYR_WORD.match(low, u)
            if gen is None or _CYR_HOLDS_WORD.match(low, u):
                # "около 80% территории контролирует Марокко": the holder past its verb
                break
            u = gen.end()
            if u in at and at[u].kind in _WHOLE_KINDS:
                return True, True, _whole_id(at[u])
        if _CYR_COUNTRY_WORD.match(low, t):
            return True, True, _the_country(text, low, fig_start, ctx)
        rw = _CYR_REGION_WORD.match(low, t)
        if rw:
            nxt = rw.end() + 1  # "території спорного регіону Кашмір": the whole named
            if nxt in at and at[nxt].kind in _WHOLE_KINDS:
                return True, True, _whole_id(at[nxt])
            named = _place_by_head(rw.group(0), fig_start, ctx)
            if named is not None:
                return True, True, named
            return True, True, _context_whole(text, low, fig_start, ctx)
        if area:
            return True, True, None  # "тисячі квадратних кілометрів території": no owner
        # "в Луганской области под контролем Украины оставалось менее 1% территории": the
        # place the clause is set in, past the holder
        return True, True, (
            _labelled_whole(low, fig_start, ctx)
            or _split_place(low, fig_start, ctx)
            or _frame_whole(text, fig_start, ctx)
            or _placed_whole(text, low, fig_start, ctx)
            or _held_topic(text, low, fig_start, ctx)
            # "Зона C охоплює близько 60% території.": a bare "territory" after a named
            # area talked about is that area's, as "of the territory" is
            or (
                _context_area(text, low, fig_start, ctx)
                if low.startswith(("терит", "террит"), cm2.start("t"))
                and _CLAUSE_BREAK_AFTER.match(low, t)
                # ("понад чверть території, на яку претендує Могадішо": the land claimed)
                and not _CYR_RELATIVE_AFTER.match(low, t)
                else None
            )
            or _context_country(text, low, fig_start, ctx)
        )
    sp = _SPACES_FROM.match(low, pos, pos + 10)
    t = sp.end() if sp else pos
    quoted = _SO_CALLED.match(low, t)
    if t > pos and quoted.end() > t and quoted.end() in at:
        t = quoted.end()  # "близько 80% «ДНР»", "70% так званої «ДНР»": a name in quotes
    if t > pos and not area:
        # "третину історичного Кашміру", "половины оккупированной области": past the
        # adjectives of the whole, in the genitive as it is (an area so followed is the
        # whole's size: "всех 4,4 тысячи км² бывшей НКАО")
        u = t
        for _ in range(2):
            adj = _CYR_GENITIVE_ADJECTIVE.match(low, u)
            if adj is None or u in at:
                break
            u = adj.end()
            if u in at and at[u].kind in _WHOLE_KINDS:
                t = u
                break
    if t > pos and t not in at:
        # "около 85 тыс. кв. км бывшего княжества Джамму и Кашмир": past "former" and the
        # princely state's noun, the state named
        u = t
        adj = _CYR_GENITIVE_ADJECTIVE.match(low, u)
        u = adj.end() if adj is not None else u
        princely = _CYR_PRINCELY.match(low, u)
        if princely is not None and princely.end() in at:
            # (the name stands as it is after the noun, whatever its case)
            return True, True, _whole_id(at[princely.end()])
    if t in at and t > pos and _CYRILLIC.match(text, t) and not _nominative(text, at[t]):
        # ("70% Запоріжжя": a town's name after a share is the unit named alike)
        return True, True, _whole_id(at[t]) or _unit_named_alike(at[t])
    return False, False, None


#: A verb of holding, which ends the words of a whole: "контролирует", "утримує".
_CYR_HOLDS_WORD = re.compile(
    r"(?:контрол|удержива|утриму|окупу|оккупиру|займа|занима|управля|администриру|"
    r"адмініструє|адміністру)\w*\s+"
)
_CYR_PRINCELY = re.compile(r"(?:княжеств|князівств)\w*\s+")
#: A place and its figure in a list or a table: "Запорізька — близько 73% території",
#: "Donetsk Oblast: about 79%".
#: Before a label of a list: a colon, a semicolon, a comma or a dash.
_LABEL_OPENS = re.compile(r"[:;,—–]\s*$")
_AT_LABEL_GAP = re.compile(
    r"\s+at(?:\s+(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under|over|"
    r"under|more\s+than|less\s+than))?\s+"
)
_LABEL_GAP = re.compile(
    # (a table's cell: "Luhansk | 98%")
    r"['’]?s?\s*[:—–|]\s*"
    # "Luhansk region: almost entirely occupied, about 99%": a label's words before its share
    r"(?:(?:(?:almost|nearly|virtually|largely|mostly|partly|entirely|fully|completely)\s+)*"
    r"(?:occupied|held|controlled|under\s+\w+\s+control)\s*[,—–]\s*)?"
)


#: A sentence that opens with its holder's verb: "Damascus controlled some 63 percent".
_HOLDER_OPENS = re.compile(
    r"\s*(?:[A-Za-zА-Яа-яІіЇїЄєҐґЁё'’-]+\s+){1,3}?(?:controlled|controls|held|holds|occupied|"
    r"occupies|administered|administers|контролировал\w*|контролював\w*|контролює|"
    r"контролирует|удерживал\w*|утримував\w*)\s+(?:(?:some|about|roughly|around|nearly|"
    rf"almost|over|under|just|{_APPROX_WORDS})\s+)?$"
)
#: A data box's field name right before its value: "Occupied as of 2025: ".
_FIELD_BEFORE = re.compile(r"(?:^|[.;\n]\s*)[a-zа-яіїєґё][^.;:\n]{0,45}:\s*(?:[^\W\d]+\s+)?$")
#: A data box's area field: "Area: 26,684 km²", "Площа: ...".
_AREA_FIELD = re.compile(r"(?:^|[.—–:]\s*)(?:total\s+)?(?:area|площа|площадь)\s*:\s*")


def _box_subject(low: str, ctx: _Context) -> str | None:
    """The place a data box is about: named right before its "Area:" field, else None."""
    field = _AREA_FIELD.search(low)
    if field is None:
        return None
    ends, chosen = ctx.every
    k = bisect.bisect_right(ends, field.start() + 1)
    if not k:
        return None
    m = chosen[k - 1]
    if m.kind not in _WHOLE_KINDS or field.start() - m.end > 4:
        return None
    return _whole_id(m)


def _labelled_whole(low: str, fig_start: int, ctx: _Context) -> str | None:
    """The place a figure is given for, as a label before a colon or a dash, else None.

    Not a country: "Индия управляет 55% ..., Пакистан — около трети" lists holders.
    """
    m = _mention_before(fig_start, ctx)
    if m is None or m.kind not in ("region", "entity", "area", "city"):
        return None
    q_start = _opening(low, fig_start, allow_range=False)[0]
    if _by_agent(low, m):
        return None  # "Controlled by the Sahrawi Arab Democratic Republic: about 20%"
    if _left_out(low, m):
        # "Without Crimea — about 14%", "Без учета Крыма — около 14%": the place left out,
        # not the one measured
        return None
    if _BORDER_WITH.search(low, max(0, m.start - 30), m.start):
        # "несколько сел у границы с Харьковской областью — менее 1% территории": a
        # neighbour named by its border, no label
        return None
    if (
        _LABEL_GAP.fullmatch(low, m.end, min(fig_start, q_start))
        # "followed by Utah at about 63 percent and Idaho at 62 percent": each at its own
        or _AT_LABEL_GAP.fullmatch(low, m.end, min(fig_start, q_start))
        or _AT_LABEL_GAP.fullmatch(low, m.end, fig_start)
    ) or (
        # "Shaded share: Zaporizhzhia about 74%, Kherson about 73%": a label right before
        # the qualifier of its figure
        m.end < min(fig_start, q_start)
        and not low[m.end : min(fig_start, q_start)].strip()
        and low[min(fig_start, q_start)].isalnum()
        # an item of a list that a colon opens ("Iturup makes up about 63 percent and
        # Kunashir nearly 30 percent" lists parts, no labels)
        and _LABEL_OPENS.search(low, max(0, m.start - 4), m.start) is not None
    ):
        # "Occupied share by oblast — Luhansk: more than 99%; Donetsk: about 79%": a town's
        # name as a label is the province named alike
        return _unit_named_alike(m) if m.kind == "city" else _whole_id(m)
    return None


def _bracketed_share(low: str, fig_start: int, ctx: _Context) -> str | None:
    """The country of a part a share is bracketed after, else None.

    "Abkhazia (about 12.5%) and South Ossetia (about 5.5%)": each share is of the part's
    country, Georgia, not of the part; but "у Луганській області (понад 98%)", a share in
    the place, is of the place.
    """
    q_start = min(fig_start, _opening(low, fig_start, allow_range=False)[0])
    bracket = low.rfind("(", max(0, q_start - 3), q_start)
    if bracket < 0 or low[bracket + 1 : q_start].strip():
        return None
    m = _mention_before(fig_start, ctx)
    if (
        m is None
        or m.kind not in ("region", "entity", "area")
        or low[m.end : bracket].strip()
        or not m.country
    ):
        return None
    if _IN_BEFORE.search(low, max(0, m.start - 6), m.start):
        return _whole_id(m)
    # "the West Bank was divided into Area A (about 18%), Area B (about 22%) ...": shares
    # of the place divided
    return _split_place(low, m.start, ctx) or m.country


def _split_place(low: str, before: int, ctx: _Context) -> str | None:
    """The place its sentence says is split or divided, named before the cue, else None.

    "Кашмір поділений між трьома державами: Індія адмініструє близько 55% території":
    the territory is Kashmir's.
    """
    s0 = max(low.rfind(". ", 0, before), low.rfind("\n", 0, before), -1) + 1
    cues = list(_SPLIT_CUE.finditer(low, s0, before))
    if not cues:
        return None
    return _place_between(s0, cues[-1].start(), ctx)


#: A locative preposition right before a place: "in", "у", "в".
_IN_BEFORE = re.compile(r"(?<!\w)(?:in|у|в|во|ві)\s+$")


def _nominative(text: str, m: _Mention) -> bool:
    """True when a Cyrillic mention reads as a name's nominative, so no genitive of a whole.

    "площадью около 5 тыс. кв. км Япония называет своими": Japan is the subject, not the
    whole ("5 тыс. кв. км Украины").
    """
    from geoclaims._normalize import normalize

    surface = text[m.start : m.end]
    if _OBLIQUE_ADJECTIVE.match(surface):
        # "половини Північного Ківу": an adjective's genitive or dative, though the
        # gazetteer lists the inflected name
        return False
    if surface[-1:].lower() in _INDECLINABLE_ENDINGS and not _SENTENCE_OPENS_BEFORE.search(
        text, max(0, m.start - 3), m.start
    ):
        # a foreign name in a vowel does not inflect: "п'яту частину Малі", "20% Сомали"
        # (but a sentence's first word is its subject: "266 тыс. кв. км. Марокко
        # контролирует")
        return False
    if _NEUTER_SAME_IN_GENITIVE.search(surface.lower()) and not _SENTENCE_OPENS_BEFORE.search(
        text, max(0, m.start - 3), m.start
    ):
        # a Ukrainian neuter in "-жжя", "-лля", "-'я" reads the same in the genitive: "70%
        # Запоріжжя", "частина Придністров'я"
        return False
    # an acronym does not inflect: "около 80% ДНР"
    return not surface.isupper() and normalize(surface) in _cyrillic_base_names()


#: A doubled consonant or an apostrophe before a final "я": "Запоріжжя", "Поділля",
#: "Придністров'я".
_NEUTER_SAME_IN_GENITIVE = re.compile(r"(?:([бвгджзклмнпрстфхцчшщ])\1|['’ʼ])я$")


_SENTENCE_OPENS_BEFORE = re.compile(r"[.!?]\s+$")
#: The last letters of Cyrillic names that stay as they are in every case ("Малі",
#: "Сомали", "Перу", "Того", "Баку"); a plural name in "-и" reads the same way.
_INDECLINABLE_ENDINGS = frozenset("іиоеуюэ")


#: A first word in an oblique case only ("Північного", "Северного", "Південної").
_OBLIQUE_ADJECTIVE = re.compile(r"[А-ЯІЇЄҐЁа-яіїєґё'’-]+(?:ого|его|ої|ому|ему)\s", re.IGNORECASE)


@functools.cache
def _princely_states() -> frozenset[str]:
    """The ids of the named areas that were princely states (Kashmir), by their definition."""
    from geoclaims import boundaries

    table = boundaries._area_table()
    return frozenset(
        a
        for a, d in zip(table["area_id"], table["definition"], strict=True)
        if isinstance(d, str) and "princely state" in d.lower()
    )


@functools.cache
def _cyrillic_base_names() -> frozenset[str]:
    """The normalised Cyrillic names of countries and units, in the nominative."""
    from geoclaims import boundaries
    from geoclaims._normalize import normalize

    names = boundaries._names()["name"]
    return frozenset(normalize(n) for n in names[names.str.contains(_CYRILLIC)])


# ---------------------------------------------------------------------------------------
# The scan
# ---------------------------------------------------------------------------------------


class _Found(NamedTuple):
    start: int
    end: int
    value: float
    high: float | None
    unit: str  # %, km2, mi2, or "frac" (a fraction word: a share in per cent)
    qualifier: str | None
    need_of: bool  # an English fraction counts only before "of"


#: Qualifiers that are also prepositions: before "between" they are the verb's ("control
#: over between 50 and 60 percent").
_PREPOSITION_QUALIFIER = re.compile(r"over|above|under|below")


def _opening(low: str, pos: int, allow_range: bool = True) -> tuple[int, str | None, bool]:
    """Read back from a figure's first number: (start, qualifier phrase, range opener?)."""
    start, between = pos, False
    ob = _OPENER_BEFORE.search(low, max(0, pos - 12), pos) if allow_range else None
    if ob:
        start, between = ob.start(), True
    qb = _QUAL_BEFORE.search(low, max(0, start - _LOOKBACK), start)
    if qb and qb.group("qual") in ("<", ">") and _TAG_END.match(low, max(0, qb.start() - 1)):
        qb = None  # "<b>18%</b>": the end of a markup tag, no bound
    if qb and not (between and _PREPOSITION_QUALIFIER.fullmatch(qb.group("qual"))):
        # ("hold sway over between 50 and 60 percent": "over" is the verb's, not a bound)
        return qb.start(), qb.group("qual"), between
    if (
        low[start - 1 : start] in ("~", "≈", "<", ">")
        and start
        and not (low[start - 1] in "<>" and _TAG_END.match(low, max(0, start - 2)))
    ):
        # "~86%", "≈53,000 km²", "Kharkiv: <2%"
        return start - 1, low[start - 1], between
    return start, None, between


#: The character before a markup tag's ">" (or a "<" right after a word): "<b>18%" has
#: none of "more than" in it.
_TAG_END = re.compile(r"[\w\"'/]")


# "процентов 80 Запорожской области", "відсотків 70": the unit before the number, in
# speech, says the number is rough
_PERCENT_WORD_BEFORE = re.compile(
    _no_paragraph(r"(?<!\w)(?:процент(?:ов|а)|відсотків|відсотка)\s+$")
)
_INVERTED_NUMBER = re.compile(
    _no_paragraph(
        r"(\d{1,2}(?:[.,]\d)?)(?:\s*[-–]\s*(\d{1,2}))?"
        r"(?![\d%.,]|\s*(?:%|км|кв|тыс|тис|млн|квадрат|процент|відсот))"
    )
)


def _inverted_percent_at(low: str, pos: int) -> _Found | None:
    word = _PERCENT_WORD_BEFORE.search(low, max(0, pos - 14), pos)
    num = _INVERTED_NUMBER.match(low, pos) if word else None
    if num is None:
        return None
    high = float(num.group(2)) if num.group(2) else None
    return _Found(
        word.start(), num.end(), _parse_number(num.group(1), ""), high, "%", "about", False
    )


#: After a period: whitespace, then a capital that opens the next sentence.
_NEXT_SENTENCE = re.compile(r"\s+[\"“«(]?[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ]")


def _scan(text: str) -> list[_Found]:
    """Every figure in the text, in order, not overlapping."""
    low = _lower(text)
    out: list[_Found] = []
    last_end = 0
    for a in _ANCHOR.finditer(low):
        pos = a.start()
        if pos < last_end:
            continue
        slash = _SLASH_FRACTION.match(low, pos) if low[pos].isdigit() else None
        if slash is not None:
            # "about 1/5 of Ukraine", "3/4 території": a fraction written with a slash
            p0, q, _between = _opening(low, pos)
            value = 100 * int(slash.group(1)) / int(slash.group(2))
            found = _Found(p0, slash.end(), value, None, "frac", _qualifier(q, low, p0), False)
        elif a.group("frac") is not None:
            # "half a million square kilometres": a magnitude, not a fraction
            found = _magnitude_at(low, pos) or _fraction_at(low, pos, a.end())
        elif a.group("mag") is not None:
            found = _magnitude_at(low, pos)
        else:
            found = _figure_at(low, pos)
            if found is None:
                found = _inverted_percent_at(low, pos)
            if found is None and _MAGNITUDE_AT.match(low, pos) is not None:
                # "three quarters of a million hectares": a magnitude that opens with a
                # number word
                found = _magnitude_at(low, pos)
        if (
            found is not None
            and found.unit in AREA_UNITS
            and text[found.end - 1] == "."
            and _NEXT_SENTENCE.match(text, found.end)
        ):
            # "примерно 27 тыс. кв. км. Донецкая ...": the unit's period ends the sentence
            found = found._replace(end=found.end - 1)
        if found is not None and found.unit == "m2" and found.value < _GROUND_M2:
            # "a flat of 50 m²", "a 200-square-metre plant": a floor or a plot, no ground a
            # claim is about
            last_end = found.end
            continue
        if found is not None and found.start >= last_end:
            pair = (
                _PAIRED_BEFORE.search(low, max(last_end, found.start - 30), found.start)
                if found.unit in (*AREA_UNITS, "%") and found.high is None
                else None
            )
            if (
                pair
                and not _RANGE_OPENER_BEFORE.search(low, max(0, pair.start() - 12), pair.start())
                and not _YEAR.fullmatch(pair.group(1))
                and (found.unit != "%" or _parse_number(pair.group(1), "") <= 100)
            ):
                # "cover just 18.5 and 12.3 square kilometres respectively": the first
                # figure's unit is the second's
                p0, q, _between = _opening(low, pair.start(1))
                first = _parse_number(pair.group(1), "")
                shared = _SHARED_MAGNITUDE.match(low, found.start)
                factor = (
                    1.0
                    if shared is None
                    else 100.0
                    if shared["mag"] == "hundred"
                    else _magnitude(shared["mag"])
                )
                if (pair.group(2) in _OR_WORDS or factor > 1) and first * factor < found.value:
                    # "3 or 4 thousand square kilometres": one figure, a range, in the
                    # second's magnitude
                    found = found._replace(
                        start=p0, value=first * factor, high=found.value,
                        qualifier=found.qualifier or _qualifier(q, low, p0),
                    )  # fmt: skip
                else:
                    out.append(
                        _Found(
                            p0, pair.end(1), first * factor, None, found.unit,
                            _qualifier(q, low, p0), False,
                        )
                    )  # fmt: skip
            bigger = (
                _BIGGER_MAGNITUDE_BEFORE.search(low, max(last_end, found.start - 30), found.start)
                if found.unit in AREA_UNITS and found.high is None and not found.qualifier
                else None
            )
            if bigger is not None:
                # "2 миллиона 724,9 тысячи квадратных километров", "1 млн 200 тис. кв. км",
                # "two thousand three hundred square kilometres": the larger order before
                head = _parse_number(bigger["n"], "") * _magnitude(bigger["mag"])
                if head > found.value:
                    p0, q, _between = _opening(low, bigger.start("n"), allow_range=False)
                    found = found._replace(
                        start=p0, value=head + found.value, qualifier=_qualifier(q, low, p0)
                    )
            part = (
                _PART_OF_AREA_BEFORE.search(low, max(last_end, found.start - 60), found.start)
                if found.unit in AREA_UNITS and found.high is None
                else None
            )
            if part is not None and not _YEAR.fullmatch(part["n"]):
                # "about 20,000 of the oblast's 27,180 km²", "roughly 1,100 of the 1,300
                # square kilometers": a part of the area after it, in its unit
                value = _parse_number(part["n"], part["m"] or "")
                if 0 < value < found.value:
                    p0, q, _between = _opening(low, part.start("n"), allow_range=False)
                    out.append(
                        _Found(p0, part.end("n"), value, None, found.unit,
                               _qualifier(q, low, p0), False)
                    )  # fmt: skip
            out.append(found)
            last_end = found.end
            whole = _elided_whole_size(low, found, out)
            if whole is not None:
                out.append(whole)
                last_end = whole.end
                continue
            elided = _elided_area(low, found)
            while elided is not None:
                # "Donetsk Oblast covers 10,240 square miles, Luhansk 10,300, Zaporizhzhia
                # 10,490 and Kherson 10,990": each in its turn, in the first one's unit
                out.append(elided)
                last_end = elided.end
                elided = _elided_area(low, elided)
    if _IN_HALF_WORD.search(low):
        out = _split_in_half(low, out)
    if _PERCENT_ALONE_WORD.search(low):
        out = _percent_alone(low, out)
    out = _shared_qualifiers(low, _fraction_of_one_percent(low, out))
    return _drop_conversions(low, _mixed_ranges(low, out))


#: A fraction of one per cent: "a quarter of one percent", "half of 1 per cent", "a tenth
#: of a percent".
_FRACTION_OF_ONE_PERCENT = re.compile(
    _no_paragraph(
        r"(?<![\w-])(?:(?:a|one)\s+)?(?P<frac>half|third|quarter|fifth|tenth|"
        r"three[\s-]quarters|two[\s-]thirds)\s+of\s+(?:one|a|1)\s*(?:per\s*cent|percent|%)"
        r"(?!\w)"
    )
)
_ONE_PERCENT_FRACTIONS = {
    "half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1,
    "three quarters": 0.75, "two thirds": 2 / 3,
}


def _fraction_of_one_percent(low: str, out: list[_Found]) -> list[_Found]:
    """``out`` with "a quarter of one percent" read as 0.25%, not as one per cent.

    The figure found on "one percent" takes the fraction before it, and the qualifier
    before the fraction ("less than a quarter of one percent": less than 0.25%).
    """
    if not any(f.unit == "%" and f.value == 1.0 for f in out):
        return out  # no "one percent" found: nothing to read as its fraction
    for m in _FRACTION_OF_ONE_PERCENT.finditer(low):
        frac = _ONE_PERCENT_FRACTIONS[re.sub(r"[\s-]+", " ", m.group("frac"))]
        for k, f in enumerate(out):
            if f.unit == "%" and f.value == 1.0 and f.high is None and m.start() < f.end <= m.end():
                start, q, _between = _opening(low, m.start(), allow_range=False)
                out[k] = _Found(
                    start, m.end(), round(frac, 4), None, "%", _qualifier(q, low, start), False
                )
    return out


#: "a percent", "half a percent", "відсотка", "полпроцента": one per cent (or half of one)
#: written without a number, after a qualifier ("less than a percent", "менше відсотка").
_PERCENT_ALONE = re.compile(
    _no_paragraph(
        r"(?<![\w-])(?:(?P<half_en>half\s+(?:of\s+)?(?:a|one)\s+)|a\s+)(?:per\s*cent|percent)"
        r"(?!\w)|(?<![\w-])(?P<half_cyr>пів|пол(?:у)?)?(?:відсотка|процента)(?!\w)"
    )
)
_PERCENT_ALONE_WORD = re.compile(r"percent|per\s*cent|відсотка|процента|square\s+(?:kilomet|mile)")
#: A number right before "відсотка"/"процента" ("1,5 відсотка", "двух процента") makes it
#: no percent alone.
_NUMBER_BEFORE = re.compile(_no_paragraph(rf"(?:\d|(?<!\w)(?:{_WORDNUM}))\w*\s*$"))


def _percent_alone(low: str, out: list[_Found]) -> list[_Found]:
    """``out`` with each percent written without a number after a qualifier.

    1% ("less than a percent", "менше відсотка", "меньше процента"), or 0.5% ("half a
    percent", "полупроцента"). Without a qualifier before, "a percent" is no figure.
    """
    taken = [(f.start, f.end) for f in out]
    added = []
    for m in _PERCENT_ALONE.finditer(low):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if m.group("half_en") is None and m.group("half_cyr") is None and (
            _NUMBER_BEFORE.search(low, max(0, m.start() - 24), m.start())
        ):
            continue
        start, q, _between = _opening(low, m.start(), allow_range=False)
        qualifier = _qualifier(q, low, start)
        if qualifier is None:
            continue
        half = m.group("half_en") is not None or m.group("half_cyr") is not None
        added.append(_Found(start, m.end(), 0.5 if half else 1.0, None, "%", qualifier, False))
    for m in _AREA_UNIT_ALONE.finditer(low):
        # "less than a square kilometre", "under a square mile": one of the unit
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        start, q, _between = _opening(low, m.start(), allow_range=False)
        qualifier = _qualifier(q, low, start)
        if qualifier is None:
            continue
        unit = "mi2" if m.group("mi") else "km2"
        # ("less than half a square kilometre": half of one)
        value = 0.5 if m.group("half") else 1.0
        added.append(_Found(start, m.end(), value, None, unit, qualifier, False))
    return sorted([*out, *added], key=lambda f: f.start) if added else out


#: One square kilometre or mile written without a number: "a square kilometre", or half of
#: one: "half a square kilometre".
_AREA_UNIT_ALONE = re.compile(
    _no_paragraph(
        r"(?<![\w-])(?P<half>half\s+(?:of\s+)?)?(?:a|one)\s+"
        r"(?:square\s+(?:kilomet(?:re|er)|(?P<mi>mile)))(?![\w-])"
    )
)


_IN_HALF = r"in\s+half|пополам|навпіл"
_IN_HALF_WORD = re.compile(rf"(?<!\w)(?:{_IN_HALF})(?!\w)")
#: A whole split in half: "dividing Hans Island ... roughly in half", "split it in half",
#: "разделили его примерно пополам", "поділили острів навпіл".
_SPLIT_IN_HALF = re.compile(
    r"(?<![\w-])(?:split|splitting|divid(?:e|es|ed|ing)|cut(?:s|ting)?|partition\w*|"
    r"(?:раз|по)дел(?:ил|или|ить|ят|ен|ено|ён|ена|ены|ивший|ившее)\w*|"
    r"(?:роз|по)діл(?:ил|или|ити|ять|ено|ений|ена|ені)\w*)"
    r"(?P<mid>(?:[^.;!?]|(?<=\d)\.(?=\d)){0,160}?)"
    rf"\s(?P<half>{_IN_HALF})(?!\w)"
)


#: An English place noun for what is split: "the island", "the disputed territory".
_SPLIT_PLACE_NOUN = (
    r"the\s+(?:[a-z-]+\s+)?(?:island|islet|rock|territory|country|region|province|peninsula|"
    r"enclave|area|oblast|state|strip|plateau)s?"
)
#: What is split, called by a pronoun or a place noun: "split it", "разделили его".
_SPLIT_OBJECT = re.compile(
    rf"\s*(?:it|them|{_SPLIT_PLACE_NOUN}|"
    r"його|її|его|её|ее|их|їх|острів|остров|територію|территорию|країну|страну|"
    r"область|регіон|регион|півострів|полуостров)(?!\w)"
)
#: The verb's passive before it: "has in effect been ", "was ", "було ".
_SPLIT_PASSIVE_BEFORE = re.compile(
    r"(?:\s+(?:has|have|had|was|were|is|are|been|being|now|in\s+effect|effectively|"
    r"de\s+facto|largely|was\s+later|будет|було|была|был|були|были))+\s+$"
)
#: A place noun as the subject before the passive: "the island was split in half".
_SPLIT_SUBJECT_END = re.compile(
    rf"(?<!\w)(?:{_SPLIT_PLACE_NOUN}|"
    r"острів|остров|територія|территория|країна|страна|півострів|полуостров)$"
)
_IN_HALF_END = re.compile(rf"(?:{_IN_HALF})$")
#: Before the verb, a relative clause on the place named before it, the verb's object:
#: ", which China and Russia ", ", яку сторони ", ", который стороны ".
_SPLIT_RELATIVE_BEFORE = re.compile(
    r",\s*(?:which|that|який|яку|яке|які|который|которую|которое|которые)\s+"
    r"(?:[\w'’-]+,?\s+){1,5}?(?:(?:have|has|had|agreed\s+to|decided\s+to|would|will|"
    r"eventually|effectively|formally|finally)\s+)*$"
)


def _split_in_half(low: str, out: list[_Found]) -> list[_Found]:
    """``out`` with a half for each whole split in half (50%, a share of that whole).

    The "half" of "in half" found alone is the same figure and gives way.
    """
    added = []
    for m in _SPLIT_IN_HALF.finditer(low):
        pos = m.start("half")
        start, q, _between = _opening(low, pos, allow_range=False)
        added.append(_Found(start, m.end(), 50.0, None, "frac", _qualifier(q, low, start), False))
    if not added:
        return out
    kept = [f for f in out if not any(f.start < a.end and a.start < f.end for a in added)]
    return sorted(kept + added, key=lambda f: f.start)


#: After a country's name: its claim, which is to another's ground, never a whole.
_CLAIMANT_POSSESSIVE = re.compile(
    r"(?:['’]s)?\s+(?:[a-z-]+\s+)?claims?\b"
)
_SPLIT_COUNTRY = re.compile(r"\s*(?:the|this|that)\s+(?:country|nation)\b")


def _split_whole(text: str, low: str, f: _Found, ctx: _Context) -> str | None:
    """The whole a figure "in half" halves, else None (nothing split is a place).

    The place named after the verb of splitting ("dividing Hans Island, a 1.3 km² rock,
    roughly in half"), or the one the verb's passive follows ("Sudan has been split in
    half"). When what is split is a pronoun or a place noun ("split it", "the island was
    split"): the first region, entity or area of the sentence before the verb, else of
    the sentence before ("Hans Island ... The deal split it in half"), else the nearest
    country before.
    """
    s0, _s1 = _sentence_bounds(text, f.start, f.start)
    split = None
    for m in _SPLIT_IN_HALF.finditer(low, s0, f.end):
        if m.end() == f.end:
            split = m
    if split is None:
        return None
    verb = split.start()
    ends, chosen = ctx.every
    mid = [
        m for m in chosen
        if split.start("mid") <= m.start and m.end <= f.start
        and m.kind in _WHOLE_KINDS and not _possessive(text, m)
    ]
    if mid:
        return _whole_id(mid[0])
    passive = _SPLIT_PASSIVE_BEFORE.search(low, s0, verb)
    if passive is not None:
        subject = [m for m in chosen if m.end == passive.start() and m.kind in _WHOLE_KINDS]
        if subject:
            return _whole_id(subject[0])  # "Sudan has in effect been split in half"
    relative = _SPLIT_RELATIVE_BEFORE.search(low, s0, verb)
    if relative is not None:
        named = [m for m in chosen if m.end == relative.start() and m.kind in _WHOLE_KINDS]
        if named:
            # "Bolshoi Ussuriysky Island, which China and Russia split roughly in half"
            return _whole_id(named[0])
    if not (
        _SPLIT_OBJECT.match(low, split.start("mid"))
        or (passive is not None and _SPLIT_SUBJECT_END.search(low, s0, passive.start()))
    ):
        return None  # "cut the cake in half", "inflation was cut in half": no place
    if _SPLIT_COUNTRY.match(low, split.start("mid")):
        # "The accords split the country roughly in half": the country talked about
        return _the_country(text, low, verb, ctx)
    p0 = _sentence_bounds(text, s0 - 2, s0 - 2)[0] if s0 > 1 else s0
    for lo in (s0, p0):
        for m in chosen:
            if (
                lo <= m.start
                and m.end <= (verb if lo == s0 else s0)
                and m.kind in ("region", "entity", "area")
                # ("DAYTON, Ohio — ...": where the story is filed, no topic)
                and not _dateline_place(text, m)
            ):
                return _whole_id(m)
    k = bisect.bisect_right(ends, verb)
    for m in reversed(chosen[:k]):
        if m.kind == "country" and verb - m.end < 600:
            return _whole_id(m)
    return None


#: After a fraction, another holder's fraction with its verb gapped: " and China about a
#: fifth".
#: Before a fraction: a share of a place, then another holder with its verb gapped:
#: "63 percent of syria, the kurdish-led sdf about ".
_GAPPED_AFTER_SHARE = re.compile(
    r"(?:%|per\s*cent|percent)\s+of\s+[^,.;:!?]{1,40},\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under|over|under|"
    r"more\s+than|less\s+than)\s+)?(?<!the\s)(?<!its\s)$"  # (not "the third-largest")
)
_GAPPED_FRACTION_NEXT = re.compile(
    r"\s*,?\s+and\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s+(?:(?:about|around|roughly|some|"
    r"nearly|almost|just\s+over|just\s+under|over|under|more\s+than|less\s+than)\s+)?"
    r"(?:a|one|two|three)[\s-](?:half|third|quarter|fifth|sixth|tenth)"
)
#: After a fraction, a per cent that ends its range: " and 40 percent", " to 40%".
_MIXED_RANGE_END = re.compile(r"\s+(?:to|and|до|і|и|та)\s+\d[\d.,]*\s?(?:%|per\s?cent|percent)")
#: Between a fraction and a per cent that close a range: "от трети до 40%".
_MIXED_RANGE_GAP = re.compile(r"\s+(?:to|and|до|і|и|та)\s+")


def _mixed_ranges(low: str, found: list[_Found]) -> list[_Found]:
    """``found`` with a range from a fraction to a per cent made one figure.

    "от трети до 40% площади страны", "between a third and 40 percent": one range,
    33.3% to 40%.
    """
    out: list[_Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.unit == "frac"
            and prev.high is None
            and f.unit == "%"
            and f.high is None
            and f.value > prev.value
            and (
                (f.qualifier is None and _MIXED_RANGE_GAP.fullmatch(low, prev.end, f.start))
                # "до 40%" read its "до" as "up to": the range's end
                or (
                    f.qualifier == "up_to"
                    and low.startswith(("до ", "to "), f.start)
                    and not low[prev.end : f.start].strip()
                )
            )
            and _RANGE_OPENER_BEFORE.search(low, max(0, prev.start - 12), prev.start)
        ):
            out[-1] = prev._replace(end=f.end, high=f.value, unit="%", need_of=False)
            continue
        out.append(f)
    return out


#: After an area figure, a second number whose unit is the first's, left out: "Abkhazia
#: covers some 8,660 square kilometres and South Ossetia about 3,900.", "12,000 km² in
#: Kharkiv Oblast and about 7,000 on the right bank", "roughly 3,000 km², down from 4,400".
#: The qualifier of a number whose unit is left out, and what may follow that number.
_ELIDED_QUAL = (
    r"(?P<q>(?:about|some|roughly|around|nearly|almost|just\s+over|more\s+than|less\s+than|"
    r"over|under)\s+)?"
)
_ELIDED_END = (
    r"(?=\s*(?:[.,;)]|$|\s+(?:in|on|at|by|during|before|after|when|{}since)\b"
    # "down from 236 the week before", "up from 610 a month earlier"
    r"|\s+(?:the|a|that|this|last|previous)\s+(?:week|month|year|day|quarter|period)\b))"
)
_ELIDED_AREA = re.compile(
    r"[^.;:!?\d%()]{0,60}?(?:\s+and|,\s*and|\s+while|\s+(?:down|up)\s+from|"
    # "about 109,000 km², against Portugal's 92,200", "later raising the figure to 1,300"
    r"\s+compared\s+with|\s+versus|,?\s+against|\s+(?:raising|raised|revising|revised))"
    r"\s+(?:[^\W\d][\w'’-]*\s+){0,3}?"
    # "while the West Bank covers 5,655", "and the Gaza Strip just 365": the verb said again,
    # a word of how little
    r"(?:(?:covers|spans|measures|is|has)\s+)?(?:(?:just|only|barely|merely|a\s+mere)\s+(?!over|under))?"
    + _ELIDED_QUAL
    + r"(?P<n>\d{1,3}(?:,\d{3})+|\d{3,})(?![.,]\d)"
    + _ELIDED_END.format("under|")
)
#: The next item of a list of places or times, each with its area, the unit left out:
#: ", Luhansk 10,300", ", Zaporizhzhia oblast some 27,180", ", 354 in February".
_ELIDED_LISTED = re.compile(
    # (" in January 2025, 354 in February": a month's figure after the one before; "—
    # Lithuania 65,300": the parts of a total after a dash)
    r"(?:\s+(?:in|during|over|by)\s+[^\W\d][\w'’-]*(?:\s+\d{4})?)?"
    r"(?:,\s*(?:and\s+)?|\s*[—–:]\s*|\s+and\s+)(?:[^\W\d][\w'’-]*\s+){0,3}?"
    + _ELIDED_QUAL
    + r"(?P<n>\d{1,3}(?:,\d{3})+|\d{3,})(?![.,]\d)"
    + _ELIDED_END.format("under|and|or|").replace("[.,;)]", "[.,;)—–]")
)
#: A rate's earlier value, its unit left out: "about 15 km² a day in January, down from
#: nearly 30 in November" (two digits are enough after "down from").
_ELIDED_TREND = re.compile(
    r"[^.;:!?\d%()]{0,60}?\s+(?:down|up)\s+from\s+"
    + _ELIDED_QUAL
    + r"(?P<n>\d{1,3}(?:,\d{3})+|\d{2,})(?![.,]\d)"
    + _ELIDED_END.format("under|")
)
#: Between a figure and its revision: "..., later raising the figure to".
_REVISED_GAP = re.compile(
    r"\b(?:raising|raised|revising|revised|lifting|lifted)\s+(?:\w+\s+){0,3}?to\s+"
)
#: An area's change "from" it "to" a number whose unit is left out.
_FROM_BEFORE_FIGURE = re.compile(r"(?<!\w)from\s+(?:a\s+(?:peak|high|low)\s+of\s+)?$")
_ELIDED_TO = re.compile(
    r"\s+to\s+"
    + _ELIDED_QUAL
    + r"(?P<n>\d{1,3}(?:,\d{3})+|\d{2,})(?![.,]\d)"
    + _ELIDED_END.format("")
)
#: Words between an area and a later number that make the number no area: "covers 1,832
#: km² — just over five percent of the country — and is home to about 130,000".
_NOT_ELIDED_GAP = re.compile(
    r"per\s*cent|percent|home\s+to|people|population|inhabitants|residents|troops|soldiers"
)


def _elided_area(low: str, found: _Found) -> _Found | None:
    """The area figure after ``found`` that leaves its unit out, else None."""
    if found.unit not in AREA_UNITS or found.high is not None:
        return None
    m = (
        _ELIDED_AREA.match(low, found.end)
        or _ELIDED_LISTED.match(low, found.end)
        or _ELIDED_TREND.match(low, found.end)
    )
    if m is None and _FROM_BEFORE_FIGURE.search(low, max(0, found.start - 30), found.start):
        m = _ELIDED_TO.match(low, found.end)  # "from a peak of 1,300 km² to less than 200"
    if (
        m is None
        or (_YEAR.fullmatch(m["n"]) and "," not in m["n"])
        or _NOT_ELIDED_GAP.search(low, found.end, m.start("n"))
    ):
        return None
    value = _parse_number(m["n"], "")
    if not found.value / 20 <= value <= found.value * 20:
        return None
    start = m.start("q") if m["q"] else m.start("n")
    return _Found(start, m.end("n"), value, None, found.unit, _qualifier(m["q"], low, start), False)


#: After a share, its whole's possessive and that whole's size, the unit left out: "or
#: roughly 4.5% of the country's 1.1 million", "a tenth of Iraq's 438,317".
_ELIDED_WHOLE_SIZE = re.compile(
    r"\s+of\s+(?:the\s+)?[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,2}['’]s?\s+"
    r"(?:(?:entire|total|whole)\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?P<m>\s*(?:million|m)(?!\w))?(?=\s*(?:[.,;)—–]|$))"
)


def _elided_whole_size(low: str, found: _Found, out: list[_Found]) -> _Found | None:
    """The size of a share's whole after its possessive, with the unit left out.

    "covers about 50,000 km², or roughly 4.5% of the country's 1.1 million" is 1,100,000
    km², in the unit of the area the share restates. None unless an area stands before
    the share in its sentence and the share of the number is about that area.
    """
    if found.unit not in ("%", "frac") or len(out) < 2:
        return None
    area = out[-2]
    if area.unit not in AREA_UNITS or _PHRASE_END.search(low, area.end, found.start):
        return None
    m = _ELIDED_WHOLE_SIZE.match(low, found.end)
    if m is None or (_YEAR.fullmatch(m["n"]) and not m["m"]):
        return None
    if _NOT_ELIDED_GAP.search(low, area.end, m.end()):
        return None  # "home to 4.5% of the country's 110 million": people
    value = _parse_number(m["n"], m["m"] or "")
    if not 0.5 * area.value <= found.value / 100 * value <= 2 * area.value:
        return None  # the share of that number is not the area it restates
    return _Found(m.start("n"), m.end(), value, None, area.unit, None, False)


#: Between a part and the area it is a part of: " of the oblast's ", " of its roughly ".
_PART_OF_AREA_GAP = re.compile(
    r"\s+of\s+(?:the|its|their|[^\W\d][\w-]*['’]s)\s+(?:[^\W\d][\w'’-]*\s+){0,2}"
)
#: A number, then "of" and the area it is a part of: "20,000 of the oblast's ", "1,100 of
#: the ", "4,000 of its roughly ".
_PART_OF_AREA_BEFORE = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?P<m>thousand|million))?"
    + _PART_OF_AREA_GAP.pattern
    + "$"
)
_SLASH_FRACTION = re.compile(
    r"([1-9])\s*/\s*([2-9]|10)(?=\s+(?:of\b|територ|территор))"
)
_PAIRED_BEFORE = re.compile(
    rf"(?<![\w.,])(\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|{_alt(_EN_SMALL)})\s+"
    r"(and|or|і|та|и|або|чи|или)\s+$"
)
_OR_WORDS = frozenset({"or", "або", "чи", "или"})
#: A figure's number and the magnitude word after it: "4 thousand", "four hundred".
_SHARED_MAGNITUDE = re.compile(rf"\S+\s+(?P<mag>{_MAG}|hundred)(?!\w)")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_RANGE_OPENER_BEFORE = re.compile(rf"(?<!\w)(?:{_OPENERS}|с)\s+$")


_CONVERSION_GAP = re.compile(r"\s*[(\[]\s*(?:or\s+|about\s+|approx\.\s+|~\s*)?")


#: Between two figures of a pair: " and ", " і ", " та ".
_PAIR_GAP = re.compile(r"\s+(?:and|і|й|та|и)\s+")


def _shared_qualifiers(low: str, found: list[_Found]) -> list[_Found]:
    """A qualifier before the first of two figures joined by "and" is the second's too.

    "roughly 18% and 22%", "about 725 and 593 square kilometres": a second figure with
    no qualifier of its own, in the same unit, is as approximate as the first.
    """
    out = list(found)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if (
            b.qualifier is None
            and a.qualifier is not None
            and a.unit == b.unit
            and _PAIR_GAP.fullmatch(low, a.end, b.start)
        ):
            out[i] = b._replace(qualifier=a.qualifier)
    return out


def _drop_conversions(low: str, found: list[_Found]) -> list[_Found]:
    """One figure for an area given in two units: the one the text gives first.

    "45,000 km² (17,000 sq mi)" is 45,000 km², "14,380 square miles (37,244 km²)" is
    14,380 square miles and "14,500 hectares (about 145 sq km)" 14,500 hectares; the
    figure in brackets after it is its conversion.
    """
    drop: set[int] = set()
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if a.unit == b.unit or a.unit not in AREA_UNITS or b.unit not in AREA_UNITS:
            continue
        if _CONVERSION_GAP.fullmatch(low, a.end, b.start):
            drop.add(i + 1)
            continue
        ratio = a.value * KM2_PER_UNIT[a.unit] / max(b.value * KM2_PER_UNIT[b.unit], 1e-9)
        if _CONVERSION_PAST_WHOLE_GAP.fullmatch(low, a.end, b.start) and 0.92 <= ratio <= 1.08:
            # "44,000 square miles of Ukraine (114,000 km²)": past the whole, the same
            # area in the other unit (1 sq mi = 2.59 km²)
            drop.add(i + 1)
    return [f for i, f in enumerate(found) if i not in drop]


_CONVERSION_PAST_WHOLE_GAP = re.compile(
    r"\s+(?:of|in)\s+[^()\[\],.;:!?\d]{1,40}?" + _CONVERSION_GAP.pattern
)


_BY_BEFORE = re.compile(r"(?<!\w)by\s+$")
#: A verb of change before a figure (and "by"): "grew 10%", "increased by about 3%".
_GROWTH_BEFORE = re.compile(
    r"(?<!\w)(?:grew|grown|grows?|rose|risen|rises?|increased|increases?|expanded|expands?|"
    r"shrank|shrunk|shrinks?|fell|fallen|falls?|dropped|drops?|declined|declines?|"
    r"decreased|decreases?|jumped|climbed|contracted|swelled|widened|narrowed|"
    # a figure misstated by a share of itself: "was inflated by roughly a fifth"
    r"inflated|overstated|exaggerated|understated|overestimated|underestimated)\s+"
    r"(?:by\s+)?(?:(?:about|some|roughly|nearly|almost|around|over|more\s+than|just|"
    r"another|a\s+further)\s+)?$"
)
#: A figure misstated by a share of itself: "inflated by roughly ", "overstated by ".
_MISSTATED_BY_BEFORE = re.compile(
    r"(?<!\w)(?:inflated|overstated|exaggerated|understated|overestimated|underestimated)\s+"
    r"by\s+(?:(?:about|some|roughly|nearly|almost|around|over|more\s+than|just|as\s+much\s+as)"
    r"\s+)?(?:a\s+|an\s+|one\s+)?$"
)
#: "to" and a figure after one: " to about 20%", " to 110,000".
_TO_FIGURE_AFTER = re.compile(
    r"\s+to\s+(?:(?:about|some|roughly|nearly|almost|around|over|more\s+than|just)\s+)?\d"
)
_VAGUE_BEFORE = re.compile(
    r"(?<!\w)(?:a\s+few|several|many|кілька|кількох|декілька|несколько|нескольких|"
    r"много|багато)\s+$"
)
_AND_JOINER = re.compile(r"\s*(?:and|и|і|та)\s*")
_TALLY_BEFORE = re.compile(r"(?<!\w)by\s+\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+to\s+$")
_FROM_WORD_BEFORE = re.compile(r"(?<!\w)(?:from|від|з|із|зі|с|со|от)\s+(?:[^\W\d]+\s+)?$")
#: The first figure of a tally that runs downwards: "50.35% to " before "49.65%".
_DOWN_TALLY_BEFORE = re.compile(
    r"(?<![\w.,])(?P<n>\d[\d.,]*)\s*(?:%|per\s*cent|percent)\s+to\s+$"
)


def _figure_at(low: str, pos: int) -> _Found | None:
    m = _FIGURE_AT.match(low, pos)
    if m is None:
        return None
    if _POINTS_AFTER.match(low, m.end()):
        return None
    tally = _TALLY_BEFORE.search(low, max(0, pos - 30), pos)
    if tally is not None and not _GROWTH_BEFORE.search(
        low, max(0, tally.start() - 40), tally.start()
    ):
        return None  # the second figure of a tally ("by 55% to 45%")
    if (
        low[pos].isdigit()
        and _GROWTH_BEFORE.search(low, max(0, pos - 40), pos)
        and (m.group("u1") or not m.group("n2"))
        and _unit_of(m.group("u1") or m.group("unit")) == "%"
        and _TO_FIGURE_AFTER.match(low, m.end("u1") if m.group("u1") else m.end())
    ):
        # "grew 10% to about 20% of Ukraine", "increased by 3% to 18%": a rate of change,
        # then the level it reached, which is found on its own
        return None
    down = _DOWN_TALLY_BEFORE.search(low, max(0, pos - 30), pos)
    if (
        down is not None
        and m.group("n1")
        and _parse_number(m.group("n1"), "") < _parse_number(down["n"], "")
        # (not a change: "fell from 20% to 18%")
        and not _FROM_WORD_BEFORE.search(low, max(0, down.start() - 12), down.start())
    ):
        return None  # the second figure of a tally ("50.35% to 49.65%")
    if not low[pos].isdigit() and _VAGUE_BEFORE.search(low, max(0, pos - 16), pos):
        return None  # "a few hundred square kilometres": no figure to check
    if (
        m.group("n2")
        and _YEAR.fullmatch(m.group("n1").strip())
        and not m.group("m1")
        and not m.group("u1")
        and _parse_number(m.group("n2"), m.group("m2") or "") < 1000
    ):
        return None  # "taken in 2014 — 19.25% of the country": a year, then the figure
    start, q, between = _opening(low, pos, allow_range=bool(m.group("n2")))
    if m.group("n2") and not between:
        joiner = low[max(m.end("m1"), m.end("u1") if m.group("u1") else 0) : m.start("n2")]
        if _AND_JOINER.fullmatch(joiner):
            if m.group("u1"):
                # "7% and 18% of Ukraine": two figures, each with its unit; this is the first
                value = _parse_number(m.group("n1"), m.group("m1") or "")
                return _Found(
                    start, m.end("u1"), value, None, _unit_of(m.group("u1")),
                    _qualifier(q, low, start), False,
                )  # fmt: skip
            return None  # "in 2021 and 22%": a list, the figure is the second number
    value = _parse_number(m.group("n1"), m.group("m1") or "")
    high = None
    if m.group("n2"):
        if m.group("u1") and _unit_of(m.group("u1")) != _unit_of(m.group("unit")):
            # "fell 30.6 percent to 6,288 sq km": a change, then the level it reached, which
            # is found on its own; no range runs from a share to an area
            return None
        if _BY_BEFORE.search(low, max(0, pos - 4), pos) and _unit_of(m.group("unit")) == "%":
            # "rejected independence by 55% to 45%": a tally, not a range; an area is no
            # tally ("expanding the salient by 15 to 20 square kilometres": a range)
            return None
        if _BY_BEFORE.search(low, max(0, pos - 4), pos) and m.group("u1"):
            # "expanded by 10,000 km² to 200,000 km²": the change, each number with its
            # unit, then the level reached (found on its own), no range
            value = _parse_number(m.group("n1"), m.group("m1") or "")
            return _Found(
                start, m.end("u1"), value, None, _unit_of(m.group("u1")),
                _qualifier(q, low, start), False,
            )  # fmt: skip
        if _CHANGE_FROM_BEFORE.search(low, max(0, pos - 60), pos) and not _DASH_JOINER.fullmatch(
            low, m.end("m1"), m.start("n2")
        ):
            # "rose from 16% to 18%": the figure before the change; the one after is
            # found on its own (not "grew from 40–45% in March to ...": a range)
            unit = _unit_of(m.group("u1") or m.group("unit"))
            end = m.end("u1") if m.group("u1") else m.end("m1")
            if not m.group("m1") and m.group("m2"):
                # "зі 174 до 139 тисяч квадратних кілометрів": one magnitude for both
                scaled = _parse_number(m.group("n1"), m.group("m2"))
                if scaled <= 10 * _parse_number(m.group("n2"), m.group("m2")):
                    value = scaled
            start, q, _between = _opening(low, pos, allow_range=False)  # past "from"
            return _Found(start, end, value, None, unit, _qualifier(q, low, start), False)
        high = _parse_number(m.group("n2"), m.group("m2") or m.group("m1") or "")
        if _unit_of(m.group("unit")) == "%" and high < value:
            return None  # "backed it 50.35% to 49.65%": a tally, no range runs downwards
        if not m.group("m1") and m.group("m2") and value <= _parse_number(m.group("n2"), ""):
            # "від 110 до 116 тис.", "between 1.2 and 1.5 million": one magnitude for both
            value = _parse_number(m.group("n1"), m.group("m2"))
        elif not m.group("m1") and not m.group("m2"):
            # "between two and three thousand": the magnitude that ends the second, in words
            last = _NUMBER_WORD_SPLIT.split(m.group("n2").strip().lower())[-1]
            factor = _EN_MAGNITUDE_WORDS.get(last)
            if factor and value < factor and factor * value <= high:
                value *= factor
        if high < value:
            # "• Aug 20, 2024 — 1,263 km²": a date, then the figure; no range runs downwards
            return None
    qual = _qualifier(q, low, start)
    change = _CHANGE_FROM_TO_BEFORE.search(low, max(0, pos - 90), pos)
    if change and not m.group("n2") and (q is None or q.strip() == "до"):
        # the level a change reached, as approximate as the level it started from
        qual = _QUAL_LOOKUP.get(change["approx"]) if change["approx"] else None
    if qual is None and m.group("orso"):
        qual = "about"
    if qual is None and m.group("odd"):
        qual = "more_than"
    unit = _unit_of(m.group("unit"))
    if unit == "%" and _DOTTED_THOUSANDS.fullmatch(m.group("n1").strip()):
        value = float(m.group("n1")) * _magnitude(m.group("m1") or "")  # "18.000%": a decimal
    return _Found(start, m.end(), value, high, unit, qual, False)


def _magnitude_at(low: str, pos: int) -> _Found | None:
    m = _MAGNITUDE_AT.match(low, pos)
    if m is None or _VAGUE_BEFORE.search(low, max(0, pos - 16), pos):
        return None  # "на кілька тисяч квадратних кілометрів", "a few thousand km²"
    if _UNIT_HEADER_BEFORE.search(low, max(0, pos - 4), pos) or (
        _MAGNITUDE_ABBREVIATION.fullmatch(m.group("mag"))
        and not _NUMBER_BEFORE_MAGNITUDE.search(low, max(0, pos - 24), pos)
        and not _AND_A_HALF_BEFORE.search(low, max(0, pos - 48), pos)
    ):
        # "Площадь регионов (тыс. кв. км): ...", "area (thousand sq km)": the unit of a
        # table's numbers, no figure of a thousand
        return None
    half = _AND_A_HALF_BEFORE.search(low, max(0, pos - 48), pos)
    if half is not None:
        # "one and a half thousand square kilometres", "две с половиной тысячи кв. км"
        start, q, _between = _opening(low, half.start("n"))
        value = (_parse_number(half["n"], "") + 0.5) * _magnitude(m.group("mag"))
        return _Found(
            start, m.end(), value, None, _unit_of(m.group("unit")), _qualifier(q, low, start),
            False,
        )
    article = _ARTICLE_A_BEFORE.search(low, max(0, pos - 3), pos)
    # "дві тисячі триста квадратних кілометрів": a number before the magnitude, with the
    # hundreds after it (alone it is read with its unit, as any figure)
    times = _NUMBER_BEFORE_MAGNITUDE.search(low, max(0, pos - 24), pos)
    # "more than a thousand square kilometres": the qualifier stands before the article
    start, q, _between = _opening(
        low, article.start() if article else times.start("n") if times else pos
    )
    value = _magnitude(m.group("mag")) * (_parse_number(times["n"], "") if times else 1)
    if m.group("rest"):
        value += _parse_number(m.group("rest"), "")
    return _Found(
        start, m.end(), value, None, _unit_of(m.group("unit")), _qualifier(q, low, start), False
    )


# not "there are", "there were": no place
_THERE_BEFORE = re.compile(
    r"(?<!\w)(?:там|тут|there(?!\s+(?:is|are|was|were|remain\w*|exist\w*)\b)|"
    # "контролировали в ней 1263 кв. км": in it, the place named before
    r"(?:в|у)\s+(?:ней|нём|нем|ній|ньому))\s+"
    r"(?:[^\W\d]+\s+){0,2}$"
)
#: Before an area: "of them", a part of the figure before ("З них приблизно").
_OF_THEM_BEFORE = re.compile(
    r"(?<!\w)(?:(?:з|із|зі|из)\s+(?:них|яких|которых)|of\s+(?:them|these|those))\s*,?\s+"
    r"(?:[^\W\d]+\s+){0,2}$"
)
_ONE_IN_BEFORE = re.compile(
    r"(?<!\w)(?P<n>one|two|three|four|[1-9])\s+(?:in|out\s+of)\s+(?:every\s+)?$"
)
_ARTICLE_A_BEFORE = re.compile(r"(?<!\w)a\s+$")
#: Right before a magnitude that heads a table's unit: "(", "in " (not "площадью в
#: тысячу", an area of a thousand).
_UNIT_HEADER_BEFORE = re.compile(r"\(\s*$|(?<!\w)in\s+$")
#: A magnitude written short, which needs a number: "тыс.", "тис.", "млн".
_MAGNITUDE_ABBREVIATION = re.compile(r"(?:тыс|тис|млн)\.?")
#: A number and a half before a magnitude: "one and a half ", "52 and a half ", "две с
#: половиной ", "дві з половиною ".
_AND_A_HALF_BEFORE = re.compile(
    rf"(?<![\w.,-])(?P<n>\d+(?:[.,]\d+)?|{_WORDNUM})\s+"
    r"(?:and\s+a\s+half|с\s+половиной|з\s+половиною|із\s+половиною)\s+$"
)
_REST_BEFORE = re.compile(
    r"(?<!\w)(?:the\s+)?(?:remaining|other|another)\s+$"
    # "Решта, близько 75%", "The rest, about 75%": the rest, set off by a comma or a dash
    r"|(?<!\w)(?:решта|остальное|остальная\s+часть|the\s+rest|the\s+remainder)\s*[,—–:]\s*"
    r"(?:(?:about|roughly|some|around|nearly|almost|близько|приблизно|около|примерно|майже|"
    r"почти)\s+)?$"
)
_FROM_BEFORE = re.compile(
    # "up from less than a third"
    r"(?<!\w)(?:(?:up|down)\s+from|compared\s+(?:with|to)|against)\s+(?:[a-z]+\s+){0,3}$"
)
#: Before a fraction that is a level of a change: "from about ", "from 40-45% in March to ".
_CHANGE_FRACTION_BEFORE = re.compile(
    rf"(?:{_CHANGE_VERBS}(?:\s+[^\s\d.;!?]+){{0,6}}?|(?<!\w)(?:share|portion|part))\s+"
    rf"(?:from|з|із|зі|с|со)\s+(?:[^;.!?]{{1,50}}?\s+(?:to|до)\s+)?(?:(?:{_QUAL_RE})\s+)?(?:an?\s+)?$"
)
_DISTRICT_BEFORE = re.compile(
    r"(?<!\w)(?:old|resort|residential|historic|christian|jewish|muslim|armenian|latin|"
    r"fenced-off|fenced|walled|abandoned|ghost|"
    r"french|business|diplomatic|government|merchant|tourist|city's|town's)\s+$"
)


#: A whole number before "and a half": "вісім з половиною", "два с половиной", "2 and a".
_AND_A_FRACTION_BEFORE = re.compile(
    # (not across a blank line: a paragraph ending in "and" is no number's)
    _no_paragraph(
        r"(?:\d|[а-яіїєґё]{3,}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
        r"twelve|a\s+year|a\s+month|an?\s+hour))\s+(?:з|із|зі|с|со|and\s+a|and)\s+$"
    )
)


_THE_SIZE_OF_AFTER = re.compile(r"\s+the\s+(?:size|area)\s+of\b")


#: A date after a figure: " on 31 October 2024", " in March 2022", " by 2023".
_DATE_TAIL = re.compile(
    r"\s+(?:on|in|by|as\s+of)\s+(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)[a-z]*\.?(?:\s+\d{1,2},?)?\s+(?:19|20)\d\d|\s+(?:in|by)\s+(?:19|20)\d\d(?!\d)"
)
#: A share of a place, then "and", before a figure: "about 7% of Sudan on 3 June 2023 and ".
_SHARE_OF_AND_BEFORE = re.compile(
    r"\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+of\s+[^.;:!?]{1,80}?\s(?:and|,)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|less\s+than|just\s+"
    r"(?:over|under))\s+)?$"
)


def _fraction_at(low: str, pos: int, end: int) -> _Found | None:
    word = low[pos:end]
    num = _NUMERATOR_BEFORE.search(low, max(0, pos - 10), pos)
    hit = _fraction_word(word, numerator=num is not None and _NUMERATORS[num.group("n")] > 1)
    if hit is None:
        return None
    value, need_of = hit
    # "the second half of the year", "the first third of": an ordinal, not a share.
    if _ORDINAL_BEFORE.search(low, max(0, pos - 30), pos) or (
        word.startswith("hal") and _NAMED_HALF_BEFORE.search(low, max(0, pos - 30), pos)
    ):
        return None
    if word.startswith("quarter") and _DISTRICT_BEFORE.search(low, max(0, pos - 20), pos):
        return None  # "the fenced-off resort quarter of Famagusta": a district
    if _THE_SIZE_OF_AFTER.match(low, end):
        # "an area nearly half the size of Rhode Island", "a fifth the size of Singapore":
        # a size compared, as the labelled sets have it (but "a quarter of the size of
        # Greece" and "99% the size of Luhansk oblast" are shares of it)
        return None
    if _AND_A_FRACTION_BEFORE.search(low, max(0, pos - 30), pos):
        # "восьми з половиною місяців", "два с половиной года", "two and a half years": a
        # number and a fraction, no share
        return None
    if _MISSTATED_BY_BEFORE.search(low, max(0, pos - 40), pos):
        return None  # "a figure ... inflated by roughly a fifth": a change, no share
    start = pos
    if num:
        n = _NUMERATORS[num.group("n")]
        if word.startswith("hal") and n != 1:
            return None
        value *= n
        start = num.start()
    high = None
    rng = _FRACTION_RANGE.match(low, end)  # "between a quarter and a third"
    if rng:
        w2 = _fraction_word(rng.group("w"))
        if w2 is not None:
            high = w2[0] * (_NUMERATORS[rng.group("n")] if rng.group("n") else 1)
            end = rng.end()
    # An English fraction stands alone only at the end of a clause ("about a fifth.").
    said_after = _QUAL_AFTER.match(low, end)  # "a fifth or more of Ukraine"
    tail = said_after.end() if said_after else end
    quote = _QUOTE_CLOSE.match(low, tail)
    if quote is not None:
        tail = quote.end()  # 'controlling "over half" of Ambazonia': the quote closes
    if (
        need_of
        and not _OF_AFTER.match(low, tail)
        and not (word.startswith("half") and _HALF_THE.match(low, tail))
        and not _CLAUSE_END.match(low, tail)
        # "less than a fifth of Donetsk region, down from about two-thirds on the eve"
        and not _FROM_BEFORE.search(low, max(0, start - 24), start)
        # "cut the group's share of Syria from about a quarter to under a tenth", "grew
        # from 40-45% in March to roughly three-quarters": the levels of a change
        and not _CHANGE_FRACTION_BEFORE.search(low, max(0, start - 120), start)
        # "the remaining fifth is held by the Polisario Front": the rest of a whole
        and not _REST_BEFORE.search(low, max(0, start - 24), start)
        # "Morocco took the northern two-thirds": a side of the whole
        and not _SIDE_BEFORE.search(low, max(0, start - 30), start)
        # "about 1,800 km² in all, of which Israel holds roughly two-thirds": a share of
        # the area before
        and not _OF_WHICH.search(low, max(0, start - 50), start)
        # "between a third and 40 percent of Sudan": a range's start
        and not (
            _MIXED_RANGE_END.match(low, tail)
            and _RANGE_OPENER_BEFORE.search(low, max(0, start - 12), start)
        )
        # "Pakistan about a third and China about a fifth": holders' parts, their verb
        # gapped, in a list
        and not _GAPPED_FRACTION_NEXT.match(low, tail)
        # "the government held roughly 63 percent of Syria, the Kurdish-led SDF about a
        # quarter and ...": the next holder's part after a share of a place
        and not _GAPPED_AFTER_SHARE.search(low, max(0, start - 110), start)
        # "about 7% of Sudan on 3 June 2023 and about a quarter on 31 October 2024": the
        # same share at another date
        and not (
            _DATE_TAIL.match(low, tail)
            and _SHARE_OF_AND_BEFORE.search(low, max(0, start - 120), start)
        )
    ):
        return None
    q_start, q, _between = _opening(low, start, allow_range=high is not None)
    side = _SIDE_BEFORE.search(low, max(0, start - 30), start) if q is None else None
    if side is not None:
        # "roughly the northern third of East Prussia": the qualifier before the side (an
        # approximation: "took over the southern third" is no "more than")
        q_start, q, _between = _opening(low, side.start(), allow_range=False)
        if q is None or _QUAL_LOOKUP.get(q.strip()) not in ("about", "nearly"):
            q_start, q = start, None
    return _Found(q_start, end, value, high, "frac", _qualifier(q, low, q_start), need_of)


def find_claims(text: str, *, country: str | None = None) -> list[Claim]:
    """Find the territorial figures a text states.

    Parameters
    ----------
    text : str
        Any text (English, Ukrainian or Russian figures and qualifiers).
    country : str, optional
        The country (name or ISO code) that "the country" or "its territory" means when
        the text itself names none before the figure.

    Returns
    -------
    list of Claim
        In text order. Each claim's span covers its qualifier, number(s) and unit, not
        the "of ..." that follows.

    Raises
    ------
    TypeError
        If ``text`` is not a str.

    Notes
    -----
    - **Numbers**: digits with thousands separators (``90,000``, ``90 000``; dots before a
      decimal comma, ``1.234,5``) or decimal commas (``8,8``; a comma followed by exactly
      three digits is a thousands separator unless the number starts with ``0,``), ``.5``,
      vulgar fractions (``½``, ``1½%``), hyphens of any kind in ranges, the Arabic percent
      sign; soft hyphens and bidirectional marks are read as nothing; number words ("fifteen per cent",
      "двадцять відсотків"), compound ones ("ten thousand four hundred", "seventy-five
      hundred", "сорок три тисячі чотириста"), magnitudes ("90 thousand", "1.2 billion",
      "3 bn", "тис.", "млн") and a magnitude alone ("понад тисячу квадратних кілометрів").
    - **Units**: ``%``, per cent, percent, pct, відсотків, процентов -> ``'%'``; km²,
      sq km, square kilometres, кв. км -> ``'km2'``; sq mi, square miles -> ``'mi2'``;
      hectares, ha, гектарів, га (right after a number) -> ``'ha'``; acres -> ``'acre'``;
      square metres, m², кв. м -> ``'m2'`` (from a square kilometre up: fewer measure a
      floor or a plot).
      Ranges ("15–18%", "15% to 18%", "between 17 and 19 percent", "від 15 до 18%",
      "between a quarter and a third") give ``value`` and ``high``. Percentage points
      are not shares and are skipped.
    - **Fractions in words** ("a fifth", "two-thirds", "half", "третина", "чверть",
      "треть", "п'ята частина") are given in per cent. They count when followed by a
      territorial target ("of Ukraine", "of the region", "території") or, with no target,
      when their sentence speaks of control, occupation or territory ("Russia now
      controls about a fifth."); "half of the voters" and "the second half of the year"
      are not claims. A place split in half ("dividing Hans Island roughly in half",
      "разделили его пополам") is 50% of that place.
    - **Which figures are territorial**: an area is always kept. A share is kept when
      its target names a territory (a country, "the country", "its territory",
      "Ukrainian territory", "the territory of X", a region or named area, "the region")
      or, with no target, when its sentence speaks of control, occupation, annexation,
      territory or land ("Russia holds about 18%"); "97% of voters", "turnout of 97%",
      "15% of Ukraine's GDP" are not claims.
    - **of**: the whole named (alpha-3 for a country, ISO 3166-2 for a unit,
      ``area:<slug>`` for a named area): "of Ukraine", "of Ukrainian territory",
      "території України", "of the Donetsk region", "of Kashmir"; for "the region" the
      region or area named last before it; "of it" is the region, area or country named
      last that is not a holder; for "the country", "its territory", "the country's total
      area" or a share with no target at all, the nearest country named before the figure that is not a holder in its sentence (a country followed within two words by
      an occupation, control or administration verb, or the agent of "held by X"): the
      holder is never the whole ("Pakistan administers about a third of the region");
      else ``country``; else the country of the nearest region, city or capital named
      before it; else None. A share of "its neighbour's land" has ``of=None``, and so
      has an area with no "of X" ("Kosovo covers 10,887 km²": a part of no stated whole;
      :func:`area_country` gives the country it lies in). An area "in X" ("in the north
      of X", "of territory in X", "у X") is a part of X, and so is one said to restate X
      just named ("the rest of Donbas — that is, some 6,600 km²"), ground taken or held
      that a share restates ("Russia controls about 116,000 km², or 19% of Ukraine"; not a
      place's own size: "a region of 493,000 km², a quarter of Sudan"), one in a sentence set
      in X ("advances in Ukraine slowed to 350 km² a month", "в Запорізькій області
      захопили 100 кв. км") and one in a clause "where" after X; a place's own size
      ("the state's 76,363 km²", "a 160,000 sq km region") is a part of nothing. A share
      of a place's stated area ("two-thirds of Libya's 1.76 million km²") is the
      place's. A bare share restating the whole just named ("all of the Luhansk region
      — about 99%"), another holder's share in the same sentence ("..., while Pakistan
      controls about 30%"), "the share fell to 18%" and a figure continuing a trend
      ("up from about 610 km²", "to a peak of 22%", "the remaining 5,500 km²") take the
      last figure's whole; "each of X and Y" gives one claim per whole. A square-mile conversion in brackets beside a km² figure is the same
      figure ("45,000 km² (17,000 sq mi)", "44,000 square miles of Ukraine (114,000 km²)").
    - Not handled: "percentage points" (skipped, as above) and numbers longer than 15
      digits; nor a size compared with another place's with no figure ("an area larger
      than Greece", "three times the size of Luxembourg"): no claim is found for it, so
      no verdict checks it ("about 63% the size of Ladakh" is a figure, and is found).

    Examples
    --------
    >>> find_claims("Moscow could annex nearly 15% of Ukraine.")
    [Claim(value=15.0, high=None, unit='%', qualifier='nearly', of='UKR', start=19, end=29, surface='nearly 15%')]
    >>> [(c.value, c.unit, c.of) for c in find_claims("Ukraine has lost a fifth of its territory.")]
    [(20.0, '%', 'UKR')]
    >>> [(c.value, c.unit) for c in find_claims("an area of 90 000 km²")]
    [(90000.0, 'km2')]
    """  # noqa: E501
    text = _check_text(text)
    default = _country_arg(country)
    if not text:
        return []
    masked = _mask_markup(text)
    if masked != text:
        # "Russia controls <b>18%</b> of Ukraine": read as shown, spans on the text given
        return [
            dataclasses.replace(c, surface=text[c.start : c.end])
            for c in find_claims(masked, country=country)
        ]
    if _has_hidden(text):
        # Stress marks ("72% о́бласті") are set aside and HTML character references
        # ("18&#37;") decoded while the figures are read; the spans are given back on the
        # text as it is.
        plain, lo, hi = _without_marks(text)
        out = []
        for c in _find_claims(plain, default):
            start, end = _span_in(text, lo, hi, c.start, c.end)
            out.append(dataclasses.replace(c, start=start, end=end, surface=text[start:end]))
        return out
    return _find_claims(text, default)


def _find_claims(text: str, default: str | None) -> list[Claim]:
    """:func:`find_claims` on a checked text without combining marks."""
    found = _scan(text)
    if not found:
        return []
    low = _lower(text)
    ctx = _make_context(_resolve(text, default), default, text)
    claims: list[Claim] = []
    named: list[bool] = []  # whether the text names the whole right after the figure
    bare: list[bool] = []  # whether the figure has no target at all
    dropped: int | None = None  # the end of the last share of no territory
    sea_end = -1  # the end of the last area of water
    for fi, f in enumerate(found):
        one_in = (
            _ONE_IN_BEFORE.search(low, max(0, f.start - 20), f.start)
            if f.unit in AREA_UNITS and f.high is None and f.value > 1
            else None
        )
        if one_in:
            # "one in five square kilometres of Ukraine", "two out of every five square
            # kilometres": a share, not an area of 5 km²
            n = _NUMERATORS.get(one_in["n"]) or int(one_in["n"])
            q_start, q, _between = _opening(low, one_in.start(), allow_range=False)
            f = f._replace(
                start=q_start,
                value=100.0 * n / f.value,
                unit="%",
                qualifier=_qualifier(q, low, q_start) or f.qualifier,
            )
        start, end = f.start, f.end
        if f.unit == "frac" and _IN_HALF_END.search(low, start, end):
            # "dividing Hans Island ... roughly in half": half of the whole split
            whole = _split_whole(text, low, f, ctx)
            if whole is None:
                continue  # no place is split: "she cut the cake in half"
            claims.append(Claim(50.0, None, "%", f.qualifier, whole, start, end, text[start:end]))
            named.append(True)
            bare.append(False)
            continue
        restates = False
        label_given = False  # a whole given as the figure's label ("Idaho at 62 percent")
        partners: list[str] = []
        area = f.unit in AREA_UNITS
        said_after = _QUAL_AFTER.match(low, end)
        pos = said_after.end() if said_after else end
        unit_is_share = f.unit in ("%", "frac")
        quote = _QUOTE_CLOSE.match(low, pos)
        if quote:
            pos = quote.end()  # "«почти 100 процентов» ЛНР": the quote closes, the whole follows
        has_target, territorial, of = _target(text, low, pos, start, ctx, area)
        each_of = _OF_EACH_OF.match(low, pos)
        listed = (
            _listed_before(text, low, start, ctx)
            if _OF_EACH_END.match(low, pos)
            else _listed_after(low, each_of.end(), ctx)
            if each_of
            else []
        )
        if listed:
            # "Russian forces hold only about 70% of each" (Zaporizhzhia and Kherson
            # oblasts), "30% of each of Donetsk and Luhansk oblasts": one share of each
            unit = "%" if f.unit == "frac" else f.unit
            for whole in listed:
                claims.append(
                    Claim(f.value, f.high, unit, f.qualifier, whole, start, end, text[start:end])
                )
                named.append(False)
                bare.append(False)
            continue
        # the whole a figure restates ("almost all of the Luhansk region — about 99%")
        restated = None if has_target else _restated_whole(low, start, ctx)
        aside = (
            None
            # a figure that restates the whole just named takes no whole after it ("almost
            # all of Luhansk Oblast — about 99.8 percent — and around 77 percent of Donetsk")
            if has_target or restated is not None
            else _ASIDE_AFTER.match(low, pos)
            or _ASIDE_END.match(low, pos)
            or _OR_ASIDE_AFTER.match(low, pos)
            # "7% and 18% of Ukraine": the second figure's whole is the first's too
            or (unit_is_share and _AND_SHARE_AFTER.match(low, pos))
            # the restatement inside: "18 percent, or about one-fifth, of Ukraine"
            or (_OR_BEFORE.search(low, max(0, start - 12), start) and _OR_ASIDE_END.match(low, pos))
        )
        if aside:
            # "about 14% (some sources say 20%) of Azerbaijan's territory", "160,000 km²
            # (61,600 sq mi) of neighbouring Guyana": the whole after the aside is the
            # figure's, and the aside's figure's
            has_target, territorial, of = _target(text, low, aside.end(), start, ctx, area)
        unit = f.unit
        if unit in ("frac", "%") and (
            _SEA_AFTER.match(low, end)
            # "Ukraine's EEZ covers about 147,000 km², roughly a quarter of its land area":
            # the water's size as a share of the land
            or (sea_end >= 0 and _SEA_RESTATED_GAP.fullmatch(low, sea_end, start))
        ):
            # "80% своєї виключної морської економічної зони": a share of water, not
            # ground (an area of water is a figure the labelled sets keep, of no whole;
            # geoclaims.check tells it apart)
            dropped = end
            continue
        if unit not in ("frac", "%") and _SEA_BEFORE.search(low, max(0, start - 60), start):
            # "a marine protected area of 640,000 km²", "an exclusive economic zone of":
            # water, not ground (an expanse "of sea" the islands lie in is labelled both
            # ways and kept)
            if not _MARITIME_KEPT.search(low, max(0, start - 60), start):
                dropped = sea_end = end
                continue
            sea_end = end
        if unit in ("frac", "%"):
            if has_target and _CYR_NOT_TERRITORIAL_AFTER.match(low, end):
                # "74,9% жителей Донецкой области", "12% регионального бюджета": people or
                # money of a place, not its ground
                dropped = end
                continue
            if _OF_WHOSE_PEOPLE.match(low, end):
                # "about 3% of the territory's pre-war population": people, not ground
                dropped = end
                continue
            if _RELATIVE_AFTER.match(low, end):
                # "505 km², 16% less than in October", "на 16% менше, ніж у жовтні": a
                # change against another figure, no share of ground
                dropped = end
                continue
            if (
                has_target
                and not territorial
                and claims
                and claims[-1].unit in AREA_UNITS
                and _THAT_AREA.match(low, pos)
            ):
                territorial, of = True, None  # "accounts for more than 60 percent of that"
            if has_target and not territorial:
                dropped = end
                continue
            if not has_target:
                if _NOT_TERRITORIAL_AFTER.match(low, end):
                    dropped = end
                    continue
                if dropped is not None and _LIST_GAP.fullmatch(low, dropped, start):
                    dropped = end  # the list goes on: "..., 83.9% in X and 54.2% in Y"
                    continue  # "99.2 percent of voters in X and 87 percent in Y"
                if f.need_of and _OF_AFTER.match(low, end):
                    continue
                s0, s1 = _sentence_bounds(text, start, end)
                if _NOT_TERRITORIAL_BEFORE.search(low, max(s0, start - 60), start):
                    continue
                prev = claims[-1] if claims else None
                share_of = (
                    prev.of
                    if prev is not None
                    and prev.unit == "%"
                    and prev.of is not None
                    and _THE_SHARE_BEFORE.search(low, max(0, start - 40), start)
                    # (not in a sentence set in another place: "... In Kherson Oblast the
                    # figure stood at about 73%")
                    and not _opens_in_other_place(text, s0, prev.end, start, ctx, prev.of)
                    else None
                )
                if share_of is None and prev is not None and prev.of is not None:
                    # "свыше 98% территории ЛНР и около 65% — ДНР": the next share's whole
                    # after a dash
                    dash = _DASH_WHOLE_AFTER.match(low, end)
                    named_ = ctx.at.get(dash.end()) if dash else None
                    if (
                        named_ is not None
                        and named_.kind in ("region", "entity", "area")
                        and _AND_BEFORE_SHARE.fullmatch(low, prev.end, start)
                        # the whole ends the clause ("— ДНР."), no list of parts ("— Crimea,
                        # Donbas")
                        and (
                            (ce := _NAME_CLAUSE_END.match(low, named_.end)) is not None
                            and (ce.group(0).strip() != "," or ctx.at.get(ce.end()) is None)
                        )
                    ):
                        share_of, restates = _whole_id(named_), True
                if (
                    share_of is None
                    and prev is not None
                    and prev.unit == "%"
                    and prev.of is not None
                    and _SHARE_RESTATED_GAP.fullmatch(low, prev.end, start)
                ):
                    # "less than a quarter of the country, about 21%": the share restated
                    share_of, restates = prev.of, True
                if (
                    share_of is None
                    and (ps_ := _last_share(claims)) is not None
                    and ps_.of is not None
                    and _REST_BEFORE.search(low, max(0, start - 24), start)
                    # (its own whole may follow it: "чверть території області. Решта")
                    and _no_whole_between(ps_.end, start, ctx, but=ps_.of)
                ):
                    # "... 80 percent of Western Sahara. The SADR runs the remaining fifth":
                    # the rest of the whole the share before is of
                    share_of, restates = ps_.of, True
                cyr_share = share_of is None and _cyr_share_of_named(low, s0, start, ctx)
                if cyr_share:
                    share_of, restates = cyr_share, True  # no other figure's whole replaces it
                if (
                    share_of is None
                    and prev is not None
                    and prev.unit == "%"
                    and (
                        _ANOTHER_BEFORE.search(low, max(0, start - 40), start)
                        or _ANOTHER_IN.search(low, start, end)  # "roughly another 3%"
                        or _MORE_AFTER.match(low, end)  # "takes up nearly 3 percent more"
                    )
                ):
                    share_of = prev.of  # "36% of Cyprus. The buffer zone takes another 3%"
                if share_of is None:
                    # ("около 27% территории Украины — более 160 тыс. кв. км. ... эта доля
                    # сократилась примерно до 20%": the share before, past its area)
                    share_of = _trend_whole(
                        text, low, _last_share(claims) or prev, start, ("%",), ctx
                    )
                # the share before, past an area that restates it ("a quarter of Syria, about
                # 46,000 km²")
                ps = _last_share(claims) if prev is not None and prev.unit != "%" else prev
                if (
                    share_of is None
                    and ps is not None
                    and ps.unit == "%"
                    and (
                        _DATED_OPENING.match(low, s0)
                        # "... held roughly a quarter of Syria. Damascus controlled some 63
                        # percent": a holder's verb opens the sentence
                        or _HOLDER_OPENS.fullmatch(low, s0, start)
                    )
                    and _AGENT_VERB.search(low, s0, start) is not None  # not "prices rose 20%"
                    and s0 > ps.end
                    # the sentence before this one holds the share before
                    and not text[_sentence_bounds(text, ps.start, ps.end)[1] + 1 : s0].strip()
                    and _no_whole_between(s0, start, ctx)
                ):
                    # "... held about a third of Donetsk Oblast. By late 2025 Moscow
                    # controlled close to 80%": the same share, later
                    share_of = ps.of
                if (
                    share_of is None
                    and ps is not None
                    and ps.unit == "%"
                    and ps.of is not None
                    and s0 > ps.end
                    and _ESTIMATE_BEFORE.search(low, max(s0, start - 40), start)
                    and not text[_sentence_bounds(text, ps.start, ps.end)[1] + 1 : s0].strip()
                    and _no_whole_between(s0, start, ctx)
                ):
                    # "... claiming 'more than 45 percent of Sudan'. Independent mapping
                    # suggests roughly 35 to 40 percent": the same share, estimated again
                    share_of = ps.of
                if (
                    share_of is None
                    and ps is not None
                    and ps.unit == "%"
                    and ps.of is not None
                    and _LEFT_OUT_LABEL.search(low, max(ps.end, start - 70), start)
                ):
                    # "Russia occupies about 18% of Ukraine. Without Crimea — about 14%":
                    # the same whole, less the place left out
                    share_of = ps.of
                if (
                    share_of is None
                    and prev is not None
                    and prev.unit in AREA_UNITS
                    and _AREA_THEN_SHARE.fullmatch(low, prev.end, start)
                ):
                    # "roughly 43,000 km², or about 7 percent": the area as a share, of the
                    # whole the area is of, or else of the share said before
                    share_of = prev.of or (
                        last.of if (last := _last_share(claims)) is not None else None
                    )
                if (
                    share_of is None
                    and prev is not None
                    and prev.unit in AREA_UNITS
                    and prev.start >= s0
                    and _PART_ACCOUNTS.fullmatch(low, prev.end, start)
                ):
                    # "The Senkaku Islands total roughly 7 km², with Uotsuri Island
                    # accounting for more than half": a part's share of the place measured
                    share_of = prev.of or _measured_before(text, low, prev.start, ctx)
                if (
                    share_of is None
                    and prev is not None
                    and prev.unit == "%"
                    and prev.of is not None
                    and prev.start >= s0
                    and _gapped_holder(low, start, ctx, ("region", "entity", "area"))
                ):
                    # "Republika Srpska received 49 percent of Bosnia and Herzegovina and
                    # the Federation 51 percent": another part's share of the same whole
                    share_of = prev.of
                if (
                    share_of is None
                    and prev is not None
                    and prev.unit == "%"
                    and prev.of is not None
                    and prev.start >= s0
                    and start - prev.end <= 80
                    and _AND_NEXT_SHARE.search(low, prev.end, start) is not None
                    and _no_whole_between(prev.end, start, ctx)
                    # "..., and in Masisi Territory about two-thirds": a place named between,
                    # even one without a boundary, is where the next share is
                    and _place_between(prev.end, start, ctx) is None
                ):
                    # "about 32% of it on the eve of the invasion and roughly 88% by late
                    # 2025": the next share of the same whole, its whole left out
                    share_of = prev.of
                if share_of is None:
                    share_of = _share_of_named(text, low, s0, start, ctx)
                if share_of is None and _CYR_SHARE_OF_UNIT.search(low, s0, start):
                    # "оцінюють частку окупованої території області у 75–78%": the oblast
                    share_of = _context_whole(text, low, start, ctx, units_only=True)
                if share_of is None:
                    share_of = _how_much_of(text, low, s0, start, ctx)
                if share_of is None:
                    share_of = _fronted_whole(text, low, s0, start, ctx)
                if share_of is None:
                    # "holding only a sliver of Kharkiv region, around 2 percent": the
                    # part's share of its place
                    share_of = _part_before(text, low, start, ctx)
                if (
                    share_of is None
                    and prev is not None
                    and (
                        (ow := _OF_WHICH.search(low, max(s0, prev.end, start - 60), start))
                        # "має площу 28,5 тис. кв. км, з них Росія контролює близько 72%"
                        or (
                            prev.unit in AREA_UNITS
                            and (ow := _OF_THEM_AFTER_AREA.match(low, prev.end)) is not None
                            and ow.end() <= start
                        )
                    )
                    # not past a place named since ("... in Ukraine. ... the rest of
                    # Donetsk Oblast, of which Ukraine still holds just over a fifth")
                    and _no_whole_between(prev.end, ow.start(), ctx)
                    # nor past another number, which "of which" is of ("близько 56 тисяч
                    # осіб, з яких майже третина": people)
                    and not _DIGIT.search(low, prev.end, ow.start())
                ):
                    # "Донбасс — это около 53 тыс. кв. км, из которых Россия контролирует
                    # 88%", "some 5,000 km², of which Japan claims ...": the place measured
                    share_of = prev.of or _measured_before(text, low, prev.start, ctx)
                if (
                    share_of is None
                    and prev is not None
                    and prev.unit == "%"
                    and prev.of is not None
                    and prev.start >= s0
                    and _GAPPED_CLAUSE_BEFORE.search(low, max(prev.end, start - 100), start)
                ):
                    # "хунта контролює менш ніж чверть території країни, тоді як збройні
                    # угруповання — близько 42%": the verb and whole of the share before
                    # left out
                    share_of = prev.of
                if share_of is None and _OF_WHICH.search(low, max(s0, start - 60), start):
                    # "Donbas, a region of which Russia now holds more than four fifths":
                    # the place the relative clause follows
                    share_of = _whole_before(start, ctx)
                if share_of is None and _AGENT_VERB.search(low, max(s0, start - 60), start):
                    # "Donetsk Oblast, where Russia now holds nearly 80%": the place the
                    # relative "where" clause of holding follows (not "Gagauzia, where 95
                    # percent rejected it")
                    share_of = _where_whole(text, low, start, ctx)
                if share_of is None and _FIELD_BEFORE.search(low, max(0, start - 60), start):
                    # a data box's field: "Luhansk Oblast. Area: 26,684 km². ... Occupied as
                    # of 2025: more than 99%", "Controlled by Morocco: about 80%": a share of
                    # the place the box is about
                    share_of = _box_subject(low, ctx)
                around = low[s0:start] + " " + low[end:s1]
                # "Херсонська — приблизно 72%", a data box's "Donetsk Oblast: about 79%":
                # the place the figure is listed for, in a list of territorial figures
                labelled = _labelled_whole(low, start, ctx)
                if labelled is not None and not (
                    (prev is not None and not _SENTENCE_END.search(text, prev.end, start))
                    or _TERRITORIAL_CUE.search(low, max(0, start - 400), start)
                ):
                    labelled = None
                parallel = _parallel_part_share(text, low, prev, start, ctx)
                if parallel is not None:
                    # "Zaporizhzhia makes up 4.5% of Ukraine while Kherson makes up 10%",
                    # "Запорізька область становить 4,5% території України, а Херсонська —
                    # 4,7%": another part's share of the same whole, not the part's own
                    labelled = restated = None
                # "Russia holds three-quarters of Zaporizhzhia. In Kherson oblast the share
                # is lower — roughly 70%": the same kind of share, after one found
                again = prev is not None and _SHARE_AGAIN_BEFORE.search(
                    low, max(s0, start - 40), start
                )
                last_share = _last_share(claims) if again else None
                if (
                    last_share is not None
                    and share_of is None
                    and _placed_whole(text, low, start, ctx) is None
                ):
                    # "ця частка наближається до 90%": the whole of the share before
                    share_of = last_share.of
                # "Israeli troops control about 53 percent of the Gaza Strip. Civilians are
                # crowded into the remaining 47 percent": the rest of a share just found
                remaining = (
                    prev is not None
                    and prev.unit == "%"
                    and prev.of is not None
                    and start - prev.end < 300
                    and _REMAINING_BEFORE.search(low, max(0, start - 30), start) is not None
                )
                # "Гренландія приблизно на 80% вкрита льодом": a degree of the place before
                degree_cue = bool(
                    _CYR_DEGREE.search(low, max(s0, start - 4), end)
                    and _CYR_DEGREE_PARTICIPLE_AFTER.match(low, end)
                    and (dm := _mention_before(start, ctx)) is not None
                    and dm.start >= s0
                    and dm.kind in _WHOLE_KINDS
                )
                # "близько 27 %, або понад 160 тис. кв. км": a share an area restates is
                # one of territory
                restated_as_area = (
                    fi + 1 < len(found)
                    and found[fi + 1].unit in AREA_UNITS
                    and _SHARE_RESTATED_AS_AREA.fullmatch(low, end, found[fi + 1].start)
                    is not None
                )
                cued = bool(
                    _TERRITORIAL_CUE.search(around)
                    or share_of
                    or labelled
                    or parallel
                    or again
                    or remaining
                    or degree_cue
                )
                if not (cued or restated_as_area):
                    continue
                of = _context_country(text, low, start, ctx)
                # (a share kept only as an area restates it says no whole: the countries
                # around it may be its holder's, "окупувала Росія ... близько 27 %")
                if not cued and of is not None and _holds_somewhere(low, of, start, ctx):
                    # "... окупувала Росія ... Насправді більше: близько 27 %, або понад 160
                    # тис. кв. км": the holder named before is no whole
                    of = None
                split = _split_topic(text, low, s0, start, ctx)
                if split is not None:
                    # "Kashmir is split: India about 55%, Pakistan about 30%", "Кашмір
                    # поділений: Індія — близько 55%": the holders' shares of the place, no
                    # restatement of the holder named before each
                    of, restated = split, None
                degree = _degree_whole(text, low, s0, start, end, ctx)
                # "in Donetsk region Ukraine still holds around 30%": the unit the sentence
                # is set in, past the holder
                placed = (
                    _placed_whole(text, low, start, ctx)
                    if share_of is None and restated is None
                    else None
                )
                if placed is not None:
                    of = placed
                    sibling = _sibling_share(text, low, prev, start, ctx)
                    if sibling is not None:
                        of = sibling
                if degree is not None:
                    of = degree  # "Запорожская область занята примерно на три четверти"
                    # "Запорізька і Херсонська — на 70–75%": each place the degree follows
                    partners = _degree_partners(low, start, ctx)
                elif restated is not None:
                    of = restated  # "almost all of the Luhansk region — about 99%"
                    restates = True  # no other figure's whole replaces it
                elif share_of is not None:
                    # "Russia held 27% of Ukraine. ... the share fell to 18%", "88% of the
                    # Donbas, compared with about a third before 2022"
                    of = share_of
                elif (
                    (share := _last_share(claims)) is not None
                    and _AGENT_VERB.search(low, share.end, start)
                    and _CLAUSE_JOIN.search(low, share.end, start)
                    and not _SENTENCE_END.search(text, share.end, start)
                ):
                    # "the junta controlled 21% of the country, while ethnic armies held
                    # some 42%" (areas may come between: "Pakistan administers a third of
                    # Kashmir — Gilgit-Baltistan covers 72,971 km² — while India holds more
                    # than half"): another holder's part of the same whole
                    of = share.of
                if placed is not None or cyr_share:
                    # set in a unit of its own, or the share of a place named ("частка
                    # території Харківської області"), not another holder's share of the same
                    pass
                elif (
                    prev is not None
                    and prev.unit == "%"
                    and prev.of is not None
                    and (
                        _gapped_holder(low, start, ctx)
                        or _next_holder(text, low, prev.end, start, ctx)
                    )
                    and not _SENTENCE_END.search(text, prev.end, start)
                ):
                    of = prev.of  # "India holds 55% of Kashmir, Pakistan roughly 30 percent"
                elif (
                    prev is not None
                    and prev.of is not None
                    and _REMAINING_BEFORE.search(low, max(0, start - 30), start)
                ):
                    # "Rabat controls 80% of the territory. ... the remaining 20%", "some
                    # 1,200 km² of it ... The remaining third": the rest of the same whole
                    of = prev.of
                elif (
                    prev is not None
                    and prev.unit == "%"
                    and prev.of is not None
                    and _parallel_parts(text, prev.start, start, ctx)
                ):
                    # "Area A, roughly 18 percent of the territory, ...; Area B, about 22
                    # percent, ...": parts listed in parallel, shares of one whole
                    of = prev.of
                if labelled is not None:
                    of, label_given = labelled, True
                elif parallel is not None and share_of is None and restated is None:
                    of = parallel
                bracketed = _bracketed_share(low, start, ctx)
                if bracketed is not None:
                    of = bracketed
                if (
                    of is not None
                    and prev is not None
                    and prev.unit == "%"
                    and prev.of is None
                    and not _SENTENCE_END.search(text, prev.end, start)
                    and _gapped_holder(low, start, ctx, ("country",))
                    and (gm := _mention_before(start, ctx)) is not None
                    and gm.country == of
                ):
                    # "Пакистан контролирует около трети региона ..., Индия — примерно 55
                    # процентов": a holder's part, of the whole the share before left
                    # unnamed, never of the holder itself
                    of = None
            unit = "%"
        elif not has_target:
            of = None  # an area with no "of X" is not a part of a stated whole
            size = (
                _SIZE_BEFORE.search(low, max(0, start - 40), start) is not None
                or _SIZE_AFTER.match(low, end) is not None
            ) and not (
                _PART_CARVED_BEFORE.search(low, max(0, start - 110), start)
                or _FORCES_TAKE_UP_BEFORE.search(low, max(0, start - 60), start)
                or _FORCES_ON_AREA_BEFORE.search(low, max(0, start - 120), start)
                # "В Днепропетровской области они занимают около 300 км²": what takes up
                # ground in a place the sentence opens with is a part of it
                or (
                    _TAKES_UP_BEFORE.search(low, max(0, start - 40), start)
                    and _frame_whole(text, start, ctx) is not None
                )
            )
            lm = _mention_before(start, ctx)
            if (
                lm is not None
                and lm.kind in _WHOLE_KINDS
                and lm.start <= _sentence_bounds(text, start, start)[0] + 1
                and _LABEL_SIZE_GAP.fullmatch(low, lm.end, start)
            ):
                size = True  # a data line "Gaza Strip: 365 km²": the place's own size
            gap = (
                _COUNT_BEFORE_IN.match(low, end)
                or _TAKEN_AFTER.match(low, end)
                # "of which roughly 2,900 sq km lay in Donetsk Oblast", "из которых около
                # 20 тыс. кв. км находятся в Запорожской области": where that part lies
                or (
                    _LIES_BEFORE_IN.match(low, end)
                    if _OF_WHICH.search(low, max(0, start - 60), start)
                    else None
                )
                or _RATE_BEFORE_IN.match(low, end)
                or _RELATIVE_TAKEN_IN.match(low, end)
                or _GROUND_COVER_BEFORE_IN.match(low, end)
                or _PIECE_BEFORE_IN.match(low, end)
            )
            # past "and 100 settlements", a headline's "6,000 km² retaken in Kharkiv region"
            at_in = gap.end() if gap else end
            along = _ALONG_AFTER.match(low, at_in)
            if along is not None and _IN.match(low, along.end()):
                at_in = along.end()  # "about 90 km² along the border in Sumy region"
            near = _NEAR_AFTER.match(low, at_in)
            town = ctx.at.get(near.end()) if near else None
            if town is not None and town.kind == "city" and _IN.match(low, town.end):
                at_in = town.end  # "35 km² near Kupiansk in Kharkiv region": the region
            elif near is not None and town is None:
                # "4.5 km² near Stepnohirsk in Zaporizhzhia Oblast": past a town the
                # gazetteer does not know
                name = _TOWN_NAME.match(text, near.end())
                if name is not None and _IN.match(low, name.end()):
                    at_in = name.end()
            dash = _DASH_THEN_IN.match(low, at_in)
            if dash is not None and _in_place(text, low, dash.end(), ctx.at) is not None:
                at_in = dash.end()  # "з них 87 км² — на Донеччині": where that part lies
            inside = _IN.match(low, at_in)
            place = _in_place(text, low, at_in, ctx.at)
            if (
                place is not None
                # "занимала около 4,4 тысячи кв. км на территории Азербайджана", "a
                # region of roughly 10,000 km² in Norte de Santander": a place's own size,
                # where it lies; "заняли 400 кв. км на территории Сирии", "which covers
                # 2,600 km² in the north of the Kyiv region": a part
                and not _own_size_before(low, start)
                # "Idlib Governorate covers 6,100 km² in north-western Syria", "Idlib
                # Governorate, about 6,100 km² in ...": the place named right before
                and not (
                    (lm_ := _mention_before(start, ctx)) is not None
                    and lm_.kind in ("region", "entity")
                    and _COVERS_GAP.fullmatch(low, lm_.end, start)
                )
            ):
                of = _whole_id(place)  # "12,000 km² in the Kharkiv region"
                listed = _LISTED_AFTER.match(low, place.end)
                nxt = ctx.at.get(listed.end()) if listed else None
                if (
                    nxt is not None
                    and nxt.kind in _WHOLE_KINDS
                    # (not a country's possessive in apposition: "in Shan State, Myanmar's
                    # largest")
                    and not (nxt.kind == "country" and _possessive(text, nxt))
                ):
                    # "30,000 km² across North Kivu and South Kivu": no one of them
                    of = None
            elif (
                inside and _THE_UNIT.match(low, inside.end())
            ) or _IN_THE_UNIT_BEFORE.search(low, max(0, start - 70), start):
                # "about 200 km² in the region", "заняли в регионе около 1 268 кв. км": the
                # unit named before
                of = _context_whole(text, low, start, ctx, units_only=True)
            elif inside and _THE_COUNTRYS_PART.match(low, inside.end()):
                # "some 269 sq km in the country's west": the country talked about
                of = _the_country(text, low, start, ctx)
            else:
                # "з решти Донбасу — це 6,6 тис. кв. км": said to be a part; after a bare
                # dash it is the size of the place itself ("Крим — 26 тисяч км²"), as it is
                # after a verb of size ("an oblast in eastern Ukraine covering 26,517 km²")
                of = None if size else _restated_whole(low, start, ctx, said=True)
            if (
                of is None
                and not size
                and town is not None
                and town.kind == "city"
                and town.unit_id is not None
                and _POINT_NEAR.match(low, near.start())
                and not _own_size_before(low, start)
                and not (
                    (lm_ := _mention_before(start, ctx)) is not None
                    and lm_.kind in ("region", "entity", "area")
                    and _COVERS_GAP.fullmatch(low, lm_.end, start)
                )
                and any(
                    m.kind in ("region", "entity") and _whole_id(m) == town.unit_id
                    for m in ctx.every[1]
                )
            ):
                # "Russian forces occupy close to 80 percent of Donetsk Oblast, leaving Kyiv
                # a belt of about 5,000 sq km around Kramatorsk": ground around a town lies
                # in the unit of the town the text names
                of = town.unit_id
            if (
                of is None
                and claims
                and claims[-1].unit == f.unit
                and _REVISED_GAP.search(low, claims[-1].end, start)
            ):
                # "held 1,000 km² of Kursk region, later raising the figure to 1,300"
                of = claims[-1].of
            share = claims[-1] if claims else None
            if (
                of is None
                and share is not None
                and share.unit in AREA_UNITS
                and _OF_WHICH.search(low, share.end, start)
                and not _SENTENCE_END.search(text, share.end, start)
            ):
                # "The Golan Heights is a plateau of about 1,800 km², of which Israel has
                # occupied roughly 1,200 km²": a part of the place the area before measures
                p0, _p1 = _sentence_bounds(text, share.start, share.end)
                # (a clause after a semicolon opens anew: "Japan calls them the Northern
                # Territories; together they cover about 5,000 km², of which ...")
                c0 = max(p0, low.rfind(";", p0, share.start) + 1)
                of = (
                    share.of
                    or _opening_whole(text, c0, share.start, ctx, countries=True)
                    # "Площа Сумської області становить 23,8 тис. км², з яких": the place
                    # the area measures, named in its sentence
                    or (
                        _measured_before(text, low, share.start, ctx)
                        if (mb := _mention_before(share.start, ctx)) is not None
                        and mb.start >= p0
                        else None
                    )
                )
            if (
                of is None
                and share is not None
                and share.unit == "%"
                and share.of is not None
                and _SHARE_THEN_AREA.fullmatch(low, share.end, start)
                and not _sized_subject(text, low, share.start, ctx)
                # (not the own size of another place in brackets: "... of Ukraine now under
                # occupation is larger than Hungary (93,030 km²)")
                # (a place compared is no mention of the context; "18% of Ukraine (about
                # 113,000 km²)" restates the share)
                and not _compared_own_size(text, share.end, start, ctx)
            ):
                # "18 percent of Ukraine, or roughly 113,000 km²", "a third of the Donbas —
                # about 16,000 km²": the share restated as an area, of the same whole
                of = share.of
            if (
                of is None
                and share is not None
                and share.unit == "%"
                and share.of is not None
                and _SHARE_THEN_AREA_NEXT.fullmatch(low, share.end, start)
            ):
                # "... roughly 18% of Ukraine's territory, according to ISW. That is about
                # 110,000 sq km": the share restated as an area in the next sentence
                of = share.of
            loser = _mention_before(start, ctx)
            if (
                of is None
                and loser is not None
                # "Bolivia lost", "Louisiana has lost": a country's or a region's ground
                and loser.kind in _WHOLE_KINDS
                and (
                    _LOST_GAP.fullmatch(low, loser.end, start)
                    or (
                        _COST_BEFORE.search(low, max(0, loser.start - 6), loser.start)
                        and _SPACES.fullmatch(low, loser.end, start)
                    )
                )
            ):
                # "Bolivia lost some 120,000 km²", "the war cost Bolivia some 120,000 sq km":
                # ground the country lost was its own
                of = _whole_id(loser)
            if not size and not _compared_own_size(text, max(0, start - 60), start, ctx):
                # "На Сумщині окупанти захопили 200 кв. км": where the sentence is set
                of = (
                    of
                    or _where_whole(text, low, start, ctx)
                    or _frame_whole(text, start, ctx)
                    or _placed_whole(text, low, start, ctx)
                    # "Of Zaporizhzhia Oblast's 27,183 km², roughly 19,000 km² lies behind
                    # Russian lines": a part of the place the sentence opens with
                    or _fronted_whole(
                        text, low, _sentence_bounds(text, start, end)[0], start, ctx, sized=True
                    )
                )
                of = of or _part_before(text, low, start, ctx)
                if of is None and (
                    _THERE_BEFORE.search(low, max(0, start - 40), start)
                    or (_THERE_AFTER.match(low, end) and not _several_wholes(text, start, ctx))
                ):
                    # "окупанти контролюють там уже понад 200 км²", "the area under Russian
                    # control there at less than 100 km²": the unit named before, not a
                    # capital that is a unit of its own ("утверждали в Киеве")
                    there = _context_whole(text, low, start, ctx)
                    of = None if there in _gazetteer().capital_units else there
                prev = claims[-1] if claims else None
                if (
                    of is None
                    and prev is not None
                    and prev.of is None
                    and prev.unit in AREA_UNITS
                    and _OF_THEM_BEFORE.search(low, max(0, start - 30), start)
                    and not _SENTENCE_END.search(text, prev.end, start)
                ):
                    # "Херсонщина має площу 28,5 тис. км², з них окупованими лишаються близько
                    # 20,5 тис. км²": a part of the place the size before measures
                    of = _measured_before(text, low, prev.start, ctx)
                if of is None and prev is not None and prev.of is not None:
                    if _REMAINING_BEFORE.search(low, max(0, start - 30), start):
                        of = prev.of  # "79% of Donetsk Oblast ... the remaining 5,500 km²"
                    elif _OF_THEM_BEFORE.search(low, max(0, start - 30), start):
                        # "... близько 114 тисяч км². З них приблизно 43 тисячі км² —
                        # території, захоплені до 2022 року": a part of the figure before
                        of = prev.of
                    else:
                        # "725 km² of Ukrainian territory, up from about 610 km²" (past a
                        # share that restates it: "4,168 km² ..., roughly 0.7% of the country,
                        # compared with less than 600 km² in 2023")
                        last_area = next(
                            (c for c in reversed(claims) if c.unit in AREA_UNITS), None
                        )
                        of = _trend_whole(
                            text, low, last_area, start, AREA_UNITS, ctx
                        )
        if unit == "%" and has_target and claims and _OF_ITS.match(low, end):
            prev = claims[-1]
            if (
                prev.unit in AREA_UNITS
                and prev.of is not None
                and not _SENTENCE_END.search(text, prev.end, start)
                and _no_whole_between(prev.end, start, ctx)
            ):
                # "about 200 km² in the region, less than 1 percent of its area": "its" is
                # the place the area before lies in
                of = prev.of
            elif (
                prev.unit == "%"
                and prev.of is not None
                and start - prev.end < 200
                and _REMAINING_ITS_BEFORE.search(low, max(0, start - 30), start)
                # no other whole named since the share before
                and all(
                    m.kind not in _WHOLE_KINDS or _whole_id(m) == prev.of
                    for m in ctx.every[1][
                        bisect.bisect_right(ctx.every[0], prev.end) : bisect.bisect_right(
                            ctx.every[0], start
                        )
                    ]
                )
            ):
                # "Ukraine retook about a quarter of Kherson Oblast. The remaining 75% of its
                # territory ...": the rest of the whole the share before is of
                of = prev.of
        if area and not has_target and claims:
            prev = claims[-1]
            if (
                prev.unit in AREA_UNITS
                and prev.of is not None
                and start - prev.end < 160
                and _FIGURE_AGAIN_BEFORE.search(low, max(0, start - 40), start)
            ):
                # "Moscow says its forces captured more than 4,000 km² in Ukraine ...; Kyiv
                # puts the figure at about 3,600 sq km": the same measure, of the same whole
                of = prev.of
        if area and of is None and not has_target and claims:
            prev = claims[-1]
            if (
                prev.unit in AREA_UNITS
                and prev.of is None
                and not _SENTENCE_END.search(text, prev.end, start)
                and _OF_THE_SIZE_OPENS.search(low, max(0, prev.start - 40), prev.start)
            ):
                # "Of the roughly 1,800 km² of the Golan Heights, Israel controls about
                # 1,200 km²": a part of the place whose size opened the sentence
                of_ = _OF_OR_GENITIVE.match(low, prev.end)
                named_ = ctx.at.get(of_.end() if of_ else prev.end)
                if named_ is not None and named_.kind in _WHOLE_KINDS:
                    of = _whole_id(named_)
        if (
            of is None
            and area
            and not has_target
            and not restates
            and not _SIZE_BEFORE.search(low, max(0, start - 40), start)
            and not _SIZE_AFTER.match(low, end)
        ):
            # "Q: How much of the Kursk region do your forces hold? A: More than 1,000
            # square kilometres": an answer's area is of the place the question asked of
            # (not a place's own size: "A: The peninsula is about 27,000 km²")
            of = _asked_whole(text, low, start, ctx)
        if (
            area
            and of is None
            and _OF_WHICH_AFTER.match(low, end)
            and (lm_ := _mention_before(start, ctx)) is not None
            and lm_.kind in ("region", "entity", "area")
            and _APPOSED_GAP.fullmatch(low, lm_.end, start)
        ):
            # "beyond the Golan Heights, about 1,200 sq km of which Israel has held since
            # 1967": a part of the place set right before it
            of = _whole_id(lm_)
        if (
            area
            and of is None
            and has_target
            and _LOST_LAND_AFTER.match(low, end)
            and (loser := _mention_before(start, ctx)) is not None
            and loser.kind in _WHOLE_KINDS
            and _LOST_GAP.fullmatch(low, loser.end, start)
        ):
            # "Colombia lost about 1,740 square kilometres of forest", "Louisiana has lost
            # about 2,000 square miles of land to the Gulf": ground of its own
            of = _whole_id(loser)
        if unit == "%" and has_target and claims and _THAT_AREA.match(low, pos):
            prev = claims[-1]
            if prev.unit in AREA_UNITS and prev.of is not None and of is None:
                of = prev.of  # "the 1,200 km² of the plateau — about two-thirds of the total"
            elif prev.unit in AREA_UNITS and prev.of is None:
                # "Южные Курилы ... общей площадью около 5 тыс. км². На Итуруп приходится
                # почти две трети этой площади": the place the area before measures
                p0, _p1 = _sentence_bounds(text, prev.start, prev.end)
                mb = _mention_before(prev.start, ctx)
                of = (
                    # "...повернення чотирьох південних Курильських островів загальною
                    # площею близько 5 тис. км²; ... понад 60% цієї площі": the place the
                    # area measures, named right before it
                    (
                        _whole_id(mb)
                        if mb is not None
                        and mb.start >= p0
                        and (
                            (
                                mb.kind in ("region", "entity", "area")
                                and _SIZE_NOUN_GAP.fullmatch(low, mb.end, prev.start)
                            )
                            # "South Georgia and the South Sandwich Islands, a separate
                            # British territory of about 3,900 km²": a territory apposed
                            or _APPOSED_TERRITORY_GAP.fullmatch(low, mb.end, prev.start)
                            # "Площадь Судана — 1,886 млн кв. км; ... около трети этой
                            # территории": the place whose area the sentence opens with
                            or (
                                _AREA_OF_OPENS.fullmatch(low, p0, mb.start)
                                and _AREA_OF_VERB.fullmatch(low, mb.end, prev.start)
                            )
                        )
                        else None
                    )
                    or _opening_whole(text, p0, prev.start, ctx, countries=True)
                    or of
                )
        if unit == "%" and has_target:
            dropped = None  # a list of shares of no territory ends at a territorial one
        qualifier = f.qualifier
        if qualifier is None and said_after is not None:
            # "the remaining 60 percent or so", "a fifth or more of Ukraine"
            qualifier = _QUAL_AFTER_WORDS[" ".join(said_after.group(1).split())]
        wholes = [of, *_each_of(low, end, of, ctx), *_each_by_po(low, start, end, of, ctx)]
        if unit == "%" and not has_target and partners and of is not None:
            wholes = [*partners, of]
        if unit == "%" and _THEIR_TERRITORY.match(low, end):
            pair = _pair_before(text, low, start, ctx)
            if (
                pair is not None
                # two first-level units (ISO 3166-2), not countries or named areas
                and all("-" in w and not w.startswith("area:") for w in pair)
                # (the whole read for "their" alone may be one of them, or their country:
                # "их территории" after "Запорожской и Херсонской областей")
                and (
                    of is None
                    or of in pair
                    or all(_gazetteer().units.get(w, (None, "", ""))[2] == of for w in pair)
                )
            ):
                # "the Zaporizhzhia and Kherson regions, though Russia holds only about 75%
                # of their territory": a share of each
                wholes = list(pair)
        partners = []
        for whole in wholes:
            claims.append(
                Claim(f.value, f.high, unit, qualifier, whole, start, end, text[start:end])
            )
            named.append(has_target and whole is not None and _names_whole(text, low, end, ctx))
            bare.append(not has_target and not restates and not label_given)
    _taken_area_as_share(text, low, claims, ctx)
    for i in range(len(claims) - 1):
        a, b = claims[i], claims[i + 1]
        if (
            a.of is None
            and b.of is not None
            and a.unit == b.unit
            and a.unit in AREA_UNITS
            and _PART_OF_AREA_GAP.fullmatch(low, a.end, b.start)
        ):
            # "roughly 1,100 of the 1,300 square kilometers Ukraine once held in the
            # region": a part of that area lies where it does
            claims[i] = dataclasses.replace(a, of=b.of)
        elif (
            a.of is None
            and b.of is not None
            and a.unit == b.unit
            and a.surface[-1:].isdigit()
            and _PAIR_GAP.fullmatch(low, a.end, b.start)
        ):
            # "gained 725 and 593 square kilometres in Ukraine": the first number of a pair
            # that shares the second's unit is where the second is
            claims[i] = dataclasses.replace(a, of=b.of)
    claims = _share_named_whole(text, claims, named, bare)
    if _RESPECTIVELY.search(low):
        # (after a bare figure took its sentence's whole: "about 12% and 18% of Moldova
        # and Georgia respectively" then gives each its own)
        _respective_wholes(text, low, claims, ctx)
    _sizes_of_wholes(low, claims)
    # a side of no territory ("the northern half of Nicosia", a city) is no share of ground
    return [
        c
        for c in claims
        if not (
            c.unit == "%"
            and c.of is None
            and _SIDE_BEFORE.search(low, max(0, c.start - 30), c.start)
        )
    ]


#: Between a share and the area of its whole: " of the ", " из ", " від ".
_SHARE_OF_SIZE_GAP = re.compile(
    r"\s+(?:of|из|із|з|від|от)\s+(?:the\s+|its\s+|її\s+|её\s+|ее\s+|их\s+|їх\s+)?"
    r"(?:(?:roughly|about|some|around|approximately|примерно|около|приблизно|близько)\s+)?"
)


#: After an area, a clause that says which ground it is: "the 1,300 km² it once held".
_RELATIVE_AFTER_SIZE = re.compile(
    r"\s+(?:that|which|it|they|we|he|she|які|яку|що|которые|которую|что)(?!\w)"
)


def _sizes_of_wholes(low: str, claims: list[Claim]) -> None:
    """An area right after a share and "of" is the whole's own size, a part of nothing.

    "около 75% из 26,5 тыс. км² Донецкой области", "18% от 69,7 тыс. км² территории
    Грузии", "about 20% of the 603,000 km² of Ukraine": the share is of the place, the area
    is the place's (``of`` None). Changes ``claims`` in place.
    """
    for i in range(1, len(claims)):
        prev, cur = claims[i - 1], claims[i]
        if (
            cur.unit in AREA_UNITS
            and cur.of is not None
            and prev.unit == "%"
            and _SHARE_OF_SIZE_GAP.fullmatch(low, prev.end, cur.start)
            # (not ground a clause describes: "10 percent of the 1,300 km² it once claimed")
            and not _RELATIVE_AFTER_SIZE.match(low, cur.end)
        ):
            if prev.of is None:
                # the whole named after the area is the share's: "18% от 69,7 тыс. км²
                # территории Грузии"
                claims[i - 1] = dataclasses.replace(prev, of=cur.of)
            claims[i] = dataclasses.replace(cur, of=None)


#: "respectively": figures and places listed in the same order (any case; geoclaims.check
#: reads the text as written).
_RESPECTIVELY = re.compile(r"(?i)(?<!\w)(?:respectively|відповідно|соответственно)(?!\w)")
#: Between the figures of a list said "respectively": "понад 75% і майже 99%".
_FIGURES_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+|і\s+|и\s+|та\s+)?|\s+(?:and|і|и|та|й)\s+)")
#: Between the places of a list: "Donetsk and Luhansk", "Донеччині та Луганщині".
_PLACES_JOINED = re.compile(
    r"(?:\s+(?:oblasts?|regions?|областях|областей|областями))?"
    r"\s*(?:,\s*(?:and\s+|і\s+|и\s+|та\s+)?|\s+(?:and|і|и|та|й)\s+)(?:the\s+|на\s+|в\s+|у\s+)?"
)


#: A question of how much ground: "how much of", "what share of", "яку площу", "сколько
#: квадратных километров".
_HOW_MUCH = re.compile(
    r"(?<!\w)(?:how\s+much(?:\s+territory|\s+ground|\s+land)?\s+(?:of|in)|how\s+many\s+"
    r"square\s+(?:kilomet|mile)\w*\s+(?:of|in)|what\s+(?:share|part|proportion|percentage)"
    r"\s+of|яку\s+площу|яка\s+частина|яку\s+частину|скільки\s+квадратних\s+кілометрів|"
    r"какую\s+площадь|какая\s+часть|какую\s+часть|сколько\s+квадратных\s+километров)"
    r"\s+(?:the\s+)?"
)


def _asked_whole(text: str, low: str, start: int, ctx: _Context) -> str | None:
    """The place a question asked "how much of", when the figure answers it, else None.

    The figure's sentence must follow the question (its "?" within 200 characters of the
    figure's sentence), and the question name the place right after its words.
    """
    s0, _s1 = _sentence_bounds(text, start, start)
    mark = text.rfind("?", max(0, s0 - 200), start)
    if mark < 0 or _FIGURE_BETWEEN.search(low, mark, start):
        return None
    ends, chosen = ctx.every
    k = bisect.bisect_right(ends, start)
    if _REGION_PHRASE.search(low, mark + 1, start) or any(
        m.start > mark and m.kind in _WHOLE_KINDS for m in chosen[max(0, k - 8) : k]
    ):
        return None  # the answer names its own place ("A: The peninsula is about 27,000")
    q0 = max(text.rfind(c, 0, mark) for c in ".!?\n") + 1
    for m in _HOW_MUCH.finditer(low, q0, mark):
        men = ctx.at.get(m.end())
        if men is not None and men.kind in _WHOLE_KINDS:
            return _whole_id(men)
    return None


#: Between the last figure of a list and the places they are of: " of the ", " of ".
#: (past a noun of ground: "of the territory of the", "території", "территории")
_OF_LIST_GAP = re.compile(
    r"\s+(?:(?:of|из|із|з)\s+)?(?:the\s+)?"
    r"(?:(?:territory|territories|land|area)\s+of\s+(?:the\s+)?|"
    r"(?:території|територій|территории|территорий|площі|площади)\s+)?"
)


def _respective_wholes(text: str, low: str, claims: list[Claim], ctx: _Context) -> None:
    """Give figures said "respectively" the places listed before them, in order, in place.

    "на Донеччині та Луганщині, де під окупацією перебуває відповідно понад 75% і майже 99%
    території": 75% of Donetsk oblast, 99% of Luhansk, when the figures name no whole of
    their own in the sentence (not "Kharkiv and Sumy make up 5.2% and 3.9% of Ukraine,
    respectively", both of Ukraine); or the list right after them ("about 98% and 62% of
    the Luhansk and Donetsk regions, respectively").
    """
    i = 0
    while i < len(claims):
        j = i
        while (
            j + 1 < len(claims)
            and claims[j + 1].unit == claims[i].unit
            and _FIGURES_JOINED.fullmatch(low, claims[j].end, claims[j + 1].start)
        ):
            j += 1
        first = i
        group = claims[i : j + 1]
        i = j + 1
        # (shares only: areas said respectively are the places' own sizes, "Ceuta and
        # Melilla cover 18.5 and 12.3 km² respectively")
        if len(group) < 2 or group[0].unit != "%" or len({c.of for c in group}) != 1:
            continue
        s0, s1 = _sentence_bounds(text, group[0].start, group[-1].end)
        if not _RESPECTIVELY.search(low, s0, s1):
            continue
        ends, chosen = ctx.every
        inside = chosen[bisect.bisect_left(ends, s0) : bisect.bisect_right(ends, s1)]
        before = [m for m in inside if s0 <= m.start and m.end <= group[0].start]
        # "about 98% and 62% of the Luhansk and Donetsk regions, respectively": the list
        # right after the figures, when there is one
        after: list[_Mention] = []
        for m in inside:
            if m.start < group[-1].end:
                continue
            if not after and not _OF_LIST_GAP.fullmatch(low, group[-1].end, m.start):
                break
            # ("about 12% and 18% of Moldova and Georgia respectively": countries too)
            if m.kind not in ("region", "entity", "area", "country"):
                break
            if after and not _PLACES_JOINED.fullmatch(low, after[-1].end, m.start):
                break
            after.append(m)
        if len(after) == len(group):
            for k, (c, m) in enumerate(zip(group, after, strict=True), start=first):
                claims[k] = dataclasses.replace(c, of=_whole_id(m))
            continue
        if any(m.kind in _WHOLE_KINDS and _whole_id(m) == group[0].of for m in inside):
            continue  # the figures' whole is named in the sentence: theirs, not the list's
        # the last list of places before the figures
        places: list[_Mention] = []
        for m in reversed(before):
            if not places and m.kind in ("country", "metonym"):
                continue  # the holder between the list and its figures ("Russia holds")
            if m.kind not in ("region", "entity", "area"):
                break
            if places and not _PLACES_JOINED.fullmatch(low, m.end, places[0].start):
                break
            places.insert(0, m)
        if len(places) != len(group):
            continue
        for k, (c, m) in enumerate(zip(group, places, strict=True), start=first):
            claims[k] = dataclasses.replace(c, of=_whole_id(m))


def _taken_area_as_share(text: str, low: str, claims: list[Claim], ctx: _Context) -> None:
    """Give an area taken the whole of the share that restates it, in place.

    "российская армия заняла около 4,1 тыс. км² — примерно 0,7% территории Украины": the
    area taken is a part of Ukraine, as the share says; a place's own size restated as a
    share ("it covers 4,100 km², or 12% of the country") keeps none.
    """
    ends, chosen = ctx.every
    for i in range(len(claims) - 1):
        a, b = claims[i], claims[i + 1]
        made_up = _AREA_MAKES_UP_SHARE.fullmatch(low, a.end, b.start)
        if (
            a.unit in AREA_UNITS
            and a.of is None
            and b.unit == "%"
            and b.of is not None
            and (
                _AREA_THEN_SHARE.fullmatch(low, a.end, b.start)
                # "... with a total area of under 100 km². That is less than 0.5% of the
                # region", "площею близько 80 км², що становить лише 0,25% площі регіону"
                or _AREA_THEN_SHARE_SAID.fullmatch(low, a.end, b.start)
                or made_up
            )
        ):
            s0, _s1 = _sentence_bounds(text, a.start, a.end)
            lo = max(s0, a.start - 30)
            held = _HELD_BEFORE.search(low, max(s0, a.start - 120), a.start)
            size = _SIZE_CUE_BEFORE.search(low, max(s0, a.start - 120), a.start)
            taken = held or _TAKING_VERB.search(low, max(s0, a.start - 120), a.start)
            if (
                _TAKEN_BEFORE.search(low, lo, a.start)
                # "Россия контролирует около 116 тысяч кв. км, или примерно 19,2% территории
                # Украины", "the area under Moscow's control to about 113,100 km², or 18.7% of
                # Ukraine": ground held, not a place's own size
                or (
                    taken
                    and (
                        (held and not size)
                        # "утримують кілька сіл загальною площею близько 200 км²": the total
                        # of the ground held, no named place held ("controls Crimea, with a
                        # total area of") sized
                        or (
                            _TOTAL_AREA_BEFORE.search(low, taken.end(), a.start)
                            and not any(
                                m.kind in _WHOLE_KINDS
                                and m.start >= taken.end()
                                and _HELD_OBJECT_GAP.fullmatch(low, taken.end(), m.start)
                                for m in chosen[
                                    bisect.bisect_left(ends, taken.end()) : bisect.bisect_right(
                                        ends, a.start
                                    )
                                ]
                            )
                        )
                    )
                    # "почти весь Дарфур — около 490 тыс. кв. км": the place's own size; but
                    # not "pockets of north-eastern Tigray — perhaps 2,000 sq km"
                    and not (
                        (lm := _mention_before(a.start, ctx)) is not None
                        and lm.start >= s0
                        and _APPOSED_SIZE.fullmatch(low, lm.end, a.start)
                        and not _PART_OF_BEFORE.search(low, max(s0, lm.start - 40), lm.start)
                    )
                )
                # "A: Roughly 113,000 square kilometres, or just under a fifth of the
                # country": an area said alone, no place's size, is the share's part
                or _ALONE_BEFORE.fullmatch(low, s0, a.start)
                # "overran the north, more than 800,000 sq km that make up two-thirds of the
                # country": an area said to make up a share of a whole is its part, unless
                # it is the size of the place named right before it ("Transnistria, 4,163
                # km², which makes up 12% of Moldova")
                or (
                    made_up
                    and not (
                        (lm := _mention_before(a.start, ctx)) is not None
                        and lm.start >= s0
                        # "Darfur, a region of about 493,000 km² that makes up"
                        and _APPOSED_OWN_SIZE.fullmatch(low, lm.end, a.start)
                        # but "the north of Chad, more than 800,000 sq km": a part's
                        and not _PART_OF_BEFORE.search(low, max(s0, lm.start - 40), lm.start)
                        and not _DIRECTION_BEFORE.search(low, max(s0, lm.start - 40), lm.start)
                    )
                )
                # "about 2,300 sq km — roughly 5% of Estonia's pre-war territory — was moved
                # into Leningrad Oblast": ground handed over, its verb after the share
                or (
                    _HANDED_OVER_AFTER.match(low, _SHARE_TAIL.match(low, b.end).end())
                    # (an area said alone: no place before it in its sentence, whose own
                    # size it would be: "The Sudetenland, roughly 28,000 km², ... was
                    # annexed")
                    and _no_whole_between(s0, a.start, ctx)
                    and not _THE_PLACE_NOUN.search(low, s0, a.start)
                )
            ):
                claims[i] = dataclasses.replace(a, of=b.of)


#: Right before a share, a verb that estimates it again: "mapping suggests", "analysts put
#: it at", "ISW estimates", "оцінюють її в", "по оценкам".
_ESTIMATE_BEFORE = re.compile(
    r"(?<!\w)(?:suggest|estimat|put|puts|show|shows|indicat|reckon|assess|"
    r"оцінюю\w*|оцінив\w*|оценива\w*|оценил\w*)\w*\s+"
    r"(?:(?:it|the\s+(?:figure|share|total)|її|ее|её|її\s+частку|ее\s+долю)\s+)?"
    r"(?:(?:at|to\s+be|closer\s+to|nearer|в|у|на)\s+)?$"
)

#: After a share, the rest of its phrase up to a dash or a comma that closes it.
_SHARE_TAIL = re.compile(r"[^—–,.;:!?]{0,80}[—–,]?")
#: A passive verb of ground handed over, right after the area and its share.
_HANDED_OVER_AFTER = re.compile(
    r"\s*(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:moved|transferred|handed|ceded|"
    r"annexed|given|incorporated|attached|detached|seized|taken|lost)\b"
)


#: Between an area and the share that restates it in a clause or sentence of its own:
#: ". That is", ", which is", ", що становить лише", ". Это менее".
_AREA_THEN_SHARE_SAID = re.compile(
    r"\s*(?:\.\s+(?:that|this|it)\s+(?:is|was|amounts\s+to|represents)|"
    r"\.\s+(?:это|це)(?:\s+(?:становить|составляет))?|"
    r",\s*(?:which\s+is|which\s+amounts\s+to|i\.\s?e\.,?|що\s+становить|что\s+составляет))"
    r"(?:\s+(?:only|just|лише|лишь|только|всего|всього))?\s+"
)
#: Between an area and the share it is said to make up: " that make up roughly", ", which
#: accounts for" (a verb of composing, then the share).
_AREA_MAKES_UP_SHARE = re.compile(
    r"\s*,?\s*(?:that|which)\s+(?:(?:together|now|still|alone)\s+)?(?:make\s+up|makes\s+up|"
    r"made\s+up|account(?:s|ed)?\s+for|represent(?:s|ed)?|constitut(?:e|es|ed)|"
    r"amount(?:s|ed)?\s+to)\s+"
)
#: Between a place and its own size in apposition, maybe with what it is: "Darfur, a
#: region of about", "Mayotte, a French department of", "the five Darfur states, a region
#: of", "Transnistria, ".
_APPOSED_OWN_SIZE = re.compile(
    r"(?:\s+(?:states|regions|provinces|oblasts|districts|islands))?"
    r"['’]?s?\s*[,—–(]\s*(?:(?:an?|the)\s+(?:[^\W\d][\w-]*\s+){1,3}of\s+)?"
)
#: A side or the middle of a place, said right before its name: "the north of", "northern",
#: "the eastern part of", "восточной части".
_DIRECTION_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|"
    r"central|(?:східн|західн|північн|південн|центральн|восточн|западн|северн|южн)\w*)\s+"
    r"(?:(?:part|частин\w*|част[иі])\s+)?(?:of\s+)?(?:the\s+)?$"
)
#: The total of a piece of ground held, said before its area: "with a total area of",
#: "загальною площею", "общей площадью".
_TOTAL_AREA_BEFORE = re.compile(
    r"(?<!\w)(?:(?:total|combined)\s+(?:land\s+)?area|загальн\w+\s+площ\w*|"
    r"общ\w+\s+площад\w*)(?!\w)"
)
#: Between a verb of holding and the place held: "controls ", "holds all of the ".
_HELD_OBJECT_GAP = re.compile(r"\s+(?:(?:all|most|much|the\s+whole)\s+of\s+)?(?:the\s+)?")
#: A part of a place, said right before its name: "pockets of north-eastern", "parts of
#: the".
_PART_OF_BEFORE = re.compile(
    r"(?<!\w)(?:" + _PART_NOUNS + r")\s+of\s+(?:the\s+)?(?:[^\W\d][\w-]*\s+)?$"
)


#: An area that opens its sentence or answer, or what someone says: "A: Roughly 113,000
#: square kilometres".
_ALONE_BEFORE = re.compile(
    r"\s*(?:a:\s*)?"
    # "Ukraine says up to 174,000 square kilometres, close to 30 percent of the country":
    # an area someone states
    r"(?:(?:[^\W\d][\w'’-]*\s+){1,3}(?:says?|said|estimates?|estimated|reports?|reported)"
    r"\s+(?:that\s+)?)?"
)
#: Ground held, said before an area: "controls", "under Russian control to about",
#: "контролирует", "під окупацією".
_HELD_BEFORE = re.compile(
    # (ground held as a noun: "the foothold amounts to", "плацдарм займає")
    r"(?<!\w)(?:foothold|bridgehead|salient|плацдарм\w*|"
    r"control(?:s|led|ling)?|hold(?:s|ing)?|held|occup(?:y|ies|ied|ying)|"
    r"occupation|контрол\w*|утриму\w*|удержива\w*|окупац\w*|оккупац\w*|окупова\w*|"
    r"оккупирова\w*|оккупиру\w*|окупу\w*|"
    # ground lost is ground held by another: "lost access to nearly 11,000 km²", "Mexico
    # ceded some 525,000 square miles, about 55% of its pre-war territory"
    r"lost|(?<!be\s)(?<!been\s)(?:ceded|surrendered)|gave\s+up|втрати\w*|втратил\w*|потеря\w*|потерял\w*|"
    r"поступил\w*|поступилас\w*|уступил\w*|"
    # ground liberated was held too: "звільнили ... понад 6 тис. км², або близько чверті"
    r"liberated|recaptured|retook|retaken|regained|звільн\w*|освобод\w*|освобожд\w*|"
    # ground damaged is part of a whole too: "mining had disturbed 1,500 km², or 5%"
    r"mined|disturbed|flooded|burn(?:ed|t)|contaminated|polluted|affected|damaged|"
    r"замінова\w*|заминирова\w*|затопле\w*|затопи\w*|забрудне\w*|загрязне\w*|"
    r"пошкодже\w*|поврежде\w*)(?!\w)"
)
#: Between a place and its own size in apposition: "Darfur — about", "Crimea, some".
_APPOSED_SIZE = re.compile(
    r"['’]?s?\s*[,—–(]\s*(?:that\s+is,?\s+|тобто\s+|то\s+есть\s+|це\s+|это\s+)?"
)
#: A place's own size said before an area: "covers", "an area of", "площа".
_SIZE_CUE_BEFORE = re.compile(
    r"(?<!\w)(?:cover(?:s|ed|ing)?|span(?:s|ned|ning)?|measur\w+|size|площ\w*|"
    r"занима\w*|займа\w*|охоплю\w*|охватыва\w*|"
    # "together they make up about 27,000 km²", "across an area estimated at"
    r"make\s+up|makes\s+up|made\s+up|an\s+area)(?!\w)"
    # "a region of roughly 493,000 km²", "a territory of" (right before the figure; "a strip
    # of northern Syria" is the ground held)
    r"|(?<!\w)(?:area|region|territory|state|country|enclave|zone|strip|plateau)\s+of\s+"
    r"(?:[^\W\d]+\s+){0,2}$"
)
#: A participle of ground taken after an area, before where it lies ("km² retaken in").
_TAKEN_AFTER = re.compile(
    # ("had been freed in the Kharkiv region", "were liberated in Kherson Oblast")
    r"\s+(?:(?:had|have|has|were|was|are|is)\s+(?:(?:since|now|already)\s+)?"
    r"(?:been\s+)?)?(?:retaken|recaptured|liberated|freed|recovered|captured|seized|taken|"
    r"occupied|lost|regained|gained|held)(?:\s+(?:back|so\s+far))?(?=\s+(?:in|inside|within)\s)"
)
#: After a part's area, a verb of where it lies: "lay in", "находятся в", "знаходяться у".
_LIES_BEFORE_IN = re.compile(
    r"\s+(?:lay|lie|lies|lying|are|is|was|were|находятся|находится|находились|находилась|"
    r"находилось|расположены|расположено|расположена|знаходяться|знаходиться|знаходилися|"
    r"знаходилася|розташовані|розташована|розташоване)(?=\s+(?:in|inside|within|у|в|во)\s)"
)
#: After "of land": a clause of its taking, then where: "that China reclaimed in the".
_TAKEN_IN_PLACE = re.compile(
    r"\s*(?:(?:that|which)\s+)?[^\W\d]+(?:\s+[^\W\d]+)?\s+(?:has\s+|had\s+)?(?:reclaimed|built|"
    r"seized|took|taken|captured|occupied|gained)\s+(?:in|inside|within)\s+(?:the\s+)?"
)
#: The end of a clause after a name: a stop, a bracket, a comma or the end.
_NAME_CLAUSE_END = re.compile(r"\s*(?:[.;:!?)]|,\s*|$)")
#: Between a share with its whole and a share that restates it: " of the country, ".
_SHARE_RESTATED_GAP = re.compile(r"\s+of\s+[^.;:!?\d,]{1,40},\s*(?:or\s+)?")
#: A dash after a share, then its whole: "и около 65% — ДНР".
_DASH_WHOLE_AFTER = re.compile(r"\s*[—–]\s*")
#: Between a share with its whole and the next, joined by "and": " территории ЛНР и около ".
_AND_BEFORE_SHARE = re.compile(
    r"[^.;:!?\d]{0,60}?\s(?:и|та|і|а|and)\s+(?:(?:около|примерно|почти|близько|приблизно|"
    r"майже|about|roughly|nearly|almost|some)\s+)?"
)
#: A relative clause of ground taken between an area and where it lies: "13 km² of land
#: that China reclaimed in the Spratly Islands".
_RELATIVE_TAKEN_IN = re.compile(
    # ("the roughly 116,000 km² Russia holds in Ukraine": "that" left out)
    r"\s+(?:of\s+(?:new\s+|artificial\s+)?(?:land|ground|territory)\s+)?(?:(?:that|which)\s+)?"
    r"[^\W\d]+(?:\s+[^\W\d]+)?\s+(?:has\s+|had\s+)?(?:reclaimed|built|seized|took|taken|"
    r"captured|occupied|holds|held|controls|controlled|gained|lost)(?=\s+(?:in|inside|within)\s)"
)
#: The ground an area is of, before where it lies: "269 sq km of pastureland in western
#: Bhutan", "a 4,000-sq-km swathe of largely unsurveyed forest in southern Chhattisgarh".
_GROUND_COVER_BEFORE_IN = re.compile(
    r"\s+(?:(?:swathe|swath|stretch|tract|patch|belt|expanse)\s+)?of\s+(?:[a-z-]+\s+){0,2}"
    r"(?:land|ground|farmland|pastureland|pastures?|forests?|jungle|rainforest|desert|"
    r"wetlands?|swamps?|marsh(?:land)?|scrub(?:land)?|steppe|savannah?|grassland|hills|ice|"
    # "about 2,800 sq km of Russian gains in Ukraine": ground gained there
    r"gains|advances)"
    r"(?:\s+(?:over|during|since)\s+[^.,;]{1,30}?)?(?=\s+(?:in|inside|within)\s)"
)
#: Between a place and its own size set beside it: ", about", " covers some".
_SIZE_APPOSED_GAP = re.compile(
    r"(?:['’]s)?\s*(?:,|—|–|covers|spans|is)?\s*(?:(?:a|an|about|around|roughly|some|nearly|"
    r"almost|approximately|over|more\s+than|less\s+than)\s+)*"
)
#: A rate after an area, before where it lies: "400 km² a month in Ukraine", "на
#: місяць у".
_RATE_BEFORE_IN = re.compile(
    r"\s+(?:a|per|each|every|на|в|за)\s+(?:day|week|month|year|день|тиждень|неделю|місяць|"
    r"месяц|рік|год)(?=\s+(?:in|inside|within|у|в)\s)"
)
#: A verb of ground taken right before an area ("Russia gained 4,168 km²", "армия
#: заняла около 4,1 тыс. км²"), a qualifier at most between them.
_TAKEN_BEFORE = re.compile(
    r"(?<!\w)(?:gained|took|seized|captured|occupied|annexed|swallow(?:ed|ing|s)?|"
    r"заня\w*|зайня\w*|взял\w*|"
    r"взяв\w*|захопил\w*|захватил\w*|окупувал\w*|оккупировал\w*)\s+(?:[^\W\d]+\s+){0,2}$"
)


def _last_share(claims: list[Claim]) -> Claim | None:
    """The last share found with a whole, else None."""
    for c in reversed(claims):
        if c.unit == "%":
            return c if c.of is not None else None
    return None


#: "занята на 72%", "окупована на три чверті": a share given as a degree, by "на".
_CYR_DEGREE = re.compile(r"(?<!\w)на\s+(?=\S)")
_CYR_DEGREE_PARTICIPLE = re.compile(
    r"(?<!\w)(?:занят|зайнят|оккупирован|окупован|захвачен|захоплен|освобожден|звільнен|"
    r"контролир|контрольован|подконтрольн|підконтрольн|"
    # what the ground is made of or covered by: "на 80% вкрита льодом", "на 60% состоит из
    # федеральных земель"
    r"вкрит|покрит|покрыт|заліснен|облесен|складаєт|складається|состоит|состоя)\w*"
)

#: The participle right after a degree: "на три чверті окупована", "на 70% була зайнята".
_CYR_DEGREE_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:(?:є|був|була|було|был|была|было|остается|остаётся|залишається)\s+)?"
    + _CYR_DEGREE_PARTICIPLE.pattern
)


#: Control said after a degree: "примерно на три четверти находится под контролем России".
_CYR_CONTROL_AFTER = re.compile(
    r"\s+(?:(?:находит\w*|находил\w*|перебува\w*|опинил\w*|оказал\w*)\s+)?"
    r"(?:под|під)\s+(?:\w+\s+)?контрол"
)


#: Between places one degree is given for: "Запорізька і Херсонська — на 70–75%".
_DEGREE_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:і|й|и|та|and))\s+")


def _degree_partners(low: str, start: int, ctx: _Context) -> list[str]:
    """The places listed before the one a Cyrillic degree follows, in text order."""
    ends, every = ctx.every
    k = bisect.bisect_right(ends, start)
    out: list[str] = []
    i = k - 1
    while i > 0:
        m, prev = every[i], every[i - 1]
        if prev.kind != m.kind or not _DEGREE_LIST_GAP.fullmatch(low, prev.end, m.start):
            break
        whole = _whole_id(prev)
        if whole is None:
            break
        out.insert(0, whole)
        i -= 1
    return out


def _degree_whole(
    text: str, low: str, s0: int, start: int, end: int, ctx: _Context
) -> str | None:
    """The whole of a Cyrillic share given as a degree: the place named last before it.

    "Запорожская область занята примерно на три четверти, Херсонская — на 72%": each
    share is of the region it follows, in a sentence that says "occupied" (занята,
    окупована, под контролем...) before it. None for any other figure.
    """
    if not _CYR_DEGREE.search(low, max(s0, start - 4), end):
        # "Luhansk Oblast is more than 99 percent under Russian control, Donetsk Oblast
        # roughly three-quarters": the place the share follows, in a sentence of control
        generic = _EN_GENERIC_DEGREE.search(low, max(s0, start - 50), start)
        if generic is not None and _EN_DEGREE_AFTER.match(low, end):
            # "officials conceded the oblast was 99.8 percent occupied": the unit named
            # before
            return _context_whole(
                text, low, start, ctx, units_only=generic.group(1) in ("oblast", "province")
            )
        m = _mention_before(start, ctx)
        if (
            m is None
            or m.start < s0
            or m.kind not in _WHOLE_KINDS
            # "Controlled by Morocco: about 80%": the holder, not the place held
            or _by_agent(low, m)
            or not _EN_DEGREE_GAP.fullmatch(low, m.end, start)
            or (
                not _EN_DEGREE_AFTER.match(low, end)
                and not (
                    low[m.end : start].strip() == ""
                    and _EN_DEGREE_WORDS.search(low, s0, start)
                    and _PART_CLAUSE_GAP.search(low, s0, m.start)
                )
            )
        ):
            return None
        return _whole_id(m)
    if (
        not _CYR_DEGREE_PARTICIPLE.search(low, s0, start)
        and not _CYR_CONTROL_AFTER.match(low, end)
        # "Херсонщина майже на три чверті окупована": the participle after the degree
        and not _CYR_DEGREE_PARTICIPLE_AFTER.match(low, end)
    ):
        return None
    m = _mention_before(start, ctx)
    if m is None or m.start < s0 or m.kind not in _WHOLE_KINDS:
        return None
    return _whole_id(m)


#: Between a place and its share as a degree: a copula ("Luhansk Oblast is"), or nothing
#: in a gapped clause ("..., Donetsk Oblast roughly three-quarters").
_EN_DEGREE_GAP = re.compile(
    # (past an apposition: "Kharkiv Oblast, 31,415 km² in area, was more than 90% occupied")
    r"['’]?(?:\s*,\s+(?:[^.;:!?]|(?<=\d)\.(?=\d)){1,60}?,)?"
    r"\s+(?:(?:is|was|are|were|remains|remain|remained|now)\s+(?:now\s+|still\s+|already\s+)?)?"
)
#: A generic word as a share's subject: "the oblast was", "the region is now".
_EN_GENERIC_DEGREE = re.compile(
    r"(?<!\w)the\s+(oblast|province|region)\s+(?:is|was|remains|remained)\s+"
    r"(?:now\s+|still\s+|already\s+)?$"
)
#: After a share as a degree: the control it is under ("99 percent under Russian control",
#: "80 percent occupied").
_EN_DEGREE_AFTER = re.compile(
    r"\s*(?:under\s+(?:\w+\s+){0,2}(?:control|occupation)|occupied|controlled|held)\b"
)
_EN_DEGREE_WORDS = re.compile(r"\b(?:under\s+(?:\w+\s+){0,2}(?:control|occupation)|occupied)\b")
_PART_CLAUSE_GAP = re.compile(r"[,;]\s*$|[,;]\s+(?:and|while)\s+$")
_HOW_MUCH_OF = re.compile(
    r"(?<!\w)(?:how\s+much|what\s+(?:share|part|proportion|percentage|fraction))\s+of\s+"
    r"(?:the\s+)?$"
    # "Какая часть Запорожской области ...?", "Яку частину Херсонщини ...?"
    r"|(?<!\w)(?:как(?:ая|ую|ой)|як(?:а|у|ої))\s+(?:част\w+|дол\w+|частк\w+)\s+$"
)


def _how_much_of(text: str, low: str, s0: int, start: int, ctx: _Context) -> str | None:
    """The whole asked about: "how much of X", in the figure's sentence or the question.

    "Q: How much of Zaporizhzhia region does Russia occupy? A: About 70%": the question
    just before the figure's sentence counts too, and one that asks who holds a place ("Q:
    Who holds Kashmir? A: ... India administers roughly 55 percent").
    """
    before = text[max(0, s0 - 6) : s0].rstrip(" \t\n—–-")
    lo = s0
    if before.endswith("?"):
        # the question before, on the same line or the line before ("— Какая часть ...?\n—")
        q = s0 - 6 + len(before) - 1 if s0 >= 6 else len(before) - 1
        lo = _sentence_bounds(text, q, q)[0]
    ends, chosen = ctx.every  # a country too: "How much of Ukraine does Russia hold?"
    asked = chosen[bisect.bisect_left(ends, lo) : bisect.bisect_right(ends, start)]
    for m in asked:
        if (
            m.start >= lo
            and m.kind in _WHOLE_KINDS
            and _HOW_MUCH_OF.search(low, max(0, m.start - 20), m.start)
        ):
            return _whole_id(m)
    if lo < s0 and _HOW_MUCH_ASKED.search(low, lo, s0):
        # "Сколько Россия контролирует в Херсонской области? — Примерно 70–75%": the unit
        # the question is set in
        units = [m for m in asked if m.start >= lo and m.kind in ("region", "entity", "area")]
        if units:
            return _whole_id(units[-1])
    return None


_HOW_MUCH_ASKED = re.compile(
    r"(?<!\w)(?:how\s+much|сколько|скільки|"
    # "Q: Who holds Kashmir? A: ... India administers roughly 55 percent": the place asked
    r"who\s+(?:holds|controls|runs|administers|governs|occupies)|"
    r"кто\s+(?:контролирует|управляет|владеет)|хто\s+(?:контролює|керує|володіє))(?!\w)"
)


#: A sentence that opens with the whole and its size: "Of its roughly 222,000 km², India
#: administers about 55%", "Of Ukraine's 603,628 km², Russia holds ...".
_FRONTED_PLACE = re.compile(r"[\"'“«(]?(?:of|out\s+of)\s+(?:the\s+)?")
_COMMA_AFTER = re.compile(r"['’]?\s*,")
_FRONTED_ADJECTIVES = re.compile(
    r"(?:(?:disputed|contested|former|whole|entire|divided|wider|greater|historic)\s+)+"
)
_FRONTED_DESCRIPTION = re.compile(
    r"(?:(?:former|whole|entire|disputed|contested|historic|old)\s+)*"
    r"(?:princely\s+state|territory|region|area|land|island|peninsula)\s*,"
)
_FRONTED_OF = re.compile(
    r"[\"'“«(]?(?:of|out\s+of)\s+(?:(?P<its>its|their)|(?P<owner>[^,.;:]{2,60}?)['’]s?)\s+"
    r"(?:(?:total|entire|roughly|some|about|around|nearly|almost)\s+)*\d[\d,.\s\u00a0]*"
    r"(?:million\s+)?(?:km²|km2|sq\.?\s*km|square\s+(?:kilomet(?:re|er)s|miles))[^,.;]{0,30},"
)


_FRONTED_AREA_OF = re.compile(
    r"[\"'“«(]?(?:of|out\s+of)\s+the\s+(?:(?:total|entire|roughly|some|about|around|nearly|"
    r"almost)\s+)*\d[\d,.\s\u00a0]*(?:million\s+)?(?:km²|km2|sq\.?\s*km|square\s+"
    r"(?:kilomet(?:re|er)s|miles))"
    # "(some 86,000 square miles)": a conversion in brackets
    r"(?:\s*\([^()]{1,40}\))?\s+(?:that\s+(?:made|make|makes|formed|form|forms)\s+up|"
    r"that\s+(?:formed|form|forms)|of|in)\s+(?:the\s+)?"
)


def _fronted_whole(
    text: str, low: str, s0: int, start: int, ctx: _Context, sized: bool = False
) -> str | None:
    """The whole a sentence opens with, else None.

    "Of its roughly 222,000 km², ...", "Of Kashmir, India administers ...", "Of the former
    princely state, ..." (the place the sentence before is about). With ``sized``, only
    an opening that gives the whole's size ("Of Donetsk Oblast's 26,517 km², ..."): the
    areas after "Of the seven occupied districts," are the districts' own.
    """
    lead = s0 + len(low[s0:start]) - len(low[s0:start].lstrip())
    plain = None if sized else _FRONTED_PLACE.match(low, lead, start)
    if plain is not None:
        adj = _FRONTED_ADJECTIVES.match(low, plain.end())
        # "Of the disputed Kashmir region, Pakistan administers about a third"
        owner = ctx.at.get(adj.end() if adj else plain.end())
        if owner is not None and owner.kind in _WHOLE_KINDS:
            if _COMMA_AFTER.match(low, owner.end):
                return _whole_id(owner)  # "Of Kashmir, India administers about 55%"
        elif _FRONTED_DESCRIPTION.match(low, plain.end(), start):
            # "Of the former princely state, India administers about 55%": the region or
            # area the sentence before is about
            return _topic_before(text, s0, ctx) or _pronoun_whole(text, low, s0, ctx)
    am = _FRONTED_AREA_OF.match(low, lead, start)
    if am is not None:
        # "Of the roughly 222,000 square kilometres that made up the princely state of
        # Kashmir, India administers about 55 percent": past the whole's generic noun
        t = am.end()
        for pattern in (_FORMER_BEFORE, _ADJECTIVES, _GENERIC_OF):
            step = pattern.match(low, t)
            t = step.end() if step else t
        owner = ctx.at.get(t)
        if owner is not None and owner.kind in _WHOLE_KINDS:
            return _whole_id(owner)
    m = _FRONTED_OF.match(low, lead, start)
    if m is None:
        return None
    if m.group("its"):
        return _topic_before(text, s0, ctx) or _pronoun_whole(text, low, s0, ctx)
    at = m.start("owner")
    # ("Of the Zaporizhzhia region's 27,180 km²")
    owner = ctx.at.get(at + 4 if low.startswith("the ", at) else at)
    return _whole_id(owner) if owner is not None and owner.kind in _WHOLE_KINDS else None


#: "another 3%", "a further 5%", "ще 5%": one more share of the whole the last one was of.
_ANOTHER = r"(?<!\w)(?:another|a\s+further|an\s+additional|ще|ещё|еще)"
_ANOTHER_BEFORE = re.compile(rf"{_ANOTHER}\s+(?:[^\W\d]+\s+)?$")
_MORE_AFTER = re.compile(r"\s+more(?!\s+than)(?!\w)")
#: A sentence that opens with a date: "By late 2025", "In March 2022", "Станом на 2024".
_DATED_OPENING = re.compile(
    r"\s*[\"'«“]?(?:by|in|as\s+of|at\s+the\s+end\s+of|since|until|станом\s+на|на\s+конец|"
    r"к|до|у|в)\s+(?:(?:late|early|mid|the\s+end\s+of|the\s+start\s+of|[a-zа-яіїєё]+)[\s-]+)?"
    r"(?:19|20)\d\d\b"
)
_ANOTHER_IN = re.compile(rf"{_ANOTHER}\s")
_OF_WHICH = re.compile(r"(?<!\w)(?:of\s+which|из\s+которых|з\s+яких|із\s+яких)(?!\w)")
#: Right after an area: "of it" as a clause opens, a share of it to follow (", з них").
_OF_THEM_AFTER_AREA = re.compile(
    r"\s*[,;—–]\s*(?:з|із|из|of)\s+(?:них|неї|неё|нее|this|that|it)(?!\w)"
)


def _previous_of(text: str, start: int, ctx: _Context) -> str | None:
    """The whole named right after the figure before ``start`` in its sentence ("of X")."""
    s0, _s1 = _sentence_bounds(text, start, start)
    found = _scan(text[s0:start])  # the sentence's figures before this one
    if not found:
        return None
    at = s0 + found[-1].end
    m = _OF.match(text[at : at + 60].lower())
    men = ctx.at.get(at + m.end()) if m else None
    return _whole_id(men) if men is not None and men.kind in _WHOLE_KINDS else None


_PART_GAP = re.compile(
    r"\s*[,(—–]\s*"
    # "Area B, with Palestinian civil and Israeli security control, about 22 percent"
    r"(?:[^,;.:()\d]{1,80},\s*)?"
    # "and Area C, which makes up around 60 percent"
    r"(?:(?:(?:which|that)\s+)?(?:makes?\s+up|accounts?\s+for|covers?|is|comprises?|"
    r"represents?|spans?)\s+"
    # "..., and Area B, under joint control, for about 22 percent": the verb left out
    r"|for\s+)?"
    r"(?:(?:the|a|an)\s+)?(?:remaining\s+|other\s+)?"
)


def _parallel_parts(text: str, prev_start: int, start: int, ctx: _Context) -> bool:
    """Whether two figures each follow a place in apposition ("A, 18%...; B, 22%").

    The places are regions, entities or areas, the second within 300 characters of the
    first figure.
    """
    if start - prev_start > 300:
        return False
    a, b = _mention_before(prev_start, ctx), _mention_before(start, ctx)
    return (
        a is not None
        and b is not None
        and a is not b
        and b.start > prev_start
        and a.kind in ("region", "entity", "area")
        and b.kind in ("region", "entity", "area")
        and _PART_GAP.fullmatch(text.lower(), a.end, prev_start) is not None
        and _PART_GAP.fullmatch(text.lower(), b.end, start) is not None
    )


#: A place's own size before an area figure: "a region of", "площадью", "занимала".
_OWN_SIZE_BEFORE = re.compile(
    r"(?<!\w)(?:(?:territory|area|island|archipelago|region|country|state|province|"
    r"department|governorate|county|peninsula|enclave|exclave|strip|plateau|zone)\s+of|"
    r"площадью|площею|занима\w+|"
    r"займа\w+)\s+(?:[^\W\d]+\s+){0,2}$"
)
#: Before a place noun in :data:`_OWN_SIZE_BEFORE`: a phrase that names a place said
#: before ("Tigray, a region of", "Kosovo is a country of", "the territory of").
_NAMING_PHRASE_BEFORE = re.compile(
    r"(?:(?:^|[,(—–.?!:]|\b(?:is|was|remains|as))\s*(?:an?|the)|(?<!\w)the)\s+(?:[\w'’-]+\s+){0,3}$"
)


#: A Cyrillic noun for a plot of ground no name is given to, before "площею/площадью".
_CYR_PLOT_BEFORE = re.compile(
    r"(?<!\w)(?:ділянц\w*|ділянк\w*|участк\w*|участок|смуз\w*|смуг\w*|полос\w*|"
    r"клапт\w*|плацдарм\w*)\s+$"
)


def _own_size_before(low: str, start: int) -> bool:
    """Whether the area at ``start`` is the size of a place, not a part of where it lies.

    "Tigray, a region of roughly 50,000 km² in northern Ethiopia", "площадью 4,4 тыс. кв.
    км на территории Азербайджана": the place's own size; but not a piece of ground no
    name is given to ("moved into a demilitarised strip of roughly 235 km² inside Syria":
    a part of Syria).
    """
    m = _OWN_SIZE_BEFORE.search(low, max(0, start - 40), start)
    if m is None or _FORCES_TAKE_UP_BEFORE.search(low, max(0, start - 60), start):
        return False
    if not m.group(0)[0].isascii():
        # "на ділянці площею до 90 кв. км у Сумській області": a plot no name is given to
        # is a part of where it lies
        return not _CYR_PLOT_BEFORE.search(low, max(0, m.start() - 20), m.start())
    return _NAMING_PHRASE_BEFORE.search(low, max(0, m.start() - 60), m.start()) is not None


#: Qualifiers said after a figure: "60 percent or so", "a third or more".
_QUAL_AFTER_WORDS = {"or so": "about", "or thereabouts": "about", "or more": "at_least"}
_QUAL_AFTER = re.compile(r"\s+(or\s+so|or\s+thereabouts|or\s+more)(?!\w)")


def _measured_before(text: str, low: str, start: int, ctx: _Context) -> str | None:
    """The place an area figure at ``start`` measures.

    Named right before it in its sentence, a country too ("Площадь Грузии — около 69,7
    тысячи квадратных километров"), unless it holds ground; else :func:`_whole_before`.
    """
    m = _mention_before(start, ctx)
    s0, _s1 = _sentence_bounds(text, start, start)
    if (
        m is not None
        and m.kind == "country"
        and m.start >= s0
        and _MEASURED_GAP.fullmatch(low, m.end, start)
        and m.country not in _holders(text, low, start, ctx)
    ):
        return _whole_id(m)
    if m is not None and m.start >= s0:
        # "Japan's Northern Territories — Iturup, Kunashir, Shikotan and the Habomai
        # islands — total about 5,000 km²": the place its parts are listed for, between dashes
        close = max(low.rfind("—", m.end, start), low.rfind("–", m.end, start))
        opened = max(low.rfind("—", s0, m.start), low.rfind("–", s0, m.start))
        if close > 0 and opened > 0 and close - opened < 160:
            ends, chosen = ctx.every
            k = bisect.bisect_right(ends, opened)
            head = chosen[k - 1] if k else None
            if (
                head is not None
                and head.start >= s0
                and head.kind in _WHOLE_KINDS
                and not low[head.end : opened].strip()
            ):
                return _whole_id(head)
    return _whole_before(start, ctx)


#: Between a place and the area it measures: "Площадь Грузии — около", "Georgia's".
#: Between a place and its own size: "Idlib Governorate covers", "Idlib Governorate, about".
_COVERS_GAP = re.compile(r"(?:['’]s)?\s*(?:,|covers|spans|is|займає|занимает)?\s*")
_MEASURED_GAP = re.compile(r"(?:['’]s)?\s*(?:—|–|-|:|,|is|covers|spans|составляет|становить)?\s*")


def _whole_before(start: int, ctx: _Context) -> str | None:
    """The region, entity or area named last before ``start`` in its sentence's reach."""
    ends, chosen = ctx.wholes
    k = bisect.bisect_right(ends, start)
    return _whole_id(chosen[k - 1]) if k and start - chosen[k - 1].end < 200 else None


def _share_of_named(text: str, low: str, s0: int, start: int, ctx: _Context) -> str | None:
    """The whole named after "share of" earlier in the figure's sentence, else None.

    "Russia's share of Ukraine rose in 2025 to about 19.3%" is Ukraine's, and so is "its
    share of Ukrainian territory at 18%"; "the RSF's share of the country fell from about
    40 percent" is the country's the text is about.
    """
    for m in reversed(list(_CONTROL_OF_NAMED.finditer(low, s0, start))):
        # "analysts put Russian control of Donetsk Oblast at about 79 percent"
        men = ctx.at.get(m.end())
        if men is not None and men.kind in _WHOLE_KINDS and _AT_FIGURE.fullmatch(
            low, men.end, start
        ):
            return _whole_id(men)
    for m in reversed(list(_POSSESSOR_SHARE.finditer(low, s0, start))):
        if not _FIGURE_BETWEEN.search(low, m.end(), start):
            # "the oblast's occupied share fell from roughly 30%": the place that noun means
            if m["noun"] == "country":
                return _the_country(text, low, start, ctx)
            units_only = m["noun"] in ("oblast", "province", "state", "governorate")
            return _context_whole(text, low, m.start(), ctx, units_only=units_only)
    for m in reversed(list(_SHARE_OF.finditer(low, s0, start))):
        if _SHARE_OF_COUNTRY.match(low, m.end()) and not _FIGURE_BETWEEN.search(
            low, m.end(), start
        ):
            return _the_country(text, low, start, ctx)
        men = ctx.at.get(m.end())
        if men is not None and men.kind in _WHOLE_KINDS and not _FIGURE_BETWEEN.search(
            low, men.end, start
        ):
            return _whole_id(men)
        dm = _DEMONYM_RE.match(low, m.end())
        if dm and not _FIGURE_BETWEEN.search(low, dm.end(), start):
            # "Russia's share of Ukrainian territory at between 17 and 19 percent"
            return _DEMONYMS[dm.group("dem") or dm.group("sdem")]
        rm = _REGION_PHRASE.match(low, m.end())
        if rm and not rm.group("poss") and not _FIGURE_BETWEEN.search(low, rm.end(), start):
            # "Kinburn Spit, part of Mykolaiv Oblast ...; officials put the occupied share
            # of the oblast at less than 1%": the oblast named before
            unit_word = _UNIT_WORD.search(low, m.end(), rm.end()) is not None
            return _place_by_head(rm.group(0), start, ctx) or _context_whole(
                text, low, m.start(), ctx, unit_word
            )
    return None


def _cyr_share_of_named(low: str, s0: int, start: int, ctx: _Context) -> str | None:
    """The place named in the genitive right past a Cyrillic share noun, else None.

    "частка окупованої території Харківської області зросла з 3% до 6%" is the oblast's,
    whatever whole the figure before had; "доля подконтрольной России территории Украины"
    Ukraine's (the last place of the words that follow the noun). The words run on
    without a break, and name the territory unless the place comes first.
    """
    for m in reversed(list(_CYR_SHARE_NOUN.finditer(low, s0, start))):
        found, territory, pos = None, False, m.end()
        for _ in range(6):
            men = ctx.at.get(pos)
            if men is not None:
                if men.kind not in _WHOLE_KINDS:
                    break
                found, pos = men, men.end + 1
                if low[men.end : men.end + 1] != " ":
                    break
                continue
            word = _CYR_LETTERS.match(low, pos)
            if word is None or low[word.end() : word.end() + 1] != " ":
                break
            territory = territory or _CYR_TERRITORY_NOUN.fullmatch(word.group()) is not None
            pos = word.end() + 1
        # no figure between, but the one a change starts from ("зросла з 3% до 6%")
        if (
            found is not None
            and (territory or found.start == m.end())
            and (
                not _FIGURE_BETWEEN.search(low, found.end, start)
                or _CHANGE_NEXT.match(low, found.end)
            )
        ):
            return _whole_id(found)
    return None


#: A verb of change right after a place ("... Харківської області зросла з 3%").
_CHANGE_NEXT = re.compile(rf"\s+{_CHANGE_VERBS}")
#: A share noun in Ukrainian or Russian ("частка", "доля").
_CYR_SHARE_NOUN = re.compile(
    r"(?<!\w)(?:частк[аиуіо]\w*|дол[яиюеі]|долей"
    # "окупована частина Запорізької області становить близько 70%": the part held
    r"|(?:окупован|оккупирован|захоплен|захвачен|підконтрольн|подконтрольн|контрольован|"
    r"контролируем)\w*\s+(?:частин\w*|част[ьиі]))\s+"
)
_CYR_LETTERS = re.compile(r"[а-яіїєґё'’ʼ-]+")
_CYR_TERRITORY_NOUN = re.compile(r"територі\w*|территори\w*|площ\w*|земл\w*")
_SHARE_OF = re.compile(
    r"(?<!\w)(?:share|proportion|portion"
    # "the occupied part of the Zaporizhzhia region makes up about 70%": the part held
    r"|(?:occupied|held|controlled|russian-held|ukrainian-held|russian-occupied|annexed)"
    r"\s+part)\s+of\s+(?:the\s+)?"
)
#: A share whose owner is a place said before: "the oblast's occupied share".
_POSSESSOR_SHARE = re.compile(
    r"(?<!\w)the\s+(?P<noun>oblast|region|province|state|governorate|country|territory|"
    r"enclave|island|peninsula)['’]s\s+(?:[a-z-]+\s+){0,2}(?:share|proportion|portion)(?!\w)"
)
#: "control of" a place whose figure follows with "at" ("control of X at about 79%").
_CONTROL_OF_NAMED = re.compile(r"(?<!\w)control\s+of\s+(?:the\s+)?")
_AT_FIGURE = re.compile(r"(?:['’]s)?(?:\s+(?:oblast|region|province))?\s+(?:at|to)\s+")
#: After "share of": the country, or its territory, named before ("share of the country").
_SHARE_OF_COUNTRY = re.compile(r"(?:its\s+)?(?:country|nation|territory)(?![\w'’])")
#: A share of "the oblast" in Ukrainian or Russian: "частку окупованої території області".
_CYR_SHARE_OF_UNIT = re.compile(
    r"(?<!\w)(?:частк\w*|дол[юяиі])\s+(?:[а-яіїєґё'’]+\s+){0,3}?"
    r"(?:області|области|регіону|региона)(?!\w)"
)
#: A share between: no change in percentage points ("rose 2 percentage points to 18%").
_FIGURE_BETWEEN = re.compile(r"\d\s*(?:%|per\s*cent|percent)(?!age)(?!\s*points?\b)")


# Words that set a figure beside the one before as the same measure at another time.
_TREND = re.compile(
    r"(?<!\w)(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|from|fell|rose|grew|"
    # "seized some 4,000 km² of Ukrainian territory in 2024, about seven times as much as
    # the 587 sq km they took in 2023"
    # (not "far more than the 6.4 sq km that had been under Jordanian rule": another area)
    r"as\s+(?:much|large|big)\s+as\s+(?:the\s+)?(?:(?:about|some|roughly|around|nearly|"
    r"almost)\s+)?$|"
    r"shrank|shrunk|dropped|declined|climbed|crept|increased|decreased|peak\w*|compares|"
    r"stood|stands|remain(?:ed|s)|hovered|reduc\w*|"
    # "put the remaining Ukrainian foothold at under 100 sq km"
    r"remaining\s+(?:[\w-]+\s+){1,3}at|"
    r"порівняно\s+з|проти|по\s+сравнению\s+с|против|зросл\w*|впал\w*|выросл\w*|упал\w*|"
    r"сократи\w*|скороти\w*|зменши\w*|уменьши\w*|знизи\w*|снизи\w*|(?:back|down)\s+to|"
    # "менше, ніж у вересні, коли йшлося про 572 км²", "less than in September"
    r"(?:менше|більше|меньше|больше),?\s+(?:ніж|чем)\s+(?:у|в)|(?:less|more)\s+than\s+in|"
    # what is left of it: "а до квітня від цього лишилося менше 100 км²"
    r"лишил\w*|лишал\w*|залишил\w*|залишал\w*|остал\w*|оставал\w*)(?!\w)"
)
#: Words of what is left of ground held, which make a figure in the next sentence the same
#: measure: "под контролем ВСУ оставалось менее 100 км²", "Ukraine retained under 100".
_LEFT_OF_IT = re.compile(
    r"(?<!\w)(?:лишил\w*|лишал\w*|залишил\w*|залишал\w*|остал\w*|оставал\w*|retained|"
    r"still\s+held|was\s+left\s+with|remaining\s+(?:[\w-]+\s+){1,3}at)(?!\w)"
)


#: A word that stands for a figure said before ("that had peaked at", "it fell to").
_ANAPHOR = re.compile(
    r"(?<!\w)(?:that|this|it|the\s+(?:share|figure|proportion|total)|це|цей|ця|это|этот|"
    r"эта)\s+(?:\w+\s+){0,2}?(?:had|has|have|was|is|would|then|later|had\s+been|"
    r"peak\w*|fell|rose|grew|shrank|dropped|climbed|stood|reached|went|впал\w*|зросл\w*|"
    r"выросл\w*|упал\w*|скороти\w*|сократи\w*|зменши\w*|уменьши\w*|знизи\w*|снизи\w*|"
    r"зріс|зросла|зросло|вирос\w*)(?!\w)"
    # "Counteroffensives reduced that to about 17.5 percent": the figure as the object
    r"|(?<!\w)(?:reduced|cut|brought|pushed|lifted|raised)\s+(?:that|it|this)\s+(?:\w+\s+)?to\b"
)


#: A sentence's opening preposition of place: "In ", "У ".
_OPENING_IN = re.compile(r"(?i)[\s\"“«(]*(?:in|inside|within|у|в|во|на)\s+(?:the\s+)?")


def _opens_in_other_place(
    text: str, s0: int, a: int, b: int, ctx: _Context, but: str | None
) -> bool:
    """Whether the sentence at ``s0`` (after ``a``, before ``b``) opens in another whole.

    One other than `but`: "In Kherson Oblast the figure stood at ...".
    """
    if s0 < a:
        return False
    opening = _OPENING_IN.match(text, s0)
    m = ctx.at.get(opening.end()) if opening is not None else None
    return m is not None and m.end <= b and m.kind in _WHOLE_KINDS and _whole_id(m) != but


def _placed_between(text: str, a: int, b: int, ctx: _Context, but: str | None) -> bool:
    """Whether a whole other than `but` is named in [a, b) after a preposition of place.

    "..., while in Kharkiv Oblast it has shrunk to".
    """
    ends, wholes = ctx.wholes
    return any(
        m.start >= a
        and _whole_id(m) != but
        and _PLACE_PREP_BEFORE.search(text, max(0, m.start - 30), m.start)
        for m in wholes[bisect.bisect_left(ends, a) : bisect.bisect_right(ends, b)]
    )


def _trend_whole(
    text: str,
    low: str,
    prev: Claim | None,
    start: int,
    units: tuple[str, ...],
    ctx: _Context | None = None,
) -> str | None:
    """The whole of the figure before when this one continues it as a trend, else None.

    In the same sentence: "from 7% of Ukraine ... to a peak of nearly 22%", "725 km² of
    Ukrainian territory, up from about 610 km²"; not past another place named between
    them ("three-quarters of Kherson Oblast, while in Kharkiv Oblast it has shrunk to
    less than 5%").
    """
    if prev is None or prev.of is None or prev.unit not in units:
        return None
    if not _SENTENCE_END.search(text, prev.end, start):
        if ctx is not None and _placed_between(text, prev.end, start, ctx, prev.of):
            return None  # "..., while in Kharkiv Oblast it has shrunk to": another place
        if _TREND.search(low, prev.end, start) or (
            # "fell from about 40 percent at the end of 2024 to roughly a third"
            # (or "from" opens the figure: "grew from 40–45% in March to roughly
            # three-quarters")
            (
                _FROM_BEFORE_FIGURE.search(low, max(0, prev.start - 30), prev.start)
                or low.startswith("from ", prev.start)
            )
            and _FROM_TO_GAP.fullmatch(low, prev.end, start)
        ):
            return prev.of
        return None
    # In the next sentence, when a pronoun there stands for the figure before: "Russia
    # held about 7% of Ukraine. By March 2022 that had peaked at roughly 27 percent".
    s0, _s1 = _sentence_bounds(text, start, start)
    if (
        s0 > prev.end
        and not _SENTENCE_END.search(text, prev.end, s0 - 1)
        and (
            (_TREND.search(low, s0, start) and _ANAPHOR.search(low, s0, start))
            # "Для сравнения, в 2023 году прирост составил менее 600 кв. км": the same
            # measure, compared
            or _COMPARISON_OPENS.match(low, s0)
            # "... 1300 км² Курской области. К марту под контролем ВСУ оставалось менее
            # 100 км²": what was left of the ground held, no other place named since
            or (
                ctx is not None
                and _LEFT_OF_IT.search(low, s0, start)
                and _no_whole_between(prev.end, start, ctx, but=prev.of)
            )
        )
    ):
        return prev.of
    return None


#: Between the figures of "from ... to ...": no other figure, the clause not ended.
# (past the second level's qualifier: "from 40-45% in March to roughly three-quarters")
_FROM_TO_GAP = re.compile(rf"[^.;:!?%]{{0,60}}?(?<!\w)to\s+(?:(?:{_QUAL_RE})\s+)?")
_COMPARISON_OPENS = re.compile(
    r"\s*(?:для\s+сравнения|для\s+порівняння|by\s+comparison|in\s+comparison|"
    r"for\s+comparison)\s*,"
)


_LIST_GAP = re.compile(
    # "92.3% of voters backed independence, including 83.9% in the Donetsk region"
    r"[^.;:!?]{0,80}?(?:,\s*|\s+)(?:and|while|but|with|including|і|та|и|а|включая|зокрема|"
    r"в\s+том\s+числе|у\s+тому\s+числі)\s+[^.;:!?]{0,30}"
    # "..., with 98.42% in Luhansk, 93.11% in Zaporizhzhia": the next place after a comma
    r"|\s+(?:in|у|в|во)\s+[^\W\d][^.;:!?,\d]{0,30}?,\s*"
    # "87% участников, в Запорожской — 93%": the next place, then a dash
    r"|[^.;:!?]{0,80}?,\s*(?:в|у|во|на|in)\s+[^.;:!?,]{1,30}?\s*[—–]\s*"
)
# "12,000 km² in the Kharkiv region", "in the north of the Kyiv region", "у Харківській
# області": where an area lies, its whole.
#: After an area set before its noun, a piece of ground: "a 1,000-square-kilometre
#: pocket in", "a 400 sq km salient inside".
_PIECE_BEFORE_IN = re.compile(
    r"\s+(?:pocket|salient|bridgehead|foothold|swathe|chunk|belt|stretch|slice|sliver|"
    r"wedge)(?=\s+(?:in|inside|within)\s)"
)
_IN = re.compile(
    r"\s+(?:in|within|inside|across|throughout|у|в|во|по\s+вс(?:ій|ей|ему|ьому)|"
    r"(?P<on>на\s+территори[ия]|на\s+територі[їі])|"
    # "about 7,000 on the right bank of Kherson Oblast": in a part of the place
    r"on\s+the\s+(?:right|left|west|east)(?:ern)?\s+bank\s+of|"
    # "на сході ДР Конго", "на востоке Украины": in a part of the place
    r"(?:на|у|в)\s+(?:сході|заході|півночі|півдні|востоке|западе|севере|юге|"
    # "на северо-западе Сирии", "на північному заході Сирії"
    r"(?:северо|юго)-(?:западе|востоке)|(?:північному|південному)\s+(?:заході|сході))|"
    # "6 тисяч квадратних кілометрів на Харківщині": the locative of a region
    r"на(?=\s))\s+(?:the\s+)?"
    # "a strip of about 4.6 sq km in what is now Cambodia's Preah Vihear province"
    r"(?:what\s+(?:is|was)\s+(?:now\s+)?)?"
    # "across the whole Donetsk region", "in the whole of Donetsk region"
    r"(?:(?:whole|entire)\s+(?:of\s+(?:the\s+)?)?)?"
    r"(?P<part>(?:far\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west|(?:north|south)?-?(?:ern|east"
    r"ern|western)|eastern|western|central)\s+(?:(?:part\s+)?of\s+(?:the\s+)?)?|"
    # "в восточном Ладакхе", "у східній частині Донецької області"
    r"(?:східн|західн|північн|південн|центральн|восточн|западн|северн|южн)\w*\s+"
    r"(?:частин\w*\s+|част[иі]\s+)?|"
    # "in the Jakarlung and Pasamlung valleys of northern Bhutan": the place they lie in
    r"(?:[\w-]+\s+(?:and\s+)?){1,4}(?:valleys|hills|plains|highlands|districts|villages)\s+"
    r"of\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?)?"
)
#: After "in": a part of "the country": "the country's west", "the country's far north".
_THE_COUNTRYS_PART = re.compile(
    r"(?:the\s+)?country['’]s\s+(?:far\s+)?(?:north|south|east|west|centre|center|"
    r"north-?east|north-?west|south-?east|south-?west)\b"
)
#: After an area, a line it lies along: "along the border", "near the front line".
_ALONG_AFTER = re.compile(
    r"\s+(?:along|near|on|across)\s+the\s+(?:[a-z-]+\s+)?(?:border|frontier|front(?:\s*line)?|"
    r"coast|river)"
)
def _several_wholes(text: str, start: int, ctx: _Context) -> bool:
    """Whether the figure's sentence names two regions, entities or areas before it.

    Two names of one place ("Arunachal Pradesh 'Zangnan', or South Tibet") are one.
    """
    s0, _s1 = _sentence_bounds(text, start, start)
    ends, wholes = ctx.wholes
    k = bisect.bisect_right(ends, start)
    return len({_whole_id(m) for m in wholes[max(0, k - 6) : k] if m.start >= s0}) >= 2


#: After an area: "there", the place named before ("some 1,300 square kilometres there").
_THERE_AFTER = re.compile(
    # (past a count: "1,300 sq km and 100 settlements there")
    r"(?:\s+(?:and|та|і|и)\s+(?:(?:some|about|more\s+than|nearly|over)\s+)?\d[\d,]*\s+"
    r"[^\W\d]+)?\s+there\b"
)
#: Words for ground around a point, not beside or beyond it ("outside", "north of").
_AROUND_WORDS = (
    r"near|around|close\s+to|поблизу|біля|неподалік\s+від|довкола|навколо|возле|около|"
    r"вблизи|под|вокруг"
)
#: After an area, a point it lies near: "35 km² near Kupiansk", "35 км² поблизу Куп'янська".
_NEAR_AFTER = re.compile(
    rf"\s+(?:{_AROUND_WORDS}|outside|east\s+of|west\s+of|north\s+of|south\s+of)\s+"
)
#: "of which" after an area: "about 1,200 sq km of which Israel has held".
_OF_WHICH_AFTER = re.compile(r"\s+(?:of\s+which|из\s+которых|з\s+яких)(?!\w)")
#: Between a place and a figure set right after it: "the Golan Heights, ".
_APPOSED_GAP = re.compile(r"\s*,\s*")
#: Of those, the words for ground around a point.
_POINT_NEAR = re.compile(rf"\s+(?:{_AROUND_WORDS})\s")
#: A town's name the gazetteer may not know: one to three capitalised words.
_TOWN_NAME = re.compile(r"[A-ZА-ЯІЇЄҐЁ][\w’'-]+(?:\s+[A-ZА-ЯІЇЄҐЁ][\w’'-]+){0,2}")
#: What may come between an area and "in" the place it lies in: "1,294 km² and 100
#: settlements in the Kursk region".
_COUNT_BEFORE_IN = re.compile(
    r"\s+(?:and|та|і|и)\s+(?:(?:some|about|more\s+than|nearly|over|понад|более|около)\s+)?"
    r"\d[\d,]*\s+[^\W\d]+(?=\s+(?:in|у|в)\s)"
)


def _in_place(text: str, low: str, pos: int, at: dict[int, _Mention]) -> _Mention | None:
    """The place named after "in" at ``pos`` ("12,000 km² in the Kharkiv region"), else None.

    "in North Kivu" is the unit, not the north of Kivu; "in Russia's Kursk region" is the
    unit, not the country that owns it.
    """
    inside = _IN.match(low, pos)
    if inside is None:
        return None
    # "90 тыс. кв. км в штате Аруначал-Прадеш": past a unit word before the name
    word = _CYR_UNIT_BEFORE_NAME.match(low, inside.end())
    for p in (inside.end(), inside.start("part"), word.end() if word else -1):
        m = at.get(p)
        if m is None or m.kind not in _WHOLE_KINDS:
            continue
        if m.kind == "country" and _possessive(text, m):
            after = at.get(_SPACES.match(low, m.end).end())
            if after is not None and after.kind in ("region", "entity", "area"):
                return after
        return m
    return None


_CYR_UNIT_BEFORE_NAME = re.compile(
    r"(?:штат[аеіу]?|провинци[ия]|провінції|провінція|област[иі]|регион[еа]?|регіоні|"
    r"округ[еау]?|районе|районі)\s+"
)


#: An aside in brackets after a figure, and the end of one after a figure inside it.
_ASIDE_AFTER = re.compile(r"[ \t\u00a0]*[(\[][^()\[\]\n]{1,80}[)\]]")
_ASIDE_END = re.compile(r"[ \t\u00a0]*[)\]]")
#: A restatement between commas after a figure, and the end of one after a figure in it:
#: "18 percent, or about one-fifth, of Ukraine".
_OR_ASIDE_AFTER = re.compile(
    # ("about 18%, or roughly 109,000 sq km, of Ukraine's territory": a number's own commas)
    r"[ \t\u00a0]*,\s*(?:or|i\.e\.,?|that\s+is,?)\s+(?:[^,;.()\n]|(?<=\d)[,.](?=\d)){1,40},"
    r"(?=\s+of\s)"
)
_AND_SHARE_AFTER = re.compile(
    r"[ \t\u00a0]*(?:and|or|і|та|и)\s+(?:(?:about|around|roughly|some|nearly|almost|over|"
    r"more\s+than|less\s+than|близько|около|майже|почти|понад|более)\s+)?"
    r"\d[\d.,]*\s*(?:%|per[\s-]?cent|percent|відсот\w*|процент\w*)"
)
_OR_BEFORE = re.compile(r",\s*(?:or|i\.e\.,?|that\s+is,?)\s+$")
_OR_ASIDE_END = re.compile(r"[ \t\u00a0]*,(?=\s+of\s)")
_OF_ITS = re.compile(
    r"\s+of\s+its(?!\w)|\s+(?:его|её|ее|її|його)\s+(?:площ|територ|территор)"
)
#: "the region", "the oblast" after "in", as a figure's place: the unit named before.
_THE_UNIT = re.compile(
    r"(?:region|oblast|province|governorate|state|"
    # "6 тисяч квадратних кілометрів на півночі регіону"
    r"регіону|регіоні|області|области|региона|регионе|провінції|провинции)(?![\w'’-])"
)
_IN_THE_UNIT_BEFORE = re.compile(
    r"(?<!\w)(?:in\s+the\s+(?:region|oblast|province|governorate)|"
    # "у межах області ворог уже контролює понад 200 км²", "в области ими занято"
    r"(?:(?:в|у)\s+(?:межах|пределах)\s+(?:області|области|регіону|региона)(?!\w),?|"
    r"(?:в|у)\s+(?:регионе|регіоні|области|області|провинции|провінції)(?!\w)))\s+"
    # (not its own size: "в провинции Идлиб площадью около 6 тыс. кв. км")
    r"(?:(?!площ)[^\W\d]+\s+){0,4}$"
)


def _in_after(text: str, low: str, pos: int, at: dict[int, _Mention]) -> str | None:
    """The whole named after "in" at ``pos`` ("... territory in Ladakh"), else None.

    An area "of Indian territory in Ladakh" or "of its territory in Aksai Chin" is a part
    of the place it lies in, the narrower whole.
    """
    tm = _TERRITORY_AFTER.match(low, pos)
    m = _in_place(text, low, tm.end() if tm else pos, at)
    if m is not None:
        listed = _LISTED_AFTER.match(low, m.end)
        if listed and listed.end() in at:
            return None  # "in Syunik, Vayots Dzor and Gegharkunik provinces": no one part
        return _whole_id(m)
    return None


_LISTED_AFTER = re.compile(r"\s*(?:,|\band\b|\bor\b|та|і|и)\s*")


_TERRITORY_AFTER = re.compile(rf"\s+{_TERRITORY}\b")


#: Between an area and a part's share of it: ", with Uotsuri Island accounting for more
#: than", ", and Diego Garcia alone makes up about".
_PART_ACCOUNTS = re.compile(
    r"[^.;:!?]{0,12}?,?\s+(?:with|and|while|of\s+which)\s+[^.;:!?,]{1,50}?\s+(?:alone\s+)?"
    r"(?:accounting\s+for|accounts?\s+for|making\s+up|makes?\s+up|taking\s+up|takes?\s+up)"
    r"\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|less\s+than|just\s+"
    r"(?:over|under))\s+)?"
)
_AREA_THEN_SHARE = re.compile(
    # past a short time phrase: "3,327 square kilometres so far in 2025, or", "8,900 km²
    # before February 2022 —"
    r"(?:\s+(?:so\s+far\s+)?(?:in|since|before|by|until|as\s+of|з|с|до|від|от)\s+"
    r"(?:[^\W\d]+\s+){0,2}\d{4}"
    # "113,000 sq km as of November, or", "15,000 sq km at the peak, roughly"
    r"|\s+as\s+of\s+[^\W\d]+(?:\s+\d{1,2})?|\s+at\s+(?:the|its)\s+peak)?"
    # "controlled 1,300 sq km of it, a little over 4 percent": the whole said by a pronoun
    r"(?:\s+of\s+(?:it|them))?"
    # "gained roughly 4,000 square kilometres, according to ISW, or": its source
    r"(?:\s*,\s*(?:according\s+to|per|за\s+даними|по\s+данным|по\s+оценкам)\s+[^\d,;.!?]{1,40}(?=,))?"
    # "от 4,5 до 5 тысяч квадратных километров — это меньше одного процента"
    r"\s*(?:,\s*(?:or|или|або|чи|тобто|то\s+есть)|,|\(|[—–](?:\s*(?:это|це|that\s+is)(?=\s))?|"
    r"\s(?:or|или|або))\s*"
)
#: Between a share and an area that restates it: its whole, then a comma, "or" or a dash
#: ("18 percent of Ukraine, or", "a third of the Donbas —", "двох третин Голанських
#: висот, або").
_SHARE_THEN_AREA = re.compile(
    # «почти пятую часть» Украины, то есть: past the quote the share ends in
    r"[»”\"]?(?:\s+(?:of|від|от)\s+[^,;:.!?()—–]{1,80}?|\s+[^\W\d][^,;:.!?()—–\s]*"
    r"(?:\s+[^,;:.!?()—–\s]+){0,5}?)?\s*(?:,\s*(?:or|або|или|тобто|то\s+есть)|"
    # "about 73% of Kherson Oblast or roughly 20,000 km²"
    r"\s+(?:or|або|или)(?=\s)|,|\(|—|–)\s*"
    # "around 30% of the country, an area of some 190,000 sq km": the part's area ("the
    # Gaza Strip, a territory of 365 km²" is the whole's own size)
    r"(?:an\s+(?:area|expanse)\s+of\s+)?"
)
#: A dash after an area, before where it lies: "87 км² — на Донеччині".
_DASH_THEN_IN = re.compile(r"\s*[—–](?=\s)")
#: Between a country and the area it lost: " lost ", ", which lost ", " had lost ".
_LOST_GAP = re.compile(
    r"(?:,\s*which)?\s+(?:(?:has|had|eventually|ultimately|also)\s+)?(?:lost|loses|lose)\s+"
)
_COST_BEFORE = re.compile(r"(?<!\w)(?:cost|costs|costing)\s+$")
#: After a lost area, what it was: " of forest", " of land", " of its coast".
_LOST_LAND_AFTER = re.compile(
    r"\s+of\s+(?:its\s+|their\s+)?(?:[a-z-]+\s+)?(?:forest|rainforest|land|coast|coastline|"
    r"wetlands?|territory|soil)\b"
)
#: From a share to its area said again in the next sentence: "... of Ukraine, according to
#: ISW. That is", ". Це".
_SHARE_THEN_AREA_NEXT = re.compile(
    r"[^.!?;]{0,300}[.!?]\s+(?:(?:that|this)\s+(?:is|was|amounts\s+to|represents|comes\s+to|"
    r"equals|means)|(?:это|це)(?:\s+(?:становить|составляет))?)\s+"
)
_OF_EACH_END = re.compile(r"\s+of\s+each(?!\s+of)(?![\w-])")
_OF_EACH_OF = re.compile(r"\s+of\s+each\s+of\s+(?:the\s+)?")


def _listed_after(low: str, pos: int, ctx: _Context) -> list[str]:
    """The wholes of a list of two or more that starts at ``pos``, else []."""
    m = ctx.at.get(pos)
    if m is None or m.kind not in _WHOLE_KINDS:
        return []
    rest = _joined_after(low, m, ctx)
    return [_whole_id(m), *rest] if rest else []


def _joined_after(
    low: str, m: _Mention, ctx: _Context, gap: _LazyPattern | None = None
) -> list[str]:
    """The wholes listed right after mention ``m`` (", Y and Z"), in text order.

    ``gap`` is what may join them (:data:`_EACH_LIST_GAP` by default).
    """
    gap = gap or _EACH_LIST_GAP
    out: list[str] = []
    ends, chosen = ctx.every
    while (k := bisect.bisect_right(ends, m.end)) < len(chosen):
        nxt = chosen[k]
        # (a town listed with wholes is the unit named alike: "three-quarters each of
        # Zaporizhzhia and Kherson")
        whole = _whole_id(nxt) if nxt.kind in _WHOLE_KINDS else _unit_named_alike(nxt)
        if whole is None or not gap.fullmatch(low, m.end, nxt.start):
            break
        out.append(whole)
        m = nxt
    return out


def _listed_before(text: str, low: str, start: int, ctx: _Context) -> list[str]:
    """The wholes of the last list of two or more named before ``start`` in its sentence.

    "claimed Zaporizhzhia and Kherson oblasts in full, but Russian forces hold only about
    70% of each": [UA-23, UA-65].
    """
    s0, _s1 = _sentence_bounds(text, start, start)
    ends, chosen = ctx.every
    k = bisect.bisect_right(ends, start)
    run: list[_Mention] = []
    for m in reversed(chosen[:k]):
        if m.start < s0:
            break
        if m.kind not in _WHOLE_KINDS:
            continue  # "told reporters in Moscow, though ... three-quarters of each"
        if run and not _EACH_LIST_GAP.fullmatch(low, m.end, run[-1].start):
            if len(run) >= 2:
                break
            run = []  # a place named alone since ("reporters in Moscow") is no list
        if m.kind == "country" and run:
            break
        run.append(m)
    return [_whole_id(m) for m in reversed(run)] if len(run) >= 2 else []


def _each_of(low: str, end: int, of: str | None, ctx: _Context) -> list[str]:
    """The other wholes of "each of X and Y" after a figure: one share of each.

    Empty unless "each of" follows the figure and ``of`` is the first of a list of wholes.
    """
    each = _EACH_OF.match(low, end)
    if each is None or of is None or each.end() not in ctx.at:
        return []
    return _joined_after(low, ctx.at[each.end()], ctx)


#: After a share: "of their territory", "их территории", "їхньої території".
_THEIR_TERRITORY = re.compile(
    r"\s+(?:of\s+their\s+(?:territory|land|area)|"
    r"(?:их|їх|їхньої|їхню)\s+(?:территори\w*|територі\w*|площад\w*|площ\w*))(?!\w)"
)
#: "по" before a figure's number: a figure of each place after it ("примерно по 70%").
_DISTRIBUTIVE_PO = re.compile(r"(?<!\w)по\s+\d")


def _each_by_po(low: str, start: int, end: int, of: str | None, ctx: _Context) -> list[str]:
    """The other wholes of "по 70% Запорожской и Херсонской областей": one share of each.

    Empty unless "по" stands before the figure's number and ``of`` is the first of a list
    of wholes right after it.
    """
    if of is None or not _DISTRIBUTIVE_PO.search(low, start, end):
        return []
    m = ctx.at.get(_SPACES.match(low, end).end())
    if m is None or _whole_id(m) != of:
        return []
    return _joined_after(low, m, ctx, _PO_LIST_GAP)


_PO_LIST_GAP = re.compile(r"\s*,\s*(?:(?:та|і|й|и)\s+)?|\s+(?:та|і|й|и)\s+")


# A figure that restates the whole just named: "almost all of the Luhansk region — about
# 99%", "з решти Донбасу — це близько 6,6 тис. кв. км".
_RESTATED_GAP = re.compile(
    r"['’]?s?"
    # "Luhansk region is almost entirely occupied — more than 99%"
    r"(?:\s+(?:is|was|remains?|has\s+been)\s+(?:(?:almost|nearly|now|still|entirely|fully|completely|wholly|largely|"
    r"virtually)\s+){0,2}(?:occupied|held|controlled|captured|taken)"
    r"|\s+(?:(?:почти|майже|практически|практично)\s+)?(?:полностью|повністю)\s+"
    r"(?:оккупирован|окупован|занят|зайнят|контролир|контрольован)\w*)?"
    r"\s*(?:[—–(:]|--?)\s*(?:(?P<said>це|это|that\s+is|i\.\s?e\.,?)\s+)?"
)
_THE_SHARE_BEFORE = re.compile(
    r"(?:\b(?:the|that|this|its|their)\s+(?:\w+\s+)?(?:share|figure|proportion|portion)\s+"
    r"(?:\w+\s+){0,3}?(?:to|at|of|was|is|reached|hit|stood\s+at|stands\s+at|"
    # "the occupied share fell below 5%"
    r"(?:fell|rose|dropped|shrank|grew|climbed|declined|sank)(?:\s+(?:to|below|under|above|"
    r"over|past))?)\s+"
    # "цей показник становив 18,1%", "показатель составлял 18,2%"
    r"|(?<!\w)(?:показник|показатель|частка|доля)\s+(?:\w+\s+){0,2}?"
    r"(?:станови\w*|склада\w*|сягну\w*|сягал\w*|состав\w*|достиг\w*|дорівню\w*|"
    r"зріс\s+до|зросла\s+до|вырос\w*\s+до|впа\w*\s+до|упа\w*\s+до|був|была?|был)\s+"
    # "этот показатель был почти таким же — около 18%"
    r"(?:(?:почти|майже|приблизно|примерно|практически|практично)\s+)?(?:(?:таким|такой|"
    r"такою|такий|тем|той)\s+(?:же|ж|самим|самою|самый|самий)\s*[—–-]?\s*)?"
    # "ця частка не перевищує 77%": a qualifier's verb opens the figure itself
    r"|(?<!\w)(?:ця|цей|эта|этот|the|that|this)\s+(?:частка|доля|показник|показатель|share|"
    r"figure)\s+"
    # "оценивают оккупированную часть примерно в 70%", "put the occupied part at 70%":
    # another estimate of the part the share before measures
    r"|(?<!\w)(?:оккупированн\w*|окупован\w*|occupied)\s+(?:част\w*|part|share)\s+"
    r"(?:(?:примерно|приблизно|около|близько|about|roughly|at)\s+)?(?:в|у|на|at)?\s*)$"
)
# "площадью 27 тыс. кв. км", "загальною площею": the size of the thing just named.
_SIZE_BEFORE = re.compile(
    r"(?<!\w)(?:площ\w*|size\s+of|an\s+area\s+of|"
    # "территория которой составляет", "на Севастополь приходится около 864"
    r"(?:територі\w+|территори\w+|площ\w+)\s+(?:якої|которой|якого|которого)|"
    r"приход\w+|припада\w+|занима\w+|займа\w+)\s+"
    r"(?:[^\W\d]+\s+){0,3}$"
    # a data box: "Херсонська область: площа — 28 461 км²"
    r"|(?<!\w)(?:площа|площадь|area)\s*[—–:]\s*$"
    # "Punjab province, which at some 205,000 km² is four times ..."
    r"|(?<!\w)(?:which|that)\s+(?:at|is|covers?|spans?|measures?)\s+$"
    # "Pratas Island ... measures just 1.74 square kilometres", "the Tillabéri region, which
    # borders Mali and Burkina Faso and covers some 97,000 sq km"
    r"|(?<!\w)(?:measures?|measuring|measured)\s+(?:just\s+|only\s+|a\s+mere\s+)?$"
    r"|(?<!\w)and\s+(?:covers?|spans?)\s+$"
    # "an oblast in eastern Ukraine covering 26,517 km²": a unit word's own size
    r"|(?<!\w)(?:oblast|province|region|governorate|state|county|district|territory)\s+"
    r"(?:[^\W\d]+\s+){0,4}(?:covering|spanning)\s+$"
    # "a British Overseas Territory of about 12,200 km²", "a region of 1,300 km²"
    r"|(?<!\w)(?:territory|area|island|archipelago|region|country|state|province|peninsula|"
    r"enclave|exclave|strip|islets?|islands|borderland|tract|triangle|valley|plain|plateau|"
    r"atoll|reef|corridor|district|zone|enclaves|exclaves|department|governorate|county|"
    r"sliver|patch|pocket|swath|stretch|wilderness|reserve|park|forest|desert)"
    r"\s+of\s+(?:just\s+|only\s+|a\s+mere\s+)?$"
    # "the state's 76,363 km²", "its 10,887 km²", "whose 3,355 km²": a place's own size
    r"|(?:['’]s|(?<!\w)its|(?<!\w)their|(?<!\w)whose)\s+(?:(?:total|entire|whole)\s+)?$"
    # "whose natural land area totals less than 4 sq km"
    r"|(?<!\w)(?:its|their|whose)\s+(?:[a-z]+\s+){0,2}(?:area|size)\s+(?:totals?|is|was|"
    r"measures?|comes\s+to)\s+(?:(?:just|only|less\s+than|under|about|some|roughly|"
    r"around|nearly|barely)\s+)*$"
    # "Kosovo covers 10,887 km²", "Tigray, in Ethiopia's far north, covers about 50,000"
    r"|(?<!\w)(?:covers|spans)\s+$"
)
_LABEL_SIZE_GAP = re.compile(r"\s*:\s*")
#: A part taken, then its size: "has carved out a strip of roughly 250 km²" is a part of
#: the place the sentence is set in, not a place measured for its own sake.
_PART_CARVED_BEFORE = re.compile(
    r"(?<!\w)(?:carv(?:ed|ing)\s+out|seiz(?:ed|ing)|captur(?:ed|ing)|took|tak(?:en|ing)|"
    r"occup(?:ied|ying)|grabb(?:ed|ing)|gain(?:ed|ing)|won|winning|held|holds?|holding|"
    r"creat(?:ed|ing))\s+"
    # "taking the village of Dachne and a strip of": past a town taken with it
    r"(?:(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?[^\W\d][^\W\d'’-]*\s+and\s+)?"
    r"(?:a|an)\s+(?:[^\W\d]+\s+)?(?:strip|pocket|swathe?|stretch|"
    r"sliver|patch|chunk|slice|bridgehead|foothold|salient|wedge)\s+of\s+$"
)
#: Armed forces that "take up" ground hold it, not measure it: "ВС РФ занимают около 400
#: кв. км", "окупанти займають понад 200 км²" (a place that "занимает" is its own size).
_FORCES_TAKE_UP_BEFORE = re.compile(
    r"(?<!\w)(?:вс\s+рф|всу|зсу|войска|війська|армия|армія|силы|сили|окупанти|оккупанты|"
    r"противник|ворог|враг|"
    r"боевики|бойовики|россияне|росіяни|повстанцы|повстанці|формирования|формування)\s+"
    # ("противник в 2025 году занимал в Белгородской области не более")
    r"(?:(?:[^\W\d]+|(?:19|20)\d\d)\s+){0,3}(?:занима|займа)\w*\s+(?:[^\W\d]+\s+){0,5}$"
)
#: "takes up", "займає", "занимают" and a few words before a figure.
_TAKES_UP_BEFORE = re.compile(r"(?<!\w)(?:занима|займа)\w*\s+(?:[^\W\d]+\s+){0,3}$")
#: Forces that advanced, dug in or fought "on an area of": ground, not a place's size
#: ("окупантам вдалося закріпитися на площі приблизно 1 200 км²", "бої точилися на площі
#: 150–200 км²", "продвинулись на площади около 40 кв. км").
_FORCES_ON_AREA_BEFORE = re.compile(
    r"(?<!\w)(?:закріп\w*|закреп\w*|просун\w*|продвин\w*|зайш\w*|зашл\w*|увійш\w*|вошл\w*|"
    r"наступа\w*|вклини\w*|(?:бо[ії]|боевые\s+действия|бойові\s+дії)\s+(?:\w+\s+)?"
    r"(?:шли|йшли|точил\w*|вел\w*|тривал\w*|продолжал\w*|ідуть|идут))\s+"
    r"(?:[^\W\d]+\s+){0,4}на\s+площ\w*\s+(?:[^\W\d]+\s+){0,2}$"
)
# "a 160,000 sq km region": the size of the place itself
_SIZE_AFTER = re.compile(
    # "a town ... about 42 square kilometres in area": the place's own size
    r"\s+in\s+(?:area|size|extent)(?!\w)|"
    # "a 10,460-square-kilometre oil-rich area", "a roughly 4,000 km² forest tract": past
    # an adjective or a noun too
    r"[\s-]+(?:[a-z]+(?:-[a-z]+)?\s+)?(?:region|area|territory|strip|enclave|island|"
    r"peninsula|zone|country|state|province|plot|belt|pocket|swath|stretch|tract)(?!\w)"
)
_CLAUSE_JOIN = re.compile(r"(?:,|;)\s*(?:while|whereas|and|but)?\s|\s(?:while|whereas)\s")


def _sibling_share(
    text: str, low: str, prev: Claim | None, start: int, ctx: _Context
) -> str | None:
    """The whole of the share before, when this bare share is a sibling part's.

    "Area A, about 18 percent of the territory, ...; in Area B, roughly 22 percent": the
    part named before the share before, of the same kind as the place this share is set
    in, makes both parts of the same whole (the West Bank), not of Area B. None otherwise.
    """
    if prev is None or prev.unit != "%" or prev.of is None:
        return None
    here = _mention_before(start, ctx)
    part = _mention_before(prev.start, ctx)
    if (
        here is None
        or part is None
        or here.kind != "area"
        or part.kind != "area"
        or _whole_id(here) == prev.of
        or _whole_id(part) == prev.of
        or not _APPOSED_SHARE_GAP.fullmatch(low, part.end, prev.start)
        or _SENTENCE_END.search(text, prev.end, here.start)
    ):
        return None
    return prev.of


def _mention_before(start: int, ctx: _Context) -> _Mention | None:
    """The mention of any kind that ends last at or before ``start``, else None."""
    ends, chosen = ctx.every
    k = bisect.bisect_right(ends, start)
    return chosen[k - 1] if k else None


def _restated_whole(low: str, start: int, ctx: _Context, said: bool = False) -> str | None:
    """The whole named right before a figure that restates it, else None.

    With ``said``, only when a word says so ("це", "это", "that is").
    """
    m = _mention_before(start, ctx)
    if m is None:
        return None
    gap = _RESTATED_GAP.fullmatch(low, m.end, start)
    if (
        gap is None
        and not said
        and m.kind in _WHOLE_KINDS
        and _COMMA_GAP.fullmatch(low, m.end, start)
        and _HOW_MUCH_OF_BEFORE.search(low, max(0, m.start - 30), m.start)
    ):
        # "almost all of the Luhansk region, about 99%, is under Russian control"
        return None if _by_agent(low, m) else _whole_id(m)
    if m.kind not in _WHOLE_KINDS or gap is None or (said and not gap.group("said")):
        return None
    if _by_agent(low, m):
        return None  # "Controlled by Morocco: about 80%": the holder, not a whole restated
    if _left_out(low, m):
        return None  # "Without Crimea — about 14%": the place left out, not restated
    if said and _OPENS_SUBJECT.search(low, max(0, m.start - 24), m.start):
        return None  # "Крим — це 27 тисяч квадратних кілометрів": the subject's own size
    first = _mention_before(m.start, ctx)
    if (
        said
        and first is not None
        and _PO_LIST_GAP.fullmatch(low, first.end, m.start)
        # (past "together": "Вместе Донецкая и Луганская области — это 53,2 тыс.")
        and _OPENS_SUBJECT.search(low, max(0, first.start - 24), first.start)
    ):
        return None  # "Донецька та Луганська області — це 53 тис. кв. км": their own size
    return _whole_id(m)


_COMMA_GAP = re.compile(r"\s*,\s*")
#: How much of a place a figure then restates: "almost all of the", "most of".
_HOW_MUCH_OF_BEFORE = re.compile(
    r"(?<!\w)(?:(?:almost|nearly|virtually|practically)\s+)?(?:all|most|much|nearly\s+all|"
    r"the\s+whole|the\s+entire|the\s+bulk)\s+of\s+(?:the\s+)?$"
)
#: Joins a share to the next one in its sentence: "... and roughly 88%", ", then 40%".
_AND_NEXT_SHARE = re.compile(
    r"(?:\band\b|\bthen\b|\bwith\b|\bwhile\b|\bwhereas\b|\bі\b|\bта\b|\bи\b|—|–)"
    r"[^.;:!?]*$"
)
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n\s*)[\"«“]?$")
#: A sentence's opening up to its subject, past "together": "Вместе ", "Разом ".
_OPENS_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+|\n\s*)[\"«“]?(?:(?:вместе|всего|в\s+сумме|разом|усього|всього|загалом|"
    r"together|combined|in\s+all|in\s+total)\s*,?\s+)?(?:the\s+)?$"
)


def _no_whole_between(lo: int, start: int, ctx: _Context, but: str | None = None) -> bool:
    """True when no country, region, entity or area is named between ``lo`` and ``start``.

    With ``but``, a whole of that id named between does not count.
    """
    ends, chosen = ctx.wholes
    k = bisect.bisect_right(ends, start)
    if but is None:
        return k == 0 or chosen[k - 1].start < lo
    return all(
        m.start < lo or _whole_id(m) == but for m in chosen[bisect.bisect_right(ends, lo) : k]
    )


def _parallel_part_share(
    text: str, low: str, prev: Claim | None, start: int, ctx: _Context
) -> str | None:
    """The whole of the share before, when the figure is another part's share of it.

    Set in parallel in the same sentence: "Zaporizhzhia makes up 4.5% of Ukraine while
    Kherson makes up 10%", "Luhansk is about 4.4% of Ukraine and Donetsk about 4.4% too",
    "..., а Херсонська — 4,7%": the share
    before measures a place (its subject) as a part of another whole, and the figure is
    said of a place right before it, with a verb of measure or a dash.
    """
    if (
        prev is None
        or prev.unit != "%"
        or prev.of is None
        or _SENTENCE_END.search(text, prev.end, start)
    ):
        return None
    subject = _mention_before(prev.start, ctx)
    part = _mention_before(start, ctx)
    if (
        subject is None
        or part is None
        or part.start < prev.end
        or subject.kind not in _WHOLE_KINDS
        or part.kind not in _WHOLE_KINDS
        or _whole_id(subject) == prev.of
        or _whole_id(part) == prev.of
        or not _PART_VERB.fullmatch(low, subject.end, prev.start)
        or not (
            _PART_VERB.fullmatch(low, part.end, start)
            or _PART_DASH.fullmatch(low, part.end, start)
        )
    ):
        return None
    return prev.of


#: Between a part and its share, its verb gapped: "Херсонська — 4,7%", "Donetsk, 4.4%",
#: "Area A about 18 percent".
_PART_DASH = re.compile(
    r"(?:\s+(?:област\w*|oblast|region))?(?:\s*[—–,:]\s*|\s+)(?:(?:about|around|roughly|some|nearly|"
    r"almost|more\s+than|less\s+than|over|under|близько|приблизно|майже|понад|менше|около|"
    r"примерно|почти|более|свыше|менее)\s+)?"
)


_SPLIT_CUE = re.compile(
    r"(?<!\w)(?:split|divided|partitioned|поділен\w*|розділен\w*|разделен\w*|"
    # "the region both countries claim in full but each rules only in part: India about
    # 55%, Pakistan roughly a third"
    r"(?:rules?|ruled|controls?|holds?|administers?)\s+only\s+(?:in\s+)?part)(?!\w)"
)


#: A holder's verb between a holder and its share: " administers", " holds".
_HOLDS_THEN = re.compile(
    r"\s+(?:administers|holds|controls|rules|occupies|runs|keeps|адмініструє|контролює|"
    r"утримує|управляє|администрирует|контролирует|удерживает|управляет)(?=\s)"
)


def _split_topic(text: str, low: str, s0: int, start: int, ctx: _Context) -> str | None:
    """The place a sentence says is split among holders, for a holder's gapped share.

    "Kashmir is split: India about 55%, Pakistan about 30%, China about 15%": each share
    is of Kashmir, the holders named right before them. Else None.
    """
    cue = _SPLIT_CUE.search(low, s0, start)
    if cue is None:
        return None
    m = _mention_before(start, ctx)
    if m is None or m.kind not in ("country", "metonym") or m.start < cue.end():
        return None
    held = _HOLDS_THEN.match(low, m.end)  # "Kashmir is split: India administers 55%, ..."
    if not _GAPPED.match(low, held.end() if held else m.end, m.end + 60):
        return None
    return _place_between(s0, cue.start(), ctx)


def _place_between(lo: int, hi: int, ctx: _Context) -> str | None:
    """The first region, area or entity named in [lo, hi), as a whole id, else None."""
    ends, chosen = ctx.every
    for t in chosen[bisect.bisect_left(ends, lo) : bisect.bisect_right(ends, hi)]:
        if t.start >= lo and t.kind in ("region", "area", "entity"):
            return _whole_id(t)
    return None


def _gapped_holder(
    low: str, start: int, ctx: _Context, kinds: tuple[str, ...] = ("country", "metonym")
) -> bool:
    """True when a country or capital stands right before a figure, its verb gapped.

    With ``kinds``, a place of those kinds instead.
    """
    m = _mention_before(start, ctx)
    return (
        m is not None
        and m.kind in kinds
        and bool(_GAPPED.match(low, m.end, m.end + 60))
        and bool(_GAP_OPENS.search(low, max(0, m.start - 40), m.start))
    )


def _next_holder(text: str, low: str, prev_end: int, start: int, ctx: _Context) -> bool:
    """True when the figure at ``start`` is another holder's part of the last share's whole.

    The place named last between them is a country or capital holding ground ("India
    administers 55% of Kashmir, while Pakistan controls about 30%").
    """
    m = _mention_before(start, ctx)
    return (
        m is not None
        and m.start >= prev_end
        and m.kind in ("country", "metonym")
        and m.country in _holders(text, low, start, ctx)
    )


def area_country(text: str, claim: Claim, country: str | None = None) -> str | None:
    """The country an area figure with no stated whole is about, from its context.

    A figure in km² without "of X" has ``of=None`` (it is a part of no stated whole), but
    checking it needs the country it lies in: "Western Sahara covers about 266,000 km²" is
    about Western Sahara. The nearest country named before the figure that is not a holder
    in its sentence, else ``country``, else the country of the nearest region or city named
    before it (as :func:`find_claims` reads "the country").

    Parameters
    ----------
    text : str
        The text the claim was found in.
    claim : Claim
        A claim from ``find_claims(text)``.
    country : str, optional
        The default country, as for :func:`find_claims`.

    Returns
    -------
    str or None
        An ISO 3166-1 alpha-3 code, or None.
    """
    default = _country_arg(country)
    low = _lower(text)
    ctx = _make_context(_resolve(text, default), default, text)
    return _context_country(text, low, claim.start, ctx, whole=False)


def _names_whole(text: str, low: str, after: int, ctx: _Context) -> bool:
    """True when the words after a figure name its whole ("of Ukraine", "України")."""
    m = _OF.match(low, after) or _SPACES.match(low, after)
    if m is None:
        return False
    pos = m.end()
    for _ in range(3):  # "of Ukrainian territory", "території України"
        men = ctx.at.get(pos)
        if men is not None:
            return men.kind in ("country", "region", "entity", "area")
        word = _WORD_SPACE.match(low, pos)
        if word is None:
            return False
        if _DEMONYM_RE.match(low, pos) or low.startswith(tuple(_CYR_DEMONYMS), pos):
            return True
        pos = word.end()
    return False


def _share_named_whole(
    text: str, claims: list[Claim], named: list[bool], bare: list[bool]
) -> list[Claim]:
    """Give a figure without a named whole the one another figure in its sentence names.

    "Moscow claims some 90,000 sq km, or 15% of Ukraine": both are Ukraine's. A share
    after another share takes that one's whole, not an area's before it ("24 km² of the
    Jordan Valley ...; roughly 10% of the West Bank, and regional councils close to 40%").
    The claims are in text order, so the sentence's claims are found by bisection.
    """
    starts = [c.start for c in claims]
    out = []
    for i, claim in enumerate(claims):
        if bare[i] and claim.unit == "%":
            s0, s1 = _sentence_bounds(text, claim.start, claim.end)
            lo, hi = bisect.bisect_left(starts, s0), bisect.bisect_left(starts, s1)
            given = [j for j in range(lo, hi) if j != i and named[j]]
            shares = [j for j in given if j < i and claims[j].unit == "%"]
            if given:
                j = shares[-1] if shares else given[0]
                claim = dataclasses.replace(claim, of=claims[j].of)
        out.append(claim)
    return out
