"""Shared fixtures: example articles, hostile input, and the headless browser set-up."""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]

# The suite never writes to the user's cache folder: the name index (and any download)
# goes to a folder of its own, shared by the tests and the commands they run.
if not os.environ.get("GEOCLAIMS_CACHE_DIR"):
    os.environ["GEOCLAIMS_CACHE_DIR"] = tempfile.mkdtemp(prefix="geoclaims-test-cache-")
    atexit.register(shutil.rmtree, os.environ["GEOCLAIMS_CACHE_DIR"], True)
EXAMPLE = ROOT / "examples" / "referendum_article.txt"

#: Set to 1 (as .ci/run does) to make the browser test fail, not skip, when Chromium or
#: playwright is missing.
BROWSER_REQUIRED = os.environ.get("GEOCLAIMS_BROWSER_REQUIRED") == "1"

#: The units the example article names as territory (Donetsk, Luhansk, Zaporizhzhia,
#: Kherson), by ISO 3166-2 code.
EXAMPLE_UNITS = {"UA-14", "UA-09", "UA-23", "UA-65"}

#: Markup an attacker might put in an article, a title or a layer property. If any of it
#: ran, it would set ``window.__gc_pwned``.
PAYLOADS = (
    "<script>window.__gc_pwned = 1</script>",
    '<img src="x" onerror="window.__gc_pwned = 2">',
    '"><svg onload="window.__gc_pwned = 3">',
    "</script><script>window.__gc_pwned = 4</script>",
)


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def hostile_text() -> str:
    """A short article about Donetsk and Kherson with script payloads all through it."""
    return (
        f"Shelling hit the Donetsk region {PAYLOADS[0]} overnight, officials in Ukraine said.\n\n"
        f"In the Kherson region {PAYLOADS[1]} residents queued for water {PAYLOADS[2]}.\n\n"
        f"Nothing here should run {PAYLOADS[3]} in a reader's browser.\n"
    )


def _require(reason: str) -> None:
    if BROWSER_REQUIRED:
        pytest.fail(f"{reason} (GEOCLAIMS_BROWSER_REQUIRED=1)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium() -> str:
    """Path of Debian's Chromium (GEOCLAIMS_CHROMIUM, else /usr/bin/chromium)."""
    path = Path(os.environ.get("GEOCLAIMS_CHROMIUM", "/usr/bin/chromium"))
    if not path.exists():
        _require(f"no Chromium at {path}; install Debian's chromium")
    return str(path)


@pytest.fixture(scope="session")
def sync_playwright():
    """playwright's sync API (a test extra; its own browsers are never downloaded)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _require("playwright is not installed (pip install '.[test]')")
    return sync_playwright


class TooSlow(BaseException):
    """Raised by :func:`time_bound`: a BaseException, so no `except Exception` swallows it."""


@contextlib.contextmanager
def time_bound(seconds: float = 60) -> Iterator[None]:
    """Fail a case that runs longer than `seconds` instead of hanging (SIGALRM; POSIX
    main thread): a FIFO opened for reading, say, blocks until a writer comes."""

    def alarm(signum: int, frame: Any) -> None:
        raise TooSlow(f"the case ran past its bound of {seconds} s")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
