"""Check stated figures ("nearly 15% of Ukraine") against every honest reading of them.

Each figure of a text is read with its own whole (the country, region or named area the
share is of), its part (the regions of its clause) and its verb (held ground, a claim,
or regions in full); the table is in :func:`check_claims`. A stated figure and its
qualifier become an interval (the bands are in :func:`check_claim`). The readings are
computed with :func:`geoclaims.area_share`: the named regions in full (on polygons and
on official areas), with the earlier-claimed units added; the units of each claim in
the dated claims table; given control data, the held part of these and all held ground
of the country, with and without the earlier-claimed units; and, as explanations only,
the same on Web Mercator, on planar degrees and against an outdated total. The verdict
is three-valued (holds, does not hold, cannot tell) with a one-line summary.
"""

from __future__ import annotations

import bisect
import contextvars
import dataclasses
import datetime as _dt
import functools
import html
import itertools
import logging
import math
import operator
import re
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geoclaims._errors import (
    AmbiguousRegionError,
    GeoclaimsError,
    GeoclaimsWarning,
    InvalidInputError,
    InvalidTypeError,
    NoSnapshotError,
    UnknownCountryError,
    UnknownRegionError,
    typed_errors,
    warn_at_caller,
)
from geoclaims._normalize import name_key
from geoclaims._validate import validate_claim
from geoclaims.areas import (
    _OUTSIDE_KM2,
    STALE_SNAPSHOT_DAYS,
    _official_lookup,
    _without_undrawn,
    area_share,
    layer_placement,
)
from geoclaims.boundaries import (
    AREA_PREFIX,
    _area_table,
    _place_table,
    _unit_attrs,
    _unit_index,
    _unit_rows,
    country_name,
    lookup,
    resolve_country,
)
from geoclaims.boundaries import regions as all_regions
from geoclaims.text import find_claims
from geoclaims.text.claims import _RESPECTIVELY, AREA_UNITS, KM2_PER_UNIT, area_country
from geoclaims.text.gazetteer import _area_members, _gazetteer, key_id
from geoclaims.text.lang import merged_dict, merged_figure_verbs
from geoclaims.text.mentions import _title_cased
from geoclaims.worldviews import _claimants, claims_in_force, parse_date, worldview_arg

__all__ = ["Verdict", "article_as_of", "check_claim", "check_claims"]

logger = logging.getLogger(__name__)

# Relative widths of the qualifier bands (see check_claim's docstring).
_ABOUT = 0.10
_NEARLY = 0.10
# Claims declared up to this long after the date still count as readings (an article
# about referendums comes before the annexation it announces).
_PENDING = _dt.timedelta(days=365)
_QUALIFIER_ALIASES = {
    "almost": "nearly",
    "close_to": "nearly",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "over": "more_than",
    "above": "more_than",
    "under": "less_than",
    "below": "less_than",
    "at_most": "up_to",
}
_QUALIFIER_WORDS = {
    None: "",
    "exactly": "exactly ",
    "about": "about ",
    "nearly": "nearly ",
    "more_than": "more than ",
    "less_than": "less than ",
    "at_least": "at least ",
    "up_to": "up to ",
}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


# --------------------------------------------------------------------------------------
# the stated figure
# --------------------------------------------------------------------------------------


def _qualifier(claim: Any) -> str | None:
    q = getattr(claim, "qualifier", None)
    if q is None:
        return None
    q = str(q).strip().lower().replace(" ", "_").replace("-", "_")
    q = _QUALIFIER_ALIASES.get(q, q)
    if q not in _QUALIFIER_WORDS:
        msg = (
            f"Unknown qualifier {getattr(claim, 'qualifier', None)!r}; use one of "
            f"{sorted(k for k in _QUALIFIER_WORDS if k)!r} or None."
        )
        raise InvalidInputError(msg)
    return q


def _half_unit(claim: Any) -> float | None:
    """Half a unit in the last stated digit of the figure; None if written in words."""
    surface = str(getattr(claim, "surface", "") or "")
    numbers = _NUMBER.findall(surface)
    if surface and not numbers:
        return None  # "a fifth", "half": a figure in words is loose
    scale = 1.0
    if numbers:
        first = numbers[0]
        decimals = len(re.split(r"[.,]", first)[-1]) if re.search(r"[.,]\d{1,2}$", first) else 0
        if decimals:
            stated = float(re.sub(r"[.,](?=\d+[.,])", "", first).replace(",", "."))
        else:
            stated = float(re.sub(r"[.,]", "", first))
        value = float(claim.value)
        if stated > 0 and value > stated * 1.5:
            # a magnitude after the number: "28.5 thousand km²" is 28,450-28,550 km²
            scale = value / stated
    else:
        text = repr(float(claim.value))
        decimals = 0 if text.endswith(".0") else len(text.split(".")[-1])
    return 0.5 * 10.0**-decimals * scale


#: Words of an upper bound, as opposed to "up to" / "as much as", which say a figure is
#: reached: "at most 10%", "no more than half", "не более 20%", "щонайбільше".
#: A bound said to be far from the figure: "well over", "far less than", "значно більше".
_WELL = re.compile(
    r"(?i)\s*(?:well|far|much|considerably|significantly|значительно|гораздо|намного|значно|"
    r"набагато|далеко)\s+(?:over|above|under|below|in\s+excess|more|less|более|больше|"
    r"менее|меньше|більше|менше|понад)"
)
#: A bound said to be near: "just under", "slightly more than", "трохи менше".
_JUST = re.compile(
    r"(?i)\s*(?:just|slightly|a\s+little|a\s+bit|marginally|a\s+shade|a\s+touch|"
    r"трохи|ледь|чуть|немного|незначно|несколько)\s+(?:under|over|below|above|less|more|"
    r"short\s+of|shy\s+of|менше|більше|меньше|больше|менее|более|понад)"
)
_AT_MOST = re.compile(
    r"(?i)\s*(?:at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|"
    r"не\s+более|не\s+больше|не\s+більше|не\s+більш\s+ніж|щонайбільше|максимум|"
    r"не\s+превыша\w*|не\s+перевищу\w*)"
)


def _interval(claim: Any) -> tuple[float, float]:
    """The interval of values consistent with the stated figure, in its own unit."""
    v = float(claim.value)
    high = getattr(claim, "high", None)
    q = _qualifier(claim)
    if high is not None:
        lo, hi = sorted((v, float(high)))
        if q in ("about", "nearly"):
            lo, hi = lo * (1 - _ABOUT), hi * (1 + _ABOUT) if q == "about" else hi
        elif q in ("more_than", "at_least"):
            hi = math.inf
        elif q in ("less_than", "up_to"):
            lo = 0.0
    elif q == "about":
        lo, hi = v * (1 - _ABOUT), v * (1 + _ABOUT)
        half = _half_unit(claim)
        if half is not None and _unit(claim) == "%":
            # never stricter than the figure said plainly: "about 0.2%" spans 0.15-0.25%
            lo, hi = min(lo, v - half), max(hi, v + half)
    elif q == "nearly" or (
        q == "up_to" and not _AT_MOST.match(str(getattr(claim, "surface", "") or ""))
    ):
        # "as much as a tenth", "up to 10%" says the figure reaches about v: 4% is no
        # "up to 10%" a reader would let pass ("at most 10%" is a bound, [0, v])
        lo, hi = v * (1 - _NEARLY), v
    elif q in ("more_than", "less_than") and _JUST.match(
        str(getattr(claim, "surface", "") or "")
    ):
        # "just under 20%", "a little over 4%": near the figure, on its side, as "nearly"
        lo, hi = (v * (1 - _NEARLY), v) if q == "less_than" else (v, v * (1 + _NEARLY))
    elif q in ("more_than", "less_than") and _WELL.match(
        str(getattr(claim, "surface", "") or "")
    ):
        # "well over 18%", "значно менше 5%": beyond the figure by more than "just" would be
        lo, hi = (0.0, v * (1 - _NEARLY)) if q == "less_than" else (v * (1 + _NEARLY), math.inf)
    elif q in ("more_than", "at_least"):
        # a bound, taken as a reader takes it: "more than 10%" holds for 12% and for 40%
        lo, hi = v, math.inf
    elif q in ("less_than", "up_to"):
        lo, hi = 0.0, v
    else:
        half = _half_unit(claim)
        if half is None:
            lo, hi = v * (1 - _ABOUT), v * (1 + _ABOUT)
        else:
            if half == 0.5 and _unit(claim) != "%" and v >= 100:
                # a round area's trailing zeros are not stated digits: "26,700 km²" is
                # 26,650-26,750, "27,000 km²" 26,500-27,500 (never looser than "about")
                zeros = len(str(int(v))) - len(str(int(v)).rstrip("0"))
                half = min(0.5 * 10.0**zeros, v * _ABOUT)
            lo, hi = v - half, v + half
    if _unit(claim) == "%":
        lo, hi = max(lo, 0.0), min(hi, 100.0)
    return lo, hi


def _unit(claim: Any) -> str:
    unit = str(getattr(claim, "unit", "%")).lower().replace("²", "2")
    aliases = {
        "percent": "%", "pct": "%", "sq km": "km2", "sqkm": "km2", "sq mi": "mi2",
        "hectare": "ha", "hectares": "ha", "acres": "acre", "sq m": "m2",
    }  # fmt: skip
    unit = aliases.get(unit, unit)
    if unit != "%" and unit not in AREA_UNITS:
        msg = (
            f"Unknown unit {getattr(claim, 'unit', None)!r} in the claim; use '%', 'km2', "
            "'mi2', 'ha', 'acre' or 'm2'."
        )
        raise InvalidInputError(msg)
    return unit


def _fmt(value: float, unit: str) -> str:
    if unit == "%":
        # a share under 1% keeps two decimals: "0.16%", not "0.2%" against "0.16% of Russia"
        return f"{value:.2f}%" if 0 < abs(value) < 1 else f"{value:.1f}%"
    if 0 < abs(value) < 10:
        return f"{value:,.1f} km²"  # "0.2 km²", not "0 km²"
    return f"{value:,.0f} km²"


def _fmt_apart(value: float, bounds: tuple[float, float], unit: str) -> str:
    """``value`` as :func:`_fmt` writes it, told apart from the interval's bounds.

    As many more decimals as it takes: "1.77%, below the interval 1.8% to 2.0%", not
    "1.8%, below the interval 1.8% ...".
    """
    shown = _fmt(value, unit)
    if shown not in {_fmt(b, unit) for b in bounds}:
        return shown
    for digits in (2, 3, 4):
        shown = f"{value:,.{digits}f}" + ("%" if unit == "%" else " km²")
        if shown not in {f"{b:,.{digits}f}" + ("%" if unit == "%" else " km²") for b in bounds}:
            return shown
    return shown


# --------------------------------------------------------------------------------------
# the figure in its text: sentence, clause, verb, whole, part, unrecognised names
# --------------------------------------------------------------------------------------

#: What a figure's verb makes of it (the closest verb before the figure in its clause;
#: after the figure only when none comes before: "about 18% of Ukraine is occupied").
#: ``held``: the ground someone holds (needs a control layer); ``claimed``: the dated
#: claims table; ``whole``: the named regions in full.
_VERBS: dict[str, str] = merged_figure_verbs()
#: A copula decides only when no other verb stands before the figure in its clause
#: ("the area Russia controls is about 18%": held ground).
_COPULA = re.compile(r"is|are|was|were", re.IGNORECASE)
#: A subject that is itself held or claimed ground makes the figure so, whatever the
#: verb: "Russian-controlled territory makes up 18%", "the land under Russian control".
_SUBJECT_KIND = {
    "held": re.compile(
        # ("Russian-occupied Crimea makes up 4.5%": a named place, whose verb decides)
        r"\b\w+-(?:controlled|held|occupied)\b(?!\s+[A-ZА-ЯІЇЄҐЁ])|\b(?:occupied|controlled|held|captured|"
        r"seized)\s+(?:territor(?:y|ies)|land|areas?|ground|parts?)\b|\bunder\s+(?:\w+\s+)?"
        r"(?:control|occupation)\b"
        # "окупована частина Запорізької області", "оккупированные территории"
        r"|(?<!\w)(?:окупован|оккупирован|захоплен|захвачен|підконтрольн|подконтрольн)\w*\s+"
        r"(?:частин\w*|част[ьиі]\w*|територі\w*|территори\w*|земл\w*)",
        re.IGNORECASE,
    ),
    "claimed": re.compile(
        r"\b\w+-(?:claimed|annexed)\b|\b(?:annexed|claimed)\s+(?:territor(?:y|ies)|land|"
        r"areas?|regions?|provinces?|oblasts?)\b",
        re.IGNORECASE,
    ),
}
#: A relative clause right after a figure, its verb after a pronoun or a name: "22% it held",
#: "7% Russia had controlled".
_RELATIVE_VERB_AFTER = re.compile(
    r"(?:\s+of\s+(?:the\s+)?\w+)?\s+(?:that\s+|which\s+)?(?:it|they|[A-Z][\w'’-]+)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?P<verb>[a-z]+(?:\s+(?:back|up))?)\b"
)
#: A relative clause of measure that opens right before a figure ("Crimea, which is").
_WHICH_IS_BEFORE = re.compile(
    r"(?i),\s*(?:which|that)\s+(?:alone\s+)?(?:is|was|makes?\s+up|made\s+up|covers?|covered|"
    r"accounts?\s+for|accounted\s+for|represents?|constitutes?|spans?)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|under|just|more\s+than|less\s+than)\s+)?$"
)
#: Between a place and a figure a relative clause of measure gives it: ", which alone
#: accounts for about ".
_WHICH_IS_GAP = re.compile(_WHICH_IS_BEFORE.pattern.replace("$", ""))
#: A relative clause closed by a comma ("Donetsk, which Russia holds, is ...") says
#: nothing about the figure's own verb.
_RELATIVE = re.compile(r",\s*(?:which|that|where|who|whose)\b[^,]*,", re.IGNORECASE)
_VERB = re.compile(
    "|".join(rf"(?P<{kind}>\b(?:{words})\b)" for kind, words in _VERBS.items()), re.IGNORECASE
)
#: Words that name the subject's own country as the whole: "15% of its territory".
_SUBJECT_WHOLE = re.compile(
    r"\s*(?:of|in)\s+(?:(?:its|their|the\s+country's|the\s+nation's)(?:\s+own)?\s+"
    # "of its internationally recognised territory", "of its sovereign territory"
    r"(?:(?:internationally\s+)?recogni[sz]ed\s+|sovereign\s+|entire\s+|whole\s+|total\s+)?"
    r"(?:territory|land|area|surface)|the\s+country|the\s+nation|it)\b",
    re.IGNORECASE,
)
_OF = re.compile(
    r"\s*(?:of|in)\s+(?:the\s+)?(?:(?:island|region|province|territory|area|state)\s+of\s+"
    r"(?:the\s+)?)?",
    re.IGNORECASE,
)
# A run of capitalised words: "Golan Heights", "Nagorno-Karabakh", "South Ossetia".
_NAME = re.compile(r"[A-Z][\w'’\-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’\-]*)*")
#: A holder's verb right before the place it holds: " holds ", " controls most of ".
_HOLDS_NEXT = re.compile(
    r"(?:['’]s)?\s+(?:still\s+|now\s+)?(?:holds|held|controls|controlled|administers|"
    r"administered|occupies|occupied|retains|keeps|runs)\s+(?:(?:most|much|all|part|parts)\s+"
    r"of\s+)?(?:the\s+)?"
)
_LEADING_ARTICLE = re.compile(r"^(?:The|A|An)\s+")
# What separates the items of a list of places: ", ", " and ", ", and ", " or ".
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)$")
# A place noun just before a list of names ("the two provinces, A and B", "the region
# of A") or just after a name ("the A region").
_PLACE_NOUN = (
    r"provinces?|regions?|oblasts?|states?|districts?|territor(?:y|ies)|republics?|"
    r"count(?:y|ies)|governorates?|prefectures?|cantons?|enclaves?|krais?|raions?"
)
_NOUN_BEFORE = re.compile(rf"\b(?:{_PLACE_NOUN})(?:\s+of(?:\s+the)?)?\s*,?\s*$", re.IGNORECASE)
_NOUN_AFTER = re.compile(rf"^\s+(?:{_PLACE_NOUN})\b", re.IGNORECASE)
# What makes an area figure's sentence speak of the place the sentence before named: a
# pronoun or a place noun with "the" ("It covers ...", "The peninsula, about 27,000 km²",
# "Вона займає ..."). Without one, an area is of something the sentence itself brings in
# ("Tokyo says a new base covers 300 km²"), not of that place.
_BACK_REFERENCE = re.compile(
    r"(?<!\w)(?:it|its|they|their|this|that|these|those|there|together|both|combined|alone"
    rf"|the\s+(?:{_PLACE_NOUN}|peninsula|islands?|archipelago|strip|zone|plateau|heights"
    r"|enclave|area|land|two|three|four|five|whole|entire|rest)"
    r"|він|вона|воно|вони|його|її|їх|це|цей|ця|ці|разом|область|регіон|півострів|територія"
    r"|он|она|оно|они|его|её|ее|их|это|этот|эта|эти|вместе|регион|полуостров|территория)(?!\w)",
    re.IGNORECASE,
)
# Mentions that can be the part: admin-1 units, separatist entities and named areas.
_PART_KINDS = ("region", "entity", "area")
# Where a clause ends when a sentence states several figures.
_CLAUSE_END = re.compile(r"[,;:]|\s(?:while|whereas|but|and)\s", re.IGNORECASE)
# Where a sentence ends: after . ! ? (and closing quotes) before a capital or a quote,
# or at a line break; "the U.S. state" and "Sept. 20" do not end one.
# (the next sentence starts with a capital: Latin, Latin-1 or Cyrillic, or an opening quote)
# (also before a year: "... of Ukraine. 2022 saw fighting in Zaporizhzhia region.")
_SENTENCE_END = re.compile(
    r"(?<=[.!?])[\"'”’»)]*\s+(?=[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐЎ\"“‘«„(]|(?:1[89]|20)\d\d\b)|"
    # "... of Georgia. — Abkhazia makes up ...": a dash opening the next sentence
    r"(?<=[.!?])[\"'”’»)]*\s+[—–-]\s+(?=[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐЎ\"“‘«„(])|\n+"
)
# A dateline: "KYIV, 20 September 2022 - ", "KYIV, Sept 20 (Reuters) — ".
# "KYIV, Ukraine (AP) — ", "МОСКВА, 10 сентября 2024 года. "
#: A dateline may follow this many lines of headline, each at most this long.
_HEADLINE_LINES = 3
_HEADLINE_CHARS = 200
_DATELINE = re.compile(
    r"[^\n]{0,100}?(?:\s[-–—]{1,2}\s|\d{4}(?:\s*(?:року|года)?\.|\s*(?:г|р)\.)\s|"
    r"\s/[^/\n]{1,20}/\.?\s|"
    # a dateline on a line of its own: "KYIV, 20 September 2022", "Київ, 20 червня 2025
    # року" and a line break
    r"\d{4}(?:[ \t]*(?:року|года|р\.|г\.))?[ \t]*\n)"
)
#: A news agency's name in brackets, as datelines carry it.
_WIRE = re.compile(
    r"\((?:Reuters|AP|AFP|dpa|DPA|Bloomberg|UPI|Xinhua|TASS|ТАСС|Interfax|Интерфакс|"
    r"Інтерфакс-Україна|Ukrinform|Укрінформ|РИА Новости|RIA|Anadolu|EFE|ANSA)\)"
)
# Closed-class words that start a sentence in capitals and are never names.
_NOT_NAMES = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "it",
        "they",
        "we",
        "he",
        "she",
        "in",
        "on",
        "at",
        "of",
        "by",
        "for",
        "from",
        "with",
        "if",
        "when",
        "while",
        "but",
        "and",
        "or",
        "together",
        "both",
        "all",
        "some",
        # number words that open a sentence: "Four regions covering about 15% ..."
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "several",
        "many",
        "most",
        "each",
        "every",
    ]
)
#: Before a name: a body of water named with it ("the Sea of Azov", "the Gulf of Aden"):
#: the name is the water's, no place whose boundary a figure is checked against.
_WATER_OF_BEFORE = re.compile(
    r"(?:Sea|Gulf|Bay|Strait|Straits|Lake|Bight|Firth)\s+of\s+(?:the\s+)?$"
)


def _dateline_end(text: str) -> int:
    """Where the dateline ends (0 if there is none): its places are not the figures' parts."""
    return _dateline_span(text)[1]


def _dateline_span(text: str) -> tuple[int, int]:
    """Where the dateline starts and ends ((0, 0) if there is none).

    A headline before it is the article's own text: its places and figures count.
    """
    from geoclaims.text import article_date

    # at the text's start, or at the start of a line after a headline or two
    starts = [0]
    for _ in range(_HEADLINE_LINES):
        nl = text.find("\n", starts[-1], starts[-1] + _HEADLINE_CHARS)
        if nl < 0:
            break
        starts.append(nl + 1)
    for start in starts:
        m = _DATELINE.match(text, start)
        if m is None or not m.group().strip():
            continue
        head = m.group()
        first = head.split()[0].strip(",")
        if (
            article_date(head) is not None
            or (first.isupper() and len(first) > 1)
            # "Tbilisi, Aug 8 (Reuters) - ": a wire's name in brackets
            or _WIRE.search(head) is not None
        ):
            return start, m.end()
    return 0, 0


def _outside_dateline(text: str, mentions: pd.DataFrame) -> pd.DataFrame:
    """The mentions but those of the dateline (the place a story was filed from)."""
    lo, hi = _dateline_span(text)
    if hi == 0:
        return mentions
    return mentions[(mentions["start"] < lo) | (mentions["start"] >= hi)]


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; an abbreviation before a capital ("Mr. Smith") splits one."""
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if text[start : m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


@dataclass
class _Figure:
    """A stated figure with what its text says about it."""

    claim: Any
    verb: str | None = None
    whole_name: str | None = None  # a region or named area the share is of, by name
    whole_country: str | None = None  # alpha-3, when the share is of a country
    part: pd.DataFrame | None = None  # find_regions-like rows: unit_id, name, country, kind
    holders: tuple[str, ...] = ()
    # the countries (alpha-3) of the holders, with forces named by their demonym
    # ("Ukrainian troops hold ...")
    holder_codes: tuple[str, ...] = ()
    # its sentence counts from the full-scale invasion ("Since 2022 Russia has captured")
    since_invasion: bool = False
    #: "has controlled ... since 2014": ground held since before the invasion
    since_2014: bool = False
    unrecognised: tuple[str, ...] = ()
    undrawn: tuple[str, ...] = ()  # named places the data draws no boundary for
    guessed: bool = False  # an area's country read from the text around it, not stated
    # parts the text names only in part ("most of Fezzan"): (name, the words saying so)
    partial: tuple[tuple[str, str], ...] = ()
    # the date its own clause states ("about 18% on 1 October 2024"), if any
    stated_date: _dt.date | None = None
    old_year: int | None = None  # a year before 1945 its clause names ("in 1848")
    # places its sentence leaves out ("Crimea without Sevastopol")
    left_out: tuple[str, ...] = ()
    # unit ids of the places the figure leaves out ("excluding Crimea") or counts in
    # ("including Crimea"), beside its part
    left_out_ids: tuple[str, ...] = ()
    included_ids: tuple[str, ...] = ()
    # the kind of land an area measures, not a place ("40,000 hectares of farmland")
    cover: str | None = None
    # the words that deny the figure ("do not make up", "не контролирует"), if any
    negated: str | None = None
    # the words that make held ground hypothetical ("would have controlled"), if any
    hypothetical: str | None = None
    # an area said to be all of its whole ("all 86,600 km² of Azerbaijan")
    sized_whole: bool = False
    # the words right after the figure, up to its clause's end
    text_after: str = ""
    # the other places of a whole named as a list ("of the Donetsk and Luhansk regions")
    whole_more: tuple[str, ...] = ()
    # the words that stand for a part no text names ("The region makes up about 4%")
    unresolved: str | None = None
    # the other countries measured with the one a figure measures, listed before it
    # ("Mali, Burkina Faso and Niger together cover"), as ISO 3166-1 alpha-3 codes
    countries_more: tuple[str, ...] = ()
    # a size compared, not a share: "about 60% of the size of Morocco"
    compared: bool = False


#: A break between clauses: a semicolon, ", and", "— but", " while".
_CLAUSE_BREAK = re.compile(
    r"(?i);|[,—–]\s*(?:and|but|while|whereas|though|although|yet|а|але|но|однако)\s|"
    r"\s(?:but|while|whereas|але|но|однако)\s"
)
#: A clause's break between a figure and a place after it: ";", ", but", ". ".
_CLAUSE_OPENS_BETWEEN = re.compile(
    r"(?i)[;.!?]\s|[,—–]\s*(?:and|but|while|whereas|though|although|yet|а|але|но|однако|"
    r"і|и|та)\s"
)
#: Where a figure's clause gives way to another: ", and", ", but", ";", " while".
_NEXT_CLAUSE = re.compile(
    r"(?i),\s*(?:and|but|while|whereas|though|although|а|але|но|однако)\s|;|\s(?:while|whereas)\s"
)


def _verb(text: str, lo: int, start: int, end: int, hi: int, sentence_lo: int) -> str | None:
    """The verb kind of the figure at [start, end) in the clause [lo, hi)."""
    own = _RELATIVE.sub(lambda m: " " * len(m.group()), text[lo:start])
    if _WHICH_IS_BEFORE.search(own):
        return "whole"  # "Russia seized Crimea, which is 4.5% of Ukraine": the place's size
    for kind, pattern in _SUBJECT_KIND.items():
        if pattern.search(own):
            return kind
    before = list(_VERB.finditer(own))
    strong = [m for m in before if not _COPULA.fullmatch(m.group())]
    if not strong and (rel := _RELATIVE_VERB_AFTER.match(text, end)) is not None:
        # "That is less than the roughly 22% it held in March 2022", "the 7% Russia
        # controlled before the invasion": the verb of the relative clause the figure opens
        got = _VERB.fullmatch(rel.group("verb"))
        if got is not None and got.lastgroup != "whole":
            return got.lastgroup
    if strong or before:
        return (strong or before)[-1].lastgroup
    # (in the figure's own clause: "nearly 2% of Egypt, and Sudan's claim to it is decades
    # old" has no verb of claiming for the figure)
    cut = _NEXT_CLAUSE.search(text, end, hi)
    after = {m.lastgroup for m in _VERB.finditer(text, end, cut.start() if cut else hi)}
    for kind in ("held", "regained", "claimed", "whole"):
        if kind in after:
            return kind
    earlier = list(_VERB.finditer(text, sentence_lo, lo))
    return earlier[-1].lastgroup if earlier else None


def _spans(mentions: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """The mentions' starts and ends as arrays (read once per figure, not per helper)."""
    return mentions["start"].to_numpy(), mentions["end"].to_numpy()


_PASSIVE_BY = re.compile(r"\s+(?:in\s+\d{4}\s+)?by\b", re.IGNORECASE)
#: Before a place: a taking verb in the passive, so the place is who took ("the Kuril
#: Islands seized by the Soviet Union"), neither the part nor the whole.
_AGENT_BY_BEFORE = re.compile(
    r"(?i)\b(?:(?:seized|taken|held|occupied|annexed|captured|controlled|administered|"
    r"claimed)\s+(?:in\s+\d{4}\s+)?by|ceded\s+to|lost\s+to)\s+(?:the\s+)?$"
)


#: A verb of ground lost: held ground, but its subject is the one that lost it.
_LOSING = re.compile(r"lost|los(?:e|es|ing)|втрати\w*|втрачен\w*|потеря\w*|утрати\w*", re.I)


#: A clause set before Russia's full-scale invasion: "before the invasion", "до вторгнення".
_BEFORE_INVASION = re.compile(
    r"(?i)(?<!\w)(?:before|prior\s+to|ahead\s+of|on\s+the\s+eve\s+of)\s+(?:the\s+|russia['’]s\s+)?"
    r"(?:full[-\s]scale\s+|2022\s+)?invasion"
    r"|(?<!\w)before\s+(?:24\s+)?february\s+(?:24,?\s+)?2022"
    # "Before 2022, Russia held about 7% of Ukraine"
    r"|(?<!\w)(?:before|prior\s+to|until)\s+2022(?!\d)|(?<!\w)до\s+2022\s+(?:года|року|г\.|р\.)"
    r"|(?<!\w)до\s+(?:повномасштабного\s+|полномасштабного\s+)?(?:вторгнення|вторжения)"
    r"|(?<!\w)до\s+24\s+(?:лютого|февраля)\s+2022"
)
_INVASION_EVE = _dt.date(2022, 2, 23)
#: A word that leaves ground out of a figure, before what it leaves out.
_LEFT_OUT_WORD = re.compile(
    r"(?i)(?<!\w)(?:outside|excluding|except|apart\s+from|beyond|besides|not\s+counting|"
    r"без\s+урахування|не\s+враховуючи|крім|окрім|не\s+считая|кроме|без\s+учета)(?!\w)"
)
#: Ground counted from the full-scale invasion: "since 2022", "since February 2022",
#: "since the full-scale invasion", "з 2022 року", "с 2022 года".
_SINCE_INVASION = re.compile(
    r"(?i)(?<!\w)(?:since|after)\s+(?:(?:24\s+)?february\s+|feb\.?\s+)?(?:24\s+)?2022"
    r"|(?:since|after)\s+the\s+(?:start\s+of\s+the\s+)?full[-\s]scale\s+invasion"
    r"|(?<!\w)(?:з|с|после|після)\s+(?:24\s+лютого\s+|24\s+февраля\s+)?2022\s+(?:року|года)"
    r"|(?<!\w)(?:з|с)\s+початку\s+повномасштабного|с\s+начала\s+полномасштабного"
)
#: Ground held since 2014 (Crimea, parts of Donbas): "since 2014", "з 2014 року".
_SINCE_2014 = re.compile(
    r"(?i)(?<!\w)since\s+(?:(?:february|march|april)\s+)?2014(?!\d)"
    r"|(?<!\w)(?:з|с|від|от)\s+2014\s+(?:року|года|г\.|р\.)"
)
#: Demonym stems and their countries ("ukrainian", "украинск", "українськ").
_DEMONYM_CODES = {k.lower(): v for k, v in merged_dict("DEMONYMS").items()}
#: Forces named by their country's demonym: "Ukrainian troops", "российские войска".
_FORCES = re.compile(
    r"(?i)(?<!\w)(?P<dem>"
    + "|".join(sorted(map(re.escape, _DEMONYM_CODES), key=len, reverse=True))
    + r")\w*\s+(?:(?:armed\s+)?forces|troops|army|units|soldiers|military|defenders|"
    r"військ\w*|сил[иа]\w*|армі\w*|підрозділ\w*|захисник\w*|войск\w*|сил[ыа]\w*|"
    r"арми\w*|подразделен\w*|военн\w*)(?!\w)"
    # ... that hold: the subject of a verb of holding ("Ukrainian forces say Russia holds"
    # names no holder)
    r"(?=\s+(?:(?:still|now|only|already|ще|досі|все\s+ещё|еще|ещё)\s+)?"
    r"(?:hold|holds|held|control|controls|controlled|occupy|occupies|occupied|retain|"
    r"retains|keep|keeps|утриму\w*|контролю\w*|тримають|удержива\w*|контролиру\w*|"
    r"занима\w*|займа\w*)(?!\w))"
)


def _holders(
    text: str, mentions: pd.DataFrame, lo: int, start: int, spans: tuple | None = None
) -> set[int]:
    """Rows of ``mentions`` that hold or claim ("Israel holds", "Moscow seized")."""
    out = set()
    starts, ends = spans if spans is not None else _spans(mentions)
    for i, s, e in zip(mentions.index, starts, ends, strict=True):
        if s < lo or e > start:
            continue
        gap = text[int(e) : start]
        # the first verb outside a name ("the seven occupied districts" holds nothing)
        m = next(
            (
                v
                for v in _VERB.finditer(gap)
                if not any(
                    a <= int(e) + v.start() < b for a, b in zip(starts, ends, strict=True)
                )
            ),
            None,
        )
        if m is None or m.lastgroup == "whole" or _LOSING.fullmatch(m.group()):
            continue  # ("Ukraine has lost a fifth": ground others hold, not Ukraine)
        if _PASSIVE_BY.match(gap, m.end()):
            continue  # "the Kuril Islands seized by the Soviet Union": taken, not taking
        words = gap[: m.start()].split()
        if len(words) > 3 or "," in gap[: m.start()]:
            continue
        if "(" in gap[: m.start()] and ")" not in gap[: m.start()]:
            continue  # "Donetsk and Luhansk (annexed in 2022) make up": an aside on them
        if ";" in gap[: m.start()] or any(w.lower() in _SUBJECT_PRONOUNS for w in words):
            continue  # "... a quarter of Ukraine; it holds about 18%": another subject
        verb_at = int(e) + m.start()
        if any(
            int(e) <= int(s2) and int(e2) <= verb_at for s2, e2 in zip(starts, ends, strict=True)
        ):
            continue  # "KYIV — Russia controls": the place nearer the verb holds
        if _WHERE_BEFORE.search(text, max(0, int(s) - 6), int(s)):
            continue  # "В Донецкой области под контролем находится": where, not who
        out.add(i)
    return out


#: A preposition of place right before a name: the place is where, not who ("in", "в").
_WHERE_BEFORE = re.compile(r"(?i)(?<![\w-])(?:in|у|в|во|ві|на)\s+$")


#: Before a word that opens a sentence or a clause: a stop, a colon, a dash, a quote.
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:^|[.!?:;—–\"“«(\n])[ \t\"“«]*$")


def _names_in(
    text: str, mentions: pd.DataFrame, lo: int, hi: int, spans: tuple | None = None
) -> list[tuple[int, int, str]]:
    """Capitalised names in [lo, hi) that no mention covers: (start, end, name)."""
    starts, ends = spans if spans is not None else _spans(mentions)
    covered = [(int(s), int(e)) for s, e in zip(starts, ends, strict=True)]
    out = []
    titled = _title_cased(text)  # (the article's, read once for all its figures)
    for m in _NAME.finditer(text, lo, hi):
        s, e = m.start(), m.end()
        lead = _LEADING_ARTICLE.match(m.group())
        if lead:
            s += lead.end()
        if s >= e or any(cs < e and s < ce for cs, ce in covered):
            continue
        if titled(s):
            continue  # a headline in Title Case: its capitals mark no names
        if e - s == 1:
            continue  # "Areas A and B", "Plan B": a letter names no place
        if _WASHINGTON_DC.search(text, max(0, s - 12), e):
            continue  # "Washington, DC": the District's own letters
        if text[s:e].lower() in _NOT_NAMES or _is_demonym(text[s:e]):
            continue
        if _WATER_OF_BEFORE.search(text, max(0, s - 16), s):
            continue  # "which borders the Sea of Azov": the sea's name
        if (
            " " not in text[s:e]
            and text[e : e + 1] == ","
            and (s == 0 or _CLAUSE_OPENS_BEFORE.search(text, max(0, s - 4), s))
        ):
            # "However, Abkhazia and ...", "FACT CHECK: No, Russia ...", "Yes, ...": a
            # word opening its sentence before a comma is an adverb or an answer; a place
            # that opens one is a mention already
            continue
        if _HOLDER_ADJECTIVE.search(text[s:e]):
            continue  # "Russian-controlled territory": who holds it, not a place
        if text[s:e].lower().rstrip(".") in _MONTH_NAMES:
            continue  # "TAIPEI, March 3, 2025 -": a dateline's month
        out.append((s, e, text[s:e]))
    return out


@functools.cache
def _demonyms() -> tuple[str, ...]:
    """Country adjectives of every language (English words, Cyrillic stems), lower case."""
    from geoclaims.text.lang import merged_dict

    return tuple(sorted(merged_dict("DEMONYMS"), key=len, reverse=True))


def _is_demonym(word: str) -> bool:
    """Whether a capitalised word is a country's adjective ("Russian forces").

    Such a word describes ("Syrian territory"); it does not name a place.
    """
    low = word.lower()
    return any(low.startswith(d) and len(low) - len(d) <= 3 for d in _demonyms())


#: A capitalised phrase that is no place's name: one opened by a preposition ("In Asia,",
#: "On Tuesday,", "By late 2023,") or a day or month ("Tuesday", "March").
_NOT_A_PLACE_NAME = re.compile(
    r"(?:(?:In|On|At|By|From|During|Since|After|Before|Across|Throughout|Until|Over|Under|"
    r"В|Во|У|На|З|С|До|Після|После|Протягом|В\s+течение)\s"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b"
    # continents, seas and former states a description names ("Europe's second-largest
    # country", "a Black Sea region", "the former Soviet republic", "a former province of
    # Yugoslavia"): no place that is the figure's part
    r"|(?:Europe|Asia|Africa|Americas?|Oceania|Antarctica|Arctic|Eurasia|Scandinavia|"
    r"Middle\s+East|Near\s+East|Far\s+East|Caucasus|Balkans|Black\s+Sea|Baltic|"
    r"Mediterranean|Caspian|Soviet|USSR|Yugoslavia|Ottoman|Czechoslovakia|"
    r"Latin\s+America|Central\s+Asia|Horn\s+of\s+Africa|Persian\s+Gulf|Gulf|"
    r"Европ|Європ|Ази|Азі|Африк|Кавказ|Балкан|Черн\w+\s+мор|Чорн\w+\s+мор|Советск|"
    r"Радянськ|СССР|СРСР|Югослав)(?:['’]s)?(?![\w-]))"
)


def _place_like(
    text: str, mentions: pd.DataFrame, lo: int, hi: int, spans: tuple | None = None
) -> list[tuple[int, int, str]]:
    """Names in [lo, hi) that stand where a place stands but that no mention covers.

    A capitalised name is place-like when it is an item of a list (", ", "and", "or")
    in which a recognised place also stands, or when a place noun introduces it or the
    list it is in ("the two provinces, A and B", "the province of A") or follows it
    ("the A region"). Nothing else counts: a name on its own ("Putin said") is not a
    place.
    """
    starts, ends = spans if spans is not None else _spans(mentions)
    items = [
        (int(s), int(e), True) for s, e in zip(starts, ends, strict=True) if s >= lo and e <= hi
    ]
    items += [(s, e, False) for s, e, _ in _names_in(text, mentions, lo, hi, (starts, ends))]
    items.sort()
    chains: list[list[tuple[int, int, bool]]] = []
    for item in items:
        if chains and _LIST_GAP.match(text[chains[-1][-1][1] : item[0]]):
            chains[-1].append(item)
        else:
            chains.append([item])
    country_at = {
        int(s0) for s0, k in zip(starts, mentions["kind"], strict=True) if k == "country"
    }
    out = []
    for chain in chains:
        listed = len(chain) > 1 and any(known for _, _, known in chain)
        introduced = bool(_NOUN_BEFORE.search(text[lo : chain[0][0]]))
        for s, e, known in chain:
            if known or _is_source(text, s, e) or _NOT_A_PLACE_NAME.match(text, s, e):
                continue
            if _HEADLINE_SAYS.search(text, s, e):
                continue  # "..., Analysts Say", "..., OFFICIALS WARN": a headline's speaker
            belt = _BELT_OF_COUNTRY.match(text, e)
            if belt is not None and belt.end() in country_at:
                continue  # "the Sahel state of Mali": a belt the country lies in
            if listed or introduced or _NOUN_AFTER.match(text[e:hi]):
                out.append((s, e, text[s:e]))
    return out


#: A capitalised name that ends in a verb of saying: a headline's speaker ("Analysts Say").
_HEADLINE_SAYS = re.compile(
    r"(?i)\b(?:say|says|said|warn|warns|warned|claim|claims|claimed|report|reports|"
    r"reported|tell|tells|told|find|finds|found|estimate|estimates|show|shows)$"
)
#: After a name, before a country: "the Sahel state of Mali", "the Gulf state of Qatar",
#: "the Balkan nation of Serbia": a belt or region the country lies in, no unit of it.
_BELT_OF_COUNTRY = re.compile(
    r"\s+(?:state|region|nation|country|kingdom|republic|emirate)\s+of\s+(?:the\s+)?"
)
#: After a name: a verb of reporting that makes it the source or speaker ("..., Reuters
#: reported", "Ilham Aliyev said", "— повідомляє Reuters" has its verb before).
_REPORTED_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+|also\s+)?(?:reported|reports|said|says|told|tells|wrote|writes|"
    r"added|adds|noted|notes|announced|stated|states|claimed|claims|estimated|estimates|"
    r"argued|argues|insisted|warned|tweeted|posted|quoted|cited|"
    r"сообщ\w*|заяви\w*|сказа\w*|пише|пишет|повідоми\w*|зазначи\w*|отмети\w*)"
    r"(?![\w'’])",
    re.IGNORECASE,
)
#: Before a name: words that make it the source or speaker ("according to Reuters",
#: "сообщает ТАСС", "за словами Алієва").
_REPORTED_BEFORE = re.compile(
    r"(?:according\s+to|said|says|told|reported\s+by|сообща\w*|передает|передає|пише|"
    r"пишет|повідомля\w*|заяви\w*|за\s+словами|по\s+словам|за\s+даними|по\s+данным|"
    r"со\s+ссылкой\s+на|з\s+посиланням\s+на)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _is_source(text: str, start: int, end: int) -> bool:
    """Whether a name is the figure's source or speaker ("..., Reuters reported")."""
    return bool(
        _REPORTED_AFTER.match(text, end) or _REPORTED_BEFORE.search(text, max(0, start - 40), start)
    )


def _lookup_place(name: str, country: str | None, worldview: str, date: _dt.date) -> Any:
    """The lookup row of a place name, or None when geoclaims does not know it."""
    return _memoised(
        ("place", name, country, worldview, date),
        lambda: _lookup_place_once(name, country, worldview, date),
    )


def _lookup_place_once(name: str, country: str | None, worldview: str, date: _dt.date) -> Any:
    from geoclaims._errors import GeoclaimsError
    from geoclaims.boundaries import _without_suggestions

    try:
        with _without_suggestions():  # an unknown word is no error here
            found = lookup([name], country=country, worldview=worldview, as_of=date)
    except (GeoclaimsError, LookupError, ValueError):
        return None
    if len(found) != 1 or pd.isna(found["unit_id"].iloc[0]):
        return None
    return found.iloc[0]


def _is_part_of(row: Any, country: str) -> bool:
    """Whether a lookup row is a unit or named area of ``country`` (not the country)."""
    code = str(row["country"]) if pd.notna(row["country"]) else ""
    kind = str(row.get("kind", "unit"))
    return kind != "country" and str(row["unit_id"]) != code and code in ("", country)


#: The columns of a figure's mentions that its part is read from.
_PART_COLUMNS = ("unit_id", "name", "country", "kind")


def _listed_with(text: str, mentions: pd.DataFrame, i: int) -> tuple[tuple[str, ...], int]:
    """The regions or areas listed right after mention ``i`` (", B and C"), and its end.

    The names of the places of a whole given as a list ("of the Donetsk and Luhansk
    regions"), and where the list ends in ``text``.
    """
    more: tuple[str, ...] = ()
    j, last_end = i, int(mentions.iloc[i]["end"])
    while j + 1 < len(mentions):
        nxt = mentions.iloc[j + 1]
        if nxt["kind"] not in ("region", "area") or not _WHOLE_LIST_GAP.fullmatch(
            text, last_end, int(nxt["start"])
        ):
            break
        more += (str(nxt["name"]),)
        j, last_end = j + 1, int(nxt["end"])
    return more, last_end


def _countries_listed_before(
    text: str, mentions: pd.DataFrame, spans: Any, start: int, lo: int
) -> tuple[str, ...]:
    """The countries listed right before the country mention at ``start`` ("A, B and").

    Codes (ISO 3166-1 alpha-3) in the text's order, none before ``lo``; empty when the
    mention opens no list.
    """
    starts, ends = spans
    out: list[str] = []
    at = start
    for k in range(len(mentions) - 1, -1, -1):
        if int(ends[k]) > at:
            continue
        if (
            int(starts[k]) < lo
            or mentions.iloc[k]["kind"] != "country"
            or not _WHOLE_LIST_GAP.fullmatch(text, int(ends[k]), at)
        ):
            break
        out.append(str(mentions.iloc[k]["country"]))
        at = int(starts[k])
    return tuple(reversed(out))


#: Between the places of a whole named as a list: "Donetsk and Luhansk", "Донецької та".
_WHOLE_LIST_GAP = re.compile(r"(?i)\s*(?:,\s*(?:and\s+)?|\s+(?:and|та|і|й|и)\s+)(?:the\s+)?")
#: After a place in capitals: the rest of a dateline ("TAIPEI, March 3, 2025 -").
_CAPS_DATELINE_AFTER = re.compile(
    r",\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][\w.]+(?:,\s*[A-Z][\w.]+)?"
    r"\s*(?:\(|[—–-]\s))|\s*(?:\([A-Za-z]+\)\s*)?[—–]\s"
)


def _opens_dateline_further_in(text: str, start: int, end: int) -> bool:
    """Whether the place at [start, end) opens a dateline further in the text.

    In capitals, at a line's or a sentence's start, before a date or a dash, in text that
    is not all capitals ("TAIPEI, March 3, 2025 - ...").
    """
    name = text[start:end]
    if not name.isupper() or len(name) < 3 or text.isupper():
        return False
    before = text[max(0, start - 3) : start]
    if start and not re.search(r"(?:^|[.!?\n]\s*|\n)$", before):
        return False
    return _CAPS_DATELINE_AFTER.match(text, end) is not None




def _respective(
    text: str,
    claim: Any,
    found: list[Any],
    sentence: tuple[int, int],
    m_cols: dict[str, list[Any]],
    m_starts: Any,
) -> list[Any]:
    """The part at the figure's rank, when a sentence lists as many figures as parts."""
    s_lo, s_hi = sentence
    figures = [int(c.start) + s_lo for c in find_claims(text[s_lo:s_hi])]
    ids = [r.get("unit_id") for r in found]
    first = {}
    for uid, at in zip(m_cols["unit_id"], m_starts, strict=True):
        if uid in ids and s_lo <= int(at) < s_hi:
            first.setdefault(uid, int(at))
    order = sorted(dict.fromkeys(ids), key=lambda u: first.get(u, s_hi))
    start = int(claim.start)
    if len(order) != len(figures) or start not in figures:
        return found
    chosen = order[figures.index(start)]
    return [r for r in found if r.get("unit_id") == chosen]


#: An aside naming the group a place belongs to: "Iturup, the largest of the disputed".
_GROUP_ASIDE_BEFORE = re.compile(
    r",\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:largest|biggest|smallest|one|part|"
    r"northernmost|southernmost|easternmost|westernmost|member)\s+of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: Before a place: the people speaking there ("officials in", "speaking in").
_SPEAKERS_IN_BEFORE = re.compile(
    r"(?<!\w)(?:officials|authorities|sources|leaders|diplomats|analysts|residents|"
    r"observers|speaking|spokes(?:man|woman|person)|ministers?|government)\s+(?:in|from|at)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
#: A verb of saying: what follows it is what is said ("officials in Chisinau say").
_SAID = re.compile(
    r"(?<![\w'’])(?:said|says|say|told|tells|stated|added|noted|argued|insisted|"
    r"warned|believes?|заяви\w*|сказа\w*|повідоми\w*|сообщи\w*|зазначи\w*|"
    r"отмети\w*|кажуть|каже|говорит\w*|вважа\w*|счита\w*)(?![\w'’])",
    re.IGNORECASE,
)
#: Before a place: words that leave it out ("without", "excluding", "без", "крім").
_LEFT_OUT_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:without|excluding|except(?:\s+for)?|not\s+counting|less|minus|"
    r"без(?:\s+(?:учета|учёта|урахування|врахування))?|крім|"
    r"окрім|кроме|за\s+винятком|за\s+исключением|не\s+рахуючи|не\s+считая)\s+"
    r"(?:the\s+)?(?:(?:city|town|region|port)\s+of\s+)?$"
)
#: After a place: a dash, colon or comma, then a figure it labels ("Криму — близько 14%").
_LABELS_A_FIGURE = re.compile(
    r"\s*[—–:,]\s*(?:(?:about|around|roughly|some|nearly|almost|over|близько|около|"
    r"приблизно|примерно|майже|почти|понад|более)\s+)?\d"
)
#: Before a place a figure counts in: "including Crimea", "включая Крым", "разом із".
_COUNTED_IN_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:including|incl\.?|(?<![Nn]ot\s)counting|together\s+with|plus|включая|включно\s+з|"
    r"разом\s+(?:з|із)|вместе\s+с|з\s+урахуванням|с\s+учетом|с\s+учётом|"
    r"в\s+том\s+числе|у\s+тому\s+числі)\s+(?:the\s+)?(?:annexed\s+|occupied\s+)?$"
)
#: A count of units before a figure: "the four regions", "чотири області", "четырёх регионов".
_COUNTED_UNITS = re.compile(
    r"(?i)(?<!\w)(?P<n>two|three|four|five|six|seven|2|3|4|5|6|7|дв[аіе]|двох|двух|три|"
    r"трьох|трёх|трех|чотир\w*|четыр\w*|п['’]ять|пять)\s+(?:[\w'’-]+\s+)?"
    r"(?:regions|oblasts|provinces|областей|області|области|регіон\w*|регион\w*)(?!\w)"
)
_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "два": 2, "дві": 2,
    "две": 2, "двох": 2, "двух": 2, "три": 3, "трьох": 3, "трёх": 3, "трех": 3, "пять": 5,
    "п'ять": 5, "п’ять": 5,
}  # fmt: skip


def _count_of(word: str) -> int:
    """The number a count word says ("four", "чотири", "4")."""
    w = word.lower()
    if w.isdigit():
        return int(w)
    if w.startswith(("чотир", "четыр")):
        return 4
    return _COUNTS.get(w, 0)


#: Right before an area: "all", "the entire", "весь" (a whole place's size).
_ALL_OF_SIZE_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:all|whole|entire|full|весь|всю|всі|усі|все|всех|всіх|усіх|всей|всієї)\s+"
    r"(?:(?:the|its|of|their)\s+)?$"
)
#: A figure of its own between a figure and a place after it: "..., Pakistan roughly 30%".
_ANOTHER_FIGURE = re.compile(
    r"(?i)(?<![\w.,])\d[\d.,]*\s*(?:%|per\s*cent|percent|pc\b|sq\b|square|km²|km2|"
    r"відсот|процент|кв\.)"
)
#: After a subject, an aside closed before its verb: ", which declared independence from
#: Serbia in 2008,", ", a country of 2.5 million people,".
_SUBJECT_ASIDE = re.compile(
    r"(?i),\s+(?:which|that|who|whose|where|a|an|the|once|now|long|home|with|що|який|"
    r"яка|которая|который|которое|"
    # "Kaliningrad, squeezed between Poland and Lithuania, is", "Kherson, bordering Crimea,"
    r"[a-z]+(?:ed|ing))\b[^,;:.!?]{0,120},(?=\s)"
)
#: Right before a place: a relation to the place measured, which is no part of it
#: ("Kherson, a region bordering Crimea, covers", "Like Donetsk, the Luhansk region
#: covers", "more than twice the size of Texas", "squeezed between Poland and Lithuania").
_CAPITALISED_NAME = r"[A-ZА-ЯЁІЇЄҐ][\w'’-]*(?:\s+[A-ZА-ЯЁІЇЄҐ][\w'’-]*)?"
_RELATED_PLACE_BEFORE = re.compile(
    r"(?<![\w-])(?:[Bb]order(?:s|ing|ed)?|[Nn]eighbou?r(?:s|ing|ed)?|next\s+to|"
    r"adjacent\s+to|(?<![a-z]\s)[Ll]ike|[Uu]nlike|size\s+of|[Bb]etween|межує\s+з|"
    # "larger than Luxembourg", "as big as Belgium": a place compared with
    r"(?:larger|bigger|smaller|greater)\s+than|as\s+(?:large|big|small)\s+as|"
    r"граничит\s+с|(?:по\s+)?сосед\w*\s+с|сусід\w*\s+з)\s+(?:the\s+)?"
    # past the places listed before it: "between Poland and Lithuania", "Poland, "
    rf"(?:{_CAPITALISED_NAME}(?:\s*,\s*|\s+(?:and|or|і|та|и)\s+)){{0,3}}$"
)
#: "Unlike Crimea, " at a clause's start: the comma closes the phrase, the next name is
#: the subject ("Unlike Crimea, Transnistria covers ..."), unless a list goes on ("Like
#: Crimea, Donbas and").
_LIKE_PHRASE_CLOSED = re.compile(
    rf"(?<![\w-])[Uu]?n?[Ll]ike\s+(?:the\s+)?(?:{_CAPITALISED_NAME}\s*,\s*)+$"
)
#: Between a figure's subject and the figure: a verb of measure ("Kyiv makes up about").
_SUBJECT_MEASURED = re.compile(
    r"(?:['’]s)?\s+(?:alone\s+|itself\s+)?(?:makes?\s+up|made\s+up|accounts?\s+for|"
    r"accounted\s+for|is|was|covers?|covered|represents?|constitutes?|comprises?|spans?|"
    r"становить|становило|составляет|составлял\w*|займає|занимает)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|under|just|only|more\s+than|"
    r"less\s+than|близько|приблизно|около|примерно|майже|почти)\s+)?",
    re.IGNORECASE,
)
#: Between countries listed and a figure they measure together: "together cover about",
#: "вместе занимают около".
_LISTED_MEASURED = re.compile(
    r"\s+(?:together\s+|combined\s+|jointly\s+|разом\s+|вместе\s+)?(?:make\s+up|account\s+for|"
    r"are|were|cover|covered|span|represent|constitute|comprise|становлять|составляют|займають|"
    r"занимают|охоплюють|охватывают)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|under|just|only|more\s+than|"
    r"less\s+than|близько|приблизно|около|примерно|майже|почти)\s+)?",
    re.IGNORECASE,
)


def _rows(found: list[Any]) -> pd.DataFrame:
    """One row per unit (its first), labelled by its position in ``found``.

    Figures of one check that name the same regions get the same frame (built once;
    a part is only read, never changed in place).
    """
    first: dict[str, int] = {}
    for i, r in enumerate(found):
        first.setdefault(str(r["unit_id"]), i)
    kept = [found[i] for i in first.values()]
    columns = {
        "unit_id": list(first),
        "name": [str(r["name"]) for r in kept],
        "country": [str(r["country"]) if pd.notna(r["country"]) else None for r in kept],
        "kind": [str(r.get("kind", "region")) or "region" for r in kept],
    }
    labels = None if len(kept) == len(found) else tuple(first.values())
    key = ("rows", tuple(tuple(v) for v in columns.values()), labels)
    return _memoised(
        key,
        lambda: pd.DataFrame(
            columns, index=None if labels is None else pd.Index(list(labels), dtype="int64")
        ),
    )


def _figures(
    text: str,
    claims: Sequence[Any],
    mentions: pd.DataFrame,
    worldview: str,
    date: _dt.date,
) -> list[_Figure]:
    """Read each claim's verb, whole, part and unrecognised names from its text."""
    sentences, windows = _claim_windows(text, claims)
    mentions = _outside_dateline(text, mentions)

    # Each figure reads only its sentence and the one before, so the work per figure is
    # bounded and a long text takes linear time: sentences found by bisection, mentions
    # sliced by their sorted starts.
    mentions = mentions.sort_values("start", kind="stable")
    article_parts: dict[str, pd.DataFrame | None] = {}
    starts = mentions["start"].to_numpy()
    ends = mentions["end"].to_numpy()
    # the columns a figure reads as plain lists, once per text: each figure takes a slice
    columns = {c: s.tolist() for c, s in mentions.items() if c in _PART_COLUMNS}
    out: list[_Figure] = []
    in_sentence: dict[int, list[tuple[int, int]]] = {}
    for c, (k, _lo, _hi) in zip(claims, windows, strict=True):
        in_sentence.setdefault(k, []).append((int(c.start), int(c.end)))
    for c, (k, lo, hi) in zip(claims, windows, strict=True):
        s_lo, s_hi = sentences[k]
        peers = [s for s in in_sentence[k] if s != (int(c.start), int(c.end))]
        before = sentences[max(k - 1, 0) : k]
        w_lo = before[0][0] if before else s_lo
        a = int(np.searchsorted(starts, w_lo, "left"))
        b = int(np.searchsorted(starts, s_hi, "right"))
        out.append(
            _figure(
                text,
                c,
                mentions.iloc[a:b],
                (lo, hi),
                (s_lo, s_hi),
                before,
                worldview,
                date,
                article=(mentions, article_parts),
                window=((starts[a:b], ends[a:b]), {k: v[a:b] for k, v in columns.items()}),
                peers=peers,
            )
        )
    for fig, (_k, lo, hi) in zip(out, windows, strict=True):
        at = int(fig.claim.start)
        if (
            fig.verb == "held"
            and _GAIN_VERB_BEFORE.search(text, max(lo, at - 90), at)
            and _GAIN_PERIOD.search(text, lo, hi)
        ):
            # "Russian forces captured about 725 km² of Ukraine in November", "у лютому
            # окупанти просунулися на 370 км²": ground gained over a period, a change
            # between two dates, not the ground held on one
            fig.verb = "regained"
    for (prev, (k0, _l0, _h0)), (fig, (k1, _lo1, hi1)) in itertools.pairwise(
        zip(out, windows, strict=True)
    ):
        # "Abkhazia makes up about 12% of Georgia, and with South Ossetia about 18%",
        # "Donetsk and Luhansk make up 8.8% of Ukraine, or about 13% with Crimea": the
        # places added to the figure before make this one's part, with that one's
        if k0 == k1 and prev.part is not None and fig.part is not None:
            added = _added_places(text, mentions, int(prev.claim.end), hi1)
            ids = set(fig.part["unit_id"].astype(str))
            if added and ids <= added and not added & set(prev.part["unit_id"].astype(str)):
                rows = mentions[mentions["unit_id"].astype(str).isin(added)]
                rows = rows.drop_duplicates("unit_id")[list(prev.part.columns)]
                fig.part = pd.concat([prev.part, rows], ignore_index=True)
    for prev, fig in itertools.pairwise(out):
        if (
            _unit(fig.claim) != "%"
            and _unit(prev.claim) != "%"
            and (prev.part is not None or fig.part is not None)
            and _OUT_OF_TOTAL.fullmatch(text, int(prev.claim.end), int(fig.claim.start))
        ):
            # "Russia seized 100 square km in Kharkiv region last week, out of 31,400": the
            # size of the place the area before lies in
            fig.verb, fig.cover = "whole", None
            fig.part = prev.part if prev.part is not None else fig.part
            fig.whole_country, fig.whole_name = prev.whole_country, prev.whole_name
            continue
        if (
            fig.verb is None
            and prev.verb is not None
            and _unit(prev.claim) == "%"
            and _unit(fig.claim) != "%"
            and _RESTATES.fullmatch(text, int(prev.claim.end), int(fig.claim.start))
        ):
            # "Russian forces control nearly a fifth of Ukraine, about 110,000 km²": the
            # area restates the share, held ground as the share is
            fig.verb = prev.verb
        if (
            (prev.cover or prev.undrawn)
            and not (fig.cover or fig.undrawn or fig.unrecognised)
            and _unit(prev.claim) == "%"
            and _unit(fig.claim) != "%"
            and _RESTATES.fullmatch(text, int(prev.claim.end), int(fig.claim.start))
        ):
            # "Israel's buffer zone now covers about 16% of the Gaza Strip, some 58 square
            # kilometres": the area measures what the share does, not the whole's own size
            fig.cover, fig.undrawn, fig.part = prev.cover, prev.undrawn, None
            fig.verb = prev.verb
        # an area, then a share that restates it: "100,000 km², or nearly 18% of Ukraine"
        restated = (
            _unit(prev.claim) != "%"
            and _unit(fig.claim) == "%"
            and _AREA_THEN_RESTATED.fullmatch(text, int(prev.claim.end), int(fig.claim.start))
        )
        if not restated:
            continue
        if (
            prev.whole_country is None
            and prev.whole_name is None
            and prev.part is None
            and (fig.whole_country is not None or fig.whole_name is not None)
        ):
            # "Russia controls over 100,000 km², or nearly 18% of Ukraine": the area is of
            # the whole the share restating it names
            prev.whole_country, prev.whole_name = fig.whole_country, fig.whole_name
            prev.guessed = False
        if (
            prev.part is None
            and fig.part is not None
            and not prev.unrecognised
            and prev.verb in (None, "whole")
        ):
            # "The breakaway region covers about 4,200 sq km, or roughly 12% of Moldova",
            # "Площадь штата — около 36 800 кв. км, это примерно 5%": the area is of the
            # part the share restating it measures, not the whole country's own size
            prev.part, prev.partial = fig.part, fig.partial
            prev.whole_country, prev.whole_name = fig.whole_country, fig.whole_name
            prev.unresolved = None
        if (prev.cover or prev.undrawn) and not (fig.cover or fig.undrawn or fig.unrecognised):
            # "The UN buffer zone ... covers about 346 square kilometres, less than 4% of
            # Cyprus": the share measures what the area does, no place another sentence names
            fig.cover, fig.undrawn, fig.part = prev.cover, prev.undrawn, None
        if (
            prev.verb == "whole"
            and prev.part is not None
            and fig.verb in ("held", "regained")
            and (fig.part is None or set(fig.part["unit_id"]) <= set(prev.part["unit_id"]))
        ):
            # "Azerbaijan regained full control of Nagorno-Karabakh in 2023, about 4,400 km²,
            # or 5% of its territory": the share restates the place's own size, as the area
            fig.verb, fig.part, fig.partial = "whole", prev.part, prev.partial
    for fig in out:
        at = int(fig.claim.start)
        if (
            _unit(fig.claim) != "%"
            and getattr(fig.claim, "of", None) is None
            and _SIZE_OF_THE_WHOLE.search(text, max(0, at - 60), at)
        ):
            # "about 18% of Ukraine's 603,628 square kilometres": the whole's own size
            fig.verb = "whole"
    return out


#: A verb of ground gained, a few words before a figure: "captured about", "захопили
#: понад", "просунулися на" (not one of holding: "controls", "утримує").
_GAIN_VERB_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:captur(?:ed|es|e|ing)|seiz(?:ed|es|e|ing)|took|tak(?:en|es|ing)|"
    r"gain(?:ed|s|ing)?|advanc(?:ed|es|ing)|grabb(?:ed|ing)|overr?an|"
    r"захопи\w*|захопл\w*|заня\w*|зайня\w*|захвати\w*|захвач\w*|"
    r"просунул\w*|продвинул\w*|просуна\w*|продвига\w*)"
    r"(?:\s+[^\W\d]+){0,8}\s+(?:на\s+)?(?:[^\W\d]+\s+)?$"
)
_MONTHS_EN = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
)
#: A period a gain is counted over: "in November", "in 2024", "since the start of the
#: year", "over the past three months", "this year", "a day", "у лютому", "за рік", "с
#: начала года" (not "since 2022" nor "since the invasion": ground held since then).
_GAIN_PERIOD = re.compile(
    r"(?i)(?<!\w)(?:(?:in|during|over|throughout|by\s+the\s+end\s+of)\s+(?:the\s+)?"
    r"(?:(?:first|last|past|previous)\s+(?:\w+\s+)?(?:months?|weeks?|days?|years?|quarter|"
    r"half)|(?:" + _MONTHS_EN + r")|(?:19|20)\d\d|the\s+(?:year|month|week))"
    r"|since\s+the\s+(?:start|beginning)\s+of|so\s+far\s+this|"
    r"(?:this|last|a|per|each|every)\s+(?:year|month|week|day)|"
    r"(?:у|в)\s+(?:січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|"
    r"листопаді|грудні|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|"
    r"ноябре|декабре|(?:19|20)\d\d\s+(?:році|году))|"
    r"за\s+(?:(?:\w+\s+)?(?:місяць|місяці|тиждень|рік|год|месяц|месяца|неделю|добу|сутки|"
    r"дні|дней)|(?:19|20)\d\d)|з\s+початку|с\s+начала|"
    r"(?:на|в)\s+(?:день|добу|тиждень|неделю|місяць|месяц))(?!\w)"
)
#: Between an area and the share that restates it: "100,000 km², or nearly", "— about".
_AREA_THEN_RESTATED = re.compile(
    r"\s*(?:,\s*or|,\s*(?:або|или|это|це|that\s+is)|,|\(|—|–|-)\s*(?:(?:about|some|roughly|"
    r"around|nearly|almost|just|under|over|approximately|close\s+to|близько|приблизно|около|"
    r"примерно|майже|почти)\s+)*"
)
#: A share's whole whose own size follows: "18% of Ukraine's", "a fifth of the country's".
_SIZE_OF_THE_WHOLE = re.compile(
    r"(?:%|per\s*cent|percent|half|third|quarter|fifth|sixth|tenth|thirds|quarters|fifths)\s+"
    r"of\s+(?:the\s+)?[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*)?['’]s?\s+"
    r"(?:(?:total|entire|whole)\s+)?(?:(?:area|territory)\s+of\s+)?$",
    re.I,
)


#: Between a share and the area that restates it: "of Ukraine, about", "(or some".
_RESTATES = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,2})?\s*[,(—–]\s*"
    r"(?:or\s+)?(?:(?:about|some|roughly|around|nearly|almost|approximately|close\s+to)\s+)?"
)


def _clause_date(text: str, lo: int, hi: int, at: int | None = None) -> _dt.date | None:
    """The one date a figure's clause states, else None.

    A full date ("on 1 October 2024"), else a month of a year, read as its 15th ("at the
    peak in March 2022", "у березні 2022 року", "в марте 2022 года"), else a year, read
    as its 1 July ("in 2021"). With several full dates, the first after the figure that
    ends at ``at`` ("about 7% of Sudan on 3 June 2023 and about a quarter on 31 October
    2024").
    """
    from geoclaims.text import article_date
    from geoclaims.text.dates import _DATE_PATTERNS, _MONTHS, DATELINE_CHARS, _in_dateline

    clause = text[lo:hi]
    if not any(ch.isdigit() for ch in clause):
        return None
    found = set()
    starts: list[tuple[int, int]] = []  # dates that start a period ("since ...")
    after: list[tuple[int, _dt.date]] = []  # (where, date) of the dates after the figure
    head = text[:DATELINE_CHARS]
    # dates of other events: in a relative clause set off by commas ("Russia, which annexed
    # Crimea in 2014, now occupies"), of an event named ("after the invasion of February
    # 2022") or of a comparison ("roughly the same as in October 2023")
    asides = [a.span() for a in _RELATIVE_ASIDE.finditer(clause)]
    for pattern, _order in _DATE_PATTERNS:
        for m in pattern.finditer(clause):
            if lo + m.end() <= len(head) and _in_dateline(head, lo + m.start(), lo + m.end()):
                # "date 2022-09-20 The Kremlin ...": the article's own date, on the line of
                # its first sentence, is no date the figure's clause states
                continue
            if _other_event_date(clause, m.start(), asides):
                continue
            day = article_date(m.group())
            if day is not None and _SINCE_BEFORE.search(clause, 0, m.start()):
                starts.append(m.span())
            elif day is not None:
                found.add(day)
                if at is not None and lo + m.start() >= at:
                    after.append((m.start(), day))
    if len(found) > 1 and after:
        return min(after)[1]
    if not found:
        for m in _MONTH_YEAR.finditer(clause):
            if (
                _SINCE_BEFORE.search(clause, 0, m.start())
                or any(a <= m.start() < b for a, b in starts)
                or _other_event_date(clause, m.start(), asides)
            ):
                continue
            month = _MONTHS.get(m.group("mon").lower())
            year = int(m.group("y"))
            if month is not None and 1900 <= year <= 2100:
                found.add(_dt.date(year, month, 15))
    if not found:
        # "In 2021 Russia held about 7% of Ukraine": a year, read as its middle; "In
        # 2015-2021, Russia held about 7%": a span of years, read at its last
        found = {
            _dt.date(int(m.group("y")), 7, 1)
            for m in _IN_YEAR.finditer(clause)
            if not _other_event_date(clause, m.start(), asides)
        } | {
            _dt.date(int(m.group("y0")[:2] + m.group("y")[-2:]), 7, 1)
            for m in _IN_YEARS.finditer(clause)
            if not _other_event_date(clause, m.start(), asides)
        }
    return found.pop() if len(found) == 1 else None


#: A year before 1945 named in a figure's clause ("in 1848", "in 1920", "в 1795 году"):
#: of no boundary or control map geoclaims has.
_OLD_YEAR = re.compile(
    r"(?i)(?<![\w-])(?:in|of|by|after|until|у|в|із|с|з)\s+"
    r"(?P<y>1[0-8]\d\d|19[0-3]\d|194[0-4])(?![\d-])"
)
#: A relative clause or aside set off by commas: ", which annexed Crimea in 2014,", ", whose
#: troops began shelling Sievierodonetsk on 3 April 2022,", ", яка анексувала Крим у 2014
#: році,".
_RELATIVE_ASIDE = re.compile(
    r"(?i),\s*(?:which|whose|who|that|when|where|яка|який|які|що|коли|которая|который|"
    # (closed by a comma, or ending the clause after a place: "including Crimea, which
    # it annexed in 2014.")
    r"которые|когда|чьи|чьё|чей)\b[^,;]{3,120}(?:,|$)"
)
#: Before a date: an event it dates ("the invasion of", "the annexation in") or a
#: comparison ("the same as in", "than in", "compared with").
_EVENT_OR_COMPARED_BEFORE = re.compile(
    r"(?i)(?:(?:invasion|annexation|war|offensive|counteroffensive|ceasefire|truce|"
    r"referendum|coup|agreement|deal|accord|vote|election|вторгнення|вторжения|анексії|"
    r"аннексии|референдуму|референдума)\s+(?:of|in|on|від|у|в)\s+"
    r"|(?:same\s+as|than|compared\s+(?:with|to)|as\s+it\s+was|as\s+they\s+were)\s+"
    r"(?:(?:in|on|at)\s+)?(?:the\s+(?:start|beginning|end)\s+of\s+)?)$"
)


def _other_event_date(clause: str, at: int, asides: list[tuple[int, int]]) -> bool:
    """Whether the date at ``clause[at:]`` dates another event than the figure."""
    if any(a <= at < b for a, b in asides):
        return True
    return _EVENT_OR_COMPARED_BEFORE.search(clause, max(0, at - 40), at) is not None


#: Before a date, a word that makes it the start of a period, not the figure's date:
#: "Since 24 February 2022, Russia has seized about 21%".
_SINCE_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:since|from|after|starting|від|з|із|с|со|начиная\s+с|после|після)\s+"
    r"(?:(?:the\s+)?(?:start|beginning|end)\s+of\s+)?(?:(?:on|in)\s+)?$"
)
#: A year a clause is set in: "in 2021", "by 2023", "у 2021 році", "в 2021 году".
_IN_YEAR = re.compile(
    r"(?i)(?<!\w)(?:in|by|during|as\s+of|у|в|на)\s+(?P<y>(?:19|20)\d\d)(?!\d|\s*[-–]\s*\d)"
)


#: A span of years: "in 2015-2021", "between 2014 and 2021", "у 2015–2021 роках".
_IN_YEARS = re.compile(
    r"(?i)(?<!\w)(?:in|from|between|during|у|в|з|с)\s+(?P<y0>(?:19|20)\d\d)\s*(?:[-–—]|and|to|і|и|по|до)"
    r"\s*(?P<y>(?:19|20)?\d\d)(?!\d)"
)
#: A month and a year with no day: "March 2022", "березні 2022", "марте 2022".
_MONTH_YEAR = re.compile(r"(?<![\w.])(?P<mon>[^\W\d_]{3,12})\.?\s+(?P<y>\d{4})(?!\d)")


#: Between an area and the total it is out of: "... last week, out of ", "з ".
_OUT_OF_TOTAL = re.compile(
    r"(?i)[^.;:!?\d]{0,40}?(?:,\s*|\s+)(?:out\s+of|из|із|з)\s+(?:a\s+total\s+of\s+|"
    r"(?:its|the\s+region['’]s|the\s+oblast['’]s)\s+(?:total\s+)?|(?:загальних|общих)\s+)?"
    r"(?:(?:about|some|roughly|around|nearly|almost|близько|около|приблизно|примерно)\s+)?"
)
#: Before places added to a figure: "with", "together with", "plus", "разом з".
_ADDED_WITH = re.compile(
    r"(?i)(?<!\w)(?:(?:together|along)\s+with|with|plus|adding|разом\s+(?:з|із)|вместе\s+с|"
    r"(?:а\s+)?з|(?:а\s+)?с|добавив|додавши)\s+(?:the\s+)?$"
)
_ADDED_LIST_JOIN = re.compile(r"(?i)\s*(?:,\s*(?:and\s+)?|\s(?:and|і|и|та|й)\s+)(?:the\s+)?")


def _added_places(text: str, mentions: pd.DataFrame, a: int, b: int) -> set[str]:
    """The unit ids of the places in [a, b) named after "with", "plus" (and their list)."""
    out: set[str] = set()
    rows = mentions[(mentions["start"] >= a) & (mentions["end"] <= b)].sort_values("start")
    prev_end = None
    for s0, e0, uid, kind in zip(
        rows["start"], rows["end"], rows["unit_id"], rows["kind"], strict=True
    ):
        if kind not in _PART_KINDS or pd.isna(uid):
            prev_end = None
            continue
        if _ADDED_WITH.search(text, max(a, int(s0) - 25), int(s0)) or (
            prev_end is not None and _ADDED_LIST_JOIN.fullmatch(text, prev_end, int(s0))
        ):
            out.add(str(uid))
            prev_end = int(e0)
        else:
            prev_end = None
    return out


def _claim_windows(
    text: str, claims: Sequence[Any]
) -> tuple[list[tuple[int, int]], list[tuple[int, int, int]]]:
    """The text's sentences (past a dateline), and per claim (sentence, clause start, end).

    A sentence that states several figures is cut into one clause each.
    """
    sentences = _sentences(text)
    d_lo, d_hi = _dateline_span(text)
    if d_hi:
        # a headline before the dateline keeps its sentences
        sentences = [
            (a, b) if b <= d_lo else (max(a, d_hi), b)
            for a, b in sentences
            if b <= d_lo or b > d_hi
        ]
    sentence_starts = [a for a, _b in sentences]

    def sentence_of(pos: int) -> int:
        k = bisect.bisect_right(sentence_starts, pos) - 1
        return min(max(k, 0), len(sentences) - 1)

    by_sentence: dict[int, list[Any]] = {}
    for c in claims:
        by_sentence.setdefault(sentence_of(int(c.start)), []).append(c)
    windows = []
    for c in claims:
        k = sentence_of(int(c.start))
        s_lo, s_hi = sentences[k]
        peers = sorted(by_sentence[k], key=lambda x: int(x.start))
        i = next(j for j, p in enumerate(peers) if p is c)
        lo = s_lo if i == 0 else _clause_cut(text, peers[i - 1], peers[i])
        hi = s_hi if i == len(peers) - 1 else _clause_cut(text, peers[i], peers[i + 1])
        windows.append((k, lo, hi))
    return sentences, windows


def _claim_verbs(text: str, claims: Sequence[Any]) -> list[str | None]:
    """What each figure's verb makes it a share of: "held", "whole", "claimed" or None.

    The reading :func:`check_claims` gives a figure's verb in its clause ("Russia
    controls about 18% of Ukraine": held ground; "Donetsk and Luhansk make up 8.8%": the
    regions in full). ``claims`` are :func:`geoclaims.text.find_claims` results of
    ``text`` (anything with ``start`` and ``end``); the list is in their order. A corpus
    scan keeps them, so that its checks read each figure as the article's check does.
    """
    if not claims:
        return []
    sentences, windows = _claim_windows(text, claims)
    return [
        _verb(text, lo, int(c.start), int(c.end), hi, sentences[k][0])
        for c, (k, lo, hi) in zip(claims, windows, strict=True)
    ]


def _article_part(
    text: str, mentions: pd.DataFrame, country: str, cache: dict[str, pd.DataFrame | None]
) -> pd.DataFrame | None:
    """The regions a text names anywhere in ``country``, as a part.

    Not the dateline's place, where the story was filed, nor a place named as where
    people speak from ("Officials in Tbilisi say ..."). ``cache`` holds it per country
    for the figures of one text, so a long text's figures share it instead of each
    scanning every mention.
    """
    key = country
    if key not in cache:
        rows = mentions[
            mentions["kind"].isin(_PART_KINDS)
            & mentions["unit_id"].notna()
            & ~mentions["unit_id"].isin(_place_table().index)
            & (mentions["country"] == country)
            & mentions.index.isin(_outside_dateline(text, mentions).index)
        ]
        found = [
            r
            for _, r in rows.iterrows()
            if not (
                _SPEAKERS_IN_BEFORE.search(text, max(0, int(r["start"]) - 40), int(r["start"]))
                and _SAID.match(text, int(r["end"]) + 1)
            )
        ]
        cache[key] = _rows(found) if found else None
    return cache[key]


#: A place's own size said in an aside before another figure ("a region of about 493,000
#: km², "), optional.
_OWN_SIZE_SAID = (
    r"(?:(?:an?\s+[^\W\d]+\s+of\s+)?(?:(?:about|around|roughly|some|nearly|almost|over|"
    r"under|more\s+than|less\s+than)\s+)?\d[\d,. ]*\s*(?:km²|km2|sq\.?\s*km|square\s+"
    r"(?:kilomet(?:re|er)s|miles))\s*,\s*)?"
)
# What may stand between a place and a figure in apposition to it: "X, about 4,400 km²",
# "X, a territory of some 266,000 km²", "X (about 5,000 km²)".
_APPOSITION = re.compile(
    # (past when: "Crimea in 2014 —", "Крим у 2014 році — це")
    r"(?:\s+(?:in|у|в)\s+(?:[^\W\d]+\s+)?\d{4}(?:\s+(?:році|году|г\.|р\.))?)?"
    r"\s*[,(—–-]\s*(?:(?:це|это|that\s+is)\s+)?"
    # past the place's own size said first ("Darfur, a region of about 493,000 km², ")
    + _OWN_SIZE_SAID
    + r"(?:(?:an?|the|its|some)\s+(?:[^\W\d]+\s+){0,3}?(?:of\s+)?)?\Z",
    re.I,
)


def _appositive(
    text: str, mentions: pd.DataFrame, spans: Any, lo: int, start: int, whole_only: bool = False
) -> bool:
    """Whether the figure at ``start`` stands in apposition to a place named just before it.

    Such a figure measures that place whatever the verb of its sentence. With
    ``whole_only``, only a place named whole ("most of Donetsk" is not).
    """
    starts, ends = spans
    kinds = mentions["kind"].tolist()
    places = (*_PART_KINDS, "country")
    before = [k for k in range(len(kinds)) if kinds[k] in places and lo <= starts[k]]
    before = [k for k in before if ends[k] <= start]
    if not before:
        return False
    last = max(before, key=lambda k: ends[k])
    if _OWN_SIZE_GAP.fullmatch(text, int(ends[last]), start):
        # "80% of Western Sahara, a sparsely populated territory of 266,000 km²": the
        # place's own size, said as such, even after a share of it
        return True
    if _FIGURE_OF_BEFORE.search(text, max(0, int(starts[last]) - 40), int(starts[last])):
        # "nearly a fifth of Ukraine, about 110,000 km²": the place is the whole of the
        # figure before, which this one restates
        return False
    if whole_only and _PARTITIVE_BEFORE.search(
        text, max(0, int(starts[last]) - 40), int(starts[last])
    ):
        return False
    if _LEFT_OUT_BEFORE.search(text, max(0, int(starts[last]) - 40), int(starts[last])):
        return False  # "..., без урахування Криму — близько 14%": a place left out
    return _APPOSITION.match(text[int(ends[last]) : start]) is not None


#: Between a place and its own size in apposition: ", at", ", with an area of", " (",
#: ", which is at", " площею", " общей площадью" (a qualifier may follow).
_OWN_SIZE_APPOSED = re.compile(
    r"(?i)(?:['’]s)?\s*(?:(?:,|\(|—|–)\s*(?:(?:which|that)\s+(?:is\s+)?)?"
    r"(?:at|with\s+(?:an?\s+|its\s+)?(?:total\s+)?(?:surface\s+)?area\s+of|"
    r"whose\s+(?:total\s+)?(?:surface\s+)?area\s+is|"
    r"(?:an?\s+)?(?:total\s+)?area\s+of|covering|spanning|measuring|"
    # "in Sudan, a country of 1.89 million sq km"
    r"an?\s+(?:[\w-]+\s+){0,2}(?:country|nation|territory|region|state|province|enclave|"
    r"strip|island|republic|oblast)\s+of|"
    r"(?:which|that)\s+(?:covers|spans|measures))?"
    r"|\s(?:(?:загальною|общей)\s+)?(?:площею|площадью))\s*"
    r"(?:(?:about|around|roughly|some|nearly|almost|just\s+over|over|under|more\s+than|"
    r"less\s+than|близько|около|приблизно|примерно|майже|почти|понад|более|свыше)\s+)?\Z"
)


def _own_size_of(
    text: str, claim: Any, kinds: Any, starts: Any, ends: Any, lo: int, start: int
) -> int | None:
    """The mention whose own size an area figure in apposition to it gives, else None.

    An area with no stated whole right after a place and a gap of
    :data:`_OWN_SIZE_APPOSED` ("Luhansk Oblast, at 26,684 km²", "Kherson region, with an
    area of 27,000 km²", "Georgia, which covers 69,700 km²", "Sudan, a country of"), or
    right after its possessive ("the Donetsk region's 26,517 km²"), past a relative
    clause ("..., яку Росія окупувала майже повністю, має площу"), or after "площадь",
    "the area of" and a short verb phrase. A unit named with its country ("The Kidal
    region of Mali, about") is the unit; a place compared ("larger than the United
    Kingdom, covering") gives way to the subject, unless its own size follows it in
    brackets ("smaller than Belgium (30,700 sq km)").
    """
    if getattr(claim, "of", None) is not None or getattr(claim, "unit", None) not in AREA_UNITS:
        return None
    places = (*_PART_KINDS, "country")
    before = [
        k
        for k in range(len(kinds))
        if kinds[k] in places and lo <= int(starts[k]) and int(ends[k]) <= start
    ]
    if not before:
        return None
    for k in sorted(before, key=lambda k: -int(ends[k])):
        if _OWN_SIZE_PAST_ASIDE.fullmatch(text, int(ends[k]), start):
            # "Луганська область, яку Росія окупувала майже повністю, має площу 26,7 тис.
            # кв. км": the place, past a relative clause about it
            return k
    last = max(before, key=lambda k: int(ends[k]))
    if (
        _AREA_OF_BEFORE.search(text, max(0, int(starts[last]) - 25), int(starts[last]))
        and _AREA_OF_VERB_GAP.fullmatch(text, int(ends[last]), start)
        # (not "the area of Ukraine Russia holds is": ground held)
        and not _TOOK_WHOLE.search(text, int(ends[last]), start)
        and not _HELD_IN_GAP.search(text, int(ends[last]), start)
    ):
        # "площадь Марокко вырастет с 446,5 тыс.", "the area of Moldova is 33,846 km²":
        # the place whose area the sentence names
        return last
    if _OWN_SIZE_APPOSED.fullmatch(text, int(ends[last]), start) is None and not (
        # "most of the Donetsk region's 26,517 square kilometres": a possessive right
        # before the area, unless a part of the place follows ("... 9,000 km² under
        # occupation", "of farmland")
        _POSSESSIVE_END.search(text, max(0, int(ends[last]) - 3), int(ends[last]))
        and _POSSESSED_SIZE_GAP.fullmatch(text, int(ends[last]), start)
        and not _PART_AFTER_SIZE.match(text, int(getattr(claim, "end", start)))
    ):
        return None
    if (
        _COMPARED_BEFORE.search(text, max(lo, int(starts[last]) - 40), int(starts[last]))
        and not _BRACKET_AFTER.match(text, int(ends[last]))
        # ("smaller than Belgium, which covers 30,689 sq km": Belgium's own)
        and not _WHICH_AFTER.match(text, int(ends[last]))
    ):
        # "North Darfur alone is larger than the United Kingdom, covering about 296,000
        # km²": the place compared is not the one measured, the subject before it is
        subject = [k for k in before if int(ends[k]) <= int(starts[last])]
        if not subject:
            return None
        # ("Russia's Kursk region is larger than Luxembourg, at": the region its
        # country's possessive names, not the country)
        subject = [k for k in subject if kinds[k] != "country"] or subject
        return min(subject, key=lambda k: int(starts[k]))
    if kinds[last] == "country":
        # "The Kidal region of Mali, about 151,000 km²", "Донецкая область Украины
        # площадью": the country says where the place before it lies; its size is that
        # place's
        inner = [k for k in before if kinds[k] != "country" and int(ends[k]) <= int(starts[last])]
        if inner:
            k = max(inner, key=lambda k: int(ends[k]))
            if _PLACE_OF_COUNTRY_GAP.fullmatch(text, int(ends[k]), int(starts[last])):
                return k
    return last


#: Between the places of a list whose size is said together: ", ", " and ", " и ".
_OWN_LIST_JOIN = re.compile(
    r"(?i)\s*(?:,\s*(?:and\s+|і\s+|и\s+|та\s+)?|\s(?:and|і|и|та|й)\s+)(?:the\s+)?"
)
#: Between a place and its own size, past a relative clause about it: ", which Russia
#: has occupied almost entirely, has an area of", ", яку ... окупувала, має площу".
_OWN_SIZE_PAST_ASIDE = re.compile(
    r"(?i)\s*,\s+(?:which|that|яку|який|яка|яке|которую|который|которая|которое)\s"
    r"[^,;.!?]{1,80},\s*(?:has\s+an\s+area\s+of|covers|spans|measures|має\s+площу|"
    r"займає|охоплює|имеет\s+площадь|занимает)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|under|more\s+than|less\s+than|около|"
    r"близько|приблизно|примерно|майже|почти|понад|более|свыше)\s+)?"
)
#: A place's area named right before the place: "площадь", "the area of", "the size of".
_AREA_OF_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:площадь|площа|площу|площі|the\s+(?:total\s+)?area\s+of|"
    # ("the size of" opening its clause: "about the size of Belgium" compares)
    r"(?:^|[.!?;:]\s+|\n\s*)the\s+(?:total\s+)?size\s+of)\s+$"
)
#: After such a place, a short verb phrase up to its area: " вырастет с ", " is ", " — ".
_AREA_OF_VERB_GAP = re.compile(
    r"(?i)(?:['’]s)?\s*(?:[—–:,]\s*)?(?:[^\W\d]+\s+){0,3}?(?:(?:с|з|із|from|of|to|до)\s+)?"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|under|more\s+than|less\s+than|около|"
    r"близько|приблизно|примерно|майже|почти|понад|более|свыше)\s+)?"
)
#: A word of ground held or taken in a gap: "Russia holds", "under occupation".
_HELD_IN_GAP = re.compile(
    r"(?i)(?<!\w)(?:hold\w*|held|control\w*|occup\w*|under|окуп\w*|оккуп\w*|контрол\w*|"
    r"захоп\w*|захват\w*|утрим\w*|удерж\w*)"
)
#: A bracket right after a place: its own size follows ("Belgium (30,700 sq km)").
_BRACKET_AFTER = re.compile(r"\s*\(")
#: A comparison right before a place: "larger than", "the size of", "меньше, чем".
_COMPARED_BEFORE = re.compile(
    r"(?i)(?:(?:larger|smaller|bigger|greater|less|more)\s+than|the\s+size\s+of|"
    r"(?:as|so)\s+(?:big|large|small)\s+as|"
    r"(?:больше|меньше|більше|менше|більша|менша|больший|меньший)(?:,?\s+(?:чем|ніж))?|"
    r"(?:размером|розміром|завбільшки|величиной)\s+(?:(?:примерно|приблизно|почти|майже|"
    r"около|близько|как|як)\s+)?(?:с|з|із)|"
    r"(?:сопоставим\w*|порівнянн\w*|сравним\w*)\s+(?:по\s+площади\s+|за\s+площею\s+)?(?:с|з|із))"
    r"\s+(?:the\s+)?$"
)
#: After a place compared: a relative clause that gives its own size ("Belgium, which
#: covers 30,689 km²").
_WHICH_AFTER = re.compile(r"(?i)\s*,\s*(?:which|that|яка|який|которая|который)\s")
#: A possessive at a place's end: "Donetsk region's", "Luhansk Oblast’s".
_POSSESSIVE_END = re.compile(r"['’]s?\s*$")
#: Between a possessive place and its own size: " ", " total ", " entire ".
_POSSESSED_SIZE_GAP = re.compile(r"(?i)\s+(?:(?:total|entire|whole|some|roughly|about|nearly)\s+)?")
#: After an area: a part of its place ("of farmland", "under occupation", "held by").
_PART_AFTER_SIZE = re.compile(
    r"(?i)\s+(?:of|under|held|occupied|controlled|taken|seized|lost|in|that|which)\b"
)
#: Between a place and the country it lies in, named right after it: " of ", " in northern
#: ", " in the " or, in Russian and Ukrainian, a space (the country in the genitive).
_PLACE_OF_COUNTRY_GAP = re.compile(
    r"(?i)(?:\s+(?:region|province|state|oblast|governorate|district))?"
    r"\s+(?:(?:of|in)\s+(?:(?:the\s+)?(?:north|south|east|west|central)[\w-]*\s+)?(?:the\s+)?)?"
)


#: Between a place and its own size said as such: ", a sparsely populated territory of",
#: ", which covers".
_OWN_SIZE_GAP = re.compile(
    r"(?i)['’]?s?\s*,\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:territory|region|country|area|"
    r"state|province|enclave|strip|plateau|island|republic|oblast)\s+(?:of|covering|spanning)"
    r"|which\s+(?:covers|spans|measures)|covering|spanning)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just\s+over|over|under|more\s+than|"
    r"less\s+than)\s+)?"
)
#: After a figure: what it is added to ("more than 5% to Israel's territory").
_ADDED_TO_OWN = re.compile(
    r"\s*to\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:['’]s?)?\s+(?:own\s+)?"
    r"(?:territory|land|area|size)\b"
)
#: After a figure: its whole, then the comma that closes an aside ("of the country,").
_ASIDE_CLOSED = re.compile(r"(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})?\s*,")
#: A sentence that opens with a place and a comma, the figure next ("Nagorno-Karabakh, ").
_SENTENCE_OPENS_WITH_PLACE = re.compile(
    r"\s*(?:the\s+)?[A-ZА-ЯІЇЄҐЁ][\w'’-]*(?:\s+[A-ZА-ЯІЇЄҐЁ][\w'’-]*){0,3}\s*,\s*"
    # past its own size said first ("Darfur, a region of about 493,000 km², a quarter")
    + _OWN_SIZE_SAID
    + r"(?:(?:about|around|roughly|some|nearly|almost|over|under|more\s+than|less\s+than|"
    r"just|близько|около|приблизно|примерно|майже|почти)\s+)?"
)
#: A figure's "of" right before a place: "a fifth of", "18% of the".
_FIGURE_OF_BEFORE = re.compile(
    r"(?:\d\s*%|\d|percent|per\s*cent|half|third|thirds|quarter|quarters|fifth|fifths|tenth|"
    r"tenths|km²|km2|kilomet\w+|miles)\s+of\s+(?:the\s+)?$",
    re.I,
)
#: The kind of land an area measures, right after it: "40,000 hectares of farmland",
#: "1,500 hectares of forest", "350 гектарів сільгоспугідь", "1,5 тыс. га посевов". Such an
#: area is a part of its place that no boundary draws, never the place itself.
_LAND_COVER_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:(?:mined|arable|agricultural|irrigated|mountain|state|new|reclaimed|"
    r"artificial|burnt|burned|pine|private|fertile|"
    r"\w+(?:ськ|цьк|ск|цк|зьк|зск)(?:их|ої|ой|ие|і|их))\s+)?"
    r"(?P<cover>farm\s?land|cropland|crops|fields|forests?|woodland|pastures?|grassland|"
    r"orchards|vineyards|plantations|wetlands|reeds|reclaimed\s+land|land\s+reclaimed|"
    r"сельхоз\w*|сільгосп\w*|угід\w*|угодий|лісу|лісів|лесов|лесу|леса|посів\w*|посев\w*|"
    r"пасовищ\w*|пастбищ\w*|очерет\w*|тростник\w*|полів|полей|пашни|ріллі)(?!\w)"
)
#: Water right after a figure: "of sea", "of its territorial waters", "морської
#: економічної зони".
_WATER_AFTER = re.compile(
    r"(?i)\s+(?:of\s+)?(?:(?:its|their|the|[\w-]+['’]s|своєї|своей|її|ее|её)\s+)?"
    r"(?:(?:own|open|exclusive|maritime|виключн\w*|исключительн\w*|морськ\w*|морск\w*)\s+)*"
    r"(?:sea|seas|ocean|waters|seabed|economic\s+zone|eez|territorial\s+(?:waters|sea)|"
    r"continental\s+shelf|економічн\w*\s+зон\w*|экономическ\w*\s+зон\w*|акваторі\w*|"
    r"акватори\w*|моря|море|вод)(?!\w)"
)
#: Water named before a figure in its clause: "maritime zone exceeds", "EEZ covers".
_WATER_BEFORE = re.compile(
    r"(?i)(?:marine\s+(?:protected\s+)?(?:area|reserve|park)|exclusive\s+economic\s+zone|"
    r"\beez|maritime\s+(?:claim|zone|area|border|boundary|space)s?|territorial\s+waters|"
    r"continental\s+shelf|fishing\s+zone|морськ\w+\s+(?:заповідн\w+|економічн\w+|кордон\w*)|"
    r"морск\w+\s+(?:заповедн\w+|экономическ\w+|границ\w*)|акватор\w+)\b[^.;:!?\d]{0,40}$"
)
#: After a share and its whole, a state of the land: "of the country's territory is
#: potentially contaminated with mines".
_SPOILED_AFTER = re.compile(
    r"(?i)(?:\s+of\s+[^,.;:!?]{0,50}?)?"
    # past an aside that restates the figure: ", almost a third of the country,"
    r"(?:\s*,\s*[^,;.!?]{1,60}?)?,?"
    r"\s+(?:is|are|was|were|remains?|remained|(?:may|might|could|would|will)\s+(?:still\s+)?be|"
    r"(?:has|have)\s+been)\s+"
    r"(?:(?:still|now|potentially|possibly|considered|believed\s+to\s+be|thought\s+to\s+be|"
    r"likely|heavily)\s+)*(?:contaminated|mined|polluted|littered)"
)
#: Before an area that restates such a share: "contaminated with mines, about".
_SPOILED_BEFORE = re.compile(
    r"(?i)(?:contaminated|mined|polluted|littered)(?:\s+(?:with|by)\s+[\w\s-]{1,30}?)?\s*[,—–(]\s*"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|under|more\s+than|less\s+than)\s+)?$"
)
#: A whole of another time after a figure: "of historic Palestine", "of Mandatory Palestine".
_HISTORIC_WHOLE = re.compile(
    r"(?i)\s+of\s+((?:the\s+)?(?:historic(?:al)?|mandatory|ancient|greater|british[- ]mandate)"
    r"\s+[^\W\d][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)
#: A kind of land as the subject of a verb of measure right before a figure: "Arable land
#: makes up about", "The British bases take up about", "Ліси займають близько".
_COVER_SUBJECT = re.compile(
    r"(?i)(?<![\w'’-])(?P<cover>(?:[^\W\d_][\w-]*\s+){0,2}?(?:(?:arable|agricultural|farm|"
    r"crop|irrigated)\s+land|farm\s?land|cropland|forests?|woodlands?|pastures?|deserts?|"
    r"(?:military\s+)?bases|settlements|outposts|ice\s+sheets?|ice\s+caps?|glaciers?|"
    r"(?:buffer|security|exclusion|"
    r"demilitari[sz]ed)\s+zones?|national\s+parks?|nature\s+reserves?|plantations|"
    r"wetlands|ліси|лісі?в|леса|лесов|сільгоспугіддя|сельхозугодья|пустел[іяи]|пустын[ия]))"
    # ("The UN buffer zone, known as the Green Line, covers about 3%")
    r"(?:,\s+[^,;.!?]{1,60},)?"
    r"(?:['’]s)?\s+(?:alone\s+|together\s+|now\s+)?(?:makes?\s+up|made\s+up|accounts?\s+for|"
    r"accounted\s+for|covers?|covered|takes?\s+up|took\s+up|occup(?:y|ies|ied)|"
    r"represents?|constitutes?|comprises?|span|spans|становлять|становить|займають|"
    r"займає|занимают|занимает|составляют|составляет)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|under|just|only|more\s+than|"
    r"less\s+than|близько|приблизно|около|примерно|майже|почти|понад|более)\s+)?$"
)
#: A verb of taking a place whole, before a share set beside it: "Russia seized Crimea,
#: about 4.5% of Ukraine" measures Crimea (a claim's verb, "annexed", is read as a claim).
_TOOK_WHOLE = re.compile(
    r"\b(?:seized|took|captured|occupied|lost|ceded|surrendered|handed\s+over|gave\s+up|retook|"
    r"recaptured|regained|liberated|reclaimed|захопила|захопив|захватила|захватил|втратила|"
    r"окупувала|окупував|оккупировала|оккупировал|"
    r"потеряла|повернула|звільнила|вернула|освободила)\b",
    re.I,
)


#: Before a place: the taking of it named as a noun ("annexation of", "захоплення").
_ACT_OF_BEFORE = re.compile(
    r"(?i)\b(?:annexation|seizure|capture|takeover|loss|recapture|liberation)\s+of\s+"
    r"(?:the\s+)?$|(?:анексія|анексії|аннексия|аннексии|захоплення|захват|захвата)\s+$"
)
#: After the place of a taking named as a noun, up to the figure: the taking's verb
#: ("Crimea in 2014 took about", "Криму забрала"), no comma between.
_ACT_VERB_AFTER = re.compile(
    r"(?i)[^,.;:]{0,40}?\b(?:took|cost|removed|stripped|represented|accounted\s+for|"
    r"amounted\s+to|meant|забрала|забрав|коштувала|отняла|отнял|стоила)\b"
    r"(?:\s+(?:Ukraine|Україну|Украину|it|the\s+country))?(?:\s+of)?\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|близько|около|"
    r"приблизно|примерно|майже|почти)\s+)?"
)
#: After a place taken whole, up to the figure: the taking said again as a participle
#: ("Crimea in March 2014, seizing about").
#: Before a place: a move into it, so ground taken lies in it ("pushed into the Kharkiv
#: region", "вошли в Курскую область", "зайшли в").
_INTO_PLACE_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:into|inside|deeper\s+in(?:to)?|across|в\s+глубь|вглиб|"
    r"(?:вош\w+|зайш\w+|зайд\w+|увійш\w+|вторг\w+|вклин\w+|продвинул\w+|просунул\w+)\s+"
    r"(?:в|у|на)|в\s+глиб)\s+(?:the\s+)?$"
)
_TAKING_AGAIN = re.compile(
    r"[^.;:]{0,60},\s*(?:seizing|taking|grabbing|capturing|annexing|adding)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than)\s+)?"
    # and the same size said again ("..., seizing about 27,000 km², or 4.5% of Ukraine")
    r"(?:[^.;:]{1,40}?,\s*(?:or|that\s+is|i\.e\.)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost)\s+)?)?",
    re.I,
)
#: Before a country whose verb is gapped: "..., and China roughly a sixth".
_GAP_WORD_BEFORE = re.compile(r"(?:,|;|:|\band|\bwhile|(?<!\w)(?:а|і|и|та))\s+$", re.IGNORECASE)
#: Between a country and its figure, the verb gapped: "Pakistan a little under", "Пакистан —".
_GAPPED_HOLDER_GAP = re.compile(r"\s*[—–,]?\s*(?:(?:a\s+little|just|about|around|roughly|some|"
    r"nearly|almost|over|under|more\s+than|less\s+than|близько|приблизно|майже|понад|около|"
    r"примерно|почти|более|менее|"
    # "and China the remaining 15%", "а Китай — оставшиеся 15%"
    r"the\s+(?:remaining|rest|other|last)|(?:the\s+)?rest\s+of\s+it,?|решту|решта|оставшиеся|"
    r"остальные|залишок|остаток)\s*)*", re.IGNORECASE)
#: A verb of holding a place right before it: "China holds Aksai Chin, about 15% of".
_HOLDS_WHOLE = re.compile(
    r"\b(?:(?:holds|held|controls|controlled|occupies|occupied|administers|administered)\s+"
    # "now hold almost all of Darfur, a region of about 493,000 km², roughly a quarter"
    r"|(?:hold|control|occupy|administer)\s+(?:almost|nearly|virtually|practically)\s+all\s+of\s+)"
    r"(?:the\s+)?[A-Z][^,;.]{0,40},\s*" + _OWN_SIZE_SAID + "$",
)


def _part_country(
    mentions: pd.DataFrame, spans: Any, holders: Any, scope: tuple[int, int]
) -> str | None:
    """The country of the first region, entity or named area of ``scope``, or None.

    Holders ("Israel holds") and places of no one country (Kashmir) are passed over.
    """
    a, b = scope
    starts, ends = spans
    for k, (kind, country) in enumerate(zip(mentions["kind"], mentions["country"], strict=True)):
        if (
            kind in _PART_KINDS
            and a <= starts[k]
            and ends[k] <= b
            and mentions.index[k] not in holders
            and isinstance(country, str)
            and country
        ):
            return country
    return None


def _clause_cut(text: str, first: Any, second: Any) -> int:
    m = _CLAUSE_END.search(text, int(first.end), int(second.start))
    return m.start() if m else int(second.start)


def _outer_parts(found: list[Any]) -> list[Any]:
    """The parts without those inside a named area also among them.

    "Cyrenaica ... stretches from Benghazi to the Egyptian border and covers roughly half
    of Libya" is Cyrenaica's share, not Cyrenaica's plus Benghazi's.
    """
    from geoclaims import boundaries

    areas = [str(r.get("unit_id")) for r in found if str(r.get("unit_id")).startswith("area:")]
    if not areas:
        return found
    table = boundaries._area_table()
    inside: set[str] = set()
    for a in areas:
        if a in table.index:
            got = table.at[a, "unit_ids"]
            members = got.split("|") if isinstance(got, str) else list(got)
            inside.update(m for m in members if not m.startswith(("area:", "cut:")))
    return [r for r in found if str(r.get("unit_id")) not in inside] or found


# "most of Fezzan", "large parts of Zaporizhzhia and Kherson", "частину Донецької області"
_PARTITIVE_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:most|much|part|parts|some|half|the\s+rest|large\s+parts|swathes|"
    r"a\s+(?:third|quarter|fifth)|two[-\s]thirds|three[-\s]quarters|більш\w+\s+частин\w*|"
    r"частин\w*|большей\s+части|большую\s+часть|част\w+)\s+(?:of\s+)?(?:the\s+)?$"
)


def _partial_parts(
    text: str, mentions: pd.DataFrame, spans: Any, part: pd.DataFrame, sentence: tuple[int, int]
) -> tuple[tuple[str, str], ...]:
    """The parts named after a partitive in the figure's sentence: (name, its words)."""
    names = set(part["name"].tolist())
    out: list[tuple[str, str]] = []
    for i in np.flatnonzero((spans[0] >= sentence[0]) & (spans[1] <= sentence[1])):
        row = mentions.iloc[i]
        if row["kind"] not in _PART_KINDS or row["name"] not in names:
            continue
        # the first of a list carries the partitive for the rest ("parts of A and B")
        start = int(row["start"])
        m = _PARTITIVE_BEFORE.search(text, max(0, start - 30), start)
        if m is None and out:
            between = text[int(mentions.iloc[i - 1]["end"]) : start] if i else ""
            if re.fullmatch(r"\s*(?:,|and|та|і|и)\s*(?:the\s+)?", between):
                out.append((str(row["name"]), out[-1][1]))
                continue
        if m is None and row["kind"] == "area" and (pd.isna(row["country"]) or not row["country"]):
            # "India-administered Kashmir": one holder's part of an area several hold
            m = _HOLDER_ADJECTIVE_BEFORE.search(text, max(0, start - 40), start)
        if m is not None:
            out.append((str(row["name"]), m.group().strip()))
    return tuple(dict.fromkeys(out))


#: Month names of every language (lower case), never places.
_MONTH_NAMES = frozenset(merged_dict("MONTHS"))
_HOLDER_ADJECTIVE = re.compile(
    r"(?i)-(?:administered|controlled|held|occupied|run|backed|annexed|claimed|led|installed)$"
)
_HOLDER_ADJECTIVE_BEFORE = re.compile(
    r"(?i)\b[\w]+-(?:administered|controlled|held|occupied|run)\s+(?:the\s+)?$"
)


#: Pronouns that may be the subject of a measure ("It makes up about 4.5% of Ukraine").
_SUBJECT_PRONOUNS = frozenset(
    {"it", "this", "that", "which", "these", "those", "they", "воно", "вона", "він", "це",
     "вони", "этот", "это", "она", "он", "оно", "они"}
)  # fmt: skip


#: The District of Columbia's letters after its city's name.
_WASHINGTON_DC = re.compile(r"Washington,?\s+D\.?C\.?$")


def _subject_of_measure(
    text: str, m_starts: Any, m_ends: Any, m_kinds: Any, lo: int, start: int
) -> tuple[str | None, str]:
    """The subject of a verb of measure right before a figure, when no mention is in it.

    Returns ``("name", phrase)`` for a run of capitalised words ("Foo", "Kropyvnytskyi
    Oblast") that no mention covers whole, ``("pronoun", word)`` for a pronoun ("It"),
    else ``(None, "")``: a lower-case noun phrase ("the occupied area") says what the
    part is without naming it, and is left to the other rules.
    """
    words = list(_WORD.finditer(text, lo, start))
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if not _SUBJECT_MEASURED.fullmatch(text, w.end(), start):
            continue
        if w.group().lower() in _SUBJECT_PRONOUNS:
            before = text[: w.start()].rstrip()
            if w.group().lower() in ("which", "that") and before.endswith(","):
                # "Moldova, which covers 33,846 km²": the country named right before
                # is what "which" stands for; the rules for a country's own size read it
                comma = len(before) - 1
                if any(
                    k == "country" and int(e0) == len(text[:comma].rstrip())
                    for e0, k in zip(m_ends, m_kinds, strict=True)
                ):
                    return None, ""
            return "pronoun", w.group()
        j = i
        if (
            w.group().lower() in _UNIT_NOUNS
            and i > 0
            and words[i - 1].group()[:1].isupper()
            and not text[words[i - 1].end() : w.start()].strip()
        ):
            # "Lemberg region makes up about 3.6%": a name and its unit word
            j = i - 1
        while j > 0 and words[j - 1].group()[:1].isupper() and not text[
            words[j - 1].end() : words[j].start()
        ].strip():
            j -= 1
        if not words[j].group()[:1].isupper() or (
            not w.group()[:1].isupper() and w.group().lower() not in _UNIT_NOUNS
        ):
            return None, ""
        a, b = words[j].start(), w.end()
        if b - a == 1 or _WASHINGTON_DC.search(text, max(0, a - 12), b):
            # "Areas A and B make up": a letter, no name of a place; "Washington, DC
            # covers": the District's letters after its city
            return None, ""
        water = _WATER_OF_BEFORE.search(text, max(0, a - 16), a)
        if water is not None:
            # "the land bridge along the Sea of Azov makes up": the sea's whole name, which
            # no boundary the figure is checked against draws
            return "name", text[water.start() : b]
        # a place named in the run is read by the other rules; a town inside a longer
        # name is not that name ("Kropyvnytskyi Oblast" is no unit the data knows)
        inside = [
            (int(s0), int(e0), k)
            for s0, e0, k in zip(m_starts, m_ends, m_kinds, strict=True)
            if int(e0) > a and int(s0) < b
        ]
        if any(k != "city" or (s0 <= a and b <= e0) for s0, e0, k in inside):
            return None, ""
        return "name", text[a:b]
    return None, ""


_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
#: Unit words after a name in a subject: "Lemberg region", "Foo Oblast".
_UNIT_NOUNS = frozenset({"region", "oblast", "province", "governorate", "state", "district"})


#: A negation in the figure's clause, a few words before it: "does not control",
#: "isn't", "не становлять", "ні ... не".
_DENIED_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:not|never|no\s+longer|\w+n['’]t|не|ні|ни|нє)"
    r"(?:\s+[^\W\d]+){0,3}\s+$"
)
_BUT_IN_DENIAL = re.compile(r"(?i)(?<!\w)(?:but|а|але|но)(?!\w)")
#: A modal of what would be or would have been, a few words before a figure: "would have
#: controlled", "will hold", "контролювала б", "будет контролировать".
_MODAL_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:would|will|might|\w+['’](?:d|ll))\s+(?:[^\W\d]+\s+){0,5}$"
    r"|(?<!\w)(?:буде|будуть|будет|будут|би|бы)\s+(?:[^\W\d]+\s+){0,4}$"
    r"|(?<!\w)[^\W\d]+(?:ла|ло|ли|в)\s+(?:б|би|бы)\s+(?:[^\W\d]+\s+){0,3}$"
)
#: "could" before a figure, hypothetical with an "if" in its sentence.
_COULD_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:could|may|can|може|могла|может|могут)\s+(?:[^\W\d]+\s+){0,4}$"
)
#: An aim before a figure: "aims to seize", "wants to control", "прагне захопити".
_AIM_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:aims?|aiming|wants?|wanting|seeks?|seeking|plans?|planning|intends?|"
    r"intending|hopes?|hoping|tries|trying|vows?|vowing|threatens?|threatening|"
    r"стремит\w*|хочет|хотят|хоче|хочуть|прагне|прагнуть|планує|планують|планирует|"
    r"планируют|намерен\w*|має\s+намір|мають\s+намір)\s+(?:to\s+)?(?:[^\W\d]+\s+){0,4}$"
)
#: A time still to come in a figure's clause: "by the end of next year", "by 2027".
_FUTURE_TIME = re.compile(
    r"(?i)(?<!\w)(?:by\s+(?:the\s+end\s+of\s+)?(?:next|this)\s+(?:year|month|spring|summer|"
    r"autumn|fall|winter)|next\s+(?:year|month|spring|summer|autumn|winter)|in\s+the\s+coming\s+"
    r"(?:weeks|months|years)|within\s+(?:a|one|two|three|\d+)\s+(?:years?|months?)|"
    r"до\s+конца\s+(?:следующего|этого)|до\s+кінця\s+(?:наступного|цього)|в\s+следующем\s+году|"
    r"наступного\s+року|в\s+ближайш\w+|найближч\w+)"
)
_IF_CLAUSE = re.compile(r"(?i)(?<!\w)(?:if|unless|якщо|если|коли\s+б)\s")
#: Negations that are no denial of the figure: "not only", "не лише", "не менее".
_NOT_A_DENIAL = re.compile(
    r"(?i)(?:not|не|ні)\s+(?:only|just|least|лише|лишь|только|тільки|менее|менше|менш|меньше|"
    r"более|больше|більше|свыше|понад)(?!\w)"
)


#: "occupies" right before a figure ("Zaporizhzhia occupies about 4.5% of Ukraine").
_OCCUPIES_BEFORE = re.compile(
    r"(?i)(?:['’]s)?\s+(?:occupies|occupied|occupy)\s+(?:(?:about|around|roughly|some|nearly|"
    r"almost|over|under|just|only|more\s+than|less\s+than)\s+)?$"
)


#: An article right before an area that names a place's size before its name.
_ARTICLE_BEFORE = re.compile(r"(?i)(?<!\w)(?:the|its|their)\s+$")
_SPACE_THEN_CAPITAL = re.compile(r"\s+(?=[A-ZА-ЯІЇЄҐЁ])")
_LOWER_NOUN_AFTER = re.compile(r"\s+[a-zа-яіїєґё]")


def _layer_reaches(layer: gpd.GeoDataFrame, whole_row: Any) -> bool:
    """Whether a control layer's extent meets a whole's boundary (bounding boxes, degrees)."""
    if layer.empty:
        return True  # an empty snapshot says nothing is held, wherever the whole is
    geom = whole_row.get("geometry") if hasattr(whole_row, "get") else None
    if geom is None or getattr(geom, "is_empty", True):
        return True
    return bool(shapely.box(*layer.total_bounds).intersects(shapely.box(*geom.bounds)))


def _unit_named_as(surface: str, unit_id: str) -> bool:
    """Whether a town's name as written also names the first-level unit it lies in.

    "Kaliningrad", "Zaporizhzhia": their oblasts.
    """
    gaz = _gazetteer()
    kid = key_id(gaz, name_key(surface))
    return kid is not None and any(
        c.kind == "region" and c.unit_id == unit_id for c in gaz.candidates[kid]
    )


#: Between a place and its size in brackets: " (", " (about ".
_BRACKETED_SIZE_GAP = re.compile(
    r"\s*\(\s*(?:(?:about|around|roughly|some|nearly|almost|over|under|just|more\s+than|"
    r"less\s+than|близько|приблизно|около|примерно|майже|почти|понад|свыше)\s+)?"
)


def _related_place(text: str, a: int, ps: int) -> bool:
    """Whether the place at ``ps`` is one the place measured borders, is like or is compared with.

    See :data:`_RELATED_PLACE_BEFORE`; past other places of a list ("between Poland and").
    """
    hit = _RELATED_PLACE_BEFORE.search(text, max(a, ps - 60), ps)
    if hit is not None and _LIKE_PHRASE_CLOSED.fullmatch(text, hit.start(), ps):
        return False
    return hit is not None


def _figure(
    text: str,
    claim: Any,
    mentions: pd.DataFrame,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    before: list[tuple[int, int]],
    worldview: str,
    date: _dt.date,
    article: tuple[pd.DataFrame, dict[str, Any]] | None = None,
    window: tuple[tuple[np.ndarray, np.ndarray], dict[str, list[Any]]] | None = None,
    peers: Sequence[tuple[int, int]] = (),
) -> _Figure:
    """Read one figure from its clause, sentence and the sentence before.

    ``mentions`` holds the mentions of those sentences; ``article`` every mention of the
    text and a cache for its parts (for a figure whose own sentences name no region);
    ``window`` the same mentions' spans and columns (:data:`_PART_COLUMNS`) as arrays and
    lists, when the caller has them; ``peers`` the spans of the sentence's other figures,
    to which a place left out or counted in next to them belongs.
    """
    lo, hi = clause
    s_lo, s_hi = sentence
    start, end = int(claim.start), int(claim.end)
    fig = _Figure(
        claim=claim,
        verb=_verb(text, lo, start, end, hi, s_lo),
        stated_date=_clause_date(text, lo, hi, end),
    )
    spans = window[0] if window is not None else _spans(mentions)
    if fig.stated_date is None and any(
        # (not of ground left out: "about 14% of Ukraine outside Crimea and the areas it
        # held before 2022", "excluding what it held before the invasion")
        not _LEFT_OUT_WORD.search(text, max(lo, b.start() - 80), b.start())
        for b in _BEFORE_INVASION.finditer(text, lo, hi)
    ):
        # "up from 7% before the invasion": held ground of the day before 24 February 2022,
        # which only a snapshot of that time can tell
        fig.stated_date = _INVASION_EVE
    if (old := _OLD_YEAR.search(text, lo, hi)) is not None:
        fig.old_year = int(old.group("y"))
    fig.text_after = text[end : min(hi, end + 80)]
    if fig.verb != "whole" and _unit(claim) in AREA_UNITS:
        cover = _LAND_COVER_AFTER.match(text.lower(), end)
        fig.cover = " ".join(cover["cover"].split()) if cover else None
    if fig.cover is None:
        # "Arable land makes up about 45% of India", "The British bases take up about 3%
        # of the island": the subject measured is a kind of land, not a place
        cover = _COVER_SUBJECT.search(text, max(lo, start - 120), start)
        fig.cover = " ".join(cover["cover"].split()) if cover else None
    if fig.cover is None and (
        _WATER_AFTER.match(text, end) or _WATER_BEFORE.search(text, max(lo, start - 60), start)
    ):
        # "some 75,000 square kilometres of sea", "its maritime zone exceeds 640,000 km²",
        # "80% of its exclusive economic zone": water, which no land boundary draws
        fig.cover = "sea (a maritime zone)"
    if fig.cover is None and (
        _SPOILED_AFTER.match(text, end, min(len(text), end + 120))
        or _SPOILED_BEFORE.search(text, max(s_lo, start - 60), start)
    ):
        # "some 30% of the country's territory is potentially contaminated with mines,
        # about 174,000 km²": land in a state no boundary draws, not a place
        fig.cover = "contaminated land"
    denied = _DENIED_BEFORE.search(text, max(lo, start - 60), start)
    if (
        denied is not None
        and not _NOT_A_DENIAL.match(denied.group())
        # "controls not a fifth but about 18% of Ukraine": the figure "but" asserts
        and not _BUT_IN_DENIAL.search(denied.group())
    ):
        # "Donetsk and Luhansk do not make up 9% of Ukraine", "Россия не контролирует 40%"
        fig.negated = " ".join(denied.group().split())
    modal = _MODAL_BEFORE.search(text, max(lo, start - 70), start) or _AIM_BEFORE.search(
        # "Russia aims to seize 25% of Ukraine", "Moscow wants to control about 25%": an aim
        text, max(lo, start - 70), start
    )
    if modal is None and (_IF_CLAUSE.search(text, s_lo, s_hi) or _FUTURE_TIME.search(text, lo, hi)):
        # "Russia could control about 30% of Ukraine if Zaporizhzhia falls", "... could
        # control up to 25% of Ukraine by the end of next year"
        modal = _COULD_BEFORE.search(text, max(lo, start - 70), start)
    if modal is not None:
        fig.hypothetical = " ".join(modal.group().split())
    occupies = _OCCUPIES_BEFORE.search(text, lo, start) if fig.verb == "held" else None
    if occupies is not None and any(
        int(e0) == occupies.start() and k in ("region", "area", "city")
        for e0, k in zip(spans[1], mentions["kind"], strict=True)
    ):
        # "The region of Zaporizhzhia occupies about 4.5% of Ukraine": a place that
        # occupies a share of its country covers it (a country or forces would hold it)
        fig.verb = "whole"
    if (
        fig.verb != "whole"
        and (
            getattr(claim, "unit", None) in AREA_UNITS
            # "In 2014 Russia seized Crimea, about 4.5% of Ukraine": its size, not held;
            # "Azerbaijan retook Nagorno-Karabakh, about 5% of its territory": not regained
            or (
                fig.verb in ("held", "regained")
                and _TOOK_WHOLE.search(text, s_lo, start) is not None
            )
        )
        and _appositive(text, mentions, spans, s_lo, start)
    ) or (
        # "China holds Aksai Chin, about 15% of Kashmir": a place held whole, measured (not
        # "Russia holds most of Donetsk, about 79% of it")
        fig.verb == "held"
        and _HOLDS_WHOLE.search(text, s_lo, start) is not None
        and _appositive(text, mentions, spans, s_lo, start, whole_only=True)
    ) or (
        # "Nagorno-Karabakh, about 5% of the country, returned to Baku's control": an aside
        # on the subject, closed before its verb, measures the subject
        fig.verb == "held"
        and _ASIDE_CLOSED.match(text, end) is not None
        and _SENTENCE_OPENS_WITH_PLACE.fullmatch(text, s_lo, start) is not None
        and _appositive(text, mentions, spans, s_lo, start, whole_only=True)
    ):
        fig.verb = "whole"  # "Nagorno-Karabakh, about 4,400 km², ..." measures the place
    if fig.verb in ("held", "regained", None) and any(
        k in _PART_KINDS
        and lo <= int(s0)
        and int(e0) <= start
        and (
            # "Russia's annexation of Crimea in 2014 took about 4.5% of Ukraine"
            (
                _ACT_OF_BEFORE.search(text, max(lo, int(s0) - 40), int(s0)) is not None
                and _ACT_VERB_AFTER.fullmatch(text, int(e0), start) is not None
            )
            # "Russia annexed Crimea in March 2014, seizing about 27,000 km²" (not
            # "advanced 12 km into the Kharkiv region, seizing about 100 km²": ground in it)
            or (
                _TAKING_AGAIN.fullmatch(text, int(e0), start) is not None
                and _INTO_PLACE_BEFORE.search(text, max(lo, int(s0) - 20), int(s0)) is None
            )
        )
        for k, s0, e0 in zip(mentions["kind"], spans[0], spans[1], strict=True)
    ):
        # the taking of a place named whole measures that place
        fig.verb = "whole"
    if (
        fig.verb != "whole"
        and getattr(claim, "unit", None) in AREA_UNITS
        and _ARTICLE_BEFORE.search(text, max(s_lo, start - 6), start)
        and (nxt := _SPACE_THEN_CAPITAL.match(text, end)) is not None
        and any(
            int(s0) == nxt.end()
            and k in (*_PART_KINDS, "country")
            # (not "the 1,300 km² Kursk pocket": a part named by a noun after the place)
            and not _LOWER_NOUN_AFTER.match(text, int(e0))
            for s0, e0, k in zip(spans[0], spans[1], mentions["kind"], strict=True)
        )
    ):
        fig.verb = "whole"  # "of the 27,180 km² Zaporizhzhia region": the place's own size
    holders = _holders(text, mentions, s_lo, start, spans)
    own_clause = {
        i for i, s0 in zip(mentions.index, spans[0], strict=True) if i in holders and s0 >= lo
    }
    if own_clause and lo > s_lo:
        # "Russia holds about 18% of Ukraine, while Ukraine holds about 1,000 km² of ...":
        # the holder of the figure's own clause, not the sentence's first
        holders = own_clause
    if peers and holders and _RESPECTIVELY.search(text, s_lo, s_hi):
        # "India, Pakistan and China administer about 55%, 30% and 15% of Kashmir
        # respectively": each figure's holder is the one at its rank in the list (the
        # countries listed before the holder nearest the verb hold with it)
        ranked = sorted(holders, key=lambda i: int(mentions.at[i, "start"]))
        if len(ranked) == 1 and mentions.at[ranked[0], "kind"] == "country":
            listed = _countries_listed_before(
                text, mentions, spans, int(mentions.at[ranked[0], "start"]), s_lo
            )
            listed_rows = [
                i
                for i, k, c, s0 in zip(
                    mentions.index, mentions["kind"], mentions["country"], spans[0], strict=True
                )
                if k == "country"
                and c in listed
                and s_lo <= int(s0) < int(mentions.at[ranked[0], "start"])
            ]
            ranked = [
                *sorted(listed_rows, key=lambda i: int(mentions.at[i, "start"])),
                *ranked,
            ]
        if len(ranked) == len(peers) + 1:
            holders = {ranked[sum(1 for _ps, pe in peers if pe <= start)]}
    fig.holders = tuple(str(mentions.at[i, "name"]) for i in holders)
    # "India administers about 45% of Kashmir, Pakistan a little under 40%": a country right
    # before a figure, its verb gapped, is the one that holds it
    gapped_at = start  # where a holder whose verb is gapped is named, if one is
    prior = np.flatnonzero((spans[1] <= start) & (spans[0] >= s_lo))
    if len(prior):
        k = int(prior[np.argmax(spans[1][prior])])
        row = mentions.iloc[k]
        ps, pe = int(spans[0][k]), int(spans[1][k])
        if (
            row["kind"] == "country"
            and _GAPPED_HOLDER_GAP.fullmatch(text, pe, start)
            and _GAP_WORD_BEFORE.search(text, max(0, ps - 12), ps)
        ):
            fig.holders = (str(row["name"]),)
            gapped_at = ps  # "Kashmir is split: India about 55%": Kashmir is the whole
            if fig.verb in (None, "whole") and not any(
                not _COPULA.fullmatch(v.group()) for v in _VERB.finditer(text, lo, ps)
            ):
                fig.verb = "held"  # a holder's share, its verb left out
    holder_countries = {str(mentions.at[i, "country"]) for i in holders}
    fig.since_invasion = _SINCE_INVASION.search(text, s_lo, s_hi) is not None
    fig.since_2014 = _SINCE_2014.search(text, s_lo, s_hi) is not None
    fig.holder_codes = tuple(
        dict.fromkeys(
            [str(mentions.at[i, "country"]) for i in holders]
            + [_DEMONYM_CODES[d.group("dem").lower()] for d in _FORCES.finditer(text, lo, start)]
        )
    )
    unrecognised: list[str] = []
    undrawn: list[str] = []  # named places without a boundary (boundaries._place_table)
    # "restored sovereignty over all 86,600 square kilometres of Azerbaijan": the whole's
    # own size, no part of it
    fig.sized_whole = (
        getattr(claim, "unit", None) in AREA_UNITS
        and isinstance(getattr(claim, "of", None), str)
        and len(str(claim.of)) == 3
        and _ALL_OF_SIZE_BEFORE.search(text, max(lo, start - 16), start) is not None
    )
    # "Moldova is 33,850 km², and Transnistria 4,163 km²": a country measured in the
    # figure's own clause is what the figure measures; the clauses around it are not
    subject_country, subject_start, subject_end = next(
        (
            (str(c), int(s0), int(e0))
            for k, c, s0, e0 in zip(
                mentions["kind"], mentions["country"], spans[0], spans[1], strict=True
            )
            if k == "country"
            and lo <= int(s0)
            and int(e0) <= start
            and (
                _SUBJECT_MEASURED.fullmatch(text, int(e0), start) is not None
                # "Kosovo, which declared independence from Serbia in 2008, covers ..."
                or (
                    (aside := _SUBJECT_ASIDE.match(text, int(e0), start)) is not None
                    and _SUBJECT_MEASURED.fullmatch(text, aside.end(), start) is not None
                )
            )
        ),
        (None, -1, -1),
    )
    side = (
        _SIDE_BEFORE.search(text, max(lo, subject_start - 20), subject_start)
        if subject_country is not None
        else None
    )
    if subject_country is None and side is None:
        # "Mali, Burkina Faso and Niger together cover about 2.78 million km²": countries
        # listed before a plural verb of measure are measured together
        last = next(
            (
                k
                for k in range(len(mentions) - 1, -1, -1)
                if int(spans[1][k]) <= start
                and mentions.iloc[k]["kind"] == "country"
                and lo <= int(spans[0][k])
                and _LISTED_MEASURED.fullmatch(text, int(spans[1][k]), start)
            ),
            None,
        )
        if last is not None:
            first = int(spans[0][last])
            more = _countries_listed_before(text, mentions, spans, first, lo)
            if more:
                subject_country = str(mentions.iloc[last]["country"])
                fig.countries_more = more
    if side is not None:
        # "Northern Kosovo makes up about 9% of Kosovo": a side of the country, which no
        # boundary draws, is measured, not the country (a side word inside the country's
        # own name, "Western Sahara covers ...", is no side of it)
        subject_country = None
        fig.unresolved = " ".join(text[side.start() : subject_end].split())

    # the whole: "of <country>", "of <region or named area>", "of its territory"
    whole_span: tuple[int, int] | None = None
    if _SUBJECT_WHOLE.match(text, end):
        of = getattr(claim, "of", None)
        if isinstance(of, str) and (of.startswith("area:") or "-" in of):
            # "of it" after a named area or a unit: that place is the whole
            row = _lookup_place(of, None, worldview, date)
            if row is not None:
                fig.whole_name = str(row["name"])
            elif of in _place_table().index:
                fig.whole_name = str(_place_table().at[of, "name"])
                undrawn.append(fig.whole_name)
        else:
            fig.whole_country = of
    elif m := _OF.match(text, end):
        at = m.end()
        hit = np.flatnonzero((spans[0] >= at) & (spans[0] <= at + 1))
        if len(hit) and mentions.iloc[hit[0]]["kind"] == "country":
            # "of Russia's Kursk region": the country's possessive names where the whole
            # lies; the whole is the place it owns
            e0 = int(spans[1][hit[0]])
            owned = np.flatnonzero((spans[0] > e0) & (spans[0] <= e0 + 1))
            if text[e0 - 2 : e0] in ("'s", "’s") and len(owned):
                hit = owned
        if len(hit):
            row = mentions.iloc[hit[0]]
            whole_span = (int(row["start"]), int(row["end"]))
            if row["kind"] == "country":
                fig.whole_country = str(row["country"])
            else:
                fig.whole_name = str(row["name"])
                if row["unit_id"] in _place_table().index:
                    undrawn.append(fig.whole_name)
                # "about 77% of the Donetsk and Luhansk regions": a share of them together
                fig.whole_more, last_end = _listed_with(text, mentions, int(hit[0]))
                whole_span = (whole_span[0], last_end)
                of_ = getattr(claim, "of", None)
                if fig.whole_more and of_ and _RESPECTIVELY.search(text, s_lo, s_hi):
                    # "about 98% and 62% of the Luhansk and Donetsk regions, respectively":
                    # each figure's own whole of the list, as find_claims gives it
                    own_row = _lookup_place(str(of_), None, worldview, date)
                    if own_row is not None:
                        fig.whole_name, fig.whole_more = str(own_row["name"]), ()
        elif (
            (n := _NAME.match(text, at)) is not None
            and not _is_demonym(n.group())
            # "down from about 22% in March 2022": a date, no whole
            and n.group().split()[0].lower() not in _MONTH_NAMES
            # "of the Strip": the landform a named area before is (read below)
            and _LEADING_ARTICLE.sub("", n.group()).lower() not in _THE_LANDFORM_NOUNS
        ):
            whole_span = (n.start(), n.end())
            name = _LEADING_ARTICLE.sub("", n.group())
            row = _lookup_place(name, None, worldview, date)
            if row is None:
                fig.whole_name = name
                unrecognised.append(name)
            elif row.get("kind", "region") == "country" or row["unit_id"] == row["country"]:
                fig.whole_country = str(row["country"])
            else:
                fig.whole_name = str(row["name"])
    if fig.whole_country is None and fig.whole_name is None:
        of = getattr(claim, "of", None)
        if of is None and getattr(claim, "unit", None) in AREA_UNITS:
            # an area with no stated whole: the country measured in its clause ("while
            # Belgium is 30,500 km²"), where the place its clause or sentence names lies
            # ("Ladakh alone covers 59,000 km²"), else the country its context names
            of = (
                subject_country
                or _part_country(mentions, spans, holders, (lo, hi))
                or _part_country(mentions, spans, holders, (s_lo, s_hi))
            )
            if not of:
                of = area_country(text, claim)
                # a guess unless the figure's own sentence names that country
                fig.guessed = bool(of) and not any(
                    k == "country" and c == of and s_lo <= a < s_hi
                    for k, c, a in zip(
                        mentions["kind"], mentions["country"], spans[0], strict=True
                    )
                )
        if of and (
            of not in holder_countries
            or _ADDED_TO_OWN.match(text, end)
            or _SIZE_COMPARED.match(text, end)
        ):
            # (a holder that something is added to is the whole: "Israel annexed the
            # Golan ...; it would add more than 5% to Israel's territory"; so is one a
            # size is compared with: "Israel's holding is about 6% of the size of Israel")
            of = str(of)
            if of.startswith("area:") or "-" in of:
                # a share of a named area ("area:kashmir") or an ISO 3166-2 unit: that place
                row = _lookup_place(of, None, worldview, date)
                if row is not None:
                    fig.whole_name = str(row["name"])
                    # "77% території Донецької та Луганської областей": them together
                    after = np.flatnonzero((spans[0] >= end) & (spans[0] <= end + 40))
                    if (
                        len(after)
                        and mentions.iloc[after[0]]["name"] == fig.whole_name
                        # (not a list said "respectively": each figure its own whole)
                        and not _RESPECTIVELY.search(text, s_lo, s_hi)
                    ):
                        fig.whole_more, _last = _listed_with(text, mentions, int(after[0]))
                elif of in _place_table().index:
                    fig.whole_name = str(_place_table().at[of, "name"])
                    undrawn.append(fig.whole_name)
            else:
                fig.whole_country = of

    # the part: the regions of the clause, else of the sentence, else the sentence before
    # plain arrays: a figure's few mentions are read many times over
    m_starts, m_ends = spans
    # items(): a tenth of what mentions[c] costs per column, paid once per figure
    got = (
        window[1]
        if window is not None
        else {c: s.tolist() for c, s in mentions.items() if c in _PART_COLUMNS}
    )
    m_cols = {c: got[c] for c in _PART_COLUMNS}
    no_boundary = _place_table().index
    m_undrawn = [
        k in _PART_KINDS and isinstance(u, str) and u in no_boundary
        for k, u in zip(m_cols["kind"], m_cols["unit_id"], strict=True)
    ]
    m_part = [
        k in _PART_KINDS and pd.notna(u) and not undrawn_k
        for k, u, undrawn_k in zip(m_cols["kind"], m_cols["unit_id"], m_undrawn, strict=True)
    ]
    m_labels = mentions.index

    def agent(k: int) -> bool:
        """The agent of a taking verb in the passive ("seized by the Soviet Union")."""
        lo_ = max(0, int(m_starts[k]) - 40)
        return _AGENT_BY_BEFORE.search(text, lo_, int(m_starts[k])) is not None

    def undrawn_names(a: int, b: int) -> list[str]:
        """The names of the places without a boundary named in [a, b) (not holders)."""
        return [
            str(m_cols["name"][k])
            for k in range(len(m_labels))
            if m_undrawn[k]
            and m_starts[k] >= a
            and m_ends[k] <= b
            and m_labels[k] not in holders
            and not agent(k)
        ]

    def others_holding(k: int) -> bool:
        """Whether a place after the figure is one another holder holds.

        "India controls around 55% of the territory and China holds Aksai Chin": China's,
        not a part of the figure.
        """
        if int(m_starts[k]) <= end:
            return False
        for j in range(len(m_labels)):
            if (
                m_cols["kind"][j] in ("country", "metonym")
                and end <= int(m_starts[j])
                and int(m_ends[j]) < int(m_starts[k])
                and _HOLDS_NEXT.fullmatch(text, int(m_ends[j]), int(m_starts[k]))
            ):
                return True
        return False

    whole_of = getattr(claim, "of", None)
    if getattr(claim, "unit", None) != "%" or not (
        isinstance(whole_of, str) and (whole_of.startswith("area:") or "-" in whole_of)
    ):
        whole_of = None  # a country is never a part's unit_id; an area lies in its "of"
    # the last verb of saying before the figure in its sentence
    said = next(reversed(list(_SAID.finditer(text, s_lo, start))), None)

    # "Officials in the Donetsk and Luhansk regions said the two regions make up ...": the
    # places counted after the verb of saying are the speakers' own
    counted_back = said is not None and _COUNTED_UNITS.search(text, said.end(), start) is not None

    def spoken_from(ps: int, pe: int) -> bool:
        """Whether a place is where the speakers are ("Officials in Tbilisi say ...")."""
        return (
            said is not None
            and not counted_back
            and pe <= said.start()
            and _SPEAKERS_IN_BEFORE.search(text, max(0, ps - 40), ps) is not None
        )

    def part_rows(a: int, b: int) -> list[Any]:
        """The part-kind mentions in [a, b) (not holders, not the whole), as rows."""
        keep = [
            k
            for k in range(len(m_labels))
            if m_part[k]
            and m_starts[k] >= a
            and m_ends[k] <= b
            and m_labels[k] not in holders
            and not (
                whole_span is not None
                and m_starts[k] >= whole_span[0]
                and m_ends[k] <= whole_span[1]
            )
            and not others_holding(k)
            # "Crimea without Sevastopol", "Крым без Севастополя": left out of the part
            and not _LEFT_OUT_BEFORE.search(text, max(0, int(m_starts[k]) - 40), int(m_starts[k]))
            # "TAIPEI, March 3, 2025 - ...": a dateline further in, where a story was filed
            and not _opens_dateline_further_in(text, int(m_starts[k]), int(m_ends[k]))
            # "Kherson, which borders Crimea, covers ...": a place the part is related to
            and not _related_place(text, a, int(m_starts[k]))
            # "Iturup, the largest of the disputed Kurils, covers ...": the group a part
            # belongs to, in an aside, is no part of it
            and not _GROUP_ASIDE_BEFORE.search(
                text, max(a, int(m_starts[k]) - 60), int(m_starts[k])
            )
            # "a sixth of the former princely state of Kashmir", "India administers 45% of
            # Kashmir, Pakistan about 40%": the share's whole, after the figure or in a clause
            # before its own, is no part of it
            and not (
                m_cols["unit_id"][k] == whole_of
                and (int(m_starts[k]) >= end or int(m_ends[k]) <= lo or gapped_at < start)
            )
        ]
        keep = [k for k in keep if not spoken_from(int(m_starts[k]), int(m_ends[k]))]
        # "India administers about 55% of Kashmir, Pakistan roughly 30% and China around
        # 15%, mostly in Aksai Chin": a place after another figure is that figure's part
        keep = [
            k
            for k in keep
            if not (
                int(m_starts[k]) >= end
                and _ANOTHER_FIGURE.search(text, end, int(m_starts[k])) is not None
            )
        ]
        if said is not None and any(int(m_starts[k]) >= said.end() for k in keep):
            # "Speaking in Zaporizhzhia, the governor said Crimea makes up about 4.5%",
            # "Officials in Chisinau say Transnistria ...": where the speaker is, before the
            # verb of saying, is no part of what is said
            keep = [k for k in keep if int(m_ends[k]) > said.start()]
        # as dicts of the columns a part reads (what iterrows' rows would give)
        return [{c: v[k] for c, v in m_cols.items()} for k in keep]

    country_hint = fig.whole_country

    def holder_like(pe: int) -> bool:
        """A name right before a hold or claim verb holds ("Israel holds"): not a part."""
        m = _VERB.match(text, pe + 1)
        return m is not None and m.lastgroup != "whole"

    found: list[Any] = []
    scope = (s_lo, s_hi)  # where the parts were found
    # the sentence before, for an area figure, only when this one refers back to it
    back = bool(before) and (
        getattr(claim, "unit", None) not in AREA_UNITS
        or _BACK_REFERENCE.search(text, s_lo, start) is not None
    )
    scopes = [(lo, hi), (s_lo, s_hi)] + ([before[-1]] if back else [])
    claimed = _claimed_countries(country_hint, date) if country_hint is not None else ()
    # a country measured in the figure's own clause (subject_country): no wider scope
    country_subject = subject_country is not None
    for a, b in scopes:
        if country_subject and (a, b) != (lo, hi):
            break
        rows = part_rows(a, b)
        if not rows and (a, b) == (lo, hi):
            # "Kyiv makes up about 0.3% of Ukraine", "Mariupol accounts for 4.4%": a town
            # or a capital that is the figure's subject is its part; a town that is a unit
            # of its own is measured as that unit, any other has no boundary
            for k in range(len(m_labels)):
                if (
                    m_cols["kind"][k] in ("city", "metonym")
                    and a <= int(m_starts[k])
                    and int(m_ends[k]) <= start
                    and (
                        _SUBJECT_MEASURED.fullmatch(text, int(m_ends[k]), start)
                        # "Kaliningrad (15,100 km²) is much smaller than Lithuania"
                        or _BRACKETED_SIZE_GAP.fullmatch(text, int(m_ends[k]), start)
                        # "Kaliningrad, squeezed between Poland and Lithuania, is about"
                        or (
                            (aside := _SUBJECT_ASIDE.match(text, int(m_ends[k]), start))
                            is not None
                            and _SUBJECT_MEASURED.fullmatch(text, aside.end(), start)
                        )
                    )
                ):
                    uid = m_cols["unit_id"][k]
                    if isinstance(uid, str) and (
                        uid in _gazetteer().capital_units
                        # a town of its unit's name measured by area ("Kaliningrad is about
                        # 15,000 km²"): the unit, as a size that large can only be
                        or (
                            getattr(claim, "unit", None) in AREA_UNITS
                            and _unit_named_as(str(text[int(m_starts[k]) : int(m_ends[k])]), uid)
                        )
                    ):
                        unit_name = _gazetteer().units.get(uid, (None, None, None))[1]
                        rows = [
                            {c: v[k] for c, v in m_cols.items()}
                            | {"kind": "region"}
                            | ({"name": unit_name} if unit_name else {})
                        ]
                    else:
                        undrawn.append(str(m_cols["name"][k]))
        if claimed:
            # a country the whole claims, named as the part ("Western Sahara is about 40%
            # of Morocco"): measured as the claimant's view draws it
            rows += [
                {c: v[k] for c, v in m_cols.items()}
                | {"unit_id": m_cols["country"][k], "kind": "region"}
                for k in range(len(m_labels))
                if m_cols["kind"][k] == "country"
                and m_cols["country"][k] in claimed
                and m_starts[k] >= a
                and m_ends[k] <= b
                and m_labels[k] not in holders
                and not agent(k)
                and not others_holding(k)
            ]
        extra = []
        for ps, pe, name in _place_like(text, mentions, a, b, spans):
            if (whole_span is not None and whole_span[0] <= ps < whole_span[1]) or spoken_from(
                ps, pe
            ):
                continue
            if name.lower() in _THE_LANDFORM_NOUNS and text[max(0, ps - 4) : ps].lower() == "the ":
                continue  # "about 16% of the Strip": the landform named before (below)
            row = _lookup_place(name, country_hint, worldview, date)
            if row is None and country_hint is not None:
                row = _lookup_place(name, None, worldview, date)
            if row is None:
                if (a, b) == (lo, hi) or (a, b) == (s_lo, s_hi):
                    unrecognised.append(name)
            else:
                extra.append(row)
        if country_hint is not None:
            # any other name the boundaries know as a unit or named area of the
            # figure's country ("Transnistria, the breakaway strip, covers ...")
            placed = {ps for ps, _pe, _n in _place_like(text, mentions, a, b, spans)}
            for ps, pe, name in _names_in(text, mentions, a, b, spans):
                if (
                    ps in placed
                    or (whole_span is not None and whole_span[0] <= ps < whole_span[1])
                    or spoken_from(ps, pe)
                ):
                    continue
                if ps < start and _VERB.match(text, pe + 1) and holder_like(pe):
                    continue
                row = _lookup_place(name, country_hint, worldview, date)
                if row is not None and _is_part_of(row, country_hint):
                    extra.append(row)
        found = rows + extra
        here = [n for n in undrawn_names(a, b) if n not in undrawn]
        undrawn += here
        if found or unrecognised or here:
            scope = (a, b)
            break
    own = _own_size_of(text, claim, m_cols["kind"], m_starts, m_ends, s_lo, start)
    if own is not None:
        # "Luhansk Oblast, at 26,684 km², is slightly larger than Donetsk Oblast",
        # "Kherson region, with an area of 27,000 km², borders Mykolaiv region",
        # "Луганська область площею 26,7 тис. кв. км майже повністю окупована": the place's
        # own size, whatever else its sentence names or does to it
        fig.verb = "whole"
        if m_cols["kind"][own] == "country":
            found = []
            country_subject = True
            # ("Crimea is slightly smaller than Belgium (30,700 sq km)": Belgium's own)
            fig.whole_country = str(m_cols["country"][own])
            fig.guessed = False
            country_hint = fig.whole_country
        else:
            # (and the places listed with it: "Площадь Донецкой и Луганской областей —
            # 53,2 тыс. кв. км", "Donetsk and Luhansk, at 53,201 km²": the two together)
            listed = [own]
            for k in sorted(range(len(m_labels)), key=lambda k: -int(m_ends[k])):
                if (
                    int(m_ends[k]) <= int(m_starts[listed[-1]])
                    and int(m_starts[k]) >= s_lo
                    and m_cols["kind"][k] in ("region", "entity", "area")
                    and _OWN_LIST_JOIN.fullmatch(text, int(m_ends[k]), int(m_starts[listed[-1]]))
                ):
                    listed.append(k)
            found = [{c: v[k] for c, v in m_cols.items()} for k in reversed(listed)]
        unrecognised = []
    subject = _THE_UNIT_SUBJECT.search(text, lo, start)
    if subject is not None and not found:
        # "Ukraine retook Kherson city in November 2022. The region makes up about 4.7%":
        # the unit a town named before is named after; with none, no part is known
        own = subject.group(0)[:2].lower() in ("it", "in")
        alike = _unit_of_town_before(
            text, mentions, spans, s_lo, before, worldview, date,
            within=(s_lo, subject.start()) if own else None,
        )  # fmt: skip
        if alike:
            found = alike
        else:
            fig.unresolved = subject.group(0)
    landform = _THE_LANDFORM.search(text, s_lo, start)
    noun = landform.group("noun").lower() if landform is not None else ""
    if landform is not None and article is not None and not any(
        w in str(r.get("name", "")).lower()
        for w in _LANDFORM_NAMES.get(noun, (noun,))
        for r in found
    ):
        # "The peninsula, together with the city of Sevastopol, covers about 27,000 km²":
        # the named area of that kind the text named before, with the parts named here
        extra_rows = _landform_before(article[0], landform.group("noun"), s_lo, worldview, date)
        known = {r.get("unit_id") for r in found}
        found = found + [r for r in extra_rows if r.get("unit_id") not in known]
        if extra_rows and not scope[0] >= s_lo:
            scope = (s_lo, s_hi)  # the figure's own sentence names its part
    if len(found) > 1 and _RESPECTIVELY.search(text, s_lo, s_hi):
        # "Kharkiv and Sumy regions make up 5.2% and 3.9% of Ukraine, respectively": the
        # figure's place is the one at its rank in the list
        found = _respective(text, claim, found, (s_lo, s_hi), m_cols, m_starts)
    counted = _COUNTED_UNITS.search(text, lo, start)
    miscounted = counted is not None and (
        # "Luhansk and Donetsk, the two regions known as the Donbas": the count may be of
        # the units named, of the named areas they make up, or of all together
        _count_of(counted.group("n"))
        not in {
            len({r.get("unit_id") for r in found}),
            len({r.get("unit_id") for r in found if not str(r.get("unit_id")).startswith("area:")}),
            len({r.get("unit_id") for r in _outer_parts(found)}),
        }
        if found
        else True
    )
    if miscounted:
        # "The four regions Russia plans to annex make up about 18%" after a sentence that
        # names two: not those two, nor the article's places; the claims table decides
        found = []
    if not found and not unrecognised and fig.unresolved is None:
        # "Foo makes up about 4.5% of Ukraine", "It makes up ...": a subject measured that
        # names no known place, or a pronoun with nothing to stand for; no other place
        # the article names is that part
        subject_kind, phrase = _subject_of_measure(
            text, m_starts, m_ends, m_cols["kind"], lo, start
        )
        if subject_kind == "name":
            unrecognised.append(phrase)
        elif subject_kind == "pronoun":
            fig.unresolved = phrase
    own_size = getattr(claim, "of", None) is None and getattr(claim, "unit", None) in AREA_UNITS
    if (
        (fig.guessed or own_size)
        and found
        and not any(r.get("country") == fig.whole_country for r in found)
    ):
        # the country was a guess from the text around the figure ("Russia has occupied
        # Crimea. The peninsula covers ..."), or only where an area with no stated whole
        # lies ("Venezuela says the region, some 160,000 km², belongs to it" after
        # Essequibo): the part's own country is the whole's
        fig.whole_country = None
        fig.guessed = False
        country_hint = None
    if (
        not unrecognised
        and not miscounted
        and country_hint is not None
        and not fig.guessed  # an area's guessed country: not the article's other places
        and not any(r.get("country") in (None, country_hint) for r in found)
        and not (found and scope[0] >= s_lo)  # the figure's own sentence names its parts
        # "The plateau is about 6% of the size of Israel": a size compared, with a part
        # that may lie outside the whole
        and not (found and _SIZE_COMPARED.match(text, end))
        and not country_subject  # the country measured is the part, none of its regions
        # "restored sovereignty over all 86,600 square kilometres of Azerbaijan": the
        # country's whole size, no part of it
        and not fig.sized_whole
        # "... майже п'яту частину території України — близько 113 тис. кв. км": an area
        # of the country is not the regions other sentences name
        and getattr(claim, "unit", None) not in AREA_UNITS
    ):
        # Neither the figure's sentence nor the one before names a region: the regions
        # the article names in the figure's country ("separatist territories ... nearly
        # 15% of Ukraine", with the Donetsk and Luhansk republics named further on).
        everywhere, cache = article if article is not None else (mentions, {})
        fig.part = _article_part(text, everywhere, country_hint, cache)
        found = []
    fig.unrecognised = tuple(dict.fromkeys(unrecognised))
    fig.compared = _SIZE_COMPARED.match(text, end) is not None
    fig.undrawn = tuple(dict.fromkeys(undrawn))

    def peer_s(k: int) -> bool:
        """Whether place ``k`` is left out of or counted in another figure of the sentence.

        The one it follows ("about 14% of Ukraine, or about 18% including Crimea"), unless
        it labels the one after it ("about 18%; without Crimea, about 14%").
        """
        ms, me = int(m_starts[k]), int(m_ends[k])
        if me <= start and _WHICH_IS_GAP.fullmatch(text, me, start):
            # "..., including Crimea, which alone accounts for about 4.5%": the place the
            # relative clause measures is this figure's own part
            return False
        if ms >= end:
            return any(end <= ps and pe <= ms for ps, pe in peers) or (
                # past a clause break, or labelling it, before a figure after it: "about
                # 18%; excluding Crimea it holds about 14%", "без урахування Криму — 14%"
                any(ps >= me for ps, _pe in peers)
                and (
                    _CLAUSE_OPENS_BETWEEN.search(text, end, ms) is not None
                    or _LABELS_A_FIGURE.match(text, me) is not None
                )
            )
        if any(me <= ps and pe <= start for ps, pe in peers):
            return True  # "Excluding Crimea, Russia holds about 14%, and about 18% in all"
        # (not past a clause break: "about 18%; excluding Crimea it holds about 14%")
        return any(
            pe <= ms and not _CLAUSE_OPENS_BETWEEN.search(text, pe, ms) for _ps, pe in peers
        ) and not _LABELS_A_FIGURE.match(text, me)

    def cue(k: int) -> str | None:
        """"out" or "in" for a place the sentence leaves out or counts in, else None."""
        ms = int(m_starts[k])
        if not s_lo <= ms < s_hi:
            return None
        if _LEFT_OUT_BEFORE.search(text, max(0, ms - 40), ms):
            return "out"
        if m_cols["kind"][k] in ("region", "entity", "area") and _COUNTED_IN_BEFORE.search(
            text, max(0, ms - 40), ms
        ):
            return "in"
        return None

    cues = {k: c for k in range(len(m_labels)) if (c := cue(k)) is not None}
    for k in range(1, len(m_labels)):
        # "without Crimea and Sevastopol": a place left out leaves out the list it opens
        if (
            k not in cues
            and cues.get(k - 1) == "out"
            and m_cols["kind"][k] in ("region", "entity", "area")
            and _OWN_LIST_JOIN.fullmatch(text, int(m_ends[k - 1]), int(m_starts[k]))
        ):
            cues[k] = cues[k - 1]
    peer_cued = {k for k in cues if peers and peer_s(k)}
    out_k = [
        k
        for k in range(len(m_labels))
        if cues.get(k) == "out"
        and k not in peer_cued
        # (not a place left out of a later figure it labels: "близько 18% території
        # України, без урахування Криму — близько 14%")
        and not (int(m_starts[k]) >= end and _LABELS_A_FIGURE.match(text, int(m_ends[k])))
        # (nor of another clause after the figure: "annexed four regions — about 18% of the
        # country — but does not fully control any of them except Luhansk")
        and not (int(m_starts[k]) >= end and _CLAUSE_BREAK.search(text, end, int(m_starts[k])))
    ]
    fig.left_out = tuple(str(m_cols["name"][k]) for k in out_k)
    in_k = [k for k in range(len(m_labels)) if cues.get(k) == "in" and k not in peer_cued]
    fig.left_out_ids = tuple(str(m_cols["unit_id"][k]) for k in out_k)
    fig.included_ids = tuple(str(m_cols["unit_id"][k]) for k in in_k)
    peer_in = tuple(str(m_cols["unit_id"][k]) for k in peer_cued if cues[k] == "in")
    peer_out = tuple(str(m_cols["unit_id"][k]) for k in peer_cued if cues[k] == "out")
    if not out_k and not in_k and _unit(claim) == "%":
        # "about 14% of Ukraine, or about 18% including Crimea": the figure beside one
        # that counts a place in leaves it out, and the other way round
        fig.left_out_ids, fig.included_ids = peer_in, peer_out
    if fig.sized_whole:
        found = []  # "all 86,600 km² of Azerbaijan": no part, the whole's own size
    if found:
        fig.part = _rows(_outer_parts(found))
        fig.partial = _partial_parts(
            text, mentions, spans, fig.part, (min(scope[0], s_lo), max(scope[1], s_hi))
        )
    if fig.part is not None and (peer_in or peer_out):
        # a place another figure of the sentence leaves out or counts in is no part of
        # this one
        rest = fig.part[~fig.part["unit_id"].astype(str).isin({*peer_in, *peer_out})]
        fig.part = rest.reset_index(drop=True) if len(rest) else None
    aside = set(fig.left_out_ids) | set(fig.included_ids)
    if fig.part is not None and aside and (fig.whole_country is not None or len(fig.part) > 1):
        # "Excluding Crimea, the annexed regions make up about 22%", "about 18% of Ukraine,
        # including Crimea": a place left out or counted in beside the figure is no part
        # of it alone
        rest = fig.part[~fig.part["unit_id"].astype(str).isin(aside)]
        if len(rest) < len(fig.part):
            fig.part = rest.reset_index(drop=True) if len(rest) else None
    stated_of = getattr(claim, "of", None)
    if (
        fig.whole_country is None
        and fig.whole_name is None
        and _unit(claim) == "%"
        and isinstance(stated_of, str)
        and stated_of
    ):
        # "controls barely 60% of the national territory", "12% территории Молдавии":
        # the whole find_claims read, where the words after the figure name none here
        if re.fullmatch(r"[A-Z]{3}", stated_of):
            fig.whole_country = stated_of
        elif (row := _lookup_place(stated_of, None, worldview, date)) is not None:
            fig.whole_name = str(row["name"])
    if fig.whole_country is None and fig.whole_name is None and fig.part is not None:
        known = fig.part["country"].dropna()
        if len(known):
            fig.whole_country = str(known.mode().iloc[0])
    if fig.part is not None and fig.whole_country is not None:
        # a part is the whole's when it is recognised so, or when the view gives it to it
        # (Gilgit-Baltistan and Azad Kashmir are India's under worldview 'IND')
        owners = _view_owners(fig.part, worldview, date)
        keep = [
            pd.isna(c) or c == fig.whole_country or o == fig.whole_country
            for c, o in zip(fig.part["country"].tolist(), owners, strict=True)
        ]
        explicit = getattr(claim, "of", None) == fig.whole_country and _unit(claim) == "%"
        if any(keep) and not all(keep):
            fig.part = fig.part[np.array(keep)]
        elif not keep or (not any(keep) and not explicit):
            fig.part = None
        # with every part in another country than the one the figure names as its whole
        # ("the Sovereign Base Areas of Akrotiri and Dhekelia cover around 3% of Cyprus"),
        # they stay: the readings say they lie outside it, rather than other places of the
        # article standing in
    of = getattr(claim, "of", None)
    if (
        fig.part is not None
        and of is not None
        and _unit(claim) == "%"
        and not fig.partial  # ("India-administered Kashmir": said to be a part of it)
        and set(fig.part["unit_id"].astype(str)) == {str(of)}
    ):
        # "In Darfur, the RSF-held west makes up about 80% of Darfur": the whole named
        # again is no part of itself; the part is what the text does not name
        fig.part = None
        if fig.unresolved is None and not fig.unrecognised:
            subject = _SUBJECT_PHRASE.search(text, lo, start)
            fig.unresolved = " ".join(subject.group(1).split()) if subject else None
    return fig


#: A side word right before a country measured: "Northern " in "Northern Kosovo makes up".
_SIDE_BEFORE = re.compile(
    r"(?<![\w-])(?:[Nn]orthern|[Ss]outhern|[Ee]astern|[Ww]estern|"
    r"(?:[Nn]orth|[Ss]outh)-?(?:east|west)ern)\s+$"
)
#: The subject of a verb of measure right before a figure: "the RSF-held west makes up
#: about".
_SUBJECT_PHRASE = re.compile(
    r"(?i)(?:^|[,;:]\s*|\s)((?:the|its|their)\s+[^,;:.]{1,60}?)(?:['’]s)?\s+"
    r"(?:makes?\s+up|made\s+up|accounts?\s+for|covers?|takes?\s+up|represents?|"
    r"constitutes?|comprises?|spans?|is|are)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|under|just|only|more\s+than|"
    r"less\s+than)\s+)?$"
)


# --------------------------------------------------------------------------------------
# readings
# --------------------------------------------------------------------------------------


def _names(names: Sequence[str]) -> str:
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _short(names: Sequence[str]) -> str:
    names = list(dict.fromkeys(names))
    return " + ".join(names) if len(names) <= 2 else f"the {len(names)} named regions"


@dataclass
class _Reading:
    """One reading of a figure.

    ``kind`` is "whole" (regions in full), "claim" (the claims table), "held" (held
    ground per a control layer) or "explain" (a way of computing that explains a
    published figure but is never right). Readings of one ``group`` differ only by a
    ``definition`` (polygons or official areas, with or without earlier claims).
    """

    name: str
    description: str
    pct: float
    km2: float
    kind: str = "whole"
    group: str = ""
    definition: str = "on polygons"
    short: str = ""
    # the relative slack of a reading on polygons, when not POLYGON_TOLERANCE (of any
    # reading when given)
    slack: float | None = None

    def __post_init__(self) -> None:
        self.group = self.group or self.name
        self.short = self.short or self.description


# What every figure of one check_claims/check_claim call would look up again (a
# country's units, the claim waves), by (what, country, worldview, date).
_MEMO: contextvars.ContextVar[dict[tuple, Any] | None] = contextvars.ContextVar(
    "geoclaims_check_memo", default=None
)


def _memoised(key: tuple, compute: Callable[[], Any]) -> Any:
    """``compute()``, once per key within one check (outside a check: every time)."""
    memo = _MEMO.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def _one_memo(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Run ``fn`` with a memo of its own (or the caller's, when nested)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        token = _MEMO.set({}) if _MEMO.get() is None else None
        try:
            return fn(*args, **kwargs)
        finally:
            if token is not None:
                _MEMO.reset(token)

    return wrapper


def _claims_about_the_part(
    readings: list[_Reading], waves: list[dict[str, Any]], part: pd.DataFrame
) -> list[_Reading]:
    """The readings but the claims of claimants with no claim on the named part.

    "Ukraine controls about 1,000 km² of Russia's Kursk region": Japan's claim to the
    southern Kurils is a claim on Russia, but none on Kursk, so it is no reading of the
    figure. A claimant with a claim on the part keeps all its claims (Russia's on Crimea
    for a figure naming Donetsk), and every claimant's claims together ("claimed_all")
    stay only when all of them have one.
    """
    if not waves:
        return readings
    named = set()
    table = _area_table()
    for uid in part["unit_id"]:
        named.add(str(uid))
        if uid in table.index:
            named.update(table.at[uid, "unit_ids"])
    parents = {u.split("/")[0] for u in named}

    def touches(unit_ids: Sequence[str]) -> bool:
        return any(u in named or u.split("/")[0] in named or u in parents for u in unit_ids)

    claimants = {w["claimant"] for w in waves}
    about = {w["claimant"] for w in waves if touches(w["unit_ids"])}
    if about == claimants:
        return readings
    unrelated = tuple(f"claimed_{c}_" for c in claimants - about)
    return [
        r for r in readings
        if not r.name.startswith(unrelated) and not r.name.startswith("claimed_all")
    ]


def _claim_waves(country: str, units: set[str], date: _dt.date) -> list[dict[str, Any]]:
    """Claims on the country's units in force on ``date`` or declared within a year after."""
    key = ("waves", country, date, frozenset(units))
    waves = _memoised(key, lambda: _compute_waves(units, date))
    # the caller adds each wave's words and share: a copy per figure
    return [dict(w, unit_ids=list(w["unit_ids"])) for w in waves]


def _compute_waves(units: set[str], date: _dt.date) -> list[dict[str, Any]]:
    # (a date in the last year of the calendar has no year after it: "--as-of 9999-12-31")
    later = date + _PENDING if date <= _dt.date.max - _PENDING else _dt.date.max
    active = claims_in_force(date, declared_by=later)
    active = active[active["unit_id"].isin(units)]
    waves = []
    for (claimant, since, kind), rows in active.groupby(["claimant", "since", "kind"], sort=True):
        waves.append(
            {
                "claimant": claimant,
                "since": since,
                "kind": kind,
                "unit_ids": list(dict.fromkeys(rows["unit_id"])),
                "pending": since > date,
                # a territory claimed whole (Western Sahara, Taiwan): its name, not its units'
                "territory": (
                    str(rows["name"].iloc[0])
                    if rows["area"].nunique() == 1 and len(str(rows["area"].iloc[0])) == 3
                    else None
                ),
            }
        )
    return waves


def _claimed_countries(country: str, date: _dt.date) -> frozenset[str]:
    """The countries (alpha-3) that ``country`` claims whole on ``date``.

    From the claims table: Morocco claims Western Sahara, China Taiwan.
    """

    def compute() -> frozenset[str]:
        active = claims_in_force(date)
        rows = active[(active["claimant"] == country) & (active["area"].str.len() == 3)]
        return frozenset(rows["area"])

    return _memoised(("claimed_countries", country, date), compute)


def _ids_frame(unit_ids: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame({"unit_id": list(unit_ids)})


def _share_and_frame(
    units: Any, country: str, worldview: str, date: _dt.date, layer: gpd.GeoDataFrame | None
) -> tuple[Any, pd.DataFrame]:
    """``area_share`` of ``units`` and its ``to_frame()``, once per check for the same units.

    ``units`` is a tuple of unit ids or a frame. Every figure of an article about one
    country asks for the same shares (each claim wave, the named regions): within one
    check they are computed once per (units, country, worldview, date, layer). Frames
    given as objects (the caller's polygons, a view's units) are keyed by identity and
    kept alive by the memo, so an identity is never reused within it.
    """

    def compute() -> tuple[Any, ...]:
        frame = _ids_frame(units) if isinstance(units, tuple) else units
        got = area_share(frame, of=country, worldview=worldview, as_of=date, within=layer)
        return (units, layer, got, got.to_frame())

    key = _units_key(units)
    if key is None:
        return compute()[2:]
    return _memoised(("share", key, country, worldview, date, id(layer)), compute)[2:]


def _units_key(units: Any) -> Any:
    """A memo key for some units: ids, a frame's rows, or a frame object's identity.

    An identity is only a key while the memo holds the object (so it cannot be reused).
    """
    if isinstance(units, tuple):
        return ("ids", units)
    if isinstance(units, gpd.GeoDataFrame):
        return ("object", id(units))
    if isinstance(units, pd.DataFrame):
        if len(units.columns) == 0:
            return ("frame", (), tuple(units.itertuples(index=False, name=None)))
        # the rows as itertuples gives them, from plain column lists (a tenth of the cost)
        rows = tuple(zip(*(s.tolist() for _c, s in units.items()), strict=True))
        return ("frame", tuple(units.columns), rows)
    return None


def _wave_words(wave: dict[str, Any], names: str) -> str:
    who = country_name(wave["claimant"])
    when = wave["since"].isoformat()
    n = len(wave["unit_ids"])
    noun = "the region" if n == 1 else f"the {n} regions"
    after = " (after the date checked)" if wave["pending"] else ""
    if wave.get("territory"):
        # "Western Sahara, whose annexation Morocco declared on 1976-02-26"
        names, noun = wave["territory"], "the territory"
    if wave["kind"] == "annexed":
        return f"{names}, {noun} whose annexation {who} declared on {when}{after}"
    return f"{names}, {noun} {who} has claimed since {when}{after}"


def _wave_short(wave: dict[str, Any], names: list[str]) -> str:
    if wave.get("territory"):
        return str(wave["territory"])
    if len(names) <= 2:
        return " + ".join(names)
    verb = "annexed" if wave["kind"] == "annexed" else "claimed"
    if wave.get("pending"):
        # ("the 4 regions annexed later": on the date checked they were not yet)
        return f"the {len(names)} regions {verb} later"
    return f"the {len(names)} {verb} regions"


#: A control-map snapshot more than this many days from the date checked is too far from
#: it to decide a held-ground figure: the verdict is "cannot tell" and says why.
MAX_SNAPSHOT_DAYS = STALE_SNAPSHOT_DAYS

#: How far (relative) a whole-region reading measured on the boundary polygons may fall
#: outside a figure's interval and still match it: Natural Earth's polygons leave out
#: inland water and simplify coasts and lines, so a published exact area ("Abkhazia covers
#: 8,660 km²") cannot be refuted by a polygon 0.6% smaller. Held ground, measured on the
#: same polygons, matches within it too ("nearly 18%" against 18.1% held: two readers of
#: one control map differ by 1-2%). Official-area readings and the explanations are
#: compared exactly.
POLYGON_TOLERANCE = 0.01


def _matches(reading: _Reading, value: float, lo: float, hi: float) -> bool:
    """Whether a reading's value falls in the figure's interval [lo, hi]."""
    if lo - 1e-9 <= value <= hi + 1e-9:
        return True
    on_polygons = reading.kind in ("whole", "claim", "held") and (
        # ("with Crimea and Sevastopol": the named regions and earlier claims, on polygons)
        reading.definition == "on polygons" or reading.definition.startswith("with ")
    )
    tolerance = POLYGON_TOLERANCE if reading.slack is None else reading.slack
    slack = abs(value) * tolerance if on_polygons or reading.slack is not None else 0.0
    if "official" in reading.definition:
        # a published area rounded to hundreds or more is known only to half its last
        # rounding ("4,400 km²" for the Nagorno-Karabakh oblast's 4,388 km²)
        slack = max(slack, _rounding(value))
    return lo - slack - 1e-9 <= value <= hi + slack + 1e-9


def _rounding(value: float) -> float:
    """Half the rounding unit of a value rounded to hundreds or more, else 0.

    4,400 -> 50, 27,000 -> 500, 603,628 -> 0; the value keeps two significant figures at
    least (1,000 is not read as rounded to thousands).
    """
    n = round(abs(value))
    if n != abs(value) or n < 1000:
        return 0.0
    unit = 1
    while n % (unit * 10) == 0 and n >= unit * 100:
        unit *= 10
    return unit / 2 if unit >= 100 else 0.0


#: How far (relative) a place's polygon may lie from its official area and still decide a
#: figure: beyond it the 1:10m polygon draws another extent (Kyiv's polygon takes in
#: 1,655 km² against the city's 839; Monaco's 17 km² against 2.08), so a figure matching
#: only the polygon is explained by it, never held by it.
FAR_POLYGON = 0.2


#: How far (relative) a figure may lie from a place's 1:10m polygon and still not be
#: refuted by that polygon alone, when geoclaims has no official area of the place: the
#: polygons miss published areas by up to this much (Deir ez-Zor's draws 26,722 km² of the
#: 33,060 published, Yemen's 452,951 of 527,968, Niger's 1,181,346 of 1,267,000).
POLYGON_ONLY_ERROR = 0.2


#: Below this many km², a place's own area on its 1:10m polygon alone cannot refute a
#: figure: generalised outlines and left-out islets move it by tens of percent (the
#: Maldives' polygons draw 57 km² of 298, Gibraltar's 3 of 6.8).
SMALL_PLACE_KM2 = 1000.0


def _polygon_only(coarse: list[_Reading], unit: str, lo: float, hi: float) -> str | None:
    """Why a figure near polygons of places with no official area is not refuted, or None.

    Every reading is a whole place on polygons, none on an official area, and the nearest
    lies within :data:`POLYGON_ONLY_ERROR` of the interval ("Yemen covers 527,968 km²"
    against a polygon of 452,951; "Homs makes up about 23% of Syria" against 26.7%). A
    figure further off still does not hold.
    """
    if not all(r.kind == "whole" and r.definition == "on polygons" for r in coarse):
        return None
    near = []
    for r in coarse:
        value = _value(r, unit)
        if pd.isna(value) or value <= 0:
            return None
        # (as a part of the published figure: how far the polygon would miss it)
        off = (lo - value) / lo if value < lo else (value - hi) / hi
        near.append((off, r, value))
    off, r, value = min(near, key=lambda t: t[0])
    if off > POLYGON_ONLY_ERROR:
        return None
    # (how far from the figure itself, the middle of its interval: what a reader quotes)
    said = (lo + hi) / 2
    apart = abs(value - said) / said
    side = "below" if value < said else "above"
    return (
        f"{r.short} is {_fmt(value, unit)} on its 1:10m polygon{'s' if unit == '%' else ''}, "
        f"{100 * apart:.0f}% {side} the figure, and geoclaims has no official area for it: "
        f"such polygons miss published areas by up to {POLYGON_ONLY_ERROR:.0%}, so they "
        "cannot refute it (an official area would decide)"
    )


def _scoped(readings: list[_Reading], ctx: dict[str, Any], fig: _Figure) -> list[_Reading]:
    """The readings that count what the figure counts, of a place left out or counted in.

    "about 18% of Ukraine excluding Crimea": no reading with Crimea in it (all held
    ground, all the claimed regions, Crimea's own claim); "about 13.6% of Ukraine,
    including Crimea": none without it (held ground outside Crimea, the four regions
    annexed in 2022 alone). Only places of the country's claims are read so.
    """
    waves = ctx.get("waves") or []
    claimed = {u for w in waves for u in w["unit_ids"]}
    out_ids = set(fig.left_out_ids) & claimed
    in_ids = set(fig.included_ids) & claimed
    if not out_ids and not in_ids:
        return readings
    covers: dict[str, set[str]] = {}
    for w in waves:
        key = f"claimed_{w['claimant']}_{w['since'].isoformat()}"
        for suffix in ("", "_official", "_held"):
            covers[key + suffix] = set(w["unit_ids"])
    covers["claimed_all"] = claimed
    covers["held_all"] = claimed
    latest = max(w["since"] for w in waves)
    earlier = {u for w in waves if w["since"] != latest for u in w["unit_ids"]}
    covers["held_all_without_earlier"] = claimed - earlier
    kept = []
    for r in readings:
        units = covers.get(r.name)
        if units is None and r.definition.startswith("with "):
            units = claimed  # a part with the earlier claims
        if units is not None and (units & out_ids or not in_ids <= units):
            continue
        kept.append(r)
    return kept


def _contested_decides(
    contested: Any,
    readings: list[_Reading],
    unit: str,
    interval: tuple[float, float],
    whole_row: Any,
    country: str | None,
    worldview: str,
    date: _dt.date,
) -> str | None:
    """Why a held figure cannot be told when the map's contested ground would decide it.

    All held ground of the whole, with the ground the snapshot marks as contested (status
    "unknown", not counted by default) added, spans the figure's interval: the map itself
    leaves the deciding ground undecided. Else None.
    """
    from geoclaims.areas import _country, geodesic_area

    if whole_row is not None:
        whole_geom = shapely.make_valid(whole_row.geometry)
    elif country is not None:
        try:
            whole_geom = _country(country, worldview, date)[0]
        except GeoclaimsError:
            return None
    else:
        return None
    extra = float(geodesic_area(shapely.intersection(contested, whole_geom)))
    lo, hi = interval
    for r in readings:
        if r.kind != "held" or not r.name.startswith(("held_all", "held_in")) or r.km2 <= 0:
            continue
        if r.name == "held_all_without_earlier":
            continue  # (its ground and the grey ground need not meet)
        with_km2 = r.km2 + extra
        value = _value(r, unit)
        more = with_km2 if unit != "%" else r.pct * with_km2 / r.km2
        if extra > 0 and value < lo and more >= lo * (1 - POLYGON_TOLERANCE) and value <= hi:
            return (
                f"the control map marks {extra:,.0f} km² of it as contested (status "
                f"'unknown', not counted): {r.short} is {_fmt(value, unit)} without that "
                f"ground and {_fmt(more, unit)} with it, so the map leaves it undecided "
                "(statuses=[..., 'unknown'] counts it)"
            )
    return None


def _far_polygons(readings: list[_Reading], unit: str) -> list[_Reading]:
    """Readings on polygons far from their group's official area, made explanations."""
    official = {
        r.group: r.km2
        for r in readings
        if r.definition.startswith(("on official area", "on its official area"))
        and r.kind != "explain"
        and r.km2 > 0
    }
    out = []
    for r in readings:
        ref = official.get(r.group)
        if (
            ref is not None
            and r.kind != "explain"
            and r.definition == "on polygons"
            and not pd.isna(r.km2)
            and abs(r.km2 / ref - 1.0) > FAR_POLYGON
        ):
            off = 100.0 * (r.km2 / ref - 1.0)
            r = replace(
                r,
                kind="explain",
                group=f"{r.group}_polygon",
                definition=f"on its 1:10m polygon ({r.km2:,.0f} km², {off:+.0f}% off the "
                f"official {ref:,.0f} km²), too far from it to decide",
                short=f"{r.short} on its polygon",
            )
        out.append(r)
    return out


def _stale_days(layer: gpd.GeoDataFrame | None) -> float | None:
    """How many days the layer's snapshot is from the date, when over the limit; else None."""
    snap = getattr(layer, "attrs", {}).get("snapshot") if layer is not None else None
    days = snap.get("days_from_as_of") if snap else None
    if days is None or pd.isna(days):
        return None
    return abs(float(days)) if abs(float(days)) > MAX_SNAPSHOT_DAYS else None


def _snapshot_words(layer: gpd.GeoDataFrame | None) -> str:
    """Words naming a dated layer's snapshot time and file, else ""."""
    snap = getattr(layer, "attrs", {}).get("snapshot") if layer is not None else None
    if not snap:
        return ""
    time = snap.get("time")
    when = (
        "undated"
        if time is None or pd.isna(time)
        else pd.Timestamp(time).strftime("%Y-%m-%d %H:%M UTC")
    )
    source = str(snap.get("source") or "")
    name = source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1][:80]
    return f" (snapshot of {when}, {name})" if name else f" (snapshot of {when})"


def _with_units(part: gpd.GeoDataFrame, unit_ids: Sequence[str]) -> gpd.GeoDataFrame:
    """The part plus some embedded units, as a frame area_share reads.

    A part of the caller's own polygons (a GeoDataFrame) has no unit_id in the embedded
    table, so the units join it with their geometry.
    """
    idx = _unit_index()
    units = _unit_rows([idx[u] for u in unit_ids])
    cols = ["unit_id", "name", "country", "geometry"]
    both = pd.concat([part[cols], units[cols].to_crs(part.crs)], ignore_index=True)
    return gpd.GeoDataFrame(both, geometry="geometry", crs=part.crs)


def _readings(
    *,
    regions: Any,
    country: str,
    worldview: str,
    date: _dt.date,
    layer: gpd.GeoDataFrame | None,
) -> tuple[list[_Reading], Any, dict[str, Any]]:
    """Every reading of a share of a country; the readings, the part's Share, context.

    Figures of one check that name the same part of the same country get the same
    readings, computed once; each gets its own list and its own copy of the Share.
    """
    key = _units_key(regions) if regions is not None else ("none",)

    def compute() -> tuple[Any, ...]:
        got = _compute_readings(
            regions=regions, country=country, worldview=worldview, date=date, layer=layer
        )
        return (*got, regions, layer)

    if key is None:
        out, named_share, ctx = compute()[:3]
    else:
        memo_key = ("readings", key, country, worldview, date, id(layer))
        out, named_share, ctx = _memoised(memo_key, compute)[:3]
    if named_share is not None:
        # the verdict's own copy: changing it does not change what the memo holds
        named_share = dataclasses.replace(
            named_share,
            units=named_share.units.copy(),
            snapshot=dict(named_share.snapshot) if named_share.snapshot is not None else None,
        )
    return list(out), named_share, ctx


def _compute_readings(
    *,
    regions: Any,
    country: str,
    worldview: str,
    date: _dt.date,
    layer: gpd.GeoDataFrame | None,
) -> tuple[list[_Reading], Any, dict[str, Any]]:
    """Compute every reading of a share of a country; return them, the part's Share, context."""
    out: list[_Reading] = []
    ctx: dict[str, Any] = {"geoms": {}}
    view_units = _memoised(
        ("regions", country, worldview, date),
        lambda: all_regions(country, worldview=worldview, as_of=date),
    )
    un_units = _memoised(
        ("un_ids", country, date),
        # under the "un" view the view's units are these: not drawn a second time
        lambda: set(
            (
                view_units
                if worldview == "un"
                else all_regions(country, worldview="un", as_of=date)
            )["unit_id"]
        ),
    )
    cname = country_name(country)
    snap = _snapshot_words(layer)

    def share(units: Any) -> Any:
        return _share_and_frame(units, country, worldview, date, layer)[0]

    def share_and_names(units: Any) -> tuple[Any, list[str]]:
        got, frame = _share_and_frame(units, country, worldview, date, layer)
        return got, frame["name"].tolist()

    named_share = None
    named_ids: list[str] = []
    if regions is not None:
        named_share, frame = _share_and_frame(regions, country, worldview, date, layer)
        named_ids = list(frame["unit_id"])
        name_list = list(frame["name"])
        names = _names(name_list)
        ctx["named"] = names
        ctx["geoms"]["named"] = (named_share.geometry, named_share.official_km2)
        label = f"{names} in full"
        out.append(
            _Reading(
                "named", label, named_share.total_pct, named_share.total, short=_short(name_list)
            )
        )
        area_slack = (
            _OFFICIAL_COUNTRY_SLACK
            if all(str(u).startswith(AREA_PREFIX) for u in named_ids)
            else None
        )
        if named_share.official is not None:
            out.append(
                _Reading(
                    "named_official",
                    f"{label}, on official areas",
                    named_share.official,
                    named_share.official_km2,
                    group="named",
                    definition="on official areas",
                    short=_short(name_list),
                    # a named area's published area differs a little by source (the West
                    # Bank: 5,640 or 5,655 km²); a unit's statistical one is exact
                    slack=area_slack,
                )
            )
        elif named_share.official_km2 is not None and named_share.country_km2 > 0:
            # the part's polygon is an approximation with a known official area, the
            # country's official total is not known: official part over polygon country
            out.append(
                _Reading(
                    "named_official",
                    f"{label}, on its official area",
                    100.0 * named_share.official_km2 / named_share.country_km2,
                    named_share.official_km2,
                    group="named",
                    definition=f"on its official area of {named_share.official_km2:,.0f} km²",
                    short=_short(name_list),
                    slack=area_slack,
                )
            )
        whole_area = _one_place_area(named_ids, name_list)
        if whole_area is not None:
            # "Crimea covers 26,900 km²": the name may mean the peninsula, Sevastopol with it
            area_name, units = whole_area
            got, unit_names = share_and_names(units)
            others = [n for n in unit_names if n not in name_list]
            short = f"{_short(name_list)} with {_names(others)}, the {area_name}"
            label = f"the {area_name} in full ({names} with {_names(others)})"
            out.append(
                _Reading(
                    "named_as_area",
                    label,
                    got.total_pct,
                    got.total,
                    group="named_as_area",
                    short=short,
                )
            )
            official_km2 = got.official_km2
            official_pct = got.official
            if official_pct is None and official_km2 is not None and got.country_km2 > 0:
                official_pct = 100.0 * official_km2 / got.country_km2
            if official_pct is not None:
                out.append(
                    _Reading(
                        "named_as_area_official",
                        f"{label}, on official areas",
                        official_pct,
                        official_km2,
                        group="named_as_area",
                        definition="on official areas",
                        short=short,
                    )
                )
        if layer is not None:
            out.append(
                _Reading(
                    "named_held",
                    f"the part of {names} held per the control layer{snap}",
                    named_share.held_pct,
                    named_share.held_km2,
                    kind="held",
                    short=f"held part of {_short(name_list)}",
                )
            )

    waves = _claim_waves(country, un_units, date)
    ctx["waves"] = waves
    latest = max((w["since"] for w in waves), default=None)
    earlier_waves = [w for w in waves if w["since"] != latest]
    earlier = [u for w in earlier_waves for u in w["unit_ids"]]
    earlier_extra = [u for u in dict.fromkeys(earlier) if u not in named_ids]
    if earlier_waves:
        ctx["earlier_since"] = min(w["since"] for w in earlier_waves)
    if earlier_extra:
        ctx["earlier"] = _names(share_and_names(tuple(earlier_extra))[1])
    for wave in waves:
        wave_share, name_list = share_and_names(tuple(wave["unit_ids"]))
        key = f"claimed_{wave['claimant']}_{wave['since'].isoformat()}"
        words = _wave_words(wave, _names(name_list))
        short = _wave_short(wave, name_list)
        wave["words"] = words
        wave["share"] = wave_share
        if regions is None:  # explanations of the part the figure names, else the claims
            ctx["geoms"][key] = (wave_share.geometry, wave_share.official_km2)
        out.append(
            _Reading(key, words, wave_share.total_pct, wave_share.total, "claim", short=short)
        )
        if wave_share.official is not None:
            out.append(
                _Reading(
                    f"{key}_official",
                    f"{words}, on official areas",
                    wave_share.official,
                    wave_share.official_km2,
                    "claim",
                    group=key,
                    definition="on official areas",
                    short=short,
                )
            )
        if layer is not None:
            out.append(
                _Reading(
                    f"{key}_held",
                    f"the held part of {words}{snap}",
                    wave_share.held_pct,
                    wave_share.held_km2,
                    "held",
                    short=f"held part of {short}",
                )
            )
    if len(waves) > 1:
        ids = list(dict.fromkeys(u for w in waves for u in w["unit_ids"]))
        all_share, all_names = share_and_names(tuple(ids))
        out.append(
            _Reading(
                "claimed_all",
                "all the regions claimed (" + _names(all_names) + ")",
                all_share.total_pct,
                all_share.total,
                "claim",
                short="all claimed regions",
            )
        )
    latest_units = {u for w in waves if w["since"] == latest for u in w["unit_ids"]}
    if regions is not None and earlier_extra and latest_units <= set(named_ids):
        # (only for the whole latest wave: "the four annexed regions, with Crimea"; not
        # "Russia annexed the Luhansk region, about 9%", which Crimea does not make true)
        with_earlier = share(
            _with_units(regions, earlier_extra)
            if isinstance(regions, gpd.GeoDataFrame)
            else tuple(named_ids + earlier_extra)
        )
        out.append(
            _Reading(
                "named_with_earlier",
                f"{ctx['named']} in full, with {ctx['earlier']}",
                with_earlier.total_pct,
                with_earlier.total,
                group="named",
                definition=f"with {ctx['earlier']}",
                short=f"{_short(list(frame['name']))} with {ctx['earlier']}",
            )
        )
        if layer is not None:
            out.append(
                _Reading(
                    "named_with_earlier_held",
                    f"the held part of {ctx['named']}, with {ctx['earlier']}{snap}",
                    with_earlier.held_pct,
                    with_earlier.held_km2,
                    "held",
                    group="named_held",
                    definition=f"with {ctx['earlier']}",
                )
            )
    if layer is not None:
        whole = share(view_units)
        out.append(
            _Reading(
                "held_all",
                f"all held ground of {cname}{snap}",
                whole.held_pct,
                whole.held_km2,
                "held",
                short=f"all held ground of {cname}",
            )
        )
        if earlier:
            rest = view_units[~view_units["unit_id"].isin(earlier)]
            without = share(rest)
            before = ctx["earlier_since"].isoformat()
            outside = _names(_unit_names(earlier))
            out.append(
                _Reading(
                    "held_all_without_earlier",
                    f"held ground of {cname} outside {outside}, claimed since {before}{snap}",
                    without.held_pct,
                    without.held_km2,
                    "held",
                    group="held_all",
                    definition=f"outside {outside}",
                    short=f"held ground outside {outside}",
                )
            )
        status = layer["status"] if "status" in layer.columns else None
        if (
            status is not None
            and (status == "occupied_before_2022").any()
            and (status == "occupied").any()
        ):
            # "Since 2022 Russia has captured about 7% of Ukraine, on top of Crimea and the
            # parts of Donbas held since 2014": a DeepStateMap snapshot tells ground taken
            # since 24 February 2022 by its status
            # ... and "Russia has controlled about 7% of Ukraine since 2014": the ground held
            # before the invasion, Crimea and the parts of Donbas, by the same statuses
            for name, statuses, words, short in (
                ("held_since_2022", ["occupied"], "taken since 24 February 2022 (the map's "
                 "'occupied' status, without the ground held before)", "taken since 2022"),
                ("held_since_2014", ["occupied_before_2022", "crimea"], "held since 2014 "
                 "(the map's 'occupied before 2022' and Crimea statuses)", "held since 2014"),
            ):  # fmt: skip
                part = layer[status.isin(statuses).to_numpy()]
                held = _share_and_frame(view_units, country, worldview, date, part)[0]
                out.append(
                    _Reading(
                        name,
                        f"ground of {cname} {words}{snap}",
                        held.held_pct or 0.0,
                        held.held_km2 or 0.0,
                        "held",
                        definition=short,
                        short=f"ground {short}",
                    )
                )
    return out, named_share, ctx


def _layer_holder_among(layer: gpd.GeoDataFrame, holder_codes: Sequence[str]) -> bool:
    """Whether the holder a control map draws is among the figure's holders.

    A DeepStateMap snapshot draws the ground Russia holds: "Russian forces control about
    98% of Luhansk" reads it as it is, whatever view makes Luhansk Russia's own.
    """
    return layer.attrs.get("format") == "deepstatemap" and "RUS" in holder_codes


def _not_held(readings: list[_Reading], cname: str) -> list[_Reading]:
    """The readings of a country's own hold: the ground a control map leaves it.

    Each reading of all held ground becomes its complement in the country (100% less the
    share held, the country's area less the area held); the other readings stay.
    """
    out = []
    for r in readings:
        if r.kind == "held" and r.group == "held_all" and r.pct > 0:
            total = r.km2 * 100.0 / r.pct
            out.append(
                dataclasses.replace(
                    r,
                    name=f"{r.name}_not",
                    description=f"the ground of {cname} not held per the control layer "
                    f"({r.description})",
                    pct=100.0 - r.pct,
                    km2=total - r.km2,
                    short=f"ground {cname} holds",
                )
            )
        else:
            out.append(r)
    return out


#: A unit named by its word alone as a figure's subject: "The region makes up about 4%".
_THE_UNIT_SUBJECT = re.compile(
    # ("Lviv is a city of 720,000 people, and its region covers 21,833 km²", "Kharkiv lies
    # in a region of 31,415 square kilometres": the unit a town named before is named after)
    r"(?i)\b(?:its\s+(?:region|oblast|province|governorate)\b|in\s+a\s+(?:region|oblast|"
    r"province)\s+of\s+(?=[\d~]|(?:about|around|roughly|some|nearly|almost)\s)|"
    r"the\s+(?:region|oblast|province|governorate|"
    # "The four islands cover about 5,000 km²", "The enclave covers ...": a place the
    # text does not name here
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:islands|islets)|enclave|"
    r"exclave)\b(?!['’]s|\s+of\b))"
)


def _unit_of_town_before(
    text: str,
    mentions: pd.DataFrame,
    spans: Any,
    s_lo: int,
    before: list[tuple[int, int]],
    worldview: str,
    date: _dt.date,
    within: tuple[int, int] | None = None,
) -> list[dict[str, Any]]:
    """The unit a town named in the sentence before is named after, as a part, else [].

    "Ukraine retook Kherson city in November 2022. The region ...": Kherson Oblast. With
    ``within``, a town named in that span of the figure's own sentence ("Lviv is a city
    of 720,000 people, and its region covers ...").
    """
    if within is not None:
        b_lo, b_hi = within
    elif not before:
        return []
    else:
        b_lo, b_hi = before[-1][0], min(before[-1][1], s_lo)
    for k in range(len(mentions) - 1, -1, -1):
        row = mentions.iloc[k]
        if not (b_lo <= int(spans[0][k]) and int(spans[1][k]) <= b_hi):
            continue
        if row["kind"] != "city" or not isinstance(row["unit_id"], str):
            continue
        unit = _lookup_place(str(row["unit_id"]), None, worldview, date)
        if unit is not None and str(unit["name"]).lower().startswith(str(row["name"]).lower()[:5]):
            return [
                {"unit_id": row["unit_id"], "name": unit["name"], "country": row["country"],
                 "kind": "region"}
            ]  # fmt: skip
    return []


#: A landform named by its noun alone, standing for a place named before: "The peninsula".
_THE_LANDFORM = re.compile(
    r"(?i)\bthe\s+(?P<noun>peninsula|archipelago|plateau|heights|islands|strip)\b(?!\s+of\b)"
)
_THE_LANDFORM_NOUNS = frozenset(
    {"peninsula", "archipelago", "plateau", "heights", "islands", "strip"}
)
#: The words of a named area's name that a landform's noun stands for ("the plateau":
#: the Golan Heights).
_LANDFORM_NAMES = {
    "archipelago": ("archipelago", "islands"),
    "plateau": ("plateau", "heights"),
}


def _landform_before(
    mentions: pd.DataFrame, noun: str, before: int, worldview: str, date: _dt.date
) -> list[dict[str, Any]]:
    """The units of the named area of that kind the text named last before ``before``.

    "Russia seized Crimea in 2014. The peninsula, ..." is the Crimean peninsula: Crimea
    and Sevastopol. Empty when no place named before is, or makes, such an area.
    """
    table = _area_table()
    words = _LANDFORM_NAMES.get(noun.lower(), (noun.lower(),))
    earlier = mentions[(mentions["end"] <= before) & mentions["kind"].isin(_PART_KINDS)]
    for _, m in earlier.iloc[::-1].iterrows():
        uid, name = str(m["unit_id"]), str(m["name"])
        if uid in table.index and any(w in str(table.at[uid, "name"]).lower() for w in words):
            units: tuple[str, ...] = (uid,)
        else:
            area = _one_place_area([uid], [name])
            if area is None or not any(w in area[0].lower() for w in words):
                continue
            units = area[1]
        rows = lookup(list(units), worldview=worldview, as_of=date)
        return [
            {"unit_id": u, "name": n, "country": c, "kind": "region"}
            for u, n, c in zip(rows["unit_id"], rows["name"], rows["country"], strict=True)
        ]
    return []


def _one_place_area(
    named_ids: Sequence[str], names: Sequence[str]
) -> tuple[str, tuple[str, ...]] | None:
    """The named area a region's name may stand for, and its units, else None.

    An area whose units include the named ones and more, and whose name begins with a
    named region's ("Crimea" and the Crimean Peninsula: Crimea and Sevastopol).
    """
    if not named_ids:
        return None
    table = _area_table()
    named = set(named_ids)
    for area_id, units in _area_members().items():
        if not named < set(units) or area_id not in table.index:
            continue
        area_name = str(table.at[area_id, "name"])
        if any(len(n) >= 5 and area_name.lower().startswith(n.lower()[:5]) for n in names):
            return area_name, tuple(units)
    return None


def _unit_names(unit_ids: Sequence[str]) -> list[str]:
    table = _unit_attrs().set_index("unit_id")["name"]
    return [str(table.get(u, u)) for u in dict.fromkeys(unit_ids)]


#: Totals for a country that published figures have used instead of its area: a rounded
#: or outdated denominator explains a figure that is off by a few percent. Ukraine:
#: 595,000 km², a total seen in published shares of Ukraine;
#: the official total is 603,628 km² (State Statistics Service of Ukraine).
_OTHER_TOTALS: dict[str, tuple[float, ...]] = {"UKR": (595_000.0,)}


#: A wrong way of computing explains a figure only when it moves the share by more than
#: this fraction of it.
_EXPLAINS_BEYOND = 0.05


def _mercator_area(geom: Any) -> float:
    """Planar area of a lon/lat geometry on Web Mercator, once per geometry within a check.

    Only for the explanations of a wrong figure: never an area geoclaims reports.
    """

    def compute() -> tuple[Any, float]:
        return geom, float(gpd.GeoSeries([geom], crs=4326).to_crs(3857).area.iloc[0])

    # keyed by identity; the memo keeps the geometry alive, so the identity stays its own
    return _memoised(("mercator", id(geom)), compute)[1]


def _explanations(
    ctx: dict[str, Any], readings: list[_Reading], country: str, worldview: str, date: _dt.date
) -> list[_Reading]:
    """The same parts measured the wrong ways newsrooms have published: see check_claim."""
    from geoclaims.areas import _country

    if not ctx["geoms"]:
        return []
    country_geom, _km2, _ids = _country(country, worldview, date)
    merc_whole = _mercator_area(country_geom)
    deg_whole = float(country_geom.area)
    by_name = {r.name: r for r in readings}
    out = []
    for key, (geom, official_km2) in ctx["geoms"].items():
        base = by_name[key]
        if geom is None or geom.is_empty or merc_whole <= 0 or deg_whole <= 0:
            continue
        merc = 100.0 * _mercator_area(geom) / merc_whole
        deg = 100.0 * float(geom.area) / deg_whole
        # a way of computing that gives nearly the true share explains nothing (Tigray in
        # Ethiopia, near the equator: Web Mercator 4.5% against 4.4%)
        wrong = [
            (f"{key}_web_mercator", "Web Mercator (EPSG:3857)", merc, "inflates"),
            (f"{key}_planar_degrees", "planar degrees", deg, "inflate"),
        ]
        for rid, how, pct, verb in wrong:
            if abs(pct - base.pct) <= _EXPLAINS_BEYOND * base.pct:
                continue
            out.append(
                _Reading(
                    rid,
                    f"{base.short} computed on {how}",
                    pct,
                    float("nan"),
                    "explain",
                    definition=f"if computed on {how}, which {verb} areas far from the "
                    "equator",
                    short=f"{base.short} on {how.split(' (')[0]}",
                )
            )
        km2 = official_km2 if official_km2 is not None else base.km2
        for total in _OTHER_TOTALS.get(country, ()):
            out.append(
                _Reading(
                    f"{key}_total_{total:.0f}",
                    f"{base.short} against a total of {total:,.0f} km² for {country_name(country)}",
                    100.0 * km2 / total,
                    km2,
                    "explain",
                    definition=f"against a total of {total:,.0f} km² for "
                    f"{country_name(country)}, a rounded or outdated figure",
                    short=f"{base.short} against {total:,.0f} km²",
                )
            )
    return out


def _parts_of_holders(part: pd.DataFrame, holders: Sequence[str]) -> bool:
    """Whether every named part lies in a holder's country (the part it administers)."""
    codes = set()
    for name in holders:
        try:
            codes.add(resolve_country(name))
        except (UnknownCountryError, InvalidInputError):
            return False
    return len(part) > 0 and "country" in part and set(part["country"].dropna()) <= codes


def _administered_readings(
    whole: Any, holders: Sequence[str], worldview: str, date: _dt.date
) -> list[_Reading]:
    """The part of a named area each holder country administers, as the data draws it.

    Kashmir is drawn as the units of India, Pakistan and China under every view: "Pakistan
    administers about a third of Kashmir" is Azad Kashmir and Gilgit-Baltistan's share
    (geodesic, of the area's polygon). Empty when no holder is a country of the area.
    """
    from geoclaims.areas import geodesic_area

    uid = str(whole.get("unit_id", ""))
    table = _area_table()
    if not holders or uid not in table.index:
        return []
    got = table.at[uid, "unit_ids"]
    members = got.split("|") if isinstance(got, str) else list(got)
    # who administers a part is a fact on the ground, not a claimant's view of the borders:
    # under worldview 'IND' Azad Kashmir is India's, but Pakistan administers it
    view = worldview if worldview in ("un", "defacto") else "un"
    rows = lookup(members, worldview=view, as_of=date)
    whole_geom = shapely.make_valid(whole.geometry)
    whole_km2 = float(geodesic_area(whole_geom))
    whole_official = _official_lookup().get(uid)
    out = []
    for name in dict.fromkeys(holders):
        try:
            cc = resolve_country(name)
        except (UnknownCountryError, InvalidInputError):
            continue
        mine = rows[rows["country"] == cc]
        if mine.empty or whole_km2 <= 0:
            continue
        geom = shapely.intersection(shapely.union_all(list(mine.geometry)), whole_geom)
        km2 = float(geodesic_area(geom))
        cname = country_name(cc)
        label = f"the part of {whole['name']} {cname} administers ({_names(list(mine['name']))})"
        short = f"the part {cname} administers"
        out.append(
            _Reading(f"administered_{cc}", label, 100.0 * km2 / whole_km2, km2, "held", short=short)
        )
        official_km2 = _official_total(list(mine["unit_id"]))
        if official_km2 is not None and whole_official:
            # Pakistan's Azad Kashmir and Gilgit-Baltistan, 13,297 + 72,971 of 222,236 km²
            out.append(
                _Reading(
                    f"administered_{cc}_official",
                    f"{label}, on official areas",
                    100.0 * official_km2 / whole_official,
                    official_km2,
                    "held",
                    group=f"administered_{cc}",
                    definition="on official areas",
                    short=short,
                )
            )
    return out


def _official_total(unit_ids: Sequence[str]) -> float | None:
    """The official area of units together, through the named areas they make up, else None.

    China's units in Kashmir are Aksai Chin (37,244 km²) and the Shaksgam Valley (5,180).
    """
    official = _official_lookup()
    ids = set(unit_ids)
    covered: set[str] = set()
    total = 0.0
    for aid, got in _area_table()["unit_ids"].items():
        members = set(got.split("|")) if isinstance(got, str) else set(got)
        if members and members <= ids and aid in official and not members & covered:
            covered |= members
            total += official[aid]
    rest = ids - covered
    if not all(u in official for u in rest):
        return None
    return total + sum(official[u] for u in rest)


#: How far published shares of an area drawn by administrator stray from the drawn parts
#: (Kashmir: India's part is given as 45% to 55%, 49% here): a figure within this relative
#: distance of a part cannot be refuted by it; one further off does not hold.
_ADMINISTERED_SLACK = 0.25


#: How much of a part must lie inside a named whole for their official areas to compare.
_INSIDE_FRACTION = 0.98


def _size_ratios(
    names: list[str],
    whole: str,
    part_km2: float,
    whole_km2: float,
    ids: list[str],
    whole_official: float | None,
) -> list[_Reading]:
    """A size compared with a whole the part lies outside: the ratio of the two areas.

    On polygons (geodesic) and, where both have one, on official areas.
    """
    official = _official_lookup()
    description = f"{_names(names)} as a share of the size of {whole}"
    out = [
        _Reading(
            "compared_size",
            description,
            100.0 * part_km2 / whole_km2,
            part_km2,
            definition=f"the two areas compared ({part_km2:,.0f} and {whole_km2:,.0f} km², "
            "on polygons)",
            short=_short(names),
        )
    ]
    if whole_official and ids and all(u in official for u in ids):
        part_official = float(sum(official[u] for u in ids))
        out.append(
            _Reading(
                "compared_size_official",
                f"{description}, on official areas",
                100.0 * part_official / whole_official,
                part_official,
                group="compared_size",
                definition=f"the two official areas compared ({part_official:,.0f} and "
                f"{whole_official:,.0f} km²)",
                short=_short(names),
            )
        )
    return out


def _area_readings(
    *,
    whole: Any,
    part: pd.DataFrame | None,
    worldview: str,
    date: _dt.date,
    layer: gpd.GeoDataFrame | None,
    compared: bool = False,
) -> list[_Reading]:
    """Readings of a share of a region or named area: the part in it, the held ground in it.

    The part in it is measured on polygons and, when the part lies inside the whole and
    both have official areas (areas.csv), on those. A size `compared` with a whole the part
    lies outside ("Kursk Oblast is about 96% of the size of Kharkiv Oblast") is read as
    the ratio of the two areas too (29,997 and 31,415 km² officially: 95.5%).
    """
    from geoclaims.areas import geodesic_area

    whole_geom = shapely.make_valid(whole.geometry)
    whole_km2 = float(geodesic_area(whole_geom))
    name = str(whole["name"])
    out = []
    if whole_km2 <= 0:
        return out
    if part is not None:
        rows = lookup(list(part["unit_id"]), worldview=worldview, as_of=date)
        geom = shapely.intersection(shapely.union_all(list(rows.geometry)), whole_geom)
        km2 = float(geodesic_area(geom))
        names = list(rows["name"])
        official = _official_lookup()
        ids = list(rows["unit_id"])
        whole_official = official.get(str(whole["unit_id"]))
        part_km2 = float(geodesic_area(shapely.union_all(list(rows.geometry))))
        inside = km2 >= _INSIDE_FRACTION * part_km2
        if compared and km2 <= 0 < part_km2:
            # a whole the part lies wholly outside: no share of it, its size compared
            out += _size_ratios(names, name, part_km2, whole_km2, ids, whole_official)
        else:
            out.append(
                _Reading(
                    "named",
                    f"{_names(names)} inside {name}",
                    100.0 * km2 / whole_km2,
                    km2,
                    short=_short(names),
                )
            )
        if (
            whole_official
            and ids
            and all(u in official for u in ids)
            # the part lies inside the whole, so its official area is the whole's too
            and inside
        ):
            # "Aksai Chin makes up roughly a sixth of Kashmir": 37,244 of 222,236 km²
            part_official = float(sum(official[u] for u in ids))
            out.append(
                _Reading(
                    "named_official",
                    f"{_names(names)} inside {name}, on official areas",
                    100.0 * part_official / whole_official,
                    part_official,
                    group="named",
                    definition="on official areas",
                    short=_short(names),
                )
            )
    if layer is not None:
        held = shapely.intersection(shapely.union_all(list(layer.geometry)), whole_geom)
        km2 = float(geodesic_area(held))
        out.append(
            _Reading(
                "held_all",
                f"all held ground in {name}{_snapshot_words(layer)}",
                100.0 * km2 / whole_km2,
                km2,
                "held",
                short=f"held ground in {name}",
            )
        )
    return out


# --------------------------------------------------------------------------------------
# the result
# --------------------------------------------------------------------------------------

_STATUS = {True: "holds", False: "does not hold", None: "cannot tell"}
_VERB_WORDS = {
    "regained": "its verb makes it ground retaken or gained, a change between two dates",
    "held": "its verb makes it a share of held ground",
    "claimed": "its verb makes it a share of what is claimed",
    "whole": "its verb makes it a share of the regions in full",
}
_SUMMARY_CHARS = 200


@dataclass(frozen=True, eq=False)
class Verdict:
    """How a stated figure compares with the readings the data allows.

    Build it with :func:`check_claims` (one per figure of a text) or :func:`check_claim`.

    Attributes
    ----------
    claim : Claim
        The stated figure that was checked.
    interval : tuple of float
        (low, high): the values consistent with the figure and its qualifier, in percent
        of the whole, or in km² for an area.
    unit : str
        ``"%"`` or ``"km2"`` (square miles are converted).
    best : str or None
        The id of the deciding reading that matches best (closest to the stated figure),
        or None if none does.
    holds : bool or None
        True or False; None when it cannot be told: the deciding reading needs data the
        call lacks (a control layer for held ground, boundaries for a named place, an
        official area for a place under 1,000 km² whose 1:10m polygon alone is too coarse
        to refute its size), or a place-like name in the figure's sentence was not
        recognised. A polygon more than 20% off its place's official area (Kyiv's, Monaco's)
        explains a figure but never decides one.
    text : str
        The full account, one sentence per reading (readings that differ only by a
        definition share a sentence).
    country : str or None
        ISO alpha-3 code of the country the share is of (or the whole lies in).
    worldview : str
        The worldview the country and the regions were drawn under.
    as_of : datetime.date
        The date of the worldview, the claims and the control layer.
    readings : pandas.DataFrame
        One row per reading; see :meth:`to_frame`.
    share : Share or None
        The share of the named regions (with the held part if a layer was given).
    status : str
        ``"holds"``, ``"does not hold"`` or ``"cannot tell"``.
    summary : str
        One sentence of at most about 200 characters a journalist could paste.
    unrecognised : tuple of str
        Place-like names in the figure's sentence that geoclaims does not know.
    undrawn : tuple of str
        Named places the figure is about that geoclaims finds but has no boundary for
        (:func:`geoclaims.boundaries.named_places`: Shebaa Farms, Area C); the verdict is
        then "cannot tell".
    regions : tuple of str
        The part: names of the regions the figure is about (its clause's, or its
        sentence's, or the sentence before's).
    whole : str or None
        What the share is of: a country's or a region's name.
    verb : str or None
        ``"held"``, ``"claimed"``, ``"whole"``, ``"regained"`` (ground retaken: cannot be
        told from one snapshot) or None (no verb read).
    snapshot : dict or None
        The control snapshot used (``time``, ``source``, ``days_from_as_of``), if dated.
    """

    claim: Any
    interval: tuple[float, float]
    unit: str
    best: str | None
    holds: bool | None
    text: str
    country: str | None
    worldview: str
    as_of: _dt.date
    readings: pd.DataFrame = field(repr=False)
    share: Any = field(default=None, repr=False)
    summary: str = ""
    unrecognised: tuple[str, ...] = ()
    undrawn: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    whole: str | None = None
    verb: str | None = None
    snapshot: dict[str, Any] | None = field(default=None, repr=False)

    @property
    def status(self) -> str:
        """``"holds"``, ``"does not hold"`` or ``"cannot tell"``."""
        return _STATUS[self.holds]

    def to_frame(self) -> pd.DataFrame:
        """One row per reading.

        Returns
        -------
        pandas.DataFrame
            Columns ``reading`` (a short id), ``description`` (in words), ``pct``
            (percent of the whole), ``km2`` (area), ``matches`` (inside the interval),
            ``kind`` ("whole", "claim", "held" or "explain"), ``group`` (readings that
            differ only by a definition share it) and ``definition``.
        """
        return self.readings.copy()

    def __repr__(self) -> str:
        lo, hi = self.interval
        return (
            f"Verdict(status={self.status!r}, best={self.best!r}, interval=({_fmt(lo, self.unit)}"
            f", {_fmt(hi, self.unit)}))"
        )

    def _repr_html_(self) -> str:
        frame = self.to_frame()
        rows = []
        for r in frame.itertuples(index=False):
            style = " style='font-weight:bold'" if r.reading == self.best else ""
            mark = "✔" if r.matches else ""
            rows.append(
                f"<tr{style}><td>{html.escape(r.description)}</td>"
                f"<td>{'' if pd.isna(r.pct) else f'{r.pct:.2f}%'}</td>"
                f"<td>{'' if pd.isna(r.km2) else f'{r.km2:,.0f}'}</td><td>{mark}</td></tr>"
            )
        head = "<tr><th>Reading</th><th>% of whole</th><th>km²</th><th>In interval</th></tr>"
        colour = {True: "#1a7f37", False: "#cf222e", None: "#9a6700"}[self.holds]
        return (
            f"<div class='geoclaims-verdict'><p style='color:{colour};font-weight:bold'>"
            f"{html.escape(self.summary)}</p><p>{html.escape(self.text)}</p>"
            f"<table>{head}{''.join(rows)}</table></div>"
        )


# --------------------------------------------------------------------------------------
# the verdict
# --------------------------------------------------------------------------------------


def article_as_of(text: str | None, as_of: Any = None) -> tuple[_dt.date, str]:
    """The date to check an article on, and where it came from.

    The one dating rule of :func:`check_claim`, :func:`check_claims` and
    :func:`geoclaims.report`: ``as_of`` when given; else the date in the article's
    dateline (:func:`geoclaims.text.article_date`), unless it is after today (a
    GeoclaimsWarning says so, and today is used); else today.

    Parameters
    ----------
    text : str or None
        The article (None when checking a Claim object on its own).
    as_of : date, datetime or ISO string, optional

    Returns
    -------
    (datetime.date, str)
        The date, and ``"given"``, ``"the article's date"`` or ``"today"``.

    Examples
    --------
    >>> article_as_of("KYIV, 20 September 2022 - Officials said ...")
    (datetime.date(2022, 9, 20), "the article's date")
    >>> article_as_of("KYIV, 20 September 2022 - ...", "2023-01-01")[0]
    datetime.date(2023, 1, 1)
    """
    from geoclaims.text import article_date

    if as_of is not None:
        return parse_date(as_of), "given"
    if isinstance(text, str) and (dateline := article_date(text)) is not None:
        today = parse_date(None)
        if dateline > today:
            warn_at_caller(
                f"the article is dated {dateline.isoformat()}, after today "
                f"({today.isoformat()}): its figures are checked against today's data; pass "
                "as_of= (--as-of) if the date was misread"
            )
            return today, "today"
        return dateline, "the article's date"
    return parse_date(None), "today"


def _claims_from_text(text: str) -> list[Any]:
    found = find_claims(text)
    if isinstance(found, pd.DataFrame):
        from types import SimpleNamespace

        found = [SimpleNamespace(**row) for row in found.to_dict("records")]
    return list(found)


def _salient(claims: list[Any]) -> int | None:
    """Index of the figure check_claim checks: the first share, else the first area."""
    for unit in ("%", *AREA_UNITS):
        for i, claim in enumerate(claims):
            if _unit(claim) == unit:
                return i
    return None


def _no_figure(text: str) -> InvalidInputError:
    msg = (
        f"Found no share or area figure (such as '15%' or '90,000 km²') in {text!r:.120}. "
        "Pass the claim itself, or a text that states one."
    )
    return InvalidInputError(msg)


_STATED_UNITS = {
    "km2": " km²", "mi2": " square miles", "ha": " hectares", "acre": " acres", "m2": " m²",
}  # fmt: skip


def _stated(claim: Any, unit: str, whole: str | None) -> str:
    """The figure as the text states it ("almost a fifth of Germany"), for quoting."""
    surface = " ".join(str(getattr(claim, "surface", "") or "").split())
    if surface and any(ch.isdigit() or ch.isalpha() for ch in surface):
        # (not an English "of" after a figure in another language: "'почти половину' of
        # Georgia" would quote words the text does not hold; the whole is said beside it)
        of = (
            f" of {whole}"
            if unit == "%"
            and whole
            and " of " not in f" {surface} "
            and not _CYRILLIC_LETTER.search(surface)
            else ""
        )
        return f"{surface}{of}"
    q = _qualifier(claim)
    value = float(claim.value)
    high = getattr(claim, "high", None)
    num = f"{value:,g}" if high is None else f"{value:,g}–{float(high):,g}"
    of = f" of {whole}" if unit == "%" and whole else ""
    suffix = "%" if unit == "%" else _STATED_UNITS[_unit(claim)]
    return f"{_QUALIFIER_WORDS[q]}{num}{suffix}{of}"


_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")


def _value(r: _Reading, unit: str) -> float:
    return r.pct if unit == "%" else r.km2


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _given_whole(
    claim: Any, text: str, worldview: str, date: _dt.date
) -> tuple[str | None, str | None] | None:
    """The whole a claim passed in names with its ``of``, as (country, place name).

    None when it names none, or none geoclaims knows. Also checks that the claim points
    into ``text``.

    Raises
    ------
    InvalidInputError
        When ``start``/``end`` fall outside the text.
    """
    start, end = getattr(claim, "start", None), getattr(claim, "end", None)
    try:  # (a NumPy integer is one too)
        start, end = operator.index(start), operator.index(end)
    except TypeError:
        start = end = None
    if start is None or end is None or not 0 <= start <= end <= len(text):
        shown = str(getattr(claim, "surface", "") or getattr(claim, "value", ""))
        msg = (
            f"The claim {shown!r:.60} points at characters {start!r}-{end!r}, outside the "
            f"text of {len(text)} characters: give start and end into the text (as "
            "find_claims sets them), or leave claims= out to read the figures from the text."
        )
        raise InvalidInputError(msg)
    of = getattr(claim, "of", None)
    if of is None:
        return None
    of = str(of)
    try:
        return resolve_country(of), None
    except UnknownCountryError:
        pass
    row = _lookup_place(of, None, worldview, date)
    if row is None and of in _place_table().index:
        return None, str(_place_table().at[of, "name"])
    if row is None:
        return None  # a whole the data does not know: that figure cannot be told
    if row.get("kind", "region") == "country" or row["unit_id"] == row["country"]:
        return str(row["country"]), None
    return None, str(row["name"])


def _check_claim_object(claim: Any) -> Any:
    if not all(hasattr(claim, a) for a in ("value", "unit")):
        msg = (
            f"check_claim() needs a Claim (value, unit, qualifier, of, ...) or a text, "
            f"not {type(claim).__name__} {claim!r:.80}."
        )
        raise InvalidTypeError(msg)
    validate_claim(claim)
    return claim


def _undated_note(layer: gpd.GeoDataFrame | None, date: _dt.date, warn: bool) -> str:
    """The sentence saying a control file carries no date, else ""; with ``warn``, a warning.

    A frame passed in is the caller's for the date they give; a file with no date is said
    to be taken for the date the figures are checked on, and when that date was read from
    the article (or is today) the caller is warned.
    """
    source = str(layer.attrs.get("source") or "") if layer is not None else ""
    if (
        layer is None
        or layer.attrs.get("snapshot")
        or layer.attrs.get("valid_on")  # its features' start/end dates chose them
        or not source
        or source.startswith("the ")
    ):
        return ""
    note = (
        f"The control layer {source[:80]!r} carries no date: it is taken to show the ground "
        f"held on {date}."
    )
    if warn:
        warn_at_caller(
            f"{note[:-1]}; give it a date column or a snapshot time, or pass as_of= (on the "
            "command line: --as-of DATE), to check figures against the ground held then",
            GeoclaimsWarning,
        )
    return note


#: How far a figure's own date may lie from the day an undated control layer is taken for
#: and still be checked on it.
_UNDATED_LAYER_DAYS = 31


def _dated_layer(layer: gpd.GeoDataFrame) -> bool:
    """Whether a held layer was chosen by a date (a snapshot, or its features' dates)."""
    return bool(layer.attrs.get("snapshot") or layer.attrs.get("valid_on"))


def _held(within: Any, date: _dt.date) -> gpd.GeoDataFrame | None:
    """The held polygons in force on ``date`` from anything ``within=`` accepts."""
    if within is None:
        return None
    from geoclaims.layers import held_layer

    return held_layer(within, as_of=date)


def _outside_view(
    named_share: Any, whole_words: str | None, worldview: str, date: _dt.date
) -> str | None:
    """Why a figure cannot be decided when the view puts all its named places elsewhere.

    Under worldview 'RUS' after September 2022, Donetsk and Luhansk lie outside Ukraine:
    their share of Ukraine is 0%, which says nothing about the figure. None when some of
    the named ground lies inside the whole.
    """
    if named_share is None or named_share.units is None or not len(named_share.units):
        return None
    frame = named_share.units
    if "inside_km2" not in frame or float(frame["area_km2"].sum()) <= 0:
        return None
    if float(frame["inside_km2"].sum()) >= _OUTSIDE_KM2:  # the Share note's bound
        return None
    names = _names(list(frame["name"]))
    verb = "lies" if len(frame) == 1 else "lie"
    where = f"under worldview {worldview!r} on {date}, {names} {verb} outside {whole_words}"
    country = str(named_share.country)
    if set(frame["unit_id"]) & _claimed_countries(country, date) and worldview != country:
        # a country the whole claims ("Western Sahara is about 40% of Morocco"): the
        # claimant's view counts it in
        return f"{where}; worldview {country!r} counts it as part of {whole_words}"
    if worldview == "un":
        # as recognised: another country's ground ("Akrotiri and Dhekelia ... of Cyprus")
        return f"{where}, so the figure is no share of it"
    return f"{where}; check it under the 'un' view"


def _verdict(
    fig: _Figure,
    *,
    worldview: str,
    date: _dt.date,
    layer: gpd.GeoDataFrame | None,
    strict: bool,
    missing: str | None = None,
) -> Verdict:
    """Compute the readings of one figure and decide; ``missing`` says why it cannot."""
    claim = fig.claim
    unit = _unit(claim)
    if unit != "%" and not math.isfinite(float(claim.value)):
        msg = f"The claim's value {claim.value!r} is not a number."
        raise InvalidInputError(msg)
    lo, hi = _interval(claim)
    per = KM2_PER_UNIT.get(unit, 1.0)
    if unit in AREA_UNITS:
        # an area in square miles or hectares is checked in km²
        lo, hi, unit = lo * per, hi * per, "km2"
    # (a range's middle, of bounds already in km²)
    target = float(claim.value) * per if getattr(claim, "high", None) is None else (lo + hi) / 2
    part_names = tuple(fig.part["name"]) if fig.part is not None else ()
    readings: list[_Reading] = []
    named_share = None
    ctx: dict[str, Any] = {}
    whole_row = None
    country = fig.whole_country or None  # a named area of several countries has none
    if country is None and fig.whole_name is None and fig.part is not None:
        # a figure about such an area (Kashmir) is measured within the area itself
        areas = [
            str(n)
            for u, n in zip(fig.part["unit_id"], fig.part["name"], strict=True)
            if str(u).startswith("area:")
        ]
        fig.whole_name = areas[0] if areas else None
    whole_words: str | None = None
    if missing is None and fig.unresolved and fig.part is None:
        # "SUMY, Ukraine — The region makes up about 4% of Ukraine": not the claims table's
        missing = f"the text does not say which place {fig.unresolved!r} is"
    if missing is None and fig.undrawn:
        # "The Shebaa Farms cover about 25 km²", "60% of Area C": a place the text names
        # for the figure, that the data draws no boundary for
        it = "it" if len(fig.undrawn) == 1 else "them"
        missing = f"geoclaims knows {_names(list(fig.undrawn))} but has no boundary for {it}"
        whole_words = fig.whole_name
    if missing is None and _HISTORIC_WHOLE.match(fig.text_after):
        # "about 22% of historic Palestine": the whole is an extent of another time, not
        # the country the data draws today
        whole_now = _HISTORIC_WHOLE.match(fig.text_after).group(1)
        missing = f"its whole, {whole_now!r}, is an extent geoclaims draws no boundary for"
    if missing is None and fig.hypothetical is not None and fig.verb in ("held", None):
        # "Had Russia taken Kyiv, it would have controlled about 60% of Ukraine", "a
        # ceasefire would leave Russia with about 20%": ground held in a world that is
        # not, or not yet, which no control map shows
        missing = (
            f"the held ground it states is hypothetical ({fig.hypothetical!r}), which no "
            "control map shows"
        )
    if missing is None and fig.negated is not None:
        # "Donetsk and Luhansk do not make up 9% of Ukraine": the text says the figure is
        # not so; what it denies is no claim a reading could hold or refute
        missing = f"the text denies the figure ({fig.negated!r}), which is no claim to check"
    if missing is None and fig.cover is not None:
        # "Deminers cleared more than 40,000 hectares of farmland in Kharkiv Oblast": the
        # farmland of a place, not the place
        missing = f"it measures {fig.cover!r}, which geoclaims has no boundary for"
    if missing is None and fig.guessed and fig.part is None and unit == "km2":
        # an area whose text names no place it is of: its country's claims are no reading
        # of it ("Tokyo says a new base covers about 300 km²" is not the disputed islands)
        missing = "the text does not say which place the area is of"
    if missing is not None:  # why the deciding data is missing
        pass
    elif fig.whole_name is not None:
        whole_row = _lookup_place(fig.whole_name, None, worldview, date)
        more = [_lookup_place(n, None, worldview, date) for n in fig.whole_more]
        if whole_row is not None and more and all(r is not None for r in more):
            # a whole named as a list: the places together
            rows = [whole_row, *more]
            whole_row = whole_row.copy()
            whole_row["geometry"] = shapely.union_all(
                [shapely.make_valid(r.geometry) for r in rows]
            )
            whole_row["name"] = _short([str(r["name"]) for r in rows])
        if whole_row is None:
            missing = f"geoclaims has no boundaries for {fig.whole_name}"
        else:
            if (
                layer is not None
                and fig.verb == "held"
                and fig.holders
                and not _layer_reaches(layer, whole_row)
                and _administered_readings(whole_row, fig.holders, worldview, date)
            ):
                # "Pakistan administers about a third of Kashmir" with a control map of
                # Ukraine: the map draws nothing there; the data's lines of control decide
                layer = None
            country = str(whole_row["country"]) if pd.notna(whole_row["country"]) else None
            readings = _area_readings(
                whole=whole_row,
                part=fig.part,
                worldview=worldview,
                date=date,
                layer=layer,
                compared=fig.compared,
            )
            if (
                fig.verb == "held"
                and layer is not None
                and country in fig.holder_codes
                and not _layer_holder_among(layer, fig.holder_codes)
            ):
                # "Ukraine still controls about 38% of the Donetsk region": the ground of
                # the region the control map does not show as held (not "Russian forces
                # control about 98% of Luhansk" under a view that makes Luhansk Russia's:
                # the map draws what Russia holds, in every view)
                readings = _not_held(readings, country_name(country))
            if (
                fig.verb == "held"
                and fig.holders
                and layer is None
                and (fig.part is None or _parts_of_holders(fig.part, fig.holders))
            ):
                # "Pakistan administers about a third of Kashmir": the data draws the
                # area by who administers each part (and so with the parts it includes
                # named: "..., including Gilgit-Baltistan and Azad Kashmir")
                readings += _administered_readings(whole_row, fig.holders, worldview, date)
        whole_words = fig.whole_name if whole_row is None else str(whole_row["name"])
    elif country is not None:
        country = resolve_country(country)
        if unit == "km2" and getattr(claim, "of", None) is None and fig.part is not None:
            # a place's own size is the same under every view: it is measured in the
            # country the view puts it in ("Crimea, about 27,000 km²" under 'RUS')
            country = _view_country(fig.part, worldview, date) or country
        whole_words = country_name(country)
        regions = fig.part if fig.part is not None else None
        own_size = (
            regions is None
            and unit == "km2"
            and fig.verb != "held"
            and getattr(claim, "of", None) is None
        )
        try:
            readings, named_share, ctx = _readings(
                regions=regions, country=country, worldview=worldview, date=date, layer=layer
            )
        except InvalidInputError:
            if not own_size:
                raise
            # "Kosovo covers 10,887 km²" under 'SRB', a view that gives the country no
            # ground of its own: its own size is still the same ground (below)
            readings, named_share, ctx = [], None, {}
        if regions is not None:
            readings = _claims_about_the_part(readings, ctx.get("waves") or [], regions)
        if not fig.since_invasion:
            # ground taken since 2022 is a reading only of a figure that counts from then
            readings = [r for r in readings if r.name != "held_since_2022"]
        if not fig.since_2014:
            # and ground held since 2014 only of one held since then
            readings = [r for r in readings if r.name != "held_since_2014"]
        if (
            fig.verb == "held"
            and layer is not None
            and (country in fig.holder_codes or country_name(country) in fig.holders)
            and not _layer_holder_among(layer, fig.holder_codes)
        ):
            # "Ukraine still controls about 84% of its territory": the country holds what the
            # control map does not show as held
            readings = _not_held(readings, country_name(country))
        if unit == "%":
            readings += _explanations(ctx, readings, country, worldview, date)
        elif regions is None and fig.verb != "held" and (
            getattr(claim, "of", None) is None or fig.sized_whole
        ):
            # an area that names no part may be the country's own size ("Ukraine covers
            # about 603,600 square kilometres"), or with the countries listed before it
            readings += _without_left_out(
                _country_readings(country, worldview, date, fig.countries_more),
                fig,
                country,
                worldview,
                date,
            )
        missing = _outside_view(named_share, whole_words, worldview, date)
        claimed = [r for r in readings if r.kind == "claim"]
        if (
            missing is None
            and regions is None
            and worldview != "un"
            and fig.verb != "held"
            and claimed
            and all(r.km2 < _OUTSIDE_KM2 for r in claimed)
        ):
            # "Russia annexed about 18% of Ukraine" under 'RUS': that view has taken every
            # claimed region out of Ukraine, so each reads 0%, which says nothing
            missing = (
                f"under worldview {worldview!r} on {date} every region claimed from "
                f"{whole_words} lies outside it; check it under the 'un' view"
            )
    else:
        missing = "the text does not say which country the figure is of"
        if strict and not fig.unrecognised:
            msg = (
                "check_claim() cannot tell which country the share is of: the claim has no "
                "'of' and no region is named. Pass regions=... or a claim with of='UKR'."
            )
            raise InvalidInputError(msg)
    if (
        missing is None
        and layer is not None
        and fig.verb == "held"
        and layer.attrs.get("format") == "deepstatemap"
        and fig.holder_codes
        and "RUS" not in fig.holder_codes
        and country not in fig.holder_codes
    ):
        # "Ukrainian troops hold about 1,000 km² of Russia's Kursk region": a DeepStateMap
        # snapshot draws the ground Russia holds, not what another country holds in it
        holders = _names([country_name(c) for c in fig.holder_codes])
        missing = (
            f"the control map (a DeepStateMap snapshot) draws the ground Russia holds, not "
            f"the ground {holders} holds in {whole_words or 'it'}"
        )
    # a share of a region or named area with no part named is held ground (below)
    if strict and missing is None and not readings and fig.whole_name is None:
        msg = (
            f"Nothing to check {_stated(claim, unit, whole_words)!r} against: no region is "
            f"named and no claim on {whole_words} is in force on {date}. Pass regions=..."
        )
        raise InvalidInputError(msg)

    if fig.left_out:
        # "Crimea without Sevastopol": not the peninsula, nor Crimea with earlier claims
        readings = [
            r for r in readings
            if r.group != "named_as_area" and not r.definition.startswith("with ")
        ]
    readings = _scoped(readings, ctx, fig)
    if fig.verb == "regained" and missing is None:
        # "its troops recaptured more than 12,000 km² in the Kharkiv region": ground that
        # changed hands between two dates, which no one snapshot nor a region in full is
        missing = (
            "ground retaken, liberated or gained over a period is a change between two "
            "dates, which one control map does not measure (compare two snapshots: "
            "geoclaims history)"
        )
    readings = _far_polygons(readings, unit)
    matches = [_matches(r, _value(r, unit), lo, hi) for r in readings]
    deciding = {
        "regained": set(),
        "held": {"held"},
        # regions in full: the named ones, else the claims table's
        "whole": {"whole"} if fig.part is not None else {"whole", "claim"},
    }.get(fig.verb or "", {"whole", "claim", "held"})
    pool = [
        r
        for r in readings
        if r.kind in deciding
        # "Luhansk is 9% of Ukraine": the regions in full are the named ones alone
        and not (fig.verb == "whole" and r.definition.startswith("with "))
    ]
    fits = {id(r) for r, ok in zip(readings, matches, strict=True) if ok}
    inside = [r for r in pool if id(r) in fits]
    if inside and lo <= 0:
        # "at most 10% of Ukraine": a bound on all the figure covers, so it is decided by
        # the largest deciding reading (all held ground, not the part held since 2014),
        # of the named places when the text names them
        named = [r for r in pool if r.group.startswith("named")]
        top = max(named if fig.part is not None and named else pool, key=lambda r: _value(r, unit))
        inside = [r for r in inside if r.group == top.group]
    best = min(inside, key=lambda r: abs(_value(r, unit) - target)) if inside else None
    administered = [r for r in readings if r.name.startswith("administered_")]
    near = any(
        lo <= _value(r, unit) * (1 + _ADMINISTERED_SLACK)
        and hi >= _value(r, unit) / (1 + _ADMINISTERED_SLACK)
        for r in administered
    )
    if best is None and missing is None and administered and near:
        # "India administers about 55% of Kashmir": the lines of control and the totals
        # published shares use differ from the data's, so a share the drawn parts do not
        # match is not refuted by them
        r = administered[-1]
        missing = (
            f"{r.short} is {_fmt(_value(r, unit), unit)} {r.definition} as the data draws "
            f"{whole_words}; published shares differ with the lines and totals they use"
        )
    full = [r for r in readings if r.kind in ("whole", "claim")]
    largest = max((_value(r, unit) for r in full), default=None)
    held_open = layer is None and not any(r.kind == "held" for r in readings) and (
        fig.verb == "held"
        or (fig.whole_name is not None and fig.verb != "whole")
        or (
            fig.verb != "whole"
            and bool(ctx.get("waves"))
            and largest is not None
            and lo <= largest + 1e-9
        )
    )
    stale = _stale_days(layer)
    if (
        stale is not None
        and missing is None
        and "held" in deciding
        and (best is None or best.kind == "held")
        and any(r.kind == "held" for r in readings)
    ):
        # Held ground moves: a control map far from the date cannot decide a figure.
        time = layer.attrs["snapshot"].get("time")
        when = f" ({pd.Timestamp(time):%Y-%m-%d})" if time is not None else ""
        # (never rounded down to the limit: "7.5 days ... within 7 days" would contradict)
        days = f"{stale:.0f}" if round(stale) > MAX_SNAPSHOT_DAYS else f"{stale:.1f}"
        missing = (
            f"the control map in force{when} is {days} days from {date}; a snapshot "
            f"within {MAX_SNAPSHOT_DAYS} days of it would settle it"
        )
        if layer.attrs.get("snapshot_date") is not None:
            # a layer of lines held since a date (a berm, a ceasefire line) is no snapshot
            missing += (
                " (a layer whose features hold from their date on can say so with a "
                "'valid_from' column instead of a snapshot date)"
            )
        best = None
    if (
        missing is None
        and layer is not None
        # (or held ground the only reading: "The Turkish-held north covers 36% of Cyprus")
        and ("held" in deciding or all(r.kind == "held" for r in readings))
        and (best is None or best.kind == "held")
        and any(r.kind == "held" for r in readings)
    ):
        # a layer that lies nowhere on the country (often lat/lon swapped) holds nothing
        # because it is misplaced, not because nothing is held
        if country:
            placement = layer_placement(layer, country, worldview=worldview, as_of=date)
        else:
            # a named area of several countries (Kashmir): the layer on the area itself
            on = whole_row is not None and bool(
                shapely.intersects(
                    shapely.union_all(list(layer.geometry)),
                    shapely.make_valid(whole_row.geometry),
                )
            )
            placement = "on" if on or whole_row is None else "off"
        if placement != "on":
            missing = f"the control layer lies nowhere on {whole_words}"
            if placement == "swapped":
                missing += " (its latitude and longitude look swapped)"
            elif (
                layer.attrs.get("format") == "deepstatemap"
                and country != "UKR"
                and "outside_ukraine" not in (layer.attrs.get("statuses") or ())
            ):
                # the map draws ground held outside Ukraine (Transnistria, Abkhazia) with
                # a status not counted by default
                missing += (
                    "; a DeepStateMap snapshot counts ground outside Ukraine only with "
                    "statuses='all' (--statuses all)"
                )
            best = None
    contested = layer.attrs.get("contested") if layer is not None else None
    if missing is None and best is None and contested is not None and "held" in deciding:
        # "about 20%" against 17.6% held and 0.9% the map marks as contested: counted in,
        # the grey ground would decide it, and the map leaves it undecided
        missing = _contested_decides(
            contested, readings, unit, (lo, hi), whole_row, country, worldview, date
        )
    # the bound a part the text names only in part gives: its regions in full (not every
    # claim on the country: "the rest of Donetsk" is bounded by Donetsk)
    named_full = [
        _value(r, unit)
        for r in readings
        if r.group == "named" and not r.definition.startswith("with")
    ]
    bound_value = max(named_full) if named_full else largest
    if (
        missing is None
        and best is None
        and fig.partial
        and fig.verb != "held"
        and bound_value is not None
        and lo <= bound_value * (1 + POLYGON_TOLERANCE) + 1e-9
    ):
        # "Cyrenaica and most of Fezzan ... about two thirds of Libya": the regions in full
        # are only an upper bound, and the figure lies under it
        said = ", ".join(f"'{w} {n}'" for n, w in fig.partial)
        bound = _fmt(bound_value, unit)
        missing = f"the text names {said}, a part: the regions in full ({bound}) are only a bound"
    coarse = [r for r in pool if r.kind != "explain"]
    if (
        missing is None
        and best is None
        and unit == "km2"
        and coarse
        and all(
            r.kind == "whole" and r.definition == "on polygons" and r.km2 < SMALL_PLACE_KM2
            for r in coarse
        )
    ):
        # "Tuvalu covers about 26 km²" with no official area: a 1:10m polygon of a place
        # this small can be off by half its area (Monaco's is 17 km² for 2.08)
        r = coarse[0]
        missing = (
            f"{r.short} is drawn by a 1:10m polygon of {r.km2:,.1f} km², too coarse for a "
            "place this small, and geoclaims has no official area for it"
        )
    explained = any(
        r.kind == "explain" and ok for r, ok in zip(readings, matches, strict=True)
    )
    if missing is None and best is None and coarse and unit in ("km2", "%") and not explained:
        # (a figure a known mistake explains, such as Web Mercator's, is refuted anyway)
        missing = _polygon_only(coarse, unit, lo, hi)
    too_big = _beyond_whole(fig, unit, lo, whole_row, country, worldview, date, missing)
    if too_big is not None:
        # "Russia controls 250% of Ukraine", "10,000,000 km² of Ukraine": no part is more
        # than its whole, whatever a control map shows
        holds: bool | None = False
    elif fig.unrecognised or missing is not None:
        holds = None
    elif best is not None:
        holds = True
    elif held_open or not readings:
        holds = None
    else:
        holds = False
    explained = [r for r, ok in zip(readings, matches, strict=True) if ok and r.kind == "explain"]
    stated = _stated(claim, unit, whole_words)
    if too_big is not None:
        summary = f"Does not hold: '{stated}' is more than the whole{too_big}."
        text = (
            f"'{stated}' does not hold: a part is never more than its whole{too_big}, "
            "whatever a control map shows."
        )
    else:
        text = _words(
            stated=stated,
            unit=unit,
            interval=(lo, hi),
            verb=fig.verb,
            readings=readings,
            matches=matches,
            best=best,
            holds=holds,
            whole=whole_words,
            worldview=worldview,
            date=date,
            fig=fig,
            missing=missing,
            held_open=held_open,
            explained=explained,
            kinds=deciding,
        )
        summary = _summary(
            stated=stated,
            unit=unit,
            interval=(lo, hi),
            kinds=deciding,
            readings=readings,
            best=best,
            holds=holds,
            date=date,
            fig=fig,
            missing=missing,
            held_open=held_open,
            explained=explained,
        )
    frame = pd.DataFrame(
        {
            "reading": [r.name for r in readings],
            "description": [r.description for r in readings],
            "pct": [r.pct for r in readings],
            "km2": [r.km2 for r in readings],
            "matches": matches,
            "kind": [r.kind for r in readings],
            "group": [r.group for r in readings],
            "definition": [r.definition for r in readings],
        }
    )
    logger.debug("check %r: %d readings, best %s, holds %s", claim, len(readings), best, holds)
    return Verdict(
        claim=claim,
        interval=(lo, hi),
        unit=unit,
        best=None if best is None else best.name,
        holds=holds,
        text=text,
        country=country,
        worldview=worldview,
        as_of=date,
        readings=frame,
        share=named_share,
        summary=summary,
        unrecognised=fig.unrecognised,
        undrawn=fig.undrawn,
        regions=part_names,
        whole=whole_words,
        verb=fig.verb,
        snapshot=None if layer is None else layer.attrs.get("snapshot"),
    )


#: How far (relative) a country's own published area may lie from its polygons' when
#: geoclaims has no official figure for it (Moldova: 33,846 km² published, 33,200 drawn).
_COUNTRY_SLACK = 0.05


def _view_owners(part: pd.DataFrame, worldview: str, date: _dt.date) -> list[str | None]:
    """The country the view gives each of a part's rows; all None under the 'un' view.

    A named area's is its units' one country; None where the view gives none or several.
    """
    from geoclaims.worldviews import sovereign

    if worldview == "un":
        return [None] * len(part)
    owner = _memoised(("sovereign", worldview, date), lambda: sovereign(worldview, date))
    areas = _area_table()
    out = []
    for u in map(str, part["unit_id"]):
        found = {owner.get(v) for v in (areas.at[u, "unit_ids"] if u in areas.index else [u])}
        out.append(found.pop() if len(found) == 1 else None)
    return out


def _view_country(part: pd.DataFrame, worldview: str, date: _dt.date) -> str | None:
    """The one country the view puts all of a part's units in, else None."""
    found = set(_view_owners(part, worldview, date))
    return found.pop() if len(found) == 1 and None not in found else None


def _without_left_out(
    readings: list[_Reading], fig: _Figure, country: str, worldview: str, date: _dt.date
) -> list[_Reading]:
    """A country's own size without the places its sentence leaves out, in place of it.

    "Ukraine without Crimea and Sevastopol covers about 576,600 km²": the country's area
    less theirs, on polygons and on official areas (when every place left out has one).
    """
    if not readings or not fig.left_out_ids or fig.countries_more:
        return readings
    from geoclaims.areas import area_share

    try:
        left = area_share(list(fig.left_out_ids), of=country, worldview=worldview, as_of=date)
    except GeoclaimsError:
        return readings
    names = _names(fig.left_out) if fig.left_out else "the places left out"
    out = []
    for r in readings:
        cut = left.official_km2 if r.name == "country_official" else left.total
        if cut is None or cut >= r.km2:
            continue
        out.append(
            replace(
                r,
                description=r.description.replace(" in full", f" without {names}", 1),
                short=f"{r.short} without {names}",
                km2=r.km2 - cut,
                pct=100.0 * (r.km2 - cut) / r.km2,
            )
        )
    return out or readings


def _country_readings(
    country: str, worldview: str, date: _dt.date, more: Sequence[str] = ()
) -> list[_Reading]:
    """The country in full: its geodesic area under the view, and its official area.

    With ``more`` (alpha-3 codes of countries listed with it), the countries together:
    the sum of their areas (countries do not overlap), official only when every one has
    an official area.
    """
    from geoclaims.areas import _country, _official_country_km2

    km2 = 0.0
    official: float | None = 0.0
    codes = list(dict.fromkeys([*(resolve_country(c) for c in more), country]))
    for code in codes:
        try:
            _geom, one_km2, unit_ids = _country(code, worldview, date)
        except InvalidInputError:
            # the view gives the country no ground of its own ("Kosovo covers 10,887 km²"
            # under 'SRB'): its own size is the same ground, as the 'un' view draws it
            try:
                _geom, one_km2, unit_ids = _country(code, "un", date)
            except InvalidInputError:
                return []
        km2 += one_km2
        one_official = _official_country_km2(code, unit_ids)
        official = None if official is None or one_official is None else official + one_official
    name = " + ".join(country_name(c) for c in codes)
    # Without an official figure the polygons are all there is, and a country's published
    # total counts inland water and coastline its polygons may not: they are read loosely.
    slack = None if official is not None else _COUNTRY_SLACK
    out = [_Reading("country", f"{name} in full", 100.0, km2, short=name, slack=slack)]
    if official is not None:
        out.append(
            _Reading(
                "country_official",
                f"{name} in full, on official areas",
                100.0,
                official,
                group="country",
                definition="on official areas",
                short=name,
                # national totals differ a little by source (Moldova: 33,846 or 33,851 km²)
                slack=_OFFICIAL_COUNTRY_SLACK,
            )
        )
    if worldview != "un" and not more:
        # "Western Sahara covers about 266,000 km²" under 'defacto', which leaves it the
        # Free Zone alone: the territory's own size is also the one 'un' draws
        try:
            _geom, un_km2, un_ids = _country(country, "un", date)
        except InvalidInputError:
            return out
        if abs(un_km2 - km2) > 0.01 * un_km2:
            out.append(
                _Reading(
                    "country_un",
                    f"{name} in full, as the 'un' view draws it",
                    100.0,
                    un_km2,
                    group="country_un",
                    definition="as the 'un' view draws it",
                    short=name,
                    slack=_COUNTRY_SLACK,
                )
            )
            un_official = _official_country_km2(country, un_ids)
            if un_official is not None:
                out.append(
                    _Reading(
                        "country_un_official",
                        f"{name} in full, as the 'un' view draws it, on official areas",
                        100.0,
                        un_official,
                        group="country_un",
                        definition="'un' view, on official areas",
                        short=name,
                        slack=_OFFICIAL_COUNTRY_SLACK,
                    )
                )
    return out


#: How far a country's or a place's published area may differ from the official figure by
#: source.
_OFFICIAL_COUNTRY_SLACK = 0.002


def _beyond_whole(
    fig: _Figure,
    unit: str,
    lo: float,
    whole_row: Any,
    country: str | None,
    worldview: str,
    date: _dt.date,
    missing: str | None,
) -> str | None:
    """Words saying why a figure is more than its whole, or None when it is not.

    A share above 100% never holds; nor does an area larger than the whole the text says
    it is of (its geodesic area under the worldview on the date, with the polygons'
    tolerance): "10,000,000 km² of Ukraine". An area whose whole the text only implies is
    not judged so.
    """
    from geoclaims.areas import _country, _official_country_km2, geodesic_area

    if fig.unrecognised:
        return None
    if unit == "%":
        return "; no share exceeds 100%" if lo > 100 else None
    if (
        fig.guessed
        or fig.undrawn
        or getattr(fig.claim, "of", None) is None  # a place's own size: "Moldova covers ..."
        or (missing is not None and whole_row is None)
    ):
        return None
    whole_km2: float | None = None
    name = None
    if whole_row is not None:
        whole_km2 = float(geodesic_area(shapely.make_valid(whole_row.geometry)))
        # (its official area when larger: Kherson Oblast's polygon leaves out the
        # reservoir and lagoons its official 28,461 km² counts)
        whole_km2 = max(whole_km2, _official_lookup().get(str(whole_row.get("unit_id")), 0.0))
        name = str(whole_row["name"])
    elif fig.whole_country is not None and country is not None:
        try:
            _geom, whole_km2, unit_ids = _country(country, worldview, date)
        except InvalidInputError:  # the view gives the country no ground of its own
            return None
        whole_km2 = max(whole_km2, _official_country_km2(country, unit_ids) or 0.0)
        name = country_name(country)
    if not whole_km2 or lo <= whole_km2 * (1 + POLYGON_TOLERANCE):
        return None
    return f" ({name}: {_fmt(whole_km2, 'km2')} under the {worldview!r} view on {date})"


def _held_in_table(country: str | None, date: _dt.date) -> list[str]:
    """The places the claims table records as held de facto in ``country`` on ``date``.

    By name (Northern Cyprus in Cyprus, Abkhazia in Georgia); none for Ukraine, whose held
    ground a control map gives.
    """
    if not country or country == "UKR":
        return []

    def compute() -> list[str]:
        rows = claims_in_force(date, kinds=("held",))
        out = []
        for unit, name in zip(rows["unit_id"], rows["name"], strict=True):
            row = _lookup_place(str(unit), None, "un", date)
            if row is not None and str(row.get("country")) == country:
                out.append(str(name))
        return list(dict.fromkeys(out))

    return _memoised(("held_in_table", country, date), compute)


def _group_sentences(readings: list[_Reading], unit: str, whole: str | None) -> list[str]:
    """One sentence per group of readings (those differing only by a definition)."""
    groups: dict[str, list[_Reading]] = {}
    for r in readings:
        if r.kind != "explain":
            groups.setdefault(r.group, []).append(r)
    out = []
    of = f" of {whole}" if unit == "%" and whole else ""
    seen: set[tuple[float, float]] = set()
    for members in groups.values():
        head = members[0]
        key = (round(float(head.pct), 6), round(float(head.km2), 3))
        if key in seen:  # the same regions under another name: say it once
            continue
        seen.add(key)
        value = _fmt(_value(head, unit), unit)
        km2 = f" ({head.km2:,.0f} km²)" if unit == "%" and not pd.isna(head.km2) else ""
        others = [f"{_fmt(_value(r, unit), unit)} {r.definition}" for r in members[1:]]
        tail = f"; {'; '.join(others)}" if others else ""
        out.append(f"{_sentence(head.description)}: {value}{of}{km2}{tail}.")
    return out


def _which(best: _Reading, readings: list[_Reading]) -> str:
    """Which definition of the best reading's group matches, in words."""
    peers = [r for r in readings if r.group == best.group and r.kind != "explain"]
    if len(peers) <= 1 or best.definition in best.short:
        return ""  # "held ground outside Crimea" says its definition already
    return f" ({best.definition})"


def _words(
    *,
    stated: str,
    unit: str,
    interval: tuple[float, float],
    verb: str | None,
    readings: list[_Reading],
    matches: list[bool],
    best: _Reading | None,
    holds: bool | None,
    whole: str | None,
    worldview: str,
    date: _dt.date,
    fig: _Figure,
    missing: str | None,
    held_open: bool,
    explained: list[_Reading],
    kinds: set[str],
) -> str:
    lo, hi = interval
    verb_words = f"; {_VERB_WORDS[verb]}" if verb in _VERB_WORDS else ""
    parts = [
        f"The stated figure, {stated}, is read as {_fmt(lo, unit)} to {_fmt(hi, unit)}"
        f"{verb_words} ({worldview!r} view on {date})."
    ]
    parts += _group_sentences(readings, unit, whole)
    for r in explained:
        parts.append(
            f"{_sentence(r.short.split(' on ')[0].split(' against ')[0])} would be "
            f"{_fmt(r.pct, '%')} {r.definition}: that may be how the figure was made, but "
            "it is not a reading that makes it right."
        )
    if fig.unrecognised:
        parts.append(
            f"Cannot tell: the sentence names {_names([repr(n) for n in fig.unrecognised])}, "
            "which geoclaims does not recognise as a place."
        )
    elif missing is not None:
        parts.append(f"Cannot tell: {missing.rstrip('.')}.")
    elif best is not None:
        head = next(r for r in readings if r.group == best.group)
        if best.definition and best.definition in best.short:
            # ("held ground outside Crimea": a reading its short name defines, not its
            # group's first, all held ground)
            head = best
        value = _value(best, unit)
        where = (
            "falls inside the interval"
            if lo - 1e-9 <= value <= hi + 1e-9
            else f"is within {POLYGON_TOLERANCE if best.slack is None else best.slack:.0%} "
            "of it, the accuracy of the boundary polygons"
        )
        parts.append(
            f"The figure holds as {head.description}{_which(best, readings)}: "
            f"{_fmt(value, unit)} {where}."
        )
    elif holds is None and held_open:
        whole_hits = [
            r
            for r, ok in zip(readings, matches, strict=True)
            if ok and r.kind in ("whole", "claim")
        ]
        if whole_hits:
            hit = whole_hits[0]
            lead = (
                f"{hit.short[:1].upper()}{hit.short[1:]} in full ({_fmt(_value(hit, unit), unit)}) "
                "falls inside the interval, but the verb makes the figure held ground, "
            )
        elif any(r.kind in ("whole", "claim") for r in readings):
            lead = "No reading of whole regions falls inside the interval. The figure can only be "
            lead += "held ground, "
        else:
            lead = "The figure is held ground, "
        parts.append(
            f"{lead}which needs a control layer for {date} to check (pass within= a layer "
            "or snapshots of the ground held)."
        )
        held = _held_in_table(fig.whole_country, date)
        if held:
            # no control map covers most disputes: the claims table's de facto holdings
            # are a layer a caller can pass (whole places, so an upper bound of sorts)
            names = _names(held)
            parts.append(
                f"The claims table records {names} as held de facto on {date}: "
                f"within=geoclaims.lookup({held!r}) checks the figure against "
                f"{'it' if len(held) == 1 else 'them'} in full, as the boundaries draw "
                f"{'it' if len(held) == 1 else 'them'}: administrative units, which need not "
                "follow the line of control, so only an approximation of the ground held."
            )
    elif holds is None:
        parts.append("Cannot tell: there is no reading to check it against.")
    else:
        # the readings the summary quotes: those of the kinds that decide, where there are
        deciding = _heads(readings, kinds) or [r for r in readings if r.kind != "explain"]
        closest = min(
            deciding,
            key=lambda r: min(abs(_value(r, unit) - lo), abs(_value(r, unit) - hi)),
        )
        side = "below" if _value(closest, unit) < lo else "above"
        every = [r for r in readings if r.kind != "explain"]
        how = ""
        if all(_value(r, unit) < lo for r in every):
            how = " The figure overstates every reading."
        elif all(_value(r, unit) > hi for r in every):
            how = " The figure understates every reading."
        parts.append(
            f"The figure does not hold: the closest reading, {closest.description}, is "
            f"{_fmt_apart(_value(closest, unit), (lo, hi), unit)}, {side} the interval.{how}"
        )
    return " ".join(parts)


def _heads(readings: list[_Reading], kinds: set[str]) -> list[_Reading]:
    """One reading per group of the deciding kinds; none "with" earlier claims.

    Each group by its official-area figure where there is one (the figure a reader can
    look up), else its polygons.
    """
    heads: dict[str, _Reading] = {}
    for r in readings:
        if r.kind not in kinds or r.kind == "explain" or r.definition.startswith("with"):
            continue
        if r.group not in heads or r.definition.startswith(
            ("on official area", "on its official area")
        ):
            heads[r.group] = r
    return list(heads.values())


def _around(
    readings: list[_Reading], unit: str, interval: tuple[float, float], kinds: set[str]
) -> str:
    """The readings nearest below and above the interval, in short words.

    Each group is shown once, by its official-area figure where there is one (the figure
    a reader can look up), else its polygons.
    """
    lo, hi = interval
    heads = _heads(readings, kinds)
    below = [r for r in heads if _value(r, unit) < lo]
    above = [r for r in heads if _value(r, unit) > hi]
    shown = []
    if below:
        shown.append(max(below, key=lambda r: _value(r, unit)))
    if above:
        shown.append(min(above, key=lambda r: _value(r, unit)))
    return ", ".join(f"{r.short} {_fmt_apart(_value(r, unit), interval, unit)}" for r in shown)


def _summary(
    *,
    stated: str,
    unit: str,
    interval: tuple[float, float],
    kinds: set[str],
    readings: list[_Reading],
    best: _Reading | None,
    holds: bool | None,
    date: _dt.date,
    fig: _Figure,
    missing: str | None,
    held_open: bool,
    explained: list[_Reading],
) -> str:
    """One sentence of at most about 200 characters."""
    listed = _around(readings, unit, interval, kinds)
    plain = next(
        (r for r in _heads(readings, kinds) if r.group == "held_all" and r.kind == "held"),
        None,
    )
    if plain is not None and fig.part is None:
        # "Russia controls about 1% of Ukraine" with a control map: all held ground is
        # the plain reading, shown first whatever else lies near the figure
        said = f"{plain.short} {_fmt_apart(_value(plain, unit), interval, unit)}"
        if said not in listed:
            listed = f"{said}, {listed}" if listed else said
    options: list[str]
    if fig.unrecognised:
        names = _names([repr(n) for n in fig.unrecognised])
        verb = "is" if len(fig.unrecognised) == 1 else "are"
        options = [f"Cannot tell: '{stated}' comes with {names}, which {verb} not a known place."]
    elif missing is not None:
        options = [f"Cannot tell: '{stated}': {missing.rstrip('.')}."]
    elif best is not None:
        options = [
            f"Holds: '{stated}' matches {best.short}{_which(best, readings)}, "
            f"{_fmt(_value(best, unit), unit)}.",
        ]
    elif holds is None and held_open and listed:
        options = [
            f"Cannot tell: '{stated}' matches no whole-region reading ({listed}); it can only "
            f"be held ground, which needs a control map for {date}.",
            f"Cannot tell: '{stated}' matches no whole-region reading; it can only be "
            f"held ground, which needs a control map for {date}.",
        ]
    elif holds is None and held_open and fig.old_year is not None:
        # "Mexico lost about 55% of its territory ... in 1848": not today's held ground
        options = [
            f"Cannot tell: '{stated}' is of {fig.old_year}: geoclaims has no boundaries nor "
            "control maps of that time."
        ]
    elif holds is None and held_open:
        options = [f"Cannot tell: '{stated}' is held ground, which needs a control map for {date}."]
    elif holds is None:
        options = [f"Cannot tell: there is no reading to check '{stated}' against."]
    else:
        how = ""
        if explained:
            # say what would match, and how: "the 4 annexed regions in full would match only
            # against a total of 595,000 km² ..." (a held figure is not rescued by it)
            r = explained[0]
            base = r.short.split(" on ")[0].split(" against ")[0]
            base = "t" + base[1:] if base.startswith("The ") else base
            full = "" if "in full" in base else " in full"
            lo, hi = interval
            stem = re.sub(r"_(?:total_\d+|web_mercator|planar_degrees)$", "", r.name)
            itself = [
                q
                for q in readings
                if q.kind != "explain"
                and (q.name == stem or q.group == stem)
                and _matches(q, _value(q, unit), lo, hi)
            ]
            if itself:
                # the regions in full match on the true total too: they are no reading the
                # figure's verb allows ("controls": held ground), not a wrong total's
                how = (
                    f"; {base}{full} would match ({_fmt(_value(itself[0], unit), unit)}), "
                    "but the figure is not of the regions in full"
                )
            else:
                how = f"; {base}{full} would match only {r.definition}"
        options = (
            [
                f"Does not hold: '{stated}' against {listed}{how}.",
                f"Does not hold: '{stated}' against {listed}.",
            ]
            if listed
            else []
        )
        options += [
            f"Does not hold: no reading of '{stated}' falls inside its interval.",
        ]
    for option in options:
        if len(option) <= _SUMMARY_CHARS:
            return option
    return _fit(options[-1])


def _fit(line: str) -> str:
    """A summary line cut to :data:`_SUMMARY_CHARS`.

    Its asides in brackets go first, then its last clauses after a semicolon, and only
    then words (the line then ends in "…").
    """
    # (past the quoted figure, whose own brackets stay)
    quoted = max(line.find("': "), 0)
    short = line[:quoted] + _ASIDE.sub("", line[quoted:])
    if len(short) <= _SUMMARY_CHARS:
        return short
    cut = short.rfind("; ", 0, _SUMMARY_CHARS)
    if cut > _SUMMARY_CHARS // 2:
        return short[:cut] + "."
    cut = short.rfind(" ", 0, _SUMMARY_CHARS - 1)
    return short[: cut if cut > 0 else _SUMMARY_CHARS - 1].rstrip(" ,;:") + "…"


# An aside in brackets inside a summary line.
_ASIDE = re.compile(r" \([^()]{20,}\)")


def _mentions_frame(text: str) -> pd.DataFrame:
    from geoclaims.text import find_regions

    return find_regions(text)


@functools.cache
def _known_ids() -> frozenset[str]:
    """The ids of every embedded unit, named area and country."""
    from geoclaims import boundaries

    return frozenset(boundaries._unit_index()) | frozenset(
        boundaries._area_table().index
    ) | frozenset(boundaries._country_table()["country"])


def _known_id(unit_id: object) -> bool:
    """Whether an id names an embedded unit, named area or country (not a user's polygon)."""
    return isinstance(unit_id, str) and unit_id in _known_ids()


def _given_regions(regions: Any, worldview: str, date: _dt.date) -> pd.DataFrame | None:
    """The part given as ``regions=``: names, a lookup/find_regions frame, or None."""
    if regions is None:
        return None
    if isinstance(regions, gpd.GeoDataFrame) and not (
        "unit_id" in regions.columns and regions["unit_id"].map(_known_id).all()
    ):
        # The caller's own polygons: they travel with their geometry (area_share
        # measures them as they are), under ids of their own.
        own = regions if regions.crs is not None else regions.set_crs(4326)
        own = own.to_crs(4326)
        ids = (
            own["unit_id"].astype(str).tolist()
            if "unit_id" in own.columns
            else [f"polygon-{i}" for i in range(len(own))]
        )
        names = own["name"].astype(str).tolist() if "name" in own.columns else ids
        country = own["country"] if "country" in own.columns else [None] * len(own)
        part = gpd.GeoDataFrame(
            {"unit_id": ids, "name": names, "country": list(country), "kind": "region"},
            geometry=list(own.geometry.values),
            crs=4326,
        )
        return part if len(part) else None
    if isinstance(regions, pd.DataFrame):
        frame = regions
        if "kind" in frame.columns:
            # a capital standing for its government (kind "metonym") is never measured
            frame = frame[~frame["kind"].isin(("country", "metonym"))]
        if "unit_id" in frame.columns:
            frame = _without_undrawn(frame[frame["unit_id"].notna()])
        if len(frame) == 0:
            return None
        if "name" not in frame.columns or "country" not in frame.columns:
            frame = lookup(list(frame["unit_id"]), worldview=worldview, as_of=date)
        return _rows([row for _, row in frame.iterrows()])
    names = [regions] if isinstance(regions, str) else list(regions)
    if not names:
        return None
    found = lookup(names, worldview=worldview, as_of=date)
    return _rows([row for _, row in found.iterrows()])


@typed_errors
@_one_memo
def check_claims(
    text: str,
    *,
    within: Any = None,
    as_of: Any = None,
    worldview: str = "un",
    regions: Any = None,
    claims: Sequence[Any] | None = None,
) -> list[Verdict]:
    """Check every territorial figure of a text, each against its own regions.

    Parameters
    ----------
    text : str
        The text (an article, a paragraph or one sentence).
    within : GeoDataFrame, path, URL, folder, glob or list of snapshots, optional
        Control data: anything :func:`geoclaims.layers.held_layer` takes. The snapshot
        in force on the date is used, and the verdicts name its time and file.
    as_of : date or ISO string, optional
        The date of the claims, the worldview and the control data; when None, the
        article's dateline, else today (:func:`article_as_of`). With ``within``, a figure
        whose own clause states one date ("about 18% on 1 October 2024", "the 22% it held
        in March 2022", a month read as its 15th) is checked on that date, against the
        snapshot in force then; with no snapshot that early it cannot be told. A date
        before the control data's first snapshot is warned of (``GeoclaimsWarning``):
        its held-ground figures cannot be told, the others are checked.
    worldview : str, default "un"
        The worldview the countries and regions are drawn under.
    regions : names or frame, optional
        The part of every figure, instead of the regions its text names.
    claims : sequence of Claim, optional
        The figures, instead of those :func:`geoclaims.find_claims` finds (their
        ``start``/``end`` must point into ``text``). A claim's ``of``, when set, is its
        whole, whatever the text around it says.

    Returns
    -------
    list of Verdict
        One per share or area figure, in the order of the text; empty if it states none.

    Raises
    ------
    InvalidInputError
        If ``text`` is not a str, or a claim's unit or qualifier is unknown, or a claim
        passed in points outside the text (one whose ``of`` is no place geoclaims knows
        cannot be told).
    UnknownWorldviewError, LayerError
        From the worldview or the control data.

    Notes
    -----
    How a figure is read (each rule is tested in tests/test_check.py and scored on
    tests/data/verdict_rules.jsonl):

    ============  ==============================================================
    rule          reading
    ============  ==============================================================
    the whole     "X% of <country>" → the country; "X% of <region or named
                  area>" (West Bank, Western Sahara, Kashmir, Golan Heights) →
                  that region; "of its territory", "of the country" → the
                  subject, the country the figure's ``of`` names
    the part      the regions of the figure's clause (a sentence with several
                  figures is cut at the first ",", ";", "while", "but" or "and"
                  after each), else of its sentence, else of the sentence before
    the holder    a place just before a hold or claim verb ("Israel holds",
                  "Moscow seized") is the holder: never the whole, never the part
    the verb      control, hold, occupy, seize, capture, administer → held
                  ground (decided by the control data alone; of an area drawn by
                  administrator, such as Kashmir, the part the holder
                  administers); retake, recapture, liberate → ground regained, a
                  change between two dates: cannot tell; annex, claim,
                  recognise → the dated claims table (and the held ground, which
                  is what gets annexed); make up, cover, account for, is, are →
                  the regions in full; no verb → every reading
    definitions   readings that differ only by a definition (polygons or
                  official areas; with or without the regions claimed earlier,
                  such as Crimea and Sevastopol) are one group, and the verdict
                  says which definition matches
    explanations  the same part on Web Mercator (EPSG:3857), on planar degrees,
                  or against a rounded or outdated total (595,000 km² for
                  Ukraine): shown when they match, as how the figure may have
                  been made, never as "holds"
    cannot tell   the deciding reading is held ground and no control data is
                  given (for annex/claim or no verb: when no whole-region
                  reading matches and the figure is not above them all); the
                  whole has no boundaries; the country cannot be told; or a
                  place-like name in the sentence is not recognised
    place-like    a capitalised name that is an item of a list (", ", "and",
                  "or") with a recognised place, or that a place noun introduces
                  or follows ("the two provinces, A and B", "the province of
                  A", "the A region"); recognised when :func:`geoclaims.lookup`
                  knows it, else listed in ``Verdict.unrecognised``
    ============  ==============================================================

    Examples
    --------
    >>> text = ("Bavaria makes up about 20% of Germany's area, while Saxony is "
    ...         "about 5% of the country.")
    >>> [(v.regions, v.status) for v in check_claims(text, as_of="2024-01-01")]
    [(('Bavaria',), 'holds'), (('Saxony',), 'holds')]
    >>> v = check_claims("Russian forces control about a fifth of Ukraine.",
    ...                  as_of="2023-01-01")[0]
    >>> v.status, v.whole
    ('cannot tell', 'Ukraine')
    """
    if not isinstance(text, str):
        msg = f"check_claims() needs the text as str; got {type(text).__name__} {text!r:.80}."
        raise InvalidTypeError(msg)
    # one spelling of the view in every verdict ("rus" is 'RUS', "UN" is 'un')
    worldview = worldview_arg(worldview)
    date, _source = article_as_of(text, as_of)
    found = list(claims) if claims is not None else _claims_from_text(text)
    found = [_check_claim_object(c) for c in found]
    if not found:
        return []
    given_wholes = (
        {id(c): _given_whole(c, text, worldview, date) for c in found}
        if claims is not None
        else {}
    )
    try:
        layers = {date: _held(within, date)}
    except NoSnapshotError as exc:
        # the date lies before the first snapshot: its held figures cannot be told, and
        # the others (whole regions, figures dated in their own clauses) still can
        if as_of is not None:
            # (the date asked for: said as a warning, each held figure says it again)
            warn_at_caller(
                f"{str(exc).rstrip('.')}; held-ground figures on {date} cannot be told, the "
                "others are checked",
                GeoclaimsWarning,
            )
        layers = {date: None}
    undated = _undated_note(layers[date], date, warn=as_of is None)
    out = []
    # An article often states the same figure about the same regions several times: the
    # verdict is decided once and each repeat gets its own copy with its own claim.
    decided: dict[tuple, Verdict] = {}
    undated_for: dict[_dt.date, str] = {}  # why a figure's own date has no layer
    article_day = date
    for fig in _text_figures(text, found, regions, worldview, article_day):
        whole = given_wholes.get(id(fig.claim))
        if whole is not None:
            # the claim's own "of" is the whole, whatever the text around it says
            fig.whole_country, fig.whole_name = whole
        # a figure whose clause states its own date is checked on that date, the article's
        # date given or read ("about 13% on 4 April 2022, and about 18% on 1 October 2024",
        # "That is less than the roughly 22% it held in March 2022")
        date = article_day
        if fig.stated_date is not None and within is not None:
            date = fig.stated_date
            if date not in layers:
                try:
                    layers[date] = _held(within, date)
                except NoSnapshotError:
                    # no snapshot that early: held ground then is not known, and the
                    # article's map says nothing of it
                    layers[date] = None
                if (
                    layers[date] is not None
                    and not _dated_layer(layers[date])
                    and abs((date - article_day).days) > _UNDATED_LAYER_DAYS
                ):
                    # "Before 2022, Russia held about 7%" against a layer with no date,
                    # given for the day checked on: it shows that day, not the figure's
                    layers[date] = None
                    undated_for[date] = (
                        f"the control layer carries no date and is taken for {article_day}, "
                        f"not for {date}, the figure's own time"
                    )
        layer = layers[date]
        key = _verdict_key(fig, worldview, date, layer)
        if key is not None and key in decided:
            out.append(_copy_verdict(decided[key], fig.claim))
            continue
        try:
            no_map = (
                undated_for.get(date)
                or f"the control map has no snapshot in force on {date}, only later ones"
                if layer is None and within is not None and fig.verb == "held"
                else None
            )
            verdict = _verdict(
                fig, worldview=worldview, date=date, layer=layer, strict=False, missing=no_map
            )
            verdict = _compared_sizes(fig, verdict)
            verdict = _claimants_view(fig, verdict, worldview, date, layer)
            verdict = _outside_in_every_view(fig, verdict, worldview, date, layer)
            verdict = _held_under_other_view(fig, verdict, worldview, date, layer)
            verdict = _drawn_as_part(fig, verdict, worldview, date, layer)
            verdict = _named_as_wider(text, fig, verdict, worldview, date, layer)
            if undated and layer is not None and verdict.verb in ("held", None):
                verdict = dataclasses.replace(verdict, text=f"{undated} {verdict.text}")
            out.append(verdict)
            if key is not None:
                decided[key] = verdict
        except (
            UnknownRegionError,
            UnknownCountryError,
            AmbiguousRegionError,
            InvalidInputError,  # e.g. a whole that is no country under the worldview
        ) as exc:
            # a place the figure's text names that the data cannot resolve: this
            # figure cannot be told, the others still can
            logger.info("cannot check %r: %s", getattr(fig.claim, "surface", fig.claim), exc)
            fig.part, fig.whole_country, fig.whole_name = None, None, None
            out.append(
                _verdict(
                    fig,
                    worldview=worldview,
                    date=date,
                    layer=layer,
                    strict=False,
                    missing=textwrap.shorten(str(exc), 300, placeholder="…"),
                )
            )
    if _source == "today":
        out = [_dated_today(v, article_day) for v in out]
    return out


def _dated_today(verdict: Verdict, today: _dt.date) -> Verdict:
    """A verdict that names today's date as the date checked, saying it is today's.

    "needs a control map for 2026-12-07" reads as the article's date; the article gave
    none ("KYIV, Oct 1 (Reuters) -" has no year), so it says so.
    """
    day = today.isoformat()
    if day not in verdict.summary and day not in verdict.text:
        return verdict
    said = f"{day} (today: the article gives no date; pass as_of= or --as-of)"
    return dataclasses.replace(
        verdict,
        summary=verdict.summary.replace(day, said, 1),
        text=verdict.text.replace(day, said, 1),
    )


def _claimant_verdict(
    fig: _Figure, country: str, date: _dt.date, layer: gpd.GeoDataFrame | None
) -> Verdict | None:
    """The figure's verdict under the whole's own worldview, else None when it cannot be had."""
    try:
        return _verdict(fig, worldview=country, date=date, layer=layer, strict=False)
    except (UnknownRegionError, UnknownCountryError, AmbiguousRegionError, InvalidInputError):
        return None


def _summary_value(verdict: Verdict) -> str:
    """The reading a summary ends with ("0.38%", "26,945 km²"), else the whole summary."""
    value = re.search(r"([\d.,]+\s*(?:%|km²|sq mi))\.?$", verdict.summary)
    return value.group(1) if value else verdict.summary


def _claimants_view(
    fig: _Figure,
    verdict: Verdict,
    worldview: str,
    date: _dt.date,
    layer: gpd.GeoDataFrame | None,
) -> Verdict:
    """A refutation under 'un' that the whole's own view would uphold cannot be told.

    "Kashmir accounts for about 7% of India": under 'un' the part India administers is
    3.4% of India; India's view counts all of Kashmir, 6.8%, and there the figure holds.
    The figure is then said to depend on the view, naming both; else ``verdict``.
    """
    country = fig.whole_country
    if (
        verdict.status != "does not hold"
        or worldview != "un"
        or fig.verb == "held"
        or fig.part is None
        or country is None
        or country not in _claimants()
    ):
        return verdict
    other = _claimant_verdict(fig, country, date, layer)
    if other is None or other.status != "holds":
        return verdict
    here = verdict.summary.split(" against ", 1)[-1].rstrip(".")
    there = _summary_value(other)
    missing = (
        f"it depends on the worldview: under 'un' it is {here}; worldview {country!r} counts "
        f"more of it in {country_name(country)}: {there}, which fits"
    )
    return _verdict(fig, worldview=worldview, date=date, layer=layer, strict=False, missing=missing)


#: After a share: the whole is a yardstick, not the ground it is part of ("60% of the
#: size of Morocco", "a fifth the size of").
_SIZE_COMPARED = re.compile(r"(?i)\s*(?:of\s+)?the\s+(?:size|(?:land\s+)?area)\s+of\b")


def _compared_sizes(fig: _Figure, verdict: Verdict) -> Verdict:
    """A size compared with a country it lies outside: the ratio of their areas.

    "Western Sahara is about 60% of the size of Morocco": under the view, Western Sahara
    lies outside Morocco, so it is no share of it; its area is 64.8% of Morocco's
    (268,212 and 413,806 km², geodesic, on polygons), which the figure is read against.
    Else ``verdict``.
    """
    share = verdict.share
    if (
        not fig.compared
        or verdict.unit != "%"
        # "Israel's holding is about 6% of the size of Israel": the named part compared
        or (verdict.verb == "held" and fig.part is None)
        or share is None
        or share.units.empty
        or float(share.units["share_pct"].sum()) > 0
        or not share.country_km2
    ):
        return verdict
    part_km2 = float(share.units["area_km2"].sum())
    if part_km2 <= 0:
        return verdict
    whole_km2 = float(share.country_km2)
    basis = "on polygons"
    # on official areas where both have one: "The Gaza Strip is about 50% of the size of
    # Singapore" is 365 of 734 km² (49.7%), not 335 of 508 on 1:10m polygons (66%)
    official_part = _official_total([str(u) for u in share.units["unit_id"]])
    official_whole = _official_lookup().get(str(share.country))
    if official_part and official_whole:
        part_km2, whole_km2, basis = official_part, float(official_whole), "on official areas"
    pct = 100.0 * part_km2 / whole_km2
    lo, hi = verdict.interval
    tolerance = POLYGON_TOLERANCE if basis == "on polygons" else 0.0
    holds = lo - tolerance * pct <= pct <= hi + tolerance * pct
    names = _names(list(share.units["name"]))
    whole = verdict.whole or str(share.country)
    stated = _stated(fig.claim, "%", whole)
    sizes = f"{part_km2:,.0f} and {whole_km2:,.0f} km²"
    row = pd.DataFrame(
        [
            {
                "reading": "compared_size",
                "description": f"{names} as a share of the size of {whole}",
                "pct": pct,
                "km2": part_km2,
                "matches": holds,
                "kind": "whole",
                "group": "compared_size",
                "definition": f"the two areas compared ({sizes}, {basis})",
            }
        ]
    )
    verb = "holds" if holds else "does not hold"
    return dataclasses.replace(
        verdict,
        holds=holds,
        best="compared_size" if holds else None,
        readings=pd.concat([row, verdict.readings], ignore_index=True),
        summary=f"{'Holds' if holds else 'Does not hold'}: {stated!r} compares sizes: "
        f"{names} is {_fmt(pct, '%')} of the size of {whole}.",
        text=(
            f"The stated figure compares sizes: {names} lies outside {whole} under "
            f"worldview {verdict.worldview!r}, and its area is {_fmt(pct, '%')} of "
            f"{whole}'s ({sizes}, {'geodesic, ' if basis == 'on polygons' else ''}{basis}). "
            "The stated figure is read as "
            f"{_fmt(lo, '%')} to {_fmt(hi, '%')}; the figure {verb}."
        ),
    )


def _outside_in_every_view(
    fig: _Figure,
    verdict: Verdict,
    worldview: str,
    date: _dt.date,
    layer: gpd.GeoDataFrame | None,
) -> Verdict:
    """A share of a claimant whose part lies outside it under 'un', read under its view too.

    "Taiwan is about 4% of the size of China": under 'un' Taiwan lies outside the People's
    Republic of China, which cannot decide it; counted in, as worldview 'CHN' does, it is
    0.38%, so the figure fits under no view and does not hold. A figure that fits under
    the claimant's view stays "cannot tell", saying so. Else ``verdict``.
    """
    country = fig.whole_country
    if (
        verdict.status != "cannot tell"
        or worldview != "un"
        or fig.verb == "held"
        or fig.part is None
        or country is None
        or country not in _claimants()
        or _outside_view(verdict.share, country_name(country), worldview, date) is None
    ):
        return verdict
    other = _claimant_verdict(fig, country, date, layer)
    if other is None:
        return verdict
    names = _names(list(verdict.share.units["name"]))
    whole = country_name(country)
    inside = _inside_fraction(other.share)
    if other.status == "does not hold" and inside is not None and inside[0] < 0.5 * inside[1]:
        # "The West Bank makes up about 26% of Israel": only the 89 km² annexed with
        # Jerusalem lie inside Israel under worldview 'ISR'; no view makes it a part
        return dataclasses.replace(
            verdict,
            summary=f"Cannot tell: {_stated(fig.claim, _unit(fig.claim), whole)!r}: {names} "
            f"lies outside {whole} under 'un', and under {country!r} all but "
            f"{inside[0]:,.0f} of its {inside[1]:,.0f} km²; it is no part of {whole}.",
        )
    if other.status == "does not hold":
        why = (
            f"Under worldview 'un' {names} lies outside {whole}; counted in, as worldview "
            f"{country!r} counts it, the figure does not fit either. "
        )
        return dataclasses.replace(
            other,
            summary=f"{other.summary.rstrip('.')} (worldview {country!r}; under 'un' it lies "
            f"outside {whole}).",
            text=why + other.text,
        )
    if other.status == "holds":
        there = _summary_value(other)
        return dataclasses.replace(
            verdict,
            summary=f"Cannot tell: {_stated(fig.claim, _unit(fig.claim), whole)!r} depends on "
            f"the worldview: under 'un' {names} lies outside {whole}; worldview {country!r} "
            f"counts it in: {there}, which fits.",
        )
    return verdict


def _held_under_other_view(
    fig: _Figure,
    verdict: Verdict,
    worldview: str,
    date: _dt.date,
    layer: gpd.GeoDataFrame | None,
) -> Verdict:
    """Held ground of a country that the view draws without some of its 'un' units.

    "Russian forces control about 18% of Ukraine" under worldview 'RUS' (which gives
    Russia the four regions and Crimea) or 'defacto' (Crimea): the held ground left inside
    that view's Ukraine is not what the figure counts, so a refutation there says nothing;
    the verdict is "cannot tell", pointing to the 'un' view. Else ``verdict``.
    """
    country = verdict.country
    if (
        verdict.status != "does not hold"
        or worldview == "un"
        or layer is None
        or verdict.verb != "held"
        or fig.part is not None
        or not country
    ):
        return verdict
    try:
        un_units = set(all_regions(country, worldview="un", as_of=date)["unit_id"])
        view_units = set(all_regions(country, worldview=worldview, as_of=date)["unit_id"])
    except GeoclaimsError:
        return verdict
    away = un_units - view_units
    if not away:
        return verdict
    whole = country_name(country)
    stated = _stated(fig.claim, _unit(fig.claim), whole)
    return dataclasses.replace(
        verdict,
        holds=None,
        best=None,
        summary=f"Cannot tell: {stated!r} depends on the worldview: under {worldview!r} on "
        f"{date}, {whole} is drawn without {len(away)} of its units, whose held ground the "
        f"figure may count; check it under the 'un' view.",
        text=f"Under worldview {worldview!r} on {date}, {whole} is drawn without "
        f"{_names(_unit_names(sorted(away)))}; held ground of {whole} as the figure counts it "
        f"(its internationally recognised territory) is read under the 'un' view. "
        + verdict.text,
    )


def _inside_fraction(share: Any) -> tuple[float, float] | None:
    """(km² of the named units inside the whole, their km² in full), or None."""
    if share is None:
        return None
    frame = share.to_frame()
    if not {"inside_km2", "area_km2"} <= set(frame.columns):
        return None
    total = float(frame["area_km2"].sum())
    return (float(frame["inside_km2"].sum()), total) if total > 0 else None


#: A named area the data draws only in part is drawn at least this much of (the Golan
#: Heights: 1,293 of about 1,800 km²): a figure above the part drawn over this is refuted.
_DRAWN_PART_AT_LEAST = 0.5


#: Named areas whose shorter name also means a wider whole the data does not draw: the
#: name said bare, what it may mean, and words that tell the part apart in a sentence.
_WIDER_NAMES = {
    "area:kuril-islands": (
        re.compile(
            r"(?i)(?<!south\s)(?<!southern\s)(?<!южных\s)(?<!южные\s)(?<!південних\s)"
            r"(?<!південні\s)\b(?:kuril(?:e)?\s+(?:islands|chain)|kurils|курильск\w+\s+остров\w*|"
            r"курильськ\w+\s+остр\w*|курил\w*)\b"
        ),
        "the whole Kuril chain (about 10,500 km²)",
        re.compile(
            r"(?i)\b(?:south\w*|four|northern\s+territories|южн\w*|півд\w*|четыр\w*|"
            r"чотир\w*|северн\w+\s+территори\w*)"
        ),
    ),
}


def _sentence_bounds_of(text: str, at: int) -> tuple[int, int]:
    """The (start, end) of the sentence of :func:`_sentences` that holds ``at``."""
    for a, b in _sentences(text):
        if a <= at < b:
            return a, b
    return 0, len(text)


def _named_as_wider(
    text: str,
    fig: _Figure,
    verdict: Verdict,
    worldview: str,
    date: _dt.date,
    layer: gpd.GeoDataFrame | None,
) -> Verdict:
    """A refutation against a named area whose bare name may mean a wider whole.

    "The Kuril Islands cover about 10,500 square kilometres": the name may mean the whole
    chain, while geoclaims draws the four southern islands Japan claims (5,036 km²): the
    verdict is "cannot tell", saying so. Else ``verdict``.
    """
    if verdict.status != "does not hold" or fig.part is None or "unit_id" not in fig.part:
        return verdict
    if _part_drawn_below(fig, verdict, "km2") is None:
        return verdict  # only a figure above the part drawn may be of the wider whole
    s_lo, s_hi = _sentence_bounds_of(text, int(fig.claim.start))
    for uid in fig.part["unit_id"]:
        wider = _WIDER_NAMES.get(str(uid))
        if wider is None or not wider[0].search(text, s_lo, s_hi):
            continue
        if wider[2].search(text, s_lo, s_hi):
            continue  # the sentence tells the part from the whole ("the four southern ...")
        name = str(_area_table().at[uid, "name"]) if uid in _area_table().index else str(uid)
        missing = (
            f"the name may mean {wider[1]}, which has no boundary here; geoclaims draws "
            f"{name}"
        )
        return _verdict(
            fig, worldview=worldview, date=date, layer=layer, strict=False, missing=missing
        )
    return verdict


def _part_drawn_below(fig: _Figure, verdict: Verdict, unit: str) -> float | None:
    """The largest whole-region reading (in % or km²) when the figure lies above it.

    None when the figure is not above every place drawn (or unit ``unit`` is not the
    figure's): only a figure above the part drawn may be of a wider whole.
    """
    if _unit(fig.claim) != unit:
        return None
    frame = verdict.to_frame()
    full = frame.loc[frame["kind"].isin(["whole", "claim"]), "pct" if unit == "%" else "km2"]
    if full.empty or not _interval(fig.claim)[0] > float(full.max()):
        return None
    return float(full.max())


def _drawn_as_part(
    fig: _Figure,
    verdict: Verdict,
    worldview: str,
    date: _dt.date,
    layer: gpd.GeoDataFrame | None,
) -> Verdict:
    """A figure above a named area the data draws only in part cannot be told.

    "The Golan Heights cover about 1,800 square kilometres": geoclaims draws the part
    Israel holds (1,293 km²), as its definition says; the whole plateau has no boundary
    here, so a larger figure may be of it. Else ``verdict``.
    """
    if verdict.status != "does not hold" or fig.part is None or "unit_id" not in fig.part:
        return verdict
    unit = _unit(fig.claim)
    if unit not in ("%", "km2"):
        return verdict
    lo, _hi = _interval(fig.claim)
    drawn = _part_drawn_below(fig, verdict, unit)
    if drawn is None:
        return verdict  # a figure under the part drawn is refuted by it
    if lo > drawn / _DRAWN_PART_AT_LEAST:
        # "Israel has annexed around 10% of Syria, the Golan Heights": far above what all
        # of the area can be (0.69% drawn, of the whole plateau's 1,800 km² 1,293)
        return verdict
    table = _area_table()
    for uid, name in zip(fig.part["unit_id"], fig.part["name"], strict=True):
        if not isinstance(uid, str) or uid not in table.index:
            continue
        definition = str(table.at[uid, "definition"] or "")
        # "The part of the Golan Heights west of ...": a part of the area itself (not
        # "The part of Xinjiang and Tibet inside India's claim line", all of Aksai Chin)
        if not re.match(
            rf"(?i)the\s+(?:\w+\s+)?part\s+of\s+(?:the\s+)?{re.escape(str(name))}\b", definition
        ):
            continue
        missing = (
            f"geoclaims draws {name} only in part ({definition[0].lower()}"
            f"{definition[1:].rstrip('.')}); all of it has no boundary here"
        )
        return _verdict(
            fig, worldview=worldview, date=date, layer=layer, strict=False, missing=missing
        )
    return verdict


def _verdict_key(
    fig: _Figure, worldview: str, date: _dt.date, layer: gpd.GeoDataFrame | None
) -> tuple | None:
    """What a figure's verdict depends on, or None when it cannot be keyed.

    Everything :func:`_verdict` reads: the claim but its position (a Claim of
    geoclaims's own; another object may carry more), the figure's verb, whole, part,
    holders and unrecognised names, and the view, date and layer.
    """
    from geoclaims.text import Claim

    claim = fig.claim
    if type(claim) is not Claim:
        return None
    part = None if fig.part is None else _units_key(fig.part)
    if fig.part is not None and part is None:
        return None
    return (
        (claim.value, claim.high, claim.unit, claim.qualifier, claim.of, claim.surface),
        (
            fig.verb,
            fig.whole_name,
            fig.whole_country,
            fig.holders,
            fig.unrecognised,
            fig.undrawn,
            part,
        ),
        (worldview, date, id(layer)),
    )


def _copy_verdict(verdict: Verdict, claim: Any) -> Verdict:
    """The verdict for another statement of the same figure: its own claim and frames."""
    share = verdict.share
    if share is not None:
        share = dataclasses.replace(
            share,
            units=share.units.copy(),
            snapshot=dict(share.snapshot) if share.snapshot is not None else None,
        )
    return dataclasses.replace(verdict, claim=claim, readings=verdict.readings.copy(), share=share)


def _text_figures(
    text: str, claims: list[Any], regions: Any, worldview: str, date: _dt.date
) -> list[_Figure]:
    figures = _figures(text, claims, _mentions_frame(text), worldview, date)
    given = _given_regions(regions, worldview, date)
    if given is not None:
        for fig in figures:
            fig.part = given
            if fig.whole_country is None and fig.whole_name is None:
                fig.whole_country = str(given["country"].dropna().mode().iloc[0])
    return figures


@typed_errors
@_one_memo
def check_claim(
    claim_or_text: Any,
    *,
    regions: Any = None,
    within: Any = None,
    worldview: str = "un",
    as_of: Any = None,
) -> Verdict:
    """Check a stated share or area against every honest reading of it.

    Parameters
    ----------
    claim_or_text : Claim or str
        A :class:`geoclaims.Claim` (or any object with its fields: ``value``, ``high``,
        ``unit``, ``qualifier``, ``of``, ``surface``), or a text, in which case its most
        salient figure is checked (the first share, else the first area) as
        :func:`check_claims` reads it: against the regions of its clause or sentence.
    regions : names, GeoDataFrame or find_regions frame, optional
        The regions the figure is about (see :func:`geoclaims.area_share`).
    within : GeoDataFrame, path, URL, folder, glob or list of snapshots, optional
        Control data (see :func:`check_claims`).
    worldview : str, default "un"
        The worldview the country is drawn under.
    as_of : date or ISO string, optional
        Date of the claims, the worldview and the control data; when None, the date in a
        text's dateline, else today (:func:`article_as_of`).

    Returns
    -------
    Verdict
        The interval, every reading with its figure and whether it matches, the best
        match, the three-valued verdict, a one-line summary and the full account.

    Raises
    ------
    InvalidInputError
        If the text states no figure, the claim's unit or qualifier is unknown, or the
        country cannot be told (no ``of`` and no region).
    UnknownRegionError, UnknownCountryError, LayerError
        From looking up the regions, the country, or reading the layer.

    Notes
    -----
    The stated value v and its qualifier become an interval (percent, or km² for an
    area; square miles are converted):

    =================  ===========================================  ========================
    qualifier          interval                                     "15%" reads as
    =================  ===========================================  ========================
    none, exactly      v ± half a unit of its last stated digit     [14.5, 15.5]
                       (a figure in words, "a fifth", ± 10%)
    about              v ± 10% of v, never narrower than v stated   [13.5, 16.5]
                       plainly ("about 1%": [0.5, 1.5])
    nearly             [v − 10% of v, v]                            [13.5, 15.0]
    up_to              [v − 10% of v, v]: "up to", "as much as a    [13.5, 15.0]
                       tenth" say the figure reaches about v;
                       "at most", "no more than" are [0, v]
    more_than          [v, ∞): a bound, as a reader takes it        [15.0, 100]
                       ("just over", "slightly more than": v + 10%) [15.0, 16.5]
    at_least           [v, ∞)                                       [15.0, 100]
    less_than          [0, v] ("just under", "a little less than":  [0, 15.0]
                       v − 10% of v, as nearly)                     [13.5, 15.0]
    range v–h          [v, h] (about: widened by 10% each side)     "15–18%": [15, 18]
    =================  ===========================================  ========================

    Percent intervals are clipped to [0, 100]. The bounds are inclusive. A whole-region
    or held-ground reading measured on the boundary polygons also matches within
    :data:`POLYGON_TOLERANCE` (1%) of its value outside the interval, the polygons'
    accuracy; official areas and explanations match only inside it, but for a country's
    official total, which matches within 0.2% of it (national totals differ that much by
    source: Moldova's is 33,846 or 33,851 km²). How the whole, the part and the verb are
    read is the table in :func:`check_claims`.

    The readings (ids in :meth:`Verdict.to_frame`): the named regions in full
    (``named``), on official areas (``named_official``) and with the units of earlier
    claims added (``named_with_earlier``, e.g. with Crimea and Sevastopol); each claim in
    force on the date in the claims table, or declared within a year after it
    (``claimed_<claimant>_<since>``, also ``_official``), and all of them together
    (``claimed_all``); with control data the held part of each of these (``_held``),
    all held ground of the country (``held_all``) and the held ground outside the regions
    held before the first claim (``held_all_without_earlier``), each naming the snapshot;
    and explanations (``_web_mercator``, ``_planar_degrees``, ``_total_<km2>``).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> claim = SimpleNamespace(value=15.0, high=None, unit="%", qualifier="nearly",
    ...                         of="UKR", start=0, end=0, surface="nearly 15%")
    >>> v = check_claim(claim, regions=["Donetsk", "Luhansk"], as_of="2022-10-01")
    >>> v.interval, v.status
    ((13.5, 15.0), 'cannot tell')
    >>> round(float(v.to_frame().set_index("reading").loc["named", "pct"]), 1)
    8.8
    >>> print(v.summary)  # doctest: +ELLIPSIS
    Cannot tell: 'nearly 15% of Ukraine' matches no whole-region reading (Donetsk + ...
    """
    worldview_arg(worldview)  # refused or warned of here, before any work
    if isinstance(claim_or_text, str):
        text = claim_or_text
        date, _source = article_as_of(text, as_of)
        found = _claims_from_text(text)
        i = _salient(found)
        if i is None:
            raise _no_figure(text)
        fig = _text_figures(text, found, regions, worldview, date)[i]
    else:
        return _claim_verdict(
            claim_or_text, regions=regions, within=within, worldview=worldview, as_of=as_of
        )
    layer = _held(within, date)
    return _verdict(fig, worldview=worldview, date=date, layer=layer, strict=True)


def _claim_verdict(
    claim: Any,
    *,
    regions: Any,
    within: Any,
    worldview: str,
    as_of: Any,
    verb: str | None = None,
) -> Verdict:
    """:func:`check_claim` of a claim object, with the verb its text gave it, if known."""
    claim = _check_claim_object(claim)
    date, _source = article_as_of(None, as_of)
    fig = _Figure(claim=claim, verb=verb if verb in _VERB_WORDS else None)
    given = _given_regions(regions, worldview, date)
    fig.part = given
    of = getattr(claim, "of", None)
    if of and (str(of).startswith("area:") or "-" in str(of)):
        # a share of a unit or named area ("UA-14", "area:kashmir"): that place
        row = _lookup_place(str(of), None, worldview, date)
        if row is None:
            msg = f"Unknown whole {of!r}: pass an ISO 3166-1 or 3166-2 code or a named area."
            raise InvalidInputError(msg)
        fig.whole_name = str(row["name"])
        fig.part = None if given is None else given[given["unit_id"] != row["unit_id"]]
        if fig.part is not None and not len(fig.part):
            fig.part = None
    elif of:
        fig.whole_country = resolve_country(of)
    elif given is not None and given["country"].notna().any():
        fig.whole_country = str(given["country"].dropna().mode().iloc[0])
    if fig.part is not None and fig.whole_country is not None:
        part = fig.part[fig.part["country"].isna() | (fig.part["country"] == fig.whole_country)]
        fig.part = part if len(part) else None
    layer = _held(within, date)
    return _verdict(fig, worldview=worldview, date=date, layer=layer, strict=True)
