"""Find the regions, cities, countries and territorial figures that a text names.

Two functions, both pure (text in, result out; the gazetteer is built once and cached),
so a corpus job can map them over partitions:

- :func:`find_regions` finds first-level regions, separatist entities, cities and
  countries, with character spans, resolved to the unit they name or lie in.
- :func:`find_claims` finds territorial figures ("nearly 15% of Ukraine",
  "a fifth of the country", "90,000 square kilometres") as :class:`Claim` objects.

Matching runs one Aho-Corasick automaton (pyahocorasick) over the text after the
project's one normalisation (:func:`geoclaims._normalize.normalize_with_offsets`), so
"Donets'k", "DONETSK", "Donetsʹk" and "Donetsk's" meet on the same key, and Latin and
Cyrillic forms (with Ukrainian and Russian case endings) are matched the same way. The
work per call is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as _dt
import functools
import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

import ahocorasick
import numpy as np
import pandas as pd
import pyarrow as pa

from geoclaims._errors import InvalidTypeError
from geoclaims._normalize import (
    SUFFIX_WORDS,
    name_key,
    normalize,
    normalize_with_offsets,
)

__all__ = [
    "CITY_POPULATION_FLOOR",
    "COLUMNS",
    "CONTEXT_CITY_POPULATION_FLOOR",
    "Claim",
    "article_date",
    "find_claims",
    "find_regions",
]

log = logging.getLogger(__name__)

#: Cities of at least this many inhabitants are found anywhere in the world.
CITY_POPULATION_FLOOR = 100_000
#: Smaller cities (down to the 15,000 of the shipped GeoNames table) are found only when
#: their country is already in the document's context (named in the text, the country of
#: an unambiguous mention, or the ``country=`` argument).
CONTEXT_CITY_POPULATION_FLOOR = 15_000

#: Columns of the frame :func:`find_regions` returns, in order.
COLUMNS = ("start", "end", "surface", "kind", "unit_id", "iso_3166_2", "name", "country", "score")


def _words(block: str) -> frozenset[str]:
    """The whitespace-separated words of a block of text."""
    return frozenset(block.split())


_KINDS_OF_NAME = {
    "official": "region",
    "alternate": "region",
    "historic": "region",
    "local-script": "region",
    "entity": "entity",
    "country": "country",
}
# Latin-script names are kept only in these languages: foreign-language names that are
# English words ("Island" is German for Iceland, "Suede" French for Sweden) would flood
# English text. Every non-Latin name is kept.
_LATIN_LANGUAGES = frozenset({"en", "und-Latn", "und", ""})
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")

# Names that are everyday English words: never matched bare, only with a suffix word
# ("Central Region") or a city cue ("the city of Reading"). Built from the intersection
# of the gazetteer's keys with an English word list, minus places that dominate the word
# (Shanghai, Bologna, Astrakhan, ...).
_COMMON_WORDS = _words(
    """
    acacias acre act afar agar airport alabaster ales alliance aloha along altos ampere
    anew angers annex antelope anthem antique apace apes apex arbutus archway ascension
    ascot auburn awash bade badger bah bake bale balsas banes bani bank banning bar
    barking bath baud bay bear begun bell bend bender best bet billings bimbo bled bole
    bong bonito bonny boo boom borne boulder bountiful bow bra brad bras bray brick
    brusque buckeye bury bush butte butterfly buy cabanas cad cairns can canning canton
    capital car carpi cascade cassia cassino cat cayenne centennial central centurion
    chandler chaparral chili chin chino city clay cloverleaf coast cocoa cognac coin
    colon columbine come commonwealth concord confederation converse corona cove crystal
    cypress date dauphin davenport deal debar debark defiance delta dig dire dole dome
    dour down drama dyer eagle east eastern emirates emporia encamp enterprise erode est
    eureka evergreen falcon fate federal felling fiche fiddlesticks fife first fishers
    flagstaff fleet flint flora florin fords forest fountain free gap garland garner gay
    gent god goes golden gondola gore grad grapevine grays green grenade griffin groves
    gulf ha hackney hail hale harrow hawthorn hays hem hermitage hexing hickory highland
    hillside hims hire hit ho holiday homburg homestead honcho hook horde horn hove hub
    hue hull humble hurricane imperial independence island islands jam jasper jingling
    karakul keystone lakes lancing lander largo lattes laurel leek leer lend lens
    liberal liberty lice linden lira lisle littoral lop lot luau magenta maidenhead male
    man manage manga mango manly mantilla maracas march margarita marina maritime marks
    martin mascara mascot mason mayo medias mentor meridian mesa mesquite meta metro
    midland midlands midstream midway mile mine mission mobile mocha mono moron moss
    most mountain much mustang natal neath nice nip no nodes normal north northeastern
    northern ocher ode of officer ogre opportunity oral orange orchards oriental
    overland pa pace paisley panorama papa papaya paradise paramount pare parole pearl
    peer pen pest pinto piranhas pita plantation plaque plateau plateaux plum plunge poi
    police pool pop portage posse pout prosper providence pueblo puma punch quarto
    queens quiche reading region republic reservoir retreat reunion revere rho rich
    rivers riverside rogers roman roses rouge rugby ruse rye saga sake saki sale salt
    samba same sandy sari savage save say seaside sedan semi shaping shone shoreline
    shush sides silvan sim simmering sire slough smith snares south southeastern
    southern sparks split spore spring springs stains sterling stoke store stow sue
    suede sulphur summit sunrise sunset superior surprise swains swords sycamore tamale
    tame tank tartar temple tequila terrace than time tire to tome tooting torrent tours
    tubas tucker tulle union unity university upland uptown valence valley van var vicar
    vineyard vise vista wadi wake walker walnut warder ware warren wedding weir welling
    west westerly western wetter wheeling wight woodland woodlands worms wright yap ye
    yoga young
    """
)

# Names that are not English words but, bare, mostly mean something else in English
# text: "Nord Stream", the cruiser "Moskva" (English writes Moscow).
_NEEDS_CUE = _COMMON_WORDS | {"nord", "moskva"}

# Place names that are also common first names or surnames. Bare, they are dropped when a
# capitalised word that is not a place follows ("Victoria Nuland", "Georgia Tech") or
# precedes ("Michael Jordan", "Queen Victoria", "Lake Victoria").
_PERSON_NAMES = _words(
    """
    adelaide alexandria alice asia aurora austin brooklyn camden carolina chad charlotte
    chelsea clifton cordoba dakota dallas darwin douglas elizabeth eugene florence
    florida georgia hamilton houston indiana israel jackson jersey jordan kansas kent
    laval lawrence leon lincoln lorraine lowell madison marion mercedes milton montana
    nancy nelson nevada orlando paris phoenix pierre preston regina salvador santiago
    savannah sofia sophia stanley sydney troy valencia victoria virginia washington
    wellington vladimir kirov khmelnytsky khmelnytskyi franklin jefferson monroe
    lafayette cleveland columbus marshall albert
    """
)
_TITLE_WORDS = (
    r"mr|mrs|ms|miss|dr|prof|sir|lady|queen|king|prince|princess|saint|st|lake|mount|fort|"
    r"cape|president|senator|sen|rep|judge|coach|general|gen|captain|capt|gov|governor|"
    r"minister|sea|gulf"
)
_FUNCTION_WORDS = _words(
    """
    a an the in on at of from to for and or but by with near across over into inside
    outside northern southern eastern western central north south east west upper lower
    greater new old occupied liberated annexed neighbouring neighboring when while as if
    after before since until during about around says said visit visited then meanwhile
    both neither however although though because today yesterday
    """
)
# Capitalised words after a place that is also a first name that keep it a place.
_OFFICE_WORDS = _words(
    """
    king queen president prime premier foreign defence defense army armed government
    parliament capital ambassador embassy minister ministry governor senate supreme
    national state border military navy interior leader ruling opposition region oblast
    province city mayor
    """
)
# Words after a name that show it is not the place itself ("the Azov battalion",
# "the Dnipro River", "Kherson Airport" stays a place: airports are not listed).
_NOT_PLACE_AFTER = re.compile(
    r"\s+(?:(?i:river|sea|lake|battalion|regiment|brigade|reservoir|mountains|strait|gulf|"
    r"university|fc|stadium|avenue|street)|Times|Post|Journal|Herald|Tribune|Gazette|"
    r"Independent)\b"
)
_NOT_PLACE_BEFORE = re.compile(
    r"\b(?:sea|gulf|lake|river|strait|bay|mount|cruiser|flagship|warship|frigate|submarine)"
    r"\s+(?:of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)

# Suffix words attached after a name. Group "ent" marks the entity form.
_SUFFIX_AFTER = re.compile(
    r"""(?ix)
    (?:[ \t\u00a0]*[-‐‑–][ \t\u00a0]*|\s+)
    (?:
      (?P<ent>people['’ʼʹ]?s['’ʼʹ]?\s+republics?
        |народн\w*\s+республ[іи]к\w*)
      |(?P<reg>oblasts?['’ʼʹ]?(?![\w'’ʼ])|oblasti|regions?|provinces?|governorates?
        |prefectures?|krai|kray|област\w*|обл\.?|регіон\w*|регион\w*|кра[йюїяе]\w*)
    )
    (?!\w)
    """
)
_POSSESSIVE_AFTER = re.compile(r"['’ʼʹ]s?(?!\w)")
_REGION_BEFORE = re.compile(
    r"\b(?:regions?|oblasts?|provinces?|state)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
_CITY_BEFORE = re.compile(
    r"""(?ix)
    (?:\b(?:city|town|port|village|mayor|municipality|suburbs?|outskirts|downtown)
        \s+of\s+(?:the\s+)?
      |\b(?:regional\s+)?capital,?\s+
      |\b(?:city|town)\s+
      |(?<!\w)(?:місто|міста|місті|містом|місту|город|города|городе|городом|м\.|г\.)\s*
    )$
    """
)
_CITY_AFTER = re.compile(r"(?i)(?:['’ʼʹ]s)?\s+(?:city|town|mayor)\b|['’ʼʹ]s\s+mayor\b")
_CONNECTOR = re.compile(
    r"(?i)\s*(?:,\s*(?:(?:and|or|та|і|и|й|або|или)\s+)?|\s+(?:and|or|&|та|і|и|й|або|или)\s+)"
    r"(?:the\s+)?"
)
# Last words before a name that can start a cue; the regexes run only after them.
_CITY_CUE_LAST = _words(
    """
    of the city town capital capital, місто міста місті містом місту город города городе
    городом м. г.
    """
)
_NOT_PLACE_LAST = _words(
    "of the sea gulf lake river strait bay mount cruiser flagship warship frigate submarine"
)
_APPOSITION = re.compile(r",\s*")


class _Cand(NamedTuple):
    """One thing a gazetteer key can name."""

    kind: str  # region, entity, country, city
    unit_id: str | None
    country: str
    name: str
    population: int  # cities: inhabitants; units: the people of their listed cities
    bare_ok: bool  # the key is a full name on its own
    suffix_form: bool  # some name gave this key after dropping a suffix word (oblast...)
    acronym: bool  # "DPR", "UK": the text must spell it in capitals
    primary: bool = False  # the key is the normalised name itself
    home: bool = False  # a unit in which a city of the same key lies ("Moscow")


class _Gazetteer(NamedTuple):
    automaton: Any
    keys: list[str]
    candidates: list[tuple[_Cand, ...]]
    units: dict[str, tuple[str | None, str, str]]  # unit_id -> (iso_3166_2, name, country)
    country_names: dict[str, str]
    acronyms: frozenset[int]  # keys whose every candidate is an acronym


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
        ``'%'``, ``'km2'`` or ``'mi2'``.
    qualifier : str or None
        One of ``nearly``, ``about``, ``more_than``, ``less_than``, ``at_least``,
        ``up_to``, ``exactly``, or None.
    of : str or None
        ISO alpha-3 code of the country the figure is a share (or, for an area, a part) of;
        None when the text does not say or the figure is a share of a region.
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
# Gazetteer
# ---------------------------------------------------------------------------------------


def _ukr_rus_adjective_forms(adjective: str) -> list[str]:
    """Case forms of a Ukrainian or Russian feminine adjective ("Донецька", "Донецкая")."""
    low = adjective
    if low.endswith(("ая", "яя")):  # Russian: -ая -> -ой/-ую/-ою (gen, dat, acc, instr, prep)
        stem = low[:-2]
        return [stem + e for e in ("ой", "ую", "ою", "ей")]
    if low.endswith("а"):  # Ukrainian: -а -> -ої/-ій/-у/-ою
        stem = low[:-1]
        return [stem + e for e in ("ої", "ій", "у", "ою")]
    return []


def _ukr_rus_noun_forms(noun: str) -> list[str]:
    """Case forms of a one-word Ukrainian or Russian place name (Україна, Росія, Крим, Київ)."""
    if len(noun) < 4 or noun.isupper():
        return []
    if noun.endswith(("ія", "ия")):
        stem = noun[:-1]
        return [stem + e for e in ("ї", "ю", "єю", "и", "ей")]
    if noun.endswith("я"):
        stem = noun[:-1]
        return [stem + e for e in ("і", "ю", "ям", "е", "ем")]
    if noun.endswith("а"):
        stem = noun[:-1]
        return [stem + e for e in ("и", "і", "у", "ою", "ы", "е", "ой")]
    if noun.endswith("ь"):
        stem = noun[:-1]
        return [stem + e for e in ("я", "ю", "і", "е", "ем")]
    if noun.endswith(("ів", "їв")):  # Київ -> Києва, Львів -> Львова
        stem = noun[:-2] + ("єв" if noun.endswith("їв") else "ов")
        return [stem + e for e in ("а", "у", "і", "ом")]
    if noun[-1].isalpha() and noun[-1] not in "аеєиіїоуюяыэ":
        return [noun + e for e in ("а", "у", "і", "е", "ом")]
    return []


def _city_aliases(cities: pd.DataFrame) -> list[tuple[str, str, int, str, str]]:
    """(alias, city name, population, unit_id, country) from ``boundaries._city_names()``.

    That table (columns ``geonameid`` and ``name``: "Izium", "Маріуполь", ...) is
    optional; without it, cities are matched by their GeoNames name only.
    """
    from geoclaims import boundaries

    table_fn = getattr(boundaries, "_city_names", None)
    if table_fn is None:
        return []
    aliases = table_fn()
    by_id = {
        int(g): (n, int(p), u, c)
        for g, n, p, u, c in zip(
            cities["geonameid"],
            cities["name"],
            cities["population"],
            cities["unit_id"],
            cities["country"],
            strict=True,
        )
    }
    out = []
    for geonameid, alias in zip(aliases["geonameid"], aliases["name"], strict=True):
        city = by_id.get(int(geonameid))
        if city is not None and isinstance(alias, str) and alias:
            out.append((alias, *city))
    return out


@functools.cache
def _gazetteer() -> _Gazetteer:
    """Build the automaton over every name key, once per process."""
    from geoclaims.boundaries import _cities, _country_table, _names, _units

    units_df = _units()
    units = {
        uid: (iso if isinstance(iso, str) and iso else None, name, cc)
        for uid, iso, name, cc in zip(
            units_df["unit_id"],
            units_df["iso_3166_2"],
            units_df["name"],
            units_df["country"],
            strict=True,
        )
    }
    cities = _cities()
    unit_pop: Counter[str] = Counter()
    for uid, pop in zip(cities["unit_id"], cities["population"], strict=True):
        unit_pop[uid] += int(pop)
    country_pop: Counter[str] = Counter()
    for cc, pop in zip(cities["country"], cities["population"], strict=True):
        country_pop[cc] += int(pop)
    country_names = dict(zip(_country_table()["country"], _country_table()["name"], strict=True))

    # key -> {identity: [kind, unit_id, country, name, population, bare, suffix, acronym]}
    table: dict[str, dict[tuple[str, str | None, str], list[Any]]] = {}

    def add(
        key: str,
        kind: str,
        uid: str | None,
        cc: str,
        name: str,
        pop: int,
        bare: bool,
        suffix: bool,
        acronym: bool,
    ) -> None:
        if not key or (len(key) < 3 and not acronym):
            return
        slot = table.setdefault(key, {})
        ident = (kind, uid if kind != "city" else f"{uid}:{name}", cc)
        entry = slot.get(ident)
        if entry is None:
            slot[ident] = [kind, uid, cc, name, pop, bare, suffix, acronym]
        else:
            entry[4] = max(entry[4], pop)
            entry[5] = entry[5] or bare
            entry[6] = entry[6] or suffix
            entry[7] = entry[7] and acronym

    names = _names()
    # boundaries._names() has already normalised every name (norm) and keyed it (key).
    for uid, cc, name, lang, kind, norm, key in zip(
        names["unit_id"],
        names["country"],
        names["name"],
        names["language"],
        names["kind"],
        names["norm"],
        names["key"],
        strict=True,
    ):
        out_kind = _KINDS_OF_NAME.get(kind)
        if out_kind is None or not name:
            continue
        if _LATIN.search(name) and lang not in _LATIN_LANGUAGES:
            continue
        uid = uid or None
        if out_kind != "country" and uid not in units:
            continue
        if out_kind == "country":
            label = country_names.get(cc, name)
            pop = country_pop.get(cc, 0)
        else:
            label = units[uid][1]
            pop = unit_pop.get(uid, 0)
        words = norm.split()
        suffixed = len(words) > 1 and words[-1] in SUFFIX_WORDS
        acronym = name.isupper() and len(name) <= 5 and " " not in name
        add(key, out_kind, uid, cc, label, pop, not suffixed, suffixed, acronym)
        if _CYRILLIC.search(name):
            raw = name.split()
            if suffixed and len(raw) >= 2:
                adjective = " ".join(raw[:-1])
                head, _, last = adjective.rpartition(" ")
                for form in _ukr_rus_adjective_forms(last.lower()):
                    full = f"{head} {form}" if head else form
                    add(normalize(full), out_kind, uid, cc, label, pop, False, True, False)
            elif len(raw) == 1:
                for form in _ukr_rus_noun_forms(name):
                    add(normalize(form), out_kind, uid, cc, label, pop, True, False, False)
    for cc, name in country_names.items():
        add(name_key(name), "country", None, cc, name, country_pop.get(cc, 0), True, False, False)
    for name, pop, uid, cc in zip(
        cities["name"],
        cities["population"],
        cities["unit_id"],
        cities["country"],
        strict=True,
    ):
        if uid not in units:
            continue
        add(normalize(name), "city", uid, cc, name, int(pop), True, False, False)
    # More names of cities (other spellings, Cyrillic), when the data ships them.
    for alias, name, pop, uid, cc in _city_aliases(cities):
        if uid not in units:
            continue
        add(normalize(alias), "city", uid, cc, name, pop, True, False, False)
        if _CYRILLIC.search(alias) and " " not in alias:
            for form in _ukr_rus_noun_forms(alias):
                add(normalize(form), "city", uid, cc, name, pop, True, False, False)

    automaton = ahocorasick.Automaton()
    keys: list[str] = []
    candidates: list[tuple[_Cand, ...]] = []
    label_norm = functools.cache(normalize)  # a label stands in many slots
    for key, slot in table.items():
        homes = {e[1] for e in slot.values() if e[0] == "city"}
        cands = tuple(
            _Cand(
                *entry,
                label_norm(entry[3]) == key,
                entry[0] != "city" and entry[1] in homes,
            )
            for entry in slot.values()
        )
        automaton.add_word(f" {key} ", len(keys))
        keys.append(key)
        candidates.append(cands)
    automaton.make_automaton()
    log.debug("gazetteer: %d keys", len(keys))
    acronyms = frozenset(i for i, cands in enumerate(candidates) if all(c.acronym for c in cands))
    return _Gazetteer(automaton, keys, candidates, units, country_names, acronyms)


# ---------------------------------------------------------------------------------------
# Matching and resolution
# ---------------------------------------------------------------------------------------


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

    __slots__ = ("cands", "city_cue", "end", "key", "last", "start", "suffix")

    def __init__(self, start: int, end: int, key: str, cands: tuple[_Cand, ...]) -> None:
        self.start = start
        self.end = end
        self.key = key
        self.cands = cands
        self.suffix: str | None = None  # "region" or "entity"
        self.city_cue = False
        self.last = ""  # the word before, lower-cased


def _check_text(text: object, what: str = "text") -> str:
    if not isinstance(text, str):
        msg = (
            f"{what} must be a str, not {type(text).__name__}: {text!r:.80}. "
            "Decode bytes first (data.decode('utf-8'))."
        )
        raise InvalidTypeError(msg)
    return text


def _raw_matches(text: str) -> list[_Raw]:
    """Longest-leftmost, non-overlapping, whole-word gazetteer matches."""
    gaz = _gazetteer()
    norm, offsets = normalize_with_offsets(text)
    if not norm.strip():
        return []
    hay = f" {norm} "
    keys = gaz.keys
    spans = [(end - len(keys[kid]) - 1, kid) for end, kid in gaz.automaton.iter(hay)]
    if not spans:
        return []
    # hay[s] is the space before a key, so s is the key's start in ``norm``.
    spans.sort(key=lambda sp: (sp[0], -len(keys[sp[1]])))
    nstarts = np.fromiter((sp[0] for sp in spans), dtype=np.int64, count=len(spans))
    nends = nstarts + np.fromiter((len(keys[k]) for _s, k in spans), np.int64, len(spans))
    starts = offsets[nstarts].tolist()
    ends = (offsets[nends - 1] + 1).tolist()
    nend_list = nends.tolist()
    out: list[_Raw] = []
    last_end = -1
    mixed_case = text != text.lower() and text != text.upper()
    acronyms = gaz.acronyms
    for (nstart, kid), start, end, nend in zip(spans, starts, ends, nend_list, strict=True):
        if nstart < last_end:
            continue
        if mixed_case and text[start].islower():
            continue
        if kid in acronyms and not text[start:end].isupper():
            continue
        out.append(_Raw(start, end, keys[kid], gaz.candidates[kid]))
        last_end = nend
    return out


def _prev_word(text: str, start: int) -> tuple[str, int]:
    m = re.search(r"(\S+)\s+$", text[max(0, start - 40) : start])
    if not m:
        return "", start
    return m.group(1), start - (len(text[max(0, start - 40) : start]) - m.start(1))


def _person_trap(text: str, raw: _Raw, starts: set[int]) -> bool:
    """True when a place name that is also a person's name is used as one."""
    if raw.key not in _PERSON_NAMES or raw.suffix or raw.city_cue:
        return False
    before = text[max(0, raw.start - 30) : raw.start]
    if re.search(rf"(?i)\b(?:{_TITLE_WORDS})\.?\s+$", before):
        return True
    word, wstart = _prev_word(text, raw.start)
    if (
        word[:1].isupper()
        and word.isalpha()
        and word.lower() not in _FUNCTION_WORDS
        and wstart not in starts
        and re.fullmatch(r"\s", text[wstart + len(word) : raw.start]) is not None
    ):
        return True
    after = re.match(r" ([A-Z][a-z]+)", text[raw.end : raw.end + 30])
    return bool(
        after
        and after.group(1).lower() not in _FUNCTION_WORDS
        and after.group(1).lower() not in _OFFICE_WORDS  # "Jordan's King", "Georgia President"
        and raw.end + 1 not in starts
    )


def _attach(text: str, raws: list[_Raw]) -> list[_Raw]:
    """Suffix words, possessives, city cues and lists; drops matches a suffix swallowed."""
    for raw in raws:
        has_region = any(c.kind in ("region", "entity") for c in raw.cands)
        m = _SUFFIX_AFTER.match(text, raw.end)
        if m and has_region:
            raw.suffix = "entity" if m.group("ent") else "region"
            raw.end = m.end()
        elif m and m.group("ent") and any(c.kind == "city" for c in raw.cands):
            raw.suffix = "entity"
            raw.end = m.end()
        words_before = text[max(0, raw.start - 14) : raw.start].split()
        raw.last = words_before[-1].lower() if words_before else ""
        if (
            raw.suffix is None
            and has_region
            and raw.last in ("of", "the")
            and _REGION_BEFORE.search(text[max(0, raw.start - 30) : raw.start])
        ):
            raw.suffix = "region"
        if (
            raw.suffix is None
            and any(c.kind == "entity" for c in raw.cands)
            and all(c.kind in ("entity", "region") for c in raw.cands)
            and any(c.kind == "entity" and not c.acronym for c in raw.cands)
            and len(raw.key.split()) > 1
        ):
            raw.suffix = "entity"
        if raw.suffix is None:
            before = text[max(0, raw.start - 40) : raw.start]
            raw.city_cue = bool(
                (raw.last in _CITY_CUE_LAST and _CITY_BEFORE.search(before))
                or _CITY_AFTER.match(text[raw.end : raw.end + 20])
                or raw.key.endswith(" city")
                or raw.key.startswith(("місто ", "город "))
            )
        pm = _POSSESSIVE_AFTER.match(text, raw.end)
        if pm and (pm.group(0).endswith(("s", "S")) or text[raw.end - 1 : raw.end] in "sS"):
            raw.end = pm.end()
    kept: list[_Raw] = []
    for raw in raws:
        if not kept or raw.start >= kept[-1].end:
            kept.append(raw)
    raws = kept
    # Lists: "Donetsk, Luhansk and Kherson regions", "the Donetsk and Luhansk People's
    # Republics", "Донецької та Луганської областей": the last suffix applies to all.
    for i in range(len(raws) - 2, -1, -1):
        nxt, cur = raws[i + 1], raws[i]
        if nxt.suffix is None or cur.suffix is not None or cur.city_cue:
            continue
        gap = text[cur.end : nxt.start]
        if (
            gap
            and _CONNECTOR.fullmatch(gap)
            and any(c.kind in ("region", "entity") for c in cur.cands)
        ):
            cur.suffix = nxt.suffix
    return raws


def _viable(raw: _Raw, common: bool) -> list[_Cand]:
    """Candidates that the cues around a match allow."""
    cands = raw.cands
    if raw.suffix == "entity":
        ents = [c for c in cands if c.kind == "entity"]
        regs = [c for c in cands if c.kind == "region"]
        pick = ents or regs
        return [c._replace(kind="entity") for c in pick]
    if raw.suffix == "region":
        return [c for c in cands if c.kind == "region"]
    if raw.city_cue:
        cities = [c for c in cands if c.kind == "city"]
        if cities:
            return cities
        return [c._replace(kind="city") for c in cands if c.kind == "region"]
    if common:
        return []
    return [c for c in cands if c.bare_ok]


_KIND_RANK = {"country": 3, "entity": 2, "region": 2, "city": 1}


def _rank(
    c: _Cand, weights: Counter[str], local: tuple[str | None, str | None], raw: _Raw
) -> tuple[int, int, int, int, int, int]:
    """Sort key of a candidate; the first element that differs settles a namesake.

    Context (the document's countries, plus the mention right after a comma: "Moscow,
    Idaho"), the "X Oblast" form when a suffix is attached ("Kyiv region" is Kyiv Oblast),
    the unit a same-named city lies in ("Moscow", "Minsk"), the exact name, the kind
    (country, then region or entity, then city), and population.
    """
    local_country, local_unit = local
    weight = weights.get(c.country, 0)
    if local_country is not None and c.country == local_country:
        weight += 50 + (25 if local_unit is not None and c.unit_id == local_unit else 0)
    return (
        weight,
        int(raw.suffix == "region" and c.suffix_form),
        int(c.home),
        int(c.primary),
        _KIND_RANK[c.kind],
        c.population,
    )


_SCORE_BY_LEVEL = (0.85, 0.9, 0.9, 0.9, 0.7, 0.6, 0.5)


@functools.lru_cache(maxsize=4)
def _resolve(text: str, country: str | None) -> tuple[_Mention, ...]:
    """Every mention in the text, resolved, in text order.

    Cached for the last few texts: find_regions and find_claims on the same article (as a
    report or a corpus run does) resolve it once.
    """
    gaz = _gazetteer()
    raws = _raw_matches(text)
    if not raws:
        return ()
    raws = _attach(text, raws)
    starts = {r.start for r in raws if r.key not in _COMMON_WORDS}
    kept: list[tuple[_Raw, list[_Cand]]] = []
    viable: dict[tuple, list[_Cand]] = {}
    for raw in raws:
        if _person_trap(text, raw, starts):
            continue
        if (
            not raw.suffix
            and not raw.city_cue
            and (
                _NOT_PLACE_AFTER.match(text, raw.end)
                or (
                    raw.last in _NOT_PLACE_LAST
                    and _NOT_PLACE_BEFORE.search(text[max(0, raw.start - 20) : raw.start])
                )
            )
        ):
            continue
        vkey = (raw.key, raw.suffix, raw.city_cue)
        cands = viable.get(vkey)
        if cands is None:
            cands = viable[vkey] = _viable(raw, raw.key in _NEEDS_CUE)
        if cands:
            kept.append((raw, cands))

    # Pass 1: anchors, the mentions whose country is certain.
    weights: Counter[str] = Counter()
    if country is not None:
        weights[country] += 100
    anchor_memo: dict[tuple, str | None] = {}
    for raw, cands in kept:
        memo_key = (raw.key, raw.suffix, raw.city_cue)
        if memo_key not in anchor_memo:
            big = {c.country for c in cands if _big_enough(c, set())}
            anchor_memo[memo_key] = big.pop() if len(big) == 1 else None
        anchor = anchor_memo[memo_key]
        if anchor is not None:
            weights[anchor] += 1
    context = {cc for cc, w in weights.items() if w > 0}

    # Pass 2: choose, right to left, so that "Tbilisi, Georgia" sees how "Georgia" was
    # read; the same name with the same cues resolves the same way.
    out: list[_Mention] = []
    memo: dict[tuple, tuple | None] = {}
    right_start, right = -1, None
    for raw, cands in reversed(kept):
        local: tuple[str | None, str | None] = (None, None)
        if right is not None and _APPOSITION.fullmatch(text, raw.end, right_start):
            local = (right[4], "" if right[0] == "country" else right[1])
        memo_key = (raw.key, raw.suffix, raw.city_cue, local)
        if memo_key not in memo:
            memo[memo_key] = _choose(gaz, raw, cands, weights, context, local)
        chosen = memo[memo_key]
        if chosen is not None and chosen[0] == "city" and raw.last == "the" and not raw.city_cue:
            chosen = None  # "on the Dnipro": a river or a feature; cities take no article
        right_start, right = raw.start, chosen
        if chosen is not None:
            out.append(_Mention(raw.start, raw.end, *chosen))
    out.reverse()
    return tuple(out)


def _big_enough(c: _Cand, context: set[str], cue: bool = False) -> bool:
    """Cities below the floor count only in their country's context or with a city cue."""
    if c.kind != "city" or c.population >= CITY_POPULATION_FLOOR or cue:
        return True
    return c.country in context and c.population >= CONTEXT_CITY_POPULATION_FLOOR


def _choose(
    gaz: _Gazetteer,
    raw: _Raw,
    cands: list[_Cand],
    weights: Counter[str],
    context: set[str],
    local: tuple[str | None, str | None],
) -> tuple | None:
    """Pick one candidate for a match: (kind, unit_id, iso, name, country, score)."""
    city_cue = raw.city_cue
    if local[1] == "" and not raw.suffix and not city_cue:
        # "Kherson, Ukraine", "Moscow, Russia": a city followed by its country.
        cities = [c for c in cands if c.kind == "city" and c.country == local[0]]
        if cities:
            cands, city_cue = cities, True
    pool = [c for c in cands if _big_enough(c, context, city_cue)]
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
    name = best.name if best.kind == "city" else unit_name
    return (best.kind, best.unit_id, iso, name, best.country, score)


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
        ``kind`` (``region``, ``entity``, ``city`` or ``country``), ``unit_id`` and
        ``iso_3166_2`` of the first-level unit named or lain in (missing for a country),
        ``name`` (English name of the unit, city or country), ``country`` (ISO alpha-3
        as shipped, i.e. the "un" view) and ``score`` in [0, 1]: 1 unambiguous with a
        cue, 0.95 unambiguous, 0.9 a namesake settled by the suffix, the city's own unit
        or the exact name, 0.85 settled by context, 0.7 by kind, 0.6 by a tenfold
        population, 0.5 a best guess; at most 0.8 for a small town found through
        context, and times 0.8 for names that are also first names. String columns
        have pandas' ``str`` dtype (``object`` for one holding a lone surrogate).

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
       lies in.
    5. **Cities** of at least :data:`CITY_POPULATION_FLOOR` (100,000) inhabitants match
       anywhere; smaller ones (down to 15,000) only with a city cue or when their country
       is already in the document's context (GeoNames districts of big cities are
       cities too: "Saltivka" is in Kharkiv).
    6. **Namesakes.** Mentions with one possible country are anchors; they and
       ``country=`` (which weighs most) make the context. A name with several candidates
       takes, in this order: the one whose country the context names most, with a bonus
       for the mention right after a comma ("Moscow, Idaho", "Odessa, Texas"); with a
       suffix, the unit whose "X Oblast" form it is; the unit a city of the same name lies
       in ("Moscow", "Minsk"); the exact name; the kind (country, then region or entity,
       then city); the population (of the city, or of a unit's listed cities). The score
       says which step settled it.
    7. **Traps.** Names that are everyday English words ("Reading", "Split", "Central",
       "Most") match only with a suffix or cue. Place names that are also first names
       ("Georgia", "Victoria", "Jordan", "Washington") are dropped when a capitalised
       non-place word or a title is next to them ("Victoria Nuland", "Michael Jordan",
       "Queen Victoria", "Lake Victoria"), and names followed by "River", "Sea",
       "battalion" and the like are not places; nor is a city name after "the" ("on the
       Dnipro" is the river).

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


def _frame(text: str, mentions: Sequence[_Mention]) -> pd.DataFrame:
    """The mentions as a frame: int64 spans, str columns (missing as NaN), float64 score."""

    def strings(values: Iterable[Any]) -> Any:
        items = list(values)
        try:
            # Through pyarrow: three times faster than from a list for long texts.
            return pd.array(pa.array(items, type=pa.large_string()), dtype="str")
        except UnicodeEncodeError:  # a lone surrogate cannot be stored as str
            return pd.Series(items, dtype=object)

    data = {
        "start": np.array([m.start for m in mentions], dtype=np.int64),
        "end": np.array([m.end for m in mentions], dtype=np.int64),
        "surface": strings(text[m.start : m.end] for m in mentions),
        "kind": strings(m.kind for m in mentions),
        "unit_id": strings(m.unit_id for m in mentions),
        "iso_3166_2": strings(m.iso_3166_2 for m in mentions),
        "name": strings(m.name for m in mentions),
        "country": strings(m.country for m in mentions),
        "score": np.array([m.score for m in mentions], dtype=np.float64),
    }
    return pd.DataFrame(data, columns=list(COLUMNS), copy=False)


# ---------------------------------------------------------------------------------------
# Claims
# ---------------------------------------------------------------------------------------

_QUALIFIERS = {
    "nearly": (
        "nearly",
        "almost",
        "close to",
        "just under",
        "just shy of",
        "not quite",
        "nigh on",
        "майже",
        "почти",
        "без малого",
        "чи не",
    ),
    "about": (
        "about",
        "around",
        "roughly",
        "approximately",
        "approx.",
        "some",
        "circa",
        "ca.",
        "an estimated",
        "estimated",
        "~",
        "приблизно",
        "близько",
        "орієнтовно",
        "около",
        "примерно",
        "порядка",
        "приблизительно",
    ),
    "more_than": (
        "more than",
        "over",
        "above",
        "in excess of",
        "upwards of",
        "exceeding",
        "just over",
        "greater than",
        "понад",
        "більше ніж",
        "більш ніж",
        "більше за",
        "більше",
        "более чем",
        "более",
        "больше",
        "свыше",
    ),
    "less_than": (
        "less than",
        "under",
        "below",
        "fewer than",
        "менше ніж",
        "менш ніж",
        "менше",
        "менее чем",
        "менее",
        "меньше",
    ),
    "at_least": (
        "at least",
        "no less than",
        "not less than",
        "a minimum of",
        "щонайменше",
        "принаймні",
        "не менше ніж",
        "не менше",
        "не менее чем",
        "не менее",
        "как минимум",
        "по меньшей мере",
        "минимум",
    ),
    "up_to": ("up to", "as much as", "as many as", "a maximum of", "аж до", "вплоть до"),
    "exactly": ("exactly", "precisely", "рівно", "ровно", "точно"),
}
_QUAL_LOOKUP = {
    re.sub(r"\s+", " ", phrase): norm for norm, phrases in _QUALIFIERS.items() for phrase in phrases
}
_QUAL_RE = "|".join(
    re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_QUAL_LOOKUP, key=len, reverse=True)
)

_SMALL = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_WORDNUM = (
    r"(?:a|one)\s+hundred|(?:"
    + "|".join(_TENS)
    + r")(?:[\s-](?:"
    + "|".join(list(_SMALL)[:9])
    + r"))?|"
    + "|".join(sorted(_SMALL, key=len, reverse=True))
)
# Bounded, so that a figure is at most ~160 characters long (see _windowed).
_DIGITS = (
    r"\d{1,3}(?:(?:,|[ \u00a0\u202f\u2009])\d{3}){1,5}(?:[.,]\d{1,6})?|\d{1,15}(?:[.,]\d{1,6})?"
)
_NUM = rf"(?:{_DIGITS}|(?i:{_WORDNUM})(?![\w-]))"
_MULT = (
    r"(?:\s*(?:thousand|million|тис\.|тис(?!\w)|тисяч\w*|тыс\.|тыс(?!\w)|тысяч\w*|млн\.?|"
    r"мільйон\w*|миллион\w*))?"
)
_PCT = (
    r"\s?(?:%|％)|[\s-]*(?:per[\s-]?cent|percent|pct)(?!age)\b"
    r"|\s*(?:відсот\w*|відс\.|процент\w*|проц\.)"
)
_KM2 = (
    r"\s*(?:km²|km2|km\^2|sq\.?\s*km\.?|square[\s-]+kilomet(?:re|er)s?|"
    r"sq\.?\s+kilomet(?:re|er)s?|kilomet(?:re|er)s?\s+squared|"
    r"км²|км2|кв\.?\s*км\.?|квадратн\w+\s+кілометр\w*|квадратн\w+\s+километр\w*)"
)
_MI2 = r"\s*(?:mi²|mi2|sq\.?\s*mi(?:les?)?\.?|square[\s-]+miles?|квадратн\w+\s+мил\w*)"
_UNIT = rf"(?:{_PCT}|{_KM2}|{_MI2})"
_FIGURE = re.compile(
    rf"""
    (?<![\w.,\-])
    (?:(?P<qual>{_QUAL_RE})\s+)?
    (?:(?P<between>between|from|від|от|між|между)\s+)?
    (?P<n1>{_NUM})(?P<m1>{_MULT})(?P<u1>{_UNIT})?
    (?:\s*(?:-|–|—|to|and|до|і|и)\s*(?P<n2>{_NUM})(?P<m2>{_MULT}))?
    (?P<unit>{_UNIT})
    (?![\w²])
    """,
    re.VERBOSE | re.IGNORECASE,
)
_FRACTIONS = {
    "half": 50.0,
    "third": 100 / 3,
    "quarter": 25.0,
    "fourth": 25.0,
    "fifth": 20.0,
    "sixth": 100 / 6,
    "seventh": 100 / 7,
    "eighth": 12.5,
    "ninth": 100 / 9,
    "tenth": 10.0,
}
_FRACTION = re.compile(
    rf"""
    (?<![\w-])
    (?:(?P<qual>{_QUAL_RE})\s+)?
    (?P<frac>
      (?:(?P<n>a|one|two|three|four)[\s-]+)?
      (?P<d>half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)
      (?=\s+of\b)
    | (?P<cyr>третин\w*|трет[ьи]|чверт[ьі]|четверт[ьи]|половин\w*
        |п['’ʼʹ]?ят(?:а|у|ої|ой|ую|ая)\s+частин\w*|пят(?:ая|ую|ой)\s+част\w*
        |десят(?:а|у|ої|ая|ую|ой)\s+част\w*)
    )
    (?!\w)
    """,
    re.VERBOSE | re.IGNORECASE,
)
_CYR_FRACTIONS = (
    ("трет", 100 / 3),
    ("чверт", 25.0),
    ("четверт", 25.0),
    ("половин", 50.0),
    ("пят", 20.0),
    ("п'ят", 20.0),
    ("п’ят", 20.0),
    ("пʼят", 20.0),
    ("десят", 10.0),
)
_NUMERATORS = {None: 1, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4}

_TERRITORY = r"(?:territory|territories|land|landmass|farmland|soil|area|surface)"
_DEMONYMS = {
    "ukrainian": "UKR",
    "russian": "RUS",
    "georgian": "GEO",
    "moldovan": "MDA",
    "azerbaijani": "AZE",
    "armenian": "ARM",
    "belarusian": "BLR",
    "syrian": "SYR",
    "israeli": "ISR",
    "palestinian": "PSE",
    "serbian": "SRB",
    "chinese": "CHN",
    "indian": "IND",
    "pakistani": "PAK",
    "turkish": "TUR",
    "iraqi": "IRQ",
    "polish": "POL",
    "finnish": "FIN",
    "estonian": "EST",
    "latvian": "LVA",
    "lithuanian": "LTU",
    "kazakh": "KAZ",
    "sudanese": "SDN",
    "somali": "SOM",
    "cypriot": "CYP",
}
_CYR_DEMONYMS = {"українськ": "UKR", "украинск": "UKR", "російськ": "RUS", "российск": "RUS"}
_DEMONYM_RE = re.compile(
    rf"(?i)(?:the\s+)?(?:whole\s+|entire\s+)?(?P<dem>{'|'.join(_DEMONYMS)})\w*\s+{_TERRITORY}\b"
)
_OF = re.compile(r"(?i)\s+(?:of|від|от)\s+(?:the\s+)?")
_CYR_TARGET = re.compile(
    r"(?i)\s*(?:від\s+|от\s+)?(?:(?:всієї|усієї|всей|цілої|своєї|своей|її|ее|её|их)\s+)?"
    r"(?:(?P<adj>українськ\w*|украинск\w*|російськ\w*|российск\w*|окупован\w+|оккупирован\w+)"
    r"\s+)?(?P<t>територі\w*|территори\w*|площ\w*|суш\w*)"
)
_CYR_COUNTRY_WORD = re.compile(r"(?i)\s*(?:краї\w*|стран\w*|держав\w*|государств\w*)")
_COUNTRY_PHRASE = re.compile(r"(?i)(?:whole\s+|entire\s+)?(?:country|nation)(?P<poss>['’ʼʹ]s)?")
_ITS_PHRASE = re.compile(
    rf"(?i)(?:its|their|her)\s+(?:own\s+)?(?:(?:internationally\s+)?recogni[sz]ed\s+)?"
    rf"(?:(?:sovereign|national)\s+)?{_TERRITORY}\b"
)
_NEIGHBOUR = re.compile(r"(?i)(?:its|their|her)\s+neighbou?r")
_TERRITORY_PHRASE = re.compile(
    rf"(?i)(?P<adj>(?:\w+\s+)?){_TERRITORY}\b(?P<of>\s+of\s+(?:the\s+)?)?"
)
_TERRITORY_WORD = re.compile(rf"(?i){_TERRITORY}")


def _territory_follows(rest: str) -> bool:
    """True when one of the next three words is territory, land, soil..."""
    return any(_TERRITORY_WORD.fullmatch(w) for w in re.findall(r"\w+", rest[:60])[:3])


_TERRITORIAL_CUE = re.compile(
    r"(?i)\b(?:control\w*|occup\w*|hold\w*|held|annex\w*|seiz\w*|captur\w*|territor\w*|"
    r"land|liberat\w*|retak\w*|retook|recaptur\w*|regain\w*|lost|los(?:e|es|ing)|"
    r"окуп\w*|оккуп\w*|контрол\w*|територ\w*|территор\w*|захоп\w*|захват\w*|анекс\w*|"
    r"аннекс\w*|звільн\w*|освобо\w*|утрим\w*|удерж\w*)"
)
_NOT_TERRITORIAL_AFTER = re.compile(
    r"(?i)\s+(?:voted|vote|votes|in\s+favou?r|turnout|support|backed|approval|majority|"
    r"of\s+(?:the\s+)?(?:vote|votes|voters|respondents|population|people|residents|"
    r"electorate|ballots)|said|say|points?|percentage)\b"
)
_AGENT_VERB = re.compile(
    r"(?i)\b(?:occup\w*|annex\w*|seiz\w*|captur\w*|controls|controlled|controlling|"
    r"hold|holds|held|took|taken|take|takes|grabbed|окуп\w*|оккуп\w*|захоп\w*|захват\w*|"
    r"анекс\w*|аннекс\w*|контролює|контролирует|утримує|удерживает)\b"
)
_LOST = re.compile(r"(?i)\b(?:lost|los(?:e|es|ing)|втрат\w*|потеря\w*)\b")


def _parse_number(num: str, mult: str) -> float:
    s = num.strip()
    low = s.lower()
    if re.fullmatch(rf"(?:{_WORDNUM})", low, re.IGNORECASE):
        words = re.split(r"[\s-]+", low)
        if words[-1] == "hundred":
            value = 100.0
        else:
            value = float(sum(_TENS.get(w, 0) + _SMALL.get(w, 0) for w in words))
    else:
        grouped = re.fullmatch(
            r"(\d{1,3})((?:([, \u00a0\u202f\u2009])\d{3})(?:\3\d{3})*)"
            r"(?:([.,])(\d+))?",
            s,
        )
        if grouped and not s.startswith("0,") and grouped.group(4) != grouped.group(3):
            sep = grouped.group(3)
            whole = grouped.group(1) + grouped.group(2).replace(sep, "")
            frac = grouped.group(5)
            value = float(f"{whole}.{frac}" if frac else whole)
        else:
            value = float(re.sub(r"[ \u00a0\u202f\u2009]", "", s).replace(",", "."))
    m = mult.strip().lower()
    if m.startswith(("thousand", "тис", "тыс")):
        value *= 1_000
    elif m.startswith(("million", "млн", "мільйон", "миллион")):
        value *= 1_000_000
    return value


_KM2_RE = re.compile(_KM2, re.IGNORECASE)
_MI2_RE = re.compile(_MI2, re.IGNORECASE)


def _unit_of(unit_text: str) -> str:
    if _KM2_RE.fullmatch(unit_text):
        return "km2"
    if _MI2_RE.fullmatch(unit_text):
        return "mi2"
    return "%"


def _qualifier(q: str | None, text: str, start: int) -> str | None:
    if not q:
        return None
    phrase = re.sub(r"\s+", " ", q.lower())
    norm = _QUAL_LOOKUP.get(phrase)
    if phrase == "over" and re.search(r"(?i)\bcontrol\s+$", text[max(0, start - 12) : start]):
        return None  # "control over 18%" is control of 18%
    return norm


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - 300)
    head = text[lo:start]
    cut = max((m.end() for m in re.finditer(r"[.!?…](?=\s)|\n", head)), default=0)
    s0 = lo + cut
    tail = text[end : end + 300]
    m = re.search(r"[.!?…](?=\s|$)|\n", tail)
    s1 = end + (m.start() if m else len(tail))
    return s0, s1


class _Context(NamedTuple):
    """What find_claims knows about a document: its mentions, indexed."""

    at: dict[int, _Mention]  # by start
    groups: tuple[tuple[list[int], list[_Mention]], ...]  # (ends, mentions): countries, rest
    default: str | None


def _make_context(mentions: Sequence[_Mention], default: str | None) -> _Context:
    groups = []
    for kinds in (("country",), ("region", "entity", "city")):
        chosen = [m for m in mentions if m.kind in kinds]
        groups.append(([m.end for m in chosen], chosen))
    return _Context({m.start: m for m in mentions}, tuple(groups), default)


def _context_country(text: str, start: int, ctx: _Context) -> str | None:
    """The country a figure at ``start`` refers to when the text does not say.

    The nearest country named before it that is not the one taking the territory (the
    subject of an occupation verb, or the agent in "held by Russia"); else the
    ``country=`` default; else the country of the nearest region or city named before it
    ("Kyiv says ...").
    """
    s0, _s1 = _sentence_bounds(text, start, start)
    for ends, chosen in ctx.groups:
        k = bisect.bisect_right(ends, start)  # chosen[:k] end before the figure
        for i in range(k - 1, -1, -1):
            m = chosen[i]
            if m.start >= s0:
                # The words between this mention and the next one (or the figure).
                stop = chosen[i + 1].start if i + 1 < k else start
                between = text[m.end : stop]
                verb = _AGENT_VERB.search(between)
                if verb and len(between[: verb.start()].split()) <= 2 and not _LOST.search(between):
                    continue
                if _BY_AGENT.search(text[max(0, m.start - 12) : m.start]):
                    continue
            return m.country
        if ctx.default is not None:
            return ctx.default
    return None


_BY_AGENT = re.compile(r"(?i)\b(?:by|to)\s+(?:the\s+)?$")


def _target(text: str, pos: int, fig_start: int, ctx: _Context) -> tuple[bool, bool, str | None]:
    """Read what a figure is a share of, from ``pos`` (just after the unit).

    Returns (has_target, territorial, of).
    """
    at = ctx.at
    m = _OF.match(text, pos)
    if m is not None and not text[pos : m.end()].strip().lower().startswith(("від", "от")):
        t = m.end()
        rest = text[t : t + 120]
        if t in at:
            men = at[t]
            possessive = text[men.end - 2 : men.end - 1] in "'’ʼ" and men.end - men.start > 2
            if men.kind == "country":
                if possessive and not _territory_follows(text[men.end : men.end + 60]):
                    return True, False, None
                return True, True, men.country
            return True, True, None
        if _NEIGHBOUR.match(rest):
            return True, True, None
        dm = _DEMONYM_RE.match(rest)
        if dm:
            key = dm.group("dem").lower()
            return True, True, _DEMONYMS[key]
        cm = _COUNTRY_PHRASE.match(rest)
        if cm:
            if cm.group("poss") and not _territory_follows(rest[cm.start("poss") + 2 :]):
                return True, False, None
            return True, True, _context_country(text, fig_start, ctx)
        if _ITS_PHRASE.match(rest):
            return True, True, _context_country(text, fig_start, ctx)
        tm = _TERRITORY_PHRASE.match(rest)
        if tm:
            adj = tm.group("adj").strip().lower()
            if tm.group("of"):
                t2 = t + tm.end()
                if t2 in at and at[t2].kind == "country":
                    return True, True, at[t2].country
                return True, True, None
            after_phrase = rest[tm.end() : tm.end() + 40]
            if _AGENT_VERB.search(after_phrase) or _LOST.search(after_phrase):
                return True, True, None  # "the land Russia seized": not the whole country
            if adj in ("", "whole", "entire", "national"):
                return True, True, _context_country(text, fig_start, ctx)
            return True, True, None
        return True, False, None
    cm2 = _CYR_TARGET.match(text, pos)
    if cm2:
        adj = (cm2.group("adj") or "").lower()
        for stem, cc in _CYR_DEMONYMS.items():
            if adj.startswith(stem):
                return True, True, cc
        if adj:
            return True, True, None
        t = cm2.end()
        nxt = re.match(r"\s*", text[t:])
        t2 = t + (nxt.end() if nxt else 0)
        if t2 in at and at[t2].kind == "country":
            return True, True, at[t2].country
        if _CYR_COUNTRY_WORD.match(text, t):
            return True, True, _context_country(text, fig_start, ctx)
        if t2 in at:
            return True, True, None
        return True, True, _context_country(text, fig_start, ctx)
    sp = re.match(r"\s*(?:від\s+|от\s+)?", text[pos : pos + 10])
    t = pos + (sp.end() if sp else 0)
    if t in at and t > pos and _CYRILLIC.match(text, t):
        men = at[t]
        return True, True, men.country if men.kind == "country" else None
    return False, False, None


# Cheap patterns for words a figure cannot do without (its unit, its fraction word): the
# full patterns run only in a window around them, which keeps long texts fast.
_FIGURE_HINT = re.compile(r"[%％²]|per[\s-]?cent|pct|km|[sſ]q|squar|mi2|відс|проц|кв|км")
_FRACTION_HINT = re.compile(
    r"half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"трет|чверт|четверт|половин|п['’ʼʹ]?ят|десят"
)
# A match starts at most _BEFORE characters before a hint it contains, and ends at most
# _AFTER after it: qualifier, range and numbers (bounded in _DIGITS) come first, and only
# the rest of the unit after.
_BEFORE, _AFTER = 160, 40


def _windowed(pattern: re.Pattern[str], hint: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``pattern.finditer(text)``, run only in windows around the hits of ``hint``.

    Every match contains a hint, so it lies in the union of the windows around the
    hints; overlapping windows are merged, so no match crosses a window's edge and the
    scan of a window finds what a scan of the whole text finds there. ``hint`` is
    lower-case and runs on ``text.lower()`` (case-insensitive matching is ten times
    slower), or case-insensitively where lower-casing changes the length.
    """
    n = len(text)
    low = text.lower()
    hits = hint.finditer(low) if len(low) == n else re.finditer(hint.pattern, text, re.I)
    windows: list[list[int]] = []
    for h in hits:
        lo, hi = max(0, h.start() - _BEFORE), min(n, h.end() + _AFTER)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    out: list[re.Match[str]] = []
    for lo, hi in windows:
        # Look a little past the window, so that look-aheads see the real text.
        out.extend(m for m in pattern.finditer(text, lo, min(n, hi + _AFTER)) if m.end() <= hi)
    return out


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
    - **Numbers**: digits with thousands separators (``90,000``, ``90 000``) or decimal
      commas (``8,8``; a comma followed by exactly three digits is a thousands separator
      unless the number starts with ``0,``), number words up to a hundred ("fifteen per
      cent"), and multipliers ("90 thousand", "тис.").
    - **Units**: ``%``, per cent, percent, pct, відсотків, процентов -> ``'%'``; km²,
      sq km, square kilometres, кв. км -> ``'km2'``; sq mi, square miles -> ``'mi2'``.
      Ranges ("15–18%", "15% to 18%", "between 15 and 18 per cent") give ``value`` and
      ``high``. Percentage points are not shares and are skipped.
    - **Fractions in words** ("a fifth of", "one-fifth of", "two-thirds of", "half of",
      "третина", "п'ята частина") are given in per cent and only count when followed by
      "of" (in English) and a territorial target, so "half of the voters" and "the second
      half of the year" are not claims.
    - **Which figures are territorial**: an area is always kept. A share is kept when
      "of" names a territory (a country, "the country", "its territory", "Ukrainian
      territory", "the territory of X", a region) or, with no "of", when its sentence
      speaks of control, occupation, annexation, territory or land ("Russia holds about
      18%"); "97% of voters", "turnout of 97%", "15% of Ukraine's GDP" are not claims.
    - **of**: the country named ("of Ukraine", "of Ukrainian territory", "території
      України"); for "the country", "its territory", "the territory" or no "of" at all, the
      nearest country named before the figure, skipping one that takes the territory in
      the same sentence (the subject of an occupation verb within two words, as in
      "Russia occupies 18% of the country", or the agent in "held by Russia"); else
      ``country``; else the country of the nearest region or city named before it ("Kyiv
      says Russian forces hold 18% of the country"); else None. A share of a region
      ("half of the Donetsk region") or of "its neighbour's land" has ``of=None``.
    - Not handled: hectares, "percentage points", fractions without "of" ("about a
      fifth."), and numbers longer than 15 digits.

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
    ctx = _make_context(_resolve(text, default), default)
    found: list[tuple[int, int, float, float | None, str, str | None, int]] = []
    for m in _windowed(_FIGURE, _FIGURE_HINT, text):
        start, end = m.span()
        if re.match(r"(?i)\s*(?:percentage\s+)?points?\b", text[end : end + 20]):
            continue
        unit = _unit_of(m.group("unit"))
        value = _parse_number(m.group("n1"), m.group("m1") or "")
        high = None
        if m.group("n2"):
            high = _parse_number(m.group("n2"), m.group("m2") or m.group("m1") or "")
        qual = _qualifier(m.group("qual"), text, start)
        found.append((start, end, value, high, unit, qual, m.end()))
    taken_starts = [f[0] for f in found]  # figures are sorted and do not overlap
    for m in _windowed(_FRACTION, _FRACTION_HINT, text):
        start, end = m.span()
        k = bisect.bisect_left(taken_starts, end)  # figures found[:k] start before `end`
        if k and found[k - 1][1] > start:
            continue
        if m.group("cyr"):
            low = m.group("cyr").lower()
            value = next(v for stem, v in _CYR_FRACTIONS if low.startswith(stem))
        else:
            d = m.group("d").lower().rstrip("s")
            if d == "half" and m.group("n") not in (None, "a", "one"):
                continue
            value = _NUMERATORS[m.group("n") and m.group("n").lower()] * _FRACTIONS[d]
        found.append(
            (start, end, value, None, "frac", _qualifier(m.group("qual"), text, start), end)
        )
    found.sort()
    claims: list[Claim] = []
    kept_named: list[bool] = []
    named: list[bool] = []  # whether the text names the country right after the figure
    for start, end, value, high, unit, qual, after in found:
        has_target, territorial, of = _target(text, after, start, ctx)
        named.append(has_target and of is not None and _names_country(text, after, ctx))
        if unit == "frac":
            if not (has_target and territorial):
                continue
            unit = "%"
        elif unit == "%":
            if has_target and not territorial:
                continue
            if not has_target:
                if _NOT_TERRITORIAL_AFTER.match(text, after):
                    continue
                s0, s1 = _sentence_bounds(text, start, end)
                around = text[s0:start] + " " + text[end:s1]
                if not _TERRITORIAL_CUE.search(around):
                    continue
                of = _context_country(text, start, ctx)
        elif not has_target:
            of = _context_country(text, start, ctx)
        claims.append(Claim(value, high, unit, qual, of, start, end, text[start:end]))
        kept_named.append(named[-1])
    return _share_named_country(text, claims, kept_named)


def _names_country(text: str, after: int, ctx: _Context) -> bool:
    """True when the words after a figure name its country ("of Ukraine", "України")."""
    m = _OF.match(text, after) or re.compile(r"\s*").match(text, after)
    if m is None:
        return False
    pos = m.end()
    for _ in range(3):  # "of Ukrainian territory", "території України"
        men = ctx.at.get(pos)
        if men is not None:
            return men.kind == "country"
        word = re.compile(r"\w+\s+").match(text, pos)
        if word is None:
            return False
        if _DEMONYM_RE.match(text[pos : pos + 60]) or any(
            text[pos:].lower().startswith(stem) for stem in _CYR_DEMONYMS
        ):
            return True
        pos = word.end()
    return False


def _share_named_country(text: str, claims: list[Claim], named: list[bool]) -> list[Claim]:
    """Give a figure without a named country the one another figure in its sentence names.

    "Moscow claims some 90,000 sq km, or 15% of Ukraine": both are Ukraine's.
    """
    out = []
    for i, claim in enumerate(claims):
        if not named[i]:
            s0, s1 = _sentence_bounds(text, claim.start, claim.end)
            for j, other in enumerate(claims):
                if j != i and named[j] and s0 <= other.start < s1:
                    claim = dataclasses.replace(claim, of=other.of)
                    break
        out.append(claim)
    return out


_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}  # fmt: skip
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_PATTERNS = (
    # 2022-09-21
    (re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"), ("y", "m", "d")),
    # 21 September 2022, 21 Sept. 2022
    (
        re.compile(rf"(?<!\d)(\d{{1,2}})\s+({_MONTH_RE})\.?,?\s+(\d{{4}})(?!\d)", re.I),
        ("d", "mon", "y"),
    ),
    # September 21, 2022
    (
        re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})(?!\d)", re.I),
        ("mon", "d", "y"),
    ),
)
#: How far into an article :func:`article_date` looks for its date (the dateline).
DATELINE_CHARS = 400


def article_date(text: str) -> _dt.date | None:
    """The date an article gives in its dateline, if any.

    Looks at the first :data:`DATELINE_CHARS` characters only, for an ISO date
    (``2022-09-21``), a day-month-year date (``21 September 2022``) or a month-day-year
    date (``September 21, 2022``), and returns the first valid one.

    Parameters
    ----------
    text : str
        The article.

    Returns
    -------
    datetime.date or None

    Examples
    --------
    >>> article_date("Kyiv, 21 Sept. 2022 - Officials said ...")
    datetime.date(2022, 9, 21)
    >>> article_date("No date here.") is None
    True
    """
    head = _check_text(text)[:DATELINE_CHARS]
    found: list[tuple[int, _dt.date]] = []
    for pattern, order in _DATE_PATTERNS:
        for m in pattern.finditer(head):
            parts = dict(zip(order, m.groups(), strict=True))
            month = _MONTHS[parts["mon"].lower()] if "mon" in parts else int(parts["m"])
            try:
                found.append((m.start(), _dt.date(int(parts["y"]), month, int(parts["d"]))))
            except ValueError:
                continue
    return min(found)[1] if found else None
