"""geoclaims: check territorial claims in text against boundary data.

Find the regions and countries an article names, look up their polygons under a
worldview and date, compute their geodesic area and share of a country (whole, or the
part a control layer shows to be held), check a stated figure against every honest
reading of it, and show it all on a folium map or in one HTML report.

Nothing is loaded at import time: the embedded boundary data is read on first use and
cached.

Examples
--------
>>> import geoclaims
>>> geoclaims.lookup(["Donetsk", "Luhansk"])[["iso_3166_2", "name", "country"]]
  iso_3166_2     name country
0      UA-14  Donetsk     UKR
1      UA-09  Luhansk     UKR
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from geoclaims._errors import (
    AmbiguousRegionError,
    DataFileError,
    GeoclaimsError,
    GeoclaimsWarning,
    InvalidInputError,
    InvalidTypeError,
    LayerError,
    NoBoundaryError,
    NoSnapshotError,
    OutputError,
    ScanError,
    UnknownCountryError,
    UnknownRegionError,
    UnknownWorldviewError,
)

__version__ = "0.1.0"

# Public name -> module that defines it. Modules are imported on first attribute access.
_LAZY = {
    "regions": "geoclaims.boundaries",
    "lookup": "geoclaims.boundaries",
    "countries": "geoclaims.boundaries",
    "find_regions": "geoclaims.text",
    "find_claims": "geoclaims.text",
    "Claim": "geoclaims.text",
    "area_share": "geoclaims.areas",
    "geodesic_area": "geoclaims.areas",
    "Share": "geoclaims.areas",
    "read_layer": "geoclaims.layers",
    "held_layer": "geoclaims.layers",
    "control_history": "geoclaims.history",
    "check_claim": "geoclaims.check",
    "check_claims": "geoclaims.check",
    "Verdict": "geoclaims.check",
    "claim_map": "geoclaims.maps",
    "report": "geoclaims.report",
    "Report": "geoclaims.report",
}

__all__ = [
    "AmbiguousRegionError",
    "Claim",
    "DataFileError",
    "GeoclaimsError",
    "GeoclaimsWarning",
    "InvalidInputError",
    "InvalidTypeError",
    "LayerError",
    "NoBoundaryError",
    "NoSnapshotError",
    "OutputError",
    "Report",
    "ScanError",
    "Share",
    "UnknownCountryError",
    "UnknownRegionError",
    "UnknownWorldviewError",
    "Verdict",
    "__version__",
    "area_share",
    "check_claim",
    "check_claims",
    "claim_map",
    "control_history",
    "countries",
    "find_claims",
    "find_regions",
    "geodesic_area",
    "held_layer",
    "lookup",
    "read_layer",
    "regions",
    "report",
]

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from geoclaims.areas import Share, area_share, geodesic_area
    from geoclaims.boundaries import countries, lookup, regions
    from geoclaims.check import Verdict, check_claim, check_claims
    from geoclaims.history import control_history
    from geoclaims.layers import held_layer, read_layer
    from geoclaims.maps import claim_map
    from geoclaims.report import Report, report
    from geoclaims.text import Claim, find_claims, find_regions


#: Submodules reachable as attributes without importing them first
#: (``geoclaims.boundaries.named_areas()`` after a plain ``import geoclaims``).
_SUBMODULES = frozenset(
    {"areas", "boundaries", "check", "corpus", "history", "layers", "maps", "text", "worldviews"}
)


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"geoclaims.{name}")
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'geoclaims' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
