"""Matching and resolving: which places a text names, and which unit each one is.

Matching runs the gazetteer's automata over the text after the project's one
normalisation (:func:`geoclaims._normalize.normalize_with_offsets`); resolution attaches
suffix words and cues, drops traps (people, rivers, institutions) and settles namesakes
by the document's context. The work per call is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import functools
import html
import itertools
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa

from geoclaims._errors import GeoclaimsError, InvalidTypeError
from geoclaims._normalize import normalize, normalize_with_offsets
from geoclaims.text import lang
from geoclaims.text._lazy import _LazyRe
from geoclaims.text.gazetteer import (
    CITY_POPULATION_FLOOR,
    CONTEXT_CITY_POPULATION_FLOOR,
    _adjectival,
    _area_members,
    _Cand,
    _Gazetteer,
    _gazetteer,
    key_id,
    scan,
    seat_units,
)
from geoclaims.text.lang import en

re = _LazyRe()  # the module's patterns compile on first use (see geoclaims.text._lazy)

#: Columns of the frame :func:`find_regions` returns, in order.
COLUMNS = ("start", "end", "surface", "kind", "unit_id", "iso_3166_2", "name", "country", "score")

_COMMON_WORDS = en.COMMON_WORDS
_NEEDS_CUE = en.NEEDS_CUE | frozenset(lang.merged_tuple("COMMON_NOUNS"))
_PERSON_NAMES = en.PERSON_NAMES
#: Words before a name that make it a person's or a club's: English titles and club
#: names, and each language's club names (``CLUB_WORDS``: "Шахтар Донецьк", "Динамо Киев").
_TITLE_WORDS = "|".join([en.TITLE_WORDS, *lang.merged_tuple("CLUB_WORDS")])
_FUNCTION_WORDS = en.FUNCTION_WORDS
_OFFICE_WORDS = en.OFFICE_WORDS


def _alt(fragments: Iterable[str]) -> str:
    return "|".join(sorted(fragments, key=len, reverse=True))


# A Cyrillic compass adjective alone ("Південна", "Северной"): translated names of units
# called "Southern", "Northern" (IL-D, GH-NP) that in text begin a longer name
# ("Південна Бессарабія"); found only with a unit word after them, like "Northern".
_COMPASS_KEY = re.compile(
    rf"(?:{_alt(tuple(normalize(s) for s in lang.merged_tuple('COMPASS_STEMS')))})\w*"
)


# Capitals standing for their governments (kind "metonym"); the words come from lang/.
_METONYM_AFTER = re.compile(
    rf"(?:\s*,\s*(?:which|who))?\s+(?:(?:{_alt(lang.merged_tuple('METONYM_AUX'))})\s+){{0,3}}"
    rf"(?:{_alt(lang.merged_tuple('METONYM_VERBS'))})(?!\w)"
)
_METONYM_MODAL = re.compile(
    rf"\s+(?:{_alt(lang.merged_tuple('METONYM_MODALS'))})"
    rf"(?:\s+(?:{_alt(lang.merged_tuple('METONYM_AUX'))})){{0,3}}\s+(?!be\b|been\b)[a-z]{{2,}}\b"
)
_METONYM_POSSESSED = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,2}}(?:{_alt(lang.merged_tuple('METONYM_POSSESSED'))})(?!\w)"
)
#: A capitalised name of an act of state after a capital's possessive.
_POSSESSED_ACT_OF_STATE = re.compile(
    r"\s+(?:\d{4}\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:Law|Act|Doctrine|Plan|Initiative|Strategy|"
    r"Declaration|Formula|Decree|Line|Corps|Fleet|Command|Ministry|Council|Staff|Office|"
    r"Service|Guard|Agency|Government|Cabinet|Parliament|Army|Forces|Navy)\b"
)
_POSSESSED_WORD = re.compile(
    # "Kyiv's November 2022 advance": past a date
    r"\s+(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+)?(?:\d{4}\s+)?[\"“‘']?([a-z][a-z-]+)\b"
)
#: A possessive with no noun after it ("as much as Islamabad's.", "Kyiv's, not Moscow's,"):
#: the noun is the one said before.
_ELLIPTIC_POSSESSIVE = re.compile(r"\s*(?:[.,;:!?)]|$)")
_METONYM_BEFORE = re.compile(
    rf"(?<!\w)(?:{_alt(lang.merged_tuple('METONYM_BEFORE'))})\s+"
    r"(?:(?:the|both|ні|ни|и|і|й|также|також|тоже|теж)\s+)?$"
)
_HELD_BY_PLURAL_BEFORE = re.compile(
    rf"(?<!\w)(?:{_alt(lang.merged_tuple('PLACE_HELD_BY_PLURAL_BEFORE'))})\s+$"
)
_METONYM_HYPHENATED = re.compile(
    rf"[-‐‑–]\s*(?:{_alt(lang.merged_tuple('METONYM_HYPHENATED'))})(?!\w)"
)
_PLACE_PREPOSITION_BEFORE = re.compile(
    r"(?<!\w)(?:in|at|from|to|into|near|outside|around|across|over|of|inside|through|"
    r"towards?|via|у|в|во|до|з|із|зі|под|під|біля|около|возле|на|от|від|из|для|над|по|к|"
    r"через|між|между|за|при|про|о|об)\s+"
    r"(?:(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west|central|downtown)(?:ern)?\s+)?$"
)
_FROM_TO_BEFORE = re.compile(r"(?<!\w)(?:from|to)\s+$")
_MOVEMENT_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_alt(en.METONYM_MOVEMENT)})(?:\s+\S+){{0,3}}\s+(?:from|to)\s+$"
)
_PLACE_VERB_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_alt(en.PLACE_VERBS_BEFORE)})\s+(?:(?:the|central|downtown|eastern|"
    r"western|northern|southern)\s+)?$"
)
_PLACE_AFTER = re.compile(rf"\s+(?:{_alt(lang.merged_tuple('PLACE_AFTER'))})")
_PLACE_NOUN_BEFORE = re.compile(
    rf"(?<!\w)(?:{_alt(lang.merged_tuple('PLACE_NOUNS_BEFORE'))})\s+$"
)
_DATELINE_AFTER = re.compile(r"\s*(?:,|\s[-–—]|\s\(|\.\s)")  # "KYIV, ", "КИЇВ. "
_DATED_AFTER = re.compile(
    r",\s*(?:\d{1,2}\s+[A-ZА-ЯІЇЄa-zа-яіїє]\w+|[A-ZА-ЯІЇЄ]\w+\.?\s+\d{1,2}\b)"
)
# A capital before one of these past forms is the place ("Kyiv suffered blackouts").
_PLACE_PAST = re.compile(
    rf"(?:\s+(?:{_alt(lang.merged_tuple('METONYM_AUX'))})){{0,3}}\s+"
    rf"(?:{_alt(en.METONYM_NOT_PAST)})\b"
)


def _words(block: str) -> frozenset[str]:
    """The whitespace-separated words of a block of text."""
    return frozenset(block.split())


#: Between a country and a place it has: " has a coastal ", " has its own ".
_HAS_A_GAP = re.compile(r"\s+(?:also\s+)?has\s+(?:a|an|its\s+own)\s+(?:[a-z-]+\s+)?")
#: "this southern city of", "a port town of": a city in the place named after it.
_A_CITY_OF_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:this|that|a|an)\s+(?:[a-z-]+\s+){0,2}(?:city|town|port)\s+of\s+$"
)
#: A unit word that ends a name's key: "la paz department", "bamako district".
_UNIT_WORD_END = re.compile(
    r" (?:department|departamento|province|provincia|governorate|state|region|oblast|"
    r"district|область|провинция|провінція|департамент)$"
)
#: A particle joined by hyphens inside a longer name, right before a name: "-de-la-",
#: "-du-", "-на-", "-sur-".
_COMPOUND_PARTICLE_BEFORE = re.compile(
    r"(?i)\w[-‐‑](?:de|la|du|del|des|le|les|on|upon|sur|en|am|an|на|над|де|ла|дю|дель|ле|"
    r"сюр|он|ан|ам|ін|ин)[-‐‑]$"
)
#: A possessive and a capitalised name after a name: "Colombia's Córdoba".
_OWNER_AFTER = re.compile(r"['’]s\s+[A-ZА-ЯЁІЇЄҐ]")
#: Between a possessive and the place it owns: "Niger's Diffa region", "Georgia's
#: northern Fulton County".
_POSSESSED_GAP = re.compile(r"\s+(?:(?:north|south|east|west)\w*\s+|(?:central|remote)\s+)?")
#: A plural of "republic" closing a name: "Луганская народные республики".
_PLURAL_REPUBLICS_END = re.compile(r"(?i)(?:republics|республики|республіки|республик|республік)$")
#: A capitalised name of up to three words in a list ("Mantaro", "Blue Nile").
_LISTED_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2}"
# Words after a name that show it is not the place itself ("the Azov battalion",
# "the Dnipro River", "Kherson Airport" stays a place: airports are not listed).
_NOT_PLACE_AFTER = re.compile(
    # "the Xinjiang–Tibet highway", "the Siverskyi Donets–Donbas canal": the ends of a
    # road, a pipeline or a canal
    r"(?:[–-][A-Z][\w'’-]*)?\s+(?i:highway|railway|railroad|pipeline|motorway|expressway|"
    r"canal)\b|"
    r"\s+(?:(?i:river|sea|lake|battalion|regiment|brigade|reservoir|mountains|strait|gulf|"
    r"university|fc|stadium|avenue|street|(?:nuclear\s+)?power\s+(?:plant|station)|npp|"
    r"nuclear\s+(?:plant|station|facility|complex))|"
    r"Times|Post|Journal|Herald|Tribune|Gazette|Independent|АЕС|АЭС|ТЕС|ТЭС|ГЕС|ГЭС)\b|"
    # a people, not a place: "the Naga-inhabited hill districts", "Somali-majority areas"
    r"[-‐‑](?i:inhabited|populated|majority|speaking)\b|"
    # a list of rivers or lakes the plural noun closes: "the Amur and Ussuri rivers", "the
    # Apurímac, Ene and Mantaro rivers", "the Ohio and Mississippi rivers"
    # (at most a dozen names: a list of thousands of towns is read once, not once a name)
    rf"(?:\s*,\s*(?:the\s+)?{_LISTED_NAME}){{0,12}},?\s+(?:and|or)\s+(?:the\s+)?{_LISTED_NAME}"
    r"\s+(?i:rivers|lakes|seas)\b|"
    r"\s+(?i:rivers|lakes|seas)\b"
)
_PEOPLE_AFTER = re.compile(rf"\s+(?:{_alt(en.PEOPLE_GROUPS)})(?!\w)")
_NOT_PLACE_BEFORE = re.compile(
    r"(?<!\w)(?:sea|gulf|lake|river|strait|bay|mount|cruiser|flagship|warship|frigate|submarine|"
    r"(?:aircraft\s+)?carriers?,?|destroyer|corvette|"
    r"ethnic|"
    r"берег\w*|річк\w*|рек\w*|форсува\w*|форсирова\w*)"
    r"\s+(?:of\s+)?(?:the\s+)?$"
    # "the left bank of the Dnipro" is the river's; "the right bank of Kherson" the
    # province's; "the Bank of England" a bank's
    r"|(?<!\w)banks?\s+of\s+the\s+$|(?<!\w)(?-i:Bank)\s+of\s+$"
    # "the confluence of the Ohio and the Mississippi", "при слиянии Амура и Уссури":
    # rivers, both of them
    r"|(?<!\w)(?:confluence\s+of|слияни[еия]|злитт[яі])\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+(?:and|with|и|і|та|с|з)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)

# Suffix words attached after a name. Group "ent" marks the entity form.
_SUFFIX_AFTER = re.compile(
    r"""(?ix)
    (?:[ \t\u00a0]*[-‐‑–][ \t\u00a0]*|\s+|[\u00ad\u200b\u200c\u200d\u2060\ufeff]+)
    (?:
      (?P<ent>people['’ʼʹ]?s['’ʼʹ]?\s+republics?
        |народн\w*\s+республ[іи]к\w*)
      # not "Borno State University"; but "Borno State Governor Babagana Zulum"
      |(?-i:(?:State|states?)(?:['’ʼʹ]s)?(?=\W|$)(?!-)
        (?!\s+(?!(?:Governor|Government|Assembly|House|Commissioner|Police)\b)[A-Z]))
        (?!\s+(?:media|television|tv|news|agency|agencies|department|funeral|visits?|
            broadcaster|company|companies|firms?|budget|secretary|enterprises?|property|
            bank|banks|structures|institutions|support|
            sponsor\w*|actors?|power|authorit\w+|capacity|terror\w*|level|border))
      |(?P<reg>oblasts?(?:['’ʼʹ](?:s(?!\w))?)?(?![\w'’ʼ])|oblasti|obl\.|regions?|provinces?|governorates?
        |prefectures?|krai|kray|union\s+territor(?:y|ies)|област(?!н)\w*|обл\.?|регіон\w*|регион\w*|кра[йюїяе]\w*
        # the local words: "the Artibonite department", "Cauca departamento", "Harghita County"
        |departments?|departamentos?|départements?|count(?:y|ies)|vilayets?|aimags?|wilayahs?
        |voivodeships?|воєводств\w*|воеводств\w*)
    )
    (?!\w)
    """
)
# "the state of Georgia", "the department of Guatemala": the unit, not the country
_THE_STATE_OF = re.compile(
    r"(?i)\b(?:the|their|our|his|her|its|my|your)\s+(?:own\s+|home\s+)?"
    r"(?:(?:u\.?s\.?\s+)?state|department|province|governorate|prefecture)\s+of\s+$"
)
_REPUBLIC_OF = re.compile(r"(?<![\w-])Republic of $")
_POSSESSIVE_AFTER = re.compile(r"['’ʼʹ]s?(?!\w)")
# A single quote opening a quotation ("'just give them Donbas'"): at the start, or after a
# space or a bracket, before a letter
_QUOTE_OPENS = re.compile(r"(?:^|(?<=[\s(\[]))['‘](?=\w)")


def _quote_closes(text: str, pos: int) -> bool:
    """True when the apostrophe at ``pos`` closes a single quote opened in its sentence."""
    lo = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), pos - 200, 0)
    opened = len(_QUOTE_OPENS.findall(text, lo, pos))
    closed = len(re.findall(r"(?<=\w)['’](?!\w)", text[lo:pos]))
    return opened > closed


#: Stems of Ukrainian and Russian unit words that stand before a unit's name.
_CYR_UNIT_WORDS = ("провінці", "провинци", "губернаторств", "мухафаз", "штат", "префектур")
#: The ISO 3166-2 type a unit word before a name gives (see ``_TYPE_WORDS``): a state, a
#: department, a governorate, a prefecture; not "province" or "провінція", which are
#: said of governorates too.
_TYPE_BY_WORD_BEFORE = (
    ("state", "state"), ("штат", "state"), ("department", "department"),
    ("governorate", "governorate"), ("prefecture", "prefecture"),
)  # fmt: skip
_REGION_BEFORE = re.compile(
    r"\b(?<!residential\s)(?:regions?|oblasts?|provinces?|states?|districts?|governorates?|counties|"
    r"departments?|prefectures?|"
    r"municipalit(?:y|ies)|"
    r"(?i:governor)(?:\s+[A-Z][\w'’-]+){0,2})\s+of"
    r"\s+(?:the\s+)?$"
    # "в провинции Латакия", "у провінції Ідліб": a unit word, then the name
    rf"|(?<!\w)(?:{_alt(_CYR_UNIT_WORDS)})\w*\s+$"
    # "три провінції — Ербіль, Духок і Сулейманію", "three provinces: Erbil, ...": a
    # plural unit word, then its list
    rf"|(?<!\w)(?:provinces|governorates|regions|states|districts|oblasts|областей|області|"
    rf"(?:{_alt(_CYR_UNIT_WORDS)})\w*)"
    # (past their country: "в трёх южных провинциях Таиланда — Паттани, Яла и Наратхиват")
    r"(?:\s+(?:of\s+)?[A-ZА-ЯІЇЄҐЁ][\w'’-]+)?\s*[—–:]\s*$",
    re.IGNORECASE,
)
#: Before a list of towns: "the capitals, including", "cities such as", "міста, як-от".
_CITIES_SUCH_AS = (
    r"\b(?:capitals|cities|towns)(?:,|\s+(?:are|were|include|included|such\s+as|including|"
    r"like))(?:\s+(?:including|such\s+as|like))?,?\s+"
    r"|(?<!\w)(?:міста|міст|містах|столиці|столиць|города|городов|городах|столицы|столиц),?\s+"
    r"(?:як-от|зокрема|включно\s+з|включаючи|такі\s+як|такие\s+как|включая|в\s+том\s+числе|"
    r"у\s+тому\s+числі|например)\s+"
)
_CITY_BEFORE = re.compile(
    r"""(?ix)
    # (not "the main town of Ladakh", "the largest city of Amhara": the unit it lies in)
    (?:\b(?<!main\s)(?<!largest\s)(?<!biggest\s)(?<!chief\s)(?<!principal\s)(?<!second\s)
       (?:city|cities|towns?|ports?|villages?|mayor|municipality|suburbs?|outskirts|downtown|
          neighbou?rhoods?|(?:central|main|city)\s+(?:square|market|station|streets?)|streets|
          # "the fenced-off resort quarter of Famagusta": a part of a town, not a fraction
          (?:old|resort|residential|historic|christian|jewish|muslim|armenian|latin|walled|
             fenced-off|ghost|business|diplomatic|government)\s+quarters?)
        \s+of\s+(?:the\s+)?
      |\b(?:regional\s+)?capital,?\s+(?:(?:is|was)\s+)?(?:(?:in|at)\s+)?
        (?:also\s+(?:called|named)\s+)?
      |"""
    + _CITIES_SUCH_AS
    + r"""
      |\b(?:administrative|regional|oblast)\s+(?:centre|center|capital|seat)
        (?:\s+(?:is|was|remains|became|has\s+been))?,?\s+(?:the\s+city\s+of\s+)?
      |(?<!\w)(?:адміністративн\w+|обласн\w+|областн\w+|административн\w+)\s+(?:центр\w*)(?:\s+(?:област\w*|регіону|региона))?
        \s*(?:[—–-]|є|—\s*місто|является|был\w*|стал\w*|оста[её]тся|залишається|лишається)?
        \s*(?:місто\s+|город\s+)?
      # "the city, Kherson"; not a name's own word ("Cotabato City, Philippines")
      |\b(?-i:city|town),?\s+
      |(?<!\w)(?:місто|міста|місті|містом|місту|город|города|городе|городом|м\.|г\.)\s*
      |(?<!\w)(?:порт|порту|порта|портом|порті|порте)\s+
    )$
    """
)
#: A Ukrainian or Russian region's own noun, never its town: "Донеччина", "Харківщини",
#: "Луганщине".
_REGION_NOUN_FORM = re.compile(r"(?:щин|ччин)[аиіуоеы]\w*$")
#: An apposition that calls a name a unit: ", one of Iraq's richest oil provinces", ", a
#: province of", ", the country's largest region".
_UNIT_CALLED_AFTER = re.compile(
    r"(?i),\s+(?:one\s+of\s+|an?\s+|the\s+|its\s+)(?:[\w-]+['’]s\s+)?(?-i:[a-z][\w-]*\s+){0,3}?"
    r"(?:provinces?|governorates?|oblasts?|prefectures?|departments?|"
    r"(?-i:regions?)|(?-i:states?))\b(?!['’])(?!\s+(?:capital|capitals|city|town|seat)\b)"
)
#: A copula that calls a name (or a list of names) a unit: "Kherson and Zaporizhzhia are
#: 'Russian regions'", "Kherson is a Russian region" (not "... region's capital").
_UNIT_COPULA_AFTER = re.compile(
    # (a list of at most a dozen more names: a list of thousands is not read once a name)
    r"(?:(?:,|\s+and)\s+(?-i:[A-Z][\w'’-]*)){0,12}\s+(?:is|are|was|were|remains?|remained)\s+"
    r"(?:now\s+|still\s+|already\s+)?(?:one\s+of\s+)?"
    # "Chernihiv is Ukraine's second largest region"
    r"(?:an?\s+|the\s+|(?-i:[A-Z][\w-]*)['’]s\s+)?['‘\"“]?(?:(?-i:[A-Za-z][\w-]*)\s+){0,2}"
    r"(?-i:regions?|provinces?|oblasts?|governorates?)\b(?!['’]s\b)"
    r"(?!\s+(?:capital|capitals|city|town|seat|centre|center)\b)"
)
#: A question answered by a unit word: "What is Belgorod? A Russian border region".
_QUESTION_UNIT_AFTER = re.compile(
    r"(?i)\?\s+(?:a:\s*)?(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:region|province|oblast|"
    r"governorate|state|prefecture|department)\b|"
    r"(?:[а-яіїєґё-]+\s+){0,2}?(?:регіон|регион|область|провінція|провинция)\b)"
)
#: After a state that qualifies a town: a comma, the end of a sentence or of a bracket.
_QUALIFIER_END = re.compile(r"(?:['’]s)?\s*(?:[,;:)]|\.(?!\w)|$)")
#: Countries whose text qualifies a town by its state or province ("Moscow, Idaho").
_TOWN_STATE_COUNTRIES = frozenset({"USA", "CAN", "AUS"})
#: A part of a city before its name: "the outskirts of Sevastopol", "на околиці Севастополя".
_CITY_PART_BEFORE = re.compile(
    r"(?i)(?:\b(?:outskirts|suburbs?)\s+of\s+(?:the\s+)?|"
    r"(?<!\w)(?:околиц\w*|окраин\w*|передмісті|пригород\w*)\s+)$"
)
#: A list of names going on after a name: ", Luhansk", " and Horlivka".
_LIST_GOES_ON = re.compile(r"(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?[A-Z]")
#: The same in any of the languages: ", Luhansk", " и Горловку", " та Маріуполь".
_ANY_LIST_GOES_ON = re.compile(
    r"(?:,\s*(?:(?:and|or|и|і|та|й)\s+)?|\s+(?:and|or|&|и|і|та|й|или|або)\s+)"
    r"(?:the\s+)?[A-ZА-ЯЁІЇЄҐ]"
)
_TOWN_APPOSITION = re.compile(
    # (after a time the verb's: "entered Kidal on Tuesday, a town rebels had held")
    r"(?i)(?:\s+(?:on|last|this)\s+(?-i:[A-Z][a-z]+)(?:\s+\d{1,2})?|\s+in\s+(?-i:[A-Z][a-z]+)"
    r"(?:\s+\d{4})?|\s+in\s+\d{4})?"
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village)\b"
)
_QUALIFIES_BEFORE = re.compile(r"[A-Z][\w'’.-]*,\s*$")
_PLURAL_OF_BEFORE = re.compile(
    r"(?i)\b(?:cities|towns|ports|villages|suburbs|neighbou?rhoods)\s+of\s+(?:the\s+)?$"
)
_CITY_WORD_AFTER = re.compile(r"\s+(?:city|town)\b")  # (not "Isabela City", a name)
_CITY_AFTER = re.compile(
    r"(?i)(?:['’ʼʹ]s)?\s+(?:city|town|mayor)\b|['’ʼʹ]s\s+mayor\b"
    # "Kherson, the regional capital", "Aleppo, Syria's second city"
    # ("Kharkiv, the oblast's capital, lies some 40 km from the border")
    r"|,\s+(?:the\s+(?:oblast|region|province|governorate|state)['’]s|the|its|[A-Z][\w-]*['’]s)"
    r"\s+(?:(?:regional|provincial|oblast|administrative|"
    r"main|former|de\s+facto|(?:second|third)?[- ]?(?:largest|biggest)|second|third|chief|"
    r"principal)\s+)?(?:capital|centre|center|city|town|port)\b"
    # "What is Shusha? The hilltop town ...": a question answered by what the name is
    r"|\?\s+(?:a:\s*)?(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:city|town|port|village)\b|"
    r"(?:[а-яіїєґё-]+\s+){0,2}?(?:місто|город|селище|посёлок|портове\s+місто)\b)"
    # "Запорожье, областной центр", "Херсон, единственный обласний центр"
    r"|\s*[,—–]\s+(?:[а-яіїєґё]+\s+)?(?:обласн\w+|областн\w+|адміністративн\w+|"
    r"административн\w+)\s+центр"
)
#: A distance measured from a place makes it a point, the city: "100 kilometres from
#: Odesa", "50 km north of Kharkiv", "за 30 км від Запоріжжя", "в 30 км от Запорожья";
#: not an area ("square kilometres of Donetsk region").
_DISTANCE_BEFORE = re.compile(
    r"""(?ix)
    (?<!square\s)(?<!sq\s)(?<!sq\.\s)(?<!\w)
    (?:km|kilomet(?:re|er)s?|miles?|км|кілометр\w*|километр\w*)\s+
    (?:(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|(?:away\s+)?from|outside|
       short\s+of|від|от)\s+(?:the\s+(?:city\s+of\s+)?)?)$
    """
)
_CITIES_BEFORE = re.compile(rf"(?i)(?:{_CITIES_SUCH_AS})$")
#: A connector of a list whose names each have a figure before them ("і 76% ", "и около
#: 80 процентов ").
_FIGURE_CONNECTOR = re.compile(
    r"\s*(?:,\s*(?:(?:та|і|и|й|а)\s+)?|\s+(?:та|і|и|й|а)\s+)"
    r"(?:(?:близько|приблизно|майже|понад|около|примерно|почти|практично|практически|"
    r"более|свыше)\s+)?"
    # a figure, or a share in words: "більшу частину Донецької та майже всю Луганську області"
    r"(?:\d+(?:[.,]\d+)?\s*(?:%|відсот\w*|процент\w*)|вс[юеі]\w*|усю|ус[іе]\w*|"
    r"больш\w+\s+част\w+|більш\w+\s+частин\w*|част\w+|половин\w+|трет\w+|чверт\w+|"
    r"четверт\w+)\s+"
)
_THE_END = re.compile(r"(?i)\bthe\s+$")
_CONNECTOR_AND = re.compile(r"(?i)\b(?:and|or|та|і|и|й)\b")
_LIST_GOES_ON_AFTER = re.compile(r"(?i)\s*(?:,\s*)?(?:and|or|та|і|и|й)\s")
#: A list's connector before a compass part: "Idlib and northern Aleppo".
_COMPASS_CONNECTOR = re.compile(
    r"(?i)\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?"
    r"(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western)\s+"
)
#: Between a town and the unit that qualifies it, by its unit word: ", штат Флорида"; or
#: by a preposition: "Санкт-Петербурга во Флориде".
_UNIT_QUALIFIER_GAP = re.compile(r",\s*(?:штат|провинция|провінція|округ)\s+")
_IN_QUALIFIER_GAP = re.compile(r"\s+(?:в|во|у)\s+")
#: Between two names of one list; "nor", "ни", "ні" join one too ("ни Запорожскую, ни
#: Херсонскую области").
_CONNECTOR = re.compile(
    # ("not Crimea, not Donetsk, not Zaporizhzhia", "ни Крым, ни Донецк")
    r"(?i)\s*(?:,\s*(?:(?:and|or|nor|not|та|і|и|й|або|чи|или|либо|ни|ні|не)\s+)?"
    r"|\s+(?:and|or|nor|&|та|і|и|й|або|чи|или|либо|ни|ні)\s+)"
    r"(?:the\s+)?"
)
#: Between two places of one list: "and neighbouring" ("Kano and neighbouring Katsina").
#: (Not "from A to B": the ends of a range are towns, "от Харькова до Одессы — почти 40%".)
_NEIGHBOUR_JOIN = re.compile(
    r"(?i)\s*(?:,\s*|\s+(?:and|та|і|и|й)\s+)(?:neighbou?ring|сусідн\w+|соседн\w+)\s+"
)
# Last words before a name that can start a cue; the regexes run only after them.
_CITY_CUE_LAST = _words(
    """
    of the city town town, city, capital capital, capitals, cities, towns, are were include
    included including like як-от зокрема з включаючи як как включая числе числі например
    as місто міста місті містом місту город
    города городе городом м. г. is was remains became been centre center seat centre, center, seat,
    центр центром — – є
    является in at порт порту порта портом порті порте остаётся остается залишається лишається
    """
)
_DISTANCE_LAST = _words("of from outside від от")
_SQUARE_BEFORE = re.compile(r"(?i)(?:square|sq\.?|квадратн\w*)\s+\S+\s+\S+\s+$|km[²2]\s+\S+\s+$")
_FEATURE_WORDS = _words("sea river lake ocean gulf bay strait mountains mountain range desert")
_NOT_PLACE_LAST = _words(
    "of the sea gulf lake river strait bay mount cruiser flagship warship frigate submarine "
    "carrier carriers destroyer corvette "
    "ethnic bank banks берега берегу берегом берег річки річку реки реку форсувати форсировать"
)
_APPOSITION = re.compile(r",\s*")
#: Between a town and the country or unit it lies in: ", the capital of ", ", a port
#: town in ", ", the largest city of the ".
_TOWN_OF_GAP = re.compile(
    r",\s+(?:the|a|an)\s+(?:(?:de\s+facto|administrative|provincial|regional|territorial|"
    r"national|main|chief|largest|biggest|second|only|small|little|coastal|northern|"
    r"southern|eastern|western|port|mining|market|border|former|old)\s+){0,2}"
    r"(?:capital(?:\s+city)?|city|town|port|seaport|village|settlement)\s+(?:of|in)\s+"
    r"(?:the\s+)?"
)
#: After a name: a verb whose subject it is, so the name begins a clause and qualifies no
#: place before it.
_CLAUSE_VERB_AFTER = re.compile(
    r"\s+(?:is|was|are|were|has|had|have|says|said|will|would|remains|became)\b"
)
# (no sentence end between: a full stop before a capital; "тыс. кв. км" ends none)
_OBLAST_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:област|регіон|регион)\w*(?:(?![!?;]|\.\s+(?:(?-i:[A-ZА-ЯІЇЄҐЁ])|$)).)*$", re.S
)
#: Right before an oblast's adjective alone: "в", "у", "на" (in it).
_PLACE_PREP_BEFORE = re.compile(r"(?<!\w)(?:в|у|на)\s+$")
#: After an adjective, a lower-case noun it agrees with ("Курской операции"): not an oblast
#: alone (a past plural in "-ли" is a verb: "в Херсонській утримували").
_AGREEING_NOUN_AFTER = re.compile(
    r"\s+(?![а-яіїєґё]*ли(?![а-яіїєґё]))[а-яіїєґё]{3,}[иіїеєую](?![\w-])"
)
#: After a name whose verb is gapped: a dash ("Луганская — 26,7 тыс. кв. км").
_GAPPED_AFTER = re.compile(r"\s+[—–]\s")
#: Before a name in a list of clauses: a comma or a semicolon.
_COMMA_BEFORE = re.compile(r"[,;]\s*$")
#: Right after an oblast's adjective, its oblast word: "Белгородской области".
_OBLAST_WORD_AFTER = re.compile(r"(?i)\s*(?:област|обл\.)")
_AND = re.compile(
    r"\s+(?:and|or|&|та|і|и|й|або|или)\s+(?:(?:finally|eventually|then|later|at\s+last)\s+)?"
)
#: The end of a sentence: "!", "?" or a stop before a capital.
_SENTENCE_BREAK = re.compile(r"[!?]|\.\s+[A-ZА-ЯІЇЄҐЁ]")


class _Mention(NamedTuple):
    start: int
    end: int
    kind: str
    unit_id: str | None
    iso_3166_2: str | None
    name: str
    country: str
    score: float


class _Raw:
    """A match on the normalised text, before resolution."""

    __slots__ = (
        "cands", "city_cue", "city_part", "dateline", "distance", "end", "key", "last",
        "qualifier", "start", "suffix", "taken", "unit_word",
    )  # fmt: skip

    def __init__(self, start: int, end: int, key: str, cands: tuple[_Cand, ...]) -> None:
        self.start = start
        self.end = end
        self.key = key
        self.cands = cands
        self.suffix: str | None = None  # "region" or "entity"
        self.city_cue = False
        self.distance = False  # the city cue is a distance ("40 km from Tbilisi")
        # the city cue is a part of a city ("the outskirts of Sevastopol"), which no unit has
        self.city_part = False
        # after a town and a comma, before a comma or the end ("Belgrade, Montana,"): the
        # state that qualifies the town, as North American and Australian text writes it
        self.qualifier = False
        self.dateline = False  # a dateline's city ("KYIV, Ukraine (AP) -")
        # a town said to be taken, freed or fought for ("Russia captured Avdiivka")
        self.taken = False
        self.last = ""  # the word before, lower-cased
        # the unit word after, lower-cased ("governorate", "state"), or the type the unit
        # word before names ("state" for "the state of", "штат")
        self.unit_word = ""


_STATE_CODES: list[tuple[_Gazetteer, dict[str, tuple[_Cand, ...]], re.Pattern[str]]] = []


def _state_codes(gaz: _Gazetteer) -> tuple[dict[str, tuple[_Cand, ...]], re.Pattern[str]]:
    """Candidates of each state abbreviation and postal code, and the pattern of one.

    The pattern matches a comma and an abbreviation ("Ga.", "TX") before the end of the
    qualifier; the table gives the gazetteer's candidates of the state it stands for.
    """
    if not _STATE_CODES or _STATE_CODES[0][0] is not gaz:
        by_iso = {u[0]: unit_id for unit_id, u in gaz.units.items() if isinstance(u[0], str)}
        table: dict[str, tuple[_Cand, ...]] = {}

        def add(abbr: str, iso: str) -> None:
            unit_id = by_iso.get(iso)
            kid = None if unit_id is None else key_id(gaz, normalize(gaz.units[unit_id][1]))
            if kid is not None:
                cands = tuple(
                    c for c in gaz.candidates[kid] if c.kind == "region" and c.unit_id == unit_id
                )
                if cands:
                    table[abbr] = cands

        for iso, abbrs in lang.merged_dict("STATE_ABBREVIATIONS").items():
            for abbr in abbrs:
                add(abbr, iso)
        prefixes = tuple(f"{cc}-" for cc in lang.merged_tuple("POSTAL_CODE_COUNTRIES"))
        for iso in by_iso:
            if iso.startswith(prefixes) and len(iso) == 5 and iso[3:].isalpha() and iso != "US-DC":
                add(iso[3:], iso)
        dotted = sorted((a for a in table if a.endswith(".")), key=len, reverse=True)
        postal = sorted(a for a in table if not a.endswith("."))
        pattern = re.compile(
            r",[ \t]*(?:"
            # "Athens, Ga. (AP)", "Lebanon, Pa., and"; the full stop may end the sentence
            rf"({'|'.join(map(re.escape, dotted))})(?=[\s,;:)\]]|$)"
            # "Odessa, TX", "Odessa, TX 79761", "Odessa, TX.", "WILMINGTON, DE (AP)",
            # "in Athens, GA and"
            rf"|({'|'.join(postal)})"
            r"(?=[,;:)\]]|\.(?!\w)|\s+\d{5}\b|\s*[—–(-]|\s*$|\s+[a-z]))"
        )
        _STATE_CODES[:] = [(gaz, table, pattern)]
    return _STATE_CODES[0][1], _STATE_CODES[0][2]


def _with_state_abbreviations(
    text: str, kept: list[tuple[_Raw, list[_Cand]]], gaz: _Gazetteer
) -> list[tuple[_Raw, list[_Cand]]]:
    """``kept`` with the state abbreviations that qualify a town, as matches of the state.

    "ATHENS, Ga.", "Odessa, TX": the town is then read in that state, as after "Athens,
    Georgia", and the state is found. Only right after a comma, where no other match
    starts: alone, "Ga." or "IN" names nothing. An abbreviation with full stops follows
    any town's name in capitals or title case, even one the data lacks ("KIEF, N.D."); a
    postal code only a town the data knows ("Georgia, IN total" is no town in Indiana).
    """
    table, pattern = _state_codes(gaz)
    if not table or "," not in text:
        return kept
    starts = {raw.start for raw, _c in kept}
    ends = {raw.end: raw for raw, _c in kept}
    added: list[tuple[_Raw, list[_Cand]]] = []
    for m in pattern.finditer(text):
        group = 1 if m.group(1) else 2
        if m.start(group) in starts:
            continue
        raw = ends.get(m.start())
        if group == 2:
            # a postal code only after a town the data knows ("Odessa, TX"): "Georgia, IN"
            # is no town in Indiana
            if raw is None or raw.suffix or not any(c.kind == "city" for c in raw.cands):
                continue
        elif (raw is not None and raw.suffix) or not _TOWN_BEFORE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            # an abbreviation after any town's name, even one the data lacks ("KIEF, N.D.")
            continue
        state = table[m.group(group)]
        qualifier = _Raw(m.start(group), m.end(group), normalize(state[0].name), state)
        qualifier.qualifier = True
        added.append((qualifier, list(state)))
    if not added:
        return kept
    return sorted([*kept, *added], key=lambda pair: pair[0].start)


#: A town's name in capitals or title case, right before a state's abbreviation.
_TOWN_BEFORE = re.compile(r"(?<![\w.])[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")


#: A lower-case Arabic article and a capital: "al-Jawf", "el-Fasher", "ash-Sham".
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|adh|ash|as|at|ath|an|ar|az|ez|ed|es|et|er)-[A-Z]")


def _largest(cands: Iterable[_Cand], kind: str) -> int:
    """The population of the most populous candidate of a kind (0 when none)."""
    return max((c.population for c in cands if c.kind == kind), default=0)


def _check_text(text: object, what: str = "text") -> str:
    if not isinstance(text, str):
        if isinstance(text, bytes | bytearray):
            fix = "Decode bytes first (data.decode('utf-8'))."
        elif isinstance(text, list | tuple):
            fix = "Pass one text at a time (geoclaims.corpus.scan takes many)."
        else:
            fix = "Pass the article's text as a str."
        msg = f"{what} must be a str, not {type(text).__name__}: {text!r:.80}. {fix}"
        raise InvalidTypeError(msg)
    return text


_CYRILLIC_LOWER = re.compile(r"[а-яіїєґё]")


_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_INVISIBLE_BREAK = re.compile(
    r"(?<=[a-zа-яіїєґё])[\u00ad\u200b\u200c\u200d\u2060\ufeff]+(?=[A-ZА-ЯІЇЄҐЁ])"
)


def _raw_matches(text: str) -> list[_Raw]:
    """Longest-leftmost, non-overlapping, whole-word gazetteer matches."""
    gaz = _gazetteer()
    if _INVISIBLE.search(text):
        # An invisible character between a word and a capital is a word break
        # ("Luhansk\u00adOblast"); elsewhere it folds to nothing. Same length, same offsets.
        norm, offsets = normalize_with_offsets(_INVISIBLE_BREAK.sub(" ", text))
    else:
        norm, offsets = normalize_with_offsets(text)
    if not norm.strip():
        return []
    hay = f" {norm} "
    keys = gaz.keys
    klen = keys.lengths()
    spans = [(end - klen[kid] - 1, kid) for end, kid in scan(gaz, hay)]
    if not spans:
        return _district_lists(text, [], gaz) if _DISTRICTS_WORD.search(text) else []
    # hay[s] is the space before a key, so s is the key's start in ``norm``.
    spans.sort(key=lambda sp: (sp[0], -klen[sp[1]]))
    nstarts = np.fromiter((sp[0] for sp in spans), dtype=np.int64, count=len(spans))
    nends = nstarts + np.fromiter((klen[k] for _s, k in spans), np.int64, len(spans))
    starts = offsets[nstarts].tolist()
    ends = (offsets[nends - 1] + 1).tolist()
    nend_list = nends.tolist()
    out: list[_Raw] = []
    last_end = -1
    mixed_case = text != text.lower() and text != text.upper()
    acronyms = gaz.acronyms
    for i, ((nstart, kid), start, end, nend) in enumerate(
        zip(spans, starts, ends, nend_list, strict=True)
    ):
        if nstart < last_end:
            continue
        areas_only = all(c.kind == "area" for c in gaz.candidates[kid])
        if (
            mixed_case
            and areas_only
            and text[start].islower()
            and _capital_name_inside(spans, starts, ends, nend_list, text, i)
        ):
            # "the upper Kodori Gorge": a name that starts with a capital inside a lower-case
            # one ("Upper Kodori") and runs past it is the name written
            continue
        if (
            mixed_case
            and text[start].islower()
            # (an Arabic article before a capital starts a name: "al-Jawf", "ad-Dali")
            and _ARABIC_ARTICLE.match(text, start) is None
            and (
                # (a named area of three words or more may be all lower case: "the seven
                # occupied districts", "семь районов вокруг Карабаха")
                # (or in quotes: "так звану «вільну зону»")
                (
                    text[start:end].islower()
                    and not (
                        areas_only
                        and (
                            keys[kid].count(" ") >= 2
                            or (
                                text[start - 1 : start] in "«\"“„"
                                and _CYRILLIC_LOWER.match(text, start) is not None
                            )
                        )
                    )
                )
                or not (_CYRILLIC_LOWER.match(text, start) or areas_only)
            )
        ):
            # A name starts with a capital, but "сектор Газа" and a named area's
            # "the districts around Nagorno-Karabakh", "southern Kuril Islands" have it inside.
            continue
        if mixed_case and text[start].islower() and _compass_of_unit(gaz, keys[kid]):
            continue  # "western Tigray" is Tigray's west; "Western Tigray" the named area
        if kid in acronyms and not text[start:end].isupper():
            continue
        if (
            kid not in acronyms
            and end - start <= 3
            and text[start:end].isupper()
            and _CYRILLIC_WORD.match(text, start)
        ):
            continue  # "ГУР", "СБУ": an abbreviation, not a short name in capitals
        if _crosses_break(text, start, end):
            continue
        comma = text.find(",", start, end)
        if (
            comma >= 0
            and key_id(gaz, normalize(text[start:comma])) is not None
            and not _ABBREVIATION_AFTER_COMMA.match(text, comma)
        ):
            # "LEH, Ladakh —": a town and its unit, each a name, not one name "Leh-Ladakh"
            # (but "Washington, D.C.")
            continue
        raw = _Raw(start, end, keys[kid], gaz.candidates[kid])
        if _CITY_WORD_KEY.match(raw.key):
            # "місто Севастополь" is a unit's name, but the name written is "Севастополь":
            # the word "місто" is a cue, as "the city of" is
            raw.start = _NEXT_WORD.search(text, start, end).end()
        elif (pm := _PRINCELY_KEY.match(raw.key)) is not None:
            # "the princely state of Jammu and Kashmir", "княжества Джамму и Кашмир": the
            # name written is "Jammu and Kashmir", the rest says which Kashmir it is
            for _ in pm.group(1).split():
                raw.start = _NEXT_WORD.search(text, raw.start, end).end()
        out.append(raw)
        last_end = nend
    if _DISTRICTS_WORD.search(text):
        out = _district_lists(text, out, gaz)
    return _drop_name_parts(text, out)


def _crosses_break(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` runs across what no name runs across.

    A spaced dash, a quote mark inside it, a sentence's end or a hashtag: "Крупнейшие
    города — Севастополь", "безопасность республики». Абхазия", "only works in Jammu.
    #Kashmir".
    """
    return bool(
        _SPACED_DASH.search(text, start, end)
        or _QUOTE_MARK.search(text, start + 1, end - 1)
        or _SENTENCE_INSIDE.search(text, start, end)
    )


def _capital_name_inside(
    spans: list[tuple[int, int]],
    starts: list[int],
    ends: list[int],
    nends: list[int],
    text: str,
    i: int,
) -> bool:
    """Whether a name that starts inside match ``i`` with a capital runs past its end.

    ``spans`` are (start in the normalised text, key id), sorted by start; ``starts`` and
    ``ends`` their bounds in ``text``, ``nends`` their ends in the normalised text.
    """
    j = i + 1
    while j < len(spans) and spans[j][0] < nends[i]:
        if (
            nends[j] > nends[i]
            and text[starts[j]].isupper()
            and not _crosses_break(text, starts[j], ends[j])
        ):
            return True
        j += 1
    return False


#: A plural district word, and the singular of its case ("райони" -> "район").
_DISTRICT_PLURALS = {
    "райони": "район", "районів": "району", "районах": "районі", "районам": "району",
    "районами": "районом", "районы": "район", "районов": "района",
    "districts": "district", "raions": "raion", "hromadas": "hromada",
    "municipalities": "municipality", "counties": "county", "reefs": "reef",
    "shoals": "shoal", "islets": "islet",
}  # fmt: skip
_PLURAL_NOUN = (
    r"район(?:и|ів|ах|ам|ами|ы|ов)|districts|raions|hromadas|municipalities|counties|reefs|"
    r"shoals|islets"
)
_DISTRICTS_WORD = re.compile(rf"(?i)(?<!\w)(?:{_PLURAL_NOUN})(?!\w)")
_DISTRICT_LIST = re.compile(
    r"(?P<list>(?:[A-ZА-ЯІЇЄҐЁ][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|та|і|й|и)\s+))+)"
    rf"(?P<last>[A-ZА-ЯІЇЄҐЁ][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?P<noun>(?i:{_PLURAL_NOUN}))(?!\w)"
)
_LIST_NAME = re.compile(r"[A-ZА-ЯІЇЄҐЁ][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")
_RUSSIAN_LETTERS = re.compile("[ыэъё]")


def _district_lists(text: str, raws: list[_Raw], gaz: _Gazetteer) -> list[_Raw]:
    """``raws`` with the districts of a list that shares one plural district word.

    "Каховський, Скадовський та Генічеський райони", "the Kupiansk and Chuhuiv
    districts": each name with the word in the singular of its case is a district the
    name index holds ("Каховський район"); the last one's span takes the plural word.
    """
    found: list[_Raw] = []
    for m in _DISTRICT_LIST.finditer(text):
        noun = m.group("noun").lower()
        russian = noun in ("районы", "районов") or (
            noun in ("районах", "районам", "районами") and _RUSSIAN_LETTERS.search(m.group(0))
        )
        singular = "районе" if russian and noun == "районах" else _DISTRICT_PLURALS[noun]
        names = [(n.start(), n.end()) for n in _LIST_NAME.finditer(text, m.start(), m.end("list"))]
        names.append((m.start("last"), m.end("last")))
        for k, (a, b) in enumerate(names):
            key = normalize(f"{text[a:b]} {singular}")
            kid = key_id(gaz, key)
            if kid is None and (space := text.rfind(" ", a, b)) > 0:
                # "In Kupiansk and Chuhuiv districts": the name is the last word
                a = space + 1
                key = normalize(f"{text[a:b]} {singular}")
                kid = key_id(gaz, key)
            if kid is None or not any(c.kind in ("area", "region") for c in gaz.candidates[kid]):
                continue  # (a district can be a first-level unit: Azerbaijan's "Lachin")
            end = m.end() if k == len(names) - 1 else b
            found.append(_Raw(a, end, key, gaz.candidates[kid]))
    if not found:
        return raws
    kept = [r for r in raws if not any(r.start < f.end and f.start < r.end for f in found)]
    return sorted(kept + found, key=lambda r: r.start)


_CITY_WORD_KEY = re.compile(r"(?:місто|міста|місті|містом|місту|город|города|городе|городом) ")
_NEXT_WORD = re.compile(r"\s+(?=\S)")
_PRINCELY_KEY = re.compile(r"(princely state of |княжеств\w* |князівств\w* )")
#: A capitalised word glued to a match by a hyphen: "Зала-Амбеси".
_HYPHEN_WORD_AFTER = re.compile(r"-[^\W\d_a-zа-яёіїєґ]")


def _drop_name_parts(text: str, raws: list[_Raw]) -> list[_Raw]:
    """``raws`` without the units and cities that start a longer hyphenated name.

    "поблизу Бадме та Зала-Амбеси" names a town, not Hungary's Zala county. A country stays
    ("Israel-Hamas war"), and so does a match glued to another match ("Russia-Ukraine",
    "Kherson-Zaporizhzhia") or to a lower-case word ("Kyiv-based").
    """
    if "-" not in text:
        return raws
    starts = {r.start for r in raws}
    out = []
    for r in raws:
        glued = _HYPHEN_WORD_AFTER.match(text, r.end) is not None and r.end + 1 not in starts
        if glued and not any(c.kind == "country" for c in r.cands):
            continue
        out.append(r)
    return out


#: "the Danube and ": one name after "the", then "and", before a river's or zone's name.
_THE_ONE_AND_BEFORE = re.compile(r"(?<!\w)the\s+[A-Z][\w-]+\s+and\s+$")
#: Zones and rivers that units are named after, which "the" before the name means.
_NAMED_LIKE_UNITS_AFTER_THE = en.ZONES_NAMED_LIKE_UNITS | en.RIVERS_NAMED_LIKE_UNITS
_SPACED_DASH = re.compile(r"\s[—–-]\s")
#: After a comma inside a name: an abbreviation that belongs to it ("Washington, D.C.").
_ABBREVIATION_AFTER_COMMA = re.compile(r",\s*[A-Z]\.")
#: A lake, river or sea before a name, in Russian or Ukrainian ("озера Чад", "річки Дніпро").
_CYR_WATER_BEFORE = re.compile(
    r"(?<![\w-])(?:озер[оаіеу]|озером|річк[аиуі]|річкою|рек[аиуе]|рекой|море|моря|мор[іе]|"
    # a river's delta, mouth, lower reaches or bed: "у дельті Дніпра", "в низовьях Днепра"
    r"дельт[аіиеуы]|гирл[аіоу]|пониззі|пониззя|низов['’ʼ]?[яї]\w*|низовь\w+|русл[оіаеу])\s+$"
)
#: A town named as its river ("Дніпро", "Днепр"), in any case; "на Дніпрі", "через
#: Днепр", "за Дніпром" are the river's (a town is "у Дніпрі", "в Днепре").
_RIVER_TOWN_KEY = re.compile(r"(?:дніпр|днепр)(?:о|а|у|і|ом|е)?")
_RIVER_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:на|через|за|вздовж|уздовж|вдоль|"
    # "разделена Днепром", "розділена Дніпром", "левый берег Днепра", "русло Дніпра"
    r"(?:раз|роз|по)діл\w*|раздел\w*|перерізан\w*|перерезан\w*|омыва\w*|омива\w*|"
    r"берег\w*|берез\w*|русл\w*|гирл\w*|усть\w*|устя|течени\w*|течі\w*)\s+$",
    re.IGNORECASE,
)
_QUOTE_MARK = re.compile(r"[«»\"“”„]")
#: Inside a match: a sentence's end after a word (not "St. Petersburg"), or a hashtag.
#: (not an abbreviation of Natural Earth's short names: "Dem. Rep. Congo", "S. Geo. and
#: the Is.", "St. Vin. and Gren.")
_SENTENCE_INSIDE = re.compile(
    r"(?<![^\W\d_])(?!(?:Dem|Rep|Geo|Vin|Gren|Ter)\.)[^\W\d_]{3,}[.!?;]\s|[#@]"
)
#: A unit word as it ends a normalised key ("краі" for "краї", "области", "регіону").
_UNIT_WORD_KEY = re.compile(
    r"кра[иіюяе]\w*|област\w*|регион\w*|регіон\w*|провинци\w*|провінці\w*|мухафаз\w*|"
    r"воєводств\w*|воеводств\w*|"
    r"oblast\w*|krai|kray|voivodeship|province|governorate|region|county|prefecture|"
    r"department|state|wilaya|vilayet|ostan|oblys|judet|megye"
)
_COMPASS_LOWER = frozenset(
    "west east north south western eastern northern southern central".split()  # noqa: SIM905
)


def _compass_of_unit(gaz: _Gazetteer, key: str) -> bool:
    """True for a key made of a compass word and a unit's name ("western tigray")."""
    first, _, rest = key.partition(" ")
    if first not in _COMPASS_LOWER or not rest:
        return False
    kid = key_id(gaz, rest)
    return kid is not None and any(c.kind in ("region", "entity") for c in gaz.candidates[kid])


def _prev_word(text: str, start: int) -> tuple[str, int]:
    """The word before ``start`` (its text and start), or ("", start)."""
    lo = max(0, start - 40)
    head = text[lo:start]
    stripped = head.rstrip()
    if not stripped or len(stripped) == len(head):
        return "", start
    cut = max(stripped.rfind(" "), stripped.rfind("\n"), stripped.rfind("\t"))
    word = stripped[cut + 1 :]
    if cut < 0 and lo > 0:
        return "", start  # a word longer than the window
    return word, lo + cut + 1


_INSTITUTION_AFTER = re.compile(
    rf"(?i)(?:\s+|-)(?:{_alt(lang.merged_tuple('INSTITUTION_AFTER'))})(?!\w)"
)
# "Moscow State University", "Kyiv Polytechnic Institute": capitalised words, then one.
_INSTITUTION_RUN = re.compile(
    rf"(?:\s+[A-Z][\w'’-]*){{1,3}}?\s+(?i:{_alt(lang.merged_tuple('INSTITUTION_AFTER'))})(?!\w)"
)
#: After the first of two names: the second, then the word of an institution both share.
_LISTED_INSTITUTION = re.compile(
    rf"\s+(?:and|&)\s+[A-Z][\w'’-]*\s+(?i:{_alt(lang.merged_tuple('INSTITUTION_AFTER'))})(?!\w)"
)
_INSTITUTION_BEFORE = re.compile(
    rf"(?i)\b(?:{_alt(lang.merged_tuple('INSTITUTION_BEFORE'))})\s+(?:of|on)\s+(?:the\s+)?$"
)
_EVENT_AFTER = re.compile(rf"(?i)\s+(?:{_alt(en.EVENT_AFTER)})(?!\w)")
# Case-sensitive: "the Armed Forces of" a name, not "the forces of" a place.
_ORGANISATION_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_alt(en.ORGANISATION_BEFORE)})\s+(?:(?:for\s+the\s+)?of|for)\s+(?:the\s+)?$"
)
#: A capitalised name of a peacekeeping or monitoring mission before its place.
_MISSION_BEFORE = re.compile(
    r"(?<![\w-])(?:UN|[A-Z][a-z]+)\s+(?:Force|Mission|Operation)\s+(?:for|in)\s+(?:the\s+)?$"
    # "the Doha Document for Peace in Darfur"
    r"|(?<![\w-])(?:Document|Agreement|Accord|Framework)\s+for\s+Peace\s+in\s+$"
)
_QUOTED_NAME_BEFORE = re.compile(r"[«„\"“][A-ZА-ЯІЇЄҐЁ][^«»\"“”]{0,30}[»\"”] ?$")
_TITLE_BEFORE = re.compile(rf"(?i)\b(?:{_TITLE_WORDS})\.?\s+$")
_TITLES = frozenset(_TITLE_WORDS.split("|"))
_CAPITALISED_AFTER = re.compile(r" ([A-Z][\w'’-]*)")
#: Given names that are also towns ("Владимир", "Володимир", "София"), in any case.
_CYR_GIVEN_NAME = re.compile(
    r"(?:владимир|володимир|софи|софі|виктори|вікторі|джорджи|джорджі|александри|олександрі|"
    r"абии|абіи|абия)"
    r"\w*"
)
_CYR_CAPITALISED_AFTER = re.compile(r" [А-ЯІЇЄҐЁ][а-яіїєґё'’-]+")
#: A surname right after a name, by its ending: "-ич" ("Радоичича", "Вучичу"), "-енко",
#: "-швили", "-дзе" (a place named after a place takes a comma or a conjunction between).
_CYR_SURNAME_AFTER = re.compile(
    r" [А-ЯІЇЄҐЁ][а-яіїєґё'’-]*(?:[иі]ч(?:а|у|ем|еві|ові)?|енк[оауі]|енком|швили|швілі|"
    r"дзе)(?![а-яіїєґё'’-])"
)
_KEEP_AFTER = en.KEEP_AFTER | _OFFICE_WORDS | _FUNCTION_WORDS


#: A lower-case word and a space right before a name: "promised Japan".
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’-])[a-z]+\s+$")


def _name_part(
    text: str,
    raw: _Raw,
    starts: set[int],
    mixed_case: bool,
    ends: frozenset[int] | set[int] = frozenset(),
    countries: dict[int, int] | None = None,
    given: tuple[set[int], dict[int, int]] = (set(), {}),
    lands: tuple[dict[int, frozenset[str]], dict[int, frozenset[str]]] = ({}, {}),
) -> bool:
    """True when a match is one word of a longer proper name, not a place.

    A place name is part of a longer name (a person, a team, a newspaper, a treaty)
    when a title precedes it ("Queen Victoria", "Lake Chad"); when a treaty or
    institution word follows or precedes it ("the Istanbul Convention", "the Minsk
    agreements", "the Treaty of Paris"); and, in mixed-case text, when it is joined by a
    bare space to a capitalised word that is neither a function word nor a word that
    keeps it a place ("Victoria Nuland", "Georgia Tech", "Kherson Airport" stays): two
    proper nouns side by side are one name. That holds when the neighbour is a place name
    too ("Paris Jackson", "Chad Houston"): places in a row take a comma or "and". A name
    that is also a common first name drops, as before, after a capitalised word too
    ("Michael Jordan").
    """
    word, wstart = _prev_word(text, raw.start)
    if text[raw.start : raw.end] == "US" and word in _US_PRONOUN_BEFORE:
        return True  # "LET US GO", "TELL US WHAT": the pronoun in capitals, no country
    new = word.lstrip("'\"‘“«(")
    if (
        new in _NEW_WORDS
        and text[wstart + len(word) : raw.start] == " "
        # "Greater London" is London's; "Greater Tibet", "Greater Albania" are claims
        and (new != "Greater" or all(c.kind != "city" for c in raw.cands))
    ):
        return True  # "New Guinea", "New England states", "'Greater Tibet'": another name
    if (
        new in _COMPASS_WORDS
        and text[wstart + len(word) : raw.start] == " "
        and all(c.kind != "country" for c in raw.cands)
    ):
        # "West Kordofan", "Western Tigray", "Northern Basque Country": a capitalised
        # compass word makes a longer name the index does not hold, not the unit it
        # contains ("Eastern Ukraine" is still Ukraine; "western Tigray" is Tigray's west).
        return True
    if (isb := _IS_BEFORE.search(text, max(0, raw.start - 20), raw.start)) and not (
        isb.group(0).strip() == "IS" and text[raw.start : raw.end].isupper()
    ):
        # "Islamic State Sahel Province", "IS Sahel": the group's branch, no place (not a
        # headline's "WHY CRIMEA IS UKRAINE")
        return True
    if _titled_in_quotes(text, raw.start, raw.end) or _ship_named_alike(text, raw):
        return True  # телеканал «Крым 24», батальйон «Донбас», партія «Разом за Каталонію»
    if _work_of_someone(text, raw.start, raw.end, ends):
        return True  # Led Zeppelin's "Kashmir", the Eagles' "Hotel California": a title
    if text[raw.end : raw.end + 1] == "," and _BRAND_APPOSITION.match(text, raw.end):
        return True  # "Patagonia, the outdoor-clothing brand, ...": a company, no place
    if (
        raw.start
        and text[raw.start - 1] in "«„“\""
        and _ADJECTIVE_TITLE.fullmatch(text[raw.start - 1 : raw.start + 60], 1)
        and all(c.kind == "city" for c in raw.cands)
    ):
        # "«Українська правда»": an adjective that opens a quoted title of common nouns
        # (Ukrainsk's genitive is "Українська"), no town (a quoted unit, entity or area,
        # "«Свободная зона»", "«Луганська народна республіка»", stays)
        return True
    if _CYR_OFFICE_BEFORE.search(text, max(0, raw.start - 40), raw.start) or (
        _OFFICE_AFTER.match(text, raw.end)
    ):
        # "Прокуратура Харьковской области", "Народное собрание Гагаузии", "the Sumy
        # Oblast Prosecutor's Office": an office of the place, no mention of it
        return True
    if (
        raw.key in _COMMON_WORDS
        and mixed_case
        and not raw.unit_word  # not past its own unit word: "Plateau State's Bokkos"
        and (cap := _CAPITALISED_AFTER.match(text, raw.end))
        and cap.group(1).lower() not in _KEEP_AFTER
    ):
        # "the two provinces of Central Visayas": an everyday word before a capitalised
        # one begins a longer name, whatever cue stands before it
        return True
    if raw.suffix or raw.city_cue:
        return False
    last = word.lower().rstrip(".")
    if last in _TITLES and _TITLE_BEFORE.search(text, max(0, raw.start - 30), raw.start):
        return True
    if last in ("of", "on", "the") and _INSTITUTION_BEFORE.search(
        text, max(0, raw.start - 40), raw.start
    ):
        return True
    if (
        last in ("of", "the", "for")
        and _ORGANISATION_BEFORE.search(text, max(0, raw.start - 40), raw.start)
        and all(c.kind != "country" for c in raw.cands)
    ):
        return True  # "the Movement of Democratic Forces of Casamance": an organisation
    if _CYR_ORGANISATION_BEFORE.search(text, max(0, raw.start - 60), raw.start) and all(
        c.kind != "country" for c in raw.cands
    ):
        return True  # "Фронт национального освобождения Огадена": an armed group's name
    if last in ("for", "in", "the") and _MISSION_BEFORE.search(
        text, max(0, raw.start - 40), raw.start
    ):
        return True  # "the UN Interim Security Force for Abyei": a mission's name
    owned = text[raw.end - 2 : raw.end - 1] in "'’ʼʹ"  # "Nineveh's provincial council"
    if (
        not owned
        and (
            _INSTITUTION_AFTER.match(text, raw.end)
            or _INSTITUTION_RUN.match(text, raw.end)
            # "the Minsk and Istanbul agreements", "the Sinaloa and Jalisco cartels"
            or _LISTED_INSTITUTION.match(text, raw.end)
        )
        # "подписала с Абхазией договор": the partner a treaty is signed with
        and not _WITH_BEFORE.search(text, max(0, raw.start - 4), raw.start)
        # "the Habomai group", "the Pratas Islands group": a group of islands
        and not (_GROUP_AFTER.match(text, raw.end) and all(c.kind == "area" for c in raw.cands))
    ):
        return True
    if not owned and _ORGANISATION_AFTER.match(text, raw.end):
        return True  # "the West Papua National Liberation Army": an armed group's name
    if last == "the" and _EVENT_AFTER.match(text, raw.end):
        return True  # "the Istanbul talks", "the Moskva cruiser": named after the place
    if text[raw.start - 1 : raw.start] in "«\"“„" and _QUOTED_REST.match(text, raw.end):
        return True  # «Донбас Арена», "Kherson Palace": a quoted name the place begins
    if _QUOTED_NAME_BEFORE.search(text, max(0, raw.start - 40), raw.start):
        return True  # «Динамо» Київ, "Shakhtar" Donetsk: a quoted name, then its city
    if _STREET_BEFORE.search(text, max(0, raw.start - 30), raw.start):
        return True  # "Plaça de Catalunya", "Kyiv Avenue"'s kin: a street or a square
    if _ROMANCE_OF_AFTER.match(text, raw.end):
        return True  # "Cordillera del Cóndor", "Santiago de Compostela": a longer name
    if _ROMANCE_OF_BEFORE.search(text, max(0, raw.start - 40), raw.start):
        return True  # "Antonio José de Sucre", "Santiago de Chile": the end of a longer name
    if text[raw.start - 1 : raw.start] == "-":
        if _ARABIC_COMPOUND_BEFORE.search(text, max(0, raw.start - 30), raw.start):
            return True  # "Ras al-Ain", "Bab al-Hawa": a name, its article, then this word
        hyphen = _HYPHENED_BEFORE.search(text, max(0, raw.start - 30), raw.start)
        if hyphen and hyphen.start() not in starts and hyphen[1].lower() not in _PREFIXES:
            return True  # "Crans-Montana", "Кран-Монтане": the second half of a longer name
    if not mixed_case:
        return False
    if _CYR_GIVEN_NAME.fullmatch(raw.key) and _CYR_CAPITALISED_AFTER.match(text, raw.end):
        return True  # "Владимир Путин", "Володимира Зеленського": a person, not the town
    if _CYRILLIC_WORD.match(raw.key) and _CYR_SURNAME_AFTER.match(text, raw.end):
        return True  # "групою Мілана Радоичича": a given name before a surname
    if (
        len(raw.key) <= 3
        and _CYRILLIC_WORD.match(raw.key)
        and not text[raw.start : raw.end].isupper()  # not "ЛНР Леонид Пасечник"
        and (cap := _CYR_CAPITALISED_AFTER.match(text, raw.end)) is not None
        and cap.start() + 1 not in starts
    ):
        # "Чин Ен Гук заявил": a name of three letters before a capitalised word that
        # names no place is a syllable of a person's name, not Chin State
        return True
    after = _CAPITALISED_AFTER.match(text, raw.end)
    possessive = text[raw.end - 2 : raw.end - 1] in "'’ʼʹ" or text[raw.end - 1] in "'’ʼʹ"
    if countries and raw.start in countries:
        nxt = _SPACES_AFTER.match(text, raw.end).end()
        if nxt in countries or _word_ends_country(countries, wstart, word):
            return False  # "of Ukraine Russia controls": two countries, two places
    # "Kharkiv Ukraine", "Zurich Switzerland": a place, then the country it lies in, is
    # two places (not "Florida Georgia Line", "Georgia May Jagger")
    by_start, by_end = lands
    if by_start:
        nxt_at = _SPACES_AFTER.match(text, raw.end).end()
        if (
            nxt_at in by_start
            and all(c.kind != "country" for c in raw.cands)
            and by_start[nxt_at] & {c.country for c in raw.cands}
        ):
            return False
    if (
        raw.start in by_start
        and text[wstart + len(word) : raw.start] == " "
        and by_start[raw.start] & by_end.get(wstart + len(word), frozenset())
        and wstart not in by_start
    ):
        return False  # ... and the country after the place
    territories, nations = given
    if raw.start in nations:
        nxt = _SPACES_AFTER.match(text, raw.end).end()
        if nxt in territories and _LOWER_WORD_BEFORE.search(
            text, max(0, raw.start - 30), raw.start
        ):
            # "promised Japan Shikotan", "handed China Tarabarov Island": after a verb, a
            # country and the territory it is given are two places
            return False
    if (
        raw.start in territories
        and _word_ends_country(nations, wstart, word)
        and _LOWER_WORD_BEFORE.search(text, max(0, wstart - 30), wstart)
    ):
        return False  # ... and so is the territory
    if (
        after
        and after.group(1).lower() not in _KEEP_AFTER
        and not possessive
        # "in Pokrovsk Raion Russian troops": a name that ends in its unit word is whole
        and raw.key.rsplit(" ", 1)[-1] not in _NAMED_UNIT_ENDS
    ):
        return True
    if (
        # the word before begins or ends a place ("Російської Федерації ДНР")
        (wstart in starts or wstart + len(word) in ends)
        and _CYRILLIC_WORD.match(word)
        and _CYRILLIC_WORD.match(raw.key)
        and not _CYR_CAPITALISED_AFTER.match(text, raw.end)  # "Эфиопии Абий Ахмед"
    ):
        # "поверне Україні Крим", "в состав Российской Федерации ДНР": in Cyrillic two
        # places side by side in their cases are two names (dative, accusative), not one
        return False
    if raw.key.rsplit(" ", 1)[-1] in _NAMED_UNIT_ENDS or _CYR_UNIT_END.search(raw.key):
        # "село Юнаківка Сумського району", "Vovchansk Chuhuiv Raion": a village before its
        # district, the district named whole by its unit word
        return False
    return bool(
        word[:1].isupper()
        and word.isalpha()
        and word.lower() not in _FUNCTION_WORDS
        # "після підриву ГЕС Кримський півострів": a Cyrillic acronym ends its own name
        # (not before a person's name: "голова ОВА Артем Лисогор")
        and not (
            word.isupper()
            and len(word) > 1
            and _CYRILLIC_WORD.match(word)
            and not _CYR_CAPITALISED_AFTER.match(text, raw.end)
        )
        and text[wstart + len(word) : raw.start] == " "
        and (
            wstart in starts
            or raw.key in _PERSON_NAMES
            or (
                # "Chad Michael Murray": a capitalised word before a town or region that
                # is neither a sentence's first word nor an adjective ("Soviet Ukraine").
                all(c.kind != "country" for c in raw.cands)
                and not word.lower().endswith(_ADJECTIVE_ENDINGS)
                # "Dutch Limburg": a demonym says whose unit it is ("French Flanders",
                # of no French unit, is a longer name)
                and en.DEMONYMS.get(word.lower()) not in {c.country for c in raw.cands}
                and not _SENTENCE_START.search(text, max(0, wstart - 3), wstart)
            )
        )
    )


_SPACES_AFTER = re.compile(r" ?")
#: A quoted title after a possessive: Led Zeppelin's "Kashmir", Wim Wenders' "Paris,
#: Texas", the Eagles' "Hotel California".
_POSSESSED_TITLE = re.compile(
    r"[A-Za-z](?P<poss>['’]s|s['’])\s+[\"“]([^\"”\n]{1,80})[\"”]"
)
#: After a name: an apposition that makes it a company, a brand or a work, not a place.
_BRAND_APPOSITION = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:brand|company|firm|retailer|label|film|"
    # (not "a band of about 114,000 km²", "a chain of reefs": ground)
    r"movie|song|album|novel|club|team|newspaper|magazine|airline|carmaker|startup)\b"
    r"(?!\s+of\b)"
)


def _work_of_someone(
    text: str, start: int, end: int, ends: frozenset[int] | set[int] = frozenset()
) -> bool:
    """Whether ``text[start:end]`` lies in a quoted title after a possessive.

    Not after a place's possessive: Ukraine's "Kursk operation" names Kursk.
    """
    lo = max(0, start - 90)
    before = text[lo:start]
    if '"' not in before and "“" not in before:
        return False  # (most names: no quote opens before them)
    return any(
        m.start(2) <= start and end <= m.end(2) and m.end("poss") not in ends
        for m in _POSSESSED_TITLE.finditer(text, lo, min(len(text), end + 90))
    )


def _word_ends_country(countries: dict[int, int], wstart: int, word: str) -> bool:
    """Whether the word before a match is the end of a country's name found there."""
    return countries.get(wstart) == wstart + len(word)


#: Last words of a named place's name that end it ("Pokrovsk Raion", "Sinjar District").
_NAMED_UNIT_ENDS = frozenset(
    {"raion", "district", "oblast", "province", "governorate", "region", "county", "hromada"}
)
#: The same in Russian and Ukrainian ("Сумського району", "Курской области").
_CYR_UNIT_END = re.compile(r"(?:раион|район|област|округ|повіт|повит|уезд)\w*$")
_GROUP_AFTER = re.compile(r"(?i)\s+group\b")
#: An armed group's or a movement's name before a place in the genitive: "Армия
#: независимости Качина", "Фронт национального освобождения Огадена".
_CYR_ORGANISATION_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:Фронт\w*|Арми[яиюе]й?|Армі[яїює]|Армією|Движени[еяю]\w*|Рух\w*|"
    r"Парти[яиюей]|Парті[яїює]|Партією|"
    # "Народный фронт освобождения Тыграя": a front named in lower case
    r"(?i:фронт\s+(?:освобождения|визволення|звільнення)))\s+"
    # "Альянс государств Сахеля", "Конфедерації держав Сахелю": a union of states
    r"|(?:Альянс|Конфедераци|Конфедераці)\w*\s+(?:государств|держав)\s+)"
    # "Движение за свободный Ачех": for a free place
    r"(?:(?:за|для)\s+(?:свободн|вільн|независим|незалежн)\w+\s+)?"
    # (words in the genitive between: not "Армия отвела войска из коридора Нецарим")
    r"(?:[а-яіїєґё'’-]+(?:ого|его|ой|ей|ии|ія|ії|ых|их|ения|ення|ости|ості|ства|цтва)\s+){0,3}$"
)
#: Capitalised words after a place that end the name of an armed group or a movement.
_ORGANISATION_AFTER = re.compile(
    r"(?:\s+(?:People['’]s|National|Islamic|Independence|Democratic|Liberation|Defence|Defense|"
    r"Revolutionary|United))*\s+(?:Liberation\s+)?(?:Army|Front|Movement|Union)\b"
    # "the Ambazonia Defence Forces"
    r"|\s+(?:Defen[cs]e|Self-Defen[cs]e|Restoration)\s+Forces\b"
)
# "Islamic State Sahel Province", "IS Sahel", "the Islamic State's Sahel affiliate"
_IS_BEFORE = re.compile(r"(?<![\w-])(?:Islamic\s+State(?:['’]s)?|ISIS|ISIL|IS)\s+$")
#: A noun that names what a quoted title is the name of: a channel, a paper, a unit, a
#: party, a project, an operation ("телеканал «Крым 24»", "бригада «Голани»").
_TITLE_NOUN = re.compile(
    r"(?i)(?<![\w-])(?:теле)?(?:канал|радио|радіо|газет|издани|видання|журнал|агентств|"
    r"информагентств|інформагентств|батальон|батальйон|бригад|полк|дивизи|дивізі|отряд|"
    r"загон|парти|парті|блок|движени|рух|проект|проєкт|операци|операці|фонд|компани|"
    r"компані|клуб|завод|комбинат|комбінат|фестивал|турнир|турнір|корабл|крейсер|фильм|"
    r"фільм|песн|пісн|программ|програм|акци|акці|банк|стадион|стадіон|аэропорт|аеропорт|"
    r"вокзал|газопровод|нефтепровод|трубопровод|издательств|видавництв|"
    # ships: "авіаносці «Шаньдун» і «Фуцзянь»", "БДК «Ямал»"
    r"авіанос|авианос|есмін|эсминц|фрегат|корвет|танкер|судн|бдк|"
    # football clubs: "ФК «Карабах»"
    r"фк|пфк)\w*\s*"
    # ... and the titles listed after the first: "«Шаньдун» і «"
    r"(?:[«„“\"][^»”\"]{1,30}[»”\"]\s*(?:,|і|и|й|та|and|&)\s*)*$"
)
_OPEN_QUOTE = re.compile(r"[«„“\"]")
#: After an opening quote: a Cyrillic adjective and lower-case words to the closing quote.
_ADJECTIVE_TITLE = re.compile(
    r"(?<=[«„“\"])[А-ЯІЇЄҐЁ][а-яіїєґё'’-]*(?:ськ|цьк|зьк|ск|цк|н)(?:а|ий|е|ая|ое|ые|і)"
    r"(?:\s+[а-яіїєґё'’-]+){1,3}[»”\"].*",
    re.S,
)
_CLOSE_QUOTE = re.compile(r"[»”\"]")


def _titled_in_quotes(text: str, start: int, end: int) -> bool:
    """Whether a name stands inside a quoted title after the noun it names.

    "телеканал «Крым 24»", "батальйону «Донбас»", "проект «Сахалин-2»": the title of a
    channel, a unit or a project, no mention of the place. Quoted speech is no title: only
    a quote of at most five words right after such a noun counts.
    """
    lo = max(0, start - 40)
    opens = [m.start() for m in _OPEN_QUOTE.finditer(text, lo, start)]
    if not opens:
        return False
    q0 = opens[-1]
    if _CLOSE_QUOTE.search(text, q0 + 1, start) and text[q0] != '"':
        return False  # the quote closed before the name
    close = _CLOSE_QUOTE.search(text, end, min(len(text), end + 40))
    if close is None or len(text[q0 + 1 : close.start()].split()) > 5:
        return False
    return _TITLE_NOUN.search(text, max(0, q0 - 30), q0) is not None


def _ship_named_alike(text: str, raw: _Raw) -> bool:
    """True for a province's name quoted alone in a text that names a warship so.

    "Авіаносець «Шаньдун» ... Тим часом «Ляонін» перебував ...": another ship's name
    (not a quoted named area: "жителі «Донбасу»").
    """
    if not raw.cands or any(c.kind not in ("region", "city") for c in raw.cands):
        return False
    # (the warship named within an article's length of the name: a long text of many
    # articles is searched around each name, not whole for each)
    lo, hi = max(0, raw.start - _SHIP_WINDOW), raw.end + _SHIP_WINDOW
    if text[raw.start - 1 : raw.start] in "«„“\"" and text[raw.end : raw.end + 1] in "»”\"":
        return _VESSEL_TITLE.search(text, lo, hi) is not None
    # "the aircraft carrier Shandong ... while the Liaoning operated": "the" and a
    # province's bare name, in a text that names a warship so
    return (
        raw.suffix is None
        and text[max(0, raw.start - 4) : raw.start] in ("the ", "The ")
        and _EN_VESSEL_NAMED.search(text, lo, hi) is not None
    )


#: How far from a quoted or bare province name a warship's noun is looked for (characters).
_SHIP_WINDOW = 3000


#: A warship's noun before its name: "the aircraft carrier Shandong", "carrier, the Fujian".
_EN_VESSEL_NAMED = re.compile(
    r"(?i:aircraft\s+carriers?|carriers?|destroyers?|frigates?|cruisers?|warships?)"
    r",?\s+(?:the\s+)?[A-Z]"
)
#: A warship's noun before a quoted name: "авіаносець «Шаньдун»", "крейсер «Москва»".
_VESSEL_TITLE = re.compile(
    r"(?i)(?<![\w-])(?:авіанос|авианос|есмін|эсминц|фрегат|корвет|крейсер|корабл)\w*\s*[«„“\"]"
)


#: An office of a place before it, in Russian or Ukrainian.
_CYR_OFFICE_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:прокуратур\w*|поліці\w*|полици\w*|(?:народн\w+\s+)?собрани\w*|"
    # "сообщил оперштаб Кубани": the operational headquarters, no place
    r"оперштаб\w*)\s+$"
)
#: An office named after a place: "the Sumy Oblast Prosecutor's Office".
_OFFICE_AFTER = re.compile(
    r"['’]?s?\s+Prosecutor(?:['’]s)?\s+Office\b"
    # "the Borno State Government said", "the Zamfara State Police Command", "the Kano
    # State House of Assembly": a body of the state's, named after it (after its unit word)
    r"|(?<=State)\s+(?:Government|Police\s+(?:Command|Service)|House\s+of\s+Assembly|"
    r"Emergency\s+Management\s+Agency|High\s+Court|Judiciary)\b"
)
_QUOTED_REST = re.compile(r"[ -][A-ZА-ЯІЇЄҐЁ][\w'’-]*(?:\s+[\w'’-]+){0,3}[»\"”]")
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")
_NEW_WORDS = frozenset({"New", "Greater", "Nueva", "Nuevo", "Nova", "Novo"})
_COMPASS_WORDS = frozenset(
    {"West", "East", "North", "South", "Western", "Eastern", "Northern", "Southern"}
)
_ADJECTIVE_ENDINGS = ("an", "ese", "ish", "ern", "ic", "i", "al", "ed")
_STREET_BEFORE = re.compile(
    r"(?<!\w)(?:Plaça|Plaza|Praça|Place|Piazza|Platz|Calle|Carrer|Rua|Rue|Avenida|Avinguda|"
    r"Boulevard|Bulevar|Street|Avenue|Square|вулиц[яіею]|улиц[аеуы]|проспект\w*)"
    r"\s+(?:(?:de|del|des|du|do|da|di|of)\s+(?:la\s+|les\s+|los\s+|the\s+)?)?$"
)
# A capitalised word joined to the match by a hyphen; a place ("Russia-Ukraine") or a
# combining form ("Sino-", "Indo-") before the hyphen keeps the match a place.
_HYPHENED_BEFORE = re.compile(r"(?<![\w'’-])([A-ZА-ЯІЇЄҐЁ][\w'’]*)-$")
_PREFIXES = _words(
    """
    indo sino russo anglo franco greco austro turco afro euro pan pro anti ex post pre non
    trans mid neo north south east west central greater upper lower
    """
)
# A capitalised word and an Arabic article before the match: "Ras al-Ain" is one name. The
# article alone ("al-Hasakah") is the match's own.
_ARABIC_COMPOUND_BEFORE = re.compile(
    r"(?<!\w)[A-Z][\w'’]*\s+(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|ez|en|et|ul)-$"
)
# An Arabic article joined to the name by a hyphen, with no other word of the name before.
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh)-$")
_ROMANCE_OF_AFTER = re.compile(r" (?:de|del|de la|do|da|dos|das|di|du|des) [A-ZÁÉÍÓÚÑÇ]")
_ROMANCE_OF_BEFORE = re.compile(
    # (not English "do": "Why do India and Pakistan fight")
    r"(?<![\w'’-])[A-ZÁÉÍÓÚÑÇ][a-záéíóúñç]+ (?:de|del|de la|da|dos|das|di|du) $"
)
# A sentence's first word; a dash opens one after a dateline or a time ("SUKHUMI —
# Parliament ...", "10:42 — The ...").
_SENTENCE_START = re.compile(r"(?:^|[.!?…:;\n]\s*|[\"“«(]\s*|[—–] ?| - ?)$")


#: A one-word Cyrillic name in the instrumental case: "Москвой", "Києвом" (normalised,
#: "й" read as "и").
_CYR_INSTRUMENTAL_NOUN = re.compile(r"^[а-яіїєґё'’-]+(?:ой|ои|ою|ом|ем|єм|ею)$")


#: "region", "oblast" or "province" after a city's name: "Dnipro region".
_REGION_WORD_AFTER = re.compile(r"(?i)[ \t\u00a0]+(?:region|oblast|province)(?!\w)")


@functools.cache
def _largest_city_population() -> dict[str, int]:
    """The population of the largest city of each first-level unit (GeoNames)."""
    from geoclaims.boundaries import _cities

    cities = _cities()
    return {str(k): int(v) for k, v in cities.groupby("unit_id")["population"].max().items()}


def _unit_of_its_largest_city(text: str, raw: _Raw) -> tuple[_Cand, ...]:
    """A city's candidates, and its unit's when "region" after it names the unit.

    "Dnipro region", "Kropyvnytskyi region": the unit whose largest city (its centre) the
    name is, though the unit bears another name (Dnipropetrovsk, Kirovohrad). A city that
    is not its unit's largest ("Mariupol region") stays the city.
    """
    if _REGION_WORD_AFTER.match(text, raw.end) is None:
        return raw.cands
    gaz = _gazetteer()
    largest = _largest_city_population()
    extra = [
        _Cand("region", c.unit_id, c.country, unit[1], c.population, True, True, False)
        for c in raw.cands
        if c.unit_id is not None
        and c.unit_id not in gaz.capital_units
        and (unit := gaz.units.get(c.unit_id)) is not None
        and largest.get(c.unit_id) == c.population
    ]
    return (*raw.cands, *extra[:1])


def _units_named_by_word_before(text: str, raw: _Raw) -> tuple[_Cand, ...]:
    """A city's candidates, and its unit's when a unit word before names the unit.

    "у штаті Чіуауа", "в провінції Кандагар": where the gazetteer knows a Cyrillic name
    only as the city's, a state or province noun before it names the unit of that name
    the city lies in (the unit's English name is the city's). ``raw.last`` is that word.
    """
    if not raw.last.startswith(_CYR_UNIT_WORDS):
        return raw.cands
    gaz = _gazetteer()
    extra = []
    for c in raw.cands:
        unit = gaz.units.get(c.unit_id)
        # (not a capital that is a unit of its own: "в штате Мехико" is not Mexico City)
        if (
            unit is not None
            and c.unit_id not in gaz.capital_units
            and normalize(unit[1]) == normalize(c.name)
        ):
            extra.append(
                _Cand("region", c.unit_id, c.country, unit[1], c.population, True, False, False)
            )
    return (*raw.cands, *extra)


#: "district" after a name: the unit's word where the country's first-level units are
#: districts or rayons by their ISO 3166-2 type ("the Lachin district", "Gazakh
#: district", "Jaffna District"); elsewhere a district is a smaller unit ("Bakhmut
#: district" is a raion of Donetsk Oblast), so the word stays out of the name.
_DISTRICT_WORD_AFTER = re.compile(r"(?i)[ \t\u00a0]+(?:districts?)(?P<ent>(?!))?(?!\w)")
_DISTRICT_TYPES = frozenset({"district", "rayon"})


def _district_suffix(text: str, raw: _Raw) -> re.Match[str] | None:
    """The match of a "district" word after ``raw`` when it names its first-level unit."""
    m = _DISTRICT_WORD_AFTER.match(text, raw.end)
    if m is None:
        return None
    units = _gazetteer().units
    regions = [c for c in raw.cands if c.kind == "region"]
    if regions and all(
        _iso_type(units.get(c.unit_id, (None,))[0]) in _DISTRICT_TYPES for c in regions
    ):
        return m
    return None


#: A stretch of a line between sentence ends (". ", "! ", "? ", ": ", " — "), to tell
#: whether it is written in Title Case.
_SEGMENT_END = re.compile(r"[.!?:;]\s|\s[—–]\s|\n")
#: A capitalised word and a space right before a name: "Annexes ".
_CAPITALISED_WORD_BEFORE = re.compile(r"[A-ZА-ЯІЇЄҐЁ][\w'’-]* $")
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")


class _TitleCased:
    """Whether the stretch of text around an offset is written in Title Case.

    A stretch is when it has four words or more besides short function words, and nearly
    all of those (90%) start with a capital ("Russia Annexes Four Regions of Ukraine"): a
    headline. Results are kept per stretch.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends: list[int] | None = None  # where each stretch ends, found on first need
        self.memo: dict[int, bool] = {}

    def __call__(self, pos: int) -> bool:
        text = self.text
        if self.ends is None:
            self.ends = [m.end() for m in _SEGMENT_END.finditer(text)]
        k = bisect.bisect_right(self.ends, pos)
        if k not in self.memo:
            lo = self.ends[k - 1] if k else 0
            hi = self.ends[k] if k < len(self.ends) else len(text)
            words = _WORD.findall(text, lo, hi)
            # (short function words may stay lower-case, as AP and Chicago style keep
            # them: "Russia Lost Nearly a Quarter of Its Territory")
            content = [w for w in words if not (len(w) <= 4 and w.lower() in _FUNCTION_WORDS)]
            upper = sum(w[0].isupper() for w in content)
            self.memo[k] = len(content) >= 4 and upper >= 0.9 * len(content)
        return self.memo[k]


#: The District of Columbia's letters after "Washington": ", DC", ", D.C.".
_DC_AFTER = re.compile(r",\s*D\.?C\.?(?!\w)")
#: Words before "US" in capitals that make it the pronoun ("LET US GO", "JOIN US").
_US_PRONOUN_BEFORE = frozenset(
    "LET TELL GIVE HELP JOIN SHOW SEND CALL CONTACT FOLLOW ASK TEACH EMAIL WRITE".split()  # noqa: SIM905
)


@functools.lru_cache(maxsize=8)
def _title_cased(text: str) -> _TitleCased:
    """The Title Case test of a text, one per text (its stretches are found once)."""
    return _TitleCased(text)


def _cue_then_republics(cur: _Raw, nxt: _Raw) -> bool:
    """True when ``cur`` is a unit only by a cue before its list, which names entities.

    "новые регионы — Донецкая и Луганская народные республики": the list's own plural
    says what its names are, over the word that opened it.
    """
    return cur.suffix == "region" and not cur.unit_word and nxt.suffix == "entity"


def _attach(text: str, raws: list[_Raw]) -> list[_Raw]:
    """Suffix words, possessives, city cues and lists; drops matches a suffix swallowed."""
    for raw in raws:
        if text[raw.end : raw.end + 1] == "." and _DOTTED.fullmatch(text, raw.start, raw.end):
            raw.end += 1  # "the U.S.": the last dot is the abbreviation's
        elif text[raw.end : raw.end + 1] == "." and _DOTTED_END.search(text, raw.start, raw.end):
            raw.end += 1  # "Washington, D.C.": so is the last dot of an abbreviation it ends in
        elif text[raw.end : raw.end + 1] == ")" and "(" in text[raw.start : raw.end]:
            raw.end += 1  # "Sakha (Yakutia)": the name closes its bracket
        words_before = text[max(0, raw.start - 14) : raw.start].split()
        raw.last = words_before[-1].lower() if words_before else ""
        if raw.cands and all(c.kind == "city" for c in raw.cands):
            raw.cands = _units_named_by_word_before(text, raw)
        if raw.cands and all(c.kind == "city" for c in raw.cands):
            raw.cands = _unit_of_its_largest_city(text, raw)
        has_region = any(c.kind in ("region", "entity", "area") for c in raw.cands)
        m = _SUFFIX_AFTER.match(text, raw.end) or _district_suffix(text, raw)
        if (
            m
            and has_region
            and _CYR_INSTRUMENTAL_NOUN.search(raw.key)
            and all(
                c.unit_id in _gazetteer().capital_units
                for c in raw.cands
                if c.kind in ("region", "entity", "area")
            )
        ):
            # "аннексированных Москвой региона": a capital in the instrumental is the
            # agent, and the unit word after it names other units
            m = None
        if (
            len(raw.key) < 3
            and not text[raw.start : raw.end].isupper()
            and not (m and m.group(0).strip()[:1].isupper())
        ):
            # a two-letter name only with its own capitalised unit word: "Wa State", not
            # "the Kokang and Wa regions"
            raw.cands = ()
            continue
        word = m.group(0).strip() if m else ""
        states = (
            [c for c in raw.cands if c.kind == "region" and c.country == "USA"] if word else []
        )
        if states:
            if word.startswith("count"):
                m = None  # "eastern Oregon counties": the state, whose counties they are
            elif (
                word.startswith(("County", "Counties"))
                and has_region
                and len(states) == sum(c.kind == "region" for c in raw.cands)
            ):
                # "Delaware County", "Mississippi County": a US county named after a state
                # is no state (a county that is a first-level unit elsewhere stays:
                # "Harghita County")
                raw.cands = ()
                continue
        if m and has_region:
            raw.suffix = "entity" if m.group("ent") else "region"
            raw.end = m.end()
            raw.unit_word = m.group(0).strip(" \t\u00a0-‐‑–").lower()
        elif m and m.group("ent") and any(c.kind == "city" for c in raw.cands):
            raw.suffix = "entity"
            raw.end = m.end()
        if (
            raw.suffix is None
            and has_region
            and (
                raw.last in ("of", "the", "—", "–")
                or raw.last.endswith(":")
                or raw.last.startswith(_CYR_UNIT_WORDS)
            )
            and (rb := _REGION_BEFORE.search(text[max(0, raw.start - 50) : raw.start]))
            and not (
                # "a breakaway region of Georgia", "the eastern regions of Ukraine": a
                # country's name after a unit word is the country the unit lies in
                # ("the state of Georgia", "Governor Kemp of Georgia" are the state; so is
                # a name right after a Cyrillic unit word, "в штате Нигер").
                any(c.kind == "country" for c in raw.cands)
                and not raw.last.startswith(_CYR_UNIT_WORDS)
                and not rb.group(0).lower().startswith("governor")
                and not _THE_STATE_OF.search(text, max(0, raw.start - 20), raw.start)
            )
        ):
            raw.suffix = "region"
            # the type the unit word before names: "the state of Punjab", "штат Пенджаб",
            # "провінції Пенджаб"
            before_word = rb.group(0).split()[0].lower()
            raw.unit_word = next(
                (t for stem, t in _TYPE_BY_WORD_BEFORE if before_word.startswith(stem)), ""
            )
        if (
            raw.suffix is None
            and has_region
            and (
                _QUESTION_UNIT_AFTER.match(text, raw.end)
                # "Kirkuk, one of Iraq's richest oil provinces": an apposition of the unit
                or _UNIT_CALLED_AFTER.match(text, raw.end)
                or _UNIT_COPULA_AFTER.match(text, raw.end)
            )
        ):
            raw.suffix = "region"  # "What is Belgorod? A Russian border region north of"
        if (
            raw.suffix is None
            and any(c.kind == "entity" for c in raw.cands)
            and all(c.kind in ("entity", "region") for c in raw.cands)
            and any(c.kind == "entity" and not c.acronym for c in raw.cands)
            and len(raw.key.split()) > 1
        ):
            raw.suffix = "entity"
        if raw.suffix is None and not (
            # "Які міста Донеччини": "Донеччина" is the oblast only, never its town
            _REGION_NOUN_FORM.search(raw.key)
            and not any(c.kind == "country" for c in raw.cands)
        ):
            before = text[max(0, raw.start - 40) : raw.start]
            # "the Andalusian city, Colombia's Córdoba": an owner before the place it owns
            owner = _OWNER_AFTER.match(text, raw.end) is not None
            raw.city_cue = not owner and bool(
                (
                    raw.last in _CITY_CUE_LAST
                    and (raw.last not in ("in", "at") or "capital" in before)
                    # ("Административным центром области остаётся Запорожье": a long cue)
                    and _CITY_BEFORE.search(text, max(0, raw.start - 60), raw.start)
                    # "the main cities of Amhara": cities in a province, unless a list of
                    # them follows ("the cities of Donetsk and Luhansk")
                    and not (
                        _PLURAL_OF_BEFORE.search(before)
                        and not _LIST_GOES_ON.match(text, raw.end)
                    )
                    # "this southern city of Khyber Pakhtunkhwa": a city in a unit no town
                    # bears the name of, not a town of that name
                    and not (
                        _A_CITY_OF_BEFORE.search(text, max(0, raw.start - 40), raw.start)
                        and raw.cands
                        and all(c.kind in ("region", "entity") for c in raw.cands)
                    )
                )
                or (
                    _CITY_AFTER.match(text[raw.end : raw.end + 40])
                    # "this central Pennsylvania city", "the Ohio town": a town in a state
                    # whose name no town of note bears (a hamlet abroad aside: "this
                    # southwest Virginia town"), not a town of that name
                    and not (
                        _CITY_WORD_AFTER.match(text, raw.end)
                        and 20 * _largest(raw.cands, "city") < _largest(raw.cands, "region")
                    )
                )
                # "Heglig, an oilfield town in West Kordofan"; not the state that qualifies a
                # town ("Paris, Texas, a small city")
                or (
                    _TOWN_APPOSITION.match(text, raw.end)
                    and not _QUALIFIES_BEFORE.search(text, max(0, raw.start - 40), raw.start)
                )
                # "Kherson city", "Gaza City"; not a unit whose own name it is ("Mexico
                # City", "Ho Chi Minh City": the unit, as any city that is one)
                or (
                    raw.key.endswith(" city")
                    and not any(
                        c.kind == "region" and normalize(c.name) == raw.key for c in raw.cands
                    )
                )
                or raw.key.startswith(("місто ", "город "))
            )
            raw.qualifier = bool(
                any(
                    c.kind == "region" and c.country in _TOWN_STATE_COUNTRIES
                    for c in raw.cands
                )
                and not any(c.kind == "country" for c in raw.cands)
                and _QUALIFIES_BEFORE.search(text, max(0, raw.start - 40), raw.start)
                and _QUALIFIER_END.match(text, raw.end)
            )
            raw.city_part = bool(_CITY_PART_BEFORE.search(before))
            raw.city_cue = raw.city_cue or raw.city_part
            raw.distance = bool(
                raw.last in _DISTANCE_LAST
                and _DISTANCE_BEFORE.search(before)
                and not _SQUARE_BEFORE.search(before)
            )
            raw.city_cue = raw.city_cue or raw.distance
        rp = _REPUBLIC_OF.search(text, max(0, raw.start - 15), raw.start)
        if rp and any(c.kind == "region" for c in raw.cands):
            raw.start = rp.start()  # "the Republic of Sakha"
            raw.suffix = raw.suffix or "region"
        pm = _POSSESSIVE_AFTER.match(text, raw.end)
        if pm and (
            pm.group(0).endswith(("s", "S"))
            or (text[raw.end - 1 : raw.end] in "sS" and not _quote_closes(text, raw.end))
        ):
            raw.end = pm.end()
        am = _ARTICLE_BEFORE.search(text, max(0, raw.start - 4), raw.start)
        if (
            am
            and any(c.kind in ("region", "city", "area") for c in raw.cands)
            and not _ARABIC_COMPOUND_BEFORE.search(text, max(0, raw.start - 30), raw.start)
        ):
            raw.start = am.start()  # "al-Mahra", "el-Fasher": the article is the name's
    kept: list[_Raw] = []
    for raw in raws:
        if kept and raw.start <= kept[-1].start and raw.end >= kept[-1].end:
            kept[-1] = raw  # "the Republic of Sakha" swallows "Republic"
        elif not kept or raw.start >= kept[-1].end:
            kept.append(raw)
    raws = kept
    # "почти всю Луганскую область и три четверти Запорожской": an oblast's adjective
    # alone, after an oblast word in its sentence, is that oblast; so is one after another
    # oblast so named in its sentence ("крупнейшая — Херсонская ..., наименьшая — Донецкая:
    # она составляет около 93% Херсонской; Запорожская и Луганская ...").
    last_oblast = -1
    named_oblasts: set[str] = set()  # units named before with their oblast word
    for k, raw in enumerate(raws):
        cyrillic = _CYRILLIC_LOWER.match(raw.key) is not None
        own = (
            {c.unit_id for c in raw.cands if c.kind == "region" and c.suffix_form}
            if cyrillic
            else set()
        )
        if (
            raw.suffix is None
            and own
            and not _INSTITUTION_AFTER.match(text, raw.end)
            and not _NOT_PLACE_AFTER.match(text, raw.end)
            and (
                # "... Запорізької та Херсонської областей. ... хоча в Херсонській
                # утримували понад 90%": an oblast named so before, by its adjective again
                (
                    own & named_oblasts
                    and all(c.kind == "region" for c in raw.cands)
                    and _PLACE_PREP_BEFORE.search(text, max(0, raw.start - 4), raw.start)
                    and not _AGREEING_NOUN_AFTER.match(text, raw.end)
                )
                # "в Курской и Козинку в Белгородской области": the oblast word of the
                # next oblast in the sentence is for both
                or (
                    all(c.kind == "region" and not c.bare_ok and c.suffix_form for c in raw.cands)
                    and any(
                        nxt.suffix == "region"
                        and _OBLAST_WORD_AFTER.match(text, nxt.end)
                        and not _SENTENCE_BREAK.search(text, raw.end, nxt.start)
                        for nxt in raws[k + 1 : k + 3]
                        if nxt.start - raw.end <= 60
                    )
                )
                # "Донецкая область занимает 26,5 тыс. кв. км, Луганская — 26,7": a verb
                # gapped after the next oblast of its sentence
                or (
                    last_oblast >= 0
                    and raw.start - last_oblast <= 160
                    and not _SENTENCE_BREAK.search(text, last_oblast, raw.start)
                    and _GAPPED_AFTER.match(text, raw.end) is not None
                    and _COMMA_BEFORE.search(text, max(0, raw.start - 3), raw.start) is not None
                )
            )
        ):
            raw.suffix = "region"
        if (
            raw.suffix is None
            and raw.cands
            and (
                all(c.kind == "region" and not c.bare_ok and c.suffix_form for c in raw.cands)
                # "Запорожская и Луганская": listed with one, not the village of its name
                or (
                    last_oblast >= 0
                    and _CONNECTOR.fullmatch(text, last_oblast, raw.start) is not None
                    and any(c.kind == "region" and c.suffix_form for c in raw.cands)
                )
            )
            and _CYRILLIC_LOWER.match(raw.key)
            and (
                _OBLAST_BEFORE.search(text, max(0, raw.start - 120), raw.start)
                or (
                    last_oblast >= 0
                    and raw.start - last_oblast <= 160
                    and not _SENTENCE_BREAK.search(text, last_oblast, raw.start)
                )
            )
            # "повідомили в Луганській ОВА": the oblast's administration, no place; nor
            # "із Запорізькою АЕС", a plant
            and not _INSTITUTION_AFTER.match(text, raw.end)
            and not _NOT_PLACE_AFTER.match(text, raw.end)
        ):
            raw.suffix = "region"
        if raw.suffix == "region" and own:
            last_oblast = raw.end
            named_oblasts |= own
    # "the districts of Kalbajar, Aghdam and Lachin": a cue before the list is for all.
    for i in range(1, len(raws)):
        prev, cur = raws[i - 1], raws[i]
        if (
            prev.suffix == "region"
            and _REGION_BEFORE.search(text[max(0, prev.start - 50) : prev.start])
            and cur.suffix is None
            and not cur.city_cue
            and any(c.kind == "region" for c in cur.cands)
            and _CONNECTOR.fullmatch(text, prev.end, cur.start)
        ):
            cur.suffix = "region"
    # Lists: "Donetsk, Luhansk and Kherson regions", "the Donetsk and Luhansk People's
    # Republics", "Донецької та Луганської областей": the last suffix applies to all.
    for i in range(len(raws) - 2, -1, -1):
        nxt, cur = raws[i + 1], raws[i]
        if (
            nxt.suffix is None
            and nxt.cands
            and all(c.kind == "entity" for c in nxt.cands)
            and _PLURAL_REPUBLICS_END.search(text, nxt.start, nxt.end)
        ):
            # "Донецкая и Луганская народные республики": a name the index holds whole,
            # whose plural is for the list before it
            nxt.suffix = "entity"
        if (
            nxt.suffix is None
            or (cur.suffix is not None and not _cue_then_republics(cur, nxt))
            or cur.city_cue
        ):
            continue
        gap = text[cur.end : nxt.start]
        if (
            gap
            and cur.key != nxt.key  # "Moscow and the Moscow region" are two units
            # "у Миколаєві та Миколаївській області": one unit is not listed twice, so the
            # first is the city it is named after
            and not (
                {c.unit_id for c in cur.cands if c.kind == "region"}
                & {c.unit_id for c in nxt.cands if c.kind == "region"}
            )
            # "Baghdad and the Kurdistan Region": "the" opens a name of its own, unless
            # its unit word is plural ("the Donetsk and the Luhansk regions")
            and not (_THE_END.search(gap) and not (nxt.unit_word or "").endswith("s"))
            # "Donetsk, Rostov region": a singular unit word after a comma qualifies a town
            # by its region, it is no list of regions
            and not (
                gap.strip() == ","
                and (nxt.unit_word or "").isascii()
                and nxt.unit_word
                and not nxt.unit_word.endswith("s")
            )
            and (
                _CONNECTOR.fullmatch(gap)
                # "примерно 74% Запорожской и 76% Херсонской областей": a figure each
                or (_CYRILLIC_LOWER.match(cur.key) and _FIGURE_CONNECTOR.fullmatch(gap))
            )
            and any(c.kind in ("region", "entity") for c in cur.cands)
            # "ДНР, ЛНР, Запорожской и Херсонской областей": an entity keeps its kind
            and (nxt.suffix == "entity" or any(c.kind == "region" for c in cur.cands))
        ):
            cur.suffix = nxt.suffix
    # "the regional capitals, Zaporizhzhia and Kherson", "its main towns are Sabha, Murzuq
    # and Ghat": a plural cue of cities before a list is for all of it.
    in_list = False
    for i, cur in enumerate(raws):
        prev = raws[i - 1] if i else None
        if (
            in_list
            and prev is not None
            and cur.suffix is None
            and _CONNECTOR.fullmatch(text, prev.end, cur.start)
        ):
            cur.city_cue = True
            continue
        in_list = cur.city_cue and bool(
            _CITIES_BEFORE.search(text, max(0, cur.start - 40), cur.start)
        )
    return raws


_INSTRUMENTAL = re.compile(r"(?:ою|єю|ею|ом|ем|єм|ой|ей)$")
_WITH_BEFORE = re.compile(r"(?<!\w)(?:з|із|зі|с|со)\s+$")
_SHORTEST: dict[int, dict[tuple[str, str, str], int]] = {}


def _shortest_keys(capitals: dict[str, tuple[str, str, str]]) -> dict[tuple[str, str, str], int]:
    """The length of each capital's shortest Cyrillic key (its nominative, "київ")."""
    out = _SHORTEST.get(id(capitals))
    if out is None:
        out = {}
        for key, capital in capitals.items():
            if _CYRILLIC_LOWER.match(key) and len(key) < out.get(capital, 99):
                out[capital] = len(key)
        _SHORTEST.clear()
        _SHORTEST[id(capitals)] = out
    return out


def _instrumental(raw: _Raw, capitals: dict[str, tuple[str, str, str]]) -> bool:
    """True when a Cyrillic capital is in the instrumental case ("Києвом", "Анкарой").

    That is: an instrumental ending on a key longer than the capital's nominative.
    """
    capital = capitals.get(raw.key)
    return (
        capital is not None
        and _CYRILLIC_LOWER.match(raw.key) is not None
        and _INSTRUMENTAL.search(raw.key.replace("и", "й")) is not None
        and len(raw.key) > _shortest_keys(capitals).get(capital, 99)
    )


def _placed_by_preposition(before: str) -> bool:
    """True when a preposition of place ends ``before`` (lower-cased): "in", "в", "у".

    "appealed to Moscow", "governed from Taipei" are a recipient and a source of orders,
    not places; "flew to Moscow" is the place.
    """
    return bool(_PLACE_PREPOSITION_BEFORE.search(before)) and (
        not _FROM_TO_BEFORE.search(before) or bool(_MOVEMENT_BEFORE.search(before))
    )


def _is_metonym(text: str, raw: _Raw, instrumental: bool = False) -> bool:
    """True when a capital's name stands for its government.

    A capital is its government when it is the subject of a verb of saying, deciding or
    holding ("Kyiv rejected", "Moscow has long insisted", "Москва заявила"), owns an act
    of state ("Moscow's annexation", "Kyiv's forces"), is the object of one ("accused
    Moscow", "talks between Moscow and Kyiv", "backed by Moscow") or makes an adjective of
    allegiance ("Moscow-backed"). After a place preposition ("officials in Kyiv said") it
    stays a place. The verbs and nouns are each language's (lang/*.py, METONYM_*).
    """
    if raw.suffix or raw.city_cue:
        return False
    end = raw.end
    after = text[end : end + 80].lower()
    if text[end - 2 : end - 1] in "'’ʼ" and text[end - 1 : end] in "sS":
        if _METONYM_POSSESSED.match(after):
            return True
        # Any other lower-case word (after a year or a quote) makes the government too,
        # unless it is the place's own ("Kyiv's streets"): "Baku's count", "Beijing's 2023
        # map", "Kyiv's foothold".
        if _POSSESSED_ACT_OF_STATE.match(text, end):
            return True  # "Beijing's 2005 Anti-Secession Law", "Moscow's Peace Plan"
        nxt = _POSSESSED_WORD.match(text, end)
        if nxt is None:
            # "as much as Islamabad's.": the noun is the one said before, an authority
            return _ELLIPTIC_POSSESSIVE.match(text, end) is not None
        if nxt[1] in en.METONYM_PLACE_ADJECTIVES:
            # "Moscow's biggest gain", but "Moscow's biggest stadium": the noun decides
            noun = _POSSESSED_WORD.match(text, nxt.end())
            return noun is not None and noun[1] not in en.METONYM_PLACE_POSSESSED
        return nxt[1] not in en.METONYM_PLACE_POSSESSED
    if _METONYM_HYPHENATED.match(after):
        return True
    before = text[max(0, raw.start - 40) : raw.start].lower()
    if _PART_OF_CITY_BEFORE.search(before):
        return False  # "rallies filled central Tbilisi": a government has no centre
    if _FROM_BEFORE.search(before) and _TO_PLACE_AFTER.match(text, end):
        return False  # "protests spread from Kathmandu to Pokhara": an end of a stretch
    if _HELD_BY_PLURAL_BEFORE.search(before):
        return False  # "Хуситы контролируют Сану": the ground held, no plural's subject
    if _METONYM_BEFORE.search(before):
        return True
    # In the instrumental, a capital with no preposition is the agent ("признанный только
    # Анкарой") and one after "with" the partner ("переговоры с Киевом").
    if instrumental and (
        _WITH_BEFORE.search(before) or not _PLACE_PREPOSITION_BEFORE.search(before)
    ):
        return True
    # After a preposition of place it is the place; but "appealed to Moscow", "governed
    # from Taipei" are a recipient and a source of orders ("flew to Moscow" is the place).
    if _placed_by_preposition(before):
        # "В Москве заявили", "У Москві не коментують", "сообщили в Пекине;": a plural
        # verb of saying with no subject makes the capital's government speak
        return bool(
            _CYR_IN_BEFORE.search(before)
            and (_impersonal(after) or _impersonal_before(before, after))
            # "чиновники в Києві наголошують": the verb has its subject, people there
            and not _PLACE_NOUN_BEFORE.search(before)
        )
    if _METONYM_AFTER.match(after) or _METONYM_MODAL.match(after):
        return True
    # Otherwise a national capital in the news is its government more often than the
    # place (about three times in four in the labelled sets): "talks that excluded Kyiv",
    # "the Donbass, as Moscow spells it", "whom Kinshasa says", "під контролем Москви";
    # unless an attack, a place noun, a ship's name or a dateline makes it the place.
    return not (
        _PLACE_VERB_BEFORE.search(before)
        # "with Tiraspol as its capital", "Столиця — Тирасполь", "його центр — Тирасполь":
        # the city named as what it is
        or _AS_CAPITAL_AFTER.match(after)
        or _CAPITAL_IS_BEFORE.search(before)
        or _BASED_AFTER.match(after)  # "a Dakar-based analyst": where one lives
        or _SIZE_COMPARED_BEFORE.search(before)
        or _PLACE_AFTER.match(after)
        or _PLACE_PAST.match(after)
        or _PLACE_NOUN_BEFORE.search(before)
        or _NOT_PLACE_BEFORE.search(before)
        or _dateline(text, raw)
        or any(w in en.GENERIC_UNIT_WORDS for w in raw.key.split()[1:])
    )


_CYR_IN_BEFORE = re.compile(r"(?<!\w)(?:в|во|у)\s+$")
#: A crowd that is the subject of a plural verb: "тисячі людей", "десятки жителей".
_CROWD = re.compile(
    r"тисяч\w*|тысяч\w*|сотн\w*|десятк\w*|люди|людей|жител\w*|мешканц\w*|"
    r"протестувальник\w*|протестующ\w*|демонстрант\w*|студент\w*"
)
_FROM_BEFORE = re.compile(r"(?<!\w)from\s+$")
_TO_PLACE_AFTER = re.compile(r"\s+to\s+(?:the\s+)?[A-Z]")
_AS_CAPITAL_AFTER = re.compile(r"\s+as\s+(?:its|the|their)\s+(?:\w+\s+)?capital\b")
#: Before a capital, the noun it names as what it is: "Столиця — ", "його центр — ",
#: "the capital: ".
_CAPITAL_IS_BEFORE = re.compile(
    r"(?<!\w)(?:capital|столиц\w*|центр|центром)(?:\s+[\w'’-]+){0,2}\s*[—–:]\s*$"
)
_BASED_AFTER = re.compile(r"[-‐‑]based\b")
#: A size compared with the place's: "not much bigger than Washington, D.C.", "the size of
#: Moscow", "as large as Seoul".
_SIZE_COMPARED_BEFORE = re.compile(
    r"(?<!\w)(?:(?:bigger|larger|smaller|greater)\s+than|(?:the\s+)?size\s+of|"
    r"as\s+(?:big|large|small)\s+as|площ\w*\s+(?:як|как)|больше|меньше|більш\w*\s+за|"
    r"менш\w*\s+за)\s+(?:the\s+|all\s+of\s+)?$"
)
_PART_OF_CITY_BEFORE = re.compile(
    r"(?<![\w-])(?:central|downtown|(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|"
    r"west(?:ern)?|greater|old|центр\w+|історичн\w+|историческ\w+)\s+$"
)
_IMPERSONAL_VERB = re.compile(
    rf"(?:{_alt(lang.merged_tuple('METONYM_VERBS') + lang.merged_tuple('METONYM_IMPERSONAL'))})"
)
_PLURAL_END = re.compile(rf"(?:{'|'.join(lang.merged_tuple('METONYM_PLURAL_END'))})$")
_CLAUSE_WORDS = re.compile(r"[^\W\d]+(?:-[^\W\d]+)*|[.;:!?—–,()«»\"]")


#: A source named in an aside after the capital: "по данным источников", "за словами".
_ASIDE = re.compile(
    r"\s*,\s*(?:по\s+(?:данным|словам|информации|сведениям)|за\s+(?:даними|словами|"
    r"інформацією|повідомленням))[^,.;:!?]{0,50},"
)


def _impersonal(after: str) -> bool:
    """True when a third-person plural verb of saying follows a Cyrillic capital.

    Within the five words of ``after`` before any punctuation: "заявили", "не коментують".
    """
    aside = _ASIDE.match(after)  # "В Вашингтоне, по данным источников, обсуждают"
    if aside:
        after = after[aside.end() :]
    for k, m in enumerate(_CLAUSE_WORDS.finditer(after)):
        word = m.group()
        if k > 5 or not word[0].isalpha():
            return False
        if _CROWD.fullmatch(word):
            return False  # "в Тбілісі тисячі людей протестували": the verb has a subject
        if _IMPERSONAL_VERB.fullmatch(word) and _PLURAL_END.search(word):
            return True
    return False


def _impersonal_before(before: str, after: str) -> bool:
    """True when a plural verb of saying stands just before "в <capital>" ending a clause.

    "сообщили в Пекине;", "заявили у Києві.".
    """
    words = before.split()
    return (
        len(words) >= 2
        and bool(_IMPERSONAL_VERB.fullmatch(words[-2]))
        and bool(_PLURAL_END.search(words[-2]))
        # "говорили в Вашингтоне и Брюсселе.": the list ends the clause
        and bool(_CLAUSE_END_AFTER_LIST.match(after))
    )


_CLAUSE_END_AFTER_LIST = re.compile(
    r"(?:\s*(?:,|и|і|та|й)\s+[а-яіїєґё'’ʼ-]+)*\s*(?:[.;:!?,—–]|$)"
)


def _dateline(text: str, raw: _Raw) -> bool:
    """True for a dateline's place: "TAIPEI, Oct 10 (Reuters) -", "Kyiv, 3 March -"."""
    surface = text[raw.start : raw.end]
    j = raw.start  # only blanks between the line's start and the match (no scan back)
    if surface.isupper():
        # the second of two places filed from: "TBILISI/ATLANTA —", "GAZA/JERUSALEM, April 7"
        pair = _DATELINE_PAIR_BEFORE.search(text, max(0, j - 40), j)
        if pair:
            j = pair.start()
    while j > 0 and text[j - 1] != "\n" and text[j - 1].isspace():
        j -= 1
    if j > 0 and text[j - 1] != "\n":
        return False
    if surface.isupper() and len(surface) > 2:
        after = _DATELINE_AFTER.match(text, raw.end) or _DATELINE_PAIR_AFTER.match(text, raw.end)
        return bool(after)
    return bool(_DATED_AFTER.match(text, raw.end))


#: Two places a dateline is filed from, in capitals: "BAKU/YEREVAN, Aug 8 (Reuters) —".
_DATELINE_PAIR_BEFORE = re.compile(
    r"(?<![\w/])[^\W\d_a-zа-яёіїєґ]+(?:[ '-][^\W\d_a-zа-яёіїєґ]+)*[ ]?/[ ]?$"
)
# (a slash with a space each side too: "ЦХІНВАЛІ / ТБІЛІСІ —")
_DATELINE_PAIR_AFTER = re.compile(r"[ ]?/[ ]?[^\W\d_a-zа-яёіїєґ]{3,}")


def _viable(raw: _Raw, common: bool) -> list[_Cand]:
    """Candidates that the cues around a match allow."""
    cands = raw.cands
    if raw.suffix == "entity":
        ents = [c for c in cands if c.kind == "entity"]
        regs = [c for c in cands if c.kind == "region"]
        pick = ents or regs
        return [c._replace(kind="entity") for c in pick]
    if raw.suffix == "region":
        # "the Kashmir region", "the Donbas region": a named area keeps its kind.
        return [c for c in cands if c.kind == "region"] or [c for c in cands if c.kind == "area"]
    if raw.city_cue:
        cities = [c for c in cands if c.kind == "city"]
        if cities:
            return cities
        if raw.distance and not raw.city_part:
            # "some 140 km from Hokkaido", "200 km west of Palawan": a distance from a
            # province or an island with no town of its name is from that place
            regions = [c for c in cands if c.kind == "region"]
            if regions:
                return regions
        regions = [c._replace(kind="city") for c in cands if c.kind == "region"]
        # "the main town of South Ossetia": the cue is for a town before it
        return regions or [c for c in cands if c.kind == "area" and c.bare_ok]
    if common:
        return []
    return [c for c in cands if c.bare_ok]


_NATIONAL_AFTER = re.compile(rf"(?:['’ʼ]s)?\s+(?i:{_alt(en.NATIONAL_HEADS)})(?!\w)")
_STATE_AFTER = re.compile(rf"(?:['’ʼ]s)?\s+(?i:{_alt(en.STATE_HEADS)})(?!\w)")
_NATIONAL_BEFORE = re.compile(
    rf"(?i)\b(?:{_alt(en.NATIONAL_HEADS)}|country|nation)\s+of\s+(?:the\s+)?$"
    # "Foreign ministers from Luxembourg and Belgium met in Arlon": a government's envoys
    r"|\b(?:ministers?|prime\s+ministers?|presidents?|leaders|envoys?|delegations?|"
    r"diplomats)\s+from\s+$"
    # "clashed near the border with Niger", "its long frontier with Georgia": a country's
    # border (not "Florida's border with Georgia", a state's)
    r"|\b(?:the|its|their|a)\s+(?:[a-z-]+\s+)?(?:border|frontier)s?\s+with\s+$"
)
_STATE_BEFORE = re.compile(rf"(?i)\b(?:{_alt(en.STATE_HEADS)})\s+of\s+(?:the\s+)?$")
# "Georgia, the US state", "Georgia the country": a namesake told apart in apposition
_NATIONAL_APPOSITION = re.compile(r"(?i),?\s+the\s+(?:country|nation)\b")
_STATE_APPOSITION = re.compile(
    r"(?i),?\s+(?:the|is\s+a)\s+(?:(?:us|u\.s\.|american)\s+)?state\b"
    r"(?!\s+(?:of|department|media))"
)
#: Before a name: an official of a state's own legislature from it ("a state senator from
#: Georgia"), or its member of Congress ("two senators from Georgia"), so the state.
_STATE_OFFICIAL_BEFORE = re.compile(
    r"(?i)\b(?:state\s+(?:senators?|representatives?|lawmakers?|legislators?|legislature|"
    r"assembly(?:man|woman)?)"
    # a member of the US Congress from it: "two senators from Georgia"
    r"|senators?|congress(?:man|woman|men|women|members?))\s+(?:from|of|in)\s+$"
    # a titled member of Congress or governor and his name: "Senator Jon Ossoff of
    # Georgia", "Gov. Brian Kemp of Georgia"
    r"|\b(?:sen|rep|gov)\.\s+(?-i:(?:[A-Z][\w'’.-]*\s+){1,3})(?:from|of)\s+$"
    r"|\b(?:senator|representative|congress(?:man|woman)|governor)\s+"
    r"(?-i:(?:[A-Z][\w'’.-]*\s+){1,3})(?:from|of)\s+$"
)


def _by_head_noun(text: str, raw: _Raw, cands: list[_Cand]) -> list[_Cand]:
    """A country's or a state's candidates only, when a head noun of government says which.

    "Georgia's prime minister", "the president of Georgia", "the country of Niger",
    "Georgia the country": the country; "Georgia's governor", "the legislature of
    Georgia", "Georgia, the US state": the state (see ``en.NATIONAL_HEADS``).
    """
    before = text[max(0, raw.start - 40) : raw.start]
    end = raw.end - 2 if text[raw.end - 2 : raw.end - 1] in "'’ʼ" else raw.end
    if (
        _NATIONAL_AFTER.match(text, end)
        or _NATIONAL_BEFORE.search(before)
        or _NATIONAL_APPOSITION.match(text, raw.end)
    ):
        keep = [c for c in cands if c.kind == "country"]
    elif (
        _STATE_AFTER.match(text, end)
        or _STATE_BEFORE.search(before)
        or _STATE_OFFICIAL_BEFORE.search(before)
        or _STATE_APPOSITION.match(text, raw.end)
        or _share_of_its_country(text, raw.end, cands)
    ):
        keep = [c for c in cands if c.kind == "region"]
    else:
        return cands
    return keep or cands


#: After a name, the whole a share of it is of: "makes up about 1.6% of the United States".
_SHARE_OF_AFTER = re.compile(
    r"[^.!?;\n]{0,80}?\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?"
    r"(?P<whole>[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*){0,3})"
)


def _share_of_its_country(text: str, end: int, cands: list[_Cand]) -> bool:
    """Whether a share right after a name is of the country one of its units lies in.

    "Georgia makes up about 1.6% of the United States": the state, not the country.
    """
    if not any(c.kind == "country" for c in cands):
        return False
    m = _SHARE_OF_AFTER.match(text, end)
    if m is None:
        return False
    from geoclaims.boundaries import resolve_country

    words = m.group("whole").split()
    states = {c.country for c in cands if c.kind == "region"}
    for n in range(len(words), 0, -1):
        try:
            return resolve_country(" ".join(words[:n]).rstrip(".,")) in states
        except GeoclaimsError:
            continue
    return False


_STATE_CUE_AFTER = re.compile(r"(?:['’]s)?\s+(?i:state|state's)\b")
_PART_OF_BEFORE = re.compile(r"(?i)\b(?:eastern|western|northern|southern|central|rural)\s+$")
_KIND_RANK = {"country": 3, "area": 2, "entity": 2, "region": 2, "city": 1}


def _rank(
    c: _Cand, weights: Counter[str], local: tuple[str | None, str | None], raw: _Raw
) -> tuple[int, int, int, int, int, int, int]:
    """Sort key of a candidate; the first element that differs settles a namesake.

    Context (the document's countries, plus the mention right after a comma: "Moscow,
    Idaho"), the biggest town of the name in the unit of its name ("Odessa"), the "X
    Oblast" form when a suffix is attached ("Kyiv region" is Kyiv Oblast),
    the unit a same-named city lies in ("Moscow", "Minsk"), the exact name, the kind
    (country, then region or entity, then city), and population.
    """
    local_country, local_unit = local
    weight = weights.get(c.country, 0)
    if c.kind == "area" and not c.country:
        # a disputed area of no one country (Abyei) weighs as its units' countries do
        weight = max((weights.get(cc, 0) for cc in _area_countries(c.unit_id)), default=0)
    if local_country is not None and c.country == local_country:
        weight += 50 + (25 if local_unit is not None and c.unit_id == local_unit else 0)
    return (
        weight,
        # a city in the unit of its name ("Odessa": Odesa in Odesa Oblast, not the Texan
        # town whose own name it is), if the biggest town of the name (not a village named
        # after its department: "Sucre" in Colombia's Sucre, before Bolivia's capital)
        int(
            c.kind == "city"
            and any(u.kind == "region" and u.unit_id == c.unit_id for u in raw.cands)
            and c.population >= _largest(raw.cands, "city")
        ),
        int(raw.suffix == "region" and c.suffix_form),
        int(c.home),
        int(c.primary),
        _KIND_RANK[c.kind],
        c.population,
    )


_AREA_COUNTRIES: list[tuple[_Gazetteer, dict[str, frozenset[str]]]] = []


def _area_countries(area_id: str | None) -> frozenset[str]:
    """The countries (alpha-3) of a named area's units, for the gazetteer in use."""
    gaz = _gazetteer()
    if not _AREA_COUNTRIES or _AREA_COUNTRIES[0][0] is not gaz:
        table = {
            aid: frozenset(gaz.units[u][2] for u in members if u in gaz.units)
            for aid, members in _area_members().items()
        }
        _AREA_COUNTRIES[:] = [(gaz, table)]
    return _AREA_COUNTRIES[0][1].get(area_id or "", frozenset())


_SCORE_BY_LEVEL = (0.85, 0.9, 0.9, 0.9, 0.9, 0.7, 0.6, 0.5)


_DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_DOTTED_END = re.compile(r"(?<![\w.])(?:[A-Z]\.)+[A-Z]$")
_COMBINING = re.compile(r"[\u0300-\u036f]+")
#: An HTML character reference: "&#37;", "&#x2019;", "&nbsp;" (text pasted from a page's
#: source).
_HTML_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: Format characters that are read as nothing: a soft hyphen ("52\u00ad904 km²",
#: "Sep\u00adtember"), zero-width characters and the marks and isolates of bidirectional
#: text ("of \u200eUkraine\u200e", text pasted from right-to-left pages).
_FORMAT_CHARS = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
#: Characters read as the plain ones figures are written with: hyphens and minus signs of
#: every kind as "-" ("17\u201119%"), the Arabic percent sign as "%", the fraction slash
#: as "/", a vulgar fraction as its digits ("½" as "1/2"; "1½" as "1.5").
_FOLDED = {
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-", "\ufe63": "-",
    "\uff0d": "-", "\u066a": "%", "\u2044": "/", "\u2215": "/",
}  # fmt: skip
_VULGAR_FRACTIONS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
_HIDDEN = re.compile(
    rf"(?P<marks>{_COMBINING.pattern})|(?P<ref>{_HTML_REF.pattern})|(?P<gone>[{_FORMAT_CHARS}]+)"
    rf"|(?P<fold>[{''.join(_FOLDED)}])|(?P<frac>[{_VULGAR_FRACTIONS}])"
    # a decimal with no leading zero: ".5%" is "0.5%"
    r"|(?P<lead>(?<![\w.,])\.(?=\d))"
)


def _fraction_digits(ch: str, after_digit: bool) -> str:
    """A vulgar fraction as digits: "½" is "1/2", and after a digit ("1½") ".5"."""
    if after_digit:
        return f"{unicodedata.numeric(ch):.2f}".rstrip("0")[1:]
    return unicodedata.normalize("NFKC", ch).replace("\u2044", "/")


@functools.lru_cache(maxsize=4)
def _resolve(text: str, country: str | None) -> tuple[_Mention, ...]:
    """Every mention in the text, resolved, in text order.

    Cached for the last few texts: find_regions and find_claims on the same article (as a
    report or a corpus run does) resolve it once. Combining accents (the stress marks of
    dictionaries and learners' texts, "Доне́цкая о́бласть") are set aside while the cues
    are read, and the spans are given back on the text as it is, marks included.
    """
    text = _mask_markup(text)
    if "#" in text:
        # "#Kherson and #Zaporizhzhia": a hashtag's mark is no part of the name nor a
        # bound of its list (an HTML reference's "&#" stays)
        text = _HASHTAG.sub(" ", text)
    if not _has_hidden(text):
        return _resolve_plain(text, country)
    plain, lo, hi = _without_marks(text)
    out = []
    for men in _resolve_plain(plain, country):
        start, end = _span_in(text, lo, hi, men.start, men.end)
        out.append(men._replace(start=start, end=end))
    return tuple(out)


#: The least population of a town found by a verb of war alone (see :func:`_choose`).
TAKEN_TOWN_FLOOR = 10_000
#: Before a town: a verb or noun of its capture, liberation or siege.
_TAKEN_TOWN_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:captured|capture\s+of|seized|seizure\s+of|took|retook|recaptured|"
    r"recapture\s+of|liberated|liberation\s+of|stormed|encircled|besieged|siege\s+of|"
    r"fall\s+of|battle\s+(?:for|of)|assault\s+on|advance\s+on|withdrew\s+from|"
    r"withdrawal\s+from|pulled\s+out\s+of|(?:have|has|had)\s+taken)\s+(?:the\s+(?:town|city)\s+of\s+)?$"
)
#: After a town: its capture or liberation told in the passive ("Kupiansk was liberated").
_TAKEN_TOWN_AFTER = re.compile(
    r"\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:finally\s+|fully\s+)?(?:captured|"
    r"seized|taken|retaken|recaptured|liberated|encircled|besieged|stormed)\b|\s+fell\b"
)
#: A markup tag: "<b>", "</a>", "<a href='...'>" (not "<2%", not "a <b": no letter after
#: "<", or no ">" before the next "<").
_MARKUP_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]{0,300})?/?>")


_HASHTAG = re.compile(r"(?<![\w&#])#(?=[^\W\d_])")


def _mask_markup(text: str) -> str:
    """The text with its markup tags blanked out, character for character.

    A text pasted from a web page ("Russia controls <b>18%</b> of Ukraine") is read as
    the words it shows: no "<" or ">" of a tag is a bound, no attribute a place, and
    every span stays where it is in the text as given.
    """
    if "<" not in text:
        return text
    return _MARKUP_TAG.sub(lambda m: " " * len(m.group()), text)


def _without_marks(text: str) -> tuple[str, np.ndarray, np.ndarray]:
    """The text without combining marks, its HTML character references decoded.

    "18&#37;" is read as "18%", "Donetsk&nbsp;Oblast" as "Donetsk Oblast". Invisible
    format characters are dropped (``_FORMAT_CHARS``: "52\u00ad904" is "52904"; one
    between a word and a capital is a space, "Luhansk\u00adOblast"), other
    hyphens and the Arabic percent sign read as "-" and "%", and vulgar fractions as
    digits ("½" as "1/2", "1½%" as "1.5%"), and a decimal with no leading zero as one
    with it (".5%" as "0.5%"). ``lo[i]`` and
    ``hi[i]`` are the start and end in ``text`` of the plain text's character ``i`` (a
    reference decoded to one character spans the whole reference). A reference HTML does
    not define, or one that decodes to several characters, stays as written.
    """
    parts: list[str] = []
    los: list[np.ndarray] = []
    his: list[np.ndarray] = []
    pos = 0

    def keep(a: int, b: int) -> None:
        if b > a:
            parts.append(text[a:b])
            los.append(np.arange(a, b, dtype=np.int64))
            his.append(np.arange(a + 1, b + 1, dtype=np.int64))

    for m in _HIDDEN.finditer(text):
        keep(pos, m.start())
        pos = m.end()
        if m.lastgroup == "ref":
            char = html.unescape(m.group())
            if len(char) == 1 and char != m.group():
                parts.append(char)
                los.append(np.array([m.start()], dtype=np.int64))
                his.append(np.array([m.end()], dtype=np.int64))
            else:
                keep(m.start(), m.end())
        elif m.lastgroup == "gone":
            # between a word and a capital it is a word break ("Luhansk\u00adOblast")
            if (
                m.start() > 0
                and text[m.start() - 1].islower()
                and text[m.end() : m.end() + 1].isupper()
            ):
                parts.append(" ")
                los.append(np.array([m.start()], dtype=np.int64))
                his.append(np.array([m.end()], dtype=np.int64))
        elif m.lastgroup in ("fold", "frac", "lead"):
            ch = m.group()
            if m.lastgroup == "lead":
                out = "0."
            elif m.lastgroup == "fold":
                out = _FOLDED[ch]
            else:
                out = _fraction_digits(ch, m.start() > 0 and text[m.start() - 1].isdigit())
            parts.append(out)
            los.append(np.full(len(out), m.start(), dtype=np.int64))
            his.append(np.full(len(out), m.end(), dtype=np.int64))
    keep(pos, len(text))
    if not parts:
        empty = np.zeros(0, dtype=np.int64)
        return "", empty, empty
    return "".join(parts), np.concatenate(los), np.concatenate(his)


def _span_in(text: str, lo: np.ndarray, hi: np.ndarray, start: int, end: int) -> tuple[int, int]:
    """A span of the plain text of :func:`_without_marks` as a span of ``text``.

    The marks on the span's last letter are the span's.
    """
    new_end = int(hi[end - 1])
    tail = _COMBINING.match(text, new_end)
    return int(lo[start]), tail.end() if tail else new_end


#: What :func:`_without_marks` sets aside or folds, but HTML references.
_HIDDEN_CHARS = re.compile(
    rf"{_COMBINING.pattern}|[{_FORMAT_CHARS}{''.join(_FOLDED)}{_VULGAR_FRACTIONS}]"
    r"|(?<![\w.,])\.\d"
)


def _has_hidden(text: str) -> bool:
    """Whether ``text`` has characters :func:`_without_marks` sets aside or folds."""
    if _HIDDEN_CHARS.search(text) is not None:
        return True
    return "&" in text and _HTML_REF.search(text) is not None


#: Between a unit and the country it is said to be "of": "the Sahel state of Mali".
_OF_COUNTRY_GAP = re.compile(r"\s+of\s+(?:the\s+)?")


def _unit_word_of_another_country(text: str, raw: _Raw, raws: list[_Raw]) -> bool:
    """Whether a name with its unit word is said to be "of" a country it lies outside.

    "the Sahel state of Mali", "the Sahel region of Niger": a belt the country lies in,
    not Burkina Faso's Sahel Region; a unit of the country ("the Donetsk region of
    Ukraine") or one the country claims ("the Crimea region of Russia") stays.
    """
    if raw.suffix is None or not raw.unit_word:
        return False
    gap = _OF_COUNTRY_GAP.match(text, raw.end)
    if gap is None:
        return False
    nxt = next((r for r in raws if r.start == gap.end()), None)
    countries = {c.country for c in (nxt.cands if nxt is not None else ()) if c.kind == "country"}
    if not countries:
        return False
    # (a named area of several countries, "the Kashmir region of India", has no one
    # country to tell)
    units = [c for c in raw.cands if c.kind in ("region", "area", "entity") and c.country]
    if not units or any(c.country in countries for c in units):
        return False
    from geoclaims.worldviews import claims

    table = claims()
    claimed = set(table.loc[table["claimant"].isin(countries), "unit_id"])
    return not any(c.unit_id in claimed for c in units)


def _resolve_plain(text: str, country: str | None) -> tuple[_Mention, ...]:
    """:func:`_resolve` on a text without combining accents."""
    gaz = _gazetteer()
    raws = _raw_matches(text)
    if not raws:
        return ()
    raws = _attach(text, raws)
    starts = {r.start for r in raws if r.key not in _COMMON_WORDS}
    ends = {r.end for r in raws if r.key not in _COMMON_WORDS}
    mixed_case = text != text.lower() and text != text.upper()
    # countries by their own names, which side by side are two places ("how much of
    # Ukraine Russia controls"), never one person's name
    countries = {
        raw.start: raw.end
        for raw in raws
        if any(c.kind == "country" and c.primary for c in raw.cands)
    }
    # territories by their names: a country before one, after a verb, is a second place
    # ("promised Japan Shikotan", "gave Russia Crimea")
    territories = {
        raw.start
        for raw in raws
        if raw.cands
        and all(
            c.kind in ("area", "entity")
            # a first-level unit with an ISO 3166-2 code: not a parish of Bermuda ("features
            # Chad Smith" is a drummer)
            or (c.kind == "region" and isinstance(gaz.units.get(c.unit_id, (None,))[0], str))
            for c in raw.cands
        )
    }
    nations = {
        raw.start: raw.end for raw in raws if any(c.kind == "country" for c in raw.cands)
    }
    # the countries of the names by their own country names, and the countries the places
    # ending at each end lie in ("Kharkiv Ukraine")
    # (only the countries named right after another name, and the names right before one)
    spaced = {raw.end: raw.end + (text[raw.end : raw.end + 1] == " ") for raw in raws}
    after_name = {spaced[raw.end] for raw in raws}
    lands = (
        {
            raw.start: frozenset(c.country for c in raw.cands if c.kind == "country" and c.primary)
            for raw in raws
            if raw.start in countries and raw.start in after_name
        },
        {
            raw.end: frozenset(c.country for c in raw.cands if c.kind != "country")
            for raw in raws
            if raw.key not in _COMMON_WORDS and spaced[raw.end] in countries
        },
    )
    titled = _title_cased(text) if mixed_case else None
    raws = [
        raw
        for raw in raws
        if not _name_part(
            text,
            raw,
            starts,
            # a headline in Title Case reads as text in one case: capitalised neighbours
            # are no longer names ("Putin Annexes Donetsk, Luhansk And Kherson"), but a
            # first name still is one ("Victoria Nuland Visits Kyiv")
            mixed_case
            and not (
                titled is not None
                and raw.key not in _PERSON_NAMES
                # (only a name next to a capitalised word can be read as part of it)
                and (
                    _CAPITALISED_AFTER.match(text, raw.end) is not None
                    or _CAPITALISED_WORD_BEFORE.search(text, max(0, raw.start - 40), raw.start)
                    is not None
                )
                and titled(raw.start)
            ),
            ends,
            countries,
            (territories, nations),
            lands,
        )
    ]
    raws = [raw for raw in raws if not _unit_word_of_another_country(text, raw, raws)]
    metonyms = _metonyms(text, raws, gaz)
    named_after = _named_after_city(gaz)
    spans = _list_spans(text, raws)
    for raw in raws:
        if raw.suffix is None and raw.start not in metonyms and _dateline(text, raw):
            raw.dateline = True
    cities = [
        raw.suffix is None
        and not raw.city_cue
        and not raw.qualifier
        and raw.start not in metonyms
        # "Córdoba, Veracruz", "ORIZABA, Veracruz —": the state a town lies in
        and not (
            i > 0
            and _APPOSITION.fullmatch(text, raws[i - 1].end, raw.start)
            and {c.unit_id for c in raws[i - 1].cands if c.kind == "city"}
            & {c.unit_id for c in raw.cands if c.kind == "region"}
            # (not a list of towns: "Мариуполь, Донецк и Горловку")
            and not _ANY_LIST_GOES_ON.match(text, raw.end)
        )
        # (a common word needs its capital mid-sentence: "Ровно десять лет назад",
        # "ровно 20%" is "exactly", "в Ровно" is Rivne)
        and not (
            raw.key in _NEEDS_CUE
            and (
                text[raw.start].islower()
                or _SENTENCE_START.search(text, max(0, raw.start - 4), raw.start)
            )
        )
        and _the_city(text, raw, named_after, gaz, spans[i])
        for i, raw in enumerate(raws)
    ]
    # "Abuja lies in the Federal Capital Territory": where the text names a capital's own
    # unit by another name, the capital's bare name is the city in it
    # ("Brazil's Federal District, home to Brasília": a generic name, of several countries)
    unit_names = {
        (c.unit_id, raw.key)
        for raw in raws
        if raw.cands and all(c.kind == "region" for c in raw.cands)
        for c in raw.cands
    }
    for i, raw in enumerate(raws):
        capital = gaz.capitals.get(raw.key)
        if (
            capital is not None
            and any(u == capital[0] and key != raw.key for u, key in unit_names)
            and any(c.kind == "city" for c in raw.cands)
            and not raw.dateline
            and raw.suffix is None
            and raw.start not in metonyms
        ):
            cities[i] = True
    in_province_list = _lists_with_a_province(text, raws, cities, gaz)
    for i, raw in enumerate(raws):
        if cities[i] and not in_province_list[i]:
            raw.city_cue = True
    for i in range(len(raws) - 1):
        cur, nxt = raws[i], raws[i + 1]
        if (
            cur.suffix is None
            and nxt.suffix == "region"
            and not any(c.kind == "region" and c.unit_id in gaz.capital_units for c in cur.cands)
            and _CITY_AND_ITS_UNIT_GAP.fullmatch(text, cur.end, nxt.start)
            and any(
                c.kind == "city"
                and any(n.kind == "region" and n.unit_id == c.unit_id for n in nxt.cands)
                for c in cur.cands
            )
        ):
            # "у Миколаєві та Миколаївській області", "in Kharkiv and the Kharkiv region":
            # a city, then the province named after it
            cur.city_cue = True
    kept: list[tuple[_Raw, list[_Cand]]] = []
    viable: dict[tuple, list[_Cand]] = {}
    # "Oil output from Unity state has halved ... Unity, roughly 38,000 km², ...": a name
    # that needs a cue is a place again once the text has named it with its unit word
    # (not a people's name: "Chin State ... Chin resistance groups")
    cued = {
        raw.key
        for raw in raws
        if raw.suffix == "region"
        and raw.key in _NEEDS_CUE
        and raw.key not in en.PEOPLE_NAMED_UNITS
    }
    for raw in raws:
        if raw.start in metonyms:
            continue
        if (
            not raw.suffix
            and not raw.city_cue
            and (
                _NOT_PLACE_AFTER.match(text, raw.end)
                or (raw.key in en.PEOPLE_NAMED_UNITS and _PEOPLE_AFTER.match(text, raw.end))
                or (
                    raw.last in _NOT_PLACE_LAST
                    and _NOT_PLACE_BEFORE.search(text[max(0, raw.start - 20) : raw.start])
                )
            )
        ):
            continue
        if (
            not raw.suffix
            and raw.key.rsplit(" ", 1)[-1] in _FEATURE_WORDS
            # "Cross River and Akwa Ibom": a state named like a river, without "the"
            and not (
                raw.key.endswith(" river")
                and raw.last != "the"
                and any(c.kind == "region" for c in raw.cands)
            )
            # a named place by that name is what it names ("Guantánamo Bay": the base)
            and not (raw.cands and all(c.kind == "area" for c in raw.cands))
        ):
            continue  # "Red Sea", "Jordan River": a sea or a river, not the unit named after it
        if _COMPOUND_PARTICLE_BEFORE.search(text, max(0, raw.start - 12), raw.start):
            # "Ла-Лінеа-де-ла-Консепсьйон", "Saint-Louis-du-Sénégal", "Комсомольськ-на-
            # Амурі": the end of a longer hyphenated name, not the place of its last word
            continue
        if not raw.suffix and _CYR_WATER_BEFORE.search(text, max(0, raw.start - 12), raw.start):
            continue  # "на островах озера Чад": the lake, not the country named after it
        if (
            not raw.suffix
            and _RIVER_TOWN_KEY.fullmatch(raw.key)
            and _RIVER_PREPOSITION_BEFORE.search(text, max(0, raw.start - 16), raw.start)
        ):
            continue  # "Херсон на Дніпрі", "через Днепр": the river
        compass = _COMPASS_KEY.fullmatch(raw.key) is not None
        if (
            compass
            and _CYR_CAPITALISED_AFTER.match(text, raw.end)
            and " " not in text[raw.start : raw.end]  # no unit word after it
        ):
            continue  # "провінція Північна Кьонсан": the adjective begins a longer name
        if not raw.suffix and (
            _TAKEN_TOWN_BEFORE.search(text, max(0, raw.start - 40), raw.start)
            or _TAKEN_TOWN_AFTER.match(text, raw.end)
        ):
            raw.taken = True
        vkey = (raw.key, raw.suffix, raw.city_cue)
        cands = viable.get(vkey)
        if cands is None:
            cands = viable[vkey] = _viable(
                raw, compass or (raw.key in _NEEDS_CUE and raw.key not in cued)
            )
        if (
            raw.key in _NAMED_LIKE_UNITS_AFTER_THE
            and not raw.suffix
            and (
                raw.last == "the"
                # "north of the Danube and Sava": the second of a pair "the" opens
                or _THE_ONE_AND_BEFORE.search(text, max(0, raw.start - 40), raw.start)
            )
        ):
            # "the Sahel": the belt south of the Sahara, not Burkina Faso's region; "the
            # Meuse", "the White Nile": the river, not the unit named after it
            cands = [c for c in cands if c.kind == "area"]
        if (
            raw.city_cue
            and cands
            and all(c.kind == "area" for c in cands)
            and _TOWN_APPOSITION.match(text, raw.end)
        ):
            continue  # "Heglig, an oilfield town": a town the data has not, not the area
        if (
            cands
            and any(c.kind == "country" for c in cands)
            and any(c.kind == "region" for c in cands)
        ):
            cands = _by_head_noun(text, raw, cands)
        if cands:
            kept.append((raw, cands))

    kept = _with_state_abbreviations(text, kept, gaz)

    # Pass 1: anchors, the mentions whose country is certain.
    weights: Counter[str] = Counter()
    if country is not None:
        weights[country] += 100
    for m in metonyms.values():
        weights[m.country] += 1
    anchor_memo: dict[tuple, str | None] = {}
    for raw, cands in kept:
        if _generic(raw.key):
            continue
        memo_key = (raw.key, raw.suffix, raw.city_cue, tuple(map(id, cands)))  # a head noun narrows
        if memo_key not in anchor_memo:
            big = {c.country for c in cands if _big_enough(c, set())}
            anchor_memo[memo_key] = big.pop() if len(big) == 1 else None
        anchor = anchor_memo[memo_key]
        if anchor is not None:
            weights[anchor] += 1
    context = {cc for cc, w in weights.items() if w > 0}
    # Towns vouch for each other: two names or more that can only be towns of one country
    # put that country in context ("Toretsk and Pokrovsk", "Vuhledar, Kurakhove, Selydove").
    # In the same pass: the units a city named in the text surely lies in ("Atlanta":
    # US-GA), and the countries a place named in it surely lies in ("Tbilisi": GEO).
    towns: dict[str, set[str]] = {}
    city_units: dict[str, set[str]] = {}
    place_countries: set[str] = set()
    unit_keys: dict[str, set[str]] = {}  # the names of units that may be a country's
    for raw, cands in kept:
        kinds = {c.kind for c in cands}
        if "country" not in kinds:
            for cc in {c.country for c in cands if c.kind == "region"}:
                unit_keys.setdefault(cc, set()).add(raw.key)
        if kinds == {"city"}:
            ccs = {c.country for c in cands if c.population >= CONTEXT_CITY_POPULATION_FLOOR}
            if len(ccs) == 1:
                towns.setdefault(ccs.pop(), set()).add(raw.key)
            units = {c.unit_id for c in cands}
            if len(units) == 1:
                city_units.setdefault(units.pop(), set()).add(raw.key)
        if "country" not in kinds and len(ccs := {c.country for c in cands}) == 1:
            place_countries |= ccs
    context |= {cc for cc, keys in towns.items() if len(keys) >= 2}

    # A town qualified by its state once ("MOSCOW, Idaho (AP)") is that town again when
    # named bare later in the text ("residents of Moscow and nearby Pullman").
    qualified: dict[str, tuple[str, str]] = {}
    for (a, a_cands), (b, b_cands) in itertools.pairwise(kept):
        if a.suffix or not _APPOSITION.fullmatch(text, a.end, b.start):
            continue
        states = {c.unit_id: c.country for c in b_cands if c.kind == "region"}
        towns = [c for c in a_cands if c.kind == "city" and c.unit_id in states]
        if towns and gaz.capitals.get(a.key) is not None:
            qualified.setdefault(a.key, (towns[0].country, towns[0].unit_id))

    # Pass 2: choose, right to left, so that "Tbilisi, Georgia" sees how "Georgia" was
    # read; the same name with the same cues resolves the same way.
    out: list[_Mention] = []
    memo: dict[tuple, tuple | None] = {}
    right_start, right = -1, None
    for k in range(len(kept) - 1, -1, -1):
        raw, cands = kept[k]
        local: tuple[str | None, str | None] = (None, None)
        if raw.key in qualified and not raw.suffix and raw.start not in metonyms:
            local = qualified[raw.key]
        if right is not None and (
            (
                _APPOSITION.fullmatch(text, raw.end, right_start)
                # "Ceuta and Melilla, Spain's two enclaves": an owner, not "Melilla, Spain"
                and text[kept[k + 1][0].end - 2 : kept[k + 1][0].end] not in ("'s", "’s")
            )
            # "Stanley, the capital of the Falklands", "Hamilton, a town in Bermuda": the
            # country or unit named is where the town lies, as after a bare comma
            or (
                right[0] in ("country", "region")
                and not raw.suffix
                and _TOWN_OF_GAP.fullmatch(text, raw.end, right_start)
            )
        ):
            local = (right[4], "" if right[0] == "country" else right[1])
        elif right is not None and (
            # "Santa Cruz, Bolivia's largest department": the owner named after the comma
            # is the country of the place, which stays what it is (no town by that)
            (
                right[0] == "country"
                and _APPOSITION.fullmatch(text, raw.end, right_start)
                and not raw.suffix
                and _OWNED_PLACE_AFTER.match(text, kept[k + 1][0].end)
            )
            # "Niger's Diffa region", "Georgia's Fulton County": the owner of a place is
            # its country, whatever else the text names near a namesake unit
            or (
                right[0] in ("region", "city", "area")
                and text[raw.end - 2 : raw.end] in ("'s", "’s")
                and _POSSESSED_GAP.fullmatch(text, raw.end, right_start)
            )
        ):
            cands = _of_countries(cands, {right[4]})
        if (
            k > 0
            and _HAS_A_GAP.fullmatch(text, kept[k - 1][0].end, raw.start)
            and len(owners := {c.country for c in kept[k - 1][1]}) == 1
            and all(c.kind == "country" for c in kept[k - 1][1])
        ):
            # "El Salvador has a coastal La Paz department", "Honduras has its own La
            # Paz": a place the country has is that country's
            cands = _of_countries(cands, owners)
        if (
            right is not None
            and right[0] == "region"
            and (
                _UNIT_QUALIFIER_GAP.fullmatch(text, raw.end, right_start)
                or (
                    # a town, not a capital, "in" a state elsewhere
                    _IN_QUALIFIER_GAP.fullmatch(text, raw.end, right_start)
                    and not raw.suffix
                    and gaz.capitals.get(raw.key) is None
                    and any(c.kind == "city" for c in cands)
                )
                or (
                    local[1]
                    and not raw.suffix
                    and not _CONNECTOR_AND.search(text, raw.end, right_start)
                    # not a list ("Приднестровья, Абхазии и Южной Осетии"), nor an area
                    and (
                        kept[k + 1][0].qualifier
                        or not _LIST_GOES_ON_AFTER.match(text, kept[k + 1][0].end)
                    )
                    # nor the subject of a clause of its own ("Brazil's Federal District,
                    # Mexico City is a federal entity")
                    and not _CLAUSE_VERB_AFTER.match(text, kept[k + 1][0].end)
                    and all(c.kind != "area" for c in cands)
                )
            )
            # a country is no town of a state abroad in a list of places ("Japan,
            # California, Texas and Mexico") nor before a unit of a country whose towns
            # are not written so ("Canada, England")
            and not (
                any(c.kind == "country" for c in cands)
                and (
                    right[4] not in _TOWN_STATE_COUNTRIES
                    or (k + 1 < len(kept) and _LIST_GOES_ON.match(text, kept[k + 1][0].end))
                )
            )
            and not any(
                c.country == right[4]
                # a town of the name in another state is no more the one meant than a
                # town abroad ("Moscow, Pa." is not Moscow, Idaho)
                and not (
                    local[1]
                    and c.kind == "city"
                    and c.unit_id != local[1]
                    and c.country in _TOWN_STATE_COUNTRIES
                )
                for c in cands
            )
            # (not a list whose next unit is put in a country of its own: "Amazonas in
            # Brazil, Amazonas in Colombia")
            and not (
                k + 2 < len(kept)
                and _OF_BETWEEN.fullmatch(text, kept[k + 1][0].end, kept[k + 2][0].start)
                and any(c.kind == "country" for c in kept[k + 2][1])
            )
        ):
            # "в Санкт-Петербурге, штат Флорида", "Sebastopol, California": a namesake in the
            # state named, which the data does not know; not the place of that name
            # elsewhere, but a town of that state
            # (in the countries whose text qualifies towns so; elsewhere the match may be a
            # piece of a longer name: "Maguindanao del Sur, Lanao del Sur")
            if right[4] not in _TOWN_STATE_COUNTRIES:
                right_start, right = raw.start, None
                continue
            named = next((c.name for c in cands if c.kind == "city"), text[raw.start : raw.end])
            town = ("city", right[1], right[2], named, right[4], 0.8)
            out.append(_Mention(raw.start, raw.end, *town))
            right_start, right = raw.start, town
            continue
        near = _near_countries(text, kept, k)
        # A state after "City, " is the state that city lies in ("Atlanta, Georgia"),
        # whatever else the text says of a namesake country.
        qualifies = False
        if (
            k > 0
            and not raw.suffix
            and _APPOSITION.fullmatch(text, kept[k - 1][0].end, raw.start)
            # a dateline's country: "TOLUCA, Mexico (AP) —" is Mexico, not its state; but
            # not a country no town of the name lies in ("ATHENS, Georgia —": the state)
            and not (
                kept[k - 1][0].dateline
                and any(
                    c.kind == "country"
                    and any(t.kind == "city" and t.country == c.country for t in kept[k - 1][1])
                    for c in cands
                )
            )
        ):
            units = {c.unit_id for c in kept[k - 1][1] if c.kind == "city"}
            regions = [c for c in cands if c.kind == "region" and c.unit_id in units]
            if regions and len(regions) < len(cands):
                cands, qualifies = regions, True
        if not raw.suffix and any(c.kind == "country" for c in cands):
            # A country's name is a namesake unit elsewhere when the text names a city
            # of that unit ("officials in Georgia ... Fulton County, which includes
            # Atlanta": the state).
            # So it is when the text names two other units of that unit's country and none
            # of the country's ("tore through Georgia, the Carolinas and Tennessee ...
            # Asheville, North Carolina").
            holding = [
                c
                for c in cands
                if c.kind == "region"
                and (
                    city_units.get(c.unit_id, set()) - {raw.key}
                    or len(unit_keys.get(c.country, set()) - {raw.key}) >= 2
                )
            ]
            own = {c.country for c in cands if c.kind == "country"}
            # ... unless it names a place of the country too ("a delegation from Georgia
            # ... officials from Tbilisi"), or a neighbour ("in Niger State, near Minna
            # ... crossed from neighbouring Niger").
            if (
                holding
                and holding[0].country not in own
                and not own & place_countries
                and not _NEIGHBOURING_BEFORE.search(text, max(0, raw.start - 16), raw.start)
                # ("bases across the border in Niger", "share long borders with Niger")
                and not _BORDER_BEFORE.search(text, max(0, raw.start - 40), raw.start)
            ):
                cands, qualifies = holding, True
        qual = _qualifier(text, kept, k) if len({c.country for c in cands}) > 1 else None
        if qual is not None and not qualifies:
            own = [c for c in cands if c.country == qual]
            if own:
                cands, qualifies = own, True
        capital = gaz.capitals.get(raw.key)
        if (
            capital is not None
            and not qualifies
            and not raw.suffix
            and local == (None, None)
            and not _STATE_CUE_AFTER.match(text, raw.end)
            and not _PART_OF_BEFORE.search(text, max(0, raw.start - 12), raw.start)
        ):
            # A bare name of a national capital is the capital ("in Washington" is D.C.),
            # not a same-named unit elsewhere in the country (the state of Washington).
            # A country of the capital's name stays a candidate ("Djibouti", "Kuwait").
            at_capital = [c for c in cands if c.unit_id == capital[0] or c.kind == "country"]
            if at_capital and len(at_capital) < len(cands):
                cands, qualifies = at_capital, True
        memo_key = (
            raw.key, raw.suffix, raw.unit_word, raw.city_cue, raw.dateline, raw.taken, local,
            near, qualifies, qual,
            tuple(map(id, cands)),  # the candidates left (gazetteer objects, long-lived)
        )  # fmt: skip
        if memo_key not in memo:
            memo[memo_key] = _choose(gaz, near, raw, cands, weights, context, local)
        chosen = memo[memo_key]
        if chosen is not None and chosen[0] == "city" and raw.last == "the" and not raw.city_cue:
            chosen = None  # "on the Dnipro": a river or a feature; cities take no article
        right_start, right = raw.start, chosen
        if chosen is not None:
            # (an island group that is a unit keeps its island word out too: "острови Мацзу")
            area = chosen[0] == "area" or (
                chosen[0] == "region" and _AREA_GENERIC_BEFORE.match(text, raw.start) is not None
            )
            start, end = (
                _area_span(text, raw, chosen[1], chosen[3]) if area else (raw.start, raw.end)
            )
            out.append(_Mention(start, end, *chosen))
    out.extend(metonyms.values())
    out.extend(_bosnian_federation(text, out, gaz))
    if "," in text:
        out = [_inverted_name(text, m) for m in out]
    out.sort()
    return tuple(out)


#: The World Bank's inverted names after a country's short one: "Congo, Rep.", "Congo,
#: Dem. Rep.", "Korea, Rep.", "Korea, Dem. People's Rep." (the part after the comma tells
#: which country), as alpha-3 and English name.
_INVERTED_NAMES = (
    ("congo", re.compile(r",\s*Dem\.?\s+Rep\.?"), "COD", "Democratic Republic of the Congo"),
    ("congo", re.compile(r",\s*Rep\.?(?!\w)"), "COG", "Republic of the Congo"),
    ("korea", re.compile(r",\s*Dem\.?\s+People['’]s\s+Rep\.?"), "PRK", "North Korea"),
    ("korea", re.compile(r",\s*Rep\.?(?!\w)"), "KOR", "South Korea"),
)


def _inverted_name(text: str, men: _Mention) -> _Mention:
    """A country mention that an inverted name's second part makes another country."""
    if men.kind != "country" or text[men.end : men.end + 1] != ",":
        return men
    key = text[men.start : men.end].lower()
    for short, after, code, name in _INVERTED_NAMES:
        if key == short and after.match(text, men.end):
            return men._replace(country=code, name=name, score=1.0)
    return men


#: "the Federation" alone, in a text about Bosnia and Herzegovina's two entities.
_THE_FEDERATION = re.compile(r"(?<=\bthe )Federation\b(?!\s+(?:of|Council|Assembly)\b)")


def _bosnian_federation(
    text: str, found: list[_Mention], gaz: _Gazetteer
) -> list[_Mention]:
    """The Federation of Bosnia and Herzegovina named short, beside Republika Srpska.

    "Republika Srpska covers 49 percent and the Federation 51 percent": where the text
    names Republika Srpska, "the Federation" is the other entity (BA-BIH).
    """
    if "Federation" not in text or not any(m.unit_id == "BA-SRP" for m in found):
        return []
    iso, name, cc = gaz.units["BA-BIH"]
    taken = [(m.start, m.end) for m in found]
    return [
        _Mention(m.start(), m.end(), "region", "BA-BIH", iso, name, cc, 0.9)
        for m in _THE_FEDERATION.finditer(text)
        if not any(a < m.end() and m.start() < b for a, b in taken)
    ]


_PROVINCE_CUE = re.compile(rf"(?i)(?<!\w)(?:{_alt(lang.merged_tuple('PROVINCE_CUES'))})(?!\w)|%")
_NA_BEFORE = re.compile(r"(?i)(?<!\w)на\s+$")
_MEASURE_CUE = re.compile(rf"(?i)(?<!\w)(?:{_alt(lang.merged_tuple('MEASURE_CUES'))})(?!\w)|%")
_CLAUSE_BREAK = re.compile(
    r"[;:!?()\n]|\.(?!\d)|,\s+(?:а|але|та|і|and|but|while|whereas|и|но)(?!\w)"
)


#: Countries whose units in the data are municipalities or districts named after their
#: seat, and called by it only as the town: Natural Earth draws Kosovo's 30 municipalities
#: (Kosovo has seven districts above them), and Cyprus's districts bear their towns' names
#: ("the resort quarter of Famagusta", "у Фамагусті" are the town, as the labelled sets
#: give Famagusta, Limassol, Larnaca and Paphos in 58 of 60 mentions, the other two
#: "Famagusta district"). A bare name there is the town unless a cue ("Famagusta
#: district", "municipal buildings in Zvečan") makes it the unit.
_MUNICIPAL_COUNTRIES = frozenset({"XKX", "CYP"})
_DISTRICT_AFTER = re.compile(r"(?i)\s+(?:district|municipality)\b")
_MUNICIPAL_WORD = re.compile(r"(?i)(?<!\w)(?:municipal\w*|муніципалітет\w*|муниципалитет\w*)")


#: The least share of its unit's people a town of the unit's name has when the unit is
#: named after it: Idlib has 11%, Tillabéri 12%; Okinawa 9%, Tochigi 7.5% (not seats).
_SEAT_SHARE = 0.09


class _NamedAfterCity:
    """Whether a unit is named after its capital city, when that city is no unit itself.

    A unit is, when the key of its English name has the unit with an "X Oblast" (province,
    governorate) form and a city in it (Odesa, Kharkiv, Tehran); not a city that is a unit
    (Kyiv, Moscow, Sevastopol). Looked up per unit through the automaton and memoised, so
    the name index is never scanned whole.
    """

    def __init__(self, gaz: _Gazetteer) -> None:
        self.gaz = gaz
        self.memo: dict[str, bool] = {}
        #: seat municipalities -> the coded unit of their name (see seat_units)
        self.seats = seat_units(gaz.units)

    def __contains__(self, unit_id: object) -> bool:
        if not isinstance(unit_id, str):
            return False
        hit = self.memo.get(unit_id)
        if hit is None:
            hit = self.memo[unit_id] = self._lookup(unit_id)
        return hit

    def _lookup(self, unit_id: str) -> bool:
        unit = self.gaz.units.get(unit_id)
        if unit is None:
            return False
        if unit[2] in _MUNICIPAL_COUNTRIES:
            return True  # "Zvečan", "Leposavić": the town the municipality is named after
        kid = key_id(self.gaz, normalize(unit[1]))
        if kid is None:
            return False
        cands = self.gaz.candidates[kid]
        # a town of the name that is a small part of the unit is no seat it is named after
        # (Okinawa, Tochigi: the prefectures' seats are Naha and Utsunomiya)
        town = max((c.population for c in cands if c.kind == "city" and c.unit_id == unit_id),
                   default=0)  # fmt: skip
        return any(
            c.kind == "region"
            and c.unit_id == unit_id
            and c.suffix_form
            and c.home
            and town > 0
            and town >= _SEAT_SHARE * c.population
            for c in cands
        )


_NAMED_AFTER: list[tuple[_Gazetteer, _NamedAfterCity]] = []


def _named_after_city(gaz: _Gazetteer) -> _NamedAfterCity:
    """The :class:`_NamedAfterCity` of the gazetteer in use."""
    if not _NAMED_AFTER or _NAMED_AFTER[0][0] is not gaz:
        _NAMED_AFTER[:] = [(gaz, _NamedAfterCity(gaz))]
    return _NAMED_AFTER[0][1]


def _lists_with_a_province(
    text: str, raws: list[_Raw], cities: list[bool], gaz: _Gazetteer
) -> list[bool]:
    """For each match, whether a list joins it to a province that is no city.

    "Zamfara and Kaduna": Kaduna is the state; "Kalbajar, Lachin, Qubadli, Zangilan":
    one province anywhere in the list makes its namesakes of towns provinces too. A unit
    that is a city by its ISO 3166-2 type is no such province ("Шушу и Ханкенди": Khankendi
    is a municipality, so Shusha stays the town). Each list is looked at once.
    """
    out = [False] * len(raws)
    first = 0
    figured = False  # whether the list so far gives each item its figure
    for k in range(1, len(raws) + 1):
        if k < len(raws) and _FIGURED_CONNECTOR.fullmatch(text, raws[k - 1].end, raws[k].start):
            figured = True
            continue
        if k < len(raws) and (
            _CONNECTOR.fullmatch(text, raws[k - 1].end, raws[k].start)
            or _COMPASS_CONNECTOR.fullmatch(text, raws[k - 1].end, raws[k].start)
            # "Kano and neighbouring Katsina": a neighbour of a province is a province
            or _NEIGHBOUR_JOIN.fullmatch(text, raws[k - 1].end, raws[k].start)
            # "Kherson (28,461 km²), Zaporizhzhia (27,180 km²) and ...": items with asides
            or _BRACKETED_CONNECTOR.fullmatch(text, raws[k - 1].end, raws[k].start)
        ):
            continue
        # raws[first:k] is one list (or one match alone, which no list joins)
        if k - first > 1 and _UNITS_LISTED.search(
            text, max(0, raws[first].start - 80), raws[first].start
        ):
            # "Cyprus's six districts are Nicosia, Limassol, ...", "The four regions ...,
            # by size: Kherson (28,461 km²), Zaporizhzhia ...": a list of units, by its noun
            out[first:k] = [True] * (k - first)
        elif k - first > 1 and any(
            not cities[j]
            and (
                all(c.kind != "city" for c in raws[j].cands)
                # "Donetsk Oblast covers 10,240 square miles, Luhansk 10,300, ...": in a
                # list of figures, one named with its unit word
                or (raws[j].suffix == "region" and figured)
                # "across Idlib and northern Aleppo": a compass part is the province's
                or _COMPASS_PART_BEFORE.search(text, max(0, raws[j].start - 20), raws[j].start)
                # "Raqqa and Deir ez-Zor, Arab-majority provinces": the list's units
                or (j == k - 1 and _UNIT_APPOSITION.match(text, raws[j].end))
            )
            and any(
                c.kind == "region"
                and _iso_type(gaz.units.get(c.unit_id, (None,))[0]) not in CITY_UNIT_TYPES
                for c in raws[j].cands
            )
            for j in range(first, k)
        ):
            out[first:k] = [True] * (k - first)
        elif k - first > 1 and any(
            raws[j].cands
            and all(c.kind == "country" for c in raws[j].cands)
            # joined by a conjunction, not a comma ("Hamburg, Germany"), and the country
            # itself, not its government ("near Kherson, and Ukraine's government")
            and any(
                _CONJUNCTION_JOIN.fullmatch(text, raws[a].end, raws[a + 1].start)
                for a in (j - 1, j)
                if first <= a < k - 1
            )
            and not _POSSESSIVE_NOUN_AFTER.match(text, raws[j].end)
            and not (
                text[raws[j].end - 2 : raws[j].end - 1] in ("'", "’", "ʼ")
                and _POSSESSIVE_NOUN_AFTER.match(text, raws[j].end - 2)
            )
            for j in range(first, k)
        ):
            # "between Belarus and Kaliningrad": a country's neighbour in a list is a
            # territory, the province, not its capital
            out[first:k] = [True] * (k - first)
        first, figured = k, False
    return out


#: After "Name, Country's": a place of that country ("Santa Cruz, Bolivia's largest
#: department", "Melilla, Spain's enclave"); not "Niger, Nigeria's northern neighbour".
_OWNED_PLACE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?i:departments?|provinces?|states?|regions?|cit(?:y|ies)|"
    r"towns?|enclaves?|exclaves?|territor(?:y|ies)|islands?|count(?:y|ies)|districts?|"
    r"oblasts?|governorates?|capital|ports?|municipalit(?:y|ies)|prefectures?)\b"
)
#: Between two items of a list: a conjunction, with or without a comma (" and ", ", or ").
_CONJUNCTION_JOIN = re.compile(r"(?i),?\s+(?:and|or|&|та|і|и|й|або|чи|или|либо)\s+(?:the\s+)?")
#: A possessive and a lower-case noun after a name: "Ukraine's government", "Russia's army".
_POSSESSIVE_NOUN_AFTER = re.compile(r"['’ʼ]s?\s+[a-z]")
#: Between two items of a list, past an aside in brackets: " (28,461 km²), ".
_BRACKETED_CONNECTOR = re.compile(
    r"\s*\([^()]{1,40}\)\s*(?:,\s*(?:(?:and|or|та|і|и|й)\s+)?|\s+(?:and|or|та|і|и|й)\s+)"
)
#: Between two items of a list, past the first one's figure: " 10,300, ", " 27,180 km² and ".
_FIGURED_CONNECTOR = re.compile(
    r"(?:\s+(?:covers|covering|spans|at|with|has|of)(?:\s+(?:about|some|roughly|around|nearly))?)?"
    r"\s+~?\d[\d,.\u00a0\u202f]*\s*(?:(?:km²|km2|sq\.?\s*km|sq\.?\s*mi(?:les)?|"
    r"square\s+(?:kilomet(?:re|er)s|miles)|%|per\s*cent|percent|км²|кв\.?\s*км)\s*)?"
    r"(?:,\s*(?:(?:and|or|та|і|и|й)\s+)?|\s+(?:and|or|та|і|и|й)\s+)"
)
#: A plural unit noun that opens a list of units, the list right after its colon or verb:
#: "six districts are", "the four regions Moscow claimed to annex, by size:", "шість
#: районів:".
_UNITS_LISTED = re.compile(
    r"(?i)(?<!\w)(?:regions|oblasts|provinces|districts|governorates|prefectures|counties|"
    r"областей|області|области|районів|райони|районы|районов|округів|округи|округов|"
    r"провінцій|провінції|провинций|провинции)"
    r"(?!\w)[^.;:!?]{0,60}?(?::|\s(?:are|were|—|–)|\s(?:є|—))\s*(?:the\s+)?$"
)
# Another unit's generic word ("Donetsk region", "Донецької області") is no cue for this one.
_OTHER_UNIT = re.compile(
    r"[A-ZА-ЯІЇЄҐЁ][\w'’-]*(?:['’]s)?(?:\s+|[\u00ad\u200b\u200c\u200d\u2060\ufeff]+)(?i:regions?|oblasts?|provinces?|област\w*|"
    r"регіон\w*|регион\w*)(?!\w)"
)
#: ISO 3166-2 subdivision types of a unit that is a city itself (Kyiv, Moscow, Delhi).
CITY_UNIT_TYPES = frozenset(
    {
        "city", "autonomous city", "federal city", "capital city", "municipality",
        "special city", "metropolitan city", "city municipality", "union territory",
        "capital district", "federal district", "capital territory", "territory",
        "special self-governing city", "city with county rights",
        "autonomous city in north africa", "state city", "special administrative city",
        "city corporation", "capital", "federal capital territory",
    }
)  # fmt: skip
#: Unit types that are a city and nothing more: "the city of Sevastopol" is the unit still,
#: one and the same ground (a municipality or a district may hold more than the city); a
#: national capital called a city is the city, as writers label it ("the city of Kyiv").
_CITY_TYPES = frozenset(
    {"city", "autonomous city", "federal city", "special city", "capital city",
     "special self-governing city", "autonomous city in north africa"}
)  # fmt: skip
_UNIT_CITY_NAME: dict[str, str | None] = {}


def _unit_city_name(iso: str) -> str | None:
    """The normalised ISO 3166-2 name of a unit that is no city itself, else None.

    "ES-MD" -> "madrid comunidad de", "CH-GE" -> "geneve"; "UA-30" (type City) -> None.
    """
    if iso not in _UNIT_CITY_NAME:
        import pycountry

        sub = pycountry.subdivisions.get(code=iso)
        ok = sub is not None and sub.type.lower() not in CITY_UNIT_TYPES
        _UNIT_CITY_NAME[iso] = normalize(sub.name) if ok else None
    return _UNIT_CITY_NAME[iso]


def _part_city(region: _Cand, raw: _Raw, gaz: _Gazetteer) -> bool:
    """True when a city of the same name lies in a bigger unit named otherwise.

    Madrid (in "Comunidad de Madrid"), Barcelona (Catalunya), Geneva (Genève), Belgorod
    (Belgorodskaya oblast'); not a city that is a unit (Kyiv, Delhi) nor one whose unit
    bears its very name (Hamburg, Berlin, Tokyo).
    """
    iso = gaz.units.get(region.unit_id, (None,))[0]
    if not isinstance(iso, str) or not any(
        c.kind == "city" and c.unit_id == region.unit_id for c in raw.cands
    ):
        return False
    unit_name = _unit_city_name(iso)
    return unit_name is not None and unit_name != raw.key


def _bears_city_name(region: _Cand, raw: _Raw, gaz: _Gazetteer) -> bool:
    """True when a province bears the very name of a city in it and is no city itself.

    Kirkuk, Benghazi, Antofagasta, Plovdiv, Kandahar: their provinces are named after them,
    whether or not the data also knows an "X Province" form of the name; so is a district
    beside the town's own municipality of the same name (Shusha Rayon, see
    :func:`~geoclaims.text.gazetteer.seat_units`). Not a unit that is a city by its ISO
    3166-2 type (Sevastopol, the City of Edinburgh, the city-states Hamburg and Bremen,
    whose type is Land).
    """
    iso = gaz.units.get(region.unit_id, (None,))[0]
    seats = _named_after_city(gaz).seats
    if (
        region.kind != "region"
        or not region.home
        or raw.key in _COMMON_WORDS  # "Reading is fun": no town either
        or not isinstance(iso, str)
        or _iso_type(iso) == "land"
        # (a big enough town: Okinawa City is no seat of Okinawa Prefecture)
        or not any(
            c.kind == "city"
            and region.unit_id in (c.unit_id, seats.get(c.unit_id))
            and c.population >= _SEAT_SHARE * region.population
            for c in raw.cands
        )
    ):
        return False
    return _unit_city_name(iso) is not None


#: Before a list: its names are cities ("the cities of Donetsk and Luhansk").
_CITIES_OF_BEFORE = re.compile(
    r"(?i)\b(?:cities|towns|ports)\s+(?:of|such\s+as|like|including)?\s*(?:the\s+)?$"
)
#: Before a list: a point near which, or a part of a town in which, things happen, so its
#: names are cities ("fighting around Kyiv, Kharkiv and Kherson", "a residential district
#: of Kharkiv", "based in Aden", "поблизу Тулчі", "под Харьковом").
_POINT_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:near|around|outskirts\s+of|suburbs?\s+of|"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
    r"residential\s+(?:districts?|areas?|neighbou?rhoods?|quarters?|buildings?)\s+(?:of|in)|"
    r"neighbou?rhoods?\s+of|(?:city\s+)?(?:centre|center)\s+of|streets\s+of|"
    r"(?:based|headquartered|stationed)\s+in|поблизу|біля|неподалік\s+від|околиц\w+|"
    r"передмісті?|около|возле|вблизи|близ|под|пригород\w*|окраин\w+)\s+(?:the\s+)?$"
)
#: After a possessive: a part of a town ("Kherson's central square"), so the city.
_TOWN_PART_AFTER = re.compile(
    r"(?i)\s+(?:(?:central|main|old|historic|riverside)\s+)?(?:square|streets|airport|"
    r"outskirts|suburbs|city\s+centre|downtown|railway\s+station|residential)\b"
)
#: After a name's possessive: a part of a province ("Mykolaiv's coast").
_PROVINCE_PART_AFTER = re.compile(
    r"(?i)\s+(?:\w+\s+)?(?:coast|coastline|shoreline|countryside|border\s+areas|"
    r"border\s+villages|steppe|farmland|territory|(?:right|left)\s+bank)\b"
)
#: Before a name: places inside it, so the province ("a few villages in Chernihiv").
_PLACES_IN_BEFORE = re.compile(
    r"(?i)\b(?:villages?|hamlets?|settlements?|hromadas?|communities|districts|raions?|"
    r"pockets?|border\s+areas?)\s+(?:in|of)\s+(?:the\s+)?$"
    # oil fields spread over a province: "нефтяные месторождения (в) Дейр-эз-Зора"
    r"|(?<!\w)(?:месторожден\w*|родовищ\w*)\s+(?:(?:в|у|на)\s+)?$"
)
#: After a name: an apposition calling it a unit ("Cabinda, an Angolan exclave").
_UNIT_APPOSITION = re.compile(
    r"(?i),\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:exclave|enclave|province|region|oblast|"
    r"governorate|state|territory|department)\b"
    # after a list, its units in the plural: "Raqqa and Deir ez-Zor, Arab-majority provinces"
    r"|,\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?i:provinces|regions|oblasts|governorates|states)\b"
)
#: A part of a place held or taken, before its name: the province ("forces hold all of
#: Luhansk and most of Donetsk", "Russia seized much of Kherson").
_PART_HELD_BEFORE = re.compile(
    r"(?i)\b(?:holds?|held|holding|control\w*|captur\w*|occup\w*|seiz\w*|took|tak(?:e|es|en|ing)|"
    r"includ(?:e|es|ed|ing)|hand(?:s|ed|ing)?|cede[sd]?|ceding|giv(?:e|es|en|ing)|gave|"
    r"surrender\w*|plus|leav(?:e|es|ing)|left|"
    r"overr[au]n|annex\w*|liberat\w*|retook|retak\w*|recaptur\w*|claim(?:s|ed|ing)?|"
    r"demand(?:s|ed|ing)?|sign(?:s|ed|ing)?\s+away|want(?:s|ed)?|"
    # "Russia's share is about one-fifth: Crimea, nearly all of Luhansk, most of Donetsk"
    r"share)\s+"
    r"(?:[^.;!?]{0,90}?\s)?(?:all|most|much|half|parts?|the\s+whole|the\s+rest|"
    # "all but a sliver of Luhansk", "a strip of Kharkiv"
    r"(?:all\s+but\s+)?(?:a|an|one)\s+(?:small\s+|narrow\s+|thin\s+)?(?:sliver|strip|corner|"
    r"slice|swathe?|chunk|fraction|pocket|patch|remnant)|"
    r"(?:slivers|strips|swathes|chunks|pockets|corners)|"
    r"(?:a|one|two|three|four)[\s-](?:third|quarter|fifth)s?|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))"
    r"\s+of\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?$"
    # "How much of Kherson does Russia occupy?": the place a share is asked of
    r"|(?i:\bhow\s+much\s+of\s+(?:the\s+)?)$"
)


#: Before a list: a plural unit word, so its names are the units ("the governorates of
#: Erbil, Sulaymaniyah and Duhok", "провінції Ербіль, Сулейманія і Дохук", "four regions,
#: Donetsk, Luhansk, Zaporizhzhia and Kherson").
_UNITS_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:provinces|governorates|regions|oblasts|states|prefectures|мухафаз\w*|"
    r"провінці[їяй]\w*|провинци[ийя]\w*|област(?:і|ей|ях|ями)|регіон(?:и|ів)|регион(?:ы|ов))"
    # "four Ukrainian regions, Donetsk, Luhansk, Zaporizhzhia and Kherson", "regions:"
    r"(?:\s*[,:—–]\s*|\s+(?:(?:of|such\s+as|like|including)\s+)?)(?:the\s+)?$"
)
#: Before a Ukrainian or Russian name: a part of it, so the province ("большую часть Ракки",
#: "половину Запоріжжя", "решту Донеччини").
_PART_BEFORE_CYRILLIC = re.compile(
    r"(?i)(?<!\w)(?:част\w*|половин\w*|решт\w*|остат\w*|територі\w*|территори\w*)\s+$"
)
#: A town named, then "in": the name after is the province it lies in.
_TOWN_IN_BEFORE = re.compile(
    r"(?:\b(?:near|in|at|from|of|around|outside|and)\s+)"
    r"(?P<town>[A-Z][\w'’-]+"
    r"(?:[ -][A-Z][\w'’-]+|\s+(?:al|el|ad|as|ar|ash|an|at|az)-[A-Z][\w'’-]+)?)"
    r"(?:\s+\([^)]{1,30}\))?\s+in\s+$"
)
@functools.cache
def _country_names_of(gaz_id: int, names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize(n) for n in names)


def _country_names(gaz: _Gazetteer) -> frozenset[str]:
    """The normalised English names of the countries."""
    return _country_names_of(id(gaz), tuple(gaz.country_names.values()))


_COMPASS_PART_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|"
    r"neighbou?ring)\s+$"
)
#: Russian and Ukrainian regional nouns not made with "-щина": "Прикамье", "Ставрополье",
#: "Прикам'я", "Воронежчина", "Нижегородчина" (normalised keys).
_REGIONAL_NOUN = re.compile(
    r"^(?:при|под)[а-яёіїєґ]+(?:ье|ья|ью|ьем|'я|'ї|'ю|'ям)$|ол(?:ье|ья|ью|ьем)$|[жд]чин"
)
#: Between a city and the province named after it: "Mykolaiv and Mykolaiv Oblast".
_CITY_AND_ITS_UNIT_GAP = re.compile(r"(?i)\s+(?:and|та|і|й|и)\s+(?:the\s+|in\s+the\s+|в\s+|у\s+)?")
_BORDER_BEFORE = re.compile(r"(?i)(?<!\w)(?:borders?|frontiers?|кордон\w*|границ\w*)\b[^.;:!?]*$")
_NEIGHBOURING_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:neighbou?ring|сусідн\w+|соседн\w+)\s+$"
)
_BANK_OF_BEFORE = re.compile(r"(?i)\b(?:right|left)[\s-]+bank\s+of\s+(?:the\s+)?$")
_PARTS_OF_BEFORE = re.compile(r"(?i)\b(?:parts|most|much)\s+of\s+(?:the\s+)?$")


#: How far from a name its clause is read for a cue of territory or measure (characters).
_CUE_REACH = 400


def _the_city(
    text: str,
    raw: _Raw,
    named_after: _NamedAfterCity,
    gaz: _Gazetteer,
    span: tuple[int, int, int, int],
) -> bool:
    """True when a bare name of a province named after its capital means the city.

    It does unless a word of territory or its measure stands in its clause within a few
    words ("Russia will annex Kherson", "Donetsk and Luhansk together cover 8.8 per cent",
    "Kherson region"): "missiles hit Odesa", "blackouts in Kharkiv", "у Львові", "в
    Харькове" are the cities. Regional names ("Харківщина") are never the city.

    ``span`` is (lo, first, last, hi): the list the match stands in runs from ``first`` to
    ``last``, and the other places nearest around it end at ``lo`` and start at ``hi``. A
    cue beyond them is theirs: in "6,500 km² of Donetsk region would expose Dnipro and
    Zaporizhzhia", the measure is Donetsk region's, and Zaporizhzhia is the city.
    """
    if (
        raw.dateline
        and raw.key not in gaz.capitals
        and not any(c.kind == "country" for c in raw.cands)
    ):
        # "DONETSK, Russian-controlled Ukraine, Jan 21 (Reuters) -", "YANGON, Dec 20 -": the
        # city, unless the city is a unit of its own; a national capital's dateline is the
        # unit it is or bears its name, as its bare name is ("KYIV, Ukraine (AP)")
        return any(c.kind == "city" for c in raw.cands) and not any(
            c.kind == "region"
            and isinstance(gaz.units[c.unit_id][0], str)
            and _unit_city_name(gaz.units[c.unit_id][0]) is None
            for c in raw.cands
        )
    capital = gaz.capitals.get(raw.key)
    if (
        capital is not None
        and capital[0] in gaz.capital_units
        and capital[2] not in _MUNICIPAL_COUNTRIES
    ):
        return False  # a capital whose unit is the city itself: the unit ("in Tokyo")
    if _DISTRICT_AFTER.match(text, raw.end):
        return False  # "the Shusha district", "Paphos district": the unit its word names
    if any(
        c.kind == "region" and _iso_type(gaz.units[c.unit_id][0]) == "autonomous republic"
        for c in raw.cands
    ):
        return False  # "с Нахичеванью": the autonomous republic, an exclave, not its capital
    if (
        "щин" in raw.key
        or "ччин" in raw.key
        or "тчин" in raw.key
        # (and as written in Latin letters: "Donechchyna", "Kharkivshchyna")
        or "shchyn" in raw.key
        or "chchyn" in raw.key
        or "tchyn" in raw.key
        # "В Прикамье", "на Ставрополье", "на Воронежчине": regional nouns, no towns
        or _REGIONAL_NOUN.search(raw.key)
        # a name that ends in its unit word is the unit ("у Красноярському краї")
        or _UNIT_WORD_KEY.fullmatch(raw.key.rsplit(" ", 1)[-1]) is not None
        or any(c.kind == "country" for c in raw.cands)  # "Djibouti", "Mexico": the country
        or not any(
            c.kind == "region"
            and c.bare_ok
            and (
                c.unit_id in named_after
                or _part_city(c, raw, gaz)
                or _bears_city_name(c, raw, gaz)
            )
            # (not a small namesake of a bigger unit: "Arizona and Florida" are the US
            # states, not Uruguay's Florida department and its town)
            and c.population >= _largest(raw.cands, "region")
            for c in raw.cands
        )
    ):
        return False
    if all(
        c.kind != "region" or gaz.units[c.unit_id][2] in _MUNICIPAL_COUNTRIES for c in raw.cands
    ):
        # "municipal buildings in Zvečan", "в муніципалітетах Зубін-Поток, Звечан": the
        # municipality, where its sentence speaks of municipalities; "Paphos district"
        if raw.suffix == "region" or raw.key.endswith((" district", " municipality")):
            return False
        lo = max(text.rfind(". ", 0, raw.start), raw.start - 200, 0)
        hi = text.find(". ", raw.end)
        hi = min(hi if hi >= 0 else len(text), raw.end + 200)
        if _MUNICIPAL_WORD.search(text, lo, hi):
            return False
    # A national capital's name is its province only by a unit word or a measure: war
    # words make a capital no province ("the army retook Khartoum", "fighting in Kabul").
    # So is a Ukrainian or Russian noun of a Ukrainian, Russian or Belarusian province,
    # since those languages name such a province by an adjective or "-щина" ("Херсон
    # звільнили" is the city), except after "на", the preposition of regions ("на
    # Запоріжжі").
    cyrillic = bool(_CYRILLIC_LOWER.match(raw.key)) and any(
        c.kind == "region" and c.country in ("UKR", "RUS", "BLR") for c in raw.cands
    )
    foreign_cyrillic = bool(_CYRILLIC_LOWER.match(raw.key)) and not cyrillic
    if (
        cyrillic
        # the Ukrainian locative "на Запоріжжі" and the Russian "на Запорожье", not "на Суми"
        and raw.key[-1:] in "іїуе"
        and _NA_BEFORE.search(text, max(0, raw.start - 4), raw.start)
    ):
        return False
    lo, first, last, hi = span
    if any(
        _PART_HELD_BEFORE.search(text, max(0, at - 140), at) for at in {raw.start, first}
    ):
        return False  # "Russia holds all of Luhansk and most of Donetsk", "parts of A and B"
    if _UNITS_BEFORE.search(text, max(0, first - 40), first) or (
        _CYRILLIC_LOWER.match(raw.key)
        and _PART_BEFORE_CYRILLIC.search(text, max(0, first - 40), first)
    ):
        return False  # "the governorates of Erbil, Sulaymaniyah and Duhok", "часть Ракки"
    if _COMPASS_PART_BEFORE.search(text, max(0, raw.start - 20), raw.start):
        return False  # "northern Latakia", "eastern Deir ez-Zor": a part of the province
    town = _TOWN_IN_BEFORE.search(text, max(0, first - 60), first)
    if town and normalize(town["town"]) not in _country_names(gaz):
        # "near Banibangou in Tillabéri", "Ras al-Ain (Serêkaniyê) in Hasakah"; not "talks
        # between Russia and Ukraine in Istanbul"
        return False
    if _BANK_OF_BEFORE.search(text, max(0, first - 40), first) or (
        (first, last) != (raw.start, raw.end)
        and _PARTS_OF_BEFORE.search(text, max(0, first - 30), first)
    ):
        return False  # "the right bank of Kherson", "Crimea and parts of Donetsk and Luhansk"
    if (
        _CITIES_OF_BEFORE.search(text, max(0, first - 30), first)
        or _POINT_BEFORE.search(text, max(0, first - 30), first)
        or (text[raw.end - 2 : raw.end - 1] in "'’ʼʹ" and _TOWN_PART_AFTER.match(text, raw.end))
    ):
        return True  # "the cities of Donetsk and Luhansk", "cities such as Zaporizhzhia"
    if (
        _PLACES_IN_BEFORE.search(text, max(0, first - 30), first)
        or _UNIT_APPOSITION.match(text, raw.end)
        # "the villages along Mykolaiv's coast": a province's coast or countryside
        or (
            text[raw.end - 2 : raw.end - 1] in "'’ʼʹ"
            and _PROVINCE_PART_AFTER.match(text, raw.end)
        )
    ):
        return False  # "a few villages in Chernihiv", "Cabinda, an Angolan exclave"
    if (
        _LABELLED_SHARE_AFTER.match(text, raw.end) or _LABELLED_SHARE_AFTER.match(text, last)
    ) and not _RANGE_TO_BEFORE.search(text, max(0, raw.start - 5), raw.start):
        # "Luhansk: more than 99%; Donetsk: about 79%": a province's share; so of each name
        # of a list the label is ("Donetsk and Luhansk: 8.8% of Ukraine")
        return False
    if (
        cyrillic
        and all(c.country == "UKR" for c in raw.cands if c.kind == "region")
        and not _adjectival(raw.key.split()[-1])
        and not _SHARE_OF_BEFORE.search(text, max(0, raw.start - 25), raw.start)
    ):
        # "Харків займає 5,2% території України": Ukrainian text names an oblast by its
        # adjective or "-щина"; the noun is the city whatever it measures (but "74%
        # Запоріжжя", a share of it, is the oblast)
        return True
    cue = _MEASURE_CUE if cyrillic or foreign_cyrillic or raw.key in gaz.capitals else _PROVINCE_CUE
    # (at most a few hundred characters either way: in a list of thousands of towns each
    # name would otherwise read the whole list, and the scan would grow with its square)
    lo = max(lo, first - 50, raw.start - _CUE_REACH)
    hi = min(hi, last + 50, raw.end + _CUE_REACH)
    before, after = _clause(text[lo : raw.start], text[raw.end : hi])
    if not (cue.search(before) or cue.search(after)):
        return True
    # A cue may be another unit's generic word: look again without those.
    before, after = _clause(_OTHER_UNIT.sub(" ", before), _OTHER_UNIT.sub(" ", after))
    return not (cue.search(before) or cue.search(after))


#: A share right before a name, which is its whole: "74% Запоріжжя", "третину Херсона".
_SHARE_OF_BEFORE = re.compile(
    r"(?:%|відсот\w*|процент\w*|частин\w*|части|частку|третин\w*|трети|треть|чверт\w*|"
    r"четверт\w*|половин\w*|всю|весь|всей|усю|увесь|всієї)\s*$"
)
#: A share given for a name as a label: "Donetsk: about 79%", "Херсонська — приблизно 72%".
_LABELLED_SHARE_AFTER = re.compile(
    r"\s*[:—–|]\s*(?:[^\W\d]+\s+){0,2}[~≈<>]?\s*\d[\d.,]*\s*(?:%|per\s*cent|percent|відс|процент)"
    # or an area after a colon: "- Donetsk and Luhansk: 53,200 sq km"
    r"|:\s*(?:(?:about|some|around|~|≈|близько|около)\s*)?\d[\d.,]*\s*(?:\d{3}\s*)*"
    r"(?:(?:thousand|тыс\.?|тис\.?)\s*)?(?:sq\b|km²|km2|square|кв\.|км²|км2)"
)
#: Before a name: the end of a range of places ("от Харькова до Одессы — почти 40% ..."),
#: whose dash is no label's.
_RANGE_TO_BEFORE = re.compile(r"(?i)(?<!\w)(?:до|to)\s+$")


def _list_spans(text: str, raws: list[_Raw]) -> list[tuple[int, int, int, int]]:
    """(lo, first, last, hi) of the list each match stands in (see :func:`_the_city`).

    One pass over the matches, so a long list costs no more than its length.
    """
    joined = [
        _CONNECTOR.fullmatch(text, a.end, b.start) is not None
        # "Kano and neighbouring Katsina": one list
        or _NEIGHBOUR_JOIN.fullmatch(text, a.end, b.start) is not None
        for a, b in itertools.pairwise(raws)
    ]
    country_only = [bool(r.cands) and all(c.kind == "country" for c in r.cands) for r in raws]
    out: list[tuple[int, int, int, int]] = []
    a = 0
    while a < len(raws):
        b = a
        while b < len(joined) and joined[b]:
            b += 1
        # A country takes no province's cue: the window runs past it ("Luhansk is the
        # only one of Ukraine's 24 oblasts" is the oblast), over at most a few of them.
        i = a - 1
        while i > 0 and i > a - 4 and country_only[i]:
            i -= 1
        lo = raws[i].end if i >= 0 else 0
        j = b + 1
        while j < len(raws) - 1 and j < b + 4 and country_only[j]:
            j += 1
        hi = raws[j].start if j < len(raws) else len(text)
        out.extend([(lo, raws[a].start, raws[b].end, hi)] * (b - a + 1))
        a = b + 1
    return out


def _clause(before: str, after: str) -> tuple[str, str]:
    """The parts of the windows before and after a match that lie in its clause."""
    cut = [m.end() for m in _CLAUSE_BREAK.finditer(before)]
    before = before[cut[-1] :] if cut else before
    # past an aside in brackets: "Donetsk and Luhansk (annexed in 2022) make up 8.8% of
    # Ukraine"
    if "(" in after:
        after = _BRACKETED_ASIDE.sub(" ", after)
    stop = _CLAUSE_BREAK.search(after)
    return before, after[: stop.start()] if stop else after


_BRACKETED_ASIDE = re.compile(r"\s*\([^()\n]{1,80}\)(?=\s)")
_UNIT_NOUN = (
    r"(?:state|province|region|oblast|governorate|county|district|canton|department|"
    r"prefecture|territory)"
)
_DEMONYM_BEFORE = re.compile(
    rf"(?i)(?<!\w)(?P<dem>{_alt(en.DEMONYMS)})\s+(?:{_UNIT_NOUN}\s+of\s+(?:the\s+)?)?$"
)
_DEMONYM_AFTER = re.compile(
    rf"(?i),\s+(?:the|a|an)\s+(?P<dem>{_alt(en.DEMONYMS)})\s+{_UNIT_NOUN}(?!\w)"
)
_CYR_DEMONYMS = lang.cyrillic_demonyms()
#: "пакистанской провинции Пенджаб", "в индийском штате Пенджаб", "нідерландській
#: провінції Лімбург": a Cyrillic demonym and a unit noun before the name.
_CYR_DEMONYM_BEFORE = re.compile(
    rf"(?i)(?<!\w)(?P<dem>{_alt(list(_CYR_DEMONYMS))})\w*\s+"
    r"(?:(?:провинци|провінці|штат|област|регион|регіон|округ|губерни|департамент|"
    r"префектур|кра[йюяєї]|графств|кантон|мухафаз)\w*\s+)?$"
)
_OWNER_BETWEEN = re.compile(rf"(?i)\s+(?:{_UNIT_NOUN}\s+of\s+(?:the\s+)?)?")
_OF_BETWEEN = re.compile(rf"(?i)\s+(?:{_UNIT_NOUN}\s+)?(?:of|in)\s+(?:the\s+)?")


def _qualifier(text: str, kept: list[tuple[_Raw, list[_Cand]]], k: int) -> str | None:
    """The country a name's own words put it in, when they do (alpha-3), else None.

    "India's Punjab", "the Indian state of Punjab", "Limburg, the Dutch province",
    "the Punjab province of Pakistan", "Punjab in India", "Iraqi Kurdistan",
    "пакистанской провинции Пенджаб".
    """
    raw = kept[k][0]
    m = _DEMONYM_BEFORE.search(text, max(0, raw.start - 60), raw.start)
    if m:
        return en.DEMONYMS[m.group("dem").lower()]
    m = _DEMONYM_AFTER.match(text, raw.end)
    if m:
        return en.DEMONYMS[m.group("dem").lower()]
    m = _CYR_DEMONYM_BEFORE.search(text, max(0, raw.start - 60), raw.start)
    if m:
        return _CYR_DEMONYMS[m.group("dem").lower()]

    def country_of(j: int) -> str | None:
        # a country's name, even where a unit elsewhere shares it ("Venezuela's Amazonas
        # state": Venezuela is also a municipality of Cuba)
        ccs = {c.country for c in kept[j][1] if c.kind == "country"}
        return ccs.pop() if len(ccs) == 1 else None

    if k > 0:
        prev = kept[k - 1][0]
        if text[prev.end - 2 : prev.end] in ("'s", "’s") and _OWNER_BETWEEN.fullmatch(
            text, prev.end, raw.start
        ):
            cc = country_of(k - 1)
            if cc is not None:
                return cc
    if k + 1 < len(kept) and _OF_BETWEEN.fullmatch(text, raw.end, kept[k + 1][0].start):
        return country_of(k + 1)  # "Amazonas in Colombia"
    return None


def _in_long_list(text: str, kept: list[tuple[_Raw, list[_Cand]]], k: int) -> bool:
    """True when match ``k`` stands in a list of three or more joined by "and" or "or"."""
    lo = hi = k
    while lo > 0 and _CONNECTOR.fullmatch(text, kept[lo - 1][0].end, kept[lo][0].start):
        lo -= 1
    while hi + 1 < len(kept) and _CONNECTOR.fullmatch(
        text, kept[hi][0].end, kept[hi + 1][0].start
    ):
        hi += 1
    return hi - lo >= 2 and any(
        text[kept[i][0].end : kept[i + 1][0].start].strip(" ,") for i in range(lo, hi)
    )


def _near_countries(text: str, kept: list[tuple[_Raw, list[_Cand]]], k: int) -> frozenset[str]:
    """The countries of the places a list or an apposition joins to match ``k``.

    Only neighbours of one country count ("Georgia and Texas": USA).
    """
    out: set[str] = set()
    for j in (k - 1, k + 1):
        if 0 <= j < len(kept):
            left, right = (kept[j][0], kept[k][0]) if j < k else (kept[k][0], kept[j][0])
            if _CONNECTOR.fullmatch(text, left.end, right.start) and not (
                # a country joined by "and" is a peer, not a place in it ("Luxembourg and
                # Belgium" are two countries; "Georgia, USA" is the state), and so is one
                # in a list of three or more ("Nigeria, Niger, Chad and Cameroon")
                all(c.kind == "country" for c in kept[j][1])
                and (
                    text[left.end : right.start].strip(" ,")
                    or _in_long_list(text, kept, k)
                    # "Niger, Nigeria's northern neighbour": an apposition, not a qualifier
                    or (j > k and text[right.end - 2 : right.end] in ("'s", "’s"))
                )
            ):
                ccs = {c.country for c in kept[j][1] if c.kind != "city"} or {
                    c.country for c in kept[j][1]
                }
                if len(ccs) == 1:
                    out |= ccs
    return frozenset(out)


def _unit_name_of_capital(raw: _Raw, capital: tuple[str, str, str]) -> bool:
    """True for a Latin name of a capital's unit that is not the city's own name.

    "district of columbia", "australian capital territory"; not "washington dc", nor a
    Cyrillic form (its case forms are no prefix of the city's English name).
    """
    return (
        raw.key.isascii()
        and " " in raw.key  # not an old spelling of the city ("Kiev", "Moskva")
        and not any(c.kind == "city" for c in raw.cands)
        and not raw.key.startswith(normalize(capital[1]))
    )


def _metonyms(text: str, raws: list[_Raw], gaz: _Gazetteer) -> dict[int, _Mention]:
    """Capitals that stand for their governments, by start (see :func:`_is_metonym`).

    In a list, the cue of the last item holds for the capitals before it: "Moscow and Kyiv
    traded accusations".
    """
    out: dict[int, _Mention] = {}
    nxt: _Raw | None = None
    # A capital listed or in apposition with a place that is no capital is a place too:
    # "Kyiv and Kharkiv were shelled", "Paris, Texas".
    with_place: set[int] = set()

    def place(r: _Raw) -> bool:
        return (
            gaz.capitals.get(r.key) is None
            and r.key not in _COMMON_WORDS
            and r.key not in _NEEDS_CUE
            and any(c.bare_ok for c in r.cands)
            and all(c.kind != "country" for c in r.cands)
        )

    # a capital's namesake town qualified by its state's abbreviation is a place: "Athens,
    # Ga.", "Moscow, ID"
    if "," in text:
        _table, state_code = _state_codes(gaz)
        with_place |= {
            r.start
            for r in raws
            if text[r.end : r.end + 1] == ","
            and gaz.capitals.get(r.key) is not None
            and (state_code.match(text, r.end) or _DC_AFTER.match(text, r.end))
        }
    for a, b in itertools.pairwise(raws):
        if _AND.fullmatch(text, a.end, b.start):
            # not an agent's list: "claimed by both Baghdad and the Kurdistan Region"
            if place(b) and not _METONYM_BEFORE.search(
                text[max(0, a.start - 40) : a.start].lower()
            ):
                with_place.add(a.start)
            # not the subject of its own singular verb: "the Northern Territories and
            # Moscow runs as part of Sakhalin region"
            verb = _METONYM_AFTER.match(text[b.end : b.end + 80].lower())
            if place(a) and not (verb and verb.group(0).endswith("s")):
                with_place.add(b.start)
        elif _APPOSITION.fullmatch(text, a.end, b.start):
            if gaz.capitals.get(b.key) is None:
                with_place.add(a.start)  # "Moscow, Idaho", "Moscow, Russia"
            units = {c.unit_id for c in a.cands if c.kind == "city"} if not a.suffix else set()
            if any(c.kind == "region" and c.unit_id in units for c in b.cands):
                with_place.add(b.start)  # "Seattle, Washington": the state the city is in
    # A place preposition before the first item holds for the items after it: "визиты в
    # Москву и Киев", "in Moscow and Kyiv", "in Tokyo, Bamako and Nairobi" (a comma joins
    # only inside a list that goes on: "in Kyiv, Moscow said" is no list).
    for i, (a, b) in enumerate(itertools.pairwise(raws)):
        if gaz.capitals.get(b.key) is None or not _listed_after(text, raws, i):
            continue
        before = text[max(0, a.start - 40) : a.start].lower()
        if a.start in with_place or (
            _PLACE_PREPOSITION_BEFORE.search(before)
            and not _FROM_TO_BEFORE.search(before)
            and not _METONYM_BEFORE.search(before)  # "переговоры между Баку и Ереваном"
            and not _spoken_in_list(text, raws, i + 1, before)
        ):
            with_place.add(b.start)
    for raw in reversed(raws):
        capital = gaz.capitals.get(raw.key)
        if (
            capital is not None
            and raw.start not in with_place
            # a name with its unit word is the unit ("Honduras has a La Paz department")
            and not raw.suffix
            and not _UNIT_WORD_END.search(raw.key)
            # the city's name, not its unit's ("the District of Columbia", "the Australian
            # Capital Territory's chief minister" are the units)
            and not _unit_name_of_capital(raw, capital)
        ):
            listed = (
                nxt is not None
                and nxt.start in out
                and _CONNECTOR.fullmatch(text, raw.end, nxt.start) is not None
            )
            if listed or _is_metonym(text, raw, _instrumental(raw, gaz.capitals)):
                unit_id, name, cc = capital
                iso = gaz.units[unit_id][0]
                out[raw.start] = _Mention(
                    raw.start, raw.end, "metonym", unit_id, iso, name, cc, 0.9
                )
        nxt = raw
    # And the cue before the first item holds for the capitals after it: "talks between
    # Moscow and Washington", "accused Baku and Yerevan".
    prev: _Raw | None = None
    for raw in raws:
        capital = gaz.capitals.get(raw.key)
        if (
            capital is not None
            and raw.start not in out
            and raw.start not in with_place
            and prev is not None
            and prev.start in out
            and not raw.suffix
            and not raw.city_cue
            and _CONNECTOR.fullmatch(text, prev.end, raw.start) is not None
        ):
            unit_id, name, cc = capital
            out[raw.start] = _Mention(
                raw.start, raw.end, "metonym", unit_id, gaz.units[unit_id][0], name, cc, 0.9
            )
        prev = raw
    return out


def _spoken_in_list(text: str, raws: list[_Raw], i: int, before: str) -> bool:
    """True when "в/у" opens a list of capitals followed by a plural verb of saying.

    The list runs on from ``raws[i]``: "у Вашингтоні та Москві обговорюють" (governments).
    """
    if not _CYR_IN_BEFORE.search(before):
        return False
    while i + 1 < len(raws) and _CONNECTOR.fullmatch(text, raws[i].end, raws[i + 1].start):
        i += 1
    return _impersonal(text[raws[i].end : raws[i].end + 80].lower())


def _listed_after(text: str, raws: list[_Raw], i: int) -> bool:
    """True when ``raws[i + 1]`` is listed after ``raws[i]``.

    Joined by "and" (any language's), or by a comma when the list goes on after it
    ("Tokyo, Bamako and Nairobi").
    """
    a, b = raws[i], raws[i + 1]
    if _AND.fullmatch(text, a.end, b.start):
        return True
    return (
        _APPOSITION.fullmatch(text, a.end, b.start) is not None
        and i + 2 < len(raws)
        and _CONNECTOR.fullmatch(text, b.end, raws[i + 2].start) is not None
    )


@functools.cache
def _generic(key: str) -> bool:
    """True for a name made only of generic unit words ("capital territory")."""
    return all(w in en.GENERIC_UNIT_WORDS for w in key.split())


def _compass_generic(key: str, pool: list[_Cand]) -> bool:
    """True for a compass name that units of several countries bear.

    "north", "southern provinces", "south west" are; one country's alone ("Northern
    Territory") is not.
    """
    words = key.split()
    return (
        any(w in en.COMPASS_UNIT_WORDS and w not in ("province", "provinces") for w in words)
        and all(w in en.COMPASS_UNIT_WORDS or w in en.GENERIC_UNIT_WORDS for w in words)
        and len({c.country for c in pool if c.kind == "region"}) > 1
    )


def _big_enough(c: _Cand, context: set[str], cue: bool = False) -> bool:
    """Cities below the floor count only in their country's context or with a city cue."""
    if c.kind != "city" or c.population >= CITY_POPULATION_FLOOR or cue:
        return True
    return c.country in context and c.population >= CONTEXT_CITY_POPULATION_FLOOR


def _of_countries(cands: list[_Cand], countries: set[str]) -> list[_Cand]:
    """The candidates of those countries, if some are and others are not; else all."""
    owned = [c for c in cands if c.country in countries]
    return owned if owned and len(owned) < len(cands) else cands


def _choose(
    gaz: _Gazetteer,
    near: frozenset[str],
    raw: _Raw,
    cands: list[_Cand],
    weights: Counter[str],
    context: set[str],
    local: tuple[str | None, str | None],
) -> tuple | None:
    """Pick one candidate for a match: (kind, unit_id, iso, name, country, score)."""
    city_cue = raw.city_cue
    if raw.qualifier and not city_cue:
        # "Belgrade, Montana, population 12,000": the US state, not Bulgaria's Montana
        states = [c for c in cands if c.kind == "region" and c.country in _TOWN_STATE_COUNTRIES]
        if states:
            cands = states
    if (
        local[1] == ""
        and not raw.suffix
        and cands
        and all(c.kind == "city" and c.country != local[0] for c in cands)
    ):
        # "PUNTA GORDA, Belize —", "Stanley, the capital of the Falklands": a town of
        # the country named with it that the data lacks, not its namesake abroad (Punta
        # Gorda, Florida; Stanley, County Durham)
        return None
    if local[1] == "" and not raw.suffix and not city_cue:
        # "Kherson, Ukraine", "Moscow, Russia": a city followed by its country; but a
        # dateline's "KYIV, Ukraine (AP)" is the unit that city is, as any dateline's.
        cities = [c for c in cands if c.kind == "city" and c.country == local[0]]
        units = [c for c in cities if _city_is_unit(raw, c, *gaz.units[c.unit_id][:2], gaz)]
        if raw.dateline and units:
            # (that city's own unit, not a province of its name: "MINSK, Belarus" is the
            # City of Minsk, not Minsk Region)
            own = {u.unit_id for u in units}
            cands = [c for c in cands if c.kind != "region" or c.unit_id in own]
            cities = []
        if cities:
            cands, city_cue = cities, True
    if any(c.kind in ("region", "entity") for c in cands):
        # A unit wins over a named area of the same name, but a landform is the area ("the
        # Crimean peninsula" is the area of Crimea and Sevastopol, "Crimea" the unit).
        landform = raw.key.rsplit(" ", 1)[-1] in en.LANDFORMS
        if landform and any(c.kind == "area" for c in cands):
            cands = [c for c in cands if c.kind == "area"]
        else:
            # only a unit of the area's own country, though: "Газа" is the Gaza Strip
            # unless the text is about Mozambique (the ranking below weighs the context)
            units = {c.country for c in cands if c.kind in ("region", "entity")}
            coded = [
                c
                for c in cands
                if c.kind != "region" or isinstance(gaz.units[c.unit_id][0], str)
            ]
            if any(c.kind == "area" for c in coded) and len(coded) < len(cands):
                # but a named area wins over a unit of its name that no ISO 3166-2 code
                # makes a subdivision (the Siachen Glacier, drawn by Natural Earth alone)
                cands = coded
            else:
                cands = [
                    c for c in cands if c.kind != "area" or (c.country and c.country not in units)
                ]
    word = raw.unit_word.rstrip("'’ʼʹs") if raw.unit_word.endswith(("'s", "’s")) else raw.unit_word
    if (
        raw.suffix == "region"
        and word in _TYPE_WORDS
        and sum(c.kind == "region" for c in cands) > 1  # (no ISO lookup for one unit)
    ):
        # "Red Sea Governorate" is Egypt's, "Red Sea State" Sudan's: the unit word names
        # the type of unit (ISO 3166-2) where units of several countries bear the name
        typed = [
            c
            for c in cands
            if c.kind == "region" and _TYPE_WORDS[word] in _iso_type(gaz.units[c.unit_id][0])
        ]
        if typed and len(typed) < sum(c.kind == "region" for c in cands):
            cands = typed
    if not raw.suffix and not city_cue:
        countries = [c for c in cands if c.kind == "country"]
        if countries and not any(c.country in near for c in cands if c.kind != "country"):
            # A country's name is the country, not another country's unit of that name
            # ("the coup in Niger", not Niger State), unless a list or an apposition joins
            # it to a place of that other country ("Georgia and Texas", "Atlanta,
            # Georgia"); among countries, the one it names
            # ("Israel", not Palestine, whose names table lists it too).
            named = {c.country for c in countries if c.primary} or {c.country for c in countries}
            cands = [c for c in cands if c.country in named]
            if all(c.country in named for c in cands):
                # and not its own unit or city of that name ("Djibouti", "Kuwait")
                cands = [c for c in cands if c.kind == "country"]
    pool = [c for c in cands if _big_enough(c, context, city_cue)]
    if not pool and raw.taken and raw.key not in _COMMON_WORDS:
        # "Russia captured Avdiivka", "Kupiansk was liberated": a town a war is fought for,
        # where no other place bears its name, needs no country named with it
        towns = [c for c in cands if c.kind == "city" and c.population >= TAKEN_TOWN_FLOOR]
        if towns and len({c.country for c in cands}) == 1:
            pool = towns
    if _generic(raw.key):
        # "Capital Territory", "Federal District": only the one of a country in context.
        pool = [c for c in pool if c.country in context]
    elif _compass_generic(raw.key, pool):
        # "North", "Southern Provinces": a unit of a country in context, or a named area
        pool = [c for c in pool if c.kind != "region" or c.country in context]
    if not pool:
        return None
    ranks = sorted(((_rank(c, weights, local, raw), c) for c in pool), reverse=True)
    if not city_cue:
        # A name that is both a region (or country) and a city is the region, unless
        # the context points to the city's country only ("Odessa, Texas").
        top = max((r[0] for r, c in ranks if c.kind != "city"), default=None)
        if top is not None:
            ranks = [(r, c) for r, c in ranks if c.kind != "city" or r[0] > top]
    (r1, best), *rest = ranks
    targets = {(c.kind, c.unit_id, c.country) for _r, c in ranks}
    if len(targets) == 1:
        score = 1.0 if (raw.suffix or city_cue) else 0.95
    else:
        r2 = rest[0][0]
        level = next((k for k in range(len(r1)) if r1[k] != r2[k]), len(r1))
        score = _SCORE_BY_LEVEL[level]
        if level == len(r1) - 1 and r1[-1] < 10 * r2[-1]:
            score = 0.5
    if best.kind == "city" and best.population < CITY_POPULATION_FLOOR and not city_cue:
        score = min(score, 0.8)
    if raw.key in _PERSON_NAMES and not (raw.suffix or raw.city_cue):
        score = round(score * 0.8, 4)
    if best.kind == "country":
        return (
            "country",
            None,
            None,
            gaz.country_names.get(best.country, best.name),
            best.country,
            score,
        )
    iso, unit_name, _cc = gaz.units[best.unit_id]
    # the unit a city with a unit's status stands for: its own, or, for a city in the piece
    # of a unit that a named area cuts ("MD-BD/transnistria"), the whole unit of its name:
    # Bender, in the piece of Bender municipality Transnistria holds
    unit_id, unit_iso, unit_label = best.unit_id, iso, unit_name
    if best.kind == "city" and iso is None and "/" in best.unit_id:
        parent = gaz.units.get(best.unit_id.split("/", 1)[0])
        if (
            parent is not None
            and isinstance(parent[0], str)
            and normalize(parent[1]) == normalize(best.name)
        ):
            unit_id, (unit_iso, unit_label, _cc) = best.unit_id.split("/", 1)[0], parent
    if (
        best.kind == "city"
        and not (
            city_cue
            and not raw.distance
            # "the city of Sevastopol" is still the unit; a capital so named is the city,
            # and so is a part of a city ("the outskirts of Sevastopol")
            and (_iso_type(unit_iso) not in _CITY_TYPES or raw.key in gaz.capitals or raw.city_part)
        )
        and _city_is_unit(raw, best, unit_iso, unit_label, gaz)
    ):
        # A city with the status of a first-level unit is that unit when no word calls it
        # a city ("a ceremony in Washington", "40 km from Tbilisi"; but "the city of
        # Tbilisi", "Moscow, Russia").
        return ("region", unit_id, unit_iso, unit_label, best.country, score)
    name = best.name if best.kind == "city" else unit_name
    return (best.kind, best.unit_id, iso, name, best.country, score)


#: Unit words after a name, and the ISO 3166-2 subdivision type (lower case) each names.
_TYPE_WORDS = {
    "governorate": "governorate", "governorates": "governorate", "state": "state",
    "states": "state", "province": "province", "provinces": "province",
    "prefecture": "prefecture", "county": "county", "oblast": "oblast", "oblasts": "oblast",
    "department": "department", "departments": "department", "canton": "canton",
    "emirate": "emirate", "district": "district",
}  # fmt: skip


@functools.cache
def _iso_type(iso: object) -> str:
    """The lower-case ISO 3166-2 subdivision type of ``iso`` ("" when unknown)."""
    if not isinstance(iso, str):
        return ""
    import pycountry

    sub = pycountry.subdivisions.get(code=iso)
    return sub.type.lower() if sub is not None else ""


def _city_is_unit(
    raw: _Raw, city: _Cand, iso: object, unit_name: str, gaz: _Gazetteer
) -> bool:
    """True for the main city of a unit whose ISO 3166-2 type is a city.

    That is the national capital in it, or the city whose name the unit bears
    (Sevastopol, Tbilisi, Washington in the District of Columbia), but not a city whose
    name adds words to the unit's (New Delhi, in the National Capital Territory of Delhi).
    """
    if not isinstance(iso, str):
        return False
    if _unit_city_name(iso) is not None:
        # a district is a city only as the national capital it bears the name of (Bamako,
        # Colombo, Lisbon), not as a town that names a district (Limassol, Kilinochchi);
        # so is a unit of another type that is the capital itself and bears its name ("в
        # Ниамее": Niamey's urban community; not Kadiogo, around Ouagadougou)
        capital = gaz.capitals.get(raw.key)
        return (
            capital is not None
            and capital[0] == city.unit_id
            and (
                _iso_type(iso) == "district"
                or (
                    city.unit_id in gaz.capital_units
                    and normalize(unit_name) == normalize(city.name)
                )
            )
        )
    unit, name = normalize(unit_name), normalize(city.name)
    if unit != name and f" {name} ".endswith(f" {unit} "):
        return False  # New Delhi, a city in Delhi: the unit bears a shorter name
    capital = gaz.capitals.get(raw.key)
    if capital is not None and capital[0] == city.unit_id:
        return True
    # or the unit's name with its type word: "Almaty City" (KZ-75) is Almaty
    return unit == name or unit.removesuffix(" city") == name


def _area_span(text: str, raw: _Raw, unit_id: str | None, label: str) -> tuple[int, int]:
    """The span of a named area's name: without a generic word the name does not need.

    A lower-case "states" or "islets" after the name ("the Darfur states", "the Habomai
    islets") and a Cyrillic island, valley or peninsula word before it ("острова
    Спратли", "в долине Галван") describe the area; the labelled sets leave them out, as
    they do a Cyrillic unit word before a name. Only when the rest alone names the same
    area, or is a capitalised name after the lower-case word. (A compass word before the
    name, or "region" after it, they keep as often as not: "the southern Kuril Islands",
    "the Kashmir region".)
    """
    start, end = raw.start, raw.end
    gaz = _gazetteer()

    def names_it(lo: int, hi: int) -> bool:
        kid = key_id(gaz, normalize(text[lo:hi]))
        return kid is not None and any(
            c.kind in ("area", "region") and c.unit_id == unit_id for c in gaz.candidates[kid]
        )

    after = _AREA_GENERIC_AFTER.search(text, start, end)
    if (
        after is not None
        and names_it(start, after.start())
        # (a name with its generic word keeps it)
        and normalize(text[start:end]) != normalize(label)
    ):
        end = after.start()
    before = _AREA_GENERIC_BEFORE.match(text, start, end)
    if before is not None and (
        names_it(before.end(), end)
        # a lower-case noun before a capitalised name: "острове Вуди", "долине Галван"
        or (text[start].islower() and text[before.end()].isupper())
    ):
        start = before.end()
    return start, end


#: Lower-case generic words after an area's name that are not part of it.
_AREA_GENERIC_AFTER = re.compile(r"\s+(?:states|islets)$")
#: Cyrillic island, valley and peninsula words before an area's name.
_AREA_GENERIC_BEFORE = re.compile(r"(?i:остр[оі]в\w*|долин\w*|полуостр\w*|півостр\w*)\s+(?=\w)")


def find_regions(text: str, *, country: str | None = None) -> pd.DataFrame:
    """Find the regions, separatist entities, cities and countries a text names.

    Parameters
    ----------
    text : str
        Any text (English, Ukrainian, Russian, or other languages in Latin or Cyrillic
        script).
    country : str, optional
        A country (name or ISO code) the text is about; it settles names that several
        countries share ("Punjab", "Córdoba") and lets small towns of that country match.

    Returns
    -------
    pandas.DataFrame
        One row per mention, in text order, never overlapping, with columns ``start``,
        ``end`` (character offsets, ``text[start:end] == surface``), ``surface``,
        ``kind`` (``region``, ``entity``, ``area``, ``city``, ``country`` or
        ``metonym``), ``unit_id`` and ``iso_3166_2`` of the first-level unit named or
        lain in (missing for a country; for a named area ``unit_id`` is
        ``"area:<slug>"`` and ``iso_3166_2`` is missing; the areas of
        :func:`geoclaims.boundaries.named_places`, such as Shebaa Farms or Area C, have
        no boundary and are never measured), ``name`` (English name of the
        unit, area, city or country), ``country`` (ISO alpha-3 as shipped, i.e. the
        "un" view; empty for an area several countries share) and ``score`` in [0, 1]:
        1 unambiguous with a cue, 0.95 unambiguous, 0.9 a namesake settled by the
        suffix, the city's own unit or the exact name, 0.85 settled by context, 0.7 by
        kind, 0.6 by a tenfold population, 0.5 a best guess; at most 0.8 for a small
        town found through context, and times 0.8 for names that are also first names;
        0.9 for a metonym. String columns have pandas' ``str`` dtype (``object`` for one
        holding a lone surrogate).

    Raises
    ------
    TypeError
        If ``text`` is not a str (bytes must be decoded first).
    UnknownCountryError
        If ``country`` names no known country.

    Notes
    -----
    Rules, in the order they apply:

    1. **Matching.** Names of every first-level unit, entity and country (English and
       local forms; Latin-script names only in English or unknown language), and GeoNames
       cities, are matched on whole words after the shared normalisation, leftmost-longest
       and without overlap. In mixed-case text a match must start with a capital letter;
       all-lower or all-upper text is matched as it is. Acronyms ("DPR", "UK") must be in
       capitals. Ukrainian and Russian oblast adjectives are matched in every case
       ("Донецька/Донецької/Донецькій область", "Донецкой области"), but only with the
       word область (or in a list that ends with it); one-word Cyrillic names are matched
       in their case forms (України, Росії, Криму, Києва).
    2. **Suffix words** after a name ("Donetsk region", "Donetsk Oblast", "Donetska
       oblast", "Донецької області") and possessives ("Donetsk's") join its span and make
       it a ``region``; "People's Republic(s)" / "народна республіка" make it an
       ``entity`` (the unit the entity claims). "Kyiv region" is Kyiv Oblast (UA-32);
       bare "Kyiv" is the city, itself a unit (UA-30).
    3. **Lists.** A suffix at the end of a list joined by commas and "and"/"or"/"та"/"і"/
       "и" applies to every item: "Donetsk, Luhansk, Zaporizhzhia and Kherson regions",
       "the Donetsk and Luhansk People's Republics".
    4. **City or region.** A name that is both a region (or country) and a city is the
       region unless a city cue says otherwise: "the city of X", "town of X", "mayor of
       X", "X city", "X's mayor", "місто X", "м. X", "город X", or the city's country
       right after a comma ("Kherson, Ukraine"). A city is reported with the unit it
       lies in. A province named after its capital city (an "X Oblast" form and a city
       X in it: Odesa, Kharkiv, Tehran) is, bare, the city ("missiles hit Odesa", "у
       Львові") unless its clause speaks of territory changing hands or measured
       ("annex Kherson", "Donetsk and Luhansk together cover 8.8 per cent"), a list joins
       it to a province that is no city, or it is a regional name ("Харківщина"). The
       same holds for a city inside a bigger unit that the name tables call by the
       city's name, when the unit's ISO 3166-2 name differs and its type is no city
       ("Madrid", "Geneva", "Belgorod"; not "Hamburg" nor "Kyiv"). A linear distance
       ("100 km south of Odesa") makes the name a city, and so does an apposition ("X,
       the regional capital"); another unit's generic word is no cue, and a cue of
       territory belongs to the place or list nearest to it ("5,000 km² of Donetsk
       region would expose Dnipro and Zaporizhzhia": the cities). A city with the
       status of a first-level unit (ISO 3166-2 type city or district: Sevastopol,
       Tbilisi, Washington) is reported as that unit, kind ``region``, unless a word
       calls it a city and it is a national capital or its unit holds more than the city
       ("the city of Tbilisi" is the city; "the city of Sevastopol" is still the unit).
    5. **Cities** of at least :data:`CITY_POPULATION_FLOOR` (100,000) inhabitants match
       anywhere; smaller ones (down to 15,000) only with a city cue or when their country
       is already in the document's context, or when two names or more that can only be
       towns of one country vouch for it ("Toretsk and Pokrovsk"). GeoNames districts of
       big cities are cities too: "Saltivka" is in Kharkiv.
    6. **Namesakes.** Mentions with one possible country are anchors; they and
       ``country=`` (which weighs most) make the context. A name with several candidates
       takes, in this order: the one whose country the context names most, with a bonus
       for the mention right after a comma ("Moscow, Idaho", "Odessa, Texas", and a state's
       abbreviation or postal code there: "ATHENS, Ga.", "Odessa, TX"; a town the data
       lacks is a town of the state named: "Moscow, Pa."); the biggest town of the name
       when it lies in the unit of that name ("Odessa" is Odesa); with a
       suffix, the unit whose "X Oblast" form it is; the unit a city of the same name lies
       in ("Moscow", "Minsk"); the exact name; the kind (country, then region or entity,
       then city); the population (of the city, or of a unit's listed cities). The score
       says which step settled it. Before that, a country's name is the country, never
       another country's unit of that name ("the coup in Niger"), unless a suffix ("Niger
       State"), "Governor ... of", or a list or apposition joined to a place of that other
       country says so ("Georgia and Texas"). A head noun of national government picks
       the country ("Georgia's prime minister", "the president of Georgia"), one of a
       state's the state ("Georgia's governor"); a state after "City, " is the state the
       city lies in ("Atlanta, Georgia"); a bare national capital is the capital, not a
       same-named unit ("in Washington" is D.C.; "Washington state" is not). The name's
       own words can name the country: a possessive, a demonym or an apposition ("India's
       Punjab", "the Indian state of Punjab", "Dutch Limburg", "Limburg, the Dutch
       province", "the Punjab province of Pakistan", "пакистанской провинции Пенджаб").
    7. **Traps.** Names that are everyday English words ("Reading", "Split", "Central",
       "Most") match only with a suffix or cue. Place names that are also first names
       ("Georgia", "Victoria", "Jordan", "Washington") are dropped when a capitalised
       non-place word or a title is next to them ("Victoria Nuland", "Michael Jordan",
       "Queen Victoria", "Lake Victoria"), names ending in "Sea", "River", "Lake" are
       features ("Red Sea coast"), and names followed by "River", "Sea",
       "battalion" and the like are not places; nor is a city name after "the" ("on the
       Dnipro" is the river).
    8. **Longer names.** A place name is a word of a longer proper name, not a place,
       after a title ("Queen Victoria", "Lake Chad"), inside the name of a treaty or an
       institution ("the Istanbul Convention", "the Minsk agreements", "the Treaty of
       Paris"), and, in mixed-case text, when a bare space joins it to a capitalised word
       that is not a function word nor one that keeps it a place ("Kherson Airport",
       "Kyiv Monday" stay places): "Paris Jackson", "Chad Houston", "Georgia Tech".
       Events and ships after "the" ("the Istanbul talks", "the Moskva cruiser") and a
       place right after a quoted name ("«Динамо» Київ") are no places either.
       Names made only of generic unit words ("Capital Territory", "Federal District")
       are found only when their country is already in the context.
    9. **Metonyms.** A national capital (``geoclaims/text/data/capitals.csv``, in every
       spelling and case form the gazetteer knows) that stands for its government has
       kind ``metonym``, with the unit it lies in. In news a capital is its government
       about three times in four, so that is the reading unless the words make it the
       place: a preposition of place ("officials in Kyiv", "flew to Moscow"; but
       "appealed to Moscow", "governed from Taipei" are the government), an attack or
       a movement ("missiles hit Kyiv", "Kyiv was hit"), a place noun, a dateline
       ("TAIPEI, Oct 10 -"), a ship's name, or a list or apposition with a place that is
       no capital ("Kyiv and Kharkiv were shelled", "Seattle, Washington"). Cues of the
       government reading: the subject of a verb of saying,
       deciding or holding ("Kyiv rejected the proposal", "Moscow has long insisted",
       "заявила Москва"), the owner of an act of state ("Moscow's annexation"), the
       object of one ("accused Moscow", "talks between Moscow and Kyiv", "backed by
       Moscow") or an adjective of allegiance ("Moscow-backed"); a capital before a
       modal verb ("Moscow does not control") or starting a clause before a past verb
       ("Beijing built"), in Ukrainian and Russian before any finite verb ("Москва
       перетворила"), or the agent of a passive ("dismissed by Kyiv"). After a place
       preposition ("officials in Kyiv said") or with a city cue it stays a place. Its
       possessive is the government unless a capitalised name or a noun of the place
       itself follows ("Baku's count"; "Kyiv's streets"); so is the object of a verb of
       mind or giving ("angering Beijing", "promised Kyiv"), a reaction's source
       ("condemnation from Damascus"), and in Ukrainian and Russian a capital in the
       instrumental with no preposition or after "with" ("признанный Анкарой",
       "переговоры с Киевом"). A report highlights metonyms but never measures them.
    10. **Named areas** (Donbas, Kashmir, South Ossetia, ...; from the boundaries data)
        have kind ``area``; a first-level unit wins over an area of the same name, but a
        landform is the area ("the Crimean peninsula"; "Crimea" is the unit).

    Examples
    --------
    >>> df = find_regions("Referendums in the Donetsk and Luhansk regions of Ukraine.")
    >>> df[["surface", "kind", "iso_3166_2", "country"]]
               surface     kind iso_3166_2 country
    0          Donetsk   region      UA-14     UKR
    1  Luhansk regions   region      UA-09     UKR
    2          Ukraine  country        NaN     UKR
    >>> find_regions("The mayor of Kherson spoke.")[["surface", "kind", "unit_id"]]
       surface  kind unit_id
    0  Kherson  city   UA-65
    >>> find_regions("").columns.tolist()
    ['start', 'end', 'surface', 'kind', 'unit_id', 'iso_3166_2', 'name', 'country', 'score']
    """
    text = _check_text(text)
    cc = _country_arg(country)
    mentions = _resolve(text, cc) if text else ()
    return _frame(text, mentions)


def _country_arg(country: object) -> str | None:
    if country is None:
        return None
    if not isinstance(country, str):
        msg = (
            f"country must be a name or ISO code (str), not {type(country).__name__}: {country!r}."
        )
        raise InvalidTypeError(msg)
    from geoclaims.boundaries import resolve_country

    return resolve_country(country)


def _find_regions_batch(
    texts: Sequence[str], *, country: str | None = None
) -> tuple[pd.DataFrame, np.ndarray, list[tuple[int, Exception]]]:
    """:func:`find_regions` over many texts, as one frame.

    Returns
    -------
    tuple of (pandas.DataFrame, numpy.ndarray, list)
        The mentions of every text in order (columns :data:`COLUMNS`, offsets within
        each text), the position in ``texts`` of each row's text (int64), and
        ``(position, exception)`` for the texts that failed (they give no rows). Rows
        equal ``pd.concat([find_regions(t) for t in texts], ignore_index=True)``.
    """
    cc = _country_arg(country)
    done: list[tuple[str, Sequence[_Mention]]] = []
    items: list[int] = []
    failed: list[tuple[int, Exception]] = []
    for i, text in enumerate(texts):
        try:
            text = _check_text(text)
            found = _resolve(text, cc) if text else ()
        except Exception as exc:  # one bad text must not stop the others
            failed.append((i, exc))
            continue
        if found:
            done.append((text, found))
            items.extend([i] * len(found))
    return _frame_many(done), np.array(items, dtype=np.int64), failed


def _frame(text: str, mentions: Sequence[_Mention]) -> pd.DataFrame:
    """The mentions as a frame: int64 spans, str columns (missing as NaN), float64 score."""
    return _frame_many([(text, mentions)])


def _strings(items: list[Any]) -> Any:
    try:
        # Through pyarrow: three times faster than from a list for long texts.
        return pd.array(pa.array(items, type=pa.large_string()), dtype="str")
    except UnicodeEncodeError:  # a lone surrogate cannot be stored as str
        return pd.Series(items, dtype=object).array


def _frame_many(groups: Sequence[tuple[str, Sequence[_Mention]]]) -> pd.DataFrame:
    """The mentions of several texts as one frame (see :func:`_frame`)."""
    mentions = [m for _text, ms in groups for m in ms]
    n = len(mentions)
    surfaces = [text[m.start : m.end] for text, ms in groups for m in ms]
    fields = [[getattr(m, f) for m in mentions] for f in ("kind", "unit_id", "iso_3166_2")]
    fields += [[m.name for m in mentions], [m.country for m in mentions]]
    try:
        # The six string columns converted at once, then sliced: one conversion's cost.
        every = pd.array(
            pa.array([x for col in (surfaces, *fields) for x in col], type=pa.large_string()),
            dtype="str",
        )
        strings = [every[k * n : (k + 1) * n] for k in range(6)]
    except UnicodeEncodeError:
        strings = [_strings(col) for col in (surfaces, *fields)]
    arrays = [
        np.array([m.start for m in mentions], dtype=np.int64),
        np.array([m.end for m in mentions], dtype=np.int64),
        *strings,
        np.array([m.score for m in mentions], dtype=np.float64),
    ]
    try:  # a quarter of the general constructor's cost for a short text
        return pd.DataFrame._from_arrays(
            arrays, columns=_COLUMN_INDEX, index=pd.RangeIndex(n), verify_integrity=False
        )
    except (AttributeError, TypeError):  # pandas without that constructor
        return pd.DataFrame(dict(zip(COLUMNS, arrays, strict=True)), columns=list(COLUMNS))


_COLUMN_INDEX = pd.Index(COLUMNS)
