"""The ``geoclaims`` command: report, find, share and map from the shell.

Every subcommand reads an article from a file or from standard input (``-``) and exits
with status 0 on success and 2 on bad usage or bad input, printing one line that says
what was wrong (never a traceback). ``geoclaims SUBCOMMAND --help`` explains each one.

Examples
--------
.. code-block:: bash

    geoclaims report examples/referendum_article.txt -o report.html
    geoclaims find - --format csv < article.txt
    geoclaims share Donetsk Luhansk --of Ukraine --json
    geoclaims map Donetsk Luhansk Zaporizhzhia Kherson -o map.html
    geoclaims history snapshots/ --of UA --exclude Crimea Sevastopol -o held.html
"""

from __future__ import annotations

import argparse
import contextlib
import contextvars
import csv
import dataclasses
import io
import json
import logging
import math
import os
import re
import sys
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn

from geoclaims._errors import (
    AmbiguousRegionError,
    GeoclaimsError,
    InvalidInputError,
    UnknownRegionError,
)
from geoclaims._errors import quote as _quote
from geoclaims._io import BOMS as _BOMS

__all__ = ["main"]

logger = logging.getLogger(__name__)

_PROG = "geoclaims"
_EXIT_OK = 0
_EXIT_BAD_INPUT = 2
_EXIT_INTERNAL = 1


class _UsageError(Exception):
    """Bad command-line usage, reported in one line with exit status 2."""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that reports usage errors in one line instead of exiting."""

    def error(self, message: str) -> NoReturn:
        # argparse quotes the bad argument whole: cut each quote to ~80 characters.
        message = re.sub(r"'([^']{80})[^']{2,}'", r"'\1…'", message)
        msg = f"{message} (see '{self.prog} --help')"
        raise _UsageError(msg)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``geoclaims`` command line.

    Parameters
    ----------
    argv : sequence of str, optional
        The arguments after the program name; ``sys.argv[1:]`` when None.

    Returns
    -------
    int
        The exit status: 0 on success, 2 on bad usage or bad input.

    Examples
    --------
    >>> main(["share", "Donetsk", "Luhansk", "--of", "UA", "--json"])  # doctest: +ELLIPSIS
    {"country": "UKR", ...}
    0
    """
    parser = _build_parser(argv)
    args = None
    shell = _FROM_SHELL.set(argv is None)
    try:
        with warnings.catch_warnings(), _plain_log_lines():
            # A command-line user sees each warning once, as one plain line.
            warnings.simplefilter("default")
            _SHOWN.clear()
            warnings.showwarning = _show_warning
            args = parser.parse_args(argv)
            if args.verbose:
                logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
            return args.run(args)
    except SystemExit as exc:  # --help and --version exit through argparse
        return exc.code if isinstance(exc.code, int) else _EXIT_OK
    except BrokenPipeError:  # e.g. `geoclaims find ... | head`: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except _UsageError as exc:
        return _fail(str(exc))
    except UnicodeDecodeError as exc:
        return _fail(f"cannot read the input as UTF-8 text ({exc.reason} at byte {exc.start})")
    except AmbiguousRegionError as exc:  # the library's advice names Python arguments
        advice = _ambiguity_advice(exc, args) + _quote_hint(exc.query, args)
        return _fail(_one_line(exc.listing) + " " + advice)
    except UnknownRegionError as exc:
        return _fail(_one_line(exc) + _quote_hint(exc.query, args))
    except (GeoclaimsError, OSError) as exc:
        return _fail(_one_line(exc))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: one line, and the traceback only with -v
        if args is not None and getattr(args, "verbose", False):
            raise
        print(
            f"{_PROG}: internal error: {type(exc).__name__}: {_one_line(exc)[:300]} "
            "(run again with -v for the traceback, and please report it)",
            file=sys.stderr,
        )
        return _EXIT_INTERNAL
    finally:
        _FROM_SHELL.reset(shell)


@contextlib.contextmanager
def _plain_log_lines() -> Iterator[None]:
    """Show the library's logged warnings (e.g. skipped articles) as plain lines too."""
    log = logging.getLogger("geoclaims")
    if log.handlers or logging.getLogger().handlers:  # the caller set up logging
        yield
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter(f"{_PROG}: warning: %(message)s"))
    log.addHandler(handler)
    try:
        yield
    finally:
        log.removeHandler(handler)


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: Any = None,
    line: str | None = None,
) -> None:
    """Print a Python warning to a command-line user as one plain line, once a run."""
    text = " ".join(str(message).split())
    if text in _SHOWN:
        return  # the same layer read for each figure warns once
    _SHOWN.add(text)
    print(f"{_PROG}: warning: {text}", file=sys.stderr)


#: The warnings a run has printed.
_SHOWN: set[str] = set()


def _ambiguity_advice(exc: AmbiguousRegionError, args: argparse.Namespace | None) -> str:
    """What a command-line user can type to pick one of the regions an ambiguous name names."""
    codes = [iso for _, iso, _ in exc.candidates if iso]
    advice = f"Name the region by its ISO 3166-2 code ({', '.join(codes)})" if codes else ""
    if args is not None and "of" in vars(args):
        countries = ", ".join(dict.fromkeys(cc for _, _, cc in exc.candidates))
        extra = f"--of with its country ({countries})"
        advice = f"{advice}, or pass {extra}" if advice else f"Pass {extra}"
    return (advice or "Name the region by another of its names or its ISO 3166-2 code") + "."


def _quote_hint(query: object, args: argparse.Namespace | None) -> str:
    """A hint to quote a name of several words the shell split ("Western Sahara").

    Given only when the query and a neighbouring argument name a known place together.
    """
    names = getattr(args, "names", None) or []
    if not isinstance(query, str) or query not in names:
        return ""
    i = names.index(query)
    pairs = [names[j : j + 2] for j in (i - 1, i) if j >= 0 and j + 1 < len(names)]
    if not pairs:
        return ""
    from geoclaims.boundaries import lookup

    for pair in pairs:
        joined = " ".join(pair)
        try:
            lookup(joined)
        except GeoclaimsError:
            continue
        return f' {joined!r} is one name: quote it ("{joined}").'
    return ""


def _fail(message: str) -> int:
    print(f"{_PROG}: error: {message}", file=sys.stderr)
    return _EXIT_BAD_INPUT


def _one_line(exc: BaseException) -> str:
    """Return an exception as one line of text, with the file name for OSErrors."""
    if isinstance(exc, OSError) and not isinstance(exc, GeoclaimsError) and exc.filename:
        text = f"{exc.strerror or exc}: {_quote(str(exc.filename))}"
    else:
        text = str(exc) or type(exc).__name__
    return " ".join(text.split())


# -- parser -----------------------------------------------------------------------------


def _build_parser(argv: Sequence[str] | None = None) -> _Parser:
    # Only the chosen command's modules are imported (pandas, geopandas, folium lazily in
    # the _run_* functions), so --version and --help stay fast.
    from geoclaims import __version__

    parser = _Parser(
        prog=_PROG,
        description=(
            "Check territorial claims in news text: find the regions an article names, "
            "measure them, check the stated figures, and map them."
        ),
        epilog="Run 'geoclaims COMMAND --help' for the options of each command.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    p = sub.add_parser(
        "report",
        help="check an article and write one HTML page (text, map, shares, verdict)",
        description=(
            "Check an article and write one HTML page: the verdict on each stated figure, "
            "the article with its mentions highlighted, a map and the table of shares."
        ),
    )
    _article_arg(p)
    p.add_argument(
        "-o", "--output", required=True, metavar="HTML", help="page to write ('-': standard output)"
    )
    p.add_argument("--title", help="page title (default: the article's first line)")
    _view_args(p, default_date="the date in the article's dateline, else today")
    _tiles_arg(p)
    p.set_defaults(run=_run_report)

    p = sub.add_parser(
        "check",
        help="check every stated figure of a text: one verdict summary per line",
        description=(
            "Check every share or area figure of a text against the readings the data "
            "allows, and print one summary per figure: holds, does not hold, or cannot "
            "tell (and why). The exit status is 0 whatever the verdicts; 2 for bad input."
        ),
    )
    p.add_argument(
        "source",
        metavar="TEXT_OR_FILE",
        help="the text itself, a text file (UTF-8) or a pipe (/dev/stdin, <(cmd)), or - for stdin",
    )
    _encoding_arg(p)
    _view_args(
        p,
        default_date="the date in the article's dateline, else today",
        within_help="control data: a layer or DeepStateMap snapshot, a folder, glob or URL",
    )
    p.add_argument("--json", action="store_true", help="print JSON lines instead of summaries")
    p.set_defaults(run=_run_check)

    p = sub.add_parser(
        "find",
        help="list the regions, cities, countries and figures an article names",
        description=(
            "List every mention (region, city, country, entity) with its character span, "
            "then every stated figure, one record per line."
        ),
    )
    _article_arg(p)
    p.add_argument(
        "--format",
        choices=("jsonl", "csv"),
        default="jsonl",
        help="jsonl (default) or csv: mentions and figures, one record per line with a "
        "'type' field ('mention' or 'claim')",
    )
    p.set_defaults(run=_run_find)

    p = sub.add_parser(
        "share",
        help="area of regions and their share of a country",
        description="Geodesic area of the named regions and their share of a country.",
    )
    p.add_argument("names", nargs="+", metavar="NAME", help="region names or ISO 3166-2 codes")
    p.add_argument("--of", required=True, metavar="COUNTRY", help="country name or ISO code")
    _view_args(p)
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(run=_run_share)

    p = sub.add_parser(
        "map",
        help="write a folium map of regions as HTML",
        description="Draw the named regions, their country and an optional control layer.",
    )
    p.add_argument("names", nargs="+", metavar="NAME", help="region names or ISO 3166-2 codes")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="HTML",
        help="map page to write ('-': standard output)",
    )
    _view_args(p)
    _tiles_arg(p)
    p.set_defaults(run=_run_map)

    p = sub.add_parser(
        "history",
        help="held share of a country at each snapshot of a control map",
        description=(
            "Measure the held ground of a country at each dated snapshot (DeepStateMap "
            "snapshots in folders or globs, snapshot files or URLs, multi-date files) and "
            "write the table, a chart or a page with a map and a date slider."
        ),
    )
    p.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="folder, glob ('snaps/*.geojson'), snapshot file or URL, or multi-date file",
    )
    p.add_argument(
        "--of",
        required=True,
        metavar="PLACE",
        help="country name or ISO code (UA); or one region or named area, by name or "
        "ISO 3166-2 code (UA-14, Donbas), whose held share is then of that region",
    )
    p.add_argument(
        "--exclude",
        nargs="+",
        default=[],
        metavar="NAME",
        help="regions taken out of the held ground, e.g. --exclude Crimea Sevastopol",
    )
    p.add_argument(
        "--worldview",
        default="un",
        metavar="W",
        help="'un' (default), 'defacto', or a claimant's alpha-3 code such as RUS",
    )
    p.add_argument(
        "--statuses",
        nargs="+",
        metavar="STATUS",
        help="DeepStateMap statuses counted as held (default: occupied "
        "occupied_before_2022 crimea)",
    )
    p.add_argument(
        "--where",
        nargs="+",
        metavar="KEY=VALUE",
        help="keep the features whose property KEY has VALUE in every snapshot (several "
        "values: KEY=A,B; a value with a comma in quotes), e.g. --where actor=RSF",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write .csv, .parquet, .html (chart, map with a date slider, table) or .png "
        "(chart; needs matplotlib); the CSV table goes to standard output without -o",
    )
    p.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    p.set_defaults(run=_run_history)

    _add_scan(sub, argv)

    for action in sub.choices.values():
        action.add_argument("-v", "--verbose", action="store_true", help="log progress")
    return parser


# The 'scan' line of `geoclaims --help`, kept equal to geoclaims.corpus's by a test.
_SCAN_HELP = "find mentions and figures in many articles, in parallel (needs dask)"


def _add_scan(sub: Any, argv: Sequence[str] | None = None) -> None:
    """Add ``geoclaims scan`` from :mod:`geoclaims.corpus` (corpus work on dask).

    geoclaims.corpus imports pandas and numpy, so it is imported only when the command
    is ``scan``; any other command line gets a stand-in that lists it in ``--help``.
    """
    args = sys.argv[1:] if argv is None else list(argv)
    command = next((a for a in args if not a.startswith("-")), None)
    if command != "scan":
        sub.add_parser("scan", help=_SCAN_HELP)
        return
    try:
        from geoclaims.corpus import add_scan_parser
    except ImportError:  # pragma: no cover - the corpus module is optional
        logger.debug("geoclaims.corpus is not available: no 'scan' command")
        return
    add_scan_parser(sub)


def _article_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("article", metavar="ARTICLE", help="text file (UTF-8) or a pipe, or - for stdin")
    _encoding_arg(p)


def _encoding_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--encoding",
        default="utf-8",
        metavar="CODEC",
        help="the text file's encoding, such as cp1251 or utf-16 (default: utf-8; a UTF-16 "
        "or UTF-32 file with a byte-order mark is read as such)",
    )


def _view_args(
    p: argparse.ArgumentParser,
    default_date: str = "today",
    within_help: str = "control layer (GeoJSON, GPKG, Shapefile, KML, GeoParquet; path or URL)",
) -> None:
    p.add_argument("--within", metavar="LAYER", help=within_help)
    p.add_argument(
        "--where",
        nargs="+",
        metavar="KEY=VALUE",
        help="with --within: keep the features whose property KEY has VALUE (several "
        "values: KEY=A,B; a value with a comma in quotes: 'KEY=\"A, B\",C'), e.g. --where "
        "status=occupied",
    )
    p.add_argument(
        "--statuses",
        nargs="+",
        metavar="STATUS",
        help="with --within: DeepStateMap statuses counted as held (default: occupied "
        "occupied_before_2022 crimea; 'all' for every one, outside_ukraine too)",
    )
    p.add_argument(
        "--as-of", metavar="DATE", help=f"date of the borders, YYYY-MM-DD ({default_date})"
    )
    p.add_argument(
        "--worldview",
        default="un",
        metavar="W",
        help="'un' (default), 'defacto', or a claimant's alpha-3 code such as RUS",
    )


def _tiles_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--tiles",
        default="OpenStreetMap",
        help="base map tiles known to folium, or 'none' for no tiles (default: %(default)s)",
    )


# -- commands ---------------------------------------------------------------------------


#: Whether :func:`main` runs as the program (arguments from the shell), not called from code.
_FROM_SHELL: contextvars.ContextVar[bool] = contextvars.ContextVar("_FROM_SHELL", default=False)


def _settle_imports() -> None:
    """Exclude what is in memory now (mostly imported modules) from garbage collection.

    A command imports pandas, geopandas and folium, then builds its results: the
    collector's full passes would walk the hundreds of thousands of objects the imports
    made (some 40 ms of a cold ``geoclaims report``). In the program's own process they
    live as long as it does, so :func:`gc.freeze` leaves them out of every later pass;
    :func:`main` called from code (``argv`` given) leaves the caller's collector alone.
    """
    if _FROM_SHELL.get():
        import gc

        gc.freeze()


def _page_output(output: str, command: str, inputs: tuple[Any, ...] = ()) -> str | None:
    """Check a page command's ``-o`` before the work; None for '-' (standard output).

    ``inputs`` are the files the command reads (the article, ``--within``): the page is
    never written over one of them.
    """
    from geoclaims._io import NOT_HTML_SUFFIXES, check_output

    if output == "-":
        return None
    for name, what in inputs:
        if isinstance(name, str) and name != "-" and _same_file(name, output):
            stem = Path(output).with_suffix(".html").name
            if stem == Path(output).name:
                stem = f"{Path(output).stem}-{command}.html"
            msg = (
                f"-o {output!r:.80} is the {what} '{command}' reads: the page would "
                f"overwrite it. Give another name, e.g. -o {stem}"
            )
            raise _UsageError(msg)
    suffix = Path(output).suffix.lower()
    if suffix in NOT_HTML_SUFFIXES:
        msg = (
            f"-o {output!r:.80}: '{command}' writes an HTML page, not {suffix}; end the name "
            "in .html (or pass '-o -' for standard output)"
        )
        raise _UsageError(msg)
    check_output(output)
    return output


def _same_file(a: str, b: str) -> bool:
    """Whether two paths name one existing file (through links and relative paths)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def _write_page(output: str | None, html: str, what: str) -> None:
    """Write a page to `output`, or to standard output (the status line then to stderr)."""
    from geoclaims._io import write_text

    if output is None:
        sys.stdout.write(html)
        sys.stdout.flush()
        print(f"wrote the page to standard output{what}", file=sys.stderr)
        return
    print(f"wrote {write_text(output, html)}{what}")


def _within(args: argparse.Namespace, text: str | None = None) -> Any:
    """The control data to pass on: ``--within`` as given, or read with ``--statuses``.

    Read so, it is the held ground in force on the date the command checks: ``--as-of``,
    else the article's dateline, else today.
    """
    within = args.within
    if (
        isinstance(within, str)
        and "://" not in within
        and not any(ch in within for ch in "*?[")
        and not os.path.exists(within)
    ):
        # checked before the work: a text with no figure would never read the layer
        raise _UsageError(f"--within {within!r:.200}: no such file or folder")
    where = _where(getattr(args, "where", None))
    if not args.statuses and where is None:
        return within
    if within is None:
        raise _UsageError(
            "--statuses and --where choose what a control map counts as held: add --within"
        )
    from geoclaims.check import article_as_of
    from geoclaims.layers import held_layer, read_layer

    date, _source = article_as_of(text, args.as_of)
    if where is not None:
        return read_layer(args.within, where=where, date=date, statuses=args.statuses)
    return held_layer(args.within, as_of=date, statuses=args.statuses)


def _where(pairs: list[str] | None) -> dict[str, str | list[str]] | None:
    """``--where status=occupied kind=A,B`` as read_layer's ``where`` dict."""
    if not pairs:
        return None
    out: dict[str, str | list[str]] = {}
    for pair in pairs:
        key, eq, value = pair.partition("=")
        if not eq or not key.strip() or not value.strip():
            raise _UsageError(
                f"--where {pair!r:.80}: give KEY=VALUE (several values: KEY=A,B), "
                "e.g. --where status=occupied"
            )
        # "control = 'Russian-held'", as an SQL filter would say it: the quotes are no part
        # of the value; a quoted value keeps its commas ('layer="... February 24, 2022"')
        quote_char = "'" if value.strip()[:1] == "'" else '"'
        items = next(csv.reader([value], skipinitialspace=True, quotechar=quote_char), [])
        values = [v.strip().strip("'\"") for v in items if v.strip().strip("'\"")]
        if not values:
            raise _UsageError(
                f"--where {pair!r:.80}: the value is empty; e.g. --where status=occupied"
            )
        # the same key given twice adds its values ("--where layer=A layer=B")
        before = out.get(key.strip())
        if before is not None:
            values = [*([before] if isinstance(before, str) else before), *values]
        out[key.strip()] = values if len(values) > 1 else values[0]
    return out


def _run_report(args: argparse.Namespace) -> int:
    from geoclaims.report import ADVICE_FOR, report

    _settle_imports()

    # before the work: a bad -o fails at once
    output = _page_output(
        args.output, "report", ((args.article, "article"), (args.within, "control layer"))
    )
    text = _read_article(args.article, args.encoding)
    token = ADVICE_FOR.set("cli")  # the page's advice names command-line flags
    try:
        result = report(
            text,
            within=_within(args, text),
            worldview=args.worldview,
            as_of=args.as_of,
            title=args.title,
            tiles=_tiles(args.tiles),
        )
    finally:
        ADVICE_FOR.reset(token)
    n = len(result.mentions)
    counts = f" ({n} mention{'s' if n != 1 else ''}, {len(result.claims)} figure(s))"
    if output is None:
        _write_page(None, result.html, counts)
    else:
        print(f"wrote {result.save(output)}{counts}")
    return _EXIT_OK


def _run_find(args: argparse.Namespace) -> int:
    from geoclaims.text import find_claims, find_regions

    _settle_imports()

    text = _read_article(args.article, args.encoding)
    mentions = find_regions(text)
    out = sys.stdout
    if args.format == "csv":
        import pandas as pd

        from geoclaims.text import Claim

        fields = [f.name for f in dataclasses.fields(Claim)]
        claims = pd.DataFrame(
            [_jsonable(_dataclass_dict(c)) for c in find_claims(text)],
            columns=fields,
            dtype=object,
        )
        table = pd.concat(
            [mentions.astype(object).assign(type="mention"), claims.assign(type="claim")],
            ignore_index=True,
        )
        columns = ["type", *dict.fromkeys(c for c in table.columns if c != "type")]
        table[columns].to_csv(out, index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        return _EXIT_OK
    for row in mentions.to_dict("records"):
        out.write(json.dumps({"type": "mention", **_jsonable(row)}, ensure_ascii=False) + "\n")
    for claim in find_claims(text):
        record = {"type": "claim", **_jsonable(_dataclass_dict(claim))}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return _EXIT_OK


def _run_share(args: argparse.Namespace) -> int:
    from geoclaims.areas import area_share

    _settle_imports()

    share = area_share(
        args.names, of=args.of, worldview=args.worldview, as_of=args.as_of, within=_within(args)
    )
    table = share.to_frame()
    if args.json:
        record = {
            "country": share.country,
            "country_km2": share.country_km2,
            "total_km2": share.total,
            "total_pct": share.total_pct,
            "held_km2": share.held_km2,
            "held_pct": share.held_pct,
            "official_pct": getattr(share, "official", None),
            "worldview": share.worldview,
            "as_of": str(share.as_of),
            "method": share.method,
            "notes": list(share.notes),
            "units": [_jsonable(r) for r in table.to_dict("records")],
        }
        print(json.dumps(_jsonable(record), ensure_ascii=False))
        return _EXIT_OK
    columns = [
        c
        for c in ("name", "iso_3166_2", "area_km2", "inside_km2", "share_pct", "held_km2")
        if c in table.columns
    ]
    if (table["inside_km2"] - table["area_km2"]).abs().max() < 1.0:
        columns.remove("inside_km2")  # every region lies wholly inside: one figure says it
    if "held_pct_of_unit" in table.columns:
        columns.append("held_pct_of_unit")
    print(table[columns].round(2).to_string(index=False))
    from geoclaims.boundaries import _whole_label

    # a named area as its own whole by its name
    line = (
        f"total: {share.total:,.0f} km2 = {share.total_pct:.2f}% of "
        f"{_whole_label(share.country)}"
    )
    line += f" ({share.country_km2:,.0f} km2, {share.worldview} view, {share.as_of})"
    if share.held_km2 is not None and share.held_pct is not None:
        line += f"; held: {share.held_km2:,.0f} km2 = {share.held_pct:.2f}%"
    print(line)
    for note in share.notes:
        print(f"note: {note}")
    return _EXIT_OK


def _run_map(args: argparse.Namespace) -> int:
    from geoclaims.maps import claim_map

    _settle_imports()

    # before the work: a bad -o fails at once
    output = _page_output(args.output, "map", ((args.within, "control layer"),))
    m = claim_map(
        args.names,
        tiles=_tiles(args.tiles),
        within=_within(args),
        worldview=args.worldview,
        as_of=args.as_of,
    )
    for note in getattr(m, "_geoclaims_notes", []):
        if "snapshot" in note:
            # "The control map's snapshot (2022-04-03) is 423 days from 2023-06-01": the
            # map shows the held ground of the snapshot's day, said as share says it
            print(f"note: {note}", file=sys.stderr)
    _write_page(output, m.get_root().render(), "")
    return _EXIT_OK


def _run_check(args: argparse.Namespace) -> int:
    from geoclaims.check import check_claims

    _settle_imports()

    text = _text_or_file(args.source, args.encoding)
    verdicts = check_claims(
        text, within=_within(args, text), as_of=args.as_of, worldview=args.worldview
    )
    if not verdicts:
        print("no share or area figure found in the text", file=sys.stderr)
    for v in verdicts:
        if not args.json:
            print(v.summary)
            continue
        low, high = v.interval
        record = {
            "surface": getattr(v.claim, "surface", None),
            "status": v.status,
            "holds": v.holds,
            "summary": v.summary,
            "whole": v.whole,
            "regions": list(v.regions),
            "unrecognised": list(v.unrecognised),
            "best": v.best,
            "low": low,
            "high": high,
            "unit": v.unit,
            "as_of": v.as_of,
            "snapshot": v.snapshot,
            "text": v.text,
        }
        print(json.dumps(_jsonable(record), ensure_ascii=False))
    return _EXIT_OK


def _run_history(args: argparse.Namespace) -> int:
    from geoclaims.history import _history, save_history

    output = Path(args.output) if args.output else None
    if output is not None:
        if output.suffix.lower() not in (".csv", ".parquet", ".pq", ".html", ".htm", ".png"):
            raise _UsageError(f"-o {args.output!r}: end the name in .csv, .parquet, .html or .png")
        if not output.parent.is_dir():
            raise _UsageError(f"-o {args.output!r}: the folder {str(output.parent)!r} is missing")
        if output.suffix.lower() == ".png":
            import importlib.util

            if importlib.util.find_spec("matplotlib") is None:
                raise _UsageError(
                    'a PNG chart needs matplotlib: pip install "geoclaims[chart]" '
                    "(or write .html, whose chart needs nothing)"
                )
    page = output is not None and output.suffix.lower() in (".html", ".htm")
    table, geometries = _history(
        args.sources,
        args.of,
        exclude=args.exclude,
        worldview=args.worldview,
        statuses=args.statuses,
        where=_where(args.where),
        progress=not args.no_progress,
        tolerance=0.01 if page else None,
    )
    if output is None:
        frame = table.assign(time=table["time"].map(lambda t: t.isoformat()))
        frame.to_csv(sys.stdout, index=False, lineterminator="\n")
        return _EXIT_OK
    outline = None
    if page:
        from geoclaims.areas import _country

        if table.attrs.get("region_id"):
            from geoclaims.boundaries import lookup

            outline = lookup([table.attrs["region_id"]]).geometry.iloc[0]
        else:
            outline = _country(table.attrs["country"], args.worldview, _today())[0]
    save_history(table, output, geometries, outline=outline)
    last = table.iloc[-1] if len(table) else None
    summary = f"wrote {output} ({len(table)} snapshot{'s' if len(table) != 1 else ''}"
    if last is not None:
        whole = table.attrs.get("region") or table.attrs["country"]
        summary += f"; latest {last['time']:%Y-%m-%d %H:%M} UTC: "
        if last["held_km2"] == last["held_km2"]:  # (not NaN)
            summary += f"{last['held_km2']:,.0f} km2 = {last['held_pct']:.2f}% of {whole}"
        else:
            # a snapshot that draws nothing near the whole: no share, as the page says
            summary += f"draws nothing near {whole}"
    print(summary + ")")
    return _EXIT_OK


def _today() -> Any:
    import datetime

    return datetime.date.today()


# -- helpers ----------------------------------------------------------------------------


def _text_or_file(source: str, encoding: str = "utf-8") -> str:
    """The text itself, a file's text, or stdin for ``-``.

    An argument that looks like a file name ("article.txt", "notes/a.md", "./article",
    "/root/articles/kyiv-story") but names no file is an error rather than a text to check.
    """
    if source == "-":
        return _read_article(source, encoding)
    _refuse_web_address(source)
    if not source.strip():
        msg = f"the article {source!r} is empty: pass an article's file, - for stdin, or the text."
        raise InvalidInputError(msg)
    if "\n" not in source and len(source) < 4096:
        try:
            is_dir = Path(source).is_dir()
            # a regular file, or a pipe or device ("<(curl ...)" is /dev/fd/63)
            is_file = not is_dir and Path(source).exists()
        except (OSError, ValueError):  # a text too long or odd to be a file name
            is_file = is_dir = False
        if is_file:
            return _read_article(source, encoding)
        if is_dir:
            msg = (
                f"{source[:80]!r} is a folder, not an article. Pass one article's file, - "
                "for stdin, or the text (geoclaims scan reads a whole folder)."
            )
            raise IsADirectoryError(msg)
        if _LOOKS_LIKE_PATH.fullmatch(source):
            msg = f"No such file: {source[:80]!r}. Pass an existing file, - for stdin, or the text."
            raise FileNotFoundError(msg)
    return source


#: An argument that is only a web address: "https://www.bbc.com/news/...", "www.x.org/a".
_WEB_ADDRESS = re.compile(r"\s*(?:(?:https?|ftp)://|www\.)\S+\s*", re.IGNORECASE)


def _refuse_web_address(source: str) -> None:
    """Refuse an article given as a web address: articles are read, never downloaded.

    Raises
    ------
    InvalidInputError
        Quoting the address and saying how to pass the page instead.
    """
    if _WEB_ADDRESS.fullmatch(source):
        msg = (
            f"{source.strip()[:120]!r} is a web address: geoclaims reads an article's text, "
            "a file or a pipe, and downloads no article. Save the page and pass the file "
            "(an HTML page is read as its text), or pipe it in and pass - for standard "
            "input (curl -sL URL | geoclaims ... -)"
        )
        raise InvalidInputError(msg)


_LOOKS_LIKE_PATH = re.compile(
    r"[\w.~/\\-]+\.[A-Za-z]\w{0,4}"
    # "./article", "/root/articles/kyiv-story", "~/notes/": a path with no extension
    r"|(?:\.{0,2}/|~/|[A-Za-z]:\\|\.\\)\S*|\S+[/\\]"
    # "articles/2022 Sept/Donetsk report.txt": folders and a document's name with spaces
    r"|[\w.~ -]*[/\\][\w.~ /\\-]*\.(?i:txt|md|html?|jsonl?|csv|xml|pdf|docx?|rtf|odt)"
)


def _read_article(source: str, encoding: str = "utf-8") -> str:
    """Read an article from a path, or from stdin for ``-`` (UTF-8, BOM allowed).

    Only a regular file or a pipe (``/dev/stdin`` piped, ``<(cat a.txt)``) is opened, and
    at most ``MAX_ARTICLE_BYTES`` are read (from stdin too), so ``/dev/zero`` or a folder
    gives one line of error, not a hang.
    """
    from geoclaims._io import MAX_ARTICLE_BYTES, InputFileError, read_regular

    def bounded(stream: Any, what: str) -> str:
        data = stream.read(MAX_ARTICLE_BYTES + 1)
        if len(data) > MAX_ARTICLE_BYTES:
            msg = (
                f"{what} holds more than {MAX_ARTICLE_BYTES:,} bytes: too large for one "
                "article; split it into articles and run 'geoclaims scan FOLDER --max-bytes N "
                "-o out.parquet' on them"
            )
            raise InputFileError("too_large", msg)
        return _empty_warned(_page_text(_decode(data, encoding, what), what), what)

    if source == "-":
        return bounded(sys.stdin.buffer, "standard input")
    _refuse_web_address(source)
    if _is_pipe(source):
        # "geoclaims check /dev/stdin" in a pipeline, "geoclaims check <(cat a.txt)": a
        # pipe with a writer, read as standard input is (a named pipe no one writes to
        # gives an error, not a hang)
        what = f"the article {_quote(source)}"
        data = _read_pipe(source, MAX_ARTICLE_BYTES + 1, what)
        return bounded(io.BytesIO(data), what)
    try:
        data = read_regular(source)
    except InputFileError as exc:
        said = str(exc)
        if exc.reason == "too_large":
            # (no --max-bytes here: that is scan's, for a corpus of long texts)
            said = said.split(";")[0] + (
                "; an article is read whole: split it into articles and run "
                "'geoclaims scan FOLDER --max-bytes N -o out.parquet' on them"
            )
        raise InputFileError(exc.reason, f"the article {_quote(source)} {said}") from None
    what = f"the article {_quote(source)}"
    return _empty_warned(_page_text(_decode(data, encoding, what), what), what)


def _read_pipe(source: str, limit: int, what: str) -> bytes:
    """At most ``limit`` bytes of a FIFO, waiting for its writer only if it has one.

    Opened without blocking: a FIFO no process writes to reads as empty at once, and is
    refused ("a FIFO (named pipe) ... nothing was read"), where a blocking open would hang.
    """
    import select

    from geoclaims._io import InputFileError

    try:
        fd = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise InputFileError("unreadable", f"{what} cannot be read: {exc.strerror}") from None
    chunks: list[bytes] = []
    size = 0
    try:
        while size < limit:
            try:
                chunk = os.read(fd, min(1 << 16, limit - size))
            except BlockingIOError:
                # a writer holds the pipe and has not written yet: wait for it
                select.select([fd], [], [])
                continue
            if not chunk:
                break  # the end: every writer closed it (or none ever held it)
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if not chunks:
        msg = (
            f"{what} is a FIFO (named pipe) that no process wrote to: nothing was read; "
            "to read standard input, pass '-'"
        )
        raise InputFileError("not_a_file", msg)
    return b"".join(chunks)


def _is_pipe(source: str) -> bool:
    """Whether ``source`` is a FIFO (a pipe), following links (``/dev/stdin``)."""
    import stat

    try:
        return stat.S_ISFIFO(os.stat(source).st_mode)
    except OSError:
        return False


def _page_text(text: str, what: str) -> str:
    """An HTML page's shown text (with a note), else the text as it is."""
    from geoclaims._errors import GeoclaimsWarning
    from geoclaims._io import html_page_text

    page = html_page_text(text)
    if page is None:
        return text
    warnings.warn(
        f"{what} is an HTML page: its shown text is read (no scripts, styles or tags)",
        GeoclaimsWarning,
        2,
    )
    return page


def _empty_warned(text: str, what: str) -> str:
    """The text, with a warning when it holds nothing to read (empty or only blanks)."""
    from geoclaims._errors import GeoclaimsWarning

    if not text.strip():
        held = "is empty" if not text else "holds only whitespace"
        warnings.warn(f"{what} {held}: no place or figure to find", GeoclaimsWarning, 2)
    return text




def _decode(data: bytes, encoding: str, what: str) -> str:
    """Decode an article's bytes; a byte-order mark wins over the default UTF-8.

    A text that is not valid in the encoding is refused, naming the encoding the bytes
    look like (charset-normalizer's guess) and the ``--encoding`` that reads them.
    """
    from geoclaims._io import InputFileError

    codec = encoding
    if codec.replace("_", "-").lower() in {"utf-8", "utf8"}:
        codec = next((c for bom, c in _BOMS if data.startswith(bom)), "utf-8-sig")
        if codec == "utf-8-sig" and b"\x00" in data[:8192]:
            # NUL bytes with no UTF-16/32 mark: a program, an image, a PDF or a Word file
            msg = (
                f"{what} is not a text file (it holds NUL bytes, as binary files do); save "
                "the article as plain text (.txt) first, or pass --encoding utf-16 if it is "
                "UTF-16 without a byte-order mark"
            )
            raise InputFileError("encoding", msg)
    try:
        return data.decode(codec)
    except LookupError:
        msg = f"unknown encoding {_quote(encoding)}: pass one Python knows, such as cp1251"
        raise InputFileError("encoding", msg) from None
    except UnicodeDecodeError as exc:
        guess = _guess_encoding(data)
        same = guess is not None and _codec_name(guess) == _codec_name(codec)
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            # valid up to its last bytes, which start a character the file does not finish
            hint = (
                "its last character is cut off (the file is truncated): save it again, or "
                "drop the last bytes"
            )
        elif same:
            hint = (
                f"its bytes are mostly {guess} but damaged there: fix or remove that byte, "
                "or pass --encoding latin-1 to read every byte as a character"
            )
        elif guess:
            hint = f"it looks like {guess}: pass --encoding {guess}"
        else:
            hint = "pass --encoding with the one it uses (for example cp1251, latin-1 or utf-16)"
        shown = "UTF-8" if codec == "utf-8-sig" else encoding
        msg = f"{what} is not valid {shown} ({exc.reason} at byte {exc.start}); {hint}"
        raise InputFileError("encoding", msg) from None


def _codec_name(name: str) -> str:
    """An encoding's canonical codec name ("utf_8", "UTF-8" and "utf-8-sig" alike)."""
    import codecs

    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return name.lower()
    return "utf-8" if canonical == "utf-8-sig" else canonical


def _guess_encoding(data: bytes) -> str | None:
    """The encoding the bytes are most likely in, or None (see :func:`_io.guess_encoding`)."""
    from geoclaims._io import guess_encoding

    return guess_encoding(data)


def _tiles(value: str) -> str | None:
    return None if value.strip().lower() in {"none", "off", ""} else value


def _dataclass_dict(obj: Any) -> dict[str, Any]:
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}


def _jsonable(value: Any) -> Any:
    """Turn numpy/pandas scalars, NaN and dates into plain JSON values."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, bool | str):
        return value
    if hasattr(value, "item") and not isinstance(value, int | float):
        value = value.item()
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, int):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)
