"""Find the regions, cities, countries and territorial figures that a text names.

Two functions, both pure (text in, result out; the gazetteer is built once and cached),
so a corpus job can map them over partitions:

- :func:`find_regions` finds first-level regions, separatist entities, named areas,
  cities, countries and capitals standing for their governments (metonyms), with
  character spans, resolved to the unit they name or lie in.
- :func:`find_claims` finds territorial figures ("nearly 15% of Ukraine",
  "a fifth of the country", "90,000 square kilometres") as :class:`Claim` objects.

One stage per module:

- :mod:`geoclaims.text.gazetteer`: building and caching the name index;
- :mod:`geoclaims.text.mentions`: matching and resolving (:func:`find_regions`);
- :mod:`geoclaims.text.claims`: figures and their whole (:func:`find_claims`);
- :mod:`geoclaims.text.dates`: article dates (:func:`article_date`);
- :mod:`geoclaims.text.lang`: what each language contributes (``en``, ``uk``, ``ru``),
  as data; a new language is a new module there.
"""

from __future__ import annotations

from geoclaims.text.claims import Claim, find_claims
from geoclaims.text.dates import DATELINE_CHARS, article_date
from geoclaims.text.gazetteer import (
    CITY_POPULATION_FLOOR,
    CONTEXT_CITY_POPULATION_FLOOR,
    _gazetteer,
)
from geoclaims.text.mentions import COLUMNS, _resolve, find_regions

__all__ = [
    "CITY_POPULATION_FLOOR",
    "COLUMNS",
    "CONTEXT_CITY_POPULATION_FLOOR",
    "DATELINE_CHARS",
    "Claim",
    "_gazetteer",
    "_resolve",
    "article_date",
    "find_claims",
    "find_regions",
]
