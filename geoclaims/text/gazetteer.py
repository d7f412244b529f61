"""The name index: every name of every unit, entity, country and city, built once.

The gazetteer reads the name tables of :mod:`geoclaims.boundaries` (``_names``, ``_units``,
``_cities``, ``_country_table`` and, when shipped, ``_city_names``), adds the Cyrillic case
forms that :mod:`geoclaims.text.lang` knows, and compiles Aho-Corasick automata
(pyahocorasick) over the normalised keys: one over the keys in Cyrillic letters, read only
for texts that hold some, and one over all others. It is built once and kept in the user cache
(:mod:`geoclaims._index`); a process loads that copy.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import ahocorasick
import pandas as pd

from geoclaims import _index
from geoclaims._normalize import SUFFIX_WORDS, name_key, normalize
from geoclaims.text import lang as _lang

log = logging.getLogger(__name__)

#: Countries that write in Cyrillic or did, whose towns' Cyrillic names are their own.
_CYRILLIC_WRITING = frozenset(
    {"UKR", "RUS", "BLR", "MDA", "GEO", "ARM", "AZE", "KAZ", "KGZ", "TJK", "UZB", "BGR", "SRB",
     "MKD", "MNE", "BIH", "MNG"}
)  # fmt: skip
#: Cities of at least this many inhabitants are found anywhere in the world.
CITY_POPULATION_FLOOR = 100_000
#: Smaller cities (down to the 15,000 of the shipped GeoNames table, and the towns of 5,000
#: it keeps where disputes are reported town by town: Ukraine, the Caucasus, Moldova,
#: Cyprus, Kosovo, Palestine and Russia's border regions) are found only when their country
#: is already in the document's context (named in the text, the country of an unambiguous
#: mention, or the ``country=`` argument).
CONTEXT_CITY_POPULATION_FLOOR = 5_000
# Where the shipped country table still uses Natural Earth's own codes.
_ISO_TO_TABLE = {"SSD": "SDS", "XKX": "KOS", "ESH": "SAH"}

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
# Endings of the first word of a two-word Cyrillic name that make it an adjective
# ("Південна Осетія", "Нагорный Карабах"); another first word is a noun ("Республіка").
_ADJECTIVE_LIKE = (
    "на", "ня", "ний", "ній", "ий", "ій", "ый", "ой", "ая", "яя", "ька", "ська", "ые", "ие", "ні",
    "ное", "нее", "ое", "ее", "ське", "цьке", "не",
)  # fmt: skip
#: Nouns that end like an adjective ("Зона С", "Долина Бекаа").
_NOUNS_LIKE_ADJECTIVES = frozenset({"зона", "долина", "країна", "страна", "сторона"})


def _adjectival(word: str) -> bool:
    """Whether a Cyrillic word of a name reads as an adjective ("Південна", not "Зона")."""
    low = word.lower()
    return low.endswith(_ADJECTIVE_LIKE) and low not in _NOUNS_LIKE_ADJECTIVES


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# The Arabic article at the start of a Cyrillic name ("Эль-", "Аль-", "Ель-"), before a
# word of at least five letters.
_CYR_ARABIC_ARTICLE = re.compile(r"(?:Эль|Аль|Ель|Ал|Ас|Аш|Эш|Ад|Ар|Ан|Ат|Аз)-(?=\w{5})")
# The Arabic article at the start of a transliterated name ("al ", "an ", "ash "), and
# "muhafazat" (governorate of).
_ARABIC_ARTICLE = re.compile(r"(?:muhafazat |mohafazat )?(?:al|an|ar|as|ash|ad|at|az|el) ")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


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


class _CyrillicAutomaton:
    """The automaton over the keys that hold Cyrillic letters, loaded on first need.

    The gazetteer's keys are split by script: the main automaton holds the keys without a
    Cyrillic letter, this one the others (about half the automaton's nodes). A text without
    Cyrillic letters never needs it, so an English text never loads it: a cold process
    holds half the automaton, and unpickles half. It is kept in the user cache as its own
    file (``cyrillic-names-<digest>.pickle``), built from the keys when missing.
    """

    __slots__ = ("_automaton", "count", "keys")

    def __init__(self, keys: Sequence[str], count: int) -> None:
        self.keys, self.count = keys, count
        self._automaton: Any = None

    def get(self) -> Any:
        """The automaton (pyahocorasick, STORE_INTS: the key's index in ``keys``)."""
        if self._automaton is None:
            self._automaton = _index.load_or_build(
                self._build,
                lambda automaton: automaton,
                lambda automaton: automaton,
                lambda automaton: len(automaton) == self.count,
                kind="cyrillic-names",
            )
        return self._automaton

    def _build(self) -> Any:
        keys = self.keys
        return _automaton((i for i, key in enumerate(keys) if _CYRILLIC.search(key)), keys)


class _Gazetteer(NamedTuple):
    automaton: Any  # over the keys without a Cyrillic letter; see scan() and key_id()
    keys: _index.PackedStrings
    candidates: Sequence[tuple[_Cand, ...]]  # list, or _index.LazyTuples when loaded
    units: dict[str, tuple[str | None, str, str]]  # unit_id -> (iso_3166_2, name, country)
    country_names: dict[str, str]
    acronyms: frozenset[int]  # keys whose every candidate is an acronym
    # key -> (unit_id, city name, country) of the national capital the key can name
    capitals: dict[str, tuple[str, str, str]]
    # the units of those capitals that are the city itself (see _capital_city_units)
    capital_units: frozenset[str]
    # named places without a boundary (boundaries._place_table): found, never measured
    places: frozenset[str] = frozenset()
    cyrillic: _CyrillicAutomaton | None = None  # over the keys with a Cyrillic letter


def _automaton(ids: Iterable[int], keys: Sequence[str]) -> Any:
    """A pyahocorasick automaton over the keys ``keys[i]`` for `ids`, each as " key ".

    The value stored for a key is its index ``i``.
    """
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for i in ids:
        automaton.add_word(f" {keys[i]} ", i)
    automaton.make_automaton()
    return automaton


def scan(gaz: _Gazetteer, hay: str) -> list[tuple[int, int]]:
    """(end, key index) of every key found in `hay`, a normalised text padded with spaces.

    The automaton over Cyrillic keys is read (and loaded) only for a text holding a
    Cyrillic letter. Ends are inclusive, as pyahocorasick gives them; not sorted.
    """
    found = list(gaz.automaton.iter(hay))
    if gaz.cyrillic is not None and _CYRILLIC.search(hay):
        found.extend(gaz.cyrillic.get().iter(hay))
    return found


def key_id(gaz: _Gazetteer, key: str) -> int | None:
    """The index of the normalised `key` among the gazetteer's keys; None if not a key."""
    if _CYRILLIC.search(key):
        if gaz.cyrillic is None:
            return None
        return gaz.cyrillic.get().get(f" {key} ", None)
    return gaz.automaton.get(f" {key} ", None)


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
    """The name index: loaded from the user cache, or built and stored there first.

    See :mod:`geoclaims._index`; the loaded index gives the same answers as a
    fresh build (tested).
    """
    return _index.load_or_build(_build, _to_payload, _from_payload, _whole)


def _to_payload(gaz: _Gazetteer) -> tuple:
    # keys as one string and candidates marshalled into one buffer: they load in a few
    # milliseconds instead of a tenth of a second as lists of 150,000 items, and the keys
    # take a tenth of the memory
    cands = _index.PackedRows.pack([tuple(tuple(c) for c in cs) for cs in gaz.candidates])
    n_cyrillic = gaz.cyrillic.count if gaz.cyrillic is not None else 0
    # sets as sorted tuples: a set of strings iterates in the order of the process's string
    # hashes, so the stored file would differ from one build to the next
    rest = [tuple(sorted(v)) if isinstance(v, frozenset) else v for v in gaz[3:-1]]
    return (gaz.automaton, gaz.keys, cands, *rest, n_cyrillic)


def _from_payload(payload: tuple) -> _Gazetteer:
    automaton, keys, cands, *rest, n_cyrillic = payload
    rest = [frozenset(v) if isinstance(v, tuple) else v for v in rest]
    cyrillic = _CyrillicAutomaton(keys, n_cyrillic)
    return _Gazetteer(automaton, keys, _index.LazyTuples(cands, _Cand._make), *rest, cyrillic)


def _whole(gaz: _Gazetteer) -> bool:
    return (
        isinstance(gaz.keys, _index.PackedStrings)
        and gaz.cyrillic is not None
        and len(gaz.keys) == len(gaz.candidates) == len(gaz.automaton) + gaz.cyrillic.count
        and all(isinstance(part, dict) for part in (gaz.units, gaz.country_names, gaz.capitals))
    )


def _build() -> _Gazetteer:
    """Build the automaton over every name key."""
    from geoclaims.boundaries import _cities, _country_table, _names, _unit_attrs

    units_df = _unit_attrs()
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
    # Named areas (Donbas, Kashmir, South Ossetia...): "area:<slug>" ids, when the
    # boundaries data ships them (boundaries._area_table), with their names in _names().
    # One that is an ISO 3166-2 subdivision (Scotland, GB-SCT) carries its code and is
    # found as a region.
    areas = {**_areas(), **_places()}
    units.update(areas)
    cities = _cities()
    unit_pop: Counter[str] = Counter()
    for uid, pop in zip(cities["unit_id"], cities["population"], strict=True):
        unit_pop[uid] += int(pop)
    for aid, members in _area_members().items():
        unit_pop[aid] = sum(unit_pop.get(u, 0) for u in members)
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
        if not key or (len(key) < 3 and not acronym and not (suffix and not bare)):
            # (a two-letter name is kept where its unit word must follow: "Wa State")
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
    places = _place_name_rows()
    # The English names of named areas and places, to tell which translations of an ISO
    # 3166-2 name are theirs.
    area_english: dict[str, set[str]] = {}
    for uid, lang, norm in itertools.chain(
        zip(names["unit_id"], names["language"], names["norm"], strict=True),
        ((r[0], r[3], r[5]) for r in places),
    ):
        if lang == "en" and uid.startswith("area:"):
            area_english.setdefault(uid, set()).add(norm)
    # boundaries._names() has already normalised every name (norm) and keyed it (key).
    for uid, cc, name, lang, kind, norm, key in itertools.chain(
        zip(
            names["unit_id"],
            names["country"],
            names["name"],
            names["language"],
            names["kind"],
            names["norm"],
            names["key"],
            strict=True,
        ),
        _translated_names(units, country_names, area_english),
        places,
    ):
        out_kind = _KINDS_OF_NAME.get(kind)
        if out_kind is None or not name:
            continue
        if uid in areas:
            out_kind = "region" if areas[uid][0] else "area"
        if _LATIN.search(name) and lang not in _LATIN_LANGUAGES and uid not in areas:
            # (A named area's names are curated, so "Guayana Esequiba" is kept.)
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
        art = _ARABIC_ARTICLE.match(key) if out_kind == "region" else None
        if art and len(key) - art.end() >= 5:
            # "Al Hasakah" is also "Hasakah", "An Nabatiyah" "Nabatiyah".
            add(key[art.end() :], out_kind, uid, cc, label, pop, not suffixed, suffixed, False)
        if " and " in key and not _CYRILLIC.search(name):
            # "Jammu & Kashmir", "Bosnia & Herzegovina": an ampersand folds to a space.
            add(
                key.replace(" and ", " "),
                out_kind,
                uid,
                cc,
                label,
                pop,
                not suffixed,
                suffixed,
                False,
            )
        art_cyr = _CYR_ARABIC_ARTICLE.match(name) if out_kind == "region" else None
        if art_cyr and " " not in name:
            # "Эль-Джуфра" is also "Джуфра" ("в Джуфре"), "Аль-Хасака" "Хасака"
            base = name[art_cyr.end() :]
            for form in (base, *_lang.noun_forms(base)):
                add(normalize(form), out_kind, uid, cc, label, pop, True, False, False)
        if _CYRILLIC.search(name):
            raw = name.split()
            if suffixed and len(raw) >= 2:
                adjective = " ".join(raw[:-1])
                head, _, last = adjective.rpartition(" ")
                for form in _lang.adjective_forms(last.lower()):
                    full = f"{head} {form}" if head else form
                    add(normalize(full), out_kind, uid, cc, label, pop, False, True, False)
                if head and " " not in head:
                    # "Еврейская автономная область" -> "Еврейской автономной области"
                    for a, b in _lang.adjective_pairs(head.lower(), last.lower()):
                        full = f"{a} {b}"
                        add(normalize(full), out_kind, uid, cc, label, pop, False, True, False)
                if out_kind == "region" and raw[-1].lower() == "область" and not head:
                    # The regional name made from the adjective ("Сумщина"), in every case.
                    for regional in _lang.regional_names(adjective):
                        for form in (regional, *_lang.noun_forms(regional)):
                            add(normalize(form), out_kind, uid, cc, label, pop, True, False, False)
            elif len(raw) == 1:
                forms = _lang.noun_forms(name)
                if out_kind == "area" and name.lower().endswith(("ый", "ий", "ій")):
                    # an island named by an adjective: "Змеиный" -> "у Змеиного"
                    forms = [*forms, *_lang.adjective_forms(name.lower())]
                for form in forms:
                    add(normalize(form), out_kind, uid, cc, label, pop, True, False, False)
            elif len(raw) == 2 and out_kind in ("area", "country", "region", "entity"):
                # "Південна Осетія" -> "Південної Осетії", "Нагорный Карабах" -> "Нагорном
                # Карабахе": the adjective's and the noun's case forms.
                # A noun before a name in the nominative inflects alone: "Республіка
                # Молдова" -> "Республіки Молдова".
                adjectival = _adjectival(raw[0])
                adjectives = [raw[0], *_lang.adjective_forms(raw[0].lower())]
                nouns = [raw[1], *_lang.noun_forms(raw[1])]
                pairs = []
                if not adjectival:
                    adjectives, nouns = [raw[0], *_lang.noun_forms(raw[0])], [raw[1]]
                    if raw[0][-1:].lower() not in "аяіиыоеєьй":
                        # or a foreign word before the noun that stays as it is: "Азад
                        # Кашмир" -> "в Азад Кашмире" (and "сектор Газа" -> "сектора Газа")
                        pairs = [(raw[0], n) for n in _lang.noun_forms(raw[1])]
                for a, n in [*itertools.product(adjectives, nouns), *pairs]:
                    add(normalize(f"{a} {n}"), out_kind, uid, cc, label, pop, True, False, False)
            elif len(raw) in (3, 4) and out_kind in ("area", "country", "region", "entity"):
                for form in _three_word_forms(raw):
                    add(normalize(form), out_kind, uid, cc, label, pop, True, False, False)
        elif out_kind in ("region", "entity") and " " not in key and not suffixed:
            # "the Crimean peninsula", "the Crimea peninsula": a landform named after the
            # unit, in the adjective the language makes from the name.
            for form in (key, *_lang.en.adjectives(key)):
                for noun in _lang.en.LANDFORMS:
                    add(f"{form} {noun}", out_kind, uid, cc, label, pop, True, False, False)
    for cc, name in country_names.items():
        add(name_key(name), "country", None, cc, name, country_pop.get(cc, 0), True, False, False)
    for formal, cc in _lang.merged_tuple("FORMAL_COUNTRY_NAMES"):
        cc = cc if cc in country_names else _ISO_TO_TABLE.get(cc, cc)
        if cc in country_names:
            acronym = formal.replace(".", "").isupper() and len(formal) <= 6
            label = country_names[cc]
            add(
                name_key(formal),
                "country",
                None,
                cc,
                label,
                country_pop.get(cc, 0),
                True,
                False,
                acronym,
            )
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
    for alias, name, pop, uid, cc in itertools.chain(
        _city_aliases(cities), _capital_aliases(cities)
    ):
        if uid not in units:
            continue
        add(normalize(alias), "city", uid, cc, name, pop, True, False, False)
        if _CYRILLIC.search(alias) and " " not in alias:
            forms = _lang.noun_forms(alias)
        elif _CYRILLIC.search(alias) and alias.count(" ") == 1:
            forms = _town_forms(*alias.split())
        else:
            forms = []
        for form in forms:
            if cc not in _CYRILLIC_WRITING and len(form) < len(alias):
                # a foreign town's name read as a plural loses its ending, and the stem is
                # often a word or a first name ("Александри", Alexandria: "Александр")
                continue
            key = normalize(form)
            if not any(e[0] == "country" for e in table.get(key, {}).values()):
                # (a case form a country has is the country's: "Бразилії" is Brazil's,
                # though "Бразиліа", Brasília, declines to it too)
                add(key, "city", uid, cc, name, pop, True, False, False)

    keys: list[str] = []
    candidates: list[tuple[_Cand, ...]] = []
    seats = seat_units(units)
    label_norm = functools.cache(normalize)  # a label stands in many slots
    for key, slot in table.items():
        homes = {e[1] for e in slot.values() if e[0] == "city"}
        homes |= {seats[u] for u in homes if u in seats}
        cands = tuple(
            _Cand(
                *entry,
                label_norm(entry[3]) == key,
                entry[0] != "city" and entry[1] in homes,
            )
            for entry in slot.values()
        )
        keys.append(key)
        candidates.append(cands)
    cyrillic = [bool(_CYRILLIC.search(key)) for key in keys]
    automaton = _automaton((i for i, c in enumerate(cyrillic) if not c), keys)
    log.debug("gazetteer: %d keys", len(keys))
    acronyms = frozenset(i for i, cands in enumerate(candidates) if all(c.acronym for c in cands))
    capitals = _capital_keys(keys, candidates)
    return _Gazetteer(
        automaton,
        _index.PackedStrings.pack(keys),
        candidates,
        units,
        country_names,
        acronyms,
        capitals,
        _capital_city_units(
            {unit_id for unit_id, _name, _cc in capitals.values()},
            _named_as_capital(keys, candidates, capitals),
        ),
        frozenset(_places()),
        _CyrillicAutomaton(keys, sum(cyrillic)),  # the list: the same strings
    )


#: A national capital's first-level unit smaller than this (km², geodesic, on the
#: shipped polygon) is the city itself: Tokyo (2,135), Baku (2,372), Nairobi (757),
#: Bamako (202), Beirut (25); a province around the capital is larger: Kabul (4,408),
#: Khartoum state (21,146).
CITY_UNIT_MAX_KM2 = 3000.0
#: A unit that bears its capital's name is the city itself up to this size (km²): Cairo
#: Governorate (3,126), Hanoi (3,310), the City of Belgrade (3,355); Kabul Province
#: (4,408) is a province around its city.
CITY_UNIT_NAMED_MAX_KM2 = 3500.0


def seat_units(units: dict[str, tuple[str | None, str, str]]) -> dict[str, str]:
    """Units without an ISO 3166-2 code that are the seat of a coded unit of their name.

    Natural Earth draws some towns as units of their own beside the district named after
    them: the municipality of Shusha ("AZE.susa") beside Shusha Rayon (AZ-SUS), Cork city
    beside County Cork, Cebu City beside Cebu. ``units`` maps unit_id to (ISO 3166-2 code
    or None, name, alpha-3); returns the seat unit's id -> the coded unit's id. A town in
    the seat unit makes the coded unit its home, as a town inside it would.
    """
    coded = {(name, cc): uid for uid, (iso, name, cc) in units.items() if iso}
    return {
        uid: coded[(name, cc)]
        for uid, (iso, name, cc) in units.items()
        if not iso and "/" not in uid and not uid.startswith("area:") and (name, cc) in coded
    }


def _named_as_capital(
    keys: list[str], candidates: Sequence[tuple[_Cand, ...]], capitals: dict[str, tuple]
) -> frozenset[str]:
    """The capitals' units that a name of the capital also names as a unit ("Cairo")."""
    return frozenset(
        capitals[key][0]
        for key, cands in zip(keys, candidates, strict=True)
        if key in capitals
        and any(c.kind == "region" and c.unit_id == capitals[key][0] for c in cands)
    )


def _capital_city_units(unit_ids: set[str], named: frozenset[str] = frozenset()) -> frozenset[str]:
    """The units among ``unit_ids`` that cover less than :data:`CITY_UNIT_MAX_KM2`.

    Those in ``named`` (units a name of their capital names too) up to
    :data:`CITY_UNIT_NAMED_MAX_KM2`. Only units with an ISO 3166-2 code of their own: a
    piece of a unit cut by a disputed line, or a unit ISO does not list (Manila's,
    London's), is no first-level unit.
    """
    from pyproj import Geod

    from geoclaims.boundaries import _unit_attrs, _unit_geometries, _unit_index

    index = _unit_index()
    attrs = _unit_attrs()
    iso = dict(zip(attrs["unit_id"], attrs["iso_3166_2"], strict=True))
    ids = sorted(u for u in unit_ids if u in index and isinstance(iso[u], str) and iso[u])
    geod = Geod(ellps="WGS84")
    geoms = _unit_geometries([index[u] for u in ids])
    return frozenset(
        u
        for u, g in zip(ids, geoms, strict=True)
        if abs(geod.geometry_area_perimeter(g)[0]) / 1e6
        < (CITY_UNIT_NAMED_MAX_KM2 if u in named else CITY_UNIT_MAX_KM2)
    )


CAPITALS_FILE = Path(__file__).parent / "data" / "capitals.csv"


def _capital_aliases(cities: pd.DataFrame) -> list[tuple[str, str, int, str, str]]:
    """Capitals' names in other languages, as (alias, city, population, unit_id, country).

    From :mod:`.lang` (``CAPITAL_NAMES``: "Вашингтон", "Брюссель"), for the most populous
    city of each English name.
    """
    wanted = {english for english, _local in _lang.merged_tuple("CAPITAL_NAMES")}
    biggest: dict[str, tuple[str, int, str, str]] = {}
    for name, pop, uid, cc in zip(
        cities["name"], cities["population"], cities["unit_id"], cities["country"], strict=True
    ):
        if name in wanted and (name not in biggest or int(pop) > biggest[name][1]):
            biggest[name] = (name, int(pop), uid, cc)
    return [
        (local, *biggest[english])
        for english, local in _lang.merged_tuple("CAPITAL_NAMES")
        if english in biggest
    ]


#: The compass nouns, which pycountry's catalogue gives as the translated names of units
#: named by a compass word (Cameroon's Ouest and Nord).
_CYR_COMPASS_NOUNS = frozenset(
    {"захід", "схід", "північ", "південь", "запад", "восток", "север", "юг", "центр",
     # common nouns: Nigeria's Plateau State is no "Плато площею 1800 км²"
     "плато"}
)  # fmt: skip
_UNIT_WORD_LAST = re.compile(
    r" (?:region|county|province|department|governorate|district|state|prefecture)$"
)


def _translated_names(
    units: dict[str, tuple[str | None, str, str]],
    country_names: dict[str, str],
    area_english: dict[str, set[str]] | None = None,
) -> list[tuple[str, str, str, str, str, str, str]]:
    """More names: of named areas, and of countries and units in Cyrillic.

    Names of named areas in :mod:`.lang` (``AREA_NAMES``), and names of countries and
    first-level units in the languages that have ``TRANSLATED = True`` (Ukrainian,
    Russian), from pycountry's translations of ISO 3166-1 and ISO 3166-2 ("Азербайджан",
    "Республіка Молдова", "Абхазія", "Курська область"), as rows of
    ``boundaries._names()`` (unit_id, country, name, language, kind, norm, key). Only
    names in Cyrillic script are kept, before the first comma ("Тайвань, провінція
    Китаю" is "Тайвань"). A named area or place that is an ISO 3166-2 subdivision and
    whose English names in ``area_english`` (normalised, by id) all end in a unit word takes
    only the translations that end in one too: the Sahel Region is no "Сахель", Mombasa
    County no "Момбаса".
    """
    import gettext

    import pycountry

    by_iso = {iso: uid for uid, (iso, _n, _c) in units.items() if iso}
    rows: list[tuple[str, str, str, str, str, str, str]] = []
    area_keys: set[str] = set()
    for module in _lang.LANGUAGES:
        language = module.__name__.rsplit(".", 1)[-1]
        for area, local in getattr(module, "AREA_NAMES", ()):
            uid = f"area:{area}"
            if uid in units:
                key = name_key(local)
                area_keys.add(key)
                rows.append(
                    (uid, units[uid][2], local, language, "local-script", normalize(local), key)
                )

    def row(uid: str, cc: str, local: str, language: str, kind: str) -> None:
        local = local.split(",")[0].strip()
        if normalize(local) in _CYR_COMPASS_NOUNS:
            return  # "Захід" for Cameroon's Ouest is the West of "Тбілісі закликає Захід"
        if len(local) >= 4 and _CYRILLIC.search(local) and name_key(local) not in area_keys:
            rows.append((uid, cc, local, language, kind, normalize(local), name_key(local)))

    for module in _lang.LANGUAGES:
        language = module.__name__.rsplit(".", 1)[-1]
        for iso, local in getattr(module, "UNIT_NAMES", ()):
            uid = by_iso.get(iso)
            if uid is not None:
                row(uid, units[uid][2], local, language, "local-script")

    for module in _lang.LANGUAGES:
        if not getattr(module, "TRANSLATED", False):
            continue
        language = module.__name__.rsplit(".", 1)[-1]
        t1 = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
        )
        for c in pycountry.countries:
            cc = c.alpha_3 if c.alpha_3 in country_names else _ISO_TO_TABLE.get(c.alpha_3, "")
            if cc not in country_names:
                continue
            for attr in ("name", "common_name", "official_name"):
                english = getattr(c, attr, None)
                if english and t1.gettext(english) != english:
                    row("", cc, t1.gettext(english), language, "country")
        # the official names made from the country's adjective, which the catalogue
        # lacks ("Кіпрська Республіка" beside its "Республіка Кіпр"), in every case
        for local, cc in getattr(module, "ADJECTIVE_COUNTRY_NAMES", ()):
            if cc in country_names:
                row("", cc, local, language, "country")
        t2 = gettext.translation(
            "iso3166-2", pycountry.LOCALES_DIR, languages=[language], fallback=True
        )
        # The catalogue's slips (Ukrainian gives Krasnoyarsk Krai Krasnodar's name) are
        # left out; the language's UNIT_NAMES give those units their names.
        wrong = set(getattr(module, "WRONG_TRANSLATIONS", ()))
        for sub in pycountry.subdivisions:
            uid = by_iso.get(sub.code)
            if uid is None or sub.code in wrong or t2.gettext(sub.name) == sub.name:
                continue
            local = t2.gettext(sub.name)
            if uid.startswith("area:") and all(
                _UNIT_WORD_LAST.search(n) for n in (area_english or {}).get(uid, ("",))
            ):
                words = normalize(local.split(",")[0]).split()
                if len(words) < 2 or words[-1] not in SUFFIX_WORDS:
                    continue  # "Сахель" for the Sahel Region, "Момбаса" for Mombasa County
            row(uid, units[uid][2], local, language, "local-script")
    return rows


def _areas() -> dict[str, tuple[str | None, str, str]]:
    """Named areas as ``{area_id: (iso_3166_2 or None, name, country)}``; empty without data.

    The ISO code is that of an area that is an ISO 3166-2 subdivision (Scotland's
    ``GB-SCT``); the other areas have none.
    """
    from geoclaims import boundaries

    table_fn = getattr(boundaries, "_area_table", None)
    if table_fn is None:
        return {}
    table = table_fn()
    return {
        a: (iso or None, n, c)
        for a, iso, n, c in zip(
            table["area_id"], table["iso_3166_2"], table["name"], table["country"], strict=True
        )
    }


def _town_forms(adjective: str, noun: str) -> list[str]:
    """Case forms of a Cyrillic town name of an adjective and a noun, in the same case.

    "Кривий Ріг" -> "Кривого Рогу", "у Кривому Розі"; "Біла Церква" -> "Білої Церкви";
    "Великие Луки" -> "Великих Луках" (a plural adjective takes the noun's plural
    endings). A name whose first word has no adjective's ending gives none.
    """
    adjectives = _lang.adjective_forms(adjective.lower())
    if not adjectives:
        return []
    if adjective.lower().endswith(("і", "ые", "ие")):
        nouns = [noun[:-1] + e for e in ("", "ам", "ами", "ах")] if noun[-1:] in "иы" else []
    else:
        nouns = _lang.noun_forms(noun, min_length=3)
    capital = adjective[:1]
    return [
        f"{capital}{a[1:]} {n}"
        for a, n in itertools.product(adjectives, [noun, *nouns])
        if (a, n) != (adjective.lower(), noun)
    ]


def _three_word_forms(words: list[str]) -> list[str]:
    """Case forms of a Cyrillic name of three or four words, in the patterns that inflect.

    An adjective, a noun and words that stay ("Автономна Республіка Крим" -> "Автономної
    Республіки Крим", "Турецька Республіка Північного Кіпру" -> "Турецької Республіки
    Північного Кіпру"); three words: two adjectives and a noun, the adjectives in the
    same case ("Придністровська Молдавська Республіка" -> "Придністровської Молдавської
    Республіки"); a noun and its genitive complement, the noun alone inflecting
    ("Федерация Боснии и Герцеговины" -> "Федерации Боснии и Герцеговины"); two nouns
    joined by "і"/"и" ("Джамму і Кашмір" -> "Джамму і Кашміром"). Any other name gives no
    forms.
    """
    first, second, *others = words
    rest = " ".join(others)
    adjectival = [_adjectival(w) for w in words]
    forms = []
    if len(words) == 3 and second.lower() in ("і", "й", "та", "и") and not any(adjectival):
        # two nouns joined: "Джамму і Кашмір" -> "з Джамму і Кашміром", "Босния и
        # Герцеговина" -> "Боснии и Герцеговины" (a foreign first noun stays as it is)
        third = words[2]
        firsts = (first, *_lang.noun_forms(first))
        return [f"{a} {second} {n}" for a in firsts for n in (third, *_lang.noun_forms(third))]
    if adjectival[0] and not adjectival[1]:
        for a in _lang.adjective_forms(first.lower()):
            for n in (second, *_lang.noun_forms(second)):
                forms.append(f"{a} {n} {rest}")
        forms += [f"{first} {n} {rest}" for n in _lang.noun_forms(second)]
    elif len(words) == 3 and adjectival[0] and adjectival[1] and not adjectival[2]:
        third = words[2]
        pairs = _lang.adjective_pairs(first.lower(), second.lower())
        nouns = (third, *_lang.noun_forms(third))
        forms += [f"{a} {b} {n}" for a, b in pairs for n in nouns]
    elif len(words) == 4 and all(adjectival[:3]) and not adjectival[3]:
        # three adjectives and a noun: "Сахарская Арабская Демократическая Республика" ->
        # "Сахарскую Арабскую Демократическую Республику"
        nouns = (words[3], *_lang.noun_forms(words[3]))
        tuples = _lang.adjective_tuples([w.lower() for w in words[:3]])
        forms += [f"{' '.join(t)} {n}" for t in tuples for n in nouns]
    elif not adjectival[0] and not adjectival[1]:
        # a noun, then its complement in the genitive, which stays: "Федерация Боснии и
        # Герцеговины" -> "Федерацию Боснии и Герцеговины"
        forms += [f"{n} {second} {rest}" for n in _lang.noun_forms(first)]
    return forms


def _places() -> dict[str, tuple[str | None, str, str]]:
    """Named places without a boundary, as :func:`_areas` gives the named areas.

    From ``boundaries._place_table``; empty without the data.
    """
    from geoclaims import boundaries

    table_fn = getattr(boundaries, "_place_table", None)
    if table_fn is None:
        return {}
    table = table_fn()
    isos = table["iso_3166_2"] if "iso_3166_2" in table else [""] * len(table)
    rows = zip(table.index, isos, table["name"], table["country"], strict=True)
    return {a: (iso or None, n, c) for a, iso, n, c in rows}


def _place_name_rows() -> list[tuple[str, str, str, str, str, str, str]]:
    """The places' names as rows of the name table.

    Each is (id, country, name, language, kind, normalised name, key).
    """
    from geoclaims import boundaries

    table_fn = getattr(boundaries, "_place_names", None)
    if table_fn is None:
        return []
    t = table_fn()
    return [
        (a, c, n, lang, k, normalize(n), name_key(n))
        for a, c, n, lang, k in zip(
            t["area_id"], t["country"], t["name"], t["language"], t["kind"], strict=True
        )
    ]


@functools.cache
def _area_members() -> dict[str, tuple[str, ...]]:
    """Named areas' unit ids, ``{area_id: unit_ids}``; empty without the data.

    Built once; callers only read it.
    """
    from geoclaims import boundaries

    table_fn = getattr(boundaries, "_area_table", None)
    if table_fn is None:
        return {}
    table = table_fn()
    return dict(zip(table["area_id"], table["unit_ids"], strict=True))


def _capital_keys(
    keys: list[str], candidates: list[tuple[_Cand, ...]]
) -> dict[str, tuple[str, str, str]]:
    """Keys that can name a national capital, with the capital's unit, name and country.

    Every spelling and case form the gazetteer has for the city counts. A capital is
    the most populous city of its name: "Washington" is Washington, D.C.
    """
    capitals = pd.read_csv(CAPITALS_FILE, comment="#", keep_default_na=False)
    names = {normalize(n) for n in capitals["name"]}
    biggest: dict[str, _Cand] = {}
    for cands in candidates:
        for c in cands:
            if c.kind == "city":
                n = normalize(c.name)
                if n in names and (n not in biggest or c.population > biggest[n].population):
                    biggest[n] = c
    capital_ids = {(c.unit_id, c.name) for c in biggest.values()}
    out: dict[str, tuple[str, str, str]] = {}
    city_units: dict[str, tuple[str, str, str]] = {}  # units that are their capital city
    for key, cands in zip(keys, candidates, strict=True):
        for c in cands:
            if c.kind == "city" and (c.unit_id, c.name) in capital_ids and c.unit_id:
                out[key] = (c.unit_id, c.name, c.country)
                if any(u.kind == "region" and u.home and u.unit_id == c.unit_id for u in cands):
                    city_units[c.unit_id] = out[key]
                break
    # Other names of a city that is a unit of its own ("Київ", "Москва", in every case),
    # but no common word ("Western", the unit Freetown lies in, is no name of Freetown).
    for key, cands in zip(keys, candidates, strict=True):
        if key not in out and key not in _lang.en.COMMON_WORDS:
            for c in cands:
                if c.kind == "region" and not c.suffix_form and c.unit_id in city_units:
                    out[key] = city_units[c.unit_id]
                    break
    return out
