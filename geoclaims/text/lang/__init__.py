"""Language knowledge for text finding: one module per language, data only.

Each module (``en``, ``uk``, ``ru``) defines some of the names below; one it lacks counts
as empty. The matcher and the figure parser read only the merged tables built here, so a
new language is a new module and one entry in :data:`LANGUAGES`.

Names a language module may define
----------------------------------
QUALIFIERS : dict[str, tuple[str, ...]]
    Phrases by normalised qualifier (``nearly``, ``about``, ``more_than``, ...).
NUMBER_WORDS : dict[str, int]
    Number words (English: whole words; Cyrillic: stems) and their values.
MAGNITUDES : dict[str, float]
    Regex fragments of magnitude words ("thousand", "тисяч…") and their multipliers.
FRACTIONS : dict[str, float]
    Regex fragments of fraction words and their value in per cent; FRACTIONS_NEED_OF says
    whether the language needs "of" after them (English) or not (Ukrainian, Russian).
FRACTIONS_AFTER_NUMERATOR : dict[str, float]
    Fraction words that are shares only after a numerator above one ("четырёх пятых"),
    being ordinals alone ("пятых классов").
RANGE_OPENERS, RANGE_JOINERS : tuple[str, ...]
    "between ... and ...", "від ... до ...".
PERCENT, KM2, MI2, HA : tuple[str, ...]
    Regex fragments of unit words (HA: hectares, read only right after a number).
OF_WORDS, TERRITORY : tuple[str, ...]
    "of"; territory words ("territory", "територі…").
FIGURE_VERBS : dict[str, str]
    Regex fragments of the verbs that say what a figure measures, by kind: "regained"
    (retake, liberate: a change between two dates), "held" (control, occupy), "claimed"
    (annex, claim), "whole" (make up, cover).
DEMONYMS : dict[str, str]
    Country adjectives (or their stems) and the ISO alpha-3 code they name.
ADJECTIVE_ENDINGS, NOUN_ENDINGS
    Case endings the gazetteer adds to Cyrillic names.
CLOSED_VOWEL_ALTERNATIONS : tuple[tuple[str, str], ...]
    (vowel, other vowel): a vowel of a name's last closed syllable that changes in the
    other cases (Ukrainian "Ріг" -> "Розі"); the endings are added to both stems.
UNIT_NAMES : tuple[tuple[str, str], ...]
    (ISO 3166-2 code, name): regional names of first-level units that no rule makes
    ("Волинь", "Подмосковье").
REGIONAL_NAMES : tuple[tuple[str, str], ...]
    (adjective ending, noun ending): how a regional name is made from an oblast's
    adjective ("Сумська" -> "Сумщина", "Донецька" -> "Донеччина").
FORMAL_COUNTRY_NAMES : tuple[tuple[str, str], ...]
    Formal country names the name tables lack ("Російська Федерація").
COMPASS_STEMS : tuple[str, ...]
    Stems of compass adjectives ("південн", "южн"): a name that is one alone needs a unit
    word after it.
STATE_ABBREVIATIONS : dict[str, tuple[str, ...]]
    Abbreviations of states and provinces by ISO 3166-2 code, read only after a town and
    a comma ("ATHENS, Ga."); POSTAL_CODE_COUNTRIES (alpha-2) read the codes' second part
    there too, in capitals ("Odessa, TX").
COMMON_WORDS, NEEDS_CUE, PERSON_NAMES, TITLE_WORDS, FUNCTION_WORDS, OFFICE_WORDS, MONTHS
    English-text traps (English only so far); MONTHS (month names in datelines) in every
    language.
COMMON_NOUNS : tuple[str, ...]
    Cyrillic everyday nouns that are a case form of a place's name ("колона", a column,
    and Colón's genitive): matched bare only with a cue, as NEEDS_CUE.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from types import ModuleType
from typing import Any

from geoclaims.text.lang import en, ru, uk

#: The languages whose knowledge is merged, in order of precedence.
LANGUAGES: tuple[ModuleType, ...] = (en, uk, ru)


def merged_dict(name: str) -> dict[Any, Any]:
    """The union of one dict across languages (earlier languages win a clash)."""
    out: dict[Any, Any] = {}
    for module in reversed(LANGUAGES):
        out.update(getattr(module, name, {}))
    return out


def cyrillic_demonyms() -> dict[str, str]:
    """The Russian and Ukrainian demonym stems ("пакистанск", "індійськ") to ISO alpha-3."""
    return {k: v for k, v in merged_dict("DEMONYMS").items() if not k.isascii()}


def merged_tuple(name: str) -> tuple[Any, ...]:
    """The concatenation of one tuple across languages, without repeats."""
    out: list[Any] = []
    for module in LANGUAGES:
        out.extend(x for x in getattr(module, name, ()) if x not in out)
    return tuple(out)


def merged_figure_verbs() -> dict[str, str]:
    """Each figure-verb kind's regex fragments, joined across languages with ``|``."""
    out: dict[str, list[str]] = {}
    for module in LANGUAGES:
        for kind, words in getattr(module, "FIGURE_VERBS", {}).items():
            out.setdefault(kind, []).append(words)
    return {kind: "|".join(parts) for kind, parts in out.items()}


def merged_qualifiers() -> dict[str, str]:
    """Every qualifier phrase, single-spaced and lower-case, to its normalised qualifier."""
    out: dict[str, str] = {}
    for module in LANGUAGES:
        for norm, phrases in getattr(module, "QUALIFIERS", {}).items():
            for phrase in phrases:
                out.setdefault(" ".join(phrase.lower().split()), norm)
    return out


def adjective_forms(adjective: str) -> list[str]:
    """Case forms of a feminine oblast adjective in every language that has endings."""
    forms: list[str] = []
    for module in LANGUAGES:
        for ending, others in getattr(module, "ADJECTIVE_ENDINGS", {}).items():
            if adjective.endswith(ending):
                stem = adjective[: -len(ending)]
                spelt = (_spelt(module, stem, e) for e in others)
                forms.extend(f for f in spelt if f not in forms)
                break
    return forms


def _spelt(module: Any, stem: str, ending: str) -> str:
    """A stem and an ending as the language spells them.

    In Russian no "ы" after a velar or a hushing consonant ("донск" + "ым" -> "донским").
    """
    if ending[:1] == "ы" and stem[-1:] in getattr(module, "NO_YERY_AFTER", ""):
        ending = "и" + ending[1:]
    return stem + ending


def adjective_pairs(first: str, second: str) -> list[tuple[str, str]]:
    """Two adjectives in the same case, case by case, within one language's endings.

    "ямало-ненецкий", "автономный" -> ("ямало-ненецкого", "автономного"), ...,
    ("ямало-ненецком", "автономном"): the endings of one language's table, in its order,
    so a Ukrainian ending is never paired with a Russian one.
    """
    pairs: list[tuple[str, str]] = []
    for module in LANGUAGES:
        endings = getattr(module, "ADJECTIVE_ENDINGS", {})
        a = next((e for e in endings if first.endswith(e)), None)
        b = next((e for e in endings if second.endswith(e)), None)
        if a is None or b is None:
            continue
        # each table lists the same cases first (the soft stems' extra endings last)
        for ea, eb in zip(endings[a], endings[b], strict=False):
            pair = (_spelt(module, first[: -len(a)], ea), _spelt(module, second[: -len(b)], eb))
            if pair not in pairs:
                pairs.append(pair)
    return pairs


def adjective_tuples(adjectives: Sequence[str]) -> list[tuple[str, ...]]:
    """Several adjectives in the same case, case by case, as :func:`adjective_pairs` pairs.

    "сахарская", "арабская", "демократическая" -> ("сахарской", "арабской",
    "демократической"), ...
    """
    out: list[tuple[str, ...]] = []
    for module in LANGUAGES:
        endings = getattr(module, "ADJECTIVE_ENDINGS", {})
        found = [next((e for e in endings if a.endswith(e)), None) for a in adjectives]
        if any(e is None for e in found):
            continue
        for case in zip(*(endings[e] for e in found), strict=False):
            tup = tuple(
                _spelt(module, a[: -len(e)], c)
                for a, e, c in zip(adjectives, found, case, strict=True)
            )
            if tup not in out:
                out.append(tup)
    return out


def noun_forms(noun: str, *, min_length: int = 4) -> list[str]:
    """Case forms of a one-word Cyrillic place name (Україна -> України, Україні, ...).

    A word shorter than ``min_length`` letters, or in capitals, gets none (the noun of a
    two-word name may be short: "Ріг" in "Кривий Ріг").
    """
    if len(noun) < min_length or noun.isupper():
        return []
    forms: list[str] = []
    vowels = "аеєиіїоуюяыэ"
    for module in LANGUAGES:
        nouns = [noun]
        fleeting = getattr(module, "FLEETING_VOWEL_STEMS", {}).get(noun.lower())
        if fleeting is not None:
            # "перешеек" -> "перешейка": the stem loses its vowel before an ending
            stem = fleeting if noun[:1].islower() else fleeting[:1].upper() + fleeting[1:]
            forms.extend(stem + e for e in getattr(module, "FLEETING_VOWEL_ENDINGS", ()))
        for vowel, other in getattr(module, "CLOSED_VOWEL_ALTERNATIONS", ()):
            closed = re.search(rf"{vowel}(?=[^{vowels}\W]ь?$)", noun)
            if closed:
                nouns.append(noun[: closed.start()] + other + noun[closed.end() :])
        for word in nouns:
            for ending, drop, others in getattr(module, "NOUN_ENDINGS", ()):
                if ending == "" and (not word[-1].isalpha() or word[-1] in vowels + "ь"):
                    continue
                if word.endswith(ending):
                    stem = word[: len(word) - drop]
                    forms.extend(
                        stem + e
                        for e in others
                        if stem + e not in forms
                        # a bare stem of three letters is another word: "Бали" (Bali) ->
                        # "Бал" (a missile system, a ball), "Мали" -> "Мал"
                        and (e or len(stem) >= 4)
                    )
                    break
    return forms


def regional_names(adjective: str) -> list[str]:
    """Regional names made from an oblast's adjective in each language that has the rule.

    "Сумська" -> ["Сумщина"], "Донецька" -> ["Донеччина"], "Харьковская" ->
    ["Харьковщина"]; the first matching ending of each language wins.

    >>> regional_names("Сумська"), regional_names("Донецкая")
    (['Сумщина'], ['Донетчина'])
    """
    out: list[str] = []
    for module in LANGUAGES:
        for ending, noun in getattr(module, "REGIONAL_NAMES", ()):
            if adjective.endswith(ending) and len(adjective) > len(ending) + 2:
                name = adjective[: -len(ending)] + noun
                if name not in out:
                    out.append(name)
                break
    return out
