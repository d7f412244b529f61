"""The user cache folder geoclaims keeps its downloads and built indexes in."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["CACHE_ENV", "cache_root"]

#: Environment variable naming the cache folder to use instead of the user's.
CACHE_ENV = "GEOCLAIMS_CACHE_DIR"


def cache_root() -> Path:
    """``GEOCLAIMS_CACHE_DIR`` if set, else the user cache folder for geoclaims.

    The user cache folder comes from platformdirs (``~/.cache/geoclaims`` on Linux,
    ``~/Library/Caches/geoclaims`` on macOS, ``%LOCALAPPDATA%/geoclaims/Cache`` on
    Windows).
    """
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("geoclaims"))
