"""Control layers: polygons of the ground someone holds, from files, URLs and snapshots.

A control (or occupation) layer is any polygon layer a user brings: GeoJSON,
GeoPackage, Shapefile, KML/KMZ or GeoParquet, by path or ``http(s)`` URL (fetched
only when the user passes one, bounded in time and size, and cached in the user's
cache folder so a second run is offline). DeepStateMap snapshots are recognised by
their properties and read into one row per polygon with its status; folders, globs
and lists of dated snapshots, and multi-date files, give the snapshot in force at a
date.

:func:`read_layer` reads one layer; :func:`held_layer` gives the held ground in force
at a date from any of these sources (what ``area_share(within=...)`` and
``check_claim(within=...)`` use).

Settings (plain module globals, read at each call):

``DOWNLOAD_TIMEOUT`` : float, default 60
    Seconds a URL's whole download may take.
``MAX_DOWNLOAD_BYTES`` : int, default 256 MiB
    Largest download, and largest decompressed ``.gz`` layer.
``GEOCLAIMS_CACHE_DIR`` (environment variable)
    Where downloads are cached; by default ``<user cache folder>/geoclaims/layers``.
"""

from __future__ import annotations

from geoclaims.layers._dated import held_layer
from geoclaims.layers._deepstate import HELD_STATUSES, STATUSES
from geoclaims.layers._fetch import DOWNLOAD_TIMEOUT, MAX_DOWNLOAD_BYTES, cache_dir
from geoclaims.layers._read import read_layer

__all__ = [
    "DOWNLOAD_TIMEOUT",
    "HELD_STATUSES",
    "MAX_DOWNLOAD_BYTES",
    "STATUSES",
    "cache_dir",
    "held_layer",
    "read_layer",
]
