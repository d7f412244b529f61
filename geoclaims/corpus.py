"""Scan a corpus of articles on dask: mentions and claims tables, counts and a map.

:func:`scan` runs :func:`~geoclaims.find_regions` and :func:`~geoclaims.find_claims`
over every article of a corpus, in parallel with dask, and returns a :class:`CorpusScan`
holding three pandas tables:

``mentions``
    one row per mention: ``article_id``, ``date`` and the columns of
    :func:`~geoclaims.find_regions` (``start``, ``end``, ``surface``, ``kind``,
    ``unit_id``, ``iso_3166_2``, ``name``, ``country``, ``score``);
``claims``
    one row per stated figure: ``article_id``, ``date`` and the fields of
    :class:`~geoclaims.Claim` (``value``, ``high``, ``unit``, ``qualifier``, ``of``,
    ``start``, ``end``, ``surface``);
``errors``
    one row per problem: ``article_id``, ``reason`` and ``message``. Articles that
    cannot be read (``unreadable``: missing, a dangling symbolic link, a loop of links),
    are not regular files (``not_a_file``: a FIFO, device or socket, never opened), are
    over the size limit (``too_large``, see ``max_bytes``), are binary (``binary``),
    cannot be decoded (``encoding``), have no text (``no_text``: empty or only
    whitespace), are a line of a JSON-lines table that is no JSON object (``bad_line``:
    its message names the file and the line) or make the text functions fail
    (``failed``) are skipped and reported
    here and in a logged warning; the run goes on. A ``bad_date`` row says an
    article's date could not be parsed: that article is still scanned, with no date.

Rows come in corpus order (articles in the order of the source, mentions and figures in
text order), exactly as a plain loop over the two functions would give them.

The work per article is the same pure functions, mapped over partitions of the corpus
(``dask.delayed`` tasks over chunks of files, or over the partitions of a dask
DataFrame). Each worker process builds the gazetteer once (it is cached inside
:mod:`geoclaims.text`) and reuses it for every article it gets. By default the work runs
on local processes, one per core; ``scheduler="tcp://host:8786"`` or a
:class:`distributed.Client` runs it on an existing dask cluster.

:func:`mentions_per_region`, :func:`claims_per_country` (with :func:`check_claims` to
attach a verdict to each figure), :func:`to_parquet` and :func:`mention_map` (a
choropleth of mention counts) work on the result.

This module needs the ``corpus`` extra: ``pip install "geoclaims[corpus]"``.
"""

from __future__ import annotations

import dataclasses
import functools
import glob as _glob
import itertools
import json
import logging
import math
import os
import re
import sys
from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from geoclaims._errors import (
    GeoclaimsError,
    GeoclaimsWarning,
    InvalidInputError,
    InvalidTypeError,
    ScanError,
    quote,
    warn_at_caller,
)
from geoclaims._io import BOMS as _BOMS
from geoclaims._io import MAX_ARTICLE_BYTES, InputFileError, read_regular
from geoclaims.worldviews import worldview_arg

if TYPE_CHECKING:  # pragma: no cover
    import argparse

    import folium

__all__ = [
    "CorpusScan",
    "add_scan_parser",
    "check_claims",
    "claims_per_country",
    "mention_map",
    "mentions_per_region",
    "scan",
    "to_parquet",
]

logger = logging.getLogger(__name__)

#: Suffixes of files read as a *table* of articles (one row per article).
TABLE_SUFFIXES = {
    ".parquet": "parquet",
    ".pq": "parquet",
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
#: Local dask schedulers accepted by name.
LOCAL_SCHEDULERS = ("processes", "threads", "sync")
_SCHEDULER_ALIASES = {
    "synchronous": "sync",
    "single-threaded": "sync",
    "multiprocessing": "processes",
}
#: Most articles in one partition when `partitions` is not given.
_MAX_PARTITION = 1_000
#: Partitions per worker when `partitions` is not given (lets fast workers take more).
_PARTITIONS_PER_WORKER = 4
#: Reasons in the errors table for which the article was skipped.
SKIP_REASONS = (
    "unreadable",
    "not_a_file",
    "too_large",
    "binary",
    "encoding",
    "no_text",
    "bad_line",
    "failed",
)
#: How many errors are logged one by one before a summary line.
_MAX_LOGGED = 10
#: dtypes of the claim columns; the other fields (unit, qualifier, of, surface) are strings.
_CLAIM_DTYPES = {"value": "float64", "high": "float64", "start": "int64", "end": "int64"}
#: With ``scheduler=None``, a corpus smaller than this runs in this process: starting
#: worker processes (each builds the gazetteer) would cost more than it saves.
_SMALL_CORPUS = 200
#: How long to wait for a dask cluster to answer.
CONNECT_TIMEOUT = "15s"
_DATE_DTYPE = "datetime64[ns]"
_SURROGATES = re.compile("[\ud800-\udfff]")


# -- result ----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, repr=False)
class CorpusScan:
    """What :func:`scan` found in a corpus: mentions, claims and errors.

    Attributes
    ----------
    mentions : pandas.DataFrame or dask.dataframe.DataFrame
        One row per mention: ``article_id``, ``date``, then the columns of
        :func:`~geoclaims.find_regions`.
    claims : pandas.DataFrame or dask.dataframe.DataFrame
        One row per stated figure: ``article_id``, ``date`` (the table's, else the
        article's dateline), then the fields of :class:`~geoclaims.Claim`, then ``verb``:
        what the figure's verb makes it a share of ("held", "whole", "claimed",
        "regained" or None, as :func:`geoclaims.check_claims` reads it) and ``part``:
        the ISO 3166-2 codes (or unit ids) of the regions the figure's clause or sentence
        names, joined by ";".
    errors : pandas.DataFrame or dask.dataframe.DataFrame
        One row per bad article: ``article_id``, ``reason``, ``message`` (see the module
        docstring for the reasons).
    articles : int
        How many articles the source held (skipped ones included); a dask scalar while
        the scan is lazy (``compute=False``).
    """

    mentions: Any
    claims: Any
    errors: Any
    articles: Any = None

    @property
    def lazy(self) -> bool:
        """True when the tables are dask DataFrames not computed yet."""
        return not isinstance(self.mentions, pd.DataFrame)

    def compute(self, **kwargs: Any) -> CorpusScan:
        """Compute a lazy scan (one pass over the corpus); a computed one is returned as is.

        Parameters
        ----------
        **kwargs
            Passed to :func:`dask.compute` (e.g. ``scheduler="threads"``).
        """
        if not self.lazy:
            return self
        import dask

        _prepare_index()
        mentions, claims, errors, articles = dask.compute(
            self.mentions, self.claims, self.errors, self.articles, **kwargs
        )
        return CorpusScan(
            mentions.reset_index(drop=True),
            claims.reset_index(drop=True),
            errors.reset_index(drop=True),
            int(articles),
        )

    @property
    def skipped(self) -> int:
        """Number of articles skipped (computed scans only)."""
        return int(self.errors["reason"].isin(SKIP_REASONS).sum())

    def to_parquet(self, path: str | os.PathLike[str]) -> list[Path]:
        """Write the mentions to `path`, claims and errors beside it.

        ``mentions.parquet`` gets ``mentions.claims.parquet`` and
        ``mentions.errors.parquet`` next to it. The three are written as one set (see
        :mod:`geoclaims._io`): every location is checked first, each file goes to a
        temporary file, and all three are renamed into place only once all are whole,
        so a run that fails or is killed leaves the previous set as it was. A lazy scan
        is computed first.

        Returns
        -------
        list of Path
            The three files written: mentions, claims, errors.
        """
        from geoclaims._io import write_set

        paths = output_paths(path)
        done = self.compute()
        frames = (done.mentions, done.claims, done.errors)
        return write_set([(p, _parquet_filler(f)) for p, f in zip(paths, frames, strict=True)])

    def __repr__(self) -> str:
        if self.lazy:
            return "CorpusScan(lazy: call .compute())"
        return (
            f"CorpusScan(articles={self.articles}, mentions={len(self.mentions)}, "
            f"claims={len(self.claims)}, errors={len(self.errors)})"
        )

    def _repr_html_(self) -> str:
        import html

        head = html.escape(repr(self))
        if self.lazy:
            return f"<p>{head}</p>"
        return f"<p>{head}</p>" + self.mentions.head(10).to_html(index=False)


def output_paths(path: str | os.PathLike[str]) -> list[Path]:
    """Return the three files a scan writes for `path`, after checking each can be written.

    Raises
    ------
    OutputError
        When one of them cannot be written (missing folder, a folder, read-only...), or
        `path` is standard output, a pipe or a device (a set of three Parquet files goes
        to files: Parquet is written by seeking), or does not end in ``.parquet``.
    """
    import errno
    import stat

    from geoclaims._errors import OutputError

    if isinstance(path, str | os.PathLike) and os.fspath(path) not in ("", b""):
        shown = os.fsdecode(os.fspath(path))
        try:
            mode = os.stat(shown).st_mode  # (through a symbolic link: /dev/stdout)
        except OSError:
            mode = None
        if shown == "-" or (
            mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)
        ):
            msg = (
                f"Cannot write the scan to {shown!r:.120}: it is standard output, a pipe or "
                "a device, and a scan is three Parquet files (mentions, claims, errors), "
                "written beside each other. Give a file name such as mentions.parquet."
            )
            raise OutputError.make(errno.EINVAL, msg, shown)
        if Path(shown).suffix.lower() != ".parquet":
            msg = (
                f"Cannot write the scan to {shown!r:.120}: a scan is written as Parquet; "
                f"end the name in .parquet (e.g. {Path(shown).stem or 'mentions'}.parquet)."
            )
            raise OutputError.make(errno.EINVAL, msg, shown)
    from geoclaims._io import check_output

    path = check_output(path)
    return [path, *(check_output(p) for p in _sibling_paths(path))]


def _parquet_filler(frame: pd.DataFrame) -> Any:
    """Return a function writing `frame` to a given path as Parquet (see `_arrow_table`)."""
    import pyarrow.parquet as pq

    table = _arrow_table(frame)
    return lambda name: pq.write_table(table, name)


def _arrow_table(frame: pd.DataFrame) -> Any:
    """Turn a table into Arrow, making columns Parquet can hold out of awkward ones.

    A column of mixed types (integer and text article ids) is written as text, and
    lone surrogates (from undecodable file names) as U+FFFD, each with a warning;
    anything else Arrow refuses is a typed error naming the column.
    """
    import pyarrow as pa

    try:
        return pa.Table.from_pandas(frame, preserve_index=False)
    except (pa.ArrowException, UnicodeEncodeError):
        pass
    fixed = frame.copy()
    for column in fixed.columns:
        try:
            pa.array(fixed[column], from_pandas=True)
            continue
        except (pa.ArrowException, UnicodeEncodeError):
            pass
        values = fixed[column].astype(object)
        kinds = sorted({type(v).__name__ for v in values if not _missing(v)})
        texts = [None if _missing(v) else _clean(str(v)) for v in values]
        fixed[column] = pd.Series(texts, index=fixed.index, dtype=object)
        msg = (
            f"Column {quote(str(column))} holds values Parquet cannot store as they are "
            f"({', '.join(kinds)}); it is written as text."
        )
        warn_at_caller(msg, GeoclaimsWarning)
    try:
        return pa.Table.from_pandas(fixed, preserve_index=False)
    except (pa.ArrowException, UnicodeEncodeError) as exc:
        msg = f"The table cannot be written as Parquet: {quote(str(exc), 200)}."
        raise InvalidInputError(msg) from exc


def _missing(value: Any) -> bool:
    return (
        value is None
        or value is pd.NA
        or value is pd.NaT
        or (isinstance(value, float) and math.isnan(value))
    )


def _clean(text: str) -> str:
    """Replace lone surrogates (UTF-8 cannot encode them) with U+FFFD."""
    return _SURROGATES.sub("\ufffd", text)


def _sibling_paths(path: Path) -> list[Path]:
    """Return the claims and errors files that go beside a mentions file."""
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    return [path.with_name(f"{stem}.claims.parquet"), path.with_name(f"{stem}.errors.parquet")]


# -- scan ------------------------------------------------------------------------------


def scan(
    source: Any,
    *,
    scheduler: Any = None,
    workers: int | None = None,
    partitions: int | None = None,
    progress: bool = True,
    compute: bool = True,
    text_column: str = "text",
    id_column: str | None = None,
    date_column: str | None = None,
    encoding: str = "utf-8",
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> CorpusScan:
    """Find every mention and stated figure in a corpus of articles, in parallel.

    Parameters
    ----------
    source : str, Path, list of paths, pandas.DataFrame or dask DataFrame
        The articles:

        - a glob pattern (``"articles/**/*.txt"``), a directory (every non-hidden file
          under it, recursively), a text file or a list of paths: one article per file,
          its ``article_id`` the path as given or found;
        - a Parquet, CSV or JSON-lines file (``.parquet``, ``.pq``, ``.csv``,
          ``.jsonl``, ``.ndjson``), or a glob or list of such files of one format: one
          article per row; such a table may also be a URL that dask can read
          (``s3://bucket/articles.parquet``, with the matching fsspec package);
        - a pandas or dask DataFrame, one article per row.

        For tables, `text_column` holds the text; ``article_id`` is `id_column` when
        given, else the DataFrame's index (pandas or dask input) or the row number in
        the file(s), counted from 0 (file input).
    scheduler : str or distributed.Client, optional
        None or ``"processes"``: local worker processes, `workers` of them (one per core
        by default); with None, a corpus known to hold fewer than 200 articles runs in
        this process instead, as starting workers would cost more than it saves.
        ``"threads"`` or ``"sync"``: threads or a single thread in this process (for
        debugging). An address such as ``"tcp://10.0.0.5:8786"`` or a
        :class:`distributed.Client`: an existing dask cluster.
    workers : int, optional
        Number of local worker processes or threads (one per core when None). Ignored
        with a cluster.
    partitions : int, optional
        Number of partitions (tasks). By default about four per worker, with at most
        1,000 articles each; a DataFrame or table file keeps its own partitions unless
        it has fewer.
    progress : bool, default True
        Show a progress bar on standard error (dask's for local schedulers, tqdm for a
        cluster).
    compute : bool, default True
        When False, return a lazy :class:`CorpusScan` of dask DataFrames; nothing runs
        until :meth:`CorpusScan.compute` or dask computes them, on whatever scheduler
        is current then (`scheduler` only sizes the partitions).
    text_column : str, default "text"
        Column with the article text (tables only).
    id_column, date_column : str, optional
        Columns with the article id and date (tables only). Dates are parsed with
        :func:`pandas.to_datetime` (time zones converted to UTC, then dropped); one
        that cannot be parsed is reported as ``bad_date`` and left empty.
    encoding : str, default "utf-8"
        Encoding of text files (a UTF-8 byte-order mark is skipped; with the default, a
        file that starts with a UTF-16 or UTF-32 byte-order mark is read as such, as
        ``geoclaims check`` reads it). Files are decoded as they are, without newline
        translation, so ``start``/``end`` index the decoded file (after its mark). CSV
        and JSON-lines tables are read in it too; one whose start is not in it is refused
        (InvalidInputError, naming the encoding it looks like), never read garbled.
    max_bytes : int, default 33554432 (32 MiB)
        Largest article read, in bytes of a file (characters of a table's text); a
        larger one is skipped as ``too_large``. Only regular files are opened: FIFOs,
        devices and sockets are reported as ``not_a_file``.

    Returns
    -------
    CorpusScan
        ``.mentions``, ``.claims`` and ``.errors`` tables (see the module docstring),
        in corpus order, and ``.articles``, the number of articles in the source.

    Raises
    ------
    InvalidInputError
        When a path, glob or directory yields no file, a table lacks `text_column`,
        `id_column` or `date_column`, the scheduler is unknown or cannot be reached, or
        `workers`/`partitions`/`max_bytes` are not positive.
    InvalidTypeError
        When `source` is of an unsupported type (also a TypeError).
    ScanError
        When dask is not installed (the ``corpus`` extra), or the local worker processes
        die, most often because a script runs scan() at its top level without ``if
        __name__ == "__main__":`` (the message says so).

    Examples
    --------
    >>> import pandas as pd
    >>> from geoclaims.corpus import scan
    >>> articles = pd.DataFrame(
    ...     {"text": ["Shelling was reported in Kherson.", "No places here.", None]},
    ...     index=["a1", "a2", "a3"],
    ... )
    >>> result = scan(articles, scheduler="sync", progress=False)
    >>> result
    CorpusScan(articles=3, mentions=1, claims=0, errors=1)
    >>> result.mentions[["article_id", "surface", "iso_3166_2"]]
      article_id  surface iso_3166_2
    0         a1  Kherson      UA-65
    >>> result.errors[["article_id", "reason"]]
      article_id   reason
    0         a3  no_text
    """
    for name, value in (("workers", workers), ("partitions", partitions), ("max", max_bytes)):
        if value is not None and (not isinstance(value, int) or value < 1):
            name = "max_bytes" if name == "max" else name
            msg = f"{name} must be a positive whole number, not {quote(value)}."
            if not isinstance(value, int) or isinstance(value, bool):
                raise InvalidTypeError(msg)
            raise InvalidInputError(msg)
    try:
        import dask  # noqa: F401  (the scan runs on it)
    except ImportError as err:
        msg = 'scan() runs on dask, which is not installed: pip install "geoclaims[corpus]".'
        raise ScanError(msg) from err
    plan = _Scheduler.resolve(scheduler, workers)
    try:
        parts, articles = _plan(
            source,
            plan=plan,
            partitions=partitions,
            text_column=text_column,
            id_column=id_column,
            date_column=date_column,
            encoding=encoding,
            max_bytes=max_bytes,
        )
        if not compute:
            return _lazy_scan(parts)
        if plan.default and articles is not None and articles < _SMALL_CORPUS:
            plan = _Scheduler("sync", 1)
        results = plan.compute(parts, progress=progress)
    finally:
        plan.close()
    found = _combine(results)
    n = articles if articles is not None else sum(r[3] for r in results)
    result = CorpusScan(found[0], found[1], found[2], n)
    _log_errors(result.errors)
    logger.info("%r", result)
    return result


# -- scheduler -------------------------------------------------------------------------


@dataclasses.dataclass
class _Scheduler:
    """Where the tasks run: a local dask scheduler, or a distributed Client."""

    name: str
    workers: int
    client: Any = None
    owns_client: bool = False
    default: bool = False

    @classmethod
    def resolve(cls, scheduler: Any, workers: int | None) -> _Scheduler:
        if scheduler is None:
            return cls("processes", workers or os.cpu_count() or 1, default=True)
        if isinstance(scheduler, str):
            key = _SCHEDULER_ALIASES.get(scheduler.strip().lower(), scheduler.strip().lower())
            if key in LOCAL_SCHEDULERS:
                n = 1 if key == "sync" else (workers or os.cpu_count() or 1)
                return cls(key, n)
            if "://" in scheduler:
                return cls._connect(scheduler)
            msg = (
                f"Unknown scheduler {scheduler!r}. Use 'processes' (the default), 'threads', "
                "'sync', or a dask scheduler address such as 'tcp://127.0.0.1:8786'."
            )
            raise InvalidInputError(msg)
        if type(scheduler).__name__ == "Client" and hasattr(scheduler, "nthreads"):
            return cls("distributed", _cluster_threads(scheduler), scheduler, False)
        msg = (
            f"scheduler must be a name, an address or a distributed.Client, "
            f"not {type(scheduler).__name__}."
        )
        raise InvalidTypeError(msg)

    @classmethod
    def _connect(cls, address: str) -> _Scheduler:
        try:
            from distributed import Client
        except ImportError as exc:
            msg = (
                f"Connecting to the dask cluster at {address!r} needs the 'distributed' "
                "package: pip install 'geoclaims[corpus]'."
            )
            raise InvalidInputError(msg) from exc
        try:
            client = Client(address, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            msg = (
                f"Cannot connect to the dask scheduler at {address!r} ({exc}). Start one with "
                "'dask scheduler' and 'dask worker ADDRESS', or leave out the scheduler to "
                "run on this machine."
            )
            raise InvalidInputError(msg) from exc
        return cls("distributed", _cluster_threads(client), client, True)

    def compute(self, parts: list[Any], *, progress: bool) -> list[tuple]:
        """Compute the partition tasks and return their results in order."""
        if not parts:
            return []
        _prepare_index(loaded=self.name != "processes")
        if self.client is not None:
            futures = self.client.compute(parts)
            if progress:
                from distributed import as_completed
                from tqdm.auto import tqdm

                with tqdm(total=len(futures), unit="partition", desc="scan") as bar:
                    for _ in as_completed(futures):
                        bar.update()
            return list(self.client.gather(futures))
        import dask
        from dask.diagnostics import ProgressBar

        kwargs: dict[str, Any] = {"scheduler": self.name}
        if self.name != "sync":
            kwargs["num_workers"] = self.workers
        if self.name == "processes":
            # dask hands a process 6 tasks at a time by default: with a few large
            # partitions one worker would get most of them while the other idles.
            kwargs["chunksize"] = 1
        bar = ProgressBar(minimum=1.0, out=sys.stderr) if progress else nullcontext()
        from concurrent.futures.process import BrokenProcessPool

        try:
            with bar:
                return list(dask.compute(*parts, **kwargs))
        except BrokenProcessPool as exc:
            raise ScanError(_broken_pool_message()) from exc

    def close(self) -> None:
        if self.owns_client and self.client is not None:
            self.client.close()


def _prepare_index(*, loaded: bool = True) -> None:
    """Build the name index here, once, before any worker starts.

    It lands in the user cache (:mod:`geoclaims._index`), so worker processes load
    it instead of each building it, and threads share this process's copy. With
    ``loaded=False`` (local worker processes, which load their own copy) an index
    already stored is not loaded here: that would only delay the workers' start. The
    automaton over Cyrillic keys (:class:`geoclaims.text.gazetteer._CyrillicAutomaton`)
    is built and stored here too when missing, so no worker builds it.
    """
    from geoclaims import _index
    from geoclaims.text import _gazetteer

    key = _index.digest()
    stored = key is not None and all(
        _index.index_path(key, kind).is_file() for kind in ("names", "cyrillic-names")
    )
    if stored and not loaded:
        return
    gaz = _gazetteer()
    if not stored and gaz.cyrillic is not None:
        gaz.cyrillic.get()


def _broken_pool_message() -> str:
    """Explain a pool of worker processes that died, most often from a script's top level."""
    main = sys.modules.get("__main__")
    script = getattr(main, "__file__", None)
    msg = "The local worker processes stopped before finishing their work."
    if script:
        msg += (
            f" Each worker starts by importing the script {quote(os.path.basename(script))}:"
            " when scan() runs at its top level, every worker runs it again and fails. Put"
            " the code that calls scan() under 'if __name__ == \"__main__\":', or pass"
            " scheduler='threads' (or --scheduler threads)."
        )
    else:
        msg += " Run with scheduler='threads' to see the error in this process."
    return msg


def _cluster_threads(client: Any) -> int:
    """Return the number of worker threads in a cluster (at least 1)."""
    try:
        return max(1, sum(client.nthreads().values()))
    except (OSError, TimeoutError):  # pragma: no cover - a cluster that vanished
        return 1


# -- planning: source -> partition tasks -----------------------------------------------


def _plan(
    source: Any,
    *,
    plan: _Scheduler,
    partitions: int | None,
    text_column: str,
    id_column: str | None,
    date_column: str | None,
    encoding: str,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> tuple[list[Any], int | None]:
    """Turn a source into one delayed task per partition and the number of articles."""
    from dask import delayed

    if isinstance(source, pd.DataFrame):
        _check_columns(source.columns, text_column, id_column, date_column, repr_=None)
        # Split by hand rather than with dd.from_pandas, which would convert the text
        # column to Arrow strings: each chunk reaches its task exactly as given.
        n = len(source)
        k = max(1, min(n, partitions or _default_partitions(n, plan.workers)))
        columns = _columns(text_column, id_column, date_column)
        bounds = np.linspace(0, n, k + 1).astype(int)
        scan_table = delayed(_scan_table, pure=False)
        tasks = [
            scan_table(
                source.iloc[a:b][columns], text_column, id_column, date_column, None, max_bytes
            )
            for a, b in itertools.pairwise(bounds)
        ]
        return tasks, n
    if _is_dask_frame(source):
        _check_columns(source.columns, text_column, id_column, date_column, repr_=None)
        frame = _more_partitions(source, partitions, plan.workers)
        return _table_tasks(frame, None, text_column, id_column, date_column, max_bytes), None
    paths, table_format = _resolve_paths(source)
    if table_format is not None:
        frame = _read_table(paths, table_format, encoding)
        _check_columns(
            [c for c in frame.columns if c != _BAD_LINE],
            text_column,
            id_column,
            date_column,
            repr_=source,
        )
        frame = _more_partitions(frame, partitions, plan.workers)
        offsets = None
        if id_column is None:
            # Row numbers need each partition's length first: a cheap pass reading only
            # the text column (in threads here, or on the cluster, which may be the only
            # place that can read the files).
            counting = plan if plan.client is not None else _Scheduler("threads", plan.workers)
            lengths = counting.compute(
                [delayed(len)(p) for p in frame[[text_column]].to_delayed()], progress=False
            )
            offsets = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
        tasks = _table_tasks(frame, offsets, text_column, id_column, date_column, max_bytes)
        return tasks, None if offsets is None else int(offsets[-1])
    n = len(paths)
    k = max(1, min(n, partitions or _default_partitions(n, plan.workers)))
    chunks = [list(c) for c in np.array_split(np.array(paths, dtype=object), k)]
    scan_paths = delayed(_scan_paths, pure=False)
    return [scan_paths(chunk, encoding, max_bytes) for chunk in chunks], n


def _default_partitions(n: int, workers: int) -> int:
    return max(1, _PARTITIONS_PER_WORKER * workers, math.ceil(n / _MAX_PARTITION))


def _more_partitions(frame: Any, partitions: int | None, workers: int) -> Any:
    """Repartition a dask DataFrame when asked to, or when it has too few partitions."""
    if partitions is not None and partitions != frame.npartitions:
        return frame.repartition(npartitions=partitions)
    if partitions is None and frame.npartitions < workers:
        return frame.repartition(npartitions=workers)
    return frame


def _table_tasks(
    frame: Any,
    offsets: np.ndarray | None,
    text_column: str,
    id_column: str | None,
    date_column: str | None,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> list[Any]:
    from dask import delayed

    columns = _columns(text_column, id_column, date_column)
    if _BAD_LINE in frame.columns:
        columns.append(_BAD_LINE)
    scan_table = delayed(_scan_table, pure=False)
    return [
        scan_table(
            part,
            text_column,
            id_column,
            date_column,
            None if offsets is None else int(offsets[i]),
            max_bytes,
        )
        for i, part in enumerate(frame[columns].to_delayed())
    ]


def _columns(*names: str | None) -> list[str]:
    return list(dict.fromkeys(c for c in names if c))


def _is_dask_frame(obj: Any) -> bool:
    module = type(obj).__module__ or ""
    return module.startswith("dask") and hasattr(obj, "to_delayed") and hasattr(obj, "columns")


def _check_columns(
    columns: Iterable[Any],
    text_column: str,
    id_column: str | None,
    date_column: str | None,
    *,
    repr_: Any,
) -> None:
    have = list(columns)
    where = f" of {repr_!r}" if repr_ is not None else ""
    for role, name, flag in (
        ("text", text_column, "text_column"),
        ("id", id_column, "id_column"),
        ("date", date_column, "date_column"),
    ):
        if name is not None and name not in have:
            msg = (
                f"The articles{where} have no {role} column {name!r}; their columns are "
                f"{have!r}. Pass {flag}=... (--{flag.replace('_', '-')} on the command line)."
            )
            raise InvalidInputError(msg)


def _resolve_paths(source: Any) -> tuple[list[str], str | None]:
    """Return the files a path source names, and their table format (None for text)."""
    if isinstance(source, str) and "://" in source and source.split("://")[0] != "file":
        # A remote table (s3://, gs://, https://...): dask reads it through fsspec.
        table_format = TABLE_SUFFIXES.get(Path(source.split("?")[0]).suffix.lower())
        if table_format is None:
            msg = (
                f"Remote sources must be Parquet, CSV or JSON-lines tables of articles; "
                f"{source!r} is none of them ({', '.join(sorted(TABLE_SUFFIXES))})."
            )
            raise InvalidInputError(msg)
        return [source], table_format
    if isinstance(source, str | os.PathLike):
        paths = _expand(os.fspath(source))
    elif isinstance(source, Iterable) and not isinstance(source, bytes | bytearray | dict):
        items = list(source)
        bad = [p for p in items if not isinstance(p, str | os.PathLike)]
        if bad:
            msg = f"A list of articles must hold paths; got {bad[0]!r}."
            raise InvalidTypeError(msg)
        paths = [os.fspath(p) for p in items]
        if not paths:
            msg = "The list of article files is empty: there is nothing to scan."
            raise InvalidInputError(msg)
    else:
        msg = (
            "source must be a glob, directory, file, list of paths or a DataFrame, "
            f"not {type(source).__name__}."
        )
        raise InvalidTypeError(msg)
    formats = {TABLE_SUFFIXES.get(Path(p).suffix.lower()) for p in paths}
    if len(formats) == 1 and None not in formats:
        return paths, formats.pop()
    return paths, None


def _expand(source: str) -> list[str]:
    """Expand a glob, directory or file path into a sorted list of files.

    Directories are walked without following symbolic links to directories (a link
    loop cannot make the walk endless), and so are ``**`` globs. Entries that are not
    folders are all listed, FIFOs and broken links included, so that the scan reports
    each one in its errors table instead of dropping it silently.
    """
    if os.path.isdir(source):
        found = sorted(_walk(source, ("**", "*"), hidden=False))
        if not found:
            msg = f"The directory {quote(source)} holds no files: there is nothing to scan."
            raise InvalidInputError(msg)
        return found
    if _glob.has_magic(source) and not os.path.lexists(source):
        # (a file whose name holds "[", "*" or "?" is that file: "report [2022].txt")
        parts = source.split(os.sep)
        if "**" in parts:
            first = next(i for i, part in enumerate(parts) if _glob.has_magic(part))
            root = os.sep.join(parts[:first]) or ("." if not source.startswith(os.sep) else os.sep)
            found = sorted(_walk(root, tuple(parts[first:]), hidden=False, prefix=first > 0))
        else:
            found = sorted(p for p in _glob.glob(source) if not os.path.isdir(p))
        if not found:
            msg = f"No files match {quote(source)}: check the pattern (quote it in a shell)."
            raise InvalidInputError(msg)
        return found
    if not os.path.lexists(source):
        msg = f"No such file or directory: {quote(source)}."
        raise InvalidInputError(msg)
    return [source]


def _walk(root: str, pattern: tuple[str, ...], *, hidden: bool, prefix: bool = True) -> list[str]:
    """Entries under `root` (not folders) whose path below it matches `pattern`.

    `pattern` is split on the separator; ``**`` matches any number of folders, other
    parts match one name as :mod:`fnmatch` does (a leading dot only by a pattern that
    starts with one, as in :mod:`glob`). Symbolic links to folders are not followed.
    """
    import fnmatch

    out: list[str] = []

    def matches(parts: Sequence[str], pat: Sequence[str]) -> bool:
        if not pat:
            return not parts
        if pat[0] == "**":
            return any(matches(parts[i:], pat[1:]) for i in range(len(parts) + 1)) and all(
                hidden or not p.startswith(".") for p in parts[:-1]
            )
        if not parts:
            return False
        name = parts[0]
        if name.startswith(".") and not pat[0].startswith(".") and not hidden:
            return False
        return fnmatch.fnmatchcase(name, pat[0]) and matches(parts[1:], pat[1:])

    def on_error(exc: OSError) -> None:
        logger.warning("cannot list %s: %s", exc.filename, exc.strerror)

    for folder, dirs, files in os.walk(root, onerror=on_error, followlinks=False):
        if not hidden:
            dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel = os.path.relpath(folder, root)
        base = () if rel == os.curdir else tuple(rel.split(os.sep))
        for name in files:
            if matches((*base, name), pattern):
                path = os.path.join(folder, name)
                out.append(path if prefix else os.path.normpath(path))
    return out


def _read_table(paths: list[str], table_format: str, encoding: str = "utf-8") -> Any:
    """Open Parquet/CSV/JSON-lines files of articles as one dask DataFrame.

    CSV and JSON-lines files are read in ``encoding``; a local one whose first 64 KiB are
    not in it is refused, naming the encoding it looks like, before anything is read
    (nothing is read garbled). A CSV file's delimiter is sniffed among ``,``, ``;``, tab
    and ``|``. Local JSON-lines files with lines that are no JSON object are read line by
    line instead (:func:`_read_json_lines`): each such line is a row the scan reports as
    ``bad_line`` and skips (its message in the column ``_BAD_LINE``), so one bad line
    never stops the run.
    """
    import dask.dataframe as dd

    target: Any = paths if len(paths) > 1 else paths[0]
    if table_format in ("csv", "jsonl"):
        for path in paths:
            _check_table_encoding(path, encoding)
    try:
        if table_format == "parquet":
            return dd.read_parquet(target)
        if table_format == "csv":
            # One partition per file: a quoted article may span lines, so blocks of a
            # CSV file cannot be split safely. `_more_partitions` splits them afterwards.
            return dd.read_csv(
                target, blocksize=None, dtype=object, keep_default_na=False,
                encoding=encoding, sep=_csv_delimiter(paths[0], encoding),
            )  # fmt: skip
        return dd.read_json(target, lines=True, blocksize=2**25, dtype=False, encoding=encoding)
    except (OSError, ValueError) as exc:
        if table_format == "jsonl" and all(os.path.isfile(p) for p in paths):
            columns = _json_lines_columns(paths, encoding)
            if columns is not None:
                from dask import delayed

                parts = [delayed(_read_json_lines)(p, columns, encoding) for p in paths]
                meta = pd.DataFrame({c: pd.Series(dtype=object) for c in [*columns, _BAD_LINE]})
                return dd.from_delayed(parts, meta=meta, verify_meta=False)
            msg = (
                f"Cannot read the articles in {paths[0]!r} as JSON lines: no line is a "
                'JSON object; every line must be one object, such as {"text": "...", '
                '"id": "..."}'
            )
        else:
            msg = f"Cannot read the articles in {paths[0]!r} as {table_format}: {exc}"
        raise InvalidInputError(msg) from exc


#: The column a JSON-lines table read line by line gives the message of each line that is
#: no JSON object (None on the other rows); its text is None and it is reported as
#: ``bad_line``.
_BAD_LINE = "__geoclaims_bad_line__"


def _check_table_encoding(path: str, encoding: str) -> None:
    """Raise InvalidInputError when a local table's first 64 KiB are not in ``encoding``.

    The message names the encoding the bytes look like and how to pass it.
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(65536)
    except OSError:
        return  # not a local file (a URL, a cluster path): the reader says what is wrong
    try:
        head.decode(encoding)
    except LookupError:
        msg = f"unknown encoding {encoding!r}: pass one Python knows, such as cp1251"
        raise InvalidInputError(msg) from None
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(head) - 4:
            return  # a character cut by the 64 KiB window
        from geoclaims._io import guess_encoding

        guess = guess_encoding(head)
        hint = (
            f"it looks like {guess}: pass encoding={guess!r} (--encoding {guess})"
            if guess and guess.replace("_", "-") != encoding.replace("_", "-")
            else "pass encoding=... (--encoding) with the one it uses, such as cp1251"
        )
        msg = (
            f"The articles in {path!r} are not valid {encoding} ({exc.reason} at byte "
            f"{exc.start}); {hint}."
        )
        raise InvalidInputError(msg) from None


def _csv_delimiter(path: str, encoding: str) -> str:
    """The delimiter of a CSV file: ",", else ";", tab or "|".

    "," when the header line has one (an article's own semicolons never split it), else
    the one sniffed from the file's start.
    """
    import csv

    try:
        with open(path, encoding=encoding, errors="replace", newline="") as fh:
            sample = fh.read(65536)
    except (OSError, TypeError):
        return ","
    if "," in sample.split("\n", 1)[0]:
        return ","
    try:
        return csv.Sniffer().sniff(sample, delimiters=";\t|").delimiter
    except csv.Error:
        return ","


def _json_lines(path: str, encoding: str = "utf-8") -> Iterable[tuple[int, str, dict | None]]:
    """(line number, line, object or None) of each non-blank line of a JSON-lines file."""
    with open(path, encoding=encoding, errors="replace") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError:
                obj = None
            yield number, line, obj if isinstance(obj, dict) else None


def _json_lines_columns(paths: list[str], encoding: str = "utf-8") -> list[str] | None:
    """The keys of the first JSON object in JSON-lines files (None when there is none)."""
    for path in paths:
        for _, _, obj in _json_lines(path, encoding):
            if obj is not None:
                return [str(k) for k in obj]
    return None


def _read_json_lines(path: str, columns: list[str], encoding: str = "utf-8") -> pd.DataFrame:
    """A JSON-lines file as a table of `columns`, one row per non-blank line.

    A line that is no JSON object becomes a row of None values but for the column
    ``_BAD_LINE``, its message naming the file and the line.
    """
    rows: list[dict] = []
    for number, line, obj in _json_lines(path, encoding):
        if obj is None:
            text = line.strip()
            message = (
                f"line {number} of {path!r} is no JSON object ({text[:60]!r}); every line "
                'must be one object, such as {"text": "...", "id": "..."}: fix or remove '
                "that line"
            )
            rows.append({**dict.fromkeys(columns), _BAD_LINE: message})
        else:
            rows.append({**{c: obj.get(c) for c in columns}, _BAD_LINE: None})
    return pd.DataFrame(rows, columns=[*columns, _BAD_LINE], dtype=object)


# -- the work on one partition (runs on the workers) -----------------------------------


_Part = tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, int]


def _scan_paths(paths: Sequence[str], encoding: str, max_bytes: int = MAX_ARTICLE_BYTES) -> _Part:
    """Read and scan a chunk of text files (one article each)."""
    texts: list[str | None] = []
    errors: list[tuple[int, str, str]] = []
    for i, path in enumerate(paths):
        text, problem = _read_article(path, encoding, max_bytes)
        if problem is None and text is not None and not text.strip():
            text, problem = None, ("no_text", "the file is empty or holds only whitespace")
        texts.append(text)
        if problem is not None:
            errors.append((i, *problem))
    # A file name that is not valid UTF-8 comes back from the OS with lone surrogates,
    # which no string column can hold: its id shows the bytes as \xNN escapes.
    ids = pd.Series([_path_id(p) for p in paths], dtype="str")
    dates = pd.Series(pd.NaT, index=range(len(paths)), dtype=_DATE_DTYPE)
    return _scan_texts(ids, texts, dates, errors)


def _path_id(path: str) -> str:
    if not _SURROGATES.search(path):
        return path
    return os.fsencode(path).decode("utf-8", "backslashreplace")



_NO_BOM = (
    "; if it is UTF-16 text without a byte-order mark, pass encoding='utf-16' (--encoding utf-16)"
)


def _read_article(
    path: str, encoding: str, max_bytes: int = MAX_ARTICLE_BYTES
) -> tuple[str | None, tuple[str, str] | None]:
    """Return a file's text, or None and (reason, message).

    Only regular files are opened (a FIFO would block the worker, ``/dev/zero`` never
    end), and at most `max_bytes` are read.
    """
    try:
        data = read_regular(path, max_bytes)
    except InputFileError as exc:
        return None, (exc.reason, str(exc))
    codec = encoding
    if encoding.replace("_", "-").lower() in {"utf-8", "utf8"}:
        # a byte-order mark says the encoding, as `geoclaims check` reads it: UTF-16 and
        # UTF-32 text holds NUL bytes and is no binary file
        codec = next((c for bom, c in _BOMS if data.startswith(bom)), "utf-8-sig")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        shown = {"utf-8-sig": encoding, "utf-16": "UTF-16", "utf-32": "UTF-32"}.get(codec, codec)
        if codec in ("utf-16", "utf-32") and b"\x00" in data[:8192]:
            message = (
                f"looks like a binary file (it holds NUL bytes, and is not valid {shown} "
                f"after its {shown} byte-order mark: {exc.reason} at byte {exc.start})"
            )
            return None, ("binary", message)
        if b"\x00" in data[:8192]:
            return None, ("binary", f"looks like a binary file (it holds NUL bytes){_NO_BOM}")
        message = (
            f"is not valid {shown} ({exc.reason} at byte {exc.start}); "
            "pass encoding=... (--encoding) if it uses another one"
        )
        return None, ("encoding", message)
    except LookupError as exc:
        return None, ("encoding", f"unknown encoding {encoding!r}: {exc}")
    if "\x00" in text:
        return None, ("binary", f"looks like a binary file (it holds NUL characters){_NO_BOM}")
    return text, None


def _scan_table(
    frame: pd.DataFrame,
    text_column: str,
    id_column: str | None,
    date_column: str | None,
    offset: int | None,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> _Part:
    """Scan one partition of a table of articles."""
    n = len(frame)
    if id_column is not None:
        ids = frame[id_column].reset_index(drop=True)
    elif offset is not None:
        ids = pd.Series(np.arange(offset, offset + n, dtype=np.int64))
    else:
        ids = frame.index.to_series().reset_index(drop=True)
    errors: list[tuple[int, str, str]] = []
    if date_column is not None:
        raw = frame[date_column].reset_index(drop=True)
        dates = _parse_dates(raw)
        for i in np.flatnonzero(dates.isna().to_numpy() & raw.notna().to_numpy()):
            message = f"cannot read the date {raw.iloc[i]!r}; the article is scanned with no date"
            numeric = _NUMERIC_DATE.fullmatch(raw.iloc[i]) if isinstance(raw.iloc[i], str) else None
            if numeric is not None:
                # the two readings of this very date, as ISO 8601
                a, b, year = numeric.groups()
                year = year if len(year) == 4 else f"20{year}"
                readings = [f"{year}-{m:0>2}-{d:0>2}" for d, m in ((a, b), (b, a)) if int(m) <= 12]
                message += (
                    " (its day and month could be either: write it as ISO 8601, "
                    + " or ".join(dict.fromkeys(readings))
                    + ")"
                )
            errors.append((int(i), "bad_date", message))
    else:
        dates = pd.Series(pd.NaT, index=range(n), dtype=_DATE_DTYPE)
    texts: list[Any] = []
    bad_lines = frame[_BAD_LINE].tolist() if _BAD_LINE in frame.columns else [None] * n
    for i, (text, bad_line) in enumerate(zip(frame[text_column].tolist(), bad_lines, strict=True)):
        if isinstance(bad_line, str):
            texts.append(None)
            errors.append((i, "bad_line", bad_line))
            continue
        if isinstance(text, str) and text.strip() and len(text) <= max_bytes:
            texts.append(text)
            continue
        texts.append(None)
        if isinstance(text, str):
            if text.strip():
                message = (
                    f"the text is {len(text):,} characters, over the limit of {max_bytes:,}; "
                    "pass max_bytes=... (--max-bytes) to raise it"
                )
                errors.append((i, "too_large", message))
            else:
                errors.append((i, "no_text", f"the {text_column!r} value is empty"))
            continue
        if text is None or (isinstance(text, float) and math.isnan(text)) or text is pd.NA:
            errors.append((i, "no_text", f"no text in column {text_column!r}"))
        else:
            message = f"the {text_column!r} value is a {type(text).__name__}, not text"
            errors.append((i, "no_text", message))
    return _scan_texts(ids, texts, dates, errors)


#: A date of numbers with the day and the month in either order: "05/03/2022", "13.03.22".
_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\s*")
#: An ISO 8601 week date: "2022-W38-2", "2022W382", "2022-W38".
_ISO_WEEK_DATE = re.compile(r"\s*(\d{4})-?W(\d{2})(?:-?([1-7]))?\s*")


def _numeric_date(value: Any) -> Any:
    """A "dd/mm/yyyy" or "mm/dd/yyyy" value as ISO text when its order shows.

    13/03/2022 is 13 March; 05/03/2022, 5 March or May 3, is None (never guessed); any
    other value is given back as it was.
    """
    if isinstance(value, str) and (week := _ISO_WEEK_DATE.fullmatch(value)) is not None:
        # "2022-W38-2": an ISO 8601 week date, as as_of= takes it
        import datetime

        try:
            day = datetime.date.fromisocalendar(int(week[1]), int(week[2]), int(week[3] or 1))
        except ValueError:
            return None
        return day.isoformat()
    m = _NUMERIC_DATE.fullmatch(value) if isinstance(value, str) else None
    if m is None:
        return value
    a, b, year = int(m[1]), int(m[2]), m[3]
    year = int(year) + (2000 if len(year) == 2 else 0)
    if a == b or (a > 12) != (b > 12):
        day, month = (a, b) if a > 12 or a == b else (b, a)
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _parse_dates(raw: pd.Series) -> pd.Series:
    """Parse article dates to naive UTC datetimes; unreadable ones become NaT.

    A date of numbers whose day and month could be either ("05/03/2022") is unreadable:
    never guessed (reported as ``bad_date``), as a control layer's dates are not.
    """
    if isinstance(raw.dtype, pd.DatetimeTZDtype):
        return raw.dt.tz_convert(None).astype(_DATE_DTYPE)
    if pd.api.types.is_datetime64_dtype(raw.dtype):
        return raw.astype(_DATE_DTYPE)
    parsed = pd.to_datetime(raw.map(_numeric_date), errors="coerce", utc=True, format="mixed")
    return parsed.dt.tz_convert(None).astype(_DATE_DTYPE)


def _scan_texts(
    ids: pd.Series,
    texts: Sequence[str | None],
    dates: pd.Series,
    errors: list[tuple[int, str, str]],
) -> _Part:
    """Run the text functions on each article (None = skipped) and build the tables."""
    from geoclaims.text import Claim, article_date, find_claims
    from geoclaims.text.mentions import _check_text, _frame_many, _resolve

    found: list[tuple[str, Sequence[Any]]] = []  # (text, its mentions): one frame at the end
    mention_pos: list[int] = []
    claim_rows: list[tuple] = []
    claim_pos: list[int] = []
    fields = [f.name for f in dataclasses.fields(Claim)]
    dates = dates.copy()
    for i, text in enumerate(texts):
        if text is None:
            continue
        try:
            text = _check_text(text)
            mentions_i = _resolve(text, None) if text else ()
            claims = find_claims(text)  # resolves the same text: from _resolve's cache
            if pd.isna(dates.iloc[i]) and (dateline := article_date(text)) is not None:
                dates.iloc[i] = pd.Timestamp(dateline)  # "KYIV, 1 October 2024 -"
            # what each figure's verb makes it a share of and the regions it is about, as
            # the article's check reads them
            verbs, parts = _readings_of(text, claims, mentions_i, dates.iloc[i])

        except Exception as exc:  # one bad article must not stop the run
            errors.append((i, "failed", f"{type(exc).__name__}: {exc}"))
            continue
        if mentions_i:
            found.append((text, mentions_i))
            mention_pos.extend([i] * len(mentions_i))
        for claim, verb, part in zip(claims, verbs, parts, strict=True):
            claim_rows.append((*(getattr(claim, f) for f in fields), verb, part))
            claim_pos.append(i)

    mentions = _frame_many(found)
    mentions = _with_article(mentions, ids, dates, np.array(mention_pos, dtype=np.int64))

    claims_frame = pd.DataFrame.from_records(claim_rows, columns=[*fields, "verb", "part"])
    claims_frame = claims_frame.astype({f: _CLAIM_DTYPES.get(f, "str") for f in fields})
    claims_frame = claims_frame.astype({"verb": "str", "part": "str"})
    claims_frame = _with_article(claims_frame, ids, dates, np.array(claim_pos, dtype=np.int64))

    errors.sort(key=lambda e: e[0])
    epos = np.array([e[0] for e in errors], dtype=np.int64)
    error_frame = pd.DataFrame(
        {
            "article_id": ids.take(epos).reset_index(drop=True),
            "reason": pd.Series([e[1] for e in errors], dtype="str"),
            "message": pd.Series([e[2] for e in errors], dtype="str"),
        }
    )
    return mentions, claims_frame, error_frame, len(texts)


#: The check's memo of place lookups while a worker scans (cleared past this many keys).
_SCAN_MEMO: dict[tuple, Any] = {}
_SCAN_MEMO_MAX = 20_000


def _readings_of(
    text: str, claims: Sequence[Any], mentions: Sequence[Any], date: Any
) -> tuple[list[str | None], list[str | None]]:
    """Each figure's verb and its part (ISO 3166-2 / unit ids joined by ";").

    As :func:`geoclaims.check_claims` reads them from the figure's clause and sentence
    (under the "un" view, on the article's date, else today); None where it names none.
    """
    from geoclaims.check import _MEMO, _claim_verbs, _figures
    from geoclaims.text.mentions import _frame_many
    from geoclaims.worldviews import parse_date

    if not claims:
        return [], []
    day = parse_date(None if pd.isna(date) else pd.Timestamp(date).date())
    # the names a clause holds are looked up once per worker, not once per article
    token = _MEMO.set(_SCAN_MEMO) if _MEMO.get() is None else None
    try:
        # the mentions the scan resolved, as find_regions gives them: not resolved again
        figures = _figures(text, list(claims), _frame_many([(text, mentions)]), "un", day)
    except GeoclaimsError:  # a name the data cannot resolve: the verbs alone
        return _claim_verbs(text, claims), [None] * len(claims)
    finally:
        if token is not None:
            _MEMO.reset(token)
        if len(_SCAN_MEMO) > _SCAN_MEMO_MAX:
            _SCAN_MEMO.clear()
    return (
        [f.verb for f in figures],
        [None if f.part is None else ";".join(map(str, f.part["unit_id"])) for f in figures],
    )


def _with_article(
    frame: pd.DataFrame, ids: pd.Series, dates: pd.Series, pos: np.ndarray
) -> pd.DataFrame:
    """Prepend ``article_id`` and ``date`` (taken at positions `pos`) to `frame`."""
    head = pd.DataFrame(
        {
            "article_id": ids.take(pos).reset_index(drop=True),
            "date": dates.take(pos).reset_index(drop=True),
        }
    )
    return pd.concat([head, frame.reset_index(drop=True)], axis=1)


def _combine(results: list[_Part]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Concatenate the partitions' tables, keeping dtypes when some are empty."""
    if not results:
        empty = _empty_part()
        return empty[0], empty[1], empty[2]
    out = []
    for j in range(3):
        frames = [r[j] for r in results]
        nonempty = [f for f in frames if len(f)] or frames[:1]
        out.append(pd.concat(nonempty, ignore_index=True))
    return out[0], out[1], out[2]


def _empty_part() -> _Part:
    ids = pd.Series([], dtype="str")
    return _scan_texts(ids, [], pd.Series([], dtype=_DATE_DTYPE), [])


def _lazy_scan(parts: list[Any]) -> CorpusScan:
    import dask.dataframe as dd
    from dask import delayed

    meta = _empty_part()
    count_meta = _count_frame(meta)
    if not parts:
        frames = [dd.from_pandas(meta[j], npartitions=1) for j in range(3)]
        counts = dd.from_pandas(count_meta, npartitions=1)
    else:
        frames = [
            dd.from_delayed([p[j] for p in parts], meta=meta[j], verify_meta=False)
            for j in range(3)
        ]
        count = delayed(_count_frame, pure=False)
        counts = dd.from_delayed([count(p) for p in parts], meta=count_meta, verify_meta=False)
    # The article count is a dask scalar over the same tasks, so that computing it with
    # the tables (one dask.compute) runs every partition once.
    return CorpusScan(frames[0], frames[1], frames[2], counts["articles"].sum())


def _count_frame(part: _Part) -> pd.DataFrame:
    return pd.DataFrame({"articles": np.array([part[3]], dtype=np.int64)})


def _log_errors(errors: pd.DataFrame) -> None:
    for row in errors.head(_MAX_LOGGED).itertuples(index=False):
        what = "skipped article" if row.reason in SKIP_REASONS else "article"
        logger.warning("%s %r: %s", what, row.article_id, row.message)
    if len(errors) > _MAX_LOGGED:
        logger.warning(
            "%d more problems not shown; see CorpusScan.errors", len(errors) - _MAX_LOGGED
        )


# -- aggregation ------------------------------------------------------------------------


def _frame(obj: Any, attr: str) -> pd.DataFrame:
    """Return the `attr` table of a CorpusScan, or `obj` itself, as a pandas frame."""
    if isinstance(obj, CorpusScan):
        obj = getattr(obj.compute(), attr)
    if _is_dask_frame(obj):
        obj = obj.compute()
    if not isinstance(obj, pd.DataFrame):
        msg = f"Expected a CorpusScan or a DataFrame, not {type(obj).__name__}."
        raise InvalidTypeError(msg)
    return obj


def mentions_per_region(
    mentions: Any,
    by_date: bool | str = False,
    *,
    kinds: Sequence[str] = ("region", "city", "entity"),
) -> pd.DataFrame:
    """Count mentions per region, optionally per day (or any pandas period).

    Parameters
    ----------
    mentions : CorpusScan or DataFrame
        A scan, or its ``mentions`` table (pandas or dask).
    by_date : bool or str, default False
        True counts per region per day; a pandas period alias (``"W"``, ``"M"``,
        ``"Q"``) per region per period, labelled by the period's first day. Mentions
        without a date are left out when counting by date. Another value raises
        InvalidInputError.
    kinds : sequence of str, default ("region", "city", "entity")
        Which mention kinds count for their region (country mentions have no region).

    Returns
    -------
    pandas.DataFrame
        Columns ``unit_id``, ``iso_3166_2``, ``name``, ``country``, (``date``),
        ``mentions`` (number of mentions) and ``articles`` (number of distinct articles
        naming the region); most mentioned first (by date, then most mentioned, when
        counting by date).

    Examples
    --------
    >>> import pandas as pd
    >>> from geoclaims.corpus import mentions_per_region, scan
    >>> texts = ["Fighting in Kherson and Donetsk.", "Kherson again.", "Kherson, Kherson."]
    >>> found = scan(pd.DataFrame({"text": texts}), scheduler="sync", progress=False)
    >>> mentions_per_region(found)[["name", "mentions", "articles"]]
          name  mentions  articles
    0  Kherson         4         3
    1  Donetsk         1         1
    """
    frame = _frame(mentions, "mentions")
    frame = frame[frame["kind"].isin(list(kinds)) & frame["unit_id"].notna()]
    keys = ["unit_id"]
    sort = ["mentions", "unit_id"]
    ascending = [False, True]
    if by_date is not False:
        freq = "D" if by_date is True else str(by_date)
        try:
            pd.Period("2022-01-01", freq=freq)
        except (ValueError, TypeError):
            msg = (
                f"by_date must be True or a pandas period alias such as 'D', 'W', 'M', 'Q' "
                f"or 'Y', not {quote(by_date)}."
            )
            raise InvalidInputError(msg) from None
        frame = frame[frame["date"].notna()].copy()
        frame["date"] = frame["date"].dt.to_period(freq).dt.start_time.astype(_DATE_DTYPE)
        keys = ["date", "unit_id"]
        sort = ["date", "mentions", "unit_id"]
        ascending = [True, False, True]
    grouped = frame.groupby(keys, sort=False, dropna=False)
    counts = grouped.agg(
        mentions=("article_id", "size"),
        articles=("article_id", "nunique"),
    ).reset_index()
    labels = frame.drop_duplicates("unit_id").set_index("unit_id")[
        ["iso_3166_2", "name", "country"]
    ].copy()
    # a region is labelled by its own name, not by the first town found in it ("Goma"
    # for North Kivu)
    names = _id_tables()[0]
    labels["name"] = [
        names.get(str(u), n) for u, n in zip(labels.index, labels["name"], strict=True)
    ]
    counts = counts.join(labels, on="unit_id")
    columns = [*keys[:-1], "unit_id", "iso_3166_2", "name", "country", "mentions", "articles"]
    counts = counts[columns].sort_values(sort, ascending=ascending, kind="stable")
    return counts.astype({"mentions": "int64", "articles": "int64"}).reset_index(drop=True)


def check_claims(
    scan_or_claims: Any,
    mentions: Any = None,
    *,
    within: Any = None,
    worldview: str = "un",
    as_of: Any = None,
) -> pd.DataFrame:
    """Attach a verdict (:func:`~geoclaims.check_claim`) to every stated figure.

    Each figure is checked as :func:`geoclaims.check_claims` reads it in its article:
    against the regions its own clause or sentence names (the claims table's ``part``)
    and with what its verb makes it a share of (``verb``: held ground, the regions in
    full, what is claimed), as of `as_of` when given, else as of the article's date (its
    table's date, else its dateline) when it has one, else today. A claims table without
    ``part`` is checked against the regions its whole article names (its ``region``,
    ``entity`` and ``area`` mentions). Identical checks are made once.

    Parameters
    ----------
    scan_or_claims : CorpusScan or DataFrame
        A scan, or its ``claims`` table.
    mentions : DataFrame, optional
        The ``mentions`` table, when `scan_or_claims` is a claims table. Without it the
        figures are checked with no named regions.
    within, worldview, as_of
        As for :func:`~geoclaims.check_claim`.

    Returns
    -------
    pandas.DataFrame
        The claims table with ``holds`` (bool, NA when the check failed or cannot tell), ``best``
        (the reading that matches best, or None), ``low`` and ``high_bound`` (the
        interval the stated figure means), ``verdict`` (the sentence) and
        ``check_error`` (None, or why the figure could not be checked).
    """
    worldview_arg(worldview)  # refused or warned of here, before any work
    from geoclaims.check import _claim_verdict
    from geoclaims.text import Claim

    if isinstance(scan_or_claims, CorpusScan):
        done = scan_or_claims.compute()
        claims, mentions = done.claims, done.mentions
    else:
        claims = _frame(scan_or_claims, "claims")
        mentions = None if mentions is None else _frame(mentions, "mentions")
    regions_of: dict[Any, tuple[str, ...]] = {}
    if mentions is not None and len(mentions):
        # the kinds a figure's part is read from (a city stands for no region's ground)
        named = mentions[mentions["kind"].isin(["region", "entity", "area"])]
        named = named[named["unit_id"].notna()]
        for article_id, units in named.groupby("article_id", sort=False)["unit_id"]:
            regions_of[article_id] = tuple(dict.fromkeys(units))
    fields = [f.name for f in dataclasses.fields(Claim)]
    cache: dict[tuple, tuple] = {}
    rows = []
    for rec in claims.to_dict("records"):
        values = {f: rec[f] for f in fields}
        if values.get("high") is not None and pd.isna(values["high"]):
            values["high"] = None
        for f in ("qualifier", "of"):
            if f in values and values[f] is not None and pd.isna(values[f]):
                values[f] = None
        claim = Claim(**values)
        part = rec.get("part")
        if "part" in rec:
            # the regions the figure's own clause or sentence names, as the article's check
            regions = tuple(part.split(";")) if isinstance(part, str) and part else None
        else:  # a claims table from elsewhere: the regions its whole article names
            regions = regions_of.get(rec["article_id"]) or None
        day = as_of if as_of is not None or pd.isna(rec["date"]) else rec["date"]
        day = day.date() if isinstance(day, pd.Timestamp) else day
        verb = rec.get("verb")
        verb = verb if isinstance(verb, str) else None
        key = (claim, regions, day, verb)
        if key not in cache:
            try:
                verdict = _claim_verdict(
                    claim,
                    regions=list(regions) if regions else None,
                    within=within,
                    worldview=worldview,
                    as_of=day,
                    verb=verb,
                )
                low, high = verdict.interval
                cache[key] = (verdict.holds, verdict.best, low, high, verdict.text, None)
            except GeoclaimsError as exc:
                cache[key] = (pd.NA, None, math.nan, math.nan, None, str(exc))
        rows.append(cache[key])
    extra = pd.DataFrame(
        rows, columns=["holds", "best", "low", "high_bound", "verdict", "check_error"]
    )
    extra = extra.astype({"holds": "boolean", "low": "float64", "high_bound": "float64"})
    return pd.concat([claims.reset_index(drop=True), extra], axis=1)


@functools.cache
def _id_tables() -> tuple[dict[str, str], dict[str, str]]:
    """Own names and countries by id.

    Every unit's and named area's own name, and the alpha-3 country of every unit (by id
    and ISO 3166-2 code) and of every one-country named area.
    """
    from geoclaims import boundaries

    units = boundaries._unit_attrs()
    areas = boundaries._area_table()
    names = dict(zip(units["unit_id"], units["name"], strict=True))
    names.update(zip(areas["area_id"], areas["name"], strict=True))
    countries = {}
    for key in ("unit_id", "iso_3166_2"):
        countries.update(
            (str(k), str(c))
            for k, c in zip(units[key], units["country"], strict=True)
            if isinstance(k, str) and k
        )
    countries.update(
        (str(a), str(c))
        for a, c in zip(areas["area_id"], areas["country"], strict=True)
        if isinstance(c, str) and c
    )
    return names, countries


def _country_of(of: Any) -> Any:
    """The alpha-3 country a figure's whole lies in; a shared named area stays itself."""
    if not isinstance(of, str) or not of or re.fullmatch(r"[A-Z]{3}", of):
        return of
    return _id_tables()[1].get(of, of)


def claims_per_country(claims: Any, check: bool = False, **check_kwargs: Any) -> pd.DataFrame:
    """Count stated figures per country they are a share of (``of``).

    Parameters
    ----------
    claims : CorpusScan or DataFrame
        A scan, its ``claims`` table, or the table from :func:`check_claims`.
    check : bool, default False
        Also check every figure (:func:`check_claims`, needs a CorpusScan to know each
        article's regions) and count how many hold.
    **check_kwargs
        ``within``, ``worldview``, ``as_of`` for :func:`check_claims`.

    Returns
    -------
    pandas.DataFrame
        Columns ``of`` (alpha-3 of the country the figure's whole lies in, a region's
        figures counted for its country; a named area several countries share by its id,
        ``area:kashmir``; None for figures of no known whole), ``claims``,
        ``articles`` and, when checked, ``holds``, ``fails`` and ``unchecked``; most
        claims first.

    Examples
    --------
    >>> import pandas as pd
    >>> from geoclaims.corpus import claims_per_country, scan
    >>> texts = ["Russia held nearly 15% of Ukraine.", "About a fifth of Ukraine is occupied."]
    >>> found = scan(pd.DataFrame({"text": texts}), scheduler="sync", progress=False)
    >>> claims_per_country(found)
        of  claims  articles
    0  UKR       2         2
    """
    if check and "holds" not in (claims.columns if isinstance(claims, pd.DataFrame) else ()):
        table = check_claims(claims, **check_kwargs)
    else:
        table = _frame(claims, "claims")
    # a share of a region counts for its country ("UA-14" under UKR), a named area of one
    # country for that country; an area several countries share (Kashmir) stays itself
    table = table.assign(of=[_country_of(of) for of in table["of"]])
    grouped = table.groupby("of", dropna=False, sort=False)
    out = grouped.agg(claims=("article_id", "size"), articles=("article_id", "nunique"))
    if check:
        holds = table["holds"]
        flags = pd.DataFrame(
            {
                "of": table["of"],
                "holds": holds.fillna(False).astype(bool),
                "fails": (~holds).fillna(False).astype(bool),
                "unchecked": holds.isna(),
            }
        )
        out = out.join(flags.groupby("of", dropna=False, sort=False).sum())
    out = out.reset_index().sort_values(["claims", "of"], ascending=[False, True], kind="stable")
    return out.reset_index(drop=True)


def to_parquet(obj: Any, path: str | os.PathLike[str]) -> list[Path]:
    """Write a CorpusScan (three files, as a set) or one table to Parquet, atomically.

    Parameters
    ----------
    obj : CorpusScan or pandas.DataFrame
        A scan writes its mentions to `path` and its claims and errors beside it
        (``<stem>.claims.parquet``, ``<stem>.errors.parquet``); a frame is written to
        `path`.
    path : str or PathLike
        The Parquet file to write.

    Returns
    -------
    list of Path
        The files written.

    Raises
    ------
    OutputError
        When a file cannot be written there (checked before anything is written).
    InvalidInputError
        When a column cannot be stored in Parquet even as text.

    Notes
    -----
    Files are written as :mod:`geoclaims._io` writes every output: a temporary file
    renamed into place, an existing file's permission bits kept, new files following
    the umask, special files (``/dev/null``) written to, never replaced. A column of
    mixed types (integer and text ids) is written as text, with a warning.
    """
    if isinstance(obj, CorpusScan):
        return obj.to_parquet(path)
    from geoclaims._io import check_output, write_with

    path = check_output(path)
    frame = _frame(obj, "mentions")
    return [write_with(path, _parquet_filler(frame))]


# -- map --------------------------------------------------------------------------------


def mention_map(
    counts: Any,
    *,
    m: folium.Map | None = None,
    tiles: str | None = "OpenStreetMap",
    column: str = "mentions",
    worldview: str = "un",
    as_of: Any = None,
) -> folium.Map:
    """Draw a choropleth of mention counts per region.

    Every region of each country that has a counted region is drawn (regions with no
    mention in light grey), coloured by `column` on a yellow-to-red scale with a legend;
    the tooltip gives the region's name, ISO 3166-2 code, mentions and articles.
    Geometry is simplified as a coverage (no gaps between neighbours), as in
    :func:`~geoclaims.claim_map`.

    Parameters
    ----------
    counts : DataFrame or CorpusScan
        The table from :func:`mentions_per_region` (without ``by_date``), a mentions
        table, or a scan (counted with :func:`mentions_per_region`).
    m : folium.Map, optional
        A map to draw on; it is returned. A new one when None.
    tiles : str or None, default "OpenStreetMap"
        Base tiles of a new map; None for no tile requests.
    column : str, default "mentions"
        What colours the regions: ``"mentions"`` or ``"articles"``.
    worldview, as_of
        Whose borders, at what date (see :func:`~geoclaims.regions`).

    Returns
    -------
    folium.Map

    Raises
    ------
    InvalidInputError
        When there is no region to draw.

    Examples
    --------
    >>> import pandas as pd
    >>> from geoclaims.corpus import mention_map, mentions_per_region, scan
    >>> found = scan(pd.DataFrame({"text": ["Kherson and Donetsk."]}), scheduler="sync",
    ...              progress=False)
    >>> html = mention_map(mentions_per_region(found), tiles=None).get_root().render()
    >>> "Kherson" in html and "UA-14" in html
    True
    """
    worldview_arg(worldview)  # refused or warned of here, before any work
    import branca.colormap

    from geoclaims import maps
    from geoclaims._validate import check_tiles
    from geoclaims.boundaries import regions

    tiles = check_tiles(tiles)

    if isinstance(counts, CorpusScan) or "kind" in getattr(counts, "columns", ()):
        counts = mentions_per_region(counts)
    counts = _frame(counts, "mentions")
    if column not in counts.columns or "unit_id" not in counts.columns:
        msg = (
            f"Expected a table of counts with 'unit_id' and {column!r} columns (from "
            f"mentions_per_region); got columns {list(counts.columns)!r}."
        )
        raise InvalidInputError(msg)
    if "date" in counts.columns:
        counts = counts.groupby("unit_id", as_index=False)[[column]].sum()
    values = counts.groupby("unit_id")[column].sum()
    units = regions(worldview=worldview, as_of=as_of)
    shown = units.loc[units["unit_id"].isin(values.index), "country"].unique()
    if not len(shown):
        msg = "There are no mention counts of known regions to draw."
        raise InvalidInputError(msg)
    drawn = units[units["country"].isin(shown)].reset_index(drop=True)
    web = maps._simplify_coverage(drawn.geometry.values)

    vmax = float(max(values.max(), 1))
    colormap = branca.colormap.linear.YlOrRd_09.scale(0, vmax)
    colormap.caption = f"{column.capitalize()} per region"
    extra = counts.set_index("unit_id")
    features, styles = [], {}
    for i, row in enumerate(drawn.itertuples(index=False)):
        value = float(values.get(row.unit_id, 0))
        fid = f"u{i}"
        fill = colormap(value) if value > 0 else "#f0f0f0"
        styles[fid] = {
            "color": "#636363",
            "weight": 0.6,
            "fillColor": fill,
            "fillOpacity": 0.75 if value > 0 else 0.35,
        }
        props = {"name": row.name, "iso": row.iso_3166_2 or "–"}
        for field in ("mentions", "articles"):
            props[field] = int(extra[field].get(row.unit_id, 0)) if field in extra else "–"
        features.append((fid, web[i], props))
    return maps._choropleth(
        features,
        styles,
        m=m,
        tiles=tiles,
        name=f"{column.capitalize()} per region",
        fields=["name", "iso", "mentions", "articles"],
        aliases=["Region", "ISO 3166-2", "Mentions", "Articles"],
        colormap=colormap,
        title=f"{column.capitalize()} per region: geoclaims scan map",
    )


# -- command line ---------------------------------------------------------------------


def add_scan_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``scan`` subcommand to the ``geoclaims`` command line.

    Parameters
    ----------
    subparsers
        The object returned by :meth:`argparse.ArgumentParser.add_subparsers`.

    Returns
    -------
    argparse.ArgumentParser
        The new subcommand's parser; its ``run`` default is :func:`_run_scan`.
    """
    p = subparsers.add_parser(
        "scan",
        help="find mentions and figures in many articles, in parallel (needs dask)",
        description=(
            "Scan a corpus (text files, a glob, a directory, or a Parquet/CSV/JSONL table of "
            "articles) on all local cores or on a dask cluster. Writes the mentions to "
            "PARQUET, and the figures and skipped articles beside it "
            "(<stem>.claims.parquet, <stem>.errors.parquet). Bad files are reported and "
            "skipped."
        ),
    )
    p.add_argument(
        "source",
        nargs="+",
        metavar="SOURCE",
        help="a glob (quote it), directory, text files, or a .parquet/.csv/.jsonl table",
    )
    p.add_argument("-o", "--output", required=True, metavar="PARQUET", help="mentions file")
    p.add_argument(
        "--scheduler",
        metavar="ADDR",
        help="dask scheduler address (tcp://host:8786), or processes (default), threads, sync",
    )
    p.add_argument("--workers", type=int, metavar="N", help="local workers (default: all cores)")
    p.add_argument("--partitions", type=int, metavar="N", help="number of tasks")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--text-column", default="text", metavar="COL", help="(tables) text column")
    p.add_argument("--id-column", metavar="COL", help="(tables) article id column")
    p.add_argument("--date-column", metavar="COL", help="(tables) article date column")
    p.add_argument(
        "--encoding",
        default="utf-8",
        help="encoding of text files and CSV/JSON-lines tables (utf-8)",
    )
    p.add_argument(
        "--max-bytes",
        type=int,
        default=MAX_ARTICLE_BYTES,
        metavar="N",
        help="skip articles larger than N bytes as too_large (default: %(default)s, 32 MiB)",
    )
    p.add_argument("--map", metavar="HTML", help="also write a choropleth of mentions per region")
    p.set_defaults(run=_run_scan)
    return p


def _run_scan(args: argparse.Namespace) -> int:
    """Run ``geoclaims scan``: scan, write Parquet (and a map), print a summary.

    Every output location is checked before the scan starts, and the tables and the map
    are written as one set: a failure leaves none of them changed.
    """
    from geoclaims._io import check_output, clean_text, write_set

    paths = output_paths(args.output)
    map_path = check_output(args.map) if args.map else None
    source = args.source[0] if len(args.source) == 1 else list(args.source)
    result = scan(
        source,
        scheduler=args.scheduler,
        workers=args.workers,
        partitions=args.partitions,
        progress=not args.no_progress,
        text_column=args.text_column,
        id_column=args.id_column,
        date_column=args.date_column,
        encoding=args.encoding,
        max_bytes=args.max_bytes,
    )
    frames = (result.mentions, result.claims, result.errors)
    items: list[tuple[Any, Any]] = [
        (p, _parquet_filler(f)) for p, f in zip(paths, frames, strict=True)
    ]
    if map_path is not None:
        counts = mentions_per_region(result)
        if len(counts):
            page = clean_text(mention_map(counts).get_root().render()).encode("utf-8")
            items.append((map_path, lambda name: Path(name).write_bytes(page)))
        else:
            print(f"no region mentions: {args.map} not written", file=sys.stderr)
    written = write_set(items)
    print(
        f"scanned {result.articles:,} articles: {len(result.mentions):,} mentions, "
        f"{len(result.claims):,} figures, {result.skipped:,} skipped; wrote "
        + ", ".join(str(p) for p in written)
    )
    return 0
