"""Download a layer the user named by URL: bounded in time and size, cached for next time.

Only ever called when a user passes an ``http(s)`` URL. The file lands in the user's
cache folder (:func:`pooch.os_cache`, i.e. platformdirs' user cache directory, or
``GEOCLAIMS_CACHE_DIR``) under a name derived from the URL, so a second run with the
same URL reads the cached copy and needs no network. pooch moves a download into place
only once it is complete, so a failed or cut-short download leaves no file behind.
"""

from __future__ import annotations

import logging
import math
import os
import threading
import time
from pathlib import Path
from typing import Any

from geoclaims._errors import InvalidInputError, InvalidTypeError, LayerError

__all__ = ["DOWNLOAD_TIMEOUT", "MAX_DOWNLOAD_BYTES", "cache_dir", "check_limits", "fetch"]

logger = logging.getLogger(__name__)

#: Default seconds a whole download may take (connecting, waiting and reading all bytes).
DOWNLOAD_TIMEOUT = 60.0
#: Default largest download, and largest decompressed ``.gz`` layer, in bytes (256 MiB).
#: A DeepStateMap snapshot is under 1 MB; raise it with ``max_bytes=`` for bigger files.
MAX_DOWNLOAD_BYTES = 256 * 2**20

_CHUNK = 64 * 1024


def cache_dir() -> Path:
    """The folder where downloaded layers are kept.

    ``GEOCLAIMS_CACHE_DIR`` if set, else ``<user cache folder>/geoclaims/layers`` (for
    example ``~/.cache/geoclaims/layers`` on Linux).
    """
    from geoclaims._cache import CACHE_ENV, cache_root

    if os.environ.get(CACHE_ENV):
        return cache_root()
    return cache_root() / "layers"


def check_limits(timeout: Any, max_bytes: Any) -> tuple[float, int]:
    """Validate ``timeout`` (seconds, > 0, finite) and ``max_bytes`` (bytes, > 0).

    None takes the setting ``geoclaims.layers.DOWNLOAD_TIMEOUT`` / ``MAX_DOWNLOAD_BYTES``
    as it is at the time of the call.
    """
    import geoclaims.layers as settings

    if timeout is None:
        timeout = getattr(settings, "DOWNLOAD_TIMEOUT", DOWNLOAD_TIMEOUT)
    if max_bytes is None:
        max_bytes = getattr(settings, "MAX_DOWNLOAD_BYTES", MAX_DOWNLOAD_BYTES)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        msg = (
            f"timeout must be a number of seconds, such as timeout=30, not "
            f"{type(timeout).__name__} {timeout!r:.80}."
        )
        raise InvalidTypeError(msg)
    if not math.isfinite(timeout) or timeout <= 0:
        msg = f"timeout must be a positive, finite number of seconds, not {timeout!r}."
        raise InvalidInputError(msg)
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0:
        msg = (
            f"max_bytes must be a positive whole number of bytes, such as "
            f"max_bytes=2**30, not {max_bytes!r:.80}."
        )
        raise InvalidInputError(msg)
    return float(timeout), int(max_bytes)


def _too_big(url: str, max_bytes: int) -> LayerError:
    msg = (
        f"The layer at {url!r:.120} is larger than max_bytes={max_bytes:,} bytes. If you "
        "trust the source, pass a larger max_bytes=..., or download it and pass its path."
    )
    return LayerError(msg)


def _timed_out(url: str, timeout: float) -> LayerError:
    msg = (
        f"Fetching the layer {url!r:.120} timed out after {timeout:g} s. Check the address, "
        "pass a larger timeout=..., or download the file and pass its path."
    )
    return LayerError(msg)


class _BoundedDownloader:
    """A pooch downloader whose timeout bounds the whole download, with a size limit.

    requests' own timeout applies to each socket read, so a server that trickles a
    byte a second never trips it. The transfer runs in a worker thread that reads
    whatever bytes have arrived (``read1``) and stops at the deadline; the caller waits
    for it no longer than ``timeout``.
    """

    def __init__(self, timeout: float, max_bytes: int) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes

    def _transfer(self, url: str, output: str, deadline: float, cancel: threading.Event) -> None:
        import requests

        with requests.get(url, stream=True, timeout=self.timeout) as response:
            response.raise_for_status()
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > self.max_bytes:
                raise _too_big(url, self.max_bytes)
            total = 0
            with open(output, "wb") as out:
                while not cancel.is_set():
                    if time.monotonic() > deadline:
                        raise _timed_out(url, self.timeout)
                    chunk = response.raw.read1(_CHUNK, decode_content=True)
                    if not chunk:
                        return
                    total += len(chunk)
                    if total > self.max_bytes:
                        raise _too_big(url, self.max_bytes)
                    out.write(chunk)

    def __call__(self, url: str, output_file: Any, pooch: Any, check_only: bool = False) -> Any:
        if check_only:
            return True
        cancel = threading.Event()
        outcome: dict[str, BaseException] = {}
        deadline = time.monotonic() + self.timeout

        def work() -> None:
            try:
                self._transfer(url, str(output_file), deadline, cancel)
            except BaseException as err:  # handed to the caller's thread
                outcome["error"] = err

        worker = threading.Thread(target=work, name="geoclaims-download", daemon=True)
        worker.start()
        worker.join(self.timeout)
        if worker.is_alive():
            cancel.set()  # the worker stops at its next chunk, or at its read timeout
            raise _timed_out(url, self.timeout)
        if "error" in outcome:
            raise outcome["error"]
        return None


def fetch(url: str, *, timeout: float, max_bytes: int, refresh: bool = False) -> Path:
    """Download ``url`` into the cache (or find it there) and return the file's path.

    Parameters
    ----------
    url : str
        An ``http(s)`` URL the user passed.
    timeout : float
        Seconds the whole download may take.
    max_bytes : int
        Largest download accepted.
    refresh : bool, default False
        Download again even if a cached copy exists.

    Returns
    -------
    pathlib.Path
        The cached file.

    Raises
    ------
    LayerError
        If the URL cannot be fetched, answers with an HTTP error, takes longer than
        ``timeout`` or sends more than ``max_bytes``.
    """
    import pooch
    import requests

    folder = cache_dir()
    fname = pooch.utils.unique_file_name(url)
    cached = folder / fname
    if refresh and cached.exists():
        cached.unlink()
    if cached.exists():
        logger.info("control layer %s: using the cached copy %s", url, cached)
        return cached
    logger.info("fetching control layer %s (timeout %g s) into %s", url, timeout, folder)
    # pooch logs every download at INFO on stderr, with advice on its own hash argument:
    # say it in geoclaims' log instead
    pooch_logger = pooch.get_logger()
    level = pooch_logger.level
    pooch_logger.setLevel(logging.WARNING)
    try:
        path = pooch.retrieve(
            url,
            known_hash=None,
            fname=fname,
            path=folder,
            downloader=_BoundedDownloader(timeout, max_bytes),
            progressbar=False,
        )
    except LayerError:
        raise
    except requests.exceptions.HTTPError as err:
        status = err.response.status_code if err.response is not None else "?"
        reason = err.response.reason if err.response is not None else err
        msg = (
            f"Could not fetch the layer {url!r:.120}: HTTP {status} {reason}. Check the "
            "address, or download the file and pass its path."
        )
        raise LayerError(msg) from err
    except requests.exceptions.Timeout as err:
        raise _timed_out(url, timeout) from err
    except (requests.exceptions.RequestException, OSError, ValueError) as err:
        msg = (
            f"Could not fetch the layer {url!r:.120}: {err}. Check the address and your "
            "connection, or download the file and pass its path."
        )
        raise LayerError(msg) from err
    finally:
        pooch_logger.setLevel(level)
    return Path(path)
