"""One HTML page that checks an article: highlighted text, map, shares and verdict.

:func:`report` runs the whole pipeline on an article (find the regions and the stated
figures, measure the regions, check each figure) and lays the results out on one
page a reader can open in a browser: each figure's verdict first (its status coloured
green, red or amber, and a one-line summary), then the article with every mention
highlighted (a region links to its place on the map), the map, the table of areas and
shares with download links (CSV of the shares, GeoJSON of the drawn shapes, built into the
page), and the stated figures. Everything but the map is plain HTML, so the page reads
without JavaScript; it fits a 400 px screen and needs no network but for map tiles.

The article text, names and layer properties are untrusted. The page is rendered by
jinja2 with autoescaping on, the article markup is built from escaped pieces only,
and the map data is embedded as script-safe JSON, so no input can inject markup or
script; the map's parts are rendered in one template pass (see
:func:`geoclaims.maps._esc`), so no input reaches a template's source either.
"""

from __future__ import annotations

import base64
import contextvars
import datetime as _dt
import functools
import html
import io
import json
import logging
import os
import re
import sys
import types
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import jinja2
import pandas as pd
from markupsafe import Markup, escape

from geoclaims._errors import GeoclaimsError, InvalidTypeError, NoSnapshotError, typed_errors
from geoclaims._validate import check_tiles
from geoclaims.maps import _fmt_km2, _fmt_pct

if TYPE_CHECKING:  # pragma: no cover
    import folium

    from geoclaims.areas import Share
    from geoclaims.check import Verdict
    from geoclaims.text import Claim

__all__ = ["Report", "report"]

logger = logging.getLogger(__name__)

#: Mention kinds that count as territory (drawn and measured). Cities count only when
#: the article names no region at all: a capital named for its government ("Kyiv said")
#: is not a territorial claim.
# Measured kinds: a capital standing for its government (kind "metonym") is highlighted in
# the text but never measured.
_TERRITORY_KINDS = ("region", "entity", "area")
#: Longest default title taken from the article's first line (characters).
_MAX_TITLE = 110


@dataclass(frozen=True, eq=False)
class Report:
    """A checked article as one HTML page.

    Build it with :func:`report`; write it with :meth:`save`; in a notebook it shows
    itself in a sandboxed frame.

    Attributes
    ----------
    html : str
        The whole page (UTF-8 text).
    title : str
        The page title.
    mentions : pandas.DataFrame
        Every mention :func:`~geoclaims.find_regions` found, in text order.
    claims : tuple of Claim
        The stated figures :func:`~geoclaims.find_claims` found.
    share : Share or None
        The measured regions of the main country (None when the article names no
        region): the country the first figure is of, else the one most regions lie in.
    verdicts : tuple of Verdict
        One verdict per stated figure that could be checked.
    shares : tuple of Share
        ``share`` first, then one per other country a figure is of whose regions the
        article names ("1,000 km² of Russia's Kursk region" in an article on Ukraine),
        at most :data:`MAX_COUNTRIES` in all; each is mapped and tabled.
    """

    html: str = field(repr=False)
    title: str
    mentions: pd.DataFrame = field(repr=False)
    claims: tuple[Claim, ...]
    share: Share | None = field(repr=False)
    verdicts: tuple[Verdict, ...] = field(repr=False)
    shares: tuple[Share, ...] = field(default=(), repr=False)

    def save(self, path: str | os.PathLike[str] | IO[Any]) -> Path | IO[Any]:
        """Write the page to `path` atomically and return the path.

        The page goes to a temporary file in the same directory first, which then
        replaces `path` in one step: a reader never sees a half-written file, and
        nothing is left behind when writing fails.

        Parameters
        ----------
        path : str, path-like or open file
            Where to write the HTML page (an open file gets it as text, or as UTF-8
            bytes in binary mode).

        Returns
        -------
        pathlib.Path
            `path` (the file object itself for an open file).

        Raises
        ------
        OutputError
            When the directory does not exist or cannot be written, or takes no new file
            (``/proc``); it names `path` (an :class:`OSError` too).
        InvalidInputError
            When `path` ends in another format's suffix (``.png``, ``.pdf``).
        """
        from geoclaims._io import _as_path, refuse_not_html

        if hasattr(path, "write") and not isinstance(path, str | bytes | os.PathLike):
            # an open file: the page as text, or as UTF-8 bytes to a binary one
            path.write(self.html if isinstance(path, io.TextIOBase) else self.html.encode())
            return path
        path = _as_path(path)  # a path of the wrong type is an InvalidTypeError
        refuse_not_html(path, "a report")
        _write_atomic(path, self.html)
        logger.info("wrote report %s (%d characters)", path, len(self.html))
        return path

    def _repr_html_(self) -> str:
        """Show the page in a notebook, isolated in a sandboxed frame."""
        return (
            '<iframe sandbox="allow-scripts allow-downloads" style="box-sizing:border-box;'
            'width:100%;height:900px;border:1px solid #ddd" '
            f'srcdoc="{html.escape(self.html, quote=True)}"></iframe>'
        )


@typed_errors
def report(
    text: str,
    *,
    within: Any = None,
    worldview: str = "un",
    as_of: Any = None,
    title: str | None = None,
    tiles: str | None = "OpenStreetMap",
) -> Report:
    """Check an article and lay it out as one HTML page.

    Finds the regions and stated figures in `text`, measures the regions named as
    territory (regions and separatist entities; cities only when no region is named)
    against the country the figures refer to (else the country most of them lie in;
    regions of other countries are highlighted but not measured), checks every stated
    figure against its own regions with :func:`~geoclaims.check_claims`, and renders the
    article with its mentions highlighted, a map, the table of areas and shares, and the
    verdicts. An article that names no region gets a map of the countries it names (those
    its figures are of first, at most three), in full.

    Parameters
    ----------
    text : str
        The article (plain text; untrusted: it is escaped).
    within : GeoDataFrame, path or URL, optional
        A control layer showing who holds the ground; see :func:`~geoclaims.read_layer`.
    worldview : str, default "un"
        Whose borders: "un", "defacto" or a claimant's alpha-3 code such as "RUS".
    as_of : date or str, optional
        Date of the worldview and the control layer. When None, the date in the
        article's dateline (:func:`geoclaims.text.article_date`), else today; the page
        says which.
    title : str, optional
        Page title; by default the article's first line.
    tiles : str or None, default "OpenStreetMap"
        Base map tiles; None for a map that loads no tiles (offline).

    Returns
    -------
    Report
        The page (``.html``) and what went into it; ``.save(path)`` writes it.

    Raises
    ------
    TypeError
        When `text` is not a str.
    GeoclaimsError
        When the worldview, date or control layer is invalid.

    Examples
    --------
    >>> import geoclaims
    >>> r = geoclaims.report("Shelling was reported in the Donetsk region of Ukraine.",
    ...                      tiles=None)
    >>> "Donetsk" in r.html and "gc-mention" in r.html
    True
    """
    if not isinstance(text, str):
        msg = f"report() needs the article as str; got {type(text).__name__}."
        raise InvalidTypeError(msg)
    if title is not None and not isinstance(title, str):
        msg = f"report() needs the title as str or None; got {type(title).__name__} {title!r:.40}."
        raise InvalidTypeError(msg)
    tiles = check_tiles(tiles)
    from geoclaims.check import _held, article_as_of
    from geoclaims.text import find_claims, find_regions
    from geoclaims.worldviews import parse_date, worldview_arg

    asked = as_of
    as_of, as_of_source = article_as_of(text, as_of)
    worldview_arg(worldview)  # refused or warned of here, before any work
    parse_date(as_of)
    checked_within, checked_as_of = within, as_of
    if within is not None and not isinstance(within, pd.DataFrame):
        try:
            within = checked_within = _held(within, as_of)
        except NoSnapshotError:
            # the date lies before the first snapshot: the map shows no held ground, and
            # each figure is checked on the date its own clause gives, if any (a date
            # asked for is warned of by check_claims, below)
            if asked is None:
                within, checked_as_of = None, None
            else:
                within = None  # no held ground drawn; check_claims warns of the date
    mentions = find_regions(text)
    claims = tuple(find_claims(text))
    measurable = _past_dateline(text, mentions)
    groups = _territories(measurable, claims)
    not_measured = _not_measured(measurable, claims, groups) if groups else []
    shares: list[Share] = []
    m = None
    # no region named: the map shows the countries the article names, in full
    outlined = [] if groups else _named_countries(mentions, claims)
    if groups or outlined:
        from geoclaims.areas import area_share
        from geoclaims.maps import claim_map
    for territory, of in groups:
        shares.append(
            area_share(territory, of=of, worldview=worldview, as_of=as_of, within=within)
        )
        m = claim_map(shares[-1], m=m, tiles=tiles)
    for code in outlined:
        try:
            whole = area_share([code], of=code, worldview=worldview, as_of=as_of, within=within)
        except GeoclaimsError as exc:  # a country the view gives no ground of its own
            logger.info("not drawing %s: %s", code, exc)
            continue
        m = claim_map(whole, m=m, tiles=tiles)
    share = shares[0] if shares else None
    verdicts, failed = _check(text, claims, share, checked_within, worldview, checked_as_of)
    page_title = title if title is not None else _default_title(text)
    html_page = _render(
        page_title=page_title,
        text=text,
        mentions=mentions,
        claims=claims,
        shares=shares,
        m=m,
        verdicts=verdicts,
        failed=failed,
        worldview=worldview,
        as_of=as_of,
        as_of_source=as_of_source,
        not_measured=not_measured,
    )
    return Report(
        html=html_page,
        title=page_title,
        mentions=mentions,
        claims=claims,
        share=share,
        verdicts=tuple(v for _c, v in verdicts),
        shares=tuple(shares),
    )


# -- pipeline ---------------------------------------------------------------------------


def _past_dateline(text: str, mentions: pd.DataFrame) -> pd.DataFrame:
    """The mentions but the dateline's.

    The place a story was filed from ("KYIV, Sept 20, 2022 -") is highlighted, never
    measured; a headline before the dateline is measured like the rest.
    """
    from geoclaims.check import _outside_dateline

    return _outside_dateline(text, mentions)


#: Most countries a report measures and maps.
MAX_COUNTRIES = 3


def _territories(
    mentions: pd.DataFrame, claims: Sequence[Claim]
) -> list[tuple[pd.DataFrame, str]]:
    """The mentions to measure against each country: the main one, then the others.

    The main country is :func:`_territory`'s. Another country is measured too when a
    stated figure is of it, of one of its regions or of one of its named areas, and the
    article names regions of it.
    """
    territory, of = _territory(mentions, claims)
    if of is None:
        return []
    rows = _territory_rows(mentions)
    others = [c for c in _wholes_of_figures(mentions, claims) if c != of]
    return [(territory, of)] + [(_of_whole(rows, c), c) for c in others[: MAX_COUNTRIES - 1]]


def _wholes_of_figures(mentions: pd.DataFrame, claims: Sequence[Claim]) -> list[str]:
    """The countries (or shared named areas) the figures are of, most figures first.

    Only those whose regions the article names; ties go to figures of the country itself
    ("18% of Ukraine" before "1,000 km² of Russia's Kursk region"), then to the figures'
    order (an article with one figure each of Cyprus, Moldova and Georgia and five of
    Ukraine maps Ukraine first).
    """
    rows = _territory_rows(mentions)
    by_unit = dict(zip(rows["unit_id"], rows["country"], strict=True))
    present = set(rows["country"])
    out: list[str] = []
    whole = Counter()  # figures of the country itself ("18% of Ukraine")
    for c in claims:
        country = c.of if c.of in present else by_unit.get(c.of)
        if country == "" and isinstance(c.of, str) and c.of.startswith("area:"):
            country = c.of  # a named area no one country holds (Kashmir) is its own whole
        if isinstance(country, str) and country:
            out.append(country)
            whole[country] += c.of == country
    counts = Counter(out)
    # (ties: figures of the country itself first, then the figures' order)
    return sorted(dict.fromkeys(out), key=lambda c: (-counts[c], -whole[c]))


def _named_countries(mentions: pd.DataFrame, claims: Sequence[Claim]) -> list[str]:
    """The countries to outline when the article names no region (at most MAX_COUNTRIES).

    Those the figures are of first ("36% of Cyprus"), then the others the article names,
    in its order (alpha-3 codes).
    """
    named = [str(c) for c in mentions.loc[mentions["kind"] == "country", "country"].dropna()]
    of = [str(c.of) for c in claims if isinstance(c.of, str) and c.of in named]
    counts = Counter(of)  # most figures first, then the article's order
    of = sorted(dict.fromkeys(of), key=lambda c: -counts[c])
    return list(dict.fromkeys([*of, *named]))[:MAX_COUNTRIES]


def _not_measured(
    mentions: pd.DataFrame, claims: Sequence[Claim], groups: Sequence[tuple[Any, str]]
) -> list[str]:
    """The names of the countries figures are of that the report leaves unmeasured.

    Those past :data:`MAX_COUNTRIES`.
    """
    from geoclaims.boundaries import country_name

    measured = {g for _t, g in groups}
    return [
        country_name(c) for c in _wholes_of_figures(mentions, claims) if c not in measured
    ]


def _of_whole(rows: pd.DataFrame, of: str) -> pd.DataFrame:
    """The rows measured against `of`.

    A country's rows, or a named area that is its own whole (Kashmir, which several
    countries administer).
    """
    return rows[(rows["country"] == of) | (rows["unit_id"] == of)]


def _territory_rows(mentions: pd.DataFrame) -> pd.DataFrame:
    """The mentions that can be measured: regions, entities, named areas (else cities)."""
    from geoclaims.boundaries import _place_table

    # a named place without a boundary (Shebaa Farms, Area C) is highlighted, not drawn
    with_unit = mentions[
        mentions["unit_id"].notna() & ~mentions["unit_id"].isin(_place_table().index)
    ]
    rows = with_unit[with_unit["kind"].isin(_TERRITORY_KINDS)]
    if rows.empty:
        rows = with_unit[with_unit["kind"] == "city"]
    return rows


def _territory(mentions: pd.DataFrame, claims: Sequence[Claim]) -> tuple[pd.DataFrame, str | None]:
    """Pick the mentions to measure, and the country to measure them against.

    The candidates are the mentions of regions and separatist entities (cities only
    when there are none). The country is the one most stated figures refer to ("15% of
    Ukraine", or one of its regions; ties in the article's order) among the candidates'
    countries, else the country most of the
    candidates lie in; only that country's candidates are measured, so a passing
    mention of a region elsewhere does not end up on the map.
    """
    from geoclaims.maps import _main_country

    rows = _territory_rows(mentions)
    if rows.empty:
        return rows, None
    present = set(rows["country"].dropna())
    ranked = [c for c in _wholes_of_figures(mentions, claims) if c in present]
    of = ranked[0] if ranked else _main_country(rows)
    return _of_whole(rows, of), of


def _check(
    text: str,
    claims: Sequence[Claim],
    share: Share | None,
    within: Any,
    worldview: str,
    as_of: Any,
) -> tuple[list[tuple[Claim, Verdict]], list[tuple[Claim, str]]]:
    """Check every figure against its own regions (:func:`~geoclaims.check_claims`).

    Returns (claim, verdict) pairs and (claim, reason) pairs for figures that could not
    be checked; a figure that fails does not stop the others.
    """
    from geoclaims.check import check_claims

    layer = share.layer if share is not None and share.layer is not None else within
    kwargs = {"within": layer, "worldview": worldview, "as_of": as_of}
    try:
        return list(zip(claims, check_claims(text, claims=claims, **kwargs), strict=True)), []
    except GeoclaimsError as exc:
        logger.info("checking all figures failed (%s); checking one by one", exc)
    done: list[tuple[Claim, Verdict]] = []
    failed: list[tuple[Claim, str]] = []
    for claim in claims:
        try:
            (verdict,) = check_claims(text, claims=[claim], **kwargs)
        except GeoclaimsError as exc:
            logger.info("could not check %r: %s", claim.surface, exc)
            failed.append((claim, str(exc)))
        else:
            done.append((claim, verdict))
    return done, failed


#: A dateline at the start of a line: a place and a comma, or "date"/"posted"..., a date
#: (2022-09-21, 21 September 2022, Sept. 21, 2022) and a separator.
_DATELINE = re.compile(
    r"^\s*(?:[^\W\d][\w.'’ -]{0,40}?,\s*|(?:date|dated|posted|published|updated)"
    r"(?:\s+on)?:?\s+)?"
    r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s+[^\W\d]{3,}\.?\s+\d{4}|[^\W\d]{3,}\.?\s+\d{1,2},?\s+\d{4})"
    # then "року"/"года", an agency in brackets, and the dash or stop that ends it
    r"(?:\s+(?:року|года|р\.|г\.))?(?:\s*\([^)]{1,30}\))?"
    r"(?:\s*(?:[-–—:|/.]+|,)\s+|\s+|\s*$)",
    re.IGNORECASE,
)


def _default_title(text: str) -> str:
    """Return the article's first line that is not only a dateline, as a title.

    A leading dateline ("KYIV, 21 September 2022 - ", "date 2022-09-20 ") is dropped;
    a line longer than :data:`_MAX_TITLE` is cut at a word and ends with "…".
    """
    for line in text.splitlines():
        line = " ".join(line.split())
        head = _DATELINE.match(line)
        if head is not None and head.group(0).strip():
            line = line[head.end() :].strip()
        else:
            # a wire dateline with no date: "KYIV, Ukraine (AP) — ", "BAKU - "
            from geoclaims.check import _dateline_end

            line = line[_dateline_end(line) :].strip()
        if line:
            if len(line) > _MAX_TITLE:
                cut = line[: _MAX_TITLE - 1]
                space = cut.rfind(" ")
                cut = cut[:space] if space > _MAX_TITLE // 2 else cut
                line = cut.rstrip(" ,;:-–—") + "…"
            return line
    return "geoclaims report"


#: Who the advice on a page is for: "python" (report() called from code) or "cli" (the
#: ``geoclaims report`` command sets it), so a page says how to act where it was made.
ADVICE_FOR: contextvars.ContextVar[str] = contextvars.ContextVar(
    "geoclaims_advice_for", default="python"
)
#: Python advice in checker messages, and what the report page says instead.
_ADVICE = {
    "python": (
        (
            re.compile(r"\s*Pass regions=\.\.\.( or a claim with of='\w+')?\.?"),
            " The article names no region for it.",
        ),
    ),
    "cli": (
        (
            re.compile(r"\s*Pass regions=\.\.\.( or a claim with of='\w+')?\.?"),
            " The article names no region for it.",
        ),
        (re.compile(r"\bpass within= (a layer|the layer)"), r"pass --within LAYER, \1"),
        (re.compile(r"\bwithin=(?!\w)"), "--within"),
        (re.compile(r"\bas_of="), "--as-of "),
        (re.compile(r"\bworldview="), "--worldview "),
    ),
}


def _advice(text: str) -> str:
    """Rewrite the checker's advice for where the page is made (see :data:`ADVICE_FOR`)."""
    for pattern, repl in _ADVICE.get(ADVICE_FOR.get(), ()):
        text = pattern.sub(repl, text)
    return text


#: A percentage written with more than one decimal ("66.6667%").
_LONG_PCT = re.compile(r"(?<![\d.])(\d+\.\d{2,})\s?%")


def _tidy(text: str) -> str:
    """Show percentages in a checker's sentence to one decimal, as the page does."""
    return _LONG_PCT.sub(lambda m: f"{float(m.group(1)):.1f}%", text)


# -- rendering --------------------------------------------------------------------------


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("geoclaims", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        bytecode_cache=_TemplateCache(),
    )


class _TemplateCache(jinja2.FileSystemBytecodeCache):
    """The pages' compiled templates, kept in the user cache folder.

    Compiling the report template takes some 40 ms of every cold ``geoclaims report``;
    loading its compiled code, a millisecond. jinja2 recompiles a template whose source
    changed (it checks a checksum of the source) and code of another Python or jinja2;
    the folder is named after the jinja2 and geoclaims versions, so another release's
    environment never reads it. A cache folder that cannot be written is passed over.
    """

    def __init__(self) -> None:
        from geoclaims import __version__
        from geoclaims._cache import cache_root

        folder = cache_root() / "templates" / f"jinja2-{jinja2.__version__}-{__version__}"
        super().__init__(str(folder))

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        import pickle

        try:
            super().load_bytecode(bucket)
        except (OSError, ValueError, EOFError, TypeError, pickle.UnpicklingError) as exc:
            # a damaged file: compile the template again
            logger.info("compiled template not read (%s); compiling it", exc)
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            os.makedirs(self.directory, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError as exc:  # a read-only or full cache folder: compile each time
            logger.info("compiled template not stored in %s (%s)", self.directory, exc)


def _render(
    *,
    page_title: str,
    text: str,
    mentions: pd.DataFrame,
    claims: Sequence[Claim],
    shares: Sequence[Share],
    m: folium.Map | None,
    verdicts: list[tuple[Claim, Verdict]],
    failed: list[tuple[Claim, str]],
    worldview: str,
    as_of: _dt.date,
    as_of_source: str = "given",
    not_measured: Sequence[str] = (),
) -> str:
    """Render the page template with every value escaped or script-safe."""
    from geoclaims import __version__

    share = shares[0] if shares else None
    drawn = {str(u) for s in shares for u in s.units["unit_id"]}
    parts = _map_parts(m) if m is not None else {}
    context = {
        "version": __version__,
        "title": page_title,
        "view": _view_words(worldview),
        "as_of": as_of.isoformat() + ("" if as_of_source == "given" else f" ({as_of_source})"),
        "layer_label": _layer_label(share),
        "verdicts": [_verdict_row(c, v) for c, v in verdicts]
        + [_failed_row(c, reason) for c, reason in failed],
        "article": _article_html(text, mentions, claims, drawn),
        "kinds": _legend_kinds(mentions),
        "map_header": parts.get("header", ""),
        "leaflet_js": parts.get("leaflet_js", ""),
        "leaflet_css": parts.get("leaflet_css", ""),
        "map_html": parts.get("html", ""),
        "map_script": parts.get("script", ""),
        "map_name": parts.get("name", ""),
        "shares": [_share_context(s) for s in shares],
        "not_measured": list(not_measured),
        "max_countries": MAX_COUNTRIES,
        "claims": [_claim_row(c) for c in claims],
        "downloads": _downloads(shares, m),
    }
    return _environment().get_template("report.html.j2").render(**context)


#: The highlight key: each kind of mention as the article shows it, in this order.
_LEGEND = (
    ("region", "region"),
    ("entity", "separatist entity"),
    ("area", "named area"),
    ("city", "city"),
    ("country", "country"),
    ("metonym", "capital for its government (not measured)"),
)


def _legend_kinds(mentions: pd.DataFrame) -> list[tuple[str, str]]:
    """The (kind, words) of the highlight key: the kinds the article's mentions have.

    Region, city and country when it has none, so the key is never empty.
    """
    present = set(mentions["kind"]) if len(mentions) else {"region", "city", "country"}
    return [(kind, words) for kind, words in _LEGEND if kind in present]


def _map_parts(m: folium.Map) -> dict[str, Any]:
    """Render a folium map into the parts the page embeds.

    The map uses nothing but Leaflet (no markers, no Bootstrap), and the page inlines
    Leaflet itself, so a saved report draws its map with no network at all. The parts
    come from one template pass over folium's elements (see
    :func:`geoclaims.maps._render_parts`): the map's data never becomes template source.
    """
    from geoclaims.maps import _leaflet, _render_parts

    m.default_js = []
    m.default_css = []
    parts = _render_parts(m.get_root())
    script, css = _leaflet()
    return {
        "header": Markup(parts["header"]),
        "html": Markup(parts["html"]),
        "script": Markup(parts["script"]),
        "name": m.get_name(),
        "leaflet_js": Markup(script),
        "leaflet_css": Markup(css),
    }


def _article_html(
    text: str, mentions: pd.DataFrame, claims: Sequence[Claim], drawn: set[str]
) -> Markup:
    """Return the article as markup: escaped text, mentions and claims highlighted.

    Stated figures are the outer spans; mentions sit inside them or outside them.
    A mention that straddles a figure's edge keeps its text but loses its highlight.
    """
    from geoclaims.maps import _css_token

    spans = sorted(
        ((int(c.start), int(c.end), c) for c in claims if 0 <= c.start < c.end <= len(text)),
        key=lambda s: (s[0], -s[1]),
    )
    outer: list[tuple[int, int, Any]] = []
    for s in spans:  # claims never overlap each other on the page
        if not outer or s[0] >= outer[-1][1]:
            outer.append(s)
    inner: list[tuple[int, int, dict[str, Any]]] = []
    last = 0
    for row in mentions.sort_values(["start", "end"]).to_dict("records"):
        start, end = int(row["start"]), int(row["end"])
        if start < last or not 0 <= start < end <= len(text):
            continue
        straddles = any(
            s < end and start < e and not (s <= start and end <= e) for s, e, _ in outer
        )
        if straddles:
            continue
        inner.append((start, end, row))
        last = end

    def mention(row: dict[str, Any], start: int, end: int) -> Markup:
        kind = _css_token(row.get("kind") or "other")
        unit = row.get("unit_id")
        label = _mention_title(row)
        piece = escape(text[start:end])
        if isinstance(unit, str) and unit in drawn:
            return Markup(
                '<a class="gc-mention gc-kind-{}" href="#gc-map" data-unit="{}" title="{}">{}</a>'
            ).format(kind, _css_token(unit), label, piece)
        return Markup('<mark class="gc-mention gc-kind-{}" title="{}">{}</mark>').format(
            kind, label, piece
        )

    def plain_with_mentions(lo: int, hi: int) -> list[Markup]:
        out: list[Markup] = []
        pos = lo
        for start, end, row in inner:
            if start < lo or end > hi:
                continue
            out.append(escape(text[pos:start]))
            out.append(mention(row, start, end))
            pos = end
        out.append(escape(text[pos:hi]))
        return out

    pieces: list[Markup] = []
    pos = 0
    for start, end, claim in outer:
        pieces += plain_with_mentions(pos, start)
        body = Markup("").join(plain_with_mentions(start, end))
        pieces.append(
            Markup('<span class="gc-claim" title="{}">{}</span>').format(_claim_title(claim), body)
        )
        pos = end
    pieces += plain_with_mentions(pos, len(text))
    return Markup("").join(pieces)


def _mention_title(row: dict[str, Any]) -> str:
    name = row.get("name")
    iso = row.get("iso_3166_2")
    kind = row.get("kind") or ""
    bits = [str(name) if isinstance(name, str) else str(row.get("surface", ""))]
    if isinstance(iso, str) and iso:
        bits.append(f"({iso})")
    elif isinstance(row.get("country"), str):
        bits.append(f"({row['country']})")
    title = " ".join(bits) + (f", {kind}" if kind else "")
    from geoclaims.boundaries import _place_table

    if row.get("unit_id") in _place_table().index:
        title += ", no boundary in the data"  # a named place not drawn (Shebaa Farms)
    return title


def _claim_title(claim: Claim) -> str:
    row = _claim_row(claim)
    return " ".join(str(x) for x in (row["qualifier"], row["value"], row["unit"], "of", row["of"]))


def _claim_row(claim: Claim) -> dict[str, str]:
    from geoclaims.boundaries import _whole_label

    unit = {"km2": "km²", "mi2": "sq mi", "acre": "acres", "m2": "m²"}.get(claim.unit, claim.unit)
    digits = 1 if claim.unit == "%" else 2
    value = _num(claim.value, digits)
    if claim.high is not None:
        value += f"–{_num(claim.high, digits)}"
    return {
        "surface": claim.surface,
        "value": value,
        "unit": unit,
        "qualifier": (claim.qualifier or "").replace("_", " ") or "–",
        "of": _whole_label(claim.of),
    }


#: Verdict status -> CSS class of its colour (green, red, amber).
_TONES = {"holds": "gc-holds", "does not hold": "gc-fails", "cannot tell": "gc-unsure"}
#: What the readings table calls each kind of reading (its ``kind`` column); the
#: readings' own keys ("named_official", "claimed_RUS_2022-09-30") are for code.
_READING_KINDS = {
    "whole": "regions in full",
    "claim": "claimed regions",
    "held": "held ground",
    "explain": "another method",
}
#: Longest one-line summary shown for a verdict (characters).
_MAX_SUMMARY = 200


def _summary(verdict: Verdict) -> str:
    """The verdict's one-line summary, with advice and percentages as the page shows them."""
    return _shorten(_tidy(_advice(verdict.summary)), _MAX_SUMMARY)


def _shorten(text: str, limit: int) -> str:
    """Cut `text` at a word so it is at most `limit` characters, ending with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"


def _verdict_row(claim: Claim, verdict: Verdict) -> dict[str, Any]:
    readings = []
    frame = verdict.readings  # read only: no copy
    # records from plain column lists: to_dict("records") costs ~1 ms a verdict, and
    # items() a tenth of what frame[c] costs per column
    names = [c for c, _s in frame.items()]
    columns = [s.tolist() for _c, s in frame.items()]
    for r in (dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)):
        readings.append(
            {
                "reading": _READING_KINDS.get(str(r.get("kind", "")), "reading"),
                "description": _tidy(_advice(str(r.get("description", "")))),
                "pct": _pct(r.get("pct")),
                "km2": _fmt_km2(r.get("km2")),
                "matches": bool(r.get("matches")),
            }
        )
    status = verdict.status
    # the best reading in words, as its row of the table gives it (not its internal name)
    best = None
    if verdict.best is not None and "reading" in frame:
        rows = frame.loc[frame["reading"] == verdict.best, "description"]
        best = _tidy(_advice(str(rows.iloc[0]))) if len(rows) else None
    return {
        "surface": claim.surface,
        "best": best,
        "holds": verdict.holds,
        "status": status,
        "tone": _TONES[status],
        "summary": _summary(verdict),
        "whole": verdict.whole,
        "regions": list(verdict.regions),
        "unrecognised": list(verdict.unrecognised),
        "text": _tidy(_advice(verdict.text)),
        "readings": readings,
    }


def _failed_row(claim: Claim, reason: str) -> dict[str, Any]:
    reason = _tidy(_advice(reason))
    return {
        "surface": claim.surface,
        "best": None,
        "holds": None,
        "status": "cannot tell",
        "tone": _TONES["cannot tell"],
        "summary": _shorten(
            f"Cannot tell: '{claim.surface}' was not checked: {reason}", _MAX_SUMMARY
        ),
        "whole": None,
        "regions": [],
        "unrecognised": [],
        "text": f"Not checked: {reason}",
        "readings": [],
    }


#: Columns of the shares table the page offers as CSV, in order.
_CSV_COLUMNS = (
    "unit_id",
    "iso_3166_2",
    "name",
    "country",
    "area_km2",
    "share_pct",
    "held_km2",
    "held_pct_of_unit",
    "official_km2",
)


def _csv_cell(value: Any) -> Any:
    """Keep a spreadsheet from reading a text cell as a formula (=, +, -, @ first)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _downloads(shares: Sequence[Share], m: folium.Map | None) -> list[dict[str, str]]:
    """The report's download links: the shares tables (CSV) and the map's shapes (GeoJSON).

    Both are ``data:`` URIs inside the page, so they work offline, with no server and
    without JavaScript. Each country's regions are followed by their total.
    """
    out: list[dict[str, str]] = []
    if not shares:
        return out
    parts = []
    for share in shares:
        frame = share.to_frame().drop_duplicates("unit_id")
        table = frame[[c for c in _CSV_COLUMNS if c in frame.columns]].copy()
        total = {
            "unit_id": "",
            "name": "All named regions (counted once)",
            "country": share.country,
        }
        total |= {"area_km2": share.total, "share_pct": share.total_pct}
        if "held_km2" in table.columns:
            total |= {"held_km2": share.held_km2}
        parts += [table, pd.DataFrame([total])]
    table = pd.concat(parts, ignore_index=True)
    table = table.map(_csv_cell)
    buf = io.StringIO()
    table.to_csv(buf, index=False, lineterminator="\n", float_format="%.6g")
    out.append(_data_link(buf.getvalue(), "text/csv", "geoclaims-shares.csv", "Shares (CSV)"))
    shapes = getattr(m, "_geoclaims_shapes", None) if m is not None else None
    if shapes:
        text = json.dumps(shapes, ensure_ascii=False, separators=(",", ":"))
        out.append(
            _data_link(text, "application/geo+json", "geoclaims-shapes.geojson", "Shapes (GeoJSON)")
        )
    return out


def _data_link(text: str, mime: str, filename: str, label: str) -> dict[str, str]:
    data = text.encode("utf-8")
    return {
        "href": f"data:{mime};charset=utf-8;base64,{base64.b64encode(data).decode('ascii')}",
        "filename": filename,
        "label": label,
        "size": f"{max(1, round(len(data) / 1000)):,} KB",
    }


def _share_context(share: Share) -> dict[str, Any]:
    from geoclaims.boundaries import country_name

    name_of_country = country_name(share.country)
    held = share.layer is not None
    rows = []
    for r in share.to_frame().drop_duplicates("unit_id").to_dict("records"):
        rows.append(
            {
                "name": r.get("name"),
                "iso": r.get("iso_3166_2") or "–",
                "km2": _fmt_km2(r.get("area_km2")),
                "pct": _pct(r.get("share_pct")),
                "held_km2": _fmt_km2(r.get("held_km2")),
                "held_pct": _pct(r.get("held_pct_of_unit")),
                "official": _fmt_km2(r.get("official_km2")),
            }
        )
    official_pct = getattr(share, "official", None)
    return {
        "country_name": name_of_country,
        "held": held,
        "rows": rows,
        "total_km2": _fmt_km2(share.total),
        "total_pct": _pct(share.total_pct),
        "held_km2": _fmt_km2(share.held_km2),
        # the totals row's held share is of the named regions, as its column says (the
        # share of the country is in the legend and the notes)
        "held_pct": _pct(
            100.0 * share.held_km2 / share.total
            if share.held_km2 is not None and share.total
            else None
        ),
        "official": _fmt_km2(getattr(share, "official_km2", None)),
        "official_pct": _pct(official_pct) if official_pct is not None else "",
        "country_km2": _fmt_km2(share.country_km2),
        "notes": list(getattr(share, "notes", ()) or ()),
        "method": share.method,
    }


def _layer_label(share: Share | None) -> str:
    """The control layer in words.

    Its source, snapshot, statuses counted as held, the filter it was read with, and its
    polygons ("deepstate_1727771655.geojson, snapshot of 2024-10-01 08:34 UTC, statuses
    occupied, crimea; where status=occupied: 12 polygons").
    """
    if share is None or share.layer is None:
        return ""
    attrs = share.layer.attrs
    parts = []
    source = attrs.get("source")
    if isinstance(source, str) and source:
        # a file by its name (not the reader's folders), a URL as given
        parts.append(source if "://" in source else Path(source).name)
    time = (attrs.get("snapshot") or {}).get("time")
    if time is not None and pd.notna(time):
        parts.append(f"snapshot of {pd.Timestamp(time).strftime('%Y-%m-%d %H:%M')} UTC")
    statuses = attrs.get("statuses")
    if statuses:
        parts.append("statuses " + ", ".join(map(str, statuses)))
    where = attrs.get("where")
    said = ", ".join(parts) + (f"; where {where}" if where else "")
    n = len(share.layer)
    count = f"{n} polygon{'s' if n != 1 else ''}"
    return f"{said}: {count}" if said else count


def _view_words(worldview: str) -> str:
    """The worldview in words: "UN view (...)", "view of Russia (its claims counted in)"."""
    from geoclaims.boundaries import country_name
    from geoclaims.worldviews import _claimants

    fixed = {
        "un": "UN view (internationally recognised borders)",
        "defacto": "de facto view (as the source map draws them)",
    }
    if worldview in fixed:
        return fixed[worldview]
    name = country_name(worldview)
    if worldview in _claimants():
        return f"view of {name} (its claims counted in)"
    # a country that claims nothing sees the internationally recognised borders
    return f"view of {name} (no claims of its own: the internationally recognised borders)"


def _num(value: float, digits: int = 2) -> str:
    """Format a stated value: "90,000", "15", "66.7" (`digits` decimals at most)."""
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.{digits}f}".rstrip("0").rstrip(".")


def _pct(value: Any) -> str:
    return _fmt_pct(value, digits=1)


# -- files ------------------------------------------------------------------------------


def _write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` with geoclaims' one safe writer (:mod:`geoclaims._io`).

    Raises
    ------
    OutputError
        When the folder is missing or not writable, or `path` is a folder; nothing is
        left behind.
    """
    from geoclaims._io import write_text

    write_text(path, text)


class _CallableModule(types.ModuleType):
    """A module type that makes ``geoclaims.report`` callable as :func:`report`.

    The function and its module share the name ``geoclaims.report``; importing the module
    (as the command line does) rebinds the package attribute to the module, so the
    module forwards calls to keep ``geoclaims.report(text)`` working either way.
    """

    def __call__(self, *args: Any, **kwargs: Any) -> Report:
        return report(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
